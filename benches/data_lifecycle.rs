//! Data lifecycle: importing 10,000 partners from a spreadsheet, and a retention purge over
//! 100,000 people, on SQLite and, when asked, PostgreSQL: how long each takes, and how long
//! a person writing to the bot meanwhile waits for the reply to be queued.
//!
//! ```sh
//! cargo bench --no-default-features --bench data_lifecycle                # SQLite
//! PAIRBOT_BENCH_PG=postgres://postgres@127.0.0.1:5432/postgres \
//!   cargo bench --no-default-features --bench data_lifecycle              # and PostgreSQL
//! PAIRBOT_BENCH_PEOPLE=20000 cargo bench …                                 # fewer people
//! ```
//!
//! A probe sends `/aide` every 20 ms through `Engine::handle` during each operation (and
//! alone first, for the baseline); its p50, p99 and worst latency are what the operation
//! costs the people using the bot. Prints Markdown table rows for `docs/benchmarks.md`.

use pairbot::app::Engine;
use pairbot::core::{Incoming, Platform, Settings, UserId};
use pairbot::store::Store;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

mod support;

const PARTNERS: usize = 10_000;
const PEOPLE: usize = 100_000;
const DAY: i64 = 86_400;

/// Sends `/aide` every 20 ms until `stop`; returns each reply's handling time.
fn probe(engine: Engine, stop: Arc<AtomicBool>) -> tokio::task::JoinHandle<Vec<Duration>> {
    tokio::spawn(async move {
        let mut took = Vec::new();
        let mut n = 0u64;
        while !stop.load(Ordering::Acquire) {
            n += 1;
            let mut msg = Incoming::private_text(Platform::Console, "probe", "/aide");
            msg.event_id = Some(format!("probe-{n}"));
            let started = Instant::now();
            engine.handle(&msg).await.expect("probe handled");
            took.push(started.elapsed());
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        took
    })
}

fn summary(mut took: Vec<Duration>) -> String {
    if took.is_empty() {
        return "no probe".into();
    }
    took.sort();
    let at = |q: f64| took[((took.len() - 1) as f64 * q) as usize];
    format!(
        "{} probes, p50 {:.1} ms, p99 {:.1} ms, worst {:.1} ms",
        took.len(),
        at(0.5).as_secs_f64() * 1e3,
        at(0.99).as_secs_f64() * 1e3,
        took.last().unwrap().as_secs_f64() * 1e3
    )
}

/// Runs `work` with the probe beside it; the work's time and the probe's summary.
async fn with_probe<F, T>(engine: &Engine, work: F) -> (Duration, String, T)
where
    F: std::future::Future<Output = T>,
{
    let stop = Arc::new(AtomicBool::new(false));
    let probing = probe(engine.clone(), stop.clone());
    let started = Instant::now();
    let out = work.await;
    let took = started.elapsed();
    stop.store(true, Ordering::Release);
    let probes = probing.await.expect("probe");
    // The outbox of the probe's replies is emptied between runs.
    engine.deliver(&support::Sink).await.expect("drained");
    (took, summary(probes), out)
}

/// A spreadsheet of `n` partners, as a French spreadsheet saves it.
fn spreadsheet(n: usize) -> String {
    let conditions = [
        "Sclérose en plaques",
        "Diabète de type 1",
        "Cancer du sein",
        "Maladie d'Alzheimer",
        "Asthme",
    ];
    let roles = ["Pair-aidant", "Patient ressource", "Pair-aidant familial"];
    let mut csv = String::from(
        "\u{feff}plateforme;identifiant;pseudonyme;rôles;situations vécues;départements;en ligne;présentation;accord le\r\n",
    );
    for i in 0..n {
        csv.push_str(&format!(
            "telegram;{};Partenaire {i};{};{};{:02};{};Vingt ans d'expérience, écoute et partage.;2026-01-15\r\n",
            900_000_000 + i,
            roles[i % roles.len()],
            conditions[i % conditions.len()],
            // 01 to 95 without 20 (Corsica is 2A and 2B).
            match 1 + i % 94 {
                d if d >= 20 => d + 1,
                d => d,
            },
            if i % 2 == 0 { "oui" } else { "non" },
        ));
    }
    csv
}

async fn run(backend: &str, url: &str, people: usize) {
    let store = Store::open(url).await.expect("database");
    let engine = Engine::new(store, Settings::default()).expect("engine");
    let (_, baseline, ()) = with_probe(&engine, tokio::time::sleep(Duration::from_secs(2))).await;
    println!("| {backend} | baseline (nothing else) | – | {baseline} |");

    let csv = spreadsheet(PARTNERS);
    let (took, probes, report) = with_probe(
        &engine,
        pairbot::admin::partners::import(&engine, &csv, true, false),
    )
    .await;
    let report = report.expect("import");
    assert_eq!(report.created, PARTNERS, "{:?}", report.problems.first());
    println!(
        "| {backend} | import of {PARTNERS} partners (approved) | {:.1} s | {probes} |",
        took.as_secs_f64()
    );
    let (took, probes, report) = with_probe(
        &engine,
        pairbot::admin::partners::import(&engine, &csv, true, false),
    )
    .await;
    assert_eq!(report.expect("import").unchanged, PARTNERS);
    println!(
        "| {backend} | the same file again (nothing changes) | {:.1} s | {probes} |",
        took.as_secs_f64()
    );

    // People who chose a language and never consented: retention erases them 30 days
    // after their last message.
    let created = Instant::now();
    for chunk in (0..people).collect::<Vec<_>>().chunks(1_000) {
        let mut tx = engine.store().begin().await.expect("tx");
        for i in chunk {
            tx.set_user_locale(
                Platform::Telegram,
                &UserId(format!("{}", 100_000_000 + i)),
                pairbot::i18n::Lang::Fr,
            )
            .await
            .expect("user");
        }
        tx.commit().await.expect("commit");
    }
    eprintln!(
        "{people} people created in {:.1} s",
        created.elapsed().as_secs_f64()
    );
    let at = pairbot::store::now() + 31 * DAY;
    let (took, probes, done) = with_probe(&engine, engine.apply_retention(at)).await;
    let done = done.expect("purge");
    assert_eq!(
        done.0.get("people_unconsented").copied(),
        Some(people as u64)
    );
    println!(
        "| {backend} | purge of {people} people (30 days without a word, never consented) | {:.1} s | {probes} |",
        took.as_secs_f64()
    );
    engine.store().close().await;
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let people = std::env::var("PAIRBOT_BENCH_PEOPLE")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(PEOPLE);
    println!("| backend | operation | time | a person writing meanwhile |");
    println!("|---|---|---|---|");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("lifecycle.db");
    run("SQLite", path.to_str().expect("path"), people).await;
    if let Ok(admin) = std::env::var("PAIRBOT_BENCH_PG") {
        let url = support::fresh_pg(&admin, "pairbot_bench_lifecycle").await;
        run("PostgreSQL", &url, people).await;
    }
}
