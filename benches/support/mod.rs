//! What the benchmarks share: a transport that accepts everything and fresh PostgreSQL
//! databases.
#![allow(dead_code)]

use pairbot::core::{Outgoing, Platform, SendError, Transport};

/// A transport that accepts everything (the outbox is drained between measures).
pub struct Sink;

impl Transport for Sink {
    fn platform(&self) -> Platform {
        Platform::Console
    }

    async fn send(&self, _message: &Outgoing) -> Result<(), SendError> {
        Ok(())
    }
}

/// A new, empty PostgreSQL database `name` on the server of `admin`; returns its URL.
pub async fn fresh_pg(admin: &str, name: &str) -> String {
    use sqlx::Executor;
    let pool = sqlx::PgPool::connect(admin).await.expect("PostgreSQL");
    pool.execute(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .await
    .expect("drop");
    pool.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .expect("create");
    pool.close().await;
    let base = admin.rsplit_once('/').map_or(admin, |(b, _)| b);
    format!("{base}/{name}")
}

/// A field of `/proc/<pid>/status` in kB (`VmRSS:` now, `VmHWM:` the peak), 0 when
/// unreadable (Linux only).
pub fn status_kb(pid: u32, field: &str) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}
