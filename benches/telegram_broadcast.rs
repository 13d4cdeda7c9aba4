//! A broadcast to many subscribers sent through the Telegram adapter, with Telegram's rate
//! limits on, to the Bot API emulator (`telegram-test-api`): the achieved rate against the
//! 30 messages/s ceiling, the busiest second, and messages lost or doubled.
//!
//! ```text
//! PAIRBOT_TELEGRAM_EMULATOR=$PWD/.test-services/telegram-emulator \
//!   cargo bench --bench telegram_broadcast        # PAIRBOT_BENCH_SUBSCRIBERS=10000
//! ```
//! The emulator never answers 429 (it has no limits of its own): compliance is read from
//! the times it received the messages, which must never exceed 30 in any one second.

#[path = "../tests/common/telegram.rs"]
mod telegram_support;

use pairbot::adapters::telegram;
use pairbot::core::Platform;
use std::collections::HashMap;
use std::time::{Duration, Instant};
use telegram_support::{Emulator, bench_options, broadcast, engine_with_subscribers};

const TOKEN: &str = "4444:BROADCAST";
const COORDINATOR: &str = "9000";

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let subscribers: i64 = std::env::var("PAIRBOT_BENCH_SUBSCRIBERS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    let Some(emulator) = Emulator::start() else {
        eprintln!("set PAIRBOT_TELEGRAM_EMULATOR (scripts/test.sh installs the emulator)");
        std::process::exit(2);
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let engine = engine_with_subscribers(
        dir.path(),
        COORDINATOR,
        (1..=subscribers).map(|n| 100_000 + n),
    )
    .await;
    let queueing = Instant::now();
    broadcast(&engine, COORDINATOR, "actualites", "Rencontre mensuelle.").await;
    let queued_in = queueing.elapsed();

    let options = bench_options(TOKEN, &emulator.url, "BroadcastBenchBot");
    let (stop, shutdown) = tokio::sync::watch::channel(false);
    let started = Instant::now();
    let bot = tokio::spawn(telegram::run(engine.clone(), options, shutdown));
    loop {
        tokio::time::sleep(Duration::from_millis(250)).await;
        let left = engine
            .store()
            .outbox_pending(Platform::Telegram)
            .await
            .expect("pending");
        if left == 0 {
            break;
        }
        if started.elapsed() > Duration::from_secs(30 + subscribers as u64 / 10) {
            eprintln!("gave up with {left} messages still to send");
            break;
        }
    }
    let took = started.elapsed();
    stop.send(true).expect("stop");
    bot.await.expect("join").expect("adapter");

    // What the emulator received: per subscriber, and when (milliseconds).
    let mut times = Vec::new();
    let mut copies: HashMap<i64, usize> = HashMap::new();
    for item in emulator.history(TOKEN).await {
        let Some(chat) = item["message"]["chat_id"].as_i64() else {
            continue;
        };
        if chat > 100_000 {
            *copies.entry(chat).or_default() += 1;
            times.push(item["time"].as_i64().unwrap_or_default());
        }
    }
    times.sort_unstable();
    let received = times.len();
    let missing = (1..=subscribers)
        .filter(|n| !copies.contains_key(&(100_000 + n)))
        .count();
    let doubled: usize = copies.values().map(|n| n.saturating_sub(1)).sum();
    // The most messages within any 1,000 ms window.
    let mut busiest = 0;
    let mut start = 0;
    for end in 0..times.len() {
        while times[end] - times[start] >= 1000 {
            start += 1;
        }
        busiest = busiest.max(end - start + 1);
    }
    let span = match (times.first(), times.last()) {
        (Some(a), Some(b)) if b > a => (b - a) as f64 / 1000.0,
        _ => f64::NAN,
    };
    let rate = (received.saturating_sub(1)) as f64 / span;
    println!(
        "| subscribers | queued in | sent in | first→last | messages/s | of 30/s | busiest second | missing | doubled |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    println!(
        "| {subscribers} | {:.2} s | {:.1} s | {span:.1} s | {rate:.1} | {:.0} % | {busiest} | {missing} | {doubled} |",
        queued_in.as_secs_f64(),
        took.as_secs_f64(),
        rate / 30.0 * 100.0
    );
    engine.store().close().await;
}
