//! Delivery lanes and independence, on SQLite and PostgreSQL: replies pass a broadcast
//! being sent, each person still receives their messages in order, a stalled chat holds
//! up no other, and on PostgreSQL a process hears at once that another queued messages.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, Recorder, TestDb, choice_labelled, press};
use pairbot::core::{Incoming, Lane, Outgoing, Platform, UserId};
use std::sync::Arc;
use std::time::Duration;

const SUBSCRIBERS: usize = 40;

fn subscriber(n: usize) -> String {
    format!("p{n:02}")
}

/// A coordinator's broadcast to [`SUBSCRIBERS`] people, queued and not sent; then
/// `p07` (a subscriber) and `zoe` (not one) write to the bot, also not sent yet.
async fn broadcast_then_two_questions(h: &Harness) {
    for n in 0..SUBSCRIBERS {
        let who = subscriber(n);
        h.consent(&who).await;
        h.say(&who, "/abonner actualités").await;
    }
    h.consent("zoe").await;
    let preview = h
        .say("coord", "/diffuser actualites Rencontre le 12 décembre.")
        .await;
    let send = press("coord", &choice_labelled(&preview, "Envoyer"));
    h.engine.handle(&send).await.unwrap();
    for who in ["p07", "zoe"] {
        let msg = Incoming::private_text(Platform::Console, who, "/aide");
        h.engine.handle(&msg).await.unwrap();
    }
}

/// Where each person's messages stand in `sent`: their positions, in order.
fn positions(sent: &[Outgoing], who: &str) -> Vec<usize> {
    sent.iter()
        .enumerate()
        .filter(|(_, m)| m.user.0 == who)
        .map(|(i, _)| i)
        .collect()
}

fn is_copy(m: &Outgoing) -> bool {
    m.text.contains("Rencontre le 12 décembre")
}

/// Opens the pool's connections, as a bot that has been running has them. A fresh pool opens
/// one when a send needs it (about 0.1 s on PostgreSQL here): with an instant transport, the
/// 40 copies all went out while p07's run waited for its connection, which says nothing of
/// the lanes this file tests.
async fn warm_pool(h: &Harness) {
    let store = h.engine.store();
    if store.backend() != pairbot::store::Backend::Postgres {
        return;
    }
    let mut held = Vec::new();
    for _ in 0..8 {
        held.push(store.begin_read().await.unwrap());
    }
    for tx in held {
        tx.rollback().await.unwrap();
    }
}

async fn check_lanes(db: &TestDb, in_flight: usize) {
    let h = Harness::with_settings(db, common::staff()).await;
    broadcast_then_two_questions(&h).await;
    warm_pool(&h).await;
    let mut out = Recorder::new(Platform::Console);
    out.in_flight = in_flight;
    let sent_count = h.engine.deliver(&out).await.unwrap();
    let sent = out.take();
    assert_eq!(sent_count, sent.len());
    assert_eq!(sent.iter().filter(|m| is_copy(m)).count(), SUBSCRIBERS);
    // Zoe's answer does not wait for the broadcast: it is among the first sent, with the
    // coordinator's confirmation and p07's two messages.
    let zoe = positions(&sent, "zoe");
    assert_eq!(zoe.len(), 1);
    assert!(
        zoe[0] < 4 + in_flight,
        "zoe's reply went {}th: {sent:#?}",
        zoe[0]
    );
    let coord = positions(&sent, "coord");
    assert!(coord[0] < 4 + in_flight, "{coord:?}");
    // p07 gets the copy queued before their question first: a person's order is kept,
    // and the copy moved up with the reply instead of holding it back.
    let p07 = positions(&sent, "p07");
    assert_eq!(p07.len(), 2);
    assert!(
        is_copy(&sent[p07[0]]) && !is_copy(&sent[p07[1]]),
        "{sent:#?}"
    );
    // Within its run, after its copy: other chats' sends may finish in between.
    assert!(p07[1] < 4 + 3 * in_flight, "p07's reply went {}th", p07[1]);
    h.close().await;
}

async fn replies_pass_a_broadcast_one_at_a_time(db: &TestDb) {
    check_lanes(db, 1).await;
}

async fn replies_pass_a_broadcast_several_at_once(db: &TestDb) {
    check_lanes(db, 4).await;
}

/// [`pairbot::app::Engine::deliver`] running in the background.
type Delivery = tokio::task::JoinHandle<Result<usize, pairbot::app::EngineError>>;

/// A delivery started in the background through a transport taking three sends at once,
/// on which every call for the chat `slow` hangs until released.
fn deliver_with_slow_chat(
    h: &Harness,
    platform: Platform,
) -> (Arc<Recorder>, Arc<tokio::sync::Notify>, Delivery) {
    let mut out = Recorder::new(platform);
    out.in_flight = 3;
    let release = Arc::new(tokio::sync::Notify::new());
    *out.hold.lock().unwrap() = Some(("slow".into(), release.clone()));
    let out = Arc::new(out);
    let sending = {
        let (engine, out) = (h.engine.clone(), out.clone());
        tokio::spawn(async move { engine.deliver(&*out).await })
    };
    (out, release, sending)
}

async fn a_stalled_chat_holds_up_no_other(db: &TestDb) {
    let h = Harness::new(db).await;
    let mut tx = h.engine.store().begin().await.unwrap();
    let message = |who: &str, n: usize| {
        Outgoing::private(Platform::Telegram, UserId(who.into()), format!("{who}-{n}"))
    };
    tx.push_outbox(&message("slow", 0), Lane::Reply)
        .await
        .unwrap();
    tx.push_outbox(&message("slow", 1), Lane::Reply)
        .await
        .unwrap();
    let others = 60;
    for n in 0..others {
        tx.push_outbox(&message(&format!("u{n}"), n), Lane::Notice)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    let (out, release, sending) = deliver_with_slow_chat(&h, Platform::Telegram);
    // Everyone else's messages go out while the slow call hangs.
    let waited = tokio::time::timeout(Duration::from_secs(20), async {
        while out.sent.lock().unwrap().len() < others {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await;
    assert!(
        waited.is_ok(),
        "only {} of {others} sent behind a stalled chat",
        out.sent.lock().unwrap().len()
    );
    assert!(out.sent.lock().unwrap().iter().all(|m| m.user.0 != "slow"));
    release.notify_one();
    release.notify_one();
    let total = tokio::time::timeout(Duration::from_secs(20), sending)
        .await
        .expect("delivery ends once released")
        .unwrap()
        .unwrap();
    assert_eq!(total, others + 2);
    let slow: Vec<String> = out
        .take()
        .into_iter()
        .filter(|m| m.user.0 == "slow")
        .map(|m| m.text)
        .collect();
    assert_eq!(slow, ["slow-0", "slow-1"]);
    h.close().await;
}

async fn many_sends_at_once_never_stall(db: &TestDb) {
    let h = Harness::new(db).await;
    let people = 300;
    let mut tx = h.engine.store().begin().await.unwrap();
    for n in 0..people {
        let m = Outgoing::private(Platform::Telegram, UserId(format!("u{n}")), "hi".into());
        tx.push_outbox(&m, Lane::Notice).await.unwrap();
    }
    tx.commit().await.unwrap();
    let mut out = Recorder::new(Platform::Telegram);
    out.in_flight = 32;
    // Normally well under a second. A claim awaited while finished sends sat unpolled,
    // one of them holding the writer's turn or a connection the claim needed, stalled for
    // ten seconds at a time.
    let sent = tokio::time::timeout(Duration::from_secs(8), h.engine.deliver(&out))
        .await
        .expect("delivery stalled")
        .unwrap();
    assert_eq!(sent, people);
    // Every sent row is gone (removed by the following claims and the last flush).
    let left = h.engine.store().outbox_pending(Platform::Telegram).await;
    assert_eq!(left.unwrap(), 0);
    h.close().await;
}

async fn another_process_hears_of_queued_messages(db: &TestDb) {
    let here = db.store().await;
    let there = db.store().await;
    let Some(mut listener) = there.outbox_listener(Platform::Matrix).await.unwrap() else {
        // SQLite: one process writes; it wakes its own delivery loops.
        assert!(!db.url.starts_with("postgres"));
        return;
    };
    let queue = async |store: &pairbot::store::Store, platform: Platform| {
        let mut tx = store.begin().await.unwrap();
        let m = Outgoing::private(platform, UserId("@a:x".into()), "hello".into());
        tx.push_outbox(&m, Lane::Reply).await.unwrap();
        tx.commit().await.unwrap();
    };
    // Its own messages, and messages for another platform, wake nobody here.
    queue(&there, Platform::Matrix).await;
    queue(&here, Platform::Telegram).await;
    let quiet = tokio::time::timeout(Duration::from_millis(300), listener.queued()).await;
    assert!(
        quiet.is_err(),
        "woken by its own or another platform's messages"
    );
    // Another process's message for this platform does.
    queue(&here, Platform::Matrix).await;
    let heard = tokio::time::timeout(Duration::from_secs(10), listener.queued())
        .await
        .expect("heard of the other process's message")
        .unwrap();
    assert!(heard);
    // A rolled-back transaction says nothing.
    let mut tx = here.begin().await.unwrap();
    let m = Outgoing::private(Platform::Matrix, UserId("@b:x".into()), "no".into());
    tx.push_outbox(&m, Lane::Reply).await.unwrap();
    tx.rollback().await.unwrap();
    let quiet = tokio::time::timeout(Duration::from_millis(300), listener.queued()).await;
    assert!(quiet.is_err(), "woken by a rolled-back transaction");
}

/// A person's second reply, queued while their first is being sent, follows it as soon as
/// the first is through, in the same delivery: the claim that came too early (and found it
/// held back behind the first) is made again when that run ends.
async fn a_reply_queued_behind_one_in_flight_follows_it(db: &TestDb) {
    let h = Harness::new(db).await;
    let ask = Incoming::private_text(Platform::Console, "slow", "/aide");
    h.engine.handle(&ask).await.unwrap();
    let (out, release, sending) = deliver_with_slow_chat(&h, Platform::Console);
    // The first reply hangs at the platform; the second is queued meanwhile, and the
    // delivery's claim for it finds it behind the first.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let again = Incoming::private_text(Platform::Console, "slow", "/aide");
    h.engine.handle(&again).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(out.sent.lock().unwrap().is_empty());
    *out.hold.lock().unwrap() = None;
    release.notify_one();
    let total = tokio::time::timeout(Duration::from_secs(20), sending)
        .await
        .expect("delivery ends")
        .unwrap()
        .unwrap();
    let sent = out.take();
    assert_eq!(
        sent.len(),
        2,
        "{total} sent: the second reply was left behind"
    );
    assert!(sent.iter().all(|m| m.user.0 == "slow"));
    assert_eq!(
        h.engine
            .store()
            .outbox_pending(Platform::Console)
            .await
            .unwrap(),
        0
    );
    h.close().await;
}

/// SQLite serves one process: what an earlier process had claimed when it was killed goes
/// out as soon as the next one's delivery loop starts, not when the claim's five-minute
/// lease ends (the loop keeps no heartbeat there, which would take claims over). PostgreSQL
/// keeps the heartbeat of several senders: `tests/scale_out.rs`.
async fn a_sole_sender_sends_at_start_what_a_killed_one_held(db: &TestDb) {
    let engine =
        pairbot::app::Engine::new(db.store().await, pairbot::core::Settings::default()).unwrap();
    if engine.store().backend() != pairbot::store::Backend::Sqlite {
        engine.store().close().await;
        return;
    }
    let mut tx = engine.store().begin().await.unwrap();
    let m = Outgoing::private(Platform::Telegram, UserId("42".into()), "held".into());
    tx.push_outbox(&m, Lane::Reply).await.unwrap();
    tx.commit().await.unwrap();
    // The earlier process claimed it, then died before sending.
    let held = engine
        .store()
        .claim_outbox(Platform::Telegram, None, 1, Lane::Bulk)
        .await
        .unwrap();
    assert_eq!(held.len(), 1);
    let mut out = Recorder::new(Platform::Telegram);
    out.in_flight = 8;
    let out = Arc::new(out);
    let (stop, shutdown) = tokio::sync::watch::channel(false);
    let delivering = tokio::spawn({
        let (engine, out) = (engine.clone(), Arc::clone(&out));
        async move { engine.deliver_until(&*out, shutdown).await }
    });
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while out.sent.lock().unwrap().is_empty() && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop.send(true).unwrap();
    delivering.await.unwrap();
    let sent = out.take();
    assert_eq!(sent.len(), 1, "the claim left by the killed process waited");
    assert_eq!(sent[0].text, "held");
    let left = engine.store().outbox_pending(Platform::Telegram).await;
    assert_eq!(left.unwrap(), 0);
    engine.store().close().await;
}

on_every_backend!(
    a_reply_queued_behind_one_in_flight_follows_it,
    a_sole_sender_sends_at_start_what_a_killed_one_held,
    replies_pass_a_broadcast_one_at_a_time,
    replies_pass_a_broadcast_several_at_once,
    a_stalled_chat_holds_up_no_other,
    many_sends_at_once_never_stall,
    another_process_hears_of_queued_messages,
);
