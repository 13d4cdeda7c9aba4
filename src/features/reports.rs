//! `/signaler profil <n°> <motif>` (alias `/report`): any member reports a directory
//! profile to the coordinators, who act from the notification (hide the profile, or close
//! without action). A report about a coordinator goes to the admins instead, so that
//! coordinators cannot bury reports about themselves. The person reported never learns who
//! reported.

use crate::core::{Platform, UserId};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{PartnerStatus, StoreError};

/// Shortest and longest reason.
const MIN_REASON: usize = 3;
const MAX_REASON: usize = 500;

/// `/signaler profil <n°> <motif>` in a private chat; `/signaler [motif]` in reply to a
/// group message.
pub async fn command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    if ctx.in_group() {
        return report_message(ctx, rest).await;
    }
    if !ctx.consented() {
        crate::features::onboarding::explain_consent_needed(ctx);
        return Ok(());
    }
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
    if too_many(ctx, now).await? {
        let text = ctx.t("report-limit");
        ctx.reply(text);
        return Ok(());
    }
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
                ("report-hide", ReportAction::Hide(report).data()),
                ("report-dismiss", ReportAction::Dismiss(report).data()),
            ],
        )
        .await?;
    }
    Ok(())
}

/// Whether the sender already made as many reports in the last hour as one person may:
/// each one reaches every coordinator, and a flood of them would bury the real ones.
async fn too_many(ctx: &mut Ctx<'_>, now: i64) -> Result<bool, StoreError> {
    let limit = ctx.services().settings().limits.reports_per_hour;
    let reporter = (ctx.msg.platform, ctx.msg.sender.clone());
    let made = ctx
        .tx
        .reports_since((reporter.0, &reporter.1), now - 3_600)
        .await?;
    Ok(made >= limit)
}

/// `/signaler [motif]` in reply to a group message: the command disappears from the group
/// (the reporter stays unknown there), the coordinators get the message's context with
/// buttons, the reporter a private thank-you. The reason is kept only when the reporter
/// consented to Pairbot storing what they write; otherwise it only travels in the
/// notification.
async fn report_message(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let group = ctx.msg.chat.clone();
    if let Some(own) = ctx.msg.message_id.clone() {
        crate::features::moderation::order(
            ctx,
            &group,
            crate::core::ModerationAction::Delete { message: own },
        );
        // The reporter is not told if the bot may not delete: nothing they can do.
        if let Some(last) = ctx.out.last_mut()
            && let Some(order) = &mut last.moderation
        {
            order.tell_on_failure = false;
        }
    }
    let Some(reply) = ctx.msg.reply_to.clone() else {
        let text = ctx.t("report-group-how");
        ctx.reply_privately(text);
        return Ok(());
    };
    let Some(author) = reply.author.clone() else {
        let text = ctx.t("moderation-reply-member");
        ctx.reply_privately(text);
        return Ok(());
    };
    let reason = rest.trim();
    if reason.chars().count() > MAX_REASON {
        let text = ctx.t_args("report-reason-length", &args([("max", MAX_REASON)]));
        ctx.reply_privately(text);
        return Ok(());
    }
    let platform = ctx.msg.platform;
    let stored_reason = if ctx.consented() { reason } else { "" };
    let now = ctx.now();
    if too_many(ctx, now).await? {
        let text = ctx.t("report-limit");
        ctx.reply_privately(text);
        return Ok(());
    }
    let report = ctx
        .tx
        .create_message_report(
            (platform, &ctx.msg.sender.clone()),
            (platform, &author),
            "message",
            stored_reason,
            now,
            Some((&group, &reply.message)),
        )
        .await?;
    tracing::info!(report, "group message reported");
    let text = ctx.t("report-thanks");
    ctx.reply_privately(text);
    let excerpt = reply
        .text
        .as_deref()
        .map(crate::features::moderation::groups::excerpt)
        .filter(|e| !e.is_empty());
    for (p, user) in deciders(ctx, (platform, &author)).await? {
        let reason = if reason.is_empty() {
            ctx.services().i18n().text(
                ctx.services().lang_of(&mut ctx.tx, p, &user).await?,
                "report-no-reason",
            )
        } else {
            reason.to_owned()
        };
        let excerpt = match &excerpt {
            Some(e) => e.clone(),
            None => ctx.services().i18n().text(
                ctx.services().lang_of(&mut ctx.tx, p, &user).await?,
                "report-no-excerpt",
            ),
        };
        ctx.notify(
            p,
            &user,
            "report-message-new",
            args([
                ("number", report.to_string()),
                ("name", reply.author_name.clone()),
                ("excerpt", excerpt),
                ("reason", reason),
            ]),
            &[
                (
                    "moderation-delete-button",
                    ReportAction::Delete(report).data(),
                ),
                ("moderation-warn-button", ReportAction::Warn(report).data()),
                ("moderation-ban-button", ReportAction::Ban(report).data()),
                ("report-dismiss", ReportAction::Dismiss(report).data()),
            ],
        )
        .await?;
    }
    Ok(())
}

/// Who decides on a report about this person: the admins when they coordinate, otherwise
/// every coordinator but them.
pub(crate) async fn deciders(
    ctx: &mut Ctx<'_>,
    reported: (Platform, &UserId),
) -> Result<Vec<(Platform, UserId)>, StoreError> {
    let coordinators = ctx.coordinators().await?;
    let about_a_coordinator = coordinators
        .iter()
        .any(|(p, u)| *p == reported.0 && u == reported.1);
    if about_a_coordinator {
        return Ok(ctx
            .services()
            .settings()
            .admins
            .iter()
            .map(|(p, u)| (*p, UserId(u.clone())))
            .filter(|(p, u)| !(*p == reported.0 && u == reported.1))
            .collect());
    }
    Ok(coordinators)
}

crate::actions! {
    /// A decision on report `N`. What acts on a person is asked first: the `…Ok` variants
    /// are the confirmed answers.
    pub enum ReportAction = "rep" {
        /// Hides the reported profile.
        Hide(report: i64) = "hide",
        HideOk(report: i64) = "hideok",
        /// Deletes the reported message.
        Delete(report: i64) = "delete",
        DeleteOk(report: i64) = "deleteok",
        Warn(report: i64) = "warn",
        WarnOk(report: i64) = "warnok",
        Ban(report: i64) = "ban",
        BanOk(report: i64) = "banok",
        /// Removes the member from the group.
        Kick(report: i64) = "kick",
        KickOk(report: i64) = "kickok",
        /// Nothing to do.
        Dismiss(report: i64) = "dismiss",
        /// The held message was fine: lets it through and trusts its author.
        Trust(report: i64) = "trust",
        /// "No, keep it": the report stays open.
        Back(report: i64) = "back",
    }
}

/// The verb of [`ReportAction::Back`].
const BACK: &str = "back";

impl ReportAction {
    /// The action's verb without its confirmation (`ban` for both `Ban` and `BanOk`),
    /// whether it is confirmed, and the report's number.
    fn parts(&self) -> (&'static str, bool, i64) {
        match *self {
            Self::Hide(n) => ("hide", false, n),
            Self::HideOk(n) => ("hide", true, n),
            Self::Delete(n) => ("delete", false, n),
            Self::DeleteOk(n) => ("delete", true, n),
            Self::Warn(n) => ("warn", false, n),
            Self::WarnOk(n) => ("warn", true, n),
            Self::Ban(n) => ("ban", false, n),
            Self::BanOk(n) => ("ban", true, n),
            Self::Kick(n) => ("kick", false, n),
            Self::KickOk(n) => ("kick", true, n),
            Self::Dismiss(n) => ("dismiss", false, n),
            Self::Trust(n) => ("trust", false, n),
            Self::Back(n) => (BACK, false, n),
        }
    }

    /// The confirmed form of a verb that asks first.
    fn confirmed(verb: &str, report: i64) -> Self {
        match verb {
            "hide" => Self::HideOk(report),
            "delete" => Self::DeleteOk(report),
            "warn" => Self::WarnOk(report),
            "ban" => Self::BanOk(report),
            _ => Self::KickOk(report),
        }
    }
}

/// A `rep:hide:<n°>` or `rep:dismiss:<n°>` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: ReportAction) -> Result<(), StoreError> {
    let (action, confirmed, id) = action.parts();
    let Some(report) = ctx.tx.report(id).await? else {
        return crate::features::kit::stale_choice(ctx);
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
    if action == BACK {
        let text = ctx.t_args("report-kept", &args([("number", id.to_string())]));
        ctx.reply(text);
        return Ok(());
    }
    // What acts on a person (hides, deletes, warns, bans, removes) is asked first, naming
    // the report: a number typed for something else must never ban anyone.
    if !confirmed && matches!(action, "hide" | "delete" | "warn" | "ban" | "kick") {
        if report.status != "open" {
            let text = ctx.t("report-closed-already");
            ctx.reply(text);
            return Ok(());
        }
        let text = ctx.t_args(
            &format!("report-confirm-{action}"),
            &args([("number", id.to_string())]),
        );
        let choices = vec![
            ctx.choice(
                &format!("report-confirm-{action}-yes"),
                ReportAction::confirmed(action, id),
            ),
            ctx.choice("report-confirm-no", ReportAction::Back(id)),
        ];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let now = ctx.now();
    let (status, audited, done) = match action {
        "hide" => ("acted", "report.hide", "report-hidden"),
        "dismiss" => ("dismissed", "report.dismiss", "report-dismissed"),
        "delete" | "warn" | "ban" | "trust" | "kick" if report.message.is_some() => {
            ("acted", "report.act", "report-acted")
        }
        _ => return crate::features::kit::stale_choice(ctx),
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
    if let Some((group, message)) = &report.message
        && status == "acted"
    {
        act_on_message(ctx, &report, action, group, message).await?;
    }
    let reason = (!report.reason.is_empty()).then_some(report.reason.as_str());
    ctx.audit(audited, format!("report:{id}"), reason).await?;
    let text = ctx.t_args(done, &args([("number", id.to_string())]));
    ctx.reply(text);
    if report.reporter.1.0 == crate::core::BOT_ACTOR {
        return Ok(());
    }
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

/// Carries out a coordinator's decision on a reported or held group message.
async fn act_on_message(
    ctx: &mut Ctx<'_>,
    report: &crate::store::ReportRecord,
    action: &str,
    group: &crate::core::ChatId,
    message: &str,
) -> Result<(), StoreError> {
    use crate::features::moderation as m;
    let member = m::Member {
        platform: report.reported.0,
        user: report.reported.1.clone(),
        name: report.reported.1.0.clone(),
    };
    let reason = if report.reason.is_empty() {
        ctx.t_args(
            "report-reason-default",
            &args([("number", report.id.to_string())]),
        )
    } else {
        report.reason.clone()
    };
    match action {
        "delete" => m::delete_message(ctx, group, message, Some(&member), Some(&reason)).await,
        "warn" => {
            m::delete_message(ctx, group, message, Some(&member), Some(&reason)).await?;
            m::warn_member(ctx, group, &member, &reason).await
        }
        "ban" => {
            m::delete_message(ctx, group, message, Some(&member), Some(&reason)).await?;
            m::ban_member(ctx, group, &member, None, &reason).await
        }
        "trust" => {
            let now = ctx.now();
            ctx.tx
                .trust_member(member.platform, group, &member.user, now)
                .await?;
            ctx.audit_in("member.trust", member.label(), None, Some(group))
                .await?;
            ctx.notify(
                member.platform,
                &member.user,
                "moderation-you-trusted",
                crate::i18n::Args::new(),
                &[],
            )
            .await
        }
        "kick" => {
            let reason = ctx.t("moderation-held-kick-reason");
            m::kick_member(ctx, group, &member, &reason).await
        }
        _ => Ok(()),
    }
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "reports",
    commands: &[crate::features::commands::Command::Report],
    actions: &[ReportAction::PREFIX],
    dialogues: &[],
    jobs: &[],
};
