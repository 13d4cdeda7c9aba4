//! `/mes_donnees` reads as words (issue 20): with a row about the person in every personal
//! table, the readable view shows no internal key, chat or room id, raw timestamp, stored
//! code, 0/1 flag or JSON, in French and in English; on SQLite and PostgreSQL.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb};
use pairbot::core::{Platform, UserId};

/// What a raw value looks like: the reason it is refused, if `text` has one.
fn raw_value(text: &str) -> Option<String> {
    // The person's own id is shown once, in the heading.
    let body = text.split_once("\n\n").map_or(text, |(_, rest)| rest);
    // Lines of the summary only, not the closing note.
    for line in body.lines().filter(|l| l.starts_with("• ")) {
        for cell in line
            .trim_start_matches("• ")
            .split(" ; ")
            .flat_map(|c| c.split("; "))
        {
            let value = cell.split_once(':').map_or(cell, |(_, v)| v).trim();
            if value.contains('{') || value.contains('[') {
                return Some(format!("JSON in {cell:?}"));
            }
            if value
                .split(|c: char| !c.is_ascii_digit())
                .any(|n| n.len() >= 9)
            {
                return Some(format!("a timestamp in {cell:?}"));
            }
            if value
                .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
                .any(|w| {
                    w.contains('_')
                        || (w.contains('.')
                            && w.chars().all(|c| c.is_ascii_lowercase() || c == '.')
                            && w.len() > 3)
                })
            {
                return Some(format!("a stored code in {cell:?}"));
            }
            // A version or a number may be 1; a flag may not.
            let label = cell.split_once(':').map_or("", |(l, _)| l);
            let counted = ["version", "numéro", "number", "n°", "messages"]
                .iter()
                .any(|w| label.contains(w));
            if (value == "0" || value == "1") && !counted {
                return Some(format!("a 0/1 flag in {cell:?}"));
            }
            for internal in ["entraide", "console", "!", "@"] {
                if value.contains(internal) {
                    return Some(format!("an internal id in {cell:?}"));
                }
            }
            if value == "—" {
                return Some(format!("an empty value listed in {cell:?}"));
            }
        }
    }
    None
}

async fn my_data_reads_as_words(db: &TestDb) {
    let h = Harness::new(db).await;
    let at = pairbot::store::now() - 3600;
    for (user, lang) in [("alice", "fr"), ("bob", "en")] {
        let who = UserId(user.into());
        let mut tx = h.engine.store().begin().await.unwrap();
        common::personal::fill_every_personal_table(&mut tx, Platform::Console, &who, at).await;
        tx.set_user_locale(
            Platform::Console,
            &who,
            pairbot::i18n::Lang::from_code(lang).unwrap(),
        )
        .await
        .unwrap();
        tx.commit().await.unwrap();
        let text = h.say_text(user, "/mes_donnees").await;
        assert!(
            text.lines().filter(|l| l.starts_with("• ")).count() >= 15,
            "{text}"
        );
        if let Some(why) = raw_value(&text) {
            panic!("{lang}: {why}\n{text}");
        }
        // Named things in words: the sign-up's state and the proposed dates.
        let expected = if lang == "fr" {
            "dates de bilan proposées"
        } else {
            "assessment dates offered"
        };
        assert!(text.contains(expected), "{text}");
    }
    h.close().await;
}

on_every_backend!(my_data_reads_as_words);
