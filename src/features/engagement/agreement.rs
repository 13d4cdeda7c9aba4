//! The agreement of a selected partner: they read the mission sheet and the charter of
//! engagement (confidentiality, role, what is paid or reimbursed) and accept them in the
//! chat. The acceptance (who, when, which version of the charter) is recorded on their
//! application, shown to them in `/missions` and to the coordinators in the mission's
//! menu, and the coordinators of the structure are told.

use crate::features::commands::Command;
use crate::features::etp::missions::{MissionAction, card};
use crate::features::kit::Ctx;
use crate::i18n::{args, format_day};
use crate::store::{ApplicationRecord, ApplicationStatus, MissionRecord, StoreError};

/// The version of the charter (`agreement-charter` in the locales). Raise it whenever its
/// meaning changes: an acceptance names the version read.
pub const CHARTER_VERSION: i64 = 1;

crate::actions! {
    /// A selected partner's buttons about their mission (numbered by application).
    pub enum AgreementAction = "agree" {
        /// The mission sheet and the charter, to read before accepting.
        Show(application: i64) = "show",
        /// Accepts them, as read at this version of the charter.
        Accept(application: i64, version: i64) = "accept",
    }
}

/// An `agree:…` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: AgreementAction) -> Result<(), StoreError> {
    let (AgreementAction::Show(id) | AgreementAction::Accept(id, _)) = action;
    let Some((a, m)) = own_selection(ctx, id).await? else {
        let text = ctx.t("mission-application-gone");
        ctx.reply(text);
        return Ok(());
    };
    match action {
        AgreementAction::Accept(_, version) if version == CHARTER_VERSION => {
            accept(ctx, &a, &m).await
        }
        // The charter changed since it was shown: read it again.
        AgreementAction::Accept(..) | AgreementAction::Show(_) => show(ctx, &a, &m).await,
    }
}

/// The sender's own selected application `id`, with its mission.
async fn own_selection(
    ctx: &mut Ctx<'_>,
    id: i64,
) -> Result<Option<(ApplicationRecord, MissionRecord)>, StoreError> {
    let Some(a) = ctx.tx.application(id).await?.filter(|a| {
        a.platform == ctx.msg.platform
            && a.user == ctx.msg.sender
            && a.status == ApplicationStatus::Selected
    }) else {
        return Ok(None);
    };
    Ok(ctx.tx.mission(a.mission_id).await?.map(|m| (a, m)))
}

/// The mission sheet and the charter, with *accept* (or, once accepted, when and which
/// version).
async fn show(
    ctx: &mut Ctx<'_>,
    a: &ApplicationRecord,
    m: &MissionRecord,
) -> Result<(), StoreError> {
    let sheet = card(ctx, m).await?;
    let charter = charter(ctx, m);
    if let Some((at, version)) = a.agreed {
        let text = format!("{}\n\n{}", agreed_line(ctx, at, version), sheet);
        ctx.reply(text);
        return Ok(());
    }
    let text = ctx.t_args(
        "agreement-read",
        &args([("sheet", sheet), ("charter", charter)]),
    );
    let choices = vec![
        ctx.choice(
            "agreement-accept",
            AgreementAction::Accept(a.id, CHARTER_VERSION),
        ),
        ctx.choice("agreement-renounce", MissionAction::Quit(a.id)),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// The charter of engagement for this mission, in the reader's language.
fn charter(ctx: &Ctx<'_>, m: &MissionRecord) -> String {
    let paid = ctx.t(if m.details.paid {
        "agreement-paid"
    } else {
        "agreement-unpaid"
    });
    let expenses = ctx.t(match m.details.reimbursed {
        Some(true) => "agreement-expenses",
        Some(false) => "agreement-no-expenses",
        None => "agreement-expenses-ask",
    });
    let structure = if m.details.structure.is_empty() {
        ctx.t("agreement-the-coordination")
    } else {
        m.details.structure.clone()
    };
    let mut values = args([
        ("paid", paid),
        ("expenses", expenses),
        ("structure", structure),
    ]);
    values.set("version", CHARTER_VERSION);
    ctx.t_args("agreement-charter", &values)
}

/// "Accepted on 7 December 2026 (charter version 1)".
pub fn agreed_line(ctx: &Ctx<'_>, at: i64, version: i64) -> String {
    let mut values = args([("date", format_day(ctx.lang, at))]);
    values.set("version", version);
    ctx.t_args("agreement-agreed-on", &values)
}

async fn accept(
    ctx: &mut Ctx<'_>,
    a: &ApplicationRecord,
    m: &MissionRecord,
) -> Result<(), StoreError> {
    let now = ctx.now();
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    if !ctx
        .tx
        .agree_to_mission(a.id, (person.0, &person.1), CHARTER_VERSION, now)
        .await?
    {
        // Accepted already (a second press): say when.
        return show(ctx, a, m).await;
    }
    tracing::info!(
        application = a.id,
        mission = m.id,
        "mission agreement accepted"
    );
    let mut values = args([
        ("number", m.id.to_string()),
        ("agreed", agreed_line(ctx, now, CHARTER_VERSION)),
    ]);
    values.set("version", CHARTER_VERSION);
    let text = ctx.t_args("agreement-done", &values);
    let mut choices = vec![ctx.choice("menu-missions", Command::Missions.data())];
    if m.details.reimbursed == Some(true) {
        choices.insert(0, ctx.choice("menu-expenses", Command::Expenses.data()));
    }
    ctx.reply_with(text, choices);
    let pseudonym = ctx
        .tx
        .partner_of(person.0, &person.1)
        .await?
        .map(|p| p.profile.pseudonym)
        .unwrap_or_default();
    let team = crate::features::roles::coordinators_for(ctx, &m.details.structure).await?;
    for (platform, user) in team {
        let mut values = args([
            ("number", m.id.to_string()),
            ("pseudonym", pseudonym.clone()),
            ("profile", a.partner_id.to_string()),
        ]);
        values.set("version", CHARTER_VERSION);
        ctx.notify(
            platform,
            &user,
            "agreement-team-done",
            values,
            &[("mission-back", MissionAction::Menu(m.id).data())],
        )
        .await?;
    }
    Ok(())
}
