//! What hosts and coordinators change on a permanence: its wording and rules, its status,
//! its capacity ahead, cancelled dates, and the bookings they see.

use super::permanences::{
    NewPermanence, PERMANENCE_COLUMNS, PermanenceRecord, PermanenceRow, PersonBooking,
    PersonBookingRow, SLOT_COLUMNS, person_booking,
};
use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};

impl Tx {
    /// Changes what a permanence says (title, place, link, themes, hosts) and its rules
    /// (capacity, booking horizon, cancellation cutoff). Its schedule stays as it is: the
    /// slots already booked keep their times.
    pub async fn update_permanence(
        &mut self,
        id: i64,
        new: &NewPermanence,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE permanences SET title = $2, structure = $3, address = $4, online = $5, \
                 link = $6, department = $7, capacity = $8, open_days = $9, cutoff_minutes = $10 \
             WHERE id = $1",
        )
        .bind(id)
        .bind(&new.title)
        .bind(&new.structure)
        .bind(&new.address)
        .bind(i64::from(new.online))
        .bind(new.link.as_deref())
        .bind(new.department.as_deref())
        .bind(new.capacity)
        .bind(new.open_days)
        .bind(new.cutoff_minutes)
        .execute(&mut *self.inner)
        .await?;
        sqlx::query("DELETE FROM permanence_themes WHERE permanence_id = $1")
            .bind(id)
            .execute(&mut *self.inner)
            .await?;
        sqlx::query("DELETE FROM permanence_hosts WHERE permanence_id = $1")
            .bind(id)
            .execute(&mut *self.inner)
            .await?;
        self.add_themes_and_hosts(id, new).await
    }

    pub(super) async fn add_themes_and_hosts(
        &mut self,
        id: i64,
        new: &NewPermanence,
    ) -> Result<(), StoreError> {
        for theme in &new.themes {
            sqlx::query(
                "INSERT INTO permanence_themes (permanence_id, theme) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(theme)
            .execute(&mut *self.inner)
            .await?;
        }
        for host in &new.hosts {
            sqlx::query(
                "INSERT INTO permanence_hosts (permanence_id, partner_id) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(host)
            .execute(&mut *self.inner)
            .await?;
        }
        Ok(())
    }

    /// Moves a permanence's announcement from `from` to `to` (`pending`, `sent`,
    /// `withheld`); whether it moved (once, however many coordinators press at once).
    pub async fn move_announcement(
        &mut self,
        id: i64,
        from: &str,
        to: &str,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query(
            "UPDATE permanences SET announcement = $3 WHERE id = $1 AND announcement = $2",
        )
        .bind(id)
        .bind(from)
        .bind(to)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Sets a permanence's status (`active`, `paused` or `cancelled`).
    pub async fn set_permanence_status(&mut self, id: i64, status: &str) -> Result<(), StoreError> {
        sqlx::query("UPDATE permanences SET status = $2 WHERE id = $1")
            .bind(id)
            .bind(status)
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    /// Sets the places of a permanence's slots starting after `from`, never below the
    /// places already taken (nobody loses a confirmed place), then gives the new places to
    /// the people waiting, first come first served; returns the bookings promoted.
    pub async fn set_future_capacity(
        &mut self,
        permanence_id: i64,
        capacity: i64,
        from: i64,
        at: i64,
    ) -> Result<Vec<(i64, Platform, UserId)>, StoreError> {
        let slots: Vec<(i64,)> = sqlx::query_as(
            "SELECT id FROM slots WHERE permanence_id = $1 AND starts_at > $2 AND cancelled = 0 \
             ORDER BY starts_at",
        )
        .bind(permanence_id)
        .bind(from)
        .fetch_all(&mut *self.inner)
        .await?;
        let mut promoted = Vec::new();
        for (slot_id,) in slots {
            if !self.lock_slot(slot_id).await? {
                continue;
            }
            // Under the slot's lock: `booked` and the waiting list cannot move meanwhile.
            let (booked,): (i64,) = sqlx::query_as(
                "UPDATE slots SET capacity = CASE WHEN booked > $2 THEN booked ELSE $2 END \
                 WHERE id = $1 RETURNING booked",
            )
            .bind(slot_id)
            .bind(capacity)
            .fetch_one(&mut *self.inner)
            .await?;
            let free = capacity - booked;
            if free <= 0 {
                continue;
            }
            let waiting: Vec<(i64, String, String)> = sqlx::query_as(
                "SELECT id, platform, user_id FROM bookings WHERE slot_id = $1 \
                 AND status = 'waiting' ORDER BY id LIMIT $2",
            )
            .bind(slot_id)
            .bind(free)
            .fetch_all(&mut *self.inner)
            .await?;
            for (id, platform, user) in waiting {
                sqlx::query(
                    "UPDATE bookings SET status = 'confirmed', updated_at = $2 WHERE id = $1",
                )
                .bind(id)
                .bind(at)
                .execute(&mut *self.inner)
                .await?;
                sqlx::query("UPDATE slots SET booked = booked + 1 WHERE id = $1")
                    .bind(slot_id)
                    .execute(&mut *self.inner)
                    .await?;
                let platform = Platform::parse(&platform).unwrap_or(Platform::Console);
                promoted.push((id, platform, UserId(user)));
            }
        }
        Ok(promoted)
    }

    /// Cancels slots of a permanence starting from `from` (included) until `until`
    /// (excluded), with every booking of them; returns those bookings (with their person
    /// and slot) so each person can be told.
    pub async fn cancel_slots(
        &mut self,
        permanence_id: i64,
        from: i64,
        until: i64,
        at: i64,
    ) -> Result<Vec<PersonBooking>, StoreError> {
        let sql = format!(
            "SELECT b.id, b.status, {SLOT_COLUMNS}, b.platform, b.user_id FROM bookings b \
             JOIN slots s ON s.id = b.slot_id WHERE s.permanence_id = $1 AND s.cancelled = 0 \
             AND s.starts_at >= $2 AND s.starts_at < $3 \
             AND b.status IN ('confirmed', 'waiting') ORDER BY s.starts_at, b.id"
        );
        let rows: Vec<PersonBookingRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(permanence_id)
            .bind(from)
            .bind(until)
            .fetch_all(&mut *self.inner)
            .await?;
        // Slots first: from here on nobody can book them (`lock_slot` and `book` check
        // `cancelled`), so the bookings read above are all there are.
        sqlx::query(
            "UPDATE slots SET cancelled = 1 WHERE permanence_id = $1 AND starts_at >= $2 \
             AND starts_at < $3",
        )
        .bind(permanence_id)
        .bind(from)
        .bind(until)
        .execute(&mut *self.inner)
        .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let found = person_booking(row);
            sqlx::query(
                "UPDATE bookings SET status = 'cancelled', updated_at = $2 \
                 WHERE id = $1 AND status IN ('confirmed', 'waiting')",
            )
            .bind(found.0.id)
            .bind(at)
            .execute(&mut *self.inner)
            .await?;
            sqlx::query("DELETE FROM reminders WHERE booking_id = $1")
                .bind(found.0.id)
                .execute(&mut *self.inner)
                .await?;
            out.push(found);
        }
        Ok(out)
    }

    /// The active bookings of a permanence's slots ending after `from`, with their person,
    /// in time order.
    pub async fn bookings_of_permanence(
        &mut self,
        permanence_id: i64,
        from: i64,
    ) -> Result<Vec<PersonBooking>, StoreError> {
        let sql = format!(
            "SELECT b.id, b.status, {SLOT_COLUMNS}, b.platform, b.user_id FROM bookings b \
             JOIN slots s ON s.id = b.slot_id WHERE s.permanence_id = $1 AND s.cancelled = 0 \
             AND s.ends_at > $2 AND b.status IN ('confirmed', 'waiting') \
             ORDER BY s.starts_at, b.id"
        );
        let rows: Vec<PersonBookingRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(permanence_id)
            .bind(from)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(person_booking).collect())
    }

    /// The permanences (not cancelled) a partner hosts, or all of them when `partner` is
    /// `None`, by number.
    pub async fn hosted_permanences(
        &mut self,
        partner: Option<i64>,
    ) -> Result<Vec<PermanenceRecord>, StoreError> {
        let sql = format!(
            "SELECT {PERMANENCE_COLUMNS} FROM permanences p WHERE status <> 'cancelled' \
             AND ($1 IS NULL OR EXISTS (SELECT 1 FROM permanence_hosts h \
                 WHERE h.permanence_id = p.id AND h.partner_id = $1)) ORDER BY id"
        );
        let rows: Vec<PermanenceRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(partner)
            .fetch_all(&mut *self.inner)
            .await?;
        self.complete_permanences(rows).await
    }

    /// The slots of a permanence, in time order: (slot number, start, end).
    pub async fn slots_of(
        &mut self,
        permanence_id: i64,
    ) -> Result<Vec<(i64, i64, i64)>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT id, starts_at, ends_at FROM slots WHERE permanence_id = $1 ORDER BY starts_at",
        )
        .bind(permanence_id)
        .fetch_all(&mut *self.inner)
        .await?)
    }
}
