//! The conversation engine's promises, each on an exchange that once did something the
//! person never meant: a typed answer answers the question being answered, a notification
//! never takes it, what cannot be undone asks first, and a link only opens.

// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, approved_partner, choice_labelled, last_choices, programme, texts};
use pairbot::core::{Outgoing, Platform, Settings, UserId};
use pairbot::store::SignupStatus;

fn staff() -> Settings {
    Settings {
        coordinators: vec![(Platform::Console, "coord".into())],
        ..Settings::default()
    }
}

/// A harness with the demo data, `coord` as coordinator.
async fn demo(db: &TestDb) -> Harness {
    let h = Harness::with_settings(db, staff()).await;
    let store = h.engine.store();
    let now = pairbot::store::now();
    pairbot::demo::load(store).await.unwrap();
    pairbot::demo::load_permanences(store, now).await.unwrap();
    pairbot::demo::load_programmes(store, now).await.unwrap();
    h
}

/// The number shown before `label` in a numbered list of the last message.
fn number_of(out: &[Outgoing], label: &str) -> String {
    let choices = &out.last().expect("a reply").choices;
    let i = choices
        .iter()
        .position(|c| c.label == label)
        .unwrap_or_else(|| panic!("no choice {label:?} in {choices:?}"));
    (i + 1).to_string()
}

/// How many bookings `user` holds.
async fn bookings(h: &Harness, user: &str) -> usize {
    let mut tx = h.engine.store().begin().await.unwrap();
    let held = tx
        .bookings_of((Platform::Console, &UserId(user.into())), 0)
        .await
        .unwrap()
        .len();
    tx.rollback().await.unwrap();
    held
}

/// `/mes_reservations` then `1` while a booking question waited: the other booking used
/// to be cancelled at once, its place given away.
async fn checking_ones_bookings_never_cancels_one_by_a_number(db: &TestDb) {
    let h = demo(db).await;
    h.consent("pat").await;
    h.say("pat", "/permanences").await;
    // The last two slots listed, a week or more ahead: on the permanence's own day its
    // first slots are within the cancellation cutoff, which would refuse the cancelling
    // below (the test failed on Tuesdays from 10:00, Paris time).
    let listed = h.say("pat", "1").await;
    let slots = &listed.last().expect("a slot list").choices;
    assert!(slots.len() >= 2, "{slots:?}");
    let (first, second) = (
        number_of(&listed, &slots[slots.len() - 2].label),
        number_of(&listed, &slots[slots.len() - 1].label),
    );
    let asked = h.say_text("pat", &first).await;
    assert!(asked.contains("Réserver une place"), "{asked}");
    let booked = h.say_text("pat", "1").await;
    assert!(booked.contains("C'est réservé"), "{booked}");
    assert!(
        booked.contains("pas des professionnels de santé"),
        "{booked}"
    );
    assert_eq!(bookings(&h, "pat").await, 1);
    // Another slot's question waits; pat checks their bookings first, then types 1.
    h.say("pat", "/permanences").await;
    h.say("pat", "1").await;
    let asked = h.say_text("pat", &second).await;
    assert!(asked.contains("Réserver une place"), "{asked}");
    let list = h.say_text("pat", "/mes_reservations").await;
    assert!(list.contains("Vos réservations à venir"), "{list}");
    let out = h.say("pat", "1").await;
    assert!(
        texts(&out).contains("Annuler votre réservation « Permanence SEP du CHU »"),
        "{}",
        texts(&out)
    );
    assert_eq!(bookings(&h, "pat").await, 1, "nothing cancelled yet");
    // "Non, la garder" keeps it; "Oui, annuler" cancels it.
    let kept = h.say_text("pat", "2").await;
    assert!(kept.contains("Vos réservations à venir"), "{kept}");
    assert_eq!(bookings(&h, "pat").await, 1);
    h.say("pat", "1").await;
    assert!(h.say_text("pat", "oui").await.contains("est annulée"));
    assert_eq!(bookings(&h, "pat").await, 0);
    h.close().await;
}

/// A broadcast arriving while a slot list waits: its "1. Ne plus recevoir" used to take the
/// number meant for the first slot.
async fn a_broadcast_never_takes_the_number_meant_for_a_slot(db: &TestDb) {
    let h = demo(db).await;
    h.consent("pat").await;
    h.say("pat", "/abonner actualites").await;
    h.say("pat", "/permanences").await;
    let slots = h.say("pat", "1").await;
    let first_slot = slots.last().unwrap().choices[0].label.clone();
    h.say(
        "coord",
        "/diffuser actualites La permanence de janvier change de salle.",
    )
    .await;
    let sent = h.press("coord", "bc:send").await;
    assert!(sent.iter().any(|m| m.user.0 == "pat"), "{}", texts(&sent));
    // The number fits both: pat is asked which, both named; nothing is done.
    let out = h.say("pat", "1").await;
    let which = texts(&out);
    assert!(which.contains("peut correspondre"), "{which}");
    assert!(
        which.contains("« Ne plus recevoir ces nouvelles »"),
        "{which}"
    );
    assert!(which.contains(&format!("« {first_slot} »")), "{which}");
    assert_eq!(h.rows("subscriptions", "pat").await, 1, "still subscribed");
    // Picking the slot there leads to the booking question.
    let asked = h.say_text("pat", &number_of(&out, &first_slot)).await;
    assert!(asked.contains("Réserver une place"), "{asked}");
    assert_eq!(h.rows("subscriptions", "pat").await, 1);
    // A broadcast read before the question is behind pat: the number is the slot's.
    h.say("pat", "/permanences").await;
    h.say("pat", "1").await;
    let asked = h.say_text("pat", "1").await;
    assert!(asked.contains("Réserver une place"), "{asked}");
    // And unsubscribing from the broadcast itself still asks first.
    let stop = sent.iter().find(|m| m.user.0 == "pat").unwrap().choices[0]
        .data
        .clone();
    let asked = h.press("pat", &stop).await;
    assert!(texts(&asked).contains("Ne plus recevoir « Actualités"));
    assert_eq!(h.rows("subscriptions", "pat").await, 1);
    h.close().await;
}

/// The partner questionnaire's summary ("1. Envoyer"), then `/aide`, then `1`: the
/// questionnaire used to be parked by the help menu's first choice.
async fn a_look_at_the_help_does_not_steal_the_questionnaires_answer(db: &TestDb) {
    let h = Harness::with_settings(
        db,
        Settings {
            coordinators: vec![(Platform::Console, "coordo".into())],
            ..Settings::default()
        },
    )
    .await;
    let user = "lea";
    h.consent(user).await;
    h.say(user, "/devenir_partenaire").await;
    h.say(user, "Léa M.").await;
    h.press(user, "partner:toggle:role:pair-aidant").await;
    h.press(user, "partner:next:1").await;
    h.say(user, "SEP").await;
    h.say(user, "Toulouse").await;
    h.press(user, "partner:next:4").await;
    h.press(user, "partner:training:etp-40h").await;
    h.press(user, "partner:toggle:mission:ecoute").await;
    h.press(user, "partner:next:6").await;
    h.say(user, "le mardi après-midi").await;
    h.say(user, "Je vis avec une SEP depuis dix ans.").await;
    let summary = h.press(user, "partner:skip:9").await;
    assert!(
        texts(&summary).contains("Voici votre fiche"),
        "{}",
        texts(&summary)
    );
    let send = summary.last().unwrap().choices[0].label.clone();
    let help = h.say(user, "/aide").await;
    let help_first = help.last().unwrap().choices[0].label.clone();
    let out = h.say(user, "1").await;
    let which = texts(&out);
    assert!(which.contains("peut correspondre"), "{which}");
    assert!(which.contains(&format!("« {send} »")), "{which}");
    assert!(which.contains(&format!("« {help_first} »")), "{which}");
    assert!(!which.contains("mise de côté"), "nothing parked: {which}");
    let sent = h.say(user, &number_of(&out, &send)).await;
    assert!(texts(&sent).contains("C'est envoyé"), "{}", texts(&sent));
    assert_eq!(h.rows("partners", user).await, 1);
    h.close().await;
}

/// A report reaching a coordinator whose own question waits: its buttons used to replace
/// the coordinator's numbered choices, so a typed number decided the report.
async fn a_report_never_replaces_a_coordinators_choices(db: &TestDb) {
    let h = demo(db).await;
    let host = approved_partner(
        h.engine.store(),
        (Platform::Console, "host"),
        "Hélène H.",
        "",
    )
    .await;
    let asked = h.say("coord", "/langue").await;
    let english = number_of(&asked, "English");
    h.consent("pat").await;
    let out = h
        .say("pat", &format!("/signaler profil {host} propos déplacés"))
        .await;
    let note = out
        .iter()
        .find(|m| m.user.0 == "coord")
        .expect("the coordinator is told");
    assert!(note.text.contains("Signalement n°"), "{}", note.text);
    // The coordinator answers their own question by number: asked which, nothing decided.
    let out = h.say("coord", &english).await;
    assert!(texts(&out).contains("peut correspondre"), "{}", texts(&out));
    let mut tx = h.engine.store().begin().await.unwrap();
    assert_eq!(
        tx.open_reports().await.unwrap().len(),
        1,
        "the report waits"
    );
    assert!(!tx.partner(host).await.unwrap().unwrap().paused);
    tx.rollback().await.unwrap();
    let done = h.say_text("coord", &number_of(&out, "English")).await;
    assert!(done.contains("English"), "{done}");
    // With no question of theirs waiting, the report's number works, and hiding still
    // asks first.
    let hide = note.choices[0].label.clone();
    let out = h
        .say("coord", &number_of(std::slice::from_ref(note), &hide))
        .await;
    assert!(texts(&out).contains("report no."), "{}", texts(&out));
    let mut tx = h.engine.store().begin().await.unwrap();
    assert!(!tx.partner(host).await.unwrap().unwrap().paused);
    tx.rollback().await.unwrap();
    h.close().await;
}

/// `/start <command>` is what a `t.me/<bot>?start=…` link sends: it used to withdraw an ETP
/// sign-up, hide a profile or leave a form in one tap.
async fn a_link_never_changes_anything_by_itself(db: &TestDb) {
    let h = Harness::with_settings(db, staff()).await;
    let programme = programme(&h, "Programme fictif du lien", 5).await;
    h.consent("pat").await;
    h.press("pat", &format!("etp:join:{programme}")).await;
    h.say("pat", "Paul").await;
    h.say("pat", "par Pairbot seulement").await;
    let out = h.say("pat", "le matin").await;
    h.press("pat", &choice_labelled(&out, "J'accepte")).await;
    let signup = |h: &Harness| {
        let store = h.engine.store().clone();
        async move {
            let mut tx = store.begin().await.unwrap();
            let all = tx
                .signups_of((Platform::Console, &UserId("pat".into())))
                .await
                .unwrap();
            tx.rollback().await.unwrap();
            all[0].status
        }
    };
    let live = signup(&h).await;
    assert!(live.is_live(), "{live:?}");

    let out = h.say("pat", "/start retirer_etp").await;
    assert!(
        texts(&out).contains("Ce lien ouvre la commande /retirer_etp"),
        "{}",
        texts(&out)
    );
    assert_eq!(signup(&h).await, live);
    // Starting it from there still asks, naming the programme.
    let asked = h.say_text("pat", "1").await;
    assert!(
        asked.contains("Vous retirer de « Programme fictif du lien »"),
        "{asked}"
    );
    assert_eq!(signup(&h).await, live);
    assert!(h.say_text("pat", "oui").await.contains("retiré"));
    assert_eq!(signup(&h).await, SignupStatus::Withdrawn);

    // A partner's profile is not hidden by a link.
    approved_partner(h.engine.store(), (Platform::Console, "ana"), "Ana P.", "").await;
    let out = h.say("ana", "/start pause").await;
    assert!(texts(&out).contains("/pause"), "{}", texts(&out));
    let mut tx = h.engine.store().begin().await.unwrap();
    let ana = tx
        .partner_of(Platform::Console, &UserId("ana".into()))
        .await
        .unwrap()
        .unwrap();
    assert!(!ana.paused);
    tx.rollback().await.unwrap();

    // A form under way is not left by a link.
    h.press("coord", "cmd:etp_nouveau").await;
    h.say("coord", "Programme en cours de saisie").await;
    let before = h.rows("dialogues", "coord").await;
    assert_eq!(before, 1);
    for link in ["/start annuler", "/start fin"] {
        let out = h.say("coord", link).await;
        assert!(
            texts(&out).contains("Ce lien ouvre"),
            "{link}: {}",
            texts(&out)
        );
        assert_eq!(h.rows("dialogues", "coord").await, 1, "{link}");
    }
    // Links to what only shows still open it at once.
    let out = h.say("pat", "/start mes_reservations").await;
    assert!(!texts(&out).contains("Ce lien ouvre"), "{}", texts(&out));
    assert!(
        last_choices(&out)
            .iter()
            .all(|d| !d.starts_with("cmd:mes_"))
    );
    h.close().await;
}

/// Stale, forged and someone else's confirmations are refused kindly.
async fn confirmations_are_bound_to_their_object(db: &TestDb) {
    let h = demo(db).await;
    h.consent("pat").await;
    h.consent("sam").await;
    h.say("pat", "/permanences").await;
    h.say("pat", "1").await;
    h.say("pat", "1").await;
    h.say("pat", "1").await;
    let list = h.say("pat", "/mes_reservations").await;
    let cancel = last_choices(&list)[0].replace("perm:cancel:", "perm:cancelok:");
    // Someone else's booking, by forged data: refused, kept.
    let forged = h.press("sam", &cancel).await;
    assert!(
        texts(&forged).contains("n'existe plus"),
        "{}",
        texts(&forged)
    );
    assert_eq!(bookings(&h, "pat").await, 1);
    // A dialogue choice for a dialogue that is not (or no longer) the person's.
    let stale = h.press("pat", "dlg:drop:partner").await;
    assert!(
        texts(&stale).contains("n'est plus valable"),
        "{}",
        texts(&stale)
    );
    // Another partner's profile, by forged data: refused, still visible.
    let ana = approved_partner(h.engine.store(), (Platform::Console, "ana"), "Ana P.", "").await;
    approved_partner(h.engine.store(), (Platform::Console, "bea"), "Béa R.", "").await;
    let forged = h.press("bea", &format!("profile:hide:{ana}")).await;
    assert!(
        texts(&forged).contains("n'est plus valable"),
        "{}",
        texts(&forged)
    );
    let mut tx = h.engine.store().begin().await.unwrap();
    assert!(!tx.partner(ana).await.unwrap().unwrap().paused);
    tx.rollback().await.unwrap();
    h.close().await;
}

/// Text typed while a broadcast waits for "send" used to drop the draft silently.
async fn a_waiting_broadcast_survives_stray_text(db: &TestDb) {
    let h = demo(db).await;
    h.consent("pat").await;
    h.say("pat", "/abonner actualites").await;
    h.say("coord", "/diffuser actualites Rencontre mardi.")
        .await;
    let out = h.say_text("coord", "bonjour").await;
    assert!(out.contains("attend toujours"), "{out}");
    assert_eq!(h.rows("dialogues", "coord").await, 1, "the draft is kept");
    let sent = h.say("coord", "1").await;
    assert!(
        sent.iter()
            .any(|m| m.user.0 == "pat" && m.text.contains("Rencontre mardi.")),
        "{}",
        texts(&sent)
    );
    // Leaving it asks first: it holds a message.
    h.say("coord", "/diffuser actualites Autre nouvelle.").await;
    let asked = h.say_text("coord", "/annuler").await;
    assert!(asked.contains("L'abandonner ?"), "{asked}");
    assert!(h.say_text("coord", "oui").await.contains("annulé"));
    assert_eq!(h.rows("dialogues", "coord").await, 0);
    h.close().await;
}

/// `/aide` lists every command to an admin, and to others only what they may run.
async fn the_help_lists_every_command_one_may_run(db: &TestDb) {
    let h = Harness::with_settings(
        db,
        Settings {
            admins: vec![(Platform::Console, "root".into())],
            ..Settings::default()
        },
    )
    .await;
    // The commands named in a text: words starting with a slash.
    let named = |text: &str| -> Vec<String> {
        text.split(|c: char| c.is_whitespace() || c == ',' || c == '.')
            .filter(|w| w.starts_with('/'))
            .map(str::to_owned)
            .collect()
    };
    let all = named(&h.say_text("root", "/aide").await);
    let mine = named(&h.say_text("pat", "/aide").await);
    for spec in pairbot::features::commands::COMMANDS {
        let line = format!("/{}", spec.name());
        assert!(all.contains(&line), "{line} missing from the admin's /aide");
        assert_eq!(
            mine.contains(&line),
            !spec.access.coordinator_only && !spec.access.admin_only,
            "{line} in a patient's /aide"
        );
    }
    // By topic: short, in the reader's language, each topic then described in full.
    let overview = h.say("pat", "/aide").await;
    assert!(
        texts(&overview).chars().count() < 1_500,
        "{}",
        texts(&overview)
    );
    let permanences = choice_labelled(&overview, "Permanences");
    let topic = texts(&h.send(common::press("pat", &permanences)).await);
    assert!(topic.contains("/reserver —"), "{topic}");
    assert_eq!(topic, h.say_text("pat", "/aide permanences").await);
    h.say("pat", "/langue en").await;
    let help = named(&h.say_text("pat", "/help").await);
    assert!(help.contains(&"/my_bookings".to_owned()), "{help:?}");
    assert!(!help.contains(&"/mes_reservations".to_owned()), "{help:?}");
    h.close().await;
}

/// Where a leading slash is awkward, a command's bare words work in a private chat; someone
/// new is welcomed whatever they write; words in a dialogue stay the dialogue's.
async fn commands_without_a_slash_and_a_welcome_for_newcomers(db: &TestDb) {
    let h = demo(db).await;
    let first = h.say_text("nina", "je ne sais pas par où commencer").await;
    assert!(first.contains("Êtes-vous d"), "{first}");
    h.consent("nina").await;
    let help = h.say_text("nina", "aide").await;
    assert!(help.contains("Voici ce que je sais faire"), "{help}");
    let found = h.say_text("nina", "chercher SEP").await;
    assert!(!found.contains("pas compris"), "{found}");
    assert_eq!(
        found,
        h.say_text("nina", "/chercher SEP").await,
        "the same search"
    );
    // A word of the glossary keeps its definition.
    let defined = h.say_text("nina", "ETP").await;
    assert!(defined.contains("éducation thérapeutique"), "{defined}");
    // Inside a dialogue, words are answers: the introduction to a partner is not a command.
    let ask = last_choices(&h.say("nina", "/chercher SEP").await)
        .into_iter()
        .find(|d| d.starts_with("contact:ask:"))
        .expect("someone to write to");
    h.send(common::press("nina", &ask)).await;
    let sent = h.say_text("nina", "aide moi à comprendre la fatigue").await;
    assert!(!sent.contains("Voici ce que je sais faire"), "{sent}");
    h.close().await;
}

/// How to answer is said the way it is done on each platform: buttons are touched on
/// Telegram; elsewhere (Matrix, the console) a number is sent.
async fn how_to_answer_is_said_per_platform(db: &TestDb) {
    let h = demo(db).await;
    let on = |platform: Platform| pairbot::core::Incoming {
        platform,
        ..pairbot::core::Incoming::private_text(Platform::Console, "noa", "/mes_reservations")
    };
    let told = async |platform: Platform| {
        h.engine.handle(&on(platform)).await.unwrap();
        let out = common::Recorder::new(platform);
        h.engine.deliver(&out).await.unwrap();
        texts(&out.take())
    };
    let telegram = told(Platform::Telegram).await;
    assert!(telegram.contains("touchez le bouton"), "{telegram}");
    for platform in [Platform::Matrix, Platform::Console] {
        let other = told(platform).await;
        assert!(other.contains("envoyez 1"), "{other}");
        assert!(!other.contains("touchez"), "{other}");
    }
    h.close().await;
}

/// `/start` is read on a phone: the welcome and the consent question stay short in both
/// languages, an operator named, and still name what the bot does and the emergency command.
async fn the_welcome_is_short(db: &TestDb) {
    let settings = Settings {
        operator_name: Some("Association Pair'Santé Exemple".into()),
        operator_contact: Some("contact@pairsante.example".into()),
        ..Settings::default()
    };
    let h = Harness::with_settings(db, settings).await;
    for (user, lang, commands) in [
        (
            "7001",
            "fr",
            ["/chercher", "/permanences", "/etp", "/urgence"],
        ),
        ("7002", "en", ["/find", "/drop_ins", "/etp", "/emergency"]),
    ] {
        let msg = pairbot::core::Incoming {
            language: Some(lang.into()),
            ..pairbot::core::Incoming::private_text(Platform::Telegram, user, "/start")
        };
        h.engine.handle(&msg).await.unwrap();
        let out = common::Recorder::new(Platform::Telegram);
        h.engine.deliver(&out).await.unwrap();
        let sent = texts(&out.take());
        let length = sent.chars().count();
        // It was 1,300 characters and more: a long read before the first question.
        assert!(length <= 1_000, "{length} characters: {sent}");
        for command in commands {
            assert!(sent.contains(command), "{command} missing: {sent}");
        }
    }
    h.close().await;
}

on_every_backend!(
    the_welcome_is_short,
    how_to_answer_is_said_per_platform,
    commands_without_a_slash_and_a_welcome_for_newcomers,
    the_help_lists_every_command_one_may_run,
    a_waiting_broadcast_survives_stray_text,
    checking_ones_bookings_never_cancels_one_by_a_number,
    a_broadcast_never_takes_the_number_meant_for_a_slot,
    a_look_at_the_help_does_not_steal_the_questionnaires_answer,
    a_report_never_replaces_a_coordinators_choices,
    a_link_never_changes_anything_by_itself,
    confirmations_are_bound_to_their_object,
);
