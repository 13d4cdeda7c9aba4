//! `/mes_donnees` (see and export everything stored) and `/oublier` (erase it all).

use crate::core::{Attachment, Choice, Outgoing};
use crate::features::kit::Ctx;
use crate::i18n::{Lang, args, format_instant};
use crate::store::{ExportedTable, StoreError, now};
use serde_json::{Map, Value};

/// Columns shown once in the heading rather than on every row.
const IDENTITY_COLUMNS: [&str; 2] = ["platform", "user_id"];

/// `/mes_donnees`: a readable summary and the complete JSON export as a file.
pub async fn show_data(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let tables = ctx
        .tx
        .export_user(ctx.msg.platform, &ctx.msg.sender)
        .await?;
    let heading = ctx.t_args(
        "data-heading",
        &args([
            ("platform", ctx.msg.platform.as_str().to_owned()),
            ("id", ctx.msg.sender.0.clone()),
        ]),
    );
    let mut text = heading;
    if tables.iter().all(|t| t.rows.is_empty()) {
        text.push_str("\n\n");
        text.push_str(&ctx.t("data-nothing"));
        ctx.reply(text);
        return Ok(());
    }
    for table in tables.iter().filter(|t| !t.rows.is_empty()) {
        text.push_str("\n\n");
        text.push_str(&label(ctx, "data-table", &table.table));
        for row in &table.rows {
            let cells: Vec<String> = row
                .iter()
                .filter(|(col, _)| !IDENTITY_COLUMNS.contains(&col.as_str()))
                .map(|(col, value)| {
                    let mut values = args([("label", label(ctx, "data-column", col))]);
                    values.set("value", render(ctx, col, value));
                    ctx.t_args("data-cell", &values)
                })
                .collect();
            text.push_str("\n• ");
            text.push_str(&cells.join(&ctx.t("list-separator")));
        }
    }
    text.push_str("\n\n");
    text.push_str(&ctx.t("data-export-note"));
    let attachment = Attachment {
        file_name: ctx.t("data-file-name"),
        mime: "application/json".to_owned(),
        content: export_json(ctx, &tables),
    };
    ctx.reply_privately(text).attachment = Some(attachment);
    Ok(())
}

/// `/oublier`: asks for confirmation first.
pub fn ask_forget(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let text = ctx.t("forget-confirm");
    let choices = vec![
        ctx.choice("forget-yes", ForgetAction::Yes),
        ctx.choice("forget-no", ForgetAction::No),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

crate::actions! {
    /// The answer to "erase everything?".
    pub enum ForgetAction = "forget" {
        Yes = "yes",
        No = "no",
    }
}

/// The answer to the `/oublier` confirmation.
pub async fn on_forget_choice(ctx: &mut Ctx<'_>, answer: ForgetAction) -> Result<(), StoreError> {
    match answer {
        ForgetAction::Yes => {
            crate::features::directory::contact::before_erase(ctx).await?;
            crate::features::etp::signup::before_erase(ctx).await?;
            // Places held go to the people waiting rather than disappearing.
            let at = ctx.now();
            let promoted = ctx
                .tx
                .cancel_all_bookings((ctx.msg.platform, &ctx.msg.sender), at)
                .await?;
            for person in promoted {
                crate::features::permanence::booking::tell_promoted(ctx, person).await?;
            }
            let erased = ctx.tx.erase_user(ctx.msg.platform, &ctx.msg.sender).await?;
            tracing::info!(rows = erased, "a person erased their data");
            ctx.user = None;
            // The only row left about them is this reply, deleted once delivered.
            let text = ctx.t("forget-done");
            ctx.reply(text);
            Ok(())
        }
        ForgetAction::No => {
            let text = ctx.t("forget-kept");
            ctx.reply(text);
            Ok(())
        }
    }
}

/// The label of a table or column, falling back to its name.
fn label(ctx: &Ctx<'_>, kind: &str, name: &str) -> String {
    let id = format!("{kind}-{}", name.replace('_', "-"));
    if ctx.services().i18n().has(ctx.lang, &id) {
        ctx.t(&id)
    } else {
        name.to_owned()
    }
}

/// A stored value as a person can read it.
fn render(ctx: &Ctx<'_>, column: &str, value: &Value) -> String {
    match value {
        Value::Null => "—".to_owned(),
        Value::Number(n) if column.ends_with("_at") => n
            .as_i64()
            .map_or_else(|| n.to_string(), |s| format_instant(ctx.lang, s)),
        Value::String(s) if column == "locale" => Lang::from_code(s)
            .map_or_else(|| s.clone(), |l| ctx.t(&format!("lang-name-{}", l.code()))),
        Value::String(s) if column == "payload" => {
            serde_json::from_str::<Outgoing>(s).map_or_else(|_| s.clone(), |m| shorten(&m.text))
        }
        Value::String(s) if column == "choices" => serde_json::from_str::<Vec<Choice>>(s)
            .map_or_else(
                |_| shorten(s),
                |choices| {
                    let labels: Vec<&str> = choices.iter().map(|c| c.label.as_str()).collect();
                    shorten(&labels.join(", "))
                },
            ),
        Value::String(s) => {
            // Stored codes ("confirmed", "day") in words where the locales have them.
            let id = format!("data-value-{column}-{s}");
            if ctx.services().i18n().has(ctx.lang, &id) {
                ctx.t(&id)
            } else {
                shorten(s)
            }
        }
        other => other.to_string(),
    }
}

fn shorten(text: &str) -> String {
    let one_line = text.replace('\n', " ");
    if one_line.chars().count() <= 120 {
        return one_line;
    }
    let cut: String = one_line.chars().take(119).collect();
    format!("{cut}…")
}

fn export_json(ctx: &Ctx<'_>, tables: &[ExportedTable]) -> String {
    let mut root = Map::new();
    root.insert("platform".into(), ctx.msg.platform.as_str().into());
    root.insert("user_id".into(), ctx.msg.sender.0.clone().into());
    root.insert("exported_at".into(), now().into());
    let mut all = Map::new();
    for table in tables {
        let rows = table
            .rows
            .iter()
            .map(|row| Value::Object(row.iter().cloned().collect()))
            .collect();
        all.insert(table.table.clone(), Value::Array(rows));
    }
    root.insert("tables".into(), Value::Object(all));
    serde_json::to_string_pretty(&Value::Object(root)).unwrap_or_default()
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "privacy",
    commands: &[
        crate::features::commands::Command::MyData,
        crate::features::commands::Command::Forget,
    ],
    actions: &[ForgetAction::PREFIX],
    dialogues: &[],
    jobs: &[],
};
