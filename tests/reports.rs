//! Reports through the engine, on SQLite and PostgreSQL: a member reports a profile, the
//! coordinators act from the notification, a report about a coordinator goes to the admins,
//! and the person reported never learns who reported.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, last_choices, press, texts};
use pairbot::core::{Platform, UserId};

async fn reports_reach_the_right_people(db: &TestDb) {
    let settings = common::staff();
    let h = Harness::with_settings(db, settings).await;
    let store = h.engine.store();
    pairbot::demo::load(store).await.unwrap();
    let mut tx = store.begin().await.unwrap();
    let host = tx
        .partner_of(Platform::Console, &pairbot::demo::partner_user(1))
        .await
        .unwrap()
        .unwrap();
    // The coordinator is also an approved partner.
    let (coord_profile, revision) = tx
        .save_partner(
            Platform::Console,
            &UserId("coord".into()),
            &pairbot::store::PartnerProfile {
                pseudonym: "Coline".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    tx.decide_partner(
        coord_profile,
        revision,
        pairbot::store::PartnerStatus::Approved,
        None,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    h.consent("pat").await;
    // Bad input is explained.
    assert!(
        h.say_text("pat", "/signaler")
            .await
            .contains("/signaler profil 12")
    );
    assert!(
        h.say_text("pat", &format!("/signaler profil {} ok", host.id))
            .await
            .contains("de 3 à 500")
    );
    assert!(
        h.say_text("pat", "/signaler profil 999 propos déplacés")
            .await
            .contains("999")
    );
    // A report about a partner goes to every coordinator, without the reporter's identity.
    let out = h
        .say(
            "pat",
            &format!("/signaler profil {} propos déplacés", host.id),
        )
        .await;
    assert!(
        texts(&out).contains("ne saura pas qui l'a fait"),
        "{}",
        texts(&out)
    );
    let notes: Vec<_> = out
        .iter()
        .filter(|m| m.text.contains("Signalement n°"))
        .collect();
    let mut to: Vec<&str> = notes.iter().map(|m| m.user.0.as_str()).collect();
    to.sort_unstable();
    assert_eq!(to, ["admin", "coord"]);
    assert!(notes.iter().all(|m| !m.text.contains("pat")), "{notes:?}");
    let hide = notes[0].choices[0].data.clone();
    // The coordinator hides the profile, once confirmed; the reporter hears it was handled.
    let asked = h.send(press("coord", &hide)).await;
    assert!(
        texts(&asked).contains("Masquer de l'annuaire"),
        "{}",
        texts(&asked)
    );
    assert!(asked.iter().all(|m| m.user.0 == "coord"));
    let out = h.send(press("coord", &last_choices(&asked)[0])).await;
    assert!(
        texts(&out).contains("la fiche est masquée"),
        "{}",
        texts(&out)
    );
    assert!(
        out.iter()
            .any(|m| m.user.0 == "pat" && m.text.contains("a été examiné"))
    );
    let mut tx = store.begin().await.unwrap();
    assert!(tx.partner(host.id).await.unwrap().unwrap().paused);
    tx.rollback().await.unwrap();
    let again = h.send(press("admin", &hide)).await;
    assert!(
        texts(&again).contains("déjà été traité"),
        "{}",
        texts(&again)
    );
    // A report about the coordinator goes to the admins only; the coordinator cannot act.
    let out = h
        .say(
            "pat",
            &format!("/signaler profil {coord_profile} réponses agressives"),
        )
        .await;
    let notes: Vec<_> = out
        .iter()
        .filter(|m| m.text.contains("Signalement n°"))
        .collect();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].user.0, "admin");
    let dismiss = notes[0].choices[1].data.clone();
    let out = h.send(press("coord", &dismiss)).await;
    assert!(
        texts(&out).contains("traité par d'autres personnes"),
        "{}",
        texts(&out)
    );
    let out = h.send(press("admin", &dismiss)).await;
    assert!(texts(&out).contains("classé sans suite"), "{}", texts(&out));
    // Both decisions are audited; reports leave with the reporter.
    let journal = h.say_text("admin", "/journal").await;
    assert!(
        journal.contains("fiche masquée après signalement"),
        "{journal}"
    );
    assert!(
        journal.contains("signalement classé sans suite"),
        "{journal}"
    );
    assert_eq!(h.rows("reports", "pat").await, 2);
    h.say("pat", "/oublier").await;
    h.say("pat", "1").await;
    assert_eq!(h.rows("reports", "pat").await, 0);
    h.close().await;
}

on_every_backend!(reports_reach_the_right_people);
