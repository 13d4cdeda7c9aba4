//! Retention: the rows whose time is up, one bounded batch at a time.
//!
//! Every method takes a `cutoff` (rows older than it go) and a `limit`, and handles at most
//! `limit` rows, so a caller commits between batches and message handling is never held up
//! for long. Rows counted by the indicators leave anonymous monthly counts behind
//! (`retired_counts`), so `/stats` stays true for the months they belonged to.

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};

/// The simple kinds: rows that go once their own date has passed, with nothing to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expiring {
    /// Group members' counters, untrusted, after their last message.
    GroupMembers,
    /// Reports once decided.
    Reports,
    /// Warnings after their expiry.
    Warnings,
    /// Timed sanctions after their end.
    Sanctions,
    /// Unfinished dialogues.
    Dialogues,
    /// Unanswered questions.
    ChoiceSets,
    /// Messages never sent (their platform was not running).
    Outbox,
    /// Lines of the audit log.
    Audit,
    /// Expense claims once decided.
    ExpenseClaims,
    /// Invitations to co-evaluate a programme, after their round was sent.
    EvaluationInvites,
}

impl Expiring {
    /// Every kind, in the order a pass handles them.
    pub const ALL: [Expiring; 10] = [
        Expiring::GroupMembers,
        Expiring::Reports,
        Expiring::Warnings,
        Expiring::Sanctions,
        Expiring::Dialogues,
        Expiring::ChoiceSets,
        Expiring::Outbox,
        Expiring::Audit,
        Expiring::ExpenseClaims,
        Expiring::EvaluationInvites,
    ];

    /// One batch's statement: `$1` the cutoff, `$2` the limit. The subquery bounds the batch
    /// (neither backend has `DELETE … LIMIT`); the row values of `IN` name a composite key.
    fn sql(self) -> &'static str {
        match self {
            // A trusted mark is a coordinator's decision: it stays until /oublier.
            Expiring::GroupMembers => {
                "DELETE FROM group_members WHERE (platform, chat_id, user_id) IN \
                 (SELECT platform, chat_id, user_id FROM group_members \
                  WHERE trusted = 0 AND window_started_at < $1 LIMIT $2)"
            }
            // An open report still waits for a coordinator.
            Expiring::Reports => {
                "DELETE FROM reports WHERE id IN (SELECT id FROM reports \
                 WHERE status <> 'open' AND COALESCE(decided_at, created_at) < $1 LIMIT $2)"
            }
            Expiring::Warnings => {
                "DELETE FROM warnings WHERE id IN \
                 (SELECT id FROM warnings WHERE expires_at < $1 LIMIT $2)"
            }
            Expiring::Sanctions => {
                "DELETE FROM sanctions WHERE id IN \
                 (SELECT id FROM sanctions WHERE until_at < $1 LIMIT $2)"
            }
            Expiring::Dialogues => {
                "DELETE FROM dialogues WHERE (platform, chat_id, user_id) IN \
                 (SELECT platform, chat_id, user_id FROM dialogues WHERE updated_at < $1 LIMIT $2)"
            }
            Expiring::ChoiceSets => {
                "DELETE FROM choice_sets WHERE id IN \
                 (SELECT id FROM choice_sets WHERE created_at < $1 LIMIT $2)"
            }
            Expiring::Outbox => {
                "DELETE FROM outbox WHERE id IN \
                 (SELECT id FROM outbox WHERE created_at < $1 LIMIT $2)"
            }
            Expiring::Audit => {
                "DELETE FROM audit_log WHERE id IN (SELECT id FROM audit_log WHERE at < $1 LIMIT $2)"
            }
            // A claim waiting for an answer stays whatever its age.
            Expiring::ExpenseClaims => {
                "DELETE FROM expense_claims WHERE id IN (SELECT id FROM expense_claims \
                 WHERE status <> 'pending' AND decided_at < $1 LIMIT $2)"
            }
            Expiring::EvaluationInvites => {
                "DELETE FROM evaluation_invites WHERE (round_id, platform, user_id) IN \
                 (SELECT i.round_id, i.platform, i.user_id FROM evaluation_invites i \
                  JOIN evaluation_rounds r ON r.id = i.round_id WHERE r.launched_at < $1 LIMIT $2)"
            }
        }
    }
}

/// The first second (UTC) of the month of `at`.
pub fn month_start(at: i64) -> i64 {
    use chrono::{Datelike, TimeZone, Utc};
    let Some(day) = Utc.timestamp_opt(at, 0).single() else {
        return 0;
    };
    Utc.with_ymd_and_hms(day.year(), day.month(), 1, 0, 0, 0)
        .single()
        .map_or(0, |d| d.timestamp())
}

impl Tx {
    /// Deletes one batch of `kind` older than `cutoff`; returns how many rows went.
    pub async fn purge_expiring(
        &mut self,
        kind: Expiring,
        cutoff: i64,
        limit: i64,
    ) -> Result<u64, StoreError> {
        let done = sqlx::query(kind.sql())
            .bind(cutoff)
            .bind(limit)
            .execute(&mut *self.inner)
            .await?;
        Ok(done.rows_affected())
    }

    /// Adds anonymous counts to the months they belong to.
    async fn retire_counts(&mut self, counts: &[(i64, String)]) -> Result<(), StoreError> {
        let mut tally: std::collections::BTreeMap<(i64, &str), i64> = Default::default();
        for (at, kind) in counts {
            *tally.entry((month_start(*at), kind.as_str())).or_default() += 1;
        }
        for ((month, kind), count) in tally {
            sqlx::query(
                "INSERT INTO retired_counts (month_start, kind, count) VALUES ($1, $2, $3) \
                 ON CONFLICT (month_start, kind) DO UPDATE \
                 SET count = retired_counts.count + excluded.count",
            )
            .bind(month)
            .bind(kind)
            .bind(count)
            .execute(&mut *self.inner)
            .await?;
        }
        Ok(())
    }

    /// Deletes rows of `table` by id (ids come from this module's own queries).
    async fn delete_ids(&mut self, table: &str, ids: &[i64]) -> Result<u64, StoreError> {
        if ids.is_empty() {
            return Ok(0);
        }
        let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
        let sql = format!("DELETE FROM {table} WHERE id IN ({list})");
        let done = sqlx::query(sqlx::AssertSqlSafe(sql))
            .execute(&mut *self.inner)
            .await?;
        Ok(done.rows_affected())
    }

    /// The rows (id, status, created at) `sql` selects with `$1` the cutoff and `$2` the
    /// limit, deleted from `table` after their monthly counts were kept, each row counting
    /// for the kinds `counted` names from its status. Returns how many.
    async fn retire_rows(
        &mut self,
        table: &'static str,
        sql: &'static str,
        (cutoff, limit): (i64, i64),
        counted: impl Fn(&str) -> Vec<String>,
    ) -> Result<u64, StoreError> {
        let rows: Vec<(i64, String, i64)> = sqlx::query_as(sql)
            .bind(cutoff)
            .bind(limit)
            .fetch_all(&mut *self.inner)
            .await?;
        let counts: Vec<(i64, String)> = rows
            .iter()
            .flat_map(|(_, status, at)| counted(status).into_iter().map(|kind| (*at, kind)))
            .collect();
        self.retire_counts(&counts).await?;
        let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
        self.delete_ids(table, &ids).await
    }

    /// Deletes one batch of contact requests that ended before `cutoff`, with their
    /// introductions; the indicators keep their monthly counts. Returns how many.
    pub async fn purge_contacts(&mut self, cutoff: i64, limit: i64) -> Result<u64, StoreError> {
        // A request that never ended (pending, accepted) stays whatever its age.
        self.retire_rows(
            "contacts",
            "SELECT id, status, created_at FROM contacts \
             WHERE status IN ('declined', 'expired', 'withdrawn', 'ended') \
             AND COALESCE(ended_at, decided_at, expires_at) < $1 LIMIT $2",
            (cutoff, limit),
            |status| {
                let mut kinds = vec!["contacts_sent".to_owned()];
                if status == "ended" {
                    kinds.push("contacts_accepted".to_owned());
                }
                kinds
            },
        )
        .await
    }

    /// Deletes one batch of bookings whose slot ended before `cutoff`, with their
    /// reminders; the indicators keep their monthly counts. Returns how many.
    pub async fn purge_bookings(&mut self, cutoff: i64, limit: i64) -> Result<u64, StoreError> {
        // Reminders of a slot that ended were sent long ago; any left go first.
        sqlx::query(
            "DELETE FROM reminders WHERE booking_id IN (SELECT b.id FROM bookings b \
             JOIN slots s ON s.id = b.slot_id WHERE s.ends_at < $1)",
        )
        .bind(cutoff)
        .execute(&mut *self.inner)
        .await?;
        self.retire_rows(
            "bookings",
            "SELECT b.id, b.status, b.created_at FROM bookings b \
             JOIN slots s ON s.id = b.slot_id WHERE s.ends_at < $1 LIMIT $2",
            (cutoff, limit),
            |status| vec![format!("booking:{status}")],
        )
        .await
    }

    /// Deletes one batch of ETP sign-ups last changed before `cutoff` that ended (refused,
    /// withdrawn) or whose programme closed; the indicators keep their monthly counts.
    pub async fn purge_signups(&mut self, cutoff: i64, limit: i64) -> Result<u64, StoreError> {
        self.retire_rows(
            "etp_signups",
            "SELECT s.id, s.status, s.created_at FROM etp_signups s \
             JOIN etp_programmes p ON p.id = s.programme_id \
             WHERE s.updated_at < $1 AND (s.status IN ('refused', 'withdrawn') OR p.status = 'closed') \
             LIMIT $2",
            (cutoff, limit),
            |status| vec![format!("signup:{status}")],
        )
        .await
    }

    /// Up to `limit` people who never consented and were last heard from before `cutoff`,
    /// those with a role excepted (staff are not erased for silence).
    pub async fn unconsented_before(
        &mut self,
        cutoff: i64,
        limit: i64,
    ) -> Result<Vec<(Platform, UserId)>, StoreError> {
        self.people(
            "SELECT platform, user_id FROM users u WHERE consent_at IS NULL AND seen_at < $1 \
             AND NOT EXISTS (SELECT 1 FROM roles r \
                             WHERE r.platform = u.platform AND r.user_id = u.user_id) \
             ORDER BY seen_at LIMIT $2",
            &[cutoff, limit],
        )
        .await
    }

    /// Up to `limit` people who consented, were last heard from before `cutoff`, have not
    /// been told yet, hold no role and have no booking still to come (`at`: now).
    pub async fn inactive_to_tell(
        &mut self,
        cutoff: i64,
        at: i64,
        limit: i64,
    ) -> Result<Vec<(Platform, UserId)>, StoreError> {
        self.people(
            "SELECT platform, user_id FROM users u \
             WHERE consent_at IS NOT NULL AND seen_at < $1 AND erasure_notice_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM roles r \
                             WHERE r.platform = u.platform AND r.user_id = u.user_id) \
             AND NOT EXISTS (SELECT 1 FROM bookings b JOIN slots s ON s.id = b.slot_id \
                             WHERE b.platform = u.platform AND b.user_id = u.user_id \
                             AND b.status IN ('confirmed', 'waiting') AND s.ends_at > $2) \
             ORDER BY seen_at LIMIT $3",
            &[cutoff, at, limit],
        )
        .await
    }

    /// Records that a person was told, at `at`, that their data will be erased.
    pub async fn mark_erasure_notice(
        &mut self,
        platform: Platform,
        user: &UserId,
        at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET erasure_notice_at = $3 WHERE platform = $1 AND user_id = $2")
            .bind(platform.as_str())
            .bind(&user.0)
            .bind(at)
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    /// Up to `limit` people told before `cutoff` that their data would be erased, who have
    /// not written since.
    pub async fn told_before(
        &mut self,
        cutoff: i64,
        limit: i64,
    ) -> Result<Vec<(Platform, UserId)>, StoreError> {
        self.people(
            "SELECT platform, user_id FROM users \
             WHERE erasure_notice_at IS NOT NULL AND erasure_notice_at < $1 \
             AND seen_at < erasure_notice_at ORDER BY erasure_notice_at LIMIT $2",
            &[cutoff, limit],
        )
        .await
    }

    /// The people (platform, user id) `sql` selects, with `binds` as `$1, $2, …`.
    async fn people(
        &mut self,
        sql: &'static str,
        binds: &[i64],
    ) -> Result<Vec<(Platform, UserId)>, StoreError> {
        let mut query = sqlx::query_as::<_, (String, String)>(sql);
        for value in binds {
            query = query.bind(*value);
        }
        let rows = query.fetch_all(&mut *self.inner).await?;
        Ok(rows
            .into_iter()
            .filter_map(|(p, u)| Some((Platform::parse(&p)?, UserId(u))))
            .collect())
    }

    /// Notes that a person wrote at `at`: their data is kept from then, and a notice of
    /// erasure they were sent no longer holds.
    pub async fn touch_user(
        &mut self,
        platform: Platform,
        user: &UserId,
        at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE users SET seen_at = $3, erasure_notice_at = NULL \
             WHERE platform = $1 AND user_id = $2",
        )
        .bind(platform.as_str())
        .bind(&user.0)
        .bind(at)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn months_start_on_the_first_at_midnight_utc() {
        // 2026-12-07 08:35:32 UTC, and the first second of 2026-12.
        assert_eq!(super::month_start(1_796_632_532), 1_796_083_200);
        assert_eq!(super::month_start(1_796_083_200), 1_796_083_200);
        assert_eq!(super::month_start(1_796_083_199), 1_793_491_200);
    }
}
