//! Moderation in groups, by coordinators: `/avertir`, `/muet`, `/demuet`, `/bannir`,
//! `/debannir`, `/exclure`, `/supprimer`, each by reply to a member's message (or naming the
//! member), each with a reason. Warnings count for 30 days, and the group's limit of live
//! warnings mutes. Actions are queued in the outbox with the decision and carried out by the
//! platform's adapter; the member is told privately, the group in a short line, and the
//! audit log keeps who did what.
//!
//! [`groups`] holds the protections (flood, newcomers' links, welcome, rules) and
//! [`block`] the bot-level block.

pub mod block;
pub mod groups;

use crate::core::{ChatId, ModerationAction, ModerationOrder, Outgoing, Platform, UserId};
use crate::features::kit::Ctx;
use crate::i18n::{Args, args};
use crate::store::{StoreError, Tx};

/// How long a warning counts.
pub const WARNING_DAYS: i64 = 30;

/// Shortest and longest reason.
const MIN_REASON: usize = 3;
const MAX_REASON: usize = 500;

/// Longest mute or ban with an end (a year); longer is for good.
const MAX_DURATION_SECS: i64 = 366 * 86_400;

/// A duration such as "10 min", "2h", "3 jours", "1 semaine", read from the start of
/// `text`: (seconds, the rest). `None` when `text` does not start with one, or with one of
/// zero or over a year.
pub fn take_duration(text: &str) -> Option<(i64, &str)> {
    let text = text.trim_start();
    let digits = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let amount: i64 = text[..digits].parse().ok()?;
    let after = text[digits..].trim_start();
    let unit_end = after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len());
    let unit = crate::core::text::fold(&after[..unit_end]);
    let per = match unit.as_str() {
        "m" | "mn" | "min" | "mins" | "minute" | "minutes" => 60,
        "h" | "hr" | "hrs" | "heure" | "heures" | "hour" | "hours" => 3_600,
        "j" | "jr" | "jrs" | "jour" | "jours" | "d" | "day" | "days" => 86_400,
        "sem" | "semaine" | "semaines" | "w" | "wk" | "week" | "weeks" => 7 * 86_400,
        _ => return None,
    };
    let seconds = amount.checked_mul(per)?;
    if seconds <= 0 || seconds > MAX_DURATION_SECS {
        return None;
    }
    Some((seconds, after[unit_end..].trim_start()))
}

/// A member acted on: their id, and how the platform names them (never stored).
#[derive(Debug, Clone)]
pub(crate) struct Member {
    pub platform: Platform,
    pub user: UserId,
    pub name: String,
}

impl Member {
    /// How the audit log names them: `platform:id`, as `/promouvoir` does.
    pub fn label(&self) -> String {
        format!("{}:{}", self.platform.as_str(), self.user.0)
    }
}

/// The member a group command is about: the author of the message replied to, or a member
/// named first in `rest` (a Matrix id, a Telegram numeric id, `@name` on the console).
/// `None` when there is none, or when they cannot be moderated (reply given).
async fn target<'r>(
    ctx: &mut Ctx<'_>,
    rest: &'r str,
) -> Result<Option<(Member, &'r str)>, StoreError> {
    let platform = ctx.msg.platform;
    let found = match &ctx.msg.reply_to {
        Some(reply) => match &reply.author {
            Some(author) => Some((
                Member {
                    platform,
                    user: author.clone(),
                    name: reply.author_name.clone(),
                },
                rest,
            )),
            None => {
                let text = ctx.t("moderation-reply-member");
                ctx.reply(text);
                return Ok(None);
            }
        },
        None => {
            let (word, after) = rest
                .trim()
                .split_once(char::is_whitespace)
                .unwrap_or((rest.trim(), ""));
            named_member(platform, word).map(|user| {
                (
                    Member {
                        platform,
                        name: user.0.clone(),
                        user,
                    },
                    after.trim_start(),
                )
            })
        }
    };
    let Some((member, rest)) = found else {
        let text = ctx.t("moderation-how-target");
        ctx.reply(text);
        return Ok(None);
    };
    if member.user == ctx.msg.sender {
        let text = ctx.t("moderation-not-yourself");
        ctx.reply(text);
        return Ok(None);
    }
    if is_coordinator(ctx, &member).await? {
        let text = ctx.t("moderation-not-coordinator");
        ctx.reply(text);
        return Ok(None);
    }
    Ok(Some((member, rest)))
}

/// A member named in a command: a Matrix id (`@anne:example.org`), a Telegram numeric id,
/// or `@name` on the console. A Telegram `@username` cannot be resolved to an id.
fn named_member(platform: Platform, word: &str) -> Option<UserId> {
    let ok = match platform {
        Platform::Matrix => word.starts_with('@') && word.contains(':'),
        Platform::Telegram => !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()),
        Platform::Console => word.len() > 1 && word.starts_with('@'),
    };
    if !ok {
        return None;
    }
    let id = match platform {
        Platform::Console => &word[1..],
        _ => word,
    };
    Some(UserId(id.to_owned()))
}

/// Whether a member coordinates: then other coordinators do not moderate them (an admin
/// takes the role back first).
async fn is_coordinator(ctx: &mut Ctx<'_>, member: &Member) -> Result<bool, StoreError> {
    Ok(ctx
        .services()
        .settings()
        .is_coordinator(member.platform, &member.user)
        || ctx
            .tx
            .role_of((member.platform, &member.user))
            .await?
            .is_some())
}

/// The reason given, checked; `None` with the reply given when missing or too long.
fn reason(ctx: &mut Ctx<'_>, text: &str) -> Option<String> {
    let text = text.trim();
    if (MIN_REASON..=MAX_REASON).contains(&text.chars().count()) {
        return Some(text.to_owned());
    }
    let reply = ctx.t_args("moderation-reason-needed", &args([("max", MAX_REASON)]));
    ctx.reply(reply);
    None
}

/// An optional reason: empty is fine, too long is not.
fn optional_reason(ctx: &mut Ctx<'_>, text: &str) -> Option<Option<String>> {
    let text = text.trim();
    if text.is_empty() {
        return Some(None);
    }
    reason(ctx, text).map(Some)
}

/// Queues an action in `group`; the sender is told if the platform refuses it.
pub(crate) fn order(ctx: &mut Ctx<'_>, group: &ChatId, action: ModerationAction) {
    let message = order_message(ctx.msg.platform, group, &ctx.msg.sender, action, true);
    ctx.send(message);
}

/// An outbox row carrying a moderation action.
fn order_message(
    platform: Platform,
    group: &ChatId,
    user: &UserId,
    action: ModerationAction,
    tell_on_failure: bool,
) -> Outgoing {
    Outgoing {
        platform,
        chat: Some(group.clone()),
        user: user.clone(),
        text: String::new(),
        choices: Vec::new(),
        attachment: None,
        moderation: Some(ModerationOrder {
            action,
            tell_on_failure,
        }),
    }
}

/// Posts a line in `group`, in the sender's language.
pub(crate) fn post_in_group(ctx: &mut Ctx<'_>, group: &ChatId, id: &str, args: &Args<'_>) {
    let text = ctx.t_args(id, args);
    ctx.send(Outgoing {
        platform: ctx.msg.platform,
        chat: Some(group.clone()),
        user: ctx.msg.sender.clone(),
        text,
        choices: Vec::new(),
        attachment: None,
        moderation: None,
    });
}

/// A duration in words ("2 h", "3 jours"), in the sender's language.
pub(crate) fn duration_words(ctx: &Ctx<'_>, seconds: i64) -> String {
    let (amount, id) = if seconds % (7 * 86_400) == 0 {
        (seconds / (7 * 86_400), "duration-weeks")
    } else if seconds % 86_400 == 0 {
        (seconds / 86_400, "duration-days")
    } else if seconds % 3_600 == 0 {
        (seconds / 3_600, "duration-hours")
    } else {
        ((seconds + 59) / 60, "duration-minutes")
    };
    ctx.t_args(id, &args([("n", amount)]))
}

/// `/avertir [membre] <motif>`.
pub async fn warn(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let Some((member, rest)) = target(ctx, rest).await? else {
        return Ok(());
    };
    let Some(reason) = reason(ctx, rest) else {
        return Ok(());
    };
    let group = ctx.msg.chat.clone();
    warn_member(ctx, &group, &member, &reason).await
}

/// Warns a member of `group` and mutes them when the group's limit of live warnings is
/// reached (from a command or from a report's button).
pub(crate) async fn warn_member(
    ctx: &mut Ctx<'_>,
    group: &ChatId,
    member: &Member,
    reason: &str,
) -> Result<(), StoreError> {
    let settings = ctx.tx.group_settings(member.platform, group).await?;
    let now = ctx.now();
    let live = ctx
        .tx
        .add_warning(
            member.platform,
            group,
            &member.user,
            reason,
            now,
            now + WARNING_DAYS * 86_400,
        )
        .await?;
    ctx.audit_in("member.warn", member.label(), Some(reason), Some(group))
        .await?;
    let limit = settings.warn_limit;
    let mut values = vec![
        ("name", member.name.clone()),
        ("count", live.to_string()),
        ("limit", limit.to_string()),
        ("reason", reason.to_owned()),
        ("days", WARNING_DAYS.to_string()),
    ];
    if limit > 0 && live >= limit {
        let seconds = settings.warn_mute_minutes * 60;
        values.push(("duration", duration_words(ctx, seconds)));
        let values = args(values);
        mute_member(ctx, group, member, now + seconds).await?;
        ctx.audit_in(
            "member.mute_escalation",
            member.label(),
            Some(reason),
            Some(group),
        )
        .await?;
        announce(
            ctx,
            group,
            member,
            ("moderation-warned-muted", "moderation-you-warned-muted"),
            values,
        )
        .await
    } else {
        let (said, told) = if limit > 0 {
            ("moderation-warned", "moderation-you-warned")
        } else {
            ("moderation-warned-plain", "moderation-you-warned-plain")
        };
        let values = args(values);
        announce(ctx, group, member, (said, told), values).await
    }
}

/// Queues a mute until `until` and remembers to lift it then.
async fn mute_member(
    ctx: &mut Ctx<'_>,
    group: &ChatId,
    member: &Member,
    until: i64,
) -> Result<(), StoreError> {
    order(
        ctx,
        group,
        ModerationAction::Mute {
            user: member.user.clone(),
            until: Some(until),
        },
    );
    ctx.tx
        .set_sanction_end(member.platform, group, &member.user, "mute", Some(until))
        .await
}

/// `/muet [membre] <durée> <motif>`.
pub async fn mute(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let Some((member, rest)) = target(ctx, rest).await? else {
        return Ok(());
    };
    let Some((seconds, rest)) = take_duration(rest) else {
        let text = ctx.t("moderation-mute-how");
        ctx.reply(text);
        return Ok(());
    };
    let Some(reason) = reason(ctx, rest) else {
        return Ok(());
    };
    let group = ctx.msg.chat.clone();
    mute_member(ctx, &group, &member, ctx.now() + seconds).await?;
    ctx.audit("member.mute", member.label(), Some(&reason))
        .await?;
    let values = args([
        ("name", member.name.clone()),
        ("duration", duration_words(ctx, seconds)),
        ("reason", reason),
    ]);
    announce(
        ctx,
        &group,
        &member,
        ("moderation-muted", "moderation-you-muted"),
        values,
    )
    .await
}

/// `/demuet [membre] [motif]`.
pub async fn unmute(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    lift(ctx, rest, Sanction::Mute).await
}

/// A mute or a ban, as lifted by hand.
#[derive(Debug, Clone, Copy)]
enum Sanction {
    Mute,
    Ban,
}

/// `/demuet` and `/debannir`: lifts a sanction now, and forgets its planned end.
async fn lift(ctx: &mut Ctx<'_>, rest: &str, sanction: Sanction) -> Result<(), StoreError> {
    let Some((member, rest)) = target(ctx, rest).await? else {
        return Ok(());
    };
    let Some(reason) = optional_reason(ctx, rest) else {
        return Ok(());
    };
    let user = member.user.clone();
    let (action, kind, audited, said, told) = match sanction {
        Sanction::Mute => (
            ModerationAction::Unmute { user },
            "mute",
            "member.unmute",
            "moderation-unmuted",
            "moderation-you-unmuted",
        ),
        Sanction::Ban => (
            ModerationAction::Unban { user },
            "ban",
            "member.unban",
            "moderation-unbanned",
            "moderation-you-unbanned",
        ),
    };
    let group = ctx.msg.chat.clone();
    order(ctx, &group, action);
    ctx.tx
        .drop_sanction_end(member.platform, &group, &member.user, kind)
        .await?;
    ctx.audit(audited, member.label(), reason.as_deref())
        .await?;
    let values = args([("name", member.name.clone())]);
    announce(ctx, &group, &member, (said, told), values).await
}

/// Says what was done in the group (`said`) and to the member, privately (`told`).
async fn announce(
    ctx: &mut Ctx<'_>,
    group: &ChatId,
    member: &Member,
    (said, told): (&str, &str),
    values: Args<'_>,
) -> Result<(), StoreError> {
    post_in_group(ctx, group, said, &values);
    ctx.notify(member.platform, &member.user, told, values, &[])
        .await
}

/// `/bannir [membre] [durée] <motif>`: for good, or for a while.
pub async fn ban(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let Some((member, rest)) = target(ctx, rest).await? else {
        return Ok(());
    };
    let (seconds, rest) = match take_duration(rest) {
        Some((seconds, rest)) => (Some(seconds), rest),
        None => (None, rest),
    };
    let Some(reason) = reason(ctx, rest) else {
        return Ok(());
    };
    let group = ctx.msg.chat.clone();
    ban_member(ctx, &group, &member, seconds, &reason).await
}

/// Bans a member of `group`, for `seconds` or for good (from a command or a report).
pub(crate) async fn ban_member(
    ctx: &mut Ctx<'_>,
    group: &ChatId,
    member: &Member,
    seconds: Option<i64>,
    reason: &str,
) -> Result<(), StoreError> {
    let until = seconds.map(|s| ctx.now() + s);
    order(
        ctx,
        group,
        ModerationAction::Ban {
            user: member.user.clone(),
            until,
        },
    );
    ctx.tx
        .set_sanction_end(member.platform, group, &member.user, "ban", until)
        .await?;
    ctx.audit_in("member.ban", member.label(), Some(reason), Some(group))
        .await?;
    let (said, told, duration) = match seconds {
        Some(s) => (
            "moderation-banned-for",
            "moderation-you-banned-for",
            duration_words(ctx, s),
        ),
        None => ("moderation-banned", "moderation-you-banned", String::new()),
    };
    let values = args([
        ("name", member.name.clone()),
        ("duration", duration),
        ("reason", reason.to_owned()),
    ]);
    announce(ctx, group, member, (said, told), values).await
}

/// `/debannir <membre> [motif]` (by reply to one of their old messages, or naming them).
pub async fn unban(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    lift(ctx, rest, Sanction::Ban).await
}

/// `/exclure [membre] <motif>`: out of the group, free to come back.
pub async fn kick(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let Some((member, rest)) = target(ctx, rest).await? else {
        return Ok(());
    };
    let Some(reason) = reason(ctx, rest) else {
        return Ok(());
    };
    let group = ctx.msg.chat.clone();
    kick_member(ctx, &group, &member, &reason).await
}

/// Removes a member from `group` (from a command or a held message's button).
pub(crate) async fn kick_member(
    ctx: &mut Ctx<'_>,
    group: &ChatId,
    member: &Member,
    reason: &str,
) -> Result<(), StoreError> {
    order(
        ctx,
        group,
        ModerationAction::Kick {
            user: member.user.clone(),
        },
    );
    ctx.audit_in("member.kick", member.label(), Some(reason), Some(group))
        .await?;
    let values = args([("name", member.name.clone()), ("reason", reason.to_owned())]);
    announce(
        ctx,
        group,
        member,
        ("moderation-kicked", "moderation-you-kicked"),
        values,
    )
    .await
}

/// `/supprimer [motif]`, in reply to the message to delete.
pub async fn delete(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let Some(reply) = ctx.msg.reply_to.clone() else {
        let text = ctx.t("moderation-delete-how");
        ctx.reply(text);
        return Ok(());
    };
    let Some(reason) = optional_reason(ctx, rest) else {
        return Ok(());
    };
    let group = ctx.msg.chat.clone();
    let author = reply.author.map(|user| Member {
        platform: ctx.msg.platform,
        user,
        name: reply.author_name.clone(),
    });
    delete_message(
        ctx,
        &group,
        &reply.message,
        author.as_ref(),
        reason.as_deref(),
    )
    .await
}

/// Deletes a message of `group`, telling its author why when known.
pub(crate) async fn delete_message(
    ctx: &mut Ctx<'_>,
    group: &ChatId,
    message: &str,
    author: Option<&Member>,
    reason: Option<&str>,
) -> Result<(), StoreError> {
    order(
        ctx,
        group,
        ModerationAction::Delete {
            message: message.to_owned(),
        },
    );
    let label = author.map_or_else(|| "message".to_owned(), Member::label);
    ctx.audit_in("member.delete", label, reason, Some(group))
        .await?;
    post_in_group(ctx, group, "moderation-deleted", &Args::new());
    if let Some(author) = author {
        let (id, reason) = match reason {
            Some(r) => ("moderation-you-deleted-reason", r.to_owned()),
            None => ("moderation-you-deleted", String::new()),
        };
        ctx.notify(
            author.platform,
            &author.user,
            id,
            args([("reason", reason)]),
            &[],
        )
        .await?;
    }
    Ok(())
}

/// The messages lifting the mutes and bans ended at `at`: the action itself, and a word to
/// a member whose mute is over.
pub async fn lift_ended(
    engine: &crate::features::kit::Services,
    tx: &mut Tx,
    at: i64,
) -> Result<Vec<Outgoing>, StoreError> {
    let mut out = Vec::new();
    for ended in tx.take_ended_sanctions(at).await? {
        let (action, told) = match ended.kind.as_str() {
            "ban" => (
                ModerationAction::Unban {
                    user: ended.user.clone(),
                },
                None,
            ),
            _ => (
                ModerationAction::Unmute {
                    user: ended.user.clone(),
                },
                Some("moderation-mute-over"),
            ),
        };
        out.push(order_message(
            ended.platform,
            &ended.chat,
            &ended.user,
            action,
            false,
        ));
        if let Some(id) = told {
            out.push(
                engine
                    .notice(tx, ended.platform, &ended.user, id, Args::new(), &[])
                    .await?,
            );
        }
    }
    Ok(out)
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "moderation",
    commands: &[
        crate::features::commands::Command::Rules,
        crate::features::commands::Command::GroupSettings,
        crate::features::commands::Command::Warn,
        crate::features::commands::Command::Mute,
        crate::features::commands::Command::Unmute,
        crate::features::commands::Command::Ban,
        crate::features::commands::Command::Unban,
        crate::features::commands::Command::Kick,
        crate::features::commands::Command::Delete,
        crate::features::commands::Command::Block,
        crate::features::commands::Command::Unblock,
    ],
    actions: &[],
    dialogues: &[],
    jobs: &[crate::features::feature::Job {
        name: "sanctions_lift",
        every: std::time::Duration::from_secs(30),
        run: lift_ended_job,
    }],
};

/// Lifts the sanctions whose end has come (a [`Job`](crate::features::feature::Job)).
pub fn lift_ended_job<'a>(
    services: &'a crate::features::kit::Services,
    tx: &'a mut Tx,
    at: i64,
) -> futures_util::future::BoxFuture<'a, Result<Vec<crate::core::Outgoing>, StoreError>> {
    Box::pin(lift_ended(services, tx, at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_durations_in_both_languages() {
        assert_eq!(take_duration("10 min spam"), Some((600, "spam")));
        assert_eq!(take_duration("2h"), Some((7_200, "")));
        assert_eq!(
            take_duration("3 jours insultes"),
            Some((259_200, "insultes"))
        );
        assert_eq!(take_duration("1 semaine"), Some((604_800, "")));
        assert_eq!(take_duration("1w x"), Some((604_800, "x")));
        assert_eq!(take_duration("24 Heures"), Some((86_400, "")));
        assert_eq!(take_duration("0h"), None);
        assert_eq!(take_duration("400 jours"), None);
        assert_eq!(take_duration("99999999999999999999 h"), None);
        assert_eq!(take_duration("spam"), None);
        assert_eq!(take_duration("10 spam"), None);
        assert_eq!(take_duration(""), None);
        assert_eq!(take_duration("5 ans"), None);
    }

    #[test]
    fn members_are_named_as_each_platform_writes_ids() {
        assert_eq!(
            named_member(Platform::Matrix, "@anne:example.org"),
            Some(UserId("@anne:example.org".into()))
        );
        assert_eq!(named_member(Platform::Matrix, "anne"), None);
        assert_eq!(
            named_member(Platform::Telegram, "12345"),
            Some(UserId("12345".into()))
        );
        assert_eq!(named_member(Platform::Telegram, "@anne"), None);
        assert_eq!(
            named_member(Platform::Console, "@bob"),
            Some(UserId("bob".into()))
        );
        assert_eq!(named_member(Platform::Console, "@"), None);
        assert_eq!(named_member(Platform::Console, "bob"), None);
    }
}
