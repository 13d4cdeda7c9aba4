//! Roles given from the chat, on SQLite and PostgreSQL: admins promote and demote
//! coordinators, the change counts at once, everyone else is refused, and it is all in
//! the audit log.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, choice_labelled, press, texts};

async fn admins_promote_and_demote_coordinators(db: &TestDb) {
    let settings = common::staff();
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
            "/promouvoir console:bob Centre hospitalier fictif de Castelnau",
        )
        .await;
    assert!(
        texts(&out).contains("console:bob est maintenant coordinateur ou coordinatrice pour « Centre hospitalier fictif de Castelnau »"),
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
        list.contains("console:bob, pour « Centre hospitalier fictif de Castelnau »"),
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
    let settings = common::staff();
    let h = Harness::with_settings(db, settings).await;
    h.consent("pat").await;
    let mut checked = 0;
    for spec in pairbot::features::commands::COMMANDS
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
        h.say("coord", "oui").await;
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

/// A coordinator promoted for one organisation runs that organisation's programmes and
/// permanences only, and hears only of their sign-ups; others keep seeing everything.
async fn a_scoped_coordinator_sees_their_organisation_only(db: &TestDb) {
    let settings = common::staff();
    let h = Harness::with_settings(db, settings).await;
    let store = h.engine.store();
    let now = pairbot::store::now();
    pairbot::demo::load_programmes(store, now).await.unwrap();
    pairbot::demo::load_permanences(store, now).await.unwrap();
    let mut tx = store.begin().await.unwrap();
    let programmes = tx.programmes(true).await.unwrap();
    tx.rollback().await.unwrap();
    let id_of = |structure: &str| {
        programmes
            .iter()
            .find(|p| p.details.structure.contains(structure))
            .unwrap()
            .id
    };
    let (mine, other) = (id_of("Clinique fictive du Parc"), id_of("Castelnau"));
    h.say("admin", "/promouvoir console:cora Clinique fictive du Parc")
        .await;

    // A patient signs up for both: cora hears of her organisation's only; the
    // unscoped coordinator of both.
    h.consent("pat").await;
    let mut told = Vec::new();
    for id in [mine, other] {
        h.send(press("pat", &format!("etp:join:{id}"))).await;
        h.say("pat", "Pat").await;
        h.say("pat", "par Pairbot seulement").await;
        let out = h.say("pat", "le matin").await;
        told.push(
            h.send(press("pat", &choice_labelled(&out, "J'accepte")))
                .await,
        );
    }
    let heard = |out: &[pairbot::core::Outgoing], who: &str| out.iter().any(|m| m.user.0 == who);
    assert!(heard(&told[0], "cora") && heard(&told[0], "coord"));
    assert!(!heard(&told[1], "cora") && heard(&told[1], "coord"));

    // Her queue and exports are her organisation's; other programmes are refused, even
    // with a forged button.
    let queue = h.say_text("cora", "/etp_demandes").await;
    assert!(queue.contains(&format!("n° {mine}")), "{queue}");
    assert!(!queue.contains(&format!("n° {other})")), "{queue}");
    assert!(
        h.say_text("cora", &format!("/etp_export {other}"))
            .await
            .contains("relève d'une autre structure")
    );
    assert!(
        texts(&h.press("cora", &format!("etpc:close:{other}")).await)
            .contains("relève d'une autre structure")
    );
    assert!(
        !texts(&h.press("cora", &format!("etpc:menu:{mine}")).await).contains("autre structure")
    );
    let coord_queue = h.say_text("coord", "/etp_demandes").await;
    assert!(
        coord_queue.contains(&format!("n° {other}")),
        "{coord_queue}"
    );
    // A new programme must be her organisation's.
    h.say("cora", "/etp_nouveau").await;
    h.say("cora", "Bien vivre avec son asthme").await;
    assert!(
        h.say_text("cora", "Centre hospitalier fictif de Castelnau")
            .await
            .contains("Vous coordonnez pour « Clinique fictive du Parc »")
    );
    assert!(
        !h.say_text("cora", "Clinique fictive du Parc, pneumologie")
            .await
            .contains("Vous coordonnez pour")
    );
    h.say("cora", "/annuler").await;
    h.say("cora", "oui").await;
    // Her permanences: none of the demo's structures are hers.
    let hers = h.say_text("cora", "/mes_permanences").await;
    assert!(hers.contains("aucune permanence"), "{hers}");
    let all = h.say_text("coord", "/mes_permanences").await;
    assert!(all.contains("« Permanence SEP du CHU » (n° 1)"), "{all}");
    assert!(
        texts(&h.press("cora", "pman:menu:1").await).contains("relève d'une autre structure"),
        "a forged button is refused"
    );
    h.close().await;
}

on_every_backend!(
    admins_promote_and_demote_coordinators,
    every_coordinator_command_refuses_everyone_else,
    a_scoped_coordinator_sees_their_organisation_only
);
