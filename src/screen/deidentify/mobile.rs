//! Detector: mainland mobile phone numbers (手机号码).
//!
//! Eleven digits `1[3-9]x xxxx xxxx`, in 3-4-4 (or 4-3-4, 4-4-3) groups with optional single separators (or the same
//! dot, middle dot or underscore twice, `158.8765.4321`, `158·8765·4321`, `158_8765_4321`: one
//! alone is a decimal point), with an
//! optional country prefix `+86`, `0086`, `(+86)`, `86-` or a bare `86` (`8613912345678`); full-width digits are folded first. The
//! whole number, prefix included, must stand alone (no ASCII letter or digit around it), so digits
//! inside hashes, order numbers and amounts are left alone, as are numbers labelled as something else
//! (`订单号`, `流水号`). In drafts, a number published under an office channel's label
//! (`举报电话`, `咨询热线`) is the office's and is kept; in comments every mobile is masked.
//!
//! Written in Chinese numerals (`一三九八七六五四三二一`), a mobile is found by the detector of
//! spelt-out numbers ([`super::numerals`]).
//!
//! Masking: the prefix and separators stay, and of the national number the first 3 and the last 4
//! digits (`139****5678`, `+86 139 **** 5678`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::mask::Plan;
use super::view::{hotline_lead, View, SEP};
use super::{each_number_capture, follows_its_owner, Context, Hit, PiiKind};
use crate::item::Kind;
use regex::Regex;
use std::sync::LazyLock;

/// Labels that say a number is a phone number.
const LABELS: &[&str] = &[
    "电话", "手机", "号码", "联系", "致电", "拨打", "tel", "phone", "微信", "打我",
];

/// A mainland mobile number (11 digits, `1[3-9]x`), with an optional country code, grouped 3-4-4
/// (`158 8765 4321`, `158.8765.4321`), 4-3-4 (`1588-765-4321`), 4-4-3 (`1898-8712-345`, breaker
/// round 58), with the prefix in brackets
/// (`(158)87654321`), with every digit set apart (`1 5 8 8 7 6 5 4 3 2 1`) or in pairs after the
/// prefix (`139 88 76 12 34`, breaker round 57).
static MOBILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?:(?:\+|00)86{SEP}?|[(（]\+?86[)）]{SEP}?|86-?)?(?P<n>1[3-9][0-9](?:{SEP}?[0-9]{{4}}{SEP}?|\.[0-9]{{4}}\.|_[0-9]{{4}}_|·[0-9]{{4}}·)[0-9]{{4}}|1[3-9][0-9]{{2}}{SEP}[0-9]{{3}}{SEP}[0-9]{{4}}|1[3-9][0-9]{{2}}{SEP}[0-9]{{4}}{SEP}[0-9]{{3}}|[(（]1[3-9][0-9][)）]{SEP}?[0-9]{{4}}{SEP}?[0-9]{{4}}|1{SEP}[3-9](?:{SEP}[0-9]){{9}}|1[3-9][0-9](?:{SEP}[0-9]{{2}}){{4}})"
    ))
    .expect("valid regex")
});

/// Finds mobile numbers in `v`. `persons`: the private persons named in `v` (a hotline's label
/// before one of them does not make the number after their name the office's).
pub(super) fn detect(v: &View, ctx: &Context, persons: &[Hit], out: &mut Vec<Hit>) {
    each_number_capture(&MOBILE, v, 11, |caps, at| {
        let m = caps.get(0).expect("group 0");
        let (s, e) = (at + m.start(), at + m.end());
        let Some(lead) = v.phone_candidate_lead(s, e, LABELS) else {
            return false;
        };
        if ctx.kind == Kind::Draft && hotline_lead(lead) && !follows_its_owner(v, s, persons) {
            return false;
        }
        let n = caps.name("n").expect("national number");
        let skip = v.folded[s..at + n.start()].chars().count();
        out.push(v.hit(PiiKind::Mobile, s, e, mask(skip)));
        true
    });
    across_a_line_break(v, ctx, out);
}

/// Mobile numbers broken by line breaks, as a phone's narrow screen or a pasted form wraps them
/// (`我电话138\n87654321`, `电话1388765\n4321`: left in clear, breaker round 70; `135\n1887\n0392`:
/// round 95): the digits that end a line and those that start the next ones (maybe indented), at
/// least three on each line, eleven together,
/// starting `1[3-9]`. A line break ends every other number, so a phone label must stand in the
/// lead-in ([`LABELS`]: `电话`, `手机`, `号码`…); a hotline's label keeps it in a draft as on one
/// line.
fn across_a_line_break(v: &View, ctx: &Context, out: &mut Vec<Hit>) {
    let bytes = v.folded.as_bytes();
    for runs in v.wrapped_digit_chains() {
        let (s, e) = (runs[0].0, runs[runs.len() - 1].1);
        if runs.iter().any(|&(a, b)| b - a < 3)
            || runs.iter().map(|&(a, b)| b - a).sum::<usize>() != 11
            || bytes[s] != b'1'
            || !(b'3'..=b'9').contains(&bytes[s + 1])
            || !v.clean_edges(s, e)
        {
            continue;
        }
        // (a number that opens its line takes the label that ends the line before)
        let lead = v.wrapped_lead_in(s, LABELS);
        if super::view::last_label(lead, LABELS).is_none()
            || super::view::labelled_not_pii(lead, LABELS)
            || (ctx.kind == Kind::Draft && hotline_lead(lead))
        {
            continue;
        }
        out.push(v.hit(PiiKind::Mobile, s, e, mask(0)));
    }
}

/// The masking plan of a mobile number whose national number starts `skip` characters in (after
/// `+86 ` and the like): its first 3 and last 4 digits stay.
pub(super) fn mask(skip: usize) -> Plan {
    Plan::Keep {
        skip,
        head: 3,
        tail: 4,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{draft, masks, masks_in};

    /// Kind: mobile numbers in every accepted shape.
    #[test]
    fn mobiles() {
        masks(
            "mobile",
            &[
                // dev d19
                ("有事打我电话15887654321谢谢", "有事打我电话158****4321谢谢"),
                // emoji or a tilde between the groups, as adverts break numbers up (breaker
                // round 64)
                ("电话139😊8874😊6521", "电话139😊****😊6521"),
                ("电话139~8874~6521", "电话139~****~6521"),
                ("加我📱13988746521📱", "加我📱139****6521📱"),
                // dev d23: prefix and separators stay
                ("电话+86 158 8765 4321", "电话+86 158 **** 4321"),
                ("电话+86-158-8765-4321", "电话+86-158-****-4321"),
                ("0086 13912345678", "0086 139****5678"),
                ("86-13912345678", "86-139****5678"),
                // the country code with nothing before it (breaker round 44)
                ("号码是8613912345678", "号码是86139****5678"),
                // no-break and thin spaces, doubled spaces, spaced hyphens
                (
                    "我的电话139\u{a0}8765\u{a0}4321，麻烦回电",
                    "我的电话139\u{a0}****\u{a0}4321，麻烦回电",
                ),
                (
                    "电话139\u{202f}8765\u{2009}4321",
                    "电话139\u{202f}****\u{2009}4321",
                ),
                (
                    "手机 139  8765  4321 有事找我",
                    "手机 139  ****  4321 有事找我",
                ),
                ("联系电话：139 - 8765 - 4321", "联系电话：139 - **** - 4321"),
                // other groupings people type
                ("电话1588-765-4321，找余师傅", "电话158*-***-4321，找余师傅"),
                (
                    "号码是1 5 8 8 7 6 5 4 3 2 1，加我",
                    "号码是1 5 8 * * * * 4 3 2 1，加我",
                ),
                ("电话(158)87654321", "电话(158)****4321"),
                // in pairs after the prefix (breaker round 57)
                ("我的电话 139 88 76 12 34", "我的电话 139 ** ** 12 34"),
                ("(+86)13912345678", "(+86)139****5678"),
                ("（＋86）13912345678", "（＋86）139****5678"),
                // dev d24: full-width digits get full-width masks
                ("手机１５８８７６５４３２１", "手机１５８＊＊＊＊４３２１"),
                // dev d45: two numbers
                (
                    "电话13688871234或者13988872345",
                    "电话136****1234或者139****2345",
                ),
                ("13688871234,13988872345", "136****1234,139****2345"),
                // dev d46: offsets after an astral character
                ("🙏 号码15887654321", "🙏 号码158****4321"),
                // zero-width characters used to split it up
                (
                    "电话158\u{200b}8765\u{200b}4321",
                    "电话158\u{200b}****\u{200b}4321",
                ),
                // inside parentheses, next to a name
                ("王先生（13912345678）", "王先生（139****5678）"),
                // a link that carries the number as a phone parameter, and a WeChat-style label
                (
                    "报名 https://x.cn/reg?mobile=13912345678",
                    "报名 https://x.cn/reg?mobile=139****5678",
                ),
                ("加我vx-13912345678", "加我vx-139****5678"),
                // a short label of letters glued before it
                ("加我V13987654321", "加我V139****4321"),
                ("有事打TEL13987654321", "有事打TEL139****4321"),
                // and a short word glued after it (breaker round 70)
                ("电话13887654321vx同号", "电话138****4321vx同号"),
                ("手机13887654321V信同号", "手机138****4321V信同号"),
                ("我的号码：13887654321abc", "我的号码：138****4321abc"),
                // broken by a line break, after a phone label (breaker round 70)
                ("我电话138\n87654321", "我电话138\n****4321"),
                ("电话1388765\r\n4321", "电话138****\r\n4321"),
                // over two breaks, and under a label that ends the line before (breaker round 95)
                (
                    "有空回个电话\n135\n1887\n0392\n谢谢",
                    "有空回个电话\n135\n****\n0392\n谢谢",
                ),
                ("订单\n135\n1887\n0392", "订单\n135\n1887\n0392"),
                (
                    "我的手机 sj13987654321 随时打",
                    "我的手机 sj139****4321 随时打",
                ),
                // dots or underscores between the groups, to slip past filters
                ("电话158.8765.4321联系我", "电话158.****.4321联系我"),
                ("手机号158_8765_4321", "手机号158******4321"), // `_` counts as a unit (WeChat ids)
                (
                    "加我１５８．８７６５．４３２１",
                    "加我１５８．＊＊＊＊．４３２１",
                ),
            ],
        );
    }

    /// Kind: digit runs that only look like mobiles stay.
    #[test]
    fn not_mobiles() {
        masks(
            "mobile",
            &[
                // dev d47: a hash
                ("校验值ab15887654321cd", "校验值ab15887654321cd"),
                // a line break with no phone label, or another number's label
                ("共138\n87654321元", "共138\n87654321元"),
                ("订单号138\n87654321", "订单号138\n87654321"),
                // letters on one end, but the code goes on past them
                ("值为13887654321abc123", "值为13887654321abc123"),
                ("编号13887654321abcdefghij", "编号13887654321abcdefghij"),
                // letters after it that name no messaging account, with no phone label: a code
                ("电表号13887654321kw", "电表号13887654321kw"),
                (
                    "批发市场的摊位号13512345678AB是哪个",
                    "批发市场的摊位号13512345678AB是哪个",
                ),
                ("校验值a1b2c3d413987654321", "校验值a1b2c3d413987654321"),
                ("abcdefghi13987654321", "abcdefghi13987654321"),
                // dev d26: an amount
                ("补助金额共计15887654元", "补助金额共计15887654元"),
                ("共计15887654321元", "共计15887654321元"),
                // set apart digit by digit, but no mobile prefix (1[3-9]), as when written solid
                ("1 1 1 1 1 1 1 1 1 1 1", "1 1 1 1 1 1 1 1 1 1 1"),
                ("1-2-3-4-5-6-7-8-9-0-1", "1-2-3-4-5-6-7-8-9-0-1"),
                ("合计15887654321.75", "合计15887654321.75"),
                // longer runs and timestamps
                ("158876543210", "158876543210"),
                ("时间1712345678901", "时间1712345678901"),
                ("订单号13912345678", "订单号13912345678"),
                // a staff number, and an invoice number whose label ends in a phone's 号码
                ("工号13912345678", "工号13912345678"),
                ("发票号码：13912345678", "发票号码：13912345678"),
                // but a phone number after an invoice is mentioned is still one
                ("开发票请打电话13912345678", "开发票请打电话139****5678"),
                // 12 is not a mobile prefix
                ("12912345678", "12912345678"),
                // never across a line break
                ("电话139\n1234 5678", "电话139\n1234 5678"),
                // already masked
                ("电话139****5678", "电话139****5678"),
                // one dot is a decimal point, two different separators are no grouping
                ("增长158.87654321倍", "增长158.87654321倍"),
                ("电话158.8765_4321", "电话158.8765_4321"),
                // version-like dotted numbers of other shapes
                ("版本1.3988.7766", "版本1.3988.7766"),
                // a page in a link, and the last segment of a reference number
                (
                    "详见 http://www.gov.cn/zhengce/content_13987654321.htm 。",
                    "详见 http://www.gov.cn/zhengce/content_13987654321.htm 。",
                ),
                ("受理编号WX-2026-13987654321", "受理编号WX-2026-13987654321"),
            ],
        );
    }

    /// Kind: mobile numbers spelt in Chinese numerals; a longer run of numerals is no number.
    #[test]
    fn chinese_numerals() {
        masks(
            "mobile",
            &[
                (
                    "我电话一三九八七六五四三二一，来看看",
                    "我电话一三九＊＊＊＊四三二一，来看看",
                ),
                ("加我幺五八八七六五四三二幺", "加我幺五八＊＊＊＊四三二幺"),
                // financial numerals, traditional ones, separators, ASCII digits mixed in
                ("电话壹叁玖捌柒陆伍肆叁贰壹", "电话壹叁玖＊＊＊＊肆叁贰壹"),
                ("微信壹參玖捌柒陸伍肆參貳壹", "微信壹參玖＊＊＊＊肆參貳壹"),
                (
                    "打一三九-八七六五-四三二一找我",
                    "打一三九-＊＊＊＊-四三二一找我",
                ),
                (
                    "幺 三 九 八 七 六 五 四 三 二 幺",
                    "幺 三 九 ＊ ＊ ＊ ＊ 四 三 二 幺",
                ),
                ("电话一3九8七6五4三2一", "电话一3九*＊*＊4三2一"),
                ("幺三九洞洞拐拐八八九九", "幺三九＊＊＊＊八八九九"),
                // amounts in financial numerals and lists of numerals are no number
                ("壹万叁仟玖佰捌拾柒元", "壹万叁仟玖佰捌拾柒元"),
                ("一、三、五、七、九", "一、三、五、七、九"),
                ("一三九八七六五四三二一〇", "一三九八七六五四三二一〇"),
                ("一三九--八七六五四三二一", "一三九--八七六五四三二一"),
                ("一二三四五六七八九十", "一二三四五六七八九十"),
                (
                    "二〇二四年一二三四五六七八九〇",
                    "二〇二四年一二三四五六七八九〇",
                ),
            ],
        );
    }

    /// Kind: office hotlines in drafts stay; in comments the same text is masked.
    #[test]
    fn hotline_mobiles_in_drafts() {
        masks_in(
            draft(),
            "mobile",
            &[
                ("举报电话：13912345678。", "举报电话：13912345678。"),
                // the label heads a list of a landline and a mobile (breaker round 93)
                (
                    "举报投诉电话：0887-8623456、13908875566。",
                    "举报投诉电话：0887-8623456、13908875566。",
                ),
            ],
        );
        masks_in(
            draft(),
            "mobile",
            &[
                ("联系电话：13912345678。", "联系电话：139****5678。"),
                (
                    "联系电话：0887-8623456、13908875566。",
                    "联系电话：0887-8623456、139****5566。",
                ),
                // a hotline word before a private person's own number does not make it a hotline
                (
                    "工作人员受理村民（手机13987654321）的求助后",
                    "工作人员受理村民（手机139****4321）的求助后",
                ),
                (
                    "服务对象（手机13987654321）已领取临时救助金",
                    "服务对象（手机139****4321）已领取临时救助金",
                ),
                (
                    "热线受理诉求后，当事人手机13987654321已回访",
                    "热线受理诉求后，当事人手机139****4321已回访",
                ),
                // a plea for help heading a private number is no hotline
                (
                    "求助：13908871234的主人请联系",
                    "求助：139****1234的主人请联系",
                ),
            ],
        );
        masks_in(
            draft(),
            "mobile",
            &[(
                "森林火灾求助电话：13987654321",
                "森林火灾求助电话：13987654321",
            )],
        );
        masks_in(
            draft(),
            "mobile",
            &[("24小时值班手机：13987654321", "24小时值班手机：13987654321")],
        );
        // the label heads every number of its list (breaker round 70); a person's number after
        // the list has a label of its own
        masks_in(
            draft(),
            "mobile",
            &[
                (
                    "举报电话：13887654321、13987654321。",
                    "举报电话：13887654321、13987654321。",
                ),
                // not across a comma or a space, nor to a number of another length or with a note
                // of its own (breaker round 70: these leaked a victim's or a villager's number)
                (
                    "报警电话：110、13987654321（受害人）",
                    "报警电话：110、139****4321（受害人）",
                ),
                (
                    "举报电话：13887654321、13987654321（涉事商家老板王某）",
                    "举报电话：13887654321、139****4321（涉事商家老板王某）",
                ),
                (
                    "咨询电话0887-8621234，13987654321（拾金不昧的村民）",
                    "咨询电话0887-8621234，139****4321（拾金不昧的村民）",
                ),
                (
                    "举报电话：13887654321 13987654321",
                    "举报电话：13887654321 139****4321",
                ),
                (
                    "举报电话：13988776655、13877665544张老师",
                    "举报电话：13988776655、138****5544张老师",
                ),
                (
                    "举报电话：13988776655、13877665544 （个人）",
                    "举报电话：13988776655、138****5544 （个人）",
                ),
                (
                    "村民张某电话13887654321、13987654321。",
                    "村民张某电话138****4321、139****4321。",
                ),
                (
                    "举报电话：0887-8625555，当事人手机13887654321",
                    "举报电话：0887-8625555，当事人手机138****4321",
                ),
            ],
        );
        masks(
            "mobile",
            &[("举报电话：13912345678。", "举报电话：139****5678。")],
        );
    }
}
