//! Every action a button or a typed choice can carry, parsed once at the edge into the
//! typed action of the feature it belongs to.

use crate::features::broadcast::{BroadcastAction, SubscriptionAction};
use crate::features::commands::{CommandAction, PrivateAction};
use crate::features::directory::contact::ContactAction;
use crate::features::directory::onboarding::PartnerAction;
use crate::features::directory::search::FindAction;
use crate::features::directory::vetting::{ProfileAction, ReviewAction};
use crate::features::engagement::agreement::AgreementAction;
use crate::features::engagement::evaluation::EvaluationAction;
use crate::features::engagement::expenses::{ExpenseAction, ExpenseFormAction};
use crate::features::engagement::training::{TrainingAction, TrainingFormAction};
use crate::features::etp::catalogue::CatalogueAction;
use crate::features::etp::create::ProgrammeAction;
use crate::features::etp::mission_form::MissionFormAction;
use crate::features::etp::missions::MissionAction;
use crate::features::etp::signup::{SignupAction, SignupFormAction};
use crate::features::etp::team::TeamAction;
use crate::features::glossary::{DefinitionAction, GlossaryAction};
use crate::features::help::HelpAction;
use crate::features::language::LanguageAction;
use crate::features::onboarding::ConsentAction;
use crate::features::permanence::booking::BookingAction;
use crate::features::permanence::feedback::FeedbackAction;
use crate::features::permanence::manage::PermanenceFormAction;
use crate::features::permanence::manage::{AttendanceAction, HostingAction};
use crate::features::privacy::ForgetAction;
use crate::features::quiz::QuizAction;
use crate::features::reports::ReportAction;
use crate::features::safety::SafetyAction;

crate::actions! {
    /// The answer to "leave this dialogue?", bound to the dialogue it named.
    pub enum DialogueAction = "dlg" {
        /// Leaves the dialogue of this kind.
        Drop(kind: String) = "drop",
        /// Stays in it.
        Keep = "keep",
    }
}

macro_rules! all_actions {
    ($( $(#[$meta:meta])* $variant:ident($ty:ty) ),+ $(,)?) => {
        /// An action, typed by the feature it belongs to.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum Action {
            $( $(#[$meta])* $variant($ty) ),+
        }

        impl Action {
            /// The prefix of every feature's data, in declaration order.
            pub const PREFIXES: &'static [&'static str] = &[$( <$ty>::PREFIX ),+];

            /// Reads choice data; `None` for unknown, stale or forged data.
            pub fn parse(data: &str) -> Option<Self> {
                let (prefix, payload) = data.split_once(':')?;
                $(
                    if prefix == <$ty>::PREFIX {
                        return <$ty>::parse(payload).map(Self::$variant);
                    }
                )+
                None
            }

            /// The data on the wire.
            pub fn data(&self) -> String {
                match self {
                    $( Self::$variant(action) => action.data() ),+
                }
            }

            /// One value of every variant of every feature, for the round-trip tests.
            pub fn samples() -> Vec<Self> {
                let mut all = Vec::new();
                $( all.extend(<$ty>::samples().into_iter().map(Self::$variant)); )+
                all
            }
        }
    };
}

all_actions! {
    /// Runs a command.
    Command(CommandAction),
    /// Runs a command in the private chat.
    Private(PrivateAction),
    Dialogue(DialogueAction),
    Consent(ConsentAction),
    Language(LanguageAction),
    Definition(DefinitionAction),
    Glossary(GlossaryAction),
    Help(HelpAction),
    Quiz(QuizAction),
    Forget(ForgetAction),
    Partner(PartnerAction),
    Review(ReviewAction),
    Profile(ProfileAction),
    Find(FindAction),
    Contact(ContactAction),
    Booking(BookingAction),
    PermanenceForm(PermanenceFormAction),
    Hosting(HostingAction),
    Attendance(AttendanceAction),
    Feedback(FeedbackAction),
    Catalogue(CatalogueAction),
    SignupForm(SignupFormAction),
    Signup(SignupAction),
    Team(TeamAction),
    Programme(ProgrammeAction),
    MissionForm(MissionFormAction),
    Mission(MissionAction),
    Agreement(AgreementAction),
    ExpenseForm(ExpenseFormAction),
    Expense(ExpenseAction),
    TrainingForm(TrainingFormAction),
    Training(TrainingAction),
    Evaluation(EvaluationAction),
    Subscription(SubscriptionAction),
    Broadcast(BroadcastAction),
    Report(ReportAction),
    Safety(SafetyAction),
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::command::MAX_CHOICE_DATA;

    #[test]
    fn every_action_kind_round_trips() {
        let samples = Action::samples();
        assert!(samples.len() > 60, "{} samples", samples.len());
        for action in samples {
            let data = action.data();
            assert!(data.len() <= MAX_CHOICE_DATA, "{data}");
            assert_eq!(Action::parse(&data), Some(action), "{data}");
        }
    }

    #[test]
    fn no_two_features_share_a_prefix() {
        let mut prefixes = Action::PREFIXES.to_vec();
        prefixes.sort_unstable();
        let count = prefixes.len();
        prefixes.dedup();
        assert_eq!(prefixes.len(), count, "{:?}", Action::PREFIXES);
        for prefix in Action::PREFIXES {
            assert!(
                !prefix.is_empty() && !prefix.contains(':'),
                "prefix {prefix:?}"
            );
        }
    }

    #[test]
    fn the_core_knows_the_command_prefixes() {
        use crate::core::command::{PRIVATE_PREFIX, RUN_PREFIX};
        assert_eq!(format!("{}:", CommandAction::PREFIX), RUN_PREFIX);
        assert_eq!(format!("{}:", PrivateAction::PREFIX), PRIVATE_PREFIX);
    }

    #[test]
    fn unknown_stale_and_forged_data_parse_to_nothing() {
        for data in [
            "",
            "perm",
            "perm:",
            "perm:book",
            "perm:book:x",
            "perm:book:1:2",
            "perm:steal:1",
            "pnew:set:3",
            "rep:banok",
            "cmd:nonexistent",
            "lang:xx",
            "quiz:1:maybe",
            "unknown:1",
            "PERM:book:1",
        ] {
            assert_eq!(Action::parse(data), None, "{data:?}");
        }
    }

    #[test]
    fn reads_the_data_buttons_already_carry() {
        // Buttons sent by an earlier version keep working: the wire format is unchanged.
        for (data, action) in [
            (
                "cmd:aide",
                Action::Command(CommandAction::Run(crate::features::commands::Command::Help)),
            ),
            (
                "cmd:help",
                Action::Command(CommandAction::Run(crate::features::commands::Command::Help)),
            ),
            (
                "perm:cancelok:13",
                Action::Booking(BookingAction::CancelOk(13)),
            ),
            (
                "review:approve:4:2",
                Action::Review(ReviewAction::Approve(4, 2)),
            ),
            (
                "etp:gp:*:online",
                Action::Catalogue(CatalogueAction::Place("*".into(), "online".into())),
            ),
            ("quiz:3:false", Action::Quiz(QuizAction::Answer(3, false))),
            ("rep:banok:9", Action::Report(ReportAction::BanOk(9))),
            (
                "dlg:drop:permanence",
                Action::Dialogue(DialogueAction::Drop("permanence".into())),
            ),
        ] {
            assert_eq!(Action::parse(data), Some(action), "{data}");
        }
    }
}
