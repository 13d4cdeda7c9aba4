//! `/aide` and the reply to input the bot does not understand.

use crate::core::text::fold;
use crate::features::commands::COMMANDS;
use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::features::onboarding;
use crate::i18n::{Args, args};
use crate::store::StoreError;

/// `/aide`: every command with a one-line description, and a small menu.
pub fn show(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let mut text = ctx.t("help-intro");
    let (coordinator, admin) = (ctx.is_coordinator(), ctx.is_admin());
    for spec in COMMANDS
        .iter()
        .filter(|s| coordinator || !s.access.coordinator_only)
        .filter(|s| admin || !s.access.admin_only)
    {
        let names: Vec<String> = spec.names.iter().map(|n| format!("/{n}")).collect();
        let line = format!("\n{} — {}", names.join(", "), ctx.t(spec.help_id));
        text.push_str(&line);
    }
    text.push_str("\n\n");
    text.push_str(&ctx.t("help-outro"));
    let choices = menu(ctx);
    ctx.reply_with(text, choices);
    Ok(())
}

/// Free text that matches nothing: a greeting or thanks gets a friendly answer (a first
/// greeting, the welcome); a number or a bare "ok" that fits none of the choices just
/// offered gets them again, with what went wrong; anything else, the main menu.
pub async fn fallback(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    match small_talk(text) {
        // Someone new is welcomed whatever they wrote, unless a question of the bot waits.
        _ if ctx.user.is_none() && ctx.offered.is_empty() => return onboarding::start(ctx).await,
        Some(SmallTalk::Greeting) if ctx.user.is_none() => return onboarding::start(ctx).await,
        Some(talk) => {
            let text = ctx.t(match talk {
                SmallTalk::Greeting => "fallback-greeting",
                SmallTalk::Thanks => "fallback-thanks",
            });
            let choices = menu(ctx);
            ctx.reply_with(text, choices);
            return Ok(());
        }
        None => {}
    }
    let number = typed_number(text);
    // Choices that only lead to commands ("Aide") are shortcuts, not a question.
    let asked = ctx
        .offered
        .iter()
        .any(|c| !c.data.starts_with(crate::core::command::RUN_PREFIX));
    if !ctx.offered.is_empty() && (number.is_some() || asked && agreement(text)) {
        // The question still stands: a stray number must not replace its choices with the
        // menu's, where the next number would do something unrelated.
        let offered = ctx.offered.clone();
        let count = offered.len();
        let text = match number {
            Some(number) => {
                let mut values = Args::new();
                values.set("number", number);
                values.set("count", count);
                ctx.t_args("choice-out-of-range", &values)
            }
            None => ctx.t_args("choice-not-understood", &args([("count", count)])),
        };
        ctx.reply_with(text, offered);
        return Ok(());
    }
    let text = ctx.t("fallback");
    let choices = menu(ctx);
    ctx.reply_with(text, choices);
    Ok(())
}

/// Small talk the bot answers in kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SmallTalk {
    Greeting,
    Thanks,
}

/// A greeting ("Bonjour !", "salut Pairbot") or thanks ("merci beaucoup"), by its first
/// word; longer messages that only start with one are not small talk.
fn small_talk(text: &str) -> Option<SmallTalk> {
    const GREETINGS: &[&str] = &[
        "bonjour", "bonsoir", "salut", "coucou", "hello", "hi", "hey", "bjr", "slt", "allo",
    ];
    const THANKS: &[&str] = &["merci", "thanks", "thank", "thx"];
    let folded = fold(text);
    let mut words = folded.split_whitespace();
    let first = words.next()?;
    if words.count() > 5 {
        return None;
    }
    if GREETINGS.contains(&first) {
        Some(SmallTalk::Greeting)
    } else if THANKS.contains(&first) {
        Some(SmallTalk::Thanks)
    } else {
        None
    }
}

/// A bare "ok" or "d'accord": an answer, but to which choice is unclear.
fn agreement(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "ok",
        "okay",
        "oki",
        "d accord",
        "daccord",
        "dac",
        "ouais",
        "oui",
        "non",
        "entendu",
        "bien sur",
        "pourquoi pas",
        "vas y",
        "allez",
        "yes",
        "no",
        "yep",
        "nope",
        "sure",
        "all right",
        "alright",
    ];
    WORDS.contains(&fold(text).as_str())
}

/// A whole number typed alone ("9", "-1", "3."), as when answering a list of choices.
fn typed_number(text: &str) -> Option<i64> {
    text.trim().trim_end_matches('.').parse().ok()
}

/// What most people come for, and help in an emergency.
fn menu(ctx: &Ctx<'_>) -> Vec<crate::core::Choice> {
    vec![
        ctx.choice("menu-find", Command::Find.data()),
        ctx.choice("menu-permanences", Command::Permanences.data()),
        ctx.choice("menu-etp", Command::Etp.data()),
        ctx.choice("menu-definition", Command::Definition.data()),
        ctx.choice("menu-emergency", Command::Emergency.data()),
    ]
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "help",
    commands: &[crate::features::commands::Command::Help],
    actions: &[],
    dialogues: &[],
    jobs: &[],
};
