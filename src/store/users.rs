//! People who wrote to the bot: language and consent.

use super::{PendingChoices, RoleRecord, StoreError, Tx, now};
use crate::core::message::{ChatId, Platform, UserId};
use crate::i18n::Lang;

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
    /// The choices last offered to them in this chat.
    pub pending: PendingChoices,
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

    /// The sender's record, role, block and pending choices in `chat`, in one statement:
    /// every message starts with them, and on SQLite each statement is a round trip to the
    /// database thread.
    pub async fn sender_state(
        &mut self,
        platform: Platform,
        chat: &ChatId,
        user: &UserId,
    ) -> Result<SenderState, StoreError> {
        // One row whatever exists: each table is joined on its primary key, so at most one
        // row of each. `u.user_id` and `r.granted_at` are never NULL in a stored row, so
        // their NULL means "no row".
        type Row = (
            Option<String>,
            Option<String>,
            Option<i64>,
            Option<i64>,
            Option<String>,
            Option<i64>,
            Option<String>,
        );
        let (stored, locale, consent_at, granted_at, organisation, blocked_at, choices): Row =
            sqlx::query_as(
                "SELECT u.user_id, u.locale, u.consent_at, r.granted_at, r.organisation, \
                        b.created_at, c.choices \
                 FROM (SELECT 1 AS one) AS one \
                 LEFT JOIN users u ON u.platform = $1 AND u.user_id = $2 \
                 LEFT JOIN roles r ON r.platform = $1 AND r.user_id = $2 \
                 LEFT JOIN blocks b ON b.platform = $1 AND b.user_id = $2 \
                 LEFT JOIN pending_choices c \
                     ON c.platform = $1 AND c.chat_id = $3 AND c.user_id = $2",
            )
            .bind(platform.as_str())
            .bind(&user.0)
            .bind(&chat.0)
            .fetch_one(&mut *self.inner)
            .await?;
        Ok(SenderState {
            user: stored.map(|_| UserRecord {
                locale: locale.as_deref().and_then(Lang::from_code),
                consent_at,
            }),
            role: granted_at.map(|granted_at| RoleRecord {
                person: (platform, user.clone()),
                organisation,
                granted_at,
            }),
            barred: blocked_at.is_some(),
            pending: match choices {
                Some(json) => serde_json::from_str(&json)?,
                None => Vec::new(),
            },
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
