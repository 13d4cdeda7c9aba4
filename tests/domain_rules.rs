//! The rules of the field as the sources give them, through the engine on SQLite and
//! PostgreSQL: co-running ETP sessions needs the 40-hour training (partners and missions),
//! a search for "patient partenaire" finds its three kinds, typed answers to a list never
//! untick what was ticked, and an assessment date on a Sunday is confirmed before it is
//! offered.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, choice_labelled, press, programme, texts};
use pairbot::core::{Outgoing, Platform, Settings};
use pairbot::store::SignupStatus;

fn coordinators() -> Settings {
    Settings {
        coordinators: vec![(Platform::Console, "coord".into())],
        ..Settings::default()
    }
}

/// The choice labels of the last message.
fn labels(out: &[Outgoing]) -> Vec<String> {
    out.last()
        .map(|m| m.choices.iter().map(|c| c.label.clone()).collect())
        .unwrap_or_default()
}

/// Answers the partner questionnaire up to the training question.
async fn up_to_training(h: &Harness, user: &str) -> Vec<Outgoing> {
    h.consent(user).await;
    h.say(user, "/devenir_partenaire").await;
    h.say(user, "Lou P.").await;
    h.send(press(user, "partner:toggle:role:patient-ressource"))
        .await;
    h.send(press(user, "partner:next:1")).await;
    h.say(user, "diabète de type 1").await;
    let languages = h.say(user, "Toulouse").await;
    assert!(
        labels(&languages).contains(&"✓ Français".to_owned()),
        "{:?}",
        labels(&languages)
    );
    languages
}

async fn typed_answers_to_a_list_never_untick(db: &TestDb) {
    let h = Harness::new(db).await;
    let languages = up_to_training(&h, "lou").await;
    // French comes ticked; typing its number says it is wanted, it does not untick it
    // (it did: a typed number toggled like a press).
    let position = labels(&languages)
        .iter()
        .position(|l| l == "✓ Français")
        .unwrap()
        + 1;
    let out = h.say("lou", &position.to_string()).await;
    assert!(
        texts(&out).contains("Vous aviez déjà choisi « Français »"),
        "{}",
        texts(&out)
    );
    assert!(labels(&out).contains(&"✓ Français".to_owned()), "{out:?}");
    // Typed names tick, "sans …" unticks, by name or number.
    let out = h.say("lou", "anglais").await;
    assert!(labels(&out).contains(&"✓ Anglais".to_owned()), "{out:?}");
    let out = h.say("lou", &format!("sans {position}")).await;
    assert!(labels(&out).contains(&"Français".to_owned()), "{out:?}");
    let out = h.say("lou", "retirer anglais").await;
    assert!(labels(&out).contains(&"Anglais".to_owned()), "{out:?}");
    assert!(!labels(&out).iter().any(|l| l.starts_with('✓')), "{out:?}");
    // A press still toggles both ways.
    let out = h.send(press("lou", "partner:toggle:language:fr")).await;
    assert!(labels(&out).contains(&"✓ Français".to_owned()), "{out:?}");
    let out = h.send(press("lou", "partner:toggle:language:fr")).await;
    assert!(labels(&out).contains(&"Français".to_owned()), "{out:?}");
}

async fn co_running_needs_the_forty_hours(db: &TestDb) {
    let h = Harness::with_settings(db, coordinators()).await;
    up_to_training(&h, "lou").await;
    h.send(press("lou", "partner:next:4")).await;
    // Without the training, co-running is refused with the reason, pressed or typed.
    h.send(press("lou", "partner:training:none")).await;
    let out = h
        .send(press("lou", "partner:toggle:mission:co-animation-etp"))
        .await;
    assert!(
        texts(&out).contains("demande la formation ETP de 40 heures"),
        "{}",
        texts(&out)
    );
    let out = h.say("lou", "co-animation, témoignage").await;
    assert!(
        texts(&out).contains("demande la formation ETP de 40 heures"),
        "{}",
        texts(&out)
    );
    let ticked: Vec<String> = labels(&out)
        .into_iter()
        .filter(|l| l.starts_with('✓'))
        .collect();
    assert_eq!(ticked, ["✓ Témoignage"], "{out:?}");
    // With the training, the same press ticks.
    up_to_training(&h, "max").await;
    h.send(press("max", "partner:next:4")).await;
    h.send(press("max", "partner:training:du-diu")).await;
    let out = h
        .send(press("max", "partner:toggle:mission:co-animation-etp"))
        .await;
    assert!(
        labels(&out).iter().any(|l| l.starts_with("✓ Co-animation")),
        "{out:?}"
    );

    // A coordinator posting a co-running mission can only ask for the 40 hours or a DU/DIU.
    let id = programme(&h, "Programme fictif", 5).await;
    let out = h.say("coord", "/mission_nouvelle").await;
    let kinds = labels(&out);
    for kind in [
        "Co-évaluation (d'un programme, de séances)",
        "Coordination de programme",
        "Groupe de travail",
        "Gouvernance (conseil, comité)",
        "Réflexion éthique",
    ] {
        assert!(
            kinds.iter().any(|k| k.replace('’', "'") == kind),
            "{kind}: {kinds:?}"
        );
    }
    let out = h
        .send(press("coord", &choice_labelled(&out, "Co-animation")))
        .await;
    drop(out);
    h.say("coord", &id.to_string()).await;
    let out = h.say("coord", "en mars").await;
    assert!(
        texts(&out).contains("demande au moins la formation ETP de 40 heures"),
        "{}",
        texts(&out)
    );
    assert_eq!(
        labels(&out),
        ["Formation ETP 40 h", "Diplôme universitaire (DU/DIU)"]
    );
}

async fn a_partner_patient_search_finds_its_three_kinds(db: &TestDb) {
    let h = Harness::new(db).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    h.consent("pat").await;
    let reply = h.say_text("pat", "/chercher patient partenaire").await;
    // The reply names what was asked as asked, not the three roles one by one.
    assert!(
        !reply.contains("Patient ressource, Patient formateur"),
        "{reply}"
    );
    let roles = [
        "Patient ressource",
        "Patient formateur",
        "Patient chercheur",
    ];
    for role in roles {
        assert!(reply.contains(role), "{role}: {reply}");
    }
    // Nobody with another role is presented first.
    let first = reply.split("\n\n").nth(1).unwrap_or_default();
    assert!(roles.iter().any(|r| first.contains(r)), "{reply}");
}

async fn a_sunday_assessment_is_confirmed_first(db: &TestDb) {
    let h = Harness::with_settings(db, coordinators()).await;
    let id = programme(&h, "Programme fictif", 5).await;
    h.consent("pat").await;
    h.send(press("pat", &format!("etp:join:{id}"))).await;
    h.say("pat", "Paul").await;
    h.say("pat", "par Pairbot seulement").await;
    let out = h.say("pat", "le matin").await;
    let out = h
        .send(press("pat", &choice_labelled(&out, "J'accepte")))
        .await;
    let signup = common::number_in(&texts(&out));
    let (sunday, monday) = (
        next_weekday(chrono::Weekday::Sun),
        next_weekday(chrono::Weekday::Mon),
    );
    h.send(press("coord", &format!("etpt:propose:{signup}")))
        .await;
    let out = h.say("coord", &format!("{sunday} 10h")).await;
    assert!(texts(&out).contains("tombe un dimanche"), "{}", texts(&out));
    // Nothing is offered yet.
    assert!(!out.iter().any(|m| m.user.0 == "pat"), "{out:?}");
    assert_eq!(
        common::signup_status(&h, signup).await,
        SignupStatus::Requested
    );
    // Other dates typed instead replace them, and go out at once.
    let out = h.say("coord", &format!("{monday} 10h")).await;
    assert!(out.iter().any(|m| m.user.0 == "pat"), "{out:?}");
    assert_eq!(
        common::signup_status(&h, signup).await,
        SignupStatus::BepProposed
    );
    // Offered again on a Sunday, then confirmed: sent as typed.
    h.send(press("coord", &format!("etpt:propose:{signup}")))
        .await;
    let out = h.say("coord", &format!("{sunday} 10h")).await;
    let out = h
        .send(press("coord", &choice_labelled(&out, "Oui, proposer")))
        .await;
    let told = out.iter().find(|m| m.user.0 == "pat").expect("told");
    assert!(told.text.contains("dimanche"), "{}", told.text);
    // The confirmation pressed again finds nothing waiting.
    let again = texts(
        &h.send(press("coord", &format!("etpt:bepok:{signup}")))
            .await,
    );
    assert!(again.contains("ne sont plus en attente"), "{again}");
}

/// The next `day` at least two days ahead, as "dd/mm/yyyy" in Paris.
fn next_weekday(day: chrono::Weekday) -> String {
    use chrono::{Datelike, TimeZone};
    (2..9)
        .map(|n| {
            pairbot::i18n::TIME_ZONE
                .timestamp_opt(pairbot::store::now() + n * 86_400, 0)
                .unwrap()
        })
        .find(|d| d.weekday() == day)
        .unwrap()
        .format("%d/%m/%Y")
        .to_string()
}

on_every_backend!(
    typed_answers_to_a_list_never_untick,
    co_running_needs_the_forty_hours,
    a_partner_patient_search_finds_its_three_kinds,
    a_sunday_assessment_is_confirmed_first,
);
