//! Normalizer 2: compatibility folding (Unicode NFKC), one character at a time.
//!
//! Full-width letters and digits (`ｖｘ`, `１５８`), circled and parenthesized numbers (`①`, `⑽`),
//! ligatures and compatibility ideographs fold to their plain forms. Done per character so that every
//! output character maps back to exactly one original character; an expansion (`⑩` -> `10`) maps all
//! its pieces to the same one.

use unicode_normalization::UnicodeNormalization;

/// Appends the NFKC form of `c` to `out`.
pub fn fold_into(c: char, out: &mut String) {
    // Fast paths: ASCII and the CJK Unified Ideographs blocks are already NFKC-stable, and they are
    // nearly all of the text this service sees.
    if c.is_ascii()
        || ('\u{4E00}'..='\u{9FFF}').contains(&c)
        || ('\u{3400}'..='\u{4DBF}').contains(&c)
    {
        out.push(c);
        return;
    }
    out.extend(std::iter::once(c).nfkc());
}

/// Whether `c` is in the CJK Unified Ideographs blocks (U+4E00–U+9FFF, Extension A U+3400–U+4DBF),
/// which NFKC leaves alone. The compatibility ideographs (U+F900–U+FAFF) are not: NFKC folds them.
pub fn is_unified_ideograph(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        let mut out = String::new();
        s.chars().for_each(|c| fold_into(c, &mut out));
        out
    }

    #[test]
    fn full_width_circled_and_compatibility_forms_fold() {
        assert_eq!(fold("ｖｘ１５８"), "vx158");
        assert_eq!(fold("①⑩"), "110");
        assert_eq!(fold("ＡＢＣ＊"), "ABC*");
        assert_eq!(fold("中文"), "中文");
        assert_eq!(
            fold("\u{F900}"),
            "\u{8C48}",
            "compatibility ideographs fold to unified ones"
        );
        assert_eq!(fold("\u{3000}"), " ", "ideographic space folds to a space");
    }
}
