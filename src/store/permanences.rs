//! Permanences, their slots and bookings.
//!
//! Who gets a place is decided by the database: every booking or cancellation first locks
//! its slot's row (an `UPDATE` that changes nothing), then a conditional increment
//! `booked < capacity` confirms or the booking waits. Concurrent bookings of a slot of
//! capacity k therefore give exactly k confirmed, on SQLite (one writer at a time) and on
//! PostgreSQL (row lock, conditions re-checked after the wait).

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};
use std::collections::HashMap;

/// A permanence as created.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewPermanence {
    /// Its name ("Permanence SEP du CHU").
    pub title: String,
    /// The structure or service hosting it.
    pub structure: String,
    /// A public address; empty when online.
    pub address: String,
    /// Held online.
    pub online: bool,
    /// The online meeting link, given only to booked people.
    pub link: Option<String>,
    /// Department code; `None` when online only.
    pub department: Option<String>,
    /// Condition or theme keys.
    pub themes: Vec<String>,
    /// Host partners' profile numbers.
    pub hosts: Vec<i64>,
    /// Weekly recurrence: ISO weekday (1 = Monday) with start and end in local minutes.
    pub weekly: Option<(u8, u16, u16)>,
    /// Length of a slot, in minutes.
    pub slot_minutes: i64,
    /// Places per slot.
    pub capacity: i64,
    /// Booking opens this many days ahead.
    pub open_days: i64,
    /// No cancellation later than this many minutes before a slot.
    pub cutoff_minutes: i64,
}

/// What became of a booking attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingOutcome {
    /// A place is taken (booking number).
    Confirmed(i64),
    /// The slot is full: on the waiting list (booking number, position from 1).
    Waiting(i64, i64),
    /// This person already holds or waits for a place on this slot (booking number).
    AlreadyBooked(i64),
    /// No such slot, or it was cancelled.
    Unavailable,
}

/// What became of a cancellation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CancelOutcome {
    /// Cancelled; the first person waiting got the place, if there was one.
    Cancelled {
        /// The booking promoted, with its person.
        promoted: Option<(i64, Platform, UserId)>,
    },
    /// Not this person's booking, or not active any more.
    NotFound,
}

/// A stored permanence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PermanenceRecord {
    /// Its number.
    pub id: i64,
    /// What was created.
    pub details: NewPermanence,
    /// active | paused | cancelled.
    pub status: String,
}

impl PermanenceRecord {
    /// Whether it is offered for booking.
    pub fn is_active(&self) -> bool {
        self.status == "active"
    }
}

/// A slot with its places.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SlotRecord {
    /// Its number.
    pub id: i64,
    /// Its permanence.
    pub permanence_id: i64,
    /// Start (Unix seconds).
    pub starts_at: i64,
    /// End (Unix seconds).
    pub ends_at: i64,
    /// Places in all.
    pub capacity: i64,
    /// Places taken.
    pub booked: i64,
}

/// Where a booking stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BookingStatus {
    /// A place is held.
    Confirmed,
    /// On the waiting list.
    Waiting,
    /// Given up.
    Cancelled,
}

impl BookingStatus {
    fn parse(text: &str) -> Self {
        match text {
            "confirmed" => BookingStatus::Confirmed,
            "waiting" => BookingStatus::Waiting,
            _ => BookingStatus::Cancelled,
        }
    }
}

/// One of a person's bookings, with its slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BookingRecord {
    /// Its number.
    pub id: i64,
    /// Where it stands.
    pub status: BookingStatus,
    /// The slot booked.
    pub slot: SlotRecord,
}

pub(super) type PermanenceRow = (
    i64,
    String,
    String,
    String,
    i64,
    Option<String>,
    Option<String>,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    i64,
    i64,
    i64,
    i64,
    String,
);

pub(super) const PERMANENCE_COLUMNS: &str = "id, title, structure, address, online, link, department, \
     weekday, start_minute, end_minute, slot_minutes, capacity, open_days, cutoff_minutes, status";

pub(super) const SLOT_COLUMNS: &str =
    "s.id, s.permanence_id, s.starts_at, s.ends_at, s.capacity, s.booked";

pub(super) type SlotRow = (i64, i64, i64, i64, i64, i64);

/// A booking's number and status, then its slot's columns.
pub(super) type BookingRow = (i64, String, i64, i64, i64, i64, i64, i64);

/// A booking's row, then its person's platform and user id.
pub(super) type PersonBookingRow = (i64, String, i64, i64, i64, i64, i64, i64, String, String);

/// A booking with the person who holds it.
pub type PersonBooking = (BookingRecord, Platform, UserId);

pub(super) fn booking(r: BookingRow) -> BookingRecord {
    BookingRecord {
        id: r.0,
        status: BookingStatus::parse(&r.1),
        slot: slot((r.2, r.3, r.4, r.5, r.6, r.7)),
    }
}

pub(super) fn person_booking(r: PersonBookingRow) -> PersonBooking {
    let platform = Platform::parse(&r.8).unwrap_or(Platform::Console);
    (
        booking((r.0, r.1, r.2, r.3, r.4, r.5, r.6, r.7)),
        platform,
        UserId(r.9),
    )
}

pub(super) fn slot(row: SlotRow) -> SlotRecord {
    SlotRecord {
        id: row.0,
        permanence_id: row.1,
        starts_at: row.2,
        ends_at: row.3,
        capacity: row.4,
        booked: row.5,
    }
}

impl Tx {
    /// Stores a permanence with its themes and hosts; returns its number.
    pub async fn create_permanence(
        &mut self,
        new: &NewPermanence,
        at: i64,
    ) -> Result<i64, StoreError> {
        let (weekday, start, end) = match new.weekly {
            Some((d, s, e)) => (Some(i64::from(d)), Some(i64::from(s)), Some(i64::from(e))),
            None => (None, None, None),
        };
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO permanences (title, structure, address, online, link, department, \
                 weekday, start_minute, end_minute, slot_minutes, capacity, open_days, \
                 cutoff_minutes, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'active', $14) \
             RETURNING id",
        )
        .bind(&new.title)
        .bind(&new.structure)
        .bind(&new.address)
        .bind(i64::from(new.online))
        .bind(new.link.as_deref())
        .bind(new.department.as_deref())
        .bind(weekday)
        .bind(start)
        .bind(end)
        .bind(new.slot_minutes)
        .bind(new.capacity)
        .bind(new.open_days)
        .bind(new.cutoff_minutes)
        .bind(at)
        .fetch_one(&mut *self.inner)
        .await?;
        self.add_themes_and_hosts(id, new).await?;
        Ok(id)
    }

    /// Adds slots (start, end in Unix seconds) to a permanence, skipping those that exist;
    /// returns how many were added.
    pub async fn add_slots(
        &mut self,
        permanence_id: i64,
        slots: &[(i64, i64)],
        capacity: i64,
    ) -> Result<u64, StoreError> {
        let mut added = 0;
        // One statement per batch rather than per slot: most calls only make sure the
        // coming weeks' slots exist, and all of them do.
        for batch in slots.chunks(200) {
            let rows = (0..batch.len())
                .map(|i| format!("($1, ${}, ${}, $2)", 2 * i + 3, 2 * i + 4))
                .collect::<Vec<_>>()
                .join(", ");
            let sql = format!(
                "INSERT INTO slots (permanence_id, starts_at, ends_at, capacity) \
                 VALUES {rows} ON CONFLICT DO NOTHING"
            );
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
                .bind(permanence_id)
                .bind(capacity);
            for (starts, ends) in batch {
                query = query.bind(starts).bind(ends);
            }
            added += query.execute(&mut *self.inner).await?.rows_affected();
        }
        Ok(added)
    }

    /// Takes the slot's row lock for the rest of the transaction (PostgreSQL; SQLite
    /// transactions already write one at a time); `false` when the slot does not exist or
    /// is cancelled.
    pub(super) async fn lock_slot(&mut self, slot_id: i64) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE slots SET booked = booked WHERE id = $1 AND cancelled = 0")
            .bind(slot_id)
            .execute(&mut *self.inner)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Books a place on a slot for a person, or puts them on its waiting list.
    /// A person's active bookings (confirmed or waiting) of a permanence's slots starting in
    /// `[from, to)`, slot `except` aside.
    pub async fn active_bookings_between(
        &mut self,
        person: (Platform, &UserId),
        (permanence_id, except): (i64, i64),
        (from, to): (i64, i64),
    ) -> Result<i64, StoreError> {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM bookings b JOIN slots s ON s.id = b.slot_id \
             WHERE b.platform = $1 AND b.user_id = $2 AND b.status IN ('confirmed', 'waiting') \
               AND s.permanence_id = $3 AND s.starts_at >= $4 AND s.starts_at < $5 \
               AND s.id <> $6",
        )
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .bind(permanence_id)
        .bind(from)
        .bind(to)
        .bind(except)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(n)
    }

    pub async fn book(
        &mut self,
        slot_id: i64,
        person: (Platform, &UserId),
        at: i64,
    ) -> Result<BookingOutcome, StoreError> {
        if !self.lock_slot(slot_id).await? {
            return Ok(BookingOutcome::Unavailable);
        }
        // The partial unique index refuses a second active booking of the same person.
        let inserted: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO bookings (slot_id, platform, user_id, status, created_at, updated_at) \
             VALUES ($1, $2, $3, 'waiting', $4, $4) ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(slot_id)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .bind(at)
        .fetch_optional(&mut *self.inner)
        .await?;
        let Some((id,)) = inserted else {
            let (existing,): (i64,) = sqlx::query_as(
                "SELECT id FROM bookings WHERE slot_id = $1 AND platform = $2 AND user_id = $3 \
                 AND status IN ('confirmed', 'waiting')",
            )
            .bind(slot_id)
            .bind(person.0.as_str())
            .bind(&person.1.0)
            .fetch_one(&mut *self.inner)
            .await?;
            return Ok(BookingOutcome::AlreadyBooked(existing));
        };
        // The database decides: a place is taken only while one is left.
        let place =
            sqlx::query("UPDATE slots SET booked = booked + 1 WHERE id = $1 AND booked < capacity")
                .bind(slot_id)
                .execute(&mut *self.inner)
                .await?;
        if place.rows_affected() == 1 {
            sqlx::query("UPDATE bookings SET status = 'confirmed' WHERE id = $1")
                .bind(id)
                .execute(&mut *self.inner)
                .await?;
            return Ok(BookingOutcome::Confirmed(id));
        }
        let (position,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM bookings WHERE slot_id = $1 AND status = 'waiting' AND id <= $2",
        )
        .bind(slot_id)
        .bind(id)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(BookingOutcome::Waiting(id, position))
    }

    /// Cancels a person's booking; a place freed goes to the first person waiting.
    pub async fn cancel_booking(
        &mut self,
        booking_id: i64,
        person: (Platform, &UserId),
        at: i64,
    ) -> Result<CancelOutcome, StoreError> {
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT slot_id, status FROM bookings WHERE id = $1 AND platform = $2 \
             AND user_id = $3 AND status IN ('confirmed', 'waiting')",
        )
        .bind(booking_id)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .fetch_optional(&mut *self.inner)
        .await?;
        let Some((slot_id, _)) = row else {
            return Ok(CancelOutcome::NotFound);
        };
        // Under the slot's lock, the status read again cannot change under us.
        self.lock_slot(slot_id).await?;
        let was: Option<(String,)> = sqlx::query_as(
            "SELECT status FROM bookings WHERE id = $1 AND status IN ('confirmed', 'waiting')",
        )
        .bind(booking_id)
        .fetch_optional(&mut *self.inner)
        .await?;
        let Some((was,)) = was else {
            return Ok(CancelOutcome::NotFound);
        };
        sqlx::query("UPDATE bookings SET status = 'cancelled', updated_at = $2 WHERE id = $1")
            .bind(booking_id)
            .bind(at)
            .execute(&mut *self.inner)
            .await?;
        sqlx::query("DELETE FROM reminders WHERE booking_id = $1")
            .bind(booking_id)
            .execute(&mut *self.inner)
            .await?;
        if was != "confirmed" {
            return Ok(CancelOutcome::Cancelled { promoted: None });
        }
        let next: Option<(i64, String, String)> = sqlx::query_as(
            "SELECT id, platform, user_id FROM bookings WHERE slot_id = $1 AND status = 'waiting' \
             ORDER BY id LIMIT 1",
        )
        .bind(slot_id)
        .fetch_optional(&mut *self.inner)
        .await?;
        match next {
            Some((id, platform, user)) => {
                // The freed place passes to them: `booked` stays the same.
                sqlx::query(
                    "UPDATE bookings SET status = 'confirmed', updated_at = $2 WHERE id = $1",
                )
                .bind(id)
                .bind(at)
                .execute(&mut *self.inner)
                .await?;
                let platform = Platform::parse(&platform).unwrap_or(Platform::Console);
                Ok(CancelOutcome::Cancelled {
                    promoted: Some((id, platform, UserId(user))),
                })
            }
            None => {
                sqlx::query("UPDATE slots SET booked = booked - 1 WHERE id = $1")
                    .bind(slot_id)
                    .execute(&mut *self.inner)
                    .await?;
                Ok(CancelOutcome::Cancelled { promoted: None })
            }
        }
    }

    /// How many bookings of a slot are confirmed and waiting, counted from the bookings
    /// themselves (to check `booked`).
    pub async fn slot_counts(&mut self, slot_id: i64) -> Result<(i64, i64, i64), StoreError> {
        let (confirmed, waiting): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(CASE WHEN status = 'confirmed' THEN 1 END), \
                 COUNT(CASE WHEN status = 'waiting' THEN 1 END) \
             FROM bookings WHERE slot_id = $1",
        )
        .bind(slot_id)
        .fetch_one(&mut *self.inner)
        .await?;
        let (booked,): (i64,) = sqlx::query_as("SELECT booked FROM slots WHERE id = $1")
            .bind(slot_id)
            .fetch_one(&mut *self.inner)
            .await?;
        Ok((confirmed, waiting, booked))
    }

    /// Cancels every active booking of a person (before their data is erased), so places
    /// go to the people waiting; returns the bookings promoted, with their people.
    pub async fn cancel_all_bookings(
        &mut self,
        person: (Platform, &UserId),
        at: i64,
    ) -> Result<Vec<(i64, Platform, UserId)>, StoreError> {
        let ids: Vec<(i64,)> = sqlx::query_as(
            "SELECT id FROM bookings WHERE platform = $1 AND user_id = $2 \
             AND status IN ('confirmed', 'waiting') ORDER BY id",
        )
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .fetch_all(&mut *self.inner)
        .await?;
        let mut promoted = Vec::new();
        for (id,) in ids {
            if let CancelOutcome::Cancelled { promoted: Some(p) } =
                self.cancel_booking(id, person, at).await?
            {
                promoted.push(p);
            }
        }
        Ok(promoted)
    }

    /// Plans reminders (kind, due time in Unix seconds) for a booking; an existing one of
    /// the same kind is kept, so planning twice never sends twice.
    pub async fn schedule_reminders(
        &mut self,
        booking_id: i64,
        person: (Platform, &UserId),
        reminders: &[(&str, i64)],
    ) -> Result<(), StoreError> {
        for (kind, due_at) in reminders {
            sqlx::query(
                "INSERT INTO reminders (booking_id, platform, user_id, kind, due_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            )
            .bind(booking_id)
            .bind(person.0.as_str())
            .bind(&person.1.0)
            .bind(kind)
            .bind(due_at)
            .execute(&mut *self.inner)
            .await?;
        }
        Ok(())
    }

    /// Every active permanence, with its themes and hosts, by number.
    pub async fn active_permanences(&mut self) -> Result<Vec<PermanenceRecord>, StoreError> {
        let sql = format!(
            "SELECT {PERMANENCE_COLUMNS} FROM permanences WHERE status = 'active' ORDER BY id"
        );
        let rows: Vec<PermanenceRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut *self.inner)
            .await?;
        self.complete_permanences(rows).await
    }

    /// The permanence with this number.
    pub async fn permanence(&mut self, id: i64) -> Result<Option<PermanenceRecord>, StoreError> {
        let sql = format!("SELECT {PERMANENCE_COLUMNS} FROM permanences WHERE id = $1");
        let row: Option<PermanenceRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.inner)
            .await?;
        match row {
            Some(row) => Ok(self.complete_permanences(vec![row]).await?.pop()),
            None => Ok(None),
        }
    }

    /// Adds their themes and hosts to permanence rows: one statement for all of them, not
    /// two per permanence.
    pub(super) async fn complete_permanences(
        &mut self,
        rows: Vec<PermanenceRow>,
    ) -> Result<Vec<PermanenceRecord>, StoreError> {
        let mut themes: HashMap<i64, Vec<String>> = HashMap::new();
        let mut hosts: HashMap<i64, Vec<i64>> = HashMap::new();
        // Far below the bound parameters either database accepts in one statement.
        for chunk in rows.chunks(500) {
            let list = super::placeholders(chunk.len());
            // Themes and hosts in one statement: a theme row has no host, a host row no
            // theme.
            let sql = format!(
                "SELECT permanence_id, theme, CAST(NULL AS BIGINT) FROM permanence_themes \
                 WHERE permanence_id IN ({list}) \
                 UNION ALL \
                 SELECT permanence_id, CAST(NULL AS TEXT), partner_id FROM permanence_hosts \
                 WHERE permanence_id IN ({list}) \
                 ORDER BY 2, 3"
            );
            let mut query =
                sqlx::query_as::<_, (i64, Option<String>, Option<i64>)>(sqlx::AssertSqlSafe(sql));
            for row in chunk {
                query = query.bind(row.0);
            }
            for (id, theme, host) in query.fetch_all(&mut *self.inner).await? {
                if let Some(theme) = theme {
                    themes.entry(id).or_default().push(theme);
                }
                if let Some(host) = host {
                    hosts.entry(id).or_default().push(host);
                }
            }
        }
        Ok(rows
            .into_iter()
            .map(|row| {
                let weekly = match (row.7, row.8, row.9) {
                    (Some(d), Some(s), Some(e)) => Some((d as u8, s as u16, e as u16)),
                    _ => None,
                };
                PermanenceRecord {
                    id: row.0,
                    details: NewPermanence {
                        title: row.1,
                        structure: row.2,
                        address: row.3,
                        online: row.4 != 0,
                        link: row.5,
                        department: row.6,
                        themes: themes.remove(&row.0).unwrap_or_default(),
                        hosts: hosts.remove(&row.0).unwrap_or_default(),
                        weekly,
                        slot_minutes: row.10,
                        capacity: row.11,
                        open_days: row.12,
                        cutoff_minutes: row.13,
                    },
                    status: row.14,
                }
            })
            .collect())
    }

    /// A permanence's slots not cancelled between two instants, in time order.
    pub async fn open_slots(
        &mut self,
        permanence_id: i64,
        from: i64,
        until: i64,
    ) -> Result<Vec<SlotRecord>, StoreError> {
        let sql = format!(
            "SELECT {SLOT_COLUMNS} FROM slots s WHERE s.permanence_id = $1 AND s.cancelled = 0 \
             AND s.starts_at >= $2 AND s.starts_at < $3 ORDER BY s.starts_at"
        );
        let rows: Vec<SlotRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(permanence_id)
            .bind(from)
            .bind(until)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(slot).collect())
    }

    /// The slot with this number.
    pub async fn slot(&mut self, id: i64) -> Result<Option<SlotRecord>, StoreError> {
        let sql = format!("SELECT {SLOT_COLUMNS} FROM slots s WHERE s.id = $1 AND s.cancelled = 0");
        let row: Option<SlotRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.inner)
            .await?;
        Ok(row.map(slot))
    }

    /// A person's active bookings of slots ending after `from`, in time order.
    pub async fn bookings_of(
        &mut self,
        person: (Platform, &UserId),
        from: i64,
    ) -> Result<Vec<BookingRecord>, StoreError> {
        let sql = format!(
            "SELECT b.id, b.status, {SLOT_COLUMNS} FROM bookings b \
             JOIN slots s ON s.id = b.slot_id \
             WHERE b.platform = $1 AND b.user_id = $2 AND b.status IN ('confirmed', 'waiting') \
             AND s.ends_at > $3 ORDER BY s.starts_at"
        );
        let rows: Vec<BookingRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(person.0.as_str())
            .bind(&person.1.0)
            .bind(from)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(booking).collect())
    }

    /// Removes and returns the reminders due at `at`: (booking, person, kind). Deleting is
    /// the claim: two processes never both get one, and it goes with the messages it
    /// causes, in the same transaction.
    pub async fn take_due_reminders(
        &mut self,
        at: i64,
    ) -> Result<Vec<(i64, Platform, UserId, String)>, StoreError> {
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
            "DELETE FROM reminders WHERE due_at <= $1 \
             RETURNING booking_id, platform, user_id, kind",
        )
        .bind(at)
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(booking, platform, user, kind)| {
                let platform = Platform::parse(&platform).unwrap_or(Platform::Console);
                (booking, platform, UserId(user), kind)
            })
            .collect())
    }

    /// A booking with its slot, whatever its status.
    pub async fn booking(&mut self, id: i64) -> Result<Option<BookingRecord>, StoreError> {
        let sql = format!(
            "SELECT b.id, b.status, {SLOT_COLUMNS} FROM bookings b \
             JOIN slots s ON s.id = b.slot_id WHERE b.id = $1"
        );
        let row: Option<BookingRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.inner)
            .await?;
        Ok(row.map(booking))
    }
}
