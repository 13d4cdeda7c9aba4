//! The Matrix adapter against a real Synapse (`scripts/synapse.sh`, which the test script
//! starts and points `PAIRBOT_TEST_SYNAPSE` at). A second matrix-sdk client is the person.
#![cfg(feature = "matrix")]
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]
#![recursion_limit = "256"]

mod common;

use common::{TestDb, plain};
use matrix_sdk::Client;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::room::Room;
use matrix_sdk::ruma::events::reaction::ReactionEventContent;
use matrix_sdk::ruma::events::relation::Annotation;
use matrix_sdk::ruma::events::room::member::MembershipState;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::ruma::{Int, OwnedEventId, OwnedRoomId, OwnedUserId, RoomId, UserId};
use pairbot::adapters::matrix::{Matrix, MatrixOptions};
use pairbot::core::{ChatId, Engine, Moderation, ModerationAction, ModerationError, Settings};
use serde_json::{Value, json};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::watch;

fn homeserver() -> Option<String> {
    match std::env::var("PAIRBOT_TEST_SYNAPSE") {
        Ok(url) => Some(url),
        Err(_) if std::env::var("CI").is_ok_and(|v| !v.is_empty()) => {
            panic!("CI must run the Synapse tests: run scripts/test.sh")
        }
        Err(_) => {
            eprintln!("PAIRBOT_TEST_SYNAPSE unset: Synapse tests skipped");
            None
        }
    }
}

/// Registers a fresh account (open registration, dummy auth) and returns its user id.
async fn register(hs: &str, name: &str) -> String {
    let http = reqwest::Client::new();
    let url = format!("{hs}/_matrix/client/v3/register");
    let first: Value = http
        .post(&url)
        .json(&json!({"username": name, "password": "pass-word"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let done: Value = http
        .post(&url)
        .json(&json!({"username": name, "password": "pass-word",
                      "auth": {"type": "m.login.dummy", "session": first["session"]}}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    done["user_id"].as_str().expect("registered").to_owned()
}

type Inbox = Arc<Mutex<Vec<(OwnedRoomId, OwnedUserId, String, OwnedEventId)>>>;

/// A person with an encryption-capable client that keeps syncing in the background.
struct Person {
    client: Client,
    inbox: Inbox,
    _dir: tempfile::TempDir,
    sync: tokio::task::JoinHandle<()>,
}

impl Drop for Person {
    fn drop(&mut self) {
        self.sync.abort();
    }
}

impl Person {
    async fn login(hs: &str, user_id: &str) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let client = Client::builder()
            .homeserver_url(hs)
            .sqlite_store(dir.path(), None)
            .build()
            .await
            .unwrap();
        client
            .matrix_auth()
            .login_username(user_id, "pass-word")
            .await
            .unwrap();
        client.sync_once(SyncSettings::default()).await.unwrap();
        let inbox: Inbox = Arc::default();
        let sink = inbox.clone();
        client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
            let sink = sink.clone();
            async move {
                let text = match ev.content.msgtype {
                    MessageType::Text(t) => t.body,
                    MessageType::File(f) => format!("[file] {}", f.body),
                    _ => return,
                };
                sink.lock().unwrap().push((
                    room.room_id().to_owned(),
                    ev.sender,
                    text,
                    ev.event_id,
                ));
            }
        });
        let syncing = client.clone();
        let sync = tokio::spawn(async move {
            let _ = syncing
                .sync(SyncSettings::default().timeout(Duration::from_millis(500)))
                .await;
        });
        Person {
            client,
            inbox,
            _dir: dir,
            sync,
        }
    }

    fn user(&self) -> OwnedUserId {
        self.client.user_id().unwrap().to_owned()
    }

    async fn say(&self, room: &RoomId, text: &str) {
        let room = self.room(room).await;
        room.send(RoomMessageEventContent::text_plain(text))
            .await
            .unwrap();
    }

    async fn room(&self, id: &RoomId) -> Room {
        for _ in 0..100 {
            if let Some(room) = self.client.get_room(id) {
                return room;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("room {id} never appeared");
    }

    /// Messages from `from` in `room`, waiting until there are at least `n`.
    async fn messages_from(&self, room: &RoomId, from: &str, n: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(40);
        loop {
            let got: Vec<String> = self
                .inbox
                .lock()
                .unwrap()
                .iter()
                .filter(|(r, s, _, _)| r == room && s.as_str() == from)
                .map(|(_, _, t, _)| plain(t))
                .collect();
            if got.len() >= n {
                return got;
            }
            assert!(
                Instant::now() < deadline,
                "{} of {n} messages: {got:?}",
                got.len()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn join_when_invited(&self, room: &RoomId) {
        for _ in 0..200 {
            if let Some(r) = self.client.get_room(room) {
                if r.state() == matrix_sdk::RoomState::Invited {
                    r.join().await.unwrap();
                    return;
                }
                if r.state() == matrix_sdk::RoomState::Joined {
                    return;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("never invited to {room}");
    }
}

struct Bot {
    matrix: Matrix,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

async fn start_bot(db: &TestDb, hs: &str, user_id: &str, store: &std::path::Path) -> Bot {
    let engine = Engine::new(db.store().await, Settings::default()).unwrap();
    let options = MatrixOptions {
        homeserver: hs.to_owned(),
        user_id: user_id.to_owned(),
        password: Some("pass-word".into()),
        access_token: None,
        store_dir: store.to_owned(),
        store_passphrase: Some("a test passphrase".into()),
        allowed_servers: vec!["localhost".into()],
        coordinators: vec![],
    };
    let matrix = Matrix::connect(engine, options).await.unwrap();
    let (stop, shutdown) = watch::channel(false);
    let runner = matrix.clone();
    let task = tokio::spawn(async move { runner.run(shutdown).await.unwrap() });
    Bot { matrix, stop, task }
}

impl Bot {
    async fn stop(self) {
        self.stop.send(true).unwrap();
        self.task.await.unwrap();
    }
}

/// Waits until `who` has joined `room` as seen by `person`.
async fn until_joined(person: &Person, room: &RoomId, who: &UserId) {
    let room = person.room(room).await;
    for _ in 0..200 {
        if let Ok(Some(m)) = room.get_member(who).await
            && *m.membership() == MembershipState::Join
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{who} never joined");
}

async fn a_person_uses_pairbot_on_matrix(db: &TestDb) {
    let Some(hs) = homeserver() else { return };
    let tag = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
        % 1_000_000_000;
    let bot_id = register(&hs, &format!("pairbot{tag}")).await;
    let alice_id = register(&hs, &format!("alice{tag}")).await;
    let bob_id = register(&hs, &format!("bob{tag}")).await;
    let store = tempfile::tempdir().unwrap();
    let bot = start_bot(db, &hs, &bot_id, store.path()).await;
    let alice = Person::login(&hs, &alice_id).await;
    let bot_user = UserId::parse(&bot_id).unwrap();

    // An encrypted direct chat: /start, consent by number, definitions, a numbered choice.
    let dm = alice.client.create_dm(&bot_user).await.unwrap();
    let dm_id = dm.room_id().to_owned();
    assert!(dm.latest_encryption_state().await.unwrap().is_encrypted());
    until_joined(&alice, &dm_id, &bot_user).await;
    alice.say(&dm_id, "/start").await;
    let start = alice.messages_from(&dm_id, &bot_id, 2).await;
    assert!(start[0].contains("je suis Pairbot"), "{}", start[0]);
    assert!(
        start[1].contains("1. Oui, j'accepte") && start[1].contains("2. Non merci"),
        "{}",
        start[1]
    );
    alice.say(&dm_id, "1").await;
    let thanks = alice.messages_from(&dm_id, &bot_id, 3).await;
    assert!(
        thanks[2].contains("votre accord est enregistré"),
        "{}",
        thanks[2]
    );
    alice.say(&dm_id, "/definition pair aidence").await;
    let card = alice.messages_from(&dm_id, &bot_id, 4).await;
    assert!(card[3].starts_with("Pair-aidance\n"), "{}", card[3]);
    assert!(card[3].contains("1. Pair-aidant"), "{}", card[3]);
    alice.say(&dm_id, "1").await;
    let related = alice.messages_from(&dm_id, &bot_id, 5).await;
    assert!(related[4].starts_with("Pair-aidant\n"), "{}", related[4]);

    // Yes/no questions can be answered with a reaction, and exports arrive as files.
    alice.say(&dm_id, "/quiz").await;
    let quiz = alice.messages_from(&dm_id, &bot_id, 7).await;
    assert!(quiz[6].starts_with("Question 1 sur 10"), "{}", quiz[6]);
    let question = wait_event_from(&alice, &dm_id, &bot_user, &quiz[6]).await;
    alice
        .room(&dm_id)
        .await
        .send(ReactionEventContent::new(Annotation::new(
            question,
            "👎".into(),
        )))
        .await
        .unwrap();
    let answered = alice.messages_from(&dm_id, &bot_id, 9).await;
    assert!(
        answered[7].starts_with("✅ Bonne réponse"),
        "{}",
        answered[7]
    );
    assert!(
        answered[8].starts_with("Question 2 sur 10"),
        "{}",
        answered[8]
    );
    alice.say(&dm_id, "/mes_donnees").await;
    let data = alice.messages_from(&dm_id, &bot_id, 11).await;
    assert!(
        data[9].contains("Voici tout ce que Pairbot garde sur vous"),
        "{}",
        data[9]
    );
    assert_eq!(data[10], "[file] pairbot-mes-donnees.json");

    // An encrypted group room: commands are answered there.
    let request = matrix_sdk::ruma::api::client::room::create_room::v3::Request::new();
    let secret_room = alice.client.create_room(request).await.unwrap();
    secret_room.enable_encryption().await.unwrap();
    let secret_id = secret_room.room_id().to_owned();
    secret_room.invite_user_by_id(&bot_user).await.unwrap();
    let bob = Person::login(&hs, &bob_id).await;
    secret_room.invite_user_by_id(&bob.user()).await.unwrap();
    bob.join_when_invited(&secret_id).await;
    until_joined(&alice, &secret_id, &bot_user).await;
    until_joined(&alice, &secret_id, &bob.user()).await;
    bob.say(&secret_id, "/definition ETP").await;
    let answer = bob.messages_from(&secret_id, &bot_id, 1).await;
    assert!(
        answer[0].contains("éducation thérapeutique"),
        "{}",
        answer[0]
    );
    // Chatter in the group gets no answer.
    bob.say(&secret_id, "bonjour à tous").await;

    // Moderation through power levels: the bot needs moderator power first.
    let room = bot.matrix.client().get_room(&secret_id).unwrap();
    let chat = ChatId(secret_id.to_string());
    let target = pairbot::core::UserId(bob.user().to_string());
    let refused = bot
        .matrix
        .apply(
            &chat,
            &ModerationAction::Kick {
                user: target.clone(),
            },
        )
        .await;
    assert_eq!(refused, Err(ModerationError::MissingRight));
    secret_room
        .update_power_levels(vec![(&bot_user, Int::from(100))])
        .await
        .unwrap();
    wait_power(&room, &bot_user, 100).await;
    bob.say(&secret_id, "un message à retirer").await;
    let spam = wait_event_from(&alice, &secret_id, &bob.user(), "un message à retirer").await;
    bot.matrix
        .apply(
            &chat,
            &ModerationAction::Delete {
                message: spam.to_string(),
            },
        )
        .await
        .unwrap();
    bot.matrix
        .apply(
            &chat,
            &ModerationAction::Mute {
                user: target.clone(),
                until: None,
            },
        )
        .await
        .unwrap();
    wait_power(&room, &bob.user(), -1).await;
    bot.matrix
        .apply(
            &chat,
            &ModerationAction::Unmute {
                user: target.clone(),
            },
        )
        .await
        .unwrap();
    wait_power(&room, &bob.user(), 0).await;
    bot.matrix
        .apply(
            &chat,
            &ModerationAction::Ban {
                user: target.clone(),
                until: None,
            },
        )
        .await
        .unwrap();
    wait_membership(&room, &bob.user(), MembershipState::Ban).await;
    bot.matrix
        .apply(
            &chat,
            &ModerationAction::Unban {
                user: target.clone(),
            },
        )
        .await
        .unwrap();
    wait_membership(&room, &bob.user(), MembershipState::Leave).await;

    // A restart keeps the device and keys, and answers nothing old again.
    bot.stop().await;
    let before = alice.messages_from(&dm_id, &bot_id, 11).await.len();
    let bot = start_bot(db, &hs, &bot_id, store.path()).await;
    alice.say(&dm_id, "/aide").await;
    let after = alice.messages_from(&dm_id, &bot_id, before + 1).await;
    assert!(
        after[before].starts_with("Voici ce que je sais faire"),
        "{}",
        after[before]
    );
    tokio::time::sleep(Duration::from_secs(2)).await;
    let all = alice.messages_from(&dm_id, &bot_id, before + 1).await;
    assert_eq!(
        all.len(),
        before + 1,
        "something old was answered again: {all:?}"
    );
    bot.stop().await;
}

async fn wait_power(room: &Room, user: &UserId, level: i64) {
    for _ in 0..100 {
        let _ = room.sync_up().await;
        if let Ok(levels) = room.power_levels().await
            && levels.for_user(user)
                == matrix_sdk::ruma::events::room::power_levels::UserPowerLevel::Int(Int::from(
                    level as i32,
                ))
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{user} never reached power {level}");
}

async fn wait_membership(room: &Room, user: &UserId, state: MembershipState) {
    for _ in 0..100 {
        if let Ok(Some(m)) = room.get_member(user).await
            && *m.membership() == state
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{user} never reached {state:?}");
}

/// The event id of the message `text` from `who`, once `person` has seen it.
async fn wait_event_from(person: &Person, room: &RoomId, who: &UserId, text: &str) -> OwnedEventId {
    for _ in 0..200 {
        let found = person
            .inbox
            .lock()
            .unwrap()
            .iter()
            .find(|(r, s, t, _)| r == room && s == who && plain(t) == text)
            .map(|(_, _, _, id)| id.clone());
        if let Some(id) = found {
            return id;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("never saw {text:?}");
}

on_every_backend!(a_person_uses_pairbot_on_matrix);
