//! `pairbot import permanences FILE` and `pairbot export permanences`: weekly permanences a
//! coordination keeps in a spreadsheet (see [`super::sheet`] for how files are read).
//!
//! A row creates a permanence that comes back every week, with its slots for the booking
//! horizon. A permanence with the same title and structure that already exists is left as
//! it is when identical, and is a problem otherwise: people may have booked its slots, so
//! it is changed in the chat (`/mes_permanences`), where those people are told. One-off
//! dates are added in the chat too.

use super::sheet::{
    ImportReport, Problem, cell_text, finish, header_row, journal, keys_in, labels, number_in,
    place, read, values, yes_no,
};
use crate::app::Engine;
use crate::core::text::fold;
use crate::features::permanence::schedule;
use crate::i18n::Lang;
use crate::store::{NewPermanence, PartnerStatus, PermanenceRecord, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Title,
    Structure,
    Address,
    Department,
    Online,
    Link,
    Conditions,
    Hosts,
    Day,
    Hours,
    SlotMinutes,
    Capacity,
    OpenDays,
    CutoffHours,
}

const COLUMNS: [(Col, &str, &str, &[&str]); 14] = [
    (Col::Title, "titre", "title", &["permanence", "nom"]),
    (
        Col::Structure,
        "structure",
        "structure",
        &["établissement", "service"],
    ),
    (Col::Address, "adresse", "address", &["lieu"]),
    (
        Col::Department,
        "département",
        "department",
        &["departement"],
    ),
    (Col::Online, "en ligne", "online", &["a distance", "visio"]),
    (Col::Link, "lien", "link", &["lien visio", "meeting link"]),
    (
        Col::Conditions,
        "situations vécues",
        "conditions",
        &["thèmes", "maladies"],
    ),
    (
        Col::Hosts,
        "hôtes",
        "hosts",
        &["tenue par", "fiches des hôtes", "host profiles"],
    ),
    (Col::Day, "jour", "day", &["jour de la semaine", "weekday"]),
    (Col::Hours, "horaires", "hours", &["heures"]),
    (
        Col::SlotMinutes,
        "durée d'un créneau",
        "slot minutes",
        &["créneau", "durée", "slot"],
    ),
    (
        Col::Capacity,
        "places",
        "capacity",
        &["places par créneau", "capacité"],
    ),
    (
        Col::OpenDays,
        "réservable jours avant",
        "bookable days ahead",
        &["ouverture"],
    ),
    (
        Col::CutoffHours,
        "annulation heures avant",
        "cancellation hours before",
        &["annulation"],
    ),
];

const REQUIRED: [Col; 6] = [
    Col::Title,
    Col::Structure,
    Col::Day,
    Col::Hours,
    Col::SlotMinutes,
    Col::Capacity,
];

/// Weekdays as written, ISO numbering (1 = Monday).
const DAYS: [(u8, &str, &str); 7] = [
    (1, "lundi", "monday"),
    (2, "mardi", "tuesday"),
    (3, "mercredi", "wednesday"),
    (4, "jeudi", "thursday"),
    (5, "vendredi", "friday"),
    (6, "samedi", "saturday"),
    (7, "dimanche", "sunday"),
];

fn parse_day(cell: &str) -> Option<u8> {
    let key = fold(cell_text(cell));
    DAYS.iter()
        .find(|(n, fr, en)| key == *fr || key == *en || key == n.to_string())
        .map(|(n, _, _)| *n)
}

struct Row {
    line: usize,
    permanence: NewPermanence,
}

/// The valid rows, every problem, and every host named (line, profile number), checked
/// against the directory even on a line with other problems, with the hosts column's
/// header as the file writes it.
type Parsed = (Vec<Row>, Vec<Problem>, Vec<(usize, i64)>, String);

fn parse(engine: &Engine, content: &str) -> Parsed {
    let sheet = match read(content, &COLUMNS, &REQUIRED) {
        Ok(sheet) => sheet,
        Err(problems) => return (Vec::new(), problems, Vec::new(), String::new()),
    };
    let mut named_hosts = Vec::new();
    let (rows, problems) = sheet.each(&REQUIRED, |line| {
        let mut numbered = |col: Col, range, what: &str, default: i64| {
            if cell_text(line.cell(col)).is_empty() {
                return default;
            }
            number_in(line.cell(col), range, what).unwrap_or_else(|m| {
                line.report(col, m);
                default
            })
        };
        let slot_minutes = numbered(Col::SlotMinutes, 10..=240, "minutes per slot", 0);
        let capacity = numbered(Col::Capacity, 1..=100, "places per slot", 0);
        let open_days = numbered(Col::OpenDays, 1..=180, "days ahead", 28);
        let cutoff_hours = numbered(Col::CutoffHours, 0..=168, "hours before", 24);
        let day = parse_day(line.cell(Col::Day));
        if day.is_none() && !cell_text(line.cell(Col::Day)).is_empty() {
            line.report(
                Col::Day,
                "a day of the week: lundi… dimanche (monday… sunday)".into(),
            );
        }
        let hours = schedule::parse_hours(cell_text(line.cell(Col::Hours)));
        if hours.is_none() && !cell_text(line.cell(Col::Hours)).is_empty() {
            line.report(
                Col::Hours,
                "opening hours such as 14h-17h or 9:30-12:00".into(),
            );
        }
        if let Some((start, end)) = hours
            && slot_minutes > 0
            && i64::from(end - start) < slot_minutes
        {
            line.report(Col::SlotMinutes, "longer than the opening hours".into());
        }
        let place = place(
            line.cell(Col::Department),
            line.cell(Col::Online),
            "a permanence",
        );
        if let Some(m) = place.online_problem {
            line.report(Col::Online, m);
        }
        if let Some(m) = place.department_problem {
            line.report(Col::Department, m);
        }
        let (department, online) = (place.department, place.online);
        let link = match cell_text(line.cell(Col::Link)) {
            "" => None,
            l if l.starts_with("https://") => Some(l.to_owned()),
            l => {
                line.report(Col::Link, format!("\"{l}\" is not an https:// link"));
                None
            }
        };
        let mut hosts = Vec::new();
        for n in values(line.cell(Col::Hosts)) {
            match n.trim_start_matches(['n', 'N', '°', ' ']).parse::<i64>() {
                Ok(n) if n > 0 => hosts.push(n),
                _ => line.report(Col::Hosts, format!("\"{n}\" is not a profile number")),
            }
        }
        hosts.sort_unstable();
        hosts.dedup();
        named_hosts.extend(hosts.iter().map(|h| (line.number, *h)));
        let themes = keys_in(
            &engine.directory().conditions,
            engine,
            line.cell(Col::Conditions),
            &mut |m| line.report(Col::Conditions, m),
        );
        let (Some(day), Some((start, end))) = (day, hours) else {
            return None;
        };
        Some(Row {
            line: line.number,
            permanence: NewPermanence {
                title: cell_text(line.cell(Col::Title)).to_owned(),
                structure: cell_text(line.cell(Col::Structure)).to_owned(),
                address: cell_text(line.cell(Col::Address)).to_owned(),
                online,
                link,
                department,
                themes,
                hosts,
                weekly: Some((day, start, end)),
                slot_minutes,
                capacity,
                open_days,
                cutoff_minutes: cutoff_hours * 60,
            },
        })
    });
    (rows, problems, named_hosts, sheet.header_of(Col::Hosts))
}

fn same_name(stored: &PermanenceRecord, new: &NewPermanence) -> bool {
    fold(&stored.details.title) == fold(&new.title)
        && fold(&stored.details.structure) == fold(&new.structure)
}

fn sorted(mut p: NewPermanence) -> NewPermanence {
    p.themes.sort();
    p.themes.dedup();
    p.hosts.sort_unstable();
    p.hosts.dedup();
    p
}

/// Imports the weekly permanences of a spreadsheet file's `content` (see the module);
/// nothing at all when the file has a problem; `dry_run` changes nothing.
pub async fn import(
    engine: &Engine,
    content: &str,
    dry_run: bool,
) -> Result<ImportReport, StoreError> {
    let (rows, mut problems, hosts, hosts_header) = parse(engine, content);
    let mut tx = engine.store().begin().await?;
    let stored = tx.active_permanences().await?;
    for (line, host) in hosts {
        let approved = tx
            .partner(host)
            .await?
            .is_some_and(|p| p.status == PartnerStatus::Approved);
        if !approved {
            problems.push(Problem {
                line,
                column: hosts_header.clone(),
                message: format!("no approved partner profile n° {host}"),
            });
        }
    }
    problems.sort_by_key(|p| p.line);
    for row in &rows {
        if let Some(existing) = stored.iter().find(|p| same_name(p, &row.permanence))
            && sorted(existing.details.clone()) != sorted(row.permanence.clone())
        {
            problems.push(Problem {
                line: row.line,
                column: String::new(),
                message: format!(
                    "permanence n° {} has this title with other details: change it in the chat \
                     (/mes_permanences), where people who booked are told",
                    existing.id
                ),
            });
        }
    }
    let mut report = ImportReport {
        problems,
        ..ImportReport::default()
    };
    if !report.problems.is_empty() {
        tx.rollback().await?;
        return Ok(report);
    }
    let now = crate::store::now();
    for row in rows {
        if stored.iter().any(|p| same_name(p, &row.permanence)) {
            report.unchanged += 1;
            continue;
        }
        report.created += 1;
        let id = tx.create_permanence(&row.permanence, now).await?;
        if let Some(record) = tx.permanence(id).await? {
            crate::features::permanence::booking::ensure_slots(&mut tx, &record, now).await?;
        }
        journal(
            &mut tx,
            "permanence.import",
            format!("permanence:{id}"),
            row.line,
        )
        .await?;
    }
    finish(tx, dry_run).await?;
    Ok(report)
}

/// Every active weekly permanence, in the import's format and `lang`.
pub async fn export(engine: &Engine, lang: Lang) -> Result<String, StoreError> {
    let mut tx = engine.store().begin_read().await?;
    let permanences = tx.active_permanences().await?;
    tx.rollback().await?;
    let conditions = &engine.directory().conditions;
    let mut rows = vec![header_row(&COLUMNS, lang)];
    for p in permanences {
        let d = &p.details;
        let Some((day, start, end)) = d.weekly else {
            continue;
        };
        let day = DAYS
            .iter()
            .find(|(n, _, _)| *n == day)
            .map(|(_, fr, en)| if lang == Lang::Fr { *fr } else { *en })
            .unwrap_or_default();
        rows.push(vec![
            d.title.clone(),
            d.structure.clone(),
            d.address.clone(),
            d.department.clone().unwrap_or_default(),
            yes_no(d.online, lang),
            d.link.clone().unwrap_or_default(),
            labels(engine, conditions, lang, &d.themes),
            d.hosts
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            day.to_owned(),
            format!("{}-{}", schedule::clock(start), schedule::clock(end)),
            d.slot_minutes.to_string(),
            d.capacity.to_string(),
            d.open_days.to_string(),
            (d.cutoff_minutes / 60).to_string(),
        ]);
    }
    Ok(crate::features::etp::team::csv(&rows, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_read_in_either_language() {
        assert_eq!(parse_day("Jeudi"), Some(4));
        assert_eq!(parse_day("sunday"), Some(7));
        assert_eq!(parse_day("3"), Some(3));
        assert_eq!(parse_day("jeu"), None);
    }
}
