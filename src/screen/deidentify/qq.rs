//! Detector: QQ numbers, only with a label.
//!
//! 5–12 digits not starting with 0, right after `QQ`, `扣扣` or `企鹅号` (optionally `号`, `号码`,
//! `账号`, `是`, a colon or spaces in between), or after a lone `Q` and a colon (`Q：1234567890`).
//! A QQ *group* (`QQ群`) is not a person's and is not taken. The label must not be glued to other
//! ASCII letters (`xqq123456`, `FAQ：12345678`).
//! `加我企鹅` and `我的企鹅` take a number without a colon too (`加我企鹅1588765432`, breaker round
//! 88; not a bare `企鹅`, which counts penguins). After `QQ`, `扣扣` or `企鹅号` the number may also
//! be spelt in Chinese numerals or spaced out (`QQ：一二三四五六七八九`, `QQ 1234 5678 9`): 5–12
//! numerals ([`super::numerals::numeral_digit`]) with single spaces, dashes or dots between them.
//!
//! Masking: the first and the last digit stay (`1*******9`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::labels::{self, Mark};
use super::mask::Plan;
use super::numerals::numeral_digit;
use super::view::{glued, View};
use super::{each_capture, Hit, PiiKind};
use regex::Regex;
use std::sync::LazyLock;

/// What may stand between a QQ label and the number: a space (`扣扣 号 987654321`, breaker round
/// 72), `号`, `号码`, `账号`, then `是` or `为`, then up to two colons, spaces or slashes (`QQ/123456789`:
/// breaker round 95). Shared by the regex of plain numbers and the reading of spelt ones.
const LABEL_TAIL: &str = " ?(?:号码|号|账号|帐号)?(?:是|为)?[：: （(/]{0,2}";

static QQ: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)(?:(?:qq|扣扣|企鹅号){LABEL_TAIL}|(?:q|企鹅)[：:] ?|(?:加我?|我的)企鹅 ?)(?P<id>[1-9][0-9]{{4,11}})"
    ))
    .expect("valid regex")
});

/// [`LABEL_TAIL`] at the start of a text.
static LABEL_TAIL_AT_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!("^{LABEL_TAIL}")).expect("valid regex"));

/// Finds labelled QQ numbers in `v`: the regex only reads the stretches with five digits or more
/// and the few characters before them where the label is; numbers spelt in numerals or spaced
/// out are read after each label ([`spelt_after`]).
pub(super) fn detect(v: &View, out: &mut Vec<Hit>) {
    if v.has_digit {
        detect_plain(v, out);
    }
    let hay = v.folded.as_bytes();
    let is_q = |b: Option<&u8>| matches!(b, Some(b'q' | b'Q'));
    // `qq` (the label's end after its second `q`), or a lone `Q` with its colon (`Q：1 2 3 4 5 6 7 8
    // 9`, breaker round 72), in one pass over the letter
    let latin = memchr::memchr2_iter(b'q', b'Q', hay)
        // glued to other letters it is part of a word (`xqq…`); a mask stands for what it hid
        .filter(|&b| !v.before(b).is_some_and(glued))
        .filter_map(|b| {
            if is_q(hay.get(b + 1)) {
                Some((b + 2, false))
            } else {
                let colon =
                    hay[b + 1..].starts_with(b":") || hay[b + 1..].starts_with("：".as_bytes());
                (colon && !is_q(b.checked_sub(1).map(|p| &hay[p]))).then_some((b + 1, true))
            }
        });
    // (found by the labels' pass, rather than by a memmem pass for each: see `labels::Mark`)
    let chinese = [Mark::KouKou, Mark::QiEHao].into_iter().flat_map(|mark| {
        labels::marks(v.labels(), mark).map(move |b| (b + mark.text().len(), false))
    });
    // (where the number may start, whether after a lone `Q`)
    for (after, lone) in latin.chain(chinese) {
        if let Some((s, e)) = spelt_after(v, after) {
            // after a lone `Q：` only a number as long as most QQ numbers: FAQs number their
            // answers (`Q：1 2 3 4 5 6 哪个正确`, `Q：12345热线`, breaker round 76)
            if lone && v.folded[s..e].chars().filter(char::is_ascii_digit).count() < 8 {
                continue;
            }
            out.push(v.hit(PiiKind::Qq, s, e, Plan::FIRST_AND_LAST));
        }
    }
}

/// Separators between the numerals of a spaced-out or spelt number (`1234 5678 9`).
fn separator(c: char) -> bool {
    matches!(c, ' ' | '-' | '·' | '.' | '—')
}

/// The folded byte range of a QQ number spelt in numerals or spaced out, right after a label ending
/// at folded byte `k` (with `号`, `号码`, `账号`, `是`, a colon or spaces between): 5–12 numerals,
/// the first not zero, with single separators between them, at least one of them a Chinese
/// numeral or a separator (plain digits are the regex's), and no letter or digit glued on.
fn spelt_after(v: &View, mut k: usize) -> Option<(usize, usize)> {
    let hay: &str = &v.folded;
    k += LABEL_TAIL_AT_START.find(&hay[k..]).map_or(0, |m| m.end());
    let (s, mut e) = (k, k);
    let (mut digits, mut first) = (0, None);
    // a Chinese numeral or a separator inside: not the plain digits the regex reads
    let (mut spelt, mut after_separator) = (false, false);
    for (i, c) in hay[k..].char_indices() {
        if let Some(d) = numeral_digit(c) {
            first.get_or_insert(d);
            digits += 1;
            spelt |= after_separator || !c.is_ascii_digit();
            after_separator = false;
            e = k + i + c.len_utf8();
        } else if separator(c) && !after_separator && digits > 0 {
            after_separator = true;
        } else {
            break;
        }
    }
    let glued_on = v
        .at(e)
        .is_some_and(|c| c.is_ascii_alphanumeric() || glued(c));
    ((5..=12).contains(&digits) && first != Some(0) && spelt && !glued_on).then_some((s, e))
}

/// The labelled QQ numbers written in ASCII digits.
fn detect_plain(v: &View, out: &mut Vec<Hit>) {
    let hay = &v.folded;
    for st in v.numbers(5) {
        let from = v.back(st.start, 12);
        each_capture(&QQ, &hay[from..st.end], |caps| {
            let label = caps.get(0).expect("group 0");
            let id = caps.name("id").expect("id");
            let (l, s, e) = (from + label.start(), from + id.start(), from + id.end());
            // (an office's own number: `维西县图书馆QQ（123456789）`, breaker round 87)
            let office = super::landline::office_before(&hay[v.back(l, 12)..l]);
            if v.before(l).is_some_and(glued) || v.at(e).is_some_and(glued) || office {
                return false;
            }
            out.push(v.hit(PiiKind::Qq, s, e, Plan::FIRST_AND_LAST));
            true
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::masks;

    /// Kind: QQ numbers after a label.
    #[test]
    fn qq_numbers() {
        masks(
            "qq",
            &[
                ("加我QQ123456789", "加我QQ1*******9"),
                ("qq号：10001", "qq号：1***1"),
                // a slash after the label (breaker round 95)
                (
                    "QQ/123456789 加我拉你进业主群",
                    "QQ/1*******9 加我拉你进业主群",
                ),
                ("扣扣 2233445566 联系", "扣扣 2********6 联系"),
                ("ＱＱ１２３４５６７", "ＱＱ１＊＊＊＊＊７"),
                ("有事联系Q：1234567890", "有事联系Q：1********0"),
                ("q: 12345678", "q: 1******8"),
                // spelt in numerals or spaced out
                ("QQ：一二三四五六七八九", "QQ：一＊＊＊＊＊＊＊九"),
                ("加我qq 1234 5678 9", "加我qq 1*** **** 9"),
                ("扣扣号是壹贰叁肆伍陆柒", "扣扣号是壹＊＊＊＊＊柒"),
                // breaker round 72: a lone Q's number spaced out, a space before 号
                ("Q：1 2 3 4 5 6 7 8 9", "Q：1 * * * * * * * 9"),
                ("扣扣 号 987654321", "扣扣 号 9*******1"),
            ],
        );
    }

    /// Kind: QQ groups, unlabelled numbers and glued labels stay.
    #[test]
    fn not_qq_numbers() {
        masks(
            "qq",
            &[
                ("QQ群123456789", "QQ群123456789"),
                ("号码123456789", "号码123456789"),
                ("xqq123456789", "xqq123456789"),
                ("QQ1234", "QQ1234"),
                // a lone Q needs its colon, and is no label inside a word
                ("Q1234567890", "Q1234567890"),
                ("FAQ：12345678", "FAQ：12345678"),
                ("FAQ：1 2 3 4 5 6", "FAQ：1 2 3 4 5 6"),
                (
                    "问题Q：1 2 3 4 5 6 哪个是正确答案？",
                    "问题Q：1 2 3 4 5 6 哪个是正确答案？",
                ),
                // too few numerals, a word's numeral, or a number glued to letters
                ("QQ三四五", "QQ三四五"),
                ("qq 12 34", "qq 12 34"),
                ("QQ 1234 5678 9abc", "QQ 1234 5678 9abc"),
            ],
        );
    }
}
