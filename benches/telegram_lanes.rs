//! Replies while a broadcast drains, through the Telegram adapter (rate limits on) and the
//! Bot API emulator: 10,000 subscribers get a broadcast while 200 people each ask the bot
//! for a definition; the time from each person's message reaching the emulator to the
//! bot's reply reaching it (p50, p95, p99, max). A second run does the same with one
//! subscriber's chat answering every call after 10 s (a proxy in front of the emulator
//! holds that chat's requests), to see whether one slow call delays the others.
//!
//! ```text
//! PAIRBOT_TELEGRAM_EMULATOR=$PWD/.test-services/telegram-emulator \
//!   cargo bench --bench telegram_lanes
//! # PAIRBOT_BENCH_SUBSCRIBERS=10000 PAIRBOT_BENCH_WRITERS=200 PAIRBOT_BENCH_SPREAD_SECS=20
//! ```
//! Half the writers are subscribers too: their copy of the broadcast may come first (a
//! person's messages keep their order), the reply is the message that answers them.

#[path = "../tests/common/telegram.rs"]
mod telegram_support;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use pairbot::adapters::telegram;
use serde_json::json;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use telegram_support::{Emulator, bench_options, broadcast, engine_with_subscribers};

const TOKEN: &str = "5555:LANES";
const COORDINATOR: &str = "9000";
/// The chat whose every call takes [`SLOW_CALL`] in the second run (a subscriber).
const SLOW_CHAT: i64 = 100_001;
const SLOW_CALL: Duration = Duration::from_secs(10);
/// Writers are numbered from here; the first half are also subscribers.
const WRITER_BASE: i64 = 300_000;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}

fn epoch_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as i64)
}

/// Forwards the bot's requests to the emulator, holding those for `slow` chats.
#[derive(Clone)]
struct Proxy {
    upstream: String,
    http: reqwest::Client,
    slow: Option<i64>,
}

async fn forward(
    State(proxy): State<Arc<Proxy>>,
    Path((bot, method)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, HeaderMap, Bytes) {
    if let Some(slow) = proxy.slow {
        let chat = serde_json::from_slice::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| v["chat_id"].as_i64());
        if chat == Some(slow) {
            tokio::time::sleep(SLOW_CALL).await;
        }
    }
    let mut request = proxy
        .http
        .post(format!("{}/{bot}/{method}", proxy.upstream))
        .body(body);
    if let Some(kind) = headers.get("content-type") {
        request = request.header("content-type", kind.clone());
    }
    match request.send().await {
        Ok(answer) => {
            let status = StatusCode::from_u16(answer.status().as_u16()).unwrap_or(StatusCode::OK);
            let mut out = HeaderMap::new();
            out.insert("content-type", "application/json".parse().unwrap());
            (status, out, answer.bytes().await.unwrap_or_default())
        }
        Err(_) => (StatusCode::BAD_GATEWAY, HeaderMap::new(), Bytes::new()),
    }
}

async fn start_proxy(upstream: &str, slow: Option<i64>) -> String {
    let proxy = Arc::new(Proxy {
        upstream: upstream.to_owned(),
        http: reqwest::Client::new(),
        slow,
    });
    let app = axum::Router::new()
        .route("/{bot}/{method}", axum::routing::post(forward))
        .with_state(proxy);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

struct Outcome {
    latencies: Vec<i64>,
    missing: usize,
    copies_meanwhile: usize,
    slow_chat_calls: usize,
}

async fn run(subscribers: i64, writers: i64, spread_secs: u64, slow: Option<i64>) -> Outcome {
    let emulator = Emulator::start().expect("set PAIRBOT_TELEGRAM_EMULATOR");
    let proxy = start_proxy(&emulator.url, slow).await;
    let dir = tempfile::tempdir().expect("temp dir");
    let mut people: Vec<i64> = (1..=subscribers).map(|n| 100_000 + n).collect();
    people.extend((1..=writers / 2).map(|n| WRITER_BASE + n));
    let engine = engine_with_subscribers(dir.path(), COORDINATOR, people).await;
    broadcast(&engine, COORDINATOR, "actualites", "Rencontre mensuelle.").await;

    let options = bench_options(TOKEN, &proxy, "LanesBenchBot");
    let (stop, shutdown) = tokio::sync::watch::channel(false);
    let bot = tokio::spawn(telegram::run(engine.clone(), options, shutdown));
    // The broadcast is well under way (and, in the second run, the slow chat's copy is
    // on its way) before anyone writes.
    tokio::time::sleep(Duration::from_secs(3)).await;

    // Writers spread over `spread_secs`, each once.
    let mut asked: HashMap<i64, i64> = HashMap::new();
    let spread = (spread_secs * 1000) as i64 / writers.max(1);
    let began = Instant::now();
    for n in 1..=writers {
        let id = WRITER_BASE + n;
        let due = Duration::from_millis(((n - 1) * spread) as u64);
        tokio::time::sleep(due.saturating_sub(began.elapsed())).await;
        let from =
            json!({"id": id, "is_bot": false, "first_name": "Camille", "language_code": "fr"});
        let chat = json!({"id": id, "type": "private", "first_name": "Camille"});
        asked.insert(id, epoch_ms());
        emulator
            .post(
                "sendMessage",
                json!({"botToken": TOKEN, "from": from, "chat": chat,
                       "text": "/definition ETP", "date": epoch_ms() / 1000}),
            )
            .await;
    }
    let asked_from = asked.values().copied().min().unwrap_or_default();
    // Waits for every answer (or gives up after a minute).
    let mut answered: HashMap<i64, i64> = HashMap::new();
    let mut copies_meanwhile = 0;
    let mut slow_chat_calls = 0;
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        tokio::time::sleep(Duration::from_secs(2)).await;
        answered.clear();
        copies_meanwhile = 0;
        slow_chat_calls = 0;
        for item in emulator.history(TOKEN).await {
            let message = &item["message"];
            let Some(chat) = message["chat_id"].as_i64() else {
                continue;
            };
            let at = item["time"].as_i64().unwrap_or_default();
            let text = message["text"].as_str().unwrap_or_default();
            let copy = text.contains("Rencontre mensuelle");
            if Some(chat) == slow {
                slow_chat_calls += 1;
            }
            if copy && at >= asked_from {
                copies_meanwhile += 1;
            }
            if asked.contains_key(&chat) && !copy {
                answered.entry(chat).or_insert(at);
            }
        }
        if answered.len() == asked.len() {
            break;
        }
    }
    stop.send(true).expect("stop");
    let _ = tokio::time::timeout(Duration::from_secs(15), bot).await;
    engine.store().close().await;
    let mut latencies: Vec<i64> = answered.iter().map(|(chat, at)| at - asked[chat]).collect();
    latencies.sort_unstable();
    Outcome {
        missing: asked.len() - answered.len(),
        latencies,
        copies_meanwhile,
        slow_chat_calls,
    }
}

fn percentile(sorted: &[i64], p: f64) -> i64 {
    if sorted.is_empty() {
        return -1;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let subscribers = env("PAIRBOT_BENCH_SUBSCRIBERS", 10_000) as i64;
    let writers = env("PAIRBOT_BENCH_WRITERS", 200) as i64;
    // 200 over 20 s, half of them with a copy of the broadcast to receive first: 15
    // messages a second that pass the broadcast, within Telegram's 28 for one process.
    let spread_secs = env("PAIRBOT_BENCH_SPREAD_SECS", 20) as u64;
    if std::env::var("PAIRBOT_TELEGRAM_EMULATOR").is_err() {
        eprintln!("set PAIRBOT_TELEGRAM_EMULATOR (scripts/test.sh installs the emulator)");
        std::process::exit(2);
    }
    println!(
        "| run | replies | p50 | p95 | p99 | max | missing | broadcast copies sent meanwhile |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    for (name, slow) in [
        ("broadcast draining", None),
        ("… and one chat's calls take 10 s", Some(SLOW_CHAT)),
    ] {
        let o = run(subscribers, writers, spread_secs, slow).await;
        let l = &o.latencies;
        println!(
            "| {name} | {} | {} ms | {} ms | {} ms | {} ms | {} | {}{} |",
            l.len(),
            percentile(l, 50.0),
            percentile(l, 95.0),
            percentile(l, 99.0),
            l.last().copied().unwrap_or(-1),
            o.missing,
            o.copies_meanwhile,
            if slow.is_some() {
                format!(" (slow chat: {} calls)", o.slow_chat_calls)
            } else {
                String::new()
            }
        );
    }
}
