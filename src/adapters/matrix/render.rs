//! The core's replies as Matrix sees them: a plain body and HTML, choices as a numbered list,
//! and 👍/👎 reactions for yes/no questions.

use crate::core::Choice;

/// Reaction keys standing for the first and second choice of a yes/no question.
pub const YES_NO_REACTIONS: [&str; 2] = ["👍", "👎"];

/// The plain body: the text, then the choices numbered.
pub fn plain(text: &str, choices: &[Choice]) -> String {
    let mut out = bang_commands(&defuse_room_ping(text));
    if !choices.is_empty() {
        out.push('\n');
        for (position, choice) in Choice::positions(choices) {
            match position {
                Some(i) => out.push_str(&format!("\n{i}. {}", choice.label)),
                None => out.push_str(&format!("\n• {}", choice.label)),
            }
        }
    }
    out
}

/// The HTML body: the text with line breaks, then an ordered list of choices.
pub fn html(text: &str, choices: &[Choice]) -> String {
    let mut out = escape(&bang_commands(&defuse_room_ping(text))).replace('\n', "<br>");
    if !choices.is_empty() {
        // A list answering a number is not numbered: typed numbers are values there.
        let list = if choices.iter().any(|c| c.value.is_some()) {
            "ul"
        } else {
            "ol"
        };
        out.push_str(&format!("<{list}>"));
        for choice in choices {
            out.push_str("<li>");
            out.push_str(&escape(&choice.label));
            out.push_str("</li>");
        }
        out.push_str(&format!("</{list}>"));
    }
    out
}

/// The bot's commands written the way that works on Matrix: `!aide` for `/aide`. Clients
/// keep a leading `/` for their own commands (Element runs `/help` itself and asks about any
/// other), so the texts, written once for every platform, show `!` here. Only a `/` that
/// starts a word and names a command changes (not a date, a path or a link).
pub fn bang_commands(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut previous: Option<char> = None;
    for (at, c) in text.char_indices() {
        let starts_word = previous.is_none_or(|p| p.is_whitespace() || "(«\"'".contains(p));
        if c == '/' && starts_word && names_a_command(&text[at + 1..]) {
            out.push('!');
        } else {
            out.push(c);
        }
        previous = Some(c);
    }
    out
}

/// Whether `rest` (what follows a `/`) starts with a command's name.
fn names_a_command(rest: &str) -> bool {
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
        .collect();
    !name.is_empty()
        && crate::core::command::parse_command(&format!("/{name}"))
            .is_some_and(|(folded, _)| crate::features::commands::find_command(&folded).is_some())
}

/// "@room" with a word joiner after the `@`: older clients that still look for the word in
/// the body no longer ping the whole room (newer ones follow the empty `m.mentions`).
pub fn defuse_room_ping(text: &str) -> String {
    let find = |s: &str| {
        s.as_bytes()
            .windows(5)
            .position(|w| w.eq_ignore_ascii_case(b"@room"))
    };
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    // Offsets are of ASCII bytes, so `at + 1` (after the `@`) is a character boundary.
    while let Some(at) = find(rest) {
        out.push_str(&rest[..=at]);
        out.push('\u{2060}');
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Whether the choices are a yes/no pair, answered naturally with 👍/👎.
pub fn is_yes_no(choices: &[Choice]) -> bool {
    let [first, second] = choices else {
        return false;
    };
    let ends = |c: &Choice, endings: &[&str]| endings.iter().any(|e| c.data.ends_with(e));
    ends(first, &[":yes", ":true"]) && ends(second, &[":no", ":false"])
}

/// Reaction keys standing for the choices of a short list, by number (keycaps 1 to 3).
pub const NUMBER_REACTIONS: [&str; 3] = [
    "1\u{fe0f}\u{20e3}",
    "2\u{fe0f}\u{20e3}",
    "3\u{fe0f}\u{20e3}",
];

/// The reactions offered under a message whose choices are `choices`, one per choice, so a
/// click answers: 👍/👎 for a yes/no question, keycaps for another list of two or three.
/// None for longer lists, for menus of shortcuts to commands (not a question), or where a
/// typed number is itself an answer (a number of minutes, say).
pub fn reactions(choices: &[Choice]) -> &'static [&'static str] {
    if is_yes_no(choices) {
        return &YES_NO_REACTIONS;
    }
    let shortcuts = choices
        .iter()
        .all(|c| c.data.starts_with(crate::core::command::RUN_PREFIX));
    if (2..=NUMBER_REACTIONS.len()).contains(&choices.len())
        && !shortcuts
        && choices.iter().all(|c| c.value.is_none())
    {
        return &NUMBER_REACTIONS[..choices.len()];
    }
    &[]
}

/// The choice number (as typed) a reaction stands for.
pub fn reaction_answer(key: &str) -> Option<&'static str> {
    // Element sends some emoji with a variation selector, others without.
    let key: String = key.chars().filter(|c| *c != '\u{fe0f}').collect();
    match key.as_str() {
        k if k == YES_NO_REACTIONS[0] => Some("1"),
        k if k == YES_NO_REACTIONS[1] => Some("2"),
        "1\u{20e3}" => Some("1"),
        "2\u{20e3}" => Some("2"),
        "3\u{20e3}" => Some("3"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_get_number_reactions_and_menus_none() {
        let list = [
            Choice::new("Oui, quitter", "dlg:drop:x"),
            Choice::new("Non", "dlg:keep"),
        ];
        assert_eq!(reactions(&list), &NUMBER_REACTIONS[..2]);
        let consent = [
            Choice::new("Oui", "consent:yes"),
            Choice::new("Non", "consent:no"),
        ];
        assert_eq!(reactions(&consent), &YES_NO_REACTIONS);
        let menu = [
            Choice::new("Aide", "cmd:aide"),
            Choice::new("Chercher", "cmd:chercher"),
        ];
        assert!(reactions(&menu).is_empty());
        let four: Vec<Choice> = (0..4).map(|i| Choice::new("x", format!("b:{i}"))).collect();
        assert!(reactions(&four).is_empty());
        for (i, key) in NUMBER_REACTIONS.iter().enumerate() {
            assert_eq!(reaction_answer(key), Some(["1", "2", "3"][i]));
            // Without the variation selector, as some clients send it.
            assert_eq!(
                reaction_answer(&key.replace('\u{fe0f}', "")),
                Some(["1", "2", "3"][i])
            );
        }
        assert_eq!(reaction_answer("👍\u{fe0f}"), Some("1"));
        assert_eq!(reaction_answer("🎉"), None);
    }

    #[test]
    fn commands_are_shown_with_a_bang() {
        assert_eq!(
            bang_commands("Envoyez /aide, ou (/chercher SEP). « /fin » pour finir."),
            "Envoyez !aide, ou (!chercher SEP). « !fin » pour finir."
        );
        assert_eq!(bang_commands("/mes_donnees"), "!mes_donnees");
        // Not a command, a date, a path or a link.
        let kept = "le 12/12, https://exemple.org/aide et /inconnu ou 1/2";
        assert_eq!(bang_commands(kept), kept);
        assert!(plain("Envoyez /aide.", &[]).contains("!aide"));
        assert!(html("Envoyez /aide.", &[]).contains("!aide"));
    }

    #[test]
    fn a_room_ping_in_member_words_pings_nobody() {
        let plain = plain("Définition demandée : @room — nouvelle adresse @ROOM", &[]);
        assert!(!plain.to_lowercase().contains("@room"), "{plain}");
        assert!(plain.contains("@\u{2060}room") && plain.contains("@\u{2060}ROOM"));
        assert!(!html("@room", &[]).contains("@room"));
        assert_eq!(
            defuse_room_ping("écrivez à @anne:exemple.org"),
            "écrivez à @anne:exemple.org"
        );
    }

    #[test]
    fn choices_become_a_numbered_list_in_both_bodies() {
        let choices = [
            Choice::new("Oui", "consent:yes"),
            Choice::new("Non <merci>", "consent:no"),
        ];
        assert_eq!(
            plain("Question ?", &choices),
            "Question ?\n\n1. Oui\n2. Non <merci>"
        );
        assert_eq!(
            html("Question ?\nSuite", &choices),
            "Question ?<br>Suite<ol><li>Oui</li><li>Non &lt;merci&gt;</li></ol>"
        );
        assert_eq!(plain("Seul", &[]), "Seul");
    }

    #[test]
    fn yes_no_questions_get_reactions() {
        let consent = [
            Choice::new("Oui", "consent:yes"),
            Choice::new("Non", "consent:no"),
        ];
        let quiz = [
            Choice::new("Vrai", "quiz:3:true"),
            Choice::new("Faux", "quiz:3:false"),
        ];
        let other = [Choice::new("A", "def:a"), Choice::new("B", "def:b")];
        assert!(is_yes_no(&consent) && is_yes_no(&quiz) && !is_yes_no(&other));
        assert_eq!(reaction_answer("👍"), Some("1"));
        assert_eq!(reaction_answer("👎\u{fe0f}"), Some("2"));
        assert_eq!(reaction_answer("🎉"), None);
    }
}
