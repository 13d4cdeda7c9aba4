//! People who wrote to the bot: language and consent.

use super::choices::{SetRow, parse_set};
use super::{DialogueState, RoleRecord, StoreError, Tx, now};
use crate::core::choice::ChoiceSet;
use crate::core::message::{ChatId, Platform, UserId};
use crate::i18n::Lang;
use sqlx::Row;
use sqlx::any::AnyRow;

/// The one row of [`Tx::sender_state`], read by position (more columns than sqlx's
/// tuples take).
struct SenderRow {
    user_created_at: Option<i64>,
    locale: Option<String>,
    consent_at: Option<i64>,
    granted_at: Option<i64>,
    organisation: Option<String>,
    blocked_at: Option<i64>,
    dialogue_kind: Option<String>,
    dialogue_step: Option<i64>,
    dialogue_data: Option<String>,
    /// The choice sets as a JSON array of [`SetRow`] arrays; NULL or `[]` when none.
    sets: Option<String>,
    seen_at: Option<i64>,
}

impl sqlx::FromRow<'_, AnyRow> for SenderRow {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(SenderRow {
            user_created_at: row.try_get(0)?,
            locale: row.try_get(1)?,
            consent_at: row.try_get(2)?,
            granted_at: row.try_get(3)?,
            organisation: row.try_get(4)?,
            blocked_at: row.try_get(5)?,
            dialogue_kind: row.try_get(6)?,
            dialogue_step: row.try_get(7)?,
            dialogue_data: row.try_get(8)?,
            sets: row.try_get(9)?,
            seen_at: row.try_get(10)?,
        })
    }
}

/// [`Tx::sender_state`]'s statement, with the sender's choice sets gathered into one JSON
/// column by `$aggregate`, each backend's own (the one part that differs). `choices` goes
/// in as a JSON string, not as JSON, so that a row holding something unreadable is still
/// left out alone (see `parse_set`) rather than failing the statement.
macro_rules! sender_state_sql {
    ($aggregate:literal) => {
        concat!(
            "SELECT u.created_at, u.locale, u.consent_at, \
                    r.granted_at, r.organisation, b.created_at, d.kind, d.step, d.data, \
                    (SELECT ",
            $aggregate,
            " FROM choice_sets \
                     WHERE platform = $1 AND user_id = $2 AND chat_id = $3), \
                    u.seen_at \
             FROM (SELECT 1 AS one) AS one \
             LEFT JOIN users u ON u.platform = $1 AND u.user_id = $2 \
             LEFT JOIN roles r ON r.platform = $1 AND r.user_id = $2 \
             LEFT JOIN blocks b ON b.platform = $1 AND b.user_id = $2 \
             LEFT JOIN dialogues d ON d.platform = $1 AND d.chat_id = $3 AND d.user_id = $2"
        )
    };
}

const SENDER_STATE_SQLITE: &str = sender_state_sql!(
    "json_group_array(json_array(id, seq, slot, dialogue, about, choices, created_at))"
);

const SENDER_STATE_POSTGRES: &str = sender_state_sql!(
    "json_agg(json_build_array(id, seq, slot, dialogue, about, choices, created_at))::text"
);

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
    /// The choice sets waiting for their answer in this chat, oldest row.
    pub pending: Vec<ChoiceSet>,
    /// The kind of the dialogue they are in, in this chat.
    pub dialogue: Option<String>,
    /// When they were last heard from, if they have a record (kept to the day: see
    /// [`Tx::touch_user`]).
    pub seen_at: Option<i64>,
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
        // One row whatever exists: the tables are joined on their primary key, so at most
        // one row of each; `u.created_at`, `r.granted_at`, `b.created_at` and `d.kind` are
        // never NULL in a stored row, so their NULL means "no row". The choice sets, of
        // which a person may have several, come as one aggregated column: joined, they made
        // one row per set with every other column repeated on each, and sqlx copies every
        // column of every row (about twenty values per message where ten do now).
        // `fetch_one` returns with its row (on SQLite it asks the database thread for one
        // row and does not wait for the statement's end).
        let sql = match self.backend {
            super::Backend::Sqlite => SENDER_STATE_SQLITE,
            super::Backend::Postgres => SENDER_STATE_POSTGRES,
        };
        let row = sqlx::query_as::<_, SenderRow>(sql)
            .bind(platform.as_str())
            .bind(&user.0)
            .bind(&chat.0)
            .fetch_one(&mut *self.inner)
            .await?;
        let sets: Vec<SetRow> = match &row.sets {
            Some(json) => serde_json::from_str(json)?,
            None => Vec::new(),
        };
        let at = now();
        let mut pending: Vec<ChoiceSet> =
            sets.into_iter().filter_map(|s| parse_set(s, at)).collect();
        // A person has a handful of sets: sorted here rather than by a sort in the query.
        pending.sort_by_key(|s: &ChoiceSet| (s.seq, s.id));
        let dialogue = row.dialogue_kind.map(|kind| DialogueState {
            kind,
            step: row.dialogue_step.unwrap_or_default(),
            data: row.dialogue_data.unwrap_or_default(),
        });
        let kind = dialogue.as_ref().map(|d| d.kind.clone());
        // The handler asks for it next, on most messages: answered without a statement.
        self.know_dialogue(platform, chat, user, dialogue);
        Ok(SenderState {
            user: row.user_created_at.map(|_| UserRecord {
                locale: row.locale.as_deref().and_then(Lang::from_code),
                consent_at: row.consent_at,
            }),
            role: row.granted_at.map(|granted_at| RoleRecord {
                person: (platform, user.clone()),
                organisation: row.organisation,
                granted_at,
            }),
            barred: row.blocked_at.is_some(),
            pending,
            dialogue: kind,
            seen_at: row.seen_at,
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

    /// Counts one more message `user` relays at `at` and returns how many they relayed in
    /// the current minute, that one included (a minute starts with the first message after
    /// the last one ended); 0 for someone with no record.
    pub async fn count_relayed(
        &mut self,
        platform: Platform,
        user: &UserId,
        at: i64,
    ) -> Result<i64, StoreError> {
        // Each SET expression reads the row as it was, so both see the old window.
        let count: Option<(i64,)> = sqlx::query_as(
            "UPDATE users SET                relay_count = CASE WHEN relay_window <= $3 - 60 THEN 1 ELSE relay_count + 1 END,                relay_window = CASE WHEN relay_window <= $3 - 60 THEN $3 ELSE relay_window END              WHERE platform = $1 AND user_id = $2              RETURNING relay_count",
        )
        .bind(platform.as_str())
        .bind(&user.0)
        .bind(at)
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(count.map_or(0, |(n,)| n))
    }

    /// Stores the language a person chose.
    pub async fn set_user_locale(
        &mut self,
        platform: Platform,
        user: &UserId,
        lang: Lang,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO users (platform, user_id, locale, created_at, seen_at) \
             VALUES ($1, $2, $3, $4, $4) \
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

    /// Records a consent given elsewhere at `at` (to the coordination, for an imported
    /// profile), unless the person already consented: their own answer stands.
    pub async fn record_consent(
        &mut self,
        platform: Platform,
        user: &UserId,
        at: i64,
        version: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO users (platform, user_id, consent_at, consent_version, created_at, seen_at) \
             VALUES ($1, $2, $3, $4, $5, $5) \
             ON CONFLICT (platform, user_id) DO UPDATE \
             SET consent_at = excluded.consent_at, consent_version = excluded.consent_version \
             WHERE users.consent_at IS NULL",
        )
        .bind(platform.as_str())
        .bind(&user.0)
        .bind(at)
        .bind(version)
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
            "INSERT INTO users (platform, user_id, consent_at, consent_version, created_at, seen_at) \
             VALUES ($1, $2, $3, $4, $3, $3) \
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
