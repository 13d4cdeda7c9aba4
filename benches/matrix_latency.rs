//! Matrix through a real Synapse: the real `pairbot matrix` process's reply latency, against
//! a plain matrix-sdk client that answers at once (an echo) on the same server in the same
//! run, both in encrypted direct chats; and the bot's start-to-ready time and resident memory
//! with its Matrix stores, idle and after the rounds.
//!
//! ```text
//! export PAIRBOT_TEST_SYNAPSE=$(scripts/synapse.sh start | tail -n 1)
//! cargo bench --bench matrix_latency               # PAIRBOT_BENCH_ROUNDS=50
//! ```
//! A round is: the person sends, then waits until the answer reaches their own client by
//! sync. The ratio compares the medians (the target is ≤ 1.3). The person's client and the
//! echo sync without matrix-sdk's one-second pause between quick syncs; the bot uses its
//! own loop, as in production.

#![recursion_limit = "256"]

mod support;
#[path = "../tests/common/synapse.rs"]
mod synapse;

use matrix_sdk::Client;
use matrix_sdk::config::SyncSettings;
use matrix_sdk::room::Room;
use matrix_sdk::ruma::events::room::message::{
    MessageType, OriginalSyncRoomMessageEvent, RoomMessageEventContent,
};
use matrix_sdk::ruma::{OwnedRoomId, OwnedUserId, RoomId};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::status_kb;
use tokio::sync::mpsc;

/// A message seen by a client: room, sender, text.
type Seen = (OwnedRoomId, OwnedUserId, String);

/// A logged-in client syncing in the background, its messages sent to the returned channel.
async fn client(
    hs: &str,
    user: &str,
    dir: &std::path::Path,
) -> (Client, mpsc::UnboundedReceiver<Seen>) {
    let client = Client::builder()
        .homeserver_url(hs)
        .sqlite_store(dir, None)
        .build()
        .await
        .expect("client");
    client
        .matrix_auth()
        .login_username(user, "pass-word")
        .await
        .expect("login");
    client
        .sync_once(SyncSettings::default())
        .await
        .expect("first sync");
    let (send, seen) = mpsc::unbounded_channel();
    client.add_event_handler(move |ev: OriginalSyncRoomMessageEvent, room: Room| {
        let send = send.clone();
        async move {
            // The bot writes notices; people write texts.
            let body = match ev.content.msgtype {
                MessageType::Text(text) => text.body,
                MessageType::Notice(notice) => notice.body,
                _ => return,
            };
            let _ = send.send((room.room_id().to_owned(), ev.sender, body));
        }
    });
    let syncing = client.clone();
    tokio::spawn(async move {
        // Not `Client::sync`: it pauses a second after a sync that returned quickly (as
        // one does right after sending), which would hide the answer for that second.
        let settings = SyncSettings::default().timeout(Duration::from_secs(30));
        loop {
            if syncing.sync_once(settings.clone()).await.is_err() {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
        }
    });
    (client, seen)
}

/// Joins every room `client` is invited to, for `rounds` × 100 ms.
async fn join_invitations(client: &Client, rounds: usize) {
    for _ in 0..rounds {
        for room in client.invited_rooms() {
            let _ = room.join().await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until `client` sees `who` joined `room`, so that what it sends next is encrypted
/// for them too.
async fn until_joined(client: &Client, room: &RoomId, who: &matrix_sdk::ruma::UserId) {
    use matrix_sdk::ruma::events::room::member::MembershipState;
    for _ in 0..300 {
        if let Some(room) = client.get_room(room)
            && let Ok(Some(member)) = room.get_member(who).await
            && *member.membership() == MembershipState::Join
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("{who} never joined");
}

/// Waits for the next message from `from` in `room`.
async fn next_from(seen: &mut mpsc::UnboundedReceiver<Seen>, room: &RoomId, from: &str) -> String {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    loop {
        let got = tokio::time::timeout_at(deadline, seen.recv())
            .await
            .expect("an answer within 30 s")
            .expect("the client is syncing");
        if got.0 == room && got.1.as_str() == from {
            return got.2;
        }
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let rounds: usize = std::env::var("PAIRBOT_BENCH_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let Some(hs) = synapse::homeserver() else {
        eprintln!("set PAIRBOT_TEST_SYNAPSE (scripts/synapse.sh start prints it)");
        std::process::exit(2);
    };
    let [bot, echo, person] = synapse::accounts(&hs, ["latbot", "echo", "person"]).await;
    let dir = tempfile::tempdir().expect("temp dir");

    // The bot, as a user runs it.
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_pairbot"))
        .arg("--database-url")
        .arg(dir.path().join("bot.db"))
        .args([
            "matrix",
            "--homeserver",
            &hs,
            "--user-id",
            &bot,
            "--store-dir",
        ])
        .arg(dir.path().join("bot-store"))
        .env("MATRIX_PASSWORD", "pass-word")
        .env("MATRIX_STORE_PASSPHRASE", "a bench passphrase")
        .env("HOME", dir.path())
        .env("XDG_CONFIG_HOME", dir.path())
        .env_remove("PAIRBOT_CONFIG")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the pairbot binary");
    let pid = child.id();

    // The echo: a plain client that answers each message at once.
    let (echo_client, mut echo_seen) = client(&hs, &echo, &dir.path().join("echo")).await;
    let echo_user = echo_client.user_id().expect("logged in").to_owned();
    {
        let client = echo_client.clone();
        let person = person.clone();
        tokio::spawn(async move {
            while let Some((room, sender, text)) = echo_seen.recv().await {
                if sender.as_str() == person
                    && let Some(room) = client.get_room(&room)
                {
                    let _ = room
                        .send(RoomMessageEventContent::text_plain(format!("echo {text}")))
                        .await;
                }
            }
        });
    }
    let (person_client, mut seen) = client(&hs, &person, &dir.path().join("person")).await;

    // Encrypted direct chats with each.
    let bot_user: OwnedUserId = bot.as_str().try_into().expect("bot id");
    let bot_room = person_client.create_dm(&bot_user).await.expect("dm bot");
    let echo_room = person_client.create_dm(&echo_user).await.expect("dm echo");
    join_invitations(&echo_client, 20).await;
    let (bot_room, echo_room) = (
        bot_room.room_id().to_owned(),
        echo_room.room_id().to_owned(),
    );
    until_joined(&person_client, &echo_room, &echo_user).await;
    until_joined(&person_client, &bot_room, &bot_user).await;

    // Ready: the bot's first answer, from its start.
    let ready = loop {
        person_client
            .get_room(&bot_room)
            .expect("room")
            .send(RoomMessageEventContent::text_plain("/aide"))
            .await
            .expect("send");
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        let answered = loop {
            match tokio::time::timeout_at(deadline, seen.recv()).await {
                Ok(Some((room, sender, _))) if room == bot_room && sender == bot_user => {
                    break true;
                }
                Ok(Some(_)) => continue,
                _ => break false,
            }
        };
        if answered {
            break started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(120),
            "the bot never answered"
        );
    };
    // Drain the rest of the help and let everything settle before reading idle memory.
    tokio::time::sleep(Duration::from_secs(3)).await;
    while seen.try_recv().is_ok() {}
    let idle_kb = status_kb(pid, "VmRSS:");

    let round =
        async |seen: &mut mpsc::UnboundedReceiver<Seen>, room: &RoomId, to: &str, text: &str| {
            let t = Instant::now();
            person_client
                .get_room(room)
                .expect("room")
                .send(RoomMessageEventContent::text_plain(text))
                .await
                .expect("send");
            next_from(seen, room, to).await;
            t.elapsed().as_secs_f64() * 1000.0
        };
    let (mut plain, mut pairbot) = (Vec::new(), Vec::new());
    for i in 0..rounds + 3 {
        let p = round(
            &mut seen,
            &echo_room,
            echo_user.as_str(),
            &format!("ping {i}"),
        )
        .await;
        let b = round(
            &mut seen,
            &bot_room,
            bot_user.as_str(),
            "/definition pair-aidance",
        )
        .await;
        // The first rounds warm up both sides.
        if i >= 3 {
            plain.push(p);
            pairbot.push(b);
        }
    }
    let (after_kb, peak_kb) = (status_kb(pid, "VmRSS:"), status_kb(pid, "VmHWM:"));
    let _ = Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status();
    let _ = child.wait();

    plain.sort_by(f64::total_cmp);
    pairbot.sort_by(f64::total_cmp);
    let (p50, b50) = (percentile(&plain, 0.5), percentile(&pairbot, 0.5));
    let (p95, b95) = (percentile(&plain, 0.95), percentile(&pairbot, 0.95));
    println!(
        "| rounds | plain client p50 / p95 ms | Pairbot p50 / p95 ms | ratio p50 | ready | RSS idle | RSS after | peak |"
    );
    println!("|---|---|---|---|---|---|---|---|");
    println!(
        "| {rounds} | {p50:.1} / {p95:.1} | {b50:.1} / {b95:.1} | {:.2} | {:.2} s | {:.1} MB | {:.1} MB | {:.1} MB |",
        b50 / p50,
        ready.as_secs_f64(),
        idle_kb as f64 / 1024.0,
        after_kb as f64 / 1024.0,
        peak_kb as f64 / 1024.0,
    );
}
