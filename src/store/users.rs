//! People who wrote to the bot: language and consent.

use super::{StoreError, Tx, now};
use crate::core::message::{Platform, UserId};
use crate::i18n::Lang;

/// What is stored about a person outside any feature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRecord {
    /// The language chosen with `/langue`, if any.
    pub locale: Option<Lang>,
    /// When consent was given (Unix seconds), if it was.
    pub consent_at: Option<i64>,
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
