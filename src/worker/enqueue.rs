//! `screener enqueue`: publish JSONL items to the input exchange, for upstream tools and tests.
//!
//! Each non-empty line becomes one persistent message (`delivery_mode` 2, `content_type`
//! `application/json`, `message_id` = the item id, routing key = its kind), published with
//! `mandatory` and a publisher confirm; up to `--window` confirms are awaited at once. The layout is
//! declared first (idempotently), so that enqueueing before any worker ever ran loses nothing.
//!
//! Malformed lines: by default each is reported on stderr with its file and line number and
//! skipped, like `screener screen`, and the exit status is non-zero. With `--publish-malformed` they
//! are published as they are (bytes unchanged, a `message_id` when the line has a usable `id`,
//! routed by its `kind` when that is `draft` or `comment`, else by `--malformed-kind`), so that the
//! worker dead-letters them with the reason: the way to test the dead-letter path end to end.
//!
//! A progress bar (bytes read) is drawn on stderr when it is a terminal, and hidden otherwise.

use super::config::{EnqueueArgs, Topology};
use super::publish::{publish_confirmed, PublishError};
use super::topology;
use crate::item::{Item, Kind, MAX_ID_BYTES};
use anyhow::Context;
use futures_util::stream::{FuturesUnordered, StreamExt};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use lapin::options::ConfirmSelectOptions;
use lapin::types::ShortString;
use lapin::{BasicProperties, Connection, ConnectionProperties};
use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

/// How long to wait for one confirm before giving up on the line.
const CONFIRM_TIMEOUT: Duration = Duration::from_secs(60);

/// One line read, with where it came from.
struct Line {
    source: std::sync::Arc<str>,
    number: usize,
    bytes: Vec<u8>,
    /// Bytes of input this line accounts for, newline included (for the progress bar).
    consumed: u64,
}

/// Counts reported at the end.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct EnqueueReport {
    /// Messages confirmed by the broker.
    pub published: usize,
    /// Of those, malformed lines published as they are.
    pub malformed_published: usize,
    /// Malformed lines reported and skipped.
    pub malformed_skipped: usize,
    /// Lines whose publish failed (unroutable, nacked, timed out).
    pub failed: usize,
}

/// Reads the inputs on a plain thread (stdin may block for as long as upstream likes) and sends
/// lines, `\r\n` or `\n` stripped, to the publisher.
fn spawn_reader(files: Vec<PathBuf>, tx: tokio::sync::mpsc::Sender<anyhow::Result<Line>>) {
    std::thread::spawn(move || {
        let inputs: Vec<(String, Option<PathBuf>)> = if files.is_empty() {
            vec![("<stdin>".into(), None)]
        } else {
            // `-` is standard input, as for `screener screen`
            files
                .into_iter()
                .map(|p| {
                    if p.as_os_str() == "-" {
                        ("<stdin>".to_owned(), None)
                    } else {
                        (p.display().to_string(), Some(p))
                    }
                })
                .collect()
        };
        for (name, path) in inputs {
            let reader: Box<dyn BufRead> = match &path {
                None => Box::new(std::io::stdin().lock()),
                Some(p) => match std::fs::File::open(p) {
                    Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
                    Err(e) => {
                        let _ = tx.blocking_send(Err(
                            anyhow::Error::new(e).context(format!("无法打开 {name}"))
                        ));
                        return;
                    }
                },
            };
            let source: std::sync::Arc<str> = name.as_str().into();
            for (n, line) in reader.split(b'\n').enumerate() {
                let mut bytes = match line {
                    Ok(b) => b,
                    Err(e) => {
                        let _ = tx.blocking_send(Err(
                            anyhow::Error::new(e).context(format!("读取 {name} 失败"))
                        ));
                        return;
                    }
                };
                let consumed = bytes.len() as u64 + 1;
                if bytes.last() == Some(&b'\r') {
                    bytes.pop();
                }
                let line = Line {
                    source: source.clone(),
                    number: n + 1,
                    bytes,
                    consumed,
                };
                if tx.blocking_send(Ok(line)).is_err() {
                    return;
                }
            }
        }
    });
}

/// `id` and `kind` of a line that is JSON enough to have them, for a malformed line's properties.
fn loose_id_and_kind(bytes: &[u8]) -> (Option<String>, Option<Kind>) {
    let Ok(serde_json::Value::Object(obj)) = serde_json::from_slice::<serde_json::Value>(bytes)
    else {
        return (None, None);
    };
    let id = obj
        .get("id")
        .and_then(|v| v.as_str())
        .filter(|s| !s.is_empty() && s.len() <= MAX_ID_BYTES)
        .map(str::to_owned);
    let kind = match obj.get("kind").and_then(|v| v.as_str()) {
        Some("draft") => Some(Kind::Draft),
        Some("comment") => Some(Kind::Comment),
        _ => None,
    };
    (id, kind)
}

/// Publishes the lines of `args.files` (or stdin). Prints a summary on stderr.
///
/// # Errors
/// The broker cannot be reached, the layout cannot be declared, an input cannot be read.
pub async fn enqueue(
    amqp_url: &str,
    topology: &Topology,
    args: &EnqueueArgs,
) -> anyhow::Result<(EnqueueReport, ExitCode)> {
    let conn = Connection::connect(
        amqp_url,
        ConnectionProperties::default()
            .with_connection_name(format!("screener enqueue pid {}", std::process::id()).into()),
    )
    .await
    .with_context(|| {
        format!(
            "无法连接 RabbitMQ（消息代理）{}",
            super::config::mask_url(amqp_url)
        )
    })?;
    let ch = conn.create_channel().await.context("打开通道失败")?;
    topology::declare(&ch, topology)
        .await
        .context("声明队列与交换机失败")?;
    ch.confirm_select(ConfirmSelectOptions::default())
        .await
        .context("开启发布确认失败")?;

    let total: Option<u64> = if args.files.is_empty() || args.files.iter().any(|p| p == "-") {
        None
    } else {
        args.files
            .iter()
            .map(|p| std::fs::metadata(p).map(|m| m.len()).ok())
            .sum()
    };
    // Hidden by indicatif itself when stderr is not a terminal.
    let bar = ProgressBar::with_draw_target(total, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template("{spinner} {wide_bar} {bytes}/{total_bytes} {msg}")
            .expect("valid template"),
    );

    let (tx, mut rx) = tokio::sync::mpsc::channel(4096);
    spawn_reader(args.files.clone(), tx);

    let mut report = EnqueueReport::default();
    let mut in_flight = FuturesUnordered::new();
    let window = args.window.max(1);
    let settle = |r: Result<bool, (String, PublishError)>,
                  report: &mut EnqueueReport,
                  bar: &ProgressBar| match r {
        Ok(malformed) => {
            report.published += 1;
            report.malformed_published += usize::from(malformed);
        }
        Err((at, e)) => {
            report.failed += 1;
            bar.suspend(|| eprintln!("{at}: 发布失败：{e}"));
        }
    };
    while let Some(line) = rx.recv().await {
        let line = line?;
        bar.inc(line.consumed);
        if line.bytes.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let at = format!("{}:{}", line.source, line.number);
        let (id, kind, malformed) = match Item::from_slice(&line.bytes) {
            Ok(item) => (Some(item.id), item.kind, false),
            Err(e) if !args.publish_malformed => {
                report.malformed_skipped += 1;
                bar.suspend(|| eprintln!("{at}: 条目格式错误，已跳过：{e}"));
                continue;
            }
            Err(_) => {
                let (id, kind) = loose_id_and_kind(&line.bytes);
                (id, kind.unwrap_or(args.malformed_kind.into()), true)
            }
        };
        let mut props = BasicProperties::default()
            .with_content_type(ShortString::from("application/json"))
            .with_delivery_mode(2)
            .with_app_id(ShortString::from("screener-enqueue"));
        if let Some(id) = id.and_then(|i| ShortString::try_new(i).ok()) {
            props = props.with_message_id(id);
        }
        let ch = ch.clone();
        let exchange = topology.input_exchange.clone();
        in_flight.push(async move {
            publish_confirmed(
                &ch,
                &exchange,
                kind.as_str(),
                &line.bytes,
                props,
                CONFIRM_TIMEOUT,
            )
            .await
            .map(|()| malformed)
            .map_err(|e| (at, e))
        });
        while in_flight.len() >= window {
            if let Some(r) = in_flight.next().await {
                settle(r, &mut report, &bar);
            }
        }
    }
    while let Some(r) = in_flight.next().await {
        settle(r, &mut report, &bar);
    }
    bar.finish_and_clear();
    let _ = conn.close(200, "OK".into()).await;

    eprintln!(
        "已发布 {} 条（其中格式错误原样发布 {} 条）；格式错误跳过 {} 条；发布失败 {} 条",
        report.published, report.malformed_published, report.malformed_skipped, report.failed
    );
    let code = if report.malformed_skipped > 0 || report.failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    };
    Ok((report, code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_lines_keep_what_identifies_them() {
        let cases: &[(&[u8], Option<&str>, Option<Kind>)] = &[
            (
                br#"{"id":"c9","kind":"comment","body":1}"#,
                Some("c9"),
                Some(Kind::Comment),
            ),
            (br#"{"id":"d9","kind":"post"}"#, Some("d9"), None),
            (br#"{"id":"","kind":"draft"}"#, None, Some(Kind::Draft)),
            (br#"{"id":7,"kind":"draft"}"#, None, Some(Kind::Draft)),
            (b"not json", None, None),
            (b"\xff\xfe", None, None),
            (b"[1,2]", None, None),
        ];
        for (line, id, kind) in cases {
            let (got_id, got_kind) = loose_id_and_kind(line);
            assert_eq!(got_id.as_deref(), *id, "{}", String::from_utf8_lossy(line));
            assert_eq!(got_kind, *kind, "{}", String::from_utf8_lossy(line));
        }
        let long = format!(
            r#"{{"id":"{}","kind":"draft"}}"#,
            "x".repeat(MAX_ID_BYTES + 1)
        );
        assert_eq!(loose_id_and_kind(long.as_bytes()).0, None);
    }
}
