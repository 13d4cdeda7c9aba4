//! Pairbot: a chat bot for *partenariat en santé* (health partnership) in France.
//!
//! Patients and carers find peer helpers, book permanences, learn the field's vocabulary and
//! sign up for therapeutic patient education; coordinators run it from the chat.
//!
//! The layers read one way: [`adapters`] → [`app`] → [`features`] → [`store`] → [`core`].
//!
//! - [`core`]: the ground — messages, choices, commands as typed, text, settings.
//! - [`app`]: the engine (one transaction per message), the router, delivery, timed jobs.
//! - [`features`]: one module per feature, seeing only [`features::kit::Ctx`].
//! - [`store`]: every SQL statement, on SQLite or PostgreSQL.
//! - [`i18n`]: Fluent texts in French and English.
//! - [`adapters`]: one module per platform.

pub mod adapters;
pub mod admin;
pub mod app;
pub mod config;
pub mod core;
pub mod demo;
pub mod features;
pub mod files;
pub mod i18n;
pub mod store;
