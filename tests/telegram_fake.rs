//! The Telegram adapter against a local fake of the Bot API, for what the emulator lacks:
//! proper callback queries, replayed updates, 429s, command menus, documents, moderation
//! and the webhook.
#![cfg(feature = "telegram")]
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::routing::any;
use common::TestDb;
use pairbot::adapters::telegram::{self, Telegram, TelegramOptions, WebhookOptions};
use pairbot::app::Engine;
use pairbot::core::{ChatId, Moderation, ModerationAction, ModerationError, Settings, UserId};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::watch;

#[derive(Default)]
struct Fake {
    calls: Vec<(String, Value)>,
    batches: Vec<Vec<Value>>,
    too_many_requests: u32,
    next_message_id: i64,
    /// Every call is refused as with a revoked token.
    revoked: bool,
}

type Shared = Arc<Mutex<Fake>>;

fn ok(result: Value) -> axum::Json<Value> {
    axum::Json(json!({"ok": true, "result": result}))
}

async fn api(
    State(fake): State<Shared>,
    Path((_bot, method)): Path<(String, String)>,
    body: Bytes,
) -> (axum::http::StatusCode, axum::Json<Value>) {
    // Method names are case-insensitive (teloxide writes them in PascalCase).
    let method = method.to_lowercase();
    // JSON bodies are kept as JSON, multipart ones (files, setWebhook) as text.
    let body: Value = serde_json::from_slice(&body)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into_owned()));
    let mut fake = fake.lock().unwrap();
    if method == "sendmessage" && fake.too_many_requests > 0 {
        fake.too_many_requests -= 1;
        fake.calls.push(("429".into(), body));
        let v = json!({"ok": false, "error_code": 429,
            "description": "Too Many Requests: retry after 1", "parameters": {"retry_after": 1}});
        return (axum::http::StatusCode::TOO_MANY_REQUESTS, axum::Json(v));
    }
    fake.calls.push((method.clone(), body.clone()));
    let error = |code: u16, description: &str| {
        let v = json!({"ok": false, "error_code": code, "description": description});
        (
            axum::http::StatusCode::from_u16(code).unwrap(),
            axum::Json(v),
        )
    };
    let good = |v: Value| (axum::http::StatusCode::OK, ok(v));
    if fake.revoked {
        return error(401, "Unauthorized");
    }
    match method.as_str() {
        "getme" => good(
            json!({"id": 1, "is_bot": true, "first_name": "Pairbot", "username": "PairBot",
                "can_join_groups": true, "can_read_all_group_messages": false,
                "supports_inline_queries": false, "can_connect_to_business": false,
                "has_main_web_app": false}),
        ),
        "getupdates" => {
            let batch = if fake.batches.is_empty() {
                vec![]
            } else {
                fake.batches.remove(0)
            };
            good(Value::Array(batch))
        }
        "sendmessage" => {
            fake.next_message_id += 1;
            let chat = body["chat_id"].as_i64().unwrap_or(0);
            good(json!({"message_id": fake.next_message_id, "date": 0,
                "chat": {"id": chat, "type": "private", "first_name": "X"},
                "text": body["text"]}))
        }
        "restrictchatmember" | "banchatmember" | "unbanchatmember" | "deletemessage"
            if body["chat_id"] == json!(-1) =>
        {
            error(
                400,
                "Bad Request: not enough rights to restrict/unrestrict chat member",
            )
        }
        "getchat" => error(400, "Bad Request: chat not found"),
        _ => good(json!(true)),
    }
}

async fn start_fake(fake: Shared) -> String {
    let app = Router::new()
        .route("/{bot}/{method}", any(api))
        .with_state(fake);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    url
}

fn options(api_url: &str) -> TelegramOptions {
    TelegramOptions {
        token: "123:FAKE".into(),
        api_url: Some(api_url.into()),
        username: None,
        throttle: true,
        instances: 1,
        poll_timeout: 0,
        webhook: None,
        register_commands: true,
        coordinators: vec![777],
    }
}

fn user(id: i64) -> Value {
    json!({"id": id, "is_bot": false, "first_name": "Léa", "language_code": "fr"})
}

fn text_update(update_id: i64, chat: i64, text: &str) -> Value {
    json!({"update_id": update_id, "message": {"message_id": update_id, "date": 0,
        "from": user(chat), "chat": {"id": chat, "type": "private", "first_name": "Léa"},
        "text": text}})
}

fn callback_update(update_id: i64, chat: i64, message_id: i64, data: &str) -> Value {
    json!({"update_id": update_id, "callback_query": {"id": format!("cb{update_id}"),
        "from": user(chat), "chat_instance": "ci",
        "message": {"message_id": message_id, "date": 0,
            "chat": {"id": chat, "type": "private", "first_name": "Léa"}, "text": "?"},
        "data": data}})
}

fn calls(fake: &Shared, method: &str) -> Vec<Value> {
    fake.lock()
        .unwrap()
        .calls
        .iter()
        .filter(|(m, _)| m == method)
        .map(|(_, b)| b.clone())
        .collect()
}

async fn wait_for(fake: &Shared, method: &str, count: usize) -> Vec<Value> {
    for _ in 0..100 {
        let found = calls(fake, method);
        if found.len() >= count {
            return found;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!(
        "{method} called {} times, expected {count}",
        calls(fake, method).len()
    );
}

async fn engine(db: &TestDb) -> Engine {
    Engine::new(db.store().await, Settings::default()).unwrap()
}

/// The adapter polling `fake`, with no command menus and no pacing: its engine, the switch
/// that stops it, and its task.
async fn run_quietly(
    db: &TestDb,
    fake: &Shared,
) -> (
    Engine,
    watch::Sender<bool>,
    tokio::task::JoinHandle<Result<(), telegram::TelegramError>>,
) {
    let url = start_fake(fake.clone()).await;
    let mut opts = options(&url);
    opts.register_commands = false;
    opts.throttle = false;
    let engine = engine(db).await;
    let (stop, shutdown) = watch::channel(false);
    let task = tokio::spawn(telegram::run(engine.clone(), opts, shutdown));
    (engine, stop, task)
}

async fn polling_acts_once_and_survives_rate_limits(db: &TestDb) {
    let fake: Shared = Arc::default();
    {
        let mut f = fake.lock().unwrap();
        f.too_many_requests = 1;
        f.batches = vec![
            vec![text_update(10, 42, "/aide")],
            // The same update again, as after a crash before the offset was stored.
            vec![text_update(10, 42, "/aide"), text_update(11, 42, "/start")],
            vec![callback_update(12, 42, 500, "consent:yes")],
            vec![callback_update(13, 42, 500, "consent:yes")],
            vec![text_update(14, 42, "/mes_donnees")],
        ];
    }
    let url = start_fake(fake.clone()).await;
    let engine = engine(db).await;
    let (stop, shutdown) = watch::channel(false);
    let task = tokio::spawn(telegram::run(engine.clone(), options(&url), shutdown));

    // /aide once (despite the 429 and the replay), /start (2 messages), consent thanks, data.
    wait_for(&fake, "429", 1).await;
    let sent = wait_for(&fake, "sendmessage", 5).await;
    let texts: Vec<String> = sent
        .iter()
        .filter_map(|b| b["text"].as_str())
        .map(common::plain)
        .collect();
    assert_eq!(
        texts
            .iter()
            .filter(|t| t.starts_with("Voici ce que je sais faire"))
            .count(),
        1,
        "{texts:?}"
    );
    assert!(
        texts.iter().any(|t| t.contains("accord est enregistré")),
        "{texts:?}"
    );
    // The consent question came with a keyboard whose data round-trips.
    let question = sent
        .iter()
        .find(|b| {
            b["text"]
                .as_str()
                .is_some_and(|t| t.starts_with("Pour garder vos réservations"))
        })
        .unwrap();
    assert_eq!(
        question["reply_markup"]["inline_keyboard"][0][0]["callback_data"],
        "consent:yes"
    );
    // The button was answered and its keyboard removed; the second press did nothing.
    let answered = wait_for(&fake, "answercallbackquery", 2).await;
    assert_eq!(answered[0]["callback_query_id"], "cb12");
    let edits = calls(&fake, "editmessagereplymarkup");
    assert_eq!(edits[0]["message_id"], 500);
    assert_eq!(edits[0]["reply_markup"]["inline_keyboard"], json!([]));
    assert_eq!(
        texts
            .iter()
            .filter(|t| t.starts_with("Merci, votre accord"))
            .count(),
        1
    );
    // The export went out as a document.
    wait_for(&fake, "senddocument", 1).await;
    // Menus: private and group lists in three language variants, plus the coordinator's.
    let menus = calls(&fake, "setmycommands");
    assert_eq!(menus.len(), 9, "{menus:?}");
    let english_private = menus
        .iter()
        .find(|b| b["language_code"] == "en" && b["scope"]["type"] == "all_private_chats")
        .unwrap();
    assert!(
        english_private["commands"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["command"] == "my_data")
    );
    stop.send(true).unwrap();
    task.await.unwrap().unwrap();
    // Counted again once everything is over: nothing was sent twice late.
    let all: Vec<String> = calls(&fake, "sendmessage")
        .iter()
        .filter_map(|b| b["text"].as_str().map(common::plain))
        .collect();
    assert_eq!(
        all.iter()
            .filter(|t| t.starts_with("Voici ce que je sais faire"))
            .count(),
        1
    );
    assert_eq!(
        all.iter()
            .filter(|t| t.starts_with("Merci, votre accord"))
            .count(),
        1
    );
    // The offset is stored, and read back: a restart does not ask for old updates (it was
    // written under one key and read under another, so every restart polled from 0).
    let offset = engine
        .store()
        .adapter_state("telegram.offset.123")
        .await
        .unwrap();
    assert_eq!(offset.as_deref(), Some("15"));
    let before = calls(&fake, "getupdates").len();
    let (stop, shutdown) = watch::channel(false);
    let task = tokio::spawn(telegram::run(engine.clone(), options(&url), shutdown));
    let polled = wait_for(&fake, "getupdates", before + 1).await;
    stop.send(true).unwrap();
    task.await.unwrap().unwrap();
    assert_eq!(polled[before]["offset"], 15, "{:?}", polled[before]);
    engine.store().close().await;
}

async fn moderation_maps_to_the_bot_api_and_reports_missing_rights(db: &TestDb) {
    let fake: Shared = Arc::default();
    let url = start_fake(fake.clone()).await;
    let mut opts = options(&url);
    opts.username = Some("PairBot".into());
    let tg = Telegram::new(engine(db).await, &opts).await.unwrap();
    let m = tg.transport();
    let group = ChatId("-100".into());
    let who = UserId("42".into());
    m.apply(
        &group,
        &ModerationAction::Ban {
            user: who.clone(),
            until: Some(2_000_000_000),
        },
    )
    .await
    .unwrap();
    m.apply(
        &group,
        &ModerationAction::Mute {
            user: who.clone(),
            until: None,
        },
    )
    .await
    .unwrap();
    m.apply(&group, &ModerationAction::Unmute { user: who.clone() })
        .await
        .unwrap();
    m.apply(&group, &ModerationAction::Kick { user: who.clone() })
        .await
        .unwrap();
    m.apply(
        &group,
        &ModerationAction::Delete {
            message: "77".into(),
        },
    )
    .await
    .unwrap();
    let bans = calls(&fake, "banchatmember");
    assert_eq!(bans[0]["user_id"], 42);
    assert_eq!(bans[0]["until_date"], 2_000_000_000);
    let restricts = calls(&fake, "restrictchatmember");
    let muted = restricts[0]["permissions"].as_object().unwrap();
    assert!(
        muted.values().all(|v| v == false),
        "mute grants nothing: {muted:?}"
    );
    assert_eq!(restricts[1]["permissions"]["can_send_messages"], true);
    assert_eq!(
        calls(&fake, "unbanchatmember").len(),
        1,
        "kick = ban then unban"
    );
    assert_eq!(calls(&fake, "deletemessage")[0]["message_id"], 77);
    let refused = m
        .apply(
            &ChatId("-1".into()),
            &ModerationAction::Mute {
                user: who,
                until: None,
            },
        )
        .await;
    assert_eq!(refused, Err(ModerationError::MissingRight));
    assert_eq!(
        m.apply(
            &group,
            &ModerationAction::Delete {
                message: "x".into()
            }
        )
        .await,
        Err(ModerationError::NotFound)
    );
}

async fn the_webhook_needs_its_secret(db: &TestDb) {
    let fake: Shared = Arc::default();
    let url = start_fake(fake.clone()).await;
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut opts = options(&url);
    opts.register_commands = false;
    opts.webhook = Some(WebhookOptions {
        url: "https://bot.example.org/telegram/hook".into(),
        listen: format!("127.0.0.1:{port}").parse().unwrap(),
        secret: "s3cret-token".into(),
    });
    let engine = engine(db).await;
    let (stop, shutdown) = watch::channel(false);
    let task = tokio::spawn(telegram::run(engine.clone(), opts, shutdown));
    let registered = wait_for(&fake, "setwebhook", 1).await;
    let form = registered[0].as_str().unwrap_or_default();
    assert!(form.contains("s3cret-token"), "{form}");
    assert!(
        form.contains("https://bot.example.org/telegram/hook"),
        "{form}"
    );
    let client = reqwest::Client::new();
    let hook = format!("http://127.0.0.1:{port}/telegram/hook");
    let mut status = None;
    for _ in 0..50 {
        match client
            .post(&hook)
            .json(&text_update(1, 42, "/aide"))
            .send()
            .await
        {
            Ok(r) => {
                status = Some(r.status().as_u16());
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    }
    assert_eq!(status, Some(401), "no secret");
    let wrong = client
        .post(&hook)
        .header("X-Telegram-Bot-Api-Secret-Token", "nope")
        .json(&text_update(2, 42, "/aide"))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status().as_u16(), 401);
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        calls(&fake, "sendmessage").is_empty(),
        "a refused update was processed"
    );
    let right = client
        .post(&hook)
        .header("X-Telegram-Bot-Api-Secret-Token", "s3cret-token")
        .json(&text_update(3, 42, "/aide"))
        .send()
        .await
        .unwrap();
    assert_eq!(right.status().as_u16(), 200);
    let sent = wait_for(&fake, "sendmessage", 1).await;
    assert!(
        sent[0]["text"]
            .as_str()
            .unwrap()
            .starts_with("Voici ce que je sais faire")
    );
    stop.send(true).unwrap();
    task.await.unwrap().unwrap();
    engine.store().close().await;
}

async fn group_buttons_act_once_per_person_and_stay(db: &TestDb) {
    let fake: Shared = Arc::default();
    let group_press = |update_id: i64, user_id: i64| {
        json!({"update_id": update_id, "callback_query": {"id": format!("cb{update_id}"),
            "from": user(user_id), "chat_instance": "ci",
            "message": {"message_id": 900, "date": 0,
                "chat": {"id": -300, "type": "supergroup", "title": "Asso"}, "text": "?"},
            "data": "cmd:aide"}})
    };
    fake.lock().unwrap().batches = vec![vec![
        group_press(1, 41),
        group_press(2, 42),
        group_press(3, 42),
    ]];
    let (engine, stop, task) = run_quietly(db, &fake).await;
    wait_for(&fake, "answercallbackquery", 3).await;
    let sent = wait_for(&fake, "sendmessage", 2).await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    stop.send(true).unwrap();
    task.await.unwrap().unwrap();
    // Two people, two answers; the second press of the same person did nothing.
    assert_eq!(calls(&fake, "sendmessage").len(), 2, "{sent:?}");
    // The group keeps its keyboard for the others.
    assert!(calls(&fake, "editmessagereplymarkup").is_empty());
    engine.store().close().await;
}

/// Edits reach the bot and meet the group's protections like new messages: a newcomer who
/// edits a link into a plain message has it deleted. A post sent in a channel's name is
/// checked too (it was dropped unseen); the group's own linked channel is left alone. An
/// edit in a private chat runs nothing.
async fn edits_and_channel_posts_meet_the_group_protections(db: &TestDb) {
    let group = json!({"id": -200, "type": "supergroup", "title": "Asso"});
    let said = |update_id: i64, kind: &str, text: &str| {
        json!({"update_id": update_id, kind: {"message_id": update_id, "date": 0,
            "from": user(42), "chat": group, "text": text}})
    };
    let as_channel = |update_id: i64, channel: Value, automatic: bool| {
        json!({"update_id": update_id, "message": {"message_id": update_id, "date": 0,
            "from": {"id": 136817688, "is_bot": true, "first_name": "Channel"},
            "sender_chat": channel, "is_automatic_forward": automatic,
            "chat": group, "text": "gagnez 500 euros sur gagnez.top"}})
    };
    let promo = json!({"id": -1009, "type": "channel", "title": "Promo"});
    let linked = json!({"id": -1010, "type": "channel", "title": "Asso (canal)"});
    let mut private_edit = text_update(25, 42, "/oublier");
    private_edit["edited_message"] = private_edit["message"].take();
    let fake: Shared = Arc::default();
    fake.lock().unwrap().batches = vec![
        vec![said(20, "message", "bonne journée à tous")],
        vec![{
            let mut edit = said(21, "edited_message", "bonne journée, voir arnaque.xyz");
            edit["edited_message"]["message_id"] = json!(20);
            edit
        }],
        vec![as_channel(22, promo, false)],
        vec![as_channel(23, linked, true)],
        vec![private_edit],
    ];
    let (engine, stop, task) = run_quietly(db, &fake).await;
    // The last update is answered once everything before it was handled.
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !calls(&fake, "sendmessage").iter().any(|b| {
        b["text"]
            .as_str()
            .is_some_and(|t| t.contains("modifié un message"))
    }) {
        assert!(
            std::time::Instant::now() < deadline,
            "{:?}",
            calls(&fake, "sendmessage")
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let deleted = wait_for(&fake, "deletemessage", 2).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    stop.send(true).unwrap();
    task.await.unwrap().unwrap();
    let ids: Vec<Value> = calls(&fake, "deletemessage")
        .iter()
        .map(|b| b["message_id"].clone())
        .collect();
    assert_eq!(ids, [json!(20), json!(22)], "{deleted:?}");
    // The private edit asked for nothing: no erasure question.
    assert!(
        !calls(&fake, "sendmessage")
            .iter()
            .filter(|b| b["chat_id"] == 42)
            .any(|b| b["text"]
                .as_str()
                .is_some_and(|t| t.contains("Voulez-vous vraiment"))),
        "{:?}",
        calls(&fake, "sendmessage")
    );
    // Edits are asked for.
    let polled = calls(&fake, "getupdates");
    assert!(
        polled[0]["allowed_updates"]
            .as_array()
            .unwrap()
            .contains(&json!("edited_message")),
        "{polled:?}"
    );
    engine.store().close().await;
}

/// An offset stored by an earlier version, under the bare key, is taken over: the first poll
/// after the upgrade does not start from 0 again.
async fn an_offset_stored_by_an_earlier_version_is_taken_over(db: &TestDb) {
    let fake: Shared = Arc::default();
    let engine = engine(db).await;
    engine
        .adapter_state()
        .set("telegram.offset", "40")
        .await
        .unwrap();
    let url = start_fake(fake.clone()).await;
    let mut opts = options(&url);
    opts.register_commands = false;
    let (stop, shutdown) = watch::channel(false);
    let task = tokio::spawn(telegram::run(engine.clone(), opts, shutdown));
    let polled = wait_for(&fake, "getupdates", 1).await;
    stop.send(true).unwrap();
    task.await.unwrap().unwrap();
    assert_eq!(polled[0]["offset"], 40, "{:?}", polled[0]);
    engine.store().close().await;
}

/// A search's keyboard stays usable: writing to one person takes only that button away, and
/// the next person of the same results can be written to without searching again.
async fn a_results_keyboard_stays_for_the_other_results(db: &TestDb) {
    let fake: Shared = Arc::default();
    fake.lock().unwrap().batches = vec![
        vec![text_update(1, 42, "/start")],
        vec![callback_update(2, 42, 2, "consent:yes")],
        vec![text_update(3, 42, "/chercher SEP")],
    ];
    let store = db.store().await;
    pairbot::demo::load(&store).await.unwrap();
    store.close().await;
    let (engine, stop, task) = run_quietly(db, &fake).await;
    // The message offering at least two people, and its id (the fake numbers them in order).
    let items = |body: &Value| -> Vec<(String, String)> {
        body["reply_markup"]["inline_keyboard"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row.as_array().cloned().unwrap_or_default())
            .filter_map(|b| {
                let data = b["callback_data"].as_str()?;
                data.starts_with("~contact:ask:")
                    .then(|| (b["text"].as_str().unwrap().to_owned(), data.to_owned()))
            })
            .collect()
    };
    let mut found = None;
    for _ in 0..100 {
        let sent = calls(&fake, "sendmessage");
        if let Some(at) = sent.iter().position(|b| items(b).len() >= 2) {
            found = Some((at as i64 + 1, sent[at].clone()));
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (message_id, results) = found.unwrap_or_else(|| {
        panic!(
            "a search offering two people: {:?}",
            calls(&fake, "sendmessage")
        )
    });
    let offered = items(&results);
    let press = |update_id: i64, data: &str, markup: &Value| {
        let mut update = callback_update(update_id, 42, message_id, data);
        update["callback_query"]["message"]["reply_markup"] = markup.clone();
        update
    };
    let before = calls(&fake, "sendmessage").len();
    fake.lock()
        .unwrap()
        .batches
        .push(vec![press(4, &offered[0].1, &results["reply_markup"])]);
    // The consent question's keyboard went first (a yes/no acts once).
    let edits = wait_for(&fake, "editmessagereplymarkup", 2).await;
    assert_eq!(edits[0]["reply_markup"]["inline_keyboard"], json!([]));
    let edit = edits.last().unwrap().clone();
    assert_eq!(edit["message_id"], message_id);
    let left = json!({"reply_markup": edit["reply_markup"]});
    let still: Vec<String> = items(&left).into_iter().map(|(_, d)| d).collect();
    assert!(!still.contains(&offered[0].1), "{still:?}");
    assert!(still.contains(&offered[1].1), "{still:?}");
    let asked = wait_for(&fake, "sendmessage", before + 1).await;
    let first_name = offered[0].0.trim_start_matches("Écrire à ");
    assert!(
        common::plain(asked[before]["text"].as_str().unwrap()).contains(first_name),
        "{:?}",
        asked[before]
    );
    // The second person, from the same keyboard.
    fake.lock()
        .unwrap()
        .batches
        .push(vec![press(5, &offered[1].1, &edit["reply_markup"])]);
    let asked = wait_for(&fake, "sendmessage", before + 2).await;
    let second_name = offered[1].0.trim_start_matches("Écrire à ");
    assert!(
        common::plain(asked[before + 1]["text"].as_str().unwrap()).contains(second_name),
        "{:?}",
        asked[before + 1]
    );
    stop.send(true).unwrap();
    task.await.unwrap().unwrap();
    engine.store().close().await;
}

/// `pairbot check` asks Telegram about the token: accepted, or refused (exit status 1).
async fn the_check_command_asks_telegram_about_the_token(db: &TestDb) {
    let fake: Shared = Arc::default();
    let url = start_fake(fake.clone()).await;
    let home = tempfile::tempdir().unwrap();
    let check = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_pairbot"))
            .args(["check", "--database-url", &db.url, "--api-url", &url])
            .env("TELEGRAM_BOT_TOKEN", "123:FAKE")
            .env("XDG_CONFIG_HOME", home.path())
            .env("XDG_DATA_HOME", home.path())
            .env_remove("PAIRBOT_CONFIG")
            .env_remove("MATRIX_HOMESERVER")
            .output()
            .unwrap()
    };
    let out = check();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "{said}");
    assert!(said.contains("token accepted: @PairBot"), "{said}");
    assert!(
        !said.contains("123:FAKE"),
        "the token is never printed: {said}"
    );
    fake.lock().unwrap().revoked = true;
    let out = check();
    let said = String::from_utf8_lossy(&out.stdout).into_owned();
    assert_eq!(out.status.code(), Some(1), "{said}");
    assert!(
        said.contains("FAIL  telegram") && said.contains("refused the bot token"),
        "{said}"
    );
}

on_every_backend!(
    the_check_command_asks_telegram_about_the_token,
    a_results_keyboard_stays_for_the_other_results,
    an_offset_stored_by_an_earlier_version_is_taken_over,
    edits_and_channel_posts_meet_the_group_protections,
    group_buttons_act_once_per_person_and_stay,
    polling_acts_once_and_survives_rate_limits,
    moderation_maps_to_the_bot_api_and_reports_missing_rights,
    the_webhook_needs_its_secret,
);
