//! `/langue`: the person's language, stored (allowed before consent).

use crate::core::text::fold;
use crate::features::kit::Ctx;
use crate::i18n::Lang;
use crate::store::StoreError;

/// `/langue [fr|en]`.
pub async fn command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    if rest.trim().is_empty() {
        ask(ctx, "lang-ask");
        return Ok(());
    }
    match parse(rest) {
        Some(lang) => set(ctx, lang).await,
        None => {
            ask(ctx, "lang-unknown");
            Ok(())
        }
    }
}

/// A `lang:<code>` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, code: &str) -> Result<(), StoreError> {
    match Lang::from_code(code) {
        Some(lang) => set(ctx, lang).await,
        None => crate::features::kit::stale_choice(ctx),
    }
}

/// Reads a language typed by a person: a code or a name in French or English.
pub fn parse(text: &str) -> Option<Lang> {
    match fold(text).as_str() {
        "fr" | "francais" | "french" | "fra" => Some(Lang::Fr),
        "en" | "english" | "anglais" | "eng" => Some(Lang::En),
        _ => None,
    }
}

fn ask(ctx: &mut Ctx<'_>, id: &str) {
    let text = ctx.t(id);
    let choices = Lang::ALL
        .iter()
        .map(|l| {
            ctx.choice(
                &format!("lang-name-{}", l.code()),
                format!("lang:{}", l.code()),
            )
        })
        .collect();
    ctx.reply_with(text, choices);
}

async fn set(ctx: &mut Ctx<'_>, lang: Lang) -> Result<(), StoreError> {
    ctx.tx
        .set_user_locale(ctx.msg.platform, &ctx.msg.sender, lang)
        .await?;
    ctx.lang = lang;
    let text = ctx.t("lang-set");
    ctx.reply(text);
    Ok(())
}
