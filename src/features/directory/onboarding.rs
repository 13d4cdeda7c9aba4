//! `/devenir_partenaire`: a guided dialogue to declare (or update) a partner profile, one
//! step at a time, with buttons where a closed list exists. The draft is the dialogue's
//! stored data, so a restart resumes at the same step. The profile then waits for review.

use super::training::{CO_RUNNING_OFFER, can_co_run, fit_offers};
use super::{Directory, describe, geo};
pub use crate::core::contact::has_contact_details;
use crate::core::text::fold;
use crate::core::{Choice, Outgoing};
use crate::features::form::{self, Answer, Form, Pressed};
use crate::features::kit::Ctx;
use crate::features::vocabulary::{Lookup, Vocabulary};
use crate::i18n::args;
use crate::store::{PartnerProfile, StoreError};

/// Dialogue kind of the partner questionnaire.
pub const DIALOGUE: &str = "partner";

/// Longest pseudonym, availability, bio and association, in characters.
const MAX_PSEUDONYM: usize = 40;
const MAX_AVAILABILITY: usize = 200;
const MAX_BIO: usize = 600;
const MAX_ASSOCIATION: usize = 120;

/// The questions, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Pseudonym,
    Roles,
    Conditions,
    Places,
    Languages,
    Training,
    Missions,
    Availability,
    Bio,
    Association,
    Confirm,
}

const STEPS: [Step; 11] = [
    Step::Pseudonym,
    Step::Roles,
    Step::Conditions,
    Step::Places,
    Step::Languages,
    Step::Training,
    Step::Missions,
    Step::Availability,
    Step::Bio,
    Step::Association,
    Step::Confirm,
];

fn step_of(n: i64) -> Option<Step> {
    usize::try_from(n).ok().and_then(|i| STEPS.get(i).copied())
}

fn number(step: Step) -> i64 {
    form::number::<PartnerForm>(step)
}

/// `/devenir_partenaire`: starts the questionnaire, prefilled with the current profile.
pub async fn start(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    // A questionnaire left for another command resumes where it was.
    let resumable = match load(ctx).await? {
        Some(found) => Some(found),
        None => ctx.take_parked(DIALOGUE).await?.and_then(|state| {
            let draft = serde_json::from_str(&state.data).unwrap_or_default();
            step_of(state.step).map(|s| (s, draft))
        }),
    };
    if let Some((step, draft)) = resumable {
        let text = ctx.t("partner-resumed");
        ctx.reply(text);
        return form::go_to::<PartnerForm>(ctx, step, &draft).await;
    }
    let current = ctx.tx.partner_of(ctx.msg.platform, &ctx.msg.sender).await?;
    let draft = match current {
        Some(record) => record.profile,
        None => PartnerProfile {
            languages: vec![ctx.lang.code().to_owned()],
            ..PartnerProfile::default()
        },
    };
    let intro = ctx.t("partner-intro");
    ctx.reply(intro);
    form::go_to::<PartnerForm>(ctx, Step::Pseudonym, &draft).await
}

async fn load(ctx: &mut Ctx<'_>) -> Result<Option<(Step, PartnerProfile)>, StoreError> {
    let found = ctx.load_draft(DIALOGUE).await?;
    Ok(found.and_then(|(step, draft)| step_of(step).map(|s| (s, draft))))
}

/// The partner questionnaire: pseudonym, roles, conditions, places, languages, training,
/// missions, availability, bio, association, then the summary.
struct PartnerForm;

impl Form for PartnerForm {
    type Step = Step;
    type Draft = PartnerProfile;
    type Action = PartnerAction;

    const KIND: &'static str = DIALOGUE;
    const STEPS: &'static [Step] = &STEPS;
    const SEND_LABEL: &'static str = "partner-send";

    async fn ask(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &PartnerProfile,
    ) -> Result<(String, Vec<Choice>), StoreError> {
        Ok(question(ctx, step, draft))
    }

    async fn read(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &mut PartnerProfile,
        text: &str,
    ) -> Result<Answer, StoreError> {
        Ok(read(ctx, step, draft, text))
    }

    async fn press(
        ctx: &mut Ctx<'_>,
        step: Step,
        draft: &mut PartnerProfile,
        action: PartnerAction,
    ) -> Result<Answer, StoreError> {
        Ok(press(ctx, step, draft, action))
    }

    async fn send(ctx: &mut Ctx<'_>, draft: &PartnerProfile) -> Result<(), StoreError> {
        if is_complete(draft) {
            send(ctx, draft).await
        } else {
            crate::features::kit::stale_choice(ctx)
        }
    }

    /// Buttons offered at a single step (a list's ticks, the training levels, the summary's)
    /// are bound to it by what they carry; the others carry their step.
    fn pressed(action: PartnerAction) -> Pressed<PartnerAction> {
        match action {
            PartnerAction::Restart => Pressed::Restart(number(Step::Confirm)),
            PartnerAction::Send => Pressed::Send(number(Step::Confirm)),
            PartnerAction::Toggle(ref list, _) => {
                let at = list_step(list).map_or(-1, number);
                Pressed::Own(at, action)
            }
            PartnerAction::Training(_) => Pressed::Own(number(Step::Training), action),
            PartnerAction::Next(at) | PartnerAction::Keep(at) | PartnerAction::Skip(at) => {
                Pressed::Own(at, action)
            }
        }
    }

    fn restart(_at: i64) -> String {
        PartnerAction::Restart.data()
    }

    fn send_data(_at: i64) -> String {
        PartnerAction::Send.data()
    }
}

/// The step at which a list (`role`, `language`, `mission`) is ticked.
fn list_step(list: &str) -> Option<Step> {
    match list {
        "role" => Some(Step::Roles),
        "language" => Some(Step::Languages),
        "mission" => Some(Step::Missions),
        _ => None,
    }
}

fn toggles(
    ctx: &Ctx<'_>,
    vocabulary: &Vocabulary,
    step: Step,
    kind: &str,
    chosen: &[String],
) -> Vec<Choice> {
    let i18n = ctx.services().i18n();
    let mut choices: Vec<Choice> = vocabulary
        .keys()
        .iter()
        .map(|key| {
            let label = vocabulary.label(i18n, ctx.lang, key);
            let label = if chosen.contains(key) {
                format!("✓ {label}")
            } else {
                label
            };
            Choice::new(label, PartnerAction::Toggle(kind.to_owned(), key.clone()))
        })
        .collect();
    choices.push(ctx.choice("partner-next", PartnerAction::Next(number(step))));
    choices
}

fn keep_or_skip(ctx: &Ctx<'_>, step: Step, current: &str, optional: bool) -> Vec<Choice> {
    let mut choices = Vec::new();
    if !current.trim().is_empty() {
        choices.push(ctx.choice("partner-keep", PartnerAction::Keep(number(step))));
    }
    if optional {
        choices.push(ctx.choice("partner-skip", PartnerAction::Skip(number(step))));
    }
    choices
}

/// The question of a step and its own buttons (the engine adds the summary's).
fn question(ctx: &Ctx<'_>, step: Step, draft: &PartnerProfile) -> (String, Vec<Choice>) {
    let dir: &Directory = ctx.services().directory();
    let current = |value: &str| {
        if value.trim().is_empty() {
            String::new()
        } else {
            ctx.t_args("partner-current", &args([("value", value.to_owned())]))
        }
    };
    match step {
        Step::Pseudonym => (
            format!(
                "{}{}",
                ctx.t("partner-ask-pseudonym"),
                current(&draft.pseudonym)
            ),
            keep_or_skip(ctx, step, &draft.pseudonym, false),
        ),
        Step::Roles => (
            ctx.t("partner-ask-roles"),
            toggles(ctx, &dir.roles, step, "role", &draft.roles),
        ),
        Step::Conditions => {
            let now = describe_conditions(ctx, draft);
            let mut ask = ctx.t("partner-ask-conditions");
            if collective_only(draft) {
                ask.push(' ');
                ask.push_str(&ctx.t("partner-conditions-optional"));
            }
            (
                format!("{ask}{}", current(&now)),
                keep_or_skip(ctx, step, &now, false),
            )
        }
        Step::Places => {
            let now = super::places(ctx, draft);
            (
                format!("{}{}", ctx.t("partner-ask-places"), current(&now)),
                keep_or_skip(ctx, step, &now, false),
            )
        }
        Step::Languages => (
            ctx.t("partner-ask-languages"),
            toggles(ctx, &dir.languages, step, "language", &draft.languages),
        ),
        Step::Training => {
            let i18n = ctx.services().i18n();
            let choices = dir
                .trainings
                .keys()
                .iter()
                .map(|key| {
                    let label = dir.trainings.label(i18n, ctx.lang, key);
                    let label = if *key == draft.training {
                        format!("✓ {label}")
                    } else {
                        label
                    };
                    Choice::new(label, PartnerAction::Training(key.clone()))
                })
                .collect();
            (ctx.t("partner-ask-training"), choices)
        }
        Step::Missions => (
            ctx.t("partner-ask-missions"),
            toggles(ctx, &dir.missions, step, "mission", &draft.missions),
        ),
        Step::Availability => (
            format!(
                "{}{}",
                ctx.t("partner-ask-availability"),
                current(&draft.availability)
            ),
            keep_or_skip(ctx, step, &draft.availability, true),
        ),
        Step::Bio => (
            format!("{}{}", ctx.t("partner-ask-bio"), current(&draft.bio)),
            keep_or_skip(ctx, step, &draft.bio, true),
        ),
        Step::Association => (
            format!(
                "{}{}",
                ctx.t("partner-ask-association"),
                current(&draft.association)
            ),
            keep_or_skip(ctx, step, &draft.association, true),
        ),
        Step::Confirm => {
            let summary = describe(ctx, draft);
            let text = ctx.t_args("partner-confirm", &args([("summary", summary)]));
            (text, Vec::new())
        }
    }
}

fn describe_conditions(ctx: &Ctx<'_>, draft: &PartnerProfile) -> String {
    let engine = ctx.services();
    let mut parts: Vec<String> = draft
        .conditions
        .iter()
        .map(|k| {
            engine
                .directory()
                .conditions
                .label(engine.i18n(), ctx.lang, k)
        })
        .collect();
    if !draft.extra_conditions.is_empty() {
        parts.push(draft.extra_conditions.clone());
    }
    parts.join(", ")
}

/// The list a step ticks, with its vocabulary.
fn ticked<'a>(
    dir: &'a Directory,
    step: Step,
    draft: &'a mut PartnerProfile,
) -> Option<(&'a Vocabulary, &'a mut Vec<String>)> {
    match step {
        Step::Roles => Some((&dir.roles, &mut draft.roles)),
        Step::Languages => Some((&dir.languages, &mut draft.languages)),
        Step::Missions => Some((&dir.missions, &mut draft.missions)),
        _ => None,
    }
}

/// Text typed at `step`, read into the draft.
fn read(ctx: &mut Ctx<'_>, step: Step, draft: &mut PartnerProfile, text: &str) -> Answer {
    let again = |ctx: &Ctx<'_>, problem: &str| Answer::Again(ctx.t(problem));
    let dir = ctx.services().directory();
    match step {
        Step::Pseudonym => match check_pseudonym(text) {
            Ok(pseudonym) => {
                draft.pseudonym = pseudonym;
                Answer::Next
            }
            Err(problem) => again(ctx, problem),
        },
        Step::Roles | Step::Languages | Step::Missions => {
            let training = draft.training.clone();
            let Some((vocabulary, list)) = ticked(dir, step, draft) else {
                return Answer::Ask;
            };
            // "sans 2", "retirer Témoignage": unticks, the way to do it by typing.
            let (untick, named) = match untick_request(text) {
                Some(rest) => (true, rest),
                None => (false, text),
            };
            let found = match named.parse::<usize>() {
                Ok(n) if (1..=vocabulary.keys().len()).contains(&n) => vec![n - 1],
                _ => vocabulary.find_all(named),
            };
            if found.is_empty() {
                return again(ctx, "partner-not-understood");
            }
            let mut refused = false;
            for i in found {
                let key = &vocabulary.keys()[i];
                if untick {
                    list.retain(|k| k != key);
                } else if key == CO_RUNNING_OFFER && !can_co_run(&training) {
                    refused = true;
                } else if !list.contains(key) {
                    list.push(key.clone());
                }
            }
            if refused {
                let note = ctx.t("partner-co-running-needs-training");
                ctx.reply(note);
            }
            Answer::Stay
        }
        Step::Conditions => {
            let (keys, extra) = split_conditions(&dir.conditions, text);
            if crate::core::text::means_none(text) {
                if !collective_only(draft) {
                    return again(ctx, "partner-conditions-empty");
                }
                // A users' representative speaks for users collectively: no lived
                // condition is needed.
                draft.conditions.clear();
                draft.extra_conditions.clear();
                return Answer::Next;
            }
            if has_contact_details(text) {
                again(ctx, "partner-no-contact-details")
            } else if keys.is_empty() && extra.is_empty() {
                again(ctx, "partner-conditions-empty")
            } else if extra.chars().count() > MAX_AVAILABILITY {
                again(ctx, "partner-too-long")
            } else {
                draft.conditions = keys;
                draft.extra_conditions = extra;
                let understood = describe_conditions(ctx, draft);
                let note = ctx.t_args("partner-understood", &args([("value", understood)]));
                ctx.reply(note);
                Answer::Next
            }
        }
        Step::Places => {
            let (departments, online) = places_in(text);
            if departments.is_empty() && !online {
                return again(ctx, "partner-places-not-understood");
            }
            draft.departments = departments;
            draft.online = online;
            let understood = super::places(ctx, draft);
            let note = ctx.t_args("partner-understood", &args([("value", understood)]));
            ctx.reply(note);
            Answer::Next
        }
        Step::Training => match dir.trainings.lookup(text) {
            Lookup::Found(i) => {
                draft.training = dir.trainings.keys()[i].clone();
                fit_offers(&draft.training, &mut draft.missions);
                Answer::Next
            }
            _ => again(ctx, "partner-not-understood"),
        },
        Step::Availability | Step::Bio | Step::Association => {
            let (max, field) = match step {
                Step::Availability => (MAX_AVAILABILITY, &mut draft.availability),
                Step::Bio => (MAX_BIO, &mut draft.bio),
                _ => (MAX_ASSOCIATION, &mut draft.association),
            };
            if text.chars().count() > max {
                Answer::Again(ctx.t_args("partner-too-long-max", &args([("max", max)])))
            } else if has_contact_details(text) {
                again(ctx, "partner-no-contact-details")
            } else if step == Step::Association && crate::core::text::means_none(text) {
                // "Aucune": no association, not one named "aucune".
                field.clear();
                Answer::Next
            } else {
                *field = text.to_owned();
                Answer::Next
            }
        }
        // Typed text at the summary: the buttons (or their numbers) decide.
        Step::Confirm => Answer::Ask,
    }
}

crate::actions! {
    /// A button of the partner questionnaire.
    pub enum PartnerAction = "partner" {
        /// Ticks or unticks a key of a list (`role`, `language`, `mission`).
        Toggle(list: String, key: String) = "toggle",
        /// Done with the list ticked at the step it was offered at.
        Next(step: i64) = "next",
        /// Picks a training level.
        Training(key: String) = "training",
        /// Keeps the current answer of the step it was offered at.
        Keep(step: i64) = "keep",
        /// Skips the optional step it was offered at.
        Skip(step: i64) = "skip",
        /// Starts the answers again from the summary.
        Restart = "restart",
        /// Sends the questionnaire from the summary.
        Send = "send",
    }
}

/// A `partner:…` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: PartnerAction) -> Result<(), StoreError> {
    form::on_choice::<PartnerForm>(ctx, action).await
}

/// Text typed during the questionnaire.
pub async fn on_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    form::on_text::<PartnerForm>(ctx, text).await
}

/// One of the questionnaire's own buttons, pressed at `step` (the engine checked the step).
fn press(ctx: &Ctx<'_>, step: Step, draft: &mut PartnerProfile, action: PartnerAction) -> Answer {
    let dir = ctx.services().directory();
    match action {
        PartnerAction::Toggle(_, key) => {
            let training = draft.training.clone();
            let Some((vocabulary, list)) = ticked(dir, step, draft) else {
                return Answer::Stale;
            };
            if vocabulary.position(&key).is_none() {
                return Answer::Stale;
            }
            match list.iter().position(|k| *k == key) {
                // A number or a name typed says what is wanted: it never unticks what was
                // already ticked (a profile being updated comes with its answers ticked).
                Some(_) if ctx.typed() => {
                    let label = vocabulary.label(ctx.services().i18n(), ctx.lang, &key);
                    return Answer::Again(
                        ctx.t_args("partner-already-ticked", &args([("label", label)])),
                    );
                }
                Some(i) => {
                    list.remove(i);
                }
                None if key == CO_RUNNING_OFFER && !can_co_run(&training) => {
                    return Answer::Again(ctx.t("partner-co-running-needs-training"));
                }
                None => list.push(key),
            }
            Answer::Stay
        }
        PartnerAction::Next(_) => match ticked(dir, step, draft) {
            Some((_, list)) if list.is_empty() => Answer::Again(ctx.t("partner-pick-one")),
            Some(_) => Answer::Next,
            None => Answer::Stale,
        },
        PartnerAction::Training(key) if dir.trainings.position(&key).is_some() => {
            draft.training = key;
            fit_offers(&draft.training, &mut draft.missions);
            Answer::Next
        }
        PartnerAction::Keep(_) if has_value(draft, step) => Answer::Next,
        PartnerAction::Skip(_) => {
            match step {
                Step::Availability => draft.availability.clear(),
                Step::Bio => draft.bio.clear(),
                Step::Association => draft.association.clear(),
                _ => return Answer::Stale,
            }
            Answer::Next
        }
        _ => Answer::Stale,
    }
}

async fn send(ctx: &mut Ctx<'_>, draft: &PartnerProfile) -> Result<(), StoreError> {
    let (id, revision) = ctx
        .tx
        .save_partner(ctx.msg.platform, &ctx.msg.sender, draft)
        .await?;
    ctx.clear_dialogue().await?;
    let text = ctx.t("partner-sent");
    ctx.reply(text);
    // Every coordinator hears of it, on their own platform.
    let summary = describe(ctx, draft);
    let text = ctx.t_args(
        "review-new",
        &args([("number", id.to_string()), ("summary", summary)]),
    );
    let choices = vec![
        ctx.choice(
            "review-approve",
            super::vetting::ReviewAction::Approve(id, revision),
        ),
        ctx.choice(
            "review-refuse",
            super::vetting::ReviewAction::Refuse(id, revision),
        ),
    ];
    for (platform, user) in ctx.coordinators().await? {
        ctx.send(Outgoing {
            choices: choices.clone(),
            ..Outgoing::private(platform, user, text.clone())
        });
    }
    Ok(())
}

/// Words that ask to untick ("sans Témoignage", "retirer 2"), in either language.
const UNTICK_WORDS: [&str; 8] = [
    "sans",
    "retirer",
    "enlever",
    "décocher",
    "decocher",
    "without",
    "remove",
    "untick",
];

/// What follows an untick word at the start of a typed answer.
fn untick_request(text: &str) -> Option<&str> {
    let (first, rest) = text.trim().split_once(char::is_whitespace)?;
    let first = first.to_lowercase();
    UNTICK_WORDS
        .contains(&first.as_str())
        .then(|| rest.trim())
        .filter(|rest| !rest.is_empty())
}

/// Roles that act for users collectively and need no lived condition of their own.
const COLLECTIVE_ROLES: [&str; 2] = ["representant-des-usagers", "benevole-associatif"];

/// Whether every role ticked is a collective one (a users' representative, an association
/// volunteer): then "aucune" is an answer to the conditions question.
fn collective_only(draft: &PartnerProfile) -> bool {
    !draft.roles.is_empty()
        && draft
            .roles
            .iter()
            .all(|r| COLLECTIVE_ROLES.contains(&r.as_str()))
}

/// Whether the step already has an answer that "keep" can keep.
fn has_value(draft: &PartnerProfile, step: Step) -> bool {
    match step {
        Step::Pseudonym => !draft.pseudonym.is_empty(),
        Step::Conditions => !draft.conditions.is_empty() || !draft.extra_conditions.is_empty(),
        Step::Places => !draft.departments.is_empty() || draft.online,
        Step::Availability => !draft.availability.is_empty(),
        Step::Bio => !draft.bio.is_empty(),
        Step::Association => !draft.association.is_empty(),
        _ => false,
    }
}

/// Whether every required answer is there (checked again before sending).
fn is_complete(draft: &PartnerProfile) -> bool {
    !draft.pseudonym.is_empty()
        && !draft.roles.is_empty()
        && has_value(draft, Step::Conditions)
        && has_value(draft, Step::Places)
        && !draft.languages.is_empty()
        && !draft.training.is_empty()
        && !draft.missions.is_empty()
}

/// A pseudonym, or why it is refused.
pub fn check_pseudonym(text: &str) -> Result<String, &'static str> {
    let text = text.trim();
    let length = text.chars().count();
    if !(2..=MAX_PSEUDONYM).contains(&length) {
        return Err("partner-pseudonym-length");
    }
    if !has_letters(text) {
        return Err("name-needs-letters");
    }
    if has_contact_details(text) {
        return Err("partner-no-contact-details");
    }
    Ok(text.to_owned())
}

/// Whether a name has a letter to be called by (emoji or punctuation alone has none).
pub fn has_letters(text: &str) -> bool {
    text.chars().any(char::is_alphabetic)
}

/// Conditions named in a text, and what is left over as free additions.
pub fn split_conditions(vocabulary: &Vocabulary, text: &str) -> (Vec<String>, String) {
    let mut keys = Vec::new();
    let mut extra = Vec::new();
    for part in text
        .split([',', ';', '\n', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let found = vocabulary.find_all(part);
        if found.is_empty() {
            match vocabulary.lookup(part) {
                Lookup::Found(i) => keys.push(vocabulary.keys()[i].clone()),
                _ => extra.push(part.to_owned()),
            }
        } else {
            keys.extend(found.into_iter().map(|i| vocabulary.keys()[i].clone()));
        }
    }
    keys.dedup();
    (keys, extra.join(", "))
}

/// The department codes a text names, and whether it mentions meeting online.
pub fn places_in(text: &str) -> (Vec<String>, bool) {
    let departments = geo::find_departments(text)
        .into_iter()
        .map(|d| d.code.to_owned())
        .collect();
    (departments, mentions_online(text))
}

/// Whether a text asks for (or offers) online meetings.
pub fn mentions_online(text: &str) -> bool {
    let folded = format!(" {} ", fold(text));
    [
        " en ligne ",
        " online ",
        " a distance ",
        " visio ",
        " remote ",
        " internet ",
    ]
    .iter()
    .any(|w| folded.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_short_and_carry_no_contact_details() {
        assert_eq!(check_pseudonym("  Sophie L. "), Ok("Sophie L.".to_owned()));
        // Emoji alone cannot be called out.
        assert_eq!(check_pseudonym("🌸🌸🌸"), Err("name-needs-letters"));
        assert_eq!(check_pseudonym("Zoé 🌸"), Ok("Zoé 🌸".to_owned()));
        assert!(check_pseudonym("S").is_err());
        assert!(check_pseudonym(&"x".repeat(41)).is_err());
        assert!(check_pseudonym("sophie@mail.fr").is_err());
        assert!(check_pseudonym("Sophie 06 12 34 56 78").is_err());
        assert!(check_pseudonym("@sophie_l").is_err());
        assert!(!has_contact_details(
            "Diagnostiquée en 2009, maman depuis 2015."
        ));
        assert!(has_contact_details("Appelez le +33 6 12 34 56 78"));
    }

    #[test]
    fn online_is_understood_in_both_languages() {
        assert!(mentions_online("Toulouse et en ligne"));
        assert!(mentions_online("online only"));
        assert!(mentions_online("à distance"));
        assert!(!mentions_online("Lyon"));
    }
}
