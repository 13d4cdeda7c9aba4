//! ETP programmes through the engine, on SQLite and PostgreSQL: a coordinator creates one,
//! a patient finds it and signs up, BEP dates, enrolment, the waiting list, refusals,
//! withdrawal at any stage, the CSV export, and every refusal of a wrong move.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{
    Harness, TestDb, choice_labelled, future_day, last_choices, number_in, press, programme, texts,
};
use pairbot::core::{Outgoing, Platform, Settings};
use pairbot::store::SignupStatus;

fn coordinators() -> Settings {
    Settings {
        coordinators: vec![(Platform::Console, "coord".into())],
        ..Settings::default()
    }
}

/// Signs `user` up for programme `id` with the dialogue; returns the replies to the
/// sending.
async fn sign_up(h: &Harness, user: &str, id: i64) -> Vec<Outgoing> {
    h.send(press(user, &format!("etp:join:{id}"))).await;
    h.say(user, &format!("{user} (pseudo)")).await;
    h.say(user, "par Pairbot seulement").await;
    let out = h.say(user, "le matin").await;
    h.send(press(user, &choice_labelled(&out, "J'accepte")))
        .await
}

async fn a_programme_from_creation_to_enrolment(db: &TestDb) {
    let h = Harness::with_settings(db, coordinators()).await;
    // The coordinator creates a programme in the chat.
    let out = h.say_text("coord", "/etp_nouveau").await;
    assert!(out.contains("Quel est le nom du programme"), "{out}");
    h.say("coord", "Vivre avec la SEP").await;
    h.say("coord", "CHU fictif de Lyon").await;
    let out = h
        .say_text("coord", "Neurologue, infirmière et un patient ressource")
        .await;
    assert!(out.contains("Où ont lieu"), "{out}");
    let out = h
        .say("coord", "Maison du réseau, 3 rue Fictive, Lyon")
        .await;
    assert!(texts(&out).contains("Noté : Rhône (69)"), "{}", texts(&out));
    let out = h
        .send(press("coord", &choice_labelled(&out, "Oui, aussi")))
        .await;
    assert!(
        texts(&out).contains("Pour quelles maladies"),
        "{}",
        texts(&out)
    );
    let out = h.say_text("coord", "rien du tout").await;
    assert!(out.contains("reconnu aucune maladie"), "{out}");
    let out = h.say("coord", "SEP").await;
    let out = h
        .send(press(
            "coord",
            &choice_labelled(&out, "collectives et individuelles"),
        ))
        .await;
    assert!(
        texts(&out).contains("Quelles dates ou quel rythme"),
        "{}",
        texts(&out)
    );
    h.say("coord", "6 séances le samedi matin").await;
    // A typed number is the number of places, not a button's position.
    let out = h.say("coord", "2").await;
    assert!(
        texts(&out).contains("patients partenaires animent"),
        "{}",
        texts(&out)
    );
    let out = h.send(press("coord", &choice_labelled(&out, "Oui"))).await;
    assert!(
        texts(&out).contains("que propose le programme"),
        "{}",
        texts(&out)
    );
    let out = h
        .say_text("coord", "Écrivez-nous à equipe@exemple.fr")
        .await;
    assert!(out.contains("ce texte est public"), "{out}");
    let out = h
        .say(
            "coord",
            "Comprendre la maladie et ses traitements, vivre avec la fatigue.",
        )
        .await;
    let summary = texts(&out);
    assert!(summary.contains("Vivre avec la SEP"), "{summary}");
    // Not created yet: no number at all (it said "n° 0").
    assert!(!summary.contains("n° 0"), "{summary}");
    assert!(
        summary.contains("séances possibles à distance"),
        "{summary}"
    );
    let out = h
        .send(press("coord", &choice_labelled(&out, "Créer le programme")))
        .await;
    assert!(texts(&out).contains("est créé"), "{}", texts(&out));
    let id = number_in(&texts(&out));
    let mut tx = h.engine.store().begin().await.unwrap();
    let p = tx.programme(id).await.unwrap().unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(p.details.capacity, 2);
    assert!(p.details.online && p.details.co_run);
    assert_eq!(p.details.format, "both");
    assert_eq!(
        p.handlers,
        [(Platform::Console, pairbot::core::UserId("coord".into()))]
    );

    // A patient finds it by free text and signs up; nothing medical is asked.
    let out = h.say("pat", "/etp SEP Lyon").await;
    assert_eq!(last_choices(&out), ["consent:ask"]);
    h.consent("pat").await;
    let out = h.say("pat", "/etp sclérose en plaques Rhône").await;
    assert!(texts(&out).contains("Vivre avec la SEP"), "{}", texts(&out));
    let out = h.send(press("pat", &format!("etp:join:{id}"))).await;
    assert!(texts(&out).contains("Je ne vous poserai aucune question sur votre santé"));
    // Emoji alone are no name to be called by: asked again, kindly.
    let again = h.say_text("pat", "🌸🌸").await;
    assert!(again.contains("au moins une lettre"), "{again}");
    h.say("pat", "Paul").await;
    h.say("pat", "paul@exemple.fr").await;
    let out = h.say("pat", "le samedi").await;
    assert!(texts(&out).contains("paul@exemple.fr"), "{}", texts(&out));
    let out = h
        .send(press("pat", &choice_labelled(&out, "J'accepte")))
        .await;
    assert!(texts(&out).contains("est envoyée"), "{}", texts(&out));
    let told = out
        .iter()
        .find(|m| m.user.0 == "coord")
        .expect("coordinator told");
    assert!(told.text.contains("Paul") && told.text.contains("paul@exemple.fr"));
    let signup = number_in(&texts(&out));
    assert_eq!(
        common::signup_status(&h, signup).await,
        SignupStatus::Requested
    );
    // Enrolling before the BEP is not offered, and refused if forged.
    let out = h
        .send(press("coord", &format!("etpt:enrol:{signup}")))
        .await;
    assert!(
        texts(&out).contains("a changé entre-temps"),
        "{}",
        texts(&out)
    );

    // The coordinator proposes two BEP dates; the patient picks one.
    let out = h.say("coord", "/etp_demandes").await;
    assert!(
        texts(&out).contains("Paul, demande envoyée"),
        "{}",
        texts(&out)
    );
    let out = h
        .send(press("coord", &format!("etpt:propose:{signup}")))
        .await;
    assert!(
        texts(&out).contains("Quelles dates proposez-vous"),
        "{}",
        texts(&out)
    );
    let out = h.say_text("coord", "demain peut-être").await;
    assert!(out.contains("pas compris ces dates"), "{out}");
    let [a, b] = <[String; 2]>::try_from(common::future_days_not_sunday(&[3, 5])).unwrap();
    let out = h.say("coord", &format!("{a} 10h ; {b} 14h30")).await;
    let told = out
        .iter()
        .find(|m| m.user.0 == "pat")
        .expect("patient told");
    assert!(
        told.text.contains("vous propose ces dates"),
        "{}",
        told.text
    );
    assert_eq!(told.choices.len(), 2);
    assert_eq!(
        common::signup_status(&h, signup).await,
        SignupStatus::BepProposed
    );
    // Someone else cannot pick it.
    h.consent("eve").await;
    let out = h.send(press("eve", &told.choices[1].data)).await;
    assert!(texts(&out).contains("n'existe plus"), "{}", texts(&out));
    let out = h.send(press("pat", &told.choices[1].data)).await;
    assert!(texts(&out).contains("C'est noté"), "{}", texts(&out));
    let coord = out.iter().find(|m| m.user.0 == "coord").expect("team told");
    assert!(coord.text.contains("a choisi son bilan"), "{}", coord.text);
    // A double tap does nothing more.
    let again = h.send(press("pat", &told.choices[0].data)).await;
    assert!(
        texts(&again).contains("n'est plus valable"),
        "{}",
        texts(&again)
    );
    assert_eq!(
        common::signup_status(&h, signup).await,
        SignupStatus::BepConfirmed
    );
    let mut tx = h.engine.store().begin().await.unwrap();
    let s = tx.signup(signup).await.unwrap().unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(s.bep_at, Some(s.bep_options[1]));

    // Enrolment follows the assessment: not offered before it, and a forged one is told
    // when the assessment is.
    let out = h.send(press("coord", &format!("etpt:menu:{signup}"))).await;
    assert!(
        texts(&out).contains("une fois ce bilan passé"),
        "{}",
        texts(&out)
    );
    assert!(
        !out.iter()
            .flat_map(|m| &m.choices)
            .any(|c| c.label == "Inscrire"),
        "{out:?}"
    );
    let out = h
        .send(press("coord", &format!("etpt:enrol:{signup}")))
        .await;
    assert!(texts(&out).contains("est prévu le"), "{}", texts(&out));
    assert_eq!(
        common::signup_status(&h, signup).await,
        SignupStatus::BepConfirmed
    );

    // Once it has taken place: enrolled; the patient is told and sees it.
    common::bep_took_place(h.engine.store(), Platform::Console, "pat").await;
    let out = h.send(press("coord", &format!("etpt:menu:{signup}"))).await;
    let out = h
        .send(press("coord", &choice_labelled(&out, "Inscrire")))
        .await;
    let told = out
        .iter()
        .find(|m| m.user.0 == "pat")
        .expect("patient told");
    assert!(told.text.contains("Vous êtes inscrit(e)"), "{}", told.text);
    // The number given is named for what it is: the request, not the programme.
    assert!(
        told.text.contains(&format!("(votre demande n° {signup})")),
        "{}",
        told.text
    );
    let mine = h.say_text("pat", "/mes_inscriptions").await;
    assert!(mine.contains("inscrit(e), bilan le"), "{mine}");

    // A number that is no programme is said to be one (it asked which programme, as if
    // none had been given).
    let none = h.say_text("coord", "/etp_export 99").await;
    assert!(none.contains("pas de programme n° 99"), "{none}");
    // The export opens with a CSV parser: a header and one row per sign-up.
    let out = h.say("coord", &format!("/etp_export {id}")).await;
    let file = out
        .iter()
        .find_map(|m| m.attachment.as_ref())
        .expect("a CSV file");
    assert_eq!(file.mime, "text/csv");
    let mut reader = common::french_csv(&file.content);
    let headers = reader.headers().unwrap().clone();
    assert_eq!(&headers[1], "Nom ou pseudonyme");
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1);
    assert_eq!(&rows[0][1], "Paul");
    assert_eq!(&rows[0][2], "paul@exemple.fr");
    assert_eq!(&rows[0][4], "inscrit(e)");
    h.close().await;
}

async fn refusals_waiting_list_and_withdrawal(db: &TestDb) {
    let h = Harness::with_settings(db, coordinators()).await;
    let id = programme(&h, "Programme fictif", 1).await;
    for who in ["ann", "bob", "cid"] {
        h.consent(who).await;
    }
    let ann = number_in(&texts(&sign_up(&h, "ann", id).await));
    let cid = number_in(&texts(&sign_up(&h, "cid", id).await));
    // A second request for the same programme is refused kindly.
    let out = h.send(press("ann", &format!("etp:join:{id}"))).await;
    assert!(
        texts(&out).contains("déjà une demande en cours"),
        "{}",
        texts(&out)
    );
    // A patient cannot run the team's commands, nor forge their buttons.
    let out = h.say_text("ann", "/etp_demandes").await;
    assert!(out.contains("réservée aux coordinateurs"), "{out}");
    let out = h.send(press("ann", &format!("etpt:enrol:{ann}"))).await;
    assert!(
        texts(&out).contains("réservée aux coordinateurs"),
        "{}",
        texts(&out)
    );
    // Ann is enrolled (BEP proposed then picked): the programme is full.
    h.send(press("coord", &format!("etpt:propose:{ann}"))).await;
    h.say(
        "coord",
        &format!("{} 9h", common::future_days_not_sunday(&[2])[0]),
    )
    .await;
    h.send(press("ann", &format!("etps:bep:{ann}:0"))).await;
    common::bep_took_place(h.engine.store(), Platform::Console, "ann").await;
    h.send(press("coord", &format!("etpt:enrol:{ann}"))).await;
    assert_eq!(common::signup_status(&h, ann).await, SignupStatus::Enrolled);
    // Bob asks while it is full: on the waiting list at once.
    let out = sign_up(&h, "bob", id).await;
    assert!(texts(&out).contains("liste d'attente"), "{}", texts(&out));
    let bob = number_in(&texts(&out));
    assert_eq!(
        common::signup_status(&h, bob).await,
        SignupStatus::Waitlisted
    );
    // Cid (who asked before it was full) reaches a BEP, but enrolling him is refused.
    h.send(press("coord", &format!("etpt:propose:{cid}"))).await;
    h.say(
        "coord",
        &format!("{} 9h", common::future_days_not_sunday(&[2])[0]),
    )
    .await;
    h.send(press("cid", &format!("etps:bep:{cid}:0"))).await;
    common::bep_took_place(h.engine.store(), Platform::Console, "cid").await;
    let out = h.send(press("coord", &format!("etpt:enrol:{cid}"))).await;
    assert!(texts(&out).contains("complet"), "{}", texts(&out));
    assert_eq!(
        common::signup_status(&h, cid).await,
        SignupStatus::BepConfirmed
    );
    // Ann withdraws (enrolled: still one step and a confirmation); the team is told.
    let out = h.say("ann", "/mes_inscriptions").await;
    let out = h
        .send(press("ann", &choice_labelled(&out, "Retirer ma demande")))
        .await;
    let out = h
        .send(press("ann", &choice_labelled(&out, "Oui, me retirer")))
        .await;
    assert!(
        texts(&out).contains("vous êtes retiré(e)"),
        "{}",
        texts(&out)
    );
    let team = out.iter().find(|m| m.user.0 == "coord").expect("team told");
    assert!(team.text.contains("s'est retiré(e)"), "{}", team.text);
    assert_eq!(
        common::signup_status(&h, ann).await,
        SignupStatus::Withdrawn
    );
    // Withdrawing twice does nothing more.
    let out = h.send(press("ann", &format!("etps:quitok:{ann}"))).await;
    assert!(texts(&out).contains("a déjà changé"), "{}", texts(&out));
    // Now Cid can be enrolled; Bob's request is taken up again.
    h.send(press("coord", &format!("etpt:enrol:{cid}"))).await;
    assert_eq!(common::signup_status(&h, cid).await, SignupStatus::Enrolled);
    let out = h.send(press("coord", &format!("etpt:resume:{bob}"))).await;
    let told = out.iter().find(|m| m.user.0 == "bob").expect("bob told");
    assert!(told.text.contains("votre demande n°"), "{}", told.text);
    assert_eq!(
        common::signup_status(&h, bob).await,
        SignupStatus::Requested
    );
    // Bob is not accepted, with a reason he reads; a too short reason is asked again.
    h.send(press("coord", &format!("etpt:refuse:{bob}"))).await;
    let out = h.say_text("coord", "no").await;
    assert!(out.contains("entre 3 et"), "{out}");
    let out = h
        .say(
            "coord",
            "Le programme suivant commence en mars, nous vous recontacterons.",
        )
        .await;
    let told = out.iter().find(|m| m.user.0 == "bob").expect("bob told");
    assert!(told.text.contains("commence en mars"), "{}", told.text);
    assert_eq!(common::signup_status(&h, bob).await, SignupStatus::Refused);
    let mine = h.say_text("bob", "/mes_inscriptions").await;
    assert!(
        mine.contains("non retenue (motif : Le programme suivant"),
        "{mine}"
    );
    // Refused, Bob may ask again later.
    let out = sign_up(&h, "bob", id).await;
    assert!(texts(&out).contains("liste d'attente"), "{}", texts(&out));
    // Withdrawal is one command and a confirmation: a wrong number is explained, the only
    // live request is named and goes once confirmed.
    let out = h.say_text("bob", "/retirer_etp 999").await;
    assert!(
        out.contains("aucune demande d'inscription en cours à ce numéro"),
        "{out}"
    );
    let before = common::signup_status(&h, bob).await;
    let out = h.say("bob", "/retirer_etp").await;
    assert!(
        texts(&out).contains("Vous retirer de « Programme fictif"),
        "{}",
        texts(&out)
    );
    assert_eq!(common::signup_status(&h, bob).await, before);
    assert!(!out.iter().any(|m| m.user.0 == "coord"));
    let out = h.say("bob", "1").await;
    assert!(
        texts(&out).contains("vous êtes retiré(e)"),
        "{}",
        texts(&out)
    );
    assert!(out.iter().any(|m| m.user.0 == "coord"));
    let out = h.say_text("bob", "/retirer_etp").await;
    assert!(
        out.contains("aucune demande d'inscription en cours."),
        "{out}"
    );
    // A closed programme takes no sign-up.
    let out = h.send(press("coord", &format!("etpc:close:{id}"))).await;
    assert!(texts(&out).contains("sont fermées"), "{}", texts(&out));
    h.consent("dan").await;
    let out = h.send(press("dan", &format!("etp:join:{id}"))).await;
    assert!(texts(&out).contains("n'accepte plus"), "{}", texts(&out));
    assert!(
        !h.say_text("dan", "/etp SEP")
            .await
            .contains("Programme fictif")
    );
    h.close().await;
}

async fn guided_search_and_demo_programmes(db: &TestDb) {
    let h = Harness::with_settings(db, coordinators()).await;
    let store = h.engine.store();
    let now = pairbot::store::now();
    assert!(pairbot::demo::load_programmes(store, now).await.unwrap() >= 6);
    assert_eq!(pairbot::demo::load_programmes(store, now).await.unwrap(), 0);
    // The demo missions are valid: known kinds and trainings, some tied to programmes.
    let mut tx = store.begin().await.unwrap();
    let missions = tx.missions(false).await.unwrap();
    tx.rollback().await.unwrap();
    assert!(missions.len() >= 3, "{missions:?}");
    assert!(missions.iter().any(|m| m.details.programme_id.is_some()));
    let trainings = &h.engine.directory().trainings;
    for m in &missions {
        assert!(pairbot::features::etp::missions::KINDS.contains(&m.details.kind.as_str()));
        assert!(trainings.position(&m.details.training).is_some(), "{m:?}");
    }
    h.consent("pat").await;
    let out = h.say("pat", "/etp").await;
    assert!(
        texts(&out).contains("bilan éducatif partagé"),
        "{}",
        texts(&out)
    );
    let out = h
        .send(press("pat", &choice_labelled(&out, "Cancer du sein")))
        .await;
    // That programme is remote only: the place offered is "À distance".
    let out = h
        .send(press("pat", &choice_labelled(&out, "À distance")))
        .await;
    assert!(
        texts(&out).contains("Après le cancer du sein"),
        "{}",
        texts(&out)
    );
    assert!(!texts(&out).contains("Cœur en forme"), "{}", texts(&out));
    // Free text and guided agree.
    let out = h.say_text("pat", "/etp asthme Gironde").await;
    assert!(out.contains("l'école de l'asthme"), "{out}");
    // The children's asthma programme is for asthma, as its card says, not for COPD (it
    // read "Pour : BPCO, asthme sévère").
    assert!(out.contains("Pour : Asthme"), "{out}");
    assert!(!out.contains("BPCO"), "{out}");
    let out = h.say_text("pat", "/etp n'importe quoi").await;
    assert!(out.contains("ni maladie, ni lieu"), "{out}");
    // Forged guided data is refused.
    let out = h.send(press("pat", "etp:gp:inconnu:*")).await;
    assert!(
        texts(&out).contains("n'est plus valable"),
        "{}",
        texts(&out)
    );
    h.close().await;
}

async fn erasure_removes_signups_and_tells_nothing_personal(db: &TestDb) {
    let h = Harness::with_settings(db, coordinators()).await;
    let id = programme(&h, "Programme fictif", 5).await;
    h.consent("ann").await;
    sign_up(&h, "ann", id).await;
    assert_eq!(h.rows("etp_signups", "ann").await, 1);
    h.say("ann", "/oublier").await;
    let out = h.say("ann", "1").await;
    assert_eq!(h.rows("etp_signups", "ann").await, 0);
    // The team hears the request is withdrawn, by number only.
    let team = out.iter().find(|m| m.user.0 == "coord").expect("team told");
    assert!(team.text.contains("effacé ses données"), "{}", team.text);
    assert!(!team.text.contains("ann (pseudo)"), "{}", team.text);
    let out = h.say_text("coord", &format!("/etp_export {id}")).await;
    assert!(out.contains("aucune demande"), "{out}");
    h.close().await;
}

/// An approved partner profile for a console user, with this training.
async fn partner(h: &Harness, user: &str, pseudonym: &str, training: &str) -> i64 {
    common::approved_partner(
        h.engine.store(),
        (Platform::Console, user),
        pseudonym,
        training,
    )
    .await
}

async fn a_mission_from_posting_to_selection(db: &TestDb) {
    let h = Harness::with_settings(db, coordinators()).await;
    let programme_id = programme(&h, "Programme SEP fictif", 10).await;
    partner(&h, "trained", "Claire F.", "etp-40h").await;
    partner(&h, "diploma", "Marc D.", "du-diu").await;
    partner(&h, "untrained", "Léa P.", "none").await;
    // Only coordinators post missions.
    let out = h.say_text("trained", "/mission_nouvelle").await;
    assert!(out.contains("réservée aux coordinateurs"), "{out}");
    let out = h.say("coord", "/mission_nouvelle").await;
    let out = h
        .send(press("coord", &choice_labelled(&out, "Co-animation")))
        .await;
    assert!(texts(&out).contains("À quel programme"), "{}", texts(&out));
    let out = h.say_text("coord", "999").await;
    assert!(out.contains("Je ne trouve pas ce programme"), "{out}");
    h.say("coord", &format!("n° {programme_id}")).await;
    let out = h.say("coord", "3 samedis matin en mars").await;
    // Co-running asks for the 40 hours or a DU/DIU: no other training is offered, and a
    // forged one is refused with the reason.
    let labels: Vec<&str> = out
        .iter()
        .flat_map(|m| &m.choices)
        .map(|c| c.label.as_str())
        .collect();
    assert_eq!(
        labels,
        ["Formation ETP 40 h", "Diplôme universitaire (DU/DIU)"],
        "{out:?}"
    );
    let forged = choice_labelled(&out, "Formation ETP 40").replace("etp-40h", "none");
    let refused = texts(&h.send(press("coord", &forged)).await);
    assert!(refused.contains("ne peut pas être publiée"), "{refused}");
    let out = h
        .send(press("coord", &choice_labelled(&out, "Formation ETP 40")))
        .await;
    // Pay and expenses are two answers.
    assert!(texts(&out).contains("rémunérée"), "{}", texts(&out));
    let out = h
        .send(press("coord", &choice_labelled(&out, "Non, bénévole")))
        .await;
    assert!(texts(&out).contains("frais"), "{}", texts(&out));
    h.send(press("coord", &choice_labelled(&out, "Oui, remboursés")))
        .await;
    // One place, typed.
    let out = h.say("coord", "1").await;
    assert!(texts(&out).contains("fiche de mission"), "{}", texts(&out));
    let out = h
        .say(
            "coord",
            "Co-animer trois ateliers avec l'infirmière, après une réunion de préparation.",
        )
        .await;
    let summary = texts(&out);
    assert!(
        summary.contains("programme « Programme SEP fictif »"),
        "{summary}"
    );
    assert!(summary.contains("places pourvues : 0 sur 1"), "{summary}");
    assert!(
        summary.contains("Bénévole (non rémunérée), frais remboursés"),
        "{summary}"
    );
    // Not published yet: no number ("Mission n° 0").
    assert!(
        summary.contains("Nouvelle mission") && !summary.contains("n° 0"),
        "{summary}"
    );
    let out = h
        .send(press("coord", &choice_labelled(&out, "Publier")))
        .await;
    assert!(texts(&out).contains("est publiée"), "{}", texts(&out));
    let mission = number_in(&texts(&out));
    // The partner without the training neither sees it nor can apply with a forged button.
    let out = h.say_text("untrained", "/missions").await;
    assert!(out.contains("Aucune mission ouverte"), "{out}");
    let out = h
        .send(press("untrained", &format!("mis:apply:{mission}")))
        .await;
    assert!(
        texts(&out).contains("demande une formation"),
        "{}",
        texts(&out)
    );
    // A patient who is not a partner is pointed to the partner questionnaire.
    h.consent("pat").await;
    let out = h.say_text("pat", "/missions").await;
    assert!(out.contains("patients partenaires dont le profil"), "{out}");
    // Both trained partners apply; the coordinator is told each time.
    for who in ["trained", "diploma"] {
        let out = h.say(who, "/missions").await;
        assert!(texts(&out).contains("Co-animation"), "{}", texts(&out));
        let out = h
            .send(press(who, &choice_labelled(&out, "Candidater")))
            .await;
        assert!(texts(&out).contains("est envoyée"), "{}", texts(&out));
        let team = out
            .iter()
            .find(|m| m.user.0 == "coord")
            .expect("coordinator told");
        assert!(team.text.contains("Nouvelle candidature"), "{}", team.text);
    }
    let again = h
        .send(press("trained", &format!("mis:apply:{mission}")))
        .await;
    assert!(
        texts(&again).contains("déjà candidaté"),
        "{}",
        texts(&again)
    );
    // Selecting: the first fills the only place, the second cannot be selected as well.
    let out = h.send(press("coord", &format!("mis:menu:{mission}"))).await;
    let select = choice_labelled(&out, "Retenir la candidature");
    let out = h.send(press("coord", &select)).await;
    assert!(
        texts(&out).contains("Places pourvues : 1 sur 1"),
        "{}",
        texts(&out)
    );
    let told = out
        .iter()
        .find(|m| m.user.0 == "trained")
        .expect("partner told");
    assert!(told.text.contains("vous êtes retenu(e)"), "{}", told.text);
    let mut tx = h.engine.store().begin().await.unwrap();
    let applications = tx.applications_to(mission).await.unwrap();
    tx.rollback().await.unwrap();
    let second = applications[1].id;
    let out = h
        .send(press("coord", &format!("mis:select:{second}")))
        .await;
    assert!(texts(&out).contains("Toutes les places"), "{}", texts(&out));
    // The mission shows its places filled; declining tells the partner kindly.
    let out = h
        .send(press("coord", &format!("mis:decline:{second}")))
        .await;
    let told = out
        .iter()
        .find(|m| m.user.0 == "diploma")
        .expect("partner told");
    assert!(told.text.contains("n'a pas été retenue"), "{}", told.text);
    let out = h.say_text("trained", "/missions").await;
    assert!(out.contains("places pourvues : 1 sur 1"), "{out}");
    assert!(out.contains("Vous êtes retenu(e)"), "{out}");
    // A patient cannot decide, even with a forged button.
    let out = h.send(press("pat", &format!("mis:select:{second}"))).await;
    assert!(
        texts(&out).contains("réservée aux coordinateurs"),
        "{}",
        texts(&out)
    );
    h.close().await;
}

async fn every_other_move_of_the_team_and_of_partners(db: &TestDb) {
    let h = Harness::with_settings(db, coordinators()).await;
    let id = programme(&h, "Programme fictif", 3).await;
    h.consent("ann").await;
    let ann = number_in(&texts(&sign_up(&h, "ann", id).await));
    // Everyone else is refused every coordinator command.
    for command in [
        "/etp_nouveau",
        "/etp_demandes",
        &format!("/etp_export {id}"),
        "/mission_nouvelle",
    ] {
        let out = h.say_text("ann", command).await;
        assert!(
            out.contains("réservée aux coordinateurs"),
            "{command}: {out}"
        );
    }
    // BEP dates: past, too many, then fine; a forged or out-of-range pick does nothing.
    h.send(press("coord", &format!("etpt:propose:{ann}"))).await;
    let out = h.say_text("coord", "01/01/2020 10h").await;
    assert!(out.contains("déjà passée"), "{out}");
    let many = (2..=7)
        .map(|d| format!("{} 10h", future_day(d)))
        .collect::<Vec<_>>()
        .join(" ; ");
    let out = h.say_text("coord", &many).await;
    assert!(out.contains("cinq dates au plus"), "{out}");
    h.say(
        "coord",
        &format!("{} 10h", common::future_days_not_sunday(&[2])[0]),
    )
    .await;
    let out = h.send(press("ann", &format!("etps:bep:{ann}:7"))).await;
    assert!(
        texts(&out).contains("n'est plus valable"),
        "{}",
        texts(&out)
    );
    assert_eq!(
        common::signup_status(&h, ann).await,
        SignupStatus::BepProposed
    );
    // Offered again after the pick (the date did not suit the team): new dates replace
    // the old ones.
    h.send(press("ann", &format!("etps:bep:{ann}:0"))).await;
    h.send(press("coord", &format!("etpt:propose:{ann}"))).await;
    h.say(
        "coord",
        &common::future_days_not_sunday(&[3, 4])
            .iter()
            .zip(["11h", "15h"])
            .map(|(day, hour)| format!("{day} {hour}"))
            .collect::<Vec<_>>()
            .join(" ; "),
    )
    .await;
    let mut tx = h.engine.store().begin().await.unwrap();
    let s = tx.signup(ann).await.unwrap().unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(
        (s.status, s.bep_options.len()),
        (SignupStatus::BepProposed, 2)
    );
    // The team puts it on the waiting list; the person is told.
    let out = h.send(press("coord", &format!("etpt:wait:{ann}"))).await;
    let told = out.iter().find(|m| m.user.0 == "ann").expect("ann told");
    assert!(told.text.contains("liste d'attente"), "{}", told.text);
    assert_eq!(
        common::signup_status(&h, ann).await,
        SignupStatus::Waitlisted
    );
    // From the waiting list, enrolling is not offered and a forged one is refused.
    let out = h.send(press("coord", &format!("etpt:enrol:{ann}"))).await;
    assert!(
        texts(&out).contains("a changé entre-temps"),
        "{}",
        texts(&out)
    );
    // Editing and reopening a programme.
    let out = h.send(press("coord", &format!("etpc:edit:{id}"))).await;
    assert!(
        texts(&out).contains("Actuellement : Programme fictif"),
        "{}",
        texts(&out)
    );
    let out = h.say("coord", "Programme fictif renommé").await;
    // Every other answer kept, up to the summary.
    let mut out = out;
    for _ in 0..15 {
        let at_summary = out
            .last()
            .is_some_and(|m| m.choices.iter().any(|c| c.label == "Enregistrer"));
        if at_summary {
            break;
        }
        out = h
            .send(press("coord", &choice_labelled(&out, "Garder")))
            .await;
    }
    let out = h
        .send(press("coord", &choice_labelled(&out, "Enregistrer")))
        .await;
    assert!(texts(&out).contains("sont enregistrées"), "{}", texts(&out));
    h.send(press("coord", &format!("etpc:close:{id}"))).await;
    let out = h.send(press("coord", &format!("etpc:open:{id}"))).await;
    assert!(texts(&out).contains("sont rouvertes"), "{}", texts(&out));
    assert!(
        h.say_text("ann", "/mes_inscriptions")
            .await
            .contains("Programme fictif renommé")
    );

    // Missions: a partner withdraws an application; a closed mission takes no more.
    let mut tx = h.engine.store().begin().await.unwrap();
    let profile = pairbot::store::PartnerProfile {
        pseudonym: "Claire F.".into(),
        training: "none".into(),
        ..Default::default()
    };
    let claire = pairbot::core::UserId("claire".into());
    let (pid, revision) = tx
        .save_partner(Platform::Console, &claire, &profile)
        .await
        .unwrap();
    tx.decide_partner(pid, revision, pairbot::store::PartnerStatus::Approved, None)
        .await
        .unwrap();
    let mission = tx
        .create_mission(
            &pairbot::store::NewMission {
                project: "Un projet fictif".into(),
                kind: "temoignage".into(),
                dates: "en mars".into(),
                training: "none".into(),
                places: 2,
                sheet: "Témoigner devant des étudiants.".into(),
                ..Default::default()
            },
            1,
        )
        .await
        .unwrap();
    tx.commit().await.unwrap();
    h.consent("claire").await;
    let out = h
        .send(press("claire", &format!("mis:apply:{mission}")))
        .await;
    assert!(texts(&out).contains("est envoyée"), "{}", texts(&out));
    let out = h.say("claire", "/missions").await;
    let quit = choice_labelled(&out, "Retirer ma candidature");
    let out = h.send(press("claire", &quit)).await;
    assert!(texts(&out).contains("est retirée"), "{}", texts(&out));
    let out = h.send(press("claire", &quit)).await;
    assert!(
        texts(&out).contains("a déjà reçu une réponse"),
        "{}",
        texts(&out)
    );
    // Someone else's application cannot be withdrawn by another partner's forged button.
    let out = h.send(press("ann", &quit)).await;
    assert!(
        texts(&out).contains("a déjà reçu une réponse"),
        "{}",
        texts(&out)
    );
    let out = h
        .send(press("coord", &format!("mis:close:{mission}")))
        .await;
    assert!(texts(&out).contains("est close"), "{}", texts(&out));
    let out = h
        .send(press("claire", &format!("mis:apply:{mission}")))
        .await;
    assert!(
        texts(&out).contains("n'est plus ouverte"),
        "{}",
        texts(&out)
    );
    h.close().await;
}

/// The forms' buttons are bound to the step they were offered at: an old one is refused
/// kindly, *start again* goes back to the first question, and a form for coordinators
/// refuses a button pressed by anyone else.
async fn form_buttons_are_bound_to_their_step(db: &TestDb) {
    let h = Harness::with_settings(db, coordinators()).await;
    let id = programme(&h, "Programme fictif", 5).await;
    h.consent("ana").await;
    h.send(press("ana", &format!("etp:join:{id}"))).await;
    h.say("ana", "Ana (pseudo)").await;
    let out = h.say("ana", "par Pairbot seulement").await;
    let any_time = choice_labelled(&out, "Peu importe");
    let summary_out = h.send(press("ana", &any_time)).await;
    let summary = texts(&summary_out);
    assert!(summary.contains("Peu importe"), "{summary}");
    // The same button again, now that the summary is shown: it belongs to another step.
    let out = h.send(press("ana", &any_time)).await;
    assert!(
        texts(&out).contains("n'est plus valable"),
        "{}",
        texts(&out)
    );
    // Start again: the first question, the answers kept in the draft until replaced.
    let restart = choice_labelled(&summary_out, "Recommencer");
    let out = h.send(press("ana", &restart)).await;
    assert!(texts(&out).contains("Sous quel nom"), "{}", texts(&out));
    // Nothing was sent on the way, and the summary's button is now stale too.
    let mut tx = h.engine.store().begin().await.unwrap();
    let signups = tx
        .signups_of((Platform::Console, &pairbot::core::UserId("ana".into())))
        .await
        .unwrap();
    tx.rollback().await.unwrap();
    assert!(signups.is_empty(), "{signups:?}");
    let out = h.send(press("ana", &restart)).await;
    assert!(
        texts(&out).contains("n'est plus valable"),
        "{}",
        texts(&out)
    );
    // The mission form: a coordinator's, its buttons refused to anyone else.
    let out = h.say("coord", "/mission_nouvelle").await;
    let kind = choice_labelled(&out, "Co-animation");
    let out = h.send(press("ana", &kind)).await;
    assert!(
        texts(&out).contains("réservée aux coordinateurs"),
        "{}",
        texts(&out)
    );
    // Pressed by the coordinator, it answers the step; pressed again, it is stale.
    let out = h.send(press("coord", &kind)).await;
    assert!(texts(&out).contains("À quel programme"), "{}", texts(&out));
    let out = h.send(press("coord", &kind)).await;
    assert!(
        texts(&out).contains("n'est plus valable"),
        "{}",
        texts(&out)
    );
}

on_every_backend!(
    a_programme_from_creation_to_enrolment,
    form_buttons_are_bound_to_their_step,
    every_other_move_of_the_team_and_of_partners,
    a_mission_from_posting_to_selection,
    refusals_waiting_list_and_withdrawal,
    guided_search_and_demo_programmes,
    erasure_removes_signups_and_tells_nothing_personal,
);
