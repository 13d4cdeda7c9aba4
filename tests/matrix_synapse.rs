//! The Matrix adapter against a real Synapse (`scripts/synapse.sh`, which the test script
//! starts and points `PAIRBOT_TEST_SYNAPSE` at). A second matrix-sdk client is the person.
#![cfg(feature = "matrix")]
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]
#![recursion_limit = "256"]

mod common;

use common::synapse::{accounts, homeserver};
use common::{TestDb, number_in, plain, weekday_in_two_days};
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
use pairbot::app::Engine;
use pairbot::core::{
    ChatId, Moderation, ModerationAction, ModerationError, Platform, Settings, Transport,
};
use serde_json::Value;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::watch;

type Inbox = Arc<Mutex<Vec<(OwnedRoomId, OwnedUserId, String, OwnedEventId)>>>;

/// Who sent each message received, whether it pinged nobody (an empty `m.mentions`), and
/// whether it was a notice (as Matrix asks bots to write).
type Pings = Arc<Mutex<Vec<(OwnedUserId, bool, bool)>>>;

/// A person with an encryption-capable client that keeps syncing in the background.
struct Person {
    client: Client,
    inbox: Inbox,
    pings: Pings,
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
        let pings: Pings = Arc::default();
        let pinged = pings.clone();
        client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
            let sink = sink.clone();
            let pinged = pinged.clone();
            async move {
                let silent = ev
                    .content
                    .mentions
                    .as_ref()
                    .is_some_and(|m| m.user_ids.is_empty() && !m.room);
                let notice = matches!(ev.content.msgtype, MessageType::Notice(_));
                pinged
                    .lock()
                    .unwrap()
                    .push((ev.sender.clone(), silent, notice));
                let text = match ev.content.msgtype {
                    MessageType::Text(t) => t.body,
                    // The bot writes notices, as Matrix asks of bots.
                    MessageType::Notice(n) => n.body,
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
            pings,
            _dir: dir,
            sync,
        }
    }

    fn user(&self) -> OwnedUserId {
        self.client.user_id().unwrap().to_owned()
    }

    async fn say(&self, room: &RoomId, text: &str) {
        self.say_id(room, text).await;
    }

    /// Like [`Person::say`], returning the event id.
    async fn say_id(&self, room: &RoomId, text: &str) -> OwnedEventId {
        let room = self.room(room).await;
        room.send(RoomMessageEventContent::text_plain(text))
            .await
            .unwrap()
            .response
            .event_id
    }

    /// Replaces the text of `event` (an edit) by `text`; the edit's event id.
    async fn edit(&self, room: &RoomId, event: &OwnedEventId, text: &str) -> OwnedEventId {
        use matrix_sdk::ruma::events::room::message::ReplacementMetadata;
        let room = self.room(room).await;
        let content = RoomMessageEventContent::text_plain(text)
            .make_replacement(ReplacementMetadata::new(event.clone(), None));
        room.send(content).await.unwrap().response.event_id
    }

    /// Sends `text` as a reply to `event`; its event id.
    async fn reply(&self, room: &RoomId, event: &OwnedEventId, text: &str) -> OwnedEventId {
        use matrix_sdk::ruma::events::relation::Reply;
        use matrix_sdk::ruma::events::room::message::Relation;
        let room = self.room(room).await;
        let mut content = RoomMessageEventContent::text_plain(text);
        content.relates_to = Some(Relation::Reply(Reply::with_event_id(event.clone())));
        room.send(content).await.unwrap().response.event_id
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
    engine: Engine,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

async fn start_bot(db: &TestDb, hs: &str, user_id: &str, store: &std::path::Path) -> Bot {
    start_bot_with(db, hs, user_id, store, Settings::default()).await
}

/// The bot with these settings; Matrix coordinators may also invite it to rooms.
async fn start_bot_with(
    db: &TestDb,
    hs: &str,
    user_id: &str,
    store: &std::path::Path,
    settings: Settings,
) -> Bot {
    start_bot_allowing(db, hs, user_id, store, settings, &["localhost"]).await
}

/// [`start_bot_with`], accepting invitations from users of `servers` (and coordinators).
async fn start_bot_allowing(
    db: &TestDb,
    hs: &str,
    user_id: &str,
    store: &std::path::Path,
    settings: Settings,
    servers: &[&str],
) -> Bot {
    let coordinators = settings
        .coordinators
        .iter()
        .filter(|(platform, _)| *platform == Platform::Matrix)
        .map(|(_, id)| id.clone())
        .collect();
    let engine = Engine::new(db.store().await, settings).unwrap();
    let options = MatrixOptions {
        homeserver: hs.to_owned(),
        user_id: user_id.to_owned(),
        password: Some("pass-word".into()),
        access_token: None,
        store_dir: store.to_owned(),
        store_passphrase: Some("a test passphrase".into()),
        allowed_servers: servers.iter().map(|s| s.to_string()).collect(),
        coordinators,
        gather_under_load: None,
    };
    let matrix = Matrix::connect(engine.clone(), options).await.unwrap();
    Paused { matrix, engine }.resume()
}

impl Bot {
    /// How many syncs the bot has completed (its `/metrics`).
    async fn syncs(&self) -> u64 {
        let text = self.engine.metrics_text().await.unwrap();
        text.lines()
            .find_map(|l| l.strip_prefix("pairbot_platform_polls_total{platform=\"matrix\"} "))
            .map_or(0, |n| n.trim().parse().unwrap())
    }

    async fn stop(self) {
        self.stop.send(true).unwrap();
        self.task.await.unwrap();
    }

    /// Stops syncing and delivering, keeping the adapter and all it holds in memory, to
    /// run again with [`Paused::resume`].
    async fn pause(self) -> Paused {
        self.stop.send(true).unwrap();
        self.task.await.unwrap();
        Paused {
            matrix: self.matrix,
            engine: self.engine,
        }
    }
}

/// A bot neither syncing nor delivering.
struct Paused {
    matrix: Matrix,
    engine: Engine,
}

impl Paused {
    /// Syncs and delivers (again).
    fn resume(self) -> Bot {
        let (stop, shutdown) = watch::channel(false);
        let runner = self.matrix.clone();
        Bot {
            matrix: self.matrix,
            engine: self.engine,
            stop,
            task: tokio::spawn(async move { runner.run(shutdown).await.unwrap() }),
        }
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
    let [bot_id, alice_id, bob_id] = accounts(&hs, ["pairbot", "alice", "bob"]).await;
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

    // One sync per reply: the bot's own reply does not wake its sync again (it did, and a
    // sync is the costliest step of a reply). A message, a reply, five times.
    let syncs_before = bot.syncs().await;
    let mut seen = alice.messages_from(&dm_id, &bot_id, 11).await.len();
    for _ in 0..5 {
        alice.say(&dm_id, "/definition ETP").await;
        seen += 1;
        alice.messages_from(&dm_id, &bot_id, seen).await;
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let syncs = bot.syncs().await - syncs_before;
    assert!(syncs <= 6, "{syncs} syncs for 5 replies");
    // The rooms' state is kept in memory only: no store of members' names on disk.
    assert!(
        !store
            .path()
            .join("sdk")
            .join(matrix_sdk::STATE_STORE_DATABASE_NAME)
            .exists()
    );

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
    // Bob may first be welcomed (the bot saw him join a room of three), then answered.
    let mut seen = 1;
    loop {
        let said = bob.messages_from(&secret_id, &bot_id, seen).await;
        if said.iter().any(|t| t.contains("éducation thérapeutique")) {
            break;
        }
        assert!(
            seen < 2 && said[0].contains("Bienvenue"),
            "no definition: {said:?}"
        );
        seen += 1;
    }
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

    // A message sent twice under the same key (a crash between sending and noting it
    // sent) reaches the person once: the key is the Matrix transaction id.
    let sent_before = alice.messages_from(&dm_id, &bot_id, 11).await.len();
    let again = pairbot::core::Outgoing {
        platform: Platform::Matrix,
        chat: Some(ChatId(dm_id.to_string())),
        user: pairbot::core::UserId(alice.user().to_string()),
        text: "Un message envoyé deux fois".into(),
        choices: Vec::new(),
        attachment: None,
        moderation: None,
    };
    for _ in 0..2 {
        bot.matrix
            .send_once("test.42", pairbot::core::Lane::Reply, &again)
            .await
            .unwrap();
    }
    bot.matrix
        .send_once("test.43", pairbot::core::Lane::Reply, &again)
        .await
        .unwrap();
    let got = alice.messages_from(&dm_id, &bot_id, sent_before + 2).await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let got_later = alice.messages_from(&dm_id, &bot_id, sent_before + 2).await;
    assert_eq!(got.len(), got_later.len());
    assert_eq!(
        got_later[sent_before..]
            .iter()
            .filter(|t| t.contains("envoyé deux fois"))
            .count(),
        2,
        "one per key: {got_later:?}"
    );

    // A restart keeps the device and keys, answers what was written while the bot was
    // stopped, and nothing old again (its first sync brings the room's latest events anew).
    bot.stop().await;
    let before = alice.messages_from(&dm_id, &bot_id, 13).await.len();
    alice.say(&dm_id, "/aide").await;
    let bot = start_bot(db, &hs, &bot_id, store.path()).await;
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
    // A short list is answered with a number reaction (keycaps under the question).
    alice.say(&dm_id, "/langue").await;
    let asked = alice.messages_from(&dm_id, &bot_id, before + 2).await;
    let question = wait_event_from(&alice, &dm_id, &bot_user, &asked[before + 1]).await;
    alice
        .room(&dm_id)
        .await
        .send(ReactionEventContent::new(Annotation::new(
            question,
            "2\u{fe0f}\u{20e3}".into(),
        )))
        .await
        .unwrap();
    let set = alice.messages_from(&dm_id, &bot_id, before + 3).await;
    assert!(
        set[before + 2].contains("in English"),
        "{}",
        set[before + 2]
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

/// Waits until `event` is redacted, as `person`'s homeserver serves it.
async fn wait_redacted(person: &Person, room: &RoomId, event: &OwnedEventId) {
    let room = person.room(room).await;
    for _ in 0..100 {
        if let Ok(found) = room.event(event, None).await {
            let unsigned: Option<Value> = found.raw().get_field("unsigned").ok().flatten();
            if unsigned.is_some_and(|u| u.get("redacted_because").is_some()) {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("{event} was never redacted");
}

/// A person's encrypted direct chat with the bot, read one new message at a time.
struct Dm<'a> {
    person: &'a Person,
    room: OwnedRoomId,
    bot: String,
    seen: usize,
}

impl<'a> Dm<'a> {
    async fn open(person: &'a Person, bot: &UserId) -> Dm<'a> {
        let room = person.client.create_dm(bot).await.unwrap();
        let room = room.room_id().to_owned();
        until_joined(person, &room, bot).await;
        Dm {
            person,
            room,
            bot: bot.to_string(),
            seen: 0,
        }
    }

    /// The direct chat the bot opens itself, joined on its invitation.
    async fn invited(person: &'a Person, bot: &UserId) -> Dm<'a> {
        for _ in 0..200 {
            if let Some(room) = person.client.invited_rooms().into_iter().next() {
                let room_id = room.room_id().to_owned();
                room.join().await.unwrap();
                until_joined(person, &room_id, bot).await;
                return Dm {
                    person,
                    room: room_id,
                    bot: bot.to_string(),
                    seen: 0,
                };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("never invited by {bot}");
    }

    async fn say(&self, text: &str) {
        self.person.say(&self.room, text).await;
    }

    /// The bot's next `n` messages here.
    async fn next(&mut self, n: usize) -> Vec<String> {
        let all = self
            .person
            .messages_from(&self.room, &self.bot, self.seen + n)
            .await;
        let new = all[self.seen..self.seen + n].to_vec();
        self.seen += n;
        new
    }

    /// The bot's next message, which must contain `expected`.
    async fn expect(&mut self, expected: &str) -> String {
        let message = self.next(1).await.remove(0);
        assert!(
            message.contains(expected),
            "{expected:?} not in {message:?}"
        );
        message
    }

    /// `/start`, then consent by number.
    async fn consent(&mut self) {
        self.say("/start").await;
        let start = self.next(2).await;
        self.pick(&start[1], "Oui, j'accepte").await;
        self.expect("votre accord est enregistré").await;
    }

    /// Types the number of the choice labelled `label` in a notification, `note`, while a
    /// question of the person's own may still wait: the bot then asks which one the number
    /// answers, and this picks `label` again there. Returns the bot's answer.
    async fn answer_notice(&mut self, note: &str, label: &str) -> String {
        self.pick(note, label).await;
        let reply = self.next(1).await.remove(0);
        if !reply.contains("peut correspondre à plusieurs questions") {
            return reply;
        }
        assert!(reply.contains(&format!("« {label} »")), "{reply}");
        self.pick(&reply, label).await;
        self.next(1).await.remove(0)
    }

    /// Types the number of the choice labelled `label` in `message` (a numbered list).
    async fn pick(&self, message: &str, label: &str) {
        let number = message
            .lines()
            .find_map(|line| {
                let (n, rest) = line.split_once(". ")?;
                (rest == label && n.parse::<usize>().is_ok()).then_some(n)
            })
            .unwrap_or_else(|| panic!("no choice {label:?} in {message:?}"));
        self.say(number).await;
    }
}

/// A partner joins the directory, a coordinator approves, a patient finds and writes to
/// them, and the bot relays their conversation until `/fin`: three people on Synapse, who
/// answer choices by number since Matrix has no buttons.
async fn a_directory_contact_on_matrix(db: &TestDb) {
    let Some(hs) = homeserver() else { return };
    let [bot_id, paula_id, coordo_id, pat_id] =
        accounts(&hs, ["pairbot", "paula", "coordo", "patrick"]).await;
    let settings = Settings {
        coordinators: vec![(Platform::Matrix, coordo_id.clone())],
        ..Settings::default()
    };
    let store = tempfile::tempdir().unwrap();
    let bot = start_bot_with(db, &hs, &bot_id, store.path(), settings).await;
    let bot_user = UserId::parse(&bot_id).unwrap();
    let (paula, coordo, pat) = tokio::join!(
        Person::login(&hs, &paula_id),
        Person::login(&hs, &coordo_id),
        Person::login(&hs, &pat_id)
    );
    let (mut to_paula, mut to_pat) =
        tokio::join!(Dm::open(&paula, &bot_user), Dm::open(&pat, &bot_user));

    // 1. The partner consents and answers the questionnaire, skipping the optional
    // questions; meanwhile the patient consents.
    let partner = async {
        to_paula.consent().await;
        to_paula.say("/devenir_partenaire").await;
        let ask = to_paula.next(2).await;
        assert!(ask[1].contains("Sous quel nom"), "{}", ask[1]);
        to_paula.say("Paula T.").await;
        let roles = to_paula.expect("Quel est votre rôle").await;
        to_paula.pick(&roles, "Pair-aidant").await;
        let roles = to_paula.expect("✓ Pair-aidant").await;
        to_paula.pick(&roles, "Suivant ▶").await;
        to_paula.expect("De quelles maladies").await;
        to_paula.say("SEP").await;
        to_paula.expect("Noté : Sclérose en plaques").await;
        to_paula.expect("Où pouvez-vous rencontrer").await;
        to_paula.say("Toulouse").await;
        to_paula.expect("Haute-Garonne (31)").await;
        // French is already chosen.
        let languages = to_paula.expect("✓ Français").await;
        to_paula.pick(&languages, "Suivant ▶").await;
        let training = to_paula.expect("Quelle formation").await;
        to_paula.pick(&training, "Formation ETP 40 h").await;
        let missions = to_paula.expect("Quelles missions").await;
        to_paula.pick(&missions, "Écoute et soutien").await;
        let missions = to_paula.expect("✓ Écoute et soutien").await;
        to_paula.pick(&missions, "Suivant ▶").await;
        for question in [
            "Quand êtes-vous disponible",
            "Présentez-vous",
            "Faites-vous partie",
        ] {
            let asked = to_paula.expect(question).await;
            to_paula.pick(&asked, "Passer").await;
        }
        let summary = to_paula.expect("Voici votre fiche").await;
        assert!(summary.contains("Paula T."), "{summary}");
        to_paula.pick(&summary, "Envoyer").await;
        to_paula.expect("C'est envoyé").await;
    };
    tokio::join!(partner, to_pat.consent());

    // 2. The coordinator never wrote to the bot: it opens a direct chat to notify them,
    // and they answer the notification by its number.
    let mut to_coordo = Dm::invited(&coordo, &bot_user).await;
    let note = to_coordo
        .expect("Fiche nouvelle ou modifiée à valider")
        .await;
    assert!(note.contains("Paula T."), "{note}");
    to_coordo.pick(&note, "Valider").await;
    to_coordo.expect("validée").await;
    to_paula.expect("Bonne nouvelle").await;

    // 3. The patient finds her and writes a short introduction.
    to_pat.say("/chercher SEP Toulouse").await;
    let found = to_pat.expect("Paula T.").await;
    assert!(found.contains("Sclérose en plaques"), "{found}");
    to_pat.pick(&found, "Écrire à Paula T.").await;
    to_pat.expect("Présentez-vous").await;
    to_pat
        .say("Bonjour, on vient de me diagnostiquer une SEP.")
        .await;
    let sent = to_pat.expect("a bien été envoyée à Paula T.").await;

    // 4. The partner receives it, without who sent it, and accepts by typing 1.
    let request = to_paula.expect("Nouvelle demande de contact").await;
    assert!(
        request.contains("on vient de me diagnostiquer"),
        "{request}"
    );
    assert!(!request.contains("patrick"), "{request}");
    assert!(request.contains("1. Accepter"), "{request}");
    let number: String = request
        .split("(n° ")
        .nth(1)
        .unwrap_or_default()
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    assert!(!number.is_empty(), "{request}");
    assert!(
        sent.contains(&format!("Votre demande n° {number} ")),
        "{sent}"
    );
    to_paula.say("1").await;
    to_paula.expect("Vous avez accepté").await;
    to_pat.expect("Paula T. a accepté").await;

    // 5. Messages are relayed both ways under pseudonyms, until /fin.
    to_pat.say("Comment avez-vous vécu l'annonce ?").await;
    let relayed = to_paula
        .expect(&format!("Message de la personne de la demande n° {number}"))
        .await;
    assert!(
        relayed.contains("Comment avez-vous vécu l'annonce ?"),
        "{relayed}"
    );
    to_pat.expect("Transmis à Paula T.").await;
    to_paula.say("Difficilement au début, puis mieux.").await;
    let answer = to_pat.expect("Message de Paula T.").await;
    assert!(
        answer.contains("Difficilement au début, puis mieux."),
        "{answer}"
    );
    to_paula.expect("Transmis à").await;
    to_pat.say("/fin").await;
    to_pat.expect("Mettre fin à la conversation").await;
    to_pat.say("oui").await;
    to_pat.expect("est terminée").await;
    to_paula.expect("terminée par l'autre personne").await;
    bot.stop().await;
}

/// A coordinator creates a weekly permanence by typing (numbers for choices, plain numbers
/// where the question asks one), two people book one place, the waiting one is promoted
/// when the other cancels, then the coordinator cancels the date: each hears of it in their
/// own encrypted direct chat, calendar files included.
async fn permanences_on_matrix(db: &TestDb) {
    let Some(hs) = homeserver() else { return };
    let [bot_id, coordo_id, ann_id, bob_id] =
        accounts(&hs, ["pairbot", "coordo", "ann", "bob"]).await;
    // An approved host: the demo partners (console users).
    pairbot::demo::load(&db.store().await).await.unwrap();
    let settings = Settings {
        coordinators: vec![(Platform::Matrix, coordo_id.clone())],
        ..Settings::default()
    };
    let store = tempfile::tempdir().unwrap();
    let bot = start_bot_with(db, &hs, &bot_id, store.path(), settings).await;
    let bot_user = UserId::parse(&bot_id).unwrap();
    let (coordo, ann, bob) = tokio::join!(
        Person::login(&hs, &coordo_id),
        Person::login(&hs, &ann_id),
        Person::login(&hs, &bob_id)
    );
    let (mut to_coordo, mut to_ann, mut to_bob) = tokio::join!(
        Dm::open(&coordo, &bot_user),
        Dm::open(&ann, &bot_user),
        Dm::open(&bob, &bot_user)
    );

    // 1. The coordinator creates it; the patients consent meanwhile.
    let create = async {
        to_coordo.say("/permanence_nouvelle").await;
        let ask = to_coordo.next(2).await;
        assert!(ask[1].contains("Quel est le nom"), "{}", ask[1]);
        to_coordo.say("Permanence SEP Matrix").await;
        to_coordo.expect("Quelle structure").await;
        to_coordo.say("Maison des usagers (fictive)").await;
        to_coordo.expect("Où a-t-elle lieu").await;
        to_coordo
            .say("Salle 2, 1 place du Capitole, Toulouse")
            .await;
        to_coordo.expect("Haute-Garonne (31)").await;
        to_coordo.expect("Pour quelles maladies").await;
        to_coordo.say("SEP").await;
        to_coordo.expect("Noté").await;
        to_coordo.expect("Qui accueille").await;
        to_coordo.say("Sophie L.").await;
        let recurrence = to_coordo.expect("chaque semaine").await;
        to_coordo.pick(&recurrence, "Chaque semaine").await;
        let weekday = to_coordo.expect("Quel jour").await;
        to_coordo.pick(&weekday, weekday_in_two_days()).await;
        to_coordo.expect("De quelle heure").await;
        to_coordo.say("de 14h à 16h").await;
        // Questions asking a number list their choices with bullets: the number typed is
        // the value itself.
        let length = to_coordo.expect("Combien de temps").await;
        assert!(length.contains("• 30 min"), "{length}");
        to_coordo.say("30").await;
        to_coordo.expect("Combien de personnes").await;
        to_coordo.say("1").await;
        to_coordo.expect("jours à l'avance").await;
        to_coordo.say("14").await;
        to_coordo.expect("Jusqu'à combien d'heures").await;
        to_coordo.say("4").await;
        let summary = to_coordo.expect("Voici la permanence").await;
        assert!(summary.contains("Places par créneau : 1"), "{summary}");
        assert!(
            summary.contains("Annulation possible jusqu'à : 4 heures"),
            "{summary}"
        );
        to_coordo.pick(&summary, "Créer la permanence").await;
        to_coordo.expect("est créée").await;
    };
    tokio::join!(create, to_ann.consent(), to_bob.consent());

    // 2. Ann books the first slot by typing numbers, and gets the calendar file.
    to_ann.say("/permanences SEP Toulouse").await;
    let list = to_ann.expect("Permanence SEP Matrix").await;
    to_ann.pick(&list, "Créneaux : Permanence SEP Matrix").await;
    to_ann.expect("Créneaux de").await;
    to_ann.say("1").await;
    let confirm = to_ann.expect("Réserver une place").await;
    to_ann.pick(&confirm, "Oui, je réserve").await;
    to_ann.expect("C'est réservé").await;
    let file = to_ann.expect("[file]").await;
    assert!(
        file.starts_with("[file] permanence-") && file.ends_with(".ics"),
        "{file}"
    );

    // 3. Bob finds it full and joins the waiting list.
    to_bob.say("/permanences SEP Toulouse").await;
    let list = to_bob.expect("Permanence SEP Matrix").await;
    to_bob.pick(&list, "Créneaux : Permanence SEP Matrix").await;
    let slots = to_bob.expect("complet, liste d'attente").await;
    assert!(slots.contains("1. "), "{slots}");
    to_bob.say("1").await;
    let full = to_bob.expect("Ce créneau est complet").await;
    to_bob.pick(&full, "Oui, sur la liste d'attente").await;
    to_bob.expect("en position 1").await;

    // 4. Ann cancels; Bob is told in his own chat, with his calendar file.
    to_ann.say("/mes_reservations").await;
    to_ann.expect("Vos réservations à venir").await;
    to_ann.say("1").await;
    let question = to_ann
        .expect("Annuler votre réservation « Permanence SEP Matrix »")
        .await;
    to_ann.pick(&question, "Oui, annuler").await;
    to_ann.expect("est annulée").await;
    to_bob.expect("une place s'est libérée").await;
    to_bob.expect("[file] permanence-").await;

    // 5. The coordinator cancels that date; Bob is told.
    to_coordo.say("/mes_permanences").await;
    let mine = to_coordo.expect("réservation n°").await;
    to_coordo
        .pick(&mine, "Gérer « Permanence SEP Matrix »")
        .await;
    let menu = to_coordo.expect("Permanence SEP Matrix").await;
    to_coordo.pick(&menu, "Annuler une date").await;
    to_coordo.expect("Quelle date").await;
    to_coordo.say("1").await;
    let question = to_coordo.expect("Une personne a réservé").await;
    to_coordo.pick(&question, "Oui, annuler cette date").await;
    to_coordo
        .expect("La personne qui avait réservé a été prévenue")
        .await;
    to_bob.expect("n'aura pas lieu").await;
    bot.stop().await;
}

/// The ETP journey by typed numbers: a coordinator creates a programme, a patient signs up,
/// BEP dates are offered and one picked, the patient is enrolled; a mission is posted, a
/// trained partner applies and is selected.
async fn etp_on_matrix(db: &TestDb) {
    let Some(hs) = homeserver() else { return };
    let [bot_id, coordo_id, pat_id, partner_id] =
        accounts(&hs, ["pairbot", "coordo", "paul", "claire"]).await;
    // An approved partner with the 40-hour ETP training.
    let store = db.store().await;
    common::approved_partner(
        &store,
        (Platform::Matrix, &partner_id),
        "Claire F.",
        "etp-40h",
    )
    .await;
    let settings = Settings {
        coordinators: vec![(Platform::Matrix, coordo_id.clone())],
        ..Settings::default()
    };
    let bot_store = tempfile::tempdir().unwrap();
    let bot = start_bot_with(db, &hs, &bot_id, bot_store.path(), settings).await;
    let bot_user = UserId::parse(&bot_id).unwrap();
    let (coordo, pat, partner) = tokio::join!(
        Person::login(&hs, &coordo_id),
        Person::login(&hs, &pat_id),
        Person::login(&hs, &partner_id)
    );
    let (mut to_coordo, mut to_pat, mut to_partner) = tokio::join!(
        Dm::open(&coordo, &bot_user),
        Dm::open(&pat, &bot_user),
        Dm::open(&partner, &bot_user)
    );

    // 1. The coordinator creates the programme; the patient consents meanwhile.
    let create = async {
        to_coordo.say("/etp_nouveau").await;
        to_coordo.next(2).await;
        to_coordo.say("Vivre avec la SEP").await;
        to_coordo.expect("Quelle structure").await;
        to_coordo.say("CHU fictif de Lyon").await;
        to_coordo.expect("Comment l'équipe").await;
        to_coordo
            .say("Neurologue, infirmière et un patient ressource")
            .await;
        to_coordo.expect("Où ont lieu").await;
        to_coordo.say("Maison du réseau, 3 rue Fictive, Lyon").await;
        to_coordo.expect("Rhône (69)").await;
        let remote = to_coordo.expect("à distance").await;
        to_coordo.pick(&remote, "Oui, aussi à distance").await;
        to_coordo.expect("Pour quelles maladies").await;
        to_coordo.say("SEP").await;
        to_coordo.expect("Noté").await;
        let format = to_coordo.expect("Comment se déroulent").await;
        to_coordo
            .pick(&format, "séances collectives et individuelles")
            .await;
        to_coordo.expect("quel rythme").await;
        to_coordo.say("6 séances le samedi matin").await;
        to_coordo.expect("Combien de personnes").await;
        // A number question: the typed number is the capacity.
        to_coordo.say("7").await;
        let co_run = to_coordo.expect("patients partenaires animent").await;
        to_coordo.pick(&co_run, "Oui").await;
        to_coordo.expect("que propose le programme").await;
        to_coordo
            .say("Comprendre la SEP et vivre avec la fatigue.")
            .await;
        let summary = to_coordo.expect("Voici le programme").await;
        to_coordo.pick(&summary, "Créer le programme").await;
        number_in(&to_coordo.expect("est créé").await).to_string()
    };
    let (programme, ()) = tokio::join!(create, to_pat.consent());

    // 2. The patient finds it by free text and signs up.
    to_pat.say("/etp SEP Lyon").await;
    let list = to_pat.expect("Vivre avec la SEP").await;
    to_pat
        .pick(&list, &format!("M'inscrire au programme n° {programme}"))
        .await;
    to_pat.expect("aucune question sur votre santé").await;
    to_pat.expect("Sous quel nom").await;
    to_pat.say("Paul").await;
    to_pat
        .expect("Comment l'équipe peut-elle vous joindre")
        .await;
    to_pat.say("par Pairbot seulement").await;
    to_pat.expect("Quels moments").await;
    to_pat.say("le samedi").await;
    let confirm = to_pat.expect("Vous êtes d'accord").await;
    to_pat.pick(&confirm, "J'accepte, envoyer ma demande").await;
    to_pat.expect("est envoyée").await;

    // 3. The coordinator answers the notification by number: two BEP dates; the patient
    // picks the second; the coordinator enrols them.
    // The programme just created still offers its choices: the number is asked about.
    let note = to_coordo.expect("Nouvelle demande").await;
    let detail = to_coordo.answer_notice(&note, "Traiter la demande").await;
    assert!(detail.contains("demande envoyée"), "{detail}");
    to_coordo.pick(&detail, "Proposer des dates de BEP").await;
    to_coordo.expect("Quelles dates proposez-vous").await;
    let [a, b] = <[String; 2]>::try_from(common::future_days_not_sunday(&[3, 5])).unwrap();
    to_coordo.say(&format!("{a} 10h ; {b} 14h30")).await;
    to_coordo.expect("La personne est prévenue").await;
    let offer = to_pat.expect("vous propose ces dates").await;
    assert!(offer.contains("2. BEP le"), "{offer}");
    to_pat.say("2").await;
    to_pat.expect("C'est noté").await;
    let chosen = to_coordo.expect("a choisi son bilan").await;
    // Enrolment follows the assessment (its wait is tested on the console).
    common::bep_took_place(&store, Platform::Matrix, &pat_id).await;
    let detail = to_coordo.answer_notice(&chosen, "Traiter la demande").await;
    assert!(detail.contains("bilan confirmé"), "{detail}");
    to_coordo.pick(&detail, "Inscrire").await;
    to_coordo.expect("inscrit(e)").await;
    to_pat.expect("Vous êtes inscrit(e)").await;

    // 4. A mission tied to the programme; the trained partner applies and is selected.
    to_coordo.say("/mission_nouvelle").await;
    let kind = to_coordo.next(2).await.remove(1);
    to_coordo.pick(&kind, "Co-animation de séances d'ETP").await;
    to_coordo.expect("À quel programme").await;
    to_coordo.say(&programme).await;
    to_coordo.expect("Quelles dates").await;
    to_coordo.say("3 samedis matin en mars").await;
    let training = to_coordo.expect("formation ETP de 40 heures").await;
    to_coordo.pick(&training, "Formation ETP 40 h").await;
    let paid = to_coordo.expect("rémunérée").await;
    to_coordo.pick(&paid, "Oui, rémunérée").await;
    let expenses = to_coordo.expect("frais").await;
    to_coordo.pick(&expenses, "Oui, remboursés").await;
    to_coordo.expect("Combien de patients partenaires").await;
    to_coordo.say("1").await;
    to_coordo.expect("fiche de mission").await;
    to_coordo
        .say("Co-animer trois ateliers avec l'infirmière, après une préparation.")
        .await;
    let summary = to_coordo.expect("Voici la mission").await;
    to_coordo.pick(&summary, "Publier la mission").await;
    let mission = number_in(&to_coordo.expect("est publiée").await);
    to_partner.say("/missions").await;
    let missions = to_partner.expect("Co-animation").await;
    to_partner
        .pick(&missions, &format!("Candidater à la n° {mission}"))
        .await;
    to_partner.expect("est envoyée").await;
    let application = to_coordo.expect("Claire F.").await;
    to_coordo.pick(&application, "Retenir").await;
    to_coordo.expect("Places pourvues : 1 sur 1").await;
    to_partner.expect("vous êtes retenu(e)").await;
    bot.stop().await;
}

/// Group moderation by command in an encrypted room on Synapse: welcome, a newcomer's link
/// redacted, warnings by reply escalating to a mute (power level), unmute, a report by reply
/// (the command redacted), deletion, ban and unban, and a member refused.
async fn moderation_on_matrix(db: &TestDb) {
    let Some(hs) = homeserver() else { return };
    let [bot_id, alice_id, bob_id, carol_id] =
        accounts(&hs, ["pairbot", "alice", "bob", "carol"]).await;
    let store = tempfile::tempdir().unwrap();
    let settings = Settings {
        coordinators: vec![(Platform::Matrix, alice_id.clone())],
        ..Settings::default()
    };
    let bot = start_bot_with(db, &hs, &bot_id, store.path(), settings).await;
    let bot_user = UserId::parse(&bot_id).unwrap();
    let alice = Person::login(&hs, &alice_id).await;
    let bob = Person::login(&hs, &bob_id).await;
    let carol = Person::login(&hs, &carol_id).await;

    // An encrypted group where the bot may moderate (power 100, as moderation needs to set
    // power levels for mutes).
    let request = matrix_sdk::ruma::api::client::room::create_room::v3::Request::new();
    let group = alice.client.create_room(request).await.unwrap();
    group.enable_encryption().await.unwrap();
    let id = group.room_id().to_owned();
    group.invite_user_by_id(&bot_user).await.unwrap();
    until_joined(&alice, &id, &bot_user).await;
    group
        .update_power_levels(vec![(&bot_user, Int::from(100))])
        .await
        .unwrap();
    group.invite_user_by_id(&carol.user()).await.unwrap();
    carol.join_when_invited(&id).await;
    until_joined(&alice, &id, &carol.user()).await;
    group.invite_user_by_id(&bob.user()).await.unwrap();
    bob.join_when_invited(&id).await;
    // Both newcomers are welcomed (carol made it a group: three members).
    let said = alice.messages_from(&id, &bot_id, 2).await;
    assert!(said.iter().all(|t| t.contains("Bienvenue")), "{said:?}");
    // Personal commands never answer in the group.
    carol.say(&id, "/mes_donnees").await;
    let said = alice.messages_from(&id, &bot_id, 3).await;
    assert!(said[2].contains("message privé"), "{}", said[2]);
    alice.say(&id, "/groupe avertissements 2 1h").await;
    let said = alice.messages_from(&id, &bot_id, 4).await;
    assert!(said[3].contains("C'est enregistré"), "{}", said[3]);

    // A newcomer's link is redacted at once (often before others' clients see its text).
    let link = bob.say_id(&id, "achetez sur https://arnaque.example").await;
    wait_redacted(&alice, &id, &link).await;
    // So is a link edited into a plain message (the edit is what carries it).
    let plain = bob.say_id(&id, "bonne journée à tous").await;
    let edit = bob
        .edit(&id, &plain, "bonne journée, voir arnaque.xyz")
        .await;
    wait_redacted(&alice, &id, &edit).await;

    // Two warnings by reply: the second mutes (power below posting).
    bob.say(&id, "bonjour").await;
    let hello = wait_event_from(&alice, &id, &bob.user(), "bonjour").await;
    alice.reply(&id, &hello, "/avertir propos déplacés").await;
    let said = alice.messages_from(&id, &bot_id, 5).await;
    assert!(said[4].contains("(n° 1 sur 2)"), "{}", said[4]);
    alice.reply(&id, &hello, "/avertir encore").await;
    let said = alice.messages_from(&id, &bot_id, 6).await;
    assert!(said[5].contains("pendant 1 heure"), "{}", said[5]);
    let room = bot.matrix.client().get_room(&id).unwrap();
    wait_power(&room, &bob.user(), -1).await;
    alice.reply(&id, &hello, "/demuet").await;
    wait_power(&room, &bob.user(), 0).await;

    // carol reports bob's message by reply: her command disappears from the group.
    let report = carol.reply(&id, &hello, "/signaler insulte").await;
    wait_redacted(&alice, &id, &report).await;
    // A member cannot moderate.
    carol.reply(&id, &hello, "/exclure spam").await;
    let refused = alice.messages_from(&id, &bot_id, 8).await;
    assert!(
        refused
            .iter()
            .any(|t| t.contains("réservée aux coordinateurs")),
        "{refused:?}"
    );
    // Deletion, ban and unban by the coordinator.
    alice.reply(&id, &hello, "/supprimer").await;
    wait_redacted(&alice, &id, &hello).await;
    bob.say(&id, "encore moi").await;
    let again = wait_event_from(&alice, &id, &bob.user(), "encore moi").await;
    alice.reply(&id, &again, "/bannir harcèlement").await;
    wait_membership(&room, &bob.user(), MembershipState::Ban).await;
    alice.say(&id, &format!("/debannir {bob_id}")).await;
    wait_membership(&room, &bob.user(), MembershipState::Leave).await;

    // Member words are not posted back as the bot's own, and nothing the bot sends pings the
    // room (it posted "/definition @room — …" back, with no `m.mentions`).
    let before = alice.messages_from(&id, &bot_id, 1).await.len();
    carol
        .say(
            &id,
            "/definition @room — nouvelle adresse, écrivez-moi en privé",
        )
        .await;
    let said = alice.messages_from(&id, &bot_id, before + 1).await;
    let answer = said
        .iter()
        .rev()
        .find(|t| t.contains("glossaire"))
        .unwrap_or_else(|| panic!("{said:?}"));
    assert!(
        !answer.contains("room") && !answer.contains("adresse"),
        "{answer}"
    );
    let from_bot: Vec<bool> = alice
        .pings
        .lock()
        .unwrap()
        .iter()
        .filter(|(sender, _, _)| *sender == bot_user)
        .map(|(_, silent, notice)| *silent && *notice)
        .collect();
    // Every one a notice that pings nobody.
    assert!(
        from_bot.len() >= 6 && from_bot.iter().all(|s| *s),
        "{from_bot:?}"
    );
    bot.stop().await;
}

/// A room is private only while it holds the person and the bot: a "direct chat" that a third
/// person joins is a group at once, for answers and for the private messages that followed
/// the person there. Invitations from outside the allowed servers are declined, even marked
/// direct.
async fn a_room_that_claims_to_be_direct_is_not_trusted(db: &TestDb) {
    let Some(hs) = homeserver() else { return };
    let [bot_id, pat_id, mallory_id] = accounts(&hs, ["pairbot", "pat", "mallory"]).await;
    let store = tempfile::tempdir().unwrap();
    let settings = Settings {
        coordinators: vec![(Platform::Matrix, pat_id.clone())],
        ..Settings::default()
    };
    // Only coordinators may bring the bot in: every account here is on another server.
    let bot = start_bot_allowing(
        db,
        &hs,
        &bot_id,
        store.path(),
        settings,
        &["elsewhere.example"],
    )
    .await;
    let bot_user = UserId::parse(&bot_id).unwrap();
    let (pat, mallory) = tokio::join!(Person::login(&hs, &pat_id), Person::login(&hs, &mallory_id));
    // A direct-chat invitation from a user of a server not allowed is declined.
    let refused = mallory.client.create_dm(&bot_user).await.unwrap();
    let refused = refused.room_id().to_owned();
    wait_membership(
        &mallory.room(&refused).await,
        &bot_user,
        MembershipState::Leave,
    )
    .await;

    // pat's direct chat, private while the two of them are in it.
    let mut dm = Dm::open(&pat, &bot_user).await;
    dm.consent().await;
    dm.say("/mes_donnees").await;
    let data = dm.next(2).await;
    assert!(
        data[0].contains("Voici tout ce que Pairbot garde sur vous"),
        "{data:?}"
    );
    // Someone joins it: from then on it is a group, whatever its "direct" marker says.
    let room = pat.room(&dm.room).await;
    room.invite_user_by_id(&mallory.user()).await.unwrap();
    mallory.join_when_invited(&dm.room).await;
    until_joined(&pat, &dm.room, &mallory.user()).await;
    dm.say("/mes_donnees").await;
    // The newcomer is welcomed, as in any group; the answer says to go private.
    let said = dm.next(2).await;
    assert!(said[0].contains("Bienvenue"), "{said:?}");
    let answer = said[1].clone();
    assert!(answer.contains("message privé"), "{answer}");
    // The answer goes to a new private chat, with no public answer needed, and not to the
    // room pat last wrote from privately (now shared).
    let mut private = Dm::invited(&pat, &bot_user).await;
    assert_ne!(private.room, dm.room);
    private
        .expect("Voici tout ce que Pairbot garde sur vous")
        .await;
    let seen: Vec<String> = mallory
        .inbox
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, sender, _, _)| *sender == bot_user)
        .map(|(_, _, text, _)| text.clone())
        .collect();
    assert!(
        seen.iter().all(|t| !t.contains("garde sur vous")),
        "{seen:?}"
    );
    bot.stop().await;
}

/// The bot as an operator runs it (the binary, default log level) and as Matrix people talk
/// to it: `!commands`, plain command words in a direct chat, a mention in a room; its texts
/// show `!` commands; its log stays empty through start, sync and replies.
async fn matrix_conventions_and_a_quiet_log(db: &TestDb) {
    let Some(hs) = homeserver() else { return };
    let [bot_id, ana_id, ben_id] = accounts(&hs, ["pairbot", "ana", "ben"]).await;
    let home = tempfile::tempdir().unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_pairbot"))
        .args(["matrix", "--homeserver", &hs, "--user-id", &bot_id])
        .args(["--database-url", &db.url, "--store-dir"])
        .arg(home.path().join("matrix"))
        .env("MATRIX_PASSWORD", "pass-word")
        .env("MATRIX_STORE_PASSPHRASE", "a test passphrase")
        .env("XDG_CONFIG_HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .env_remove("PAIRBOT_CONFIG")
        .env_remove("PAIRBOT_LOG")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run pairbot");
    let stderr = child.stderr.take().unwrap();
    let log = std::thread::spawn(move || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::BufReader::new(stderr), &mut text).unwrap();
        text
    });
    let bot_user = UserId::parse(&bot_id).unwrap();
    let (ana, ben) = tokio::join!(Person::login(&hs, &ana_id), Person::login(&hs, &ben_id));
    let mut dm = Dm::open(&ana, &bot_user).await;
    dm.say("!aide").await;
    let help = dm.next(1).await.remove(0);
    assert!(help.contains("!chercher"), "{help}");
    assert!(!help.contains("/chercher"), "{help}");
    dm.say("chercher SEP").await;
    let found = dm.next(1).await.remove(0);
    assert!(!found.contains("pas compris"), "{found}");
    // In a room, a mention addresses the bot; other talk is left alone.
    let request = matrix_sdk::ruma::api::client::room::create_room::v3::Request::new();
    let group = ana.client.create_room(request).await.unwrap();
    let id = group.room_id().to_owned();
    group.invite_user_by_id(&bot_user).await.unwrap();
    until_joined(&ana, &id, &bot_user).await;
    group.invite_user_by_id(&ben.user()).await.unwrap();
    ben.join_when_invited(&id).await;
    let welcome = ana.messages_from(&id, &bot_id, 1).await;
    assert!(welcome[0].contains("!regles"), "{welcome:?}");
    ben.say(&id, "regles").await;
    let name = bot_user.localpart().to_owned();
    ben.say(&id, &format!("{name}: regles")).await;
    let said = ana.messages_from(&id, &bot_id, 2).await;
    assert!(said[1].contains("règles"), "{said:?}");
    tokio::time::sleep(Duration::from_secs(2)).await;
    let _ = std::process::Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status();
    for _ in 0..100 {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let _ = child.kill();
    let _ = child.wait();
    let log = log.join().unwrap();
    assert!(log.trim().is_empty(), "{log}");

    // `pairbot check` afterwards: the stores open with the passphrase and the homeserver
    // accepts the saved session; with a wrong passphrase, the stores are reported.
    let check = |passphrase: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_pairbot"))
            .args(["check", "--homeserver", &hs, "--user-id", &bot_id])
            .args(["--database-url", &db.url, "--store-dir"])
            .arg(home.path().join("matrix"))
            .env("MATRIX_STORE_PASSPHRASE", passphrase)
            .env("XDG_CONFIG_HOME", home.path())
            .env("XDG_DATA_HOME", home.path())
            .env_remove("TELEGRAM_BOT_TOKEN")
            .env_remove("PAIRBOT_CONFIG")
            .output()
            .unwrap()
    };
    let good = check("a test passphrase");
    let said = String::from_utf8_lossy(&good.stdout).into_owned();
    assert!(good.status.success(), "{said}");
    assert!(
        said.contains("ok    matrix") && said.contains("stores readable"),
        "{said}"
    );
    assert!(said.contains("up to date"), "{said}");
    let wrong = check("not the passphrase");
    let said = String::from_utf8_lossy(&wrong.stdout).into_owned();
    assert!(!wrong.status.success(), "{said}");
    assert!(said.contains("FAIL  matrix"), "{said}");
}

/// A host marks on Matrix, by typed numbers, who came to a slot under way; the next day the
/// person who came answers the question by number and leaves a few words.
async fn attendance_and_feedback_on_matrix(db: &TestDb) {
    let Some(hs) = homeserver() else { return };
    let [bot_id, host_id, ann_id] = accounts(&hs, ["pairbot", "helene", "ann"]).await;
    let store = db.store().await;
    let host =
        common::approved_partner(&store, (Platform::Matrix, &host_id), "Hôte", "etp-40h").await;
    let at = pairbot::store::now();
    let (permanence, slots) = common::engagement::hosted(&store, host, &[at - 600]).await;
    let booking = common::engagement::booked(&store, slots[0], (Platform::Matrix, &ann_id)).await;
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot(db, &hs, &bot_id, dir.path()).await;
    let bot_user = UserId::parse(&bot_id).unwrap();
    let (helene, ann) = tokio::join!(Person::login(&hs, &host_id), Person::login(&hs, &ann_id));
    let (mut to_host, mut to_ann) =
        tokio::join!(Dm::open(&helene, &bot_user), Dm::open(&ann, &bot_user));

    to_host.say("/mes_permanences").await;
    let mine = to_host.expect("Permanence SEP d'essai").await;
    to_host
        .pick(&mine, "Gérer « Permanence SEP d'essai »")
        .await;
    let menu = to_host.expect("Permanence SEP d'essai").await;
    to_host.pick(&menu, "Noter les présences").await;
    let view = to_host
        .expect(&format!("n° {booking} : rien de noté"))
        .await;
    to_host
        .pick(&view, &format!("N° {booking} : présence"))
        .await;
    to_host
        .expect(&format!("Présence notée pour la réservation n° {booking}"))
        .await;

    // The next morning, the question comes through the running bot's delivery.
    let tomorrow = pairbot::features::permanence::schedule::local_date(at)
        .succ_opt()
        .unwrap();
    let morning =
        pairbot::features::permanence::schedule::local_instant(tomorrow, 11 * 60).unwrap();
    let jobs = pairbot::app::Engine::new(db.store().await, Settings::default()).unwrap();
    let job = common::engagement::feedback_job();
    assert_eq!(jobs.run_job(job, morning).await.unwrap(), 1);
    let question = to_ann
        .expect("Cette permanence vous a-t-elle été utile")
        .await;
    to_ann.pick(&question, "4 — assez").await;
    to_ann.expect("quelques mots").await;
    to_ann.say("Merci pour l'écoute").await;
    to_ann.expect("Merci, c'est noté").await;

    // The host reads the aggregate: nothing under the floor, the mean once the month has
    // five answers (four earlier ones stored directly).
    for (earlier, expected) in [
        (&[][..], "Pas encore de résultat"),
        (&[5, 3, 4, 4, 4][..], "4,0 sur 5 en moyenne (5 réponses)"),
    ] {
        common::engagement::earlier_answers(&store, permanence, at - 75 * 86_400, earlier).await;
        to_host.say("/mes_permanences").await;
        let mine = to_host.expect("Permanence SEP d'essai").await;
        to_host
            .pick(&mine, "Gérer « Permanence SEP d'essai »")
            .await;
        let menu = to_host.expect("Permanence SEP d'essai").await;
        to_host.pick(&menu, "Avis des personnes venues").await;
        to_host.expect(expected).await;
    }
    bot.stop().await;
}

/// A selected partner accepts the mission sheet and the charter on Matrix by typed
/// numbers, claims an expense, and a coordinator approves it.
async fn agreement_and_expenses_on_matrix(db: &TestDb) {
    let Some(hs) = homeserver() else { return };
    let [bot_id, coordo_id, pia_id] = accounts(&hs, ["pairbot", "coordo", "pia"]).await;
    let store = db.store().await;
    let profile =
        common::approved_partner(&store, (Platform::Matrix, &pia_id), "Pia", "none").await;
    let needs_training = common::engagement::mission_needing_training(&store).await;
    let (mission, _) =
        common::engagement::selected_for_mission(&store, (Platform::Matrix, &pia_id), profile)
            .await;
    let settings = Settings {
        coordinators: vec![(Platform::Matrix, coordo_id.clone())],
        ..Settings::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot_with(db, &hs, &bot_id, dir.path(), settings).await;
    let bot_user = UserId::parse(&bot_id).unwrap();
    let (coordo, pia) = tokio::join!(Person::login(&hs, &coordo_id), Person::login(&hs, &pia_id));
    let (mut to_coordo, mut to_pia) =
        tokio::join!(Dm::open(&coordo, &bot_user), Dm::open(&pia, &bot_user));

    to_pia.say("/missions").await;
    let list = to_pia.expect("Il reste à lire et accepter").await;
    to_pia
        .pick(&list, &format!("Lire et accepter la mission n° {mission}"))
        .await;
    let charter = to_pia.expect("Charte d'engagement (version 1)").await;
    to_pia
        .pick(&charter, "J'accepte la fiche et la charte")
        .await;
    to_pia.expect("C'est noté").await;
    to_coordo.expect("Pia (fiche n°").await;

    to_pia.say("/frais").await;
    let mine = to_pia
        .expect("Vous n'avez encore déclaré aucun frais")
        .await;
    to_pia.pick(&mine, "Déclarer des frais").await;
    to_pia.expect(&format!("mission n° {mission}")).await;
    let kind = to_pia.expect("Quel type de dépense").await;
    to_pia.pick(&kind, "transport").await;
    to_pia.expect("Quel montant").await;
    to_pia.say("12,50").await;
    to_pia.expect("Quel jour").await;
    to_pia.say("hier").await;
    let summary = to_pia.expect("12,50 €").await;
    to_pia.pick(&summary, "Envoyer la demande").await;
    to_pia.expect("est envoyée").await;
    let asked = to_coordo.expect("Nouvelle demande de remboursement").await;
    // Two notices wait for a number here: the bot asks which one, and the choice is
    // picked again.
    let ok = to_coordo.answer_notice(&asked, "Accepter").await;
    assert!(ok.contains("acceptée"), "{ok}");
    to_pia.expect("est acceptée").await;

    // A training recorded on her path opens the mission that asks for it.
    to_pia.say("/formations").await;
    let path = to_pia.expect("aucune formation").await;
    // The notice of the approved claim still offers a choice: a typed number may be asked
    // about, and is then picked again.
    let which = to_pia.answer_notice(&path, "Ajouter une formation").await;
    assert!(which.contains("Quelle formation"), "{which}");
    let asked = to_pia
        .answer_notice(&which, "Diplôme universitaire (DU/DIU)")
        .await;
    assert!(asked.contains("Quel organisme"), "{asked}");
    to_pia.say("Université fictive de Toulouse").await;
    to_pia.expect("Quand l'avez-vous terminée").await;
    to_pia.say("06/2024").await;
    let summary = to_pia
        .expect("Université fictive de Toulouse, 06/2024")
        .await;
    let saved = to_pia.answer_notice(&summary, "Enregistrer").await;
    assert!(
        saved.contains(&format!(
            "Elle vous ouvre maintenant ces missions : n° {needs_training}"
        )),
        "{saved}"
    );
    bot.stop().await;
}

/// A coordinator sends a programme's co-evaluation on Matrix; a person enrolled answers
/// its three questions by typing the score.
async fn coevaluation_on_matrix(db: &TestDb) {
    let Some(hs) = homeserver() else { return };
    let [bot_id, coordo_id, pat_id] = accounts(&hs, ["pairbot", "coordo", "paul"]).await;
    let store = db.store().await;
    let programme = common::engagement::programme(&store).await;
    common::engagement::enrolled(&store, programme, (Platform::Matrix, &pat_id)).await;
    let settings = Settings {
        coordinators: vec![(Platform::Matrix, coordo_id.clone())],
        ..Settings::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let bot = start_bot_with(db, &hs, &bot_id, dir.path(), settings).await;
    let bot_user = UserId::parse(&bot_id).unwrap();
    let (coordo, paul) = tokio::join!(Person::login(&hs, &coordo_id), Person::login(&hs, &pat_id));
    let (mut to_coordo, mut to_paul) =
        tokio::join!(Dm::open(&coordo, &bot_user), Dm::open(&paul, &bot_user));

    to_coordo.say(&format!("/coevaluation {programme}")).await;
    let view = to_coordo.expect("Aucun questionnaire").await;
    to_coordo.pick(&view, "Envoyer : fin de programme").await;
    to_coordo.expect("une personne inscrite").await;
    let invite = to_paul.expect("anonymes").await;
    to_paul.pick(&invite, "Répondre").await;
    for n in 1..=3 {
        to_paul.expect(&format!("Question {n} sur 3")).await;
        // The scores are the numbers themselves.
        to_paul.say("4").await;
    }
    to_paul.expect("Vos réponses sont enregistrées").await;
    bot.stop().await;
}

/// The bot's own changes to a room (here a mute and an unmute in quick succession, with
/// someone writing in between, as a coordinator's commands do) reach its own view of the
/// room, and each action starts from the one before. When a piece of state changed twice
/// within one sync and someone wrote in between, Synapse's sync carries one of the two
/// versions, picked arbitrarily, and the bot's own events (which would set it right) are
/// left out of its timeline: without a check, its view kept the mute about 6 times in 10.
/// The bot is paused around the changes so that they all fall within one sync. A restart
/// is exposed the same way.
async fn the_bots_own_changes_reach_its_view(db: &TestDb) {
    let Some(hs) = homeserver() else { return };
    let [bot_id, alice_id, bob_id] = accounts(&hs, ["pairbot", "alice", "bob"]).await;
    let store = tempfile::tempdir().unwrap();
    let mut bot = start_bot(db, &hs, &bot_id, store.path()).await;
    let bot_user = UserId::parse(&bot_id).unwrap();
    let (alice, bob) = tokio::join!(Person::login(&hs, &alice_id), Person::login(&hs, &bob_id));
    let request = matrix_sdk::ruma::api::client::room::create_room::v3::Request::new();
    let group = alice.client.create_room(request).await.unwrap();
    let id = group.room_id().to_owned();
    group.invite_user_by_id(&bot_user).await.unwrap();
    group.invite_user_by_id(&bob.user()).await.unwrap();
    bob.join_when_invited(&id).await;
    until_joined(&alice, &id, &bot_user).await;
    group
        .update_power_levels(vec![(&bot_user, Int::from(100))])
        .await
        .unwrap();
    let room = bot.matrix.client().get_room(&id).unwrap();
    wait_power(&room, &bot_user, 100).await;
    let chat = ChatId(id.to_string());
    let target = pairbot::core::UserId(bob.user().to_string());
    let mute = ModerationAction::Mute {
        user: target.clone(),
        until: None,
    };
    let unmute = ModerationAction::Unmute {
        user: target.clone(),
    };
    for round in 0..4 {
        let synced = bot.syncs().await;
        let paused = bot.pause().await;
        paused.matrix.apply(&chat, &mute).await.unwrap();
        alice.say(&id, &format!("entre-deux {round}")).await;
        paused.matrix.apply(&chat, &unmute).await.unwrap();
        assert_eq!(server_power(&group, &bob.user()).await, 0, "round {round}");
        bot = paused.resume();
        // Its view before the changes was right too: wait for a sync after them.
        while bot.syncs().await <= synced {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        wait_power(&room, &bob.user(), 0).await;
    }
    // A mute right after an unmute mutes.
    bot.matrix.apply(&chat, &unmute).await.unwrap();
    bot.matrix.apply(&chat, &mute).await.unwrap();
    assert_eq!(server_power(&group, &bob.user()).await, -1);
    wait_power(&room, &bob.user(), -1).await;

    // A new process starts with a full sync of the room's latest events, whose state is
    // as exposed: the bot's change came after the first of them.
    for round in 0..3 {
        let action = if round % 2 == 0 { &unmute } else { &mute };
        bot.matrix.apply(&chat, action).await.unwrap();
        alice.say(&id, &format!("avant l'arrêt {round}")).await;
        let expected = server_power(&group, &bob.user()).await;
        bot.stop().await;
        bot = start_bot(db, &hs, &bot_id, store.path()).await;
        while bot.syncs().await == 0 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let room = bot.matrix.client().get_room(&id).unwrap();
        wait_power(&room, &bob.user(), expected).await;
    }
    bot.stop().await;
}

/// `user`'s power level in `room` as the homeserver holds it.
async fn server_power(room: &Room, user: &UserId) -> i64 {
    use matrix_sdk::ruma::api::client::state::get_state_event_for_key;
    use matrix_sdk::ruma::events::StateEventType;
    let request = get_state_event_for_key::v3::Request::new(
        room.room_id().to_owned(),
        StateEventType::RoomPowerLevels,
        String::new(),
    );
    let content: Value = room
        .client()
        .send(request)
        .await
        .unwrap()
        .into_content()
        .deserialize_as_unchecked()
        .unwrap();
    content["users"][user.as_str()]
        .as_i64()
        .unwrap_or_else(|| content["users_default"].as_i64().unwrap_or(0))
}

on_every_backend!(
    matrix_conventions_and_a_quiet_log,
    a_room_that_claims_to_be_direct_is_not_trusted,
    a_person_uses_pairbot_on_matrix,
    a_directory_contact_on_matrix,
    permanences_on_matrix,
    etp_on_matrix,
    moderation_on_matrix,
    attendance_and_feedback_on_matrix,
    agreement_and_expenses_on_matrix,
    coevaluation_on_matrix,
    the_bots_own_changes_reach_its_view,
);
