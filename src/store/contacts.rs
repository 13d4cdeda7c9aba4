//! Contact requests between a person and a directory partner, and partners' blocks.

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};

/// Where a contact request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactStatus {
    /// Waiting for the partner's answer.
    Pending,
    /// Accepted: the two can talk through the bot.
    Accepted,
    /// Declined (or blocked) by the partner.
    Declined,
    /// Left unanswered too long.
    Expired,
    /// Taken back by the requester before an answer.
    Withdrawn,
    /// A conversation one side ended with `/fin`.
    Ended,
}

impl ContactStatus {
    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ContactStatus::Pending => "pending",
            ContactStatus::Accepted => "accepted",
            ContactStatus::Declined => "declined",
            ContactStatus::Expired => "expired",
            ContactStatus::Withdrawn => "withdrawn",
            ContactStatus::Ended => "ended",
        }
    }

    fn parse(text: &str) -> Self {
        match text {
            "accepted" => ContactStatus::Accepted,
            "declined" => ContactStatus::Declined,
            "expired" => ContactStatus::Expired,
            "withdrawn" => ContactStatus::Withdrawn,
            "ended" => ContactStatus::Ended,
            _ => ContactStatus::Pending,
        }
    }

    /// Whether the request is still under way (waiting or talking).
    pub fn is_open(self) -> bool {
        matches!(self, ContactStatus::Pending | ContactStatus::Accepted)
    }
}

/// One side of a contact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The person who asked.
    Requester,
    /// The partner asked.
    Partner,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::Requester => Side::Partner,
            Side::Partner => Side::Requester,
        }
    }
}

/// A stored contact request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactRecord {
    /// Its number, shown to both sides.
    pub id: i64,
    /// The requester's platform.
    pub platform: Platform,
    /// The requester.
    pub user: UserId,
    /// The partner's platform.
    pub partner_platform: Platform,
    /// The partner.
    pub partner_user: UserId,
    /// The partner's profile number.
    pub partner_id: i64,
    /// The requester's introduction.
    pub message: String,
    /// Where it stands.
    pub status: ContactStatus,
    /// The requester's handle, once they agreed to share it.
    pub requester_handle: Option<String>,
    /// The partner's handle, once they agreed to share it.
    pub partner_handle: Option<String>,
    /// When it was sent (Unix seconds).
    pub created_at: i64,
    /// When a pending request expires (Unix seconds).
    pub expires_at: i64,
    /// When its conversation ended (Unix seconds), if it was accepted and then ended.
    pub ended_at: Option<i64>,
}

impl ContactRecord {
    /// Which side this person is on, if any.
    pub fn side_of(&self, platform: Platform, user: &UserId) -> Option<Side> {
        if self.platform == platform && &self.user == user {
            Some(Side::Requester)
        } else if self.partner_platform == platform && &self.partner_user == user {
            Some(Side::Partner)
        } else {
            None
        }
    }

    /// The person on one side.
    pub fn person(&self, side: Side) -> (Platform, &UserId) {
        match side {
            Side::Requester => (self.platform, &self.user),
            Side::Partner => (self.partner_platform, &self.partner_user),
        }
    }

    /// The handle one side shared, if they did.
    pub fn handle(&self, side: Side) -> Option<&str> {
        match side {
            Side::Requester => self.requester_handle.as_deref(),
            Side::Partner => self.partner_handle.as_deref(),
        }
    }
}

type ContactRow = (
    i64,
    String,
    String,
    String,
    String,
    i64,
    String,
    String,
    Option<String>,
    Option<String>,
    i64,
    i64,
    Option<i64>,
);

const CONTACT_COLUMNS: &str = "id, platform, user_id, partner_platform, partner_user_id, \
     partner_id, message, status, requester_handle, partner_handle, created_at, expires_at, \
     ended_at";

fn record(row: ContactRow) -> ContactRecord {
    let platform = |name: &str| Platform::parse(name).unwrap_or(Platform::Console);
    ContactRecord {
        id: row.0,
        platform: platform(&row.1),
        user: UserId(row.2),
        partner_platform: platform(&row.3),
        partner_user: UserId(row.4),
        partner_id: row.5,
        message: row.6,
        status: ContactStatus::parse(&row.7),
        requester_handle: row.8,
        partner_handle: row.9,
        created_at: row.10,
        expires_at: row.11,
        ended_at: row.12,
    }
}

/// A new request, as [`Tx::create_contact`] stores it.
#[derive(Debug, Clone)]
pub struct NewContact<'a> {
    /// The requester's platform.
    pub platform: Platform,
    /// The requester.
    pub user: &'a UserId,
    /// The partner's platform.
    pub partner_platform: Platform,
    /// The partner.
    pub partner_user: &'a UserId,
    /// The partner's profile number.
    pub partner_id: i64,
    /// The introduction.
    pub message: &'a str,
    /// Now (Unix seconds).
    pub at: i64,
    /// When it expires unanswered (Unix seconds).
    pub expires_at: i64,
}

impl Tx {
    /// Stores a pending request; `None` when one is already open between the two
    /// (the `contacts_one_open_per_pair` index decides, not a prior read).
    pub async fn create_contact(
        &mut self,
        new: &NewContact<'_>,
    ) -> Result<Option<i64>, StoreError> {
        let id: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO contacts (platform, user_id, partner_platform, partner_user_id, \
                 partner_id, message, status, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, 'pending', $7, $8) \
             ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(new.platform.as_str())
        .bind(&new.user.0)
        .bind(new.partner_platform.as_str())
        .bind(&new.partner_user.0)
        .bind(new.partner_id)
        .bind(new.message)
        .bind(new.at)
        .bind(new.expires_at)
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(id.map(|(id,)| id))
    }

    /// The request with this number.
    pub async fn contact(&mut self, id: i64) -> Result<Option<ContactRecord>, StoreError> {
        let sql = format!("SELECT {CONTACT_COLUMNS} FROM contacts WHERE id = $1");
        let row: Option<ContactRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.inner)
            .await?;
        Ok(row.map(record))
    }

    /// The request under way (pending or accepted) from `requester` to `partner`, if any.
    pub async fn open_contact_between(
        &mut self,
        requester: (Platform, &UserId),
        partner: (Platform, &UserId),
    ) -> Result<Option<ContactRecord>, StoreError> {
        let sql = format!(
            "SELECT {CONTACT_COLUMNS} FROM contacts WHERE platform = $1 AND user_id = $2 \
             AND partner_platform = $3 AND partner_user_id = $4 \
             AND status IN ('pending', 'accepted')"
        );
        let row: Option<ContactRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(requester.0.as_str())
            .bind(&requester.1.0)
            .bind(partner.0.as_str())
            .bind(&partner.1.0)
            .fetch_optional(&mut *self.inner)
            .await?;
        Ok(row.map(record))
    }

    /// Requests a person sent that still wait for an answer at `at`.
    pub async fn pending_sent(
        &mut self,
        platform: Platform,
        user: &UserId,
        at: i64,
    ) -> Result<i64, StoreError> {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM contacts WHERE platform = $1 AND user_id = $2 \
             AND status = 'pending' AND expires_at > $3",
        )
        .bind(platform.as_str())
        .bind(&user.0)
        .bind(at)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(n)
    }

    /// A person's requests, sent and received, most recent first.
    pub async fn contacts_of(
        &mut self,
        platform: Platform,
        user: &UserId,
        limit: i64,
    ) -> Result<Vec<ContactRecord>, StoreError> {
        let sql = format!(
            "SELECT {CONTACT_COLUMNS} FROM contacts \
             WHERE (platform = $1 AND user_id = $2) \
                OR (partner_platform = $1 AND partner_user_id = $2) \
             ORDER BY id DESC LIMIT $3"
        );
        let rows: Vec<ContactRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(platform.as_str())
            .bind(&user.0)
            .bind(limit)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(record).collect())
    }

    /// Moves a request from one of `from` to `to`; `false` when it was in none of them
    /// (already answered, expired, ended…), so two taps never both act.
    pub async fn move_contact(
        &mut self,
        id: i64,
        from: &[ContactStatus],
        to: ContactStatus,
        at: i64,
    ) -> Result<bool, StoreError> {
        let mut moved = false;
        for status in from {
            // Pending requests past their expiry cannot be accepted any more, even before
            // maintenance marks them expired.
            let done = sqlx::query(
                "UPDATE contacts SET status = $3, \
                     decided_at = CASE WHEN status = 'pending' THEN $4 ELSE decided_at END, \
                     ended_at = CASE WHEN $3 IN ('ended', 'declined', 'withdrawn') \
                         AND status = 'accepted' THEN $4 ELSE ended_at END \
                 WHERE id = $1 AND status = $2 AND (status <> 'pending' OR expires_at > $4)",
            )
            .bind(id)
            .bind(status.as_str())
            .bind(to.as_str())
            .bind(at)
            .execute(&mut *self.inner)
            .await?;
            moved |= done.rows_affected() == 1;
        }
        Ok(moved)
    }

    /// Records the handle one side agreed to share on an accepted request; `false` when the
    /// request is not accepted (any more).
    pub async fn share_contact_handle(
        &mut self,
        id: i64,
        side: Side,
        handle: &str,
    ) -> Result<bool, StoreError> {
        let sql = match side {
            Side::Requester => {
                "UPDATE contacts SET requester_handle = $2 WHERE id = $1 AND status = 'accepted'"
            }
            Side::Partner => {
                "UPDATE contacts SET partner_handle = $2 WHERE id = $1 AND status = 'accepted'"
            }
        };
        let done = sqlx::query(sql)
            .bind(id)
            .bind(handle)
            .execute(&mut *self.inner)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Marks every pending request past its expiry at `at` as expired and returns them.
    pub async fn expire_contacts(&mut self, at: i64) -> Result<Vec<ContactRecord>, StoreError> {
        let sql = format!(
            "UPDATE contacts SET status = 'expired', decided_at = $1 \
             WHERE status = 'pending' AND expires_at <= $1 RETURNING {CONTACT_COLUMNS}"
        );
        let rows: Vec<ContactRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(at)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(record).collect())
    }

    /// Stops requests from `blocked` to `partner`.
    pub async fn block_contact(
        &mut self,
        partner: (Platform, &UserId),
        blocked: (Platform, &UserId),
        at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO contact_blocks (platform, user_id, blocked_platform, blocked_user_id, \
                 created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
        )
        .bind(partner.0.as_str())
        .bind(&partner.1.0)
        .bind(blocked.0.as_str())
        .bind(&blocked.1.0)
        .bind(at)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Whether `partner` blocked `person`.
    pub async fn is_blocked(
        &mut self,
        partner: (Platform, &UserId),
        person: (Platform, &UserId),
    ) -> Result<bool, StoreError> {
        let row: Option<(i64,)> = sqlx::query_as(
            "SELECT 1 FROM contact_blocks WHERE platform = $1 AND user_id = $2 \
             AND blocked_platform = $3 AND blocked_user_id = $4",
        )
        .bind(partner.0.as_str())
        .bind(&partner.1.0)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(row.is_some())
    }
}
