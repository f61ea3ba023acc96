//! County leaders and units named in a draft (第四条, 第九条).
//!
//! Reads the hits of the reference vocabularies `leader_title`, `county_decision`, `unit` and
//! `township` (lexicons under `lexicons/county/`) and turns them into:
//! - `leader.too_many_titles`: a title chain (titles joined by `、`, `，`, `兼`, `/`, `|` or spaces;
//!   a unit's posts after its name or alone after another title, `县公安局党委书记、局长`; an organ
//!   before its title, `县人民政府县长`) longer than the policy's `max_leader_titles` (第四条:
//!   县领导职务一般不超过两个), when it is one person's: a personal name follows it
//!   (`…县委党校校长木春林`, also after a space or a dash), it stands in brackets after one
//!   (`李明（县委副书记、县长、…）`, `和永强同志（…）`), it follows one and a comma and ends the
//!   clause (`李明，县委常委、副县长、县公安局局长。`, `和永强同志，…，出席`), or a name follows it
//!   after a colon or a line break (`…县政府党组书记：木永强`). A chain followed by a verb lists several
//!   leaders' offices (`县委书记、县长、县政协主席任顾问`) and is not counted. The finding spans the chain;
//! - `leader.named`: a county leader named; the first title of the chain that is not a rank several
//!   leaders share (`县委常委、常务副县长` is the `常务副县长`, `县委副书记、县长` the `县长`) joins `co_review` and the draft is at
//!   least `deputy_leader` (第九条: 涉及县领导的重要信息); `县委常委会` is a body, no leader;
//! - `leader.county_decision`: a county-level decision (县委、县政府决定; a standing meeting's
//!   decision only after the county's government in its clause, not the State Council's), likewise;
//! - `unit.named`: another county unit or township (not the account's own, compared without the
//!   county's name) joins `co_review`; the route is left to the rest of the draft.
//!
//! Comments are not checked here: they are not published under the county's name.

use crate::item::{Action, Finding, Item, Kind, Route};
use crate::policy::Policy;
use crate::screen::lexicon::{Lexicon, TermMeta};
use crate::screen::segment::Segmenter;
use crate::screen::FieldScan;

const TITLE: &str = "leader_title";
const DECISION: &str = "county_decision";
const UNIT: &str = "unit";
const TOWNSHIP: &str = "township";
/// A prefecture office a county leader also holds (`州委常委`): one more title in that leader's
/// chain (第四条 counts it), never a county leader by itself.
const HIGHER: &str = "higher_title";

/// Whether `meta` is a [`HIGHER`] office.
fn is_higher(meta: &TermMeta) -> bool {
    &*meta.category == HIGHER
}

/// Whether a title that starts with `县长` takes that `县` from a determiner before it: `我县`,
/// `本县`, `全县`, `该县`, … name the county, and what follows is not a title: `我县长假旅游市场`
/// (我县/长假), `本县长约50公里的公路`, `全县长达30公里`. Nobody writes `我县长` for the county
/// head (it is `我县县长`). Other titles keep their office after the determiner: `我县人大常委会主任`,
/// `我县四套班子领导`. `before` is the field's text up to the title.
fn county_of_determiner(before: &str, title: &str) -> bool {
    title.starts_with("县长")
        && before.ends_with([
            '我', '本', '全', '该', '各', '邻', '此', '外', '两', '每', '某', '贵', '他', '首',
        ])
}

/// Whether a title is most of the title of a work (`放映电影《县委书记》`, `《县长的一天》`), the
/// text `before` and `after` it: such a title names no one (breaker round 88). At most four
/// characters on each side of it inside the marks: a speech's title names its speaker
/// (`《县委书记和万宝在全县三级干部大会上的讲话》`).
fn in_title_of_work(before: &str, after: &str) -> bool {
    let opened = before
        .chars()
        .rev()
        .take(5)
        .take_while(|&c| c != '》')
        .any(|c| c == '《');
    opened
        && after
            .chars()
            .take(5)
            .take_while(|&c| c != '《')
            .any(|c| c == '》')
}

/// Whether the sentence a title stands in opens with a year of the last century (or an era of it,
/// [`PAST_YEAR`]) set off by a comma
/// (`1952年，县长和万宝带领群众修建了第一条水渠`, `1958年春，…`): a county history names a leader
/// of then, no serving one (breaker round 88; `时任县长` is read by the title list). A year inside
/// the sentence is not enough (`与1999年相比`, `在1998年抗洪中负伤的老兵家中，县长…`, a
/// biography's `1972年10月生`). `before` is the field's text up to the title; the sentence runs
/// back to its last `。！？` or line break.
fn in_a_past_year(before: &str) -> bool {
    let sentence = before
        .rfind(['。', '！', '？', '\n'])
        .map_or(before, |i| &before[i..])
        .trim_start_matches(['。', '！', '？', '\n', ' ', '\u{3000}']);
    // (not a biography's birth, `1972年10月生，现任县委书记`)
    PAST_YEAR
        .find(sentence)
        .is_some_and(|m| !m.as_str().trim_end_matches(['，', ',']).ends_with('生'))
        && !sentence.contains("现任")
}

/// Whether the title is a former holder's, written so right before it (`原县委书记`, `原县委杨书记`,
/// `前任县长`, `已故县长`, `老县长`): no serving leader to review the draft (rb5, round 91; `老`,
/// the honoured old leader of a profile, breaker round 93).
fn former(before: &str) -> bool {
    before.ends_with('原')
        || before.ends_with("前任")
        || before.ends_with("已故")
        || before.ends_with('老')
}

/// A year from 1000 to 1999 with `年` opening a text, a few characters of season, month or day
/// after it (`１９９３年６月初`), then a comma (both widths: the field is read as written).
/// Or an era of the last century (`解放初期，县委杨书记带领群众修建水渠`, `上世纪八十年代，`: rb5, round 91).
static PAST_YEAR: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(?:(?:1[0-9]{3}|１[０-９]{3})年[^，,。]{0,6}|(?:解放初期|解放前|解放后|建国初期|新中国成立初期|上世纪[^，,。]{0,6}年代|[五六七八九]十年代)[^，,。]{0,4})[，,]").expect("valid regex")
});

/// Whether a county title, unit or decision (`县民政局`, `副县长`, `县委常委会研究决定`) belongs
/// to another county, named right before it (`德钦县民政局`, `德钦县副县长`): the text before its
/// `县` (one the text ends with, or the term's own) ends with a word jieba's dictionary tags as a
/// proper name (`ns`, `nrt`, `nr`, `nz`: it tags 兰坪 and 永春 `ns`, 德钦 and 贡山 `nr`) that is
/// not one of this county's names ([`crate::policy::CountyPolicy::names`]), or with another
/// autonomous county's `…族自治`. A name right before `县长` is a person's (`和建华县长`,
/// `扎西县长`: Chinese writes another county's head `德钦县县长`), so it never counts there; a
/// person's name does not come before the county committee's titles (`德钦县委副书记`). Without
/// a proper name (`县委县政府`, `我县`, `全县`) the county is this one. `before` is the field's
/// text up to the term.
fn of_another_county(
    before: &str,
    meta: &TermMeta,
    seg: &Segmenter,
    county_names: &[String],
) -> bool {
    // a title after its body's name (`德钦县人民政府县长`)
    let before = before
        .strip_suffix("人民政府")
        .or_else(|| before.strip_suffix("政府"))
        .unwrap_or(before);
    let (head, written_out) = if let Some(h) = before.strip_suffix('县') {
        (h, true)
    } else if meta.term.starts_with('县') {
        (before, false)
    } else {
        return false;
    };
    // `和建华县长`, `扎西县长`, `和兰坪县长`: before `县长` a name is a person's, whatever it ends with
    if !written_out && meta.term.starts_with("县长") {
        return false;
    }
    if county_names.iter().any(|n| {
        let stem = n.trim_end_matches('县');
        !stem.is_empty() && head.ends_with(stem)
    }) {
        return false;
    }
    // an autonomous county that is not this one (`玉龙纳西族自治县`, `兰坪白族普米族自治县`)
    if head.ends_with("族自治") {
        return true;
    }
    // `邻县县委王书记`, `外县县长`, `兄弟县`: another county named as one (rb5, round 91)
    if head.ends_with(['邻', '外']) || head.ends_with("兄弟") {
        return true;
    }
    // the run of ideographs before, at most 6
    let start = head
        .char_indices()
        .rev()
        .take_while(|&(_, c)| crate::screen::segment::is_cjk(c))
        .take(6)
        .last()
        .map_or(head.len(), |(i, _)| i);
    let window = &head[start..];
    // `同意和国华为县人大常委会主任`, `李明任县…`: a verb of appointment, not the end of a county's
    // name (jieba reads 华为 as a brand's name)
    if window.is_empty() || window.ends_with(['为', '任', '是', '在', '和', '与']) {
        return false;
    }
    let tokens = seg.tagged(window);
    let n = tokens.len();
    let last_start = if n >= 2 { tokens[n - 2].0 } else { 0 };
    tokens.last().is_some_and(|&(end, tag)| {
        end - last_start >= 2 && matches!(tag, "ns" | "nrt" | "nr" | "nz")
    })
}

/// Whether a title that does not name the county (`纪委书记`, `宣传部部长`, `公安局长`: the second
/// title of a county leader, `县委常委、纪委书记`) is another body's post: glued to that body's name
/// (`供电公司纪委书记`, `市公安局长`, `某集团宣传部部长`), or in a chain whose clause names a
/// city, prefecture or province after the county (`市人民政府副市长、公安局长`). After a county
/// title (`副县长、公安局长`) or alone at the start of a clause it is the county's. `before` is the
/// field's text up to the title.
fn post_of_another_body(before: &str, title: &str) -> bool {
    if title.contains('县') {
        return false;
    }
    if before
        .chars()
        .next_back()
        .is_some_and(crate::screen::segment::is_cjk)
    {
        return true;
    }
    let clause = last_clause(before);
    let county = clause.rfind('县');
    ['市', '州', '省']
        .iter()
        .filter_map(|b| clause.rfind(*b))
        .max()
        .is_some_and(|h| county.is_none_or(|c| c < h))
}

/// Whether a title and the text after it name a body rather than a leader: `县委常委会会议` is a
/// meeting of the standing committee, not one of its members.
fn names_a_body(title: &str, after: &str) -> bool {
    title.ends_with("常委") && after.starts_with('会')
}

/// Titles that several county leaders hold at once (`县委常委`; a county has two or three
/// `县委副书记`): in one person's chain the next title says who the person is (`县委常委、常务副县长`
/// co-reviews as `常务副县长`, `县委副书记、县长` as `县长`). Alone they name the leader.
const SHARED_RANKS: &[&str] = &["县委常委", "县委副书记"];

/// Whether the text after a title names a petition channel rather than the leader: `县长信箱`,
/// `县委书记热线`, `县长公开电话`, `县长接待日`. Writing to the county head's mailbox involves no
/// leader in the draft.
fn names_a_channel(after: &str) -> bool {
    [
        "信箱",
        "邮箱",
        "热线",
        "专线",
        "公开电话",
        "接待日",
        "留言板",
    ]
    .iter()
    .any(|c| after.starts_with(c))
}

/// Kinds of place and institution a name ends with: `长征小学`, `长青社区`, `长滩村`.
const PLACE_KINDS: &[&str] = &[
    "小学",
    "中学",
    "学校",
    "幼儿园",
    "社区",
    "村",
    "街道",
    "路",
    "街",
    "大道",
    "站",
    "医院",
    "卫生院",
    "公司",
    "小区",
    "桥",
    "广场",
    "镇",
    "乡",
];

/// Characters that, right after `县长`, start what the head of the county does rather than a
/// name (`县长到村里调研`, `县长在村委会`).
const NOT_A_PLACE_START: &str = "到在去赴进来和与同跟给对为向从率带看访察走入等";

/// Whether a title ending in `县长` is only the end of a county's name and the start of a place's:
/// `维西县长征小学` (维西县 + 长征小学), `县长青社区`, `县长滩村`, `南漳县长坪镇`. True when one character after the
/// title, not a verb or preposition ([`NOT_A_PLACE_START`]), is followed by a kind of place
/// ([`PLACE_KINDS`]). `after` is the field's text after the title.
fn starts_a_place_name(title: &str, after: &str) -> bool {
    let mut chars = after.chars();
    title.ends_with("县长")
        && chars
            .next()
            .is_some_and(|c| crate::screen::segment::is_cjk(c) && !NOT_A_PLACE_START.contains(c))
        && PLACE_KINDS.iter().any(|p| chars.as_str().starts_with(p))
}

/// Whether the clause before a decision that does not name its body (`常务会议决定`) names the
/// county's government or party committee last, no higher one after it: `根据县人民政府第12次`.
fn county_meeting(before: &str) -> bool {
    let clause = last_clause(before);
    let county = ["县人民政府", "县政府", "县委"]
        .iter()
        .filter_map(|b| clause.rfind(b))
        .max();
    let higher = ["国务院", "省", "州", "市"]
        .iter()
        .filter_map(|b| clause.rfind(b))
        .max();
    county.is_some_and(|c| higher.is_none_or(|h| h < c))
}

/// The last clause of `before`: the text after its last comma, full stop, semicolon, colon or line
/// break (`、` joins titles and stays inside).
fn last_clause(before: &str) -> &str {
    before
        .rsplit(['，', '。', '；', '：', ',', ';', ':', '\n'])
        .next()
        .unwrap_or(before)
}

/// Characters that may join two titles of one person: `县委副书记、县长`, `县委常委兼副县长`, a
/// line break (`县委常委、⏎副县长`),
/// after a note on the first title's post in brackets (`副县长（挂职）、县委政法委书记`, [`POST_NOTES`]:
/// breaker round 74).
fn joins_titles(gap: &str) -> bool {
    let gap = POST_NOTES
        .iter()
        .find_map(|note| {
            ["（", "("].iter().find_map(|open| {
                let rest = gap.strip_prefix(open)?.strip_prefix(note)?;
                rest.strip_prefix(['）', ')'])
            })
        })
        .filter(|rest| !rest.is_empty())
        .unwrap_or(gap);
    gap.chars().count() <= 3
        && gap.chars().all(|c| {
            matches!(
                c,
                '、' | '，'
                    | ','
                    | ' '
                    | '\u{3000}'
                    | '\u{a0}'
                    | '兼'
                    | '/'
                    | '／'
                    | '|'
                    | '｜'
                    | '·'
                    // a title a line, as a caption or a speaker's card sets them (`县委常委、\n
                    // 副县长、\n县公安局局长余建华`: breaker round 95)
                    | '\n'
                    | '\r'
            )
        })
}

/// Notes in brackets on a post that leave the title chain whole (`副县长（挂职）`); a photo's
/// position (`（左二）`) follows a name, not a title.
const POST_NOTES: &[&str] = &[
    "挂职",
    "正处级",
    "副处级",
    "正科级",
    "副科级",
    "主持工作",
    "代",
];

/// Whether the text between two titles is the first title-holder's name and a list's `、` or `，`:
/// `德钦县委书记扎西、县长格桑` names two leaders of that county, the second with the county
/// left out. The name is two to four ideographs (or a name with `·`, up to ten characters),
/// optionally with `同志`, and names no place (`县`, `市`, `州`, `省`, `镇`, `乡`): `扎西、我县县长`
/// goes back to this county.
fn names_one_and_lists_on(gap: &str) -> bool {
    let Some(name) = gap.strip_suffix(['、', '，', ',']) else {
        return false;
    };
    let name = name.strip_suffix("同志").unwrap_or(name);
    let n = name.chars().count();
    let dotted = name.contains(['·', '•']);
    (2..=if dotted { 10 } else { 4 }).contains(&n)
        && name
            .chars()
            .all(|c| crate::screen::segment::is_cjk(c) || (dotted && matches!(c, '·' | '•')))
        && !name.contains(['县', '市', '州', '省', '镇', '乡', '我', '本'])
}

/// Appends the findings about leaders and units in `scans` to `out`, and their co-reviewers to
/// `co_review`. Drafts only.
pub fn check(
    item: &Item,
    scans: &[FieldScan<'_>],
    lexicon: &Lexicon,
    policy: &Policy,
    segmenter: &Segmenter,
    out: &mut Vec<Finding>,
    co_review: &mut Vec<String>,
) {
    if item.kind != Kind::Draft {
        return;
    }
    let own_unit = item
        .account
        .as_ref()
        .and_then(|a| a.unit.as_deref())
        .map(|u| unit_key(u, &policy.county.names));
    // The account's unit under its full name too (`县发改局` is `县发展和改革局`), looked up in the
    // unit list once, when a unit is named.
    let mut own_canonical: Option<Option<String>> = None;
    for scan in scans {
        let mut titles: Vec<(usize, usize, &TermMeta)> = Vec::new();
        // A unit and the post held in it (`县公安局局长`): counts in a leader's title chain.
        let mut posts: Vec<(usize, usize, &TermMeta)> = Vec::new();
        // Code point -> byte offsets of the field, built once: hits and chains are looked at by
        // code point, and walking the text from its start for each would be quadratic in the
        // number of hits (a 1 MB draft naming a unit 38,000 times took 5 s).
        let mut byte_at: Vec<usize> = Vec::new();
        if scan.hits.is_empty() {
            continue;
        }
        byte_at.extend(scan.text.char_indices().map(|(b, _)| b));
        byte_at.push(scan.text.len());
        let from = |k: usize| &scan.text[byte_at[k.min(byte_at.len() - 1)]..];
        // where the last title of another county ended (code points)
        let mut another_county_until: Option<usize> = None;
        for hit in &scan.hits {
            let Some(meta) = lexicon
                .metas(hit)
                .find(|m| [TITLE, DECISION, UNIT, TOWNSHIP, HIGHER].contains(&&*m.category))
            else {
                continue;
            };
            let canonical = meta.label.clone().unwrap_or_else(|| meta.term.clone());
            // the field's text up to the hit
            let before = &scan.text[..byte_at[hit.start]];
            match &*meta.category {
                // `德钦县副县长`, `德钦县民政局`: another county's leader or unit, and the titles
                // chained to such a title (`砀山县副县长、县委副书记`); so too a former holder's
                // title and the titles chained to it (`原县委常委、政法委书记`)
                TITLE | UNIT | DECISION
                    if of_another_county(before, meta, segmenter, &policy.county.names)
                        || (&*meta.category == TITLE && former(before))
                        || (&*meta.category != UNIT
                            && another_county_until.is_some_and(|e| {
                                e <= hit.start && {
                                    let gap = &scan.text[byte_at[e]..byte_at[hit.start]];
                                    joins_titles(gap) || names_one_and_lists_on(gap)
                                }
                            })) =>
                {
                    another_county_until = Some(hit.end);
                }
                TITLE
                    if !in_title_of_work(before, from(hit.end))
                        && !in_a_past_year(before)
                        && !county_of_determiner(before, &meta.term)
                        && !post_of_another_body(before, &meta.term)
                        && !names_a_channel(from(hit.end))
                        && !names_a_body(&meta.term, from(hit.end))
                        && !starts_a_place_name(&meta.term, from(hit.end)) =>
                {
                    titles.push((hit.start, hit.end, meta))
                }
                TITLE => {}
                // joins a chain a county title started, like a unit's post
                HIGHER => posts.push((hit.start, hit.end, meta)),
                // `常务会议决定` is the county's only after the county's government in its clause
                // (`县人民政府第12次常务会议决定`, not `国务院常务会议决定`)
                DECISION if !meta.term.contains('县') && !county_meeting(before) => {}
                // `县委常委会议室`: a room
                DECISION if from(hit.end).starts_with('室') => {}
                // an approval still to be sought (`还需经县人民政府批准`, `报县政府批准`) is a
                // procedure, not a decision made (but `经报请县政府同意` was given)
                DECISION
                    if ["需经", "须经", "应经", "应当经", "报", "报请", "提请"]
                        .iter()
                        .any(|w| before.ends_with(w))
                        && !["经报", "经报请", "经提请"]
                            .iter()
                            .any(|w| before.ends_with(w)) => {}
                DECISION => {
                    co_review.push(canonical.clone());
                    out.push(finding(
                        scan,
                        hit.start,
                        hit.end,
                        "leader.county_decision",
                        "第九条",
                        Action::Route(Route::DeputyLeader),
                        format!(
                            "涉及县级决定（{}），属重要信息，须由分管领导审核并送{canonical}审核",
                            meta.term
                                .replace(crate::screen::lexicon::matcher::GAP_MARK, "…")
                        ),
                    ));
                }
                _ => {
                    if let Some(len) = post_after(from(hit.end)) {
                        posts.push((hit.start, hit.end + len, meta));
                    }
                    let key = unit_key(&canonical, &policy.county.names);
                    let same =
                        |own: &str| !own.is_empty() && (own.contains(&key) || key.contains(own));
                    let is_own = own_unit.as_deref().is_some_and(same)
                        || own_canonical
                            .get_or_insert_with(|| {
                                own_unit
                                    .as_deref()
                                    .and_then(|own| canonical_unit(own, lexicon, policy))
                            })
                            .as_deref()
                            .is_some_and(same);
                    if !is_own {
                        co_review.push(canonical.clone());
                        let mut f = finding(
                            scan,
                            hit.start,
                            hit.end,
                            "unit.named",
                            "第九条",
                            Action::CoReview,
                            format!("涉及{canonical}，发布前须送其审核"),
                        );
                        f.category = meta.category.clone();
                        out.push(f);
                    }
                }
            }
        }
        for chain in chains(scan.text, &byte_at, &titles, &posts, &policy.county.names) {
            let (start, end) = (chain[0].0, chain[chain.len() - 1].1);
            let first = chain
                .iter()
                .find(|t| !is_higher(t.2))
                .map_or(chain[0].2, |t| t.2);
            // the leader's own office, past the ranks several leaders share
            let office = chain
                .iter()
                .map(|t| t.2)
                .find(|m| {
                    !is_higher(m) && !SHARED_RANKS.contains(&m.label.as_deref().unwrap_or(&m.term))
                })
                // only shared ranks (`县委常委、县委副书记`): the narrower, written last
                .or_else(|| chain.iter().rev().map(|t| t.2).find(|m| !is_higher(m)))
                .unwrap_or(first);
            let who = office.label.clone().unwrap_or_else(|| office.term.clone());
            let before = &scan.text[..byte_at[start]];
            let one_person = names_a_person(from(end), end, &titles)
                || named_after_a_mark(from(end), end, &titles)
                || bracketed_after_a_name(before, from(end))
                || set_off_after_a_name(before, from(end));
            if one_person {
                co_review.push(who.clone());
            } else {
                // a list of offices (县委书记、县长分别讲话): each of those leaders co-reviews
                co_review.extend(
                    chain
                        .iter()
                        .filter(|t| !is_higher(t.2))
                        .map(|t| t.2.label.clone().unwrap_or_else(|| t.2.term.clone())),
                );
            }
            out.push(finding(
                scan,
                start,
                end,
                "leader.named",
                "第九条",
                Action::Route(Route::DeputyLeader),
                format!("涉及县领导（{who}），属重要信息，须由分管领导审核并送{who}审核"),
            ));
            let max = policy.county.max_leader_titles;
            if chain.len() > max && one_person {
                let list: Vec<String> = chain
                    .iter()
                    .map(|t| scan.text[byte_at[t.0]..byte_at[t.1]].to_owned())
                    .collect();
                out.push(finding(
                    scan,
                    start,
                    end,
                    "leader.too_many_titles",
                    "第四条",
                    Action::Route(Route::Returned),
                    format!(
                        "县领导同时列出 {} 个职务（{}），一般不超过 {max} 个，请精简",
                        chain.len(),
                        list.join("、")
                    ),
                ));
            }
        }
    }
}

/// Posts held in a county unit (`县公安局` + `局长`), longest first: after a leader's titles they are
/// one more title of the same person (`县委常委、副县长、县公安局局长格茸`, 第四条).
const UNIT_POSTS: &[&str] = &[
    // the head of government after the government's name (`县人民政府县长`)
    "常务副县长",
    "副县长",
    "县长",
    "党组副书记",
    "党组书记",
    "党委书记",
    "常务副局长",
    "副局长",
    "局长",
    "副主任",
    "主任",
    "副部长",
    "部长",
    "副书记",
    "书记",
    "副院长",
    "院长",
    "检察长",
    "副校长",
    "校长",
    "副所长",
    "所长",
    "副队长",
    "队长",
    "政委",
    "督察长",
    "秘书长",
    "副主席",
    "主席",
];

/// The length in code points of the post `rest` starts with, if it does.
fn post_after(rest: &str) -> Option<usize> {
    UNIT_POSTS
        .iter()
        .find(|p| rest.starts_with(**p))
        .map(|p| p.chars().count())
}

/// Characters that, right after a title chain, start a verb or a function word rather than a name,
/// although some are also surnames (`任` as in 任顾问, `主` as in 主持).
const NOT_A_NAME_START: &str = "任为是等及与在对到的主出带参一亲率会同分作以均共也都请向将";

/// Whether a personal name starts `rest` (after at most two spaces), the text from code point `end` on: a surname (single or compound) that does not
/// start a verb, or the first syllable of a minority name without a surname (`此里卓玛`, `格茸`),
/// then at least one more CJK character, with no title (`titles`, sorted by start) starting within
/// those two.
fn names_a_person(rest: &str, end: usize, titles: &[(usize, usize, &TermMeta)]) -> bool {
    use crate::screen::deidentify::name::{starts_with_minority_name, starts_with_surname};
    // a caption's space or dash before the name: `县委党校校长 张华`, `县长——和永强`
    let trimmed = rest.trim_start_matches([' ', '\u{3000}', '\u{a0}', '—', '－', '-']);
    let spaces = rest[..rest.len() - trimmed.len()].chars().count();
    if spaces > 2 {
        return false;
    }
    let (rest, end) = (trimmed, end + spaces);
    let mut chars = rest.chars();
    let (Some(first), Some(second)) = (chars.next(), chars.next()) else {
        return false;
    };
    !NOT_A_NAME_START.contains(first)
        && crate::screen::segment::is_cjk(second)
        && (starts_with_surname(rest) || starts_with_minority_name(rest))
        && {
            // titles are sorted by start: the first at or after `end`
            let i = titles.partition_point(|t| t.0 < end);
            titles.get(i).is_none_or(|t| t.0 >= end + 2)
        }
}

/// Whether a personal name follows a chain after a colon or a line break: a caption or a
/// signature (`县委副书记、县长、县政府党组书记：木永强`, `…党组书记\n木永强`): breaker round 77.
/// Not after a comma (`县委书记、县长、县政协主席，张三等出席` lists three leaders and others), nor
/// before a list of names or a sentence.
/// `rest` is the text from code point `end`, the chain's end.
fn named_after_a_mark(rest: &str, end: usize, titles: &[(usize, usize, &TermMeta)]) -> bool {
    let (after, caption) = match rest
        .strip_prefix("\r\n")
        .or_else(|| rest.strip_prefix('\n'))
    {
        Some(a) => (a, true),
        None => match rest.strip_prefix(['：', ':']) {
            Some(a) => (a, false),
            None => return false,
        },
    };
    // one name: after a colon, no list of them (`…县政协主席：木永强、李建国`); after a line
    // break, a name alone on its line (a caption), not a sentence (`…主席\n李建国主持会议`)
    let clause_end = after
        .find(['。', '！', '？', '；', '\n'])
        .unwrap_or(after.len());
    let one = if caption {
        // and no other name on the next line (`出席的有：…主席\n张三\n李四`)
        let next = after[clause_end..].trim_start_matches(['\r', '\n']);
        let next_line = next.split(['\r', '\n']).next().unwrap_or("").trim();
        after[..clause_end].trim_end().chars().count() <= 4
            && !(1..=4).contains(&next_line.chars().count())
    } else {
        !after[..clause_end].contains(['、', '，', ',', '和', '及', '等'])
    };
    let marks = rest[..rest.len() - after.len()].chars().count();
    one && names_a_person(after, end + marks, titles)
}

/// Whether a chain stands in brackets right after a personal name: `李明（县委副书记、县长）`.
/// `before` is the text up to the chain, `after` the text from its end.
fn bracketed_after_a_name(before: &str, after: &str) -> bool {
    let Some(before) = before.strip_suffix(['（', '(']) else {
        return false;
    };
    // `和永强同志（县委副书记、…）`
    let before = before.strip_suffix("同志").unwrap_or(before);
    if !after.starts_with(['）', ')']) {
        return false;
    }
    ends_with_a_name(before, false)
}

/// Whether `before` ends with a personal name of 2 to 4 CJK characters: a surname or a minority
/// name's first syllable, then CJK characters; with `alone`, nothing CJK before it either.
fn ends_with_a_name(before: &str, alone: bool) -> bool {
    use crate::screen::deidentify::name::{starts_with_minority_name, starts_with_surname};
    use crate::screen::segment::is_cjk;
    let tail: Vec<char> = before.chars().rev().take(5).collect();
    (2..=4.min(tail.len())).any(|n| {
        let name: String = tail[..n].iter().rev().collect();
        name.chars().all(is_cjk)
            && (!alone || tail.get(n).is_none_or(|c| !is_cjk(*c)))
            && (starts_with_surname(&name) || starts_with_minority_name(&name))
    })
}

/// Whether a chain follows a personal name and a comma, and ends its clause: `李明，县委常委、副县长、
/// 县公安局局长。` (the titles after the name, as in a list of attendees). The name stands at the
/// start of the text or after punctuation. `before` is the text up to the chain, `after` the text
/// from its end.
fn set_off_after_a_name(before: &str, after: &str) -> bool {
    use crate::screen::segment::is_cjk;
    let Some(before) = before.strip_suffix(['，', ',', ' ', '\u{3000}']) else {
        return false;
    };
    // `木永强同志，县委副书记、…` (breaker round 77)
    let before = before.strip_suffix("同志").unwrap_or(before);
    // a profile's sex between (`李明，男，县委常委、…`)
    let before = before
        .strip_suffix(['男', '女'])
        .and_then(|b| b.strip_suffix(['，', ',']))
        .unwrap_or(before);
    !after.chars().next().is_some_and(is_cjk) && ends_with_a_name(before, true)
}

/// Groups title hits (sorted by start, code points) into chains of adjacent titles. A unit's post
/// (`posts`, sorted) joins a chain that a title started, never starts one: a unit head alone is no
/// county leader.
fn chains<'m>(
    text: &str,
    byte_at: &[usize],
    titles: &[(usize, usize, &'m TermMeta)],
    posts: &[(usize, usize, &'m TermMeta)],
    county_names: &[String],
) -> Vec<Vec<(usize, usize, &'m TermMeta)>> {
    // `迪庆州委常委、维西县委书记`, `县委常委、维西县副县长`: this county's name before a county
    // title (whole, or without the `县` the title starts with) joins it to the chain like an
    // organ; its length in code points, when it does
    let county_before = |gap: &str| {
        county_names.iter().find_map(|n| {
            [n.as_str(), n.trim_end_matches('县')]
                .into_iter()
                .find_map(|name| {
                    gap.strip_suffix(name)
                        .filter(|g| !name.is_empty() && !g.is_empty() && joins_titles(g))
                        .map(|_| name.chars().count())
                })
        })
    };
    let mut out: Vec<Vec<_>> = Vec::new();
    if titles.is_empty() {
        return out;
    }
    let mut all: Vec<(bool, (usize, usize, &'m TermMeta))> = titles
        .iter()
        .map(|&t| (true, t))
        .chain(posts.iter().map(|&p| (false, p)))
        .collect();
    all.sort_by_key(|(_, t)| (t.0, std::cmp::Reverse(t.1)));
    for (i, &(is_title, t)) in all.iter().enumerate() {
        // a title inside a unit's post already in the chain (`县长` of `县人民政府县长`)
        if out
            .last()
            .and_then(|c| c.last())
            .is_some_and(|prev| prev.0 <= t.0 && t.1 <= prev.1)
        {
            continue;
        }
        // the organ a title belongs to may stand before it (`县委副书记、县人民政府县长`): it
        // joins the chain as part of the title
        let mut t = t;
        let joined =
            out.last()
                .and_then(|c| c.last())
                .is_some_and(|prev: &(usize, usize, &TermMeta)| {
                    if prev.1 > t.0 {
                        return false;
                    }
                    let gap = &text[byte_at[prev.1]..byte_at[t.0]];
                    if joins_titles(gap) {
                        return true;
                    }
                    if let Some(n) = county_before(gap) {
                        t.0 -= n;
                        return true;
                    }
                    ORGANS.iter().any(|o| {
                        gap.strip_suffix(o).is_some_and(|g| {
                            let joins = !g.is_empty() && joins_titles(g);
                            if joins {
                                t.0 -= o.chars().count();
                            }
                            joins
                        })
                    })
                });
        if joined {
            out.last_mut().expect("joined implies a chain").push(t);
        } else if is_title {
            // a prefecture office held with it may come first (`州委常委、县委书记`)
            let higher_before = i.checked_sub(1).map(|k| all[k].1).filter(|h| {
                is_higher(h.2) && h.1 <= t.0 && !out.iter().flatten().any(|c| c.0 == h.0) && {
                    let gap = &text[byte_at[h.1]..byte_at[t.0]];
                    joins_titles(gap)
                        || county_before(gap).is_some_and(|n| {
                            t.0 -= n;
                            true
                        })
                }
            });
            out.push(higher_before.into_iter().chain([t]).collect());
        } else {
            continue;
        }
        // A bare post after a unit's one is another post in that unit (`县公安局党委书记、局长`,
        // `县人武部党委书记、政委`), unless a title or post found starts there.
        let chain = out.last_mut().expect("a chain was just extended");
        let next_start = all.get(i + 1).map(|(_, n)| n.0);
        while let Some(post) = bare_post_after(text, byte_at, chain[chain.len() - 1]) {
            if next_start.is_some_and(|n| n <= post.0) {
                break;
            }
            chain.push(post);
        }
    }
    out
}

/// The county's organs, written before a title of theirs in a chain (`县人民政府县长`).
const ORGANS: &[&str] = &["县人民政府", "县政府", "县委", "县人大常委会", "县政协"];

/// A post without its unit right after `prev` and a joiner (`、局长` after `县公安局党委书记`), as
/// one more element of `prev`'s chain, with `prev`'s vocabulary entry.
fn bare_post_after<'m>(
    text: &str,
    byte_at: &[usize],
    prev: (usize, usize, &'m TermMeta),
) -> Option<(usize, usize, &'m TermMeta)> {
    let rest = &text[byte_at[prev.1.min(byte_at.len() - 1)]..];
    let gap: usize = rest
        .chars()
        .take(3)
        .take_while(|&c| joins_titles(c.encode_utf8(&mut [0; 4])) && c != '兼')
        .count();
    if gap == 0 {
        return None;
    }
    let at = rest.char_indices().nth(gap).map_or(rest.len(), |(b, _)| b);
    post_after(&rest[at..]).map(|len| (prev.1 + gap, prev.1 + gap + len, prev.2))
}

/// The key ([`unit_key`]) of the full name of the unit whose key is `own`, when the unit list has
/// it under another name (`发改局` -> `发展和改革局`, from `县发改局 | label=县发展和改革局`).
fn canonical_unit(own: &str, lexicon: &Lexicon, policy: &Policy) -> Option<String> {
    lexicon
        .labelled()
        .filter(|m| matches!(&*m.category, UNIT | TOWNSHIP))
        .find(|m| m.term.ends_with(own) && unit_key(&m.term, &policy.county.names) == own)
        .and_then(|m| m.label.as_deref())
        .map(|l| unit_key(l, &policy.county.names))
}

/// A unit's name for comparison: without the county's names, `人民政府` as `政府`, without a leading `县`.
fn unit_key(name: &str, county_names: &[String]) -> String {
    // the party committee's formal name: `中共维西傈僳族自治县委员会宣传部` is the `县委宣传部`
    // (breaker round 77)
    let name = name.trim();
    let name = name.strip_prefix("中共").unwrap_or(name);
    // `replace` copies even when there is nothing to replace; most names hold none of these
    let mut s = name.to_owned();
    for n in county_names {
        if s.contains(n.as_str()) {
            s = s.replace(n.as_str(), "");
        }
    }
    // (the county's full name ends with its `县`)
    if let Some(rest) = s
        .strip_prefix("县委员会")
        .or_else(|| s.strip_prefix("委员会"))
    {
        s = format!("县委{rest}");
    }
    if s.contains("人民政府") {
        s = s.replace("人民政府", "政府");
    }
    match s.strip_prefix('县') {
        Some(rest) => rest.to_owned(),
        None => s,
    }
}

fn finding(
    scan: &FieldScan<'_>,
    start: usize,
    end: usize,
    rule: &str,
    article: &str,
    action: Action,
    message: String,
) -> Finding {
    let (check, category) = rule.split_once('.').expect("rule ids are check.category");
    Finding {
        check: check.into(),
        category: category.into(),
        rule: rule.into(),
        article: article.into(),
        field: scan.field,
        start,
        end,
        action,
        message: message.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_names_compare_without_the_county() {
        let names = [
            "维西傈僳族自治县".to_string(),
            "维西县".into(),
            "维西".into(),
        ];
        assert_eq!(unit_key("维西县人民政府办公室", &names), "政府办公室");
        assert_eq!(unit_key("县政府办公室", &names), "政府办公室");
        assert_eq!(unit_key("维西傈僳族自治县教育体育局", &names), "教育体育局");
    }

    #[test]
    fn a_name_must_follow_a_chain_for_it_to_be_one_persons() {
        // the text after a two-character title
        let names_a_person = |text: &str, end: usize, titles: &[(usize, usize, &TermMeta)]| {
            let at = text.char_indices().nth(end).map_or(text.len(), |(b, _)| b);
            names_a_person(&text[at..], end, titles)
        };
        assert!(names_a_person("县长木春林出席", 2, &[]));
        assert!(
            names_a_person("书记和建华主持", 2, &[]),
            "和 is a surname after a chain"
        );
        assert!(names_a_person("书记欧阳明", 2, &[]));
        assert!(
            names_a_person("县长此里卓玛主持", 2, &[]),
            "Tibetan names have no surname"
        );
        assert!(names_a_person("局长格茸带队", 2, &[]));
        assert!(!names_a_person("主席任顾问", 2, &[]));
        assert!(!names_a_person("主席主持会议", 2, &[]));
        assert!(!names_a_person("主席", 2, &[]));
        assert!(!names_a_person("主席，", 2, &[]));
    }

    #[test]
    fn a_county_name_before_a_place_name_is_no_title() {
        assert!(starts_a_place_name("县长", "征小学举行开学典礼"));
        assert!(starts_a_place_name("县长", "青社区开展志愿服务"));
        assert!(starts_a_place_name("县长", "滩村召开会议"));
        assert!(starts_a_place_name("县长", "坪镇黄潭村"), "南漳县长坪镇");
        assert!(!starts_a_place_name("县长", "赴叶枝镇调研"));
        assert!(
            !starts_a_place_name("县长", "到村里调研"),
            "the head goes to a village"
        );
        assert!(!starts_a_place_name("县长", "在社区慰问"));
        assert!(!starts_a_place_name("县长", "和永强出席"));
        assert!(
            !starts_a_place_name("副书记", "青社区"),
            "only 县长 ends a county's name"
        );
        assert!(!starts_a_place_name("县长", "青"));
    }

    #[test]
    fn titles_join_by_enumeration_marks_only() {
        assert!(joins_titles("、"));
        assert!(joins_titles("兼"));
        assert!(joins_titles(""));
        assert!(
            !joins_titles("和"),
            "和 is a surname (和建华), not a conjunction of titles"
        );
        assert!(!joins_titles("出席了"));
        assert!(joins_titles(" / "));
        assert!(joins_titles("  "));
    }
}
