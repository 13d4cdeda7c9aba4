//! The bot-level block (`/bloquer`, `/debloquer`, coordinators): a blocked person gets a
//! polite refusal and no service. Emergency numbers are never refused (the crisis check runs
//! before this), and they keep `/mes_donnees`, `/oublier` and `/urgence`. The block itself
//! outlives `/oublier`: it holds only the platform id, when and why.

use crate::core::Body;
use crate::core::command::parse_command;
use crate::features::commands::{Command, find_command};
use crate::features::kit::Ctx;
use crate::features::roles::parse_person;
use crate::i18n::args;
use crate::store::StoreError;

/// What a blocked person may still do.
const STILL_ALLOWED: [Command; 4] = [
    Command::MyData,
    Command::Forget,
    Command::Emergency,
    Command::Language,
];

/// `true` when the sender is blocked and this message gets no service (the refusal given
/// in a private chat; nothing is said in a group).
pub async fn refused(ctx: &mut Ctx<'_>, body: &Body) -> Result<bool, StoreError> {
    if !ctx.barred {
        return Ok(false);
    }
    if ctx.in_group() {
        return Ok(true);
    }
    let allowed = match body {
        Body::Text(text) => parse_command(text)
            .and_then(|(name, _)| find_command(&name))
            .is_some_and(|spec| STILL_ALLOWED.contains(&spec.command)),
        // Confirming an erasure, or picking a language.
        Body::Choice(data) => {
            crate::features::privacy::ForgetAction::parse_data(data).is_some()
                || crate::features::language::LanguageAction::parse_data(data).is_some()
        }
        Body::Joined | Body::Edited(_) | Body::ChannelPost(_) => false,
    };
    if allowed {
        return Ok(false);
    }
    let text = ctx.t("block-refused");
    ctx.reply(text);
    Ok(true)
}

/// The `platform:id` a command starts with, and what follows; `None` with the reply given.
fn person_and_rest<'r>(
    ctx: &mut Ctx<'_>,
    rest: &'r str,
) -> Option<((crate::core::Platform, crate::core::UserId), &'r str)> {
    let (who, after) = rest
        .trim()
        .split_once(char::is_whitespace)
        .unwrap_or((rest.trim(), ""));
    let person = parse_person(who);
    if person.is_none() {
        let text = ctx.t("block-how");
        ctx.reply(text);
    }
    person.map(|p| (p, after))
}

/// `/bloquer <plateforme:identifiant> <motif>`.
pub async fn block_command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let Some((person, reason)) = person_and_rest(ctx, rest) else {
        return Ok(());
    };
    let Some(reason) = super::reason(ctx, reason) else {
        return Ok(());
    };
    let label = format!("{}:{}", person.0.as_str(), person.1.0);
    let coordinator = super::Member {
        platform: person.0,
        user: person.1.clone(),
        name: label.clone(),
    };
    if super::is_coordinator(ctx, &coordinator).await? {
        let text = ctx.t("moderation-not-coordinator");
        ctx.reply(text);
        return Ok(());
    }
    let now = ctx.now();
    if !ctx
        .tx
        .block_person((person.0, &person.1), &reason, now)
        .await?
    {
        let text = ctx.t_args("block-already", &args([("person", label)]));
        ctx.reply(text);
        return Ok(());
    }
    ctx.audit("block.add", label.clone(), Some(&reason)).await?;
    let text = ctx.t_args("block-done", &args([("person", label)]));
    ctx.reply(text);
    ctx.notify(
        person.0,
        &person.1,
        "block-you",
        crate::i18n::Args::new(),
        &[],
    )
    .await
}

/// `/debloquer <plateforme:identifiant> [motif]`.
pub async fn unblock_command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let Some((person, reason)) = person_and_rest(ctx, rest) else {
        return Ok(());
    };
    let Some(reason) = super::optional_reason(ctx, reason) else {
        return Ok(());
    };
    let label = format!("{}:{}", person.0.as_str(), person.1.0);
    if !ctx.tx.unblock_person((person.0, &person.1)).await? {
        let text = ctx.t_args("block-not-blocked", &args([("person", label)]));
        ctx.reply(text);
        return Ok(());
    }
    ctx.audit("block.lift", label.clone(), reason.as_deref())
        .await?;
    let text = ctx.t_args("block-lifted", &args([("person", label)]));
    ctx.reply(text);
    ctx.notify(
        person.0,
        &person.1,
        "block-you-lifted",
        crate::i18n::Args::new(),
        &[],
    )
    .await
}
