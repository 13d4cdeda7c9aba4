//! Booking contention: 1,000 people tap "book" on a few small slots at the same moment,
//! through the whole message path (`Engine::handle`), on SQLite and, when asked,
//! PostgreSQL. Measures the time until every attempt is answered, and checks that no slot
//! is overbooked, that nobody holds two places, and that everyone got exactly one answer.
//!
//! ```sh
//! cargo bench --no-default-features --bench booking_contention                # SQLite
//! PAIRBOT_BENCH_PG=postgres://postgres@127.0.0.1:5432/postgres \
//!   cargo bench --no-default-features --bench booking_contention              # and PostgreSQL
//! ```
//!
//! Three rounds, each started at once from a 2-worker runtime:
//! 1. 1,000 people book one of 20 slots of 3 places (50 per slot);
//! 2. the same 1,000 tap again, as a double tap does;
//! 3. half of them cancel while 500 newcomers book the same slots.
//!
//! Prints one Markdown table row per (backend, round): the figures of
//! `docs/benchmarks.md`. Any broken rule stops the bench with a panic naming it.

use pairbot::app::Engine;
use pairbot::core::{Body, Incoming, Outgoing, Platform, SendError, Settings, Transport, UserId};
use pairbot::store::{BookingStatus, NewPermanence, Store};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

mod support;

/// People in the first rounds.
const PEOPLE: usize = 1_000;
/// Slots they share.
const SLOTS: usize = 20;
/// Places per slot.
const CAPACITY: i64 = 3;

/// A transport that counts the answers each person receives.
#[derive(Default)]
struct Counter(Mutex<HashMap<String, usize>>);

impl Counter {
    fn take(&self) -> HashMap<String, usize> {
        std::mem::take(&mut *self.0.lock().expect("counter"))
    }
}

impl Transport for Counter {
    fn platform(&self) -> Platform {
        Platform::Console
    }

    async fn send(&self, message: &Outgoing) -> Result<(), SendError> {
        // A confirmation's calendar file follows it as a message of its own.
        if message.text.is_empty() {
            return Ok(());
        }
        *self
            .0
            .lock()
            .expect("counter")
            .entry(message.user.0.clone())
            .or_default() += 1;
        Ok(())
    }
}

fn choice(user: &str, data: String) -> Incoming {
    Incoming {
        body: Body::Choice(data),
        ..Incoming::private_text(Platform::Console, user, "")
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1}", d.as_secs_f64() * 1000.0)
}

/// A store with one permanence of `SLOTS` slots two days ahead and `people` consented
/// people (`c0`, `c1`, …); returns the engine and the slots.
async fn prepare(url: &str, people: usize) -> (Engine, Vec<i64>) {
    let store = Store::open(url).await.expect("open");
    let now = pairbot::store::now();
    let mut tx = store.begin().await.expect("begin");
    let permanence = NewPermanence {
        title: "Permanence d'essai".into(),
        structure: "Association fictive".into(),
        online: true,
        link: Some("https://visio.example.org/permanence-essai".into()),
        slot_minutes: 30,
        capacity: CAPACITY,
        open_days: 14,
        cutoff_minutes: 240,
        ..Default::default()
    };
    let id = tx
        .create_permanence(&permanence, now)
        .await
        .expect("permanence");
    let first = now + 2 * 86_400;
    let times: Vec<(i64, i64)> = (0..SLOTS as i64)
        .map(|i| (first + i * 1800, first + i * 1800 + 1800))
        .collect();
    tx.add_slots(id, &times, CAPACITY).await.expect("slots");
    let slots = tx
        .slots_of(id)
        .await
        .expect("slots")
        .into_iter()
        .map(|s| s.0)
        .collect();
    for i in 0..people {
        tx.give_consent(Platform::Console, &UserId(format!("c{i}")), now)
            .await
            .expect("consent");
    }
    tx.commit().await.expect("commit");
    let engine = Engine::new(store, Settings::default()).expect("engine");
    (engine, slots)
}

/// Handles every `(person, choice)` at once; returns each one's handling time and the
/// time until the last was answered.
async fn at_once(engine: &Engine, attempts: Vec<(String, String)>) -> (Vec<Duration>, Duration) {
    let (go, _) = tokio::sync::broadcast::channel::<()>(1);
    let mut tasks = Vec::with_capacity(attempts.len());
    for (user, data) in attempts {
        let engine = engine.clone();
        let mut start = go.subscribe();
        tasks.push(tokio::spawn(async move {
            start.recv().await.expect("start");
            let at = Instant::now();
            engine.handle(&choice(&user, data)).await.expect("handle");
            at.elapsed()
        }));
    }
    let start = Instant::now();
    go.send(()).expect("go");
    let mut samples = Vec::with_capacity(tasks.len());
    for task in tasks {
        samples.push(task.await.expect("attempt"));
    }
    (samples, start.elapsed())
}

/// Every person's active booking (booking number, confirmed) among `people`.
async fn bookings(engine: &Engine, people: &[String]) -> HashMap<String, (i64, bool)> {
    let mut tx = engine.store().begin().await.expect("begin");
    let mut held = HashMap::new();
    for person in people {
        let mine = tx
            .bookings_of((Platform::Console, &UserId(person.clone())), 0)
            .await
            .expect("bookings");
        assert!(mine.len() <= 1, "{person} holds {} bookings", mine.len());
        if let Some(b) = mine.first() {
            held.insert(person.clone(), (b.id, b.status == BookingStatus::Confirmed));
        }
    }
    tx.rollback().await.expect("rollback");
    held
}

/// Checks every slot against the rules; returns the places taken and the people waiting.
async fn check_slots(engine: &Engine, slots: &[i64]) -> (i64, i64) {
    let mut tx = engine.store().begin().await.expect("begin");
    let (mut places, mut waiting) = (0, 0);
    for &slot in slots {
        let (c, w, booked) = tx.slot_counts(slot).await.expect("counts");
        assert!(c <= CAPACITY, "slot {slot} overbooked: {c} of {CAPACITY}");
        assert_eq!(c, booked, "slot {slot}: its count is not its bookings");
        assert!(
            w == 0 || c == CAPACITY,
            "slot {slot}: a place is free while {w} wait"
        );
        places += c;
        waiting += w;
    }
    tx.rollback().await.expect("rollback");
    (places, waiting)
}

fn row(label: &str, round: &str, samples: Vec<Duration>, settled: Duration, counts: (i64, i64)) {
    let mut samples = samples;
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() as f64 * q) as usize).min(samples.len() - 1)];
    println!(
        "| {label} | {round} | {} | {} | {} | {} | {} | {} | {} | 0 |",
        samples.len(),
        ms(settled),
        ms(at(0.5)),
        ms(at(0.99)),
        ms(*samples.last().expect("samples")),
        counts.0,
        counts.1,
    );
}

async fn run(label: &str, url: &str) {
    let (engine, slots) = prepare(url, PEOPLE + PEOPLE / 2).await;
    let counter = Counter::default();
    let people: Vec<String> = (0..PEOPLE).map(|i| format!("c{i}")).collect();
    let first: Vec<(String, String)> = people
        .iter()
        .enumerate()
        .map(|(i, p)| (p.clone(), format!("perm:confirm:{}", slots[i % SLOTS])))
        .collect();

    // Round 1: everyone books at once.
    let (samples, settled) = at_once(&engine, first.clone()).await;
    engine.deliver(&counter).await.expect("deliver");
    let counts = check_slots(&engine, &slots).await;
    assert_eq!(counts.0, CAPACITY * SLOTS as i64, "every place taken");
    assert_eq!(counts.0 + counts.1, PEOPLE as i64, "every attempt stored");
    let answers = counter.take();
    for p in &people {
        assert_eq!(answers.get(p), Some(&1), "{p}: one answer");
    }
    let held = bookings(&engine, &people).await;
    assert_eq!(held.len(), PEOPLE);
    row(label, "1,000 book at once", samples, settled, counts);

    // Round 2: the same taps again; nothing changes, everyone is told they already have it.
    let (samples, settled) = at_once(&engine, first).await;
    engine.deliver(&counter).await.expect("deliver");
    let again = check_slots(&engine, &slots).await;
    assert_eq!(again, counts, "a double tap changed the slots");
    let answers = counter.take();
    for p in &people {
        assert_eq!(
            answers.get(p),
            Some(&1),
            "{p}: one answer to the double tap"
        );
    }
    assert_eq!(
        bookings(&engine, &people).await,
        held,
        "a double tap moved a booking"
    );
    row(label, "the same 1,000 again", samples, settled, again);

    // Round 3: every other person cancels while 500 newcomers book.
    let leaving: Vec<&String> = people.iter().step_by(2).collect();
    let newcomers: Vec<String> = (PEOPLE..PEOPLE + PEOPLE / 2)
        .map(|i| format!("c{i}"))
        .collect();
    let mut attempts: Vec<(String, String)> = leaving
        .iter()
        .map(|p| ((*p).clone(), format!("perm:cancel:{}", held[*p].0)))
        .collect();
    attempts.extend(
        newcomers
            .iter()
            .enumerate()
            .map(|(i, p)| (p.clone(), format!("perm:confirm:{}", slots[i % SLOTS]))),
    );
    let (samples, settled) = at_once(&engine, attempts).await;
    engine.deliver(&counter).await.expect("deliver");
    let after = check_slots(&engine, &slots).await;
    let everyone: Vec<String> = people.iter().chain(&newcomers).cloned().collect();
    let now_held = bookings(&engine, &everyone).await;
    for p in &leaving {
        assert!(!now_held.contains_key(*p), "{p} cancelled but still holds");
    }
    assert_eq!(
        now_held.len(),
        PEOPLE - leaving.len() + newcomers.len(),
        "a booking was lost or doubled"
    );
    assert_eq!(after.0 + after.1, now_held.len() as i64);
    // Everyone is answered once; a person waiting is also told when a place frees up.
    // Who was promoted during the round is known only for those who stayed: a leaver may
    // have been promoted just before their cancellation, a newcomer just after booking.
    let answers = counter.take();
    for p in &everyone {
        let got = answers.get(p).copied().unwrap_or(0);
        let was_waiting = held.get(p).is_some_and(|h| !h.1);
        let confirmed_now = now_held.get(p).is_some_and(|h| h.1);
        let expected = if leaving.contains(&p) {
            1..=1 + usize::from(was_waiting)
        } else if newcomers.contains(p) {
            1..=1 + usize::from(confirmed_now)
        } else {
            let promoted = usize::from(was_waiting && confirmed_now);
            promoted..=promoted
        };
        assert!(
            expected.contains(&got),
            "{p}: {got} answers, {expected:?} expected"
        );
    }
    row(label, "500 cancel, 500 book", samples, settled, after);
    engine.store().close().await;
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    println!(
        "| backend | round | attempts | settled in ms | p50 ms | p99 ms | max ms | places taken | waiting | overbooked |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|");
    let tmp = std::env::temp_dir().join(format!("pairbot-booking-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).expect("temp dir");
    let path = tmp.join("booking.db");
    run("SQLite", &format!("sqlite:{}", path.display())).await;
    if let Ok(admin) = std::env::var("PAIRBOT_BENCH_PG") {
        let url = support::fresh_pg(&admin, "pairbot_bench_booking").await;
        run("PostgreSQL", &url).await;
    }
    let _ = std::fs::remove_dir_all(&tmp);
}
