//! Subscriptions and broadcasts through the engine, on SQLite and PostgreSQL: a broadcast
//! reaches exactly the subscribers, once, even when the bot restarts between queueing and
//! sending.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, choice_labelled, press, texts};
use pairbot::core::{Platform, Settings};

fn settings() -> Settings {
    Settings {
        coordinators: vec![(Platform::Console, "coord".into())],
        ..Settings::default()
    }
}

async fn a_broadcast_reaches_each_subscriber_once(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    for who in ["ann", "bob", "cid", "dan"] {
        h.consent(who).await;
    }
    let out = h.say_text("ann", "/abonner actualités").await;
    assert!(
        out.contains("vous recevrez « Actualités de la coordination »"),
        "{out}"
    );
    h.say("bob", "/abonner news").await;
    // Cid follows, then stops with the toggle.
    let out = h.say("cid", "/abonner").await;
    let out = h
        .send(press("cid", &choice_labelled(&out, "Actualités")))
        .await;
    assert!(out.last().unwrap().choices[0].label.starts_with('✓'));
    h.send(press("cid", &choice_labelled(&out, "Actualités")))
        .await;
    // Typed, the number of a topic followed asks before stopping it (it stopped at once).
    h.consent("eve").await;
    h.say("eve", "/abonner actualites").await;
    let list = h.say("eve", "/abonner").await;
    assert!(list.last().unwrap().choices[0].label.starts_with('✓'));
    let out = h.say_text("eve", "1").await;
    assert!(out.contains("Ne plus recevoir « Actualités"), "{out}");
    let out = h.say("eve", "Non, continuer").await;
    assert!(texts(&out).contains("vous continuez"), "{}", texts(&out));
    let list = h.say("eve", "/abonner").await;
    assert!(list.last().unwrap().choices[0].label.starts_with('✓'));
    h.say("eve", "1").await;
    let out = h.say_text("eve", "Oui, ne plus les recevoir").await;
    assert!(out.contains("vous ne recevrez plus"), "{out}");
    let out = h.say_text("dan", "/abonner chaussettes").await;
    assert!(
        out.contains("Je ne connais pas le sujet « chaussettes »"),
        "{out}"
    );
    // Nobody follows "etp": nothing to send, and no button offers it.
    let out = h.say("coord", "/diffuser etp Rien.").await;
    assert!(
        texts(&out).contains("Personne n'est abonné"),
        "{}",
        texts(&out)
    );
    assert!(out.last().unwrap().choices.is_empty());
    // The preview counts the subscribers; nothing is sent yet.
    let out = h
        .say("coord", "/diffuser actualites Rencontre le 12 décembre.")
        .await;
    assert!(
        texts(&out).contains("Il sera envoyé à 2 personnes abonnées"),
        "{}",
        texts(&out)
    );
    assert!(out.iter().all(|m| m.user.0 == "coord"));
    // Sending queues it; the bot stops before delivering and a new one takes over.
    let send = pairbot::core::Incoming {
        body: pairbot::core::Body::Choice("bc:send".into()),
        ..pairbot::core::Incoming::private_text(Platform::Console, "coord", "")
    };
    h.engine.handle(&send).await.unwrap();
    let restarted = Harness::with_settings(db, settings()).await;
    restarted.engine.deliver(&restarted.out).await.unwrap();
    let sent = restarted.out.take();
    let mut reached: Vec<&str> = sent
        .iter()
        .filter(|m| m.text.contains("Rencontre le 12 décembre."))
        .map(|m| m.user.0.as_str())
        .collect();
    reached.sort_unstable();
    assert_eq!(reached, ["ann", "bob"]);
    assert!(
        sent.iter().any(|m| m.user.0 == "coord"
            && common::plain(&m.text).contains("C'est envoyé à 2 personnes"))
    );
    // Nothing more, from either process.
    restarted.engine.deliver(&restarted.out).await.unwrap();
    h.engine.deliver(&h.out).await.unwrap();
    assert!(restarted.out.take().is_empty());
    assert!(h.out.take().is_empty());
    // A double tap sends nothing again.
    let out = h.send(press("coord", "bc:send")).await;
    assert!(
        texts(&out).contains("n'est plus valable"),
        "{}",
        texts(&out)
    );
    // Ann stops from the message itself; the next broadcast reaches Bob only.
    let ann = sent.iter().find(|m| m.user.0 == "ann").unwrap();
    let stop = ann.choices[0].data.clone();
    let out = h.send(press("ann", &stop)).await;
    assert!(
        texts(&out).contains("Ne plus recevoir « Actualités"),
        "{}",
        texts(&out)
    );
    let out = h.say("ann", "oui").await;
    assert!(
        texts(&out).contains("vous ne recevrez plus"),
        "{}",
        texts(&out)
    );
    h.say("coord", "/diffuser actualites Deuxième message.")
        .await;
    let out = h.send(press("coord", "bc:send")).await;
    let reached: Vec<&str> = out
        .iter()
        .filter(|m| m.text.contains("Deuxième message."))
        .map(|m| m.user.0.as_str())
        .collect();
    assert_eq!(reached, ["bob"]);
    // Both broadcasts are in the audit log; subscriptions leave with their person.
    let journal = h.say_text("coord", "/journal").await;
    assert_eq!(
        journal.matches("message envoyé aux abonnés").count(),
        2,
        "{journal}"
    );
    assert_eq!(h.rows("subscriptions", "bob").await, 1);
    h.say("bob", "/oublier").await;
    h.say("bob", "1").await;
    assert_eq!(h.rows("subscriptions", "bob").await, 0);
    restarted.close().await;
    h.close().await;
}

async fn new_programmes_are_announced_to_followers(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    h.consent("ann").await;
    h.say("ann", "/abonner etp").await;
    h.say("coord", "/etp_nouveau").await;
    for answer in [
        "Vivre avec la SEP",
        "CHU fictif",
        "une équipe fictive",
        "3 rue Fictive, Lyon",
    ] {
        h.say("coord", answer).await;
    }
    let out = h.say("coord", "2").await; // "Non, sur place seulement"
    assert!(
        texts(&out).contains("Pour quelles maladies"),
        "{}",
        texts(&out)
    );
    let out = h.say("coord", "SEP").await;
    h.send(press(
        "coord",
        &choice_labelled(&out, "séances collectives"),
    ))
    .await;
    h.say("coord", "6 séances").await;
    h.say("coord", "8").await;
    let out = h.say("coord", "non").await;
    assert!(
        texts(&out).contains("que propose le programme"),
        "{}",
        texts(&out)
    );
    let out = h.say("coord", "Un programme fictif pour les tests.").await;
    let out = h
        .send(press("coord", &choice_labelled(&out, "Créer le programme")))
        .await;
    let told = out.iter().find(|m| m.user.0 == "ann").expect("ann told");
    assert!(
        told.text
            .contains("un nouveau programme, « Vivre avec la SEP »"),
        "{}",
        told.text
    );
    h.close().await;
}

on_every_backend!(
    a_broadcast_reaches_each_subscriber_once,
    new_programmes_are_announced_to_followers
);
