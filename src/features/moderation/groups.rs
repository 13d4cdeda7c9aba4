//! A group's protections, set by its coordinators with `/groupe`: flood control (too many
//! messages too fast mutes), newcomers' links and media held for review, a welcome with the
//! group's rules, and `/regles` for anyone. Only opaque ids and counters are kept about
//! members; never what they write.

use super::{Member, duration_words, post_in_group};
pub use crate::core::contact::has_link;
use crate::core::{Body, ChatId, ModerationAction};
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::{GroupSettings, StoreError};

/// Longest rules text.
const MAX_RULES: usize = 2_000;

/// Highest numbers a setting accepts (messages, seconds, minutes).
const MAX_SETTING: i64 = 10_000;

/// Runs a group message past the protections; `true` when it was dealt with (held, or the
/// member muted for flooding) and goes no further.
pub async fn watch(ctx: &mut Ctx<'_>, body: &Body) -> Result<bool, StoreError> {
    let (text, channel) = match body {
        Body::Text(text) | Body::Edited(text) => (text, false),
        Body::ChannelPost(text) => (text, true),
        Body::Choice(_) | Body::Joined => return Ok(false),
    };
    if ctx.is_coordinator() {
        return Ok(false);
    }
    let (platform, group) = (ctx.msg.platform, ctx.msg.chat.clone());
    let settings = ctx.tx.group_settings(platform, &group).await?;
    let now = ctx.now();
    let seen = ctx
        .tx
        .member_message(
            platform,
            &group,
            &ctx.msg.sender,
            now,
            settings.flood_seconds,
            settings.newcomer_messages,
        )
        .await?;
    let member = Member {
        platform,
        user: ctx.msg.sender.clone(),
        name: ctx.msg.display_name.clone(),
    };
    let flood_on = settings.flood_seconds > 0 && settings.flood_messages > 0;
    if flood_on && seen.in_window > settings.flood_messages {
        // Muted once per window: the messages still arriving are the same burst.
        if seen.in_window == settings.flood_messages + 1 {
            let seconds = settings.flood_mute_minutes.max(1) * 60;
            super::mute_member(ctx, &group, &member, now + seconds).await?;
            ctx.audit_automatic("member.mute_flood", member.label(), None)
                .await?;
            let values = args([
                ("name", member.name.clone()),
                ("duration", duration_words(ctx, seconds)),
            ]);
            post_in_group(ctx, &group, "moderation-flood-muted", &values);
            ctx.notify(
                platform,
                &member.user,
                "moderation-you-flood-muted",
                values,
                &[],
            )
            .await?;
        }
        return Ok(true);
    }
    // A channel never proves itself: nobody answers for what it posts.
    let newcomer = settings.newcomer_messages > 0
        && (channel || (!seen.trusted && seen.messages <= settings.newcomer_messages));
    if newcomer && (ctx.msg.media || has_link(text)) {
        hold(ctx, &group, &member, &settings, text).await?;
        return Ok(true);
    }
    Ok(false)
}

/// A newcomer's link or media: deleted from the group until a coordinator decides (trust
/// them, remove them, or nothing), the member told privately why.
async fn hold(
    ctx: &mut Ctx<'_>,
    group: &ChatId,
    member: &Member,
    settings: &GroupSettings,
    text: &str,
) -> Result<(), StoreError> {
    let Some(message) = ctx.msg.message_id.clone() else {
        return Ok(());
    };
    // The member's own row: the bot decided alone, nobody is told if it fails.
    ctx.send(super::order_message(
        ctx.msg.platform,
        group,
        &member.user,
        ModerationAction::Delete {
            message: message.clone(),
        },
        false,
    ));
    let now = ctx.now();
    let bot = crate::core::UserId(crate::core::BOT_ACTOR.to_owned());
    let report = ctx
        .tx
        .create_message_report(
            (member.platform, &bot),
            (member.platform, &member.user),
            "held",
            "",
            now,
            Some((group, &message)),
        )
        .await?;
    ctx.audit_automatic("member.hold", member.label(), None)
        .await?;
    let excerpt = excerpt(text);
    for (platform, user) in
        crate::features::reports::deciders(ctx, (member.platform, &member.user)).await?
    {
        ctx.notify(
            platform,
            &user,
            "moderation-held",
            args([
                ("number", report.to_string()),
                ("name", member.name.clone()),
                ("excerpt", excerpt.clone()),
            ]),
            &[
                (
                    "moderation-trust",
                    crate::features::reports::ReportAction::Trust(report).data(),
                ),
                (
                    "moderation-remove",
                    crate::features::reports::ReportAction::Kick(report).data(),
                ),
                (
                    "report-dismiss",
                    crate::features::reports::ReportAction::Dismiss(report).data(),
                ),
            ],
        )
        .await?;
    }
    ctx.notify(
        member.platform,
        &member.user,
        "moderation-you-held",
        args([("limit", settings.newcomer_messages)]),
        &[],
    )
    .await
}

/// At most 200 characters of a message, for coordinators' notifications.
pub(crate) fn excerpt(text: &str) -> String {
    const MAX: usize = 200;
    let text = text.trim();
    if text.chars().count() <= MAX {
        return text.to_owned();
    }
    let cut: String = text.chars().take(MAX).collect();
    format!("{cut}…")
}

/// A member joined: welcomed once, with the rules when the group has some.
pub async fn welcome(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    if !ctx.in_group() {
        return Ok(());
    }
    let (platform, group) = (ctx.msg.platform, ctx.msg.chat.clone());
    let now = ctx.now();
    let new = ctx
        .tx
        .member_joined(platform, &group, &ctx.msg.sender, now)
        .await?;
    let settings = ctx.tx.group_settings(platform, &group).await?;
    if !new || !settings.welcome {
        return Ok(());
    }
    let name = ctx.msg.display_name.clone();
    let text = match &settings.rules {
        Some(rules) => ctx.t_args(
            "group-welcome-rules",
            &args([("name", name), ("rules", rules.clone())]),
        ),
        None => ctx.t_args("group-welcome", &args([("name", name)])),
    };
    ctx.reply(text);
    Ok(())
}

/// `/regles`: the group's rules.
pub async fn rules(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    if !ctx.in_group() {
        let text = ctx.t("group-rules-in-group");
        ctx.reply(text);
        return Ok(());
    }
    let settings = ctx
        .tx
        .group_settings(ctx.msg.platform, &ctx.msg.chat)
        .await?;
    let text = match settings.rules {
        Some(rules) => ctx.t_args("group-rules", &args([("rules", rules)])),
        None => ctx.t("group-rules-none"),
    };
    ctx.reply(text);
    Ok(())
}

/// `/groupe [réglage valeurs]`: shows the group's settings, or changes one.
pub async fn settings_command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let (platform, group) = (ctx.msg.platform, ctx.msg.chat.clone());
    let mut settings = ctx.tx.group_settings(platform, &group).await?;
    let rest = rest.trim();
    if rest.is_empty() {
        let text = summary(ctx, &settings);
        ctx.reply(text);
        return Ok(());
    }
    let (name, values) = rest
        .split_once(char::is_whitespace)
        .map_or((rest, ""), |(n, v)| (n, v.trim()));
    let name = crate::core::text::fold(name);
    let changed = match name.as_str() {
        "regles" | "rules" => set_rules(&mut settings, values),
        "accueil" | "welcome" => yes_no(values).map(|on| settings.welcome = on),
        "flood" | "flot" => set_flood(&mut settings, values),
        "nouveaux" | "newcomers" => numbers(values, 1).map(|n| settings.newcomer_messages = n[0]),
        "avertissements" | "warnings" => set_warnings(&mut settings, values),
        _ => None,
    };
    if changed.is_none() {
        let text = ctx.t("group-settings-how");
        ctx.reply(text);
        return Ok(());
    }
    let now = ctx.now();
    ctx.tx
        .set_group_settings(platform, &group, &settings, now)
        .await?;
    ctx.audit("group.settings", format!("group:{name}"), None)
        .await?;
    let text = format!(
        "{}\n\n{}",
        ctx.t("group-settings-saved"),
        summary(ctx, &settings)
    );
    ctx.reply(text);
    Ok(())
}

fn set_rules(settings: &mut GroupSettings, text: &str) -> Option<()> {
    let folded = crate::core::text::fold(text);
    if matches!(folded.as_str(), "aucune" | "none" | "effacer" | "clear") {
        settings.rules = None;
        return Some(());
    }
    let length = text.chars().count();
    if length == 0 || length > MAX_RULES {
        return None;
    }
    settings.rules = Some(text.to_owned());
    Some(())
}

fn set_flood(settings: &mut GroupSettings, values: &str) -> Option<()> {
    if yes_no(values) == Some(false) {
        settings.flood_seconds = 0;
        return Some(());
    }
    let n = numbers(values, 2)?;
    if n[0] == 0 || n[1] == 0 {
        return None;
    }
    settings.flood_messages = n[0];
    settings.flood_seconds = n[1];
    if let Some(&minutes) = n.get(2) {
        settings.flood_mute_minutes = minutes.max(1);
    }
    Some(())
}

fn set_warnings(settings: &mut GroupSettings, values: &str) -> Option<()> {
    let (count, rest) = values
        .split_once(char::is_whitespace)
        .map_or((values, ""), |(c, r)| (c, r.trim()));
    let count: i64 = count
        .parse()
        .ok()
        .filter(|n| (0..=MAX_SETTING).contains(n))?;
    if !rest.is_empty() {
        let (seconds, after) = super::take_duration(rest)?;
        if !after.is_empty() {
            return None;
        }
        settings.warn_mute_minutes = (seconds / 60).max(1);
    }
    settings.warn_limit = count;
    Some(())
}

/// At least `min` whole numbers, each from 0 to [`MAX_SETTING`], and nothing else.
fn numbers(values: &str, min: usize) -> Option<Vec<i64>> {
    let n: Vec<i64> = values
        .split_whitespace()
        .map(|w| {
            w.parse::<i64>()
                .ok()
                .filter(|n| (0..=MAX_SETTING).contains(n))
        })
        .collect::<Option<_>>()?;
    (n.len() >= min && n.len() <= 3).then_some(n)
}

fn yes_no(value: &str) -> Option<bool> {
    match crate::core::text::fold(value).as_str() {
        "oui" | "yes" | "on" | "actif" | "active" => Some(true),
        "non" | "no" | "off" | "inactif" | "aucun" | "none" => Some(false),
        _ => None,
    }
}

fn summary(ctx: &Ctx<'_>, s: &GroupSettings) -> String {
    let on_off = |on: bool| ctx.t(if on { "group-on" } else { "group-off" });
    let flood = if s.flood_seconds > 0 && s.flood_messages > 0 {
        ctx.t_args(
            "group-flood-value",
            &args([
                ("messages", s.flood_messages.to_string()),
                ("seconds", s.flood_seconds.to_string()),
                ("duration", duration_words(ctx, s.flood_mute_minutes * 60)),
            ]),
        )
    } else {
        on_off(false)
    };
    let warnings = if s.warn_limit > 0 {
        ctx.t_args(
            "group-warnings-value",
            &args([
                ("count", s.warn_limit.to_string()),
                ("duration", duration_words(ctx, s.warn_mute_minutes * 60)),
                ("days", super::WARNING_DAYS.to_string()),
            ]),
        )
    } else {
        on_off(false)
    };
    let newcomers = if s.newcomer_messages > 0 {
        ctx.t_args(
            "group-newcomers-value",
            &args([("count", s.newcomer_messages.to_string())]),
        )
    } else {
        on_off(false)
    };
    ctx.t_args(
        "group-settings",
        &args([
            (
                "rules",
                s.rules
                    .clone()
                    .unwrap_or_else(|| ctx.t("group-rules-unset")),
            ),
            ("welcome", on_off(s.welcome)),
            ("flood", flood),
            ("newcomers", newcomers),
            ("warnings", warnings),
        ]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_seen_in_their_usual_forms() {
        assert!(has_link("regardez https://exemple.fr/page"));
        assert!(has_link("www.exemple.org"));
        assert!(has_link("rejoignez t.me/groupe"));
        assert!(has_link("allez sur arnaque.com !"));
        assert!(!has_link("bonjour à tous, j'ai rendez-vous demain."));
        assert!(!has_link("mon diabète... fatigue"));
        assert!(!has_link("écrivez à anne@exemple.fr"));
    }

    #[test]
    fn settings_are_read_or_refused() {
        let mut s = GroupSettings::default();
        assert_eq!(set_flood(&mut s, "5 10 30"), Some(()));
        assert_eq!(
            (s.flood_messages, s.flood_seconds, s.flood_mute_minutes),
            (5, 10, 30)
        );
        assert_eq!(set_flood(&mut s, "non"), Some(()));
        assert_eq!(s.flood_seconds, 0);
        assert_eq!(set_flood(&mut s, "5"), None);
        assert_eq!(set_flood(&mut s, "0 10"), None);
        assert_eq!(set_flood(&mut s, "5 dix"), None);
        assert_eq!(set_warnings(&mut s, "2 12h"), Some(()));
        assert_eq!((s.warn_limit, s.warn_mute_minutes), (2, 720));
        assert_eq!(set_warnings(&mut s, "2 douze"), None);
        assert_eq!(set_warnings(&mut s, "-1"), None);
        assert_eq!(set_rules(&mut s, "Bienveillance."), Some(()));
        assert_eq!(s.rules.as_deref(), Some("Bienveillance."));
        assert_eq!(set_rules(&mut s, "aucune"), Some(()));
        assert_eq!(s.rules, None);
        assert_eq!(numbers("1 2 3 4", 1), None);
    }
}
