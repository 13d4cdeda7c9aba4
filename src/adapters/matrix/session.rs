//! The bot's Matrix session on disk: where it lives, how a token's device is found, and
//! how it is saved (readable by its owner only: it holds the access token).

use super::{MatrixError, MatrixOptions};
use matrix_sdk::Client;
use matrix_sdk::authentication::matrix::MatrixSession;
use std::path::PathBuf;

pub(super) fn session_path(options: &MatrixOptions) -> PathBuf {
    options.store_dir.join("session.json")
}

pub(super) fn login_error(options: &MatrixOptions, e: impl std::fmt::Display) -> MatrixError {
    MatrixError::Login {
        homeserver: options.homeserver.clone(),
        reason: e.to_string(),
    }
}

pub(super) async fn whoami_device(
    options: &MatrixOptions,
    token: &str,
) -> Result<String, MatrixError> {
    let url = format!(
        "{}/_matrix/client/v3/account/whoami",
        options.homeserver.trim_end_matches('/')
    );
    let answer: serde_json::Value = matrix_sdk::reqwest::Client::new()
        .get(url)
        .bearer_auth(token)
        .send()
        .await
        .map_err(|e| login_error(options, e.without_url()))?
        .text()
        .await
        .ok()
        .and_then(|body| serde_json::from_str(&body).ok())
        .unwrap_or_default();
    answer["device_id"]
        .as_str()
        .map(str::to_owned)
        .ok_or_else(|| login_error(options, "the access token has no device"))
}

pub(super) fn save_session(
    options: &MatrixOptions,
    session: &MatrixSession,
) -> Result<(), MatrixError> {
    let path = session_path(options);
    let store_err = |e: std::io::Error| MatrixError::Store {
        path: path.display().to_string(),
        reason: e.to_string(),
    };
    let json = serde_json::to_string(session).map_err(|e| MatrixError::Store {
        path: path.display().to_string(),
        reason: e.to_string(),
    })?;
    // The session holds the access token: readable by its owner only, from its creation.
    crate::files::write_private(&path, json.as_bytes()).map_err(store_err)
}

/// The client over the bot's encrypted stores (not logged in yet).
pub(super) async fn open_client(
    options: &MatrixOptions,
) -> Result<Client, matrix_sdk::ClientBuildError> {
    // No server-side key backup, said explicitly: the device's keys live in the encrypted
    // store, which is what a restart needs.
    let encryption = matrix_sdk::encryption::EncryptionSettings {
        auto_enable_cross_signing: false,
        backup_download_strategy: matrix_sdk::encryption::BackupDownloadStrategy::Manual,
        auto_enable_backups: false,
    };
    let dir = options.store_dir.join("sdk");
    let crypto = matrix_sdk::SqliteCryptoStore::open_with_config(
        &matrix_sdk::SqliteStoreConfig::new(&dir).passphrase(options.store_passphrase.as_deref()),
    )
    .await?;
    // One process owns these stores: no cross-process lock to take and renew.
    let single = matrix_sdk::cross_process_lock::CrossProcessLockConfig::SingleProcess;
    Client::builder()
        .homeserver_url(&options.homeserver)
        .with_encryption_settings(encryption)
        .cross_process_store_config(single.clone())
        .store_config(matrix_sdk::config::StoreConfig::new(single).crypto_store(crypto))
        .build()
        .await
}

/// Removes the room-state, event-cache and media stores that earlier versions kept beside
/// the crypto store: nothing reads them any more, and they held members' names.
pub(super) fn forget_room_state_files(dir: &std::path::Path) {
    for name in [
        matrix_sdk::STATE_STORE_DATABASE_NAME,
        "matrix-sdk-event-cache.sqlite3",
        "matrix-sdk-media.sqlite3",
    ] {
        for suffix in ["", "-wal", "-shm"] {
            let path = dir.join(format!("{name}{suffix}"));
            if path.exists() && std::fs::remove_file(&path).is_ok() {
                tracing::info!(file = %path.display(), "removed a store no longer used");
            }
        }
    }
}
