//! Co-evaluation rounds of ETP programmes: who was asked (personal), how many answered by
//! role, and the answers, each alone and read only for groups of at least
//! [`super::FEEDBACK_FLOOR`] respondents.

use super::{FEEDBACK_FLOOR, StoreError, Tx};
use crate::core::message::{Platform, UserId};

/// A questionnaire sent for a programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoundRecord {
    /// Its number.
    pub id: i64,
    /// The programme.
    pub programme_id: i64,
    /// The template it was set from.
    pub template: String,
    /// When it was sent.
    pub launched_at: i64,
    /// Enrolled patients who answered.
    pub patients: i64,
    /// Partner patients who answered.
    pub partners: i64,
}

/// How long a round stays open at most: after it, answers are no longer awaited.
pub const ROUND_OPEN_FOR: i64 = 30 * 86_400;

/// The mean of each question for one role of one round, when that group reached the floor.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundResults {
    /// The round.
    pub round: RoundRecord,
    /// Closed: every person asked answered or declined, or [`ROUND_OPEN_FOR`] passed.
    /// Results are read only then, so they never change after they are first shown.
    pub closed: bool,
    /// By role (`patient`, `partner`): how many answered and each question's mean, in
    /// question order; a role under the floor is left out.
    pub by_role: Vec<(String, i64, Vec<f64>)>,
}

type RoundRow = (i64, i64, String, i64, i64, i64);

fn round(r: RoundRow) -> RoundRecord {
    RoundRecord {
        id: r.0,
        programme_id: r.1,
        template: r.2,
        launched_at: r.3,
        patients: r.4,
        partners: r.5,
    }
}

const ROUND_COLUMNS: &str = "id, programme_id, template, launched_at, patients, partners";

impl Tx {
    /// Opens a round of `template` for a programme and asks each person (role `patient` or
    /// `partner`); returns its number.
    pub async fn launch_round(
        &mut self,
        programme_id: i64,
        template: &str,
        invited: &[(Platform, UserId, &str)],
        at: i64,
    ) -> Result<i64, StoreError> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO evaluation_rounds (programme_id, template, launched_at) \
             VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(programme_id)
        .bind(template)
        .bind(at)
        .fetch_one(&mut *self.inner)
        .await?;
        for (platform, user, role) in invited {
            sqlx::query(
                "INSERT INTO evaluation_invites (round_id, platform, user_id, role, state) \
                 VALUES ($1, $2, $3, $4, 'asked') ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(platform.as_str())
            .bind(&user.0)
            .bind(*role)
            .execute(&mut *self.inner)
            .await?;
        }
        Ok(id)
    }

    /// A round.
    pub async fn round(&mut self, id: i64) -> Result<Option<RoundRecord>, StoreError> {
        let sql = format!("SELECT {ROUND_COLUMNS} FROM evaluation_rounds WHERE id = $1");
        let row: Option<RoundRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.inner)
            .await?;
        Ok(row.map(round))
    }

    /// The role a person was asked in, while their answer is awaited.
    pub async fn awaited_role(
        &mut self,
        round_id: i64,
        person: (Platform, &UserId),
    ) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT role FROM evaluation_invites WHERE round_id = $1 AND platform = $2 \
             AND user_id = $3 AND state = 'asked'",
        )
        .bind(round_id)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .fetch_optional(&mut *self.inner)
        .await?)
    }

    /// Closes a person's invitation as declined; false when it was not awaited.
    pub async fn decline_round(
        &mut self,
        round_id: i64,
        person: (Platform, &UserId),
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE evaluation_invites SET state = 'declined' WHERE round_id = $1 \
             AND platform = $2 AND user_id = $3 AND state = 'asked'",
        )
        .bind(round_id)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Keeps a person's answers (one score per question, in order) and counts them for their
    /// role; false (nothing kept) when their answer was not awaited.
    pub async fn answer_round(
        &mut self,
        round_id: i64,
        person: (Platform, &UserId),
        scores: &[i64],
    ) -> Result<bool, StoreError> {
        let Some(role) = self.awaited_role(round_id, person).await? else {
            return Ok(false);
        };
        let done = sqlx::query(
            "UPDATE evaluation_invites SET state = 'answered' WHERE round_id = $1 \
             AND platform = $2 AND user_id = $3 AND state = 'asked'",
        )
        .bind(round_id)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .execute(&mut *self.inner)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        // The column is one of two names, never the caller's text.
        let column = if role == "partner" {
            "partners"
        } else {
            "patients"
        };
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE evaluation_rounds SET {column} = {column} + 1 WHERE id = $1"
        )))
        .bind(round_id)
        .execute(&mut *self.inner)
        .await?;
        for (question, score) in scores.iter().enumerate() {
            sqlx::query(
                "INSERT INTO evaluation_scores (round_id, role, question, score, answers) \
                 VALUES ($1, $2, $3, $4, 1) ON CONFLICT (round_id, role, question, score) \
                 DO UPDATE SET answers = evaluation_scores.answers + 1",
            )
            .bind(round_id)
            .bind(&role)
            .bind(question as i64)
            .bind((*score).clamp(1, 5))
            .execute(&mut *self.inner)
            .await?;
        }
        Ok(true)
    }

    /// The rounds of the programmes `programmes` (all when `None`) sent from `from` until
    /// `until`, newest first, each with the results of the roles that reached the floor once
    /// the round is closed at `now`.
    pub async fn round_results(
        &mut self,
        programmes: Option<&[i64]>,
        (from, until): (i64, i64),
        now: i64,
    ) -> Result<Vec<RoundResults>, StoreError> {
        // Numbers only, from the caller's own records.
        let only = programmes.map_or_else(String::new, |ids| {
            let list: Vec<String> = ids.iter().map(i64::to_string).collect();
            format!(
                "AND programme_id IN ({})",
                if list.is_empty() {
                    "NULL".to_owned()
                } else {
                    list.join(",")
                }
            )
        });
        let sql = format!(
            "SELECT {ROUND_COLUMNS} FROM evaluation_rounds \
             WHERE launched_at >= $1 AND launched_at < $2 {only} ORDER BY launched_at DESC, id DESC"
        );
        let rounds: Vec<RoundRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(from)
            .bind(until)
            .fetch_all(&mut *self.inner)
            .await?;
        let mut out = Vec::new();
        for r in rounds.into_iter().map(round) {
            let (waiting,): (i64,) = sqlx::query_as(
                "SELECT COUNT(*) FROM evaluation_invites WHERE round_id = $1 AND state = 'asked'",
            )
            .bind(r.id)
            .fetch_one(&mut *self.inner)
            .await?;
            let closed = waiting == 0 || r.launched_at + ROUND_OPEN_FOR <= now;
            let mut by_role = Vec::new();
            for (role, count) in [("patient", r.patients), ("partner", r.partners)] {
                // The floor, on the group's own count: a smaller group is never read; nor is
                // a group still growing.
                if count < FEEDBACK_FLOOR || !closed {
                    continue;
                }
                let means: Vec<(i64, f64)> = sqlx::query_as(
                    "SELECT question, CAST(SUM(score * answers) AS DOUBLE PRECISION) \
                         / CAST(SUM(answers) AS DOUBLE PRECISION) \
                     FROM evaluation_scores WHERE round_id = $1 AND role = $2 \
                     GROUP BY question ORDER BY question",
                )
                .bind(r.id)
                .bind(role)
                .fetch_all(&mut *self.inner)
                .await?;
                by_role.push((
                    role.to_owned(),
                    count,
                    means.into_iter().map(|(_, m)| m).collect(),
                ));
            }
            out.push(RoundResults {
                round: r,
                closed,
                by_role,
            });
        }
        Ok(out)
    }
}
