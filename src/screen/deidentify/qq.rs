//! Detector: QQ numbers, only with a label.
//!
//! 5–12 digits not starting with 0, right after `QQ`, `扣扣` or `企鹅号` (optionally `号`, `号码`,
//! `账号`, `是`, a colon or spaces in between), or after a lone `Q` and a colon (`Q：1234567890`).
//! A QQ *group* (`QQ群`) is not a person's and is not taken. The label must not be glued to other
//! ASCII letters (`xqq123456`, `FAQ：12345678`).
//!
//! Masking: the first and the last digit stay (`1*******9`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::mask::Plan;
use super::view::{glued, View};
use super::{each_capture, Hit, PiiKind};
use regex::Regex;
use std::sync::LazyLock;

static QQ: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:(?:qq|扣扣|企鹅号)(?:号码|号|账号|帐号)?(?:是|为)?[：: ]{0,2}|q[：:] ?)(?P<id>[1-9][0-9]{4,11})")
        .expect("valid regex")
});

/// Finds labelled QQ numbers in `v`: the regex only reads the stretches with five digits or more
/// and the few characters before them where the label is.
pub(super) fn detect(v: &View, out: &mut Vec<Hit>) {
    let hay = &v.folded;
    for st in v.numbers(5) {
        let from = v.back(st.start, 12);
        each_capture(&QQ, &hay[from..st.end], |caps| {
            let label = caps.get(0).expect("group 0");
            let id = caps.name("id").expect("id");
            let (l, s, e) = (from + label.start(), from + id.start(), from + id.end());
            if v.before(l).is_some_and(|c| c.is_ascii_alphanumeric()) || v.at(e).is_some_and(glued)
            {
                return false;
            }
            let plan = Plan::Keep {
                skip: 0,
                head: 1,
                tail: 1,
            };
            out.push(v.hit(PiiKind::Qq, s, e, plan));
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
                ("扣扣 2233445566 联系", "扣扣 2********6 联系"),
                ("ＱＱ１２３４５６７", "ＱＱ１＊＊＊＊＊７"),
                ("有事联系Q：1234567890", "有事联系Q：1********0"),
                ("q: 12345678", "q: 1******8"),
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
            ],
        );
    }
}
