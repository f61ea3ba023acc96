//! The command line (contract §5). Doc comments here are the `--help` text.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Default broker URL when neither `--amqp-url` nor `SCREENER_AMQP_URL` is given.
pub const DEFAULT_AMQP_URL: &str = "amqp://guest:guest@127.0.0.1:5672/%2f";

/// screener: 政务新媒体内容审核初筛（词库匹配、转载与链接检查、个人信息去标识化、审核层级分流）
#[derive(Debug, Parser)]
#[command(
    name = "screener",
    version,
    about,
    long_about = None,
    after_help = "Log level: SCREENER_LOG (info by default; debug, or per module: screener=debug,lapin=warn).\nMessages, findings and errors are in Chinese, for the reviewers."
)]
pub struct Cli {
    /// Lexicon directory (lists and policy.toml). Default: ./lexicons when it exists, else the copy
    /// built into the binary.
    #[arg(long, global = true, value_name = "DIR", env = "SCREENER_LEXICONS")]
    pub lexicons: Option<PathBuf>,

    /// Extra lexicon: a plain term list, or a directory of them (one term a line). Metadata from a
    /// `_meta.lex` beside them, else category `external`. Repeatable.
    #[arg(long = "extra-lexicon", global = true, value_name = "PATH")]
    pub extra_lexicons: Vec<PathBuf>,

    /// RabbitMQ URL (used by `worker` and `enqueue`).
    #[arg(long, global = true, env = "SCREENER_AMQP_URL", default_value = DEFAULT_AMQP_URL, hide_env_values = true)]
    pub amqp_url: String,

    /// Log format on stderr.
    #[arg(long, global = true, value_enum, env = "SCREENER_LOG_FORMAT", default_value_t = LogFormat::Text)]
    pub log_format: LogFormat,

    #[command(subcommand)]
    pub command: Command,
}

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line.
    Json,
}

/// Subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Screen JSONL items from files (or stdin) and write verdicts as JSONL to stdout, in input order.
    Screen(ScreenArgs),
    /// The main job: consume items from RabbitMQ and publish verdicts until SIGINT/SIGTERM.
    #[command(
        after_help = "Log level: SCREENER_LOG (info by default; debug, or per module: screener=debug,lapin=warn)."
    )]
    Worker(crate::worker::WorkerArgs),
    /// Publish JSONL items to the input exchange with publisher confirms.
    Enqueue(crate::worker::EnqueueArgs),
    /// Lexicon maintenance.
    #[command(subcommand)]
    Lexicon(LexiconCommand),
}

/// Options of `screener screen`.
#[derive(Debug, clap::Args)]
pub struct ScreenArgs {
    /// JSONL files of items; standard input when none, and where one is `-`.
    pub files: Vec<PathBuf>,
    /// Worker threads for screening (default: all cores; at least 1, as for `worker --jobs`).
    /// Output order is input order regardless.
    #[arg(long, short = 'j', value_parser = positive)]
    pub jobs: Option<usize>,
    /// Switch the jieba word-boundary check off (for measurement only).
    #[arg(long, hide = true)]
    pub no_boundary_check: bool,
}

/// A count that must be at least 1 (`--jobs`): `0` would silently mean "all cores".
fn positive(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("须大于 0".into()),
        Ok(n) => Ok(n),
        Err(_) => Err(format!("“{text}”不是正整数")),
    }
}

/// `screener lexicon ...`
#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// Check the lexicons; print errors and warnings with file and line; exit non-zero on errors.
    Lint,
    /// Print the lexicon_version that verdicts would carry.
    Version,
}
