//! The persisted outbox: every message the bot sends goes through it, so nothing is lost
//! across restarts and a platform that is not running gets its messages when it starts.

use super::{Store, StoreError, Tx, now};
use crate::core::message::{Lane, Outgoing, Platform};

/// After this many failed sending attempts a message is given up.
pub const MAX_ATTEMPTS: i64 = 20;

/// How long a sender owns the messages it claimed before another may take them.
const LEASE_SECS: i64 = 300;

/// How long a message refused for good is kept (visible in `/mes_donnees`) before deletion.
const FAILED_RETENTION_SECS: i64 = 7 * 24 * 3600;

/// The PostgreSQL channel on which a committed transaction that queued messages names
/// their platform, so that every process sending for it looks at once.
pub const OUTBOX_CHANNEL: &str = "pairbot_outbox";

/// What a transaction that queued messages for `platform` says on [`OUTBOX_CHANNEL`] as
/// it commits: the platform and the store it came from.
pub(super) fn queued_note(platform: Platform, origin: &str) -> String {
    format!("{} {origin}", platform.as_str())
}

/// A message claimed for sending.
#[derive(Debug, Clone)]
pub struct OutboxEntry {
    /// Row id, to report the outcome.
    pub id: i64,
    /// How urgent it is.
    pub lane: Lane,
    /// The message.
    pub message: Outgoing,
    /// Failed attempts so far.
    pub attempts: i64,
}

/// Sent messages removed by one statement (well within the databases' limits on
/// parameters).
const DELETE_AT_ONCE: usize = 200;

/// `DELETE` of the outbox rows `ids` (at most [`DELETE_AT_ONCE`]).
fn delete_sent_query(
    ids: &[i64],
) -> sqlx::query::Query<'static, sqlx::Any, sqlx::any::AnyArguments> {
    let marks: Vec<String> = (1..=ids.len()).map(|n| format!("${n}")).collect();
    let sql = format!("DELETE FROM outbox WHERE id IN ({})", marks.join(", "));
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
    for id in ids {
        query = query.bind(*id);
    }
    query
}

impl Tx {
    /// Removes the messages `sent` (the platform accepted them).
    async fn delete_sent(&mut self, sent: &[i64]) -> Result<(), StoreError> {
        for some in sent.chunks(DELETE_AT_ONCE) {
            delete_sent_query(some).execute(&mut *self.inner).await?;
        }
        Ok(())
    }

    /// Queues a message in `lane`; it is sent once the transaction commits.
    ///
    /// The recipient's earlier messages still waiting in a less urgent lane move up to
    /// this one: the claim takes lanes in turn, and a person's messages must still arrive
    /// in the order queued (a reply must not pass their broadcast, nor wait behind the
    /// whole broadcast for it).
    pub async fn push_outbox(&mut self, message: &Outgoing, lane: Lane) -> Result<(), StoreError> {
        if lane < Lane::Bulk {
            // Uses `outbox_recipient`; nothing to do, and cheap, for nearly every reply.
            sqlx::query(
                "UPDATE outbox SET lane = $3 \
                 WHERE platform = $1 AND user_id = $2 AND lane > $3 AND failed_at IS NULL",
            )
            .bind(message.platform.as_str())
            .bind(&message.user.0)
            .bind(lane.rank())
            .execute(&mut *self.inner)
            .await?;
        }
        sqlx::query(
            "INSERT INTO outbox (platform, user_id, payload, created_at, lane) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(message.platform.as_str())
        .bind(&message.user.0)
        .bind(serde_json::to_string(message)?)
        .bind(now())
        .bind(lane.rank())
        .execute(&mut *self.inner)
        .await?;
        if !self.queued_for.contains(&message.platform) {
            self.queued_for.push(message.platform);
        }
        Ok(())
    }
}

/// A process's name as a sender of one platform's outbox (see [`Store::register_sender`]):
/// random, so two processes, or one process before and after a restart, never share one.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SenderId(String);

impl SenderId {
    /// A fresh sender name.
    pub fn random() -> Self {
        SenderId(super::unique_token("s"))
    }

    /// The name as stored.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Tells when another process (or this one) committed messages for a platform, through
/// PostgreSQL's `LISTEN` (see [`Store::outbox_listener`]).
pub struct OutboxListener {
    inner: sqlx::postgres::PgListener,
    platform: Platform,
    /// The platform's name followed by a space: the start of every note for it.
    prefix: String,
    /// The note this process's own transactions send for the platform.
    own: String,
}

impl std::fmt::Debug for OutboxListener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OutboxListener")
            .field("platform", &self.platform)
            .finish_non_exhaustive()
    }
}

impl OutboxListener {
    /// Waits until another process commits messages for the platform (this process wakes
    /// its own loops directly) and returns `true`; after a lost connection it connects
    /// again and returns `true` at once, since something may have been missed meanwhile.
    pub async fn queued(&mut self) -> Result<bool, StoreError> {
        loop {
            let Some(note) = self.inner.try_recv().await? else {
                return Ok(true);
            };
            if note.payload().starts_with(&self.prefix) && note.payload() != self.own {
                return Ok(true);
            }
        }
    }
}

impl Store {
    /// A listener for messages queued for `platform` by any process; `None` on SQLite,
    /// where only one process writes and its own delivery loops are woken directly.
    pub async fn outbox_listener(
        &self,
        platform: Platform,
    ) -> Result<Option<OutboxListener>, StoreError> {
        let Some(url) = &self.listen else {
            return Ok(None);
        };
        let mut inner = sqlx::postgres::PgListener::connect(&url.0).await?;
        inner.listen(OUTBOX_CHANNEL).await?;
        Ok(Some(OutboxListener {
            inner,
            platform,
            prefix: format!("{} ", platform.as_str()),
            own: queued_note(platform, &self.origin),
        }))
    }

    /// Claims up to `limit` due messages for `platform`, the most urgent lane first and
    /// oldest first within a lane, for the lease period, in the name of `sender` (`None`:
    /// the only sender, as the console); none in a lane less urgent than `up_to`.
    ///
    /// A message is not claimed while an older message to the same person waits for a
    /// retry or is claimed (by this sender or another), so each person receives messages
    /// in order. Returned in the order to send them.
    pub async fn claim_outbox(
        &self,
        platform: Platform,
        sender: Option<&SenderId>,
        limit: i64,
        up_to: Lane,
    ) -> Result<Vec<OutboxEntry>, StoreError> {
        if !self.anything_due(platform).await? {
            return Ok(Vec::new());
        }
        self.claim_outbox_after(&[], platform, sender, limit, up_to)
            .await
    }

    /// Whether any message for `platform` is due now: one read, without the writer's turn,
    /// so that finding nothing to send (an idle bot, every second) neither takes the write
    /// lock nor writes. Not needed before a claim when something was just queued.
    pub async fn anything_due(&self, platform: Platform) -> Result<bool, StoreError> {
        let due: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM outbox \
             WHERE platform = $1 AND failed_at IS NULL AND not_before <= $2 LIMIT 1",
        )
        .bind(platform.as_str())
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        Ok(due.is_some())
    }

    /// [`Store::claim_outbox`], first removing the messages `sent` (accepted by the
    /// platform since the last claim) in the same transaction: one write per claim
    /// instead of one more per message, which under a broadcast left SQLite's single
    /// writer little time for incoming messages. Until removed, a sent message still
    /// holds back its recipient's later ones, as a claimed one does. Always a write: see
    /// [`Store::anything_due`] for an idle poll.
    pub async fn claim_outbox_after(
        &self,
        sent: &[i64],
        platform: Platform,
        sender: Option<&SenderId>,
        limit: i64,
        up_to: Lane,
    ) -> Result<Vec<OutboxEntry>, StoreError> {
        let at = now();
        let mut tx = self.begin().await?;
        tx.delete_sent(sent).await?;
        if tx.backend == super::Backend::Postgres {
            // One claim at a time per platform: a concurrent claim would not see this one's
            // leases yet and could send a person's later message before an earlier one.
            // (Row locks with SKIP LOCKED would let two claims run at once, but the order
            // check below reads other rows, which SKIP LOCKED cannot protect.) A claim is a
            // single short statement, so the wait is short.
            sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))::text")
                .bind(format!("outbox:{}", platform.as_str()))
                .fetch_one(&mut *tx.inner)
                .await?;
        }
        // `blocked`: per person, their oldest message waiting for a retry or claimed by
        // a sender; nothing of theirs after it may be claimed (the order check). Both
        // steps are materialised, so each runs once whatever the plan: PostgreSQL kept a
        // plan made while the table was nearly empty and, with 10,000 messages queued,
        // re-ran the pick for every row (about 10 s per batch instead of 40 ms).
        // SQLite: the unary `+` keeps it from picking the `outbox_due` index, whose rows
        // are in `not_before` order: it would read and sort every due row for each batch.
        // It walks `outbox_by_lane` instead (migration 0017) and stops after `$4` rows.
        // For `blocked` it is told to use `outbox_due`: left to itself it walked every
        // waiting row in `outbox_recipient` order to avoid a sort (3 ms with a 10,000-person
        // broadcast queued, on every claim), where `outbox_due` reads only the few rows
        // leased or waiting for a retry.
        let (due, leased) = match tx.backend {
            super::Backend::Sqlite => ("+o.not_before", "INDEXED BY outbox_due"),
            super::Backend::Postgres => ("o.not_before", ""),
        };
        // The outer `not_before <= $2` is re-checked by PostgreSQL on rows another sender
        // updated meanwhile, so two senders never claim the same row.
        let sql = format!(
            "WITH blocked AS MATERIALIZED ( \
                 SELECT user_id, MIN(id) AS first FROM outbox {leased} \
                 WHERE platform = $1 AND failed_at IS NULL AND not_before > $2 \
                 GROUP BY user_id), \
             picked AS MATERIALIZED ( \
                 SELECT o.id FROM outbox o LEFT JOIN blocked b ON b.user_id = o.user_id \
                 WHERE o.platform = $1 AND o.failed_at IS NULL AND {due} <= $2 \
                   AND o.lane <= $6 AND (b.first IS NULL OR b.first > o.id) \
                 ORDER BY o.lane, o.id LIMIT $4) \
             UPDATE outbox SET not_before = $3, claimed_by = $5 \
             WHERE not_before <= $2 AND failed_at IS NULL \
               AND id IN (SELECT id FROM picked) \
             RETURNING id, payload, attempts, lane"
        );
        let rows: Vec<(i64, String, i64, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(platform.as_str())
            .bind(at)
            .bind(at + LEASE_SECS)
            .bind(limit)
            .bind(sender.map(SenderId::as_str))
            .bind(up_to.rank())
            .fetch_all(&mut *tx.inner)
            .await?;
        tx.commit().await?;
        let mut entries = Vec::with_capacity(rows.len());
        for (id, payload, attempts, lane) in rows {
            match serde_json::from_str(&payload) {
                Ok(message) => entries.push(OutboxEntry {
                    id,
                    lane: Lane::from_rank(lane),
                    message,
                    attempts,
                }),
                Err(_) => {
                    // A payload this version cannot read would block the queue forever.
                    tracing::error!(outbox_id = id, "unreadable outbox payload; giving up");
                    self.outbox_failed(id).await?;
                }
            }
        }
        entries.sort_by_key(|e| (e.lane, e.id));
        Ok(entries)
    }

    /// Makes `sender` known as a live sender of `platform`.
    pub async fn register_sender(
        &self,
        sender: &SenderId,
        platform: Platform,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO senders (id, platform, seen_at) VALUES ($1, $2, $3) \
             ON CONFLICT (id) DO UPDATE SET seen_at = excluded.seen_at",
        )
        .bind(sender.as_str())
        .bind(platform.as_str())
        .bind(now())
        .execute(&*self.writing().await)
        .await?;
        Ok(())
    }

    /// A sign of life from `sender`. Returns `false` when another process had found it
    /// dead and taken over its claims (it is registered again): the messages it still
    /// holds are no longer its own to send.
    pub async fn sender_alive(
        &self,
        sender: &SenderId,
        platform: Platform,
    ) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE senders SET seen_at = $2 WHERE id = $1")
            .bind(sender.as_str())
            .bind(now())
            .execute(&*self.writing().await)
            .await?;
        if done.rows_affected() == 1 {
            return Ok(true);
        }
        self.register_sender(sender, platform).await?;
        Ok(false)
    }

    /// Takes back the claims of the senders of `platform` that gave no sign of life for
    /// `silence_secs` (killed, or cut from the database): their messages are due at once,
    /// for any live sender. Returns how many messages.
    pub async fn take_over_claims(
        &self,
        platform: Platform,
        silence_secs: i64,
    ) -> Result<u64, StoreError> {
        let mut tx = self.begin().await?;
        sqlx::query("DELETE FROM senders WHERE platform = $1 AND seen_at < $2")
            .bind(platform.as_str())
            .bind(now() - silence_secs)
            .execute(&mut *tx.inner)
            .await?;
        // A claim without a sender (`claimed_by` NULL) belongs to a single sender such as
        // the console and ends with its lease only.
        let done = sqlx::query(
            "UPDATE outbox SET not_before = 0, claimed_by = NULL \
             WHERE platform = $1 AND failed_at IS NULL AND claimed_by IS NOT NULL \
               AND claimed_by NOT IN (SELECT id FROM senders)",
        )
        .bind(platform.as_str())
        .execute(&mut *tx.inner)
        .await?;
        tx.commit().await?;
        Ok(done.rows_affected())
    }

    /// `sender` stops (a clean shutdown): what it claimed and did not send is due at once
    /// for the other senders, and it is forgotten.
    pub async fn retire_sender(&self, sender: &SenderId) -> Result<(), StoreError> {
        let mut tx = self.begin().await?;
        sqlx::query(
            "UPDATE outbox SET not_before = 0, claimed_by = NULL \
             WHERE claimed_by = $1 AND failed_at IS NULL",
        )
        .bind(sender.as_str())
        .execute(&mut *tx.inner)
        .await?;
        sqlx::query("DELETE FROM senders WHERE id = $1")
            .bind(sender.as_str())
            .execute(&mut *tx.inner)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The platform accepted these messages: they are removed (one statement, without a
    /// transaction around it, for up to [`DELETE_AT_ONCE`]; a transaction for more).
    pub async fn outbox_sent_all(&self, sent: &[i64]) -> Result<(), StoreError> {
        if sent.is_empty() {
            return Ok(());
        }
        if sent.len() <= DELETE_AT_ONCE {
            delete_sent_query(sent)
                .execute(&*self.writing().await)
                .await?;
            return Ok(());
        }
        let mut tx = self.begin().await?;
        tx.delete_sent(sent).await?;
        tx.commit().await
    }

    /// The platform accepted the message: it is removed.
    pub async fn outbox_sent(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM outbox WHERE id = $1")
            .bind(id)
            .execute(&*self.writing().await)
            .await?;
        Ok(())
    }

    /// Makes every waiting message of `platform` due at once, including those a previous
    /// process claimed and could not finish (killed): run when the only possible sender of
    /// that platform starts (the console), so they go out now rather than when their lease
    /// ends; returns how many. A message the previous process had handed to the platform
    /// just before dying is sent again (at least once, never lost). Where several
    /// processes may send, [`Store::take_over_claims`] takes back only dead senders' claims.
    pub async fn release_claims(&self, platform: Platform) -> Result<u64, StoreError> {
        let done = sqlx::query(
            "UPDATE outbox SET not_before = 0, claimed_by = NULL \
             WHERE platform = $1 AND failed_at IS NULL AND not_before > $2",
        )
        .bind(platform.as_str())
        .bind(now())
        .execute(&*self.writing().await)
        .await?;
        Ok(done.rows_affected())
    }

    /// The message was claimed but not tried: it is due again at once. With `sender`, only
    /// while it is still that sender's claim (another may have taken it over meanwhile).
    pub async fn outbox_release(
        &self,
        id: i64,
        sender: Option<&SenderId>,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE outbox SET not_before = 0, claimed_by = NULL \
             WHERE id = $1 AND (CAST($2 AS TEXT) IS NULL OR claimed_by = $2)",
        )
        .bind(id)
        .bind(sender.map(SenderId::as_str))
        .execute(&*self.writing().await)
        .await?;
        Ok(())
    }

    /// Sending failed for a passing reason: try again after `after_secs`, or give up after
    /// [`MAX_ATTEMPTS`].
    pub async fn outbox_retry(&self, id: i64, after_secs: i64) -> Result<(), StoreError> {
        let at = now();
        sqlx::query(
            "UPDATE outbox SET attempts = attempts + 1, not_before = $2, claimed_by = NULL, \
             failed_at = CASE WHEN attempts + 1 >= $3 THEN $4 ELSE NULL END \
             WHERE id = $1",
        )
        .bind(id)
        .bind(at + after_secs.max(0))
        .bind(MAX_ATTEMPTS)
        .bind(at)
        .execute(&*self.writing().await)
        .await?;
        Ok(())
    }

    /// The platform refused the message for good (unknown chat, bot blocked).
    pub async fn outbox_failed(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET failed_at = $2, claimed_by = NULL WHERE id = $1")
            .bind(id)
            .bind(now())
            .execute(&*self.writing().await)
            .await?;
        Ok(())
    }

    /// Deletes messages refused for good more than a week ago; returns how many.
    pub async fn purge_failed_outbox(&self) -> Result<u64, StoreError> {
        let done = sqlx::query("DELETE FROM outbox WHERE failed_at IS NOT NULL AND failed_at < $1")
            .bind(now() - FAILED_RETENTION_SECS)
            .execute(&*self.writing().await)
            .await?;
        Ok(done.rows_affected())
    }

    /// Messages still to send for `platform`.
    pub async fn outbox_pending(&self, platform: Platform) -> Result<i64, StoreError> {
        let (n,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE platform = $1 AND failed_at IS NULL")
                .bind(platform.as_str())
                .fetch_one(&self.pool)
                .await?;
        Ok(n)
    }
}
