//! Screening throughput against bare jieba-rs segmentation, single-threaded, on real drafts.
//!
//! Reads `../shared/corpus/real_drafts.jsonl` (government replies) and, for the 51k-term case,
//! `../shared/corpus/lexicon-konsheng/`; skips, saying so, when they are absent.
//!
//! Measures, over the same titles and bodies:
//! - `bare_jieba`: `Jieba::new()` and `cut(text, false)` (HMM off, as the screener segments);
//! - `screen/default`: full screening (normalize, match, checks, de-identification, route) with the
//!   built-in lexicons;
//! - `screen/with_51k`: the same with the public 51k-term collection added.
//!
//! After criterion's report it prints MB/s of each and the ratio screening / bare jieba; the target
//! is at least 0.6. Run: `cargo bench --bench screening`.

use criterion::{criterion_group, Criterion, Throughput};
use jieba_rs::Jieba;
use screener::item::Item;
use screener::screen::{Screener, ScreenerOptions};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// The allocator the `screener` binary ships with (src/main.rs), so the figures are the binary's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CORPUS: &str = "../shared/corpus";

fn drafts() -> Option<Vec<Item>> {
    let path = Path::new(CORPUS).join("real_drafts.jsonl");
    let text = std::fs::read_to_string(&path).ok()?;
    Some(
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| Item::from_str_json(l).expect("corpus item"))
            .collect(),
    )
}

fn bytes(items: &[Item]) -> u64 {
    items
        .iter()
        .map(|i| (i.body.len() + i.title.as_ref().map_or(0, |t| t.len())) as u64)
        .sum()
}

fn cut_all(jieba: &Jieba, items: &[Item]) {
    for i in items {
        if let Some(t) = &i.title {
            black_box(jieba.cut(t, false));
        }
        black_box(jieba.cut(&i.body, false));
    }
}

fn screen_all(s: &Screener, items: &[Item]) {
    for i in items {
        black_box(s.screen(i));
    }
}

fn screeners() -> Vec<(&'static str, Screener)> {
    let mut out = vec![(
        "default",
        Screener::load(&ScreenerOptions::default()).expect("built-in lexicons"),
    )];
    let konsheng = PathBuf::from(CORPUS).join("lexicon-konsheng");
    if konsheng.is_dir() {
        let opts = ScreenerOptions {
            extra: vec![konsheng],
            ..Default::default()
        };
        out.push((
            "with_51k",
            Screener::load(&opts).expect("51k lexicon loads"),
        ));
    } else {
        eprintln!("skipping screen/with_51k: {} not found", konsheng.display());
    }
    out
}

fn bench(c: &mut Criterion) {
    let Some(items) = drafts() else {
        eprintln!("skipping the screening bench: {CORPUS}/real_drafts.jsonl not found");
        return;
    };
    let jieba = Jieba::new();
    let screeners = screeners();
    // warm up lazy statics (regexes, the public suffix list) before any measurement
    for (_, s) in &screeners {
        screen_all(s, &items[..10]);
    }
    let mut g = c.benchmark_group("drafts");
    g.throughput(Throughput::Bytes(bytes(&items)));
    g.sample_size(10).measurement_time(Duration::from_secs(15));
    g.bench_function("bare_jieba", |b| b.iter(|| cut_all(&jieba, &items)));
    for (name, s) in &screeners {
        g.bench_function(format!("screen/{name}"), |b| {
            b.iter(|| screen_all(s, &items))
        });
    }
    g.finish();

    // The figures the issue asks for, side by side: the best of seven rounds, each round bare jieba
    // and every screener in turn, so that the ratios compare passes made in the same state of the
    // machine (bare jieba's criterion time moved by a third between runs on the same build while
    // screening's held, when each was measured in its own block). Each is timed on its second
    // pass in a row: timing the first pass after another's measured jieba with its dictionary
    // evicted from the caches by screening (50 ms against 37 ms warm), which flattered the ratio
    // (0.65 against criterion's 0.52 in the same run).
    let mb = bytes(&items) as f64 / 1e6;
    let time = |f: &dyn Fn()| {
        f();
        let t = Instant::now();
        f();
        t.elapsed().as_secs_f64()
    };
    let mut jieba_best = f64::MAX;
    let mut screen_best = vec![f64::MAX; screeners.len()];
    for _ in 0..7 {
        jieba_best = jieba_best.min(time(&|| cut_all(&jieba, &items)));
        for ((_, s), best) in screeners.iter().zip(&mut screen_best) {
            *best = best.min(time(&|| screen_all(s, &items)));
        }
    }
    let base = mb / jieba_best;
    println!(
        "\n{} drafts, {mb:.2} MB of titles and bodies, one thread, best of 7 alternating rounds, each the second pass in a row",
        items.len()
    );
    println!("bare jieba-rs cut (HMM off): {base:8.2} MB/s");
    for ((name, _), best) in screeners.iter().zip(&screen_best) {
        let rate = mb / best;
        println!(
            "screen ({name:>8}):        {rate:8.2} MB/s  ratio {:.2} (target >= 0.60)",
            rate / base
        );
    }
}

criterion_group!(benches, bench);

fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
}
