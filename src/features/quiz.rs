//! `/quiz`: true/false statements on health partnership, with an explanation after each
//! answer and a score at the end. The current question is a stored dialogue, so a restart
//! resumes the quiz where it was.

use crate::core::Choice;
use crate::core::text::fold;
use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{DialogueState, StoreError};
use serde::{Deserialize, Serialize};

/// Dialogue kind of a running quiz.
pub const DIALOGUE: &str = "quiz";

/// The statements (locale ids `quiz-<n>`, with `.explanation`) and whether each is true.
pub const QUESTIONS: &[(&str, bool)] = &[
    ("quiz-centred", false),
    ("quiz-testimony", true),
    ("quiz-complementary", true),
    ("quiz-ru-same", false),
    ("quiz-training-40h", true),
    ("quiz-peer-professional", false),
    ("quiz-bep-first", true),
    ("quiz-montreal", true),
    ("quiz-etp-mandatory", false),
    ("quiz-msp", true),
];

#[derive(Debug, Default, Serialize, Deserialize)]
struct Progress {
    score: i64,
}

/// `/quiz`: starts (or restarts) the quiz.
pub async fn start(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    save(ctx, 0, &Progress::default()).await?;
    let intro = ctx.t_args("quiz-intro", &args([("total", QUESTIONS.len())]));
    ctx.reply(intro);
    ask(ctx, 0);
    Ok(())
}

crate::actions! {
    /// An answer to a quiz question, bound to the question's number.
    pub enum QuizAction = "quiz" {
        Answer(question: i64, answer: bool) = "",
    }
}

/// A `quiz:<question>:true` / `quiz:<question>:false` choice. The question number makes a
/// button from an older question (or pressed twice) stale instead of answering the next one.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: QuizAction) -> Result<(), StoreError> {
    let QuizAction::Answer(step, answer) = action;
    match ctx.dialogue().await? {
        Some(state) if state.kind == DIALOGUE && step == state.step => {
            answer_question(ctx, &state, answer).await
        }
        Some(state) if state.kind == DIALOGUE => crate::features::kit::stale_choice(ctx),
        _ => {
            let text = ctx.t("quiz-not-running");
            let choices = vec![ctx.choice("quiz-again", Command::Quiz.data())];
            ctx.reply_with(text, choices);
            Ok(())
        }
    }
}

/// Text typed during the quiz: "vrai", "faux", "true", "false"…
pub async fn on_text(
    ctx: &mut Ctx<'_>,
    state: &DialogueState,
    text: &str,
) -> Result<(), StoreError> {
    match parse_answer(text) {
        Some(answer) => answer_question(ctx, state, answer).await,
        // In a group people also talk to each other: only answers count there.
        None if ctx.in_group() => Ok(()),
        None => {
            let hint = ctx.t("quiz-hint");
            ctx.reply(hint);
            ask(ctx, state.step as usize);
            Ok(())
        }
    }
}

/// Reads a typed true/false answer.
pub fn parse_answer(text: &str) -> Option<bool> {
    match fold(text).as_str() {
        "vrai" | "v" | "true" | "t" | "oui" | "yes" | "c est vrai" => Some(true),
        "faux" | "f" | "false" | "non" | "no" | "c est faux" => Some(false),
        _ => None,
    }
}

async fn answer_question(
    ctx: &mut Ctx<'_>,
    state: &DialogueState,
    answer: bool,
) -> Result<(), StoreError> {
    let index = usize::try_from(state.step).unwrap_or(usize::MAX);
    let Some(&(id, truth)) = QUESTIONS.get(index) else {
        // A quiz saved by a version with more questions: end it gracefully.
        ctx.clear_dialogue().await?;
        return on_choice_after_end(ctx);
    };
    let mut progress: Progress = serde_json::from_str(&state.data).unwrap_or_default();
    let right = answer == truth;
    if right {
        progress.score += 1;
    }
    let verdict_id = if right { "quiz-right" } else { "quiz-wrong" };
    let truth_label = ctx.t(if truth { "quiz-true" } else { "quiz-false" });
    let verdict = ctx.t_args(verdict_id, &args([("answer", truth_label)]));
    let explanation = ctx
        .services()
        .i18n()
        .attr(ctx.lang, id, "explanation")
        .unwrap_or_default();
    ctx.reply(format!("{verdict}\n{explanation}"));
    let next = index + 1;
    if next < QUESTIONS.len() {
        save(ctx, next, &progress).await?;
        ask(ctx, next);
    } else {
        ctx.clear_dialogue().await?;
        let text = ctx.t_args(
            "quiz-score",
            &args([
                ("score", progress.score as usize),
                ("total", QUESTIONS.len()),
            ]),
        );
        let choices = vec![
            ctx.choice("quiz-again", Command::Quiz.data()),
            ctx.choice("menu-glossary", Command::Glossary.data()),
        ];
        ctx.reply_with(text, choices);
    }
    Ok(())
}

fn on_choice_after_end(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let text = ctx.t("quiz-not-running");
    let choices = vec![ctx.choice("quiz-again", Command::Quiz.data())];
    ctx.reply_with(text, choices);
    Ok(())
}

async fn save(ctx: &mut Ctx<'_>, step: usize, progress: &Progress) -> Result<(), StoreError> {
    let data = serde_json::to_string(progress)?;
    ctx.set_dialogue(DIALOGUE, step as i64, data).await
}

fn ask(ctx: &mut Ctx<'_>, index: usize) {
    let Some(&(id, _)) = QUESTIONS.get(index) else {
        return;
    };
    let text = ctx.t_args(
        "quiz-question",
        &args([("number", index + 1), ("total", QUESTIONS.len())]),
    );
    let statement = ctx.t(id);
    let choices: Vec<Choice> = vec![
        ctx.choice("quiz-true", QuizAction::Answer(index as i64, true)),
        ctx.choice("quiz-false", QuizAction::Answer(index as i64, false)),
    ];
    ctx.reply_with(format!("{text}\n{statement}"), choices);
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "quiz",
    commands: &[crate::features::commands::Command::Quiz],
    actions: &[QuizAction::PREFIX],
    dialogues: &[crate::features::feature::Dialogue::plain(DIALOGUE)],
    jobs: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_typed_answers() {
        assert_eq!(parse_answer("Vrai"), Some(true));
        assert_eq!(parse_answer(" FAUX !"), Some(false));
        assert_eq!(parse_answer("false"), Some(false));
        assert_eq!(parse_answer("peut-être"), None);
    }

    #[test]
    fn the_quiz_mixes_true_and_false_statements() {
        assert!(QUESTIONS.iter().any(|q| q.1) && QUESTIONS.iter().any(|q| !q.1));
    }
}
