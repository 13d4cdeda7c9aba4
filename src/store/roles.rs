//! Coordinator roles given from the chat (the configuration names admins and the first
//! coordinators).

use super::{StoreError, Tx};
use crate::core::message::{Platform, UserId};

/// A role given from the chat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRecord {
    /// Who holds it.
    pub person: (Platform, UserId),
    /// The organisation they act for, if scoped.
    pub organisation: Option<String>,
    /// When it was given (Unix seconds).
    pub granted_at: i64,
}

impl Tx {
    /// Makes a person a coordinator (again), scoped to an organisation or not.
    pub async fn grant_coordinator(
        &mut self,
        person: (Platform, &UserId),
        organisation: Option<&str>,
        at: i64,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO roles (platform, user_id, role, organisation, granted_at) \
             VALUES ($1, $2, 'coordinator', $3, $4) \
             ON CONFLICT (platform, user_id) DO UPDATE SET \
                 organisation = excluded.organisation, granted_at = excluded.granted_at",
        )
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .bind(organisation)
        .bind(at)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Takes a person's role away; returns whether they had one.
    pub async fn revoke_coordinator(
        &mut self,
        person: (Platform, &UserId),
    ) -> Result<bool, StoreError> {
        let done = sqlx::query("DELETE FROM roles WHERE platform = $1 AND user_id = $2")
            .bind(person.0.as_str())
            .bind(&person.1.0)
            .execute(&mut *self.inner)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// The role a person was given from the chat, if any.
    pub async fn role_of(
        &mut self,
        person: (Platform, &UserId),
    ) -> Result<Option<RoleRecord>, StoreError> {
        let row: Option<(Option<String>, i64)> = sqlx::query_as(
            "SELECT organisation, granted_at FROM roles WHERE platform = $1 AND user_id = $2",
        )
        .bind(person.0.as_str())
        .bind(&person.1.0)
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(row.map(|(organisation, granted_at)| RoleRecord {
            person: (person.0, person.1.clone()),
            organisation,
            granted_at,
        }))
    }

    /// Every role given from the chat, oldest first.
    pub async fn roles(&mut self) -> Result<Vec<RoleRecord>, StoreError> {
        let rows: Vec<(String, String, Option<String>, i64)> = sqlx::query_as(
            "SELECT platform, user_id, organisation, granted_at FROM roles ORDER BY granted_at",
        )
        .fetch_all(&mut *self.inner)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(p, u, organisation, granted_at)| {
                Platform::parse(&p).map(|p| RoleRecord {
                    person: (p, UserId(u)),
                    organisation,
                    granted_at,
                })
            })
            .collect())
    }
}
