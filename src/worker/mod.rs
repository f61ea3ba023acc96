//! The async edge: consume items from RabbitMQ, screen them off the reactor, publish verdicts with
//! publisher confirms, acknowledge.

use crate::screen::Screener;
use std::sync::Arc;

/// Options of `screener worker`.
#[derive(Debug, Clone, clap::Args)]
pub struct WorkerArgs {}

/// Options of `screener enqueue`.
#[derive(Debug, Clone, clap::Args)]
pub struct EnqueueArgs {
    /// JSONL files of items; standard input when none.
    pub files: Vec<std::path::PathBuf>,
}

/// Runs the worker until SIGINT/SIGTERM.
pub fn run(_screener: Arc<Screener>, _amqp_url: &str, _args: &WorkerArgs) -> anyhow::Result<()> {
    anyhow::bail!("worker: not implemented yet")
}

/// Publishes items to the input exchange with publisher confirms.
pub fn enqueue(_amqp_url: &str, _args: &EnqueueArgs) -> anyhow::Result<()> {
    anyhow::bail!("enqueue: not implemented yet")
}
