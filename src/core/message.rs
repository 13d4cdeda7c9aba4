//! The platform-free message types exchanged between adapters and the core.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A chat platform Pairbot can be reached on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// The terminal adapter used for demos and tests.
    Console,
    /// Telegram, through the Bot API.
    Telegram,
    /// Matrix, through a homeserver.
    Matrix,
}

impl Platform {
    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Console => "console",
            Platform::Telegram => "telegram",
            Platform::Matrix => "matrix",
        }
    }

    /// Whether the bot may open a private chat with someone on its own (Matrix: it invites
    /// them), rather than wait for them to write first (Telegram bots cannot write first).
    pub fn opens_private_chats(self) -> bool {
        matches!(self, Platform::Matrix)
    }

    /// Parses a name produced by [`Platform::as_str`].
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "console" => Some(Platform::Console),
            "telegram" => Some(Platform::Telegram),
            "matrix" => Some(Platform::Matrix),
            _ => None,
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A conversation on a platform (a private chat, a group, a room).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ChatId(pub String);

/// A person's identifier on a platform (Telegram user id, Matrix user id, console name).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct UserId(pub String);

/// Whether a chat is one-to-one with the bot or shared by several people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChatKind {
    /// A one-to-one conversation with the bot.
    Private,
    /// A group or room where other people read the replies.
    Group,
}

/// What a person sent: free text, or a choice picked among those the bot offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Body {
    /// Text typed by the person.
    Text(String),
    /// The `data` of a [`Choice`] the person picked (a button on Telegram, a number elsewhere).
    Choice(String),
    /// The person joined the group (`chat`).
    Joined,
    /// The new text of a message its author edited. Group protections check it like a new
    /// message; it never runs a command nor answers a question: the person sent nothing new.
    Edited(String),
    /// A group message posted in a channel's name rather than a person's (Telegram's "send
    /// as channel"), `sender` being the channel: group protections check it as from a member
    /// who is never trusted; nothing else acts on it.
    ChannelPost(String),
}

impl Body {
    /// What a person wrote (typed, edited or posted as a channel); `None` for a picked
    /// choice or a join.
    pub fn written(&self) -> Option<&str> {
        match self {
            Body::Text(t) | Body::Edited(t) | Body::ChannelPost(t) => Some(t),
            Body::Choice(_) | Body::Joined => None,
        }
    }

    /// The same kind of body with `f` applied to its text.
    pub fn map_text(&self, f: impl FnOnce(&str) -> String) -> Body {
        match self {
            Body::Text(t) => Body::Text(f(t)),
            Body::Choice(t) => Body::Choice(f(t)),
            Body::Edited(t) => Body::Edited(f(t)),
            Body::ChannelPost(t) => Body::ChannelPost(f(t)),
            Body::Joined => Body::Joined,
        }
    }
}

/// The message an incoming message answers (a reply on the platform).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReplyTo {
    /// The platform's id of the message answered.
    pub message: String,
    /// Who wrote it; `None` when unknown or when it is the bot's own message.
    pub author: Option<UserId>,
    /// How the platform names its author; never stored.
    pub author_name: String,
    /// Its text, when the platform gives it (shown to coordinators with a report); never
    /// stored.
    pub text: Option<String>,
    /// The language the platform reports for its author (a code such as `en`), if any: a
    /// notice to someone with no stored language is written in it.
    pub author_language: Option<String>,
}

/// One message from a person to the bot, as every adapter delivers it to the core.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// Where it comes from.
    pub platform: Platform,
    /// The chat it was sent in.
    pub chat: ChatId,
    /// Private chat or group.
    pub chat_kind: ChatKind,
    /// Who sent it.
    pub sender: UserId,
    /// How the platform names the sender; never stored.
    pub display_name: String,
    /// The sender's public handle beyond their user id (`@name` on Telegram), if any; stored
    /// only when the person agrees to share it with someone.
    pub handle: Option<String>,
    /// The content.
    pub body: Body,
    /// The language code the platform reports for the sender (`fr`, `en-GB`, …).
    pub language: Option<String>,
    /// A platform event identifier (Telegram update id, Matrix event id) used to act once on
    /// events delivered twice; `None` when the platform has none.
    pub event_id: Option<String>,
    /// The platform's id of this message, to delete it later (`None` for button presses).
    pub message_id: Option<String>,
    /// The message this one answers, if any.
    pub reply_to: Option<ReplyTo>,
    /// Whether it carries a photo, a file, a voice note or other media.
    pub media: bool,
}

impl Incoming {
    /// How others can reach the sender directly on their platform: the handle when there is
    /// one, else what the platform's user id allows (a Matrix id is itself an address).
    pub fn reachable_as(&self) -> String {
        match (&self.handle, self.platform) {
            (Some(handle), _) => handle.clone(),
            (None, Platform::Telegram) => format!("tg://user?id={}", self.sender.0),
            (None, _) => self.sender.0.clone(),
        }
    }

    /// What the sender can give another person, on any platform, to write to them from
    /// their own app: a `t.me` link for a Telegram username, a `matrix.to` link for a Matrix
    /// id, the id on the console; `None` for a Telegram account without a username (its
    /// numeric id opens nothing outside Telegram, nor inside it for a stranger).
    pub fn shareable_address(&self) -> Option<String> {
        match self.platform {
            Platform::Telegram => self
                .handle
                .as_deref()
                .map(|h| h.trim_start_matches('@'))
                .filter(|h| !h.is_empty())
                .map(|h| format!("@{h} (https://t.me/{h})")),
            Platform::Matrix => Some(format!("https://matrix.to/#/{}", self.sender.0)),
            _ => Some(self.sender.0.clone()),
        }
    }

    /// A private text message, the common case (used by the console and tests).
    pub fn private_text(platform: Platform, user: &str, text: &str) -> Self {
        Incoming {
            platform,
            chat: ChatId(user.to_owned()),
            chat_kind: ChatKind::Private,
            sender: UserId(user.to_owned()),
            display_name: user.to_owned(),
            handle: None,
            body: Body::Text(text.to_owned()),
            language: None,
            event_id: None,
            message_id: None,
            reply_to: None,
            media: false,
        }
    }
}

/// An option offered under a message: a button label and the data sent back when picked.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    /// What the person reads.
    pub label: String,
    /// What comes back in [`Body::Choice`]; short (Telegram limits it to 64 bytes).
    pub data: String,
    /// The number this choice stands for, when the question asks for a number ("30 min"):
    /// in a list with such choices, a typed number is that number, not a position.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
    /// One item of a list of results ("Écrire à Camille", "Voir les créneaux"): picking it
    /// answers nothing for the other items, so where buttons stay on screen (Telegram) the
    /// others stay usable after it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub item: bool,
}

impl Choice {
    /// Builds a choice.
    pub fn new(label: impl Into<String>, data: impl Into<String>) -> Self {
        let data = data.into();
        debug_assert!(data.len() <= 64, "choice data over 64 bytes: {data}");
        Choice {
            label: label.into(),
            data,
            value: None,
            item: false,
        }
    }

    /// Builds one item of a list of results (see [`Choice::item`]).
    pub fn list_item(label: impl Into<String>, data: impl Into<String>) -> Self {
        let data = data.into();
        // Telegram marks an item's data with one more byte.
        debug_assert!(data.len() < 64, "list item data over 63 bytes: {data}");
        Choice {
            item: true,
            ..Choice::new(label, data)
        }
    }

    /// Builds a choice standing for a number (see [`Choice::value`]).
    pub fn valued(label: impl Into<String>, data: impl Into<String>, value: i64) -> Self {
        Choice {
            value: Some(value),
            ..Choice::new(label, data)
        }
    }

    /// The position to show before each choice of a list, from 1; `None` for every choice
    /// of a list answering a number, where typed numbers are values, not positions.
    pub fn positions(choices: &[Choice]) -> impl Iterator<Item = (Option<usize>, &Choice)> {
        let valued = choices.iter().any(|c| c.value.is_some());
        choices
            .iter()
            .enumerate()
            .map(move |(i, c)| ((!valued).then_some(i + 1), c))
    }
}

/// A text file sent along with a message (JSON export, calendar, CSV).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// Suggested file name.
    pub file_name: String,
    /// MIME type.
    pub mime: String,
    /// File content.
    pub content: String,
}

/// How urgent a queued message is: delivery sends every due message of a more urgent lane
/// before any of a less urgent one (each person's messages still in the order queued).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lane {
    /// An answer to a person's own message, and everything about an emergency.
    Reply,
    /// A message caused by someone else or by time: reminders, requests, decisions.
    #[default]
    Notice,
    /// One copy of a message sent to many (a broadcast to a topic's subscribers).
    Bulk,
}

impl Lane {
    /// The lane as stored (lower is more urgent).
    pub fn rank(self) -> i64 {
        match self {
            Lane::Reply => 0,
            Lane::Notice => 1,
            Lane::Bulk => 2,
        }
    }

    /// The lane stored as `rank`; an unknown rank is the least urgent.
    pub fn from_rank(rank: i64) -> Self {
        match rank {
            0 => Lane::Reply,
            1 => Lane::Notice,
            _ => Lane::Bulk,
        }
    }
}

/// One message from the bot to a person, stored in the outbox until its platform accepts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    /// Platform of the recipient.
    pub platform: Platform,
    /// The chat to post in; `None` means the recipient's private chat with the bot, which the
    /// adapter finds or opens.
    pub chat: Option<ChatId>,
    /// The person this message is for (numbered choices are remembered for them).
    pub user: UserId,
    /// The text.
    pub text: String,
    /// Options offered under the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
    /// An optional file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<Attachment>,
    /// A moderation action to carry out in `chat` instead of sending a text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub moderation: Option<ModerationOrder>,
}

/// A moderation action queued in the outbox, so that it is carried out once, after the
/// decision commits, and retried while the platform is unreachable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModerationOrder {
    /// What to do.
    pub action: super::moderation::ModerationAction,
    /// Whether the message's `user` (the coordinator who asked) is told when it fails;
    /// actions the bot decided alone name the member acted on and tell nobody.
    pub tell_on_failure: bool,
}

impl Outgoing {
    /// A plain text for someone's private chat.
    pub fn private(platform: Platform, user: UserId, text: String) -> Self {
        Outgoing {
            platform,
            chat: None,
            user,
            text,
            choices: Vec::new(),
            attachment: None,
            moderation: None,
        }
    }

    /// A plain text posted in a room (a group), addressed to the room itself.
    pub fn in_room(platform: Platform, room: String, text: String) -> Self {
        Outgoing {
            chat: Some(ChatId(room.clone())),
            ..Self::private(platform, UserId(room), text)
        }
    }

    /// The message without the bullet lines of its text ("• label") that only repeat one of
    /// its choices: every platform shows the choices themselves (buttons, or a numbered
    /// list), and the same list twice is noise.
    pub fn without_repeated_choices(mut self) -> Self {
        let repeated = |line: &str| {
            line.strip_prefix("• ")
                .is_some_and(|rest| self.choices.iter().any(|c| c.label == rest.trim_end()))
        };
        if self.choices.is_empty() || !self.text.lines().any(repeated) {
            return self;
        }
        let text: Vec<&str> = self.text.lines().filter(|l| !repeated(l)).collect();
        self.text = text.join("\n").trim_end().to_owned();
        self
    }

    /// The chat this message is posted in, resolving "private chat" to the user's id, which is
    /// the private chat on the console and Telegram.
    pub fn chat_or_user(&self) -> &str {
        self.chat.as_ref().map_or(&self.user.0, |c| &c.0)
    }
}

/// The actor recorded for actions the bot takes alone: no platform's user id looks like it.
pub const BOT_ACTOR: &str = "(pairbot)";

/// The key of a message's conversation: the sender for a private chat (whatever the
/// platform's room id), the chat for a group.
pub fn conversation_key(msg: &Incoming) -> ChatId {
    match msg.chat_kind {
        ChatKind::Private => ChatId(msg.sender.0.clone()),
        ChatKind::Group => msg.chat.clone(),
    }
}

/// The conversation key of an outgoing message, matching [`conversation_key`].
pub fn outgoing_conversation(message: &Outgoing) -> ChatId {
    ChatId(message.chat_or_user().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_address_opens_from_any_app() {
        let from = |platform: Platform, sender: &str, handle: Option<&str>| Incoming {
            platform,
            handle: handle.map(str::to_owned),
            ..Incoming::private_text(Platform::Console, sender, "")
        };
        assert_eq!(
            from(Platform::Telegram, "42", Some("@lea")).shareable_address(),
            Some("@lea (https://t.me/lea)".into())
        );
        // No username: nothing another person could open (it was a tg:// link).
        assert_eq!(
            from(Platform::Telegram, "42", None).shareable_address(),
            None
        );
        assert_eq!(
            from(Platform::Matrix, "@ana:example.org", None).shareable_address(),
            Some("https://matrix.to/#/@ana:example.org".into())
        );
    }

    #[test]
    fn a_list_is_shown_once() {
        let listed = Outgoing {
            choices: vec![
                Choice::new("mardi 14:00", "b:1"),
                Choice::new("mardi 15:00", "b:2"),
            ],
            ..Outgoing::private(
                Platform::Matrix,
                UserId("u".into()),
                "Créneaux :\n• mardi 14:00\n• mardi 15:00\n• complet : jeudi".into(),
            )
        };
        assert_eq!(
            listed.without_repeated_choices().text,
            "Créneaux :\n• complet : jeudi"
        );
    }
}
