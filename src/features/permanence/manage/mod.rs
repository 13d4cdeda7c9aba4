//! Running permanences: `/permanence_nouvelle` (a guided dialogue, also used to edit one),
//! `/mes_permanences` for hosts and coordinators, pausing, and cancelling a date or the
//! whole series with every booked person told.
//!
//! Coordinators run every permanence; an approved partner creates and runs those they host.
//! Editing changes what a permanence says and its rules, never its schedule: booked slots
//! keep their times (to change days or hours, cancel and create a new one).

use super::booking::{self, slot_when, slot_when_in};
use super::schedule::{self, DatesError, clock, local_date};
use crate::core::{Choice, Platform, UserId};
use crate::features::commands::Command;
use crate::features::directory::onboarding::{has_contact_details, mentions_online};
use crate::features::directory::{geo, onboarding, search};
use crate::features::form::{self, Answer, Form, Pressed};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{NewPermanence, PartnerStatus, PermanenceRecord, PersonBooking, StoreError};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

mod answers;
mod attendance;
mod hosting;
mod publish;

use answers::*;
pub use attendance::{AttendanceAction, on_choice as on_attendance_choice};
pub use hosting::{HostingAction, mine, on_manage_choice};
use publish::*;

/// Dialogue kind of the creation (and edition) of a permanence.
pub const DIALOGUE: &str = "permanence_new";

/// Longest title, structure, address and link, in characters.
const MAX_TITLE: usize = 80;
const MAX_STRUCTURE: usize = 120;
const MAX_ADDRESS: usize = 200;
const MAX_LINK: usize = 300;

/// Permanences shown at once by `/mes_permanences`, and occurrence days offered to cancel.
const MINE_SHOWN: usize = 10;
const DAYS_OFFERED: usize = 8;

/// Offered answers: slot lengths (minutes), places, booking horizons (days), cutoffs (hours).
const SLOT_LENGTHS: [i64; 5] = [15, 20, 30, 45, 60];
const CAPACITIES: [i64; 5] = [1, 2, 3, 5, 10];
const HORIZONS: [i64; 4] = [7, 14, 30, 60];
const CUTOFFS: [i64; 5] = [0, 2, 4, 24, 48];

/// The permanence being written: the dialogue's stored data, so a restart resumes it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Draft {
    /// The permanence edited, or `None` when creating one.
    editing: Option<i64>,
    title: String,
    structure: String,
    address: String,
    online: bool,
    link: Option<String>,
    department: Option<String>,
    themes: Vec<String>,
    hosts: Vec<i64>,
    /// Weekly, or on the dates below.
    one_off: bool,
    weekly: Option<(u8, u16, u16)>,
    /// One-off openings: ISO date, start and end in local minutes.
    dates: Vec<(String, u16, u16)>,
    /// 0 means one slot for the whole opening.
    slot_minutes: i64,
    capacity: i64,
    open_days: i64,
    cutoff_minutes: i64,
}

impl Draft {
    fn from_record(p: &PermanenceRecord) -> Self {
        let d = &p.details;
        Draft {
            editing: Some(p.id),
            title: d.title.clone(),
            structure: d.structure.clone(),
            address: d.address.clone(),
            online: d.online,
            link: d.link.clone(),
            department: d.department.clone(),
            themes: d.themes.clone(),
            hosts: d.hosts.clone(),
            one_off: d.weekly.is_none(),
            weekly: d.weekly,
            dates: Vec::new(),
            slot_minutes: d.slot_minutes,
            capacity: d.capacity,
            open_days: d.open_days,
            cutoff_minutes: d.cutoff_minutes,
        }
    }

    fn to_new(&self) -> NewPermanence {
        // A weekly "whole opening" slot lasts the opening.
        let slot_minutes = match (self.slot_minutes, self.weekly) {
            (0, Some((_, start, end))) if !self.one_off => i64::from(end - start),
            (minutes, _) => minutes,
        };
        NewPermanence {
            title: self.title.clone(),
            structure: self.structure.clone(),
            address: if self.online {
                String::new()
            } else {
                self.address.clone()
            },
            online: self.online,
            link: if self.online { self.link.clone() } else { None },
            department: if self.online {
                None
            } else {
                self.department.clone()
            },
            themes: self.themes.clone(),
            hosts: self.hosts.clone(),
            weekly: if self.one_off { None } else { self.weekly },
            slot_minutes,
            capacity: self.capacity,
            open_days: self.open_days,
            cutoff_minutes: self.cutoff_minutes,
        }
    }

    fn dates(&self) -> Vec<(NaiveDate, u16, u16)> {
        self.dates
            .iter()
            .filter_map(|(day, s, e)| day.parse().ok().map(|d| (d, *s, *e)))
            .collect()
    }

    /// The shortest opening, in minutes: no slot may be longer.
    fn shortest_opening(&self) -> i64 {
        if self.one_off {
            self.dates
                .iter()
                .map(|(_, s, e)| i64::from(e - s))
                .min()
                .unwrap_or(0)
        } else {
            self.weekly.map_or(0, |(_, s, e)| i64::from(e - s))
        }
    }
}

/// The questions, in order; some are skipped (see [`next`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Title,
    Structure,
    Place,
    Link,
    Department,
    Themes,
    Hosts,
    Recurrence,
    Weekday,
    Hours,
    Dates,
    SlotLength,
    Capacity,
    OpenDays,
    Cutoff,
    Confirm,
}

const STEPS: [Step; 16] = [
    Step::Title,
    Step::Structure,
    Step::Place,
    Step::Link,
    Step::Department,
    Step::Themes,
    Step::Hosts,
    Step::Recurrence,
    Step::Weekday,
    Step::Hours,
    Step::Dates,
    Step::SlotLength,
    Step::Capacity,
    Step::OpenDays,
    Step::Cutoff,
    Step::Confirm,
];

fn step_of(n: i64) -> Option<Step> {
    usize::try_from(n).ok().and_then(|i| STEPS.get(i).copied())
}

fn number(step: Step) -> i64 {
    STEPS.iter().position(|s| *s == step).unwrap_or(0) as i64
}

/// The question after `step`. Hosts are asked of coordinators only (a partner hosts what
/// they create); an edit skips the schedule.
fn next(step: Step, draft: &Draft, coordinator: bool) -> Step {
    let editing = draft.editing.is_some();
    match step {
        Step::Title => Step::Structure,
        Step::Structure => Step::Place,
        Step::Place if draft.online => Step::Link,
        Step::Place if draft.department.is_none() => Step::Department,
        Step::Place | Step::Link | Step::Department => Step::Themes,
        Step::Themes if coordinator => Step::Hosts,
        Step::Themes | Step::Hosts if editing => Step::Capacity,
        Step::Themes | Step::Hosts => Step::Recurrence,
        Step::Recurrence if draft.one_off => Step::Dates,
        Step::Recurrence => Step::Weekday,
        Step::Weekday => Step::Hours,
        Step::Hours | Step::Dates => Step::SlotLength,
        Step::SlotLength => Step::Capacity,
        Step::Capacity => Step::OpenDays,
        Step::OpenDays => Step::Cutoff,
        Step::Cutoff | Step::Confirm => Step::Confirm,
    }
}

/// The sender's approved partner profile number, if any.
async fn own_profile(ctx: &mut Ctx<'_>) -> Result<Option<i64>, StoreError> {
    Ok(ctx
        .tx
        .partner_of(ctx.msg.platform, &ctx.msg.sender)
        .await?
        .filter(|p| p.status == PartnerStatus::Approved)
        .map(|p| p.id))
}

/// Why the sender may not run a permanence: not theirs, or (coordinators scoped to an
/// organisation) another structure's.
fn not_yours(ctx: &Ctx<'_>) -> String {
    match ctx.organisation().filter(|_| ctx.is_coordinator()) {
        Some(organisation) => ctx.t_args(
            "role-out-of-scope",
            &args([("organisation", organisation.to_owned())]),
        ),
        None => ctx.t("pman-not-yours"),
    }
}

/// Whether the sender may run this permanence: coordinators those of the structures their
/// role covers (all when not scoped), partners those they host.
async fn may_run(ctx: &mut Ctx<'_>, p: &PermanenceRecord) -> Result<bool, StoreError> {
    if ctx.is_coordinator() && ctx.covers(&p.details.structure) {
        return Ok(true);
    }
    Ok(own_profile(ctx)
        .await?
        .is_some_and(|id| p.details.hosts.contains(&id)))
}

/// The permanence `id`, not stopped, if the sender may run it; otherwise says why and
/// gives `None`.
async fn runnable(ctx: &mut Ctx<'_>, id: i64) -> Result<Option<PermanenceRecord>, StoreError> {
    let Some(p) = ctx
        .tx
        .permanence(id)
        .await?
        .filter(|p| p.status != "cancelled")
    else {
        let text = ctx.t("permanence-gone");
        ctx.reply(text);
        return Ok(None);
    };
    if !may_run(ctx, &p).await? {
        let text = not_yours(ctx);
        ctx.reply(text);
        return Ok(None);
    }
    Ok(Some(p))
}

/// Whether a partner already created as many permanences in the last day as one may (each
/// may be announced to every follower); if so, says so. Coordinators are not limited.
pub(super) async fn day_limit_reached(ctx: &mut Ctx<'_>) -> Result<bool, StoreError> {
    if ctx.is_coordinator() {
        return Ok(false);
    }
    let limit = ctx.services().settings().limits.permanences_per_day;
    let since = ctx.now() - 86_400;
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let made = ctx
        .tx
        .actions_since((person.0, &person.1), "permanence.create", since)
        .await?;
    if made < limit {
        return Ok(false);
    }
    let text = ctx.t_args("pnew-day-limit", &args([("count", limit)]));
    ctx.reply(text);
    Ok(true)
}

/// `/permanence_nouvelle`: starts the guided creation, for coordinators and approved
/// partners.
pub async fn start(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let coordinator = ctx.is_coordinator();
    let own = own_profile(ctx).await?;
    if !coordinator && own.is_none() {
        let text = ctx.t("pnew-not-allowed");
        let choices = vec![ctx.choice("menu-become-partner", Command::BecomePartner.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    if day_limit_reached(ctx).await? {
        return Ok(());
    }
    // A creation left for another command resumes where it was.
    let resumable = match load(ctx).await? {
        Some(found) => Some(found),
        None => ctx.take_parked(DIALOGUE).await?.and_then(|state| {
            let draft = serde_json::from_str(&state.data).unwrap_or_default();
            step_of(state.step).map(|s| (s, draft))
        }),
    };
    if let Some((step, draft)) = resumable.filter(|(_, d): &(Step, Draft)| d.editing.is_none()) {
        let text = ctx.t("pnew-resumed");
        ctx.reply(text);
        return go_to(ctx, step, &draft).await;
    }
    let draft = Draft {
        hosts: own.into_iter().collect(),
        capacity: 1,
        ..Draft::default()
    };
    let intro = ctx.t("pnew-intro");
    ctx.reply(intro);
    go_to(ctx, Step::Title, &draft).await
}

async fn load(ctx: &mut Ctx<'_>) -> Result<Option<(Step, Draft)>, StoreError> {
    let found = ctx.load_draft(DIALOGUE).await?;
    Ok(found.and_then(|(step, draft)| step_of(step).map(|s| (s, draft))))
}

/// Stores the step and asks its question.
async fn go_to(ctx: &mut Ctx<'_>, step: Step, draft: &Draft) -> Result<(), StoreError> {
    form::go_to::<PermanenceForm>(ctx, step, draft).await
}

/// The permanence form (creation or edition), for hosts and coordinators.
struct PermanenceForm;

impl Form for PermanenceForm {
    type Step = Step;
    type Draft = Draft;
    type Action = PermanenceFormAction;

    const KIND: &'static str = DIALOGUE;
    const STEPS: &'static [Step] = &STEPS;
    const SEND_LABEL: &'static str = "pnew-create";

    fn send_label(draft: &Draft) -> &'static str {
        if draft.editing.is_some() {
            "pnew-save"
        } else {
            Self::SEND_LABEL
        }
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
        action: PermanenceFormAction,
    ) -> Result<Answer, StoreError> {
        match (action, step) {
            // Kept as it was: nothing new to note.
            (PermanenceFormAction::Keep(_), _) if draft.editing.is_some() => {
                return Ok(Answer::Next);
            }
            (PermanenceFormAction::Online(_), Step::Place) => draft.online = true,
            (PermanenceFormAction::Weekly(_), Step::Recurrence) => draft.one_off = false,
            (PermanenceFormAction::Dates(_), Step::Recurrence) => draft.one_off = true,
            (PermanenceFormAction::Set(_, day), Step::Weekday) if (1..=7).contains(&day) => {
                let (_, s, e) = draft.weekly.unwrap_or_default();
                draft.weekly = Some((day as u8, s, e));
            }
            (
                PermanenceFormAction::Set(_, n),
                Step::SlotLength | Step::Capacity | Step::OpenDays | Step::Cutoff,
            ) => {
                if let Err(problem) = apply_number(ctx, step, draft, n) {
                    return Ok(Answer::Again(problem));
                }
            }
            _ => return Ok(Answer::Stale),
        }
        note_understood(ctx, step, draft);
        Ok(Answer::Next)
    }

    async fn send(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
        match draft.editing {
            Some(id) => save_edit(ctx, id, draft).await,
            None => create(ctx, draft).await,
        }
    }

    fn pressed(action: PermanenceFormAction) -> Pressed<PermanenceFormAction> {
        match action {
            PermanenceFormAction::Restart(at) => Pressed::Restart(at),
            PermanenceFormAction::Create(at) => Pressed::Send(at),
            _ => Pressed::Own(action.step(), action),
        }
    }

    fn restart(at: i64) -> String {
        PermanenceFormAction::Restart(at).data()
    }

    fn send_data(at: i64) -> String {
        PermanenceFormAction::Create(at).data()
    }

    fn next(ctx: &Ctx<'_>, step: Step, draft: &Draft) -> Step {
        next(step, draft, ctx.is_coordinator())
    }
}

crate::actions! {
    /// A button of the permanence form, bound to the step it was offered at so that an
    /// old button cannot act later.
    pub enum PermanenceFormAction = "pnew" {
        /// Keeps the current answer (when editing).
        Keep(step: i64) = "keep",
        /// The permanence is held online.
        Online(step: i64) = "online",
        Weekly(step: i64) = "weekly",
        /// On dates given one by one.
        Dates(step: i64) = "dates",
        /// Sets the step's number (a weekday, a length, places, days).
        Set(step: i64, value: i64) = "set",
        /// Starts the answers again from the summary.
        Restart(step: i64) = "restart",
        /// Creates (or saves) the permanence from the summary.
        Create(step: i64) = "create",
    }
}

impl PermanenceFormAction {
    /// The step the button was offered at.
    fn step(&self) -> i64 {
        match self {
            Self::Keep(at)
            | Self::Online(at)
            | Self::Weekly(at)
            | Self::Dates(at)
            | Self::Set(at, _)
            | Self::Restart(at)
            | Self::Create(at) => *at,
        }
    }
}

/// Buttons setting a number at a step.
fn numbers(ctx: &Ctx<'_>, step: Step, values: &[i64], label: &str) -> Vec<Choice> {
    values
        .iter()
        .map(|n| {
            Choice::valued(
                ctx.t_args(label, &args([("n", *n)])),
                PermanenceFormAction::Set(number(step), *n),
                *n,
            )
        })
        .collect()
}

/// The current answer, when editing, as a line under the question.
fn current(ctx: &Ctx<'_>, value: &str) -> String {
    if value.trim().is_empty() {
        String::new()
    } else {
        ctx.t_args("partner-current", &args([("value", value.to_owned())]))
    }
}

/// The question of a step and its own buttons.
async fn question(
    ctx: &mut Ctx<'_>,
    step: Step,
    draft: &Draft,
) -> Result<(String, Vec<Choice>), StoreError> {
    let editing = draft.editing.is_some();
    let keep = |ctx: &Ctx<'_>, has: bool| -> Vec<Choice> {
        if editing && has {
            vec![ctx.choice("partner-keep", PermanenceFormAction::Keep(number(step)))]
        } else {
            Vec::new()
        }
    };
    let (text, choices) = match step {
        Step::Title => (
            format!("{}{}", ctx.t("pnew-ask-title"), current(ctx, &draft.title)),
            keep(ctx, !draft.title.is_empty()),
        ),
        Step::Structure => (
            format!(
                "{}{}",
                ctx.t("pnew-ask-structure"),
                current(ctx, &draft.structure)
            ),
            keep(ctx, !draft.structure.is_empty()),
        ),
        Step::Place => {
            let now = if draft.online {
                ctx.t("partner-online")
            } else {
                draft.address.clone()
            };
            let mut choices =
                vec![ctx.choice("pnew-online", PermanenceFormAction::Online(number(step)))];
            choices.extend(keep(ctx, !now.is_empty()));
            (
                format!("{}{}", ctx.t("pnew-ask-place"), current(ctx, &now)),
                choices,
            )
        }
        Step::Link => {
            let now = draft.link.clone().unwrap_or_default();
            (
                format!("{}{}", ctx.t("pnew-ask-link"), current(ctx, &now)),
                keep(ctx, !now.is_empty()),
            )
        }
        Step::Department => (ctx.t("pnew-ask-department"), Vec::new()),
        Step::Themes => {
            let now = themes_text(ctx, &draft.themes);
            (
                format!("{}{}", ctx.t("pnew-ask-themes"), current(ctx, &now)),
                keep(ctx, !now.is_empty()),
            )
        }
        Step::Hosts => {
            let now = hosts_text(ctx, &draft.hosts).await?;
            (
                format!("{}{}", ctx.t("pnew-ask-hosts"), current(ctx, &now)),
                keep(ctx, !draft.hosts.is_empty()),
            )
        }
        Step::Recurrence => (
            ctx.t("pnew-ask-recurrence"),
            vec![
                ctx.choice("pnew-weekly", PermanenceFormAction::Weekly(number(step))),
                ctx.choice("pnew-one-off", PermanenceFormAction::Dates(number(step))),
            ],
        ),
        Step::Weekday => {
            let choices = (1..=7)
                .map(|d| {
                    Choice::new(
                        ctx.t(&format!("weekday-{d}")),
                        PermanenceFormAction::Set(number(step), d),
                    )
                })
                .collect();
            (ctx.t("pnew-ask-weekday"), choices)
        }
        Step::Hours => (ctx.t("pnew-ask-hours"), Vec::new()),
        Step::Dates => (ctx.t("pnew-ask-dates"), Vec::new()),
        Step::SlotLength => {
            let longest = draft.shortest_opening();
            let offered: Vec<i64> = SLOT_LENGTHS
                .iter()
                .copied()
                .filter(|m| *m < longest)
                .collect();
            let mut choices = numbers(ctx, step, &offered, "pnew-minutes");
            choices.push(Choice::new(
                ctx.t("pnew-whole-opening"),
                PermanenceFormAction::Set(number(step), 0),
            ));
            (ctx.t("pnew-ask-slot-length"), choices)
        }
        Step::Capacity => {
            let mut choices = numbers(ctx, step, &CAPACITIES, "pnew-places");
            choices.extend(keep(ctx, true));
            let now = if editing {
                draft.capacity.to_string()
            } else {
                String::new()
            };
            (
                format!("{}{}", ctx.t("pnew-ask-capacity"), current(ctx, &now)),
                choices,
            )
        }
        Step::OpenDays => {
            let mut choices = numbers(ctx, step, &HORIZONS, "pnew-days");
            choices.extend(keep(ctx, true));
            let now = if editing {
                ctx.t_args("pnew-days", &args([("n", draft.open_days)]))
            } else {
                String::new()
            };
            (
                format!("{}{}", ctx.t("pnew-ask-open-days"), current(ctx, &now)),
                choices,
            )
        }
        Step::Cutoff => {
            let mut choices = numbers(ctx, step, &CUTOFFS, "pnew-hours");
            choices.extend(keep(ctx, true));
            let now = if editing {
                cutoff_text(ctx, draft.cutoff_minutes)
            } else {
                String::new()
            };
            (
                format!("{}{}", ctx.t("pnew-ask-cutoff"), current(ctx, &now)),
                choices,
            )
        }
        Step::Confirm => {
            let summary = summary(ctx, draft).await?;
            let id = if editing {
                "pnew-confirm-edit"
            } else {
                "pnew-confirm"
            };
            let text = ctx.t_args(id, &args([("summary", summary)]));
            (text, Vec::new())
        }
    };
    Ok((text, choices))
}

/// Text typed during the dialogue.
pub async fn on_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    form::on_text::<PermanenceForm>(ctx, text).await
}

/// Reads text typed at a step of the permanence form.
async fn read(
    ctx: &mut Ctx<'_>,
    step: Step,
    draft: &mut Draft,
    text: &str,
) -> Result<Answer, StoreError> {
    let coordinator = ctx.is_coordinator();
    let outcome: Result<(), String> = match step {
        Step::Title => plain_text(ctx, text, 3, MAX_TITLE).map(|t| draft.title = t),
        Step::Structure => plain_text(ctx, text, 2, MAX_STRUCTURE).and_then(|t| {
            match ctx.outside_scope(&t).filter(|_| coordinator) {
                Some(refusal) => Err(refusal),
                None => {
                    draft.structure = t;
                    Ok(())
                }
            }
        }),
        Step::Place if mentions_online(text) && text.split_whitespace().count() <= 3 => {
            draft.online = true;
            Ok(())
        }
        Step::Place => plain_text(ctx, text, 3, MAX_ADDRESS).map(|t| {
            draft.online = false;
            draft.department = match geo::find_departments(&t).as_slice() {
                [only] => Some(only.code.to_owned()),
                _ => None,
            };
            draft.address = t;
        }),
        Step::Link => read_link(text)
            .map(|link| draft.link = Some(link))
            .ok_or_else(|| ctx.t("pnew-link-invalid")),
        Step::Department => match geo::find_departments(text).first() {
            Some(d) => {
                draft.department = Some(d.code.to_owned());
                Ok(())
            }
            None => Err(ctx.t("pnew-department-unknown")),
        },
        Step::Themes => read_themes(ctx, text).map(|themes| draft.themes = themes),
        Step::Hosts => match read_hosts(ctx, text).await? {
            Ok(hosts) => {
                draft.hosts = hosts;
                Ok(())
            }
            Err(problem) => Err(problem),
        },
        Step::Weekday => read_weekday(ctx, text)
            .map(|day| {
                let (_, s, e) = draft.weekly.unwrap_or_default();
                draft.weekly = Some((day, s, e));
            })
            .ok_or_else(|| ctx.t("pnew-weekday-unknown")),
        Step::Hours => schedule::parse_hours(text)
            .map(|(s, e)| {
                let (day, _, _) = draft.weekly.unwrap_or_default();
                draft.weekly = Some((day, s, e));
            })
            .ok_or_else(|| match schedule::reversed_hours(text) {
                Some((start, end)) => ctx.t_args(
                    "pnew-hours-reversed",
                    &args([
                        ("start", schedule::clock(start)),
                        ("end", schedule::clock(end)),
                    ]),
                ),
                None => ctx.t("pnew-hours-invalid"),
            }),
        Step::Dates => {
            let today = local_date(ctx.now());
            let now = ctx.now();
            match schedule::parse_dates(text, today) {
                // Today is a date to come only until the opening starts.
                Ok(dates)
                    if dates.iter().any(|(d, s, _)| {
                        schedule::local_instant(*d, *s).is_none_or(|at| at <= now)
                    }) =>
                {
                    Err(ctx.t("pnew-dates-past"))
                }
                Ok(dates) => {
                    draft.dates = dates
                        .into_iter()
                        .map(|(d, s, e)| (d.to_string(), s, e))
                        .collect();
                    Ok(())
                }
                Err(DatesError::Past) => Err(ctx.t("pnew-dates-past")),
                Err(DatesError::TooFar) => Err(ctx.t("pnew-dates-too-far")),
                Err(DatesError::Unreadable) => Err(ctx.t("pnew-dates-invalid")),
            }
        }
        Step::SlotLength => set_number(ctx, step, draft, text),
        Step::Capacity | Step::OpenDays | Step::Cutoff => set_number(ctx, step, draft, text),
        Step::Recurrence | Step::Confirm => {
            // The buttons (or their numbers) decide.
            return Ok(Answer::Again(ctx.t("pnew-choose-below")));
        }
    };
    Ok(match outcome {
        Ok(()) => {
            note_understood(ctx, step, draft);
            Answer::Next
        }
        Err(problem) => Answer::Again(problem),
    })
}

/// Notes what was understood where it may surprise (a department, conditions).
fn note_understood(ctx: &mut Ctx<'_>, step: Step, draft: &Draft) {
    if step == Step::Place
        && !draft.online
        && let Some(code) = &draft.department
    {
        ctx.note_understood(crate::features::directory::department_label(code));
    }
    if step == Step::Themes {
        ctx.note_understood(themes_text(ctx, &draft.themes));
    }
}

/// A `pnew:<action>:<step>[:<value>]` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: PermanenceFormAction) -> Result<(), StoreError> {
    form::on_choice::<PermanenceForm>(ctx, action).await
}
