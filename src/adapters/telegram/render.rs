//! The core's replies as Telegram sees them: text chunks and inline keyboards.

use crate::core::Choice;
use crate::core::command::{MAX_CHOICE_DATA, PRIVATE_PREFIX};
use teloxide::types::{InlineKeyboardButton, InlineKeyboardButtonKind, InlineKeyboardMarkup};

/// Telegram's limit is 4,096 characters per message; stay a little under it.
pub const MAX_CHUNK_CHARS: usize = 4000;

/// Labels up to this length share a row, two by two.
const SHORT_LABEL: usize = 18;

/// Longest button label shown: a phone cuts a longer one at its edge, without a mark.
pub const MAX_LABEL_CHARS: usize = 36;

/// A label that fits a phone's button: cut after a word, with "…", when too long.
fn fit_label(label: &str) -> String {
    if label.chars().count() <= MAX_LABEL_CHARS {
        return label.to_owned();
    }
    let head: String = label.chars().take(MAX_LABEL_CHARS - 1).collect();
    let cut = match head.rfind(char::is_whitespace) {
        Some(at) if at >= head.len() / 2 => &head[..at],
        _ => head.as_str(),
    };
    let cut = cut.trim_end_matches(|c: char| c.is_whitespace() || ":;,.-–(".contains(c));
    format!("{cut}…")
}

/// A label cut in its middle, keeping its start and its end ("Créneaux : Vi… en visio"):
/// for labels that differ only after where [`fit_label`] cuts.
fn fit_label_keeping_end(label: &str) -> String {
    let chars: Vec<char> = label.chars().collect();
    if chars.len() <= MAX_LABEL_CHARS {
        return label.to_owned();
    }
    let head = (MAX_LABEL_CHARS - 1) * 2 / 5;
    let tail = MAX_LABEL_CHARS - 1 - head;
    let start: String = chars[..head].iter().collect();
    let end: String = chars[chars.len() - tail..].iter().collect();
    format!("{}…{}", start.trim_end(), end.trim_start())
}

/// The labels of `choices` as shown on buttons: each fitted, and those that would then read
/// the same keep their ends instead, so every button still tells which it is.
fn button_labels(choices: &[Choice]) -> Vec<String> {
    let fitted: Vec<String> = choices.iter().map(|c| fit_label(&c.label)).collect();
    choices
        .iter()
        .zip(&fitted)
        .map(|(choice, label)| {
            if fitted.iter().filter(|l| *l == label).count() > 1 && *label != choice.label {
                fit_label_keeping_end(&choice.label)
            } else {
                label.clone()
            }
        })
        .collect()
}

/// The deep link that opens the bot's private chat and runs `/start <payload>`.
pub fn deep_link(bot_username: &str, payload: &str) -> String {
    format!("https://t.me/{bot_username}?start={payload}")
}

/// One button for a choice: a link to the private chat for "continue in private" choices
/// when the bot's username is known, otherwise a callback button.
pub fn button(
    choice: &Choice,
    label: String,
    bot_username: Option<&str>,
) -> Option<InlineKeyboardButton> {
    if let (Some(command), Some(username)) =
        (choice.data.strip_prefix(PRIVATE_PREFIX), bot_username)
        && let Ok(url) = deep_link(username, command).parse()
    {
        return Some(InlineKeyboardButton::url(label, url));
    }
    let data = if choice.item {
        format!("{ITEM_MARK}{}", choice.data)
    } else {
        choice.data.clone()
    };
    if data.len() > MAX_CHOICE_DATA {
        tracing::error!(bytes = data.len(), "choice data too long for Telegram");
        return None;
    }
    Some(InlineKeyboardButton::callback(label, data))
}

/// Marks the callback data of a [`Choice::item`]: the press of one result leaves the
/// others on the keyboard. No choice's own data starts with it.
const ITEM_MARK: char = '~';

/// A pressed button's data as the core knows it, and whether it was one item of a list.
pub fn read_callback(data: &str) -> (&str, bool) {
    match data.strip_prefix(ITEM_MARK) {
        Some(rest) => (rest, true),
        None => (data, false),
    }
}

/// The keyboard left once the button carrying `pressed` was used: the others, in their
/// rows; `None` when none is left.
pub fn without_button(
    markup: &InlineKeyboardMarkup,
    pressed: &str,
) -> Option<InlineKeyboardMarkup> {
    let rows: Vec<Vec<InlineKeyboardButton>> = markup
        .inline_keyboard
        .iter()
        .map(|row| {
            row.iter()
                .filter(|b| {
                    !matches!(&b.kind, InlineKeyboardButtonKind::CallbackData(d) if d == pressed)
                })
                .cloned()
                .collect::<Vec<_>>()
        })
        .filter(|row| !row.is_empty())
        .collect();
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

/// The inline keyboard for a message's choices: short labels two per row (so "previous" and
/// "next" sit side by side), long ones alone.
pub fn keyboard(choices: &[Choice], bot_username: Option<&str>) -> Option<InlineKeyboardMarkup> {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    let mut pending_short: Option<InlineKeyboardButton> = None;
    for (choice, label) in choices.iter().zip(button_labels(choices)) {
        let short = label.chars().count() <= SHORT_LABEL;
        let Some(button) = button(choice, label, bot_username) else {
            continue;
        };
        if short {
            match pending_short.take() {
                Some(first) => rows.push(vec![first, button]),
                None => pending_short = Some(button),
            }
        } else {
            if let Some(first) = pending_short.take() {
                rows.push(vec![first]);
            }
            rows.push(vec![button]);
        }
    }
    if let Some(last) = pending_short {
        rows.push(vec![last]);
    }
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

/// Splits a text into messages Telegram accepts: between paragraphs where possible, else
/// between lines, else between words.
pub fn chunks(text: &str) -> Vec<String> {
    let text = if text.trim().is_empty() { "…" } else { text };
    let mut out = Vec::new();
    let mut current = String::new();
    for piece in pieces(text, MAX_CHUNK_CHARS) {
        if current.chars().count() + piece.chars().count() > MAX_CHUNK_CHARS && !current.is_empty()
        {
            out.push(std::mem::take(&mut current));
        }
        current.push_str(&piece);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.into_iter()
        .map(|c| c.trim_end_matches('\n').to_owned())
        .filter(|c| !c.is_empty())
        .collect()
}

/// The text cut in pieces of at most `max` characters: whole paragraphs, or the lines of a
/// longer one, or the words of a longer line, or pieces of a longer word.
fn pieces(text: &str, max: usize) -> Vec<String> {
    let fits = |s: &str| s.chars().count() <= max;
    let mut out = Vec::new();
    for paragraph in text.split_inclusive("\n\n") {
        if fits(paragraph) {
            out.push(paragraph.to_owned());
            continue;
        }
        for line in paragraph.split_inclusive('\n') {
            if fits(line) {
                out.push(line.to_owned());
                continue;
            }
            for word in line.split_inclusive(' ') {
                if fits(word) {
                    out.push(word.to_owned());
                } else {
                    let chars: Vec<char> = word.chars().collect();
                    out.extend(chars.chunks(max).map(|c| c.iter().collect::<String>()));
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use teloxide::types::InlineKeyboardButtonKind;

    fn labels(markup: &InlineKeyboardMarkup) -> Vec<Vec<String>> {
        markup
            .inline_keyboard
            .iter()
            .map(|row| row.iter().map(|b| b.text.clone()).collect())
            .collect()
    }

    #[test]
    fn short_labels_pair_up_and_long_ones_stand_alone() {
        let choices = vec![
            Choice::new("Vrai", "quiz:true"),
            Choice::new("Faux", "quiz:false"),
            Choice::new("Bilan éducatif partagé (BEP)", "def:bilan-educatif-partage"),
            Choice::new("◀ Page précédente", "gloss:0"),
            Choice::new("Page suivante ▶", "gloss:2"),
            Choice::new("Aide", "cmd:aide"),
        ];
        let markup = keyboard(&choices, None).unwrap();
        assert_eq!(
            labels(&markup),
            vec![
                vec!["Vrai", "Faux"],
                vec!["Bilan éducatif partagé (BEP)"],
                vec!["◀ Page précédente", "Page suivante ▶"],
                vec!["Aide"],
            ]
        );
        assert!(keyboard(&[], None).is_none());
    }

    #[test]
    fn long_labels_fit_a_phone_and_stay_distinct() {
        let choices = vec![
            Choice::new(
                "Créneaux : Vivre avec un diabète : échanges en visio",
                "p:1",
            ),
            Choice::new(
                "Créneaux : Vivre avec un diabète : échanges au local",
                "p:2",
            ),
            Choice::new(
                "Slots: Living with diabetes, a monthly online exchange",
                "p:3",
            ),
            Choice::new("Écrire à Sophie L.", "c:1"),
        ];
        let shown: Vec<String> = labels(&keyboard(&choices, None).unwrap())
            .concat()
            .into_iter()
            .collect();
        assert!(
            shown.iter().all(|l| l.chars().count() <= MAX_LABEL_CHARS),
            "{shown:?}"
        );
        assert_eq!(shown[3], "Écrire à Sophie L.");
        assert_eq!(shown[2], "Slots: Living with diabetes, a…");
        assert!(
            shown[0].ends_with("en visio") && shown[1].ends_with("au local"),
            "{shown:?}"
        );
    }

    #[test]
    fn callback_data_round_trips() {
        let markup = keyboard(&[Choice::new("Oui", "consent:yes")], None).unwrap();
        match &markup.inline_keyboard[0][0].kind {
            InlineKeyboardButtonKind::CallbackData(data) => assert_eq!(data, "consent:yes"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn continue_in_private_becomes_a_deep_link_when_the_username_is_known() {
        let choice = Choice::new("Continuer en privé", "private:mes_donnees");
        let markup = keyboard(std::slice::from_ref(&choice), Some("PairBot")).unwrap();
        match &markup.inline_keyboard[0][0].kind {
            InlineKeyboardButtonKind::Url(url) => {
                assert_eq!(url.as_str(), "https://t.me/PairBot?start=mes_donnees")
            }
            other => panic!("{other:?}"),
        }
        // Without a username it stays a button the core answers in private.
        let markup = keyboard(&[choice], None).unwrap();
        assert!(matches!(
            markup.inline_keyboard[0][0].kind,
            InlineKeyboardButtonKind::CallbackData(_)
        ));
    }

    #[test]
    fn data_over_64_bytes_is_never_sent() {
        let long = Choice {
            label: "x".into(),
            data: "d".repeat(65),
            value: None,
            item: false,
        };
        assert!(keyboard(&[long], None).is_none());
    }

    #[test]
    fn long_texts_split_between_paragraphs() {
        // Three paragraphs of three 500-character lines: two go in the first message, the
        // third whole in the second (it was cut after two of its lines).
        let line = "b".repeat(500);
        let paragraph = [line.as_str(); 3].join("\n");
        let text = [paragraph.as_str(); 3].join("\n\n");
        let parts = chunks(&text);
        assert_eq!(
            parts.len(),
            2,
            "{:?}",
            parts.iter().map(String::len).collect::<Vec<_>>()
        );
        assert_eq!(parts[1], paragraph);
        // A single line longer than the limit is cut between words.
        let words = "mot ".repeat(1500);
        let parts = chunks(&words);
        assert!(parts.len() > 1);
        assert!(
            parts.iter().all(|p| p.trim_end().ends_with("mot")),
            "{parts:?}"
        );
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_CHUNK_CHARS));
        assert_eq!(parts.concat(), words);
    }

    #[test]
    fn long_texts_split_at_line_breaks_under_the_limit() {
        let line = "a".repeat(1000);
        let text = [line.as_str(); 9].join("\n");
        let parts = chunks(&text);
        assert_eq!(parts.len(), 3);
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_CHUNK_CHARS));
        assert_eq!(parts.join("\n"), text);
        let huge = "é".repeat(9000);
        let parts = chunks(&huge);
        assert_eq!(parts.concat(), huge);
        assert_eq!(chunks(""), ["…"]);
    }
}
