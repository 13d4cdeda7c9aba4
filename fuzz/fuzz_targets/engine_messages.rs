//! Arbitrary button data (callback data, the payload of every feature's choices) and
//! arbitrary typed text through the whole engine, on a SQLite database with the demo data,
//! from a person, a coordinator and an admin: every input is handled without an error, and
//! no reply shows a raw database error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pairbot::core::{Body, Incoming, Outgoing, Platform, SendError, Settings, Transport};
use pairbot::app::Engine;
use std::sync::OnceLock;

/// Accepts every reply, checking it is fit to show.
struct Checked;

impl Transport for Checked {
    fn platform(&self) -> Platform {
        Platform::Console
    }

    async fn send(&self, message: &Outgoing) -> Result<(), SendError> {
        assert!(
            message.attachment.is_some() || !message.text.trim().is_empty(),
            "an empty reply"
        );
        assert!(
            !message.text.contains("sqlx") && !message.text.contains("Error"),
            "a raw error shown: {}",
            message.text
        );
        Ok(())
    }
}

struct Bot {
    runtime: tokio::runtime::Runtime,
    engine: Engine,
}

const PEOPLE: [&str; 3] = ["pat", "coord", "admin"];

impl Bot {
    async fn say(&self, user: &str, body: Body) {
        let message = Incoming {
            body,
            ..Incoming::private_text(Platform::Console, user, "")
        };
        self.engine.handle(&message).await.expect("handled");
        self.engine.deliver(&Checked).await.expect("delivered");
    }
}

fn bot() -> &'static Bot {
    static BOT: OnceLock<Bot> = OnceLock::new();
    BOT.get_or_init(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let path = std::env::temp_dir().join(format!("pairbot-fuzz-{}.db", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let engine = runtime.block_on(async {
            let store = pairbot::store::Store::open(&path.display().to_string())
                .await
                .expect("store");
            let now = pairbot::store::now();
            pairbot::demo::load(&store).await.expect("demo");
            pairbot::demo::load_permanences(&store, now).await.expect("permanences");
            pairbot::demo::load_programmes(&store, now).await.expect("programmes");
            let settings = Settings {
                coordinators: vec![
                    (Platform::Console, "coord".into()),
                    (Platform::Console, "admin".into()),
                ],
                admins: vec![(Platform::Console, "admin".into())],
                ..Settings::default()
            };
            Engine::new(store, settings).expect("engine")
        });
        let bot = Bot { runtime, engine };
        bot.runtime.block_on(async {
            for who in PEOPLE {
                bot.say(who, Body::Text("/start".into())).await;
                bot.say(who, Body::Text("oui".into())).await;
            }
        });
        bot
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else {
        return;
    };
    let Ok(input) = std::str::from_utf8(rest) else {
        return;
    };
    let who = PEOPLE[usize::from(selector) % PEOPLE.len()];
    let body = if selector & 0x80 == 0 {
        Body::Choice(input.to_owned())
    } else {
        Body::Text(input.to_owned())
    };
    let bot = bot();
    bot.runtime.block_on(async {
        bot.say(who, body).await;
        // Leave any dialogue, so the next input starts from the menu.
        bot.say(who, Body::Text("/annuler".into())).await;
    });
});
