//! `/etp_nouveau` (coordinators): a guided dialogue creating a programme, also used to
//! edit one; and a programme's management menu (edit, close or reopen, its sign-ups, the
//! export).

use super::card;
use crate::core::Choice;
use crate::features::directory::onboarding::has_contact_details;
use crate::features::directory::{geo, search};
use crate::features::form::{self, Answer, Form, Pressed};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{NewProgramme, StoreError};
use serde::{Deserialize, Serialize};

/// Dialogue kind of a programme being written.
pub const DIALOGUE: &str = "etp_new";

/// Offered capacities.
const CAPACITIES: [i64; 4] = [6, 8, 10, 12];

/// The programme being written (the dialogue's stored data).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Draft {
    editing: Option<i64>,
    title: String,
    structure: String,
    team: String,
    address: String,
    department: Option<String>,
    online: bool,
    themes: Vec<String>,
    format: String,
    rhythm: String,
    capacity: i64,
    co_run: bool,
    description: String,
}

impl Draft {
    fn to_new(&self) -> NewProgramme {
        NewProgramme {
            title: self.title.clone(),
            structure: self.structure.clone(),
            team: self.team.clone(),
            address: self.address.clone(),
            department: if self.address.is_empty() {
                None
            } else {
                self.department.clone()
            },
            online: self.online || self.address.is_empty(),
            format: self.format.clone(),
            rhythm: self.rhythm.clone(),
            capacity: self.capacity,
            co_run: self.co_run,
            description: self.description.clone(),
            themes: self.themes.clone(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Title,
    Structure,
    Team,
    Place,
    Remote,
    Department,
    Themes,
    Format,
    Rhythm,
    Capacity,
    CoRun,
    Description,
    Confirm,
}

const STEPS: [Step; 13] = [
    Step::Title,
    Step::Structure,
    Step::Team,
    Step::Place,
    Step::Remote,
    Step::Department,
    Step::Themes,
    Step::Format,
    Step::Rhythm,
    Step::Capacity,
    Step::CoRun,
    Step::Description,
    Step::Confirm,
];

fn number(step: Step) -> i64 {
    form::number::<ProgrammeForm>(step)
}

fn next(step: Step, draft: &Draft) -> Step {
    match step {
        Step::Place if draft.address.is_empty() => Step::Themes,
        Step::Remote if draft.department.is_some() => Step::Themes,
        Step::Confirm => Step::Confirm,
        other => STEPS[number(other) as usize + 1],
    }
}

/// `/etp_nouveau`: starts the creation (the command is for coordinators only).
pub async fn start(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let intro = ctx.t("etpc-intro");
    ctx.reply(intro);
    let draft = Draft {
        capacity: 8,
        ..Draft::default()
    };
    go_to(ctx, Step::Title, &draft).await
}

async fn go_to(ctx: &mut Ctx<'_>, step: Step, draft: &Draft) -> Result<(), StoreError> {
    form::go_to::<ProgrammeForm>(ctx, step, draft).await
}

/// The programme form (creation or edition), for coordinators.
struct ProgrammeForm;

impl Form for ProgrammeForm {
    type Step = Step;
    type Draft = Draft;
    type Action = ProgrammeAction;

    const KIND: &'static str = DIALOGUE;
    const STEPS: &'static [Step] = &STEPS;
    const SEND_LABEL: &'static str = "etpc-create";

    fn send_label(draft: &Draft) -> &'static str {
        if draft.editing.is_some() {
            "pnew-save"
        } else {
            Self::SEND_LABEL
        }
    }

    fn allowed(ctx: &Ctx<'_>) -> bool {
        ctx.is_coordinator()
    }

    async fn ask(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &Draft,
    ) -> Result<(String, Vec<Choice>), StoreError> {
        Ok(question(ctx, step, draft))
    }

    async fn read(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &mut Draft,
        text: &str,
    ) -> Result<Answer, StoreError> {
        Ok(read(ctx, step, draft, text))
    }

    async fn press(
        _ctx: &mut Ctx<'_>,
        step: Step,
        draft: &mut Draft,
        action: ProgrammeAction,
    ) -> Result<Answer, StoreError> {
        match (action, step) {
            (ProgrammeAction::Keep(_), _) if draft.editing.is_some() => {}
            (ProgrammeAction::Remote(_), Step::Place) => {
                draft.address.clear();
                draft.department = None;
                draft.online = true;
            }
            (ProgrammeAction::Yes(_), Step::Remote) => draft.online = true,
            (ProgrammeAction::No(_), Step::Remote) => draft.online = false,
            (ProgrammeAction::Yes(_), Step::CoRun) => draft.co_run = true,
            (ProgrammeAction::No(_), Step::CoRun) => draft.co_run = false,
            (ProgrammeAction::Format(_, f), Step::Format)
                if matches!(f.as_str(), "collective" | "individual" | "both") =>
            {
                draft.format = f;
            }
            (ProgrammeAction::Set(_, n), Step::Capacity) if n > 0 => draft.capacity = n,
            _ => return Ok(Answer::Stale),
        }
        Ok(Answer::Next)
    }

    async fn send(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
        save(ctx, draft).await
    }

    fn pressed(action: ProgrammeAction) -> Pressed<ProgrammeAction> {
        match action {
            ProgrammeAction::Restart(at) => Pressed::Restart(at),
            ProgrammeAction::Create(at) => Pressed::Send(at),
            ProgrammeAction::Keep(at)
            | ProgrammeAction::Remote(at)
            | ProgrammeAction::Yes(at)
            | ProgrammeAction::No(at)
            | ProgrammeAction::Format(at, _)
            | ProgrammeAction::Set(at, _) => Pressed::Own(at, action),
            // The management menu's buttons never reach the form: a step no form has.
            ProgrammeAction::Menu(_)
            | ProgrammeAction::Edit(_)
            | ProgrammeAction::Close(_)
            | ProgrammeAction::Open(_) => Pressed::Own(-1, action),
        }
    }

    fn restart(at: i64) -> String {
        ProgrammeAction::Restart(at).data()
    }

    fn send_data(at: i64) -> String {
        ProgrammeAction::Create(at).data()
    }

    fn next(_ctx: &Ctx<'_>, step: Step, draft: &Draft) -> Step {
        next(step, draft)
    }
}

crate::actions! {
    /// A button of the programme form (bound to the step it was offered at) or of a
    /// programme's management menu (numbered by programme).
    pub enum ProgrammeAction = "etpc" {
        /// The management menu.
        Menu(programme: i64) = "menu",
        Edit(programme: i64) = "edit",
        /// Closes sign-ups.
        Close(programme: i64) = "close",
        /// Opens sign-ups again.
        Open(programme: i64) = "open",
        /// Keeps the current answer (when editing).
        Keep(step: i64) = "keep",
        /// Held online only.
        Remote(step: i64) = "remote",
        Yes(step: i64) = "yes",
        No(step: i64) = "no",
        /// Collective, individual or both.
        Format(step: i64, format: String) = "format",
        /// Places.
        Set(step: i64, value: i64) = "set",
        /// Starts the answers again from the summary.
        Restart(step: i64) = "restart",
        /// Creates (or saves) the programme from the summary.
        Create(step: i64) = "create",
    }
}

/// The question of a step and its own buttons.
fn question(ctx: &mut Ctx<'_>, step: Step, draft: &Draft) -> (String, Vec<Choice>) {
    let editing = draft.editing.is_some();
    let current = |value: &str| {
        if editing && !value.trim().is_empty() {
            ctx.t_args("partner-current", &args([("value", value.to_owned())]))
        } else {
            String::new()
        }
    };
    let mut choices = Vec::new();
    let value = match step {
        Step::Title => draft.title.clone(),
        Step::Structure => draft.structure.clone(),
        Step::Team => draft.team.clone(),
        Step::Place => draft.address.clone(),
        Step::Rhythm => draft.rhythm.clone(),
        Step::Description => draft.description.clone(),
        Step::Themes => themes_text(ctx, &draft.themes),
        _ => String::new(),
    };
    let question = match step {
        Step::Title => "etpc-ask-title",
        Step::Structure => "etpc-ask-structure",
        Step::Team => "etpc-ask-team",
        Step::Place => {
            choices.push(ctx.choice("etpc-remote-only", ProgrammeAction::Remote(number(step))));
            "etpc-ask-place"
        }
        Step::Remote => {
            choices.push(ctx.choice("etpc-yes-remote", ProgrammeAction::Yes(number(step))));
            choices.push(ctx.choice("etpc-no-remote", ProgrammeAction::No(number(step))));
            "etpc-ask-remote"
        }
        Step::Department => "pnew-ask-department",
        Step::Themes => "etpc-ask-themes",
        Step::Format => {
            for format in ["collective", "individual", "both"] {
                choices.push(ctx.choice(
                    &format!("etp-format-{format}"),
                    ProgrammeAction::Format(number(step), format.to_owned()),
                ));
            }
            "etpc-ask-format"
        }
        Step::Rhythm => "etpc-ask-rhythm",
        Step::Capacity => {
            for n in CAPACITIES {
                choices.push(Choice::valued(
                    ctx.t_args("pnew-places", &args([("n", n)])),
                    ProgrammeAction::Set(number(step), n),
                    n,
                ));
            }
            "etpc-ask-capacity"
        }
        Step::CoRun => {
            choices.push(ctx.choice("etpc-yes-co-run", ProgrammeAction::Yes(number(step))));
            choices.push(ctx.choice("etpc-no-co-run", ProgrammeAction::No(number(step))));
            "etpc-ask-co-run"
        }
        Step::Description => "etpc-ask-description",
        Step::Confirm => {
            let summary = card(
                ctx,
                &crate::store::ProgrammeRecord {
                    id: draft.editing.unwrap_or(0),
                    details: draft.to_new(),
                    open: true,
                    handlers: Vec::new(),
                },
            );
            let text = ctx.t_args("etpc-confirm", &args([("summary", summary)]));
            return (text, Vec::new());
        }
    };
    let has_value = !value.is_empty()
        || (editing
            && matches!(
                step,
                Step::Format | Step::Capacity | Step::Remote | Step::CoRun
            ));
    if editing && has_value {
        choices.push(ctx.choice("partner-keep", ProgrammeAction::Keep(number(step))));
    }
    let text = format!("{}{}", ctx.t(question), current(&value));
    (text, choices)
}

fn themes_text(ctx: &Ctx<'_>, themes: &[String]) -> String {
    crate::features::directory::condition_labels(ctx, themes)
}

/// Text typed during the dialogue.
pub async fn on_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    form::on_text::<ProgrammeForm>(ctx, text).await
}

/// Reads text typed at a step of the programme form.
fn read(ctx: &mut Ctx<'_>, step: Step, draft: &mut Draft, text: &str) -> Answer {
    let length = text.chars().count();
    // The checks borrow the context: they end before any await (the future stays `Send`).
    let outcome: Result<(), String> = {
        let bounded = |min: usize, max: usize| -> Result<String, String> {
            if length < min {
                Err(ctx.t("pnew-too-short"))
            } else if length > max {
                Err(ctx.t_args("partner-too-long-max", &args([("max", max)])))
            } else if has_contact_details(text) {
                Err(ctx.t("etpc-no-contact-details"))
            } else {
                Ok(text.to_owned())
            }
        };
        match step {
            Step::Title => bounded(3, 100).map(|t| draft.title = t),
            Step::Structure => bounded(2, 120).and_then(|t| match ctx.outside_scope(&t) {
                Some(refusal) => Err(refusal),
                None => {
                    draft.structure = t;
                    Ok(())
                }
            }),
            Step::Team => bounded(2, 200).map(|t| draft.team = t),
            Step::Place => bounded(3, 200).map(|t| {
                draft.department = match geo::find_departments(&t).as_slice() {
                    [only] => Some(only.code.to_owned()),
                    _ => None,
                };
                draft.address = t;
            }),
            Step::Department => match geo::find_departments(text).first() {
                Some(d) => {
                    draft.department = Some(d.code.to_owned());
                    Ok(())
                }
                None => Err(ctx.t("pnew-department-unknown")),
            },
            Step::Themes => {
                let found = search::parse(ctx.services().directory(), text, false).conditions;
                if found.is_empty() {
                    Err(ctx.t("etpc-themes-unknown"))
                } else {
                    draft.themes = found;
                    Ok(())
                }
            }
            Step::Rhythm => bounded(3, 300).map(|t| draft.rhythm = t),
            Step::Capacity => match text.parse::<i64>() {
                Ok(n) if (1..=500).contains(&n) => {
                    draft.capacity = n;
                    Ok(())
                }
                _ => {
                    let mut values = args([("min", 1)]);
                    values.set("max", 500);
                    Err(ctx.t_args("pnew-number-range", &values))
                }
            },
            Step::Description => bounded(10, 800).map(|t| draft.description = t),
            Step::Remote | Step::Format | Step::CoRun | Step::Confirm => return Answer::Ask,
        }
    };
    match outcome {
        Ok(()) => {
            if step == Step::Place
                && let Some(code) = &draft.department
            {
                ctx.note_understood(crate::features::directory::department_label(code));
            }
            if step == Step::Themes {
                ctx.note_understood(themes_text(ctx, &draft.themes));
            }
            Answer::Next
        }
        Err(problem) => Answer::Again(problem),
    }
}

/// An `etpc:…` choice: a dialogue answer (`<action>:<step>[:<value>]`) or the management
/// of a programme (`<action>:<number>`).
pub async fn on_choice(ctx: &mut Ctx<'_>, action: ProgrammeAction) -> Result<(), StoreError> {
    if !ctx.is_coordinator() {
        let text = ctx.t("coordinator-only");
        ctx.reply(text);
        return Ok(());
    }
    match action {
        ProgrammeAction::Menu(id)
        | ProgrammeAction::Edit(id)
        | ProgrammeAction::Close(id)
        | ProgrammeAction::Open(id) => manage(ctx, &action, id).await,
        _ => dialogue_choice(ctx, action).await,
    }
}

async fn dialogue_choice(ctx: &mut Ctx<'_>, action: ProgrammeAction) -> Result<(), StoreError> {
    form::on_choice::<ProgrammeForm>(ctx, action).await
}

fn is_complete(draft: &Draft) -> bool {
    !draft.title.is_empty()
        && !draft.structure.is_empty()
        && (!draft.address.is_empty() || draft.online)
        && !draft.themes.is_empty()
        && !draft.format.is_empty()
        && !draft.rhythm.is_empty()
        && draft.capacity > 0
        && !draft.description.is_empty()
}

async fn save(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
    if !is_complete(draft) {
        let text = ctx.t("pnew-incomplete");
        ctx.reply(text);
        return go_to(ctx, Step::Title, draft).await;
    }
    let new = draft.to_new();
    let now = ctx.now();
    let id = match draft.editing {
        Some(id) => {
            ctx.tx.update_programme(id, &new).await?;
            ctx.audit("etp.edit", format!("programme:{id}"), None)
                .await?;
            id
        }
        None => {
            let me = (ctx.msg.platform, ctx.msg.sender.clone());
            let id = ctx.tx.create_programme(&new, &[me], now).await?;
            ctx.audit("etp.create", format!("programme:{id}"), None)
                .await?;
            id
        }
    };
    ctx.clear_dialogue().await?;
    let reply = if draft.editing.is_some() {
        "etpc-saved"
    } else {
        "etpc-created"
    };
    let title = new.title.clone();
    let text = ctx.t_args(
        reply,
        &args([("title", new.title), ("number", id.to_string())]),
    );
    let choices = vec![ctx.choice("etp-manage", ProgrammeAction::Menu(id))];
    ctx.reply_with(text, choices);
    if draft.editing.is_none() {
        // People who follow new ETP programmes hear of it.
        crate::features::broadcast::announce(
            ctx,
            "etp",
            "bc-new-programme",
            &[("title", title), ("number", id.to_string())],
        )
        .await?;
    }
    Ok(())
}

/// A programme's management menu and its actions.
async fn manage(ctx: &mut Ctx<'_>, action: &ProgrammeAction, id: i64) -> Result<(), StoreError> {
    let Some(p) = ctx.tx.programme(id).await? else {
        let text = ctx.t("etp-programme-gone");
        ctx.reply(text);
        return Ok(());
    };
    if !super::team::in_scope(ctx, &p) {
        return Ok(());
    }
    match action {
        ProgrammeAction::Edit(_) => {
            let d = &p.details;
            let draft = Draft {
                editing: Some(p.id),
                title: d.title.clone(),
                structure: d.structure.clone(),
                team: d.team.clone(),
                address: d.address.clone(),
                department: d.department.clone(),
                online: d.online,
                themes: d.themes.clone(),
                format: d.format.clone(),
                rhythm: d.rhythm.clone(),
                capacity: d.capacity,
                co_run: d.co_run,
                description: d.description.clone(),
            };
            let intro = ctx.t("etpc-edit-intro");
            ctx.reply(intro);
            go_to(ctx, Step::Title, &draft).await?;
        }
        ProgrammeAction::Close(_) | ProgrammeAction::Open(_) => {
            let open = matches!(action, ProgrammeAction::Open(_));
            ctx.tx.set_programme_open(p.id, open).await?;
            let audited = if open { "etp.open" } else { "etp.close" };
            ctx.audit(audited, format!("programme:{}", p.id), None)
                .await?;
            let reply = if open { "etpc-opened" } else { "etpc-closed" };
            let text = ctx.t_args(reply, &args([("title", p.details.title.clone())]));
            ctx.reply(text);
        }
        _ => {
            let text = card(ctx, &p);
            let toggle = if p.open {
                ctx.choice("etpc-close", ProgrammeAction::Close(p.id))
            } else {
                ctx.choice("etpc-open", ProgrammeAction::Open(p.id))
            };
            let choices = vec![
                ctx.choice("etpc-signups", super::team::TeamAction::Queue(p.id)),
                ctx.choice("etpc-export", super::team::TeamAction::Export(p.id)),
                ctx.choice("pman-edit", ProgrammeAction::Edit(p.id)),
                toggle,
            ];
            ctx.reply_with(text, choices);
        }
    }
    Ok(())
}
