//! Emergencies: recognised in what people write ([`detect`]), answered first with the help
//! that fits what was written, and, if the person wants it, a call back from the
//! coordination.
//!
//! Nothing about a detection is logged beyond a line saying one happened, and nothing is
//! stored but the offer of a call back, held like any question's choices until the next
//! reply replaces it. The coordination hears of it only when the person answers *yes*, and
//! then learns who asked and where, never what they wrote.

mod detect;
mod lexicon;

pub use detect::{Assessment, assess, explain, is_crisis};
pub use lexicon::Category;

use crate::core::text::strip_controls;
use crate::core::{Lane, Outgoing};
use crate::features::kit::Ctx;
use crate::i18n::{I18n, Lang, args};
use crate::store::StoreError;

/// The emergency contacts and a kind sentence, in the sender's language (`/urgence`).
pub fn emergency_text(ctx: &Ctx<'_>) -> String {
    format!(
        "{}\n\n{}",
        ctx.t("emergency-contacts"),
        ctx.t("emergency-kind")
    )
}

/// `/urgence`: the contacts, where they were asked for.
pub fn send_contacts(ctx: &mut Ctx<'_>) {
    let text = emergency_text(ctx);
    ctx.reply(text);
}

/// The help for what was recognised: a kind opening, then the number that fits each
/// category, most urgent first, then the line for people who cannot speak.
pub fn help_text(i18n: &I18n, lang: Lang, found: Assessment) -> String {
    let opening = if found.is_emergency() {
        "emergency-intro"
    } else {
        "emergency-intro-distress"
    };
    let mut lines = vec![i18n.text(lang, opening)];
    for category in found.categories() {
        // One line per number: the overdose line already says 15, the suicide line 3114.
        let covered = match category {
            Category::Medical => found.contains(Category::Overdose),
            Category::SelfHarm => found.contains(Category::Suicide),
            _ => false,
        };
        if !covered {
            lines.push(i18n.text(lang, &format!("emergency-{}", category.name())));
        }
    }
    if !found.is_emergency() {
        lines.push(i18n.text(lang, "emergency-distress-3114"));
    }
    lines.push(i18n.text(lang, "emergency-deaf"));
    lines.push(i18n.text(lang, "emergency-limits"));
    lines.join("\n")
}

/// Crisis wording was recognised: the help goes to the person privately, with the offer of
/// a call back when there is a coordination to call; a group only gets a neutral reminder
/// that points at nobody.
pub async fn respond_to_crisis(ctx: &mut Ctx<'_>, found: Assessment) -> Result<(), StoreError> {
    let engine = ctx.services();
    let text = help_text(engine.i18n(), ctx.lang, found);
    if ctx.in_group() {
        let reminder = ctx.t("emergency-group");
        ctx.reply(reminder);
    }
    ctx.reply_privately(text);
    // A blocked person gets every number, but the coordination chose not to serve them.
    let offer = !ctx.barred && !ctx.coordinators().await?.is_empty();
    if offer {
        let question = ctx.t("emergency-callback-ask");
        let choices = vec![
            ctx.choice("emergency-callback-yes", SafetyAction::Callback),
            ctx.choice("emergency-callback-no", SafetyAction::Decline),
        ];
        ctx.reply_privately(question).choices = choices;
    }
    Ok(())
}

crate::actions! {
    /// The answer to the offer of a call back.
    pub enum SafetyAction = "sos" {
        /// Yes: the coordination is told who to call back.
        Callback = "call",
        /// No thanks.
        Decline = "no",
    }
}

/// The person answered the offer of a call back.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: SafetyAction) -> Result<(), StoreError> {
    match action {
        SafetyAction::Decline => {
            let text = ctx.t("emergency-callback-declined");
            ctx.reply_privately(text);
        }
        SafetyAction::Callback => {
            let coordinators = ctx.coordinators().await?;
            if coordinators.is_empty() {
                let text = ctx.t("emergency-callback-nobody");
                ctx.reply_privately(text);
                return Ok(());
            }
            // Never the text they wrote: who, where, when.
            let person = strip_controls(&ctx.msg.display_name);
            let reach = strip_controls(&ctx.msg.reachable_as());
            let platform = ctx.msg.platform.as_str();
            let at = ctx.now();
            let room = ctx.services().settings().audit_room.clone();
            match room {
                Some((room_platform, room)) => {
                    let lang = ctx.services().settings().default_lang;
                    let text = notice(ctx, lang, &person, &reach, platform, at);
                    ctx.send_in(Lane::Reply, Outgoing::in_room(room_platform, room, text));
                }
                None => {
                    for (coordinator_platform, coordinator) in coordinators {
                        let engine = ctx.services();
                        let lang = engine
                            .lang_of(&mut ctx.tx, coordinator_platform, &coordinator)
                            .await?;
                        let text = notice(ctx, lang, &person, &reach, platform, at);
                        ctx.send_in(
                            Lane::Reply,
                            Outgoing::private(coordinator_platform, coordinator, text),
                        );
                    }
                }
            }
            tracing::info!("call back requested after crisis wording; coordination told");
            let text = ctx.t("emergency-callback-sent");
            ctx.reply_privately(text);
        }
    }
    Ok(())
}

/// What the coordination reads when someone asks to be called back.
fn notice(ctx: &Ctx<'_>, lang: Lang, person: &str, reach: &str, platform: &str, at: i64) -> String {
    ctx.services().i18n().text_args(
        lang,
        "emergency-callback-notice",
        &args([
            ("person", person.to_owned()),
            ("reach", reach.to_owned()),
            ("platform", platform.to_owned()),
            ("when", crate::features::etp::moment(ctx, lang, at)),
        ]),
    )
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "safety",
    commands: &[crate::features::commands::Command::Emergency],
    actions: &[SafetyAction::PREFIX],
    dialogues: &[],
    jobs: &[],
};
