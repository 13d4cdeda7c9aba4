//! The bot's Matrix session on disk: where it lives, how a token's device is found, and
//! how it is saved (readable by its owner only: it holds the access token).

use super::{MatrixError, MatrixOptions};
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
