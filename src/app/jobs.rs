//! What time rather than a person sets off: reminders, expiries, lifted sanctions and
//! housekeeping, each queued in the transaction that decided it.

use super::engine::{Engine, EngineError, offer};
use crate::core::choice::Slot;
use crate::core::message::Outgoing;
use crate::store::Tx;

/// How often delivery loops run [`Engine::maintenance`] (contact requests expire within
/// this delay of their deadline).
pub(super) const MAINTENANCE_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

/// How often delivery loops look for permanence reminders due.
pub(super) const REMINDERS_EVERY: std::time::Duration = std::time::Duration::from_secs(30);

impl Engine {
    /// Sends the permanence reminders due at `at` (Unix seconds); returns how many. A
    /// reminder is removed in the same transaction as its message is queued, so a restart
    /// neither drops nor repeats one.
    pub async fn send_due_reminders(&self, at: i64) -> Result<usize, EngineError> {
        let mut tx = self.store().begin().await?;
        let messages =
            crate::features::permanence::booking::due_reminders(self.services(), &mut tx, at)
                .await?;
        self.queue_and_commit(tx, &messages).await
    }

    /// Housekeeping to run now and then (adapters do it every few minutes): expires contact
    /// requests left unanswered, forgets old event ids and messages a platform refused for
    /// good a week ago.
    pub async fn maintenance(&self) -> Result<(), EngineError> {
        let now = crate::store::now();
        let expired = self.expire_contacts_at(now).await?;
        let mut tx = self.store().begin().await?;
        let changes = tx.purge_directory_changes(now - 86_400).await?;
        tx.commit().await?;
        let events = self.store().purge_old_events().await?;
        let failed = self.store().purge_failed_outbox().await?;
        tracing::debug!(expired, changes, events, failed, "maintenance done");
        Ok(())
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
            offer(&mut tx, message, Slot::Notice).await?;
            tx.push_outbox(message).await?;
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
        let mut tx = self.store().begin().await?;
        let messages =
            crate::features::directory::contact::expire(self.services(), &mut tx, at).await?;
        self.queue_and_commit(tx, &messages).await
    }

    /// Lifts the mutes and bans whose end has come at `at` (Unix seconds), telling each
    /// member; returns how many. Telegram lifts timed ones itself; this makes sure of it
    /// everywhere, Matrix included.
    pub async fn lift_ended_sanctions(&self, at: i64) -> Result<usize, EngineError> {
        let mut tx = self.store().begin().await?;
        let messages =
            crate::features::moderation::lift_ended(self.services(), &mut tx, at).await?;
        let n = messages.iter().filter(|m| m.moderation.is_some()).count();
        self.queue_and_commit(tx, &messages).await?;
        Ok(n)
    }
}
