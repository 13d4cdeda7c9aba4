//! The command menus Telegram shows: French and English, private chats, groups and
//! coordinators. A failure to register is logged, never fatal.

use super::Telegram;
use crate::features::commands::{COMMANDS, CommandSpec};
use crate::i18n::Lang;
use teloxide::prelude::*;
use teloxide::types::{BotCommand, BotCommandScope, Recipient};

/// Which menu a list is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// Private chats.
    Private,
    /// Groups: personal commands are left out.
    Group,
    /// A coordinator's private chat: everything.
    Coordinator,
}

/// The command list for an audience in a language.
pub fn menu(telegram_lang: Lang, audience: Audience, texts: &crate::i18n::I18n) -> Vec<BotCommand> {
    COMMANDS
        .iter()
        .filter(|spec| shown(spec, audience))
        .map(|spec| {
            let name = match telegram_lang {
                Lang::Fr => spec.name(),
                Lang::En => spec.english,
            };
            let mut description = texts.text(telegram_lang, spec.help_id);
            if description.chars().count() > 256 {
                description = description.chars().take(255).collect::<String>() + "…";
            }
            BotCommand::new(name, description)
        })
        .collect()
}

fn shown(spec: &CommandSpec, audience: Audience) -> bool {
    match audience {
        Audience::Private => !spec.access.coordinator_only,
        Audience::Group => !spec.access.private_only && !spec.access.coordinator_only,
        Audience::Coordinator => true,
    }
}

/// Registers every menu; returns how many registrations failed.
pub async fn register(telegram: &Telegram, coordinators: &[i64]) -> usize {
    let mut scopes = vec![
        (BotCommandScope::AllPrivateChats, Audience::Private),
        (BotCommandScope::AllGroupChats, Audience::Group),
    ];
    scopes.extend(
        coordinators
            .iter()
            .map(|id| (own_chat(*id), Audience::Coordinator)),
    );
    register_scopes(telegram, scopes).await
}

fn own_chat(id: i64) -> BotCommandScope {
    BotCommandScope::Chat {
        chat_id: Recipient::Id(ChatId(id)),
    }
}

/// How often the coordinators' menus follow roles given or taken in the chat.
const FOLLOW_ROLES_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// Keeps the coordinators' menus in step with the roles stored from the chat: a promoted
/// person gets the coordinator menu within a minute, a demoted one loses it. `configured`
/// already have theirs (see [`register`]).
pub async fn follow_roles(
    telegram: Telegram,
    configured: Vec<i64>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    let mut given: std::collections::BTreeSet<i64> = std::collections::BTreeSet::new();
    loop {
        if let Ok(now) = promoted(&telegram).await {
            let (added, removed) = menu_changes(&given, &now, &configured);
            let scopes = added
                .iter()
                .map(|id| (own_chat(*id), Audience::Coordinator))
                .collect();
            if register_scopes(&telegram, scopes).await == 0 {
                given.extend(added);
            }
            for id in removed {
                // Back to the menu of every private chat.
                let request = telegram
                    .transport()
                    .bot()
                    .delete_my_commands()
                    .scope(own_chat(id));
                if request.await.is_ok() {
                    given.remove(&id);
                }
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(FOLLOW_ROLES_EVERY) => {}
            _ = shutdown.changed() => return,
        }
    }
}

/// The coordinators' menus to add and to remove, from those given so far and the people
/// promoted now (configured coordinators keep theirs from [`register`]).
fn menu_changes(
    given: &std::collections::BTreeSet<i64>,
    promoted: &[i64],
    configured: &[i64],
) -> (Vec<i64>, Vec<i64>) {
    let now: std::collections::BTreeSet<i64> = promoted
        .iter()
        .copied()
        .filter(|id| !configured.contains(id))
        .collect();
    (
        now.difference(given).copied().collect(),
        given.difference(&now).copied().collect(),
    )
}

/// Telegram ids of the people promoted from the chat.
async fn promoted(telegram: &Telegram) -> Result<Vec<i64>, crate::app::EngineError> {
    let people = telegram
        .engine
        .adapter_state()
        .promoted(crate::core::Platform::Telegram)
        .await?;
    Ok(people
        .into_iter()
        .filter_map(|u| u.0.parse().ok())
        .collect())
}

async fn register_scopes(telegram: &Telegram, scopes: Vec<(BotCommandScope, Audience)>) -> usize {
    let bot = telegram.transport().bot();
    let texts = telegram.engine.i18n();
    let mut failures = 0;
    for (scope, audience) in scopes {
        // The default list (no language) is French; English speakers get theirs.
        for lang in [None, Some(Lang::Fr), Some(Lang::En)] {
            let commands = menu(lang.unwrap_or(Lang::Fr), audience, texts);
            let mut request = bot.set_my_commands(commands).scope(scope.clone());
            if let Some(lang) = lang {
                request = request.language_code(lang.code());
            }
            match tokio::time::timeout(std::time::Duration::from_secs(10), request).await {
                Ok(Ok(_)) => {}
                Ok(Err(e)) => {
                    failures += 1;
                    tracing::warn!(
                        kind = super::transport::error_kind(&e),
                        "could not register a Telegram command menu"
                    );
                }
                Err(_) => {
                    failures += 1;
                    tracing::warn!("registering a Telegram command menu timed out");
                }
            }
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::I18n;

    #[test]
    fn menus_follow_promotions_and_demotions() {
        let given: std::collections::BTreeSet<i64> = [1, 2].into();
        // 3 promoted, 2 demoted, 9 configured (its menu comes from the configuration).
        assert_eq!(menu_changes(&given, &[1, 3, 9], &[9]), (vec![3], vec![2]));
        assert_eq!(menu_changes(&given, &[1, 2], &[]), (vec![], vec![]));
    }

    #[test]
    fn menus_are_valid_telegram_commands_in_both_languages() {
        let texts = I18n::load().unwrap();
        for lang in Lang::ALL {
            for audience in [Audience::Private, Audience::Group, Audience::Coordinator] {
                for command in menu(lang, audience, &texts) {
                    assert!(
                        (1..=32).contains(&command.command.len())
                            && command
                                .command
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
                        "{}",
                        command.command
                    );
                    assert!((1..=256).contains(&command.description.chars().count()));
                }
            }
        }
        let fr: Vec<_> = menu(Lang::Fr, Audience::Private, &texts)
            .into_iter()
            .map(|c| c.command)
            .collect();
        assert!(fr.contains(&"aide".to_owned()) && fr.contains(&"mes_donnees".to_owned()));
        let en: Vec<_> = menu(Lang::En, Audience::Private, &texts)
            .into_iter()
            .map(|c| c.command)
            .collect();
        assert!(en.contains(&"help".to_owned()) && en.contains(&"my_data".to_owned()));
        let group: Vec<_> = menu(Lang::Fr, Audience::Group, &texts)
            .into_iter()
            .map(|c| c.command)
            .collect();
        assert!(
            !group.contains(&"mes_donnees".to_owned()),
            "personal commands stay private"
        );
        assert!(group.contains(&"definition".to_owned()));
    }
}
