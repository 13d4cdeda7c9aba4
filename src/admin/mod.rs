//! Operators' commands outside the chat (`pairbot check`, `backup`, `purge`): what they
//! found or did, as plain text for a terminal. Nothing here names a person.

pub mod partners;
pub mod permanences;
pub mod programmes;
mod sheet;

pub use sheet::{ImportReport, Problem};

use crate::features::retention::Purged;
use crate::store::{Backend, Store};

/// How one check went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// As it should be.
    Ok,
    /// Not configured, so not checked (a platform this instance does not run).
    Skipped,
    /// Wrong: the bot would not start, or not work.
    Failed,
}

/// One line of `pairbot check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// How it went.
    pub status: Status,
    /// What was checked: `configuration`, `database`, `telegram`, `matrix`.
    pub what: &'static str,
    /// What was found, in words (never a secret).
    pub detail: String,
}

impl Finding {
    /// A finding of `status`.
    pub fn new(status: Status, what: &'static str, detail: impl Into<String>) -> Self {
        Finding {
            status,
            what,
            detail: detail.into(),
        }
    }
}

/// Everything `pairbot check` found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report(pub Vec<Finding>);

impl Report {
    /// Whether nothing failed.
    pub fn passed(&self) -> bool {
        self.0.iter().all(|f| f.status != Status::Failed)
    }

    /// One line per finding, then a verdict.
    pub fn render(&self) -> String {
        let mut out = String::new();
        for f in &self.0 {
            let mark = match f.status {
                Status::Ok => "ok  ",
                Status::Skipped => "skip",
                Status::Failed => "FAIL",
            };
            out.push_str(&format!("{mark}  {:<14} {}\n", f.what, f.detail));
        }
        out.push_str(if self.passed() {
            "Pairbot can start with this configuration.\n"
        } else {
            "Pairbot cannot start as configured: fix the lines marked FAIL.\n"
        });
        out
    }
}

/// The database at `url`: reachable, and how far its schema is (nothing is changed).
pub async fn check_database(url: &str) -> Finding {
    match Store::inspect(url).await {
        Ok(state) if !state.exists => Finding::new(
            Status::Ok,
            "database",
            format!(
                "SQLite {}: not created yet, the first start creates it",
                state.target
            ),
        ),
        Ok(state) if !state.unknown.is_empty() => Finding::new(
            Status::Failed,
            "database",
            format!(
                "{}: migrated by a newer Pairbot ({} migrations this version does not know); \
                 run that version",
                state.target,
                state.unknown.len()
            ),
        ),
        Ok(state) => {
            let engine = match state.backend {
                Backend::Sqlite => "SQLite",
                Backend::Postgres => "PostgreSQL",
            };
            let schema = if state.pending.is_empty() {
                format!("{} migrations applied, up to date", state.applied)
            } else {
                format!(
                    "{} migrations applied, {} to apply at the next start",
                    state.applied,
                    state.pending.len()
                )
            };
            Finding::new(
                Status::Ok,
                "database",
                format!("{engine} {}: {schema}", state.target),
            )
        }
        Err(e) => Finding::new(Status::Failed, "database", e.to_string()),
    }
}

/// What `pairbot purge` did or would do, one line per kind (counts only).
pub fn purge_report(done: &Purged, dry_run: bool) -> String {
    let verb = if dry_run { "would be" } else { "were" };
    if done.0.is_empty() {
        return format!("Nothing {verb} erased: no data has passed its retention period.\n");
    }
    let mut out = format!("Rows (or people) that {verb} erased or told, by kind:\n");
    for (kind, n) in &done.0 {
        out.push_str(&format!("  {kind:<20} {n}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_fails_when_one_line_fails() {
        let mut report = Report(vec![
            Finding::new(Status::Ok, "database", "SQLite x: up to date"),
            Finding::new(Status::Skipped, "matrix", "not configured"),
        ]);
        assert!(report.passed());
        assert!(report.render().contains("skip  matrix"));
        report
            .0
            .push(Finding::new(Status::Failed, "telegram", "token refused"));
        assert!(!report.passed());
        assert!(report.render().contains("FAIL  telegram"));
    }
}
