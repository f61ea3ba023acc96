//! Detector: bank card and personal account numbers (银行卡号).
//!
//! A run of 12–25 digits, contiguous or in groups of four (`6222 0000 0000 0000 128`), is a card
//! number when either
//! - it passes the Luhn check (ISO/IEC 7812) and starts with a card prefix of a length that scheme
//!   issues (UnionPay `62` 16–19 digits, Visa `4`, Mastercard `51`–`55` and `2221`–`2720`, Amex,
//!   JCB, Diners, Discover, the domestic `9` cards), or
//! - a card label is next to it (`卡号`, `银行卡`, `账号`, `转账`, `汇款`, ...).
//!
//! Kept as they are: numbers labelled as something else (`订单号`, `流水号`, `信用代码`), numbers that
//! start with a date (`20260301...`: timestamps and order numbers), and organisation accounts
//! (`户名：某某局`, `对公账户`, `单位账户`), which are not personal information.
//!
//! Masking: the first 4 and the last 4 digits stay, and the spaces (`6222 **** **** ***0 128`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::mask::Plan;
use super::view::{labelled_not_pii, last_label, View, SEP};
use super::{each_number_match, Hit, PiiKind};
use chrono::NaiveDate;
use regex::Regex;
use std::sync::LazyLock;

/// Labels that make a digit run a card or account number.
const LABELS: &[&str] = &[
    "卡号",
    "银行卡",
    "储蓄卡",
    "借记卡",
    "信用卡",
    "工资卡",
    "社保卡",
    "存折",
    "账号",
    "帐号",
    "账户",
    "帐户",
    "转账",
    "转帐",
    "汇款",
    "打款",
    "收款",
    "付款",
    "开户",
    "卡上",
    "卡里",
    "银行",
];

/// Words near an account number that make it an organisation's.
const ORGANISATION: &[&str] = &[
    "对公",
    "单位账",
    "单位帐",
    "开户单位",
    "收款单位",
    "单位名称",
    "基本账户",
    "基本户",
    "专户",
    "财政",
    "捐赠账",
    "捐款账",
    "募捐",
    "信用代码",
];

static CARD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        "[0-9]{{12,25}}|[0-9]{{4}}(?:{SEP}[0-9]{{4}}){{2,5}}(?:{SEP}[0-9]{{1,4}})?"
    ))
    .expect("valid regex")
});

/// The masking plan of a card number: its first 4 and last 4 digits stay.
pub(super) const MASK: Plan = Plan::Keep {
    skip: 0,
    head: 4,
    tail: 4,
};

/// Finds bank card numbers in `v`.
pub(super) fn detect(v: &View, out: &mut Vec<Hit>) {
    let hay = &v.folded;
    each_number_match(&CARD, v, 12, |s, e| {
        if !v.clean_edges(s, e) {
            return false;
        }
        let digits: Vec<u32> = hay[s..e].chars().filter_map(|c| c.to_digit(10)).collect();
        if !accepts(v, s, e, &digits) {
            return false;
        }
        let e = e + wrapped_rest(hay, e, digits.len());
        out.push(v.hit(PiiKind::BankCard, s, e, MASK));
        true
    });
}

/// How many bytes after a card number ending at byte `e` of `hay` are the rest of it wrapped onto
/// the next line, as a form pasted into a comment breaks it (`卡号6217 0012 3456\n7890 122`: the
/// last seven digits were left in clear, breaker round 70). Only a number cut short, `have` digits
/// (fewer than 16), goes on so: a line break, maybe indented, then groups of digits set apart by
/// single spaces that make it 16 to 19 digits, then the end of the line or of a clause (not a
/// unit, `2024年`). 0 when the next line does not go on so.
fn wrapped_rest(hay: &str, e: usize, have: usize) -> usize {
    if have >= 16 {
        return 0;
    }
    let rest = hay[e..].strip_prefix('\r').unwrap_or(&hay[e..]);
    let Some(next) = rest.strip_prefix('\n') else {
        return 0;
    };
    let line = next.trim_start_matches([' ', '\t']);
    let (mut end, mut digits) = (0, 0);
    for (i, group) in line.split(' ').enumerate() {
        let run = group.bytes().take_while(u8::is_ascii_digit).count();
        if run == 0 {
            break;
        }
        digits += run;
        end += usize::from(i > 0) + run;
        if run < group.len() {
            break;
        }
    }
    let ends = line[end..]
        .chars()
        .next()
        .is_none_or(|c| c.is_whitespace() || "，。,.;；！？!?）)".contains(c));
    if end == 0 || !(16..=19).contains(&(have + digits)) || !ends {
        return 0;
    }
    hay.len() - e - line.len() + end
}

/// Whether `digits` (each 0–9), found at folded bytes `[s, e)` of `v`, are a personal card or
/// account number: 12–25 of them, not starting with a date, not labelled as something else nor an
/// organisation's account, and either labelled as a card or passing Luhn with a scheme's prefix.
pub(super) fn accepts(v: &View, s: usize, e: usize, digits: &[u32]) -> bool {
    if !(12..=25).contains(&digits.len()) || starts_with_date(digits) {
        return false;
    }
    let lead = v.lead_in(s, 12);
    if labelled_not_pii(lead, LABELS) || organisation_account(v, s, e) {
        return false;
    }
    let labelled =
        last_label(lead, LABELS).is_some() || last_label(v.lead_out(e, 8), LABELS).is_some();
    labelled || (luhn(digits) && scheme_issues(digits))
}

/// The Luhn check (ISO/IEC 7812-1): doubling every second digit from the right, the sum ends in 0.
pub(super) fn luhn(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                if d * 2 > 9 {
                    d * 2 - 9
                } else {
                    d * 2
                }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// Whether a card scheme issues numbers with this prefix and length.
fn scheme_issues(digits: &[u32]) -> bool {
    let n = digits.len();
    let prefix = |k: usize| digits[..k].iter().fold(0, |acc, d| acc * 10 + d);
    match prefix(2) {
        62 => (16..=19).contains(&n),
        40..=49 => matches!(n, 13 | 16 | 19),
        51..=55 => n == 16,
        22..=27 => n == 16 && (2221..=2720).contains(&prefix(4)),
        34 | 37 => n == 15,
        35 => (16..=19).contains(&n),
        30 | 36 | 38 | 39 => (14..=19).contains(&n),
        60 | 65 => (16..=19).contains(&n),
        90..=99 => (16..=19).contains(&n),
        _ => false,
    }
}

/// Whether the run starts with a date `YYYYMMDD` (1950–2099): timestamps, order and case numbers.
fn starts_with_date(digits: &[u32]) -> bool {
    let n = |r: std::ops::Range<usize>| digits[r].iter().fold(0u32, |acc, d| acc * 10 + d);
    let y = n(0..4);
    (1950..=2099).contains(&y) && NaiveDate::from_ymd_opt(y as i32, n(4..6), n(6..8)).is_some()
}

/// Words that make the account after them a person's (`其银行账户`, `他的工资卡`, `本人账户`).
const PERSONAL_OWNERS: &[&str] = &["其", "他的", "她的", "本人", "个人", "私人", "自己的"];

/// Whether `lead` (the clause before an account number) gives the account as a person's: a
/// [`PERSONAL_OWNERS`] word right before a card label, `名下` or `的` between allowed
/// (`其名下银行卡`), but not `及其`/`与其` (`县财政局及其开户银行账号`, the office's). Such an
/// account is a person's whatever office the sentence names (`财政所原所长木春华…，其银行账户…`:
/// breaker round 93, where `财政` made it the office's and left it in clear).
fn owned_by_a_person(lead: &str, sentence_before: &str) -> bool {
    PERSONAL_OWNERS.iter().any(|owner| {
        lead.match_indices(owner).any(|(i, _)| {
            let rest = lead[i + owner.len()..]
                .trim_start_matches("名下")
                .trim_start_matches('的');
            !(lead[..i].ends_with('及') || lead[..i].ends_with('与'))
                && LABELS.iter().any(|l| rest.starts_with(l))
                // `其` is whoever the sentence told of: a person only after a person's word
                // (`捐款请汇入县红十字会，其银行账号` is the society's: the regression helper of
                // round 93)
                && (*owner != "其" || PERSON_WORDS.iter().any(|p| sentence_before.contains(p)))
        })
    })
}

/// Words of a person (an official's post, a role) that make a later `其` theirs.
const PERSON_WORDS: &[&str] = &[
    "所长",
    "局长",
    "站长",
    "科长",
    "主任",
    "书记",
    "村长",
    "镇长",
    "乡长",
    "会计",
    "出纳",
    "人员",
    "干部",
    "村民",
    "职工",
    "员工",
    "嫌疑人",
    "当事人",
    "被告人",
];

/// Whether the words around folded bytes `[s, e)` make the account an organisation's.
fn organisation_account(v: &View, s: usize, e: usize) -> bool {
    let (before, after) = v.sentence_around(s, e, 40);
    if owned_by_a_person(v.lead_in(s, 12), before) {
        return false;
    }
    if last_label(before, ORGANISATION).is_some() || last_label(after, ORGANISATION).is_some() {
        return true;
    }
    // 户名：维西县财政局 账号：..., 收款人：维西县慈善总会 账号：...
    let around = [before, after];
    around.iter().any(|t| {
        HOLDER_LABELS.iter().any(|label| {
            t.match_indices(label).any(|(i, _)| {
                let name: String = t[i + label.len()..]
                    .chars()
                    .skip_while(|c| matches!(c, '：' | ':' | ' ' | '　'))
                    .take_while(|c| super::view::is_han(*c))
                    .collect();
                super::names_organisation(&name)
            })
        })
    })
}

/// Labels of an account holder's name (`户名`, `开户名称`, `收款人`), read by
/// [`organisation_account`].
const HOLDER_LABELS: &[&str] = &["户名", "户名称", "账户名", "帐户名", "收款人", "收款方"];

#[cfg(test)]
mod tests {
    use super::super::tests::{draft, masks, masks_in};
    use super::*;

    #[test]
    fn luhn_matches_known_numbers() {
        let d = |s: &str| s.chars().filter_map(|c| c.to_digit(10)).collect::<Vec<_>>();
        assert!(luhn(&d("4111111111111111")));
        assert!(luhn(&d("6222000000000000129")));
        assert!(!luhn(&d("6222000000000000128")));
        assert!(!luhn(&d("4111111111111112")));
    }

    /// Kind: bank card numbers, with or without a label.
    #[test]
    fn bank_cards() {
        masks(
            "bank_card",
            &[
                // dev d22: a label, 19 digits
                (
                    "银行卡6228480011223344554一直没到账",
                    "银行卡6228***********4554一直没到账",
                ),
                // Luhn and a UnionPay prefix, no label; groups of four keep their spaces
                ("6222 0000 0000 0000 129", "6222 **** **** ***0 129"),
                (
                    "请转到6222000000000000129谢谢",
                    "请转到6222***********0129谢谢",
                ),
                ("4111-1111-1111-1111", "4111-****-****-1111"),
                // a label after the number
                (
                    "6228480011223344554是我的卡号",
                    "6228***********4554是我的卡号",
                ),
                // an account number with a transfer label, no Luhn
                ("转账到账号123456789012345", "转账到账号1234*******2345"),
                // full width
                (
                    "卡号６２２８４８００１１２２３３４４５５４",
                    "卡号６２２８＊＊＊＊＊＊＊＊＊＊＊４５５４",
                ),
                // cut short and wrapped onto the next line (breaker round 70); a whole number
                // before a line of figures, or a wrapped rest followed by a unit, stays as it was
                (
                    "卡号6217 0012 3456\n7890 122",
                    "卡号6217 **** ****\n***0 122",
                ),
                (
                    "卡号621700123456\n7890122，谢谢",
                    "卡号6217********\n***0122，谢谢",
                ),
                (
                    "银行卡6228480011223344554\n2024年",
                    "银行卡6228***********4554\n2024年",
                ),
            ],
        );
    }

    /// Kind: numbers that only look like cards stay.
    #[test]
    fn not_bank_cards() {
        masks(
            "bank_card",
            &[
                // dev d25: an order number starting with a date
                (
                    "订单号20260301000123456789查不到",
                    "订单号20260301000123456789查不到",
                ),
                (
                    "受理时间20260301123456，转账失败",
                    "受理时间20260301123456，转账失败",
                ),
                // Luhn-valid but no scheme issues 4111... with 17 digits, and no label
                ("41111111111111114", "41111111111111114"),
                // a number failing Luhn without a label
                ("编号6222000000000000128", "编号6222000000000000128"),
                ("序列6222000000000000128", "序列6222000000000000128"),
                // the organisation's credit code
                (
                    "统一社会信用代码915334237099012345",
                    "统一社会信用代码915334237099012345",
                ),
                // already masked
                ("卡号6222 **** **** ***0 129", "卡号6222 **** **** ***0 129"),
                // a long digit run inside a hash
                ("sha6222000000000000129ff", "sha6222000000000000129ff"),
            ],
        );
    }

    /// Kind: a person's own account is masked whatever office the sentence names (breaker round 93).
    #[test]
    fn a_persons_account_near_an_office() {
        masks_in(
            draft(),
            "bank_card",
            &[
                (
                    "康普乡财政所原所长木春华挪用公款，其银行账户6217002860001234565已被冻结。",
                    "康普乡财政所原所长木春华挪用公款，其银行账户6217***********4565已被冻结。",
                ),
                (
                    "县财政局工作人员李某将公款转入他的工资卡6217002860001234565",
                    "县财政局工作人员李某将公款转入他的工资卡6217***********4565",
                ),
                // the office's own, after 及其, or 其 after the office (regression helper of
                // round 93)
                (
                    "县财政局及其开户银行账号：6217002860001234565",
                    "县财政局及其开户银行账号：6217002860001234565",
                ),
                (
                    "县红十字会面向社会公开募捐，捐款请汇入县红十字会，其银行账号：6217002860001234565",
                    "县红十字会面向社会公开募捐，捐款请汇入县红十字会，其银行账号：6217002860001234565",
                ),
                (
                    "县财政局非税收入汇缴专户已变更，其账户：6217002860001234565",
                    "县财政局非税收入汇缴专户已变更，其账户：6217002860001234565",
                ),
            ],
        );
    }

    /// Kind: organisation accounts in drafts (donations, payments to an office) stay.
    #[test]
    fn organisation_accounts() {
        masks_in(
            draft(),
            "bank_card",
            &[
                (
                    "户名：维西县红十字会，账号：2505012345678901234，开户行：农业银行",
                    "户名：维西县红十字会，账号：2505012345678901234，开户行：农业银行",
                ),
                ("对公账户6222000000000000129", "对公账户6222000000000000129"),
                (
                    "户名：维西县慈善总会，账号：6230580000998877661，开户行：农行维西支行",
                    "户名：维西县慈善总会，账号：6230580000998877661，开户行：农行维西支行",
                ),
                (
                    "收款人：维西县慈善总会　账号：6230580000998877661",
                    "收款人：维西县慈善总会　账号：6230580000998877661",
                ),
                (
                    "开户名称：维西县人民政府办公室，银行账号：6230580000998877661",
                    "开户名称：维西县人民政府办公室，银行账号：6230580000998877661",
                ),
                // a person's account (its holder already de-identified): the number is masked
                (
                    "户名：张某，账号：2505012345678901234",
                    "户名：张某，账号：2505***********1234",
                ),
            ],
        );
    }
}
