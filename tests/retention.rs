//! Retention, on SQLite and PostgreSQL, with a moved clock: each kind of data goes when its
//! time is up and not before, people are told before an erasure for inactivity (a reply
//! keeps everything), staff are never erased for silence, and the indicators keep their
//! counts.
// A test written but left out of `on_every_backend!` would silently never run.
#![deny(dead_code)]

mod common;

use common::{Harness, TestDb, press, texts};
use pairbot::core::{Platform, UserId};
use pairbot::store::{ContactStatus, now};

const DAY: i64 = 86_400;

/// Someone who never consented is kept a month after their last message, then erased.
async fn people_who_never_consented_go_after_a_month(db: &TestDb) {
    let h = Harness::new(db).await;
    // Choosing a language stores a record without consent.
    h.say("ana", "/langue en").await;
    assert_eq!(h.rows("users", "ana").await, 1);
    let at = now();
    let done = h.engine.apply_retention(at + 29 * DAY).await.unwrap();
    assert_eq!(done.total(), 0, "{done:?}");
    assert_eq!(h.rows("users", "ana").await, 1);
    let done = h.engine.apply_retention(at + 31 * DAY).await.unwrap();
    assert_eq!(done.0.get("people_unconsented"), Some(&1), "{done:?}");
    assert_eq!(h.rows("users", "ana").await, 0);
    h.close().await;
}

/// Someone who consented is told a month before an erasure for inactivity; a reply keeps
/// everything; silence erases it.
async fn inactive_people_are_told_first_and_a_reply_keeps_everything(db: &TestDb) {
    let h = Harness::new(db).await;
    let at = now();
    for who in ["bea", "cid"] {
        h.consent(who).await;
        // Last heard from 701 days ago.
        let mut tx = h.engine.store().begin().await.unwrap();
        tx.touch_user(Platform::Console, &UserId(who.into()), at - 701 * DAY)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    let done = h.engine.apply_retention(at).await.unwrap();
    assert_eq!(done.0.get("people_told"), Some(&2), "{done:?}");
    h.engine.deliver(&h.out).await.unwrap();
    let notices = h.out.take();
    assert_eq!(notices.len(), 2, "{notices:?}");
    let told = common::plain(&notices[0].text);
    assert!(
        told.contains("effacerai le") && told.contains("30 jours"),
        "{told}"
    );
    // Told once, not at every pass.
    let again = h.engine.apply_retention(at + DAY).await.unwrap();
    assert_eq!(again.0.get("people_told"), None, "{again:?}");
    // Bea answers; Cid does not.
    let kept = texts(&h.send(press("bea", "forget:keep")).await);
    assert!(kept.contains("je garde vos données"), "{kept}");
    let done = h.engine.apply_retention(at + 31 * DAY).await.unwrap();
    assert_eq!(done.0.get("people_inactive"), Some(&1), "{done:?}");
    assert_eq!(h.rows("users", "cid").await, 0);
    assert_eq!(h.rows("users", "bea").await, 1);
    h.close().await;
}

/// Each time-limited record goes once its time is up, and not a day before; a person with a
/// role is never erased for silence; what is still open (a report, a request waiting for an
/// answer, a sign-up under way) stays.
async fn records_go_when_their_time_is_up(db: &TestDb) {
    let h = Harness::new(db).await;
    let at = now();
    let zoe = UserId("zoe".into());
    let mut tx = h.engine.store().begin().await.unwrap();
    common::personal::fill_every_personal_table(&mut tx, Platform::Console, &zoe, at).await;
    tx.commit().await.unwrap();
    // A week: only messages waiting for a platform that never ran.
    h.engine.apply_retention(at + 6 * DAY).await.unwrap();
    assert_eq!(h.rows("outbox", "zoe").await, 1);
    h.engine.apply_retention(at + 8 * DAY).await.unwrap();
    assert_eq!(h.rows("outbox", "zoe").await, 0);
    assert_eq!(h.rows("dialogues", "zoe").await, 1);
    assert_eq!(h.rows("group_members", "zoe").await, 1);
    // A month: unanswered questions, unfinished dialogues, group counters.
    h.engine.apply_retention(at + 31 * DAY).await.unwrap();
    for table in ["dialogues", "choice_sets", "group_members"] {
        assert_eq!(h.rows(table, "zoe").await, 0, "{table}");
    }
    assert_eq!(h.rows("bookings", "zoe").await, 1);
    // A year after the slot: bookings and their reminders; warnings and sanctions.
    h.engine.apply_retention(at + 360 * DAY).await.unwrap();
    assert_eq!(h.rows("bookings", "zoe").await, 1);
    assert_eq!(h.rows("evaluation_invites", "zoe").await, 1);
    h.engine.apply_retention(at + 368 * DAY).await.unwrap();
    // A co-evaluation invitation goes a year after its questionnaire was sent.
    for table in ["bookings", "reminders", "sanctions", "evaluation_invites"] {
        assert_eq!(h.rows(table, "zoe").await, 0, "{table}");
    }
    // A warning counts for 30 days, then is kept a year.
    assert_eq!(h.rows("warnings", "zoe").await, 1);
    h.engine.apply_retention(at + 397 * DAY).await.unwrap();
    assert_eq!(h.rows("warnings", "zoe").await, 0);
    assert_eq!(h.rows("audit_log", "zoe").await, 1);
    // Five years: the audit log.
    h.engine.apply_retention(at + 1_830 * DAY).await.unwrap();
    assert_eq!(h.rows("audit_log", "zoe").await, 0);
    // Still open, so still kept; a coordinator is not erased for silence.
    for table in [
        "reports",
        "contacts",
        "etp_signups",
        "users",
        "partners",
        "roles",
        // An expense claim still waiting for an answer.
        "expense_claims",
    ] {
        assert_eq!(h.rows(table, "zoe").await, 1, "{table}");
    }
    h.close().await;
}

/// Ended contact requests go after six months, bookings a year after their slot; the
/// indicators of their month still count them.
async fn the_indicators_keep_what_retention_erased(db: &TestDb) {
    let h = Harness::new(db).await;
    let store = h.engine.store();
    let at = now();
    let (ann, bob, cat) = (
        UserId("ann".into()),
        UserId("bob".into()),
        UserId("cat".into()),
    );
    let mut tx = store.begin().await.unwrap();
    let declined = tx
        .create_contact(&common::personal::new_contact(
            &ann,
            &bob,
            "bonjour",
            at,
            at + 7 * DAY,
        ))
        .await
        .unwrap()
        .unwrap();
    assert!(
        tx.move_contact(
            declined,
            &[ContactStatus::Pending],
            ContactStatus::Declined,
            at
        )
        .await
        .unwrap()
    );
    let accepted = tx
        .create_contact(&common::personal::new_contact(
            &cat,
            &bob,
            "salut",
            at,
            at + 7 * DAY,
        ))
        .await
        .unwrap()
        .unwrap();
    for (from, to) in [
        (ContactStatus::Pending, ContactStatus::Accepted),
        (ContactStatus::Accepted, ContactStatus::Ended),
    ] {
        assert!(tx.move_contact(accepted, &[from], to, at).await.unwrap());
    }
    tx.commit().await.unwrap();
    let month = pairbot::store::month_start(at);
    let indicators = async || {
        let mut tx = store.begin().await.unwrap();
        let i = tx.indicators(month, at + DAY, at).await.unwrap();
        tx.rollback().await.unwrap();
        (i.contacts_sent, i.contacts_accepted)
    };
    assert_eq!(indicators().await, (2, 1));
    let done = h.engine.apply_retention(at + 180 * DAY).await.unwrap();
    assert_eq!(done.0.get("contacts"), None, "{done:?}");
    let done = h.engine.apply_retention(at + 185 * DAY).await.unwrap();
    assert_eq!(done.0.get("contacts"), Some(&2), "{done:?}");
    assert_eq!(h.rows("contacts", "ann").await, 0);
    assert_eq!(indicators().await, (2, 1));
    h.close().await;
}

/// `/mes_donnees` says how long each kind of data is kept.
async fn my_data_says_how_long_each_kind_is_kept(db: &TestDb) {
    let h = Harness::new(db).await;
    h.consent("eve").await;
    h.say("eve", "/chercher").await;
    let shown = h.say_text("eve", "/mes_donnees").await;
    assert!(
        shown.contains("Conservation : tant que vous écrivez ; effacement 2 ans après"),
        "{shown}"
    );
    assert!(shown.contains("Conservation : 30 jours au plus"), "{shown}");
    h.close().await;
}

/// `pairbot purge --dry-run` tells what would go and changes nothing; `pairbot purge` does it.
async fn the_purge_command_previews_then_applies(db: &TestDb) {
    let h = Harness::new(db).await;
    h.say("old", "/langue en").await;
    let mut tx = h.engine.store().begin().await.unwrap();
    tx.touch_user(Platform::Console, &UserId("old".into()), now() - 40 * DAY)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let home = tempfile::tempdir().unwrap();
    let run = |extra: &[&str], format: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_pairbot"))
            .args(["purge", "--database-url", &db.url])
            .args(extra)
            .env("XDG_CONFIG_HOME", home.path())
            .env("HOME", home.path())
            .env_remove("PAIRBOT_CONFIG")
            .env("PAIRBOT_LOG", "info")
            .env("PAIRBOT_LOG_FORMAT", format)
            .output()
            .unwrap()
    };
    let logged = std::cell::RefCell::new(String::new());
    let purge = |extra: &[&str]| {
        let out = run(extra, "json");
        assert!(out.status.success(), "{out:?}");
        logged
            .borrow_mut()
            .push_str(&String::from_utf8(out.stderr).unwrap());
        String::from_utf8(out.stdout).unwrap()
    };
    // An unknown log format is refused at once, and nothing is done.
    let refused = run(&[], "yaml");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("PAIRBOT_LOG_FORMAT"));
    let preview = purge(&["--dry-run"]);
    assert!(
        preview.contains("would be") && preview.contains("people_unconsented   1"),
        "{preview}"
    );
    assert_eq!(h.rows("users", "old").await, 1);
    let done = purge(&[]);
    assert!(done.contains("people_unconsented   1"), "{done}");
    assert_eq!(h.rows("users", "old").await, 0);
    assert!(purge(&["--dry-run"]).contains("Nothing would be erased"));
    // PAIRBOT_LOG_FORMAT=json: one JSON object per line, counts and no ids.
    let logged = logged.into_inner();
    let lines: Vec<serde_json::Value> = logged
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|_| panic!("not JSON: {l}")))
        .collect();
    assert!(
        lines
            .iter()
            .any(|l| l["message"] == "retention applied" && l["level"] == "INFO"),
        "{logged}"
    );
    assert!(!logged.contains("\"old\""), "{logged}");
    h.close().await;
}

/// The day of a person's last message is kept, written by their first message of a day
/// only; `/mes_donnees` shows it as a day, not a time it does not know.
async fn the_last_message_is_kept_to_the_day(db: &TestDb) {
    let h = Harness::new(db).await;
    h.consent("ida").await;
    let ida = UserId("ida".into());
    let seen = async || {
        let mut tx = h.engine.store().begin().await.unwrap();
        let state = tx
            .sender_state(
                Platform::Console,
                &pairbot::core::ChatId("ida".into()),
                &ida,
            )
            .await
            .unwrap();
        tx.rollback().await.unwrap();
        state.seen_at.unwrap()
    };
    let set = async |at: i64| {
        let mut tx = h.engine.store().begin().await.unwrap();
        tx.touch_user(Platform::Console, &ida, at).await.unwrap();
        tx.commit().await.unwrap();
    };
    use pairbot::features::permanence::schedule::{local_date, local_instant};
    let today = local_instant(local_date(now()), 0).unwrap();
    // Earlier today: a new message writes nothing.
    set(today + 1).await;
    h.say("ida", "/aide").await;
    assert_eq!(seen().await, today + 1);
    // Yesterday late: today's first message is recorded.
    set(today - 3_600).await;
    h.say("ida", "/aide").await;
    assert!(seen().await >= today, "{}", seen().await);
    let shown = h.say_text("ida", "/mes_donnees").await;
    let day = pairbot::i18n::format_day(pairbot::i18n::Lang::Fr, now());
    assert!(
        shown.contains(&format!("dernier message le : {day} ;"))
            || shown.contains(&format!("dernier message le : {day}\n")),
        "{shown}"
    );
    h.close().await;
}

/// An answered expense claim goes a year after its answer; a waiting one stays.
async fn answered_expense_claims_go_after_a_year(db: &TestDb) {
    let h = Harness::new(db).await;
    let store = h.engine.store();
    let at = now();
    let profile =
        common::approved_partner(store, (Platform::Console, "pia"), "Pia", "etp-40h").await;
    let (mission, application) =
        common::engagement::selected_for_mission(store, (Platform::Console, "pia"), profile).await;
    let pia = UserId("pia".into());
    let mut tx = store.begin().await.unwrap();
    assert!(
        tx.agree_to_mission(application, (Platform::Console, &pia), 1, at)
            .await
            .unwrap()
    );
    let claim = |kind: &str| pairbot::store::NewClaim {
        application_id: application,
        mission_id: mission,
        kind: kind.into(),
        amount_cents: 1000,
        spent_on: "2026-12-01".into(),
    };
    let answered = tx
        .create_claim(&claim("meal"), (Platform::Console, &pia), at)
        .await
        .unwrap();
    tx.create_claim(&claim("transport"), (Platform::Console, &pia), at)
        .await
        .unwrap();
    assert!(
        tx.decide_claim(answered, pairbot::store::ClaimStatus::Approved, None, at)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    h.engine.apply_retention(at + 360 * DAY).await.unwrap();
    assert_eq!(h.rows("expense_claims", "pia").await, 2);
    let done = h.engine.apply_retention(at + 368 * DAY).await.unwrap();
    assert_eq!(done.0.get("expense_claims"), Some(&1), "{done:?}");
    assert_eq!(h.rows("expense_claims", "pia").await, 1);
    h.close().await;
}

on_every_backend!(
    answered_expense_claims_go_after_a_year,
    the_last_message_is_kept_to_the_day,
    the_purge_command_previews_then_applies,
    people_who_never_consented_go_after_a_month,
    inactive_people_are_told_first_and_a_reply_keeps_everything,
    records_go_when_their_time_is_up,
    the_indicators_keep_what_retention_erased,
    my_data_says_how_long_each_kind_is_kept,
);
