//! Detector: landline numbers (固定电话).
//!
//! An area code (`010`, `02x`, `0xxx`, optionally in parentheses) and a 7–8 digit local number that
//! starts with 2–8, with up to two separators between them (`0887-8627777`, `(0887)8627777`,
//! `0731—8888888`); a local number alone only right after a phone label (`座机8627777`).
//!
//! Whether it is masked depends on where it is (第十三条 protects persons, not offices):
//! - in comments, unless it is an office's published number (after a hotline label, after an
//!   office's name and a phone label, or called a service number after it): a netizen's number is
//!   personal;
//! - in drafts, only next to a private person (a named villager, `本人`, `家里`); an office's
//!   published number (`举报电话：0887-8625555`) stays, and so does everything else in drafts.
//!
//! Masking: the area code and separators stay, and the last 2 digits (`0887-*****34`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::mask::Plan;
use super::view::{hotline_lead, last_label, View, SEP};
use super::{each_number_capture, Context, Hit, PiiKind};
use crate::item::Kind;
use regex::Regex;
use std::sync::LazyLock;

/// Labels that say a number is a phone number.
const LABELS: &[&str] = &[
    "电话",
    "座机",
    "固话",
    "号码",
    "致电",
    "拨打",
    "联系方式",
    "tel",
    "phone",
];

/// Words before a number in a draft that make it a private person's.
/// A reply addressing the netizen names the netizen's own number (`您留下的座机`, `您家的固定电话`).
const PRIVATE: &[&str] = &[
    "本人",
    "家里",
    "家中",
    "家庭",
    "住宅",
    "私人",
    "个人",
    "我家",
    "其家",
    "户主",
    "您家",
    "你家",
    "他家",
    "她家",
    "您留下的",
    "你留下的",
    "您预留的",
    "您提供的",
    "您的电话",
    "您的座机",
    "您的固话",
    "您的固定电话",
    "您的联系电话",
    "你的电话",
    // the person who complained or reported, named or not (`投诉人0887-…`, `举报人（0887-…）`,
    // `举报人的座机`: breaker round 53)
    "投诉人",
    "举报人",
    "反映人",
    "来电人",
    "信访人",
];

/// How close (in characters) a private person's name must be before a draft's landline.
const NEAR: usize = 20;

/// An area code (区号): `010`, `02x`, `0xxx`.
const AREA: &str = "0(?:10|2[0-9]|[3-9][0-9]{2})";

static LANDLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?P<area>(?:[(（]{AREA}[)）]|{AREA}[)）]?){SEP}{{0,2}})?(?P<local>[2-8](?:[0-9]{{3}}[- ]?[0-9]{{3,4}}|[0-9]{{2}}[- ]?[0-9]{{4}}))"
    ))
    .expect("valid regex")
});

/// Finds landline numbers in `v` that must be masked. `persons` are the private persons named in
/// the field (char offsets), whether or not their names are masked.
pub(super) fn detect(v: &View, ctx: &Context, persons: &[Hit], out: &mut Vec<Hit>) {
    let hay = &v.folded;
    each_number_capture(&LANDLINE, v, 7, |caps, at| {
        let m = caps.get(0).expect("group 0");
        let (s, e) = (at + m.start(), at + m.end());
        let Some(lead) = v.phone_candidate_lead(s, e, LABELS) else {
            return false;
        };
        let area = caps.name("area");
        if area.is_none() {
            // A bare local number is only a phone number when labelled, and never the tail of a
            // longer number (`0887-8627777` seen from its `8`).
            let glued = v
                .before(s)
                .is_some_and(|c| matches!(c, '-' | ')' | ' ' | '—' | '–'))
                && hay[..s]
                    .chars()
                    .rev()
                    .nth(1)
                    .is_some_and(|c| c.is_ascii_digit());
            if glued || last_label(lead, LABELS).is_none() {
                return false;
            }
        }
        if ctx.kind == Kind::Draft && !near_private_person(v, s, lead, persons) {
            return false;
        }
        if ctx.kind == Kind::Comment && office_number(v, lead, e) {
            return false;
        }
        let skip = area.map_or(0, |a| a.as_str().chars().count());
        out.push(v.hit(PiiKind::Landline, s, e, mask(skip)));
        true
    });
    across_a_line_break(v, ctx, out);
}

/// The masking plan of a landline whose local number starts `skip` characters in: the area code
/// and the last 2 digits stay.
fn mask(skip: usize) -> Plan {
    Plan::Keep {
        skip,
        head: 0,
        tail: 2,
    }
}

/// A landline whose area code ends a line and whose local number makes the next, under a phone
/// label on the area code's line or ending the line before (`家里电话：\n0887\n8624460`: breaker
/// round 95). In comments only, where it is a netizen's own, and not an office's.
fn across_a_line_break(v: &View, ctx: &Context, out: &mut Vec<Hit>) {
    if ctx.kind != Kind::Comment {
        return;
    }
    let hay = &v.folded;
    // an area code as [`AREA`] reads it: `010`, `02x`, `0xxx`
    let area = |a: &str| {
        matches!(
            a.as_bytes(),
            [b'0', b'1', b'0'] | [b'0', b'2', _] | [b'0', b'3'..=b'9', _, _]
        )
    };
    for runs in v.wrapped_digit_chains() {
        let [(s, area_end), (local_start, e)] = runs[..] else {
            continue;
        };
        let local = &hay[local_start..e];
        if !area(&hay[s..area_end])
            || !(7..=8).contains(&local.len())
            || !local.starts_with(['2', '3', '4', '5', '6', '7', '8'])
            || !v.clean_edges(s, e)
        {
            continue;
        }
        let lead = v.wrapped_lead_in(s, LABELS);
        if last_label(lead, LABELS).is_none()
            || super::view::labelled_not_pii(lead, LABELS)
            || office_number(v, lead, e)
        {
            continue;
        }
        let skip = hay[s..local_start].chars().count();
        out.push(v.hit(PiiKind::Landline, s, e, mask(skip)));
    }
}

/// What an office's name ends with, right before its phone label (`医保所信息股电话`,
/// `县信访局电话`, `村委会座机`) or its mailbox (`县融媒体中心邮箱`).
const OFFICE_ENDS: &[&str] = &[
    "局",
    "所",
    "股",
    "科",
    "办",
    "站",
    "院",
    "队",
    "处",
    "室",
    "中心",
    "委会",
    "政府",
    "公司",
    "窗口",
    "部",
    "县委",
    "团县委",
    "联",
    // breaker round 86: schools, communities, the discipline commission, banks, libraries
    // (`保和镇中心小学电话`, `兰永社区电话`, `县纪委电话`)
    "学校",
    "小学",
    "中学",
    "幼儿园",
    "社区",
    "纪委",
    "村委",
    "银行",
    "馆",
];

/// What an office's name ends with when its number follows with no label (`县政府办0887-…`): a
/// narrower [`OFFICE_ENDS`], without `院`, `部` and `室`, which end homes and people as often
/// (`家属院`, `干部`).
const NAMED_OFFICE_ENDS: &[&str] = &[
    "办", "局", "政府", "委会", "中心", "所", "站", "队", "公司", "窗口", "县委",
];

/// Whether `head` (the text before a phone label or `邮箱`) ends with an office's name, maybe with
/// `的`: `县人社局`, `县人社局的`, `县委组织部` ([`OFFICE_ENDS`]).
pub(super) fn office_before(head: &str) -> bool {
    let office = head.strip_suffix('的').unwrap_or(head);
    OFFICE_ENDS.iter().any(|o| office.ends_with(o))
}

/// Whether `after`, the text right after a number or an account, says whose it is by an office's
/// name, in brackets or after `是` (`0887-8621234（人社局）`, `0887-8623110是保和派出所的吧`,
/// `wxmzj@163.com（民政局的邮箱）`: breaker round 87). Not a private word (`是我家的`).
pub(super) fn office_after(after: &str) -> bool {
    // (the office's name comes within a few characters; a long text is not read on)
    let after = after
        .char_indices()
        .nth(16)
        .map_or(after, |(i, _)| &after[..i]);
    let named = after.trim_start_matches(['（', '(', ' ']);
    let named = named.strip_prefix('是').unwrap_or(named);
    let end = named
        .char_indices()
        .find(|&(_, c)| !super::view::is_han(c) || c == '的')
        .map_or(named.len(), |(i, _)| i);
    let (name, rest) = named.split_at(end);
    // the office's name closes the note or the clause (`（人社局）`, `（民政局的邮箱）`,
    // `是保和派出所的吧`), and nothing denies it (`（不是民政局的邮箱）`, `（人社局的邮箱发不过去）`)
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let rest = rest.strip_prefix("邮箱").unwrap_or(rest);
    // (a question is no answer: `0887-…是保和派出所的？明明是我家的座机`)
    let closes = rest.is_empty() || rest.starts_with(['）', ')', '吧', '，', '。']);
    closes
        && !name.contains(['我', '不', '没', '非'])
        && !name.contains("家属")
        && office_before(name)
}

/// Whether `lead`, the text before a number, names an office right before its phone label
/// (`医保所信息股电话`, `县人社局的电话`, `村委会电话`): the number is the office's, in comments and
/// in replies that name a netizen nearby.
fn office_labelled(lead: &str) -> bool {
    LABELS
        .iter()
        .any(|l| lead.rfind(l).is_some_and(|i| office_before(&lead[..i])))
}

/// Whether a comment's number, with `lead` the text before it and folded byte `e` its end, is an
/// office's published one: after a hotline label (`服务热线`, `举报电话`), after an office's name
/// and a phone label (`医保所信息股电话8881528`, `县人社局的电话…`) or right after an office's name
/// (`县政府办0887-8622114`), or called so after it (`0745-2232401这个服务电话`).
/// A private word in the label (`我家`, `本人`) still makes it a person's.
fn office_number(v: &View, lead: &str, e: usize) -> bool {
    if last_label(lead, PRIVATE).is_some() {
        return false;
    }
    // an office's name right before its number, with no label (`县政府办0887-8622114也打不通`;
    // breaker round 58): the ends of an office's name only, not of a home or a person
    // (`县政府家属院`, `村干部`, `我在县医院`: round 61)
    let named = lead.trim_end_matches([' ', '：', ':', '（', '(']);
    let named_office = NAMED_OFFICE_ENDS.iter().any(|o| named.ends_with(o))
        && !named.contains('我')
        && !named.contains("家属");
    let after = v.lead_out(e, 8);
    let after = after.strip_prefix("这个").unwrap_or(after);
    let called_office = ["服务电话", "服务热线", "热线", "办公电话"]
        .iter()
        .any(|w| after.starts_with(w));
    hotline_lead(lead)
        || office_labelled(lead)
        || named_office
        || called_office
        || office_after(&v.folded[e..])
}

/// What may follow `某` in an office's or a thing's name, not a person's: `某单位`, `某局`,
/// `某公司`, `某处`.
const NOT_A_PSEUDONYM_AFTER: &str = "单位局所处地些种个项次部门公司企业厂店村乡镇县市";

/// Words that make the person before a draft's landline the office's staff.
const OFFICE_STAFF: &[&str] = &["工作人员", "干部", "负责人", "联系人", "经办人", "同志"];

/// Whether `before` (the folded text before a number, in a draft) names a private person already
/// pseudonymized, up to [`NEAR`] characters back on the same line and sentence: a surname and
/// `某` or `某某` (`村民张某（电话…）`, `来信人和某某，联系电话…`), county replies' usual way of
/// naming the netizen. The person is private whether or not their name is written out (第十三条).
fn pseudonym_before(before: &str) -> bool {
    let window: String = before
        .chars()
        .rev()
        .take(NEAR)
        .take_while(|&c| !matches!(c, '\n' | '\r' | '。'))
        .collect::<Vec<char>>()
        .into_iter()
        .rev()
        .collect();
    // `县医保局工作人员张某某（电话…）`: the office's staff, whose desk phone is the office's
    if OFFICE_STAFF.iter().any(|w| window.contains(w)) {
        return false;
    }
    window.match_indices('某').any(|(i, _)| {
        let head = &window[..i];
        let mut back = head.chars().rev();
        let surname = match back.next() {
            // `张某某`: the surname before the first 某
            Some('某') => return false,
            Some(c) => c,
            None => return false,
        };
        let tail = &window[i + '某'.len_utf8()..];
        let tail = tail.strip_prefix('某').unwrap_or(tail);
        let from_surname = &window[i - surname.len_utf8()..];
        // `欧阳某`
        let compound = back
            .next()
            .is_some_and(|c| super::name::COMPOUND_SURNAMES.contains(&&*format!("{c}{surname}")));
        (super::name::starts_with_surname(from_surname) || compound)
            && !tail
                .chars()
                .next()
                .is_some_and(|c| NOT_A_PSEUDONYM_AFTER.contains(c))
    })
}

/// Whether folded byte `s` follows a private person: a name found shortly before on the same
/// line, or a private word in the label.
fn near_private_person(v: &View, s: usize, lead: &str, persons: &[Hit]) -> bool {
    if last_label(lead, PRIVATE).is_some() || super::follows_its_owner(v, s, persons) {
        return true;
    }
    // An office's hotline label right before the number (`咨询电话：`) says whose number it is,
    // even when a villager was named earlier in the sentence.
    if hotline_lead(lead) {
        return false;
    }
    // So does an office's name right before the phone label (`网民余某某反映县人社局电话…`,
    // `村委会电话…`, `塔城镇政府电话…`: breaker round 86)
    if office_labelled(lead) {
        return false;
    }
    if pseudonym_before(&v.folded[..s]) {
        return true;
    }
    let at = v.char_index(s);
    persons.iter().any(|p| {
        p.end <= at
            && at - p.end <= NEAR
            && !v
                .original
                .chars()
                .skip(p.end)
                .take(at - p.end)
                .any(|c| matches!(c, '\n' | '\r' | '。'))
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::{draft, masks, masks_in};

    /// Kind: an office's number in a reply that names the netizen: the office's name before the
    /// phone label says whose it is (breaker round 86); the netizen's own stays masked.
    #[test]
    fn an_offices_number_beside_a_netizen_in_a_reply() {
        masks_in(
            draft(),
            "landline",
            &[
                (
                    "网民余某某反映县人社局电话0887-8621234长期无人接听的问题。",
                    "网民余某某反映县人社局电话0887-8621234长期无人接听的问题。",
                ),
                (
                    "村民余某某反映，村委会电话8641234长期无人接听。",
                    "村民余某某反映，村委会电话8641234长期无人接听。",
                ),
                (
                    "余某某家电话0887-8627712无人接听。",
                    "余某某家电话0887-*****12无人接听。",
                ),
            ],
        );
    }

    /// Kind: a reply tells the netizen about the netizen's own landline: masked in the draft too.
    #[test]
    fn a_repliers_mention_of_the_netizens_landline() {
        masks_in(
            draft(),
            "landline",
            &[
                (
                    "我们多次拨打您留下的座机0887-8627712，均无人接听。",
                    "我们多次拨打您留下的座机0887-*****12，均无人接听。",
                ),
                (
                    "工作人员按您家的固定电话0887-8627713联系了您。",
                    "工作人员按您家的固定电话0887-*****13联系了您。",
                ),
                // the office's own number in the same reply stays
                (
                    "如有疑问，请拨打咨询电话0887-8625555。",
                    "如有疑问，请拨打咨询电话0887-8625555。",
                ),
                // a complainant is no complaints line (`投诉人` is not `投诉电话`: breaker round 52)
                (
                    "投诉人张某（电话0887-8629876）反映的问题已处理。",
                    "投诉人张某（电话0887-*****76）反映的问题已处理。",
                ),
                ("值班人员电话0887-8629876", "值班人员电话0887-8629876"),
                (
                    "投诉人0887-8621234反映的问题已转交县住建局办理。",
                    "投诉人0887-*****34反映的问题已转交县住建局办理。",
                ),
                (
                    "举报人（0887-8621234）反映的问题属实。",
                    "举报人（0887-*****34）反映的问题属实。",
                ),
                (
                    "举报人的座机0887-8621234已核实。",
                    "举报人的座机0887-*****34已核实。",
                ),
            ],
        );
    }

    /// Kind: an office's number quoted in a comment is published, not personal.
    #[test]
    fn office_numbers_in_comments() {
        masks(
            "landline",
            &[
                (
                    "拨打县医保所信息股电话8881528，一直没人接",
                    "拨打县医保所信息股电话8881528，一直没人接",
                ),
                (
                    "水务管理混乱，0745-2232401这个服务电话的客服态度差",
                    "水务管理混乱，0745-2232401这个服务电话的客服态度差",
                ),
                (
                    "打了举报电话0887-8625555也没用",
                    "打了举报电话0887-8625555也没用",
                ),
                // a hospital's emergency line and a utility's repair line are public
                (
                    "县人民医院急诊电话0887-8622120一直占线",
                    "县人民医院急诊电话0887-8622120一直占线",
                ),
                (
                    "县自来水公司报修电话0887-8623333打不通",
                    "县自来水公司报修电话0887-8623333打不通",
                ),
                (
                    "县人社局的电话0887-8622222一直没人接",
                    "县人社局的电话0887-8622222一直没人接",
                ),
                // the writer's own number still is
                (
                    "我家座机0887-8627777，来人看看吧",
                    "我家座机0887-*****77，来人看看吧",
                ),
            ],
        );
    }

    /// Kind: landlines in comments are masked.
    #[test]
    fn landlines_in_comments() {
        masks(
            "landline",
            &[
                // dev d48
                (
                    "我家座机0887-8627777，来人看看吧",
                    "我家座机0887-*****77，来人看看吧",
                ),
                ("电话0887-8627734", "电话0887-*****34"),
                // the area code ending a line, under a label on its line or the one before
                // (breaker round 95); not under a number's label
                (
                    "家里电话：\n0887\n8624460\n找我妈",
                    "家里电话：\n0887\n*****60\n找我妈",
                ),
                ("电话0887\n8624460", "电话0887\n*****60"),
                ("编号0887\n8624460", "编号0887\n8624460"),
                ("电话(0887)8627734", "电话(0887)*****34"),
                ("电话（0887）8627734", "电话（0887）*****34"),
                ("电话010-62345678", "电话010-******78"),
                ("电话0731——8888888", "电话0731——*****88"),
                ("电话08878627734", "电话0887*****34"),
                ("座机8627734", "座机*****34"),
                // the local number grouped too (the separator stays, as everywhere)
                (
                    "我家座机0887-862-7777，白天有人",
                    "我家座机0887-***-**77，白天有人",
                ),
                ("电话010 6234 5678", "电话010 **** **78"),
                ("座机862 7734", "座机*** **34"),
                ("我家座机 0887 8627 777", "我家座机 0887 **** *77"),
            ],
        );
    }

    /// Kind: numbers that only look like landlines stay.
    #[test]
    fn not_landlines() {
        masks(
            "landline",
            &[
                // the 12345 hotline, with or without area code
                ("请拨打12345热线", "请拨打12345热线"),
                ("0887-12345", "0887-12345"),
                // amounts, document numbers, dates
                ("共计28876543元", "共计28876543元"),
                ("补偿款0000-00000000.04元", "补偿款0000-00000000.04元"),
                ("维政发〔2024〕18号", "维政发〔2024〕18号"),
                ("2019-06-28", "2019-06-28"),
                ("编号0887-8627734", "编号0887-8627734"),
                // a bare local number without a label
                ("人口8627734", "人口8627734"),
                // 400 service numbers are not personal
                ("客服4001234567", "客服4001234567"),
            ],
        );
    }

    /// Kind: an office hotline stays in a draft even right after a villager is named.
    #[test]
    fn hotline_after_a_private_person_stays_in_drafts() {
        let text = "村民余秀英家的危房已改造完成，咨询电话：0887-8625555。";
        let got = super::super::deidentify(text, &draft());
        assert!(got.text.contains("0887-8625555"), "{}", got.text);
        assert!(got.text.contains("余某某"), "{}", got.text);
    }

    /// Kind: office hotlines in drafts stay; a private person's number in a draft is masked.
    #[test]
    fn landlines_in_drafts() {
        masks_in(
            draft(),
            "landline",
            &[
                // dev d27
                ("举报电话：0887-8625555。", "举报电话：0887-8625555。"),
                (
                    "如有疑问，请致电县教育局0887-8623456。",
                    "如有疑问，请致电县教育局0887-8623456。",
                ),
                ("联系电话：0887-8625555", "联系电话：0887-8625555"),
            ],
        );
        masks_in(
            draft(),
            "landline",
            &[("本人电话0887-8627734", "本人电话0887-*****34")],
        );
    }

    /// Kind: a private person already named by surname and 某 in a draft (`村民张某`) makes the
    /// landline after it theirs, as a written-out name does; `某单位` is no person (breaker round 37).
    #[test]
    fn landlines_after_pseudonyms_in_drafts() {
        masks_in(
            draft(),
            "landline",
            &[
                (
                    "村民张某（电话0887-8621199）反映其承包地被占用。",
                    "村民张某（电话0887-*****99）反映其承包地被占用。",
                ),
                (
                    "村民张某某，联系电话0887-8621199。",
                    "村民张某某，联系电话0887-*****99。",
                ),
                (
                    "已电话联系来信人和某某（0887-8621199），向其解释。",
                    "已电话联系来信人和某某（0887-*****99），向其解释。",
                ),
                ("欧阳某家中电话0887-8621199", "欧阳某家中电话0887-*****99"),
                (
                    "经查，某单位（电话0887-8621199）已整改。",
                    "经查，某单位（电话0887-8621199）已整改。",
                ),
                // the office's staff, named so (breaker round 41)
                (
                    "县医保局工作人员张某某（电话0887-8622222）负责政策解答。",
                    "县医保局工作人员张某某（电话0887-8622222）负责政策解答。",
                ),
                // the person is in an earlier sentence
                (
                    "村民张某已搬走。咨询电话0887-8621199",
                    "村民张某已搬走。咨询电话0887-8621199",
                ),
            ],
        );
    }
}
