//! Honest results (issue 20): `/chercher`, `/permanences` and `/etp` count only what
//! answers everything asked, say in words which part nobody answers, and introduce the
//! nearest ones as such, each with its reason; on SQLite and PostgreSQL, on the demo data.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb};
use pairbot::features::directory::Directory;
use pairbot::i18n::I18n;

/// The reply as plain text: typographic apostrophes and narrow spaces made plain.
async fn ask(h: &Harness, text: &str) -> String {
    h.say_text("pat", text)
        .await
        .replace('\u{2019}', "'")
        .replace(['\u{a0}', '\u{202f}'], " ")
}

/// The cards of a result list (the blocks with `marker`), each with whether it comes after
/// the nearest-ones heading, and whether it carries a reason line.
fn cards<'a>(reply: &'a str, marker: &str, nearest: &str) -> Vec<(&'a str, bool, bool)> {
    // When nothing answers everything, every card is one of the nearest.
    let mut after = nothing_full(reply);
    let mut found = Vec::new();
    for block in reply.split("\n\n") {
        if block.starts_with(nearest) || block.contains(&format!(" {nearest}")) {
            after = true;
        }
        if block.contains(marker) {
            found.push((block, after, block.contains("\nPourquoi ")));
        }
    }
    found
}

/// Whether the reply starts by saying that nothing answers everything asked.
fn nothing_full(reply: &str) -> bool {
    ["Aucun", "Personne", "Je ne connais"]
        .iter()
        .any(|none| reply.starts_with(none))
}

/// The number at the start of the first line, or 1 for "Une"/"Un".
fn count(reply: &str) -> usize {
    let first = reply.split_whitespace().next().unwrap_or_default();
    match first {
        "Une" | "Un" => 1,
        n => n
            .parse()
            .unwrap_or_else(|_| panic!("a count first: {reply}")),
    }
}

/// Full answers are counted and come first without a reason; the nearest follow, under
/// their heading, each with why it is shown.
fn assert_honest(reply: &str, marker: &str, nearest: &str) {
    let cards = cards(reply, marker, nearest);
    assert!(!cards.is_empty(), "{reply}");
    let full = cards.iter().take_while(|(_, after, _)| !after).count();
    if nothing_full(reply) {
        assert_eq!(full, 0, "{reply}");
    } else {
        assert_eq!(
            count(reply),
            full,
            "the count counts full answers only: {reply}"
        );
    }
    for (card, after, why) in &cards {
        assert_eq!(
            after, why,
            "a reason exactly for the nearest ones: {card}\n{reply}"
        );
    }
}

/// The demo directory, permanences and programmes.
async fn demo(h: &Harness) {
    let store = h.engine.store();
    let now = pairbot::store::now();
    pairbot::demo::load(store).await.unwrap();
    pairbot::demo::load_permanences(store, now).await.unwrap();
    pairbot::demo::load_programmes(store, now).await.unwrap();
}

/// The French label of a condition.
fn label(key: &str) -> String {
    let i18n = I18n::load().unwrap();
    Directory::load(&i18n)
        .conditions
        .label(&i18n, pairbot::i18n::Lang::Fr, key)
}

async fn directory_search_says_what_really_matches(db: &TestDb) {
    let h = Harness::new(db).await;
    h.consent("pat").await;
    // A condition nobody has, anywhere (a directory without it): said in words, nobody
    // passed off as a match.
    let reply = ask(&h, "/chercher mucoviscidose Toulouse").await;
    let absent = label("mucoviscidose");
    assert!(
        reply.starts_with(&format!(
            "Personne dans l'annuaire n'a encore indiqué « {absent} »"
        )),
        "{reply}"
    );
    assert!(!reply.contains("\nOù : "), "{reply}");
    demo(&h).await;
    let nearest = "Voici aussi les profils les plus proches";
    // The place matches nobody with the condition: said first, then the nearest.
    let reply = ask(&h, "/chercher BPCO Bordeaux").await;
    let copd = label("bpco");
    assert!(
        reply.starts_with(&format!(
            "Aucun profil ne réunit « {copd} » et « Gironde (33) »"
        )),
        "{reply}"
    );
    assert!(!reply.contains("correspond"), "{reply}");
    for (card, _, why) in cards(&reply, "\nOù : ", nearest) {
        assert!(why && !card.contains("Gironde"), "{card}");
    }
    // A condition nobody has, with a related one in the directory: nobody is said to have
    // it, and those living with the related one follow, each said to be related.
    let reply = ask(&h, "/chercher asthme").await;
    let asthma = label("asthme");
    assert!(
        reply.starts_with(&format!(
            "Personne dans l'annuaire n'a encore indiqué « {asthma} »"
        )),
        "{reply}"
    );
    let related = cards(&reply, "\nOù : ", nearest);
    assert!(!related.is_empty(), "{reply}");
    // Both other breathing conditions are in the demo directory.
    let related_labels = [copd.clone(), label("mucoviscidose")];
    for (card, _, why) in &related {
        assert!(*why, "{card}");
        assert!(
            related_labels.iter().any(|l| card.contains(&format!(
                "Pourquoi ce profil : une maladie ou une situation proche de votre recherche : « {l} »"
            ))),
            "{card}"
        );
    }
    assert!(related.iter().any(|(c, _, _)| c.contains(&copd)), "{reply}");
    // Someone sharing a condition asked comes before anyone with only a related one.
    let reply = ask(&h, "/chercher asthme SEP").await;
    let cards_in_order = cards(&reply, "\nOù : ", nearest);
    let first_related = cards_in_order
        .iter()
        .position(|(c, _, _)| c.contains("proche de votre recherche"));
    let last_shared = cards_in_order
        .iter()
        .rposition(|(c, _, _)| c.contains("en commun avec votre recherche"));
    assert!(
        matches!((last_shared, first_related), (Some(s), Some(r)) if s < r),
        "{reply}"
    );
    // Named conditions all count: carers of a disabled child first, other carers after.
    let reply = ask(&h, "/chercher aidant handicap enfant").await;
    assert_honest(&reply, "\nOù : ", nearest);
    assert!(
        reply.contains("en commun avec votre recherche : « Aider un proche"),
        "{reply}"
    );
    let full = cards(&reply, "\nOù : ", nearest);
    assert!(
        full.iter()
            .filter(|(_, after, _)| !after)
            .all(|(c, _, _)| c.contains("Handicap de l'enfant")),
        "{reply}"
    );
    // A place and a condition both answered.
    let reply = ask(&h, "/chercher SEP Toulouse").await;
    assert!(
        reply.starts_with("Une personne correspond à tout"),
        "{reply}"
    );
    assert_honest(&reply, "\nOù : ", nearest);
    // An unknown word beside a place: said to be unknown; the others shown are not matches.
    let reply = ask(&h, "/chercher glaucome Lyon").await;
    assert!(
        reply.starts_with("Je ne connais pas « glaucome »"),
        "{reply}"
    );
    assert!(reply.contains("quelle que soit leur expérience"), "{reply}");
    assert!(!reply.contains("correspondent à tout"), "{reply}");
    // A word close to known names is said to be unknown, with those names suggested.
    let reply = ask(&h, "/chercher diabetiqu Lyon").await;
    assert!(
        reply.starts_with("Je ne connais pas « diabetiqu »"),
        "{reply}"
    );
    assert!(
        reply.contains("Vouliez-vous dire « Diabète de type 1 » ou « Diabète de type 2 »"),
        "{reply}"
    );
    h.close().await;
}

async fn permanence_search_says_what_really_matches(db: &TestDb) {
    let h = Harness::new(db).await;
    demo(&h).await;
    h.consent("pat").await;
    let nearest = "Voici aussi les plus proches";
    // The condition has a permanence, but online only: not a match for Lyon.
    let reply = ask(&h, "/permanences diabète Lyon").await;
    assert!(
        reply.starts_with("Aucune permanence ne correspond à tout ce que vous avez demandé"),
        "{reply}"
    );
    assert!(
        reply.contains("Pourquoi la proposer : rencontres en ligne."),
        "{reply}"
    );
    // Both answered.
    let reply = ask(&h, "/permanences SEP Toulouse").await;
    assert!(
        reply.starts_with("Une permanence correspond à tout"),
        "{reply}"
    );
    assert_honest(&reply, "\nQuand : ", nearest);
    // A condition no permanence covers, nor any related one.
    let reply = ask(&h, "/permanences mucoviscidose").await;
    assert!(reply.contains("pas trouvé de permanence"), "{reply}");
    // A condition no permanence covers, with one for a related condition.
    let reply = ask(&h, "/permanences Parkinson").await;
    assert!(
        reply.starts_with("Aucune permanence ne correspond"),
        "{reply}"
    );
    assert_honest(&reply, "\nQuand : ", nearest);
    assert!(
        reply.contains("une maladie ou une situation proche de votre recherche"),
        "{reply}"
    );
    // An unknown word beside a place.
    let reply = ask(&h, "/permanences glaucome Toulouse").await;
    assert!(
        reply.starts_with("Je ne connais pas « glaucome »"),
        "{reply}"
    );
    assert!(reply.contains("Aucune permanence ne correspond"), "{reply}");
    h.close().await;
}

async fn programme_search_says_what_really_matches(db: &TestDb) {
    let h = Harness::new(db).await;
    demo(&h).await;
    h.consent("pat").await;
    let nearest = "Voici aussi les plus proches";
    let reply = ask(&h, "/etp diabète 31").await;
    assert!(
        reply.starts_with("Un programme correspond à tout"),
        "{reply}"
    );
    assert_honest(&reply, "\nPour : ", nearest);
    // Somewhere else in the region, or nowhere near: never counted as a match.
    for text in [
        "/etp diabète Tarn",
        "/etp asthme Lyon",
        "/etp diabète Lille",
    ] {
        let reply = ask(&h, text).await;
        assert!(
            !reply.starts_with("Un programme correspond"),
            "{text}: {reply}"
        );
        assert!(
            !reply.contains("programmes correspondent"),
            "{text}: {reply}"
        );
        if reply.contains("\nPour : ") {
            assert!(
                reply.starts_with("Aucun programme ne correspond"),
                "{reply}"
            );
            assert_honest(&reply, "\nPour : ", nearest);
        }
    }
    let reply = ask(&h, "/etp glaucome Toulouse").await;
    assert!(
        reply.starts_with("Je ne connais pas « glaucome »"),
        "{reply}"
    );
    // No programme for the condition; one for a related condition is offered as such.
    let reply = ask(&h, "/etp BPCO").await;
    assert!(
        reply.starts_with("Aucun programme ne correspond"),
        "{reply}"
    );
    assert_honest(&reply, "\nPour : ", nearest);
    assert!(
        reply.contains(&format!(
            "une maladie ou une situation proche de votre recherche : « {} »",
            label("asthme")
        )),
        "{reply}"
    );
    h.close().await;
}

on_every_backend!(
    directory_search_says_what_really_matches,
    permanence_search_says_what_really_matches,
    programme_search_says_what_really_matches,
);
