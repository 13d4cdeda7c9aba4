//! Subscriptions and broadcasts: people opt in to topics (`/abonner`, `/desabonner`);
//! coordinators send to a topic after a preview (`/diffuser`). Every message goes through
//! the outbox, one row per person, queued in one transaction: a restart resumes where
//! delivery stopped and sends nothing twice; each adapter paces sending to its platform's
//! limits.

use crate::core::{Choice, Platform, UserId};
use crate::features::commands::Command;
use crate::features::kit::Ctx;
use crate::i18n::args;
use crate::store::StoreError;
use serde::{Deserialize, Serialize};

/// The topics one may follow.
pub const TOPICS: [&str; 3] = ["actualites", "permanences", "etp"];

/// Dialogue kind of a broadcast waiting for its confirmation.
pub const DIALOGUE: &str = "broadcast";

/// Longest broadcast text.
const MAX_TEXT: usize = 2000;

fn topic_of(word: &str) -> Option<&'static str> {
    let folded = crate::core::text::fold(word);
    TOPICS.iter().copied().find(|t| {
        *t == folded
            || matches!(
                (*t, folded.as_str()),
                ("actualites", "actualite" | "news")
                    | ("permanences", "permanence" | "drop_ins")
                    | ("etp", "programmes")
            )
    })
}

/// `/abonner [sujet]`: subscribes to a topic, or shows them all to choose.
pub async fn subscribe_command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    if rest.trim().is_empty() {
        return show(ctx).await;
    }
    let Some(topic) = topic_of(rest.trim()) else {
        return unknown_topic(ctx, rest.trim());
    };
    let now = ctx.now();
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    ctx.tx.subscribe((person.0, &person.1), topic, now).await?;
    let text = ctx.t_args(
        "sub-on",
        &args([("topic", ctx.t(&format!("topic-{topic}")))]),
    );
    ctx.reply(text);
    Ok(())
}

/// `/desabonner [sujet]`.
pub async fn unsubscribe_command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    if rest.trim().is_empty() {
        return show(ctx).await;
    }
    let Some(topic) = topic_of(rest.trim()) else {
        return unknown_topic(ctx, rest.trim());
    };
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    ctx.tx.unsubscribe((person.0, &person.1), topic).await?;
    let text = ctx.t_args(
        "sub-off",
        &args([("topic", ctx.t(&format!("topic-{topic}")))]),
    );
    ctx.reply(text);
    Ok(())
}

fn unknown_topic(ctx: &mut Ctx<'_>, word: &str) -> Result<(), StoreError> {
    let text = ctx.t_args("sub-unknown", &args([("word", word.to_owned())]));
    ctx.reply(text);
    Ok(())
}

/// The topics, each a toggle showing whether one follows it.
async fn show(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let mine = ctx.tx.topics_of((person.0, &person.1)).await?;
    let choices = TOPICS
        .iter()
        .map(|t| {
            let label = ctx.t(&format!("topic-{t}"));
            let label = if mine.iter().any(|m| m == t) {
                format!("✓ {label}")
            } else {
                label
            };
            Choice::new(label, SubscriptionAction::Toggle((*t).to_owned()))
        })
        .collect();
    let text = ctx.t("sub-list");
    ctx.reply_with(text, choices);
    Ok(())
}

crate::actions! {
    /// A subscription button, bound to its topic.
    pub enum SubscriptionAction = "sub" {
        /// Subscribes or unsubscribes (from `/abonnements`).
        Toggle(topic: String) = "toggle",
        /// "Stop receiving these": asks first.
        Off(topic: String) = "off",
        /// Unsubscribes, confirmed.
        OffOk(topic: String) = "offok",
        /// Keeps the subscription.
        Keep(topic: String) = "keep",
    }
}

crate::actions! {
    /// The coordinator's "send" on a broadcast preview.
    pub enum BroadcastAction = "bc" {
        Send = "send",
    }
}

/// A `sub:toggle:<topic>` or `sub:off:<topic>` choice.
pub async fn on_choice(ctx: &mut Ctx<'_>, action: SubscriptionAction) -> Result<(), StoreError> {
    if !crate::features::kit::has_consent(ctx) {
        return Ok(());
    }
    let (SubscriptionAction::Toggle(topic)
    | SubscriptionAction::Off(topic)
    | SubscriptionAction::OffOk(topic)
    | SubscriptionAction::Keep(topic)) = &action;
    let Some(topic) = TOPICS.iter().copied().find(|t| t == topic) else {
        return crate::features::kit::stale_choice(ctx);
    };
    let person = (ctx.msg.platform, ctx.msg.sender.clone());
    let now = ctx.now();
    let subscribed = ctx
        .tx
        .topics_of((person.0, &person.1))
        .await?
        .iter()
        .any(|t| t == topic);
    match action {
        // A typed number or name says what is wanted: on a topic already followed it asks
        // before stopping it, as a notification's button does.
        SubscriptionAction::Toggle(_) if ctx.typed() && subscribed => {
            off_question(ctx, topic);
            Ok(())
        }
        SubscriptionAction::Toggle(_) => {
            if !ctx.tx.unsubscribe((person.0, &person.1), topic).await? {
                ctx.tx.subscribe((person.0, &person.1), topic, now).await?;
            }
            show(ctx).await
        }
        // From a notification, where a stray number or tap could land: asked first.
        SubscriptionAction::Off(_) => {
            off_question(ctx, topic);
            Ok(())
        }
        SubscriptionAction::OffOk(_) => unsubscribe_command(ctx, topic).await,
        SubscriptionAction::Keep(_) => {
            let text = ctx.t_args(
                "sub-kept",
                &args([("topic", ctx.t(&format!("topic-{topic}")))]),
            );
            ctx.reply(text);
            Ok(())
        }
    }
}

/// "Stop receiving …?", with yes and keep.
fn off_question(ctx: &mut Ctx<'_>, topic: &str) {
    let text = ctx.t_args(
        "sub-off-question",
        &args([("topic", ctx.t(&format!("topic-{topic}")))]),
    );
    let choices = vec![
        ctx.choice("sub-off-yes", SubscriptionAction::OffOk(topic.to_owned())),
        ctx.choice("sub-off-keep", SubscriptionAction::Keep(topic.to_owned())),
    ];
    ctx.reply_with(text, choices);
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Draft {
    topic: String,
    text: String,
}

/// `/diffuser <sujet> <texte>` (coordinators): a preview, then `bc:send` sends it.
pub async fn broadcast_command(ctx: &mut Ctx<'_>, rest: &str) -> Result<(), StoreError> {
    let (word, text) = rest
        .trim()
        .split_once(char::is_whitespace)
        .unwrap_or((rest.trim(), ""));
    let Some(topic) = topic_of(word) else {
        let text = ctx.t("bc-how");
        ctx.reply(text);
        return Ok(());
    };
    let text = text.trim();
    if text.is_empty() || text.chars().count() > MAX_TEXT {
        let reply = ctx.t_args("bc-length", &args([("max", MAX_TEXT)]));
        ctx.reply(reply);
        return Ok(());
    }
    let count = ctx.tx.subscribers(topic).await?.len();
    let draft = Draft {
        topic: topic.to_owned(),
        text: text.to_owned(),
    };
    ctx.save_draft(DIALOGUE, 0, &draft).await?;
    let mut values = args([
        ("topic", ctx.t(&format!("topic-{topic}"))),
        ("text", text.to_owned()),
    ]);
    values.set("count", count);
    let preview = ctx.t_args("bc-preview", &values);
    if count == 0 {
        // Nothing to send: no draft waits, no button offers it.
        ctx.clear_dialogue().await?;
        ctx.reply(preview);
        return Ok(());
    }
    let choices = vec![
        ctx.choice("bc-send", BroadcastAction::Send),
        ctx.choice("partner-abandon", Command::Cancel.data()),
    ];
    ctx.reply_with(preview, choices);
    Ok(())
}

/// Text typed while a broadcast waits for its sending: the draft stays, the choice is
/// offered again.
pub async fn on_text(ctx: &mut Ctx<'_>) -> Result<(), StoreError> {
    let text = ctx.t("bc-waiting");
    let choices = vec![
        ctx.choice("bc-send", BroadcastAction::Send),
        ctx.choice("partner-abandon", Command::Cancel.data()),
    ];
    ctx.reply_with(text, choices);
    Ok(())
}

/// The `bc:send` choice: queues the broadcast for every subscriber, once.
pub async fn on_send(ctx: &mut Ctx<'_>, _: BroadcastAction) -> Result<(), StoreError> {
    if !ctx.is_coordinator() {
        let text = ctx.t("coordinator-only");
        ctx.reply(text);
        return Ok(());
    }
    // Taking the draft is the claim: a double tap finds nothing left to send.
    let Some((_, draft)) = ctx.load_draft::<Draft>(DIALOGUE).await? else {
        return crate::features::kit::stale_choice(ctx);
    };
    ctx.clear_dialogue().await?;
    let count = announce(
        ctx,
        &draft.topic,
        "bc-message",
        &[("text", draft.text.clone())],
    )
    .await?;
    ctx.audit("broadcast.send", format!("topic:{}", draft.topic), None)
        .await?;
    let text = ctx.t_args("bc-sent", &args([("count", count)]));
    ctx.reply(text);
    Ok(())
}

/// Queues a message (`id`, with `values`) for every subscriber of a topic, each in their
/// language with a way to unsubscribe, in the bulk lane (after every reply and notice);
/// returns how many.
pub async fn announce(
    ctx: &mut Ctx<'_>,
    topic: &str,
    id: &str,
    values: &[(&str, String)],
) -> Result<usize, StoreError> {
    let people: Vec<(Platform, UserId)> = ctx.tx.subscribers(topic).await?;
    for (platform, user) in &people {
        let engine = ctx.services();
        let lang = engine.lang_of(&mut ctx.tx, *platform, user).await?;
        let mut message_args =
            args([("topic", engine.i18n().text(lang, &format!("topic-{topic}")))]);
        for (name, value) in values {
            message_args.set(*name, value.clone());
        }
        ctx.notify(
            *platform,
            user,
            id,
            message_args,
            &[(
                "sub-stop",
                SubscriptionAction::Off(topic.to_string()).data(),
            )],
        )
        .await?;
        if let Some(copy) = ctx.out.pop() {
            ctx.send_in(crate::core::Lane::Bulk, copy);
        }
    }
    Ok(people.len())
}

/// What this feature answers, carries and holds.
pub const FEATURE: crate::features::feature::Feature = crate::features::feature::Feature {
    name: "broadcast",
    commands: &[
        crate::features::commands::Command::Subscribe,
        crate::features::commands::Command::Unsubscribe,
        crate::features::commands::Command::Broadcast,
    ],
    actions: &[SubscriptionAction::PREFIX, BroadcastAction::PREFIX],
    dialogues: &[crate::features::feature::Dialogue {
        kind: DIALOGUE,
        holds: crate::features::feature::Holds::Draft,
        next_message: false,
    }],
    jobs: &[],
};
