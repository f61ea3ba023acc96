//! Normalizer 4: traditional to simplified Chinese, and variant ideographs (异体字) to the
//! standard character.
//!
//! Uses the `fast2s` crate, which converts character for character (with a few context rules) and so
//! keeps every offset valid. `zhconv` was the other candidate: it converts by phrase with the
//! MediaWiki and OpenCC tables, which is more accurate for display but may change a text's length in
//! code points, and then the offset map back to the original breaks. For matching, character-level
//! conversion is what we need: `網絡賭博` -> `网络赌博`, `辦假證` -> `办假证`.
//!
//! Most text is already simplified, so a bitset of the characters fast2s would change lets the
//! conversion be skipped when a text has none of them (a characer that fast2s converts only in a
//! context, and never alone, does not trigger it; such a text is left as it is).

use std::sync::LazyLock;

/// One bit per BMP code point: set when fast2s converts the character on its own, or it is one of
/// the [`VARIANTS`] (all in the BMP).
static CONVERTIBLE: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    let mut buf = [0u8; 4];
    // fast2s only converts characters of three UTF-8 bytes: U+0800..=U+FFFF
    for cp in 0x0800u32..=0xFFFF {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let s = c.encode_utf8(&mut buf);
        if fast2s::convert(s) != *s {
            bits[cp as usize / 64] |= 1 << (cp % 64);
        }
    }
    for &(v, _) in VARIANTS {
        bits[v as usize / 64] |= 1 << (v as u32 % 64);
    }
    bits
});

/// Variant forms of ideographs (异体字) that fast2s leaves as they are, written to dodge filters
/// (`賭愽`), and the standard character each stands for.
const VARIANTS: &[(char, char)] = &[('愽', '博')];

/// Whether normalizer 4 changes `c` on its own (a bit lookup: asked of every ideograph).
pub fn convertible(c: char) -> bool {
    let cp = c as u32;
    cp < 0x10000 && CONVERTIBLE[cp as usize / 64] & (1 << (cp % 64)) != 0
}

/// Converts `folded` to simplified Chinese. The result has exactly as many code points as the input;
/// if a conversion ever changed that, the input is returned unchanged rather than break the offsets.
pub fn to_simplified(folded: String) -> String {
    if !folded.chars().any(convertible) {
        return folded;
    }
    let mut converted = fast2s::convert(&folded);
    if converted.contains(|c| VARIANTS.iter().any(|&(v, _)| v == c)) {
        converted = converted
            .chars()
            .map(|c| {
                VARIANTS
                    .iter()
                    .find(|&&(v, _)| v == c)
                    .map_or(c, |&(_, s)| s)
            })
            .collect();
    }
    if converted.chars().count() == folded.chars().count() {
        converted
    } else {
        folded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_becomes_simplified_with_the_same_length() {
        assert_eq!(to_simplified("網絡賭博".into()), "网络赌博");
        assert_eq!(to_simplified("專業辦假證".into()), "专业办假证");
        assert_eq!(to_simplified("abc".into()), "abc");
        assert_eq!(to_simplified("賭愽".into()), "赌博");
        assert_eq!(to_simplified("网络赌博".into()), "网络赌博");
        let s = "維西傈僳族自治縣人民政府發佈";
        assert_eq!(to_simplified(s.into()).chars().count(), s.chars().count());
    }
}
