//! Matrix events as the core's [`Incoming`] messages: pure functions of what the event and
//! its room say, so each rule is tested without a homeserver.

use crate::core::{Body, ChatId, ChatKind, Incoming, Platform, ReplyTo, UserId};
use crate::features::commands::Command;
use matrix_sdk::ruma::events::room::message::MessageType;

/// What a room is, as far as the bot needs to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoomFacts {
    /// The room id.
    pub id: String,
    /// How many members have joined or are invited (0 when unknown).
    pub members: u64,
}

impl RoomFacts {
    /// A room is private when at most two people (the person and the bot) are in it or
    /// invited to it; anything larger, or unknown, is a group. The "direct chat" marker is
    /// not asked: whoever creates a room sets it, and it stays however many join later.
    pub fn kind(&self) -> ChatKind {
        if (1..=2).contains(&self.members) {
            ChatKind::Private
        } else {
            ChatKind::Group
        }
    }
}

/// What a message carries: its text, or media; `None` for what the bot must ignore
/// (notices, which are other bots' messages).
pub fn content(msgtype: &MessageType) -> Option<(String, bool)> {
    match msgtype {
        MessageType::Text(t) => Some((t.body.clone(), false)),
        // Notices are for bots.
        MessageType::Notice(_) => None,
        MessageType::Image(_)
        | MessageType::File(_)
        | MessageType::Video(_)
        | MessageType::Audio(_) => Some((String::new(), true)),
        // Other kinds get the "not understood" help in a direct chat.
        _ => Some((String::new(), false)),
    }
}

/// A person's message, as sent to the bot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The sender's user id.
    pub sender: String,
    /// How the room names them.
    pub display_name: String,
    /// The text (empty for media).
    pub text: String,
    /// Whether it carries media.
    pub media: bool,
    /// The event id.
    pub event_id: String,
    /// The message it replies to, if any.
    pub reply_to: Option<ReplyTo>,
    /// Whether it replaces (edits) an earlier message, `text` being the new version.
    pub edited: bool,
}

/// The core's view of a message in `room`; `None` when there is nothing to handle (a
/// group message with neither words nor media).
pub fn message(room: &RoomFacts, message: Message) -> Option<Incoming> {
    let chat_kind = room.kind();
    if message.text.is_empty() && !message.media && chat_kind == ChatKind::Group {
        return None;
    }
    let text = if message.reply_to.is_some() {
        strip_reply_fallback(&message.text)
    } else {
        message.text
    };
    Some(Incoming {
        platform: Platform::Matrix,
        chat: ChatId(room.id.clone()),
        chat_kind,
        sender: UserId(message.sender),
        display_name: message.display_name,
        handle: None,
        body: if message.edited {
            Body::Edited(text)
        } else {
            Body::Text(text)
        },
        language: None,
        event_id: Some(message.event_id.clone()),
        message_id: Some(message.event_id),
        reply_to: message.reply_to,
        media: message.media,
    })
}

/// A reaction to the bot's question in `room`, as the answer it stands for: the choice it
/// picks, or the typed number (from [`super::render::reaction_answer`]) when the question's
/// choices are no longer known (after a restart).
pub fn reaction(room: &RoomFacts, sender: &str, answer: Body, event_id: &str) -> Incoming {
    Incoming {
        platform: Platform::Matrix,
        chat: ChatId(room.id.clone()),
        chat_kind: room.kind(),
        sender: UserId(sender.to_owned()),
        display_name: sender
            .strip_prefix('@')
            .and_then(|s| s.split(':').next())
            .unwrap_or(sender)
            .to_owned(),
        handle: None,
        body: answer,
        language: None,
        event_id: Some(event_id.to_owned()),
        message_id: None,
        reply_to: None,
        media: false,
    }
}

/// What a person typed, as the core reads commands: Matrix clients keep `/` for their own
/// commands, so `!aide` is `/aide`; and a message that starts by naming the bot (its user id
/// or the local part of it, followed by `:` or `,`, as clients write a mention) is a command
/// to it (`pairbot: aide`), the bare mention asking for help.
pub fn as_command(text: &str, bot_id: &str) -> String {
    let trimmed = text.trim_start();
    if let Some(rest) = bang_command(trimmed) {
        return format!("/{rest}");
    }
    let localpart = bot_id
        .strip_prefix('@')
        .and_then(|id| id.split(':').next())
        .unwrap_or(bot_id);
    for name in [bot_id, localpart] {
        if name.is_empty() || !trimmed.is_char_boundary(name.len()) {
            continue;
        }
        let (head, rest) = trimmed.split_at(name.len());
        let Some(rest) = rest.strip_prefix([':', ',']) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(name) {
            continue;
        }
        let rest = rest.trim();
        return match bang_command(rest) {
            Some(command) => format!("/{command}"),
            None if rest.starts_with('/') => rest.to_owned(),
            None if rest.is_empty() => format!("/{}", Command::Help.spec().name()),
            None => format!("/{rest}"),
        };
    }
    text.to_owned()
}

/// The command after a `!` (`!aide` → `aide`), if the text is one.
fn bang_command(text: &str) -> Option<&str> {
    text.strip_prefix('!')
        .filter(|rest| rest.starts_with(|c: char| c.is_alphabetic()))
}

/// A reply's text without the quoted lines older clients put before it ("> <@bob:x> hi").
pub fn strip_reply_fallback(body: &str) -> String {
    if !body.starts_with("> ") {
        return body.to_owned();
    }
    body.lines()
        .skip_while(|line| line.starts_with('>'))
        .skip_while(|line| line.trim().is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether an event is recent enough to act on: younger than the time the core remembers
/// event ids, less a day. A start's full sync brings each room's latest events again;
/// those the core remembers are recognised, and older ones than it remembers are history.
pub(super) fn answerable(sent: matrix_sdk::ruma::MilliSecondsSinceUnixEpoch) -> bool {
    const DAY_MS: u64 = 24 * 3600 * 1000;
    let window = u64::try_from(crate::app::EVENTS_RECOGNISED_FOR.as_millis()).unwrap_or(0) - DAY_MS;
    let now = u64::from(matrix_sdk::ruma::MilliSecondsSinceUnixEpoch::now().get());
    now.saturating_sub(u64::from(sent.get())) < window
}

#[cfg(test)]
mod tests {
    use super::*;
    use matrix_sdk::ruma::events::room::message::{
        ImageMessageEventContent, NoticeMessageEventContent, TextMessageEventContent,
    };

    fn room(members: u64) -> RoomFacts {
        RoomFacts {
            id: "!room:x".into(),
            members,
        }
    }

    fn said(text: &str) -> Message {
        Message {
            sender: "@ann:x".into(),
            display_name: "Ann".into(),
            text: text.into(),
            media: false,
            event_id: "$e1".into(),
            reply_to: None,
            edited: false,
        }
    }

    #[test]
    fn rooms_of_two_are_private_and_larger_or_unknown_ones_groups() {
        assert_eq!(room(2).kind(), ChatKind::Private);
        assert_eq!(room(1).kind(), ChatKind::Private);
        assert_eq!(room(3).kind(), ChatKind::Group);
        assert_eq!(room(0).kind(), ChatKind::Group);
    }

    #[test]
    fn bangs_and_mentions_are_commands() {
        let bot = "@pairbot:example.org";
        assert_eq!(as_command("!aide", bot), "/aide");
        assert_eq!(
            as_command("  !chercher SEP Lyon", bot),
            "/chercher SEP Lyon"
        );
        assert_eq!(as_command("/aide", bot), "/aide");
        assert_eq!(as_command("pairbot: aide", bot), "/aide");
        assert_eq!(as_command("Pairbot, chercher SEP", bot), "/chercher SEP");
        assert_eq!(as_command("@pairbot:example.org: !regles", bot), "/regles");
        assert_eq!(as_command("pairbot:", bot), "/aide");
        // Ordinary words stay words.
        assert_eq!(as_command("! important", bot), "! important");
        assert_eq!(
            as_command("pairbotique est un mot", bot),
            "pairbotique est un mot"
        );
        assert_eq!(as_command("pairbot est sympa", bot), "pairbot est sympa");
        // A name ending inside a character (it once panicked).
        assert_eq!(
            as_command("bonne journée à tous", bot),
            "bonne journée à tous"
        );
        assert_eq!(as_command("é", bot), "é");
    }

    #[test]
    fn an_edit_is_seen_as_an_edit() {
        let edit = Message {
            edited: true,
            ..said("voir arnaque.xyz")
        };
        let incoming = message(&room(5), edit).unwrap();
        assert_eq!(incoming.body, Body::Edited("voir arnaque.xyz".into()));
    }

    #[test]
    fn notices_are_ignored_and_media_is_flagged() {
        let text = MessageType::Text(TextMessageEventContent::plain("!aide"));
        assert_eq!(content(&text), Some(("!aide".into(), false)));
        let notice = MessageType::Notice(NoticeMessageEventContent::plain("bot talk"));
        assert_eq!(content(&notice), None);
        let image = MessageType::Image(ImageMessageEventContent::plain(
            "photo.png".into(),
            "mxc://x/y".into(),
        ));
        assert_eq!(content(&image), Some((String::new(), true)));
    }

    #[test]
    fn messages_become_incoming_with_their_ids() {
        let incoming = message(&room(2), said("/aide")).unwrap();
        assert_eq!(incoming.chat_kind, ChatKind::Private);
        assert_eq!(incoming.body, Body::Text("/aide".into()));
        assert_eq!(incoming.event_id.as_deref(), Some("$e1"));
        assert_eq!(incoming.message_id.as_deref(), Some("$e1"));
        assert_eq!(incoming.sender, UserId("@ann:x".into()));
        // Nothing to say in a group: no message at all.
        assert_eq!(message(&room(5), said("")), None);
        // In a direct chat, an empty message still gets help.
        assert!(message(&room(2), said("")).is_some());
        // Media in a group is seen (newcomers' protections).
        let photo = Message {
            media: true,
            ..said("")
        };
        assert!(message(&room(5), photo).unwrap().media);
    }

    #[test]
    fn replies_lose_the_quoted_fallback() {
        let reply = Message {
            reply_to: Some(ReplyTo {
                message: "$q".into(),
                ..ReplyTo::default()
            }),
            ..said("> <@bob:x> un lien douteux\n\n/signaler arnaque")
        };
        let incoming = message(&room(5), reply).unwrap();
        assert_eq!(incoming.body, Body::Text("/signaler arnaque".into()));
        assert_eq!(strip_reply_fallback("pas de citation"), "pas de citation");
    }

    #[test]
    fn reactions_stand_for_typed_answers() {
        let incoming = reaction(
            &room(2),
            "@bob:example.org",
            Body::Choice("lang:en".into()),
            "$r",
        );
        assert_eq!(incoming.body, Body::Choice("lang:en".into()));
        assert_eq!(incoming.display_name, "bob");
        assert_eq!(incoming.message_id, None);
        assert_eq!(incoming.event_id.as_deref(), Some("$r"));
    }
}
