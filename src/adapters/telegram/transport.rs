//! Sending the outbox to Telegram, and the moderation capability through the Bot API.

use super::pace::Pace;
use super::render::{chunks, keyboard};
use crate::core::Lane;
use crate::core::{
    ChatId as CoreChatId, Moderation, ModerationAction, ModerationError, Outgoing, Platform,
    SendError, Transport,
};
use chrono::{DateTime, Utc};
use std::time::Duration;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{ChatPermissions, InputFile, MessageId, ReplyMarkup};

/// The bot as every request sees it. Messages wait for their turn under [`Pace`] rather
/// than teloxide's throttle, whose worker releases requests on a quarter-second tick (it
/// added about 250 ms to every reply).
pub type TgBot = Bot;

/// Sends messages and moderation actions to Telegram.
#[derive(Clone)]
pub struct TelegramTransport {
    bot: TgBot,
    username: Option<String>,
    pace: Option<Pace>,
}

impl std::fmt::Debug for TelegramTransport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never prints the token.
        f.debug_struct("TelegramTransport")
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

/// How a failed request should be treated by the outbox.
pub fn classify(error: &RequestError) -> Result<(), SendError> {
    match error {
        RequestError::RetryAfter(after) => Err(SendError::Retry {
            after: after.duration(),
        }),
        RequestError::Network(_) | RequestError::Io(_) => Err(SendError::Retry {
            after: Duration::from_secs(5),
        }),
        // Telegram accepted the request but its answer could not be read: sending it again
        // would duplicate it.
        RequestError::InvalidJson { .. } => Ok(()),
        // Blocked by the person, unknown chat, group migrated: nothing to retry.
        RequestError::Api(_) | RequestError::MigrateToChatId(_) => Err(SendError::Rejected),
    }
}

/// A short name for an error kind, safe to log (no URL, no token, no text).
pub fn error_kind(error: &RequestError) -> &'static str {
    match error {
        RequestError::Api(_) => "api",
        RequestError::MigrateToChatId(_) => "migrated",
        RequestError::RetryAfter(_) => "retry_after",
        RequestError::Network(_) => "network",
        RequestError::InvalidJson { .. } => "invalid_json",
        RequestError::Io(_) => "io",
    }
}

impl TelegramTransport {
    /// A transport for `bot`; `username` (without `@`) enables deep links; `pace`, when
    /// given, spaces the messages sent.
    pub fn new(bot: TgBot, username: Option<String>, pace: Option<Pace>) -> Self {
        TelegramTransport {
            bot,
            username,
            pace,
        }
    }

    async fn turn(&self, chat: ChatId, lane: Lane) {
        if let Some(pace) = &self.pace {
            pace.turn(chat.0, lane).await;
        }
    }

    /// The bot.
    pub fn bot(&self) -> &TgBot {
        &self.bot
    }

    /// The bot's username, when known.
    pub fn username(&self) -> Option<&str> {
        self.username.as_deref()
    }
}

fn parse_chat(id: &str) -> Option<ChatId> {
    id.parse::<i64>().ok().map(ChatId)
}

impl Transport for TelegramTransport {
    fn platform(&self) -> Platform {
        Platform::Telegram
    }

    /// A second's worth of messages on their way keeps the pace whatever each call's
    /// round trip; a slow call holds up only its own chat.
    fn max_in_flight(&self) -> usize {
        32
    }

    /// Sent as a reply: the only direct sends are apologies to the person who just wrote.
    async fn send(&self, message: &Outgoing) -> Result<(), SendError> {
        self.send_in(Lane::Reply, message).await
    }

    async fn send_once(&self, _key: &str, lane: Lane, message: &Outgoing) -> Result<(), SendError> {
        self.send_in(lane, message).await
    }

    async fn moderate(
        &self,
        chat: &CoreChatId,
        action: &ModerationAction,
    ) -> Result<(), ModerationError> {
        self.apply(chat, action).await
    }
}

impl TelegramTransport {
    /// Sends `message` (a file, then its text in parts that fit), each request waiting for
    /// its turn in `lane`.
    async fn send_in(&self, lane: Lane, message: &Outgoing) -> Result<(), SendError> {
        let Some(chat) = parse_chat(message.chat_or_user()) else {
            tracing::warn!("outbox message for a chat id Telegram cannot have");
            return Err(SendError::Rejected);
        };
        if let Some(file) = &message.attachment {
            let input = InputFile::memory(file.content.clone().into_bytes())
                .file_name(file.file_name.clone());
            self.turn(chat, lane).await;
            if let Err(e) = self.bot.send_document(chat, input).await {
                tracing::warn!(kind = error_kind(&e), "Telegram refused a document");
                classify(&e)?;
            }
        }
        if message.text.is_empty() && message.attachment.is_some() {
            return Ok(());
        }
        let parts = chunks(&message.text);
        let last = parts.len() - 1;
        for (i, part) in parts.into_iter().enumerate() {
            let mut request = self.bot.send_message(chat, part);
            if i == last
                && let Some(markup) = keyboard(&message.choices, self.username.as_deref())
            {
                request = request.reply_markup(ReplyMarkup::InlineKeyboard(markup));
            }
            self.turn(chat, lane).await;
            if let Err(e) = request.await {
                tracing::warn!(kind = error_kind(&e), "Telegram refused a message");
                classify(&e)?;
            }
        }
        Ok(())
    }
}

fn until(at: Option<i64>) -> Option<DateTime<Utc>> {
    at.and_then(|s| DateTime::from_timestamp(s, 0))
}

fn moderation_error(error: &RequestError) -> ModerationError {
    match error {
        RequestError::Api(api) => {
            let text = api.to_string().to_lowercase();
            if text.contains("not enough rights")
                || text.contains("administrator rights")
                || text.contains("chat_admin_required")
                || text.contains("can't be deleted")
            {
                ModerationError::MissingRight
            } else if text.contains("administrator")
                || text.contains("owner")
                || text.contains("can't restrict self")
                || text.contains("can't remove self")
            {
                ModerationError::Protected
            } else if text.contains("not found") || text.contains("invalid") {
                ModerationError::NotFound
            } else {
                ModerationError::Unsupported
            }
        }
        RequestError::MigrateToChatId(_) => ModerationError::NotFound,
        _ => ModerationError::Unavailable,
    }
}

/// `Ok` for success and for an accepted request whose answer could not be read.
fn settle<T>(result: Result<T, RequestError>) -> Result<(), ModerationError> {
    match result {
        Ok(_) | Err(RequestError::InvalidJson { .. }) => Ok(()),
        Err(e) => {
            tracing::warn!(
                kind = error_kind(&e),
                "Telegram refused a moderation action"
            );
            Err(moderation_error(&e))
        }
    }
}

fn user(id: &crate::core::UserId) -> Result<UserId, ModerationError> {
    id.0.parse::<u64>()
        .map(UserId)
        .map_err(|_| ModerationError::NotFound)
}

impl Moderation for TelegramTransport {
    fn platform(&self) -> Platform {
        Platform::Telegram
    }

    async fn apply(
        &self,
        chat: &CoreChatId,
        action: &ModerationAction,
    ) -> Result<(), ModerationError> {
        let chat = parse_chat(&chat.0).ok_or(ModerationError::NotFound)?;
        match action {
            ModerationAction::Ban {
                user: who,
                until: at,
            } => {
                let mut request = self.bot.ban_chat_member(chat, user(who)?);
                if let Some(date) = until(*at) {
                    request = request.until_date(date);
                }
                settle(request.await)
            }
            ModerationAction::Unban { user: who } => settle(
                self.bot
                    .unban_chat_member(chat, user(who)?)
                    .only_if_banned(true)
                    .await,
            ),
            ModerationAction::Mute {
                user: who,
                until: at,
            } => {
                let mut request =
                    self.bot
                        .restrict_chat_member(chat, user(who)?, ChatPermissions::empty());
                if let Some(date) = until(*at) {
                    request = request.until_date(date);
                }
                settle(request.await)
            }
            ModerationAction::Unmute { user: who } => {
                // Back to what the group allows everyone, not to more.
                let permissions = match self.bot.get_chat(chat).await {
                    Ok(info) => info.permissions().unwrap_or_else(default_permissions),
                    Err(_) => default_permissions(),
                };
                settle(
                    self.bot
                        .restrict_chat_member(chat, user(who)?, permissions)
                        .await,
                )
            }
            ModerationAction::Kick { user: who } => {
                let who = user(who)?;
                settle(self.bot.ban_chat_member(chat, who).await)?;
                settle(
                    self.bot
                        .unban_chat_member(chat, who)
                        .only_if_banned(true)
                        .await,
                )
            }
            ModerationAction::Delete { message } => {
                let id = message
                    .parse::<i32>()
                    .map_err(|_| ModerationError::NotFound)?;
                settle(self.bot.delete_message(chat, MessageId(id)).await)
            }
        }
    }
}

fn default_permissions() -> ChatPermissions {
    ChatPermissions::SEND_MESSAGES
        | ChatPermissions::SEND_MEDIA_MESSAGES
        | ChatPermissions::SEND_OTHER_MESSAGES
        | ChatPermissions::ADD_WEB_PAGE_PREVIEWS
}
