//! Mission agreements (a selected partner accepts the mission sheet and the charter) and
//! the expenses partners claim for the missions they agreed to.

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};

/// Where an expense claim stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimStatus {
    /// Waiting for the coordination.
    Pending,
    /// To be reimbursed.
    Approved,
    /// Refused, with a reason.
    Refused,
}

impl ClaimStatus {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimStatus::Pending => "pending",
            ClaimStatus::Approved => "approved",
            ClaimStatus::Refused => "refused",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "approved" => ClaimStatus::Approved,
            "refused" => ClaimStatus::Refused,
            _ => ClaimStatus::Pending,
        }
    }
}

/// An expense to claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewClaim {
    /// The agreed application it is for.
    pub application_id: i64,
    /// Its mission.
    pub mission_id: i64,
    /// transport, meal, lodging or other.
    pub kind: String,
    /// In euro cents, more than 0.
    pub amount_cents: i64,
    /// The day of the expense, `YYYY-MM-DD`.
    pub spent_on: String,
}

/// A stored claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimRecord {
    /// Its number.
    pub id: i64,
    /// What was claimed.
    pub claim: NewClaim,
    /// Who claimed it.
    pub person: (Platform, UserId),
    /// Where it stands.
    pub status: ClaimStatus,
    /// Why it was refused.
    pub reason: Option<String>,
    /// When it was claimed.
    pub created_at: i64,
    /// When it was decided.
    pub decided_at: Option<i64>,
}

const CLAIM_COLUMNS: &str = "id, application_id, mission_id, kind, amount_cents, spent_on, \
     platform, user_id, status, reason, created_at, decided_at";

type ClaimRow = (
    i64,
    i64,
    i64,
    String,
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    i64,
    Option<i64>,
);

fn claim(r: ClaimRow) -> ClaimRecord {
    ClaimRecord {
        id: r.0,
        claim: NewClaim {
            application_id: r.1,
            mission_id: r.2,
            kind: r.3,
            amount_cents: r.4,
            spent_on: r.5,
        },
        person: (
            Platform::parse(&r.6).unwrap_or(Platform::Console),
            UserId(r.7),
        ),
        status: ClaimStatus::parse(&r.8),
        reason: r.9,
        created_at: r.10,
        decided_at: r.11,
    }
}

impl Tx {
    /// Records that the person of a selected application accepted its mission sheet and
    /// charter `version` at `at`; false when it is not theirs, not selected, or already
    /// agreed.
    pub async fn agree_to_mission(
        &mut self,
        application: i64,
        person: (Platform, &UserId),
        version: i64,
        at: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE etp_applications SET agreed_at = $1, charter_version = $2 \
             WHERE id = $3 AND platform = $4 AND user_id = $5 AND status = 'selected' \
             AND agreed_at IS NULL",
        )
        .bind(at)
        .bind(version)
        .bind(application)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Stores a claim by `person`, waiting for the coordination; returns its number.
    pub async fn create_claim(
        &mut self,
        new: &NewClaim,
        person: (Platform, &UserId),
        at: i64,
    ) -> Result<i64, StoreError> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO expense_claims (application_id, mission_id, platform, user_id, kind, \
                 amount_cents, spent_on, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, 'pending', $8) RETURNING id",
        )
        .bind(new.application_id)
        .bind(new.mission_id)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .bind(&new.kind)
        .bind(new.amount_cents)
        .bind(&new.spent_on)
        .bind(at)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(id)
    }

    /// The claim with this number.
    pub async fn claim(&mut self, id: i64) -> Result<Option<ClaimRecord>, StoreError> {
        let sql = format!("SELECT {CLAIM_COLUMNS} FROM expense_claims WHERE id = $1");
        let row: Option<ClaimRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.inner)
            .await?;
        Ok(row.map(claim))
    }

    /// A person's claims, newest first.
    pub async fn claims_of(
        &mut self,
        person: (Platform, &UserId),
    ) -> Result<Vec<ClaimRecord>, StoreError> {
        let sql = format!(
            "SELECT {CLAIM_COLUMNS} FROM expense_claims WHERE platform = $1 AND user_id = $2 \
             ORDER BY id DESC"
        );
        let rows: Vec<ClaimRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(person.0.as_str())
            .bind(&person.1.0)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(claim).collect())
    }

    /// The claims answered from `from` until `until` (Unix seconds, `until` excluded), in
    /// the order they were answered: a claim declared late still appears in the month it
    /// was answered.
    pub async fn claims_decided_between(
        &mut self,
        from: i64,
        until: i64,
    ) -> Result<Vec<ClaimRecord>, StoreError> {
        let sql = format!(
            "SELECT {CLAIM_COLUMNS} FROM expense_claims WHERE decided_at >= $1 \
             AND decided_at < $2 ORDER BY decided_at, id"
        );
        let rows: Vec<ClaimRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(from)
            .bind(until)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(claim).collect())
    }

    /// Decides a pending claim (approved, or refused with `reason`); false when it was
    /// decided already.
    pub async fn decide_claim(
        &mut self,
        id: i64,
        status: ClaimStatus,
        reason: Option<&str>,
        at: i64,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE expense_claims SET status = $1, reason = $2, decided_at = $3 \
             WHERE id = $4 AND status = 'pending'",
        )
        .bind(status.as_str())
        .bind(reason)
        .bind(at)
        .bind(id)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }
}
