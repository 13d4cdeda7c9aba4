//! Partner missions: coordinators post them (`/mission_nouvelle`, see
//! [`super::mission_form`]), approved partners see those their training qualifies them for
//! and apply (`/missions`), the coordinator picks, and both are told. A mission shows its
//! places filled and open.

use crate::core::Choice;
use crate::features::commands::Command;
use crate::features::engagement::agreement::{AgreementAction, agreed_line};
use crate::features::engagement::training::{TrainingAction, path, path_qualifies};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{
    ApplicationStatus, ApplyOutcome, MissionRecord, PartnerStatus, SelectOutcome, StoreError,
};

/// The kinds of mission, as stored: those the sources list, from testimony to governance
/// (COPS Occitanie 2019; Savoir(s) Patient(s) 2021; France Assos Santé Occitanie 2023).
pub const KINDS: [&str; 11] = [
    "temoignage",
    "co-animation",
    "co-construction",
    "co-evaluation",
    "coordination",
    "focus-group",
    "groupe-de-travail",
    "formation",
    "recherche",
    "gouvernance",
    "ethique",
];

/// Missions shown at once.
const SHOWN: usize = 6;

/// A mission as partners read it.
pub async fn card(ctx: &mut Ctx<'_>, m: &MissionRecord) -> Result<String, StoreError> {
    let d = &m.details;
    let context = match d.programme_id {
        Some(id) => match ctx.tx.programme(id).await? {
            Some(p) => ctx.t_args(
                "mission-for-programme",
                &args([("title", p.details.title), ("number", id.to_string())]),
            ),
            None => String::new(),
        },
        None => d.project.clone(),
    };
    let engine = ctx.services();
    let training = if d.training == "none" {
        ctx.t("mission-no-training")
    } else {
        engine
            .directory()
            .trainings
            .label(engine.i18n(), ctx.lang, &d.training)
    };
    let paid = ctx.t(if d.paid {
        "mission-paid"
    } else {
        "mission-unpaid"
    });
    let expenses = ctx.t(match d.reimbursed {
        Some(true) => "mission-expenses",
        Some(false) => "mission-no-expenses",
        None => "mission-expenses-unknown",
    });
    // A mission being written has no number yet.
    let heading = if m.id > 0 {
        ctx.t_args("mission-heading", &args([("number", m.id.to_string())]))
    } else {
        ctx.t("mission-heading-new")
    };
    let mut values = args([
        ("heading", heading),
        ("kind", ctx.t(&format!("mission-kind-{}", d.kind))),
        ("context", context),
        ("dates", d.dates.clone()),
        ("training", training),
        ("paid", paid),
        ("expenses", expenses),
        ("sheet", d.sheet.clone()),
    ]);
    values.set("places", d.places);
    values.set("selected", m.selected);
    Ok(ctx.t_args("mission-card", &values))
}

/// `/missions`: for approved partners, the open missions they qualify for (and their own
/// applications); for coordinators, every open mission to manage.
pub async fn list(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let coordinator = ctx.is_coordinator();
    let partner = ctx
        .tx
        .partner_of(ctx.msg.platform, &ctx.msg.sender)
        .await?
        .filter(|p| p.status == PartnerStatus::Approved);
    if !coordinator && partner.is_none() {
        let text = ctx.t("mission-partners-only");
        let choices = vec![ctx.choice("menu-become-partner", Command::BecomePartner.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    // Every training of the partner's path counts, not only their profile's.
    let path = match &partner {
        Some(_) => path(&mut ctx.tx, (person.0, &person.1)).await?,
        None => Vec::new(),
    };
    let mine = ctx.tx.applications_of((person.0, &person.1)).await?;
    // A partner's own selections stay listed once their mission is closed: the agreement and
    // the expenses start from here.
    let missions: Vec<MissionRecord> = ctx
        .tx
        .missions(true)
        .await?
        .into_iter()
        .filter(|m| {
            let selected = mine
                .iter()
                .any(|a| a.mission_id == m.id && a.status == ApplicationStatus::Selected);
            selected
                || (m.open
                    && ((coordinator && ctx.covers(&m.details.structure))
                        || (partner.is_some() && path_qualifies(&m.details.training, &path))))
        })
        .collect();
    if missions.is_empty() {
        // A coordinator sees the open missions they manage, not those of a training.
        let text = ctx.t(if partner.is_none() {
            "mission-none-team"
        } else {
            "mission-none"
        });
        ctx.reply(text);
        return Ok(());
    }
    let mut text = ctx.t("mission-list");
    let mut choices = Vec::new();
    for m in missions.iter().take(SHOWN) {
        text.push_str("\n\n");
        text.push_str(&card(ctx, m).await?);
        let applied = mine.iter().find(|a| {
            a.mission_id == m.id
                && matches!(
                    a.status,
                    ApplicationStatus::Applied | ApplicationStatus::Selected
                )
        });
        if let Some(a) = applied {
            text.push('\n');
            match (a.status, a.agreed) {
                (ApplicationStatus::Selected, Some((at, version))) => {
                    text.push_str(&ctx.t("mission-you-selected"));
                    text.push(' ');
                    text.push_str(&agreed_line(ctx, at, version));
                }
                (ApplicationStatus::Selected, None) => {
                    text.push_str(&ctx.t("mission-you-to-agree"));
                    choices.push(Choice::new(
                        ctx.t_args("agreement-read-n", &args([("number", m.id)])),
                        AgreementAction::Show(a.id),
                    ));
                }
                _ => text.push_str(&ctx.t("mission-you-applied")),
            }
            choices.push(Choice::new(
                ctx.t_args("mission-withdraw-n", &args([("number", m.id)])),
                MissionAction::Quit(a.id),
            ));
        } else if partner.is_some() && m.selected < m.details.places {
            choices.push(Choice::new(
                ctx.t_args("mission-apply-n", &args([("number", m.id)])),
                MissionAction::Apply(m.id),
            ));
        }
        if coordinator {
            choices.push(Choice::new(
                ctx.t_args("mission-manage-n", &args([("number", m.id)])),
                MissionAction::Menu(m.id),
            ));
        }
    }
    ctx.reply_with(text, choices);
    Ok(())
}

crate::actions! {
    /// A button about a mission (numbered) or an application (numbered).
    pub enum MissionAction = "mis" {
        /// A partner applies to mission `N`.
        Apply(mission: i64) = "apply",
        /// A partner withdraws application `N`.
        Quit(application: i64) = "quit",
        /// Coordinators: mission `N`'s applications.
        Menu(mission: i64) = "menu",
        /// Coordinators: closes mission `N`.
        Close(mission: i64) = "close",
        /// Coordinators: selects application `N`.
        Select(application: i64) = "select",
        /// Coordinators: declines application `N`.
        Decline(application: i64) = "decline",
    }
}

/// A `mis:<action>:<number>` choice: apply, withdraw (partners); menu, select, decline,
/// close (coordinators).
pub async fn on_choice(ctx: &mut Ctx<'_>, action: MissionAction) -> Result<(), StoreError> {
    let now = ctx.now();
    match action {
        MissionAction::Apply(id) => apply(ctx, id, now).await,
        MissionAction::Quit(id) => {
            let own = ctx
                .tx
                .application(id)
                .await?
                .filter(|a| a.platform == ctx.msg.platform && a.user == ctx.msg.sender);
            let moved = match own {
                Some(_) => {
                    ctx.tx
                        .move_application(
                            id,
                            &[ApplicationStatus::Applied, ApplicationStatus::Selected],
                            ApplicationStatus::Withdrawn,
                            now,
                        )
                        .await?
                }
                None => false,
            };
            let text = ctx.t(if moved {
                "mission-withdrawn"
            } else {
                "mission-application-gone"
            });
            ctx.reply(text);
            Ok(())
        }
        _ if !ctx.is_coordinator() => {
            let text = ctx.t("coordinator-only");
            ctx.reply(text);
            Ok(())
        }
        MissionAction::Menu(id) => menu(ctx, id).await,
        MissionAction::Close(id) => {
            if managed(ctx, id).await?.is_none() {
                return Ok(());
            }
            ctx.tx.set_mission_open(id, false).await?;
            ctx.audit("mission.close", format!("mission:{id}"), None)
                .await?;
            let text = ctx.t_args("mission-closed", &args([("number", id.to_string())]));
            ctx.reply(text);
            Ok(())
        }
        MissionAction::Select(id) => decide(ctx, true, id, now).await,
        MissionAction::Decline(id) => decide(ctx, false, id, now).await,
    }
}

async fn apply(ctx: &mut Ctx<'_>, mission_id: i64, now: i64) -> Result<(), StoreError> {
    let partner = ctx
        .tx
        .partner_of(ctx.msg.platform, &ctx.msg.sender)
        .await?
        .filter(|p| p.status == PartnerStatus::Approved);
    let Some(partner) = partner else {
        let text = ctx.t("mission-partners-only");
        ctx.reply(text);
        return Ok(());
    };
    let Some(m) = ctx.tx.mission(mission_id).await?.filter(|m| m.open) else {
        let text = ctx.t("mission-gone");
        ctx.reply(text);
        return Ok(());
    };
    let path = path(&mut ctx.tx, (partner.platform, &partner.user)).await?;
    if !path_qualifies(&m.details.training, &path) {
        let text = ctx.t("mission-not-qualified");
        ctx.reply(text);
        return Ok(());
    }
    if m.selected >= m.details.places {
        let text = ctx.t("mission-full");
        ctx.reply(text);
        return Ok(());
    }
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    match ctx
        .tx
        .apply_to_mission(m.id, (person.0, &person.1), partner.id, now)
        .await?
    {
        ApplyOutcome::Closed => {
            let text = ctx.t("mission-gone");
            ctx.reply(text);
        }
        ApplyOutcome::AlreadyApplied(_) => {
            let text = ctx.t("mission-already-applied");
            ctx.reply(text);
        }
        ApplyOutcome::Applied(application) => {
            tracing::info!(mission = m.id, application, "partner applied to a mission");
            let text = ctx.t_args("mission-applied", &args([("number", m.id.to_string())]));
            ctx.reply(text);
            let team = crate::features::roles::coordinators_for(ctx, &m.details.structure).await?;
            for (platform, user) in team {
                ctx.notify(
                    platform,
                    &user,
                    "mission-team-applied",
                    args([
                        ("number", m.id.to_string()),
                        ("pseudonym", partner.profile.pseudonym.clone()),
                        ("profile", partner.id.to_string()),
                    ]),
                    &[
                        ("mission-select", MissionAction::Select(application).data()),
                        (
                            "mission-decline",
                            MissionAction::Decline(application).data(),
                        ),
                    ],
                )
                .await?;
            }
        }
    }
    Ok(())
}

/// Mission `id` if the sender's role covers its structure; else `None`, with the reply
/// given (no such mission, or another structure's).
pub async fn managed(ctx: &mut Ctx<'_>, id: i64) -> Result<Option<MissionRecord>, StoreError> {
    let Some(m) = ctx.tx.mission(id).await? else {
        let text = ctx.t("mission-gone");
        ctx.reply(text);
        return Ok(None);
    };
    if !ctx.covers(&m.details.structure) {
        let organisation = ctx.organisation().unwrap_or_default().to_owned();
        let text = ctx.t_args(
            "mission-out-of-scope",
            &args([("organisation", organisation)]),
        );
        ctx.reply(text);
        return Ok(None);
    }
    Ok(Some(m))
}

/// A mission's applications, each with select and decline while undecided.
async fn menu(ctx: &mut Ctx<'_>, mission_id: i64) -> Result<(), StoreError> {
    let Some(m) = managed(ctx, mission_id).await? else {
        return Ok(());
    };
    let mut text = card(ctx, &m).await?;
    let applications = ctx.tx.applications_to(m.id).await?;
    let ids: Vec<i64> = applications.iter().map(|a| a.partner_id).collect();
    let partners = ctx.tx.partners_by_ids(&ids).await?;
    let mut choices = Vec::new();
    if applications.is_empty() {
        text.push_str("\n\n");
        text.push_str(&ctx.t("mission-no-applications"));
    }
    for a in &applications {
        let pseudonym = partners
            .iter()
            .find(|p| p.id == a.partner_id)
            .map(|p| p.profile.pseudonym.clone())
            .unwrap_or_else(|| ctx.t("mission-partner-gone"));
        let mut status = ctx.t(&format!("mission-status-{}", a.status.as_str()));
        if a.status == ApplicationStatus::Selected {
            status.push_str(&ctx.t("list-separator"));
            status.push_str(&match a.agreed {
                Some((at, version)) => agreed_line(ctx, at, version),
                None => ctx.t("mission-agreement-waiting"),
            });
        }
        text.push_str("\n• ");
        text.push_str(&ctx.t_args(
            "mission-application-line",
            &args([
                ("number", a.id.to_string()),
                ("pseudonym", pseudonym),
                ("status", status),
            ]),
        ));
        if a.status == ApplicationStatus::Applied {
            choices.push(Choice::new(
                ctx.t_args("mission-select-n", &args([("number", a.id)])),
                MissionAction::Select(a.id),
            ));
            choices.push(Choice::new(
                ctx.t_args("mission-decline-n", &args([("number", a.id)])),
                MissionAction::Decline(a.id),
            ));
        }
    }
    choices.push(ctx.choice("mission-eligible", TrainingAction::Eligible(m.id)));
    if m.open {
        choices.push(ctx.choice("mission-close", MissionAction::Close(m.id)));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// Selects or declines an application; the partner is told.
async fn decide(ctx: &mut Ctx<'_>, select: bool, id: i64, now: i64) -> Result<(), StoreError> {
    let Some(a) = ctx.tx.application(id).await? else {
        let text = ctx.t("mission-application-gone");
        ctx.reply(text);
        return Ok(());
    };
    if managed(ctx, a.mission_id).await?.is_none() {
        return Ok(());
    }
    let done = if select {
        match ctx.tx.select_application(id, now).await? {
            SelectOutcome::Selected => true,
            SelectOutcome::Full => {
                let text = ctx.t("mission-full");
                ctx.reply(text);
                return Ok(());
            }
            SelectOutcome::Stale => false,
        }
    } else {
        ctx.tx
            .move_application(
                id,
                &[ApplicationStatus::Applied],
                ApplicationStatus::Declined,
                now,
            )
            .await?
    };
    if !done {
        let text = ctx.t("mission-application-gone");
        ctx.reply(text);
        return Ok(());
    }
    let audited = if select {
        "mission.select"
    } else {
        "mission.decline"
    };
    ctx.audit(audited, format!("application:{id}"), None)
        .await?;
    let told = if select {
        "mission-told-selected"
    } else {
        "mission-told-declined"
    };
    // A selected partner reads and accepts the mission sheet and the charter next.
    let next = if select {
        ("agreement-read-button", AgreementAction::Show(id).data())
    } else {
        ("menu-missions", Command::Missions.data().to_owned())
    };
    ctx.notify(
        a.platform,
        &a.user,
        told,
        args([("number", a.mission_id.to_string())]),
        &[next],
    )
    .await?;
    let m = ctx.tx.mission(a.mission_id).await?;
    let mut values = args([("number", id.to_string())]);
    values.set("selected", m.as_ref().map_or(0, |m| m.selected));
    values.set("places", m.as_ref().map_or(0, |m| m.details.places));
    let reply = if select {
        "mission-team-selected"
    } else {
        "mission-team-declined"
    };
    let text = ctx.t_args(reply, &values);
    let choices = vec![ctx.choice("mission-back", MissionAction::Menu(a.mission_id))];
    ctx.reply_with(text, choices);
    Ok(())
}
