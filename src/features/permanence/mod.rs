//! Permanences: drop-in times held by partners at a place or online. Patients find and
//! book them ([`booking`]); hosts and coordinators create and run them ([`manage`]); the
//! slots follow a local-time schedule ([`schedule`]). Who gets a place is decided by the
//! database.

pub mod booking;
pub mod manage;
pub mod schedule;
