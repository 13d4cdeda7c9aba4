//! Telegram updates (raw Bot API JSON) into the core's [`Incoming`] messages.
//!
//! Updates are read as JSON rather than through teloxide's types so that polling and webhook
//! share one parser, and so that updates teloxide cannot parse (emulators, new fields) are
//! still understood when they carry what the bot needs.

use crate::core::{Body, ChatId, ChatKind, Incoming, Platform, ReplyTo, UserId};
use serde::Deserialize;
use teloxide::types::InlineKeyboardMarkup;

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
        /// That message, whose keyboard is tidied once the choice is handled.
        message_id: i32,
        /// What becomes of that keyboard in a private chat.
        after: AfterPress,
    },
    /// Nothing to do (another bot's command, a service message, an unsupported update).
    Ignored,
}

/// What becomes of a private chat's keyboard once one of its buttons was handled (in a
/// group it always stays: each member's press is their own).
#[derive(Debug, Clone, PartialEq)]
pub enum AfterPress {
    /// It goes, so an old button cannot act twice.
    Remove,
    /// One item of a list was used: the other items stay, this one goes.
    Replace(InlineKeyboardMarkup),
    /// One item of a list was used, and the keyboard is not known: it stays as it is.
    Keep,
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
    edited_message: Option<RawMessage>,
    callback_query: Option<RawCallback>,
}

#[derive(Debug, Deserialize)]
struct RawMessage {
    message_id: i64,
    from: Option<RawUser>,
    chat: RawChat,
    /// The chat a message was posted in the name of: a channel ("send as channel"), or the
    /// group itself for an anonymous administrator.
    sender_chat: Option<RawChat>,
    /// A post of the channel linked to a discussion group, copied there by Telegram.
    #[serde(default)]
    is_automatic_forward: bool,
    text: Option<String>,
    caption: Option<String>,
    reply_to_message: Option<Box<RawMessage>>,
    /// The message's keyboard, as Telegram shows it (read only for a pressed button's).
    reply_markup: Option<serde_json::Value>,
    #[serde(default)]
    new_chat_members: Vec<RawUser>,
    // Media: only whether there is some matters.
    photo: Option<serde_json::Value>,
    document: Option<serde_json::Value>,
    video: Option<serde_json::Value>,
    animation: Option<serde_json::Value>,
    sticker: Option<serde_json::Value>,
    voice: Option<serde_json::Value>,
    audio: Option<serde_json::Value>,
    video_note: Option<serde_json::Value>,
    #[serde(default)]
    entities: Vec<RawEntity>,
    #[serde(default)]
    caption_entities: Vec<RawEntity>,
}

#[derive(Debug, Deserialize)]
struct RawEntity {
    #[serde(rename = "type", default)]
    kind: String,
}

impl RawMessage {
    fn has_media(&self) -> bool {
        [
            &self.photo,
            &self.document,
            &self.video,
            &self.animation,
            &self.sticker,
            &self.voice,
            &self.audio,
            &self.video_note,
        ]
        .iter()
        .any(|m| m.is_some())
            // A link hidden behind words is a link too.
            || self
                .entities
                .iter()
                .chain(&self.caption_entities)
                .any(|e| e.kind == "text_link")
    }

    /// What a reply needs of the message it answers; its author is left out when it is a
    /// bot (the moderation commands act on members).
    fn as_replied(&self) -> ReplyTo {
        let author = self.from.as_ref().filter(|u| !u.is_bot);
        ReplyTo {
            message: self.message_id.to_string(),
            author: author.map(|u| UserId(u.id.to_string())),
            author_name: author.map(|u| u.first_name.clone()).unwrap_or_default(),
            text: self.text.clone().or_else(|| self.caption.clone()),
            author_language: author.and_then(|u| u.language_code.clone()),
        }
    }
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
    #[serde(default)]
    title: String,
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
        message_event(raw.update_id, message, bot_username, false)
    } else if let Some(message) = raw.edited_message {
        message_event(raw.update_id, message, bot_username, true)
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

/// A message, or (`edited`) the new version of one.
fn message_event(
    update_id: i64,
    message: RawMessage,
    bot_username: Option<&str>,
    edited: bool,
) -> TgEvent {
    let media = message.has_media();
    let reply_to = message
        .reply_to_message
        .as_deref()
        .map(RawMessage::as_replied);
    let kind = chat_kind(&message.chat);
    if let Some(channel) = &message.sender_chat
        && channel.id != message.chat.id
        && !message.is_automatic_forward
        && kind == ChatKind::Group
    {
        return channel_post(update_id, &message, channel, media);
    }
    let Some(from) = message.from else {
        return TgEvent::Ignored;
    };
    // Other bots; and an anonymous administrator, whom nothing identifies (Telegram names
    // them with a bot account).
    if from.is_bot {
        return TgEvent::Ignored;
    }
    // Someone joining: the first newcomer who is not a bot (usually the person themselves).
    let (who, body) = match message.new_chat_members.into_iter().find(|u| !u.is_bot) {
        Some(member) if kind == ChatKind::Group => (member, Body::Joined),
        Some(_) => return TgEvent::Ignored,
        None => {
            let text = message.text.or(message.caption);
            let text = match (text, kind) {
                (Some(text), _) => text,
                // A photo, a sticker, a voice note: in a private chat it still deserves an
                // answer; in a group, the newcomers' protection looks at it.
                (None, ChatKind::Private) => String::new(),
                (None, ChatKind::Group) if media => String::new(),
                (None, ChatKind::Group) => return TgEvent::Ignored,
            };
            if edited {
                (from, Body::Edited(text))
            } else if addressed_elsewhere(&text, bot_username) {
                return TgEvent::Ignored;
            } else {
                (from, Body::Text(text))
            }
        }
    };
    TgEvent::Message(Incoming {
        platform: Platform::Telegram,
        chat: ChatId(message.chat.id.to_string()),
        chat_kind: kind,
        sender: UserId(who.id.to_string()),
        display_name: who.first_name,
        handle: who.username.map(|u| format!("@{u}")),
        body,
        language: who.language_code,
        event_id: Some(format!("u:{update_id}")),
        message_id: Some(message.message_id.to_string()),
        reply_to,
        media,
    })
}

/// A group message sent in a channel's name (see [`Body::ChannelPost`]), or its edit.
fn channel_post(update_id: i64, message: &RawMessage, channel: &RawChat, media: bool) -> TgEvent {
    let text = message
        .text
        .clone()
        .or_else(|| message.caption.clone())
        .unwrap_or_default();
    if text.is_empty() && !media {
        return TgEvent::Ignored;
    }
    TgEvent::Message(Incoming {
        platform: Platform::Telegram,
        chat: ChatId(message.chat.id.to_string()),
        chat_kind: ChatKind::Group,
        sender: UserId(channel.id.to_string()),
        display_name: channel.title.clone(),
        handle: None,
        body: Body::ChannelPost(text),
        language: None,
        event_id: Some(format!("u:{update_id}")),
        message_id: Some(message.message_id.to_string()),
        reply_to: None,
        media,
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
    let (choice, item) = super::render::read_callback(&data);
    let after = if item {
        let shown = message
            .reply_markup
            .and_then(|m| serde_json::from_value::<InlineKeyboardMarkup>(m).ok());
        match shown {
            Some(markup) => match super::render::without_button(&markup, &data) {
                Some(left) => AfterPress::Replace(left),
                None => AfterPress::Remove,
            },
            None => AfterPress::Keep,
        }
    } else {
        AfterPress::Remove
    };
    // One keyboard acts once per person, however many times and however fast it is
    // pressed; in a group another member's press is their own. Each item of a list acts
    // once too: reaching a second person in the same results is a new act.
    let event_id = if item {
        format!("k:{chat_id}:{message_id}:{}:{choice}", callback.from.id)
    } else {
        format!("k:{chat_id}:{message_id}:{}", callback.from.id)
    };
    let body = Body::Choice(choice.to_owned());
    TgEvent::Callback {
        incoming: Incoming {
            platform: Platform::Telegram,
            chat: ChatId(chat_id.to_string()),
            chat_kind: chat_kind(&message.chat),
            sender: UserId(callback.from.id.to_string()),
            display_name: callback.from.first_name,
            handle: callback.from.username.map(|u| format!("@{u}")),
            body,
            language: callback.from.language_code,
            event_id: Some(event_id),
            message_id: None,
            reply_to: None,
            media: false,
        },
        query_id,
        chat_id,
        message_id,
        after,
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
    fn a_photo_is_media_in_private_and_in_groups_but_a_sticker_free_service_message_is_not() {
        let photo = |kind: &str| {
            json!({"update_id": 1, "message": {"message_id": 1, "from": user(),
                "chat": {"id": 5, "type": kind}, "photo": []}})
        };
        for kind in ["private", "group"] {
            assert!(matches!(
                parse_update(&photo(kind), None).unwrap().event,
                TgEvent::Message(ref m) if m.body == Body::Text(String::new()) && m.media
            ));
        }
        let service = json!({"update_id": 1, "message": {"message_id": 1, "from": user(),
            "chat": {"id": 5, "type": "group"}, "pinned_message": {}}});
        assert_eq!(
            parse_update(&service, None).unwrap().event,
            TgEvent::Ignored
        );
    }

    #[test]
    fn replies_name_the_message_and_its_author_unless_a_bot_wrote_it() {
        let reply = |from: serde_json::Value| {
            json!({"update_id": 2, "message": {"message_id": 20, "from": user(),
                "chat": {"id": -100, "type": "supergroup"}, "text": "/avertir spam",
                "reply_to_message": {"message_id": 11, "from": from,
                    "chat": {"id": -100, "type": "supergroup"}, "text": "achetez"}}})
        };
        let member = json!({"id": 77, "is_bot": false, "first_name": "Bob"});
        let TgEvent::Message(msg) = parse_update(&reply(member), None).unwrap().event else {
            panic!("a message")
        };
        assert_eq!(msg.message_id.as_deref(), Some("20"));
        let to = msg.reply_to.expect("a reply");
        assert_eq!(to.message, "11");
        assert_eq!(to.author, Some(UserId("77".into())));
        assert_eq!(to.author_name, "Bob");
        assert_eq!(to.text.as_deref(), Some("achetez"));
        let bot = json!({"id": 9, "is_bot": true, "first_name": "Pairbot"});
        let TgEvent::Message(msg) = parse_update(&reply(bot), None).unwrap().event else {
            panic!("a message")
        };
        assert_eq!(msg.reply_to.unwrap().author, None);
    }

    #[test]
    fn a_member_joining_a_group_is_a_join_event() {
        let update = json!({"update_id": 3, "message": {"message_id": 30, "from": user(),
            "chat": {"id": -100, "type": "supergroup"},
            "new_chat_members": [{"id": 9, "is_bot": true, "first_name": "Autre bot"},
                                 {"id": 88, "is_bot": false, "first_name": "Nina"}]}});
        let TgEvent::Message(msg) = parse_update(&update, None).unwrap().event else {
            panic!("a message")
        };
        assert_eq!(msg.body, Body::Joined);
        assert_eq!(msg.sender, UserId("88".into()));
        assert_eq!(msg.display_name, "Nina");
        let hidden = json!({"update_id": 4, "message": {"message_id": 31, "from": user(),
            "chat": {"id": -100, "type": "supergroup"}, "text": "regardez ça",
            "entities": [{"type": "text_link", "offset": 0, "length": 8, "url": "https://x"}]}});
        let TgEvent::Message(msg) = parse_update(&hidden, None).unwrap().event else {
            panic!("a message")
        };
        assert!(msg.media, "a hidden link counts");
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
            after,
        } = parsed.event
        else {
            panic!("{parsed:?}")
        };
        assert_eq!((query_id.as_str(), chat_id, message_id), ("1", 42, 12));
        assert_eq!(incoming.body, Body::Choice("consent:yes".into()));
        assert_eq!(incoming.event_id.as_deref(), Some("k:42:12:42"));
        assert_eq!(after, AfterPress::Remove);
    }

    #[test]
    fn a_list_item_leaves_the_other_items_and_acts_once_by_itself() {
        let keyboard = json!({"inline_keyboard": [
            [{"text": "Écrire à Camille", "callback_data": "~contact:ask:3"}],
            [{"text": "Écrire à Noé", "callback_data": "~contact:ask:8"}],
            [{"text": "Nouvelle recherche", "callback_data": "cmd:chercher"}]]});
        let press = |data: &str, markup: Option<&serde_json::Value>| {
            let mut update = json!({"update_id": 9, "callback_query": {"id": "1", "from": user(),
                "message": {"message_id": 12, "chat": {"id": 42, "type": "private"}},
                "data": data}});
            if let Some(m) = markup {
                update["callback_query"]["message"]["reply_markup"] = m.clone();
            }
            let TgEvent::Callback {
                incoming, after, ..
            } = parse_update(&update, None).unwrap().event
            else {
                panic!("a press")
            };
            (incoming, after)
        };
        let (incoming, after) = press("~contact:ask:3", Some(&keyboard));
        // The core sees the choice's own data.
        assert_eq!(incoming.body, Body::Choice("contact:ask:3".into()));
        assert_eq!(
            incoming.event_id.as_deref(),
            Some("k:42:12:42:contact:ask:3")
        );
        let AfterPress::Replace(left) = after else {
            panic!("{after:?}")
        };
        let left: Vec<String> = left
            .inline_keyboard
            .iter()
            .flatten()
            .map(|b| b.text.clone())
            .collect();
        assert_eq!(left, ["Écrire à Noé", "Nouvelle recherche"]);
        // Another item of the same list is another act; with no keyboard known, it stays.
        let (other, after) = press("~contact:ask:8", None);
        assert_ne!(other.event_id, incoming.event_id);
        assert_eq!(after, AfterPress::Keep);
        // The last button of a keyboard takes the keyboard with it.
        let alone =
            json!({"inline_keyboard": [[{"text": "Noé", "callback_data": "~contact:ask:8"}]]});
        assert_eq!(press("~contact:ask:8", Some(&alone)).1, AfterPress::Remove);
    }

    #[test]
    fn edits_and_posts_in_a_channel_name_are_seen_but_never_commands() {
        let edit = json!({"update_id": 10, "edited_message": {"message_id": 4, "from": user(),
            "chat": {"id": -100, "type": "supergroup"}, "text": "/bannir voir arnaque.xyz"}});
        let TgEvent::Message(msg) = parse_update(&edit, None).unwrap().event else {
            panic!("an edit is seen")
        };
        assert_eq!(msg.body, Body::Edited("/bannir voir arnaque.xyz".into()));
        assert_eq!(msg.message_id.as_deref(), Some("4"));
        assert_eq!(msg.event_id.as_deref(), Some("u:10"));
        // "Send as channel": Telegram's stand-in sender is a bot; the channel is the sender.
        let post = |sender_chat: serde_json::Value, automatic: bool| {
            json!({"update_id": 11, "message": {"message_id": 5,
                "from": {"id": 136817688, "is_bot": true, "first_name": "Channel"},
                "sender_chat": sender_chat, "is_automatic_forward": automatic,
                "chat": {"id": -100, "type": "supergroup"}, "text": "/aide gagnez.top"}})
        };
        let channel = json!({"id": -1009, "type": "channel", "title": "Promo"});
        let TgEvent::Message(msg) = parse_update(&post(channel.clone(), false), None)
            .unwrap()
            .event
        else {
            panic!("a channel's post is seen")
        };
        assert_eq!(msg.body, Body::ChannelPost("/aide gagnez.top".into()));
        assert_eq!(msg.sender, UserId("-1009".into()));
        assert_eq!(msg.display_name, "Promo");
        // The group's own linked channel, and an anonymous administrator, are not members.
        let linked = parse_update(&post(channel, true), None).unwrap().event;
        assert_eq!(linked, TgEvent::Ignored);
        let admin = json!({"id": -100, "type": "supergroup", "title": "Groupe"});
        assert_eq!(
            parse_update(&post(admin, false), None).unwrap().event,
            TgEvent::Ignored
        );
    }

    #[test]
    fn garbage_is_not_an_update() {
        assert_eq!(parse_update(&json!({"nope": 1}), None), None);
        let unknown = parse_update(&json!({"update_id": 5, "poll": {}}), None).unwrap();
        assert_eq!(unknown.event, TgEvent::Ignored);
    }
}
