#![allow(dead_code)]
//! Telegram support shared by tests and benchmarks: `telegram-test-api`, the Bot API
//! emulator (npm), started on a free port (`scripts/test.sh` installs it and sets
//! `PAIRBOT_TELEGRAM_EMULATOR` to its folder), and a coordinator's broadcast.

use pairbot::app::Engine;
use pairbot::core::{Body, Incoming, Platform, Settings, UserId};
use serde_json::Value;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

/// A running emulator, stopped when dropped.
pub struct Emulator {
    child: Child,
    /// Its base URL, for the bot (`--api-url`) and for the client routes.
    pub url: String,
    /// A client for its routes.
    pub http: reqwest::Client,
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Emulator {
    /// Starts the emulator on a free port, or `None` when it is not installed (never in CI).
    pub fn start() -> Option<Self> {
        let dir = match std::env::var("PAIRBOT_TELEGRAM_EMULATOR") {
            Ok(dir) => dir,
            Err(_) if std::env::var("CI").is_ok_and(|v| !v.is_empty()) => {
                panic!("CI must run the Telegram emulator tests: run scripts/test.sh")
            }
            Err(_) => {
                eprintln!("PAIRBOT_TELEGRAM_EMULATOR unset: emulator tests skipped");
                return None;
            }
        };
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let script = format!(
            "const S = require({dir:?} + '/node_modules/telegram-test-api'); \
             new S({{port: {port}, host: '127.0.0.1', storeTimeout: 3600}}).start() \
             .then(() => console.log('ready'));"
        );
        let mut child = Command::new("node")
            .args(["-e", &script])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("node must be installed");
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        assert_eq!(line.trim(), "ready", "the emulator did not start");
        Some(Emulator {
            child,
            url: format!("http://127.0.0.1:{port}"),
            http: reqwest::Client::new(),
        })
    }

    /// Posts `body` to one of the emulator's client routes; its answer, or null.
    pub async fn post(&self, route: &str, body: Value) -> Value {
        self.http
            .post(format!("{}/{route}", self.url))
            .json(&body)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap_or(Value::Null)
    }

    /// Everything the emulator holds for the bot with `token`: people's messages and the
    /// bot's, oldest first.
    pub async fn history(&self, token: &str) -> Vec<Value> {
        let answer = self
            .post("getUpdatesHistory", serde_json::json!({ "token": token }))
            .await;
        answer["result"].as_array().cloned().unwrap_or_default()
    }
}

/// `coordinator` previews and sends `text` to the subscribers of `topic` through the core,
/// as from Telegram.
pub async fn broadcast(engine: &Engine, coordinator: &str, topic: &str, text: &str) {
    let preview = Incoming::private_text(
        Platform::Telegram,
        coordinator,
        &format!("/diffuser {topic} {text}"),
    );
    engine.handle(&preview).await.expect("preview");
    let send = Incoming {
        body: Body::Choice("bc:send".into()),
        ..Incoming::private_text(Platform::Telegram, coordinator, "")
    };
    engine.handle(&send).await.expect("send");
}

/// An engine on a SQLite file in `dir` with `coordinator` as its coordinator, and every
/// Telegram user of `subscribers` consenting and subscribed to the news topic
/// (`actualites`), in one transaction.
pub async fn engine_with_subscribers(
    dir: &std::path::Path,
    coordinator: &str,
    subscribers: impl IntoIterator<Item = i64>,
) -> Engine {
    let url = format!("sqlite:{}", dir.join("bench.db").display());
    let settings = Settings {
        coordinators: vec![(Platform::Telegram, coordinator.into())],
        ..Settings::default()
    };
    let store = pairbot::store::Store::open(&url).await.expect("store");
    let engine = Engine::new(store, settings).expect("engine");
    let mut tx = engine.store().begin().await.expect("begin");
    tx.give_consent(Platform::Telegram, &UserId(coordinator.into()), 1)
        .await
        .expect("consent");
    for id in subscribers {
        let who = UserId(id.to_string());
        tx.give_consent(Platform::Telegram, &who, 1)
            .await
            .expect("consent");
        tx.subscribe((Platform::Telegram, &who), "actualites", 1)
            .await
            .expect("subscribe");
    }
    tx.commit().await.expect("commit");
    engine
}

/// The adapter's options for a benchmark against the emulator (or a proxy at `api_url`):
/// Telegram's rate limits on, no command menus, polling without waiting.
#[cfg(feature = "telegram")]
pub fn bench_options(
    token: &str,
    api_url: &str,
    username: &str,
) -> pairbot::adapters::telegram::TelegramOptions {
    pairbot::adapters::telegram::TelegramOptions {
        token: token.into(),
        api_url: Some(api_url.into()),
        username: Some(username.into()),
        throttle: true,
        instances: 1,
        poll_timeout: 0,
        webhook: None,
        register_commands: false,
        coordinators: Vec::new(),
    }
}
