//! The console adapter as a user runs it: the real binary, a script on standard input.

// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::TestDb;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn pairbot(args: &[&str], input: &str, home: &std::path::Path) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pairbot"))
        .args(args)
        .env("XDG_CONFIG_HOME", home)
        .env("XDG_DATA_HOME", home)
        .env("HOME", home)
        .env_remove("PAIRBOT_CONFIG")
        .env_remove("PAIRBOT_DATABASE_URL")
        .env_remove("DATABASE_URL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run pairbot");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn console(db: &TestDb, home: &std::path::Path, script: &str) -> String {
    let files = home.join("files");
    let out = pairbot(
        &[
            "console",
            "--demo",
            "--coordinator",
            "coordo",
            "--database-url",
            &db.url,
            "--files-dir",
            files.to_str().unwrap(),
        ],
        script,
        home,
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "exit {:?}: {stderr}", out.status);
    common::plain(&String::from_utf8(out.stdout).unwrap())
}

/// Asserts that `needles` appear in `haystack` in this order.
fn assert_in_order(haystack: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match haystack[from..].find(needle) {
            Some(i) => from += i + needle.len(),
            None => panic!("{needle:?} not found (in order) in:\n{haystack}"),
        }
    }
}

async fn a_scripted_conversation_in_french(db: &TestDb) {
    let home = tempfile::tempdir().unwrap();
    let script = "\
# Une conversation de démonstration
/start
1
/definition pair aidence
/def representant des usagé
alice: /quiz
alice: faux
bob: /urgence
/mes_donnees
/oublier
oui
/aide
";
    let out = console(db, home.path(), script);
    assert_in_order(
        &out,
        &[
            "[bot → vous] Bonjour vous, je suis Pairbot.",
            "Ceci est une démonstration",
            "[bot → vous] Pour garder vos réservations",
            "  1. Oui, j'accepte",
            "  2. Non merci",
            "[bot → vous] Merci, votre accord est enregistré.",
            "[bot → vous] Pair-aidance\n",
            "Source :",
            "[bot → vous] Représentant des usagers\n",
            "[bot → alice] Petit quiz",
            "[bot → alice] Question 1 sur 10 :",
            "[bot → alice] ✅ Bonne réponse !",
            "[bot → alice] Question 2 sur 10 :",
            "[bot → bob] Si vous êtes en danger",
            "3114",
            "[bot → vous] Voici tout ce que Pairbot garde sur vous",
            "accord donné le",
            "📎 ",
            "[bot → vous] Voulez-vous vraiment effacer",
            "[bot → vous] C'est fait : tout ce que Pairbot gardait sur vous est effacé.",
            "[bot → vous] Voici ce que je sais faire",
            "Comprendre les mots du partenariat : /definition, /glossaire, /quiz",
        ],
    );
    // The JSON export was written where the console said.
    let path = out
        .lines()
        .find_map(|l| l.trim().strip_prefix("📎 "))
        .expect("export path");
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(json["user_id"], "vous");
}

async fn a_restart_resumes_the_quiz(db: &TestDb) {
    let home = tempfile::tempdir().unwrap();
    let first = console(db, home.path(), "/quiz\nfaux\n");
    assert!(first.contains("Question 2 sur 10"), "{first}");
    let second = console(db, home.path(), "1\n");
    assert_in_order(&second, &["✅ Bonne réponse !", "Question 3 sur 10"]);
}

async fn english_speakers_get_english(db: &TestDb) {
    let home = tempfile::tempdir().unwrap();
    let files = home.path().join("files");
    let out = pairbot(
        &[
            "console",
            "--lang",
            "en",
            "--database-url",
            &db.url,
            "--files-dir",
            files.to_str().unwrap(),
        ],
        "/help\n/define peer support\n",
        home.path(),
    );
    let out = String::from_utf8(out.stdout).unwrap();
    assert_in_order(
        &out,
        &["Here is what I can do:", "[bot → vous] Peer support"],
    );
}

/// The moderation scenario through the console binary, with several users in a
/// group: a member reports a message, the coordinator warns three times and the third
/// warning mutes, a ban and an unban are carried out (recorded on the console) and logged,
/// and a member is refused.
async fn a_group_is_moderated_from_the_console(db: &TestDb) {
    let home = tempfile::tempdir().unwrap();
    let script = "\
bob@entraide: [arrivée]
bob@entraide: un message blessant
carol@entraide: >bob /signaler propos blessants
carol@entraide: >bob /avertir je ne suis pas coordinatrice
coordo@entraide: >bob /avertir propos blessants
coordo@entraide: >bob /avertir encore
coordo@entraide: >bob /avertir toujours
coordo@entraide: >bob /bannir harcèlement
coordo@entraide: /debannir @bob excuses reçues
coordo: /journal moderation
";
    let out = console(db, home.path(), script);
    assert_in_order(
        &out,
        &[
            "[bot → bob@entraide] Bienvenue bob",
            "[moderation @entraide] delete m3",
            "[bot → carol] Merci",
            "[bot → coordo] Signalement n° 1 : un message de bob",
            "Extrait : un message blessant",
            "[bot → carol@entraide] Cette commande est réservée aux coordinateurs",
            "(n° 1 sur 3)",
            "(n° 2 sur 3)",
            "[moderation @entraide] mute bob until ",
            "(n° 3 sur 3) : plus de messages ici pendant 1 jour",
            "[moderation @entraide] ban bob",
            "[bot → coordo@entraide] ⛔ Bannissement de bob. Motif : harcèlement",
            "[moderation @entraide] unban bob",
            "[bot → coordo] Journal des actions",
            "bannissement levé — console:bob (motif : excuses reçues) (groupe : entraide)",
            "membre banni",
            "membre rendu muet (avertissements répétés)",
        ],
    );
    assert!(
        !out.contains("mute carol") && !out.contains("warn carol"),
        "{out}"
    );
}

on_every_backend!(
    a_group_is_moderated_from_the_console,
    a_scripted_conversation_in_french,
    a_restart_resumes_the_quiz,
    english_speakers_get_english,
);

#[test]
fn with_no_configuration_the_demo_uses_a_sqlite_file_in_the_data_directory() {
    let home = tempfile::tempdir().unwrap();
    let out = pairbot(&["console", "--demo"], "/aide\n", home.path());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        common::plain(&String::from_utf8_lossy(&out.stdout)).contains("Voici ce que je sais faire")
    );
    assert!(home.path().join("pairbot").join("pairbot-demo.db").exists());
}

#[test]
fn an_unopenable_database_is_a_clear_start_up_error() {
    let home = tempfile::tempdir().unwrap();
    let out = pairbot(
        &["console", "--database-url", "/proc/pairbot-nowhere/x.db"],
        "",
        home.path(),
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("/proc/pairbot-nowhere/x.db"), "{stderr}");
}

#[test]
fn a_broken_configuration_file_is_a_clear_start_up_error() {
    let home = tempfile::tempdir().unwrap();
    let config = home.path().join("bad.toml");
    std::fs::write(&config, "database_url = 3\n").unwrap();
    let out = pairbot(
        &["--config", config.to_str().unwrap(), "console"],
        "",
        home.path(),
    );
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.toml"), "{stderr}");
}

#[test]
fn empty_input_ends_cleanly() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("x.db");
    let out = pairbot(
        &["console", "--database-url", db.to_str().unwrap()],
        "",
        home.path(),
    );
    assert!(out.status.success());
    assert!(out.stdout.is_empty());
}
