//! End-to-end behaviour of the core through the engine, on SQLite and PostgreSQL.

// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, Recorder, TestDb, group_text, last_choices, texts};
use pairbot::app::Engine;
use pairbot::core::command::MAX_MESSAGE_CHARS;
use pairbot::core::{Body, Incoming, Platform, SendError, Settings};
use pairbot::features::quiz::QUESTIONS;
use pairbot::store::PERSONAL_TABLES;
use std::time::Duration;

async fn start_explains_and_asks_consent(db: &TestDb) {
    let h = Harness::new(db).await;
    let out = h.say("alice", "/start").await;
    let intro = &out[0].text;
    assert!(intro.contains("Pairbot"), "{intro}");
    assert!(
        intro.contains("ne sont pas des professionnels de santé"),
        "{intro}"
    );
    let all = texts(&out);
    assert!(
        intro.contains("/mes_donnees") && all.contains("/oublier"),
        "{all}"
    );
    assert_eq!(last_choices(&out), ["consent:yes", "consent:no"]);
    // Nothing about alice is stored before she answers, beyond the offered choices.
    assert_eq!(h.rows("users", "alice").await, 0);
    h.close().await;
}

async fn consent_by_number_is_recorded(db: &TestDb) {
    let h = Harness::new(db).await;
    h.say("alice", "/start").await;
    let thanks = h.say_text("alice", "1").await;
    assert!(thanks.contains("accord est enregistré"), "{thanks}");
    assert_eq!(h.rows("users", "alice").await, 1);
    let again = h.say_text("alice", "/consentement").await;
    assert!(again.contains("Vous avez donné votre accord le"), "{again}");
    h.close().await;
}

async fn declining_consent_stores_nothing_and_keeps_the_free_features(db: &TestDb) {
    let h = Harness::new(db).await;
    h.say("bob", "/start").await;
    let reply = h.say_text("bob", "non").await;
    assert!(reply.contains("je n'enregistre rien de plus"), "{reply}");
    // No account, no dialogue: only the bot's own offered choices wait for an answer.
    for table in ["users", "dialogues", "outbox"] {
        let n = h
            .engine
            .store()
            .count_user_rows(table, "console", "bob")
            .await
            .unwrap();
        assert_eq!(n, 0, "{table} holds {n} row(s) about bob");
    }
    assert!(
        h.say_text("bob", "/definition ETP")
            .await
            .contains("éducation thérapeutique")
    );
    assert!(h.say_text("bob", "/urgence").await.contains("3114"));
    assert!(h.say_text("bob", "/quiz").await.contains("Question 1 sur"));
    h.close().await;
}

async fn definitions_forgive_typos_and_suggest(db: &TestDb) {
    let h = Harness::new(db).await;
    let card = h.say_text("a", "/def représentant des usagé").await;
    assert!(card.starts_with("Représentant des usagers"), "{card}");
    assert!(card.contains("Source :"), "{card}");
    let out = h.say("a", "/definition patient").await;
    assert!(out[0].text.contains("Vouliez-vous dire"), "{}", out[0].text);
    let first = last_choices(&out)[0].clone();
    assert!(first.starts_with("def:"), "{first}");
    // Picking a suggestion by its number shows that term.
    let picked = h.say_text("a", "1").await;
    assert!(picked.contains("Source :"), "{picked}");
    let unknown = h.say("a", "/definition xkcdqwerty").await;
    assert!(unknown[0].text.contains("Je ne trouve pas « xkcdqwerty »"));
    assert_eq!(last_choices(&unknown), ["cmd:glossaire"]);
    h.close().await;
}

async fn definition_without_a_word_asks_for_it(db: &TestDb) {
    let h = Harness::new(db).await;
    assert!(h.say_text("a", "/definition").await.contains("Quel mot"));
    let card = h.say_text("a", "pairaidance").await;
    assert!(card.starts_with("Pair-aidance"), "{card}");
    // The dialogue is over: the next text is free text again.
    let next = h.say_text("a", "blabla").await;
    assert!(next.contains("je n'ai pas bien compris"), "{next}");
    h.close().await;
}

async fn definitions_answer_in_the_users_language(db: &TestDb) {
    let h = Harness::new(db).await;
    let mut msg =
        Incoming::private_text(Platform::Console, "amy", "/define education therapeutique");
    msg.language = Some("en-GB".into());
    let out = h.send(msg).await;
    assert!(
        out[0].text.contains("Therapeutic patient education"),
        "{}",
        out[0].text
    );
    // /langue overrides the platform language and is remembered.
    let set = h.say_text("amy", "/langue fr").await;
    assert!(set.contains("en français"), "{set}");
    let mut msg = Incoming::private_text(Platform::Console, "amy", "/aide");
    msg.language = Some("en".into());
    assert!(texts(&h.send(msg).await).contains("Voici ce que je sais faire"));
    let bad = h.say("amy", "/langue klingon").await;
    assert_eq!(last_choices(&bad), ["lang:fr", "lang:en"]);
    h.close().await;
}

async fn glossary_pages_through_every_term(db: &TestDb) {
    let h = Harness::new(db).await;
    let mut seen = Vec::new();
    let mut out = h.say("a", "/glossaire").await;
    loop {
        let choices = &out.last().unwrap().choices;
        seen.extend(
            choices
                .iter()
                .filter(|c| c.data.starts_with("def:"))
                .map(|c| c.data.clone()),
        );
        let Some(next) = choices
            .iter()
            .find(|c| c.data.starts_with("gloss:") && c.label.contains('▶'))
        else {
            break;
        };
        let msg = Incoming {
            body: Body::Choice(next.data.clone()),
            ..Incoming::private_text(Platform::Console, "a", "")
        };
        out = h.send(msg).await;
    }
    let total = h.engine.glossary().terms().len();
    seen.sort();
    seen.dedup();
    assert_eq!(
        seen.len(),
        total,
        "every term appears exactly once across pages"
    );
    h.close().await;
}

async fn quiz_runs_to_a_score(db: &TestDb) {
    let h = Harness::new(db).await;
    let out = h.say("q", "/quiz").await;
    assert!(texts(&out).contains("Question 1 sur 10"));
    for (i, (_, truth)) in QUESTIONS.iter().enumerate() {
        // Answer right on even questions, typing the word, and wrong on odd ones by number.
        let answer_right = i % 2 == 0;
        let reply = if answer_right {
            h.say_text("q", if *truth { "vrai" } else { "faux" }).await
        } else {
            h.say_text("q", if *truth { "2" } else { "1" }).await
        };
        let expected = if answer_right {
            "Bonne réponse"
        } else {
            "Pas tout à fait"
        };
        assert!(reply.contains(expected), "question {}: {reply}", i + 1);
    }
    // The quiz is over: "vrai" is free text again.
    let end = h.say_text("q", "vrai").await;
    assert!(end.contains("je n'ai pas bien compris"), "{end}");
    h.close().await;
}

async fn quiz_score_is_counted(db: &TestDb) {
    let h = Harness::new(db).await;
    h.say("q", "/quiz").await;
    let mut last = String::new();
    for (i, (_, truth)) in QUESTIONS.iter().enumerate() {
        let answer = if i < 3 { *truth } else { !*truth };
        last = h.say_text("q", if answer { "vrai" } else { "faux" }).await;
    }
    assert!(last.contains("3 bonnes réponses sur 10"), "{last}");
    h.close().await;
}

async fn quiz_invalid_answer_repeats_the_question(db: &TestDb) {
    let h = Harness::new(db).await;
    h.say("q", "/quiz").await;
    let out = h.say("q", "peut-être").await;
    assert!(texts(&out).contains("Répondez par « vrai » ou « faux »"));
    assert!(texts(&out).contains("Question 1 sur 10"));
    assert_eq!(last_choices(&out), ["quiz:0:true", "quiz:0:false"]);
    h.close().await;
}

async fn a_restart_resumes_the_dialogue_at_the_same_step(db: &TestDb) {
    let h = Harness::new(db).await;
    h.say("r", "/quiz").await;
    h.say("r", "faux").await;
    h.close().await;
    // A new engine on the same database, as after a restart.
    let h = Harness::new(db).await;
    let out = h.say_text("r", "2").await;
    assert!(out.contains("Question 3 sur 10"), "{out}");
    h.close().await;
}

async fn cancel_leaves_any_dialogue(db: &TestDb) {
    let h = Harness::new(db).await;
    assert!(h.say_text("c", "/annuler").await.contains("rien en cours"));
    h.say("c", "/quiz").await;
    assert!(h.say_text("c", "/cancel").await.contains("C'est annulé"));
    assert!(
        h.say_text("c", "vrai")
            .await
            .contains("je n'ai pas bien compris")
    );
    h.close().await;
}

async fn my_data_lists_and_exports_everything(db: &TestDb) {
    let h = Harness::new(db).await;
    let empty = h.say_text("d", "/mes_donnees").await;
    assert!(empty.contains("ne garde rien d'autre"), "{empty}");
    h.say("d", "/start").await;
    h.say("d", "oui").await;
    h.say("d", "/langue en").await;
    h.say("d", "/quiz").await;
    let out = h.say("d", "/my_data").await;
    let text = &out[0].text;
    assert!(
        text.contains("Your account") && text.contains("Exchanges in progress"),
        "{text}"
    );
    let file = out[1].attachment.as_ref().expect("JSON export attached");
    assert!(out[1].text.is_empty(), "the file travels on its own");
    let json: serde_json::Value = serde_json::from_str(&file.content).unwrap();
    assert_eq!(json["user_id"], "d");
    assert_eq!(json["tables"]["users"][0]["locale"], "en");
    assert!(json["tables"]["users"][0]["consent_at"].is_i64());
    assert_eq!(json["tables"]["dialogues"][0]["kind"], "quiz");
    h.close().await;
}

async fn forget_erases_every_row_after_confirmation(db: &TestDb) {
    let h = Harness::new(db).await;
    h.say("f", "/start").await;
    h.say("f", "1").await;
    h.say("f", "/langue en").await;
    h.send(group_text("f", "g1", "/quiz")).await;
    // A message for f waiting on a platform that is not running.
    let mut tx = h.engine.store().begin().await.unwrap();
    tx.push_outbox(
        &pairbot::core::Outgoing {
            platform: Platform::Console,
            chat: Some(pairbot::core::ChatId("g1".into())),
            user: pairbot::core::UserId("f".into()),
            text: "later".into(),
            choices: vec![],
            attachment: None,
            moderation: None,
        },
        pairbot::core::Lane::Notice,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let ask = h.say("f", "/forget").await;
    assert_eq!(last_choices(&ask), ["forget:yes", "forget:no"]);
    assert!(h.say_text("f", "2").await.contains("not erased anything"));
    assert_eq!(h.rows("users", "f").await, 1);
    h.say("f", "/oublier").await;
    let done = h.say_text("f", "1").await;
    assert!(done.contains("has been erased"), "{done}");
    for table in h.engine.store().table_names().await.unwrap() {
        if PERSONAL_TABLES.contains(&table.as_str()) {
            let n = h
                .engine
                .store()
                .count_user_rows(&table, "console", "f")
                .await
                .unwrap();
            assert_eq!(n, 0, "{table} still holds {n} row(s) about f");
        }
    }
    h.close().await;
}

async fn crisis_wording_gets_emergency_contacts_first(db: &TestDb) {
    let h = Harness::new(db).await;
    let out = h.say("s", "je n'en peux plus, j'ai envie de mourir").await;
    assert_eq!(out.len(), 1, "no 'I did not understand' after the contacts");
    for number in ["3114", "15", "112", "114"] {
        assert!(out[0].text.contains(number), "{number} missing");
    }
    // During a dialogue, free text after the contacts gets nothing more, and the dialogue
    // waits: no "answer vrai or faux" under the emergency numbers.
    h.say("s", "/quiz").await;
    let out = h.say("s", "je veux me suicider").await;
    assert_eq!(out.len(), 1, "{}", texts(&out));
    assert!(out[0].text.contains("3114"));
    assert!(h.say_text("s", "vrai").await.contains("Question 2 sur 10"));
    // A command with crisis wording still runs after the contacts.
    let out = h.say("s", "/aide je veux mourir").await;
    assert!(out[0].text.contains("3114"));
    assert!(out.len() == 2, "{}", texts(&out));
    // Ordinary health talk does not raise the alarm.
    let calm = h.say_text("s", "/definition observance").await;
    assert!(!calm.contains("3114"));
    h.close().await;
}

async fn crisis_in_a_group_is_answered_in_private(db: &TestDb) {
    let h = Harness::new(db).await;
    let out = h.send(group_text("g", "room", "je veux mourir")).await;
    let public: Vec<_> = out.iter().filter(|m| m.chat.is_some()).collect();
    let private: Vec<_> = out.iter().filter(|m| m.chat.is_none()).collect();
    assert_eq!((public.len(), private.len()), (1, 1), "{}", texts(&out));
    assert!(private[0].text.contains("114"));
    assert!(public[0].text.contains("3114") && !public[0].text.contains("je veux mourir"));
    h.close().await;
}

async fn long_messages_are_refused_kindly(db: &TestDb) {
    let h = Harness::new(db).await;
    let long = "a".repeat(MAX_MESSAGE_CHARS + 1);
    assert!(h.say_text("l", &long).await.contains("trop long"));
    let limit = "é".repeat(MAX_MESSAGE_CHARS);
    assert!(!h.say_text("l", &limit).await.contains("trop long"));
    h.close().await;
}

async fn unknown_input_always_gets_a_reply(db: &TestDb) {
    let h = Harness::new(db).await;
    for text in ["bonjour", "???", "/", "/xyz", "/defintion", "🙂", "12"] {
        let out = h.say("u", text).await;
        assert!(!out.is_empty(), "no reply to {text:?}");
    }
    let close = h.say("u", "/defintion").await;
    assert_eq!(last_choices(&close)[0], "cmd:definition");
    let stale = h.send(Incoming {
        body: Body::Choice("nonsense:42".into()),
        ..Incoming::private_text(Platform::Console, "u", "")
    });
    assert!(texts(&stale.await).contains("n'est plus valable"));
    h.close().await;
}

async fn small_talk_and_stray_answers_keep_the_conversation(db: &TestDb) {
    let h = Harness::new(db).await;
    // A first "bonjour" is welcomed with what Pairbot is and the consent question.
    let out = h.say("n", "Bonjour !").await;
    assert!(texts(&out).contains("je suis Pairbot"), "{}", texts(&out));
    assert_eq!(last_choices(&out), ["consent:yes", "consent:no"]);
    // An answer that is none of the choices asks the same question again…
    let out = h.say("n", "d'accord").await;
    assert!(
        texts(&out).contains("pas compris votre réponse"),
        "{}",
        texts(&out)
    );
    assert_eq!(last_choices(&out), ["consent:yes", "consent:no"]);
    let out = h.say("n", "9").await;
    assert!(
        texts(&out).contains("Le numéro 9 ne fait pas partie"),
        "{}",
        texts(&out)
    );
    assert!(texts(&out).contains("de 1 à 2"), "{}", texts(&out));
    assert_eq!(last_choices(&out), ["consent:yes", "consent:no"]);
    let out = h.say("n", "-1").await;
    assert!(texts(&out).contains("Le numéro -1"), "{}", texts(&out));
    // … so that the next number still answers it.
    assert!(h.say_text("n", "1").await.contains("accord est enregistré"));
    assert_eq!(h.rows("users", "n").await, 1);
    // Known people are greeted and thanked, with what most people come for.
    let out = h.say("n", "salut").await;
    assert!(texts(&out).starts_with("Bonjour"), "{}", texts(&out));
    let menu = last_choices(&out);
    assert!(menu.contains(&"cmd:chercher".to_owned()), "{menu:?}");
    assert!(menu.contains(&"cmd:permanences".to_owned()), "{menu:?}");
    let out = h.say("n", "merci beaucoup !").await;
    assert!(texts(&out).contains("Avec plaisir"), "{}", texts(&out));
    // Without choices pending, a number or a sentence gets the menu.
    h.say("n", "/urgence").await;
    let out = h.say("n", "je suis perdu").await;
    assert!(texts(&out).contains("pas bien compris"), "{}", texts(&out));
    assert!(last_choices(&out).contains(&"cmd:chercher".to_owned()));
    h.close().await;
}

async fn groups_keep_personal_commands_private(db: &TestDb) {
    let h = Harness::new(db).await;
    assert!(
        h.send(group_text("g", "room", "bonjour tout le monde"))
            .await
            .is_empty()
    );
    let out = h.send(group_text("g", "room", "/mes_donnees")).await;
    assert!(out[0].text.contains("message privé"), "{}", out[0].text);
    assert_eq!(out[0].chat.as_ref().unwrap().0, "room");
    let def = h.send(group_text("g", "room", "/def@pairbot GEM")).await;
    assert!(def[0].text.contains("entraide"), "{}", def[0].text);
    // Long chatter is not for the bot; an empty /definition asks for the word inline.
    assert!(
        h.send(group_text("g", "room", &"blabla ".repeat(700)))
            .await
            .is_empty()
    );
    let ask = h.send(group_text("g", "room", "/definition")).await;
    assert!(
        ask[0].text.contains("/definition pair-aidance"),
        "{}",
        ask[0].text
    );
    assert!(
        h.send(group_text("g", "room", "on se voit jeudi ?"))
            .await
            .is_empty()
    );
    // A quiz in a group ignores chatter and takes answers.
    h.send(group_text("g", "room", "/quiz")).await;
    assert!(
        h.send(group_text("g", "room", "bonne idée ce quiz"))
            .await
            .is_empty()
    );
    assert!(texts(&h.send(group_text("g", "room", "faux")).await).contains("Question 2"));
    h.close().await;
}

async fn personal_commands_continue_in_private(db: &TestDb) {
    let h = Harness::new(db).await;
    let out = h.send(group_text("p", "room", "/mes_donnees")).await;
    assert_eq!(last_choices(&out), ["private:mes_donnees"]);
    // Picking it (a typed number in the group) answers in the private chat.
    let out = h.send(group_text("p", "room", "1")).await;
    assert!(out[0].chat.is_none(), "must be private: {:?}", out[0].chat);
    // Without consent, only the group's moderation counters (opaque ids, numbers) exist.
    assert!(
        out[0]
            .text
            .contains("Groupes où vous avez écrit (compteurs seulement)"),
        "{}",
        out[0].text
    );
    assert!(!out[0].text.contains("/mes_donnees"), "{}", out[0].text);
    // A deep link `/start mes_donnees` runs the command directly.
    let out = h.say_text("p", "/start mes_donnees").await;
    assert!(
        out.contains("Voici tout ce que Pairbot garde sur vous"),
        "{out}"
    );
    let intro = h.say_text("p", "/start nimportequoi").await;
    assert!(intro.contains("je suis Pairbot"), "{intro}");
    h.close().await;
}

async fn stale_quiz_buttons_do_not_answer_the_next_question(db: &TestDb) {
    let h = Harness::new(db).await;
    h.say("b", "/quiz").await;
    let press = |data: &str| Incoming {
        body: Body::Choice(data.into()),
        ..Incoming::private_text(Platform::Console, "b", "")
    };
    assert!(texts(&h.send(press("quiz:0:false")).await).contains("Question 2 sur 10"));
    // The same button again (a double tap): stale, question 2 is not answered by it.
    assert!(texts(&h.send(press("quiz:0:false")).await).contains("n'est plus valable"));
    assert!(texts(&h.send(press("quiz:1:true")).await).contains("Question 3 sur 10"));
    h.close().await;
}

async fn offered_choices_answer_only_the_next_message(db: &TestDb) {
    let h = Harness::new(db).await;
    let out = h.say("c", "/definition patient").await;
    assert!(last_choices(&out)[0].starts_with("def:"));
    assert_eq!(h.rows("choice_sets", "c").await, 1);
    // A reply without choices forgets the earlier ones: "1" no longer picks a term.
    let out = h.say("c", "/urgence").await;
    assert!(last_choices(&out).is_empty());
    assert_eq!(h.rows("choice_sets", "c").await, 0);
    let typed = h.say_text("c", "1").await;
    assert!(!typed.contains("Source :"), "{typed}");
    // New choices replace the old ones, and picking one uses them up.
    h.say("c", "/definition patient").await;
    let suggestions = h.say("c", "/definition pair").await;
    let first = last_choices(&suggestions)[0].clone();
    let card = h.say_text("c", "1").await;
    assert!(card.contains("Source :"), "{card}");
    let term = first.trim_start_matches("def:");
    assert!(
        pairbot::core::text::fold(&card).contains(&pairbot::core::text::fold(term)),
        "{first} → {card}"
    );
    h.close().await;
}

async fn a_replayed_event_is_acted_on_once(db: &TestDb) {
    let h = Harness::new(db).await;
    let mut msg = Incoming::private_text(Platform::Console, "e", "/aide");
    msg.event_id = Some("update-7".into());
    assert_eq!(h.send(msg.clone()).await.len(), 1);
    assert!(h.send(msg).await.is_empty());
    h.close().await;
}

async fn messages_wait_for_their_platform_and_survive_failures(db: &TestDb) {
    let h = Harness::new(db).await;
    let mut msg = Incoming::private_text(Platform::Telegram, "777", "/aide");
    msg.event_id = None;
    h.engine.handle(&msg).await.unwrap();
    h.engine
        .handle(&Incoming::private_text(
            Platform::Telegram,
            "777",
            "/urgence",
        ))
        .await
        .unwrap();
    // The console adapter does not take Telegram messages.
    h.engine.deliver(&h.out).await.unwrap();
    assert!(h.out.take().is_empty());
    // Telegram comes up but is busy once: nothing is lost and the order holds.
    let telegram = Recorder::new(Platform::Telegram);
    telegram.script.lock().unwrap().push(Err(SendError::Retry {
        after: Duration::ZERO,
    }));
    assert_eq!(h.engine.deliver(&telegram).await.unwrap(), 0);
    assert_eq!(
        h.engine
            .store()
            .outbox_pending(Platform::Telegram)
            .await
            .unwrap(),
        2
    );
    // The retry waits at least a second.
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(h.engine.deliver(&telegram).await.unwrap(), 2);
    let sent = telegram.take();
    assert!(sent[0].text.contains("Voici ce que je sais faire"));
    assert!(sent[1].text.contains("3114"));
    // A message refused for good does not block the next ones.
    h.engine
        .handle(&Incoming::private_text(Platform::Telegram, "778", "/aide"))
        .await
        .unwrap();
    h.engine
        .handle(&Incoming::private_text(Platform::Telegram, "779", "/aide"))
        .await
        .unwrap();
    telegram
        .script
        .lock()
        .unwrap()
        .push(Err(SendError::Rejected));
    assert_eq!(h.engine.deliver(&telegram).await.unwrap(), 1);
    assert_eq!(telegram.take()[0].user.0, "779");
    h.close().await;
}

async fn messages_to_different_people_go_out_together_each_persons_in_order(db: &TestDb) {
    let h = Harness::new(db).await;
    let people = ["801", "802", "803", "804", "805"];
    let mut tx = h.engine.store().begin().await.unwrap();
    for round in 0..12 {
        for who in people {
            tx.push_outbox(
                &pairbot::core::Outgoing {
                    platform: Platform::Telegram,
                    chat: None,
                    user: pairbot::core::UserId(who.into()),
                    text: format!("{who}-{round}"),
                    choices: Vec::new(),
                    attachment: None,
                    moderation: None,
                },
                pairbot::core::Lane::Notice,
            )
            .await
            .unwrap();
        }
    }
    tx.commit().await.unwrap();
    let mut telegram = Recorder::new(Platform::Telegram);
    telegram.in_flight = 4;
    // Busy once, on the way: that person's later messages wait, nothing is lost.
    telegram.script.lock().unwrap().extend([
        Ok(()),
        Ok(()),
        Err(SendError::Retry {
            after: Duration::ZERO,
        }),
    ]);
    let first = h.engine.deliver(&telegram).await.unwrap();
    assert!(first < 60, "the busy platform stopped the round");
    tokio::time::sleep(Duration::from_millis(2100)).await;
    let rest = h.engine.deliver(&telegram).await.unwrap();
    assert_eq!(first + rest, 60);
    let sent = telegram.take();
    assert_eq!(sent.len(), 60, "each message once");
    for who in people {
        let theirs: Vec<String> = sent
            .iter()
            .filter(|m| m.user.0 == who)
            .map(|m| m.text.clone())
            .collect();
        let expected: Vec<String> = (0..12).map(|round| format!("{who}-{round}")).collect();
        assert_eq!(theirs, expected, "{who}'s messages in order");
    }
    // Sending was concurrent: several people's messages were on their way at once.
    let peak = telegram.peak.load(std::sync::atomic::Ordering::Acquire);
    assert!(peak > 1, "one message at a time: not concurrently");
    assert!(
        peak <= 4,
        "more on their way than the transport takes: {peak}"
    );
    h.close().await;
}

async fn a_database_failure_gets_a_kind_apology(db: &TestDb) {
    let store = db.store().await;
    let engine = Engine::new(store.clone(), Settings::default()).unwrap();
    store.close().await;
    let mut msg = Incoming::private_text(Platform::Console, "x", "/aide");
    msg.language = Some("en".into());
    assert!(engine.handle(&msg).await.is_err());
    let apology = engine
        .failure_reply(&msg)
        .expect("a private message gets an apology");
    assert!(
        apology.text.contains("technical problem"),
        "{}",
        apology.text
    );
    assert!(!apology.text.to_lowercase().contains("sql"));
    // The same event offered again (the database still down) is not apologised for twice.
    let mut replayed = msg.clone();
    replayed.event_id = Some("ev-1".into());
    assert!(engine.failure_reply(&replayed).is_some());
    assert!(engine.failure_reply(&replayed).is_none());
    // Group chatter never gets a public apology; a command in a group does.
    assert!(
        engine
            .failure_reply(&group_text("x", "room", "bonjour"))
            .is_none()
    );
    assert!(
        engine
            .failure_reply(&group_text("x", "room", "/aide"))
            .is_some()
    );
    // Even without a database, crisis wording gets the emergency numbers, privately.
    let mut crisis = group_text("x", "room", "I want to die");
    crisis.language = Some("en".into());
    let apology = engine
        .failure_reply(&crisis)
        .expect("crisis wording always gets the numbers");
    assert!(
        apology.text.contains("3114") && apology.chat.is_none(),
        "{}",
        apology.text
    );
}

async fn coordinators_come_from_settings(db: &TestDb) {
    let settings = Settings {
        coordinators: vec![(Platform::Console, "coordo".into())],
        ..Settings::default()
    };
    let h = Harness::with_settings(db, settings).await;
    assert!(
        h.engine
            .settings()
            .is_coordinator(Platform::Console, &pairbot::core::UserId("coordo".into()))
    );
    assert!(
        !h.engine
            .settings()
            .is_coordinator(Platform::Telegram, &pairbot::core::UserId("coordo".into()))
    );
    h.close().await;
}

async fn control_characters_never_break_a_reply(db: &TestDb) {
    let h = Harness::new(db).await;
    // PostgreSQL refuses NUL in text; the echo of the query must still be stored and sent.
    let out = h.say("nul", "/definition zz\u{0}qq\u{7}").await;
    assert!(out[0].text.contains("« zzqq »"), "{}", out[0].text);
    let mut msg = Incoming::private_text(Platform::Console, "z", "/start");
    msg.display_name = "Zo\u{0}é".into();
    let out = h.send(msg).await;
    assert!(out[0].text.starts_with("Bonjour Zoé,"), "{}", out[0].text);
    h.close().await;
}

on_every_backend!(
    control_characters_never_break_a_reply,
    start_explains_and_asks_consent,
    consent_by_number_is_recorded,
    declining_consent_stores_nothing_and_keeps_the_free_features,
    definitions_forgive_typos_and_suggest,
    definition_without_a_word_asks_for_it,
    definitions_answer_in_the_users_language,
    glossary_pages_through_every_term,
    quiz_runs_to_a_score,
    quiz_score_is_counted,
    quiz_invalid_answer_repeats_the_question,
    a_restart_resumes_the_dialogue_at_the_same_step,
    cancel_leaves_any_dialogue,
    my_data_lists_and_exports_everything,
    forget_erases_every_row_after_confirmation,
    crisis_wording_gets_emergency_contacts_first,
    long_messages_are_refused_kindly,
    unknown_input_always_gets_a_reply,
    small_talk_and_stray_answers_keep_the_conversation,
    groups_keep_personal_commands_private,
    a_replayed_event_is_acted_on_once,
    offered_choices_answer_only_the_next_message,
    personal_commands_continue_in_private,
    crisis_in_a_group_is_answered_in_private,
    stale_quiz_buttons_do_not_answer_the_next_question,
    messages_wait_for_their_platform_and_survive_failures,
    messages_to_different_people_go_out_together_each_persons_in_order,
    a_database_failure_gets_a_kind_apology,
    coordinators_come_from_settings,
);

mod properties {
    use pairbot::core::Choice;
    use pairbot::core::command::{match_choice, parse_command};
    use pairbot::core::text::{compact, fold};
    use pairbot::features::safety::is_crisis;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        /// Whatever people type, the pure parts of message handling never panic.
        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,200}") {
            let _ = fold(&text);
            let _ = compact(&text);
            let _ = is_crisis(&text);
            let _ = parse_command(&text);
            let pending = [Choice::new("Oui, j'accepte", "a"), Choice::new("Non merci", "b")];
            let _ = match_choice(&text, &pending);
        }

        /// Folding is idempotent and yields only lowercase ASCII words.
        #[test]
        fn folding_is_stable(text in "\\PC{0,100}") {
            let once = fold(&text);
            prop_assert_eq!(fold(&once), once.clone());
            prop_assert!(once.chars().all(|c| c == ' ' || c.is_ascii_lowercase() || c.is_ascii_digit()));
        }
    }

    #[test]
    fn glossary_lookup_never_panics_on_odd_input() {
        let i18n = pairbot::i18n::I18n::load().unwrap();
        let glossary = pairbot::features::glossary::Glossary::load(&i18n).unwrap();
        let mut runner = proptest::test_runner::TestRunner::default();
        runner
            .run(&"\\PC{0,120}", |text| {
                let _ = glossary.lookup(&text);
                Ok(())
            })
            .unwrap();
    }
}
