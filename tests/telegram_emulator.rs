//! The Telegram adapter against `telegram-test-api`, a Bot API emulator (npm), driven as a
//! person would: messages, button presses, a group, a restart. `scripts/test.sh` installs the
//! emulator and sets `PAIRBOT_TELEGRAM_EMULATOR` to its folder.
#![cfg(feature = "telegram")]
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::telegram::Emulator;
use common::{TestDb, number_in, plain, weekday_in_two_days};
use pairbot::adapters::telegram::{self, TelegramOptions};
use pairbot::app::Engine;
use pairbot::core::{Platform, Settings};
use serde_json::{Value, json};
use std::time::{Duration, Instant};
use tokio::sync::watch;

const TOKEN: &str = "4242:EMULATED";
const USERNAME: &str = "PairbotTestBot";

impl Emulator {
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

    /// Sends any message fields (a reply, new members) as `from` in `chat`.
    async fn send_raw(&self, chat: &Value, from: &Value, mut fields: Value) {
        let date = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_secs();
        fields["botToken"] = json!(TOKEN);
        fields["from"] = from.clone();
        fields["chat"] = chat.clone();
        fields["date"] = json!(date);
        self.post("sendMessage", fields).await;
    }

    /// The id of the member's message with this text, while the emulator still holds it.
    async fn user_message(&self, text: &str) -> Option<i64> {
        self.history(TOKEN)
            .await
            .into_iter()
            .find(|u| u["message"]["text"] == text && u["message"]["from"]["is_bot"] == false)
            .and_then(|u| u["messageId"].as_i64())
    }

    /// The keyboard a bot message has now (after edits).
    async fn keyboard_now(&self, message_id: i64) -> Value {
        self.history(TOKEN)
            .await
            .into_iter()
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
    start_bot_with(db, emulator, Settings::default()).await
}

/// The bot with these settings; Telegram coordinators also get their command menu.
async fn start_bot_with(db: &TestDb, emulator: &Emulator, settings: Settings) -> Bot {
    let coordinators = settings
        .coordinators
        .iter()
        .filter(|(platform, _)| *platform == Platform::Telegram)
        .filter_map(|(_, id)| id.parse().ok())
        .collect();
    let engine = Engine::new(db.store().await, settings).unwrap();
    let options = options(emulator, coordinators);
    let (stop, shutdown) = watch::channel(false);
    let task = tokio::spawn(telegram::run(engine, options, shutdown));
    Bot { stop, task }
}

/// The adapter's options against the emulator, with these Telegram coordinators.
fn options(emulator: &Emulator, coordinators: Vec<i64>) -> TelegramOptions {
    TelegramOptions {
        token: TOKEN.into(),
        api_url: Some(emulator.url.clone()),
        username: Some(USERNAME.into()),
        throttle: false,
        instances: 1,
        poll_timeout: 0,
        webhook: None,
        // The emulator has no setMyCommands: the failure must only be logged.
        register_commands: true,
        coordinators,
    }
}

impl Bot {
    async fn stop(self) {
        self.stop.send(true).unwrap();
        self.task.await.unwrap().unwrap();
    }
}

fn person(id: i64, lang: &str) -> Value {
    named(id, "Léa", lang)
}

fn named(id: i64, first_name: &str, lang: &str) -> Value {
    json!({"id": id, "is_bot": false, "first_name": first_name, "language_code": lang})
}

fn private(id: i64) -> Value {
    json!({"id": id, "type": "private", "first_name": "Léa"})
}

/// The callback data of the button labelled `label`.
fn data_of(reply: &Reply, label: &str) -> String {
    let labels = reply.buttons("text");
    let data = reply.buttons("callback_data");
    labels
        .iter()
        .position(|l| plain(l) == label)
        .map(|i| data[i].clone())
        .unwrap_or_else(|| panic!("no button {label:?} in {labels:?}"))
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
            .contains(&"~def:pair-aidant".to_owned()),
        "a related word is one item of a list: its button carries the item mark"
    );
    emu.press(&chat, &lea, card[0].id, "~def:pair-aidant").await;
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

/// A partner joins the directory, a coordinator approves, a patient finds and writes to
/// them, and the bot relays their conversation until `/fin`: three people, buttons only.
async fn a_directory_contact_on_telegram(db: &TestDb) {
    let Some(emu) = Emulator::start() else { return };
    const PARTNER: i64 = 1101;
    const COORDO: i64 = 1102;
    const PATIENT: i64 = 1103;
    let settings = Settings {
        coordinators: vec![(Platform::Telegram, COORDO.to_string())],
        ..Settings::default()
    };
    let bot = start_bot_with(db, &emu, settings).await;
    let (paula, paula_chat) = (named(PARTNER, "Paula", "fr"), private(PARTNER));
    let (coordo, coordo_chat) = (named(COORDO, "Coline", "fr"), private(COORDO));
    let (pat, pat_chat) = (named(PATIENT, "Patrick", "fr"), private(PATIENT));

    // 1. The partner consents, then fills in the questionnaire with buttons and text.
    for (who, chat, id) in [(&paula, &paula_chat, PARTNER), (&pat, &pat_chat, PATIENT)] {
        emu.say(chat, who, "/start").await;
        let start = emu.replies(id, 2).await;
        emu.press(chat, who, start[1].id, "consent:yes").await;
        let thanks = emu.replies(id, 1).await;
        assert!(
            thanks[0].text.contains("votre accord est enregistré"),
            "{}",
            thanks[0].text
        );
    }
    emu.say(&paula_chat, &paula, "/devenir_partenaire").await;
    let ask = emu.replies(PARTNER, 2).await;
    assert!(ask[1].text.contains("Sous quel nom"), "{}", ask[1].text);
    emu.say(&paula_chat, &paula, "Paula T.").await;
    let roles = emu.replies(PARTNER, 1).await;
    assert!(
        roles[0].text.contains("Quel est votre rôle"),
        "{}",
        roles[0].text
    );
    let toggle = data_of(&roles[0], "Pair-aidant");
    assert_eq!(toggle, "partner:toggle:role:pair-aidant");
    emu.press(&paula_chat, &paula, roles[0].id, &toggle).await;
    let roles = emu.replies(PARTNER, 1).await;
    assert!(
        roles[0]
            .buttons("text")
            .contains(&"✓ Pair-aidant".to_owned()),
        "{:?}",
        roles[0].buttons("text")
    );
    emu.press(&paula_chat, &paula, roles[0].id, "partner:next:1")
        .await;
    let conditions = emu.replies(PARTNER, 1).await;
    assert!(
        conditions[0].text.contains("De quelles maladies"),
        "{}",
        conditions[0].text
    );
    emu.say(&paula_chat, &paula, "SEP").await;
    let places = emu.replies(PARTNER, 2).await;
    assert!(
        places[0].text.contains("Noté : Sclérose en plaques"),
        "{}",
        places[0].text
    );
    emu.say(&paula_chat, &paula, "Toulouse et en ligne").await;
    let languages = emu.replies(PARTNER, 2).await;
    assert!(
        languages[0].text.contains("Haute-Garonne (31)"),
        "{}",
        languages[0].text
    );
    // French is already chosen.
    assert!(
        languages[1]
            .buttons("text")
            .contains(&"✓ Français".to_owned()),
        "{:?}",
        languages[1].buttons("text")
    );
    emu.press(&paula_chat, &paula, languages[1].id, "partner:next:4")
        .await;
    let training = emu.replies(PARTNER, 1).await;
    let etp = data_of(&training[0], "Formation ETP 40 h");
    emu.press(&paula_chat, &paula, training[0].id, &etp).await;
    let missions = emu.replies(PARTNER, 1).await;
    let listening = data_of(&missions[0], "Écoute et soutien");
    emu.press(&paula_chat, &paula, missions[0].id, &listening)
        .await;
    let missions = emu.replies(PARTNER, 1).await;
    emu.press(&paula_chat, &paula, missions[0].id, "partner:next:6")
        .await;
    let availability = emu.replies(PARTNER, 1).await;
    assert!(
        availability[0].text.contains("Quand êtes-vous disponible"),
        "{}",
        availability[0].text
    );
    emu.say(&paula_chat, &paula, "le mardi après-midi").await;
    emu.replies(PARTNER, 1).await;
    emu.say(&paula_chat, &paula, "Je vis avec une SEP depuis dix ans.")
        .await;
    let association = emu.replies(PARTNER, 1).await;
    let skip = data_of(&association[0], "Passer");
    emu.press(&paula_chat, &paula, association[0].id, &skip)
        .await;
    let summary = emu.replies(PARTNER, 1).await;
    assert!(
        summary[0].text.contains("Voici votre fiche")
            && summary[0].text.contains("Paula T.")
            && summary[0].text.contains("Formation ETP 40 h"),
        "{}",
        summary[0].text
    );
    emu.press(&paula_chat, &paula, summary[0].id, "partner:send")
        .await;
    let sent = emu.replies(PARTNER, 1).await;
    assert!(sent[0].text.contains("C'est envoyé"), "{}", sent[0].text);

    // 2. The coordinator is notified and approves with the button.
    let note = emu.replies(COORDO, 1).await;
    assert!(
        note[0]
            .text
            .contains("Fiche nouvelle ou modifiée à valider")
            && note[0].text.contains("Paula T."),
        "{}",
        note[0].text
    );
    let approve = data_of(&note[0], "Valider");
    assert!(approve.starts_with("review:approve:"), "{approve}");
    emu.press(&coordo_chat, &coordo, note[0].id, &approve).await;
    let done = emu.replies(COORDO, 1).await;
    assert!(done[0].text.contains("validée"), "{}", done[0].text);
    let told = emu.replies(PARTNER, 1).await;
    assert!(told[0].text.contains("Bonne nouvelle"), "{}", told[0].text);

    // 3. The patient finds her and writes a short introduction.
    emu.say(&pat_chat, &pat, "/chercher SEP Toulouse").await;
    let found = emu.replies(PATIENT, 1).await;
    assert!(
        found[0].text.contains("Paula T.") && found[0].text.contains("Sclérose en plaques"),
        "{}",
        found[0].text
    );
    let write = data_of(&found[0], "Écrire à Paula T.");
    assert!(write.starts_with("~contact:ask:"), "{write}");
    emu.press(&pat_chat, &pat, found[0].id, &write).await;
    let intro = emu.replies(PATIENT, 1).await;
    assert!(
        intro[0].text.contains("Présentez-vous"),
        "{}",
        intro[0].text
    );
    emu.say(
        &pat_chat,
        &pat,
        "Bonjour, on vient de me diagnostiquer une SEP.",
    )
    .await;
    let sent = emu.replies(PATIENT, 1).await;
    assert!(
        sent[0].text.contains("a bien été envoyée à Paula T."),
        "{}",
        sent[0].text
    );

    // 4. The partner receives it, without who sent it, and accepts.
    let request = emu.replies(PARTNER, 1).await;
    let text = &request[0].text;
    assert!(
        text.contains("Nouvelle demande de contact")
            && text.contains("on vient de me diagnostiquer"),
        "{text}"
    );
    assert!(
        !text.contains("Patrick") && !text.contains(&PATIENT.to_string()),
        "{text}"
    );
    let accept = data_of(&request[0], "Accepter");
    let number = accept
        .strip_prefix("contact:accept:")
        .unwrap_or_else(|| panic!("{accept}"))
        .to_owned();
    assert_eq!(
        request[0].buttons("callback_data"),
        [
            accept.clone(),
            format!("contact:decline:{number}"),
            format!("contact:block:{number}")
        ]
    );
    emu.press(&paula_chat, &paula, request[0].id, &accept).await;
    let accepted = emu.replies(PARTNER, 1).await;
    assert!(
        accepted[0].text.contains("Vous avez accepté"),
        "{}",
        accepted[0].text
    );
    let good_news = emu.replies(PATIENT, 1).await;
    assert!(
        good_news[0].text.contains("Paula T. a accepté"),
        "{}",
        good_news[0].text
    );

    // 5. Messages are relayed both ways under pseudonyms, until /fin.
    emu.say(&pat_chat, &pat, "Comment avez-vous vécu l'annonce ?")
        .await;
    let relayed = emu.replies(PARTNER, 1).await;
    assert!(
        relayed[0]
            .text
            .contains(&format!("Message de la personne de la demande n° {number}"))
            && relayed[0]
                .text
                .contains("Comment avez-vous vécu l'annonce ?"),
        "{}",
        relayed[0].text
    );
    let receipt = emu.replies(PATIENT, 1).await;
    assert!(
        receipt[0].text.contains("Transmis à Paula T."),
        "{}",
        receipt[0].text
    );
    emu.say(&paula_chat, &paula, "Difficilement au début, puis mieux.")
        .await;
    let answer = emu.replies(PATIENT, 1).await;
    assert!(
        answer[0].text.contains("Message de Paula T.")
            && answer[0]
                .text
                .contains("Difficilement au début, puis mieux."),
        "{}",
        answer[0].text
    );
    emu.replies(PARTNER, 1).await;
    emu.say(&pat_chat, &pat, "/fin").await;
    let question = emu.replies(PATIENT, 1).await;
    let really = data_of(&question[0], "Oui, y mettre fin");
    emu.press(&pat_chat, &pat, question[0].id, &really).await;
    let ended = emu.replies(PATIENT, 1).await;
    assert!(ended[0].text.contains("est terminée"), "{}", ended[0].text);
    let ended = emu.replies(PARTNER, 1).await;
    assert!(
        ended[0].text.contains("terminée par l'autre personne"),
        "{}",
        ended[0].text
    );
    // Later text is not relayed.
    emu.say(&pat_chat, &pat, "Vous êtes encore là ?").await;
    emu.replies(PATIENT, 1).await;
    emu.silence(PARTNER).await;
    bot.stop().await;
}

async fn permanences_on_telegram(db: &TestDb) {
    let Some(emu) = Emulator::start() else { return };
    const COORDO: i64 = 1201;
    const ANN: i64 = 1202;
    const BOB: i64 = 1203;
    // An approved host: the demo partners (console users).
    let store = db.store().await;
    pairbot::demo::load(&store).await.unwrap();
    let settings = Settings {
        coordinators: vec![(Platform::Telegram, COORDO.to_string())],
        ..Settings::default()
    };
    let bot = start_bot_with(db, &emu, settings).await;
    let (coordo, coordo_chat) = (named(COORDO, "Coline", "fr"), private(COORDO));
    let (ann, ann_chat) = (named(ANN, "Ann", "fr"), private(ANN));
    let (bob, bob_chat) = (named(BOB, "Bob", "fr"), private(BOB));

    // 1. The coordinator creates a weekly permanence: buttons where there are, text else.
    emu.say(&coordo_chat, &coordo, "/permanence_nouvelle").await;
    let ask = emu.replies(COORDO, 2).await;
    assert!(ask[1].text.contains("Quel est le nom"), "{}", ask[1].text);
    for answer in ["Permanence SEP Telegram", "Maison des usagers (fictive)"] {
        emu.say(&coordo_chat, &coordo, answer).await;
        emu.replies(COORDO, 1).await;
    }
    emu.say(
        &coordo_chat,
        &coordo,
        "Salle 2, 1 place du Capitole, Toulouse",
    )
    .await;
    let themes = emu.replies(COORDO, 2).await;
    assert!(
        themes[0].text.contains("Haute-Garonne (31)"),
        "{}",
        themes[0].text
    );
    emu.say(&coordo_chat, &coordo, "SEP").await;
    let hosts = emu.replies(COORDO, 2).await;
    assert!(hosts[1].text.contains("Qui accueille"), "{}", hosts[1].text);
    emu.say(&coordo_chat, &coordo, "Sophie L.").await;
    let recurrence = emu.replies(COORDO, 1).await;
    let weekly = data_of(&recurrence[0], "Chaque semaine");
    emu.press(&coordo_chat, &coordo, recurrence[0].id, &weekly)
        .await;
    let weekday = emu.replies(COORDO, 1).await;
    let day = data_of(&weekday[0], weekday_in_two_days());
    emu.press(&coordo_chat, &coordo, weekday[0].id, &day).await;
    emu.replies(COORDO, 1).await;
    emu.say(&coordo_chat, &coordo, "de 14h à 16h").await;
    let length = emu.replies(COORDO, 1).await;
    let half_hour = data_of(&length[0], "30 min");
    emu.press(&coordo_chat, &coordo, length[0].id, &half_hour)
        .await;
    let capacity = emu.replies(COORDO, 1).await;
    let one = data_of(&capacity[0], "1 personne");
    emu.press(&coordo_chat, &coordo, capacity[0].id, &one).await;
    let horizon = emu.replies(COORDO, 1).await;
    let two_weeks = data_of(&horizon[0], "14 jours");
    emu.press(&coordo_chat, &coordo, horizon[0].id, &two_weeks)
        .await;
    let cutoff = emu.replies(COORDO, 1).await;
    let four = data_of(&cutoff[0], "4 heures");
    emu.press(&coordo_chat, &coordo, cutoff[0].id, &four).await;
    let summary = emu.replies(COORDO, 1).await;
    assert!(
        summary[0].text.contains("Places par créneau : 1"),
        "{}",
        summary[0].text
    );
    let create = data_of(&summary[0], "Créer la permanence");
    emu.press(&coordo_chat, &coordo, summary[0].id, &create)
        .await;
    let created = emu.replies(COORDO, 1).await;
    assert!(created[0].text.contains("est créée"), "{}", created[0].text);

    // 2. Ann consents, finds it by free text and books the first slot with buttons.
    for (who, chat, id) in [(&ann, &ann_chat, ANN), (&bob, &bob_chat, BOB)] {
        emu.say(chat, who, "/start").await;
        let start = emu.replies(id, 2).await;
        emu.press(chat, who, start[1].id, "consent:yes").await;
        emu.replies(id, 1).await;
    }
    emu.say(&ann_chat, &ann, "/permanences SEP Toulouse").await;
    let list = emu.replies(ANN, 1).await;
    assert!(
        list[0].text.contains("Permanence SEP Telegram"),
        "{}",
        list[0].text
    );
    let see = data_of(&list[0], "Créneaux : Permanence SEP Telegram");
    emu.press(&ann_chat, &ann, list[0].id, &see).await;
    let slots = emu.replies(ANN, 1).await;
    let first = slots[0].buttons("callback_data")[0].clone();
    assert!(first.starts_with("~perm:book:"), "{first}");
    emu.press(&ann_chat, &ann, slots[0].id, &first).await;
    let confirm = emu.replies(ANN, 1).await;
    let yes = data_of(&confirm[0], "Oui, je réserve");
    emu.press(&ann_chat, &ann, confirm[0].id, &yes).await;
    // The confirmation; its calendar file goes by sendDocument, which this emulator does
    // not implement (tests/telegram_fake.rs checks documents against a fake Bot API).
    let booked = emu.replies(ANN, 1).await;
    assert!(
        booked[0].text.contains("C'est réservé"),
        "{}",
        booked[0].text
    );

    // 3. Bob finds the slot full and joins the waiting list.
    emu.press(&bob_chat, &bob, slots[0].id, &first).await;
    let full = emu.replies(BOB, 1).await;
    assert!(
        full[0].text.contains("Ce créneau est complet"),
        "{}",
        full[0].text
    );
    let wait = data_of(&full[0], "Oui, sur la liste d'attente");
    emu.press(&bob_chat, &bob, full[0].id, &wait).await;
    let waiting = emu.replies(BOB, 1).await;
    assert!(
        waiting[0].text.contains("en position 1"),
        "{}",
        waiting[0].text
    );

    // 4. Ann cancels; Bob is told in his own chat that the place is his.
    emu.say(&ann_chat, &ann, "/mes_reservations").await;
    let mine = emu.replies(ANN, 1).await;
    let cancel = mine[0].buttons("callback_data")[0].clone();
    assert!(cancel.starts_with("perm:cancel:"), "{cancel}");
    emu.press(&ann_chat, &ann, mine[0].id, &cancel).await;
    let question = emu.replies(ANN, 1).await;
    let really = data_of(&question[0], "Oui, annuler");
    emu.press(&ann_chat, &ann, question[0].id, &really).await;
    let cancelled = emu.replies(ANN, 1).await;
    assert!(
        cancelled[0].text.contains("est annulée"),
        "{}",
        cancelled[0].text
    );
    let promoted = emu.replies(BOB, 1).await;
    assert!(
        promoted[0].text.contains("une place s'est libérée"),
        "{}",
        promoted[0].text
    );

    // 5. The coordinator cancels that date; Bob is told.
    emu.say(&coordo_chat, &coordo, "/mes_permanences").await;
    let mine = emu.replies(COORDO, 1).await;
    assert!(mine[0].text.contains("réservation n°"), "{}", mine[0].text);
    let manage = data_of(&mine[0], "Gérer « Permanence SEP Telegram »");
    emu.press(&coordo_chat, &coordo, mine[0].id, &manage).await;
    let menu = emu.replies(COORDO, 1).await;
    let dates = data_of(&menu[0], "Annuler une date");
    emu.press(&coordo_chat, &coordo, menu[0].id, &dates).await;
    let which = emu.replies(COORDO, 1).await;
    let date = which[0].buttons("callback_data")[0].clone();
    emu.press(&coordo_chat, &coordo, which[0].id, &date).await;
    let question = emu.replies(COORDO, 1).await;
    assert!(
        question[0].text.contains("Une personne a réservé"),
        "{}",
        question[0].text
    );
    let really = data_of(&question[0], "Oui, annuler cette date");
    emu.press(&coordo_chat, &coordo, question[0].id, &really)
        .await;
    let done = emu.replies(COORDO, 1).await;
    assert!(
        done[0]
            .text
            .contains("La personne qui avait réservé a été prévenue"),
        "{}",
        done[0].text
    );
    let told = emu.replies(BOB, 1).await;
    assert!(told[0].text.contains("n'aura pas lieu"), "{}", told[0].text);
    bot.stop().await;
}

async fn etp_on_telegram(db: &TestDb) {
    let Some(emu) = Emulator::start() else { return };
    const COORDO: i64 = 1301;
    const PAT: i64 = 1302;
    const PARTNER: i64 = 1303;
    // An approved partner with the 40-hour ETP training.
    let store = db.store().await;
    common::approved_partner(
        &store,
        (Platform::Telegram, &PARTNER.to_string()),
        "Claire F.",
        "etp-40h",
    )
    .await;
    let settings = Settings {
        coordinators: vec![(Platform::Telegram, COORDO.to_string())],
        ..Settings::default()
    };
    let bot = start_bot_with(db, &emu, settings).await;
    let (coordo, coordo_chat) = (named(COORDO, "Coline", "fr"), private(COORDO));
    let (pat, pat_chat) = (named(PAT, "Paul", "fr"), private(PAT));
    let (partner, partner_chat) = (named(PARTNER, "Claire", "fr"), private(PARTNER));
    // Answers a question by text, returning the next `n` replies.
    macro_rules! answer {
        ($chat:expr, $who:expr, $id:expr, $text:expr, $n:expr) => {{
            emu.say($chat, $who, $text).await;
            emu.replies($id, $n).await
        }};
    }
    // Presses the button labelled `label` under `reply`, returning the next `n` replies.
    macro_rules! tap {
        ($chat:expr, $who:expr, $id:expr, $reply:expr, $label:expr, $n:expr) => {{
            let data = data_of($reply, $label);
            emu.press($chat, $who, $reply.id, &data).await;
            emu.replies($id, $n).await
        }};
    }

    // 1. The coordinator creates a programme, with buttons where there are.
    let c = (&coordo_chat, &coordo, COORDO);
    answer!(c.0, c.1, c.2, "/etp_nouveau", 2);
    answer!(c.0, c.1, c.2, "Vivre avec la SEP", 1);
    answer!(c.0, c.1, c.2, "CHU fictif de Lyon", 1);
    answer!(
        c.0,
        c.1,
        c.2,
        "Neurologue, infirmière et un patient ressource",
        1
    );
    let remote = answer!(c.0, c.1, c.2, "Maison du réseau, 3 rue Fictive, Lyon", 2);
    assert!(remote[0].text.contains("Rhône (69)"), "{}", remote[0].text);
    let themes = tap!(c.0, c.1, c.2, &remote[1], "Oui, aussi à distance", 1);
    assert!(
        themes[0].text.contains("Pour quelles maladies"),
        "{}",
        themes[0].text
    );
    let format = answer!(c.0, c.1, c.2, "SEP", 2);
    let rhythm = tap!(
        c.0,
        c.1,
        c.2,
        &format[1],
        "séances collectives et individuelles",
        1
    );
    assert!(rhythm[0].text.contains("quel rythme"), "{}", rhythm[0].text);
    let capacity = answer!(c.0, c.1, c.2, "6 séances le samedi matin", 1);
    let co_run = tap!(c.0, c.1, c.2, &capacity[0], "8 personnes", 1);
    let description = tap!(c.0, c.1, c.2, &co_run[0], "Oui", 1);
    assert!(
        description[0].text.contains("que propose le programme"),
        "{}",
        description[0].text
    );
    let summary = answer!(
        c.0,
        c.1,
        c.2,
        "Comprendre la SEP et vivre avec la fatigue.",
        1
    );
    let created = tap!(c.0, c.1, c.2, &summary[0], "Créer le programme", 1);
    assert!(created[0].text.contains("est créé"), "{}", created[0].text);
    let programme = number_in(&created[0].text).to_string();

    // 2. A patient finds it by free text and signs up.
    let p = (&pat_chat, &pat, PAT);
    let start = answer!(p.0, p.1, p.2, "/start", 2);
    emu.press(p.0, p.1, start[1].id, "consent:yes").await;
    emu.replies(PAT, 1).await;
    let list = answer!(p.0, p.1, p.2, "/etp SEP Lyon", 1);
    assert!(
        list[0].text.contains("Vivre avec la SEP"),
        "{}",
        list[0].text
    );
    let intro = tap!(
        p.0,
        p.1,
        p.2,
        &list[0],
        &format!("M'inscrire au programme n° {programme}"),
        2
    );
    assert!(
        intro[0].text.contains("aucune question sur votre santé"),
        "{}",
        intro[0].text
    );
    answer!(p.0, p.1, p.2, "Paul", 1);
    answer!(p.0, p.1, p.2, "par Pairbot seulement", 1);
    let confirm = answer!(p.0, p.1, p.2, "le samedi", 1);
    let sent = tap!(
        p.0,
        p.1,
        p.2,
        &confirm[0],
        "J'accepte, envoyer ma demande",
        1
    );
    assert!(sent[0].text.contains("est envoyée"), "{}", sent[0].text);
    let note = emu.replies(COORDO, 1).await;

    // A `t.me/<bot>?start=retirer_etp` link only opens: nothing is withdrawn, the team is
    // told nothing, and starting the command from there still asks, naming the programme.
    let link = answer!(p.0, p.1, p.2, "/start retirer_etp", 1);
    assert!(
        link[0]
            .text
            .contains("Ce lien ouvre la commande /retirer_etp"),
        "{}",
        link[0].text
    );
    let asked = tap!(p.0, p.1, p.2, &link[0], "Lancer /retirer_etp", 1);
    assert!(
        asked[0]
            .text
            .contains("Vous retirer de « Vivre avec la SEP »"),
        "{}",
        asked[0].text
    );
    let kept = tap!(p.0, p.1, p.2, &asked[0], "Non", 1);
    assert!(
        kept[0].text.contains("Vivre avec la SEP"),
        "{}",
        kept[0].text
    );
    emu.silence(COORDO).await;

    // 3. The coordinator proposes two BEP dates from the notification; the patient picks
    // the second; the coordinator enrols them.
    assert!(
        note[0].text.contains("Nouvelle demande"),
        "{}",
        note[0].text
    );
    let detail = tap!(c.0, c.1, c.2, &note[0], "Traiter la demande", 1);
    tap!(c.0, c.1, c.2, &detail[0], "Proposer des dates de BEP", 1);
    let [a, b] = <[String; 2]>::try_from(common::future_days_not_sunday(&[3, 5])).unwrap();
    let dates = format!("{a} 10h ; {b} 14h30");
    answer!(c.0, c.1, c.2, &dates, 1);
    let offer = emu.replies(PAT, 1).await;
    assert!(
        offer[0].text.contains("vous propose ces dates"),
        "{}",
        offer[0].text
    );
    let second = offer[0].buttons("callback_data")[1].clone();
    emu.press(p.0, p.1, offer[0].id, &second).await;
    let picked = emu.replies(PAT, 1).await;
    assert!(picked[0].text.contains("C'est noté"), "{}", picked[0].text);
    let chosen = emu.replies(COORDO, 1).await;
    assert!(
        chosen[0].text.contains("a choisi son bilan"),
        "{}",
        chosen[0].text
    );
    // Enrolment follows the assessment (its wait is tested on the console).
    common::bep_took_place(&store, Platform::Telegram, &PAT.to_string()).await;
    let detail = tap!(c.0, c.1, c.2, &chosen[0], "Traiter la demande", 1);
    let done = tap!(c.0, c.1, c.2, &detail[0], "Inscrire", 1);
    assert!(done[0].text.contains("inscrit(e)"), "{}", done[0].text);
    let enrolled = emu.replies(PAT, 1).await;
    assert!(
        enrolled[0].text.contains("Vous êtes inscrit(e)"),
        "{}",
        enrolled[0].text
    );

    // 4. A mission tied to the programme; the trained partner applies and is selected.
    let kind = answer!(c.0, c.1, c.2, "/mission_nouvelle", 2);
    tap!(c.0, c.1, c.2, &kind[1], "Co-animation de séances d'ETP", 1);
    answer!(c.0, c.1, c.2, &programme, 1);
    let training = answer!(c.0, c.1, c.2, "3 samedis matin en mars", 1);
    let paid = tap!(c.0, c.1, c.2, &training[0], "Formation ETP 40 h", 1);
    let expenses = tap!(c.0, c.1, c.2, &paid[0], "Oui, rémunérée", 1);
    let places = tap!(c.0, c.1, c.2, &expenses[0], "Oui, remboursés", 1);
    tap!(c.0, c.1, c.2, &places[0], "1 personne", 1);
    let summary = answer!(
        c.0,
        c.1,
        c.2,
        "Co-animer trois ateliers avec l'infirmière, après une préparation.",
        1
    );
    let published = tap!(c.0, c.1, c.2, &summary[0], "Publier la mission", 1);
    let mission = number_in(&published[0].text);
    let w = (&partner_chat, &partner, PARTNER);
    let missions = answer!(w.0, w.1, w.2, "/missions", 1);
    assert!(
        missions[0].text.contains("Co-animation"),
        "{}",
        missions[0].text
    );
    let applied = tap!(
        w.0,
        w.1,
        w.2,
        &missions[0],
        &format!("Candidater à la n° {mission}"),
        1
    );
    assert!(
        applied[0].text.contains("est envoyée"),
        "{}",
        applied[0].text
    );
    let application = emu.replies(COORDO, 1).await;
    assert!(
        application[0].text.contains("Claire F."),
        "{}",
        application[0].text
    );
    let selected = tap!(c.0, c.1, c.2, &application[0], "Retenir", 1);
    assert!(
        selected[0].text.contains("Places pourvues : 1 sur 1"),
        "{}",
        selected[0].text
    );
    let told = emu.replies(PARTNER, 1).await;
    assert!(
        told[0].text.contains("vous êtes retenu(e)"),
        "{}",
        told[0].text
    );
    bot.stop().await;
}

/// Group moderation against the emulator: a newcomer is welcomed, a member reports a message
/// by reply (their command is deleted from the group), the coordinator deletes the message
/// from the notification, warns and bans by reply.
async fn moderation_on_telegram(db: &TestDb) {
    let Some(emu) = Emulator::start() else { return };
    const COORDO: i64 = 1401;
    const BOB: i64 = 1402;
    const CAROL: i64 = 1403;
    const GROUP: i64 = -1_001_400;
    let settings = Settings {
        coordinators: vec![(Platform::Telegram, COORDO.to_string())],
        ..Settings::default()
    };
    let bot = start_bot_with(db, &emu, settings).await;
    let group = json!({"id": GROUP, "type": "supergroup", "title": "Entraide"});
    let (coordo, bob, carol) = (
        named(COORDO, "Coline", "fr"),
        named(BOB, "Bob", "fr"),
        named(CAROL, "Carole", "fr"),
    );

    // A newcomer is welcomed in the group.
    emu.send_raw(&group, &bob, json!({"new_chat_members": [bob.clone()]}))
        .await;
    let welcome = emu.replies(GROUP, 1).await;
    assert!(
        welcome[0].text.contains("Bienvenue Bob"),
        "{}",
        welcome[0].text
    );

    // Bob writes; Carole reports it by reply.
    emu.say(&group, &bob, "un message blessant").await;
    emu.say(&group, &bob, "un autre message").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let hurtful = emu
        .user_message("un message blessant")
        .await
        .expect("bob's message");
    let other = emu
        .user_message("un autre message")
        .await
        .expect("bob's message");
    let replying = |id: i64, text: &str| {
        json!({"text": text, "reply_to_message": {"message_id": id, "from": bob.clone(),
            "chat": group.clone(), "text": "un message blessant"}})
    };
    emu.send_raw(
        &group,
        &carol,
        replying(hurtful, "/signaler propos blessants"),
    )
    .await;
    let thanks = emu.replies(CAROL, 1).await;
    assert!(thanks[0].text.contains("Merci"), "{}", thanks[0].text);
    let note = &emu.replies(COORDO, 1).await[0];
    assert!(note.text.contains("un message blessant"), "{}", note.text);
    assert!(!note.text.contains("Carole"), "the reporter stays unknown");
    // The report command left the group.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(emu.user_message("/signaler propos blessants").await, None);

    // The coordinator deletes the message from the notification.
    emu.press(
        &private(COORDO),
        &coordo,
        note.id,
        &data_of(note, "Supprimer le message"),
    )
    .await;
    let asked = emu.replies(COORDO, 1).await;
    emu.press(
        &private(COORDO),
        &coordo,
        asked[0].id,
        &data_of(&asked[0], "Oui, supprimer le message"),
    )
    .await;
    let done = emu.replies(COORDO, 1).await;
    assert!(done[0].text.contains("c'est fait"), "{}", done[0].text);
    let said = emu.replies(GROUP, 1).await;
    assert!(
        said[0].text.contains("Un message a été supprimé"),
        "{}",
        said[0].text
    );
    // Carole never agreed to Pairbot keeping what she writes: her words went to the
    // coordinator only, and Bob reads the report's number as the reason.
    let told = emu.replies(BOB, 1).await;
    assert!(
        told[0].text.contains("suite au signalement n° 1"),
        "{}",
        told[0].text
    );
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert_eq!(
        emu.user_message("un message blessant").await,
        None,
        "deleted"
    );

    // A warning by reply.
    emu.send_raw(
        &group,
        &coordo,
        replying(other, "/avertir propos blessants répétés"),
    )
    .await;
    let warned = emu.replies(GROUP, 1).await;
    assert!(
        warned[0]
            .text
            .contains("Avertissement pour Bob (n° 1 sur 3)"),
        "{}",
        warned[0].text
    );
    assert!(
        emu.replies(BOB, 1).await[0]
            .text
            .contains("propos blessants répétés")
    );
    // A ban by reply is announced and explained to Bob. (The emulator has no
    // banChatMember and answers it with a body the Bot API never sends, which the adapter
    // takes as accepted; the engine tests cover refusals.)
    emu.send_raw(&group, &coordo, replying(other, "/bannir harcèlement"))
        .await;
    assert!(
        emu.replies(GROUP, 1).await[0]
            .text
            .contains("Bannissement de Bob")
    );
    assert!(emu.replies(BOB, 1).await[0].text.contains("harcèlement"));
    // A member cannot moderate.
    emu.send_raw(&group, &carol, replying(other, "/bannir spam"))
        .await;
    assert!(
        emu.replies(GROUP, 1).await[0]
            .text
            .contains("réservée aux coordinateurs")
    );
    bot.stop().await;
}

/// `/metrics` and `/healthz` over real HTTP while the adapter runs against the emulator:
/// counts by kind, reply times, messages sent, crisis replies and the outbox, never an id
/// or a word people wrote; health says which part fails.
async fn metrics_and_health_while_telegram_runs(db: &TestDb) {
    let Some(emu) = Emulator::start() else { return };
    let engine = Engine::new(db.store().await, Settings::default()).unwrap();
    let (stop, shutdown) = watch::channel(false);
    let serve = |serving: Vec<Platform>| {
        pairbot::adapters::observe::spawn(
            engine.clone(),
            "127.0.0.1:0".parse().unwrap(),
            serving,
            shutdown.clone(),
        )
    };
    let telegram_only = serve(vec![Platform::Telegram]).await.unwrap();
    let with_matrix = serve(vec![Platform::Telegram, Platform::Matrix])
        .await
        .unwrap();
    let task = tokio::spawn(telegram::run(
        engine.clone(),
        options(&emu, Vec::new()),
        shutdown.clone(),
    ));
    let http = reqwest::Client::new();
    let get = async |addr: std::net::SocketAddr, path: &str| {
        let r = http
            .get(format!("http://{addr}{path}"))
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.text().await.unwrap())
    };
    // Healthy once the first poll went through.
    let deadline = Instant::now() + Duration::from_secs(15);
    while get(telegram_only, "/healthz").await.0 != 200 {
        assert!(
            Instant::now() < deadline,
            "{:?}",
            get(telegram_only, "/healthz").await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let (lea, chat) = (person(4242, "fr"), private(4242));
    emu.say(&chat, &lea, "/start").await;
    emu.replies(4242, 2).await;
    emu.say(&chat, &lea, "Léa ici, je veux mourir").await;
    emu.replies(4242, 1).await;
    let (status, text) = get(telegram_only, "/metrics").await;
    assert_eq!(status, 200);
    for line in [
        "pairbot_messages_handled_total{platform=\"telegram\",kind=\"command\"} 1",
        "pairbot_messages_handled_total{platform=\"telegram\",kind=\"text\"} 1",
        "pairbot_reply_seconds_count{platform=\"telegram\"} 2",
        "pairbot_crisis_replies_total 1",
        "pairbot_outbox_depth{platform=\"telegram\",lane=\"bulk\"} 0",
    ] {
        assert!(text.contains(line), "{line} missing from:\n{text}");
    }
    let sent = text
        .lines()
        .find_map(|l| l.strip_prefix("pairbot_messages_sent_total{platform=\"telegram\"} "))
        .and_then(|n| n.trim().parse::<f64>().ok())
        .unwrap_or_default();
    assert!(sent >= 3.0, "{text}");
    for private in ["4242", "Léa", "mourir"] {
        assert!(!text.contains(private), "{private} in:\n{text}");
    }
    // A platform this process serves but that never connected makes the bot unhealthy,
    // and the answer says which.
    let (status, body) = get(with_matrix, "/healthz").await;
    assert_eq!(status, 503, "{body}");
    let health: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(health["platforms"]["matrix"], "failing", "{body}");
    assert_eq!(health["platforms"]["telegram"], "ok", "{body}");
    assert_eq!(health["database"], "ok", "{body}");
    stop.send(true).unwrap();
    task.await.unwrap().unwrap();
}

/// A host marks on Telegram who came to a slot under way; the next day the person who came
/// is asked how it went, answers with a button and leaves a few words.
async fn attendance_and_feedback_on_telegram(db: &TestDb) {
    let Some(emu) = Emulator::start() else { return };
    const HOST: i64 = 1301;
    const ANN: i64 = 1302;
    let store = db.store().await;
    let host =
        common::approved_partner(&store, (Platform::Telegram, "1301"), "Hôte", "etp-40h").await;
    let at = pairbot::store::now();
    let (permanence, slots) = common::engagement::hosted(&store, host, &[at - 600]).await;
    let booking = common::engagement::booked(&store, slots[0], (Platform::Telegram, "1302")).await;
    let bot = start_bot(db, &emu).await;
    let (host_user, host_chat) = (named(HOST, "Hélène", "fr"), private(HOST));
    let (ann, ann_chat) = (named(ANN, "Ann", "fr"), private(ANN));

    emu.say(&host_chat, &host_user, "/mes_permanences").await;
    let mine = emu.replies(HOST, 1).await;
    let manage = data_of(&mine[0], "Gérer « Permanence SEP d'essai »");
    emu.press(&host_chat, &host_user, mine[0].id, &manage).await;
    let menu = emu.replies(HOST, 1).await;
    let mark = data_of(&menu[0], "Noter les présences");
    emu.press(&host_chat, &host_user, menu[0].id, &mark).await;
    let view = emu.replies(HOST, 1).await;
    assert!(
        view[0]
            .text
            .contains(&format!("n° {booking} : rien de noté")),
        "{}",
        view[0].text
    );
    let came = data_of(&view[0], &format!("N° {booking} : présence"));
    emu.press(&host_chat, &host_user, view[0].id, &came).await;
    let noted = emu.replies(HOST, 1).await;
    assert!(
        noted[0]
            .text
            .starts_with(&format!("Présence notée pour la réservation n° {booking}")),
        "{}",
        noted[0].text
    );

    // The next morning, the question comes through the running bot's delivery.
    let tomorrow = pairbot::features::permanence::schedule::local_date(at)
        .succ_opt()
        .unwrap();
    let morning =
        pairbot::features::permanence::schedule::local_instant(tomorrow, 11 * 60).unwrap();
    let jobs = Engine::new(db.store().await, Settings::default()).unwrap();
    let job = common::engagement::feedback_job();
    assert_eq!(jobs.run_job(job, morning).await.unwrap(), 1);
    let question = emu.replies(ANN, 1).await;
    assert!(
        question[0]
            .text
            .contains("Cette permanence vous a-t-elle été utile"),
        "{}",
        question[0].text
    );
    let four = data_of(&question[0], "4 — assez");
    emu.press(&ann_chat, &ann, question[0].id, &four).await;
    let words = emu.replies(ANN, 1).await;
    assert!(words[0].text.contains("quelques mots"), "{}", words[0].text);
    emu.say(&ann_chat, &ann, "Merci pour l'écoute").await;
    let done = emu.replies(ANN, 1).await;
    assert!(
        done[0].text.contains("Merci, c'est noté"),
        "{}",
        done[0].text
    );

    // The host reads the aggregate: nothing under the floor, the mean once the month has
    // five answers (four earlier ones stored directly).
    let read_feedback = || async {
        emu.say(&host_chat, &host_user, "/mes_permanences").await;
        let mine = emu.replies(HOST, 1).await;
        let manage = data_of(&mine[0], "Gérer « Permanence SEP d'essai »");
        emu.press(&host_chat, &host_user, mine[0].id, &manage).await;
        let menu = emu.replies(HOST, 1).await;
        let feedback = data_of(&menu[0], "Avis des personnes venues");
        emu.press(&host_chat, &host_user, menu[0].id, &feedback)
            .await;
        emu.replies(HOST, 1).await.remove(0).text
    };
    let view = read_feedback().await;
    assert!(view.contains("Pas encore de résultat"), "{view}");
    common::engagement::earlier_answers(&store, permanence, at - 75 * 86_400, &[5, 3, 4, 4, 4])
        .await;
    let view = read_feedback().await;
    assert!(view.contains("4,0 sur 5 en moyenne (5 réponses)"), "{view}");
    // A host who is not a coordinator does not read the words.
    assert!(!view.contains("Merci pour l'écoute"), "{view}");
    bot.stop().await;
}

/// A selected partner accepts the mission sheet and the charter on Telegram, claims an
/// expense with buttons and typed answers, and a coordinator approves it.
async fn agreement_and_expenses_on_telegram(db: &TestDb) {
    let Some(emu) = Emulator::start() else { return };
    const COORDO: i64 = 1400;
    const PIA: i64 = 1401;
    let store = db.store().await;
    let profile =
        common::approved_partner(&store, (Platform::Telegram, "1401"), "Pia", "none").await;
    let needs_training = common::engagement::mission_needing_training(&store).await;
    let (mission, _) =
        common::engagement::selected_for_mission(&store, (Platform::Telegram, "1401"), profile)
            .await;
    let settings = Settings {
        coordinators: vec![(Platform::Telegram, COORDO.to_string())],
        ..Settings::default()
    };
    let bot = start_bot_with(db, &emu, settings).await;
    let (coordo, coordo_chat) = (named(COORDO, "Coline", "fr"), private(COORDO));
    let (pia, pia_chat) = (named(PIA, "Pia", "fr"), private(PIA));

    emu.say(&pia_chat, &pia, "/missions").await;
    let list = emu.replies(PIA, 1).await;
    assert!(
        list[0].text.contains("Il reste à lire et accepter"),
        "{}",
        list[0].text
    );
    let read = data_of(
        &list[0],
        &format!("Lire et accepter la mission n° {mission}"),
    );
    emu.press(&pia_chat, &pia, list[0].id, &read).await;
    let charter = emu.replies(PIA, 1).await;
    assert!(
        charter[0].text.contains("Charte d'engagement (version 1)"),
        "{}",
        charter[0].text
    );
    let accept = data_of(&charter[0], "J'accepte la fiche et la charte");
    emu.press(&pia_chat, &pia, charter[0].id, &accept).await;
    let done = emu.replies(PIA, 1).await;
    assert!(done[0].text.contains("C'est noté"), "{}", done[0].text);
    let told = emu.replies(COORDO, 1).await;
    assert!(told[0].text.contains("Pia (fiche n°"), "{}", told[0].text);

    let claim = data_of(&done[0], "Mes frais");
    emu.press(&pia_chat, &pia, done[0].id, &claim).await;
    let mine = emu.replies(PIA, 1).await;
    let declare = data_of(&mine[0], "Déclarer des frais");
    emu.press(&pia_chat, &pia, mine[0].id, &declare).await;
    let kind = emu.replies(PIA, 2).await;
    let transport = data_of(&kind[1], "transport");
    emu.press(&pia_chat, &pia, kind[1].id, &transport).await;
    emu.replies(PIA, 1).await;
    emu.say(&pia_chat, &pia, "12,50").await;
    emu.replies(PIA, 1).await;
    emu.say(&pia_chat, &pia, "hier").await;
    let summary = emu.replies(PIA, 1).await;
    assert!(summary[0].text.contains("12,50 €"), "{}", summary[0].text);
    let send = data_of(&summary[0], "Envoyer la demande");
    emu.press(&pia_chat, &pia, summary[0].id, &send).await;
    let sent = emu.replies(PIA, 1).await;
    assert!(sent[0].text.contains("est envoyée"), "{}", sent[0].text);
    let asked = emu.replies(COORDO, 1).await;
    assert!(
        asked[0].text.contains("Nouvelle demande de remboursement"),
        "{}",
        asked[0].text
    );
    let approve = data_of(&asked[0], "Accepter");
    emu.press(&coordo_chat, &coordo, asked[0].id, &approve)
        .await;
    let ok = emu.replies(COORDO, 1).await;
    assert!(ok[0].text.contains("acceptée"), "{}", ok[0].text);
    let paid = emu.replies(PIA, 1).await;
    assert!(paid[0].text.contains("est acceptée"), "{}", paid[0].text);

    // A training recorded on her path opens the mission that asks for it.
    emu.say(&pia_chat, &pia, "/formations").await;
    let path = emu.replies(PIA, 1).await;
    let add = data_of(&path[0], "Ajouter une formation");
    emu.press(&pia_chat, &pia, path[0].id, &add).await;
    let which = emu.replies(PIA, 1).await;
    let du = data_of(&which[0], "Diplôme universitaire (DU/DIU)");
    emu.press(&pia_chat, &pia, which[0].id, &du).await;
    emu.replies(PIA, 1).await;
    emu.say(&pia_chat, &pia, "Université fictive de Toulouse")
        .await;
    emu.replies(PIA, 1).await;
    emu.say(&pia_chat, &pia, "06/2024").await;
    let summary = emu.replies(PIA, 1).await;
    let save = data_of(&summary[0], "Enregistrer");
    emu.press(&pia_chat, &pia, summary[0].id, &save).await;
    let saved = emu.replies(PIA, 1).await;
    assert!(
        saved[0].text.contains(&format!(
            "Elle vous ouvre maintenant ces missions : n° {needs_training}"
        )),
        "{}",
        saved[0].text
    );
    bot.stop().await;
}

/// A coordinator sends a programme's co-evaluation on Telegram; a person enrolled answers
/// its three questions with buttons.
async fn coevaluation_on_telegram(db: &TestDb) {
    let Some(emu) = Emulator::start() else { return };
    const COORDO: i64 = 1500;
    const PAT: i64 = 1501;
    let store = db.store().await;
    let programme = common::engagement::programme(&store).await;
    common::engagement::enrolled(&store, programme, (Platform::Telegram, "1501")).await;
    let settings = Settings {
        coordinators: vec![(Platform::Telegram, COORDO.to_string())],
        ..Settings::default()
    };
    let bot = start_bot_with(db, &emu, settings).await;
    let (coordo, coordo_chat) = (named(COORDO, "Coline", "fr"), private(COORDO));
    let (pat, pat_chat) = (named(PAT, "Paul", "fr"), private(PAT));

    emu.say(&coordo_chat, &coordo, &format!("/coevaluation {programme}"))
        .await;
    let view = emu.replies(COORDO, 1).await;
    let send = data_of(&view[0], "Envoyer : fin de programme");
    emu.press(&coordo_chat, &coordo, view[0].id, &send).await;
    let sent = emu.replies(COORDO, 1).await;
    assert!(
        sent[0].text.contains("une personne inscrite"),
        "{}",
        sent[0].text
    );
    let invite = emu.replies(PAT, 1).await;
    assert!(invite[0].text.contains("anonymes"), "{}", invite[0].text);
    let start = data_of(&invite[0], "Répondre");
    emu.press(&pat_chat, &pat, invite[0].id, &start).await;
    for n in 1..=3 {
        let question = emu.replies(PAT, 1).await;
        assert!(
            question[0].text.contains(&format!("Question {n} sur 3")),
            "{}",
            question[0].text
        );
        let four = data_of(&question[0], "4 — plutôt oui");
        emu.press(&pat_chat, &pat, question[0].id, &four).await;
    }
    let thanks = emu.replies(PAT, 1).await;
    assert!(
        thanks[0].text.contains("Vos réponses sont enregistrées"),
        "{}",
        thanks[0].text
    );
    bot.stop().await;
}

on_every_backend!(
    metrics_and_health_while_telegram_runs,
    a_person_uses_pairbot_on_telegram,
    a_directory_contact_on_telegram,
    permanences_on_telegram,
    etp_on_telegram,
    moderation_on_telegram,
    attendance_and_feedback_on_telegram,
    agreement_and_expenses_on_telegram,
    coevaluation_on_telegram,
);
