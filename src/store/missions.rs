//! Partner missions (testimony, co-running ETP sessions, research…) and the applications to
//! them, moved by conditional updates like sign-ups.

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};

/// A mission offered to partner patients.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewMission {
    /// The programme it belongs to, if any.
    pub programme_id: Option<i64>,
    /// The project, when not a programme.
    pub project: String,
    /// One of the kinds the missions feature lists (`temoignage`, `co-animation`…).
    pub kind: String,
    /// Dates, as written.
    pub dates: String,
    /// The training required (a training key; `none` for no requirement).
    pub training: String,
    /// Paid for the work.
    pub paid: bool,
    /// Expenses reimbursed, a separate question from pay (`None` for missions posted
    /// before it was asked).
    pub reimbursed: Option<bool>,
    /// Partners wanted.
    pub places: i64,
    /// The short fiche de mission.
    pub sheet: String,
    /// The structure it belongs to (its programme's, or the organisation of the scoped
    /// coordinator who posted it; empty when unscoped): scoping follows it.
    pub structure: String,
}

/// A stored mission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissionRecord {
    /// Its number.
    pub id: i64,
    /// What was written.
    pub details: NewMission,
    /// Open to applications.
    pub open: bool,
    /// Partners selected so far.
    pub selected: i64,
}

/// Where an application stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplicationStatus {
    /// Waiting for the coordinator.
    Applied,
    /// Chosen.
    Selected,
    /// Not chosen.
    Declined,
    /// Withdrawn by the partner.
    Withdrawn,
}

impl ApplicationStatus {
    /// Its name in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ApplicationStatus::Applied => "applied",
            ApplicationStatus::Selected => "selected",
            ApplicationStatus::Declined => "declined",
            ApplicationStatus::Withdrawn => "withdrawn",
        }
    }

    fn parse(text: &str) -> Self {
        match text {
            "applied" => ApplicationStatus::Applied,
            "selected" => ApplicationStatus::Selected,
            "declined" => ApplicationStatus::Declined,
            _ => ApplicationStatus::Withdrawn,
        }
    }
}

/// A partner's application to a mission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationRecord {
    /// Its number.
    pub id: i64,
    /// The mission.
    pub mission_id: i64,
    /// The partner's platform.
    pub platform: Platform,
    /// The partner.
    pub user: UserId,
    /// The partner's profile number.
    pub partner_id: i64,
    /// Where it stands.
    pub status: ApplicationStatus,
    /// When the selected partner accepted the mission sheet and the charter, and which
    /// version of the charter.
    pub agreed: Option<(i64, i64)>,
}

/// What became of an application.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApplyOutcome {
    /// Stored.
    Applied(i64),
    /// This partner already applied (or was selected).
    AlreadyApplied(i64),
    /// No such mission, or it is closed.
    Closed,
}

/// What became of a selection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SelectOutcome {
    /// Selected.
    Selected,
    /// Every place is already filled.
    Full,
    /// Not an application waiting for a decision.
    Stale,
}

/// A mission's columns, then how many partners are selected.
type MissionRow = (
    i64,
    Option<i64>,
    String,
    String,
    String,
    String,
    i64,
    i64,
    String,
    String,
    Option<i64>,
    String,
    i64,
);

const MISSION_COLUMNS: &str = "m.id, m.programme_id, m.project, m.kind, m.dates, m.training, \
     m.paid, m.places, m.sheet, m.status, m.reimbursed, m.structure";

type ApplicationRow = (
    i64,
    i64,
    String,
    String,
    i64,
    String,
    Option<i64>,
    Option<i64>,
);

fn application(r: ApplicationRow) -> ApplicationRecord {
    ApplicationRecord {
        id: r.0,
        mission_id: r.1,
        platform: Platform::parse(&r.2).unwrap_or(Platform::Console),
        user: UserId(r.3),
        partner_id: r.4,
        status: ApplicationStatus::parse(&r.5),
        agreed: r.6.zip(r.7),
    }
}

impl Tx {
    /// Stores a mission; returns its number.
    pub async fn create_mission(&mut self, new: &NewMission, at: i64) -> Result<i64, StoreError> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO etp_missions (programme_id, project, kind, dates, training, paid, \
                 places, sheet, status, created_at, reimbursed, structure) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'open', $9, $10, $11) RETURNING id",
        )
        .bind(new.programme_id)
        .bind(&new.project)
        .bind(&new.kind)
        .bind(&new.dates)
        .bind(&new.training)
        .bind(i64::from(new.paid))
        .bind(new.places)
        .bind(&new.sheet)
        .bind(at)
        .bind(new.reimbursed.map(i64::from))
        .bind(&new.structure)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(id)
    }

    /// Opens or closes a mission to applications.
    pub async fn set_mission_open(&mut self, id: i64, open: bool) -> Result<(), StoreError> {
        sqlx::query("UPDATE etp_missions SET status = $2 WHERE id = $1")
            .bind(id)
            .bind(if open { "open" } else { "closed" })
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    /// Every mission (the open ones only, unless `closed_too`), with its places filled.
    pub async fn missions(&mut self, closed_too: bool) -> Result<Vec<MissionRecord>, StoreError> {
        let sql = format!(
            "SELECT {MISSION_COLUMNS}, (SELECT COUNT(*) FROM etp_applications a \
                 WHERE a.mission_id = m.id AND a.status = 'selected') \
             FROM etp_missions m WHERE $1 = 1 OR m.status = 'open' ORDER BY m.id"
        );
        let rows: Vec<MissionRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(i64::from(closed_too))
            .fetch_all(&mut *self.inner)
            .await?;
        Ok(rows.into_iter().map(mission).collect())
    }

    /// The mission with this number.
    pub async fn mission(&mut self, id: i64) -> Result<Option<MissionRecord>, StoreError> {
        Ok(self.missions(true).await?.into_iter().find(|m| m.id == id))
    }

    /// A partner applies to an open mission; the partial unique index refuses a second
    /// live application.
    pub async fn apply_to_mission(
        &mut self,
        mission_id: i64,
        person: (Platform, &UserId),
        partner_id: i64,
        at: i64,
    ) -> Result<ApplyOutcome, StoreError> {
        let open: Option<(i64,)> =
            sqlx::query_as("SELECT id FROM etp_missions WHERE id = $1 AND status = 'open'")
                .bind(mission_id)
                .fetch_optional(&mut *self.inner)
                .await?;
        if open.is_none() {
            return Ok(ApplyOutcome::Closed);
        }
        let inserted: Option<(i64,)> = sqlx::query_as(
            "INSERT INTO etp_applications (mission_id, platform, user_id, partner_id, status, \
                 created_at, updated_at) \
             VALUES ($1, $2, $3, $4, 'applied', $5, $5) ON CONFLICT DO NOTHING RETURNING id",
        )
        .bind(mission_id)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .bind(partner_id)
        .bind(at)
        .fetch_optional(&mut *self.inner)
        .await?;
        if let Some((id,)) = inserted {
            return Ok(ApplyOutcome::Applied(id));
        }
        let (id,): (i64,) = sqlx::query_as(
            "SELECT id FROM etp_applications WHERE mission_id = $1 AND platform = $2 \
             AND user_id = $3 AND status IN ('applied', 'selected')",
        )
        .bind(mission_id)
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(ApplyOutcome::AlreadyApplied(id))
    }

    /// The application with this number.
    pub async fn application(&mut self, id: i64) -> Result<Option<ApplicationRecord>, StoreError> {
        let row: Option<ApplicationRow> = sqlx::query_as(
            "SELECT id, mission_id, platform, user_id, partner_id, status, agreed_at, \
             charter_version \
             FROM etp_applications WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(row.map(application))
    }

    /// A mission's applications, oldest first.
    pub async fn applications_to(
        &mut self,
        mission_id: i64,
    ) -> Result<Vec<ApplicationRecord>, StoreError> {
        let rows: Vec<ApplicationRow> = sqlx::query_as(
            "SELECT id, mission_id, platform, user_id, partner_id, status, agreed_at, \
             charter_version \
             FROM etp_applications WHERE mission_id = $1 ORDER BY id",
        )
        .bind(mission_id)
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(rows.into_iter().map(application).collect())
    }

    /// A person's applications, newest first.
    pub async fn applications_of(
        &mut self,
        person: (Platform, &UserId),
    ) -> Result<Vec<ApplicationRecord>, StoreError> {
        let rows: Vec<ApplicationRow> = sqlx::query_as(
            "SELECT id, mission_id, platform, user_id, partner_id, status, agreed_at, \
             charter_version \
             FROM etp_applications WHERE platform = $1 AND user_id = $2 ORDER BY id DESC",
        )
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(rows.into_iter().map(application).collect())
    }

    /// Selects an application while the mission has a place left. The mission's row is
    /// locked first, so two coordinators selecting at once never fill more places than
    /// there are.
    pub async fn select_application(
        &mut self,
        id: i64,
        at: i64,
    ) -> Result<SelectOutcome, StoreError> {
        let Some(app) = self.application(id).await? else {
            return Ok(SelectOutcome::Stale);
        };
        sqlx::query("UPDATE etp_missions SET places = places WHERE id = $1")
            .bind(app.mission_id)
            .execute(&mut *self.inner)
            .await?;
        let (selected, places): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM etp_applications WHERE mission_id = $1 \
                 AND status = 'selected'), places FROM etp_missions WHERE id = $1",
        )
        .bind(app.mission_id)
        .fetch_one(&mut *self.inner)
        .await?;
        if selected >= places {
            return Ok(SelectOutcome::Full);
        }
        let done = sqlx::query(
            "UPDATE etp_applications SET status = 'selected', updated_at = $2 \
             WHERE id = $1 AND status = 'applied'",
        )
        .bind(id)
        .bind(at)
        .execute(&mut *self.inner)
        .await?;
        Ok(if done.rows_affected() == 1 {
            SelectOutcome::Selected
        } else {
            SelectOutcome::Stale
        })
    }

    /// Moves an application from `from` to `to` (declined, withdrawn); returns whether it
    /// moved.
    pub async fn move_application(
        &mut self,
        id: i64,
        from: &[ApplicationStatus],
        to: ApplicationStatus,
        at: i64,
    ) -> Result<bool, StoreError> {
        let from = from
            .iter()
            .map(|s| format!("'{}'", s.as_str()))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "UPDATE etp_applications SET status = $2, updated_at = $3 \
             WHERE id = $1 AND status IN ({from})"
        );
        let done = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .bind(to.as_str())
            .bind(at)
            .execute(&mut *self.inner)
            .await?;
        Ok(done.rows_affected() == 1)
    }
}

fn mission(r: MissionRow) -> MissionRecord {
    MissionRecord {
        id: r.0,
        details: NewMission {
            programme_id: r.1,
            project: r.2,
            kind: r.3,
            dates: r.4,
            training: r.5,
            paid: r.6 != 0,
            reimbursed: r.10.map(|v| v != 0),
            places: r.7,
            sheet: r.8,
            structure: r.11,
        },
        open: r.9 == "open",
        selected: r.12,
    }
}
