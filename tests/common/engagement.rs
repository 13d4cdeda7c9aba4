//! Permanences under way or already held, booked directly in the store, for the tests of
//! attendance and feedback on every platform.

use pairbot::core::{Platform, UserId};
use pairbot::features::feature::Job;
use pairbot::store::{BookingOutcome, NewPermanence, Store, now};

/// A permanence hosted by profile `host`, with one 30-minute slot of 8 places per start;
/// returns (permanence, slots in the order of `starts`).
pub async fn hosted(store: &Store, host: i64, starts: &[i64]) -> (i64, Vec<i64>) {
    let mut tx = store.begin().await.unwrap();
    let id = tx
        .create_permanence(
            &NewPermanence {
                title: "Permanence SEP d'essai".into(),
                structure: "Service fictif".into(),
                address: "Hall A".into(),
                department: Some("31".into()),
                themes: vec!["sclerose-en-plaques".into()],
                hosts: vec![host],
                slot_minutes: 30,
                capacity: 8,
                open_days: 14,
                ..Default::default()
            },
            now() - 30 * 86_400,
        )
        .await
        .unwrap();
    let times: Vec<(i64, i64)> = starts.iter().map(|s| (*s, s + 1800)).collect();
    tx.add_slots(id, &times, 8).await.unwrap();
    let stored = tx.slots_of(id).await.unwrap();
    tx.commit().await.unwrap();
    let slots = starts
        .iter()
        .map(|s| stored.iter().find(|(_, start, _)| start == s).unwrap().0)
        .collect();
    (id, slots)
}

/// A confirmed booking of `slot` for `person`, who consents first (in the store); returns
/// its number.
pub async fn booked(store: &Store, slot: i64, person: (Platform, &str)) -> i64 {
    let user = UserId(person.1.to_owned());
    let mut tx = store.begin().await.unwrap();
    tx.give_consent(person.0, &user, 1).await.unwrap();
    let BookingOutcome::Confirmed(b) = tx
        .book(slot, (person.0, &user), now() - 86_400)
        .await
        .unwrap()
    else {
        panic!("a place is free");
    };
    tx.commit().await.unwrap();
    b
}

/// The job asking people how a permanence went.
pub fn feedback_job() -> &'static Job {
    pairbot::app::jobs()
        .find(|j| j.name == "feedback")
        .expect("declared by the feedback feature")
}

/// A mission with reimbursed expenses, and `partner`'s application to it, selected (both
/// stored directly); returns (mission, application).
pub async fn selected_for_mission(
    store: &Store,
    partner: (Platform, &str),
    profile: i64,
) -> (i64, i64) {
    let user = UserId(partner.1.to_owned());
    let mut tx = store.begin().await.unwrap();
    let mission = tx
        .create_mission(
            &pairbot::store::NewMission {
                programme_id: None,
                project: "Groupe de travail fictif sur l'accueil".into(),
                kind: "groupe-de-travail".into(),
                dates: "janvier 2027".into(),
                training: "none".into(),
                paid: false,
                reimbursed: Some(true),
                places: 1,
                sheet: "Trois réunions pour relire le livret d'accueil.".into(),
                structure: String::new(),
            },
            now(),
        )
        .await
        .unwrap();
    let pairbot::store::ApplyOutcome::Applied(application) = tx
        .apply_to_mission(mission, (partner.0, &user), profile, now())
        .await
        .unwrap()
    else {
        panic!("a first application");
    };
    tx.select_application(application, now()).await.unwrap();
    tx.commit().await.unwrap();
    (mission, application)
}

/// `scores` answers already given about permanence `permanence` for the month of `start`
/// (stored directly, as earlier visitors would have; an old enough `start` makes a closed
/// month, which can be read).
pub async fn earlier_answers(store: &Store, permanence: i64, start: i64, scores: &[i64]) {
    let mut tx = store.begin().await.unwrap();
    for score in scores {
        tx.add_feedback_score(permanence, pairbot::store::month_start(start), *score)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

/// An open mission asking for the 40-hour ETP training; returns its number.
pub async fn mission_needing_training(store: &Store) -> i64 {
    let mut tx = store.begin().await.unwrap();
    let id = tx
        .create_mission(
            &pairbot::store::NewMission {
                programme_id: None,
                project: "Ateliers fictifs d'éducation thérapeutique".into(),
                kind: "co-animation".into(),
                dates: "printemps 2027".into(),
                training: "etp-40h".into(),
                paid: true,
                reimbursed: Some(true),
                places: 2,
                sheet: "Co-animer quatre ateliers avec l'équipe soignante.".into(),
                structure: String::new(),
            },
            now(),
        )
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

/// `person` enrolled in programme `programme` after a shared assessment that took place an
/// hour ago (stored directly; they consent first).
pub async fn enrolled(store: &Store, programme: i64, person: (Platform, &str)) {
    use pairbot::store::{NewSignup, SignupOutcome, SignupStatus, Transition};
    let user = UserId(person.1.to_owned());
    let mut tx = store.begin().await.unwrap();
    tx.give_consent(person.0, &user, 1).await.unwrap();
    let SignupOutcome::Created(id, _) = tx
        .sign_up(programme, (person.0, &user), &NewSignup::default(), now())
        .await
        .unwrap()
    else {
        panic!("a first sign-up");
    };
    let held = now() - 3_600;
    let bep = Transition {
        bep_at: Some(held),
        ..Transition::new(&[SignupStatus::Requested], SignupStatus::BepConfirmed)
    };
    assert!(tx.move_signup(id, &bep, held).await.unwrap());
    let enrol = Transition::new(&[SignupStatus::BepConfirmed], SignupStatus::Enrolled);
    assert!(tx.move_signup(id, &enrol, now()).await.unwrap());
    tx.commit().await.unwrap();
}

/// An ETP programme stored directly; returns its number.
pub async fn programme(store: &Store) -> i64 {
    let mut tx = store.begin().await.unwrap();
    let id = tx
        .create_programme(
            &pairbot::store::NewProgramme {
                title: "Programme fictif SEP".into(),
                structure: "Hôpital fictif".into(),
                format: "collective".into(),
                rhythm: "6 séances".into(),
                capacity: 10,
                description: "Un programme fictif pour les tests.".into(),
                ..Default::default()
            },
            &[],
            1,
        )
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}
