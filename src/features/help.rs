//! `/aide` and the reply to input the bot does not understand.

use crate::core::text::fold;
use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::features::onboarding;
use crate::i18n::{Args, args};
use crate::store::StoreError;

/// The parts of `/aide`: a title (locale id) and its commands, in the order shown. Every
/// command is in exactly one (a test checks it).
const TOPICS: &[(&str, &[Command])] = &[
    (
        "help-topic-start",
        &[
            Command::Start,
            Command::Help,
            Command::Language,
            Command::Consent,
            Command::MyData,
            Command::Forget,
            Command::Emergency,
            Command::Cancel,
        ],
    ),
    (
        "help-topic-words",
        &[Command::Definition, Command::Glossary, Command::Quiz],
    ),
    (
        "help-topic-peers",
        &[
            Command::Find,
            Command::Requests,
            Command::End,
            Command::BecomePartner,
            Command::Profile,
            Command::Pause,
        ],
    ),
    (
        "help-topic-permanences",
        &[
            Command::Permanences,
            Command::Book,
            Command::MyBookings,
            Command::NewPermanence,
            Command::MyPermanences,
        ],
    ),
    (
        "help-topic-etp",
        &[
            Command::Etp,
            Command::EtpSignup,
            Command::MySignups,
            Command::EtpWithdraw,
            Command::Missions,
            Command::Expenses,
            Command::Trainings,
            Command::NewEtp,
            Command::EtpRequests,
            Command::EtpExport,
            Command::NewMission,
            Command::ExpensesExport,
            Command::CoEvaluation,
        ],
    ),
    (
        "help-topic-news",
        &[Command::Subscribe, Command::Unsubscribe, Command::Broadcast],
    ),
    (
        "help-topic-groups",
        &[
            Command::Rules,
            Command::Report,
            Command::GroupSettings,
            Command::Warn,
            Command::Mute,
            Command::Unmute,
            Command::Ban,
            Command::Unban,
            Command::Kick,
            Command::Delete,
        ],
    ),
    (
        "help-topic-coordination",
        &[
            Command::ToReview,
            Command::Approve,
            Command::Refuse,
            Command::Block,
            Command::Unblock,
            Command::Journal,
            Command::Stats,
            Command::StatsExport,
            Command::Partnership,
            Command::Coordinators,
            Command::Promote,
            Command::Demote,
        ],
    ),
];

crate::actions! {
    /// A topic of `/aide` to show in full.
    pub enum HelpAction = "help" {
        Topic(index: usize) = "",
    }
}

/// The commands of topic `index` the sender may run.
fn visible(ctx: &Ctx<'_>, index: usize) -> Vec<&'static crate::features::commands::CommandSpec> {
    let (coordinator, admin) = (ctx.is_coordinator(), ctx.is_admin());
    TOPICS[index]
        .1
        .iter()
        .map(|c| c.spec())
        .filter(|s| coordinator || !s.access.coordinator_only)
        .filter(|s| admin || !s.access.admin_only)
        .collect()
}

/// A command's name in the reader's language, with its slash.
fn name(ctx: &Ctx<'_>, spec: &crate::features::commands::CommandSpec) -> String {
    match ctx.lang {
        crate::i18n::Lang::En => format!("/{}", spec.english),
        _ => format!("/{}", spec.name()),
    }
}

/// `/aide [thème]`: the topics, each with its commands' names, and a choice per topic; with a
/// topic (its title or one of its commands), that topic's commands described.
pub fn show(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let wanted = fold(rest.trim().trim_start_matches('/'));
    if !wanted.is_empty()
        && let Some(index) = (0..TOPICS.len()).find(|&i| {
            (wanted.chars().count() >= 3 && fold(&ctx.t(TOPICS[i].0)).contains(&wanted))
                || visible(ctx, i)
                    .iter()
                    .any(|s| s.names.contains(&wanted.as_str()))
        })
    {
        show_topic(ctx, index);
        return Ok(());
    }
    let mut text = ctx.t("help-intro");
    let mut choices = Vec::new();
    for (index, (title, _)) in TOPICS.iter().enumerate() {
        let names: Vec<String> = visible(ctx, index).iter().map(|s| name(ctx, s)).collect();
        if names.is_empty() {
            continue;
        }
        let line = ctx.t_args(
            "help-topic-line",
            &args([("title", ctx.t(title)), ("commands", names.join(", "))]),
        );
        text.push_str(&format!("\n• {line}"));
        choices.push(ctx.choice(title, HelpAction::Topic(index)));
    }
    text.push_str("\n\n");
    text.push_str(&ctx.t("help-outro"));
    ctx.reply_with(text, choices);
    Ok(())
}

/// One topic of `/aide`: each command with its description.
fn show_topic(ctx: &mut Ctx<'_>, index: usize) {
    let mut text = ctx.t(TOPICS[index].0);
    for spec in visible(ctx, index) {
        let line = format!("\n{} — {}", name(ctx, spec), ctx.t(spec.help_id));
        text.push_str(&line);
    }
    let choices = menu(ctx);
    ctx.reply_with(text, choices);
}

/// A `help:<n>` choice.
pub fn on_choice(ctx: &mut Ctx<'_>, action: HelpAction) -> Result<(), StoreError> {
    let HelpAction::Topic(index) = action;
    if index >= TOPICS.len() {
        return crate::features::kit::stale_choice(ctx);
    }
    show_topic(ctx, index);
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
    actions: &[HelpAction::PREFIX],
    dialogues: &[],
    jobs: &[],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::commands::COMMANDS;

    #[test]
    fn every_command_is_in_exactly_one_topic() {
        for spec in COMMANDS {
            let topics = TOPICS
                .iter()
                .filter(|(_, commands)| commands.contains(&spec.command))
                .count();
            assert_eq!(topics, 1, "/{} is in {topics} topics", spec.name());
        }
    }
}
