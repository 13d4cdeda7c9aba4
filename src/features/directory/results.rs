//! How search results are told: what was asked, in words; which part nobody answers;
//! words left unknown; why one of the nearest results is shown. Shared by `/chercher`,
//! `/permanences` and `/etp`, which all read free text as [`Criteria`].

use super::geo;
use super::search::Criteria;
use crate::features::kit::Ctx;
use crate::features::vocabulary::Lookup;
use crate::i18n::args;

/// Labels in quotes, joined: « SEP », « Rhône (69) ».
pub(super) fn quoted(
    ctx: &Ctx<'_>,
    labels: impl IntoIterator<Item = String>,
    joiner: &str,
) -> String {
    labels
        .into_iter()
        .map(|l| ctx.t_args("quoted", &args([("text", l)])))
        .collect::<Vec<_>>()
        .join(joiner)
}

/// The conditions asked, in words ("« Diabète de type 1 » ou « Diabète de type 2 »").
pub(super) fn asked_conditions(ctx: &Ctx<'_>, criteria: &Criteria) -> String {
    let engine = ctx.services();
    let dir = engine.directory();
    let joiner = ctx.t(if criteria.any_condition {
        "search-joiner-or"
    } else {
        "search-joiner-and"
    });
    quoted(
        ctx,
        criteria
            .conditions
            .iter()
            .map(|k| dir.conditions.label(engine.i18n(), ctx.lang, k)),
        &joiner,
    )
}

/// The places asked, in words.
pub(super) fn asked_places(ctx: &Ctx<'_>, criteria: &Criteria) -> String {
    let mut places: Vec<String> = criteria
        .departments
        .iter()
        .map(|d| super::department_label(d))
        .collect();
    if criteria.online {
        places.push(ctx.t("partner-online"));
    }
    quoted(ctx, places, &ctx.t("search-joiner-or"))
}

/// Everything asked, in words, for the count of full answers.
pub(super) fn asked(ctx: &Ctx<'_>, criteria: &Criteria) -> String {
    let engine = ctx.services();
    let dir = engine.directory();
    let mut parts = Vec::new();
    if !criteria.conditions.is_empty() {
        parts.push(asked_conditions(ctx, criteria));
    }
    if !criteria.departments.is_empty() || criteria.online {
        parts.push(asked_places(ctx, criteria));
    }
    let labels = |v: &crate::features::vocabulary::Vocabulary, keys: &[String]| {
        quoted(
            ctx,
            keys.iter().map(|k| v.label(engine.i18n(), ctx.lang, k)),
            ", ",
        )
    };
    let family: Vec<String> = criteria.role_family.iter().cloned().collect();
    let roles = if family.is_empty() {
        (&dir.roles, &criteria.roles)
    } else {
        (&dir.role_families, &family)
    };
    for (v, keys) in [
        roles,
        (&dir.missions, &criteria.missions),
        (&dir.trainings, &criteria.trainings),
    ] {
        if !keys.is_empty() {
            parts.push(labels(v, keys));
        }
    }
    parts.join(", ")
}

/// Which part of the search nobody answers, in words. `elsewhere`: someone has the
/// conditions asked, in another place.
pub(super) fn nobody_line(ctx: &Ctx<'_>, criteria: &Criteria, elsewhere: bool) -> String {
    let has_place = !criteria.departments.is_empty() || criteria.online;
    let only_conditions_and_place =
        criteria.roles.is_empty() && criteria.missions.is_empty() && criteria.trainings.is_empty();
    if !only_conditions_and_place {
        ctx.t_args("search-nobody", &args([("asked", asked(ctx, criteria))]))
    } else if !criteria.conditions.is_empty() && !elsewhere {
        ctx.t_args(
            "search-nobody-condition",
            &args([("conditions", asked_conditions(ctx, criteria))]),
        )
    } else if !criteria.conditions.is_empty() && has_place {
        ctx.t_args(
            "search-nobody-condition-place",
            &args([
                ("conditions", asked_conditions(ctx, criteria)),
                ("places", asked_places(ctx, criteria)),
            ]),
        )
    } else {
        ctx.t_args("search-nobody", &args([("asked", asked(ctx, criteria))]))
    }
}

/// The words nothing understood, said to be unknown, with the nearest known conditions
/// when some are close.
pub(super) fn unknown_line(ctx: &Ctx<'_>, criteria: &Criteria, hint_id: &str) -> String {
    let engine = ctx.services();
    let dir = engine.directory();
    let mut values = args([("words", quoted(ctx, criteria.unknown.iter().cloned(), ", "))]);
    values.set("count", criteria.unknown.len());
    let mut text = ctx.t_args("search-unknown", &values);
    let mut close: Vec<usize> = Vec::new();
    for word in &criteria.unknown {
        if let Lookup::Suggestions(found) = dir.conditions.lookup(word) {
            for i in found.into_iter().take(3) {
                if !close.contains(&i) {
                    close.push(i);
                }
            }
        }
    }
    text.push(' ');
    if close.is_empty() {
        text.push_str(&ctx.t(hint_id));
    } else {
        let labels = close.iter().take(3).map(|&i| {
            dir.conditions
                .label(engine.i18n(), ctx.lang, &dir.conditions.keys()[i])
        });
        let labels = quoted(ctx, labels, &ctx.t("search-joiner-or"));
        text.push_str(&ctx.t_args("search-unknown-suggest", &args([("suggestions", labels)])));
    }
    text
}

/// Why a result that does not answer everything is shown: how near its place is, and
/// which of the conditions asked it shares, or else which related ones it has.
pub(super) fn why_near(
    ctx: &Ctx<'_>,
    criteria: &Criteria,
    (conditions, roles): (&[String], Option<&[String]>),
    departments: &[String],
    online: bool,
    why_id: &str,
) -> Option<String> {
    let mut reasons = Vec::new();
    if let Some(roles) = roles
        && !criteria.roles.is_empty()
        && !criteria.roles.iter().any(|r| roles.contains(r))
    {
        reasons.push(ctx.t("search-why-role"));
    }
    let right_place = criteria.departments.is_empty()
        || departments.iter().any(|d| criteria.departments.contains(d))
        || (criteria.online && online);
    if !right_place {
        let same_region = criteria.departments.iter().any(|asked| {
            geo::neighbours(asked)
                .iter()
                .any(|n| departments.iter().any(|d| d == n.code))
        });
        reasons.push(ctx.t(if same_region {
            "search-why-region"
        } else if online {
            "search-why-online"
        } else {
            "search-why-elsewhere"
        }));
    }
    let shared: Vec<String> = criteria
        .conditions
        .iter()
        .filter(|c| conditions.contains(c))
        .cloned()
        .collect();
    let engine = ctx.services();
    let labels = |keys: &[String]| {
        let labels = keys.iter().map(|k| {
            engine
                .directory()
                .conditions
                .label(engine.i18n(), ctx.lang, k)
        });
        quoted(ctx, labels, ", ")
    };
    if shared.is_empty() && !criteria.conditions.is_empty() {
        let related: Vec<String> = super::related_conditions(&criteria.conditions)
            .into_iter()
            .filter(|c| conditions.contains(c))
            .collect();
        if !related.is_empty() {
            let values = args([("conditions", labels(&related))]);
            reasons.push(ctx.t_args("search-why-related", &values));
        }
    } else if !criteria.any_condition && shared.len() < criteria.conditions.len() {
        let values = args([("conditions", labels(&shared))]);
        reasons.push(ctx.t_args("search-why-shared", &values));
    }
    let joiner = ctx.t("search-joiner-reasons");
    (!reasons.is_empty()).then(|| ctx.t_args(why_id, &args([("reasons", reasons.join(&joiner))])))
}

/// How well something offered at a place or online (a permanence, an ETP programme)
/// answers search criteria: themes first, then the same department, one of the same
/// region, or online; `None` when it does not answer them at all. The flag says whether
/// it answers everything asked (every condition named, the place itself).
pub fn offer_fit(
    criteria: &Criteria,
    themes: &[String],
    department: Option<&str>,
    online: bool,
) -> Option<(i64, bool)> {
    let matching = criteria
        .conditions
        .iter()
        .filter(|c| themes.contains(c))
        .count() as i64;
    // Only for an offer sharing no condition asked: one of a related condition.
    let related = matching == 0
        && super::related_conditions(&criteria.conditions)
            .iter()
            .any(|c| themes.contains(c));
    if !criteria.conditions.is_empty() && matching == 0 && !related {
        return None;
    }
    let place = if criteria.departments.is_empty() {
        0
    } else if department.is_some_and(|dep| criteria.departments.iter().any(|c| c == dep)) {
        40
    } else if department.is_some_and(|dep| {
        criteria
            .departments
            .iter()
            .any(|c| geo::neighbours(c).iter().any(|n| n.code == dep))
    }) {
        20
    } else if online {
        10
    } else {
        return None;
    };
    if criteria.online && !online && criteria.departments.is_empty() {
        return None;
    }
    let all_conditions = criteria.conditions.is_empty()
        || (matching > 0
            && (criteria.any_condition || matching as usize == criteria.conditions.len()));
    let right_place = place == 40 || criteria.departments.is_empty() || (criteria.online && online);
    Some((
        matching * 100 + i64::from(related) * 50 + place,
        all_conditions && right_place && criteria.unknown.is_empty(),
    ))
}

/// The first lines of a list of offers found by free text: how many answer everything
/// asked (`ids.0`, with `$count` and `$asked`), or that none does (`ids.1`, with `$asked`),
/// after the words left unknown if any (with the hint `ids.2` when no known name is
/// close).
pub fn offers_heading(
    ctx: &Ctx<'_>,
    criteria: &Criteria,
    exact: usize,
    (exact_id, none_id, hint_id): (&str, &str, &str),
) -> String {
    let mut text = if criteria.unknown.is_empty() {
        String::new()
    } else {
        format!("{}\n\n", unknown_line(ctx, criteria, hint_id))
    };
    let mut values = args([("asked", asked(ctx, criteria))]);
    values.set("count", exact);
    text.push_str(&ctx.t_args(if exact > 0 { exact_id } else { none_id }, &values));
    if exact == 0 {
        text.push(' ');
        text.push_str(&ctx.t("offers-nearest-first"));
    }
    text
}

/// Why an offer that does not answer everything is listed (see [`offer_fit`]), if it does
/// not.
pub fn why_offer(
    ctx: &Ctx<'_>,
    criteria: &Criteria,
    themes: &[String],
    department: Option<&str>,
    online: bool,
) -> Option<String> {
    let departments: Vec<String> = department.map(str::to_owned).into_iter().collect();
    why_near(
        ctx,
        criteria,
        (themes, None),
        &departments,
        online,
        "offers-why",
    )
}
