//! What an operator watches (`/metrics`, `/healthz`): counts, timings and the state of the
//! queue, never who wrote nor what.

use super::{Engine, EngineError};
use crate::core::{Lane, Platform};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::AtomicU64;
use std::time::{Duration, Instant};

/// A platform counts as connected this long after its last successful poll or sync.
pub const ALIVE_FOR: Duration = Duration::from_secs(90);

/// The outbox counts as stuck when a message has been due this long and nothing was sent
/// meanwhile.
pub const STUCK_AFTER: Duration = Duration::from_secs(120);

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Handled {
    platform: &'static str,
    kind: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct OnPlatform {
    platform: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Failure {
    platform: &'static str,
    reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Queue {
    platform: &'static str,
    lane: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Purge {
    kind: &'static str,
}

type Seconds = Family<OnPlatform, Histogram, fn() -> Histogram>;

/// The engine's instruments and the platforms' signs of life.
pub struct Metrics {
    registry: Registry,
    handled: Family<Handled, Counter>,
    reply_seconds: Seconds,
    sent: Family<OnPlatform, Counter>,
    send_failures: Family<Failure, Counter>,
    crisis_replies: Counter,
    purged: Family<Purge, Counter>,
    polls: Family<OnPlatform, Counter>,
    outbox_depth: Family<Queue, Gauge>,
    outbox_oldest_seconds: Family<Queue, Gauge<f64, AtomicU64>>,
    alive: Mutex<HashMap<Platform, Instant>>,
    last_sent: Mutex<HashMap<Platform, Instant>>,
}

impl std::fmt::Debug for Metrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Metrics").finish_non_exhaustive()
    }
}

fn reply_buckets() -> Histogram {
    // 5 ms to about 20 s: a reply is queued in milliseconds unless the database struggles.
    Histogram::new(prometheus_client::metrics::histogram::exponential_buckets(
        0.005, 2.0, 13,
    ))
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("pairbot");
        let handled = Family::<Handled, Counter>::default();
        registry.register(
            "messages_handled",
            "Messages and button presses handled, by platform and kind",
            handled.clone(),
        );
        let reply_seconds: Seconds = Family::new_with_constructor(reply_buckets);
        registry.register(
            "reply_seconds",
            "Time from a message's arrival to its replies being queued",
            reply_seconds.clone(),
        );
        let sent = Family::<OnPlatform, Counter>::default();
        registry.register(
            "messages_sent",
            "Messages the platforms accepted",
            sent.clone(),
        );
        let send_failures = Family::<Failure, Counter>::default();
        registry.register(
            "send_failures",
            "Messages a platform refused for good (rejected) or asked to retry later (retry)",
            send_failures.clone(),
        );
        let crisis_replies = Counter::default();
        registry.register(
            "crisis_replies",
            "Replies that gave emergency numbers first",
            crisis_replies.clone(),
        );
        let purged = Family::<Purge, Counter>::default();
        registry.register(
            "purged",
            "Rows (or people) erased or told by retention, by kind",
            purged.clone(),
        );
        let polls = Family::<OnPlatform, Counter>::default();
        registry.register(
            "platform_polls",
            "Signs of life of each platform: long polls and syncs that succeeded, and one every 30 s while a webhook listens",
            polls.clone(),
        );
        let outbox_depth = Family::<Queue, Gauge>::default();
        registry.register(
            "outbox_depth",
            "Messages waiting to be sent, by platform and lane",
            outbox_depth.clone(),
        );
        let outbox_oldest_seconds = Family::<Queue, Gauge<f64, AtomicU64>>::default();
        registry.register(
            "outbox_oldest_seconds",
            "Age of the oldest message waiting to be sent, by platform and lane",
            outbox_oldest_seconds.clone(),
        );
        Metrics {
            registry,
            handled,
            reply_seconds,
            sent,
            send_failures,
            crisis_replies,
            purged,
            polls,
            outbox_depth,
            outbox_oldest_seconds,
            alive: Mutex::default(),
            last_sent: Mutex::default(),
        }
    }
}

fn lane_name(lane: Lane) -> &'static str {
    match lane {
        Lane::Reply => "reply",
        Lane::Notice => "notice",
        Lane::Bulk => "bulk",
    }
}

fn platform_name(platform: Platform) -> &'static str {
    match platform {
        Platform::Telegram => "telegram",
        Platform::Matrix => "matrix",
        Platform::Console => "console",
    }
}

impl Metrics {
    /// One message handled, of `kind`, in `took`.
    pub(super) fn handled(&self, platform: Platform, kind: &'static str, took: Duration) {
        let platform = platform_name(platform);
        self.handled
            .get_or_create(&Handled { platform, kind })
            .inc();
        self.reply_seconds
            .get_or_create(&OnPlatform { platform })
            .observe(took.as_secs_f64());
    }

    /// Emergency numbers given first.
    pub(super) fn crisis_reply(&self) {
        self.crisis_replies.inc();
    }

    /// One message the platform accepted.
    pub(super) fn sent(&self, platform: Platform) {
        self.sent
            .get_or_create(&OnPlatform {
                platform: platform_name(platform),
            })
            .inc();
        self.lock_sent().insert(platform, Instant::now());
    }

    /// One message refused (`rejected`) or put off (`retry`).
    pub(super) fn send_failed(&self, platform: Platform, reason: &'static str) {
        self.send_failures
            .get_or_create(&Failure {
                platform: platform_name(platform),
                reason,
            })
            .inc();
    }

    /// What retention did.
    pub(super) fn purged(&self, kind: &'static str, n: u64) {
        self.purged.get_or_create(&Purge { kind }).inc_by(n);
    }

    fn lock_sent(&self) -> std::sync::MutexGuard<'_, HashMap<Platform, Instant>> {
        self.last_sent.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn lock_alive(&self) -> std::sync::MutexGuard<'_, HashMap<Platform, Instant>> {
        self.alive.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// What `/healthz` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    /// The database answered.
    pub database: bool,
    /// Each platform this process serves, and whether it is connected.
    pub platforms: Vec<(Platform, bool)>,
    /// Nothing due waits for longer than [`STUCK_AFTER`] without anything being sent.
    pub outbox_moving: bool,
}

impl Health {
    /// Whether everything is as it should be.
    pub fn healthy(&self) -> bool {
        self.database && self.outbox_moving && self.platforms.iter().all(|(_, up)| *up)
    }

    /// A small JSON document saying each part.
    pub fn to_json(&self) -> serde_json::Value {
        let word = |ok: bool| if ok { "ok" } else { "failing" };
        let platforms: serde_json::Map<String, serde_json::Value> = self
            .platforms
            .iter()
            .map(|(p, up)| (platform_name(*p).to_owned(), word(*up).into()))
            .collect();
        serde_json::json!({
            "status": word(self.healthy()),
            "database": word(self.database),
            "platforms": platforms,
            "outbox": word(self.outbox_moving),
        })
    }
}

impl Engine {
    /// The instruments.
    pub(super) fn metrics(&self) -> &Metrics {
        &self.inner.metrics
    }

    /// A platform's adapter says it reached its platform (a poll or a sync succeeded, or its
    /// webhook listener is up).
    pub fn platform_alive(&self, platform: Platform) {
        let metrics = self.metrics();
        metrics
            .polls
            .get_or_create(&OnPlatform {
                platform: platform_name(platform),
            })
            .inc();
        metrics.lock_alive().insert(platform, Instant::now());
    }

    /// Every metric, in the Prometheus text format, the outbox measured now.
    pub async fn metrics_text(&self) -> Result<String, EngineError> {
        let metrics = self.metrics();
        let now = crate::store::now();
        // Every queue known so far reads 0 unless measured again: an emptied lane must not
        // keep its last depth.
        for platform in [Platform::Telegram, Platform::Matrix, Platform::Console] {
            for lane in [Lane::Reply, Lane::Notice, Lane::Bulk] {
                let queue = Queue {
                    platform: platform_name(platform),
                    lane: lane_name(lane),
                };
                metrics.outbox_depth.get_or_create(&queue).set(0);
                metrics.outbox_oldest_seconds.get_or_create(&queue).set(0.0);
            }
        }
        for (platform, lane, depth, oldest) in self.store().outbox_stats().await? {
            let queue = Queue {
                platform: platform_name(platform),
                lane: lane_name(lane),
            };
            metrics.outbox_depth.get_or_create(&queue).set(depth);
            metrics
                .outbox_oldest_seconds
                .get_or_create(&queue)
                .set((now - oldest).max(0) as f64);
        }
        let mut text = String::new();
        prometheus_client::encoding::prometheus_text::encode(&mut text, &metrics.registry)
            .map_err(|_| EngineError::Metrics)?;
        Ok(text)
    }

    /// Whether the database answers, `platforms` are connected and the outbox moves.
    pub async fn health(&self, serving: &[Platform]) -> Health {
        let database = self.store().ping().await.is_ok();
        let alive = self.metrics().lock_alive().clone();
        let sent = self.metrics().lock_sent().clone();
        let recently =
            |at: Option<&Instant>, within: Duration| at.is_some_and(|t| t.elapsed() < within);
        let platforms: Vec<(Platform, bool)> = serving
            .iter()
            .map(|p| (*p, recently(alive.get(p), ALIVE_FOR)))
            .collect();
        let due = if database {
            self.store()
                .oldest_due(crate::store::now())
                .await
                .unwrap_or_default()
        } else {
            Vec::new()
        };
        let now = crate::store::now();
        let outbox_moving = database
            && due
                .iter()
                .filter(|(platform, _)| serving.contains(platform))
                .all(|(platform, since)| {
                    now - since < STUCK_AFTER.as_secs() as i64
                        || recently(sent.get(platform), STUCK_AFTER)
                });
        Health {
            database,
            platforms,
            outbox_moving,
        }
    }
}
