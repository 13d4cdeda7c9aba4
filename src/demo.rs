//! The fictional demo: invented partners (`data/demo/partners.toml`) loaded into the
//! directory by `pairbot console --demo`. Every person in it is made up.

use crate::core::{Platform, UserId};
use crate::store::{PartnerProfile, PartnerStatus, Store, StoreError};
use chrono::TimeZone;
use serde::Deserialize;

const PARTNERS: &str = include_str!("../data/demo/partners.toml");

/// The demo data could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    /// The embedded file is invalid (caught by the tests).
    #[error("invalid demo data: {0}")]
    Invalid(String),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

#[derive(Debug, Deserialize)]
struct DemoFile {
    partner: Vec<PartnerProfile>,
    /// Trainings recorded on demo partners' paths.
    #[serde(default)]
    path: Vec<DemoTraining>,
}

/// A training on a demo partner's path.
#[derive(Debug, Deserialize)]
struct DemoTraining {
    /// The demo partner (from 1).
    partner: usize,
    /// A training key.
    training: String,
    /// Who gave it.
    organisation: String,
    /// `YYYY-MM`.
    completed: String,
}

fn demo_file() -> Result<DemoFile, DemoError> {
    toml::from_str::<DemoFile>(PARTNERS).map_err(|e| DemoError::Invalid(e.message().to_owned()))
}

/// The fictional partners.
pub fn partners() -> Result<Vec<PartnerProfile>, DemoError> {
    demo_file().map(|f| f.partner)
}

/// The console user id of the n-th demo partner (from 1).
pub fn partner_user(n: usize) -> UserId {
    UserId(format!("demo-partner-{n}"))
}

/// Loads the demo partners as approved profiles, once; returns how many were added.
pub async fn load(store: &Store) -> Result<usize, DemoError> {
    let partners = partners()?;
    let mut tx = store.begin().await?;
    let mut added = 0;
    for (i, profile) in partners.iter().enumerate() {
        let user = partner_user(i + 1);
        if tx.partner_of(Platform::Console, &user).await?.is_some() {
            continue;
        }
        // Fictional partners who joined the usual way: they consented first, so they can
        // answer contact requests in the console demo.
        tx.give_consent(
            Platform::Console,
            &user,
            crate::features::onboarding::CONSENT_VERSION,
        )
        .await?;
        let (id, revision) = tx.save_partner(Platform::Console, &user, profile).await?;
        tx.decide_partner(id, revision, PartnerStatus::Approved, None)
            .await?;
        for t in demo_file()?.path.iter().filter(|t| t.partner == i + 1) {
            tx.add_training(
                (Platform::Console, &user),
                (&t.training, &t.organisation, &t.completed),
                crate::store::now(),
            )
            .await?;
        }
        added += 1;
    }
    tx.commit().await?;
    Ok(added)
}

const PERMANENCES: &str = include_str!("../data/demo/permanences.toml");

/// A demo permanence as written in `data/demo/permanences.toml`.
#[derive(Debug, Deserialize)]
pub struct DemoPermanence {
    /// Its name.
    pub title: String,
    /// The structure hosting it.
    pub structure: String,
    /// A public address.
    #[serde(default)]
    pub address: String,
    /// Held online.
    #[serde(default)]
    pub online: bool,
    /// The online link.
    pub link: Option<String>,
    /// Department code.
    pub department: Option<String>,
    /// Condition keys.
    pub themes: Vec<String>,
    /// Demo partner numbers (from 1).
    pub hosts: Vec<usize>,
    /// Weekly opening.
    pub weekly: Option<DemoWeekly>,
    /// One-off dates.
    #[serde(default)]
    pub one_off: Vec<DemoDate>,
    /// Slot length, minutes.
    pub slot_minutes: i64,
    /// Places per slot.
    pub capacity: i64,
    /// Booking horizon, days.
    pub open_days: i64,
    /// Cancellation cutoff, hours.
    pub cutoff_hours: i64,
    /// The first slots are booked by fictional people but for one place.
    #[serde(default)]
    pub nearly_full: bool,
    /// Dates already held, with who came and what they said.
    #[serde(default)]
    pub held: Vec<DemoHeld>,
}

/// A date held a few days ago: fictional visitors booked it, the host marked who came, and
/// some answered the question of the day after.
#[derive(Debug, Deserialize)]
pub struct DemoHeld {
    /// Days before today.
    pub days_ago: i64,
    /// "14:00".
    pub start: String,
    /// "14:30".
    pub end: String,
    /// How many booked.
    pub visitors: i64,
    /// How many of them the host marked as come (the first ones).
    pub came: usize,
    /// The scores they gave (1 to 5).
    pub scores: Vec<i64>,
    /// The words they left.
    #[serde(default)]
    pub words: Vec<String>,
}

/// A weekly opening in local time.
#[derive(Debug, Deserialize)]
pub struct DemoWeekly {
    /// ISO weekday.
    pub weekday: u8,
    /// "14:00".
    pub start: String,
    /// "17:00".
    pub end: String,
}

/// A one-off date, counted from today.
#[derive(Debug, Deserialize)]
pub struct DemoDate {
    /// Days from today.
    pub in_days: i64,
    /// "18:00".
    pub start: String,
    /// "20:00".
    pub end: String,
}

#[derive(Debug, Deserialize)]
struct PermanenceFile {
    permanence: Vec<DemoPermanence>,
}

/// The fictional permanences.
pub fn permanences() -> Result<Vec<DemoPermanence>, DemoError> {
    toml::from_str::<PermanenceFile>(PERMANENCES)
        .map(|f| f.permanence)
        .map_err(|e| DemoError::Invalid(e.message().to_owned()))
}

/// Minutes after midnight of "14:30".
pub fn minutes(clock: &str) -> Result<u16, DemoError> {
    let invalid = || DemoError::Invalid(format!("not a time: {clock}"));
    let (h, m) = clock.split_once(':').ok_or_else(invalid)?;
    let (h, m): (u16, u16) = (
        h.parse().map_err(|_| invalid())?,
        m.parse().map_err(|_| invalid())?,
    );
    if h > 23 || m > 59 {
        return Err(invalid());
    }
    Ok(h * 60 + m)
}

/// Loads the demo permanences, once (after the partners); returns how many were added.
pub async fn load_permanences(store: &Store, now: i64) -> Result<usize, DemoError> {
    use crate::features::permanence::booking::ensure_slots;
    use crate::store::NewPermanence;
    let mut tx = store.begin().await?;
    let existing = tx.active_permanences().await?;
    let mut added = 0;
    for demo in permanences()? {
        if existing.iter().any(|p| p.details.title == demo.title) {
            continue;
        }
        let mut hosts = Vec::new();
        for n in &demo.hosts {
            if let Some(partner) = tx.partner_of(Platform::Console, &partner_user(*n)).await? {
                hosts.push(partner.id);
            }
        }
        let weekly = match &demo.weekly {
            Some(w) => Some((w.weekday, minutes(&w.start)?, minutes(&w.end)?)),
            None => None,
        };
        let new = NewPermanence {
            title: demo.title.clone(),
            structure: demo.structure.clone(),
            address: demo.address.clone(),
            online: demo.online,
            link: demo.link.clone(),
            department: demo.department.clone(),
            themes: demo.themes.clone(),
            hosts,
            weekly,
            slot_minutes: demo.slot_minutes,
            capacity: demo.capacity,
            open_days: demo.open_days,
            cutoff_minutes: demo.cutoff_hours * 60,
        };
        let id = tx.create_permanence(&new, now).await?;
        let today = crate::i18n::TIME_ZONE
            .timestamp_opt(now, 0)
            .single()
            .map(|t| t.date_naive())
            .unwrap_or_default();
        let mut one_off = Vec::new();
        for date in &demo.one_off {
            let day = today + chrono::Duration::days(date.in_days);
            let (start, end) = (minutes(&date.start)?, minutes(&date.end)?);
            if let (Some(s), Some(e)) = (
                crate::features::permanence::schedule::local_instant(day, start),
                crate::features::permanence::schedule::local_instant(day, end),
            ) {
                one_off.push((s, e));
            }
        }
        tx.add_slots(id, &one_off, demo.capacity).await?;
        if let Some(record) = tx.permanence(id).await? {
            ensure_slots(&mut tx, &record, now).await?;
        }
        if demo.nearly_full {
            // Fictional visitors take all places but one on the first two slots.
            let slots = tx.open_slots(id, now, i64::MAX).await?;
            for slot in slots.iter().take(2) {
                for v in 0..demo.capacity - 1 {
                    let visitor = UserId(format!("demo-visitor-{id}-{v}"));
                    tx.book(slot.id, (Platform::Console, &visitor), now).await?;
                }
            }
        }
        for held in &demo.held {
            add_held(&mut tx, id, held, today).await?;
        }
        added += 1;
    }
    tx.commit().await?;
    Ok(added)
}

/// A date of permanence `id` held `held.days_ago` days before `today`, with its bookings,
/// marks and anonymous answers.
async fn add_held(
    tx: &mut crate::store::Tx,
    id: i64,
    held: &DemoHeld,
    today: chrono::NaiveDate,
) -> Result<(), DemoError> {
    use crate::features::permanence::schedule::local_instant;
    let day = today - chrono::Duration::days(held.days_ago);
    let (Some(start), Some(end)) = (
        local_instant(day, minutes(&held.start)?),
        local_instant(day, minutes(&held.end)?),
    ) else {
        return Ok(());
    };
    tx.add_slots(id, &[(start, end)], held.visitors).await?;
    let Some(slot) = tx
        .slots_of(id)
        .await?
        .into_iter()
        .find(|(_, s, _)| *s == start)
        .map(|(slot, ..)| slot)
    else {
        return Ok(());
    };
    for v in 0..held.visitors {
        let visitor = UserId(format!("demo-visitor-{id}-held-{v}"));
        if let crate::store::BookingOutcome::Confirmed(b) = tx
            .book(slot, (Platform::Console, &visitor), start - 86_400)
            .await?
        {
            tx.mark_attendance((slot, b), (v as usize) < held.came, end)
                .await?;
        }
    }
    let month = crate::store::month_start(start);
    for score in &held.scores {
        tx.add_feedback_score(id, month, *score).await?;
    }
    for words in &held.words {
        tx.add_feedback_words(id, month, words).await?;
    }
    Ok(())
}

/// Demo partner `n` selected for mission `id`, agreed, with these claims.
async fn agreed(
    tx: &mut crate::store::Tx,
    id: i64,
    n: usize,
    claims: &[DemoClaim],
    now: i64,
) -> Result<(), DemoError> {
    use crate::store::{ApplyOutcome, ClaimStatus, NewClaim};
    let user = partner_user(n);
    // Programmes may be loaded without the demo directory: then nobody was selected.
    let Some(partner) = tx.partner_of(Platform::Console, &user).await? else {
        return Ok(());
    };
    let ApplyOutcome::Applied(application) = tx
        .apply_to_mission(id, (Platform::Console, &user), partner.id, now)
        .await?
    else {
        return Ok(());
    };
    tx.select_application(application, now).await?;
    tx.agree_to_mission(
        application,
        (Platform::Console, &user),
        crate::features::engagement::agreement::CHARTER_VERSION,
        now,
    )
    .await?;
    let today = crate::features::permanence::schedule::local_date(now);
    for c in claims {
        let day = today - chrono::Duration::days(c.days_ago);
        let claim = NewClaim {
            application_id: application,
            mission_id: id,
            kind: c.kind.clone(),
            amount_cents: c.cents,
            spent_on: day.format("%Y-%m-%d").to_string(),
        };
        let claim_id = tx
            .create_claim(&claim, (Platform::Console, &user), now)
            .await?;
        let status = match c.status.as_str() {
            "approved" => ClaimStatus::Approved,
            "refused" => ClaimStatus::Refused,
            _ => continue,
        };
        tx.decide_claim(claim_id, status, c.reason.as_deref(), now)
            .await?;
    }
    Ok(())
}

const PROGRAMMES: &str = include_str!("../data/demo/etp.toml");

/// A demo ETP programme as written in `data/demo/etp.toml`.
#[derive(Debug, Deserialize)]
pub struct DemoProgramme {
    /// Its name.
    pub title: String,
    /// The structure running it.
    pub structure: String,
    /// The team.
    pub team: String,
    /// Where sessions take place; empty when remote only.
    #[serde(default)]
    pub address: String,
    /// Department code.
    pub department: Option<String>,
    /// Sessions can be followed remotely.
    #[serde(default)]
    pub online: bool,
    /// collective | individual | both.
    pub format: String,
    /// Dates or rhythm.
    pub rhythm: String,
    /// People enrolled at once.
    pub capacity: i64,
    /// Partner patients co-run sessions.
    #[serde(default)]
    pub co_run: bool,
    /// Condition keys.
    pub themes: Vec<String>,
    /// Public description.
    pub description: String,
}

/// A demo mission as written in `data/demo/etp.toml`.
#[derive(Debug, Deserialize)]
pub struct DemoMission {
    /// The title of the programme it belongs to.
    pub programme: Option<String>,
    /// The project, when not a programme.
    #[serde(default)]
    pub project: String,
    /// Kind of mission.
    pub kind: String,
    /// Dates, as written.
    pub dates: String,
    /// Training key required.
    pub training: String,
    /// Paid for the work.
    #[serde(default)]
    pub paid: bool,
    /// Expenses reimbursed.
    #[serde(default)]
    pub reimbursed: bool,
    /// Partners wanted.
    pub places: i64,
    /// The mission sheet.
    pub sheet: String,
    /// A demo partner (number) already selected, who accepted the sheet and the charter.
    pub agreed_by: Option<usize>,
    /// Expenses they claimed.
    #[serde(default)]
    pub claims: Vec<DemoClaim>,
}

/// An expense claimed by a demo partner.
#[derive(Debug, Deserialize)]
pub struct DemoClaim {
    /// transport, meal, lodging or other.
    pub kind: String,
    /// In euro cents.
    pub cents: i64,
    /// Days before today.
    pub days_ago: i64,
    /// pending, approved or refused.
    pub status: String,
    /// Why it was refused.
    pub reason: Option<String>,
}

#[derive(Debug, Deserialize)]
struct ProgrammeFile {
    programme: Vec<DemoProgramme>,
    #[serde(default)]
    mission: Vec<DemoMission>,
    #[serde(default)]
    evaluation: Vec<DemoEvaluation>,
}

/// A co-evaluation questionnaire already answered by fictional people enrolled.
#[derive(Debug, Deserialize)]
struct DemoEvaluation {
    /// The programme's title.
    programme: String,
    /// The template it was set from.
    template: String,
    /// How many people were asked.
    asked: usize,
    /// Each respondent's scores, one per question.
    answers: Vec<Vec<i64>>,
}

/// The fictional ETP programmes and missions.
fn programme_file() -> Result<ProgrammeFile, DemoError> {
    toml::from_str::<ProgrammeFile>(PROGRAMMES)
        .map_err(|e| DemoError::Invalid(e.message().to_owned()))
}

/// The fictional ETP programmes.
pub fn programmes() -> Result<Vec<DemoProgramme>, DemoError> {
    programme_file().map(|f| f.programme)
}

/// Loads the demo ETP programmes and missions, once; returns how many programmes were
/// added. They name no handler: every coordinator hears of their sign-ups.
pub async fn load_programmes(store: &Store, now: i64) -> Result<usize, DemoError> {
    let mut tx = store.begin().await?;
    let existing = tx.programmes(true).await?;
    if !existing.is_empty() {
        return Ok(0);
    }
    let file = programme_file()?;
    let mut added = 0;
    for demo in file.programme {
        let new = crate::store::NewProgramme {
            title: demo.title,
            structure: demo.structure,
            team: demo.team,
            address: demo.address,
            department: demo.department,
            online: demo.online,
            format: demo.format,
            rhythm: demo.rhythm,
            capacity: demo.capacity,
            co_run: demo.co_run,
            description: demo.description,
            themes: demo.themes,
        };
        tx.create_programme(&new, &[], now).await?;
        added += 1;
    }
    let programmes = tx.programmes(true).await?;
    for demo in file.mission {
        let programme = match &demo.programme {
            Some(title) => match programmes.iter().find(|p| &p.details.title == title) {
                Some(p) => Some(p),
                None => return Err(DemoError::Invalid(format!("no demo programme {title}"))),
            },
            None => None,
        };
        let mission = crate::store::NewMission {
            programme_id: programme.map(|p| p.id),
            structure: programme
                .map(|p| p.details.structure.clone())
                .unwrap_or_default(),
            project: demo.project,
            kind: demo.kind,
            dates: demo.dates,
            training: demo.training,
            paid: demo.paid,
            reimbursed: Some(demo.reimbursed),
            places: demo.places,
            sheet: demo.sheet,
        };
        let id = tx.create_mission(&mission, now).await?;
        if let Some(n) = demo.agreed_by {
            agreed(&mut tx, id, n, &demo.claims, now).await?;
        }
    }
    for demo in file.evaluation {
        let Some(p) = programmes
            .iter()
            .find(|p| p.details.title == demo.programme)
        else {
            return Err(DemoError::Invalid(format!(
                "no demo programme {}",
                demo.programme
            )));
        };
        let people: Vec<(Platform, UserId, &str)> = (1..=demo.asked)
            .map(|i| {
                (
                    Platform::Console,
                    UserId(format!("demo-etp-{}-{i}", p.id)),
                    "patient",
                )
            })
            .collect();
        let round = tx.launch_round(p.id, &demo.template, &people, now).await?;
        for ((platform, user, _), scores) in people.iter().zip(&demo.answers) {
            tx.answer_round(round, (*platform, user), scores).await?;
        }
    }
    tx.commit().await?;
    Ok(added)
}
