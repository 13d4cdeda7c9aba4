//! Text folding shared by command parsing, the glossary, choices and the safety check.

use unicode_normalization::UnicodeNormalization;

/// Lowercase ASCII words separated by single spaces: accents removed (`é` → `e`,
/// `œ` → `oe`), punctuation and apostrophes turned into spaces.
pub fn fold(text: &str) -> String {
    // Plain ASCII (nearly every command and answer) is its own NFKC form, and `deunicode`
    // passes bytes below 0x7F through unchanged: both passes, with their allocations, are
    // skipped for it (this runs several times per message: commands, choices, the safety
    // check, every vocabulary lookup).
    if text.bytes().all(|b| b < 0x7F) {
        return squeeze(text);
    }
    let composed: String = text.nfkc().collect();
    squeeze(&deunicode::deunicode(&composed))
}

/// The ASCII letters and digits of `text` in lowercase, every other run of characters one
/// space, none at either end.
fn squeeze(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// [`fold`] without spaces: "pair aidance", "pair-aidance" and "pairaidance" all give
/// `pairaidance`.
pub fn compact(text: &str) -> String {
    fold(text).replace(' ', "")
}

/// The words of [`fold`].
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_removes_accents_case_and_punctuation() {
        assert_eq!(
            fold("  Représentant des USAGÉS !"),
            "representant des usages"
        );
        assert_eq!(fold("L’ETP, c'est quoi ?"), "l etp c est quoi");
        assert_eq!(fold("Sœur"), "soeur");
        // Decomposed accents (e + combining acute) fold the same as composed ones.
        assert_eq!(fold("e\u{301}ducation"), "education");
    }

    proptest::proptest! {
        /// The ASCII shortcut gives what the full passes (NFKC, `deunicode`, lowercase, then
        /// words) give, as `fold` did before it had one.
        #[test]
        fn fold_is_the_full_passes(text in "[ -~\t\n\x7féÉœ’ﬁ²\u{301}]{0,40}") {
            let composed: String = text.nfkc().collect();
            let full = deunicode::deunicode(&composed).to_ascii_lowercase();
            let mut expected = String::new();
            for c in full.chars() {
                if c.is_ascii_alphanumeric() {
                    expected.push(c);
                } else if !expected.ends_with(' ') && !expected.is_empty() {
                    expected.push(' ');
                }
            }
            while expected.ends_with(' ') {
                expected.pop();
            }
            proptest::prop_assert_eq!(fold(&text), expected);
        }
    }

    #[test]
    fn one_edit_is_insertion_deletion_substitution_or_swap() {
        assert!(within_one_edit("aidant", "aidants"));
        assert!(within_one_edit("aidant", "aiadnt"));
        assert!(within_one_edit("suicide", "suicid"));
        assert!(within_one_edit("équipe", "equipe"));
        assert!(!within_one_edit("aidant", "aidnats"));
        assert!(!within_one_edit("abc", "cab"));
    }

    proptest::proptest! {
        /// The same answer as the full Damerau-Levenshtein distance, accents included.
        #[test]
        fn one_edit_as_damerau_levenshtein(a in "[abcé]{0,7}", b in "[abcé]{0,7}") {
            proptest::prop_assert_eq!(
                within_one_edit(&a, &b),
                strsim::damerau_levenshtein(&a, &b) <= 1
            );
        }
    }

    proptest::proptest! {
        /// The exact similarity whenever it reaches the floor; below it, 0 or the exact
        /// value (callers treat both alike).
        #[test]
        fn similarity_from_is_exact_from_the_floor(
            a in "[abcdeé]{0,9}",
            b in "[abcdeé]{0,9}",
            floor in 0.0_f64..1.0,
        ) {
            let exact = if a.is_empty() && b.is_empty() {
                1.0
            } else {
                strsim::normalized_damerau_levenshtein(&a, &b)
            };
            let got = similarity_from(&a, &b, floor);
            if exact >= floor {
                proptest::prop_assert_eq!(got, exact);
            } else {
                proptest::prop_assert!(got == 0.0 || got == exact);
            }
        }
    }

    #[test]
    fn compact_joins_hyphenated_and_spaced_forms() {
        assert_eq!(compact("pair-aidance"), "pairaidance");
        assert_eq!(compact("Pair aidance"), "pairaidance");
        assert_eq!(compact("---"), "");
    }
}

/// Whether `a` and `b` are at most one edit apart (insertion, deletion, substitution or
/// swap of neighbours). Cheap when their lengths already differ by more than one.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    if a.is_ascii() && b.is_ascii() {
        return one_edit_apart(a.as_bytes(), b.as_bytes());
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    one_edit_apart(&a, &b)
}

/// Whether one insertion, deletion, substitution or swap of neighbours turns `a` into `b`
/// (Damerau-Levenshtein distance 1, without its tables: this runs for every word of a
/// search against every name of a vocabulary). After the common start, the first
/// difference is where that one edit must be.
fn one_edit_apart<T>(a: &[T], b: &[T]) -> bool
where
    T: PartialEq,
{
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let same = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[same..], &b[same..]);
    match a.len().cmp(&b.len()) {
        std::cmp::Ordering::Equal if a.is_empty() => true,
        std::cmp::Ordering::Equal => {
            a[1..] == b[1..] || (a.len() >= 2 && a[0] == b[1] && a[1] == b[0] && a[2..] == b[2..])
        }
        std::cmp::Ordering::Greater => a[1..] == *b,
        std::cmp::Ordering::Less => *a == b[1..],
    }
}

/// The normalised Damerau-Levenshtein similarity of `a` and `b` when it can reach `floor`,
/// else 0: the length difference alone bounds it, which spares the full computation for
/// most pairs.
pub fn similarity_from(a: &str, b: &str, floor: f64) -> f64 {
    let ascii = a.is_ascii() && b.is_ascii();
    let (la, lb) = if ascii {
        (a.len(), b.len())
    } else {
        (a.chars().count(), b.chars().count())
    };
    let longest = la.max(lb);
    if longest == 0 {
        return 1.0;
    }
    let reachable = |distance: usize| 1.0 - distance as f64 / longest as f64 >= floor;
    if !reachable(la.abs_diff(lb)) {
        return 0.0;
    }
    // A second bound, for the (folded, ASCII) names of vocabularies and places that pass
    // the first: an edit changes the letter counts of a string by at most two (a
    // substitution: one letter fewer, one more), so the distance is at least half the
    // letters the two do not share. Most pairs of different words fail it, and the full
    // computation (a table per pair) was a large part of a search's or a lookup's work.
    if ascii {
        let mut counts = [0_i32; 128];
        for &c in a.as_bytes() {
            counts[usize::from(c)] += 1;
        }
        for &c in b.as_bytes() {
            counts[usize::from(c)] -= 1;
        }
        let unshared: u32 = counts.iter().map(|n| n.unsigned_abs()).sum();
        if !reachable((unshared as usize).div_ceil(2)) {
            return 0.0;
        }
    }
    strsim::normalized_damerau_levenshtein(a, b)
}

/// Whether a short answer means "none" ("aucune", "non", "pas d'association", "none", "-"),
/// for questions where nothing is a fine answer.
pub fn means_none(text: &str) -> bool {
    let folded = fold(text);
    let folded = folded.trim();
    if text
        .trim()
        .chars()
        .all(|c| matches!(c, '-' | '—' | '–' | '/' | '.' | ' '))
    {
        return !text.trim().is_empty();
    }
    matches!(
        folded,
        "non"
            | "aucune"
            | "aucun"
            | "non aucune"
            | "non aucun"
            | "rien"
            | "neant"
            | "sans"
            | "pas d association"
            | "pas de structure"
            | "non merci"
            | "no"
            | "none"
            | "nothing"
            | "n a"
            | "na"
            | "not applicable"
    ) || folded.starts_with("pas d association")
        || folded.starts_with("aucune association")
}

/// Whether `text` holds control characters other than newlines and tabs.
pub fn has_controls(text: &str) -> bool {
    text.chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
}

/// `text` without control characters other than newlines and tabs (platforms may pass NUL
/// bytes, which PostgreSQL refuses in text).
pub fn strip_controls(text: &str) -> String {
    text.chars()
        .filter(|&c| !c.is_control() || c == '\n' || c == '\t')
        .collect()
}

/// Longest name the bot repeats.
const MAX_NAME: usize = 64;

/// Whether a character only steers how text is shown: bidirectional controls (which can make
/// a name read backwards or swallow the words after it), zero-width characters and the byte
/// order mark.
fn is_invisible_control(c: char) -> bool {
    matches!(
        c,
        '\u{061c}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{2069}'
            | '\u{feff}'
    )
}

/// A display name fit to be repeated in a group: one line, without control, bidirectional
/// or zero-width characters, spaces collapsed, at most 64 characters.
pub fn clean_name(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name
        .chars()
        .filter(|c| !is_invisible_control(*c) && (!c.is_control() || c.is_whitespace()))
    {
        // Line breaks and tabs become spaces; other controls (NUL…) were dropped.
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
    let out = out.trim_end();
    match out.char_indices().nth(MAX_NAME) {
        Some((cut, _)) => format!("{}…", &out[..cut]),
        None => out.to_owned(),
    }
}

#[cfg(test)]
mod name_tests {
    use super::clean_name;

    #[test]
    fn names_are_one_plain_line() {
        assert_eq!(
            clean_name("Anne\nAnnonce : rejoignez-nous"),
            "Anne Annonce : rejoignez-nous"
        );
        assert_eq!(clean_name("\u{202e}enna\u{202c} L."), "enna L.");
        assert_eq!(clean_name("Bo\u{200b}b\u{feff}"), "Bob");
        assert_eq!(clean_name("  Léa   M.\t"), "Léa M.");
        assert_eq!(clean_name(&"a".repeat(80)).chars().count(), 65);
        assert_eq!(clean_name("Zoé"), "Zoé");
        assert_eq!(clean_name("Zo\u{0}é"), "Zoé");
    }
}

#[cfg(test)]
mod control_tests {
    use super::*;

    #[test]
    fn control_characters_are_removed_but_lines_kept() {
        assert!(has_controls("a\0b"));
        assert!(!has_controls("a\nb\tc"));
        assert_eq!(strip_controls("a\0b\u{7}\nc"), "ab\nc");
    }
}

#[cfg(test)]
mod none_tests {
    use super::means_none;

    #[test]
    fn answers_meaning_none_are_recognised_and_names_are_not() {
        for none in [
            "aucune",
            "Non.",
            "AUCUN",
            "pas d'association",
            "Non, aucune",
            "-",
            "none",
        ] {
            assert!(means_none(none), "{none}");
        }
        for name in [
            "Aucune Limite (association)",
            "AFM",
            "Non-violence 31",
            "",
            "Sans Souci",
        ] {
            assert!(!means_none(name), "{name}");
        }
    }
}
