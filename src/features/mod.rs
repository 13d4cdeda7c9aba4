//! Core features, one module each. They only see [`crate::core::Ctx`], never a platform.

pub mod broadcast;
pub mod directory;
pub mod etp;
pub mod glossary;
pub mod help;
pub mod journal;
pub mod language;
pub mod moderation;
pub mod onboarding;
pub mod permanence;
pub mod privacy;
pub mod quiz;
pub mod reports;
pub mod roles;
pub mod safety;
pub mod stats;
pub mod vocabulary;
