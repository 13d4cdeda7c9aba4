//! `/mes_permanences`: what hosts and coordinators run, who booked, pausing, and cancelling
//! a date or the whole series (each asked first, everyone booked told).

use super::*;
use crate::features::commands::Command;

/// `/mes_permanences`: the permanences one hosts (coordinators: all), with who booked the
/// next dates, by booking number (no names: people show their number on arrival).
pub async fn mine(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let filter = if ctx.is_coordinator() {
        None
    } else {
        match own_profile(ctx).await? {
            Some(id) => Some(id),
            None => {
                let text = ctx.t("pman-none-not-partner");
                ctx.reply(text);
                return Ok(());
            }
        }
    };
    let mut list = ctx.tx.hosted_permanences(filter).await?;
    // A coordinator scoped to an organisation sees its permanences (and those they host).
    if filter.is_none() && ctx.organisation().is_some() {
        let own = own_profile(ctx).await?;
        list.retain(|p| {
            ctx.covers(&p.details.structure) || own.is_some_and(|id| p.details.hosts.contains(&id))
        });
    }
    if list.is_empty() {
        let text = ctx.t("pman-none");
        let choices = vec![ctx.choice("menu-new-permanence", Command::NewPermanence.data())];
        ctx.reply_with(text, choices);
        return Ok(());
    }
    let now = ctx.now();
    let mut text = ctx.t("pman-list");
    let mut choices = Vec::new();
    for p in list.iter().take(MINE_SHOWN) {
        if p.is_active() {
            booking::ensure_slots(&mut ctx.tx, p, now).await?;
        }
        text.push_str("\n\n");
        text.push_str(&overview(ctx, p, now, false).await?);
        choices.push(Choice::new(
            ctx.t_args("pman-manage", &args([("title", p.details.title.clone())])),
            HostingAction::Menu(p.id),
        ));
    }
    if list.len() > MINE_SHOWN {
        text.push_str("\n\n");
        text.push_str(&ctx.t_args("pman-more", &args([("count", list.len() - MINE_SHOWN)])));
    }
    ctx.reply_with(text, choices);
    Ok(())
}

/// A permanence's next two dates with the booking numbers: one line per date, or per slot
/// when `detailed`.
pub(super) async fn overview(
    ctx: &mut Ctx<'_>,
    p: &PermanenceRecord,
    now: i64,
    detailed: bool,
) -> Result<String, StoreError> {
    let header = ctx.t_args(
        if p.is_active() {
            "pman-header"
        } else {
            "pman-header-paused"
        },
        &args([
            ("title", p.details.title.clone()),
            ("number", p.id.to_string()),
        ]),
    );
    let slots = ctx.tx.open_slots(p.id, now, i64::MAX).await?;
    let bookings = ctx.tx.bookings_of_permanence(p.id, now).await?;
    let mut lines = vec![header];
    let days = occurrence_days(&slots);
    for (day, first) in days.iter().take(2) {
        let of_day: Vec<&crate::store::SlotRecord> = slots
            .iter()
            .filter(|s| local_date(s.starts_at) == *day)
            .collect();
        let groups: Vec<(String, Vec<&crate::store::SlotRecord>)> = if detailed {
            of_day
                .iter()
                .map(|s| (slot_when(ctx, s), vec![*s]))
                .collect()
        } else {
            vec![(booking::slot_day(ctx, first), of_day)]
        };
        for (when, group) in groups {
            let numbers = |status| {
                bookings
                    .iter()
                    .filter(|(b, _, _)| {
                        b.status == status && group.iter().any(|s| s.id == b.slot.id)
                    })
                    .map(|(b, _, _)| b.id.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            let confirmed = numbers(crate::store::BookingStatus::Confirmed);
            let waiting = numbers(crate::store::BookingStatus::Waiting);
            let mut values = args([("when", when), ("confirmed", confirmed)]);
            values.set("booked", group.iter().map(|s| s.booked).sum::<i64>());
            values.set("capacity", group.iter().map(|s| s.capacity).sum::<i64>());
            let mut line = ctx.t_args("pman-slot", &values);
            if !waiting.is_empty() {
                line.push_str(&ctx.t_args("pman-slot-waiting", &args([("waiting", waiting)])));
            }
            lines.push(line);
        }
    }
    if days.is_empty() {
        lines.push(ctx.t("pman-no-dates"));
    }
    Ok(lines.join("\n"))
}

/// The local dates of slots, in order, each with its first slot.
pub(super) fn occurrence_days(
    slots: &[crate::store::SlotRecord],
) -> Vec<(NaiveDate, crate::store::SlotRecord)> {
    let mut days: Vec<(NaiveDate, crate::store::SlotRecord)> = Vec::new();
    for slot in slots {
        let day = local_date(slot.starts_at);
        if days.last().is_none_or(|(d, _)| *d != day) {
            days.push((day, *slot));
        }
    }
    days
}

crate::actions! {
    /// A button of a host's permanence menu (numbered by permanence, or by a date's first
    /// slot).
    pub enum HostingAction = "pman" {
        Menu(permanence: i64) = "menu",
        Edit(permanence: i64) = "edit",
        Pause(permanence: i64) = "pause",
        Resume(permanence: i64) = "resume",
        /// The next dates, to cancel one.
        Days(permanence: i64) = "days",
        /// Asks to confirm cancelling the date of this first slot.
        Day(slot: i64) = "day",
        DayOk(slot: i64) = "dayok",
        /// Asks to confirm stopping the permanence.
        Stop(permanence: i64) = "stop",
        StopOk(permanence: i64) = "stopok",
        /// Coordinators: announces a partner's new permanence to its subscribers.
        Announce(permanence: i64) = "announce",
        /// Coordinators: keeps it unannounced.
        Withhold(permanence: i64) = "withhold",
    }
}

impl HostingAction {
    /// The number the action carries.
    fn permanence(&self) -> i64 {
        match self {
            Self::Menu(n)
            | Self::Edit(n)
            | Self::Pause(n)
            | Self::Resume(n)
            | Self::Days(n)
            | Self::Day(n)
            | Self::DayOk(n)
            | Self::Stop(n)
            | Self::StopOk(n)
            | Self::Announce(n)
            | Self::Withhold(n) => *n,
        }
    }
}

/// A `pman:<action>:<number>` choice (the number is a permanence's, or a slot's for a date).
pub async fn on_manage_choice(ctx: &mut Ctx<'_>, action: HostingAction) -> Result<(), StoreError> {
    // A date is named by its first slot.
    let (permanence_id, slot) =
        if let HostingAction::Day(first) | HostingAction::DayOk(first) = action {
            match ctx.tx.slot(first).await? {
                Some(slot) => (slot.permanence_id, Some(slot)),
                None => {
                    let text = ctx.t("pman-date-gone");
                    ctx.reply(text);
                    return Ok(());
                }
            }
        } else {
            (action.permanence(), None)
        };
    let Some(p) = runnable(ctx, permanence_id).await? else {
        return Ok(());
    };
    // A host may run their permanence, not announce it: that is the coordination's call.
    if let HostingAction::Announce(_) | HostingAction::Withhold(_) = action {
        if !(ctx.is_coordinator() && ctx.covers(&p.details.structure)) {
            let text = ctx.t("coordinator-only");
            ctx.reply(text);
            return Ok(());
        }
        return super::publish::decide_announcement(
            ctx,
            &p,
            matches!(action, HostingAction::Announce(_)),
        )
        .await;
    }
    match (&action, slot) {
        (HostingAction::Menu(_), _) => menu(ctx, &p).await,
        (HostingAction::Edit(_), _) => {
            let draft = Draft::from_record(&p);
            let intro = ctx.t("pnew-edit-intro");
            ctx.reply(intro);
            go_to(ctx, Step::Title, &draft).await
        }
        (HostingAction::Pause(_) | HostingAction::Resume(_), _) => {
            let pausing = matches!(action, HostingAction::Pause(_));
            let status = if pausing { "paused" } else { "active" };
            ctx.tx.set_permanence_status(p.id, status).await?;
            let audited = if pausing {
                "permanence.pause"
            } else {
                "permanence.resume"
            };
            ctx.audit(audited, format!("permanence:{}", p.id), None)
                .await?;
            let id = if pausing {
                "pman-paused"
            } else {
                "pman-resumed"
            };
            let text = ctx.t_args(id, &args([("title", p.details.title.clone())]));
            let choices = vec![ctx.choice("menu-my-permanences", Command::MyPermanences.data())];
            ctx.reply_with(text, choices);
            Ok(())
        }
        (HostingAction::Days(_), _) => offer_days(ctx, &p).await,
        (HostingAction::Day(_), Some(slot)) => confirm_day(ctx, &p, &slot).await,
        (HostingAction::DayOk(_), Some(slot)) => {
            let day = local_date(slot.starts_at);
            let from = schedule::local_instant(day, 0).unwrap_or(slot.starts_at);
            let until = day
                .succ_opt()
                .and_then(|next| schedule::local_instant(next, 0))
                .unwrap_or(slot.starts_at + 86_400);
            call_off(ctx, &p, (from, until), false).await
        }
        (HostingAction::Stop(_), _) => {
            let count = ctx.tx.bookings_of_permanence(p.id, ctx.now()).await?.len();
            let mut values = args([("title", p.details.title.clone())]);
            values.set("count", count);
            let text = ctx.t_args("pman-stop-question", &values);
            let choices = vec![
                ctx.choice("pman-stop-yes", HostingAction::StopOk(p.id)),
                ctx.choice("booking-no", HostingAction::Menu(p.id)),
            ];
            ctx.reply_with(text, choices);
            Ok(())
        }
        (HostingAction::StopOk(_), _) => {
            ctx.tx.set_permanence_status(p.id, "cancelled").await?;
            let mut stopped = p.clone();
            stopped.status = "cancelled".to_owned();
            let now = ctx.now();
            call_off(ctx, &stopped, (now, i64::MAX), true).await
        }
        _ => crate::features::kit::stale_choice(ctx),
    }
}

/// What can be done with a permanence.
pub(super) async fn menu(ctx: &mut Ctx<'_>, p: &PermanenceRecord) -> Result<(), StoreError> {
    let now = ctx.now();
    let text = overview(ctx, p, now, true).await?;
    let id = p.id;
    let pause = if p.is_active() {
        ctx.choice("pman-pause", HostingAction::Pause(id))
    } else {
        ctx.choice("pman-resume", HostingAction::Resume(id))
    };
    let choices = vec![
        ctx.choice("pman-attendance", super::AttendanceAction::Dates(id)),
        ctx.choice("pman-feedback", super::AttendanceAction::Feedback(id)),
        ctx.choice("pman-edit", HostingAction::Edit(id)),
        pause,
        ctx.choice("pman-cancel-date", HostingAction::Days(id)),
        ctx.choice("pman-stop", HostingAction::Stop(id)),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// The next dates of a permanence, to cancel one.
pub(super) async fn offer_days(ctx: &mut Ctx<'_>, p: &PermanenceRecord) -> Result<(), StoreError> {
    let now = ctx.now();
    let slots = ctx.tx.open_slots(p.id, now, i64::MAX).await?;
    let days = occurrence_days(&slots);
    if days.is_empty() {
        let text = ctx.t("pman-no-dates");
        ctx.reply(text);
        return Ok(());
    }
    let choices = days
        .iter()
        .take(DAYS_OFFERED)
        .map(|(_, first)| Choice::new(booking::slot_day(ctx, first), HostingAction::Day(first.id)))
        .collect();
    let text = ctx.t_args(
        "pman-which-date",
        &args([("title", p.details.title.clone())]),
    );
    ctx.reply_with(text, choices);
    Ok(())
}

pub(super) async fn confirm_day(
    ctx: &mut Ctx<'_>,
    p: &PermanenceRecord,
    slot: &crate::store::SlotRecord,
) -> Result<(), StoreError> {
    let day = local_date(slot.starts_at);
    let count = ctx
        .tx
        .bookings_of_permanence(p.id, ctx.now())
        .await?
        .iter()
        .filter(|(b, _, _)| local_date(b.slot.starts_at) == day)
        .count();
    let mut values = args([
        ("title", p.details.title.clone()),
        ("date", booking::slot_day(ctx, slot)),
    ]);
    values.set("count", count);
    let text = ctx.t_args("pman-date-question", &values);
    let choices = vec![
        ctx.choice("pman-date-yes", HostingAction::DayOk(slot.id)),
        ctx.choice("booking-no", HostingAction::Menu(p.id)),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// Cancels the slots from `from` to `until` (one date, or all ahead when the whole series
/// stops) and tells each booked person.
pub(super) async fn call_off(
    ctx: &mut Ctx<'_>,
    p: &PermanenceRecord,
    (from, until): (i64, i64),
    whole: bool,
) -> Result<(), StoreError> {
    let now = ctx.now();
    let cancelled: Vec<PersonBooking> =
        ctx.tx.cancel_slots(p.id, from.max(now), until, now).await?;
    let action = if whole {
        "permanence.stop"
    } else {
        "permanence.cancel_date"
    };
    ctx.audit(action, format!("permanence:{}", p.id), None)
        .await?;
    for (b, platform, user) in &cancelled {
        tell_booked(ctx, (b, *platform, user), p, "pman-called-off").await?;
    }
    let id = if whole {
        "pman-stopped"
    } else {
        "pman-date-cancelled"
    };
    let mut values = args([("title", p.details.title.clone())]);
    values.set("told", cancelled.len());
    let text = ctx.t_args(id, &values);
    let choices = vec![ctx.choice("menu-my-permanences", Command::MyPermanences.data())];
    ctx.reply_with(text, choices);
    Ok(())
}
