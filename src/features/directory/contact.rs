//! Contact requests: from a search result to a conversation the bot relays.
//!
//! A person (with consent) asks a partner for contact with a short introduction. The partner
//! sees only the introduction and a request number, never who sent it, and accepts, declines
//! or blocks. Once accepted, each side's messages are forwarded by the bot under a pseudonym
//! ("the person of request 12" / the partner's pseudonym) until either sends `/fin`; handles
//! are exchanged only when both agree. Unanswered requests expire after a week.

use super::onboarding::has_contact_details;
use crate::core::{ChatId, Choice, Outgoing, Platform, UserId};
use crate::features::commands::Command;
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

/// How long a request waits for an answer, in seconds (7 days).
pub const EXPIRY_SECS: i64 = 7 * 24 * 3600;

/// Longest introduction, in characters.
pub const MAX_INTRO: usize = 500;

/// Longest relayed message, in characters.
pub const MAX_RELAYED: usize = 2000;

/// How many requests `/demandes` lists.
pub(super) const LIST_LIMIT: i64 = 10;

/// Most action buttons under `/demandes`.
pub(super) const LIST_CHOICES: usize = 8;

crate::actions! {
    /// A button about a contact request (numbered), or asking to contact a partner.
    pub enum ContactAction = "contact" {
        /// Asks to contact partner `N`.
        Ask(partner: i64) = "ask",
        Accept(contact: i64) = "accept",
        Decline(contact: i64) = "decline",
        /// Asks to confirm blocking the requester.
        Block(contact: i64) = "block",
        BlockOk(contact: i64) = "blockok",
        Withdraw(contact: i64) = "withdraw",
        /// Writes in the relayed conversation.
        Open(contact: i64) = "open",
        /// Shares one's handle.
        Share(contact: i64) = "share",
        /// Asks to confirm ending the conversation.
        End(contact: i64) = "end",
        EndOk(contact: i64) = "endok",
    }
}

impl ContactAction {
    /// The number the action carries (a partner for [`ContactAction::Ask`], else a request).
    fn contact(&self) -> i64 {
        match self {
            Self::Ask(n)
            | Self::Accept(n)
            | Self::Decline(n)
            | Self::Block(n)
            | Self::BlockOk(n)
            | Self::Withdraw(n)
            | Self::Open(n)
            | Self::Share(n)
            | Self::End(n)
            | Self::EndOk(n) => *n,
        }
    }
}

/// The "contact this person" choice under a search result.
pub fn ask_choice(ctx: &Ctx<'_>, record: &PartnerRecord) -> Choice {
    Choice::list_item(
        ctx.t_args(
            "contact-button",
            &args([("pseudonym", record.profile.pseudonym.clone())]),
        ),
        ContactAction::Ask(record.id),
    )
}

/// A `contact:<action>:<number>` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: ContactAction) -> Result<(), StoreError> {
    if !crate::features::kit::has_consent(ctx) {
        return Ok(());
    }
    let id = action.contact();
    if let ContactAction::Ask(partner) = action {
        return ask(ctx, partner).await;
    }
    let Some(contact) = ctx.tx.contact(id).await? else {
        return gone(ctx, id);
    };
    let Some(side) = contact.side_of(ctx.msg.platform, &ctx.msg.sender) else {
        return gone(ctx, id);
    };
    match (action, side) {
        (ContactAction::Accept(_), Side::Partner) => accept(ctx, &contact).await,
        (ContactAction::Decline(_), Side::Partner) => decline(ctx, &contact, false).await,
        // A block is for good (nothing lifts it but the partner's own erasure): asked first.
        (ContactAction::Block(_), Side::Partner) => {
            let text = ctx.t_args("contact-block-question", &args([("number", contact.id)]));
            let choices = vec![
                ctx.choice("contact-block-yes", ContactAction::BlockOk(contact.id)),
                ctx.choice("contact-block-keep", Command::Requests.data()),
            ];
            ctx.reply_with(text, choices);
            Ok(())
        }
        (ContactAction::BlockOk(_), Side::Partner) => decline(ctx, &contact, true).await,
        (ContactAction::Withdraw(_), Side::Requester) => withdraw(ctx, &contact).await,
        (ContactAction::Open(_), _) => super::relay::open(ctx, &contact, side).await,
        (ContactAction::Share(_), _) => super::relay::share(ctx, &contact, side).await,
        (ContactAction::End(_), _) => super::relay::ask_end(ctx, &contact, side).await,
        (ContactAction::EndOk(_), _) => super::relay::end(ctx, &contact, side).await,
        // An action of the other side (a requester's "accept"): not theirs to take.
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
    let limit = ctx.services.settings().limits.contacts_waiting;
    if ctx.tx.pending_sent(me.0, me.1, now).await? >= limit {
        return Ok(Some("contact-too-many"));
    }
    Ok(None)
}

fn refuse(ctx: &mut Ctx<'_>, id: &str) {
    let max = ctx.services.settings().limits.contacts_waiting;
    let text = ctx.t_args(id, &args([("max", max)]));
    let choices = vec![ctx.choice("menu-requests", Command::Requests.data())];
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
    let choices = vec![ctx.choice("contact-cancel", Command::Cancel.data())];
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
    let choices = vec![ctx.choice("menu-requests", Command::Requests.data())];
    ctx.reply_with(reply, choices);
    ctx.notify(
        partner.platform,
        &partner.user,
        "contact-new",
        args([("number", id.to_string()), ("message", text.to_owned())]),
        &[
            ("contact-accept", ContactAction::Accept(id).data()),
            ("contact-decline", ContactAction::Decline(id).data()),
            ("contact-block", ContactAction::Block(id).data()),
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
    let choices = vec![ctx.choice("contact-share", ContactAction::Share(id))];
    ctx.reply_with(text, choices);
    let pseudonym = pseudonym(&mut ctx.tx, contact, ctx.services.i18n(), ctx.lang).await?;
    enter_relay_if_free(&mut ctx.tx, contact, Side::Requester).await?;
    ctx.notify(
        contact.platform,
        &contact.user,
        "contact-accepted",
        args([("pseudonym", pseudonym), ("number", id.to_string())]),
        &[
            ("contact-write", ContactAction::Open(id).data()),
            ("contact-share", ContactAction::Share(id).data()),
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
            vec![("menu-find", Command::Find.data().to_owned())],
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

/// `/demandes`: one's requests, sent and received, with what can be done.
pub async fn list_command(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let contacts = ctx
        .tx
        .contacts_of(ctx.msg.platform, &ctx.msg.sender, LIST_LIMIT)
        .await?;
    if contacts.is_empty() {
        let text = ctx.t("contact-list-empty");
        let choices = vec![ctx.choice("menu-find", Command::Find.data())];
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
        let actions: Vec<(&str, ContactAction)> = match (status, side) {
            (ContactStatus::Pending, Side::Partner) => vec![
                ("contact-accept-n", ContactAction::Accept(id)),
                ("contact-decline-n", ContactAction::Decline(id)),
            ],
            (ContactStatus::Pending, Side::Requester) => {
                vec![("contact-withdraw-n", ContactAction::Withdraw(id))]
            }
            (ContactStatus::Accepted, _) if contact.handle(side).is_none() => vec![
                ("contact-write-n", ContactAction::Open(id)),
                ("contact-share-n", ContactAction::Share(id)),
            ],
            (ContactStatus::Accepted, _) => vec![("contact-write-n", ContactAction::Open(id))],
            _ => Vec::new(),
        };
        for (label, action) in actions {
            choices.push(Choice::new(ctx.t_args(label, &number), action));
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
                    &[("menu-find", Command::Find.data().to_owned())],
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
pub(super) async fn transition(
    ctx: &mut Ctx<'_>,
    contact: &ContactRecord,
    from: &[ContactStatus],
    to: ContactStatus,
) -> Result<bool, StoreError> {
    let at = ctx.now();
    ctx.tx.move_contact(contact.id, from, to, at).await
}

/// The partner's pseudonym, or their profile number if the profile is gone.
pub(super) async fn pseudonym(
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
pub(super) async fn name_for(
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
pub(super) async fn enter_relay_if_free(
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
pub(super) async fn leave_relay(
    tx: &mut Tx,
    contact: &ContactRecord,
    side: Side,
) -> Result<(), StoreError> {
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
    let choices = vec![ctx.choice("menu-requests", Command::Requests.data())];
    ctx.reply_with(text, choices);
    Ok(())
}

/// A conversation button after the conversation ended.
pub(super) fn not_open(ctx: &mut Ctx<'_>, contact: &ContactRecord) -> Result<(), StoreError> {
    let text = ctx.t_args("contact-relay-closed", &args([("number", contact.id)]));
    let choices = vec![ctx.choice("menu-requests", Command::Requests.data())];
    ctx.reply_with(text, choices);
    Ok(())
}

/// A request that no longer exists (erased) or is not this person's.
fn gone(ctx: &mut Ctx<'_>, id: i64) -> Result<(), StoreError> {
    let text = ctx.t_args("contact-gone", &args([("number", id)]));
    ctx.reply(text);
    Ok(())
}

/// Expires unanswered contact requests (a [`Job`](crate::features::feature::Job)).
pub fn expire_job<'a>(
    services: &'a crate::features::kit::Services,
    tx: &'a mut Tx,
    at: i64,
) -> futures_util::future::BoxFuture<'a, Result<Vec<crate::core::Outgoing>, StoreError>> {
    Box::pin(expire(services, tx, at))
}
