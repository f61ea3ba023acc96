//! Helpers for tests and benchmarks that talk to the real local RabbitMQ (127.0.0.1:5672,
//! guest/guest): a throw-away vhost per test, the `screener` binary as a child process, queue
//! counts, draining queues.
//!
//! Shared by `tests/broker.rs` and `benches/broker.rs` (included there by path).

#![allow(dead_code)]

use futures_util::StreamExt;
use lapin::message::Delivery;
use lapin::options::{BasicConsumeOptions, BasicQosOptions, QueueDeclareOptions};
use lapin::types::{AMQPValue, FieldTable};
use lapin::{Connection, ConnectionProperties};
use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Where the broker listens.
pub const BROKER: &str = "127.0.0.1:5672";

/// Whether the broker answers. When it does not, that is a failure (the README's test command starts
/// the broker first), unless `SCREENER_SKIP_BROKER_TESTS` is set: then the caller skips, saying so.
pub fn broker_available(test: &str) -> bool {
    let ok = BROKER
        .parse::<SocketAddr>()
        .ok()
        .and_then(|a| TcpStream::connect_timeout(&a, Duration::from_secs(2)).ok())
        .is_some();
    if !ok {
        if std::env::var_os("SCREENER_SKIP_BROKER_TESTS").is_none() {
            panic!(
                "{test}: RabbitMQ is not reachable at {BROKER}; start it with scripts/rabbitmq-up \
                 (or set SCREENER_SKIP_BROKER_TESTS=1 to skip the broker tests)"
            );
        }
        say_skip(&format!(
            "SKIP {test}: RabbitMQ is not reachable at {BROKER} and SCREENER_SKIP_BROKER_TESTS is set"
        ));
    }
    ok
}

/// Prints that a test skips, where the person running the tests sees it: straight to the process's
/// standard error, which the test harness does not capture (`eprintln!` output of a passing test is
/// swallowed, and a skipped test would look like a passed one).
pub fn say_skip(message: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "{message}");
}

/// The shared corpus files, or `None` after printing that the caller skips.
pub fn corpus(test: &str) -> Option<(PathBuf, PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let drafts = dir.join("real_drafts.jsonl");
    let comments = dir.join("real_comments.jsonl");
    if drafts.is_file() && comments.is_file() {
        Some((drafts, comments))
    } else {
        say_skip(&format!(
            "SKIP {test}: corpus absent ({} not found)",
            drafts.display()
        ));
        None
    }
}

/// Runs `rabbitmqctl` with `args`; panics with its output on failure.
pub fn rabbitmqctl(args: &[&str]) -> String {
    let out = Command::new("rabbitmqctl")
        .args(args)
        .output()
        .expect("rabbitmqctl runs (needs the RabbitMQ CLI and the Erlang cookie, e.g. as root)");
    assert!(
        out.status.success(),
        "rabbitmqctl {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A vhost of its own with full permissions for guest, deleted on drop.
pub struct Vhost {
    pub name: String,
}

impl Vhost {
    pub fn new(test: &str) -> Vhost {
        let name = format!("screener-test-{test}-{}", std::process::id());
        // A leftover of a killed earlier run with the same pid is unlikely but harmless to clear.
        let _ = Command::new("rabbitmqctl")
            .args(["-q", "delete_vhost", &name])
            .output();
        rabbitmqctl(&["-q", "add_vhost", &name]);
        rabbitmqctl(&[
            "-q",
            "set_permissions",
            "-p",
            &name,
            "guest",
            ".*",
            ".*",
            ".*",
        ]);
        Vhost { name }
    }

    /// `amqp://guest:guest@127.0.0.1:5672/<vhost>`.
    pub fn url(&self) -> String {
        format!("amqp://guest:guest@{BROKER}/{}", self.name)
    }

    /// Queue names in the vhost, sorted.
    pub fn queue_names(&self) -> Vec<String> {
        let mut names: Vec<String> = rabbitmqctl(&["-q", "list_queues", "-p", &self.name, "name"])
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && *l != "name")
            .map(str::to_owned)
            .collect();
        names.sort();
        names
    }

    /// Closes every client connection to the vhost whose client-provided name contains `name`
    /// (e.g. `screener worker`), as an operator or a network failure would. Returns how many.
    pub fn close_connections(&self, name: &str) -> usize {
        let listing = rabbitmqctl(&[
            "-q",
            "list_connections",
            "vhost",
            "pid",
            "client_properties",
        ]);
        let mut closed = 0;
        for line in listing.lines() {
            let mut cols = line.splitn(3, '\t');
            let (Some(vhost), Some(pid), Some(props)) = (cols.next(), cols.next(), cols.next())
            else {
                continue;
            };
            if vhost == self.name && props.contains(name) {
                // A connection may be gone between listing and closing.
                let _ = Command::new("rabbitmqctl")
                    .args(["-q", "close_connection", pid, "closed by test"])
                    .output();
                closed += 1;
            }
        }
        closed
    }
}

impl Drop for Vhost {
    fn drop(&mut self) {
        let _ = Command::new("rabbitmqctl")
            .args(["-q", "delete_vhost", &self.name])
            .output();
    }
}

/// A free local TCP port (bound and released; another process could take it, which is unlikely).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The `screener` binary.
pub fn screener_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_screener"))
}

/// A command for the binary, run from the crate root (so `./lexicons` is the default) against `url`.
pub fn screener(url: &str) -> Command {
    let mut c = Command::new(screener_bin());
    c.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("SCREENER_AMQP_URL", url)
        .env_remove("SCREENER_CONFIG")
        .env("SCREENER_LOG", "info");
    c
}

/// Runs `screener enqueue` with `args`; panics unless it succeeds.
pub fn enqueue(url: &str, args: &[&std::ffi::OsStr]) {
    let out = screener(url).arg("enqueue").args(args).output().unwrap();
    assert!(
        out.status.success(),
        "enqueue failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Verdicts of `screener screen` for `files`, by id.
pub fn screen(files: &[&Path]) -> BTreeMap<String, serde_json::Value> {
    let out = Command::new(screener_bin())
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .arg("screen")
        .args(files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "screen failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
        .split(|b| *b == b'\n')
        .filter(|l| !l.is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_slice(l).unwrap();
            (v["id"].as_str().unwrap().to_owned(), v)
        })
        .collect()
}

/// A running `screener worker`, killed on drop if still running.
pub struct Worker {
    pub child: Child,
    pub port: u16,
    pub log: PathBuf,
}

impl Worker {
    /// Starts a worker against `url` with extra flags; its log goes to `log_dir/worker-<port>.log`.
    pub fn start(url: &str, log_dir: &Path, extra: &[&str]) -> Worker {
        let port = free_port();
        let log = log_dir.join(format!("worker-{port}.log"));
        let child = screener(url)
            .arg("worker")
            .arg("--listen")
            .arg(format!("127.0.0.1:{port}"))
            .args(extra)
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        Worker { child, port, log }
    }

    /// GET a path of the worker's HTTP endpoint: (status, body), or None when it does not answer.
    pub fn get(&self, path: &str) -> Option<(u16, String)> {
        let mut s = TcpStream::connect(("127.0.0.1", self.port)).ok()?;
        s.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .ok()?;
        let mut buf = String::new();
        s.read_to_string(&mut buf).ok()?;
        let status = buf.split_whitespace().nth(1)?.parse().ok()?;
        let body = buf
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_owned())
            .unwrap_or_default();
        Some((status, body))
    }

    /// Waits until `/readyz` answers 200.
    pub fn wait_ready(&mut self, timeout: Duration) {
        let t0 = Instant::now();
        while t0.elapsed() < timeout {
            if let Some(status) = self.child.try_wait().unwrap() {
                panic!("worker exited early ({status}):\n{}", self.log_text());
            }
            if matches!(self.get("/readyz"), Some((200, _))) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("worker not ready after {timeout:?}:\n{}", self.log_text());
    }

    /// Sum of a metric's samples whose line starts with `prefix` (name and optional labels).
    pub fn metric_sum(&self, prefix: &str) -> f64 {
        let (_, body) = self.get("/metrics").expect("metrics answer");
        body.lines()
            .filter(|l| l.starts_with(prefix))
            .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
            .sum()
    }

    /// Sends a signal by name (`TERM`, `INT`).
    pub fn signal(&self, sig: &str) {
        let ok = Command::new("kill")
            .arg(format!("-{sig}"))
            .arg(self.child.id().to_string())
            .status()
            .unwrap()
            .success();
        assert!(ok, "kill -{sig} failed");
    }

    /// Waits for the process to exit; panics after `timeout`.
    pub fn wait_exit(&mut self, timeout: Duration) -> std::process::ExitStatus {
        let t0 = Instant::now();
        loop {
            if let Some(s) = self.child.try_wait().unwrap() {
                return s;
            }
            if t0.elapsed() > timeout {
                let _ = self.child.kill();
                panic!(
                    "worker did not exit within {timeout:?}:\n{}",
                    self.log_text()
                );
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        if std::thread::panicking() {
            eprintln!(
                "--- log of worker on port {} ---\n{}",
                self.port,
                self.log_text()
            );
        }
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A lapin connection for inspecting queues.
pub async fn connect(url: &str) -> Connection {
    Connection::connect(url, ConnectionProperties::default())
        .await
        .unwrap()
}

/// Ready messages in `queue` (passive declare; unacknowledged ones are not counted).
pub async fn count(conn: &Connection, queue: &str) -> u32 {
    let ch = conn.create_channel().await.unwrap();
    let q = ch
        .queue_declare(
            queue.into(),
            QueueDeclareOptions {
                passive: true,
                ..QueueDeclareOptions::default()
            },
            FieldTable::default(),
        )
        .await
        .unwrap_or_else(|e| panic!("queue {queue}: {e}"));
    let _ = ch.close(200, "OK".into()).await;
    q.message_count()
}

/// Sum of [`count`] over `queues`.
pub async fn count_all(conn: &Connection, queues: &[String]) -> u32 {
    let mut n = 0;
    for q in queues {
        n += count(conn, q).await;
    }
    n
}

/// Polls until `done(counts)` holds for the counts of `queues`, or panics after `timeout`.
pub async fn wait_for_counts(
    conn: &Connection,
    queues: &[String],
    timeout: Duration,
    what: &str,
    done: impl Fn(&BTreeMap<String, u32>) -> bool,
) -> BTreeMap<String, u32> {
    let t0 = Instant::now();
    loop {
        let mut counts = BTreeMap::new();
        for q in queues {
            counts.insert(q.clone(), count(conn, q).await);
        }
        if done(&counts) {
            return counts;
        }
        if t0.elapsed() > timeout {
            panic!("{what}: not reached after {timeout:?}; counts {counts:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Consumes (and removes) every message of `queue`: as many as [`count`] says, then checks that
/// nothing more arrives for a short while.
pub async fn drain(conn: &Connection, queue: &str) -> Vec<Delivery> {
    let expected = count(conn, queue).await as usize;
    let ch = conn.create_channel().await.unwrap();
    ch.basic_qos(1000, BasicQosOptions::default())
        .await
        .unwrap();
    let mut consumer = ch
        .basic_consume(
            queue.into(),
            "drain".into(),
            BasicConsumeOptions {
                no_ack: true,
                ..BasicConsumeOptions::default()
            },
            FieldTable::default(),
        )
        .await
        .unwrap();
    let mut out = Vec::with_capacity(expected);
    while out.len() < expected {
        match tokio::time::timeout(Duration::from_secs(30), consumer.next()).await {
            Ok(Some(Ok(d))) => out.push(d),
            other => panic!(
                "draining {queue}: got {} of {expected}, then {other:?}",
                out.len()
            ),
        }
    }
    if let Ok(Some(Ok(_))) = tokio::time::timeout(Duration::from_millis(300), consumer.next()).await
    {
        panic!("draining {queue}: more than the {expected} counted");
    }
    let _ = ch.close(200, "OK".into()).await;
    out
}

/// A header's value as text (long strings and short strings).
pub fn header(d: &Delivery, name: &str) -> Option<String> {
    let h = d.properties.headers().as_ref()?;
    match h.inner().get(name)? {
        AMQPValue::LongString(s) => Some(String::from_utf8_lossy(s.as_bytes()).into_owned()),
        AMQPValue::ShortString(s) => Some(s.as_str().to_owned()),
        other => Some(format!("{other:?}")),
    }
}
