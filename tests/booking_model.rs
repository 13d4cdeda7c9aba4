//! A model-based property test of booking, on SQLite and PostgreSQL: random sequences of
//! bookings, cancellations and capacity changes on a permanence of two slots are run against
//! the store and against a plain in-memory model of what should happen; every outcome and,
//! after each step, every count must agree. proptest shrinks a failing sequence to a short one.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::TestDb;
use pairbot::core::{Platform, UserId};
use pairbot::store::{BookingOutcome, CancelOutcome, NewPermanence, Store};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use std::collections::VecDeque;

/// People and slots drawn from: few, so that sequences collide often.
const PEOPLE: usize = 6;
const SLOTS: usize = 2;

#[derive(Debug, Clone)]
enum Op {
    Book { person: usize, slot: usize },
    Cancel { person: usize, slot: usize },
    Capacity(i64),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0..PEOPLE, 0..SLOTS).prop_map(|(person, slot)| Op::Book { person, slot }),
        3 => (0..PEOPLE, 0..SLOTS).prop_map(|(person, slot)| Op::Cancel { person, slot }),
        1 => (1..5i64).prop_map(Op::Capacity),
    ]
}

/// What the store should do with one slot.
#[derive(Debug, Clone, Default)]
struct ModelSlot {
    capacity: i64,
    confirmed: Vec<usize>,
    waiting: VecDeque<usize>,
}

/// An outcome, without booking numbers (the model has none).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Seen {
    Confirmed,
    Waiting(i64),
    AlreadyBooked,
    Cancelled { promoted: Option<usize> },
    NotFound,
    Promoted(Vec<usize>),
}

impl ModelSlot {
    fn book(&mut self, person: usize) -> Seen {
        if self.confirmed.contains(&person) || self.waiting.contains(&person) {
            return Seen::AlreadyBooked;
        }
        if (self.confirmed.len() as i64) < self.capacity {
            self.confirmed.push(person);
            Seen::Confirmed
        } else {
            self.waiting.push_back(person);
            Seen::Waiting(self.waiting.len() as i64)
        }
    }

    fn cancel(&mut self, person: usize) -> Seen {
        if let Some(i) = self.confirmed.iter().position(|p| *p == person) {
            self.confirmed.remove(i);
            // The freed place goes to the first person waiting.
            let promoted = self.waiting.pop_front();
            if let Some(next) = promoted {
                self.confirmed.push(next);
            }
            return Seen::Cancelled { promoted };
        }
        if let Some(i) = self.waiting.iter().position(|p| *p == person) {
            self.waiting.remove(i);
            return Seen::Cancelled { promoted: None };
        }
        Seen::NotFound
    }

    /// Never below the places taken; new places go to the people waiting, in order.
    fn set_capacity(&mut self, capacity: i64) -> Vec<usize> {
        self.capacity = capacity.max(self.confirmed.len() as i64);
        let mut promoted = Vec::new();
        while (self.confirmed.len() as i64) < capacity {
            let Some(next) = self.waiting.pop_front() else {
                break;
            };
            self.confirmed.push(next);
            promoted.push(next);
        }
        promoted
    }
}

fn person(i: usize) -> UserId {
    UserId(format!("p{i}"))
}

fn index_of(user: &UserId) -> usize {
    user.0[1..].parse().expect("a person of the model")
}

/// Runs one sequence on a fresh permanence of `store`, comparing with the model.
async fn check(store: &Store, ops: &[Op]) -> Result<(), TestCaseError> {
    let start_capacity = 2;
    let mut tx = store.begin().await.unwrap();
    let permanence = NewPermanence {
        title: "Modèle".into(),
        structure: "Test".into(),
        slot_minutes: 30,
        capacity: start_capacity,
        open_days: 14,
        cutoff_minutes: 0,
        ..Default::default()
    };
    let id = tx.create_permanence(&permanence, 1).await.unwrap();
    let base = 2_000_000_000 + id * 100_000;
    let times: Vec<(i64, i64)> = (0..SLOTS as i64)
        .map(|i| (base + i * 3_600, base + i * 3_600 + 1_800))
        .collect();
    tx.add_slots(id, &times, start_capacity).await.unwrap();
    let slots: Vec<i64> = tx
        .slots_of(id)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.0)
        .collect();
    tx.commit().await.unwrap();
    prop_assert_eq!(slots.len(), SLOTS);
    let mut model: Vec<ModelSlot> = (0..SLOTS)
        .map(|_| ModelSlot {
            capacity: start_capacity,
            ..ModelSlot::default()
        })
        .collect();
    // Booking numbers of each (person, slot) while active, to cancel by number.
    let mut numbers = std::collections::HashMap::new();
    for (step, op) in ops.iter().enumerate() {
        let mut tx = store.begin().await.unwrap();
        let at = 10 + step as i64;
        let (seen, expected) = match op {
            Op::Book { person: p, slot } => {
                let outcome = tx
                    .book(slots[*slot], (Platform::Console, &person(*p)), at)
                    .await
                    .unwrap();
                let seen = match outcome {
                    BookingOutcome::Confirmed(n) => {
                        numbers.insert((*p, *slot), n);
                        Seen::Confirmed
                    }
                    BookingOutcome::Waiting(n, position) => {
                        numbers.insert((*p, *slot), n);
                        Seen::Waiting(position)
                    }
                    BookingOutcome::AlreadyBooked(_) => Seen::AlreadyBooked,
                    BookingOutcome::Unavailable => panic!("the slot exists"),
                };
                (seen, model[*slot].book(*p))
            }
            Op::Cancel { person: p, slot } => {
                // An unknown number stands for "no booking" (the person never booked).
                let number = numbers.get(&(*p, *slot)).copied().unwrap_or(i64::MAX);
                let outcome = tx
                    .cancel_booking(number, (Platform::Console, &person(*p)), at)
                    .await
                    .unwrap();
                let seen = match outcome {
                    CancelOutcome::Cancelled { promoted } => {
                        numbers.remove(&(*p, *slot));
                        Seen::Cancelled {
                            promoted: promoted.map(|(_, _, user)| index_of(&user)),
                        }
                    }
                    CancelOutcome::NotFound => Seen::NotFound,
                };
                (seen, model[*slot].cancel(*p))
            }
            Op::Capacity(capacity) => {
                let promoted = tx.set_future_capacity(id, *capacity, 0, at).await.unwrap();
                let seen = Seen::Promoted(promoted.iter().map(|(_, _, u)| index_of(u)).collect());
                let expected: Vec<usize> = model
                    .iter_mut()
                    .flat_map(|m| m.set_capacity(*capacity))
                    .collect();
                (seen, Seen::Promoted(expected))
            }
        };
        tx.commit().await.unwrap();
        prop_assert_eq!(&seen, &expected, "step {}: {:?}", step, op);
        // Counts from the bookings themselves agree with the model and with `booked`.
        let mut tx = store.begin_read().await.unwrap();
        for (slot, m) in slots.iter().zip(&model) {
            let (confirmed, waiting, booked) = tx.slot_counts(*slot).await.unwrap();
            prop_assert_eq!(confirmed, m.confirmed.len() as i64, "step {}", step);
            prop_assert_eq!(waiting, m.waiting.len() as i64, "step {}", step);
            prop_assert_eq!(booked, confirmed, "step {}", step);
            prop_assert!(
                confirmed <= m.capacity.max(0),
                "overbooked at step {}",
                step
            );
        }
        tx.rollback().await.unwrap();
    }
    Ok(())
}

async fn booking_follows_the_model(db: &TestDb) {
    let store = db.store().await;
    // Fewer cases on PostgreSQL, where each step is a network round trip.
    let cases = if db.url.starts_with("postgres") {
        24
    } else {
        96
    };
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let handle = tokio::runtime::Handle::current();
    let result = runner.run(&proptest::collection::vec(op(), 1..40), |ops| {
        tokio::task::block_in_place(|| handle.block_on(check(&store, &ops)))
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    store.close().await;
}

on_every_backend!(booking_follows_the_model);
