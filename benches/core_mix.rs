//! Core throughput and latency for a realistic mix of messages (definitions, searches,
//! permanence listings and bookings, quiz dialogue steps, help), through the whole message
//! path (`Engine::handle`: transaction, parsing, feature, replies into the outbox, commit),
//! on SQLite and, when asked, PostgreSQL.
//!
//! ```sh
//! cargo bench --no-default-features --bench core_mix                     # SQLite
//! PAIRBOT_BENCH_PG=postgres://postgres@127.0.0.1:5432/postgres \
//!   cargo bench --no-default-features --bench core_mix                   # and PostgreSQL
//! PAIRBOT_BENCH_MESSAGES=2000 cargo bench ...                            # a shorter run
//! ```
//!
//! Prints one Markdown table row per (backend, mode): the figures of `docs/benchmarks.md`.
//! "one at a time" sends each message after the previous one is handled (latency);
//! "8 at once" keeps eight people writing concurrently (throughput on two cores).
//! `PAIRBOT_BENCH_KINDS=1` also prints, on stderr, the time of each kind of message one at a
//! time.

use pairbot::app::Engine;
use pairbot::core::{Body, Incoming, Platform, Settings, UserId};
use pairbot::store::Store;
use std::time::{Duration, Instant};

mod support;
use support::Sink;

/// People writing; each has consented.
const PEOPLE: usize = 200;

/// The `i`-th message of the mix for one person: what people mostly do, in proportion.
fn mix(i: usize, slot: i64) -> Body {
    match i % 20 {
        0..=4 => Body::Text(
            [
                "/definition ETP",
                "/definition pair aidance",
                "/def patient ressource",
            ][i % 3]
                .to_owned(),
        ),
        5..=8 => Body::Text(
            [
                "/chercher diabète 31",
                "/chercher SEP Toulouse",
                "/chercher cancer du sein en ligne",
            ][i % 3]
                .to_owned(),
        ),
        9 => Body::Text("/permanences".to_owned()),
        10 => Body::Choice("perm:slots:1".to_owned()),
        11 => Body::Choice(format!("perm:confirm:{slot}")),
        12 => Body::Text("/mes_reservations".to_owned()),
        13 => Body::Text("/quiz".to_owned()),
        14..=17 => Body::Text(["vrai", "faux"][i % 2].to_owned()),
        18 => Body::Text("/aide".to_owned()),
        _ => Body::Text("/glossaire".to_owned()),
    }
}

/// What the `i`-th message of the mix is, for the per-kind figures.
fn kind(i: usize) -> &'static str {
    match i % 20 {
        0..=4 => "definition",
        5..=8 => "directory search",
        9 => "permanence list",
        10 => "permanence slots",
        11 => "booking",
        12 => "own bookings",
        13 => "quiz start",
        14..=17 => "quiz answer",
        18 => "help",
        _ => "glossary",
    }
}

fn message(user: &str, body: Body) -> Incoming {
    Incoming {
        body,
        ..Incoming::private_text(Platform::Console, user, "")
    }
}

struct Figures {
    p50: Duration,
    p99: Duration,
    max: Duration,
}

fn figures(mut samples: Vec<Duration>) -> Figures {
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() as f64 * q) as usize).min(samples.len() - 1)];
    Figures {
        p50: at(0.50),
        p99: at(0.99),
        max: *samples.last().expect("samples"),
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

/// A store with the demo data and `PEOPLE` consented people; returns the engine and a slot
/// open for booking.
async fn prepare(url: &str) -> (Engine, i64) {
    let store = Store::open(url).await.expect("open");
    let now = pairbot::store::now();
    pairbot::demo::load(&store).await.expect("demo");
    pairbot::demo::load_permanences(&store, now)
        .await
        .expect("demo");
    pairbot::demo::load_programmes(&store, now)
        .await
        .expect("demo");
    let engine = Engine::new(store, Settings::default()).expect("engine");
    let mut tx = engine.store().begin().await.expect("begin");
    for i in 0..PEOPLE {
        tx.give_consent(Platform::Console, &UserId(format!("p{i}")), 1)
            .await
            .expect("consent");
    }
    tx.commit().await.expect("commit");
    // Lists the slots once, which creates them; then picks the first.
    engine
        .handle(&message("p0", Body::Choice("perm:slots:1".to_owned())))
        .await
        .expect("slots");
    let mut tx = engine.store().begin().await.expect("begin");
    let slot = tx
        .open_slots(1, now, now + 60 * 86_400)
        .await
        .expect("slots")[0]
        .id;
    tx.rollback().await.expect("rollback");
    engine.warm_up().await.expect("warm up");
    engine.deliver(&Sink).await.expect("deliver");
    (engine, slot)
}

/// Handling times one message at a time, per kind of message.
type PerKind = std::collections::BTreeMap<&'static str, Vec<Duration>>;

async fn one_at_a_time(engine: &Engine, slot: i64, n: usize) -> (Vec<Duration>, Duration, PerKind) {
    let mut samples = Vec::with_capacity(n);
    let mut per_kind = PerKind::new();
    let mut busy = Duration::ZERO;
    for i in 0..n {
        let user = format!("p{}", i % PEOPLE);
        let at = i / PEOPLE * 7 + i;
        let msg = message(&user, mix(at, slot));
        let start = Instant::now();
        engine.handle(&msg).await.expect("handle");
        let took = start.elapsed();
        busy += took;
        samples.push(took);
        per_kind.entry(kind(at)).or_default().push(took);
        if i % 500 == 499 {
            engine.deliver(&Sink).await.expect("deliver");
        }
    }
    engine.deliver(&Sink).await.expect("deliver");
    (samples, busy, per_kind)
}

async fn eight_at_once(engine: &Engine, slot: i64, n: usize) -> (Vec<Duration>, Duration) {
    const WRITERS: usize = 8;
    let start = Instant::now();
    let mut tasks = Vec::new();
    for w in 0..WRITERS {
        let engine = engine.clone();
        tasks.push(tokio::spawn(async move {
            let mut samples = Vec::with_capacity(n / WRITERS);
            for i in (w..n).step_by(WRITERS) {
                // Each writer has its own people, as separate chats do.
                let user = format!("p{}", (i % (PEOPLE / WRITERS)) * WRITERS + w);
                let msg = message(&user, mix(i / WRITERS, slot));
                let at = Instant::now();
                engine.handle(&msg).await.expect("handle");
                samples.push(at.elapsed());
            }
            samples
        }));
    }
    // Delivery runs alongside, as in production.
    let delivering = {
        let engine = engine.clone();
        tokio::spawn(async move {
            for _ in 0..10_000 {
                engine.deliver(&Sink).await.expect("deliver");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        })
    };
    let mut samples = Vec::with_capacity(n);
    for task in tasks {
        samples.extend(task.await.expect("writer"));
    }
    let wall = start.elapsed();
    delivering.abort();
    engine.deliver(&Sink).await.expect("deliver");
    (samples, wall)
}

async fn run(label: &str, url: &str, n: usize) {
    let (engine, slot) = prepare(url).await;
    // Warm-up: caches, prepared statements, the search index.
    one_at_a_time(&engine, slot, 400).await;
    let (samples, busy, per_kind) = one_at_a_time(&engine, slot, n).await;
    let f = figures(samples);
    println!(
        "| {label} | one at a time | {n} | {} | {} | {} | {:.0} |",
        ms(f.p50),
        ms(f.p99),
        ms(f.max),
        n as f64 / busy.as_secs_f64()
    );
    if std::env::var_os("PAIRBOT_BENCH_KINDS").is_some() {
        // On stderr, so that stdout stays the table of `docs/benchmarks.md`.
        for (kind, samples) in per_kind {
            let mean = samples.iter().sum::<Duration>() / samples.len() as u32;
            let f = figures(samples);
            eprintln!(
                "{label}: {kind}: mean {} ms, p50 {} ms, p99 {} ms",
                ms(mean),
                ms(f.p50),
                ms(f.p99)
            );
        }
    }
    let (samples, wall) = eight_at_once(&engine, slot, n).await;
    let f = figures(samples);
    println!(
        "| {label} | 8 at once | {n} | {} | {} | {} | {:.0} |",
        ms(f.p50),
        ms(f.p99),
        ms(f.max),
        n as f64 / wall.as_secs_f64()
    );
    engine.store().close().await;
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let n: usize = std::env::var("PAIRBOT_BENCH_MESSAGES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10_000);
    println!("| backend | mode | messages | p50 ms | p99 ms | max ms | messages/s |");
    println!("|---|---|---|---|---|---|---|");
    let tmp = std::env::temp_dir().join(format!("pairbot-mix-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let path = tmp.join("mix.db");
    run("SQLite", &format!("sqlite:{}", path.display()), n).await;
    if let Ok(admin) = std::env::var("PAIRBOT_BENCH_PG") {
        let url = support::fresh_pg(&admin, "pairbot_bench_mix").await;
        run("PostgreSQL", &url, n).await;
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
