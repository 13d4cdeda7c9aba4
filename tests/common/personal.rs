//! One row about a person in every personal table, through the store's own API: for the
//! tests of export, erasure and the readable `/mes_donnees`.

use pairbot::core::choice::{ChoiceSet, Slot};
use pairbot::core::{ChatId, Choice, Lane, Outgoing, Platform, UserId};
use pairbot::store::{BookingOutcome, DialogueState, NewContact, NewPermanence, Tx};

/// Fills every personal table with one row about `who`, dated around `at` (seconds).
pub async fn fill_every_personal_table(tx: &mut Tx, p: Platform, who: &UserId, at: i64) {
    tx.give_consent(p, who, 1).await.unwrap();
    tx.set_dialogue(
        p,
        &ChatId("g".into()),
        who,
        &DialogueState {
            kind: "quiz".into(),
            step: 1,
            data: "{}".into(),
        },
    )
    .await
    .unwrap();
    let set = ChoiceSet::offered(Slot::Question, None, "?", vec![Choice::new("A", "a")]);
    tx.offer_choices(p, &ChatId(who.0.clone()), who, &set)
        .await
        .unwrap();
    tx.push_outbox(&msg(p, &who.0, "hello"), Lane::Notice)
        .await
        .unwrap();
    let profile = pairbot::store::PartnerProfile {
        pseudonym: "P".into(),
        roles: vec!["pair-aidant".into()],
        ..Default::default()
    };
    tx.save_partner(p, who, &profile).await.unwrap();
    let carol = UserId("carol".into());
    tx.create_contact(&new_contact(who, &carol, "hi", at, at + 7 * 86_400))
        .await
        .unwrap()
        .unwrap();
    tx.block_contact((p, who), (p, &UserId("dave".into())), at)
        .await
        .unwrap();
    let slot = one_slot(tx, 2, at).await;
    let BookingOutcome::Confirmed(booking) = tx.book(slot, (p, who), at).await.unwrap() else {
        panic!("a place is free");
    };
    tx.schedule_reminders(booking, (p, who), &[("day", at + 86_400)])
        .await
        .unwrap();
    // Attendance and the feedback question fill the booking's own columns.
    assert!(tx.mark_attendance((slot, booking), true, at).await.unwrap());
    assert!(tx.feedback_asked(booking).await.unwrap());
    let programme = tx
        .create_programme(
            &pairbot::store::NewProgramme {
                title: "ETP".into(),
                capacity: 5,
                ..Default::default()
            },
            &[(p, who.clone())],
            at,
        )
        .await
        .unwrap();
    let pairbot::store::SignupOutcome::Created(signup, _) = tx
        .sign_up(programme, (p, who), &Default::default(), at)
        .await
        .unwrap()
    else {
        panic!("the programme is open");
    };
    // The team proposes two dates for the shared educational assessment.
    let dates = [at + 7 * 86_400, at + 9 * 86_400];
    tx.move_signup(
        signup,
        &pairbot::store::Transition {
            from: &[pairbot::store::SignupStatus::Requested],
            to: pairbot::store::SignupStatus::BepProposed,
            reason: None,
            bep_options: Some(&dates),
            bep_at: None,
            bep_held_by: None,
        },
        at,
    )
    .await
    .unwrap();
    let mission = tx
        .create_mission(
            &pairbot::store::NewMission {
                places: 1,
                ..Default::default()
            },
            at,
        )
        .await
        .unwrap();
    let pairbot::store::ApplyOutcome::Applied(application) =
        tx.apply_to_mission(mission, (p, who), 1, at).await.unwrap()
    else {
        panic!("a first application");
    };
    // Selected, agreed, and an expense claimed: the agreement and the claim columns.
    tx.select_application(application, at).await.unwrap();
    assert!(
        tx.agree_to_mission(application, (p, who), 1, at)
            .await
            .unwrap()
    );
    tx.create_claim(
        &pairbot::store::NewClaim {
            application_id: application,
            mission_id: mission,
            kind: "transport".into(),
            amount_cents: 1250,
            spent_on: "2026-12-03".into(),
        },
        (p, who),
        at,
    )
    .await
    .unwrap();
    let round = tx
        .launch_round(programme, "end", &[(p, who.clone(), "patient")], at)
        .await
        .unwrap();
    assert!(tx.answer_round(round, (p, who), &[4, 5, 3]).await.unwrap());
    tx.add_training((p, who), ("etp-40h", "IREPS fictive", "2025-03"), at)
        .await
        .unwrap();
    tx.grant_coordinator((p, who), None, at).await.unwrap();
    tx.subscribe((p, who), "actualites", at).await.unwrap();
    let group = ChatId("entraide".into());
    tx.member_message(p, &group, who, at, 10, 3).await.unwrap();
    tx.add_warning(p, &group, who, "motif", at, at + 30 * 86_400)
        .await
        .unwrap();
    tx.set_sanction_end(p, &group, who, "mute", Some(at + 3600))
        .await
        .unwrap();
    tx.block_person((p, who), "motif", at).await.unwrap();
    tx.create_report(
        (p, who),
        (p, &UserId("carol".into())),
        "profile:1",
        "motif",
        at,
    )
    .await
    .unwrap();
    tx.audit(&pairbot::store::AuditEntry {
        at,
        actor: (p, who.clone()),
        action: "profile.approve".into(),
        target: "profile:1".into(),
        reason: None,
        chat: None,
    })
    .await
    .unwrap();
}

/// A private message to `user`.
pub fn msg(platform: Platform, user: &str, text: &str) -> Outgoing {
    Outgoing {
        platform,
        chat: None,
        user: UserId(user.into()),
        text: text.into(),
        choices: vec![],
        attachment: None,
        moderation: None,
    }
}

/// A contact request from `from` to `to` (profile n° 7), made at `at`, expiring at
/// `expires_at`.
pub fn new_contact<'a>(
    from: &'a UserId,
    to: &'a UserId,
    message: &'a str,
    at: i64,
    expires_at: i64,
) -> NewContact<'a> {
    NewContact {
        platform: Platform::Console,
        user: from,
        partner_platform: Platform::Console,
        partner_user: to,
        partner_id: 7,
        message,
        at,
        expires_at,
    }
}

/// A new permanence with one slot of `capacity` places, a day after `at`.
async fn one_slot(tx: &mut Tx, capacity: i64, at: i64) -> i64 {
    let permanence = NewPermanence {
        title: "Permanence".into(),
        slot_minutes: 30,
        capacity,
        open_days: 14,
        cutoff_minutes: 240,
        ..Default::default()
    };
    let id = tx.create_permanence(&permanence, at).await.unwrap();
    let start = at + 86_400 + id * 10_000;
    tx.add_slots(id, &[(start, start + 1800)], capacity)
        .await
        .unwrap();
    tx.slots_of(id).await.unwrap()[0].0
}
