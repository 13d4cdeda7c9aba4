//! One engine for the multi-step forms (an ETP sign-up, a mission, …).
//!
//! A feature declares its form with [`Form`]: its steps, how each is asked and read, what its
//! own buttons do and what sending does. The engine does the rest the same way for every
//! form: the draft lives in the person's dialogue (so a restart of the bot loses nothing),
//! every button is bound to the step it was offered at (an old one is refused kindly), a
//! problem is said and the step asked again, the last step is a summary with *send*,
//! *start again* and *abandon*.

use super::commands::Command;
use super::kit::{Ctx, stale_choice};
use crate::core::Choice;
use crate::store::StoreError;
use serde::Serialize;
use serde::de::DeserializeOwned;

/// What an answer (typed or pressed) did to the draft.
#[derive(Debug)]
pub enum Answer {
    /// Accepted: on to the next step.
    Next,
    /// Accepted, and the step stays open (a list being ticked): the draft is saved and the
    /// step asked again.
    Stay,
    /// Not accepted, for this reason (a sentence for the person): the step is asked again.
    Again(String),
    /// Nothing to read here (a button-only step): the step is asked again.
    Ask,
    /// A button that does not fit this step: refused as stale.
    Stale,
}

/// A button of a form, as the engine sees it: each bound to the step (number) it was
/// offered at.
#[derive(Debug)]
pub enum Pressed<A> {
    /// *Start again*, from the summary.
    Restart(i64),
    /// *Send*, from the summary.
    Send(i64),
    /// A button of the form's own (a kind, a number of places…).
    Own(i64, A),
}

/// A multi-step form, declared by its feature.
pub trait Form {
    /// Its steps; the last one is the summary.
    type Step: Copy + PartialEq + std::fmt::Debug + Send + Sync + 'static;
    /// What the answers so far make, kept as JSON in the dialogue.
    type Draft: Serialize + DeserializeOwned + Default + Send + Sync;
    /// Its buttons (an [`actions!`](crate::actions) enum).
    type Action: Send;

    /// The dialogue kind.
    const KIND: &'static str;
    /// The steps, in order; the last is the summary.
    const STEPS: &'static [Self::Step];
    /// Locale id of the summary's *send* button.
    const SEND_LABEL: &'static str;
    /// Locale id of the reply to a button pressed by someone [`Form::allowed`] refuses.
    const REFUSAL: &'static str = "coordinator-only";

    /// Locale id of the *send* button for this draft (by default [`Form::SEND_LABEL`];
    /// "save" when editing, say).
    fn send_label(_draft: &Self::Draft) -> &'static str {
        Self::SEND_LABEL
    }

    /// Whether the sender may fill this form now (checked at every answer). When not,
    /// typed text ends the form silently and a button gets [`Form::REFUSAL`].
    fn allowed(_ctx: &Ctx<'_>) -> bool {
        true
    }

    /// The step's question and its own buttons (the engine adds the summary's).
    fn ask(
        ctx: &mut Ctx<'_>,
        step: Self::Step,
        draft: &Self::Draft,
    ) -> impl Future<Output = Result<(String, Vec<Choice>), StoreError>> + Send;

    /// Reads text typed at `step` (trimmed) into the draft; at the summary, says what to
    /// do ([`Answer::Ask`] or [`Answer::Again`] with a hint).
    fn read(
        ctx: &mut Ctx<'_>,
        step: Self::Step,
        draft: &mut Self::Draft,
        text: &str,
    ) -> impl Future<Output = Result<Answer, StoreError>> + Send;

    /// Applies one of the form's own buttons, pressed at `step`.
    fn press(
        ctx: &mut Ctx<'_>,
        step: Self::Step,
        draft: &mut Self::Draft,
        action: Self::Action,
    ) -> impl Future<Output = Result<Answer, StoreError>> + Send;

    /// Sends (creates, posts) what the draft makes, from the summary.
    fn send(
        ctx: &mut Ctx<'_>,
        draft: &Self::Draft,
    ) -> impl Future<Output = Result<(), StoreError>> + Send;

    /// What a button of this form is to the engine.
    fn pressed(action: Self::Action) -> Pressed<Self::Action>;

    /// The data of the summary's *start again* button, offered at step `at`.
    fn restart(at: i64) -> String;

    /// The data of the summary's *send* button, offered at step `at`.
    fn send_data(at: i64) -> String;

    /// The step after `step` (the next in [`Form::STEPS`] unless the form skips some).
    fn next(_ctx: &Ctx<'_>, step: Self::Step, _draft: &Self::Draft) -> Self::Step {
        let i = number::<Self>(step) as usize;
        Self::STEPS.get(i + 1).copied().unwrap_or(step)
    }
}

/// The number of `step` (its place in [`Form::STEPS`]), as stored and carried by buttons.
pub fn number<F: Form + ?Sized>(step: F::Step) -> i64 {
    F::STEPS.iter().position(|s| *s == step).unwrap_or(0) as i64
}

fn step_of<F: Form + ?Sized>(n: i64) -> Option<F::Step> {
    usize::try_from(n)
        .ok()
        .and_then(|i| F::STEPS.get(i).copied())
}

fn is_summary<F: Form + ?Sized>(step: F::Step) -> bool {
    F::STEPS.last() == Some(&step)
}

/// Saves the draft at `step` and asks it.
pub async fn go_to<F: Form>(
    ctx: &mut Ctx<'_>,
    step: F::Step,
    draft: &F::Draft,
) -> Result<(), StoreError> {
    ctx.save_draft(F::KIND, number::<F>(step), draft).await?;
    ask::<F>(ctx, step, draft).await
}

/// Asks `step` again, with the summary's buttons on the last step.
pub async fn ask<F: Form>(
    ctx: &mut Ctx<'_>,
    step: F::Step,
    draft: &F::Draft,
) -> Result<(), StoreError> {
    let (text, mut choices) = F::ask(ctx, step, draft).await?;
    if is_summary::<F>(step) {
        let at = number::<F>(step);
        choices.push(ctx.choice(F::send_label(draft), F::send_data(at)));
        choices.push(ctx.choice("partner-restart", F::restart(at)));
        choices.push(ctx.choice("partner-abandon", Command::Cancel.data()));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// Text typed while the form is open.
pub async fn on_text<F: Form>(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    let Some((n, mut draft)) = ctx.load_draft::<F::Draft>(F::KIND).await? else {
        return Ok(());
    };
    let Some(step) = step_of::<F>(n) else {
        return Ok(());
    };
    if !F::allowed(ctx) {
        ctx.clear_dialogue().await?;
        return Ok(());
    }
    let answer = F::read(ctx, step, &mut draft, text.trim()).await?;
    settle::<F>(ctx, step, draft, answer).await
}

/// A button of the form.
pub async fn on_choice<F: Form>(ctx: &mut Ctx<'_>, action: F::Action) -> Result<(), StoreError> {
    if !F::allowed(ctx) {
        let text = ctx.t(F::REFUSAL);
        ctx.reply(text);
        return Ok(());
    }
    let Some((n, mut draft)) = ctx.load_draft::<F::Draft>(F::KIND).await? else {
        return stale_choice(ctx);
    };
    let Some(step) = step_of::<F>(n) else {
        return stale_choice(ctx);
    };
    match F::pressed(action) {
        Pressed::Restart(at) | Pressed::Send(at) | Pressed::Own(at, _) if at != n => {
            stale_choice(ctx)
        }
        Pressed::Restart(_) if is_summary::<F>(step) => go_to::<F>(ctx, F::STEPS[0], &draft).await,
        Pressed::Send(_) if is_summary::<F>(step) => F::send(ctx, &draft).await,
        Pressed::Own(_, action) => {
            let answer = F::press(ctx, step, &mut draft, action).await?;
            settle::<F>(ctx, step, draft, answer).await
        }
        Pressed::Restart(_) | Pressed::Send(_) => stale_choice(ctx),
    }
}

async fn settle<F: Form>(
    ctx: &mut Ctx<'_>,
    step: F::Step,
    draft: F::Draft,
    answer: Answer,
) -> Result<(), StoreError> {
    match answer {
        Answer::Next => {
            let next = F::next(ctx, step, &draft);
            go_to::<F>(ctx, next, &draft).await
        }
        Answer::Stay => go_to::<F>(ctx, step, &draft).await,
        Answer::Again(problem) => {
            ctx.reply(problem);
            ask::<F>(ctx, step, &draft).await
        }
        Answer::Ask => ask::<F>(ctx, step, &draft).await,
        Answer::Stale => stale_choice(ctx),
    }
}
