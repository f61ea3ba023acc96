//! Normalizer 4: traditional to simplified Chinese.
//!
//! Uses the `fast2s` crate, which converts character for character (with a few context rules) and so
//! keeps every offset valid. `zhconv` was the other candidate: it converts by phrase with the
//! MediaWiki and OpenCC tables, which is more accurate for display but may change a text's length in
//! code points, and then the offset map back to the original breaks. For matching, character-level
//! conversion is what we need: `網絡賭博` -> `网络赌博`, `辦假證` -> `办假证`.

/// Converts `folded` to simplified Chinese. The result has exactly as many code points as the input;
/// if a conversion ever changed that, the input is returned unchanged rather than break the offsets.
pub fn to_simplified(folded: String) -> String {
    if folded.chars().all(|c| (c as u32) < 0x2E80) {
        return folded; // no CJK at all: nothing to convert
    }
    let converted = fast2s::convert(&folded);
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
        let s = "維西傈僳族自治縣人民政府發佈";
        assert_eq!(to_simplified(s.into()).chars().count(), s.chars().count());
    }
}
