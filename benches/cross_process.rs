//! How long a message queued by one process for another process's platform waits before
//! that process sends it, on one PostgreSQL database: two engines with their own stores
//! (their own connections, as two processes have), the second running the delivery loop
//! of a platform, the first queuing one message at a time for it.
//!
//! ```text
//! PAIRBOT_TEST_PG=postgres://postgres@127.0.0.1:5432/postgres \
//!   cargo bench --bench cross_process          # PAIRBOT_BENCH_ROUNDS=50
//! ```
//! Without `LISTEN`/`NOTIFY` the second process found the message at its next one-second
//! look (0.5 s on average, 1 s at worst).

use pairbot::app::Engine;
use pairbot::core::{Lane, Outgoing, Platform, SendError, Settings, Transport, UserId};
use sqlx::Connection;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Notes when each message arrived.
struct Arrivals {
    seen: Mutex<Vec<(String, Instant)>>,
}

impl Transport for Arrivals {
    fn platform(&self) -> Platform {
        Platform::Matrix
    }

    async fn send(&self, message: &Outgoing) -> Result<(), SendError> {
        self.seen
            .lock()
            .unwrap()
            .push((message.text.clone(), Instant::now()));
        Ok(())
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let Ok(admin) = std::env::var("PAIRBOT_TEST_PG") else {
        eprintln!("set PAIRBOT_TEST_PG to a PostgreSQL server (the database is created)");
        std::process::exit(2);
    };
    let rounds: usize = std::env::var("PAIRBOT_BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let name = format!("pairbot_bench_cross_{}", std::process::id());
    let mut conn = sqlx::PgConnection::connect(&admin).await.expect("connect");
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut conn)
        .await
        .expect("create database");
    let url = match admin.rsplit_once('/') {
        Some((server, _)) => format!("{server}/{name}"),
        None => admin.clone(),
    };
    let open = async || {
        Engine::new(
            pairbot::store::Store::open(&url).await.expect("store"),
            Settings::default(),
        )
        .expect("engine")
    };
    let queuing = open().await;
    let sending = open().await;
    let arrivals = std::sync::Arc::new(Arrivals {
        seen: Mutex::new(Vec::new()),
    });
    let (stop, shutdown) = tokio::sync::watch::channel(false);
    let loop_task = {
        let (engine, arrivals) = (sending.clone(), arrivals.clone());
        tokio::spawn(async move { engine.deliver_until(&*arrivals, shutdown).await })
    };
    // The loop registers and its listener connects.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut waits = Vec::new();
    for round in 0..rounds {
        let text = format!("m{round}");
        let queued_at = Instant::now();
        let mut tx = queuing.store().begin().await.expect("begin");
        let m = Outgoing::private(Platform::Matrix, UserId("@p:x".into()), text.clone());
        tx.push_outbox(&m, Lane::Reply).await.expect("push");
        tx.commit().await.expect("commit");
        let arrived = loop {
            if let Some((_, at)) = arrivals
                .seen
                .lock()
                .unwrap()
                .iter()
                .find(|(t, _)| *t == text)
            {
                break *at;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        };
        waits.push(arrived.duration_since(queued_at));
        // Rounds apart, so each starts with the loop asleep.
        tokio::time::sleep(Duration::from_millis(137)).await;
    }
    stop.send(true).expect("stop");
    let _ = loop_task.await;
    queuing.store().close().await;
    sending.store().close().await;
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .execute(&mut conn)
    .await
    .expect("drop database");
    waits.sort_unstable();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |p: f64| waits[((p * waits.len() as f64).ceil() as usize).clamp(1, waits.len()) - 1];
    println!("| rounds | median | p95 | max |");
    println!("|---|---|---|---|");
    println!(
        "| {rounds} | {:.1} ms | {:.1} ms | {:.1} ms |",
        ms(at(0.5)),
        ms(at(0.95)),
        ms(*waits.last().unwrap())
    );
}
