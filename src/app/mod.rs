//! The application: composes the features and runs them — the engine handles each message
//! in one transaction ([`engine`]), the router walks the features' commands and choices
//! ([`router`]), the outbox is delivered ([`delivery`]) and timed jobs run ([`jobs`]).
//!
//! Adapters reach the store only through the engine (and its adapter-state seam).

mod delivery;
mod engine;
mod jobs;
pub mod router;

pub use engine::{Engine, EngineError};
