//! `/langue`: the person's language, stored (allowed before consent).

use crate::core::action::ActionArg;
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

/// A language in button data: its code.
impl ActionArg for Lang {
    fn parse_arg(field: &str) -> Option<Self> {
        Lang::from_code(field)
    }

    fn write_arg(&self, out: &mut String) {
        out.push_str(self.code());
    }

    fn sample() -> Self {
        Lang::En
    }
}

crate::actions! {
    /// A language button.
    pub enum LanguageAction = "lang" {
        Set(lang: Lang) = "",
    }
}

/// A `lang:<code>` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: LanguageAction) -> Result<(), StoreError> {
    let LanguageAction::Set(lang) = action;
    set(ctx, lang).await
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
        .map(|l| ctx.choice(&format!("lang-name-{}", l.code()), LanguageAction::Set(*l)))
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

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "language",
    commands: &[crate::features::commands::Command::Language],
    actions: &[LanguageAction::PREFIX],
    dialogues: &[],
    jobs: &[],
};
