//! `/permanences`: the permanences answering a free text (conditions, places, "en
//! ligne"), full answers first, then the nearest with their reason; five at a time.

use super::booking::BookingAction;
use super::schedule::clock;
use crate::core::Choice;
use crate::features::directory::{results, search};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{PermanenceRecord, StoreError};
use std::collections::HashMap;

/// Permanences shown at once.
const LIST_SIZE: usize = 5;

/// Paging through a list of permanences: step is the page shown, data the criteria.
pub const LIST_DIALOGUE: &str = "permanence_list";

/// `/permanences [texte]`: the permanences matching a free text (conditions, places,
/// "en ligne"), or all of them.
pub async fn list_command(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    let criteria = search::parse(ctx.services().directory(), text, false);
    if !text.trim().is_empty() && criteria.is_empty() {
        let reply = ctx.t("permanence-not-understood");
        ctx.reply(reply);
        return Ok(());
    }
    show_page(ctx, &criteria, 0).await
}

/// One page of the permanences answering `criteria`, best first. While more pages follow,
/// the criteria are kept for the "more" button, unless another dialogue is under way.
async fn show_page(
    ctx: &mut Ctx<'_>,
    criteria: &search::Criteria,
    page: usize,
) -> Result<(), StoreError> {
    let all = ctx.tx.active_permanences().await?;
    // Full answers first, then the nearest.
    let mut ranked: Vec<((i64, bool), &PermanenceRecord)> = all
        .iter()
        .filter_map(|p| relevance(criteria, p).map(|r| (r, p)))
        .collect();
    ranked.sort_by(|a, b| {
        (b.0.1, b.0.0)
            .cmp(&(a.0.1, a.0.0))
            .then(a.1.id.cmp(&b.1.id))
    });
    let exact = ranked.iter().filter(|(fit, _)| fit.1).count();
    let start = page * LIST_SIZE;
    // Whether the chat's dialogue, if any, is this list's: read only when paging matters.
    let ours = if page == 0 && ranked.len() <= LIST_SIZE {
        false
    } else {
        match ctx.dialogue().await? {
            None => true,
            Some(state) => state.kind == LIST_DIALOGUE,
        }
    };
    if ranked.is_empty() || start >= ranked.len() {
        if ours {
            ctx.clear_dialogue().await?;
        }
        let reply = ctx.t(if ranked.is_empty() {
            "permanence-none"
        } else {
            "permanence-no-more"
        });
        ctx.reply(reply);
        return Ok(());
    }
    let shown = &ranked[start..(start + LIST_SIZE).min(ranked.len())];
    let mut reply = if page == 0 && criteria.is_empty() {
        ctx.t_args("permanence-list", &args([("count", ranked.len())]))
    } else if page == 0 {
        results::offers_heading(
            ctx,
            criteria,
            exact,
            (
                "permanence-list-exact",
                "permanence-nobody",
                "permanence-unknown-hint",
            ),
        )
    } else {
        let mut values = args([("from", start + 1)]);
        values.set("to", start + shown.len());
        values.set("total", ranked.len());
        ctx.t_args("permanence-list-next", &values)
    };
    let mut choices = Vec::new();
    // Every host of the page in one read.
    let mut host_ids: Vec<i64> = shown
        .iter()
        .flat_map(|(_, p)| p.details.hosts.iter().copied())
        .collect();
    host_ids.sort_unstable();
    host_ids.dedup();
    let pseudonyms: HashMap<i64, String> = ctx
        .tx
        .partners_by_ids(&host_ids)
        .await?
        .into_iter()
        .map(|h| (h.id, h.profile.pseudonym))
        .collect();
    for (n, ((_, full), p)) in shown.iter().enumerate() {
        if !full && exact > 0 && start + n == exact {
            reply.push_str("\n\n");
            reply.push_str(&ctx.t("offers-nearest"));
        }
        reply.push_str("\n\n");
        reply.push_str(&card(ctx, p, &pseudonyms));
        let d = &p.details;
        if !full
            && let Some(why) =
                results::why_offer(ctx, criteria, &d.themes, d.department.as_deref(), d.online)
        {
            reply.push('\n');
            reply.push_str(&why);
        }
        choices.push(Choice::list_item(
            ctx.t_args(
                "permanence-see-slots",
                &args([("title", p.details.title.clone())]),
            ),
            BookingAction::Slots(p.id),
        ));
    }
    let left = ranked.len() - start - shown.len();
    if left > 0 && ours {
        ctx.set_dialogue(LIST_DIALOGUE, page as i64, serde_json::to_string(criteria)?)
            .await?;
        choices.push(ctx.choice("permanence-more", BookingAction::More(page as i64 + 1)));
    } else if left > 0 {
        // Another dialogue holds this chat: say how to see the rest rather than end it.
        reply.push_str("\n\n");
        reply.push_str(&ctx.t_args("permanence-more-hint", &args([("count", left)])));
    } else if ours && page > 0 {
        ctx.clear_dialogue().await?;
    }
    ctx.reply_with(reply, choices);
    Ok(())
}

/// The next page of the list whose criteria the dialogue kept.
pub(super) async fn next_page(ctx: &mut Ctx<'_>, page: i64) -> Result<(), StoreError> {
    let kept = match ctx.dialogue().await? {
        Some(state) if state.kind == LIST_DIALOGUE && state.step + 1 == page => {
            serde_json::from_str::<search::Criteria>(&state.data).ok()
        }
        _ => None,
    };
    match kept {
        Some(criteria) => show_page(ctx, &criteria, page as usize).await,
        None => crate::features::kit::stale_choice(ctx),
    }
}

/// How well a permanence answers the criteria, and whether fully; `None` when not at all.
fn relevance(criteria: &search::Criteria, p: &PermanenceRecord) -> Option<(i64, bool)> {
    let d = &p.details;
    results::offer_fit(criteria, &d.themes, d.department.as_deref(), d.online)
}

/// A permanence as a person reads it (never the online link before booking).
fn card(ctx: &Ctx<'_>, p: &PermanenceRecord, pseudonyms: &HashMap<i64, String>) -> String {
    let engine = ctx.services();
    let (i18n, dir, lang) = (engine.i18n(), engine.directory(), ctx.lang);
    let d = &p.details;
    let themes = d
        .themes
        .iter()
        .map(|k| dir.conditions.label(i18n, lang, k))
        .collect::<Vec<_>>()
        .join(", ");
    let place = match (&d.department, d.online) {
        (_, true) => ctx.t("partner-online"),
        (Some(code), false) => {
            format!(
                "{}, {}",
                d.address,
                crate::features::directory::department_label(code)
            )
        }
        (None, false) => d.address.clone(),
    };
    let when = match d.weekly {
        Some((weekday, start, end)) => ctx.t_args(
            "permanence-weekly",
            &args([
                ("weekday", ctx.t(&format!("weekday-{weekday}"))),
                ("start", clock(start)),
                ("end", clock(end)),
            ]),
        ),
        None => ctx.t("permanence-dates"),
    };
    let hosts = d
        .hosts
        .iter()
        .filter_map(|id| pseudonyms.get(id).map(String::as_str))
        .collect::<Vec<_>>()
        .join(", ");
    ctx.t_args(
        "permanence-card",
        &args([
            ("title", d.title.clone()),
            ("structure", d.structure.clone()),
            ("place", place),
            ("themes", themes),
            ("when", when),
            ("hosts", hosts),
        ]),
    )
}
