//! `/start` and consent. Without consent only the platform id and the language are stored,
//! and only definitions, the quiz and emergency contacts work.

use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::i18n::{args, format_instant};
use crate::store::StoreError;

/// Version of the consent text; raise it when the stored-data statement changes.
pub const CONSENT_VERSION: i64 = 1;

/// `/start`: what Pairbot is, who runs it, what it stores, then the consent question.
pub async fn start(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let settings = ctx.services().settings();
    let intro = ctx.t_args(
        "start-intro",
        &args([("name", ctx.msg.display_name.clone())]),
    );
    let operator = match (&settings.operator_name, &settings.operator_contact) {
        (Some(name), Some(contact)) => ctx.t_args(
            "start-operator-contact",
            &args([("operator", name.clone()), ("contact", contact.clone())]),
        ),
        (Some(name), None) => ctx.t_args("start-operator", &args([("operator", name.clone())])),
        (None, _) if settings.demo => String::new(),
        (None, _) => ctx.t("start-operator-unknown"),
    };
    let mut text = format!("{intro}\n");
    for part in [operator, demo_note(ctx), ctx.t("start-privacy")] {
        if !part.is_empty() {
            text.push_str(&part);
            text.push('\n');
        }
    }
    let text = text.trim_end().to_owned();
    ctx.reply(text);
    ask_consent(ctx).await
}

/// In demo mode, a reminder that everything shown is fictional.
fn demo_note(ctx: &Ctx<'_>) -> String {
    if ctx.services().settings().demo {
        ctx.t("start-operator-demo")
    } else {
        String::new()
    }
}

/// `/consentement`: the consent question, or the date it was given.
pub async fn ask_consent(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    if let Some(at) = ctx.user.as_ref().and_then(|u| u.consent_at) {
        let text = ctx.t_args(
            "consent-already",
            &args([("date", format_instant(ctx.lang, at))]),
        );
        ctx.reply(text);
        return Ok(());
    }
    let text = ctx.t("consent-question");
    let choices = vec![
        ctx.choice("consent-yes", ConsentAction::Yes),
        ctx.choice("consent-no", ConsentAction::No),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

crate::actions! {
    /// The answer to the consent question.
    pub enum ConsentAction = "consent" {
        Yes = "yes",
        No = "no",
        /// Asks the question again.
        Ask = "ask",
    }
}

/// The answer to the consent question.
pub async fn on_choice(ctx: &mut Ctx<'_>, answer: ConsentAction) -> Result<(), StoreError> {
    match answer {
        ConsentAction::Yes => {
            if !ctx.consented() {
                ctx.tx
                    .give_consent(ctx.msg.platform, &ctx.msg.sender, CONSENT_VERSION)
                    .await?;
                if ctx.user.as_ref().is_none_or(|u| u.locale.is_none()) {
                    // Messages others cause (a contact request, a review) reach the person in
                    // the language they read now.
                    ctx.tx
                        .set_user_locale(ctx.msg.platform, &ctx.msg.sender, ctx.lang)
                        .await?;
                }
                ctx.user = ctx.tx.user(ctx.msg.platform, &ctx.msg.sender).await?;
            }
            let text = ctx.t("consent-thanks");
            let choices = vec![ctx.choice("menu-help", Command::Help.data())];
            ctx.reply_with(text, choices);
        }
        ConsentAction::No => {
            let text = ctx.t("consent-declined");
            let choices = vec![
                ctx.choice("menu-glossary", Command::Glossary.data()),
                ctx.choice("menu-quiz", Command::Quiz.data()),
            ];
            ctx.reply_with(text, choices);
        }
        ConsentAction::Ask => ask_consent(ctx).await?,
    }
    Ok(())
}

/// The reply of a feature that needs consent when none was given.
pub fn explain_consent_needed(ctx: &mut Ctx<'_>) {
    let text = ctx.t("consent-required");
    let choices = vec![ctx.choice("consent-give", ConsentAction::Ask)];
    ctx.reply_with(text, choices);
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "onboarding",
    commands: &[
        crate::features::commands::Command::Start,
        crate::features::commands::Command::Consent,
    ],
    actions: &[ConsentAction::PREFIX],
    dialogues: &[],
    jobs: &[],
};
