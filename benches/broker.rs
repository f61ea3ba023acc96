//! Whole-process benchmark through the local RabbitMQ: the worker against a no-op relay.
//!
//! Both runs use the same binary, settings and plumbing (consume with prefetch, a hop through the
//! screening threads, publish to `review` and to the audit exchange with confirms, batched acks); the
//! relay (`screener worker --relay`, hidden) only skips parsing and screening and forwards each
//! input unchanged. So the ratio of the two is what screening costs end to end.
//!
//! For each mode and round, in a fresh vhost:
//! 1. throughput: a backlog of real drafts (the corpus's drafts, copied with new ids until there
//!    are `SCREENER_BENCH_ITEMS`, default 11,264) is enqueued, the worker started, and the review
//!    queues polled; items per second are taken between 5 % and 95 % of the run, so that start-up and
//!    the tail do not count;
//! 2. latency: with the backlog done and the review queues purged, `SCREENER_BENCH_LATENCY_ITEMS`
//!    (default 2,000) drafts are published at a steady `SCREENER_BENCH_RATE` per second (default
//!    500) and consumed from the review queues; latency is publish to arrival, p50 and p99.
//!
//! Besides wall-clock rates, each throughput run reads the CPU time (user + system, from
//! `/proc/<pid>/stat`) the worker process and the broker's `beam.smp` spend between the 5 % and 95 %
//! marks, as microseconds per item. On a shared virtual machine the rates swing by tens of percent
//! from run to run; CPU per item moves much less and shows where the difference comes from.
//!
//! Run: `cargo bench --bench broker` (`SCREENER_BENCH_ROUNDS`, default 5). Skips, saying so, without
//! a broker or the corpus.

#[path = "../tests/support/mod.rs"]
mod support;

use futures_util::StreamExt;
use lapin::options::{BasicConsumeOptions, ConfirmSelectOptions, QueuePurgeOptions};
use lapin::types::FieldTable;
use lapin::BasicProperties;
use screener::item::Route;
use screener::worker::config::Topology;
use screener::worker::publish::publish_confirmed;
use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use support::*;

fn env_num(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Drafts with ids made unique per copy: `<id>~<copy>`.
fn drafts(source: &std::path::Path, n: usize, tag: &str) -> Vec<Vec<u8>> {
    let text = std::fs::read_to_string(source).unwrap();
    let base: Vec<serde_json::Value> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    (0..n)
        .map(|i| {
            let mut v = base[i % base.len()].clone();
            let id = format!("{}~{tag}{}", v["id"].as_str().unwrap(), i / base.len());
            v["id"] = id.into();
            serde_json::to_vec(&v).unwrap()
        })
        .collect()
}

struct Run {
    items_per_sec: f64,
    /// CPU microseconds per item between the 5 % and 95 % marks: the worker process, the broker.
    worker_cpu_us: f64,
    broker_cpu_us: f64,
    p50_ms: f64,
    p99_ms: f64,
}

/// CPU time (user + system) of process `pid` so far, in seconds; 0 when it cannot be read.
fn cpu_seconds(pid: u32) -> f64 {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return 0.0;
    };
    // Fields after the command name (which is in parentheses and may hold spaces): state is the
    // first, utime the 12th, stime the 13th; in clock ticks.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| f.get(i).and_then(|v| v.parse::<f64>().ok()).unwrap_or(0.0);
    (ticks(11) + ticks(12)) / clock_ticks()
}

fn clock_ticks() -> f64 {
    static TICKS: std::sync::OnceLock<f64> = std::sync::OnceLock::new();
    *TICKS.get_or_init(|| {
        std::process::Command::new("getconf")
            .arg("CLK_TCK")
            .output()
            .ok()
            .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
            .unwrap_or(100.0)
    })
}

/// The RabbitMQ node's Erlang VM (`beam.smp`), if one runs on this machine.
fn broker_pid() -> Option<u32> {
    let out = std::process::Command::new("pgrep")
        .args(["-f", "beam.smp.*rabbit"])
        .output()
        .ok()?;
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .next()?
        .trim()
        .parse()
        .ok()
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

async fn run_mode(
    relay: bool,
    round: usize,
    backlog: &[Vec<u8>],
    latency_items: &[Vec<u8>],
    rate: f64,
) -> Run {
    let mode = if relay { "relay" } else { "worker" };
    let vhost = Vhost::new(&format!("bench-{mode}-{round}"));
    let url = vhost.url();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("backlog.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&file).unwrap());
    for l in backlog {
        f.write_all(l).unwrap();
        f.write_all(b"\n").unwrap();
    }
    f.into_inner().unwrap().sync_all().unwrap();
    enqueue(&url, &[file.as_os_str()]);

    let t = Topology::default();
    let reviews: Vec<String> = Route::ALL.iter().map(|r| t.review_queue(*r)).collect();
    let conn = connect(&url).await;
    let n = backlog.len() as u32;
    wait_for_counts(
        &conn,
        std::slice::from_ref(&t.drafts_queue),
        Duration::from_secs(120),
        "backlog stored",
        |c| c[&t.drafts_queue] == n,
    )
    .await;

    // Throughput.
    let args: &[&str] = if relay { &["--relay"] } else { &[] };
    let mut w = Worker::start(&url, dir.path(), args);
    let (worker_pid, beam) = (w.child.id(), broker_pid());
    let cpu = || (cpu_seconds(worker_pid), beam.map_or(0.0, cpu_seconds));
    let mut samples: Vec<(Instant, u32, (f64, f64))> = Vec::new();
    let deadline = Instant::now() + Duration::from_secs(600);
    loop {
        let c = count_all(&conn, &reviews).await;
        samples.push((Instant::now(), c, cpu()));
        if c >= n {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "{mode}: stuck at {c} of {n}\n{}",
            w.log_text()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let at = |frac: f64| {
        let target = (f64::from(n) * frac) as u32;
        samples.iter().find(|(_, c, _)| *c >= target).unwrap()
    };
    let (t5, c5, cpu5) = at(0.05);
    let (t95, c95, cpu95) = at(0.95);
    let items = f64::from(c95 - c5);
    let items_per_sec = items / t95.duration_since(*t5).as_secs_f64();
    let worker_cpu_us = (cpu95.0 - cpu5.0) / items * 1e6;
    let broker_cpu_us = (cpu95.1 - cpu5.1) / items * 1e6;

    // Latency at a steady rate.
    let ch = conn.create_channel().await.unwrap();
    for q in &reviews {
        ch.queue_purge(q.as_str().into(), QueuePurgeOptions::default())
            .await
            .unwrap();
    }
    let sent: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let mut streams = Vec::new();
    for q in &reviews {
        let c = ch
            .basic_consume(
                q.as_str().into(),
                format!("bench-{q}").into(),
                BasicConsumeOptions {
                    no_ack: true,
                    ..BasicConsumeOptions::default()
                },
                FieldTable::default(),
            )
            .await
            .unwrap();
        streams.push(c);
    }
    let mut arrivals = futures_util::stream::select_all(streams);
    let pub_ch = conn.create_channel().await.unwrap();
    pub_ch
        .confirm_select(ConfirmSelectOptions::default())
        .await
        .unwrap();
    let publisher = {
        let sent = sent.clone();
        let items: Vec<(String, Vec<u8>)> = latency_items
            .iter()
            .map(|l| {
                let v: serde_json::Value = serde_json::from_slice(l).unwrap();
                (v["id"].as_str().unwrap().to_owned(), l.clone())
            })
            .collect();
        let input = t.input_exchange.clone();
        tokio::spawn(async move {
            let t0 = tokio::time::Instant::now();
            let mut confirms = futures_util::stream::FuturesUnordered::new();
            for (i, (id, body)) in items.into_iter().enumerate() {
                tokio::time::sleep_until(t0 + Duration::from_secs_f64(i as f64 / rate)).await;
                sent.lock().unwrap().insert(id.clone(), Instant::now());
                let props = BasicProperties::default()
                    .with_delivery_mode(2)
                    .with_message_id(id.into());
                let ch = pub_ch.clone();
                let input = input.clone();
                confirms.push(async move {
                    publish_confirmed(&ch, &input, "draft", &body, props, Duration::from_secs(30))
                        .await
                });
                // Collect finished confirms without waiting, so that the pace is kept.
                while let Some(Some(r)) = futures_util::FutureExt::now_or_never(confirms.next()) {
                    r.unwrap();
                }
            }
            while let Some(r) = confirms.next().await {
                r.unwrap();
            }
        })
    };
    let mut latencies = Vec::with_capacity(latency_items.len());
    while latencies.len() < latency_items.len() {
        let d = tokio::time::timeout(Duration::from_secs(60), arrivals.next())
            .await
            .expect("verdicts keep arriving")
            .unwrap()
            .unwrap();
        let now = Instant::now();
        let id = d
            .properties
            .message_id()
            .as_ref()
            .unwrap()
            .as_str()
            .to_owned();
        let t_sent = sent.lock().unwrap()[&id];
        latencies.push(now.duration_since(t_sent).as_secs_f64() * 1000.0);
    }
    publisher.await.unwrap();
    latencies.sort_by(f64::total_cmp);
    w.signal("TERM");
    assert!(w.wait_exit(Duration::from_secs(60)).success());
    drop(arrivals);
    let _ = conn.close(200, "OK".into()).await;
    Run {
        items_per_sec,
        worker_cpu_us,
        broker_cpu_us,
        p50_ms: percentile(&latencies, 0.5),
        p99_ms: percentile(&latencies, 0.99),
    }
}

fn main() {
    const B: &str = "broker benchmark";
    // `cargo bench` passes `--bench`; `cargo test --benches` passes nothing: only run when benching.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    if !broker_available(B) {
        return;
    }
    let Some((drafts_path, _)) = corpus(B) else {
        return;
    };
    let n = env_num("SCREENER_BENCH_ITEMS", 11_264);
    let m = env_num("SCREENER_BENCH_LATENCY_ITEMS", 2_000);
    let rate = env_num("SCREENER_BENCH_RATE", 500) as f64;
    let rounds = env_num("SCREENER_BENCH_ROUNDS", 5);
    let backlog = drafts(&drafts_path, n, "b");
    let latency_items = drafts(&drafts_path, m, "l");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let mut results: Vec<(bool, Run)> = Vec::new();
    for round in 0..rounds {
        // Alternate the order, so that neither mode always runs on a warmer broker.
        let order = if round % 2 == 0 {
            [true, false]
        } else {
            [false, true]
        };
        for relay in order {
            let r = rt.block_on(run_mode(relay, round, &backlog, &latency_items, rate));
            eprintln!(
                "round {round} {:6}: {:8.0} items/s   CPU/item: process {:5.1} µs, broker {:5.1} µs   latency at {rate:.0}/s: p50 {:6.2} ms  p99 {:6.2} ms",
                if relay { "relay" } else { "worker" },
                r.items_per_sec,
                r.worker_cpu_us,
                r.broker_cpu_us,
                r.p50_ms,
                r.p99_ms
            );
            results.push((relay, r));
        }
    }
    let median = |relay: bool, f: fn(&Run) -> f64| {
        let mut v: Vec<f64> = results
            .iter()
            .filter(|(r, _)| *r == relay)
            .map(|(_, x)| f(x))
            .collect();
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let (w, r) = (
        median(false, |x| x.items_per_sec),
        median(true, |x| x.items_per_sec),
    );
    println!("broker benchmark: {n} real drafts per run, {rounds} rounds (medians)");
    for (name, relay, rate) in [("worker", false, w), ("relay", true, r)] {
        println!(
            "  {name:6}: {rate:8.0} items/s   p50 {:6.2} ms   p99 {:6.2} ms   CPU/item: process {:5.1} µs, broker {:5.1} µs",
            median(relay, |x| x.p50_ms),
            median(relay, |x| x.p99_ms),
            median(relay, |x| x.worker_cpu_us),
            median(relay, |x| x.broker_cpu_us),
        );
    }
    let ratios: Vec<String> = (0..rounds)
        .map(|k| {
            let of = |relay: bool| {
                results
                    .iter()
                    .filter(|(r, _)| *r == relay)
                    .nth(k)
                    .map_or(f64::NAN, |(_, x)| x.items_per_sec)
            };
            format!("{:.2}", of(false) / of(true))
        })
        .collect();
    println!(
        "  worker / relay = {:.2} (target ≥ 0.80); by round: {}",
        w / r,
        ratios.join(" ")
    );
}
