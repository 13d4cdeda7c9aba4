//! Counts for coordinators' indicators (`/stats`): partners, contact requests, permanence
//! bookings, ETP sign-ups and missions, over a period. Only counts leave this module.

use super::{StoreError, Tx};

/// The indicators of a period (items created from `from` until `until`), with the
/// directory as it stands now.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Indicators {
    /// Approved partners now, in all.
    pub partners: i64,
    /// Approved partners now, by role key.
    pub partners_by_role: Vec<(String, i64)>,
    /// Approved partners now, by department code, most first.
    pub partners_by_department: Vec<(String, i64)>,
    /// Profiles waiting for review now.
    pub pending_profiles: i64,
    /// Contact requests sent in the period.
    pub contacts_sent: i64,
    /// Of which accepted (now or later ended).
    pub contacts_accepted: i64,
    /// Bookings made in the period that hold a place.
    pub bookings_confirmed: i64,
    /// Bookings made in the period still waiting.
    pub bookings_waiting: i64,
    /// Bookings made in the period then given up or called off.
    pub bookings_cancelled: i64,
    /// Slots of the period, past and not called off, where the host marked at least one
    /// person as come: meetings held.
    pub meetings_held: i64,
    /// People marked as come to the slots of the period.
    pub people_came: i64,
    /// Slots of the period, past and not called off, with a booking but nobody marked as
    /// come (not marked yet, or nobody came).
    pub meetings_unmarked: i64,
    /// ETP sign-ups asked in the period, by state now.
    pub signups_by_state: Vec<(String, i64)>,
    /// Mission applications in the period.
    pub applications: i64,
    /// Of which selected.
    pub applications_selected: i64,
}

impl Tx {
    async fn count(&mut self, sql: &'static str, from: i64, until: i64) -> Result<i64, StoreError> {
        let (n,): (i64,) = sqlx::query_as(sql)
            .bind(from)
            .bind(until)
            .fetch_one(&mut *self.inner)
            .await?;
        Ok(n)
    }

    async fn grouped(&mut self, sql: &'static str) -> Result<Vec<(String, i64)>, StoreError> {
        Ok(sqlx::query_as(sql).fetch_all(&mut *self.inner).await?)
    }

    /// The indicators of the period from `from` (included) until `until` (excluded).
    pub async fn indicators(
        &mut self,
        from: i64,
        until: i64,
        now: i64,
    ) -> Result<Indicators, StoreError> {
        let (partners,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM partners WHERE status = 'approved'")
                .fetch_one(&mut *self.inner)
                .await?;
        let (pending_profiles,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM partners WHERE status = 'pending'")
                .fetch_one(&mut *self.inner)
                .await?;
        // Tags of approved profiles only.
        let partners_by_role = self
            .grouped(
                "SELECT t.value, COUNT(*) FROM partner_tags t JOIN partners p \
                 ON p.platform = t.platform AND p.user_id = t.user_id \
                 WHERE t.kind = 'role' AND p.status = 'approved' \
                 GROUP BY t.value ORDER BY COUNT(*) DESC, t.value",
            )
            .await?;
        let partners_by_department = self
            .grouped(
                "SELECT t.value, COUNT(*) FROM partner_tags t JOIN partners p \
                 ON p.platform = t.platform AND p.user_id = t.user_id \
                 WHERE t.kind = 'department' AND p.status = 'approved' \
                 GROUP BY t.value ORDER BY COUNT(*) DESC, t.value",
            )
            .await?;
        let contacts_sent = self
            .count(
                "SELECT COUNT(*) FROM contacts WHERE created_at >= $1 AND created_at < $2",
                from,
                until,
            )
            .await?;
        let contacts_accepted = self
            .count(
                "SELECT COUNT(*) FROM contacts WHERE created_at >= $1 AND created_at < $2 \
                 AND status IN ('accepted', 'ended')",
                from,
                until,
            )
            .await?;
        let bookings: Vec<(String, i64)> = sqlx::query_as(
            "SELECT status, COUNT(*) FROM bookings WHERE created_at >= $1 AND created_at < $2 \
             GROUP BY status",
        )
        .bind(from)
        .bind(until)
        .fetch_all(&mut *self.inner)
        .await?;
        // What retention erased leaves monthly counts: a month counts when it starts in
        // the period.
        let retired: Vec<(String, i64)> = sqlx::query_as(
            "SELECT kind, CAST(SUM(count) AS BIGINT) FROM retired_counts \
             WHERE month_start >= $1 AND month_start < $2 GROUP BY kind",
        )
        .bind(from)
        .bind(until)
        .fetch_all(&mut *self.inner)
        .await?;
        let retired_of = |kind: &str| {
            retired
                .iter()
                .find(|(k, _)| k == kind)
                .map_or(0, |(_, n)| *n)
        };
        let contacts_sent = contacts_sent + retired_of("contacts_sent");
        let contacts_accepted = contacts_accepted + retired_of("contacts_accepted");
        let of = |status: &str| {
            bookings
                .iter()
                .find(|(s, _)| s == status)
                .map_or(0, |(_, n)| *n)
                + retired_of(&format!("booking:{status}"))
        };
        // Attendance is counted on the slots (a number, kept after retention erases the
        // bookings), as hosts marked it.
        let (meetings_held, people_came, meetings_unmarked): (i64, i64, i64) = sqlx::query_as(
            "SELECT COUNT(CASE WHEN s.attended > 0 THEN 1 END), \
             CAST(COALESCE(SUM(s.attended), 0) AS BIGINT), \
             COUNT(CASE WHEN s.attended = 0 AND s.booked > 0 THEN 1 END) \
             FROM slots s WHERE s.starts_at >= $1 AND s.starts_at < $2 \
             AND s.starts_at < $3 AND s.cancelled = 0",
        )
        .bind(from)
        .bind(until)
        .bind(now)
        .fetch_one(&mut *self.inner)
        .await?;
        let mut signups_by_state: Vec<(String, i64)> = sqlx::query_as(
            "SELECT status, COUNT(*) FROM etp_signups WHERE created_at >= $1 AND created_at < $2 \
             GROUP BY status ORDER BY status",
        )
        .bind(from)
        .bind(until)
        .fetch_all(&mut *self.inner)
        .await?;
        for (kind, n) in &retired {
            let Some(status) = kind.strip_prefix("signup:") else {
                continue;
            };
            match signups_by_state.iter_mut().find(|(s, _)| s == status) {
                Some((_, count)) => *count += n,
                None => signups_by_state.push((status.to_owned(), *n)),
            }
        }
        signups_by_state.sort();
        let applications = self
            .count(
                "SELECT COUNT(*) FROM etp_applications WHERE created_at >= $1 AND created_at < $2",
                from,
                until,
            )
            .await?;
        let applications_selected = self
            .count(
                "SELECT COUNT(*) FROM etp_applications WHERE created_at >= $1 AND created_at < $2 \
                 AND status = 'selected'",
                from,
                until,
            )
            .await?;
        Ok(Indicators {
            partners,
            partners_by_role,
            partners_by_department,
            pending_profiles,
            contacts_sent,
            contacts_accepted,
            bookings_confirmed: of("confirmed"),
            bookings_waiting: of("waiting"),
            bookings_cancelled: of("cancelled"),
            meetings_held,
            people_came,
            meetings_unmarked,
            signups_by_state,
            applications,
            applications_selected,
        })
    }
}
