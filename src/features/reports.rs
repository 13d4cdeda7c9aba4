//! `/signaler profil <n°> <motif>` (alias `/report`): any member reports a directory
//! profile to the coordinators, who act from the notification (hide the profile, or close
//! without action). A report about a coordinator goes to the admins instead, so that
//! coordinators cannot bury reports about themselves. The person reported never learns who
//! reported.

use crate::core::{Ctx, Platform, UserId};
use crate::i18n::args;
use crate::store::{PartnerStatus, StoreError};

/// Shortest and longest reason.
const MIN_REASON: usize = 3;
const MAX_REASON: usize = 500;

/// `/signaler profil <n°> <motif>`.
pub async fn command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let mut words = rest.split_whitespace();
    let kind = words.next().map(crate::core::text::fold);
    let number = words
        .next()
        .map(|w| w.trim_start_matches(['n', '°', '#']))
        .and_then(|w| w.parse::<i64>().ok());
    let reason = words.collect::<Vec<_>>().join(" ");
    let (Some("profil" | "profile" | "fiche"), Some(id)) = (kind.as_deref(), number) else {
        let text = ctx.t("report-how");
        ctx.reply(text);
        return Ok(());
    };
    let length = reason.chars().count();
    if !(MIN_REASON..=MAX_REASON).contains(&length) {
        let text = ctx.t_args("report-reason-length", &args([("max", MAX_REASON)]));
        ctx.reply(text);
        return Ok(());
    }
    let Some(profile) = ctx
        .tx
        .partner(id)
        .await?
        .filter(|p| p.status == PartnerStatus::Approved)
    else {
        let text = ctx.t_args("review-unknown", &args([("number", id.to_string())]));
        ctx.reply(text);
        return Ok(());
    };
    let now = ctx.now();
    let reporter = (ctx.msg.platform, ctx.msg.sender.clone());
    let report = ctx
        .tx
        .create_report(
            (reporter.0, &reporter.1),
            (profile.platform, &profile.user),
            &format!("profile:{id}"),
            &reason,
            now,
        )
        .await?;
    tracing::info!(report, "profile reported");
    let text = ctx.t("report-thanks");
    ctx.reply(text);
    for (platform, user) in deciders(ctx, (profile.platform, &profile.user)).await? {
        ctx.notify(
            platform,
            &user,
            "report-new",
            args([
                ("number", report.to_string()),
                ("profile", id.to_string()),
                ("pseudonym", profile.profile.pseudonym.clone()),
                ("reason", reason.clone()),
            ]),
            &[
                ("report-hide", format!("rep:hide:{report}")),
                ("report-dismiss", format!("rep:dismiss:{report}")),
            ],
        )
        .await?;
    }
    Ok(())
}

/// Who decides on a report about this person: the admins when they coordinate, otherwise
/// every coordinator but them.
async fn deciders(
    ctx: &mut Ctx<'_>,
    reported: (Platform, &UserId),
) -> Result<Vec<(Platform, UserId)>, StoreError> {
    let coordinators = ctx.coordinators().await?;
    let about_a_coordinator = coordinators
        .iter()
        .any(|(p, u)| *p == reported.0 && u == reported.1);
    if about_a_coordinator {
        return Ok(ctx
            .engine()
            .settings()
            .admins
            .iter()
            .map(|(p, u)| (*p, UserId(u.clone())))
            .filter(|(p, u)| !(*p == reported.0 && u == reported.1))
            .collect());
    }
    Ok(coordinators)
}

/// A `rep:hide:<n°>` or `rep:dismiss:<n°>` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, payload: &str) -> Result<(), StoreError> {
    let Some((action, id)) = crate::core::router::numbered_action(ctx, payload) else {
        return Ok(());
    };
    let Some(report) = ctx.tx.report(id).await? else {
        return crate::core::router::stale_choice(ctx);
    };
    let allowed = deciders(ctx, (report.reported.0, &report.reported.1))
        .await?
        .iter()
        .any(|(p, u)| *p == ctx.msg.platform && *u == ctx.msg.sender);
    if !allowed {
        let text = ctx.t("report-not-yours");
        ctx.reply(text);
        return Ok(());
    }
    let now = ctx.now();
    let (status, audited, done) = match action {
        "hide" => ("acted", "report.hide", "report-hidden"),
        "dismiss" => ("dismissed", "report.dismiss", "report-dismissed"),
        _ => return crate::core::router::stale_choice(ctx),
    };
    if !ctx.tx.close_report(id, status, now).await? {
        let text = ctx.t("report-closed-already");
        ctx.reply(text);
        return Ok(());
    }
    if action == "hide" {
        ctx.tx
            .set_partner_paused(report.reported.0, &report.reported.1, true)
            .await?;
    }
    ctx.audit(audited, report.target.clone(), Some(&report.reason))
        .await?;
    let text = ctx.t_args(done, &args([("number", id.to_string())]));
    ctx.reply(text);
    // The reporter hears it was handled, without details.
    ctx.notify(
        report.reporter.0,
        &report.reporter.1,
        "report-handled",
        args([("number", id.to_string())]),
        &[],
    )
    .await
}
