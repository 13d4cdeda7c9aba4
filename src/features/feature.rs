//! How a feature describes itself: the commands it answers, the action kinds its buttons
//! carry, the dialogues it holds and the jobs time sets off. The application walks these
//! descriptions; tests check that names and kinds are unique.

use super::commands::Command;
use super::kit::Services;
use crate::core::Outgoing;
use crate::store::{DialogueState, StoreError, Tx};
use futures_util::future::BoxFuture;
use std::time::Duration;

/// What a feature is made of.
#[derive(Debug)]
pub struct Feature {
    /// Its name, for logs and tests.
    pub name: &'static str,
    /// The commands it answers.
    pub commands: &'static [Command],
    /// The prefixes of its action kinds (`perm` in `perm:book:7`).
    pub actions: &'static [&'static str],
    /// The dialogues it holds a conversation in.
    pub dialogues: &'static [Dialogue],
    /// What time sets off.
    pub jobs: &'static [Job],
}

/// A dialogue kind: what typed text means while it lasts.
#[derive(Debug, Clone, Copy)]
pub struct Dialogue {
    /// The kind stored with the person's dialogue.
    pub kind: &'static str,
    /// What leaving it would lose.
    pub holds: Holds,
    /// It takes the person's next message as its answer, for an hour only (see
    /// [`AskedAt`](super::kit::AskedAt)): after that, their text is ordinary text again.
    pub next_message: bool,
}

/// What a dialogue holds that leaving it would lose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Holds {
    /// Nothing worth asking about (a search, a quiz, a reason to type).
    Nothing,
    /// The answers of a form, once its first step is answered.
    Answers,
    /// A draft from the start (a broadcast waiting to be sent).
    Draft,
}

impl Dialogue {
    /// A dialogue that holds nothing worth asking about.
    pub const fn plain(kind: &'static str) -> Self {
        Dialogue {
            kind,
            holds: Holds::Nothing,
            next_message: false,
        }
    }

    /// A question answered by the person's next message, which waits an hour.
    pub const fn next_message(kind: &'static str) -> Self {
        Dialogue {
            kind,
            holds: Holds::Nothing,
            next_message: true,
        }
    }

    /// Whether `state` (of this kind) no longer waits for its answer at `now`.
    pub fn expired(&self, state: &DialogueState, now: i64) -> bool {
        self.next_message && !super::kit::AskedAt::still_open(&state.data, now)
    }

    /// A form: leaving it once answered asks first.
    pub const fn form(kind: &'static str) -> Self {
        Dialogue {
            kind,
            holds: Holds::Answers,
            next_message: false,
        }
    }

    /// Whether leaving `state` (of this kind) would lose answers the person gave.
    pub fn holds_answers(&self, state: &DialogueState) -> bool {
        match self.holds {
            Holds::Nothing => false,
            Holds::Answers => state.step > 0,
            Holds::Draft => true,
        }
    }
}

/// Runs a job at a time (Unix seconds) in a transaction; returns the messages it decided,
/// queued by the application in the same transaction.
pub type JobFn =
    for<'a> fn(&'a Services, &'a mut Tx, i64) -> BoxFuture<'a, Result<Vec<Outgoing>, StoreError>>;

/// Something time sets off.
#[derive(Clone, Copy)]
pub struct Job {
    /// Its name, for logs and tests.
    pub name: &'static str,
    /// How often delivery loops run it.
    pub every: Duration,
    /// What it does.
    pub run: JobFn,
}

impl std::fmt::Debug for Job {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job")
            .field("name", &self.name)
            .field("every", &self.every)
            .finish_non_exhaustive()
    }
}
