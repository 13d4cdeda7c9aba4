//! Partner missions: coordinators post them (`/mission_nouvelle`), approved partners see
//! those their training qualifies them for and apply (`/missions`), the coordinator picks,
//! and both are told. A mission shows its places filled and open.

use crate::core::Choice;
use crate::features::commands::Command;
use crate::features::directory::onboarding::has_contact_details;
use crate::features::directory::training::{CO_RUNNING_TRAININGS, qualifies};
use crate::features::form::{self, Answer, Form, Pressed};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{
    ApplicationStatus, ApplyOutcome, MissionRecord, NewMission, PartnerStatus, SelectOutcome,
    StoreError,
};
use serde::{Deserialize, Serialize};

/// Dialogue kind of a mission being written.
pub const DIALOGUE: &str = "mission_new";

/// The kinds of mission, as stored: those the sources list, from testimony to governance
/// (COPS Occitanie 2019; Savoir(s) Patient(s) 2021; France Assos Santé Occitanie 2023).
pub const KINDS: [&str; 11] = [
    "temoignage",
    "co-animation",
    "co-construction",
    "co-evaluation",
    "coordination",
    "focus-group",
    "groupe-de-travail",
    "formation",
    "recherche",
    "gouvernance",
    "ethique",
];

/// The kind of mission that co-runs ETP sessions: it cannot be posted without asking for
/// the training that allows it.
const CO_RUNNING: &str = "co-animation";

/// The trainings a mission of `kind` may ask for (every one, for most kinds).
fn trainings_for<'a>(kind: &str, all: &'a [String]) -> Vec<&'a String> {
    all.iter()
        .filter(|k| kind != CO_RUNNING || CO_RUNNING_TRAININGS.contains(&k.as_str()))
        .collect()
}

/// Offered numbers of places.
const PLACES: [i64; 4] = [1, 2, 3, 5];

/// Missions shown at once.
const SHOWN: usize = 6;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Draft {
    kind: String,
    programme_id: Option<i64>,
    project: String,
    dates: String,
    training: String,
    paid: bool,
    reimbursed: bool,
    places: i64,
    sheet: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Kind,
    Programme,
    Dates,
    Training,
    Paid,
    Expenses,
    Places,
    Sheet,
    Confirm,
}

const STEPS: [Step; 9] = [
    Step::Kind,
    Step::Programme,
    Step::Dates,
    Step::Training,
    Step::Paid,
    Step::Expenses,
    Step::Places,
    Step::Sheet,
    Step::Confirm,
];

fn number(step: Step) -> i64 {
    form::number::<MissionForm>(step)
}

crate::actions! {
    /// A button of the mission form, bound to the step it was offered at.
    pub enum MissionFormAction = "misn" {
        Kind(step: i64, kind: String) = "kind",
        /// The training asked of candidates.
        Training(step: i64, key: String) = "training",
        Paid(step: i64) = "paid",
        Unpaid(step: i64) = "unpaid",
        /// Expenses are reimbursed.
        Reimbursed(step: i64) = "refund",
        /// Expenses are not reimbursed.
        NotReimbursed(step: i64) = "norefund",
        Places(step: i64, places: i64) = "places",
        /// Starts the answers again from the summary.
        Restart(step: i64) = "restart",
        /// Posts the mission from the summary.
        Create(step: i64) = "create",
    }
}

/// `/mission_nouvelle` (coordinators).
pub async fn start(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let intro = ctx.t("mission-intro");
    ctx.reply(intro);
    go_to(ctx, Step::Kind, &Draft::default()).await
}

async fn go_to(ctx: &mut Ctx<'_>, step: Step, draft: &Draft) -> Result<(), StoreError> {
    form::go_to::<MissionForm>(ctx, step, draft).await
}

/// The mission form: kind, programme or project, dates, training asked, paid or not,
/// places, mission sheet, then the summary.
struct MissionForm;

impl Form for MissionForm {
    type Step = Step;
    type Draft = Draft;
    type Action = MissionFormAction;

    const KIND: &'static str = DIALOGUE;
    const STEPS: &'static [Step] = &STEPS;
    const SEND_LABEL: &'static str = "mission-create";

    fn allowed(ctx: &Ctx<'_>) -> bool {
        ctx.is_coordinator()
    }

    async fn ask(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &Draft,
    ) -> Result<(String, Vec<Choice>), StoreError> {
        question(ctx, step, draft).await
    }

    async fn read(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &mut Draft,
        text: &str,
    ) -> Result<Answer, StoreError> {
        read(ctx, step, draft, text).await
    }

    async fn press(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &mut Draft,
        action: MissionFormAction,
    ) -> Result<Answer, StoreError> {
        let trainings = &ctx.services().directory().trainings;
        match (action, step) {
            (MissionFormAction::Kind(_, k), Step::Kind) if KINDS.contains(&k.as_str()) => {
                draft.kind = k;
            }
            (MissionFormAction::Training(_, k), Step::Training)
                if trainings.position(&k).is_some() =>
            {
                if !trainings_for(&draft.kind, trainings.keys()).contains(&&k) {
                    return Ok(Answer::Again(ctx.t("mission-co-running-training")));
                }
                draft.training = k;
            }
            (MissionFormAction::Paid(_), Step::Paid) => draft.paid = true,
            (MissionFormAction::Unpaid(_), Step::Paid) => draft.paid = false,
            (MissionFormAction::Reimbursed(_), Step::Expenses) => draft.reimbursed = true,
            (MissionFormAction::NotReimbursed(_), Step::Expenses) => draft.reimbursed = false,
            (MissionFormAction::Places(_, n), Step::Places) if n > 0 => draft.places = n,
            _ => return Ok(Answer::Stale),
        }
        Ok(Answer::Next)
    }

    async fn send(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
        create(ctx, draft).await
    }

    fn pressed(action: MissionFormAction) -> Pressed<MissionFormAction> {
        match action {
            MissionFormAction::Restart(at) => Pressed::Restart(at),
            MissionFormAction::Create(at) => Pressed::Send(at),
            MissionFormAction::Kind(at, _)
            | MissionFormAction::Training(at, _)
            | MissionFormAction::Paid(at)
            | MissionFormAction::Unpaid(at)
            | MissionFormAction::Reimbursed(at)
            | MissionFormAction::NotReimbursed(at)
            | MissionFormAction::Places(at, _) => Pressed::Own(at, action),
        }
    }

    fn restart(at: i64) -> String {
        MissionFormAction::Restart(at).data()
    }

    fn send_data(at: i64) -> String {
        MissionFormAction::Create(at).data()
    }
}

/// The question of a step and its own buttons.
async fn question(
    ctx: &mut Ctx<'_>,
    step: Step,
    draft: &Draft,
) -> Result<(String, Vec<Choice>), StoreError> {
    let (text, choices) = match step {
        Step::Kind => (
            ctx.t("mission-ask-kind"),
            KINDS
                .iter()
                .map(|k| {
                    ctx.choice(
                        &format!("mission-kind-{k}"),
                        MissionFormAction::Kind(number(step), (*k).to_owned()),
                    )
                })
                .collect(),
        ),
        // No button here: a typed number must stay a programme's number.
        Step::Programme => (ctx.t("mission-ask-programme"), Vec::new()),
        Step::Dates => (ctx.t("mission-ask-dates"), Vec::new()),
        Step::Training => {
            let engine = ctx.services();
            let dir = engine.directory();
            let choices = trainings_for(&draft.kind, dir.trainings.keys())
                .into_iter()
                .map(|k| {
                    Choice::new(
                        dir.trainings.label(engine.i18n(), ctx.lang, k),
                        MissionFormAction::Training(number(step), k.clone()),
                    )
                })
                .collect();
            let question = if draft.kind == CO_RUNNING {
                "mission-ask-training-co-running"
            } else {
                "mission-ask-training"
            };
            (ctx.t(question), choices)
        }
        Step::Paid => (
            ctx.t("mission-ask-paid"),
            vec![
                ctx.choice("mission-paid-yes", MissionFormAction::Paid(number(step))),
                ctx.choice("mission-paid-no", MissionFormAction::Unpaid(number(step))),
            ],
        ),
        Step::Expenses => (
            ctx.t("mission-ask-expenses"),
            vec![
                ctx.choice(
                    "mission-expenses-yes",
                    MissionFormAction::Reimbursed(number(step)),
                ),
                ctx.choice(
                    "mission-expenses-no",
                    MissionFormAction::NotReimbursed(number(step)),
                ),
            ],
        ),
        Step::Places => (
            ctx.t("mission-ask-places"),
            PLACES
                .iter()
                .map(|n| {
                    Choice::valued(
                        ctx.t_args("pnew-places", &args([("n", *n)])),
                        MissionFormAction::Places(number(step), *n),
                        *n,
                    )
                })
                .collect(),
        ),
        Step::Sheet => (ctx.t("mission-ask-sheet"), Vec::new()),
        Step::Confirm => {
            let record = MissionRecord {
                id: 0,
                details: draft_mission(draft),
                open: true,
                selected: 0,
            };
            let summary = card(ctx, &record).await?;
            let text = ctx.t_args("mission-confirm", &args([("summary", summary)]));
            (text, Vec::new())
        }
    };
    Ok((text, choices))
}

fn draft_mission(draft: &Draft) -> NewMission {
    NewMission {
        programme_id: draft.programme_id,
        project: draft.project.clone(),
        kind: draft.kind.clone(),
        dates: draft.dates.clone(),
        training: draft.training.clone(),
        paid: draft.paid,
        reimbursed: Some(draft.reimbursed),
        places: draft.places,
        sheet: draft.sheet.clone(),
    }
}

/// A mission as partners read it.
async fn card(ctx: &mut Ctx<'_>, m: &MissionRecord) -> Result<String, StoreError> {
    let d = &m.details;
    let context = match d.programme_id {
        Some(id) => match ctx.tx.programme(id).await? {
            Some(p) => ctx.t_args(
                "mission-for-programme",
                &args([("title", p.details.title), ("number", id.to_string())]),
            ),
            None => String::new(),
        },
        None => d.project.clone(),
    };
    let engine = ctx.services();
    let training = if d.training == "none" {
        ctx.t("mission-no-training")
    } else {
        engine
            .directory()
            .trainings
            .label(engine.i18n(), ctx.lang, &d.training)
    };
    let paid = ctx.t(if d.paid {
        "mission-paid"
    } else {
        "mission-unpaid"
    });
    let expenses = ctx.t(match d.reimbursed {
        Some(true) => "mission-expenses",
        Some(false) => "mission-no-expenses",
        None => "mission-expenses-unknown",
    });
    // A mission being written has no number yet.
    let heading = if m.id > 0 {
        ctx.t_args("mission-heading", &args([("number", m.id.to_string())]))
    } else {
        ctx.t("mission-heading-new")
    };
    let mut values = args([
        ("heading", heading),
        ("kind", ctx.t(&format!("mission-kind-{}", d.kind))),
        ("context", context),
        ("dates", d.dates.clone()),
        ("training", training),
        ("paid", paid),
        ("expenses", expenses),
        ("sheet", d.sheet.clone()),
    ]);
    values.set("places", d.places);
    values.set("selected", m.selected);
    Ok(ctx.t_args("mission-card", &values))
}

/// Text typed while writing a mission.
pub async fn on_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    form::on_text::<MissionForm>(ctx, text).await
}

/// Reads text typed at a step of the mission form.
async fn read(
    ctx: &mut Ctx<'_>,
    step: Step,
    draft: &mut Draft,
    text: &str,
) -> Result<Answer, StoreError> {
    let length = text.chars().count();
    let problem = match step {
        Step::Programme => {
            let digits: String = text.chars().filter(char::is_ascii_digit).collect();
            match digits.parse::<i64>() {
                Ok(id) if ctx.tx.programme(id).await?.is_some() => {
                    draft.programme_id = Some(id);
                    draft.project.clear();
                    None
                }
                _ if digits.is_empty() && (3..=120).contains(&length) => {
                    draft.programme_id = None;
                    draft.project = text.to_owned();
                    None
                }
                _ => Some(ctx.t("mission-programme-unknown")),
            }
        }
        Step::Dates if (3..=200).contains(&length) => {
            draft.dates = text.to_owned();
            None
        }
        Step::Sheet if (10..=800).contains(&length) && !has_contact_details(text) => {
            draft.sheet = text.to_owned();
            None
        }
        Step::Places => match text.parse::<i64>() {
            Ok(n) if (1..=50).contains(&n) => {
                draft.places = n;
                None
            }
            _ => {
                let mut values = args([("min", 1)]);
                values.set("max", 50);
                Some(ctx.t_args("pnew-number-range", &values))
            }
        },
        Step::Dates | Step::Sheet => Some(ctx.t("mission-text-length")),
        Step::Kind | Step::Training | Step::Paid | Step::Expenses | Step::Confirm => {
            return Ok(Answer::Ask);
        }
    };
    Ok(match problem {
        Some(problem) => Answer::Again(problem),
        None => Answer::Next,
    })
}

/// A `misn:<action>:<step>[:<value>]` choice of the mission dialogue.
pub async fn on_dialogue_choice(
    ctx: &mut Ctx<'_>,
    action: MissionFormAction,
) -> Result<(), StoreError> {
    form::on_choice::<MissionForm>(ctx, action).await
}

async fn create(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
    let complete = !draft.kind.is_empty()
        && (draft.programme_id.is_some() || !draft.project.is_empty())
        && !draft.dates.is_empty()
        && !draft.training.is_empty()
        && draft.places > 0
        && !draft.sheet.is_empty();
    if !complete {
        let text = ctx.t("pnew-incomplete");
        ctx.reply(text);
        return go_to(ctx, Step::Kind, draft).await;
    }
    if draft.kind == CO_RUNNING && !CO_RUNNING_TRAININGS.contains(&draft.training.as_str()) {
        let text = ctx.t("mission-co-running-training");
        ctx.reply(text);
        return go_to(ctx, Step::Training, draft).await;
    }
    let now = ctx.now();
    let id = ctx.tx.create_mission(&draft_mission(draft), now).await?;
    ctx.clear_dialogue().await?;
    ctx.audit("mission.create", format!("mission:{id}"), None)
        .await?;
    let text = ctx.t_args("mission-created", &args([("number", id.to_string())]));
    let choices = vec![ctx.choice("menu-missions", Command::Missions.data())];
    ctx.reply_with(text, choices);
    Ok(())
}

/// `/missions`: for approved partners, the open missions they qualify for (and their own
/// applications); for coordinators, every open mission to manage.
pub async fn list(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let coordinator = ctx.is_coordinator();
    let partner = ctx
        .tx
        .partner_of(ctx.msg.platform, &ctx.msg.sender)
        .await?
        .filter(|p| p.status == PartnerStatus::Approved);
    if !coordinator && partner.is_none() {
        let text = ctx.t("mission-partners-only");
        let choices = vec![ctx.choice("menu-become-partner", Command::BecomePartner.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let training = partner
        .as_ref()
        .map(|p| p.profile.training.clone())
        .unwrap_or_default();
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let mine = ctx.tx.applications_of((person.0, &person.1)).await?;
    let missions: Vec<MissionRecord> = ctx
        .tx
        .missions(false)
        .await?
        .into_iter()
        .filter(|m| coordinator || qualifies(&m.details.training, &training))
        .collect();
    if missions.is_empty() {
        let text = ctx.t("mission-none");
        ctx.reply(text);
        return Ok(());
    }
    let mut text = ctx.t("mission-list");
    let mut choices = Vec::new();
    for m in missions.iter().take(SHOWN) {
        text.push_str("\n\n");
        text.push_str(&card(ctx, m).await?);
        let applied = mine.iter().find(|a| {
            a.mission_id == m.id
                && matches!(
                    a.status,
                    ApplicationStatus::Applied | ApplicationStatus::Selected
                )
        });
        if let Some(a) = applied {
            let state = if a.status == ApplicationStatus::Selected {
                "mission-you-selected"
            } else {
                "mission-you-applied"
            };
            text.push('\n');
            text.push_str(&ctx.t(state));
            choices.push(Choice::new(
                ctx.t_args("mission-withdraw-n", &args([("number", m.id)])),
                MissionAction::Quit(a.id),
            ));
        } else if partner.is_some() && m.selected < m.details.places {
            choices.push(Choice::new(
                ctx.t_args("mission-apply-n", &args([("number", m.id)])),
                MissionAction::Apply(m.id),
            ));
        }
        if coordinator {
            choices.push(Choice::new(
                ctx.t_args("mission-manage-n", &args([("number", m.id)])),
                MissionAction::Menu(m.id),
            ));
        }
    }
    ctx.reply_with(text, choices);
    Ok(())
}

crate::actions! {
    /// A button about a mission (numbered) or an application (numbered).
    pub enum MissionAction = "mis" {
        /// A partner applies to mission `N`.
        Apply(mission: i64) = "apply",
        /// A partner withdraws application `N`.
        Quit(application: i64) = "quit",
        /// Coordinators: mission `N`'s applications.
        Menu(mission: i64) = "menu",
        /// Coordinators: closes mission `N`.
        Close(mission: i64) = "close",
        /// Coordinators: selects application `N`.
        Select(application: i64) = "select",
        /// Coordinators: declines application `N`.
        Decline(application: i64) = "decline",
    }
}

/// A `mis:<action>:<number>` choice: apply, withdraw (partners); menu, select, decline,
/// close (coordinators).
pub async fn on_choice(ctx: &mut Ctx<'_>, action: MissionAction) -> Result<(), StoreError> {
    let now = ctx.now();
    match action {
        MissionAction::Apply(id) => apply(ctx, id, now).await,
        MissionAction::Quit(id) => {
            let own = ctx
                .tx
                .application(id)
                .await?
                .filter(|a| a.platform == ctx.msg.platform && a.user == ctx.msg.sender);
            let moved = match own {
                Some(_) => {
                    ctx.tx
                        .move_application(
                            id,
                            &[ApplicationStatus::Applied, ApplicationStatus::Selected],
                            ApplicationStatus::Withdrawn,
                            now,
                        )
                        .await?
                }
                None => false,
            };
            let text = ctx.t(if moved {
                "mission-withdrawn"
            } else {
                "mission-application-gone"
            });
            ctx.reply(text);
            Ok(())
        }
        _ if !ctx.is_coordinator() => {
            let text = ctx.t("coordinator-only");
            ctx.reply(text);
            Ok(())
        }
        MissionAction::Menu(id) => menu(ctx, id).await,
        MissionAction::Close(id) => {
            ctx.tx.set_mission_open(id, false).await?;
            ctx.audit("mission.close", format!("mission:{id}"), None)
                .await?;
            let text = ctx.t_args("mission-closed", &args([("number", id.to_string())]));
            ctx.reply(text);
            Ok(())
        }
        MissionAction::Select(id) => decide(ctx, true, id, now).await,
        MissionAction::Decline(id) => decide(ctx, false, id, now).await,
    }
}

async fn apply(ctx: &mut Ctx<'_>, mission_id: i64, now: i64) -> Result<(), StoreError> {
    let partner = ctx
        .tx
        .partner_of(ctx.msg.platform, &ctx.msg.sender)
        .await?
        .filter(|p| p.status == PartnerStatus::Approved);
    let Some(partner) = partner else {
        let text = ctx.t("mission-partners-only");
        ctx.reply(text);
        return Ok(());
    };
    let Some(m) = ctx.tx.mission(mission_id).await?.filter(|m| m.open) else {
        let text = ctx.t("mission-gone");
        ctx.reply(text);
        return Ok(());
    };
    if !qualifies(&m.details.training, &partner.profile.training) {
        let text = ctx.t("mission-not-qualified");
        ctx.reply(text);
        return Ok(());
    }
    if m.selected >= m.details.places {
        let text = ctx.t("mission-full");
        ctx.reply(text);
        return Ok(());
    }
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    match ctx
        .tx
        .apply_to_mission(m.id, (person.0, &person.1), partner.id, now)
        .await?
    {
        ApplyOutcome::Closed => {
            let text = ctx.t("mission-gone");
            ctx.reply(text);
        }
        ApplyOutcome::AlreadyApplied(_) => {
            let text = ctx.t("mission-already-applied");
            ctx.reply(text);
        }
        ApplyOutcome::Applied(application) => {
            tracing::info!(mission = m.id, application, "partner applied to a mission");
            let text = ctx.t_args("mission-applied", &args([("number", m.id.to_string())]));
            ctx.reply(text);
            for (platform, user) in ctx.coordinators().await? {
                ctx.notify(
                    platform,
                    &user,
                    "mission-team-applied",
                    args([
                        ("number", m.id.to_string()),
                        ("pseudonym", partner.profile.pseudonym.clone()),
                        ("profile", partner.id.to_string()),
                    ]),
                    &[
                        ("mission-select", MissionAction::Select(application).data()),
                        (
                            "mission-decline",
                            MissionAction::Decline(application).data(),
                        ),
                    ],
                )
                .await?;
            }
        }
    }
    Ok(())
}

/// A mission's applications, each with select and decline while undecided.
async fn menu(ctx: &mut Ctx<'_>, mission_id: i64) -> Result<(), StoreError> {
    let Some(m) = ctx.tx.mission(mission_id).await? else {
        let text = ctx.t("mission-gone");
        ctx.reply(text);
        return Ok(());
    };
    let mut text = card(ctx, &m).await?;
    let applications = ctx.tx.applications_to(m.id).await?;
    let ids: Vec<i64> = applications.iter().map(|a| a.partner_id).collect();
    let partners = ctx.tx.partners_by_ids(&ids).await?;
    let mut choices = Vec::new();
    if applications.is_empty() {
        text.push_str("\n\n");
        text.push_str(&ctx.t("mission-no-applications"));
    }
    for a in &applications {
        let pseudonym = partners
            .iter()
            .find(|p| p.id == a.partner_id)
            .map(|p| p.profile.pseudonym.clone())
            .unwrap_or_else(|| ctx.t("mission-partner-gone"));
        text.push_str("\n• ");
        text.push_str(&ctx.t_args(
            "mission-application-line",
            &args([
                ("number", a.id.to_string()),
                ("pseudonym", pseudonym),
                (
                    "status",
                    ctx.t(&format!("mission-status-{}", a.status.as_str())),
                ),
            ]),
        ));
        if a.status == ApplicationStatus::Applied {
            choices.push(Choice::new(
                ctx.t_args("mission-select-n", &args([("number", a.id)])),
                MissionAction::Select(a.id),
            ));
            choices.push(Choice::new(
                ctx.t_args("mission-decline-n", &args([("number", a.id)])),
                MissionAction::Decline(a.id),
            ));
        }
    }
    if m.open {
        choices.push(ctx.choice("mission-close", MissionAction::Close(m.id)));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// Selects or declines an application; the partner is told.
async fn decide(ctx: &mut Ctx<'_>, select: bool, id: i64, now: i64) -> Result<(), StoreError> {
    let Some(a) = ctx.tx.application(id).await? else {
        let text = ctx.t("mission-application-gone");
        ctx.reply(text);
        return Ok(());
    };
    let done = if select {
        match ctx.tx.select_application(id, now).await? {
            SelectOutcome::Selected => true,
            SelectOutcome::Full => {
                let text = ctx.t("mission-full");
                ctx.reply(text);
                return Ok(());
            }
            SelectOutcome::Stale => false,
        }
    } else {
        ctx.tx
            .move_application(
                id,
                &[ApplicationStatus::Applied],
                ApplicationStatus::Declined,
                now,
            )
            .await?
    };
    if !done {
        let text = ctx.t("mission-application-gone");
        ctx.reply(text);
        return Ok(());
    }
    let audited = if select {
        "mission.select"
    } else {
        "mission.decline"
    };
    ctx.audit(audited, format!("application:{id}"), None)
        .await?;
    let told = if select {
        "mission-told-selected"
    } else {
        "mission-told-declined"
    };
    ctx.notify(
        a.platform,
        &a.user,
        told,
        args([("number", a.mission_id.to_string())]),
        &[("menu-missions", Command::Missions.data().to_owned())],
    )
    .await?;
    let m = ctx.tx.mission(a.mission_id).await?;
    let mut values = args([("number", id.to_string())]);
    values.set("selected", m.as_ref().map_or(0, |m| m.selected));
    values.set("places", m.as_ref().map_or(0, |m| m.details.places));
    let reply = if select {
        "mission-team-selected"
    } else {
        "mission-team-declined"
    };
    let text = ctx.t_args(reply, &values);
    let choices = vec![ctx.choice("mission-back", MissionAction::Menu(a.mission_id))];
    ctx.reply_with(text, choices);
    Ok(())
}
