//! The same platform event delivered twice, one after the other or at the same moment (a
//! Telegram update re-sent after a timeout, a Matrix event in two syncs): acted on once,
//! answered once, on SQLite and PostgreSQL.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, press};
use pairbot::core::{Incoming, Platform};

fn with_event(mut msg: Incoming, event: &str) -> Incoming {
    msg.event_id = Some(event.to_owned());
    msg
}

async fn an_event_delivered_twice_acts_once(db: &TestDb) {
    let h = Harness::new(db).await;
    pairbot::demo::load_permanences(h.engine.store(), pairbot::store::now())
        .await
        .unwrap();
    h.consent("pat").await;
    h.press("pat", "perm:slots:1").await;
    let now = pairbot::store::now();
    let mut tx = h.engine.store().begin().await.unwrap();
    let slot = tx.open_slots(1, now, now + 60 * 86_400).await.unwrap()[0].id;
    let (confirmed, waiting, _) = tx.slot_counts(slot).await.unwrap();
    let before = confirmed + waiting;
    tx.rollback().await.unwrap();
    // One after the other: the second delivery does nothing.
    let book = with_event(press("pat", &format!("perm:confirm:{slot}")), "u:1");
    let first = h.send(book.clone()).await;
    assert!(!first.is_empty());
    assert!(h.send(book).await.is_empty(), "answered twice");
    // At the same moment, eight times: one handling wins, the others see it done.
    let text = with_event(
        Incoming::private_text(Platform::Console, "pat", "/mes_reservations"),
        "u:2",
    );
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let engine = h.engine.clone();
        let msg = text.clone();
        tasks.push(tokio::spawn(async move { engine.handle(&msg).await }));
    }
    for task in tasks {
        task.await.unwrap().unwrap();
    }
    h.engine.deliver(&h.out).await.unwrap();
    assert_eq!(h.out.take().len(), 1, "one answer for one event");
    // The booking exists once.
    let mut tx = h.engine.store().begin().await.unwrap();
    let (confirmed, waiting, _) = tx.slot_counts(slot).await.unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(confirmed + waiting, before + 1);
    h.close().await;
}

on_every_backend!(an_event_delivered_twice_acts_once);
