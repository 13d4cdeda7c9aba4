//! Reading what a host typed at each step of the permanence form.

use super::*;

/// A text between `min` and `max` characters without contact details, or the problem.
pub(super) fn plain_text(
    ctx: &Ctx<'_>,
    text: &str,
    min: usize,
    max: usize,
) -> Result<String, String> {
    let length = text.chars().count();
    if length < min {
        Err(ctx.t("pnew-too-short"))
    } else if length > max {
        Err(ctx.t_args("partner-too-long-max", &args([("max", max)])))
    } else if has_contact_details(text) {
        Err(ctx.t("pnew-no-contact-details"))
    } else {
        Ok(text.to_owned())
    }
}

/// An `https://` meeting link without spaces.
pub(super) fn read_link(text: &str) -> Option<String> {
    let link = text.trim();
    (link.starts_with("https://")
        && link.len() > "https://".len() + 3
        && link.chars().count() <= MAX_LINK
        && !link.chars().any(char::is_whitespace))
    .then(|| link.to_owned())
}

/// The condition keys a text names, read as searches read them (synonyms, broad words
/// such as "diabète" for both types); the parts not recognised are refused by name.
pub(super) fn read_themes(ctx: &Ctx<'_>, text: &str) -> Result<Vec<String>, String> {
    let dir = ctx.services().directory();
    let mut keys: Vec<String> = Vec::new();
    let mut unknown = Vec::new();
    for part in text
        .split([',', ';', '\n', '/'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let mut found = search::parse(dir, part, false).conditions;
        if found.is_empty() {
            found = onboarding::split_conditions(&dir.conditions, part).0;
        }
        if found.is_empty() {
            unknown.push(part.to_owned());
        }
        for key in found {
            if !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    if !unknown.is_empty() {
        let words = unknown.join(", ");
        return Err(ctx.t_args("pnew-themes-unknown", &args([("words", words)])));
    }
    if keys.is_empty() {
        return Err(ctx.t("pnew-themes-empty"));
    }
    Ok(keys)
}

/// The host profiles a text names (pseudonyms or profile numbers, separated by commas).
pub(super) async fn read_hosts(
    ctx: &mut Ctx<'_>,
    text: &str,
) -> Result<Result<Vec<i64>, String>, StoreError> {
    let mut hosts = Vec::new();
    for part in text
        .split([',', ';', '\n'])
        .map(|p| p.trim().trim_start_matches(['n', 'N', '°', '#']).trim())
        .filter(|p| !p.is_empty())
    {
        let found = match part.parse::<i64>() {
            Ok(id) => ctx
                .tx
                .partner(id)
                .await?
                .filter(|p| p.status == PartnerStatus::Approved)
                .map(|p| vec![p.id])
                .unwrap_or_default(),
            Err(_) => ctx.tx.approved_partners_named(part).await?,
        };
        match found.as_slice() {
            [id] => {
                if !hosts.contains(id) {
                    hosts.push(*id);
                }
            }
            [] => {
                return Ok(Err(
                    ctx.t_args("pnew-host-unknown", &args([("name", part.to_owned())]))
                ));
            }
            _ => {
                return Ok(Err(ctx.t_args(
                    "pnew-host-ambiguous",
                    &args([("name", part.to_owned())]),
                )));
            }
        }
    }
    if hosts.is_empty() {
        return Ok(Err(ctx.t("pnew-hosts-empty")));
    }
    Ok(Ok(hosts))
}

/// A weekday typed in either language ("mardi", "Tuesday").
pub(super) fn read_weekday(ctx: &Ctx<'_>, text: &str) -> Option<u8> {
    let typed = crate::core::text::fold(text);
    let i18n = ctx.services().i18n();
    (1..=7u8).find(|d| {
        [crate::i18n::Lang::Fr, crate::i18n::Lang::En]
            .iter()
            .any(|lang| {
                let name = crate::core::text::fold(&i18n.text(*lang, &format!("weekday-{d}")));
                typed == name || typed.trim_end_matches('s') == name
            })
    })
}

/// Reads a number typed at a numeric step and stores it, or says the bounds.
pub(super) fn set_number(
    ctx: &Ctx<'_>,
    step: Step,
    draft: &mut Draft,
    text: &str,
) -> Result<(), String> {
    let text = text.trim();
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    // A unit may follow ("30 min", "2 jours", "24h"), a decimal part may not: "2.5" is
    // refused rather than read as 2.
    let whole = text[digits.len()..]
        .trim_start()
        .chars()
        .next()
        .is_none_or(char::is_alphabetic);
    match digits.parse::<i64>().ok().filter(|_| whole) {
        // 0 minutes is no length: the whole opening is its own button.
        Some(0) if step == Step::SlotLength => Err(bounds(ctx, step, draft)),
        Some(n) => apply_number(ctx, step, draft, n),
        None if step == Step::Cutoff && crate::core::text::fold(text).contains("aucun") => {
            apply_number(ctx, step, draft, 0)
        }
        None => Err(bounds(ctx, step, draft)),
    }
}

/// The limits of a numeric step, as a sentence.
pub(super) fn bounds(ctx: &Ctx<'_>, step: Step, draft: &Draft) -> String {
    let (min, max) = range(step, draft);
    let mut values = args([("min", min)]);
    values.set("max", max);
    ctx.t_args("pnew-number-range", &values)
}

pub(super) fn range(step: Step, draft: &Draft) -> (i64, i64) {
    match step {
        Step::SlotLength => (5, draft.shortest_opening().max(5)),
        Step::Capacity => (1, 100),
        Step::OpenDays => (1, 365),
        Step::Cutoff => (0, 168),
        _ => (0, 0),
    }
}

pub(super) fn apply_number(
    ctx: &Ctx<'_>,
    step: Step,
    draft: &mut Draft,
    n: i64,
) -> Result<(), String> {
    let (min, max) = range(step, draft);
    let whole = step == Step::SlotLength && n == 0;
    if !whole && !(min..=max).contains(&n) {
        return Err(bounds(ctx, step, draft));
    }
    match step {
        Step::SlotLength => draft.slot_minutes = n,
        Step::Capacity => draft.capacity = n,
        Step::OpenDays => draft.open_days = n,
        Step::Cutoff => draft.cutoff_minutes = n * 60,
        _ => return Err(bounds(ctx, step, draft)),
    }
    Ok(())
}
