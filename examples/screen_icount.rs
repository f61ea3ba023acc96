//! Screens the real drafts once (or `REPS` times), for instruction counts under callgrind, which
//! are repeatable on a shared machine where wall-clock benchmarks are not.
//!
//! ```text
//! cargo build --release --example screen_icount
//! valgrind --tool=callgrind --toggle-collect='screen_icount::screen_all' \
//!     target/release/examples/screen_icount [default|51k]
//! valgrind --tool=callgrind --toggle-collect='screen_icount::cut_all' \
//!     target/release/examples/screen_icount jieba          # the bench's baseline
//! REPS=9 target/release/examples/screen_icount 51k      # best-of-9 wall clock, in ms
//! NO_BOUNDARY=1 REPS=9 target/release/examples/screen_icount 51k   # without the jieba check
//! LEXICONS=lexicons target/release/examples/screen_icount default   # the lists on disk
//! ```
//!
//! `jieba` times the criterion bench's baseline (bare `Jieba::new()`, HMM off, over the same titles
//! and bodies), so a ratio can be read off one build; `NO_BOUNDARY` screens with the word-boundary
//! rule off, which shows what segmenting costs.
//!
//! Reads `../shared/corpus/real_drafts.jsonl` (and `lexicon-konsheng/` for `51k`); exits saying so
//! when they are absent. The criterion bench (`cargo bench --bench screening`) is the reference for
//! MB/s; this is for finding where instructions go.

use screener::item::Item;
use screener::screen::{Screener, ScreenerOptions};
use std::hint::black_box;

/// The allocator the `screener` binary ships with (src/main.rs).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const CORPUS: &str = "../shared/corpus";

/// The benchmark's baseline: bare jieba-rs, HMM off, over the same titles and bodies.
#[inline(never)]
fn cut_all(jieba: &jieba_rs::Jieba, items: &[Item]) {
    for i in items {
        if let Some(t) = &i.title {
            black_box(jieba.cut(t, false));
        }
        black_box(jieba.cut(&i.body, false));
    }
}

#[inline(never)]
fn screen_all(s: &Screener, items: &[Item]) {
    for i in items {
        black_box(s.screen(i));
    }
}

fn main() {
    let Ok(text) = std::fs::read_to_string(format!("{CORPUS}/real_drafts.jsonl")) else {
        eprintln!("skipping: {CORPUS}/real_drafts.jsonl not found");
        return;
    };
    let items: Vec<Item> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| Item::from_str_json(l).expect("corpus item"))
        .collect();
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    if std::env::args().nth(1).as_deref() == Some("jieba") {
        let jieba = jieba_rs::Jieba::new();
        let mut best = f64::MAX;
        for _ in 0..reps {
            let t = std::time::Instant::now();
            cut_all(&jieba, &items);
            best = best.min(t.elapsed().as_secs_f64());
        }
        println!("bare jieba, best of {reps}: {:.1} ms", best * 1e3);
        return;
    }
    let mut opts = ScreenerOptions::default();
    if std::env::args().nth(1).as_deref() == Some("51k") {
        let dir = std::path::PathBuf::from(CORPUS).join("lexicon-konsheng");
        if !dir.is_dir() {
            eprintln!("skipping: {} not found", dir.display());
            return;
        }
        opts.extra = vec![dir];
    }
    opts.no_boundary_check = std::env::var_os("NO_BOUNDARY").is_some();
    // a lexicon directory on disk instead of the built-in copy: what a lexicon edit costs, without
    // a rebuild
    if let Some(dir) = std::env::var_os("LEXICONS") {
        opts.lexicons = screener::screen::lexicon::LexiconSource::Dir(dir.into());
    }
    let s = Screener::load(&opts).expect("lexicons load");
    // lazy statics (regexes, automata, tables) are built on first use: one pass outside the
    // measured call builds them all, so that the count is the steady state
    for i in &items {
        black_box(s.screen(i));
    }
    let mut best = f64::MAX;
    for _ in 0..reps {
        let t = std::time::Instant::now();
        screen_all(&s, &items);
        best = best.min(t.elapsed().as_secs_f64());
    }
    println!(
        "{} drafts, best of {reps}: {:.1} ms",
        items.len(),
        best * 1e3
    );
}
