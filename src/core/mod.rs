//! The ground every layer stands on: messages in and out, choices and how typed answers pick
//! them, commands as typed, text helpers, the transport seam and the deployment settings.
//!
//! The core names no feature and no platform: adapters (console, Telegram, Matrix)
//! translate platform events into [`Incoming`] and deliver [`Outgoing`] messages through a
//! [`Transport`]; the application (`crate::app`) routes them to the features.

pub mod action;
pub mod choice;
pub mod command;
pub mod contact;
pub mod message;
mod moderation;
pub mod settings;
pub mod text;
mod transport;

pub use message::{
    Attachment, BOT_ACTOR, Body, ChatId, ChatKind, Choice, Incoming, Lane, ModerationOrder,
    Outgoing, Platform, ReplyTo, UserId,
};
pub use moderation::{Moderation, ModerationAction, ModerationError};
pub use settings::Settings;
pub use transport::{SendError, Transport};
