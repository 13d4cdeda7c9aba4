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
use crate::features::directory::onboarding::{has_contact_details, mentions_online};
use crate::features::directory::{geo, onboarding, search};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{NewPermanence, PartnerStatus, PermanenceRecord, PersonBooking, StoreError};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

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

/// `/permanence_nouvelle`: starts the guided creation, for coordinators and approved
/// partners.
pub async fn start(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let coordinator = ctx.is_coordinator();
    let own = own_profile(ctx).await?;
    if !coordinator && own.is_none() {
        let text = ctx.t("pnew-not-allowed");
        let choices = vec![ctx.choice("menu-become-partner", "cmd:devenir_partenaire")];
        ctx.reply_with(text, choices);
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

async fn save(ctx: &mut Ctx<'_>, step: Step, draft: &Draft) -> Result<(), StoreError> {
    ctx.save_draft(DIALOGUE, number(step), draft).await
}

async fn load(ctx: &mut Ctx<'_>) -> Result<Option<(Step, Draft)>, StoreError> {
    let found = ctx.load_draft(DIALOGUE).await?;
    Ok(found.and_then(|(step, draft)| step_of(step).map(|s| (s, draft))))
}

/// Stores the step and asks its question.
async fn go_to(ctx: &mut Ctx<'_>, step: Step, draft: &Draft) -> Result<(), StoreError> {
    save(ctx, step, draft).await?;
    ask(ctx, step, draft).await
}

/// Choice data bound to the step it was offered at, so an old button cannot act later.
fn at_step(action: &str, step: Step) -> String {
    format!("pnew:{action}:{}", number(step))
}

/// Buttons setting a number at a step.
fn numbers(ctx: &Ctx<'_>, step: Step, values: &[i64], label: &str) -> Vec<Choice> {
    values
        .iter()
        .map(|n| {
            Choice::valued(
                ctx.t_args(label, &args([("n", *n)])),
                format!("{}:{n}", at_step("set", step)),
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

async fn ask(ctx: &mut Ctx<'_>, step: Step, draft: &Draft) -> Result<(), StoreError> {
    let editing = draft.editing.is_some();
    let keep = |ctx: &Ctx<'_>, has: bool| -> Vec<Choice> {
        if editing && has {
            vec![ctx.choice("partner-keep", at_step("keep", step))]
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
            let mut choices = vec![ctx.choice("pnew-online", at_step("online", step))];
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
                ctx.choice("pnew-weekly", at_step("weekly", step)),
                ctx.choice("pnew-one-off", at_step("dates", step)),
            ],
        ),
        Step::Weekday => {
            let choices = (1..=7)
                .map(|d| {
                    Choice::new(
                        ctx.t(&format!("weekday-{d}")),
                        format!("{}:{d}", at_step("set", step)),
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
                format!("{}:0", at_step("set", step)),
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
            let (id, button) = if editing {
                ("pnew-confirm-edit", "pnew-save")
            } else {
                ("pnew-confirm", "pnew-create")
            };
            let text = ctx.t_args(id, &args([("summary", summary)]));
            let mut choices = vec![ctx.choice(button, at_step("create", step))];
            choices.push(ctx.choice("partner-restart", at_step("restart", step)));
            choices.push(ctx.choice("partner-abandon", "cmd:annuler"));
            (text, choices)
        }
    };
    ctx.reply_with(text, choices);
    Ok(())
}

fn themes_text(ctx: &Ctx<'_>, themes: &[String]) -> String {
    crate::features::directory::condition_labels(ctx, themes)
}

async fn hosts_text(ctx: &mut Ctx<'_>, hosts: &[i64]) -> Result<String, StoreError> {
    let found = ctx.tx.partners_by_ids(hosts).await?;
    Ok(found
        .iter()
        .map(|h| {
            ctx.t_args(
                "pnew-host",
                &args([
                    ("pseudonym", h.profile.pseudonym.clone()),
                    ("number", h.id.to_string()),
                ]),
            )
        })
        .collect::<Vec<_>>()
        .join(", "))
}

fn cutoff_text(ctx: &Ctx<'_>, minutes: i64) -> String {
    if minutes == 0 {
        ctx.t("pnew-no-cutoff")
    } else {
        ctx.t_args("pnew-hours", &args([("n", minutes / 60)]))
    }
}

/// The draft as its author reads it before creating.
async fn summary(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<String, StoreError> {
    let place = if draft.online {
        ctx.t_args(
            "pnew-online-at",
            &args([("link", draft.link.clone().unwrap_or_default())]),
        )
    } else {
        let department = draft
            .department
            .as_deref()
            .map(|code| format!(" — {}", crate::features::directory::department_label(code)))
            .unwrap_or_default();
        format!("{}{department}", draft.address)
    };
    let when = if draft.editing.is_some() {
        ctx.t("pnew-schedule-kept")
    } else if draft.one_off {
        draft
            .dates()
            .iter()
            .map(|(d, s, e)| format!("{} {}–{}", d.format("%d/%m/%Y"), clock(*s), clock(*e)))
            .collect::<Vec<_>>()
            .join(&ctx.t("list-separator"))
    } else {
        match draft.weekly {
            Some((day, s, e)) => ctx.t_args(
                "permanence-weekly",
                &args([
                    ("weekday", ctx.t(&format!("weekday-{day}"))),
                    ("start", clock(s)),
                    ("end", clock(e)),
                ]),
            ),
            None => String::new(),
        }
    };
    let slot = if draft.editing.is_some() {
        String::new()
    } else if draft.slot_minutes == 0 {
        ctx.t("pnew-whole-opening")
    } else {
        ctx.t_args("pnew-minutes", &args([("n", draft.slot_minutes)]))
    };
    let hosts = hosts_text(ctx, &draft.hosts).await?;
    let mut values = args([
        ("title", draft.title.clone()),
        ("structure", draft.structure.clone()),
        ("place", place),
        ("themes", themes_text(ctx, &draft.themes)),
        ("hosts", hosts),
        ("when", when),
        ("slot", slot),
        ("cutoff", cutoff_text(ctx, draft.cutoff_minutes)),
    ]);
    values.set("capacity", draft.capacity);
    values.set("days", draft.open_days);
    Ok(ctx.t_args("pnew-summary", &values))
}

/// Says what was wrong and asks the same question again.
async fn retry(
    ctx: &mut Ctx<'_>,
    step: Step,
    draft: &Draft,
    problem: String,
) -> Result<(), StoreError> {
    ctx.reply(problem);
    ask(ctx, step, draft).await
}

/// A text between `min` and `max` characters without contact details, or the problem.
fn plain_text(ctx: &Ctx<'_>, text: &str, min: usize, max: usize) -> Result<String, String> {
    let length = text.chars().count();
    if length < min {
        Err(ctx.t("pnew-too-short"))
    } else if length > max {
        Err(ctx.t_args("partner-too-long-max", &args([("max", max)])))
    } else if has_contact_details(text) {
        Err(ctx.t("pnew-no-contact-details"))
    } else {
        Ok(text.to_owned())
    }
}

/// Text typed during the dialogue.
pub async fn on_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    let Some((step, mut draft)) = load(ctx).await? else {
        return Ok(());
    };
    let coordinator = ctx.is_coordinator();
    let text = text.trim();
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
            .ok_or_else(|| ctx.t("pnew-hours-invalid")),
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
        Step::SlotLength => set_number(ctx, step, &mut draft, text),
        Step::Capacity | Step::OpenDays | Step::Cutoff => set_number(ctx, step, &mut draft, text),
        Step::Recurrence | Step::Confirm => {
            // The buttons (or their numbers) decide.
            let hint = ctx.t("pnew-choose-below");
            return retry(ctx, step, &draft, hint).await;
        }
    };
    match outcome {
        Ok(()) => advance(ctx, step, &draft, coordinator).await,
        Err(problem) => retry(ctx, step, &draft, problem).await,
    }
}

/// Notes what was understood where it may surprise, then asks the next question.
async fn advance(
    ctx: &mut Ctx<'_>,
    step: Step,
    draft: &Draft,
    coordinator: bool,
) -> Result<(), StoreError> {
    if step == Step::Place
        && !draft.online
        && let Some(code) = &draft.department
    {
        ctx.note_understood(crate::features::directory::department_label(code));
    }
    if step == Step::Themes {
        ctx.note_understood(themes_text(ctx, &draft.themes));
    }
    go_to(ctx, next(step, draft, coordinator), draft).await
}

/// An `https://` meeting link without spaces.
fn read_link(text: &str) -> Option<String> {
    let link = text.trim();
    (link.starts_with("https://")
        && link.len() > "https://".len() + 3
        && link.chars().count() <= MAX_LINK
        && !link.chars().any(char::is_whitespace))
    .then(|| link.to_owned())
}

/// The condition keys a text names, read as searches read them (synonyms, broad words
/// such as "diabète" for both types); the parts not recognised are refused by name.
fn read_themes(ctx: &Ctx<'_>, text: &str) -> Result<Vec<String>, String> {
    let dir = ctx.services().directory();
    let mut keys: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    for part in text
        .split([',', ';', '\n', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let mut found = search::parse(dir, part, false).conditions;
        if found.is_empty() {
            found = onboarding::split_conditions(&dir.conditions, part).0;
        }
        if found.is_empty() {
            unknown.push(part.to_owned());
        }
        for key in found {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    if !unknown.is_empty() {
        let words = unknown.join(", ");
        return Err(ctx.t_args("pnew-themes-unknown", &args([("words", words)])));
    }
    if keys.is_empty() {
        return Err(ctx.t("pnew-themes-empty"));
    }
    Ok(keys)
}

/// The host profiles a text names (pseudonyms or profile numbers, separated by commas).
async fn read_hosts(ctx: &mut Ctx<'_>, text: &str) -> Result<Result<Vec<i64>, String>, StoreError> {
    let mut hosts = Vec::new();
    for part in text
        .split([',', ';', '\n'])
        .map(|p| p.trim().trim_start_matches(['n', 'N', '°', '#']).trim())
        .filter(|p| !p.is_empty())
    {
        let found = match part.parse::<i64>() {
            Ok(id) => ctx
                .tx
                .partner(id)
                .await?
                .filter(|p| p.status == PartnerStatus::Approved)
                .map(|p| vec![p.id])
                .unwrap_or_default(),
            Err(_) => ctx.tx.approved_partners_named(part).await?,
        };
        match found.as_slice() {
            [id] => {
                if !hosts.contains(id) {
                    hosts.push(*id);
                }
            }
            [] => {
                return Ok(Err(
                    ctx.t_args("pnew-host-unknown", &args([("name", part.to_owned())]))
                ));
            }
            _ => {
                return Ok(Err(ctx.t_args(
                    "pnew-host-ambiguous",
                    &args([("name", part.to_owned())]),
                )));
            }
        }
    }
    if hosts.is_empty() {
        return Ok(Err(ctx.t("pnew-hosts-empty")));
    }
    Ok(Ok(hosts))
}

/// A weekday typed in either language ("mardi", "Tuesday").
fn read_weekday(ctx: &Ctx<'_>, text: &str) -> Option<u8> {
    let typed = crate::core::text::fold(text);
    let i18n = ctx.services().i18n();
    (1..=7u8).find(|d| {
        [crate::i18n::Lang::Fr, crate::i18n::Lang::En]
            .iter()
            .any(|lang| {
                let name = crate::core::text::fold(&i18n.text(*lang, &format!("weekday-{d}")));
                typed == name || typed.trim_end_matches('s') == name
            })
    })
}

/// Reads a number typed at a numeric step and stores it, or says the bounds.
fn set_number(ctx: &Ctx<'_>, step: Step, draft: &mut Draft, text: &str) -> Result<(), String> {
    let text = text.trim();
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    // A unit may follow ("30 min", "2 jours", "24h"), a decimal part may not: "2.5" is
    // refused rather than read as 2.
    let whole = text[digits.len()..]
        .trim_start()
        .chars()
        .next()
        .is_none_or(char::is_alphabetic);
    match digits.parse::<i64>().ok().filter(|_| whole) {
        Some(n) => apply_number(ctx, step, draft, n),
        None if step == Step::Cutoff && crate::core::text::fold(text).contains("aucun") => {
            apply_number(ctx, step, draft, 0)
        }
        None => Err(bounds(ctx, step, draft)),
    }
}

/// The limits of a numeric step, as a sentence.
fn bounds(ctx: &Ctx<'_>, step: Step, draft: &Draft) -> String {
    let (min, max) = range(step, draft);
    let mut values = args([("min", min)]);
    values.set("max", max);
    ctx.t_args("pnew-number-range", &values)
}

fn range(step: Step, draft: &Draft) -> (i64, i64) {
    match step {
        Step::SlotLength => (5, draft.shortest_opening().max(5)),
        Step::Capacity => (1, 100),
        Step::OpenDays => (1, 365),
        Step::Cutoff => (0, 168),
        _ => (0, 0),
    }
}

fn apply_number(ctx: &Ctx<'_>, step: Step, draft: &mut Draft, n: i64) -> Result<(), String> {
    let (min, max) = range(step, draft);
    let whole = step == Step::SlotLength && n == 0;
    if !whole && !(min..=max).contains(&n) {
        return Err(bounds(ctx, step, draft));
    }
    match step {
        Step::SlotLength => draft.slot_minutes = n,
        Step::Capacity => draft.capacity = n,
        Step::OpenDays => draft.open_days = n,
        Step::Cutoff => draft.cutoff_minutes = n * 60,
        _ => return Err(bounds(ctx, step, draft)),
    }
    Ok(())
}

/// A `pnew:<action>:<step>[:<value>]` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, payload: &str) -> Result<(), StoreError> {
    let Some((step, mut draft)) = load(ctx).await? else {
        return crate::features::kit::stale_choice(ctx);
    };
    let parts: Vec<&str> = payload.split(':').collect();
    let (action, at, value) = match parts.as_slice() {
        [action, at] => (*action, *at, None),
        [action, at, value] => (*action, *at, value.parse::<i64>().ok()),
        _ => return crate::features::kit::stale_choice(ctx),
    };
    if at != number(step).to_string() {
        return crate::features::kit::stale_choice(ctx);
    }
    let coordinator = ctx.is_coordinator();
    match (action, step, value) {
        ("keep", _, None) if draft.editing.is_some() => {
            go_to(ctx, next(step, &draft, coordinator), &draft).await
        }
        ("online", Step::Place, None) => {
            draft.online = true;
            advance(ctx, step, &draft, coordinator).await
        }
        ("weekly" | "dates", Step::Recurrence, None) => {
            draft.one_off = action == "dates";
            advance(ctx, step, &draft, coordinator).await
        }
        ("set", Step::Weekday, Some(day)) if (1..=7).contains(&day) => {
            let (_, s, e) = draft.weekly.unwrap_or_default();
            draft.weekly = Some((day as u8, s, e));
            advance(ctx, step, &draft, coordinator).await
        }
        ("set", Step::SlotLength | Step::Capacity | Step::OpenDays | Step::Cutoff, Some(n)) => {
            match apply_number(ctx, step, &mut draft, n) {
                Ok(()) => advance(ctx, step, &draft, coordinator).await,
                Err(problem) => retry(ctx, step, &draft, problem).await,
            }
        }
        ("restart", Step::Confirm, None) => go_to(ctx, Step::Title, &draft).await,
        ("create", Step::Confirm, None) => match draft.editing {
            Some(id) => save_edit(ctx, id, &draft).await,
            None => create(ctx, &draft).await,
        },
        _ => crate::features::kit::stale_choice(ctx),
    }
}

/// Whether the draft holds every answer a permanence needs (checked again at the end).
fn is_complete(draft: &Draft) -> bool {
    let schedule = if draft.editing.is_some() {
        true
    } else if draft.one_off {
        !draft.dates.is_empty()
    } else {
        matches!(draft.weekly, Some((d, s, e)) if (1..=7).contains(&d) && e > s)
    };
    !draft.title.is_empty()
        && (draft.online && draft.link.is_some() || !draft.online && !draft.address.is_empty())
        && !draft.themes.is_empty()
        && !draft.hosts.is_empty()
        && schedule
        && draft.capacity > 0
        && draft.open_days > 0
}

/// Creates the permanence and its first slots; the hosts named by someone else are told.
async fn create(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
    if !is_complete(draft) {
        let text = ctx.t("pnew-incomplete");
        ctx.reply(text);
        return go_to(ctx, Step::Title, draft).await;
    }
    let now = ctx.now();
    let new = draft.to_new();
    let id = ctx.tx.create_permanence(&new, now).await?;
    if draft.one_off {
        let slots: Vec<(i64, i64)> = draft
            .dates()
            .into_iter()
            .flat_map(|(day, s, e)| {
                let length = if draft.slot_minutes == 0 {
                    e - s
                } else {
                    u16::try_from(draft.slot_minutes).unwrap_or(e - s)
                };
                schedule::day_slots(day, s, e, length)
            })
            .filter(|(start, _)| *start > now)
            .collect();
        ctx.tx.add_slots(id, &slots, new.capacity).await?;
    } else if let Some(record) = ctx.tx.permanence(id).await? {
        booking::ensure_slots(&mut ctx.tx, &record, now).await?;
    }
    ctx.clear_dialogue().await?;
    ctx.audit("permanence.create", format!("permanence:{id}"), None)
        .await?;
    let text = ctx.t_args(
        "pnew-created",
        &args([("title", new.title.clone()), ("number", id.to_string())]),
    );
    let choices = vec![
        ctx.choice("pnew-see-slots", format!("perm:slots:{id}")),
        ctx.choice("menu-my-permanences", "cmd:mes_permanences"),
    ];
    ctx.reply_with(text, choices);
    tell_hosts(ctx, id, &new.title, &new.hosts).await?;
    // People who follow new permanences hear of it.
    crate::features::broadcast::announce(
        ctx,
        "permanences",
        "bc-new-permanence",
        &[("title", new.title.clone()), ("number", id.to_string())],
    )
    .await?;
    Ok(())
}

/// Tells the hosts other than the sender that they are named for a permanence.
async fn tell_hosts(
    ctx: &mut Ctx<'_>,
    id: i64,
    title: &str,
    hosts: &[i64],
) -> Result<(), StoreError> {
    for host in ctx.tx.partners_by_ids(hosts).await? {
        if host.platform == ctx.msg.platform && host.user == ctx.msg.sender {
            continue;
        }
        ctx.notify(
            host.platform,
            &host.user,
            "pnew-host-told",
            args([("title", title.to_owned()), ("number", id.to_string())]),
            &[("menu-my-permanences", "cmd:mes_permanences".to_owned())],
        )
        .await?;
    }
    Ok(())
}

/// Saves an edit: new places go to the people waiting, and booked people hear of a new
/// title, place or link.
async fn save_edit(ctx: &mut Ctx<'_>, id: i64, draft: &Draft) -> Result<(), StoreError> {
    let Some(before) = ctx.tx.permanence(id).await? else {
        ctx.clear_dialogue().await?;
        let text = ctx.t("permanence-gone");
        ctx.reply(text);
        return Ok(());
    };
    if !may_run(ctx, &before).await? {
        ctx.clear_dialogue().await?;
        let text = not_yours(ctx);
        ctx.reply(text);
        return Ok(());
    }
    if !is_complete(draft) {
        let text = ctx.t("pnew-incomplete");
        ctx.reply(text);
        return go_to(ctx, Step::Title, draft).await;
    }
    let now = ctx.now();
    let mut new = draft.to_new();
    // The schedule is not edited (see the module's documentation).
    new.weekly = before.details.weekly;
    new.slot_minutes = before.details.slot_minutes;
    ctx.tx.update_permanence(id, &new).await?;
    ctx.clear_dialogue().await?;
    ctx.audit("permanence.edit", format!("permanence:{id}"), None)
        .await?;
    let promoted = ctx
        .tx
        .set_future_capacity(id, new.capacity, now, now)
        .await?;
    let d = &before.details;
    let moved = d.title != new.title
        || d.structure != new.structure
        || d.address != new.address
        || d.online != new.online
        || d.link != new.link;
    let mut told = 0;
    if moved {
        let bookings = ctx.tx.bookings_of_permanence(id, now).await?;
        let Some(after) = ctx.tx.permanence(id).await? else {
            return Ok(());
        };
        for (b, platform, user) in &bookings {
            tell_booked(ctx, (b, *platform, user), &after, "pman-changed").await?;
            told += 1;
        }
    }
    for person in promoted {
        booking::tell_promoted(ctx, person).await?;
    }
    let text = ctx.t_args("pman-saved", &args([("told", told)]));
    let choices = vec![ctx.choice("menu-my-permanences", "cmd:mes_permanences")];
    ctx.reply_with(text, choices);
    // Only the hosts added now hear of it; the others already know.
    let added: Vec<i64> = new
        .hosts
        .iter()
        .copied()
        .filter(|h| !before.details.hosts.contains(h))
        .collect();
    tell_hosts(ctx, id, &new.title, &added).await
}

/// Tells a booked person about their permanence (`id`: changed, or this date cancelled),
/// in their language.
async fn tell_booked(
    ctx: &mut Ctx<'_>,
    (b, platform, user): (&crate::store::BookingRecord, Platform, &UserId),
    p: &PermanenceRecord,
    id: &str,
) -> Result<(), StoreError> {
    let engine = ctx.services();
    let lang = engine.lang_of(&mut ctx.tx, platform, user).await?;
    let i18n = engine.i18n();
    let choices = if id == "pman-changed" {
        vec![("menu-my-bookings", "cmd:mes_reservations".to_owned())]
    } else if p.is_active() {
        vec![("pman-other-slots", format!("perm:slots:{}", p.id))]
    } else {
        vec![("menu-permanences", "cmd:permanences".to_owned())]
    };
    let place = booking::where_to_go(i18n, lang, p);
    ctx.notify(
        platform,
        user,
        id,
        args([
            ("title", p.details.title.clone()),
            ("when", slot_when_in(i18n, lang, &b.slot)),
            ("number", b.id.to_string()),
            ("place", place),
        ]),
        &choices,
    )
    .await
}

/// `/mes_permanences`: the permanences one hosts (coordinators: all), with who booked the
/// next dates, by booking number (no names: people show their number on arrival).
pub async fn mine(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let filter = if ctx.is_coordinator() {
        None
    } else {
        match own_profile(ctx).await? {
            Some(id) => Some(id),
            None => {
                let text = ctx.t("pman-none-not-partner");
                ctx.reply(text);
                return Ok(());
            }
        }
    };
    let mut list = ctx.tx.hosted_permanences(filter).await?;
    // A coordinator scoped to an organisation sees its permanences (and those they host).
    if filter.is_none() && ctx.organisation().is_some() {
        let own = own_profile(ctx).await?;
        list.retain(|p| {
            ctx.covers(&p.details.structure) || own.is_some_and(|id| p.details.hosts.contains(&id))
        });
    }
    if list.is_empty() {
        let text = ctx.t("pman-none");
        let choices = vec![ctx.choice("menu-new-permanence", "cmd:permanence_nouvelle")];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let now = ctx.now();
    let mut text = ctx.t("pman-list");
    let mut choices = Vec::new();
    for p in list.iter().take(MINE_SHOWN) {
        if p.is_active() {
            booking::ensure_slots(&mut ctx.tx, p, now).await?;
        }
        text.push_str("\n\n");
        text.push_str(&overview(ctx, p, now, false).await?);
        choices.push(Choice::new(
            ctx.t_args("pman-manage", &args([("title", p.details.title.clone())])),
            format!("pman:menu:{}", p.id),
        ));
    }
    if list.len() > MINE_SHOWN {
        text.push_str("\n\n");
        text.push_str(&ctx.t_args("pman-more", &args([("count", list.len() - MINE_SHOWN)])));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// A permanence's next two dates with the booking numbers: one line per date, or per slot
/// when `detailed`.
async fn overview(
    ctx: &mut Ctx<'_>,
    p: &PermanenceRecord,
    now: i64,
    detailed: bool,
) -> Result<String, StoreError> {
    let header = ctx.t_args(
        if p.is_active() {
            "pman-header"
        } else {
            "pman-header-paused"
        },
        &args([
            ("title", p.details.title.clone()),
            ("number", p.id.to_string()),
        ]),
    );
    let slots = ctx.tx.open_slots(p.id, now, i64::MAX).await?;
    let bookings = ctx.tx.bookings_of_permanence(p.id, now).await?;
    let mut lines = vec![header];
    let days = occurrence_days(&slots);
    for (day, first) in days.iter().take(2) {
        let of_day: Vec<&crate::store::SlotRecord> = slots
            .iter()
            .filter(|s| local_date(s.starts_at) == *day)
            .collect();
        let groups: Vec<(String, Vec<&crate::store::SlotRecord>)> = if detailed {
            of_day
                .iter()
                .map(|s| (slot_when(ctx, s), vec![*s]))
                .collect()
        } else {
            vec![(booking::slot_day(ctx, first), of_day)]
        };
        for (when, group) in groups {
            let numbers = |status| {
                bookings
                    .iter()
                    .filter(|(b, _, _)| {
                        b.status == status && group.iter().any(|s| s.id == b.slot.id)
                    })
                    .map(|(b, _, _)| b.id.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let confirmed = numbers(crate::store::BookingStatus::Confirmed);
            let waiting = numbers(crate::store::BookingStatus::Waiting);
            let mut values = args([("when", when), ("confirmed", confirmed)]);
            values.set("booked", group.iter().map(|s| s.booked).sum::<i64>());
            values.set("capacity", group.iter().map(|s| s.capacity).sum::<i64>());
            let mut line = ctx.t_args("pman-slot", &values);
            if !waiting.is_empty() {
                line.push_str(&ctx.t_args("pman-slot-waiting", &args([("waiting", waiting)])));
            }
            lines.push(line);
        }
    }
    if days.is_empty() {
        lines.push(ctx.t("pman-no-dates"));
    }
    Ok(lines.join("\n"))
}

/// The local dates of slots, in order, each with its first slot.
fn occurrence_days(
    slots: &[crate::store::SlotRecord],
) -> Vec<(NaiveDate, crate::store::SlotRecord)> {
    let mut days: Vec<(NaiveDate, crate::store::SlotRecord)> = Vec::new();
    for slot in slots {
        let day = local_date(slot.starts_at);
        if days.last().is_none_or(|(d, _)| *d != day) {
            days.push((day, *slot));
        }
    }
    days
}

/// A `pman:<action>:<number>` choice (the number is a permanence's, or a slot's for a date).
pub async fn on_manage_choice(ctx: &mut Ctx<'_>, payload: &str) -> Result<(), StoreError> {
    let Some((action, id)) = crate::features::kit::numbered_action(ctx, payload) else {
        return Ok(());
    };
    // A date is named by its first slot.
    let (permanence_id, slot) = if matches!(action, "day" | "dayok") {
        match ctx.tx.slot(id).await? {
            Some(slot) => (slot.permanence_id, Some(slot)),
            None => {
                let text = ctx.t("pman-date-gone");
                ctx.reply(text);
                return Ok(());
            }
        }
    } else {
        (id, None)
    };
    let Some(p) = ctx
        .tx
        .permanence(permanence_id)
        .await?
        .filter(|p| p.status != "cancelled")
    else {
        let text = ctx.t("permanence-gone");
        ctx.reply(text);
        return Ok(());
    };
    if !may_run(ctx, &p).await? {
        let text = not_yours(ctx);
        ctx.reply(text);
        return Ok(());
    }
    match (action, slot) {
        ("menu", _) => menu(ctx, &p).await,
        ("edit", _) => {
            let draft = Draft::from_record(&p);
            let intro = ctx.t("pnew-edit-intro");
            ctx.reply(intro);
            go_to(ctx, Step::Title, &draft).await
        }
        ("pause" | "resume", _) => {
            let status = if action == "pause" {
                "paused"
            } else {
                "active"
            };
            ctx.tx.set_permanence_status(p.id, status).await?;
            let audited = if action == "pause" {
                "permanence.pause"
            } else {
                "permanence.resume"
            };
            ctx.audit(audited, format!("permanence:{}", p.id), None)
                .await?;
            let id = if action == "pause" {
                "pman-paused"
            } else {
                "pman-resumed"
            };
            let text = ctx.t_args(id, &args([("title", p.details.title.clone())]));
            let choices = vec![ctx.choice("menu-my-permanences", "cmd:mes_permanences")];
            ctx.reply_with(text, choices);
            Ok(())
        }
        ("days", _) => offer_days(ctx, &p).await,
        ("day", Some(slot)) => confirm_day(ctx, &p, &slot).await,
        ("dayok", Some(slot)) => {
            let day = local_date(slot.starts_at);
            let from = schedule::local_instant(day, 0).unwrap_or(slot.starts_at);
            let until = day
                .succ_opt()
                .and_then(|next| schedule::local_instant(next, 0))
                .unwrap_or(slot.starts_at + 86_400);
            call_off(ctx, &p, (from, until), false).await
        }
        ("stop", _) => {
            let count = ctx.tx.bookings_of_permanence(p.id, ctx.now()).await?.len();
            let mut values = args([("title", p.details.title.clone())]);
            values.set("count", count);
            let text = ctx.t_args("pman-stop-question", &values);
            let choices = vec![
                ctx.choice("pman-stop-yes", format!("pman:stopok:{}", p.id)),
                ctx.choice("booking-no", format!("pman:menu:{}", p.id)),
            ];
            ctx.reply_with(text, choices);
            Ok(())
        }
        ("stopok", _) => {
            ctx.tx.set_permanence_status(p.id, "cancelled").await?;
            let mut stopped = p.clone();
            stopped.status = "cancelled".to_owned();
            let now = ctx.now();
            call_off(ctx, &stopped, (now, i64::MAX), true).await
        }
        _ => crate::features::kit::stale_choice(ctx),
    }
}

/// What can be done with a permanence.
async fn menu(ctx: &mut Ctx<'_>, p: &PermanenceRecord) -> Result<(), StoreError> {
    let now = ctx.now();
    let text = overview(ctx, p, now, true).await?;
    let id = p.id;
    let pause = if p.is_active() {
        ctx.choice("pman-pause", format!("pman:pause:{id}"))
    } else {
        ctx.choice("pman-resume", format!("pman:resume:{id}"))
    };
    let choices = vec![
        ctx.choice("pman-edit", format!("pman:edit:{id}")),
        pause,
        ctx.choice("pman-cancel-date", format!("pman:days:{id}")),
        ctx.choice("pman-stop", format!("pman:stop:{id}")),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// The next dates of a permanence, to cancel one.
async fn offer_days(ctx: &mut Ctx<'_>, p: &PermanenceRecord) -> Result<(), StoreError> {
    let now = ctx.now();
    let slots = ctx.tx.open_slots(p.id, now, i64::MAX).await?;
    let days = occurrence_days(&slots);
    if days.is_empty() {
        let text = ctx.t("pman-no-dates");
        ctx.reply(text);
        return Ok(());
    }
    let choices = days
        .iter()
        .take(DAYS_OFFERED)
        .map(|(_, first)| {
            Choice::new(
                booking::slot_day(ctx, first),
                format!("pman:day:{}", first.id),
            )
        })
        .collect();
    let text = ctx.t_args(
        "pman-which-date",
        &args([("title", p.details.title.clone())]),
    );
    ctx.reply_with(text, choices);
    Ok(())
}

async fn confirm_day(
    ctx: &mut Ctx<'_>,
    p: &PermanenceRecord,
    slot: &crate::store::SlotRecord,
) -> Result<(), StoreError> {
    let day = local_date(slot.starts_at);
    let count = ctx
        .tx
        .bookings_of_permanence(p.id, ctx.now())
        .await?
        .iter()
        .filter(|(b, _, _)| local_date(b.slot.starts_at) == day)
        .count();
    let mut values = args([
        ("title", p.details.title.clone()),
        ("date", booking::slot_day(ctx, slot)),
    ]);
    values.set("count", count);
    let text = ctx.t_args("pman-date-question", &values);
    let choices = vec![
        ctx.choice("pman-date-yes", format!("pman:dayok:{}", slot.id)),
        ctx.choice("booking-no", format!("pman:menu:{}", p.id)),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// Cancels the slots from `from` to `until` (one date, or all ahead when the whole series
/// stops) and tells each booked person.
async fn call_off(
    ctx: &mut Ctx<'_>,
    p: &PermanenceRecord,
    (from, until): (i64, i64),
    whole: bool,
) -> Result<(), StoreError> {
    let now = ctx.now();
    let cancelled: Vec<PersonBooking> =
        ctx.tx.cancel_slots(p.id, from.max(now), until, now).await?;
    let action = if whole {
        "permanence.stop"
    } else {
        "permanence.cancel_date"
    };
    ctx.audit(action, format!("permanence:{}", p.id), None)
        .await?;
    for (b, platform, user) in &cancelled {
        tell_booked(ctx, (b, *platform, user), p, "pman-called-off").await?;
    }
    let id = if whole {
        "pman-stopped"
    } else {
        "pman-date-cancelled"
    };
    let mut values = args([("title", p.details.title.clone())]);
    values.set("told", cancelled.len());
    let text = ctx.t_args(id, &values);
    let choices = vec![ctx.choice("menu-my-permanences", "cmd:mes_permanences")];
    ctx.reply_with(text, choices);
    Ok(())
}
