//! What every spreadsheet import shares: reading a CSV file as French and English
//! spreadsheets save it, headers in either language, cells, and the report of what was done
//! or what is wrong, by line and column.

use crate::app::Engine;
use crate::core::text::fold;
use crate::core::{Platform, UserId};
use crate::features::vocabulary::{Lookup, Vocabulary};
use crate::i18n::Lang;
use crate::store::{AuditEntry, StoreError, Tx};

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
    /// New rows.
    pub created: usize,
    /// Rows that changed what was stored.
    pub updated: usize,
    /// Rows identical to what is stored.
    pub unchanged: usize,
    /// Every problem found; when there is one, nothing was imported.
    pub problems: Vec<Problem>,
}

impl ImportReport {
    /// The report for a terminal.
    pub fn render(&self, dry_run: bool, what: &str) -> String {
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
            "{} new, {} updated, {} unchanged {what} {verb} imported{}.\n",
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

pub(super) fn header_key(text: &str) -> String {
    fold(text)
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// A table's columns: each with the French header an export writes, the English one, and
/// other spellings accepted (compared by [`header_key`]).
pub(super) type Columns<C> = [(C, &'static str, &'static str, &'static [&'static str])];

/// The column a header names.
pub(super) fn column_of<C: Copy>(columns: &Columns<C>, header: &str) -> Option<C> {
    let key = header_key(header);
    columns.iter().find_map(|(col, fr, en, others)| {
        (header_key(fr) == key
            || header_key(en) == key
            || others.iter().any(|o| header_key(o) == key))
        .then_some(*col)
    })
}

/// A file read against a table's columns: each header's column, and the rows; or the
/// problems that stop it before any row (unreadable, unknown or missing columns).
pub(super) struct Read<C> {
    pub headers: Vec<String>,
    pub columns: Vec<Option<C>>,
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Reads `content` against `columns`, `required` among them.
pub(super) fn read<C: Copy + PartialEq>(
    content: &str,
    columns: &Columns<C>,
    required: &[C],
) -> Result<Read<C>, Vec<Problem>> {
    let whole = |message: String, column: String| Problem {
        line: 1,
        column,
        message,
    };
    let (headers, rows) = records(content).map_err(|m| vec![whole(m, String::new())])?;
    let mut problems = Vec::new();
    let found: Vec<Option<C>> = headers.iter().map(|h| column_of(columns, h)).collect();
    for (header, col) in headers.iter().zip(&found) {
        if col.is_none() && !header.trim().is_empty() {
            problems.push(whole(
                "unknown column (see the README for the columns)".into(),
                header.clone(),
            ));
        }
    }
    for want in required {
        if !found.contains(&Some(*want)) {
            let (_, fr, en, _) = columns.iter().find(|c| c.0 == *want).expect("listed");
            problems.push(whole(
                format!("the column \"{fr}\" (\"{en}\") is missing"),
                String::new(),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Read {
        headers,
        columns: found,
        rows,
    })
}

impl<C: Copy + PartialEq> Read<C> {
    /// The header of `col` as the file writes it.
    pub fn header_of(&self, col: C) -> String {
        self.columns
            .iter()
            .position(|c| *c == Some(col))
            .map(|i| self.headers[i].clone())
            .unwrap_or_default()
    }

    /// The cell of `col` in `cells` ("" when the column or the cell is absent).
    pub fn cell<'a>(&self, cells: &'a [String], col: C) -> &'a str {
        self.columns
            .iter()
            .position(|c| *c == Some(col))
            .and_then(|i| cells.get(i))
            .map_or("", |s| s.as_str())
    }
}

/// A file's header cells, and each line's number with its cells.
pub(super) type Sheet = (Vec<String>, Vec<(usize, Vec<String>)>);

/// The file's cells, its separator guessed from the header line.
pub(super) fn records(content: &str) -> Result<Sheet, String> {
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
pub(super) fn cell_text(cell: &str) -> &str {
    let cell = cell.trim();
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => cell,
    }
}

pub(super) fn values(cell: &str) -> Vec<&str> {
    cell_text(cell)
        .split([',', '|', ';'])
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .collect()
}

/// The keys of a vocabulary a cell names; the problems otherwise.
pub(super) fn keys_in(
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

pub(super) fn parse_bool(cell: &str) -> Option<bool> {
    match fold(cell_text(cell)).as_str() {
        "" | "non" | "no" | "0" | "faux" | "false" | "n" => Some(false),
        "oui" | "yes" | "1" | "vrai" | "true" | "o" | "y" | "x" => Some(true),
        _ => None,
    }
}

/// Who the coordinators' journal names for an import.
const IMPORTER: &str = "import";

/// Journals that line `line` of an import did `action` to `target` (`profile:12`).
pub(super) async fn journal(
    tx: &mut Tx,
    action: &str,
    target: String,
    line: usize,
) -> Result<(), StoreError> {
    tx.audit(&AuditEntry {
        at: crate::store::now(),
        actor: (Platform::Console, UserId(IMPORTER.into())),
        action: action.to_owned(),
        target,
        reason: Some(format!("line {line}")),
        chat: None,
    })
    .await
}

/// Ends an import's transaction: kept, or undone for a dry run.
pub(super) async fn finish(tx: Tx, dry_run: bool) -> Result<(), StoreError> {
    if dry_run {
        tx.rollback().await
    } else {
        tx.commit().await
    }
}

/// The header row an export writes, in `lang`.
pub(super) fn header_row<C>(columns: &Columns<C>, lang: Lang) -> Vec<String> {
    columns
        .iter()
        .map(|(_, fr, en, _)| match lang {
            Lang::Fr => (*fr).to_owned(),
            Lang::En => (*en).to_owned(),
        })
        .collect()
}

/// A yes-or-no cell as an import reads it back.
pub(super) fn yes_no(value: bool, lang: Lang) -> String {
    match (value, lang) {
        (true, Lang::Fr) => "oui",
        (false, Lang::Fr) => "non",
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
    }
    .to_owned()
}

/// Where a programme or a permanence takes place, read from its `département` and
/// `en ligne` cells: the department code and whether it is online, or the problem of each
/// cell (a bad code, a bad yes/no, neither given).
pub(super) struct Place {
    pub department: Option<String>,
    pub online: bool,
    pub department_problem: Option<String>,
    pub online_problem: Option<String>,
}

/// Reads a [`Place`]; `what` names the thing ("a programme").
pub(super) fn place(department: &str, online: &str, what: &str) -> Place {
    let (online, online_problem) = match parse_bool(online) {
        Some(b) => (b, None),
        None => (false, Some("write oui or non (yes or no)".to_owned())),
    };
    let code = cell_text(department);
    let (department, mut department_problem) = match code {
        "" => (None, None),
        code => match crate::features::directory::geo::department(code) {
            Some(d) => (Some(d.code.to_owned()), None),
            None => (
                None,
                Some(format!(
                    "\"{code}\" is not a department code (31, 2A, 971…)"
                )),
            ),
        },
    };
    if code.is_empty() && !online {
        department_problem = Some(format!(
            "{what} takes place in a department, or online (\"en ligne\": oui)"
        ));
    }
    Place {
        department,
        online,
        department_problem,
        online_problem,
    }
}

/// One line of a sheet being read: its cells, and the problems found on it.
pub(super) struct Line<'s, C> {
    /// The spreadsheet's line number.
    pub number: usize,
    cells: &'s [String],
    sheet: &'s Read<C>,
    found: Vec<Problem>,
}

impl<'s, C: Copy + PartialEq> Line<'s, C> {
    /// The cell of `col` ("" when absent).
    pub fn cell(&self, col: C) -> &'s str {
        self.sheet.cell(self.cells, col)
    }

    /// Notes a problem in the cell of `col`.
    pub fn report(&mut self, col: C, message: String) {
        self.found.push(Problem {
            line: self.number,
            column: self.sheet.header_of(col),
            message,
        });
    }
}

impl<C: Copy + PartialEq> Read<C> {
    /// Reads every line that is not blank with `row`: each required cell left empty is a
    /// problem, and a line with a problem gives no row. The rows, and every problem.
    pub fn each<R>(
        &self,
        required: &[C],
        mut row: impl FnMut(&mut Line<'_, C>) -> Option<R>,
    ) -> (Vec<R>, Vec<Problem>) {
        let (mut rows, mut problems) = (Vec::new(), Vec::new());
        for (number, cells) in &self.rows {
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            let mut line = Line {
                number: *number,
                cells,
                sheet: self,
                found: Vec::new(),
            };
            for col in required {
                if cell_text(line.cell(*col)).is_empty() {
                    line.report(*col, "empty: this column is required".into());
                }
            }
            let made = row(&mut line);
            match made {
                Some(made) if line.found.is_empty() => rows.push(made),
                _ => problems.append(&mut line.found),
            }
        }
        (rows, problems)
    }
}

/// A whole number in `range`, or the problem to report.
pub(super) fn number_in(
    cell: &str,
    range: std::ops::RangeInclusive<i64>,
    what: &str,
) -> Result<i64, String> {
    match cell_text(cell).parse::<i64>() {
        Ok(n) if range.contains(&n) => Ok(n),
        _ => Err(format!(
            "{what}: a number from {} to {}",
            range.start(),
            range.end()
        )),
    }
}

/// A cell naming `keys` of `vocabulary` by their labels in `lang`, as an import reads them
/// back.
pub(super) fn labels(
    engine: &Engine,
    vocabulary: &Vocabulary,
    lang: Lang,
    keys: &[String],
) -> String {
    keys.iter()
        .map(|k| vocabulary.label(engine.i18n(), lang, k))
        .collect::<Vec<_>>()
        .join(", ")
}
