//! The audit log through the engine, on SQLite and PostgreSQL: coordinators' actions are
//! recorded with who, what, target and reason; `/journal` shows them newest first, with
//! filters; nobody else reads it.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, press};
use pairbot::core::{Platform, Settings, UserId};
use pairbot::store::{NewProgramme, NewSignup, PartnerProfile};

async fn actions_are_logged_and_read_with_filters(db: &TestDb) {
    let settings = Settings {
        coordinators: vec![(Platform::Console, "coord".into())],
        ..Settings::default()
    };
    let h = Harness::with_settings(db, settings).await;
    let mut tx = h.engine.store().begin().await.unwrap();
    let (profile, _) = tx
        .save_partner(
            Platform::Console,
            &UserId("paula".into()),
            &PartnerProfile {
                pseudonym: "Paula".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let programme = tx
        .create_programme(
            &NewProgramme {
                title: "Programme fictif".into(),
                capacity: 5,
                ..Default::default()
            },
            &[],
            1,
        )
        .await
        .unwrap();
    let pairbot::store::SignupOutcome::Created(signup, _) = tx
        .sign_up(
            programme,
            (Platform::Console, &UserId("ann".into())),
            &NewSignup::default(),
            1,
        )
        .await
        .unwrap()
    else {
        panic!("a sign-up");
    };
    tx.commit().await.unwrap();
    // Nothing yet.
    assert!(
        h.say_text("coord", "/journal")
            .await
            .contains("aucune action")
    );
    // Three actions: a profile approved, a sign-up refused with a reason, sign-ups closed.
    h.say("coord", &format!("/valider {profile}")).await;
    h.send(press("coord", &format!("etpt:refuse:{signup}")))
        .await;
    h.say("coord", "Le programme suivant commence en mars.")
        .await;
    h.send(press("coord", &format!("etpc:close:{programme}")))
        .await;
    let all = h.say_text("coord", "/journal").await;
    let lines: Vec<&str> = all.lines().filter(|l| l.starts_with("• ")).collect();
    assert_eq!(lines.len(), 3, "{all}");
    // Newest first, each with its actor, action, target and reason.
    assert!(
        lines[0].contains("inscriptions fermées")
            && lines[0].contains(&format!("programme:{programme}")),
        "{all}"
    );
    assert!(
        lines[1].contains("demande non retenue")
            && lines[1].contains("(motif : Le programme suivant commence en mars.)"),
        "{all}"
    );
    assert!(
        lines[2].contains("fiche validée") && lines[2].contains("console:coord"),
        "{all}"
    );
    // Filters: by kind, by target, and an unknown word explained.
    let signups = h.say_text("coord", "/journal inscription").await;
    assert_eq!(
        signups.lines().filter(|l| l.starts_with("• ")).count(),
        1,
        "{signups}"
    );
    let target = h
        .say_text("coord", &format!("/journal profile:{profile}"))
        .await;
    assert!(
        target.contains("fiche validée") && !target.contains("non retenue"),
        "{target}"
    );
    let unknown = h.say_text("coord", "/journal chaussettes").await;
    assert!(
        unknown.contains("filtrer le journal par « chaussettes »"),
        "{unknown}"
    );
    // Nobody else reads it.
    h.consent("ann").await;
    assert!(
        h.say_text("ann", "/journal")
            .await
            .contains("réservée aux coordinateurs")
    );
    // The coordinator's own export shows their actions; erasing them removes them.
    assert_eq!(h.rows("audit_log", "coord").await, 3);
    h.say("coord", "/start").await;
    h.say("coord", "oui").await;
    h.say("coord", "/oublier").await;
    h.say("coord", "1").await;
    assert_eq!(h.rows("audit_log", "coord").await, 0);
    h.close().await;
}

async fn actions_are_mirrored_to_the_coordinators_room(db: &TestDb) {
    let settings = Settings {
        coordinators: vec![(Platform::Console, "coord".into())],
        audit_room: Some((Platform::Console, "coordos".into())),
        ..Settings::default()
    };
    let h = Harness::with_settings(db, settings).await;
    let mut tx = h.engine.store().begin().await.unwrap();
    let (profile, _) = tx
        .save_partner(
            Platform::Console,
            &UserId("paula".into()),
            &PartnerProfile {
                pseudonym: "Paula".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let out = h.say("coord", &format!("/valider {profile}")).await;
    let mirrored: Vec<_> = out
        .iter()
        .filter(|m| m.chat.as_ref().is_some_and(|c| c.0 == "coordos"))
        .collect();
    assert_eq!(mirrored.len(), 1, "{out:?}");
    assert_eq!(
        mirrored[0].text,
        format!("Journal : console:coord — fiche validée — profile:{profile}")
    );
    // Nothing for a refused command, which acts on nothing.
    h.consent("pat").await;
    let out = h.say("pat", "/valider 1").await;
    assert!(out.iter().all(|m| m.chat.is_none()), "{out:?}");
    h.close().await;
}

on_every_backend!(
    actions_are_logged_and_read_with_filters,
    actions_are_mirrored_to_the_coordinators_room
);
