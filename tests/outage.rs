//! The database going away under the bot (PostgreSQL's connections ended from the server
//! side, as a restart does): the next messages are handled on fresh connections, a message
//! caught in the cut gets a kind apology at most, and nothing confirmed before is lost.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, texts};
use pairbot::core::{Incoming, Platform};

async fn connections_cut_by_the_server_lose_nothing(db: &TestDb) {
    let h = Harness::new(db).await;
    pairbot::demo::load_permanences(h.engine.store(), pairbot::store::now())
        .await
        .unwrap();
    h.consent("pat").await;
    h.press("pat", "perm:slots:1").await;
    let now = pairbot::store::now();
    let mut tx = h.engine.store().begin().await.unwrap();
    let slot = tx.open_slots(1, now, now + 60 * 86_400).await.unwrap()[6].id;
    tx.rollback().await.unwrap();
    let booked = texts(&h.press("pat", &format!("perm:confirm:{slot}")).await);
    assert!(booked.contains("C'est réservé"), "{booked}");
    for round in 0..3 {
        let ended = db.end_connections().await;
        if db.url.starts_with("postgres") {
            assert!(ended > 0, "round {round}: no connection to end");
        }
        // The first message after the cut: handled, or a kind apology and nothing else.
        let msg = Incoming::private_text(Platform::Console, "pat", "/mes_reservations");
        let answer = match h.engine.handle(&msg).await {
            Ok(()) => {
                h.engine.deliver(&h.out).await.unwrap();
                texts(&h.out.take())
            }
            Err(_) => {
                let apology = h.engine.failure_reply(&msg).expect("an apology");
                assert!(apology.text.contains("souci technique"), "{}", apology.text);
                // The person tries again: it works.
                h.engine.handle(&msg).await.expect("the pool reconnects");
                h.engine.deliver(&h.out).await.unwrap();
                texts(&h.out.take())
            }
        };
        assert!(
            answer.contains("Vos réservations"),
            "round {round}: {answer}"
        );
        assert_eq!(
            answer.matches("• n° ").count(),
            1,
            "round {round}: {answer}"
        );
    }
    // A transaction cut before its commit leaves nothing behind: the booking it made is not
    // there, and the person can book again.
    if db.url.starts_with("postgres") {
        let mut tx = h.engine.store().begin().await.unwrap();
        let who = pairbot::core::UserId("cut".into());
        tx.book(slot, (Platform::Console, &who), now).await.unwrap();
        db.end_connections().await;
        assert!(tx.commit().await.is_err(), "the commit cannot succeed");
        let mut tx = h.engine.store().begin().await.expect("a fresh connection");
        let outcome = tx.book(slot, (Platform::Console, &who), now).await.unwrap();
        assert!(
            !matches!(outcome, pairbot::store::BookingOutcome::AlreadyBooked(_)),
            "the cut transaction left a booking: {outcome:?}"
        );
        tx.rollback().await.unwrap();
    }
    h.close().await;
}

on_every_backend!(connections_cut_by_the_server_lose_nothing);
