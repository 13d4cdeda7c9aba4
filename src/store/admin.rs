//! What operators ask of the database: is it there and migrated (`pairbot check`), a
//! consistent copy of it (`pairbot backup`), and how the outbox stands (`/metrics`,
//! `/healthz`).

use super::{Backend, DatabaseLocation, POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS, Store, StoreError};
use crate::core::{Lane, Platform};
use sqlx::any::AnyPoolOptions;
use std::path::Path;

/// What `pairbot check` learns about a database, without changing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatabaseState {
    /// Where it is, safe to print (no password).
    pub target: String,
    /// Which engine.
    pub backend: Backend,
    /// `false` for a SQLite file not created yet (the first start creates it).
    pub exists: bool,
    /// Migrations applied.
    pub applied: usize,
    /// Versions of the migrations the next start will apply.
    pub pending: Vec<i64>,
    /// Versions applied that this program does not know: a newer Pairbot migrated the
    /// database, and this one must not run on it.
    pub unknown: Vec<i64>,
}

impl Store {
    /// Connects to the database at `url` without creating or migrating anything, and says
    /// how far its schema is.
    pub async fn inspect(url: &str) -> Result<DatabaseState, StoreError> {
        sqlx::any::install_default_drivers();
        let location = DatabaseLocation::parse(url).ok_or_else(|| StoreError::Open {
            target: url.split("://").next().unwrap_or_default().to_owned() + "://…",
            reason: "only SQLite and PostgreSQL are supported".to_owned(),
        })?;
        let target = location.describe();
        let (connect, backend, migrator) = match &location {
            DatabaseLocation::Sqlite(path) => {
                if !path.exists() {
                    return Ok(DatabaseState {
                        target,
                        backend: Backend::Sqlite,
                        exists: false,
                        applied: 0,
                        pending: SQLITE_MIGRATIONS.iter().map(|m| m.version).collect(),
                        unknown: Vec::new(),
                    });
                }
                // Read-only: a check never writes.
                (
                    format!("sqlite://{}?mode=ro", path.display()),
                    Backend::Sqlite,
                    &SQLITE_MIGRATIONS,
                )
            }
            DatabaseLocation::Postgres(url) => {
                (url.clone(), Backend::Postgres, &POSTGRES_MIGRATIONS)
            }
        };
        let pool = AnyPoolOptions::new()
            .max_connections(1)
            .acquire_timeout(std::time::Duration::from_secs(10))
            .connect(&connect)
            .await
            .map_err(|e| StoreError::Open {
                target: target.clone(),
                reason: super::short_reason(&e),
            })?;
        // No table yet: nothing applied (a database created by hand, empty).
        let applied: Vec<i64> =
            sqlx::query_as::<_, (i64,)>("SELECT version FROM _sqlx_migrations WHERE success")
                .fetch_all(&pool)
                .await
                .map(|rows| rows.into_iter().map(|(v,)| v).collect())
                .unwrap_or_default();
        pool.close().await;
        let pending = migrator
            .iter()
            .map(|m| m.version)
            .filter(|v| !applied.contains(v))
            .collect();
        let unknown = applied
            .iter()
            .copied()
            .filter(|v| migrator.iter().all(|m| m.version != *v))
            .collect();
        Ok(DatabaseState {
            target,
            backend,
            exists: true,
            applied: applied.len(),
            pending,
            unknown,
        })
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Messages waiting to be sent, by platform and lane: how many, and when the oldest
    /// was queued (Unix seconds). Messages refused for good are not waiting.
    pub async fn outbox_stats(&self) -> Result<Vec<(Platform, Lane, i64, i64)>, StoreError> {
        let rows: Vec<(String, i64, i64, i64)> = sqlx::query_as(
            "SELECT platform, lane, COUNT(*), MIN(created_at) FROM outbox \
             WHERE failed_at IS NULL GROUP BY platform, lane",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(p, lane, n, oldest)| {
                Some((Platform::parse(&p)?, Lane::from_rank(lane), n, oldest))
            })
            .collect())
    }

    /// Per platform, when the oldest message due now (not waiting for a retry, nor held
    /// by a sender's lease) was queued.
    pub async fn oldest_due(&self, now: i64) -> Result<Vec<(Platform, i64)>, StoreError> {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT platform, MIN(created_at) FROM outbox \
             WHERE failed_at IS NULL AND not_before <= $1 GROUP BY platform",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(p, at)| Some((Platform::parse(&p)?, at)))
            .collect())
    }

    /// Writes a consistent copy of a SQLite database to `dest` while the bot may run (a new
    /// file; an existing one is never overwritten). PostgreSQL is copied with `pg_dump`
    /// (see the README): [`StoreError::Unsupported`].
    pub async fn backup_to(&self, dest: &Path) -> Result<(), StoreError> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::Unsupported(
                "a PostgreSQL database is copied with pg_dump (see the README)",
            ));
        }
        if dest.exists() {
            return Err(StoreError::Unsupported(
                "the backup file already exists: give a new name",
            ));
        }
        // VACUUM INTO reads one snapshot of the database, so writes meanwhile are either
        // wholly in the copy or not at all, and writes a compact file.
        sqlx::query("VACUUM INTO $1")
            .bind(dest.display().to_string())
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
