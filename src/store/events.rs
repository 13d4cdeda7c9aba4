//! Platform events already acted on, so an event delivered twice is acted on once.

use super::{Store, StoreError, Tx, now};
use crate::core::message::Platform;

/// How long processed event ids are remembered: far longer than any platform redelivers.
pub const EVENT_RETENTION_SECS: i64 = 14 * 24 * 3600;

impl Tx {
    /// Records an event; returns `false` when it was already recorded.
    pub async fn first_time_event(
        &mut self,
        platform: Platform,
        event_id: &str,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO processed_events (platform, event_id, processed_at) VALUES ($1, $2, $3) \
             ON CONFLICT (platform, event_id) DO NOTHING",
        )
        .bind(platform.as_str())
        .bind(event_id)
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}

impl Store {
    /// Forgets event ids older than the retention period; returns how many.
    pub async fn purge_old_events(&self) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM processed_events WHERE processed_at < $1")
            .bind(now() - EVENT_RETENTION_SECS)
            .execute(&*self.writing().await)
            .await?;
        Ok(done.rows_affected())
    }
}
