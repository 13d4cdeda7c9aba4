//! Who came to a permanence, and what they thought of it.
//!
//! Hosts mark attendance on bookings (personal rows); the slot keeps only the number of
//! people who came, so the indicators outlive the bookings. Answers to the question asked
//! the day after are stored without their author and read only as aggregates of
//! (permanence, month) groups of at least [`FEEDBACK_FLOOR`] answers: a host who knows who
//! came on one date cannot single anyone out.

use super::permanences::{SLOT_COLUMNS, SlotRow, slot};
use super::{SlotRecord, StoreError, Tx};
use crate::core::message::{Platform, UserId};

/// How long after a slot ends its host may still mark who came: 7 days.
pub const MARK_WINDOW: i64 = 7 * 86_400;

/// The fewest answers a (permanence, month) group must hold to be counted anywhere.
pub const FEEDBACK_FLOOR: i64 = 5;

/// How long after a slot ends its question may be answered: it is asked up to 8 days
/// after, and answers close two days later. Well within [`FEEDBACK_SETTLING`].
pub const ANSWER_WINDOW: i64 = 10 * 86_400;

/// How long after a month ends its answers are still coming in: a date at the end of the
/// month may be marked 7 days late, and its person asked up to 8 days after it. A month is
/// read only once this has passed, so a group never changes after it is first shown (two
/// readings of a growing group would tell the newest answer).
pub const FEEDBACK_SETTLING: i64 = 16 * 86_400;

/// A confirmed booking of a slot, as its host marks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attendance {
    /// The booking's number (people show it on arrival).
    pub booking: i64,
    /// `None` until marked; whether they came.
    pub came: Option<bool>,
}

/// A booking whose person may now be asked how the permanence went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedbackDue {
    /// The booking.
    pub booking: i64,
    /// Its person.
    pub person: (Platform, UserId),
    /// The slot they came to.
    pub slot: SlotRecord,
}

/// Answers about some permanences over a period, from the groups that reached the floor.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FeedbackSummary {
    /// How many answers are counted.
    pub answers: i64,
    /// Their mean (1 to 5), when there are any.
    pub mean: Option<f64>,
    /// The free words of the counted groups, in alphabetical order (never in the order
    /// they came).
    pub words: Vec<String>,
}

impl Tx {
    /// The slots of a permanence its host may mark at `now`: begun, not called off, ended
    /// less than [`MARK_WINDOW`] ago; the latest first.
    pub async fn slots_to_mark(
        &mut self,
        permanence_id: i64,
        now: i64,
    ) -> Result<Vec<SlotRecord>, StoreError> {
        let sql = format!(
            "SELECT {SLOT_COLUMNS} FROM slots s WHERE s.permanence_id = $1 AND s.cancelled = 0 \
             AND s.starts_at <= $2 AND s.ends_at >= $3 AND s.booked > 0 \
             ORDER BY s.starts_at DESC LIMIT 10"
        );
        let rows: Vec<SlotRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(permanence_id)
            .bind(now)
            .bind(now - MARK_WINDOW)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(slot).collect())
    }

    /// The confirmed bookings of a slot with what was marked, by number.
    pub async fn attendance(&mut self, slot_id: i64) -> Result<Vec<Attendance>, StoreError> {
        let rows: Vec<(i64, Option<i64>)> = sqlx::query_as(
            "SELECT id, attended FROM bookings WHERE slot_id = $1 AND status = 'confirmed' \
             ORDER BY id",
        )
        .bind(slot_id)
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(booking, came)| Attendance {
                booking,
                came: came.map(|c| c != 0),
            })
            .collect())
    }

    /// Marks whether the person of a confirmed booking of `slot_id` came, and keeps the
    /// slot's count of people who came right. Returns false when there is no such booking.
    pub async fn mark_attendance(
        &mut self,
        (slot_id, booking): (i64, i64),
        came: bool,
        now: i64,
    ) -> Result<bool, StoreError> {
        // Each update says what it changes from, so the count moves only on a real change,
        // even when two hosts mark the same booking at once (the second re-reads the row).
        let change = |from: &'static str| {
            sqlx::AssertSqlSafe(format!(
                "UPDATE bookings SET attended = $1, attended_at = $2 \
                 WHERE id = $3 AND slot_id = $4 AND status = 'confirmed' AND {from}"
            ))
        };
        let steps: [(&str, i64); 2] = if came {
            [
                ("(attended IS NULL OR attended = 0)", 1),
                ("attended = 1", 0),
            ]
        } else {
            [
                ("attended = 1", -1),
                ("(attended IS NULL OR attended = 0)", 0),
            ]
        };
        for (from, delta) in steps {
            let done = sqlx::query(change(from))
                .bind(i64::from(came))
                .bind(now)
                .bind(booking)
                .bind(slot_id)
                .execute(&mut *self.inner)
                .await?;
            if done.rows_affected() == 1 {
                if delta != 0 {
                    sqlx::query("UPDATE slots SET attended = attended + $1 WHERE id = $2")
                        .bind(delta)
                        .bind(slot_id)
                        .execute(&mut *self.inner)
                        .await?;
                }
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Bookings whose person came to a slot that ended before `at` and less than eight days
    /// ago, who consented and was not asked yet: oldest first, at most `limit`.
    pub async fn feedback_due(
        &mut self,
        at: i64,
        limit: i64,
    ) -> Result<Vec<FeedbackDue>, StoreError> {
        let sql = format!(
            "SELECT b.id, b.platform, b.user_id, {SLOT_COLUMNS} FROM bookings b \
             JOIN slots s ON s.id = b.slot_id \
             JOIN users u ON u.platform = b.platform AND u.user_id = b.user_id \
             WHERE b.attended = 1 AND b.status = 'confirmed' AND b.feedback_state IS NULL \
             AND u.consent_at IS NOT NULL AND s.ends_at < $1 AND s.ends_at > $2 \
             ORDER BY s.ends_at, b.id LIMIT $3"
        );
        type Row = (i64, String, String, i64, i64, i64, i64, i64, i64);
        let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(at)
            .bind(at - 8 * 86_400)
            .bind(limit)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                Some(FeedbackDue {
                    booking: r.0,
                    person: (Platform::parse(&r.1)?, UserId(r.2)),
                    slot: slot((r.3, r.4, r.5, r.6, r.7, r.8)),
                })
            })
            .collect())
    }

    /// Records that the person of a booking was asked how it went; false when they
    /// already were (another process took it).
    pub async fn feedback_asked(&mut self, booking: i64) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE bookings SET feedback_state = 'asked' WHERE id = $1 AND feedback_state IS NULL",
        )
        .bind(booking)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Closes the question about a person's own booking (`answered` or `declined`) and
    /// returns the slot it was about; `None` when it was not waiting for their answer
    /// (answered already, or not theirs).
    pub async fn close_feedback(
        &mut self,
        booking: i64,
        person: (Platform, &UserId),
        to: &str,
    ) -> Result<Option<SlotRecord>, StoreError> {
        let done = sqlx::query(
            "UPDATE bookings SET feedback_state = $1 WHERE id = $2 AND platform = $3 \
             AND user_id = $4 AND feedback_state = 'asked'",
        )
        .bind(to)
        .bind(booking)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .execute(&mut *self.inner)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(None);
        }
        // Called off since: still the slot they came to.
        let sql = format!(
            "SELECT {SLOT_COLUMNS} FROM slots s JOIN bookings b ON b.slot_id = s.id \
             WHERE b.id = $1"
        );
        let row: Option<SlotRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(booking)
            .fetch_optional(&mut *self.inner)
            .await?;
        Ok(row.map(slot))
    }

    /// Counts an answer (1 to 5) about a permanence, with nothing but the month of its date.
    pub async fn add_feedback_score(
        &mut self,
        permanence_id: i64,
        month_start: i64,
        score: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO feedback_scores (permanence_id, month_start, score, answers) \
             VALUES ($1, $2, $3, 1) ON CONFLICT (permanence_id, month_start, score) \
             DO UPDATE SET answers = feedback_scores.answers + 1",
        )
        .bind(permanence_id)
        .bind(month_start)
        .bind(score.clamp(1, 5))
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Keeps a free word about a permanence, apart from any score.
    pub async fn add_feedback_words(
        &mut self,
        permanence_id: i64,
        month_start: i64,
        words: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO feedback_words (permanence_id, month_start, words) VALUES ($1, $2, $3)",
        )
        .bind(permanence_id)
        .bind(month_start)
        .bind(words)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// What people said of the permanences `permanences` (all when `None`) whose month
    /// starts from `from` until `until`: only (permanence, month) groups of at least
    /// [`FEEDBACK_FLOOR`] answers whose month is closed at `now` (see
    /// [`FEEDBACK_SETTLING`]) count, for the scores and for the words alike. The groups are
    /// fixed and never grow once read, so no two summaries differ by fewer answers than the
    /// floor.
    pub async fn feedback_summary(
        &mut self,
        permanences: Option<&[i64]>,
        (from, until): (i64, i64),
        now: i64,
    ) -> Result<FeedbackSummary, StoreError> {
        // Months strictly before the one `FEEDBACK_SETTLING` ago are closed.
        let until = until.min(super::month_start(now - FEEDBACK_SETTLING));
        // Numbers only, from the caller's own records: safe to write into the statement.
        let only = permanences.map_or_else(String::new, |ids| {
            let list = ids.iter().map(i64::to_string).collect::<Vec<_>>();
            format!(
                "AND permanence_id IN ({})",
                if list.is_empty() {
                    "NULL".to_owned()
                } else {
                    list.join(",")
                }
            )
        });
        let groups = format!(
            "SELECT permanence_id, month_start FROM feedback_scores \
             WHERE month_start >= $1 AND month_start < $2 {only} \
             GROUP BY permanence_id, month_start HAVING SUM(answers) >= {FEEDBACK_FLOOR}"
        );
        let totals = format!(
            "SELECT CAST(COALESCE(SUM(f.answers), 0) AS BIGINT), \
             CAST(COALESCE(SUM(f.score * f.answers), 0) AS BIGINT) \
             FROM feedback_scores f JOIN ({groups}) g \
             ON g.permanence_id = f.permanence_id AND g.month_start = f.month_start"
        );
        let (answers, total): (i64, i64) = sqlx::query_as(sqlx::AssertSqlSafe(totals))
            .bind(from)
            .bind(until)
            .fetch_one(&mut *self.inner)
            .await?;
        let mut summary = FeedbackSummary {
            answers,
            mean: (answers > 0).then(|| total as f64 / answers as f64),
            ..FeedbackSummary::default()
        };
        let words = format!(
            "SELECT w.words FROM feedback_words w JOIN ({groups}) g \
             ON g.permanence_id = w.permanence_id AND g.month_start = w.month_start \
             ORDER BY w.words"
        );
        summary.words = sqlx::query_scalar(sqlx::AssertSqlSafe(words))
            .bind(from)
            .bind(until)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(summary)
    }
}
