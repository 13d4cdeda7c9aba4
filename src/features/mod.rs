//! The features, one module each. They stand on [`kit`] (the [`kit::Ctx`] of a message and
//! the shared [`kit::Services`]) and the store, never on a platform or the application.

pub mod broadcast;
pub mod commands;
pub mod directory;
pub mod engagement;
pub mod etp;
pub mod feature;
pub mod form;
pub mod glossary;
pub mod help;
pub mod journal;
pub mod kit;
pub mod language;
pub mod moderation;
pub mod onboarding;
pub mod partnership;
pub mod permanence;
pub mod privacy;
pub mod quiz;
pub mod reports;
pub mod retention;
pub mod roles;
pub mod safety;
pub mod stats;
pub mod vocabulary;
