//! The words of the domain the bot shows (partner roles, trainings, missions, the steps of
//! patient education) each have a glossary entry, so that `/definition` explains every
//! term a person meets in the directory, the missions and the ETP texts.

use pairbot::features::directory::Directory;
use pairbot::features::etp::missions::KINDS;
use pairbot::features::glossary::Glossary;
use pairbot::features::vocabulary::Lookup;
use pairbot::i18n::{I18n, Lang};

/// Keys whose labels are everyday words, not terms of the field: nothing to define.
const PLAIN_WORDS: [&str; 4] = [
    "training-none",
    "training-other",
    "mission-ecoute",
    "mission-accompagnement",
];

/// Terms the ETP texts use that are not labels of a list.
const ETP_TERMS: [(&str, &str); 8] = [
    ("fr", "bilan éducatif partagé"),
    ("fr", "BEP"),
    ("fr", "éducation thérapeutique"),
    ("fr", "fiche de mission"),
    ("fr", "patients partenaires"),
    ("en", "shared educational assessment"),
    ("en", "partner patients"),
    ("en", "mission sheet"),
];

/// A label without its qualifier in brackets: "Gouvernance (conseils, comités)".
fn term_of(label: &str) -> &str {
    label.split(" (").next().unwrap_or(label).trim()
}

fn defined(glossary: &Glossary, term: &str) -> bool {
    matches!(glossary.lookup(term), Lookup::Found(_))
}

#[test]
fn every_domain_label_has_a_glossary_entry() {
    let i18n = I18n::load().expect("locales");
    let glossary = Glossary::load(&i18n).expect("glossary");
    let dir = Directory::load(&i18n);
    let mut missing = Vec::new();
    let mut checked = 0;
    for lang in Lang::ALL {
        let lists = [
            ("role-", &dir.roles),
            ("family-", &dir.role_families),
            ("training-", &dir.trainings),
            ("mission-", &dir.missions),
        ];
        for (prefix, vocabulary) in lists {
            for key in vocabulary.keys() {
                if PLAIN_WORDS.contains(&format!("{prefix}{key}").as_str()) {
                    continue;
                }
                let label = vocabulary.label(&i18n, lang, key);
                checked += 1;
                if !defined(&glossary, term_of(&label)) {
                    missing.push(format!("{prefix}{key} ({}): {label}", lang.code()));
                }
            }
        }
        for kind in KINDS {
            let label = i18n.text(lang, &format!("mission-kind-{kind}"));
            checked += 1;
            if !defined(&glossary, term_of(&label)) {
                missing.push(format!("mission-kind-{kind} ({}): {label}", lang.code()));
            }
        }
    }
    assert!(checked > 40, "{checked} labels checked");
    assert!(missing.is_empty(), "no glossary entry for: {missing:#?}");
}

#[test]
fn the_terms_of_the_etp_texts_have_entries() {
    let i18n = I18n::load().expect("locales");
    let glossary = Glossary::load(&i18n).expect("glossary");
    for (lang, term) in ETP_TERMS {
        // The term is really used by the texts, so the list cannot drift into words no
        // one reads.
        let file = std::fs::read_to_string(format!("locales/{lang}/etp.ftl")).unwrap();
        assert!(
            file.to_lowercase().contains(&term.to_lowercase()),
            "{term:?} is not used in locales/{lang}/etp.ftl"
        );
        assert!(defined(&glossary, term), "no glossary entry for {term:?}");
    }
}

#[test]
fn a_partner_patient_search_covers_the_three_kinds() {
    let i18n = I18n::load().expect("locales");
    let dir = Directory::load(&i18n);
    for query in [
        "patient partenaire Lyon",
        "patientes partenaires",
        "partner patient",
    ] {
        let criteria = pairbot::features::directory::search::parse(&dir, query, false);
        let mut roles = criteria.roles.clone();
        roles.sort();
        assert_eq!(
            roles,
            [
                "patient-chercheur",
                "patient-formateur",
                "patient-ressource"
            ],
            "{query:?}"
        );
        assert_eq!(criteria.role_family.as_deref(), Some("patient-partenaire"));
        // The words of the family are not read as a condition or an unknown word.
        assert!(criteria.conditions.is_empty(), "{criteria:?}");
        assert!(criteria.unknown.is_empty(), "{criteria:?}");
    }
    // A role named within it stays that role.
    let criteria = pairbot::features::directory::search::parse(&dir, "patient ressource", false);
    assert_eq!(criteria.roles, ["patient-ressource"]);
    assert_eq!(criteria.role_family, None);
}
