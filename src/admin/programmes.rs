//! `pairbot import programmes FILE` and `pairbot export programmes`: the ETP programmes a
//! coordination keeps in a spreadsheet (see [`super::sheet`] for how files are read).
//!
//! A row updates the programme of its `numéro` when it has one, else the programme with the
//! same title and structure, else creates one (open to sign-ups). Sign-up handlers are
//! chosen in the chat afterwards, as for a programme created there.

use super::sheet::{
    ImportReport, Problem, cell_text, finish, header_row, journal, keys_in, labels, number_in,
    parse_bool, place, read, yes_no,
};
use crate::app::Engine;
use crate::core::text::fold;
use crate::i18n::Lang;
use crate::store::{NewProgramme, ProgrammeRecord, StoreError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Col {
    Number,
    Title,
    Structure,
    Team,
    Address,
    Department,
    Online,
    Format,
    Rhythm,
    Capacity,
    CoRun,
    Description,
    Conditions,
}

const COLUMNS: [(Col, &str, &str, &[&str]); 13] = [
    (Col::Number, "numéro", "number", &["n°", "no"]),
    (Col::Title, "titre", "title", &["programme", "nom"]),
    (
        Col::Structure,
        "structure",
        "structure",
        &["établissement", "porteur"],
    ),
    (Col::Team, "équipe", "team", &[]),
    (Col::Address, "adresse", "address", &["lieu"]),
    (
        Col::Department,
        "département",
        "department",
        &["departement"],
    ),
    (
        Col::Online,
        "en ligne",
        "online",
        &["a distance", "distanciel"],
    ),
    (Col::Format, "format", "format", &["séances"]),
    (Col::Rhythm, "rythme", "rhythm", &["dates", "calendrier"]),
    (Col::Capacity, "places", "capacity", &["capacité"]),
    (
        Col::CoRun,
        "co-animé",
        "co-run",
        &[
            "co anime par des patients partenaires",
            "patients partenaires",
        ],
    ),
    (
        Col::Description,
        "description",
        "description",
        &["présentation"],
    ),
    (
        Col::Conditions,
        "situations vécues",
        "conditions",
        &["maladies", "pathologies", "thèmes"],
    ),
];

const REQUIRED: [Col; 6] = [
    Col::Title,
    Col::Structure,
    Col::Format,
    Col::Rhythm,
    Col::Capacity,
    Col::Description,
];

/// The formats, each with the words a spreadsheet may hold for it.
const FORMATS: [(&str, &[&str]); 3] = [
    (
        "collective",
        &[
            "collectif",
            "collectives",
            "collective",
            "groupe",
            "séances collectives",
        ],
    ),
    (
        "individual",
        &[
            "individuel",
            "individuelles",
            "individual",
            "séances individuelles",
        ],
    ),
    (
        "both",
        &[
            "les deux",
            "mixte",
            "both",
            "collectif et individuel",
            "séances collectives et individuelles",
        ],
    ),
];

fn parse_format(cell: &str) -> Option<&'static str> {
    let key = fold(cell_text(cell));
    FORMATS
        .iter()
        .find(|(k, words)| fold(k) == key || words.iter().any(|w| fold(w) == key))
        .map(|(k, _)| *k)
}

struct Row {
    line: usize,
    number: Option<i64>,
    programme: NewProgramme,
}

fn parse(engine: &Engine, content: &str) -> (Vec<Row>, Vec<Problem>) {
    let sheet = match read(content, &COLUMNS, &REQUIRED) {
        Ok(sheet) => sheet,
        Err(problems) => return (Vec::new(), problems),
    };
    sheet.each(&REQUIRED, |line| {
        let number = match cell_text(line.cell(Col::Number)) {
            "" => None,
            n => match n.trim_start_matches(['n', 'N', '°', ' ']).parse::<i64>() {
                Ok(n) if n > 0 => Some(n),
                _ => {
                    line.report(Col::Number, format!("\"{n}\" is not a programme number"));
                    None
                }
            },
        };
        let format = parse_format(line.cell(Col::Format));
        if format.is_none() && !cell_text(line.cell(Col::Format)).is_empty() {
            line.report(
                Col::Format,
                "collectif, individuel or les deux (collective, individual or both)".into(),
            );
        }
        let capacity = match cell_text(line.cell(Col::Capacity)) {
            "" => 0,
            n => number_in(n, 1..=500, "places").unwrap_or_else(|m| {
                line.report(Col::Capacity, m);
                0
            }),
        };
        let place = place(
            line.cell(Col::Department),
            line.cell(Col::Online),
            "a programme",
        );
        if let Some(m) = place.online_problem {
            line.report(Col::Online, m);
        }
        if let Some(m) = place.department_problem {
            line.report(Col::Department, m);
        }
        let (department, online) = (place.department, place.online);
        let co_run = parse_bool(line.cell(Col::CoRun)).unwrap_or_else(|| {
            line.report(Col::CoRun, "write oui or non (yes or no)".into());
            false
        });
        let themes = keys_in(
            &engine.directory().conditions,
            engine,
            line.cell(Col::Conditions),
            &mut |m| line.report(Col::Conditions, m),
        );
        Some(Row {
            line: line.number,
            number,
            programme: NewProgramme {
                title: cell_text(line.cell(Col::Title)).to_owned(),
                structure: cell_text(line.cell(Col::Structure)).to_owned(),
                team: cell_text(line.cell(Col::Team)).to_owned(),
                address: cell_text(line.cell(Col::Address)).to_owned(),
                department,
                online,
                format: format.unwrap_or_default().to_owned(),
                rhythm: cell_text(line.cell(Col::Rhythm)).to_owned(),
                capacity,
                co_run,
                description: cell_text(line.cell(Col::Description)).to_owned(),
                themes,
            },
        })
    })
}

/// The stored programme a row is about: its number, else the same title and structure.
fn matching<'a>(stored: &'a [ProgrammeRecord], row: &Row) -> Option<&'a ProgrammeRecord> {
    match row.number {
        Some(n) => stored.iter().find(|p| p.id == n),
        None => stored.iter().find(|p| {
            fold(&p.details.title) == fold(&row.programme.title)
                && fold(&p.details.structure) == fold(&row.programme.structure)
        }),
    }
}

fn sorted(mut p: NewProgramme) -> NewProgramme {
    p.themes.sort();
    p.themes.dedup();
    p
}

/// Imports the programmes of a spreadsheet file's `content` (see the module); nothing at
/// all when the file has a problem; `dry_run` changes nothing.
pub async fn import(
    engine: &Engine,
    content: &str,
    dry_run: bool,
) -> Result<ImportReport, StoreError> {
    let (rows, mut problems) = parse(engine, content);
    let mut tx = engine.store().begin().await?;
    let stored = tx.programmes(true).await?;
    for row in &rows {
        if let Some(n) = row.number
            && matching(&stored, row).is_none()
        {
            problems.push(Problem {
                line: row.line,
                column: "numéro".into(),
                message: format!("there is no programme n° {n} (leave it empty to create one)"),
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
    // A coordination has tens of programmes: one transaction.
    for row in rows {
        let wanted = sorted(row.programme);
        let id = match matching(
            &stored,
            &Row {
                programme: wanted.clone(),
                ..row
            },
        ) {
            Some(p) if sorted(p.details.clone()) == wanted => {
                report.unchanged += 1;
                continue;
            }
            Some(p) => {
                report.updated += 1;
                tx.update_programme(p.id, &wanted).await?;
                p.id
            }
            None => {
                report.created += 1;
                tx.create_programme(&wanted, &[], now).await?
            }
        };
        journal(
            &mut tx,
            "programme.import",
            format!("programme:{id}"),
            row.line,
        )
        .await?;
    }
    finish(tx, dry_run).await?;
    Ok(report)
}

/// Every programme, open or closed, in the import's format and `lang`.
pub async fn export(engine: &Engine, lang: Lang) -> Result<String, StoreError> {
    let mut tx = engine.store().begin_read().await?;
    let programmes = tx.programmes(true).await?;
    tx.rollback().await?;
    let header = header_row(&COLUMNS, lang);
    let format = |f: &str| match (f, lang) {
        ("collective", Lang::Fr) => "collectif",
        ("individual", Lang::Fr) => "individuel",
        ("both", Lang::Fr) => "les deux",
        ("collective", Lang::En) => "collective",
        ("individual", Lang::En) => "individual",
        _ => "both",
    };
    let conditions = &engine.directory().conditions;
    let mut rows = vec![header];
    for p in programmes {
        let d = &p.details;
        rows.push(vec![
            p.id.to_string(),
            d.title.clone(),
            d.structure.clone(),
            d.team.clone(),
            d.address.clone(),
            d.department.clone().unwrap_or_default(),
            yes_no(d.online, lang),
            format(&d.format).to_owned(),
            d.rhythm.clone(),
            d.capacity.to_string(),
            yes_no(d.co_run, lang),
            d.description.clone(),
            labels(engine, conditions, lang, &d.themes),
        ]);
    }
    Ok(crate::features::etp::team::csv(&rows, lang))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_read_in_either_language() {
        assert_eq!(parse_format("Collectif"), Some("collective"));
        assert_eq!(parse_format("les deux"), Some("both"));
        assert_eq!(parse_format("individual"), Some("individual"));
        assert_eq!(parse_format("en visio"), None);
    }
}
