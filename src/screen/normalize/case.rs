//! Normalizer 3: lower case, so `VX`, `Vx` and `vx` are one term; and a Latin letter with marks
//! on it is the letter, so pinyin written with its tones (`网络dǔ博`, `fǎ轮功`) reads as written
//! without them (`网络du博`; breaker round 70). A mark written as a character of its own
//! (`u` + U+030C) is already noise between a term's characters.

use unicode_normalization::char::decompose_canonical;

/// Appends the lower case of `c` to `out` (may be more than one character, e.g. `İ`), without the
/// marks on a Latin letter ([`unmarked`]).
pub fn fold_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if super::width::is_unified_ideograph(c) {
        out.push(c); // ideographs have no case; skips a slow table lookup on most of the text
    } else {
        out.extend(c.to_lowercase().map(unmarked));
    }
}

/// The ASCII letter `c` is with its diacritics taken off (`ǔ` -> `u`, `ü` -> `u`, `é` -> `e`):
/// the first character of its canonical decomposition (Unicode NFD), when that is an ASCII letter
/// and the rest are marks; any other `c` as it is.
pub fn unmarked(c: char) -> char {
    if c.is_ascii() || !matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}') {
        return c;
    }
    let mut base = None;
    decompose_canonical(c, |d| {
        if base.is_none() {
            base = Some(d);
        }
    });
    base.filter(char::is_ascii_alphabetic).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_fold_to_lower_case_without_marks() {
        let mut s = String::new();
        "VxQQ中Äǔ".chars().for_each(|c| fold_into(c, &mut s));
        assert_eq!(s, "vxqq中au");
    }

    /// Kind: pinyin with its tone marks (breaker round 70), and other Latin letters with
    /// diacritics, read as the plain letter; letters that are not a Latin letter with marks stay.
    #[test]
    fn marks_come_off_latin_letters() {
        for (marked, plain) in [
            ("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü", "aaaaeeeeiiiioooouuuuuuuuu"),
            ("ÁÉǓÜ", "AEUU"),
            ("ńňǹḿ", "nnnm"),
            ("ĉçşñ", "ccsn"),
        ] {
            let got: String = marked.chars().map(unmarked).collect();
            assert_eq!(got, plain, "{marked}");
        }
        for c in ['ß', 'ø', 'æ', 'ł', 'đ', 'ı', 'α', 'х', '中', '1'] {
            assert_eq!(unmarked(c), c);
        }
    }
}
