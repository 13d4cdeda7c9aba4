//! The Matrix adapter: direct messages and association rooms, encrypted or not.
//!
//! The matrix-sdk SQLite crypto store (encrypted with a passphrase) keeps the device and its
//! keys, so a restart keeps decrypting. The rooms' state (members, power levels, names) is
//! kept in memory only: a start syncs it afresh. That costs one full sync per start and
//! saves a round of SQLite reads and writes (with their encryption) at every sync, which
//! was half of the bot's CPU per reply; it also leaves no copy of members' names on disk.
//! Every event id is recorded by the core with the changes it causes, so the messages a
//! start's sync brings again are not answered twice. On the very first start the backlog
//! is skipped.

mod incoming;
mod moderation;
pub mod render;
mod rooms;
mod session;
mod sync;

use session::{
    forget_room_state_files, login_error, open_client, save_session, session_path, whoami_device,
};

use crate::app::Engine;
use crate::app::EngineError;
use crate::core::{
    Body, ChatId, ChatKind, Incoming, Lane, Moderation, ModerationAction, ModerationError,
    Outgoing, Platform, ReplyTo, SendError, Transport, UserId as CoreUserId,
};
use matrix_sdk::authentication::matrix::MatrixSession;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::room::Room;
use matrix_sdk::ruma::api::error::{ErrorKind, RetryAfter};
use matrix_sdk::ruma::events::Mentions;
use matrix_sdk::ruma::events::reaction::{OriginalSyncReactionEvent, ReactionEventContent};
use matrix_sdk::ruma::events::relation::Annotation;
use matrix_sdk::ruma::events::room::member::{
    MembershipChange, MembershipState, OriginalSyncRoomMemberEvent, StrippedRoomMemberEvent,
};
use matrix_sdk::ruma::events::room::message::{
    OriginalSyncRoomMessageEvent, Relation, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedEventId, OwnedRoomId, OwnedUserId};
use matrix_sdk::{Client, RoomState};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::watch;

/// How the bot reaches its homeserver.
#[derive(Clone)]
pub struct MatrixOptions {
    /// The homeserver URL, e.g. `https://matrix.example.org`.
    pub homeserver: String,
    /// The bot's user id, e.g. `@pairbot:example.org`.
    pub user_id: String,
    /// Its password (a secret), for the first login.
    pub password: Option<String>,
    /// Or an access token (a secret) of an existing device.
    pub access_token: Option<String>,
    /// Where the matrix-sdk stores and the session live.
    pub store_dir: PathBuf,
    /// Passphrase encrypting those stores (a secret).
    pub store_passphrase: Option<String>,
    /// Servers whose users may invite the bot, into a direct chat as into a group room.
    pub allowed_servers: Vec<String>,
    /// Coordinators' user ids: they may always invite the bot.
    pub coordinators: Vec<String>,
    /// The pause after a sync that brought several messages (`None`: 100 ms).
    pub gather_under_load: Option<Duration>,
}

impl std::fmt::Debug for MatrixOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MatrixOptions")
            .field("homeserver", &self.homeserver)
            .field("user_id", &self.user_id)
            .field("store_dir", &self.store_dir)
            .field("allowed_servers", &self.allowed_servers)
            .finish_non_exhaustive()
    }
}

/// A failure that stops the adapter.
#[derive(Debug, thiserror::Error)]
pub enum MatrixError {
    /// Bad configuration.
    #[error("Matrix configuration: {0}")]
    Config(String),
    /// The homeserver refused the login or could not be reached.
    #[error("cannot log in to {homeserver}: {reason}")]
    Login {
        /// The homeserver.
        homeserver: String,
        /// What went wrong (never a secret).
        reason: String,
    },
    /// The local store could not be used.
    #[error("Matrix store in {path}: {reason}")]
    Store {
        /// The folder.
        path: String,
        /// What went wrong.
        reason: String,
    },
    /// The core failed.
    #[error(transparent)]
    Engine(#[from] EngineError),
}

/// Per room, the bot's latest question that reactions answer: its event, and the data of
/// its choices in order.
type Questions = Arc<Mutex<HashMap<OwnedRoomId, (OwnedEventId, Vec<String>)>>>;

/// The running adapter.
#[derive(Clone)]
pub struct Matrix {
    engine: Engine,
    client: Client,
    options: Arc<MatrixOptions>,
    /// The bot's latest question that reactions answer, per room.
    questions: Questions,
    /// The direct chat each person last wrote from, so replies go back there (in memory:
    /// after a restart the rooms themselves tell).
    direct_rooms: Arc<Mutex<HashMap<OwnedUserId, OwnedRoomId>>>,
    /// Set when the bot changed a room's state itself (see [`sync::quiet_sync`]).
    full_state_due: Arc<std::sync::atomic::AtomicBool>,
    /// What the bot changed in rooms' state and its own view does not show yet.
    own_changes: sync::OwnChanges,
    /// Set once the event handlers are registered: a run after a stopped one must not
    /// add them a second time (each event would be handled twice).
    handlers_registered: Arc<std::sync::atomic::AtomicBool>,
}

impl std::fmt::Debug for Matrix {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matrix")
            .field("options", &self.options)
            .finish_non_exhaustive()
    }
}

/// The session saved by an earlier start, if any and readable.
fn saved_session(options: &MatrixOptions) -> Option<MatrixSession> {
    std::fs::read_to_string(session_path(options))
        .ok()
        .and_then(|json| serde_json::from_str(&json).ok())
}

/// `pairbot check`: the stores open with the passphrase, and the homeserver accepts the
/// saved session (or the configured access token); what was found, in words. With only a
/// password and no session yet, nothing is tried: a login would create a new device.
pub async fn check(options: &MatrixOptions) -> Result<String, MatrixError> {
    let store = options.store_dir.join("sdk");
    if store.exists() {
        open_client(options).await.map_err(|e| MatrixError::Store {
            path: store.display().to_string(),
            reason: e.to_string(),
        })?;
    }
    let saved = saved_session(options);
    let token = match (&saved, &options.access_token, &options.password) {
        (Some(session), _, _) => session.tokens.access_token.clone(),
        (None, Some(token), _) => token.clone(),
        (None, None, Some(_)) => {
            return Ok(format!(
                "no session yet: the first start logs in as {} with the password",
                options.user_id
            ));
        }
        (None, None, None) => {
            return Err(MatrixError::Config(
                "a password or an access token is needed for the first start".into(),
            ));
        }
    };
    whoami_device(options, &token).await?;
    Ok(format!(
        "{} accepted by {}{}",
        options.user_id,
        options.homeserver,
        if store.exists() {
            ", stores readable"
        } else {
            ""
        }
    ))
}

impl Matrix {
    /// Opens the stores and logs in (restoring the saved device when there is one).
    pub async fn connect(engine: Engine, options: MatrixOptions) -> Result<Self, MatrixError> {
        crate::files::private_dir(&options.store_dir).map_err(|e| MatrixError::Store {
            path: options.store_dir.display().to_string(),
            reason: e.to_string(),
        })?;
        forget_room_state_files(&options.store_dir.join("sdk"));
        let client = open_client(&options)
            .await
            .map_err(|e| login_error(&options, e))?;
        match (
            saved_session(&options),
            &options.password,
            &options.access_token,
        ) {
            (Some(session), _, _) => client
                .restore_session(session)
                .await
                .map_err(|e| login_error(&options, e))?,
            (None, Some(password), _) => {
                client
                    .matrix_auth()
                    .login_username(&options.user_id, password)
                    .initial_device_display_name("Pairbot")
                    .await
                    .map_err(|e| login_error(&options, e))?;
            }
            (None, None, Some(token)) => {
                let device = whoami_device(&options, token).await?;
                let user_id: OwnedUserId = options.user_id.parse().map_err(|_| {
                    MatrixError::Config(format!("invalid user id {}", options.user_id))
                })?;
                let session = MatrixSession {
                    meta: matrix_sdk::SessionMeta {
                        user_id,
                        device_id: device.into(),
                    },
                    tokens: matrix_sdk::authentication::SessionTokens {
                        access_token: token.clone(),
                        refresh_token: None,
                    },
                };
                client
                    .restore_session(session)
                    .await
                    .map_err(|e| login_error(&options, e))?;
            }
            (None, None, None) => {
                return Err(MatrixError::Config(
                    "a password or an access token is needed for the first start".into(),
                ));
            }
        }
        if let Some(session) = client.matrix_auth().session() {
            save_session(&options, &session)?;
        }
        Ok(Matrix {
            engine,
            client,
            options: Arc::new(options),
            questions: Arc::default(),
            direct_rooms: Arc::default(),
            full_state_due: Arc::default(),
            own_changes: Arc::default(),
            handlers_registered: Arc::default(),
        })
    }

    /// The matrix-sdk client (for tests and tools).
    pub fn client(&self) -> &Client {
        &self.client
    }

    fn own_user(&self) -> Option<OwnedUserId> {
        self.client.user_id().map(ToOwned::to_owned)
    }

    /// Syncs until `shutdown`, handling invites, messages and reactions, and delivering the
    /// outbox.
    pub async fn run(&self, shutdown: watch::Receiver<bool>) -> Result<(), MatrixError> {
        // Whether the bot ever synced with this account: if not, the backlog is history. On
        // later starts, the first sync is a full one again (room state lives in memory) and
        // brings each room's latest events once more: those already handled are recognised
        // by their event ids, older ones by their age (see [`incoming::answerable`]).
        let marker = format!("matrix.synced.{}", self.options.user_id);
        let store = self.engine.adapter_state();
        let first_start = store
            .get(&marker)
            .await
            .map_err(MatrixError::Engine)?
            .is_none();
        if first_start {
            // Catch up without handlers: old messages are not answered.
            self.client
                .sync_once(SyncSettings::default())
                .await
                .map_err(|e| login_error(&self.options, e))?;
            // Invitations waiting since before the first start are still considered.
            for room in self.client.invited_rooms() {
                let me = self.clone();
                tokio::spawn(async move { me.consider_invite(room, None).await });
            }
            store.set(&marker, "1").await.map_err(MatrixError::Engine)?;
        }
        if !self
            .handlers_registered
            .swap(true, std::sync::atomic::Ordering::AcqRel)
        {
            self.register_handlers();
        }
        // Delivery stops only once syncing has ended, so the replies of the last events
        // handled are sent before the process exits.
        let (stop_delivery, delivery_shutdown) = watch::channel(false);
        let delivery = {
            let me = self.clone();
            tokio::spawn(async move { me.engine.deliver_until(&me, delivery_shutdown).await })
        };
        let mut stop = shutdown.clone();
        tokio::select! {
            () = self.sync_forever() => {}
            _ = stop.wait_for(|s| *s) => {}
        }
        let _ = stop_delivery.send(true);
        let _ = delivery.await;
        Ok(())
    }

    fn register_handlers(&self) {
        let me = self.clone();
        self.client
            .add_event_handler(move |ev: StrippedRoomMemberEvent, room: Room| {
                let me = me.clone();
                async move {
                    if ev.content.membership == MembershipState::Invite
                        && me.own_user().as_deref() == Some(ev.state_key.as_ref())
                    {
                        me.consider_invite(room, Some(ev.sender)).await;
                    }
                }
            });
        let me = self.clone();
        self.client
            .add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
                let me = me.clone();
                async move { me.on_message(ev, room).await }
            });
        let me = self.clone();
        self.client
            .add_event_handler(move |ev: OriginalSyncReactionEvent, room: Room| {
                let me = me.clone();
                async move { me.on_reaction(ev, room).await }
            });
        let me = self.clone();
        self.client
            .add_event_handler(move |ev: OriginalSyncRoomMemberEvent, room: Room| {
                let me = me.clone();
                async move { me.on_member(ev, room).await }
            });
    }

    /// Someone joined a group room: the core welcomes them. Joins older than a few minutes
    /// are history the bot catches up on (its own first sync), not arrivals.
    async fn on_member(&self, ev: OriginalSyncRoomMemberEvent, room: Room) {
        const RECENT_MS: u64 = 5 * 60 * 1000;
        if room.state() != RoomState::Joined
            || self.own_user().as_deref() == Some(ev.state_key.as_ref())
            || !matches!(
                ev.membership_change(),
                MembershipChange::Joined | MembershipChange::InvitationAccepted
            )
            || Self::room_facts(&room).await.kind() != ChatKind::Group
        {
            return;
        }
        let now = matrix_sdk::ruma::MilliSecondsSinceUnixEpoch::now().get();
        if u64::from(now).saturating_sub(u64::from(ev.origin_server_ts.get())) > RECENT_MS {
            return;
        }
        let display_name = ev
            .content
            .displayname
            .clone()
            .unwrap_or_else(|| ev.state_key.localpart().to_owned());
        let incoming = Incoming {
            platform: Platform::Matrix,
            chat: ChatId(room.room_id().to_string()),
            chat_kind: ChatKind::Group,
            sender: CoreUserId(ev.state_key.to_string()),
            display_name,
            handle: None,
            body: Body::Joined,
            language: None,
            event_id: Some(ev.event_id.to_string()),
            message_id: None,
            reply_to: None,
            media: false,
        };
        self.handle(&incoming).await;
    }

    /// The message a reply answers: its id, its author (unless it is the bot) and text.
    async fn replied(&self, room: &Room, event_id: &matrix_sdk::ruma::EventId) -> ReplyTo {
        let mut reply = ReplyTo {
            message: event_id.to_string(),
            ..ReplyTo::default()
        };
        let Ok(event) = room.event(event_id, None).await else {
            return reply;
        };
        let Some(sender) = event.sender() else {
            return reply;
        };
        if self.own_user().as_deref() == Some(&*sender) {
            return reply;
        }
        reply.author_name = match room.get_member_no_sync(&sender).await {
            Ok(Some(member)) => member.name().to_owned(),
            _ => sender.localpart().to_owned(),
        };
        reply.text = event
            .raw()
            .get_field::<serde_json::Value>("content")
            .ok()
            .flatten()
            .and_then(|c| {
                c.get("body")
                    .and_then(|b| b.as_str())
                    .map(incoming::strip_reply_fallback)
            });
        reply.author = Some(CoreUserId(sender.to_string()));
        reply
    }

    async fn on_message(&self, ev: OriginalSyncRoomMessageEvent, room: Room) {
        if room.state() != RoomState::Joined
            || self.own_user().as_deref() == Some(&*ev.sender)
            || !incoming::answerable(ev.origin_server_ts)
        {
            return;
        }
        // An edit carries its new version apart; the top-level body is a fallback ("* …").
        let (msgtype, edited) = match &ev.content.relates_to {
            Some(Relation::Replacement(edit)) => (&edit.new_content.msgtype, true),
            _ => (&ev.content.msgtype, false),
        };
        let Some((text, media)) = incoming::content(msgtype) else {
            return;
        };
        let facts = Self::room_facts(&room).await;
        if text.is_empty() && !media && facts.kind() == ChatKind::Group {
            return;
        }
        let reply_to = match &ev.content.relates_to {
            Some(Relation::Reply(reply)) => {
                Some(self.replied(&room, &reply.in_reply_to.event_id).await)
            }
            _ => None,
        };
        if facts.kind() == ChatKind::Private {
            self.remember_private(&ev.sender, &room);
        }
        let display_name = match room.get_member_no_sync(&ev.sender).await {
            Ok(Some(member)) => member.name().to_owned(),
            _ => ev.sender.localpart().to_owned(),
        };
        // A reply's quoted fallback first goes, so that "!avertir" answering a message is
        // read as the command it is.
        let text = match (self.own_user(), &reply_to) {
            (Some(me), Some(_)) => {
                incoming::as_command(&incoming::strip_reply_fallback(&text), me.as_str())
            }
            (Some(me), None) => incoming::as_command(&text, me.as_str()),
            (None, _) => text,
        };
        let message = incoming::Message {
            sender: ev.sender.to_string(),
            display_name,
            text,
            media,
            event_id: ev.event_id.to_string(),
            reply_to,
            edited,
        };
        if let Some(incoming) = incoming::message(&facts, message) {
            self.handle(&incoming).await;
        }
    }

    async fn on_reaction(&self, ev: OriginalSyncReactionEvent, room: Room) {
        if self.own_user().as_deref() == Some(&*ev.sender)
            || !incoming::answerable(ev.origin_server_ts)
        {
            return;
        }
        let Some(answer) = render::reaction_answer(&ev.content.relates_to.key) else {
            return;
        };
        let question = self
            .questions
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .get(room.room_id())
            .cloned();
        let Some((asked, data)) = question else {
            return;
        };
        if asked != ev.content.relates_to.event_id {
            return;
        }
        // A reaction is under one message: it picks that message's choice, as a button
        // does, never a number another waiting question could take.
        let picked = answer
            .parse::<usize>()
            .ok()
            .and_then(|n| data.get(n.checked_sub(1)?))
            .map_or_else(
                || Body::Text(answer.to_owned()),
                |d| Body::Choice(d.clone()),
            );
        let facts = Self::room_facts(&room).await;
        let incoming = incoming::reaction(&facts, ev.sender.as_str(), picked, ev.event_id.as_str());
        self.handle(&incoming).await;
    }

    async fn handle(&self, incoming: &Incoming) {
        if let Err(e) = self.engine.handle(incoming).await {
            tracing::error!(error = %e, "could not handle a Matrix event");
            if let Some(apology) = self.engine.failure_reply(incoming) {
                let _ = Transport::send(self, &apology).await;
            }
        }
    }
}

/// How a failed request should be treated by the outbox.
fn classify(error: &matrix_sdk::Error) -> SendError {
    match error.client_api_error_kind() {
        Some(ErrorKind::LimitExceeded(data)) => {
            let after = match &data.retry_after {
                Some(RetryAfter::Delay(d)) => *d,
                _ => Duration::from_secs(5),
            };
            SendError::Retry { after }
        }
        Some(_) => SendError::Rejected,
        None => SendError::Retry {
            after: Duration::from_secs(5),
        },
    }
}

impl Transport for Matrix {
    fn platform(&self) -> Platform {
        Platform::Matrix
    }

    /// Rooms are independent: a slow one (a large encrypted room whose keys are being
    /// shared) holds up only itself. A rate limit pauses every send and is waited out.
    fn max_in_flight(&self) -> usize {
        8
    }

    async fn moderate(
        &self,
        chat: &ChatId,
        action: &ModerationAction,
    ) -> Result<(), ModerationError> {
        self.apply(chat, action).await
    }

    async fn send(&self, message: &Outgoing) -> Result<(), SendError> {
        self.send_keyed(None, message).await
    }

    async fn send_once(&self, key: &str, _lane: Lane, message: &Outgoing) -> Result<(), SendError> {
        self.send_keyed(Some(key), message).await
    }
}

impl Matrix {
    /// Sends a message; with a key, every event gets a transaction id made from it, so the
    /// homeserver delivers a message sent again after a crash only once.
    async fn send_keyed(&self, key: Option<&str>, message: &Outgoing) -> Result<(), SendError> {
        let txn = |part: &str| {
            key.map(|k| matrix_sdk::ruma::OwnedTransactionId::from(format!("{k}.{part}")))
        };
        let room = self.room_for(message).await?;
        if let Some(file) = &message.attachment {
            let mime: mime::Mime = file.mime.parse().unwrap_or(mime::APPLICATION_OCTET_STREAM);
            let mut config = matrix_sdk::attachment::AttachmentConfig::new();
            if let Some(id) = txn("file") {
                config = config.txn_id(id);
            }
            room.send_attachment(
                &file.file_name,
                &mime,
                file.content.clone().into_bytes(),
                config,
            )
            .await
            .map_err(|e| {
                tracing::warn!("Matrix refused a file");
                classify(&e)
            })?;
            if message.text.is_empty() {
                return Ok(());
            }
        }
        // A notice, as Matrix asks of bots: clients show it as the bot's, and other bots do
        // not answer it (no loops). Empty mentions: the bot's messages ping nobody, whatever
        // words of members they carry (clients that know `m.mentions` no longer read "@room"
        // in the body).
        let content = RoomMessageEventContent::notice_html(
            render::plain(&message.text, &message.choices),
            render::html(&message.text, &message.choices),
        )
        .add_mentions(Mentions::new());
        let mut request = room.send(content);
        if let Some(id) = txn("text") {
            request = request.with_transaction_id(id);
        }
        let sent = request.await.map_err(|e| {
            tracing::warn!("Matrix refused a message");
            classify(&e)
        })?;
        let event_id = sent.response.event_id;
        let reactions = render::reactions(&message.choices);
        if !reactions.is_empty() {
            self.questions
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .insert(
                    room.room_id().to_owned(),
                    (
                        event_id.clone(),
                        message.choices.iter().map(|c| c.data.clone()).collect(),
                    ),
                );
            for (i, emoji) in reactions.iter().enumerate() {
                let reaction =
                    ReactionEventContent::new(Annotation::new(event_id.clone(), (*emoji).into()));
                let mut request = room.send(reaction);
                if let Some(id) = txn(&format!("reaction{i}")) {
                    request = request.with_transaction_id(id);
                }
                // Reactions are a convenience: the numbers work without them.
                let _ = request.await;
            }
        }
        Ok(())
    }
}

/// Runs the adapter until `shutdown` turns true.
pub async fn run(
    engine: Engine,
    options: MatrixOptions,
    shutdown: watch::Receiver<bool>,
) -> Result<(), MatrixError> {
    let matrix = Matrix::connect(engine, options).await?;
    matrix.run(shutdown).await
}
