//! Relayed conversations: once a contact request is accepted, each side writes through the
//! bot under a pseudonym until either ends it; handles are exchanged only when both agree.

use super::contact::{
    ContactAction, LIST_CHOICES, LIST_LIMIT, MAX_RELAYED, RELAY_DIALOGUE, enter_relay_if_free,
    leave_relay, name_for, not_open, pseudonym, transition,
};
use crate::core::Choice;
use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{ContactRecord, ContactStatus, Side, StoreError};

/// "Write": the person's next messages go to this conversation.
pub(super) async fn open(
    ctx: &mut Ctx<'_>,
    contact: &ContactRecord,
    side: Side,
) -> Result<(), StoreError> {
    if contact.status != ContactStatus::Accepted {
        return not_open(ctx, contact);
    }
    ctx.set_dialogue(RELAY_DIALOGUE, contact.id, String::new())
        .await?;
    let other = name_for(ctx, contact, side.other()).await?;
    let text = ctx.t_args("contact-relay-open", &args([("name", other)]));
    ctx.reply(text);
    Ok(())
}

/// "Share my handle": given to the other side once both agreed.
pub(super) async fn share(
    ctx: &mut Ctx<'_>,
    contact: &ContactRecord,
    side: Side,
) -> Result<(), StoreError> {
    let Some(handle) = ctx.msg.shareable_address() else {
        // Nothing the other person could use: better to say so than share a dead end.
        let text = ctx.t("contact-share-no-username");
        ctx.reply(text);
        return Ok(());
    };
    if !ctx
        .tx
        .share_contact_handle(contact.id, side, &handle)
        .await?
    {
        return not_open(ctx, contact);
    }
    let id = contact.id;
    let other_side = side.other();
    let (platform, user) = contact.person(other_side);
    let (platform, user) = (platform, user.clone());
    match contact.handle(other_side) {
        Some(theirs) => {
            let theirs = theirs.to_owned();
            let text = ctx.t_args(
                "contact-handles",
                &args([
                    ("number", id.to_string()),
                    ("handle", theirs),
                    ("platform", platform.as_str().to_owned()),
                ]),
            );
            ctx.reply(text);
            ctx.notify(
                platform,
                &user,
                "contact-handles",
                args([
                    ("number", id.to_string()),
                    ("handle", handle),
                    ("platform", ctx.msg.platform.as_str().to_owned()),
                ]),
                &[],
            )
            .await
        }
        None => {
            let text = ctx.t_args("contact-share-waiting", &args([("number", id)]));
            ctx.reply(text);
            let name = name_for(ctx, contact, side).await?;
            ctx.notify(
                platform,
                &user,
                "contact-share-proposed",
                args([("number", id.to_string()), ("name", name)]),
                &[("contact-share", ContactAction::Share(id).data())],
            )
            .await
        }
    }
}

/// Asks before ending a relayed conversation, naming the other person: neither can write
/// to the other through the bot afterwards.
pub(super) async fn ask_end(
    ctx: &mut Ctx<'_>,
    contact: &ContactRecord,
    side: Side,
) -> Result<(), StoreError> {
    if contact.status != ContactStatus::Accepted {
        return not_open(ctx, contact);
    }
    let name = name_for(ctx, contact, side.other()).await?;
    let text = ctx.t_args(
        "contact-end-question",
        &args([("name", name), ("number", contact.id.to_string())]),
    );
    let choices = vec![
        ctx.choice("contact-end-yes", ContactAction::EndOk(contact.id)),
        ctx.choice("contact-end-keep", ContactAction::Open(contact.id)),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// Ends an accepted conversation, for both.
pub(super) async fn end(
    ctx: &mut Ctx<'_>,
    contact: &ContactRecord,
    side: Side,
) -> Result<(), StoreError> {
    if !transition(
        ctx,
        contact,
        &[ContactStatus::Accepted],
        ContactStatus::Ended,
    )
    .await?
    {
        return not_open(ctx, contact);
    }
    leave_relay(&mut ctx.tx, contact, side).await?;
    leave_relay(&mut ctx.tx, contact, side.other()).await?;
    let text = ctx.t_args("contact-ended", &args([("number", contact.id)]));
    ctx.reply(text);
    let (platform, user) = contact.person(side.other());
    let user = user.clone();
    let pseudonym = pseudonym(&mut ctx.tx, contact, ctx.services.i18n(), ctx.lang).await?;
    ctx.notify(
        platform,
        &user,
        "contact-ended-other",
        args([("number", contact.id.to_string()), ("pseudonym", pseudonym)]),
        &[],
    )
    .await
}

/// `/fin`: ends the conversation being written to, or asks which one.
pub async fn end_command(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    if let Some(state) = ctx.dialogue().await?
        && state.kind == RELAY_DIALOGUE
        && let Some(contact) = ctx.tx.contact(state.step).await?
        && let Some(side) = contact.side_of(ctx.msg.platform, &ctx.msg.sender)
        && contact.status == ContactStatus::Accepted
    {
        return ask_end(ctx, &contact, side).await;
    }
    let open: Vec<ContactRecord> = ctx
        .tx
        .contacts_of(ctx.msg.platform, &ctx.msg.sender, LIST_LIMIT)
        .await?
        .into_iter()
        .filter(|c| c.status == ContactStatus::Accepted)
        .collect();
    match open.as_slice() {
        [] => {
            let text = ctx.t("contact-no-conversation");
            ctx.reply(text);
            Ok(())
        }
        [only] => {
            let side = only
                .side_of(ctx.msg.platform, &ctx.msg.sender)
                .unwrap_or(Side::Requester);
            ask_end(ctx, only, side).await
        }
        several => {
            let mut choices = Vec::new();
            for contact in several.iter().take(LIST_CHOICES) {
                let side = contact
                    .side_of(ctx.msg.platform, &ctx.msg.sender)
                    .unwrap_or(Side::Requester);
                let name = name_for(ctx, contact, side.other()).await?;
                choices.push(Choice::new(
                    ctx.t_args("contact-end-with", &args([("name", name)])),
                    ContactAction::End(contact.id),
                ));
            }
            let text = ctx.t("contact-which-end");
            ctx.reply_with(text, choices);
            Ok(())
        }
    }
}

/// Text written while a relay dialogue is open: forwarded to the other side.
pub async fn on_relay_text(
    ctx: &mut Ctx<'_>,
    contact_id: i64,
    text: &str,
) -> Result<(), StoreError> {
    let contact = ctx.tx.contact(contact_id).await?;
    let found = contact.as_ref().and_then(|c| {
        c.side_of(ctx.msg.platform, &ctx.msg.sender)
            .filter(|_| c.status == ContactStatus::Accepted)
            .map(|side| (c, side))
    });
    let Some((contact, side)) = found else {
        ctx.clear_dialogue().await?;
        let text = ctx.t_args("contact-relay-closed", &args([("number", contact_id)]));
        let choices = vec![ctx.choice("menu-requests", Command::Requests.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    };
    let text = text.trim();
    if text.chars().count() > MAX_RELAYED {
        let reply = ctx.t_args("contact-relay-too-long", &args([("max", MAX_RELAYED)]));
        ctx.reply(reply);
        return Ok(());
    }
    let limit = ctx.services.settings().limits.relays_per_minute;
    let (at, platform, sender) = (ctx.now(), ctx.msg.platform, ctx.msg.sender.clone());
    if ctx.tx.count_relayed(platform, &sender, at).await? > limit {
        // Each message notifies the other person: a burst would flood them.
        let reply = ctx.t_args("contact-relay-too-fast", &args([("max", limit)]));
        ctx.reply(reply);
        return Ok(());
    }
    let me = name_for(ctx, contact, side).await?;
    let other = name_for(ctx, contact, side.other()).await?;
    let (platform, user) = contact.person(side.other());
    let user = user.clone();
    enter_relay_if_free(&mut ctx.tx, contact, side.other()).await?;
    let id = contact.id;
    ctx.notify(
        platform,
        &user,
        "contact-relayed",
        args([("name", me), ("text", text.to_owned())]),
        &[("contact-reply", ContactAction::Open(id).data())],
    )
    .await?;
    let reply = ctx.t_args("contact-relay-sent", &args([("name", other)]));
    ctx.reply(reply);
    Ok(())
}

/// How long after a conversation ended a message with nowhere else to go is taken for one
/// meant for the other person.
const LATELY_ENDED: i64 = 24 * 3600;

/// Plain text with no dialogue under way, from someone whose latest conversation ended
/// less than a day ago: says it was not passed on, and why, rather than "not understood".
/// Returns whether it answered.
pub async fn not_passed_on(ctx: &mut Ctx<'_>) -> Result<bool, StoreError> {
    if ctx.user.is_none() {
        // Nobody who never consented has a conversation.
        return Ok(false);
    }
    let (platform, sender) = (ctx.msg.platform, ctx.msg.sender.clone());
    let latest = ctx.tx.contacts_of(platform, &sender, 1).await?;
    let Some(contact) = latest.into_iter().next() else {
        return Ok(false);
    };
    let Some(ended_at) = contact
        .ended_at
        .filter(|at| ctx.now() - at < LATELY_ENDED && contact.status != ContactStatus::Accepted)
    else {
        return Ok(false);
    };
    let Some(side) = contact.side_of(platform, &sender) else {
        return Ok(false);
    };
    let other = name_for(ctx, &contact, side.other()).await?;
    let mut values = args([
        ("name", other),
        ("when", crate::i18n::format_instant(ctx.lang, ended_at)),
    ]);
    values.set("number", contact.id);
    let text = ctx.t_args("contact-relay-not-passed-on", &values);
    let choices = vec![ctx.choice("menu-find", Command::Find.data())];
    ctx.reply_with(text, choices);
    Ok(true)
}
