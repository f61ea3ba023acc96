//! Normalizer 2: compatibility folding (Unicode NFKC), one character at a time.
//!
//! Full-width letters and digits (`ｖｘ`, `１５８`), circled and parenthesized numbers (`①`, `⑽`),
//! ligatures and compatibility ideographs fold to their plain forms. Done per character so that every
//! output character maps back to exactly one original character; an expansion (`⑩` -> `10`) maps all
//! its pieces to the same one.

use unicode_normalization::UnicodeNormalization;

/// Appends the NFKC form of `c` to `out`; a radical of the CJK Radicals Supplement, which NFKC
/// leaves alone, becomes the ideograph it looks like ([`radical`]).
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
    if let Some(ideograph) = radical(c) {
        out.push(ideograph);
        return;
    }
    if let Some(digits) = dingbat_number(c) {
        out.push_str(digits);
        return;
    }
    out.extend(std::iter::once(c).nfkc());
}

/// The number a dingbat or double-circled digit writes (`❽` -> `8`, `➓` -> `10`, `⓵` -> `1`),
/// which NFKC leaves alone (it maps `①` and `⑴`, not these): evaders write `❽❾❻❹` and `❻合彩`,
/// and the de-identification view reads these digits too. `None` for other characters.
pub fn dingbat_number(c: char) -> Option<&'static str> {
    const DIGITS: [&str; 10] = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"];
    let at = |first: u32| DIGITS.get((c as u32 - first) as usize).copied();
    match c {
        // negative circled (❶..❿), sans-serif circled (➀..➉), negative sans-serif (➊..➓)
        '\u{2776}'..='\u{277F}' => at(0x2776),
        '\u{2780}'..='\u{2789}' => at(0x2780),
        '\u{278A}'..='\u{2793}' => at(0x278A),
        // double circled (⓵..⓾)
        '\u{24F5}'..='\u{24FE}' => at(0x24F5),
        _ => None,
    }
}

/// The ideograph a radical of the CJK Radicals Supplement (U+2E80–U+2EFF) stands for, by Unicode's
/// confusables (UTS #39, from `unicode-security`): `⻢` -> `马`, `⻩` -> `黄`, `⻓` -> `长`. Evaders
/// write them for the ideograph (`草泥⻢`); NFKC only maps the Kangxi radicals (U+2F00–U+2FDF).
/// `None` for other characters and for radicals without a one-character prototype.
pub fn radical(c: char) -> Option<char> {
    if !('\u{2E80}'..='\u{2EFF}').contains(&c) {
        return None;
    }
    let mut buf = [0u8; 4];
    let mut proto = unicode_security::confusable_detection::skeleton(c.encode_utf8(&mut buf));
    match (proto.next(), proto.next()) {
        (Some(p), None) if p != c => Some(p),
        _ => None,
    }
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
    fn dingbat_digits_fold_to_their_numbers() {
        assert_eq!(fold("❽❾❻❹"), "8964");
        assert_eq!(fold("➀➉➊➓⓵⓾"), "110110110");
        assert_eq!(fold("❻合彩"), "6合彩");
        assert_eq!(dingbat_number('⑴'), None, "NFKC's own");
    }

    #[test]
    fn radicals_fold_to_the_ideographs_they_look_like() {
        assert_eq!(fold("草泥⻢"), "草泥马");
        assert_eq!(fold("⻩片"), "黄片");
        assert_eq!(fold("⻓⻔"), "长门");
        assert_eq!(radical('马'), None);
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
