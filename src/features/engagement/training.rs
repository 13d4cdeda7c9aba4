//! Training paths: a partner records the trainings they followed (which one, with which
//! organisation, when), sees which open missions their path opens, and coordinators see who
//! a mission's requirement makes eligible and may suggest a training to a partner.
//!
//! A partner's path is their profile's training and every training recorded: a mission's
//! requirement is met when any of them meets it (see [`qualifies`]).

use crate::core::{Choice, Platform, UserId};
use crate::features::commands::Command;
use crate::features::directory::onboarding::has_contact_details;
use crate::features::directory::training::qualifies;
use crate::features::form::{self, Answer, Form, Pressed};
use crate::features::kit::Ctx;
use crate::features::permanence::schedule::local_date;
use crate::i18n::args;
use crate::store::{MissionRecord, PartnerStatus, StoreError, TrainingRecord, Tx};
use chrono::Datelike;
use serde::{Deserialize, Serialize};

/// Dialogue kind of a training being recorded.
pub const DIALOGUE: &str = "training_new";

/// Dialogue kind while a coordinator types the profile number to suggest a training to.
pub const SUGGEST_DIALOGUE: &str = "training_suggest";

/// Longest organisation name, in characters.
const MAX_ORGANISATION: usize = 120;

/// The trainings of a person's path: their profile's and every one recorded.
pub async fn path(tx: &mut Tx, person: (Platform, &UserId)) -> Result<Vec<String>, StoreError> {
    let mut path: Vec<String> = tx
        .trainings_of(person)
        .await?
        .into_iter()
        .map(|t| t.training)
        .collect();
    if let Some(p) = tx.partner_of(person.0, person.1).await? {
        path.push(p.profile.training);
    }
    Ok(path)
}

/// Whether any training of a path meets a requirement.
pub fn path_qualifies(required: &str, path: &[String]) -> bool {
    qualifies(required, "") || path.iter().any(|t| qualifies(required, t))
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Draft {
    training: String,
    organisation: String,
    /// `YYYY-MM`.
    completed: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Training,
    Organisation,
    Completed,
    Confirm,
}

const STEPS: [Step; 4] = [
    Step::Training,
    Step::Organisation,
    Step::Completed,
    Step::Confirm,
];

fn number(step: Step) -> i64 {
    form::number::<TrainingForm>(step)
}

crate::actions! {
    /// A button of the training form, bound to the step it was offered at.
    pub enum TrainingFormAction = "trn" {
        Training(step: i64, key: String) = "training",
        Restart(step: i64) = "restart",
        Save(step: i64) = "save",
    }
}

crate::actions! {
    /// Buttons about training paths.
    pub enum TrainingAction = "path" {
        /// Records a training.
        Add = "add",
        /// Coordinators: who mission `N`'s requirement makes eligible.
        Eligible(mission: i64) = "eligible",
        /// Coordinators: suggests mission `N`'s training to a partner (a profile number is
        /// asked).
        Suggest(mission: i64) = "suggest",
    }
}

/// `/formations`: one's path, what it opens, and a button to add a training.
pub async fn command(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let Some(partner) = ctx.tx.partner_of(person.0, &person.1).await? else {
        let text = ctx.t("training-partners-only");
        let choices = vec![ctx.choice("menu-become-partner", Command::BecomePartner.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    };
    let recorded = ctx.tx.trainings_of((person.0, &person.1)).await?;
    let mut text = if recorded.is_empty() {
        ctx.t_args(
            "training-path-empty",
            &args([("profile", label(ctx, &partner.profile.training))]),
        )
    } else {
        let mut text = ctx.t("training-path");
        for t in &recorded {
            text.push('\n');
            text.push_str(&line(ctx, t));
        }
        text
    };
    text.push_str("\n\n");
    text.push_str(&opens(ctx, (person.0, &person.1)).await?);
    let choices = vec![
        ctx.choice("training-add", TrainingAction::Add),
        ctx.choice("menu-missions", Command::Missions.data()),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// A training's label, "—" for none.
fn label(ctx: &Ctx<'_>, key: &str) -> String {
    let engine = ctx.services();
    crate::features::directory::training_label(engine.i18n(), ctx.lang, engine.directory(), key)
}

/// "• Formation ETP 40 h — IREPS (fictive), 03/2025".
fn line(ctx: &Ctx<'_>, t: &TrainingRecord) -> String {
    let completed = month_label(&t.completed);
    ctx.t_args(
        "training-line",
        &args([
            ("training", label(ctx, &t.training)),
            ("organisation", t.organisation.clone()),
            ("completed", completed),
        ]),
    )
}

/// `YYYY-MM` as "03/2025".
fn month_label(stored: &str) -> String {
    match stored.split_once('-') {
        Some((y, m)) => format!("{m}/{y}"),
        None => stored.to_owned(),
    }
}

/// The open missions a person's path opens, in words.
async fn opens(ctx: &mut Ctx<'_>, person: (Platform, &UserId)) -> Result<String, StoreError> {
    let path = path(&mut ctx.tx, person).await?;
    let open: Vec<String> = ctx
        .tx
        .missions(false)
        .await?
        .into_iter()
        .filter(|m| m.details.training != "none" && path_qualifies(&m.details.training, &path))
        .map(|m| ctx.t_args("training-mission-n", &args([("number", m.id)])))
        .collect();
    Ok(if open.is_empty() {
        ctx.t("training-opens-nothing")
    } else {
        ctx.t_args(
            "training-opens",
            &args([("missions", open.join(&ctx.t("list-separator")))]),
        )
    })
}

/// The training form: which training, the organisation, when, then the summary.
struct TrainingForm;

impl Form for TrainingForm {
    type Step = Step;
    type Draft = Draft;
    type Action = TrainingFormAction;

    const KIND: &'static str = DIALOGUE;
    const STEPS: &'static [Step] = &STEPS;
    const SEND_LABEL: &'static str = "training-save";

    async fn ask(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &Draft,
    ) -> Result<(String, Vec<Choice>), StoreError> {
        Ok(match step {
            Step::Training => {
                let engine = ctx.services();
                let dir = engine.directory();
                let choices = dir
                    .trainings
                    .keys()
                    .iter()
                    .filter(|k| k.as_str() != "none")
                    .map(|k| {
                        Choice::new(
                            dir.trainings.label(engine.i18n(), ctx.lang, k),
                            TrainingFormAction::Training(number(step), k.clone()),
                        )
                    })
                    .collect();
                (ctx.t("training-ask-which"), choices)
            }
            Step::Organisation => (ctx.t("training-ask-organisation"), Vec::new()),
            Step::Completed => (ctx.t("training-ask-when"), Vec::new()),
            Step::Confirm => {
                let record = TrainingRecord {
                    id: 0,
                    training: draft.training.clone(),
                    organisation: draft.organisation.clone(),
                    completed: draft.completed.clone(),
                };
                let summary = line(ctx, &record);
                (
                    ctx.t_args("training-confirm", &args([("summary", summary)])),
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
        let length = text.chars().count();
        Ok(match step {
            Step::Organisation
                if (2..=MAX_ORGANISATION).contains(&length)
                    && text.chars().any(char::is_alphabetic)
                    && !has_contact_details(text) =>
            {
                draft.organisation = text.to_owned();
                Answer::Next
            }
            Step::Organisation => Answer::Again(ctx.t_args(
                "training-organisation-how",
                &args([("max", MAX_ORGANISATION)]),
            )),
            Step::Completed => match parse_month(text, local_date(ctx.now())) {
                Some(month) => {
                    draft.completed = month;
                    Answer::Next
                }
                None => Answer::Again(ctx.t("training-when-how")),
            },
            Step::Training | Step::Confirm => Answer::Ask,
        })
    }

    async fn press(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &mut Draft,
        action: TrainingFormAction,
    ) -> Result<Answer, StoreError> {
        let trainings = &ctx.services().directory().trainings;
        match (action, step) {
            (TrainingFormAction::Training(_, k), Step::Training)
                if k != "none" && trainings.position(&k).is_some() =>
            {
                draft.training = k;
                Ok(Answer::Next)
            }
            _ => Ok(Answer::Stale),
        }
    }

    async fn send(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
        save(ctx, draft).await
    }

    fn pressed(action: TrainingFormAction) -> Pressed<TrainingFormAction> {
        match action {
            TrainingFormAction::Restart(at) => Pressed::Restart(at),
            TrainingFormAction::Save(at) => Pressed::Send(at),
            TrainingFormAction::Training(at, _) => Pressed::Own(at, action),
        }
    }

    fn restart(at: i64) -> String {
        TrainingFormAction::Restart(at).data()
    }

    fn send_data(at: i64) -> String {
        TrainingFormAction::Save(at).data()
    }
}

/// A month typed as "03/2025", "3/25", "2025-03" or a year alone ("2024": its first
/// month), not in the future; as `YYYY-MM`.
pub fn parse_month(text: &str, today: chrono::NaiveDate) -> Option<String> {
    let text = text.trim();
    let parts: Vec<&str> = text
        .split(['/', '-', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let number = |s: &str| s.parse::<u32>().ok();
    let (year, month) = match parts.as_slice() {
        [y] if y.len() == 4 => (number(y)?, 1),
        [a, b] if a.len() == 4 => (number(a)?, number(b)?),
        [m, y] => {
            let y = number(y)?;
            (if y < 100 { 2000 + y } else { y }, number(m)?)
        }
        _ => return None,
    };
    let year = i32::try_from(year).ok()?;
    if !(1..=12).contains(&month) || year < 1970 {
        return None;
    }
    if (year, month) > (today.year(), today.month()) {
        return None;
    }
    Some(format!("{year:04}-{month:02}"))
}

async fn save(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
    if draft.training.is_empty() || draft.organisation.is_empty() || draft.completed.is_empty() {
        let text = ctx.t("pnew-incomplete");
        ctx.reply(text);
        return form::go_to::<TrainingForm>(ctx, Step::Training, draft).await;
    }
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let before = path(&mut ctx.tx, (person.0, &person.1)).await?;
    let now = ctx.now();
    ctx.tx
        .add_training(
            (person.0, &person.1),
            (&draft.training, &draft.organisation, &draft.completed),
            now,
        )
        .await?;
    ctx.clear_dialogue().await?;
    let after = path(&mut ctx.tx, (person.0, &person.1)).await?;
    // What this training opens that the path did not open before.
    let newly: Vec<String> = ctx
        .tx
        .missions(false)
        .await?
        .into_iter()
        .filter(|m| {
            path_qualifies(&m.details.training, &after)
                && !path_qualifies(&m.details.training, &before)
        })
        .map(|m| ctx.t_args("training-mission-n", &args([("number", m.id)])))
        .collect();
    let mut text = ctx.t("training-saved");
    if !newly.is_empty() {
        text.push(' ');
        text.push_str(&ctx.t_args(
            "training-newly-opens",
            &args([("missions", newly.join(&ctx.t("list-separator")))]),
        ));
    }
    let choices = vec![
        ctx.choice("menu-missions", Command::Missions.data()),
        ctx.choice("menu-trainings", Command::Trainings.data()),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// Text typed while recording a training.
pub async fn on_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    form::on_text::<TrainingForm>(ctx, text).await
}

/// A `trn:…` choice of the training form.
pub async fn on_form_choice(
    ctx: &mut Ctx<'_>,
    action: TrainingFormAction,
) -> Result<(), StoreError> {
    form::on_choice::<TrainingForm>(ctx, action).await
}

/// A `path:…` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: TrainingAction) -> Result<(), StoreError> {
    match action {
        TrainingAction::Add => {
            let person = (ctx.msg.platform, ctx.msg.sender.clone());
            if ctx.tx.partner_of(person.0, &person.1).await?.is_none() {
                let text = ctx.t("training-partners-only");
                ctx.reply(text);
                return Ok(());
            }
            form::go_to::<TrainingForm>(ctx, Step::Training, &Draft::default()).await
        }
        TrainingAction::Eligible(id) | TrainingAction::Suggest(id) => {
            if !ctx.is_coordinator() {
                let text = ctx.t("coordinator-only");
                ctx.reply(text);
                return Ok(());
            }
            let Some(m) = crate::features::etp::missions::managed(ctx, id).await? else {
                return Ok(());
            };
            if let TrainingAction::Eligible(_) = action {
                eligible(ctx, &m).await
            } else {
                let asked = crate::features::kit::AskedAt::data(ctx.now());
                ctx.set_dialogue(SUGGEST_DIALOGUE, m.id, asked).await?;
                let text = ctx.t_args(
                    "training-suggest-who",
                    &args([("training", label(ctx, &m.details.training))]),
                );
                ctx.reply(text);
                Ok(())
            }
        }
    }
}

/// The approved partners a mission's requirement makes eligible, and a button to suggest
/// its training to someone else.
async fn eligible(ctx: &mut Ctx<'_>, m: &MissionRecord) -> Result<(), StoreError> {
    let mut names = Vec::new();
    for (id, pseudonym, profile, recorded) in ctx.tx.approved_paths().await? {
        // The profile's training was seen at review; one recorded on the path is the
        // partner's own word, said as such.
        let line = if path_qualifies(&m.details.training, std::slice::from_ref(&profile)) {
            "training-eligible-line"
        } else if path_qualifies(&m.details.training, &recorded) {
            "training-eligible-line-declared"
        } else {
            continue;
        };
        names.push(ctx.t_args(
            line,
            &args([("pseudonym", pseudonym), ("profile", id.to_string())]),
        ));
    }
    let mut values = args([
        ("number", m.id.to_string()),
        ("training", label(ctx, &m.details.training)),
    ]);
    values.set("count", names.len());
    let mut text = ctx.t_args("training-eligible", &values);
    for name in names.iter().take(20) {
        text.push('\n');
        text.push_str(name);
    }
    let mut choices = Vec::new();
    if m.details.training != "none" {
        choices.push(ctx.choice("training-suggest", TrainingAction::Suggest(m.id)));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// The profile number typed to suggest mission `mission`'s training to.
pub async fn on_suggest_text(
    ctx: &mut Ctx<'_>,
    mission: i64,
    text: &str,
) -> Result<(), StoreError> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    let partner = match digits.parse::<i64>() {
        Ok(id) => ctx
            .tx
            .partners_by_ids(&[id])
            .await?
            .into_iter()
            .find(|p| p.status == PartnerStatus::Approved),
        Err(_) => None,
    };
    let Some(partner) = partner else {
        let text = ctx.t("training-suggest-unknown");
        ctx.reply(text);
        return Ok(());
    };
    ctx.clear_dialogue().await?;
    let Some(m) = crate::features::etp::missions::managed(ctx, mission).await? else {
        return Ok(());
    };
    ctx.audit("training.suggest", format!("profile:{}", partner.id), None)
        .await?;
    let engine = ctx.services();
    let lang = engine
        .lang_of(&mut ctx.tx, partner.platform, &partner.user)
        .await?;
    let training = crate::features::directory::training_label(
        engine.i18n(),
        lang,
        engine.directory(),
        &m.details.training,
    );
    ctx.notify(
        partner.platform,
        &partner.user,
        "training-suggested",
        args([("training", training.clone()), ("number", m.id.to_string())]),
        &[("menu-trainings", Command::Trainings.data().to_owned())],
    )
    .await?;
    let text = ctx.t_args(
        "training-suggest-done",
        &args([
            ("pseudonym", partner.profile.pseudonym.clone()),
            ("training", label(ctx, &m.details.training)),
        ]),
    );
    ctx.reply(text);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_read_as_people_type_them() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        assert_eq!(parse_month("03/2025", today).as_deref(), Some("2025-03"));
        assert_eq!(parse_month("3/25", today).as_deref(), Some("2025-03"));
        assert_eq!(parse_month("2025-03", today).as_deref(), Some("2025-03"));
        assert_eq!(parse_month("2024", today).as_deref(), Some("2024-01"));
        assert_eq!(parse_month("01/2027", today), None);
        assert_eq!(parse_month("13/2025", today), None);
        assert_eq!(parse_month("l'an dernier", today), None);
    }

    #[test]
    fn a_path_qualifies_when_any_training_does() {
        let path = vec!["other".to_owned(), "du-diu".to_owned()];
        assert!(path_qualifies("etp-40h", &path));
        assert!(path_qualifies("none", &[]));
        assert!(!path_qualifies("etp-40h", &["msp-licence".to_owned()]));
    }
}
