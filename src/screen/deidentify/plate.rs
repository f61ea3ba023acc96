//! Detector: motor vehicle plates (机动车号牌, GA 36).
//!
//! A province abbreviation (`云`, `京`, ..., also in traditional script: `雲`, `粵`), a space or none, the issuing authority's letter, an
//! optional separator (`·`, `•`, `-`, space) and five serial characters with at least three
//! digits (`云R·A8X79`, `云 R A8X79`), or six for new-energy vehicles, starting or ending with
//! `D`/`F` (`云A·D12345`), or four and a special-use character (`学`, `警`, `挂`, ...). Taken
//! without a label: the shape is specific enough.
//! Nothing alphanumeric may follow it.
//!
//! Masking: the first and the last character stay, separators too (`云*·****9`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::mask::Plan;
use super::view::{glued, View};
use super::{each_match, Hit, PiiKind};
use regex::Regex;
use std::sync::LazyLock;

static PLATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼滬雲遼魯蘇贛陝閩貴粵寧瓊晉] ?[A-HJ-NP-Za-hj-np-z][·•・.\- ]?(?:[A-Za-z0-9]{5,6}|[A-Za-z0-9]{4}[挂学警港澳领试超])",
    )
    .expect("valid regex")
});

/// Finds vehicle plates in `v`.
pub(super) fn detect(v: &View, out: &mut Vec<Hit>) {
    let hay = &v.folded;
    for n in v.numbers(2) {
        // A serial of digits only (`云R·12345`) leaves the authority's letter outside the stretch,
        // before the separator: look for it there before running the pattern.
        if n.letters == 0
            && !hay[v.back(n.start, 2)..n.start]
                .chars()
                .any(|c| c.is_ascii_alphabetic())
        {
            continue;
        }
        // The province, the letter and a `·` may stand before the stretch (`云R·A8X79`, also
        // spaced: `云 R A8X79`), a special-use character after it (`粤B1234学`).
        let from = v.back(n.start, 4);
        let to = n.end + v.at(n.end).map_or(0, char::len_utf8);
        each_match(&PLATE, &hay[from..to], |a, b| {
            accept(v, from + a, from + b, out)
        });
    }
}

/// Checks a plate-shaped match at folded bytes `[s, e)` and records it.
fn accept(v: &View, s: usize, e: usize, out: &mut Vec<Hit>) -> bool {
    if v.at(e).is_some_and(glued) {
        return false;
    }
    // The serial: the letters and digits after the province and the authority's letter.
    let serial: Vec<char> = v.folded[s..e]
        .chars()
        .skip(1)
        .filter(|c| c.is_alphanumeric())
        .skip(1)
        .collect();
    let digits = serial.iter().filter(|c| c.is_ascii_digit()).count();
    let ok = match serial.len() {
        5 if serial[4].is_ascii_alphanumeric() => digits >= 3,
        5 => digits >= 2,
        6 => {
            let nev = |c: char| matches!(c.to_ascii_uppercase(), 'D' | 'F');
            (nev(serial[0]) || nev(serial[5])) && digits >= 4
        }
        _ => false,
    };
    if ok {
        out.push(v.hit(PiiKind::Plate, s, e, Plan::FIRST_AND_LAST));
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::super::tests::masks;

    /// Kind: vehicle plates.
    #[test]
    fn plates() {
        masks(
            "plate",
            &[
                // dev d51
                ("云R·A8X79这辆车天天乱停", "云*·****9这辆车天天乱停"),
                ("车牌云R12345", "车牌云*****5"),
                ("京A-12345", "京*-****5"),
                // the province in traditional script
                ("雲R·A8X79亂停車", "雲*·****9亂停車"),
                ("云A·D12345的新能源车", "云*·*****5的新能源车"),
                ("粤B1234学", "粤*****学"),
                ("云Ｒ１２３４５", "云＊＊＊＊＊５"),
                // a serial of digits only, after a separator
                (
                    "云R·12345这辆车天天停在人行道上",
                    "云*·****5这辆车天天停在人行道上",
                ),
                ("车牌号川A·66666", "车牌号川*·****6"),
                ("云A 88888停在门口", "云* ****8停在门口"),
                // spaced out on both sides of the letter
                (
                    "我的车牌是云 R A8X79，被人刮了",
                    "我的车牌是云 * ****9，被人刮了",
                ),
            ],
        );
    }

    /// Kind: things shaped a little like plates stay.
    #[test]
    fn not_plates() {
        masks(
            "plate",
            &[
                // too few digits, too long, letters glued after
                ("云ABCDE", "云ABCDE"),
                ("云R1234567", "云R1234567"),
                ("云R12345abc", "云R12345abc"),
                ("新A2区", "新A2区"),
                ("云南123", "云南123"),
                ("云R·1234", "云R·1234"),
                ("编号A·12345", "编号A·12345"),
            ],
        );
    }
}
