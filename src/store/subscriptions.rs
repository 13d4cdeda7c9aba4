//! Topics people opted in to, for broadcasts.

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};

impl Tx {
    /// Subscribes a person to a topic (again); returns whether they were not yet.
    pub async fn subscribe(
        &mut self,
        person: (Platform, &UserId),
        topic: &str,
        at: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "INSERT INTO subscriptions (platform, user_id, topic, created_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
        )
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .bind(topic)
        .bind(at)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Unsubscribes a person from a topic; returns whether they were.
    pub async fn unsubscribe(
        &mut self,
        person: (Platform, &UserId),
        topic: &str,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "DELETE FROM subscriptions WHERE platform = $1 AND user_id = $2 AND topic = $3",
        )
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .bind(topic)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The topics a person follows.
    pub async fn topics_of(
        &mut self,
        person: (Platform, &UserId),
    ) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT topic FROM subscriptions WHERE platform = $1 AND user_id = $2 ORDER BY topic",
        )
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(rows.into_iter().map(|(t,)| t).collect())
    }

    /// Everyone following a topic, in subscription order.
    pub async fn subscribers(
        &mut self,
        topic: &str,
    ) -> Result<Vec<(Platform, UserId)>, StoreError> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT platform, user_id FROM subscriptions WHERE topic = $1 \
             ORDER BY created_at, platform, user_id",
        )
        .bind(topic)
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(p, u)| Platform::parse(&p).map(|p| (p, UserId(u))))
            .collect())
    }
}
