//! Pairbot: a chat bot for *partenariat en santé* (health partnership) in France.
//!
//! Patients and carers find peer helpers, book permanences, learn the field's vocabulary and
//! sign up for therapeutic patient education; coordinators run it from the chat.
//!
//! - [`core`]: the platform-free engine (messages in, replies out through the outbox).
//! - [`features`]: one module per feature, seeing only [`core::Ctx`].
//! - [`store`]: every SQL statement, on SQLite or PostgreSQL.
//! - [`i18n`]: Fluent texts in French and English.
//! - [`adapters`]: one module per platform.

pub mod adapters;
pub mod config;
pub mod core;
pub mod demo;
pub mod features;
pub mod i18n;
pub mod store;
