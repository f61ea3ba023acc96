//! The async edge: consume items from RabbitMQ, screen them off the reactor, publish verdicts with
//! publisher confirms, acknowledge.
//!
//! This is the only part of the crate that does network I/O. It owns no screening logic: it hands
//! bytes to [`crate::item::Item::from_slice`] and [`crate::screen::Screener::screen`] and moves the
//! results. Broker layout and delivery guarantees are those of contract §6; operations (running N
//! workers, a cluster, watching queues, metrics) are described in `docs/worker.md`.
//!
//! # Layout
//! - [`config`]: flags + `SCREENER_*` + TOML file into a validated [`config::WorkerConfig`].
//! - [`topology`]: idempotent declaration of exchanges, queues and bindings.
//! - [`consume`]: sessions, reconnection, per-delivery outcome, the [`consume::Process`] step.
//! - [`publish`]: one publish with `mandatory` and a confirm, its failure as a value.
//! - [`acks`]: batching acknowledgements safely with `multiple`.
//! - [`ops`]: `/metrics`, `/healthz`, `/readyz`.
//! - [`mod@enqueue`]: `screener enqueue`.
//!
//! # Shutdown
//! On SIGTERM or SIGINT the worker stops consuming (`basic.cancel`), handles what the broker already
//! delivered, waits for its confirms, acknowledges, and closes the connection. A second signal exits
//! at once with status 130; the broker then requeues whatever was not acknowledged.

pub mod acks;
pub mod config;
pub mod consume;
pub mod enqueue;
pub mod ops;
pub mod publish;
pub mod topology;

pub use config::{EnqueueArgs, WorkerArgs};

use crate::screen::Screener;
use anyhow::Context;
use config::{mask_url, read_file, resolve_url, Topology, WorkerConfig};
use std::process::ExitCode;
use std::sync::Arc;
use tokio_util::sync::CancellationToken;
use tracing::{info, warn};

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("screener-io")
        .build()
        .context("无法创建异步运行时")
}

/// Runs the worker until SIGINT/SIGTERM (see the module docs for shutdown).
///
/// # Errors
/// Invalid settings, or the metrics address cannot be bound. Broker failures are not errors: the
/// worker reconnects.
pub fn run(screener: Arc<Screener>, amqp_url: &str, args: &WorkerArgs) -> anyhow::Result<()> {
    let cfg = Arc::new(WorkerConfig::resolve(amqp_url, args)?);
    let rt = runtime()?;
    rt.block_on(async move {
        let ready = Arc::new(ops::Readiness::default());
        let addr = ops::serve(cfg.listen, ready.clone())
            .await
            .with_context(|| format!("无法监听指标地址 {}", cfg.listen))?;
        let version = screener.lexicon_version().to_owned();
        metrics::gauge!(ops::names::LEXICON_INFO, "version" => version.clone()).set(1.0);
        ready.set(false);
        info!(
            broker = %mask_url(&cfg.amqp_url),
            listen = %addr,
            lexicon_version = %version,
            relay = cfg.relay,
            "screener worker 启动"
        );
        let processor: Arc<dyn consume::Process> = if cfg.relay {
            warn!("中继模式（基准测试用）：不审核，原样转发");
            Arc::new(consume::RelayProcess)
        } else {
            Arc::new(consume::ScreenProcess(screener))
        };
        let shutdown = CancellationToken::new();
        spawn_signal_handler(shutdown.clone());
        consume::run(cfg, processor, ready, shutdown).await;
        info!("screener worker 已停止");
        Ok(())
    })
}

/// First SIGTERM/SIGINT: cancel `shutdown`. Second: exit at once.
fn spawn_signal_handler(shutdown: CancellationToken) {
    tokio::spawn(async move {
        let mut signals = Signals::new();
        signals.recv().await;
        info!("收到停止信号：停止消费，处理完在途条目后退出（再次发送信号立即退出）");
        shutdown.cancel();
        signals.recv().await;
        warn!("再次收到停止信号，立即退出；未确认的条目由代理重新投递");
        std::process::exit(130);
    });
}

/// SIGTERM and SIGINT, registered once so that no signal between two waits is missed.
struct Signals {
    #[cfg(unix)]
    streams: Option<(tokio::signal::unix::Signal, tokio::signal::unix::Signal)>,
}

impl Signals {
    fn new() -> Signals {
        #[cfg(unix)]
        {
            use tokio::signal::unix::{signal, SignalKind};
            Signals {
                streams: signal(SignalKind::terminate())
                    .ok()
                    .zip(signal(SignalKind::interrupt()).ok()),
            }
        }
        #[cfg(not(unix))]
        Signals {}
    }

    async fn recv(&mut self) {
        #[cfg(unix)]
        if let Some((term, int)) = &mut self.streams {
            tokio::select! {
                _ = term.recv() => {}
                _ = int.recv() => {}
            }
            return;
        }
        // Signals unavailable: Ctrl-C only.
        let _ = tokio::signal::ctrl_c().await;
    }
}

/// Publishes items to the input exchange with publisher confirms (see [`enqueue`](mod@enqueue)).
///
/// # Errors
/// Invalid settings, the broker cannot be reached, the layout cannot be declared, an input cannot
/// be read. Malformed lines and failed publishes are counted and give a failure exit status.
pub fn enqueue(amqp_url: &str, args: &EnqueueArgs) -> anyhow::Result<ExitCode> {
    let file = read_file(args.topology.config.as_deref())?;
    let topology = Topology::resolve(&args.topology, &file)?;
    let url = resolve_url(amqp_url, &file);
    let rt = runtime()?;
    let (_, code) = rt.block_on(enqueue::enqueue(&url, &topology, args))?;
    Ok(code)
}
