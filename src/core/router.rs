//! From commands, choices and free text to the feature handlers.
//!
//! Command names are a contract: French first, English aliases after. Menus and buttons
//! always come on top of them, never instead.

use super::context::Ctx;
use super::message::{Body, Choice};
use super::text::fold;
use crate::features::{
    broadcast, directory, etp, glossary, help, journal, language, moderation, onboarding,
    permanence, privacy, quiz, reports, roles, safety, stats,
};
use crate::i18n::args;
use crate::store::StoreError;

/// Choice data asking to run a command in the sender's private chat (`private:mes_donnees`);
/// adapters may render it as a link that opens the private chat instead.
pub const PRIVATE_PREFIX: &str = "private:";

/// Longest choice data, in bytes (Telegram's limit for callback data).
pub const MAX_CHOICE_DATA: usize = 64;

/// Longest message handled, in characters.
pub const MAX_MESSAGE_CHARS: usize = 4096;

/// Every command Pairbot understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Command {
    /// Introduction and consent question.
    Start,
    /// Give consent (again).
    Consent,
    /// List of commands.
    Help,
    /// Choose the language.
    Language,
    /// Explain a word.
    Definition,
    /// Browse the glossary.
    Glossary,
    /// True/false quiz.
    Quiz,
    /// See and export one's data.
    MyData,
    /// Erase one's data.
    Forget,
    /// Emergency numbers.
    Emergency,
    /// Leave the current dialogue.
    Cancel,
    /// Find partners.
    Find,
    /// Declare or update a partner profile.
    BecomePartner,
    /// See one's partner profile.
    Profile,
    /// Hide or show one's profile.
    Pause,
    /// Coordinators: profiles waiting for review.
    ToReview,
    /// Coordinators: approve a profile.
    Approve,
    /// Coordinators: refuse a profile, with a reason.
    Refuse,
    /// One's contact requests, sent and received.
    Requests,
    /// End a relayed conversation.
    End,
    /// Find permanences.
    Permanences,
    /// Book a permanence slot.
    Book,
    /// One's bookings.
    MyBookings,
    /// Hosts and coordinators: create a permanence.
    NewPermanence,
    /// Hosts and coordinators: the permanences one runs, with their bookings.
    MyPermanences,
    /// The ETP programmes catalogue.
    Etp,
    /// Sign up for an ETP programme.
    EtpSignup,
    /// One's ETP sign-ups.
    MySignups,
    /// Withdraw from an ETP sign-up, in one command.
    EtpWithdraw,
    /// Coordinators: create an ETP programme.
    NewEtp,
    /// Coordinators: ETP sign-ups waiting for the team.
    EtpRequests,
    /// Coordinators: a programme's sign-ups as CSV.
    EtpExport,
    /// Partners: missions they qualify for; coordinators: every mission.
    Missions,
    /// Coordinators: post a mission.
    NewMission,
    /// Coordinators: the audit log.
    Journal,
    /// Admins: make someone a coordinator.
    Promote,
    /// Admins: take a coordinator role back.
    Demote,
    /// Admins: who coordinates.
    Coordinators,
    /// Coordinators: indicators.
    Stats,
    /// Coordinators: indicators by month, as CSV.
    StatsExport,
    /// Follow a topic.
    Subscribe,
    /// Stop following a topic.
    Unsubscribe,
    /// Coordinators: send to a topic's subscribers.
    Broadcast,
    /// Report a profile, or a group message by reply, to the coordinators.
    Report,
    /// The group's rules.
    Rules,
    /// Coordinators, in a group: its moderation settings.
    GroupSettings,
    /// Coordinators, in a group: warn a member.
    Warn,
    /// Coordinators, in a group: mute a member for a while.
    Mute,
    /// Coordinators, in a group: let a muted member post again.
    Unmute,
    /// Coordinators, in a group: ban a member.
    Ban,
    /// Coordinators, in a group: lift a ban.
    Unban,
    /// Coordinators, in a group: remove a member (they may come back).
    Kick,
    /// Coordinators, in a group: delete the message replied to.
    Delete,
    /// Coordinators: stop serving a person altogether.
    Block,
    /// Coordinators: serve a blocked person again.
    Unblock,
}

/// Who may run a command, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Access {
    /// Personal commands are refused in groups and moved to a private chat.
    pub private_only: bool,
    /// Commands that store personal or health-related data need consent first.
    pub needs_consent: bool,
    /// Commands only coordinators may run.
    pub coordinator_only: bool,
    /// Commands only admins may run (they are coordinators too).
    pub admin_only: bool,
    /// Commands acting on a group, run in that group.
    pub group_only: bool,
}

/// Anyone, anywhere.
pub const PUBLIC: Access = Access {
    private_only: false,
    needs_consent: false,
    coordinator_only: false,
    admin_only: false,
    group_only: false,
};
/// Anyone, in a private chat only.
pub const PRIVATE: Access = Access {
    private_only: true,
    ..PUBLIC
};
/// In a private chat, after consent: the command stores personal or health-related data.
pub const PERSONAL: Access = Access {
    private_only: true,
    needs_consent: true,
    ..PUBLIC
};
/// Coordinators only, in a private chat.
pub const COORDINATOR: Access = Access {
    private_only: true,
    coordinator_only: true,
    ..PUBLIC
};
/// Admins only, in a private chat.
pub const ADMIN: Access = Access {
    admin_only: true,
    ..COORDINATOR
};
/// Coordinators only, in the group they moderate.
pub const MODERATOR: Access = Access {
    coordinator_only: true,
    group_only: true,
    ..PUBLIC
};

/// How a command is named and where it may run.
#[derive(Debug)]
pub struct CommandSpec {
    /// The command.
    pub command: Command,
    /// Names without the slash: the French name first, then aliases.
    pub names: &'static [&'static str],
    /// The name shown to English speakers in platform command menus (one of `names`).
    pub english: &'static str,
    /// Locale id of its one-line description in `/aide`.
    pub help_id: &'static str,
    /// Who may run it, and where.
    pub access: Access,
    /// Whether running it without arguments changes anything at once.
    pub effect: Effect,
}

/// What running a command without arguments does: a link (`/start <command>`) only opens
/// commands that show or ask first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// Shows something, or asks a question before changing anything.
    Shows,
    /// May change something at once (given arguments), so a link must not run it.
    Changes,
}

const SHOWS: Effect = Effect::Shows;
const CHANGES: Effect = Effect::Changes;

impl CommandSpec {
    /// The French (main) name.
    pub fn name(&self) -> &'static str {
        self.names[0]
    }
}

const fn spec(
    command: Command,
    names: &'static [&'static str],
    english: &'static str,
    help_id: &'static str,
    access: Access,
    effect: Effect,
) -> CommandSpec {
    CommandSpec {
        command,
        names,
        english,
        help_id,
        access,
        effect,
    }
}

/// The command table, in the order `/aide` lists it.
#[rustfmt::skip]
pub const COMMANDS: &[CommandSpec] = &[
    spec(Command::Start, &["start", "demarrer"], "start", "help-start", PRIVATE, SHOWS),
    spec(Command::Help, &["aide", "help"], "help", "help-help", PUBLIC, SHOWS),
    spec(Command::Definition, &["definition", "def", "define"], "define", "help-definition", PUBLIC, SHOWS),
    spec(Command::Glossary, &["glossaire", "glossary"], "glossary", "help-glossary", PUBLIC, SHOWS),
    spec(Command::Quiz, &["quiz"], "quiz", "help-quiz", PUBLIC, SHOWS),
    spec(Command::Language, &["langue", "language"], "language", "help-language", PUBLIC, CHANGES),
    spec(Command::Consent, &["consentement", "consent"], "consent", "help-consent", PRIVATE, SHOWS),
    spec(Command::MyData, &["mes_donnees", "my_data"], "my_data", "help-my-data", PRIVATE, SHOWS),
    spec(Command::Forget, &["oublier", "forget"], "forget", "help-forget", PRIVATE, CHANGES),
    spec(Command::Emergency, &["urgence", "emergency"], "emergency", "help-emergency", PUBLIC, SHOWS),
    spec(Command::Cancel, &["annuler", "cancel"], "cancel", "help-cancel", PUBLIC, CHANGES),
    spec(Command::Find, &["chercher", "find"], "find", "help-find", PERSONAL, SHOWS),
    spec(Command::BecomePartner, &["devenir_partenaire", "become_partner"], "become_partner", "help-become-partner", PERSONAL, SHOWS),
    spec(Command::Profile, &["profil", "profile"], "profile", "help-profile", PERSONAL, SHOWS),
    spec(Command::Pause, &["pause"], "pause", "help-pause", PERSONAL, CHANGES),
    spec(Command::Requests, &["demandes", "requests"], "requests", "help-requests", PERSONAL, SHOWS),
    spec(Command::End, &["fin", "end"], "end", "help-end", PERSONAL, CHANGES),
    spec(Command::Permanences, &["permanences", "drop_ins"], "drop_ins", "help-permanences", PERSONAL, SHOWS),
    spec(Command::Book, &["reserver", "book"], "book", "help-book", PERSONAL, SHOWS),
    spec(Command::MyBookings, &["mes_reservations", "my_bookings"], "my_bookings", "help-my-bookings", PERSONAL, SHOWS),
    spec(Command::NewPermanence, &["permanence_nouvelle", "new_drop_in"], "new_drop_in", "help-new-permanence", PRIVATE, SHOWS),
    spec(Command::MyPermanences, &["mes_permanences", "my_drop_ins"], "my_drop_ins", "help-my-permanences", PRIVATE, SHOWS),
    spec(Command::Etp, &["etp", "programmes_etp"], "etp", "help-etp", PERSONAL, SHOWS),
    spec(Command::EtpSignup, &["inscription_etp", "etp_signup"], "etp_signup", "help-etp-signup", PERSONAL, SHOWS),
    spec(Command::MySignups, &["mes_inscriptions", "my_signups"], "my_signups", "help-my-signups", PERSONAL, SHOWS),
    spec(Command::EtpWithdraw, &["retirer_etp", "etp_withdraw"], "etp_withdraw", "help-etp-withdraw", PERSONAL, CHANGES),
    spec(Command::NewEtp, &["etp_nouveau", "new_etp"], "new_etp", "help-new-etp", COORDINATOR, SHOWS),
    spec(Command::EtpRequests, &["etp_demandes", "etp_requests"], "etp_requests", "help-etp-requests", COORDINATOR, SHOWS),
    spec(Command::EtpExport, &["etp_export"], "etp_export", "help-etp-export", COORDINATOR, SHOWS),
    spec(Command::Missions, &["missions"], "missions", "help-missions", PRIVATE, SHOWS),
    spec(Command::NewMission, &["mission_nouvelle", "new_mission"], "new_mission", "help-new-mission", COORDINATOR, SHOWS),
    spec(Command::Journal, &["journal", "audit_log"], "audit_log", "help-journal", COORDINATOR, SHOWS),
    spec(Command::Promote, &["promouvoir", "promote"], "promote", "help-promote", ADMIN, CHANGES),
    spec(Command::Demote, &["retrograder", "demote"], "demote", "help-demote", ADMIN, CHANGES),
    spec(Command::Coordinators, &["coordinateurs", "coordinators"], "coordinators", "help-coordinators", ADMIN, SHOWS),
    spec(Command::Stats, &["stats", "indicateurs"], "stats", "help-stats", COORDINATOR, SHOWS),
    spec(Command::StatsExport, &["stats_export"], "stats_export", "help-stats-export", COORDINATOR, SHOWS),
    spec(Command::Subscribe, &["abonner", "subscribe"], "subscribe", "help-subscribe", PERSONAL, CHANGES),
    spec(Command::Unsubscribe, &["desabonner", "unsubscribe"], "unsubscribe", "help-unsubscribe", PERSONAL, CHANGES),
    spec(Command::Broadcast, &["diffuser", "broadcast"], "broadcast", "help-broadcast", COORDINATOR, CHANGES),
    spec(Command::Report, &["signaler", "report"], "report", "help-report", PUBLIC, CHANGES),
    spec(Command::Rules, &["regles", "rules"], "rules", "help-rules", PUBLIC, SHOWS),
    spec(Command::GroupSettings, &["groupe", "group"], "group", "help-group", MODERATOR, CHANGES),
    spec(Command::Warn, &["avertir", "warn"], "warn", "help-warn", MODERATOR, CHANGES),
    spec(Command::Mute, &["muet", "mute"], "mute", "help-mute", MODERATOR, CHANGES),
    spec(Command::Unmute, &["demuet", "unmute"], "unmute", "help-unmute", MODERATOR, CHANGES),
    spec(Command::Ban, &["bannir", "ban"], "ban", "help-ban", MODERATOR, CHANGES),
    spec(Command::Unban, &["debannir", "unban"], "unban", "help-unban", MODERATOR, CHANGES),
    spec(Command::Kick, &["exclure", "kick"], "kick", "help-kick", MODERATOR, CHANGES),
    spec(Command::Delete, &["supprimer", "delete"], "delete", "help-delete", MODERATOR, CHANGES),
    spec(Command::Block, &["bloquer", "block"], "block", "help-block", COORDINATOR, CHANGES),
    spec(Command::Unblock, &["debloquer", "unblock"], "unblock", "help-unblock", COORDINATOR, CHANGES),
    spec(Command::ToReview, &["a_valider", "to_review"], "to_review", "help-to-review", COORDINATOR, SHOWS),
    spec(Command::Approve, &["valider", "approve"], "approve", "help-approve", COORDINATOR, CHANGES),
    spec(Command::Refuse, &["refuser", "refuse"], "refuse", "help-refuse", COORDINATOR, CHANGES),
];

/// Splits `/name@bot args` into the folded name and the arguments.
pub fn parse_command(text: &str) -> Option<(String, &str)> {
    let rest = text.trim_start().strip_prefix('/')?;
    let (head, args) = rest
        .split_once(char::is_whitespace)
        .map_or((rest, ""), |(h, a)| (h, a.trim()));
    let name = head.split('@').next().unwrap_or(head);
    // Accents and hyphens are forgiven: /mes-données is /mes_donnees.
    let name = fold(name).replace(' ', "_");
    if name.is_empty() {
        return None;
    }
    Some((name, args))
}

/// The command called `name` (folded, without slash).
pub fn find_command(name: &str) -> Option<&'static CommandSpec> {
    COMMANDS.iter().find(|c| c.names.contains(&name))
}

/// The command name closest to a mistyped one, if one is close enough.
pub fn closest_command(name: &str) -> Option<&'static str> {
    COMMANDS
        .iter()
        .flat_map(|c| c.names.iter())
        .map(|n| (strsim::jaro_winkler(name, n), *n))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, n)| n)
}

/// The data of the pending choice a typed text picks (see [`super::choice::match_choice`]).
pub fn match_choice(text: &str, pending: &[Choice]) -> Option<String> {
    super::choice::match_choice(text, pending).map(|c| c.data.clone())
}

/// Routes one message (after choice resolution) to its handler: the block and the group's
/// protections come first.
pub async fn dispatch(ctx: &mut Ctx<'_>, body: &Body) -> Result<(), StoreError> {
    if moderation::block::refused(ctx, body).await? {
        return Ok(());
    }
    if ctx.in_group() && moderation::groups::watch(ctx, body).await? {
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
        let text = ctx.t_args("private-only", &args([("command", spec.name())]));
        let choices = vec![ctx.choice("go-private", format!("{PRIVATE_PREFIX}{}", spec.name()))];
        ctx.reply_with(text, choices);
        return Ok(());
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
        Command::Help => help::show(ctx),
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
        Command::End => directory::contact::end_command(ctx).await,
        Command::Permanences | Command::Book => permanence::booking::list_command(ctx, rest).await,
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
        Command::NewMission => etp::missions::start(ctx).await,
        Command::Journal => journal::command(ctx, rest).await,
        Command::Promote => roles::promote(ctx, rest).await,
        Command::Demote => roles::demote(ctx, rest).await,
        Command::Coordinators => roles::list(ctx).await,
        Command::Stats => stats::command(ctx, rest).await,
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
            format!("cmd:{}", spec.name()),
        ),
        ctx.choice("menu-help", "cmd:aide"),
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
        Some(close) => {
            choices.push(Choice::new(format!("/{close}"), format!("cmd:{close}")));
            ctx.t_args(
                "unknown-command-close",
                &args([("command", name), ("close", close)]),
            )
        }
        None => ctx.t_args("unknown-command", &args([("command", name)])),
    };
    choices.push(ctx.choice("menu-help", "cmd:aide"));
    ctx.reply_with(text, choices);
    Ok(())
}

async fn dispatch_choice(ctx: &mut Ctx<'_>, data: &str) -> Result<(), StoreError> {
    let (feature, payload) = data.split_once(':').unwrap_or((data, ""));
    match feature {
        "cmd" => match find_command(payload) {
            Some(spec) => run_command(ctx, spec, "").await,
            None => stale_choice(ctx),
        },
        "private" => match find_command(payload) {
            Some(spec) => {
                ctx.force_private();
                run_command(ctx, spec, "").await
            }
            None => stale_choice(ctx),
        },
        "dlg" => on_dialogue_choice(ctx, payload).await,
        "consent" => onboarding::on_choice(ctx, payload).await,
        "lang" => language::on_choice(ctx, payload).await,
        "def" => glossary::on_choice(ctx, payload).await,
        "gloss" => glossary::on_page(ctx, payload),
        "quiz" => quiz::on_choice(ctx, payload).await,
        "forget" => privacy::on_forget_choice(ctx, payload).await,
        "partner" => directory::onboarding::on_choice(ctx, payload).await,
        "review" => directory::vetting::on_choice(ctx, payload).await,
        "profile" => directory::vetting::on_profile_choice(ctx, payload).await,
        "find" => directory::search::on_choice(ctx, payload).await,
        "contact" => directory::contact::on_choice(ctx, payload).await,
        "perm" => permanence::booking::on_choice(ctx, payload).await,
        "pnew" => permanence::manage::on_choice(ctx, payload).await,
        "pman" => permanence::manage::on_manage_choice(ctx, payload).await,
        "etp" => etp::catalogue::on_choice(ctx, payload).await,
        "etpj" => etp::signup::on_dialogue_choice(ctx, payload).await,
        "etps" => etp::signup::on_choice(ctx, payload).await,
        "etpt" => etp::team::on_choice(ctx, payload).await,
        "etpc" => etp::create::on_choice(ctx, payload).await,
        "misn" => etp::missions::on_dialogue_choice(ctx, payload).await,
        "mis" => etp::missions::on_choice(ctx, payload).await,
        "sub" => broadcast::on_choice(ctx, payload).await,
        "rep" => reports::on_choice(ctx, payload).await,
        "bc" if payload == "send" => broadcast::on_send(ctx).await,
        _ => stale_choice(ctx),
    }
}

/// Reads a personal `<action>:<number>` choice payload. `None` means the choice was already
/// answered (stale or forged data, or no consent, with the reply given): the caller stops.
pub fn personal_action<'p>(ctx: &mut Ctx<'_>, payload: &'p str) -> Option<(&'p str, i64)> {
    let parsed = numbered_action(ctx, payload)?;
    if !ctx.consented() {
        // After /oublier, old buttons lead nowhere personal.
        onboarding::explain_consent_needed(ctx);
        return None;
    }
    Some(parsed)
}

/// Reads an `<action>:<number>` choice payload; `None` (with the reply given) when it is
/// not one.
pub fn numbered_action<'p>(ctx: &mut Ctx<'_>, payload: &'p str) -> Option<(&'p str, i64)> {
    let parsed = payload
        .split_once(':')
        .and_then(|(action, id)| id.parse::<i64>().ok().map(|id| (action, id)));
    if parsed.is_none() {
        say_stale(ctx);
    }
    parsed
}

/// A button from an old message, or forged data: say so kindly and offer the menu.
pub fn stale_choice(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    say_stale(ctx);
    Ok(())
}

fn say_stale(ctx: &mut Ctx<'_>) {
    let text = ctx.t("choice-stale");
    let choices = vec![ctx.choice("menu-help", "cmd:aide")];
    ctx.reply_with(text, choices);
}

async fn dispatch_text(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    if let Some(state) = ctx.dialogue().await? {
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
                return directory::contact::on_relay_text(ctx, state.step, text).await;
            }
            permanence::manage::DIALOGUE => {
                return permanence::manage::on_text(ctx, text).await;
            }
            // Paging through permanences: text is ordinary text again (the pages end).
            permanence::booking::LIST_DIALOGUE => {
                ctx.clear_dialogue().await?;
            }
            etp::signup::DIALOGUE => return etp::signup::on_text(ctx, text).await,
            etp::create::DIALOGUE => return etp::create::on_text(ctx, text).await,
            etp::missions::DIALOGUE => return etp::missions::on_text(ctx, text).await,
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
    if !ctx.queued().is_empty() {
        // The emergency contacts already answered; "I did not understand" would be unkind.
        return Ok(());
    }
    help::fallback(ctx, text).await
}

/// Dialogue kinds that collect answers worth asking about before they are dropped: the
/// long forms and a broadcast waiting to be sent.
const FORMS: &[&str] = &[
    directory::onboarding::DIALOGUE,
    permanence::manage::DIALOGUE,
    etp::create::DIALOGUE,
    etp::signup::DIALOGUE,
    etp::missions::DIALOGUE,
    broadcast::DIALOGUE,
];

/// Whether leaving this dialogue would lose answers the person already gave.
fn holds_answers(state: &crate::store::DialogueState) -> bool {
    FORMS.contains(&state.kind.as_str()) && (state.step > 0 || state.kind == broadcast::DIALOGUE)
}

/// What the person's dialogue is called ("création de permanence en cours").
fn dialogue_name(ctx: &Ctx<'_>, kind: &str) -> String {
    let id = format!("data-kind-{}", kind.replace('_', "-"));
    if ctx.engine().i18n().has(ctx.lang, &id) {
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
            ctx.choice("cancel-yes", format!("dlg:drop:{}", state.kind)),
            ctx.choice("cancel-keep", "dlg:keep"),
        ];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    drop_dialogue(ctx).await
}

/// A `dlg:drop:<kind>` or `dlg:keep` choice: the answer to "leave this dialogue?", bound
/// to the dialogue it named.
async fn on_dialogue_choice(ctx: &mut Ctx<'_>, payload: &str) -> Result<(), StoreError> {
    let current = ctx.dialogue().await?.map(|d| d.kind);
    match payload.split_once(':') {
        Some(("drop", kind)) if current.as_deref() == Some(kind) => drop_dialogue(ctx).await,
        None if payload == "keep" && current.is_some() => {
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
    let choices = vec![ctx.choice("menu-help", "cmd:aide")];
    ctx.reply_with(text, choices);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_commands_with_bot_suffix_accents_and_arguments() {
        assert_eq!(
            parse_command("/def@PairBot  pair aidance "),
            Some(("def".into(), "pair aidance"))
        );
        assert_eq!(
            parse_command("/Mes_Données"),
            Some(("mes_donnees".into(), ""))
        );
        assert_eq!(
            parse_command("/mes-donnees"),
            Some(("mes_donnees".into(), ""))
        );
        assert_eq!(parse_command("bonjour"), None);
        assert_eq!(parse_command("/"), None);
    }

    #[test]
    fn every_contract_name_resolves() {
        for name in [
            "aide",
            "help",
            "langue",
            "language",
            "definition",
            "def",
            "define",
            "glossaire",
            "glossary",
            "quiz",
            "mes_donnees",
            "my_data",
            "oublier",
            "forget",
            "urgence",
            "emergency",
            "start",
            "annuler",
            "cancel",
        ] {
            assert!(find_command(name).is_some(), "/{name} must exist");
        }
    }

    #[test]
    fn command_names_are_unique() {
        let mut all: Vec<_> = COMMANDS.iter().flat_map(|c| c.names.iter()).collect();
        let before = all.len();
        all.sort();
        all.dedup();
        assert_eq!(before, all.len());
    }

    #[test]
    fn suggests_a_close_command() {
        assert_eq!(closest_command("defintion"), Some("definition"));
        assert_eq!(closest_command("xyzzy"), None);
    }
}
