//! Screening engine regression tests, one per kind of failure seen in other filters. Each test names
//! its kind; the strings are several instances of the kind, not only the one a case file had.
//!
//! Uses the lexicons built into the binary (the `lexicons/` directory), as `screener screen` does
//! when run outside the repository.

use screener::item::{Field, Item, Route, Verdict};
use screener::screen::{Screener, ScreenerOptions};
use std::sync::LazyLock;

static SCREENER: LazyLock<Screener> =
    LazyLock::new(|| Screener::load(&ScreenerOptions::default()).expect("built-in lexicons load"));

fn comment(body: &str) -> Item {
    Item::from_value(
        serde_json::json!({"id": "t", "kind": "comment", "body": body, "in_reply_to": "p"}),
    )
    .unwrap()
}

fn draft(title: &str, body: &str) -> Item {
    Item::from_value(serde_json::json!({
        "id": "t", "kind": "draft", "title": title, "body": body,
        "account": {"platform": "weibo", "name": "维西县人民政府", "unit": "县政府办公室"}
    }))
    .unwrap()
}

/// A draft of the county's WeChat account reposting 新华网's item `title`, its title kept.
fn xinhua_repost(title: &str, body: &str) -> Item {
    Item::from_value(serde_json::json!({
        "id": "t", "kind": "draft", "title": title, "body": body,
        "account": {"platform": "wechat", "name": "维西发布", "unit": "县融媒体中心"},
        "repost": {"source": "新华网", "url": "http://www.news.cn/2026/c_2.htm", "original_title": title}
    }))
    .unwrap()
}

/// Code point span of the first occurrence of `needle` in `text`.
fn span(text: &str, needle: &str) -> (usize, usize) {
    let b = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {text:?}"));
    let s = text[..b].chars().count();
    (s, s + needle.chars().count())
}

/// The (start, end) of findings in the body whose rule starts with `rule`.
fn body_spans(v: &Verdict, rule: &str) -> Vec<(usize, usize)> {
    v.findings
        .iter()
        .filter(|f| f.field == Field::Body && f.rule.starts_with(rule))
        .map(|f| (f.start, f.end))
        .collect()
}

/// Each body must have exactly one finding of `rule`, spanning exactly `whole` (the evasion as written).
fn assert_exact(cases: &[(&str, &str)], rule: &str) {
    for (body, whole) in cases {
        let v = SCREENER.screen(&comment(body));
        assert_eq!(
            body_spans(&v, rule),
            vec![span(body, whole)],
            "{body:?}: {:?}",
            v.findings
        );
    }
}

fn assert_no_hit(bodies: &[&str], rule: &str) {
    for body in bodies {
        let v = SCREENER.screen(&comment(body));
        assert!(
            body_spans(&v, rule).is_empty(),
            "{body:?}: {:?}",
            v.findings
        );
    }
}

/// Each draft (titled `title`) must be routed to `route`.
fn assert_draft_routes(title: &str, bodies: &[&str], route: Route) {
    for body in bodies {
        let v = SCREENER.screen(&draft(title, body));
        assert_eq!(v.route, route, "{body}: {:?}", v.findings);
    }
}

/// `who` is among the co-reviewers of `v`, the verdict on the draft `body`.
fn assert_co_reviewed_by(v: &Verdict, body: &str, who: &str) {
    assert!(
        v.co_review.iter().any(|c| c == who),
        "{body}: {:?}",
        v.co_review
    );
}

/// Each draft (titled 会议) goes to the deputy leader, co-reviewed by its reviewer among others.
fn assert_county_decisions(cases: &[(&str, &str)]) {
    for (body, reviewer) in cases {
        let v = SCREENER.screen(&draft("会议", body));
        assert_eq!(v.route, Route::DeputyLeader, "{body}");
        assert_co_reviewed_by(&v, body, reviewer);
    }
}

/// Each comment must be forwarded, to its department among others.
fn assert_forwarded(cases: &[(&str, &str)]) {
    for (body, department) in cases {
        let v = SCREENER.screen(&comment(body));
        assert_eq!(v.route, Route::Forward, "{body}");
        assert!(
            v.forward_to.iter().any(|d| d == department),
            "{body}: {:?}",
            v.forward_to
        );
    }
}

/// Drafts that name no county leader or unit: nobody co-reviews, the unit head signs off.
fn assert_no_leader_named(bodies: &[&str]) {
    for body in bodies {
        let v = SCREENER.screen(&draft("通知", body));
        assert!(v.co_review.is_empty(), "{body}: {:?}", v.co_review);
        assert_eq!(v.route, Route::UnitHead, "{body}");
    }
}

/// A repost whose body adds the reposter's opinion at `marker` (第七条): returned, with an
/// `attribution.opinion` finding covering the marker.
fn assert_opinion_returned(item: &Item, marker: &str) {
    let body = &item.body;
    let v = SCREENER.screen(item);
    assert_eq!(v.route, Route::Returned, "{body}: {:?}", v.findings);
    let (ms, me) = span(body, marker);
    assert!(
        body_spans(&v, "attribution.opinion")
            .iter()
            .any(|&(s, e)| s <= ms && e >= me),
        "{body}: {:?}",
        v.findings
    );
}

/// Routine drafts: the unit head signs off and nothing is masked.
fn assert_routine_unchanged(bodies: &[&str]) {
    for body in bodies {
        let v = SCREENER.screen(&draft("答复", body));
        assert_eq!(v.route, Route::UnitHead, "{body}: {:?}", v.findings);
        assert_eq!(v.deidentified.body, *body);
    }
}

/// Drafts that name a county leader: the deputy leader signs off, someone co-reviews (第九条).
fn assert_leader_named(bodies: &[&str]) {
    for body in bodies {
        let v = SCREENER.screen(&draft("督查", body));
        assert_eq!(v.route, Route::DeputyLeader, "{body}: {:?}", v.findings);
        assert!(!v.co_review.is_empty(), "{body}");
    }
}

/// Each comment must be routed to `route`.
fn assert_comment_routes(bodies: &[&str], route: Route) {
    for body in bodies {
        let v = SCREENER.screen(&comment(body));
        assert_eq!(v.route, route, "{body}: {:?}", v.findings);
    }
}

// Kind: noise symbols between a term's characters (代*开*发*票). The span covers the whole evasion.
#[test]
fn noise_between_term_characters() {
    assert_exact(
        &[
            ("长期代*开*发*票，电话联系", "代*开*发*票"),
            ("代 开·发￥票", "代 开·发￥票"),
            ("代_开_发_票", "代_开_发_票"),
        ],
        "lexicon.ad",
    );
    assert_exact(
        &[
            ("网-络-赌-博", "网-络-赌-博"),
            ("网 络 赌 博 日赚千元", "网 络 赌 博"),
            ("有人搞赌|博", "赌|博"),
            ("有没有人一起玩赌★博的", "赌★博"),
            ("网★络★赌★博，稳赚不赔", "网★络★赌★博"),
            ("专业办☆假☆证", "办☆假☆证"),
            // an ellipsis is one character skipped, though NFKC makes it three dots
            ("赌……博", "赌……博"),
            ("六……合……彩开奖", "六……合……彩"),
            ("有人搞赌 … 博", "赌 … 博"),
            ("网…络…赌…博", "网…络…赌…博"),
            // a run of one repeated symbol counts once
            ("网 ... 络 ... 赌 ... 博", "网 ... 络 ... 赌 ... 博"),
            ("赌——博平台", "赌——博"),
            // letters Chinese text only writes as separators: the stroke ideographs 丨 丶 丿, the
            // katakana long-vowel mark
            ("真人赌丨博平台", "赌丨博"),
            ("真人赌丶博，日赚千元", "赌丶博"),
            ("网丿络丿赌丿博", "网丿络丿赌丿博"),
            ("网ー络ー赌ー博，首充翻倍", "网ー络ー赌ー博"),
            ("网ｰ络ｰ赌ｰ博", "网ｰ络ｰ赌ｰ博"),
        ],
        "lexicon.illegal",
    );
    assert_exact(&[("代……开……发……票", "代……开……发……票")], "lexicon.ad");
    // combining marks drawn over every character, the last one's included (strike-through text)
    assert_exact(
        &[
            (
                "法\u{336}轮\u{336}功\u{336}好",
                "法\u{336}轮\u{336}功\u{336}",
            ),
            ("代开发票\u{20dd}，联系我", "代开发票\u{20dd}"),
        ],
        "lexicon.",
    );
}

// Kind: noise must not assemble a term across a paragraph, two line breaks or a long run of
// separators; one hard wrap inside Chinese is bridged, as a draft pasted with hard wraps or an
// evader writes it (breaker round 77), and the word-boundary rule still judges the term.
#[test]
fn noise_bridges_one_hard_wrap_but_not_layout() {
    assert_no_hit(
        &["可以代开\n\n发票吗", "代开 - - - - 发票", "代\n开发\n票"],
        "lexicon.ad",
    );
    assert_no_hit(&["学习了新办法\n轮流发言"], "lexicon.political");
    assert_exact(
        &[
            ("可以代开\n发票吗", "代开\n发票"),
            ("卖冰\n毒的，加我", "冰\n毒"),
            ("赌\r\n博", "赌\r\n博"),
            ("网络\u{2028}赌博", "网络\u{2028}赌博"),
        ],
        "lexicon.",
    );
    assert_draft_routes(
        "情况通报",
        &["今日凌晨，某村民房发生火\n灾，过火面积约30平方米。"],
        Route::CountyOffice,
    );
}

// Kind: a term written one character per line (vertical writing) is one evasion.
#[test]
fn terms_written_one_character_per_line() {
    assert_exact(&[("法\n轮\n功", "法\n轮\n功")], "lexicon.political");
    assert_exact(
        &[(
            "加群看内幕：\n网\r\n络\r\n赌\r\n博\n日赚千元",
            "网\r\n络\r\n赌\r\n博",
        )],
        "lexicon.illegal",
    );
    // the first and the last character sharing their lines with the text around (breaker round
    // 76): the whole term, not a shorter one inside it
    assert_exact(
        &[("代\n开\n发\n票，电话联系", "代\n开\n发\n票")],
        "lexicon.ad",
    );
    assert_exact(
        &[("来玩网\n络\n赌\n博", "网\n络\n赌\n博")],
        "lexicon.illegal",
    );
}

// Kind: zero-width and format characters inside a term.
#[test]
fn zero_width_characters_inside_terms() {
    assert_exact(
        &[
            (
                "六\u{200b}合\u{200c}彩\u{feff}内幕消息",
                "六\u{200b}合\u{200c}彩",
            ),
            (
                "代\u{200b}开\u{200b}发\u{200b}票",
                "代\u{200b}开\u{200b}发\u{200b}票",
            ),
            ("赌\u{00ad}博", "赌\u{00ad}博"),
            // blank letters (Hangul fillers) and tag characters display as nothing or a space
            ("六\u{3164}合\u{3164}彩，期期有料", "六\u{3164}合\u{3164}彩"),
            (
                "网\u{ffa0}络\u{ffa0}赌\u{ffa0}博",
                "网\u{ffa0}络\u{ffa0}赌\u{ffa0}博",
            ),
            (
                "代\u{e0061}\u{e0062}\u{e0063}\u{e0064}开\u{e0061}\u{e0062}\u{e0063}\u{e0064}发票",
                "代\u{e0061}\u{e0062}\u{e0063}\u{e0064}开\u{e0061}\u{e0062}\u{e0063}\u{e0064}发票",
            ),
        ],
        "lexicon.",
    );
}

// Kind: CJK radicals written for the ideographs they look like (草泥⻢, ⻩片); NFKC leaves them.
#[test]
fn radicals_read_as_ideographs() {
    assert_exact(&[("高清⻩片资源，私聊获取", "⻩片")], "lexicon.illegal");
    assert_exact(&[("草泥⻢，什么破政府", "草泥⻢")], "lexicon.abuse");
}

// Kind: banned words spelt partly or wholly in pinyin, homophones and variant characters.
#[test]
fn pinyin_homophones_and_variants() {
    assert_exact(
        &[
            ("网上du博输了十万", "du博"),
            ("这里有人在搞賭愽", "賭愽"),
            ("村口有人聚众赌bo", "赌bo"),
        ],
        "lexicon.illegal",
    );
    assert_exact(&[("有人卖冰du", "冰du")], "lexicon.illegal");
    // pinyin with its tone marks, over the marked letters (breaker round 70)
    assert_exact(
        &[
            ("网络dǔ博，日入过万", "网络dǔ博"),
            ("有冰dú，要的私聊", "冰dú"),
            ("专业办jiǎ证", "办jiǎ证"),
        ],
        "lexicon.illegal",
    );
    assert_exact(&[("fǎ轮功学员真相", "fǎ轮功")], "lexicon.political");
    // Japanese new forms of the characters (breaker round 70)
    assert_exact(
        &[
            ("有氷毒，要的私聊", "氷毒"),
            ("収购银行卡，价格高", "収购银行卡"),
            ("鎗支弹药出售", "鎗支弹药"),
        ],
        "lexicon.illegal",
    );
    assert_exact(
        &[
            ("宣传法仑功的传单", "法仑功"),
            ("FaLunGong的传单", "FaLunGong"),
        ],
        "lexicon.political",
    );
    assert_exact(&[("你个sha逼", "sha逼")], "lexicon.abuse");
    // an animal emoji written for its character, over the emoji in the original
    assert_exact(
        &[("🐶官一个", "🐶官"), ("草泥🐴", "草泥🐴")],
        "lexicon.abuse",
    );
    assert_no_hit(&["今天带🐶去散步"], "lexicon.abuse");
    assert_exact(
        &[
            ("长期代kai发票，电话联系", "代kai发票"),
            ("jia微信领红包", "jia微信"),
        ],
        "lexicon.ad",
    );
    // pinyin inside a longer Latin word is not the term, nor a spelling across a word
    assert_no_hit(
        &[
            "read the dubo manual",
            "hello dubox",
            "Du博士团队来维西义诊",
        ],
        "lexicon.illegal",
    );
}

// Kind: full-width letters and case (加ｖｘ, 加VX).
#[test]
fn full_width_and_case() {
    assert_exact(
        &[
            ("加ｖｘ进群", "加ｖｘ"),
            ("加VX详聊", "加VX"),
            ("加Ｖｘ", "加Ｖｘ"),
        ],
        "lexicon.ad",
    );
    // Cyrillic and Greek lookalikes of Latin letters
    assert_exact(
        &[("加νх进群", "加νх"), ("加ѵx", "加ѵx"), ("加vх", "加vх")],
        "lexicon.ad",
    );
    // a Latin term only matches a whole letter run
    assert_no_hit(&["加vivian好友"], "lexicon.ad");
    // a plus sign, plain or drawn, written for 加; 加微 on its own
    assert_exact(
        &[
            ("想要的➕V：abc123", "➕V"),
            ("有意者+V信详聊", "+V信"),
            ("✚薇信：abc", "✚薇信"),
            ("加微：xyz888，价格优惠", "加微"),
            // a homophone written for 加
            ("嘉V：abc12345", "嘉V"),
            ("有需要的嘉微信详谈", "嘉微信"),
        ],
        "lexicon.ad",
    );
    assert_no_hit(
        &[
            "参加微电影大赛",
            "增加微量元素",
            "孩子在参加微课学习",
            "C++v2版本",
        ],
        "lexicon.ad",
    );
}

// Kind: traditional characters (辦假證, 網絡賭博).
#[test]
fn traditional_characters() {
    assert_exact(
        &[
            ("專業辦假證，保真", "辦假證"),
            ("網絡賭博", "網絡賭博"),
            ("六合綵開獎", "六合綵"),
            // 假证 is cut apart in 假证件 by segmentation; the longer word is its own term
            ("有人在网上办理假證件，请大家注意。", "假證件"),
            ("出售假身份證", "假身份證"),
        ],
        "lexicon.illegal",
    );
}

// Kind: a term across a word boundary is not the term (补偿办法轮流值班, 一次性交纳).
#[test]
fn terms_inside_words_are_not_hits() {
    assert_no_hit(
        &[
            "大家一起学习了新办法轮流发言。",
            "补偿办法轮流值班",
            "城乡居民医保费可一次性交纳。",
            "他的特性交流起来很难",
        ],
        "lexicon.",
    );
    assert_no_hit(
        &[
            "在自动售票机上增加微信支付",
            "加强政策宣传销售",
            "学员一次性交1500元",
        ],
        "lexicon.",
    );
    // ... while the same terms standing as words, or inside one compound word, still hit
    assert_exact(
        &[("有人在散发法轮功传单", "法轮功"), ("涉及性交易", "性交易")],
        "lexicon.",
    );
    assert_exact(
        &[
            ("员工聚众赌博", "赌博"),
            ("收缴赌博机主板", "赌博"),
            ("严防非法传销问题反弹", "传销"),
        ],
        "lexicon.illegal",
    );
}

// Kind: a digit term only matches a whole digit run (8964 not in 18964).
#[test]
fn digit_terms_match_whole_runs() {
    assert_no_hit(
        &[
            "全年完成投资18964万元。",
            "编号89641",
            // one number across a decimal point, a thousands separator, a space or a hyphen
            "项目占地面积8964.5平方米。",
            "全县一般公共预算收入3.8964亿元。",
            "相关系数为0.8964",
            "电话139 8964 1234",
            "电话139-8964-1234",
            "卡号6222 8964 1234 5678，补贴没到",
            // a profit split
            "合作社收益按六四分成，村集体占六成。",
            "合作社按六四比例分红，村集体占六成。",
            "项目资金按六四承担，县级配套四成。",
            // a count: a quantity word before it, or 余 before its unit (breaker round 38)
            "截至目前，全县城乡居民参保人数达8964，参保率98%。",
            // a number's label before it, or a letter (breaker rounds 52 and 53)
            "房间号8964",
            "手机尾号8964的用户",
            "手机尾号是8964的那位师傅，你的钱包掉了",
            "车牌云R8964的车乱停",
            "收到验证码8964，是不是诈骗？",
            "投诉编号为8964",
            "发票号码8964",
            "K8964次列车晚点了",
            "住8964房",
            "卡号后四位8964",
            "五一假期共接待游客8964余人次。",
            "全县累计发放补贴8964笔，涉及资金200万元。",
            // one of a list of numbers (breaker round 84)
            "中签号码：0021、3307、8964、9150",
            // a legal unit of measurement or a measure word, in full, as a symbol or in a
            // table's brackets (breaker round 92)
            "县人民医院开展无偿献血活动，共采集血液8964毫升。",
            "光伏电站今年累计发电8964千瓦时。",
            "光伏电站今年累计发电8964kWh。",
            "县信访局今年共受理群众来信8964封。",
            "全县储备粮8964（吨）。",
            "全县储备粮8964(吨)",
            "今年降雨量8964毫米",
            "全县完成造林任务的8964‰",
            "水温8964℃",
            "馆藏诗词8964首",
        ],
        "lexicon.political",
    );
    // a date that is no date, in every mix of numerals
    for date in [
        "5月35日",
        "5月35号",
        "五月35日",
        "五月35号",
        "5月三十五日",
        "5月三十五号",
        "五月三十五日",
        "五月三十五号",
    ] {
        let body = format!("{date}快到了，大家懂的");
        let v = SCREENER.screen(&comment(&body));
        assert_eq!(
            body_spans(&v, "lexicon.political"),
            [span(&body, date)],
            "{body}"
        );
    }
    // 8964 that comes, or stands alone, is the date
    assert_exact(&[("8964来了，大家懂的", "8964")], "lexicon.political");
    // a comma before four digits or after them is no thousands separator (breaker round 84)
    assert_exact(
        &[("8964，1989年", "8964"), ("纪念8964，那一年", "8964")],
        "lexicon.political",
    );
    // a list without a number's label is how the date is repeated (regression breaker round 84)
    for body in ["记住这几个数字：1989、0604、8964", "89、64、8964，你懂的"] {
        let v = SCREENER.screen(&comment(body));
        assert_eq!(v.route, Route::Takedown, "{body}");
    }
    assert_exact(
        &[
            ("8964", "8964"),
            ("纪念8 9 6 4", "8 9 6 4"),
            ("纪念8.9.6.4", "8.9.6.4"),
            ("纪念8964。", "8964"),
            ("口号8964，传单", "8964"),
            // a word that merely starts like a measure word (breaker round 92)
            ("纪念8964周年", "8964"),
            ("8964回忆录", "8964"),
            ("8964首先要记住", "8964"),
            // nor a word that is a measure word only elsewhere (regression helper of round 92)
            ("8964把人民当敌人", "8964"),
            ("8964种种真相", "8964"),
            ("8964层层封锁消息", "8964"),
            ("8964回来了", "8964"),
            ("8964句句是血", "8964"),
            ("8964（真相）", "8964"),
            // the same date in Chinese numerals, whole
            ("纪念八九六四", "八九六四"),
            // its other names, in financial numerals too; a letter for a character
            ("八九学潮三十周年", "八九学潮"),
            ("陆肆事件真相", "陆肆事件"),
            ("法L功学员", "法L功"),
            // slogans against the state
            ("打倒共产党！", "打倒共产党"),
        ],
        "lexicon.political",
    );
}

// Kind: anti-drug and anti-gambling slogans are publicity, not illegal information; a drug case
// still is (breaker round 38).
#[test]
fn slogans_against_drugs_and_gambling_are_publicity() {
    assert_comment_routes(
        &[
            "学校组织禁毒教育，孩子学会了远离毒品，点赞！",
            "珍爱生命，拒绝毒品",
            "老年人打扑克、下棋，远离赌博。",
        ],
        Route::Publish,
    );
    assert_draft_routes(
        "禁毒",
        &["县公安局破获一起贩卖毒品案，缴获毒品200克。"],
        Route::DeputyLeader,
    );
    assert_comment_routes(&["我们村有人吸毒，派出所不管"], Route::Takedown);
}

// Kind: 1989's euphemisms name "that" storm or the political one; a year and an ordinary storm of
// something else (a restructuring) are local history (breaker round 38).
#[test]
fn euphemisms_of_a_date_need_their_own_words() {
    assert_exact(
        &[
            ("89年那场风波大家都懂", "89年那场风波"),
            ("1989年春夏之交的政治风波", "1989年春夏之交的政治风波"),
            ("八九年发生的政治风波", "八九年发生的政治风波"),
        ],
        "lexicon.political",
    );
    // the date itself written out (breaker round 64), but not inside a longer number
    assert_exact(
        &[
            ("1989年6月4日那天发生了什么", "1989年6月4日"),
            ("１９８９年６月４日", "１９８９年６月４日"),
            ("八九年六月四日的事", "八九年六月四日"),
        ],
        "lexicon.political",
    );
    assert_no_hit(
        &[
            "21989年6月4日",
            "我1989年那场粮站改制风波之后就下岗了，现在社保还没着落",
            "1989年建厂的酒厂在改制风波中停产，如今厂房变身文创园。",
        ],
        "lexicon.political",
    );
}

// Kind: leftmost-longest: the longer term wins, spanning it exactly.
#[test]
fn longest_term_wins() {
    let body = "举报有人搞网络赌博";
    let v = SCREENER.screen(&comment(body));
    assert_eq!(body_spans(&v, "lexicon."), vec![span(body, "网络赌博")]);
    // the contract's default: an illegal term in a comment is taken down, a report included
    // (the reviewer who handles it at once sees the report)
    assert_eq!(v.route, Route::Takedown);
}

// Kind: leftmost-longest across noise: the invoice's kind written between 代开 and 发票 belongs
// to the term, so the span is the whole evasion, not the shorter 代开增值税 inside it.
#[test]
fn longest_term_wins_across_noise() {
    assert_exact(
        &[
            ("代.开.增.值.税.发.票，价格优惠", "代.开.增.值.税.发.票"),
            ("专业代开增值税普通发票", "代开增值税普通发票"),
        ],
        "lexicon.ad",
    );
    // asking the tax office to issue an invoice is a tax service, not an advert
    assert_no_hit(&["需要到税务局代开房屋租金发票，委托我去办"], "lexicon.ad");
}

// Kind: offsets after astral characters (emoji are two UTF-16 units but one code point).
#[test]
fn offsets_are_code_points_after_emoji() {
    assert_exact(
        &[
            ("🎉🎉🎉代开发票找我", "代开发票"),
            ("👍🏻代开发票", "代开发票"),
        ],
        "lexicon.ad",
    );
}

// Kind: an allow term suppresses the term inside it (三黄片 allows 黄片).
#[test]
fn allow_terms_suppress_contained_hits() {
    assert_no_hit(&["三黄片药店有售"], "lexicon.illegal");
    assert_exact(&[("看黄片", "黄片")], "lexicon.illegal");
    // a Tibetan temple's dharma wheel and the Buddhist phrase are no sect
    assert_no_hit(
        &[
            "寺院金顶上的法轮和双鹿在阳光下熠熠生辉。",
            "大殿屋顶装饰着鎏金法轮。",
            "转经筒不停转动，法轮常转。",
        ],
        "lexicon.political",
    );
    assert_exact(&[("法轮大法好", "法轮")], "lexicon.political");
    // an allow read across a clause's end hides nothing (breaker round 88): the next clause's
    // first word is no part of the term that ended the clause before it
    assert_exact(&[("狗官，网友们都看着呢", "狗官")], "lexicon.abuse");
    assert_exact(&[("一群人渣。土匪都不如！", "人渣")], "lexicon.abuse");
    assert_exact(&[("本地有大麻，烦请私聊", "大麻")], "lexicon.illegal");
    assert_draft_routes(
        "通报",
        &[
            "今日凌晨县城发生地震，预警系统提前10秒发出警报。",
            "昨晚县城一商铺发生火灾，保险公司已第一时间介入理赔。",
            "一名村民上山采菌失联，党员突击队正在搜寻。",
        ],
        Route::CountyOffice,
    );
    // while the words themselves stay allowed, and an allow written with its comma still reads
    // across it
    assert_no_hit(&["地震预警系统运行正常。"], "lexicon.emergency");
    assert_no_hit(&["大麻烦来了"], "lexicon.illegal");
}

// Kind: emergency events go to the county office, compounds included (人员伤亡, 火灾事故, 洪涝灾害).
#[test]
fn emergency_events_go_to_the_county_office() {
    assert_draft_routes(
        "情况通报",
        &[
            "受强降雨影响，永春乡发生山洪，已转移群众120人。",
            "事故造成人员伤亡，具体情况正在核实。",
            "今日一处仓库发生火灾事故。",
            "全力做好洪涝灾害抢险救灾工作。",
            "今日下午，白济汛乡一处林区发生森林火灾。",
            // everyday words for the same events
            "永春乡突发洪水，已紧急转移群众200余人。",
            "一辆货车在214国道坠崖，造成3人死亡。",
            "一户村民家中发生一氧化碳中毒，2人经抢救无效死亡。",
            // a sentence opened by a condition that reports what happened
            "遇到持续降雨，昨晚永春乡发生泥石流，2人失联。",
            "一旦堰塞湖溃决，下游将面临严重威胁，县里已紧急转移下游群众1200人。",
            "如果不是村干部及时组织转移，昨晚的泥石流可能造成重大伤亡。",
            // a river over its warning level, a glacial lake about to burst, a cluster of cases, a
            // rockfall on a bus
            "澜沧江水位超警戒，沿江群众正在转移。",
            "冰川堰塞湖出现溃决险情，下游群众正在撤离。",
            "某乡出现麻疹聚集性病例，已隔离治疗。",
            "一辆客车被落石砸中，乘客情况正在核实。",
            "受暴雪影响，省道多处积雪结冰，800余人滞留，救援力量正赶赴现场。",
            // an evacuation order
            "澜沧江上游水电站今晚开闸泄洪，沿江群众请立即撤离。",
            "康普乡一处山林发生山火，扑救人员已赶赴现场。",
            "塔城镇发生地质灾害，造成道路中断。",
            "事故造成两名村民死亡。",
            "车上3人当场死亡。",
            // an incident described beside insurance
            "小区曾经发生过火灾险情，消防通道至今堵塞。",
            "国道214线发生车祸，一辆面包车翻下山坡。",
            "保和镇一家四口误食野生菌中毒，已送医救治。",
            "康普乡发生山体崩塌，道路中断。",
            "塔城镇一村民上山采药后与家人失去联系。",
            // accidents, searches and outbreaks told without a listed disaster word
            "一辆货车在214国道发生侧翻，司机被困。",
            "一名男子驾车坠入河中，目前仍下落不明，救援人员正在搜救。",
            "保和镇一处在建厂房发生倒塌事故，造成3人受伤。",
            "我县新增1例确诊病例，已转运至定点医院。",
            "永春桥塌了，有车掉下去了，快来人！",
            "叶枝镇一村民家中着火了，消防正在扑救。",
            // an event reported with what it did not cause is still reported
            "康普乡发生山体滑坡，未造成人员伤亡。",
            // mass incidents (群体性事件) told by their signs
            "部分村民在县政府门口聚集，拉横幅上访。",
            "十余名工人堵路讨要说法，交通中断一小时。",
            "二十多名村民到乡政府聚集上访。",
            // casualty figures: a number where the lexicon writes `{n}`
            "昨天下午，该县发生一起事故，造成2死3伤。",
            "事故造成一死两伤，伤者已送医救治。",
            "塌方已造成死亡3人，受伤12人。",
            "截至目前，3人失踪。",
            // deaths, poisonings, drownings and outbreaks in a bulletin's plain words
            "8月3日，一辆小型客车驶出路外，车上1人经送医后不治。",
            "叶枝镇一家4口因误食野生菌出现呕吐症状，已送医救治。",
            "近日，我县发现2例输入性登革热病例，患者均已隔离治疗。",
            "5月2日下午，澜沧江维西段有一名男子落水，目前仍在搜寻中。",
            "一男子在澜沧江边钓鱼时不慎落水，目前仍在搜寻中。",
            "部分商户在县城主干道聚集并阻断交通。",
            "永春河水位快速上涨，沿岸500余名群众已紧急转移。",
            "一辆大货车刹车失灵冲入路边民房。",
            "县城一在建工地脚手架垮塌，多名工人被压。",
            "事故发生后，已有5人不幸身故。",
        ],
        Route::CountyOffice,
    );
    assert_exact(
        &[
            ("该县发生一起事故，造成2死3伤。", "造成2死3伤"),
            ("据通报，该起事件致1死2伤", "致1死2伤"),
            ("截至发稿，已造成死亡12人", "死亡12人"),
            ("据通报，事故致二人死亡", "二人死亡"),
            ("事故共造成2名群众死亡", "2名群众死亡"),
            ("事故造成一名学生死亡", "一名学生死亡"),
            ("景区观光车造成3名游客受伤", "3名游客受伤"),
            ("事故造成死伤12人", "死伤12人"),
            ("事故造成重伤1人", "重伤1人"),
            ("事故造成人员死亡，具体人数正在核实", "人员死亡"),
        ],
        "lexicon.emergency",
    );
    // numbers that are no casualty figure, and idioms with 死
    assert_no_hit(
        &[
            "九死一生的经历让他难忘。",
            "他说不如一死了之。",
            "编号致12345678死",
        ],
        "lexicon.emergency",
    );
    // and as netizens report them
    assert_comment_routes(
        &[
            "听说那边发生了地震，死了好多人？",
            // plain words of netizens on the spot
            "攀天阁那边山垮了，把路堵死了",
            "我们村后山滑下来了，压了两间房子",
            "工地上有人从架子上掉下来了，还没醒",
            "听说叶枝那边有人吃菌子吃中毒了，送医院了",
            "维登那边山上冒烟，好大的火，快来人",
            "村里一个老人上山采药三天没回来了",
            "有人在大桥上要跳下去，快来人",
            "大货车撞了摩托车，骑车的人当场就不行了",
            "几十个工人把县政府大门围住了，要讨说法",
            "一百多村民把国道堵了，车都过不去",
            "有人掉河里淹着了，快来人",
            "村里好几个人得了怪病，发烧不退",
            "后山燃起来了，烟好大",
            "明天全村去堵高速，让领导出来说话",
            "现在好多人跑到乡政府闹，警察都来了",
            "矿上塌了，下面还有好几个人没上来",
            "河对面的山整个垮下来了，把路埋了",
            "镇上好多人上吐下泻，都住院了",
            "工地上有人从脚手架摔下来，人没了",
            "一堆人拉着横幅在县政府门口",
            "好多人把乡政府大门堵了",
            "娃娃掉下去了，还没捞上来",
            "隔壁村有人喝农药了",
            "洪水把桥冲断了，车过不去",
            "两辆车撞在一起，有人受伤了",
            "有人站在桥上要往下跳",
            "听说煤矿透水了，下面还有人",
            "明天我们一起去县政府门口拉横幅，让领导出来说话",
            "村口有人堵路，车都过不去了",
            "昨晚村里房子塌了，压死了两个人",
            "河里淹死了一个小孩，那边也没个护栏",
            "矿上死人了，老板在捂盖子",
            "我家老人走失两天了，大家帮忙找找",
            "工地塌方，两名工人被埋在下面",
            "河里捞上来一个人，已经没气了",
            "我爷爷早上出门走丢了，八十多岁",
            // a drug crop seen in the hills is reported, not deleted
            "有人在山上种罂粟，我看见好几亩",
            // breaker round 33: someone under rubble, many ill after a meal, a hillside cracking,
            // a smell of gas
            "工地上的土方塌下来，有个工人被压在下面了",
            "学校食堂中午吃完饭好多娃娃肚子疼拉肚子，都送医院了",
            "喝喜酒回来一家人都上吐下泻，现在在乡卫生院打点滴",
            "我们寨子后面的山裂开了好大一条缝，还在往下掉石头",
            "小区楼道里一股很浓的煤气味，好像是漏气了",
            // a call for help, someone walking into the water
            "有个老人往水里走了，快来人啊",
            "我家的煤气味道好大，谁来看一下",
            // an event of a few days ago recalled is still news
            "前几天那场山洪把路冲断了，到现在还没修",
        ],
        Route::Escalate,
    );
    // pets, road works and figures of speech are no emergency
    assert_comment_routes(
        &[
            "我家小狗走失了，谁看到了联系我",
            "前面施工堵路，大家绕行吧",
            "这个明星人设坍塌了",
            "周末景区游客多到爆炸",
            // similes and hyperbole
            "这价格简直是车祸现场",
            "这次考试成绩堪称大型车祸现场",
            "笑到淹死",
            // events long past: a decade, childhood, last year's event recalled as known
            "小时候听老人讲过五十年代那次大地震，现在房子都结实多了",
            "去年那场山洪之后，我们村的河堤修得很牢固了，感谢政府",
            // a condition opening the hit's clause
            "楼道里堆满杂物，万一发生火灾，后果不堪设想",
            "作业太多了，孩子被困在题海里",
            "楼上装修，整栋楼像地震一样",
            // inside a novel, a film, a game or a dream (the regression helper of round 93)
            "小说里死了一个学生，结局太惨了",
            "这部电影里有人持枪抢劫银行，拍得真好",
            "港片里的绑架案都这么拍",
            "游戏里开枪打死了人",
            "昨晚做梦梦见发生了地震",
            // machines on strike, small things caving in (the same helper)
            "办公室的打印机集体罢工了，急死人",
        ],
        Route::Publish,
    );
    // a cinema, a tragedy, the real world after the film, people on strike and a road or a
    // ceiling caving in are events
    assert_comment_routes(
        &[
            "公交司机集体罢工了",
            "小区门口路面突然塌陷，一辆车陷进去了",
            "教室的天花板突然塌陷，砸伤两名学生",
            "在电影院里突发火灾，大家快跑",
            "这场悲剧里三人遇难",
            "电影里看过泥石流，今天我们村真的发生了泥石流",
        ],
        Route::Escalate,
    );
    // a real event next to such words still counts
    assert_comment_routes(
        &[
            "路口发生车祸，现场一片狼藉",
            "昨晚发生地震，房子像要塌了一样",
            // what struck with words between (gapped terms)
            "我家被土埋了半截，快来救人",
            "羊被洪水冲走了",
            "他被石头砸伤了",
        ],
        Route::Escalate,
    );
    // routine safety work that names a hazard is no emergency
    assert_draft_routes(
        "通知",
        &[
            "依据《中华人民共和国传染病防治法》开展宣传。",
            "开展排查火灾隐患专项行动。",
            "请勿踩踏草坪。",
            "夏季高温，请注意预防食物中毒。",
            "存款人死亡后，合法继承人可依法办理。",
            // the characters of a term across two words are not the term (word mode)
            "企业遭遇难题时，可拨打12345热线。",
            "这部电影在当地震撼上映。",
            "活动现场群众热情似火，情绪高涨。",
            "在信息大爆炸的时代，如何辨别网络谣言？",
            "开展预防学生溺水专题教育。",
            "严防森林火灾发生，确保林区安全。",
            "各级党组织要防止党员干部思想滑坡。",
            "部分企业效益出现滑坡。",
            // drills, prevention, equipment and idioms name a hazard without one happening
            "县第一中学开展地震应急疏散演练。",
            "加强野生菌中毒防范宣传，提醒群众不采、不买、不食不熟悉的野生菌。",
            "新建综合楼安装了火灾自动报警系统。",
            "面对困难不能视之为洪水猛兽，要迎难而上。",
            "开展交通事故预防宣传进校园活动。",
            "各党支部全面排查失联党员，确保组织关系清楚。",
            "攀天阁乡开展地质灾害应急演练。",
            "开展防震减灾知识讲座，普及地震避险常识。",
            "县气象局开展地震科普宣传进社区活动。",
            // safety how-tos and metaphors
            "小知识：地震时如何避险？牢记“伏地、遮挡、手抓牢”。",
            "发生火灾时如何正确逃生？请看消防员的提示。",
            "网络直播带货呈爆炸式增长。",
            "办理交通事故责任强制保险，请到保险公司网点。",
            "该危房年久失修，存在倒塌的危险，已设置警示标志。",
            // what did not happen (the negated term alone; see the landslide below)
            "经现场排查，该仓库不存在爆炸危险。",
            "经核实，该生并没有失联，已与家人取得联系。",
            "今年以来全县未发生森林火灾。",
            // figurative difficulties and festival parades
            "不少小微企业受困于融资难题，县里出台了帮扶措施。",
            "阔时节期间，各族群众身着盛装参加民族服饰游行，欢度佳节。",
            "县城举行花车游行庆祝建县七十周年。",
            // patrols, first aid and places prone to a hazard are prevention work
            "各乡镇要加强汛期地质灾害巡查，发现险情及时报告。",
            "县人民医院开展急救技能培训，教授心肺复苏和溺水急救方法。",
            "县应急管理局提醒：汛期外出注意避开滑坡、泥石流易发区域。",
            // what to do if it happens, a hazard said to recur, and history
            "森林防火紧要期，严禁野外用火，发现火情请立即拨打12119。",
            "清明祭扫严禁在林区烧纸，一旦发现火情要第一时间报告。",
            "近年来，各地学生溺水事件时有发生，请家长务必看管好孩子。",
            "1976年唐山大地震后，党和政府领导人民重建家园。",
            "二〇〇八年地震后，党和政府领导人民重建家园。",
            // a sentence that opens with a past year tells of that year in every clause
            "1996年丽江大地震波及我县，房屋倒塌数百间。",
            "2013年，他因车祸导致肢体残疾。",
            // a sentence opened by a condition is advice; a risk, warning signs, a rate
            "如果遇到泥石流，请立即向与泥石流成垂直方向的两侧山坡上跑，不要顺沟方向跑。",
            "雨季来临，山区易发生泥石流、山体滑坡等地质灾害，请广大群众注意防范。",
            "问：发生山体滑坡前有哪些征兆？答：山坡出现裂缝、泉水突然干涸等。",
            "泥石流发生前有哪些征兆？",
            "消防员走进幼儿园，教孩子们火灾发生时如何逃生。",
            "县医院组织医生培训，提高溺水、中毒等急救技能。",
            "雨季山区易发生滑坡、泥石流等地质灾害。",
            "全县未发生重大森林火灾，森林火灾受害率控制在0.9‰以内。",
            // with its month and day, and a quake's magnitude
            "1970年1月5日，云南通海发生7.7级地震。",
            "回顾历史，1970年1月5日，云南通海发生7.7级地震，造成重大人员伤亡。",
            "2008年5月12日，四川汶川发生8.0级特大地震。",
            // the month the disaster is of, before `的` (breaker round 84)
            "2010年8月的特大泥石流灾害后，村庄整体搬迁。",
            "2014年7月的那场山洪过后，河堤全部加固。",
            "2014年，我县发生5.9级地震，房屋倒塌200余间。",
            // insurance named after what it covers
            "全县推广农房火灾保险，参保率达95%。",
            "为在校学生购买意外伤亡保险。",
            // years as people say them, in two digits
            "08年地震的时候，全县党员干部冲在一线。",
            "九八年洪水过后，堤坝全部加固。",
            // risk, monitoring and expertise
            "县里召开森林火灾风险评估会。",
            "县地震局新建地震监测点5个。",
            // breaker round 33: time passed, escape skills, incipient fires, statistics, the
            // name of what is regulated, a definition asked
            "5·12汶川地震已经过去十五年，灾区面貌焕然一新。",
            "开学第一课：学生们学习了火灾逃生、防溺水等安全知识。",
            "消防安全知识讲座教大家如何使用灭火器扑灭初期火灾。",
            "据统计，溺水是我国中小学生意外死亡的第一杀手，防溺水教育刻不容缓。",
            "县公安局开展民用爆炸物品安全管理专项检查。",
            "什么是泥石流？请看科普。",
            // breaker round 34: a sentence opened by a time long past, a definition, gas safety
            "上世纪五十年代，维西境内曾发生一次中强地震。",
            "小时候，我亲眼见过泥石流冲进村子。",
            "所谓地震烈度，是指地震对地面影响的强弱程度。",
            "天然气中添加了臭味剂，闻到燃气味要立即开窗通风、关闭阀门。",
            // a youth league's mixer is no dating advert
            "县团委举办“同城交友·缘定维西”单身青年联谊活动，60余名青年参加。",
        ],
        Route::UnitHead,
    );
}

// Kind: materials marked as not to be made public are returned (保密关); a county-wide religious
// affairs meeting is the principal leader's (第九条).
#[test]
fn closed_materials_and_religious_affairs() {
    assert_draft_routes(
        "简报",
        &[
            "此材料请勿公开。",
            "内部刊物，注意留存。",
            "内部情况通报，不对外发布。",
        ],
        Route::Returned,
    );
    assert_draft_routes(
        "会议",
        &["县民宗局召开全县宗教工作会议。"],
        Route::PrincipalLeader,
    );
}

// Kind: a comment that threatens on a condition, despairs or tells of an injury is escalated
// (第十条).
#[test]
fn threats_on_a_condition_are_escalated() {
    assert_comment_routes(
        &[
            "假如政府再不来人，我们就堵路",
            // despair and injuries are reported too
            "我真的撑不下去了，欠了一屁股债，不如死了算了",
            "隔壁两家为了地界打起来了，一个头都破了",
        ],
        Route::Escalate,
    );
}

// Kind: a sentence dated this year, to the day and with a magnitude, is news, not history.
#[test]
fn events_dated_this_year_go_to_the_county_office() {
    use chrono::Datelike;
    let year = chrono::Utc::now().year();
    let body = format!("{year}年3月5日，我县发生4.5级地震，房屋倒塌20余间。");
    assert_draft_routes("突发", &[body.as_str()], Route::CountyOffice);
    // a statistic of one event, an escape that happened, a water level over the warning line
    assert_draft_routes(
        "突发",
        &[
            "据统计，此次火灾造成3人受伤。",
            "昨晚8时许，塔城镇一民房发生火灾，两名村民跳窗逃生。",
            "受持续强降雨影响，永春河水位上涨，已超警戒水位0.5米。",
            "据统计，本轮疫情累计报告确诊病例12例。",
            "昨天保和镇遭遇冰雹，砸伤3名群众。",
        ],
        Route::CountyOffice,
    );
}

// Kind: secrecy markers send a draft back.
#[test]
fn secrecy_markers_return_the_draft() {
    assert_draft_routes(
        "人事调整",
        &[
            "本文件属机密级，请勿转发。",
            "内部资料，不得外传",
            "文件标注秘密★1年",
            "文件标注秘密 ★ 1年",
            "此件严禁外传。会议纪要如下。",
            "内部材料，请勿外传。",
            "密级：秘密  保密期限：10年",
            "本材料涉及国家秘密，仅供参会人员阅看。",
            // restrictions on circulation written in other words
            "【内部】请各单位务必于明日上午前报送名单。",
            "（此件不宜公开）关于调整部分乡镇领导班子的方案",
            "此件不宜对外公开。关于调整部分乡镇领导班子的方案",
            "本材料仅供领导参阅，请勿对外发布。",
            "会议纪要（内部参考，注意保存）",
            "此文件仅限县处级以上领导阅，不得翻印。",
            // the readers a document is restricted to, with words between (gapped terms)
            "本通知限科级以上干部阅。",
            "内部通知，请勿外泄。",
            // a document's disclosure attribute and the classification in brackets
            "此件不予公开。",
            "关于印发某某方案的通知（秘密）",
            "本文件限县处级以上领导干部阅读。",
            "保密期限：长期",
            "秘密☆1年 会议研究了下一步人事安排。",
            "内部通报 近期发现个别干部违规。",
            "此稿请勿公开发布，仅限班子成员传阅。",
            "CONFIDENTIAL 县委常委会议议程如下",
            "此件不得上网。",
            "征求意见稿，请勿扩散。",
            "这是涉密文件，不要外传。",
            "限收文单位主要负责人阅",
            "本材料仅限县处级以上领导阅",
            "（此件不公开）关于调整部分乡镇领导班子的方案",
            "本文为内部讨论稿，不得对外引用。",
            "县委组织部关于2025年度干部考察的情况报告（此件不上网）",
            // the circle it is kept to, in plain words
            "本材料仅供内部讨论，不宜公开。",
            "请勿对外转发。以下为会议安排。",
            "此方案仅限内部掌握，请勿对外透露。",
            // a list of the people cleared for secrets is itself secret
            "附件：涉密人员名单",
        ],
        Route::Returned,
    );
    // The star is part of the mark: the finding covers it; without it, 秘密 is an ordinary word.
    assert_exact(
        &[("文件标注秘密★1年", "秘密★"), ("秘密 ★ 5年", "秘密 ★")],
        "lexicon.secrecy",
    );
    assert_no_hit(
        &[
            "他们的秘密会议",
            "保守秘密，人人有责",
            "本信息为非涉密信息，经审核可以公开发布。",
            "深入学习贯彻保守国家秘密法。",
            "企业要注意保护商业机密。",
            // the title of a work
            "本周县影剧院放映电影《绝密使命》和《长津湖》，欢迎观看。",
            "观看电影〈绝密使命〉",
            "放映电影<<绝密使命>>",
            // reports on secrecy work, and the law and exam rules naming state secrets
            "县委保密办举办涉密文件管理培训班，全县60余名机要保密人员参加。",
            "县档案馆完成涉密档案清理和解密工作。",
            "各单位要严格落实定密责任，规范密级标注。",
            "个人信息、银行卡密码、验证码要注意保密，不要随意告诉他人。",
            "考试试卷在启用前属于国家秘密，考生不得抄录、带出考场。",
            // reading in a library is no restriction
            "图书馆开展限时免费阅读活动",
            "本馆限每人借阅3本",
            // secrecy education tells how classified files are handled
            "严禁在非涉密计算机上存储涉密文件。",
            "涉密不上网，上网不涉密。",
            "禁止通过微信传输涉密信息。",
            // rules about citing and handing out, not a restriction on this document
            "招标文件不得引用特定品牌。",
            "收集的个人信息不得对外提供。",
            // anti-fraud advice about the reader's own codes and data
            "请勿对外透露短信验证码",
            "请勿对外泄露个人信息和银行卡密码",
        ],
        "lexicon.secrecy",
    );
    // a marker next to a title, not in it, still counts
    assert_exact(&[("《工作方案》（绝密）", "绝密")], "lexicon.secrecy");
}

// Kind: a person gone missing (寻人启事, an old man brought home by the police) is no 第四条
// emergency in a draft: the deputy leader signs it off. A comment still reports it.
#[test]
fn missing_persons_in_drafts_go_to_the_deputy_leader() {
    assert_draft_routes(
        "寻人",
        &[
            "近日，家住保和镇的老人不慎走失，民警经过3小时搜寻将其安全送回家中。",
            "鲁某某，男，72岁，于3月2日在县城走失，如有知情者请与派出所联系。",
        ],
        Route::DeputyLeader,
    );
    assert_comment_routes(&["我家老人走失两天了，大家帮忙找找"], Route::Escalate);
}

// Kind: an event's word inside the title of a work (a film, a book) names no event; a title that
// is a document's or a letter's subject still does.
#[test]
fn events_in_titles_of_works_are_no_events() {
    assert_draft_routes(
        "《唐山大地震》观影活动",
        &[
            "县工会组织职工观看电影《唐山大地震》，接受爱国主义教育。",
            "《唐山大地震》《流浪地球》等影片广受好评。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "情况通报",
        &[
            "县应急管理局印发《关于6·12山洪灾害情况的通报》。",
            "县政府印发《维西县“7·15”山洪泥石流灾害灾后恢复重建工作方案》。",
            "县融媒体中心发布的《永春乡突发山洪 120名群众紧急转移》一文被新华网转载。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "办理情况",
        &["收到《居民投诉装修扰民遭到报复和殴打》的批件后，分局立即查办。"],
        Route::DeputyLeader,
    );
}

// Kind: anti-fraud tips in drafts quote scam wording: a note, not an advert; in a comment it is
// one (第七条).
#[test]
fn anti_fraud_tips_are_no_adverts() {
    assert_draft_routes(
        "防骗提醒",
        &[
            "警方提醒：网上兼职刷单都是诈骗，凡是要求先垫付资金的刷单返利都是骗局。",
            // any ad wording quoted in a sentence that warns of fraud
            "警惕：陌生人让你加微信、扫码领取补贴的，都是诈骗。",
            "代购低价名牌多是骗局，请勿轻信。",
            "谨防上当！对方以加VX返现为由骗取钱财。",
        ],
        Route::UnitHead,
    );
    // the same wording in a draft's other sentence is an advert again
    assert_draft_routes(
        "便民信息",
        &["谨防诈骗。本店代购日本化妆品，加微信详聊。"],
        Route::Returned,
    );
    assert_comment_routes(
        &["兼职刷单日结，加我详聊", "刷单返利，一单一结"],
        Route::Takedown,
    );
}

// Kind: routine text: unit head, nothing masked, no lexicon finding.
#[test]
fn routine_drafts_go_to_the_unit_head_unchanged() {
    let body = "县文化馆举办傈僳族阿尺木刮培训班，40余名学员参加。";
    let item = draft("阿尺木刮培训班开班", body);
    let v = SCREENER.screen(&item);
    assert_eq!(v.route, Route::UnitHead, "{:?}", v.findings);
    assert_eq!(v.deidentified.body, body);
    assert!(body_spans(&v, "lexicon.").is_empty());
    assert_eq!(
        v.co_review,
        vec!["县文化馆"],
        "another county unit named is a co-reviewer"
    );
}

// Kind: a county leader named with more than two titles (第四条) is returned; the finding spans the chain.
#[test]
fn leader_with_more_than_two_titles_is_returned() {
    for (body, chain) in [
        (
            "县委书记、县人大常委会主任、县委党校校长木春林出席活动。",
            "县委书记、县人大常委会主任、县委党校校长",
        ),
        (
            "县委副书记、县长、县人民政府党组书记和建华主持会议。",
            "县委副书记、县长、县人民政府党组书记",
        ),
        // concurrent posts in the armed forces department and the county's committees
        // (breaker round 33)
        (
            "县委副书记、县长、县人武部第一政委和建华到塔城镇调研。",
            "县委副书记、县长、县人武部第一政委",
        ),
        // the name before the chain with 同志, or after it as a caption or signature (breaker
        // round 77)
        (
            "木永强同志，县委副书记、县长、县政府党组书记，出席会议并讲话。",
            "县委副书记、县长、县政府党组书记",
        ),
        (
            "县委副书记、县长、县政府党组书记：木永强",
            "县委副书记、县长、县政府党组书记",
        ),
        (
            "图为县委副书记、县长、县政府党组书记\n木永强",
            "县委副书记、县长、县政府党组书记",
        ),
        (
            "县委书记、县人大常委会主任、县关工委主任杨文华看望慰问老党员。",
            "县委书记、县人大常委会主任、县关工委主任",
        ),
        // a Tibetan name has no surname; a post in a county unit is one more title
        (
            "县委副书记、县人民政府党组书记、县长此里卓玛主持会议。",
            "县委副书记、县人民政府党组书记、县长",
        ),
        (
            "县委常委、副县长、县公安局局长格茸带队检查。",
            "县委常委、副县长、县公安局局长",
        ),
        // abbreviated titles (统战部长, 公安局长) and a second post without the county's name
        (
            "县委常委、统战部长、县委党校校长和丽华出席会议。",
            "县委常委、统战部长、县委党校校长",
        ),
        (
            "县委常委、副县长、公安局长和建明带队检查。",
            "县委常委、副县长、公安局长",
        ),
        (
            "县委常委、纪委书记、监委主任李强讲话。",
            "县委常委、纪委书记、监委主任",
        ),
        // titles set apart by spaces or slashes, as in a caption
        (
            "县委副书记 县长 县人民政府党组书记和建华讲话。",
            "县委副书记 县长 县人民政府党组书记",
        ),
        (
            "县委副书记/县长/县人民政府党组书记和建华讲话。",
            "县委副书记/县长/县人民政府党组书记",
        ),
        // the titles in brackets after the name
        (
            "李明（县委副书记、县长、县政府党组书记）出席会议。",
            "县委副书记、县长、县政府党组书记",
        ),
        // deputy secretaries of the leading party groups, and the armed forces department's
        // first secretary, are titles too
        (
            "县委常委、常务副县长、县政府党组副书记王刚主持会议。",
            "县委常委、常务副县长、县政府党组副书记",
        ),
        (
            "县委书记、县人大常委会主任、县人武部党委第一书记木春林出席。",
            "县委书记、县人大常委会主任、县人武部党委第一书记",
        ),
        // a post after a unit's post without the unit's name again
        (
            "县委常委、副县长、县公安局党委书记、局长格茸带队检查。",
            "县委常委、副县长、县公安局党委书记、局长",
        ),
        (
            "县委常委、县人武部党委书记、政委李刚出席。",
            "县委常委、县人武部党委书记、政委",
        ),
        // the titles after the name and a comma, ending the clause
        (
            "出席会议的有：李明，县委常委、副县长、县公安局局长。",
            "县委常委、副县长、县公安局局长",
        ),
        (
            "李明，男，县委常委、副县长、县公安局局长，负责政法、公安工作。",
            "县委常委、副县长、县公安局局长",
        ),
        // the government's name before its head; an acting head; a unit's chief inspector
        (
            "县委副书记、县人民政府县长、党组书记和永强出席活动。",
            "县委副书记、县人民政府县长、党组书记",
        ),
        (
            "县委副书记、代县长、县政府党组书记和永强出席活动。",
            "县委副书记、代县长、县政府党组书记",
        ),
        (
            "副县长、县公安局局长、督察长王强出席活动。",
            "副县长、县公安局局长、督察长",
        ),
        (
            "县委常委、县委秘书长、县委办主任李明出席活动。",
            "县委常委、县委秘书长、县委办主任",
        ),
        // after `同志` and a bracket, or a dash before the name
        (
            "和永强同志（县委副书记、县长、县政府党组书记）主持会议。",
            "县委副书记、县长、县政府党组书记",
        ),
        (
            "县委副书记、县长、县政府党组书记——和永强主持会议。",
            "县委副书记、县长、县政府党组书记",
        ),
        // the committee's formal name
        (
            "中共维西傈僳族自治县委员会书记、县人大常委会主任、县委党校校长木春林主持。",
            "县委员会书记、县人大常委会主任、县委党校校长",
        ),
    ] {
        let v = SCREENER.screen(&draft("活动举行", body));
        assert_eq!(v.route, Route::Returned, "{body}");
        assert_eq!(
            body_spans(&v, "leader.too_many_titles"),
            vec![span(body, chain)]
        );
    }
}

// Kind: a list of several leaders' offices is not one leader with too many titles.
#[test]
fn list_of_offices_is_not_a_title_chain() {
    for body in [
        // a verb after titles set off by a comma: several leaders
        "会议结束后，县委书记、县长、县政协主席分别发言。",
        "今天上午，县委书记、县长、县政协主席一行到乡镇调研。",
        // a unit's posts in a list, then a verb
        "会上，县委书记、县公安局局长、副局长分别讲话。",
        // a comma and a list of people after the offices, a colon and a list of names, a
        // sentence on the next line
        "县委书记、县长、县政协主席，张三等出席会议。",
        "县委书记、县长、县政协主席：木永强、李建国、和丽华",
        "县委书记、县长、县政协主席\n李建国主持会议。",
        // names on their own lines, a name and 等 (second regression breaker of round 77)
        "出席会议的有：县委书记、县长、县政协主席\n张三\n李四\n王五",
        "县委副书记、县长、县政府党组书记：张三等",
    ] {
        let v = SCREENER.screen(&draft("通知", body));
        assert!(
            body_spans(&v, "leader.too_many_titles").is_empty(),
            "{body}: {:?}",
            v.findings
        );
    }
    let body = "成立由县委书记、县长、县人大常委会主任、县政协主席任顾问的领导小组。";
    let v = SCREENER.screen(&draft("通知", body));
    assert!(
        body_spans(&v, "leader.too_many_titles").is_empty(),
        "{:?}",
        v.findings
    );
    assert_eq!(
        v.route,
        Route::DeputyLeader,
        "leaders are still named: co-review"
    );
}

// Kind: a county leader named lifts the draft to the deputy leader and adds a co-reviewer (第九条).
#[test]
fn leader_named_needs_co_review() {
    let v = SCREENER.screen(&draft("活动举行", "县委书记木春林出席活动并讲话。"));
    assert_eq!(v.route, Route::DeputyLeader);
    assert_eq!(v.co_review, vec!["县委书记"]);
    // county leaders named as a body
    let v = SCREENER.screen(&draft("调研", "县四套班子领导深入乡镇调研脱贫攻坚工作。"));
    assert_eq!(v.route, Route::DeputyLeader);
    assert_eq!(v.co_review, vec!["县四套班子领导"]);
    let v = SCREENER.screen(&draft("活动", "县领导木春林出席活动。"));
    assert_eq!(v.co_review, vec!["县领导"]);
    // the county's principal leaders named as a body, the two bodies in one
    for (body, who) in [
        (
            "县委、县政府主要领导高度重视，第一时间赶赴现场。",
            "县委县政府主要领导",
        ),
        ("县政府主要领导带队检查安全生产工作。", "县政府主要领导"),
    ] {
        let v = SCREENER.screen(&draft("检查", body));
        assert!(v.route >= Route::DeputyLeader, "{body}: {:?}", v.route);
        assert_eq!(v.co_review, vec![who], "{body}");
    }
    for body in [
        "经县委、县政府决定，调整工作安排。",
        "经县委、县政府研究决定，成立县森林草原防灭火指挥部。",
        "经县人民政府研究决定，2026年春节放假安排如下。",
        "经县委研究决定，成立领导小组。",
        // an approval by the county government is its decision too
        "经县人民政府同意，现将有关事项通知如下。",
        "经维西县人民政府同意，现将有关事项通知如下。",
    ] {
        let v = SCREENER.screen(&draft("通知", body));
        assert!(v.route >= Route::DeputyLeader, "{body}: {:?}", v.route);
        assert!(!v.co_review.is_empty(), "{body}");
    }
    // the State Council's approval is no county decision
    assert_draft_routes(
        "通知",
        &["经国务院同意，现将有关事项通知如下。"],
        Route::UnitHead,
    );
    let v = SCREENER.screen(&draft("行动", "县网信办联合县公安局开展专项行动。"));
    assert!(
        v.co_review
            .contains(&"县委网络安全和信息化委员会办公室".to_owned()),
        "{:?}",
        v.co_review
    );
    // a county decision with the meeting's number inside; units of the party and the people's
    // organizations co-review
    let v = SCREENER.screen(&draft(
        "表彰",
        "根据县人民政府第12次常务会议决定，对全县优秀护林员进行表彰。",
    ));
    assert!(v.route >= Route::DeputyLeader, "{:?}", v.findings);
    assert_eq!(v.co_review, vec!["县政府"]);
    let v = SCREENER.screen(&draft("关爱", "县妇联联合县残联开展关爱残疾儿童活动。"));
    assert_eq!(v.co_review, vec!["县妇女联合会", "县残疾人联合会"]);
    let v = SCREENER.screen(&draft("会议", "县委组织部召开基层党建工作推进会。"));
    assert_eq!(v.co_review, vec!["县委组织部"]);
    // units named by their short forms, and the county bodies of recent reforms
    for (body, unit) in [
        ("县委编办对机构设置进行了核实。", "县委机构编制委员会办公室"),
        ("县政务服务管理局推行一窗通办。", "县政务服务管理局"),
        ("县综合行政执法局开展占道经营整治。", "县综合行政执法局"),
        ("县委老干部局组织离退休干部参观。", "县委老干部局"),
        ("县档案馆开展档案开放鉴定工作。", "县档案馆"),
        ("县交警大队开展酒驾整治行动。", "县交警大队"),
        ("县城市管理综合行政执法局清理占道经营。", "县综合行政执法局"),
    ] {
        let v = SCREENER.screen(&draft("工作动态", body));
        assert!(
            v.co_review.contains(&unit.to_owned()),
            "{body}: {:?}",
            v.co_review
        );
    }
    // `县长` as letters of other words is no county head
    for body in [
        "一年一度的维西县长街宴在保和镇举行。",
        "全县长跑爱好者齐聚县城。",
        "为全县长者免费体检。",
        // channels named after the office are no leader named
        "您于9月24日在县长信箱的留言我们已阅办。",
        "可拨打县长热线反映问题。",
    ] {
        let v = SCREENER.screen(&draft("活动", body));
        assert_eq!(v.route, Route::UnitHead, "{body}: {:?}", v.findings);
        assert!(
            !v.co_review.iter().any(|c| c.contains("县长")),
            "{body}: {:?}",
            v.co_review
        );
    }
}

// Kind: the account's own unit is no co-reviewer; compared without the county's name.
#[test]
fn own_unit_is_not_a_co_reviewer() {
    let v = SCREENER.screen(&draft("通知", "维西县人民政府办公室发布通知。"));
    assert!(v.co_review.is_empty(), "{:?}", v.co_review);
    // the account's unit under its short name is the unit named in full, and the other way round
    for (unit, body) in [
        ("维西县发改局", "维西县发展和改革局召开项目推进会。"),
        ("县应急局", "县应急管理局开展安全检查。"),
        ("县应急管理局", "县应急局开展安全检查。"),
        // the party committee's formal name (breaker round 77)
        (
            "中共维西傈僳族自治县委员会宣传部",
            "县委宣传部组织开展新时代文明实践活动。",
        ),
        (
            "中共维西傈僳族自治县委员会政法委员会",
            "县委政法委组织开展平安建设宣传。",
        ),
        // the county's short name in place of 县 (breaker round 84)
        ("县民政局", "维西民政局开展冬季救助活动。"),
        ("维西民政局", "县民政局开展冬季救助活动。"),
    ] {
        let item = Item::from_value(serde_json::json!({
            "id": "t", "kind": "draft", "title": "通知", "body": body,
            "account": {"platform": "weibo", "name": "维西发布", "unit": unit}
        }))
        .unwrap();
        let v = SCREENER.screen(&item);
        assert!(v.co_review.is_empty(), "{unit} / {body}: {:?}", v.co_review);
    }
    let v = SCREENER.screen(&draft("通知", "县教育体育局和塔城镇联合开展活动。"));
    assert_eq!(v.co_review, vec!["县教育体育局", "塔城镇"]);
    // another unit under the county's short name is that unit (breaker round 84)
    let v = SCREENER.screen(&draft("通知", "维西公安局和维西民政局联合开展活动。"));
    assert_eq!(v.co_review, vec!["县公安局", "县民政局"]);
    assert_eq!(
        v.route,
        Route::UnitHead,
        "co-review alone does not lift the tier"
    );
}

// Kind: public-opinion topics forward a comment to the department concerned (第十条).
#[test]
fn public_opinion_is_forwarded() {
    let v = SCREENER.screen(&comment(
        "我们小区旁边的厂子天天排黑烟，环境污染严重，谁来管管",
    ));
    assert_eq!(v.route, Route::Forward);
    assert_eq!(v.forward_to, vec!["县生态环境局"]);
    for body in [
        "工地老板拖欠工资三个月了",
        "包工头拖欠我们十几个人的工资快一年了",
        "工资被拖欠三个月了",
        "包工头跑路了，工资到现在都没发",
    ] {
        let v = SCREENER.screen(&comment(body));
        assert_eq!(v.route, Route::Forward, "{body}");
        assert_eq!(v.forward_to, vec!["县人力资源和社会保障局"], "{body}");
    }
    let v = SCREENER.screen(&comment(
        "养猪场把粪水直接排进河里，河水都臭了，水污染太严重",
    ));
    assert_eq!(v.forward_to, vec!["县生态环境局"]);
    let v = SCREENER.screen(&comment("拆迁款到现在还没给"));
    assert_eq!(v.route, Route::Forward);
    assert_forwarded(&[
        (
            "老板欠我们三个月工钱不给，找谁都没用",
            "县人力资源和社会保障局",
        ),
        ("我们村的水被上游的矿厂污染了，喝了拉肚子", "县生态环境局"),
        ("化工厂往河里倒废水，鱼都死了", "县生态环境局"),
        ("我家房子被强行拆除了，补偿款一分没给", "县自然资源局"),
        ("物业公司乱收停车费，业主意见很大", "县住房和城乡建设局"),
        // a price complaint goes to market regulation, whoever charges
        ("医院乱收费，看个感冒花了八百", "县市场监督管理局"),
        (
            "老板欠了我半年工资不给，人也找不到",
            "县人力资源和社会保障局",
        ),
        ("孩子在学校被同学欺负，老师不管", "县教育体育局"),
        // utilities, schools' charges, bundled sales and title deeds
        (
            "我们村这个月已经停电五次了，还让不让人过日子",
            "县工业和信息化局",
        ),
        ("小区经常停水，物业也不提前通知", "县水务局"),
        ("家里的自来水是黄色的，根本没法喝", "县水务局"),
        ("学校强制要求买校服，一套三百多", "县教育体育局"),
        ("二中寒假强制学生补课，一人收八百", "县教育体育局"),
        ("开发商强制要求购房者捆绑购买车位", "县市场监督管理局"),
        ("房子买了五年了还办不下来房产证", "县自然资源局"),
        (
            "我家孩子在学校被几个高年级的学生打了，老师也不管",
            "县教育体育局",
        ),
        (
            "老板到现在一分钱都没结，过年回家的路费都没有",
            "县人力资源和社会保障局",
        ),
        (
            "在保和镇干活的工资到现在还没结清，请政府帮帮忙",
            "县人力资源和社会保障局",
        ),
        (
            "楼下的烧烤店每天半夜还在营业，吵得人睡不着觉",
            "县生态环境局",
        ),
        ("河边的养猪场把猪粪直接排到河里，臭得不得了", "县生态环境局"),
        ("我们村的自来水放出来是黄的，根本不能喝", "县水务局"),
        ("煤矿把我们村的地下水抽干了，庄稼都种不了", "县水务局"),
        ("孩子在幼儿园被老师打了，园长不管", "县教育体育局"),
        ("退役军人的待遇一直没落实", "县退役军人事务局"),
        ("出租车司机不打表，乱要价", "县交通运输局"),
        ("县城自来水一股怪味，烧开了还有白色沉淀", "县水务局"),
        (
            "新修的安置房才住两年墙就裂了，开发商不管",
            "县住房和城乡建设局",
        ),
        ("学校食堂的饭菜太差了，孩子吃不饱", "县教育体育局"),
        ("医保报销比例怎么比去年还低了", "县医疗保障局"),
        ("退耕还林补助三年没发了，找谁都说不知道", "县林业和草原局"),
        ("买的种子出苗率不到一半，农资店老板不认账", "县农业农村局"),
        ("村里的公益林被人偷偷砍了好多", "县林业和草原局"),
        ("村口的垃圾堆了半个月没人拉，苍蝇乱飞", "县住房和城乡建设局"),
        (
            "我在工地干了半年活，老板到现在一分钱都不给",
            "县人力资源和社会保障局",
        ),
        ("他在工地干活两年没拿到钱", "县人力资源和社会保障局"),
        (
            "到现在还没拿到钱，找老板也找不到人",
            "县人力资源和社会保障局",
        ),
        (
            "楼下的KTV每天晚上唱到凌晨两点，根本没法睡觉",
            "县生态环境局",
        ),
        ("养猪场的臭味熏得整个村子没法住人", "县生态环境局"),
        ("工地半夜施工扰民，吵得根本无法休息", "县生态环境局"),
        ("楼盘烂尾7年了，到现在无法交房", "县住房和城乡建设局"),
        (
            "工程款拖了两年了，我们也要给工人发工资啊",
            "县住房和城乡建设局",
        ),
        ("学校里的校园霸凌谁来管", "县教育体育局"),
        // noise complaints and petitions in their everyday words
        (
            "楼下的烧烤店每天晚上吵到凌晨两点，噪音太大了",
            "县生态环境局",
        ),
        ("我们村几十户人准备明天集体去县里上访", "县信访局"),
        ("我们的房子被强行拆了，补偿一分没有", "县自然资源局"),
        ("征地的钱到现在还没给我们", "县自然资源局"),
        (
            "学校食堂的饭菜有异味，好几个孩子吃了肚子疼",
            "县市场监督管理局",
        ),
        ("孩子在学校被几个高年级的同学打了，老师不管", "县教育体育局"),
        // wordings with other words between (gapped terms such as 欠~工资)
        ("工资拖了半年了还不发", "县人力资源和社会保障局"),
        ("公司欠我们八个月工资", "县人力资源和社会保障局"),
        ("包工头跑了，我们的血汗钱怎么办", "县人力资源和社会保障局"),
        ("超市卖过期牛奶，孩子喝了就拉肚子", "县市场监督管理局"),
        ("村里的河成了粪水河，臭得很", "县生态环境局"),
    ]);
    // a pipe's name is no pollution
    let v = SCREENER.screen(&comment("路口在安装排污管，整条路都是黄泥，出行不便"));
    assert!(
        !v.forward_to.iter().any(|d| d == "县生态环境局"),
        "{:?}",
        v.forward_to
    );
    // a promise or a policy that the problem shall not happen is no complaint; a complaint in
    // another clause still is
    assert_comment_routes(
        &[
            "我们承诺绝不欠农民工一分工资",
            "坚决杜绝拖欠农民工工资，点赞",
            "根治欠薪，保障农民工工资按时足额发放",
            "这个老板从不拖欠工资，是个好人",
            "严禁偷排的规定要落实",
        ],
        Route::Publish,
    );
    let v = SCREENER.screen(&comment("说是保障农民工工资，结果工资拖了半年"));
    assert_eq!(v.route, Route::Forward);
    // in a draft the same topic asks for nothing
    let v = SCREENER.screen(&draft("通知", "开展农民工工资支付专项检查。"));
    assert!(
        v.findings.iter().all(|f| &*f.category != "public_opinion"),
        "{:?}",
        v.findings
    );
}

// Kind: personal opinion in a repost (第七条) counts only in reposts.
#[test]
fn opinion_markers_count_only_in_reposts() {
    let body = "来源：新华网\n多地出台新政。个人觉得这政策太好了！";
    let mut item = draft("多地出台新政", body);
    assert!(SCREENER
        .screen(&item)
        .findings
        .iter()
        .all(|f| &*f.category != "opinion"));
    item = Item::from_value(serde_json::json!({
        "id": "t", "kind": "draft", "title": "多地出台新政", "body": body,
        "repost": {"source": "新华网", "url": "http://www.news.cn/2026/c_2.htm", "original_title": "多地出台新政"}
    }))
    .unwrap();
    let v = SCREENER.screen(&item);
    assert_eq!(v.route, Route::Returned);
    assert!(body_spans(&v, "attribution.opinion").contains(&span(body, "个人觉得")));
    // the original headline is the outlet's words, not the reposter's (breaker round 55)
    let headline = Item::from_value(serde_json::json!({
        "id": "t", "kind": "draft", "title": "全国网友为云南打call",
        "body": "网友纷纷留言为云南“打call”。\n来源：云南日报",
        "repost": {"source": "云南日报", "url": "https://yndaily.yunnan.cn/1.htm", "original_title": "全国网友为云南打call"}
    }))
    .unwrap();
    let v = SCREENER.screen(&headline);
    assert!(
        v.findings.iter().all(|f| &*f.rule != "attribution.opinion"),
        "{:?}",
        v.findings
    );
    // other wordings of the reposter's own view
    for (body, marker) in [
        ("多地出台新政。\n小编说：春天来了，大家加油干！", "小编说"),
        ("多地出台新政。依我之见，还应加大补贴力度。", "依我之见"),
        (
            "多地出台新政。不得不说，这次的政策真的很给力！",
            "不得不说，",
        ),
        (
            "多地出台新政。不得不说的是，这次的政策真的很给力！",
            "不得不说的是",
        ),
        ("多地出台新政。点赞！为家乡自豪！", "为家乡自豪"),
        ("多地出台新政。太开心了，终于等到这一天", "太开心了"),
        // calls to share and exclamations added to the original
        ("多地出台新政。必须转发！让更多人知道！", "必须转发"),
        ("秋季学期9月1日开学。神兽归笼，家长们解放了！", "神兽归笼"),
        ("多地出台新政。泪目！", "泪目"),
        // the reposter's 小编 agreeing (breaker round 74)
        ("多地出台新政。小编也想说一句：加油！", "小编也想说"),
        // praise and pride in the reposter's own voice
        ("赞！多地出台新政。", "赞！"),
        ("作为维西人，我骄傲！\n多地出台新政。", "作为维西人"),
        ("多地出台新政。我自豪，我是维西人！", "我自豪"),
        // an editor's note or advice added to the original
        ("（编者按：这篇文章值得每个人一读）多地出台新政。", "编者按"),
        ("多地出台新政。小编建议大家收藏备用。", "小编建议"),
        // round 27: joy on the people's behalf, and the editor's review
        (
            "多地出台新政。看到这样的好消息，真心为咱们农民高兴！",
            "真心为咱们农民高兴",
        ),
        ("多地出台新政。\n小编点评：好政策要落到实处。", "小编点评"),
        // round 50: the editor's note closing a repost
        ("多地出台新政。\n（小编注：我县也将受益）", "小编注"),
        // round 54: cheering the news on
        ("多地出台新政。点赞家乡！为迪庆打call！", "点赞家乡"),
        (
            "多地出台新政。\n个人观点：这次的政策对山区县特别有利。",
            "个人观点：",
        ),
        (
            "多地出台新政。\n我们觉得这次的政策对山区县特别有利。",
            "我们觉得",
        ),
        (
            "多地出台新政。\n说句心里话，这个文件说到农民心坎上了。",
            "说句心里话",
        ),
        // the county's own voice added to another outlet's article
        (
            "全省春耕备耕工作有序推进。希望我们维西也能早日享受到好政策。",
            "我们维西",
        ),
        (
            "全省春耕备耕工作有序推进。让我们一起为家乡加油！",
            "为家乡加油",
        ),
        (
            "全省春耕备耕工作有序推进。这才是真正为老百姓办实事！",
            "这才是真正",
        ),
        (
            "全省春耕备耕工作有序推进。\n点赞！为家乡骄傲！",
            "为家乡骄傲",
        ),
        (
            "全省春耕备耕工作有序推进。\n笔者以为，此举意义重大。",
            "笔者以为",
        ),
        // segmented as 我们/觉得很/…, the pronoun and verb are still the reposter's
        ("全省春耕备耕工作有序推进。\n我们觉得很有必要。", "我们觉得"),
        (
            "全省春耕备耕工作有序推进。\n小编：今年的春天格外美！",
            "小编：",
        ),
        (
            "全省春耕备耕工作有序推进。\n小编为家乡感到自豪！",
            "小编为家乡感到自豪",
        ),
        (
            "全省春耕备耕工作有序推进。\n有一说一，这次真不错。",
            "有一说一",
        ),
        ("全省春耕备耕工作有序推进。\n我们认为值得学习。", "我们认为"),
    ] {
        let item = Item::from_value(serde_json::json!({
            "id": "t", "kind": "draft", "title": "多地出台新政", "body": body,
            "repost": {"source": "新华网", "url": "http://www.news.cn/2026/c_2.htm", "original_title": "多地出台新政"}
        }))
        .unwrap();
        let v = SCREENER.screen(&item);
        assert_eq!(v.route, Route::Returned, "{body}");
        assert!(
            body_spans(&v, "attribution.opinion").contains(&span(body, marker)),
            "{body}: {:?}",
            v.findings
        );
    }
}

#[test]
fn verdict_carries_the_item_and_the_lexicon_version() {
    let item = comment("维西的春天真美！");
    let v = SCREENER.screen(&item);
    assert_eq!(v.route, Route::Publish);
    assert_eq!(v.item.as_ref(), Some(&item.raw));
    assert!(v.lexicon_version.starts_with("sha256:") && v.lexicon_version.len() == 7 + 64);
    assert!(chrono::DateTime::parse_from_rfc3339(&v.screened_at).is_ok());
    assert!(v.audit_record().item.is_none());
}

// Kind: personal information quoted by a check (a repost's title or source, a link's host) must not
// reach the findings, which go to the audit record without `item` (第十三条).
#[test]
fn finding_messages_never_quote_personal_information() {
    let item = Item::from_value(serde_json::json!({
        "id": "t", "kind": "draft", "title": "寻人：张三13912345678", "body": "来源：人民日报",
        "repost": {"source": "张三13912345678", "url": "https://www.people.com.cn/x",
                   "original_title": "寻人：联系电话13912345678，身份证533423199001010127"}
    }))
    .unwrap();
    let v = SCREENER.screen(&item);
    let audit = serde_json::to_string(&v.audit_record()).unwrap();
    for raw in ["13912345678", "533423199001010127"] {
        assert!(!audit.contains(raw), "{raw} in {audit}");
    }
    let v = SCREENER.screen(&comment("看这里 http://13912345678.com/ 有惊喜"));
    assert!(
        v.findings.iter().any(|f| &*f.check == "link"),
        "{:?}",
        v.findings
    );
    let audit = serde_json::to_string(&v.audit_record()).unwrap();
    assert!(!audit.contains("13912345678"), "{audit}");
}

// Kind: a list of offices puts every listed leader in co_review, not only the first.
#[test]
fn every_leader_of_a_list_co_reviews() {
    let body = "成立由县委书记、县长、县人大常委会主任、县政协主席任顾问的领导小组。";
    let v = SCREENER.screen(&draft("通知", body));
    assert_eq!(v.co_review.len(), 4, "{:?}", v.co_review);
}

// Kind: a title inside an ordinary word is no leader (县长途汽车站, 维西县长期坚持).
#[test]
fn titles_inside_ordinary_words_are_not_leaders() {
    assert_no_leader_named(&[
        "县长途汽车站今日恢复运营。",
        "维西县长期坚持生态优先。",
        // breaker round 76
        "维西县长篇小说《澜沧江畔》出版。",
        "维西县长征精神宣讲活动启动。",
        "我县长年坚持生态优先。",
        "本县长年干旱少雨。",
        "全县长达30公里的道路完工。",
        "扎实推进平安建设，为维西县长治久安奠定坚实基础。",
        // 我县、本县、全县 take the 县: what follows is no title
        "今年国庆，我县长假旅游市场平稳有序。",
        "我县长征沿线红色资源丰富。",
        "我县长毛兔养殖户达到300户。",
        "本县长约50公里的乡村公路已经完工。",
        "该县长江沿岸生态修复取得成效。",
        // petition channels named after a leader
        "群众可通过县委书记信箱、县长热线反映问题。",
        "欢迎拨打县长公开电话，或在县长接待日来访。",
        // a county's name before a place's that starts with 长
        "维西县长征小学举行开学典礼。",
        "县长青社区开展志愿服务活动。",
        "县长滩村召开村民大会。",
    ]);
    // the head of the county going to such places is still named
    for body in ["县长到村里调研。", "县长在社区慰问困难群众。"] {
        let v = SCREENER.screen(&draft("通知", body));
        assert_eq!(v.co_review, vec!["县长"], "{body}");
    }
}

// Kind: abuse in a comment is taken down at once (第十条), written with letters or slang too.
#[test]
fn abuse_is_taken_down() {
    assert_comment_routes(
        &[
            "这种狗官就该下台",
            "傻X政府，什么都不管",
            "一群脑残在管事",
            "狗日的贪官",
            "滚吧你们这群废物",
            "那个领导就是个人渣",
            "你个煞笔，会不会办事",
            "这帮畜牲，不得好死",
            "政府都是一帮废物",
            "当官的都是废物，什么事都办不成",
            "你们这些废物干部，拿钱不干事",
            "小编是不是脑子有病",
            "小编你妈炸了",
            "这个政府就是垃圾",
            "你们这些贪官死全家",
            "一堆圣母婊在这里洗地",
            "王八羔子，欠钱不还",
            "cnm，什么破服务",
            "办事效率这么低，nmsl",
            "你个老不死的，管好你自己",
            "你个傻叉",
            "二逼县长",
            "王8蛋，欠钱不还",
            "什么shabi政策",
            "你个煞B，滚出维西",
            "你妈的，什么破政府",
            "他妈的工作效率太低了",
            "你们这帮狗娘养的",
            "这个狗县长什么都不管",
            "你们这些瓜娃子当的啥子官",
            "乡政府那个憨包，啥都不懂",
            "你个狗杂碎，收钱不办事",
            "狗书记只顾自己捞钱",
            "村支书就是个王八，仗势欺人",
            "这个局长真是个衣冠禽兽",
            "垃圾村委会，啥也不管",
            "这个垃圾政府",
            // plain words and threats of violence
            "乡长就是个废物，什么都不管",
            "你们这群饭桶，拿着工资不办事",
            "这些贪官都该枪毙",
            "再不给钱我弄死你",
            // dialect and letters
            "你们这些妈卖批的，办个事拖半年",
            "日你先人，又停电",
            "tmd，什么破服务",
            "村委会就是一帮王八，只顾自己",
        ],
        Route::Takedown,
    );
    // a standard's code is no abuse; following an official account is no advert
    assert_comment_routes(
        &[
            "执行商务部SB/T10720标准",
            // real garbage handed to the government to clear (breaker round 33)
            "电子废物政府统一回收吗？放哪里",
            "县城的垃圾政府能不能多派几辆车来拉",
            "加微信公众号可以查社保吗？",
            "推广玉米杂种优势利用技术",
            "有私人渣土车半夜往河边偷倒建筑垃圾",
            "固体废物和危险废物要分类处置",
            "小区门口到处都是垃圾，没人清扫",
            // a list's second item starting with a letter (二、B超) is no 二B
            "一、检查项目；二、B超室的位置",
            // someone's mother
            "你妈的身体还好吗",
            "他妈的户口迁到哪了",
        ],
        Route::Publish,
    );
}

// Kind: violence and self-harm: not a major event of 第四条, but a draft needs the deputy leader and a
// comment is reported (第十条); a pastime or a price with the same characters is neither.
#[test]
fn violence_and_self_harm_are_reported() {
    assert_comment_routes(
        &[
            "物业保安殴打业主，派出所不管",
            "村干部把我父亲打伤住院了",
            "再没人管，我们就去跳楼",
            "那人持刀闯进我家，太吓人了",
            "他把人捅了，流了好多血",
            "烧烤店门口有人打架斗殴",
            "菜市场有人拿刀砍人",
            // despair and threats of suicide
            "投诉无门，我真的不想活了",
            "再不解决我就从县政府楼上跳下去",
            "日子活不下去了，谁来管管",
            "不给个说法我就死给你们看",
            // fights, a knife and a body, as netizens write them
            "有人在桥上打架，还动了刀",
            "河里发现一具尸体",
            // the means of it: pills, a rope, a blade, dying at the government's gate
            "再不给我解决，我就吞安眠药",
            "我准备好绳子了，明天就上吊",
            "活不下去了，割腕算了",
            "我要死在县政府门口",
            "我实在是没得活路了，明天就去大桥上跳下去",
            "再不给我解决，我就拿汽油去乡政府",
            "集市上两伙人打起来了，一个被砖头砸破了头",
        ],
        Route::Escalate,
    );
    // threats to harm others or set off fire or explosives are harmful: taken down (第十条)
    assert_comment_routes(
        &[
            "再不结工钱我就捅了老板",
            "我要带着煤气罐去政府讨说法",
            "惹急了一把火烧了他家",
            "我要去炸了县政府",
        ],
        Route::Takedown,
    );
    // a saying and insomnia are neither
    assert_no_hit(
        &[
            "难道要我们一哭二闹三上吊才有人管吗",
            "噪音吵得睡不着，每晚都要吃安眠药",
        ],
        "lexicon.incident",
    );
    assert_draft_routes(
        "回复",
        &[
            "关于业主反映被物业人员殴打一事的调查情况",
            "民警接报后赶到，打人者已被控制。",
        ],
        Route::DeputyLeader,
    );
    assert_no_hit(
        &[
            "游乐场的跳楼机要定期检修",
            "他的申请又被打回来了",
            "开展预防自杀心理健康讲座",
            "周末和朋友玩杀人游戏",
            "这种做法简直是杀人诛心",
        ],
        "lexicon.incident",
    );
}

// Kind: commercial promotion wording in a draft (第七条), and anti-fraud warnings that name the
// fraud's bait without being an advert.
#[test]
fn promotions_are_adverts_but_fraud_warnings_are_not() {
    assert_draft_routes(
        "活动",
        &[
            "本店特价促销，全场八折，欢迎选购！",
            "即日起下单享九折优惠，添加客服微信了解详情。",
            "新品上市，全场包邮，欢迎进店体验。",
            // shop links, QR codes and shopping passwords
            "维西特产礼盒，点击链接购买：https://shop.example.com/a",
            // a sales line with a WeChat contact, as reposts carry it
            "本地土蜂蜜上市，需要购买的请联系微信 lh20240。",
            "核桃油现货，详情咨询微信，量大从优。",
            "维西土蜂蜜，要的加我微信。",
            // ordering and discount wording without a link
            "我县核桃、蜂蜜在直播间热销，扫码下单立享八折优惠。",
        ],
        Route::Returned,
    );
    // the county's own consumption vouchers are no advert
    let v = SCREENER.screen(&draft(
        "消费券",
        "县商务局发放政府消费券，满100减20，先到先得。",
    ));
    assert_eq!(v.route, Route::UnitHead, "{:?}", v.findings);
    // a complaint about a shop's service and the county's own account are no sales line
    for body in [
        "我在网上购买的东西坏了，联系微信客服也没人理。",
        "关注县融媒体中心微信公众号，及时了解政策。",
    ] {
        let v = SCREENER.screen(&comment(body));
        assert!(
            body_spans(&v, "lexicon.ad").is_empty(),
            "{body}: {:?}",
            v.findings
        );
    }
    assert_comment_routes(
        &[
            "正宗虫草批发，加徽信详聊",
            "复制这条信息￥8sJk2Z8x￥后打开👉淘宝👈，维西特产核桃低价",
            "复制这段话，打开手机淘宝即可领取",
            "本店新到一批虫草，价格实惠，有需要的联系",
            "需要贷款的找我，无抵押秒到账",
            "快来玩，注册就送88元 链接见我主页",
            "想赚钱的加我微信xyz12345了解详情",
            // wildlife trade and sex-work recruiting
            "收购穿山甲、熊掌，价格面议",
            "果子狸出售，现杀",
            "本店全场满100减20，欢迎光临",
            "高价回收茅台、冬虫夏草，上门收购，电话联系",
            "卖野生熊胆，保真",
            "招聘女公关，日结高薪，加我QQ：3456789",
            "急用钱的看过来，免抵押当天放款",
            "这首歌在抖音大火，点击链接下单，+微信领取",
            // `刷单日结` segments as 刷/单日/结
            "招兼职刷单日结，一单一结，有意私聊",
            "代开各种发票，联系13987654321",
            "低息贷款，当天放款，联系电话13987654321",
            "网上兼职，手机就能做，日结200+",
            "低价出售草果，需要的加我Q：123456789",
            "招兼职，在家就能做，q群：123456789",
            // selling and touting in a comment's own words
            "低价出售二手车，有意者私聊",
            "代办信用卡，额度高，专业催收",
            "高仿名表，一比一",
            "一件代发，私我拿货",
            // sent to a shop on a shopping platform
            "淘宝搜索店铺“维西特产”购买",
            "某宝搜“维西松茸”就能找到",
        ],
        Route::Takedown,
    );
    for body in [
        "防范电信网络诈骗，警惕刷单返利陷阱。",
        "公安提示：刷单诈骗高发，凡是要求先垫付的都是诈骗。",
        "网络刷单是违法行为，投资返利多为骗局。",
    ] {
        let v = SCREENER.screen(&draft("反诈提示", body));
        assert!(
            body_spans(&v, "lexicon.ad").is_empty(),
            "{body}: {:?}",
            v.findings
        );
    }
}

// Kind: a comment that reports an illegal act to the authorities is still taken down at once
// (contract §3), but its finding says it is a report to pass on (第十条); an offer that borrows a
// victim's words keeps the list's own message.
#[test]
fn reports_of_illegal_acts_say_so() {
    let report_message = |body: &str| {
        let v = SCREENER.screen(&comment(body));
        assert_eq!(v.route, Route::Takedown, "{body}: {:?}", v.findings);
        v.findings.iter().any(|f| f.message.contains("举报线索"))
    };
    for body in [
        "我们村有人聚众赌博，天天通宵，派出所也不来管管",
        "小区里有吸毒人员，楼道里经常有针头，请有关部门查一查",
        "我被刷单骗了三万多，去派出所报案了，能不能帮忙追回",
        "举报某某茶楼暗藏赌博机\n每天晚上都开到凌晨",
        "举报有人搞网络赌博",
    ] {
        assert!(report_message(body), "{body}");
    }
    for body in [
        "网络赌博日赚千元，加微信了解",
        "刷单被骗了？专业追回，加我私聊",
        "冰毒有货，价格优惠，派出所查不到",
        "有人搞网络赌博",
        // the contact wording is the hit itself; a crackdown named in an advert
        "被骗了别怕，网络赌博输的钱能追回，私聊我",
        "代开各种发票，正规公司，需要的请联系，严打期间也能开",
    ] {
        assert!(!report_message(body), "{body}");
    }
    // a report quotes the offer it reports
    assert!(report_message(
        "举报：县城菜市场旁边有人公开出售假证，请公安查处"
    ));
}

// Kind: illegal services advertised in comments (第十条): cheating, trading bank and phone cards,
// lending at usurious rates.
#[test]
fn illegal_services_are_taken_down() {
    assert_comment_routes(
        &[
            "专业代写论文，代考驾照，包过",
            "高价收购银行卡、手机卡，出售银行卡，联系我",
            "本人长期收购二手银行卡，价格好",
            "出售各种证件，需要的私聊",
            "毕业证身份证都能办，加我",
            "出租微信号，日结",
            "放高利贷，当天到账",
            // casinos, drugs, fake certificates and sex services in their slang
            "新葡京娱乐城注册送88元",
            "线上娱乐城，首存送彩金",
            "出售溜冰工具，有需要的私聊",
            "办理各类证件，包真",
            "專業辦證，三天拿证",
            "上门服务全套，价格美丽",
            "出售真人视频，需要的私聊",
            // loan touting
            "无视黑白户，当天到账",
            "不看征信，黑户可贷",
            // homophones and slang: 六和彩 and 菠菜 for 六合彩 and 博彩, 飞叶子 for cannabis
            "六和彩特码，包中",
            "靠谱的菠菜平台，上下分秒到",
            "有没有一起飞叶子的",
            "时时彩计划群，跟着老师回本",
            "同城大保健，环境安全",
            "收卡跑分，一天轻松过万",
            "正规代孕包男孩",
            "出售听话水迷药，无色无味",
            "本科学历学信网可查，包过",
            "增值税专票代开，出售发票",
        ],
        Route::Takedown,
    );
    // an entertainment venue, a loaf and a skating rink are none of these
    assert_comment_routes(
        &[
            "小区楼下新开了一家KTV娱乐城",
            "这家的面包真好吃",
            "冬天带孩子去溜冰场溜冰",
            // false testimony, not forged papers
            "劳动仲裁时，公司老板找来他老乡做假证",
            // hemp seed oil, a local product
            "大麻籽油是我们这里的特产",
        ],
        Route::Publish,
    );
}

// Kind: a banned word written to dodge the filter as another script's forms, halves of its
// characters (拆字), digits for its numerals or partly in pinyin; the finding covers the whole
// evasion as written.
#[test]
fn evasions_by_halves_digits_pinyin_and_japanese_forms() {
    assert_exact(
        &[
            ("贝者博网站日赚千元", "贝者博"),
            ("在线贝者十尃，稳赢", "贝者十尃"),
            ("6合彩内部资料", "6合彩"),
            ("网上赌埸注册就送", "赌埸"),
        ],
        "lexicon.illegal",
    );
    assert_exact(&[("犭句官又来收钱了", "犭句官")], "lexicon.abuse");
    assert_exact(
        &[("falun功好", "falun功"), ("氵去车仑功传单", "氵去车仑功")],
        "lexicon.political",
    );
    assert_exact(&[("代开髪票，联系我", "代开髪票")], "lexicon.ad");
    assert_comment_routes(
        &["売銀行卡，价格好", "出售枪支弾薬", "發票代開，量大从优"],
        Route::Takedown,
    );
    // the same halves and digits in ordinary words are none
    assert_comment_routes(
        &["他是贝者的哥哥", "第6合作社的彩电到了", "他家16合彩票站"],
        Route::Publish,
    );
}

// Kind: appointments and removals are 人事任免 (第九条) whatever the wording, and the places of a
// religion are a matter of 民族宗教.
#[test]
fn appointments_and_religious_sites_go_to_the_principal_leader() {
    assert_draft_routes(
        "通知",
        &[
            "县人民政府决定：任命张三为县交通运输局局长。",
            // appointments and removals in the county's own wording
            "任命余志强为县交通运输局局长。",
            "免去杨丽华同志的县卫生健康局局长职务。",
            "关于李四同志免职决定的通知。",
            // no 任命 or 免去 at all: 某某同志任县…, 不再担任县…
            "县委决定：杨丽华同志任县发展和改革局局长。",
            "经研究，王强同志不再担任县民政局局长职务。",
            "加强全县宗教活动场所安全管理。",
            // religious events and bodies
            "县佛教协会在寿国寺举办浴佛节法会，信众约三百人参加。",
            "寿国寺举行佛像开光仪式。",
            // personnel arrangements without 任免
            "县委常委会研究决定，调整部分乡镇党政主要负责人。",
            "经县委研究，提名张三为县人民政府副县长候选人。",
            "县基督教两会换届选举大会召开。",
        ],
        Route::PrincipalLeader,
    );
    // a village's own decisions (四议两公开) are not the county's
    let v = SCREENER.screen(&draft("回复", "加强组级账务审核，组级重大事项由户主表决。"));
    assert!(
        v.findings.iter().all(|f| &*f.category != "major"),
        "{:?}",
        v.findings
    );
    // a school's or a township's own post is not a county appointment
    let v = SCREENER.screen(&draft("回复", "2008年刘清静同志任江押镇中学校长。"));
    assert!(
        v.findings.iter().all(|f| &*f.category != "major"),
        "{:?}",
        v.findings
    );
    // a unit's name holds the words of a term without being about the matter
    let v = SCREENER.screen(&draft("通知", "县民族宗教事务局开展业务培训。"));
    assert!(
        v.findings.iter().all(|f| &*f.category != "major"),
        "{:?}",
        v.findings
    );
}

// Kind: a leader title still names a leader after a determiner-free place or a surname.
#[test]
fn leaders_named_after_surnames_and_counties() {
    assert_draft_routes(
        "通知",
        &[
            "李县长表示要加快进度。",
            "我县县长王刚带队检查。",
            "县长在会上强调。",
            "维西县县长王刚出席。",
            // a determiner takes the 县 only from 县长 (我县长假): other offices stay titles
            "我县四套班子领导出席开幕式。",
            "我县人大常委会主任李明带队调研。",
        ],
        Route::DeputyLeader,
    );
    // a post glued to another body's name is that body's, not a county leader's
    assert_no_leader_named(&[
        "供电公司纪委书记、工会主席蔡蓉到场。",
        "市公安局长王刚一行来我县调研。",
        "某集团宣传部部长李明出席。",
        "市人民政府副市长、公安局长蒋某高度重视。",
    ]);
}

// Kind: a caption's spaces between titles and before the name still make one person's title chain
// (第四条: at most two titles).
#[test]
fn title_chain_with_spaces_is_one_persons() {
    assert_draft_routes(
        "会议",
        &[
            "县委常委 县委宣传部部长 县委党校校长 张华出席会议。",
            "县委常委、县委宣传部部长、县委党校校长 张华出席会议。",
            "县委常委　县委宣传部部长　县委党校校长　张华出席会议。",
        ],
        Route::Returned,
    );
}

// Kind: a prefecture office a county leader also holds (州委常委) is one more of that leader's titles
// (第四条), before or among the county ones; alone it names no county leader.
#[test]
fn prefecture_offices_count_in_a_county_leaders_titles() {
    assert_draft_routes(
        "会议",
        &[
            "县委常委、州委常委、县委书记、县长张三出席会议。",
            "州委常委、县委书记、县长张三出席会议。",
        ],
        Route::Returned,
    );
    let v = SCREENER.screen(&draft("会议", "州委常委、县委书记张三出席会议。"));
    assert_eq!(v.route, Route::DeputyLeader, "{:?}", v.findings);
    assert_eq!(v.co_review, vec!["县委书记"]);
    let v = SCREENER.screen(&draft("调研", "州委常委李四到我县调研。"));
    assert_eq!(v.route, Route::UnitHead, "{:?}", v.findings);
    assert!(v.co_review.is_empty());
}

// Kind: a private person the title names is masked in the body too, where the body names them
// without a label (第十三条); an official named in a title is no private person anywhere.
#[test]
fn names_masked_in_the_title_are_masked_in_the_body() {
    let v = SCREENER.screen(&draft(
        "村民李建国获评“维西好人”",
        "李建国今年65岁，照顾瘫痪的妻子十年。",
    ));
    let d = &v.deidentified;
    assert_eq!(d.title.as_deref(), Some("村民李某某获评“维西好人”"));
    assert_eq!(d.body, "李某某今年65岁，照顾瘫痪的妻子十年。");
    // a two-character name where what follows can follow a name; a word that starts like it stays
    let v = SCREENER.screen(&draft(
        "村民张明：勤劳致富的带头人",
        "张明每天天不亮就下地。村里的路灯很明亮，张明说日子越过越好。",
    ));
    assert_eq!(
        v.deidentified.body,
        "张某每天天不亮就下地。村里的路灯很明亮，张某说日子越过越好。"
    );
    let v = SCREENER.screen(&draft("副县长李建国调研春耕", "李建国强调要抓好春耕。"));
    assert_eq!(v.deidentified.body, "李建国强调要抓好春耕。");
}

// Kind: where a name ends is read with jieba's segmentation when the characters after a surname
// allow two readings: a name does not run into the word after it (第十三条 masks the person, not
// the word). A name the character lists read as three characters, with a word starting at its
// last one, is the shorter name before that word; a surname and one character before a verb is a
// name too.
#[test]
fn names_end_where_the_next_word_starts() {
    for (body, want) in [
        (
            "患者张伟康复出院，医护人员送上祝福。",
            "患者张某康复出院，医护人员送上祝福。",
        ),
        (
            "对于市民欧鹏建议的夜间免费停车问题，经调查……",
            "对于市民欧某建议的夜间免费停车问题，经调查……",
        ),
        ("五保户王秀大娘双目失明。", "五保户王某大娘双目失明。"),
        ("本人刘成继任现场技术总工。", "本人刘某继任现场技术总工。"),
        // a two-character name before a verb, an adverb or an idiom; not before a noun
        ("村民赵刚种植了10亩重楼。", "村民赵某种植了10亩重楼。"),
        ("村民张伟积极参与抗旱。", "村民张某积极参与抗旱。"),
        ("小区业主廉政委员会成立。", "小区业主廉政委员会成立。"),
        ("被告禹泰公司拒不执行判决。", "被告禹泰公司拒不执行判决。"),
        // what can follow a name (家, 联) inside an idiom or a longer word does not
        (
            "网格员李娟挨家挨户宣传政策。",
            "网格员李某挨家挨户宣传政策。",
        ),
        (
            "反映人：李强联系方式见附件。",
            "反映人：李某联系方式见附件。",
        ),
        // the Naxi surname 和 and a name before a verb; 和 joining two nouns
        ("村民和建军指出，路修好了。", "村民和某某指出，路修好了。"),
        (
            "低保户和丽萍自强不息，靠养蜂脱贫。",
            "低保户和某某自强不息，靠养蜂脱贫。",
        ),
        ("村民和干部一起参加劳动。", "村民和干部一起参加劳动。"),
        // what can follow a name settles it the other way (jieba reads 何春/来说)
        ("村民何春来说，今年收成好。", "村民何某某说，今年收成好。"),
        ("患者李建国康复出院。", "患者李某某康复出院。"),
        // a given name that is also a word (文华) before a verb (breaker round 33)
        (
            "村民李文华参加了电工技能培训。",
            "村民李某某参加了电工技能培训。",
        ),
        (
            "工作人员向村民木文华详细讲解了政策。",
            "工作人员向村民木某某详细讲解了政策。",
        ),
        // a time word after a name says when (正在); a name does not run into one (现在, 今年)
        ("村民余金花正在绣花。", "村民余某某正在绣花。"),
        ("村民张伟现在还没拿到补偿。", "村民张某现在还没拿到补偿。"),
        ("村民王林今年65岁。", "村民王某今年65岁。"),
        // 立 and 帆 are given-name characters (breaker round 35); 立即 is still an adverb
        ("保和镇居民王立新拾金不昧。", "保和镇居民王某某拾金不昧。"),
        ("学员杨帆参加了比赛。", "学员杨某参加了比赛。"),
        ("村民张立即赶到现场。", "村民张立即赶到现场。"),
        // a name does not run into a time word however jieba cuts it (李|立正|在); 向 in a
        // given name before one (breaker round 36)
        ("村民李立正在地里干活。", "村民李某正在地里干活。"),
        ("村民李向东正在晾晒核桃。", "村民李某某正在晾晒核桃。"),
        // a surname and a character that jieba reads as a verb (路考, a road test) open no name
        ("学员路考时被教练骂了。", "学员路考时被教练骂了。"),
    ] {
        let v = SCREENER.screen(&draft("回复", body));
        assert_eq!(v.deidentified.body, want, "{body}");
    }
}

// Kind: villagers named in drafts by the Naxi surname 和 and one given character, by a Lisu or
// Tibetan given name after a surname before any verb, by a Lisu name before a verb, by 和 and a
// given name opening a word with it, and by two Tibetan syllables before 老人 (breaker round 92).
// The route stays the draft's own; the masked forms keep the surname (contract §4). Near misses
// keep 和 joining groups and words.
#[test]
fn villagers_of_round_92() {
    // one of each kind through the whole pipeline (the name detector's own tests hold the
    // variants: name.rs, naxi_lisu_and_tibetan_names_of_round_92)
    for (body, want) in [
        (
            "村民和丽说，日子越过越好了。",
            "村民和某说，日子越过越好了。",
        ),
        ("村民余阿花领取了救助金。", "村民余某某领取了救助金。"),
        (
            "老党员和文光讲述了自己的入党经历。",
            "老党员和某某讲述了自己的入党经历。",
        ),
        (
            "扎西尼玛老人今年80岁，身体硬朗。",
            "某某某某老人今年80岁，身体硬朗。",
        ),
        ("村民阿花领到了救助金。", "村民某某领到了救助金。"),
        // kept
        ("村民和大家说，要搞好卫生。", "村民和大家说，要搞好卫生。"),
        ("村民和学生参加了活动。", "村民和学生参加了活动。"),
        ("村民和平共处，邻里和谐。", "村民和平共处，邻里和谐。"),
        ("游客和田玉商人交谈。", "游客和田玉商人交谈。"),
        ("村民和阿里巴巴合作开网店。", "村民和阿里巴巴合作开网店。"),
    ] {
        let v = SCREENER.screen(&draft("回复", body));
        assert_eq!(v.deidentified.body, want, "{body}");
        assert_eq!(v.route, Route::UnitHead, "{body}");
    }
}

// Kind: private persons named in drafts and comments where breaker round 93 found them published
// (第十三条): 和 and a given name that is a noun too before what the person did, a given name that
// is a word before 和 and a spouse, a name after 同村的 or 村里的 before a verb, a name addressed
// after 致 or @, and a private outfit's person in charge. Officials in their office, a public
// figure and 和 joining a noun are kept; the routes stay as they were.
#[test]
fn villagers_of_round_93() {
    // one of each kind through the whole pipeline (the name detector's own tests hold the
    // variants: name.rs, villagers_and_addressees_of_round_93)
    for (body, want) in [
        (
            "村民和金花拾金不昧，受到表扬。",
            "村民和某某拾金不昧，受到表扬。",
        ),
        (
            "村民金花和丈夫一起外出务工。",
            "村民金某和丈夫一起外出务工。",
        ),
        // kept
        ("学生和文学结缘。", "学生和文学结缘。"),
        ("县住建局负责人张德贵介绍。", "县住建局负责人张德贵介绍。"),
        ("致全县广大农民朋友的一封信", "致全县广大农民朋友的一封信"),
    ] {
        let v = SCREENER.screen(&draft("回复", body));
        assert_eq!(v.deidentified.body, want, "{body}");
        assert_eq!(v.route, Route::UnitHead, "{body}");
    }
    for (body, want) in [
        (
            "我邻居和金花天天在楼道堆杂物",
            "我邻居和某某天天在楼道堆杂物",
        ),
        (
            "被同村的赵大山打了，派出所不管",
            "被同村的赵某某打了，派出所不管",
        ),
        ("村里的和文军霸占我家的地", "村里的和某某霸占我家的地"),
        (
            "致余建平：你借的钱什么时候还",
            "致余某某：你借的钱什么时候还",
        ),
        ("@杨丽华 你家的狗天天叫", "@杨某某 你家的狗天天叫"),
        (
            "请转告施工队的负责人张德贵，工钱还没结",
            "请转告施工队的负责人张某某，工钱还没结",
        ),
        // kept
        ("@维西发布 请关注一下", "@维西发布 请关注一下"),
        (
            "打麻将的人可以去隔壁的龙华安置小区",
            "打麻将的人可以去隔壁的龙华安置小区",
        ),
    ] {
        let v = SCREENER.screen(&comment(body));
        assert_eq!(v.deidentified.body, want, "{body}");
    }
}

// Kind: each leader named co-reviews under the office that says who they are, not a rank several
// leaders share (县委常委); the standing committee's meeting (县委常委会会议) is the county
// committee's, no member's.
#[test]
fn each_leader_co_reviews_under_their_own_office() {
    let v = SCREENER.screen(&draft(
        "调研",
        "县委常委、常务副县长蜂建伟，县委常委、宣传部部长余丽梅参加活动。",
    ));
    assert_eq!(v.route, Route::DeputyLeader);
    let mut co = v.co_review.clone();
    co.sort();
    assert_eq!(co, ["宣传部部长", "常务副县长"]);
    let v = SCREENER.screen(&draft(
        "会议",
        "州委常委、县委书记木建林主持召开县委常委会会议。",
    ));
    let mut co = v.co_review.clone();
    co.sort();
    assert_eq!(co, ["县委", "县委书记"]);
    // a county has several deputy secretaries: the county head is the 县长; one who holds only
    // shared ranks is named by the narrower
    for (body, who) in [
        ("县委副书记、县长和永强主持会议。", "县长"),
        ("县委副书记、县委政法委书记李明出席。", "县委政法委书记"),
        ("县委常委、县委副书记李明出席。", "县委副书记"),
        ("县委副书记李明出席。", "县委副书记"),
    ] {
        let v = SCREENER.screen(&draft("会议", body));
        assert_eq!(v.co_review, [who], "{body}");
    }
}

// Kind: an emergency word in prevention, drill or safety-education text is routine work, not a
// 第四条 event: the draft stays with the unit head. A real event in the same draft still goes up.
#[test]
fn prevention_and_drills_are_not_emergencies() {
    assert_draft_routes(
        "工作动态",
        &[
            "县应急局开展民用爆炸物品安全检查。",
            "县消防救援大队开展山地搜救演练。",
            "开展春季传染病防控知识宣传进校园活动。",
            "各学校要做好预防学生溺水工作。",
            "坚决防范和遏制重特大安全生产事故。",
            "做好地质灾害群测群防工作。",
            "加强路面管控，减少交通事故发生。",
            "开展防汛应急演练，模拟山洪发生后群众转移。",
            "县消防救援大队开展火灾扑救应急演练。",
            // a drill further on in the clause
            "县消防救援大队在县人民医院开展火灾疏散和人员搜救实战演练。",
            "开展一氧化碳中毒预防宣传。",
            "组织地震、火灾应急疏散演练。",
            "严防发生森林火灾。",
            // prevention over a list
            "切实防范山洪、泥石流、山体滑坡等地质灾害。",
            "做好山洪、泥石流、山体滑坡等地质灾害防治工作。",
            "加强森林火灾、地震等自然灾害防御工作。",
            // safety lessons, warnings, case studies and anniversaries
            "塔城镇开展防溺水安全教育，讲解溺水自救方法。",
            "暑期将至，要教育孩子不要私自下水，防止掉进水库、池塘。",
            "县交警大队开展交通安全宣传进校园活动，讲解交通事故案例。",
            "保和镇组织开展“防灾减灾日”宣传，现场演示火灾逃生。",
            "警惕野生菌中毒！县卫健局提醒：不采、不买、不吃不认识的野生菌。",
            "县教体局组织学习溺水事故典型案例，举一反三做好防范。",
            "5·12汶川地震十周年之际，回顾当年维西干部群众踊跃捐款支援灾区的感人故事。",
            "今年以来全县森林火灾零发生。",
            "县水务局对辖区山洪沟道进行全面巡查。",
            // a drill's scenario and a work's story, over the whole sentence (breaker round 38)
            "本次演练模拟叶枝镇突发泥石流、道路中断、群众被困的场景，检验了各部门协同处置能力。",
            "演练模拟澜沧江突发山洪，多名群众被困，救援队伍迅速集结。",
            "县直机关组织干部职工观看电影《紧急救援》，影片再现了矿难救援场景。",
            "县图书馆开展读书分享会，书中讲述了一场森林火灾中消防员的英勇故事。",
            // anti-drug publicity
            "县禁毒办开展禁毒宣传进校园活动，引导学生远离毒品、珍爱生命。",
            "6月26日国际禁毒日，我县开展毒品预防教育宣传。",
            "县老年大学开设静坐冥想、太极拳等健身课程。",
            // vaccines, seasons, remembrance, figures of speech, safety tips
            "县畜牧站为全县生猪免费接种猪瘟疫苗，确保应免尽免。",
            "春季是手足口病高发季节，县疾控中心提醒家长注意孩子个人卫生。",
            "今年以来，全县森林火灾实现“零发生”。",
            "县老干部局组织老党员座谈，回顾1998年抗击特大洪水的峥嵘岁月。",
            "在这里，傈僳族传统音乐与现代流行音乐相撞，碰撞出别样的火花。",
            "傈僳族民歌《瓦器器》近期在抖音大火，播放量突破千万。",
            "高考首日，各考点门口聚集了许多送考家长，交警在现场维持秩序。",
            "如遇大火，切勿乘坐电梯，应用湿毛巾捂住口鼻，沿安全通道有序撤离。",
            // negations with a degree or a count between (@negation drop)
            "确保不发生重大森林火灾。",
            "全年未发生一起安全生产事故。",
            "从未发生过学生溺水事故。",
            "全县实现零伤亡，无一人伤亡。",
            // education about a hazard, a training exercise, years ago, toys
            "交通事故的危害有哪些？请大家自觉遵守交通规则。",
            "消防救援大队开展水域搜救训练。",
            "警犬技能比武设置搜救、追踪等科目。",
            "十年前那场泥石流，让村民们记忆犹新。",
            "当年被困的群众如今已住上了新房。",
            "幼儿园小朋友搭积木，积木倒塌后又重新搭起。",
            // a hazard, a risk and the procedure after an accident, in replies to netizens
            "该路段交通事故频发，县交警大队已增设限速标志。",
            "路口车辆多、视线不好，极易造成交通事故。",
            "关于您反映的交通事故赔偿问题，现答复如下。",
            "对交通事故责任认定不服的，可以申请复核。",
            // what to do when it happens, prohibitions, a desk exercise, a rescue team's name,
            // the quick claims procedure
            "地震发生时，身处室内应就近躲在坚固的桌子下。",
            "遇到有人落水，不要贸然下水施救。",
            "请勿占用消防通道、堵路停车。",
            "开展森林火灾扑救桌面推演。",
            "县应急救援搜救队揭牌成立。",
            "轻微交通事故可通过“交管12123”APP快处快赔。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "突发",
        &[
            "昨日我县发生山洪，县里要求各乡镇防范次生灾害。",
            "县消防救援大队赶赴火灾现场，防止火势蔓延。",
            "因暴雨引发山洪，已转移群众300人。",
            // a drill or prevention word elsewhere, or what stands between says it happened
            "中路乡发生山洪，群众转移，应急演练中积累的经验发挥了作用。",
            "模拟演练结束后不久，现场附近真的发生了山体滑坡。",
            "上周刚演练模拟过山洪，昨晚真的发生了山洪，3人失联。",
            "观看电影时，影院突发火灾，观众有序撤离。",
            "因企业安全防范不到位引发火灾，造成2人受伤。",
            "火灾发生在县委宣传部办公楼三楼。",
            "保和镇发现聚集性疫情后县疫情防控指挥部立即启动应急响应。",
            // a list of what happened, then what is being prevented
            "山洪、泥石流冲毁了道路，县里正在防范次生灾害。",
            // events in their everyday wording
            "今日上午，G214线维西段一辆货车与客车相撞，造成3人受伤。",
            "3名游客在碧罗雪山徒步时被困，救援人员正在全力营救。",
            "受持续强降雨影响，永春河水位暴涨，冲毁便桥一座，转移群众200余人。",
            "叶枝镇一养殖场发生非洲猪瘟，已扑杀生猪120头。",
            "县城某小学出现多例手足口病病例，县疾控中心已介入处置。",
            "昨晚，保和镇一民房突发大火，消防救援人员迅速到场扑救。",
            "部分群众因征地补偿问题在县政府门口聚集，县里已派工作组现场处置。",
            // what people did in the event is no training
            "井下3名被困矿工积极自救，救援工作仍在进行。",
            "保和镇一民房突发大火，两名村民跳窗逃生。",
            "昨夜发生山体滑坡、泥石流，造成道路中断，请做好防范。",
            // a year ago is still news; a road cut, a van off the road, schools closed county-wide
            "一年前发生的泥石流至今仍未完成重建。",
            "受降雨影响，214国道边坡垮塌，交通中断。",
            "一辆面包车坠入山沟，救援人员正在搜救。",
            "受强降雨影响，全县停课一天。",
            "【紧急通知】明日全县中小学停课。",
            // a drought, a road blocked by snow, a chemical leak, a reservoir in danger, a blackout
            "受持续干旱影响，全县3万人饮水困难。",
            "昨夜暴雪导致214国道多处结冰，交通受阻。",
            "塔城镇某化工企业发生危化品泄漏。",
            "永春河上游一座小型水库出现险情。",
            "县城发生大面积停电，部分居民生活受影响。",
            // an eyewitness account of the moment is no advice
            "地震发生时，正在上课的学生迅速撤离到操场。",
        ],
        Route::CountyOffice,
    );
    assert_comment_routes(
        &[
            "去年才搞了地震演练，今天真地震了",
            "昨晚山洪冲毁了村口的防汛宣传栏",
            // a past year, then today
            "2019年建成的大桥，今天发生垮塌，2人受伤",
            // a past year that only dates a thing
            "2016年新建的教学楼发生火灾，师生已全部疏散",
            // an event that stopped the elevators, or one item of a list with an entrapment
            "小区着火导致电梯停运，老人下不了楼",
            "小区多次发生火灾和业主被困电梯的事，物业从来不管",
        ],
        Route::Escalate,
    );
    // entrapment in an elevator is a property-management complaint, however it is worded
    assert_comment_routes(
        &[
            "我们被困在3号楼电梯里半个小时，物业电话都打不通",
            "老人受困在小区电梯里，物业也不管",
            // a classmate found again, a parcel lost
            "老同学失联多年终于联系上了",
            "我的快递失踪了",
        ],
        Route::Publish,
    );
}

// Kind: words that hold a listed term but mean something else: an agency's name (地震局), recycling
// (废物利用), a service handed out by scanning a code (扫码领取电子社保卡, in drafts), advice to keep
// one's own password secret (注意保密个人密码).
#[test]
fn ordinary_words_holding_listed_terms() {
    assert_comment_routes(
        &[
            "有没有人知道地震局的办公电话",
            "塑料瓶就是废物再利用的好材料",
            // livestock gone astray; questions and pleas in the words of ads
            "我家两头牛走失了，有看到的麻烦联系一下",
            "我们村的羊走失了好几只，是不是被偷了",
            "政务服务中心有没有客服微信，方便咨询？",
            "村里的快递代收点能帮忙代购化肥吗",
            "今年的草果卖不出去，有没有微商渠道帮忙卖",
            // a risk foretold is no event
            "后山土坡没有树，如果一来暴雨，将会发生泥石流",
            // someone's mother's cooking, a tree struck by lightning, a unit's car park
            "你妈的手艺真好，这粑粑太香了",
            "村口那棵老树被雷劈了",
            "机关停车场只能内部使用，群众来办事没地方停车",
        ],
        Route::Publish,
    );
    assert_draft_routes(
        "便民",
        &[
            "市民可扫码领取电子社保卡。",
            "提醒广大群众注意保密个人银行卡密码。",
            // the code named before the advice; an anti-rumour notice; a car park on two floors;
            // a livestock technique
            "收到短信验证码请注意保密，切勿告诉他人。",
            // and before any of the markers, in one clause (breaker round 70)
            "收到短信验证码请勿外传。",
            "个人银行卡密码严禁外泄。",
            "对网传未经证实的信息，请勿扩散、请勿转发。",
            "新建的停车场上下分两层。",
            "开展母猪催情技术培训。",
        ],
        Route::UnitHead,
    );
    // but a merchant's coupon, sale or sponsorship in a draft is an advert (第七条)
    assert_draft_routes(
        "活动",
        &[
            "扫码领取优惠券，活动仅限本周。",
            "关注“维西好物”小程序，领取优惠券。",
            "本文由某农资公司冠名支持，优质化肥限时特价！",
        ],
        Route::Returned,
    );
    assert_draft_routes(
        "便民服务",
        &[
            // the tax bureau's invoicing service; a WeChat account's follow-us line
            "县税务局在政务服务中心设立窗口，为个体工商户代开发票。",
            "长按识别二维码，关注维西发布。",
            // a freedom-of-information reply and a copyright line
            "您申请公开的信息涉及第三方个人隐私，经征求第三方意见，不宜公开。",
            "县文化馆编印的《傈僳族民歌集》近日出版发行。版权所有，不得翻印。",
            // policies and fraud warnings in the words of ads
            "脱贫人口小额信贷：5万元以下、3年期以内、免担保无抵押、财政贴息。",
            "今年个税汇算退税多数实现“秒到账”。",
            "警惕陌生人发来的“淘口令”，切勿随意点击。",
            // decisions of bodies above the county
            "国务院常务会议决定，延续实施小微企业所得税优惠政策。",
            "迪庆州人民政府第12次常务会议决定，提高城乡低保标准。",
            // reports on keeping secrets are not secret documents
            "县委保密委员会召开会议，部署涉密人员管理工作。",
            "加强涉密人员信息管理，定期开展培训。",
            "县保密局开展保密宣传月活动，提醒干部职工严禁在互联网上处理涉密文件。",
        ],
        Route::UnitHead,
    );
    // in a comment, scanning a code to claim something is still an ad, and so is invoicing
    assert_comment_routes(
        &[
            "扫码领取免费礼品，名额有限",
            "长按识别二维码，领取优惠",
            "代开发票，全国可开",
        ],
        Route::Takedown,
    );
}

// Kind: an opinion marker in a repost (第七条) must be the reposter's: quoted speech belongs to the
// original, and an official slogan (说实话、办实事) is no aside.
#[test]
fn quoted_speech_and_slogans_in_reposts_are_not_opinions() {
    let repost = |body: &str| xinhua_repost("乡村新貌", body);
    for body in [
        "来源：新华网\n村民李大妈笑着说：“我觉得现在的日子太好了！”",
        "来源：新华网\n干部要坚持说实话、办实事、求实效。",
        "来源：新华网\n他说：\"个人觉得变化很大。\"",
        "来源：新华网\n李大妈笑着说：‘我觉得现在的日子太好了！’",
        "来源：新华网\n晚会上的小品《太让人感动了》赢得掌声。",
        // someone's words reported without quotation marks (the regression helper of round 93)
        "来源：新华网\n村民告诉记者，这政策我举双手赞成。",
        "来源：新华网\n种植大户李建国笑着说：真是一个好消息。",
    ] {
        let v = SCREENER.screen(&repost(body));
        assert_eq!(v.route, Route::UnitHead, "{body}: {:?}", v.findings);
    }
    for body in [
        "来源：新华网\n多地出台新政。说实话，这政策太好了！",
        "来源：新华网\n村民说：“日子好了。”我觉得还要加油。",
        // the writer's own words after a speech verb are the reposter's
        "来源：新华网\n多地出台新政。小编想说，我认为这政策太好了！",
        "来源：新华网\n多地出台新政。我想说，我觉得这政策太好了！",
    ] {
        let v = SCREENER.screen(&repost(body));
        assert_eq!(v.route, Route::Returned, "{body}: {:?}", v.findings);
    }
}

// Kind: everyday wordings of gambling, drugs, sex, forged documents and data trading in comments
// (第十条), and their homophones: taken down.
#[test]
fn everyday_illegal_wordings_are_taken_down() {
    assert_comment_routes(
        &[
            // round 27: escort offers, gambling for money, a curse
            "附近美女上门服务，一条龙，加我了解",
            "棋牌室天天有人打牌赌钱，一晚上输赢几万",
            "去你大爷的政务服务，效率低得要死",
            "網賭回血，私我",
            "赌搏平台，稳赚不赔",
            "百家乐真人，首充送彩金",
            "足球外围，稳赚不赔",
            "k粉、摇头丸都有，私聊",
            "出大麻，纯度高，私聊",
            "约炮的来",
            "裸聊视频，私聊",
            "办证刻章，各类证件",
            "代办驾照，不用考试",
            "出售公民个人信息，一条5毛",
            "代开发漂，正规税票",
            "薇信同号，出售松茸",
            "扫码进群，每天领红包",
            "苟官，就知道捞钱",
            // pinyin initials of 六合彩 and 法轮功; 垃圾 before a title; cursing officials
            "lhc开奖了，加群",
            "FLG是好的",
            "轮子功好，大家都来练",
            "垃圾县长，滚下台",
            "这些当官的都该死",
            // the sect's founder and slogans, separatism, the date written in digits
            "李洪志师父讲的才是真理",
            "有人挨家挨户劝人三退保平安",
            "西藏独立是迟早的事",
            "5月35日快到了，大家都懂的",
            // dialect insults; 垃圾 before a government
            "这些龟儿子，收钱不办事",
            "垃圾县政府，啥也不管",
            "你们是一群蠢猪吗",
            // homophones and slang of the listed abuse; digits and 号 in the sect's code words
            "辣鸡政府，啥事不干",
            "垃圾zf，啥事不干",
            "你们都是吃屎长大的吗",
            "傻13村干部，收钱不办事",
            "曹尼玛的村主任",
            "王巴蛋村长",
            "你个龟孙，还敢删评论",
            "这些村干部都是脑瘫",
            "记住六4，不要忘记",
            "明天是5月35号，大家都懂",
            // 1989 called a 风波, attacks on the Party
            "89年那场风波，谁还记得",
            "1989年的那场政治风波",
            "共产党都是骗子",
            // a video site's short links
            "福利视频 https://b23.tv/AbCdEf",
            // football betting and private lotteries, a hook-up group, escorts, records looked up
            // for a fee, SIM cards and accounts sold, licence points bought, circumvention,
            // cash-out of credit lines
            "世界杯外围赌球，私聊",
            "足彩私彩代买，赔率高",
            "本地约炮群，加我拉你",
            "小姐上门，全套服务",
            "可以查开房记录，查通话记录",
            "卖号卡，实名手机卡出售",
            "出售实名微信号，老号",
            "回收驾照分，代扣分",
            "翻墙软件免费下载",
            "VPN加速器，稳定翻墙",
            "信用卡套现，秒到账",
            // calling someone a fool, wishing them dead, 他妈 abbreviated
            "你这个猪脑子",
            "你全家都去死",
            "TM有病吧",
            // a live dealer, betting platforms, bonus credit, aphrodisiacs, cards bought up,
            // credit-record "repair", exam answers sold
            "真人荷官在线发牌",
            "网投平台稳赚不赔",
            "开户送彩金",
            "正品催情药",
            "收购二手手机卡和银行卡",
            "专业征信修复，逾期记录可消除",
            "出售今年公务员考试答案",
            // the date in mixed numerals; dialect and homophone abuse; curses
            "五月三十五号那天的事",
            "全是瓜批",
            "就是个憨批",
            "草拟吗的村干部",
            "挨千刀的贪官",
            "你这种人会被雷劈的",
            // QQ as 扣扣, a shop window on a profile, contact details by private message
            "加扣扣2837461950",
            "戳主页橱窗下单",
            "同城上门服务，私信我拿联系方式",
            // breaker round 33: selling with a contact, a live-stream shop, dating, dialect abuse
            "松茸新鲜到货，要的加我微 信 wx5566",
            "正品松茸低价出，联系ｗｘ：ｓｒ６６８",
            "家人们，今晚九点卖核桃，点我头像进直播间",
            "同城约会交友，私聊",
            "滚犊子吧你们",
            "乡里那个干部就是个二百五",
            "需要的加我，诺邓火腿包邮",
            "土蜂蜜有需要联系V：fengmi666",
        ],
        Route::Takedown,
    );
    // reports of officials betting on football or of a licence-points trade are reports, not offers
    assert_no_hit(
        &[
            "某局长挪用公款七十万元用于赌球，请查处",
            "举报买卖驾照分的源头企业",
            "A市出现很多修复征信的公司，合法吗",
            "小偷翻墙进了院子",
        ],
        "lexicon.illegal",
    );
    // hemp grown under licence is a crop; initials inside a longer Latin word are nothing
    assert_comment_routes(
        &[
            "我县工业大麻种植面积扩大",
            "the flight was delayed",
            "垃圾清运工作由县长亲自部署",
            // two clauses are no term read across their comma
            "路边堆了好多垃圾，乡政府也不派人来清理",
            "河道里全是垃圾，村委会管不管？",
            // a crossbred pig, a payment window, a name and a year
            "二元杂种猪出栏价格怎么样",
            "医院收费窗口不收银行卡，只能扫码",
            "小王八年前就申请了宅基地，到现在没批",
            // disability services name the condition
            "脑瘫儿童康复救助怎么申请",
            // a financial 风波, a swindler posing as a Party member
            "亚洲金融风波对出口影响很大",
            "冒充共产党员的骗子太多了",
        ],
        Route::Publish,
    );
}

// Kind: a digit term in a count or a document number, a year in numerals, a flat tyre.
#[test]
fn counts_years_and_tyres_are_no_terms() {
    assert_no_hit(
        &[
            "全乡户籍人口8964人。",
            "维发改投资〔2026〕8964号",
            "他六四年参加工作",
            // a count with its measure word
            "全县共8964家企业完成年报",
            "生猪存栏8964头",
            "全程8964公里",
            "发放宣传资料8964份",
        ],
        "lexicon.political",
    );
    assert_comment_routes(&["电动车轮胎没气了，附近哪里能补胎"], Route::Publish);
    // a measure word is a word of its own after the number (jieba), or words of them
    assert_no_hit(
        &[
            "全县8964人参加培训",
            "发放资金8964万元",
            "参保8964人次",
            "参保8964名群众",
        ],
        "lexicon.political",
    );
}

// Kind: the date before a word that merely starts like a measure word (人民, 元凶, 号召, 家属) is
// still the date (breaker round 45).
#[test]
fn a_date_before_a_word_is_no_count() {
    assert_comment_routes(
        &[
            "8964人民不会忘记",
            "8964元凶至今逍遥法外",
            "8964号召大家站出来",
            "8964家属还在等一个说法",
            // in capital numerals, as amounts are written
            "捌玖陆肆",
        ],
        Route::Takedown,
    );
}

// Kind: emergencies in everyday words (殒命, 掉水里, 塔吊倒, 肇事逃逸).
#[test]
fn emergencies_in_everyday_words() {
    assert_comment_routes(
        &[
            "小孩掉水里了，快来救人",
            "塔吊倒了，好几个工人被压",
            "车撞了人跑了，肇事逃逸",
            "吊桥断了，好几个人掉进江里",
            "煤矿出事了，好多人没出来",
            "刚才是不是地动了，房子在晃",
            "河边有人落水，消防正在搜寻",
            "网传县医院有人感染了，真的假的",
            "有人从楼上跳下来了，救护车刚到",
            "几百人围在县政府门口，发生什么事了",
            "村里好几头牛得了口蹄疫，会不会传人",
            // an epidemic and a crowd heading for the government, in speech
            "听说县医院有人得了新冠，是真的吗？",
            "我们村几十个人明天要去县政府讨说法",
            "明天大家一起去县政府门口集合讨说法",
            "受灾的几户人家约好一起到乡政府讨说法",
            // a child fallen into a reservoir, pupils vomiting together
            "我们村有个小孩掉进水库里了，到现在还没找到",
            "学校好多学生吃了午饭后集体呕吐，送医院了",
            "快来人啊，后山的石头滚下来把路都埋了",
            "隔壁老两口烧炭取暖，早上发现两个都叫不醒了",
            "矿洞里头还有三个人没出来",
            "好几百人围在乡政府门口不走",
            // a pile-up on the road
            "高速上连环追尾了，堵了好几公里",
            "两辆车撞了，已送医院",
            "山洪威胁着下游村庄，赶紧通知大家转移",
            // a death toll, houses burnt, a fall, a collapse, a village poisoned
            "隔壁村出事了，死了三个人",
            "老街那边烧了好几间房子，消防车都来了",
            "小孩从窗户掉下来了",
            "后山塌下来了，压了两间房",
            "全村三十几个人上吐下泻住进医院",
            "三轮车撞了一个老人",
            "大雾天多车追尾，有人被困车里",
        ],
        Route::Escalate,
    );
    assert_draft_routes(
        "突发",
        &[
            "货车翻下山坡，驾驶员当场殒命。",
            "学校发生学生群体性呕吐腹泻事件。",
            "一辆客车翻入沟渠，伤者已送医救治。",
            "某煤矿发生透水事故，救援正在进行。",
            "康普乡遭受冰雹袭击，农作物受灾2000余亩。",
            "县城区某小区发生一起燃气泄漏事故。",
            "我县近日发现一例人间鼠疫病例。",
            "保和镇一仓库被大火烧毁。",
            "一辆运输车辆在隧道内发生自燃。",
            "事故共造成4人不幸罹难。",
            "工地脚手架垮塌，3名工人受伤。",
        ],
        Route::CountyOffice,
    );
    // counts in a year's statistics, hyperbole and a risk to prevent are no event
    assert_no_hit(
        &[
            "全县共发生交通事故12起，同比下降20%。",
            "实现安全生产事故起数和死亡人数“双下降”。",
            "今天热死人了，县城什么时候能多种点树",
            "这条路车速太快，容易出车祸，建议装减速带",
            // the epidemic as a period of time, not an outbreak now
            "疫情期间的补贴什么时候发下来",
            "疫情以来，全县累计发放稳岗补贴300万元。",
            "疫情过后，乡村旅游逐步恢复。",
            // nothing new found; flood works and an earthquake shelter; a hospital's ward; an idiom
            "经排查，没有发现新的疫情",
            "城市内涝治理工程完工",
            "新建地震应急避难场所3处",
            "县医院传染病区改造项目开工",
            "城门失火，殃及池鱼",
            // the population at risk of a hazard
            "搬迁受地质灾害威胁的群众120户",
            "经鉴定属于受地质灾害威胁不宜居住需搬迁的房屋",
        ],
        "lexicon.emergency",
    );
    // a vehicle falls into a ditch or a river; a wall climbed over and a new chapter are no accident
    assert_no_hit(
        &["小偷翻入院墙后被抓获", "全县发展翻入新的篇章"],
        "lexicon.emergency",
    );
}

// Kind: praise of a problem gone or never there, and the weather, are no complaint (breaker round
// 34).
#[test]
fn problems_said_to_be_gone_are_not_forwarded() {
    assert_comment_routes(
        &[
            "路修好了，再也不坑坑洼洼了，感谢政府！",
            "以前进村的路坑坑洼洼，现在都是柏油路了，点赞",
            "以前每天要去河边挑水喝，现在自来水通到家了，真好",
            "这里收购站从来不压级压价，价格公道，点赞",
            "今天天气灰蒙蒙的，适合在家喝酥油茶",
            "下了一周的雨，衣服都不敢晾出去",
            "奶奶的老照片一直被压在玻璃板下面，今天翻出来看好感动",
            "给你个二百五十块钱的红包，好好干",
            // a debt recovered, with the passive written out (breaker round 45)
            "感谢县人社局帮我们追回了被拖欠的工资！",
        ],
        Route::Publish,
    );
    // wages owed and muddy tap water, in speech
    assert_forwarded(&[
        ("我工资欠了半年了，找谁都没用", "县人力资源和社会保障局"),
        ("自来水放出来全是泥浆，怎么喝", "县水务局"),
    ]);
}

// Kind: another county's units and leaders, named with that county (德钦县民政局, 德钦县副县长), ask no
// co-review here (第九条 concerns this county's); a person's name before a title is still this
// county's leader (和建华县长). Breaker round 35.
#[test]
fn another_countys_units_and_leaders_ask_no_co_review() {
    for body in [
        "我县到德钦县民政局学习养老服务经验。",
        "德钦县副县长到维西考察旅游产业。",
        "兰坪县教育体育局到我县交流。",
        // the county committee's titles after the county's name, and a chain after them
        "德钦县委副书记、县长扎西一行到我县考察。",
        "他曾任砀山县副县长、县委副书记。",
        // another autonomous county by its full name, a title after its government, its
        // decisions (breaker round 36)
        "玉龙纳西族自治县委常委、副县长和丽华到维西调研。",
        "兰坪白族普米族自治县民政局来访。",
        "德钦县人民政府县长格桑一行来访。",
        "德钦县委常委会研究决定，与维西开展合作。",
        // a delegation's list leaves the county out after the first name
        "德钦县委书记扎西、县长格桑一行来我县考察。",
        "德钦县委书记扎西同志，县委副书记、县长格桑同志到维西交流。",
        "玉龙纳西族自治县委书记和·丽华、副县长李明来访。",
    ] {
        let v = SCREENER.screen(&draft("交流", body));
        assert!(v.co_review.is_empty(), "{body}: {:?}", v.co_review);
        assert_eq!(v.route, Route::UnitHead, "{body}");
    }
    for body in [
        "和建华县长到塔城镇调研。",
        "维西县县长和建华主持会议。",
        "县民政局到塔城镇调研。",
        // a person's name before 县长, whatever it ends with (云龙 and 祥云 are counties too)
        "扎西县长到塔城镇调研。",
        "和云龙县长到塔城镇调研。",
        "李祥云县长到塔城镇调研。",
        // this county's own leader after another county's, named as such
        "德钦县委书记扎西、我县县长格桑出席签约仪式。",
        "德钦县副县长扎西一行到我县考察，县长和建华陪同。",
    ] {
        let v = SCREENER.screen(&draft("调研", body));
        assert!(!v.co_review.is_empty(), "{body}");
    }
}

// Kind: a complaint that also threatens an emergency goes to the department (contract §3: forward
// outranks escalate), and its emergency finding travels with it for the department to see.
#[test]
fn complaints_that_threaten_an_emergency_are_forwarded_with_it() {
    let v = SCREENER.screen(&comment("说好的补偿不给，明天全村去堵高速"));
    assert_eq!(v.route, Route::Forward);
    assert_eq!(v.forward_to, ["县自然资源局"]);
    assert!(
        v.findings.iter().any(|f| &*f.rule == "lexicon.emergency"),
        "{:?}",
        v.findings
    );
}

// Kind: public-opinion complaints in everyday words, forwarded to the department concerned.
#[test]
fn everyday_complaints_are_forwarded() {
    assert_forwarded(&[
        ("路灯坏了一个月了都没人修", "县住房和城乡建设局"),
        ("垃圾堆在路边一个月没人清运", "县住房和城乡建设局"),
        ("村里的自来水浑浊发黄，没法喝", "县水务局"),
        ("学校食堂的饭菜里吃出虫子", "县市场监督管理局"),
        ("河里有人电鱼，鱼都死光了", "县农业农村局"),
        ("低保评选不公平，村干部亲戚都吃上了", "县民政局"),
        ("养老金三个月没发了", "县人力资源和社会保障局"),
        ("黑车在车站门口拉客", "县交通运输局"),
        ("老板一直拖着不给钱", "县人力资源和社会保障局"),
        ("砂石厂灰尘漫天，庄稼都盖满了灰", "县生态环境局"),
        ("开发商拖了一年还不交房", "县住房和城乡建设局"),
        // fumes, wages owed without the word 工资, a sour meal
        ("楼下饭店油烟呛得开不了窗", "县生态环境局"),
        ("工地老板欠了我们三个月的钱", "县人力资源和社会保障局"),
        ("干了半年活，到现在一分没拿到", "县人力资源和社会保障局"),
        ("学校食堂的饭是馊的", "县市场监督管理局"),
        ("孩子在学校被几个高年级的打了", "县教育体育局"),
        ("劳务费拖了大半年了", "县人力资源和社会保障局"),
        (
            "老板到现在一分钱没给，过年回不了家",
            "县人力资源和社会保障局",
        ),
        ("开发商逾期交房两年了", "县住房和城乡建设局"),
        ("小区物业天天停水停电", "县住房和城乡建设局"),
        ("楼下烧烤摊油烟太大", "县生态环境局"),
        ("采石场天天放炮，灰尘大得很", "县生态环境局"),
        ("低保都给了村干部的亲戚，优亲厚友", "县民政局"),
        // a number of days without water, pay never seen, a meal gone bad, a delayed diagnosis
        ("小区停水三天了，没人管", "县水务局"),
        ("三天两头停电，这次停电两天", "县工业和信息化局"),
        ("干了一年活，一分钱都没拿到", "县人力资源和社会保障局"),
        ("学校食堂给孩子吃馊饭", "县市场监督管理局"),
        ("营养餐里吃出头发", "县市场监督管理局"),
        ("县医院耽误了我爸的病情", "县卫生健康局"),
        // breaker round 33: land taken for a road, demolition, a week without water, dust,
        // potholes, no school bus, a house never handed over, grading down at purchase
        (
            "修路占了我家两亩地，说好的补偿到现在都没见到",
            "县自然资源局",
        ),
        ("征地的时候说好每亩补三万，结果只给了一万五", "县自然资源局"),
        ("我家的承包地被人占了修房子，找村里也不管", "县自然资源局"),
        ("村里要拆我家老房子，给的钱太少了", "县自然资源局"),
        ("我们村停水一个星期了，也没人说什么时候来水", "县水务局"),
        (
            "县城边上那个砂石厂天天灰蒙蒙的，衣服都不敢晾出去",
            "县生态环境局",
        ),
        ("进村的路坑坑洼洼，下雨天摩托车都骑不过去", "县交通运输局"),
        ("孩子学校离家二十多公里，也没校车", "县教育体育局"),
        ("买的房子三年了还没交房", "县住房和城乡建设局"),
        ("种的烤烟被收购站压级压价，辛苦一年白干", "县市场监督管理局"),
        // breaker round 34: days without water said another way, land taken by a digger
        ("一个多星期没水了，自来水公司也不给个说法", "县水务局"),
        ("停了一个星期的水，老人孩子怎么过", "县水务局"),
        ("挖掘机把我家的地占了，也没人来谈补偿", "县自然资源局"),
        ("学校老师向学生勒索钱财", "县教育体育局"),
        ("我们小区的水有股怪味，喝了肚子疼", "县水务局"),
        // corruption reported by netizens goes to the discipline inspection commission
        ("村干部贪污扶贫款", "县纪委监委"),
        ("驾校教练吃拿卡要，考试报不上名", "县纪委监委"),
        (
            "新买的房子墙体开裂，开发商一直推着不管",
            "县住房和城乡建设局",
        ),
        ("去县城的班车天天超载", "县交通运输局"),
        ("后山有人偷偷砍树拉出去卖", "县林业和草原局"),
        ("有人半夜在河道里采砂，河堤都挖空了", "县水务局"),
        ("学校让每个家长交300块资料费，也不给收据", "县教育体育局"),
        ("我家的承包地被占去修路", "县自然资源局"),
        // round 24: a road left half built, benefits cut off, medical insurance, fake goods,
        // subsidies kept back by cadres, livestock dying, hospital queues, building-site noise
        ("我们村的路修了一半就停工了，坑坑洼洼没法走", "县交通运输局"),
        ("低保被取消了，也没人通知", "县民政局"),
        ("医保报销比例太低了，看不起病", "县医疗保障局"),
        ("在超市买到假货了，找谁投诉", "县市场监督管理局"),
        ("危房改造的补助款被村干部扣了一部分", "县纪委监委"),
        ("养的猪死了好几头，也不知道是什么病", "县农业农村局"),
        ("县医院挂个号要排三个小时，看病太难了", "县卫生健康局"),
        ("工地晚上施工太吵了，睡不着", "县生态环境局"),
        // round 27: adulterated food, wrong prescriptions, square-dance speakers, tutoring for
        // pay at the teacher's home, houses pulled down without pay, vote buying, child abuse
        ("超市卖的猪肉是注水肉，吃了不放心", "县市场监督管理局"),
        ("营养餐里吃出了苍蝇，学校还不让说", "县市场监督管理局"),
        ("这家火锅店的地沟油太明显了", "县市场监督管理局"),
        ("学校周边的小卖部卖三无产品", "县市场监督管理局"),
        ("医院给我妈开错了药，吃了以后过敏住院", "县卫生健康局"),
        (
            "我妈在县医院做完手术感染了，医院说不是他们的责任",
            "县卫生健康局",
        ),
        ("广场舞音响开到晚上十点，吵得孩子没法写作业", "县生态环境局"),
        ("矿上的尾矿库渗水，下游的庄稼都死了", "县生态环境局"),
        ("老师暗示学生去他家补课，一节课收100元", "县教育体育局"),
        (
            "乡政府强行把我家的房子推了，一分钱补偿都没有",
            "县自然资源局",
        ),
        ("村里的选举有人贿选，一票五百块", "县纪委监委"),
        ("幼儿园老师虐待孩子，用针扎", "县教育体育局"),
        // round 29: wages owed in reversed order, fumes blackening windows, short weight
        ("工资拖欠了三个月，老板跑了", "县人力资源和社会保障局"),
        ("楼下饭店油烟熏得我家窗户都是黑的", "县生态环境局"),
        ("菜市场的秤都不准，缺斤短两", "县市场监督管理局"),
    ]);
    // praise for an honest stallholder is no complaint
    assert_comment_routes(&["这位大姐卖菜二十年了，从不缺斤少两"], Route::Publish);
    // a company's pay is no land compensation
    let v = SCREENER.screen(&comment("公司却一分钱不给补偿，也不肯给我工作岗位"));
    assert!(
        !v.forward_to.iter().any(|d| d == "县自然资源局"),
        "{:?}",
        v.forward_to
    );
}

// Kind: personal information written in traditional script is de-identified as in simplified:
// surnames (張, 陳, 黃), labels (投訴人) and townships kept by address masking (塔城鎮) are read
// in simplified script, and the masked text keeps the writer's characters (breaker round 37; a
// real reply had leaked 妻子黃秀云).
#[test]
fn personal_information_in_traditional_script() {
    for (body, want) in [
        (
            "經核實，村民張國強家的危房改造補助已足額發放。",
            "經核實，村民張某某家的危房改造補助已足額發放。",
        ),
        (
            "經核查，投訴人陳志明反映的情況基本屬實。",
            "經核查，投訴人陳某某反映的情況基本屬實。",
        ),
        (
            "村民劉建國、黃麗華二人的養老保險已補繳。",
            "村民劉某某、黃某某二人的養老保險已補繳。",
        ),
        ("妻子黃秀云，现已离家。", "妻子黃某某，现已离家。"),
    ] {
        let v = SCREENER.screen(&draft("回复", body));
        assert_eq!(v.deidentified.body, want, "{body}");
    }
    let v = SCREENER.screen(&comment("我家住在塔城鎮啟別村4組17號"));
    assert!(
        v.deidentified.body.starts_with("我家住在塔城鎮＊"),
        "{}",
        v.deidentified.body
    );
    // a private person named in a traditional title is masked in the body too
    let v = SCREENER.screen(&draft("村民張國強", "張國強家的危房已改造。"));
    assert_eq!(v.deidentified.body, "張某某家的危房已改造。");
}

// Kind: emergencies in the words drafts and comments use for them (breaker round 40): a gas
// deflagration, hail and snow damage, imported malaria and brucellosis; a body in the river, a
// table of diners in hospital and a child not home from school in a comment's dialect.
#[test]
fn emergencies_in_their_everyday_words() {
    assert_draft_routes(
        "突发",
        &[
            "某小区发生燃气爆燃，一名住户被烧伤，已送县人民医院救治。",
            "攀天阁乡突降冰雹，300余亩烤烟、玉米受损。",
            "我县发现2例境外输入性疟疾病例，患者已隔离治疗。",
            "叶枝镇发现3例布鲁氏菌病病例，专家组正在开展调查处置。",
            // a total of yesterday's events is news
            "昨日我县共发生山体滑坡3起，造成2人被困。",
        ],
        Route::CountyOffice,
    );
    assert_comment_routes(
        &[
            "河头漂着个人 好像是上面寨子的",
            "在那家农家乐吃了饭 一桌十几个人都进医院了",
            "我家娃娃昨天下午放学就没回来 到现在都找不到",
            "我家娃娃昨天放学就没回家 电话也打不通",
        ],
        Route::Escalate,
    );
}

// Kind: the same words as figures of speech, names, routine work, history and a year's totals are
// no emergency (breaker round 40).
#[test]
fn emergency_words_that_report_no_event() {
    assert_draft_routes(
        "动态",
        &[
            "地震级利好！新政策出台，被网友称为地震级利好。",
            "烫个爆炸头只要50元。",
            "森林火情瞭望员每天登上瞭望塔查看火情。",
            "比赛中保和镇队全场围堵对手。",
            "游客可在洞前平台静坐观景。",
            "纪念馆展示了1996年丽江7.0级地震中的史料。",
            "去年共出警300余次，扑救火灾42起，抢救被困群众56人。",
            "县人民医院烧伤科开展义诊。",
            "4月25日是全国疟疾日，县疾控中心开展疟疾防治知识宣传。",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(
        &[
            "夜景颜值爆炸",
            "三年疫情终于过去了 今年可以回老家过年了",
            "在寺前静坐看日出",
        ],
        Route::Publish,
    );
}

// Kind: abuse in abbreviations and dialect is taken down, also in title marks; a hot dog's
// website, a canteen's rice bucket, hides for sale and an exaggeration are not abuse (breaker
// rounds 40, 41).
#[test]
fn abuse_in_abbreviations_and_dialect() {
    assert_comment_routes(
        &[
            "cnmb的 这种领导也配当官",
            "wcnm 又是形式主义",
            "lj政府 啥事都不办",
            "乡上那几个杂皮干部",
            "草包县长 啥都不懂还瞎指挥",
            "一个个人模狗样的",
            "这帮饭桶干部",
            // an insult put in title marks is still one (breaker round 41)
            "我们县长就是个《狗官》",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "热狗官网上买的烤肠机",
            "村里有没有收购牛皮羊皮杂皮的 价格怎么样",
            "食堂的饭桶太小了，打饭要排好久",
            "打死你也想不到 我们村都通上了水泥路",
            "我是个电脑白痴 请问手机上怎么交医保",
        ],
        Route::Publish,
    );
}

// Kind: complaints in residents' own words, typos and dialect go to the department concerned;
// a problem solved, prevented or praised is no complaint (breaker round 40).
#[test]
fn complaints_in_residents_own_words() {
    assert_forwarded(&[
        ("老板拖着我们的血汗钱不给", "县人力资源和社会保障局"),
        ("托欠我们民工公资半年了", "县人力资源和社会保障局"),
        ("我妈的退休金从上个月就停了", "县人力资源和社会保障局"),
        (
            "占了我们组二十多亩地 说好每亩给三万 到现在只给了一半",
            "县自然资源局",
        ),
        ("林地被征收了两年了 征收款一直没到位", "县自然资源局"),
        ("养鸡场臭得要命 苍蝇到处飞", "县生态环境局"),
        ("选矿厂天天往河里放黑水 鱼都死光了", "县生态环境局"),
        ("剖腹产后肚子里有块纱布 县医院到现在不认错", "县卫生健康局"),
        (
            "在那家店吃了凉米线 一家四口吃了晚上都吐",
            "县市场监督管理局",
        ),
        ("没水吃半个月了 水管被施工队挖断了", "县水务局"),
        ("村里断水5天了", "县水务局"),
        ("电一天要停好几回", "县工业和信息化局"),
        ("路烂得车都开不进来", "县交通运输局"),
        ("幼儿园老师打我家孩子", "县教育体育局"),
        ("安置房屋顶一下雨就漏", "县住房和城乡建设局"),
        ("乡敬老院的工作人员虐待老人", "县民政局"),
        // breaker round 41
        ("我爸的养老钱两个月没打到卡上了", "县人力资源和社会保障局"),
        ("房子一下大雨就滴水 墙都泡软了", "县住房和城乡建设局"),
    ]);
    // a number-slot term is not cut apart by another's parts (`停水7天了`)
    assert_forwarded(&[("小区停水7天了", "县水务局")]);
    assert_comment_routes(
        &[
            "感谢县人社局帮我们追回了拖欠的工资 点赞",
            "治理环境污染效果真好",
            "学校开展防校园霸凌主题班会",
            "玉米出苗率很高 感谢农技站",
            "污水处理厂把废水处理得清清亮亮",
            "骑电动车不要超载",
            // the problem is in the past (breaker round 41)
            "以前我们村没水吃，现在自来水通到家了，感谢政府",
            "以前路面凹凸不平，现在修得平平整整，点赞",
            "托欠的工资终于发了，谢谢县人社局",
        ],
        Route::Publish,
    );
}

// Kind: this county's own name before a title in a chain (迪庆州委常委、维西县委书记、…) keeps
// the chain one person's, so 第四条's count of titles sees all of them (breaker round 42).
#[test]
fn the_countys_name_inside_a_title_chain() {
    for body in [
        "迪庆州委常委、维西县委书记、县人武部第一书记李明同志出席。",
        "县委常委、维西县副县长、县公安局局长格茸出席会议。",
    ] {
        let v = SCREENER.screen(&draft("会议", body));
        assert_eq!(v.route, Route::Returned, "{body}");
        assert_eq!(body_spans(&v, "leader.too_many_titles").len(), 1, "{body}");
    }
    let v = SCREENER.screen(&draft("会议", "县委副书记、维西县县长和建华出席。"));
    assert_eq!(v.co_review, ["县长"]);
}

// Kind: an advert that gives away phone credit for a follow, and complaints of pollution, a tap
// run dry and pay withheld (breaker round 42).
#[test]
fn follow_for_credit_adverts_and_more_complaints() {
    assert_comment_routes(
        &[
            "微信搜索\"维西好货\"公众号，关注即送100元话费，名额有限！",
            // the same with words between (breaker round 43)
            "关注公众号即送100元话费",
            "微信关注维西好物，即送100元话费",
        ],
        Route::Takedown,
    );
    // a welfare visit's phone credit in a draft is no advert
    assert_draft_routes(
        "慰问",
        &["县老干部局为高龄老党员送话费和慰问品。"],
        Route::UnitHead,
    );
    assert_comment_routes(
        &[
            "以前污染严重，现在河水清了，感谢政府！",
            "昨天自来水停了一会，现在已经恢复了",
            "我们公司从来没有克扣过一分工资",
        ],
        Route::Publish,
    );
    assert_forwarded(&[
        ("我家隔壁养猪场污染严重，臭得睡不着", "县生态环境局"),
        ("我们村的自来水停了半个月了，一直没人管", "县水务局"),
        ("科室主任还克扣我们的绩效工资", "县人力资源和社会保障局"),
        ("污染太严重了，县生态环境局管不管", "县生态环境局"),
        ("自来水又停了，三天两头这样", "县水务局"),
    ]);
    assert_draft_routes("关注", &["欢迎关注“维西发布”公众号。"], Route::UnitHead);
}

// Kind: routine work that names an emergency (breaker round 45): a disaster dated by its name, a
// vaccination campaign, an emergency plan, screening, a year's running total, a festival parade,
// a thank-you banner, pedalling; a regulator's notice quoting a trader's sales wording.
#[test]
fn routine_work_that_names_an_emergency() {
    assert_draft_routes(
        "工作动态",
        &[
            "2023年“7·15”山洪灾害发生后，我县开展灾后重建，如今新房已建成。",
            "县农业农村局开展春季动物疫病集中强制免疫，口蹄疫、禽流感免疫密度达100%。",
            "县应急局修订完善森林火灾应急预案。",
            "县疾控中心开展传染病免费筛查。",
            "县消防救援大队今年共接处警312起，扑救火灾86起。",
            "阔时节期间，各族群众身着盛装参加文艺游行，欢度佳节。",
            "康复出院的村民拉横幅感谢县人民医院医护人员。",
            "骑行爱好者踩踏板登上老君山。",
            "县市场监管局提醒：商家“清仓甩卖”要明码标价。",
        ],
        Route::UnitHead,
    );
    // an investigation of a fire reports the fire; a day's count is news
    assert_draft_routes(
        "通知",
        &[
            "县商场火灾事故调查专家组已进驻万和商场开展调查。",
            "今天共发生山体滑坡3起。",
        ],
        Route::CountyOffice,
    );
    assert_comment_routes(&["这下可是个大麻烦了，办个证跑了五趟。"], Route::Publish);
}

// Kind: readiness and a health system's routine work name an emergency or a disease (breaker round
// 70): early detection, a clinic, a health tip, an elimination campaign. A real event's notice of
// its work, stockpiles or tests still goes to the county office, and a quake felt is one; that day
// in 1989 is political even before 出生, and a seller's 别轻信 warns of nothing.
#[test]
fn readiness_and_health_work_are_routine() {
    assert_draft_routes(
        "工作动态",
        &[
            "各乡镇要做到火情早发现、早报告、早处置。",
            "县人民医院成立感染性疾病科，设立传染病门诊。",
            "我县顺利通过消除疟疾国家级考核验收。",
            "县疾控中心发布秋冬季传染病健康提示。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "工作动态",
        &["不要相信中介的高价，低息贷款请加vx：wxd8888。"],
        Route::Returned,
    );
    assert_comment_routes(
        &[
            "悼念1989年6月4日生命消逝的学生",
            "1989年6月4日出生的人都知道那天发生了什么",
        ],
        Route::Takedown,
    );
    assert_draft_routes(
        "松茸上市",
        &["别再轻信网上的低价了，本店松茸正品保证，加微信下单，全县包邮。"],
        Route::Returned,
    );
    assert_draft_routes(
        "突发",
        &[
            "县城一小区发生火灾，消防正在检测现场。",
            "今日凌晨我县发生4.5级地震，震感强烈，暂无人员伤亡报告。",
            // a real event's notice names its work and plans too (breaker round 70)
            "关于塔城镇“6·12”地震应急工作的通报",
            "保和镇6·12山体滑坡应急物资调拨情况",
            "县疾控中心对发生聚集性疫情的学校开展检测。",
            "县疾控中心对昨日发生的聚集性食物中毒事件开展采样检测。",
        ],
        Route::CountyOffice,
    );
    assert_comment_routes(
        &[
            "刚才当地震感强烈，房子都在晃",
            "今天凌晨本地震感明显，大家注意安全",
        ],
        Route::Escalate,
    );
    assert_comment_routes(
        &["楼房随着货车经过而震感强烈，小孩没法写作业"],
        Route::Publish,
    );
}

// Kind: what county reviewers met in realistic items (breaker round 47): complaints of subsidies,
// fees, reimbursements, water, corruption and injuries forwarded to their departments; an election
// of the county head is a personnel matter; a secrecy training, an unreported casualty and a drill
// for response capability are routine; a total that goes on to tell of now is news.
#[test]
fn realistic_items_of_round_47() {
    assert_forwarded(&[
        (
            "我家的危房改造补助2万块到现在都没给，村主任说钱还没下来。",
            "县住房和城乡建设局",
        ),
        (
            "学校乱收补课费，一个月收800，不交就不让上课。",
            "县教育体育局",
        ),
        (
            "新农合报销到现在还没报，去问了好几次都说等着。",
            "县医疗保障局",
        ),
        ("我们村的自来水是浑的，有泥沙，已经半个月了。", "县水务局"),
        ("乡里的书记是个贪官，收了老板的钱。", "县纪委监委"),
        (
            "我丈夫在工地摔伤了，老板不给赔钱。",
            "县人力资源和社会保障局",
        ),
    ]);
    assert_draft_routes(
        "会议",
        &["会议选举和国华为县人大常委会主任，李永军为县长。"],
        Route::PrincipalLeader,
    );
    // the post someone is appointed to after 为 is this county's (华为 is no county)
    let v = SCREENER.screen(&draft("会议", "会议同意和国华为县人大常委会主任。"));
    assert_eq!(v.co_review, ["县人大常委会主任"], "{:?}", v.findings);
    assert_draft_routes(
        "通知",
        &[
            "目前未收到人员伤亡报告。",
            "关于涉密人员保密培训的通知。培训内容包括机密文件管理规定等。",
            "为提高森林火灾应急处置能力，康普乡于4月2日开展扑救实战演练。",
            "截至目前，全县累计接种8964剂次，安装路灯8964盏。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "通知",
        &["今年累计扑救火灾12起，最新一起今天凌晨发生在塔城镇。"],
        Route::CountyOffice,
    );
}

// Kind: breaker round 48. Improving a capability is preparedness only when it is what is improved
// (为提高…能力), not when an event that happened tests it; thanks, the past and a denial are no
// complaints; a payment code is no ID.
#[test]
fn preparedness_thanks_and_codes_of_round_48() {
    assert_draft_routes(
        "快讯",
        &["今天上午攀天阁乡发生森林火灾，应急处置能力面临考验"],
        Route::CountyOffice,
    );
    assert_comment_routes(&["昨晚的山体滑坡救援能力跟不上"], Route::Escalate);
    assert_comment_routes(
        &[
            "感谢县教育局严查乱收补课费",
            "原来自来水是浑的，现在清了，谢谢水务局",
            "谁说他是个贪官？他是个好官",
        ],
        Route::Publish,
    );
    assert_forwarded(&[("新农合还没报销，问了好几次", "县医疗保障局")]);
    let v = SCREENER.screen(&draft(
        "通知",
        "非税缴款码：530102202405200001，请在7日内缴纳。",
    ));
    assert!(v.findings.is_empty(), "{:?}", v.findings);
}

// Kind: a drill's scenario told over several sentences of its paragraph is still the drill's
// (breaker round 47); a real event after it, told with now, is news.
#[test]
fn a_drill_scenario_over_several_sentences() {
    assert_draft_routes(
        "演练",
        &["本次演练模拟维西县发生6.0级地震，多栋房屋倒塌，人员被埋压。各救援队伍迅速集结开展搜救。"],
        Route::UnitHead,
    );
    // a news lead's time before the drill changes nothing (breaker round 49)
    assert_draft_routes(
        "演练",
        &["今天上午，县应急局组织开展地震应急演练。演练模拟我县发生6.0级地震。各救援队伍迅速集结开展搜救。"],
        Route::UnitHead,
    );
    assert_draft_routes(
        "演练",
        &[
            "演练模拟山洪暴发，5名群众被困。演练结束后，今天下午叶枝镇发生泥石流。",
            "县应急局开展森林防火演练，演练模拟发生森林火灾。与此同时，塔城镇发生真实森林火灾，1人死亡。",
        ],
        Route::CountyOffice,
    );
}

// Kind: breaker round 50, realistic items. Complaints in more wordings go to their departments; a
// notice's meeting point at a government's gate is no gathering; a flat for sale is an advert; a temple's name, a warning against drugs and a notice to clear internal
// papers are none of these; a probation ending in a post is an appointment.
#[test]
fn realistic_items_of_round_50() {
    assert_forwarded(&[
        ("乡镇干部上班时间打牌", "县纪委监委"),
        ("农村危房改造补助被村干部吃了回扣", "县纪委监委"),
        ("医院里收红包的医生要曝光", "县卫生健康局"),
        ("县医院乱开检查，一个感冒花了八百", "县卫生健康局"),
        ("镇卫生院晚上没有医生值班", "县卫生健康局"),
        ("我爸是被医院治死的，医疗事故", "县卫生健康局"),
        ("小区开发商延期交房两年了", "县住房和城乡建设局"),
        ("家里房子裂缝了，危房改造一直没批", "县住房和城乡建设局"),
        ("我们村的自来水已经停了五天了，没人管", "县水务局"),
        ("集中供水工程建好了却一直不通水", "县水务局"),
        ("新农合报销太难了，跑了好几趟都报不了", "县医疗保障局"),
        ("我家的林地被别人砍了树，林业站不管", "县林业和草原局"),
        ("小区楼下便利店的灯光光污染严重", "县生态环境局"),
        ("155户业主的房产证办不了", "县自然资源局"),
    ]);
    assert_comment_routes(
        &["卖房 保和镇学府小区三室两厅 急售 联系13577889900"],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "县里的法轮寺遗址修复了吗",
            "不要吸毒",
            "赌博害人，大家不要去",
        ],
        Route::Publish,
    );
    assert_draft_routes(
        "通知",
        &[
            "参会人员于8时在乡政府门口集合后统一乘车前往。",
            "各单位要对本单位的内部资料进行清理，严防失泄密。",
            // a kind of publication, not a marker (segmented the same however many lists name
            // 内部资料)
            "全国共有6453种内部报纸分批停办或转为内部资料性出版物。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "关于王华同志试用期满的公示",
        &["王华，男，1985年3月生，现任县财政局副局长，试用期满，拟正式任职。"],
        Route::PrincipalLeader,
    );
}

// Kind: breaker round 51. Praise and denials of a complaint's words are no complaint (negation
// before the new terms, thanks and refusals as allow terms); a probation ending in a post is an
// appointment across its commas, while a procedure's description names none.
#[test]
fn praise_denials_and_appointments_of_round_51() {
    assert_comment_routes(
        &[
            "县医院的医生从来不收红包，医德好",
            "感谢县医院，医生拒收红包",
            "没有不通水的村了，感谢政府",
            "自来水停了半天就修好了，点赞自来水公司",
            "县医院从不乱开检查，好评",
            "昨晚急诊，不是没有医生值班，是医生在抢救别人，理解",
        ],
        Route::Publish,
    );
    assert_forwarded(&[("住院多收钱", "县卫生健康局")]);
    assert_draft_routes(
        "任职",
        &["和建华同志试用期满，经考核合格，正式任职。"],
        Route::PrincipalLeader,
    );
    assert_draft_routes(
        "县委组织部",
        &["试用期满的公示期为5个工作日。"],
        Route::UnitHead,
    );
}

// Kind: breaker round 54, netizens' comments and reposters' words. Calls to overthrow, abuse in
// dialect, lures, rumours of a dam or an epidemic, a siege of a township government, threats and
// assault are taken down or escalated; corruption, noise, sand mining, unpaid reimbursement and
// school fees are forwarded; slogans against Taiwan independence or gambling are published; an
// appointment naming the county is the principal leader's.
#[test]
fn comments_and_appointments_of_round_54() {
    assert_comment_routes(
        &[
            "共产党就是一帮土匪",
            "这个政府烂透了，早该推翻了",
            "64快乐",
            "V❤：love520 看私房照",
            "贷款不看征信，秒下款",
            "操你大爷，天天发这些没用的",
            "你个挨刀的小编，删我评论",
            "这些挨刀的贪官",
            "你们这些当官的都是一群垃圾，吃饱了撑的",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "听说永春河上游水库要垮了，下游的赶紧跑",
            "某某村的村民把乡政府围了，警察都来了",
            "我们这里的学生被老师性侵了，学校还在捂盖子",
            "再不还钱我就去你家泼油漆，我知道你家在哪",
        ],
        Route::Escalate,
    );
    assert_forwarded(&[
        ("我们村的扶贫款被村支书贪了，大家都知道", "县纪委监委"),
        ("县里的某领导收了开发商的钱，大家都知道", "县纪委监委"),
        (
            "我们小区楼下烧烤店天天半夜吵，油烟也大，投诉了好几次没用",
            "县生态环境局",
        ),
        ("澜沧江边有人偷偷挖沙，河道都被挖烂了", "县水务局"),
        ("小孩上幼儿园要交赞助费，合法吗？", "县教育体育局"),
        // a gapped term's part must not re-segment another term's words (半夜施工)
        ("地铁6号线天天半夜施工到3点", "县生态环境局"),
    ]);
    assert_comment_routes(
        &[
            "台湾是中国的一部分，台独分子滚出去",
            "打击赌博，人人有责",
            // round 55: history, government services, the literal senses, and denials
            "辛亥革命推翻了清政府，这段历史要记住",
            "不动产登记实现秒批秒办，给你们点赞",
            "杀年猪了，今年挨刀的是家里那头两百斤的大肥猪",
            "防汛仓库里堆的都是草包和沙袋，随时可以上堤",
            "老房子外墙要重新泼油漆吗？还是刷涂料好",
            "志愿者明早8点在县政府门口集合，去敬老院打扫卫生",
            "医院吴医生医术高超，从来没有出过医疗事故",
            "县城新装的路灯很漂亮，一点也没有光污染",
            "我们村今年通水了，以前一直不通水",
            "旅游团的名额卖了80个，还剩20个，想去的抓紧",
            "我们公司今年赞助费给了县篮球赛五万元",
            "手机尾数8964的那个快递员态度很好",
            "订单号后4位8964的包裹在哪",
        ],
        Route::Publish,
    );
    assert_draft_routes(
        "维西县领导干部大会召开",
        &[
            "州委组织部副部长宣布州委决定：李正国同志任维西县委书记。",
            // round 56: segmentation reads 民族/宗教政策
            "开展民族宗教政策学习。",
        ],
        Route::PrincipalLeader,
    );
}

// Kind: breaker round 58, netizens' comments. Wages owed with a head count and a sum between the
// words, pay and allowances not paid, fake liquor, silt pumped into a river, a gambling den and
// wild mushrooms that put people in hospital; abuse (`nmb`, `你家死人了`, which is no casualty).
// Crackdowns on gambling and the literal 废物 are published.
#[test]
fn comments_of_round_58() {
    assert_forwarded(&[
        (
            "包工头还欠我们12个工人共计15.6万元工资",
            "县人力资源和社会保障局",
        ),
        ("学校三个月没发绩效工资了", "县人力资源和社会保障局"),
        ("公益性岗位的工资三个月没到账", "县人力资源和社会保障局"),
        ("村医的补助半年没发了", "县人力资源和社会保障局"),
        ("小卖部卖假酒，喝了头疼", "县市场监督管理局"),
        (
            "维登乡那个采砂场天天往澜沧江里排泥浆，江水都变黄了",
            "县生态环境局",
        ),
    ]);
    assert_comment_routes(
        &[
            "村里有人聚赌，派出所不管",
            "nmb的维西交警",
            "县长是个大傻子",
            "你们政府都是一群吃干饭的废物",
            "你们这些官老爷，吃屎去吧",
            "领导你家死人了吗这么久不回复",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "吃了野生菌头晕呕吐，在医院躺了三天",
            "农家乐卖的野生菌有毒，吃了住院",
        ],
        Route::Escalate,
    );
    assert_comment_routes(
        &[
            "严厉打击聚赌，还村里一片清净",
            "废物利用，变废为宝",
            "工资按时发到卡上了，感谢县人社局",
        ],
        Route::Publish,
    );
}

// Kind: breaker round 59, drafts. Disasters in official wording go to the county office; a list of
// candidates to be appointed is the principal leader's; a secrecy grade at a document's head
// returns the draft. Restating the centre's decisions, teaching secrecy and protecting personal
// data, and routine work naming a waterlogging point are routine.
#[test]
fn drafts_of_round_59() {
    assert_draft_routes(
        "快讯",
        &[
            "县防指决定自7月10日18时起启动防汛Ⅳ级应急响应。",
            "受强降雨影响，我县多处道路受损，因灾倒损房屋36间。",
            "因拖欠农民工工资，30余名务工人员聚集在县人社局门口讨要工资。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "关于拟任干部的公示",
        &["拟提拔任用以下同志：和建华，现任保和镇党委副书记，拟任县农业农村局局长。"],
        Route::PrincipalLeader,
    );
    assert_draft_routes(
        "通知",
        &[
            "★秘密",
            "请各单位将机构改革方案报县委编办，秘密等级：秘密。",
        ],
        Route::Returned,
    );
    assert_draft_routes(
        "通知",
        &[
            "全县各级各部门要坚决贯彻落实党中央、国务院重大决策部署。",
            "严格执行重大事项请示报告制度。",
            "涉密文件严禁在互联网上传输。",
            "工作人员要保守工作秘密，不得泄露考生信息。",
            "各村要做好低保对象个人信息保护工作，不得对外公开低保户身份证号码。",
            "县城市管理局开展城区内涝点整治，新建排水管网3公里。",
            "开展防汛应急演练，模拟启动Ⅳ级应急响应。",
        ],
        Route::UnitHead,
    );
}

// Kind: breaker round 60, near variants and false alarms of rounds 58 and 59. Activations said
// as facts, not in drills, plans or instructions; planned closures; praise, denials, the past and
// arrests; a ward; campaigns named 某某家庭; secrecy taught, not marked; appointments anywhere
// but a tender's project manager; self-mockery.
#[test]
fn variants_of_round_60() {
    assert_draft_routes(
        "通知",
        &[
            "因道路施工，S303线部分路段中断通行，请绕行。",
            "县人民医院开展突发公共卫生事件演练，演练中启动应急响应、转运伤员。",
            "会议强调，一旦发生险情，要第一时间启动应急响应，确保群众生命安全。",
            "保密小课堂：文件的秘密等级由谁确定？",
            "严守工作秘密，不得泄露工作秘密。",
            "农民工遇到欠薪，应通过合法途径维权，不要采取聚集讨薪等过激方式。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "通知",
        &["本名单不得对外公开（含身份证号码）", "此件涉密严禁转发"],
        Route::Returned,
    );
    assert_draft_routes(
        "公示",
        &[
            "拟任维西县农业农村局局长",
            "拟任永春乡党委书记",
            "县委作出重大决策部署，决定实施“百村示范”工程。",
        ],
        Route::PrincipalLeader,
    );
    assert_forwarded(&[
        ("护林员工资三个月没有发了", "县人力资源和社会保障局"),
        ("补助至今未发放", "县人力资源和社会保障局"),
        ("低保金两个月没到账", "县民政局"),
        ("这家店卖假烟假酒", "县市场监督管理局"),
        ("工人聚集在劳动局门口要工资", "县人力资源和社会保障局"),
    ]);
    assert_comment_routes(&["你家里死人了吧", "吃屎吧你"], Route::Takedown);
    assert_comment_routes(&["一家三口吃菌子住院了"], Route::Escalate);
    assert_comment_routes(
        &[
            "现在不欠工人工资了，点赞",
            "人社局帮欠薪工人追回工资，点赞",
            "聚赌的都被抓了，大快人心",
            "我们村没有聚赌的",
            "以前村里聚赌的多，现在好多了，感谢派出所",
            "吃了住院部食堂的饭，还不错",
            "我真是个大傻子，居然信了骗子",
            "投标人的法人代表和拟任本项目的项目负责人须亲自到场",
        ],
        Route::Publish,
    );
    for body in ["县妇联开展“温馨家庭”创建活动。", "“和美家庭”评选活动启动。"]
    {
        let v = SCREENER.screen(&draft("表彰", body));
        assert_eq!(v.deidentified.body, body);
    }
}

// Kind: breaker round 59, a penalty or a duty on a condition: the event is the condition of a
// notice's rule (`…造成人员伤亡的，依法追究…`), not a report; an event told as such still is.
#[test]
fn events_as_conditions_of_a_penalty_are_rules() {
    assert_draft_routes(
        "通告",
        &[
            "违反规定造成人员伤亡的，依法追究刑事责任。",
            "凡因违规用火引发森林火灾的，依法追究责任。",
            "燃放烟花爆竹造成火灾、人员伤亡或财产损失的，依法追究法律责任。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "通知",
        &[
            "燃放烟花爆竹引发火灾的，由公安机关依法处理。",
            "对造成人员伤亡的，移送司法机关处理。",
        ],
        Route::UnitHead,
    );
    // a condition tied to an event that happened reports it (breaker round 61)
    assert_draft_routes(
        "快讯",
        &[
            "昨日永春乡山体滑坡造成3人死亡，县领导赶赴现场，依法追究责任人。",
            "塔城镇山洪致2人死亡的，依法依规做好善后。",
            "今天火灾中受伤的，一律免费救治。",
            "在此次地震中房屋倒塌的，按照每户2万元标准予以补助。",
            "在“7·15”泥石流灾害中遇难的，将按照标准发放抚恤金。",
        ],
        Route::CountyOffice,
    );
}

// Kind: breaker round 58, goods and services offered in a comment with a way to reach the seller
// (a phone number, a WeChat id, 私信) are adverts and taken down; the same words with no contact
// near them, or a number called a fraudster's, are a netizen's talk.
#[test]
fn offers_with_a_contact_are_adverts() {
    assert_comment_routes(
        &[
            "专业疏通下水道，电话13988712345",
            "代办营业执照，一条龙服务，电话13988712345",
            "维西土特产批发，松茸、虫草、雪茶，微信：wxtc888",
            "收购虫草松茸，价格高，微信13988712345",
            "出售维西本地土鸡蛋，需要的私信",
            "出售土鸡蛋，电话1898-8712-345",
            // round 61: the number on the next line, in Chinese numerals, other trades, a
            // seller's denial
            "出售土鸡蛋。\n电话13988712345",
            "收购松茸，价高，电话一三九八八七一二三四五",
            "出售土鸡蛋，需要的找我",
            "旺铺转让，有意电话13988712345",
            "家电回收，旧手机回收，电话13988712345",
            "松茸现货，一手货源，vx：wxtc888",
            "专业疏通下水道，不是骗子，电话13988712345",
            // breaker round 70: letters glued to the number's end, or a label before it
            "疏通下水道 13988712345vx同号",
            "出售松茸，Tel13988712345",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "有没有代办营业执照的？",
            "今年松茸收购价格是多少",
            "有人低价收购我们的松茸，打电话13988712345问了，是骗子",
            "开发商把安置房对外出售，获利1876221元",
            // round 61: dates, order and staff numbers, office landlines, warnings, complaints
            "批发市场20240715起停业整顿，啥时候恢复？",
            "我在网上买的出售的茶叶，快递单号SF1234567890，到现在没到",
            "蔬菜批发市场的摊位费太贵了，市场管理处电话0887-8622114",
            "有人冒充收购松茸，电话13988712345，大家小心",
            "收购站压价，收购点老板电话13988712345，请有关部门管管",
            "坐出租车回家，司机电话13988712345态度很好",
            "捡到钱包，失主联系V：wxtc888",
            // letters on both ends are a code, not a number to call, and so are letters after it
            // that name no messaging account
            "出售的茶叶，校验码ab13988712345cd",
            "收购站开的收据编号13512345678AB，钱什么时候给",
            "转让协议编号13512345678abc怎么查",
        ],
        Route::Publish,
    );
    assert_forwarded(&[(
        "出售的商品房延期交房，开发商电话13988712345，住建局管不管",
        "县住房和城乡建设局",
    )]);
    // in a draft an offer is the unit head's to judge (助农 notices give a number on purpose)
    assert_draft_routes(
        "助农",
        &["合作社收购松茸，联系电话0887-8621234。"],
        Route::UnitHead,
    );
}

// Kind: breaker round 59, county-level decisions named by their meeting or approval rather than
// 决定: the county government's executive meeting, its approval, the county Party committee's
// plenary session. The State Council's executive meeting is not the county's.
#[test]
fn county_meetings_and_approvals_are_county_decisions() {
    assert_county_decisions(&[
        (
            "县政府常务会议审议了《维西县城区供水价格调整方案》。",
            "县政府",
        ),
        ("经县人民政府批准，城区供水价格自4月1日起调整。", "县政府"),
        ("县政府研究同意，对城区居民水价进行调整。", "县政府"),
        ("中共维西县委十四届六次全体会议召开。", "县委"),
    ]);
    let v = SCREENER.screen(&draft("公交", "经报请县政府同意，8月28日增开13路公交。"));
    assert_eq!(v.route, Route::DeputyLeader);
    assert_draft_routes(
        "会议",
        &[
            "国务院常务会议审议通过了条例。",
            // an approval still to be sought
            "加油站建设批准文件还需经县人民政府批准实施。",
            "在业主同意的前提下报县政府同意后建设。",
        ],
        Route::UnitHead,
    );
}

// Kind: breaker round 62, residents' own words for unpaid wages and allowances, lost pension
// records, reimbursements not paid, water and power cut for days, trees felled at night, a school
// record that will not transfer, rubbish and stench; an injury on a building site is escalated.
#[test]
fn complaints_of_round_62() {
    assert_forwarded(&[
        (
            "生态护林员的工资什么时候发？都拖了四个月了",
            "县人力资源和社会保障局",
        ),
        ("我在县城做保安，三个月工资没拿到", "县人力资源和社会保障局"),
        ("干了活不给钱，老板天天躲着", "县人力资源和社会保障局"),
        ("草果补贴到现在还没到账，其他村的都拿到了", "县农业农村局"),
        (
            "我的养老保险交了十五年，现在查不到记录",
            "县人力资源和社会保障局",
        ),
        ("医保报销了半年还没到账", "县医疗保障局"),
        ("我们村的自来水三天没来了，打12345也没用", "县水务局"),
        ("我们村三天没水了，吃水都要去河里挑", "县水务局"),
        ("停电停了一天了，冰箱里的东西都坏了", "县工业和信息化局"),
        ("我们村后面山上有人偷砍树，天天晚上拉木头", "县林业和草原局"),
        ("我娃的学籍一直转不过来", "县教育体育局"),
        ("县城垃圾到处都是，没人管", "县住房和城乡建设局"),
    ]);
    assert_comment_routes(&["工地上摔伤了一个人，老板不管"], Route::Escalate);
    // one person missing is a missing-person notice, as with 走失; missing in a disaster is not
    assert_draft_routes(
        "寻人启事",
        &["我县村民余某某（男，65岁）于7月20日失踪，如有知情者请拨打110。"],
        Route::DeputyLeader,
    );
    assert_draft_routes(
        "快讯",
        &["山洪致多人失踪。", "泥石流造成3人失踪。"],
        Route::CountyOffice,
    );
}

// Kind: breaker round 63, false alarms of the newest wordings. A netizen's own question and
// call-back about a trade, food that smells, a solved or past problem, a place where workers
// gather, a plan's condition, a civil-service post to fill, a star rating, a cooperative's sales
// notice; farm subsidies go to agriculture, talent subsidies to human resources.
#[test]
fn false_alarms_of_round_63() {
    assert_comment_routes(
        &[
            "我想咨询土地转让的手续，麻烦工作人员联系我13988776655",
            "廉租房出租怎么申请？谁知道的私信我一下",
            "臭烘烘的臭豆腐最好吃了",
            "以前工资没拿到，现在劳动监察帮我们要回来了，谢谢！",
            "停电停了十分钟就来了，效率很高",
        ],
        Route::Publish,
    );
    assert_draft_routes(
        "通知",
        &[
            "考试录用公务员拟录用人员公示，拟任职位：县财政局一级科员",
            "推荐指数：★★★★★秘密花园景区值得一去",
            "《维西县防汛应急预案》规定，当发布暴雨红色预警时起启动Ⅰ级应急响应",
            "县总工会走进务工人员聚集的工业园区开展普法宣传",
            "塔城镇启别村合作社出售今年新采的核桃和蜂蜜，欢迎选购，联系电话13988776655",
        ],
        Route::UnitHead,
    );
    assert_forwarded(&[
        ("草果补贴到现在还没到账", "县农业农村局"),
        ("耕地地力保护补贴还没到账", "县农业农村局"),
        ("人才新政补贴一直没发", "县人力资源和社会保障局"),
    ]);
}

// Kind: breaker round 66, comments as netizens write them. Deaths, killings and poisonings in
// everyday words (`被车撞死了`, `被打死了`, `砍了好几刀`, `吃菌子吃死了`), rumours that a county leader
// was detained, calls to meet at the government's gate, and unpaid wages said without `欠` or
// `拖欠` are reported or forwarded; an oath (`打死也不信`), a wholesale condemnation
// (`一棒子打死`) and a hypothetical risk (`会撞死人`) are not.
#[test]
fn comments_of_round_66() {
    assert_comment_routes(
        &[
            "有人被车撞死了",
            "昨晚街上有人被打死了",
            "村里两家人打起来了，打死了一个人",
            "我们村有人被杀了",
            "今天菜市场有人被砍了好几刀",
            "听说医院里死了个产妇，家属在闹",
            "塔城那边是不是有人中毒了？救护车一直在响",
            "听说攀天阁有人吃菌子吃死了",
            "我们村有一家人吃了见手青，全家都进了ICU",
            "听说县长被抓了，是真的吗？",
            "听说县委书记被双规了",
            "据说副县长跑路了，带走了好几个亿",
            "老乡们，明天早上九点县政府门口见，不给说法不走",
            "今天村里好多人去乡政府讨说法了",
        ],
        Route::Escalate,
    );
    assert_comment_routes(
        &[
            "打死也不信这种鬼话",
            "蚊子太多了，打死了一个又来一个",
            "县里的规定一棒子打死，我们就一棒子被打死了",
            "那棵树歪了，要是倒下会打死人的",
            "开这么快会撞死人的，慢点开",
        ],
        Route::Publish,
    );
    assert_forwarded(&[
        ("老板到现在一分工资都没给", "县人力资源和社会保障局"),
        ("干了三个月，工资一分都没给", "县人力资源和社会保障局"),
        ("工资到现在还没给", "县人力资源和社会保障局"),
        (
            "欠我们的钱什么时候还？项目部的人都不见了",
            "县人力资源和社会保障局",
        ),
        (
            "项目停工了，老板电话也打不通，我们十几个人的工资咋办",
            "县人力资源和社会保障局",
        ),
        // a felled forest still goes to forestry: `砍了` is no word of the lists
        ("村里的公益林被人偷偷砍了好多", "县林业和草原局"),
        // everyday complaints, each to its department
        ("新修的路才半年就烂了", "县交通运输局"),
        ("这房子就是豆腐渣工程，到处漏水", "县住房和城乡建设局"),
        ("我们村到现在还没通自来水，每天要去山上背水", "县水务局"),
        ("县医院的医生态度差得很", "县卫生健康局"),
        ("低保突然被停了，也没人通知", "县民政局"),
        ("房子买了三年了还拿不到不动产证", "县自然资源局"),
        ("镇上的砂石厂灰尘太大，庄稼上全是灰", "县生态环境局"),
        ("县城的出租车拒载，还乱要价", "县交通运输局"),
        ("学校的老师上课时间打麻将", "县教育体育局"),
    ]);
}

// Kind: breaker round 66, a safety report's stock wording: no accident `较大及以上`, `一起道路`,
// `重大及以上` happened; the negation reads past the degree and the kind of accident.
#[test]
fn safety_reports_of_round_66() {
    assert_draft_routes(
        "全县安全生产工作会议召开",
        &[
            "全县未发生较大及以上安全生产事故。",
            "全县安全生产形势持续稳定，未发生较大及以上生产安全事故。",
            "全年未发生一起道路交通事故。",
            "全年未发生较大以上道路交通事故。",
            "全年没有发生重大及以上森林火灾。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "快讯",
        &["今天上午，214国道发生一起道路交通事故，造成2人受伤。"],
        Route::CountyOffice,
    );
}

// Kind: breaker round 66, drafts. Geohazard work avoids (避让) what it names; county elections and
// resignations with the county's name, and the prefecture's decision on the county's principal
// leaders, are the principal leader's; a headquarters post after a leader's titles is one more
// title (第四条: at most two); a privacy line is no secrecy marker; a repost may name its outlet's
// publisher (人民日报社).
#[test]
fn drafts_of_round_66() {
    assert_draft_routes(
        "地质灾害防治",
        &[
            "近年来，我县不断加强地质灾害防治工作，成功避让泥石流3起，无一人伤亡。",
            "今年以来，我县成功预报避让地质灾害5起，转移群众300余人。",
            "体检结果属个人隐私，不得外传。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "县人大会议",
        &[
            "会议选举李某某为维西傈僳族自治县人民政府县长。",
            "李某某当选维西县人民政府县长。",
            "会议决定接受李某某辞去维西县人民政府县长职务的请求。",
            "会议宣布了州委关于维西县县委主要领导调整的决定。",
            "大会以无记名投票方式，选举产生了新一届县人民政府领导班子。",
        ],
        Route::PrincipalLeader,
    );
    assert_draft_routes(
        "防汛",
        &["县委副书记、县长、县防汛抗旱指挥部指挥长李某某检查防汛工作。"],
        Route::Returned,
    );
    assert_draft_routes(
        "防汛",
        &["县长、县防汛抗旱指挥部指挥长李某某检查防汛工作。"],
        Route::DeputyLeader,
    );
    let repost = Item::from_value(serde_json::json!({
        "id": "t", "kind": "draft", "title": "全省春耕备耕工作有序推进",
        "body": "来源：人民日报社 全省春耕备耕工作有序推进。",
        "repost": {"source": "人民日报社", "original_title": "全省春耕备耕工作有序推进"}
    }))
    .unwrap();
    assert_eq!(SCREENER.screen(&repost).route, Route::UnitHead);
}

// Kind: breaker round 65, the county's own words that read as terms: the dharma wheel of Tibetan
// Buddhism (法轮象征佛陀的教法), herbal slices (地黄片), a government account's WeChat
// (咨询微信公众号), national public-service sites (12306.cn); and what should be caught: 陆合彩 in
// capital numerals, shop and share links the lists lacked.
#[test]
fn words_and_links_of_round_65() {
    assert_draft_routes(
        "民俗",
        &[
            "维西藏族民居屋顶常见八吉祥图案：宝伞、金鱼、宝瓶、莲花、白海螺、吉祥结、胜利幢和法轮。",
            "寿国寺大殿顶上的法轮与卧鹿象征佛法常转。",
            "藏传佛教中，法轮象征佛陀的教法。",
            "如有疑问，可咨询微信公众号“维西发布”后台。",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(
        &[
            "请问寺里的法轮是铜做的吗",
            "我家今年种的地黄，切成地黄片晒干了",
            "春节回家的票可以在12306.cn上抢，别信黄牛",
        ],
        Route::Publish,
    );
    assert_comment_routes(
        &[
            "有人在散发法轮传单",
            "陆合彩内部资料，每期必中，私聊",
            "正宗维西松茸 https://haohuo.douyin.com/views/product/item2?id=3",
            "看这里 https://v.douyin.com/iRkAbCd/",
        ],
        Route::Takedown,
    );
}

// Kind: breaker round 67, attacks on round 66's words. Idioms, animals, insects, games, plots,
// knots and warnings that hold `撞死`, `被打死`, `被杀了`, `吃死人` are no incidents; a leader's title
// must stand right before `被抓` and the like (`书记说偷牛的贼被抓了` names a speaker; `被抓拍` is a
// traffic camera); honours and associations are no county elections; `为避让…` and `避让不及`
// report the hazard that struck. Other wordings of the same events are caught.
#[test]
fn attacks_of_round_67() {
    assert_comment_routes(
        &[
            "他宁可撞死在南墙上也不回头",
            "路口有车撞死了一只狗",
            "小心别被车撞死了",
            "卡车碰撞死角很危险，行人注意",
            "蚊子被打死了一只又来一只",
            "游戏里我又被打死了",
            "绳子被打死结了，解不开",
            "这电视剧里男主被杀了，太虐了",
            "野生菌不要乱吃，会吃死人",
            "书记说偷牛的贼被抓了，大快人心",
            "村书记被抓拍闯红灯",
            "书记家的狗被带走了",
            "政府门口见到一只流浪狗",
            "好多人都在讨说法，最后还是法院判的",
            "工资怎么办理代发",
            "工资条还没给，请问在哪里打印",
            "老张欠我们的钱还了，谢谢调解员",
            "村民的杉树被人砍了",
        ],
        Route::Publish,
    );
    assert_comment_routes(
        &[
            "我们村昨天有个人被人打死了",
            "被他们活活打死了",
            "镇上有人被人杀了",
            "今天菜市场有人被人砍了三刀",
            "矿上昨晚死了两个人",
            "医院昨天死了一个产妇",
            "村里好几个人中毒了",
            "全家进了重症监护室",
            "听说县委书记被纪委带走了",
            "县长被查了",
            "明天上午九点县政府大门口见",
        ],
        Route::Escalate,
    );
    assert_draft_routes(
        "表彰",
        &[
            "李某某当选维西县第十届道德模范。",
            "会议选举王五为维西县摄影家协会主席。",
            "县一中主要领导调整后，教学质量稳步提升。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "县人大会议",
        &[
            "会议选举李某某为我县人民政府县长。",
            "李某某同志当选县人民政府县长。",
            "会议接受了李某某辞去县长的职务。",
        ],
        Route::PrincipalLeader,
    );
    assert_draft_routes(
        "快讯",
        &[
            "村民避让不及被泥石流冲走。",
            "货车为避让山体滑坡落石，冲下悬崖。",
        ],
        Route::CountyOffice,
    );
}

// Kind: breaker round 69, a week of comments. Adverts for certificates, hired cars, rooms and
// loans with a contact (also a phone broken up by emoji or a tilde, a WeChat id after its
// homophone 卫星号) are taken down, the same words in a question are not; officials called
// swindlers, gangsters or bloodsuckers are abuse; medical disputes, officials' conduct and
// everyday complaints are forwarded; rumours of flooded villages and panic buying are reported;
// a flood warning acknowledged, a question about where to go, slang and looking back are not.
#[test]
fn comments_of_round_69() {
    assert_comment_routes(
        &[
            "出售土鸡蛋，电话139😊8874😊6521",
            "出售土鸡蛋，电话139～8874～6521",
            "专业办证，毕业证、驾驶证、各类证件，微信 bz1234",
            "来维西旅游的朋友可以找我，承接包车，师傅本地人，电话15087654321",
            "包车服务，加我卫星号 bc6677",
            "县委书记就是个骗子，骗我们的钱",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "我想包车去香格里拉，有没有推荐的？",
            "请问在哪里办证？",
            // breaker round 70: residents' own words with their own number, and warnings
            "办证大厅几点上班？我电话13908871234",
            "县里办证效率太低了，找我的人都在抱怨",
            "网贷平台天天打电话找我还钱，我根本没借过",
            "我被网贷骗了，怎么报警？我电话13908871234",
            "明天去昆明看病，有没有人一起包车？加我微信wx123456",
            "各类证件都丢了，急死了，谁捡到请打13908871234",
            "再不好好复习就要出大事了，哈哈",
            "养的小鸡死了两个，是不是天冷了",
            "我爷爷上个月住进重症监护室，现在康复出院了，感谢县医院医生",
            "蚊子都是吸血鬼，夏天记得挂蚊帐",
            "村里有人冒充书记就是个骗子，大家别上当",
            "县长进去了村民家里看望困难户",
            "老人们退休了打麻将喝酒聊聊天，挺好的",
            "自来水以前是黄黄的，现在清亮了，谢谢水务局",
            "以前挂不到号，现在有了预约平台，好多了",
            "游戏里我被人杀了好几次",
            "那个卖松茸的是个骗子，大家小心",
            "洪水预警收到👌",
            "请问发生洪水的时候应该往哪里撤？",
            "这个火腿爆炸好吃",
            "疫情那几年大家都不容易，现在好了",
        ],
        Route::Publish,
    );
    assert_comment_routes(
        &["这个新闻是假的吧，我朋友说那边已经淹了好几个村了"],
        Route::Escalate,
    );
    assert_forwarded(&[
        ("县长是个大贪官，大家都知道", "县纪委监委"),
        (
            "我爸在县医院做手术，结果医生把他的腿治坏了，医院还不承认",
            "县卫生健康局",
        ),
        ("县医院的挂号太难了，早上六点去排队还挂不到", "县卫生健康局"),
        ("救护车叫了一个多小时才来", "县卫生健康局"),
        ("自来水这几天黄黄的，能喝吗", "县水务局"),
        ("学校暑假偷偷补课还收钱", "县教育体育局"),
        ("我的社保断缴了三个月，单位不给交", "县人力资源和社会保障局"),
    ]);
}

// Kind: breaker round 68, a week of drafts. Removals and appointments with the county's full name
// between the words, `中共` before the office; religious circles,
// clergy and a Mass, the county's ethnic-affairs meeting: the principal leader's. A court's notice
// to a party gone missing, a lesson drawn from a fire elsewhere, a drill's purpose: routine.
// Booking sites are commercial.
#[test]
fn drafts_of_round_68() {
    assert_draft_routes(
        "人事",
        &[
            "会议决定：接受李建华辞去维西傈僳族自治县人民政府县长职务的请求",
            "本次会议免去余文华的维西傈僳族自治县交通运输局局长职务",
            "和志刚同志任中共维西县交通运输局党组书记",
            "全县宗教界人士座谈会在县城召开",
            "叶枝镇天主教堂举行圣诞弥撒活动，500余名信众参加",
            "全县民族工作会议召开",
        ],
        Route::PrincipalLeader,
    );
    assert_draft_routes(
        "公告",
        &[
            "原告李某某诉你离婚纠纷一案，因你下落不明，依照《中华人民共和国民事诉讼法》第九十五条规定，向你公告送达起诉状副本",
            "申请人余某某申请宣告余建平失踪一案，本院于2025年3月1日立案。",
            "为提高医护人员应对突发火灾的能力，县人民医院开展消防应急疏散演练",
            "要深刻汲取近期外地火灾事故教训",
            "会议传达了省安委办关于昆明某小区火灾事故的通报精神",
            "伊斯坦布尔的清真寺气势宏大。",
            // secrecy education names what must not be done with secret papers
            "工作人员不得将机密文件带回家。",
            "片中某干部将内部资料随意转发，造成泄密。",
            "3月5日，县一中组织全体教职人员开展师德师风专题培训。",
            "县一中聘任5名退休教师为县级名师工作室导师。",
            "张律师当选县人民政府法律顾问。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "旅游",
        &["预订请访问 https://hotels.ctrip.com/weixi"],
        Route::Returned,
    );
}

// Kind: a private person the body names is masked in the title too: a feature's headline leads
// with the person its body introduces (breaker round 68), as the title's names are the body's.
#[test]
fn the_body_names_the_titles_person() {
    let v = SCREENER.screen(&draft(
        "【身边好人】和秀兰：三十年如一日照顾瘫痪婆婆",
        "塔城镇启别村村民和秀兰，今年58岁。",
    ));
    assert_eq!(
        v.deidentified.title.as_deref(),
        Some("【身边好人】和某某：三十年如一日照顾瘫痪婆婆")
    );
    assert_eq!(v.deidentified.body, "塔城镇启别村村民和某某，今年58岁。");
    assert!(v
        .findings
        .iter()
        .any(|f| f.field == Field::Title && &*f.category == "name"));
    // an official named in both stays in both
    let v = SCREENER.screen(&draft(
        "县长木永强调研春耕",
        "县长木永强到塔城镇调研春耕生产。",
    ));
    assert_eq!(v.deidentified.title.as_deref(), Some("县长木永强调研春耕"));
}

// Kind: breaker round 72, a week of comments. A side-job lure (躺赚) is an ad; loan and subsidy
// lures (不需要任何抵押, 日息, 加群领取) are offers, taken down with a seller's contact; a call to gather for redress (集合讨个说法) and a lockdown
// rumour go up; everyday complaints in their own words go to their department.
#[test]
fn comments_of_round_72() {
    assert_comment_routes(
        &[
            "快来加入我们，无需押金，躺赚💵💵 wei xin 同号",
            "贷款找我，不需要任何抵押，日息千分之一，微信 loan6688",
            "加群领取补贴，微信 bt8899",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "明天上午九点大家都到县政府门口集合讨个说法！",
            "内部消息，下周全城封控，赶紧囤菜",
            "在饭馆吃了饭，一家人上吐下泻，进了医院",
        ],
        Route::Escalate,
    );
    assert_comment_routes(
        &[
            // a village's agent does it for residents: no offer without a seller's contact
            "村里的代办员能代办各种证件吗？",
            // breaker round 73: residents ask about loans, subsidies and degrees; a lost wallet;
            // praise with another sense of the words
            "请问县农商行的创业贷款是不是不需要任何抵押？日息怎么算？",
            "请问高温补贴要加群领取吗？",
            "请问自考的毕业证全国可查吗？",
            "捡到一个钱包，失主请联系我，电话微信同号13888888888",
            "维西的梅里雪山太美了，更多照片看我主页",
            "自来水一股清甜，比矿泉水还好喝",
            "晚上孩子哭吵到邻居了，不好意思",
        ],
        Route::Publish,
    );
    assert_forwarded(&[
        (
            "暖气片冰凉的，交了取暖费还冻得要死，供热公司电话打不通",
            "县住房和城乡建设局",
        ),
        ("我家住在5楼，电梯一直坏着没人修", "县住房和城乡建设局"),
        ("自来水一股漂白粉味，烧开了还有白色水垢", "县水务局"),
        (
            "学位不够，我家孩子被分到很远的学校，划片不合理",
            "县教育体育局",
        ),
        ("养猪场臭得全村人都受不了，苍蝇满天飞", "县生态环境局"),
        (
            "工地晚上十一点还在打桩，咣咣咣的，娃娃睡不着觉",
            "县生态环境局",
        ),
        (
            "我们那的山被挖得乱七八糟，盗采砂石，河道都改了",
            "县自然资源局",
        ),
        ("下大雨房子后面山体有裂缝，很害怕", "县自然资源局"),
        ("卫生院的医生态度恶劣，骂我老妈", "县卫生健康局"),
        ("菜市场有人卖死猪肉，没人管吗", "县市场监督管理局"),
        ("危房改造的钱被村里扣了一半", "县纪委监委"),
        ("退伍老兵的补助一直没落实，找了好几次了", "县退役军人事务局"),
        (
            "养老保险交了十几年，现在说要补缴，凭什么",
            "县人力资源和社会保障局",
        ),
    ]);
}

// Kind: breaker round 71, a week of routine drafts. Safety and health education tells what tends
// to happen (`时有发生`, `每年冬季都有`, `高发季节`), figures (`火灾起数同比下降`, `森林火灾发生情况`) and the year's relief programme:
// routine, not an event for the county office, nor a secret paper.
#[test]
fn drafts_of_round_71() {
    assert_draft_routes(
        "提示",
        &[
            "近年来，冬季道路结冰导致的交通事故时有发生，造成人员伤亡和财产损失。请驾驶员冬季出行注意路况。",
            "秋冬季是呼吸道传染病高发季节，目前我县疫情形势总体平稳。",
            "全县共排查隐患点120处，全年未发生因灾伤亡。",
            "每年冬季都有群众因烧炭取暖发生一氧化碳中毒，严重的会导致死亡。",
            "县消防救援大队介绍，今年全县火灾起数同比下降15%。",
            "每年都有儿童溺水死亡的悲剧发生。家长要加强监护。",
            "会议通报了今年全县森林火灾发生情况，要求各乡镇严格落实野外火源管控措施。",
            "每年春节期间都有因燃放烟花爆竹引发火灾、造成人员受伤的事件。",
            "我县启动2024—2025年冬春受灾群众生活救助工作，预计救助困难群众3000余人。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "秋冬季防范新冠、流感等呼吸道传染病提示",
        &["请群众勤洗手、常通风，出现发热咳嗽症状及时就医。"],
        Route::UnitHead,
    );
    assert_draft_routes(
        "快讯",
        &[
            "昨天下午，保和镇发生一起交通事故，造成2人死亡。",
            "今天凌晨，叶枝镇一民房发生火灾，1人受伤。",
        ],
        Route::CountyOffice,
    );
    // breaker rounds 74 and 76: a promotion or ad space is an offer, taken down with a seller's
    // contact; market regulation's warning and a public tender are routine
    assert_comment_routes(&["我家超市买一送一，电话13912345678"], Route::Takedown);
    assert_comment_routes(&["超市今天买一送一，大家快去"], Route::Publish);
    assert_draft_routes(
        "消费提示",
        &[
            "县市场监管局提醒：部分商家打着买一送一的旗号销售过期食品，请广大消费者注意。",
            "县城区公交站台广告位招租公告：现对公交站台广告位使用权进行公开招租。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "通知",
        &[
            "本文件为机密文件，不得外传。",
            "内部资料，请勿外传。",
            // breaker round 73: a prohibition before a real marking
            "本件不得复制（机密）",
            "不要随意转发本件机密★1年",
        ],
        Route::Returned,
    );
    // breaker round 73: a real event after a recurring hazard's clause, or after a word that
    // does not forbid anything done with it
    assert_draft_routes(
        "情况通报",
        &[
            "溺水事故时有发生，今日下午我县一名学生在澜沧江溺水身亡",
            "冬季是火灾高发季节，今晨3时城东一居民楼发生火灾，造成2人死亡",
            "请群众不要前往城东化工厂爆炸现场围观",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "辟谣",
        &[
            "网传“全城封控”系谣言，请勿转发",
            "一家人吃了剩饭上吐下泻？可能是诺如病毒，专家提醒注意饮食卫生",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(
        &[
            "不要再瞒了昨晚化工厂爆炸死了3人",
            "不得了化工厂爆炸了",
            "这个路口车祸时有发生，今天又撞死一个人",
            "每年这时候都有人来钓鱼，刚才有个小孩掉河里淹死了",
            "不准外传这是县委机密文件",
        ],
        Route::Escalate,
    );
}

// Kind: breaker round 74, a leader's titles. A note in brackets on a post (`（挂职）`, `（代）`)
// leaves the chain whole: three titles are still three; a photo's position follows a name and
// parts two leaders.
#[test]
fn titles_of_round_74() {
    assert_draft_routes(
        "会议",
        &["县委常委、副县长（挂职）、县委政法委书记杨明出席。"],
        Route::Returned,
    );
    assert_draft_routes(
        "会议",
        &[
            "县委副书记、县长（代）和明出席。",
            "县长（左二）、副县长杨明出席。",
        ],
        Route::DeputyLeader,
    );
}

/// Kinds of breaker round 77 (missed): dealing jargon cut by segmentation (`上下分秒到`), wildlife
/// products offered, arson threats, officials called bloodsuckers; medical and pig-farm complaints
/// forwarded; rabies deaths, capsized ferries, group diarrhoea, major criminal cases and crowds at
/// a government's gate are emergencies; shop openings and ad-space sales are ads.
#[test]
fn items_of_round_77() {
    assert_comment_routes(
        &[
            "线上棋牌，上下分秒到，微信同号",
            "有人要熊胆、麝香吗，正宗野生的",
            "我要拿汽油去把他家烧了",
            "这些村干部都是一群吸血鬼",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &["这个柜子上下分开放，上层放衣服", "电影里的吸血鬼太吓人了"],
        Route::Publish,
    );
    assert_forwarded(&[
        ("镇卫生院乱开药，一个感冒花了八百", "县卫生健康局"),
        ("在县人民医院做手术，纱布落在肚子里了", "县卫生健康局"),
        ("叶枝镇那边的养猪场臭得要死，晚上都睡不着", "县生态环境局"),
    ]);
    assert_draft_routes(
        "情况通报",
        &[
            "中路乡发生一起狂犬病致死病例。",
            "澜沧江维西段发生一起渡船翻沉事故，4人落水。",
            "县一中发生一起学生群体性腹泻事件，20余名学生就医。",
            "中路乡境内发生一起重大刑事案件，犯罪嫌疑人在逃。",
            "永春乡数十名群众聚集在乡政府门口，要求解决土地纠纷。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "推广",
        &[
            "维西梅里雪山酒店开业大酬宾，订房电话0887-8621234。",
            "本公众号已开通广告位，商务合作请联系13988765432。",
        ],
        Route::Returned,
    );
}

/// Kinds of breaker round 78 (false alarms): a period's figures without `共`
/// (`一季度全县发生生产安全事故2起`), a negation with `一次` further back, a hazard said to be common
/// after it (`溺水往往…`, `…屡见不鲜`), `以防` and `可能引起` are no emergency; anti-drug advice is
/// no illegal content; government services (`点击领取电子社保卡`, `扫码进群` for job news, the
/// poverty-relief `低息贷款`, phone credit for old Party members) are no ads; and a figure of speech
/// (`好吃到爆炸`) is no explosion. The same words telling of an event still go up.
#[test]
fn items_of_round_78() {
    assert_draft_routes(
        "工作动态",
        &[
            "一季度全县发生生产安全事故2起，安全生产形势总体平稳。",
            "今年以来全县发生火灾8起，直接财产损失12万元。",
            "春运期间，全县未发生一次死亡3人以上交通事故。",
            "学生不要下河洗澡，溺水往往就在一瞬间。",
            "中小学生不准到无安全设施的水域玩耍，溺水悲剧屡见不鲜。",
            "雨天不要在陡坡下停留，以防泥石流、山体滑坡伤人。",
            "不要采食不认识的野生菌，误食野生菌可能引起中毒。",
            "维西地处地震带，了解地震知识很有必要。",
            "青少年不要吸食毒品。",
            "打开“云南人社12333”APP，点击领取电子社保卡，按提示完成实名认证即可。",
            "扫码进群，第一时间获取县内外企业招聘信息。",
            "对符合条件的脱贫户提供5万元以下、免担保免抵押的低息贷款，财政全额贴息。",
            "县委组织部为90岁以上老党员送去慰问金，并为每人送200元话费。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "快讯",
        &[
            "昨天全县发生交通事故2起，造成1人死亡。",
            "昨日3名村民误食野生菌中毒，已送医救治。",
        ],
        Route::CountyOffice,
    );
    assert_comment_routes(&["油炸洋芋最好吃了，好吃到爆炸！"], Route::Publish);
    assert_comment_routes(&["昨晚化工厂发生爆炸，火到现在还没灭"], Route::Escalate);
}

/// Kinds of breaker round 80 (false alarms of rounds 77 and 78's terms): a festival's crowd, crime
/// and rabies statistics, a training's case, a near miss, figures of a month range or of last
/// year with a death count, a hazard that `往往` follows; 上下分村 (a village); government
/// investment promotion and a consumption campaign; a doctor who never over-prescribes; mosquitoes
/// as bloodsuckers; a memory of musk in a medicine shop; a fire averted. The threats, offers and
/// events the terms were added for still go up.
#[test]
fn items_of_round_80() {
    assert_draft_routes(
        "工作动态",
        &[
            "数千群众聚集观看傈僳族歌舞表演，场面热闹。",
            "今年以来全县重大刑事案件发案数同比下降30%。",
            "一季度全县未发生群体性腹泻、重大刑事案件等事件。",
            "一季度，全县报告狂犬病病例0例。",
            "培训以某地群体性腹泻事件为例，讲解食堂卫生规范。",
            "1至5月全县发生火灾2起，同比下降。",
            "去年全县发生火灾5起，同比下降。",
            "一季度全县发生火灾2起，死亡1人，同比下降。",
            "山区强降雨往往引发泥石流，群众要提前撤离。",
            "塔城镇上下分村投入资金80万元。",
            "我县优质项目欢迎洽谈，商务合作请联系县投资促进局0887-8621234。",
            "活动期间，县城各商超将开展大酬宾活动。",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(
        &[
            "火把节晚上好多村民聚集在广场跳舞",
            "渡口那个老船早该换了，去年差点翻沉",
            "超市大酬宾那天人太多了",
            "这个医生从不乱开药，好医生",
            "蚊子真是一群吸血鬼，晚上咬得睡不着",
            "奶奶说以前中药铺有卖麝香的，现在都是人工的了",
            "要不是消防来得快，汽油桶差点烧了整个仓库",
        ],
        Route::Publish,
    );
    assert_comment_routes(
        &[
            "这些村干部都是一群吸血鬼",
            "有没有人要熊胆，正宗野生的",
            "我要拿汽油去把他家烧了",
        ],
        Route::Takedown,
    );
    assert_draft_routes(
        "快讯",
        &["中路乡境内发生一起重大刑事案件，犯罪嫌疑人在逃。"],
        Route::CountyOffice,
    );
}

/// Kinds of breaker round 79 (drafts): a leader's own party post and a later title without `县`
/// count in the chain (`县委常委、县人武部部长、党委副书记`, `县委常委、副县长、公安局局长`,
/// `县委常委、宣传部长、网信办主任`); `县领导干部` are the county's cadres, no leader; a decision
/// `经县委、县政府研究` without `决定`; the short names `县中医院`, `县人力资源社会保障局`; a
/// company's sponsorship is an ad (`二维码即可购买` was too, until round 82 found it in ticket
/// guides); `来源：网络` is a repost.
#[test]
fn drafts_of_round_79() {
    assert_draft_routes(
        "调研",
        &[
            "县委常委、县人武部部长、党委副书记周平调研。",
            "副县长、县公安局党委副书记、局长陈军调研。",
            "县委常委、副县长、公安局局长陈军调研。",
            "县委常委、宣传部长、网信办主任赵丽调研。",
            "县委常委、县委办公室主任、县委秘书长王芳深入叶枝镇调研。",
            "本次活动由维西某蜂业有限公司冠名赞助。",
            "来源：网络。维西的秋天美不胜收。",
        ],
        Route::Returned,
    );
    assert_draft_routes(
        "工作动态",
        &[
            "县领导干部学法用法考试举行。",
            "二维码购买的车票请到窗口核验。",
        ],
        Route::UnitHead,
    );
    // two titles are within the rule
    assert_draft_routes("调研", &["县委常委、副县长陈军调研。"], Route::DeputyLeader);
    let v = SCREENER.screen(&draft(
        "调整低保标准",
        "经县委、县政府研究，自2024年1月1日起，全县城乡低保标准调整为每人每月800元。",
    ));
    assert_eq!(v.route, Route::DeputyLeader, "{:?}", v.findings);
    assert_eq!(v.co_review, ["县委、县政府"]);
    let v = SCREENER.screen(&draft(
        "义诊",
        "县中医院、县人力资源社会保障局专家走进白济汛乡开展义诊。",
    ));
    for unit in ["县中医医院", "县人力资源和社会保障局"] {
        assert_co_reviewed_by(&v, "义诊", unit);
    }
    assert_comment_routes(&["那家公司放弃冠名赞助橄榄球赛了"], Route::Publish);
}

/// Kinds of breaker round 81 (comments): complaints in Yunnan speech forwarded (`养老金莫得打过来`,
/// `新农合才报了两万`, `危改都没批`, `片区满了不收`, `低保还没打进来`, `高龄补贴还没有发`, `村干部把…
/// 钱吃掉了`); many hurt, a road block planned, a knife to settle a score, a child taken by
/// traffickers are escalated.
#[test]
fn comments_of_round_81() {
    assert_forwarded(&[
        (
            "我家老倌的养老金咋个三个月都莫得打过来了",
            "县人力资源和社会保障局",
        ),
        ("住院花了八万多，新农合才报了两万，老火得很", "县医疗保障局"),
        (
            "我家房子是C级危房，申请了三年危改都没批",
            "县住房和城乡建设局",
        ),
        ("学校说片区满了不收，户口就在保和镇", "县教育体育局"),
        ("这个月的低保还没打进来", "县民政局"),
        ("请问一下高龄补贴咋个还没有发，我妈妈今年87岁了", "县民政局"),
        ("我们村的村干部把危房改造的钱吃掉了一半", "县纪委监委"),
    ]);
    assert_comment_routes(
        &[
            "傈僳族和藏族在塔城打起来了，好多人受伤",
            "明天我们村几十个人去把县城的路堵了，看他们管不管",
            "包工头再不给钱，我就拿刀去他家找他算账",
            "我们村有个姑娘被人贩子拐走了",
        ],
        Route::Escalate,
    );
    assert_comment_routes(
        &["养老金莫得问题，放心", "电影里的人贩子最后被抓了"],
        Route::Publish,
    );
}

/// Kinds of breaker round 82 (false alarms of rounds 77 to 81, and notes missed): sponsorship
/// refused, tickets bought by QR code, a shop's opening told as news or chat, ad space not
/// opened, a matter still to be studied (`需经县政府研究后`), `全县中医院`, a period's figures
/// with the count later in the clause or of one case, a year's figures, zero cases; a repost note
/// in 【】, after `……` or as `本文来源：网络` is still one.
#[test]
fn items_of_round_82() {
    assert_draft_routes(
        "工作动态",
        &[
            "本届运动会由县体育总会主办，不接受商业冠名赞助。",
            "游客扫描景区入口二维码即可购买门票并预约入园。",
            "新华书店维西分店今天开业，开业大酬宾活动吸引不少市民。",
            "县融媒体中心坚持公益属性，微信公众号不开通广告位。",
            "网友您好，您反映的问题需经县政府研究后才能答复，请耐心等待。",
            "全县中医院、卫生院负责人参加会议。",
            "上半年，全县发生火灾事故2起。",
            "上半年，全县发生火灾1起，同比下降50%。",
            "2023年，全县发生道路交通事故25起，死亡3人，同比下降。",
            "今年以来，全县共发生地质灾害险情5起，均未造成人员伤亡。",
            "今年一季度，全县森林火灾发生起数为0。",
            "数据来源于网络，仅供参考。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "推广",
        &[
            "本次活动由维西某蜂业有限公司冠名赞助。",
            "维西梅里雪山酒店开业大酬宾，订房电话0887-8621234。",
            "春季养生要注意保暖。【来源：网络】",
            "春季养生要注意保暖。本文来源：网络",
            "春季养生要注意……文章来源于网络，如有侵权请联系删除。",
            "春季养生要注意保暖。部分内容来源于网络，如有侵权请联系删除。",
        ],
        Route::Returned,
    );
    assert_draft_routes(
        "快讯",
        &["昨天下午，保和镇发生火灾1起，造成1人受伤。"],
        Route::CountyOffice,
    );
    assert_comment_routes(
        &["县城新开的超市开业大酬宾，鸡蛋好便宜，我买了两板。"],
        Route::Publish,
    );
}

/// Kinds of breaker round 83: a period's word beside one case counted (`春节期间…发生火灾1起，造成
/// 2人死亡`), a named day (`去年12月31日`) or a new statement after `；` is an event, not a figure;
/// one case beside a comparison, or a range of days, is a figure. Parking zones, marathons,
/// claims paid quickly and vending machines are no complaint; kitchen knives and cats are no
/// crime; an original's own credits (`如有侵权请联系删除` alone) are no repost; a booking line is a
/// seller's contact only with its number.
#[test]
fn items_of_round_83() {
    assert_draft_routes(
        "通报",
        &[
            "春节期间，城关镇一民房发生火灾1起，造成2人死亡，另有3人受伤送医。",
            "去年12月31日，城关镇发生火灾1起，造成2人死亡。",
            "5月份，塔城镇发生泥石流1起，造成2人失踪，搜救仍在进行。",
            "1至5月，全县发生交通事故8起；5月31日，G214线又发生交通事故1起，造成3人死亡。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "统计",
        &[
            "上半年，全县发生火灾1起，同比下降50%。",
            "1月1日至6月30日，全县发生火灾5起，同比下降。",
            "图文：维西县融媒体中心。如有侵权请联系删除。",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(
        &["国庆期间G214线发生车祸1起，死了3个人，太惨了"],
        Route::Escalate,
    );
    assert_comment_routes(
        &[
            "县医院停车场片区满了，只能停路边",
            "马拉松名额满了，不给报名了，明年早点",
            "新农合才报了一次就到账了，速度真快",
            "自动售货机把我的钱吃掉了，饮料没出来",
            "拿刀去找磨刀师傅磨一下",
            "我的猫被拐走了，邻居家的公猫干的，哈哈",
            "县城新开的酒店开业大酬宾，听说订房电话一直打不通",
            "开业大酬宾的那家酒店订房电话打了没人接，是不是骗子",
        ],
        Route::Publish,
    );
    assert_forwarded(&[
        ("我家危改申请了一年都没批下来", "县住房和城乡建设局"),
        ("我奶奶的高龄补贴还没到账，都半年了", "县民政局"),
    ]);
}

/// Kinds of breaker round 84 (the period rule of round 83): a `；` (folded `;`) starts a new
/// statement, a named day makes a total's sentence an event too; `一起` and `宗` count cases, a
/// year before the area it sums up, a holiday or flood season and `截至目前` or `1月1日至今` are
/// periods.
#[test]
fn drafts_of_round_84() {
    assert_draft_routes(
        "通报",
        &[
            "上半年全县发生火灾15起，同比下降；保和镇一民房起火，造成2人死亡。",
            "上半年，全县共发生交通事故15起，其中6月28日发生的交通事故造成2人死亡。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "统计",
        &[
            "今年以来，全县发生森林火灾一起，同比减少2起。",
            "今年以来，全县发生交通事故12宗，死亡3人，同比下降。",
            "2023年全县发生交通事故15起，死亡4人。",
            "截至目前，全县今年发生森林火灾2起，同比下降。",
            "1月1日至今，全县共发生交通事故15起，死亡4人。",
            "国庆假期，全县发生交通事故3起，同比下降。",
            "今年汛期，全县发生泥石流3起，同比下降。",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(
        &["上半年全县发生火灾15起，同比下降；保和镇一民房起火，烧死2人"],
        Route::Escalate,
    );
}

// Kind: a single character that crashed the screener (differential fuzzing, 2026-12-06): `𝛯`
// (U+1D6EF), `𝚵` and `𝓄` made the link check loop until memory ran out, aborting the process
// and every item after. Each now gets its verdict, alone and in running text.
#[test]
fn mathematical_letters_alone_get_their_verdict() {
    for c in ["𝛯", "𝚵", "𝓄", "𝐀", "𝟘"] {
        for body in [c.to_string(), format!("请问{c}这个符号是什么意思？")] {
            assert_eq!(
                SCREENER.screen(&comment(&body)).route,
                Route::Publish,
                "{body}"
            );
            let v = SCREENER.screen(&draft("通知", &body));
            assert_eq!(v.route, Route::UnitHead, "{body}: {:?}", v.findings);
        }
    }
}

// Kind: a link nested in itself thousands of times (`http://x/` repeated, crash hunting
// 2026-12-06) overflowed the stack and aborted the process with every item in it. It gets its
// verdict, as a comment and in a draft, and its links are still judged.
#[test]
fn a_link_nested_thousands_deep_gets_its_verdict() {
    for unit in ["http://x/", "https://a.com/", "http://www.a.com/?id=1&"] {
        let body = unit.repeat(3000);
        let v = SCREENER.screen(&comment(&body));
        assert!(
            v.findings.iter().any(|f| f.rule.starts_with("link")),
            "{unit}: {:?}",
            v.findings.iter().map(|f| &f.rule).collect::<Vec<_>>()
        );
        assert_ne!(SCREENER.screen(&draft("通知", &body)).route, Route::Publish);
    }
}

// Kind: what a breaker found unlisted or hidden by an allow term (round 76): the Falun Gong
// slogans and book, the party's curses and abbreviations, a vulgar variant character, drug slang
// and a forged-papers advert take a comment down; the current round of an epidemic, a bus into a
// named river and a leaking gas main go to the county office, and so does a lorry that overturned
// dodging rocks; an advert is returned though its seller warns of imitations. Alarm devices, a
// time phrase, a hotline and prevention do not.
#[test]
fn lexicon_coverage_of_round_76() {
    assert_comment_routes(
        &[
            "gcd下台",
            "看看九评共产党就明白了",
            "退党保平安",
            "天灭中共",
            "xjp下台",
            "大法好，真善忍好",
            "傻屄政府",
            "垃圾政腐",
            "有人在村里卖白粉",
            "专业做假证，各类证件都能做，电话联系",
        ],
        Route::Takedown,
    );
    // a seller's own 谨防假冒 is no warning to the public
    assert_draft_routes(
        "好物推荐",
        &["维西高山松茸新鲜到货，加微信wx888下单，认准正品，谨防假冒！"],
        Route::Returned,
    );
    assert_draft_routes(
        "突发",
        &[
            "本轮疫情以来，我县累计报告阳性感染者35例。",
            "一辆载有20名乘客的中巴车坠入澜沧江，救援正在进行。",
            "燃气管道发生泄漏，已疏散群众200余人。",
            "受强降雨影响，澜沧江将迎来洪峰。",
            // a dodge is no prevention: what it ended in happened
            "一辆货车为避开落石发生侧翻，驾驶员受轻伤。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "通知",
        &[
            "学校安装了火灾报警器和火灾报警系统。",
            "疫情以来，补贴照常发放。",
            "拨打119火警电话。",
            "技术员杨洪峰介绍了今年的种植情况。",
            "漂白粉消毒后方可饮用。",
            "为避免发生火灾，请大家注意用火安全。",
            "警惕陌生人让你加微信、扫码领取补贴，谨防假冒公职人员诈骗。",
            "驾驶员及时避开落石，未发生侧翻。",
        ],
        Route::UnitHead,
    );
}

// Kind: secrecy wording that protects a person or answers a disclosure request, not a marker
// (breaker round 76): a netizen asking that their name be kept out, scores not published, the
// disclosure regulation's own words. A real marker next to such words still returns the draft.
#[test]
fn privacy_requests_and_disclosure_answers_are_no_secrecy_markers() {
    assert_no_hit(
        &[
            "依照《政府信息公开条例》，涉及国家秘密的政府信息不予公开。",
            "经审查，该信息经依法确定为国家秘密，根据条例第十四条规定，不予公开。",
            "考试成绩不对外发布，考生可登录系统查询。",
            "祖传秘方不得外传。",
            // rules about secrecy, not marks on a document (breaker round 77)
            "公民可以申请获取政府信息，但涉及国家秘密、商业秘密、个人隐私等依法不得公开的除外。",
            "选民的投票结果严格保密，任何人不得公开他人选票。",
            "对举报人信息严格保密，不得公开举报人姓名。",
            "国家秘密的密级分为绝密、机密、秘密三级，保密期限由定密机关确定。",
            "面对酷刑，他始终坚守党的机密。",
        ],
        "lexicon.secrecy",
    );
    assert_comment_routes(&["我反映的问题请勿公开我的姓名和电话"], Route::Publish);
    assert_draft_routes(
        "会议纪要",
        &[
            "会议纪要请勿公开，不对外发布。",
            "本文件属国家秘密，请勿公开。",
            "本文件涉及国家秘密，不得公开。",
        ],
        Route::Returned,
    );
}

// Kind: gapped event terms that matched ordinary text (breaker round 76). A crowd and the
// government in one clause is a mass visit only with a verb of going, blocking or surrounding (去,
// 到, 找, 堵, 围) or at the government's gate; the regression breaker of the round kept
// `被~埋了` and `被~淹了` as they were (被大雪埋了, 被暴雨淹了).
#[test]
fn gapped_event_terms_need_their_event() {
    assert_draft_routes(
        "日常",
        &[
            "如今路通了、房子新了，全村人都说感谢党和政府的好政策。",
            "几十个人在乡政府的组织下开展义务植树。",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(&["全村人都说感谢党和政府"], Route::Publish);
    assert_comment_routes(
        &[
            "几十个人明天要去县政府讨说法",
            "上百人到乡政府门口，场面很乱",
            "快来人，有人被泥石流埋住了",
            "我家庄稼全被洪水淹了",
            "上百人堵住了县政府大门",
            "几百人在镇政府门口坐着不走",
            "我家被大雪埋了，出不去",
        ],
        Route::Escalate,
    );
}

// Kind: ordinary phrases that read like a term (breaker round 76): online-literacy education,
// an opinion on a rule, a dish. The terms themselves still take a comment down.
#[test]
fn ordinary_phrases_of_round_76_are_no_hits() {
    assert_draft_routes(
        "网络素养",
        &["引导未成年人科学上网、文明上网。"],
        Route::UnitHead,
    );
    assert_comment_routes(
        &["这个规定早该推翻了", "这家干锅辣鸡很好吃"],
        Route::Publish,
    );
    assert_comment_routes(
        &["这个政府早该推翻了", "教你科学上网看外网", "辣鸡政府"],
        Route::Takedown,
    );
}

// Kind: wage arrears in other words, and praise that no wages are owed (breaker round 76).
#[test]
fn wage_arrears_in_other_words_are_forwarded() {
    assert_forwarded(&[
        (
            "公司已经三个月没发薪水了，谁来管管",
            "县人力资源和社会保障局",
        ),
        ("工资拿不到，老板跑了，谁来管管", "县人力资源和社会保障局"),
    ]);
    assert_comment_routes(&["我们老板从来不拖工资，点赞"], Route::Publish);
}

// Kind: what the round's own changes broke, found by the regression breaker of round 76: a
// gapped allow term hides no other list's term in its gap, an allow term reads no clause end it
// was not written with, an anti-fraud tip about impostors still warns, safety tips and love are
// no emergencies, a poem's one-character line makes no term, and tables and words stay unmasked.
#[test]
fn regressions_of_round_76() {
    assert_draft_routes("通知", &["考生姓名及机密级试卷请勿公开。"], Route::Returned);
    assert_comment_routes(
        &[
            "我的姓名和法轮功的事请勿公开",
            "倡导网友用翻墙软件科学上网",
            "你们都是辣鸡，丁点用都没有",
        ],
        Route::Takedown,
    );
    assert_comment_routes(&["我的电话和泥石流的事请勿公开"], Route::Escalate);
    assert_draft_routes(
        "提示",
        &[
            "谨防假冒公检法人员加微信转账。",
            "如发生火警，请立即拨打119。",
            "请居民定期检查燃气管道是否泄漏。",
            "七夕节到了，祝天下有情人坠入爱河。",
            "两个人相识相恋，最终坠入了爱河。",
            "县疾控中心对艾滋病阳性感染者开展随访服务。",
            "若燃气管道发生泄漏，应立即开窗通风，切勿开关电器。",
            "寺院大殿顶上装饰有法轮、双鹿，金光闪闪。",
            "发生地震时，如何正确避险？专家给出以下建议。",
            "为避开可能发生的山体滑坡，20户村民提前转移。",
            "我愿意为你\n去\n死也不怕",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "情况通报",
        &[
            "一百多人到镇政府反映拖欠工资问题。",
            "诸如发生在塔城镇的山体滑坡，目前道路仍未抢通。",
        ],
        Route::CountyOffice,
    );
    assert_comment_routes(
        &[
            "超市有卖白粉丝的吗，想做酸辣粉",
            "老师为人真善忍耐力强",
            "GCD是最大公约数的意思",
            "我们老板跑了一上午帮我们办社保，太感动了",
            "这个大法好用，推荐给大家",
            "台独分子，滚出去！",
            "自称能办假证的都是骗子",
        ],
        Route::Publish,
    );
    let table = "村名\t户数\t人数\t金额\n其宗村\t135\t2456\t7890";
    let v = SCREENER.screen(&draft("统计", table));
    assert!(
        v.findings.iter().all(|f| &*f.check != "pii"),
        "{:?}",
        v.findings
    );
}

// Kind: a phone number written in keycap emoji (breaker round 76) is masked, and its finding
// spans the last keycap whole, its selector and enclosing mark included, in code points.
#[test]
fn keycap_phone_numbers_are_masked_whole() {
    let body = "有意者联系1\u{FE0F}\u{20E3}3\u{FE0F}\u{20E3}9\u{FE0F}\u{20E3}8\u{FE0F}\u{20E3}7\u{FE0F}\u{20E3}6\u{FE0F}\u{20E3}5\u{FE0F}\u{20E3}4\u{FE0F}\u{20E3}3\u{FE0F}\u{20E3}2\u{FE0F}\u{20E3}1\u{FE0F}\u{20E3}";
    let v = SCREENER.screen(&comment(body));
    let mobile = v
        .findings
        .iter()
        .find(|f| &*f.rule == "pii.mobile")
        .expect("the keycap number is found");
    assert_eq!((mobile.start, mobile.end), (5, body.chars().count()));
}

// Kind: a literal word of an event's name: 踩踏 (a stampede) is an event only as one (发生踩踏,
// 踩踏事件, 拥挤踩踏致…); students treading on the grass or people treading a path are not (real
// replies and messages: 学生的踩踏很容易对草坪造成破坏, 行人踩踏出的便道).
#[test]
fn treading_is_a_stampede_only_as_an_event() {
    assert_draft_routes(
        "草坪维护",
        &[
            "学生的踩踏很容易对草坪造成根本性的破坏。",
            "因绿地设计缺失，行人踩踏出一条便道。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "突发",
        &[
            "景区发生踩踏，3人受伤。",
            "元旦晚会因人群拥挤踩踏致5人受伤。",
            "昨晚某商场发生一起踩踏事故。",
        ],
        Route::CountyOffice,
    );
}

// Kind: an allow term that adds a character to a term hides the term only where it stands as a
// word, when its line says `boundary=word` (breaker round 77): the ratio 六四开 is no allow in
// `六四开枪` (六四/开枪), nor 地震局 in `地震局部地区`.
#[test]
fn word_bounded_allow_terms_hide_terms_only_where_they_stand_as_words() {
    assert_comment_routes(
        &[
            "六四开枪镇压学生，永远不能忘",
            "真善忍不是邪教",
            "纪念六四年轻人不能忘",
        ],
        Route::Takedown,
    );
    assert_comment_routes(&["他被打死结果没人管", "某书记被查出问题"], Route::Escalate);
    assert_comment_routes(&["老书记被查出患有肺癌"], Route::Publish);
    assert_comment_routes(
        &["我生于一九六四年", "六四年出生的人", "鞋带被打死结，解不开"],
        Route::Publish,
    );
    assert_draft_routes(
        "突发",
        &[
            "地震局部地区有明显震感。",
            "此次地震带来的损失很大。",
            "此次地震级别为6.2级。",
            "疫情前所未有地严重。",
        ],
        Route::CountyOffice,
    );
    // where they are words, they still allow
    assert_comment_routes(
        &[
            "收益按六四开",
            "热狗官网",
            "要认真善忍不要急",
            // (`!狗官网` is no word-bounded allow: jieba cuts `养狗官网上` as 养/狗官/网上)
            "有人养狗\n官网上查不到备案",
        ],
        Route::Publish,
    );
    assert_draft_routes(
        "防震减灾",
        &[
            "县地震局发布消息。",
            "我县处于地震带上。",
            "经济恢复到疫情前的水平。",
            "加强民用爆炸物管理。",
        ],
        Route::UnitHead,
    );
}

// Kind: a negation over a list or a qualified event (breaker round 77): a routine summary that no
// disaster happened names none; what did happen is still an event.
#[test]
fn negations_reach_over_lists_and_qualifiers() {
    assert_draft_routes(
        "汛期工作",
        &[
            "全县未发生山洪、泥石流、滑坡等地质灾害。",
            "本轮降雨未造成财产损失和人员伤亡。",
            "全县无确诊病例和疑似病例。",
            "今年以来全县未发生非洲猪瘟疫情。",
            "防火期内未接报森林火情。",
            "此次降雨未因灾造成人员伤亡。",
            "经走访，未发现该培训学校有殴打学员的情况。",
            // breaker round 84: nobody, not one, none of a counted group
            "强降雨过后，全县所幸无人伤亡。",
            "经核实，现场无一伤亡。",
            "5名乘客均无人受伤，已换乘其他车辆。",
            "3名游客均未受伤。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "突发",
        &[
            "百年来从未发生过的特大洪水冲毁了河堤。",
            "没有想到发生了爆炸。",
            "处置时完全没有考虑交通事故的实际情况。",
            "山体滑坡，未造成人员伤亡。",
            // a count of the hurt that no negation reaches
            "两车相撞，3名村民受伤。",
            "无证驾驶的货车侧翻，5名乘客受伤。",
        ],
        Route::CountyOffice,
    );
}

// Kind: county decisions announced as documents issued, and the short forms of leaders' titles
// (breaker round 77): the leader or body who decided co-reviews (第九条).
#[test]
fn issued_county_documents_and_short_titles_need_co_review() {
    for (body, who) in [
        (
            "近日，县委、县政府出台《关于加快核桃产业发展的实施意见》。",
            "县委、县政府",
        ),
        ("县人民政府印发《城乡居民基本医疗保险实施办法》。", "县政府"),
        ("县法院院长余建军到叶枝法庭调研。", "县人民法院院长"),
        ("县检察院检察长李明出席会议。", "县人民检察院检察长"),
    ] {
        let v = SCREENER.screen(&draft("政策", body));
        assert!(v.route >= Route::DeputyLeader, "{body}: {:?}", v.route);
        assert_co_reviewed_by(&v, body, who);
    }
}

// Kind: a fear of what has not happened, or a near miss, in a netizen's request (breaker round
// 77): no event to report (第十条), though the request may still be forwarded.
#[test]
fn feared_and_narrowly_missed_events_are_no_events() {
    for body in [
        "学校门口没有红绿灯，家长天天接送孩子生怕出车祸，请装个红绿灯。",
        "这段公路弯多坡陡，护栏也没有，迟早会出交通事故。",
        "小区消防通道天天被堵，难道要等发生火灾才来管吗？",
        "前面的车突然减速，我险些酿成交通事故，建议改一改减速带。",
        "河堤被挖空了，若再发生洪水，下游几个村都要遭殃。",
        "电动车都在楼道里充电，要是着火了整栋楼的人都跑不出去。",
        // breaker round 84: worry and fear
        "汛期担心发生山洪的群众可到村委会安置点暂住。",
        "很多村民害怕发生泥石流，不敢在老房子里住。",
        "怕发生森林火灾，护林员天天上山巡护。",
    ] {
        let v = SCREENER.screen(&comment(body));
        assert!(
            matches!(v.route, Route::Publish | Route::Forward),
            "{body}: {:?} {:?}",
            v.route,
            v.findings
        );
    }
    assert_comment_routes(
        &[
            "昨晚村口发生车祸，两人受伤",
            "河堤被冲垮了，洪水进村了",
            // a fear of what did happen, or for the people an event struck (regression breaker
            // round 84)
            "村民担心的山体滑坡昨晚还是发生了",
            "担心已久的溃坝终于发生了",
            "很担心被困人员的安全，救援队快点啊",
            "真担心地震灾区的亲人",
            "家属担心被困人员，救援正在进行",
            "担心出事的水库今天决堤了",
            "大家害怕山体滑坡，现在已经滑下来了，路全断了",
        ],
        Route::Escalate,
    );
    // what is feared ends its clause
    assert_comment_routes(&["下雨天村里人就担心水库大坝决堤，没人管"], Route::Publish);
}

// Kind: what the round's own changes broke, found by the regression breaker of round 77.
#[test]
fn regressions_of_round_77() {
    // `要是` inside `主要是`, and a flood still there while people wait
    assert_draft_routes(
        "灾情",
        &[
            "此次灾情主要是山体滑坡造成的。",
            "被困群众要等到洪水退去才能转移。",
            // a negated list stops at a count
            "事故未造成人员死亡、2人受伤、1人失踪。",
            // stampedes in other words
            "人群拥挤引发踩踏，多名游客受伤。",
            "游客互相踩踏，踩踏致3人受伤。",
        ],
        Route::CountyOffice,
    );
    // allows written whole: they are read across punctuation
    assert_draft_routes(
        "通知",
        &[
            "本件不得公开。他人如需查阅请联系办公室。",
            "本材料属于党的机密，阅后收回。",
        ],
        Route::Returned,
    );
    assert_draft_routes(
        "工作动态",
        &[
            "省地震局长带队调研。",
            "疫情前后游客数量对比。",
            "建议县政府出台扶持政策。",
            "待县政府出台实施细则后再办理。",
        ],
        Route::UnitHead,
    );
    // a paragraph separator is no hard wrap
    assert_no_hit(&["卖冰\u{2029}毒"], "lexicon.");
    // a mountain and a village official before their 的 and a relative
    for body in ["碧罗雪山的儿子", "村支书李建国的儿子"] {
        let v = SCREENER.screen(&comment(body));
        assert_eq!(v.deidentified.body, body, "{:?}", v.findings);
    }
}

// Kind: what the second regression breaker of round 77 found in the round's fixes.
#[test]
fn regressions_of_round_77_second_pass() {
    // a count opening the hit did happen; a new clause after 发生 is not negated
    assert_comment_routes(
        &[
            "未造成人员死亡、2人受伤",
            "无人员伤亡、2人失踪",
            "没有发生变化突然泥石流来了",
            "首要是抢救地震伤员",
            "景区发生严重踩踏",
            "踩踏导致多人送医",
        ],
        Route::Escalate,
    );
    assert_comment_routes(
        &[
            "未造成人员伤亡",
            "按六四的比例分成",
            "王书记被查出糖尿病",
            // a campaign against money laundering
            "反洗钱宣传进社区",
            // a substring term is not read across a hard wrap
            "我们小区有人养狗\n官网上查不到备案",
        ],
        Route::Publish,
    );
    assert_draft_routes(
        "通知",
        &[
            "建议县政府印发实施细则。",
            "省里要求各县政府出台办法。",
            "群众期盼县政府出台政策。",
        ],
        Route::UnitHead,
    );
    // a public figure greeted
    let v = SCREENER.screen(&draft("致敬", "孙中山先生，您好"));
    assert_eq!(v.deidentified.body, "孙中山先生，您好");
}

// Kind: words jieba cuts apart so that the listed term cut across them (狗/官员, 六合/彩票,
// 黄/片子): the longer form is listed itself (breaker round 84).
#[test]
fn terms_jieba_cuts_apart_are_listed_whole() {
    assert_exact(
        &[
            ("你们这些狗官员，就知道欺负老百姓", "狗官员"),
            ("卖地下六合彩票，中奖率高", "六合彩票"),
            ("兜售黄片子，私聊", "黄片子"),
        ],
        "lexicon",
    );
}

// Kind: harm, trade and offers in netizens' own words (breaker round 84): a threat of
// self-immolation is reported (第十条), guns for sale and goods with `要的私信` are taken down.
#[test]
fn threats_trades_and_offers_in_spoken_words() {
    assert_comment_routes(
        &[
            "我要去县政府门口浇汽油",
            "再不解决我就到乡政府门口自焚",
            "逼急了我就在镇政府门口点火烧了自己",
        ],
        Route::Escalate,
    );
    assert_comment_routes(
        &[
            "谁有枪卖，价格好说",
            "卖虫草，要的私信",
            "自家养的土鸡，要的联系我",
            "村主任就是条狗",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "工资卖了几千块，要的是尊重",
            "这条狗真可爱",
            // safety advice (regression breaker round 84)
            "烧烤的时候千万别往炭火上浇汽油",
            "冬天天冷，在柴火上浇汽油点火很危险",
        ],
        Route::Publish,
    );
    assert_forwarded(&[
        ("KTV天天半夜放音乐，严重扰民", "县生态环境局"),
        ("康普乡后山有人乱采滥挖，整片山都挖空了", "县自然资源局"),
    ]);
}

// Kind: current emergencies in more words (breaker round 84): a gas leak, a collapse, a barrier
// lake, a drought; and an epidemic named as a time (疫情三年, 后疫情时代), which is none.
#[test]
fn current_emergencies_in_more_words() {
    assert_draft_routes(
        "突发",
        &[
            "今天上午，化工仓库发生氯气泄漏，周边群众已疏散。",
            "在建楼房突然垮塌，有工人被压。",
            "山体滑坡堵塞河道，形成堰塞湖。",
            "今年我县遭遇严重旱情，3万人饮水困难。",
            "电线短路突发大火，烧毁房屋3间。",
            "城区主干道发生路面塌陷，一辆货车陷入。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "回顾",
        &[
            "疫情三年，乡亲们守望相助。",
            "走出后疫情时代的低谷，旅游业全面复苏。",
            "请各村上报五保户名单和联系方式。",
            // a slogan, a figure of speech (regression breaker round 84)
            "小小烟头引发大火，森林防火人人有责。",
            "在证据面前，犯罪嫌疑人心理防线突然垮塌，如实交代了犯罪事实。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "疫情",
        &["强降雨后疫情形势严峻，全县新增病例12例。"],
        Route::CountyOffice,
    );
}

// Kind: personnel decisions on township heads, whom the county appoints, and major
// administrative decisions (第九条; breaker round 84): the principal leader signs off. A village's
// or a school's posts are not listed.
#[test]
fn township_heads_appointed_and_administrative_decisions_are_major() {
    assert_draft_routes(
        "人事",
        &[
            "李明同志任塔城镇党委书记，免去和春同志塔城镇镇长职务。",
            "同意余丽同志辞去永春乡乡长职务。",
            "保和镇人大选举和丽为保和镇人民政府镇长。",
            "李明同志任塔城镇镇长。",
            "李明同志不再担任塔城镇党委书记职务。",
            "县政府召开重大行政决策听证会。",
        ],
        Route::PrincipalLeader,
    );
    assert_draft_routes(
        "人事",
        &[
            "村党总支书记李明同志当选塔城镇人大代表。",
            "和建华同志任劳任怨协助镇长抓好脱贫攻坚工作。",
        ],
        Route::UnitHead,
    );
}

// Kind: a limited distribution is a secrecy mark (保密关; breaker round 84): the draft goes back.
#[test]
fn limited_distribution_is_a_secrecy_mark() {
    assert_draft_routes(
        "通报",
        &[
            "本材料仅限县级领导阅知，不得转发。",
            "本通报仅发至乡镇党委书记，不得翻拍转发。",
        ],
        Route::Returned,
    );
    assert_draft_routes(
        "展览",
        &[
            "文物展厅内不得翻拍展品，请游客配合。",
            // who receives what (regression breaker round 84)
            "补贴资金仅发至本人社保卡，不会要求转账，谨防诈骗。",
            "录取通知书仅发至考生本人，不得代领。",
        ],
        Route::UnitHead,
    );
}

// Kind: secrecy education and anti-fraud advice speak of secrets without marking the draft
// (保密关; breaker round 84); a document that says it is secret still goes back.
#[test]
fn secrecy_education_is_no_secrecy_mark() {
    assert_draft_routes(
        "保密宣传",
        &[
            "绝密文件必须存放在保密柜中。",
            "讲解了机密文件的传递要求。",
            "国家秘密关系国家安全。",
            "举办“守护国家秘密”主题知识竞赛。",
            "验证码是您的重要隐私，请注意保密。",
            "银行卡密码是您的重要信息，请注意保密。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "通知",
        &[
            "本件属机密文件，应妥善保管。",
            "本文件为机密文件，请勿外传。",
            "本通知涉及内部信息，请注意保密。",
            // marks on internal material in the words of advice (regression breaker round 84)
            "附件：低保对象名单（含个人信息，请注意保密）",
            "本名单涉及群众个人隐私，请注意保密。",
        ],
        Route::Returned,
    );
}

// Kind: complaints, abuse, offers and events in netizens' spoken words (breaker round 85): a cut
// in water or power is forwarded to the department that supplies it, a collective trip to ask
// for justice to the petition office; puns and curses are abuse; guns and poppy shells for sale
// are taken down; a flood or a crowd at the government's gate is reported.
#[test]
fn spoken_complaints_abuse_offers_and_events() {
    assert_forwarded(&[
        ("我们村一到雨季不是停水就是停电", "县水务局"),
        ("我们村一到雨季不是停水就是停电", "县工业和信息化局"),
        ("上游养猪场排污，河水遭受严重污染", "县生态环境局"),
        (
            "地被征了三年，补偿款还没到位，希望能有个地方讨个说法",
            "县信访局",
        ),
        ("村会计挪用集体的钱盖自家房子", "县纪委监委"),
        (
            "村里一到晚上就断电，娃娃写作业只能点蜡烛",
            "县工业和信息化局",
        ),
        ("变压器烧了一个星期了供电所还不来换", "县工业和信息化局"),
        ("叶枝镇又没水了，一个月断了四五次", "县水务局"),
        ("娃娃的营养餐被学校克扣了，每天就一个馒头", "县教育体育局"),
        ("买的房子交房五年了还拿不到证", "县住房和城乡建设局"),
        ("我们家的地被征了，补偿标准比隔壁村低一半", "县自然资源局"),
        ("菜市场卖的猪肉有注水的", "县市场监督管理局"),
        ("选矿厂的尾矿水排到澜沧江里，江水都变颜色了", "县生态环境局"),
    ]);
    assert_comment_routes(
        &[
            "泥马的，办个证跑了八趟",
            "你们是猪吗？",
            "有要猎枪的吗，自制的，便宜",
            "谁要罂粟壳，火锅店用的，便宜出",
            "出几张医保卡，可以刷药，私聊",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "发大水了，桥都冲走了，有没有人来救",
            "几百个人堵在镇政府门口不让走",
        ],
        Route::Escalate,
    );
    assert_comment_routes(
        &[
            "现在再也不停水了，感谢水务局",
            "他妈的低保卡被村里收走了，怎么办",
            "思想麻痹大意是最大的隐患",
            "这个杂种羊是改良品种吗",
            // a fenced plot, a traffic jam, a notice (regression breaker round 85)
            "政府围起来的那块地什么时候开发",
            "每天早上车都堵在县政府门口，建议错峰",
            "停水通知已收到，谢谢",
        ],
        Route::Publish,
    );
}

// Kind: drafts that speak of emergencies in general (breaker round 85): advice for after an
// accident, a legal provision (`……的，由……`), an insurance rule for `车祸等意外`, and a negation
// over a cause (`未发生一起因森林火灾造成的人员伤亡`) report no event; a real one
// still goes to the county office.
#[test]
fn emergencies_spoken_of_in_general_are_no_events() {
    assert_draft_routes(
        "提示",
        &[
            "县交警大队提示：发生交通事故后，请第一时间拨打122报警并保护好现场。",
            "城乡居民医保参保人员因车祸等意外伤害住院的，可按规定申请报销。",
            "有道路交通安全违法行为或者造成交通事故的，由教练员承担责任。",
            "今年以来，全县未发生一起因森林火灾造成的人员伤亡。",
            "火灾发生时，请用湿毛巾捂住口鼻。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "突发",
        &[
            "今天上午214国道发生交通事故，造成2人受伤。",
            "地震发生后，县委县政府立即启动应急预案。",
            "因电线老化引发火灾，造成3人受伤。",
            // what happened, then a request (regression breaker round 85)
            "214国道因山体滑坡中断约6小时，请过往车辆绕行。",
            "昨晚，城关镇一民房起火后，请求县消防救援大队增援。",
            "上周因泥石流被冲毁房屋的，可以向乡政府申请补助。",
            "昨晚暴雨引发各类灾害造成3人死亡。",
        ],
        Route::CountyOffice,
    );
    assert_comment_routes(
        &[
            "我爸出车祸后，请问保险怎么赔",
            "我昨天出门被车撞了，腿骨折了",
        ],
        Route::Escalate,
    );
}

// Kind: county decisions and units in more words (breaker round 85): the body and its meeting
// written apart, and units of mass organisations, hospitals and committees.
#[test]
fn county_meetings_and_more_units_need_co_review() {
    assert_county_decisions(&[
        ("县委召开常委会会议，研究部署森林防灭火工作。", "县委"),
        (
            "县政府召开第15次常务会议，研究审议《维西县城市管理办法》。",
            "县政府",
        ),
    ]);
    for (body, unit) in [
        ("县文联组织书法家送春联。", "县文学艺术界联合会"),
        ("县妇幼保健院开展义诊。", "县妇幼保健院"),
        ("县关工委看望留守儿童。", "县关心下一代工作委员会"),
    ] {
        let v = SCREENER.screen(&draft("动态", body));
        assert_eq!(v.co_review, vec![unit], "{body}");
    }
}

/// Kind: emergencies, major matters and secrecy marks in the words official notices use, and
/// routine prose that only names a kind of event or mark (breaker round 86). Each draft goes
/// where 第四条 and 第九条 send it.
#[test]
fn official_wording_of_events_major_matters_and_marks() {
    assert_draft_routes(
        "情况通报",
        &[
            "一名村民在澜沧江边放牛时被江水卷走，目前仍在全力搜寻。",
            "一辆旅游大巴在214国道与一辆货车相撞，伤者已送医救治。",
            "维登乡近日出现麻疹疫情，县疾控中心已开展应急接种。",
            "白济汛乡发现牛结节性皮肤病疫点，已对疫区实施封锁。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "工作动态",
        &[
            "藏历新年期间，寿国寺举行新春祈福法事，信教群众千余人参加。",
            "达摩祖师洞举行活佛坐床仪式。",
        ],
        Route::PrincipalLeader,
    );
    assert_draft_routes(
        "会议材料",
        &[
            "本期专报仅供县级领导同志参阅，请勿翻印。",
            "现将会议纪要印发你们，请认真贯彻执行，严格控制知悉范围。",
            "本纪要不公开发布，仅供相关单位执行。",
        ],
        Route::Returned,
    );
    // named where nothing happens: statistics, equipment, rules, annual relief, a reminder,
    // secrecy education, archives opened, the open-government rule
    assert_draft_routes(
        "工作动态",
        &[
            "县人民医院急诊科去年共接诊车祸伤员300余人次，创伤救治能力不断提升。",
            "县应急管理局为乡镇应急救援队伍配备搜救、破拆、照明等装备。",
            "交通事故伤残鉴定须由有资质的鉴定机构进行。",
            "县民政局为受灾群众发放冬春救助资金120万元。",
            "党员干部家庭发生婚丧喜庆等重大事项要如实报告。",
            "县委保密办向干部职工讲解密级标志和涉密载体管理要求。",
            "到期的机密档案经鉴定后依法向社会开放。",
            "会议要求，除涉及国家秘密外，政府信息应当及时主动公开。",
        ],
        Route::UnitHead,
    );
}

/// A draft whose account is `unit`.
fn draft_of(unit: &str, body: &str) -> Item {
    Item::from_value(serde_json::json!({
        "id": "t", "kind": "draft", "title": "工作动态", "body": body,
        "account": {"platform": "wechat", "name": "维西发布", "unit": unit}
    }))
    .unwrap()
}

/// Kind: units under their formal names, and county leaders who are not today's (breaker round
/// 86). Another unit named under its full name is co-reviewed; the account's own unit under its
/// formal name is not another unit; the first county head of 1949 is no county leader.
#[test]
fn formal_unit_names_and_leaders_of_other_times() {
    for (body, reviewer) in [
        ("县人民武装部组织基干民兵开展演练。", "县人武部"),
        ("县不动产登记中心推出“交房即交证”服务。", "县不动产登记中心"),
    ] {
        let v = SCREENER.screen(&draft_of("县融媒体中心", body));
        assert_co_reviewed_by(&v, body, reviewer);
    }
    for (unit, body) in [
        (
            "维西傈僳族自治县人民代表大会常务委员会",
            "县人大常委会召开第十五次会议。",
        ),
        (
            "中共维西傈僳族自治县委员会统一战线工作部",
            "县委统战部组织非公经济人士开展结对帮扶活动。",
        ),
    ] {
        let v = SCREENER.screen(&draft_of(unit, body));
        assert!(v.co_review.is_empty(), "{body}: {:?}", v.co_review);
    }
    assert_no_leader_named(&["1949年维西解放后，首任县长带领各族群众恢复生产。"]);
}

/// Kind: comments in everyday words (breaker round 86): complaints forwarded to their
/// department, illegal offers and abuse taken down, rumours reported; praise, questions and
/// self-mockery published.
#[test]
fn everyday_complaints_offers_rumours_and_thanks() {
    assert_forwarded(&[
        (
            "我在工地做小工，工头跑掉了，欠我们四万多",
            "县人力资源和社会保障局",
        ),
        (
            "我家的地被征了，说好每亩三万，结果只给了一万五",
            "县自然资源局",
        ),
        (
            "永春河里的鱼死了一大片，上游有个厂在往河里放水",
            "县生态环境局",
        ),
        (
            "我爸在县医院做完手术第二天就去世了，医院说是并发症",
            "县卫生健康局",
        ),
        ("学校食堂的肉是臭的，孩子吃了上吐下泻", "县市场监督管理局"),
        ("自来水出来全是泥巴，几个月了都这样", "县水务局"),
        (
            "我们村从上个月开始就没通过电，晚上黑黢黢的",
            "县工业和信息化局",
        ),
        ("攀天阁那段路全是大坑，车子底盘都刮烂了", "县交通运输局"),
        ("村小学要撤了，孩子要走十几公里去上学", "县教育体育局"),
    ]);
    assert_comment_routes(
        &[
            "出售仿真手枪，可发射，货到付款",
            "同城兼职妹妹，上门服务，看头像",
            "出租U盾，日结，安全",
            "东方闪电的人又来我们寨子发传单了",
            "什么狗屁书记，不干人事",
            "村支书是个地痞流氓",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "网上说维西要并到香格里拉了，是真的吗",
            "听说县医院收了好几个发高烧的，是不是又有什么病传开了？",
            "这次疫苗有问题，打了好几个孩子都发烧住院了",
            "听说两个村为了草场打起来了，伤了好几个",
        ],
        Route::Escalate,
    );
    assert_comment_routes(
        &[
            "这次宣传片拍的噪音太大了，背景音乐盖过了解说",
            "跳河救人的小伙子好样的，应该表彰",
            "感谢派出所破获了贩毒案",
            "支持严厉打击电信诈骗和网络赌博",
            "请问怎么识别传销？",
            "我真是个白痴，材料又忘带了，白跑一趟",
            "尼玛次仁家的牦牛丢了，谁看见了告诉一声",
        ],
        Route::Publish,
    );
}

/// Kind: digits and separators (breaker round 86). Dingbat digits are digits (`❽❾❻❹`, `❻合彩`);
/// one range mark between two numbers joins a range or a score, not a term's digits (`5月3-5日`
/// is no 5月35日, `89-64` no 8964), while a term spaced out character by character still hits;
/// hours and square metres count; a class (`六（四）班`) is no date; `有没有人员伤亡` asks, it
/// does not deny; a soft hyphen inside a mobile hides nothing.
#[test]
fn dingbat_digits_ranges_scores_and_questions() {
    assert_exact(
        &[
            ("纪念❽❾❻❹，永远不能忘", "❽❾❻❹"),
            ("❻合彩开奖，期期中", "❻合彩"),
            ("8-9-6-4", "8-9-6-4"),
        ],
        "lexicon.",
    );
    assert_no_hit(
        &[
            "5月3-5日，县文化馆举办傈僳族阿尺木刮培训班。",
            "5月3～5日的义诊还有名额吗？",
            "决赛中，县教育体育局代表队以89-64战胜塔城镇代表队。",
            "全县注册志愿者累计开展志愿服务8964小时。",
            "全年完成农村危房改造面积8964㎡。",
            "县第一完全小学六（四）班的同学们表演了舞蹈。",
            "我家孩子在六(4)班，班主任让每天打卡",
            "全县23个政务微博账号均已完成加V认证。",
        ],
        "lexicon.",
    );
    let v = SCREENER.screen(&comment("听说桥头那边出事了，有没有人员伤亡？"));
    assert_eq!(v.route, Route::Escalate, "{:?}", v.findings);
    let v = SCREENER.screen(&comment("我的电话139\u{AD}8887\u{AD}2345，麻烦回电"));
    assert_eq!(
        v.deidentified.body,
        "我的电话139\u{AD}****\u{AD}2345，麻烦回电"
    );
}

/// Kind: de-identification (breaker round 86). A relative named after the writer's kinship word
/// (`我二叔`, `我姐夫`, `我侄儿`) and a person in a benefit's or an account's records (`参保人`,
/// `开户人`, `特困供养人员`) are masked; an office's landline or mailbox quoted in a comment, an
/// organisation's account and the Lisu words `阿尺木刮` and `阿哥阿妹` are not personal
/// information.
#[test]
fn relatives_record_holders_and_what_is_no_ones() {
    for (text, want) in [
        ("我二叔余建华在工地上摔伤了", "我二叔余某某在工地上摔伤了"),
        (
            "我姐夫和志强在外地打工出了车祸",
            "我姐夫和某某在外地打工出了车祸",
        ),
        ("我侄儿余小龙失踪三天了", "我侄儿余某某失踪三天了"),
        (
            "开户人余秀英，补贴打到哪张卡了",
            "开户人余某某，补贴打到哪张卡了",
        ),
        (
            "保和镇中心小学电话0887-8623333一直没人接",
            "保和镇中心小学电话0887-8623333一直没人接",
        ),
        (
            "兰永社区电话0887-8621234一直占线",
            "兰永社区电话0887-8621234一直占线",
        ),
        (
            "县纪委电话0887-8622388打了几次都没人接",
            "县纪委电话0887-8622388打了几次都没人接",
        ),
        (
            "给县长信箱xzxx@weixi.gov.cn写了信也没人回",
            "给县长信箱xzxx@weixi.gov.cn写了信也没人回",
        ),
    ] {
        assert_eq!(
            SCREENER.screen(&comment(text)).deidentified.body,
            want,
            "{text}"
        );
    }
    for (text, want) in [
        (
            "经核实，参保人余秀英已按规定报销。",
            "经核实，参保人余某某已按规定报销。",
        ),
        (
            "特困供养人员余秀英已入住县敬老院。",
            "特困供养人员余某某已入住县敬老院。",
        ),
        (
            "户名：维西县塔城镇其宗村股份经济联合社，账号：2450010104001234567。",
            "户名：维西县塔城镇其宗村股份经济联合社，账号：2450010104001234567。",
        ),
        (
            "户名：维西县第一幼儿园，账号：2450010104001234567。",
            "户名：维西县第一幼儿园，账号：2450010104001234567。",
        ),
        (
            "晚会上，村民阿尺木刮表演精彩纷呈。",
            "晚会上，村民阿尺木刮表演精彩纷呈。",
        ),
        ("游客阿哥阿妹一起跳起了舞。", "游客阿哥阿妹一起跳起了舞。"),
        ("村民阿四妹说，今年收成好。", "村民某某某说，今年收成好。"),
    ] {
        assert_eq!(
            SCREENER.screen(&draft("工作动态", text)).deidentified.body,
            want,
            "{text}"
        );
    }
}

/// Kind: reposts, links and adverts (breaker round 86). `转自“X”公众号` opening a note reposts
/// without saying so; `信息来源于X` names its source; `学习强国学习平台` is the designated
/// outlet; `wxaurl.cn` is a link shortener. Comments that sell with a phone (`要的打…`) or
/// through a shop (`淘宝搜店铺`) are adverts; questions about coupons and complaints about rebates
/// are not, nor government notices of a fare card or a caution about online part-time jobs.
#[test]
fn reposts_shorteners_and_adverts_of_round_86() {
    let item = |v: serde_json::Value| Item::from_value(v).unwrap();
    let account =
        serde_json::json!({"platform": "wechat", "name": "维西发布", "unit": "县融媒体中心"});
    let v = SCREENER.screen(&item(serde_json::json!({
        "id": "t", "kind": "draft", "title": "维西松茸陆续上市", "account": account,
        "body": "转自“维西生活圈”公众号\n近日，维西松茸陆续上市。"})));
    assert_eq!(v.route, Route::Returned, "{:?}", v.findings);
    for (source, body, url) in [
        (
            "学习强国学习平台",
            "来源：学习强国学习平台\n我省扎实推进乡村振兴。",
            "https://www.xuexi.cn/lgpage/detail/index.html?id=1",
        ),
        (
            "云南发布",
            "信息来源于云南发布\n冬季道路结冰，请减速慢行。",
            "https://mp.weixin.qq.com/s/AbCdEf123456",
        ),
    ] {
        let v = SCREENER.screen(&item(serde_json::json!({
            "id": "t", "kind": "draft", "title": "转载", "account": account, "body": body,
            "repost": {"source": source, "url": url, "original_title": "转载"}})));
        assert!(
            !v.findings.iter().any(|f| &*f.check == "attribution"),
            "{body}: {:?}",
            v.findings
        );
    }
    let v = SCREENER.screen(&draft(
        "消费券活动报名",
        "报名入口：https://wxaurl.cn/AbCdEfG123",
    ));
    assert!(
        v.findings.iter().any(|f| &*f.rule == "link.shortener"),
        "{:?}",
        v.findings
    );
    assert_comment_routes(
        &[
            "新鲜松茸80一斤，要的打13887654321",
            "松茸便宜卖，淘宝搜店铺“维西松茸小铺”",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "政府发的优惠券只能在大超市用吗？",
            "在超市买东西说好的返利一直没给，找哪个部门投诉？",
            "电子社保卡扫码领取后怎么激活？",
        ],
        Route::Publish,
    );
    assert_draft_routes(
        "通知",
        &[
            "年满65周岁的老年人可到县客运站领取优惠乘车卡。",
            "求职者对网上兼职招聘信息要仔细甄别。",
        ],
        Route::UnitHead,
    );
}

/// Kind: noise counted per visible symbol, and words jieba cuts so that a listed term straddles
/// them (breaker round 86). A family emoji joined by zero-width joiners, a thumb with its skin
/// tone and a letter stacked with combining marks are one symbol each between a term's characters;
/// `弄死/你们`, `贩卖/猎枪`, `卖笑/气`, `卖假/身份证`, `六四大屠杀`, `练法/轮`, `有失/联` are
/// listed whole. A parent calling a child `脑瘫患儿` abuses no one; `包过粽子` is cooking.
#[test]
fn emoji_sequences_and_terms_across_words_of_round_86() {
    let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦";
    let zwj = format!("网{family}络{family}赌{family}博，想玩的进群");
    let zwj_span = format!("网{family}络{family}赌{family}博");
    assert_exact(
        &[
            (zwj.as_str(), zwj_span.as_str()),
            ("六👍🏻👍🏻合👍🏻👍🏻彩，期期准", "六👍🏻👍🏻合👍🏻👍🏻彩"),
        ],
        "lexicon.",
    );
    assert_comment_routes(
        &[
            "代\u{489}\u{336}\u{317}\u{301}开\u{489}\u{336}\u{317}\u{301}发\u{489}\u{336}\u{317}\u{301}票，各行业都能开",
            "再不给我解决，我就弄死你们",
            "听说村里有人贩卖猎枪，派出所也不管",
            "学校门口有人卖笑气给学生",
            "有人在网上卖假身份证，一百块一张",
            "纪念六四大屠杀三十五周年",
            "村里有人偷偷练法轮，天天放录音",
        ],
        Route::Takedown,
    );
    assert_comment_routes(&["听说老君山有失联的驴友，现在找到没有"], Route::Escalate);
    assert_comment_routes(
        &[
            "我家孩子就是个脑瘫患儿，申请残疾补助半年了还没批",
            "端午节你们包过粽子吗？",
            "这个包真好看，在哪买的",
        ],
        Route::Publish,
    );
}

/// Kind: what round 86's additions must not catch, and what they must not let through
/// (regression breakers, round 86): `89-64` written as a date is still the date, a score or a
/// range of days is not; `有无` in a rule and `所有没有` still negate; crowds at a show, a village
/// basketball game starting, a shop of someone named 尼玛, a summary shared 仅供大家参阅 and
/// scores 不公开发布 are ordinary.
#[test]
fn round_86_additions_in_ordinary_text() {
    assert_comment_routes(
        &["永远记住89-64", "6-4事件不能忘", "这比89-64那次还狠"],
        Route::Takedown,
    );
    assert_no_hit(
        &["决赛中以89-64战胜对手", "5月3-5日的义诊还有名额吗？"],
        "lexicon.political",
    );
    assert_draft_routes(
        "通知",
        &[
            "无论有无人员伤亡，均须在1小时内报告。",
            "所有没有发生火灾的企业均应开展自查。",
            "只有没有发生安全事故的企业才能参评。",
            "❻四季度重点工作安排如下。",
            "请向县红十字会捐款，转账到以下账户。",
            "上百名群众观看了阿尺木刮展演。",
            "本次考试成绩不公开发布，考生可登录系统查询。",
            "请各班级于会后收回调查表。",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(
        &[
            "村BA今天正式打起来了，大家快来看",
            "去尼玛的店里吃饭，味道不错",
            "补贴政策整理如下，仅供大家参阅",
            "感谢县医院的医生，产钳助产很顺利",
            "发芽的土豆不能吃，大家注意",
        ],
        Route::Publish,
    );
}

/// Kind: comments in dialect, slang and homophones (breaker round 87): drug, gambling, bank-card,
/// escort, gun and fake-certificate offers and a loan shark's advert are taken down, so are
/// dialect abuse and separatist slogans; wages, land, demolition, pollution, medical and school
/// complaints in everyday words are forwarded; emergencies netizens report are escalated. The
/// same words in a dish, a cooking lesson, a rescued animal, a mother's back, a quoted warning
/// and a mistaken impression are published.
#[test]
fn dialect_slang_and_everyday_reports_of_round_87() {
    assert_comment_routes(
        &[
            "🎰线上棋牌，炸金花、斗地主真钱局，上分找我💰",
            "出货：麻果、K仔，同城可送",
            "各种证件📕📗都能做，身份证、结婚证、毕业证，秒出",
            "要买猎枪的找我，双管的，价格好说",
            "空闲时间兼职，陪聊陪睡，私聊",
            "出售大量银行卡四件套，可以过流水",
            "买码的朋友，今晚特码必中，进群",
            "驾照包过，不过退款",
            "你个瓜婆娘，懂个锤子",
            "县长是个大草包，啥也不会",
            "艹你吗的，小编会不会写字",
            "达赖喇嘛万岁，扎西德勒🙏",
            "又是习包子那一套，谁信啊",
        ],
        Route::Takedown,
    );
    assert_forwarded(&[
        ("征我家的地给的钱太少了，一亩才几千", "县自然资源局"),
        ("我家房子被推平了，啥子手续都没有", "县住房和城乡建设局"),
        ("工业园区的化工厂晚上偷偷放废气，臭得要命", "县生态环境局"),
        (
            "生娃的时候医生操作不当，孩子落下了残疾，医院不认",
            "县卫生健康局",
        ),
        ("娃娃在学校被高年级的勒索钱，老师不管", "县教育体育局"),
    ]);
    // the abuse after 生日 is no abuse, nor a question about the listener's mother
    assert_comment_routes(
        &["生日你妈妈送了什么", "你妈的电话号码多少？"],
        Route::Publish,
    );
    assert_comment_routes(
        &[
            "山火烧到村子边上了，赶紧来人",
            "江边那个村子进水了，房子泡了一半，快来救人啊",
            "塔城往维西的路上两个车撞一起了，躺着人，流了好多血",
            "江里漂着个人，不晓得死没死",
        ],
        Route::Escalate,
    );
    assert_comment_routes(
        &[
            "夜市的烤猪脑子太香了，维西人都爱吃",
            "我家娃还没包过饺子，今年教他",
            "这个包真便宜，在哪买的",
            "村民收养了一只受伤的穿山甲，交给了林草局，好样的",
            "请问县里有没有上门安装全套太阳能的师傅？",
            "你妈的腰还疼不疼，我这有个土方子",
            "所谓的“押题”、“包过”就是他们欺骗学员报名的",
            "听说高利贷害了不少人，大家千万别借",
            // what the first wordings of this round took down (regression breaker round 87)
            "我只有一次包过粽子",
            "请问兼职护工晚上陪睡独居老人的活还招人吗",
            "有猎枪的赶紧找我登记，统一上交派出所",
            "我从来不拥护达赖，支持政府反分裂",
            "门口的土坡被推平了，修成了停车场，点赞",
            "还好电动车不放废气",
            "饺子煮到水里漂着就熟了",
            "今天杀年猪，猪流了好多血",
            "建议县里和电商平台搞推广合作",
            "这家馆子都是刷好评刷出来的",
            "门口放的是个草包，不是炸弹，别慌",
            "孩子们都叫他小K仔，可爱得很",
            "这些证件都能做抵押吗？",
            "小时候学的广播体操你妈还会做吗",
        ],
        Route::Publish,
    );
}

/// Kind: units' reports of emergencies and major matters in official wording (breaker round 87):
/// a barrier lake, a fever cluster at a school, stranded travellers, a banquet's food poisoning, a
/// search still on, villagers gathered at a township government and a flood (listed under missing
/// persons before, so only the deputy leader saw it) go to the county office; transfers and
/// adjustments of county posts, an expropriation decided by the county government and clergy go
/// to the principal leader; an internal telegram, a ban on screenshots, a limited distribution
/// and unpublished minutes are returned. Explainers, commemorations and exam rules stay with the
/// unit head.
#[test]
fn official_reports_explainers_and_markings_of_round_87() {
    assert_draft_routes(
        "情况通报",
        &[
            "7月12日凌晨，永春河上游发大水，沿河部分农田和便道受损。",
            "河道被山体崩落物堵塞，出现堰塞湖，下游群众已提前撤离。",
            "受强降雪影响，200余辆车、600余名旅客滞留，正组织救援疏导。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "通知",
        &[
            "近期，县委对部分乡镇党政正职进行了调整，新任职干部已全部到岗。",
            "县人民政府决定对保和镇南片区实施房屋征收，征收补偿方案同时公布。",
            "县民宗局组织全县基督教、藏传佛教教职人员开展政策法规学习培训。",
        ],
        Route::PrincipalLeader,
    );
    assert_draft_routes(
        "通知",
        &[
            "【内部明电】各乡镇人民政府，县直各部门：",
            "（此件仅发至各乡镇、县直各部门主要负责同志）现就近期工作安排通知如下。",
        ],
        Route::Returned,
    );
    assert_draft_routes(
        "知识",
        &[
            "参保人死亡后，其直系亲属可到县社保中心申领丧葬补助金和抚恤金。",
            "会议要求，各乡镇要严防山洪、泥石流等灾害造成人员伤亡。",
            "中考试题（含答案及评分标准）在启用前属绝密级国家秘密，各考点要严格保管。",
            "县委保密办对全县各涉密单位开展保密工作专项检查。",
            "1958年，时任县委书记带领群众在保和镇修建了全县第一座小水电站。",
        ],
        Route::UnitHead,
    );
    // a leader named by office alone, and by the supervision commission's full name (listed among
    // the concurrent posts before, which are no leaders on their own); units by their short names
    for (body, leader) in [
        ("县委主要负责同志率队到塔城镇督导防汛工作。", "县委书记"),
        ("县监察委员会主任张三到塔城镇调研。", "县监委主任"),
    ] {
        let v = SCREENER.screen(&draft("督导", body));
        assert_eq!(v.route, Route::DeputyLeader, "{body}: {:?}", v.findings);
        assert_co_reviewed_by(&v, body, leader);
    }
    for (body, unit) in [
        ("县应急管理局联合县教育局开展督查。", "县教育体育局"),
        ("县委社会工作部组织快递员座谈。", "县委社会工作部"),
    ] {
        let v = SCREENER.screen(&draft("活动", body));
        assert_co_reviewed_by(&v, body, unit);
    }
}

/// Kind: adverts, reposters' words and sites of breaker round 87. A hotel's, an estate's or a car
/// dealer's advert in a draft, a promotion appended to a repost and booking and ticket sites are
/// returned; a reposter's own words in a repost are returned; promotion, franchise, fake-review,
/// mini-program and share-code adverts in comments are taken down. National public services
/// (the weather centre, the exam authority, the illegal-content reporting centre), the youth
/// daily's own site and the prefecture government's short name are no adverts nor unlisted.
#[test]
fn adverts_reposters_words_and_public_sites_of_round_87() {
    assert_draft_routes(
        "推广",
        &[
            "精装三居，首付5万起，认筹即享9.5折！置业热线：0887-8886666",
            "全省春耕备耕工作有序推进。\n——广告——\n维西众鑫汽车城 新车到店，首付一成开回家",
            "门票和酒店可在途牛预订：https://www.tuniu.com/tour/210456",
            "购票：https://m.maoyan.com/movie/1488",
        ],
        Route::Returned,
    );
    let item = |v: serde_json::Value| Item::from_value(v).unwrap();
    let account =
        serde_json::json!({"platform": "wechat", "name": "维西发布", "unit": "县融媒体中心"});
    let repost = |source: &str, body: &str| {
        SCREENER.screen(&item(serde_json::json!({
            "id": "t", "kind": "draft", "title": "转载", "account": account, "body": body,
            "repost": {"source": source, "url": "https://mp.weixin.qq.com/s/Dq7kPz1",
                       "original_title": "转载"}})))
    };
    for body in [
        "来源：云南发布\n省政府印发稳就业十条措施。\n（小编碎碎念：这政策真的太及时了！）",
        "来源：云南发布\n高速公路全线贯通。\n👍维西加油！好消息请大家帮忙转发！",
    ] {
        let v = repost("云南发布", body);
        assert_eq!(v.route, Route::Returned, "{body}: {:?}", v.findings);
    }
    for (source, body) in [
        (
            "迪庆州人民政府",
            "来源：迪庆州人民政府\n迪庆州召开春季森林防火工作会议。",
        ),
        (
            "学习强国云南学习平台",
            "来源：学习强国云南学习平台\n春到云岭，各地花海竞相绽放。",
        ),
    ] {
        let v = repost(source, body);
        assert!(
            !v.findings.iter().any(|f| &*f.check == "attribution"),
            "{body}: {:?}",
            v.findings
        );
    }
    assert_draft_routes(
        "查询",
        &[
            "最新预报可登录中央气象台网站 http://www.nmc.cn/publish/forecast/AYN/weixi.html 查询。",
            "考生可登录云南省招生考试院网站（www.ynzs.cn）查询成绩。",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(
        &[
            "推广合作 v:lisu888",
            "本人承接公众号代运营、短视频拍摄剪辑，合作请联系13988771234",
            "专业刷好评，需要的联系QQ 85432167",
            "想要的扫我头像二维码进群，每天特价🍄",
            "8￥Ab3kXyZ9￥/ 复制这段描述后咑閞👉手机淘宝👈【维西野生松茸】",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "发现诈骗网站可以到 www.12377.cn 举报，大家注意",
            "办事通小程序里点“社保”，扫码领取电子社保卡",
            "请问楼盘的认筹金交了以后还能退吗？",
        ],
        Route::Publish,
    );
}

/// Kind: normalization of breaker round 87. Non-standard variants (羣, 鬪), a look-alike (毐),
/// small capitals and katakana drawn like ideographs fold to what they stand for, and the hit
/// spans the evasion. A score or a blood pressure with any range mark, a model's or a plate's
/// code and real waste, sacks, idioms and a business's troubles are no hits.
#[test]
fn variants_small_capitals_katakana_and_codes_of_round_87() {
    assert_exact(
        &[
            ("听说昨天那边发生了羣體性事件", "羣體性事件"),
            ("两个村的人在河边鬪毆", "鬪毆"),
            ("有人在网上卖毐品", "毐品"),
            ("ᴛᴍᴅ什么破服务", "ᴛᴍᴅ"),
            ("ꜰʟɢ的传单又来了", "ꜰʟɢ"),
            ("你这个王ハ蛋", "王ハ蛋"),
        ],
        "lexicon.",
    );
    let v = SCREENER.screen(&comment("包工头拖欠エ资半年了"));
    assert_eq!(v.route, Route::Forward, "{:?}", v.findings);
    assert_draft_routes(
        "赛事",
        &[
            "县教育体育局代表队以89∶64战胜县公安局代表队，夺得冠军。",
            "经过四节激烈角逐，比分最终定格在89-64，县人民医院队卫冕成功。",
            "监测项目包括砷（As）、锑（Sb）、铅（Pb）等。",
            "在法律面前搞变通，无异于玩火自焚。",
            "针对部分中小企业受困于订单不足的问题，县里出台了帮扶措施。",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(
        &["我妈血压89/64，头晕得厉害，乡卫生院能看吗"],
        Route::Publish,
    );
    assert_comment_routes(
        &["勿忘 T·8964", "永远记得V·8964", "RIP-8964 永不忘记"],
        Route::Takedown,
    );
    let v = SCREENER.screen(&comment("云R·8964Q这辆车天天堵在小区门口，管管吧"));
    assert!(
        !v.findings.iter().any(|f| &*f.category == "political"),
        "{:?}",
        v.findings
    );
}

// Kind: what a repost's checks quote of the item is de-identified like the item: a name masked in the
// body is masked in a message that quotes it without what marked it as a name there (breaker round
// 88: `转载来源“余德福的抖音”` reached the audit record, which has no `item`); and a source label
// typeset with spaces (`来　源：`, `来  源：`) still names the source.
#[test]
fn repost_messages_and_spaced_source_labels() {
    let repost = |source: &str, body: &str| {
        Item::from_value(serde_json::json!({
            "id": "t", "kind": "draft", "title": "村民跳江救人", "body": body,
            "account": {"platform": "wechat", "name": "维西发布", "unit": "县融媒体中心"},
            "repost": {"source": source, "original_title": "村民跳江救人"}
        }))
        .unwrap()
    };
    let v = SCREENER.screen(&repost(
        "余德福的抖音",
        "来源：余德福的抖音\n永春乡村民余德福跳入江中救起落水儿童。",
    ));
    assert!(
        v.deidentified.body.contains("村民余某某"),
        "{:?}",
        v.deidentified
    );
    for f in &v.findings {
        assert!(!f.message.contains("德福"), "{f:?}");
    }
    assert!(
        v.findings
            .iter()
            .any(|f| f.message.contains("余某某的抖音")),
        "{:?}",
        v.findings
    );
    for label in ["来  源：", "来　源：", "来 源：", "来源 ： "] {
        let body = format!("县城新建图书馆开馆。\n{label}新华社\n编  辑：和丽");
        let v = SCREENER.screen(&repost("新华社", &body));
        assert_eq!(v.route, Route::UnitHead, "{body}: {:?}", v.findings);
    }
    // an undeclared repost whose label is typeset with a full-width space is still one
    let v = SCREENER.screen(&draft(
        "本地美食",
        "维西的美食推荐给大家。\n来　源：滇西北生活圈",
    ));
    assert_eq!(v.route, Route::Returned, "{:?}", v.findings);
}

// Kind: emergency and secrecy words of round 88. Casualties and mass poisonings written otherwise
// (多人死伤, 集体中毒, 沼气中毒) go to the county office; a policy's conditional (参保人死亡的，),
// a health tip, a science lesson, pest control, an insurance product and idioms do not; urging
// people to keep secrets is no secrecy marker. Counts (步, 口, 天) and prices (￥) of 8964 are
// numbers, not the date.
#[test]
fn emergencies_and_lookalikes_of_round_88() {
    assert_draft_routes(
        "通报",
        &[
            "今天上午，一辆货车在214国道失控，事故造成多人死伤。",
            "某小学30余名学生疑似集体中毒，已送医观察。",
            "塔城镇一家三口在清理沼气池时沼气中毒，经抢救脱离危险。",
            "事故造成两人死亡的消息传开后，家属赶到现场。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "政策解读",
        &[
            "参保人死亡的，其遗属可以领取丧葬补助金和抚恤金。",
            "领取养老金人员死亡的，其家属应及时到社保经办机构办理停发手续。",
            "饭后不宜剧烈运动，可静坐休息片刻。",
            "燃烧需要三个条件：可燃物、助燃物，以及温度达到着火点。",
            "县植保站组织专业队，对玉米地里的草地贪夜蛾进行围堵扑杀。",
            "县应急管理局联合保险机构，在人员密集场所积极推广火灾公众责任险。",
            "全体干部职工要严守党和国家机密，自觉筑牢保密防线。",
            "坚守讲台8964天。",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(
        &[
            "这几天热得人没了胃口",
            "这事就是压死骆驼的最后一根稻草",
            "今天走了8964步",
            "一共花了￥8964",
        ],
        Route::Publish,
    );
    // the date itself still counts, before a word that opens like a measure word too
    assert_comment_routes(
        &["永远记住8964天安门", "有人在广场上喊8964口号"],
        Route::Takedown,
    );
}

// Kind: comment topics and adverts of round 88 worded outside the earlier lists: counterfeit farm
// inputs, relief handed to relatives and leaking resettlement housing are forwarded; a temple to be
// torn down is a religious matter and goes up; sponsorship and a property pitch return a draft.
#[test]
fn topics_and_adverts_of_round_88() {
    assert_forwarded(&[
        (
            "镇上农资店卖的是假化肥，种下去苗全黄了，找谁投诉？",
            "县农业农村局",
        ),
        ("村干部把扶贫羊分给自己亲戚了", "县纪委监委"),
        (
            "安置房住进去第一年就漏水，找开发商没人理",
            "县住房和城乡建设局",
        ),
    ]);
    assert_comment_routes(&["我们村的寺庙要拆了，老百姓都很不满"], Route::Escalate);
    assert_draft_routes(
        "活动",
        &[
            "本期《维西好声音》由维西康源药业独家冠名。",
            "本文由维西特产专卖店赞助播出。",
        ],
        Route::Returned,
    );
    // a housing policy's terms are no pitch
    assert_draft_routes(
        "政策解读",
        &["在县城购买首套住房，首付仅需两成，并可享受购房补贴。"],
        Route::UnitHead,
    );
}

// Kind: a leader's title that names no serving leader of this county (breaker round 88): inside the
// title of a work, or in a sentence about a year of the last century. A serving leader still does.
#[test]
fn titles_in_works_and_history_name_no_serving_leader() {
    assert_no_leader_named(&[
        "今晚广场放映电影《县委书记》。",
        "1952年，县长和万宝带领群众修建了第一条水渠。",
    ]);
    // a serving leader named in a sentence with a year in it still is one (regression round 88)
    for body in [
        "今年3月，县长和万宝带领群众修建水渠。",
        "与1999年相比，全县粮食产量翻了一番，县委书记和万宝在会上说。",
        "在1998年抗洪中负伤的老兵家中，县长和万宝送上慰问金。",
        "1972年10月生，现任中共维西县委书记。",
        "认真学习《县委书记和万宝在全县三级干部大会上的讲话》精神。",
    ] {
        let v = SCREENER.screen(&draft("通知", body));
        assert_eq!(v.route, Route::DeputyLeader, "{body}: {:?}", v.findings);
    }
}

// Kind: obfuscated-link with spaces or commas for its dots (`www deal66 com`, breaker round 88): a
// comment is taken down, a draft returned; a government site written so stays allowed.
#[test]
fn links_spelt_with_spaces_or_commas() {
    for body in [
        "便宜货看 www deal66 com",
        "便宜货看 www，deal66，com",
        "便宜货看 ｗｗｗ　ｄｅａｌ６６　ｃｏｍ",
    ] {
        let v = SCREENER.screen(&comment(body));
        assert_eq!(v.route, Route::Takedown, "{body}: {:?}", v.findings);
    }
    assert_draft_routes(
        "便民",
        &["本地便民服务平台：www deal66 com，欢迎使用。"],
        Route::Returned,
    );
    assert_comment_routes(
        &["政策原文见 www gov cn", "网址是 www 这个词的缩写"],
        Route::Publish,
    );
}

// Kind: what the regression helpers of round 88 found the round's new rules took too far. Allow
// context that starts in the term's own clause, or comes before the term, still reads across a
// comma; a real secrecy marker, a church's neighbours, relatives given bacon, a sound new house and
// the web's own words are not what the new terms meant.
#[test]
fn regressions_of_round_88() {
    assert_draft_routes(
        "安全常识",
        &[
            "地震来了，怎么办才能保护好自己？",
            "地震了，往哪里跑才安全？",
            "洪水来了，怎么办才能安全转移？",
        ],
        Route::UnitHead,
    );
    assert_comment_routes(
        &[
            "需要什么材料？我的姓名，请勿公开，谢谢",
            "大家要警惕，刷单就是诈骗",
            "教堂门口那排烂房子拆了没有，挡路",
            "腊肉分给亲戚们尝尝",
            "新房住了两年不漏水，感谢施工队",
            "www，com，cn这些是什么意思？",
            "www、com、net",
            "全县累计建成小水窖8964口",
        ],
        Route::Publish,
    );
    // and what the second regression helper found narrowed too far
    assert_comment_routes(&["点开www、deal66、com领红包"], Route::Takedown);
    assert_comment_routes(&["镇上的清真寺被拆了一半"], Route::Escalate);
    assert_draft_routes(
        "保密教育",
        &[
            "引导党员干部切实守护党和国家机密，筑牢保密防线。",
            "坚决维护党和国家机密安全。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "通知",
        &["本通知涉及党和国家机密，严禁在互联网上传播。"],
        Route::Returned,
    );
    assert_draft_routes(
        "网络发展",
        &["二十多年来，www、com、net等词汇逐渐走进百姓生活。"],
        Route::UnitHead,
    );
}

// Kind: the date written with dots or slashes, or zero-padded (breaker round 88): `1989.6.4`,
// `89.6.4`, `1989/6/4`, `1989年06月04日` write it; a decimal number, a version or another year's
// date does not.
#[test]
fn dates_with_dots_slashes_and_zeros() {
    assert_comment_routes(
        &[
            "1989.6.4，懂的都懂",
            "89.6.4",
            "1989/6/4",
            "永远记住1989年06月04日",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "增长8.964亿元",
            "版本号1.8.9.64",
            "2019.6.4召开会议",
            "成绩89.6分",
        ],
        Route::Publish,
    );
}

// Kinds: leaders, units, appointments, reposters' words and adverts of breaker round 89. The
// county people's congress heads named short (县人大主任), leaders named as a body (县级领导,
// 县四大班子领导), more county units, appointments written without 同志, and reposters' first
// person (本人认为, 窃以为).
#[test]
fn leaders_units_appointments_and_reposters_words_of_round_89() {
    assert_leader_named(&[
        "县人大主任李国华主持会议并讲话。",
        "4月8日，县人大副主任杨光荣带队督查民生实事项目推进情况。",
        "清明期间，县级领导分别带队深入各乡镇督导森林防灭火工作。",
        "县四大班子领导分别带队，深入田间地头督导春耕生产。",
        "县人大常委副主任和建华带队开展执法检查。",
    ]);
    // a body of leaders is the county committee as an organisation here
    assert_draft_routes(
        "工作动态",
        &["在县委领导下，全县脱贫攻坚取得决定性成效。"],
        Route::UnitHead,
    );
    for (body, unit) in [
        ("县委政策研究室围绕乡村振兴开展专题调研。", "县委政策研究室"),
        ("县人防办将在县城组织防空警报试鸣。", "县人民防空办公室"),
        (
            "县直机关工委组织机关党员开展志愿服务活动。",
            "县直属机关工作委员会",
        ),
        (
            "县委党史研究室举办党史学习教育专题报告会。",
            "县委党史研究室",
        ),
    ] {
        let v = SCREENER.screen(&draft("工作动态", body));
        assert_co_reviewed_by(&v, body, unit);
    }
    assert_draft_routes(
        "干部任职",
        &[
            "经研究，王春华不再担任县民政局局长职务。",
            "根据工作需要，李德明同志提任县民政局局长。",
        ],
        Route::PrincipalLeader,
    );
    // a career told is no appointment; nor is 提 before 任何
    assert_draft_routes(
        "人物",
        &[
            "他2008年任县林业局局长，退休后热心公益。",
            "领导要求各单位不得给企业提任何不合理要求。",
        ],
        Route::UnitHead,
    );
    let item = |v: serde_json::Value| Item::from_value(v).unwrap();
    for body in [
        "来源：云南日报\n一季度全省新增城镇就业30万人。本人认为，这是稳就业政策见效的体现。",
        "来源：云南日报\n农村学生膳食补助标准提高。窃以为，学校食堂管理也须同步跟上。",
        "来源：云南日报\n全省推进基层减负工作。个人以为，我县也应该学习。",
        "来源：云南日报\n清明假期全省接待游客超千万人次。\n【广告】维西松茸礼盒热销中。",
    ] {
        let v = SCREENER.screen(&item(serde_json::json!({
            "id": "t", "kind": "draft", "title": "转载", "body": body,
            "account": {"platform": "wechat", "name": "维西发布", "unit": "县融媒体中心"},
            "repost": {"source": "云南日报", "url": "https://yndaily.yunnan.cn/html/2026-04/01/content_2.htm",
                       "original_title": "转载"}})));
        assert_eq!(v.route, Route::Returned, "{body}: {:?}", v.findings);
    }
    assert_draft_routes(
        "特产",
        &[
            "傈僳族特色粽子礼盒现已开放预订，满99包邮。",
            "想购买的朋友扫描下方二维码进群团购，数量有限。",
        ],
        Route::Returned,
    );
}

// Kinds: lexicon gaps of breaker round 89. Counts of fish, power, floor space, earthworks and
// samples are no date; secrecy notes worded 不外传, 严禁上网, 不对外, 密件 and read-by limits are
// markers, a lesson on fixing classification levels is not; mixed numerals and zero-padded dates
// write 六四, a gun model does not; misspelt abuse and gambling; more complaints to forward.
#[test]
fn counts_secrecy_notes_dates_and_abuse_of_round_89() {
    assert_draft_routes(
        "工作动态",
        &[
            "县农业农村局在澜沧江开展增殖放流活动，共投放裂腹鱼苗8964尾。",
            "攀天阁乡村级光伏电站本月发电8964度，收益全部用于公益岗位补贴。",
            "工业园区新建标准化厂房8964平米，已有3家企业签约入驻。",
            "项目已完成土石方开挖8964方，修复灌溉沟渠1200延米。",
            "今年全县共办理结婚登记8964对。",
            "县公安局组织民警开展六四式手枪实弹射击训练。",
            "县保密局开展定密工作培训，讲解密级确定的程序和保密期限的计算方法。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "通报",
        &[
            "县脱贫攻坚成果巩固推进会会议纪要\n本纪要不外传，请各单位妥善保管。",
            "关于全县信访积案化解情况的通报（此件严禁上网）",
            "县城总体规划修编方案（征求意见稿）（此件不对外）",
            "此件为密件，请专人传阅。",
            "本通知仅限各乡镇党委书记阅，请结合实际抓好落实。",
        ],
        Route::Returned,
    );
    // a family recipe kept in the family is no secrecy note
    assert_draft_routes("非遗", &["这道菜的祖传秘方不外传。"], Route::UnitHead);
    assert_comment_routes(
        &[
            "纪念陆四事件，勿忘历史",
            "1989-06-04，这个日子永远不能忘记",
            "天安门屠杀的真相被掩盖了",
            "网络睹博，稳赚不赔，想玩的私聊",
            "澳门葡亰线上娱乐",
            "拉圾政府，老百姓的事从来不管",
            "杀千刀的村干部，把我家的补助都扣了",
            "脑瘫小编，这种东西也好意思发出来",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &["我们小区有文明养狗管理规范", "楼下那家的狗管不管？"],
        Route::Publish,
    );
    assert_forwarded(&[
        (
            "我们村已经停了半个月的电了，打电话都没人管",
            "县工业和信息化局",
        ),
        ("山上养殖场的污水直接流进澜沧江", "县生态环境局"),
        ("河里全是死鱼，不知道上游排了什么东西", "县生态环境局"),
        ("我家承包的土地被村委会收回去修停车场了", "县农业农村局"),
    ]);
}

// Kind: an emergency's word in a field exercise, a contest's events, a chronicle's record, a
// design standard, a science fact or a figure of speech is no event (breaker round 89).
#[test]
fn exercises_chronicles_and_standards_are_no_emergencies_of_round_89() {
    assert_draft_routes(
        "应急",
        &[
            "本次应急拉练设置了山体滑坡阻断道路、车辆被困等课目，检验各救援队伍的协同能力。",
            "演练假定我县发生6.0级地震，县城多处房屋倒塌，各救援队伍迅速集结开展处置。",
            "县消防救援大队举行技能比武，比武科目包括高层建筑火灾扑救和绳索救援。",
            "县应急管理局拟于5月12日组织开展泥石流灾害避险转移实战拉练，请沿线群众不要惊慌。",
            "据《维西县志》记载，清光绪年间维西曾发生强烈地震，县城房屋多有损毁。",
            "县城段防洪堤按二十年一遇洪水标准建设，全长3.2公里。",
            "可燃物的温度达到着火点才会燃烧，白磷的着火点只有40℃左右。",
            "祖祖辈辈被困在大山里的傈僳族群众，如今住进了新房。",
            "纪念馆陈列着红军长征途中遇难战士的遗物。",
        ],
        Route::UnitHead,
    );
    // a newspaper cited tells news, and so do an event during a contest, a rescue of a field
    // exercise's people, a fire's seat found and a flood over its design level
    assert_draft_routes(
        "转发",
        &[
            "据《云南日报》报道，维西发生5.0级地震，县城房屋多有损毁。",
            "《维西县志》编纂办公室所在的老档案楼发生火灾。",
            "比武进行到第三个科目时，隔壁仓库突发火灾。",
            "昨日被困山中的12名拉练学生已全部获救。",
            "消防员迅速找到着火点，火势得到控制。",
            "澜沧江水位已超过五十年一遇洪水标准，沿江群众紧急转移。",
        ],
        Route::CountyOffice,
    );
}

// Kind: villagers' names after a label (breaker round 89). A name does not run on into a word
// opened by 经 (经抢救, 经常); the Naxi surname 和 and two given characters that segmentation
// reads as one person's name are a name before a preposition (经过); a wedding's couple is named by
// 新郎 and 新娘; a name before an office is an official's.
#[test]
fn villager_names_of_round_89() {
    for (body, want) in [
        (
            "患者余强经抢救已脱离生命危险。",
            "患者余某经抢救已脱离生命危险。",
        ),
        ("村民杨刚经常来帮忙。", "村民杨某经常来帮忙。"),
        (
            "患者和志强经过40天治疗，已康复出院。",
            "患者和某某经过40天治疗，已康复出院。",
        ),
        (
            "群众李娟经介绍来到合作社务工。",
            "群众李某经介绍来到合作社务工。",
        ),
        (
            "新郎和志刚、新娘余春梅在村里举办了一场简朴的婚礼。",
            "新郎和某某、新娘余某某在村里举办了一场简朴的婚礼。",
        ),
        // words stay
        ("村民高兴地说今年收成好。", "村民高兴地说今年收成好。"),
        (
            "游客和村民一起跳起了阿尺木刮。",
            "游客和村民一起跳起了阿尺木刮。",
        ),
        ("新郎官来了，新娘子也到了。", "新郎官来了，新娘子也到了。"),
        ("新娘方亲友也赶来祝贺。", "新娘方亲友也赶来祝贺。"),
        // an official named before the office
        ("新郎和秀英镇长合影留念。", "新郎和秀英镇长合影留念。"),
        (
            "村民和永宁乡的亲戚一起来了。",
            "村民和永宁乡的亲戚一起来了。",
        ),
    ] {
        let v = SCREENER.screen(&draft("工作动态", body));
        assert_eq!(v.deidentified.body, want, "{:?}", v.findings);
    }
}

// Kind: ad links (第七条, breaker round 89). A WeChat mini program's link is a link on no list: a
// reviewer checks it in a draft, a comment's is taken down; sales wording after a link, or 好物
// before it, makes it an advert's.
#[test]
fn mini_program_links_and_sales_around_links_of_round_89() {
    assert_draft_routes(
        "特产",
        &[
            "维西松茸新鲜上市，#小程序://维西好物/k8Xd2a 直接下单。",
            "更多好物请戳：https://mall.weixisc.com/item/88",
        ],
        Route::Returned,
    );
    assert_draft_routes(
        "办事指南",
        &["医保电子凭证可通过#小程序://国家医保服务平台/abc 申领。"],
        Route::DeputyLeader,
    );
    let body = "#小程序://好物优选/Xk2d9a 点开就能买，比超市便宜一半";
    let v = SCREENER.screen(&comment(body));
    assert_eq!(v.route, Route::Takedown);
    assert_eq!(
        body_spans(&v, "link.unlisted"),
        [span(body, "#小程序://好物优选/Xk2d9a")]
    );
}

// Kinds of breaker round 90 (netizen comments and government replies). Dialect and homophone abuse;
// scaffolding collapses, rabies deaths and molestation reported; gatherings, buses in ditches, mass
// vomiting and leaks with evacuations are emergencies; more complaints forwarded; a rule a reply
// quotes names no event; secrecy notes of sensitive copies; a person met 本人 is masked.
#[test]
fn comments_and_replies_of_round_90() {
    assert_comment_routes(
        &[
            "哈麻批，办个证跑了八趟还没办下来",
            "特么的，你们这帮当官的啥也不干",
            "傻鸟政府，就知道收钱",
            "你们这群🐷，只会吃吃喝喝",
            "小编是不是智障？这种东西也往上发",
            "要减肥的扫码，二维码在我主页，一个月瘦二十斤",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "工业园区那个工地的脚手架塌了，压住了好几个工人",
            "我们村有人被狗咬了，得狂犬病死了，狗还在村里跑",
            "叶枝镇中心学校有老师猥亵女学生，家长都在学校门口闹",
            "今天上午县政府门口聚了好几百人，警车也来了",
            "214国道那边一辆大巴掉沟里了，救护车来了好几辆",
        ],
        Route::Escalate,
    );
    assert_forwarded(&[
        ("据说这次提拔的几个局长都是花钱买的官", "县纪委监委"),
        ("造纸厂的水放到江里，鱼都翻白肚漂起来了", "县生态环境局"),
        (
            "菜市场卖猪肉的秤都有问题，买一斤回家一称少二两",
            "县市场监督管理局",
        ),
    ]);
    assert_draft_routes(
        "答复",
        &[
            "您好！根据《机动车驾驶员培训管理规定》，学员在学习驾驶中造成交通事故的，由教练员承担责任。",
            "您好！依照《工伤保险条例》第十四条，职工受到非本人主要责任的交通事故伤害的，应当认定为工伤。",
            "根据规定，用人单位应当为职工办理工伤保险，职工因工伤亡的，按规定享受工伤保险待遇。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "答复",
        &[
            "经核实，5月8日晚，该店20余名就餐人员陆续出现腹痛、呕吐症状，已全部送医救治。",
            "经核实，园区一家企业的储罐阀门发生泄漏，周边300余名群众已紧急疏散。",
            "经核实，白济汛乡一名村民在自家核桃地里被黑熊抓伤面部。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes("答复", &["您好！本件为敏感件，请勿上网。"], Route::Returned);
    let v = SCREENER.screen(&draft("答复", "工作人员上门与和志刚本人见面，核实了情况。"));
    assert_eq!(
        v.deidentified.body,
        "工作人员上门与和某某本人见面，核实了情况。"
    );
    // what the rules of this round leave alone: an official in person, a festive crowd, first
    // aid, a child's health asked about, a notice on running the accounts; and a rule quoted
    // beside an event that happened still reports it
    assert_routine_unchanged(&[
        "乡长李红军本人到现场督导。",
        "每晚广场上都聚集了上百人跳广场舞。",
        "被黑熊抓伤后应立即用清水冲洗伤口。",
        "各单位请勿在政务新媒体上发布与政务无关的内容。",
    ]);
    assert_comment_routes(
        &["我家孩子三岁了还不会说话，是不是智障啊？去哪里可以做检查？"],
        Route::Publish,
    );
    assert_draft_routes(
        "答复",
        &["根据规定，8月3日泥石流灾害造成房屋损毁的，由乡镇统一登记上报。"],
        Route::CountyOffice,
    );
}

/// Round 91 (variants of the dev kinds written as a hidden set would be): events, secrecy notes,
/// abuse, separatist stances and complaints worded plainly; rules of eligibility and first aid
/// taught; names before a one-character verb; a home after `家在` or a bare `地址`.
#[test]
fn plain_wordings_and_rules_of_eligibility_of_round_91() {
    assert_draft_routes(
        "动态",
        &[
            "昨日傍晚，城北一处民房被烧毁，所幸无人员受伤。",
            "今日下午，县城一加油站发生燃爆，现场浓烟滚滚。",
        ],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "通知",
        &[
            "（本文件严禁上网）关于做好春耕生产工作的通知",
            "此件不得在网上公开。关于做好春耕生产工作的通知",
        ],
        Route::Returned,
    );
    assert_comment_routes(
        &[
            "滚！你们这群败类",
            "贪官污吏，都该拉出去枪毙",
            "狗屁政策，一点用都没有",
            "共产党早晚要完蛋",
            "台湾是一个独立国家",
            "达赖喇嘛是我们的精神领袖",
        ],
        Route::Takedown,
    );
    assert_comment_routes(&["有个孩子在河边玩水不见了"], Route::Escalate);
    assert_forwarded(&[
        ("山上有人乱砍树，一车一车往外拉", "县林业和草原局"),
        ("乡政府的人办事要收红包，不给就拖着", "县纪委监委"),
        ("学校食堂的饭菜有虫子，孩子都不敢吃", "县市场监督管理局"),
    ]);
    // what stays: a policy's condition, a course's first aid, a crowd's mood, a ring gone missing,
    // a report naming the corrupt, a document's rule on secret files
    assert_routine_unchanged(&[
        "因地震、洪涝等自然灾害造成房屋倒损的农户，可按规定申请恢复重建补助。",
        "参保人员因交通事故产生的医疗费用，依法应由第三人负担的，医保基金不予支付。",
        // the regression helper of round 91: culture, history, an appliance, a secrecy rule, a
        // notice of shops
        "“欢乐维西”广场舞大赛燃爆全场。",
        "抗日战争时期，村里的老祠堂被烧毁。",
        "县保密局提醒：涉密文件严禁上网，不得在网上传输、存储。",
        "全县新增3家定点药店，1家在保和镇文化路15号，2家在塔城镇启别村3组。",
        // and the second helper's: the months of a fire season, a cause with 引起, a notice's
        // readers by where they live, a history of burnt houses
        "每年3月至5月违规野外用火造成森林火灾的，依法从重处罚。",
        "因上坟烧纸引起森林火灾的，将依法追究责任。",
        "停水通知：家在保和镇文化路1号至30号的用户请提前储水。",
        "抗战时期，村里的民房大多被烧毁。",
    ]);
    assert_comment_routes(
        &[
            "这场演出太炸了，现场气氛爆炸",
            "客户说一枚戒指不见了，请帮忙查一下",
            "孩子的玩具不见了，谁捡到了联系我",
            "恳请政府彻查潜伏在基层的蛀虫",
            "你们这次抓的蛀虫真是大快人心",
            "公安机关打掉了一群败类",
            "爷爷说解放前土匪抓了人就拉出去枪毙",
            "没有共产党的领导我们村早就完蛋了",
            "所谓台湾是独立国家的说法根本站不住脚",
            "现在村里没人乱砍树了",
            "谁也不敢乱砍树",
            "乡政府办事从不收红包",
            "过年走亲戚要收红包，不给红包就不让进门",
            "村委会地址在叶枝镇同乐村5组吗？",
            "小狗在广场玩耍时不见了，谁看到了告诉我",
            "我家的布娃娃不见了",
            "西方媒体天天说共产党要完蛋，结果越来越强",
            "达赖喇嘛不是什么精神领袖，就是个分裂分子",
        ],
        Route::Publish,
    );
    // an event of a time or a place, in a condition, is still an event; and so is a cause told
    // with 因 before what was then done
    assert_draft_routes(
        "答复",
        &[
            "今年因山洪受灾的群众，可申请临时救助。",
            "上周因山洪受灾的群众，可到乡政府申请临时救助。",
            "因叶枝镇泥石流房屋倒塌的农户，可按规定申请补助。",
            "因山洪房屋被冲毁的，由乡政府统一安排临时住所。",
            "今日下午，一名小学生溺水送医急救，目前仍在抢救中。",
        ],
        Route::CountyOffice,
    );
    for (body, masked) in [
        ("村民李文才养了30头牛。", "村民李某某养了30头牛。"),
        ("村民和秀英种了10亩花椒。", "村民和某某种了10亩花椒。"),
        (
            "村民和丽芳种了10亩花椒。和丽芳告诉记者，今年收入增加了不少。",
            "村民和某某种了10亩花椒。和某某告诉记者，今年收入增加了不少。",
        ),
    ] {
        assert_eq!(
            SCREENER.screen(&draft("动态", body)).deidentified.body,
            masked
        );
    }
    // a leader named by surname inside the title (时 too), not a former one, one of the county's
    // history or a neighbouring county's
    assert_leader_named(&[
        "县委杨书记到维登乡督导春耕生产工作。",
        "县政协和主席一行到塔城镇调研。",
        "县委时书记到维登乡督导春耕生产工作。",
    ]);
    assert_routine_unchanged(&[
        "县委原书记的回忆录出版了。",
        "原县委杨书记回忆了当年修路的往事。",
        "解放初期，县委杨书记带领群众修建水渠。",
        "邻县县委王书记一行到我县考察交流。",
    ]);
    // the honoured old leader of a profile (breaker round 93); a serving leader who won an award
    // is still named by it
    assert_no_leader_named(&["老县长今年已经90岁了，仍关心家乡发展。"]);
    assert_leader_named(&["我县的全国优秀县委书记杨建华今天到塔城镇调研。"]);
    let v = SCREENER.screen(&draft(
        "答复",
        "2017年3月10日，原县委常委、政法委书记彭兵小和副县长欧阳春国在信访局接待群众。",
    ));
    assert_eq!(v.co_review, ["副县长"], "{:?}", v.findings);
    // and a conjunction before two nouns is still no name
    assert_routine_unchanged(&["村民和学子聊了一下午。", "村民和干部都笑了。"]);
    for (body, masked) in [
        (
            "家在保和镇文化路15号，停水三天了",
            "家在保和镇＊＊＊**＊，停水三天了",
        ),
        ("大家在保和镇文化路15号集合", "大家在保和镇文化路15号集合"),
        (
            "村委会地址在叶枝镇同乐村5组吗？",
            "村委会地址在叶枝镇同乐村5组吗？",
        ),
        (
            "便民服务点地址保和镇文化路15号3单元",
            "便民服务点地址保和镇文化路15号3单元",
        ),
    ] {
        assert_eq!(SCREENER.screen(&comment(body)).deidentified.body, masked);
    }
}

/// Round 91's comment section (helper b9: 50 comments as a county account gets them, 35 passed
/// before): threats with a knife or a fire, someone gone up the mountain and not back, and
/// complaints worded as people talk (roads not mended, a doctor's manner, a work injury not
/// reported, departments passing a matter back and forth, subsidies given to relatives).
#[test]
fn comment_section_of_round_91() {
    assert_comment_routes(
        &[
            "再不给钱老子拿刀去乡政府砍人，说到做到",
            "信不信我一把火把你们办公楼点了",
            "我要一把火把乡政府烧了",
            "我要杀了你们",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "我家老人昨天上山捡菌子到现在还没回来，电话也打不通，求大家帮忙找找",
            "我妈上山采药一夜未归，求帮忙找找",
        ],
        Route::Escalate,
    );
    assert_forwarded(&[
        (
            "我们村到乡上的路烂了两年了，一下雨车根本过不去，咋个还不修嘛",
            "县交通运输局",
        ),
        ("县医院挂个号排半天，医生态度还差得很", "县卫生健康局"),
        (
            "在工地上摔伤了腿，老板不给报工伤，劳动监察大队打电话也没人接",
            "县人力资源和社会保障局",
        ),
        (
            "养老保险交了十几年，现在说转不过来，社保局和乡上推来推去",
            "县纪委监委",
        ),
        (
            "低保都被村干部评给自家亲戚了，真正困难的户评不上",
            "县民政局",
        ),
    ]);
    // and what the regression helper of these terms found they took: the torch festival, the
    // new-year pig, a flash sale, cattle not back yet, children and grandparents at home
    assert_comment_routes(
        &[
            "我们上山采了好多菌子，晚上回来炒了一大盘",
            "现在路修好了，下雨也不怕了",
            "火把节晚上，大家用一把火把篝火点了",
            "年猪杀了你们都来吃杀猪饭啊",
            "双十一秒杀了你们家的松茸，品质很好",
            "我爸上午上山放牛了还没回来，等他回来我问问再回复你们",
            "小朋友在滑梯上推来推去，家长要看好",
            "我家老头子天天喝酒打麻将，身体越来越差",
        ],
        Route::Publish,
    );
    assert_draft_routes(
        "提醒",
        &["如家人上山捡菌子到天黑还没回来，请立即拨打110求助。"],
        Route::UnitHead,
    );
}

// Kind: breaker round 92, disasters and group illness told by their impact in a draft (第四条第二款):
// a forest fire, a rainstorm that struck or cut roads, a drought leaving people short of water,
// snow stranding vehicles, pupils vomiting after a meal, residents with diarrhoea. Forecasts,
// prevention, history and achievements keep the words without an event.
#[test]
fn disasters_told_by_impact_of_round_92() {
    for (body, hit) in [
        ("维登乡发生森林大火，过火面积约200亩。", "森林大火"),
        ("我县发生特大暴雨，多个乡镇受灾严重。", "发生特大暴雨"),
        ("永春乡遭受暴雨袭击，多处房屋受损。", "遭受暴雨袭击"),
        (
            "6月12日，康普乡遭受强降雨袭击，多处农田被淹。",
            "遭受强降雨袭击",
        ),
        ("暴雨致康普乡多处道路中断。", "暴雨致康普乡多处道路中断"),
        ("暴雨导致巴迪乡通信中断。", "暴雨导致巴迪乡通信中断"),
        ("连日干旱，全县12万人饮水困难。", "连日干旱"),
        (
            "受暴雪影响，白马雪山段道路封闭，大量车辆滞留。",
            "大量车辆滞留",
        ),
        ("暴雪导致德维公路200余辆车滞留。", "200余辆车滞留"),
        (
            "多名学生在保和镇一小食用午餐后出现呕吐症状，已送医治疗。",
            "多名学生在保和镇一小食用午餐后出现呕吐",
        ),
        (
            "12名学生在学校食堂用餐后陆续出现呕吐、腹痛。",
            "12名学生在学校食堂用餐后陆续出现呕吐",
        ),
        ("县城自来水出现异味，部分居民出现腹泻。", "部分居民出现腹泻"),
    ] {
        let v = SCREENER.screen(&draft("情况通报", body));
        assert_eq!(v.route, Route::CountyOffice, "{body}: {:?}", v.findings);
        assert!(
            body_spans(&v, "lexicon.emergency").contains(&span(body, hit)),
            "{body}: {:?}",
            v.findings
        );
    }
    assert_draft_routes(
        "提示",
        &[
            "预计未来24小时我县有大到暴雨，局部特大暴雨，请注意防范。",
            "强降雨可能导致道路中断、山洪等灾害，请群众注意防范。",
            "暴雨易造成道路中断，请谨慎出行。",
            "气象台预计将有暴雨袭击我县北部。",
            "通村公路硬化，结束了道路中断的历史。",
            "今年共解决了12万人饮水困难问题。",
            "食用后出现呕吐、腹泻的，请立即就医。",
            "学生出现腹泻等症状的，应及时就医。",
            "各乡镇要做好防汛准备，防范暴雨致道路中断。",
            "对受灾严重的乡镇给予倾斜。",
            "暴雪天气请避免车辆滞留在山区路段。",
            "预防森林大火，人人有责。",
            "该村气候干旱，年降雨量不足500毫米。",
        ],
        Route::UnitHead,
    );
}

// Kind: breaker round 92, major sensitive or county-wide matters in a draft (第九条): an appointment
// as deputy county head, closing schools, moving the county seat, religious venues, the
// institutional reform plan approved. A school merged long ago, a reply citing the reform plan
// and a move of households in the county town stay with the unit head.
#[test]
fn major_matters_of_round_92() {
    assert_draft_routes(
        "通知",
        &[
            "县人大常委会任命余文光为副县长。",
            "县政府决定，自2026年9月起撤并12所村级小学。",
            "根据布局调整规划，将撤并塔城镇3所教学点。",
            "经研究，维西县城将整体搬迁至保和镇新区。",
            "县委统战部到寺院开展民族团结进寺院活动。",
            "县委统战部干部深入寺院走访。",
            "全县机构改革方案已经州委批准，将于下月实施。",
        ],
        Route::PrincipalLeader,
    );
    assert_draft_routes(
        "答复",
        &[
            "该校已撤并入到长工实验学校，所以该区域学生就近入学。",
            "按照我县政府机构改革方案，原民政医疗救助职能将划转到县医疗保障局。",
            "县城棚户区改造项目涉及居民搬迁120户。",
            "县城老旧小区居民迁往安置区。",
            "寺院依山而建，游客可以登高远眺。",
            // (regression helper of round 92: a visitors' notice, an achievement)
            "游客进寺院请勿拍照。",
            "去年以来，全县累计解决了1.2万人临时饮水困难问题。",
        ],
        Route::UnitHead,
    );
}

// Kind: breaker round 92, comments (第十条): rumoured reshuffles, school closures, the county seat
// moving and temples expanded are escalated; fares and
// prices gouged and street stalls on the road are forwarded to their department. A netizen's
// praise of a temple, a denial and words about a group of fools or corrupt officials keep their
// route.
#[test]
fn comments_of_round_92() {
    assert_comment_routes(
        &[
            "听说新来的县长是从州里调来的，要换一批局长了",
            "听说县长要调走了，是真的吗",
            "县里要撤并学校，我们不同意",
            "县里是不是要搬迁县城了？",
            "听说县城要搬到保和镇去",
            "他们村的喇嘛庙要扩建，政府管不管",
            "村里有人私建寺庙，没人管吗",
        ],
        Route::Escalate,
    );
    assert_forwarded(&[
        ("康普乡到县城的班车票价乱涨，一张票涨了20块", "县交通运输局"),
        ("过年了车票又涨了，从叶枝到县城要80", "县交通运输局"),
        ("超市里的蔬菜乱涨价，没人管吗", "县市场监督管理局"),
        ("乡政府门口天天有人摆摊占道，没人管", "县综合行政执法局"),
        ("菜市场外面占道经营，车都过不去", "县综合行政执法局"),
    ]);
    assert_comment_routes(
        &[
            "这座寺院真漂亮",
            "我们老百姓又不都是傻子",
            // (regression helper of round 92: blanket words of a group were taken back, as they
            // took down complaints and warnings against fraud; an idiom of change)
            "这些骗子把老人当成一群傻子来骗，大家小心",
            "《人民的名义》里一群贪官被抓了，大快人心",
            "球队大换血，新赛季加油",
            "这几天河水乱涨，住河边的注意安全",
            "不要以为当官的都是贪官，大部分还是好的",
        ],
        Route::Publish,
    );
}

// Kind: breaker round 92's regression helper: a hazard said to be frequent still escalates when
// the comment tells of an event with it, or counts victims; people who fight keep their incident.
// (A rule publishing `交通事故多，应该装红绿灯` was tried and taken back: it hid the events told
// right after the frequency.)
#[test]
fn frequent_hazards_of_round_92() {
    assert_comment_routes(
        &[
            "这个弯道经常发生交通事故，刚刚又翻了一辆车，司机还卡在里面",
            "最近地震多，房子都裂了",
            "塔城经常发生泥石流，现在路断了，车都过不去",
            "这次地震伤亡很多，太惨了",
            "那个路口车祸多，今天又撞死一个人",
            "这条路经常出车祸，刚才又翻了一辆车，有人受伤了",
            "班级经常打架，我孩子也被打过",
            "路口刚刚发生交通事故，有人受伤了",
        ],
        Route::Escalate,
    );
}

// Kind: breaker round 92, a reposter's exhortation (`强烈建议大家转发`) or the account's own comment
// (`维西发布评：`, `小编评：`) in a repost is personal opinion (第七条): returned. The outlet's own
// column (`人民网评：`) is the original's.
#[test]
fn reposter_comments_of_round_92() {
    let repost = |body: &str| xinhua_repost("多地出台新政", body);
    for (body, marker) in [
        (
            "来源：新华网\n多地出台新政支持农业发展。强烈建议大家转发！",
            "建议大家转发",
        ),
        (
            "来源：新华网\n多地出台新政支持农业发展。维西发布评：好政策要落到实处。",
            "发布评：",
        ),
        (
            "来源：新华网\n多地出台新政。小编评：这是实打实的好事。",
            "小编评",
        ),
        (
            "来源：新华网\n多地出台新政。强烈推荐大家看看。",
            "强烈推荐大家",
        ),
    ] {
        assert_opinion_returned(&repost(body), marker);
    }
    let v = SCREENER.screen(&repost("来源：新华网\n人民网评：好政策要落到实处。"));
    assert_eq!(v.route, Route::UnitHead, "{:?}", v.findings);
}

// Kind: breaker round 93, common insults in a comment (第十条): 贱人, 狗奴才, 猪狗不如, and an
// insult joined to the government or its officials (流氓政府, 黑社会政府, 土匪政府, 领导都是败类)
// are taken down. Bare 败类, 流氓 and 黑社会 are not: news calls the corrupt 党的败类, and
// complaints say the management company hired 黑社会 (forwarded, not deleted).
#[test]
fn insults_and_officials_called_names_of_round_93() {
    assert_comment_routes(
        &[
            "这些当官的都是贱人",
            "你们这些狗奴才",
            "流氓政府，不得民心",
            "县里的领导都是败类",
            "猪狗不如的东西",
            "黑社会政府，强拆我家",
            "土匪政府，抢我们的地",
            "镇政府就是黑社会",
            "当官的都是流氓",
            "禽兽不如的干部",
        ],
        Route::Takedown,
    );
    assert_comment_routes(
        &[
            "腐败分子是党的败类，必须严惩",
            "勿再让保安队伍中的少数败类给医院抹黑",
            "这跟黑社会上门收保护费有什么区别",
            "我们不是政府的奴才",
            "那个流氓又来骚扰我们了",
        ],
        Route::Publish,
    );
    assert_draft_routes(
        "通报",
        &[
            "腐败分子是党的败类，必须严惩。",
            "扫黑除恶：彻底铲除黑社会性质组织。",
        ],
        Route::UnitHead,
    );
}

// Kind: breaker round 93, complaints in plain words forwarded to their department (第十条):
// drinking water that smells, a factory's exhaust, illegal building the city inspectors ignore, a
// new road broken within a year. Water said to be fine, a standard asked about and thanks stay
// published.
#[test]
fn plain_complaints_of_round_93() {
    assert_forwarded(&[
        ("我们村的饮用水有异味，喝了不放心", "县水务局"),
        ("村里的饮用水浑浊发黄，没法喝", "县水务局"),
        ("井水有异味，是不是被污染了", "县水务局"),
        ("化工厂排放的废气呛得人喘不过气", "县生态环境局"),
        ("工厂废气刺鼻，晚上不敢开窗", "县生态环境局"),
        ("隔壁邻居违建三层楼，城管也不管", "县综合行政执法局"),
        ("小区一楼私搭乱建，没人管", "县综合行政执法局"),
        ("这条路修了不到一年就坏了，质量太差", "县交通运输局"),
        ("新修的公路不到半年就烂了", "县交通运输局"),
    ]);
    assert_comment_routes(
        &[
            "饮用水没有异味了，谢谢水务局",
            "饮用水安全知识宣传进村",
            "汽车废气排放标准是什么",
            "城管同志辛苦了",
            "城管叔叔不管刮风下雨都坚守岗位",
            "这条路修了三年都没坏",
            // a router is no road (regression helper of round 93)
            "路由器买了三天就坏了",
        ],
        Route::Publish,
    );
}

// Kind: breaker round 93, a document's distribution and control notes return the draft (保密关):
// 此件发至 named posts (书记, 主要负责同志; not a level, 此件发至乡镇级, which published
// documents carry too), 阅后请收回, 不得复印. A rule that keeps something else back until an event
// (评标委员会成员名单在中标结果确定前不得公开) and a reminder not to pass on other people's data
// (请勿外传他人身份证照片) are no marks; the document's own embargo still is.
#[test]
fn distribution_and_control_notes_of_round_93() {
    for (body, mark) in [
        ("本通知阅后请收回，不得复印。", "阅后请收回"),
        ("本材料阅后收回。", "阅后收回"),
        (
            "（此件发至乡镇党委书记）\n关于做好节日期间维稳工作的通知",
            "此件发至乡镇党委书记",
        ),
        (
            "（此件发至各乡镇主要负责同志）",
            "此件发至各乡镇主要负责同志",
        ),
        ("会议材料阅后销毁。", "阅后销毁"),
        // regression of round 93: a bare 请勿外传他人 is the document's own note again
        ("本通知仅供参会人员学习，请勿外传他人。", "请勿外传"),
        ("会议材料请妥善保管，不得外传他人。", "不得外传"),
        ("本方案在正式印发前不得公开。", "不得公开"),
        ("本通知请勿外传。", "请勿外传"),
    ] {
        let v = SCREENER.screen(&draft("通知", body));
        assert_eq!(v.route, Route::Returned, "{body}: {:?}", v.findings);
        assert!(
            body_spans(&v, "lexicon.secrecy").contains(&span(body, mark)),
            "{body}: {:?}",
            v.findings
        );
    }
    assert_draft_routes(
        "通知",
        &[
            "根据规定，评标委员会成员名单在中标结果确定前不得公开。",
            "考试成绩在揭晓前不得公开。",
            "个人信息属于隐私，请勿外传他人身份证照片。",
            "个人信息属于隐私，不得外传他人身份证号码。",
            "收到的短信验证码请勿外传。",
            "填好后请将此件发至县政府办公室邮箱。",
            // a distribution by level is on published documents too
            "本决定自印发之日起施行。（此件发至乡镇级）",
            "此件发至各乡镇党委、政府，各部门。",
            // regression of round 93: libraries, archives and copyright notes forbid copying too
            "本馆古籍善本仅供馆内阅览，不得复印、拍照。",
            "涉及个人隐私的档案不得复印。",
            "本书受著作权法保护，未经许可不得复印、转载。",
            "过期报刊阅后请退回服务台。",
        ],
        Route::UnitHead,
    );
}

// Kind: breaker round 93, contact apps in slang (加绿泡泡 for WeChat, 加企鹅 for QQ, 加wx) and
// typing jobs (兼职打字员, which jieba keeps as one word so that 兼职打字 cut across it) in a
// comment are adverts (第七条). A visit to a penguin hall and a real job notice are not.
#[test]
fn contact_slang_and_typing_jobs_of_round_93() {
    for (body, hit) in [
        ("需要的加绿泡泡 ws8866，松茸现货", "加绿泡泡"),
        ("加企鹅 12345678 详聊，一手货源", "加企鹅"),
        ("兼职打字员，一单一结，有意加我", "兼职打字员"),
        ("加wx详聊，价格美丽", "加wx"),
        ("招手机打字员，日结", "手机打字员"),
    ] {
        let v = SCREENER.screen(&comment(body));
        assert_eq!(v.route, Route::Takedown, "{body}: {:?}", v.findings);
        assert!(
            body_spans(&v, "lexicon.ad").contains(&span(body, hit)),
            "{body}: {:?}",
            v.findings
        );
    }
    assert_comment_routes(
        &[
            "带孩子去参加企鹅馆的活动",
            "县档案馆招聘打字员一名",
            // regression of round 93: a real job, and a zoo's penguins
            "我在县政务大厅当网络打字员，工作很充实",
            "建议再加企鹅馆的开放时间",
            "海洋馆能不能再加企鹅表演的场次",
        ],
        Route::Publish,
    );
}

// Kind: breaker round 93, terms a word holds by segmentation or by a weekday: 法会 in 立法会
// (a legislature), 约炮 across 隐约|炮声 (it matched as a substring; now by word, with 约炮群 and
// 约炮友 written whole), 六4 after 周六 (a time). The terms themselves still hit.
#[test]
fn words_and_times_holding_a_term_of_round_93() {
    for (body, rule, term) in [
        (
            "香港特区第八届立法会选举顺利举行。",
            "lexicon.major",
            "法会",
        ),
        (
            "远处隐约炮声隆隆，革命先辈在此浴血奋战。",
            "lexicon.illegal",
            "约炮",
        ),
        ("大约炮响了三声，队伍出发。", "lexicon.illegal", "约炮"),
    ] {
        let v = SCREENER.screen(&draft("工作动态", body));
        assert_eq!(v.route, Route::UnitHead, "{body}: {:?}", v.findings);
        assert!(
            body_spans(&v, rule).is_empty(),
            "{body} ({term}): {:?}",
            v.findings
        );
    }
    assert_draft_routes("工作动态", &["寺院举办祈福法会。"], Route::PrincipalLeader);
    assert_comment_routes(
        &[
            "活动定于本周六4点开始",
            "星期六4点在村委会集合",
            "正月初六4点开始舞龙",
        ],
        Route::Publish,
    );
    assert_comment_routes(
        &[
            "同城约炮群，加我",
            "同城约炮友",
            "想约炮的私聊",
            "纪念六4",
            "六4点蜡烛",
        ],
        Route::Takedown,
    );
}

// Kind: breaker round 93, a reposter's first-person or exclamatory addition in a repost is personal
// opinion (第七条): 我举双手支持, 说真的，, 真是一个好消息. The original's reported speech
// (与会代表表示很受鼓舞, 村民们对这项政策举双手赞成, 希望我们的干部, a leader's 我们县也能…) is
// not; none of the markers hits a People's Daily paragraph reposted whole.
#[test]
fn reposters_first_person_words_of_round_93() {
    let repost = |body: &str| xinhua_repost("全省春耕生产全面展开", body);
    for (body, marker) in [
        (
            "来源：新华网\n全省春耕生产全面展开。这政策我举双手支持！",
            "我举双手",
        ),
        (
            "来源：新华网\n全省春耕生产全面展开。说真的，看完很受鼓舞。",
            "说真的",
        ),
        (
            "来源：新华网\n全省春耕生产全面展开。真是一个好消息！",
            "真是一个好消息",
        ),
    ] {
        assert_opinion_returned(&repost(body), marker);
    }
    for body in [
        "来源：新华网\n全省春耕生产全面展开，与会代表表示很受鼓舞。",
        "来源：新华网\n村民们纷纷表示，对这项政策举双手赞成。",
        "来源：新华网\n他说，希望我们的干部多下基层。",
        "来源：新华网\n兰坪县委书记说，我们县也能抓住机遇。",
        "来源：新华网\n“说真的，我们以前想都不敢想。”村民老李说。",
    ] {
        let v = SCREENER.screen(&repost(body));
        assert_eq!(v.route, Route::UnitHead, "{body}: {:?}", v.findings);
    }
}

// Kind: breaker round 93, emergencies a draft names in words the lists lacked (第四条第二款): a fall
// to death, lives lost, people in danger, a breached levee, ground collapsing, a landslide told
// with 出现, a tornado, a strike, weather disasters that struck. Things that "strike" (a lamp, a
// gate), a business's slump, forecasts and prevention keep the words without an event.
#[test]
fn emergencies_of_round_93() {
    for (body, hit) in [
        (
            "康普乡一处山体出现滑坡，相关部门已赶赴现场。",
            "山体出现滑坡",
        ),
        ("一名工人从脚手架坠亡，事故原因正在调查。", "坠亡"),
        ("事故造成2人丧生。", "丧生"),
        ("10名游客在白马雪山遇险，已全部获救。", "遇险"),
        ("澜沧江支流河堤决口，下游村庄受到威胁。", "决口"),
        ("村中突然出现地面塌陷，已设置警戒。", "地面塌陷"),
        ("我县巴迪乡遭遇龙卷风，多间房屋受损。", "龙卷风"),
        ("县城出租车司机集体罢工，要求降低管理费。", "集体罢工"),
        ("县城出租车昨日罢运。", "罢运"),
        ("我县遭受暴雪灾害，多条道路结冰。", "暴雪灾害"),
        ("受低温雨雪冰冻灾害影响，部分乡镇电力中断。", "冰冻灾害"),
        ("昨夜突降大暴雨，县城多处房屋进水。", "多处房屋进水"),
        ("突降大暴雨致多户房屋进水。", "突降大暴雨"),
        ("我乡全境遭遇罕见的风雹灾害。", "风雹灾害"),
        ("永春河大堤决堤，200余名群众已转移。", "大堤决堤"),
    ] {
        let v = SCREENER.screen(&draft("工作动态", body));
        assert_eq!(v.route, Route::CountyOffice, "{body}: {:?}", v.findings);
        let (s, e) = span(body, hit);
        assert!(
            body_spans(&v, "lexicon.emergency")
                .iter()
                .any(|&(a, b)| a < e && b > s),
            "{body}: {:?}",
            v.findings
        );
    }
    assert_draft_routes(
        "工作动态",
        &[
            "受市场影响，企业效益出现滑坡。",
            "地铁闸机时常罢工，乘客只能绕行。",
            "预计将出现低温雨雪冰冻天气，请注意防范。",
            "做好防范暴雪灾害各项准备工作。",
            "观众感动得泪水决堤。",
            "龙卷风土豆是游客喜爱的小吃。",
            "预防游客遇险，景区增设了警示牌。",
            // regression of round 93: science, statistics, insurance, hazard lists, a weather tip
            "地面塌陷是什么原因引起的？地质专家为您解读。",
            "全县共有地质灾害隐患点38处，其中崩塌12处、地面塌陷6处。",
            "政策性农业保险覆盖冰雹、风灾、冻灾等自然灾害，农户受灾后可申请理赔。",
            "脑卒中患者中，20%的患者因此而丧生。",
            "受强对流天气影响，今天下午县城突降暴雨，请市民注意出行安全。",
            "县里组织几十个贫困户代表到县政府参加座谈会。",
        ],
        Route::UnitHead,
    );
}

// Kind: breaker round 93, spoken and figurative uses of event words in a draft: sitting still for
// health, banners held to welcome heroes, a belief collapsing, a mind's defences washed away,
// businesses in difficulty. A sit-in or a banner with a grievance, at a government's gate, still
// goes to the county office.
#[test]
fn figures_and_greetings_of_round_93() {
    assert_draft_routes(
        "工作动态",
        &[
            "每天静坐半小时有助于降血压。",
            "群众拉着横幅、捧着鲜花迎接凯旋的消防员。",
            "村民拉横幅欢迎游客。",
            "理想信念的坍塌是最危险的坍塌。",
            "在强大的政策攻势下，其心理防线被彻底冲垮，主动交代了问题。",
            "出台帮扶受困市场主体若干措施。",
            "县政府门口悬挂横幅宣传依法上访。",
        ],
        Route::UnitHead,
    );
    assert_draft_routes(
        "情况通报",
        &[
            "部分业主在县政府门口静坐，要求退还购房款。",
            "数十名工人拉着横幅讨薪。",
            "患方扬言要在医院拉横幅。",
            // regression of round 93: a bare sit-in or banner is an event again
            "业主在售楼部静坐，要求开发商退房。",
            "教学楼发生坍塌，3名学生受伤。",
            "暴雨致多名群众受困。",
        ],
        Route::CountyOffice,
    );
}

// Kind: breaker round 93, sensitive events in comments (第十条): violent crime (armed robbery, a
// kidnapping, a terror attack), ethnic groups fighting, a hospital death and relatives making
// trouble, temples to be demolished, workers going en masse to the government for their wages.
// Comments that compare a fee with robbery or speak of moral blackmail keep their route.
#[test]
fn sensitive_comments_of_round_93() {
    assert_comment_routes(
        &[
            "听说村里的寺庙要被拆了",
            "傈僳族和汉族的学生在学校打起来了",
            "藏族和傈僳族的村民打架，伤了好几个",
            "县医院昨天死了个病人，家属在闹",
            "家属在医院闹事，把医院围了",
            "县城有人持枪抢劫",
            "我儿子放学路上遭遇抢劫",
            "县城发生恐怖袭击了吗？",
            "有人绑架了一个小孩",
            "我家孩子被绑架了，快帮帮我",
            "业主们明天去县政府静坐",
            "再不给钱我们就去拉横幅",
            // regression of round 93: sit-ins and banners without a grievance word
            "几十个业主在售楼部静坐，要求开发商退房，没人管吗",
            "业主们拉横幅要求开发商按时交房，已经第三天了",
            "几十个人在县医院大厅拉横幅，说医院害死了人",
            "村民拉横幅堵在高速路口，车都过不去了",
            "那些家长静坐了一整天，要求学校给个说法",
            "业主在小区里拉横幅控诉物业，太乱了",
            "两个村的傈僳族群众为了草场打起来了",
            "孩子被绑架了，绑匪说不给钱就撕票",
        ],
        Route::Escalate,
    );
    for body in [
        "我们几十个工人明天去政府讨工资",
        "几十个工人明天去政府讨工资",
    ] {
        let v = SCREENER.screen(&comment(body));
        assert!(
            matches!(v.route, Route::Escalate | Route::Forward),
            "{body}: {:?}",
            v.findings
        );
    }
    assert_comment_routes(
        &[
            "现在的人动不动就道德绑架",
            "孩子不能成为学校绑架家长的工具",
            "这跟拦路抢劫有什么区别？",
            "这座寺庙真漂亮，下次还来",
            // regression of round 93: 族 in other words, tickets torn, relatives at home, visits
            "追星族为了抢签名差点打架",
            "家族群里为抢红包差点打起来，哈哈",
            "纳西族的手鼓打起来，好热闹，欢迎大家来玩",
            "我们上班族的麻将又打起来了，周末愉快",
            "演唱会门票撕票入场，人太多了",
            "我们家属在闹着要去旅游，哪里好玩推荐一下",
            "几十个学生去县政府参观学习，很有意义",
            "几十个志愿者到县政府广场参加义务植树活动",
            "周杰伦的龙卷风真好听，单曲循环一整天",
            "我家厨房下水道决口了，水漫了一地，物业快来修",
            "今天下午突降暴雨，我没带伞淋成落汤鸡了，哈哈",
            "每天下午老人们都在村委会门口静坐晒太阳，很惬意",
            "去机场拉横幅接冠军回家，太激动了",
            "去机场门口举着横幅接冠军回家，太激动了",
            "县政府前面广场上老人们静坐晒太阳下棋，很和谐",
            // weather met on the way, a figure, a game, a custom (regression helper of round 93)
            "今天遭遇暴雨，在单位等了一个小时才走",
            "在海南旅游遭遇台风，航班取消了，只能多住两天",
            "有人说这收费标准就是抢劫，我同意",
            "这种收费标准就是明抢，和拦路抢劫差不多",
            "这物价，去一趟超市感觉被抢劫了",
            "别拿孝顺来道德绑架孩子，有人就爱绑架别人的感情",
            "打游戏的时候绑架了一个NPC，任务完成了",
            "新郎家属大闹洞房，太热闹了，这是我们这的风俗",
            "看到这一幕，我的泪水瞬间溃堤",
        ],
        Route::Publish,
    );
}

// Kind: breaker round 93, ordinary comments with spoken event words that must publish unchanged: a
// phone, keys or a ball fallen into water, an apple fallen from a tree, children sliding on a
// hill, idioms (drowned in spit, eyelids fighting), a heavy workload, jobs lost, lightning in the
// sky, a passion on fire. People fallen into water, a fire on the hill and a body in the river
// still escalate.
#[test]
fn ordinary_comments_of_round_93() {
    let ok = [
        "别被口水淹死了，哈哈",
        "孩子的足球掉进鱼塘里了，谁家有长杆子借一下",
        "苹果从树上掉下来了，砸到我头上",
        "昨晚天空东方闪电不断，雷声很大",
        "加班到深夜，眼皮直打架",
        "冷得牙齿直打架",
        "带孩子在山坡上滑下来滑下去玩得很开心",
        "手机掉河里了，没捞上来，好心疼",
        "钓鱼的时候钥匙掉进水里了",
        "我的手机不小心掉进水里了",
        "每天被各种表格淹了，基层太难了",
        "河里漂着好多塑料瓶，没人管吗",
        "河里漂着一层白色垃圾",
        "上课眼皮都在打架",
        "看完比赛，激情燃起来了！",
        "全场燃起来了",
        "电脑又罢工了",
    ];
    for body in ok {
        let v = SCREENER.screen(&comment(body));
        assert!(
            v.route == Route::Publish || v.route == Route::Forward,
            "{body}: {:?}",
            v.findings
        );
        assert!(
            body_spans(&v, "lexicon.emergency").is_empty()
                && body_spans(&v, "lexicon.incident").is_empty()
                && body_spans(&v, "lexicon.illegal").is_empty(),
            "{body}: {:?}",
            v.findings
        );
        assert_eq!(v.deidentified.body, body);
    }
    let v = SCREENER.screen(&comment("厂子倒闭后好多人没了工作，希望政府帮帮忙"));
    assert!(
        body_spans(&v, "lexicon.emergency").is_empty(),
        "{:?}",
        v.findings
    );
    assert_comment_routes(
        &[
            "孩子掉河里了，还没捞上来",
            "为了捡手机掉进河里了，快来人",
            "小孩掉进鱼塘里了",
            "后山燃起来了",
            "河里漂着一个人",
            "房子被洪水淹了",
            "送到医院人没了",
            "几个人在桥上打架",
            // regression of round 93: a bare 河里漂着 and 燃起来了, and a fight under the police's eyes
            "河里漂着一个小孩，快报警",
            "河里漂着一具女尸，吓死人了",
            "工业园区的仓库燃起来了，烟好大",
            "村头的加工厂燃起来了，快打119",
            "派出所眼皮底下有人打架也没人管",
        ],
        Route::Escalate,
    );
    assert_comment_routes(
        &[
            "最近东方闪电频繁在村里发传单，拉人入教",
            "东方闪电不断在我们村传教，希望政府管管",
        ],
        Route::Takedown,
    );
}

/// Kinds of breaker round 94: the cult's media and a first character as its pinyin initial are
/// political; village teachers and doctors and the Naxi surname 和 before a preposition are
/// private persons' names; counts and films "exploding" are figures; a forest fire in the
/// forester's words is an emergency, unless its clause compares it with another period; a child
/// in the water is one.
#[test]
fn kinds_of_breaker_round_94() {
    assert_comment_routes(
        &[
            "大家翻墙去看看大纪元的报道",
            "明慧网上说的都是真的，大家去看",
            "新唐人电视台报道了，翻墙看",
            "f轮功学员不要怕",
        ],
        Route::Takedown,
    );
    // a whole letter run only; 伟大纪元 is no outlet
    assert_comment_routes(&["pdf轮功", "这是一个伟大纪元的开始"], Route::Publish);
    for (body, want) in [
        (
            "乡村医生欧阳志远每天走村入户为老人看病。",
            "乡村医生欧阳某某每天走村入户为老人看病。",
        ),
        (
            "脱贫户和丽花通过发展养蜂产业，年收入突破5万元。",
            "脱贫户和某某通过发展养蜂产业，年收入突破5万元。",
        ),
        // the job alone is no name, nor are the teachers' numbers (乡村教师 is no label: the
        // regression helper of round 94)
        ("乡村医生是农村医疗的网底。", "乡村医生是农村医疗的网底。"),
        (
            "我县统筹调剂乡村教师余缺，推动城区教师到乡村学校支教。",
            "我县统筹调剂乡村教师余缺，推动城区教师到乡村学校支教。",
        ),
        ("村民和大家在一起。", "村民和大家在一起。"),
        // nor a flower of the plateau, nor a thing 和 joins to a verb (older gaps)
        ("游客和格桑花合影留念。", "游客和格桑花合影留念。"),
        ("村民和山打交道一辈子。", "村民和山打交道一辈子。"),
        ("村民和丽领取了补贴。", "村民和某领取了补贴。"),
        // a utility's person in charge speaks for it; a private firm's is a private person (the
        // regression helper of round 93)
        (
            "县供电公司负责人李建国表示，此次停电是为了线路改造。",
            "县供电公司负责人李建国表示，此次停电是为了线路改造。",
        ),
        (
            "请转告装修公司负责人张德贵，尽快整改。",
            "请转告装修公司负责人张某某，尽快整改。",
        ),
    ] {
        let v = SCREENER.screen(&draft("扎根山区", body));
        assert_eq!(v.deidentified.body, want, "{body}");
    }
    assert_comment_routes(
        &[
            "这部电影的爆炸场面太震撼了",
            "这个视频播放量爆炸了，维西火了",
            "朋友圈都爆炸了",
        ],
        Route::Publish,
    );
    assert_comment_routes(
        &[
            "昨晚的爆炸场面太吓人了",
            "工厂锅炉爆炸了",
            "有个孩子落水了",
            "玩游戏的孩子落水了",
        ],
        Route::Escalate,
    );
    // 畜生产业 is animal husbandry
    assert_draft_routes(
        "产业发展",
        &["大力发展畜生产业，增加农民收入。"],
        Route::UnitHead,
    );
    assert_comment_routes(&["你这个畜生"], Route::Takedown);
    assert_draft_routes(
        "林火处置",
        &["攀天阁乡发生一起林火，过火面积约5亩。"],
        Route::CountyOffice,
    );
    assert_draft_routes(
        "森林防火",
        &[
            "今年全县森林火灾过火面积同比下降30%。",
            "县林草局新建林火视频监控系统12套。",
            "加强林火监测预警，严防森林火灾发生。",
        ],
        Route::UnitHead,
    );
}

/// What the regression helper of round 94 found the new readings hid or made up: a country's name
/// inside other words, imported cases and our people abroad, documents' titles, idioms of
/// dreaming, similes, films and floors in the open, rising figures, drivers on strike, an official's
/// initial, forestry training and abuse that starts like husbandry.
#[test]
fn regressions_of_round_94() {
    assert_draft_routes(
        "突发",
        &[
            "今日本乡维登村后山发生森林火灾，扑救工作正在进行。",
            "维西县新增1例境外输入新冠肺炎确诊病例。",
            "5月2日，一辆旅游大巴西行至214国道K1820处时侧翻，造成3人受伤。",
            "按照《维西县地质灾害防治方案》中确定的隐患点，巴迪乡昨日发生山体滑坡。",
            "木楼地板突然塌陷，十余名宾客跌落一楼。",
            "塔城镇其宗村发生山体滑坡同比去年规模更大。",
        ],
        Route::CountyOffice,
    );
    assert_comment_routes(
        &[
            "村中东头那家起火了，快来人",
            "韩国烤肉店着火了！县城新华街那家，烟好大",
            "做梦也没想到洪水会冲进家里",
            "昨晚梦到发洪水，醒来发现是真的",
            "像电影里一样，一辆货车冲进人群，撞死了好几个人",
            "在电影院看电影的孩子不见了",
            "拍电视剧的工人受伤了",
            "人行道地砖突然塌陷，一个老人掉进坑里",
            "今年以来我县手足口病疫情同比上升三倍，幼儿园已经有好多孩子住院了",
            "县城出租汽车集体罢工了",
        ],
        Route::Escalate,
    );
    assert_comment_routes(&["你们这群畜生产生的垃圾到处乱扔"], Route::Takedown);
    assert_comment_routes(
        &[
            "G书记到我们村调研过好几次，给他点赞",
            "Z县长上次来我们乡说要修路",
        ],
        Route::Publish,
    );
    assert_draft_routes(
        "森林防火培训",
        &[
            "培训内容包括林火扑救战术、安全避险等。",
            "考核指标包括森林火灾受害率、过火面积等。",
        ],
        Route::UnitHead,
    );
}

/// Kinds of breaker round 95 among the events: a parcel or a pet that got lost and work that is "a
/// car-crash scene" are no events; a child or an old person lost, and a crash with its scene, are.
#[test]
fn strays_and_crash_scenes_of_round_95() {
    assert_comment_routes(
        &[
            "我的快递走丢了，三天没更新物流😤",
            "我家的牛走失了两头",
            "老师说我的作文是车祸现场😂😂",
            "他的字简直像车祸现场",
        ],
        Route::Publish,
    );
    assert_comment_routes(
        &[
            "我家孩子走丢了，穿红衣服",
            "老人走丢了，有人看到吗",
            "我家狗跟着孩子出去，孩子走丢了",
            // what a person tended is no stray (the regression helper of round 95)
            "爷爷上山放羊走丢了",
            "在养猪场打工的小伙子走失了，手机也打不通",
            "路口发生车祸，现场一片狼藉",
        ],
        Route::Escalate,
    );
}

/// Kind: a leader's titles set one a line, as a caption or a speaker's card does, are one chain
/// (breaker round 95): three of them are returned (第四条); leaders a line each, with their
/// names, are not.
#[test]
fn titles_set_one_a_line() {
    for body in [
        "县委常委、\n副县长、\n县公安局局长余建华出席会议并讲话。",
        "县委常委\n副县长\n县公安局局长余建华出席会议并讲话。",
    ] {
        let v = SCREENER.screen(&draft("座谈会", body));
        assert_eq!(v.route, Route::Returned, "{body}");
        assert_eq!(body_spans(&v, "leader.too_many_titles").len(), 1, "{body}");
    }
    let v = SCREENER.screen(&draft(
        "座谈会",
        "出席：\n县委书记李明\n县长王强\n副县长赵刚",
    ));
    assert!(body_spans(&v, "leader.too_many_titles").is_empty());
}

/// What the regression helper of round 95 found the session's readings hid or made up: an X-ray
/// film and a news programme are no works, a filler before a colon is the writer's own voice, a
/// fall caused by an event is no statistic of it, a public transport system and a photo are no
/// figures, a day is no house number, a follower count is no WeChat id, a contractor is no
/// utility, and advice on rescuing a child in the water is no event.
#[test]
fn regressions_of_round_95() {
    assert_draft_routes(
        "疫情通报",
        &["经县人民医院CT检查，片子里可见双肺感染，该患者已确诊为新冠肺炎病例，目前已转运隔离。"],
        Route::CountyOffice,
    );
    assert_comment_routes(
        &[
            "《维西新闻》里播了，塔城镇启别村发生泥石流，有人被埋了",
            "发生冰雹灾害后核桃产量同比下降五成",
            "公交系统集体罢工了",
            "这张照片是车祸现场，两辆车撞在一起",
            "来看这场电影的孩子不见了，穿红衣服，5岁，在保和镇广场",
            "卧室的地板砖突然塌陷，一家三口掉进地下溶洞",
        ],
        Route::Escalate,
    );
    assert_opinion_returned(
        &xinhua_repost(
            "全省春耕生产全面展开",
            "来源：新华网\n全省春耕生产全面展开。老实说，我觉得这个政策真的太好了",
        ),
        "我觉得",
    );
    assert_draft_routes(
        "主题班会",
        &["班主任讲解了孩子落水后的正确施救方法。"],
        Route::UnitHead,
    );
    for (body, want) in [
        // (the road alone is masked as before; the day after the space is not)
        ("家住兰永路 15号开始停电", "家住＊＊＊ 15号开始停电"),
        (
            "县融媒体中心微信/56321人关注",
            "县融媒体中心微信/56321人关注",
        ),
        (
            "维西某电力工程有限公司负责人王海东拖欠工资",
            "维西某电力工程有限公司负责人王某某拖欠工资",
        ),
    ] {
        let v = SCREENER.screen(&comment(body));
        assert_eq!(v.deidentified.body, want, "{body}");
    }
}

/// What the regression helper of round 96 found: a sleeper's dream, a stretch of hillside, a
/// chased dream and a crossroads are no fiction or figure; calls for help after an event stay
/// events; `据介绍，` names no speaker and the writer after a quote is still the reposter; a net
/// café and a new era are no cult media.
#[test]
fn regressions_of_round_96() {
    assert_comment_routes(
        &[
            "我们村昨晚一家人在睡梦里被泥石流冲走了",
            "后山那一大片里又塌方了，路全断了",
            "追梦到昆明打工的小伙子出车祸了",
            "泥石流后怎么办，路断了，家里老人在山上",
            "昨晚十点县城大十字成了车祸现场，交警正在处置",
        ],
        Route::Escalate,
    );
    assert_comment_routes(&["县城明慧网吧卫生太差了"], Route::Publish);
    assert_opinion_returned(
        &xinhua_repost(
            "多地出台新政",
            "来源：新华网\n据介绍，该路段下月通车，笔者认为这是群众最盼的好事",
        ),
        "笔者认为",
    );
}
