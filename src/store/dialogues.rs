//! Multi-step dialogue state, keyed by (platform, chat, user), so a restart resumes it.

use super::{StoreError, Tx, now};
use crate::core::message::{ChatId, Platform, UserId};

/// Where a person is in a dialogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DialogueState {
    /// Which feature runs the dialogue (`quiz`, `define`, …).
    pub kind: String,
    /// The step number, meaning owned by the feature.
    pub step: i64,
    /// Feature data as JSON.
    pub data: String,
}

impl Tx {
    /// The dialogue a person is in, in a chat.
    pub async fn dialogue(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
    ) -> Result<Option<DialogueState>, StoreError> {
        if let Some(state) = self.dialogue_known(platform, chat, user) {
            return Ok(state.clone());
        }
        let row: Option<(String, i64, String)> = sqlx::query_as(
            "SELECT kind, step, data FROM dialogues \
             WHERE platform = $1 AND chat_id = $2 AND user_id = $3",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(row.map(|(kind, step, data)| DialogueState { kind, step, data }))
    }

    /// Starts or advances a dialogue.
    pub async fn set_dialogue(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        state: &DialogueState,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO dialogues (platform, chat_id, user_id, kind, step, data, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (platform, chat_id, user_id) DO UPDATE \
             SET kind = excluded.kind, step = excluded.step, data = excluded.data, \
                 updated_at = excluded.updated_at",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .bind(&state.kind)
        .bind(state.step)
        .bind(&state.data)
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        if let Some(known) = self.dialogue_known_mut(platform, chat, user) {
            *known = Some(state.clone());
        }
        Ok(())
    }

    /// Leaves any dialogue; returns whether there was one.
    pub async fn clear_dialogue(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "DELETE FROM dialogues WHERE platform = $1 AND chat_id = $2 AND user_id = $3",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .execute(&mut *self.inner)
        .await?;
        if let Some(known) = self.dialogue_known_mut(platform, chat, user) {
            *known = None;
        }
        Ok(done.rows_affected() > 0)
    }

    /// Remembers a person's dialogue as just read with other things (see
    /// [`Tx::sender_state`]): [`Tx::dialogue`] then answers without a statement.
    pub(super) fn know_dialogue(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        state: Option<DialogueState>,
    ) {
        self.dialogue_seen = Some((platform, chat.clone(), user.clone(), state));
    }

    /// Forgets the remembered dialogue (a statement changed dialogues in bulk).
    pub(super) fn forget_known_dialogue(&mut self) {
        self.dialogue_seen = None;
    }

    fn dialogue_known(
        &self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
    ) -> Option<&Option<DialogueState>> {
        match &self.dialogue_seen {
            Some((p, c, u, state)) if *p == platform && c == chat && u == user => Some(state),
            _ => None,
        }
    }

    fn dialogue_known_mut(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
    ) -> Option<&mut Option<DialogueState>> {
        match &mut self.dialogue_seen {
            Some((p, c, u, state)) if *p == platform && c == chat && u == user => Some(state),
            _ => None,
        }
    }
}
