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
    assert!(list.contains("dont vous vous occupez"), "{list}");
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
    relayed_messages_are_limited_per_minute,
    the_relay_count_starts_again_each_minute,
    permanence_creations_are_limited_per_day,
    a_partners_announcement_waits_for_a_coordinator,
    reports_are_limited_per_hour,
    one_person_does_not_book_a_whole_day,
    contact_details_are_found_however_written,
    erasure_keeps_the_record_of_ones_actions,
    scoping_covers_missions_and_their_applications,
);

/// The database and the exported files are created readable by their owner only (they were
/// readable by every local user).
#[cfg(unix)]
#[tokio::test]
async fn files_at_rest_are_their_owners_only() {
    use pairbot::adapters::console::ConsoleTransport;
    use pairbot::core::{Attachment, Outgoing, Transport};
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let root = tempfile::tempdir().unwrap();
    let db = root.path().join("data/pairbot.db");
    let store = pairbot::store::Store::open(&db.display().to_string())
        .await
        .unwrap();
    assert_eq!(mode(&db), 0o600);
    assert_eq!(mode(db.parent().unwrap()), 0o700);
    store.close().await;
    let files = root.path().join("exports");
    let transport = ConsoleTransport::new(std::io::sink(), files.clone());
    let mut message = Outgoing::private(Platform::Console, UserId("coord".into()), "export".into());
    message.attachment = Some(Attachment {
        file_name: "inscriptions.csv".into(),
        mime: "text/csv".into(),
        content: "n°;nom\n1;Anne\n".into(),
    });
    transport.send(&message).await.unwrap();
    assert_eq!(mode(&files), 0o700);
    let written: Vec<_> = std::fs::read_dir(&files).unwrap().collect();
    assert_eq!(written.len(), 1);
    assert_eq!(mode(&written[0].as_ref().unwrap().path()), 0o600);
}

/// A start that would leave secrets weak is refused, saying why: an empty (or short) webhook
/// secret let an empty header through, and Matrix stores without a passphrase were kept
/// unencrypted without a word.
#[test]
fn weak_secrets_are_refused_at_start() {
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let dir = tempfile::tempdir().unwrap();
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_pairbot"));
        command
            .arg("--database-url")
            .arg(dir.path().join("p.db"))
            .args(args)
            .env_remove("MATRIX_STORE_PASSPHRASE")
            .env_remove("MATRIX_STORE_UNENCRYPTED")
            .env_remove("TELEGRAM_WEBHOOK_SECRET");
        for (k, v) in env {
            command.env(k, v);
        }
        let out = command.output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    for secret in ["", "court"] {
        let (ok, err) = run(
            &["telegram", "--webhook-url", "https://bot.exemple.org/hook"],
            &[
                ("TELEGRAM_BOT_TOKEN", "123:abc"),
                ("TELEGRAM_WEBHOOK_SECRET", secret),
            ],
        );
        assert!(
            !ok && err.contains("webhook secret must be"),
            "{secret:?}: {err}"
        );
    }
    let (ok, err) = run(
        &[
            "matrix",
            "--homeserver",
            "http://127.0.0.1:9",
            "--user-id",
            "@bot:exemple.org",
        ],
        &[("MATRIX_PASSWORD", "pass-word")],
    );
    assert!(!ok && err.contains("MATRIX_STORE_PASSPHRASE"), "{err}");
    assert!(!err.contains("pass-word"), "no secret printed");
}

/// One person cannot take every place of a day: a second slot of the same permanence the
/// same day is refused with the reason; another day is fine (every slot could be booked).
async fn one_person_does_not_book_a_whole_day(db: &TestDb) {
    use pairbot::store::NewPermanence;
    let h = Harness::new(db).await;
    h.consent("ann").await;
    let now = pairbot::store::now();
    // Three slots on one local day (10:00, 10:30, 11:00 in three days), one the next day.
    let day = pairbot::features::permanence::schedule::local_date(now + 3 * 86_400);
    let at = |date, minute| {
        pairbot::features::permanence::schedule::local_instant(date, minute).unwrap()
    };
    let next = day.succ_opt().unwrap();
    let starts = [at(day, 600), at(day, 630), at(day, 660), at(next, 600)];
    let mut tx = h.engine.store().begin().await.unwrap();
    let id = tx
        .create_permanence(
            &NewPermanence {
                title: "Permanence fictive".into(),
                structure: "Service fictif".into(),
                address: "Hall A".into(),
                department: Some("31".into()),
                themes: vec!["sclerose-en-plaques".into()],
                slot_minutes: 30,
                capacity: 1,
                open_days: 14,
                ..Default::default()
            },
            now,
        )
        .await
        .unwrap();
    let slots: Vec<(i64, i64)> = starts.iter().map(|s| (*s, s + 1800)).collect();
    tx.add_slots(id, &slots, 1).await.unwrap();
    let ids: Vec<i64> = tx.slots_of(id).await.unwrap().iter().map(|s| s.0).collect();
    tx.commit().await.unwrap();
    assert_eq!(ids.len(), 4);
    let book = |slot: i64| {
        let h = &h;
        async move { texts(&h.send(press("ann", &format!("perm:confirm:{slot}"))).await) }
    };
    assert!(book(ids[0]).await.contains("C'est réservé"));
    let refused = book(ids[1]).await;
    assert!(
        refused.contains("Vous avez déjà une réservation ce jour-là"),
        "{refused}"
    );
    assert_eq!(h.rows("bookings", "ann").await, 1);
    assert!(book(ids[3]).await.contains("C'est réservé"));
    // The same slot again is still "already booked", not the day's limit.
    assert!(!book(ids[0]).await.contains("ce jour-là"));
}

/// One person's reports are limited per hour (each reaches every coordinator): past the
/// limit, the reporter is thanked and told, and coordinators are not told again.
async fn reports_are_limited_per_hour(db: &TestDb) {
    let h = Harness::with_settings(db, common::staff()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    let mut tx = h.engine.store().begin().await.unwrap();
    let host = tx
        .partner_of(Platform::Console, &pairbot::demo::partner_user(1))
        .await
        .unwrap()
        .unwrap();
    tx.rollback().await.unwrap();
    h.consent("pat").await;
    let limit = pairbot::core::settings::Limits::default().reports_per_hour;
    for _ in 0..limit {
        let out = h
            .say(
                "pat",
                &format!("/signaler profil {} propos déplacés", host.id),
            )
            .await;
        assert!(out.iter().any(|m| m.user.0 == "coord"), "{}", texts(&out));
    }
    let out = h
        .say(
            "pat",
            &format!("/signaler profil {} propos déplacés", host.id),
        )
        .await;
    assert!(
        texts(&out).contains("plusieurs signalements dans l'heure"),
        "{}",
        texts(&out)
    );
    assert!(
        out.iter().all(|m| m.user.0 == "pat"),
        "coordinators not told again"
    );
    assert_eq!(h.rows("reports", "pat").await, limit);
}

/// A partner's new permanence reaches subscribers only once a coordinator agrees (a scam
/// title and link went out at once to every follower); the host cannot announce it; a
/// coordinator's own goes out at once.
async fn a_partners_announcement_waits_for_a_coordinator(db: &TestDb) {
    let h = Harness::with_settings(db, common::staff()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    let host = pairbot::demo::partner_user(1).0;
    let host = host.as_str();
    h.consent("fan").await;
    h.say("fan", "/abonner permanences").await;
    h.say(host, "/permanence_nouvelle").await;
    h.say(host, "Gagnez 500 euros avec nous").await;
    h.say(host, "Association fictive").await;
    h.say(host, "en ligne").await;
    h.say(host, "https://visio.example.org/offre").await;
    let out = h.say(host, "diabète").await;
    let out = h
        .send(press(
            host,
            &common::choice_labelled(&out, "dates précises"),
        ))
        .await;
    drop(out);
    let out = h
        .say(host, &format!("{} 18h-19h", common::future_day(4)))
        .await;
    let out = h
        .send(press(
            host,
            &common::choice_labelled(&out, "Toute la plage"),
        ))
        .await;
    h.send(press(host, &common::choice_labelled(&out, "5 personnes")))
        .await;
    h.say(host, "30").await;
    let out = h.say(host, "aucun").await;
    let out = h
        .send(press(host, &common::choice_labelled(&out, "Créer")))
        .await;
    assert!(texts(&out).contains("est créée"), "{}", texts(&out));
    assert!(
        texts(&out).contains("dès que la coordination"),
        "{}",
        texts(&out)
    );
    // Nothing reached the follower; the coordinators are asked.
    assert!(!out.iter().any(|m| m.user.0 == "fan"), "{out:?}");
    let asked = out
        .iter()
        .find(|m| m.user.0 == "coord")
        .expect("a coordinator is asked");
    assert!(asked.text.contains("Gagnez 500 euros"), "{}", asked.text);
    let announce = common::choice_labelled(std::slice::from_ref(asked), "Annoncer");
    // The host cannot announce it.
    let refused = texts(&h.send(press(host, &announce)).await);
    assert!(refused.contains("réservée aux coordinateurs"), "{refused}");
    // The coordinator announces it: once, however many times pressed.
    let out = h.send(press("coord", &announce)).await;
    assert!(out.iter().any(|m| m.user.0 == "fan"), "{}", texts(&out));
    assert!(
        texts(&out).contains("est annoncée à une personne"),
        "{}",
        texts(&out)
    );
    let again = h.send(press("admin", &announce)).await;
    assert!(!again.iter().any(|m| m.user.0 == "fan"));
    assert!(texts(&again).contains("déjà répondu"), "{}", texts(&again));
    let log = h.say_text("coord", "/journal permanence").await;
    assert!(log.contains("permanence annoncée aux abonnés"), "{log}");
}

/// Each message relayed in a conversation notifies the other person: past a few in a minute,
/// they are not passed on, and the writer is told to wait.
async fn relayed_messages_are_limited_per_minute(db: &TestDb) {
    let mut settings = common::staff();
    settings.limits.relays_per_minute = 3;
    let h = Harness::with_settings(db, settings).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    h.consent("pat").await;
    let found = h.say("pat", "/chercher SEP").await;
    let ask = common::last_choices(&found)
        .into_iter()
        .find(|d| d.starts_with("contact:ask:"))
        .expect("someone to write to");
    h.send(press("pat", &ask)).await;
    let out = h
        .say("pat", "Bonjour, je voudrais échanger avec vous.")
        .await;
    let note = out.iter().find(|m| m.user.0 != "pat").expect("the request");
    let partner = note.user.0.clone();
    let accept = common::choice_labelled(std::slice::from_ref(note), "Accepter");
    h.send(press(&partner, &accept)).await;
    for n in 1..=3 {
        let out = h.say("pat", &format!("Message {n}")).await;
        assert!(
            out.iter().any(|m| m.user.0 == partner),
            "message {n}: {}",
            texts(&out)
        );
    }
    let out = h.say("pat", "Message 4").await;
    assert!(out.iter().all(|m| m.user.0 == "pat"), "{}", texts(&out));
    assert!(texts(&out).contains("3 par minute"), "{}", texts(&out));
    // The other side has its own count.
    let out = h.say(&partner, "Bonjour !").await;
    assert!(out.iter().any(|m| m.user.0 == "pat"), "{}", texts(&out));
}

/// The relay count starts again once a minute has passed.
async fn the_relay_count_starts_again_each_minute(db: &TestDb) {
    let h = Harness::new(db).await;
    h.consent("pat").await;
    let (who, at) = (UserId("pat".into()), 1_000_000);
    let mut tx = h.engine.store().begin().await.unwrap();
    let mut counts = Vec::new();
    for t in [at, at + 10, at + 59, at + 60, at + 61, at + 200] {
        counts.push(tx.count_relayed(Platform::Console, &who, t).await.unwrap());
    }
    let nobody = UserId("nobody".into());
    assert_eq!(
        tx.count_relayed(Platform::Console, &nobody, at)
            .await
            .unwrap(),
        0
    );
    tx.commit().await.unwrap();
    assert_eq!(counts, [1, 2, 3, 1, 2, 1]);
}

/// A partner creates a limited number of permanences a day (each may reach every follower);
/// coordinators are not limited.
async fn permanence_creations_are_limited_per_day(db: &TestDb) {
    let mut settings = common::staff();
    settings.limits.permanences_per_day = 1;
    let h = Harness::with_settings(db, settings).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    let host = pairbot::demo::partner_user(1);
    let out = h.say_text(&host.0, "/permanence_nouvelle").await;
    assert!(out.contains("Quel est le nom"), "{out}");
    h.say(&host.0, "/annuler").await;
    // One created an hour ago (as the journal records it).
    let mut tx = h.engine.store().begin().await.unwrap();
    for actor in [host.clone(), UserId("coord".into())] {
        tx.audit(&pairbot::store::AuditEntry {
            at: pairbot::store::now() - 3_600,
            actor: (Platform::Console, actor),
            action: "permanence.create".into(),
            target: "permanence:1".into(),
            reason: None,
            chat: None,
        })
        .await
        .unwrap();
    }
    tx.commit().await.unwrap();
    let out = h.say_text(&host.0, "/permanence_nouvelle").await;
    assert!(out.contains("ces dernières 24 heures"), "{out}");
    let out = h.say_text("coord", "/permanence_nouvelle").await;
    assert!(!out.contains("ces dernières 24 heures"), "{out}");
}
