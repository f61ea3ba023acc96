//! Detector: passport numbers (护照号码), only with a label.
//!
//! One or two letters and 6–9 digits (`E12345678`, `EA1234567`, older `G12345678`) or 9 digits (the
//! old `14xxxxxxx` series), right after `护照` in the same clause. Without the label such a token
//! is far more often a model, part or document number.
//!
//! Masking: the first and the last character stay (`E*******8`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::view::View;
use super::{Hit, PiiKind};
use regex::Regex;
use std::sync::LazyLock;

const LABELS: &[&str] = &["护照"];

static PASSPORT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("[A-Za-z]{1,2}[0-9]{6,9}|[0-9]{9}").expect("valid regex"));

/// Finds labelled passport numbers in `v`.
pub(super) fn detect(v: &View, out: &mut Vec<Hit>) {
    super::detect_labelled_document(v, &PASSPORT, 6, LABELS, 10, PiiKind::Passport, out);
}

#[cfg(test)]
mod tests {
    use super::super::tests::masks;

    /// Kind: passport numbers after a label.
    #[test]
    fn passports() {
        masks(
            "passport",
            &[
                ("护照号码：E12345678，", "护照号码：E*******8，"),
                ("护照EA1234567", "护照E*******7"),
                ("护照号 ｇ１２３４５６７８", "护照号 ｇ＊＊＊＊＊＊＊８"),
            ],
        );
    }

    /// Kind: the same shapes without a passport label stay.
    #[test]
    fn not_passports() {
        masks(
            "passport",
            &[
                ("型号E12345678", "型号E12345678"),
                ("E12345678", "E12345678"),
                ("护照已过期，编号E12345678", "护照已过期，编号E12345678"),
            ],
        );
    }
}
