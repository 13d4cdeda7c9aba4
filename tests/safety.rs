//! The safety net: emergencies recognised the way people write them, the right help first,
//! and a call back from the coordination only when the person says yes.

mod common;

use common::*;
use pairbot::core::Outgoing;
use pairbot::core::settings::Settings;
use pairbot::core::{Platform, UserId};
use pairbot::features::safety::{Category, assess};

/// The first emergency number a reply gives.
fn first_number(text: &str) -> Option<&'static str> {
    const NUMBERS: [&str; 8] = [
        "3114",
        "3919",
        "119",
        "112",
        "114",
        "15",
        "17",
        "09 72 39 40 50",
    ];
    // Numbers are written "le 15", "le 3114": take the earliest of them in the text.
    NUMBERS
        .iter()
        .filter_map(|n| {
            text.match_indices(n)
                .find(|(i, _)| {
                    let before = text[..*i].chars().next_back();
                    let after = text[i + n.len()..].chars().next();
                    !before.is_some_and(|c| c.is_ascii_digit())
                        && !after.is_some_and(|c| c.is_ascii_digit())
                })
                .map(|(i, _)| (i, *n))
        })
        .min()
        .map(|(_, n)| n)
}

fn for_person<'a>(out: &'a [Outgoing], user: &str) -> Vec<&'a Outgoing> {
    out.iter()
        .filter(|m| m.user == UserId(user.into()))
        .collect()
}

async fn each_kind_of_emergency_gets_its_number_first(db: &TestDb) {
    let h = Harness::new(db).await;
    for (text, number) in [
        ("il a pris un couteau et il dit qu'il va me tuer", "17"),
        (
            "mon père a la bouche de travers et il arrive plus à parler",
            "15",
        ),
        (
            "j'ai avalé toute la plaquette de lexomil il y a une heure",
            "15",
        ),
        (
            "jsuis un poids pour tout le monde, ils seraient mieux sans moi",
            "3114",
        ),
        ("je me scarifie encore les bras ce soir", "3114"),
        (
            "mon conjoint m'a étranglée hier soir, j'ose pas rentrer",
            "3919",
        ),
        (
            "le voisin frappe ses enfants tous les soirs, j'entends tout",
            "119",
        ),
        ("I can't breathe and my chest hurts so much", "15"),
        (
            "personne à qui parler, je pleure tout le temps",
            "09 72 39 40 50",
        ),
    ] {
        let out = h.say("p", text).await;
        assert_eq!(out.len(), 1, "{text}: {}", texts(&out));
        assert_eq!(
            first_number(&out[0].text),
            Some(number),
            "{text}: {}",
            out[0].text
        );
        assert!(out[0].text.contains("114"), "{text}: no 114 line");
    }
    // Nothing was stored about the person: no consent, no record of what they wrote.
    assert_eq!(h.rows("choice_sets", "p").await, 0);
    h.close().await;
}

async fn everyday_idioms_stay_quiet(db: &TestDb) {
    let h = Harness::new(db).await;
    for text in [
        "je suis morte de fatigue après cette journée",
        "je veux en finir avec ces démarches de la MDPH",
        "on joue aux cartes pour tuer le temps à l'hôpital",
        "j'ai peur de ne plus me réveiller après l'anesthésie",
        "je n'ai pas envie de mourir, je veux vivre mieux avec ma SEP",
    ] {
        let reply = h.say_text("q", text).await;
        assert!(
            !reply.contains("3114") && !reply.contains(" 15 "),
            "{text}: {reply}"
        );
    }
    h.close().await;
}

async fn a_call_back_is_offered_and_told_only_on_yes(db: &TestDb) {
    let h = Harness::with_settings(db, staff()).await;
    let out = h
        .say("rose_42", "j'ai envie de mourir, je ne vois plus d'issue")
        .await;
    let mine = for_person(&out, "rose_42");
    assert_eq!(mine.len(), 2, "{}", texts(&out));
    assert_eq!(first_number(&mine[0].text), Some("3114"));
    assert!(mine[1].text.contains("recontacte"), "{}", mine[1].text);
    assert_eq!(mine[1].choices.len(), 2);
    // Nobody else heard of it.
    assert!(
        out.iter().all(|m| m.user == UserId("rose_42".into())),
        "{}",
        texts(&out)
    );

    // "non": nobody is told.
    let out = h.say("rose_42", "non").await;
    assert!(
        out.iter().all(|m| m.user == UserId("rose_42".into())),
        "{}",
        texts(&out)
    );
    assert!(texts(&out).contains("/urgence"), "{}", texts(&out));

    // Again, and "oui" this time: the coordinators hear who and where, not the text.
    h.say("rose_42", "je veux me foutre en l'air ce soir").await;
    let out = h.say("rose_42", "oui").await;
    let told: Vec<_> = out
        .iter()
        .filter(|m| m.user != UserId("rose_42".into()))
        .collect();
    let mut coordinators: Vec<_> = told.iter().map(|m| m.user.0.as_str()).collect();
    coordinators.sort_unstable();
    assert_eq!(coordinators, ["admin", "coord"], "{}", texts(&out));
    for notice in &told {
        assert!(notice.text.contains("rappel"), "{}", notice.text);
        // Who to call back: on the console, the id is the address.
        assert!(notice.text.contains("rose_42"), "{}", notice.text);
        assert!(
            !notice.text.contains("foutre"),
            "the text leaked: {}",
            notice.text
        );
        assert!(notice.chat.is_none());
    }
    let mine = for_person(&out, "rose_42");
    assert!(mine[0].text.contains("transmis"), "{}", mine[0].text);
    h.close().await;
}

async fn the_call_back_goes_to_the_coordinators_room_when_there_is_one(db: &TestDb) {
    let settings = Settings {
        audit_room: Some((Platform::Console, "coordos".into())),
        ..staff()
    };
    let h = Harness::with_settings(db, settings).await;
    let out = h.say("t", "I want to kill myself").await;
    let data = choice_labelled(&out, "Oui");
    let out = h.press("t", &data).await;
    let room: Vec<_> = out.iter().filter(|m| m.chat.is_some()).collect();
    assert_eq!(room.len(), 1, "{}", texts(&out));
    assert_eq!(room[0].chat.as_ref().map(|c| c.0.as_str()), Some("coordos"));
    assert!(!room[0].text.contains("kill"), "{}", room[0].text);
    assert_eq!(for_person(&out, "coord").len(), 0, "not also privately");
    h.close().await;
}

async fn a_blocked_person_gets_the_numbers_without_the_offer(db: &TestDb) {
    let h = Harness::with_settings(db, staff()).await;
    h.say("coord", "/bloquer console:b insultes répétées").await;
    let out = h.say("b", "j'ai avalé 30 cachets").await;
    let mine = for_person(&out, "b");
    assert_eq!(first_number(&mine[0].text), Some("15"), "{}", texts(&out));
    assert!(mine.iter().all(|m| m.choices.is_empty()), "{}", texts(&out));
    h.close().await;
}

on_every_backend!(
    each_kind_of_emergency_gets_its_number_first,
    everyday_idioms_stay_quiet,
    a_call_back_is_offered_and_told_only_on_yes,
    the_call_back_goes_to_the_coordinators_room_when_there_is_one,
    a_blocked_person_gets_the_numbers_without_the_offer,
);

/// The project's own evaluation: crisis phrasings and ordinary sentences written
/// independently of the detector (`tests/data/safety/`).
mod evaluation {
    use super::*;

    fn lines(file: &str) -> Vec<String> {
        let path = format!("{}/tests/data/safety/{file}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("{path}: {e}"))
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(str::to_owned)
            .collect()
    }

    struct Figures {
        crises: usize,
        detected: usize,
        right_category: usize,
        ordinary: usize,
        false_alarms: usize,
    }

    fn evaluate(crisis_file: &str, ordinary_file: &str) -> Figures {
        let mut per_category: Vec<(Category, usize, usize, usize)> = Vec::new();
        let (mut crises, mut detected, mut right) = (0, 0, 0);
        let mut missed = Vec::new();
        for line in lines(crisis_file) {
            let (name, text) = line.split_once('\t').expect("category<TAB>message");
            let category = Category::parse(name).unwrap_or_else(|| panic!("category {name}"));
            let found = assess(text);
            crises += 1;
            let hit = !found.is_empty();
            let fits = found.contains(category);
            detected += usize::from(hit);
            right += usize::from(fits);
            if !hit {
                missed.push(format!("{name}: {text}"));
            }
            match per_category.iter_mut().find(|(c, ..)| *c == category) {
                Some(row) => {
                    row.1 += 1;
                    row.2 += usize::from(hit);
                    row.3 += usize::from(fits);
                }
                None => per_category.push((category, 1, usize::from(hit), usize::from(fits))),
            }
        }
        let ordinary = lines(ordinary_file);
        let alarms: Vec<&String> = ordinary.iter().filter(|t| !assess(t).is_empty()).collect();
        println!("{crisis_file}: category | messages | detected | right category");
        for (category, n, hit, fits) in &per_category {
            println!("  {} | {n} | {hit} | {fits}", category.name());
        }
        println!(
            "  all | {crises} | {detected} ({:.1} %) | {right} ({:.1} %)",
            100.0 * detected as f64 / crises as f64,
            100.0 * right as f64 / crises as f64
        );
        println!(
            "{ordinary_file}: {} sentences, {} false alarms ({:.1} %)",
            ordinary.len(),
            alarms.len(),
            100.0 * alarms.len() as f64 / ordinary.len() as f64
        );
        for m in &missed {
            println!("  missed: {m}");
        }
        for a in &alarms {
            println!("  false alarm: {a}");
        }
        Figures {
            crises,
            detected,
            right_category: right,
            ordinary: ordinary.len(),
            false_alarms: alarms.len(),
        }
    }

    #[test]
    fn recall_and_false_alarms_on_the_evaluation_set() {
        let f = evaluate("crisis.tsv", "ordinary.txt");
        assert!(f.crises >= 300 && f.ordinary >= 300, "the set is too small");
        assert!(
            f.detected * 100 >= f.crises * 97,
            "recall {} / {}",
            f.detected,
            f.crises
        );
        assert!(
            f.right_category * 100 >= f.crises * 90,
            "right category {} / {}",
            f.right_category,
            f.crises
        );
        assert!(
            f.false_alarms * 100 <= f.ordinary,
            "false alarms {} / {}",
            f.false_alarms,
            f.ordinary
        );
    }

    /// Floors for the held-out sets (per cent): a guard against a collapse, set below the
    /// figures measured when they were last reported in `docs/safety.md`.
    const HELD_OUT_RECALL: usize = 40;
    const HELD_OUT_FALSE_ALARMS: usize = 10;

    /// Sentences never used to tune the detector: the figures reported in `docs/safety.md`.
    /// The floor is lower than on the tuning set, and only guards against a collapse.
    #[test]
    fn held_out_figures() {
        for (crises, ordinary) in [
            ("heldout-crisis.tsv", "heldout-ordinary.txt"),
            ("heldout2-crisis.tsv", "heldout2-ordinary.txt"),
            ("heldout3-crisis.tsv", "heldout3-ordinary.txt"),
        ] {
            let f = evaluate(crises, ordinary);
            assert!(
                f.detected * 100 >= f.crises * HELD_OUT_RECALL,
                "{crises}: recall collapsed"
            );
            assert!(
                f.false_alarms * 100 <= f.ordinary * HELD_OUT_FALSE_ALARMS,
                "{ordinary}: false alarms"
            );
        }
    }
}
