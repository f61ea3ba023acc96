//! Reposts (第七条: 只转载规定的官方媒体稿件，注明来源，不得歪曲篡改标题): the source named in the
//! published text, a designated outlet, the title kept.
//!
//! Pipeline position: a check, after normalization and matching, before routing. It only acts on a
//! draft with `repost`; comments never repost and get nothing. It must not judge links in the text
//! (that is [`super::links`]) nor personal opinion in a repost (a lexicon list, through
//! [`super::terms`]).
//!
//! # Rules (all `第七条`, all send the draft back: `returned`)
//! - `attribution.missing_source`: neither title nor body names a source (`来源：云南日报`,
//!   `转自新华网`, `稿源：…`, `据人民日报报道`, a dateline `新华社北京3月1日电`), or what they name is
//!   not `repost.source`. Spans the whole `repost.source` (empty when the item has none).
//! - `attribution.missing_source` also when the source is a placeholder that names no outlet
//!   ([`VAGUE_SOURCES`]: `网络`, `综合整理`), whatever the URL; the source is then not judged further.
//! - `attribution.unlisted_source`: the source (`repost.source`, else the name in the text) is not a
//!   designated outlet by name ([`crate::policy::RepostPolicy::outlets`], optionally followed by one of
//!   [`crate::policy::RepostPolicy::outlet_suffixes`]: 人民日报客户端), and `repost.url` is not on a
//!   government site ([`crate::policy::RepostPolicy::government_domains`]), where any department may
//!   be the source (breaker round 93 asked for a government body's name there too; taken back: a
//!   department's own account, `健康云南`, `维西教育`, `中国人民银行`, names none). Without a source
//!   named anywhere, a `repost.url` that is on no designated outlet's or government site ([`crate::policy::LinkPolicy::allowed`],
//!   [`crate::policy::RepostPolicy::outlet_domains`]).
//!   Spans the whole `repost.source`; without one, the name in the text or the whole `repost.url`.
//! - `attribution.unlisted_source` also when the source is a designated outlet by name but
//!   `repost.url` is on neither a designated site nor an account platform
//!   ([`crate::policy::RepostPolicy::platform_domains`]: a WeChat article of 云南发布 is fine): a
//!   portal or a look-alike (`news.cn.example.top`) is not where the outlet publishes. Spans the
//!   whole `repost.url`.
//! - `attribution.title_rewritten`: the title is not the original title. Allowed differences:
//!   punctuation and spaces (`！`, `“”`, `｜`), width, case and script; the original's leading
//!   segments dropped (`新华全媒+｜全省春耕…` kept as `全省春耕…`: at most
//!   [`MAX_TRIMMED_PREFIX`] characters, ending at punctuation, and less than what is kept); a
//!   label naming the repost, leading or after the title (`转载｜`, `云南日报：`, `…（转载）`).
//!   Anything else, a sensational prefix
//!   (`重磅！`), an emoji, a new wording, a dropped ending, is a rewrite. Spans the whole `title`.
//!
//! Names are compared after folding (NFKC, lower case, simplified script) without punctuation and
//! spaces. A name that runs on past an outlet's name and a channel word (`人民日报微信公众号粉丝群`)
//! is another source.

use crate::item::{Action, Field, Finding, Item, Kind, Route};
use crate::policy::Policy;
use crate::screen::checks::links;
use crate::screen::lexicon::Lexicon;
use crate::screen::normalize::Normalized;
use crate::screen::FieldScan;
use regex::Regex;
use std::sync::LazyLock;

/// Most characters (after dropping punctuation) of the original title's leading segments a repost
/// may leave out (`新华社权威快报｜`, `【专题】`).
pub const MAX_TRIMMED_PREFIX: usize = 12;

/// Names that name no source at all (`来源：网络`, `稿源：综合整理`): 第七条 asks for the outlet the
/// text came from, so a repost declaring one of these is sent back even when its URL is on a
/// designated site. Compared folded, without punctuation and spaces.
pub const VAGUE_SOURCES: &[&str] = &[
    "网络",
    "互联网",
    "网上",
    "网传",
    "网友",
    "网友投稿",
    "网络转载",
    "网络整理",
    "综合网络",
    "综合",
    "综合整理",
    "综合报道",
    "整理",
    "佚名",
    "不详",
    "未知",
    "朋友圈",
    "微信群",
    "微信朋友圈",
    "转载",
    "自媒体",
    "抖音",
    "快手",
    "微博",
    "微信",
    "头条",
    "今日头条",
    "百度",
    "网络图片",
    "网络资料",
];

/// Words that may follow a source's name in a by-line and still name it (`来源：云南日报记者 张三`).
const BYLINE_WORDS: &[&str] = &["记者", "讯", "报道", "消息", "编辑", "作者", "通讯员"];

/// Findings for a repost that fails attribution; nothing when the item is not a draft repost.
///
/// `scans` and `lexicon` are not used: names and titles are compared on their own folding, and the
/// opinion markers of a repost are a lexicon list handled by [`super::terms`].
pub fn check(
    item: &Item,
    policy: &Policy,
    _scans: &[FieldScan<'_>],
    _lexicon: &Lexicon,
) -> Vec<Finding> {
    if item.kind != Kind::Draft {
        return Vec::new();
    }
    let Some(repost) = &item.repost else {
        return undeclared_repost(item).into_iter().collect();
    };
    let names = Names::new(policy);
    let mut out = Vec::new();

    // (`来源：云南发布` in the field names 云南发布: the label is the form's, breaker round 74)
    let declared = repost
        .source
        .as_deref()
        .map(|s| {
            s.trim_start().strip_prefix("来源").map_or(s, |rest| {
                rest.trim_start_matches([':', '：', ' ', '\u{3000}'])
            })
        })
        .filter(|s| !fold_name(s).is_empty());
    let source_span = (0, repost.source.as_deref().map_or(0, |s| s.chars().count()));
    let mut named = Vec::new();
    if let Some(t) = &item.title {
        named.extend(named_sources(Field::Title, t));
    }
    named.extend(named_sources(Field::Body, &item.body));
    // the account's own name opening its copy (`维西发布消息：`) names no outlet it reposts
    if let Some(own) = item.account.as_ref().and_then(|a| a.name.as_deref()) {
        let own = fold_name(own);
        named.retain(|n| fold_name(&n.name) != own);
    }

    // 0. A placeholder (`网络`, `综合整理`) names no source: nothing else about the source is judged.
    let vague = |name: &str| {
        let f = fold_name(name);
        VAGUE_SOURCES.iter().any(|v| fold_name(v) == f)
    };
    if let Some(d) = declared.filter(|d| vague(d)) {
        out.push(finding(
            "missing_source",
            Field::RepostSource,
            source_span,
            format!("转载来源“{d}”不是具体的原发媒体，须注明规定官方媒体的名称"),
        ));
    } else if let Some(n) = named.iter().find(|n| declared.is_none() && vague(&n.name)) {
        out.push(finding(
            "missing_source",
            n.field,
            n.span,
            format!(
                "正文注明的来源“{}”不是具体的原发媒体，须注明规定官方媒体的名称",
                n.name
            ),
        ));
    }
    let vague_source = !out.is_empty();

    // Whether the original's site is a designated outlet's or a government site (step 2).
    let hosts: Vec<String> = repost
        .url
        .as_deref()
        .map(|u| links::find(u).into_iter().map(|l| l.host).collect())
        .unwrap_or_default();
    let designated_host = |h: &String| {
        links::listed(h, &policy.links.allowed) || links::listed(h, &policy.reposts.outlet_domains)
    };
    let url_designated = hosts.iter().any(designated_host);

    // 1. The text names the source, and it is the declared one.
    match declared {
        _ if vague_source => {}
        None if named.is_empty() => out.push(finding(
            "missing_source",
            Field::RepostSource,
            source_span,
            "转载稿件未注明来源，须在正文写明“来源：原发媒体”".to_owned(),
        )),
        None => {}
        // telling the author to write `来源：` a source that is not allowed (step 2 says so)
        // would only contradict that finding
        Some(d) if named.is_empty() => out.push(finding(
            "missing_source",
            Field::RepostSource,
            source_span,
            if url_designated || names.designated_source(d, false) {
                format!("转载稿件未在正文注明来源，须写明“来源：{d}”")
            } else {
                "转载稿件未在正文注明来源".to_owned()
            },
        )),
        Some(d) => {
            // a compound source (`人民网-人民日报`) agrees through any of its outlets, and one
            // named in the text only when each of its parts does (`人民网-某某生活圈` names
            // another source: breaker round 60)
            let declared_parts = source_parts(d);
            let agrees = named.iter().any(|n| {
                source_parts(&n.name).iter().all(|fname| {
                    declared_parts.iter().any(|fd| {
                        names.same(fname, fd, n.prefix)
                            || names.same(fd, fname, false)
                            || names.aliases(fname, fd, n.prefix)
                    })
                })
            });
            if !agrees {
                out.push(finding(
                    "missing_source",
                    Field::RepostSource,
                    source_span,
                    format!("正文注明的来源“{}”与转载来源“{d}”不一致", named[0].name),
                ));
            }
        }
    }

    // 2. The source is a designated outlet, by name or by the original's site; a URL elsewhere
    //    than on such a site or an account platform is not the named outlet's.
    let off_site = hosts
        .iter()
        .find(|h| !designated_host(h) && !links::listed(h, &policy.reposts.platform_domains));
    let named_designated = declared.is_some_and(|d| names.designated_source(d, false));
    if let Some(host) = off_site.filter(|_| named_designated && !url_designated && !vague_source) {
        let url = repost.url.as_deref().unwrap_or_default();
        out.push(finding(
            "unlisted_source",
            Field::RepostUrl,
            (0, url.chars().count()),
            format!("转载原文网址（{host}）不是所注明官方媒体的网站，只能转载指定官方媒体的稿件"),
        ));
    }
    // On a government site any body may be the source; on an outlet's site the source named must
    // still be a designated outlet (`来源：某某生活号` with a yunnan.cn URL is not 云南网's item).
    let url_government = hosts
        .iter()
        .any(|h| links::listed(h, &policy.reposts.government_domains));
    if !vague_source && !url_government {
        let unlisted =
            match declared {
                Some(d) if !names.designated_source(d, false) => Some((
                    Field::RepostSource,
                    source_span,
                    format!("转载来源“{d}”不是规定的官方媒体，只能转载指定官方媒体的稿件"),
                )),
                Some(_) => None,
                None if named.is_empty() && url_designated => None,
                None if named.is_empty() => repost
                    .url
                    .as_deref()
                    .filter(|u| !u.trim().is_empty())
                    .map(|u| {
                        (
                            Field::RepostUrl,
                            (0, u.chars().count()),
                            "转载原文网址不属于规定的官方媒体或政府网站".to_owned(),
                        )
                    }),
                None if named
                    .iter()
                    .any(|n| names.designated_source(&n.name, n.prefix)) =>
                {
                    None
                }
                None => Some((
                    named[0].field,
                    named[0].span,
                    format!(
                        "转载来源“{}”不是规定的官方媒体，只能转载指定官方媒体的稿件",
                        named[0].name
                    ),
                )),
            };
        if let Some((field, span, message)) = unlisted {
            out.push(finding("unlisted_source", field, span, message));
        }
    }

    // 3. The title is the original's.
    if let (Some(title), Some(original)) = (&item.title, &repost.original_title) {
        let mut labels: Vec<String> = declared.map(fold_name).into_iter().collect();
        // the sources the body names: one the title names itself would let any label pass
        // (`全省秋粮丰收｜来源：维西下月起全面涨价`, breaker round 76)
        let body_named = named.iter().filter(|n| n.field != Field::Title);
        labels.extend(body_named.clone().map(|n| fold_name(&n.name)));
        labels.extend(declared.into_iter().flat_map(source_parts));
        labels.extend(body_named.flat_map(|n| source_parts(&n.name)));
        if !title_kept(title, original, &labels) {
            out.push(finding(
                "title_rewritten",
                Field::Title,
                (0, title.chars().count()),
                format!("转载不得改写标题，原标题为“{}”", original.trim()),
            ));
        }
    }
    out
}

/// How a draft's title says it reposts another outlet's item, at its start: `转载：`, `转载|`
/// (not `转载率`),
/// `【转载】`, `[转]`, `（转）`, `〔转载〕`; or at its end in brackets: `…（转载）` (breaker round
/// 79). Not `转发` (`转发县委办公室关于…的通知` forwards an official
/// document, no outlet's item) nor `转自` (`转自然资源局…`, `转自主择业…`: breaker round 76).
static REPOST_MARK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^\s*(?P<mark>[【\[（(〔]\s*转载?\s*[】\]）)〕]|转载(?:[：:|｜丨\s]|$))|(?P<end>[【\[（(〔]\s*转载\s*[】\]）)〕])\s*$")
        .expect("valid regex")
});

/// How a draft's body says it reposts: `本文转载自…`, `文章转自…`, `转载自：`, `转自：` (with its colon:
/// not `转自然资源局`), `本文来源于网络`, `来源：网络` (rounds 77 and 79), `（转自网络，侵删）` (round 70),
/// in group `mark` (not
/// `如有侵权请联系删除` alone, which an original's credits carry too: round 83); `来源于网络` must
/// be followed by punctuation, a space or the end (not `文章来源于网络并不意味着可以随意使用`),
/// which group `after` holds. Only a note of its own counts
/// ([`opens_a_note`]). The pattern starts with the mark itself, so that the regex engine looks for
/// its words first: a context before it in the pattern made the search cost 4 % of all screening
/// instructions.
static BODY_REPOST_MARK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?P<mark>(?:本文|文章|原文|此文)转载自|转载自[：:]|(?:本文|文章|此文)转自|转自[：:]|(?:(?:本文|文章|部分内容|内容|图文|素材)?来源(?:于|自)?[：:]?\s*|转载?自)网络)(?P<after>[，,。；;）)】\]\s])?",
    )
    .expect("valid regex")
});

/// Whether a repost note that starts at byte `at` of `body` is a note of its own: at the start of
/// the body or of a line, after a sentence's end or an opening bracket (`（文章来源于网络，如有侵权
/// 请联系删除）`), spaces allowed between. Not in quotes (`须注明“本文转载自XX”`) or after another
/// word (a photo's credit, `（图片转自：县文化馆）`: breaker round 80).
fn opens_a_note(body: &str, at: usize) -> bool {
    body[..at]
        .trim_end_matches([' ', '\t', '　'])
        .chars()
        .next_back()
        .is_none_or(|c| "\n。！？!?（(【[…".contains(c))
}

/// A draft whose title says it reposts (`转载：云南发布冬季出行提示`, [`REPOST_MARK`]), or whose body
/// does ([`BODY_REPOST_MARK`]), but that carries no `repost` field: the source, the original
/// title and the link cannot be judged (第七条: 注明来源，不改标题), so it goes back for them (breaker
/// rounds 71 and 77). Spans the mark where it is written.
fn undeclared_repost(item: &Item) -> Option<Finding> {
    const MESSAGE: &str =
        "但稿件未填写转载信息（来源、原标题、链接）：转载须注明来源、不改原标题（第七条）";
    let in_title = item.title.as_deref().and_then(|title| {
        let caps = REPOST_MARK.captures(title)?;
        let m = caps.name("mark").or_else(|| caps.name("end"))?;
        Some((Field::Title, "标题注明转载", title, m.start(), m.end()))
    });
    let body = item.body.as_str();
    let in_body = || {
        let m = BODY_REPOST_MARK
            .captures_iter(body)
            .filter_map(|caps| {
                let m = caps.name("mark")?;
                let ends = caps.name("after").is_some() || m.end() == body.len();
                (opens_a_note(body, m.start()) && (ends || !m.as_str().ends_with("网络")))
                    .then_some(m)
            })
            .next()?;
        Some((Field::Body, "正文注明转载", body, m.start(), m.end()))
    };
    let noted = || {
        let (start, end) = source_note(item)?;
        Some((Field::Body, "正文注明了来源", body, start, end))
    };
    let dateline = || {
        let m = OUTLET_DATELINE
            .captures_iter(body)
            .filter_map(|caps| caps.name("mark"))
            .find(|m| opens_a_note(body, m.start()))?;
        Some((
            Field::Body,
            "正文带有其他媒体的电头",
            body,
            m.start(),
            m.end(),
        ))
    };
    let (field, said, text, start, end) =
        in_title.or_else(in_body).or_else(noted).or_else(dateline)?;
    Some(finding(
        "undeclared_repost",
        field,
        (text[..start].chars().count(), text[..end].chars().count()),
        format!("{said}，{MESSAGE}"),
    ))
}

/// What names a government body or a place's office in a source (`县气象台`, `教体局`,
/// `县委宣传部`, `云南省人民政府网`): copy a county unit contributes is no outlet's item to repost
/// (第七条), and the unit check already sends it to co-review.
const GOVERNMENT_BODY: &[&str] = &[
    "县", "州", "市", "省", "局", "办", "委", "政府", "中心", "台", "站", "所", "院", "镇", "乡",
    "村", "厅", "部", "署",
];

/// Whether a folded source name names a government body ([`GOVERNMENT_BODY`]: `云南省应急管理厅`,
/// `县委宣传部`).
fn names_government_body(name: &str) -> bool {
    GOVERNMENT_BODY.iter().any(|w| name.contains(w))
}

/// The words a source note opens with ([`label_words`] and `转自`), spaces typeset inside them
/// allowed: a cheap test before the body is normalized.
static LABEL_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!("{}|转自", label_words().join("|"))).expect("valid regex")
});

/// A note of the body naming where the text comes from (`来源：吃货小分队`, `文章来源：今日头条`,
/// `稿源 | 云南日报`: [`MARKER`]'s `来源` forms with a colon, bar or space, breaker round 70;
/// `转自`, round 86) that
/// opens a note of its own
/// ([`opens_a_note`]) and names someone other than the account itself (its name or unit, which an
/// original piece may credit), `本…` (`本单位`, `本站`), original work (`原创`) or a government
/// body ([`GOVERNMENT_BODY`]): the draft reposts an outlet's item. Byte range of the marker and name in the body.
/// A picture's credit (`图片来源：…`) does not count.
fn source_note(item: &Item) -> Option<(usize, usize)> {
    let body = item.body.as_str();
    if !LABEL_WORDS.is_match(body) {
        return None;
    }
    let norm = Normalized::new(body);
    let folded = &norm.folded;
    let own: Vec<String> = item
        .account
        .iter()
        .flat_map(|a| [a.name.as_deref(), a.unit.as_deref()])
        .flatten()
        .map(fold_name)
        .filter(|n| !n.is_empty())
        .collect();
    MARKER.captures_iter(folded).find_map(|c| {
        let whole = c.get(0)?;
        // (not `来源于…`: `文章来源于网络并不意味着可以随意使用` is a statement); a note opened by
        // `转自` names its source as `来源：` does (`转自“维西生活圈”公众号`: breaker round 86),
        // not one opened by `摘自`, which quotes a document (`（摘自宣传资料）`)
        let reposted = |m: &regex::Match| {
            let marker = &folded[whole.start()..m.start()];
            marker.starts_with("转自") || marker.starts_with("转载自")
        };
        let name = c.get(1).or_else(|| c.get(3).filter(reposted))?;
        let head = &folded[..whole.start()];
        if head.ends_with("图片") || head.ends_with('图') || !opens_a_note(folded, whole.start())
        {
            return None;
        }
        let named = fold_name(name.as_str());
        if own
            .iter()
            .any(|o| o.contains(&named) || named.contains(o.as_str()))
            || named.starts_with('本')
            || named.contains("原创")
            || names_government_body(&named)
        {
            return None;
        }
        let char_at = |byte: usize| folded[..byte].chars().count();
        let (s, e) = norm.original_range(char_at(whole.start()), char_at(name.end()));
        let byte_at = |k: usize| body.char_indices().nth(k).map_or(body.len(), |(b, _)| b);
        Some((byte_at(s), byte_at(e)))
    })
}

fn finding(category: &str, field: Field, (start, end): (usize, usize), message: String) -> Finding {
    Finding {
        check: "attribution".into(),
        category: category.into(),
        rule: format!("attribution.{category}").into(),
        article: "第七条".into(),
        field,
        start,
        end,
        action: Action::Route(Route::Returned),
        message: message.into(),
    }
}

/// A source named in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Named {
    field: Field,
    /// Code points of the original field, half-open.
    span: (usize, usize),
    /// The name as written.
    name: String,
    /// Whether the name may run on into a place and date (`据新华社北京3月1日电`): it names an
    /// outlet when it starts with that outlet's name.
    prefix: bool,
}

/// Punctuation that ends a name in an attribution (on folded text: full-width forms are ASCII).
const NAME: &str = r#"[^\s,.;:!?，。；、|丨/()（）\[\]【】《》<>“”"「」『』'‘’]"#;

/// The kind of account a source is written with before its quoted or @-ed name
/// (`来源：微信公众号“云南发布”`, `来源：微博@云南发布`): the name is what follows.
const PLATFORM: &str =
    r#"(?:(?:(?:微信)?公众号|微博|抖音号?|头条号|视频号|快手号?)\s*:?\s*(?:[《“"「『【]|@))?"#;

/// The two-character words a source note opens with, each as a regex with [`SPACED`] between its
/// characters: WeChat editors pad short labels to the width of longer ones (`来　源：新华社`,
/// `来  源：`; breaker round 88: `来  源：新华社` was read as no source at all).
fn label_words() -> [String; 4] {
    ["来源", "稿源", "出处", "转载"].map(|w| {
        let (a, b) = w.split_at(w.chars().next().map_or(0, char::len_utf8));
        format!("{a}{SPACED}{b}")
    })
}

/// The spaces a two-character label may be typeset with: ASCII ones and the ideographic space,
/// which the folded text [`MARKER`] reads has as a space already.
const SPACED: &str = "[ \\t\\u{3000}]{0,3}";

/// `来源：X`, `稿源 X`, `转自X`, `本文来源于X`, `转载来源：X`, `原文来源：X`, `转载：X` (breaker round 84; not
/// `消息来源：`, which a rumour's rebuttal or a reporter's own piece writes): the name follows the
/// marker.
static MARKER: LazyLock<Regex> = LazyLock::new(|| {
    let words = label_words().join("|");
    Regex::new(&format!(
        r#"(?:(?:稿件|信息|新闻|文章|内容|本文|视频|原文|转载)?{words})(?:\s*[:|丨/—-]\s*|\s+){PLATFORM}[《“"「『【]?({NAME}{{2,30}})|(?:本文|文章|稿件|内容|信息|新闻)来源于\s*{PLATFORM}[《“"「『【]?({NAME}{{2,30}})|(?:(?:本文|文章)(?:转载)?来自|转载自|转引自|转自|摘自|选自|原载于?)\s*:?\s*{PLATFORM}[《“"「『【]?({NAME}{{2,30}})"#
    ))
    .expect("attribution marker pattern compiles")
});

/// `据X报道`, `据X消息`, `据X讯`, `据X电`: the name may carry a place and date.
static REPORTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"据\s*[《“"]?({NAME}{{2,20}}?)[》”"]?\s*(?:报道|消息|讯|电)"#
    ))
    .expect("reported pattern compiles")
});

/// A dateline at the start of a line or after a bracket: `新华社北京3月1日电`.
static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"(?m)(?:^|[\s(（【\[])\s*({NAME}{{2,16}}?)\s*\d{{1,2}}月\d{{1,2}}日\s*电"#
    ))
    .expect("dateline pattern compiles")
});

/// An outlet's own credit opening a line, `X消息` or `X讯` and a colon, a bracket or a space
/// (`央视网消息：`, `新华网消息 `, `云南网讯（记者 张三）`): the copy names its source as a
/// dateline does (breaker round 77). Words that name no outlet (`最新消息：`, `本报讯`) do not
/// count ([`NOT_OUTLETS`], [`OUTLET_ENDS`]).
static LEAD_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"(?m)^[\s　]*({NAME}{{2,16}}?)\s*(?:消息|讯)\s*(?:[:：(（]|\s)"#
    ))
    .expect("lead credit pattern compiles")
});

/// What stands before `消息` or `讯` at a line's start without naming an outlet: the account's
/// own (`本报讯`), and words of news (`最新消息`, `重磅消息`, `喜讯`), which end in no outlet's
/// last character ([`OUTLET_ENDS`]).
const NOT_OUTLETS: &[&str] = &["本台", "本报", "本网", "本刊", "本站"];

/// The last character of an outlet's name: `网`, `社`, `报`, `台`, `视`, `闻`, `端`, `布`, `刊`
/// (`央视网`, `新华社`, `云南日报`, `中央电视台`, `央视`, `央视新闻`, `…客户端`, `云南发布`).
const OUTLET_ENDS: &[char] = &['网', '社', '报', '台', '视', '闻', '端', '布', '刊'];

/// A news agency's or a paper's dateline opening the body or a line (`新华社昆明3月1日电`,
/// `本报北京3月1日讯`, `中新网3月1日电`): the copy is another outlet's, so the draft reposts it
/// (breaker round 76). Unlike [`DATELINE`], which reads any source's name to compare it with a
/// declared one, only another outlet's: a county account's own `本台讯` or `维西讯` is its own
/// reporting; `本报` is a paper's, which a county account is not.
static OUTLET_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?P<mark>(?:新华社|中新社|中国新闻社|新华网|人民网|央视网|中新网|中国新闻网|本报)[^，。！？\n（(]{0,12}?[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日(?:电|讯))",
    )
    .expect("valid regex")
});

/// Every source named in `text` (`field` of the item), in order of the text.
fn named_sources(field: Field, text: &str) -> Vec<Named> {
    let norm = Normalized::new(text);
    let folded = &norm.folded;
    let char_at = |byte: usize| folded[..byte].chars().count();
    let mut out = Vec::new();
    let mut push = |m: regex::Match<'_>, prefix: bool| {
        let (fs, fe) = (char_at(m.start()), char_at(m.end()));
        if fe == fs {
            return;
        }
        let span = norm.original_range(fs, fe);
        let name: String = text.chars().skip(span.0).take(span.1 - span.0).collect();
        out.push(Named {
            field,
            span,
            name,
            prefix,
        });
    };
    for c in MARKER.captures_iter(folded) {
        let whole = c.get(0).expect("group 0 always matches");
        // A picture's credit (图片来源：新华社) does not attribute the text.
        if folded[..whole.start()].ends_with("图片") || folded[..whole.start()].ends_with('图') {
            continue;
        }
        if let Some(m) = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)) {
            push(m, false);
        }
    }
    for c in REPORTED
        .captures_iter(folded)
        .chain(DATELINE.captures_iter(folded))
    {
        if let Some(m) = c.get(1) {
            push(m, true);
        }
    }
    for c in LEAD_CREDIT.captures_iter(folded) {
        if let Some(m) = c
            .get(1)
            .filter(|m| m.as_str().ends_with(OUTLET_ENDS) && !NOT_OUTLETS.contains(&m.as_str()))
        {
            push(m, false);
        }
    }
    out.sort_by_key(|n| n.span);
    out.dedup_by_key(|n| n.span);
    out
}

/// The policy's outlet names and channel words, folded.
struct Names {
    outlets: Vec<String>,
    suffixes: Vec<String>,
    /// [`crate::policy::RepostPolicy::outlet_aliases`], folded.
    aliases: Vec<Vec<String>>,
}

impl Names {
    fn new(policy: &Policy) -> Names {
        let fold_all = |v: &[String]| {
            v.iter()
                .map(|s| fold_name(s))
                .filter(|s| !s.is_empty())
                .collect()
        };
        Names {
            outlets: fold_all(&policy.reposts.outlets),
            suffixes: fold_all(&policy.reposts.outlet_suffixes),
            aliases: policy
                .reposts
                .outlet_aliases
                .iter()
                .map(|group| fold_all(group))
                .collect(),
        }
    }

    /// Whether folded `name` (as the text names a source, `prefix` as for [`Names::same`]) and
    /// folded `declared` name one outlet under two of its names (`中新网…` and `中国新闻网`, `央视`
    /// and `央视新闻`: breaker round 54).
    fn aliases(&self, name: &str, declared: &str, prefix: bool) -> bool {
        self.aliases.iter().any(|group| {
            group.iter().any(|a| self.same(name, a, prefix))
                && group.iter().any(|a| self.same(declared, a, false))
        })
    }

    /// Whether folded `name` names the outlet folded as `outlet`: the same, or followed by a
    /// channel word, a by-line word or both (`人民日报客户端`, `云南日报记者`, `云南日报客户端记者`),
    /// or with `prefix` by anything (a place and date). Anything else after a channel word is
    /// another source that borrows the outlet's name (`人民日报微信公众号粉丝群`).
    fn same(&self, name: &str, outlet: &str, prefix: bool) -> bool {
        let Some(rest) = name.strip_prefix(outlet) else {
            return false;
        };
        if rest.is_empty() || prefix {
            return true;
        }
        let rest = self
            .suffixes
            .iter()
            .filter_map(|s| rest.strip_prefix(s.as_str()))
            .min_by_key(|r| r.len())
            .unwrap_or(rest);
        rest.is_empty() || BYLINE_WORDS.iter().any(|w| rest.starts_with(w))
    }

    /// Whether folded `name` names a designated outlet.
    fn designated(&self, name: &str, prefix: bool) -> bool {
        self.outlets.iter().any(|o| self.same(name, o, prefix))
    }

    /// Whether `source` as written (not folded) names designated outlets only: one outlet (with
    /// its channel: `人民网-云南频道`), or several joined by dashes as the outlets' own pages print them (`人民网-人民日报`,
    /// `云南日报-云南网`; breaker round 59). With `prefix`, the last may carry a place and date.
    fn designated_source(&self, source: &str, prefix: bool) -> bool {
        if self.designated(&fold_name(source), prefix) {
            // one outlet, or one and its channel after a dash (`人民网-云南频道`)
            return true;
        }
        let parts = source_parts(source);
        let last = parts.len().saturating_sub(1);
        parts.len() > 1
            && parts
                .iter()
                .enumerate()
                .all(|(i, p)| self.designated(p, prefix && i == last))
    }
}

/// The dashes and marks that join the outlets of a compound source (`人民网-人民日报`,
/// `人民网－人民日报`, `光明网—光明日报`, `人民网/人民日报`, `人民网、人民日报`, `人民网·人民日报`).
const SOURCE_JOINERS: &[char] = &['-', '－', '‐', '–', '—', '―', '/', '／', '、', '·', '・'];

/// The outlets of a source as written, each folded ([`fold_name`]), empty ones left out: one for a
/// plain source, several for a compound one (`人民网-《人民日报》` gives `人民网`, `人民日报`).
fn source_parts(source: &str) -> Vec<String> {
    source
        .split(SOURCE_JOINERS)
        .map(fold_name)
        .filter(|p| !p.is_empty())
        .collect()
}

/// Whether `c` (folded) is punctuation or space, which comparisons of names and titles ignore.
/// Symbols (`★`, emoji) are not: they change a title.
fn is_punct(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(c as u32,
            0x00A1 | 0x00A7 | 0x00AB | 0x00B6 | 0x00B7 | 0x00BB | 0x00BF // Latin-1: ¡ § « ¶ · » ¿
            | 0x2010..=0x205E        // general punctuation: dashes, quotes, ellipsis, bullets
            | 0x3001..=0x3003        // 、。〃
            | 0x3008..=0x301F        // brackets 〈〉《》「」『』【】〔〕 and marks
            | 0x30FB                 // katakana middle dot, used as ·
            | 0xFE10..=0xFE1F        // vertical forms
            | 0xFE30..=0xFE6F        // compatibility and small forms
            | 0xFF5F..=0xFF65) // half-width brackets and 。「」、・
}

/// Folded (NFKC, lower case, simplified) without punctuation and spaces, with for each kept
/// character whether punctuation or a space came right before it (a segment start).
fn fold_segments(text: &str) -> (Vec<char>, Vec<bool>) {
    let norm = Normalized::new(text);
    let mut kept = Vec::new();
    let mut starts = Vec::new();
    let mut after_punct = false;
    for c in norm.folded.chars() {
        if is_punct(c) {
            after_punct = true;
        } else {
            kept.push(c);
            starts.push(after_punct);
            after_punct = false;
        }
    }
    (kept, starts)
}

fn fold_name(text: &str) -> String {
    fold_segments(text).0.into_iter().collect()
}

/// Whether `title` keeps `original` (see the module docs). `labels` are folded names a leading
/// label of the title may give (the source).
fn title_kept(title: &str, original: &str, labels: &[String]) -> bool {
    let (o, o_starts) = fold_segments(original);
    let (t, t_starts) = fold_segments(title);
    if o.is_empty() {
        return true; // nothing to compare with
    }
    let kept_after_trim = |t: &[char]| {
        if t.len() > o.len() || t.is_empty() {
            return false;
        }
        let dropped = o.len() - t.len();
        o[dropped..] == *t
            && (dropped == 0
                || (o_starts[dropped] && dropped <= MAX_TRIMMED_PREFIX && dropped < t.len()))
    };
    if kept_after_trim(&t) {
        return true;
    }
    let is_label = |label: &[char]| {
        let label: String = label.iter().collect();
        let label = label
            .strip_prefix("转自")
            .or_else(|| label.strip_prefix("来源"))
            .unwrap_or(&label);
        matches!(label, "转载" | "转发" | "转")
            || labels.iter().any(|l| !l.is_empty() && label == l)
    };
    // A leading label naming the repost (`转载｜`, `云南日报：`, `转自新华网丨`), or a trailing one
    // after punctuation (`…（转载）`, `…【转】`, `…｜来源：云南发布`: breaker round 74).
    (1..t.len()).filter(|&k| t_starts[k]).any(|k| {
        (is_label(&t[..k]) && kept_after_trim(&t[k..]))
            || (is_label(&t[k..]) && kept_after_trim(&t[..k]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::lexicon::LexiconSource;
    use std::sync::OnceLock;

    /// The shipped lexicons and policy (loaded once): the tests judge by what an operator gets.
    fn shipped() -> &'static (Lexicon, Policy) {
        static L: OnceLock<(Lexicon, Policy)> = OnceLock::new();
        L.get_or_init(|| {
            Lexicon::load(&LexiconSource::Embedded, &[]).expect("shipped lexicons load")
        })
    }

    fn draft(
        title: &str,
        body: &str,
        source: Option<&str>,
        url: Option<&str>,
        original_title: Option<&str>,
    ) -> Item {
        let v = serde_json::json!({
            "id": "t", "kind": "draft", "title": title, "body": body,
            "repost": {"source": source, "url": url, "original_title": original_title},
        });
        Item::from_value(v).expect("test item is valid")
    }

    /// A draft with no `repost` field.
    fn undeclared(title: &str, body: &str) -> Item {
        let v = serde_json::json!({"id": "t", "kind": "draft", "title": title, "body": body});
        Item::from_value(v).expect("test item is valid")
    }

    /// Kind: a title that says it reposts, on a draft without the `repost` field (breaker round
    /// 71); an official document forwarded (`转发…的通知`) is no repost.
    #[test]
    fn a_repost_must_be_declared() {
        let plain = |title: &str| undeclared(title, "冬季出行请注意安全。");
        for (title, mark) in [
            ("转载：云南发布冬季出行提示", "转载："),
            ("【转载】冬季出行提示", "【转载】"),
            (" [转]冬季出行提示", "[转]"),
            ("〔转载〕冬季出行提示", "〔转载〕"),
            ("云南发布冬季出行提示（转载）", "（转载）"),
        ] {
            assert_undeclared(&plain(title), Field::Title, title, mark);
        }
        for title in [
            "转发县委办公室关于做好冬季安全生产工作的通知",
            "冬季出行提示",
            "我县转载率排名全州第一",
            "转载率排名全州第一",
            "转自然资源局关于开展耕地保护督察的通知",
            "转自主选择就业的退役士兵名单公示",
        ] {
            assert!(run(&plain(title)).is_empty(), "{title}");
        }
    }

    /// Kind: a draft whose body says it is a repost (`本文转载自网易新闻`, `（转自：…公众号）`,
    /// `（文章来源于网络，如有侵权请联系删除）`) but has no `repost` field is returned too, with the
    /// mark's span in the body (breaker round 77).
    #[test]
    fn a_body_that_says_repost_without_the_repost_field_is_returned() {
        let draft = |body: &str| undeclared("云南出台促进消费措施", body);
        for (body, mark) in [
            (
                "本文转载自网易新闻，近日，省政府印发促进消费措施。",
                "本文转载自",
            ),
            (
                "近日，省政府印发促进消费措施。（转自：昆明吃喝玩乐）",
                "转自：",
            ),
            (
                "近日，省政府印发促进消费措施。（文章来源于网络，如有侵权请联系删除）",
                "文章来源于网络",
            ),
            // breaker round 70: the source named in a note of its own, or the net
            ("来源：吃货小分队\n这家火锅店值得一去。", "来源：吃货小分队"),
            (
                "文章来源：今日头条\n这家火锅店值得一去。",
                "文章来源：今日头条",
            ),
            ("（转自网络，侵删）这家火锅店值得一去。", "转自网络"),
            // breaker round 84: the note says what it is a source of
            (
                "转载来源：云南日报\n全省春耕备耕工作有序推进。",
                "转载来源：云南日报",
            ),
            (
                "原文来源：云南网\n全省春耕备耕工作有序推进。",
                "原文来源：云南网",
            ),
            ("转载：云南网\n全省春耕备耕工作有序推进。", "转载：云南网"),
            // breaker round 76: another outlet's dateline
            (
                "新华社昆明3月1日电 记者从云南省商务厅获悉，省政府印发促进消费措施。",
                "新华社昆明3月1日电",
            ),
            (
                "本报北京3月1日讯（记者 李明）近日，国务院印发通知。",
                "本报北京3月1日讯",
            ),
        ] {
            assert_undeclared(&draft(body), Field::Body, body, mark);
        }
        for body in [
            "转自然资源局通知，请各村做好耕地保护。",
            "未经授权，禁止转载。",
            "网民转载的视频系旧闻，请勿传播。",
            // breaker round 80: the mark quoted, in a sentence, or a photo's credit
            "各单位转载其他媒体稿件时，须注明“本文转载自XX”。",
            "文章来源于网络并不意味着可以随意使用，如有侵权将承担法律责任。",
            "弦子舞流传至今已有数百年。（图片转自：县文化馆）",
            // a source of income; a picture's credit
            "收入来源：务工、种植。",
            "县里召开会议。（图片来源：县文化馆）",
            // the account's own reporting, and a dateline quoted in a sentence
            "维西讯 3月1日，县里召开会议。",
            "本台讯 近日，县里召开会议。",
            "据新华社3月1日电报道的数字，全国春耕进展顺利。",
            // what a rumour came from, a reporter's own piece (regression breaker round 84)
            "网传我县将全面封控系谣言。\n消息来源：一自媒体账号，已被公安机关依法处置。",
            "消息来源：记者现场采访\n今天上午，县里召开会议。",
            "转载请注明出处。",
        ] {
            assert!(run(&draft(body)).is_empty(), "{body}");
        }
        // the account credits itself, by its name, its unit, `本…` or `原创`, or a county body
        // (breaker round 70)
        for body in [
            "来源：县融媒体中心\n县里召开会议。",
            "来源：维西发布\n县里召开会议。",
            "信息来源：本单位",
            "来源：本站\n我县召开会议。",
            "来源：原创\n近日，县里召开会议。",
            "来源：教体局\n近日，县里召开会议。",
            "来源：县应急管理局\n我县开展演练。",
            "信息来源：县气象台\n据县气象台预报，明天有雨。",
        ] {
            let v = serde_json::json!({"id": "t", "kind": "draft", "title": "会议", "body": body,
                "account": {"platform": "wechat", "name": "维西发布", "unit": "县融媒体中心"}});
            let item = Item::from_value(v).expect("test item is valid");
            assert!(run(&item).is_empty(), "{body}");
        }
    }

    /// `item` is returned as an undeclared repost, with one finding over `mark` in `field` (whose
    /// text is `text`).
    fn assert_undeclared(item: &Item, field: Field, text: &str, mark: &str) {
        let got = run(item);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert_eq!(&*got[0].rule, "attribution.undeclared_repost");
        assert_eq!(got[0].field, field);
        let written: String = text
            .chars()
            .skip(got[0].start)
            .take(got[0].end - got[0].start)
            .collect();
        assert_eq!(written, mark);
    }

    fn run(item: &Item) -> Vec<Finding> {
        let (lexicon, policy) = shipped();
        check(item, policy, &[], lexicon)
    }

    /// `(title, body, source, url, original_title, expected (rule, field, written text))`: each
    /// finding's span must cut exactly `written` out of its field.
    type Case<'a> = (
        &'a str,
        &'a str,
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
        &'a [(&'a str, Field, &'a str)],
    );

    fn assert_cases(cases: &[Case<'_>]) {
        for (title, body, source, url, original, want) in cases {
            let it = draft(title, body, *source, *url, *original);
            let got: Vec<(String, Field, String)> = run(&it)
                .into_iter()
                .map(|f| {
                    assert_eq!(&*f.check, "attribution");
                    assert_eq!(&*f.article, "第七条");
                    assert_eq!(f.action, Action::Route(Route::Returned));
                    assert!(!f.message.is_empty());
                    let text = it.field_text(&f.field).unwrap_or_default();
                    let written: String =
                        text.chars().skip(f.start).take(f.end - f.start).collect();
                    (f.rule.to_string(), f.field, written)
                })
                .collect();
            let want: Vec<(String, Field, String)> = want
                .iter()
                .map(|(r, f, w)| (r.to_string(), *f, w.to_string()))
                .collect();
            assert_eq!(got, want, "title {title:?} body {body:?} source {source:?}");
        }
    }

    const YN_URL: Option<&str> = Some("https://yndaily.yunnan.cn/html/2026-03/01/content_1.htm");
    const T: &str = "全省春耕备耕有序推进";

    #[test]
    fn a_placeholder_source_names_no_outlet_even_on_a_designated_site() {
        use Field::*;
        let msg = "attribution.missing_source";
        assert_cases(&[
            (
                T,
                "来源：网络\n全省春耕备耕工作有序推进。",
                Some("网络"),
                YN_URL,
                Some(T),
                &[(msg, RepostSource, "网络")],
            ),
            (
                T,
                "全省春耕备耕工作有序推进。（稿源：综合整理）",
                Some("综合 整理"),
                Some("http://www.news.cn/a.htm"),
                Some(T),
                &[(msg, RepostSource, "综合 整理")],
            ),
            (
                T,
                "全省春耕备耕工作有序推进。\n来源：网络",
                None,
                YN_URL,
                Some(T),
                &[(msg, Body, "网络")],
            ),
        ]);
    }

    #[test]
    fn attribution_forms_name_the_source() {
        use Field::*;
        let ok: &[(&str, Field, &str)] = &[];
        assert_cases(&[
            (
                T,
                "来源：云南日报\n全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                ok,
            ),
            (
                T,
                "全省春耕备耕工作有序推进。（来源：云南日报）",
                Some("云南日报"),
                YN_URL,
                Some(T),
                ok,
            ),
            (
                T,
                "全省春耕备耕工作有序推进。\n稿源 | 云南日报客户端",
                Some("云南日报"),
                YN_URL,
                Some(T),
                ok,
            ),
            (
                T,
                "本文转自《云南日报》，全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                ok,
            ),
            // the account's kind before its quoted or @-ed name
            (
                T,
                "来源：微信公众号“云南日报”\n全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                ok,
            ),
            (
                T,
                "来源：微博@云南日报\n全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                ok,
            ),
            // the outlet's own credit opening the copy (breaker round 77)
            (
                T,
                "云南日报讯（记者 张三）全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                ok,
            ),
            (
                T,
                "云南日报消息：全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                ok,
            ),
            (
                T,
                "据云南日报报道，全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                ok,
            ),
            (
                T,
                "新华社昆明3月1日电 全省春耕备耕工作有序推进。",
                Some("新华社"),
                Some("http://www.news.cn/a.htm"),
                Some(T),
                ok,
            ),
            (
                T,
                "來源：雲南日報\n全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                ok,
            ),
            (
                T,
                "来源：云南日报记者 张三\n全省春耕。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                ok,
            ),
            (
                T,
                "来源：人民日报\n全省春耕。",
                Some("人民日报客户端"),
                Some("https://wap.peopleapp.com/a"),
                Some(T),
                ok,
            ),
            // missing or different
            (
                T,
                "最新消息：全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                &[("attribution.missing_source", RepostSource, "云南日报")],
            ),
            (
                T,
                "重磅消息：全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                &[("attribution.missing_source", RepostSource, "云南日报")],
            ),
            (
                T,
                "全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                &[("attribution.missing_source", RepostSource, "云南日报")],
            ),
            (
                T,
                "图片来源：云南日报\n全省春耕备耕工作有序推进。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                &[("attribution.missing_source", RepostSource, "云南日报")],
            ),
            (
                T,
                "资金来源于财政。全省春耕。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                &[("attribution.missing_source", RepostSource, "云南日报")],
            ),
            (
                T,
                "来源：新华社\n全省春耕。",
                Some("云南日报"),
                YN_URL,
                Some(T),
                &[("attribution.missing_source", RepostSource, "云南日报")],
            ),
            (
                T,
                "全省春耕。",
                None,
                YN_URL,
                Some(T),
                &[("attribution.missing_source", RepostSource, "")],
            ),
        ]);
    }

    /// Kind: two findings that contradict each other (maintainer trial): an unlisted source not
    /// named in the text is not to be written in as `来源：…`, since it may not be reposted at all.
    #[test]
    fn an_unlisted_source_is_not_to_be_written_in() {
        let it = draft(
            "美食节开幕",
            "某地美食节开幕。",
            Some("吃货小分队"),
            Some("https://mp.weixin.qq.com/s/abc"),
            Some("美食节开幕"),
        );
        let findings = run(&it);
        let rules: Vec<&str> = findings.iter().map(|f| &*f.rule).collect();
        assert_eq!(
            rules,
            ["attribution.missing_source", "attribution.unlisted_source"]
        );
        assert!(!findings[0].message.contains("须写明"), "{:?}", findings[0]);
        // a designated one is
        let it = draft(
            T,
            "全省春耕备耕有序推进。",
            Some("云南日报"),
            YN_URL,
            Some(T),
        );
        assert!(run(&it)[0].message.contains("须写明“来源：云南日报”"));
    }

    /// Kind: one outlet under two of its names (`policy.toml` `outlet_aliases`): the text may name
    /// the declared outlet by another (breaker round 54); two outlets still disagree.
    #[test]
    fn an_outlet_may_be_named_by_another_of_its_names() {
        use Field::*;
        let ok: &[(&str, Field, &str)] = &[];
        assert_cases(&[
            (
                "迪庆：高原特色农业增收",
                "中新网迪庆7月15日电 (记者 李明)迪庆高原特色农业增收。",
                Some("中国新闻网"),
                Some("https://www.chinanews.com.cn/sh/2024/07-15/1.shtml"),
                Some("迪庆：高原特色农业增收"),
                ok,
            ),
            (
                T,
                "来源：央视\n全省春耕。",
                Some("央视新闻"),
                None,
                Some(T),
                ok,
            ),
            (
                T,
                "来源：云南日报\n全省春耕。",
                Some("人民日报"),
                None,
                Some(T),
                &[("attribution.missing_source", RepostSource, "人民日报")],
            ),
        ]);
    }

    /// Kind: a compound source as the outlets' pages print it (`人民网-人民日报`), each part a
    /// designated outlet, is designated and agrees with either outlet (breaker round 59); one
    /// unlisted part makes it unlisted.
    #[test]
    fn outlets_joined_by_a_dash_name_a_designated_source() {
        use Field::*;
        let ok: &[(&str, Field, &str)] = &[];
        let url = Some("http://politics.people.com.cn/n1/2026/1.html");
        // the text names another source than the declared compound one
        let mismatch: &[(&str, Field, &str)] = &[(
            "attribution.missing_source",
            RepostSource,
            "人民网-人民日报",
        )];
        assert_cases(&[
            (
                T,
                "来源：人民网-人民日报\n全省春耕。",
                Some("人民网-人民日报"),
                url,
                Some(T),
                ok,
            ),
            (
                T,
                "来源：人民网－人民日报\n全省春耕。",
                Some("人民网－人民日报"),
                url,
                Some(T),
                ok,
            ),
            (
                T,
                "来源：人民网/人民日报\n全省春耕。",
                Some("人民网/人民日报"),
                url,
                Some(T),
                ok,
            ),
            (
                T,
                "来源：新华每日电讯\n全省春耕。",
                Some("新华每日电讯"),
                Some("http://www.xinhuanet.com/mrdx/2026-01/01/c_1.htm"),
                Some(T),
                ok,
            ),
            (
                T,
                "来源：人民日报\n全省春耕。",
                Some("人民网-人民日报"),
                url,
                Some(T),
                ok,
            ),
            (
                T,
                "来源：光明网-《光明日报》\n全省春耕。",
                Some("光明网-《光明日报》"),
                Some("https://news.gmw.cn/2026-01/1.htm"),
                Some(T),
                ok,
            ),
            (
                T,
                "来源：人民网-某某生活号\n全省春耕。",
                Some("人民网-某某生活号"),
                url,
                Some(T),
                &[(
                    "attribution.unlisted_source",
                    RepostSource,
                    "人民网-某某生活号",
                )],
            ),
            (
                T,
                "来源：云南日报\n全省春耕。",
                Some("人民网-人民日报"),
                url,
                Some(T),
                mismatch,
            ),
            (
                T,
                "来源：人民网-某某生活圈\n全省春耕。",
                Some("人民网-人民日报"),
                url,
                Some(T),
                mismatch,
            ),
        ]);
    }

    #[test]
    fn only_designated_outlets_may_be_reposted() {
        use Field::*;
        let ok: &[(&str, Field, &str)] = &[];
        assert_cases(&[
            (
                "火锅推荐",
                "来源：吃货小分队\n这家火锅店值得一去。",
                Some("吃货小分队"),
                Some("https://www.example.net/a/1"),
                Some("火锅推荐"),
                &[("attribution.unlisted_source", RepostSource, "吃货小分队")],
            ),
            (
                "火锅推荐",
                "来源：吃货小分队\n这家火锅店值得一去。",
                Some("吃货小分队"),
                None,
                Some("火锅推荐"),
                &[("attribution.unlisted_source", RepostSource, "吃货小分队")],
            ),
            // on a designated outlet's site, a source that is no designated outlet is not that
            // outlet's item as published (breaker round 33)
            (
                "乡村振兴取得新成效",
                "来源：维西生活圈\n乡村振兴取得新成效。",
                Some("维西生活圈"),
                Some("https://www.yunnan.cn/a/2.html"),
                Some("乡村振兴取得新成效"),
                &[("attribution.unlisted_source", RepostSource, "维西生活圈")],
            ),
            (
                "乡村振兴取得新成效",
                "来源：云南网\n乡村振兴取得新成效。",
                Some("云南网"),
                Some("https://www.yunnan.cn/a/2.html"),
                Some("乡村振兴取得新成效"),
                ok,
            ),
            // an outlet's provincial channel is the outlet (breaker round 34)
            (
                "云南：秋收正忙",
                "来源：人民网-云南频道\n云南各地秋收正忙。",
                Some("人民网-云南频道"),
                Some("http://yn.people.com.cn/n2/2026/1001/c1.html"),
                Some("云南：秋收正忙"),
                ok,
            ),
            // an outlet's name and a channel word, then more: another source
            (
                "春耕",
                "来源：人民日报微信公众号粉丝群\n春耕。",
                Some("人民日报微信公众号粉丝群"),
                Some("https://www.example.net/a/1"),
                Some("春耕"),
                &[(
                    "attribution.unlisted_source",
                    RepostSource,
                    "人民日报微信公众号粉丝群",
                )],
            ),
            // a government site is a designated source, whatever department it names
            (
                "通知",
                "来源：云南省应急管理厅\n通知。",
                Some("云南省应急管理厅"),
                Some("https://yjglt.yn.gov.cn/x"),
                Some("通知"),
                ok,
            ),
            (
                "通知",
                "来源：云南省农业农村厅微信公众号\n通知。",
                Some("云南省农业农村厅微信公众号"),
                Some("https://nync.yn.gov.cn/x"),
                Some("通知"),
                ok,
            ),
            (
                "通知",
                "来源：央视新闻客户端\n通知。",
                Some("央视新闻客户端"),
                Some("https://mp.weixin.qq.com/s/x"),
                Some("通知"),
                ok,
            ),
            // no declared source: the name in the text is judged, and reported where it is written
            (
                "通知",
                "来源：吃货小分队\n通知。",
                None,
                None,
                Some("通知"),
                &[("attribution.unlisted_source", Body, "吃货小分队")],
            ),
            ("通知", "来源：人民网\n通知。", None, None, Some("通知"), ok),
            (
                "通知",
                "通知。",
                None,
                Some("https://www.example.net/a"),
                Some("通知"),
                &[
                    ("attribution.missing_source", RepostSource, ""),
                    (
                        "attribution.unlisted_source",
                        RepostUrl,
                        "https://www.example.net/a",
                    ),
                ],
            ),
            // a designated name on a site that is not the outlet's: a look-alike, a portal
            (
                "多地出台新政",
                "来源：新华网\n多地出台新政。",
                Some("新华网"),
                Some("http://www.news.cn.xyz.top/2026/c_2.htm"),
                Some("多地出台新政"),
                &[(
                    "attribution.unlisted_source",
                    RepostUrl,
                    "http://www.news.cn.xyz.top/2026/c_2.htm",
                )],
            ),
            (
                "多地出台新政",
                "来源：人民日报\n多地出台新政。",
                Some("人民日报"),
                Some("https://news.example.com/a/1.html"),
                Some("多地出台新政"),
                &[(
                    "attribution.unlisted_source",
                    RepostUrl,
                    "https://news.example.com/a/1.html",
                )],
            ),
            // the outlet's own client and its WeChat account are its own
            (
                "通知",
                "来源：人民日报客户端\n通知。",
                Some("人民日报客户端"),
                Some("https://wap.peopleapp.com/article/1/1"),
                Some("通知"),
                ok,
            ),
            (
                "通知",
                "来源：云南发布\n通知。",
                Some("云南发布"),
                Some("https://mp.weixin.qq.com/s/abc"),
                Some("通知"),
                ok,
            ),
            // the form's label written into the field (breaker round 74)
            (
                "通知",
                "来源：云南发布\n通知。",
                Some("来源：云南发布"),
                Some("https://mp.weixin.qq.com/s/abc"),
                Some("通知"),
                ok,
            ),
        ]);
    }

    #[test]
    fn titles_may_lose_punctuation_and_a_leading_label_but_not_be_rewritten() {
        use Field::*;
        let body = "来源：新华网\n多地出台新政支持农业发展。";
        let src = Some("新华网");
        let url = Some("http://www.news.cn/2026/c_3.htm");
        let o = "多地出台新政支持农业发展";
        let ok: &[(&str, Field, &str)] = &[];
        let rewritten = |t: &'static str| -> Vec<(&'static str, Field, &'static str)> {
            vec![("attribution.title_rewritten", Title, t)]
        };
        let r1 = rewritten("重磅！农民的好日子来了");
        let r2 = rewritten("重磅！多地出台新政支持农业发展");
        let r3 = rewritten("多地出台新政支持农业发展🔥");
        let r4 = rewritten("出台新政支持农业发展");
        let r5 = rewritten("震惊｜多地出台新政支持农业发展");
        let r6 = rewritten("多地出台新政");
        let r7 = rewritten("多地出台新政支持农业发展（必看）");
        assert_cases(&[
            (o, body, src, url, Some(o), ok),
            ("多地出台新政，支持农业发展！", body, src, url, Some(o), ok),
            ("“多地” 出台新政支持农业发展", body, src, url, Some(o), ok),
            // a label after the title names the repost as one before it does (breaker round 74)
            (
                "多地出台新政支持农业发展（转载）",
                body,
                src,
                url,
                Some(o),
                ok,
            ),
            (
                "多地出台新政支持农业发展【转】",
                body,
                src,
                url,
                Some(o),
                ok,
            ),
            (
                "多地出台新政支持农业发展｜新华网",
                body,
                src,
                url,
                Some(o),
                ok,
            ),
            // a label the title names itself is no label (breaker round 76)
            (
                "多地出台新政支持农业发展｜来源：粮价下月起全面上涨",
                body,
                src,
                url,
                Some(o),
                &rewritten("多地出台新政支持农业发展｜来源：粮价下月起全面上涨"),
            ),
            (
                "多地出台新政支持农业发展",
                body,
                src,
                url,
                Some("新华全媒+｜多地出台新政支持农业发展"),
                ok,
            ),
            (
                "多地出台新政支持农业发展",
                body,
                src,
                url,
                Some("【权威发布】多地出台新政支持农业发展"),
                ok,
            ),
            ("多地出臺新政支持農業發展", body, src, url, Some(o), ok),
            (
                "转载｜多地出台新政支持农业发展",
                body,
                src,
                url,
                Some(o),
                ok,
            ),
            (
                "新华网：多地出台新政支持农业发展",
                body,
                src,
                url,
                Some(o),
                ok,
            ),
            ("重磅！农民的好日子来了", body, src, url, Some(o), &r1),
            (
                "重磅！多地出台新政支持农业发展",
                body,
                src,
                url,
                Some(o),
                &r2,
            ),
            ("多地出台新政支持农业发展🔥", body, src, url, Some(o), &r3),
            // a trimmed prefix must end at punctuation of the original
            ("出台新政支持农业发展", body, src, url, Some(o), &r4),
            (
                "震惊｜多地出台新政支持农业发展",
                body,
                src,
                url,
                Some(o),
                &r5,
            ),
            ("多地出台新政", body, src, url, Some(o), &r6),
            (
                "多地出台新政支持农业发展（必看）",
                body,
                src,
                url,
                Some(o),
                &r7,
            ),
            // a long lead-in is not a prefix label
            (
                "支持农业发展",
                body,
                src,
                url,
                Some("多地出台新政，支持农业发展"),
                &[("attribution.title_rewritten", Title, "支持农业发展")],
            ),
        ]);
    }

    #[test]
    fn comments_and_plain_drafts_get_nothing() {
        let (lexicon, policy) = shipped();
        let c = Item::from_value(serde_json::json!({
            "id": "c", "kind": "comment", "body": "转发", "in_reply_to": "p",
            "repost": {"source": "吃货小分队", "original_title": "x"},
        }))
        .unwrap();
        assert!(check(&c, policy, &[], lexicon).is_empty());
        let d = Item::from_value(
            serde_json::json!({"id": "d", "kind": "draft", "title": "标题", "body": "正文"}),
        )
        .unwrap();
        assert!(check(&d, policy, &[], lexicon).is_empty());
    }

    proptest::proptest! {
        /// Whatever the repost looks like, every finding's span lies inside its field; nothing
        /// panics.
        #[test]
        fn spans_stay_inside_their_fields(
            title in "[来源：转自据报道电新华社云南日报重磅！｜ 3月1日]{0,20}",
            body in "[来源：转自据报道电新华社云南日报图片 \n3月1日《》]{0,40}",
            source in proptest::option::of("[新华社云南日报吃货]{0,6}"),
            original in proptest::option::of("[来源新华社重磅！｜]{0,12}"),
        ) {
            let it = draft(&title, &body, source.as_deref(), None, original.as_deref());
            for f in run(&it) {
                let n = it.field_text(&f.field).unwrap_or_default().chars().count();
                proptest::prop_assert!(f.start <= f.end && f.end <= n, "{f:?}");
            }
        }
    }

    // Kind: repost-ok (d14), repost-missing-source (d15), repost-opinion (d16, attribution part:
    // it is attributed), repost-unlisted (d43), repost-title-rewritten (d44).
    #[test]
    fn regression_dev_repost_kinds() {
        let rules = |it: &Item| {
            run(it)
                .into_iter()
                .map(|f| f.rule.to_string())
                .collect::<Vec<_>>()
        };
        let d14 = draft(
            T,
            "来源：云南日报\n全省春耕备耕工作有序推进。",
            Some("云南日报"),
            YN_URL,
            Some(T),
        );
        assert!(rules(&d14).is_empty());
        let d15 = draft(
            T,
            "全省春耕备耕工作有序推进。",
            Some("云南日报"),
            YN_URL,
            Some(T),
        );
        assert_eq!(rules(&d15), ["attribution.missing_source"]);
        let d16 = draft(
            "多地出台新政",
            "来源：新华网\n多地出台新政。个人觉得这政策太好了！",
            Some("新华网"),
            Some("http://www.news.cn/2026/c_2.htm"),
            Some("多地出台新政"),
        );
        assert!(rules(&d16).is_empty());
        let d43 = draft(
            "火锅推荐",
            "来源：吃货小分队\n这家火锅店值得一去。",
            Some("吃货小分队"),
            Some("https://www.example.net/a/1"),
            Some("火锅推荐"),
        );
        assert_eq!(rules(&d43), ["attribution.unlisted_source"]);
        let d44 = draft(
            "重磅！农民的好日子来了",
            "来源：新华网\n多地出台新政支持农业发展。",
            Some("新华网"),
            Some("http://www.news.cn/2026/c_3.htm"),
            Some("多地出台新政支持农业发展"),
        );
        assert_eq!(rules(&d44), ["attribution.title_rewritten"]);
    }
}
