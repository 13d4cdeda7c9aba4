//! People who wrote to the bot: language and consent.

use super::choices::{SetRow, parse_set};
use super::{DialogueState, RoleRecord, StoreError, Tx, now};
use crate::core::choice::ChoiceSet;
use crate::core::message::{ChatId, Platform, UserId};
use crate::i18n::Lang;
use futures_util::TryStreamExt;
use sqlx::Row;
use sqlx::any::AnyRow;

/// A row of [`Tx::sender_state`], read by position (more columns than sqlx's tuples take).
struct SenderRow {
    user_id: Option<String>,
    locale: Option<String>,
    consent_at: Option<i64>,
    granted_at: Option<i64>,
    organisation: Option<String>,
    blocked_at: Option<i64>,
    dialogue_kind: Option<String>,
    dialogue_step: Option<i64>,
    dialogue_data: Option<String>,
    set_id: Option<i64>,
    set_seq: Option<i64>,
    set_slot: Option<String>,
    set_dialogue: Option<String>,
    set_about: Option<String>,
    set_choices: Option<String>,
    set_created_at: Option<i64>,
    n: i64,
}

impl sqlx::FromRow<'_, AnyRow> for SenderRow {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(SenderRow {
            user_id: row.try_get(0)?,
            locale: row.try_get(1)?,
            consent_at: row.try_get(2)?,
            granted_at: row.try_get(3)?,
            organisation: row.try_get(4)?,
            blocked_at: row.try_get(5)?,
            dialogue_kind: row.try_get(6)?,
            dialogue_step: row.try_get(7)?,
            dialogue_data: row.try_get(8)?,
            set_id: row.try_get(9)?,
            set_seq: row.try_get(10)?,
            set_slot: row.try_get(11)?,
            set_dialogue: row.try_get(12)?,
            set_about: row.try_get(13)?,
            set_choices: row.try_get(14)?,
            set_created_at: row.try_get(15)?,
            n: row.try_get(16)?,
        })
    }
}

/// What is stored about a person outside any feature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRecord {
    /// The language chosen with `/langue`, if any.
    pub locale: Option<Lang>,
    /// When consent was given (Unix seconds), if it was.
    pub consent_at: Option<i64>,
}

/// What every message needs to know about its sender, read at once (see
/// [`Tx::sender_state`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SenderState {
    /// Their record, if one exists.
    pub user: Option<UserRecord>,
    /// The role given to them from the chat, if any.
    pub role: Option<RoleRecord>,
    /// Whether they are blocked from the bot.
    pub barred: bool,
    /// The choice sets waiting for their answer in this chat, oldest first.
    pub pending: Vec<ChoiceSet>,
    /// The kind of the dialogue they are in, in this chat.
    pub dialogue: Option<String>,
}

impl Tx {
    /// Serialises the handling of one person's messages until this transaction ends, so two
    /// quick taps never both answer the same quiz question. SQLite needs nothing: its
    /// write transactions already run one at a time.
    pub async fn lock_person(
        &mut self,
        platform: Platform,
        user: &UserId,
    ) -> Result<(), StoreError> {
        if self.backend == super::Backend::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))::text")
                .bind(format!("{}:{}", platform.as_str(), user.0))
                .fetch_one(&mut *self.inner)
                .await?;
        }
        Ok(())
    }

    /// The sender's record, role, block, dialogue and waiting choices in `chat`, in one
    /// statement: every message starts with them, and on SQLite each statement is a round
    /// trip to the database thread.
    pub async fn sender_state(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
    ) -> Result<SenderState, StoreError> {
        // One row per waiting choice set (at least one row): the other tables are joined on
        // their primary key, so at most one row of each, repeated on every row. `u.user_id`,
        // `r.granted_at`, `d.kind` and `c.id` are never NULL in a stored row, so their NULL
        // means "no row".
        // `n` is counted by a subquery (one look-up in the `choice_sets_slot` index), not by
        // `COUNT(*) OVER ()`: on SQLite, a window function copies the rows into a temporary
        // table opened and closed on every message. With no set, `n` is 0 and the one row is
        // read all the same.
        // Read as a stream that stops after the last row (`n`, the number of rows), rather
        // than with `fetch_all`: on SQLite, `fetch_all` also waits for the database thread to
        // report the statement's end, one more hand-over between threads on every message
        // (the one-row `fetch_one` this query was before returned with its row).
        let mut rows: Vec<SenderRow> = Vec::with_capacity(2);
        let mut stream = sqlx::query_as::<_, SenderRow>(
            "SELECT u.user_id, u.locale, u.consent_at, r.granted_at, r.organisation, \
                    b.created_at, d.kind, d.step, d.data, \
                    c.id, c.seq, c.slot, c.dialogue, c.about, c.choices, c.created_at, \
                    (SELECT COUNT(*) FROM choice_sets \
                     WHERE platform = $1 AND user_id = $2 AND chat_id = $3) AS n \
             FROM (SELECT 1 AS one) AS one \
             LEFT JOIN users u ON u.platform = $1 AND u.user_id = $2 \
             LEFT JOIN roles r ON r.platform = $1 AND r.user_id = $2 \
             LEFT JOIN blocks b ON b.platform = $1 AND b.user_id = $2 \
             LEFT JOIN dialogues d \
                 ON d.platform = $1 AND d.chat_id = $3 AND d.user_id = $2 \
             LEFT JOIN choice_sets c \
                 ON c.platform = $1 AND c.user_id = $2 AND c.chat_id = $3",
        )
        .bind(platform.as_str())
        .bind(&user.0)
        .bind(&chat.0)
        .fetch(&mut *self.inner);
        while let Some(row) = stream.try_next().await? {
            let n = row.n;
            rows.push(row);
            if i64::try_from(rows.len()).unwrap_or(i64::MAX) >= n {
                break;
            }
        }
        drop(stream);
        let at = now();
        let mut pending = Vec::new();
        for row in &mut rows {
            if let (Some(id), Some(seq), Some(slot), Some(choices), Some(created_at)) = (
                row.set_id,
                row.set_seq,
                row.set_slot.take(),
                row.set_choices.take(),
                row.set_created_at,
            ) {
                let set: SetRow = (
                    id,
                    seq,
                    slot,
                    row.set_dialogue.take(),
                    row.set_about.take().unwrap_or_default(),
                    choices,
                    created_at,
                );
                pending.extend(parse_set(set, at));
            }
        }
        // A person has a handful of sets: sorted here rather than by a sort in the query.
        pending.sort_by_key(|s: &ChoiceSet| (s.seq, s.id));
        let Some(first) = rows.into_iter().next() else {
            return Ok(SenderState::default());
        };
        let dialogue = first.dialogue_kind.map(|kind| DialogueState {
            kind,
            step: first.dialogue_step.unwrap_or_default(),
            data: first.dialogue_data.unwrap_or_default(),
        });
        let kind = dialogue.as_ref().map(|d| d.kind.clone());
        // The handler asks for it next, on most messages: answered without a statement.
        self.know_dialogue(platform, chat, user, dialogue);
        Ok(SenderState {
            user: first.user_id.map(|_| UserRecord {
                locale: first.locale.as_deref().and_then(Lang::from_code),
                consent_at: first.consent_at,
            }),
            role: first.granted_at.map(|granted_at| RoleRecord {
                person: (platform, user.clone()),
                organisation: first.organisation,
                granted_at,
            }),
            barred: first.blocked_at.is_some(),
            pending,
            dialogue: kind,
        })
    }

    /// Reads a person's record, if one exists.
    pub async fn user(
        &mut self,
        platform: Platform,
        user: &UserId,
    ) -> Result<Option<UserRecord>, StoreError> {
        let row: Option<(Option<String>, Option<i64>)> = sqlx::query_as(
            "SELECT locale, consent_at FROM users WHERE platform = $1 AND user_id = $2",
        )
        .bind(platform.as_str())
        .bind(&user.0)
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(row.map(|(locale, consent_at)| UserRecord {
            locale: locale.as_deref().and_then(Lang::from_code),
            consent_at,
        }))
    }

    /// Stores the language a person chose.
    pub async fn set_user_locale(
        &mut self,
        platform: Platform,
        user: &UserId,
        lang: Lang,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO users (platform, user_id, locale, created_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (platform, user_id) DO UPDATE SET locale = excluded.locale",
        )
        .bind(platform.as_str())
        .bind(&user.0)
        .bind(lang.code())
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Records that a person consents, with the version of the text they agreed to.
    pub async fn give_consent(
        &mut self,
        platform: Platform,
        user: &UserId,
        version: i64,
    ) -> Result<(), StoreError> {
        let at = now();
        sqlx::query(
            "INSERT INTO users (platform, user_id, consent_at, consent_version, created_at) \
             VALUES ($1, $2, $3, $4, $3) \
             ON CONFLICT (platform, user_id) DO UPDATE \
             SET consent_at = excluded.consent_at, consent_version = excluded.consent_version",
        )
        .bind(platform.as_str())
        .bind(&user.0)
        .bind(at)
        .bind(version)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }
}
