//! The fictional demo: invented partners (`data/demo/partners.toml`) loaded into the
//! directory by `pairbot console --demo`. Every person in it is made up.

use crate::core::{Platform, UserId};
use crate::store::{PartnerProfile, PartnerStatus, Store, StoreError};
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
}

/// The fictional partners.
pub fn partners() -> Result<Vec<PartnerProfile>, DemoError> {
    toml::from_str::<DemoFile>(PARTNERS)
        .map(|f| f.partner)
        .map_err(|e| DemoError::Invalid(e.message().to_owned()))
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
        added += 1;
    }
    tx.commit().await?;
    Ok(added)
}
