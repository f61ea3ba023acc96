use screener::item::{Field, Item};
use screener::screen::normalize::Normalized;
use screener::screen::{Screener, ScreenerOptions};
use std::time::Instant;
fn main() {
    let text = std::fs::read_to_string("../shared/corpus/real_drafts.jsonl").unwrap();
    let items: Vec<Item> = text
        .lines()
        .map(|l| Item::from_str_json(l).unwrap())
        .collect();
    let mb = items.iter().map(|i| i.body.len()).sum::<usize>() as f64 / 1e6;
    let extra = if std::env::args().nth(1).is_some() {
        vec!["../shared/corpus/lexicon-konsheng".into()]
    } else {
        vec![]
    };
    let s = Screener::load(&ScreenerOptions {
        extra,
        ..Default::default()
    })
    .unwrap();
    let jieba = jieba_rs::Jieba::new();
    let ns: Vec<_> = items.iter().map(|i| Normalized::new(&i.body)).collect();
    let names = ["jieba", "normalize", "find", "scan", "screen"];
    let mut best = [f64::MAX; 5];
    for _ in 0..7 {
        for (k, _) in names.iter().enumerate() {
            let t = Instant::now();
            match k {
                0 => {
                    for i in &items {
                        std::hint::black_box(jieba.cut(&i.body, false));
                    }
                }
                1 => {
                    for i in &items {
                        std::hint::black_box(Normalized::new(&i.body));
                    }
                }
                2 => {
                    for x in &ns {
                        std::hint::black_box(s.lexicon().find(x, None));
                    }
                }
                3 => {
                    for i in &items {
                        std::hint::black_box(s.scan(Field::Body, &i.body));
                    }
                }
                _ => {
                    for i in &items {
                        std::hint::black_box(s.screen(i));
                    }
                }
            }
            best[k] = best[k].min(t.elapsed().as_secs_f64());
        }
    }
    for (k, n) in names.iter().enumerate() {
        print!("{n} {:.1} MB/s | ", mb / best[k]);
    }
    println!("ratio screen/jieba {:.2}", best[0] / best[4]);
}
