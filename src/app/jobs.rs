//! What time rather than a person sets off: reminders, expiries, lifted sanctions and
//! housekeeping, each queued in the transaction that decided it.

use super::engine::{Engine, EngineError, offer};
use crate::core::choice::Slot;
use crate::core::message::Outgoing;
use crate::features::feature::Job;
use crate::features::retention::{self, Purged};
use crate::store::Tx;

/// The permanence feature's reminders job.
const REMINDERS: &str = "reminders";
/// The directory's job expiring unanswered contact requests.
const CONTACTS_EXPIRE: &str = "contacts_expire";
/// The moderation job lifting ended mutes and bans.
const SANCTIONS_LIFT: &str = "sanctions_lift";

/// How often delivery loops run [`Engine::maintenance`].
pub(super) const MAINTENANCE_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

impl Engine {
    /// Runs a feature's timed job at `at` (Unix seconds) in one transaction with the
    /// messages it decides; returns how many messages it queued.
    pub async fn run_job(&self, job: &Job, at: i64) -> Result<usize, EngineError> {
        Ok(self.run(job, at).await?.len())
    }

    /// Runs the job called `name` (see [`super::jobs`]); returns the messages it queued.
    async fn run_named(&self, name: &str, at: i64) -> Result<Vec<Outgoing>, EngineError> {
        let job = super::jobs()
            .find(|j| j.name == name)
            .expect("the job is declared by its feature (tested)");
        self.run(job, at).await
    }

    async fn run(&self, job: &Job, at: i64) -> Result<Vec<Outgoing>, EngineError> {
        let mut tx = self.store().begin().await?;
        let messages = (job.run)(self.services(), &mut tx, at).await?;
        self.queue_and_commit(tx, &messages).await?;
        Ok(messages)
    }

    /// Sends the permanence reminders due at `at` (Unix seconds); returns how many. A
    /// reminder is removed in the same transaction as its message is queued, so a restart
    /// neither drops nor repeats one.
    pub async fn send_due_reminders(&self, at: i64) -> Result<usize, EngineError> {
        Ok(self.run_named(REMINDERS, at).await?.len())
    }

    /// Housekeeping to run now and then (adapters do it every few minutes): forgets old
    /// event ids, directory changes and messages a platform refused for good a week ago.
    pub async fn maintenance(&self) -> Result<(), EngineError> {
        let now = crate::store::now();
        let mut tx = self.store().begin().await?;
        let changes = tx.purge_directory_changes(now - 86_400).await?;
        tx.commit().await?;
        let events = self.store().purge_old_events().await?;
        let failed = self.store().purge_failed_outbox().await?;
        tracing::debug!(changes, events, failed, "maintenance done");
        self.apply_retention(now).await?;
        Ok(())
    }

    /// Erases what retention says has had its time at `at` (Unix seconds), batch after
    /// batch, each in its own transaction (message handling waits for one batch at most),
    /// and queues the notices of erasure for inactivity; returns what was done.
    pub async fn apply_retention(&self, at: i64) -> Result<Purged, EngineError> {
        let mut done = Purged::default();
        loop {
            let mut tx = self.store().begin().await?;
            let (notices, batch) =
                retention::batch(self.services(), &mut tx, at, retention::BATCH).await?;
            self.queue_and_commit(tx, &notices).await?;
            if batch.total() == 0 {
                break;
            }
            done.merge(&batch);
        }
        for (kind, n) in &done.0 {
            self.metrics().purged(kind, *n);
        }
        if done.total() > 0 {
            // Counts only: never who.
            tracing::info!(purged = ?done.0, "retention applied");
        }
        Ok(done)
    }

    /// What [`Engine::apply_retention`] would do at `at`, without doing it: the same
    /// batches in one transaction that is then rolled back.
    pub async fn preview_retention(&self, at: i64) -> Result<Purged, EngineError> {
        let mut tx = self.store().begin().await?;
        let mut done = Purged::default();
        loop {
            let (_, batch) =
                retention::batch(self.services(), &mut tx, at, retention::BATCH).await?;
            if batch.total() == 0 {
                break;
            }
            done.merge(&batch);
        }
        tx.rollback().await?;
        Ok(done)
    }

    /// Queues messages caused by time rather than by a person (reminders, expiries) in the
    /// transaction that decided them, commits, and wakes the delivery loops; returns how
    /// many.
    pub(super) async fn queue_and_commit(
        &self,
        mut tx: Tx,
        messages: &[Outgoing],
    ) -> Result<usize, EngineError> {
        for message in messages {
            // As for replies (see `Engine::handle`): a list is shown once, as its choices.
            let message = message.clone().without_repeated_choices();
            offer(&mut tx, &message, Slot::Notice).await?;
            tx.push_outbox(&message, crate::core::Lane::Notice).await?;
        }
        tx.commit().await?;
        if !messages.is_empty() {
            self.inner.outbox_version.send_modify(|n| *n += 1);
        }
        Ok(messages.len())
    }

    /// Expires the contact requests still unanswered at `at` (Unix seconds) and tells each
    /// requester; returns how many expired.
    pub async fn expire_contacts_at(&self, at: i64) -> Result<usize, EngineError> {
        Ok(self.run_named(CONTACTS_EXPIRE, at).await?.len())
    }

    /// Lifts the mutes and bans whose end has come at `at` (Unix seconds), telling each
    /// member; returns how many. Telegram lifts timed ones itself; this makes sure of it
    /// everywhere, Matrix included.
    pub async fn lift_ended_sanctions(&self, at: i64) -> Result<usize, EngineError> {
        let messages = self.run_named(SANCTIONS_LIFT, at).await?;
        Ok(messages.iter().filter(|m| m.moderation.is_some()).count())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_jobs_the_engine_names_are_declared() {
        for name in [
            super::REMINDERS,
            super::CONTACTS_EXPIRE,
            super::SANCTIONS_LIFT,
        ] {
            assert!(super::super::jobs().any(|j| j.name == name), "{name}");
        }
    }
}
