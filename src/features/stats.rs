//! Indicators for coordinators, as regional partnership centres report them: `/stats`
//! (a month, or all time) and `/stats_export` (the last twelve months as CSV).

use crate::core::Attachment;
use crate::features::commands::Command;
use crate::features::directory::department_label;
use crate::features::kit::Ctx;
use crate::features::permanence::schedule::{local_date, local_instant};
use crate::i18n::args;
use crate::store::{Indicators, StoreError};
use chrono::{Datelike, NaiveDate};

/// The first day of a month, and of the next one.
fn month_bounds(year: i32, month: u32) -> Option<(NaiveDate, NaiveDate)> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    Some((first, next))
}

/// A month typed as "2026-11", "11/2026" or "11-2026".
pub fn parse_month(text: &str) -> Option<(i32, u32)> {
    let parts: Vec<&str> = text.trim().split(['-', '/']).collect();
    let [a, b] = parts.as_slice() else {
        return None;
    };
    let (year, month) = if a.len() == 4 { (a, b) } else { (b, a) };
    let year: i32 = year.parse().ok()?;
    let month: u32 = month.parse().ok()?;
    ((2000..=2100).contains(&year) && (1..=12).contains(&month)).then_some((year, month))
}

fn instant(date: NaiveDate) -> i64 {
    local_instant(date, 0).unwrap_or_default()
}

/// The period a coordinator typed ("2026-11", "tout", nothing for this month) as (from,
/// until, its name); `None` after saying how to write one.
pub fn period(ctx: &mut Ctx<'_>, rest: &str) -> Option<(i64, i64, String)> {
    let rest = rest.trim();
    if matches!(
        crate::core::text::fold(rest).as_str(),
        "tout" | "all" | "toujours"
    ) {
        return Some((0, i64::MAX, ctx.t("stats-all-time")));
    }
    let (year, month) = if rest.is_empty() {
        let t = local_date(ctx.now());
        Some((t.year(), t.month()))
    } else {
        parse_month(rest)
    }
    .filter(|(year, month)| month_bounds(*year, *month).is_some())
    .or_else(|| {
        let text = ctx.t("stats-how");
        ctx.reply(text);
        None
    })?;
    let (first, next) = month_bounds(year, month)?;
    Some((instant(first), instant(next), format!("{month:02}/{year}")))
}

/// `/stats [AAAA-MM | tout]`.
pub async fn command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let now = ctx.now();
    let Some((from, until, period)) = period(ctx, rest) else {
        return Ok(());
    };
    let i = ctx.tx.indicators(from, until, now).await?;
    let feedback = ctx.tx.feedback_summary(None, (from, until), now).await?;
    let feedback = crate::features::permanence::feedback::describe(ctx, &feedback);
    let coevaluation =
        crate::features::engagement::evaluation::stats_lines(ctx, (from, until)).await?;
    let mut text = describe(ctx, &i, &period, feedback);
    text.push('\n');
    text.push_str(&ctx.t_args("stats-coevaluation", &args([("programmes", coevaluation)])));
    let choices = vec![ctx.choice("stats-export", Command::StatsExport.data())];
    ctx.reply_with(text, choices);
    Ok(())
}

/// Counts by label as a list in the reader's typography ("Pair-aidant : 19 ; …").
fn counts(ctx: &Ctx<'_>, items: impl Iterator<Item = (String, i64)>) -> String {
    items
        .map(|(label, n)| {
            let mut values = args([("label", label)]);
            values.set("n", n);
            ctx.t_args("stats-item", &values)
        })
        .collect::<Vec<_>>()
        .join(&ctx.t("list-separator"))
}

fn describe(ctx: &Ctx<'_>, i: &Indicators, period: &str, feedback: String) -> String {
    let engine = ctx.services();
    let role = |key: &String| engine.directory().roles.label(engine.i18n(), ctx.lang, key);
    let roles = counts(ctx, i.partners_by_role.iter().map(|(k, n)| (role(k), *n)));
    let departments = counts(
        ctx,
        i.partners_by_department
            .iter()
            .take(10)
            .map(|(code, n)| (department_label(code), *n)),
    );
    let signups = counts(
        ctx,
        i.signups_by_state
            .iter()
            .map(|(state, n)| (ctx.t(&format!("etp-status-{state}")), *n)),
    );
    // "aucun" or "aucune", as the noun it stands for (sign-up requests are feminine).
    let or_none = |s: String, id: &str| if s.is_empty() { ctx.t(id) } else { s };
    let mut values = args([
        ("period", period.to_owned()),
        ("roles", or_none(roles, "stats-none")),
        ("departments", or_none(departments, "stats-none")),
        ("signups", or_none(signups, "stats-none-feminine")),
        ("feedback", feedback),
    ]);
    for (name, n) in [
        ("partners", i.partners),
        ("pending", i.pending_profiles),
        ("contacts", i.contacts_sent),
        ("accepted", i.contacts_accepted),
        ("confirmed", i.bookings_confirmed),
        ("waiting", i.bookings_waiting),
        ("cancelled", i.bookings_cancelled),
        ("meetings", i.meetings_held),
        ("came", i.people_came),
        ("unmarked", i.meetings_unmarked),
        ("applications", i.applications),
        ("selected", i.applications_selected),
    ] {
        values.set(name, n);
    }
    ctx.t_args("stats-report", &values)
}

/// `/stats_export`: the last twelve months, one row each, as CSV.
pub async fn export(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let now = ctx.now();
    let t = local_date(now);
    let mut months = Vec::new();
    let (mut year, mut month) = (t.year(), t.month());
    for _ in 0..12 {
        months.push((year, month));
        if month == 1 {
            year -= 1;
            month = 12;
        } else {
            month -= 1;
        }
    }
    months.reverse();
    let header = [
        "stats-csv-month",
        "stats-csv-contacts",
        "stats-csv-accepted",
        "stats-csv-confirmed",
        "stats-csv-waiting",
        "stats-csv-cancelled",
        "stats-csv-meetings",
        "stats-csv-came",
        "stats-csv-unmarked",
        "stats-csv-signups",
        "stats-csv-enrolled",
        "stats-csv-applications",
        "stats-csv-selected",
    ]
    .map(|id| ctx.t(id));
    let mut rows = vec![header.to_vec()];
    for (year, month) in months {
        let Some((first, next)) = month_bounds(year, month) else {
            continue;
        };
        let i = ctx
            .tx
            .indicators(instant(first), instant(next), now)
            .await?;
        let signups: i64 = i.signups_by_state.iter().map(|(_, n)| n).sum();
        let enrolled = i
            .signups_by_state
            .iter()
            .find(|(s, _)| s == "enrolled")
            .map_or(0, |(_, n)| *n);
        rows.push(
            [
                format!("{year}-{month:02}"),
                i.contacts_sent.to_string(),
                i.contacts_accepted.to_string(),
                i.bookings_confirmed.to_string(),
                i.bookings_waiting.to_string(),
                i.bookings_cancelled.to_string(),
                i.meetings_held.to_string(),
                i.people_came.to_string(),
                i.meetings_unmarked.to_string(),
                signups.to_string(),
                enrolled.to_string(),
                i.applications.to_string(),
                i.applications_selected.to_string(),
            ]
            .to_vec(),
        );
    }
    let text = ctx.t("stats-export-done");
    let content = crate::features::etp::team::csv(&rows, ctx.lang);
    let out = ctx.reply_privately(text);
    out.attachment = Some(Attachment {
        file_name: "pairbot-indicateurs.csv".to_owned(),
        mime: "text/csv".to_owned(),
        content,
    });
    Ok(())
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "stats",
    commands: &[
        crate::features::commands::Command::Stats,
        crate::features::commands::Command::StatsExport,
    ],
    actions: &[],
    dialogues: &[],
    jobs: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_read_both_ways() {
        assert_eq!(parse_month("2026-11"), Some((2026, 11)));
        assert_eq!(parse_month("11/2026"), Some((2026, 11)));
        assert_eq!(parse_month("13/2026"), None);
        assert_eq!(parse_month("novembre"), None);
        assert_eq!(
            month_bounds(2026, 12),
            Some((
                NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                NaiveDate::from_ymd_opt(2027, 1, 1).unwrap()
            ))
        );
    }
}
