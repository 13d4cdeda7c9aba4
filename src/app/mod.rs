//! The application: composes the features and runs them — the engine handles each message
//! in one transaction ([`engine`]), the router walks the features' commands and choices
//! ([`router`]), the outbox is delivered ([`delivery`]) and timed jobs run ([`jobs`]).
//!
//! Adapters reach the store only through the engine (and its adapter-state seam).

pub mod actions;
mod delivery;
mod engine;
mod jobs;
mod metrics;
pub mod router;
mod seam;

pub use engine::{EVENTS_RECOGNISED_FOR, Engine, EngineError};
pub use metrics::{ALIVE_FOR, Health, STUCK_AFTER};
pub use seam::AdapterState;

use crate::features::feature::{Dialogue, Feature, Job};
use crate::features::{
    broadcast, directory, engagement, etp, glossary, help, journal, language, moderation,
    onboarding, partnership, permanence, privacy, quiz, reports, roles, safety, stats,
};

/// Every feature of the bot, as each describes itself; the router's own conversation
/// commands and actions first.
pub const FEATURES: &[&Feature] = &[
    &router::CONVERSATION,
    &onboarding::FEATURE,
    &help::FEATURE,
    &language::FEATURE,
    &glossary::FEATURE,
    &quiz::FEATURE,
    &privacy::FEATURE,
    &safety::FEATURE,
    &directory::FEATURE,
    &permanence::FEATURE,
    &permanence::feedback::FEATURE,
    &etp::FEATURE,
    &engagement::FEATURE,
    &journal::FEATURE,
    &roles::FEATURE,
    &stats::FEATURE,
    &partnership::FEATURE,
    &broadcast::FEATURE,
    &reports::FEATURE,
    &moderation::FEATURE,
];

/// The dialogue kind `kind`, if a feature declares it.
pub fn dialogue(kind: &str) -> Option<&'static Dialogue> {
    FEATURES
        .iter()
        .flat_map(|f| f.dialogues.iter())
        .find(|d| d.kind == kind)
}

/// Every timed job of every feature.
pub fn jobs() -> impl Iterator<Item = &'static Job> {
    FEATURES.iter().flat_map(|f| f.jobs.iter())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::commands::COMMANDS;
    use crate::i18n::{I18n, Lang};

    fn unique(names: Vec<&str>, what: &str) {
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), names.len(), "{what} repeated: {names:?}");
    }

    #[test]
    fn feature_names_dialogues_and_jobs_are_unique() {
        unique(FEATURES.iter().map(|f| f.name).collect(), "feature names");
        unique(
            FEATURES
                .iter()
                .flat_map(|f| f.dialogues.iter().map(|d| d.kind))
                .collect(),
            "dialogue kinds",
        );
        unique(jobs().map(|j| j.name).collect(), "job names");
    }

    #[test]
    fn every_command_belongs_to_exactly_one_feature() {
        for spec in COMMANDS {
            let owners: Vec<_> = FEATURES
                .iter()
                .filter(|f| f.commands.contains(&spec.command))
                .map(|f| f.name)
                .collect();
            assert_eq!(owners.len(), 1, "/{} is in {owners:?}", spec.name());
        }
        let declared: usize = FEATURES.iter().map(|f| f.commands.len()).sum();
        assert_eq!(declared, COMMANDS.len());
    }

    #[test]
    fn the_features_declare_every_action_kind_the_router_reads() {
        let mut declared: Vec<&str> = FEATURES
            .iter()
            .flat_map(|f| f.actions.iter().copied())
            .collect();
        let mut routed = actions::Action::PREFIXES.to_vec();
        declared.sort_unstable();
        routed.sort_unstable();
        assert_eq!(declared, routed);
    }

    #[test]
    fn every_dialogue_has_a_name_in_both_languages() {
        let i18n = I18n::load().unwrap();
        for dialogue in FEATURES.iter().flat_map(|f| f.dialogues.iter()) {
            let id = format!("data-kind-{}", dialogue.kind.replace('_', "-"));
            for lang in [Lang::Fr, Lang::En] {
                assert!(i18n.has(lang, &id), "{id} ({lang:?})");
            }
        }
    }
}
