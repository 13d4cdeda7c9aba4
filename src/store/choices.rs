//! The last choices offered to a person in a chat, so that typing "2" or a label picks one
//! on platforms without buttons.

use super::{StoreError, Tx, now};
use crate::core::message::{ChatId, Choice, Platform, UserId};

/// Choices waiting for an answer.
pub type PendingChoices = Vec<Choice>;

impl Tx {
    /// The choices last offered to a person in a chat.
    pub async fn pending_choices(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
    ) -> Result<PendingChoices, StoreError> {
        let row: Option<(String,)> = sqlx::query_as(
            "SELECT choices FROM pending_choices \
             WHERE platform = $1 AND chat_id = $2 AND user_id = $3",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .fetch_optional(&mut *self.inner)
        .await?;
        match row {
            Some((json,)) => Ok(serde_json::from_str(&json)?),
            None => Ok(Vec::new()),
        }
    }

    /// Replaces the choices offered to a person in a chat; an empty list forgets them.
    pub async fn set_pending_choices(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        choices: &[Choice],
    ) -> Result<(), StoreError> {
        if choices.is_empty() {
            sqlx::query(
                "DELETE FROM pending_choices \
                 WHERE platform = $1 AND chat_id = $2 AND user_id = $3",
            )
            .bind(platform.as_str())
            .bind(&chat.0)
            .bind(&user.0)
            .execute(&mut *self.inner)
            .await?;
            return Ok(());
        }
        sqlx::query(
            "INSERT INTO pending_choices (platform, chat_id, user_id, choices, created_at) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (platform, chat_id, user_id) DO UPDATE \
             SET choices = excluded.choices, created_at = excluded.created_at",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .bind(serde_json::to_string(choices)?)
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }
}
