//! Logs never carry what people write, their names or their handles: every log line of every
//! crate, at every level, is captured while a busy scenario runs (consent, definitions,
//! searches, a crisis message, a contact request, a booking, an ETP sign-up, group
//! moderation and reports, erasure), then searched for the words people used.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, choice_labelled, press};
use pairbot::core::{ChatId, ChatKind, Incoming, Platform, ReplyTo, UserId};
use std::sync::{Arc, Mutex, OnceLock};

/// Every log line of this test process.
static CAPTURED: OnceLock<Arc<Mutex<Vec<u8>>>> = OnceLock::new();

#[derive(Clone)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn capture_logs() -> Arc<Mutex<Vec<u8>>> {
    CAPTURED
        .get_or_init(|| {
            let buffer = Arc::new(Mutex::new(Vec::new()));
            let writer = Capture(buffer.clone());
            let subscriber = tracing_subscriber::fmt()
                .with_max_level(tracing::Level::TRACE)
                .with_ansi(false)
                .with_writer(move || writer.clone())
                .finish();
            tracing::subscriber::set_global_default(subscriber).expect("one subscriber");
            buffer
        })
        .clone()
}

/// Words that must never reach a log line.
const SECRETS: &[&str] = &[
    "Zéphyrine",
    "zephyrine_handle",
    "Quartzaline",
    "SECRETINTRO",
    "SECRETREASON",
    "SECRETNAME",
    "SECRETREACH",
    "SECRETGROUP",
    "mourir",
    "diabète Toulouse",
];

/// A message from `user` with a display name and a handle, as Telegram gives them.
fn named(user: &str, text: &str) -> Incoming {
    Incoming {
        display_name: "Zéphyrine Quartzaline".into(),
        handle: Some("@zephyrine_handle".into()),
        ..Incoming::private_text(Platform::Console, user, text)
    }
}

fn in_group(user: &str, id: &str, text: &str, reply: Option<(&str, &str)>) -> Incoming {
    Incoming {
        chat: ChatId("entraide".into()),
        chat_kind: ChatKind::Group,
        message_id: Some(id.into()),
        reply_to: reply.map(|(author, message)| ReplyTo {
            message: message.into(),
            author: Some(UserId(author.into())),
            author_name: "Zéphyrine".into(),
            text: Some("SECRETGROUP texte visé".into()),
            author_language: None,
        }),
        ..named(user, text)
    }
}

async fn no_log_line_carries_what_people_wrote(db: &TestDb) {
    let logs = capture_logs();
    let h = Harness::with_settings(db, common::staff()).await;
    let store = h.engine.store();
    let now = pairbot::store::now();
    pairbot::demo::load(store).await.unwrap();
    pairbot::demo::load_permanences(store, now).await.unwrap();
    pairbot::demo::load_programmes(store, now).await.unwrap();
    h.send(named("zoe", "/start")).await;
    h.send(named("zoe", "oui")).await;
    for text in [
        "/definition pair aidance",
        "/chercher diabète Toulouse",
        "je veux mourir",
        "SECRETREASON n'importe quoi",
    ] {
        h.send(named("zoe", text)).await;
    }
    // A contact request with an introduction.
    let out = h.send(named("zoe", "/chercher diabète")).await;
    let write = choice_labelled(&out, "Écrire");
    h.send(press("zoe", &write)).await;
    h.send(named("zoe", "SECRETINTRO bonjour, j'aimerais échanger"))
        .await;
    // A booking and an ETP sign-up.
    h.send(press("zoe", "perm:slots:1")).await;
    h.send(named("zoe", "/etp")).await;
    h.send(press("zoe", "etp:join:1")).await;
    h.send(named("zoe", "SECRETNAME")).await;
    h.send(named("zoe", "SECRETREACH par Pairbot")).await;
    let out = h.send(named("zoe", "le matin")).await;
    h.send(press("zoe", &choice_labelled(&out, "J'accepte")))
        .await;
    // A group: a welcome, a report by reply, a warning, a held link.
    h.send(Incoming {
        body: pairbot::core::Body::Joined,
        ..in_group("zoe", "m0", "", None)
    })
    .await;
    h.send(in_group("bob", "m1", "SECRETGROUP blabla", None))
        .await;
    h.send(in_group(
        "zoe",
        "m2",
        "/signaler SECRETREASON",
        Some(("bob", "m1")),
    ))
    .await;
    h.send(in_group(
        "coord",
        "m3",
        "/avertir SECRETREASON",
        Some(("bob", "m1")),
    ))
    .await;
    h.send(in_group(
        "newbie",
        "m4",
        "SECRETGROUP https://exemple.invalid",
        None,
    ))
    .await;
    h.say("coord", "/journal").await;
    // Erasure.
    let out = h.send(named("zoe", "/oublier")).await;
    h.send(press("zoe", &out.last().unwrap().choices[0].data))
        .await;
    h.close().await;

    let text = String::from_utf8_lossy(&logs.lock().unwrap()).into_owned();
    assert!(
        text.contains("crisis wording detected"),
        "the capture works: {} bytes",
        text.len()
    );
    for secret in SECRETS {
        let line = text.lines().find(|l| l.contains(secret));
        assert!(line.is_none(), "{secret:?} was logged: {line:?}");
    }
}

on_every_backend!(no_log_line_carries_what_people_wrote);
