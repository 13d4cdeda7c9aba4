//! The core's replies as Telegram sees them: text chunks and inline keyboards.

use crate::core::Choice;
use crate::core::command::{MAX_CHOICE_DATA, PRIVATE_PREFIX};
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

/// Telegram's limit is 4,096 characters per message; stay a little under it.
pub const MAX_CHUNK_CHARS: usize = 4000;

/// Labels up to this length share a row, two by two.
const SHORT_LABEL: usize = 18;

/// The deep link that opens the bot's private chat and runs `/start <payload>`.
pub fn deep_link(bot_username: &str, payload: &str) -> String {
    format!("https://t.me/{bot_username}?start={payload}")
}

/// One button for a choice: a link to the private chat for "continue in private" choices
/// when the bot's username is known, otherwise a callback button.
pub fn button(choice: &Choice, bot_username: Option<&str>) -> Option<InlineKeyboardButton> {
    if let (Some(command), Some(username)) =
        (choice.data.strip_prefix(PRIVATE_PREFIX), bot_username)
        && let Ok(url) = deep_link(username, command).parse()
    {
        return Some(InlineKeyboardButton::url(choice.label.clone(), url));
    }
    if choice.data.len() > MAX_CHOICE_DATA {
        tracing::error!(
            bytes = choice.data.len(),
            "choice data too long for Telegram"
        );
        return None;
    }
    Some(InlineKeyboardButton::callback(
        choice.label.clone(),
        choice.data.clone(),
    ))
}

/// The inline keyboard for a message's choices: short labels two per row (so "previous" and
/// "next" sit side by side), long ones alone.
pub fn keyboard(choices: &[Choice], bot_username: Option<&str>) -> Option<InlineKeyboardMarkup> {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = Vec::new();
    let mut pending_short: Option<InlineKeyboardButton> = None;
    for choice in choices {
        let Some(button) = button(choice, bot_username) else {
            continue;
        };
        if choice.label.chars().count() <= SHORT_LABEL {
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

/// Splits a text into messages Telegram accepts, at line breaks where possible.
pub fn chunks(text: &str) -> Vec<String> {
    let text = if text.trim().is_empty() { "…" } else { text };
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.split_inclusive('\n') {
        if current.chars().count() + line.chars().count() > MAX_CHUNK_CHARS && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if line.chars().count() > MAX_CHUNK_CHARS {
            let chars: Vec<char> = line.chars().collect();
            for piece in chars.chunks(MAX_CHUNK_CHARS) {
                out.push(piece.iter().collect());
            }
        } else {
            current.push_str(line);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.into_iter()
        .map(|c| c.trim_end_matches('\n').to_owned())
        .filter(|c| !c.is_empty())
        .collect()
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
        };
        assert!(keyboard(&[long], None).is_none());
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
