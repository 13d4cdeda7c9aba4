//! Telegram updates (raw Bot API JSON) into the core's [`Incoming`] messages.
//!
//! Updates are read as JSON rather than through teloxide's types so that polling and webhook
//! share one parser, and so that updates teloxide cannot parse (emulators, new fields) are
//! still understood when they carry what the bot needs.

use crate::core::{Body, ChatId, ChatKind, Incoming, Platform, UserId};
use serde::Deserialize;

/// An update as far as the bot is concerned.
#[derive(Debug, Clone, PartialEq)]
pub enum TgEvent {
    /// A message for the core.
    Message(Incoming),
    /// A pressed button: the choice for the core, and what to answer and tidy up.
    Callback {
        /// The choice for the core.
        incoming: Incoming,
        /// The callback query id, to answer it.
        query_id: String,
        /// The chat of the message carrying the keyboard.
        chat_id: i64,
        /// That message, whose keyboard is removed once the choice is handled.
        message_id: i32,
    },
    /// Nothing to do (another bot's command, a service message, an unsupported update).
    Ignored,
}

/// A parsed update: its id (for the polling offset) and the event.
#[derive(Debug, Clone, PartialEq)]
pub struct TgUpdate {
    /// Telegram's update id.
    pub update_id: i64,
    /// What it means for the bot.
    pub event: TgEvent,
}

#[derive(Debug, Deserialize)]
struct RawUpdate {
    update_id: i64,
    message: Option<RawMessage>,
    callback_query: Option<RawCallback>,
}

#[derive(Debug, Deserialize)]
struct RawMessage {
    message_id: i64,
    from: Option<RawUser>,
    chat: RawChat,
    text: Option<String>,
    caption: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RawUser {
    id: i64,
    #[serde(default)]
    is_bot: bool,
    #[serde(default)]
    first_name: String,
    username: Option<String>,
    language_code: Option<String>,
}

#[derive(Debug, Deserialize)]
struct RawChat {
    id: i64,
    #[serde(rename = "type", default)]
    kind: String,
}

#[derive(Debug, Deserialize)]
struct RawCallback {
    id: serde_json::Value,
    from: RawUser,
    message: Option<RawMessage>,
    data: Option<String>,
}

/// Reads one update. `bot_username` is the bot's @username without the `@`, when known:
/// commands addressed to another bot (`/aide@OtherBot`) are ignored.
pub fn parse_update(value: &serde_json::Value, bot_username: Option<&str>) -> Option<TgUpdate> {
    let raw = RawUpdate::deserialize(value).ok()?;
    let event = if let Some(message) = raw.message {
        message_event(raw.update_id, message, bot_username)
    } else if let Some(callback) = raw.callback_query {
        callback_event(callback)
    } else {
        TgEvent::Ignored
    };
    Some(TgUpdate {
        update_id: raw.update_id,
        event,
    })
}

fn chat_kind(chat: &RawChat) -> ChatKind {
    if chat.kind == "private" {
        ChatKind::Private
    } else {
        ChatKind::Group
    }
}

fn message_event(update_id: i64, message: RawMessage, bot_username: Option<&str>) -> TgEvent {
    let Some(from) = message.from else {
        return TgEvent::Ignored;
    };
    if from.is_bot {
        return TgEvent::Ignored;
    }
    let kind = chat_kind(&message.chat);
    let text = message.text.or(message.caption);
    let text = match (text, kind) {
        (Some(text), _) => text,
        // A photo, a sticker, a voice note in a private chat still deserves an answer.
        (None, ChatKind::Private) => String::new(),
        (None, ChatKind::Group) => return TgEvent::Ignored,
    };
    if addressed_elsewhere(&text, bot_username) {
        return TgEvent::Ignored;
    }
    let _ = message.message_id;
    TgEvent::Message(Incoming {
        platform: Platform::Telegram,
        chat: ChatId(message.chat.id.to_string()),
        chat_kind: kind,
        sender: UserId(from.id.to_string()),
        display_name: from.first_name,
        handle: from.username.map(|u| format!("@{u}")),
        body: Body::Text(text),
        language: from.language_code,
        event_id: Some(format!("u:{update_id}")),
        message_id: None,
        reply_to: None,
        media: false,
    })
}

fn callback_event(callback: RawCallback) -> TgEvent {
    let (Some(message), Some(data)) = (callback.message, callback.data) else {
        return TgEvent::Ignored;
    };
    if callback.from.is_bot {
        return TgEvent::Ignored;
    }
    let query_id = match &callback.id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let Ok(message_id) = i32::try_from(message.message_id) else {
        return TgEvent::Ignored;
    };
    let chat_id = message.chat.id;
    TgEvent::Callback {
        incoming: Incoming {
            platform: Platform::Telegram,
            chat: ChatId(chat_id.to_string()),
            chat_kind: chat_kind(&message.chat),
            sender: UserId(callback.from.id.to_string()),
            display_name: callback.from.first_name,
            handle: callback.from.username.map(|u| format!("@{u}")),
            body: Body::Choice(data),
            language: callback.from.language_code,
            // One keyboard acts once per person, however many times and however fast it is
            // pressed; in a group another member's press is their own.
            event_id: Some(format!("k:{chat_id}:{message_id}:{}", callback.from.id)),
            message_id: None,
            reply_to: None,
            media: false,
        },
        query_id,
        chat_id,
        message_id,
    }
}

/// Whether a command names another bot (`/start@OtherBot`).
fn addressed_elsewhere(text: &str, bot_username: Option<&str>) -> bool {
    let Some(command) = text.trim_start().strip_prefix('/') else {
        return false;
    };
    let head = command.split_whitespace().next().unwrap_or_default();
    match (head.split_once('@'), bot_username) {
        (Some((_, target)), Some(me)) => !target.eq_ignore_ascii_case(me),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn user() -> serde_json::Value {
        json!({"id": 42, "is_bot": false, "first_name": "Léa", "language_code": "en"})
    }

    #[test]
    fn private_text_becomes_an_incoming_message() {
        let update = json!({"update_id": 7, "message": {
            "message_id": 3, "date": 0, "from": user(),
            "chat": {"id": 42, "type": "private"}, "text": "/aide"}});
        let parsed = parse_update(&update, Some("PairBot")).unwrap();
        assert_eq!(parsed.update_id, 7);
        let TgEvent::Message(msg) = parsed.event else {
            panic!("{parsed:?}")
        };
        assert_eq!(msg.chat_kind, ChatKind::Private);
        assert_eq!(msg.sender.0, "42");
        assert_eq!(msg.language.as_deref(), Some("en"));
        assert_eq!(msg.body, Body::Text("/aide".into()));
        assert_eq!(msg.event_id.as_deref(), Some("u:7"));
    }

    #[test]
    fn group_commands_for_other_bots_and_bot_messages_are_ignored() {
        let group = |text: &str, from: serde_json::Value| {
            json!({"update_id": 1, "message": {"message_id": 1, "from": from,
                "chat": {"id": -100, "type": "supergroup"}, "text": text}})
        };
        let other = parse_update(&group("/aide@OtherBot", user()), Some("PairBot")).unwrap();
        assert_eq!(other.event, TgEvent::Ignored);
        let mine = parse_update(&group("/aide@pairbot", user()), Some("PairBot")).unwrap();
        assert!(matches!(mine.event, TgEvent::Message(ref m) if m.chat_kind == ChatKind::Group));
        let bot = json!({"id": 9, "is_bot": true, "first_name": "B"});
        assert_eq!(
            parse_update(&group("/aide", bot), None).unwrap().event,
            TgEvent::Ignored
        );
    }

    #[test]
    fn a_photo_gets_an_answer_in_private_but_not_in_groups() {
        let photo = |kind: &str| {
            json!({"update_id": 1, "message": {"message_id": 1, "from": user(),
                "chat": {"id": 5, "type": kind}, "photo": []}})
        };
        assert!(matches!(
            parse_update(&photo("private"), None).unwrap().event,
            TgEvent::Message(ref m) if m.body == Body::Text(String::new())
        ));
        assert_eq!(
            parse_update(&photo("group"), None).unwrap().event,
            TgEvent::Ignored
        );
    }

    #[test]
    fn callbacks_without_chat_instance_are_understood() {
        // As the Bot API emulator sends them: no chat_instance, id as a string.
        let update = json!({"update_id": 9, "callback_query": {"id": "1", "from": user(),
            "message": {"message_id": 12, "chat": {"id": 42, "type": "private"}},
            "data": "consent:yes"}});
        let parsed = parse_update(&update, None).unwrap();
        let TgEvent::Callback {
            incoming,
            query_id,
            chat_id,
            message_id,
        } = parsed.event
        else {
            panic!("{parsed:?}")
        };
        assert_eq!((query_id.as_str(), chat_id, message_id), ("1", 42, 12));
        assert_eq!(incoming.body, Body::Choice("consent:yes".into()));
        assert_eq!(incoming.event_id.as_deref(), Some("k:42:12:42"));
    }

    #[test]
    fn garbage_is_not_an_update() {
        assert_eq!(parse_update(&json!({"nope": 1}), None), None);
        let unknown = parse_update(&json!({"update_id": 5, "poll": {}}), None).unwrap();
        assert_eq!(unknown.event, TgEvent::Ignored);
    }
}
