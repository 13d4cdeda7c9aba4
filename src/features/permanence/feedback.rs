//! "Did it help?": the day after a permanence, each person marked as come (and who
//! consented) is asked once for a score from 1 to 5 and, if they wish, a few words. The
//! score and the words are kept apart and without the person (see
//! [`crate::store::FeedbackSummary`]); hosts and coordinators read them only as aggregates.

use crate::core::Outgoing;
use crate::features::kit::{Ctx, Services};
use crate::features::permanence::booking::slot_when_in;
use crate::features::permanence::schedule::{local_date, local_instant};
use crate::i18n::args;
use crate::store::{FEEDBACK_FLOOR, FeedbackSummary, StoreError, Tx, month_start};
use serde::{Deserialize, Serialize};

crate::actions! {
    /// An answer to the question after a permanence (bound to the booking asked about).
    pub enum FeedbackAction = "fb" {
        /// A score from 1 (not at all) to 5 (a lot).
        Score(booking: i64, score: i64) = "score",
        /// Would rather not answer.
        Skip(booking: i64) = "skip",
        /// No words to add.
        NoWords = "nowords",
    }
}

/// Dialogue kind while the bot waits for the optional words.
pub const WORDS_DIALOGUE: &str = "feedback_words";

/// Longest free words, in characters.
pub const MAX_WORDS: usize = 500;

/// Questions asked per run of the job, at most.
const BATCH: i64 = 200;

/// Local hours (from, until) when the question may be sent: not at night.
const SENDING_HOURS: (u32, u32) = (10, 20);

/// Where the words typed next go: the permanence and the month, nothing about the person.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct Pending {
    permanence: i64,
    month: i64,
    /// When the words were asked for (see [`crate::features::kit::AskedAt`]).
    at: i64,
}

/// Asks the people who came to a permanence the day before (or, for a late mark, since)
/// how it went (a [`Job`](crate::features::feature::Job)).
pub fn feedback_job<'a>(
    services: &'a Services,
    tx: &'a mut Tx,
    at: i64,
) -> futures_util::future::BoxFuture<'a, Result<Vec<Outgoing>, StoreError>> {
    Box::pin(ask_due(services, tx, at))
}

async fn ask_due(services: &Services, tx: &mut Tx, at: i64) -> Result<Vec<Outgoing>, StoreError> {
    let hour = crate::features::permanence::schedule::local_hour(at);
    if !(SENDING_HOURS.0..SENDING_HOURS.1).contains(&hour) {
        return Ok(Vec::new());
    }
    let mut messages = Vec::new();
    for due in tx.feedback_due(at, BATCH).await? {
        // From the day after the slot: never the evening of the same day.
        let next_day = local_date(due.slot.starts_at).succ_opt();
        if next_day
            .and_then(|d| local_instant(d, 0))
            .is_none_or(|start| at < start)
        {
            continue;
        }
        if !tx.feedback_asked(due.booking).await? {
            continue;
        }
        let Some(p) = tx.permanence(due.slot.permanence_id).await? else {
            continue;
        };
        let (platform, user) = &due.person;
        let lang = services.lang_of(tx, *platform, user).await?;
        let when = slot_when_in(services.i18n(), lang, &due.slot);
        let b = due.booking;
        let mut choices: Vec<(&str, String)> = [
            "feedback-score-1",
            "feedback-score-2",
            "feedback-score-3",
            "feedback-score-4",
            "feedback-score-5",
        ]
        .into_iter()
        .zip(1..)
        .map(|(label, score)| (label, FeedbackAction::Score(b, score).data()))
        .collect();
        choices.push(("feedback-skip", FeedbackAction::Skip(b).data()));
        messages.push(services.notice_in(
            lang,
            *platform,
            user,
            "feedback-question",
            args([("title", p.details.title.clone()), ("when", when)]),
            &choices,
        ));
        tracing::info!(booking = b, "feedback asked");
    }
    Ok(messages)
}

/// An `fb:…` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: FeedbackAction) -> Result<(), StoreError> {
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    match action {
        FeedbackAction::Score(booking, score) if (1..=5).contains(&score) => {
            // Answers close a while after the date, so a month's answers are all in before
            // it is ever read.
            let late = ctx
                .tx
                .booking(booking)
                .await?
                .is_some_and(|b| ctx.now() > b.slot.ends_at + crate::store::ANSWER_WINDOW);
            if late {
                let text = ctx.t("feedback-closed");
                ctx.reply(text);
                return Ok(());
            }
            let Some(slot) = ctx
                .tx
                .close_feedback(booking, (person.0, &person.1), "answered")
                .await?
            else {
                let text = ctx.t("feedback-already");
                ctx.reply(text);
                return Ok(());
            };
            let month = month_start(slot.starts_at);
            ctx.tx
                .add_feedback_score(slot.permanence_id, month, score)
                .await?;
            let pending = Pending {
                permanence: slot.permanence_id,
                month,
                at: ctx.now(),
            };
            ctx.set_dialogue(WORDS_DIALOGUE, 0, serde_json::to_string(&pending)?)
                .await?;
            let text = ctx.t_args("feedback-thanks-words", &args([("max", MAX_WORDS)]));
            let choices = vec![ctx.choice("feedback-no-words", FeedbackAction::NoWords)];
            ctx.reply_with(text, choices);
            Ok(())
        }
        FeedbackAction::Skip(booking) => {
            let closed = ctx
                .tx
                .close_feedback(booking, (person.0, &person.1), "declined")
                .await?;
            let text = ctx.t(if closed.is_some() {
                "feedback-skipped"
            } else {
                "feedback-already"
            });
            ctx.reply(text);
            Ok(())
        }
        FeedbackAction::NoWords => {
            let waiting = ctx
                .dialogue()
                .await?
                .is_some_and(|d| d.kind == WORDS_DIALOGUE);
            if waiting {
                ctx.clear_dialogue().await?;
            }
            let text = ctx.t("feedback-done");
            ctx.reply(text);
            Ok(())
        }
        FeedbackAction::Score(..) => crate::features::kit::stale_choice(ctx),
    }
}

/// The words typed after a score: kept without their author, apart from the score.
pub async fn on_words(ctx: &mut Ctx<'_>, data: &str, text: &str) -> Result<(), StoreError> {
    // Words that called for the emergency numbers are not an opinion of the permanence:
    // the numbers were the answer, and nothing is kept.
    if !ctx.queued().is_empty() {
        ctx.clear_dialogue().await?;
        return Ok(());
    }
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // Words reach coordinators without their author: no way to reach anyone in them.
    if crate::features::directory::onboarding::has_contact_details(&words) {
        let text = ctx.t("feedback-words-contact");
        ctx.reply(text);
        return Ok(());
    }
    if words.chars().count() > MAX_WORDS {
        let text = ctx.t_args("feedback-words-long", &args([("max", MAX_WORDS)]));
        ctx.reply(text);
        return Ok(());
    }
    ctx.clear_dialogue().await?;
    if let Ok(pending) = serde_json::from_str::<Pending>(data)
        && !words.is_empty()
    {
        ctx.tx
            .add_feedback_words(pending.permanence, pending.month, &words)
            .await?;
    }
    let text = ctx.t("feedback-done");
    ctx.reply(text);
    Ok(())
}

/// A summary in words: the mean and how many answers, or that there are not enough yet.
pub fn describe(ctx: &Ctx<'_>, summary: &FeedbackSummary) -> String {
    let Some(mean) = summary.mean else {
        return ctx.t_args("feedback-too-few", &args([("floor", FEEDBACK_FLOOR)]));
    };
    // The mean and the count only: how many gave each score would tell everyone's answer
    // when they all agree.
    let mut values = args([("mean", one_decimal(ctx, mean))]);
    values.set("answers", summary.answers);
    values.set("floor", FEEDBACK_FLOOR);
    ctx.t_args("feedback-summary", &values)
}

/// A mean with one decimal, written as the reader's language does ("4,2", "4.2").
pub fn one_decimal(ctx: &Ctx<'_>, value: f64) -> String {
    let text = format!("{value:.1}");
    match ctx.lang {
        crate::i18n::Lang::Fr => text.replace('.', ","),
        _ => text,
    }
}

/// The free words of a summary, one per line, or that none was left.
pub fn words(ctx: &Ctx<'_>, summary: &FeedbackSummary) -> String {
    if summary.words.is_empty() {
        return ctx.t("feedback-no-words-left");
    }
    let mut text = ctx.t("feedback-words-heading");
    for words in &summary.words {
        text.push('\n');
        text.push_str(&ctx.t_args("feedback-word", &args([("words", words.clone())])));
    }
    text
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "feedback",
    commands: &[],
    actions: &[FeedbackAction::PREFIX],
    dialogues: &[crate::features::feature::Dialogue::next_message(
        WORDS_DIALOGUE,
    )],
    jobs: &[crate::features::feature::Job {
        name: "feedback",
        every: std::time::Duration::from_secs(300),
        run: feedback_job,
    }],
};
