//! Screens the real drafts once (or `REPS` times), for instruction counts under callgrind, which
//! are repeatable on a shared machine where wall-clock benchmarks are not.
//!
//! ```text
//! cargo build --release --example screen_icount
//! valgrind --tool=callgrind --toggle-collect='screen_icount::screen_all' \
//!     target/release/examples/screen_icount [default|51k]
//! REPS=9 target/release/examples/screen_icount 51k      # best-of-9 wall clock, in ms
//! ```
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
    let mut opts = ScreenerOptions::default();
    if std::env::args().nth(1).as_deref() == Some("51k") {
        let dir = std::path::PathBuf::from(CORPUS).join("lexicon-konsheng");
        if !dir.is_dir() {
            eprintln!("skipping: {} not found", dir.display());
            return;
        }
        opts.extra = vec![dir];
    }
    let s = Screener::load(&opts).expect("lexicons load");
    let reps: usize = std::env::var("REPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
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
