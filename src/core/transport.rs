//! The seam between the outbox and a platform.

use super::message::{ChatId, Lane, Outgoing, Platform};
use super::moderation::{ModerationAction, ModerationError};
use std::future::Future;
use std::time::Duration;

/// Why a platform did not accept a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendError {
    /// A passing failure (network, rate limit): try again after the given delay.
    Retry {
        /// How long to wait, e.g. a 429's `retry_after`.
        after: Duration,
    },
    /// The platform refused it for good (unknown chat, bot blocked by the person).
    Rejected,
}

/// Something that can put a message on one platform.
pub trait Transport {
    /// The platform this transport serves.
    fn platform(&self) -> Platform;

    /// Sends one message; `Ok` means the platform accepted it.
    fn send(&self, message: &Outgoing) -> impl Future<Output = Result<(), SendError>> + Send;

    /// Sends one queued message under `key`, unique to it (its outbox row): a platform that
    /// recognises a request made twice (Matrix transaction ids) then delivers it once even
    /// when a crash made the bot send it again. `lane` tells how urgent it is, for a
    /// transport that makes messages wait their turn: a more urgent one goes first. By
    /// default, the same as [`Transport::send`].
    fn send_once(
        &self,
        key: &str,
        lane: Lane,
        message: &Outgoing,
    ) -> impl Future<Output = Result<(), SendError>> + Send {
        let _ = (key, lane);
        self.send(message)
    }

    /// How many messages, each to a different person or chat, may be on their way at
    /// once. A person's own messages always go one after the other, in order. The default,
    /// 1, sends everything in the order it was queued (the console prints it so).
    fn max_in_flight(&self) -> usize {
        1
    }

    /// Carries out a moderation action in a group; platforms that cannot moderate keep
    /// this default, which says so.
    fn moderate(
        &self,
        chat: &ChatId,
        action: &ModerationAction,
    ) -> impl Future<Output = Result<(), ModerationError>> + Send {
        let _ = (chat, action);
        async { Err(ModerationError::Unsupported) }
    }
}
