//! Roles given from the chat (admins only, checked by the router's command table): `/promouvoir` makes someone a coordinator,
//! possibly for one organisation, `/retrograder` takes it back, `/coordinateurs` lists
//! them. Changes count from the person's next message; each is in the audit log.

use crate::core::{Platform, UserId};
use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::i18n::{args, format_instant};
use crate::store::StoreError;

/// Longest organisation name.
const MAX_ORGANISATION: usize = 80;

/// A person named as `platform:id` (`telegram:123456`, `matrix:@anne:example.org`).
pub fn parse_person(text: &str) -> Option<(Platform, UserId)> {
    let (platform, id) = text.trim().split_once(':')?;
    let platform = Platform::parse(&platform.trim().to_lowercase())?;
    let id = id.trim();
    (!id.is_empty() && !id.contains(char::is_whitespace)).then(|| (platform, UserId(id.to_owned())))
}

/// Whether a coordinator scoped to `organisation` (or not scoped: `None`) covers a
/// structure: its name contains the organisation's, accents and case aside
/// ("CHU fictif de Lyon, service de diabétologie" is covered by "CHU fictif de Lyon").
pub fn covers(organisation: Option<&str>, structure: &str) -> bool {
    let Some(organisation) = organisation else {
        return true;
    };
    let organisation = crate::core::text::fold(organisation);
    !organisation.is_empty() && crate::core::text::fold(structure).contains(&organisation)
}

/// The coordinators whose role covers `structure`: those of the configuration, and those
/// promoted from the chat for no organisation or for this one.
pub async fn coordinators_for(
    ctx: &mut Ctx<'_>,
    structure: &str,
) -> Result<Vec<(Platform, UserId)>, StoreError> {
    let roles = ctx.tx.roles().await?;
    Ok(ctx
        .coordinators()
        .await?
        .into_iter()
        .filter(|person| {
            roles
                .iter()
                .find(|r| r.person == *person)
                .is_none_or(|r| covers(r.organisation.as_deref(), structure))
        })
        .collect())
}

/// `/promouvoir <plateforme:identifiant> [organisation]`.
pub async fn promote(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let (who, organisation) = rest.trim().split_once(' ').unwrap_or((rest.trim(), ""));
    let Some(person) = parse_person(who) else {
        let text = ctx.t("role-how");
        ctx.reply(text);
        return Ok(());
    };
    let organisation = organisation.trim();
    if organisation.chars().count() > MAX_ORGANISATION {
        let text = ctx.t_args("partner-too-long-max", &args([("max", MAX_ORGANISATION)]));
        ctx.reply(text);
        return Ok(());
    }
    let organisation = (!organisation.is_empty()).then_some(organisation);
    let name = format!("{}:{}", person.0.as_str(), person.1.0);
    if ctx
        .services()
        .settings()
        .is_coordinator(person.0, &person.1)
    {
        let text = ctx.t_args("role-in-config", &args([("person", name)]));
        ctx.reply(text);
        return Ok(());
    }
    let now = ctx.now();
    ctx.tx
        .grant_coordinator((person.0, &person.1), organisation, now)
        .await?;
    ctx.audit("role.promote", name.clone(), organisation)
        .await?;
    let (done, told) = if organisation.is_some() {
        ("role-promoted-for", "role-granted-for")
    } else {
        ("role-promoted", "role-granted")
    };
    let organisation = organisation.unwrap_or_default().to_owned();
    let text = ctx.t_args(
        done,
        &args([("person", name), ("organisation", organisation.clone())]),
    );
    ctx.reply(text);
    ctx.notify(
        person.0,
        &person.1,
        told,
        args([("organisation", organisation)]),
        &[("menu-help", Command::Help.data().to_owned())],
    )
    .await
}

/// `/retrograder <plateforme:identifiant>`.
pub async fn demote(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let Some(person) = parse_person(rest) else {
        let text = ctx.t("role-how");
        ctx.reply(text);
        return Ok(());
    };
    let name = format!("{}:{}", person.0.as_str(), person.1.0);
    if ctx
        .services()
        .settings()
        .is_coordinator(person.0, &person.1)
    {
        let text = ctx.t_args("role-in-config", &args([("person", name)]));
        ctx.reply(text);
        return Ok(());
    }
    if !ctx.tx.revoke_coordinator((person.0, &person.1)).await? {
        let text = ctx.t_args("role-none", &args([("person", name)]));
        ctx.reply(text);
        return Ok(());
    }
    ctx.audit("role.demote", name.clone(), None).await?;
    let text = ctx.t_args("role-demoted", &args([("person", name)]));
    ctx.reply(text);
    ctx.notify(person.0, &person.1, "role-revoked", args([("x", "")]), &[])
        .await
}

/// `/coordinateurs`: who coordinates, by the configuration and from the chat.
pub async fn list(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let mut text = ctx.t("role-list");
    for (platform, user) in ctx.services().settings().configured_coordinators() {
        let admin = ctx
            .services()
            .settings()
            .is_admin(platform, &UserId(user.clone()));
        let id = if admin {
            "role-line-admin"
        } else {
            "role-line-config"
        };
        text.push_str("\n• ");
        text.push_str(&ctx.t_args(
            id,
            &args([("person", format!("{}:{user}", platform.as_str()))]),
        ));
    }
    for role in ctx.tx.roles().await? {
        text.push_str("\n• ");
        let id = if role.organisation.is_some() {
            "role-line-chat-for"
        } else {
            "role-line-chat"
        };
        text.push_str(&ctx.t_args(
            id,
            &args([
                (
                    "person",
                    format!("{}:{}", role.person.0.as_str(), role.person.1.0),
                ),
                ("organisation", role.organisation.unwrap_or_default()),
                ("since", format_instant(ctx.lang, role.granted_at)),
            ]),
        ));
    }
    ctx.reply(text);
    Ok(())
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "roles",
    commands: &[
        crate::features::commands::Command::Promote,
        crate::features::commands::Command::Demote,
        crate::features::commands::Command::Coordinators,
    ],
    actions: &[],
    dialogues: &[],
    jobs: &[],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_are_named_by_platform_and_id() {
        assert_eq!(
            parse_person("matrix:@anne:example.org"),
            Some((Platform::Matrix, UserId("@anne:example.org".into())))
        );
        assert_eq!(
            parse_person(" Telegram:123 "),
            Some((Platform::Telegram, UserId("123".into())))
        );
        assert_eq!(parse_person("anne"), None);
        assert_eq!(parse_person("fax:123"), None);
        assert_eq!(parse_person("console:"), None);
    }
}
