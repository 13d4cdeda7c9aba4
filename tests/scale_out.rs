//! Scale-out: two real `pairbot telegram` processes share one PostgreSQL database and the
//! Telegram emulator. A coordinator's two broadcasts are sent by both; one process is
//! killed with SIGKILL halfway; the other takes over what it held. Every person receives
//! each broadcast, in order, and the only messages sent twice are those the killed process
//! had handed to the platform and not yet recorded as sent (Telegram has no way to recognise
//! a repeat); a person writing meanwhile is answered once.
//!
//! The processes poll: in production several instances use webhook mode behind a load
//! balancer (Telegram refuses two pollers), but the emulator answers `setWebhook` with
//! `null` where Telegram answers `true`, which teloxide rejects. Receiving is not what this
//! test is about; the same update delivered twice, also at once, is `tests/replay.rs`.
#![cfg(feature = "telegram")]
// A test written but left out of the list would silently never run.
#![deny(dead_code)]

mod common;

use common::TestDb;
use common::telegram::{Emulator, broadcast};
use pairbot::app::Engine;
use pairbot::core::{Platform, Settings, UserId};
use serde_json::json;
use sqlx::Connection;
use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const TOKEN: &str = "4343:SCALEOUT";
const COORDINATOR: &str = "9000";
/// People subscribed to the news; user ids 1001, 1002, …
const PEOPLE: i64 = 150;

struct Process {
    child: Child,
}

impl Process {
    /// `pairbot telegram`, one of two instances.
    fn start(db: &TestDb, emulator: &Emulator, home: &std::path::Path) -> Self {
        let child = Command::new(env!("CARGO_BIN_EXE_pairbot"))
            .args([
                "--database-url",
                &db.url,
                "telegram",
                "--api-url",
                &emulator.url,
            ])
            .args(["--username", "ScaleOutBot", "--no-register-commands"])
            .args(["--instances", "2", "--poll-timeout", "1"])
            .env("TELEGRAM_BOT_TOKEN", TOKEN)
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home)
            .env_remove("PAIRBOT_CONFIG")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("run pairbot");
        Process { child }
    }
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The bot's messages the emulator holds, as (chat id, plain text), oldest first.
async fn sent(emulator: &Emulator) -> Vec<(i64, String)> {
    let mut messages: Vec<(i64, i64, String)> = emulator
        .history(TOKEN)
        .await
        .iter()
        .filter_map(|u| {
            let chat = u["message"]["chat_id"].as_i64()?;
            let text = u["message"]["text"].as_str()?;
            Some((u["messageId"].as_i64()?, chat, common::plain(text)))
        })
        .collect();
    messages.sort();
    messages.into_iter().map(|(_, c, t)| (c, t)).collect()
}

/// The broadcast a message belongs to (its text otherwise): the outbox holds the text as
/// written, the emulator as rendered.
fn broadcast_tag(text: &str) -> &str {
    ["Premier envoi.", "Second envoi."]
        .into_iter()
        .find(|tag| text.contains(tag))
        .unwrap_or(text)
}

/// The messages `sender` holds, as (chat id, text as written).
async fn claimed_by(db: &TestDb, sender: &str) -> Vec<(i64, String)> {
    let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT payload FROM outbox WHERE claimed_by = $1 AND failed_at IS NULL")
            .bind(sender)
            .fetch_all(&mut conn)
            .await
            .unwrap();
    conn.close().await.ok();
    rows.into_iter()
        .map(|(payload,)| {
            let message: pairbot::core::Outgoing = serde_json::from_str(&payload).unwrap();
            (message.user.0.parse().unwrap(), message.text)
        })
        .collect()
}

/// Runs `sql` (a single text) on the test database.
async fn text(db: &TestDb, sql: &str) -> String {
    let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
    let (t,): (String,) = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .fetch_one(&mut conn)
        .await
        .unwrap();
    conn.close().await.ok();
    t
}

/// Runs `sql` (a single number) on the test database.
async fn count(db: &TestDb, sql: &str) -> i64 {
    let mut conn = sqlx::PgConnection::connect(&db.url).await.unwrap();
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .fetch_one(&mut conn)
        .await
        .unwrap();
    conn.close().await.ok();
    n
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_share_the_outbox_and_survive_a_kill() {
    let Some(db) = TestDb::postgres().await else {
        return;
    };
    let Some(emulator) = Emulator::start() else {
        return;
    };
    let home = tempfile::tempdir().unwrap();

    // People subscribed, and two broadcasts queued by the core.
    let settings = Settings {
        coordinators: vec![(Platform::Telegram, COORDINATOR.into())],
        ..Settings::default()
    };
    let engine = Engine::new(db.store().await, settings).unwrap();
    let mut tx = engine.store().begin().await.unwrap();
    tx.give_consent(Platform::Telegram, &UserId(COORDINATOR.into()), 1)
        .await
        .unwrap();
    for n in 1..=PEOPLE {
        let who = UserId((1000 + n).to_string());
        tx.give_consent(Platform::Telegram, &who, 1).await.unwrap();
        tx.subscribe((Platform::Telegram, &who), "actualites", 1)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    broadcast(&engine, COORDINATOR, "actualites", "Premier envoi.").await;
    broadcast(&engine, COORDINATOR, "actualites", "Second envoi.").await;
    let queued = engine
        .store()
        .outbox_pending(Platform::Telegram)
        .await
        .unwrap();
    assert!(queued >= 2 * PEOPLE, "{queued}");

    let mut a = Process::start(&db, &emulator, home.path());
    // The first process's name as a sender, to read what it holds when it dies.
    let deadline = Instant::now() + Duration::from_secs(30);
    while count(&db, "SELECT COUNT(*) FROM senders").await == 0 {
        assert!(
            Instant::now() < deadline,
            "the first process never registered"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let a_id = text(&db, "SELECT id FROM senders").await;
    let b = Process::start(&db, &emulator, home.path());

    // Someone writes while the broadcasts go out.
    let zoe = json!({"id": 5555, "is_bot": false, "first_name": "Zoé", "language_code": "fr"});
    let chat = json!({"id": 5555, "type": "private"});
    emulator
        .post(
            "sendMessage",
            json!({"botToken": TOKEN, "from": zoe, "chat": chat, "text": "/start",
                   "date": 1_700_000_000}),
        )
        .await;

    // Both send: two senders are registered and both hold claims at some point.
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let claimers = count(
            &db,
            "SELECT COUNT(DISTINCT claimed_by) FROM outbox WHERE claimed_by IS NOT NULL",
        )
        .await;
        if claimers == 2 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the two processes never both sent"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(count(&db, "SELECT COUNT(*) FROM senders").await, 2);
    // Halfway through the first broadcast, one process dies without a word.
    while (sent(&emulator).await.len() as i64) < PEOPLE / 2 {
        assert!(Instant::now() < deadline, "sending never started");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    a.child.kill().unwrap();
    a.child.wait().unwrap();
    let killed = Instant::now();
    let held = count(
        &db,
        "SELECT COUNT(*) FROM outbox WHERE claimed_by IS NOT NULL",
    )
    .await;
    // What the dead process had handed to the platform without recording it as sent: its
    // claims (untouched by the survivor for ten seconds) that the emulator already holds.
    // Those, and only those, may reach their person twice.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let dead_claims = claimed_by(&db, &a_id).await;
    let delivered_at_kill = sent(&emulator).await;
    let in_flight: Vec<(i64, &str)> = dead_claims
        .iter()
        .map(|(chat, text)| (*chat, broadcast_tag(text)))
        .filter(|(chat, tag)| {
            delivered_at_kill
                .iter()
                .any(|(c, t)| c == chat && broadcast_tag(t) == *tag)
        })
        .collect();

    // The survivor sends the rest, including what the dead one held.
    let deadline = Instant::now() + Duration::from_secs(90);
    while engine
        .store()
        .outbox_pending(Platform::Telegram)
        .await
        .unwrap()
        > 0
    {
        assert!(Instant::now() < deadline, "the outbox never emptied");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let settled = killed.elapsed();
    // Let the emulator record the last answers.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let messages = sent(&emulator).await;
    eprintln!(
        "scale-out: {queued} queued, {} delivered, {held} claimed at the kill ({} by the \
         killed process, {} of them already delivered), all sent {:.1} s after it",
        messages.len(),
        dead_claims.len(),
        in_flight.len(),
        settled.as_secs_f64()
    );

    // Each subscriber expects each broadcast once (the coordinator's two confirmations read
    // the same, and are not repeats).
    let mut copies: HashMap<(i64, &str), usize> = HashMap::new();
    for (chat, text) in messages
        .iter()
        .filter(|(c, _)| (1001..=1000 + PEOPLE).contains(c))
    {
        *copies.entry((*chat, broadcast_tag(text))).or_default() += 1;
    }
    let repeated: Vec<(i64, &str)> = copies
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(key, _)| *key)
        .collect();
    assert!(
        copies.values().all(|n| *n <= 2),
        "a message was sent three times or more"
    );
    for message in &repeated {
        assert!(
            in_flight.contains(message),
            "{message:?} was sent twice, but the killed process had not delivered it \
             (in flight at the kill: {in_flight:?})"
        );
    }
    // Telegram's pace (a send every 33 ms) leaves few sends answered and not yet recorded.
    assert!(
        in_flight.len() <= 4,
        "{} in flight at the kill",
        in_flight.len()
    );
    for n in 1..=PEOPLE {
        let chat = 1000 + n;
        let theirs: Vec<&str> = messages
            .iter()
            .filter(|(c, _)| *c == chat)
            .map(|(_, t)| t.as_str())
            .collect();
        let first = theirs.iter().position(|t| t.contains("Premier envoi."));
        let second = theirs.iter().position(|t| t.contains("Second envoi."));
        assert!(
            matches!((first, second), (Some(f), Some(s)) if f < s),
            "person {chat} received {theirs:?}"
        );
    }
    assert!(
        messages.iter().any(|(c, _)| *c == 5555),
        "the person who wrote was answered"
    );
    assert!(
        messages
            .iter()
            .filter(|(c, _)| *c == 9000)
            .any(|(_, t)| t.contains(&format!("{PEOPLE} personnes"))),
        "the coordinator is told how many"
    );

    // The dead process is forgotten; the survivor, stopped cleanly, leaves nothing behind.
    assert_eq!(count(&db, "SELECT COUNT(*) FROM senders").await, 1);
    let pid = b.child.id().to_string();
    Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    let mut b = b;
    let deadline = Instant::now() + Duration::from_secs(20);
    while b.child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "the survivor did not stop");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(count(&db, "SELECT COUNT(*) FROM senders").await, 0);
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM outbox WHERE failed_at IS NULL").await,
        0
    );
    drop(b);
    engine.store().close().await;
    db.finish().await;
}
