//! The Telegram adapter against `telegram-test-api`, a Bot API emulator (npm), driven as a
//! person would: messages, button presses, a group, a restart. `scripts/test.sh` installs the
//! emulator and sets `PAIRBOT_TELEGRAM_EMULATOR` to its folder.
#![cfg(feature = "telegram")]
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{TestDb, plain};
use pairbot::adapters::telegram::{self, TelegramOptions};
use pairbot::core::{Engine, Settings};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use tokio::sync::watch;

const TOKEN: &str = "4242:EMULATED";
const USERNAME: &str = "PairbotTestBot";

struct Emulator {
    child: Child,
    url: String,
    http: reqwest::Client,
}

impl Drop for Emulator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Emulator {
    /// Starts the emulator on a free port, or `None` when it is not installed (never in CI).
    fn start() -> Option<Self> {
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

    async fn post(&self, route: &str, body: Value) -> Value {
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

    async fn say(&self, chat: &Value, from: &Value, text: &str) {
        let date = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        self.post(
            "sendMessage",
            json!({"botToken": TOKEN, "from": from, "chat": chat, "text": text, "date": date}),
        )
        .await;
    }

    async fn press(&self, chat: &Value, from: &Value, message_id: i64, data: &str) {
        self.post(
            "sendCallback",
            json!({"botToken": TOKEN, "from": from,
                   "message": {"message_id": message_id, "chat": chat}, "data": data}),
        )
        .await;
    }

    /// The bot's next `n` messages in `chat` (fails after 15 s).
    async fn replies(&self, chat: i64, n: usize) -> Vec<Reply> {
        let mut got = Vec::new();
        let deadline = Instant::now() + Duration::from_secs(15);
        while got.len() < n {
            assert!(
                Instant::now() < deadline,
                "got {} of {n} replies: {got:?}",
                got.len()
            );
            let updates = self
                .post("getUpdates", json!({"token": TOKEN, "chatId": chat}))
                .await;
            for item in updates["result"].as_array().into_iter().flatten() {
                got.push(Reply {
                    id: item["messageId"].as_i64().unwrap_or_default(),
                    text: plain(item["message"]["text"].as_str().unwrap_or_default()),
                    keyboard: item["message"]["reply_markup"]["inline_keyboard"].clone(),
                });
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        got
    }

    /// Nothing more arrives in `chat` for a second.
    async fn silence(&self, chat: i64) {
        tokio::time::sleep(Duration::from_secs(1)).await;
        let updates = self
            .post("getUpdates", json!({"token": TOKEN, "chatId": chat}))
            .await;
        assert_eq!(updates["result"], json!([]), "unexpected reply");
    }

    /// The keyboard a bot message has now (after edits).
    async fn keyboard_now(&self, message_id: i64) -> Value {
        let history = self
            .post("getUpdatesHistory", json!({"token": TOKEN}))
            .await;
        history["result"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|u| u["messageId"] == message_id && u["message"]["chat_id"].is_number())
            .map(|u| u["message"]["reply_markup"]["inline_keyboard"].clone())
            .unwrap_or(Value::Null)
    }
}

#[derive(Debug)]
struct Reply {
    id: i64,
    text: String,
    keyboard: Value,
}

impl Reply {
    fn buttons(&self, field: &str) -> Vec<String> {
        self.keyboard
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row.as_array().cloned().unwrap_or_default())
            .filter_map(|b| b[field].as_str().map(str::to_owned))
            .collect()
    }
}

struct Bot {
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<Result<(), telegram::TelegramError>>,
}

async fn start_bot(db: &TestDb, emulator: &Emulator) -> Bot {
    let engine = Engine::new(db.store().await, Settings::default()).unwrap();
    let options = TelegramOptions {
        token: TOKEN.into(),
        api_url: Some(emulator.url.clone()),
        username: Some(USERNAME.into()),
        throttle: false,
        poll_timeout: 0,
        webhook: None,
        // The emulator has no setMyCommands: the failure must only be logged.
        register_commands: true,
        coordinators: vec![],
    };
    let (stop, shutdown) = watch::channel(false);
    let task = tokio::spawn(telegram::run(engine, options, shutdown));
    Bot { stop, task }
}

impl Bot {
    async fn stop(self) {
        self.stop.send(true).unwrap();
        self.task.await.unwrap().unwrap();
    }
}

fn person(id: i64, lang: &str) -> Value {
    json!({"id": id, "is_bot": false, "first_name": "Léa", "language_code": lang})
}

fn private(id: i64) -> Value {
    json!({"id": id, "type": "private", "first_name": "Léa"})
}

async fn a_person_uses_pairbot_on_telegram(db: &TestDb) {
    let Some(emu) = Emulator::start() else { return };
    let bot = start_bot(db, &emu).await;
    let (lea, chat) = (person(1001, "fr"), private(1001));

    // /start, then consent with the inline button.
    emu.say(&chat, &lea, "/start").await;
    let start = emu.replies(1001, 2).await;
    assert!(
        start[0].text.starts_with("Bonjour Léa, je suis Pairbot."),
        "{}",
        start[0].text
    );
    assert_eq!(
        start[1].buttons("callback_data"),
        ["consent:yes", "consent:no"]
    );
    emu.press(&chat, &lea, start[1].id, "consent:yes").await;
    let thanks = emu.replies(1001, 1).await;
    assert!(
        thanks[0].text.contains("votre accord est enregistré"),
        "{}",
        thanks[0].text
    );
    // The keyboard is gone, and pressing the old button again does nothing.
    assert_eq!(emu.keyboard_now(start[1].id).await, json!([]));
    emu.press(&chat, &lea, start[1].id, "consent:yes").await;
    emu.silence(1001).await;

    // A definition with a typo, then a related term through its button.
    emu.say(&chat, &lea, "/definition pair aidence").await;
    let card = emu.replies(1001, 1).await;
    assert!(
        card[0].text.starts_with("Pair-aidance\n"),
        "{}",
        card[0].text
    );
    assert!(
        card[0]
            .buttons("callback_data")
            .contains(&"def:pair-aidant".to_owned())
    );
    emu.press(&chat, &lea, card[0].id, "def:pair-aidant").await;
    let related = emu.replies(1001, 1).await;
    assert!(
        related[0].text.starts_with("Pair-aidant\n"),
        "{}",
        related[0].text
    );

    // In a group, a personal command is moved to the private chat with a deep link.
    let group = json!({"id": -2002, "type": "group", "title": "Association"});
    emu.say(&group, &lea, &format!("/mes_donnees@{USERNAME}"))
        .await;
    let redirect = emu.replies(-2002, 1).await;
    assert!(
        redirect[0].text.contains("message privé"),
        "{}",
        redirect[0].text
    );
    assert_eq!(
        redirect[0].buttons("url"),
        [format!("https://t.me/{USERNAME}?start=mes_donnees")]
    );
    // A command for another bot in the group is not ours.
    emu.say(&group, &lea, "/aide@SomeOtherBot").await;
    emu.silence(-2002).await;
    // The deep link opens the private chat with `/start mes_donnees`.
    emu.say(&chat, &lea, "/start mes_donnees").await;
    let data = emu.replies(1001, 1).await;
    assert!(
        data[0]
            .text
            .contains("Voici tout ce que Pairbot garde sur vous"),
        "{}",
        data[0].text
    );

    // An English-speaking person gets English.
    emu.say(&private(3003), &person(3003, "en"), "/help").await;
    let help = emu.replies(3003, 1).await;
    assert!(
        help[0].text.starts_with("Here is what I can do"),
        "{}",
        help[0].text
    );

    // A quiz survives a restart of the bot.
    emu.say(&chat, &lea, "/quiz").await;
    let quiz = emu.replies(1001, 2).await;
    assert_eq!(
        quiz[1].buttons("callback_data"),
        ["quiz:0:true", "quiz:0:false"]
    );
    bot.stop().await;
    let bot = start_bot(db, &emu).await;
    emu.press(&chat, &lea, quiz[1].id, "quiz:0:false").await;
    let next = emu.replies(1001, 2).await;
    assert!(
        next[0].text.starts_with("✅ Bonne réponse"),
        "{}",
        next[0].text
    );
    assert!(
        next[1].text.starts_with("Question 2 sur 10"),
        "{}",
        next[1].text
    );
    bot.stop().await;
}

on_every_backend!(a_person_uses_pairbot_on_telegram);
