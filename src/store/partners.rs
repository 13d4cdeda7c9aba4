//! Partner profiles of the directory.

use super::{StoreError, Tx, now};
use crate::core::message::{Platform, UserId};
use serde::{Deserialize, Serialize};

/// What a partner declares about themselves.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PartnerProfile {
    /// Display name shown to others.
    pub pseudonym: String,
    /// Role keys (`pair-aidant`, `patient-ressource`…).
    pub roles: Vec<String>,
    /// Condition keys of lived experience.
    pub conditions: Vec<String>,
    /// Experience outside the vocabulary, as typed.
    pub extra_conditions: String,
    /// Department codes where they act.
    pub departments: Vec<String>,
    /// Whether they also meet people online.
    pub online: bool,
    /// Language keys.
    pub languages: Vec<String>,
    /// Training key.
    pub training: String,
    /// Mission keys they accept.
    pub missions: Vec<String>,
    /// When they are available, as typed.
    pub availability: String,
    /// A short presentation.
    pub bio: String,
    /// The association or structure they belong to.
    pub association: String,
}

/// Where a profile is in its review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerStatus {
    /// Waiting for a coordinator.
    Pending,
    /// Visible in the directory (unless paused).
    Approved,
    /// Refused, with a reason.
    Refused,
}

impl PartnerStatus {
    fn as_str(self) -> &'static str {
        match self {
            PartnerStatus::Pending => "pending",
            PartnerStatus::Approved => "approved",
            PartnerStatus::Refused => "refused",
        }
    }

    fn parse(text: &str) -> Self {
        match text {
            "approved" => PartnerStatus::Approved,
            "refused" => PartnerStatus::Refused,
            _ => PartnerStatus::Pending,
        }
    }
}

/// A stored profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerRecord {
    /// Its number, used by coordinators (`/valider 12`).
    pub id: i64,
    /// The partner's platform.
    pub platform: Platform,
    /// The partner.
    pub user: UserId,
    /// What they declared.
    pub profile: PartnerProfile,
    /// Review status.
    pub status: PartnerStatus,
    /// Hidden by the partner for now.
    pub paused: bool,
    /// Why it was refused.
    pub refusal_reason: Option<String>,
    /// Grows by one at each save: a review names the revision it approves.
    pub revision: i64,
}

/// Tag kinds of `partner_tags`, with the profile lists they hold.
const TAG_KINDS: [&str; 5] = ["role", "condition", "department", "language", "mission"];

fn tags_of(profile: &PartnerProfile) -> [(&'static str, &Vec<String>); 5] {
    [
        (TAG_KINDS[0], &profile.roles),
        (TAG_KINDS[1], &profile.conditions),
        (TAG_KINDS[2], &profile.departments),
        (TAG_KINDS[3], &profile.languages),
        (TAG_KINDS[4], &profile.missions),
    ]
}

type PartnerRow = (
    i64,
    String,
    String,
    String,
    String,
    i64,
    String,
    String,
    String,
    String,
    String,
    i64,
    Option<String>,
    i64,
);

const PARTNER_COLUMNS: &str = "id, platform, user_id, pseudonym, extra_conditions, online, \
     training, availability, bio, association, status, paused, refusal_reason, revision";

impl Tx {
    /// Creates or replaces a person's profile; it is pending review again. Returns its number
    /// and revision.
    pub async fn save_partner(
        &mut self,
        platform: Platform,
        user: &UserId,
        profile: &PartnerProfile,
    ) -> Result<(i64, i64), StoreError> {
        let at = now();
        let (id, revision): (i64, i64) = sqlx::query_as(
            "INSERT INTO partners (platform, user_id, pseudonym, extra_conditions, online, \
                 training, availability, bio, association, status, paused, refusal_reason, \
                 created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', 0, NULL, $10, $10) \
             ON CONFLICT (platform, user_id) DO UPDATE SET \
                 pseudonym = excluded.pseudonym, extra_conditions = excluded.extra_conditions, \
                 online = excluded.online, training = excluded.training, \
                 availability = excluded.availability, bio = excluded.bio, \
                 association = excluded.association, status = 'pending', \
                 refusal_reason = NULL, updated_at = excluded.updated_at, \
                 revision = partners.revision + 1 \
             RETURNING id, revision",
        )
        .bind(platform.as_str())
        .bind(&user.0)
        .bind(&profile.pseudonym)
        .bind(&profile.extra_conditions)
        .bind(i64::from(profile.online))
        .bind(&profile.training)
        .bind(&profile.availability)
        .bind(&profile.bio)
        .bind(&profile.association)
        .bind(at)
        .fetch_one(&mut *self.inner)
        .await?;
        sqlx::query("DELETE FROM partner_tags WHERE platform = $1 AND user_id = $2")
            .bind(platform.as_str())
            .bind(&user.0)
            .execute(&mut *self.inner)
            .await?;
        for (kind, values) in tags_of(profile) {
            for value in values {
                sqlx::query(
                    "INSERT INTO partner_tags (platform, user_id, kind, value) \
                     VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                )
                .bind(platform.as_str())
                .bind(&user.0)
                .bind(kind)
                .bind(value)
                .execute(&mut *self.inner)
                .await?;
            }
        }
        self.bump_directory_version(id).await?;
        Ok((id, revision))
    }

    /// The directory's version: it changes whenever what search may show changes.
    pub async fn directory_version(&mut self) -> Result<i64, StoreError> {
        let (version,): (i64,) =
            sqlx::query_as("SELECT version FROM directory_version WHERE id = 1")
                .fetch_one(&mut *self.inner)
                .await?;
        Ok(version)
    }

    /// Marks profile `partner_id` as changed in a new directory version (part of this
    /// transaction).
    pub(super) async fn bump_directory_version(
        &mut self,
        partner_id: i64,
    ) -> Result<(), StoreError> {
        // The counter row also serialises concurrent bumps, so versions are never reused.
        let (version,): (i64,) = sqlx::query_as(
            "UPDATE directory_version SET version = version + 1 WHERE id = 1 RETURNING version",
        )
        .fetch_one(&mut *self.inner)
        .await?;
        sqlx::query(
            "INSERT INTO directory_changes (version, partner_id, changed_at) VALUES ($1, $2, $3)",
        )
        .bind(version)
        .bind(partner_id)
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// The profiles changed after directory version `since`; `None` when changes that old
    /// were purged (the caller must read everything again).
    pub async fn directory_changes_since(
        &mut self,
        since: i64,
    ) -> Result<Option<Vec<i64>>, StoreError> {
        let (oldest,): (Option<i64>,) =
            sqlx::query_as("SELECT MIN(version) FROM directory_changes")
                .fetch_one(&mut *self.inner)
                .await?;
        if oldest.is_some_and(|oldest| oldest > since + 1) {
            return Ok(None);
        }
        let ids: Vec<(i64,)> =
            sqlx::query_as("SELECT DISTINCT partner_id FROM directory_changes WHERE version > $1")
                .bind(since)
                .fetch_all(&mut *self.inner)
                .await?;
        Ok(Some(ids.into_iter().map(|(id,)| id).collect()))
    }

    /// Forgets directory changes older than `before` (Unix seconds); returns how many.
    pub async fn purge_directory_changes(&mut self, before: i64) -> Result<u64, StoreError> {
        // The newest change is kept whatever its age: it tells which version is current.
        let done = sqlx::query(
            "DELETE FROM directory_changes WHERE changed_at < $1 \
             AND version < (SELECT MAX(version) FROM directory_changes)",
        )
        .bind(before)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected())
    }

    /// A person's own profile.
    pub async fn partner_of(
        &mut self,
        platform: Platform,
        user: &UserId,
    ) -> Result<Option<PartnerRecord>, StoreError> {
        let sql =
            format!("SELECT {PARTNER_COLUMNS} FROM partners WHERE platform = $1 AND user_id = $2");
        let row: Option<PartnerRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(platform.as_str())
            .bind(&user.0)
            .fetch_optional(&mut *self.inner)
            .await?;
        match row {
            Some(row) => Ok(Some(self.complete(row).await?)),
            None => Ok(None),
        }
    }

    /// The profile with this number.
    pub async fn partner(&mut self, id: i64) -> Result<Option<PartnerRecord>, StoreError> {
        let sql = format!("SELECT {PARTNER_COLUMNS} FROM partners WHERE id = $1");
        let row: Option<PartnerRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.inner)
            .await?;
        match row {
            Some(row) => Ok(Some(self.complete(row).await?)),
            None => Ok(None),
        }
    }

    /// The profiles with these numbers, in the same order (missing ones left out).
    pub async fn partners_by_ids(&mut self, ids: &[i64]) -> Result<Vec<PartnerRecord>, StoreError> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let list = super::placeholders(ids.len());
        let sql = format!("SELECT {PARTNER_COLUMNS} FROM partners WHERE id IN ({list})");
        let mut query = sqlx::query_as::<_, PartnerRow>(sqlx::AssertSqlSafe(sql));
        for id in ids {
            query = query.bind(*id);
        }
        let rows = query.fetch_all(&mut *self.inner).await?;
        let sql = format!(
            "SELECT p.id, t.kind, t.value FROM partner_tags t \
             JOIN partners p ON p.platform = t.platform AND p.user_id = t.user_id \
             WHERE p.id IN ({list}) ORDER BY t.kind, t.value"
        );
        let mut query = sqlx::query_as::<_, (i64, String, String)>(sqlx::AssertSqlSafe(sql));
        for id in ids {
            query = query.bind(*id);
        }
        let mut tags: std::collections::HashMap<i64, Vec<(String, String)>> =
            std::collections::HashMap::new();
        for (id, kind, value) in query.fetch_all(&mut *self.inner).await? {
            tags.entry(id).or_default().push((kind, value));
        }
        let mut records: Vec<PartnerRecord> = rows
            .into_iter()
            .map(|row| {
                let own = tags.remove(&row.0).unwrap_or_default();
                record(row, &own)
            })
            .collect();
        records.sort_by_key(|r| ids.iter().position(|id| *id == r.id));
        Ok(records)
    }

    /// Profiles waiting for review, oldest first.
    pub async fn pending_partners(&mut self, limit: i64) -> Result<Vec<PartnerRecord>, StoreError> {
        let sql = format!(
            "SELECT {PARTNER_COLUMNS} FROM partners WHERE status = 'pending' \
             ORDER BY updated_at, id LIMIT $1"
        );
        let rows: Vec<PartnerRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(limit)
            .fetch_all(&mut *self.inner)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            out.push(self.complete(row).await?);
        }
        Ok(out)
    }

    /// The numbers of approved profiles with this pseudonym (letter case aside).
    pub async fn approved_partners_named(
        &mut self,
        pseudonym: &str,
    ) -> Result<Vec<i64>, StoreError> {
        let rows: Vec<(i64,)> = sqlx::query_as(
            "SELECT id FROM partners WHERE status = 'approved' \
             AND LOWER(pseudonym) = LOWER($1) ORDER BY id",
        )
        .bind(pseudonym.trim())
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// Every approved profile not paused: the directory as searchers see it.
    pub async fn visible_partners(&mut self) -> Result<Vec<PartnerRecord>, StoreError> {
        self.partners_where("p.status = 'approved' AND p.paused = 0")
            .await
    }

    /// Every profile, whatever its review (for `pairbot export partners`).
    pub async fn all_partners(&mut self) -> Result<Vec<PartnerRecord>, StoreError> {
        self.partners_where("1 = 1").await
    }

    /// The profiles matching `filter` (a constant condition on `partners p`), by number.
    async fn partners_where(
        &mut self,
        filter: &'static str,
    ) -> Result<Vec<PartnerRecord>, StoreError> {
        let sql = format!("SELECT {PARTNER_COLUMNS} FROM partners p WHERE {filter} ORDER BY id");
        let rows: Vec<PartnerRow> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut *self.inner)
            .await?;
        // All their tags in one query rather than one per profile.
        let sql = format!(
            "SELECT t.platform, t.user_id, t.kind, t.value FROM partner_tags t \
             JOIN partners p ON p.platform = t.platform AND p.user_id = t.user_id \
             WHERE {filter} ORDER BY t.kind, t.value"
        );
        let tags: Vec<(String, String, String, String)> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut *self.inner)
            .await?;
        let mut by_person: std::collections::HashMap<(String, String), Vec<(String, String)>> =
            std::collections::HashMap::new();
        for (platform, user, kind, value) in tags {
            by_person
                .entry((platform, user))
                .or_default()
                .push((kind, value));
        }
        Ok(rows
            .into_iter()
            .map(|row| {
                let tags = by_person
                    .remove(&(row.1.clone(), row.2.clone()))
                    .unwrap_or_default();
                record(row, &tags)
            })
            .collect())
    }

    /// Approves or refuses revision `revision` of a pending profile; `false` when it is not
    /// pending (any more) or was edited since.
    pub async fn decide_partner(
        &mut self,
        id: i64,
        revision: i64,
        status: PartnerStatus,
        reason: Option<&str>,
    ) -> Result<bool, StoreError> {
        // Only a pending profile can be decided, so two coordinators never both decide it,
        // and only the revision the coordinator saw.
        let done = sqlx::query(
            "UPDATE partners SET status = $2, refusal_reason = $3, updated_at = $4 \
             WHERE id = $1 AND status = 'pending' AND revision = $5",
        )
        .bind(id)
        .bind(status.as_str())
        .bind(reason)
        .bind(now())
        .bind(revision)
        .execute(&mut *self.inner)
        .await?;
        if done.rows_affected() == 1 {
            self.bump_directory_version(id).await?;
        }
        Ok(done.rows_affected() == 1)
    }

    /// Hides or shows one's profile; `false` when there is none.
    pub async fn set_partner_paused(
        &mut self,
        platform: Platform,
        user: &UserId,
        paused: bool,
    ) -> Result<bool, StoreError> {
        let id: Option<(i64,)> = sqlx::query_as(
            "UPDATE partners SET paused = $3, updated_at = $4 WHERE platform = $1 AND user_id = $2 \
             RETURNING id",
        )
        .bind(platform.as_str())
        .bind(&user.0)
        .bind(i64::from(paused))
        .bind(now())
        .fetch_optional(&mut *self.inner)
        .await?;
        if let Some((id,)) = id {
            self.bump_directory_version(id).await?;
        }
        Ok(id.is_some())
    }

    async fn complete(&mut self, row: PartnerRow) -> Result<PartnerRecord, StoreError> {
        let tags: Vec<(String, String)> = sqlx::query_as(
            "SELECT kind, value FROM partner_tags WHERE platform = $1 AND user_id = $2 \
             ORDER BY kind, value",
        )
        .bind(&row.1)
        .bind(&row.2)
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(record(row, &tags))
    }
}

/// A profile from its row and its (kind, value) tags.
fn record(row: PartnerRow, tags: &[(String, String)]) -> PartnerRecord {
    let (
        id,
        platform,
        user_id,
        pseudonym,
        extra,
        online,
        training,
        availability,
        bio,
        association,
        status,
        paused,
        reason,
        revision,
    ) = row;
    let of = |kind: &str| -> Vec<String> {
        tags.iter()
            .filter(|(k, _)| k == kind)
            .map(|(_, v)| v.clone())
            .collect()
    };
    PartnerRecord {
        id,
        platform: Platform::parse(&platform).unwrap_or(Platform::Console),
        user: UserId(user_id),
        profile: PartnerProfile {
            pseudonym,
            roles: of("role"),
            conditions: of("condition"),
            extra_conditions: extra,
            departments: of("department"),
            online: online != 0,
            languages: of("language"),
            training,
            missions: of("mission"),
            availability,
            bio,
            association,
        },
        status: PartnerStatus::parse(&status),
        paused: paused != 0,
        refusal_reason: reason,
        revision,
    }
}
