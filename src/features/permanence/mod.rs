//! Permanences: drop-in times held by partners at a place or online. Patients find them
//! ([`listing`]) and book them ([`booking`]); hosts and coordinators create and run them ([`manage`]); the
//! slots follow a local-time schedule ([`schedule`]). Who gets a place is decided by the
//! database.

pub mod booking;
pub mod feedback;
pub mod listing;
pub mod manage;
pub mod schedule;

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "permanence",
    commands: &[
        crate::features::commands::Command::Permanences,
        crate::features::commands::Command::Book,
        crate::features::commands::Command::MyBookings,
        crate::features::commands::Command::NewPermanence,
        crate::features::commands::Command::MyPermanences,
    ],
    actions: &[
        booking::BookingAction::PREFIX,
        manage::PermanenceFormAction::PREFIX,
        manage::HostingAction::PREFIX,
        manage::AttendanceAction::PREFIX,
    ],
    dialogues: &[
        crate::features::feature::Dialogue::form(manage::DIALOGUE),
        crate::features::feature::Dialogue::plain(listing::LIST_DIALOGUE),
    ],
    jobs: &[crate::features::feature::Job {
        name: "reminders",
        every: std::time::Duration::from_secs(30),
        run: booking::reminders_job,
    }],
};
