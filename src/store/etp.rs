//! ETP programmes and their sign-ups (partner missions are in `missions.rs`).
//!
//! A sign-up moves through its states by conditional updates (`WHERE status IN …`): a
//! transition happens once, from the states it is allowed from, whatever the timing of
//! double taps or of two coordinators acting at once.

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};

/// A programme as created or edited.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewProgramme {
    /// Its name.
    pub title: String,
    /// The hospital, health centre or association running it.
    pub structure: String,
    /// The coordinated team, as it presents itself.
    pub team: String,
    /// Where sessions take place; empty when only remote.
    pub address: String,
    /// Department code; `None` when only remote.
    pub department: Option<String>,
    /// Sessions can be followed remotely.
    pub online: bool,
    /// `collective`, `individual` or `both`.
    pub format: String,
    /// Session dates or rhythm, as written.
    pub rhythm: String,
    /// People enrolled at once.
    pub capacity: i64,
    /// Partner patients co-run sessions.
    pub co_run: bool,
    /// What the public reads.
    pub description: String,
    /// Condition keys.
    pub themes: Vec<String>,
}

/// A stored programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgrammeRecord {
    /// Its number.
    pub id: i64,
    /// What was written.
    pub details: NewProgramme,
    /// Open to sign-ups.
    pub open: bool,
    /// Coordinators handling its sign-ups.
    pub handlers: Vec<(Platform, UserId)>,
}

/// Where a sign-up stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignupStatus {
    /// Asked, waiting for the team.
    Requested,
    /// The team proposed dates for the shared assessment (BEP).
    BepProposed,
    /// The person picked a BEP date.
    BepConfirmed,
    /// Enrolled in the programme.
    Enrolled,
    /// Refused by the team, with a reason.
    Refused,
    /// On the waiting list.
    Waitlisted,
    /// Withdrawn by the person.
    Withdrawn,
}

impl SignupStatus {
    /// Every status, in the order of a sign-up's life.
    pub const ALL: [SignupStatus; 7] = [
        SignupStatus::Requested,
        SignupStatus::BepProposed,
        SignupStatus::BepConfirmed,
        SignupStatus::Enrolled,
        SignupStatus::Waitlisted,
        SignupStatus::Refused,
        SignupStatus::Withdrawn,
    ];

    /// The states a person can still withdraw from (every one but the ends).
    pub const LIVE: [SignupStatus; 5] = [
        SignupStatus::Requested,
        SignupStatus::BepProposed,
        SignupStatus::BepConfirmed,
        SignupStatus::Enrolled,
        SignupStatus::Waitlisted,
    ];

    /// Its name in the database (and in exports).
    pub fn as_str(self) -> &'static str {
        match self {
            SignupStatus::Requested => "requested",
            SignupStatus::BepProposed => "bep_proposed",
            SignupStatus::BepConfirmed => "bep_confirmed",
            SignupStatus::Enrolled => "enrolled",
            SignupStatus::Refused => "refused",
            SignupStatus::Waitlisted => "waitlisted",
            SignupStatus::Withdrawn => "withdrawn",
        }
    }

    fn parse(text: &str) -> Self {
        Self::ALL
            .into_iter()
            .find(|s| s.as_str() == text)
            .unwrap_or(SignupStatus::Withdrawn)
    }

    /// Whether the sign-up is still going on.
    pub fn is_live(self) -> bool {
        Self::LIVE.contains(&self)
    }
}

/// What a person chose to share with the team.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct NewSignup {
    /// Pseudonym or name they give.
    pub name: String,
    /// How the team may reach them.
    pub reach: String,
    /// Preferred time for the BEP.
    pub preference: String,
}

/// A stored sign-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignupRecord {
    /// Its number.
    pub id: i64,
    /// The programme.
    pub programme_id: i64,
    /// The person's platform.
    pub platform: Platform,
    /// The person.
    pub user: UserId,
    /// What they shared.
    pub shared: NewSignup,
    /// Where it stands.
    pub status: SignupStatus,
    /// Why it was refused.
    pub reason: Option<String>,
    /// BEP starts proposed (Unix seconds).
    pub bep_options: Vec<i64>,
    /// The BEP chosen.
    pub bep_at: Option<i64>,
    /// When asked.
    pub created_at: i64,
    /// Last change.
    pub updated_at: i64,
}

/// What became of a sign-up request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignupOutcome {
    /// Stored, as requested or (programme full) on the waiting list.
    Created(i64, SignupStatus),
    /// This person already has a live sign-up for this programme.
    AlreadyLive(i64),
    /// No such programme, or it is closed to sign-ups.
    Closed,
}

/// A change of state asked of a sign-up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transition<'a> {
    /// The states it may happen from.
    pub from: &'a [SignupStatus],
    /// The new state.
    pub to: SignupStatus,
    /// A refusal's reason.
    pub reason: Option<&'a str>,
    /// BEP starts proposed (kept as they are when `None`).
    pub bep_options: Option<&'a [i64]>,
    /// The BEP chosen (kept as it is when `None`).
    pub bep_at: Option<i64>,
    /// When set, the change happens only if the chosen BEP started by then: enrolment
    /// follows the shared assessment, it does not anticipate it.
    pub bep_held_by: Option<i64>,
}

impl<'a> Transition<'a> {
    /// A plain change of state.
    pub fn new(from: &'a [SignupStatus], to: SignupStatus) -> Self {
        Transition {
            from,
            to,
            reason: None,
            bep_options: None,
            bep_at: None,
            bep_held_by: None,
        }
    }
}

type ProgrammeRow = (
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    i64,
    String,
    String,
    i64,
    i64,
    String,
    String,
);

const PROGRAMME_COLUMNS: &str = "id, title, structure, team, address, department, online, \
     format, rhythm, capacity, co_run, description, status";

type SignupRow = (
    i64,
    i64,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    Option<i64>,
    i64,
    i64,
);

const SIGNUP_COLUMNS: &str = "id, programme_id, platform, user_id, name, reach, preference, \
     status, reason, bep_options, bep_at, created_at, updated_at";

fn signup(r: SignupRow) -> SignupRecord {
    SignupRecord {
        id: r.0,
        programme_id: r.1,
        platform: Platform::parse(&r.2).unwrap_or(Platform::Console),
        user: UserId(r.3),
        shared: NewSignup {
            name: r.4,
            reach: r.5,
            preference: r.6,
        },
        status: SignupStatus::parse(&r.7),
        reason: r.8,
        bep_options: r
            .9
            .split(',')
            .filter_map(|t| t.trim().parse().ok())
            .collect(),
        bep_at: r.10,
        created_at: r.11,
        updated_at: r.12,
    }
}

fn status_list(statuses: &[SignupStatus]) -> String {
    statuses
        .iter()
        .map(|s| format!("'{}'", s.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Tx {
    /// Stores a programme with its themes and the coordinators handling it; returns its
    /// number.
    pub async fn create_programme(
        &mut self,
        new: &NewProgramme,
        handlers: &[(Platform, UserId)],
        at: i64,
    ) -> Result<i64, StoreError> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO etp_programmes (title, structure, team, address, department, online, \
                 format, rhythm, capacity, co_run, description, status, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'open', $12) RETURNING id",
        )
        .bind(&new.title)
        .bind(&new.structure)
        .bind(&new.team)
        .bind(&new.address)
        .bind(new.department.as_deref())
        .bind(i64::from(new.online))
        .bind(&new.format)
        .bind(&new.rhythm)
        .bind(new.capacity)
        .bind(i64::from(new.co_run))
        .bind(&new.description)
        .bind(at)
        .fetch_one(&mut *self.inner)
        .await?;
        self.add_programme_themes(id, &new.themes).await?;
        for (platform, user) in handlers {
            sqlx::query(
                "INSERT INTO etp_handlers (programme_id, platform, user_id) VALUES ($1, $2, $3) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(platform.as_str())
            .bind(&user.0)
            .execute(&mut *self.inner)
            .await?;
        }
        Ok(id)
    }

    async fn add_programme_themes(&mut self, id: i64, themes: &[String]) -> Result<(), StoreError> {
        for theme in themes {
            sqlx::query(
                "INSERT INTO etp_themes (programme_id, theme) VALUES ($1, $2) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(theme)
            .execute(&mut *self.inner)
            .await?;
        }
        Ok(())
    }

    /// Changes what a programme says.
    pub async fn update_programme(
        &mut self,
        id: i64,
        new: &NewProgramme,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE etp_programmes SET title = $2, structure = $3, team = $4, address = $5, \
                 department = $6, online = $7, format = $8, rhythm = $9, capacity = $10, \
                 co_run = $11, description = $12 WHERE id = $1",
        )
        .bind(id)
        .bind(&new.title)
        .bind(&new.structure)
        .bind(&new.team)
        .bind(&new.address)
        .bind(new.department.as_deref())
        .bind(i64::from(new.online))
        .bind(&new.format)
        .bind(&new.rhythm)
        .bind(new.capacity)
        .bind(i64::from(new.co_run))
        .bind(&new.description)
        .execute(&mut *self.inner)
        .await?;
        sqlx::query("DELETE FROM etp_themes WHERE programme_id = $1")
            .bind(id)
            .execute(&mut *self.inner)
            .await?;
        self.add_programme_themes(id, &new.themes).await
    }

    /// Opens or closes a programme to sign-ups.
    pub async fn set_programme_open(&mut self, id: i64, open: bool) -> Result<(), StoreError> {
        sqlx::query("UPDATE etp_programmes SET status = $2 WHERE id = $1")
            .bind(id)
            .bind(if open { "open" } else { "closed" })
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    /// The programme with this number.
    pub async fn programme(&mut self, id: i64) -> Result<Option<ProgrammeRecord>, StoreError> {
        let sql = format!("SELECT {PROGRAMME_COLUMNS} FROM etp_programmes WHERE id = $1");
        let row: Option<ProgrammeRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.inner)
            .await?;
        match row {
            Some(row) => Ok(Some(self.complete_programme(row).await?)),
            None => Ok(None),
        }
    }

    /// Every programme (the open ones only, unless `closed_too`), by number.
    pub async fn programmes(
        &mut self,
        closed_too: bool,
    ) -> Result<Vec<ProgrammeRecord>, StoreError> {
        let sql = format!(
            "SELECT {PROGRAMME_COLUMNS} FROM etp_programmes WHERE $1 = 1 OR status = 'open' \
             ORDER BY id"
        );
        let rows: Vec<ProgrammeRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(i64::from(closed_too))
            .fetch_all(&mut *self.inner)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            out.push(self.complete_programme(row).await?);
        }
        Ok(out)
    }

    async fn complete_programme(&mut self, r: ProgrammeRow) -> Result<ProgrammeRecord, StoreError> {
        let themes: Vec<(String,)> =
            sqlx::query_as("SELECT theme FROM etp_themes WHERE programme_id = $1 ORDER BY theme")
                .bind(r.0)
                .fetch_all(&mut *self.inner)
                .await?;
        let handlers: Vec<(String, String)> = sqlx::query_as(
            "SELECT platform, user_id FROM etp_handlers WHERE programme_id = $1 \
             ORDER BY platform, user_id",
        )
        .bind(r.0)
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(ProgrammeRecord {
            id: r.0,
            details: NewProgramme {
                title: r.1,
                structure: r.2,
                team: r.3,
                address: r.4,
                department: r.5,
                online: r.6 != 0,
                format: r.7,
                rhythm: r.8,
                capacity: r.9,
                co_run: r.10 != 0,
                description: r.11,
                themes: themes.into_iter().map(|(t,)| t).collect(),
            },
            open: r.12 == "open",
            handlers: handlers
                .into_iter()
                .filter_map(|(p, u)| Platform::parse(&p).map(|p| (p, UserId(u))))
                .collect(),
        })
    }

    /// How many people are enrolled in a programme.
    pub async fn enrolled_count(&mut self, programme_id: i64) -> Result<i64, StoreError> {
        let (n,): (i64,) = sqlx::query_as(
            "SELECT COUNT(*) FROM etp_signups WHERE programme_id = $1 AND status = 'enrolled'",
        )
        .bind(programme_id)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(n)
    }

    /// Asks to join a programme; on the waiting list when it is full. The partial unique
    /// index refuses a second live sign-up of the same person.
    pub async fn sign_up(
        &mut self,
        programme_id: i64,
        person: (Platform, &UserId),
        shared: &NewSignup,
        at: i64,
    ) -> Result<SignupOutcome, StoreError> {
        let Some(programme) = self.programme(programme_id).await?.filter(|p| p.open) else {
            return Ok(SignupOutcome::Closed);
        };
        let status = if self.enrolled_count(programme_id).await? >= programme.details.capacity {
            SignupStatus::Waitlisted
        } else {
            SignupStatus::Requested
        };
        let inserted: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO etp_signups (programme_id, platform, user_id, name, reach, preference, \
                 status, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(programme_id)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .bind(&shared.name)
        .bind(&shared.reach)
        .bind(&shared.preference)
        .bind(status.as_str())
        .bind(at)
        .fetch_optional(&mut *self.inner)
        .await?;
        if let Some((id,)) = inserted {
            return Ok(SignupOutcome::Created(id, status));
        }
        let sql = format!(
            "SELECT id FROM etp_signups WHERE programme_id = $1 AND platform = $2 \
             AND user_id = $3 AND status IN ({})",
            status_list(&SignupStatus::LIVE)
        );
        let (existing,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(programme_id)
            .bind(person.0.as_str())
            .bind(&person.1.0)
            .fetch_one(&mut *self.inner)
            .await?;
        Ok(SignupOutcome::AlreadyLive(existing))
    }

    /// Moves a sign-up to another state if it is in one of `from`; returns whether it
    /// moved.
    pub async fn move_signup(
        &mut self,
        id: i64,
        change: &Transition<'_>,
        at: i64,
    ) -> Result<bool, StoreError> {
        let options = change
            .bep_options
            .map(|o| o.iter().map(i64::to_string).collect::<Vec<_>>().join(","));
        let sql = format!(
            "UPDATE etp_signups SET status = $2, updated_at = $3, \
                 reason = COALESCE($4, reason), bep_options = COALESCE($5, bep_options), \
                 bep_at = COALESCE($6, bep_at) \
             WHERE id = $1 AND status IN ({}) \
               AND (CAST($7 AS BIGINT) IS NULL OR (bep_at IS NOT NULL AND bep_at <= $7))",
            status_list(change.from)
        );
        let done = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(change.to.as_str())
            .bind(at)
            .bind(change.reason)
            .bind(options)
            .bind(change.bep_at)
            .bind(change.bep_held_by)
            .execute(&mut *self.inner)
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// The sign-up with this number.
    pub async fn signup(&mut self, id: i64) -> Result<Option<SignupRecord>, StoreError> {
        let sql = format!("SELECT {SIGNUP_COLUMNS} FROM etp_signups WHERE id = $1");
        let row: Option<SignupRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.inner)
            .await?;
        Ok(row.map(signup))
    }

    /// A person's sign-ups, newest first.
    pub async fn signups_of(
        &mut self,
        person: (Platform, &UserId),
    ) -> Result<Vec<SignupRecord>, StoreError> {
        let sql = format!(
            "SELECT {SIGNUP_COLUMNS} FROM etp_signups WHERE platform = $1 AND user_id = $2 \
             ORDER BY id DESC"
        );
        let rows: Vec<SignupRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(person.0.as_str())
            .bind(&person.1.0)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(signup).collect())
    }

    /// A programme's sign-ups in the given states (all of them when empty), oldest first.
    pub async fn programme_signups(
        &mut self,
        programme_id: i64,
        statuses: &[SignupStatus],
    ) -> Result<Vec<SignupRecord>, StoreError> {
        let filter = if statuses.is_empty() {
            String::new()
        } else {
            format!("AND status IN ({})", status_list(statuses))
        };
        let sql = format!(
            "SELECT {SIGNUP_COLUMNS} FROM etp_signups WHERE programme_id = $1 {filter} \
             ORDER BY id"
        );
        let rows: Vec<SignupRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(programme_id)
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(signup).collect())
    }
}
