//! `/etp`: finding a programme, by free text ("diabète Toulouse", "SEP à distance") as in
//! the directory search, or guided (condition, then place) among the programmes that exist.

use super::card;
use crate::core::Choice;
use crate::features::directory::{geo, results, search};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{ProgrammeRecord, StoreError};

/// Programmes shown at once.
const SHOWN: usize = 5;

/// `/etp [texte]`.
pub async fn command(ctx: &mut Ctx<'_>, text: &str) -> Result<(), StoreError> {
    if text.trim().is_empty() {
        return guided_conditions(ctx).await;
    }
    let criteria = search::parse(ctx.services().directory(), text, false);
    if criteria.is_empty() {
        let reply = ctx.t("etp-not-understood");
        let choices = vec![ctx.choice("etp-guided", CatalogueAction::Theme(ANY.to_owned()))];
        ctx.reply_with(reply, choices);
        return Ok(());
    }
    let all = ctx.tx.programmes(false).await?;
    // Full answers first, then the nearest.
    let mut ranked: Vec<((i64, bool), &ProgrammeRecord)> = all
        .iter()
        .filter_map(|p| {
            let d = &p.details;
            results::offer_fit(&criteria, &d.themes, d.department.as_deref(), d.online)
                .map(|r| (r, p))
        })
        .collect();
    ranked.sort_by(|a, b| {
        (b.0.1, b.0.0)
            .cmp(&(a.0.1, a.0.0))
            .then(a.1.id.cmp(&b.1.id))
    });
    let found: Vec<(bool, ProgrammeRecord)> = ranked
        .into_iter()
        .map(|((_, full), p)| (full, p.clone()))
        .collect();
    show(ctx, &found, Some(&criteria));
    Ok(())
}

/// A list of programmes, each with its sign-up choice (and, for coordinators, manage),
/// and whether it answers everything asked; `criteria`: what a free-text search asked
/// (the full answers come first).
fn show(ctx: &mut Ctx<'_>, found: &[(bool, ProgrammeRecord)], criteria: Option<&search::Criteria>) {
    if found.is_empty() {
        let text = ctx.t("etp-none");
        let choices = vec![ctx.choice("etp-guided", CatalogueAction::Theme(ANY.to_owned()))];
        ctx.reply_with(text, choices);
        return;
    }
    let coordinator = ctx.is_coordinator();
    let exact = found.iter().filter(|(full, _)| *full).count();
    let mut text = match criteria {
        Some(criteria) => results::offers_heading(
            ctx,
            criteria,
            exact,
            ("etp-list-exact", "etp-nobody", "etp-unknown-hint"),
        ),
        None => ctx.t_args("etp-list", &args([("count", found.len())])),
    };
    let mut choices = Vec::new();
    for (n, (full, p)) in found.iter().take(SHOWN).enumerate() {
        if !full && exact > 0 && n == exact {
            text.push_str("\n\n");
            text.push_str(&ctx.t("offers-nearest"));
        }
        text.push_str("\n\n");
        text.push_str(&card(ctx, p));
        let d = &p.details;
        if !full
            && let Some(criteria) = criteria
            && let Some(why) =
                results::why_offer(ctx, criteria, &d.themes, d.department.as_deref(), d.online)
        {
            text.push('\n');
            text.push_str(&why);
        }
        choices.push(Choice::list_item(
            ctx.t_args("etp-join-button", &args([("number", p.id)])),
            CatalogueAction::Join(p.id),
        ));
        if coordinator && ctx.covers(&p.details.structure) {
            choices.push(Choice::list_item(
                ctx.t_args("etp-manage-button", &args([("number", p.id)])),
                super::create::ProgrammeAction::Menu(p.id),
            ));
        }
    }
    if found.len() > SHOWN {
        text.push_str("\n\n");
        text.push_str(&ctx.t_args("etp-more", &args([("count", found.len() - SHOWN)])));
    }
    ctx.reply_with(text, choices);
}

/// Guided, first step: the conditions some open programme covers.
async fn guided_conditions(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let all = ctx.tx.programmes(false).await?;
    let mut themes: Vec<String> = all
        .iter()
        .flat_map(|p| p.details.themes.iter().cloned())
        .collect();
    themes.sort();
    themes.dedup();
    let engine = ctx.services();
    let mut choices: Vec<Choice> = themes
        .iter()
        .map(|k| {
            Choice::new(
                engine
                    .directory()
                    .conditions
                    .label(engine.i18n(), ctx.lang, k),
                CatalogueAction::Theme(k.clone()),
            )
        })
        .collect();
    choices.push(ctx.choice(
        "etp-all",
        CatalogueAction::Place(ANY.to_owned(), ANY.to_owned()),
    ));
    let text = ctx.t("etp-ask-condition");
    ctx.reply_with(text, choices);
    Ok(())
}

/// Guided, second step: the places of the programmes for this condition.
async fn guided_places(ctx: &mut Ctx<'_>, theme: &str) -> Result<(), StoreError> {
    let all = ctx.tx.programmes(false).await?;
    let matching: Vec<&ProgrammeRecord> = all
        .iter()
        .filter(|p| theme == ANY || p.details.themes.iter().any(|t| t == theme))
        .collect();
    if matching.is_empty() {
        return guided_conditions(ctx).await;
    }
    let mut departments: Vec<&str> = matching
        .iter()
        .filter_map(|p| p.details.department.as_deref())
        .collect();
    departments.sort_unstable();
    departments.dedup();
    let mut choices: Vec<Choice> = departments
        .iter()
        .filter_map(|code| geo::department(code))
        .map(|d| {
            Choice::new(
                crate::features::directory::department_label(d.code),
                CatalogueAction::Place(theme.to_owned(), d.code.to_owned()),
            )
        })
        .collect();
    if matching.iter().any(|p| p.details.online) {
        choices.push(ctx.choice(
            "etp-remote",
            CatalogueAction::Place(theme.to_owned(), ONLINE.to_owned()),
        ));
    }
    choices.push(ctx.choice(
        "etp-anywhere",
        CatalogueAction::Place(theme.to_owned(), ANY.to_owned()),
    ));
    let text = ctx.t("etp-ask-place");
    ctx.reply_with(text, choices);
    Ok(())
}

/// Guided, the result.
async fn guided_result(ctx: &mut Ctx<'_>, theme: &str, place: &str) -> Result<(), StoreError> {
    let all = ctx.tx.programmes(false).await?;
    // Only what was offered as a choice: every one a full answer.
    let found: Vec<(bool, ProgrammeRecord)> = all
        .into_iter()
        .filter(|p| theme == ANY || p.details.themes.iter().any(|t| t == theme))
        .filter(|p| match place {
            ANY => true,
            ONLINE => p.details.online,
            code => p.details.department.as_deref() == Some(code),
        })
        .map(|p| (true, p))
        .collect();
    show(ctx, &found, None);
    Ok(())
}

crate::actions! {
    /// A button of the ETP catalogue.
    pub enum CatalogueAction = "etp" {
        /// Guided choice: a theme (a condition key, or `*`), then where.
        Theme(theme: String) = "g",
        /// Guided choice: the programmes of a theme in a department (`online`, `*`).
        Place(theme: String, place: String) = "gp",
        /// Signs up for programme `N`.
        Join(programme: i64) = "join",
    }
}

/// Any theme, or anywhere, in the guided choice.
const ANY: &str = "*";
/// Online programmes, in the guided choice.
const ONLINE: &str = "online";

/// An `etp:…` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: CatalogueAction) -> Result<(), StoreError> {
    if !crate::features::kit::has_consent(ctx) {
        return Ok(());
    }
    let known_theme = |ctx: &Ctx<'_>, t: &str| {
        t == ANY || ctx.services().directory().conditions.position(t).is_some()
    };
    match action {
        CatalogueAction::Theme(theme) if known_theme(ctx, &theme) => {
            guided_places(ctx, &theme).await
        }
        CatalogueAction::Place(theme, place)
            if known_theme(ctx, &theme)
                && (place == ANY || place == ONLINE || geo::department(&place).is_some()) =>
        {
            guided_result(ctx, &theme, &place).await
        }
        CatalogueAction::Join(id) => super::signup::start(ctx, id).await,
        _ => crate::features::kit::stale_choice(ctx),
    }
}
