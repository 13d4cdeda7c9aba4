//! ETP (éducation thérapeutique du patient) programmes: the catalogue ([`catalogue`]),
//! creating and editing programmes ([`create`]), signing up with the shared assessment (BEP)
//! ([`signup`]) and the team's side of sign-ups ([`team`]).
//!
//! ETP can never be imposed: a person withdraws from any sign-up, at any stage, in one
//! step, and nothing medical is ever asked.

pub mod catalogue;
pub mod create;
pub mod mission_form;
pub mod missions;
pub mod signup;
pub mod team;

use crate::core::{Platform, UserId};
use crate::features::directory::geo;
use crate::features::kit::Ctx;
use crate::i18n::{Lang, args};
use crate::store::{ProgrammeRecord, SignupStatus, StoreError};

/// The coordinators told of a programme's sign-ups: its handlers while they are still
/// coordinators for its structure, or every coordinator for it when it names none (or they
/// all left).
pub async fn handlers_of(
    ctx: &mut Ctx<'_>,
    p: &ProgrammeRecord,
) -> Result<Vec<(Platform, UserId)>, StoreError> {
    let all = crate::features::roles::coordinators_for(ctx, &p.details.structure).await?;
    let named: Vec<(Platform, UserId)> = p
        .handlers
        .iter()
        .filter(|h| all.contains(h))
        .cloned()
        .collect();
    Ok(if named.is_empty() { all } else { named })
}

/// Where a programme takes place, for reading.
fn place(ctx: &Ctx<'_>, p: &ProgrammeRecord) -> String {
    let d = &p.details;
    let mut parts = Vec::new();
    if !d.address.is_empty() {
        let department = d
            .department
            .as_deref()
            .and_then(geo::department)
            .map(|dep| format!(" ({}, {})", dep.name, dep.code))
            .unwrap_or_default();
        parts.push(format!("{}{department}", d.address));
    }
    if d.online {
        parts.push(ctx.t("etp-remote-possible"));
    }
    parts.join(&ctx.t("list-separator"))
}

/// A programme as people read it in the catalogue.
pub fn card(ctx: &Ctx<'_>, p: &ProgrammeRecord) -> String {
    let d = &p.details;
    let themes = crate::features::directory::condition_labels(ctx, &d.themes);
    let co_run = if d.co_run {
        ctx.t("etp-co-run")
    } else {
        String::new()
    };
    let closed = if p.open {
        String::new()
    } else {
        ctx.t("etp-closed-mark")
    };
    // A programme being created has no number yet (0): its card shows none.
    let mut values = args([
        ("title", d.title.clone()),
        ("closed", closed),
        ("structure", d.structure.clone()),
        ("team", d.team.clone()),
        ("place", place(ctx, p)),
        ("themes", themes),
        ("format", ctx.t(&format!("etp-format-{}", d.format))),
        ("rhythm", d.rhythm.clone()),
        ("co_run", co_run),
        ("description", d.description.clone()),
    ]);
    values.set("number", p.id);
    ctx.t_args("etp-card", &values)
}

/// A sign-up state, in a language.
pub fn status_label(ctx: &Ctx<'_>, lang: Lang, status: SignupStatus) -> String {
    ctx.services()
        .i18n()
        .text(lang, &format!("etp-status-{}", status.as_str()))
}

/// A BEP date and time in Paris, in a language ("mardi 01/12 à 14:00").
pub fn moment(ctx: &Ctx<'_>, lang: Lang, at: i64) -> String {
    let i18n = ctx.services().i18n();
    let Some((weekday, date, time)) =
        crate::features::permanence::booking::day_parts(i18n, lang, at)
    else {
        return at.to_string();
    };
    i18n.text_args(
        lang,
        "etp-moment",
        &args([("weekday", weekday), ("date", date), ("time", time)]),
    )
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "etp",
    commands: &[
        crate::features::commands::Command::Etp,
        crate::features::commands::Command::EtpSignup,
        crate::features::commands::Command::MySignups,
        crate::features::commands::Command::EtpWithdraw,
        crate::features::commands::Command::NewEtp,
        crate::features::commands::Command::EtpRequests,
        crate::features::commands::Command::EtpExport,
        crate::features::commands::Command::Missions,
        crate::features::commands::Command::NewMission,
    ],
    actions: &[
        catalogue::CatalogueAction::PREFIX,
        signup::SignupFormAction::PREFIX,
        signup::SignupAction::PREFIX,
        team::TeamAction::PREFIX,
        create::ProgrammeAction::PREFIX,
        mission_form::MissionFormAction::PREFIX,
        missions::MissionAction::PREFIX,
    ],
    dialogues: &[
        crate::features::feature::Dialogue::form(create::DIALOGUE),
        crate::features::feature::Dialogue::form(signup::DIALOGUE),
        crate::features::feature::Dialogue::form(mission_form::DIALOGUE),
        crate::features::feature::Dialogue::plain(team::BEP_DIALOGUE),
        crate::features::feature::Dialogue::plain(team::REFUSE_DIALOGUE),
    ],
    jobs: &[],
};
