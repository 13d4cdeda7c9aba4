//! Store conformance: the same tests on SQLite and PostgreSQL.

// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::TestDb;
use pairbot::core::choice::{ChoiceSet, Slot};
use pairbot::core::{ChatId, Choice, Lane, Outgoing, Platform, UserId};
use pairbot::i18n::Lang;
use pairbot::store::{
    BookingOutcome, CancelOutcome, ContactStatus, DialogueState, MAX_ATTEMPTS, NewContact,
    NewPermanence, PERSONAL_TABLES, SenderId, Side, Store,
};

/// Tables that hold nothing about a person (checked against the schema).
const NON_PERSONAL_TABLES: &[&str] = &[
    "processed_events",
    "adapter_state",
    "directory_version",
    "directory_changes",
    "permanences",
    "permanence_themes",
    "permanence_hosts",
    "slots",
    "etp_programmes",
    "etp_themes",
    "etp_missions",
    "group_settings",
    "senders",
    "retired_counts",
    // Anonymous by design: a permanence, a month and a score or words, no person.
    "feedback_scores",
    "feedback_words",
    // A co-evaluation round counts who answered; its scores name nobody.
    "evaluation_rounds",
    "evaluation_scores",
];

use common::personal::msg;

async fn push(store: &Store, messages: &[Outgoing]) {
    let mut tx = store.begin().await.unwrap();
    for m in messages {
        tx.push_outbox(m, Lane::Notice).await.unwrap();
    }
    tx.commit().await.unwrap();
}

async fn users_language_and_consent(db: &TestDb) {
    let store = db.store().await;
    let (p, u) = (Platform::Telegram, UserId("42".into()));
    let mut tx = store.begin().await.unwrap();
    assert_eq!(tx.user(p, &u).await.unwrap(), None);
    tx.set_user_locale(p, &u, Lang::En).await.unwrap();
    let rec = tx.user(p, &u).await.unwrap().unwrap();
    assert_eq!((rec.locale, rec.consent_at), (Some(Lang::En), None));
    tx.give_consent(p, &u, 1).await.unwrap();
    let rec = tx.user(p, &u).await.unwrap().unwrap();
    assert_eq!(rec.locale, Some(Lang::En), "consent keeps the language");
    assert!(rec.consent_at.is_some());
    tx.commit().await.unwrap();
    // Another platform's user with the same id is another person.
    let mut tx = store.begin().await.unwrap();
    assert_eq!(tx.user(Platform::Matrix, &u).await.unwrap(), None);
    tx.rollback().await.unwrap();
    store.close().await;
}

async fn rollback_keeps_nothing(db: &TestDb) {
    let store = db.store().await;
    let u = UserId("a".into());
    let mut tx = store.begin().await.unwrap();
    tx.give_consent(Platform::Console, &u, 1).await.unwrap();
    tx.push_outbox(&msg(Platform::Console, "a", "x"), Lane::Notice)
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    let mut tx = store.begin().await.unwrap();
    assert_eq!(tx.user(Platform::Console, &u).await.unwrap(), None);
    tx.rollback().await.unwrap();
    assert_eq!(store.outbox_pending(Platform::Console).await.unwrap(), 0);
    store.close().await;
}

async fn dialogues_are_per_chat_and_user(db: &TestDb) {
    let store = db.store().await;
    let (p, u) = (Platform::Console, UserId("a".into()));
    let (c1, c2) = (ChatId("a".into()), ChatId("group".into()));
    let state = DialogueState {
        kind: "quiz".into(),
        step: 3,
        data: r#"{"score":2}"#.into(),
    };
    let mut tx = store.begin().await.unwrap();
    tx.set_dialogue(p, &c1, &u, &state).await.unwrap();
    assert_eq!(tx.dialogue(p, &c1, &u).await.unwrap(), Some(state.clone()));
    assert_eq!(tx.dialogue(p, &c2, &u).await.unwrap(), None);
    let next = DialogueState { step: 4, ..state };
    tx.set_dialogue(p, &c1, &u, &next).await.unwrap();
    assert_eq!(tx.dialogue(p, &c1, &u).await.unwrap().unwrap().step, 4);
    assert!(tx.clear_dialogue(p, &c1, &u).await.unwrap());
    assert!(!tx.clear_dialogue(p, &c1, &u).await.unwrap());
    tx.commit().await.unwrap();
    store.close().await;
}

async fn choice_sets_round_trip(db: &TestDb) {
    let store = db.store().await;
    let (p, c, u) = (
        Platform::Matrix,
        ChatId("!room".into()),
        UserId("@a:x".into()),
    );
    let choices = vec![
        Choice::new("Oui", "consent:yes"),
        Choice::new("Non", "consent:no"),
    ];
    let set = |slot, text: &str| ChoiceSet::offered(slot, None, text, choices.clone());
    let mut tx = store.begin().await.unwrap();
    tx.offer_choices(p, &c, &u, &set(Slot::Question, "Première ?"))
        .await
        .unwrap();
    // A question replaces the question; notifications add up, the newest five kept.
    tx.offer_choices(p, &c, &u, &set(Slot::Question, "Deuxième ?"))
        .await
        .unwrap();
    for n in 0..7 {
        tx.offer_choices(p, &c, &u, &set(Slot::Notice, &format!("Nouvelle {n}")))
            .await
            .unwrap();
    }
    let sets = tx.choice_sets(p, &c, &u).await.unwrap();
    let abouts: Vec<&str> = sets.iter().map(|s| s.about.as_str()).collect();
    assert_eq!(
        abouts,
        [
            "Deuxième ?",
            "Nouvelle 2",
            "Nouvelle 3",
            "Nouvelle 4",
            "Nouvelle 5",
            "Nouvelle 6"
        ]
    );
    assert_eq!(sets[0].choices, choices);
    // The sender state reads the same sets, with the dialogue kind.
    let state = tx.sender_state(p, &c, &u).await.unwrap();
    assert_eq!(state.pending, sets);
    assert_eq!(state.dialogue, None);
    let ids: Vec<i64> = sets.iter().map(|s| s.id).collect();
    tx.drop_choice_sets(&ids).await.unwrap();
    assert!(tx.choice_sets(p, &c, &u).await.unwrap().is_empty());
    // Another person's sets are theirs alone.
    tx.offer_choices(p, &c, &UserId("@b:x".into()), &set(Slot::Question, "B ?"))
        .await
        .unwrap();
    assert!(tx.choice_sets(p, &c, &u).await.unwrap().is_empty());
    tx.commit().await.unwrap();
    store.close().await;
}

/// Everything a message reads about its sender comes back from the one statement, on both
/// backends, including text the set aggregation has to escape.
async fn sender_state_reads_every_part(db: &TestDb) {
    let store = db.store().await;
    let (p, c, u) = (Platform::Matrix, ChatId("!r".into()), UserId("@s:x".into()));
    let mut tx = store.begin().await.unwrap();
    let state = tx.sender_state(p, &c, &u).await.unwrap();
    assert_eq!(state, pairbot::store::SenderState::default());
    tx.set_user_locale(p, &u, Lang::En).await.unwrap();
    tx.give_consent(p, &u, 1).await.unwrap();
    tx.grant_coordinator((p, &u), Some("Asso"), 7)
        .await
        .unwrap();
    tx.block_person((p, &u), "test", 8).await.unwrap();
    let dialogue = DialogueState {
        kind: "quiz".into(),
        step: 2,
        data: r#"{"score":1}"#.into(),
    };
    tx.set_dialogue(p, &c, &u, &dialogue).await.unwrap();
    let choices = vec![Choice::new("« Oui » \\ \"vrai\"", "quiz:0:true")];
    let quiz = ChoiceSet::offered(
        Slot::Dialogue,
        Some("quiz".into()),
        "Vrai \"ou\" faux ?",
        choices.clone(),
    );
    tx.offer_choices(p, &c, &u, &quiz).await.unwrap();
    tx.offer_choices(
        p,
        &c,
        &u,
        &ChoiceSet::offered(Slot::Question, None, "Ensuite ?", choices),
    )
    .await
    .unwrap();
    let sets = tx.choice_sets(p, &c, &u).await.unwrap();
    assert_eq!(sets.len(), 2);
    let state = tx.sender_state(p, &c, &u).await.unwrap();
    assert_eq!(state.pending, sets);
    assert_eq!(state.dialogue.as_deref(), Some("quiz"));
    assert_eq!(tx.dialogue(p, &c, &u).await.unwrap(), Some(dialogue));
    let user = state.user.unwrap();
    assert_eq!(user.locale, Some(Lang::En));
    assert!(user.consent_at.is_some());
    let role = state.role.unwrap();
    assert_eq!(
        (role.organisation.as_deref(), role.granted_at),
        (Some("Asso"), 7)
    );
    assert!(state.barred);
    // Another chat of the same person: the same record, none of this chat's sets.
    let elsewhere = tx.sender_state(p, &ChatId("!o".into()), &u).await.unwrap();
    assert!(elsewhere.pending.is_empty() && elsewhere.dialogue.is_none());
    assert!(elsewhere.user.is_some() && elsewhere.role.is_some() && elsewhere.barred);
    tx.rollback().await.unwrap();
    store.close().await;
}

async fn an_answered_set_gives_its_row_to_the_next(db: &TestDb) {
    let store = db.store().await;
    let (p, c, u) = (Platform::Telegram, ChatId("7".into()), UserId("7".into()));
    let choices = vec![Choice::new("Vrai", "quiz:0:true")];
    let set = |slot, text: &str| ChoiceSet::offered(slot, None, text, choices.clone());
    let mut tx = store.begin().await.unwrap();
    tx.offer_choices(p, &c, &u, &set(Slot::Question, "Question ?"))
        .await
        .unwrap();
    let question = tx.choice_sets(p, &c, &u).await.unwrap()[0].id;
    // The answered question's row becomes the dialogue's set.
    assert!(
        tx.reuse_choice_set(p, &c, &u, question, &set(Slot::Dialogue, "Quiz ?"))
            .await
            .unwrap()
    );
    let sets = tx.choice_sets(p, &c, &u).await.unwrap();
    assert_eq!(sets.len(), 1);
    assert_eq!(
        (sets[0].slot, sets[0].about.as_str()),
        (Slot::Dialogue, "Quiz ?")
    );
    // A slot already held is not doubled: nothing changes, the caller upserts instead.
    tx.offer_choices(p, &c, &u, &set(Slot::Question, "Autre ?"))
        .await
        .unwrap();
    let other = tx
        .choice_sets(p, &c, &u)
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.slot == Slot::Question)
        .unwrap()
        .id;
    assert!(
        !tx.reuse_choice_set(p, &c, &u, other, &set(Slot::Dialogue, "Encore ?"))
            .await
            .unwrap()
    );
    assert_eq!(tx.choice_sets(p, &c, &u).await.unwrap().len(), 2);
    // Notifications never take a row this way.
    assert!(
        !tx.reuse_choice_set(p, &c, &u, other, &set(Slot::Notice, "Nouvelle"))
            .await
            .unwrap()
    );
    // More sets than one statement forgets at once are all forgotten.
    for n in 0..5 {
        tx.offer_choices(p, &c, &u, &set(Slot::Notice, &format!("N{n}")))
            .await
            .unwrap();
    }
    for n in 0..6 {
        tx.offer_choices(
            p,
            &ChatId(format!("chat{n}")),
            &u,
            &set(Slot::Question, "Q"),
        )
        .await
        .unwrap();
    }
    let mut ids: Vec<i64> = tx
        .choice_sets(p, &c, &u)
        .await
        .unwrap()
        .iter()
        .map(|s| s.id)
        .collect();
    for n in 0..6 {
        ids.extend(
            tx.choice_sets(p, &ChatId(format!("chat{n}")), &u)
                .await
                .unwrap()
                .iter()
                .map(|s| s.id),
        );
    }
    assert_eq!(ids.len(), 13);
    tx.drop_choice_sets(&ids).await.unwrap();
    assert!(tx.choice_sets(p, &c, &u).await.unwrap().is_empty());
    assert!(
        tx.choice_sets(p, &ChatId("chat5".into()), &u)
            .await
            .unwrap()
            .is_empty()
    );
    tx.commit().await.unwrap();
    store.close().await;
}

async fn events_are_acted_on_once(db: &TestDb) {
    let store = db.store().await;
    let mut tx = store.begin().await.unwrap();
    assert!(
        tx.first_time_event(Platform::Telegram, "1001")
            .await
            .unwrap()
    );
    assert!(
        !tx.first_time_event(Platform::Telegram, "1001")
            .await
            .unwrap()
    );
    assert!(tx.first_time_event(Platform::Matrix, "1001").await.unwrap());
    tx.commit().await.unwrap();
    assert_eq!(
        store.purge_old_events().await.unwrap(),
        0,
        "recent events are kept"
    );
    store.close().await;
}

/// Sent messages are removed by id, exactly those, however many (one statement up to a
/// few hundred, several beyond), and an empty list changes nothing.
async fn sent_messages_are_removed_exactly(db: &TestDb) {
    let store = db.store().await;
    let t = Platform::Telegram;
    let messages: Vec<Outgoing> = (0..450)
        .map(|n| Outgoing::private(t, UserId(format!("u{n}")), format!("m{n}")))
        .collect();
    push(&store, &messages).await;
    let claimed = store.claim_outbox(t, None, 450, Lane::Bulk).await.unwrap();
    assert_eq!(claimed.len(), 450);
    let ids: Vec<i64> = claimed.iter().map(|e| e.id).collect();
    store.outbox_sent_all(&[]).await.unwrap();
    assert_eq!(store.outbox_pending(t).await.unwrap(), 450);
    store.outbox_sent_all(&ids[..1]).await.unwrap();
    assert_eq!(store.outbox_pending(t).await.unwrap(), 449);
    // Every other one of the next 300, then 148 of the rest: one left.
    let some: Vec<i64> = ids[1..301].iter().step_by(2).copied().collect();
    store.outbox_sent_all(&some).await.unwrap();
    assert_eq!(store.outbox_pending(t).await.unwrap(), 299);
    let rest: Vec<i64> = ids[1..]
        .iter()
        .filter(|id| !some.contains(id))
        .copied()
        .take(298)
        .collect();
    store.outbox_sent_all(&rest).await.unwrap();
    assert_eq!(store.outbox_pending(t).await.unwrap(), 1);
    // The one left is the one never named.
    let kept = ids[1..]
        .iter()
        .find(|id| !some.contains(id) && !rest.contains(id))
        .unwrap();
    store.outbox_release(*kept, None).await.unwrap();
    let last = store.claim_outbox(t, None, 10, Lane::Bulk).await.unwrap();
    assert_eq!(last.iter().map(|e| e.id).collect::<Vec<_>>(), [*kept]);
    store.close().await;
}

async fn outbox_delivers_in_order_per_platform(db: &TestDb) {
    let store = db.store().await;
    push(
        &store,
        &[
            msg(Platform::Console, "a", "1"),
            msg(Platform::Telegram, "b", "2"),
            msg(Platform::Console, "a", "3"),
        ],
    )
    .await;
    let batch = store
        .claim_outbox(Platform::Console, None, 10, Lane::Bulk)
        .await
        .unwrap();
    let texts: Vec<_> = batch.iter().map(|e| e.message.text.as_str()).collect();
    assert_eq!(texts, ["1", "3"]);
    // Claimed messages are leased: a second sender gets nothing.
    assert!(
        store
            .claim_outbox(Platform::Console, None, 10, Lane::Bulk)
            .await
            .unwrap()
            .is_empty()
    );
    for e in &batch {
        store.outbox_sent(e.id).await.unwrap();
    }
    assert_eq!(store.outbox_pending(Platform::Console).await.unwrap(), 0);
    // The Telegram message waits for its platform.
    assert_eq!(store.outbox_pending(Platform::Telegram).await.unwrap(), 1);
    store.close().await;
}

async fn the_claim_takes_lanes_in_turn_and_keeps_each_persons_order(db: &TestDb) {
    let store = db.store().await;
    let t = Platform::Telegram;
    let mut tx = store.begin().await.unwrap();
    for who in ["a", "b", "c"] {
        tx.push_outbox(&msg(t, who, &format!("{who}-copy")), Lane::Bulk)
            .await
            .unwrap();
    }
    tx.push_outbox(&msg(t, "d", "d-notice"), Lane::Notice)
        .await
        .unwrap();
    // b's reply takes b's earlier copy up with it, ahead of d's notice.
    tx.push_outbox(&msg(t, "b", "b-reply"), Lane::Reply)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let claim = async |limit, up_to| {
        store
            .claim_outbox(t, None, limit, up_to)
            .await
            .unwrap()
            .into_iter()
            .map(|e| (e.message.text, e.lane))
            .collect::<Vec<_>>()
    };
    // Broadcast copies are left out on demand.
    let first = claim(10, Lane::Notice).await;
    assert_eq!(
        first,
        [
            ("b-copy".to_owned(), Lane::Reply),
            ("b-reply".to_owned(), Lane::Reply),
            ("d-notice".to_owned(), Lane::Notice),
        ]
    );
    assert_eq!(
        claim(10, Lane::Bulk).await,
        [
            ("a-copy".to_owned(), Lane::Bulk),
            ("c-copy".to_owned(), Lane::Bulk)
        ]
    );
    // A message queued in a less urgent lane moves nobody up.
    let mut tx = store.begin().await.unwrap();
    tx.push_outbox(&msg(t, "e", "e-notice"), Lane::Notice)
        .await
        .unwrap();
    tx.push_outbox(&msg(t, "e", "e-copy"), Lane::Bulk)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        claim(10, Lane::Bulk).await,
        [
            ("e-notice".to_owned(), Lane::Notice),
            ("e-copy".to_owned(), Lane::Bulk)
        ]
    );
    store.close().await;
}

async fn a_retry_holds_back_later_messages_to_the_same_person(db: &TestDb) {
    let store = db.store().await;
    push(
        &store,
        &[
            msg(Platform::Telegram, "a", "a1"),
            msg(Platform::Telegram, "a", "a2"),
            msg(Platform::Telegram, "b", "b1"),
        ],
    )
    .await;
    let batch = store
        .claim_outbox(Platform::Telegram, None, 1, Lane::Bulk)
        .await
        .unwrap();
    assert_eq!(batch[0].message.text, "a1");
    store.outbox_retry(batch[0].id, 3600).await.unwrap();
    let next = store
        .claim_outbox(Platform::Telegram, None, 10, Lane::Bulk)
        .await
        .unwrap();
    let texts: Vec<_> = next.iter().map(|e| e.message.text.as_str()).collect();
    assert_eq!(texts, ["b1"], "a2 must not overtake a1");
    // A released message is due again at once.
    store.outbox_release(next[0].id, None).await.unwrap();
    assert_eq!(
        store
            .claim_outbox(Platform::Telegram, None, 10, Lane::Bulk)
            .await
            .unwrap()
            .len(),
        1
    );
    store.close().await;
}

/// The texts of `platform`'s due messages a fresh claim gets (then handed back).
async fn due_texts(store: &Store, platform: Platform) -> Vec<String> {
    let batch = store
        .claim_outbox(platform, None, 100, Lane::Bulk)
        .await
        .unwrap();
    for e in &batch {
        store.outbox_release(e.id, None).await.unwrap();
    }
    batch.into_iter().map(|e| e.message.text).collect()
}

async fn a_silent_senders_claims_go_to_the_others(db: &TestDb) {
    let store = db.store().await;
    let t = Platform::Telegram;
    push(
        &store,
        &[msg(t, "a", "a1"), msg(t, "b", "b1"), msg(t, "c", "c1")],
    )
    .await;
    let (dead, live) = (SenderId::random(), SenderId::random());
    assert_ne!(dead, live);
    store.register_sender(&dead, t).await.unwrap();
    store.register_sender(&live, t).await.unwrap();
    assert_eq!(
        store
            .claim_outbox(t, Some(&dead), 1, Lane::Bulk)
            .await
            .unwrap()[0]
            .message
            .text,
        "a1"
    );
    assert_eq!(
        store
            .claim_outbox(t, Some(&live), 1, Lane::Bulk)
            .await
            .unwrap()[0]
            .message
            .text,
        "b1"
    );
    // A claim by the only sender (no name) ends with its lease alone.
    assert_eq!(
        store.claim_outbox(t, None, 1, Lane::Bulk).await.unwrap()[0]
            .message
            .text,
        "c1"
    );
    // Everyone is still alive within the silence allowed: nothing moves.
    assert_eq!(store.take_over_claims(t, 60).await.unwrap(), 0);
    assert!(due_texts(&store, t).await.is_empty());
    // `live` proves it is alive; `dead` stays silent past the allowance (0: silent since
    // an earlier second).
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    assert!(store.sender_alive(&live, t).await.unwrap());
    assert_eq!(store.take_over_claims(t, 0).await.unwrap(), 1);
    assert_eq!(due_texts(&store, t).await, ["a1"]);
    // The dead sender, back, learns it lost its claims (and is registered again).
    assert!(!store.sender_alive(&dead, t).await.unwrap());
    assert!(store.sender_alive(&dead, t).await.unwrap());
    // The dead sender can no longer hand back what it held: a1 went to others.
    let taken = store
        .claim_outbox(t, Some(&live), 1, Lane::Bulk)
        .await
        .unwrap();
    assert_eq!(taken[0].message.text, "a1");
    store
        .outbox_release(taken[0].id, Some(&dead))
        .await
        .unwrap();
    assert!(
        due_texts(&store, t).await.is_empty(),
        "released by a former owner"
    );
    store
        .outbox_release(taken[0].id, Some(&live))
        .await
        .unwrap();
    // A sender that stops cleanly hands back what it holds at once.
    store.retire_sender(&live).await.unwrap();
    assert_eq!(due_texts(&store, t).await, ["a1", "b1"]);
    assert!(!store.sender_alive(&live, t).await.unwrap());
    // Another platform's senders are not touched.
    assert_eq!(
        store.take_over_claims(Platform::Matrix, 0).await.unwrap(),
        0
    );
    store.close().await;
}

async fn a_claimed_message_holds_back_the_persons_next_for_every_sender(db: &TestDb) {
    let store = db.store().await;
    let t = Platform::Telegram;
    push(
        &store,
        &[msg(t, "a", "a1"), msg(t, "a", "a2"), msg(t, "b", "b1")],
    )
    .await;
    let (one, two) = (SenderId::random(), SenderId::random());
    store.register_sender(&one, t).await.unwrap();
    store.register_sender(&two, t).await.unwrap();
    let first = store
        .claim_outbox(t, Some(&one), 1, Lane::Bulk)
        .await
        .unwrap();
    assert_eq!(first[0].message.text, "a1");
    let second = store
        .claim_outbox(t, Some(&two), 10, Lane::Bulk)
        .await
        .unwrap();
    let texts: Vec<_> = second.iter().map(|e| e.message.text.as_str()).collect();
    assert_eq!(texts, ["b1"], "a2 must wait until a1 is sent");
    store.outbox_sent(first[0].id).await.unwrap();
    let third = store
        .claim_outbox(t, Some(&two), 10, Lane::Bulk)
        .await
        .unwrap();
    assert_eq!(third[0].message.text, "a2");
    store.close().await;
}

async fn outbox_gives_up_after_max_attempts(db: &TestDb) {
    let store = db.store().await;
    push(&store, &[msg(Platform::Matrix, "a", "x")]).await;
    let id = store
        .claim_outbox(Platform::Matrix, None, 1, Lane::Bulk)
        .await
        .unwrap()[0]
        .id;
    for _ in 0..MAX_ATTEMPTS {
        store.outbox_retry(id, 0).await.unwrap();
    }
    assert_eq!(store.outbox_pending(Platform::Matrix).await.unwrap(), 0);
    assert!(
        store
            .claim_outbox(Platform::Matrix, None, 1, Lane::Bulk)
            .await
            .unwrap()
            .is_empty()
    );
    store.close().await;
}

async fn concurrent_senders_never_claim_the_same_message(db: &TestDb) {
    let store = db.store().await;
    let messages: Vec<_> = (0..200)
        .map(|i| msg(Platform::Telegram, &format!("u{}", i % 20), &i.to_string()))
        .collect();
    push(&store, &messages).await;
    let mut tasks = Vec::new();
    for _ in 0..4 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let mut got = Vec::new();
            loop {
                let batch = store
                    .claim_outbox(Platform::Telegram, None, 7, Lane::Bulk)
                    .await
                    .unwrap();
                if batch.is_empty() {
                    return got;
                }
                for e in batch {
                    store.outbox_sent(e.id).await.unwrap();
                    got.push(e.message.text);
                }
            }
        }));
    }
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await.unwrap());
    }
    all.sort();
    let before = all.len();
    all.dedup();
    assert_eq!(before, all.len(), "a message was claimed twice");
    assert_eq!(all.len(), 200, "a message was lost");
    store.close().await;
}

async fn every_table_is_either_personal_or_listed_as_not(db: &TestDb) {
    let store = db.store().await;
    let tables = store.table_names().await.unwrap();
    for table in &tables {
        let personal = PERSONAL_TABLES.contains(&table.as_str());
        let other = NON_PERSONAL_TABLES.contains(&table.as_str());
        assert!(
            personal ^ other,
            "table {table} must be in PERSONAL_TABLES or NON_PERSONAL_TABLES (not both)"
        );
        let columns = store.column_names(table).await.unwrap();
        if personal {
            assert!(
                columns.contains(&"platform".to_owned()) && columns.contains(&"user_id".to_owned()),
                "personal table {table} needs platform and user_id columns"
            );
        }
    }
    for table in PERSONAL_TABLES.iter().chain(NON_PERSONAL_TABLES) {
        assert!(
            tables.contains(&table.to_string()),
            "{table} is not in the schema"
        );
    }
    store.close().await;
}

async fn every_personal_column_has_a_label_in_every_language(db: &TestDb) {
    let store = db.store().await;
    let i18n = pairbot::i18n::I18n::load().unwrap();
    for table in PERSONAL_TABLES {
        for lang in Lang::ALL {
            let id = format!("data-table-{}", table.replace('_', "-"));
            assert!(i18n.has(lang, &id), "{id} missing in {lang:?}");
            for column in store.column_names(table).await.unwrap() {
                if column == "platform" || column == "user_id" {
                    continue;
                }
                let id = format!("data-column-{}", column.replace('_', "-"));
                assert!(i18n.has(lang, &id), "{id} missing in {lang:?}");
            }
        }
    }
    store.close().await;
}

async fn export_and_erase_cover_every_personal_table(db: &TestDb) {
    let store = db.store().await;
    let (p, u, other) = (
        Platform::Console,
        UserId("alice".into()),
        UserId("bob".into()),
    );
    let mut tx = store.begin().await.unwrap();
    for who in [&u, &other] {
        common::personal::fill_every_personal_table(&mut tx, p, who, 1).await;
    }
    let export = tx.export_user(p, &u).await.unwrap();
    assert_eq!(export.len(), PERSONAL_TABLES.len());
    for table in &export {
        assert_eq!(table.rows.len(), 1, "{} should hold one row", table.table);
        assert!(
            table.rows[0]
                .iter()
                .any(|(c, v)| c == "user_id" && v == "alice")
        );
    }
    tx.erase_user(p, &u).await.unwrap();
    tx.commit().await.unwrap();
    for table in PERSONAL_TABLES {
        // A block outlives erasure on purpose (see KEPT_AFTER_ERASURE); nothing else does.
        let kept = i64::from(pairbot::store::KEPT_AFTER_ERASURE.contains(table));
        assert_eq!(
            store
                .count_user_rows(table, "console", "alice")
                .await
                .unwrap(),
            kept,
            "{table}"
        );
        assert_eq!(
            store
                .count_user_rows(table, "console", "bob")
                .await
                .unwrap(),
            1
        );
    }
    store.close().await;
}

/// A request made at 100 that expires at 200.
fn new_contact<'a>(from: &'a UserId, to: &'a UserId, message: &'a str) -> NewContact<'a> {
    common::personal::new_contact(from, to, message, 100, 200)
}

async fn contacts_involve_two_people(db: &TestDb) {
    let store = db.store().await;
    let p = Platform::Console;
    let (alice, bob) = (UserId("alice".into()), UserId("bob".into()));
    let mut tx = store.begin().await.unwrap();
    let id = tx
        .create_contact(&new_contact(&alice, &bob, "hello"))
        .await
        .unwrap()
        .unwrap();
    // One open request per pair, decided by the database.
    assert_eq!(
        tx.create_contact(&new_contact(&alice, &bob, "again"))
            .await
            .unwrap(),
        None
    );
    assert_eq!(tx.pending_sent(p, &alice, 150).await.unwrap(), 1);
    assert_eq!(tx.pending_sent(p, &alice, 250).await.unwrap(), 0);
    // A pending request past its expiry can no longer be accepted.
    assert!(
        !tx.move_contact(id, &[ContactStatus::Pending], ContactStatus::Accepted, 300)
            .await
            .unwrap()
    );
    assert!(
        tx.move_contact(id, &[ContactStatus::Pending], ContactStatus::Accepted, 150)
            .await
            .unwrap()
    );
    assert!(
        !tx.move_contact(id, &[ContactStatus::Pending], ContactStatus::Declined, 150)
            .await
            .unwrap()
    );
    assert!(
        tx.share_contact_handle(id, Side::Partner, "@bob")
            .await
            .unwrap()
    );
    // Each sees the row without the other's identity.
    let of = |tables: &[pairbot::store::ExportedTable]| {
        tables
            .iter()
            .find(|t| t.table == "contacts")
            .unwrap()
            .rows
            .clone()
    };
    let bobs = of(&tx.export_user(p, &bob).await.unwrap());
    assert_eq!(bobs.len(), 1);
    let columns: Vec<&str> = bobs[0].iter().map(|(c, _)| c.as_str()).collect();
    assert!(columns.contains(&"message"), "{columns:?}");
    assert!(!columns.contains(&"user_id"), "{columns:?}");
    let alices = of(&tx.export_user(p, &alice).await.unwrap());
    let columns: Vec<&str> = alices[0].iter().map(|(c, _)| c.as_str()).collect();
    assert!(
        !columns.contains(&"partner_user_id") && !columns.contains(&"partner_handle"),
        "{columns:?}"
    );
    tx.block_contact((p, &bob), (p, &alice), 150).await.unwrap();
    assert!(tx.is_blocked((p, &bob), (p, &alice)).await.unwrap());
    assert!(!tx.is_blocked((p, &alice), (p, &bob)).await.unwrap());
    // Erasing the requester removes the request and the block about them.
    tx.erase_user(p, &alice).await.unwrap();
    tx.commit().await.unwrap();
    for table in ["contacts", "contact_blocks"] {
        for who in ["alice", "bob"] {
            assert_eq!(
                store.count_user_rows(table, "console", who).await.unwrap(),
                0,
                "{table} {who}"
            );
        }
    }
    store.close().await;
}

async fn requests_expire_once(db: &TestDb) {
    let store = db.store().await;
    let (alice, bob) = (UserId("alice".into()), UserId("bob".into()));
    let mut tx = store.begin().await.unwrap();
    tx.create_contact(&new_contact(&alice, &bob, "hello"))
        .await
        .unwrap();
    assert!(tx.expire_contacts(199).await.unwrap().is_empty());
    let expired = tx.expire_contacts(200).await.unwrap();
    assert_eq!(expired.len(), 1);
    assert_eq!(expired[0].status, ContactStatus::Expired);
    assert!(tx.expire_contacts(500).await.unwrap().is_empty());
    // Once expired, a new request between the same two can be made.
    assert!(
        tx.create_contact(&new_contact(&alice, &bob, "again"))
            .await
            .unwrap()
            .is_some()
    );
    tx.commit().await.unwrap();
    store.close().await;
}

async fn directory_changes_are_listed_and_purged(db: &TestDb) {
    let store = db.store().await;
    let (p, u) = (Platform::Console, UserId("alice".into()));
    let mut tx = store.begin().await.unwrap();
    let start = tx.directory_version().await.unwrap();
    let profile = pairbot::store::PartnerProfile {
        pseudonym: "A".into(),
        ..Default::default()
    };
    let (id, revision) = tx.save_partner(p, &u, &profile).await.unwrap();
    tx.decide_partner(id, revision, pairbot::store::PartnerStatus::Approved, None)
        .await
        .unwrap();
    assert_eq!(tx.directory_version().await.unwrap(), start + 2);
    assert_eq!(
        tx.directory_changes_since(start).await.unwrap(),
        Some(vec![id])
    );
    assert_eq!(
        tx.directory_changes_since(start + 2).await.unwrap(),
        Some(vec![])
    );
    // Purging keeps the newest change; an index older than what is kept must read all.
    assert_eq!(tx.purge_directory_changes(i64::MAX).await.unwrap(), 1);
    assert_eq!(tx.directory_changes_since(start).await.unwrap(), None);
    assert_eq!(
        tx.directory_changes_since(start + 1).await.unwrap(),
        Some(vec![id])
    );
    tx.commit().await.unwrap();
    store.close().await;
}

/// A permanence with one slot of this capacity; returns the slot number.
async fn one_slot(tx: &mut pairbot::store::Tx, capacity: i64) -> i64 {
    let permanence = NewPermanence {
        title: "Permanence".into(),
        slot_minutes: 30,
        capacity,
        open_days: 14,
        cutoff_minutes: 240,
        ..Default::default()
    };
    let id = tx.create_permanence(&permanence, 1).await.unwrap();
    let start = 1_000_000 + id * 10_000;
    tx.add_slots(id, &[(start, start + 1800)], capacity)
        .await
        .unwrap();
    tx.slots_of(id).await.unwrap()[0].0
}

async fn bookings_never_overbook(db: &TestDb) {
    let store = db.store().await;
    let mut tx = store.begin().await.unwrap();
    let slot = one_slot(&mut tx, 5).await;
    tx.commit().await.unwrap();
    // 200 people book the same slot of 5 places at once.
    let mut tasks = Vec::new();
    for i in 0..200 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let user = UserId(format!("u{i}"));
            let mut tx = store.begin().await.unwrap();
            let outcome = tx.book(slot, (Platform::Console, &user), 10).await.unwrap();
            tx.commit().await.unwrap();
            outcome
        }));
    }
    let mut confirmed = 0;
    let mut positions = Vec::new();
    for task in tasks {
        match task.await.unwrap() {
            BookingOutcome::Confirmed(_) => confirmed += 1,
            BookingOutcome::Waiting(_, position) => positions.push(position),
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(confirmed, 5);
    positions.sort_unstable();
    assert_eq!(positions, (1..=195).collect::<Vec<i64>>());
    let mut tx = store.begin().await.unwrap();
    assert_eq!(tx.slot_counts(slot).await.unwrap(), (5, 195, 5));
    tx.commit().await.unwrap();
    // Then 60 cancellations and 40 new bookings, all at once: still never overbooked, and
    // never a free place while someone waits.
    let mut tasks = Vec::new();
    for i in 0..100 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = store.begin().await.unwrap();
            if i < 60 {
                let user = UserId(format!("u{}", i * 3));
                let mut found = None;
                for id in 1..=1000 {
                    if let CancelOutcome::Cancelled { .. } = tx
                        .cancel_booking(id, (Platform::Console, &user), 20)
                        .await
                        .unwrap()
                    {
                        found = Some(id);
                        break;
                    }
                }
                assert!(found.is_some(), "{user:?} had a booking");
            } else {
                let user = UserId(format!("new{i}"));
                tx.book(slot, (Platform::Console, &user), 20).await.unwrap();
            }
            tx.commit().await.unwrap();
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let mut tx = store.begin().await.unwrap();
    let (confirmed, waiting, booked) = tx.slot_counts(slot).await.unwrap();
    assert_eq!(booked, confirmed);
    assert_eq!(confirmed, 5);
    assert_eq!(waiting, 195 - 60 + 40);
    tx.commit().await.unwrap();
    store.close().await;
}

async fn booking_rules(db: &TestDb) {
    let store = db.store().await;
    let p = Platform::Console;
    let (ann, bob, cat) = (
        UserId("ann".into()),
        UserId("bob".into()),
        UserId("cat".into()),
    );
    let mut tx = store.begin().await.unwrap();
    let slot = one_slot(&mut tx, 1).await;
    let BookingOutcome::Confirmed(a) = tx.book(slot, (p, &ann), 1).await.unwrap() else {
        panic!("ann first");
    };
    // A double tap books once.
    assert_eq!(
        tx.book(slot, (p, &ann), 2).await.unwrap(),
        BookingOutcome::AlreadyBooked(a)
    );
    let BookingOutcome::Waiting(b, 1) = tx.book(slot, (p, &bob), 3).await.unwrap() else {
        panic!("bob waits first");
    };
    let BookingOutcome::Waiting(_, 2) = tx.book(slot, (p, &cat), 4).await.unwrap() else {
        panic!("cat waits second");
    };
    // Only one's own booking can be cancelled.
    assert_eq!(
        tx.cancel_booking(a, (p, &bob), 5).await.unwrap(),
        CancelOutcome::NotFound
    );
    // Ann cancels: Bob, first waiting, gets her place.
    assert_eq!(
        tx.cancel_booking(a, (p, &ann), 5).await.unwrap(),
        CancelOutcome::Cancelled {
            promoted: Some((b, p, bob.clone()))
        }
    );
    assert_eq!(
        tx.cancel_booking(a, (p, &ann), 6).await.unwrap(),
        CancelOutcome::NotFound
    );
    assert_eq!(tx.slot_counts(slot).await.unwrap(), (1, 1, 1));
    // Ann may book again: she waits behind Cat.
    assert!(matches!(
        tx.book(slot, (p, &ann), 7).await.unwrap(),
        BookingOutcome::Waiting(_, 2)
    ));
    // Erasing Bob's data passes his place on.
    let promoted = tx.cancel_all_bookings((p, &bob), 8).await.unwrap();
    assert_eq!(promoted.len(), 1);
    assert_eq!(promoted[0].2, cat);
    assert_eq!(tx.slot_counts(slot).await.unwrap(), (1, 1, 1));
    assert_eq!(
        tx.book(999_999, (p, &ann), 9).await.unwrap(),
        BookingOutcome::Unavailable
    );
    tx.commit().await.unwrap();
    store.close().await;
}

async fn reopening_applies_no_migration_twice(db: &TestDb) {
    let first = db.store().await;
    let mut tx = first.begin().await.unwrap();
    tx.give_consent(Platform::Console, &UserId("a".into()), 1)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    first.close().await;
    let second = db.store().await;
    let mut tx = second.begin().await.unwrap();
    assert!(
        tx.user(Platform::Console, &UserId("a".into()))
            .await
            .unwrap()
            .is_some()
    );
    tx.rollback().await.unwrap();
    second.close().await;
}

async fn adapter_state_survives_reopening(db: &TestDb) {
    let store = db.store().await;
    assert_eq!(store.adapter_state("telegram.offset").await.unwrap(), None);
    store
        .set_adapter_state("telegram.offset", "41")
        .await
        .unwrap();
    store
        .set_adapter_state("telegram.offset", "42")
        .await
        .unwrap();
    store.close().await;
    let store = db.store().await;
    assert_eq!(
        store
            .adapter_state("telegram.offset")
            .await
            .unwrap()
            .as_deref(),
        Some("42")
    );
    store.close().await;
}

/// An adapter's key about a person (a muted Matrix member's power level) goes with the
/// person, and when emptied; nobody else's key goes with it.
async fn adapter_keys_about_a_person_are_erased_with_them(db: &TestDb) {
    let store = db.store().await;
    let anne = "@anne_b:exemple.org";
    let keys = [
        format!("matrix.muted:!salle:exemple.org:{anne}"),
        // `_` is a wildcard in LIKE patterns: this other person must stay.
        "matrix.muted:!salle:exemple.org:@annexb:exemple.org".to_owned(),
        format!("telegram.muted:-100:{anne}"),
        "matrix.sync".to_owned(),
    ];
    for key in &keys {
        store.set_adapter_state(key, "10").await.unwrap();
    }
    let mut tx = store.begin().await.unwrap();
    tx.erase_user(Platform::Matrix, &UserId(anne.into()))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let left = async |key: &str| store.adapter_state(key).await.unwrap();
    assert_eq!(left(&keys[0]).await, None);
    for key in &keys[1..] {
        assert_eq!(left(key).await.as_deref(), Some("10"), "{key}");
    }
    // Emptied, a key is gone rather than kept with an empty value.
    store.set_adapter_state(&keys[1], "").await.unwrap();
    assert_eq!(left(&keys[1]).await, None);
    store.close().await;
}

async fn more_places_go_to_the_oldest_waiting_even_under_load(db: &TestDb) {
    let store = db.store().await;
    let mut tx = store.begin().await.unwrap();
    let slot = one_slot(&mut tx, 2).await;
    let permanence = tx.slot(slot).await.unwrap().unwrap().permanence_id;
    tx.commit().await.unwrap();
    let mut waiting = Vec::new();
    for i in 0..12 {
        let user = UserId(format!("w{i}"));
        let mut tx = store.begin().await.unwrap();
        if let BookingOutcome::Waiting(id, _) =
            tx.book(slot, (Platform::Console, &user), 10).await.unwrap()
        {
            waiting.push(id);
        }
        tx.commit().await.unwrap();
    }
    assert_eq!(waiting.len(), 10);
    // The capacity grows to 5 while 20 newcomers book at the same time.
    let mut tasks = Vec::new();
    for i in 0..21 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = store.begin().await.unwrap();
            let promoted = if i == 10 {
                tx.set_future_capacity(permanence, 5, 0, 20).await.unwrap()
            } else {
                let user = UserId(format!("n{i}"));
                tx.book(slot, (Platform::Console, &user), 20).await.unwrap();
                Vec::new()
            };
            tx.commit().await.unwrap();
            promoted
        }));
    }
    let mut promoted = Vec::new();
    for task in tasks {
        promoted.extend(task.await.unwrap().into_iter().map(|(id, _, _)| id));
    }
    // The three people waiting longest got the new places; no newcomer jumped the queue.
    assert_eq!(promoted, waiting[..3]);
    let mut tx = store.begin().await.unwrap();
    assert_eq!(tx.slot_counts(slot).await.unwrap(), (5, 27, 5));
    // A smaller capacity never takes a confirmed place away.
    assert!(
        tx.set_future_capacity(permanence, 1, 0, 30)
            .await
            .unwrap()
            .is_empty()
    );
    let after = tx.slot(slot).await.unwrap().unwrap();
    assert_eq!((after.capacity, after.booked), (5, 5));
    tx.commit().await.unwrap();
    store.close().await;
}

async fn calling_off_slots_cancels_their_bookings(db: &TestDb) {
    let store = db.store().await;
    let mut tx = store.begin().await.unwrap();
    let slot = one_slot(&mut tx, 1).await;
    let record = tx.slot(slot).await.unwrap().unwrap();
    let other = record.starts_at + 86_400;
    tx.add_slots(record.permanence_id, &[(other, other + 1800)], 1)
        .await
        .unwrap();
    let (ann, bob, cid) = (
        UserId("ann".into()),
        UserId("bob".into()),
        UserId("cid".into()),
    );
    tx.book(slot, (Platform::Console, &ann), 1).await.unwrap();
    tx.book(slot, (Platform::Console, &bob), 1).await.unwrap();
    let later = tx.slots_of(record.permanence_id).await.unwrap()[1].0;
    tx.book(later, (Platform::Console, &cid), 1).await.unwrap();
    tx.schedule_reminders(1, (Platform::Console, &ann), &[("day", 5)])
        .await
        .unwrap();
    // Only the first day: Ann (confirmed) and Bob (waiting), not Cid.
    let gone = tx
        .cancel_slots(record.permanence_id, record.starts_at, other, 2)
        .await
        .unwrap();
    let who: Vec<&str> = gone.iter().map(|(_, _, u)| u.0.as_str()).collect();
    assert_eq!(who, ["ann", "bob"]);
    assert!(tx.slot(slot).await.unwrap().is_none());
    assert_eq!(
        tx.book(slot, (Platform::Console, &cid), 3).await.unwrap(),
        BookingOutcome::Unavailable
    );
    assert!(tx.take_due_reminders(100).await.unwrap().is_empty());
    assert!(
        tx.bookings_of((Platform::Console, &ann), 0)
            .await
            .unwrap()
            .is_empty()
    );
    let left = tx
        .bookings_of_permanence(record.permanence_id, 0)
        .await
        .unwrap();
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].2, cid);
    // The permanence is listed for coordinators, and for no host (it has none).
    assert_eq!(tx.hosted_permanences(None).await.unwrap().len(), 1);
    assert!(tx.hosted_permanences(Some(1)).await.unwrap().is_empty());
    tx.set_permanence_status(record.permanence_id, "cancelled")
        .await
        .unwrap();
    assert!(tx.hosted_permanences(None).await.unwrap().is_empty());
    tx.commit().await.unwrap();
    store.close().await;
}

/// Several processes tick reminders at once (connections of one pool stand in for them):
/// each due reminder is taken by exactly one, and none before it is due.
async fn concurrent_ticks_take_each_reminder_once(db: &TestDb) {
    let store = db.store().await;
    let mut tx = store.begin().await.unwrap();
    let slot = one_slot(&mut tx, 100).await;
    for i in 0..100 {
        let user = UserId(format!("r{i}"));
        let BookingOutcome::Confirmed(booking) =
            tx.book(slot, (Platform::Console, &user), 1).await.unwrap()
        else {
            panic!("a place for {user:?}");
        };
        tx.schedule_reminders(
            booking,
            (Platform::Console, &user),
            &[("day", 50), ("hour", 60)],
        )
        .await
        .unwrap();
        if i % 10 == 0 {
            tx.schedule_reminders(booking, (Platform::Console, &user), &[("later", 1_000)])
                .await
                .unwrap();
        }
    }
    tx.commit().await.unwrap();
    let mut tasks = Vec::new();
    for _ in 0..8 {
        let store = store.clone();
        tasks.push(tokio::spawn(async move {
            let mut taken = Vec::new();
            for _ in 0..5 {
                let mut tx = store.begin().await.unwrap();
                taken.extend(tx.take_due_reminders(100).await.unwrap());
                tx.commit().await.unwrap();
                tokio::task::yield_now().await;
            }
            taken
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    let taken = all.len();
    let mut distinct: Vec<(i64, String)> = all.into_iter().map(|(b, _, _, k)| (b, k)).collect();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(distinct.len(), taken, "a reminder was taken twice");
    assert_eq!(taken, 200);
    assert!(distinct.iter().all(|(_, kind)| kind != "later"));
    let mut tx = store.begin().await.unwrap();
    assert!(tx.take_due_reminders(999).await.unwrap().is_empty());
    assert_eq!(tx.take_due_reminders(1_000).await.unwrap().len(), 10);
    tx.commit().await.unwrap();
    store.close().await;
}

on_every_backend!(
    sent_messages_are_removed_exactly,
    the_claim_takes_lanes_in_turn_and_keeps_each_persons_order,
    bookings_never_overbook,
    concurrent_ticks_take_each_reminder_once,
    more_places_go_to_the_oldest_waiting_even_under_load,
    calling_off_slots_cancels_their_bookings,
    booking_rules,
    directory_changes_are_listed_and_purged,
    contacts_involve_two_people,
    requests_expire_once,
    adapter_state_survives_reopening,
    adapter_keys_about_a_person_are_erased_with_them,
    users_language_and_consent,
    rollback_keeps_nothing,
    dialogues_are_per_chat_and_user,
    choice_sets_round_trip,
    sender_state_reads_every_part,
    an_answered_set_gives_its_row_to_the_next,
    events_are_acted_on_once,
    outbox_delivers_in_order_per_platform,
    a_retry_holds_back_later_messages_to_the_same_person,
    outbox_gives_up_after_max_attempts,
    concurrent_senders_never_claim_the_same_message,
    a_silent_senders_claims_go_to_the_others,
    a_claimed_message_holds_back_the_persons_next_for_every_sender,
    every_table_is_either_personal_or_listed_as_not,
    every_personal_column_has_a_label_in_every_language,
    export_and_erase_cover_every_personal_table,
    reopening_applies_no_migration_twice,
);

#[tokio::test]
async fn an_unopenable_database_names_its_path() {
    let err = Store::open("/proc/pairbot-cannot-exist/x.db")
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("/proc/pairbot-cannot-exist/x.db"),
        "{err}"
    );
}

#[tokio::test]
async fn an_unreachable_server_names_its_host_but_not_its_password() {
    let err = Store::open("postgres://pairbot:s3cret@127.0.0.1:1/pairbot")
        .await
        .unwrap_err();
    let text = err.to_string();
    assert!(text.contains("127.0.0.1:1/pairbot"), "{text}");
    assert!(!text.contains("s3cret"), "{text}");
}

#[test]
fn test_database_urls_keep_the_query() {
    assert_eq!(
        common::with_database("postgres://u@h:5432/postgres?sslmode=disable", "t1"),
        "postgres://u@h:5432/t1?sslmode=disable"
    );
    assert_eq!(
        common::with_database("postgres://u@h", "t1"),
        "postgres://u@h/t1"
    );
}
