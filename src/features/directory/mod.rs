//! The directory of partners (pair-aidants, patients ressources…): becoming a partner,
//! coordinator review, one's own profile.

pub mod contact;
pub mod geo;
pub mod index;
pub mod onboarding;
pub mod places;
pub mod relay;
pub mod results;
pub mod search;
pub mod training;
pub mod vetting;

use super::vocabulary::Vocabulary;
use crate::features::kit::Ctx;
use crate::i18n::{I18n, Lang};
use crate::store::PartnerProfile;

/// The directory's controlled vocabularies (from `locales/*/directory.ftl`).
#[derive(Debug)]
pub struct Directory {
    /// Lived conditions.
    pub conditions: Vocabulary,
    /// Partner roles.
    pub roles: Vocabulary,
    /// Trainings.
    pub trainings: Vocabulary,
    /// Missions accepted.
    pub missions: Vocabulary,
    /// Languages spoken.
    pub languages: Vocabulary,
    /// Names that cover several roles (see [`ROLE_FAMILIES`]); searched, never ticked.
    pub role_families: Vocabulary,
}

/// Names that cover several roles, with the roles they cover. The sources present the
/// partner patient as the umbrella of the resource, trainer and researcher partner patients
/// (COPS Occitanie, « L’ETP avec les patients partenaires », 2019): a search for one finds
/// all three. Each has a `family-<key>` message in `directory.ftl`.
pub const ROLE_FAMILIES: [(&str, &[&str]); 1] = [(
    "patient-partenaire",
    &[
        "patient-ressource",
        "patient-formateur",
        "patient-chercheur",
    ],
)];

/// The roles a family covers (none for an unknown family).
pub fn family_roles(family: &str) -> &'static [&'static str] {
    ROLE_FAMILIES
        .iter()
        .find(|(key, _)| *key == family)
        .map_or(&[], |(_, roles)| roles)
}

/// Conditions close enough that someone living with one may help someone asking about
/// another: the same organ or kind of illness, the same kind of care, or the same kind of
/// disability. A search offers them, said to be related, when nobody shares a condition
/// asked. Groups may overlap (a stroke is both neurological and cardiovascular); a condition
/// in no group has no related one.
pub const RELATED_CONDITIONS: [&[&str]; 11] = [
    // Breathing.
    &["bpco", "asthme", "mucoviscidose"],
    // The nervous system.
    &[
        "sclerose-en-plaques",
        "parkinson",
        "avc",
        "epilepsie",
        "alzheimer",
    ],
    // Heart and vessels.
    &["maladie-cardiovasculaire", "avc"],
    // Metabolism.
    &["diabete-type-1", "diabete-type-2", "obesite"],
    // Kidneys and transplants.
    &["insuffisance-renale", "greffe"],
    &["cancer-du-sein", "cancer-autre"],
    // Chronic viral infections.
    &["vih", "hepatite"],
    // Inflammatory and autoimmune diseases.
    &["mici", "polyarthrite-rhumatoide", "lupus"],
    // Long-lasting pain.
    &[
        "fibromyalgie",
        "douleur-chronique",
        "polyarthrite-rhumatoide",
    ],
    // Mental health.
    &[
        "depression",
        "trouble-bipolaire",
        "schizophrenie",
        "troubles-anxieux",
        "addictions",
        "tca",
    ],
    // Disability.
    &[
        "handicap-enfant",
        "handicap-moteur",
        "handicap-sensoriel",
        "autisme",
    ],
];

/// The conditions related to those asked (see [`RELATED_CONDITIONS`]), the asked ones left
/// out, each once, in table order.
pub fn related_conditions(asked: &[String]) -> Vec<String> {
    let mut related: Vec<String> = Vec::new();
    for group in RELATED_CONDITIONS {
        if group.iter().any(|k| asked.iter().any(|a| a == k)) {
            for key in group {
                if !asked.iter().any(|a| a == key) && !related.iter().any(|r| r == key) {
                    related.push((*key).to_owned());
                }
            }
        }
    }
    related
}

/// The file holding the vocabularies.
const FILE: &str = "directory.ftl";

impl Directory {
    /// Loads every vocabulary.
    pub fn load(i18n: &I18n) -> Self {
        Directory {
            conditions: Vocabulary::load(i18n, FILE, "condition-"),
            roles: Vocabulary::load(i18n, FILE, "role-"),
            trainings: Vocabulary::load(i18n, FILE, "training-"),
            missions: Vocabulary::load(i18n, FILE, "mission-"),
            languages: Vocabulary::load(i18n, FILE, "language-"),
            role_families: Vocabulary::load(i18n, FILE, "family-"),
        }
    }
}

/// A partner's training in words; "—" when none was given (an imported profile may have
/// none).
pub fn training_label(i18n: &I18n, lang: Lang, dir: &Directory, training: &str) -> String {
    if training.is_empty() {
        i18n.text(lang, "partner-field-empty")
    } else {
        dir.trainings.label(i18n, lang, training)
    }
}

/// Labels of `keys` in `vocabulary`, joined for reading.
fn labels(i18n: &I18n, lang: Lang, vocabulary: &Vocabulary, keys: &[String]) -> String {
    keys.iter()
        .map(|k| vocabulary.label(i18n, lang, k))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Condition labels of `keys` in the reader's language, joined for reading.
pub fn condition_labels(ctx: &Ctx<'_>, keys: &[String]) -> String {
    let engine = ctx.services();
    labels(
        engine.i18n(),
        ctx.lang,
        &engine.directory().conditions,
        keys,
    )
}

/// A department as people read it: "Haute-Garonne (31)" (the code alone if unknown).
pub fn department_label(code: &str) -> String {
    match geo::department(code) {
        Some(d) => format!("{} ({})", d.name, d.code),
        None => code.to_owned(),
    }
}

/// Where a partner acts, for reading: department names, and "online".
pub fn places(ctx: &Ctx<'_>, profile: &PartnerProfile) -> String {
    let mut parts: Vec<String> = profile
        .departments
        .iter()
        .map(|code| department_label(code))
        .collect();
    if profile.online {
        parts.push(ctx.t("partner-online"));
    }
    parts.join(", ")
}

/// A profile as a person reads it (summary before sending, review, `/profil`).
pub fn describe(ctx: &Ctx<'_>, profile: &PartnerProfile) -> String {
    let engine = ctx.services();
    let (i18n, dir, lang) = (engine.i18n(), engine.directory(), ctx.lang);
    let mut conditions = labels(i18n, lang, &dir.conditions, &profile.conditions);
    if !profile.extra_conditions.is_empty() {
        if !conditions.is_empty() {
            conditions.push_str(", ");
        }
        conditions.push_str(&profile.extra_conditions);
    }
    let none = ctx.t("partner-field-empty");
    let or_none = |s: &str| {
        if s.trim().is_empty() {
            none.clone()
        } else {
            s.to_owned()
        }
    };
    let rows = [
        ("partner-field-pseudonym", profile.pseudonym.clone()),
        (
            "partner-field-roles",
            labels(i18n, lang, &dir.roles, &profile.roles),
        ),
        ("partner-field-conditions", conditions),
        ("partner-field-places", places(ctx, profile)),
        (
            "partner-field-languages",
            labels(i18n, lang, &dir.languages, &profile.languages),
        ),
        (
            "partner-field-training",
            training_label(i18n, lang, dir, &profile.training),
        ),
        (
            "partner-field-missions",
            labels(i18n, lang, &dir.missions, &profile.missions),
        ),
        ("partner-field-availability", or_none(&profile.availability)),
        ("partner-field-bio", or_none(&profile.bio)),
        ("partner-field-association", or_none(&profile.association)),
    ];
    rows.iter()
        .map(|(id, value)| {
            ctx.t_args(
                "partner-field-line",
                &crate::i18n::args([("label", ctx.t(id)), ("value", value.clone())]),
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "directory",
    commands: &[
        crate::features::commands::Command::Find,
        crate::features::commands::Command::BecomePartner,
        crate::features::commands::Command::Profile,
        crate::features::commands::Command::Pause,
        crate::features::commands::Command::ToReview,
        crate::features::commands::Command::Approve,
        crate::features::commands::Command::Refuse,
        crate::features::commands::Command::Requests,
        crate::features::commands::Command::End,
    ],
    actions: &[
        onboarding::PartnerAction::PREFIX,
        vetting::ReviewAction::PREFIX,
        vetting::ProfileAction::PREFIX,
        search::FindAction::PREFIX,
        contact::ContactAction::PREFIX,
    ],
    dialogues: &[
        crate::features::feature::Dialogue::form(onboarding::DIALOGUE),
        crate::features::feature::Dialogue::plain(search::DIALOGUE),
        crate::features::feature::Dialogue::plain(search::GUIDED_DIALOGUE),
        crate::features::feature::Dialogue::plain(contact::MESSAGE_DIALOGUE),
        crate::features::feature::Dialogue::plain(contact::RELAY_DIALOGUE),
        crate::features::feature::Dialogue::plain(vetting::DIALOGUE),
    ],
    jobs: &[crate::features::feature::Job {
        name: "contacts_expire",
        every: std::time::Duration::from_secs(600),
        run: contact::expire_job,
    }],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn related_conditions_are_known_conditions() {
        let dir = Directory::load(&I18n::load().unwrap());
        for key in RELATED_CONDITIONS.iter().flat_map(|g| g.iter()) {
            assert!(
                dir.conditions.keys().iter().any(|k| k == key),
                "{key} is not a condition"
            );
        }
    }

    #[test]
    fn related_conditions_leave_out_those_asked() {
        let asked = |keys: &[&str]| keys.iter().map(|k| (*k).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            related_conditions(&asked(&["asthme"])),
            asked(&["bpco", "mucoviscidose"])
        );
        // A stroke is in two groups; each related condition comes once.
        let stroke = related_conditions(&asked(&["avc", "parkinson"]));
        assert!(stroke.contains(&"maladie-cardiovasculaire".to_owned()));
        assert!(!stroke.iter().any(|k| k == "avc" || k == "parkinson"));
        let unique: std::collections::HashSet<&String> = stroke.iter().collect();
        assert_eq!(unique.len(), stroke.len());
        assert!(related_conditions(&asked(&["proche-aidant"])).is_empty());
    }
}
