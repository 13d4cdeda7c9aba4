//! The permanence form's summary, and what happens once it is confirmed: created or
//! edited, with hosts and booked people told.

use super::*;
use crate::features::commands::Command;
use crate::features::permanence::booking::BookingAction;

pub(super) fn themes_text(ctx: &Ctx<'_>, themes: &[String]) -> String {
    crate::features::directory::condition_labels(ctx, themes)
}

pub(super) async fn hosts_text(ctx: &mut Ctx<'_>, hosts: &[i64]) -> Result<String, StoreError> {
    let found = ctx.tx.partners_by_ids(hosts).await?;
    Ok(found
        .iter()
        .map(|h| {
            ctx.t_args(
                "pnew-host",
                &args([
                    ("pseudonym", h.profile.pseudonym.clone()),
                    ("number", h.id.to_string()),
                ]),
            )
        })
        .collect::<Vec<_>>()
        .join(", "))
}

pub(super) fn cutoff_text(ctx: &Ctx<'_>, minutes: i64) -> String {
    if minutes == 0 {
        ctx.t("pnew-no-cutoff")
    } else {
        ctx.t_args("pnew-hours", &args([("n", minutes / 60)]))
    }
}

/// The draft as its author reads it before creating.
pub(super) async fn summary(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<String, StoreError> {
    let place = if draft.online {
        ctx.t_args(
            "pnew-online-at",
            &args([("link", draft.link.clone().unwrap_or_default())]),
        )
    } else {
        let department = draft
            .department
            .as_deref()
            .map(|code| format!(" — {}", crate::features::directory::department_label(code)))
            .unwrap_or_default();
        format!("{}{department}", draft.address)
    };
    let when = if draft.editing.is_some() {
        ctx.t("pnew-schedule-kept")
    } else if draft.one_off {
        draft
            .dates()
            .iter()
            .map(|(d, s, e)| format!("{} {}–{}", d.format("%d/%m/%Y"), clock(*s), clock(*e)))
            .collect::<Vec<_>>()
            .join(&ctx.t("list-separator"))
    } else {
        match draft.weekly {
            Some((day, s, e)) => ctx.t_args(
                "permanence-weekly",
                &args([
                    ("weekday", ctx.t(&format!("weekday-{day}"))),
                    ("start", clock(s)),
                    ("end", clock(e)),
                ]),
            ),
            None => String::new(),
        }
    };
    let slot = if draft.editing.is_some() {
        String::new()
    } else if draft.slot_minutes == 0 {
        ctx.t("pnew-whole-opening")
    } else {
        ctx.t_args("pnew-minutes", &args([("n", draft.slot_minutes)]))
    };
    let hosts = hosts_text(ctx, &draft.hosts).await?;
    let mut values = args([
        ("title", draft.title.clone()),
        ("structure", draft.structure.clone()),
        ("place", place),
        ("themes", themes_text(ctx, &draft.themes)),
        ("hosts", hosts),
        ("when", when),
        ("slot", slot),
        ("cutoff", cutoff_text(ctx, draft.cutoff_minutes)),
    ]);
    values.set("capacity", draft.capacity);
    values.set("days", draft.open_days);
    Ok(ctx.t_args("pnew-summary", &values))
}

/// Whether the draft holds every answer a permanence needs (checked again at the end).
pub(super) fn is_complete(draft: &Draft) -> bool {
    let schedule = if draft.editing.is_some() {
        true
    } else if draft.one_off {
        !draft.dates.is_empty()
    } else {
        matches!(draft.weekly, Some((d, s, e)) if (1..=7).contains(&d) && e > s)
    };
    !draft.title.is_empty()
        && (draft.online && draft.link.is_some() || !draft.online && !draft.address.is_empty())
        && !draft.themes.is_empty()
        && !draft.hosts.is_empty()
        && schedule
        && draft.capacity > 0
        && draft.open_days > 0
}

/// Creates the permanence and its first slots; the hosts named by someone else are told.
pub(super) async fn create(ctx: &mut Ctx<'_>, draft: &Draft) -> Result<(), StoreError> {
    if !is_complete(draft) {
        let text = ctx.t("pnew-incomplete");
        ctx.reply(text);
        return go_to(ctx, Step::Title, draft).await;
    }
    if super::day_limit_reached(ctx).await? {
        return Ok(());
    }
    let now = ctx.now();
    let new = draft.to_new();
    let id = ctx.tx.create_permanence(&new, now).await?;
    if draft.one_off {
        let slots: Vec<(i64, i64)> = draft
            .dates()
            .into_iter()
            .flat_map(|(day, s, e)| {
                let length = if draft.slot_minutes == 0 {
                    e - s
                } else {
                    u16::try_from(draft.slot_minutes).unwrap_or(e - s)
                };
                schedule::day_slots(day, s, e, length)
            })
            .filter(|(start, _)| *start > now)
            .collect();
        ctx.tx.add_slots(id, &slots, new.capacity).await?;
    } else if let Some(record) = ctx.tx.permanence(id).await? {
        booking::ensure_slots(&mut ctx.tx, &record, now).await?;
    }
    ctx.clear_dialogue().await?;
    ctx.audit("permanence.create", format!("permanence:{id}"), None)
        .await?;
    let text = ctx.t_args(
        "pnew-created",
        &args([("title", new.title.clone()), ("number", id.to_string())]),
    );
    let choices = vec![
        ctx.choice("pnew-see-slots", BookingAction::Slots(id)),
        ctx.choice("menu-my-permanences", Command::MyPermanences.data()),
    ];
    ctx.reply_with(text, choices);
    tell_hosts(ctx, id, &new.title, &new.hosts).await?;
    if ctx.is_coordinator() {
        // People who follow new permanences hear of it.
        announce(ctx, id, &new.title).await?;
        return Ok(());
    }
    // A partner's title, place and link reach every subscriber only once a coordinator
    // has read them.
    ctx.tx.move_announcement(id, "sent", "pending").await?;
    let note = ctx.t("pnew-announce-held");
    ctx.reply(note);
    let values = [("title", new.title.clone()), ("number", id.to_string())];
    for (platform, user) in crate::features::roles::coordinators_for(ctx, &new.structure).await? {
        ctx.notify(
            platform,
            &user,
            "pman-announce-ask",
            args(values.clone()),
            &[
                ("pman-announce", HostingAction::Announce(id).data()),
                ("pman-withhold", HostingAction::Withhold(id).data()),
                ("pnew-see-slots", BookingAction::Slots(id).data()),
            ],
        )
        .await?;
    }
    Ok(())
}

/// Tells the followers of new permanences about this one.
async fn announce(ctx: &mut Ctx<'_>, id: i64, title: &str) -> Result<usize, StoreError> {
    crate::features::broadcast::announce(
        ctx,
        "permanences",
        "bc-new-permanence",
        &[("title", title.to_owned()), ("number", id.to_string())],
    )
    .await
}

/// A coordinator's answer about a partner's new permanence: announced to its subscribers,
/// or kept unannounced (it stays bookable); once, whoever presses first.
pub(super) async fn decide_announcement(
    ctx: &mut Ctx<'_>,
    p: &PermanenceRecord,
    send: bool,
) -> Result<(), StoreError> {
    let to = if send { "sent" } else { "withheld" };
    if !ctx.tx.move_announcement(p.id, "pending", to).await? {
        let text = ctx.t("pman-announce-decided");
        ctx.reply(text);
        return Ok(());
    }
    let audited = if send {
        "permanence.announce"
    } else {
        "permanence.withhold"
    };
    ctx.audit(audited, format!("permanence:{}", p.id), None)
        .await?;
    let text = if send {
        let reached = announce(ctx, p.id, &p.details.title).await?;
        let mut values = args([("title", p.details.title.clone())]);
        values.set("count", reached);
        ctx.t_args("pman-announced", &values)
    } else {
        ctx.t_args("pman-withheld", &args([("title", p.details.title.clone())]))
    };
    ctx.reply(text);
    Ok(())
}

/// Tells the hosts other than the sender that they are named for a permanence.
pub(super) async fn tell_hosts(
    ctx: &mut Ctx<'_>,
    id: i64,
    title: &str,
    hosts: &[i64],
) -> Result<(), StoreError> {
    for host in ctx.tx.partners_by_ids(hosts).await? {
        if host.platform == ctx.msg.platform && host.user == ctx.msg.sender {
            continue;
        }
        ctx.notify(
            host.platform,
            &host.user,
            "pnew-host-told",
            args([("title", title.to_owned()), ("number", id.to_string())]),
            &[(
                "menu-my-permanences",
                Command::MyPermanences.data().to_owned(),
            )],
        )
        .await?;
    }
    Ok(())
}

/// Saves an edit: new places go to the people waiting, and booked people hear of a new
/// title, place or link.
pub(super) async fn save_edit(ctx: &mut Ctx<'_>, id: i64, draft: &Draft) -> Result<(), StoreError> {
    let Some(before) = ctx.tx.permanence(id).await? else {
        ctx.clear_dialogue().await?;
        let text = ctx.t("permanence-gone");
        ctx.reply(text);
        return Ok(());
    };
    if !may_run(ctx, &before).await? {
        ctx.clear_dialogue().await?;
        let text = not_yours(ctx);
        ctx.reply(text);
        return Ok(());
    }
    if !is_complete(draft) {
        let text = ctx.t("pnew-incomplete");
        ctx.reply(text);
        return go_to(ctx, Step::Title, draft).await;
    }
    let now = ctx.now();
    let mut new = draft.to_new();
    // The schedule is not edited (see the module's documentation).
    new.weekly = before.details.weekly;
    new.slot_minutes = before.details.slot_minutes;
    ctx.tx.update_permanence(id, &new).await?;
    ctx.clear_dialogue().await?;
    ctx.audit("permanence.edit", format!("permanence:{id}"), None)
        .await?;
    let promoted = ctx
        .tx
        .set_future_capacity(id, new.capacity, now, now)
        .await?;
    let d = &before.details;
    let moved = d.title != new.title
        || d.structure != new.structure
        || d.address != new.address
        || d.online != new.online
        || d.link != new.link;
    let mut told = 0;
    if moved {
        let bookings = ctx.tx.bookings_of_permanence(id, now).await?;
        let Some(after) = ctx.tx.permanence(id).await? else {
            return Ok(());
        };
        for (b, platform, user) in &bookings {
            tell_booked(ctx, (b, *platform, user), &after, "pman-changed").await?;
            told += 1;
        }
    }
    for person in promoted {
        booking::tell_promoted(ctx, person).await?;
    }
    let text = ctx.t_args("pman-saved", &args([("told", told)]));
    let choices = vec![ctx.choice("menu-my-permanences", Command::MyPermanences.data())];
    ctx.reply_with(text, choices);
    // Only the hosts added now hear of it; the others already know.
    let added: Vec<i64> = new
        .hosts
        .iter()
        .copied()
        .filter(|h| !before.details.hosts.contains(h))
        .collect();
    tell_hosts(ctx, id, &new.title, &added).await
}

/// Tells a booked person about their permanence (`id`: changed, or this date cancelled),
/// in their language.
pub(super) async fn tell_booked(
    ctx: &mut Ctx<'_>,
    (b, platform, user): (&crate::store::BookingRecord, Platform, &UserId),
    p: &PermanenceRecord,
    id: &str,
) -> Result<(), StoreError> {
    let engine = ctx.services();
    let lang = engine.lang_of(&mut ctx.tx, platform, user).await?;
    let i18n = engine.i18n();
    let choices = if id == "pman-changed" {
        vec![("menu-my-bookings", Command::MyBookings.data().to_owned())]
    } else if p.is_active() {
        vec![("pman-other-slots", BookingAction::Slots(p.id).data())]
    } else {
        vec![("menu-permanences", Command::Permanences.data().to_owned())]
    };
    let place = booking::where_to_go(i18n, lang, p);
    ctx.notify(
        platform,
        user,
        id,
        args([
            ("title", p.details.title.clone()),
            ("when", slot_when_in(i18n, lang, &b.slot)),
            ("number", b.id.to_string()),
            ("place", place),
        ]),
        &choices,
    )
    .await
}
