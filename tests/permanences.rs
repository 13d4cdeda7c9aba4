//! Permanences through the engine, on SQLite and PostgreSQL: finding one, booking, the
//! waiting list and its promotion, cancelling (and too late to cancel), calendar files,
//! reminders planned, demo data.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, last_choices, texts};
use icalendar::Component;
use pairbot::core::{Body, Incoming, Outgoing, Platform, Settings, UserId};
use pairbot::store::NewPermanence;

fn press(user: &str, data: &str) -> Incoming {
    Incoming {
        body: Body::Choice(data.into()),
        ..Incoming::private_text(Platform::Console, user, "")
    }
}

async fn consent(h: &Harness, user: &str) {
    h.say(user, "/start").await;
    h.say(user, "oui").await;
}

/// A permanence with one slot starting `in_secs` from now; returns (permanence, slot).
async fn permanence_with_slot(
    h: &Harness,
    title: &str,
    in_secs: i64,
    capacity: i64,
    hosts: Vec<i64>,
) -> (i64, i64) {
    let now = pairbot::store::now();
    let mut tx = h.engine.store().begin().await.unwrap();
    let id = tx
        .create_permanence(
            &NewPermanence {
                title: title.into(),
                structure: "Service fictif".into(),
                address: "Hall A".into(),
                department: Some("31".into()),
                themes: vec!["sclerose-en-plaques".into()],
                hosts,
                slot_minutes: 30,
                capacity,
                open_days: 14,
                cutoff_minutes: 240,
                ..Default::default()
            },
            now,
        )
        .await
        .unwrap();
    let start = now + in_secs;
    tx.add_slots(id, &[(start, start + 1800)], capacity)
        .await
        .unwrap();
    let slot = tx.slots_of(id).await.unwrap()[0].0;
    tx.commit().await.unwrap();
    (id, slot)
}

/// The calendar file of a message, parsed: (summary, start in Unix seconds).
fn calendar(message: &Outgoing) -> (String, i64) {
    let file = message.attachment.as_ref().expect("a calendar file");
    assert_eq!(file.mime, "text/calendar");
    let parsed: icalendar::Calendar = file.content.parse().expect("a valid iCalendar file");
    let event = parsed.events().next().expect("one event");
    let start = match event.get_start().expect("a start") {
        icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(t)) => t.timestamp(),
        other => panic!("start not in UTC: {other:?}"),
    };
    (event.get_summary().unwrap_or_default().to_owned(), start)
}

async fn a_patient_books_another_waits_and_is_promoted(db: &TestDb) {
    let h = Harness::with_settings(db, Settings::default()).await;
    let (id, slot) = permanence_with_slot(&h, "Permanence SEP test", 3 * 86_400, 1, vec![]).await;
    // Consent first: the list names illnesses and booking is stored.
    let out = h.say("ann", "/permanences SEP Toulouse").await;
    assert_eq!(last_choices(&out), ["consent:ask"]);
    consent(&h, "ann").await;
    consent(&h, "bob").await;
    let out = h.say("ann", "/permanences SEP Toulouse").await;
    assert!(
        texts(&out).contains("Permanence SEP test"),
        "{}",
        texts(&out)
    );
    assert_eq!(last_choices(&out), [format!("perm:slots:{id}")]);
    // Free text that names nothing known is explained.
    let out = h.say_text("ann", "/permanences blabla").await;
    assert!(out.contains("Je n'ai reconnu ni maladie"), "{out}");
    let out = h.send(press("ann", &format!("perm:slots:{id}"))).await;
    assert!(texts(&out).contains(": 1 place"), "{}", texts(&out));
    assert_eq!(last_choices(&out), [format!("perm:book:{slot}")]);
    let out = h.send(press("ann", &format!("perm:book:{slot}"))).await;
    assert!(
        texts(&out).contains("Réserver une place"),
        "{}",
        texts(&out)
    );
    let out = h.send(press("ann", &format!("perm:confirm:{slot}"))).await;
    assert!(texts(&out).contains("C'est réservé"), "{}", texts(&out));
    let file = out.iter().find(|m| m.attachment.is_some()).unwrap();
    let (summary, start) = calendar(file);
    assert_eq!(summary, "Permanence SEP test");
    let mut tx = h.engine.store().begin().await.unwrap();
    let slot_start = tx.slot(slot).await.unwrap().unwrap().starts_at;
    tx.rollback().await.unwrap();
    assert_eq!(start, slot_start);
    // The day-before and hour-before reminders are planned.
    assert_eq!(h.rows("reminders", "ann").await, 2);
    // A double tap books once.
    let again = h.send(press("ann", &format!("perm:confirm:{slot}"))).await;
    assert!(
        texts(&again).contains("déjà une réservation"),
        "{}",
        texts(&again)
    );
    // The slot is full: Bob is offered the waiting list.
    let out = h.send(press("bob", &format!("perm:slots:{id}"))).await;
    assert!(texts(&out).contains("complet"), "{}", texts(&out));
    let out = h.send(press("bob", &format!("perm:book:{slot}"))).await;
    assert!(texts(&out).contains("liste d'attente"), "{}", texts(&out));
    let out = h.send(press("bob", &format!("perm:confirm:{slot}"))).await;
    assert!(texts(&out).contains("en position 1"), "{}", texts(&out));
    assert!(out.iter().all(|m| m.attachment.is_none()));
    // Ann cancels: Bob gets the place, is told, with his calendar file.
    let out = h.say("ann", "/mes_reservations").await;
    let cancel = last_choices(&out)[0].clone();
    assert!(cancel.starts_with("perm:cancel:"), "{cancel}");
    let out = h.send(press("ann", &cancel)).await;
    assert!(texts(&out).contains("est annulée"), "{}", texts(&out));
    let told = out.iter().find(|m| m.user.0 == "bob").expect("bob told");
    assert!(
        told.text.contains("une place s'est libérée"),
        "{}",
        told.text
    );
    // Files travel in their own message, after the text.
    let file = out
        .iter()
        .find(|m| m.user.0 == "bob" && m.attachment.is_some())
        .expect("bob's calendar file");
    assert_eq!(calendar(file).1, slot_start);
    assert_eq!(h.rows("reminders", "ann").await, 0);
    assert_eq!(h.rows("reminders", "bob").await, 2);
    let list = h.say_text("bob", "/mes_reservations").await;
    assert!(
        list.contains("Permanence SEP test") && !list.contains("attente"),
        "{list}"
    );
    // Cancelling twice, or someone else's booking, is refused kindly.
    let twice = h.send(press("ann", &cancel)).await;
    assert!(texts(&twice).contains("n'existe plus"), "{}", texts(&twice));
    h.close().await;
}

async fn cancelling_too_late_points_to_the_host(db: &TestDb) {
    let h = Harness::with_settings(db, Settings::default()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    let mut tx = h.engine.store().begin().await.unwrap();
    let host = tx
        .partner_of(Platform::Console, &pairbot::demo::partner_user(1))
        .await
        .unwrap()
        .unwrap();
    tx.rollback().await.unwrap();
    // A slot in two hours, with cancellation allowed until four hours before.
    let (_, slot) = permanence_with_slot(&h, "Bientôt", 2 * 3600, 3, vec![host.id]).await;
    consent(&h, "cat").await;
    h.send(press("cat", &format!("perm:confirm:{slot}"))).await;
    // Only the hour-before reminder is still ahead.
    assert_eq!(h.rows("reminders", "cat").await, 1);
    let out = h.say("cat", "/mes_reservations").await;
    let cancel = last_choices(&out)[0].clone();
    let out = h.send(press("cat", &cancel)).await;
    assert!(texts(&out).contains("trop tard"), "{}", texts(&out));
    assert_eq!(last_choices(&out), [format!("contact:ask:{}", host.id)]);
    // Nothing was cancelled.
    assert!(
        h.say_text("cat", "/mes_reservations")
            .await
            .contains("Bientôt")
    );
    // Someone else cannot cancel it, and a slot that does not exist cannot be booked.
    consent(&h, "dan").await;
    let out = h.send(press("dan", &cancel)).await;
    assert!(texts(&out).contains("n'existe plus"), "{}", texts(&out));
    let out = h.send(press("dan", "perm:book:999999")).await;
    assert!(
        texts(&out).contains("n'est plus disponible"),
        "{}",
        texts(&out)
    );
    let out = h.send(press("dan", "perm:book:abc")).await;
    assert!(
        texts(&out).contains("n'est plus valable"),
        "{}",
        texts(&out)
    );
    h.close().await;
}

async fn demo_permanences_load_once(db: &TestDb) {
    let store = db.store().await;
    pairbot::demo::load(&store).await.unwrap();
    let now = pairbot::store::now();
    let added = pairbot::demo::load_permanences(&store, now).await.unwrap();
    assert!(added >= 5, "{added}");
    assert_eq!(
        pairbot::demo::load_permanences(&store, now).await.unwrap(),
        0
    );
    let mut tx = store.begin().await.unwrap();
    let all = tx.active_permanences().await.unwrap();
    assert!(
        all.iter()
            .any(|p| p.details.online && p.details.link.is_some())
    );
    assert!(all.iter().any(|p| p.details.weekly.is_none()));
    assert!(all.iter().all(|p| !p.details.hosts.is_empty()));
    // The nearly full ones have one place left on their first slots.
    let sep = all
        .iter()
        .find(|p| p.details.title == "Permanence SEP du CHU")
        .unwrap();
    let slots = tx.open_slots(sep.id, now, i64::MAX).await.unwrap();
    assert!(!slots.is_empty());
    assert_eq!(slots[0].capacity - slots[0].booked, 1);
    tx.rollback().await.unwrap();
    store.close().await;
}

async fn forgetting_passes_the_place_on(db: &TestDb) {
    let h = Harness::with_settings(db, Settings::default()).await;
    let (_, slot) = permanence_with_slot(&h, "Permanence SEP test", 86_400 * 2, 1, vec![]).await;
    consent(&h, "eve").await;
    consent(&h, "fay").await;
    h.send(press("eve", &format!("perm:confirm:{slot}"))).await;
    h.send(press("fay", &format!("perm:confirm:{slot}"))).await;
    h.say("eve", "/oublier").await;
    let out = h.say("eve", "1").await;
    // Fay, who was waiting, is told the place is hers.
    let told = out.iter().find(|m| m.user.0 == "fay").expect("fay told");
    assert!(
        told.text.contains("une place s'est libérée"),
        "{}",
        told.text
    );
    assert_eq!(h.rows("bookings", "eve").await, 0);
    assert_eq!(h.rows("reminders", "eve").await, 0);
    let mut tx = h.engine.store().begin().await.unwrap();
    let fay = tx
        .bookings_of((Platform::Console, &UserId("fay".into())), 0)
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(fay.len(), 1);
    assert_eq!(fay[0].status, pairbot::store::BookingStatus::Confirmed);
    h.close().await;
}

async fn reminders_fire_once_at_the_right_moments(db: &TestDb) {
    let h = Harness::with_settings(db, Settings::default()).await;
    let (_, slot) = permanence_with_slot(&h, "Permanence SEP test", 3 * 86_400, 2, vec![]).await;
    consent(&h, "gus").await;
    consent(&h, "hal").await;
    h.send(press("gus", &format!("perm:confirm:{slot}"))).await;
    h.send(press("hal", &format!("perm:confirm:{slot}"))).await;
    // Hal gives up his place: he gets no reminder.
    let out = h.say("hal", "/mes_reservations").await;
    h.send(press("hal", &last_choices(&out)[0])).await;
    let mut tx = h.engine.store().begin().await.unwrap();
    let start = tx.slot(slot).await.unwrap().unwrap().starts_at;
    tx.rollback().await.unwrap();
    let day_before = start - 24 * 3600;
    assert_eq!(
        h.engine.send_due_reminders(day_before - 60).await.unwrap(),
        0
    );
    assert_eq!(
        h.engine.send_due_reminders(day_before + 60).await.unwrap(),
        1
    );
    h.engine.deliver(&h.out).await.unwrap();
    let sent = h.out.take();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].user.0, "gus");
    assert!(
        common::plain(&sent[0].text).contains("Rappel : demain"),
        "{}",
        sent[0].text
    );
    // Once only, and a restarted bot (a new engine on the same database) does not repeat it.
    assert_eq!(
        h.engine.send_due_reminders(day_before + 120).await.unwrap(),
        0
    );
    let restarted = Harness::with_settings(db, Settings::default()).await;
    assert_eq!(
        restarted
            .engine
            .send_due_reminders(day_before + 180)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        restarted
            .engine
            .send_due_reminders(start - 3600 + 60)
            .await
            .unwrap(),
        1
    );
    restarted.engine.deliver(&restarted.out).await.unwrap();
    let sent = restarted.out.take();
    assert!(
        common::plain(&sent[0].text).contains("Rappel : dans une heure"),
        "{}",
        sent[0].text
    );
    assert_eq!(h.rows("reminders", "gus").await, 0);
    restarted.close().await;
    h.close().await;
}

on_every_backend!(
    reminders_fire_once_at_the_right_moments,
    a_patient_books_another_waits_and_is_promoted,
    cancelling_too_late_points_to_the_host,
    demo_permanences_load_once,
    forgetting_passes_the_place_on,
);
