//! Writing a mission (`/mission_nouvelle`, coordinators): kind, programme or project,
//! dates, the training asked, pay and expenses, places and the mission sheet, then a summary
//! to publish.

use super::missions::{KINDS, card};
use crate::core::Choice;
use crate::features::commands::Command;
use crate::features::directory::onboarding::has_contact_details;
use crate::features::directory::training::CO_RUNNING_TRAININGS;
use crate::features::form::{self, Answer, Form, Pressed};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{MissionRecord, NewMission, StoreError};
use serde::{Deserialize, Serialize};

/// Dialogue kind of a mission being written.
pub const DIALOGUE: &str = "mission_new";

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
        structure: String::new(),
    }
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
            let programme = match digits.parse::<i64>() {
                Ok(id) => ctx.tx.programme(id).await?,
                Err(_) => None,
            };
            match programme {
                // A coordinator scoped to one organisation posts only for its programmes.
                Some(p) if !ctx.covers(&p.details.structure) => {
                    let organisation = ctx.organisation().unwrap_or_default().to_owned();
                    Some(ctx.t_args("role-out-of-scope", &args([("organisation", organisation)])))
                }
                Some(p) => {
                    draft.programme_id = Some(p.id);
                    draft.project.clear();
                    None
                }
                None if digits.is_empty() && (3..=120).contains(&length) => {
                    draft.programme_id = None;
                    draft.project = text.to_owned();
                    None
                }
                None => Some(ctx.t("mission-programme-unknown")),
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
    // The structure scoping follows: the programme's, else the poster's organisation.
    let structure = match draft.programme_id {
        Some(id) => ctx.tx.programme(id).await?.map(|p| p.details.structure),
        None => None,
    }
    .unwrap_or_else(|| ctx.organisation().unwrap_or_default().to_owned());
    let now = ctx.now();
    let mission = NewMission {
        structure,
        ..draft_mission(draft)
    };
    let id = ctx.tx.create_mission(&mission, now).await?;
    ctx.clear_dialogue().await?;
    ctx.audit("mission.create", format!("mission:{id}"), None)
        .await?;
    let text = ctx.t_args("mission-created", &args([("number", id.to_string())]));
    let choices = vec![ctx.choice("menu-missions", Command::Missions.data())];
    ctx.reply_with(text, choices);
    Ok(())
}
