//! The platform-free core: it takes an [`Incoming`] message and queues the replies.
//!
//! Adapters (console, Telegram, Matrix) translate platform events into [`Incoming`] and
//! deliver [`Outgoing`] messages through a [`Transport`]. The core never imports a platform
//! crate.

pub mod choice;
mod context;
mod engine;
pub mod message;
mod moderation;
pub mod router;
pub mod text;
mod transport;

pub use context::{BOT_ACTOR, Ctx};
pub use engine::{Engine, EngineError, Settings};
pub use message::{
    Attachment, Body, ChatId, ChatKind, Choice, Incoming, ModerationOrder, Outgoing, Platform,
    ReplyTo, UserId,
};
pub use moderation::{Moderation, ModerationAction, ModerationError};
pub use transport::{SendError, Transport};
