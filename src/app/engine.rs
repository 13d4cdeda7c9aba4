//! The engine: one transaction per incoming message, replies through the outbox.
//!
//! Delivery of the outbox is in [`super::delivery`], timed jobs in [`super::jobs`].

use super::router;
use crate::core::choice::{self, ChoiceSet, Resolution, Slot, Turn};
use crate::core::command::parse_command;
use crate::core::message::{
    Body, ChatKind, Incoming, Lane, Outgoing, conversation_key, outgoing_conversation,
};
use crate::core::settings::Settings;
use crate::core::text;
use crate::features::directory::Directory;
use crate::features::directory::index::SearchCache;
use crate::features::glossary::{Glossary, GlossaryError};
use crate::features::kit::{Ctx, Services};
use crate::features::permanence::schedule;
use crate::features::safety;
use crate::i18n::{I18n, I18nError, Lang};
use crate::store::{SenderState, Store, StoreError, Tx};
use std::sync::Arc;
use tokio::sync::watch;

/// A failure while handling a message or delivering the outbox.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A locale file is broken.
    #[error(transparent)]
    I18n(#[from] I18nError),
    /// The glossary in the locale files is inconsistent.
    #[error(transparent)]
    Glossary(#[from] GlossaryError),
    /// The metrics could not be written out.
    #[error("the metrics could not be encoded")]
    Metrics,
}

/// One outbox row per platform request: a file goes in its own row after its text, so a
/// failed upload is retried without sending the text twice.
fn split_attachments(out: Vec<Outgoing>) -> Vec<Outgoing> {
    let mut split = Vec::with_capacity(out.len());
    for mut message in out {
        match message.attachment.take() {
            Some(file) if !message.text.is_empty() => {
                let file_only = Outgoing {
                    text: String::new(),
                    choices: Vec::new(),
                    attachment: Some(file),
                    moderation: None,
                    ..message.clone()
                };
                split.push(message);
                split.push(file_only);
            }
            file => {
                message.attachment = file;
                split.push(message);
            }
        }
    }
    split
}

/// Keeps the choices of `message` (if any) waiting for its recipient's typed answer.
pub(super) async fn offer(tx: &mut Tx, message: &Outgoing, slot: Slot) -> Result<(), StoreError> {
    if message.choices.is_empty() {
        return Ok(());
    }
    let set = ChoiceSet::offered(slot, None, &message.text, message.choices.clone());
    tx.offer_choices(
        message.platform,
        &outgoing_conversation(message),
        &message.user,
        &set,
    )
    .await
}

/// The crisis wording a message carries: what a person typed, or what they edited a message
/// into (the emergency numbers are never withheld because the words came in an edit). Not a
/// channel's post: nobody can be answered privately there.
fn crisis_wording(body: &Body) -> safety::Assessment {
    match body {
        Body::Text(text) | Body::Edited(text) => safety::assess(text),
        _ => safety::Assessment::default(),
    }
}

fn needs_cleaning(msg: &Incoming) -> bool {
    let body = match &msg.body {
        Body::Choice(t) => t,
        other => other.written().unwrap_or_default(),
    };
    text::has_controls(body)
        || text::clean_name(&msg.display_name) != msg.display_name
        || msg
            .reply_to
            .as_ref()
            .is_some_and(|r| text::clean_name(&r.author_name) != r.author_name)
}

fn cleaned_copy(msg: &Incoming) -> Incoming {
    let mut copy = msg.clone();
    copy.body = msg.body.map_text(text::strip_controls);
    // Names are repeated in groups (welcomes, warnings): one plain line, nothing that
    // reorders or hides text.
    copy.display_name = text::clean_name(&msg.display_name);
    if let Some(reply) = &mut copy.reply_to {
        reply.author_name = text::clean_name(&reply.author_name);
    }
    copy
}

/// How long the engine recognises an event it already handled (it ignores one that comes
/// again): adapters leave alone events older than this, which it could not recognise.
pub const EVENTS_RECOGNISED_FOR: std::time::Duration =
    std::time::Duration::from_secs(crate::store::EVENT_RETENTION_SECS as u64);

/// The bot itself, shared by every adapter of a process.
#[derive(Debug, Clone)]
pub struct Engine {
    pub(super) inner: Arc<Inner>,
}

#[derive(Debug)]
pub(super) struct Inner {
    pub(super) store: Store,
    pub(super) services: Services,
    pub(super) outbox_version: watch::Sender<u64>,
    /// The last event an apology was made for, so an event offered again and again (a
    /// database down for a while) does not repeat it.
    pub(super) last_apology: std::sync::Mutex<Option<String>>,
    /// What makes this database's outbox keys unique for the platforms (see
    /// [`crate::core::Transport::send_once`]), read or made on first delivery.
    pub(super) delivery_prefix: tokio::sync::OnceCell<String>,
    /// Counts and timings for `/metrics`, and the platforms' signs of life.
    pub(super) metrics: super::metrics::Metrics,
}

impl Engine {
    /// Builds the engine over an opened store.
    pub fn new(store: Store, settings: Settings) -> Result<Self, EngineError> {
        let i18n = I18n::load()?;
        let glossary = Glossary::load(&i18n)?;
        let directory = Directory::load(&i18n);
        Ok(Engine {
            inner: Arc::new(Inner {
                store,
                services: Services::new(i18n, glossary, directory, settings),
                outbox_version: watch::Sender::new(0),
                last_apology: std::sync::Mutex::new(None),
                delivery_prefix: tokio::sync::OnceCell::new(),
                metrics: super::metrics::Metrics::default(),
            }),
        })
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    /// What the feature handlers share: texts, vocabularies, search index, settings.
    pub fn services(&self) -> &Services {
        &self.inner.services
    }

    /// The localised texts.
    pub fn i18n(&self) -> &I18n {
        self.services().i18n()
    }

    /// The glossary index.
    pub fn glossary(&self) -> &Glossary {
        self.services().glossary()
    }

    /// The directory's vocabularies.
    pub fn directory(&self) -> &Directory {
        self.services().directory()
    }

    /// Builds this process's directory search index ahead of the first search.
    pub async fn warm_up(&self) -> Result<(), EngineError> {
        let mut tx = self.store().begin_read().await?;
        let index = self.search_cache().get(self.directory(), &mut tx).await?;
        tx.rollback().await?;
        tracing::info!(profiles = index.len(), "search index ready");
        Ok(())
    }

    /// This process's directory search index.
    pub fn search_cache(&self) -> &SearchCache {
        self.services().search_cache()
    }

    /// The deployment settings.
    pub fn settings(&self) -> &Settings {
        self.services().settings()
    }

    /// Changes each time messages are queued, so delivery loops wake at once instead of
    /// polling (every loop sees every change, even one made while it was busy).
    pub fn outbox_changes(&self) -> watch::Receiver<u64> {
        self.inner.outbox_version.subscribe()
    }

    /// Handles one message: every change and every reply commit together, or none does.
    ///
    /// Replies are queued in the outbox; call [`Engine::deliver`] to send them. A message
    /// whose `event_id` was already handled is ignored.
    pub async fn handle(&self, msg: &Incoming) -> Result<(), EngineError> {
        let started = std::time::Instant::now();
        if let Some(crisis) = self.handle_once(msg).await? {
            let kind = match &msg.body {
                Body::Text(t) if parse_command(t).is_some() => "command",
                Body::Text(_) => "text",
                Body::Choice(_) => "choice",
                Body::Joined => "joined",
                Body::Edited(_) => "edited",
                Body::ChannelPost(_) => "channel_post",
            };
            self.metrics()
                .handled(msg.platform, kind, started.elapsed());
            if crisis {
                self.metrics().crisis_reply();
            }
        }
        Ok(())
    }

    /// [`Engine::handle`]: whether crisis wording was answered; `None` for an event
    /// already handled.
    async fn handle_once(&self, msg: &Incoming) -> Result<Option<bool>, EngineError> {
        let cleaned;
        let msg = if needs_cleaning(msg) {
            cleaned = cleaned_copy(msg);
            &cleaned
        } else {
            msg
        };
        let mut tx = self.store().begin().await?;
        tx.lock_person(msg.platform, &msg.sender).await?;
        if let Some(event) = &msg.event_id
            && !tx.first_time_event(msg.platform, event).await?
        {
            tracing::debug!(platform = %msg.platform, "event already handled");
            tx.rollback().await?;
            return Ok(None);
        }
        let chat = conversation_key(msg);
        let SenderState {
            user,
            role,
            barred,
            pending,
            dialogue,
            seen_at,
        } = tx.sender_state(msg.platform, &chat, &msg.sender).await?;
        // Retention counts from a person's last message. Kept to the day (the first
        // message of each day writes it), so that most messages write nothing for it; any
        // message also cancels a notice of erasure, which comes months after the last one.
        let now = crate::store::now();
        let today = schedule::local_instant(schedule::local_date(now), 0).unwrap_or(now);
        if seen_at.is_some_and(|seen| seen < today) {
            tx.touch_user(msg.platform, &msg.sender, now).await?;
        }
        let lang = user
            .as_ref()
            .and_then(|u| u.locale)
            .or_else(|| msg.language.as_deref().and_then(Lang::from_code))
            .unwrap_or(self.settings().default_lang);

        // Numbers and labels typed on platforms without buttons answer the question being
        // answered (never a notification that came meanwhile); one that fits two questions
        // is asked about.
        let mut ambiguous = Vec::new();
        let body = match &msg.body {
            Body::Text(text) => match choice::resolve(text, &pending, dialogue.as_deref()) {
                Resolution::Picked(data) => Body::Choice(data),
                Resolution::Ambiguous(candidates) => {
                    ambiguous = candidates;
                    Body::Text(text.clone())
                }
                Resolution::Text => Body::Text(text.clone()),
            },
            other => other.clone(),
        };

        let mut ctx = Ctx {
            tx,
            msg,
            lang,
            user,
            role,
            barred,
            services: self.services(),
            offered: choice::standing(&pending, dialogue.as_deref()),
            out: Vec::new(),
            laned: Vec::new(),
            private: false,
            dialogue_moved: false,
            dialogue_now: None,
            ambiguous,
            asked_which: false,
        };
        let found = crisis_wording(&body);
        let crisis = !found.is_empty();
        if crisis {
            // Never logs the text, nor who wrote it.
            tracing::info!("crisis wording detected; emergency contacts sent first");
            safety::respond_to_crisis(&mut ctx, found).await?;
        }
        let is_command = matches!(&body, Body::Text(text) if parse_command(text).is_some());
        // After a crisis message, a command still runs; free text gets nothing more ("I did
        // not find that word", a quiz hint…) and any dialogue waits untouched.
        if !crisis || is_command {
            router::dispatch(&mut ctx, &body).await?;
        } else if ctx.in_group() {
            // Crisis words never carry a link or a flood past the group's protections.
            crate::features::moderation::groups::watch(&mut ctx, &body).await?;
        }

        let dialogue_after = ctx.dialogue_now.take().unwrap_or(dialogue);
        let asked_which = ctx.asked_which;
        let Ctx {
            mut tx,
            out,
            laned,
            dialogue_moved,
            ..
        } = ctx;
        let out: Vec<Outgoing> = split_attachments(out)
            .into_iter()
            .map(Outgoing::without_repeated_choices)
            .collect();
        let is_reply = |m: &Outgoing| {
            m.platform == msg.platform && m.user == msg.sender && outgoing_conversation(m) == chat
        };
        let offered = out
            .iter()
            .rfind(|m| is_reply(m) && !m.choices.is_empty())
            .map(|m| (m.text.as_str(), m.choices.as_slice()));
        let turn = Turn {
            dialogue_after: dialogue_after.as_deref(),
            dialogue_moved,
            offered,
            picked: match &body {
                Body::Choice(data) => Some(data.as_str()),
                _ => None,
            },
            asked_which: asked_which && offered.is_some(),
        };
        let (keep, fresh) = choice::next_sets(&pending, &turn);
        // A set the fresh one replaces in its slot is overwritten, not deleted first.
        let mut answered: Vec<i64> = pending
            .iter()
            .filter(|s| !keep.contains(&s.id))
            .filter(|s| !fresh.as_ref().is_some_and(|f| f.slot == s.slot))
            .map(|s| s.id)
            .collect();
        if let Some(set) = fresh {
            // A set answered now gives its row to the fresh one (a question after a quiz,
            // a quiz after a question): one statement instead of a delete and an insert.
            // Not when the person already has a set in the fresh one's slot (the row the
            // upsert overwrites): the update would change nothing and cost a statement.
            let occupied = set.slot != Slot::Notice && pending.iter().any(|s| s.slot == set.slot);
            let reused = match answered.first() {
                Some(&id) if !occupied => {
                    tx.reuse_choice_set(msg.platform, &chat, &msg.sender, id, &set)
                        .await?
                }
                _ => false,
            };
            if reused {
                answered.remove(0);
            }
            tx.drop_choice_sets(&answered).await?;
            if !reused {
                tx.offer_choices(msg.platform, &chat, &msg.sender, &set)
                    .await?;
            }
        } else {
            tx.drop_choice_sets(&answered).await?;
        }
        // What goes to the sender, wherever, answers their own message; the rest is a
        // notice unless the feature chose its lane.
        let to_sender = |m: &Outgoing| m.platform == msg.platform && m.user == msg.sender;
        let queued = out
            .iter()
            .map(|m| {
                (
                    m,
                    if to_sender(m) {
                        Lane::Reply
                    } else {
                        Lane::Notice
                    },
                )
            })
            .chain(laned.iter().map(|(m, lane)| (m, *lane)));
        for (message, lane) in queued {
            if !is_reply(message) {
                // A reply elsewhere (the private chat, for a command sent in a group) is the
                // sender's question there; anyone else's is a notification.
                let slot = if to_sender(message) {
                    Slot::Question
                } else {
                    Slot::Notice
                };
                offer(&mut tx, message, slot).await?;
            }
            tx.push_outbox(message, lane).await?;
        }
        tx.commit().await?;
        if !out.is_empty() || !laned.is_empty() {
            self.inner
                .outbox_version
                .send_modify(|v| *v = v.wrapping_add(1));
        }
        Ok(Some(crisis))
    }

    /// The reply to send directly when [`Engine::handle`] failed: a kind apology in the
    /// sender's platform language, with no technical detail, after the emergency contacts
    /// when the message had crisis wording (that check needs no database).
    ///
    /// `None` when nothing should be said: group chatter that was not addressed to the bot
    /// (it must never get a public apology), or an event already apologised for.
    pub fn failure_reply(&self, msg: &Incoming) -> Option<Outgoing> {
        let found = crisis_wording(&msg.body);
        let crisis = !found.is_empty();
        let addressed = msg.chat_kind == ChatKind::Private
            || match &msg.body {
                Body::Choice(_) => true,
                Body::Text(t) => parse_command(t).is_some(),
                Body::Joined | Body::Edited(_) | Body::ChannelPost(_) => false,
            };
        if !addressed && !crisis {
            return None;
        }
        if msg.event_id.is_some() {
            let mut last = self
                .inner
                .last_apology
                .lock()
                .unwrap_or_else(|p| p.into_inner());
            if *last == msg.event_id {
                return None;
            }
            last.clone_from(&msg.event_id);
        }
        let lang = msg
            .language
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or(self.settings().default_lang);
        let mut text = self.i18n().text(lang, "error-technical");
        if crisis {
            text = format!("{}\n\n{text}", safety::help_text(self.i18n(), lang, found));
        }
        Some(Outgoing {
            platform: msg.platform,
            // Contacts given after crisis wording are for the person alone.
            chat: match msg.chat_kind {
                ChatKind::Group if !crisis => Some(msg.chat.clone()),
                _ => None,
            },
            user: msg.sender.clone(),
            text,
            choices: Vec::new(),
            attachment: None,
            moderation: None,
        })
    }
}
