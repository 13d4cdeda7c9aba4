//! Everything stored about a person, for `/mes_donnees` and `/oublier`.

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};
use serde::Serialize;
use sqlx::{Column, Row};

/// Tables holding data about a person, each with `platform` and `user_id` columns.
///
/// A test compares this list with the schema: a new table must either be listed here or be
/// free of personal data (listed in that test), so erasure and export stay complete.
pub const PERSONAL_TABLES: &[&str] = &[
    "users",
    "dialogues",
    "choice_sets",
    "outbox",
    "partners",
    "partner_tags",
    "contacts",
    "contact_blocks",
    "bookings",
    "reminders",
    "etp_handlers",
    "etp_signups",
    "etp_applications",
    "expense_claims",
    "partner_trainings",
    "evaluation_invites",
    "audit_log",
    "roles",
    "subscriptions",
    "reports",
    "group_members",
    "warnings",
    "sanctions",
    "blocks",
];

/// Personal tables shown in `/mes_donnees` but kept by `/oublier`: a block holds only the
/// platform id, when and why, and would otherwise end with one command.
pub const KEPT_AFTER_ERASURE: &[&str] = &["blocks"];

/// Personal tables whose rows outlive their person under a pseudonym: the audit log keeps
/// what a coordinator did (a coordinator must not erase the record of their own actions),
/// with their platform id replaced by [`ERASED_PREFIX`] and a number of the erasure.
pub const PSEUDONYMISED_AFTER_ERASURE: &[&str] = &["audit_log"];

/// How a pseudonymised person's id starts.
pub const ERASED_PREFIX: &str = "erased-";

/// Columns of a personal table never shown to the person of `(platform, user_id)`: they
/// identify someone else (a partner who has not shared their handle with them), or are the
/// bot's own bookkeeping (about its questions: what kind, and its wording; or a rate).
const HIDDEN_FROM_OWNER: &[(&str, &[&str])] = &[
    // A count of the last minute's relayed messages, for the limit on them.
    ("users", &["relay_window", "relay_count"]),
    (
        "choice_sets",
        &["slot", "slot_key", "dialogue", "about", "seq"],
    ),
    (
        "contacts",
        &["partner_platform", "partner_user_id", "partner_handle"],
    ),
    // A reporter knows the profile by its number, not the person's platform id.
    ("reports", &["target_platform", "target_user_id"]),
];

/// Tables where a second person appears, in other columns: rows are erased with either
/// person. `exported` tells whether the second person sees the row in their export (without
/// the first person's identifiers); a block is not shown to the person blocked.
pub struct SecondParty {
    /// The table (also in [`PERSONAL_TABLES`]).
    pub table: &'static str,
    /// The second person's platform column.
    pub platform: &'static str,
    /// The second person's user id column.
    pub user: &'static str,
    /// Whether the row is in the second person's export.
    pub exported: bool,
    /// Columns hidden from the second person.
    pub hidden: &'static [&'static str],
}

/// See [`SecondParty`].
pub const SECOND_PARTIES: &[SecondParty] = &[
    SecondParty {
        table: "contacts",
        platform: "partner_platform",
        user: "partner_user_id",
        exported: true,
        hidden: &["platform", "user_id", "requester_handle"],
    },
    SecondParty {
        table: "contact_blocks",
        platform: "blocked_platform",
        user: "blocked_user_id",
        exported: false,
        hidden: &[],
    },
    // The person reported does not see the report (nor, above all, who made it).
    SecondParty {
        table: "reports",
        platform: "target_platform",
        user: "target_user_id",
        exported: false,
        hidden: &["platform", "user_id"],
    },
];

/// The rows of one table about a person, column by column.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExportedTable {
    /// Table name.
    pub table: String,
    /// Each row as (column, value) pairs in schema order.
    pub rows: Vec<Vec<(String, serde_json::Value)>>,
}

impl Tx {
    /// Every row about a person, in every personal table.
    pub async fn export_user(
        &mut self,
        platform: Platform,
        user: &UserId,
    ) -> Result<Vec<ExportedTable>, StoreError> {
        let mut tables = Vec::new();
        for table in PERSONAL_TABLES {
            let hidden = HIDDEN_FROM_OWNER
                .iter()
                .find(|(t, _)| t == table)
                .map_or(&[][..], |(_, columns)| *columns);
            let mut rows = self
                .export_rows(table, ("platform", "user_id"), hidden, platform, user)
                .await?;
            if let Some(second) = SECOND_PARTIES
                .iter()
                .find(|s| s.table == *table && s.exported)
            {
                rows.extend(
                    self.export_rows(
                        table,
                        (second.platform, second.user),
                        second.hidden,
                        platform,
                        user,
                    )
                    .await?,
                );
            }
            tables.push(ExportedTable {
                table: (*table).to_owned(),
                rows,
            });
        }
        Ok(tables)
    }

    async fn export_rows(
        &mut self,
        table: &str,
        (platform_column, user_column): (&str, &str),
        hidden: &[&str],
        platform: Platform,
        user: &UserId,
    ) -> Result<Vec<Vec<(String, serde_json::Value)>>, StoreError> {
        // Table and column names come from the constant lists above, never from input.
        let sql =
            format!("SELECT * FROM {table} WHERE {platform_column} = $1 AND {user_column} = $2");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(platform.as_str())
            .bind(&user.0)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows
            .iter()
            .map(|row| {
                row.columns()
                    .iter()
                    .filter(|col| !hidden.contains(&col.name()))
                    .map(|col| (col.name().to_owned(), any_value(row, col.ordinal())))
                    .collect()
            })
            .collect())
    }

    /// Deletes every row about a person in every personal table; returns how many.
    pub async fn erase_user(
        &mut self,
        platform: Platform,
        user: &UserId,
    ) -> Result<u64, StoreError> {
        self.erase_users(platform, std::slice::from_ref(user)).await
    }

    /// [`Tx::erase_user`] for several people of one platform at once: each table is
    /// emptied of all of them by one statement (retention erases hundreds at a time, and
    /// one statement per table and person held the database for seconds).
    pub async fn erase_users(
        &mut self,
        platform: Platform,
        users: &[UserId],
    ) -> Result<u64, StoreError> {
        if users.is_empty() {
            return Ok(0);
        }
        // `$2, $3, …`: the people, bound one by one after the platform.
        let list = (0..users.len())
            .map(|i| format!("${}", i + 2))
            .collect::<Vec<_>>()
            .join(", ");
        // Profiles about to go: search indexes must drop them.
        let sql = format!("SELECT id FROM partners WHERE platform = $1 AND user_id IN ({list})");
        let mut query =
            sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(sql)).bind(platform.as_str());
        for user in users {
            query = query.bind(&user.0);
        }
        for (id,) in query.fetch_all(&mut *self.inner).await? {
            self.bump_directory_version(id).await?;
        }
        // Dialogues go too.
        self.forget_known_dialogue();
        let mut total = 0;
        // One pseudonym per erasure and person, unrelated to the platform id (a hash of a
        // Telegram id could be reversed by trying every number): the actions of one erased
        // person stay recognisable as one person's. Few people have audit rows.
        for table in PSEUDONYMISED_AFTER_ERASURE {
            let sql = format!(
                "SELECT DISTINCT user_id FROM {table} WHERE platform = $1 AND user_id IN ({list})"
            );
            let mut query =
                sqlx::query_as::<_, (String,)>(sqlx::AssertSqlSafe(sql)).bind(platform.as_str());
            for user in users {
                query = query.bind(&user.0);
            }
            for (user,) in query.fetch_all(&mut *self.inner).await? {
                let sql =
                    format!("UPDATE {table} SET user_id = $3 WHERE platform = $1 AND user_id = $2");
                total += sqlx::query(sqlx::AssertSqlSafe(sql))
                    .bind(platform.as_str())
                    .bind(&user)
                    .bind(super::unique_token(ERASED_PREFIX))
                    .execute(&mut *self.inner)
                    .await?
                    .rows_affected();
            }
        }
        let mut deletes: Vec<String> = PERSONAL_TABLES
            .iter()
            .filter(|t| !KEPT_AFTER_ERASURE.contains(t) && !PSEUDONYMISED_AFTER_ERASURE.contains(t))
            .map(|table| format!("DELETE FROM {table} WHERE platform = $1 AND user_id IN ({list})"))
            .collect();
        deletes.extend(SECOND_PARTIES.iter().map(|second| {
            format!(
                "DELETE FROM {} WHERE {} = $1 AND {} IN ({list})",
                second.table, second.platform, second.user
            )
        }));
        for sql in deletes {
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(platform.as_str());
            for user in users {
                query = query.bind(&user.0);
            }
            total += query.execute(&mut *self.inner).await?.rows_affected();
        }
        // Adapters' keys about these people (a muted member's power level to restore):
        // `<platform>.…:<id>`. The platform's keys are few: read, then matched exactly (a
        // LIKE pattern would read `_` in ids as a wildcard).
        let keys: Vec<(String,)> = sqlx::query_as(
            "SELECT key FROM adapter_state WHERE substr(key, 1, length($1) + 1) = $1 || '.'",
        )
        .bind(platform.as_str())
        .fetch_all(&mut *self.inner)
        .await?;
        for (key,) in keys {
            let about_them = users.iter().any(|u| {
                key.strip_suffix(u.0.as_str())
                    .is_some_and(|head| head.ends_with(':'))
            });
            if about_them {
                total += sqlx::query("DELETE FROM adapter_state WHERE key = $1")
                    .bind(&key)
                    .execute(&mut *self.inner)
                    .await?
                    .rows_affected();
            }
        }
        Ok(total)
    }
}

/// Reads a column of unknown type: integer, then text, then float.
fn any_value(row: &sqlx::any::AnyRow, i: usize) -> serde_json::Value {
    if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
        return v.map_or(serde_json::Value::Null, Into::into);
    }
    if let Ok(v) = row.try_get::<Option<String>, _>(i) {
        return v.map_or(serde_json::Value::Null, Into::into);
    }
    if let Ok(v) = row.try_get::<Option<f64>, _>(i) {
        return v.map_or(serde_json::Value::Null, Into::into);
    }
    serde_json::Value::Null
}
