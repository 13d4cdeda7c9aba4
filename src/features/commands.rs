//! Every command Pairbot understands, how it is named and where it may run.
//!
//! Command names are a contract: French first, English aliases after. Menus and buttons
//! always come on top of them, never instead.

use crate::core::action::ActionArg;

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
    /// Partners: one's expense claims, and declaring one.
    Expenses,
    /// Coordinators: a month of expense claims as CSV.
    ExpensesExport,
    /// Partners: one's training path and what it opens.
    Trainings,
    /// Coordinators: a programme's co-evaluation questionnaires and results.
    CoEvaluation,
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
    /// Coordinators: partnership indicators per structure, with a CSV file.
    Partnership,
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

impl Command {
    /// The data of a button that runs this command.
    pub fn data(self) -> String {
        CommandAction::Run(self).data()
    }

    /// How this command is named and where it may run.
    pub fn spec(self) -> &'static CommandSpec {
        COMMANDS
            .iter()
            .find(|c| c.command == self)
            .expect("every command has a spec (tested)")
    }
}

/// A command in button data: its French name (aliases are read too).
impl ActionArg for Command {
    fn parse_arg(field: &str) -> Option<Self> {
        find_command(field).map(|spec| spec.command)
    }

    fn write_arg(&self, out: &mut String) {
        out.push_str(self.spec().name());
    }

    fn sample() -> Self {
        Command::Help
    }
}

crate::actions! {
    /// A button that runs a command, as if typed.
    pub enum CommandAction = "cmd" {
        Run(command: Command) = "",
    }
}

crate::actions! {
    /// A button that runs a command in a private chat with the bot (a link to it on
    /// platforms that have one, from a group).
    pub enum PrivateAction = "private" {
        Run(command: Command) = "",
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
    spec(Command::Expenses, &["frais", "expenses"], "expenses", "help-expenses", PRIVATE, SHOWS),
    spec(Command::Trainings, &["formations", "trainings"], "trainings", "help-trainings", PRIVATE, SHOWS),
    spec(Command::CoEvaluation, &["coevaluation", "co_evaluation"], "co_evaluation", "help-coevaluation", COORDINATOR, SHOWS),
    spec(Command::ExpensesExport, &["frais_export", "expenses_export"], "expenses_export", "help-expenses-export", COORDINATOR, SHOWS),
    spec(Command::Journal, &["journal", "audit_log"], "audit_log", "help-journal", COORDINATOR, SHOWS),
    spec(Command::Promote, &["promouvoir", "promote"], "promote", "help-promote", ADMIN, CHANGES),
    spec(Command::Demote, &["retrograder", "demote"], "demote", "help-demote", ADMIN, CHANGES),
    spec(Command::Coordinators, &["coordinateurs", "coordinators"], "coordinators", "help-coordinators", ADMIN, SHOWS),
    spec(Command::Stats, &["stats", "indicateurs"], "stats", "help-stats", COORDINATOR, SHOWS),
    spec(Command::StatsExport, &["stats_export"], "stats_export", "help-stats-export", COORDINATOR, SHOWS),
    spec(Command::Partnership, &["partenariat", "partnership"], "partnership", "help-partnership", COORDINATOR, SHOWS),
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn every_command_has_a_spec() {
        for spec in COMMANDS {
            assert_eq!(spec.command.spec().name(), spec.name());
        }
    }

    #[test]
    fn suggests_a_close_command() {
        assert_eq!(closest_command("defintion"), Some("definition"));
        assert_eq!(closest_command("xyzzy"), None);
    }
}
