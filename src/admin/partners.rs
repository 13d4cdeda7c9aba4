//! `pairbot import partners FILE` and `pairbot export partners`: the directory as a
//! coordination keeps it in a spreadsheet.
//!
//! One row per partner, French or English headers (any case, accents optional), `;` or `,`
//! between cells (as a French or English spreadsheet saves it), with or without a byte-order
//! mark. Several values in a cell are separated by commas (or `|`). Vocabulary cells take
//! the label in either language or the key (`Sclérose en plaques`, `sclerose-en-plaques`).
//! A file with a single problem imports nothing: every problem is listed, by line and
//! column, so the spreadsheet is fixed once.

use super::sheet::{
    ImportReport, Problem, cell_text, finish, header_row, journal, keys_in, labels, parse_bool,
    read, values, yes_no,
};
use crate::app::Engine;
use crate::core::text::fold;
use crate::core::{Platform, UserId};
use crate::features::directory::{geo, training};
use crate::features::vocabulary::Vocabulary;
use crate::i18n::Lang;
use crate::store::{PartnerProfile, PartnerStatus, StoreError};

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

/// One valid row.
#[derive(Debug, Clone)]
struct Row {
    line: usize,
    platform: Platform,
    user: UserId,
    profile: PartnerProfile,
    consent_at: i64,
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
    let sheet = match read(content, &COLUMNS, &REQUIRED) {
        Ok(sheet) => sheet,
        Err(problems) => return (Vec::new(), problems),
    };
    let dir = engine.directory();
    let mut seen: Vec<(Platform, UserId, usize)> = Vec::new();
    sheet.each(&REQUIRED, |line| {
        let person = match parse_person(line.cell(Col::Platform), line.cell(Col::Id)) {
            Ok(p) => Some(p),
            Err((col, message)) if !cell_text(line.cell(col)).is_empty() => {
                line.report(col, message);
                None
            }
            Err(_) => None,
        };
        let consent_at = match parse_date(line.cell(Col::ConsentDate), now) {
            Ok(at) => Some(at),
            Err(message) if !cell_text(line.cell(Col::ConsentDate)).is_empty() => {
                line.report(Col::ConsentDate, message);
                None
            }
            Err(_) => None,
        };
        let mut vocab = |col: Col, vocabulary: &Vocabulary| {
            keys_in(vocabulary, engine, line.cell(col), &mut |m| {
                line.report(col, m)
            })
        };
        let roles = vocab(Col::Roles, &dir.roles);
        let conditions = vocab(Col::Conditions, &dir.conditions);
        let languages = vocab(Col::Languages, &dir.languages);
        let missions = vocab(Col::Missions, &dir.missions);
        let trainings = vocab(Col::Training, &dir.trainings);
        if trainings.len() > 1 {
            line.report(Col::Training, "one training only (the highest)".into());
        }
        let training = trainings.first().cloned().unwrap_or_default();
        if missions.iter().any(|m| m == training::CO_RUNNING_OFFER)
            && !training::can_co_run(&training)
        {
            line.report(
                Col::Missions,
                "co-running ETP sessions needs the 40-hour ETP training or a DU/DIU \
                 (\"formation\" column)"
                    .into(),
            );
        }
        let mut departments = Vec::new();
        for code in values(line.cell(Col::Departments)) {
            match geo::department(code) {
                Some(d) => departments.push(d.code.to_owned()),
                None => line.report(
                    Col::Departments,
                    format!("\"{code}\" is not a department code (31, 2A, 971…)"),
                ),
            }
        }
        departments.sort();
        departments.dedup();
        let online = parse_bool(line.cell(Col::Online)).unwrap_or_else(|| {
            line.report(Col::Online, "write oui or non (yes or no)".into());
            false
        });
        let pseudonym = cell_text(line.cell(Col::Pseudonym)).to_owned();
        if pseudonym.chars().count() > 40 {
            line.report(Col::Pseudonym, "40 characters at most".into());
        }
        if let Some((platform, user)) = &person {
            match seen.iter().find(|(p, u, _)| p == platform && u == user) {
                Some((_, _, first)) => line.report(
                    Col::Id,
                    format!("the same person is already on line {first}"),
                ),
                None => seen.push((*platform, user.clone(), line.number)),
            }
        }
        let (Some((platform, user)), Some(consent_at)) = (person, consent_at) else {
            return None;
        };
        Some(Row {
            line: line.number,
            platform,
            user,
            consent_at,
            profile: PartnerProfile {
                pseudonym,
                roles,
                conditions,
                extra_conditions: cell_text(line.cell(Col::OtherConditions)).to_owned(),
                departments,
                online,
                languages,
                training,
                missions,
                availability: cell_text(line.cell(Col::Availability)).to_owned(),
                bio: cell_text(line.cell(Col::Bio)).to_owned(),
                association: cell_text(line.cell(Col::Association)).to_owned(),
            },
        })
    })
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
            // Unchanged: the same profile, approved, or waiting for review when this
            // import does not approve.
            let same = stored.as_ref().is_some_and(|s| {
                s.profile == row.profile
                    && (s.status == PartnerStatus::Approved
                        || (!approve && s.status == PartnerStatus::Pending))
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
            let action = if approve {
                "profile.import_approved"
            } else {
                "profile.import"
            };
            journal(&mut tx, action, format!("profile:{id}"), row.line).await?;
        }
        finish(tx, dry_run).await?;
    }
    Ok(report)
}

/// Every profile, in the import's format and the reader's language (labels, not keys), as
/// a spreadsheet opens it (see [`crate::features::etp::team::csv`]).
pub async fn export(engine: &Engine, lang: Lang) -> Result<String, StoreError> {
    let mut tx = engine.store().begin_read().await?;
    let partners = tx.all_partners().await?;
    let mut rows = vec![header_row(&COLUMNS, lang)];
    let dir = engine.directory();
    let i18n = engine.i18n();
    for p in partners {
        let consent = tx
            .user(p.platform, &p.user)
            .await?
            .and_then(|u| u.consent_at)
            .map(|at| crate::i18n::format_day(Lang::Fr, at))
            .unwrap_or_default();
        let f = &p.profile;
        rows.push(vec![
            p.platform.as_str().to_owned(),
            p.user.0.clone(),
            f.pseudonym.clone(),
            labels(engine, &dir.roles, lang, &f.roles),
            labels(engine, &dir.conditions, lang, &f.conditions),
            f.extra_conditions.clone(),
            f.departments.join(", "),
            yes_no(f.online, lang),
            labels(engine, &dir.languages, lang, &f.languages),
            if f.training.is_empty() {
                String::new()
            } else {
                dir.trainings.label(i18n, lang, &f.training)
            },
            labels(engine, &dir.missions, lang, &f.missions),
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
    use crate::admin::sheet::column_of;

    #[test]
    fn headers_are_read_in_either_language_and_any_spelling() {
        assert_eq!(column_of(&COLUMNS, "Rôles"), Some(Col::Roles));
        assert_eq!(column_of(&COLUMNS, "ROLES"), Some(Col::Roles));
        assert_eq!(column_of(&COLUMNS, "accord_le"), Some(Col::ConsentDate));
        assert_eq!(column_of(&COLUMNS, "Consent date"), Some(Col::ConsentDate));
        assert_eq!(column_of(&COLUMNS, "Départements"), Some(Col::Departments));
        assert_eq!(column_of(&COLUMNS, "couleur préférée"), None);
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
