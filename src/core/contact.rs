//! Finding ways to reach someone outside the bot in a text: links (with or without a scheme,
//! on any real top-level domain, shorteners and invitation links included), e-mail addresses
//! (written plainly or spelled out, "jean point dupont chez gmail"), handles and phone
//! numbers in the usual French and international layouts. Pseudonyms, introductions,
//! titles and group messages are checked with it, so that nobody is exposed, or lured away,
//! through a text the bot passes on.

use super::text::fold;
use linkify::{LinkFinder, LinkKind};

/// Words that stand for `@` in an address spelled out.
const AT_WORDS: [&str; 6] = ["at", "arobase", "arrobase", "arobas", "chez", "arroba"];

/// Words that stand for `.` in an address spelled out.
const DOT_WORDS: [&str; 2] = ["point", "dot"];

/// Mail providers common in France: "chez gmail" names an address even without its ending.
const PROVIDERS: [&str; 18] = [
    "gmail",
    "hotmail",
    "yahoo",
    "outlook",
    "live",
    "icloud",
    "protonmail",
    "proton",
    "gmx",
    "laposte",
    "wanadoo",
    "orange",
    "free",
    "sfr",
    "aol",
    "msn",
    "yopmail",
    "bbox",
];

/// Whether a text carries a link: a URL, with or without its scheme, whose host ends with a
/// real top-level domain (`arnaque.xyz`, `bit.ly/abc12`, `t.me/groupe`), or a bare `www.`.
pub fn has_link(text: &str) -> bool {
    let mut finder = LinkFinder::new();
    finder.kinds(&[LinkKind::Url]).url_must_have_scheme(false);
    finder.links(text).any(|link| {
        let url = link.as_str();
        let lower = url.to_lowercase();
        if lower.contains("://") || lower.starts_with("www.") {
            return true;
        }
        // Without a scheme, a host is a link only on a known top-level domain: "M.Dupont" or
        // "c.-à-d." are not.
        let authority = lower.split(['/', '?', '#']).next().unwrap_or_default();
        let host = match authority.rsplit_once(':') {
            Some((host, port)) if port.chars().all(|c| c.is_ascii_digit()) => host,
            _ => authority,
        };
        known_domain(host)
    })
}

/// Whether `host` has at least two labels and ends with a public suffix from the list.
fn known_domain(host: &str) -> bool {
    let host = host.trim_end_matches('.');
    if !host.contains('.') || host.split('.').any(str::is_empty) {
        return false;
    }
    // An initial before a long ending is a name ("M.Dupont": `dupont` is a brand's
    // top-level domain); short endings keep their one-letter sites (`t.me`, `x.com`).
    let labels: Vec<&str> = host.split('.').collect();
    if let [first, last] = labels.as_slice()
        && first.chars().count() == 1
        && last.chars().count() > 3
    {
        return false;
    }
    psl::suffix(host.as_bytes()).is_some_and(|s| s.is_known())
}

/// Whether a text carries an e-mail address, a handle (`@name`), a link or a phone number.
pub fn has_contact_details(text: &str) -> bool {
    has_handle_or_email(text) || has_link(text) || has_phone_number(text) || has_spelled_email(text)
}

/// An `@` followed by a letter or digit: an address (`anne@exemple.fr`), a Telegram handle
/// or a Matrix id.
fn has_handle_or_email(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(2)
        .any(|w| matches!(w[0], '@' | '＠') && w[1].is_alphanumeric())
}

/// An address spelled out: an "at" word followed by a mail provider ("chez gmail"), or by a
/// name, a "dot" word and an ending ("arobase exemple point fr"); brackets and dots around
/// the words do not matter ("jean[at]exemple[dot]fr").
fn has_spelled_email(text: &str) -> bool {
    let lower = text.to_lowercase();
    // Without a "dot" word, only an "at" in brackets makes an address of what follows
    // ("jean(at)exemple.fr"): "at home today" is English, and "today" a top-level domain.
    let bracketed = AT_WORDS.iter().any(|w| {
        ["(", "[", "{"]
            .iter()
            .any(|open| lower.contains(&format!("{open}{w}")))
    });
    let folded = fold(text);
    let words: Vec<&str> = folded.split(' ').collect();
    words.iter().enumerate().any(|(i, word)| {
        if i == 0 || !AT_WORDS.contains(word) {
            return false;
        }
        let next = words.get(i + 1).copied().unwrap_or_default();
        if PROVIDERS.contains(&next) {
            return true;
        }
        let ending = match (words.get(i + 2), words.get(i + 3)) {
            (Some(dot), Some(ending)) if DOT_WORDS.contains(dot) => *ending,
            // "jean(at)exemple.fr": the dot itself was turned into a space.
            (Some(ending), _) if bracketed => ending,
            _ => return false,
        };
        !next.is_empty() && known_domain(&format!("{next}.{ending}"))
    })
}

/// Whether a text holds a phone number: ten digits starting with 0 (the French layout, in
/// pairs or not, separated by spaces, dots, dashes or slashes), or an international number
/// (`+` or `00`, then 8 to 15 digits).
pub fn has_phone_number(text: &str) -> bool {
    let mut digits = String::new();
    let mut plus = false;
    let mut found = false;
    let mut check = |digits: &str, plus: bool| {
        let n = digits.len();
        found |= (plus && (8..=15).contains(&n))
            || (digits.starts_with("00") && (10..=17).contains(&n))
            || (n == 10 && digits.starts_with('0') && !digits.starts_with("00"));
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else if c == '+' && digits.is_empty() {
            plus = true;
        } else if matches!(
            c,
            ' ' | '.' | '-' | '/' | '(' | ')' | '\u{a0}' | '\u{202f}' | '\u{2011}'
        ) && (!digits.is_empty() || plus)
        {
            // "(0)" after a country code is a habit, not a digit of the number.
            if c == '(' && chars.peek() == Some(&'0') {
                let mut ahead = chars.clone();
                ahead.next();
                if ahead.peek() == Some(&')') && plus {
                    chars.next();
                    chars.next();
                }
            }
        } else {
            check(&digits, plus);
            digits.clear();
            plus = false;
        }
    }
    check(&digits, plus);
    found
}

#[cfg(test)]
mod tests {
    use super::{has_contact_details, has_link, has_phone_number};

    #[test]
    fn links_on_any_real_domain() {
        for text in [
            "regardez https://exemple.fr/page",
            "www.exemple.org",
            "rejoignez t.me/groupe",
            "allez sur arnaque.com !",
            "gagnez sur arnaque.xyz",
            "bit.ly/abc12",
            "discord.gg/invitation",
            "chat.whatsapp.com/AbCdEf",
            "https://matrix.to/#/#salon:exemple.org",
            "voir EXEMPLE.BZH/promo",
        ] {
            assert!(has_link(text), "{text}");
        }
        for text in [
            "bonjour à tous, j'ai rendez-vous demain.",
            "mon diabète... fatigue",
            "écrivez à anne@exemple.fr",
            "M.Dupont m'a dit, c.-à-d. hier",
            "le taux était de 1.5 mg",
            "etc. etc.",
            "J'ai vu le Dr.Martin",
        ] {
            assert!(!has_link(text), "{text}");
        }
    }

    #[test]
    fn phone_numbers_in_every_common_layout() {
        for text in [
            "06 12 34 56 78",
            "06/12/34/56/78",
            "06.12.34.56.78",
            "06-12-34-56-78",
            "0612345678",
            "appelez le +33 6 12 34 56 78",
            "+33 (0)6 12 34 56 78",
            "0033 6 12 34 56 78",
            "+44 20 7946 0958",
            "+1 (415) 555-2671",
        ] {
            assert!(has_phone_number(text), "{text}");
        }
        for text in [
            "le 12/03/2024",
            "de 2009 à 2015, puis 2018",
            "mon code postal est 31000",
            "3 fois 20 mg",
            "n° 12345678",
        ] {
            assert!(!has_phone_number(text), "{text}");
        }
    }

    #[test]
    fn addresses_plain_or_spelled_out_and_handles() {
        for text in [
            "anne@exemple.fr",
            "écrivez-moi : @anne_l",
            "jean point dupont chez gmail",
            "jean.dupont [at] gmail [dot] com",
            "jean(at)exemple.fr",
            "anne arobase exemple point fr",
            "sophie at hotmail",
        ] {
            assert!(has_contact_details(text), "{text}");
        }
        for text in [
            "Je vis chez moi avec mon chat",
            "rendez-vous chez le médecin à 14 h",
            "look at the point of view",
            "I am at home today",
            "Sophie L.",
            "Je vis avec une SEP depuis 2009 et je suis suivie au CHU.",
        ] {
            assert!(!has_contact_details(text), "{text}");
        }
    }
}
