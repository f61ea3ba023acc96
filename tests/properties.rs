//! Invariants of screening over generated input: no panic, findings inside their fields, masked text
//! keeps its length, malformed bytes are errors and never panics.

use proptest::prelude::*;
use screener::item::Item;
use screener::screen::{Screener, ScreenerOptions};
use std::sync::LazyLock;

static SCREENER: LazyLock<Screener> =
    LazyLock::new(|| Screener::load(&ScreenerOptions::default()).expect("built-in lexicons load"));

/// Text mixing lexicon terms, evasion separators, digits, Latin, emoji and line breaks.
fn text() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "网络赌博",
        "代开发票",
        "法轮",
        "办法",
        "轮流",
        "地震",
        "伤亡",
        "机密",
        "县委书记",
        "、",
        "县长",
        "塔城镇",
        "加vx",
        "ｖｘ",
        "8964",
        "1",
        "0",
        "*",
        "-",
        " ",
        "·",
        "\u{200b}",
        "🎉",
        "\n",
        "網絡",
        "赌",
        "博",
        "https://t.cn/x",
        "www点a点com",
        "a@b.cn",
        "13987654321",
        "村民",
        "张三",
        "。",
        // URLs with non-ASCII hosts, marks a term needs, labels: where a byte offset could land
        // inside a character
        "http://",
        "维西",
        ".",
        "网址",
        "/",
        "@",
        "★",
        "秘密",
        "我老公",
        "代表",
        "县城",
        "局长",
        "格茸",
        "WX",
    ]);
    prop::collection::vec(atoms, 0..30).prop_map(|v| v.concat())
}

proptest! {
    // 400 cases by default; PROPTEST_CASES sets more for a long run
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(400),
        ..ProptestConfig::default()
    })]

    #[test]
    fn findings_stay_inside_their_fields(body in text(), title in text(), comment in any::<bool>()) {
        let item = if comment {
            Item::from_value(serde_json::json!({"id":"p","kind":"comment","body":body,"in_reply_to":"x"})).unwrap()
        } else {
            Item::from_value(serde_json::json!({"id":"p","kind":"draft","title":title,"body":body})).unwrap()
        };
        let v = SCREENER.screen(&item);
        for f in &v.findings {
            let len = item.field_text(&f.field).map(|t| t.chars().count());
            prop_assert!(len.is_some(), "finding in an absent field {:?}", f.field);
            prop_assert!(f.start < f.end && f.end <= len.unwrap(), "{f:?}");
        }
        prop_assert_eq!(v.deidentified.body.chars().count(), item.body.chars().count());
        if let (Some(t), Some(d)) = (&item.title, &v.deidentified.title) {
            prop_assert_eq!(d.chars().count(), t.chars().count());
        }
        prop_assert_eq!(v.route.kind(), item.kind);
    }

    #[test]
    fn arbitrary_bytes_are_an_error_or_an_item_never_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let _ = Item::from_slice(&bytes);
    }

    #[test]
    fn arbitrary_json_objects_are_an_error_or_an_item(
        id in prop::option::of("[a-z]{0,3}"),
        kind in prop::option::of(prop::sample::select(vec!["draft", "comment", "post"])),
        body in prop::option::of(any::<i32>().prop_map(|n| serde_json::json!(n)).boxed().prop_union(".{0,5}".prop_map(|s| serde_json::json!(s)).boxed())),
    ) {
        let mut o = serde_json::Map::new();
        if let Some(i) = id { o.insert("id".into(), i.into()); }
        if let Some(k) = kind { o.insert("kind".into(), k.into()); }
        if let Some(b) = body { o.insert("body".into(), b); }
        o.insert("title".into(), "t".into());
        o.insert("in_reply_to".into(), "x".into());
        if let Ok(item) = Item::from_value(serde_json::Value::Object(o)) {
            let _ = SCREENER.screen(&item);
        }
    }
}
