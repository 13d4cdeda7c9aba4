//! The moderation capability: what a platform adapter can do to a group member or message.
//! The core decides; adapters carry it out with the platform's own means.

use super::message::{ChatId, Platform, UserId};
use serde::{Deserialize, Serialize};
use std::future::Future;

/// One moderation action in a group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum ModerationAction {
    /// Remove the member and keep them out, until an instant (Unix seconds) or for good.
    Ban {
        /// Who.
        user: UserId,
        /// Until when, if not for good.
        until: Option<i64>,
    },
    /// Let a banned person join again.
    Unban {
        /// Who.
        user: UserId,
    },
    /// Keep the member but stop them posting, until an instant or for good.
    Mute {
        /// Who.
        user: UserId,
        /// Until when, if not for good.
        until: Option<i64>,
    },
    /// Let a muted member post again.
    Unmute {
        /// Who.
        user: UserId,
    },
    /// Remove the member; they may join again.
    Kick {
        /// Who.
        user: UserId,
    },
    /// Delete one message.
    Delete {
        /// The platform's message id.
        message: String,
    },
}

/// Why a moderation action was not carried out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModerationError {
    /// The bot lacks the admin right the action needs.
    #[error("the bot lacks the admin right for this action")]
    MissingRight,
    /// The target cannot be acted on (an admin, the owner).
    #[error("the target cannot be moderated")]
    Protected,
    /// The chat, member or message does not exist (any more).
    #[error("the chat, member or message was not found")]
    NotFound,
    /// The platform cannot do this here (e.g. a basic group without the feature).
    #[error("the platform cannot do this here")]
    Unsupported,
    /// A passing failure; try again later.
    #[error("the platform could not be reached")]
    Unavailable,
}

/// Carries out moderation actions on one platform.
pub trait Moderation {
    /// The platform this acts on.
    fn platform(&self) -> Platform;

    /// Applies `action` in `chat`.
    fn apply(
        &self,
        chat: &ChatId,
        action: &ModerationAction,
    ) -> impl Future<Output = Result<(), ModerationError>> + Send;
}
