//! The store seam: every SQL statement of Pairbot lives under this module.
//!
//! One implementation serves both backends through `sqlx::Any`: SQLite (the embedded default)
//! and PostgreSQL (selected by a `postgres://` URL). Each backend has its own migration folder
//! with the same numbering and the same tables; migrations are never edited once landed.
//! Instants are stored as Unix seconds (`i64`) because `Any` carries no date types.

mod admin;
mod attendance;
mod audit;
mod choices;
mod contacts;
mod dialogues;
mod etp;
mod evaluation;
mod events;
mod expenses;
mod hosting;
mod indicators;
mod missions;
mod moderation;
mod outbox;
mod partners;
mod partnership;
mod permanences;
mod privacy;
mod reports;
mod retention;
mod roles;
mod state;
mod subscriptions;
mod trainings;
mod users;

pub use admin::DatabaseState;
pub use attendance::{
    ANSWER_WINDOW, Attendance, FEEDBACK_FLOOR, FEEDBACK_SETTLING, FeedbackDue, FeedbackSummary,
    MARK_WINDOW,
};
pub use audit::AuditEntry;
pub use choices::NOTICE_LIFETIME;
pub use contacts::{ContactRecord, ContactStatus, NewContact, Side};
pub use dialogues::DialogueState;
pub use etp::{
    NewProgramme, NewSignup, ProgrammeRecord, SignupOutcome, SignupRecord, SignupStatus, Transition,
};
pub use evaluation::{ROUND_OPEN_FOR, RoundRecord, RoundResults};
pub use events::EVENT_RETENTION_SECS;
pub use expenses::{ClaimRecord, ClaimStatus, NewClaim};
pub use indicators::Indicators;
pub use missions::{
    ApplicationRecord, ApplicationStatus, ApplyOutcome, MissionRecord, NewMission, SelectOutcome,
};
pub use moderation::{EndedSanction, GroupSettings, MemberActivity};
pub use outbox::{MAX_ATTEMPTS, OUTBOX_CHANNEL, OutboxEntry, OutboxListener, SenderId};
pub use partners::{PartnerProfile, PartnerRecord, PartnerStatus};
pub use partnership::StructureActivity;
pub use permanences::{
    BookingOutcome, BookingRecord, BookingStatus, CancelOutcome, NewPermanence, PermanenceRecord,
    PersonBooking, SlotRecord,
};
pub use privacy::{
    ERASED_PREFIX, ExportedTable, KEPT_AFTER_ERASURE, PERSONAL_TABLES, PSEUDONYMISED_AFTER_ERASURE,
    SECOND_PARTIES, SecondParty,
};
pub use reports::ReportRecord;
pub use retention::{Expiring, month_start};
pub use roles::RoleRecord;
pub use trainings::{PartnerPath, TrainingRecord};
pub use users::{SenderState, UserRecord};

use crate::core::message::{ChatId, Platform, UserId};
use sqlx::any::{AnyPoolOptions, install_default_drivers};
use sqlx::migrate::Migrator;
use sqlx::{Any, AnyPool, Transaction};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

/// Which database engine a [`Store`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An embedded SQLite file.
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

/// A failure of the store. Never shown to users: the engine turns it into a kind apology.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be opened or reached at start-up.
    #[error("cannot open the database {target}: {reason}")]
    Open {
        /// The file path, or host and database name (never the password).
        target: String,
        /// What went wrong.
        reason: String,
    },
    /// The schema could not be brought up to date.
    #[error("cannot apply database migrations on {target}: {reason}")]
    Migrate {
        /// Same as in [`StoreError::Open`].
        target: String,
        /// What went wrong.
        reason: String,
    },
    /// A query failed.
    #[error("database query failed: {0}")]
    Query(#[from] sqlx::Error),
    /// A stored value could not be read back.
    #[error("stored data could not be decoded: {0}")]
    Decode(#[from] serde_json::Error),
    /// An operation this database or this request does not allow.
    #[error("{0}")]
    Unsupported(&'static str),
}

/// Where a database lives, parsed from the configured URL or path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseLocation {
    /// A SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL URL.
    Postgres(String),
}

impl DatabaseLocation {
    /// Reads a `postgres://` URL, a `sqlite:` URL or a plain file path; `None` for a URL of
    /// another database (`mysql://…`), which must not silently become a file name.
    pub fn parse(url: &str) -> Option<Self> {
        let url = url.trim();
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Some(DatabaseLocation::Postgres(url.to_owned()));
        }
        if url.contains("://") && !url.starts_with("sqlite://") {
            return None;
        }
        let path = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))
            .unwrap_or(url);
        let path = path.split('?').next().unwrap_or(path);
        Some(DatabaseLocation::Sqlite(PathBuf::from(path)))
    }

    /// A description safe to print: the path, or `host:port/database` without credentials.
    pub fn describe(&self) -> String {
        match self {
            DatabaseLocation::Sqlite(path) => path.display().to_string(),
            DatabaseLocation::Postgres(url) => {
                let rest = url.split_once("://").map_or(url.as_str(), |(_, r)| r);
                let host_part = rest.rsplit_once('@').map_or(rest, |(_, h)| h);
                let no_query = host_part.split('?').next().unwrap_or(host_part);
                format!("postgres://{no_query}")
            }
        }
    }
}

/// The pool while this process holds SQLite's writer turn (see [`Store::writing`]).
struct Writing<'a> {
    pool: &'a AnyPool,
    _turn: Option<Turn>,
}

/// The writer's turn on SQLite (see [`Store::begin`]). Its end means something may have
/// been written: the background checkpoint counts the turns, and copies the log into the
/// database only after writes, not every second of an idle bot.
struct Turn {
    _guard: tokio::sync::OwnedMutexGuard<()>,
    written: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl Drop for Turn {
    fn drop(&mut self) {
        self.written
            .fetch_add(1, std::sync::atomic::Ordering::AcqRel);
    }
}

impl std::ops::Deref for Writing<'_> {
    type Target = AnyPool;

    fn deref(&self) -> &AnyPool {
        self.pool
    }
}

/// A database URL, which may hold a password: never printed.
#[derive(Clone)]
struct ConnectUrl(String);

impl std::fmt::Debug for ConnectUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<database URL>")
    }
}

/// The database behind Pairbot.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// Where to listen for other processes' queued messages (PostgreSQL only).
    listen: Option<ConnectUrl>,
    /// A random name for this store, in the notes its transactions send when they queue
    /// messages, so that its own listener can tell them from other processes' notes.
    origin: std::sync::Arc<str>,
    /// SQLite has one writer at a time: write transactions of this process queue here, first
    /// come first served, instead of in SQLite's busy handler, which sleeps and retries and
    /// let one message wait seconds under load.
    writer: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// Writer's turns ended since the last checkpoint (SQLite only).
    written: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

/// Past this wait for the writer's turn, a transaction goes ahead and lets SQLite's own
/// busy timeout decide (a safety net: no code path opens a write transaction inside
/// another, which would otherwise wait forever).
const WRITER_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// Writer's turns after which the log is copied within the second (a busy bot: the log
/// stays small, and no commit reaches `wal_autocheckpoint`, which would wait for the disk).
const CHECKPOINT_TURNS: u64 = 100;

/// Longest a write waits in the log when the bot is quiet: a checkpoint waits for the disk
/// twice (and the first commit after it once more); done every second at a message a
/// second, that was about 8 % of the CPU of each reply (Matrix, profiled).
const CHECKPOINT_AT_LEAST_EVERY: std::time::Duration = std::time::Duration::from_secs(10);

/// Whether to checkpoint now, with `waiting` writer's turns since the last checkpoint,
/// `since` ago (see [`checkpoint_now_and_then`]).
fn checkpoint_due(waiting: u64, since: std::time::Duration) -> bool {
    waiting >= CHECKPOINT_TURNS || (waiting > 0 && since >= CHECKPOINT_AT_LEAST_EVERY)
}

/// Copies the SQLite write-ahead log into the database in the background, so commits stay
/// quick: within a second once [`CHECKPOINT_TURNS`] writes are waiting, within
/// [`CHECKPOINT_AT_LEAST_EVERY`] of any write, never while nothing was written; ends when
/// the pool is closed.
async fn checkpoint_now_and_then(
    pool: AnyPool,
    written: std::sync::Arc<std::sync::atomic::AtomicU64>,
) {
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(1));
    let mut last = std::time::Instant::now();
    loop {
        tick.tick().await;
        if pool.is_closed() {
            return;
        }
        let waiting = written.load(std::sync::atomic::Ordering::Acquire);
        if !checkpoint_due(waiting, last.elapsed()) {
            continue;
        }
        written.fetch_sub(waiting, std::sync::atomic::Ordering::AcqRel);
        last = std::time::Instant::now();
        // PASSIVE never waits for readers or writers: what cannot be copied now is next time.
        if let Err(e) = sqlx::query("PRAGMA wal_checkpoint(PASSIVE)")
            .execute(&pool)
            .await
        {
            if pool.is_closed() {
                return;
            }
            tracing::debug!(error = %e, "checkpoint skipped");
        }
    }
}

/// A transaction: all the reads and writes of one incoming message, committed together.
pub struct Tx {
    inner: Transaction<'static, Any>,
    backend: Backend,
    /// The writer's turn (SQLite), released after the commit or the rollback.
    _turn: Option<Turn>,
    /// One person's dialogue as this transaction last read or wrote it (platform, chat,
    /// user, state), so that [`Tx::dialogue`] need not read it again: the sender's state
    /// brings it in with the rest, and the handler reads it once more on nearly every
    /// message. Only this transaction's own statements change a dialogue row of a person
    /// whose messages it handles (the person is locked), and they keep it up to date.
    dialogue_seen: Option<(Platform, ChatId, UserId, Option<DialogueState>)>,
    /// The platforms this transaction queued messages for: on PostgreSQL, other processes
    /// sending for them are woken when it commits (see [`OUTBOX_CHANNEL`]).
    queued_for: Vec<Platform>,
    /// The store's origin (see [`Store::outbox_listener`]).
    origin: std::sync::Arc<str>,
}

impl std::fmt::Debug for Tx {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tx")
            .field("backend", &self.backend)
            .finish()
    }
}

/// Current time as Unix seconds.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64)
}

/// A token no other process, nor this one at another time, makes: `tag` followed by 16 hex
/// digits from the process id, the clock and the standard library's random hasher keys.
pub fn unique_token(tag: &str) -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos()),
    );
    hasher.write_u32(std::process::id());
    format!("{tag}{:016x}", hasher.finish())
}

impl Store {
    /// Opens (creating a SQLite file and its folder if needed) and migrates the database.
    pub async fn open(url: &str) -> Result<Self, StoreError> {
        install_default_drivers();
        let location = DatabaseLocation::parse(url).ok_or_else(|| StoreError::Open {
            target: url.split("://").next().unwrap_or_default().to_owned() + "://…",
            reason: "only SQLite (a file path or sqlite: URL) and PostgreSQL \
                     (postgres:// URL) are supported"
                .to_owned(),
        })?;
        let target = location.describe();
        let open_err = |reason: String| StoreError::Open {
            target: target.clone(),
            reason,
        };
        let (connect_url, backend, max) = match &location {
            DatabaseLocation::Sqlite(path) => {
                prepare_sqlite_dir(path).map_err(|e| open_err(e.to_string()))?;
                (
                    format!("sqlite://{}?mode=rwc", path.display()),
                    Backend::Sqlite,
                    4,
                )
            }
            DatabaseLocation::Postgres(url) => (url.clone(), Backend::Postgres, 8),
        };
        let pool = AnyPoolOptions::new()
            .max_connections(max)
            // A ping before each use finds a server connection that dropped; a SQLite file
            // has none, and the ping is a round trip to the database thread per transaction.
            .test_before_acquire(backend == Backend::Postgres)
            .acquire_timeout(std::time::Duration::from_secs(10))
            .after_connect(|conn, _meta| {
                Box::pin(async move {
                    if conn.backend_name().eq_ignore_ascii_case("sqlite") {
                        // WAL lets readers work while one writer commits; NORMAL sync is
                        // durable across application crashes, which is what we need.
                        // Checkpoints (which wait for the disk) run in the background task
                        // below, not in a message's commit; the high automatic threshold is
                        // only a safety net. An 8 MB page cache per connection keeps a large
                        // directory's pages in memory.
                        sqlx::raw_sql(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                             PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; \
                             PRAGMA wal_autocheckpoint = 10000; PRAGMA cache_size = -8000;",
                        )
                        .execute(&mut *conn)
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect(&connect_url)
            .await
            .map_err(|e| open_err(short_reason(&e)))?;
        let migrator = match backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&pool).await.map_err(|e| StoreError::Migrate {
            target: target.clone(),
            reason: e.to_string(),
        })?;
        // One turn counted: the migrations may have written.
        let written = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(1));
        if backend == Backend::Sqlite {
            tokio::spawn(checkpoint_now_and_then(
                pool.clone(),
                std::sync::Arc::clone(&written),
            ));
        }
        Ok(Store {
            pool,
            backend,
            listen: (backend == Backend::Postgres).then_some(ConnectUrl(connect_url)),
            origin: unique_token("o").into(),
            writer: std::sync::Arc::default(),
            written,
        })
    }

    /// The engine behind this store.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The pool, for one write statement outside a transaction, in the writer's turn on
    /// SQLite (see [`Store::begin`]): otherwise such statements wait in SQLite's busy
    /// handler holding a connection, and with a few dozen sends finishing at once they
    /// took every connection from a transaction that needed one more (seen: ten-second
    /// stalls and "pool timed out" under 20 people writing at once).
    async fn writing(&self) -> Writing<'_> {
        Writing {
            pool: &self.pool,
            _turn: self.turn().await,
        }
    }

    /// The writer's turn on SQLite, waited for at most [`WRITER_WAIT`]; none on PostgreSQL.
    async fn turn(&self) -> Option<Turn> {
        match self.backend {
            Backend::Sqlite => tokio::time::timeout(WRITER_WAIT, self.writer.clone().lock_owned())
                .await
                .ok()
                .map(|guard| Turn {
                    _guard: guard,
                    written: std::sync::Arc::clone(&self.written),
                }),
            Backend::Postgres => None,
        }
    }

    /// A transaction that only reads: on SQLite it takes no write lock, so a long read
    /// (the whole directory) never holds up messages.
    pub async fn begin_read(&self) -> Result<Tx, StoreError> {
        Ok(Tx {
            inner: self.pool.begin().await?,
            backend: self.backend,
            _turn: None,
            dialogue_seen: None,
            queued_for: Vec::new(),
            origin: self.origin.clone(),
        })
    }

    /// Starts a write transaction.
    pub async fn begin(&self) -> Result<Tx, StoreError> {
        // SQLite: take the write lock up front; a deferred transaction that writes later can
        // fail with SQLITE_BUSY whatever the busy timeout.
        let (inner, turn) = match self.backend {
            Backend::Sqlite => {
                let turn = self.turn().await;
                (self.pool.begin_with("BEGIN IMMEDIATE").await?, turn)
            }
            Backend::Postgres => (self.pool.begin().await?, None),
        };
        Ok(Tx {
            inner,
            backend: self.backend,
            _turn: turn,
            dialogue_seen: None,
            queued_for: Vec::new(),
            origin: self.origin.clone(),
        })
    }

    /// Closes every connection.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Names of every application table (for privacy checks and tests).
    pub async fn table_names(&self) -> Result<Vec<String>, StoreError> {
        let sql = match self.backend {
            Backend::Sqlite => {
                "SELECT name FROM sqlite_master WHERE type = 'table' \
                 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx%' ORDER BY name"
            }
            Backend::Postgres => {
                "SELECT table_name::text FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_name NOT LIKE '_sqlx%' \
                 ORDER BY table_name"
            }
        };
        let rows: Vec<(String,)> = sqlx::query_as(sql).fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(|(n,)| n).collect())
    }

    /// Names of the columns of `table`.
    pub async fn column_names(&self, table: &str) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String,)> = match self.backend {
            Backend::Sqlite => {
                sqlx::query_as("SELECT name FROM pragma_table_info($1) ORDER BY cid")
                    .bind(table)
                    .fetch_all(&self.pool)
                    .await?
            }
            Backend::Postgres => {
                sqlx::query_as(
                    "SELECT column_name::text FROM information_schema.columns \
                     WHERE table_schema = current_schema() AND table_name = $1 \
                     ORDER BY ordinal_position",
                )
                .bind(table)
                .fetch_all(&self.pool)
                .await?
            }
        };
        Ok(rows.into_iter().map(|(n,)| n).collect())
    }

    /// Counts rows of `table` that belong to a user (tables with `platform` and `user_id`).
    pub async fn count_user_rows(
        &self,
        table: &str,
        platform: &str,
        user: &str,
    ) -> Result<i64, StoreError> {
        let mut sql =
            format!("SELECT COUNT(*) FROM {table} WHERE (platform = $1 AND user_id = $2)");
        // Rows where the person is the second party count too.
        for second in SECOND_PARTIES.iter().filter(|s| s.table == table) {
            sql.push_str(&format!(
                " OR ({} = $1 AND {} = $2)",
                second.platform, second.user
            ));
        }
        let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(platform)
            .bind(user)
            .fetch_one(&self.pool)
            .await?;
        Ok(n)
    }
}

impl Tx {
    /// Makes every change of this transaction durable.
    pub async fn commit(mut self) -> Result<(), StoreError> {
        if self.backend == Backend::Postgres {
            // Delivered at the commit, once per platform and transaction however many
            // messages it queued; nothing is delivered if the commit fails.
            for platform in std::mem::take(&mut self.queued_for) {
                sqlx::query("SELECT pg_notify($1, $2)::text")
                    .bind(OUTBOX_CHANNEL)
                    .bind(outbox::queued_note(platform, &self.origin))
                    .fetch_one(&mut *self.inner)
                    .await?;
            }
        }
        self.inner.commit().await?;
        Ok(())
    }

    /// Drops every change of this transaction.
    pub async fn rollback(self) -> Result<(), StoreError> {
        self.inner.rollback().await?;
        Ok(())
    }

    /// The engine behind this transaction.
    pub fn backend(&self) -> Backend {
        self.backend
    }
}

/// `$1, $2, … $n`, for an `IN (…)` list whose values are bound, never formatted into the
/// SQL.
fn placeholders(n: usize) -> String {
    (1..=n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The database's folder and file, created readable by their owner only (the file holds
/// every person's data; SQLite gives its journal files the same permissions).
fn prepare_sqlite_dir(path: &Path) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        crate::files::private_dir(dir)?;
    }
    if path.as_os_str() != ":memory:" {
        crate::files::private_file(path)?;
    }
    Ok(())
}

/// The first line of a connection error, without any URL in it.
fn short_reason(err: &sqlx::Error) -> String {
    let text = err.to_string();
    let first = text.lines().next().unwrap_or_default();
    first.chars().take(300).collect()
}

#[cfg(test)]
mod tests {
    use super::{CHECKPOINT_AT_LEAST_EVERY, CHECKPOINT_TURNS, checkpoint_due};
    use std::time::Duration;

    #[test]
    fn a_quiet_bot_checkpoints_now_and_then_a_busy_one_at_once() {
        let second = Duration::from_secs(1);
        // Nothing written: never.
        assert!(!checkpoint_due(0, CHECKPOINT_AT_LEAST_EVERY * 10));
        // A message a second (a few turns each): not every second, but within the period.
        assert!(!checkpoint_due(3, second));
        assert!(!checkpoint_due(27, CHECKPOINT_AT_LEAST_EVERY - second));
        assert!(checkpoint_due(1, CHECKPOINT_AT_LEAST_EVERY));
        // Busy: within the second, so the log stays small.
        assert!(checkpoint_due(CHECKPOINT_TURNS, second));
    }
}
