//! Roles given from the chat, on SQLite and PostgreSQL: admins promote and demote
//! coordinators, the change counts at once, everyone else is refused, and it is all in
//! the audit log.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, press, texts};
use pairbot::core::{Platform, Settings};

async fn admins_promote_and_demote_coordinators(db: &TestDb) {
    let settings = Settings {
        admins: vec![(Platform::Console, "admin".into())],
        coordinators: vec![(Platform::Console, "coord".into())],
        ..Settings::default()
    };
    let h = Harness::with_settings(db, settings).await;
    let now = pairbot::store::now();
    pairbot::demo::load_programmes(h.engine.store(), now)
        .await
        .unwrap();
    h.consent("bob").await;
    assert!(
        h.say_text("bob", "/a_valider")
            .await
            .contains("réservée aux coordinateurs")
    );
    assert!(!h.say_text("bob", "/aide").await.contains("/a_valider"));
    // Admin commands show in the admins' help only.
    assert!(h.say_text("admin", "/aide").await.contains("/promouvoir"));
    assert!(!h.say_text("coord", "/aide").await.contains("/promouvoir"));
    // Only admins promote; a configured coordinator is refused.
    let out = h.say_text("coord", "/promouvoir console:bob").await;
    assert!(out.contains("réservée aux administrateurs"), "{out}");
    let out = h.say_text("admin", "/promouvoir bob").await;
    assert!(
        out.contains("par sa plateforme et son identifiant"),
        "{out}"
    );
    let out = h
        .say(
            "admin",
            "/promouvoir console:bob Association Les Petits Pas",
        )
        .await;
    assert!(
        texts(&out).contains("console:bob est maintenant coordinateur ou coordinatrice pour « Association Les Petits Pas »"),
        "{}",
        texts(&out)
    );
    let told = out.iter().find(|m| m.user.0 == "bob").expect("bob told");
    assert!(
        told.text.contains("Vous êtes maintenant coordinateur"),
        "{}",
        told.text
    );
    // It counts at once: commands, help, and notifications for coordinators.
    assert!(
        !h.say_text("bob", "/a_valider")
            .await
            .contains("réservée aux coordinateurs")
    );
    assert!(h.say_text("bob", "/aide").await.contains("/a_valider"));
    h.consent("pat").await;
    let out = h.send(press("pat", "etp:join:1")).await;
    assert!(texts(&out).contains("Sous quel nom"), "{}", texts(&out));
    h.say("pat", "Paul").await;
    h.say("pat", "par Pairbot seulement").await;
    let out = h.say("pat", "le matin").await;
    let send = common::choice_labelled(&out, "J'accepte");
    let out = h.send(press("pat", &send)).await;
    assert!(
        out.iter()
            .any(|m| m.user.0 == "bob" && m.text.contains("Nouvelle demande"))
    );
    // Configured roles are not changed from the chat.
    let out = h.say_text("admin", "/retrograder console:coord").await;
    assert!(out.contains("par la configuration"), "{out}");
    let list = h.say_text("admin", "/coordinateurs").await;
    assert!(list.contains("console:admin (administrateur"), "{list}");
    assert!(
        list.contains("console:bob, pour « Association Les Petits Pas »"),
        "{list}"
    );
    // Demoted: refused again, and told.
    let out = h.say("admin", "/retrograder console:bob").await;
    assert!(
        texts(&out).contains("n'est plus coordinateur"),
        "{}",
        texts(&out)
    );
    assert!(
        out.iter()
            .any(|m| m.user.0 == "bob" && m.text.contains("a été retiré"))
    );
    assert!(
        h.say_text("bob", "/a_valider")
            .await
            .contains("réservée aux coordinateurs")
    );
    let out = h.say_text("admin", "/retrograder console:bob").await;
    assert!(out.contains("n'a pas de rôle"), "{out}");
    // Both are in the audit log.
    let journal = h.say_text("admin", "/journal").await;
    assert!(
        journal.contains("rôle de coordination retiré — console:bob"),
        "{journal}"
    );
    assert!(
        journal.contains("rôle de coordination donné — console:bob"),
        "{journal}"
    );
    // A promoted person who erases their data loses the role with it.
    h.say("admin", "/promouvoir console:bob").await;
    assert_eq!(h.rows("roles", "bob").await, 1);
    h.say("bob", "/oublier").await;
    h.say("bob", "1").await;
    assert_eq!(h.rows("roles", "bob").await, 0);
    h.close().await;
}

async fn every_coordinator_command_refuses_everyone_else(db: &TestDb) {
    let settings = Settings {
        admins: vec![(Platform::Console, "admin".into())],
        coordinators: vec![(Platform::Console, "coord".into())],
        ..Settings::default()
    };
    let h = Harness::with_settings(db, settings).await;
    h.consent("pat").await;
    let mut checked = 0;
    for spec in pairbot::core::router::COMMANDS
        .iter()
        .filter(|s| s.access.coordinator_only)
    {
        for name in spec.names {
            let out = h.say_text("pat", &format!("/{name}")).await;
            assert!(
                out.contains("réservée aux coordinateurs"),
                "/{name} answered a patient: {out}"
            );
            checked += 1;
        }
        // Coordinators get past the door (admin-only commands say so themselves).
        let out = h.say_text("coord", &format!("/{}", spec.name())).await;
        assert!(
            !out.contains("réservée aux coordinateurs"),
            "/{}: {out}",
            spec.name()
        );
        h.say("coord", "/annuler").await;
    }
    assert!(checked >= 20, "{checked}");
    for command in [
        "/promouvoir console:pat",
        "/retrograder console:pat",
        "/coordinateurs",
    ] {
        let out = h.say_text("coord", command).await;
        assert!(
            out.contains("réservée aux administrateurs"),
            "{command}: {out}"
        );
    }
    h.close().await;
}

on_every_backend!(
    admins_promote_and_demote_coordinators,
    every_coordinator_command_refuses_everyone_else
);
