//! Reports for the coordinators' queue.

use super::{StoreError, Tx};
use crate::core::message::{ChatId, Platform, UserId};

/// A stored report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRecord {
    /// Its number.
    pub id: i64,
    /// Who reported.
    pub reporter: (Platform, UserId),
    /// Who is reported.
    pub reported: (Platform, UserId),
    /// What is reported (`profile:12`).
    pub target: String,
    /// Why, as written.
    pub reason: String,
    /// `open`, `acted` or `dismissed`.
    pub status: String,
    /// For a report about a group message: the group and the message's platform id.
    pub message: Option<(ChatId, String)>,
}

type ReportRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
);

fn report(r: ReportRow) -> ReportRecord {
    let platform = |p: &str| Platform::parse(p).unwrap_or(Platform::Console);
    ReportRecord {
        id: r.0,
        reporter: (platform(&r.1), UserId(r.2)),
        reported: (platform(&r.3), UserId(r.4)),
        target: r.5,
        reason: r.6,
        status: r.7,
        message: r.8.zip(r.9).map(|(chat, message)| (ChatId(chat), message)),
    }
}

const REPORT_COLUMNS: &str = "id, platform, user_id, target_platform, target_user_id, target, reason, status, chat_id, \
     message_id";

impl Tx {
    /// Stores an open report; returns its number.
    pub async fn create_report(
        &mut self,
        reporter: (Platform, &UserId),
        reported: (Platform, &UserId),
        target: &str,
        reason: &str,
        at: i64,
    ) -> Result<i64, StoreError> {
        self.create_message_report(reporter, reported, target, reason, at, None)
            .await
    }

    /// Stores an open report, about a group message when `message` names one (group and
    /// the message's platform id); returns its number.
    pub async fn create_message_report(
        &mut self,
        reporter: (Platform, &UserId),
        reported: (Platform, &UserId),
        target: &str,
        reason: &str,
        at: i64,
        message: Option<(&ChatId, &str)>,
    ) -> Result<i64, StoreError> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO reports (platform, user_id, target_platform, target_user_id, target, \
                 reason, status, created_at, chat_id, message_id) \
             VALUES ($1, $2, $3, $4, $5, $6, 'open', $7, $8, $9) RETURNING id",
        )
        .bind(reporter.0.as_str())
        .bind(&reporter.1.0)
        .bind(reported.0.as_str())
        .bind(&reported.1.0)
        .bind(target)
        .bind(reason)
        .bind(at)
        .bind(message.map(|(chat, _)| chat.0.clone()))
        .bind(message.map(|(_, id)| id.to_owned()))
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(id)
    }

    /// How many reports a person made from `since` on.
    pub async fn reports_since(
        &mut self,
        reporter: (Platform, &UserId),
        since: i64,
    ) -> Result<i64, StoreError> {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM reports WHERE platform = $1 AND user_id = $2 AND created_at >= $3",
        )
        .bind(reporter.0.as_str())
        .bind(&reporter.1.0)
        .bind(since)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(n)
    }

    /// The report with this number.
    pub async fn report(&mut self, id: i64) -> Result<Option<ReportRecord>, StoreError> {
        let sql = format!("SELECT {REPORT_COLUMNS} FROM reports WHERE id = $1");
        let row: Option<ReportRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.inner)
            .await?;
        Ok(row.map(report))
    }

    /// Open reports, oldest first.
    pub async fn open_reports(&mut self) -> Result<Vec<ReportRecord>, StoreError> {
        let sql = format!("SELECT {REPORT_COLUMNS} FROM reports WHERE status = 'open' ORDER BY id");
        let rows: Vec<ReportRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(report).collect())
    }

    /// Closes an open report as `acted` or `dismissed`; returns whether it was open.
    pub async fn close_report(
        &mut self,
        id: i64,
        status: &str,
        at: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE reports SET status = $2, decided_at = $3 WHERE id = $1 AND status = 'open'",
        )
        .bind(id)
        .bind(status)
        .bind(at)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
