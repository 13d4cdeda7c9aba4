//! `/mes_donnees` (see and export everything stored) and `/oublier` (erase it all).

use crate::core::{Attachment, Choice, Outgoing};
use crate::features::kit::Ctx;
use crate::i18n::{Lang, args, format_instant};
use crate::store::{ExportedTable, StoreError, now};
use serde_json::{Map, Value};

/// Columns shown once in the heading rather than on every row.
const IDENTITY_COLUMNS: [&str; 2] = ["platform", "user_id"];

/// Columns of the bot's own workings, meaningless to a reader (chat and room ids, internal
/// numbers, counters, saved dialogue state): left out of the readable view, kept in the
/// JSON file.
const INTERNAL_COLUMNS: &[(&str, &[&str])] = &[
    ("dialogues", &["chat_id", "step", "data"]),
    ("choice_sets", &["id", "chat_id"]),
    (
        "outbox",
        &["id", "attempts", "not_before", "claimed_by", "lane"],
    ),
    ("partners", &["revision"]),
    ("contact_blocks", &["blocked_platform", "blocked_user_id"]),
    ("bookings", &["slot_id"]),
    ("audit_log", &["chat"]),
    ("reports", &["chat_id", "message_id"]),
    (
        "group_members",
        &["chat_id", "window_started_at", "window_count"],
    ),
    ("warnings", &["chat_id"]),
    ("sanctions", &["chat_id"]),
];

/// Columns holding yes or no (0 or 1).
const YES_NO_COLUMNS: &[&str] = &["online", "paused", "trusted", "attended"];

/// Columns holding instants (seconds), besides those ending in `_at`.
const INSTANT_COLUMNS: &[&str] = &["bep_options", "at"];

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
        text.push('\n');
        text.push_str(&kept_for(ctx, &table.table));
        let internal = INTERNAL_COLUMNS
            .iter()
            .find(|(t, _)| *t == table.table)
            .map_or(&[][..], |(_, columns)| columns);
        for row in &table.rows {
            // A tag is one thing said about oneself: "condition: Sclérose en plaques".
            if table.table == "partner_tags" {
                text.push_str("\n• ");
                text.push_str(&tag(ctx, row));
                continue;
            }
            let cells: Vec<String> = row
                .iter()
                .filter(|(col, value)| {
                    !IDENTITY_COLUMNS.contains(&col.as_str())
                        && !internal.contains(&col.as_str())
                        && !is_empty(value)
                })
                .map(|(col, value)| {
                    let mut values = args([("label", label(ctx, "data-column", col))]);
                    values.set("value", render(ctx, &table.table, col, value));
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
        /// Asks "erase everything?" (from the notice of an erasure for inactivity).
        Ask = "ask",
        /// Keeps everything (the answer to that notice; any message would do as well).
        Keep = "keep",
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
        ForgetAction::Ask => ask_forget(ctx),
        // The engine noted the message itself, which is what keeps the data.
        ForgetAction::Keep => {
            let text = ctx.t("retention-kept");
            ctx.reply(text);
            Ok(())
        }
    }
}

/// How long a personal table's rows are kept, in words (the `[retention]` settings).
fn kept_for(ctx: &Ctx<'_>, table: &str) -> String {
    let keep = &ctx.services().settings().retention;
    let (id, days) = match table {
        "users" if ctx.consented() => {
            let mut values = args([("span", span(ctx, keep.inactive_days))]);
            values.set("notice", span(ctx, keep.notice_days));
            return ctx.t_args("data-keep-users", &values);
        }
        "users" => ("data-keep-users-unconsented", keep.unconsented_days),
        "dialogues" | "choice_sets" => ("data-keep-questions", keep.dialogues_days),
        "outbox" => ("data-keep-outbox", keep.outbox_days),
        "contacts" => ("data-keep-contacts", keep.contacts_days),
        "bookings" | "reminders" => ("data-keep-bookings", keep.bookings_days),
        "etp_signups" => ("data-keep-signups", keep.signups_days),
        "evaluation_invites" => ("data-keep-evaluations", keep.signups_days),
        "expense_claims" => ("data-keep-expenses", keep.expenses_days),
        "reports" | "warnings" | "sanctions" => ("data-keep-moderation", keep.moderation_days),
        "group_members" => ("data-keep-group-members", keep.group_members_days),
        "audit_log" => ("data-keep-audit", keep.audit_days),
        "blocks" => return ctx.t("data-keep-blocks"),
        _ => return ctx.t("data-keep-account"),
    };
    ctx.t_args(id, &args([("span", span(ctx, days))]))
}

/// A number of days in the largest unit that says it simply: years, months or days.
fn span(ctx: &Ctx<'_>, days: i64) -> String {
    // Five years are 1,826 days with the leap day; six months are 183.
    let (id, n) = if days >= 365 && days % 365 <= 2 {
        ("span-years", days / 365)
    } else if days >= 60 {
        ("span-months", (days as f64 / 30.44).round() as i64)
    } else {
        ("span-days", days)
    };
    ctx.t_args(id, &args([("n", n)]))
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

/// Nothing stored: no value, or an empty text.
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// A partner tag (`kind`, `value`) in words: the kind, then the vocabulary's label.
fn tag(ctx: &Ctx<'_>, row: &[(String, Value)]) -> String {
    let field = |name: &str| {
        row.iter()
            .find(|(c, _)| c == name)
            .and_then(|(_, v)| v.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let (kind, value) = (field("kind"), field("value"));
    let engine = ctx.services();
    let dir = engine.directory();
    let vocabulary = match kind.as_str() {
        "condition" => Some(&dir.conditions),
        "role" => Some(&dir.roles),
        "mission" => Some(&dir.missions),
        "language" => Some(&dir.languages),
        _ => None,
    };
    let value = match (kind.as_str(), vocabulary) {
        ("department", _) => crate::features::directory::department_label(&value),
        (_, Some(v)) if v.position(&value).is_some() => v.label(engine.i18n(), ctx.lang, &value),
        _ => shorten(&value),
    };
    let mut values = args([("label", label(ctx, "data-kind", &kind))]);
    values.set("value", value);
    ctx.t_args("data-cell", &values)
}

/// An instant stored in seconds, in the reader's time and language; `None` for a number
/// that cannot be one.
fn instant(ctx: &Ctx<'_>, seconds: i64) -> Option<String> {
    // Between 2000 and 2100: anything else is a count or a number, not a moment.
    (946_684_800..4_102_444_800)
        .contains(&seconds)
        .then(|| format_instant(ctx.lang, seconds))
}

/// What an action or a report was about ("profile:12", "topic:etp"), in words; a group is
/// named without its chat id.
fn target(ctx: &Ctx<'_>, stored: &str) -> String {
    let (kind, rest) = stored.split_once(':').unwrap_or(("", stored));
    let id = format!("data-target-{kind}");
    if !ctx.services().i18n().has(ctx.lang, &id) {
        return ctx.t("data-target-other");
    }
    let rest = match kind {
        "topic" => {
            let topic = format!("data-value-topic-{rest}");
            if ctx.services().i18n().has(ctx.lang, &topic) {
                ctx.t(&topic)
            } else {
                shorten(rest)
            }
        }
        "group" => String::new(),
        _ => rest.to_owned(),
    };
    ctx.t_args(&id, &args([("number", rest)]))
}

/// A stored value as a person can read it: instants as dates in their time, yes or no,
/// codes and vocabulary keys in words, messages by their text.
fn render(ctx: &Ctx<'_>, table: &str, column: &str, value: &Value) -> String {
    let instant_column = column.ends_with("_at") || INSTANT_COLUMNS.contains(&column);
    match value {
        Value::Null => "—".to_owned(),
        // Kept to the day (retention needs no more): a time would be a false precision.
        Value::Number(n) if column == "seen_at" => n
            .as_i64()
            .map(|s| crate::i18n::format_day(ctx.lang, s))
            .unwrap_or_else(|| n.to_string()),
        Value::Number(n) if instant_column => n
            .as_i64()
            .and_then(|s| instant(ctx, s))
            .unwrap_or_else(|| n.to_string()),
        Value::Number(n) if column == "amount_cents" => n.as_i64().map_or_else(
            || n.to_string(),
            |cents| crate::features::engagement::expenses::euros(ctx.lang, cents),
        ),
        Value::String(s) if column == "spent_on" => {
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_or_else(
                |_| s.clone(),
                |d| {
                    let noon = crate::features::permanence::schedule::local_instant(d, 12 * 60);
                    noon.map_or_else(|| s.clone(), |t| crate::i18n::format_day(ctx.lang, t))
                },
            )
        }
        // A request, booking, programme or profile number, as the bot names them.
        Value::Number(n) if column == "id" || column.ends_with("_id") => {
            ctx.t_args("data-number", &args([("number", n.to_string())]))
        }
        Value::Number(n) if YES_NO_COLUMNS.contains(&column) => ctx.t(if n.as_i64() == Some(0) {
            "data-no"
        } else {
            "data-yes"
        }),
        Value::String(s) if instant_column => s
            .split(',')
            .map(|part| {
                part.trim()
                    .parse::<i64>()
                    .ok()
                    .and_then(|seconds| instant(ctx, seconds))
                    .unwrap_or_else(|| part.trim().to_owned())
            })
            .collect::<Vec<_>>()
            .join(", "),
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
        Value::String(s)
            if matches!(table, "partners" | "partner_trainings") && column == "training" =>
        {
            let engine = ctx.services();
            let trainings = &engine.directory().trainings;
            if trainings.position(s).is_some() {
                trainings.label(engine.i18n(), ctx.lang, s)
            } else {
                shorten(s)
            }
        }
        Value::String(s) if column == "action" => {
            let id = format!("data-value-action-{}", s.replace(['.', '_'], "-"));
            if ctx.services().i18n().has(ctx.lang, &id) {
                ctx.t(&id)
            } else {
                ctx.t("data-value-action-other")
            }
        }
        Value::String(s) if column == "target" => target(ctx, s),
        Value::String(s) if table == "dialogues" && column == "kind" => label(ctx, "data-kind", s),
        Value::String(s) => {
            // Stored codes ("confirmed", "day") in words where the locales have them.
            let id = format!(
                "data-value-{}-{}",
                column.replace('_', "-"),
                s.replace('_', "-")
            );
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
