//! Operators' commands of the real binary, on SQLite and PostgreSQL: `pairbot check` on the
//! database, and `pairbot backup` (a consistent copy of SQLite; PostgreSQL points to
//! `pg_dump`).
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb};
use pairbot::store::{Backend, Store};
use std::process::{Command, Output};

fn pairbot(args: &[&str], home: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_pairbot"))
        .args(args)
        .env("XDG_CONFIG_HOME", home)
        .env("XDG_DATA_HOME", home)
        .env("HOME", home)
        .env_remove("PAIRBOT_CONFIG")
        .env_remove("TELEGRAM_BOT_TOKEN")
        .env_remove("MATRIX_HOMESERVER")
        .output()
        .unwrap()
}

/// A migrated database is reported up to date; the check changes nothing and exits 0.
async fn the_check_reports_the_database(db: &TestDb) {
    let h = Harness::new(db).await;
    let home = tempfile::tempdir().unwrap();
    let out = pairbot(&["check", "--database-url", &db.url], home.path());
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{said}");
    assert!(
        said.contains("ok    database") && said.contains("up to date"),
        "{said}"
    );
    assert!(
        said.contains("skip  telegram") && said.contains("skip  matrix"),
        "{said}"
    );
    // A configuration file with a mistake is the first thing reported.
    let config = home.path().join("bad.toml");
    std::fs::write(&config, "[retention]\nforever = 1\n").unwrap();
    let out = pairbot(
        &[
            "check",
            "--config",
            config.to_str().unwrap(),
            "--database-url",
            &db.url,
        ],
        home.path(),
    );
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(said.starts_with("FAIL  configuration"), "{said}");
    h.close().await;
}

/// `pairbot backup` copies a SQLite database that can be opened and holds the same rows,
/// never over an existing file; PostgreSQL is pointed to pg_dump.
async fn a_backup_is_a_database_with_the_same_rows(db: &TestDb) {
    let h = Harness::new(db).await;
    h.consent("ana").await;
    let home = tempfile::tempdir().unwrap();
    let copy = home.path().join("copie.db");
    let out = pairbot(
        &["backup", copy.to_str().unwrap(), "--database-url", &db.url],
        home.path(),
    );
    let said = String::from_utf8_lossy(&out.stderr).into_owned();
    if h.engine.store().backend() == Backend::Postgres {
        assert!(!out.status.success());
        assert!(said.contains("pg_dump"), "{said}");
        assert!(!copy.exists());
        h.close().await;
        return;
    }
    assert!(out.status.success(), "{said}");
    let restored = Store::open(copy.to_str().unwrap()).await.unwrap();
    assert_eq!(
        restored
            .count_user_rows("users", "console", "ana")
            .await
            .unwrap(),
        1
    );
    restored.close().await;
    let again = pairbot(
        &["backup", copy.to_str().unwrap(), "--database-url", &db.url],
        home.path(),
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    h.close().await;
}

on_every_backend!(
    the_check_reports_the_database,
    a_backup_is_a_database_with_the_same_rows,
);
