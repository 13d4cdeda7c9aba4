//! Abuse resistance through the engine, on SQLite and PostgreSQL: a coordinator cannot erase
//! the record of their own actions, exports of personal data are recorded, and a coordinator
//! scoped to one structure cannot see or decide another structure's missions.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, press, programme, texts};
use pairbot::core::{Platform, UserId};

/// Grants `user` (a console user) the coordinator role, for `organisation` if any.
async fn coordinator(h: &Harness, user: &str, organisation: Option<&str>) {
    let mut tx = h.engine.store().begin().await.unwrap();
    tx.grant_coordinator(
        (Platform::Console, &UserId(user.into())),
        organisation,
        pairbot::store::now(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

async fn erasure_keeps_the_record_of_ones_actions(db: &TestDb) {
    let h = Harness::with_settings(db, common::staff()).await;
    coordinator(&h, "cora", None).await;
    h.consent("cora").await;
    let id = programme(&h, "Programme fictif", 5).await;
    // An export of names and contact details is recorded.
    let out = h.say("cora", &format!("/etp_export {id}")).await;
    assert!(
        out.iter().any(|m| m.attachment.is_some()),
        "{}",
        texts(&out)
    );
    let out = h
        .say("cora", "/bloquer console:zed messages menaçants")
        .await;
    assert!(
        texts(&out).contains("Blocage enregistré"),
        "{}",
        texts(&out)
    );
    let log = h.say_text("coord", "/journal").await;
    assert!(log.contains("inscriptions exportées"), "{log}");
    assert!(log.contains("console:cora"), "{log}");
    // The coordinator erases their data: their actions stay, under a pseudonym (they were
    // deleted with everything else).
    let out = h.say("cora", "/oublier").await;
    let confirm = out.last().unwrap().choices[0].data.clone();
    h.press("cora", &confirm).await;
    assert_eq!(h.rows("audit_log", "cora").await, 0);
    let log = h.say_text("coord", "/journal").await;
    assert!(!log.contains("console:cora"), "{log}");
    let erased = log
        .lines()
        .filter(|l| l.contains("une personne qui a effacé ses données (réf."))
        .count();
    assert!(erased >= 2, "{log}");
    assert!(
        log.contains("inscriptions exportées") && log.contains("personne bloquée"),
        "{log}"
    );
}

async fn scoping_covers_missions_and_their_applications(db: &TestDb) {
    let h = Harness::with_settings(db, common::staff()).await;
    coordinator(&h, "cora", Some("Clinique fictive")).await;
    h.consent("cora").await;
    common::approved_partner(
        h.engine.store(),
        (Platform::Console, "claire"),
        "Claire F.",
        "etp-40h",
    )
    .await;
    // A mission of another structure's programme ("Hôpital fictif").
    let other = programme(&h, "Programme de l'hôpital", 5).await;
    let mut tx = h.engine.store().begin().await.unwrap();
    let mission = tx
        .create_mission(
            &pairbot::store::NewMission {
                programme_id: Some(other),
                kind: "temoignage".into(),
                dates: "en mars".into(),
                training: "none".into(),
                places: 1,
                sheet: "Témoigner devant l'équipe.".into(),
                structure: "Hôpital fictif".into(),
                ..Default::default()
            },
            pairbot::store::now(),
        )
        .await
        .unwrap();
    tx.commit().await.unwrap();
    // The partner applies: the coordinator scoped elsewhere is not told, the others are.
    let out = h
        .send(press("claire", &format!("mis:apply:{mission}")))
        .await;
    assert!(texts(&out).contains("est envoyée"), "{}", texts(&out));
    assert!(!out.iter().any(|m| m.user.0 == "cora"), "{out:?}");
    let told = out
        .iter()
        .find(|m| m.user.0 == "coord")
        .expect("the unscoped coordinator is told");
    let application: i64 = told.choices[0]
        .data
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    // The scoped coordinator neither lists it, nor opens, decides or closes it (one closed
    // another structure's mission and decided its applications).
    let list = h.say_text("cora", "/missions").await;
    assert!(!list.contains(&format!("Mission n° {mission}")), "{list}");
    for action in [
        format!("mis:menu:{mission}"),
        format!("mis:select:{application}"),
        format!("mis:decline:{application}"),
        format!("mis:close:{mission}"),
    ] {
        let out = texts(&h.send(press("cora", &action)).await);
        assert!(
            out.contains("relève d'une autre structure"),
            "{action}: {out}"
        );
    }
    let mut tx = h.engine.store().begin().await.unwrap();
    let m = tx.mission(mission).await.unwrap().unwrap();
    let a = tx.application(application).await.unwrap().unwrap();
    tx.rollback().await.unwrap();
    assert!(m.open, "still open");
    assert_eq!(a.status, pairbot::store::ApplicationStatus::Applied);
    // Nor posts a mission for that programme.
    let out = h.say("cora", "/mission_nouvelle").await;
    h.send(press("cora", &common::choice_labelled(&out, "Témoignage")))
        .await;
    let out = h.say_text("cora", &other.to_string()).await;
    assert!(out.contains("relève d'une autre structure"), "{out}");
    // The unscoped coordinator still manages it.
    let out = texts(
        &h.send(press("coord", &format!("mis:close:{mission}")))
            .await,
    );
    assert!(out.contains("est close"), "{out}");
}

/// Ways to reach someone that slipped through (a shortener, a phone number with slashes, an
/// address spelled out) are refused in introductions and pseudonyms.
async fn contact_details_are_found_however_written(db: &TestDb) {
    let h = Harness::new(db).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    h.consent("pat").await;
    let found = h.say("pat", "/chercher SEP Toulouse").await;
    let ask = common::choice_labelled(&found, "Écrire à");
    for sneaky in [
        "voyez bit.ly/abc12 pour me joindre",
        "mon numéro : 06/12/34/56/78",
        "écrivez à jean point dupont chez gmail",
        "gagnez sur arnaque.xyz",
    ] {
        h.send(press("pat", &ask)).await;
        let out = h.say("pat", sneaky).await;
        assert!(
            texts(&out).contains("Pour votre sécurité"),
            "{sneaky}: {}",
            texts(&out)
        );
        assert!(
            out.iter().all(|m| m.user.0 == "pat"),
            "{sneaky}: nothing sent"
        );
        h.say("pat", "/annuler").await;
    }
    h.consent("lou").await;
    h.say("lou", "/devenir_partenaire").await;
    for sneaky in [
        "bit.ly/abc12",
        "06/12/34/56/78",
        "jean point dupont chez gmail",
    ] {
        let out = h.say_text("lou", sneaky).await;
        assert!(out.contains("Sous quel nom"), "{sneaky}: {out}");
    }
}

on_every_backend!(
    contact_details_are_found_however_written,
    erasure_keeps_the_record_of_ones_actions,
    scoping_covers_missions_and_their_applications,
);
