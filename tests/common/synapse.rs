#![allow(dead_code)]
//! Matrix support shared by tests and benchmarks: the Synapse homeserver that
//! `scripts/synapse.sh` starts (`PAIRBOT_TEST_SYNAPSE` names it) and fresh accounts on it.

use serde_json::{Value, json};

/// The test homeserver's URL, or `None` when it is not configured (never in CI).
pub fn homeserver() -> Option<String> {
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
pub async fn register(hs: &str, name: &str) -> String {
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

/// Fresh accounts for one test, named after `prefixes` with a tag no other run shares.
pub async fn accounts<const N: usize>(hs: &str, prefixes: [&str; N]) -> [String; N] {
    let tag = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos()
        % 1_000_000_000;
    let mut ids = Vec::with_capacity(N);
    for prefix in prefixes {
        ids.push(register(hs, &format!("{prefix}{tag}")).await);
    }
    ids.try_into().expect("one id per prefix")
}
