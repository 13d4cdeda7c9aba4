//! Permanences: drop-in times held by partners at a place or online (work in progress:
//! the schedule is here; booking lives in the store, decided by the database).

pub mod booking;
pub mod schedule;
