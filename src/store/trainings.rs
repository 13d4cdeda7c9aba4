//! The trainings partners record on their path (personal: erased with the person).

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};

/// A training a partner followed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingRecord {
    /// Its number.
    pub id: i64,
    /// A training key of the directory's vocabulary.
    pub training: String,
    /// Who gave it, as the partner wrote it.
    pub organisation: String,
    /// When it was completed, `YYYY-MM`.
    pub completed: String,
}

/// An approved partner as eligibility needs them: (profile number, pseudonym, the training
/// on their profile, the trainings they recorded).
pub type PartnerPath = (i64, String, String, Vec<String>);

impl Tx {
    /// Records a training (key, organisation, `YYYY-MM`) on a person's path; returns its
    /// number.
    pub async fn add_training(
        &mut self,
        person: (Platform, &UserId),
        (training, organisation, completed): (&str, &str, &str),
        at: i64,
    ) -> Result<i64, StoreError> {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO partner_trainings (platform, user_id, training, organisation, \
                 completed, created_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .bind(training)
        .bind(organisation)
        .bind(completed)
        .bind(at)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(id)
    }

    /// A person's recorded trainings, most recent first.
    pub async fn trainings_of(
        &mut self,
        person: (Platform, &UserId),
    ) -> Result<Vec<TrainingRecord>, StoreError> {
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT id, training, organisation, completed FROM partner_trainings \
             WHERE platform = $1 AND user_id = $2 ORDER BY completed DESC, id DESC",
        )
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, training, organisation, completed)| TrainingRecord {
                id,
                training,
                organisation,
                completed,
            })
            .collect())
    }

    /// Every approved partner with their path, by profile number: two reads whatever
    /// their number.
    pub async fn approved_paths(&mut self) -> Result<Vec<PartnerPath>, StoreError> {
        let partners: Vec<(i64, String, String, String, String)> = sqlx::query_as(
            "SELECT id, platform, user_id, pseudonym, training FROM partners \
             WHERE status = 'approved' ORDER BY id",
        )
        .fetch_all(&mut *self.inner)
        .await?;
        let recorded: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT t.platform, t.user_id, t.training FROM partner_trainings t \
             JOIN partners p ON p.platform = t.platform AND p.user_id = t.user_id \
             WHERE p.status = 'approved'",
        )
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(partners
            .into_iter()
            .map(|(id, platform, user, pseudonym, training)| {
                let path = recorded
                    .iter()
                    .filter(|(p, u, _)| *p == platform && *u == user)
                    .map(|(_, _, t)| t.clone())
                    .collect();
                (id, pseudonym, training, path)
            })
            .collect())
    }
}
