//! Directory search at 1k, 10k and 100k profiles, free text and guided, through the whole
//! message path (`Engine::handle`: transaction, index, page read, reply in the outbox).
//!
//! ```sh
//! cargo bench --no-default-features --bench directory_search            # SQLite
//! PAIRBOT_BENCH_PG=postgres://postgres@127.0.0.1:5432/postgres \
//!   cargo bench --no-default-features --bench directory_search          # and PostgreSQL
//! PAIRBOT_BENCH_SIZES=1000,10000 cargo bench ...                        # other sizes
//! ```
//!
//! Prints one Markdown table row per (backend, size, kind): the figures of
//! `docs/benchmarks.md`; then, on SQLite, the memory the search index holds per size.

use pairbot::app::Engine;
use pairbot::core::{Body, Incoming, Platform, Settings, UserId};
use pairbot::features::directory::Directory;
use pairbot::i18n::I18n;
use pairbot::store::{PartnerProfile, PartnerStatus, Store};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

mod support;
use support::Sink;

/// The system allocator, counting the bytes of Rust allocations alive (SQLite's own page
/// cache is allocated in C, outside this count).
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);

// SAFETY: every call is forwarded to `System` with the same arguments; only the count is
// added.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        // SAFETY: the caller's guarantees on `layout` hold for `System` too.
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` was allocated by `System` with this `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        LIVE.fetch_add(new_size, Ordering::Relaxed);
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: as for `dealloc`, and `new_size` is the caller's.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Searches measured per (size, kind), after the warm-up.
const SAMPLES: usize = 2_000;

const FREE_TEXT: &[&str] = &[
    "/chercher SEP Toulouse",
    "/chercher diabète 31",
    "/chercher cancer du sein à Lyon",
    "/chercher pair aidant bipolaire en ligne",
    "/chercher AVC Isère",
    "/chercher dépression Montpellier",
    "/chercher enfant handicapé 38",
    "/chercher Alzheimer en ligne",
];

/// (condition typed, place typed) for the guided search; the role question is skipped.
const GUIDED: &[(&str, &str)] = &[
    ("SEP", "Toulouse"),
    ("diabète", "31"),
    ("cancer du sein", "Lyon"),
    ("AVC", "Isère"),
];

/// A small deterministic generator (no dependency, same profiles on every run).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) as usize
    }

    fn pick<'a>(&mut self, items: &'a [String]) -> &'a String {
        &items[self.next() % items.len()]
    }
}

fn profiles(dir: &Directory, n: usize) -> Vec<PartnerProfile> {
    let mut rng = Lcg(42);
    let departments: Vec<String> = pairbot::features::directory::geo::DEPARTMENTS
        .iter()
        .map(|d| d.code.to_owned())
        .collect();
    (0..n)
        .map(|i| {
            let mut conditions = vec![rng.pick(dir.conditions.keys()).clone()];
            if rng.next().is_multiple_of(3) {
                conditions.push(rng.pick(dir.conditions.keys()).clone());
            }
            conditions.sort();
            conditions.dedup();
            let mut places = vec![rng.pick(&departments).clone()];
            if rng.next().is_multiple_of(4) {
                places.push(rng.pick(&departments).clone());
            }
            places.sort();
            places.dedup();
            PartnerProfile {
                pseudonym: format!("Partenaire {i}"),
                roles: vec![rng.pick(dir.roles.keys()).clone()],
                conditions,
                extra_conditions: String::new(),
                departments: places,
                online: rng.next().is_multiple_of(3),
                languages: vec!["fr".to_owned()],
                training: rng.pick(dir.trainings.keys()).clone(),
                missions: vec![rng.pick(dir.missions.keys()).clone()],
                availability: if rng.next().is_multiple_of(2) {
                    "le soir".to_owned()
                } else {
                    String::new()
                },
                bio: "Profil fictif de mesure.".to_owned(),
                association: String::new(),
            }
        })
        .collect()
}

async fn fill(store: &Store, profiles: &[PartnerProfile]) {
    for (chunk_no, chunk) in profiles.chunks(5_000).enumerate() {
        let mut tx = store.begin().await.expect("begin");
        for (i, profile) in chunk.iter().enumerate() {
            let user = UserId(format!("bench-partner-{}", chunk_no * 5_000 + i));
            let (id, revision) = tx
                .save_partner(Platform::Console, &user, profile)
                .await
                .expect("save");
            tx.decide_partner(id, revision, PartnerStatus::Approved, None)
                .await
                .expect("approve");
        }
        tx.commit().await.expect("commit");
    }
}

fn message(user: &str, body: Body) -> Incoming {
    Incoming {
        body,
        ..Incoming::private_text(Platform::Console, user, "")
    }
}

/// Handles one message and returns how long it took.
async fn timed(engine: &Engine, msg: &Incoming) -> Duration {
    let start = Instant::now();
    engine.handle(msg).await.expect("handle");
    start.elapsed()
}

struct Figures {
    p50: Duration,
    p99: Duration,
    max: Duration,
    per_second: f64,
}

fn figures(mut samples: Vec<Duration>) -> Figures {
    samples.sort_unstable();
    let total: Duration = samples.iter().sum();
    let at = |q: f64| samples[((samples.len() as f64 * q) as usize).min(samples.len() - 1)];
    Figures {
        p50: at(0.50),
        p99: at(0.99),
        max: *samples.last().expect("samples"),
        per_second: samples.len() as f64 / total.as_secs_f64(),
    }
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1000.0)
}

/// Runs every measure for one backend and size; returns the bytes the first search left
/// allocated (the index, once built).
async fn run(label: &str, url: &str, size: usize, dir: &Directory) -> usize {
    let store = Store::open(url).await.expect("open");
    let loading = Instant::now();
    fill(&store, &profiles(dir, size)).await;
    let load_time = loading.elapsed();
    let engine = Engine::new(store, Settings::default()).expect("engine");
    let users: Vec<String> = (0..50).map(|i| format!("bench-searcher-{i}")).collect();
    {
        let mut tx = engine.store().begin().await.expect("begin");
        for user in &users {
            tx.give_consent(Platform::Console, &UserId(user.clone()), 1)
                .await
                .expect("consent");
        }
        tx.commit().await.expect("commit");
    }
    // The first search builds this process's index.
    let before = LIVE.load(Ordering::Relaxed);
    let build = timed(
        &engine,
        &message(&users[0], Body::Text(FREE_TEXT[0].to_owned())),
    )
    .await;
    let index_bytes = LIVE.load(Ordering::Relaxed).saturating_sub(before);
    let mut free = Vec::with_capacity(SAMPLES);
    for i in 0..SAMPLES + 100 {
        let msg = message(
            &users[i % users.len()],
            Body::Text(FREE_TEXT[i % FREE_TEXT.len()].to_owned()),
        );
        let took = timed(&engine, &msg).await;
        if i >= 100 {
            free.push(took);
        }
        if i.is_multiple_of(100) {
            engine.deliver(&Sink).await.expect("deliver");
        }
    }
    // A search right after a profile changed: the index takes in that change first.
    let mut after_change = Vec::with_capacity(SAMPLES / 10);
    for i in 0..SAMPLES / 10 {
        let partner = UserId(format!("bench-partner-{}", (i * 7919) % size));
        {
            let mut tx = engine.store().begin().await.expect("begin");
            tx.set_partner_paused(Platform::Console, &partner, i % 2 == 0)
                .await
                .expect("pause");
            tx.commit().await.expect("commit");
        }
        let msg = message(
            &users[i % users.len()],
            Body::Text(FREE_TEXT[i % FREE_TEXT.len()].to_owned()),
        );
        after_change.push(timed(&engine, &msg).await);
    }
    engine.deliver(&Sink).await.expect("deliver");
    let mut guided = Vec::with_capacity(SAMPLES / 4);
    for i in 0..SAMPLES / 4 + 25 {
        let user = &users[i % users.len()];
        let (condition, place) = GUIDED[i % GUIDED.len()];
        for body in [
            Body::Choice("find:guided".to_owned()),
            Body::Text(condition.to_owned()),
            Body::Text(place.to_owned()),
        ] {
            engine.handle(&message(user, body)).await.expect("handle");
        }
        let took = timed(
            &engine,
            &message(user, Body::Choice("find:g:2:skip".to_owned())),
        )
        .await;
        if i >= 25 {
            guided.push(took);
        }
        if i.is_multiple_of(25) {
            engine.deliver(&Sink).await.expect("deliver");
        }
    }
    // The search alone, without the message path: parsing and the index.
    let index = {
        let mut tx = engine.store().begin().await.expect("begin");
        let index = engine
            .search_cache()
            .get(engine.directory(), &mut tx)
            .await
            .expect("index");
        tx.rollback().await.expect("rollback");
        index
    };
    let searcher = UserId("bench-searcher-0".to_owned());
    let mut core = Vec::with_capacity(SAMPLES);
    for i in 0..SAMPLES {
        let text = FREE_TEXT[i % FREE_TEXT.len()].trim_start_matches("/chercher ");
        let start = Instant::now();
        let criteria = pairbot::features::directory::search::parse(dir, text, false);
        let found = index.search(dir, &criteria, (Platform::Console, &searcher), 0, 5);
        core.push(start.elapsed());
        assert!(found.total >= found.hits.len() && found.total >= found.exact);
    }
    for (kind, samples) in [
        ("free text", free),
        ("free text, just after a profile change", after_change),
        ("guided", guided),
        ("parse + index only", core),
    ] {
        let f = figures(samples);
        println!(
            "| {label} | {size} | {kind} | {} | {} | {} | {:.0} | {} | {:.1} |",
            ms(f.p50),
            ms(f.p99),
            ms(f.max),
            f.per_second,
            ms(build),
            load_time.as_secs_f64()
        );
    }
    engine.store().close().await;
    index_bytes
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let sizes: Vec<usize> = std::env::var("PAIRBOT_BENCH_SIZES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    let dir = Directory::load(&I18n::load().expect("texts"));
    println!(
        "| backend | profiles | search | p50 ms | p99 ms | max ms | searches/s | first search (index build) ms | load s |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    let tmp = std::env::temp_dir().join(format!("pairbot-bench-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let mut memory = Vec::new();
    for &size in &sizes {
        let path = tmp.join(format!("search-{size}.db"));
        let _ = std::fs::remove_file(&path);
        let bytes = run("SQLite", &format!("sqlite:{}", path.display()), size, &dir).await;
        memory.push((size, bytes));
    }
    if let Ok(admin) = std::env::var("PAIRBOT_BENCH_PG") {
        for &size in &sizes {
            let url = support::fresh_pg(&admin, &format!("pairbot_bench_{size}")).await;
            run("PostgreSQL", &url, size, &dir).await;
        }
    }
    println!();
    println!("| profiles | index in memory MB | bytes per profile |");
    println!("|---|---|---|");
    for (size, bytes) in memory {
        println!(
            "| {size} | {:.1} | {} |",
            bytes as f64 / 1_000_000.0,
            bytes / size.max(1)
        );
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
