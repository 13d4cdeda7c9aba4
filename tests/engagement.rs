//! The engagement loop (issue 24), on SQLite and PostgreSQL: hosts mark who came to a
//! permanence, `/stats` counts real attendance, the people who came are asked once how it
//! went, and hosts and coordinators read the answers only as aggregates above the floor.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, approved_partner, choice_labelled, texts};
use pairbot::core::{Platform, Settings, UserId};
use pairbot::features::permanence::schedule::{local_date, local_instant};
use pairbot::store::{BookingOutcome, now};

const DAY: i64 = 86_400;

fn settings() -> Settings {
    Settings {
        coordinators: vec![(Platform::Console, "coord".into())],
        ..Settings::default()
    }
}

/// A permanence hosted by `host` (a profile number) with one 30-minute slot per start;
/// returns (permanence, slots in the order given).
async fn permanence(h: &Harness, host: i64, starts: &[i64]) -> (i64, Vec<i64>) {
    common::engagement::hosted(h.engine.store(), host, starts).await
}

/// Books a place for each person (who consents first); returns the booking numbers.
async fn book(h: &Harness, slot: i64, people: &[&str]) -> Vec<i64> {
    let mut bookings = Vec::new();
    for who in people {
        h.consent(who).await;
        let mut tx = h.engine.store().begin().await.unwrap();
        let user = UserId((*who).to_owned());
        let BookingOutcome::Confirmed(b) = tx
            .book(slot, (Platform::Console, &user), now() - DAY)
            .await
            .unwrap()
        else {
            panic!("a place is free");
        };
        tx.commit().await.unwrap();
        bookings.push(b);
    }
    bookings
}

/// An approved partner on the console ("host"); returns their profile number.
async fn host(h: &Harness) -> i64 {
    approved_partner(
        h.engine.store(),
        (Platform::Console, "host"),
        "Hôte",
        "etp-40h",
    )
    .await
}

/// A permanence held `days_ago` days ago at 14:00 by a partner ("host"), booked by
/// `people`, the first `came` of them marked as come; returns (permanence, slot, bookings).
async fn held(h: &Harness, people: &[&str], came: usize, days_ago: i64) -> (i64, i64, Vec<i64>) {
    let host = host(h).await;
    let day = local_date(now() - days_ago * DAY);
    let start = local_instant(day, 14 * 60).unwrap();
    let (permanence, slots) = permanence(h, host, &[start]).await;
    let bookings = book(h, slots[0], people).await;
    let mut tx = h.engine.store().begin().await.unwrap();
    for (i, b) in bookings.iter().enumerate() {
        assert!(
            tx.mark_attendance((slots[0], *b), i < came, now())
                .await
                .unwrap()
        );
    }
    tx.commit().await.unwrap();
    (permanence, slots[0], bookings)
}

/// A host marks who came from `/mes_permanences`, by booking number, during the slot or
/// within a week; nobody else can; `/stats` counts the people marked, not the slots booked.
async fn a_host_marks_who_came(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let host = host(&h).await;
    let at = now();
    // A slot under way, one that ended nine days ago, one tomorrow.
    let (_, slots) = permanence(&h, host, &[at - 600, at - 9 * DAY, at + DAY]).await;
    let (current, old, tomorrow) = (slots[0], slots[1], slots[2]);
    let b = book(&h, current, &["ann", "bob", "cat"]).await;
    book(&h, old, &["dan"]).await;
    book(&h, tomorrow, &["eve"]).await;

    let out = h.say("host", "/mes_permanences").await;
    let manage = choice_labelled(&out, "Gérer");
    let menu = h.press("host", &manage).await;
    let mark = choice_labelled(&menu, "Noter les présences");
    // Only the slot under way can be marked: straight to it.
    let view = h.press("host", &mark).await;
    let text = texts(&view);
    assert!(
        text.contains("3 réservations ; aucune présence notée"),
        "{text}"
    );
    for n in &b {
        assert!(text.contains(&format!("n° {n} : rien de noté")), "{text}");
    }
    let came = choice_labelled(&view, &format!("N° {} : présence", b[0]));
    let view = h.press("host", &came).await;
    let text = texts(&view);
    assert!(
        text.starts_with(&format!("Présence notée pour la réservation n° {}", b[0])),
        "{text}"
    );
    assert!(
        text.contains(&format!("n° {} : présence notée", b[0])),
        "{text}"
    );
    let missed = choice_labelled(&view, &format!("N° {} : absence", b[1]));
    let view = h.press("host", &missed).await;
    // The one not marked yet: "everyone else" is offered only for two or more.
    assert!(
        !texts(&view).is_empty()
            && view.iter().all(|m| m
                .choices
                .iter()
                .all(|c| !c.label.contains("Toutes les autres"))),
        "{view:?}"
    );
    let came = choice_labelled(&view, &format!("N° {} : présence", b[2]));
    h.press("host", &came).await;
    // A mark changed back: the count follows.
    let missed = choice_labelled(&view, &format!("N° {} : absence", b[2]));
    let text = texts(&h.press("host", &missed).await);
    assert!(text.contains("une présence notée"), "{text}");
    let text = texts(&h.press("host", &came).await);
    assert!(text.contains("2 présences notées"), "{text}");

    // Someone else cannot mark, even with the data of the button.
    h.consent("zed").await;
    let text = texts(&h.press("zed", &came).await);
    assert!(text.contains("Seuls"), "{text}");
    // Too late, too early, and a booking of another slot.
    let text = texts(&h.press("host", &format!("attend:slot:{old}")).await);
    assert!(text.contains("ne peuvent plus être notées"), "{text}");
    let text = texts(&h.press("host", &format!("attend:slot:{tomorrow}")).await);
    assert!(text.contains("pas encore commencé"), "{text}");
    let text = texts(
        &h.press("host", &format!("attend:came:{current}:999999"))
            .await,
    );
    assert!(
        text.contains("pas de réservation confirmée n° 999999"),
        "{text}"
    );

    // The indicators count the people marked; the old slot was booked but nobody marked.
    let stats = h.say_text("coord", "/stats tout").await;
    assert!(
        stats.contains("au moins une présence a été notée) : 1"),
        "{stats}"
    );
    assert!(stats.contains("selon les présences notées : 2"), "{stats}");
    assert!(stats.contains("sans présence notée : 1"), "{stats}");
    // Each mark is in the journal; and the person sees it in their data.
    let journal = h.say_text("coord", "/journal").await;
    assert!(journal.contains("présence notée"), "{journal}");
    let data = h.say_text("ann", "/mes_donnees").await;
    assert!(data.contains("présence à la permanence"), "{data}");
    h.close().await;
}

/// The day after, the people marked as come (and only they) are asked once; the answers
/// are read only as aggregates of five or more, the words by coordinators only, and
/// nothing ties an answer to its author.
async fn feedback_is_asked_once_and_read_above_the_floor(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let people = ["p1", "p2", "p3", "p4", "p5", "p6"];
    // Five came, the sixth did not.
    let (permanence, _, bookings) = held(&h, &people, 5, 1).await;
    let job = common::engagement::feedback_job();
    let today = local_date(now());
    let yesterday = today.pred_opt().unwrap();
    // Not the evening of the permanence, not at night.
    let evening = local_instant(yesterday, 19 * 60).unwrap();
    assert_eq!(h.engine.run_job(job, evening).await.unwrap(), 0);
    let night = local_instant(today, 8 * 60).unwrap();
    assert_eq!(h.engine.run_job(job, night).await.unwrap(), 0);
    let morning = local_instant(today, 11 * 60).unwrap();
    assert_eq!(h.engine.run_job(job, morning).await.unwrap(), 5);
    // Once only.
    assert_eq!(h.engine.run_job(job, morning + 600).await.unwrap(), 0);
    h.engine.deliver(&h.out).await.unwrap();
    let asked = h.out.take();
    assert_eq!(asked.len(), 5);
    assert!(asked.iter().all(|m| m.user.0 != "p6"), "{asked:?}");
    let question = common::plain(&asked[0].text);
    assert!(
        question.contains("Cette permanence vous a-t-elle été utile")
            && question.contains("anonyme"),
        "{question}"
    );
    let score = |who: &str, n: i64| {
        let i = people.iter().position(|p| *p == who).unwrap();
        format!("fb:score:{}:{n}", bookings[i])
    };
    // Four answers: below the floor, nothing shows, words included.
    for (who, n) in [("p1", 4), ("p2", 5), ("p3", 5), ("p4", 3)] {
        let text = texts(&h.press(who, &score(who, n)).await);
        assert!(text.contains("quelques mots"), "{text}");
        if who == "p1" {
            h.say("p1", "Un accueil très chaleureux").await;
        } else {
            h.press(who, "fb:nowords").await;
        }
    }
    let view = format!("attend:feedback:{permanence}");
    let text = texts(&h.press("coord", &view).await);
    assert!(text.contains("Pas encore de résultat"), "{text}");
    assert!(!text.contains("chaleureux"), "{text}");
    let stats = h.say_text("coord", "/stats tout").await;
    assert!(stats.contains("Pas encore de résultat"), "{stats}");
    // Answered already, or someone else's question: nothing more is counted.
    let text = texts(&h.press("p1", &score("p1", 1)).await);
    assert!(text.contains("n'attend plus"), "{text}");
    let text = texts(&h.press("p6", &score("p5", 1)).await);
    assert!(text.contains("n'attend plus"), "{text}");
    // The fifth answer: five, but the month is still open, so the group may still grow and
    // is not read (two readings of a growing group would tell the newest answer).
    h.press("p5", &score("p5", 4)).await;
    h.press("p5", "fb:nowords").await;
    let text = texts(&h.press("coord", &view).await);
    assert!(text.contains("Pas encore de résultat"), "{text}");
    // A closed month of the same permanence, its answers given back then.
    let old = now() - 75 * DAY;
    common::engagement::earlier_answers(h.engine.store(), permanence, old, &[4, 5, 5, 3, 4]).await;
    let mut tx = h.engine.store().begin().await.unwrap();
    tx.add_feedback_words(
        permanence,
        pairbot::store::month_start(old),
        "Un accueil très chaleureux",
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let text = texts(&h.press("coord", &view).await);
    assert!(text.contains("4,2 sur 5 en moyenne (5 réponses)"), "{text}");
    // The mean and the count, not how many gave each score.
    assert!(!text.contains("5/5"), "{text}");
    assert!(text.contains("« Un accueil très chaleureux »"), "{text}");
    // The host reads the aggregate, not the words.
    let text = texts(&h.press("host", &view).await);
    assert!(text.contains("4,2 sur 5"), "{text}");
    assert!(!text.contains("chaleureux"), "{text}");
    let stats = h.say_text("coord", "/stats tout").await;
    assert!(stats.contains("4,2 sur 5"), "{stats}");
    // What a person's data says: the question answered, not the answer.
    let data = h.say_text("p2", "/mes_donnees").await;
    assert!(data.contains("répondue"), "{data}");
    h.close().await;
}

/// Words that call for the emergency numbers are answered with them and never kept as an
/// opinion of the permanence.
async fn crisis_words_are_not_kept_as_feedback(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let people = ["ann", "p2", "p3", "p4", "p5"];
    let (_, _, bookings) = held(&h, &people, 5, 1).await;
    let job = common::engagement::feedback_job();
    let noon = local_instant(local_date(now()), 12 * 60).unwrap();
    assert_eq!(h.engine.run_job(job, noon).await.unwrap(), 5);
    h.engine.deliver(&h.out).await.unwrap();
    h.out.take();
    for (who, b) in people.iter().zip(&bookings) {
        h.press(who, &format!("fb:score:{b}:3")).await;
    }
    let text = h.say_text("ann", "je veux mourir").await;
    assert!(text.contains("3114"), "{text}");
    // Ordinary words from the same permanence and month are kept (the group has five
    // answers, so they can be read).
    h.say("p2", "merci").await;
    let mut tx = h.engine.store().begin().await.unwrap();
    // Read as it will be once the month is closed.
    let later = now() + 60 * DAY;
    let summary = tx
        .feedback_summary(None, (0, i64::MAX), later)
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(summary.answers, 5);
    assert_eq!(summary.words, vec!["merci".to_owned()]);
    h.close().await;
}

/// The rows of the CSV file attached to one of these messages, read as a French
/// spreadsheet would.
fn csv_rows(out: &[pairbot::core::Outgoing]) -> Vec<csv::StringRecord> {
    let file = out
        .iter()
        .find_map(|m| m.attachment.as_ref())
        .expect("a CSV");
    common::french_csv(&file.content)
        .records()
        .map(Result::unwrap)
        .collect()
}

/// What the bot sent to one person, as one text.
fn to(out: &[pairbot::core::Outgoing], who: &str) -> String {
    out.iter()
        .filter(|m| m.user.0 == who)
        .map(|m| m.text.as_str())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The data of the choice labelled `label` in the last message to `who`.
fn choice_to(out: &[pairbot::core::Outgoing], who: &str, label: &str) -> String {
    let mine: Vec<pairbot::core::Outgoing> =
        out.iter().filter(|m| m.user.0 == who).cloned().collect();
    choice_labelled(&mine, label)
}

/// A selected partner reads and accepts the mission sheet and the charter, which both sides
/// then see; they claim expenses, which a coordinator refuses with a reason or approves,
/// and the treasurer's export lists them.
async fn a_partner_agrees_to_a_mission_and_claims_expenses(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    approved_partner(
        h.engine.store(),
        (Platform::Console, "pia"),
        "Pia",
        "etp-40h",
    )
    .await;
    let mut tx = h.engine.store().begin().await.unwrap();
    let mission = tx
        .create_mission(
            &pairbot::store::NewMission {
                project: "Groupe de travail fictif sur l'accueil".into(),
                kind: "groupe-de-travail".into(),
                dates: "janvier 2027".into(),
                training: "none".into(),
                paid: false,
                reimbursed: Some(true),
                places: 1,
                sheet: "Trois réunions pour relire le livret d'accueil.".into(),
                structure: String::new(),
                programme_id: None,
            },
            now(),
        )
        .await
        .unwrap();
    tx.commit().await.unwrap();
    // No agreed mission yet: nothing to claim.
    let text = h.say_text("pia", "/frais").await;
    assert!(text.contains("Vous n'en avez pas pour l'instant"), "{text}");
    h.press("pia", &format!("mis:apply:{mission}")).await;
    let out = h.say("coord", "/missions").await;
    let manage = choice_labelled(&out, &format!("Gérer la mission n° {mission}"));
    let menu = h.press("coord", &manage).await;
    let select = choice_labelled(&menu, "Retenir");
    let out = h.press("coord", &select).await;
    let told = to(&out, "pia");
    assert!(
        told.contains("lisez la fiche de mission et la charte"),
        "{told}"
    );
    let read = choice_to(&out, "pia", "Lire la fiche et la charte");
    // Someone else cannot read or accept it.
    h.consent("zed").await;
    let text = texts(&h.press("zed", &read).await);
    assert!(text.contains("Cette candidature n'existe plus"), "{text}");
    let shown = h.press("pia", &read).await;
    let text = texts(&shown);
    for part in [
        "Trois réunions pour relire",
        "Charte d'engagement (version 1)",
        "Confidentialité",
        "Vous ne donnez pas d'avis médical",
        "cette mission est bénévole",
        "vos frais (transport, repas, hébergement) sont remboursés",
    ] {
        assert!(text.contains(part), "{part}: {text}");
    }
    let accept = choice_labelled(&shown, "J'accepte la fiche et la charte");
    let out = h.press("pia", &accept).await;
    assert!(to(&out, "pia").contains("C'est noté"), "{out:?}");
    assert!(
        to(&out, "coord").contains("Pia (fiche n°") && to(&out, "coord").contains("version 1"),
        "{out:?}"
    );
    // Accepting twice records nothing new: the date is shown.
    let text = texts(&h.press("pia", &accept).await);
    assert!(text.contains("accord donné le"), "{text}");
    // Both sides see it.
    let text = h.say_text("pia", "/missions").await;
    assert!(text.contains("accord donné le"), "{text}");
    let text = texts(&h.press("coord", &manage).await);
    assert!(text.contains("accord donné le"), "{text}");

    // A first claim, typed with a slip, refused with a reason.
    let out = h.say("pia", "/frais").await;
    let declare = choice_labelled(&out, "Déclarer des frais");
    let kind = h.press("pia", &declare).await;
    assert!(
        texts(&kind).contains(&format!("mission n° {mission}")),
        "{kind:?}"
    );
    let transport = choice_labelled(&kind, "transport");
    h.press("pia", &transport).await;
    let text = h.say_text("pia", "douze euros").await;
    assert!(text.contains("Je n'ai pas compris ce montant"), "{text}");
    h.say("pia", "12,50").await;
    let text = h.say_text("pia", "31/12/2099").await;
    assert!(text.contains("dans le futur"), "{text}");
    let summary = h.say("pia", "hier").await;
    assert!(texts(&summary).contains("12,50 €"), "{summary:?}");
    let send = choice_labelled(&summary, "Envoyer la demande");
    let out = h.press("pia", &send).await;
    assert!(to(&out, "pia").contains("est envoyée"), "{out:?}");
    assert!(
        to(&out, "coord").contains("Nouvelle demande de remboursement"),
        "{out:?}"
    );
    let refuse = choice_to(&out, "coord", "Refuser");
    let approve_first = choice_to(&out, "coord", "Accepter");
    // Only coordinators decide.
    let text = texts(&h.press("pia", &approve_first).await);
    assert!(text.contains("réservée aux coordinateurs"), "{text}");
    let text = texts(&h.press("coord", &refuse).await);
    assert!(text.contains("Pourquoi refusez-vous"), "{text}");
    let out = h.say("coord", "Le justificatif manque").await;
    assert!(
        to(&out, "pia").contains("« Le justificatif manque »"),
        "{out:?}"
    );
    let text = texts(&h.press("coord", &approve_first).await);
    assert!(text.contains("a déjà reçu une réponse"), "{text}");
    // A second claim, approved.
    let out = h.say("pia", "/frais").await;
    let kind = h
        .press("pia", &choice_labelled(&out, "Déclarer des frais"))
        .await;
    h.press("pia", &choice_labelled(&kind, "repas")).await;
    h.say("pia", "8").await;
    let summary = h.say("pia", "aujourd'hui").await;
    let out = h
        .press("pia", &choice_labelled(&summary, "Envoyer la demande"))
        .await;
    let out = h
        .press("coord", &choice_to(&out, "coord", "Accepter"))
        .await;
    assert!(to(&out, "pia").contains("est acceptée"), "{out:?}");
    // Where each stands.
    let text = h.say_text("pia", "/frais").await;
    assert!(text.contains("refusée le"), "{text}");
    assert!(text.contains("acceptée le"), "{text}");
    // The treasurer's month.
    let out = h.say("coord", "/frais_export").await;
    let rows = csv_rows(&out);
    // Both claims, unless yesterday was last month.
    assert!(!rows.is_empty() && rows.len() <= 2, "{rows:?}");
    let meal = rows.iter().find(|r| &r[3] == "repas").expect("the meal");
    assert_eq!((&meal[2], &meal[4], &meal[6]), ("Pia", "8,00", "acceptée"));
    assert!(texts(&out).contains("acceptés : 8,00 €"), "{out:?}");
    h.close().await;
}

/// A training recorded on a partner's path opens a mission that asks for it; coordinators
/// see who is eligible and may suggest the training to someone else.
async fn a_training_recorded_opens_a_mission(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    // A partner whose profile names no training, and one with the 40-hour training.
    let pia = approved_partner(h.engine.store(), (Platform::Console, "pia"), "Pia", "none").await;
    approved_partner(
        h.engine.store(),
        (Platform::Console, "max"),
        "Max",
        "etp-40h",
    )
    .await;
    let mission = common::engagement::mission_needing_training(h.engine.store()).await;
    // Not open to Pia yet: neither listed nor open to an application.
    let text = h.say_text("pia", "/missions").await;
    assert!(!text.contains(&format!("Mission n° {mission}")), "{text}");
    let text = texts(&h.press("pia", &format!("mis:apply:{mission}")).await);
    assert!(text.contains("ajoutez-la avec /formations"), "{text}");
    // The coordinator sees who is eligible, and suggests the training to Pia.
    let out = h.press("coord", &format!("mis:menu:{mission}")).await;
    let who = choice_labelled(&out, "Qui peut la faire");
    let out = h.press("coord", &who).await;
    let text = texts(&out);
    assert!(text.contains("Un patient partenaire validé"), "{text}");
    assert!(
        text.contains("Max (fiche n°") && !text.contains("Pia"),
        "{text}"
    );
    let suggest = choice_labelled(&out, "Suggérer cette formation");
    h.press("coord", &suggest).await;
    let text = h.say_text("coord", "fiche 999").await;
    assert!(text.contains("Je ne trouve pas"), "{text}");
    let out = h.say("coord", &pia.to_string()).await;
    assert!(to(&out, "coord").contains("C'est envoyé"), "{out:?}");
    assert!(
        to(&out, "pia").contains("vous suggère la formation « Formation ETP 40 h »"),
        "{out:?}"
    );
    // Pia records it: the mission opens.
    let out = h.say("pia", "/formations").await;
    assert!(texts(&out).contains("aucune formation"), "{out:?}");
    let which = h
        .press("pia", &choice_labelled(&out, "Ajouter une formation"))
        .await;
    h.press("pia", &choice_labelled(&which, "Formation ETP 40 h"))
        .await;
    let text = h.say_text("pia", "0612345678").await;
    assert!(text.contains("sans adresse ni numéro"), "{text}");
    h.say("pia", "IREPS fictive").await;
    let text = h.say_text("pia", "01/2099").await;
    assert!(text.contains("pas dans le futur"), "{text}");
    let summary = h.say("pia", "03/2025").await;
    assert!(
        texts(&summary).contains("IREPS fictive, 03/2025"),
        "{summary:?}"
    );
    let text = texts(
        &h.press("pia", &choice_labelled(&summary, "Enregistrer"))
            .await,
    );
    assert!(
        text.contains(&format!(
            "Elle vous ouvre maintenant ces missions : n° {mission}"
        )),
        "{text}"
    );
    let text = h.say_text("pia", "/missions").await;
    assert!(text.contains(&format!("Mission n° {mission}")), "{text}");
    let text = texts(&h.press("pia", &format!("mis:apply:{mission}")).await);
    assert!(!text.contains("formation"), "{text}");
    let text = texts(&h.press("coord", &who).await);
    assert!(text.contains("2 patients partenaires validés"), "{text}");
    // Pia's training is her own word, and said to be.
    assert!(
        text.contains("Pia (fiche n°") && text.contains("déclarée dans son parcours"),
        "{text}"
    );
    h.close().await;
}

/// Partnership indicators per structure, on the demo data: what each structure does with
/// partner patients, feedback above the floor only, a CSV row per structure; a coordinator
/// scoped to one structure reads only that one.
async fn partnership_indicators_per_structure(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let store = h.engine.store();
    pairbot::demo::load(store).await.unwrap();
    pairbot::demo::load_permanences(store, now()).await.unwrap();
    pairbot::demo::load_programmes(store, now()).await.unwrap();
    // The demo's held permanence: its structure, hosted by a partner, five answers.
    let held = pairbot::demo::permanences()
        .unwrap()
        .into_iter()
        .find(|p| !p.held.is_empty())
        .unwrap();
    let out = h.say("coord", "/partenariat tout").await;
    let text = texts(&out);
    let block = text
        .split("\n\n")
        .find(|b| b.contains(&held.structure))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        block.contains("dont tenues par des patients partenaires : 1"),
        "{block}"
    );
    assert!(block.contains("4,2 sur 5 (5 réponses)"), "{block}");
    // The mission posted without a structure: demo partner 5, selected, with a DU/DIU.
    let own = text
        .split("\n\n")
        .find(|b| b.contains("Missions de la coordination"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        own.contains("mission ou tenant une permanence) : 1, dont formés (ETP 40 h ou DU/DIU) : 1"),
        "{own}"
    );
    assert!(
        own.contains("collaboration : 1 (Formation de professionnels : 1)"),
        "{own}"
    );
    // The CSV: a row per structure, the same numbers.
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), text.matches("• Programmes d'ETP").count());
    let row = rows.iter().find(|r| r[0] == held.structure).unwrap();
    assert_eq!((&row[4], &row[10], &row[11]), ("1", "5", "4,2"));
    // Scoped to the held permanence's structure: only that one.
    let mut tx = store.begin().await.unwrap();
    tx.grant_coordinator(
        (Platform::Console, &UserId("scoped".into())),
        Some(&held.structure),
        now(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    h.consent("scoped").await;
    let text = h.say_text("scoped", "/partenariat tout").await;
    assert_eq!(text.matches("• Programmes d'ETP").count(), 1, "{text}");
    assert!(text.contains(&held.structure), "{text}");
    // Nobody else reads them.
    h.consent("zed").await;
    let text = h.say_text("zed", "/partenariat").await;
    assert!(text.contains("réservée aux coordinateurs"), "{text}");
    h.close().await;
}

/// Someone enrolled in programme `programme` (consented, BEP held).
async fn enrolled(h: &Harness, programme: i64, who: &str) {
    h.consent(who).await;
    common::engagement::enrolled(h.engine.store(), programme, (Platform::Console, who)).await;
}

/// A coordinator sends a programme's questionnaire; the people enrolled and the partner
/// patient who co-ran it answer question by question; results show per group only from
/// five answers, in the programme's view, in /stats and as CSV; nothing is counted twice.
async fn a_programme_is_co_evaluated_above_the_floor(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let programme = common::programme(&h, "Programme fictif SEP", 10).await;
    let people = ["p1", "p2", "p3", "p4", "p5", "p6"];
    for who in people {
        enrolled(&h, programme, who).await;
    }
    // A partner patient selected to co-run it.
    let pia = approved_partner(
        h.engine.store(),
        (Platform::Console, "pia"),
        "Pia",
        "etp-40h",
    )
    .await;
    let mut tx = h.engine.store().begin().await.unwrap();
    let mission = tx
        .create_mission(
            &pairbot::store::NewMission {
                programme_id: Some(programme),
                project: String::new(),
                kind: "co-animation".into(),
                dates: "2027".into(),
                training: "etp-40h".into(),
                paid: true,
                reimbursed: Some(true),
                places: 1,
                sheet: "Co-animer les séances.".into(),
                structure: "Hôpital fictif".into(),
            },
            now(),
        )
        .await
        .unwrap();
    let pairbot::store::ApplyOutcome::Applied(a) = tx
        .apply_to_mission(
            mission,
            (Platform::Console, &UserId("pia".into())),
            pia,
            now(),
        )
        .await
        .unwrap()
    else {
        panic!("applied");
    };
    tx.select_application(a, now()).await.unwrap();
    tx.commit().await.unwrap();
    // Only coordinators send it.
    let text = texts(&h.press("p1", &format!("eval:launch:{programme}:end")).await);
    assert!(text.contains("réservée aux coordinateurs"), "{text}");
    let out = h.say("coord", &format!("/coevaluation {programme}")).await;
    assert!(texts(&out).contains("Aucun questionnaire"), "{out:?}");
    let out = h
        .press(
            "coord",
            &choice_labelled(&out, "Envoyer : fin de programme"),
        )
        .await;
    assert!(
        to(&out, "coord").contains("6 personnes inscrites, un patient partenaire"),
        "{out:?}"
    );
    let start = choice_to(&out, "p1", "Répondre");
    assert!(to(&out, "pia").contains("anonymes"), "{out:?}");
    // Five answer all three questions; the sixth declines.
    let answer = |who: &'static str, scores: [i64; 3]| {
        let h = &h;
        let start = start.clone();
        async move {
            let mut out = h.press(who, &start).await;
            for (q, score) in scores.iter().enumerate() {
                assert!(
                    texts(&out).contains(&format!("Question {} sur 3", q + 1)),
                    "{out:?}"
                );
                let label = format!("{score} — ");
                let data = choice_labelled(&out, &label);
                out = h.press(who, &data).await;
            }
            assert!(
                texts(&out).contains("Vos réponses sont enregistrées"),
                "{out:?}"
            );
        }
    };
    answer("p1", [5, 4, 3]).await;
    // An old button, or a second try, counts nothing.
    let text = texts(&h.press("p1", &start).await);
    assert!(text.contains("n'attend plus"), "{text}");
    answer("p2", [4, 4, 3]).await;
    answer("p3", [5, 5, 4]).await;
    answer("p4", [3, 4, 2]).await;
    // Four answers: nothing shown.
    let text = h
        .say_text("coord", &format!("/coevaluation {programme}"))
        .await;
    assert!(
        text.contains("Questionnaire en cours : les résultats seront montrés une fois"),
        "{text}"
    );
    answer("p5", [4, 3, 3]).await;
    h.press("p6", &start.replace(":start:", ":decline:")).await;
    answer("pia", [5, 5, 5]).await;
    let text = h
        .say_text("coord", &format!("/coevaluation {programme}"))
        .await;
    assert!(text.contains("personnes inscrites : 5 réponses"), "{text}");
    // (5 + 4 + 5 + 3 + 4) / 5 = 4.2 for the first question.
    assert!(
        text.contains("1. Ce programme vous a-t-il été utile au quotidien ? — 4,2 sur 5"),
        "{text}"
    );
    // The partner patient alone is under the floor.
    assert!(
        text.contains("patients partenaires : moins de 5 réponses"),
        "{text}"
    );
    let stats = h.say_text("coord", "/stats tout").await;
    assert!(
        stats.contains("« Programme fictif SEP » (fin de programme)"),
        "{stats}"
    );
    let out = h.say("coord", &format!("/coevaluation {programme}")).await;
    let out = h
        .press("coord", &choice_labelled(&out, "Résultats en CSV"))
        .await;
    let rows = csv_rows(&out);
    // Three questions for the people enrolled; none for the single partner.
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(&rows[0][6], "4,2");
    let data = h.say_text("p2", "/mes_donnees").await;
    assert!(data.contains("donnée (gardée sans votre nom)"), "{data}");
    h.close().await;
}

/// A question answered long after its date is refused: a month's answers are all in before
/// it is read, so a group never grows once shown.
async fn late_answers_are_refused(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let (_, _, bookings) = held(&h, &["q1"], 1, 40).await;
    let mut tx = h.engine.store().begin().await.unwrap();
    assert!(tx.feedback_asked(bookings[0]).await.unwrap());
    tx.commit().await.unwrap();
    let text = texts(&h.press("q1", &format!("fb:score:{}:5", bookings[0])).await);
    assert!(text.contains("n'est plus ouverte"), "{text}");
    let mut tx = h.engine.store().begin().await.unwrap();
    let summary = tx
        .feedback_summary(None, (0, i64::MAX), now() + 60 * DAY)
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(summary.answers, 0);
    h.close().await;
}

/// With two accepted missions whose expenses are reimbursed, a claim first asks which one,
/// each named by its number and kind.
async fn a_claim_asks_which_mission_when_there_are_several(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let store = h.engine.store();
    let pia = approved_partner(store, (Platform::Console, "pia"), "Pia", "etp-40h").await;
    let user = UserId("pia".into());
    let mut missions = Vec::new();
    for _ in 0..2 {
        let (mission, application) =
            common::engagement::selected_for_mission(store, (Platform::Console, "pia"), pia).await;
        let mut tx = store.begin().await.unwrap();
        assert!(
            tx.agree_to_mission(application, (Platform::Console, &user), 1, now())
                .await
                .unwrap()
        );
        tx.commit().await.unwrap();
        missions.push(mission);
    }
    h.consent("pia").await;
    let out = h.say("pia", "/frais").await;
    let which = h
        .press("pia", &choice_labelled(&out, "Déclarer des frais"))
        .await;
    assert!(texts(&which).contains("Pour quelle mission"), "{which:?}");
    let second = choice_labelled(
        &which,
        &format!("Mission n° {} : Groupe de travail", missions[1]),
    );
    let kind = h.press("pia", &second).await;
    assert!(texts(&kind).contains("Quel type de dépense"), "{kind:?}");
    h.press("pia", &choice_labelled(&kind, "hébergement")).await;
    h.say("pia", "45").await;
    let summary = h.say("pia", "hier").await;
    assert!(
        texts(&summary).contains(&format!("(mission n° {})", missions[1])),
        "{summary:?}"
    );
    h.close().await;
}

/// A question answered by the next message waits an hour: after that, the person's text is
/// ordinary text again, not swallowed as an answer.
async fn a_question_answered_by_the_next_message_waits_an_hour(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    h.consent("ann").await;
    let asked = |at: i64| pairbot::store::DialogueState {
        kind: pairbot::features::permanence::feedback::WORDS_DIALOGUE.into(),
        step: 0,
        data: format!(r#"{{"permanence":1,"month":0,"at":{at}}}"#),
    };
    let user = UserId("ann".into());
    let chat = pairbot::core::ChatId("ann".into());
    for (at, kept) in [(now() - 2 * 3600, false), (now() - 60, true)] {
        let mut tx = h.engine.store().begin().await.unwrap();
        tx.set_dialogue(Platform::Console, &chat, &user, &asked(at))
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let text = h.say_text("ann", "chercher diabète").await;
        assert_eq!(text.contains("Merci, c'est noté"), kept, "{text}");
        assert_eq!(h.rows("dialogues", "ann").await, 0);
    }
    h.close().await;
}

on_every_backend!(
    a_host_marks_who_came,
    feedback_is_asked_once_and_read_above_the_floor,
    crisis_words_are_not_kept_as_feedback,
    a_partner_agrees_to_a_mission_and_claims_expenses,
    a_training_recorded_opens_a_mission,
    partnership_indicators_per_structure,
    a_programme_is_co_evaluated_above_the_floor,
    late_answers_are_refused,
    a_claim_asks_which_mission_when_there_are_several,
    a_question_answered_by_the_next_message_waits_an_hour,
);
