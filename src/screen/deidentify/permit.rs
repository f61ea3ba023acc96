//! Detector: travel permit numbers (港澳/台湾通行证, 回乡证, 台胞证), only with a label.
//!
//! Up to two letters and 7–10 digits (`C12345678`, `CA1234567`, `H1234567801`) or 8–10 digits
//! (台胞证), right after a permit's name in the same clause.
//!
//! Masking: the first and the last character stay (`C*******8`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::view::View;
use super::{Hit, PiiKind};
use regex::Regex;
use std::sync::LazyLock;

const LABELS: &[&str] = &[
    "通行证",
    "回乡证",
    "台胞证",
    "往来港澳",
    "往来台湾",
    "港澳居民来往内地",
    "台湾居民来往大陆",
];

static PERMIT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new("[A-Za-z]{1,2}[0-9]{7,10}|[0-9]{8,10}").expect("valid regex"));

/// Finds labelled travel permit numbers in `v`.
pub(super) fn detect(v: &View, out: &mut Vec<Hit>) {
    super::detect_labelled_document(v, &PERMIT, 7, LABELS, 12, PiiKind::Permit, out);
}

#[cfg(test)]
mod tests {
    use super::super::tests::masks;

    /// Kind: travel permit numbers after a label.
    #[test]
    fn permits() {
        masks(
            "permit",
            &[
                ("港澳通行证号C12345678", "港澳通行证号C*******8"),
                ("回乡证：H1234567801。", "回乡证：H*********1。"),
                ("台胞证12345678", "台胞证1******8"),
            ],
        );
    }

    /// Kind: the same shapes without a permit label stay.
    #[test]
    fn not_permits() {
        masks(
            "permit",
            &[
                ("批准文号C12345678", "批准文号C12345678"),
                ("共12345678人次", "共12345678人次"),
            ],
        );
    }
}
