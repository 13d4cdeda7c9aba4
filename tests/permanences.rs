//! Permanences through the engine, on SQLite and PostgreSQL: finding one, booking, the
//! waiting list and its promotion, cancelling (and too late to cancel), calendar files,
//! reminders planned, demo data.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, choice_labelled, last_choices, press, texts};
use icalendar::Component;
use pairbot::core::{Outgoing, Platform, Settings, UserId};
use pairbot::store::NewPermanence;

/// What the messages show: their texts and their choices' labels (a list is shown once, as
/// its choices).
fn shown(out: &[Outgoing]) -> String {
    let labels: Vec<&str> = out
        .iter()
        .flat_map(|m| m.choices.iter().map(|c| c.label.as_str()))
        .collect();
    format!("{}\n{}", texts(out), labels.join("\n"))
}

/// A permanence with one slot starting `in_secs` from now; returns (permanence, slot).
async fn permanence_with_slot(
    h: &Harness,
    title: &str,
    in_secs: i64,
    capacity: i64,
    hosts: Vec<i64>,
) -> (i64, i64) {
    let now = pairbot::store::now();
    let mut tx = h.engine.store().begin().await.unwrap();
    let id = tx
        .create_permanence(
            &NewPermanence {
                title: title.into(),
                structure: "Service fictif".into(),
                address: "Hall A".into(),
                department: Some("31".into()),
                themes: vec!["sclerose-en-plaques".into()],
                hosts,
                slot_minutes: 30,
                capacity,
                open_days: 14,
                cutoff_minutes: 240,
                ..Default::default()
            },
            now,
        )
        .await
        .unwrap();
    let start = now + in_secs;
    tx.add_slots(id, &[(start, start + 1800)], capacity)
        .await
        .unwrap();
    let slot = tx.slots_of(id).await.unwrap()[0].0;
    tx.commit().await.unwrap();
    (id, slot)
}

/// The calendar file of a message, parsed: (summary, start in Unix seconds).
fn calendar(message: &Outgoing) -> (String, i64) {
    let file = message.attachment.as_ref().expect("a calendar file");
    assert_eq!(file.mime, "text/calendar");
    let parsed: icalendar::Calendar = file.content.parse().expect("a valid iCalendar file");
    let event = parsed.events().next().expect("one event");
    let start = match event.get_start().expect("a start") {
        icalendar::DatePerhapsTime::DateTime(icalendar::CalendarDateTime::Utc(t)) => t.timestamp(),
        other => panic!("start not in UTC: {other:?}"),
    };
    (event.get_summary().unwrap_or_default().to_owned(), start)
}

async fn a_patient_books_another_waits_and_is_promoted(db: &TestDb) {
    let h = Harness::with_settings(db, Settings::default()).await;
    let (id, slot) = permanence_with_slot(&h, "Permanence SEP test", 3 * 86_400, 1, vec![]).await;
    // Consent first: the list names illnesses and booking is stored.
    let out = h.say("ann", "/permanences SEP Toulouse").await;
    assert_eq!(last_choices(&out), ["consent:ask"]);
    h.consent("ann").await;
    h.consent("bob").await;
    let out = h.say("ann", "/permanences SEP Toulouse").await;
    assert!(
        texts(&out).contains("Permanence SEP test"),
        "{}",
        texts(&out)
    );
    assert_eq!(last_choices(&out), [format!("perm:slots:{id}")]);
    // Free text that names nothing known is explained.
    let out = h.say_text("ann", "/permanences blabla").await;
    assert!(out.contains("Je n'ai reconnu ni maladie"), "{out}");
    let out = h.send(press("ann", &format!("perm:slots:{id}"))).await;
    // The slot is shown once, as its choice (the text no longer repeats it as a bullet).
    let slots = &out.last().unwrap().choices;
    assert!(slots[0].label.contains(": 1 place"), "{slots:?}");
    assert!(!texts(&out).contains(": 1 place"), "{}", texts(&out));
    assert_eq!(last_choices(&out), [format!("perm:book:{slot}")]);
    let out = h.send(press("ann", &format!("perm:book:{slot}"))).await;
    assert!(
        texts(&out).contains("Réserver une place"),
        "{}",
        texts(&out)
    );
    let out = h.send(press("ann", &format!("perm:confirm:{slot}"))).await;
    assert!(texts(&out).contains("C'est réservé"), "{}", texts(&out));
    let file = out.iter().find(|m| m.attachment.is_some()).unwrap();
    let (summary, start) = calendar(file);
    assert_eq!(summary, "Permanence SEP test");
    let mut tx = h.engine.store().begin().await.unwrap();
    let slot_start = tx.slot(slot).await.unwrap().unwrap().starts_at;
    tx.rollback().await.unwrap();
    assert_eq!(start, slot_start);
    // The day-before and hour-before reminders are planned.
    assert_eq!(h.rows("reminders", "ann").await, 2);
    // Her data, in words rather than stored codes.
    let data = h.say_text("ann", "/mes_donnees").await;
    assert!(data.contains("statut : place confirmée"), "{data}");
    assert!(
        data.contains("rappel la veille") && !data.contains(": day"),
        "{data}"
    );
    // A double tap books once.
    let again = h.send(press("ann", &format!("perm:confirm:{slot}"))).await;
    assert!(
        texts(&again).contains("déjà une réservation"),
        "{}",
        texts(&again)
    );
    // Ann's own slot is shown as hers, not as full, and offers no second booking.
    let out = h.send(press("ann", &format!("perm:slots:{id}"))).await;
    assert!(
        shown(&out).contains("vous y avez une place"),
        "{}",
        shown(&out)
    );
    let out = h.send(press("ann", &format!("perm:book:{slot}"))).await;
    assert!(
        texts(&out).contains("déjà une réservation"),
        "{}",
        texts(&out)
    );
    // The slot is full: Bob is offered the waiting list.
    let out = h.send(press("bob", &format!("perm:slots:{id}"))).await;
    assert!(shown(&out).contains("complet"), "{}", shown(&out));
    let out = h.send(press("bob", &format!("perm:book:{slot}"))).await;
    assert!(texts(&out).contains("liste d'attente"), "{}", texts(&out));
    let out = h.send(press("bob", &format!("perm:confirm:{slot}"))).await;
    assert!(texts(&out).contains("en position 1"), "{}", texts(&out));
    assert!(out.iter().all(|m| m.attachment.is_none()));
    // Ann cancels: Bob gets the place, is told, with his calendar file.
    let out = h.say("ann", "/mes_reservations").await;
    let cancel = last_choices(&out)[0].clone();
    assert!(cancel.starts_with("perm:cancel:"), "{cancel}");
    // Cancelling asks first, naming the booking; nothing changes until confirmed.
    let out = h.send(press("ann", &cancel)).await;
    assert!(
        texts(&out).contains("Annuler votre réservation « Permanence SEP test »"),
        "{}",
        texts(&out)
    );
    assert!(out.iter().all(|m| m.user.0 == "ann"));
    let confirm = last_choices(&out)[0].clone();
    assert!(confirm.starts_with("perm:cancelok:"), "{confirm}");
    let out = h.send(press("ann", &confirm)).await;
    assert!(texts(&out).contains("est annulée"), "{}", texts(&out));
    let told = out.iter().find(|m| m.user.0 == "bob").expect("bob told");
    assert!(
        told.text.contains("une place s'est libérée"),
        "{}",
        told.text
    );
    // Files travel in their own message, after the text.
    let file = out
        .iter()
        .find(|m| m.user.0 == "bob" && m.attachment.is_some())
        .expect("bob's calendar file");
    assert_eq!(calendar(file).1, slot_start);
    assert_eq!(h.rows("reminders", "ann").await, 0);
    assert_eq!(h.rows("reminders", "bob").await, 2);
    let list = h.say_text("bob", "/mes_reservations").await;
    assert!(
        list.contains("Permanence SEP test") && !list.contains("attente"),
        "{list}"
    );
    // Cancelling twice, or someone else's booking, is refused kindly.
    let twice = h.send(press("ann", &confirm)).await;
    assert!(texts(&twice).contains("n'existe plus"), "{}", texts(&twice));
    h.close().await;
}

async fn cancelling_too_late_points_to_the_host(db: &TestDb) {
    let h = Harness::with_settings(db, Settings::default()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    let mut tx = h.engine.store().begin().await.unwrap();
    let host = tx
        .partner_of(Platform::Console, &pairbot::demo::partner_user(1))
        .await
        .unwrap()
        .unwrap();
    tx.rollback().await.unwrap();
    // A slot in two hours, with cancellation allowed until four hours before.
    let (_, slot) = permanence_with_slot(&h, "Bientôt", 2 * 3600, 3, vec![host.id]).await;
    h.consent("cat").await;
    h.send(press("cat", &format!("perm:confirm:{slot}"))).await;
    // Only the hour-before reminder is still ahead.
    assert_eq!(h.rows("reminders", "cat").await, 1);
    let out = h.say("cat", "/mes_reservations").await;
    let cancel = last_choices(&out)[0].clone();
    let out = h.send(press("cat", &cancel)).await;
    assert!(texts(&out).contains("trop tard"), "{}", texts(&out));
    assert_eq!(last_choices(&out), [format!("contact:ask:{}", host.id)]);
    // Nothing was cancelled.
    assert!(
        h.say_text("cat", "/mes_reservations")
            .await
            .contains("Bientôt")
    );
    // Someone else cannot cancel it, and a slot that does not exist cannot be booked.
    h.consent("dan").await;
    let out = h.send(press("dan", &cancel)).await;
    assert!(texts(&out).contains("n'existe plus"), "{}", texts(&out));
    let out = h.send(press("dan", "perm:book:999999")).await;
    assert!(
        texts(&out).contains("n'est plus disponible"),
        "{}",
        texts(&out)
    );
    let out = h.send(press("dan", "perm:book:abc")).await;
    assert!(
        texts(&out).contains("n'est plus valable"),
        "{}",
        texts(&out)
    );
    h.close().await;
}

async fn long_lists_of_permanences_page_on(db: &TestDb) {
    let h = Harness::new(db).await;
    for i in 1..=12 {
        permanence_with_slot(&h, &format!("Permanence n° {i:02}"), 2 * 86_400, 2, vec![]).await;
    }
    h.consent("p").await;
    let first = h.say("p", "/permanences SEP").await;
    let text = texts(&first);
    assert!(text.contains("12 permanences correspondent"), "{text}");
    assert!(text.contains("n° 01") && text.contains("n° 05") && !text.contains("n° 06"));
    let choices = last_choices(&first);
    assert_eq!(choices.len(), 6, "{choices:?}");
    assert_eq!(choices[5], "perm:more:1");
    // The button's number works as well as the button.
    let second = texts(&h.say("p", "6").await);
    assert!(second.contains("6 à 10 sur 12"), "{second}");
    assert!(second.contains("n° 06") && second.contains("n° 10") && !second.contains("n° 05"));
    let third = h.send(press("p", "perm:more:2")).await;
    assert!(
        texts(&third).contains("11 à 12 sur 12"),
        "{}",
        texts(&third)
    );
    assert!(
        !last_choices(&third)
            .iter()
            .any(|c| c.starts_with("perm:more"))
    );
    // The list is over: an old "more" button is stale, and text is ordinary text again.
    let stale = h.send(press("p", "perm:more:1")).await;
    assert!(
        texts(&stale).contains("n'est plus valable"),
        "{}",
        texts(&stale)
    );
    assert!(h.say_text("p", "/definition ETP").await.contains("Source"));
    // During another dialogue, the rest is pointed to rather than the dialogue ended.
    h.say("p", "/quiz").await;
    let out = texts(&h.say("p", "/permanences").await);
    assert!(out.contains("et 7 autres permanences"), "{out}");
    assert!(h.say_text("p", "vrai").await.contains("Question 2"));
    h.close().await;
}

async fn booking_inside_the_cancellation_cutoff_is_warned_first(db: &TestDb) {
    let h = Harness::new(db).await;
    // Starts in two hours; cancelling through the bot ends four hours before.
    let (_, soon) = permanence_with_slot(&h, "Permanence bientôt", 2 * 3600, 2, vec![]).await;
    let (_, later) = permanence_with_slot(&h, "Permanence plus tard", 3 * 86_400, 2, vec![]).await;
    h.consent("cam").await;
    let out = texts(&h.send(press("cam", &format!("perm:book:{soon}"))).await);
    assert!(out.contains("moins de 4 h"), "{out}");
    assert!(out.contains("ne pourrez plus l'annuler"), "{out}");
    let out = texts(&h.send(press("cam", &format!("perm:book:{later}"))).await);
    assert!(!out.contains("moins de"), "{out}");
    h.close().await;
}

async fn demo_permanences_load_once(db: &TestDb) {
    let store = db.store().await;
    pairbot::demo::load(&store).await.unwrap();
    let now = pairbot::store::now();
    let added = pairbot::demo::load_permanences(&store, now).await.unwrap();
    assert!(added >= 5, "{added}");
    assert_eq!(
        pairbot::demo::load_permanences(&store, now).await.unwrap(),
        0
    );
    let mut tx = store.begin().await.unwrap();
    let all = tx.active_permanences().await.unwrap();
    assert!(
        all.iter()
            .any(|p| p.details.online && p.details.link.is_some())
    );
    assert!(all.iter().any(|p| p.details.weekly.is_none()));
    assert!(all.iter().all(|p| !p.details.hosts.is_empty()));
    // The nearly full ones have one place left on their first slots.
    let sep = all
        .iter()
        .find(|p| p.details.title == "Permanence SEP du CHU")
        .unwrap();
    let slots = tx.open_slots(sep.id, now, i64::MAX).await.unwrap();
    assert!(!slots.is_empty());
    assert_eq!(slots[0].capacity - slots[0].booked, 1);
    tx.rollback().await.unwrap();
    store.close().await;
}

async fn forgetting_passes_the_place_on(db: &TestDb) {
    let h = Harness::with_settings(db, Settings::default()).await;
    let (_, slot) = permanence_with_slot(&h, "Permanence SEP test", 86_400 * 2, 1, vec![]).await;
    h.consent("eve").await;
    h.consent("fay").await;
    h.send(press("eve", &format!("perm:confirm:{slot}"))).await;
    h.send(press("fay", &format!("perm:confirm:{slot}"))).await;
    h.say("eve", "/oublier").await;
    let out = h.say("eve", "1").await;
    // Fay, who was waiting, is told the place is hers.
    let told = out.iter().find(|m| m.user.0 == "fay").expect("fay told");
    assert!(
        told.text.contains("une place s'est libérée"),
        "{}",
        told.text
    );
    assert_eq!(h.rows("bookings", "eve").await, 0);
    assert_eq!(h.rows("reminders", "eve").await, 0);
    let mut tx = h.engine.store().begin().await.unwrap();
    let fay = tx
        .bookings_of((Platform::Console, &UserId("fay".into())), 0)
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(fay.len(), 1);
    assert_eq!(fay[0].status, pairbot::store::BookingStatus::Confirmed);
    h.close().await;
}

async fn reminders_fire_once_at_the_right_moments(db: &TestDb) {
    let h = Harness::with_settings(db, Settings::default()).await;
    let (_, slot) = permanence_with_slot(&h, "Permanence SEP test", 3 * 86_400, 2, vec![]).await;
    h.consent("gus").await;
    h.consent("hal").await;
    h.send(press("gus", &format!("perm:confirm:{slot}"))).await;
    h.send(press("hal", &format!("perm:confirm:{slot}"))).await;
    // Hal gives up his place: he gets no reminder.
    let out = h.say("hal", "/mes_reservations").await;
    h.send(press("hal", &last_choices(&out)[0])).await;
    h.say("hal", "oui").await;
    let mut tx = h.engine.store().begin().await.unwrap();
    let start = tx.slot(slot).await.unwrap().unwrap().starts_at;
    tx.rollback().await.unwrap();
    let day_before = start - 24 * 3600;
    assert_eq!(
        h.engine.send_due_reminders(day_before - 60).await.unwrap(),
        0
    );
    assert_eq!(
        h.engine.send_due_reminders(day_before + 60).await.unwrap(),
        1
    );
    h.engine.deliver(&h.out).await.unwrap();
    let sent = h.out.take();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].user.0, "gus");
    assert!(
        common::plain(&sent[0].text).contains("Rappel : demain"),
        "{}",
        sent[0].text
    );
    // Once only, and a restarted bot (a new engine on the same database) does not repeat it.
    assert_eq!(
        h.engine.send_due_reminders(day_before + 120).await.unwrap(),
        0
    );
    let restarted = Harness::with_settings(db, Settings::default()).await;
    assert_eq!(
        restarted
            .engine
            .send_due_reminders(day_before + 180)
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        restarted
            .engine
            .send_due_reminders(start - 3600 + 60)
            .await
            .unwrap(),
        1
    );
    restarted.engine.deliver(&restarted.out).await.unwrap();
    let sent = restarted.out.take();
    assert!(
        common::plain(&sent[0].text).contains("Rappel : dans une heure"),
        "{}",
        sent[0].text
    );
    assert_eq!(h.rows("reminders", "gus").await, 0);
    restarted.close().await;
    h.close().await;
}

/// The first demo partner (approved), as (console user, profile number, pseudonym).
async fn demo_host(h: &Harness) -> (String, i64, String) {
    pairbot::demo::load(h.engine.store()).await.unwrap();
    let user = pairbot::demo::partner_user(1);
    let mut tx = h.engine.store().begin().await.unwrap();
    let host = tx
        .partner_of(Platform::Console, &user)
        .await
        .unwrap()
        .unwrap();
    tx.rollback().await.unwrap();
    (user.0, host.id, host.profile.pseudonym)
}

async fn a_coordinator_creates_a_weekly_permanence_in_the_chat(db: &TestDb) {
    let settings = Settings {
        coordinators: vec![(Platform::Console, "coord".into())],
        ..Settings::default()
    };
    let h = Harness::with_settings(db, settings).await;
    let (host_user, host_id, pseudonym) = demo_host(&h).await;
    // A person who is neither coordinator nor approved partner is kindly refused.
    let out = h.say_text("pat", "/permanence_nouvelle").await;
    assert!(out.contains("Seuls les coordinateurs"), "{out}");
    let out = h.say_text("coord", "/permanence_nouvelle").await;
    assert!(out.contains("Quel est le nom de la permanence"), "{out}");
    let out = h.say_text("coord", "ab").await;
    assert!(out.contains("un peu court"), "{out}");
    let out = h.say_text("coord", "Permanence SEP hebdomadaire").await;
    assert!(out.contains("Quelle structure"), "{out}");
    h.say("coord", "Maison des usagers (fictive)").await;
    let out = h
        .say_text("coord", "Salle 2, 1 place du Capitole, Toulouse")
        .await;
    assert!(out.contains("Noté : Haute-Garonne (31)"), "{out}");
    assert!(out.contains("Pour quelles maladies"), "{out}");
    let out = h.say_text("coord", "SEP, blablabla").await;
    assert!(out.contains("Je n'ai pas reconnu : blablabla"), "{out}");
    let out = h.say_text("coord", "SEP").await;
    assert!(out.contains("Qui accueille"), "{out}");
    let out = h.say_text("coord", "Personne Inconnue").await;
    assert!(out.contains("aucun profil validé"), "{out}");
    let out = h.say("coord", &pseudonym.to_uppercase()).await;
    assert!(texts(&out).contains("chaque semaine"), "{}", texts(&out));
    let out = h
        .send(press("coord", &choice_labelled(&out, "Chaque semaine")))
        .await;
    assert!(texts(&out).contains("Quel jour"), "{}", texts(&out));
    // Typed rather than pressed.
    // Two days from now, so that the first date is never within the cancellation cutoff.
    let (weekday, day_name) = {
        use chrono::{Datelike, TimeZone};
        let names = [
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
        ];
        let day = pairbot::i18n::TIME_ZONE
            .timestamp_opt(pairbot::store::now() + 2 * 86_400, 0)
            .unwrap()
            .weekday()
            .number_from_monday();
        (day as u8, names[day as usize - 1])
    };
    let out = h.say_text("coord", &day_name.to_uppercase()).await;
    assert!(out.contains("De quelle heure"), "{out}");
    // An end before the start is said to be one (it said "not understood").
    let out = h.say_text("coord", "17h-14h").await;
    assert!(
        out.contains("La fin (14:00) vient avant le début (17:00)"),
        "{out}"
    );
    let out = h.say("coord", "de 14h à 16h").await;
    assert!(texts(&out).contains("Combien de temps"), "{}", texts(&out));
    // A typed 0 is no length: the range is given (the whole opening is a button).
    let zero = h.say_text("coord", "0").await;
    assert!(zero.contains("entre 5 et 120"), "{zero}");
    let out = h
        .send(press("coord", &choice_labelled(&out, "30 min")))
        .await;
    assert!(
        texts(&out).contains("Combien de personnes"),
        "{}",
        texts(&out)
    );
    let out = h.say_text("coord", "0").await;
    assert!(out.contains("entre 1 et 100"), "{out}");
    // Neither a sign nor a decimal part is dropped to make a number fit.
    for typed in ["-5", "2.5", "2,5"] {
        let out = h.say_text("coord", typed).await;
        assert!(out.contains("entre 1 et 100"), "{typed}: {out}");
    }
    let out = h.say("coord", "2 places").await;
    let out = h
        .send(press("coord", &choice_labelled(&out, "14 jours")))
        .await;
    assert!(
        texts(&out).contains("Jusqu'à combien d'heures"),
        "{}",
        texts(&out)
    );
    let out = h.say("coord", "4").await;
    let summary = texts(&out);
    assert!(
        summary.contains(&format!("chaque {day_name}, de 14:00 à 16:00")),
        "{summary}"
    );
    assert!(summary.contains("Places par créneau : 2"), "{summary}");
    assert!(
        summary.contains(&format!("{pseudonym} (n° {host_id})")),
        "{summary}"
    );
    assert!(
        summary.contains("Annulation possible jusqu'à : 4 heures"),
        "{summary}"
    );
    // Typed text at the summary is no answer: the buttons are offered again, with why.
    let again = h.say("coord", "peut-être").await;
    assert!(
        texts(&again).contains("pas reconnu ce choix"),
        "{}",
        texts(&again)
    );
    assert!(
        texts(&again).contains("Places par créneau : 2"),
        "{}",
        texts(&again)
    );
    // An old button of an earlier step does nothing now.
    let stale = h.send(press("coord", "pnew:set:12:3")).await;
    assert!(
        texts(&stale).contains("n'est plus valable"),
        "{}",
        texts(&stale)
    );
    let out = h
        .send(press("coord", &choice_labelled(&out, "Créer")))
        .await;
    assert!(texts(&out).contains("est créée"), "{}", texts(&out));
    let told = out
        .iter()
        .find(|m| m.user.0 == host_user)
        .expect("host told");
    assert!(told.text.contains("Vous êtes indiqué(e)"), "{}", told.text);
    let mut tx = h.engine.store().begin().await.unwrap();
    let created = tx.active_permanences().await.unwrap();
    tx.rollback().await.unwrap();
    let p = created.last().unwrap();
    assert_eq!(p.details.weekly, Some((weekday, 14 * 60, 16 * 60)));
    assert_eq!(p.details.hosts, vec![host_id]);
    assert_eq!(p.details.department.as_deref(), Some("31"));
    assert_eq!(p.details.cutoff_minutes, 240);
    // Three patients book the first slot of two places: the third waits.
    for who in ["ann", "bob", "cid"] {
        h.consent(who).await;
    }
    let out = h.say("ann", "/permanences SEP Toulouse").await;
    let slots = h.send(press("ann", &format!("perm:slots:{}", p.id))).await;
    assert!(
        texts(&out).contains("Permanence SEP hebdomadaire"),
        "{}",
        texts(&out)
    );
    let first = last_choices(&slots)[0].replace("perm:book:", "perm:confirm:");
    for who in ["ann", "bob"] {
        let out = h.send(press(who, &first)).await;
        assert!(texts(&out).contains("C'est réservé"), "{}", texts(&out));
    }
    let out = h.send(press("cid", &first)).await;
    assert!(texts(&out).contains("en position 1"), "{}", texts(&out));
    // The host sees who booked, by booking number: by date, then slot by slot.
    let list = h.say(&host_user, "/mes_permanences").await;
    let out = texts(&list);
    assert!(
        out.contains("2 places prises sur 8 — réservations n°"),
        "{out}"
    );
    assert!(out.contains("en liste d'attente : n°"), "{out}");
    let detail = h.send(press(&host_user, &last_choices(&list)[0])).await;
    let out = texts(&detail);
    assert!(
        out.contains("de 14:00 à 14:30 : 2 places prises sur 2"),
        "{out}"
    );
    assert!(
        out.contains("de 14:30 à 15:00 : aucune réservation"),
        "{out}"
    );
    // Ann cancels: Cid is promoted and told, with a calendar file.
    let out = h.say("ann", "/mes_reservations").await;
    h.send(press("ann", &last_choices(&out)[0])).await;
    let out = h.say("ann", "oui").await;
    let cid = out.iter().find(|m| m.user.0 == "cid").expect("cid told");
    assert!(cid.text.contains("une place s'est libérée"), "{}", cid.text);
    let file = out
        .iter()
        .find(|m| m.user.0 == "cid" && m.attachment.is_some())
        .expect("cid's calendar file");
    assert_eq!(calendar(file).0, "Permanence SEP hebdomadaire");
    // An hour before, Bob and Cid are reminded (and nobody gets a late "tomorrow", if the
    // first Tuesday is today).
    let slot_id: i64 = first.rsplit(':').next().unwrap().parse().unwrap();
    let mut tx = h.engine.store().begin().await.unwrap();
    let start = tx.slot(slot_id).await.unwrap().unwrap().starts_at;
    tx.rollback().await.unwrap();
    assert_eq!(
        h.engine
            .send_due_reminders(start - 3600 + 60)
            .await
            .unwrap(),
        2
    );
    h.close().await;
}

async fn a_partner_creates_an_online_permanence_on_dates(db: &TestDb) {
    let h = Harness::with_settings(db, Settings::default()).await;
    let (host_user, host_id, _) = demo_host(&h).await;
    let host = host_user.as_str();
    h.say(host, "/permanence_nouvelle").await;
    h.say(host, "Groupe de parole diabète").await;
    h.say(host, "Association fictive Sucre & Vous").await;
    let out = h.say_text(host, "en ligne").await;
    assert!(out.contains("lien de la rencontre"), "{out}");
    let out = h.say_text(host, "http://visio.example.org/x").await;
    assert!(out.contains("ne semble pas valide"), "{out}");
    let out = h
        .say_text(host, "https://visio.example.org/groupe-diabete")
        .await;
    assert!(out.contains("Pour quelles maladies"), "{out}");
    // Another command in the middle sets the draft aside; it resumes at the same question.
    let out = h.say_text(host, "/quiz").await;
    assert!(out.contains("mise de côté"), "{out}");
    let out = h.say_text(host, "/permanence_nouvelle").await;
    assert!(out.contains("Reprenons la création"), "{out}");
    assert!(out.contains("Pour quelles maladies"), "{out}");
    // A partner hosts what they create: no question about hosts.
    let out = h.say(host, "diabète").await;
    assert!(texts(&out).contains("chaque semaine"), "{}", texts(&out));
    let out = h
        .send(press(host, &choice_labelled(&out, "dates précises")))
        .await;
    assert!(texts(&out).contains("Quelles dates"), "{}", texts(&out));
    let now = pairbot::store::now();
    let day = |n: i64| {
        use chrono::TimeZone;
        pairbot::i18n::TIME_ZONE
            .timestamp_opt(now + n * 86_400, 0)
            .unwrap()
            .format("%d/%m/%Y")
            .to_string()
    };
    let out = h.say_text(host, "01/01/2020 14h-16h").await;
    assert!(out.contains("déjà passée"), "{out}");
    // Today counts only until the opening starts.
    let out = h.say_text(host, &format!("{} 0h-0h30", day(0))).await;
    assert!(out.contains("déjà passée"), "{out}");
    let out = h
        .say(
            host,
            &format!("{} 18h-19h30\n{} 18h-19h30", day(3), day(10)),
        )
        .await;
    assert!(texts(&out).contains("Combien de temps"), "{}", texts(&out));
    let out = h
        .send(press(host, &choice_labelled(&out, "Toute la plage")))
        .await;
    let out = h
        .send(press(host, &choice_labelled(&out, "5 personnes")))
        .await;
    assert!(texts(&out).contains("jours à l'avance"), "{}", texts(&out));
    h.say(host, "30").await;
    let out = h.say(host, "aucun").await;
    let summary = texts(&out);
    assert!(
        summary.contains("en ligne (https://visio.example.org/groupe-diabete)"),
        "{summary}"
    );
    assert!(summary.contains("Toute la plage horaire"), "{summary}");
    let out = h.send(press(host, &choice_labelled(&out, "Créer"))).await;
    assert!(texts(&out).contains("est créée"), "{}", texts(&out));
    let mut tx = h.engine.store().begin().await.unwrap();
    let p = tx.active_permanences().await.unwrap().pop().unwrap();
    let slots = tx.slots_of(p.id).await.unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(p.details.hosts, vec![host_id]);
    assert!(p.details.online && p.details.department.is_none());
    assert_eq!(p.details.cutoff_minutes, 0);
    // Two dates, one slot each for the whole opening (an hour and a half).
    assert_eq!(slots.len(), 2);
    assert!(slots.iter().all(|(_, s, e)| e - s == 90 * 60));
    // The link is given to the person who books, not before.
    h.consent("dia").await;
    let listed = h.say_text("dia", "/permanences diabète en ligne").await;
    assert!(listed.contains("Groupe de parole diabète"), "{listed}");
    assert!(!listed.contains("visio.example.org"), "{listed}");
    let out = h
        .send(press("dia", &format!("perm:confirm:{}", slots[0].0)))
        .await;
    assert!(
        texts(&out).contains("https://visio.example.org/groupe-diabete"),
        "{}",
        texts(&out)
    );
    h.close().await;
}

async fn hosts_pause_edit_and_cancel_with_everyone_told(db: &TestDb) {
    let h = Harness::with_settings(db, Settings::default()).await;
    let (host_user, host_id, _) = demo_host(&h).await;
    let host = host_user.as_str();
    let (id, first) =
        permanence_with_slot(&h, "Permanence à gérer", 2 * 86_400, 1, vec![host_id]).await;
    let mut tx = h.engine.store().begin().await.unwrap();
    let later = tx.slot(first).await.unwrap().unwrap().starts_at + 7 * 86_400;
    tx.add_slots(id, &[(later, later + 1800)], 1).await.unwrap();
    let second = tx.slots_of(id).await.unwrap()[1].0;
    tx.commit().await.unwrap();
    for who in ["ann", "bob", "cid"] {
        h.consent(who).await;
    }
    h.send(press("ann", &format!("perm:confirm:{first}"))).await;
    h.send(press("bob", &format!("perm:confirm:{first}"))).await;
    h.send(press("cid", &format!("perm:confirm:{second}")))
        .await;
    // Someone who does not host it cannot run it, even with a forged button.
    let out = h.send(press("ann", &format!("pman:stopok:{id}"))).await;
    assert!(
        texts(&out).contains("Seuls les coordinateurs"),
        "{}",
        texts(&out)
    );
    let out = h.say_text("ann", "/mes_permanences").await;
    assert!(out.contains("Vous n'accueillez aucune permanence"), "{out}");
    // Pause: not listed, not bookable; bookings kept.
    let out = h.say(host, "/mes_permanences").await;
    assert_eq!(last_choices(&out), [format!("pman:menu:{id}")]);
    let out = h.send(press(host, &format!("pman:menu:{id}"))).await;
    let out = h
        .send(press(host, &choice_labelled(&out, "Mettre en pause")))
        .await;
    assert!(texts(&out).contains("est en pause"), "{}", texts(&out));
    h.consent("dia").await;
    assert!(
        !h.say_text("dia", "/permanences")
            .await
            .contains("Permanence à gérer")
    );
    let out = h
        .send(press("dia", &format!("perm:confirm:{second}")))
        .await;
    assert!(
        texts(&out).contains("n'est plus disponible"),
        "{}",
        texts(&out)
    );
    assert!(
        h.say_text("ann", "/mes_reservations")
            .await
            .contains("Permanence à gérer")
    );
    let out = h.send(press(host, &format!("pman:resume:{id}"))).await;
    assert!(
        texts(&out).contains("de nouveau ouverte"),
        "{}",
        texts(&out)
    );
    // Edit: a new place and two places per slot; Bob, waiting, gets the new place.
    let out = h.send(press(host, &format!("pman:edit:{id}"))).await;
    assert!(
        texts(&out).contains("Actuellement : Permanence à gérer"),
        "{}",
        texts(&out)
    );
    let out = h.send(press(host, &choice_labelled(&out, "Garder"))).await;
    let out = h.send(press(host, &choice_labelled(&out, "Garder"))).await;
    assert!(
        texts(&out).contains("Actuellement : Hall A"),
        "{}",
        texts(&out)
    );
    let out = h.say(host, "Salle 3, hôpital fictif, Toulouse").await;
    let out = h.send(press(host, &choice_labelled(&out, "Garder"))).await;
    assert!(
        texts(&out).contains("Combien de personnes"),
        "{}",
        texts(&out)
    );
    let out = h
        .send(press(host, &choice_labelled(&out, "2 personnes")))
        .await;
    let out = h.send(press(host, &choice_labelled(&out, "Garder"))).await;
    let out = h.send(press(host, &choice_labelled(&out, "Garder"))).await;
    assert!(
        texts(&out).contains("Jours et horaires : inchangés"),
        "{}",
        texts(&out)
    );
    let out = h
        .send(press(host, &choice_labelled(&out, "Enregistrer")))
        .await;
    assert!(
        texts(&out).contains("Les 3 personnes qui ont réservé ont été prévenues"),
        "{}",
        texts(&out)
    );
    let ann = out.iter().find(|m| m.user.0 == "ann").expect("ann told");
    assert!(
        ann.text.contains("a changé") && ann.text.contains("Salle 3"),
        "{}",
        ann.text
    );
    let bob: Vec<_> = out.iter().filter(|m| m.user.0 == "bob").collect();
    assert!(
        bob.iter()
            .any(|m| m.text.contains("une place s'est libérée")),
        "{bob:?}"
    );
    let mut tx = h.engine.store().begin().await.unwrap();
    assert_eq!(tx.slot_counts(first).await.unwrap(), (2, 0, 2));
    tx.rollback().await.unwrap();
    // Cancel the first date: Ann and Bob are told, their bookings and reminders are gone.
    let out = h.send(press(host, &format!("pman:days:{id}"))).await;
    assert_eq!(last_choices(&out)[0], format!("pman:day:{first}"));
    let out = h.send(press(host, &format!("pman:day:{first}"))).await;
    assert!(
        texts(&out).contains("2 personnes ont réservé"),
        "{}",
        texts(&out)
    );
    let out = h.send(press(host, &format!("pman:dayok:{first}"))).await;
    assert!(
        texts(&out).contains("Les 2 personnes qui avaient réservé"),
        "{}",
        texts(&out)
    );
    for who in ["ann", "bob"] {
        let told = out.iter().find(|m| m.user.0 == who).expect("told");
        assert!(told.text.contains("n'aura pas lieu"), "{}", told.text);
        assert!(
            h.say_text(who, "/mes_reservations")
                .await
                .contains("aucune réservation")
        );
        assert_eq!(h.rows("reminders", who).await, 0);
    }
    // Once cancelled, the date cannot be booked nor cancelled again.
    let out = h.send(press("dia", &format!("perm:confirm:{first}"))).await;
    assert!(
        texts(&out).contains("n'est plus disponible"),
        "{}",
        texts(&out)
    );
    let out = h.send(press(host, &format!("pman:dayok:{first}"))).await;
    assert!(texts(&out).contains("n'existe plus"), "{}", texts(&out));
    // Stop the series: Cid is told; the permanence is gone from every list.
    let out = h.send(press(host, &format!("pman:stop:{id}"))).await;
    assert!(
        texts(&out).contains("la personne qui a réservé sera prévenue"),
        "{}",
        texts(&out)
    );
    let out = h.send(press(host, &format!("pman:stopok:{id}"))).await;
    let cid = out.iter().find(|m| m.user.0 == "cid").expect("cid told");
    assert!(cid.text.contains("n'aura pas lieu"), "{}", cid.text);
    assert!(
        h.say_text(host, "/mes_permanences")
            .await
            .contains("aucune permanence")
    );
    assert!(
        !h.say_text("dia", "/permanences")
            .await
            .contains("Permanence à gérer")
    );
    let out = h.send(press(host, &format!("pman:menu:{id}"))).await;
    assert!(
        texts(&out).contains("n'est plus proposée"),
        "{}",
        texts(&out)
    );
    h.close().await;
}

on_every_backend!(
    booking_inside_the_cancellation_cutoff_is_warned_first,
    long_lists_of_permanences_page_on,
    reminders_fire_once_at_the_right_moments,
    a_coordinator_creates_a_weekly_permanence_in_the_chat,
    a_partner_creates_an_online_permanence_on_dates,
    hosts_pause_edit_and_cancel_with_everyone_told,
    a_patient_books_another_waits_and_is_promoted,
    cancelling_too_late_points_to_the_host,
    demo_permanences_load_once,
    forgetting_passes_the_place_on,
);
