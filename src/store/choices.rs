//! Choices waiting for an answer, one set per message that offered them (see
//! [`crate::core::choice`]), so that typing "2" or a label picks one on platforms without
//! buttons, and a notification never takes the place of the question being answered.

use super::{StoreError, Tx, now};
use crate::core::choice::{ChoiceSet, Slot};
use crate::core::message::{ChatId, Platform, UserId};

/// How many notifications' choices are kept per person and conversation, newest first.
const NOTICES_KEPT: i64 = 5;

/// How many ids [`Tx::drop_choice_sets`] forgets per statement.
const DROP_BATCH: usize = 8;

/// Notifications' choices older than this (seconds) no longer answer typed numbers.
pub const NOTICE_LIFETIME: i64 = 24 * 3600;

/// A stored row: id, seq, slot, dialogue, about, choices (JSON), created_at.
pub(super) type SetRow = (i64, i64, String, Option<String>, String, String, i64);

/// Now in microseconds, to order sets offered within one second.
fn micros() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_micros()).unwrap_or(i64::MAX))
}

/// Reads a stored set; a row this version cannot read is left out rather than failing the
/// message (it will be replaced or expire).
pub(super) fn parse_set(row: SetRow, at: i64) -> Option<ChoiceSet> {
    let (id, seq, slot, dialogue, about, choices, created_at) = row;
    let slot = Slot::parse(&slot)?;
    if slot == Slot::Notice && at - created_at > NOTICE_LIFETIME {
        return None;
    }
    Some(ChoiceSet {
        id,
        seq,
        slot,
        dialogue,
        about,
        choices: serde_json::from_str(&choices).ok()?,
    })
}

impl Tx {
    /// The choice sets waiting for a person's answer in a chat, oldest first.
    pub async fn choice_sets(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
    ) -> Result<Vec<ChoiceSet>, StoreError> {
        let rows: Vec<SetRow> = sqlx::query_as(
            "SELECT id, seq, slot, dialogue, about, choices, created_at FROM choice_sets \
             WHERE platform = $1 AND user_id = $2 AND chat_id = $3 ORDER BY seq, id",
        )
        .bind(platform.as_str())
        .bind(&user.0)
        .bind(&chat.0)
        .fetch_all(&mut *self.inner)
        .await?;
        let at = now();
        Ok(rows.into_iter().filter_map(|r| parse_set(r, at)).collect())
    }

    /// Stores the choices a message offers to a person in a chat. A question, dialogue or
    /// "which one?" set replaces the previous one of its slot (one statement: every message
    /// that offers choices does this); a person keeps the newest few notifications'.
    pub async fn offer_choices(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        set: &ChoiceSet,
    ) -> Result<(), StoreError> {
        if set.choices.is_empty() {
            return Ok(());
        }
        let seq = micros();
        if set.slot == Slot::Notice {
            // Only the newest notifications answer numbers: older ones, and expired ones, go.
            sqlx::query(
                "DELETE FROM choice_sets \
                 WHERE platform = $1 AND user_id = $2 AND chat_id = $3 AND slot = 'notice' \
                   AND (created_at < $4 OR id NOT IN ( \
                       SELECT id FROM choice_sets \
                       WHERE platform = $1 AND user_id = $2 AND chat_id = $3 \
                         AND slot = 'notice' \
                       ORDER BY seq DESC LIMIT $5))",
            )
            .bind(platform.as_str())
            .bind(&user.0)
            .bind(&chat.0)
            .bind(now() - NOTICE_LIFETIME)
            .bind(NOTICES_KEPT - 1)
            .execute(&mut *self.inner)
            .await?;
        }
        let slot_key = (set.slot != Slot::Notice).then_some(set.slot.as_str());
        sqlx::query(
            "INSERT INTO choice_sets (platform, chat_id, user_id, slot, slot_key, dialogue, \
                 about, choices, seq, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) \
             ON CONFLICT (platform, user_id, chat_id, slot_key) DO UPDATE \
             SET dialogue = excluded.dialogue, about = excluded.about, \
                 choices = excluded.choices, seq = excluded.seq, \
                 created_at = excluded.created_at",
        )
        .bind(platform.as_str())
        .bind(&chat.0)
        .bind(&user.0)
        .bind(set.slot.as_str())
        .bind(slot_key)
        .bind(set.dialogue.as_deref())
        .bind(&set.about)
        .bind(serde_json::to_string(&set.choices)?)
        .bind(seq)
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Stores `set` (a question, dialogue or "which one?" set) in the row of set `id`, which
    /// it replaces: one statement where forgetting that set and storing the new one would
    /// be two. Does nothing and returns `false` when the person already has a set in the
    /// new one's slot (then [`Tx::offer_choices`] overwrites it, and `id` is dropped).
    pub async fn reuse_choice_set(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
        id: i64,
        set: &ChoiceSet,
    ) -> Result<bool, StoreError> {
        if set.choices.is_empty() || set.slot == Slot::Notice {
            return Ok(false);
        }
        let done = sqlx::query(
            "UPDATE choice_sets SET slot = $1, slot_key = $1, dialogue = $2, about = $3, \
                 choices = $4, seq = $5, created_at = $6 \
             WHERE id = $7 AND NOT EXISTS ( \
                 SELECT 1 FROM choice_sets \
                 WHERE platform = $8 AND user_id = $9 AND chat_id = $10 AND slot_key = $1)",
        )
        .bind(set.slot.as_str())
        .bind(set.dialogue.as_deref())
        .bind(&set.about)
        .bind(serde_json::to_string(&set.choices)?)
        .bind(micros())
        .bind(now())
        .bind(id)
        .bind(platform.as_str())
        .bind(&user.0)
        .bind(&chat.0)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Forgets choice sets by id (answered, or replaced), in one statement for up to
    /// [`DROP_BATCH`] ids (a person has at most one question, dialogue and "which one?" set
    /// and a few notices per conversation, so one statement in practice).
    ///
    /// The statement text is always the same: the ids are bound, the unused places repeat
    /// the last id. A text with the ids spliced in is a new statement each time, and one
    /// without bound arguments is never kept by sqlx: it was parsed and prepared by SQLite
    /// again on every message that forgets a set.
    pub async fn drop_choice_sets(&mut self, ids: &[i64]) -> Result<(), StoreError> {
        for chunk in ids.chunks(DROP_BATCH) {
            let mut query =
                sqlx::query("DELETE FROM choice_sets WHERE id IN ($1, $2, $3, $4, $5, $6, $7, $8)");
            for i in 0..DROP_BATCH {
                query = query.bind(chunk.get(i).or(chunk.last()).copied());
            }
            query.execute(&mut *self.inner).await?;
        }
        Ok(())
    }
}
