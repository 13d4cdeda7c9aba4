//! `/journal` (coordinators): the audit log, newest first, filtered by kind of action
//! ("profil", "permanence", "etp", "inscription", "mission", "moderation", "groupe",
//! "blocage") or by target ("signup:5", "telegram:12345").

use crate::core::message::{Platform, UserId};
use crate::features::kit::Ctx;
use crate::i18n::{args, format_instant};
use crate::store::StoreError;

/// Entries shown at once.
const SHOWN: i64 = 20;

/// The words a coordinator may filter with, and the action prefix each stands for.
const KINDS: [(&[&str], &str); 8] = [
    (&["profil", "profile", "profils", "profiles"], "profile."),
    (&["permanence", "permanences", "drop_in"], "permanence."),
    (&["etp", "programme", "programmes"], "etp."),
    (
        &["inscription", "inscriptions", "signup", "signups"],
        "signup.",
    ),
    (&["mission", "missions"], "mission."),
    (
        &["moderation", "membre", "membres", "member", "members"],
        "member.",
    ),
    (&["groupe", "groupes", "group", "groups"], "group."),
    (&["blocage", "blocages", "block", "blocks"], "block."),
];

/// `/journal [filtre]`.
pub async fn command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let mut action = None;
    let mut target = None;
    for word in rest.split_whitespace() {
        if word.contains(':') {
            target = Some(word.to_lowercase());
            continue;
        }
        let folded = crate::core::text::fold(word);
        if let Some((_, prefix)) = KINDS
            .iter()
            .find(|(names, _)| names.contains(&folded.as_str()))
        {
            action = Some(*prefix);
        } else {
            let text = ctx.t_args("journal-filter-unknown", &args([("word", word.to_owned())]));
            ctx.reply(text);
            return Ok(());
        }
    }
    let entries = ctx
        .tx
        .audit_entries(action, target.as_deref(), SHOWN)
        .await?;
    if entries.is_empty() {
        let text = ctx.t("journal-empty");
        ctx.reply(text);
        return Ok(());
    }
    let mut text = ctx.t("journal-heading");
    for e in &entries {
        let label_id = format!("journal-action-{}", e.action.replace(['.', '_'], "-"));
        let label = if ctx.services().i18n().has(ctx.lang, &label_id) {
            ctx.t(&label_id)
        } else {
            e.action.clone()
        };
        let mut line = ctx.t_args(
            "journal-line",
            &args([
                ("when", format_instant(ctx.lang, e.at)),
                ("actor", actor(ctx, &e.actor)),
                ("action", label),
                ("target", e.target.clone()),
            ]),
        );
        if let Some(reason) = &e.reason {
            line.push_str(&ctx.t_args("journal-reason", &args([("reason", reason.clone())])));
        }
        if let Some(chat) = &e.chat {
            line.push_str(&ctx.t_args("journal-group", &args([("group", chat.clone())])));
        }
        text.push_str("\n• ");
        text.push_str(&line);
    }
    ctx.reply(text);
    Ok(())
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "journal",
    commands: &[crate::features::commands::Command::Journal],
    actions: &[],
    dialogues: &[],
    jobs: &[],
};

/// Who acted, as the log shows it: the platform id, or for a person who erased their data
/// the reference of their pseudonym.
fn actor(ctx: &Ctx<'_>, (platform, user): &(Platform, UserId)) -> String {
    match user.0.strip_prefix(crate::store::ERASED_PREFIX) {
        Some(reference) => ctx.t_args(
            "journal-actor-erased",
            &args([("reference", reference.chars().take(6).collect::<String>())]),
        ),
        None => format!("{}:{}", platform.as_str(), user.0),
    }
}
