//! Property tests: nothing a person can type or press makes a parser panic, and the engine
//! answers any private message kindly (never an error), whatever its text or choice data.
//! Inputs mix arbitrary Unicode with the shapes the parsers look for (command names, numbers,
//! dates, hours, units, choice prefixes), so the interesting branches are reached.

mod common;

use chrono::NaiveDate;
use common::{Harness, TestDb};
use pairbot::core::command as router;
use pairbot::core::{Body, Choice, Incoming, Platform};
use pairbot::features::commands::COMMANDS;
use pairbot::features::permanence::schedule;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// Fragments the parsers react to, glued with arbitrary text.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[0-9]{1,12}",
        "[0-9]{1,2}[h:][0-9]{0,2}",
        "[0-9]{1,2}/[0-9]{1,2}(/[0-9]{2,4})?",
        "(de |à |to |-)?[0-9]{1,2} ?(h|min|jours|semaine|pm|am)",
        Just("/".to_owned()),
        Just("@".to_owned()),
        Just("n°".to_owned()),
        Just("\u{0}\u{202e}\u{feff}".to_owned()),
        prop::sample::select(
            COMMANDS
                .iter()
                .flat_map(|c| c.names.iter().map(|n| format!("/{n}")))
                .collect::<Vec<_>>()
        ),
        prop::sample::select(vec![
            "diabète",
            "SEP",
            "Toulouse",
            "31",
            "en ligne",
            "pair-aidant",
            "https://x.fr",
            "console:bob",
            "matrix:@a:b",
            "telegram:12",
            "aucune",
            "non",
            "oui",
            "1",
            "0",
            "-5",
        ])
        .prop_map(str::to_owned),
    ]
}

fn text() -> impl Strategy<Value = String> {
    proptest::collection::vec(fragment(), 0..6).prop_map(|parts| parts.join(" "))
}

/// Choice data: a known feature prefix with an arbitrary or numeric payload, or anything.
fn choice_data() -> impl Strategy<Value = String> {
    let prefixes = vec![
        "cmd", "private", "consent", "lang", "def", "gloss", "quiz", "forget", "partner", "review",
        "find", "contact", "perm", "pnew", "pman", "etp", "etpj", "etps", "etpt", "etpc", "misn",
        "mis", "sub", "rep", "bc",
    ];
    prop_oneof![
        (prop::sample::select(prefixes), text())
            .prop_map(|(p, rest)| format!("{p}:{}", rest.replace(' ', ":"))),
        (
            prop::sample::select(vec![
                "rep:warn",
                "rep:ban",
                "rep:trust",
                "pman:stop",
                "etpt:enrol",
                "perm:book"
            ]),
            any::<i64>()
        )
            .prop_map(|(p, n)| format!("{p}:{n}")),
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(Config { cases: 2000, failure_persistence: None, ..Config::default() })]

    #[test]
    fn text_parsers_never_panic(input in text()) {
        let today = NaiveDate::from_ymd_opt(2026, 11, 24).unwrap();
        let _ = router::parse_command(&input);
        let _ = pairbot::features::commands::closest_command(&input);
        let pending = vec![Choice::new("Oui, j'accepte", "a"), Choice::valued("2 h", "b", 2)];
        let _ = router::match_choice(&input, &pending);
        let _ = pairbot::features::moderation::take_duration(&input);
        let _ = pairbot::features::moderation::groups::has_link(&input);
        let _ = pairbot::features::roles::parse_person(&input);
        let _ = pairbot::features::safety::is_crisis(&input);
        let _ = schedule::parse_hours(&input);
        let _ = schedule::parse_dates(&input, today);
        let _ = schedule::parse_moments(&input, today);
        let _ = pairbot::adapters::console::parse_line(&input, "vous");
        let _ = pairbot::core::text::fold(&input);
    }

    #[test]
    fn durations_read_are_within_bounds(input in text()) {
        if let Some((seconds, rest)) = pairbot::features::moderation::take_duration(&input) {
            prop_assert!((60..=366 * 86_400).contains(&seconds));
            prop_assert!(input.ends_with(rest));
        }
    }

    #[test]
    fn hours_read_are_a_real_opening(input in text()) {
        if let Some((start, end)) = schedule::parse_hours(&input) {
            prop_assert!(start < end && end <= 24 * 60, "{start}-{end} from {input:?}");
        }
    }
}

/// Free text is parsed against the real vocabularies, so it needs the engine's directory.
async fn any_private_message_gets_a_kind_reply(db: &TestDb) {
    let h = Harness::with_settings(db, common::staff()).await;
    h.consent("pat").await;
    let directory = h.engine.directory();
    let cases = if db.url.starts_with("postgres") {
        60
    } else {
        250
    };
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let handle = tokio::runtime::Handle::current();
    let strategy = (
        prop::sample::select(vec!["pat", "coord", "admin", "new"]),
        prop_oneof![
            text().prop_map(Body::Text),
            choice_data().prop_map(Body::Choice)
        ],
    );
    let result = runner.run(&strategy, |(user, body)| {
        if let Body::Text(t) = &body {
            let _ = pairbot::features::directory::search::parse(directory, t, true);
        }
        let msg = Incoming {
            body: body.clone(),
            ..Incoming::private_text(Platform::Console, user, "")
        };
        let replies = tokio::task::block_in_place(|| {
            handle.block_on(async {
                h.engine.handle(&msg).await.map_err(|e| e.to_string())?;
                h.engine.deliver(&h.out).await.map_err(|e| e.to_string())?;
                Ok::<_, String>(h.out.take())
            })
        });
        let replies = replies.map_err(|e| TestCaseError::fail(format!("{body:?}: {e}")))?;
        prop_assert!(
            !replies.is_empty() || matches!(&body, Body::Text(t) if t.trim().is_empty()),
            "no reply to {:?}",
            body
        );
        for reply in &replies {
            prop_assert!(!reply.text.contains("Error") && !reply.text.contains("sqlx"));
        }
        // Leave any dialogue, so the next case starts from the menu.
        tokio::task::block_in_place(|| {
            handle.block_on(async {
                // A form holding answers asks first: "oui" confirms.
                for text in ["/annuler", "oui"] {
                    let cancel = Incoming::private_text(Platform::Console, user, text);
                    h.engine.handle(&cancel).await.unwrap();
                }
                h.engine.deliver(&h.out).await.unwrap();
                h.out.take();
            })
        });
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }
    h.close().await;
}

use proptest::test_runner::TestCaseError;

on_every_backend!(any_private_message_gets_a_kind_reply);
