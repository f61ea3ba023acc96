//! Operations endpoints of the worker: Prometheus `/metrics`, `/healthz` (the process answers) and
//! `/readyz` (connected to the broker and consuming), on one small HTTP listener.
//!
//! Metrics (names are stable; labels carry kinds, routes and reason codes, never ids or text):
//! - `screener_items_total{kind,route}`: verdicts published and confirmed;
//! - `screener_failures_total{reason}`: malformed inputs by [`crate::item::ItemError::code`]
//!   (dead-lettered), and publish failures (`unroutable`, `nacked`, `confirm_timeout`, `broker`,
//!   `panic`) whose inputs were requeued;
//! - `screener_screening_seconds{kind}`: histogram of the time to screen one item;
//! - `screener_lexicon_info{version}`: 1, labelled with the `lexicon_version` in force;
//! - `screener_ready`: 1 while consuming; `screener_reconnects_total`: sessions that ended in an
//!   error.

use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// Metric names, in one place.
pub mod names {
    /// Counter, labels `kind`, `route`.
    pub const ITEMS: &str = "screener_items_total";
    /// Counter, label `reason`.
    pub const FAILURES: &str = "screener_failures_total";
    /// Histogram in seconds, label `kind`.
    pub const SCREENING_SECONDS: &str = "screener_screening_seconds";
    /// Gauge, label `version`.
    pub const LEXICON_INFO: &str = "screener_lexicon_info";
    /// Gauge, 0 or 1.
    pub const READY: &str = "screener_ready";
    /// Counter.
    pub const RECONNECTS: &str = "screener_reconnects_total";
}

/// Whether the worker is connected and consuming; shared by the session and `/readyz`.
#[derive(Debug, Default)]
pub struct Readiness(AtomicBool);

impl Readiness {
    /// Sets readiness (and the `screener_ready` gauge).
    pub fn set(&self, ready: bool) {
        self.0.store(ready, Ordering::SeqCst);
        metrics::gauge!(names::READY).set(if ready { 1.0 } else { 0.0 });
    }

    /// Current readiness.
    pub fn get(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// Installs the Prometheus recorder once per process and returns its handle.
pub fn recorder() -> PrometheusHandle {
    static HANDLE: OnceLock<PrometheusHandle> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let builder = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    Matcher::Full(names::SCREENING_SECONDS.into()),
                    &[
                        0.000_05, 0.000_1, 0.000_25, 0.000_5, 0.001, 0.002_5, 0.005, 0.01, 0.025,
                        0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
                    ],
                )
                .expect("bucket list is not empty");
            let recorder = builder.build_recorder();
            let handle = recorder.handle();
            if metrics::set_global_recorder(recorder).is_err() {
                tracing::warn!("已有全局指标记录器，/metrics 将为空");
            }
            handle
        })
        .clone()
}

#[derive(Clone)]
struct AppState {
    handle: PrometheusHandle,
    ready: Arc<Readiness>,
}

/// Binds the listener and serves the endpoints until the process ends. Returns the bound address
/// (useful with port 0).
///
/// # Errors
/// The address cannot be bound.
pub async fn serve(listen: SocketAddr, ready: Arc<Readiness>) -> std::io::Result<SocketAddr> {
    let handle = recorder();
    let upkeep = handle.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(5));
        loop {
            tick.tick().await;
            upkeep.run_upkeep();
        }
    });
    let app = Router::new()
        .route("/metrics", get(metrics_text))
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(readyz))
        .with_state(AppState { handle, ready });
    let listener = tokio::net::TcpListener::bind(listen).await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        if let Err(e) = axum::serve(listener, app).await {
            tracing::error!(error = %e, "指标端点停止");
        }
    });
    Ok(addr)
}

async fn metrics_text(State(s): State<AppState>) -> String {
    s.handle.render()
}

async fn readyz(State(s): State<AppState>) -> (StatusCode, &'static str) {
    if s.ready.get() {
        (StatusCode::OK, "ready\n")
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "not ready\n")
    }
}
