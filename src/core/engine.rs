//! The engine: one transaction per incoming message, replies through the outbox.

use super::choice::{self, ChoiceSet, Resolution, Slot, Turn};
use super::context::{Ctx, conversation_key, outgoing_conversation};
use super::message::{Body, Choice, Incoming, Outgoing, Platform, UserId};
use super::router;
use super::text;
use super::transport::{SendError, Transport};
use crate::features::directory::Directory;
use crate::features::directory::index::SearchCache;
use crate::features::glossary::{Glossary, GlossaryError};
use crate::features::safety;
use crate::i18n::{Args, I18n, I18nError, Lang};
use crate::store::{SenderState, Store, StoreError, Tx};
use std::sync::Arc;
use tokio::sync::watch;

/// How many outbox messages a sender claims at a time when it sends them one by one. A
/// transport that takes several at once gets eight times that many (256 on Telegram, about
/// 9 s of sending at its pace): each batch starts with a claim and a wait for the throttle,
/// which must cost little against its length. Either is well within the lease.
const DELIVERY_BATCH: i64 = 16;

/// How often delivery loops run [`Engine::maintenance`] (contact requests expire within
/// this delay of their deadline).
const MAINTENANCE_EVERY: std::time::Duration = std::time::Duration::from_secs(600);

/// How often delivery loops look for permanence reminders due.
const REMINDERS_EVERY: std::time::Duration = std::time::Duration::from_secs(30);

/// How often a delivery loop proves it is alive and looks for dead senders' claims.
const HEARTBEAT_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// A sender silent for this long (seconds) is taken for dead: its claims go to the others.
const SENDER_SILENCE_SECS: i64 = 10;

/// A sender that could not prove it is alive for this long stops sending what it claimed
/// (the others will soon take it over), so a message is not sent by two processes.
const SENDER_DOUBT: std::time::Duration = std::time::Duration::from_secs(5);

/// A delivery loop's standing as one of possibly several senders of a platform.
#[derive(Debug)]
struct Sending {
    id: crate::store::SenderId,
    /// True while the loop could not prove it is alive for a while: others may be taking
    /// over its claims.
    in_doubt: std::sync::atomic::AtomicBool,
    /// How many times others found it dead and took its claims.
    losses: std::sync::atomic::AtomicU64,
}

impl Sending {
    fn in_doubt(&self) -> bool {
        self.in_doubt.load(std::sync::atomic::Ordering::Acquire)
    }

    fn losses(&self) -> u64 {
        self.losses.load(std::sync::atomic::Ordering::Acquire)
    }
}

/// How a run of messages to one recipient ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum RunEnd {
    /// Every message was dealt with.
    Done,
    /// The platform was busy or the claims are in doubt: no more sending for now.
    Stopped,
}

/// Splits a claimed batch (in queue order) into one run per recipient, each in queue
/// order, the runs ordered by their first message.
fn runs_per_recipient(
    batch: Vec<crate::store::OutboxEntry>,
) -> Vec<Vec<crate::store::OutboxEntry>> {
    let mut runs: Vec<Vec<crate::store::OutboxEntry>> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for entry in batch {
        let key = entry.message.chat_or_user().to_owned();
        match index.get(&key) {
            Some(&i) => runs[i].push(entry),
            None => {
                index.insert(key, runs.len());
                runs.push(vec![entry]);
            }
        }
    }
    runs
}

/// Deployment choices the core needs.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// Language for people whose platform reports none we speak.
    pub default_lang: Lang,
    /// Who runs this Pairbot (shown by `/start`).
    pub operator_name: Option<String>,
    /// How to reach them (shown by `/start`).
    pub operator_contact: Option<String>,
    /// Coordinators named in the configuration, as (platform, user id); admins are among
    /// them. Admins promote others from the chat (stored roles).
    pub coordinators: Vec<(Platform, String)>,
    /// Admins, as (platform, user id): they promote and demote coordinators.
    pub admins: Vec<(Platform, String)>,
    /// A coordinators' group where each audited action is also posted, if any.
    pub audit_room: Option<(Platform, String)>,
    /// Demo mode: fictional operator and data.
    pub demo: bool,
}

impl Settings {
    /// Admins and coordinators named in the configuration, admins first, each once.
    pub fn configured_coordinators(&self) -> Vec<(Platform, String)> {
        let mut all = self.admins.clone();
        for c in &self.coordinators {
            if !all.contains(c) {
                all.push(c.clone());
            }
        }
        all
    }

    /// Whether this person is an admin.
    pub fn is_admin(&self, platform: Platform, user: &UserId) -> bool {
        self.admins
            .iter()
            .any(|(p, u)| *p == platform && *u == user.0)
    }

    /// Whether this person is a coordinator by the configuration (roles given in the
    /// chat are read from the store: see `Ctx::is_coordinator`).
    pub fn is_coordinator(&self, platform: Platform, user: &UserId) -> bool {
        self.is_admin(platform, user)
            || self
                .coordinators
                .iter()
                .any(|(p, u)| *p == platform && *u == user.0)
    }
}

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
async fn offer(tx: &mut Tx, message: &Outgoing, slot: Slot) -> Result<(), StoreError> {
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

fn needs_cleaning(msg: &Incoming) -> bool {
    let body = match &msg.body {
        Body::Text(t) | Body::Choice(t) => t,
        Body::Joined => "",
    };
    text::has_controls(body) || text::has_controls(&msg.display_name)
}

fn cleaned_copy(msg: &Incoming) -> Incoming {
    let mut copy = msg.clone();
    copy.body = match &msg.body {
        Body::Text(t) => Body::Text(text::strip_controls(t)),
        Body::Choice(t) => Body::Choice(text::strip_controls(t)),
        Body::Joined => Body::Joined,
    };
    copy.display_name = text::strip_controls(&msg.display_name);
    copy
}

/// The bot itself, shared by every adapter of a process.
#[derive(Debug, Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    store: Store,
    i18n: I18n,
    glossary: Glossary,
    directory: Directory,
    search_cache: SearchCache,
    settings: Settings,
    outbox_version: watch::Sender<u64>,
    /// The last event an apology was made for, so an event offered again and again (a
    /// database down for a while) does not repeat it.
    last_apology: std::sync::Mutex<Option<String>>,
    /// What makes this database's outbox keys unique for the platforms (see
    /// [`Transport::send_once`]), read or made on first delivery.
    delivery_prefix: tokio::sync::OnceCell<String>,
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
                i18n,
                glossary,
                directory,
                search_cache: SearchCache::default(),
                settings,
                outbox_version: watch::Sender::new(0),
                last_apology: std::sync::Mutex::new(None),
                delivery_prefix: tokio::sync::OnceCell::new(),
            }),
        })
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    /// The localised texts.
    pub fn i18n(&self) -> &I18n {
        &self.inner.i18n
    }

    /// The glossary index.
    pub fn glossary(&self) -> &Glossary {
        &self.inner.glossary
    }

    /// The directory's vocabularies.
    pub fn directory(&self) -> &Directory {
        &self.inner.directory
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
        &self.inner.search_cache
    }

    /// The deployment settings.
    pub fn settings(&self) -> &Settings {
        &self.inner.settings
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
            return Ok(());
        }
        let chat = conversation_key(msg);
        let SenderState {
            user,
            role,
            barred,
            pending,
            dialogue,
        } = tx.sender_state(msg.platform, &chat, &msg.sender).await?;
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
            Body::Choice(data) => Body::Choice(data.clone()),
            Body::Joined => Body::Joined,
        };

        let mut ctx = Ctx {
            tx,
            msg,
            lang,
            user,
            role,
            barred,
            engine: self,
            offered: choice::standing(&pending, dialogue.as_deref()),
            out: Vec::new(),
            private: false,
            dialogue_moved: false,
            ambiguous,
            asked_which: false,
        };
        let crisis = matches!(&body, Body::Text(text) if safety::is_crisis(text));
        if crisis {
            // Never logs the text, nor who wrote it.
            tracing::info!("crisis wording detected; emergency contacts sent first");
            safety::respond_to_crisis(&mut ctx);
        }
        let is_command = matches!(&body, Body::Text(text) if router::parse_command(text).is_some());
        // After a crisis message, a command still runs; free text gets nothing more ("I did
        // not find that word", a quiz hint…) and any dialogue waits untouched.
        if !crisis || is_command {
            router::dispatch(&mut ctx, &body).await?;
        }

        let dialogue_after = if ctx.dialogue_moved {
            ctx.dialogue().await?.map(|d| d.kind)
        } else {
            dialogue
        };
        let asked_which = ctx.asked_which;
        let Ctx {
            mut tx,
            out,
            dialogue_moved,
            ..
        } = ctx;
        let out = split_attachments(out);
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
        let answered: Vec<i64> = pending
            .iter()
            .map(|s| s.id)
            .filter(|id| !keep.contains(id))
            .collect();
        tx.drop_choice_sets(&answered).await?;
        if let Some(set) = fresh {
            tx.offer_choices(msg.platform, &chat, &msg.sender, &set)
                .await?;
        }
        for message in &out {
            if !is_reply(message) {
                // A reply elsewhere (the private chat, for a command sent in a group) is the
                // sender's question there; anyone else's is a notification.
                let slot = if message.platform == msg.platform && message.user == msg.sender {
                    Slot::Question
                } else {
                    Slot::Notice
                };
                offer(&mut tx, message, slot).await?;
            }
            tx.push_outbox(message).await?;
        }
        tx.commit().await?;
        if !out.is_empty() {
            self.inner
                .outbox_version
                .send_modify(|v| *v = v.wrapping_add(1));
        }
        Ok(())
    }

    /// The reply to send directly when [`Engine::handle`] failed: a kind apology in the
    /// sender's platform language, with no technical detail, after the emergency contacts
    /// when the message had crisis wording (that check needs no database).
    ///
    /// `None` when nothing should be said: group chatter that was not addressed to the bot
    /// (it must never get a public apology), or an event already apologised for.
    pub fn failure_reply(&self, msg: &Incoming) -> Option<Outgoing> {
        let crisis = matches!(&msg.body, Body::Text(t) if safety::is_crisis(t));
        let addressed = msg.chat_kind == super::ChatKind::Private
            || match &msg.body {
                Body::Choice(_) => true,
                Body::Text(t) => router::parse_command(t).is_some(),
                Body::Joined => false,
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
            text = format!(
                "{}\n\n{}\n\n{text}",
                self.i18n().text(lang, "emergency-contacts"),
                self.i18n().text(lang, "emergency-kind")
            );
        }
        Some(Outgoing {
            platform: msg.platform,
            // Contacts given after crisis wording are for the person alone.
            chat: match msg.chat_kind {
                super::ChatKind::Group if !crisis => Some(msg.chat.clone()),
                _ => None,
            },
            user: msg.sender.clone(),
            text,
            choices: Vec::new(),
            attachment: None,
            moderation: None,
        })
    }

    /// Sends the permanence reminders due at `at` (Unix seconds); returns how many. A
    /// reminder is removed in the same transaction as its message is queued, so a restart
    /// neither drops nor repeats one.
    pub async fn send_due_reminders(&self, at: i64) -> Result<usize, EngineError> {
        let mut tx = self.store().begin().await?;
        let messages =
            crate::features::permanence::booking::due_reminders(self, &mut tx, at).await?;
        self.queue_and_commit(tx, &messages).await
    }

    /// The language a person reads: the one stored for them, else the default.
    pub async fn lang_of(
        &self,
        tx: &mut Tx,
        platform: Platform,
        user: &UserId,
    ) -> Result<Lang, StoreError> {
        Ok(tx
            .user(platform, user)
            .await?
            .and_then(|u| u.locale)
            .unwrap_or(self.settings().default_lang))
    }

    /// A private message for anyone, in the language they read (the one stored for them,
    /// else the default); `choices` are (label id, data) pairs.
    pub async fn notice(
        &self,
        tx: &mut Tx,
        platform: Platform,
        user: &UserId,
        id: &str,
        args: Args<'_>,
        choices: &[(&str, String)],
    ) -> Result<Outgoing, StoreError> {
        let lang = self.lang_of(tx, platform, user).await?;
        Ok(Outgoing {
            platform,
            chat: None,
            user: user.clone(),
            text: self.i18n().text_args(lang, id, &args),
            choices: choices
                .iter()
                .map(|(label, data)| Choice::new(self.i18n().text(lang, label), data.clone()))
                .collect(),
            attachment: None,
            moderation: None,
        })
    }

    /// Housekeeping to run now and then (adapters do it every few minutes): expires contact
    /// requests left unanswered, forgets old event ids and messages a platform refused for
    /// good a week ago.
    pub async fn maintenance(&self) -> Result<(), EngineError> {
        let now = crate::store::now();
        let expired = self.expire_contacts_at(now).await?;
        let mut tx = self.store().begin().await?;
        let changes = tx.purge_directory_changes(now - 86_400).await?;
        tx.commit().await?;
        let events = self.store().purge_old_events().await?;
        let failed = self.store().purge_failed_outbox().await?;
        tracing::debug!(expired, changes, events, failed, "maintenance done");
        Ok(())
    }

    /// Queues messages caused by time rather than by a person (reminders, expiries) in the
    /// transaction that decided them, commits, and wakes the delivery loops; returns how
    /// many.
    async fn queue_and_commit(
        &self,
        mut tx: Tx,
        messages: &[Outgoing],
    ) -> Result<usize, EngineError> {
        for message in messages {
            offer(&mut tx, message, Slot::Notice).await?;
            tx.push_outbox(message).await?;
        }
        tx.commit().await?;
        if !messages.is_empty() {
            self.inner.outbox_version.send_modify(|n| *n += 1);
        }
        Ok(messages.len())
    }

    /// Expires the contact requests still unanswered at `at` (Unix seconds) and tells each
    /// requester; returns how many expired.
    pub async fn expire_contacts_at(&self, at: i64) -> Result<usize, EngineError> {
        let mut tx = self.store().begin().await?;
        let messages = crate::features::directory::contact::expire(self, &mut tx, at).await?;
        self.queue_and_commit(tx, &messages).await
    }

    /// An adapter's delivery loop: sends the outbox of the transport's platform until
    /// `shutdown` turns true, waking as soon as messages are queued (and every second, for
    /// retries and other processes' messages), with [`Engine::maintenance`] every ten minutes.
    ///
    /// Several processes may run this loop for the same platform on one database: each
    /// registers as a sender, proves it is alive every two seconds, and takes over the
    /// claims of a sender silent for ten seconds (see [`Store::take_over_claims`]).
    pub async fn deliver_until<T>(&self, transport: &T, mut shutdown: watch::Receiver<bool>)
    where
        T: Transport,
    {
        let platform = transport.platform();
        let sending = Arc::new(Sending {
            id: crate::store::SenderId::random(),
            in_doubt: std::sync::atomic::AtomicBool::new(false),
            losses: std::sync::atomic::AtomicU64::new(0),
        });
        if let Err(e) = self.store().register_sender(&sending.id, platform).await {
            tracing::warn!(error = %e, "could not register as a sender");
        }
        let heartbeat = tokio::spawn(self.clone().heartbeat(
            platform,
            Arc::clone(&sending),
            shutdown.clone(),
        ));
        let mut last_maintenance: Option<std::time::Instant> = None;
        let mut last_reminders: Option<std::time::Instant> = None;
        let mut changes = self.outbox_changes();
        loop {
            if last_maintenance.is_none_or(|t| t.elapsed() > MAINTENANCE_EVERY) {
                if let Err(e) = self.maintenance().await {
                    tracing::warn!(error = %e, "maintenance failed");
                }
                last_maintenance = Some(std::time::Instant::now());
            }
            if last_reminders.is_none_or(|t| t.elapsed() > REMINDERS_EVERY) {
                if let Err(e) = self.send_due_reminders(crate::store::now()).await {
                    tracing::warn!(error = %e, "reminders failed");
                }
                if let Err(e) = self.lift_ended_sanctions(crate::store::now()).await {
                    tracing::warn!(error = %e, "lifting sanctions failed");
                }
                last_reminders = Some(std::time::Instant::now());
            }
            if !sending.in_doubt()
                && let Err(e) = self.deliver_as(transport, Some(&sending)).await
            {
                tracing::error!(error = %e, platform = %platform, "delivery failed");
            }
            if *shutdown.borrow() {
                break;
            }
            tokio::select! {
                _ = changes.changed() => {}
                _ = tokio::time::sleep(std::time::Duration::from_secs(1)) => {}
                _ = shutdown.changed() => {}
            }
        }
        heartbeat.abort();
        if let Err(e) = self.store().retire_sender(&sending.id).await {
            tracing::warn!(error = %e, "could not hand back claims at shutdown");
        }
    }

    /// Proves every [`HEARTBEAT_EVERY`] that `sending` is alive and takes over dead senders'
    /// claims, until `shutdown`.
    async fn heartbeat(
        self,
        platform: Platform,
        sending: Arc<Sending>,
        mut shutdown: watch::Receiver<bool>,
    ) {
        use std::sync::atomic::Ordering;
        let mut proven = std::time::Instant::now();
        loop {
            match self.store().sender_alive(&sending.id, platform).await {
                Ok(alive) => {
                    if !alive {
                        // Found dead by another process: what this one holds is being sent
                        // by others. It is registered again and claims afresh.
                        tracing::warn!(platform = %platform, "this sender was taken for dead; its claims went to others");
                        sending.losses.fetch_add(1, Ordering::AcqRel);
                    }
                    proven = std::time::Instant::now();
                    sending.in_doubt.store(false, Ordering::Release);
                }
                Err(e) => {
                    tracing::warn!(error = %e, "could not prove this sender alive");
                    if proven.elapsed() > SENDER_DOUBT {
                        sending.in_doubt.store(true, Ordering::Release);
                    }
                }
            }
            match self
                .store()
                .take_over_claims(platform, SENDER_SILENCE_SECS)
                .await
            {
                Ok(0) => {}
                Ok(n) => {
                    tracing::info!(messages = n, platform = %platform, "took over a silent sender's messages");
                    self.inner.outbox_version.send_modify(|v| *v += 1);
                }
                Err(e) => tracing::warn!(error = %e, "could not look for silent senders"),
            }
            tokio::select! {
                _ = tokio::time::sleep(HEARTBEAT_EVERY) => {}
                _ = shutdown.wait_for(|stop| *stop) => return,
            }
        }
    }

    /// A random prefix kept with the database, so that outbox keys (row numbers) never
    /// repeat a key a platform saw from an earlier database with the same bot account.
    async fn delivery_prefix(&self) -> Result<&str, EngineError> {
        const KEY: &str = "outbox.key_prefix";
        let prefix = self
            .inner
            .delivery_prefix
            .get_or_try_init(|| async {
                if let Some(known) = self.store().adapter_state(KEY).await? {
                    return Ok::<_, StoreError>(known);
                }
                let made = crate::store::unique_token("pb");
                self.store().set_adapter_state(KEY, &made).await?;
                Ok(made)
            })
            .await?;
        Ok(prefix)
    }

    /// Carries out a queued moderation action. A passing failure is retried like a message;
    /// any other failure is final, and the coordinator who asked is told why.
    async fn carry_out<T>(
        &self,
        transport: &T,
        message: &Outgoing,
        order: &super::ModerationOrder,
    ) -> Result<Result<(), SendError>, EngineError>
    where
        T: Transport,
    {
        let Some(chat) = &message.chat else {
            return Ok(Err(SendError::Rejected));
        };
        let error = match transport.moderate(chat, &order.action).await {
            Ok(()) => return Ok(Ok(())),
            Err(super::ModerationError::Unavailable) => {
                return Ok(Err(SendError::Retry {
                    after: std::time::Duration::from_secs(5),
                }));
            }
            Err(error) => error,
        };
        tracing::warn!(error = %error, platform = %message.platform, "moderation action not carried out");
        if order.tell_on_failure {
            let why = match error {
                super::ModerationError::MissingRight => "moderation-failed-rights",
                super::ModerationError::Protected => "moderation-failed-protected",
                super::ModerationError::NotFound => "moderation-failed-gone",
                _ => "moderation-failed-unsupported",
            };
            let mut tx = self.store().begin().await?;
            let lang = self
                .lang_of(&mut tx, message.platform, &message.user)
                .await?;
            let text = format!(
                "{}\n{}",
                self.i18n().text(lang, "moderation-failed"),
                self.i18n().text(lang, why)
            );
            let notice = Outgoing {
                platform: message.platform,
                chat: None,
                user: message.user.clone(),
                text,
                choices: Vec::new(),
                attachment: None,
                moderation: None,
            };
            self.queue_and_commit(tx, std::slice::from_ref(&notice))
                .await?;
        }
        // Done with: retrying cannot help, and the outbox row must not block later ones.
        Ok(Ok(()))
    }

    /// Lifts the mutes and bans whose end has come at `at` (Unix seconds), telling each
    /// member; returns how many. Telegram lifts timed ones itself; this makes sure of it
    /// everywhere, Matrix included.
    pub async fn lift_ended_sanctions(&self, at: i64) -> Result<usize, EngineError> {
        let mut tx = self.store().begin().await?;
        let messages = crate::features::moderation::lift_ended(self, &mut tx, at).await?;
        let n = messages.iter().filter(|m| m.moderation.is_some()).count();
        self.queue_and_commit(tx, &messages).await?;
        Ok(n)
    }

    /// Sends every due outbox message of the transport's platform, in order, as its only
    /// sender (the console, tests; adapters use [`Engine::deliver_until`]); returns how many
    /// were sent. Stops at the first passing failure, which is retried later.
    pub async fn deliver<T>(&self, transport: &T) -> Result<usize, EngineError>
    where
        T: Transport,
    {
        self.deliver_as(transport, None).await
    }

    /// [`Engine::deliver`] in the name of `sending` when there may be other senders: it
    /// stops, leaving the rest of its claims, as soon as it is no longer sure they are its
    /// own.
    async fn deliver_as<T>(
        &self,
        transport: &T,
        sending: Option<&Sending>,
    ) -> Result<usize, EngineError>
    where
        T: Transport,
    {
        use futures_util::StreamExt;
        let parallel = transport.max_in_flight().max(1);
        let mut sent = 0;
        loop {
            let batch = self
                .store()
                .claim_outbox(
                    transport.platform(),
                    sending.map(|s| &s.id),
                    DELIVERY_BATCH.max(8 * parallel as i64),
                )
                .await?;
            if batch.is_empty() {
                return Ok(sent);
            }
            let losses = sending.map(Sending::losses);
            // Set by the first run the platform finds busy: the others stop too, rather
            // than keep asking while it says to wait.
            let busy = std::sync::atomic::AtomicBool::new(false);
            let runs = if parallel == 1 {
                vec![batch]
            } else {
                runs_per_recipient(batch)
            };
            let ends: Vec<Result<(usize, RunEnd), EngineError>> = futures_util::stream::iter(runs)
                .map(|run| self.send_run(transport, run, sending, losses, &busy))
                .buffer_unordered(parallel)
                .collect()
                .await;
            let mut stop = false;
            for end in ends {
                let (n, end) = end?;
                sent += n;
                stop |= end == RunEnd::Stopped;
            }
            if stop {
                return Ok(sent);
            }
        }
    }

    /// Sends `run` one message after the other; stops at a passing failure (retried later,
    /// the rest handed back, `busy` set), when another run set `busy` (the rest handed
    /// back), or when the claims are in doubt. Returns how many were sent.
    async fn send_run<T>(
        &self,
        transport: &T,
        run: Vec<crate::store::OutboxEntry>,
        sending: Option<&Sending>,
        losses: Option<u64>,
        busy: &std::sync::atomic::AtomicBool,
    ) -> Result<(usize, RunEnd), EngineError>
    where
        T: Transport,
    {
        let store = self.store();
        let owner = sending.map(|s| &s.id);
        // Hands back what this run will not send, while it is still this sender's claim:
        // left leased, it would wait for the lease to end even once this sender is sure
        // of itself again.
        let hand_back = async |rest: &[crate::store::OutboxEntry]| {
            for entry in rest {
                store.outbox_release(entry.id, owner).await?;
            }
            Ok::<_, StoreError>(())
        };
        let mut sent = 0;
        for (i, entry) in run.iter().enumerate() {
            if sending.is_some_and(|s| s.in_doubt() || Some(s.losses()) != losses) {
                tracing::warn!("claims in doubt; sending paused");
                // The database may be what fails: the claims then end with their lease,
                // or go to another sender.
                if let Err(e) = hand_back(&run[i..]).await {
                    tracing::warn!(error = %e, "could not hand back claims in doubt");
                }
                return Ok((sent, RunEnd::Stopped));
            }
            if busy.load(std::sync::atomic::Ordering::Acquire) {
                hand_back(&run[i..]).await?;
                return Ok((sent, RunEnd::Stopped));
            }
            let outcome = match &entry.message.moderation {
                Some(order) => self.carry_out(transport, &entry.message, order).await?,
                None => {
                    let key = format!("{}.{}", self.delivery_prefix().await?, entry.id);
                    transport.send_once(&key, &entry.message).await
                }
            };
            match outcome {
                Ok(()) => {
                    store.outbox_sent(entry.id).await?;
                    sent += 1;
                }
                Err(SendError::Retry { after }) => {
                    tracing::warn!(outbox_id = entry.id, "platform busy; will retry");
                    busy.store(true, std::sync::atomic::Ordering::Release);
                    store
                        .outbox_retry(entry.id, after.as_secs().max(1) as i64)
                        .await?;
                    hand_back(&run[i + 1..]).await?;
                    return Ok((sent, RunEnd::Stopped));
                }
                Err(SendError::Rejected) => {
                    tracing::warn!(outbox_id = entry.id, "platform refused a message");
                    store.outbox_failed(entry.id).await?;
                }
            }
        }
        Ok((sent, RunEnd::Done))
    }
}
