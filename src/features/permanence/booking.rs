//! Finding a permanence, booking a slot, the waiting list, one's bookings and cancelling.

use super::schedule::{self, Weekly};
use crate::core::{Attachment, Choice};
use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::i18n::{Lang, TIME_ZONE, args};
use crate::store::{
    BookingOutcome, BookingStatus, CancelOutcome, PermanenceRecord, SlotRecord, StoreError, Tx,
};
use chrono::{Datelike, TimeZone};
use std::collections::HashMap;

/// Slots shown at once.
const SLOT_LIST: usize = 8;

/// Reminders before a confirmed slot: the day before, and one hour before.
pub const REMINDERS: [(&str, i64); 2] = [("day", 24 * 3600), ("hour", 3600)];

/// Creates the slots of weekly permanences up to their booking horizon (idempotent).
pub async fn ensure_slots(
    tx: &mut Tx,
    permanence: &PermanenceRecord,
    now: i64,
) -> Result<(), StoreError> {
    let Some((weekday, start, end)) = permanence.details.weekly else {
        return Ok(());
    };
    let Some(today) = TIME_ZONE.timestamp_opt(now, 0).single() else {
        return Ok(());
    };
    let from = today.date_naive();
    let until = from + chrono::Duration::days(permanence.details.open_days.max(0));
    let weekly = Weekly {
        weekday,
        start_minute: start,
        end_minute: end,
        slot_minutes: u16::try_from(permanence.details.slot_minutes).unwrap_or(0),
    };
    let slots: Vec<(i64, i64)> = schedule::slots(weekly, from, until)
        .into_iter()
        .filter(|(s, _)| *s > now)
        .collect();
    tx.add_slots(permanence.id, &slots, permanence.details.capacity)
        .await?;
    Ok(())
}

/// When a slot is, in the reader's language and Paris time.
pub fn slot_when(ctx: &Ctx<'_>, slot: &SlotRecord) -> String {
    slot_when_in(ctx.services().i18n(), ctx.lang, slot)
}

/// See [`slot_when`], for any language.
pub fn slot_when_in(i18n: &crate::i18n::I18n, lang: Lang, slot: &SlotRecord) -> String {
    let (Some((weekday, date, start)), Some((_, _, end))) = (
        day_parts(i18n, lang, slot.starts_at),
        day_parts(i18n, lang, slot.ends_at),
    ) else {
        return slot.starts_at.to_string();
    };
    i18n.text_args(
        lang,
        "slot-when",
        &args([
            ("weekday", weekday),
            ("date", date),
            ("start", start),
            ("end", end),
        ]),
    )
}

/// The day of a slot alone ("mardi 01/12"), in the reader's language.
pub fn slot_day(ctx: &Ctx<'_>, slot: &SlotRecord) -> String {
    let i18n = ctx.services().i18n();
    match day_parts(i18n, ctx.lang, slot.starts_at) {
        Some((weekday, date, _)) => i18n.text_args(
            ctx.lang,
            "slot-day",
            &args([("weekday", weekday), ("date", date)]),
        ),
        None => slot.starts_at.to_string(),
    }
}

/// An instant in Paris as people read it in a language: weekday name, short date
/// ("01/12", "01 Dec") and time ("14:00").
pub fn day_parts(
    i18n: &crate::i18n::I18n,
    lang: Lang,
    at: i64,
) -> Option<(String, String, String)> {
    let t = TIME_ZONE.timestamp_opt(at, 0).single()?;
    let weekday = i18n.text(
        lang,
        &format!("weekday-{}", t.weekday().number_from_monday()),
    );
    let date = match lang {
        Lang::Fr => t.format("%d/%m").to_string(),
        Lang::En => t.format("%d %b").to_string(),
    };
    Some((weekday, date, t.format("%H:%M").to_string()))
}

crate::actions! {
    /// What a booking button does.
    pub enum BookingAction = "perm" {
        /// Shows the slots of a permanence.
        Slots(permanence: i64) = "slots",
        /// Asks to confirm a place in a slot.
        Book(slot: i64) = "book",
        /// Books the place.
        Confirm(slot: i64) = "confirm",
        /// Asks to confirm cancelling a booking.
        Cancel(booking: i64) = "cancel",
        /// Cancels the booking it names.
        CancelOk(booking: i64) = "cancelok",
        /// The next page of permanences.
        More(page: i64) = "more",
    }
}

/// A `perm:<action>:<number>` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: BookingAction) -> Result<(), StoreError> {
    if !crate::features::kit::has_consent(ctx) {
        return Ok(());
    }
    match action {
        BookingAction::Slots(id) => show_slots(ctx, id).await,
        BookingAction::Book(id) => confirm_question(ctx, id).await,
        BookingAction::Confirm(id) => book(ctx, id).await,
        BookingAction::Cancel(id) => cancel(ctx, id, false).await,
        BookingAction::CancelOk(id) => cancel(ctx, id, true).await,
        BookingAction::More(page) => super::listing::next_page(ctx, page).await,
    }
}

/// The next slots of a permanence, with the places left.
async fn show_slots(ctx: &mut Ctx<'_>, permanence_id: i64) -> Result<(), StoreError> {
    let Some(p) = ctx
        .tx
        .permanence(permanence_id)
        .await?
        .filter(PermanenceRecord::is_active)
    else {
        let text = ctx.t("permanence-gone");
        ctx.reply(text);
        return Ok(());
    };
    let now = ctx.now();
    ensure_slots(&mut ctx.tx, &p, now).await?;
    let horizon = now + p.details.open_days * 86_400;
    let slots = ctx.tx.open_slots(p.id, now, horizon).await?;
    if slots.is_empty() {
        let text = ctx.t_args(
            "permanence-no-slots",
            &args([("title", p.details.title.clone())]),
        );
        ctx.reply(text);
        return Ok(());
    }
    let mut text = ctx.t_args(
        "permanence-slots",
        &args([("title", p.details.title.clone())]),
    );
    // The person's own places, so that a slot they hold is not shown as "full".
    let mine = held_slots(ctx).await?;
    let mut choices = Vec::new();
    for slot in slots.iter().take(SLOT_LIST) {
        let left = slot.capacity - slot.booked;
        let label = if let Some(status) = mine.get(&slot.id) {
            let id = if *status == BookingStatus::Confirmed {
                "slot-yours"
            } else {
                "slot-yours-waiting"
            };
            ctx.t_args(id, &args([("when", slot_when(ctx, slot))]))
        } else if left > 0 {
            let mut values = args([("when", slot_when(ctx, slot))]);
            values.set("left", left);
            ctx.t_args("slot-places", &values)
        } else {
            ctx.t_args("slot-full", &args([("when", slot_when(ctx, slot))]))
        };
        text.push_str("\n• ");
        text.push_str(&label);
        choices.push(Choice::list_item(label, BookingAction::Book(slot.id)));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// The slots the sender holds a place on or waits for, with where they stand.
async fn held_slots(ctx: &mut Ctx<'_>) -> Result<HashMap<i64, BookingStatus>, StoreError> {
    let now = ctx.now();
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    Ok(ctx
        .tx
        .bookings_of((person.0, &person.1), now)
        .await?
        .into_iter()
        .map(|b| (b.slot.id, b.status))
        .collect())
}

/// A slot that can still be booked now, with its permanence.
async fn bookable(
    ctx: &mut Ctx<'_>,
    slot_id: i64,
) -> Result<Option<(SlotRecord, PermanenceRecord)>, StoreError> {
    let now = ctx.now();
    let Some(slot) = ctx.tx.slot(slot_id).await? else {
        return Ok(None);
    };
    let Some(p) = ctx.tx.permanence(slot.permanence_id).await? else {
        return Ok(None);
    };
    if !p.is_active()
        || slot.starts_at <= now
        || slot.starts_at > now + p.details.open_days * 86_400
    {
        return Ok(None);
    }
    Ok(Some((slot, p)))
}

/// "Book this slot?"
async fn confirm_question(ctx: &mut Ctx<'_>, slot_id: i64) -> Result<(), StoreError> {
    let Some((slot, p)) = bookable(ctx, slot_id).await? else {
        let text = ctx.t("slot-gone");
        ctx.reply(text);
        return Ok(());
    };
    let now = ctx.now();
    if held_slots(ctx).await?.contains_key(&slot_id) {
        // Said before asking, rather than after a "yes" that changes nothing.
        let text = ctx.t_args("booking-already", &args([("when", slot_when(ctx, &slot))]));
        let choices = vec![ctx.choice("menu-my-bookings", Command::MyBookings.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let (id, yes) = if slot.booked < slot.capacity {
        ("booking-confirm", "booking-yes")
    } else {
        ("booking-confirm-waitlist", "booking-yes-waitlist")
    };
    let mut text = ctx.t_args(
        id,
        &args([
            ("title", p.details.title.clone()),
            ("when", slot_when(ctx, &slot)),
        ]),
    );
    let cutoff = p.details.cutoff_minutes * 60;
    if cutoff > 0 && slot.starts_at - now < cutoff {
        // Booked now, it could no longer be cancelled through the bot: say so first.
        text.push('\n');
        text.push_str(&ctx.t_args(
            "booking-late-warning",
            &args([("hours", p.details.cutoff_minutes / 60)]),
        ));
    }
    let choices = vec![
        ctx.choice(yes, BookingAction::Confirm(slot_id)),
        ctx.choice("booking-no", Command::Cancel.data()),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// Books the slot (or joins its waiting list).
async fn book(ctx: &mut Ctx<'_>, slot_id: i64) -> Result<(), StoreError> {
    let Some((slot, p)) = bookable(ctx, slot_id).await? else {
        let text = ctx.t("slot-gone");
        ctx.reply(text);
        return Ok(());
    };
    let now = ctx.now();
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    // One person does not take every place of a day (messages of a person are handled one at
    // a time, so the count cannot race with their own next booking).
    let limit = ctx.services().settings().limits.bookings_per_day;
    let day = schedule::local_date(slot.starts_at);
    let bounds = (
        schedule::local_instant(day, 0).unwrap_or(slot.starts_at),
        day.succ_opt()
            .and_then(|next| schedule::local_instant(next, 0))
            .unwrap_or(slot.starts_at + 86_400),
    );
    let already = ctx
        .tx
        .active_bookings_between((person.0, &person.1), (p.id, slot_id), bounds)
        .await?;
    if already >= limit {
        let mut values = args([("title", p.details.title.clone())]);
        values.set("count", limit);
        let text = ctx.t_args("booking-day-limit", &values);
        let choices = vec![ctx.choice("menu-my-bookings", Command::MyBookings.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let outcome = ctx.tx.book(slot_id, (person.0, &person.1), now).await?;
    let when = slot_when(ctx, &slot);
    let title = p.details.title.clone();
    match outcome {
        BookingOutcome::Confirmed(booking) => {
            tracing::info!(booking, "slot booked");
            confirmed(ctx, booking, &slot, &p, "booking-done").await?;
        }
        BookingOutcome::Waiting(booking, position) => {
            tracing::info!(booking, "joined a waiting list");
            let text = ctx.t_args(
                "booking-waiting",
                &args([
                    ("title", title),
                    ("when", when),
                    ("position", position.to_string()),
                ]),
            );
            let choices = vec![ctx.choice("menu-my-bookings", Command::MyBookings.data())];
            ctx.reply_with(text, choices);
        }
        BookingOutcome::AlreadyBooked(_) => {
            let text = ctx.t_args("booking-already", &args([("when", when)]));
            let choices = vec![ctx.choice("menu-my-bookings", Command::MyBookings.data())];
            ctx.reply_with(text, choices);
        }
        BookingOutcome::Unavailable => {
            let text = ctx.t("slot-gone");
            ctx.reply(text);
        }
    }
    Ok(())
}

/// Tells the person their place is confirmed (`id`: booked now, or promoted), with the
/// calendar file and the reminders planned.
async fn confirmed(
    ctx: &mut Ctx<'_>,
    booking: i64,
    slot: &SlotRecord,
    p: &PermanenceRecord,
    id: &str,
) -> Result<(), StoreError> {
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let now = ctx.now();
    plan_reminders(&mut ctx.tx, booking, (person.0, &person.1), slot, now).await?;
    let text = ctx.t_args(
        id,
        &args([
            ("title", p.details.title.clone()),
            ("when", slot_when(ctx, slot)),
            ("place", where_to_go(ctx.services().i18n(), ctx.lang, p)),
        ]),
    );
    let attachment = calendar_file(ctx.services().i18n(), ctx.lang, booking, slot, p);
    let out = ctx.reply_privately(text);
    out.attachment = Some(attachment);
    Ok(())
}

/// The address, or the online link (given only to booked people), as a sentence.
pub(super) fn where_to_go(i18n: &crate::i18n::I18n, lang: Lang, p: &PermanenceRecord) -> String {
    match (&p.details.link, p.details.online) {
        (Some(link), true) => i18n.text_args(lang, "booking-link", &args([("link", link.clone())])),
        _ => location(p),
    }
}

/// Where to go: the online link, or the structure and address.
fn location(p: &PermanenceRecord) -> String {
    match (&p.details.link, p.details.online) {
        (Some(link), true) => link.clone(),
        _ => format!("{}, {}", p.details.structure, p.details.address),
    }
}

/// Plans the reminders of a confirmed booking that are still ahead.
async fn plan_reminders(
    tx: &mut Tx,
    booking: i64,
    person: (crate::core::Platform, &crate::core::UserId),
    slot: &SlotRecord,
    now: i64,
) -> Result<(), StoreError> {
    let due: Vec<(&str, i64)> = REMINDERS
        .iter()
        .map(|(kind, before)| (*kind, slot.starts_at - before))
        .filter(|(_, at)| *at > now)
        .collect();
    tx.schedule_reminders(booking, person, &due).await
}

/// The iCalendar file of a booking.
pub fn calendar_file(
    i18n: &crate::i18n::I18n,
    lang: Lang,
    booking: i64,
    slot: &SlotRecord,
    p: &PermanenceRecord,
) -> Attachment {
    use icalendar::{Calendar, Component, Event, EventLike};
    let start = chrono::DateTime::from_timestamp(slot.starts_at, 0).unwrap_or_default();
    let end = chrono::DateTime::from_timestamp(slot.ends_at, 0).unwrap_or_default();
    let location = location(p);
    let event = Event::new()
        .uid(&format!("pairbot-booking-{booking}@pairbot"))
        .summary(&p.details.title)
        .description(&i18n.text(lang, "calendar-description"))
        .location(&location)
        .starts(start)
        .ends(end)
        .done();
    let calendar = Calendar::new().name("Pairbot").push(event).done();
    Attachment {
        file_name: format!("permanence-{booking}.ics"),
        mime: "text/calendar".to_owned(),
        content: calendar.to_string(),
    }
}

/// Takes the reminders due at `at` and returns the messages to send, each in its reader's
/// language; a booking no longer confirmed gets none.
pub async fn due_reminders(
    engine: &crate::features::kit::Services,
    tx: &mut Tx,
    at: i64,
) -> Result<Vec<crate::core::Outgoing>, StoreError> {
    let mut messages = Vec::new();
    for (booking, platform, user, kind) in tx.take_due_reminders(at).await? {
        let Some(b) = tx.booking(booking).await? else {
            continue;
        };
        // Nothing for a place given up or a slot begun; and no "tomorrow" a few hours before
        // (after the bot was down): the hour-before reminder will come.
        if b.status != BookingStatus::Confirmed
            || b.slot.starts_at <= at
            || (kind == "day" && b.slot.starts_at - at < 3 * 3600)
        {
            continue;
        }
        let Some(p) = tx.permanence(b.slot.permanence_id).await? else {
            continue;
        };
        let lang = engine.lang_of(tx, platform, &user).await?;
        let i18n = engine.i18n();
        let place = where_to_go(i18n, lang, &p);
        let id = if kind == "day" {
            "reminder-day"
        } else {
            "reminder-hour"
        };
        messages.push(
            engine
                .notice(
                    tx,
                    platform,
                    &user,
                    id,
                    args([
                        ("title", p.details.title.clone()),
                        ("when", slot_when_in(i18n, lang, &b.slot)),
                        ("place", place),
                    ]),
                    &[("menu-my-bookings", Command::MyBookings.data().to_owned())],
                )
                .await?,
        );
    }
    Ok(messages)
}

/// `/mes_reservations`: one's bookings ahead, with a cancel button each.
pub async fn my_bookings(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let now = ctx.now();
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let bookings = ctx.tx.bookings_of((person.0, &person.1), now).await?;
    if bookings.is_empty() {
        let text = ctx.t("booking-none");
        let choices = vec![ctx.choice("menu-permanences", Command::Permanences.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let mut text = ctx.t("booking-list");
    let mut choices = Vec::new();
    for b in &bookings {
        let title = match ctx.tx.permanence(b.slot.permanence_id).await? {
            Some(p) => p.details.title,
            None => String::new(),
        };
        let line = ctx.t_args(
            if b.status == BookingStatus::Confirmed {
                "booking-line-confirmed"
            } else {
                "booking-line-waiting"
            },
            &args([
                ("number", b.id.to_string()),
                ("title", title),
                ("when", slot_when(ctx, &b.slot)),
            ]),
        );
        text.push_str("\n• ");
        text.push_str(&line);
        choices.push(Choice::new(
            ctx.t_args("booking-cancel-n", &args([("number", b.id)])),
            BookingAction::Cancel(b.id),
        ));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// Cancels one's booking once `confirmed` (asking first, naming it), unless the slot is too
/// close; a freed place goes to the first person waiting, who is told.
async fn cancel(ctx: &mut Ctx<'_>, booking: i64, confirmed: bool) -> Result<(), StoreError> {
    let now = ctx.now();
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let mine = ctx
        .tx
        .bookings_of((person.0, &person.1), now)
        .await?
        .into_iter()
        .find(|b| b.id == booking);
    let Some(b) = mine else {
        let text = ctx.t("booking-gone");
        ctx.reply(text);
        return Ok(());
    };
    let Some(p) = ctx.tx.permanence(b.slot.permanence_id).await? else {
        let text = ctx.t("booking-gone");
        ctx.reply(text);
        return Ok(());
    };
    let cutoff = p.details.cutoff_minutes * 60;
    if b.status == BookingStatus::Confirmed && b.slot.starts_at - now < cutoff {
        // Too late to free the place through the bot: the host can still be told.
        let text = ctx.t_args(
            "booking-too-late",
            &args([
                ("hours", (p.details.cutoff_minutes / 60).to_string()),
                ("when", slot_when(ctx, &b.slot)),
            ]),
        );
        let hosts = ctx.tx.partners_by_ids(&p.details.hosts).await?;
        let choices = hosts
            .iter()
            .map(|h| crate::features::directory::contact::ask_choice(ctx, h))
            .collect();
        ctx.reply_with(text, choices);
        return Ok(());
    }
    if !confirmed {
        // The place may go to someone waiting at once: never on a stray tap or number.
        let text = ctx.t_args(
            if b.status == BookingStatus::Confirmed {
                "booking-cancel-question"
            } else {
                "booking-cancel-waiting-question"
            },
            &args([
                ("title", p.details.title.clone()),
                ("when", slot_when(ctx, &b.slot)),
            ]),
        );
        let choices = vec![
            ctx.choice("booking-cancel-yes", BookingAction::CancelOk(booking)),
            ctx.choice("booking-cancel-keep", Command::MyBookings.data()),
        ];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    match ctx
        .tx
        .cancel_booking(booking, (person.0, &person.1), now)
        .await?
    {
        CancelOutcome::NotFound => {
            let text = ctx.t("booking-gone");
            ctx.reply(text);
        }
        CancelOutcome::Cancelled { promoted } => {
            let text = ctx.t_args(
                "booking-cancelled",
                &args([
                    ("title", p.details.title.clone()),
                    ("when", slot_when(ctx, &b.slot)),
                ]),
            );
            ctx.reply(text);
            if let Some(promoted) = promoted {
                tell_promoted(ctx, promoted).await?;
            }
        }
    }
    Ok(())
}

/// Tells the person who got a freed place (and plans their reminders), in their language,
/// with the calendar file.
pub async fn tell_promoted(
    ctx: &mut Ctx<'_>,
    (id, platform, user): (i64, crate::core::Platform, crate::core::UserId),
) -> Result<(), StoreError> {
    let Some(b) = ctx.tx.booking(id).await? else {
        return Ok(());
    };
    let Some(p) = ctx.tx.permanence(b.slot.permanence_id).await? else {
        return Ok(());
    };
    tracing::info!(booking = id, "place passed to the first person waiting");
    let now = ctx.now();
    plan_reminders(&mut ctx.tx, id, (platform, &user), &b.slot, now).await?;
    let engine = ctx.services();
    let lang = engine.lang_of(&mut ctx.tx, platform, &user).await?;
    let i18n = engine.i18n();
    let mut message = engine
        .notice(
            &mut ctx.tx,
            platform,
            &user,
            "booking-promoted",
            args([
                ("title", p.details.title.clone()),
                ("when", slot_when_in(i18n, lang, &b.slot)),
            ]),
            &[("menu-my-bookings", Command::MyBookings.data().to_owned())],
        )
        .await?;
    message.attachment = Some(calendar_file(i18n, lang, id, &b.slot, &p));
    ctx.send(message);
    Ok(())
}

/// Sends the permanence reminders due (a [`Job`](crate::features::feature::Job)).
pub fn reminders_job<'a>(
    services: &'a crate::features::kit::Services,
    tx: &'a mut Tx,
    at: i64,
) -> futures_util::future::BoxFuture<'a, Result<Vec<crate::core::Outgoing>, StoreError>> {
    Box::pin(due_reminders(services, tx, at))
}
