//! Settings of `screener worker` and `screener enqueue`: flags, `SCREENER_*` environment variables
//! and an optional TOML file, resolved once into a validated [`WorkerConfig`] or [`Topology`].
//!
//! Precedence, strongest first: a flag, its environment variable, the file given by `--config`
//! (or `SCREENER_CONFIG`), the built-in default. The broker URL is the global `--amqp-url` /
//! `SCREENER_AMQP_URL`; the file's `amqp_url` applies only when neither is set (the global option
//! still holds its default then).
//!
//! This module reads files and the environment only; it opens no connection. It never prints the
//! broker password: use [`mask_url`] for anything that is logged.

use crate::cli::DEFAULT_AMQP_URL;
use crate::item::{Kind, Route};
use serde::Deserialize;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Default prefetch per consumer (unacknowledged deliveries the broker may push ahead).
pub const DEFAULT_PREFETCH: u16 = 200;
/// Default largest accepted message body, in bytes (1 MiB).
pub const DEFAULT_MAX_BODY_BYTES: usize = 1 << 20;
/// Default delivery limit of the input quorum queues: a message delivered this many times without an
/// acknowledgement is dead-lettered by the broker.
pub const DEFAULT_DELIVERY_LIMIT: u32 = 20;
/// Default time to wait for a publisher confirm, in seconds.
pub const DEFAULT_CONFIRM_TIMEOUT_SECS: f64 = 30.0;
/// Default longest pause between reconnection attempts, in seconds.
pub const DEFAULT_RECONNECT_MAX_SECS: f64 = 30.0;
/// Default address of the `/metrics`, `/healthz` and `/readyz` endpoints.
pub const DEFAULT_LISTEN: &str = "127.0.0.1:9464";

/// Names of exchanges and queues and the delivery limit: options shared by `worker` and `enqueue`,
/// which both declare the broker layout of contract §6.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct TopologyArgs {
    /// TOML settings file (see docs/worker.md); flags and SCREENER_* variables override it.
    #[arg(long, env = "SCREENER_CONFIG", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Input exchange (direct; routing keys `draft`, `comment`). Default: screening.
    #[arg(long, env = "SCREENER_INPUT_EXCHANGE", value_name = "NAME")]
    pub input_exchange: Option<String>,
    /// Input quorum queue of drafts. Default: screening.drafts.
    #[arg(long, env = "SCREENER_DRAFTS_QUEUE", value_name = "NAME")]
    pub drafts_queue: Option<String>,
    /// Input quorum queue of comments. Default: screening.comments.
    #[arg(long, env = "SCREENER_COMMENTS_QUEUE", value_name = "NAME")]
    pub comments_queue: Option<String>,
    /// Output exchange (topic; routing key `<kind>.<route>`). Default: review.
    #[arg(long, env = "SCREENER_REVIEW_EXCHANGE", value_name = "NAME")]
    pub review_exchange: Option<String>,
    /// Prefix of the output queues `<prefix>.<kind>.<route>`. Default: review.
    #[arg(long, env = "SCREENER_REVIEW_QUEUE_PREFIX", value_name = "PREFIX")]
    pub review_queue_prefix: Option<String>,
    /// Dead-letter exchange (fanout). Default: screening.dead.
    #[arg(long, env = "SCREENER_DEAD_EXCHANGE", value_name = "NAME")]
    pub dead_exchange: Option<String>,
    /// Dead-letter queue. Default: screening.dead.
    #[arg(long, env = "SCREENER_DEAD_QUEUE", value_name = "NAME")]
    pub dead_queue: Option<String>,
    /// Audit exchange (fanout). Default: screening.audit.
    #[arg(long, env = "SCREENER_AUDIT_EXCHANGE", value_name = "NAME")]
    pub audit_exchange: Option<String>,
    /// Audit queue. Default: screening.audit.
    #[arg(long, env = "SCREENER_AUDIT_QUEUE", value_name = "NAME")]
    pub audit_queue: Option<String>,
    /// Deliveries of one input message before the broker dead-letters it (x-delivery-limit).
    /// Default: 20. Changing it on existing queues needs a policy or new queues.
    #[arg(long, env = "SCREENER_DELIVERY_LIMIT", value_name = "N")]
    pub delivery_limit: Option<u32>,
}

/// Options of `screener worker`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct WorkerArgs {
    #[command(flatten)]
    pub topology: TopologyArgs,
    /// Prefetch per consumer: deliveries in flight per input queue. Default: 200.
    #[arg(long, env = "SCREENER_PREFETCH", value_name = "N")]
    pub prefetch: Option<u16>,
    /// Threads screening at once (off the async reactor). Default: all cores.
    #[arg(long, short = 'j', env = "SCREENER_JOBS", value_name = "N")]
    pub jobs: Option<usize>,
    /// Largest accepted message body in bytes; larger ones are dead-lettered. Default: 1048576.
    #[arg(long, env = "SCREENER_MAX_BODY_BYTES", value_name = "BYTES")]
    pub max_body_bytes: Option<usize>,
    /// Seconds to wait for a publisher confirm before the input is requeued. Default: 30.
    #[arg(long, env = "SCREENER_CONFIRM_TIMEOUT_SECS", value_name = "SECS")]
    pub confirm_timeout_secs: Option<f64>,
    /// Longest pause between reconnection attempts, in seconds. Default: 30.
    #[arg(long, env = "SCREENER_RECONNECT_MAX_SECS", value_name = "SECS")]
    pub reconnect_max_secs: Option<f64>,
    /// Address of the /metrics, /healthz and /readyz endpoints. Default: 127.0.0.1:9464.
    #[arg(long, env = "SCREENER_LISTEN", value_name = "ADDR")]
    pub listen: Option<SocketAddr>,
    /// Benchmark baseline: forward each input unchanged to the review and audit exchanges, through
    /// the same consume/publish/confirm/ack plumbing, without screening.
    #[arg(long, hide = true)]
    pub relay: bool,
}

/// Options of `screener enqueue`.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct EnqueueArgs {
    /// JSONL files of items; standard input when none, and where one is `-`.
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub topology: TopologyArgs,
    /// Publish malformed lines as they are (so that the worker dead-letters them with the reason)
    /// instead of reporting and skipping them.
    #[arg(long)]
    pub publish_malformed: bool,
    /// Routing key of a malformed line whose `kind` is neither draft nor comment (with
    /// --publish-malformed).
    #[arg(long, value_enum, default_value_t = KindArg::Draft, value_name = "KIND")]
    pub malformed_kind: KindArg,
    /// Publisher confirms awaited at once.
    #[arg(long, default_value_t = 1000, value_name = "N")]
    pub window: usize,
}

/// A kind on the command line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// Drafts.
    #[default]
    Draft,
    /// Comments.
    Comment,
}

impl From<KindArg> for Kind {
    fn from(k: KindArg) -> Kind {
        match k {
            KindArg::Draft => Kind::Draft,
            KindArg::Comment => Kind::Comment,
        }
    }
}

/// The `--config` file. Every key is optional; unknown keys are errors so that a typo is not
/// silently ignored.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// Broker URL, used when neither `--amqp-url` nor `SCREENER_AMQP_URL` is set.
    pub amqp_url: Option<String>,
    /// See [`WorkerArgs::prefetch`].
    pub prefetch: Option<u16>,
    /// See [`WorkerArgs::jobs`].
    pub jobs: Option<usize>,
    /// See [`WorkerArgs::max_body_bytes`].
    pub max_body_bytes: Option<usize>,
    /// See [`WorkerArgs::confirm_timeout_secs`].
    pub confirm_timeout_secs: Option<f64>,
    /// See [`WorkerArgs::reconnect_max_secs`].
    pub reconnect_max_secs: Option<f64>,
    /// See [`WorkerArgs::listen`].
    pub listen: Option<SocketAddr>,
    /// See [`TopologyArgs::delivery_limit`].
    pub delivery_limit: Option<u32>,
    /// Exchange and queue names.
    #[serde(default)]
    pub names: FileNames,
}

/// The `[names]` table of the settings file; keys as the long flags, with `_` for `-`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileNames {
    /// See [`TopologyArgs::input_exchange`].
    pub input_exchange: Option<String>,
    /// See [`TopologyArgs::drafts_queue`].
    pub drafts_queue: Option<String>,
    /// See [`TopologyArgs::comments_queue`].
    pub comments_queue: Option<String>,
    /// See [`TopologyArgs::review_exchange`].
    pub review_exchange: Option<String>,
    /// See [`TopologyArgs::review_queue_prefix`].
    pub review_queue_prefix: Option<String>,
    /// See [`TopologyArgs::dead_exchange`].
    pub dead_exchange: Option<String>,
    /// See [`TopologyArgs::dead_queue`].
    pub dead_queue: Option<String>,
    /// See [`TopologyArgs::audit_exchange`].
    pub audit_exchange: Option<String>,
    /// See [`TopologyArgs::audit_queue`].
    pub audit_queue: Option<String>,
}

/// Why settings are unusable. Messages are in Chinese for the operator.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The settings file cannot be read.
    #[error("无法读取配置文件 {path}：{source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// The settings file is not valid TOML or has unknown keys or wrong types.
    #[error("配置文件 {path} 有误：{message}")]
    Parse {
        /// The file.
        path: PathBuf,
        /// toml's message (line, column, key).
        message: String,
    },
    /// A value is out of range.
    #[error("配置项 `{key}` 取值无效：{problem}")]
    Invalid {
        /// The setting.
        key: &'static str,
        /// What is wrong.
        problem: &'static str,
    },
}

/// Exchange and queue names and the input queues' delivery limit (contract §6), validated:
/// every name is 1–255 bytes, as AMQP short strings must be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topology {
    /// Input exchange, direct.
    pub input_exchange: String,
    /// Input queue of drafts (routing key `draft`).
    pub drafts_queue: String,
    /// Input queue of comments (routing key `comment`).
    pub comments_queue: String,
    /// Output exchange, topic.
    pub review_exchange: String,
    /// Output queues are `<prefix>.<kind>.<route>`.
    pub review_queue_prefix: String,
    /// Dead-letter exchange, fanout.
    pub dead_exchange: String,
    /// Dead-letter queue.
    pub dead_queue: String,
    /// Audit exchange, fanout.
    pub audit_exchange: String,
    /// Audit queue.
    pub audit_queue: String,
    /// `x-delivery-limit` of the input queues.
    pub delivery_limit: u32,
}

impl Default for Topology {
    fn default() -> Topology {
        Topology {
            input_exchange: "screening".into(),
            drafts_queue: "screening.drafts".into(),
            comments_queue: "screening.comments".into(),
            review_exchange: "review".into(),
            review_queue_prefix: "review".into(),
            dead_exchange: "screening.dead".into(),
            dead_queue: "screening.dead".into(),
            audit_exchange: "screening.audit".into(),
            audit_queue: "screening.audit".into(),
            delivery_limit: DEFAULT_DELIVERY_LIMIT,
        }
    }
}

impl Topology {
    /// The output queue of a route: `<prefix>.<kind>.<route>`, e.g. `review.draft.county_office`.
    pub fn review_queue(&self, route: Route) -> String {
        format!("{}.{}.{}", self.review_queue_prefix, route.kind(), route)
    }

    /// The input queue of a kind.
    pub fn input_queue(&self, kind: Kind) -> &str {
        match kind {
            Kind::Draft => &self.drafts_queue,
            Kind::Comment => &self.comments_queue,
        }
    }

    /// Every queue of the layout, inputs first.
    pub fn all_queues(&self) -> Vec<String> {
        let mut qs = vec![self.drafts_queue.clone(), self.comments_queue.clone()];
        qs.extend(Route::ALL.iter().map(|r| self.review_queue(*r)));
        qs.push(self.dead_queue.clone());
        qs.push(self.audit_queue.clone());
        qs
    }

    /// Resolves names from flags/environment over the file over the defaults.
    ///
    /// # Errors
    /// [`ConfigError::Invalid`] for an empty name, one over 255 bytes, or a delivery limit of 0.
    pub fn resolve(args: &TopologyArgs, file: &FileConfig) -> Result<Topology, ConfigError> {
        let d = Topology::default();
        let n = &file.names;
        let pick = |key: &'static str,
                    flag: &Option<String>,
                    file: &Option<String>,
                    default: String|
         -> Result<String, ConfigError> {
            let v = flag.clone().or_else(|| file.clone()).unwrap_or(default);
            if v.is_empty() || v.len() > 255 {
                return Err(ConfigError::Invalid {
                    key,
                    problem: "名称须为 1–255 字节",
                });
            }
            Ok(v)
        };
        let delivery_limit = args
            .delivery_limit
            .or(file.delivery_limit)
            .unwrap_or(d.delivery_limit);
        if delivery_limit == 0 {
            return Err(ConfigError::Invalid {
                key: "delivery_limit",
                problem: "须大于 0",
            });
        }
        let t = Topology {
            input_exchange: pick(
                "input_exchange",
                &args.input_exchange,
                &n.input_exchange,
                d.input_exchange,
            )?,
            drafts_queue: pick(
                "drafts_queue",
                &args.drafts_queue,
                &n.drafts_queue,
                d.drafts_queue,
            )?,
            comments_queue: pick(
                "comments_queue",
                &args.comments_queue,
                &n.comments_queue,
                d.comments_queue,
            )?,
            review_exchange: pick(
                "review_exchange",
                &args.review_exchange,
                &n.review_exchange,
                d.review_exchange,
            )?,
            review_queue_prefix: pick(
                "review_queue_prefix",
                &args.review_queue_prefix,
                &n.review_queue_prefix,
                d.review_queue_prefix,
            )?,
            dead_exchange: pick(
                "dead_exchange",
                &args.dead_exchange,
                &n.dead_exchange,
                d.dead_exchange,
            )?,
            dead_queue: pick("dead_queue", &args.dead_queue, &n.dead_queue, d.dead_queue)?,
            audit_exchange: pick(
                "audit_exchange",
                &args.audit_exchange,
                &n.audit_exchange,
                d.audit_exchange,
            )?,
            audit_queue: pick(
                "audit_queue",
                &args.audit_queue,
                &n.audit_queue,
                d.audit_queue,
            )?,
            delivery_limit,
        };
        // The longest derived name, `<prefix>.comment.takedown`, must still be a short string.
        if t.review_queue(Route::PrincipalLeader).len() > 255 {
            return Err(ConfigError::Invalid {
                key: "review_queue_prefix",
                problem: "加上路由名后超过 255 字节",
            });
        }
        Ok(t)
    }
}

/// Everything `screener worker` needs, validated.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Broker URL, with credentials: never log it, log [`mask_url`] of it.
    pub amqp_url: String,
    /// Names and delivery limit.
    pub topology: Topology,
    /// Prefetch per consumer.
    pub prefetch: u16,
    /// Screening threads at once.
    pub jobs: usize,
    /// Largest accepted body, in bytes.
    pub max_body_bytes: usize,
    /// Wait for one publisher confirm.
    pub confirm_timeout: Duration,
    /// First pause before reconnecting; doubles up to `reconnect_max`.
    pub reconnect_min: Duration,
    /// Longest pause before reconnecting.
    pub reconnect_max: Duration,
    /// Metrics and health endpoints.
    pub listen: SocketAddr,
    /// Benchmark baseline: forward without screening.
    pub relay: bool,
}

/// Reads the `--config` file, or an empty configuration when there is none.
///
/// # Errors
/// [`ConfigError::Read`] or [`ConfigError::Parse`], with the path.
pub fn read_file(path: Option<&Path>) -> Result<FileConfig, ConfigError> {
    let Some(path) = path else {
        return Ok(FileConfig::default());
    };
    let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
        path: path.to_owned(),
        source,
    })?;
    toml::from_str(&text).map_err(|e| ConfigError::Parse {
        path: path.to_owned(),
        message: e.to_string(),
    })
}

/// The broker URL: the global option unless it is still the built-in default and the file has one.
pub fn resolve_url(global: &str, file: &FileConfig) -> String {
    match &file.amqp_url {
        Some(u) if global == DEFAULT_AMQP_URL => u.clone(),
        _ => global.to_owned(),
    }
}

fn secs(key: &'static str, v: f64) -> Result<Duration, ConfigError> {
    Duration::try_from_secs_f64(v)
        .ok()
        .filter(|d| !d.is_zero())
        .ok_or(ConfigError::Invalid {
            key,
            problem: "须为正的秒数",
        })
}

impl WorkerConfig {
    /// Resolves the worker's settings (see the module docs for precedence).
    ///
    /// # Errors
    /// [`ConfigError`] for an unreadable or invalid file or an out-of-range value.
    pub fn resolve(amqp_url: &str, args: &WorkerArgs) -> Result<WorkerConfig, ConfigError> {
        let file = read_file(args.topology.config.as_deref())?;
        let topology = Topology::resolve(&args.topology, &file)?;
        let prefetch = args.prefetch.or(file.prefetch).unwrap_or(DEFAULT_PREFETCH);
        if prefetch == 0 {
            // 0 means "unlimited" to the broker: that is unbounded memory, not a setting.
            return Err(ConfigError::Invalid {
                key: "prefetch",
                problem: "须在 1–65535 之间",
            });
        }
        let jobs = args
            .jobs
            .or(file.jobs)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        if jobs == 0 {
            return Err(ConfigError::Invalid {
                key: "jobs",
                problem: "须大于 0",
            });
        }
        let max_body_bytes = args
            .max_body_bytes
            .or(file.max_body_bytes)
            .unwrap_or(DEFAULT_MAX_BODY_BYTES);
        if max_body_bytes == 0 {
            return Err(ConfigError::Invalid {
                key: "max_body_bytes",
                problem: "须大于 0",
            });
        }
        let confirm_timeout = secs(
            "confirm_timeout_secs",
            args.confirm_timeout_secs
                .or(file.confirm_timeout_secs)
                .unwrap_or(DEFAULT_CONFIRM_TIMEOUT_SECS),
        )?;
        let reconnect_max = secs(
            "reconnect_max_secs",
            args.reconnect_max_secs
                .or(file.reconnect_max_secs)
                .unwrap_or(DEFAULT_RECONNECT_MAX_SECS),
        )?;
        let listen = args
            .listen
            .or(file.listen)
            .unwrap_or_else(|| DEFAULT_LISTEN.parse().expect("valid default address"));
        Ok(WorkerConfig {
            amqp_url: resolve_url(amqp_url, &file),
            topology,
            prefetch,
            jobs,
            max_body_bytes,
            confirm_timeout,
            reconnect_min: Duration::from_millis(100).min(reconnect_max),
            reconnect_max,
            listen,
            relay: args.relay,
        })
    }
}

/// The URL with its password replaced by `***`, for logs: `amqp://guest:***@host:5672/%2f`.
/// A URL without a password is returned unchanged; text that is not a URL is masked entirely
/// after the scheme, since it might still hold a secret.
pub fn mask_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return "***".into();
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let (authority, path) = rest.split_at(authority_end);
    match authority.rsplit_once('@') {
        Some((userinfo, host)) => {
            let user = userinfo.split_once(':').map_or(userinfo, |(u, _)| u);
            if userinfo.contains(':') {
                format!("{scheme}://{user}:***@{host}{path}")
            } else {
                format!("{scheme}://{user}@{host}{path}")
            }
        }
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mask_url_hides_the_password_only() {
        let cases = [
            (
                "amqp://guest:guest@127.0.0.1:5672/%2f",
                "amqp://guest:***@127.0.0.1:5672/%2f",
            ),
            (
                "amqps://svc:p%40ss:w@mq.example:5671/prod?heartbeat=10",
                "amqps://svc:***@mq.example:5671/prod?heartbeat=10",
            ),
            ("amqp://svc@mq/vh", "amqp://svc@mq/vh"),
            ("amqp://127.0.0.1:5672", "amqp://127.0.0.1:5672"),
            ("guest:secret@host", "***"),
        ];
        for (url, want) in cases {
            assert_eq!(mask_url(url), want, "{url}");
            assert!(!mask_url(url).contains("secret"));
        }
    }

    fn parse_file(s: &str) -> FileConfig {
        toml::from_str(s).unwrap()
    }

    #[test]
    fn flags_override_file_overrides_defaults() {
        let file = parse_file(
            r#"
            amqp_url = "amqp://u:p@file:5672/v"
            prefetch = 50
            delivery_limit = 7
            [names]
            drafts_queue = "file.drafts"
            review_queue_prefix = "out"
            "#,
        );
        let mut args = TopologyArgs::default();
        let t = Topology::resolve(&args, &file).unwrap();
        assert_eq!(t.drafts_queue, "file.drafts");
        assert_eq!(t.comments_queue, "screening.comments");
        assert_eq!(t.delivery_limit, 7);
        assert_eq!(t.review_queue(Route::Takedown), "out.comment.takedown");
        args.drafts_queue = Some("flag.drafts".into());
        args.delivery_limit = Some(3);
        let t = Topology::resolve(&args, &file).unwrap();
        assert_eq!(t.drafts_queue, "flag.drafts");
        assert_eq!(t.delivery_limit, 3);

        assert_eq!(
            resolve_url(DEFAULT_AMQP_URL, &file),
            "amqp://u:p@file:5672/v"
        );
        assert_eq!(resolve_url("amqp://flag/", &file), "amqp://flag/");
        assert_eq!(
            resolve_url(DEFAULT_AMQP_URL, &FileConfig::default()),
            DEFAULT_AMQP_URL
        );
    }

    #[test]
    fn unknown_file_keys_and_bad_values_are_errors() {
        assert!(toml::from_str::<FileConfig>("prefech = 3").is_err());
        assert!(toml::from_str::<FileConfig>("[names]\ndrafts = \"x\"").is_err());
        let args = TopologyArgs {
            dead_queue: Some(String::new()),
            ..Default::default()
        };
        assert!(matches!(
            Topology::resolve(&args, &FileConfig::default()),
            Err(ConfigError::Invalid {
                key: "dead_queue",
                ..
            })
        ));
        let args = TopologyArgs {
            review_queue_prefix: Some("x".repeat(250)),
            ..Default::default()
        };
        assert!(Topology::resolve(&args, &FileConfig::default()).is_err());
        let w = WorkerArgs {
            prefetch: Some(0),
            ..Default::default()
        };
        assert!(matches!(
            WorkerConfig::resolve(DEFAULT_AMQP_URL, &w),
            Err(ConfigError::Invalid {
                key: "prefetch",
                ..
            })
        ));
        let w = WorkerArgs {
            confirm_timeout_secs: Some(-1.0),
            ..Default::default()
        };
        assert!(WorkerConfig::resolve(DEFAULT_AMQP_URL, &w).is_err());
    }

    #[test]
    fn defaults_follow_the_contract() {
        let c = WorkerConfig::resolve(DEFAULT_AMQP_URL, &WorkerArgs::default()).unwrap();
        let t = &c.topology;
        assert_eq!(t.input_exchange, "screening");
        assert_eq!(
            t.review_queue(Route::CountyOffice),
            "review.draft.county_office"
        );
        assert_eq!(t.dead_queue, "screening.dead");
        assert_eq!(t.audit_exchange, "screening.audit");
        assert_eq!(t.all_queues().len(), 2 + 9 + 2);
        assert_eq!(c.max_body_bytes, 1 << 20);
        assert_eq!(c.listen.to_string(), "127.0.0.1:9464");
    }
}
