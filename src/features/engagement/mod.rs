//! What follows a partner's selection for a mission: the agreement on the mission sheet
//! and the charter of engagement ([`agreement`]), and the expenses they claim
//! ([`expenses`]).

pub mod agreement;
pub mod expenses;

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "engagement",
    commands: &[
        crate::features::commands::Command::Expenses,
        crate::features::commands::Command::ExpensesExport,
    ],
    actions: &[
        agreement::AgreementAction::PREFIX,
        expenses::ExpenseFormAction::PREFIX,
        expenses::ExpenseAction::PREFIX,
    ],
    dialogues: &[
        crate::features::feature::Dialogue::form(expenses::DIALOGUE),
        crate::features::feature::Dialogue::plain(expenses::REFUSE_DIALOGUE),
    ],
    jobs: &[],
};
