//! Shared test support: a fresh database per test on SQLite and, when configured, PostgreSQL,
//! and a harness that drives the engine and collects what it sends.
#![allow(dead_code)]

pub mod engagement;
pub mod synapse;
pub mod telegram;

pub mod personal;
use pairbot::app::Engine;
use pairbot::core::{
    Body, ChatId, ChatKind, Incoming, ModerationAction, ModerationError, Outgoing, Platform,
    SendError, Settings, Transport, UserId,
};
use pairbot::store::Store;
use sqlx::Connection;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Runs each listed async test function on SQLite, and on PostgreSQL when
/// `PAIRBOT_TEST_PG` (or `DATABASE_URL`) names a server: one conformance suite, two backends.
#[macro_export]
macro_rules! on_every_backend {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let db = $crate::common::TestDb::sqlite().await;
                    super::$name(&db).await;
                    db.finish().await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(db) = $crate::common::TestDb::postgres().await else {
                        return;
                    };
                    super::$name(&db).await;
                    db.finish().await;
                }
            )*
        }
    };
}

static COUNTER: AtomicUsize = AtomicUsize::new(0);

/// A database made for one test.
pub struct TestDb {
    /// The URL to open it with.
    pub url: String,
    /// Keeps a SQLite folder alive.
    _dir: Option<tempfile::TempDir>,
    /// For PostgreSQL: (admin URL, database name) to drop it afterwards.
    pg: Option<(String, String)>,
}

/// The PostgreSQL server for tests, if any. In CI it is mandatory.
pub fn pg_admin_url() -> Option<String> {
    let url = std::env::var("PAIRBOT_TEST_PG")
        .ok()
        .or_else(|| std::env::var("DATABASE_URL").ok())
        .filter(|u| u.starts_with("postgres"));
    if url.is_none() && std::env::var("CI").is_ok_and(|v| !v.is_empty()) {
        panic!("CI must run the PostgreSQL tests: set PAIRBOT_TEST_PG");
    }
    url
}

impl TestDb {
    /// A fresh SQLite file.
    pub async fn sqlite() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = dir.path().join("pairbot.db").display().to_string();
        TestDb {
            url,
            _dir: Some(dir),
            pg: None,
        }
    }

    /// A fresh PostgreSQL database, or `None` when no server is configured.
    pub async fn postgres() -> Option<Self> {
        let admin = pg_admin_url()?;
        let name = format!(
            "pairbot_t_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos())
        );
        let mut conn = sqlx::PgConnection::connect(&admin)
            .await
            .expect("connect to the PostgreSQL test server");
        sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .expect("create test database");
        conn.close().await.ok();
        Some(TestDb {
            url: with_database(&admin, &name),
            _dir: None,
            pg: Some((admin, name)),
        })
    }

    /// Opens the store.
    pub async fn store(&self) -> Store {
        Store::open(&self.url).await.expect("open store")
    }

    /// PostgreSQL: ends every connection to this database from the server side, as a
    /// server restart would; returns how many. SQLite: nothing to end, 0.
    pub async fn end_connections(&self) -> u64 {
        let Some((admin, name)) = &self.pg else {
            return 0;
        };
        let mut conn = sqlx::PgConnection::connect(admin).await.expect("admin");
        let ended: Vec<(bool,)> = sqlx::query_as(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = $1 AND pid <> pg_backend_pid()",
        )
        .bind(name)
        .fetch_all(&mut conn)
        .await
        .expect("terminate");
        conn.close().await.ok();
        ended.into_iter().filter(|(done,)| *done).count() as u64
    }

    /// Drops the PostgreSQL database (SQLite folders go with the value).
    pub async fn finish(self) {
        if let Some((admin, name)) = &self.pg
            && let Ok(mut conn) = sqlx::PgConnection::connect(admin).await
        {
            let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                .execute(&mut conn)
                .await;
        }
    }
}

/// `admin` with its database name replaced by `name`.
pub fn with_database(admin: &str, name: &str) -> String {
    let (base, query) = admin
        .split_once('?')
        .map_or((admin, None), |(b, q)| (b, Some(q)));
    let scheme_end = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[scheme_end..]
        .find('/')
        .map_or(base.len(), |i| scheme_end + i);
    let mut url = format!("{}/{}", &base[..path_start], name);
    if let Some(q) = query {
        url.push('?');
        url.push_str(q);
    }
    url
}

/// A transport that records what it is given, optionally failing first.
pub struct Recorder {
    pub platform: Platform,
    pub sent: Mutex<Vec<Outgoing>>,
    /// Answers to give before accepting, consumed in order.
    pub script: Mutex<Vec<Result<(), SendError>>>,
    /// Moderation actions carried out, with their group.
    pub actions: Mutex<Vec<(ChatId, ModerationAction)>>,
    /// When set, every moderation action fails with this.
    pub refuse: Mutex<Option<ModerationError>>,
    /// Messages to different recipients it takes at once (see `Transport::max_in_flight`).
    pub in_flight: usize,
    /// A chat whose messages stall, as a slow platform call would, until released
    /// (`notify_one` lets one through).
    pub hold: Mutex<Option<(String, std::sync::Arc<tokio::sync::Notify>)>>,
    /// Sends under way now, and the most there ever were at once.
    pub busy: std::sync::atomic::AtomicUsize,
    pub peak: std::sync::atomic::AtomicUsize,
}

impl Recorder {
    pub fn new(platform: Platform) -> Self {
        Recorder {
            platform,
            sent: Mutex::new(Vec::new()),
            script: Mutex::new(Vec::new()),
            actions: Mutex::new(Vec::new()),
            refuse: Mutex::new(None),
            in_flight: 1,
            hold: Mutex::new(None),
            busy: Default::default(),
            peak: Default::default(),
        }
    }

    /// The moderation actions carried out since the last call.
    pub fn take_actions(&self) -> Vec<(ChatId, ModerationAction)> {
        std::mem::take(&mut *self.actions.lock().unwrap())
    }

    pub fn take(&self) -> Vec<Outgoing> {
        std::mem::take(&mut *self.sent.lock().unwrap())
    }
}

impl Transport for Recorder {
    fn platform(&self) -> Platform {
        self.platform
    }

    fn max_in_flight(&self) -> usize {
        self.in_flight
    }

    async fn send(&self, message: &Outgoing) -> Result<(), SendError> {
        use std::sync::atomic::Ordering;
        let now = self.busy.fetch_add(1, Ordering::AcqRel) + 1;
        self.peak.fetch_max(now, Ordering::AcqRel);
        // Lets other sends in flight run in between, as a network would.
        tokio::task::yield_now().await;
        self.busy.fetch_sub(1, Ordering::AcqRel);
        let held = self
            .hold
            .lock()
            .unwrap()
            .clone()
            .filter(|(chat, _)| message.chat_or_user() == chat);
        if let Some((_, release)) = held {
            release.notified().await;
        }
        let scripted = {
            let mut script = self.script.lock().unwrap();
            if script.is_empty() {
                None
            } else {
                Some(script.remove(0))
            }
        };
        match scripted {
            Some(Err(e)) => Err(e),
            _ => {
                self.sent.lock().unwrap().push(message.clone());
                Ok(())
            }
        }
    }

    async fn moderate(
        &self,
        chat: &ChatId,
        action: &ModerationAction,
    ) -> Result<(), ModerationError> {
        if let Some(e) = self.refuse.lock().unwrap().clone() {
            return Err(e);
        }
        self.actions
            .lock()
            .unwrap()
            .push((chat.clone(), action.clone()));
        Ok(())
    }
}

/// French typography uses no-break spaces before `: ; ? !` and curly apostrophes; tests
/// compare with plain spaces and straight apostrophes.
pub fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ").replace('’', "'")
}

/// Settings with one admin (`admin`) and one coordinator (`coord`), console users.
pub fn staff() -> Settings {
    Settings {
        admins: vec![(Platform::Console, "admin".into())],
        coordinators: vec![(Platform::Console, "coord".into())],
        ..Settings::default()
    }
}

/// Drives an engine like a console adapter would, one person at a time.
pub struct Harness {
    pub engine: Engine,
    pub out: Recorder,
}

impl Harness {
    pub async fn new(db: &TestDb) -> Self {
        Self::with_settings(db, Settings::default()).await
    }

    pub async fn with_settings(db: &TestDb, settings: Settings) -> Self {
        let engine = Engine::new(db.store().await, settings).expect("engine");
        Harness {
            engine,
            out: Recorder::new(Platform::Console),
        }
    }

    /// Sends a message from `user` in a private console chat; returns what the bot sent.
    pub async fn say(&self, user: &str, text: &str) -> Vec<Outgoing> {
        self.send(Incoming::private_text(Platform::Console, user, text))
            .await
    }

    /// Sends any message; returns what the bot sent on the console.
    pub async fn send(&self, msg: Incoming) -> Vec<Outgoing> {
        self.engine.handle(&msg).await.expect("handle");
        self.engine.deliver(&self.out).await.expect("deliver");
        let mut sent = self.out.take();
        for m in &mut sent {
            m.text = plain(&m.text);
            for c in &mut m.choices {
                c.label = plain(&c.label);
            }
        }
        sent
    }

    /// Like [`Harness::say`], joining every text into one string.
    pub async fn say_text(&self, user: &str, text: &str) -> String {
        texts(&self.say(user, text).await)
    }

    /// Rows about a console user in one table.
    pub async fn rows(&self, table: &str, user: &str) -> i64 {
        self.engine
            .store()
            .count_user_rows(table, "console", user)
            .await
            .expect("count rows")
    }

    /// Presses a choice as a console user in a private chat.
    pub async fn press(&self, user: &str, data: &str) -> Vec<Outgoing> {
        self.send(press(user, data)).await
    }

    /// The user starts the bot and gives consent.
    pub async fn consent(&self, user: &str) {
        self.say(user, "/start").await;
        self.say(user, "oui").await;
    }

    pub async fn close(self) {
        self.engine.store().close().await;
    }
}

/// A console user's press of a choice, in a private chat.
pub fn press(user: &str, data: &str) -> Incoming {
    Incoming {
        body: Body::Choice(data.into()),
        ..Incoming::private_text(Platform::Console, user, "")
    }
}

/// The data of the last message's choice whose label contains `label`.
pub fn choice_labelled(messages: &[Outgoing], label: &str) -> String {
    let last = messages.last().expect("a message");
    last.choices
        .iter()
        .find(|c| c.label.contains(label))
        .unwrap_or_else(|| panic!("no choice {label:?} in {:?}", last.choices))
        .data
        .clone()
}

pub fn texts(messages: &[Outgoing]) -> String {
    messages
        .iter()
        .map(|m| m.text.as_str())
        .collect::<Vec<_>>()
        .join("\n---\n")
}

/// The choices' data of the last message.
pub fn last_choices(messages: &[Outgoing]) -> Vec<String> {
    messages
        .last()
        .map(|m| m.choices.iter().map(|c| c.data.clone()).collect())
        .unwrap_or_default()
}

/// A message in a group chat.
pub fn group_text(user: &str, group: &str, text: &str) -> Incoming {
    Incoming {
        platform: Platform::Console,
        chat: ChatId(group.to_owned()),
        chat_kind: ChatKind::Group,
        sender: UserId(user.to_owned()),
        display_name: user.to_owned(),
        handle: None,
        body: Body::Text(text.to_owned()),
        language: None,
        event_id: None,
        message_id: None,
        reply_to: None,
        media: false,
    }
}

/// A date `n` days ahead, as "dd/mm/yyyy" in Paris.
pub fn future_day(n: i64) -> String {
    use chrono::TimeZone;
    pairbot::i18n::TIME_ZONE
        .timestamp_opt(pairbot::store::now() + n * 86_400, 0)
        .unwrap()
        .format("%d/%m/%Y")
        .to_string()
}

/// The dates (`dd/mm/yyyy`) `days` from now, all moved on by the same few days when one
/// would fall on a Sunday: the ETP team is asked to confirm a Sunday first.
pub fn future_days_not_sunday(days: &[i64]) -> Vec<String> {
    use chrono::{Datelike, TimeZone};
    let at = |n: i64| {
        pairbot::i18n::TIME_ZONE
            .timestamp_opt(pairbot::store::now() + n * 86_400, 0)
            .unwrap()
    };
    let shift = (0..7)
        .find(|shift| {
            days.iter()
                .all(|d| at(d + shift).weekday() != chrono::Weekday::Sun)
        })
        .expect("dates within a week of each other");
    days.iter()
        .map(|d| at(d + shift).format("%d/%m/%Y").to_string())
        .collect()
}

/// The French weekday name two days from now (so a first date there is never within a
/// cancellation cutoff).
pub fn weekday_in_two_days() -> &'static str {
    use chrono::{Datelike, TimeZone};
    let names = [
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ];
    let day = pairbot::i18n::TIME_ZONE
        .timestamp_opt(pairbot::store::now() + 2 * 86_400, 0)
        .unwrap()
        .weekday()
        .number_from_monday();
    names[day as usize - 1]
}

/// The number after the first "n° " of a text.
pub fn number_in(text: &str) -> i64 {
    let start = text.find("n° ").expect("a number") + "n° ".len();
    text[start..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .expect("digits after n°")
}

/// An approved partner profile (SEP, co-running ETP sessions, this training) for a person
/// who has consented; returns its number.
pub async fn approved_partner(
    store: &Store,
    person: (Platform, &str),
    pseudonym: &str,
    training: &str,
) -> i64 {
    let user = UserId(person.1.to_owned());
    let profile = pairbot::store::PartnerProfile {
        pseudonym: pseudonym.into(),
        roles: vec!["patient-ressource".into()],
        conditions: vec!["sclerose-en-plaques".into()],
        training: training.into(),
        missions: vec!["co-animation-etp".into()],
        languages: vec!["fr".into()],
        online: true,
        ..Default::default()
    };
    let mut tx = store.begin().await.unwrap();
    tx.give_consent(person.0, &user, 1).await.unwrap();
    let (id, revision) = tx.save_partner(person.0, &user, &profile).await.unwrap();
    tx.decide_partner(id, revision, pairbot::store::PartnerStatus::Approved, None)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

/// A programme stored directly; returns its number.
pub async fn programme(h: &Harness, title: &str, capacity: i64) -> i64 {
    let mut tx = h.engine.store().begin().await.unwrap();
    let id = tx
        .create_programme(
            &pairbot::store::NewProgramme {
                title: title.into(),
                structure: "Hôpital fictif".into(),
                team: "une équipe fictive".into(),
                address: "1 rue Fictive, Lyon".into(),
                department: Some("69".into()),
                format: "collective".into(),
                rhythm: "6 séances".into(),
                capacity,
                description: "Un programme fictif pour les tests.".into(),
                themes: vec!["sclerose-en-plaques".into()],
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

/// A CSV export as a French spreadsheet opens it: a byte-order mark (required), then cells
/// split on `;`, the first row being the header.
pub fn french_csv(content: &str) -> csv::Reader<&[u8]> {
    let content = content.strip_prefix('\u{feff}').expect("a byte-order mark");
    csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(content.as_bytes())
}

/// Moves the confirmed shared assessments (BEP) of a person an hour into the past, as if
/// they had taken place: a person is enrolled only after theirs.
pub async fn bep_took_place(store: &Store, platform: Platform, user: &str) {
    use pairbot::store::{SignupStatus, Transition};
    let mut tx = store.begin().await.unwrap();
    let user = UserId(user.to_owned());
    let held = pairbot::store::now() - 3_600;
    for s in tx.signups_of((platform, &user)).await.unwrap() {
        if s.status == SignupStatus::BepConfirmed {
            let change = Transition {
                bep_at: Some(held),
                ..Transition::new(&[SignupStatus::BepConfirmed], SignupStatus::BepConfirmed)
            };
            assert!(tx.move_signup(s.id, &change, held).await.unwrap());
        }
    }
    tx.commit().await.unwrap();
}

/// Where sign-up `signup` stands.
pub async fn signup_status(h: &Harness, signup: i64) -> pairbot::store::SignupStatus {
    let mut tx = h.engine.store().begin().await.unwrap();
    let s = tx.signup(signup).await.unwrap().unwrap();
    tx.rollback().await.unwrap();
    s.status
}
