//! The partner directory through the engine, on SQLite and PostgreSQL: becoming a partner,
//! coordinator review, one's own profile, demo data.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, last_choices, press, texts};
use pairbot::core::{Outgoing, Platform, Settings};
use pairbot::features::directory::Directory;
use pairbot::i18n::I18n;
use pairbot::store::{PartnerRecord, PartnerStatus};

fn settings() -> Settings {
    Settings {
        coordinators: vec![(Platform::Console, "coordo".into())],
        ..Settings::default()
    }
}

/// The choice labels of the last message.
fn labels(out: &[pairbot::core::Outgoing]) -> Vec<String> {
    out.last()
        .map(|m| m.choices.iter().map(|c| c.label.clone()).collect())
        .unwrap_or_default()
}

/// Goes through the whole questionnaire for `user`; returns the profile number.
async fn onboard(h: &Harness, user: &str, pseudonym: &str) -> i64 {
    h.consent(user).await;
    let out = h.say(user, "/devenir_partenaire").await;
    assert!(texts(&out).contains("Sous quel nom"), "{}", texts(&out));
    h.say(user, pseudonym).await;
    h.send(press(user, "partner:toggle:role:pair-aidant")).await;
    h.send(press(user, "partner:next:1")).await;
    let out = h.say_text(user, "SEP, aidante de ma mère").await;
    assert!(out.contains("Noté : Sclérose en plaques"), "{out}");
    let out = h.say_text(user, "Toulouse, Tarn et en ligne").await;
    assert!(
        out.contains("Haute-Garonne (31)") && out.contains("Tarn (81)"),
        "{out}"
    );
    assert!(out.contains("en ligne"), "{out}");
    // Languages: French is already chosen. The roles' "next", pressed again from the older
    // message, does not leave the languages unanswered.
    let stale = h.send(press(user, "partner:next:1")).await;
    assert!(
        texts(&stale).contains("n'est plus valable"),
        "{}",
        texts(&stale)
    );
    h.send(press(user, "partner:next:4")).await;
    h.send(press(user, "partner:training:etp-40h")).await;
    h.send(press(user, "partner:toggle:mission:ecoute")).await;
    h.send(press(user, "partner:next:6")).await;
    h.say(user, "le mardi après-midi").await;
    h.say(user, "Je vis avec une SEP depuis dix ans.").await;
    // A stale "skip" from the availability question does not skip this one.
    let stale = h.send(press(user, "partner:skip:7")).await;
    assert!(
        texts(&stale).contains("n'est plus valable"),
        "{}",
        texts(&stale)
    );
    // "Aucune" means no association, not one called "Aucune".
    let summary = h.say(user, "Aucune").await;
    let text = texts(&summary);
    assert!(text.contains("Voici votre fiche"), "{text}");
    assert!(!text.contains("Aucune"), "{text}");
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
        .split(':')
        .nth(2)
        .unwrap()
        .parse()
        .unwrap();
    assert!(
        note.choices[0]
            .data
            .starts_with(&format!("review:approve:{id}:")),
        "{}",
        note.choices[0].data
    );
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
    // Pause hides it once confirmed, and back; a stray answer changes nothing.
    let asked = h.say_text("lea", "/pause").await;
    assert!(asked.contains("Masquer votre fiche « "), "{asked}");
    assert!(
        h.say_text("lea", "/profil")
            .await
            .contains("validée et visible")
    );
    h.say("lea", "/pause").await;
    assert!(h.say_text("lea", "oui").await.contains("masquée"));
    assert!(h.say_text("lea", "/profil").await.contains("masquée"));
    h.say("lea", "/pause").await;
    assert!(h.say_text("lea", "1").await.contains("de nouveau"));
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
        .send(press("coordo", &format!("review:refuse:{id}:1")))
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
    let out = h.send(press("intrus", "review:approve:1:1")).await;
    assert!(texts(&out).contains("réservée aux coordinateurs"));
    // Data the bot never wrote (no revision) is refused as such, whoever presses it.
    let out = h.send(press("intrus", "review:approve:1")).await;
    assert!(
        texts(&out).contains("n'est plus valable"),
        "{}",
        texts(&out)
    );
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
    h.consent("sam").await;
    h.say("sam", "/devenir_partenaire").await;
    for bad in ["S", "sam@exemple.fr", "Sam 06 12 34 56 78"] {
        let out = h.say_text("sam", bad).await;
        assert!(out.contains("Sous quel nom"), "{bad}: {out}");
    }
    h.say("sam", "Sam").await;
    let out = h.send(press("sam", "partner:next:1")).await;
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
    h.send(press("sam", "partner:next:1")).await;
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
    h.consent("zoe").await;
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
    // /annuler asks first (answers were given), then leaves it; nothing was saved as a
    // profile.
    let asked = h.say_text("zoe", "/annuler").await;
    assert!(asked.contains("fiche de partenaire en cours"), "{asked}");
    assert!(asked.contains("L'abandonner ?"), "{asked}");
    assert!(h.say_text("zoe", "oui").await.contains("annulé"));
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
    h.consent("pat").await;
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
    h.consent("pat").await;
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
        if last_choices(&out).last().map(String::as_str) != Some("find:more") {
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
    h.consent("pat").await;
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
    h.say("lea", "oui").await;
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
    h.say("lea", "oui").await;
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
    h.consent("coordo").await;
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
    h.consent("pat").await;
    let other = h.say_text("pat", "/chercher mission:co-animation").await;
    assert!(other.contains("Je n'ai reconnu ni maladie"), "{other}");
    h.close().await;
}

/// The demo partner with this pseudonym.
async fn demo_partner(h: &Harness, pseudonym: &str) -> PartnerRecord {
    let mut tx = h.engine.store().begin().await.unwrap();
    let found = tx
        .visible_partners()
        .await
        .unwrap()
        .into_iter()
        .find(|p| p.profile.pseudonym == pseudonym)
        .expect("demo partner");
    tx.rollback().await.unwrap();
    found
}

/// `user` (with consent) asks `partner` for contact with `message`; returns the request
/// number and what the bot sent.
async fn request(
    h: &Harness,
    user: &str,
    partner: &PartnerRecord,
    message: &str,
) -> (i64, Vec<Outgoing>) {
    let ask = h
        .send(press(user, &format!("contact:ask:{}", partner.id)))
        .await;
    assert!(texts(&ask).contains("Présentez-vous"), "{}", texts(&ask));
    let out = h.say(user, message).await;
    let note = out
        .iter()
        .find(|m| m.user == partner.user)
        .unwrap_or_else(|| panic!("partner not told: {}", texts(&out)));
    let id: i64 = note.choices[0]
        .data
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    (id, out)
}

async fn a_request_is_accepted_and_messages_are_relayed(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    h.consent("pat").await;
    let sophie = demo_partner(&h, "Sophie L.").await;
    let sophie_id = sophie.user.0.as_str();
    // Every result can be contacted from the search.
    let found = h.say("pat", "/chercher SEP Toulouse").await;
    assert!(
        last_choices(&found).contains(&format!("contact:ask:{}", sophie.id)),
        "{:?}",
        last_choices(&found)
    );
    assert!(labels(&found).contains(&"Écrire à Sophie L.".to_owned()));
    // Where peers are offered, they are said not to be health professionals.
    assert!(texts(&found).contains("ce ne sont pas des professionnels de santé"));
    h.send(press("pat", &format!("contact:ask:{}", sophie.id)))
        .await;
    // Contact details are refused in the introduction, and nothing is sent.
    let out = h.say("pat", "appelez-moi au 06 12 34 56 78").await;
    assert!(
        texts(&out).contains("Pour votre sécurité"),
        "{}",
        texts(&out)
    );
    assert!(out.iter().all(|m| m.user.0 == "pat"));
    let out = h
        .say("pat", "Bonjour, on vient de me diagnostiquer une SEP.")
        .await;
    assert!(
        texts(&out).contains("a bien été envoyée à Sophie L."),
        "{}",
        texts(&out)
    );
    let note = out.iter().find(|m| m.user == sophie.user).unwrap();
    assert!(
        note.text.contains("on vient de me diagnostiquer"),
        "{}",
        note.text
    );
    // Nothing identifying the requester reaches the partner before they accept.
    assert!(!note.text.contains("pat"), "{}", note.text);
    let id: i64 = note.choices[0]
        .data
        .rsplit(':')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(
        note.choices
            .iter()
            .map(|c| c.data.clone())
            .collect::<Vec<_>>(),
        [
            format!("contact:accept:{id}"),
            format!("contact:decline:{id}"),
            format!("contact:block:{id}")
        ]
    );
    // A typed number answers the notification (Matrix has no buttons); a double tap
    // accepts once.
    let out = h.say(sophie_id, "1").await;
    assert!(texts(&out).contains("Vous avez accepté"), "{}", texts(&out));
    let told = out.iter().find(|m| m.user.0 == "pat").unwrap();
    assert!(told.text.contains("Sophie L. a accepté"), "{}", told.text);
    assert!(told.text.contains("/urgence"), "{}", told.text);
    let again = h.say_text(sophie_id, "/demandes").await;
    assert!(again.contains("conversation en cours"), "{again}");
    let twice = h
        .send(press(sophie_id, &format!("contact:accept:{id}")))
        .await;
    assert!(texts(&twice).contains("n'attend plus de réponse"));
    // Both write freely; each message reaches the other side under a pseudonym.
    let out = h.say("pat", "Comment avez-vous vécu l'annonce ?").await;
    let relayed = out.iter().find(|m| m.user == sophie.user).unwrap();
    assert!(
        relayed
            .text
            .contains(&format!("Message de la personne de la demande n° {id}"))
            && relayed.text.contains("Comment avez-vous vécu"),
        "{}",
        relayed.text
    );
    assert!(
        texts(&out).contains("Transmis à Sophie L."),
        "{}",
        texts(&out)
    );
    let out = h
        .say(sophie_id, "Difficilement au début, puis mieux.")
        .await;
    let relayed = out.iter().find(|m| m.user.0 == "pat").unwrap();
    assert!(
        relayed.text.contains("Message de Sophie L."),
        "{}",
        relayed.text
    );
    // Handles are exchanged only when both agree.
    let out = h.send(press("pat", &format!("contact:share:{id}"))).await;
    let proposal = out.iter().find(|m| m.user == sophie.user).unwrap();
    assert!(!proposal.text.contains("pat"), "{}", proposal.text);
    assert!(proposal.text.contains("propose"), "{}", proposal.text);
    let out = h
        .send(press(sophie_id, &format!("contact:share:{id}")))
        .await;
    let to_pat = out.iter().find(|m| m.user.0 == "pat").unwrap();
    assert!(to_pat.text.contains(sophie_id), "{}", to_pat.text);
    let to_sophie = out.iter().find(|m| m.user == sophie.user).unwrap();
    assert!(to_sophie.text.contains(": pat"), "{}", to_sophie.text);
    // /fin asks first, naming who; "oui" is not relayed but confirms; it ends for both and
    // later text is not relayed.
    let out = h.say("pat", "/fin").await;
    assert!(
        texts(&out).contains("Mettre fin à la conversation"),
        "{}",
        texts(&out)
    );
    assert!(out.iter().all(|m| m.user.0 == "pat"), "{}", texts(&out));
    let out = h.say("pat", "oui").await;
    assert!(texts(&out).contains("est terminée"), "{}", texts(&out));
    let told = out.iter().find(|m| m.user == sophie.user).unwrap();
    assert!(
        told.text.contains("terminée par l'autre personne"),
        "{}",
        told.text
    );
    let out = h.say("pat", "Vous êtes encore là ?").await;
    assert!(out.iter().all(|m| m.user.0 == "pat"), "{}", texts(&out));
    // ... and both sides are told why (it said "I did not understand").
    assert!(
        texts(&out).contains("Ce message n'a pas été transmis"),
        "{}",
        texts(&out)
    );
    let other_side = h.say(sophie_id, "Merci pour l'échange").await;
    assert!(
        texts(&other_side).contains("pas été transmis"),
        "{}",
        texts(&other_side)
    );
    let stale = h
        .send(press(sophie_id, &format!("contact:open:{id}")))
        .await;
    assert!(texts(&stale).contains("est terminée"), "{}", texts(&stale));
    h.close().await;
}

async fn contact_requests_refuse_misuse(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    let sophie = demo_partner(&h, "Sophie L.").await;
    // Consent first.
    let out = h
        .send(press("max", &format!("contact:ask:{}", sophie.id)))
        .await;
    assert_eq!(last_choices(&out), ["consent:ask"]);
    h.consent("max").await;
    // Unknown profile, one's own profile.
    let out = h.send(press("max", "contact:ask:999999")).await;
    assert!(
        texts(&out).contains("ne reçoit pas de demandes"),
        "{}",
        texts(&out)
    );
    let mine = h
        .send(press(
            sophie.user.0.as_str(),
            &format!("contact:ask:{}", sophie.id),
        ))
        .await;
    assert!(
        texts(&mine).contains("votre propre fiche"),
        "{}",
        texts(&mine)
    );
    // Empty or too long introductions.
    h.send(press("max", &format!("contact:ask:{}", sophie.id)))
        .await;
    let long = "a".repeat(501);
    assert!(h.say_text("max", &long).await.contains("entre 1 et 500"));
    assert!(h.say_text("max", "/annuler").await.contains("annulé"));
    // At most one request under way per partner, and three waiting in all.
    let names = ["Sophie L.", "Giulia R.", "Antoine V.", "Karim B."];
    let mut partners = Vec::new();
    for name in names {
        partners.push(demo_partner(&h, name).await);
    }
    let (first, _) = request(&h, "max", &partners[0], "Bonjour, j'aimerais échanger.").await;
    let dup = h
        .send(press("max", &format!("contact:ask:{}", partners[0].id)))
        .await;
    assert!(
        texts(&dup).contains("déjà une demande en cours"),
        "{}",
        texts(&dup)
    );
    request(&h, "max", &partners[1], "Bonjour !").await;
    request(&h, "max", &partners[2], "Bonjour !").await;
    let fourth = h
        .send(press("max", &format!("contact:ask:{}", partners[3].id)))
        .await;
    assert!(
        texts(&fourth).contains("déjà 3 demandes en attente"),
        "{}",
        texts(&fourth)
    );
    // Withdrawing one frees a place; the partner learns it is withdrawn.
    let out = h
        .send(press("max", &format!("contact:withdraw:{first}")))
        .await;
    assert!(texts(&out).contains("est retirée"), "{}", texts(&out));
    assert!(out.iter().any(|m| m.user == partners[0].user));
    let late = h
        .send(press(
            partners[0].user.0.as_str(),
            &format!("contact:accept:{first}"),
        ))
        .await;
    assert!(
        texts(&late).contains("n'attend plus de réponse"),
        "{}",
        texts(&late)
    );
    // Someone else's request cannot be answered, or forged data read.
    let own = h
        .send(press("max", &format!("contact:accept:{first}")))
        .await;
    assert!(
        texts(&own).contains("n'est plus valable"),
        "{}",
        texts(&own)
    );
    h.consent("zed").await;
    let forged = h
        .send(press("zed", &format!("contact:accept:{first}")))
        .await;
    assert!(
        texts(&forged).contains("n'existe plus"),
        "{}",
        texts(&forged)
    );
    let forged = h.send(press("max", "contact:accept:abc")).await;
    assert!(
        texts(&forged).contains("n'est plus valable"),
        "{}",
        texts(&forged)
    );
    // A decline tells the requester kindly; a block looks the same and stops new requests.
    let (d, _) = request(&h, "max", &partners[3], "Bonjour !").await;
    let asked = h
        .send(press(
            partners[3].user.0.as_str(),
            &format!("contact:block:{d}"),
        ))
        .await;
    assert!(
        texts(&asked).contains(&format!("Bloquer la personne de la demande n° {d}")),
        "{}",
        texts(&asked)
    );
    assert!(
        asked.iter().all(|m| m.user.0 != "max"),
        "nobody else told yet"
    );
    let out = h
        .send(press(
            partners[3].user.0.as_str(),
            &format!("contact:blockok:{d}"),
        ))
        .await;
    assert!(texts(&out).contains("est bloquée"), "{}", texts(&out));
    let told = out.iter().find(|m| m.user.0 == "max").unwrap();
    assert!(told.text.contains("n'est pas disponible"), "{}", told.text);
    assert!(!told.text.contains("bloqu"), "{}", told.text);
    let again = h
        .send(press("max", &format!("contact:ask:{}", partners[3].id)))
        .await;
    assert!(
        texts(&again).contains("ne reçoit pas de demandes"),
        "{}",
        texts(&again)
    );
    // Paused partners receive nothing new.
    h.say(partners[1].user.0.as_str(), "/pause").await;
    h.say(partners[1].user.0.as_str(), "oui").await;
    let other = h
        .send(press("lou", &format!("contact:ask:{}", partners[1].id)))
        .await;
    assert_eq!(last_choices(&other), ["consent:ask"]);
    h.consent("lou").await;
    let other = h
        .send(press("lou", &format!("contact:ask:{}", partners[1].id)))
        .await;
    assert!(
        texts(&other).contains("ne reçoit pas de demandes"),
        "{}",
        texts(&other)
    );
    // /demandes lists both directions with their state.
    let list = h.say_text("max", "/demandes").await;
    assert!(
        list.contains("retirée") && list.contains("non retenue"),
        "{list}"
    );
    assert!(list.contains("en attente de réponse"), "{list}");
    let received = h.say_text(partners[2].user.0.as_str(), "/demandes").await;
    assert!(
        received.contains("reçue le") && received.contains("la personne de la demande"),
        "{received}"
    );
    h.close().await;
}

async fn unanswered_requests_expire_after_a_week(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    h.consent("ana").await;
    let giulia = demo_partner(&h, "Giulia R.").await;
    let (id, _) = request(&h, "ana", &giulia, "Bonjour, pouvons-nous parler ?").await;
    let now = pairbot::store::now();
    assert_eq!(
        h.engine.expire_contacts_at(now + 6 * 86_400).await.unwrap(),
        0
    );
    assert_eq!(
        h.engine.expire_contacts_at(now + 8 * 86_400).await.unwrap(),
        1
    );
    h.engine.deliver(&h.out).await.unwrap();
    let told = h.out.take();
    assert_eq!(told.len(), 1, "{}", texts(&told));
    assert_eq!(told[0].user.0, "ana");
    assert!(
        common::plain(&told[0].text).contains("n'a pas reçu de réponse en 7 jours"),
        "{}",
        told[0].text
    );
    // Expiry runs once.
    assert_eq!(
        h.engine.expire_contacts_at(now + 9 * 86_400).await.unwrap(),
        0
    );
    let late = h
        .send(press(
            giulia.user.0.as_str(),
            &format!("contact:accept:{id}"),
        ))
        .await;
    assert!(
        texts(&late).contains("n'attend plus de réponse"),
        "{}",
        texts(&late)
    );
    // The place is free again.
    request(&h, "ana", &giulia, "Je retente ma chance.").await;
    h.close().await;
}

async fn forgetting_closes_requests_for_both(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    h.consent("bea").await;
    let antoine = demo_partner(&h, "Antoine V.").await;
    let (id, _) = request(&h, "bea", &antoine, "Bonjour Antoine.").await;
    h.send(press(
        antoine.user.0.as_str(),
        &format!("contact:accept:{id}"),
    ))
    .await;
    // The partner's export shows the request without the requester's identity.
    let data = h.say(antoine.user.0.as_str(), "/mes_donnees").await;
    let file = &data.last().unwrap().attachment.as_ref().unwrap().content;
    assert!(file.contains("Bonjour Antoine."), "{file}");
    assert!(!file.contains("\"bea\""), "{file}");
    let requester = h.say("bea", "/mes_donnees").await;
    let file = &requester
        .last()
        .unwrap()
        .attachment
        .as_ref()
        .unwrap()
        .content;
    assert!(!file.contains(&antoine.user.0), "{file}");
    // The requester erases everything: the partner is told, and no row is left on either side.
    h.say("bea", "/oublier").await;
    let out = h.say("bea", "1").await;
    let told = out.iter().find(|m| m.user == antoine.user).unwrap();
    assert!(told.text.contains("est close"), "{}", told.text);
    assert_eq!(h.rows("contacts", "bea").await, 0);
    assert_eq!(h.rows("contacts", &antoine.user.0).await, 0);
    // The partner's next message is not relayed into the void.
    let out = h.say(antoine.user.0.as_str(), "Bonjour ?").await;
    assert!(
        out.iter().all(|m| m.user == antoine.user),
        "{}",
        texts(&out)
    );
    // A block is erased with the partner who made it.
    h.consent("bea").await;
    let (id, _) = request(&h, "bea", &antoine, "Bonjour à nouveau.").await;
    h.send(press(
        antoine.user.0.as_str(),
        &format!("contact:blockok:{id}"),
    ))
    .await;
    assert_eq!(h.rows("contact_blocks", &antoine.user.0).await, 1);
    assert_eq!(h.rows("contact_blocks", "bea").await, 1);
    h.say(antoine.user.0.as_str(), "/oublier").await;
    h.say(antoine.user.0.as_str(), "1").await;
    assert_eq!(h.rows("contact_blocks", "bea").await, 0);
    assert_eq!(h.rows("contacts", "bea").await, 0);
    h.close().await;
}

async fn an_old_review_button_cannot_approve_later_edits(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    let id = onboard(&h, "ines", "Inès").await;
    let first = format!("review:approve:{id}:1");
    // Inès edits her profile before any decision: it is saved as revision 2.
    let store = h.engine.store();
    let mut tx = store.begin().await.unwrap();
    let user = pairbot::core::UserId("ines".into());
    let mut profile = tx
        .partner_of(Platform::Console, &user)
        .await
        .unwrap()
        .unwrap()
        .profile;
    profile.pseudonym = "Inès B.".into();
    assert_eq!(
        tx.save_partner(Platform::Console, &user, &profile)
            .await
            .unwrap(),
        (id, 2)
    );
    tx.commit().await.unwrap();
    let out = h.send(press("coordo", &first)).await;
    let text = texts(&out);
    assert!(text.contains("a été modifiée depuis"), "{text}");
    assert!(text.contains("Inès B."), "{text}");
    assert_eq!(
        last_choices(&out),
        [
            format!("review:approve:{id}:2"),
            format!("review:refuse:{id}:2")
        ]
    );
    let out = h
        .send(press("coordo", &format!("review:approve:{id}:2")))
        .await;
    assert!(texts(&out).contains("validée"), "{}", texts(&out));
    h.close().await;
}

async fn guided_search_asks_skippable_questions(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    pairbot::demo::load(h.engine.store()).await.unwrap();
    h.consent("pat").await;
    let out = h.say("pat", "/chercher").await;
    assert_eq!(last_choices(&out), ["find:guided"]);
    let out = h.send(press("pat", "find:guided")).await;
    assert!(texts(&out).contains("quelle maladie"), "{}", texts(&out));
    assert_eq!(last_choices(&out), ["find:g:0:skip"]);
    // An unknown condition is asked again, kindly.
    let out = h.say("pat", "trucmuche").await;
    assert!(texts(&out).contains("pas reconnu"), "{}", texts(&out));
    assert_eq!(last_choices(&out), ["find:g:0:skip"]);
    let out = h.say("pat", "SEP").await;
    assert!(texts(&out).contains("Où ?"), "{}", texts(&out));
    assert_eq!(last_choices(&out), ["find:g:1:online", "find:g:1:skip"]);
    let out = h.say("pat", "pas loin").await;
    assert!(
        texts(&out).contains("Je n'ai reconnu aucun département"),
        "{}",
        texts(&out)
    );
    let out = h.say("pat", "Toulouse").await;
    let roles = last_choices(&out);
    assert!(
        roles.contains(&"find:g:2:pair-aidant".to_owned()),
        "{roles:?}"
    );
    assert_eq!(roles.last().unwrap(), "find:g:2:skip");
    // A button of an earlier question does nothing.
    let stale = h.send(press("pat", "find:g:0:skip")).await;
    assert!(
        texts(&stale).contains("n'est plus valable"),
        "{}",
        texts(&stale)
    );
    let guided = h.send(press("pat", "find:g:2:skip")).await;
    let free = h.say("pat", "/chercher SEP Toulouse").await;
    assert!(texts(&guided).contains("Sophie L."), "{}", texts(&guided));
    assert_eq!(texts(&guided), texts(&free), "guided and free text agree");
    // Skipping everything lists everyone, ranked.
    h.say("pat", "/chercher").await;
    h.send(press("pat", "find:guided")).await;
    // "Passer" typed picks the skip button.
    let out = h.say("pat", "passer").await;
    assert_eq!(last_choices(&out), ["find:g:1:online", "find:g:1:skip"]);
    h.send(press("pat", "find:g:1:skip")).await;
    let all = h.send(press("pat", "find:g:2:skip")).await;
    assert!(
        texts(&all).contains("personnes correspondent"),
        "{}",
        texts(&all)
    );
    // Coordinators get two more questions, mission and training.
    h.consent("coordo").await;
    h.say("coordo", "/chercher").await;
    h.send(press("coordo", "find:guided")).await;
    h.send(press("coordo", "find:g:0:skip")).await;
    h.send(press("coordo", "find:g:1:skip")).await;
    let out = h.send(press("coordo", "find:g:2:skip")).await;
    assert!(
        texts(&out).contains("Pour quelle mission"),
        "{}",
        texts(&out)
    );
    let out = h.send(press("coordo", "find:g:3:co-animation-etp")).await;
    assert!(
        texts(&out).contains("Avec quelle formation"),
        "{}",
        texts(&out)
    );
    let out = h.send(press("coordo", "find:g:4:etp-40h")).await;
    let text = texts(&out);
    let cards = text.matches("\nOù : ").count();
    assert!(cards > 0, "{text}");
    assert_eq!(
        text.matches("Formation : Formation ETP 40 h").count(),
        cards,
        "{text}"
    );
    // A forged key is refused.
    h.say("pat", "/chercher").await;
    h.send(press("pat", "find:guided")).await;
    h.send(press("pat", "find:g:0:skip")).await;
    h.send(press("pat", "find:g:1:skip")).await;
    let forged = h.send(press("pat", "find:g:2:pirate")).await;
    assert!(
        texts(&forged).contains("n'est plus valable"),
        "{}",
        texts(&forged)
    );
    h.close().await;
}

async fn another_process_sees_directory_changes_at_once(db: &TestDb) {
    // Two bot processes on one database, each with its own search index, the first one
    // prepared before the demo partners arrive (as at start-up).
    let first = Harness::with_settings(db, settings()).await;
    let second = Harness::with_settings(db, settings()).await;
    first.engine.warm_up().await.unwrap();
    pairbot::demo::load(first.engine.store()).await.unwrap();
    first.consent("pat").await;
    let before = first.say_text("pat", "/chercher SEP Toulouse").await;
    assert!(before.contains("Sophie L."), "{before}");
    // Sophie hides her profile through the other process.
    let sophie = demo_partner(&first, "Sophie L.").await;
    second.say(sophie.user.0.as_str(), "/pause").await;
    second.say(sophie.user.0.as_str(), "oui").await;
    let after = first.say_text("pat", "/chercher SEP Toulouse").await;
    assert!(!after.contains("Sophie L."), "{after}");
    second.say(sophie.user.0.as_str(), "/pause").await;
    second.say(sophie.user.0.as_str(), "oui").await;
    let back = first.say_text("pat", "/chercher SEP Toulouse").await;
    assert_eq!(back, before);
    first.close().await;
    second.close().await;
}

async fn another_command_parks_the_questionnaire(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    h.consent("noa").await;
    h.say("noa", "/devenir_partenaire").await;
    h.say("noa", "Noa").await;
    h.send(press("noa", "partner:toggle:role:pair-aidant"))
        .await;
    let out = h.send(press("noa", "partner:next:1")).await;
    assert!(texts(&out).contains("maladie"), "{}", texts(&out));
    // A quiz in the middle: the draft is set aside, not lost.
    let out = h.say("noa", "/quiz").await;
    assert!(texts(&out).contains("mis de côté"), "{}", texts(&out));
    let out = h.say("noa", "/devenir_partenaire").await;
    let text = texts(&out);
    assert!(text.contains("Reprenons votre questionnaire"), "{text}");
    assert!(text.contains("maladie"), "{text}");
    let out = h.say_text("noa", "SEP").await;
    assert!(out.contains("Noté : Sclérose en plaques"), "{out}");
    h.close().await;
}

/// A users' representative acts for users collectively: "aucune" answers the conditions
/// question for them, and only for them (the seeds: no personal care experience needed).
async fn a_users_representative_needs_no_lived_condition(db: &TestDb) {
    let h = Harness::with_settings(db, settings()).await;
    for (user, role, accepted) in [
        ("rita", "representant-des-usagers", true),
        ("paul", "pair-aidant", false),
    ] {
        h.consent(user).await;
        h.say(user, "/devenir_partenaire").await;
        h.say(user, "Rita B.").await;
        h.send(press(user, &format!("partner:toggle:role:{role}")))
            .await;
        let asked = h.send(press(user, "partner:next:1")).await;
        assert_eq!(
            texts(&asked).contains("n'a pas besoin d'avoir vécu"),
            accepted,
            "{}",
            texts(&asked)
        );
        let out = h.say_text(user, "aucune").await;
        if accepted {
            assert!(out.contains("Où "), "{out}");
        } else {
            assert!(out.contains("Indiquez au moins une maladie"), "{out}");
        }
    }
    h.close().await;
}

on_every_backend!(
    a_users_representative_needs_no_lived_condition,
    another_command_parks_the_questionnaire,
    another_process_sees_directory_changes_at_once,
    guided_search_asks_skippable_questions,
    a_request_is_accepted_and_messages_are_relayed,
    contact_requests_refuse_misuse,
    unanswered_requests_expire_after_a_week,
    forgetting_closes_requests_for_both,
    an_old_review_button_cannot_approve_later_edits,
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
