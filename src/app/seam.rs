//! The narrow part of the store the adapters may touch: small keyed values they keep
//! between runs (a polling offset, a sync marker, a power level to restore), their claims
//! on the outbox, and who was promoted from the chat. Everything else goes through
//! [`Engine::handle`] and the outbox.

use super::{Engine, EngineError};
use crate::core::{Platform, UserId};
use crate::store::Store;

/// What an adapter may read and keep in the store.
#[derive(Clone, Copy)]
pub struct AdapterState<'e> {
    store: &'e Store,
}

impl AdapterState<'_> {
    /// The value kept under `key` (namespaced by the adapter: `telegram.offset.<bot>`).
    pub async fn get(&self, key: &str) -> Result<Option<String>, EngineError> {
        Ok(self.store.adapter_state(key).await?)
    }

    /// Keeps `value` under `key`; an empty value forgets it. A key about a person starts
    /// with their platform's name and ends with `:<their platform id>`
    /// (`matrix.muted:<room>:@anne:exemple.org`): erasing the person removes it.
    pub async fn set(&self, key: &str, value: &str) -> Result<(), EngineError> {
        Ok(self.store.set_adapter_state(key, value).await?)
    }

    /// Gives back the outbox messages a killed process of this platform had claimed, so
    /// they go out now (one process per platform and database).
    pub async fn release_claims(&self, platform: Platform) -> Result<u64, EngineError> {
        Ok(self.store.release_claims(platform).await?)
    }

    /// The people of `platform` promoted to a role from the chat (for platform command
    /// menus).
    pub async fn promoted(&self, platform: Platform) -> Result<Vec<UserId>, EngineError> {
        let mut tx = self.store.begin_read().await?;
        let roles = tx.roles().await?;
        tx.rollback().await?;
        Ok(roles
            .into_iter()
            .filter(|r| r.person.0 == platform)
            .map(|r| r.person.1)
            .collect())
    }
}

impl Engine {
    /// What adapters may read and keep in the store.
    pub fn adapter_state(&self) -> AdapterState<'_> {
        AdapterState {
            store: self.store(),
        }
    }
}
