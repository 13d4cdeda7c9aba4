//! Indicators through the engine, on SQLite and PostgreSQL: `/stats` and `/stats_export`
//! count exactly the data there is, and only coordinators see them.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, texts};
use pairbot::core::{Platform, Settings, UserId};
use pairbot::store::{
    BookingOutcome, ContactStatus, NewContact, NewPermanence, NewProgramme, NewSignup,
};

async fn indicators_match_the_data(db: &TestDb) {
    let settings = Settings {
        coordinators: vec![(Platform::Console, "coord".into())],
        ..Settings::default()
    };
    let h = Harness::with_settings(db, settings).await;
    let store = h.engine.store();
    pairbot::demo::load(store).await.unwrap();
    let demo = pairbot::demo::partners().unwrap();
    let now = pairbot::store::now();
    let p = Platform::Console;
    let people: Vec<UserId> = (0..4).map(|i| UserId(format!("p{i}"))).collect();
    let mut tx = store.begin().await.unwrap();
    // One profile waiting for review.
    tx.save_partner(p, &UserId("new".into()), &Default::default())
        .await
        .unwrap();
    // Three contact requests, one accepted.
    let mut contacts = Vec::new();
    for who in &people[..3] {
        contacts.push(
            tx.create_contact(&NewContact {
                platform: p,
                user: who,
                partner_platform: p,
                partner_user: &pairbot::demo::partner_user(1),
                partner_id: 1,
                message: "bonjour",
                at: now,
                expires_at: now + 86_400,
            })
            .await
            .unwrap()
            .unwrap(),
        );
    }
    tx.move_contact(
        contacts[0],
        &[ContactStatus::Pending],
        ContactStatus::Accepted,
        now,
    )
    .await
    .unwrap();
    // A slot of 2 places in the future: 2 confirmed, 1 waiting, then the waiting one
    // cancels.
    let permanence = tx
        .create_permanence(
            &NewPermanence {
                title: "P".into(),
                slot_minutes: 30,
                capacity: 2,
                open_days: 14,
                ..Default::default()
            },
            now,
        )
        .await
        .unwrap();
    tx.add_slots(permanence, &[(now + 86_400, now + 88_200)], 2)
        .await
        .unwrap();
    let slot = tx.slots_of(permanence).await.unwrap()[0].0;
    for who in &people[..3] {
        tx.book(slot, (p, who), now).await.unwrap();
    }
    let BookingOutcome::AlreadyBooked(waiting) = tx.book(slot, (p, &people[2]), now).await.unwrap()
    else {
        panic!("already waiting");
    };
    tx.cancel_booking(waiting, (p, &people[2]), now)
        .await
        .unwrap();
    // Two ETP sign-ups.
    let programme = tx
        .create_programme(
            &NewProgramme {
                title: "E".into(),
                capacity: 5,
                ..Default::default()
            },
            &[],
            now,
        )
        .await
        .unwrap();
    for who in &people[..2] {
        tx.sign_up(programme, (p, who), &NewSignup::default(), now)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();

    // Nobody else sees them.
    h.consent("p0").await;
    assert!(
        h.say_text("p0", "/stats")
            .await
            .contains("réservée aux coordinateurs")
    );
    let out = h.say_text("coord", "/stats").await;
    let approved = demo.len();
    assert!(
        out.contains(&format!("Patients partenaires validés : {approved}")),
        "{out}"
    );
    let pair_aidants = demo
        .iter()
        .filter(|d| d.roles.iter().any(|r| r == "pair-aidant"))
        .count();
    assert!(
        out.contains(&format!("Pair-aidant : {pair_aidants}")),
        "{out}"
    );
    assert!(out.contains("Fiches en attente de validation : 1"), "{out}");
    assert!(
        out.contains("Demandes de contact : 3, dont 1 acceptées"),
        "{out}"
    );
    assert!(
        out.contains("2 confirmées, 0 en attente, 1 annulées"),
        "{out}"
    );
    assert!(out.contains("demande envoyée : 2"), "{out}");
    // A month with nothing, and a month typed wrongly.
    let empty = h.say_text("coord", "/stats 2020-01").await;
    assert!(
        empty.contains("Demandes de contact : 0, dont 0 acceptées"),
        "{empty}"
    );
    // "aucune" agrees with "demandes".
    assert!(empty.contains("selon leur état : aucune\n"), "{empty}");
    assert!(
        h.say_text("coord", "/stats novembre")
            .await
            .contains("« 2026-11 »")
    );
    // The export: twelve months, the last one is this month with the same numbers.
    let out = h.say("coord", "/stats_export").await;
    let file = out
        .iter()
        .find_map(|m| m.attachment.as_ref())
        .expect("a CSV");
    let mut reader = common::french_csv(&file.content);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 12);
    let last = &rows[11];
    assert_eq!(
        (&last[1], &last[2], &last[3], &last[5], &last[9]),
        ("3", "1", "2", "1", "2")
    );
    assert!(texts(&out).contains("Il ne contient que des nombres"));
    h.close().await;
}

on_every_backend!(indicators_match_the_data);
