//! The operator's window on a running bot: `/metrics` (Prometheus text format) and
//! `/healthz` (database reachable, platforms connected, outbox moving), on their own
//! address (`--metrics`), apart from any webhook.

use crate::app::Engine;
use crate::core::Platform;
use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use std::net::SocketAddr;
use tokio::sync::watch;

/// The metrics listener could not start.
#[derive(Debug, thiserror::Error)]
#[error("cannot serve metrics on {addr}: {reason}")]
pub struct ObserveError {
    /// The address.
    pub addr: SocketAddr,
    /// What went wrong.
    pub reason: String,
}

#[derive(Clone)]
struct Observed {
    engine: Engine,
    serving: Vec<Platform>,
}

/// Binds `addr` at once (so a taken port stops the start with a clear error), then serves
/// until `shutdown` in the background. `serving`: the platforms this process runs.
pub async fn spawn(
    engine: Engine,
    addr: SocketAddr,
    serving: Vec<Platform>,
    mut shutdown: watch::Receiver<bool>,
) -> Result<SocketAddr, ObserveError> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| ObserveError {
            addr,
            reason: e.to_string(),
        })?;
    let bound = listener.local_addr().unwrap_or(addr);
    let app = Router::new()
        .route("/metrics", get(metrics))
        .route("/healthz", get(healthz))
        .with_state(Observed { engine, serving });
    tokio::spawn(async move {
        let served = axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = shutdown.wait_for(|stop| *stop).await;
            })
            .await;
        if let Err(e) = served {
            tracing::error!(error = %e, "the metrics listener stopped");
        }
    });
    Ok(bound)
}

async fn metrics(State(observed): State<Observed>) -> Response {
    match observed.engine.metrics_text().await {
        Ok(text) => (
            [(
                header::CONTENT_TYPE,
                prometheus_client::encoding::prometheus_text::CONTENT_TYPE,
            )],
            text,
        )
            .into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "metrics unavailable");
            (StatusCode::SERVICE_UNAVAILABLE, "metrics unavailable\n").into_response()
        }
    }
}

async fn healthz(State(observed): State<Observed>) -> Response {
    let health = observed.engine.health(&observed.serving).await;
    let status = if health.healthy() {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (status, axum::Json(health.to_json())).into_response()
}
