//! Detector: resident identity card numbers (居民身份证号码, GB 11643-1999).
//!
//! An 18-character number is an ID when its region code names a province, its digits 7–14 are a real
//! birth date (not in the future) and its last character is the MOD 11-2 check character of the first
//! 17 (`X` or `x` for 10). It may be written in any groups (`533423 19780606 0127`,
//! `533423 1978 0606 0127`, `5334 2319 7806 0601 27`, `5334231978 0606 0127`, one digit at a time,
//! or with dots, `533423.1978.0606.0127`), or wrapped onto a second line when its check character
//! is right.
//! A number labelled as an ID (`身份证`, `证件号`), or one of Yunnan (region `53`, the county's
//! province), is masked even with a wrong check character: a typo does not make a person's number
//! public. The old 15-digit numbers (six-digit region, `YYMMDD` birth
//! date of the 1900s, three-digit sequence, no check) are only taken with such a label, since 15
//! digits alone are far too common.
//!
//! Masking: the first 6 and the last 4 characters stay (`533423********0127`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::mask::Plan;
use super::view::{labelled_not_pii, last_label, View, NOT_PII_LABELS, SEP};
use super::{each_number_match, Hit, PiiKind};
use chrono::{Datelike, NaiveDate};
use regex::Regex;
use std::sync::LazyLock;

/// Labels that make a number an identity number.
const LABELS: &[&str] = &[
    "身份证",
    "证件号",
    "证号",
    "身份号码",
    "公民身份",
    "身份证号码",
];

/// Labels of numbers a person is known by at school, in an exam or at work, under which an
/// 18-character number that passes every check is the person's ID.
const PERSON_NUMBER_LABELS: &[&str] = &["学籍号", "学号", "考号", "准考证号", "考生号", "工号"];

/// 18 characters, whole or in any groups (`533423 19780606 0127`, `5334231978 0606 0127`,
/// `5 3 3 4 2 3 1 9 7 8 …`, `533423.1978.0606.0127`): one separator run or a dot at most between
/// two characters. The region code,
/// birth date and check character decide ([`accepts`]), and a match with an ASCII letter or digit
/// right beside it (inside a longer number) is no ID.
static ID18: LazyLock<Regex> = LazyLock::new(|| {
    // a dot too: IDs are written `533423.1988.0606.0127` to slip past filters that read digits
    let sep = format!(r"(?:{SEP}|\.)");
    Regex::new(&format!("[0-9](?:{sep}?[0-9]){{16}}{sep}?[0-9Xx]")).expect("valid regex")
});
static ID15: LazyLock<Regex> = LazyLock::new(|| Regex::new("[0-9]{15}").expect("valid regex"));

/// An ID its writer masked the wrong way, the birth year left showing (`5334231978****0312`): ten
/// digits, four asterisks, the last four characters, from where a number starts.
static HALF_MASKED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[0-9]{10}[*＊]{4}[0-9]{3}[0-9Xx]").expect("valid regex"));

/// Finds IDs masked by their writer with the birth year still showing (`身份证号码5334231978****0312`,
/// breaker round 85), under an ID label and with a real region code: they are masked again to
/// the first 6 and last 4 characters (contract §4), which hides the year. Looked for only where
/// a number of ten digits or more starts.
fn half_masked(v: &View, out: &mut Vec<Hit>) {
    // from the number stretches of ten digits or more the view has at hand: searching every text
    // for the asterisks cost 2 % of all screening instructions
    let hay = &v.folded;
    for n in v.numbers(10) {
        let Some(m) = HALF_MASKED.find(&hay[n.start..]) else {
            continue;
        };
        let (s, e) = (n.start, n.start + m.end());
        let chars: Vec<char> = hay[s..e].chars().collect();
        let edges = !hay[..s].ends_with(|c: char| c.is_ascii_alphanumeric())
            && !hay[e..].starts_with(|c: char| c.is_ascii_alphanumeric());
        if edges && valid_region(&chars) && last_label(v.lead_in(s, 12), LABELS).is_some() {
            out.push(v.hit(PiiKind::ResidentId, s, e, MASK));
        }
    }
}

/// A disability certificate's number (残疾人证号, GB/T 26341-2010): the holder's 18-character ID
/// number followed by two digits, the kind of disability (1–7) and its grade (1–4). The ID inside
/// must pass every check ([`valid_region`], birth date, GB 11643-1999 check character), the whole
/// must stand alone, and `残疾` must stand in its lead-in (`残疾人证号：`, `残疾证号`: under another
/// label twenty digits are some other number's); it is masked as an ID is, the first 6 and last 4 characters staying
/// (`53342319850312061042` was published whole: breaker round 70).
static DISABILITY_CERTIFICATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("[0-9]{17}[0-9Xx][1-7][1-4]").expect("valid regex"));

/// Finds disability certificate numbers ([`DISABILITY_CERTIFICATE`]) in `v`.
fn disability_certificates(v: &View, out: &mut Vec<Hit>) {
    let hay = &v.folded;
    for n in v.numbers(18) {
        let Some(m) = DISABILITY_CERTIFICATE.find(&hay[n.start..]) else {
            continue;
        };
        let (s, e) = (n.start + m.start(), n.start + m.end());
        if m.start() != 0 || !v.clean_edges(s, e) {
            continue;
        }
        let chars: Vec<char> = hay[s..s + 18].chars().collect();
        if v.lead_in(s, 12).contains("残疾")
            && valid_region(&chars)
            && birth_date(&chars[6..14]).is_some()
            && checksum_ok(&chars)
        {
            out.push(v.hit(PiiKind::ResidentId, s, e, MASK));
        }
    }
}

/// The masking plan of an ID number: its first 6 and last 4 characters stay.
pub(super) const MASK: Plan = Plan::Keep {
    skip: 0,
    head: 6,
    tail: 4,
};

/// Finds resident ID numbers in `v`.
pub(super) fn detect(v: &View, out: &mut Vec<Hit>) {
    let hay = &v.folded;
    each_number_match(&ID18, v, 15, |s, e| {
        let student = student_number_at(v, s, e);
        if !v.clean_edges(s, e) && !student {
            return false;
        }
        let chars: Vec<char> = hay[s..e]
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .collect();
        let id = if student {
            // (the label is the student number's, which `accepts` would read as a number's)
            chars.len() == 18
                && valid_region(&chars)
                && birth_date(&chars[6..14]).is_some()
                && checksum_ok(&chars)
        } else {
            accepts(v, s, &chars)
        };
        if !id {
            return false;
        }
        out.push(v.hit(PiiKind::ResidentId, s, e, MASK));
        true
    });
    across_a_line_break(v, out);
    half_masked(v, out);
    disability_certificates(v, out);
    each_number_match(&ID15, v, 15, |s, e| {
        if !v.clean_edges(s, e) {
            return false;
        }
        let chars: Vec<char> = hay[s..e].chars().collect();
        let lead = v.lead_in(s, 12);
        if last_label(lead, LABELS).is_none()
            || labelled_not_pii(lead, LABELS)
            || !valid_region(&chars)
        {
            return false;
        }
        let mut date = vec!['1', '9'];
        date.extend_from_slice(&chars[6..12]);
        if birth_date(&date).is_none() {
            return false;
        }
        out.push(v.hit(PiiKind::ResidentId, s, e, MASK));
        true
    });
}

/// Whether the 18 characters at folded bytes `[s, e)` are the ID inside a national student number
/// (全国学籍号: `G` and the pupil's ID number, `L` and a temporary one) under a `学籍` label
/// (`学籍号G533423201001011526`; breaker round 58): the letter right before, nothing glued to
/// either end, and the label shortly before. The ID is then taken only with a right check
/// character.
fn student_number_at(v: &View, s: usize, e: usize) -> bool {
    let head = &v.folded[..s];
    let Some(letter) = head.strip_suffix(['g', 'l', 'G', 'L']) else {
        return false;
    };
    letter
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_ascii_alphanumeric())
        && v.folded[e..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_ascii_alphanumeric())
        && v.lead_in(letter.len(), 12).contains("学籍")
}

/// IDs broken by line breaks, as a form pasted into a comment wraps them
/// (`身份证号为：533423198\n503120012`; `533423\n19930214\n2519`: breaker round 95): the digits
/// that end a line and those that start the next ones, 18 together. A line break ends every other identifier, so only a number whose check
/// character is right (GB 11643-1999) besides its region and birth date is taken: a label is not
/// enough here.
fn across_a_line_break(v: &View, out: &mut Vec<Hit>) {
    let hay: &str = &v.folded;
    let bytes = hay.as_bytes();
    for mut runs in v.wrapped_digit_chains() {
        let s = runs[0].0;
        let mut e = runs[runs.len() - 1].1;
        if runs.iter().map(|&(a, b)| b - a).sum::<usize>() == 17
            && matches!(bytes.get(e), Some(b'X' | b'x'))
        {
            e += 1;
            let last = runs.len() - 1;
            runs[last].1 = e;
        }
        let chars: Vec<char> = runs.iter().flat_map(|&(a, b)| hay[a..b].chars()).collect();
        if chars.len() == 18 && v.clean_edges(s, e) && checksum_ok(&chars) && accepts(v, s, &chars)
        {
            out.push(v.hit(PiiKind::ResidentId, s, e, MASK));
        }
    }
}

/// Whether 18 characters (`chars`: 17 ASCII digits and a digit or `X`) found at folded byte `s`
/// of `v` are an ID number: a province's region code, a real birth date, and the GB 11643-1999
/// check character or an ID label before them; not when labelled as a number of something else
/// (`订单号`). A bare `编号` or `编码` says what it numbers no more than `号码` does: under it, a
/// number with the check character right is an ID (`我的编号是533423…`, breaker round 50; an
/// order number passes all three checks about once in 70,000).
pub(super) fn accepts(v: &View, s: usize, chars: &[char]) -> bool {
    let lead = v.lead_in(s, 12);
    // the nearest label is `编号` or `编码` with nothing that says what it numbers before it
    // (`我的编号是`, not `订单编号`, `商品编码`: breaker round 51)
    // whether the nearest label that says "not an ID" is one of `labels`
    let nearest_is = |labels: &[&str]| {
        let nearest = last_label(lead, NOT_PII_LABELS);
        nearest.is_some() && nearest == last_label(lead, labels)
    };
    let numbered_only = || {
        nearest_is(&["编号", "编码"])
            && last_label(lead, NOT_PII_LABELS).is_some_and(|end| {
                lead[..end - "编号".len()]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !super::view::is_han(c) || "的我你您他她".contains(c))
            })
    };
    // the nearest label numbers a person (`学号`, `考号`, `准考证号`, `学籍号`, `工号`): schools and
    // exams use the ID itself, so a number passing every check is one (breaker round 61)
    let person_numbered = || nearest_is(PERSON_NUMBER_LABELS);
    let labelled = last_label(lead, LABELS).is_some();
    chars.len() == 18
        && valid_region(chars)
        // under an ID label a typo in the date (`19850230`) does not make the number public
        && (birth_date(&chars[6..14]).is_some() || (labelled && date_shaped(&chars[6..14])))
        && if labelled_not_pii(lead, LABELS) {
            (numbered_only() || person_numbered()) && checksum_ok(chars)
        } else {
            checksum_ok(chars) || labelled || local(chars)
        }
}

/// Whether the region code is Yunnan's (`53`), the county's own province: its residents' numbers
/// are masked even with a wrong check character, since a typo in a local list of beneficiaries
/// (`杨金花（533423197203150022）`) still points at the person (breaker round 47).
fn local(chars: &[char]) -> bool {
    chars[..2] == ['5', '3']
}

/// Whether the first two digits are a province-level region code (GB/T 2260; 71 Taiwan, 81 Hong Kong,
/// 82 Macao, 83 residence permits of Taiwan residents).
fn valid_region(chars: &[char]) -> bool {
    let code = chars[0].to_digit(10).unwrap_or(0) * 10 + chars[1].to_digit(10).unwrap_or(0);
    matches!(code, 11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81..=83)
}

/// The birth date in eight digits `YYYYMMDD`, when it is a real date from 1900 up to today.
fn birth_date(digits: &[char]) -> Option<NaiveDate> {
    let n = |r: std::ops::Range<usize>| -> Option<u32> {
        digits[r]
            .iter()
            .try_fold(0u32, |acc, c| Some(acc * 10 + c.to_digit(10)?))
    };
    let date = NaiveDate::from_ymd_opt(n(0..4)? as i32, n(4..6)?, n(6..8)?)?;
    let today = chrono::Utc::now().date_naive();
    (date.year() >= 1900 && date <= today).then_some(date)
}

/// Whether eight digits `YYYYMMDD` have the shape of a birth date: a year from 1900 up to this
/// one, a month `01`–`12` and a day `01`–`31`, real or not (breaker round 52).
fn date_shaped(digits: &[char]) -> bool {
    let n = |r: std::ops::Range<usize>| -> Option<u32> {
        digits[r]
            .iter()
            .try_fold(0u32, |acc, c| Some(acc * 10 + c.to_digit(10)?))
    };
    let this_year = chrono::Utc::now().year() as u32;
    matches!(
        (n(0..4), n(4..6), n(6..8)),
        (Some(y), Some(m), Some(d)) if (1900..=this_year).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d)
    )
}

/// GB 11643-1999 MOD 11-2: the weighted sum of the first 17 digits picks the check character.
pub(super) fn checksum_ok(chars: &[char]) -> bool {
    check_char(&chars[..17]) == Some(chars[17].to_ascii_uppercase())
}

/// The check character of 17 digits (GB 11643-1999), `None` when one is not a digit.
pub(super) fn check_char(first17: &[char]) -> Option<char> {
    const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];
    let mut sum = 0;
    for (c, w) in first17.iter().zip(WEIGHTS) {
        sum += c.to_digit(10)? * w;
    }
    Some(CHECK[(sum % 11) as usize])
}

#[cfg(test)]
mod tests {
    use super::super::tests::masks;
    use super::*;

    #[test]
    fn check_character_follows_gb_11643() {
        for id in [
            "533423197806060323",
            "53342320010909002X",
            "11010519491231002X",
        ] {
            let c: Vec<char> = id.chars().collect();
            assert!(checksum_ok(&c), "{id}");
        }
        let c: Vec<char> = "533423197806060324".chars().collect();
        assert!(!checksum_ok(&c));
    }

    /// Kind: resident ID numbers, masked to the first 6 and last 4 characters.
    #[test]
    fn resident_ids() {
        masks(
            "resident_id",
            &[
                // dev d20: a plain 18-digit number after 身份证
                (
                    "我身份证533423197806060323办不了社保",
                    "我身份证533423********0323办不了社保",
                ),
                // dev d21: upper-case X check character
                ("证件号53342320010909002X", "证件号533423********002X"),
                // a Yunnan number with a wrong check character, in a list without a label
                (
                    "拉日村5组（533423197203150022）补助3.5万元",
                    "拉日村5组（533423********0022）补助3.5万元",
                ),
                // lower-case x, no label: the check character alone is enough
                (
                    "号码53342320010909002x已登记",
                    "号码533423********002x已登记",
                ),
                ("533423197806060323", "533423********0323"),
                // separators between the groups stay
                ("身份证 533423 19780606 0323", "身份证 533423 ******** 0323"),
                (
                    "身份证 533423 1978 0606 0323",
                    "身份证 533423 **** **** 0323",
                ),
                (
                    "身份证 5334 2319 7806 0603 23",
                    "身份证 5334 23** **** **03 23",
                ),
                // any other grouping, down to one digit at a time
                ("身份证5334231978 0606 0323", "身份证533423**** **** 0323"),
                (
                    "身份证号 5 3 3 4 2 3 1 9 7 8 0 6 0 6 0 3 2 3",
                    "身份证号 5 3 3 4 2 3 * * * * * * * * 0 3 2 3",
                ),
                // inside a longer number it is none (a 19-digit card's first 18 digits)
                ("编号53342319780606032312", "编号53342319780606032312"),
                // a disability certificate's number: the ID and two digits (breaker round 70)
                (
                    "残疾人证号：53342319780606032312",
                    "残疾人证号：533423**********2312",
                ),
                (
                    "我的残疾证53342319780606032312",
                    "我的残疾证533423**********2312",
                ),
                // the two digits past a grade (1-4) make it no certificate's
                (
                    "残疾人证号：53342319780606032315",
                    "残疾人证号：53342319780606032315",
                ),
                // dots between the groups
                ("身份证533423.1978.0606.0323", "身份证533423.****.****.0323"),
                ("我的是533423.19780606.0323", "我的是533423.********.0323"),
                // full-width digits
                (
                    "身份证５３３４２３１９７８０６０６０３２３",
                    "身份证５３３４２３＊＊＊＊＊＊＊＊０３２３",
                ),
                // a wrong check character is masked only when labelled
                (
                    "身份证号码：533423197806060324",
                    "身份证号码：533423********0324",
                ),
                // 15-digit numbers with a label
                ("身份证号533423780606032，", "身份证号533423*****6032，"),
                // with a label, a typo in the date (Feb 30) too (breaker round 52)
                ("身份证533423198502300127", "身份证533423********0127"),
                // a bare `编号` says no more than `号码`: an ID by every check is one (breaker
                // round 50)
                (
                    "我的编号是533423200001011238",
                    "我的编号是533423********1238",
                ),
            ],
        );
    }

    /// Kind: numbers that only look like resident IDs stay as they are.
    /// Kind: an ID wrapped onto a second line, as a pasted form breaks it, is still masked when
    /// its check character is right; without it, digits on two lines are two numbers (breaker
    /// round 37).
    /// Kind: an ID its writer masked with the birth year showing is masked again to the contract's
    /// first 6 and last 4 (breaker round 85); one masked right, or an order number, is left.
    #[test]
    fn ids_half_masked_by_their_writer() {
        masks(
            "resident_id",
            &[
                (
                    "身份证号码5334231978****0312，执行标的5万元",
                    "身份证号码533423********0312，执行标的5万元",
                ),
                (
                    "身份证号码533423********0312",
                    "身份证号码533423********0312",
                ),
                ("订单号5334231978****0312", "订单号5334231978****0312"),
            ],
        );
    }

    #[test]
    fn ids_broken_by_a_line_break() {
        masks(
            "resident_id",
            &[
                (
                    "身份证号为：533423198\n503120012",
                    "身份证号为：533423***\n*****0012",
                ),
                (
                    "533423198503\r\n120012，麻烦核实",
                    "533423******\r\n**0012，麻烦核实",
                ),
                // over two breaks (breaker round 95)
                (
                    "我老婆的身份证\n533423\n19930214\n2519\n帮忙查一下",
                    "我老婆的身份证\n533423\n********\n2519\n帮忙查一下",
                ),
                // an indented second line (breaker round 41)
                (
                    "身份证号533423199001\n 010125，请持证件",
                    "身份证号533423******\n **0125，请持证件",
                ),
            ],
        );
        masks(
            "resident_id",
            &[
                // a wrong check character
                (
                    "身份证号为：533423198\n503120013",
                    "身份证号为：533423198\n503120013",
                ),
                ("编号：12345678\n1234567890", "编号：12345678\n1234567890"),
            ],
        );
    }

    #[test]
    fn not_resident_ids() {
        masks(
            "resident_id",
            &[
                // wrong check character without a label, outside Yunnan
                ("号码110101197806060324", "号码110101197806060324"),
                // not a real birth date (Feb 30) and a future one
                ("533423197802300323", "533423197802300323"),
                ("533423209901010323", "533423209901010323"),
                // no province has region code 99
                ("993423197806060323", "993423197806060323"),
                // longer runs: an order number with an ID inside
                (
                    "订单号20260301000123456789查不到",
                    "订单号20260301000123456789查不到",
                ),
                ("1533423197806060323", "1533423197806060323"),
                // letters glued to it
                ("ab533423197806060323", "ab533423197806060323"),
                // 15 digits without a label
                ("流水533423780606032", "流水533423780606032"),
                ("533423780606032", "533423780606032"),
                // a dotted number whose check character fails is no ID without a label
                ("版本533423.1978.0606.0324", "版本533423.1978.0606.0324"),
                // already masked
                ("身份证533423********0323", "身份证533423********0323"),
                // a Yunnan-looking number under a label of something else (breaker round 49)
                (
                    "不动产权证号533423202403150011",
                    "不动产权证号533423202403150011",
                ),
                ("户号：533423202403150011", "户号：533423202403150011"),
                // an order number that passes the check stays: its label says what it is
                ("订单号533423197806060323", "订单号533423197806060323"),
                (
                    "项目编号：订单号533423197806060323",
                    "项目编号：订单号533423197806060323",
                ),
                // a label that says what it numbers, ending in 编号 or 编码 (breaker round 51)
                (
                    "订单编号：11010519491231002X",
                    "订单编号：11010519491231002X",
                ),
                (
                    "商品编码：11010519491231002X",
                    "商品编码：11010519491231002X",
                ),
                // under a bare `编号`, only with the check character right, Yunnan's too
                (
                    "我的编号是533423200001011234",
                    "我的编号是533423200001011234",
                ),
            ],
        );
    }
}
