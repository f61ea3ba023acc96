//! Normalizer 1: invisible characters are removed before anything else.
//!
//! Zero-width and format characters are a classic way to split a term (`六\u{200b}合彩`) without a
//! visible change. They are dropped from the folded text entirely, so they do not count as noise
//! between a term's characters and word segmentation never sees them.

/// Whether `c` is a zero-width or format character: U+200B–U+200F (zero-width space, joiners, marks),
/// U+202A–U+202E and U+2066–U+2069 (bidi controls), U+2060–U+2064 (word joiner, invisible operators),
/// U+FEFF (BOM), U+00AD (soft hyphen), U+180E (Mongolian vowel separator), U+034F (grapheme joiner),
/// variation selectors U+FE00–U+FE0F and U+E0100–U+E01EF, tag characters U+E0000–U+E007F; and the
/// blank letters that display as nothing or a space: Hangul fillers U+115F, U+1160, U+3164 and
/// U+FFA0 (`六ㅤ合ㅤ彩`), and the blank Braille pattern U+2800.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}'
        | '\u{00AD}'
        | '\u{180E}'
        | '\u{034F}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{115F}'
        | '\u{1160}'
        | '\u{3164}'
        | '\u{FFA0}'
        | '\u{2800}'
        | '\u{E0000}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_width_and_format_characters_are_invisible() {
        for c in [
            '\u{200B}',
            '\u{200C}',
            '\u{200D}',
            '\u{FEFF}',
            '\u{00AD}',
            '\u{2060}',
            '\u{FE0F}',
            '\u{3164}',
            '\u{FFA0}',
            '\u{E0061}',
            '\u{E0101}',
        ] {
            assert!(is_invisible(c), "{:04X}", c as u32);
        }
        for c in ['a', '中', ' ', '\n', '·', '★'] {
            assert!(!is_invisible(c), "{c}");
        }
    }
}
