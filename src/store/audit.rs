//! The audit log: administrative and moderation actions, appended and never updated.

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};

/// One action to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    /// When (Unix seconds).
    pub at: i64,
    /// Who acted.
    pub actor: (Platform, UserId),
    /// What was done (`profile.approve`, `permanence.cancel_date`…).
    pub action: String,
    /// What it was done to, by number (`profile:12`).
    pub target: String,
    /// The reason given, if any.
    pub reason: Option<String>,
    /// The group, for actions in a group.
    pub chat: Option<String>,
}

type AuditRow = (
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

impl Tx {
    /// How many times `actor` did `action` from `since` on.
    pub async fn actions_since(
        &mut self,
        actor: (Platform, &UserId),
        action: &str,
        since: i64,
    ) -> Result<i64, StoreError> {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM audit_log \
             WHERE platform = $1 AND user_id = $2 AND action = $3 AND at >= $4",
        )
        .bind(actor.0.as_str())
        .bind(&actor.1.0)
        .bind(action)
        .bind(since)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(n)
    }

    /// Appends an entry to the audit log.
    pub async fn audit(&mut self, entry: &AuditEntry) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO audit_log (at, platform, user_id, action, target, reason, chat) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(entry.at)
        .bind(entry.actor.0.as_str())
        .bind(&entry.actor.1.0)
        .bind(&entry.action)
        .bind(&entry.target)
        .bind(entry.reason.as_deref())
        .bind(entry.chat.as_deref())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// The newest entries first, at most `limit`, whose action starts with `action` and
    /// whose target is `target` (each filter only when given).
    pub async fn audit_entries(
        &mut self,
        action: Option<&str>,
        target: Option<&str>,
        limit: i64,
    ) -> Result<Vec<AuditEntry>, StoreError> {
        // `LIKE` with the prefix escaped: actions are our own words, but a filter is typed.
        let pattern = action.map(|a| {
            let escaped = a
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            format!("{escaped}%")
        });
        let rows: Vec<AuditRow> = sqlx::query_as(
            "SELECT at, platform, user_id, action, target, reason, chat FROM audit_log \
             WHERE ($1 IS NULL OR action LIKE $1 ESCAPE '\\') AND ($2 IS NULL OR target = $2) \
             ORDER BY id DESC LIMIT $3",
        )
        .bind(pattern)
        .bind(target)
        .bind(limit)
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| AuditEntry {
                at: r.0,
                actor: (
                    Platform::parse(&r.1).unwrap_or(Platform::Console),
                    UserId(r.2),
                ),
                action: r.3,
                target: r.4,
                reason: r.5,
                chat: r.6,
            })
            .collect())
    }
}
