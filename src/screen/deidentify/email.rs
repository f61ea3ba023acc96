//! Detector: e-mail addresses (电子邮箱).
//!
//! ASCII classes only, after width folding: a local part of letters, digits and `._%+-`, an `@` (or
//! one of the ways of writing it out that [`EMAIL`] lists: `(at)`, `艾特`, …), and
//! a domain of dot-separated labels ending in a letter TLD; one space may stand on either side of
//! the `@` and of each dot, as written to slip past link filters (`lisu2024 @ qq . com`). Chinese text around the address is never
//! part of it (`发到lisu.ww@example.org就行`). A mailbox under an office channel's label
//! (`举报邮箱`, `投稿邮箱`, `县长信箱`) or at a government domain (`….gov.cn`) is the office's and
//! is kept, in drafts and in comments that quote it; in drafts also one a notice asks things to be
//! sent to, or that closes its contact block.
//!
//! Masking: the first character of the local part stays, the rest of it is masked, the domain stays
//! (`a*****@example.com`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::labels::{self, Mark};
use super::landline::office_before;
use super::mask::Plan;
use super::view::{glued, hotline_lead, View};
use super::{each_match, Context, Hit, PiiKind};
use crate::item::Kind;
use regex::Regex;
use std::sync::LazyLock;

/// An e-mail address as the module docs describe it, spaces around `@` and dots included; the `@`
/// may also be written out (`wangli(at)qq.com`, `[at]`, `（at）`, `【at】`, `wangli艾特163.com`:
/// 艾特 is how `@` is read aloud), or be a `#` before a free mail provider's domain
/// (`wangli#163.com`; any other `x#y.com` may be a link's fragment) or a spaced ` at ` before one
/// (`wangli at qq dot com`); a dot of the domain may be written `(dot)`, and the last one `。` or
/// `点` before a common top-level domain
/// (`wangli@qq。com`); all written so that no filter sees an address. Also used by the link
/// check, so that an address's domain is never taken for a link.
pub(crate) static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    let written: Vec<String> = WRITTEN_AT.iter().map(|w| regex::escape(w)).collect();
    // a dot, also written out; `。` and `点` only before a common top-level domain (a sentence's
    // full stop after an address is no dot: `a@b.com。c@d.com`)
    let dot = r"(?: ?\. ?|(?i:\(dot\)|\[dot\]| dot ))";
    // (spaces around it as around `@`: `hechunhua 艾特 163 点 com`, breaker round 84)
    let cn_dot = r"(?: ?(?:。|点) ?)";
    let any_dot = format!("(?:{dot}|{cn_dot})");
    Regex::new(&format!(
        r"[A-Za-z0-9][A-Za-z0-9._%+\-]* ?(?:(?:@|(?i:{})) ?[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:{dot}[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*(?:{dot}[A-Za-z]{{2,24}}|{cn_dot}(?i:com|cn|net|org|gov|edu)(?:{any_dot}cn)?)|(?:#|(?i:at) ) ?(?:{FREE_MAIL}){any_dot}(?:com|cn|net)(?:{any_dot}cn)?)",
        written.join("|")
    ))
    .expect("valid regex")
});

/// Free mail providers' names: `#` or a spelt-out ` at ` before one of them, and a domain after,
/// is an `@` (`wangli#163.com`, `wangli at qq dot com`).
const FREE_MAIL: &str =
    "qq|163|126|139|188|189|yeah|sina|sohu|aliyun|foxmail|gmail|outlook|hotmail|live|yahoo|icloud";

/// The ways of writing out an `@` that [`EMAIL`] takes (ASCII letters in any case).
const WRITTEN_AT: [&str; 5] = ["(at)", "[at]", "（at）", "【at】", "艾特"];

/// Whether `c` can be part of an address's local part (as [`EMAIL`] reads it): masking stops at the
/// first character that cannot and is no space, which is the `@` however it is written.
pub(super) fn in_local_part(c: char) -> bool {
    c.is_ascii_alphanumeric() || "._%+-".contains(c)
}

/// Whether `v` has anything that stands for an `@` in [`EMAIL`]: when not, [`detect`] need not run.
/// An `@`, a `#`, `艾特`, or the letters `at` in any case, which every other written-out form
/// holds (`(at)`, `【at】`, ` at `): two SIMD byte searches and the labels' pass, which found
/// `艾特` (an automaton of its own over the forms cost 8 % of all screening instructions, a memmem
/// search for `艾特`, callgrind on the real drafts, 3.8 M of 524 M).
pub(super) fn may_hold_an_address(v: &View) -> bool {
    let bytes = v.folded.as_bytes();
    v.has_at
        || memchr::memchr(b'#', bytes).is_some()
        || labels::marks(v.labels(), Mark::AiTe).next().is_some()
        || memchr::memchr2_iter(b't', b'T', bytes)
            .any(|i| i > 0 && matches!(bytes[i - 1], b'a' | b'A'))
}

/// Finds e-mail addresses in `v`.
pub(super) fn detect(v: &View, ctx: &Context, out: &mut Vec<Hit>) {
    // where the last address taken ends (bytes)
    let mut taken_end = usize::MAX;
    each_match(&EMAIL, &v.folded, |s, e| {
        // The regex starts the local part at the first ASCII character it can; a letter or digit
        // right after the TLD means the "address" is a fragment of something longer.
        if v.at(e).is_some_and(|c| glued(c) || c == '@') {
            return false;
        }
        // Only a whole local part: after an address was kept (an office's, below), the search
        // goes on inside it and must not mask its tail (`wxrmt2024@163.com` as `xrmt2024@…`);
        // and not a link's path (`…/a#163.com`; a `/` after a label is no path: `邮箱/…`). Written right after a taken address
        // (`…@example.orglisu_ww2020lisu.ww@example.org`), the part the taken one left is whole.
        // (a `/` after a label is a separator: `邮箱/lisu2026@qq.com`, breaker round 95)
        if v.before(s)
            .is_some_and(|c| in_local_part(c) || (c == '/' && v.in_url_path(s)))
            && !(taken_end < s && v.folded[taken_end..s].chars().all(in_local_part))
        {
            return false;
        }
        // an office's mailbox quoted in a comment is no one's personal information either
        // (`给县长信箱xzxx@weixi.gov.cn写了信`, `县纪委的举报邮箱…发了也没人回`: breaker round 86),
        // when the comment names the office (not `我女儿的报名邮箱`, `孩子的报名邮箱`)
        let lead = v.lead_in(s, 12);
        if (office_mailbox(lead) && (ctx.kind == Kind::Draft || names_an_office(lead)))
            || government_domain(&v.folded[s..e])
            || super::landline::office_after(&v.folded[e..])
            || (ctx.kind == Kind::Draft
                && (sent_to_office(v.sentence_around(s, e, 60).0)
                    || contact_block(v.sentence_around(s, e, 60).0, v.lead_in(s, 12))))
        {
            return false;
        }
        out.push(v.hit(PiiKind::Email, s, e, Plan::Email));
        taken_end = e;
        true
    });
}

/// Whether `lead` names an office (`县纪委的举报邮箱`: some part of it ends like an office's
/// name, [`office_before`]) and nothing of the writer's (`我`).
fn names_an_office(lead: &str) -> bool {
    !lead.contains('我')
        && (lead
            .char_indices()
            .any(|(i, _)| i > 0 && office_before(&lead[..i]))
            // a leader's public mailbox (`给县长信箱…写了三次信`: breaker round 87)
            || ["长信箱", "书记信箱"].iter().any(|m| lead.contains(m)))
}

/// Whether `address` (as matched) is at a government domain (`….gov.cn`): an office's or an
/// official's work mailbox, which a draft publishes on purpose (`县长信箱：xzxx@weixi.gov.cn`).
fn government_domain(address: &str) -> bool {
    let compact: String = address
        .chars()
        .filter(|c| *c != ' ')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    compact.ends_with(".gov.cn")
}

/// Whether `lead` (the text before an address) publishes it as an office's: under a
/// public channel's label (`投稿邮箱`, `举报邮箱`: [`hotline_lead`]), a unit's working mailbox's
/// ([`OFFICE_MAILBOX_LABELS`]: `报名邮箱`, `报送邮箱`) or an office's name (`县融媒体中心邮箱`,
/// `县信访局的邮箱`).
fn office_mailbox(lead: &str) -> bool {
    let lead = lead.trim_end_matches([':', '：', ' ']);
    let lead = lead.strip_suffix(['是', '为']).unwrap_or(lead);
    hotline_lead(lead)
        || (OFFICE_MAILBOX_LABELS.iter().any(|l| lead.ends_with(l)) && !private_word(lead))
        || lead
            .strip_suffix("邮箱")
            .is_some_and(|l| office_before(l.trim_end_matches(['（', '('])))
}

/// Whether `head`, the sentence before an address in a draft, tells applicants to send things
/// there: its last clause asks for it (`请`, `将` before what is sent) with one of [`SENT_TO`], whatever stands
/// between (`有意者请将简历发送至以下邮箱：`, `来稿请发至本刊邮箱：`), and says nothing done
/// (`答复书已发送至…`) or private (`我的`) (breaker rounds 50 and 51).
fn sent_to_office(head: &str) -> bool {
    let clause = head
        .rfind(['，', ',', '；', ';'])
        .map_or(head, |i| &head[i..]);
    let Some(verb) = SENT_TO.iter().filter_map(|l| clause.find(l)).min() else {
        return false;
    };
    let before = &clause[..verb];
    // `将` that marks what is sent (`将简历发送至`), not the future (`答复书将发送至`)
    let asks = before.contains('请')
        || before
            .rfind('将')
            .is_some_and(|i| i + '将'.len_utf8() < before.len());
    asks && !clause.contains('已') && !private_word(clause)
}

/// How a notice tells applicants where to send things. Formal wording only: `发到` is as often a
/// netizen's own address quoted in a reply.
const SENT_TO: &[&str] = &[
    "发至",
    "邮件至",
    "邮件到",
    "发送至",
    "发送到",
    "投递至",
    "报送至",
    "投至",
    "寄至",
    "传至",
    "简历至",
    "材料至",
    "稿件至",
];

/// Labels under which a notice publishes the mailbox a unit works with: where applications,
/// reports and CVs are sent (`报名邮箱：`, `材料报送邮箱`, `简历投递邮箱`).
const OFFICE_MAILBOX_LABELS: &[&str] = &[
    "报名邮箱",
    "联系邮箱",
    "报送邮箱",
    "投递邮箱",
    "接收邮箱",
    "官方邮箱",
    "工作邮箱",
];

/// Whether an address in a draft closes a notice's contact block: `head`, its sentence before it,
/// names the contact (`联系人：余丽，联系电话：0887-8622468，邮箱：…`), the office's staff in
/// their role, or an office to contact (`请联系县人社局，…`), and `lead`, its own label, says
/// nothing private (`他的`, `本人`, `您的`).
fn contact_block(head: &str, lead: &str) -> bool {
    // or an office to contact (`如有疑问请联系县人社局，电话…，邮箱…`: breaker round 52;
    // `请与县人社局联系`, `请咨询县人社局`, `请联系县人社局（电话…，邮箱…）`: round 53)
    let office_to_contact = head.split(['，', ',', '；', ';', '（', '(']).any(|clause| {
        ["联系", "咨询"].iter().any(|w| {
            clause.find(w).is_some_and(|i| {
                let before = &clause[..i];
                let after = &clause[i + w.len()..];
                office_before(after)
                    || before
                        .rfind('与')
                        .is_some_and(|j| office_before(&before[j + '与'.len_utf8()..]))
            })
        })
    });
    (head.contains("联系人") || office_to_contact) && !private_word(lead)
}

/// Whether a mailbox's label says whose it is, a person's (`我的联系邮箱`, `他的`, `本人`).
fn private_word(lead: &str) -> bool {
    [
        "他的", "她的", "您的", "你的", "我的", "本人", "个人", "私人",
    ]
    .iter()
    .any(|w| lead.contains(w))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{draft, masks, masks_in};

    /// Kind: an office's mailbox quoted in a comment is kept, as in a draft (breaker round 86); a
    /// netizen's own is masked.
    #[test]
    fn office_mailboxes_quoted_in_comments() {
        masks(
            "email",
            &[
                // a slash after the label is no link's path (breaker round 95)
                (
                    "邮箱/lisu2026@qq.com 简历发这里",
                    "邮箱/l*******@qq.com 简历发这里",
                ),
                ("email/zhangxiaoming@163.com", "email/z************@163.com"),
                (
                    "给县长信箱xzxx@weixi.gov.cn写了信也没人回",
                    "给县长信箱xzxx@weixi.gov.cn写了信也没人回",
                ),
                (
                    "县纪委的举报邮箱wxjwjw@163.com发了也没人回",
                    "县纪委的举报邮箱wxjwjw@163.com发了也没人回",
                ),
                ("我的邮箱lisu2024@163.com", "我的邮箱l*******@163.com"),
                // a label of an office's channel, but the writer's own (regression breaker 86)
                (
                    "我女儿的报名邮箱lisu2010@163.com",
                    "我女儿的报名邮箱l*******@163.com",
                ),
                (
                    "我的投稿邮箱lisu2010@163.com",
                    "我的投稿邮箱l*******@163.com",
                ),
            ],
        );
    }

    /// Kind: e-mail addresses.
    #[test]
    fn emails() {
        masks(
            "email",
            &[
                // dev d30
                (
                    "材料发到lisu.ww@example.org就行",
                    "材料发到l******@example.org就行",
                ),
                ("邮箱：abc@example.com。", "邮箱：a**@example.com。"),
                // `at` spelt out, spaced, before a free mail provider; the domain stays
                ("邮箱wangli at qq dot com", "邮箱w***** at qq dot com"),
                ("邮箱 Wangli AT 163.com 谢谢", "邮箱 W***** AT 163.com 谢谢"),
                (
                    "发到 13912345678@163.com 谢谢",
                    "发到 1**********@163.com 谢谢",
                ),
                (
                    "ａｂｃ＠ｅｘａｍｐｌｅ．ｃｎ",
                    "ａ＊＊＠ｅｘａｍｐｌｅ．ｃｎ",
                ),
                ("mailto:x.y-z@mail.edu.cn，", "mailto:x****@mail.edu.cn，"),
                // spaces around `@` and dots, to slip past link filters
                (
                    "有问题发邮箱 lisu2024 @ qq.com",
                    "有问题发邮箱 l******* @ qq.com",
                ),
                ("或者 li.su @ 163 . com", "或者 l**** @ 163 . com"),
                // `#` for `@` before a free mail provider
                (
                    "邮箱：wangli#163.com，材料发这里",
                    "邮箱：w*****#163.com，材料发这里",
                ),
                ("发到 lisu ＃ qq.com", "发到 l*** ＃ qq.com"),
                // the `@` written out
                ("有事联系wangli(at)qq.com", "有事联系w*****(at)qq.com"),
                ("邮箱 li.su [AT] 163.com", "邮箱 l**** [AT] 163.com"),
                ("发到lisu（at）example.org", "发到l***（at）example.org"),
                ("邮箱wangli艾特163.com", "邮箱w*****艾特163.com"),
                (
                    "邮箱 hechunhua 艾特 163 点 com",
                    "邮箱 h******** 艾特 163 点 com",
                ),
                // a dot of the domain written out
                ("邮箱wangli@qq。com有事联系", "邮箱w*****@qq。com有事联系"),
                ("邮箱wangli@163点com", "邮箱w*****@163点com"),
                (
                    "邮箱wangli@mail(dot)edu(DOT)cn",
                    "邮箱w*****@mail(dot)edu(DOT)cn",
                ),
                ("wangli#163点com", "w*****#163点com"),
            ],
        );
    }

    /// Kind: things with an `@` that are not addresses, and office mailboxes in drafts.
    #[test]
    fn not_emails() {
        masks(
            "email",
            &[
                ("@维西发布 请关注", "@维西发布 请关注"),
                ("a@b", "a@b"),
                ("张三@李四", "张三@李四"),
                // 艾特 as "mention", and a bracketed `at` that is no address
                ("记得艾特163.com的客服", "记得艾特163.com的客服"),
                ("meet (at) the office", "meet (at) the office"),
                // a sentence's full stop after an `@` mention is no dot of a domain
                ("@维西发布。cn", "@维西发布。cn"),
                ("问题@ab。请回复", "问题@ab。请回复"),
                // `#` before anything but a free mail provider: a link's fragment, a hashtag
                (
                    "见 www.example.com/help#faq.html",
                    "见 www.example.com/help#faq.html",
                ),
                ("话题#qq.com#", "话题#qq.com#"),
                // already masked
                ("发到l******@example.org就行", "发到l******@example.org就行"),
            ],
        );
        masks_in(
            draft(),
            "email",
            &[
                ("投稿邮箱：wxfb@163.com", "投稿邮箱：wxfb@163.com"),
                // digits in it: not kept in part
                (
                    "欢迎投稿，投稿邮箱：wxrmt2024@163.com。",
                    "欢迎投稿，投稿邮箱：wxrmt2024@163.com。",
                ),
                // under an office's name
                ("县委组织部邮箱wxzzb@126.com", "县委组织部邮箱wxzzb@126.com"),
                (
                    "县人社局的邮箱是wxrs@163.com",
                    "县人社局的邮箱是wxrs@163.com",
                ),
                (
                    "来稿请发送至县融媒体中心邮箱weixifabu@163.com。",
                    "来稿请发送至县融媒体中心邮箱weixifabu@163.com。",
                ),
                (
                    "县信访局的邮箱：wxxf@163.com",
                    "县信访局的邮箱：wxxf@163.com",
                ),
                // a leader's public mailbox, and any mailbox at a government domain
                ("县长信箱：xzxx@weixi.gov.cn", "县长信箱：xzxx@weixi.gov.cn"),
                ("书记信箱：sjxx@163.com", "书记信箱：sjxx@163.com"),
                (
                    "联系人：李明，lm@weixi.gov.cn",
                    "联系人：李明，lm@weixi.gov.cn",
                ),
                // a unit's working mailbox, and the mailbox closing a notice's contact block
                (
                    "报名邮箱：wxrmyyrsk@163.com，咨询电话0887-8623120。",
                    "报名邮箱：wxrmyyrsk@163.com，咨询电话0887-8623120。",
                ),
                (
                    "联系人：余丽，联系电话：0887-8622468，邮箱：wxzfb@163.com。",
                    "联系人：余丽，联系电话：0887-8622468，邮箱：wxzfb@163.com。",
                ),
                (
                    "如有疑问请联系县人社局，电话0887-8622111，邮箱wxrs@163.com。",
                    "如有疑问请联系县人社局，电话0887-8622111，邮箱wxrs@163.com。",
                ),
                // other wordings of the office to contact (breaker round 53)
                (
                    "请联系县人社局（邮箱wxrsj@163.com）。",
                    "请联系县人社局（邮箱wxrsj@163.com）。",
                ),
                (
                    "请联系县人社局（电话0887-8621234，邮箱wxrsj@163.com）。",
                    "请联系县人社局（电话0887-8621234，邮箱wxrsj@163.com）。",
                ),
                (
                    "请与县人社局联系，邮箱wxrsj@163.com。",
                    "请与县人社局联系，邮箱wxrsj@163.com。",
                ),
                (
                    "详情请咨询县人社局，邮箱wxrsj@163.com。",
                    "详情请咨询县人社局，邮箱wxrsj@163.com。",
                ),
                // where a notice tells applicants to send things (breaker round 50)
                (
                    "有意者请发送简历至邮箱wxrmt@163.com。",
                    "有意者请发送简历至邮箱wxrmt@163.com。",
                ),
                (
                    "欢迎广大网友投稿，来稿请发至wxfb2024@126.com",
                    "欢迎广大网友投稿，来稿请发至wxfb2024@126.com",
                ),
                (
                    "申请材料请于5月10日前发送至电子邮箱wxrs2026@163.com",
                    "申请材料请于5月10日前发送至电子邮箱wxrs2026@163.com",
                ),
                // words between the verb and the address (breaker round 51)
                (
                    "有意者请将简历发送至以下邮箱：wxrsj2023@163.com。",
                    "有意者请将简历发送至以下邮箱：wxrsj2023@163.com。",
                ),
                (
                    "报名方式：将报名表电子版发送至县人社局邮箱（wxrsj2023@163.com）。",
                    "报名方式：将报名表电子版发送至县人社局邮箱（wxrsj2023@163.com）。",
                ),
                (
                    "来稿请发至本刊邮箱：wxfb@163.com",
                    "来稿请发至本刊邮箱：wxfb@163.com",
                ),
            ],
        );
        masks_in(
            draft(),
            "email",
            &[
                ("他的邮箱：wxfb@163.com", "他的邮箱：w***@163.com"),
                (
                    "联系人：李明，他的个人邮箱：wxfb@163.com",
                    "联系人：李明，他的个人邮箱：w***@163.com",
                ),
                (
                    "可以发到我的联系邮箱yangxiao@163.com",
                    "可以发到我的联系邮箱y*******@163.com",
                ),
                // sent to a person, or colloquially, or what the office sent: an address quoted
                // in a reply (breaker round 51)
                (
                    "请将材料发送至我的邮箱yangxiao@163.com",
                    "请将材料发送至我的邮箱y*******@163.com",
                ),
                (
                    "您的政府信息公开申请答复书已发送至zhangsan88@qq.com，请查收。",
                    "您的政府信息公开申请答复书已发送至z*********@qq.com，请查收。",
                ),
                (
                    "答复书将发送至zhangsan88@qq.com，请查收。",
                    "答复书将发送至z*********@qq.com，请查收。",
                ),
                (
                    "您反映的材料已发到yangxiao@163.com",
                    "您反映的材料已发到y*******@163.com",
                ),
                // a government domain only where the domain ends
                ("邮箱：ab@gov.cn.example.com", "邮箱：a*@gov.cn.example.com"),
            ],
        );
    }
}
