//! Webhook mode: Telegram posts updates to an HTTPS URL; each request must carry the secret
//! token, or it gets 401 and is never processed.

use super::{Telegram, TelegramError, WebhookOptions, transport::error_kind};
use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use teloxide::prelude::*;
use teloxide::types::AllowedUpdate;
use tokio::sync::watch;

/// The header Telegram sends the secret in.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// Compares the secret in constant time. An empty secret matches nothing: it would let an
/// empty header through.
pub fn secret_matches(headers: &HeaderMap, secret: &str) -> bool {
    let Some(given) = headers.get(SECRET_HEADER) else {
        return false;
    };
    if secret.is_empty() {
        return false;
    }
    let (a, b) = (given.as_bytes(), secret.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[derive(Clone)]
struct AppState {
    telegram: Telegram,
    secret: String,
}

/// The HTTP routes: `path` takes updates.
pub fn router(telegram: Telegram, path: &str, secret: String) -> Router {
    Router::new()
        .route(path, post(receive))
        .with_state(AppState { telegram, secret })
}

async fn receive(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> StatusCode {
    if !secret_matches(&headers, &state.secret) {
        tracing::warn!("webhook request without the right secret refused");
        return StatusCode::UNAUTHORIZED;
    }
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(&body) else {
        return StatusCode::BAD_REQUEST;
    };
    match state.telegram.process(&value).await {
        Ok(_) => StatusCode::OK,
        // Telegram offers the update again later.
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// Registers the webhook with Telegram and serves it until `shutdown`.
pub async fn serve(
    telegram: &Telegram,
    options: &WebhookOptions,
    mut shutdown: watch::Receiver<bool>,
) -> Result<(), TelegramError> {
    let url: reqwest::Url = options
        .url
        .parse()
        .map_err(|_| TelegramError::WebhookUrl(options.url.clone()))?;
    let path = match url.path() {
        "" => "/".to_owned(),
        p => p.to_owned(),
    };
    let listener = tokio::net::TcpListener::bind(options.listen)
        .await
        .map_err(|e| TelegramError::Listen {
            addr: options.listen,
            reason: e.to_string(),
        })?;
    telegram
        .transport()
        .bot()
        .set_webhook(url)
        .secret_token(options.secret.clone())
        .allowed_updates(vec![
            AllowedUpdate::Message,
            AllowedUpdate::EditedMessage,
            AllowedUpdate::CallbackQuery,
        ])
        .await
        .map_err(|e| TelegramError::SetWebhook(error_kind(&e)))?;
    let app = router(telegram.clone(), &path, options.secret.clone());
    // Telegram accepted the webhook: the bot counts as connected while it listens (updates
    // may be rare; a refused or failing webhook shows in `getWebhookInfo`, not here).
    let engine = telegram.engine.clone();
    let mut listening = shutdown.clone();
    tokio::spawn(async move {
        while !*listening.borrow() {
            engine.platform_alive(crate::core::Platform::Telegram);
            let _ =
                tokio::time::timeout(std::time::Duration::from_secs(30), listening.changed()).await;
        }
    });
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            let _ = shutdown.wait_for(|stop| *stop).await;
        })
        .await
        .map_err(|e| TelegramError::Listen {
            addr: options.listen,
            reason: e.to_string(),
        })
}

/// Whether a configured secret is one Telegram accepts and worth having: 16 to 256 letters,
/// digits, `_` or `-` (an empty or short one would be guessed, or let anything in).
pub fn valid_secret(secret: &str) -> bool {
    (16..=256).contains(&secret.len())
        && secret
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
}

/// A fresh random secret from the operating system's generator (hex, as Telegram allows).
pub fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system has a random generator");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn only_the_exact_secret_passes() {
        let mut headers = HeaderMap::new();
        assert!(!secret_matches(&headers, "s3cret"));
        headers.insert(SECRET_HEADER, HeaderValue::from_static("s3cre"));
        assert!(!secret_matches(&headers, "s3cret"));
        headers.insert(SECRET_HEADER, HeaderValue::from_static("s3cret"));
        assert!(secret_matches(&headers, "s3cret"));
        // An empty configured secret let an empty header through.
        headers.insert(SECRET_HEADER, HeaderValue::from_static(""));
        assert!(!secret_matches(&headers, ""));
    }

    #[test]
    fn configured_secrets_must_be_long_and_plain() {
        assert!(!valid_secret(""));
        assert!(!valid_secret("   "));
        assert!(!valid_secret("short"));
        assert!(!valid_secret("a secret with spaces in it"));
        assert!(valid_secret("a-long_Secret-0123456789"));
        assert!(valid_secret(&random_secret()));
    }

    #[test]
    fn random_secrets_differ_and_are_valid() {
        let (a, b) = (random_secret(), random_secret());
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
    }
}
