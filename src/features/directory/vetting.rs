//! Coordinator review of partner profiles (`/a_valider`, `/valider N`, `/refuser N motif`),
//! and a partner's own view (`/profil`, `/pause`).

use super::describe;
use crate::core::Outgoing;
use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{PartnerRecord, PartnerStatus, StoreError};

/// Dialogue kind while a coordinator types a refusal reason.
pub const DIALOGUE: &str = "review_reason";

/// How many pending profiles `/a_valider` shows.
const REVIEW_PAGE: i64 = 10;

/// Longest refusal reason, in characters.
const MAX_REASON: usize = 500;

/// `/a_valider`: pending profiles, oldest first.
pub async fn list(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let pending = ctx.tx.pending_partners(REVIEW_PAGE).await?;
    if pending.is_empty() {
        let text = ctx.t("review-none");
        ctx.reply(text);
        return Ok(());
    }
    let mut text = ctx.t_args("review-list", &args([("count", pending.len())]));
    for record in &pending {
        text.push_str("\n\n");
        let summary = describe(ctx, &record.profile);
        text.push_str(&ctx.t_args(
            "review-item",
            &args([("number", record.id.to_string()), ("summary", summary)]),
        ));
    }
    text.push_str("\n\n");
    text.push_str(&ctx.t("review-how"));
    ctx.reply(text);
    Ok(())
}

/// `/valider N`.
pub async fn approve_command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    match rest.trim().trim_start_matches(['#', '°']).parse::<i64>() {
        Ok(id) => decide(ctx, id, None, PartnerStatus::Approved, None).await,
        Err(_) => {
            let text = ctx.t("review-usage-approve");
            ctx.reply(text);
            Ok(())
        }
    }
}

/// `/refuser N motif`.
pub async fn refuse_command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let rest = rest.trim();
    let (number, reason) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    match number.trim_start_matches(['#', '°']).parse::<i64>() {
        Ok(id) if !reason.trim().is_empty() => {
            decide(ctx, id, None, PartnerStatus::Refused, Some(reason.trim())).await
        }
        _ => {
            let text = ctx.t("review-usage-refuse");
            ctx.reply(text);
            Ok(())
        }
    }
}

crate::actions! {
    /// A coordinator's decision on a profile, bound to the revision they read.
    pub enum ReviewAction = "review" {
        Approve(partner: i64, revision: i64) = "approve",
        /// Asks for the reason of the refusal.
        Refuse(partner: i64, revision: i64) = "refuse",
    }
}

crate::actions! {
    /// The confirmed answer to `/pause`, for the sender's own profile.
    pub enum ProfileAction = "profile" {
        Hide(partner: i64) = "hide",
        Show(partner: i64) = "show",
    }
}

/// A `review:approve:N:R` or `review:refuse:N:R` choice (from the notification about
/// revision R of profile N).
pub async fn on_choice(ctx: &mut Ctx<'_>, action: ReviewAction) -> Result<(), StoreError> {
    if !ctx.is_coordinator() {
        let text = ctx.t("coordinator-only");
        ctx.reply(text);
        return Ok(());
    }
    match action {
        ReviewAction::Approve(id, revision) => {
            decide(ctx, id, Some(revision), PartnerStatus::Approved, None).await
        }
        ReviewAction::Refuse(id, revision) => {
            if let Some(record) = ctx.tx.partner(id).await?
                && record.revision != revision
            {
                return changed_since(ctx, &record);
            }
            // The reason dialogue keeps the revision the coordinator saw.
            ctx.set_dialogue(DIALOGUE, id, revision.to_string()).await?;
            let text = ctx.t_args("review-ask-reason", &args([("number", id.to_string())]));
            ctx.reply(text);
            Ok(())
        }
    }
}

/// The reason typed after "refuse" was pressed.
pub async fn on_reason(
    ctx: &mut Ctx<'_>,
    id: i64,
    data: &str,
    text: &str,
) -> Result<(), StoreError> {
    let reason = text.trim();
    if reason.is_empty() || reason.chars().count() > MAX_REASON {
        let text = ctx.t_args("review-reason-length", &args([("max", MAX_REASON)]));
        ctx.reply(text);
        return Ok(());
    }
    ctx.clear_dialogue().await?;
    let revision = data.parse::<i64>().ok();
    decide(ctx, id, revision, PartnerStatus::Refused, Some(reason)).await
}

/// The profile was edited after the notification was sent: show the current version with
/// fresh buttons rather than deciding on what the coordinator has not seen.
fn changed_since(ctx: &mut Ctx<'_>, record: &PartnerRecord) -> Result<(), StoreError> {
    let summary = describe(ctx, &record.profile);
    let text = ctx.t_args(
        "review-changed",
        &args([("number", record.id.to_string()), ("summary", summary)]),
    );
    let (id, revision) = (record.id, record.revision);
    let choices = vec![
        ctx.choice("review-approve", ReviewAction::Approve(id, revision)),
        ctx.choice("review-refuse", ReviewAction::Refuse(id, revision)),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// Decides profile `id`; `seen` is the revision the coordinator was shown, when known
/// (buttons), otherwise the current one (`/valider N` after `/a_valider`).
async fn decide(
    ctx: &mut Ctx<'_>,
    id: i64,
    seen: Option<i64>,
    status: PartnerStatus,
    reason: Option<&str>,
) -> Result<(), StoreError> {
    let Some(record) = ctx.tx.partner(id).await? else {
        let text = ctx.t_args("review-unknown", &args([("number", id.to_string())]));
        ctx.reply(text);
        return Ok(());
    };
    if seen.is_some_and(|seen| seen != record.revision) && record.status == PartnerStatus::Pending {
        return changed_since(ctx, &record);
    }
    if !ctx
        .tx
        .decide_partner(id, record.revision, status, reason)
        .await?
    {
        let text = ctx.t_args("review-not-pending", &args([("number", id.to_string())]));
        ctx.reply(text);
        return Ok(());
    }
    let action = if status == PartnerStatus::Approved {
        "profile.approve"
    } else {
        "profile.refuse"
    };
    ctx.audit(action, format!("profile:{id}"), reason).await?;
    let (done_id, told_id) = match status {
        PartnerStatus::Approved if record.paused => ("review-approved", "partner-approved-hidden"),
        PartnerStatus::Approved => ("review-approved", "partner-approved"),
        _ => ("review-refused", "partner-refused"),
    };
    let text = ctx.t_args(
        done_id,
        &args([
            ("number", id.to_string()),
            ("pseudonym", record.profile.pseudonym.clone()),
        ]),
    );
    ctx.reply(text);
    tell_partner(ctx, &record, told_id, reason.unwrap_or_default());
    Ok(())
}

/// Tells the partner the outcome, in the coordinator's language (the partner's own is not
/// known here; the texts exist in both).
fn tell_partner(ctx: &mut Ctx<'_>, record: &PartnerRecord, id: &str, reason: &str) {
    let text = ctx.t_args(id, &args([("reason", reason.to_owned())]));
    ctx.send(Outgoing {
        choices: vec![ctx.choice("menu-profile", Command::Profile.data())],
        ..Outgoing::private(record.platform, record.user.clone(), text)
    });
}

/// `/profil`: one's profile, its review status, and what can be done.
pub async fn show_profile(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let Some(record) = ctx.tx.partner_of(ctx.msg.platform, &ctx.msg.sender).await? else {
        let text = ctx.t("profile-none");
        let choices = vec![ctx.choice("menu-become-partner", Command::BecomePartner.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    };
    let status = match (record.status, record.paused) {
        (PartnerStatus::Pending, _) => ctx.t("profile-status-pending"),
        (PartnerStatus::Refused, _) => ctx.t_args(
            "profile-status-refused",
            &args([("reason", record.refusal_reason.clone().unwrap_or_default())]),
        ),
        (PartnerStatus::Approved, true) => ctx.t("profile-status-paused"),
        (PartnerStatus::Approved, false) => ctx.t("profile-status-visible"),
    };
    let summary = describe(ctx, &record.profile);
    let text = format!("{}\n{summary}\n\n{status}", ctx.t("profile-heading"));
    let pause_id = if record.paused {
        "profile-resume"
    } else {
        "profile-pause"
    };
    let choices = vec![
        ctx.choice("profile-edit", Command::BecomePartner.data()),
        ctx.choice(pause_id, Command::Pause.data()),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// `/pause`: hides the profile, or shows it again.
pub async fn toggle_pause(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let Some(record) = own_visible_profile(ctx).await? else {
        return Ok(());
    };
    // Hiding takes the profile out of every search, showing it puts it back in front of
    // everyone: either way, asked first.
    let (question, yes, action) = if record.paused {
        (
            "profile-show-question",
            "profile-show-yes",
            ProfileAction::Show(record.id),
        )
    } else {
        (
            "profile-hide-question",
            "profile-hide-yes",
            ProfileAction::Hide(record.id),
        )
    };
    let text = ctx.t_args(
        question,
        &args([("pseudonym", record.profile.pseudonym.clone())]),
    );
    let choices = vec![
        ctx.choice(yes, action),
        ctx.choice("profile-keep", Command::Profile.data()),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// A `profile:hide:N` or `profile:show:N` choice: the confirmed answer to `/pause`, for
/// the sender's own profile `N` only.
pub async fn on_profile_choice(ctx: &mut Ctx<'_>, action: ProfileAction) -> Result<(), StoreError> {
    if !crate::features::kit::has_consent(ctx) {
        return Ok(());
    }
    let (paused, id) = match action {
        ProfileAction::Hide(id) => (true, id),
        ProfileAction::Show(id) => (false, id),
    };
    let Some(record) = own_visible_profile(ctx).await? else {
        return Ok(());
    };
    if record.id != id {
        return crate::features::kit::stale_choice(ctx);
    }
    if record.paused != paused {
        ctx.tx
            .set_partner_paused(ctx.msg.platform, &ctx.msg.sender, paused)
            .await?;
    }
    let text = ctx.t(if paused {
        "profile-paused"
    } else {
        "profile-resumed"
    });
    ctx.reply(text);
    Ok(())
}

/// The sender's approved profile; `None` with the reply given when there is none to hide
/// or show.
async fn own_visible_profile(ctx: &mut Ctx<'_>) -> Result<Option<PartnerRecord>, StoreError> {
    let Some(record) = ctx.tx.partner_of(ctx.msg.platform, &ctx.msg.sender).await? else {
        let text = ctx.t("profile-none");
        let choices = vec![ctx.choice("menu-become-partner", Command::BecomePartner.data())];
        ctx.reply_with(text, choices);
        return Ok(None);
    };
    if record.status != PartnerStatus::Approved {
        // Nothing to hide or show yet: say so rather than pretend.
        let text = ctx.t("profile-pause-not-visible");
        ctx.reply(text);
        return Ok(None);
    }
    Ok(Some(record))
}
