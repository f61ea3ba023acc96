//! Normalizer 5: noise characters, which a term may have between its characters.
//!
//! Spaces, punctuation and symbols (`* · - _ ￥ | 。 🎉`) are what evaders put between the characters
//! of a term (`代*开*发*票`). They are skipped in the compact text the automaton reads; the folded text
//! keeps them so that segmentation and digit runs see the real shape.

/// At most this many noise characters between two characters of a term. Longer runs are layout,
/// not evasion, and bridging them assembles terms from unrelated words.
pub const MAX_SKIPPED: usize = 3;

/// Whether `c` (already folded) is noise: anything that is not a letter or a number, and the
/// [bars](BARS) written as separators. That includes stars (`赌★博` is an evasion); a term that needs
/// one, such as the secrecy mark `秘密★`, has it checked on the folded text by the matcher.
pub fn is_noise(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    if super::width::is_unified_ideograph(c) {
        // fast path: `is_alphanumeric` is a slow table lookup for ideographs
        return is_bar_ideograph(c);
    }
    // The rest of the BMP (Chinese punctuation, mostly) from a bitmap computed once (8 KiB).
    static BMP: std::sync::LazyLock<Vec<u64>> = std::sync::LazyLock::new(|| {
        let mut bits = vec![0u64; 0x10000 / 64];
        for c in (0u32..0x10000).filter_map(char::from_u32) {
            if is_noise_uncached(c) {
                bits[c as usize / 64] |= 1 << (c as u32 % 64);
            }
        }
        bits
    });
    match BMP.get(c as usize / 64) {
        Some(word) => word >> (c as u32 % 64) & 1 == 1,
        None => is_noise_uncached(c),
    }
}

/// Letters that Chinese text only uses as separators: the stroke ideographs (see
/// [`is_bar_ideograph`]) and the katakana long-vowel mark `ー` (a dash in `网ー络`; NFKC has
/// already folded the half-width `ｰ` to it).
pub const BARS: [char; 4] = ['丨', '丶', '丿', 'ー'];

/// Whether `c` is one of the ideographs that are single strokes, which Chinese text only writes as
/// separators: `丨` (a vertical bar: the bar of `维西发布丨…` titles and of `赌丨博`), `丶` (a dot:
/// `赌丶博`, `丶` for `、` in netizens' writing) and `丿` (a slash: `网丿络`). Radicals, not words:
/// no dictionary word or term has one.
pub fn is_bar_ideograph(c: char) -> bool {
    matches!(c, '丨' | '丶' | '丿')
}

fn is_noise_uncached(c: char) -> bool {
    !c.is_alphanumeric() || BARS.contains(&c)
}

/// Whether `c` ends a line. A term never spans a line break.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}')
}

/// Whether folded `c` ends a clause (`，。！？；、` and their ASCII forms): a term is not read
/// across one unless each of its characters is set apart ([`super::Normalized::crosses_clause`]).
pub fn ends_clause(c: char) -> bool {
    matches!(
        c,
        ',' | '。' | '!' | '?' | ';' | '、' | '｡' | '，' | '！' | '？' | '；'
    )
}

/// Whether `c` (folded) separates the digits of one number: a decimal point or a thousands separator.
pub fn is_number_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '，' | '\'' | '٫' | '٬')
}

/// Whether `c` (folded) writes a range or a score between two numbers: `3-5日`, `3～5日` (folded
/// `~`), `89-64`, `89:64`, `89∶64` (the ratio colon), `3/5`.
pub fn is_range_mark(c: char) -> bool {
    matches!(c, '-' | '~' | '–' | '—' | ':' | '/' | '〜' | '∶')
}

/// Whether `c` (folded) is one of [`is_number_separator`]'s thousands separators, which join
/// groups of three digits only.
pub fn is_thousands_separator(c: char) -> bool {
    matches!(c, ',' | '，' | '\'' | '٬')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bitmap_agrees_with_the_definition() {
        for c in (0u32..0x10000).filter_map(char::from_u32) {
            assert_eq!(is_noise(c), is_noise_uncached(c), "{c:?}");
        }
        assert!(is_noise('🎉') && !is_noise('𠀀'));
    }

    #[test]
    fn separators_are_noise_letters_and_markers_are_not() {
        for c in [
            '*', '·', '-', '_', '¥', '|', ' ', '。', '，', '🎉', '\n', '\u{301}', '★', '☆', '丨',
            '丶', '丿', 'ー',
        ] {
            assert!(is_noise(c), "{c:?}");
        }
        for c in ['a', '9', '中', 'é'] {
            assert!(!is_noise(c), "{c:?}");
        }
    }
}
