//! `/aide` and the reply to input the bot does not understand.

use crate::core::Ctx;
use crate::core::router::COMMANDS;
use crate::store::StoreError;

/// `/aide`: every command with a one-line description, and a small menu.
pub fn show(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let mut text = ctx.t("help-intro");
    let (coordinator, admin) = (ctx.is_coordinator(), ctx.is_admin());
    for spec in COMMANDS
        .iter()
        .filter(|s| coordinator || !s.access.coordinator_only)
        .filter(|s| admin || !s.access.admin_only)
    {
        let names: Vec<String> = spec.names.iter().map(|n| format!("/{n}")).collect();
        let line = format!("\n{} — {}", names.join(", "), ctx.t(spec.help_id));
        text.push_str(&line);
    }
    text.push_str("\n\n");
    text.push_str(&ctx.t("help-outro"));
    let choices = menu(ctx);
    ctx.reply_with(text, choices);
    Ok(())
}

/// Input that matches nothing: say so kindly and show what is possible.
pub fn fallback(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let text = ctx.t("fallback");
    let choices = menu(ctx);
    ctx.reply_with(text, choices);
    Ok(())
}

fn menu(ctx: &Ctx<'_>) -> Vec<crate::core::Choice> {
    vec![
        ctx.choice("menu-definition", "cmd:definition"),
        ctx.choice("menu-glossary", "cmd:glossaire"),
        ctx.choice("menu-quiz", "cmd:quiz"),
        ctx.choice("menu-emergency", "cmd:urgence"),
    ]
}
