//! Co-evaluation of ETP programmes (`/coevaluation <n°>`, coordinators): at the end of a
//! programme, or after a session, the coordinator sends a short questionnaire set from a
//! template to the people enrolled and to the partner patients who co-ran it. Each answers
//! every question from 1 to 5 with buttons; the answers are kept each alone, without the
//! person, and read only per role for groups of at least five respondents. Results are
//! shown per programme, in `/stats`, and as CSV.

use crate::core::{Attachment, Choice, Platform, UserId};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{
    ApplicationStatus, FEEDBACK_FLOOR, ProgrammeRecord, RoundResults, SignupStatus, StoreError,
};
use serde::{Deserialize, Serialize};

/// The templates a coordinator sets a questionnaire from, each with its questions (locale
/// ids `evaluation-q-<template>-<n>`, answered from 1 to 5).
pub const TEMPLATES: [(&str, usize); 3] = [("end", 3), ("session", 2), ("partnership", 3)];

/// Dialogue kind while a person answers a questionnaire.
pub const DIALOGUE: &str = "evaluation";

/// Rounds shown at once.
const SHOWN: usize = 5;

crate::actions! {
    /// Buttons of co-evaluation.
    pub enum EvaluationAction = "eval" {
        /// Coordinators: sends programme `N`'s questionnaire from a template.
        Launch(programme: i64, template: String) = "launch",
        /// Coordinators: programme `N`'s results as CSV.
        Export(programme: i64) = "export",
        /// Starts answering round `N`.
        Start(round: i64) = "start",
        /// Would rather not answer round `N`.
        Decline(round: i64) = "decline",
        /// A score for question `q` of round `N`.
        Score(round: i64, question: i64, score: i64) = "score",
    }
}

/// The answers so far, while answering: the round and the scores given.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Answering {
    round: i64,
    scores: Vec<i64>,
    /// When the current question was asked (see [`crate::features::kit::AskedAt`]).
    at: i64,
}

fn questions(template: &str) -> usize {
    TEMPLATES
        .iter()
        .find(|(t, _)| *t == template)
        .map_or(0, |(_, n)| *n)
}

/// Programme `id` if the sender coordinates its structure; else `None`, with the reply.
async fn managed(
    ctx: &mut Ctx<'_>,
    id: Option<i64>,
) -> Result<Option<ProgrammeRecord>, StoreError> {
    let found = match id {
        Some(id) => ctx.tx.programme(id).await?,
        None => None,
    };
    let Some(p) = found else {
        let text = ctx.t("evaluation-which");
        ctx.reply(text);
        return Ok(None);
    };
    Ok(crate::features::etp::team::in_scope(ctx, &p).then_some(p))
}

/// `/coevaluation <n°>`: a programme's rounds and their results, and a button per template
/// to send a new one.
pub async fn command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    let Some(p) = managed(ctx, digits.parse().ok()).await? else {
        return Ok(());
    };
    let results = ctx
        .tx
        .round_results(Some(&[p.id]), (0, i64::MAX), ctx.now())
        .await?;
    let mut text = ctx.t_args(
        "evaluation-heading",
        &args([
            ("title", p.details.title.clone()),
            ("number", p.id.to_string()),
        ]),
    );
    if results.is_empty() {
        text.push_str("\n\n");
        text.push_str(&ctx.t("evaluation-no-round"));
    }
    for r in results.iter().take(SHOWN) {
        text.push_str("\n\n");
        text.push_str(&describe(ctx, r));
    }
    let mut choices: Vec<Choice> = TEMPLATES
        .iter()
        .map(|(t, _)| {
            ctx.choice(
                &format!("evaluation-launch-{t}"),
                EvaluationAction::Launch(p.id, (*t).to_owned()),
            )
        })
        .collect();
    if !results.is_empty() {
        choices.push(ctx.choice("evaluation-export", EvaluationAction::Export(p.id)));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// A round in words: its template and date, then per role the count and each question's
/// mean, or that the group is under the floor.
fn describe(ctx: &Ctx<'_>, r: &RoundResults) -> String {
    let mut values = args([
        (
            "template",
            ctx.t(&format!("evaluation-template-{}", r.round.template)),
        ),
        (
            "date",
            crate::i18n::format_day(ctx.lang, r.round.launched_at),
        ),
    ]);
    values.set("number", r.round.id);
    let mut text = ctx.t_args("evaluation-round", &values);
    if !r.closed {
        text.push('\n');
        text.push_str(&ctx.t("evaluation-open"));
        return text;
    }
    for role in ["patient", "partner"] {
        text.push('\n');
        match r.by_role.iter().find(|(r, _, _)| r == role) {
            Some((_, count, means)) => {
                let means = means
                    .iter()
                    .enumerate()
                    .map(|(q, m)| {
                        let mut values = args([
                            (
                                "question",
                                ctx.t(&format!("evaluation-q-{}-{}", r.round.template, q + 1)),
                            ),
                            (
                                "mean",
                                crate::features::permanence::feedback::one_decimal(ctx, *m),
                            ),
                        ]);
                        values.set("n", q + 1);
                        ctx.t_args("evaluation-mean", &values)
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                let mut values = args([("role", ctx.t(&format!("evaluation-role-{role}")))]);
                values.set("count", *count);
                text.push_str(&ctx.t_args("evaluation-role-results", &values));
                text.push('\n');
                text.push_str(&means);
            }
            None => {
                let mut values = args([("role", ctx.t(&format!("evaluation-role-{role}")))]);
                values.set("floor", FEEDBACK_FLOOR);
                text.push_str(&ctx.t_args("evaluation-role-too-few", &values));
            }
        }
    }
    text
}

/// An `eval:…` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: EvaluationAction) -> Result<(), StoreError> {
    match action {
        EvaluationAction::Launch(id, _) | EvaluationAction::Export(id) => {
            if !ctx.is_coordinator() {
                let text = ctx.t("coordinator-only");
                ctx.reply(text);
                return Ok(());
            }
            let Some(p) = managed(ctx, Some(id)).await? else {
                return Ok(());
            };
            match action {
                EvaluationAction::Launch(_, template) if questions(&template) > 0 => {
                    launch(ctx, &p, &template).await
                }
                EvaluationAction::Export(_) => export(ctx, &p).await,
                _ => crate::features::kit::stale_choice(ctx),
            }
        }
        EvaluationAction::Start(round) => ask(ctx, round, Vec::new()).await,
        EvaluationAction::Decline(round) => {
            let person = (ctx.msg.platform, ctx.msg.sender.clone());
            let declined = ctx.tx.decline_round(round, (person.0, &person.1)).await?;
            let text = ctx.t(if declined {
                "evaluation-declined"
            } else {
                "evaluation-not-awaited"
            });
            ctx.reply(text);
            Ok(())
        }
        EvaluationAction::Score(round, question, score) if (1..=5).contains(&score) => {
            let state = ctx.dialogue().await?.filter(|d| d.kind == DIALOGUE);
            let answering: Option<Answering> =
                state.and_then(|d| serde_json::from_str(&d.data).ok());
            match answering {
                // Bound to the question it was offered at: an old button changes nothing.
                Some(a) if a.round == round && a.scores.len() as i64 == question => {
                    let mut scores = a.scores;
                    scores.push(score);
                    ask(ctx, round, scores).await
                }
                _ => crate::features::kit::stale_choice(ctx),
            }
        }
        EvaluationAction::Score(..) => crate::features::kit::stale_choice(ctx),
    }
}

/// Sends a round to the people enrolled and the partner patients who co-ran the programme.
async fn launch(ctx: &mut Ctx<'_>, p: &ProgrammeRecord, template: &str) -> Result<(), StoreError> {
    let mut invited: Vec<(Platform, UserId, &str)> = Vec::new();
    for s in ctx
        .tx
        .programme_signups(p.id, &[SignupStatus::Enrolled])
        .await?
    {
        invited.push((s.platform, s.user, "patient"));
    }
    for m in ctx.tx.missions(true).await? {
        if m.details.programme_id != Some(p.id) || m.details.kind != "co-animation" {
            continue;
        }
        for a in ctx.tx.applications_to(m.id).await? {
            let known = invited
                .iter()
                .any(|(pl, u, _)| *pl == a.platform && *u == a.user);
            if a.status == ApplicationStatus::Selected && !known {
                invited.push((a.platform, a.user, "partner"));
            }
        }
    }
    if invited.is_empty() {
        let text = ctx.t("evaluation-nobody");
        ctx.reply(text);
        return Ok(());
    }
    let now = ctx.now();
    // A double tap, or a second coordinator the same day, would split the answers between
    // two rounds that might then never reach the floor.
    let today = crate::features::permanence::schedule::local_date(now);
    let sent_today = ctx
        .tx
        .round_results(Some(&[p.id]), (0, i64::MAX), now)
        .await?
        .iter()
        .any(|r| {
            r.round.template == template
                && crate::features::permanence::schedule::local_date(r.round.launched_at) == today
        });
    if sent_today {
        let text = ctx.t("evaluation-already-today");
        ctx.reply(text);
        return Ok(());
    }
    let round = ctx.tx.launch_round(p.id, template, &invited, now).await?;
    ctx.audit("evaluation.launch", format!("programme:{}", p.id), None)
        .await?;
    let count = questions(template);
    for (platform, user, _) in &invited {
        let mut values = args([("title", p.details.title.clone())]);
        values.set("count", count);
        values.set("floor", FEEDBACK_FLOOR);
        ctx.notify(
            *platform,
            user,
            "evaluation-invite",
            values,
            &[
                ("evaluation-start", EvaluationAction::Start(round).data()),
                (
                    "evaluation-decline",
                    EvaluationAction::Decline(round).data(),
                ),
            ],
        )
        .await?;
    }
    let patients = invited.iter().filter(|(_, _, r)| *r == "patient").count();
    let mut values = args([("title", p.details.title.clone())]);
    values.set("patients", patients);
    values.set("partners", invited.len() - patients);
    let text = ctx.t_args("evaluation-sent", &values);
    ctx.reply(text);
    Ok(())
}

/// Asks the next question of `round` (the answers so far in `scores`), or keeps the answers
/// once all are given.
async fn ask(ctx: &mut Ctx<'_>, round_id: i64, scores: Vec<i64>) -> Result<(), StoreError> {
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let round = ctx.tx.round(round_id).await?;
    let awaited = ctx.tx.awaited_role(round_id, (person.0, &person.1)).await?;
    // A round takes answers while it is open; after, its results may be read.
    let round = round.filter(|r| ctx.now() < r.launched_at + crate::store::ROUND_OPEN_FOR);
    let (Some(round), Some(_)) = (round, awaited) else {
        ctx.clear_dialogue().await?;
        let text = ctx.t("evaluation-not-awaited");
        ctx.reply(text);
        return Ok(());
    };
    let total = questions(&round.template);
    if scores.len() >= total {
        ctx.clear_dialogue().await?;
        ctx.tx
            .answer_round(round_id, (person.0, &person.1), &scores)
            .await?;
        let text = ctx.t("evaluation-thanks");
        ctx.reply(text);
        return Ok(());
    }
    let n = scores.len();
    let answering = Answering {
        round: round_id,
        scores,
        at: ctx.now(),
    };
    ctx.set_dialogue(DIALOGUE, n as i64, serde_json::to_string(&answering)?)
        .await?;
    let mut values = args([(
        "question",
        ctx.t(&format!("evaluation-q-{}-{}", round.template, n + 1)),
    )]);
    values.set("n", n + 1);
    values.set("total", total);
    let text = ctx.t_args("evaluation-question", &values);
    let choices = (1..=5)
        .map(|score| {
            Choice::valued(
                ctx.t(&format!("evaluation-score-{score}")),
                EvaluationAction::Score(round_id, n as i64, score),
                score,
            )
        })
        .collect();
    ctx.reply_with(text, choices);
    Ok(())
}

/// Text typed while answering: the buttons (or their numbers) are the answer.
pub async fn on_text(ctx: &mut Ctx<'_>, data: &str) -> Result<(), StoreError> {
    match serde_json::from_str::<Answering>(data) {
        Ok(a) => {
            let text = ctx.t("evaluation-use-buttons");
            ctx.reply(text);
            ask(ctx, a.round, a.scores).await
        }
        Err(_) => {
            ctx.clear_dialogue().await?;
            Ok(())
        }
    }
}

/// A programme's results as CSV: one row per round, role and question (groups under the
/// floor left out).
async fn export(ctx: &mut Ctx<'_>, p: &ProgrammeRecord) -> Result<(), StoreError> {
    let results = ctx
        .tx
        .round_results(Some(&[p.id]), (0, i64::MAX), ctx.now())
        .await?;
    let header = [
        "evaluation-csv-round",
        "evaluation-csv-date",
        "evaluation-csv-template",
        "evaluation-csv-role",
        "evaluation-csv-respondents",
        "evaluation-csv-question",
        "evaluation-csv-mean",
    ]
    .map(|id| ctx.t(id));
    let mut rows = vec![header.to_vec()];
    for r in &results {
        for (role, count, means) in &r.by_role {
            for (q, mean) in means.iter().enumerate() {
                rows.push(vec![
                    r.round.id.to_string(),
                    crate::i18n::format_day(ctx.lang, r.round.launched_at),
                    ctx.t(&format!("evaluation-template-{}", r.round.template)),
                    ctx.t(&format!("evaluation-role-{role}")),
                    count.to_string(),
                    ctx.t(&format!("evaluation-q-{}-{}", r.round.template, q + 1)),
                    crate::features::permanence::feedback::one_decimal(ctx, *mean),
                ]);
            }
        }
    }
    let mut values = args([("title", p.details.title.clone())]);
    values.set("floor", FEEDBACK_FLOOR);
    let text = ctx.t_args("evaluation-export-done", &values);
    let content = crate::features::etp::team::csv(&rows, ctx.lang);
    let out = ctx.reply_privately(text);
    out.attachment = Some(Attachment {
        file_name: format!("pairbot-coevaluation-{}.csv", p.id),
        mime: "text/csv".to_owned(),
        content,
    });
    Ok(())
}

/// One line per programme for `/stats`: the rounds of the period with results above the
/// floor, or nothing.
pub async fn stats_lines(
    ctx: &mut Ctx<'_>,
    (from, until): (i64, i64),
) -> Result<String, StoreError> {
    let results = ctx.tx.round_results(None, (from, until), ctx.now()).await?;
    let mut lines = Vec::new();
    for r in &results {
        let answered: i64 = r.by_role.iter().map(|(_, n, _)| n).sum();
        if answered == 0 {
            continue;
        }
        let Some(programme) = ctx.tx.programme(r.round.programme_id).await? else {
            continue;
        };
        // A scoped coordinator reads their own structure's programmes only.
        if !ctx.covers(&programme.details.structure) {
            continue;
        }
        // The mean of all questions of the groups shown, weighted by respondents.
        let (sum, weight) = r
            .by_role
            .iter()
            .flat_map(|(_, n, means)| means.iter().map(move |m| (m * *n as f64, *n as f64)))
            .fold((0.0, 0.0), |(s, w), (a, b)| (s + a, w + b));
        let mut values = args([
            ("title", programme.details.title),
            (
                "template",
                ctx.t(&format!("evaluation-template-{}", r.round.template)),
            ),
            (
                "mean",
                crate::features::permanence::feedback::one_decimal(ctx, sum / weight.max(1.0)),
            ),
        ]);
        values.set("answers", answered);
        lines.push(ctx.t_args("evaluation-stats-line", &values));
    }
    Ok(if lines.is_empty() {
        ctx.t("evaluation-stats-none")
    } else {
        lines.join(&ctx.t("list-separator"))
    })
}
