//! What follows a partner's selection for a mission: the agreement on the mission sheet
//! and the charter of engagement ([`agreement`]), the expenses they claim ([`expenses`]),
//! and the trainings that open missions to them ([`training`]); and the co-evaluation of ETP
//! programmes by the people enrolled and the partners who co-ran them ([`evaluation`]).

pub mod agreement;
pub mod evaluation;
pub mod expenses;
pub mod training;

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "engagement",
    commands: &[
        crate::features::commands::Command::Expenses,
        crate::features::commands::Command::ExpensesExport,
        crate::features::commands::Command::Trainings,
        crate::features::commands::Command::CoEvaluation,
    ],
    actions: &[
        agreement::AgreementAction::PREFIX,
        expenses::ExpenseFormAction::PREFIX,
        expenses::ExpenseAction::PREFIX,
        training::TrainingFormAction::PREFIX,
        training::TrainingAction::PREFIX,
        evaluation::EvaluationAction::PREFIX,
    ],
    dialogues: &[
        crate::features::feature::Dialogue::form(expenses::DIALOGUE),
        crate::features::feature::Dialogue::next_message(expenses::REFUSE_DIALOGUE),
        crate::features::feature::Dialogue::form(training::DIALOGUE),
        crate::features::feature::Dialogue::next_message(training::SUGGEST_DIALOGUE),
        crate::features::feature::Dialogue::next_message(evaluation::DIALOGUE),
    ],
    jobs: &[],
};
