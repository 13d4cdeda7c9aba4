//! Small values adapters keep across restarts (polling offsets, sync tokens).

use super::{Store, StoreError, now};

impl Store {
    /// The value stored under `key`.
    pub async fn adapter_state(&self, key: &str) -> Result<Option<String>, StoreError> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT value FROM adapter_state WHERE key = $1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(v,)| v))
    }

    /// Stores `value` under `key`; an empty value deletes the key (which may name a person).
    pub async fn set_adapter_state(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if value.is_empty() {
            sqlx::query("DELETE FROM adapter_state WHERE key = $1")
                .bind(key)
                .execute(&*self.writing().await)
                .await?;
            return Ok(());
        }
        sqlx::query(
            "INSERT INTO adapter_state (key, value, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(key)
        .bind(value)
        .bind(now())
        .execute(&*self.writing().await)
        .await?;
        Ok(())
    }
}
