//! Word segmentation with jieba-rs, used to reject lexicon hits that cut through a word.
//!
//! Pipeline position: after normalization, consulted by the [`super::lexicon`] matcher. A hit that
//! cuts across jieba tokens is not a real occurrence of the term: `补偿办法轮流值班` segments as
//! 办法/轮流 and so does not contain 法轮; `一次性交纳` as 一次性/交纳, not 性交.
//!
//! The lexicon's terms are added to jieba's dictionary as user words with the frequency jieba itself
//! suggests (`suggest_freq`), so that a term is cut as one word where the text allows it
//! (`法轮功传单` -> 法轮功/传单) without outweighing ordinary words around it.
//!
//! # Cost
//! [`Segmenter::with_terms`] loads jieba's default dictionary (about 350k words, ~100 ms) and adds each
//! term (a suggest-freq cut per term: ~1 s for 50k terms). Segmenting is the most expensive step of
//! screening, so the matcher only segments the stretches of a text around hits that need a
//! word-boundary verdict ([`Segmenter::boundaries_in`]; with the built-in lexicons, about 6% of real
//! drafts have one).
//!
//! HMM is off: the HMM guesses new words from character statistics and can glue a term to its
//! neighbours (`毒品贩` as one "word"), hiding real hits. Dictionary-only segmentation is also
//! deterministic and faster.

use jieba_rs::Jieba;

/// jieba-rs behind a small type: build once, share (`Send + Sync`).
pub struct Segmenter {
    jieba: Jieba,
}

impl Segmenter {
    /// jieba's default dictionary plus `terms` as user words. Terms without any CJK character are
    /// skipped: jieba keeps Latin and digit runs whole anyway. A term given twice (a term and a
    /// gapped term's part, `内部资料` and `清理~内部资料`) is added once: each `add_word` asks
    /// jieba for a frequency again and may raise it, and how a text segments must not depend on
    /// how many lists mention a word.
    pub fn with_terms<'a>(terms: impl IntoIterator<Item = &'a str>) -> Segmenter {
        let mut jieba = Jieba::new();
        let mut added = std::collections::HashSet::new();
        for t in terms {
            if t.chars().count() >= 2 && t.chars().any(is_cjk) && added.insert(t) {
                jieba.add_word(t, None, None);
            }
        }
        Segmenter { jieba }
    }

    /// jieba's default dictionary only (the baseline of the benchmark).
    pub fn bare() -> Segmenter {
        Segmenter {
            jieba: Jieba::new(),
        }
    }

    /// Token boundaries of `text`, as code point offsets from its start: `0`, each token's end.
    pub fn boundaries(&self, text: &str) -> Vec<usize> {
        let mut out = vec![0];
        self.boundaries_in(text, 0, &mut out);
        out
    }

    /// Appends to `out` the end of each token of `stretch`, as code point offsets plus `offset`
    /// (the code point index of `stretch` in a longer text). When `stretch` is cut out of a longer
    /// text where no two [block characters](is_block_char) meet, these are exactly the boundaries
    /// segmenting the whole text gives inside it.
    pub fn boundaries_in(&self, stretch: &str, offset: usize, out: &mut Vec<usize>) {
        out.extend(
            self.jieba
                .cut(stretch, false)
                .iter()
                .map(|t| offset + t.end),
        );
    }

    /// Tokens of `text` with their part-of-speech tags from jieba's dictionary (`v` verb, `d`
    /// adverb, `n` noun, …; a user word added for a term has an empty tag): each token's end, as a
    /// code point offset from the start of `text`, and its tag.
    pub fn tagged<'a>(&'a self, text: &'a str) -> Vec<(usize, &'a str)> {
        self.jieba
            .tag(text, false)
            .into_iter()
            .map(|t| (t.end, t.tag))
            .collect()
    }

    /// Tokens of `text` (for tests and diagnostics).
    pub fn cut<'a>(&self, text: &'a str) -> Vec<&'a str> {
        self.jieba
            .cut(text, false)
            .into_iter()
            .map(|t| t.word)
            .collect()
    }
}

/// Whether `c` is a CJK ideograph: the ranges jieba-rs 0.11 segments as such (`is_cjk` there:
/// the unified ideographs, extensions A to F and I, and the compatibility ideographs).
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2A6DF}'
        | '\u{2A700}'..='\u{2B73F}'
        | '\u{2B740}'..='\u{2B81F}'
        | '\u{2B820}'..='\u{2CEAF}'
        | '\u{2CEB0}'..='\u{2EBEF}'
        | '\u{2F800}'..='\u{2FA1F}')
}

/// Whether jieba-rs treats `c` as part of a block it segments: the character class of its default
/// splitter (`is_han_default` in jieba-rs 0.11: [CJK ideographs](is_cjk), ASCII alphanumerics and
/// `+#&._%-`). Every other character is a token by itself. So cutting a text where a block
/// character does not meet another block character, and segmenting the pieces, gives the same
/// tokens as segmenting the whole text; [`Segmenter::boundaries_in`] relies on it.
pub fn is_block_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-');
    }
    is_cjk(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_inside_words_fall_inside_tokens() {
        let s = Segmenter::with_terms(["法轮", "法轮功", "性交"]);
        assert_eq!(s.cut("补偿办法轮流值班"), ["补偿", "办法", "轮流", "值班"]);
        let cut = s.cut("城乡居民医保费可一次性交纳");
        assert!(cut.contains(&"交纳"), "{cut:?}");
        let cut = s.cut("有人在散发法轮功传单");
        assert!(cut.contains(&"法轮功"), "{cut:?}");
    }

    #[test]
    fn boundaries_are_code_points() {
        let s = Segmenter::bare();
        let b = s.boundaries("🎉网络赌博");
        assert_eq!(b[0], 0);
        assert_eq!(*b.last().unwrap(), 5);
    }
}
