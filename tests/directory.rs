//! The partner directory through the engine, on SQLite and PostgreSQL: becoming a partner,
//! coordinator review, one's own profile, demo data.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, last_choices, texts};
use pairbot::core::{Body, Incoming, Platform, Settings};
use pairbot::features::directory::Directory;
use pairbot::i18n::I18n;
use pairbot::store::PartnerStatus;

fn settings() -> Settings {
    Settings {
        coordinators: vec![(Platform::Console, "coordo".into())],
        ..Settings::default()
    }
}

fn press(user: &str, data: &str) -> Incoming {
    Incoming {
        body: Body::Choice(data.into()),
        ..Incoming::private_text(Platform::Console, user, "")
    }
}

/// The choice labels of the last message.
fn labels(out: &[pairbot::core::Outgoing]) -> Vec<String> {
    out.last()
        .map(|m| m.choices.iter().map(|c| c.label.clone()).collect())
        .unwrap_or_default()
}

async fn consent(h: &Harness, user: &str) {
    h.say(user, "/start").await;
    h.say(user, "oui").await;
}

/// Goes through the whole questionnaire for `user`; returns the profile number.
async fn onboard(h: &Harness, user: &str, pseudonym: &str) -> i64 {
    consent(h, user).await;
    let out = h.say(user, "/devenir_partenaire").await;
    assert!(texts(&out).contains("Sous quel nom"), "{}", texts(&out));
    h.say(user, pseudonym).await;
    h.send(press(user, "partner:toggle:role:pair-aidant")).await;
    h.send(press(user, "partner:next")).await;
    let out = h.say_text(user, "SEP, aidante de ma mère").await;
    assert!(out.contains("Noté : Sclérose en plaques"), "{out}");
    let out = h.say_text(user, "Toulouse, Tarn et en ligne").await;
    assert!(
        out.contains("Haute-Garonne (31)") && out.contains("Tarn (81)"),
        "{out}"
    );
    assert!(out.contains("en ligne"), "{out}");
    // Languages: French is already chosen.
    h.send(press(user, "partner:next")).await;
    h.send(press(user, "partner:training:etp-40h")).await;
    h.send(press(user, "partner:toggle:mission:ecoute")).await;
    h.send(press(user, "partner:next")).await;
    h.say(user, "le mardi après-midi").await;
    h.say(user, "Je vis avec une SEP depuis dix ans.").await;
    // A stale "skip" from the availability question does not skip this one.
    let stale = h.send(press(user, "partner:skip:7")).await;
    assert!(
        texts(&stale).contains("n'est plus valable"),
        "{}",
        texts(&stale)
    );
    let summary = h.send(press(user, "partner:skip:9")).await;
    let text = texts(&summary);
    assert!(text.contains("Voici votre fiche"), "{text}");
    assert!(
        text.contains(pseudonym) && text.contains("Formation ETP 40 h"),
        "{text}"
    );
    assert_eq!(
        last_choices(&summary),
        ["partner:send", "partner:restart", "cmd:annuler"]
    );
    let out = h.send(press(user, "partner:send")).await;
    assert!(texts(&out).contains("C'est envoyé"), "{}", texts(&out));
    // The coordinator was notified, with the decision buttons.
    let note = out
        .iter()
        .find(|m| m.user.0 == "coordo")
        .expect("coordinator notified");
    assert!(
        note.text.contains("Fiche nouvelle ou modifiée à valider"),
        "{}",
        note.text
    );
    let id: i64 = note.choices[0]
        .data
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(note.choices[0].data, format!("review:approve:{id}"));
    id
}

async fn a_partner_onboards_and_a_coordinator_approves(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let id = onboard(&h, "lea", "Léa M.").await;
    let list = h.say_text("coordo", "/a_valider").await;
    assert!(
        list.contains(&format!("N° {id}")) && list.contains("Léa M."),
        "{list}"
    );
    let out = h.say("coordo", &format!("/valider {id}")).await;
    assert!(texts(&out).contains("validée"), "{}", texts(&out));
    let told = out
        .iter()
        .find(|m| m.user.0 == "lea")
        .expect("partner told");
    assert!(told.text.contains("Bonne nouvelle"), "{}", told.text);
    // Deciding twice is refused clearly.
    let again = h.say_text("coordo", &format!("/valider {id}")).await;
    assert!(again.contains("n'attend plus de décision"), "{again}");
    let profile = h.say_text("lea", "/profil").await;
    assert!(profile.contains("validée et visible"), "{profile}");
    // Pause hides it, and back.
    assert!(h.say_text("lea", "/pause").await.contains("masquée"));
    assert!(h.say_text("lea", "/profil").await.contains("masquée"));
    assert!(h.say_text("lea", "/pause").await.contains("de nouveau"));
    h.close().await;
}

async fn a_coordinator_refuses_with_a_reason(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let id = onboard(&h, "max", "Max R.").await;
    // Without a reason the command explains itself.
    assert!(
        h.say_text("coordo", &format!("/refuser {id}"))
            .await
            .contains("/refuser 12")
    );
    // From the notification button, the reason is asked for.
    let ask = h
        .send(press("coordo", &format!("review:refuse:{id}")))
        .await;
    assert!(
        texts(&ask).contains("Pourquoi refusez-vous"),
        "{}",
        texts(&ask)
    );
    let out = h.say("coordo", "la présentation est trop courte").await;
    let told = out
        .iter()
        .find(|m| m.user.0 == "max")
        .expect("partner told");
    assert!(
        told.text.contains("la présentation est trop courte"),
        "{}",
        told.text
    );
    let profile = h.say_text("max", "/profil").await;
    assert!(profile.contains("n'a pas été validée"), "{profile}");
    // A profile that is not visible has nothing to hide.
    assert!(h.say_text("max", "/pause").await.contains("rien à masquer"));
    // Editing sends it back for review.
    h.say("max", "/devenir_partenaire").await;
    h.send(press("max", "partner:keep:0")).await;
    let mut tx = h.engine.store().begin().await.unwrap();
    let record = tx.partner(id).await.unwrap().unwrap();
    tx.rollback().await.unwrap();
    assert_eq!(
        record.status,
        PartnerStatus::Refused,
        "not resent until confirmed"
    );
    h.close().await;
}

async fn only_coordinators_review(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    for command in ["/a_valider", "/valider 1", "/refuser 1 non"] {
        let out = h.say_text("intrus", command).await;
        assert!(
            out.contains("réservée aux coordinateurs"),
            "{command}: {out}"
        );
    }
    let out = h.send(press("intrus", "review:approve:1")).await;
    assert!(texts(&out).contains("réservée aux coordinateurs"));
    assert!(
        h.say_text("coordo", "/valider 999")
            .await
            .contains("pas de fiche n° 999")
    );
    assert!(
        h.say_text("coordo", "/valider douze")
            .await
            .contains("/valider 12")
    );
    assert!(
        h.say_text("coordo", "/a_valider")
            .await
            .contains("Aucune fiche")
    );
    // Coordinators see their commands in /aide; others do not.
    assert!(h.say_text("coordo", "/aide").await.contains("/a_valider"));
    assert!(!h.say_text("intrus", "/aide").await.contains("/a_valider"));
    h.close().await;
}

async fn becoming_a_partner_needs_consent_and_valid_answers(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let out = h.say("sam", "/devenir_partenaire").await;
    assert!(
        texts(&out).contains("j'ai besoin de votre accord"),
        "{}",
        texts(&out)
    );
    assert_eq!(last_choices(&out), ["consent:ask"]);
    assert_eq!(h.rows("partners", "sam").await, 0);
    consent(&h, "sam").await;
    h.say("sam", "/devenir_partenaire").await;
    for bad in ["S", "sam@exemple.fr", "Sam 06 12 34 56 78"] {
        let out = h.say_text("sam", bad).await;
        assert!(out.contains("Sous quel nom"), "{bad}: {out}");
    }
    h.say("sam", "Sam").await;
    let out = h.send(press("sam", "partner:next")).await;
    assert!(
        texts(&out).contains("au moins une réponse"),
        "{}",
        texts(&out)
    );
    // Typed roles work too.
    let out = h.say("sam", "patient ressource").await;
    assert!(
        labels(&out).contains(&"✓ Patient ressource".to_owned()),
        "{:?}",
        labels(&out)
    );
    h.send(press("sam", "partner:next")).await;
    let out = h.say_text("sam", "   ").await;
    assert!(out.contains("au moins une maladie"), "{out}");
    let out = h.say_text("sam", "SEP, tel 06 12 34 56 78").await;
    assert!(out.contains("n'indiquez ni adresse"), "{out}");
    // "Keep" where there is nothing to keep is refused.
    let out = h.send(press("sam", "partner:keep:2")).await;
    assert!(
        texts(&out).contains("n'est plus valable"),
        "{}",
        texts(&out)
    );
    h.say("sam", "diabète de type 1").await;
    let out = h.say_text("sam", "quelque part").await;
    assert!(out.contains("aucun département"), "{out}");
    // A button from another step is stale.
    let out = h.send(press("sam", "partner:training:etp-40h")).await;
    assert!(
        texts(&out).contains("n'est plus valable"),
        "{}",
        texts(&out)
    );
    h.close().await;
}

async fn the_questionnaire_survives_a_restart(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    consent(&h, "zoe").await;
    h.say("zoe", "/devenir_partenaire").await;
    h.say("zoe", "Zoé").await;
    h.close().await;
    let h = Harness::with_settings(db, settings()).await;
    let out = h
        .send(press("zoe", "partner:toggle:role:pair-aidant-familial"))
        .await;
    assert!(
        labels(&out)
            .iter()
            .any(|l| l.starts_with("✓ Pair-aidant familial")),
        "{:?}",
        labels(&out)
    );
    // /annuler leaves it, and nothing was saved as a profile.
    assert!(h.say_text("zoe", "/annuler").await.contains("annulé"));
    assert_eq!(h.rows("partners", "zoe").await, 0);
    h.close().await;
}

async fn forgetting_erases_the_profile(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    onboard(&h, "eve", "Ève").await;
    assert_eq!(h.rows("partners", "eve").await, 1);
    assert!(h.rows("partner_tags", "eve").await > 3);
    h.say("eve", "/oublier").await;
    h.say("eve", "1").await;
    assert_eq!(h.rows("partners", "eve").await, 0);
    assert_eq!(h.rows("partner_tags", "eve").await, 0);
    h.close().await;
}

async fn demo_partners_load_once_and_are_approved(db: &TestDb) {
    let store = db.store().await;
    let added = pairbot::demo::load(&store).await.unwrap();
    assert!(added >= 40, "{added}");
    assert_eq!(
        pairbot::demo::load(&store).await.unwrap(),
        0,
        "loaded twice"
    );
    let mut tx = store.begin().await.unwrap();
    let first = tx
        .partner_of(Platform::Console, &pairbot::demo::partner_user(1))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(first.status, PartnerStatus::Approved);
    assert!(tx.pending_partners(10).await.unwrap().is_empty());
    tx.rollback().await.unwrap();
    store.close().await;
}

async fn searching_ranks_by_condition_then_place(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    // Consent first: a search names an illness.
    let out = h.say("pat", "/chercher SEP Toulouse").await;
    assert_eq!(last_choices(&out), ["consent:ask"]);
    consent(&h, "pat").await;
    let found = h.say_text("pat", "/chercher SEP Toulouse").await;
    let order: Vec<usize> = ["Sophie L.", "Giulia R.", "Antoine V."]
        .iter()
        .map(|name| {
            found
                .find(name)
                .unwrap_or_else(|| panic!("{name} missing: {found}"))
        })
        .collect();
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "same department, then online, then the rest: {found}"
    );
    assert!(found.contains("Haute-Garonne (31)"), "{found}");
    // A neighbouring department (same region) comes before a distant one.
    let found = h.say_text("pat", "/find cancer du sein à Lyon").await;
    let (near, far) = (
        found.find("Martine C.").unwrap(),
        found.find("Hélène V.").unwrap(),
    );
    assert!(near < far, "{found}");
    // Results never show contact details.
    assert!(!found.contains('@'), "{found}");
    h.close().await;
}

async fn search_results_come_five_at_a_time(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    consent(&h, "pat").await;
    let mut out = h.say("pat", "/chercher en ligne").await;
    let total: usize = texts(&out)
        .split_whitespace()
        .next()
        .and_then(|n| n.parse().ok())
        .expect("a count first");
    assert!(total > 10, "{total}");
    let mut seen = 0;
    loop {
        seen += texts(&out).matches("\nOù : ").count();
        if last_choices(&out) != ["find:more"] {
            break;
        }
        out = h.send(press("pat", "find:more")).await;
    }
    assert_eq!(seen, total, "every result shown once over the pages");
    // The pages are done: "more" again says so kindly.
    assert!(texts(&h.send(press("pat", "find:more")).await).contains("pas d'autres résultats"));
    assert!(texts(&h.send(press("pat", "find:more")).await).contains("n'est plus valable"));
    // Text typed while paging is ordinary text again, not a new search.
    h.say("pat", "/chercher en ligne").await;
    let def = h.say_text("pat", "c'est quoi l'ETP ?").await;
    assert!(def.contains("éducation thérapeutique"), "{def}");
    assert!(texts(&h.send(press("pat", "find:more")).await).contains("n'est plus valable"));
    h.close().await;
}

async fn search_shows_only_approved_visible_others(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let id = onboard(&h, "lea", "Léa M.").await;
    consent(&h, "pat").await;
    // Pending: not shown.
    assert!(
        h.say_text("pat", "/chercher SEP 31")
            .await
            .contains("trouvé personne")
    );
    h.say("coordo", &format!("/valider {id}")).await;
    assert!(
        h.say_text("pat", "/chercher SEP 31")
            .await
            .contains("Léa M.")
    );
    // Not to herself.
    assert!(
        h.say_text("lea", "/chercher SEP 31")
            .await
            .contains("trouvé personne")
    );
    // Paused: hidden.
    h.say("lea", "/pause").await;
    assert!(
        h.say_text("pat", "/chercher SEP 31")
            .await
            .contains("trouvé personne")
    );
    // Nonsense, and an empty command that asks.
    assert!(
        h.say_text("pat", "/chercher bonjour")
            .await
            .contains("Je n'ai reconnu ni maladie")
    );
    assert!(
        h.say_text("pat", "/chercher")
            .await
            .contains("Qui cherchez-vous")
    );
    h.say("lea", "/pause").await;
    assert!(
        h.say_text("pat", "sclérose en plaques Haute-Garonne")
            .await
            .contains("Léa M.")
    );
    h.close().await;
}

async fn coordinators_filter_by_mission_and_training(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    consent(&h, "coordo").await;
    let found = h
        .say_text("coordo", "/chercher mission:co-animation formation:40h")
        .await;
    let cards = found.matches("Formation : ").count();
    assert!(cards > 0, "{found}");
    assert_eq!(
        found.matches("Formation : Formation ETP 40 h").count(),
        cards,
        "{found}"
    );
    // For others, the filters are just words: nothing understood.
    consent(&h, "pat").await;
    let other = h.say_text("pat", "/chercher mission:co-animation").await;
    assert!(other.contains("Je n'ai reconnu ni maladie"), "{other}");
    h.close().await;
}

on_every_backend!(
    coordinators_filter_by_mission_and_training,
    searching_ranks_by_condition_then_place,
    search_results_come_five_at_a_time,
    search_shows_only_approved_visible_others,
    a_partner_onboards_and_a_coordinator_approves,
    a_coordinator_refuses_with_a_reason,
    only_coordinators_review,
    becoming_a_partner_needs_consent_and_valid_answers,
    the_questionnaire_survives_a_restart,
    forgetting_erases_the_profile,
    demo_partners_load_once_and_are_approved,
);

#[test]
fn demo_partners_use_only_known_keys_and_places() {
    let i18n = I18n::load().unwrap();
    let dir = Directory::load(&i18n);
    let partners = pairbot::demo::partners().unwrap();
    assert!(partners.len() >= 40);
    for p in &partners {
        let known = |v: &pairbot::features::vocabulary::Vocabulary, keys: &[String]| {
            keys.iter().all(|k| v.position(k).is_some())
        };
        assert!(known(&dir.roles, &p.roles), "{}", p.pseudonym);
        assert!(known(&dir.conditions, &p.conditions), "{}", p.pseudonym);
        assert!(known(&dir.languages, &p.languages), "{}", p.pseudonym);
        assert!(known(&dir.missions, &p.missions), "{}", p.pseudonym);
        assert!(
            dir.trainings.position(&p.training).is_some(),
            "{}",
            p.pseudonym
        );
        assert!(
            p.departments
                .iter()
                .all(|d| pairbot::features::directory::geo::department(d).is_some()),
            "{}",
            p.pseudonym
        );
        assert!(!pairbot::features::directory::onboarding::has_contact_details(&p.bio));
        assert!(p.online || !p.departments.is_empty(), "{}", p.pseudonym);
    }
}
