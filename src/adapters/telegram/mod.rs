//! The Telegram adapter: long polling or a webhook in, the outbox out.
//!
//! Every update is handled at least once and acted on once: its id (or, for a button, the
//! message carrying the keyboard) is recorded with the changes it causes, and the polling
//! offset is stored after each update. Every message waits for its turn under [`pace`], so
//! bursts (broadcasts) stay under Telegram's limits while replies pass them, and a 429 is
//! retried after its `retry_after`.

pub mod commands;
pub mod incoming;
pub mod pace;
pub mod render;
pub mod transport;
pub mod webhook;

pub use incoming::{AfterPress, TgEvent, TgUpdate, parse_update};
pub use transport::{TelegramTransport, TgBot};

use crate::app::Engine;
use crate::app::EngineError;
use std::net::SocketAddr;
use std::time::{Duration, Instant};
use teloxide::prelude::*;
use teloxide::types::{InlineKeyboardMarkup, MessageId};
use tokio::sync::watch;

/// The updates the bot asks for: edits too, so that a link edited into a group message
/// meets the same protections as a new one.
const ALLOWED_UPDATES: [&str; 3] = ["message", "edited_message", "callback_query"];

/// The adapter state key of the polling offset (followed by the bot id).
const OFFSET_KEY: &str = "telegram.offset";

/// How many times an update that fails is offered again before it is skipped.
const MAX_UPDATE_ATTEMPTS: u32 = 5;

/// How long the polling loop waits before asking again a server that answered "nothing
/// new" at once instead of holding the request (test servers such as the emulator).
const TEST_SERVER_NAP: Duration = Duration::from_millis(5);

/// The bot's numeric id: the part of the token before `:` (not a secret).
pub fn bot_id(token: &str) -> &str {
    token.split(':').next().unwrap_or_default()
}

/// Sleeps, unless shutdown comes first.
async fn pause(duration: Duration, shutdown: &mut watch::Receiver<bool>) {
    tokio::select! {
        _ = tokio::time::sleep(duration) => {}
        _ = shutdown.changed() => {}
    }
}

/// How Telegram is reached.
#[derive(Clone)]
pub struct TelegramOptions {
    /// The bot token from BotFather (a secret: never printed).
    pub token: String,
    /// The Bot API server, for self-hosted servers and tests (default: Telegram's).
    pub api_url: Option<String>,
    /// The bot's @username without `@`, when `getMe` cannot tell it.
    pub username: Option<String>,
    /// Respect Telegram's rate limits (turn off only for test servers).
    pub throttle: bool,
    /// How many Pairbot processes send for this bot (scale-out): each keeps to its share
    /// of the bot's overall rate limit. At least 1.
    pub instances: u32,
    /// Long-polling timeout in seconds.
    pub poll_timeout: u32,
    /// Receive updates through a webhook instead of polling.
    pub webhook: Option<WebhookOptions>,
    /// Register the command menus with `setMyCommands` at start-up.
    pub register_commands: bool,
    /// Telegram user ids of coordinators, for their own command menu.
    pub coordinators: Vec<i64>,
}

impl std::fmt::Debug for TelegramOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TelegramOptions")
            .field("token", &"<secret>")
            .field("api_url", &self.api_url)
            .field("username", &self.username)
            .field("throttle", &self.throttle)
            .field("instances", &self.instances)
            .field("webhook", &self.webhook)
            .finish_non_exhaustive()
    }
}

/// Webhook mode.
#[derive(Clone)]
pub struct WebhookOptions {
    /// The public HTTPS URL Telegram posts updates to.
    pub url: String,
    /// The local address to listen on.
    pub listen: SocketAddr,
    /// The secret Telegram sends in `X-Telegram-Bot-Api-Secret-Token` (a secret).
    pub secret: String,
}

impl std::fmt::Debug for WebhookOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebhookOptions")
            .field("url", &self.url)
            .field("listen", &self.listen)
            .field("secret", &"<secret>")
            .finish()
    }
}

/// A failure that stops the adapter.
#[derive(Debug, thiserror::Error)]
pub enum TelegramError {
    /// The API URL is not a URL.
    #[error("invalid Telegram API URL: {0}")]
    ApiUrl(String),
    /// The webhook URL is not a URL.
    #[error("invalid webhook URL: {0}")]
    WebhookUrl(String),
    /// The webhook could not be registered with Telegram.
    #[error("Telegram refused the webhook ({0})")]
    SetWebhook(&'static str),
    /// The webhook listener could not start.
    #[error("cannot listen on {addr}: {reason}")]
    Listen {
        /// The address.
        addr: SocketAddr,
        /// What went wrong.
        reason: String,
    },
    /// Telegram does not know the token.
    #[error("Telegram refused the bot token (revoked or mistyped?)")]
    Unauthorized,
    /// Telegram (or the configured API server) could not be reached.
    #[error("cannot reach the Telegram API ({0})")]
    Unreachable(&'static str),
    /// The core failed.
    #[error(transparent)]
    Engine(#[from] EngineError),
}

/// The running adapter: the engine, the bot and what they share.
#[derive(Clone, Debug)]
pub struct Telegram {
    engine: Engine,
    transport: TelegramTransport,
}

impl Telegram {
    /// Connects to the Bot API (no request is made yet but `getMe` when the username is
    /// unknown).
    pub async fn new(engine: Engine, options: &TelegramOptions) -> Result<Self, TelegramError> {
        let bot = bot(options)?;
        let pace = options
            .throttle
            .then(|| pace::Pace::new(pace::Limits::shared(options.instances)));
        let username = match &options.username {
            Some(name) => Some(name.trim_start_matches('@').to_owned()),
            None => match bot.get_me().await {
                Ok(me) => me.user.username.clone(),
                Err(e) => {
                    tracing::warn!(
                        kind = transport::error_kind(&e),
                        "getMe failed; set the bot username in the configuration for deep links"
                    );
                    None
                }
            },
        };
        Ok(Telegram {
            engine,
            transport: TelegramTransport::new(bot, username, pace),
        })
    }

    /// The transport (for moderation and tests).
    pub fn transport(&self) -> &TelegramTransport {
        &self.transport
    }

    /// Handles one raw update. An error means the update must be offered again (the
    /// database failed); it has then changed nothing.
    pub async fn process(&self, value: &serde_json::Value) -> Result<Option<i64>, EngineError> {
        let Some(update) = parse_update(value, self.transport.username()) else {
            tracing::debug!("unreadable Telegram update skipped");
            return Ok(None);
        };
        match update.event {
            TgEvent::Message(incoming) => self.handle(&incoming).await?,
            TgEvent::Callback {
                incoming,
                query_id,
                chat_id,
                message_id,
                after,
            } => {
                let bot = self.transport.bot();
                // Stops the button's spinner at once; failure only costs the spinner.
                let _ = bot
                    .answer_callback_query(teloxide::types::CallbackQueryId(query_id))
                    .await;
                let private = incoming.chat_kind == crate::core::ChatKind::Private;
                self.handle(&incoming).await?;
                // In a private chat the keyboard goes, so an old button cannot act twice,
                // except the other items of a list of results; in a group others may still
                // need it (each person's press acts once).
                let left = match after {
                    _ if !private => return Ok(Some(update.update_id)),
                    AfterPress::Keep => return Ok(Some(update.update_id)),
                    AfterPress::Remove => InlineKeyboardMarkup::new(Vec::<Vec<_>>::new()),
                    AfterPress::Replace(left) => left,
                };
                let _ = bot
                    .edit_message_reply_markup(ChatId(chat_id), MessageId(message_id))
                    .reply_markup(left)
                    .await;
            }
            TgEvent::Ignored => {}
        }
        Ok(Some(update.update_id))
    }

    async fn handle(&self, incoming: &crate::core::Incoming) -> Result<(), EngineError> {
        match self.engine.handle(incoming).await {
            Ok(()) => Ok(()),
            Err(e) => {
                tracing::error!(error = %e, "could not handle a Telegram update");
                if let Some(apology) = self.engine.failure_reply(incoming) {
                    let _ = crate::core::Transport::send(&self.transport, &apology).await;
                }
                Err(e)
            }
        }
    }

    /// Sends the outbox until `shutdown`.
    pub async fn deliver_until(&self, shutdown: watch::Receiver<bool>) {
        self.engine.deliver_until(&self.transport, shutdown).await;
    }

    /// Long polling until `shutdown`: the update being handled finishes first.
    pub async fn poll_until(
        &self,
        options: &TelegramOptions,
        mut shutdown: watch::Receiver<bool>,
    ) -> Result<(), TelegramError> {
        let bot = self.transport.bot();
        // A webhook left by an earlier run would make getUpdates fail.
        let _ = bot.delete_webhook().await;
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(u64::from(options.poll_timeout) + 15))
            .build()
            .map_err(|_| TelegramError::ApiUrl("HTTP client".into()))?;
        let base = bot.api_url();
        let url = format!(
            "{}/bot{}/getUpdates",
            base.as_str().trim_end_matches('/'),
            options.token
        );
        let store = self.engine.adapter_state();
        let offset_key = format!("{OFFSET_KEY}.{}", bot_id(&options.token));
        let mut failures: (i64, u32) = (-1, 0);
        // Earlier versions wrote the offset under the bare key (and read it under this one,
        // so every restart polled from 0): taken over once.
        let stored = match store.get(&offset_key).await {
            Ok(Some(value)) => Some(value),
            Ok(None) => store.get(OFFSET_KEY).await.map_err(TelegramError::Engine)?,
            Err(e) => return Err(TelegramError::Engine(e)),
        };
        let mut offset: i64 = stored.and_then(|v| v.parse().ok()).unwrap_or(0);
        while !*shutdown.borrow() {
            let started = Instant::now();
            let body = serde_json::json!({
                "offset": offset,
                "timeout": options.poll_timeout,
                "allowed_updates": ALLOWED_UPDATES,
            });
            let request = client.post(&url).json(&body).send();
            let response = tokio::select! {
                r = request => r,
                _ = shutdown.changed() => break,
            };
            let updates = match response {
                Ok(r) => match r.json::<serde_json::Value>().await {
                    Ok(v) if v["ok"] == true => {
                        self.engine.platform_alive(crate::core::Platform::Telegram);
                        v["result"].as_array().cloned().unwrap_or_default()
                    }
                    Ok(v) => {
                        if v["error_code"] == 401 || v["error_code"] == 404 {
                            return Err(TelegramError::Unauthorized);
                        }
                        let retry = v["parameters"]["retry_after"].as_u64().unwrap_or(3);
                        tracing::warn!(code = %v["error_code"], "getUpdates refused");
                        pause(Duration::from_secs(retry), &mut shutdown).await;
                        continue;
                    }
                    Err(_) => Vec::new(),
                },
                Err(e) => {
                    // Without the URL: it holds the token.
                    tracing::warn!(error = %e.without_url(), "getUpdates failed");
                    pause(Duration::from_secs(2), &mut shutdown).await;
                    continue;
                }
            };
            for value in &updates {
                if *shutdown.borrow() {
                    break;
                }
                match self.process(value).await {
                    Ok(Some(id)) => offset = offset.max(id + 1),
                    Ok(None) => {
                        // Unreadable: skip it, or it would come back forever.
                        if let Some(id) = value["update_id"].as_i64() {
                            offset = offset.max(id + 1);
                        }
                    }
                    Err(_) => {
                        let id = value["update_id"].as_i64().unwrap_or(-1);
                        failures = if failures.0 == id {
                            (id, failures.1 + 1)
                        } else {
                            (id, 1)
                        };
                        if failures.1 < MAX_UPDATE_ATTEMPTS {
                            // Not acted on: stop here and offer it again after a pause.
                            pause(Duration::from_secs(2), &mut shutdown).await;
                            break;
                        }
                        // The same update keeps failing: it must not block everyone else.
                        tracing::error!(attempts = failures.1, "giving up on a Telegram update");
                        offset = offset.max(id + 1);
                    }
                }
                if let Err(e) = store.set(&offset_key, &offset.to_string()).await {
                    tracing::error!(error = %e, "could not store the Telegram offset");
                }
            }
            // Servers that answer at once (test servers ignore the timeout) are asked again
            // after a short nap: a few milliseconds added to a reply, not a busy loop.
            if updates.is_empty() && started.elapsed() < Duration::from_millis(500) {
                tokio::select! {
                    _ = tokio::time::sleep(TEST_SERVER_NAP) => {}
                    _ = shutdown.changed() => {}
                }
            }
        }
        Ok(())
    }
}

/// Runs the adapter until `shutdown` turns true: registers the command menus, receives
/// updates (polling or webhook) and delivers the outbox; in-flight work finishes first.
/// The Bot API client for `options`: its token, and its API server when not Telegram's.
fn bot(options: &TelegramOptions) -> Result<Bot, TelegramError> {
    let bot = Bot::new(options.token.clone());
    match &options.api_url {
        Some(url) => {
            let parsed = url
                .parse()
                .map_err(|_| TelegramError::ApiUrl(url.clone()))?;
            Ok(bot.set_api_url(parsed))
        }
        None => Ok(bot),
    }
}

/// `pairbot check`: whether Telegram accepts the token; the bot's `@username` if so.
pub async fn check(options: &TelegramOptions) -> Result<String, TelegramError> {
    match bot(options)?.get_me().await {
        Ok(me) => Ok(me.user.username.clone().map_or_else(
            || "a bot without a username".to_owned(),
            |u| format!("@{u}"),
        )),
        // getMe is refused only for its token (401, or 404 for a malformed one).
        Err(teloxide::RequestError::Api(_)) => Err(TelegramError::Unauthorized),
        Err(e) => Err(TelegramError::Unreachable(transport::error_kind(&e))),
    }
}

pub async fn run(
    engine: Engine,
    options: TelegramOptions,
    shutdown: watch::Receiver<bool>,
) -> Result<(), TelegramError> {
    let telegram = Telegram::new(engine, &options).await?;
    if options.register_commands {
        // In the background: menus are a comfort, never a reason to wait.
        let telegram = telegram.clone();
        let coordinators = options.coordinators.clone();
        let roles = shutdown.clone();
        tokio::spawn(async move {
            commands::register(&telegram, &coordinators).await;
            commands::follow_roles(telegram, coordinators, roles).await;
        });
    }
    // Delivery stops only once receiving has ended (on shutdown or on an error), so the
    // replies of the last updates handled are sent before the process exits.
    let (stop_delivery, delivery_shutdown) = watch::channel(false);
    let delivery = {
        let telegram = telegram.clone();
        tokio::spawn(async move { telegram.deliver_until(delivery_shutdown).await })
    };
    let received = match &options.webhook {
        Some(webhook) => webhook::serve(&telegram, webhook, shutdown).await,
        None => telegram.poll_until(&options, shutdown).await,
    };
    let _ = stop_delivery.send(true);
    let _ = delivery.await;
    received
}
