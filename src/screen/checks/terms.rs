//! Lexicon hits as findings: one finding per hit and category, with the list's article, action and
//! message; public-opinion lists also name the department to forward to (第十条).

use crate::item::{Action, Finding, Item, Kind};
use crate::screen::lexicon::{DropContext, Lexicon, Role, Scope};
use crate::screen::normalize::Normalized;
use crate::screen::segment::{is_cjk, Segmenter};
use crate::screen::FieldScan;
use regex::Regex;
use std::sync::LazyLock;

/// A negation the text before a hit ends with: `未`, `没有`, `不存在`, `并未`, ..., or `不` before a
/// verb of happening; optionally a verb of happening (`发生`, `造成`, `出现`, `接报`), `过`, and a few
/// words of degree, count or novelty (`重大`, `较大及以上`, `一起`, `任何`, `新的`) or of the kind of
/// accident (`道路`, `生产`, `亡人`: `未发生较大以上道路交通事故`), then `人员`: `未造成人员伤亡`,
/// `没有发生火灾`, `确保不发生重大森林火灾`, `未发生一起安全生产事故`, `从未发生过学生溺水`,
/// `无一人伤亡`, `无一伤亡`, `所幸无人伤亡`, `没有发现新的疫情`, `未发生一次死亡3人以上交通事故`,
/// `未因灾造成人员伤亡`; a near miss (`差点翻沉`, `险些发生火灾`); `从不` (`从不乱开药`); `再也不`, `从来不`, `不再` (`路再也不坑坑洼洼了`,
/// `从来不压级压价`: a problem said to be gone or never there); or `零` (`零伤亡`, `“零火灾”`).
/// The negation reaches on over the items of a list (`全县未发生山洪、泥石流、滑坡等地质灾害`,
/// `未造成财产损失和人员伤亡`, `无确诊病例和疑似病例`: up to 5 items of up to 8 characters, each
/// followed by `、`, `和`, `及`, `与` or `或`, the last maybe by `等`) and, after a verb of
/// happening, over a short qualifier without `的` or `了` (`未发生非洲猪瘟疫情`, `未接报森林火情`; not
/// `从未发生过的特大洪水`, which happened): breaker round 77.
static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    // a problem said to be gone or never there, besides the shared negations
    let neg = format!("(?:{NEGATIONS}|再也不|从来不|从不|不再)");
    // a verb of happening, and of a report received; `有` (`未有一起`) reaches over no qualifier:
    // `没有对打人的单位采取措施` tells of no measures, not of no beating
    let verb = format!("(?:{HAPPENING}|接报|接到|收到)");
    // degree, count, novelty, kind of accident
    let qualifiers = r"(?:任何|一起|一次|一例|一名|一人|一处|一|死亡\d+人以上|重大|重特大|特大|较大|及以上|以上|一般|新增|新的|新|道路|生产|亡人|因灾)*";
    // a character of a qualifier: no clause end, separator, 的 or 了 (a kind may hold digits:
    // `未发现Ｈ５Ｎ１亚型禽流感`), nor an adverb or a time word that starts a clause of its own
    // (`没有发生变化突然泥石流来了`, `没发生啥子就地震了`)
    let qualifier = r"[^，。！？；：,!?;:\n、和及与或等的了就又却还再才突然后时便啥什么]";
    // a character of a list's item: no count either (`未造成人员死亡、2人受伤` negates the
    // deaths, not the injuries)
    let item = r"[^，。！？；：,!?;:\n、和及与或等的了0-9０-９两人名]";
    // a character of a cause (`未发生一起因森林火灾造成的人员伤亡`, `并没有因超速而引起人员伤亡`:
    // breaker round 85): no clause end
    let cause = r"[^，。！？；：,!?;:\n]";
    let list =
        format!("(?:(?:{item}{{1,8}}[、和及与或]){{1,5}}(?:{item}{{1,8}}等)?|{item}{{1,8}}等)");
    Regex::new(&format!(
        r#"(?:{neg}(?:因灾)?(?:{verb}过?{qualifiers}(?:学生|人员)?(?:{list}|{qualifier}{{1,6}})?|有?过?{qualifiers}(?:学生|人员)?{list}?)(?:学生|人员|人)?|{neg}(?:{verb})?过?{qualifiers}因{cause}{{1,10}}?(?:造成|引起|导致|引发)的?(?:学生|人员|人)?|零["“]?)$"#
    ))
    .expect("negation pattern compiles")
});

/// [`NEGATION`] without the list or the qualifier it reaches over: for a hit a count opens.
static NEGATION_RIGHT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r#"(?:{NEGATIONS}(?:{HAPPENING})?过?|零["“]?)$"#))
        .expect("negation pattern compiles")
});

/// A negation ending the inside of a hit that a count opens, before its last word, maybe with `一`
/// or `人` (`均无人`, `无一`, `未`): breaker round 84.
static NEGATION_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r#"{NEGATIONS}(?:一人|一|人)?$"#)).expect("negation pattern compiles")
});

/// The negations [`NEGATION`] and [`NEGATION_RIGHT_BEFORE`] share (a regex alternation). (`还以为`
/// and `原以为` were tried in breaker round 87 and taken back: `原以为山洪已经退了，结果又冲下来了`
/// tells of a flood.)
const NEGATIONS: &str =
    "(?:未|没有|没|无|不存在|并未|并没有|尚未|从未|未曾|均未|均无|差点|差一点|险些|不(?:发生|出现|造成|引发))";

/// The verbs of happening both read after a negation (a regex alternation).
const HAPPENING: &str = "发生|造成|出现|引发|导致|酿成|发现";

/// A negation right after a hit: `森林火灾零发生`, `火灾为零`, `森林火灾实现“零发生”`.
static NEGATION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"^(?:实现|保持|确保|继续)?["“”]?(?:零发生|为零)"#)
        .expect("negation pattern compiles")
});

/// Whether the hit over folded characters `[folded_start, folded_end)` of `text` is negated: it
/// follows a negation (`未`, `没有`, `不存在`, …) or is followed by one (`零发生`), for lists with
/// `@negation drop`: a report that nobody was hurt names no casualties. Only the negated term is
/// dropped: `山体滑坡，未造成人员伤亡` still reports the landslide. Reads the 60 folded characters
/// before the hit (a negated list of five items) and 6 after it (so `沒有` is `没有`), in constant
/// time whatever the hit's place in the text.
pub fn negated(text: &Normalized, folded_start: usize, folded_end: usize) -> bool {
    // a count opening the hit (`未造成人员死亡、2人受伤`, `一名儿童失踪`) is what did happen: only
    // a negation right before it reaches it
    let counted = text
        .folded_char(folded_start)
        .is_some_and(|c| c.is_ascii_digit() || "一二两三四五六七八九十几多数".contains(c));
    let before = text.folded_before(folded_start, 60);
    if counted {
        // `5名乘客均无人受伤`, `3名村民未受伤`: the count's own clause denies the harm, right
        // before the hit's last word (`死亡`, `受伤`, `遇难`, `失踪`: two characters)
        let inside = folded_end
            .checked_sub(2)
            .filter(|&k| k > folded_start)
            .map_or("", |k| text.folded_before(k, k - folded_start));
        return denies(&NEGATION_RIGHT_BEFORE, before)
            || NEGATION_INSIDE.is_match(inside)
            || NEGATION_AFTER.is_match(text.folded_after(folded_end, 6));
    }
    denies(&NEGATION, before) || NEGATION_AFTER.is_match(text.folded_after(folded_end, 6))
}

/// Whether `negation` matches at the end of `before` and does not merely [ask](asks).
fn denies(negation: &Regex, before: &str) -> bool {
    negation
        .find(before)
        .is_some_and(|m| !asks(&before[..m.start()], &before[m.start()..]))
}

/// Whether a negation (`negation`, after `head`) is the second half of a question whether
/// something is so: `有没有人员伤亡？` asks, it does not deny (breaker round 86). Not when the
/// `有` ends another word (`所有没有…`, `只有没有发生事故的…`, `具有`, `拥有`), nor `有无`, which
/// rules and inspections write (`无论有无人员伤亡均须报告`, `检查有无疫情发生`) and which stays a
/// negation there.
fn asks(head: &str, negation: &str) -> bool {
    const WORDS_ENDING_IN_YOU: &[&str] = &[
        "所有", "只有", "具有", "拥有", "含有", "享有", "没有", "还有",
    ];
    head.ends_with('有')
        && !WORDS_ENDING_IN_YOU.iter().any(|w| head.ends_with(w))
        && negation.starts_with('没')
}

/// Prevention wording before a hit, in the same clause: a verb of preventing or avoiding (`预防`,
/// `防范`, `防止`, `减少`, `遏制`, `警惕`, `接种`, `避开`, `成功避让`, `提前避让` (geohazard work: `成功避让泥石流3起`; not
/// `为避让山体滑坡落石` nor `避让不及`, where the hazard struck),
/// `远离`, …), a condition of what to do
/// or a future (`一旦`, `如遇`, `遇到`, `如发现`, `如果`, `倘若`, `要是`, `万一`, `将会`: `一旦发现火情要第一时间报告`,
/// `遇到有人落水，不要贸然下水`; not the `要是` of `主要是`, `首要是`, `纪要是`), a fear of what has not happened (`生怕`,
/// `就怕`, `怕发生`, `迟早会`, `难道要等`: `家长生怕孩子出车祸`, `难道要等发生火灾才来管吗`: breaker
/// rounds 77 and 84; `担心` and `害怕` are read by [`prevented`] itself), a
/// prohibition in speech (`千万别往炭火上浇汽油`), a
/// prohibition (`请勿`, `切勿`, `严禁`, `禁止`: `请勿占用消防通道、堵路停车`), a
/// risk (`极易`, `容易`, `易发`, `可能`: `视线不好，极易造成交通事故`, `山区易发生泥石流`), a
/// purpose (`以免`, `以防`), an elimination campaign (`消除疟疾`), a rule of what not to do with something, with up to 10 characters between
/// (`不得`, `不要`, `不准` then `在`, `将`, `把`, `随意`, `擅自`, `私自`, `向`, `酿成`, `等` or
/// `隐瞒`: `不要酿成群体性事件`, `不得隐瞒交通事故真实情况`, in group `forbidden`; not `不得了`,
/// `不要慌`, `不要前往…爆炸现场`, which tell of an event: breaker round 73),
/// teaching or simulating (`讲解`,
/// `模拟`, `演示`), with at most 6 characters between it and the hit
/// (`预防学生溺水`, `防范和遏制重特大安全生产事故`), or only the items of a list before it
/// (`防范山洪、泥石流、山体滑坡`: up to 5 items of up to 8 characters, each followed by `、`, `和`,
/// `及`, `与` or `或`, the last maybe by `等` and up to 4 characters: `防范山洪、泥石流等地质灾害`,
/// `防范新冠、流感等呼吸道传染病`); or `防` right before it (`防溺水`). The characters between are returned in
/// group `between`. Or remembrance up to 12 characters before (`回顾1998年抗击特大洪水`).
static PREVENTION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?:回顾|铭记|缅怀|表彰)[^，。！？；：,!?;:\n]{0,12}|(?:不得|不要|不准)(?:在|将|把|随意|擅自|私自|向|酿成|等|隐瞒)(?P<forbidden>[^，。！？；：,!?;:\n]{0,10})|(?:什么是|何为|何谓|所谓|是指|初期|初起|预防|防范|防止|防治|防御|避免|避开|成功避让|预报避让|提前避让|主动避让|及时避让|远离|减少|杜绝|遏制|严防|谨防|警惕|模拟|演示|讲解|接种|免疫|提高|提升|增强|一旦|如遇|遇有|如发现|若发现|如果|假如|倘若|若是|若再|(?:^|[^主只需首重纪概摘提])要是|万一|将会|生怕|就怕|最怕|唯恐|怕发生|怕出现|怕引发|怕造成|千万别|千万不要|迟早会|迟早要|难道要等|极易|容易|易于|易发|易引发|易造成|易出现|可能|遇到|碰到|请勿|切勿|严禁|禁止|以免|以防|消除)(?P<between>[^，。！？；：,!?;:\n]{0,6}|(?:[^，。！？；：,!?;:\n、和及与或]{1,8}[、和及与或]){1,5}(?:[^，。！？；：,!?;:\n、和及与或等]{1,8}等[^，。！？；：,!?;:\n]{0,6})?)|防)$",
    )
    .expect("prevention pattern compiles")
});

/// Advice for when an event happens, right after the hit: `发生交通事故后，请第一时间拨打122`,
/// `火灾发生时，请用湿毛巾捂住口鼻` (breaker round 85), `孩子落水后的正确施救方法`, `老人落水后怎么
/// 急救？` (the regression helper of round 95; not `孩子落水了怎么办` nor `泥石流后怎么办`, which may
/// be calls, nor `车祸后的处理办法到现在都没出`: round 96); not `出车祸后，请问保险怎么赔`,
/// `起火后，请求增援`, `被困三个小时，请求救援`, `洪水过后，请…`, which tell of one.
static ADVICE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:发生)?(?:后|时)[，,]\s*(?:请(?:[^问求示教]|$)|应当|务必)|^(?:后|时)的?(?:正确的?)?(?:施救|急救|自救)(?:方法|知识|要点|技巧|步骤)|^后(?:该|应该|应)?(?:怎么急救|怎么施救|如何施救|如何急救)")
        .expect("advice pattern compiles")
});

/// A fear right before a hit, at most 4 characters between, without `的` (`担心水库大坝决堤`, not
/// `担心的山体滑坡昨晚还是发生了`): [`prevented`] takes it when the clause ends with the hit.
static FEARED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:担心|担忧|害怕)[^，。！？；：,!?;:\n的]{0,4}$").expect("fear pattern compiles")
});

/// A fear of what may happen before a hit: `担心`, `担忧` or `害怕`, then a verb of happening or
/// `会` (`担心发生山洪`, `担心孩子出车祸`, `担心会倒下来砸死人`), with no `的` anywhere between
/// (`担心出事的水库今天决堤了` tells of the dam that broke): regression breaker round 84.
static FEAR_OF_HAPPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:担心|担忧|害怕)[^，。！？；：,!?;:\n的]{0,4}?(?:发生|出现|出|会|再次|引发|造成)[^，。！？；：,!?;:\n的]{0,6}$")
        .expect("fear pattern compiles")
});

/// Words after a feared hit that say it came all the same (`大家害怕山体滑坡，现在已经滑下来了`,
/// `害怕泥石流。昨晚真的来了`): then it was no mere fear.
const CAME_ALL_THE_SAME: &[&str] = &[
    "已经", "终于", "还是", "真的", "果然", "昨晚", "昨天", "今天", "现在", "刚刚",
];

/// Prevention, training or remembrance wording after a hit, in the same clause, with at most 8
/// characters between (`传染病防控知识宣传`, `地质灾害群测群防`, `火灾扑救应急演练`, `地震、火灾应急疏散演练`,
/// `溺水事故典型案例`, `汶川地震十周年`, `猪瘟疫苗`, `手足口病高发季节`, `泥石流易发区域`,
/// `地质灾害巡查`, `溺水急救方法`, `森林火灾风险评估`, `地震监测点`, `地震专家` (not an
/// investigating `专家组`), `水域搜救训练`, `口蹄疫、禽流感免疫密度`, `森林火灾应急预案`, `传染病筛查`,
/// `交通事故的危害`, a figure or a status (`火灾起数同比下降`, `森林火灾发生起数为0`,
/// `森林火灾发生情况`, `疫情形势总体平稳`), `搜救、追踪等科目`, `城市内涝治理工程`, `地震应急避难场所`, `轻微交通事故快处快赔`, `森林火灾扑救桌面推演`,
/// `发生山体滑坡前有哪些征兆`, `遇到泥石流怎么办`, `火灾发生时如何逃生`, `溺水、中毒等急救技能`,
/// early detection and the quality of reporting (`火情早发现、早报告`, `传染病疫情报告质量`:
/// breaker round 70; not `应急工作`, `应急物资`, `方案` or `检测`, which a real event's notice has
/// too: `塔城镇“6·12”地震应急工作的通报`, `对发生聚集性疫情的学校开展检测`),
/// `森林火灾受害率`), a skill or a lesson (`应对突发火灾的能力`, `地震灾害的应急处置能力`, not
/// `山体滑坡救援能力跟不上`; `汲取火灾事故教训`, `火灾事故的通报
/// 精神`: breaker round 68), a hotline to call (`发现火情请立即拨打12119`), a hazard said to
/// recur (`学生溺水事件时有发生`, `交通事故频发`, `交通事故较多`, `溺水往往就在一瞬间`,
/// `溺水悲剧屡见不鲜`) or to follow from a cause (`误食野生菌可能引起中毒`, `山体滑坡易造成道路中断`:
/// breaker round 78), a case taught (`以某地群体性腹泻事件为例`: round 80), or the procedure after
/// one (`交通事故责任认定`, `交通事故赔偿`, `交通事故调解`, `交通事故处理程序`); not what people did in the
/// event (`被困矿工积极自救`, `突发大火 两名村民跳窗逃生`),
/// or the rest of a list and up to 8 more (`山洪、泥石流、山体滑坡等地质灾害防治`: up to 5 more
/// items of up to 8 characters, each after `、`, `和`, `及`, `与` or `或`), in group `between`.
static PREVENTION_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<between>[^，。！？；：,!?;:\n]{0,8}?|(?:[、和及与或][^，。！？；：,!?;:\n、和及与或]{1,8}?){1,5}[^，。！？；：,!?;:\n]{0,8}?)(?:演练|演习|训练|防控|防治|防御|预防|防范|知识|常识|方法|的危害|宣传|科普|培训|教育|群测群防|隐患|巡查|排查|安全检查|案例|周年|纪念|疫苗|免疫|预案|筛查|高发|易发|多发|频发|较多|时有发生|拨打|风险|监测|专家(?:[^组]|$)|科目|课目|比武|处理程序|责任认定|报警电话|赔偿|理赔|调解|治理|避难场所|避难所|快处|快赔|推演|征兆|前兆|怎么办|如何逃生|如何自救|技能|受害率|发生率|是指|是一种|已经过去|已过去|终于过去|的能力|处置能力|应对能力|教训|通报精神|发生起数|起数|发生情况|形势总体平稳|往往|屡见不鲜|屡有发生|可能引起|为例|(?:容易|极易|易)(?:引起|导致|造成|引发)|早发现|早报告|报告质量|等意外)",
    )
    .expect("prevention pattern compiles")
});

/// A year up to 6 characters before a hit, in the same clause and with no other number between
/// but a quake's magnitude or the date that names a disaster (`1976年唐山大地震`, `1996年丽江7.0级
/// 地震`, `2023年“7·15”山洪`, and a month or a day the event is of: `2010年8月的特大泥石流`, breaker
/// round 84; not `2019年3月28日垮塌`): group `year` for four digits, `yy` for the two
/// of speech (`08年地震的时候`, `九八年洪水`), not preceded by another digit.
static YEAR_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?P<year>(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})|(?:^|[^0-9〇○零一二三四五六七八九十百千万两])(?P<yy>\d{2}|[〇○零一二三四五六七八九]{2}))年(?:[“\x22「]?\d{1,2}[·.・．]\d{1,2}[”\x22」]?)?(?:\d{1,2}月(?:份|\d{1,2}日)?[早中晚夜间上下午]{0,2}的)?[^，。！？；：,!?;:\n0-9]{0,6}(?:\d(?:\.\d)?级[^，。！？；：,!?;:\n0-9]{0,3})?$",
    )
    .expect("year pattern compiles")
});

/// A four-digit year opening the hit's sentence, with no other number (but its month and day, a
/// quake's magnitude, and a numeral that counts nothing, as in a place's name: `2008年5月12日，
/// 四川汶川发生8.0级特大地震`) and at most 40 characters up to the hit (`1996年丽江大地震波及我县，房屋倒塌数百间`): the whole sentence tells of that year.
static YEAR_OPENS_SENTENCE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^[\s　]*(?:在|于|早在)?(?P<year>(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})年(?:\d{1,2}月(?:\d{1,2}日)?)?(?P<rest>(?:[^。！？!?\n0-9〇○零一二三四五六七八九十]|\d{1,2}(?:\.\d)?级|[〇○零一二三四五六七八九十][^。！？!?\n0-9〇○零一二三四五六七八九十百千万人名户间起处座辆例个位次]){0,40})$",
    )
    .expect("year pattern compiles")
});

/// Words that bring a sentence opened by a past year back to now (`2019年建成的大桥，今天发生垮塌`).
const NOW_WORDS: &[&str] = &[
    "今年", "今天", "今日", "今晨", "昨天", "昨日", "昨晚", "近日", "日前", "目前", "现在", "当前",
    "本月", "本周", "上周", "近期", "刚刚", "刚才", "至今", "以来", "凌晨", "当天",
];

/// Whether the sentence of a hit (`sentence`: its folded text up to the hit) opens with a year at
/// least [`HISTORY_YEARS`] back ([`YEAR_OPENS_SENTENCE`]) and says nothing of now between
/// ([`NOW_WORDS`]), nor uses the year to describe a thing (`2019年建成的大桥发生坍塌`: a `的`
/// between).
fn sentence_long_ago(sentence: &str) -> bool {
    use chrono::Datelike;
    YEAR_OPENS_SENTENCE.captures(sentence).is_some_and(|c| {
        let rest = c.name("rest").map_or("", |r| r.as_str());
        year_number(&c["year"]).is_some_and(|y| y <= chrono::Utc::now().year() - HISTORY_YEARS)
            && !NOW_WORDS.iter().any(|w| rest.contains(w))
            // `2019年建成的农贸市场发生火灾`: the year only dates what the `的` describes
            && !rest.contains('的')
    })
}

/// Words of a condition that, opening a sentence, make all of it advice on what to do when the event
/// happens (`如果遇到泥石流，请立即向与泥石流成垂直方向的两侧山坡上跑`). Not `遇到`, which as often
/// opens a report (`遇到持续降雨，昨晚永春乡发生泥石流`).
const CONDITIONS: &[&str] = &[
    "如果",
    "假如",
    "万一",
    "一旦",
    "如遇",
    "若遇",
    "如发生",
    "若发生",
];

/// Openings that look like a condition but report: a rhetorical `如果说`, a counterfactual
/// (`如果不是村干部及时组织转移，昨晚的泥石流…`, `假如没有预警`).
const NOT_CONDITIONS: &[&str] = &["如果说", "如果不是", "如果没有", "假如没有", "假如不是"];

/// Words of remembrance or of a time long past that, opening a sentence, make all of it history
/// (`回顾历史，1970年1月5日，云南通海发生7.7级地震`, `上世纪五十年代，维西境内曾发生一次地震`,
/// `小时候，我亲眼见过泥石流冲进村子`), unless it tells of now ([`NOW_WORDS`]).
const PAST_OPENERS: &[&str] = &[
    // records of old (`据史料记载，…`: breaker round 89; a chronicle named in its title is
    // [`chronicled`])
    "据县志",
    "据史料",
    "史料记载",
    "回顾",
    "铭记",
    "缅怀",
    "上世纪",
    "上个世纪",
    "二十世纪",
    "小时候",
    "五十年代",
    "六十年代",
    "七十年代",
    "八十年代",
    "九十年代",
];

/// Whether `sentence` opens citing what a chronicle or a history records, by its title
/// (`据《维西县志》记载，清光绪年间维西曾发生强烈地震`, `据《清史稿》载`): `据`, a title ending with 志,
/// 史 or 史稿, then `记载` or `载`. A newspaper's report (`据《云南日报》报道`) tells news, and so
/// does a sentence about the chronicle's office (`《维西县志》编纂办公室…发生火灾`).
fn chronicled(sentence: &str) -> bool {
    sentence
        .strip_prefix("据《")
        .and_then(|t| t.split_once('》'))
        .is_some_and(|(title, rest)| {
            (title.ends_with(['志', '史']) || title.ends_with("史稿"))
                && (rest.starts_with("记载") || rest.starts_with('载'))
        })
}

/// Words that, opening a sentence, make it a statistic (`据统计，溺水是我国中小学生意外死亡的第一
/// 杀手`), unless it counts one event (`据统计，此次火灾造成…`: [`ONE_EVENT`]) or tells of now.
const STATISTICS: &[&str] = &["据统计", "据不完全统计", "统计显示", "数据显示"];

/// Words that point at one event.
const ONE_EVENT: &[&str] = &[
    "此次", "这次", "本次", "本轮", "该起", "这起", "此起", "该次",
];

/// A hazard said to recur, in the hit's clause before it (`每年冬季都有群众因烧炭取暖发生一氧化碳中毒`,
/// `冬季是火灾高发季节`, `山区强降雨往往引发泥石流`), or in the clause before when the hit's tells
/// its consequence (`交通事故时有发生，造成人员伤亡`): what tends to happen, not an event (breaker round 71). A
/// clause after it tells of its own (`车祸时有发生，今天又撞死一个人`: breaker round 73).
static HABITUAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"时有发生|屡有发生|屡见不鲜|往往|高发季节|每年[^，。！？；：,!?;:\n]{0,6}都(?:有|会)",
    )
    .expect("habitual pattern compiles")
});

/// [`HABITUAL`] read in the hit's clause, or in the clause before one that opens with a
/// consequence (`造成`, `导致`, `致使`). `sentence`: the hit's sentence up to the hit.
fn habitual(sentence: &str) -> bool {
    let mut clauses = sentence.rsplit(CLAUSE_ENDS);
    let own = clauses.next().unwrap_or("");
    HABITUAL.is_match(own)
        || (["造成", "导致", "致使"].iter().any(|c| own.starts_with(c))
            && clauses
                .next()
                .is_some_and(|before| HABITUAL.is_match(before)))
}

/// What ends a clause inside a sentence.
const CLAUSE_ENDS: &[char] = &['，', ',', '；', ';', '：', ':'];

/// Whether the sentence of a hit (`sentence`: its folded text up to the hit) opens with remembrance
/// ([`PAST_OPENERS`]) and tells nothing of now, or with a statistic ([`STATISTICS`]) and tells of
/// no one event ([`ONE_EVENT`]) nor of now, or (the sentence or the hit's clause) opens with one of
/// [`CONDITIONS`] and tells nothing of now or of what has happened before the hit (`一旦堰塞湖溃决
/// …，县里已立即撤离下游群众`, `…，昨天又塌了`: [`NOW_WORDS`], `已`), and its first clause is no
/// negative condition, which is a warning or a threat (`假如政府再不来人，我们就堵路`).
fn sentence_recalls_or_supposes(sentence: &str) -> bool {
    let sentence = sentence.trim_start_matches([' ', '　', '\n']);
    if PAST_OPENERS.iter().any(|w| sentence.starts_with(w)) || chronicled(sentence) {
        return !NOW_WORDS.iter().any(|w| sentence.contains(w));
    }
    if STATISTICS.iter().any(|w| sentence.starts_with(w)) {
        return !NOW_WORDS
            .iter()
            .chain(ONE_EVENT)
            .any(|w| sentence.contains(w));
    }
    // the sentence, or the hit's own clause (`…，假如他倒的页岩塌下来影响水沟，要他清除`)
    let clause = sentence.rsplit(CLAUSE_ENDS).next().unwrap_or(sentence);
    [sentence, clause].into_iter().any(|opened| {
        let first_clause = opened.split(CLAUSE_ENDS).next().unwrap_or(opened);
        CONDITIONS.iter().any(|c| opened.starts_with(c))
            && !NOT_CONDITIONS.iter().any(|c| opened.starts_with(c))
            && !first_clause.contains(['不', '没'])
            && !opened.contains('已')
            && !NOW_WORDS.iter().any(|w| opened.contains(w))
    })
}

/// A drill's scenario or a work's story, earlier in the hit's sentence: `本次演练模拟叶枝镇突发
/// 泥石流、群众被困的场景`, `演练模拟澜沧江突发山洪，多名群众被困`, `影片再现了矿难救援场景`,
/// `书中讲述了一场森林火灾中消防员的故事`. A drill or exercise followed within 12 characters by
/// `模拟`, `假设` or `设定`; a film, book or play followed within 6 by `讲述`, `再现`, `展现`,
/// `描写`, `描述`, `反映`, `还原` or `演绎`. (Breaker round 89: a field exercise's scenario,
/// `演练假定…`, `应急拉练设置了山体滑坡…`, and a contest's or an exercise's events listed in their
/// clause, `比武科目包括高层建筑火灾扑救`; not `比武进行到第三个科目时，…仓库突发火灾`.)
static STAGED_OR_TOLD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:演练|演习|拉练|推演|实训)[^。！？!?\n]{0,12}?(?:模拟|假设|假定|设定)|(?:演练|拉练|比武)[^，。！？；,!?;\n]{0,6}?(?:科目|课目)(?:包括|有|为|是)|(?:演练|拉练)设置了|(?:影片|电影|纪录片|片中|书中|该书|小说|剧中|话剧|舞台剧|情景剧|故事|作品)[^。！？!?\n]{0,6}?(?:讲述|再现|展现|描写|描述|反映|还原|演绎)",
    )
    .expect("staged pattern compiles")
});

/// Inside a work of fiction, a game or a dream, earlier in the hit's clause: `小说里死了一个学生`,
/// `这部电影里有人持枪抢劫银行`, `港片里的绑架案`, `昨晚梦见发生了地震` (the regression helper of
/// round 93). `里` after the work's name (not `中`: `电影中心`), or dreaming. Not `电影院里`,
/// `观看电影时，影院突发火灾`, nor `悲剧` or `惨剧`, which name real events; nor `书里` (`投诉书里反映的`),
/// `片子里` (an X-ray's), a title's `》里` (`《维西新闻》里播了`), `睡梦中` or `做梦也没想到`
/// (the regression helpers of rounds 94 and 95), nor `大片里` (`后山那一大片里又塌方了`), `梦里`
/// or `梦到` (`在睡梦里被泥石流冲走了`, `梦里水乡农家乐着火了`, `追梦到昆明打工的小伙子出车祸了`:
/// round 96).
static IN_A_WORK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:小说|电影|影片|港片|电视剧|连续剧|网剧|短剧|美剧|韩剧|日剧|动画片|动画|动漫|漫画|游戏)里|梦见",
    )
    .expect("work pattern compiles")
});

/// Whether the sentence of a hit (`sentence`: its folded text up to the hit) is a drill's scenario
/// or a work's story ([`STAGED_OR_TOLD`]) and tells nothing of now ([`NOW_WORDS`], `真的`): `上周
/// 演练模拟过山洪，昨晚真的发生了山洪` reports one. Or the hit's clause is inside a work or a dream
/// ([`IN_A_WORK`]), no simile or imitation (`像电视剧里`, `学游戏里跳楼`, `电影里那种爆炸在化工厂发生了`),
/// and nothing after it turns to the real world (`真`, now, `同时`, `突然`; or, in the rest of the
/// sentence, `真的`, `是真` or `醒来`: `昨晚梦到发洪水，醒来发现是真的`, not `拍得真好`); a time
/// before it is the dream's (`昨晚梦见`). `rest` is the folded rest of the sentence after the hit.
fn sentence_staged_or_told(sentence: &str, rest: &str) -> bool {
    // the frame in the hit's own clause
    let clause = sentence.rsplit(CLAUSE_ENDS).next().unwrap_or(sentence);
    if let Some(m) = IN_A_WORK.find_iter(clause).last() {
        let after = &clause[m.end()..];
        // `像电影里`, `学游戏里跳楼`: a simile or an imitation; `电影里那种爆炸在化工厂发生了`
        let likened = clause[..m.start()].ends_with(['像', '学', '跟'])
            || ["一样", "似的", "一般", "那种", "那样"]
                .iter()
                .any(|w| after.starts_with(w));
        if !likened
            && !turns_real(after)
            && !["真的", "是真", "醒来"].iter().any(|w| rest.contains(w))
        {
            return true;
        }
    }
    STAGED_OR_TOLD.is_match(sentence)
        && !sentence.contains("真的")
        && !NOW_WORDS.iter().any(|w| sentence.contains(w))
}

/// Whether a drill's scenario or a work's story ([`STAGED_OR_TOLD`]) earlier in the paragraph of a
/// hit (`head`: the folded text before it) runs on to the hit: `…演练模拟我县发生6.0级地震。各救援
/// 队伍迅速集结开展搜救。`. Not when the text after the scenario tells of now, of something real or
/// of something at the same time (`与此同时，塔城镇发生真实森林火灾`, `演练中途…`).
fn paragraph_staged(head: &str) -> bool {
    let paragraph = head.rsplit('\n').next().unwrap_or(head);
    STAGED_OR_TOLD
        .find_iter(paragraph)
        .last()
        .is_some_and(|m| !turns_real(&paragraph[m.end()..]))
}

/// Whether `after`, the text after a drill's scenario, a work's story or a dream up to a hit,
/// turns to the real world: `真`, something at the same time ([`BREAKS_THE_SCENARIO`]) or now
/// ([`NOW_WORDS`]).
fn turns_real(after: &str) -> bool {
    after.contains('真')
        || BREAKS_THE_SCENARIO.iter().any(|w| after.contains(w))
        || NOW_WORDS.iter().any(|w| after.contains(w))
}

/// Words after a drill's scenario that turn to a real event: `与此同时`, `就在演练进行时`, `演练中途`.
const BREAKS_THE_SCENARIO: &[&str] = &["同时", "就在", "中途", "期间", "突然", "突发"];

/// What follows a number that counts events: an approximation, then the measure word
/// (`300余次`, `42起`).
const EVENTS: &str = "[余多]?(?:起|次|场|宗)";

/// A count of events right after a hit (`扑救火灾42起`, `发生交通事故12次`): two or more, in
/// digits or numerals.
static EVENTS_COUNTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "^(?:[2-9]|[1-9]\\d+|[两二三四五六七八九十百千]+){EVENTS}"
    ))
    .expect("tally pattern compiles")
});

/// Words of a total in a sentence (`去年共出警300余次`, `全年累计扑救火灾12起`).
const TOTALS: &[&str] = &["共", "累计", "合计", "总计"];

/// A count of events anywhere (`出警300余次`).
static EVENTS_COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("(?:\\d+|[两二三四五六七八九十百千]+){EVENTS}"))
        .expect("tally pattern compiles")
});

/// What a comparison after an event's term may measure of it: `森林火灾过火面积同比下降30%`.
const HIT_FIGURES: &[&str] = &[
    "起数",
    "次数",
    "数量",
    "面积",
    "过火面积",
    "受害率",
    "发生率",
    "损失",
    "伤亡人数",
    "死亡人数",
    "发案数",
    "发案率",
    "案件数",
];

/// A fall compared with another period and its figure: `同比下降30%`, `环比减少两成`. Not a rise:
/// `手足口病疫情同比上升三倍` is an alarm (the regression helper of round 94).
static COMPARED_FIGURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:同比|环比)(?:下降|减少|降低)[^，。！？；,!?;]{0,6}?(?:\d|[一二两三四五六七八九十]成)",
    )
    .expect("comparison pattern compiles")
});

/// Whether the hit is counted in a period's figures: a total word earlier in its sentence
/// ([`TOTALS`]), a count of two or more events right after it ([`EVENTS_COUNTED_AFTER`]) or of
/// events before it in the sentence or later in its clause; or a period ([`PERIODS`],
/// [`PERIOD_RANGE`]) and a count right after the hit or of cases ([`CASES_COUNTED`]) before it or
/// later in its clause; and nothing of now in the sentence, before or after the hit
/// ([`NOW_WORDS`], but for a year so far: [`PERIODS_SO_FAR`]); or a fall of the hit's own figure
/// compared with another period later in its clause ([`COMPARED_FIGURE`] right after the hit or
/// after one of [`HIT_FIGURES`]: `森林火灾过火面积同比下降30%`). `去年共出警300余次，扑救火灾42起，
/// 抢救被困群众56人` is a year's work, not an emergency (`昨日共发生山体滑坡3起` is news).
/// `sentence` is the hit's sentence up to it, `tail` the folded text after the hit.
fn tallied(sentence: &str, tail: &str) -> bool {
    // the rest of the sentence may tell of now too (`今年共发生森林火灾4起，最新一起今天下午…`)
    let rest = tail.split(SENTENCE_ENDS).next().unwrap_or(tail);
    // a `；` (folded to `;`) starts another statement (`1至5月，全县发生交通事故8起；5月31日，…又
    // 发生交通事故1起`)
    let sentence = sentence.rsplit([';', '；']).next().unwrap_or(sentence);
    let rest = rest.split([';', '；']).next().unwrap_or(rest);
    let counted_after = EVENTS_COUNTED_AFTER.is_match(tail);
    // Cases counted later in the hit's clause (`全县共发生地质灾害险情5起`, `上半年，全县发生火灾
    // 事故2起`: breaker round 82). One case is a figure only beside a comparison (`上半年，全县
    // 发生火灾1起，同比下降50%`); otherwise it is how a report counts its event (`春节期间，城关镇
    // 一民房发生火灾1起，造成2人死亡`: round 83).
    let clause = tail
        .split(|c| SENTENCE_ENDS.contains(&c) || CLAUSE_ENDS.contains(&c))
        .next()
        .unwrap_or(tail);
    let compared = COMPARISONS.iter().any(|w| rest.contains(w));
    let figure = |s: &str| {
        CASES_COUNTED.find(s).is_some_and(|m| {
            let n = m.as_str().trim_end_matches(['起', '宗', '余', '多']);
            (n != "1" && n != "一") || compared
        })
    };
    let counted_in_clause = figure(clause);
    // a day named is one event's (`去年12月31日，城关镇发生火灾1起`)
    let dated = DAY.is_match(sentence);
    // a period sums up cases (`起`) only: `自9月以来降雪已达40余次，…遭受严重雪灾` tells of a
    // disaster going on
    let totalled = TOTALS.iter().any(|w| sentence.contains(w))
        && !dated
        && (counted_after || counted_in_clause || EVENTS_COUNTED.is_match(sentence));
    let period = (PERIODS.iter().any(|w| sentence.contains(w)) || PERIOD_RANGE.is_match(sentence))
        && !dated
        && (counted_after || counted_in_clause || figure(sentence));
    // `截至目前`, `1月1日至今`: the period runs to now, no news of now
    let so_far = |s: &str| {
        s.replace("截至目前", "")
            .replace("日至今", "")
            .replace("月至今", "")
    };
    // a figure compared with another period's later in the hit's clause (`今年全县森林火灾过火面积
    // 同比下降30%`: breaker round 94)
    // (with a figure after it: `同比去年规模更大`, `同比多了好多` report events; the regression
    // helper of round 94)
    let compared_in_clause = COMPARED_FIGURE.find(clause).is_some_and(|m| {
        // (the hit's own figure: `森林火灾过火面积同比下降`; not what it caused, `冰雹灾害后核桃产量
        // 同比下降五成`, `冰冻灾害气温环比下降12℃`: the regression helper of round 95)
        let between = &clause[..m.start()];
        between.is_empty() || HIT_FIGURES.contains(&between)
    });
    let (sentence, rest) = (so_far(sentence), so_far(rest));
    (totalled || period || compared_in_clause)
        && !NOW_WORDS
            .iter()
            .filter(|w| !PERIODS_SO_FAR.contains(w))
            .any(|w| sentence.contains(w) || rest.contains(w))
}

/// Periods a report sums up (`一季度全县发生生产安全事故2起`, `今年以来全县发生火灾8起`,
/// `去年全县发生火灾5起`): figures as much as a total word's (breaker rounds 78 and 80).
const PERIODS: &[&str] = &[
    "季度",
    "上半年",
    "下半年",
    "全年",
    "年度",
    "以来",
    "期间",
    "月份",
    "去年",
    "前年",
    "假期",
    "长假",
    "汛期",
    "截至目前",
];

/// Words comparing a figure with another period's (`同比下降50%`, `与去年持平`).
const COMPARISONS: &[&str] = &["同比", "环比", "持平", "下降", "减少", "上升", "增长"];

/// A day of a month (`12月31日`), not an end of a range (`1月1日至6月30日`).
static DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^至到—\-－~])\d{1,2}月\d{1,2}日(?:[^至到—\-－~]|$)")
        .expect("day pattern compiles")
});

/// A count of cases (`2起`, `十余起`, `一起`, `12宗`), which a period's figures give.
static CASES_COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new("(?:\\d+|[一两二三四五六七八九十百千]+)[余多]?[起宗]")
        .expect("tally pattern compiles")
});

/// A range of months or days summed up (`1至5月`, `1—5月`, `一至五月`, `1月1日至6月30日`), or a
/// year before a comma or the area it sums up (`2023年全县发生…`)
/// (`2023年，全县发生道路交通事故25起`: breaker round 82).
static PERIOD_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\d{1,2}|[一二三四五六七八九十]{1,2})(?:至|到|—|－|-|~)(?:\d{1,2}|[一二三四五六七八九十]{1,2})月|\d{1,2}月\d{1,2}日(?:至|到|—|－|-|~)\d{1,2}月\d{1,2}日|(?:19|20)\d{2}年(?:度|全年|以来)?(?:[，,]|全县|全州|全市|全省|我县)")
        .expect("period pattern compiles")
});

/// Words of [`NOW_WORDS`] that in a total count a period up to now (`今年共扑救火灾86起`, `今年以来
/// 累计…`): figures, not news.
const PERIODS_SO_FAR: &[&str] = &["今年", "以来"];

/// A time long enough ago up to 6 characters before a hit, in the same clause: `十年前`, `多年前`,
/// `20年前` (at least [`HISTORY_YEARS`] years: `一年前` is still news), or `当年` right before it
/// (at most 2 characters between: `当年被困的群众`, `当年那场泥石流`); a decade or childhood up to
/// 8 before (`五十年代那次大地震`, `小时候见过的山洪`); last year's or the year before's event
/// recalled as known (`去年那场山洪之后`). Group `n` holds the number.
static YEARS_AGO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(?P<n>\d{1,3}|[一二两三四五六七八九十百]{1,3}|几|多|数|好几|十几|几十)年前[^，。！？；：,!?;:\n]{0,6}|当年[^，。！？；：,!?;:\n]{0,2}|(?:上世纪|上个世纪|[一二三四五六七八九]十年代|\d0年代|小时候)[^，。！？；：,!?;:\n]{0,8}|(?:去年|前年)那[场次][^，。！？；：,!?;:\n]{0,4})$",
    )
    .expect("years-ago pattern compiles")
});

/// Whether `head` (the folded text before a hit) ends with [`YEARS_AGO`] at least
/// [`HISTORY_YEARS`] back.
fn years_ago(head: &str) -> bool {
    YEARS_AGO.captures(head).is_some_and(|c| {
        c.name("n")
            .is_none_or(|n| !matches!(n.as_str(), "1" | "一" | "01"))
    })
}

/// How many years back an event named with its year is history (`2024年` is still news in 2025).
pub const HISTORY_YEARS: i32 = 2;

/// A year written in four ASCII digits or four Chinese ones (`二〇〇八`).
fn year_number(year: &str) -> Option<i32> {
    year.chars().try_fold(0, |acc, c| {
        let d = match c {
            '0'..='9' => c as i32 - '0' as i32,
            _ => "〇一二三四五六七八九"
                .chars()
                .position(|n| n == c)
                .or_else(|| matches!(c, '○' | '零').then_some(0))? as i32,
        };
        Some(acc * 10 + d)
    })
}

/// Whether `head` (the folded text before a hit) ends with a year at least [`HISTORY_YEARS`]
/// before the current one ([`YEAR_BEFORE`]). A two-digit year is the latest year ending in those
/// digits that is not in the future (`08年` is 2008, `98年` 1998).
fn long_ago(head: &str) -> bool {
    use chrono::Datelike;
    let now = chrono::Utc::now().year();
    let year = YEAR_BEFORE
        .captures(head)
        .and_then(|c| match c.name("year") {
            Some(y) => year_number(y.as_str()),
            None => year_number(&c["yy"]).map(|yy| {
                let century = now - now % 100;
                if century + yy <= now {
                    century + yy
                } else {
                    century - 100 + yy
                }
            }),
        });
    year.is_some_and(|y| y <= now - HISTORY_YEARS)
}

/// A drill that ends the hit's clause further on than [`PREVENTION_AFTER`] reaches: up to 20
/// characters between (`火灾疏散和人员搜救实战演练`, `地震应急避险及疏散演练`).
static DRILL_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<between>[^，。！？；：,!?;:\n]{0,20}?)(?:演练|演习|拉练(?:[，。！？；,.!?;\n]|$))",
    )
    .expect("drill pattern compiles")
});

/// What to do when the event happens, right after a hit: `地震发生时，身处室内应就近躲避`,
/// `火灾时要用湿毛巾捂住口鼻`; a word of advice (`应`, `要`, `不要`, `切勿`, `务必`, `请`, `可以`) in
/// the clause after `时` or the next one. (`地震发生时，正在上课的学生迅速撤离` reports one.)
static SAFETY_TIP_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:发生|来临|来袭|到来)?时[，,]?[^，,。！？!?；;\n]{0,10}?(?:应当|应该|应|要|不要|切勿|千万|务必|请|可以)")
        .expect("safety tip pattern compiles")
});

/// A penalty or a duty on a condition, the hit in the condition: `违反规定造成人员伤亡的，依法追究
/// 刑事责任`, `凡因违规用火引发森林火灾的，依法追究责任`, `燃放烟花爆竹引发火灾的，由公安机关依法
/// 处理` (breaker rounds 59, 61). The hit's clause ends in `的` and the next clause opens with what
/// follows then (`依法`, `一律`, `将`, `由`, `移送`…); see [`rule_condition`] for what the clause
/// before the hit must say.
static PENALTY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^，,。！？!?；;：:\n]{0,20}?的[，,]\s*(?:依法|依规|一律|从严|严肃|将|须|必须|应当|应|要|予以|视情|追究|承担|按照|按规定|由|移送|移交)")
        .expect("penalty pattern compiles")
});

/// Eligibility on a kind of event, the hit one of the kind: after `因` (see [`rule_condition`]), the
/// hit heads a list of kinds (`因地震、洪涝等自然灾害造成房屋倒损的农户，可按规定申请恢复重建补助`) or
/// is what costs arise from (`参保人员因交通事故产生的医疗费用，依法应由第三人负担的`), and the next
/// clause opens with what then follows (`可`, `依法`, `应由`, `不予`…; breaker round 91). Not one event
/// of a place or a time, without a list or a cost (`因叶枝镇泥石流房屋倒塌的农户，可按规定申请`,
/// `上周因山洪受灾的群众，可到乡政府申请`: the regression helper of round 91).
static ELIGIBLE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[^，,。！？!?；;：:\n]{0,12}?等(?:自然灾害|灾害|意外事故|意外|事故|原因)[^，,。！？!?；;：:\n]{0,12}?的[^，,。！？!?；;：:\n的]{1,6}|(?:产生|发生|支出)的(?:医疗|治疗|救治|抢救)?费用)[，,]\s*(?:可|均可|依法|应由|不予|按规定|按照规定)")
        .expect("eligibility pattern compiles")
});

/// What makes the event of a condition a hypothetical cause: `造成`, `引发`, `引起`, `导致`,
/// `(致)使`, or a breach (`违反`, `违规`).
const CAUSES: &[&str] = &["造成", "引发", "引起", "导致", "使", "违反", "违规", "发生"];

/// What ties the event of a condition to one that happened: a time (`今天`, `昨晚`, a date), `此次`,
/// `这次`, a named event (`“7·15”`), or the event as a setting (`火灾中受伤的`, `在…中`).
const REAL_EVENT_SIGNS: &[&str] = &[
    "今天",
    "今日",
    "昨天",
    "昨日",
    "昨晚",
    "前天",
    "此次",
    "这次",
    "本次",
    "日",
    "·",
    "在",
    "今年",
    "去年",
    "近日",
    "近期",
    "这场",
    "本轮",
    "上周",
    "上个月",
    "上月",
    "本月",
];

/// A sentence that quotes a rule: it cites a law, a regulation or a rule by title (`根据《工伤保险条例》
/// 第十四条`, `依照《机动车驾驶员培训管理规定》`) or as `规定` (`根据规定，`).
static RULE_CITED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"《[^》]{1,40}(?:条例|法|规定|办法|细则|规则|标准)》|(?:根据|依照|按照|依据)(?:有关|相关)?规定")
        .expect("rule citation pattern compiles")
});

/// Whether a hit is the condition of a penalty or a duty, a rule and not a report (`sentence`: its
/// sentence up to the hit, `head`: the text before it, `tail`: what follows it). The next clause
/// follows from the hit's ([`PENALTY_AFTER`], and no `中` right after the hit), and either:
/// - the hit's clause names it as a cause ([`CAUSES`] before it) and nothing ties it to an event
///   that happened ([`REAL_EVENT_SIGNS`]): `造成人员伤亡的，依法追究刑事责任` is a rule, and
///   `在此次地震中房屋倒塌的，按照…予以补助` and `今天火灾中受伤的，一律免费救治` report one (breaker
///   round 61); or
/// - the sentence quotes a rule ([`RULE_CITED`]), which needs no cause in its condition, and
///   neither a sign of an event (but `在`, which rules use too: `学员在学习驾驶中…`) nor the writer
///   (`我`, `我家`) is in the hit's clause: `依照《工伤保险条例》第十四条，职工…受到非本人主要责任的
///   交通事故…伤害的，应当认定为工伤` is a rule, `依照《工伤保险条例》，我丈夫昨天…发生交通事故的，
///   应当认定为工伤吧` tells of one (breaker round 90).
fn rule_condition(sentence: &str, head: &str, tail: &str) -> bool {
    let eligible = ELIGIBLE_AFTER.is_match(tail);
    if !(PENALTY_AFTER.is_match(tail) || eligible) || tail.starts_with('中') {
        return false;
    }
    let clause = head.rsplit(CLAUSE_ENDS).next().unwrap_or(head);
    let tied = |but_zai: bool| {
        REAL_EVENT_SIGNS
            .iter()
            .any(|w| !(but_zai && *w == "在") && clause.contains(w))
    };
    // (`因` names a cause of a kind of event only in an eligibility: `因山洪房屋被冲毁的，由乡政府
    // 统一安排临时住所` tells of one)
    let cause = CAUSES.iter().any(|c| clause.contains(c)) || (eligible && clause.contains('因'));
    (cause && !tied(false))
        || (RULE_CITED.is_match(sentence) && !clause.contains('我') && !tied(true))
}

/// Escaping or self-rescue named right after a hit, as a skill (`学习了火灾逃生、防溺水等安全知识`,
/// `地震自救互救`); not an escape that happened (`火灾逃生了出来`, `跳窗逃生成功`).
static ESCAPE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:逃生|自救|互救|避险)(?:[^了出成]|$)").expect("escape pattern compiles")
});

/// The people or places at risk of a hazard, named with `受…威胁` as an attribute: `受地质灾害威胁的群众`,
/// `受地质灾害威胁不宜居住`, `受山洪威胁户`: a hazard to plan for, not an event (`山洪威胁着下游村庄`
/// is one).
static AT_RISK_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^威胁(?:的|不宜|群众|户|区|人口|村|点)").expect("at-risk pattern compiles")
});

/// An elevator up to 6 characters after a hit, in the same clause and not in another item of a list:
/// entrapment in one is a property-management complaint (`被困在3号楼电梯里`), and an emergency
/// word before one is a safety tip (`火灾时不要乘坐电梯`). (`火灾和业主被困电梯` names a fire.)
static ELEVATOR_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?P<between>[^，。！？；：,!?;:\n、和及与或]{0,6}?)电梯")
        .expect("elevator pattern compiles")
});

/// What between prevention wording and the hit after it says the prevention failed and the event
/// happened: `安全防范不到位引发火灾`. (`严防发生森林火灾`, `防范因强降雨引发的山洪` prevent.)
const FAILED: &[&str] = &["不到位", "不力", "失职"];

/// Whether the prevention wording `c` matched in `head` is a vehicle's or a person's dodge, and the
/// hit after it what the dodge ended in: `一辆货车为避开落石发生侧翻` (breaker round 76). `为` or
/// `为了` right before `避开` or `避让`, and the event happening between (`发生`, `导致`…), say
/// why something was done and what it ended in (`为避免发生火灾` and `为避开可能发生的山体滑坡，
/// 村民提前转移` still prevent).
fn dodged(head: &str, c: &regex::Captures<'_>) -> bool {
    let whole = c.get(0).expect("group 0 is the match");
    let before = &head[..whole.start()];
    let verb = &whole.as_str()[..whole.len() - c.name("between").map_or(0, |b| b.len())];
    let between = c.name("between").map_or("", |b| b.as_str());
    (verb.ends_with("避开") || verb.ends_with("避让"))
        && (before.ends_with('为') || before.ends_with("为了"))
        // what was dodged, then what happened: `落石发生`; not `可能发生的` (what was avoided)
        && ["发生", "导致", "造成", "引发"].iter().any(|w| between.ends_with(w))
        && !between.contains("可能")
}

/// What between a hit and the prevention wording after it says the event happened: `山洪冲毁了
/// …防汛宣传栏`, `聚集性疫情后县疫情防控指挥部`, `火灾发生在县委宣传部`.
const HAPPENED: &[&str] = &["了", "后", "发生", "造成", "导致", "引发", "毁", "真的"];

/// Whether the hit over folded characters `[start, end)` of `text` is about preventing the event
/// rather than an event, for lists with `@prevention drop`: a fire drill or a drowning-prevention
/// campaign is routine work, not a 第四条 emergency. True when, in the hit's clause, a verb of
/// preventing stands up to 6 characters before it (`预防学生溺水`) with no sign of failure between
/// (`防范不到位引发火灾`), or prevention or training words up to 8 characters after it
/// (`火灾扑救应急演练`) with nothing between saying it happened (`山洪冲毁了防汛宣传栏`,
/// `火灾发生在县委宣传部`); either may reach over the rest of a list (`防范山洪、泥石流、山体滑坡`).
/// Also an elevator up to 6 characters after it in the clause, outside any list: `被困在3号楼电梯里`
/// (but `着火导致电梯停运`, `火灾和业主被困电梯`).
/// Also an event of a year at least [`HISTORY_YEARS`] before the current one, the year right before
/// it in the same clause (`1976年唐山大地震后`, `2008年汶川特大地震`), or so many years ago
/// (`十年前那场泥石流`, `当年被困的群众`; `一年前` is still news): history, not news. Also the
/// population at risk of it (`受…威胁` as an attribute: `受地质灾害威胁的群众`), or advice on what
/// to do when it happens (`地震发生时，身处室内应就近躲避`), or the condition of a penalty
/// (`造成人员伤亡的，依法追究刑事责任`), or a drill's scenario or a work's
/// story (a drill or exercise followed by `模拟`, a film or book by `讲述`, `再现`…).
/// Reads at most 56 folded characters on each side.
pub fn prevented(text: &Normalized, start: usize, end: usize) -> bool {
    let (head, tail) = (text.folded_before(start, 56), text.folded_after(end, 56));
    // the hit's sentence up to it, read by the four sentence-wide readings
    let (sentence, _) = in_sentence(head, "");
    if long_ago(head)
        || years_ago(head)
        || sentence_long_ago(sentence)
        || sentence_recalls_or_supposes(sentence)
        || habitual(sentence)
        || sentence_staged_or_told(sentence, in_sentence("", tail).1)
        || paragraph_staged(head)
        || tallied(sentence, tail)
    {
        return true;
    }
    if rule_condition(sentence, head, tail) {
        return true;
    }
    if (head.ends_with('受') || head.ends_with("受到")) && AT_RISK_AFTER.is_match(tail) {
        return true;
    }
    if ADVICE_AFTER.is_match(tail) {
        return true;
    }
    // `担心水库大坝决堤，`, `时刻担心路基坍塌，`: what is feared ends the clause; not `担心地震灾区的
    // 亲人`, `担心被困人员的安全`, where the hit describes someone, nor `家属担心被困人员，`, a fear
    // for people; and in either form not when what follows says it came all the same (regression
    // breaker round 84)
    let of_people = || {
        ["人员", "者", "群众", "人"]
            .iter()
            .any(|p| text.folded_before(end, 2).ends_with(p))
    };
    let came = || {
        let next: String = tail.chars().take(16).collect();
        CAME_ALL_THE_SAME.iter().any(|w| next.contains(w))
    };
    if ((FEARED_BEFORE.is_match(head)
        && !of_people()
        && tail
            .chars()
            .next()
            .is_none_or(|c| "，。！？；,!?;\n…".contains(c)))
        || FEAR_OF_HAPPENING.is_match(head))
        && !came()
    {
        return true;
    }
    // (`泥石流发生前有哪些征兆`, `火灾发生时如何逃生`: before or when it happens is no sign it
    // happened)
    let calm = |between: Option<regex::Match<'_>>, signs: &[&str]| {
        between.is_none_or(|b| {
            let b = b.as_str().replace("发生前", "").replace("发生时", "");
            !signs.iter().any(|h| b.contains(h))
        })
    };
    PREVENTION_BEFORE.captures(head).is_some_and(|c| {
        calm(c.name("between").or(c.name("forbidden")), FAILED) && !dodged(head, &c)
    }) || [
        &PREVENTION_AFTER,
        &DRILL_AFTER,
        &ELEVATOR_AFTER,
        &SAFETY_TIP_AFTER,
        &ESCAPE_AFTER,
    ]
    .iter()
    .any(|re| {
        re.captures(tail)
            .is_some_and(|c| calm(c.name("between"), HAPPENED))
    })
}

/// Whether folded character `folded_start` of `text` stands inside quotation marks or a title opened
/// earlier on its line (`“…”`, `‘…’`, `「…」`, `『…』`, `《…》`, or an odd number of `"` before it):
/// quoted speech and the titles of works (`小品《太让人感动了》`) in a repost are the original's (`村民李大妈说：“我觉得现在的日子太好了！”`), not the reposter's opinion
/// (第七条 forbids adding one). Reads back to the start of the line.
pub fn quoted(text: &Normalized, folded_start: usize) -> bool {
    let head = text.folded_before(folded_start, folded_start);
    let line = head.rsplit('\n').next().unwrap_or(head);
    let mut straight = 0;
    for c in line.chars().rev() {
        match c {
            '“' | '「' | '『' | '‘' | '《' => return true,
            '”' | '」' | '』' | '’' | '》' => return false,
            '"' => straight += 1,
            _ => {}
        }
    }
    straight % 2 == 1
}

/// [`quoted`] at every folded character of `text`, in one pass (asking [`quoted`] for each of
/// thousands of hits on one long line was quadratic: `我认为` repeated over 100,000 characters of
/// a repost took 2.8 s; crash hunting, session of 2026-12-06).
pub fn quoted_everywhere(text: &Normalized) -> Vec<bool> {
    let mut out = Vec::with_capacity(text.folded_len());
    // the last quotation mark of the line so far (true: an opening one), and the `"` since its start
    let (mut mark, mut straight) = (None, 0usize);
    for c in text.folded.chars() {
        out.push(match mark {
            Some(open) => open,
            None => straight % 2 == 1,
        });
        match c {
            '\n' => (mark, straight) = (None, 0),
            '“' | '「' | '『' | '‘' | '《' => mark = Some(true),
            '”' | '」' | '』' | '’' | '》' => mark = Some(false),
            '"' => straight += 1,
            _ => {}
        }
    }
    out
}

/// Whether folded characters `[folded_start, folded_end)` of `text` stand inside the title of a work
/// (`《…》`, `〈…〉`, `<<…>>` or `«…»`, opened earlier on the line and closed within 40 characters
/// after the hit): a film called 《绝密使命》 is no secrecy marker, 《唐山大地震》 no earthquake. A
/// title naming a document or a letter (`关于`, `通报`, `投诉`, `反映`, `方案`…, inside it or just before it:
/// `《居民投诉……遭到报复和殴打》`, `留言《…》`) or an article (`《…》一文`, `《…》的报道`) is no
/// work: its words name real events.
pub fn in_title(text: &Normalized, folded_start: usize, folded_end: usize) -> bool {
    let tail = text.folded_after(folded_end, 40);
    // no title closes after the hit: the line before it is not read (reading it for each of
    // thousands of hits on one long line was quadratic: `火灾` repeated 25,000 times took 1.8 s;
    // crash hunting, session of 2026-12-06)
    let tail_line = tail.split('\n').next().unwrap_or(tail);
    if !TITLE_MARKS
        .iter()
        .any(|(_, close)| tail_line.contains(close))
    {
        return false;
    }
    let head = text.folded_before(folded_start, folded_start);
    let line = head.rsplit('\n').next().unwrap_or(head);
    TITLE_MARKS.iter().any(|&(open, close)| {
        let Some(o) = line.rfind(open).filter(|&o| !line[o..].contains(close)) else {
            return false;
        };
        let Some(c) = tail
            .find(close)
            .filter(|&c| !tail[..c].contains(open) && !tail[..c].contains('\n'))
        else {
            return false;
        };
        let (before, after) = (&line[o..], &tail[..c]);
        // what names the title just outside it: `留言《…》`, `《…》一文`, `《…》的报道`
        let lead = line[..o]
            .char_indices()
            .rev()
            .nth(3)
            .map_or(&line[..o], |(b, _)| &line[b..o]);
        let trail = &tail[c + close.len()..];
        !(DOCUMENT_TITLE
            .iter()
            .any(|w| before.contains(w) || after.contains(w) || lead.contains(w))
            || ["一文", "的报道", "的文章", "报道"]
                .iter()
                .any(|w| trail.starts_with(w)))
    })
}

/// Words that make a title in `《…》` a document's or a letter's subject rather than a work's
/// name, inside it or in the 4 characters before it: `关于`, `通报`, `通知`, `报告`, `情况`,
/// `投诉`, `反映`, `举报`, `问政`, `留言`, `方案`, `意见`, `决定`, `公告`, `总结`, `调查`,
/// `处置`, `处理`.
const DOCUMENT_TITLE: &[&str] = &[
    "关于", "通报", "通知", "报告", "情况", "投诉", "反映", "举报", "问政", "留言", "方案", "意见",
    "决定", "公告", "总结", "调查", "处置", "处理",
];

/// A simile or hyperbole right before a hit, in its clause: `简直是`, `堪称`, `堪比`, `大型` (the
/// slang `大型车祸现场`), `犹如`, `宛如`, `如同`, `仿佛`, or a feeling carried to an extreme
/// (`笑到`, `笑得`, `尴尬到`, `累得`, ...), at most 2 characters between it and the hit.
static FIGURE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:简直(?:就是|是)?|堪称|堪比|大型|犹如|宛如|如同|仿佛|(?:笑|美|帅|甜|爽|累|困|丑|尬|尴尬|酸|虐|好看|好笑|感动|好吃|好喝|好玩|香|辣|火)(?:到|得))[^，。！？；：,!?;:
]{0,2}$",
    )
    .expect("figure pattern compiles")
});

/// What after a hit makes it a figure: a comparison's end (`像车祸现场一样`, `跟地震似的`, `强行收费
/// 和拦路抢劫有什么区别`, `与抢劫无异`, `和拦路抢劫差不多` ending its clause: breaker round 93; not
/// `山洪差不多退了`) or a sea of homework (`被困在题海里`).
static FIGURE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:现场)?(?:一样|一般|似的|(?:有什么|有啥|有何|没什么|没啥|没有|没)(?:区别|两样)|差不多(?:$|[，。！？；,!?;])|无异|在?(?:题海|书海|书山|学海|作业堆|文山会海))")
        .expect("figure pattern compiles")
});

/// An abstract subject right before a hit, maybe with `的`, `被` and adverbs between: a belief, a
/// mind's defences, morals, trust or a feeling that collapses, is washed away or catches fire is a
/// figure (`理想信念的坍塌`, `心理防线被彻底冲垮`, `激情燃起来了`: breaker round 93). Not a bare
/// `防线` (`防洪堤的第一道防线被冲垮` is a flood).
static ABSTRACT_SUBJECT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:信念|信仰|理想|精神|道德|(?:心理|思想|精神|道德|情感)防线|心理|人设|三观|价值观|世界观|诚信|信任|信心|人格|灵魂|心灵|意志|梦想|激情|热情|斗志|热血|情绪|心态|底线)(?:的|被|已|已经|彻底|瞬间|突然|全面|逐渐|开始|轰然|随之|也|都|就|便|终于|完全|一下子|顿时|直接|再次|又)*$",
    )
    .expect("abstract subject pattern compiles")
});

/// Things, not people, that a mishap of falling, floating or being fished for befalls (`手机掉河里了`,
/// `孩子的足球掉进鱼塘里了`, `苹果从树上掉下来了`: breaker round 93), then adverbs, at the end of the
/// text before a hit. The thing must open its clause or follow `的`, `把`, `将` or `时(候)`: after
/// any other word it is what the person did or carried when they fell (`为了捡钥匙掉进水里`,
/// `老人打核桃从树上掉下来了`, `学生背着书包掉进水库了`, `边走路边看手机掉进河里了`: the
/// regression helper of round 93). (No stones, trees, signs or flowerpots: what falls on people is
/// a hazard.)
static THING_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:^|[，。！？；,!?;\s的把将]|时候|时)(?:手机|钥匙|钱包|包包|书包|背包|挎包|足球|篮球|排球|皮球|乒乓球|羽毛球|网球|球|鞋子|鞋|拖鞋|帽子|眼镜|墨镜|戒指|项链|耳环|耳机|手表|相机|东西|硬币|身份证|证件|银行卡|玩具|风筝|毽子|水桶|鱼竿|渔具|杯子|水杯|衣服|外套|雨伞|伞|头盔|充电宝|平板|电脑|作业本|本子|书|苹果|果子|梨|桃子|橘子|柿子|核桃|叶子|树叶|瓶子|塑料瓶|饭盒|筷子|勺子|口罩|围巾|手套|袜子|毛巾|遥控器|发卡)(?:不小心|一不小心|不慎|又|也|都|就|直接|刚刚|刚才|刚|差点|给|被风吹|被吹)*$",
    )
    .expect("thing pattern compiles")
});

/// Subjects right before a hit that make it a figure or a mishap of no account, each with the
/// words of the hits it reads (any one in the hit), maybe with `的` and adverbs between, at the end
/// of the text before the hit:
/// - machines and organs that "go on strike" when they break down (`打印机集体罢工了`, `电脑又罢工了`:
///   the regression helper of round 93); no vehicles nor a `系统`, whose people strike
///   (`出租汽车集体罢工了`, `公交系统集体罢工了`: rounds 94 and 95);
/// - small things that cave in or topple (`蛋糕塌陷了`); not roads, ceilings, walls, shelves, floors
///   or tiles, which people fall through or under (`人行道地砖突然塌陷，一个老人掉进坑里`,
///   `卧室的地板砖突然塌陷，一家三口掉进地下溶洞`: rounds 94 and 95);
/// - counts and attention, news, a head or a mood that "explode" (`播放量爆炸了`, `朋友圈都爆炸了`,
///   `脑子要爆炸了`: breaker round 94); not `车头`, `锅炉`, `人群`;
/// - a pet, livestock or a parcel that got lost, as its subject: at the start of its clause or after
///   `的`, `只`, `条`, `头` or `匹` (`我的快递走丢了`, `我家的牛走失了两头`: breaker round 95); not what a
///   person tended (`爷爷上山放羊走丢了`, `在养猪场打工的小伙子走失了`: the regression helper of
///   round 95).
static SUBJECT_FIGURES: LazyLock<Vec<(&[&str], Regex)>> = LazyLock::new(|| {
    let table: [(&[&str], &str); 4] = [
        (
            &["罢工"],
            r"(?:打印机|复印机|电脑|笔记本|手机|平板|空调|冰箱|洗衣机|热水器|电视|路由器|网络|网速|wifi|信号|电瓶|电池|闸机|灯泡|机器|设备|服务器|键盘|鼠标|身体|胃|肠胃|大脑|脑子|脑袋|眼睛|腰|膝盖|嗓子|味蕾)(?:的)?(?:集体|全部|全都|都|又|也|突然|直接|彻底|再次|纷纷|接连|相继|一起|同时)*$",
        ),
        (
            &["塌"],
            r"(?:蛋糕|面包|积木|沙堡|雪人|床垫|沙发|枕头|发型)(?:的)?(?:突然|一下子|直接|又|也|都|中间|有点|有些|一块)*$",
        ),
        (
            &["爆炸"],
            r"(?:播放量|阅读量|点击量|浏览量|访问量|观看量|点赞量|转发量|评论量|销量|订单量|订单|流量|人气|热度|气氛|颜值|信息|知识|人口|消息|评论区|评论|留言区|弹幕|朋友圈|微信群|群消息|群聊|票房|粉丝|脑袋|脑子|大脑|心态|情绪|笑点|演技|实力|火力|音效|画面|特效)(?:的)?(?:都|也|又|直接|瞬间|简直|彻底|快|快要|要|已经|一下子|完全|都快|都要|就|真的)*$",
        ),
        (
            &["走丢", "走失"],
            r"(?:^|[，。！？；,!?;\s的只条头匹])(?:快递|包裹|狗狗|小狗|狗|猫咪|小猫|猫|宠物|鸡|鸭|鹅|羊|牛|马|猪|鸟|鹦鹉|兔子)(?:又|也|都|不小心|突然|已经)*$",
        ),
    ];
    table
        .into_iter()
        .map(|(words, subjects)| {
            (
                words,
                Regex::new(subjects).expect("subject pattern compiles"),
            )
        })
        .collect()
});

/// A film pointed at right before a hit, with `的` (`这部电影的爆炸场面太震撼了`: breaker round 94).
/// Nothing between, no game or novel, and the films' measure word `部` before it (not `这场电影的
/// 孩子`: the regression helper of round 95): a bare one is what people do (`玩游戏的孩子落水了`,
/// `在电影院看电影的孩子不见了`, `拍电视剧的工人受伤了`: the regression helper of round 94).
static WORK_RIGHT_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:这|那|该|整)?部(?:电影|影片|大片|港片|电视剧|动画片)(?:里|中)?的$")
        .expect("work pattern compiles")
});

/// Work, looks and prices that are "a car-crash scene" (`老师说我的作文是车祸现场`: breaker round 95),
/// then `的`, adverbs and `是`, `像` or `成了`, at the end of the text before a `车祸` hit that
/// `现场` ends.
static CRASH_SCENE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:作文|成绩|考试|试卷|分数|发型|化妆|妆容|穿搭|演技|厨艺|唱功|舞蹈|表情|价格|股价|基金|走势|剧情|排版|ppt)(?:的)?(?:简直|真|就|完全|整个|直接)*(?:是|像|成了)$",
    )
    .expect("crash scene pattern compiles")
});

/// Whether a hit of a falling, floating or fishing-out term (`掉`, `落`, `漂`, `捞` in it) tells of
/// a thing, not a person: the text before it ends with a thing ([`THING_BEFORE`]: `手机掉河里了`),
/// or, for what is fished for (`没捞上来`), a thing fell earlier in its sentence (`手机掉河里了，
/// 没捞上来`). `hit` is its folded text, `head` the folded text before it.
fn things_mishap(hit: &str, head: &str) -> bool {
    if !hit.contains(['掉', '落', '漂', '捞']) {
        return false;
    }
    if THING_BEFORE.is_match(head) {
        return true;
    }
    let (sentence, _) = in_sentence(head, "");
    // (and nobody went in after it: `他跳下去捞…还没捞上来`)
    hit.contains('捞')
        && sentence.match_indices(['掉', '落']).any(|(i, _)| {
            THING_BEFORE.is_match(&sentence[..i])
                && !["跳", "人", "他", "她", "孩子"]
                    .iter()
                    .any(|p| sentence[i..].contains(p))
        })
}

/// Whether the hit over folded characters `[start, end)` of `text` is a figure of speech, for lists
/// with `@figurative drop`: `这价格简直是车祸现场`, `笑到淹死`, `孩子被困在题海里` name no event, nor
/// does a belief that collapses (`理想信念的坍塌是最危险的坍塌`: an abstract subject, which reaches
/// the term repeated later in its clause), nor a mishap of a thing rather than a person
/// (`手机掉河里了，没捞上来`: a thing before a falling term), a machine on strike (`打印机集体罢工了`),
/// a small thing caving in (`蛋糕塌陷了`), counts or a mood exploding (`播放量爆炸了`), work or looks
/// as a car-crash scene (`作文是车祸现场`), a pet or a parcel lost (`我的快递走丢了`), or a film's
/// scene (`这部电影的爆炸场面`). Reads 8 folded characters after the hit and up to 40 before it.
pub fn figurative(text: &Normalized, start: usize, end: usize) -> bool {
    let head = text.folded_before(start, 40);
    let hit = text.folded_after(start, end - start);
    if FIGURE_BEFORE.is_match(text.folded_before(start, 8))
        || FIGURE_AFTER.is_match(text.folded_after(end, 8))
        || things_mishap(hit, head)
        || SUBJECT_FIGURES.iter().any(|(words, subjects)| {
            words.iter().any(|w| hit.contains(w)) && subjects.is_match(head)
        })
        || (hit.contains("车祸")
            && (hit.contains("现场") || text.folded_after(end, 2) == "现场")
            && CRASH_SCENE_BEFORE.is_match(head))
        || WORK_RIGHT_BEFORE.is_match(head)
    {
        return true;
    }
    // the abstract subject right before the hit, or before the same term earlier in its clause
    // (not its sentence: `心理防线被冲垮的不只是他，昨晚河堤也被冲垮了`)
    let clause = head
        .rsplit(['，', ',', '；', ';', '：', ':'])
        .next()
        .unwrap_or(head);
    let (clause, _) = in_sentence(clause, "");
    ABSTRACT_SUBJECT_BEFORE.is_match(head)
        || clause
            .match_indices(hit)
            .any(|(i, _)| ABSTRACT_SUBJECT_BEFORE.is_match(&clause[..i]))
}

/// Words that make a sentence a warning to the public: against fraud (`警惕`, `谨防`, `诈骗`,
/// `骗局`, `上当`, ...), against rumours (`谣言`, `网传`, `不实信息`, `未经证实`, ...) or a
/// regulator's to traders (`明码标价`, `虚假宣传`, ...).
const PUBLIC_WARNING: &[&str] = &[
    "诈骗",
    "骗局",
    "骗子",
    "防骗",
    "反诈",
    "谨防",
    "警惕",
    "上当",
    "受骗",
    "被骗",
    "骗取",
    "套路",
    "谣言",
    "辟谣",
    "网传",
    "不实信息",
    "未经证实",
    "不信谣",
    "不传谣",
    // a regulator's notice to traders and consumers (`商家“清仓甩卖”要明码标价`)
    "明码标价",
    "虚假宣传",
    "价格欺诈",
    "消费提示",
    "消费警示",
    // (not `轻信` nor `不要相信`: sellers say them too, `别再轻信网上的低价了，本店…加微信下单`,
    // breaker round 70)
];

/// Characters that end a sentence, for [`public_warning`].
const SENTENCE_ENDS: &[char] = &['。', '！', '？', '!', '?', '\n'];

/// The parts of `head` (the text before a hit) and `tail` (the text after it) that are in the
/// hit's sentence: back to the last and on to the next of [`SENTENCE_ENDS`].
fn in_sentence<'a>(head: &'a str, tail: &'a str) -> (&'a str, &'a str) {
    (
        head.rsplit(SENTENCE_ENDS).next().unwrap_or(head),
        tail.split(SENTENCE_ENDS).next().unwrap_or(tail),
    )
}

/// Whether the sentence around folded characters `[folded_start, folded_end)` of `text` warns the
/// public of fraud (`诈骗`, `骗局`, `谨防`, `警惕`, `上当`…: `警惕陌生人让你加微信、扫码领取补贴`,
/// `加微信代购的都是骗局`) or of rumours (`谣言`, `网传`, `未经证实`…: `对网传未经证实的信息，请勿扩散`):
/// a draft's anti-fraud tip quotes the scammers' wording, which is no advert (第七条), and an
/// anti-rumour notice asks readers not to spread a rumour, which marks no secret (保密关). Reads at
/// most 60 folded characters on each side, up to the sentence's ends.
pub fn public_warning(text: &Normalized, folded_start: usize, folded_end: usize) -> bool {
    let (head, tail) = in_sentence(
        text.folded_before(folded_start, 60),
        text.folded_after(folded_end, 60),
    );
    let warns = |part: &str| {
        PUBLIC_WARNING.iter().any(|w| {
            part.match_indices(w)
                .any(|(i, _)| !sellers_warning(&part[i..]))
        })
    };
    warns(head) || warns(tail)
}

/// Whether `from` (text starting with a warning word) is what a seller warns of in its own
/// advert: `谨防假冒` or `谨防仿冒` standing alone at a clause's end (`认准正品，谨防假冒！`) or
/// before goods (`谨防假冒伪劣`): its brand's imitators, not a fraud on the public (breaker round
/// 76: `加微信wx888下单，认准正品，谨防假冒！` is an advert). `谨防假冒公检法人员加微信` warns of
/// impostors and stays a warning.
fn sellers_warning(from: &str) -> bool {
    ["谨防假冒", "谨防仿冒"].iter().any(|w| {
        from.strip_prefix(w).is_some_and(|rest| {
            rest.chars().next().is_none_or(|c| !is_cjk(c))
                || ["伪劣", "产品", "商品", "货"]
                    .iter()
                    .any(|g| rest.starts_with(g))
        })
    })
}

/// Words that make a comment's sentence a report of an illegal act to the authorities: a call to
/// act (`举报`, `查处`, `严打`, `取缔`), the police (`报警`, `派出所`), a complaint that nobody acts
/// (`没人管`, `保护伞`), a victim (`被骗`, `深受其害`), or a campaign against the act (`禁毒`).
const REPORT_WORDS: &[&str] = &[
    "举报",
    "查处",
    "彻查",
    "严查",
    "严打",
    "打击",
    "取缔",
    "整治",
    "报警",
    "报案",
    "立案",
    "派出所",
    "公安",
    "警方",
    "警察",
    "民警",
    "执法",
    "管不管",
    "没人管",
    "不管",
    "不作为",
    "保护伞",
    "窝点",
    "暗藏",
    "受害",
    "被骗",
    "骗了",
    "骗走",
    "深受其害",
    "害人不浅",
    "家破人亡",
    "死灰复燃",
    "禁毒",
    "禁赌",
    "扫黄",
    "打非",
    "有关部门",
    "相关部门",
];

/// Words that make a sentence an offer, whatever else it says (`被骗了？加微信帮你追回`): contact
/// and sales wording, in folded (lower-case) form.
const OFFER_WORDS: &[&str] = &[
    "加微信",
    "加我",
    "加v",
    "vx",
    "wx",
    "qq",
    "私聊",
    "私信",
    "联系我",
    "请联系",
    "需要的",
    "代办",
    "出售",
    "有货",
    "包过",
    "价格",
    "上门服务",
];

/// Whether the hit over folded characters `[start, end)` of comment `text` is part of a report of
/// the act, for lists with `@report mark` (第十条: the finding says to pass the report on): a
/// report word (`举报`, `查处`, `报警`, `派出所`, `没人管`, `被骗`, `禁毒`…) in the hit's sentence
/// (at most 60 folded characters either side) or in the comment's first line (the subject of a
/// letter, `举报……的材料`), and no contact or sales wording (`加微信`, `私聊`, `出售`, `价格`…)
/// in the hit or within 60 folded characters, across sentences (`刷单被骗了？加我私聊`), unless
/// the sentence says `举报` or `查处` (`举报：有人公开出售假证`). `我们村有人聚众赌博，派出所也不来管管`
/// reports gambling; `赌博网站，被骗包赔，加微信` offers it.
///
/// `first_report`: [`first_line_report_end`] of `text`, computed once for all its hits.
pub fn reported(text: &Normalized, start: usize, end: usize, first_report: Option<usize>) -> bool {
    let (near_head, near_tail) = (text.folded_before(start, 60), text.folded_after(end, 60));
    let (head, tail) = in_sentence(near_head, near_tail);
    // `举报：……有人公开出售假证`: a report quotes the offer it reports
    let denounced = ["举报", "查处"]
        .iter()
        .any(|w| head.contains(w) || tail.contains(w));
    // the hit itself may be the contact wording (`私聊我`, `加微信`)
    let hit = text.folded_after(start, end - start);
    if !denounced
        && OFFER_WORDS
            .iter()
            .any(|w| near_head.contains(w) || near_tail.contains(w) || hit.contains(w))
    {
        return false;
    }
    // a report word in the first line before the hit
    first_report.is_some_and(|e| e <= start)
        || REPORT_WORDS
            .iter()
            .any(|w| head.contains(w) || tail.contains(w))
}

/// Where the first report word (`REPORT_WORDS`) of `text`'s first line ends, in folded characters:
/// [`reported`] asks whether one ends before a hit. Found once a text: searching each hit's
/// whole first line made a long one-line comment with many hits quadratic (`代开发票` repeated
/// 12,500 times took a second; crash hunting, session of 2026-12-06).
pub fn first_line_report_end(text: &Normalized) -> Option<usize> {
    let line = text.folded.split('\n').next().unwrap_or("");
    REPORT_WORDS
        .iter()
        .filter_map(|w| line.find(w).map(|b| b + w.len()))
        .min()
        .map(|b| text.folded_char_at_byte(b))
}

/// Measure words and units after a number that make it a count or an amount (`8964人`, `8964家`,
/// `8964公里`, `〔2026〕8964号`), longest first where one starts another (`公里` before `公`).
#[rustfmt::skip]
const MEASURE_WORDS: &[&str] = &[
    "平方", "公里", "公斤", "公顷", "千米", "千克", "千瓦", "立方", "小时", "分钟", "kg", "km",
    "m2", "人", "号", "户", "元", "万", "亿", "亩", "名", "吨", "家", "头", "份", "米", "个", "只",
    "次", "件", "套", "辆", "台", "本", "张", "篇", "条", "项", "株", "棵", "箱", "斤", "克", "所",
    "位", "例", "起", "座", "间", "栋", "处", "块", "册", "笔", "单", "场", "支", "批", "期", "袋",
    "包", "瓶", "盒", "粒", "剂", "盏", "部", "幅", "枚", "架", "艘", "根", "片", "门", "道", "双",
    "匹", "羽", "房", "步", "口", "天",
    // breaker round 89: fish released, power generated, floor space, earthworks, doses, couples
    // (not 组: `8964组图`)
    "尾", "度", "平米", "方", "卷", "延米", "针", "车次", "对",
    // breaker round 92: the legal units of measurement in Chinese (GB 3100-1993 and the 计量单位
    // 名称 of 国务院《关于在我国统一实行法定计量单位的命令》), in full and in their symbols (folded
    // to lower case), and the measure words of letters, seeds, poems, terms of office…
    "千瓦时", "兆瓦", "千伏", "伏", "瓦", "毫升", "升", "毫米", "厘米", "分米", "微米", "纳米",
    "公分", "海里", "毫克", "微克", "千卡", "大卡", "焦耳", "赫兹", "分贝", "摄氏度", "字节", "秒",
    "kwh", "kw", "mw", "kv", "ml", "mm", "cm", "mg", "gb", "mb", "kb", "tb", "db", "hz", "%", "‰",
    "°", "封", "颗", "首", "届", "桶", "罐", "杯", "碗", "筐", "捆", "束", "朵", "滴", "幢", "宗",
    "桩", "标箱",
    // (not 把, 种, 层, 回, 句, 周, 段…: after the date they are as often a word of their own,
    // `8964把人民当敌人`, `8964种种真相`, `8964回来了`; regression helper of round 92)
];

/// Words right after a number that make it approximate, before its measure word: `8964余人次`,
/// `8964多名` (`余` alone too: `8964余`).
const APPROXIMATELY: &[char] = &['余', '多', '来'];

/// Words right before a number that make it a quantity (`参保人数达8964`, `共计8964`, `增至8964`):
/// a count reaching, totalling or changing to it.
const QUANTITY_BEFORE: &[&str] = &[
    "达到",
    "达",
    "共计",
    "合计",
    "累计",
    "总计",
    "共",
    "计",
    "约",
    "近",
    "超过",
    "超",
    "逾",
    "增至",
    "降至",
    "增加到",
    "减少到",
    "突破",
    "人数",
    "总数",
    "数量",
    "人次",
];

/// Whether `head`, the text right before a number, labels it as a number of something (breaker
/// rounds 52 and 53): a label ending in `号` but a slogan's `口号` (`房间号`, `尾号为`, `单号`),
/// in `码` (`验证码`, `号码`), `车次`, `尾数`, `工单`, a count of digits (`后四位`, `后4位`), or an
/// ASCII letter glued to it (`云R8964`, `K8964次`).
fn labelled_number(head: &str) -> bool {
    if head.ends_with(|c: char| c.is_ascii_alphabetic()) {
        return true;
    }
    let head = head.trim_end_matches(['为', '是', '：', ':']);
    (head.ends_with('号') && !head.ends_with("口号"))
        || head.ends_with('码')
        || head.ends_with("车次")
        || head.ends_with("尾数")
        || head.ends_with("工单")
        || head.ends_with("积分")
        || head.ends_with("步数")
        || (head.ends_with('位')
            && head
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十两".contains(c)))
}

/// Whether the hit over folded characters `[start, end)` of `text` is a count (for lists or
/// terms with `@count drop`): followed by a measure word (`人`, `家`, `号`, `公里`…, after at
/// most one space, or after `余`, `多` or `来`: `8964余人次`; or a unit in brackets: `8964（吨）`),
/// or preceded by a word of quantity
/// (`达`, `共计`, `增至`, `人数`…, after at most one space). `8964` in `全县共8964家企业`,
/// `〔2026〕8964号` or `参保人数达8964，参保率98%` is a count or a number, not the date it
/// also writes. Reads 4 folded characters before the hit and 5 after.
///
/// With `seg`, a measure word must be a word of its own, or words made of measure words
/// (`万元`, `人次`): the first jieba token after the number. `8964人民`, `8964元凶`, `8964号召` and
/// `8964家属` write the date before a word that merely starts like a measure word.
pub fn counted(text: &Normalized, start: usize, end: usize, seg: Option<&Segmenter>) -> bool {
    let tail = text.folded_after(end, 5);
    let tail = tail.strip_prefix(' ').unwrap_or(tail);
    // (`8964口号` shouts the date: 口号 is no count of wells)
    let measured = |t: &str| {
        MEASURE_WORDS.iter().any(|w| t.starts_with(w))
            && !t.starts_with("口号")
            && seg.is_none_or(|seg| {
                seg.cut(t)
                    .first()
                    .is_some_and(|token| made_of_measure_words(token))
            })
    };
    let head = text.folded_before(start, 4);
    let head = head.strip_suffix(' ').unwrap_or(head);
    // a unit in brackets, as in a table's cell (`8964（吨）`; the bracket folds to ASCII)
    let bracketed = tail
        .strip_prefix('(')
        .and_then(|t| {
            let close = t.find(')')?;
            Some(&t[..close])
        })
        .is_some_and(|unit| !unit.is_empty() && made_of_measure_words(unit));
    tail.starts_with('余')
        || measured(tail)
        || tail.strip_prefix(APPROXIMATELY).is_some_and(measured)
        || bracketed
        || QUANTITY_BEFORE.iter().any(|w| head.ends_with(w))
        // a price (`一共花了￥8964`, breaker round 88)
        || head.ends_with(['¥', '$', '€', '£'])
        || labelled_number(head)
        || in_list_of_numbers(text, start, end)
}

/// Numbers of two digits or more listed before a hit (`…3307、`), and after it (`、9150`).
static NUMBERS_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\d{2,} ?[、,;] ?){1,6}$").expect("number list pattern compiles")
});
static NUMBERS_AFTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ ?[、,;] ?\d{2,}").expect("number list pattern compiles"));

/// Whether the number over folded characters `[start, end)` is an item of a list of numbers
/// (separated by `、`, `，` or `；`) that a number's label opens ([`labelled_number`]:
/// `中签号码：0021、3307、8964、9150`; breaker round 84): an item of such a list is a number like
/// the first. Not a list without a label (`记住这几个数字：1989、0604、8964`, `8964、8964、8964`),
/// which is how the date is repeated. Reads 40 folded characters before and 8 after.
fn in_list_of_numbers(text: &Normalized, start: usize, end: usize) -> bool {
    let before = text.folded_before(start, 40);
    match NUMBERS_BEFORE.find(before) {
        Some(m) => labelled_number(&before[..m.start()]),
        None => {
            NUMBERS_AFTER.is_match(text.folded_after(end, 8))
                && labelled_number(before.trim_end_matches(' '))
        }
    }
}

/// Whether `token` is one or more [`MEASURE_WORDS`], with [`APPROXIMATELY`] words between them
/// (`个`, `万元`, `人次`; not `人民`).
fn made_of_measure_words(token: &str) -> bool {
    let mut rest = token;
    while !rest.is_empty() {
        let next = MEASURE_WORDS
            .iter()
            .filter_map(|w| rest.strip_prefix(w))
            .chain(rest.strip_prefix(APPROXIMATELY))
            .min_by_key(|r| r.len());
        match next {
            Some(r) => rest = r,
            None => return false,
        }
    }
    true
}

/// What the hits of one text ask of the whole of it, each read once, on first use, for all of them
/// (read for each hit, a long one-line comment with thousands of hits was quadratic: crash hunting,
/// session of 2026-12-06).
pub struct TextFacts<'a> {
    text: &'a Normalized,
    complains: std::cell::OnceCell<bool>,
    first_report: std::cell::OnceCell<Option<usize>>,
    quotes: std::cell::OnceCell<Vec<bool>>,
}

impl<'a> TextFacts<'a> {
    /// Nothing read yet.
    pub fn new(text: &'a Normalized) -> TextFacts<'a> {
        TextFacts {
            text,
            complains: std::cell::OnceCell::new(),
            first_report: std::cell::OnceCell::new(),
            quotes: std::cell::OnceCell::new(),
        }
    }

    /// The text.
    pub fn text(&self) -> &'a Normalized {
        self.text
    }

    /// [`complains`] of the text.
    pub fn complains(&self) -> bool {
        *self.complains.get_or_init(|| complains(self.text))
    }

    /// [`first_line_report_end`] of the text.
    pub fn first_report(&self) -> Option<usize> {
        *self
            .first_report
            .get_or_init(|| first_line_report_end(self.text))
    }

    /// [`quoted`] at folded character `k` of the text, from [`quoted_everywhere`].
    pub fn quoted(&self, k: usize) -> bool {
        self.quotes
            .get_or_init(|| quoted_everywhere(self.text))
            .get(k)
            .copied()
            .unwrap_or(false)
    }
}

/// Whether the hit over folded characters `[start, end)` of `facts`' text, in an item of `kind`,
/// stands in `context`, so that a list with `@<context> drop` makes no finding of it. `seg` reads
/// the words after a number ([`counted`]).
pub fn stands_in(
    context: DropContext,
    kind: Kind,
    facts: &TextFacts<'_>,
    start: usize,
    end: usize,
    seg: Option<&Segmenter>,
) -> bool {
    let text = facts.text();
    match context {
        DropContext::Negation => negated(text, start, end),
        DropContext::Prevention => prevented(text, start, end),
        DropContext::Title => in_title(text, start, end),
        DropContext::Figurative => figurative(text, start, end),
        DropContext::Warning => kind == Kind::Draft && public_warning(text, start, end),
        DropContext::Count => counted(text, start, end, seg),
        DropContext::Contactless => contactless(text, start, end, facts.complains()),
    }
}

/// A way to reach a seller in a text (folded): a WeChat or QQ id after its name (`微信：wxtc888`,
/// `薇：…`, `v：…`, `卫星号` for 微信号), or an invitation to message, add, call or find the writer
/// (not `找我们`, `找我妈`, `找我还钱`, `私信问了`: breaker round 70), or a line to book or order
/// on with its number (`订房电话0887…`, `订购电话：…`: breaker rounds 82 and 83), which is a
/// business's even as a landline.
static CONTACT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:微信|薇信|威信|卫星|v信|vx|wx|qq|扣扣|薇|v)号?\s*[:：]?\s*[a-z0-9_-]{5,}|私信(?:$|[^问过])|私聊|加我|联系我|找我(?:$|[^们妈爸的还哥姐弟妹家])|v我|微信同号|欢迎来电|看我主页|(?:订房|订购|订餐)电话[:：]?\s*\d")
        .expect("contact pattern compiles")
});

/// What says a comment warns of, complains about or asks about the trade rather than offers it:
/// a fraudster named (`是骗子`, `冒充`, `被骗`), a warning (`大家小心`, `别找`), a request to the
/// authorities (`有关部门`, `管管`, `投诉`, `举报`), or a netizen's own question and call-back
/// (`我想咨询土地转让的手续，麻烦工作人员联系我`, `廉租房出租怎么申请？`; breaker round 63).
const COMPLAINT_SIGNS: &[&str] = &[
    "工作人员",
    "怎么办理",
    "怎么申请",
    "手续",
    "请问",
    "我想咨询",
    "政府能不能",
    "点赞",
    "是骗子",
    "冒充",
    "被骗",
    "上当",
    "大家小心",
    "别找",
    "有关部门",
    "管不管",
    "管管",
    "投诉",
    "举报",
    "曝光",
];

/// A character between the groups of a phone number: a space, a dash or a tilde, or an emoji
/// (`139😊8874😊6521`), as de-identification reads them (breaker round 67).
fn is_phone_separator(c: char) -> bool {
    matches!(c, ' ' | '-') || crate::screen::deidentify::breaks_up_a_number(c)
}

/// Whether `text` has a mainland mobile number: 11 digits (or Chinese numerals, read as
/// de-identification reads them: `一三九…`, `壹叁玖…`, `139八八七…`) starting `1[3-9]`, single
/// spaces, dashes, tildes or emoji between them allowed ([`is_phone_separator`]), with no digit
/// glued to either end, and letters glued to at most one end: a short label before it (`Tel139…`)
/// or a messaging account's name after it (`139…vx同号`); letters on both ends are a code
/// (breaker round 70).
fn has_mobile(text: &str) -> bool {
    use crate::screen::deidentify::is_contact_word;
    use crate::screen::deidentify::numerals::numeral_digit as phone_digit;
    let chars: Vec<char> = text.chars().collect();
    // the length of the run of ASCII letters in `run` (read outwards from the number), or `None`
    // when it is longer than a word glued to a number or something alphanumeric stands beyond it
    let word = |mut run: std::slice::Iter<'_, char>, back: bool| -> Option<usize> {
        let mut n = 0;
        let beyond = loop {
            let c = if back { run.next_back() } else { run.next() };
            match c {
                Some(c) if c.is_ascii_alphabetic() => n += 1,
                other => break other,
            }
        };
        let clean = !beyond.is_some_and(|c| c.is_ascii_alphanumeric() || phone_digit(*c).is_some());
        (n <= 8 && clean).then_some(n)
    };
    let mut i = 0;
    while i < chars.len() {
        let before = if phone_digit(chars[i]) == Some(1) {
            word(chars[..i].iter(), true)
        } else {
            None
        };
        let Some(before) = before else {
            i += 1;
            continue;
        };
        let mut digits = Vec::new();
        let mut j = i;
        while j < chars.len() && digits.len() < 12 {
            if let Some(d) = phone_digit(chars[j]) {
                digits.push(d);
                j += 1;
            } else if is_phone_separator(chars[j])
                && chars.get(j + 1).and_then(|&c| phone_digit(c)).is_some()
            {
                j += 1;
            } else {
                break;
            }
        }
        // letters after it only as a messaging account's name (`139…vx同号`; `收据编号135…AB` is a
        // code, breaker round 70)
        let after = word(chars[j..].iter(), false)
            .filter(|&n| n == 0 || is_contact_word(&chars[j..j + n].iter().collect::<String>()));
        let glued = after.is_none_or(|after| before > 0 && after > 0);
        if digits.len() == 11 && (3..=9).contains(&digits[1]) && !glued {
            return true;
        }
        i = j.max(i + 1);
    }
    false
}

/// Whether the comment `text` complains, warns or asks (`COMPLAINT_SIGNS`), which makes every
/// offer in it [`contactless`]: a property of the whole text, read once for all its hits
/// ([`TextFacts`]).
pub fn complains(text: &Normalized) -> bool {
    let whole = &text.folded;
    // (not denied: `不是骗子`, `绝不冒充` are a seller's own words)
    COMPLAINT_SIGNS.iter().any(|w| {
        whole
            .match_indices(w)
            .any(|(i, _)| !whole[..i].ends_with(['不', '没', '非']) || whole[..i].ends_with("是不"))
    })
}

/// Whether the folded text gives no seller's contact, for lists with `@contactless drop`
/// (`offers.lex`; breaker rounds 58 and 61): no mobile number (`has_mobile`, in digits or Chinese
/// numerals) and no `CONTACT` (`微信：wxtc888`, `需要的私信`, `找我`), read over the whole of a
/// short text (up to 150 characters, where spam puts its number on the next line) or the hit's
/// sentence and 40 characters either side in a longer one; or a text that complains or warns
/// (`COMPLAINT_SIGNS`: `有人冒充收购松茸，电话139…，大家小心`). An offer without a contact is a
/// netizen's talk (`有没有代办营业执照的？`); with one it is an advert. Landlines are left out:
/// the ones netizens quote are mostly offices'. `complains`: [`complains`] of `text`, known.
pub fn contactless(text: &Normalized, start: usize, end: usize, complains: bool) -> bool {
    let whole = &text.folded;
    if complains {
        return true;
    }
    let window;
    let read: &str = if text.folded_len() <= 150 {
        whole
    } else {
        let (head, tail) = (text.folded_before(start, 40), text.folded_after(end, 40));
        let head = head.rsplit(SENTENCE_ENDS).next().unwrap_or(head);
        let tail = tail.split(SENTENCE_ENDS).next().unwrap_or(tail);
        window = format!("{head}{}{tail}", text.folded_after(start, end - start));
        &window
    };
    !has_mobile(read) && !CONTACT.is_match(read)
}

/// The marks around the title of a work: `《》`, the single `〈〉`, and the `<<>>` or `«»` typed
/// for them.
const TITLE_MARKS: [(&str, &str); 4] = [("《", "》"), ("〈", "〉"), ("<<", ">>"), ("«", "»")];

/// Appends the findings of `scan`'s hits to `out` and their departments to `forward_to`.
///
/// A verb of reported speech and the comma or colon after it, as a report gives someone's words
/// without quotation marks: `村民告诉记者，这政策我举双手赞成`, `他笑着说：真是一个好消息`. Not a
/// bare `说`: `老实说，`, `可以说，`, `对老百姓来说，` are the writer's own (the regression helper of
/// round 95).
static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:告诉记者|对记者说|对记者讲|接受采访时说|表示|介绍说|介绍|坦言|感慨|感叹|笑着说|高兴地说|激动地说)[，,：:]")
        .expect("speech pattern compiles")
});

/// Whether the opinion marker at folded character `folded_start` of `text` is in someone's words
/// reported in its sentence ([`SPEECH`]), not the reposter's (the regression helper of round 93
/// found `村民告诉记者，这政策我举双手赞成` returned). Not when the speaker is the writer (`小编`,
/// `笔者`, `编者`, `本人`, or `我` in the three characters before the verb: `我想说，`).
fn reported_speech(text: &Normalized, folded_start: usize) -> bool {
    let head = text.folded_before(folded_start, 60);
    let (sentence, _) = in_sentence(head, "");
    SPEECH.find_iter(sentence).last().is_some_and(|m| {
        let speaker = &sentence[..m.start()];
        let near: String = {
            let mut v: Vec<char> = speaker.chars().rev().take(3).collect();
            v.reverse();
            v.into_iter().collect()
        };
        // (not `据介绍，`, nor the writer speaking after the speaker: `专家感慨，…小编觉得`:
        // the regression helper of round 96)
        let writer = ["小编", "笔者", "编者", "本人", "本号", "作者"];
        !speaker.is_empty()
            && !speaker.ends_with('据')
            && !writer.iter().any(|w| speaker.contains(w))
            && !writer.iter().any(|w| sentence[m.end()..].contains(w))
            && !near.contains('我')
    })
}

/// Whether `scan` is a repost's title written as the original headline (`全国网友为云南打call`
/// under the same `original_title`): the outlet's words, not the reposter's (breaker round 55).
fn original_headline(item: &Item, scan: &FieldScan<'_>) -> bool {
    scan.field == crate::item::Field::Title
        && item
            .repost
            .as_ref()
            .and_then(|r| r.original_title.as_deref())
            .is_some_and(|t| t.trim() == scan.text.trim())
}

/// Reference vocabularies (leader titles, units) make no finding here; repost-only lists (personal
/// opinion markers) only count when the item reposts, outside quotes and the original headline.
pub fn findings(
    item: &Item,
    scan: &FieldScan<'_>,
    lexicon: &Lexicon,
    seg: &Segmenter,
    out: &mut Vec<Finding>,
    forward_to: &mut Vec<String>,
) {
    // findings of offers (lists with `@contactless drop`) made here
    let mut offers = Vec::new();
    let facts = TextFacts::new(&scan.normalized);
    // the categories a hit has made findings of, one list cleared for each hit
    let mut categories: Vec<&str> = Vec::new();
    for hit in &scan.hits {
        categories.clear();
        for meta in lexicon.metas(hit) {
            let action = meta.action(item.kind);
            // "Findings list only what needs a reviewer's attention" (contract §2): a list whose action
            // for this kind is a note (public-opinion topics in a draft) makes no finding.
            if meta.role != Role::Screen
                || meta.allow
                || action == Action::Note
                || (meta.scope == Scope::Repost
                    && (item.repost.is_none()
                        || facts.quoted(hit.folded_start)
                        || reported_speech(&scan.normalized, hit.folded_start)
                        || original_headline(item, scan)))
                || categories.contains(&&*meta.category)
                || meta.drops.iter().any(|&context| {
                    stands_in(
                        context,
                        item.kind,
                        &facts,
                        hit.folded_start,
                        hit.folded_end,
                        Some(seg),
                    )
                })
            {
                continue;
            }
            categories.push(&meta.category);
            // a report of the act, read only for a hit that makes a finding
            let message = match &meta.report {
                Some(m)
                    if item.kind == Kind::Comment
                        && reported(
                            &scan.normalized,
                            hit.folded_start,
                            hit.folded_end,
                            facts.first_report(),
                        ) =>
                {
                    m
                }
                _ => meta.message(item.kind),
            };
            if let Some(d) = &meta.forward_to {
                forward_to.push(d.clone());
            }
            if meta.drops.contains(&DropContext::Contactless) {
                offers.push(out.len());
            }
            out.push(Finding {
                check: if meta.scope == Scope::Repost {
                    "attribution"
                } else {
                    "lexicon"
                }
                .into(),
                category: meta.category.clone(),
                rule: meta.rule.clone(),
                article: meta.article.clone(),
                field: scan.field,
                start: hit.start,
                end: hit.end,
                action,
                message: message.clone(),
            });
        }
    }
    // a comment forwarded as a complaint quotes the trade it complains of (`出售的商品房延期交房，
    // 开发商电话139…`): the offer is part of the complaint, not an advert (breaker round 61)
    let forwarded = out
        .iter()
        .any(|f| f.field == scan.field && f.action == Action::Route(crate::item::Route::Forward));
    if forwarded {
        for i in offers.into_iter().rev() {
            out.remove(i);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The one-pass table agrees with asking `quoted` at every character, on lines with every kind
    /// of quotation mark, straight quotes and line breaks.
    #[test]
    fn quoted_everywhere_is_quoted_at_each_character() {
        for t in [
            "村民李大妈说：“我觉得现在的日子太好了！”我认为不错",
            "小品《太让人感动了》\n我认为“好”，‘对’「是」『嗯』\"引\"我\"",
            "\"\"\"\n\"a\n》我认为《",
            "",
        ] {
            agrees(t);
        }
        // and every text of up to six characters over the marks that matter
        let alphabet = ['“', '”', '《', '》', '"', '\n', '我'];
        for len in 0..=6u32 {
            for code in 0..7usize.pow(len) {
                let t: String = (0..len)
                    .map(|i| alphabet[code / 7usize.pow(i) % 7])
                    .collect();
                agrees(&t);
            }
        }
    }

    fn agrees(t: &str) {
        let n = Normalized::new(t);
        let table = quoted_everywhere(&n);
        assert_eq!(table.len(), n.folded_len());
        for (k, &q) in table.iter().enumerate() {
            assert_eq!(q, quoted(&n, k), "{t:?} at {k}");
        }
    }
    use chrono::Datelike;

    /// Kind: an event so many years ago is history, not news; one year ago is still news.
    #[test]
    fn years_ago_are_history_from_two_years() {
        for head in ["十年前那场", "多年前的", "20年前", "当年", "当年那场"] {
            assert!(years_ago(head), "{head}");
        }
        // a year ago is news; a time in another clause or far before says nothing of this one
        for head in ["一年前的", "1年前", "几十年前，村里的一场", "当年修的路被"]
        {
            assert!(!years_ago(head), "{head}");
        }
    }

    #[test]
    fn two_digit_years_are_the_latest_such_year_not_in_the_future() {
        let now = chrono::Utc::now().year();
        let yy = |y: i32| format!("{:02}年", y % 100);
        assert!(long_ago("08年"), "2008");
        assert!(long_ago("九八年"), "1998");
        assert!(long_ago(&format!("{}地震的时候", yy(now - HISTORY_YEARS))));
        assert!(!long_ago(&yy(now - HISTORY_YEARS + 1)), "last year is news");
        assert!(!long_ago(&yy(now)), "this year is news, not a century ago");
        // a year's last digits after another digit are part of a longer number, not a year
        assert!(!long_ago(&format!("1{}", yy(now))));
        assert!(!long_ago("十二年"), "a span of years");
        assert!(long_ago("1976年唐山"));
    }

    /// Whether `hit`, at its first occurrence after `before` in `text`, is figurative.
    fn figure_at(text: &str, before: &str, hit: &str) -> bool {
        let n = Normalized::new(text);
        let from = text.find(before).expect("before in text") + before.len();
        let b = from + text[from..].find(hit).expect("hit in text");
        let start = text[..b].chars().count();
        figurative(&n, start, start + hit.chars().count())
    }

    /// Asserts that each `(text, before, hit)` is (`figure`) or is not a figure ([`figure_at`]).
    fn assert_figures(cases: &[(&str, &str, &str)], figure: bool) {
        for &(text, before, hit) in cases {
            assert_eq!(figure_at(text, before, hit), figure, "{text} {hit}");
        }
    }

    /// Kind (breaker round 93): a belief, a mind's defences or a feeling that collapses, is washed
    /// away or catches fire is a figure, also where the term comes again in the sentence; a
    /// building, a levee or a hill is not, nor is a defence line against a flood.
    #[test]
    fn abstract_subjects_are_figures() {
        assert_figures(
            &[
                ("理想信念的坍塌是最危险的坍塌。", "", "坍塌"),
                ("理想信念的坍塌是最危险的坍塌。", "危险的", "坍塌"),
                ("其心理防线被彻底冲垮，主动交代了问题。", "", "冲垮"),
                ("看完比赛，激情燃起来了！", "", "燃起来了"),
                ("他的信仰彻底坍塌了", "", "坍塌"),
            ],
            true,
        );
        assert_figures(
            &[
                ("教学楼的坍塌造成3人受伤。", "", "坍塌"),
                ("防洪堤的第一道防线被冲垮了", "", "冲垮"),
                ("精神病院发生坍塌", "", "坍塌"),
                ("后山燃起来了", "", "燃起来了"),
                // the abstract subject is in another sentence, or another clause
                ("信念的坍塌最危险。昨天教学楼坍塌了", "昨天", "坍塌"),
                (
                    "心理防线被冲垮的不只是他，昨晚河堤也被冲垮了",
                    "河堤也被",
                    "冲垮",
                ),
            ],
            false,
        );
    }

    /// Kind (breaker round 93): a thing, not a person, that falls into water or from a tree, and is
    /// not fished out, is no emergency; a person who fell reaching for a thing is.
    #[test]
    fn mishaps_of_things_are_no_emergencies() {
        assert_figures(
            &[
                ("手机掉河里了，没捞上来，好心疼", "", "掉河里"),
                ("手机掉河里了，没捞上来，好心疼", "", "没捞上来"),
                ("孩子的足球掉进鱼塘里了", "", "掉进鱼塘"),
                ("钓鱼的时候钥匙掉进水里了", "", "掉进水里"),
                ("苹果从树上掉下来了，砸到我头上", "", "从树上掉下来了"),
                ("我的手机不小心掉进水里了", "", "掉进水里"),
                ("帽子被风吹掉进河里了", "", "掉进河里"),
                ("不小心把钥匙掉河里了", "", "掉河里"),
            ],
            true,
        );
        assert_figures(
            &[
                ("孩子掉河里了，还没捞上来", "", "掉河里"),
                ("孩子掉河里了，还没捞上来", "", "没捞上来"),
                ("为了捡手机掉进河里了", "", "掉进河里"),
                ("他去捞钥匙掉进水里了", "", "掉进水里"),
                ("老人从楼顶掉下来了", "", "从楼顶掉下来"),
                // a thing in another sentence says nothing of this one
                ("手机掉河里了。孩子也掉下去了，没捞上来", "", "没捞上来"),
                // a thing that is no mishap's subject
                ("小孩掉进水库里了", "", "掉进水库"),
                // what the person did or carried when they fell (the regression helper of round 93)
                ("老人打核桃从树上掉下来了", "", "从树上掉下来了"),
                ("学生背着书包掉进水库了", "", "掉进水库"),
                ("边走路边看手机掉进河里了", "", "掉进河里"),
                ("孩子的手机掉进河里，他跳下去捞，还没捞上来", "", "没捞上来"),
            ],
            false,
        );
    }

    /// Kind (breaker round 93): a comparison that asks what difference there is (`和拦路抢劫有什么
    /// 区别`) is a figure; a question about the event itself is not.
    #[test]
    fn comparisons_asking_the_difference_are_figures() {
        for text in [
            "强行收费和拦路抢劫有什么区别？",
            "这跟拦路抢劫没什么两样",
            "与拦路抢劫无异",
            "这种收费和拦路抢劫差不多，太黑了",
            "和拦路抢劫没两样",
        ] {
            assert!(figure_at(text, "", "拦路抢劫"), "{text}");
        }
        assert!(!figure_at("有人拦路抢劫，快报警", "", "拦路抢劫"));
        assert!(!figure_at("山洪差不多退了，还有人被困", "", "山洪"));
    }
}
