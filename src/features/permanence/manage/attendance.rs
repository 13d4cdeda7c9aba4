//! Who came: from a permanence's menu, its host (or a coordinator of its structure) marks
//! each confirmed booking of a date as come or not, during the slot or up to a week after;
//! and reads what people said of it afterwards, as aggregates only.

use super::*;
use crate::store::{Attendance, FEEDBACK_FLOOR, SlotRecord};

crate::actions! {
    /// A button of the attendance view (numbered by permanence, or by slot and booking).
    pub enum AttendanceAction = "attend" {
        /// The dates of a permanence that can be marked.
        Dates(permanence: i64) = "dates",
        /// The confirmed bookings of one slot, with their marks.
        Slot(slot: i64) = "slot",
        /// The person of this booking came.
        Came(slot: i64, booking: i64) = "came",
        /// They did not.
        Missed(slot: i64, booking: i64) = "missed",
        /// Everyone not marked yet came.
        Rest(slot: i64) = "rest",
        /// What people who came said of the permanence.
        Feedback(permanence: i64) = "feedback",
    }
}

/// How far back the feedback view of a permanence reads: twelve months.
const FEEDBACK_MONTHS: i64 = 12;

/// An `attend:…` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: AttendanceAction) -> Result<(), StoreError> {
    let slot = match action {
        AttendanceAction::Slot(s)
        | AttendanceAction::Came(s, _)
        | AttendanceAction::Missed(s, _)
        | AttendanceAction::Rest(s) => match ctx.tx.slot(s).await? {
            Some(slot) => Some(slot),
            None => {
                let text = ctx.t("pman-date-gone");
                ctx.reply(text);
                return Ok(());
            }
        },
        AttendanceAction::Dates(_) | AttendanceAction::Feedback(_) => None,
    };
    let permanence_id = match (&action, &slot) {
        (AttendanceAction::Dates(p) | AttendanceAction::Feedback(p), _) => *p,
        (_, Some(slot)) => slot.permanence_id,
        _ => return crate::features::kit::stale_choice(ctx),
    };
    let Some(p) = runnable(ctx, permanence_id).await? else {
        return Ok(());
    };
    let now = ctx.now();
    if let Some(slot) = &slot
        && !markable(slot, now)
    {
        let id = if now < slot.starts_at {
            "attend-not-yet"
        } else {
            "attend-closed"
        };
        let text = ctx.t_args(
            id,
            &args([
                ("when", slot_when(ctx, slot)),
                ("days", MARK_DAYS.to_string()),
            ]),
        );
        ctx.reply(text);
        return Ok(());
    }
    let came = matches!(action, AttendanceAction::Came(..));
    match (action, slot) {
        (AttendanceAction::Dates(_), _) => dates(ctx, &p).await,
        (AttendanceAction::Feedback(_), _) => feedback(ctx, &p).await,
        (AttendanceAction::Slot(_), Some(slot)) => show(ctx, &p, &slot, None).await,
        (AttendanceAction::Came(_, b) | AttendanceAction::Missed(_, b), Some(slot)) => {
            let marked = ctx.tx.mark_attendance((slot.id, b), came, now).await?;
            if !marked {
                let text = ctx.t_args("attend-no-booking", &args([("number", b.to_string())]));
                ctx.reply(text);
                return Ok(());
            }
            ctx.audit(
                if came {
                    "attendance.came"
                } else {
                    "attendance.missed"
                },
                format!("booking:{b}"),
                None,
            )
            .await?;
            show(ctx, &p, &slot, Some(b)).await
        }
        (AttendanceAction::Rest(_), Some(slot)) => {
            let marks = ctx.tx.attendance(slot.id).await?;
            for mark in marks.iter().filter(|m| m.came.is_none()) {
                ctx.tx
                    .mark_attendance((slot.id, mark.booking), true, now)
                    .await?;
                ctx.audit("attendance.came", format!("booking:{}", mark.booking), None)
                    .await?;
            }
            show(ctx, &p, &slot, None).await
        }
        _ => crate::features::kit::stale_choice(ctx),
    }
}

/// The week after a slot, in days, during which who came may still be marked.
const MARK_DAYS: i64 = crate::store::MARK_WINDOW / 86_400;

/// Whether a slot's attendance may be marked at `now`: begun, and ended less than a week
/// ago.
fn markable(slot: &SlotRecord, now: i64) -> bool {
    slot.starts_at <= now && now <= slot.ends_at + crate::store::MARK_WINDOW
}

/// The dates of a permanence that can be marked; straight to the only one when there is one.
async fn dates(ctx: &mut Ctx<'_>, p: &PermanenceRecord) -> Result<(), StoreError> {
    let slots = ctx.tx.slots_to_mark(p.id, ctx.now()).await?;
    match slots.as_slice() {
        [] => {
            let text = ctx.t_args(
                "attend-nothing",
                &args([
                    ("title", p.details.title.clone()),
                    ("days", MARK_DAYS.to_string()),
                ]),
            );
            let choices = vec![ctx.choice("pman-back", HostingAction::Menu(p.id))];
            ctx.reply_with(text, choices);
            Ok(())
        }
        [only] => show(ctx, p, only, None).await,
        several => {
            let choices = several
                .iter()
                .map(|s| Choice::new(slot_when(ctx, s), AttendanceAction::Slot(s.id)))
                .collect();
            let text = ctx.t_args(
                "attend-which-date",
                &args([("title", p.details.title.clone())]),
            );
            ctx.reply_with(text, choices);
            Ok(())
        }
    }
}

/// A slot's confirmed bookings with their marks, and a button for each change; `changed`
/// is the booking just marked, said first.
async fn show(
    ctx: &mut Ctx<'_>,
    p: &PermanenceRecord,
    slot: &SlotRecord,
    changed: Option<i64>,
) -> Result<(), StoreError> {
    let marks = ctx.tx.attendance(slot.id).await?;
    let mut lines = Vec::new();
    if let Some(b) = changed
        && let Some(mark) = marks.iter().find(|m| m.booking == b)
    {
        lines.push(ctx.t_args(
            if mark.came == Some(true) {
                "attend-noted-came"
            } else {
                "attend-noted-missed"
            },
            &args([("number", b.to_string())]),
        ));
    }
    if marks.is_empty() {
        lines.push(ctx.t_args(
            "attend-no-bookings",
            &args([("when", slot_when(ctx, slot))]),
        ));
        let choices = vec![ctx.choice("pman-back", HostingAction::Menu(p.id))];
        ctx.reply_with(lines.join("\n\n"), choices);
        return Ok(());
    }
    let came = marks.iter().filter(|m| m.came == Some(true)).count();
    let mut values = args([
        ("title", p.details.title.clone()),
        ("when", slot_when(ctx, slot)),
    ]);
    values.set("came", came);
    values.set("count", marks.len());
    let mut list = ctx.t_args("attend-heading", &values);
    let mut choices = Vec::new();
    for Attendance { booking, came } in &marks {
        let number = args([("number", booking.to_string())]);
        let state = match came {
            Some(true) => "attend-state-came",
            Some(false) => "attend-state-missed",
            None => "attend-state-unmarked",
        };
        list.push('\n');
        list.push_str(&ctx.t_args(state, &number));
        if *came != Some(true) {
            choices.push(Choice::new(
                ctx.t_args("attend-mark-came", &number),
                AttendanceAction::Came(slot.id, *booking),
            ));
        }
        if *came != Some(false) {
            choices.push(Choice::new(
                ctx.t_args("attend-mark-missed", &number),
                AttendanceAction::Missed(slot.id, *booking),
            ));
        }
    }
    if marks.iter().filter(|m| m.came.is_none()).count() > 1 {
        choices.push(ctx.choice("attend-mark-rest", AttendanceAction::Rest(slot.id)));
    }
    choices.push(ctx.choice("pman-back", HostingAction::Menu(p.id)));
    lines.push(list);
    ctx.reply_with(lines.join("\n\n"), choices);
    Ok(())
}

/// What the people who came said of a permanence over the last twelve months: the mean
/// and how many gave each score; coordinators also read the free words, without authors.
/// Months with fewer answers than the floor are left out, and said to be.
async fn feedback(ctx: &mut Ctx<'_>, p: &PermanenceRecord) -> Result<(), StoreError> {
    let now = ctx.now();
    let from = crate::store::month_start(now - FEEDBACK_MONTHS * 30 * 86_400);
    let summary = ctx
        .tx
        .feedback_summary(Some(&[p.id]), (from, i64::MAX), now)
        .await?;
    let mut text = crate::features::permanence::feedback::describe(ctx, &summary);
    if summary.answers > 0 && ctx.is_coordinator() && ctx.covers(&p.details.structure) {
        text.push_str("\n\n");
        text.push_str(&crate::features::permanence::feedback::words(ctx, &summary));
    }
    let mut values = args([("title", p.details.title.clone())]);
    values.set("floor", FEEDBACK_FLOOR);
    let heading = ctx.t_args("feedback-view-heading", &values);
    let choices = vec![ctx.choice("pman-back", HostingAction::Menu(p.id))];
    ctx.reply_with(format!("{heading}\n\n{text}"), choices);
    Ok(())
}
