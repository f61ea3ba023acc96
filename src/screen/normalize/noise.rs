//! Normalizer 5: noise characters, which a term may have between its characters.
//!
//! Spaces, punctuation and symbols (`* · - _ ￥ | 。 🎉`) are what evaders put between the characters
//! of a term (`代*开*发*票`). They are skipped in the compact text the automaton reads; the folded text
//! keeps them so that segmentation and digit runs see the real shape.

/// At most this many noise characters between two characters of a term. Longer runs are layout,
/// not evasion, and bridging them assembles terms from unrelated words.
pub const MAX_SKIPPED: usize = 3;

/// Whether `c` (already folded) is noise: anything that is not a letter or a number, except the
/// classification markers `★` and `☆`, which are part of secrecy marks such as `秘密★`.
pub fn is_noise(c: char) -> bool {
    if c.is_ascii() {
        return !c.is_ascii_alphanumeric();
    }
    if super::width::is_unified_ideograph(c) {
        return false; // fast path: `is_alphanumeric` is a slow table lookup for ideographs
    }
    !(c.is_alphanumeric() || c == '★' || c == '☆')
}

/// Whether `c` ends a line. A term never spans a line break.
pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0085}' | '\u{2028}' | '\u{2029}')
}

/// Whether `c` (folded) separates the digits of one number: a decimal point or a thousands separator.
pub fn is_number_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '，' | '\'' | '٫' | '٬')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_are_noise_letters_and_markers_are_not() {
        for c in [
            '*', '·', '-', '_', '¥', '|', ' ', '。', '，', '🎉', '\n', '\u{301}',
        ] {
            assert!(is_noise(c), "{c:?}");
        }
        for c in ['a', '9', '中', '★', '☆', 'é'] {
            assert!(!is_noise(c), "{c:?}");
        }
    }
}
