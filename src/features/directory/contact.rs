//! Contact requests: from a search result to a conversation the bot relays.
//!
//! A person (with consent) asks a partner for contact with a short introduction. The partner
//! sees only the introduction and a request number, never who sent it, and accepts, declines
//! or blocks. Once accepted, each side's messages are forwarded by the bot under a pseudonym
//! ("the person of request 12" / the partner's pseudonym) until either sends `/fin`; handles
//! are exchanged only when both agree. Unanswered requests expire after a week.

use super::onboarding::has_contact_details;
use crate::core::{ChatId, Choice, Outgoing, Platform, UserId};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{
    ContactRecord, ContactStatus, DialogueState, NewContact, PartnerRecord, PartnerStatus, Side,
    StoreError, Tx,
};

/// Dialogue kind while the requester types their introduction (step: the partner's profile
/// number).
pub const MESSAGE_DIALOGUE: &str = "contact_message";

/// Dialogue kind while a person's text is forwarded to the other side (step: the request).
pub const RELAY_DIALOGUE: &str = "relay";

/// Requests a person may have waiting for an answer at once.
pub const MAX_PENDING: i64 = 3;

/// How long a request waits for an answer, in seconds (7 days).
pub const EXPIRY_SECS: i64 = 7 * 24 * 3600;

/// Longest introduction, in characters.
pub const MAX_INTRO: usize = 500;

/// Longest relayed message, in characters.
pub const MAX_RELAYED: usize = 2000;

/// How many requests `/demandes` lists.
const LIST_LIMIT: i64 = 10;

/// Most action buttons under `/demandes`.
const LIST_CHOICES: usize = 8;

/// The "contact this person" choice under a search result.
pub fn ask_choice(ctx: &Ctx<'_>, record: &PartnerRecord) -> Choice {
    Choice::new(
        ctx.t_args(
            "contact-button",
            &args([("pseudonym", record.profile.pseudonym.clone())]),
        ),
        format!("contact:ask:{}", record.id),
    )
}

/// A `contact:<action>:<number>` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, payload: &str) -> Result<(), StoreError> {
    let Some((action, id)) = crate::features::kit::personal_action(ctx, payload) else {
        return Ok(());
    };
    if action == "ask" {
        return ask(ctx, id).await;
    }
    let Some(contact) = ctx.tx.contact(id).await? else {
        return gone(ctx, id);
    };
    let Some(side) = contact.side_of(ctx.msg.platform, &ctx.msg.sender) else {
        return gone(ctx, id);
    };
    match (action, side) {
        ("accept", Side::Partner) => accept(ctx, &contact).await,
        ("decline", Side::Partner) => decline(ctx, &contact, false).await,
        // A block is for good (nothing lifts it but the partner's own erasure): asked first.
        ("block", Side::Partner) => {
            let text = ctx.t_args("contact-block-question", &args([("number", contact.id)]));
            let choices = vec![
                ctx.choice(
                    "contact-block-yes",
                    format!("contact:blockok:{}", contact.id),
                ),
                ctx.choice("contact-block-keep", "cmd:demandes"),
            ];
            ctx.reply_with(text, choices);
            Ok(())
        }
        ("blockok", Side::Partner) => decline(ctx, &contact, true).await,
        ("withdraw", Side::Requester) => withdraw(ctx, &contact).await,
        ("open", _) => open(ctx, &contact, side).await,
        ("share", _) => share(ctx, &contact, side).await,
        ("end", _) => ask_end(ctx, &contact, side).await,
        ("endok", _) => end(ctx, &contact, side).await,
        _ => crate::features::kit::stale_choice(ctx),
    }
}

/// Why a person cannot ask this partner now, as a message id.
async fn refusal(
    ctx: &mut Ctx<'_>,
    partner: &Option<PartnerRecord>,
) -> Result<Option<&'static str>, StoreError> {
    let Some(partner) = partner else {
        return Ok(Some("contact-unavailable"));
    };
    let sender = ctx.msg.sender.clone();
    let me = (ctx.msg.platform, &sender);
    if (partner.platform, &partner.user) == me {
        return Ok(Some("contact-self"));
    }
    // A block looks like any other unavailability: the blocked person is not told.
    if partner.status != PartnerStatus::Approved
        || partner.paused
        || ctx
            .tx
            .is_blocked((partner.platform, &partner.user), (me.0, me.1))
            .await?
    {
        return Ok(Some("contact-unavailable"));
    }
    if ctx
        .tx
        .open_contact_between((me.0, me.1), (partner.platform, &partner.user))
        .await?
        .is_some()
    {
        return Ok(Some("contact-already-open"));
    }
    let now = ctx.now();
    if ctx.tx.pending_sent(me.0, me.1, now).await? >= MAX_PENDING {
        return Ok(Some("contact-too-many"));
    }
    Ok(None)
}

fn refuse(ctx: &mut Ctx<'_>, id: &str) {
    let text = ctx.t_args(id, &args([("max", MAX_PENDING)]));
    let choices = vec![ctx.choice("menu-requests", "cmd:demandes")];
    ctx.reply_with(text, choices);
}

/// "Contact this person": asks for the introduction.
async fn ask(ctx: &mut Ctx<'_>, partner_id: i64) -> Result<(), StoreError> {
    let partner = ctx.tx.partner(partner_id).await?;
    if let Some(id) = refusal(ctx, &partner).await? {
        refuse(ctx, id);
        return Ok(());
    }
    let pseudonym = partner.map(|p| p.profile.pseudonym).unwrap_or_default();
    ctx.set_dialogue(MESSAGE_DIALOGUE, partner_id, String::new())
        .await?;
    let text = ctx.t_args(
        "contact-ask-message",
        &args([("pseudonym", pseudonym), ("max", MAX_INTRO.to_string())]),
    );
    let choices = vec![ctx.choice("contact-cancel", "cmd:annuler")];
    ctx.reply_with(text, choices);
    Ok(())
}

/// The introduction typed after "contact this person".
pub async fn on_message_text(
    ctx: &mut Ctx<'_>,
    partner_id: i64,
    text: &str,
) -> Result<(), StoreError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > MAX_INTRO {
        let reply = ctx.t_args("contact-message-length", &args([("max", MAX_INTRO)]));
        ctx.reply(reply);
        return Ok(());
    }
    if has_contact_details(text) {
        let reply = ctx.t("contact-no-details");
        ctx.reply(reply);
        return Ok(());
    }
    let partner = ctx.tx.partner(partner_id).await?;
    // Checked again: the partner may have paused, or the person sent other requests meanwhile.
    if let Some(id) = refusal(ctx, &partner).await? {
        ctx.clear_dialogue().await?;
        refuse(ctx, id);
        return Ok(());
    }
    let Some(partner) = partner else {
        return Ok(());
    };
    let at = ctx.now();
    let created = ctx
        .tx
        .create_contact(&NewContact {
            platform: ctx.msg.platform,
            user: &ctx.msg.sender,
            partner_platform: partner.platform,
            partner_user: &partner.user,
            partner_id,
            message: text,
            at,
            expires_at: at + EXPIRY_SECS,
        })
        .await?;
    ctx.clear_dialogue().await?;
    let Some(id) = created else {
        refuse(ctx, "contact-already-open");
        return Ok(());
    };
    tracing::info!(contact = id, "contact request sent");
    let reply = ctx.t_args(
        "contact-sent",
        &args([
            ("pseudonym", partner.profile.pseudonym.clone()),
            ("number", id.to_string()),
        ]),
    );
    let choices = vec![ctx.choice("menu-requests", "cmd:demandes")];
    ctx.reply_with(reply, choices);
    ctx.notify(
        partner.platform,
        &partner.user,
        "contact-new",
        args([("number", id.to_string()), ("message", text.to_owned())]),
        &[
            ("contact-accept", format!("contact:accept:{id}")),
            ("contact-decline", format!("contact:decline:{id}")),
            ("contact-block", format!("contact:block:{id}")),
        ],
    )
    .await
}

/// The partner accepts: the relay opens for both.
async fn accept(ctx: &mut Ctx<'_>, contact: &ContactRecord) -> Result<(), StoreError> {
    if !transition(
        ctx,
        contact,
        &[ContactStatus::Pending],
        ContactStatus::Accepted,
    )
    .await?
    {
        return not_pending(ctx, contact);
    }
    let id = contact.id;
    enter_relay_if_free(&mut ctx.tx, contact, Side::Partner).await?;
    let text = ctx.t_args("contact-accepted-partner", &args([("number", id)]));
    let choices = vec![ctx.choice("contact-share", format!("contact:share:{id}"))];
    ctx.reply_with(text, choices);
    let pseudonym = pseudonym(&mut ctx.tx, contact, ctx.services.i18n(), ctx.lang).await?;
    enter_relay_if_free(&mut ctx.tx, contact, Side::Requester).await?;
    ctx.notify(
        contact.platform,
        &contact.user,
        "contact-accepted",
        args([("pseudonym", pseudonym), ("number", id.to_string())]),
        &[
            ("contact-write", format!("contact:open:{id}")),
            ("contact-share", format!("contact:share:{id}")),
        ],
    )
    .await
}

/// The partner declines, or blocks (the requester hears the same either way).
async fn decline(
    ctx: &mut Ctx<'_>,
    contact: &ContactRecord,
    block: bool,
) -> Result<(), StoreError> {
    let at = ctx.now();
    let from: &[ContactStatus] = if block {
        &[ContactStatus::Pending, ContactStatus::Accepted]
    } else {
        &[ContactStatus::Pending]
    };
    if block {
        ctx.tx
            .block_contact(
                (contact.partner_platform, &contact.partner_user),
                (contact.platform, &contact.user),
                at,
            )
            .await?;
    }
    let was = contact.status;
    if !ctx
        .tx
        .move_contact(contact.id, from, ContactStatus::Declined, at)
        .await?
    {
        if block {
            // Blocked after the request was closed: nothing more to tell anyone.
            let text = ctx.t_args("contact-blocked-partner", &args([("number", contact.id)]));
            ctx.reply(text);
            return Ok(());
        }
        return not_pending(ctx, contact);
    }
    leave_relay(&mut ctx.tx, contact, Side::Partner).await?;
    leave_relay(&mut ctx.tx, contact, Side::Requester).await?;
    let id = if block {
        "contact-blocked-partner"
    } else {
        "contact-declined-partner"
    };
    let text = ctx.t_args(id, &args([("number", contact.id)]));
    ctx.reply(text);
    let pseudonym = pseudonym(&mut ctx.tx, contact, ctx.services.i18n(), ctx.lang).await?;
    let (told, choices) = if was == ContactStatus::Accepted {
        ("contact-ended-other", Vec::new())
    } else {
        (
            "contact-declined",
            vec![("menu-find", "cmd:chercher".to_owned())],
        )
    };
    ctx.notify(
        contact.platform,
        &contact.user,
        told,
        args([("pseudonym", pseudonym), ("number", contact.id.to_string())]),
        &choices,
    )
    .await
}

/// The requester takes a pending request back.
async fn withdraw(ctx: &mut Ctx<'_>, contact: &ContactRecord) -> Result<(), StoreError> {
    if !transition(
        ctx,
        contact,
        &[ContactStatus::Pending],
        ContactStatus::Withdrawn,
    )
    .await?
    {
        return not_pending(ctx, contact);
    }
    let text = ctx.t_args("contact-withdrawn", &args([("number", contact.id)]));
    ctx.reply(text);
    ctx.notify(
        contact.partner_platform,
        &contact.partner_user,
        "contact-withdrawn-partner",
        args([("number", contact.id)]),
        &[],
    )
    .await
}

/// "Write": the person's next messages go to this conversation.
async fn open(ctx: &mut Ctx<'_>, contact: &ContactRecord, side: Side) -> Result<(), StoreError> {
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
async fn share(ctx: &mut Ctx<'_>, contact: &ContactRecord, side: Side) -> Result<(), StoreError> {
    let handle = ctx.msg.reachable_as();
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
                &[("contact-share", format!("contact:share:{id}"))],
            )
            .await
        }
    }
}

/// Asks before ending a relayed conversation, naming the other person: neither can write
/// to the other through the bot afterwards.
async fn ask_end(ctx: &mut Ctx<'_>, contact: &ContactRecord, side: Side) -> Result<(), StoreError> {
    if contact.status != ContactStatus::Accepted {
        return not_open(ctx, contact);
    }
    let name = name_for(ctx, contact, side.other()).await?;
    let text = ctx.t_args(
        "contact-end-question",
        &args([("name", name), ("number", contact.id.to_string())]),
    );
    let choices = vec![
        ctx.choice("contact-end-yes", format!("contact:endok:{}", contact.id)),
        ctx.choice("contact-end-keep", format!("contact:open:{}", contact.id)),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// Ends an accepted conversation, for both.
async fn end(ctx: &mut Ctx<'_>, contact: &ContactRecord, side: Side) -> Result<(), StoreError> {
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
                    format!("contact:end:{}", contact.id),
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
        let choices = vec![ctx.choice("menu-requests", "cmd:demandes")];
        ctx.reply_with(text, choices);
        return Ok(());
    };
    let text = text.trim();
    if text.chars().count() > MAX_RELAYED {
        let reply = ctx.t_args("contact-relay-too-long", &args([("max", MAX_RELAYED)]));
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
        &[("contact-reply", format!("contact:open:{id}"))],
    )
    .await?;
    let reply = ctx.t_args("contact-relay-sent", &args([("name", other)]));
    ctx.reply(reply);
    Ok(())
}

/// `/demandes`: one's requests, sent and received, with what can be done.
pub async fn list_command(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let contacts = ctx
        .tx
        .contacts_of(ctx.msg.platform, &ctx.msg.sender, LIST_LIMIT)
        .await?;
    if contacts.is_empty() {
        let text = ctx.t("contact-list-empty");
        let choices = vec![ctx.choice("menu-find", "cmd:chercher")];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let mut text = ctx.t("contact-list-heading");
    let mut choices = Vec::new();
    let now = ctx.now();
    for contact in &contacts {
        let Some(side) = contact.side_of(ctx.msg.platform, &ctx.msg.sender) else {
            continue;
        };
        let expired = contact.status == ContactStatus::Pending && contact.expires_at <= now;
        let status = if expired {
            ContactStatus::Expired
        } else {
            contact.status
        };
        let name = name_for(ctx, contact, side.other()).await?;
        let line_id = match side {
            Side::Requester => "contact-list-sent",
            Side::Partner => "contact-list-received",
        };
        text.push_str("\n• ");
        text.push_str(&ctx.t_args(
            line_id,
            &args([
                ("number", contact.id.to_string()),
                ("name", name.clone()),
                (
                    "status",
                    ctx.t(&format!("contact-status-{}", status.as_str())),
                ),
                (
                    "date",
                    crate::i18n::format_instant(ctx.lang, contact.created_at),
                ),
            ]),
        ));
        let id = contact.id;
        let number = args([("number", id)]);
        let actions: &[(&str, &str)] = match (status, side) {
            (ContactStatus::Pending, Side::Partner) => &[
                ("contact-accept-n", "accept"),
                ("contact-decline-n", "decline"),
            ],
            (ContactStatus::Pending, Side::Requester) => &[("contact-withdraw-n", "withdraw")],
            (ContactStatus::Accepted, _) if contact.handle(side).is_none() => {
                &[("contact-write-n", "open"), ("contact-share-n", "share")]
            }
            (ContactStatus::Accepted, _) => &[("contact-write-n", "open")],
            _ => &[],
        };
        for (label, action) in actions {
            choices.push(Choice::new(
                ctx.t_args(label, &number),
                format!("contact:{action}:{id}"),
            ));
        }
    }
    choices.truncate(LIST_CHOICES);
    ctx.reply_with(text, choices);
    Ok(())
}

/// Before a person's data is erased: the other side of each request under way is told it
/// is closed (the rows go with the erasure).
pub async fn before_erase(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let contacts = ctx
        .tx
        .contacts_of(ctx.msg.platform, &ctx.msg.sender, i64::MAX)
        .await?;
    for contact in contacts.iter().filter(|c| c.status.is_open()) {
        let Some(side) = contact.side_of(ctx.msg.platform, &ctx.msg.sender) else {
            continue;
        };
        // A partner's pending request disappears without a word to them: they never knew
        // who asked. Everyone else waiting or talking is told.
        if side == Side::Requester && contact.status == ContactStatus::Pending {
            continue;
        }
        leave_relay(&mut ctx.tx, contact, side.other()).await?;
        let (platform, user) = contact.person(side.other());
        let user = user.clone();
        ctx.notify(
            platform,
            &user,
            "contact-closed",
            args([("number", contact.id)]),
            &[],
        )
        .await?;
    }
    Ok(())
}

/// Expires requests unanswered at `at` and returns the messages telling each requester.
pub async fn expire(
    engine: &crate::features::kit::Services,
    tx: &mut Tx,
    at: i64,
) -> Result<Vec<Outgoing>, StoreError> {
    let expired = tx.expire_contacts(at).await?;
    let mut messages = Vec::with_capacity(expired.len());
    for contact in &expired {
        let lang = engine.lang_of(tx, contact.platform, &contact.user).await?;
        let pseudonym = pseudonym(tx, contact, engine.i18n(), lang).await?;
        messages.push(
            engine
                .notice(
                    tx,
                    contact.platform,
                    &contact.user,
                    "contact-expired",
                    args([("pseudonym", pseudonym), ("number", contact.id.to_string())]),
                    &[("menu-find", "cmd:chercher".to_owned())],
                )
                .await?,
        );
    }
    if !expired.is_empty() {
        tracing::info!(count = expired.len(), "contact requests expired");
    }
    Ok(messages)
}

/// Moves the request from one of `from` to `to`, now; `false` when someone was quicker.
async fn transition(
    ctx: &mut Ctx<'_>,
    contact: &ContactRecord,
    from: &[ContactStatus],
    to: ContactStatus,
) -> Result<bool, StoreError> {
    let at = ctx.now();
    ctx.tx.move_contact(contact.id, from, to, at).await
}

/// The partner's pseudonym, or their profile number if the profile is gone.
async fn pseudonym(
    tx: &mut Tx,
    contact: &ContactRecord,
    i18n: &crate::i18n::I18n,
    lang: crate::i18n::Lang,
) -> Result<String, StoreError> {
    Ok(match tx.partner(contact.partner_id).await? {
        Some(p) => p.profile.pseudonym,
        None => i18n.text_args(
            lang,
            "contact-partner-name",
            &args([("number", contact.partner_id)]),
        ),
    })
}

/// How one side is named to the other: the partner by pseudonym, the requester only by
/// the request number.
async fn name_for(
    ctx: &mut Ctx<'_>,
    contact: &ContactRecord,
    side: Side,
) -> Result<String, StoreError> {
    match side {
        Side::Partner => pseudonym(&mut ctx.tx, contact, ctx.services.i18n(), ctx.lang).await,
        Side::Requester => {
            Ok(ctx.t_args("contact-requester-name", &args([("number", contact.id)])))
        }
    }
}

/// The private conversation key of one side.
fn private_key(contact: &ContactRecord, side: Side) -> (Platform, ChatId, UserId) {
    let (platform, user) = contact.person(side);
    (platform, ChatId(user.0.clone()), user.clone())
}

/// Opens the relay for one side unless they are in the middle of something else (then the
/// "reply" button opens it).
async fn enter_relay_if_free(
    tx: &mut Tx,
    contact: &ContactRecord,
    side: Side,
) -> Result<(), StoreError> {
    let (platform, chat, user) = private_key(contact, side);
    if tx.dialogue(platform, &chat, &user).await?.is_none() {
        let state = DialogueState {
            kind: RELAY_DIALOGUE.to_owned(),
            step: contact.id,
            data: String::new(),
        };
        tx.set_dialogue(platform, &chat, &user, &state).await?;
    }
    Ok(())
}

/// Closes one side's relay dialogue if it is on this request.
async fn leave_relay(tx: &mut Tx, contact: &ContactRecord, side: Side) -> Result<(), StoreError> {
    let (platform, chat, user) = private_key(contact, side);
    if let Some(state) = tx.dialogue(platform, &chat, &user).await?
        && state.kind == RELAY_DIALOGUE
        && state.step == contact.id
    {
        tx.clear_dialogue(platform, &chat, &user).await?;
    }
    Ok(())
}

/// A button of a request that was answered, withdrawn or expired meanwhile.
fn not_pending(ctx: &mut Ctx<'_>, contact: &ContactRecord) -> Result<(), StoreError> {
    let id = if contact.status == ContactStatus::Pending && contact.expires_at <= ctx.now() {
        "contact-already-expired"
    } else {
        "contact-not-pending"
    };
    let text = ctx.t_args(id, &args([("number", contact.id)]));
    let choices = vec![ctx.choice("menu-requests", "cmd:demandes")];
    ctx.reply_with(text, choices);
    Ok(())
}

/// A conversation button after the conversation ended.
fn not_open(ctx: &mut Ctx<'_>, contact: &ContactRecord) -> Result<(), StoreError> {
    let text = ctx.t_args("contact-relay-closed", &args([("number", contact.id)]));
    let choices = vec![ctx.choice("menu-requests", "cmd:demandes")];
    ctx.reply_with(text, choices);
    Ok(())
}

/// A request that no longer exists (erased) or is not this person's.
fn gone(ctx: &mut Ctx<'_>, id: i64) -> Result<(), StoreError> {
    let text = ctx.t_args("contact-gone", &args([("number", id)]));
    ctx.reply(text);
    Ok(())
}
