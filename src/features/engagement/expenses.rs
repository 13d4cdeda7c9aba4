//! Expenses: a partner who accepted a mission whose expenses are reimbursed declares what
//! they spent (`/frais`: the mission, the kind, the amount, the day), the coordinators of
//! the mission's structure approve it or refuse it with a reason, the partner sees where
//! each claim stands, and the treasurer gets a month of claims as CSV (`/frais_export`).

use crate::core::{Attachment, Choice};
use crate::features::commands::Command;
use crate::features::form::{self, Answer, Form, Pressed};
use crate::features::kit::Ctx;
use crate::features::permanence::schedule::local_date;
use crate::i18n::{Lang, args};
use crate::store::{
    ApplicationRecord, ApplicationStatus, ClaimRecord, ClaimStatus, MissionRecord, NewClaim,
    StoreError,
};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// Dialogue kind of a claim being written.
pub const DIALOGUE: &str = "expense_new";

/// Dialogue kind while a coordinator types why a claim is refused.
pub const REFUSE_DIALOGUE: &str = "expense_refuse";

/// The kinds of expense, as stored.
pub const KINDS: [&str; 4] = ["transport", "meal", "lodging", "other"];

/// The largest amount one claim may hold, in cents (2,000 euros): more is a typing slip.
const MAX_CENTS: i64 = 200_000;

/// How far back an expense may be claimed, in days.
const MAX_AGE_DAYS: i64 = 365;

/// Longest reason for a refusal, in characters.
const MAX_REASON: usize = 300;

/// Claims listed at once.
const SHOWN: usize = 10;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Draft {
    application_id: i64,
    mission_id: i64,
    kind: String,
    amount_cents: i64,
    spent_on: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Mission,
    Kind,
    Amount,
    Day,
    Confirm,
}

const STEPS: [Step; 5] = [
    Step::Mission,
    Step::Kind,
    Step::Amount,
    Step::Day,
    Step::Confirm,
];

fn number(step: Step) -> i64 {
    form::number::<ExpenseForm>(step)
}

crate::actions! {
    /// A button of the claim form, bound to the step it was offered at.
    pub enum ExpenseFormAction = "expn" {
        /// The mission (by agreed application).
        Mission(step: i64, application: i64) = "mission",
        Kind(step: i64, kind: String) = "kind",
        Restart(step: i64) = "restart",
        Send(step: i64) = "send",
    }
}

crate::actions! {
    /// A button about claims: starting one (partners), deciding one (coordinators).
    pub enum ExpenseAction = "exp" {
        /// Starts a claim.
        Declare = "declare",
        /// Coordinators: approves claim `N`.
        Approve(claim: i64) = "approve",
        /// Coordinators: refuses claim `N` (a reason is asked).
        Refuse(claim: i64) = "refuse",
    }
}

/// The missions the sender may claim expenses for: selected, agreed, with expenses
/// reimbursed.
async fn claimable(
    ctx: &mut Ctx<'_>,
) -> Result<Vec<(ApplicationRecord, MissionRecord)>, StoreError> {
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let mut found = Vec::new();
    for a in ctx.tx.applications_of((person.0, &person.1)).await? {
        if a.status != ApplicationStatus::Selected || a.agreed.is_none() {
            continue;
        }
        if let Some(m) = ctx
            .tx
            .mission(a.mission_id)
            .await?
            .filter(|m| m.details.reimbursed == Some(true))
        {
            found.push((a, m));
        }
    }
    Ok(found)
}

/// `/frais`: one's claims and where each stands, and a button to declare one.
pub async fn command(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let claims = ctx.tx.claims_of((person.0, &person.1)).await?;
    let missions = claimable(ctx).await?;
    let mut text = if claims.is_empty() {
        ctx.t("expense-none-yet")
    } else {
        let mut text = ctx.t("expense-list");
        for c in claims.iter().take(SHOWN) {
            text.push('\n');
            text.push_str(&claim_line(ctx, c, true));
        }
        text
    };
    let mut choices = Vec::new();
    if missions.is_empty() {
        text.push_str("\n\n");
        text.push_str(&ctx.t("expense-no-mission"));
        choices.push(ctx.choice("menu-missions", Command::Missions.data()));
    } else {
        choices.push(ctx.choice("expense-declare", ExpenseAction::Declare));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// A claim in one line: number, kind, amount, day, mission, and where it stands.
fn claim_line(ctx: &Ctx<'_>, c: &ClaimRecord, with_status: bool) -> String {
    let mut values = args([
        ("number", c.id.to_string()),
        ("kind", ctx.t(&format!("expense-kind-{}", c.claim.kind))),
        ("amount", euros(ctx.lang, c.claim.amount_cents)),
        ("day", day(ctx.lang, &c.claim.spent_on)),
        ("mission", c.claim.mission_id.to_string()),
    ]);
    let mut line = ctx.t_args("expense-line", &values);
    if with_status {
        let decided = c
            .decided_at
            .map(|at| crate::i18n::format_day(ctx.lang, at))
            .unwrap_or_default();
        values.set("decided", decided);
        values.set("reason", c.reason.clone().unwrap_or_default());
        line.push_str(&ctx.t_args(&format!("expense-status-{}", c.status.as_str()), &values));
    }
    line
}

/// An amount in cents as the reader's language writes euros ("12,50 €", "€12.50").
pub fn euros(lang: Lang, cents: i64) -> String {
    let (whole, part) = (cents / 100, cents % 100);
    match lang {
        Lang::Fr => format!("{whole},{part:02}\u{a0}€"),
        Lang::En => format!("€{whole}.{part:02}"),
    }
}

/// A stored day (`YYYY-MM-DD`) as the reader's language writes it.
fn day(lang: Lang, stored: &str) -> String {
    match NaiveDate::parse_from_str(stored, "%Y-%m-%d") {
        Ok(d) => match lang {
            Lang::Fr => d.format("%d/%m/%Y").to_string(),
            Lang::En => d.format("%d %b %Y").to_string(),
        },
        Err(_) => stored.to_owned(),
    }
}

/// An amount typed in euros ("12,50", "12.5 €", "€ 12", "12 euros"), in cents.
pub fn parse_euros(text: &str) -> Option<i64> {
    let cleaned: String = text
        .to_lowercase()
        .replace("euros", "")
        .replace("euro", "")
        .replace(['€', ' ', '\u{a0}', '\u{202f}'], "");
    let (whole, part) = match cleaned.split_once([',', '.']) {
        Some((w, p)) => (w, p),
        None => (cleaned.as_str(), ""),
    };
    if whole.is_empty() && part.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || !part.chars().all(|c| c.is_ascii_digit())
        || part.len() > 2
        || whole.len() > 7
    {
        return None;
    }
    let whole: i64 = if whole.is_empty() {
        0
    } else {
        whole.parse().ok()?
    };
    let part: i64 = match part.len() {
        0 => 0,
        1 => part.parse::<i64>().ok()? * 10,
        _ => part.parse().ok()?,
    };
    Some(whole * 100 + part)
}

/// A day typed as "aujourd'hui", "hier", "03/12", "03/12/2026" or "2026-12-03", read from
/// `today`.
pub fn parse_day(text: &str, today: NaiveDate) -> Option<NaiveDate> {
    let folded = crate::core::text::fold(text);
    match folded.as_str() {
        "aujourd hui" | "aujourdhui" | "today" => return Some(today),
        "hier" | "yesterday" => return today.pred_opt(),
        _ => {}
    }
    if let Ok(d) = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
        return Some(d);
    }
    let parts: Vec<&str> = text.trim().split(['/', '.', '-']).collect();
    let number = |s: &str| s.trim().parse::<u32>().ok();
    match parts.as_slice() {
        [d, m] => {
            let (d, m) = (number(d)?, number(m)?);
            // Without a year: this year's date, or last year's if that is still to come.
            let this_year = NaiveDate::from_ymd_opt(today.year(), m, d)?;
            if this_year > today {
                NaiveDate::from_ymd_opt(today.year() - 1, m, d)
            } else {
                Some(this_year)
            }
        }
        [d, m, y] => {
            let y = number(y)? as i32;
            let y = if y < 100 { 2000 + y } else { y };
            NaiveDate::from_ymd_opt(y, number(m)?, number(d)?)
        }
        _ => None,
    }
}

/// The claim form: mission, kind, amount, day, then the summary.
struct ExpenseForm;

impl Form for ExpenseForm {
    type Step = Step;
    type Draft = Draft;
    type Action = ExpenseFormAction;

    const KIND: &'static str = DIALOGUE;
    const STEPS: &'static [Step] = &STEPS;
    const SEND_LABEL: &'static str = "expense-send";

    async fn ask(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &Draft,
    ) -> Result<(String, Vec<Choice>), StoreError> {
        Ok(match step {
            Step::Mission => {
                let choices = claimable(ctx)
                    .await?
                    .iter()
                    .map(|(a, m)| {
                        // The number and the kind: "Mission n° 2 : Témoignage".
                        let mut values =
                            args([("kind", ctx.t(&format!("mission-kind-{}", m.details.kind)))]);
                        values.set("number", m.id);
                        Choice::new(
                            ctx.t_args("expense-mission-n", &values),
                            ExpenseFormAction::Mission(number(step), a.id),
                        )
                    })
                    .collect();
                (ctx.t("expense-ask-mission"), choices)
            }
            Step::Kind => (
                ctx.t("expense-ask-kind"),
                KINDS
                    .iter()
                    .map(|k| {
                        ctx.choice(
                            &format!("expense-kind-{k}"),
                            ExpenseFormAction::Kind(number(step), (*k).to_owned()),
                        )
                    })
                    .collect(),
            ),
            Step::Amount => (ctx.t("expense-ask-amount"), Vec::new()),
            Step::Day => (ctx.t("expense-ask-day"), Vec::new()),
            Step::Confirm => {
                let record = ClaimRecord {
                    id: 0,
                    claim: new_claim(draft),
                    person: (ctx.msg.platform, ctx.msg.sender.clone()),
                    status: ClaimStatus::Pending,
                    reason: None,
                    created_at: 0,
                    decided_at: None,
                };
                let summary = claim_line(ctx, &record, false);
                (
                    ctx.t_args("expense-confirm", &args([("summary", summary)])),
                    Vec::new(),
                )
            }
        })
    }

    async fn read(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &mut Draft,
        text: &str,
    ) -> Result<Answer, StoreError> {
        let today = local_date(ctx.now());
        Ok(match step {
            Step::Amount => match parse_euros(text) {
                Some(cents) if (1..=MAX_CENTS).contains(&cents) => {
                    draft.amount_cents = cents;
                    Answer::Next
                }
                _ => Answer::Again(ctx.t_args(
                    "expense-amount-how",
                    &args([("max", euros(ctx.lang, MAX_CENTS))]),
                )),
            },
            Step::Day => match parse_day(text, today) {
                Some(d) if d > today => Answer::Again(ctx.t("expense-day-future")),
                Some(d) if (today - d).num_days() > MAX_AGE_DAYS => {
                    Answer::Again(ctx.t("expense-day-old"))
                }
                Some(d) => {
                    draft.spent_on = d.format("%Y-%m-%d").to_string();
                    Answer::Next
                }
                None => Answer::Again(ctx.t("expense-day-how")),
            },
            Step::Mission | Step::Kind | Step::Confirm => Answer::Ask,
        })
    }

    async fn press(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &mut Draft,
        action: ExpenseFormAction,
    ) -> Result<Answer, StoreError> {
        match (action, step) {
            (ExpenseFormAction::Mission(_, application), Step::Mission) => {
                let Some((a, m)) = claimable(ctx)
                    .await?
                    .into_iter()
                    .find(|(a, _)| a.id == application)
                else {
                    return Ok(Answer::Stale);
                };
                draft.application_id = a.id;
                draft.mission_id = m.id;
            }
            (ExpenseFormAction::Kind(_, kind), Step::Kind) if KINDS.contains(&kind.as_str()) => {
                draft.kind = kind;
            }
            _ => return Ok(Answer::Stale),
        }
        Ok(Answer::Next)
    }

    async fn send(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
        submit(ctx, draft).await
    }

    fn pressed(action: ExpenseFormAction) -> Pressed<ExpenseFormAction> {
        match action {
            ExpenseFormAction::Restart(at) => Pressed::Restart(at),
            ExpenseFormAction::Send(at) => Pressed::Send(at),
            ExpenseFormAction::Mission(at, _) | ExpenseFormAction::Kind(at, _) => {
                Pressed::Own(at, action)
            }
        }
    }

    fn restart(at: i64) -> String {
        ExpenseFormAction::Restart(at).data()
    }

    fn send_data(at: i64) -> String {
        ExpenseFormAction::Send(at).data()
    }
}

fn new_claim(draft: &Draft) -> NewClaim {
    NewClaim {
        application_id: draft.application_id,
        mission_id: draft.mission_id,
        kind: draft.kind.clone(),
        amount_cents: draft.amount_cents,
        spent_on: draft.spent_on.clone(),
    }
}

/// Starts a claim: straight to the kind when only one mission qualifies.
async fn start(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let missions = claimable(ctx).await?;
    match missions.as_slice() {
        [] => {
            let text = ctx.t("expense-no-mission");
            let choices = vec![ctx.choice("menu-missions", Command::Missions.data())];
            ctx.reply_with(text, choices);
            Ok(())
        }
        [(a, m)] => {
            let draft = Draft {
                application_id: a.id,
                mission_id: m.id,
                ..Draft::default()
            };
            let text = ctx.t_args("expense-for-mission", &args([("number", m.id)]));
            ctx.reply(text);
            form::go_to::<ExpenseForm>(ctx, Step::Kind, &draft).await
        }
        _ => form::go_to::<ExpenseForm>(ctx, Step::Mission, &Draft::default()).await,
    }
}

/// Text typed while writing a claim.
pub async fn on_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    form::on_text::<ExpenseForm>(ctx, text).await
}

/// An `expn:…` choice of the claim form.
pub async fn on_form_choice(
    ctx: &mut Ctx<'_>,
    action: ExpenseFormAction,
) -> Result<(), StoreError> {
    form::on_choice::<ExpenseForm>(ctx, action).await
}

/// Stores the claim (the mission checked again) and tells the coordinators.
async fn submit(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
    let complete = draft.application_id > 0
        && KINDS.contains(&draft.kind.as_str())
        && draft.amount_cents > 0
        && !draft.spent_on.is_empty();
    if !complete {
        let text = ctx.t("pnew-incomplete");
        ctx.reply(text);
        return form::go_to::<ExpenseForm>(ctx, Step::Mission, draft).await;
    }
    let Some((_, m)) = claimable(ctx)
        .await?
        .into_iter()
        .find(|(a, _)| a.id == draft.application_id)
    else {
        ctx.clear_dialogue().await?;
        let text = ctx.t("expense-no-mission");
        ctx.reply(text);
        return Ok(());
    };
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let now = ctx.now();
    let claim = new_claim(draft);
    let id = ctx
        .tx
        .create_claim(&claim, (person.0, &person.1), now)
        .await?;
    ctx.clear_dialogue().await?;
    tracing::info!(claim = id, mission = m.id, "expense claimed");
    let text = ctx.t_args("expense-sent", &args([("number", id.to_string())]));
    let choices = vec![ctx.choice("menu-expenses", Command::Expenses.data())];
    ctx.reply_with(text, choices);
    let pseudonym = ctx
        .tx
        .partner_of(person.0, &person.1)
        .await?
        .map(|p| p.profile.pseudonym)
        .unwrap_or_default();
    let team = crate::features::roles::coordinators_for(ctx, &m.details.structure).await?;
    for (platform, user) in team {
        let lang = ctx.services().lang_of(&mut ctx.tx, platform, &user).await?;
        let values = args([
            ("number", id.to_string()),
            ("pseudonym", pseudonym.clone()),
            ("mission", m.id.to_string()),
            (
                "kind",
                ctx.services()
                    .i18n()
                    .text(lang, &format!("expense-kind-{}", claim.kind)),
            ),
            ("amount", euros(lang, claim.amount_cents)),
            ("day", day(lang, &claim.spent_on)),
        ]);
        ctx.notify(
            platform,
            &user,
            "expense-team-new",
            values,
            &[
                ("expense-approve", ExpenseAction::Approve(id).data()),
                ("expense-refuse", ExpenseAction::Refuse(id).data()),
            ],
        )
        .await?;
    }
    Ok(())
}

/// An `exp:…` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: ExpenseAction) -> Result<(), StoreError> {
    let id = match action {
        ExpenseAction::Declare => return start(ctx).await,
        ExpenseAction::Approve(id) | ExpenseAction::Refuse(id) => id,
    };
    let Some((claim, _)) = decidable(ctx, id).await? else {
        return Ok(());
    };
    match action {
        ExpenseAction::Approve(_) => decide(ctx, &claim, None).await,
        _ => {
            let asked = crate::features::kit::AskedAt::data(ctx.now());
            ctx.set_dialogue(REFUSE_DIALOGUE, id, asked).await?;
            let text = ctx.t_args(
                "expense-refuse-why",
                &args([("number", id.to_string()), ("max", MAX_REASON.to_string())]),
            );
            ctx.reply(text);
            Ok(())
        }
    }
}

/// Claim `id` if the sender is a coordinator of its mission's structure and it waits for a
/// decision; else `None`, with the reply given.
async fn decidable(
    ctx: &mut Ctx<'_>,
    id: i64,
) -> Result<Option<(ClaimRecord, MissionRecord)>, StoreError> {
    if !ctx.is_coordinator() {
        let text = ctx.t("coordinator-only");
        ctx.reply(text);
        return Ok(None);
    }
    let Some(claim) = ctx.tx.claim(id).await? else {
        let text = ctx.t("expense-gone");
        ctx.reply(text);
        return Ok(None);
    };
    // Its mission, if the sender's role covers its structure (else said so).
    let Some(m) = crate::features::etp::missions::managed(ctx, claim.claim.mission_id).await?
    else {
        return Ok(None);
    };
    // Nobody decides on their own claim, coordinator or not.
    if claim.person == (ctx.msg.platform, ctx.msg.sender.clone()) {
        let text = ctx.t("expense-own-claim");
        ctx.reply(text);
        return Ok(None);
    }
    if claim.status != ClaimStatus::Pending {
        let text = ctx.t_args(
            "expense-decided-already",
            &args([("number", id.to_string())]),
        );
        ctx.reply(text);
        return Ok(None);
    }
    Ok(Some((claim, m)))
}

/// The reason typed for refusing claim `id`.
pub async fn on_reason(ctx: &mut Ctx<'_>, id: i64, text: &str) -> Result<(), StoreError> {
    let reason = text.trim();
    if reason.is_empty() || reason.chars().count() > MAX_REASON {
        let text = ctx.t_args("review-reason-length", &args([("max", MAX_REASON)]));
        ctx.reply(text);
        return Ok(());
    }
    ctx.clear_dialogue().await?;
    let Some((claim, _)) = decidable(ctx, id).await? else {
        return Ok(());
    };
    decide(ctx, &claim, Some(reason)).await
}

/// Approves (no reason) or refuses a claim; the partner is told, and the action audited.
async fn decide(
    ctx: &mut Ctx<'_>,
    claim: &ClaimRecord,
    refusal: Option<&str>,
) -> Result<(), StoreError> {
    let now = ctx.now();
    let status = if refusal.is_some() {
        ClaimStatus::Refused
    } else {
        ClaimStatus::Approved
    };
    if !ctx.tx.decide_claim(claim.id, status, refusal, now).await? {
        let text = ctx.t_args(
            "expense-decided-already",
            &args([("number", claim.id.to_string())]),
        );
        ctx.reply(text);
        return Ok(());
    }
    let audited = if refusal.is_some() {
        "expense.refuse"
    } else {
        "expense.approve"
    };
    ctx.audit(audited, format!("claim:{}", claim.id), refusal)
        .await?;
    let (platform, user) = claim.person.clone();
    let lang = ctx.services().lang_of(&mut ctx.tx, platform, &user).await?;
    let values = args([
        ("number", claim.id.to_string()),
        ("amount", euros(lang, claim.claim.amount_cents)),
        ("reason", refusal.unwrap_or_default().to_owned()),
    ]);
    let told = if refusal.is_some() {
        "expense-told-refused"
    } else {
        "expense-told-approved"
    };
    ctx.notify(
        platform,
        &user,
        told,
        values,
        &[("menu-expenses", Command::Expenses.data().to_owned())],
    )
    .await?;
    let reply = if refusal.is_some() {
        "expense-team-refused"
    } else {
        "expense-team-approved"
    };
    let text = ctx.t_args(reply, &args([("number", claim.id.to_string())]));
    ctx.reply(text);
    Ok(())
}

/// `/frais_export [AAAA-MM]` (coordinators): the claims answered in a month (this one by
/// default) for the missions their role covers, as CSV for the treasurer.
pub async fn export(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let today = local_date(ctx.now());
    let (year, month) = if rest.trim().is_empty() {
        (today.year(), today.month())
    } else {
        match crate::features::stats::parse_month(rest) {
            Some(found) => found,
            None => {
                let text = ctx.t("expense-export-how");
                ctx.reply(text);
                return Ok(());
            }
        }
    };
    let (Some(first), Some(next)) = (
        NaiveDate::from_ymd_opt(year, month, 1),
        NaiveDate::from_ymd_opt(year + i32::from(month == 12), month % 12 + 1, 1),
    ) else {
        let text = ctx.t("expense-export-how");
        ctx.reply(text);
        return Ok(());
    };
    let local = |d: NaiveDate| crate::features::permanence::schedule::local_instant(d, 0);
    let (Some(from), Some(until)) = (local(first), local(next)) else {
        let text = ctx.t("expense-export-how");
        ctx.reply(text);
        return Ok(());
    };
    let claims = ctx.tx.claims_decided_between(from, until).await?;
    let header = [
        "expense-csv-number",
        "expense-csv-mission",
        "expense-csv-partner",
        "expense-csv-kind",
        "expense-csv-amount",
        "expense-csv-day",
        "expense-csv-status",
        "expense-csv-decided",
        "expense-csv-reason",
    ]
    .map(|id| ctx.t(id));
    let mut rows = vec![header.to_vec()];
    let mut total = 0;
    for c in &claims {
        let Some(m) = ctx.tx.mission(c.claim.mission_id).await? else {
            continue;
        };
        if !ctx.covers(&m.details.structure) {
            continue;
        }
        let pseudonym = ctx
            .tx
            .partner_of(c.person.0, &c.person.1)
            .await?
            .map(|p| p.profile.pseudonym)
            .unwrap_or_default();
        if c.status == ClaimStatus::Approved {
            total += c.claim.amount_cents;
        }
        rows.push(vec![
            c.id.to_string(),
            c.claim.mission_id.to_string(),
            pseudonym,
            ctx.t(&format!("expense-kind-{}", c.claim.kind)),
            amount_cell(ctx.lang, c.claim.amount_cents),
            c.claim.spent_on.clone(),
            ctx.t(&format!("expense-state-{}", c.status.as_str())),
            c.decided_at
                .map(|at| crate::i18n::format_day(ctx.lang, at))
                .unwrap_or_default(),
            c.reason.clone().unwrap_or_default(),
        ]);
    }
    ctx.audit("expense.export", format!("month:{year}-{month:02}"), None)
        .await?;
    let mut values = args([
        ("month", format!("{month:02}/{year}")),
        ("total", euros(ctx.lang, total)),
    ]);
    values.set("count", rows.len() - 1);
    let text = ctx.t_args("expense-export-done", &values);
    if rows.len() == 1 {
        ctx.reply(text);
        return Ok(());
    }
    let content = crate::features::etp::team::csv(&rows, ctx.lang);
    let out = ctx.reply_privately(text);
    out.attachment = Some(Attachment {
        file_name: format!("pairbot-frais-{year}-{month:02}.csv"),
        mime: "text/csv".to_owned(),
        content,
    });
    Ok(())
}

/// An amount for a spreadsheet: a plain decimal number in the reader's notation.
fn amount_cell(lang: Lang, cents: i64) -> String {
    let text = format!("{}.{:02}", cents / 100, cents % 100);
    match lang {
        Lang::Fr => text.replace('.', ","),
        Lang::En => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_are_read_as_people_type_them() {
        assert_eq!(parse_euros("12,50"), Some(1250));
        assert_eq!(parse_euros("12.5 €"), Some(1250));
        assert_eq!(parse_euros("€ 8"), Some(800));
        assert_eq!(parse_euros("30 euros"), Some(3000));
        assert_eq!(parse_euros("0,4"), Some(40));
        assert_eq!(parse_euros("douze"), None);
        assert_eq!(parse_euros("12,505"), None);
        assert_eq!(parse_euros("-3"), None);
        assert_eq!(parse_euros(""), None);
        assert_eq!(euros(Lang::Fr, 1250), "12,50\u{a0}€");
        assert_eq!(euros(Lang::En, 5), "€0.05");
    }

    #[test]
    fn days_are_read_from_today() {
        let today = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(parse_day("hier", today), d(2026, 1, 4));
        assert_eq!(parse_day("Aujourd'hui", today), Some(today));
        assert_eq!(parse_day("03/01", today), d(2026, 1, 3));
        // Without a year, a date still to come is last year's.
        assert_eq!(parse_day("20/12", today), d(2025, 12, 20));
        assert_eq!(parse_day("03/12/2025", today), d(2025, 12, 3));
        assert_eq!(parse_day("2025-12-03", today), d(2025, 12, 3));
        assert_eq!(parse_day("31/02", today), None);
        assert_eq!(parse_day("mardi", today), None);
    }
}
