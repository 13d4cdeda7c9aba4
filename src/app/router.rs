//! From commands, choices and free text to the feature handlers.

use super::actions::{Action, DialogueAction};
use crate::core::command::{MAX_MESSAGE_CHARS, parse_command};
use crate::core::message::{Body, Choice};
use crate::core::text::fold;
use crate::features::commands::{
    Command, CommandAction, CommandSpec, Effect, PrivateAction, closest_command, find_command,
};
use crate::features::feature::Feature;
use crate::features::kit::{Ctx, stale_choice};
use crate::features::{
    broadcast, directory, engagement, etp, glossary, help, journal, language, moderation,
    onboarding, partnership, permanence, privacy, quiz, reports, roles, safety, stats,
};
use crate::i18n::args;
use crate::store::StoreError;

/// Routes one message (after choice resolution) to its handler: the block and the group's
/// protections come first.
pub async fn dispatch(ctx: &mut Ctx<'_>, body: &Body) -> Result<(), StoreError> {
    // Group protections first: a person the bot no longer serves is still a member whose
    // links and floods the group must be spared.
    if ctx.in_group() && moderation::groups::watch(ctx, body).await? {
        return Ok(());
    }
    if let Body::Edited(_) | Body::ChannelPost(_) = body {
        // Nothing new was asked. In a private chat, an edit is answered with a hint, since
        // its author may expect the bot to read it again.
        if matches!(body, Body::Edited(_)) && !ctx.in_group() && !ctx.barred {
            let text = ctx.t("edit-not-read");
            ctx.reply(text);
        }
        return Ok(());
    }
    if moderation::block::refused(ctx, body).await? {
        return Ok(());
    }
    if !ctx.ambiguous.is_empty()
        && let Body::Text(text) = body
    {
        ask_which(ctx, text);
        return Ok(());
    }
    match body {
        Body::Joined => moderation::groups::welcome(ctx).await,
        Body::Edited(_) | Body::ChannelPost(_) => Ok(()),
        // A photo or a file without words, in a group: nothing more to do.
        Body::Text(text) if ctx.in_group() && text.trim().is_empty() => Ok(()),
        Body::Choice(data) => dispatch_choice(ctx, data).await,
        // Group chatter is not for the bot, however long.
        Body::Text(text)
            if ctx.in_group()
                && parse_command(text).is_none()
                && text.chars().count() > MAX_MESSAGE_CHARS =>
        {
            Ok(())
        }
        Body::Text(text) if text.chars().count() > MAX_MESSAGE_CHARS => {
            let text = ctx.t_args("too-long", &args([("max", MAX_MESSAGE_CHARS)]));
            ctx.reply(text);
            Ok(())
        }
        Body::Text(text) => match parse_command(text) {
            Some((name, rest)) => dispatch_command(ctx, &name, rest).await,
            None => dispatch_text(ctx, text).await,
        },
    }
}

async fn dispatch_command(ctx: &mut Ctx<'_>, name: &str, rest: &str) -> Result<(), StoreError> {
    let Some(spec) = find_command(name) else {
        return unknown_command(ctx, name);
    };
    run_command(ctx, spec, rest).await
}

/// Runs a command after the group and consent checks.
pub async fn run_command(
    ctx: &mut Ctx<'_>,
    spec: &CommandSpec,
    rest: &str,
) -> Result<(), StoreError> {
    if spec.access.private_only && ctx.in_group() {
        if !ctx.msg.platform.opens_private_chats() {
            let text = ctx.t_args("private-only", &args([("command", spec.name())]));
            let choices = vec![ctx.choice("go-private", PrivateAction::Run(spec.command))];
            ctx.reply_with(text, choices);
            return Ok(());
        }
        // Where the bot can open the private chat itself, nobody has to answer in front of
        // the group: one line there, and the rest in private.
        let text = ctx.t("private-moved");
        ctx.reply(text);
        ctx.force_private();
    }
    if spec.access.coordinator_only && !ctx.is_coordinator() {
        let text = ctx.t("coordinator-only");
        ctx.reply(text);
        return Ok(());
    }
    if spec.access.group_only && !ctx.in_group() {
        let text = ctx.t_args("group-only", &args([("command", spec.name())]));
        ctx.reply(text);
        return Ok(());
    }
    if spec.access.admin_only && !ctx.is_admin() {
        let text = ctx.t("role-admin-only");
        ctx.reply(text);
        return Ok(());
    }
    if spec.access.needs_consent && !ctx.consented() {
        onboarding::explain_consent_needed(ctx);
        return Ok(());
    }
    match spec.command {
        Command::Start => match find_command(&fold(rest).replace(' ', "_")) {
            // A deep link (`/start mes_donnees`) continues a command begun in a group. A
            // link only opens: it never changes anything by itself.
            Some(next) if next.command != Command::Start && !rest.is_empty() => match next.effect {
                Effect::Shows => Box::pin(run_command(ctx, next, "")).await,
                Effect::Changes => {
                    link_asks_first(ctx, next);
                    Ok(())
                }
            },
            _ => onboarding::start(ctx).await,
        },
        Command::Consent => onboarding::ask_consent(ctx).await,
        Command::Help => help::show(ctx, rest),
        Command::Language => language::command(ctx, rest).await,
        Command::Definition => glossary::define_command(ctx, rest).await,
        Command::Glossary => glossary::list_command(ctx, rest),
        Command::Quiz => quiz::start(ctx).await,
        Command::MyData => privacy::show_data(ctx).await,
        Command::Forget => privacy::ask_forget(ctx),
        Command::Emergency => {
            safety::send_contacts(ctx);
            Ok(())
        }
        Command::Cancel => cancel(ctx).await,
        Command::Find => directory::search::command(ctx, rest).await,
        Command::BecomePartner => directory::onboarding::start(ctx).await,
        Command::Profile => directory::vetting::show_profile(ctx).await,
        Command::Pause => directory::vetting::toggle_pause(ctx).await,
        Command::ToReview => directory::vetting::list(ctx).await,
        Command::Approve => directory::vetting::approve_command(ctx, rest).await,
        Command::Refuse => directory::vetting::refuse_command(ctx, rest).await,
        Command::Requests => directory::contact::list_command(ctx).await,
        Command::End => directory::relay::end_command(ctx).await,
        Command::Permanences | Command::Book => permanence::listing::list_command(ctx, rest).await,
        Command::MyBookings => permanence::booking::my_bookings(ctx).await,
        Command::NewPermanence => permanence::manage::start(ctx).await,
        Command::MyPermanences => permanence::manage::mine(ctx).await,
        Command::Etp => etp::catalogue::command(ctx, rest).await,
        Command::EtpSignup => etp::signup::command(ctx, rest).await,
        Command::MySignups => etp::signup::mine(ctx).await,
        Command::EtpWithdraw => etp::signup::withdraw_command(ctx, rest).await,
        Command::NewEtp => etp::create::start(ctx).await,
        Command::EtpRequests => etp::team::queue(ctx, rest).await,
        Command::EtpExport => etp::team::export(ctx, rest).await,
        Command::Missions => etp::missions::list(ctx).await,
        Command::NewMission => etp::mission_form::start(ctx).await,
        Command::Expenses => engagement::expenses::command(ctx).await,
        Command::ExpensesExport => engagement::expenses::export(ctx, rest).await,
        Command::Trainings => engagement::training::command(ctx).await,
        Command::CoEvaluation => engagement::evaluation::command(ctx, rest).await,
        Command::Journal => journal::command(ctx, rest).await,
        Command::Promote => roles::promote(ctx, rest).await,
        Command::Demote => roles::demote(ctx, rest).await,
        Command::Coordinators => roles::list(ctx).await,
        Command::Stats => stats::command(ctx, rest).await,
        Command::Partnership => partnership::command(ctx, rest).await,
        Command::StatsExport => stats::export(ctx).await,
        Command::Subscribe => broadcast::subscribe_command(ctx, rest).await,
        Command::Unsubscribe => broadcast::unsubscribe_command(ctx, rest).await,
        Command::Broadcast => broadcast::broadcast_command(ctx, rest).await,
        Command::Report => reports::command(ctx, rest).await,
        Command::Rules => moderation::groups::rules(ctx).await,
        Command::GroupSettings => moderation::groups::settings_command(ctx, rest).await,
        Command::Warn => moderation::warn(ctx, rest).await,
        Command::Mute => moderation::mute(ctx, rest).await,
        Command::Unmute => moderation::unmute(ctx, rest).await,
        Command::Ban => moderation::ban(ctx, rest).await,
        Command::Unban => moderation::unban(ctx, rest).await,
        Command::Kick => moderation::kick(ctx, rest).await,
        Command::Delete => moderation::delete(ctx, rest).await,
        Command::Block => moderation::block::block_command(ctx, rest).await,
        Command::Unblock => moderation::block::unblock_command(ctx, rest).await,
    }
}

/// A link asked for a command that changes something: say what it does and let the
/// person start it, or not.
fn link_asks_first(ctx: &mut Ctx<'_>, spec: &CommandSpec) {
    let text = ctx.t_args(
        "link-asks-first",
        &args([
            ("command", spec.name().to_owned()),
            ("what", ctx.t(spec.help_id)),
        ]),
    );
    let choices = vec![
        Choice::new(
            ctx.t_args("link-run", &args([("command", spec.name())])),
            spec.command.data(),
        ),
        ctx.choice("menu-help", Command::Help.data()),
    ];
    ctx.reply_with(text, choices);
}

/// A typed answer fits choices of two questions or more: asks which one was meant, naming
/// each with its question, rather than guess.
fn ask_which(ctx: &mut Ctx<'_>, typed: &str) {
    let candidates = std::mem::take(&mut ctx.ambiguous);
    let mut text = ctx.t_args("choice-which", &args([("answer", typed.trim())]));
    let mut choices = Vec::with_capacity(candidates.len());
    for candidate in candidates {
        text.push_str("\n• ");
        text.push_str(&ctx.t_args(
            "choice-which-line",
            &args([
                ("label", candidate.choice.label.clone()),
                ("question", candidate.about),
            ]),
        ));
        choices.push(Choice {
            value: None,
            ..candidate.choice
        });
    }
    // The engine keeps these choices as the only ones the next answer picks in.
    ctx.asked_which = true;
    ctx.reply_with(text, choices);
}

fn unknown_command(ctx: &mut Ctx<'_>, name: &str) -> Result<(), StoreError> {
    let mut choices = Vec::new();
    let text = match closest_command(name) {
        // In a group, what a member typed is not repeated as the bot's own words.
        None if ctx.in_group() => ctx.t("unknown-command-group"),
        Some(close) => {
            if let Some(spec) = find_command(close) {
                choices.push(Choice::new(format!("/{close}"), spec.command.data()));
            }
            ctx.t_args(
                "unknown-command-close",
                &args([("command", name), ("close", close)]),
            )
        }
        None => ctx.t_args("unknown-command", &args([("command", name)])),
    };
    choices.push(ctx.choice("menu-help", Command::Help.data()));
    ctx.reply_with(text, choices);
    Ok(())
}

async fn dispatch_choice(ctx: &mut Ctx<'_>, data: &str) -> Result<(), StoreError> {
    let Some(action) = Action::parse(data) else {
        return stale_choice(ctx);
    };
    match action {
        Action::Command(CommandAction::Run(command)) => run_command(ctx, command.spec(), "").await,
        Action::Private(PrivateAction::Run(command)) => {
            ctx.force_private();
            run_command(ctx, command.spec(), "").await
        }
        Action::Dialogue(action) => on_dialogue_choice(ctx, action).await,
        Action::Consent(action) => onboarding::on_choice(ctx, action).await,
        Action::Language(action) => language::on_choice(ctx, action).await,
        Action::Help(action) => help::on_choice(ctx, action),
        Action::Definition(action) => glossary::on_choice(ctx, action).await,
        Action::Glossary(action) => glossary::on_page(ctx, action),
        Action::Quiz(action) => quiz::on_choice(ctx, action).await,
        Action::Forget(action) => privacy::on_forget_choice(ctx, action).await,
        Action::Partner(action) => directory::onboarding::on_choice(ctx, action).await,
        Action::Review(action) => directory::vetting::on_choice(ctx, action).await,
        Action::Profile(action) => directory::vetting::on_profile_choice(ctx, action).await,
        Action::Find(action) => directory::search::on_choice(ctx, action).await,
        Action::Contact(action) => directory::contact::on_choice(ctx, action).await,
        Action::Booking(action) => permanence::booking::on_choice(ctx, action).await,
        Action::PermanenceForm(action) => permanence::manage::on_choice(ctx, action).await,
        Action::Hosting(action) => permanence::manage::on_manage_choice(ctx, action).await,
        Action::Attendance(action) => permanence::manage::on_attendance_choice(ctx, action).await,
        Action::Feedback(action) => permanence::feedback::on_choice(ctx, action).await,
        Action::Catalogue(action) => etp::catalogue::on_choice(ctx, action).await,
        Action::SignupForm(action) => etp::signup::on_dialogue_choice(ctx, action).await,
        Action::Signup(action) => etp::signup::on_choice(ctx, action).await,
        Action::Team(action) => etp::team::on_choice(ctx, action).await,
        Action::Programme(action) => etp::create::on_choice(ctx, action).await,
        Action::MissionForm(action) => etp::mission_form::on_dialogue_choice(ctx, action).await,
        Action::Mission(action) => etp::missions::on_choice(ctx, action).await,
        Action::Agreement(action) => engagement::agreement::on_choice(ctx, action).await,
        Action::ExpenseForm(action) => engagement::expenses::on_form_choice(ctx, action).await,
        Action::Expense(action) => engagement::expenses::on_choice(ctx, action).await,
        Action::TrainingForm(action) => engagement::training::on_form_choice(ctx, action).await,
        Action::Training(action) => engagement::training::on_choice(ctx, action).await,
        Action::Evaluation(action) => engagement::evaluation::on_choice(ctx, action).await,
        Action::Subscription(action) => broadcast::on_choice(ctx, action).await,
        Action::Broadcast(action) => broadcast::on_send(ctx, action).await,
        Action::Report(action) => reports::on_choice(ctx, action).await,
        Action::Safety(action) => safety::on_choice(ctx, action).await,
    }
}

async fn dispatch_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    // A question answered by the next message waits an hour; after that, this text is
    // ordinary text again.
    let state = match ctx.dialogue().await? {
        Some(state)
            if super::dialogue(&state.kind).is_some_and(|d| d.expired(&state, ctx.now())) =>
        {
            ctx.clear_dialogue().await?;
            None
        }
        other => other,
    };
    if let Some(state) = state {
        match state.kind.as_str() {
            quiz::DIALOGUE => return quiz::on_text(ctx, &state, text).await,
            glossary::DIALOGUE => return glossary::on_dialogue_text(ctx, text).await,
            directory::onboarding::DIALOGUE => {
                return directory::onboarding::on_text(ctx, text).await;
            }
            // Waiting for what to search: this text is the search. While paging through
            // results, text is ordinary text again (the pages end).
            directory::search::DIALOGUE if state.step < 0 => {
                return directory::search::on_text(ctx, text).await;
            }
            directory::search::DIALOGUE => {
                ctx.clear_dialogue().await?;
            }
            directory::search::GUIDED_DIALOGUE => {
                return directory::search::on_guided_text(ctx, state.step, &state.data, text).await;
            }
            directory::contact::MESSAGE_DIALOGUE => {
                return directory::contact::on_message_text(ctx, state.step, text).await;
            }
            directory::contact::RELAY_DIALOGUE => {
                return directory::relay::on_relay_text(ctx, state.step, text).await;
            }
            permanence::manage::DIALOGUE => {
                return permanence::manage::on_text(ctx, text).await;
            }
            permanence::feedback::WORDS_DIALOGUE => {
                return permanence::feedback::on_words(ctx, &state.data, text).await;
            }
            // Paging through permanences: text is ordinary text again (the pages end).
            permanence::listing::LIST_DIALOGUE => {
                ctx.clear_dialogue().await?;
            }
            // A broadcast waits for "send" or "abandon": other text must not drop it.
            broadcast::DIALOGUE => return broadcast::on_text(ctx).await,
            etp::signup::DIALOGUE => return etp::signup::on_text(ctx, text).await,
            etp::create::DIALOGUE => return etp::create::on_text(ctx, text).await,
            etp::mission_form::DIALOGUE => return etp::mission_form::on_text(ctx, text).await,
            engagement::expenses::DIALOGUE => {
                return engagement::expenses::on_text(ctx, text).await;
            }
            engagement::expenses::REFUSE_DIALOGUE => {
                return engagement::expenses::on_reason(ctx, state.step, text).await;
            }
            engagement::evaluation::DIALOGUE => {
                return engagement::evaluation::on_text(ctx, &state.data).await;
            }
            engagement::training::DIALOGUE => {
                return engagement::training::on_text(ctx, text).await;
            }
            engagement::training::SUGGEST_DIALOGUE => {
                return engagement::training::on_suggest_text(ctx, state.step, text).await;
            }
            etp::team::BEP_DIALOGUE => {
                return etp::team::on_bep_text(ctx, state.step, text).await;
            }
            etp::team::REFUSE_DIALOGUE => {
                return etp::team::on_reason_text(ctx, state.step, text).await;
            }
            directory::vetting::DIALOGUE => {
                return directory::vetting::on_reason(ctx, state.step, &state.data, text).await;
            }
            _ => {
                // A dialogue kind this version no longer knows: leave it rather than trap
                // the person in it.
                ctx.clear_dialogue().await?;
            }
        }
    }
    if ctx.in_group() {
        // People talk to each other in groups; the bot speaks only when addressed with a
        // command (the safety check has already run).
        return Ok(());
    }
    if glossary::answer_free_text(ctx, text) {
        return Ok(());
    }
    // In a private chat a command may be written without its slash ("aide", "chercher SEP
    // Lyon"), as people do where a leading slash is awkward (Matrix clients keep it).
    if ctx.queued().is_empty()
        && let Some((name, rest)) = parse_command(&format!("/{}", text.trim()))
        && let Some(spec) = find_command(&name)
    {
        let rest = rest.to_owned();
        return run_command(ctx, spec, &rest).await;
    }
    if !ctx.queued().is_empty() {
        // The emergency contacts already answered; "I did not understand" would be unkind.
        return Ok(());
    }
    if directory::relay::not_passed_on(ctx).await? {
        return Ok(());
    }
    help::fallback(ctx, text).await
}

/// Whether leaving this dialogue would lose answers the person already gave.
fn holds_answers(state: &crate::store::DialogueState) -> bool {
    super::dialogue(&state.kind).is_some_and(|d| d.holds_answers(state))
}

/// The router's own part of the conversation: leaving a dialogue, and buttons that run
/// commands.
pub const CONVERSATION: Feature = Feature {
    name: "conversation",
    commands: &[Command::Cancel],
    actions: &[
        CommandAction::PREFIX,
        PrivateAction::PREFIX,
        DialogueAction::PREFIX,
    ],
    dialogues: &[],
    jobs: &[],
};

/// What the person's dialogue is called ("création de permanence en cours").
fn dialogue_name(ctx: &Ctx<'_>, kind: &str) -> String {
    let id = format!("data-kind-{}", kind.replace('_', "-"));
    if ctx.services().i18n().has(ctx.lang, &id) {
        ctx.t(&id)
    } else {
        kind.to_owned()
    }
}

/// `/annuler`: leaves the dialogue, after asking when it already holds answers.
async fn cancel(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    if let Some(state) = ctx.dialogue().await?
        && holds_answers(&state)
    {
        let text = ctx.t_args(
            "cancel-question",
            &args([("what", dialogue_name(ctx, &state.kind))]),
        );
        let choices = vec![
            ctx.choice("cancel-yes", DialogueAction::Drop(state.kind.clone())),
            ctx.choice("cancel-keep", DialogueAction::Keep),
        ];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    drop_dialogue(ctx).await
}

/// A `dlg:drop:<kind>` or `dlg:keep` choice: the answer to "leave this dialogue?", bound
/// to the dialogue it named.
async fn on_dialogue_choice(ctx: &mut Ctx<'_>, action: DialogueAction) -> Result<(), StoreError> {
    let current = ctx.dialogue().await?.map(|d| d.kind);
    match action {
        DialogueAction::Drop(kind) if current.as_deref() == Some(kind.as_str()) => {
            drop_dialogue(ctx).await
        }
        DialogueAction::Keep if current.is_some() => {
            let text = ctx.t("cancel-kept");
            ctx.reply(text);
            Ok(())
        }
        _ => stale_choice(ctx),
    }
}

async fn drop_dialogue(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let text = if ctx.clear_dialogue().await? {
        ctx.t("cancel-done")
    } else {
        ctx.t("cancel-nothing")
    };
    let choices = vec![ctx.choice("menu-help", Command::Help.data())];
    ctx.reply_with(text, choices);
    Ok(())
}
