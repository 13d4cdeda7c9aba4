//! `pairbot import partners FILE` and `pairbot export partners`: the directory as a
//! coordination keeps it in a spreadsheet.
//!
//! One row per partner, French or English headers (any case, accents optional), `;` or `,`
//! between cells (as a French or English spreadsheet saves it), with or without a byte-order
//! mark. Several values in a cell are separated by commas (or `|`). Vocabulary cells take
//! the label in either language or the key (`Sclérose en plaques`, `sclerose-en-plaques`).
//! A file with a single problem imports nothing: every problem is listed, by line and
//! column, so the spreadsheet is fixed once.

use crate::app::Engine;
use crate::core::text::fold;
use crate::core::{Platform, UserId};
use crate::features::directory::{geo, training};
use crate::features::vocabulary::{Lookup, Vocabulary};
use crate::i18n::Lang;
use crate::store::{AuditEntry, PartnerProfile, PartnerStatus, StoreError};

/// One problem in an imported file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The spreadsheet's line number (the header is line 1).
    pub line: usize,
    /// The column's header as written in the file (empty for the whole line).
    pub column: String,
    /// What is wrong, and what is expected.
    pub message: String,
}

/// What an import did, or would do with `--dry-run`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// New profiles.
    pub created: usize,
    /// Profiles that changed.
    pub updated: usize,
    /// Rows identical to what is stored.
    pub unchanged: usize,
    /// Every problem found; when there is one, nothing was imported.
    pub problems: Vec<Problem>,
}

impl ImportReport {
    /// The report for a terminal.
    pub fn render(&self, dry_run: bool) -> String {
        if !self.problems.is_empty() {
            let mut out = format!(
                "{} problem(s); nothing was imported. Fix them and import the file again:\n",
                self.problems.len()
            );
            for p in &self.problems {
                if p.column.is_empty() {
                    out.push_str(&format!("  line {}: {}\n", p.line, p.message));
                } else {
                    out.push_str(&format!(
                        "  line {}, column \"{}\": {}\n",
                        p.line, p.column, p.message
                    ));
                }
            }
            return out;
        }
        let verb = if dry_run { "would be" } else { "were" };
        format!(
            "{} new, {} updated, {} unchanged profiles {verb} imported{}.\n",
            self.created,
            self.updated,
            self.unchanged,
            if dry_run {
                " (dry run: nothing changed)"
            } else {
                ""
            }
        )
    }
}

/// Something that stops an import before any row is read.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Platform,
    Id,
    Pseudonym,
    Roles,
    Conditions,
    OtherConditions,
    Departments,
    Online,
    Languages,
    Training,
    Missions,
    Availability,
    Bio,
    Association,
    ConsentDate,
}

/// Each column: the French header written by an export, the English one, and other
/// spellings accepted (compared folded: lower case, no accents, `_` and `-` as spaces).
const COLUMNS: [(Col, &str, &str, &[&str]); 15] = [
    (Col::Platform, "plateforme", "platform", &["messagerie"]),
    (
        Col::Id,
        "identifiant",
        "id",
        &["user id", "identifiant messagerie"],
    ),
    (Col::Pseudonym, "pseudonyme", "pseudonym", &["nom", "name"]),
    (Col::Roles, "rôles", "roles", &["role", "rôle"]),
    (
        Col::Conditions,
        "situations vécues",
        "conditions",
        &["maladies", "pathologies", "situations"],
    ),
    (
        Col::OtherConditions,
        "autres situations",
        "other conditions",
        &[],
    ),
    (
        Col::Departments,
        "départements",
        "departments",
        &["departement", "department"],
    ),
    (Col::Online, "en ligne", "online", &[]),
    (
        Col::Languages,
        "langues",
        "languages",
        &["langue", "language"],
    ),
    (Col::Training, "formation", "training", &[]),
    (Col::Missions, "missions", "missions", &["mission"]),
    (Col::Availability, "disponibilités", "availability", &[]),
    (Col::Bio, "présentation", "bio", &["presentation"]),
    (
        Col::Association,
        "association",
        "association",
        &["structure"],
    ),
    (
        Col::ConsentDate,
        "accord le",
        "consent date",
        &["date accord", "consentement", "consent"],
    ),
];

/// Columns a row cannot do without.
const REQUIRED: [Col; 5] = [
    Col::Platform,
    Col::Id,
    Col::Pseudonym,
    Col::Roles,
    Col::ConsentDate,
];

/// How an imported profile's consent is recorded: given to the coordination (the date is
/// theirs), not through the bot's own question (version 1 and up).
pub const IMPORTED_CONSENT_VERSION: i64 = 0;

/// Who the audit log names for an import.
const IMPORTER: &str = "import";

fn header_key(text: &str) -> String {
    fold(text)
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn column_of(header: &str) -> Option<Col> {
    let key = header_key(header);
    COLUMNS.iter().find_map(|(col, fr, en, others)| {
        (header_key(fr) == key
            || header_key(en) == key
            || others.iter().any(|o| header_key(o) == key))
        .then_some(*col)
    })
}

/// One valid row.
#[derive(Debug, Clone)]
struct Row {
    line: usize,
    platform: Platform,
    user: UserId,
    profile: PartnerProfile,
    consent_at: i64,
}

/// A file's header cells, and each line's number with its cells.
type Sheet = (Vec<String>, Vec<(usize, Vec<String>)>);

/// The file's cells, its separator guessed from the header line.
fn records(content: &str) -> Result<Sheet, String> {
    let content = content.strip_prefix('\u{feff}').unwrap_or(content);
    let header = content.lines().next().unwrap_or_default();
    let separator = if header.matches(';').count() >= header.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .flexible(true)
        .from_reader(content.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("the first line cannot be read: {e}"))?
        .iter()
        .map(str::to_owned)
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| format!("the file cannot be read: {e}"))?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        rows.push((line, record.iter().map(str::to_owned).collect()));
    }
    Ok((headers, rows))
}

/// A cell as written, without the `'` an export puts before what a spreadsheet would run
/// as a formula.
fn cell_text(cell: &str) -> &str {
    let cell = cell.trim();
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

fn values(cell: &str) -> Vec<&str> {
    cell_text(cell)
        .split([',', '|', ';'])
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect()
}

/// The keys of a vocabulary a cell names; the problems otherwise.
fn keys_in(
    vocabulary: &Vocabulary,
    engine: &Engine,
    cell: &str,
    problem: &mut dyn FnMut(String),
) -> Vec<String> {
    let mut keys = Vec::new();
    for value in values(cell) {
        let exact = vocabulary
            .position(value)
            .or_else(|| match vocabulary.lookup(value) {
                Lookup::Found(i) => Some(i),
                _ => None,
            });
        match exact {
            Some(i) => keys.push(vocabulary.keys()[i].clone()),
            None => {
                let known: Vec<String> = vocabulary
                    .keys()
                    .iter()
                    .take(6)
                    .map(|k| vocabulary.label(engine.i18n(), Lang::Fr, k))
                    .collect();
                problem(format!(
                    "\"{value}\" is not a known value (for example: {}…)",
                    known.join(", ")
                ));
            }
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

fn parse_bool(cell: &str) -> Option<bool> {
    match fold(cell_text(cell)).as_str() {
        "" | "non" | "no" | "0" | "faux" | "false" | "n" => Some(false),
        "oui" | "yes" | "1" | "vrai" | "true" | "o" | "y" | "x" => Some(true),
        _ => None,
    }
}

/// A consent date: `2026-03-14` or `14/03/2026`, not in the future; Unix seconds at noon
/// (Paris) that day.
fn parse_date(cell: &str, now: i64) -> Result<i64, String> {
    use chrono::{NaiveDate, TimeZone};
    let text = cell_text(cell);
    let date = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .map_err(|_| format!("\"{text}\" is not a date (2026-03-14 or 14/03/2026)"))?;
    let at = crate::i18n::TIME_ZONE
        .from_local_datetime(&date.and_hms_opt(12, 0, 0).unwrap_or_default())
        .single()
        .map(|d| d.timestamp())
        .ok_or_else(|| format!("\"{text}\" is not a date"))?;
    if at > now + 86_400 {
        return Err(format!(
            "{text} is in the future: the date the person agreed"
        ));
    }
    Ok(at)
}

fn parse_person(platform: &str, id: &str) -> Result<(Platform, UserId), (Col, String)> {
    let platform = match fold(cell_text(platform)).as_str() {
        "telegram" => Platform::Telegram,
        "matrix" | "element" => Platform::Matrix,
        other => {
            return Err((
                Col::Platform,
                format!("\"{other}\" is not a platform (telegram or matrix)"),
            ));
        }
    };
    let id = cell_text(id);
    let valid = match platform {
        // Telegram's numeric user id (a @username can change and cannot be written to).
        Platform::Telegram => !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()),
        Platform::Matrix => {
            id.starts_with('@')
                && id[1..]
                    .split_once(':')
                    .is_some_and(|(l, s)| !l.is_empty() && !s.is_empty())
        }
        Platform::Console => false,
    };
    if !valid {
        let expected = match platform {
            Platform::Telegram => "a Telegram user id is a number, such as 123456789",
            _ => "a Matrix id looks like @name:server.org",
        };
        return Err((Col::Id, format!("\"{id}\": {expected}")));
    }
    Ok((platform, UserId(id.to_owned())))
}

/// Reads every row; the valid ones, and every problem.
fn parse(engine: &Engine, content: &str, now: i64) -> (Vec<Row>, Vec<Problem>) {
    let mut problems = Vec::new();
    let (headers, records) = match records(content) {
        Ok(read) => read,
        Err(message) => {
            problems.push(Problem {
                line: 1,
                column: String::new(),
                message,
            });
            return (Vec::new(), problems);
        }
    };
    let mut columns: Vec<Option<Col>> = Vec::new();
    for header in &headers {
        let col = column_of(header);
        if col.is_none() && !header.trim().is_empty() {
            problems.push(Problem {
                line: 1,
                column: header.clone(),
                message: "unknown column (see the README for the columns)".into(),
            });
        }
        columns.push(col);
    }
    for required in REQUIRED {
        if !columns.contains(&Some(required)) {
            let (_, fr, en, _) = COLUMNS.iter().find(|c| c.0 == required).expect("listed");
            problems.push(Problem {
                line: 1,
                column: String::new(),
                message: format!("the column \"{fr}\" (\"{en}\") is missing"),
            });
        }
    }
    if !problems.is_empty() {
        return (Vec::new(), problems);
    }
    let dir = engine.directory();
    let mut seen: Vec<(Platform, UserId, usize)> = Vec::new();
    let mut rows = Vec::new();
    for (line, cells) in records {
        if cells.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let header_of = |col: Col| {
            columns
                .iter()
                .position(|c| *c == Some(col))
                .map(|i| headers[i].clone())
                .unwrap_or_default()
        };
        let cell = |col: Col| {
            columns
                .iter()
                .position(|c| *c == Some(col))
                .and_then(|i| cells.get(i))
                .map_or("", |s| s.as_str())
        };
        let before = problems.len();
        let mut report = |col: Col, message: String| {
            problems.push(Problem {
                line,
                column: header_of(col),
                message,
            });
        };
        for required in REQUIRED {
            if cell_text(cell(required)).is_empty() {
                report(required, "empty: this column is required".into());
            }
        }
        let person = match parse_person(cell(Col::Platform), cell(Col::Id)) {
            Ok(p) => Some(p),
            Err((col, message)) if !cell_text(cell(col)).is_empty() => {
                report(col, message);
                None
            }
            Err(_) => None,
        };
        let consent_at = match parse_date(cell(Col::ConsentDate), now) {
            Ok(at) => Some(at),
            Err(message) if !cell_text(cell(Col::ConsentDate)).is_empty() => {
                report(Col::ConsentDate, message);
                None
            }
            Err(_) => None,
        };
        let mut vocab = |col: Col, vocabulary: &Vocabulary| {
            keys_in(vocabulary, engine, cell(col), &mut |m| report(col, m))
        };
        let roles = vocab(Col::Roles, &dir.roles);
        let conditions = vocab(Col::Conditions, &dir.conditions);
        let languages = vocab(Col::Languages, &dir.languages);
        let missions = vocab(Col::Missions, &dir.missions);
        let trainings = vocab(Col::Training, &dir.trainings);
        if trainings.len() > 1 {
            report(Col::Training, "one training only (the highest)".into());
        }
        let training = trainings.first().cloned().unwrap_or_default();
        if missions.iter().any(|m| m == training::CO_RUNNING_OFFER)
            && !training::can_co_run(&training)
        {
            report(
                Col::Missions,
                "co-running ETP sessions needs the 40-hour ETP training or a DU/DIU \
                 (\"formation\" column)"
                    .into(),
            );
        }
        let mut departments = Vec::new();
        for code in values(cell(Col::Departments)) {
            match geo::department(code) {
                Some(d) => departments.push(d.code.to_owned()),
                None => report(
                    Col::Departments,
                    format!("\"{code}\" is not a department code (31, 2A, 971…)"),
                ),
            }
        }
        departments.sort();
        departments.dedup();
        let online = parse_bool(cell(Col::Online)).unwrap_or_else(|| {
            report(Col::Online, "write oui or non (yes or no)".into());
            false
        });
        let pseudonym = cell_text(cell(Col::Pseudonym)).to_owned();
        if pseudonym.chars().count() > 40 {
            report(Col::Pseudonym, "40 characters at most".into());
        }
        if let Some((platform, user)) = &person {
            match seen.iter().find(|(p, u, _)| p == platform && u == user) {
                Some((_, _, first)) => report(
                    Col::Id,
                    format!("the same person is already on line {first}"),
                ),
                None => seen.push((*platform, user.clone(), line)),
            }
        }
        if problems.len() > before {
            continue;
        }
        let (Some((platform, user)), Some(consent_at)) = (person, consent_at) else {
            continue;
        };
        rows.push(Row {
            line,
            platform,
            user,
            consent_at,
            profile: PartnerProfile {
                pseudonym,
                roles,
                conditions,
                extra_conditions: cell_text(cell(Col::OtherConditions)).to_owned(),
                departments,
                online,
                languages,
                training,
                missions,
                availability: cell_text(cell(Col::Availability)).to_owned(),
                bio: cell_text(cell(Col::Bio)).to_owned(),
                association: cell_text(cell(Col::Association)).to_owned(),
            },
        });
    }
    (rows, problems)
}

/// Rows written per transaction: message handling waits for one batch at most.
/// (50 rows hold SQLite's writer about 25 ms: see `docs/benchmarks.md`.)
const BATCH: usize = 50;

/// Imports the partners of a spreadsheet file's `content`: created or updated (left for
/// review, or approved with `approve`), identical rows untouched; nothing at all when the
/// file has a problem. `dry_run` changes nothing.
pub async fn import(
    engine: &Engine,
    content: &str,
    approve: bool,
    dry_run: bool,
) -> Result<ImportReport, ImportError> {
    let now = crate::store::now();
    let (rows, problems) = parse(engine, content, now);
    let mut report = ImportReport {
        problems,
        ..ImportReport::default()
    };
    if !report.problems.is_empty() {
        return Ok(report);
    }
    for batch in rows.chunks(BATCH) {
        let mut tx = engine.store().begin().await?;
        for row in batch {
            let stored = tx.partner_of(row.platform, &row.user).await?;
            let wanted = if approve {
                PartnerStatus::Approved
            } else {
                PartnerStatus::Pending
            };
            let same = stored.as_ref().is_some_and(|s| {
                s.profile == row.profile
                    && (s.status == wanted || (!approve && s.status == PartnerStatus::Approved))
            });
            if same {
                report.unchanged += 1;
                continue;
            }
            if stored.is_some() {
                report.updated += 1;
            } else {
                report.created += 1;
            }
            if dry_run {
                continue;
            }
            tx.record_consent(
                row.platform,
                &row.user,
                row.consent_at,
                IMPORTED_CONSENT_VERSION,
            )
            .await?;
            let (id, revision) = tx
                .save_partner(row.platform, &row.user, &row.profile)
                .await?;
            if approve {
                tx.decide_partner(id, revision, PartnerStatus::Approved, None)
                    .await?;
            }
            tx.audit(&AuditEntry {
                at: now,
                actor: (Platform::Console, UserId(IMPORTER.into())),
                action: if approve {
                    "profile.import_approved".into()
                } else {
                    "profile.import".into()
                },
                target: format!("profile:{id}"),
                reason: Some(format!("line {}", row.line)),
                chat: None,
            })
            .await?;
        }
        if dry_run {
            tx.rollback().await?;
        } else {
            tx.commit().await?;
        }
    }
    Ok(report)
}

/// Every profile, in the import's format and the reader's language (labels, not keys), as
/// a spreadsheet opens it (see [`crate::features::etp::team::csv`]).
pub async fn export(engine: &Engine, lang: Lang) -> Result<String, StoreError> {
    let mut tx = engine.store().begin_read().await?;
    let partners = tx.all_partners().await?;
    let header: Vec<String> = COLUMNS
        .iter()
        .map(|(_, fr, en, _)| match lang {
            Lang::Fr => (*fr).to_owned(),
            Lang::En => (*en).to_owned(),
        })
        .collect();
    let mut rows = vec![header];
    let dir = engine.directory();
    let i18n = engine.i18n();
    let labels = |v: &Vocabulary, keys: &[String]| {
        keys.iter()
            .map(|k| v.label(i18n, lang, k))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for p in partners {
        let consent = tx
            .user(p.platform, &p.user)
            .await?
            .and_then(|u| u.consent_at)
            .map(|at| crate::i18n::format_day(Lang::Fr, at))
            .unwrap_or_default();
        let f = &p.profile;
        let yes_no = match (f.online, lang) {
            (true, Lang::Fr) => "oui",
            (false, Lang::Fr) => "non",
            (true, Lang::En) => "yes",
            (false, Lang::En) => "no",
        };
        rows.push(vec![
            p.platform.as_str().to_owned(),
            p.user.0.clone(),
            f.pseudonym.clone(),
            labels(&dir.roles, &f.roles),
            labels(&dir.conditions, &f.conditions),
            f.extra_conditions.clone(),
            f.departments.join(", "),
            yes_no.to_owned(),
            labels(&dir.languages, &f.languages),
            if f.training.is_empty() {
                String::new()
            } else {
                dir.trainings.label(i18n, lang, &f.training)
            },
            labels(&dir.missions, &f.missions),
            f.availability.clone(),
            f.bio.clone(),
            f.association.clone(),
            consent,
        ]);
    }
    tx.rollback().await?;
    Ok(crate::features::etp::team::csv(&rows, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_read_in_either_language_and_any_spelling() {
        assert_eq!(column_of("Rôles"), Some(Col::Roles));
        assert_eq!(column_of("ROLES"), Some(Col::Roles));
        assert_eq!(column_of("accord_le"), Some(Col::ConsentDate));
        assert_eq!(column_of("Consent date"), Some(Col::ConsentDate));
        assert_eq!(column_of("Départements"), Some(Col::Departments));
        assert_eq!(column_of("couleur préférée"), None);
    }

    #[test]
    fn dates_are_read_both_ways_and_never_in_the_future() {
        let now = 1_796_632_532; // 2026-12-07
        assert_eq!(parse_date("2026-03-14", now), parse_date("14/03/2026", now));
        assert!(parse_date("2027-01-01", now).is_err());
        assert!(parse_date("14 mars", now).is_err());
    }

    #[test]
    fn ids_are_checked_per_platform() {
        assert!(parse_person("Telegram", "123456").is_ok());
        assert!(parse_person("telegram", "@lea").is_err());
        assert!(parse_person("matrix", "@lea:exemple.org").is_ok());
        assert!(parse_person("matrix", "lea").is_err());
        assert!(parse_person("whatsapp", "123").is_err());
    }
}
