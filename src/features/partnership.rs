//! Partnership indicators per structure (`/partenariat`, coordinators), as the sources
//! suggest evaluating the level of partnership: programmes co-run and permanences held by
//! partner patients, missions by kind and by level of the continuum of engagement, the
//! partners engaged and how many are trained, and what people said after the permanences
//! (above the anonymity floor). A CSV file with one row per structure comes with it.

use crate::core::Attachment;
use crate::features::directory::training::ETP_40H;
use crate::features::engagement::training::path_qualifies;
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{StoreError, StructureActivity};

/// The level of the continuum of engagement a kind of mission belongs to. The continuum
/// goes from consultation (patients' views are asked), through collaboration (patients
/// contribute to what professionals lead) to partnership (patients decide and build with
/// them), in care, organisation and policy alike (Pomey et al., « Le Montreal model »,
/// Santé Publique, 2015; COPS Occitanie, 2019).
pub fn continuum_level(kind: &str) -> &'static str {
    match kind {
        "temoignage" | "focus-group" => "consultation",
        "co-animation" | "formation" | "groupe-de-travail" | "recherche" => "collaboration",
        _ => "partnership",
    }
}

/// The levels, in order.
const LEVELS: [&str; 3] = ["consultation", "collaboration", "partnership"];

/// One structure's indicators, computed.
struct Row {
    activity: StructureActivity,
    trained: usize,
    feedback: crate::store::FeedbackSummary,
}

/// `/partenariat [AAAA-MM | tout]`.
pub async fn command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let Some((from, until, period)) = crate::features::stats::period(ctx, rest) else {
        return Ok(());
    };
    let paths = ctx.tx.approved_paths().await?;
    let mut rows = Vec::new();
    for activity in ctx.tx.structure_activity((from, until)).await? {
        // A scoped coordinator reads their own structure only.
        if !ctx.covers(&activity.structure) {
            continue;
        }
        let trained = activity
            .partners
            .iter()
            .filter(|id| {
                paths.iter().any(|(p, _, profile, recorded)| {
                    *p == **id
                        && (path_qualifies(ETP_40H, recorded)
                            || path_qualifies(ETP_40H, std::slice::from_ref(profile)))
                })
            })
            .count();
        let feedback = ctx
            .tx
            .feedback_summary(Some(&activity.hosted_ids), (from, until), ctx.now())
            .await?;
        rows.push(Row {
            activity,
            trained,
            feedback,
        });
    }
    if rows.is_empty() {
        let text = ctx.t_args("partnership-none", &args([("period", period)]));
        ctx.reply(text);
        return Ok(());
    }
    let mut text = ctx.t_args("partnership-heading", &args([("period", period.clone())]));
    for row in &rows {
        text.push_str("\n\n");
        text.push_str(&describe(ctx, row));
    }
    let content = csv(ctx, &rows);
    let out = ctx.reply_privately(text);
    out.attachment = Some(Attachment {
        file_name: "pairbot-partenariat.csv".to_owned(),
        mime: "text/csv".to_owned(),
        content,
    });
    Ok(())
}

/// A structure's name, or the coordination's own missions' when empty.
fn structure_name(ctx: &Ctx<'_>, structure: &str) -> String {
    if structure.is_empty() {
        ctx.t("partnership-no-structure")
    } else {
        structure.to_owned()
    }
}

/// Missions by level, each with its kinds ("collaboration : 2 (co-animation : 1 ; …)").
fn levels(ctx: &Ctx<'_>, missions: &[(String, i64)]) -> Vec<(String, i64, String)> {
    LEVELS
        .iter()
        .map(|level| {
            let of_level: Vec<&(String, i64)> = missions
                .iter()
                .filter(|(kind, _)| continuum_level(kind) == *level)
                .collect();
            let total = of_level.iter().map(|(_, n)| n).sum();
            let kinds = of_level
                .iter()
                .map(|(kind, n)| {
                    let mut values = args([("label", ctx.t(&format!("mission-kind-{kind}")))]);
                    values.set("n", *n);
                    ctx.t_args("stats-item", &values)
                })
                .collect::<Vec<_>>()
                .join(&ctx.t("list-separator"));
            (ctx.t(&format!("continuum-{level}")), total, kinds)
        })
        .collect()
}

fn describe(ctx: &Ctx<'_>, row: &Row) -> String {
    let a = &row.activity;
    let missions = levels(ctx, &a.missions_by_kind)
        .into_iter()
        .map(|(level, total, kinds)| {
            let mut values = args([("level", level), ("kinds", kinds)]);
            values.set("n", total);
            ctx.t_args("partnership-level", &values)
        })
        .collect::<Vec<_>>()
        .join(&ctx.t("list-separator"));
    let mut values = args([
        ("structure", structure_name(ctx, &a.structure)),
        ("missions", missions),
        ("feedback", feedback(ctx, &row.feedback)),
    ]);
    for (name, n) in [
        ("programmes", a.programmes),
        ("co_run", a.programmes_co_run),
        ("permanences", a.permanences),
        ("hosted", a.permanences_hosted),
        ("partners", a.partners.len() as i64),
        ("trained", row.trained as i64),
    ] {
        values.set(name, n);
    }
    ctx.t_args("partnership-structure", &values)
}

/// Feedback in a few words: the mean and the count, or that there is not enough yet (the
/// heading says why).
fn feedback(ctx: &Ctx<'_>, summary: &crate::store::FeedbackSummary) -> String {
    match summary.mean {
        Some(mean) => {
            let mut values = args([(
                "mean",
                crate::features::permanence::feedback::one_decimal(ctx, mean),
            )]);
            values.set("answers", summary.answers);
            ctx.t_args("partnership-feedback", &values)
        }
        None => ctx.t("partnership-feedback-none"),
    }
}

/// One row per structure, for a spreadsheet.
fn csv(ctx: &Ctx<'_>, rows: &[Row]) -> String {
    let mut header: Vec<String> = [
        "partnership-csv-structure",
        "partnership-csv-programmes",
        "partnership-csv-co-run",
        "partnership-csv-permanences",
        "partnership-csv-hosted",
    ]
    .iter()
    .map(|id| ctx.t(id))
    .collect();
    header.extend(LEVELS.iter().map(|l| ctx.t(&format!("continuum-{l}"))));
    header.extend(
        [
            "partnership-csv-partners",
            "partnership-csv-trained",
            "partnership-csv-answers",
            "partnership-csv-mean",
        ]
        .iter()
        .map(|id| ctx.t(id)),
    );
    let mut table = vec![header];
    for row in rows {
        let a = &row.activity;
        let mut line = vec![
            structure_name(ctx, &a.structure),
            a.programmes.to_string(),
            a.programmes_co_run.to_string(),
            a.permanences.to_string(),
            a.permanences_hosted.to_string(),
        ];
        line.extend(
            levels(ctx, &a.missions_by_kind)
                .into_iter()
                .map(|(_, n, _)| n.to_string()),
        );
        line.push(a.partners.len().to_string());
        line.push(row.trained.to_string());
        line.push(row.feedback.answers.to_string());
        line.push(
            row.feedback
                .mean
                .map(|m| crate::features::permanence::feedback::one_decimal(ctx, m))
                .unwrap_or_default(),
        );
        table.push(line);
    }
    crate::features::etp::team::csv(&table, ctx.lang)
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "partnership",
    commands: &[crate::features::commands::Command::Partnership],
    actions: &[],
    dialogues: &[],
    jobs: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_of_mission_has_a_level() {
        for kind in crate::features::etp::missions::KINDS {
            assert!(LEVELS.contains(&continuum_level(kind)), "{kind}");
        }
        assert_eq!(continuum_level("temoignage"), "consultation");
        assert_eq!(continuum_level("co-evaluation"), "partnership");
    }
}
