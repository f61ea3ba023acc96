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
//! screening, so the matcher only calls [`Segmenter::boundaries`] on a text in which some hit needs a
//! word-boundary verdict (with the built-in lexicons, about 2% of real drafts).
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
    /// skipped: jieba keeps Latin and digit runs whole anyway.
    pub fn with_terms<'a>(terms: impl IntoIterator<Item = &'a str>) -> Segmenter {
        let mut jieba = Jieba::new();
        for t in terms {
            if t.chars().count() >= 2 && t.chars().any(is_cjk) {
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
        let tokens = self.jieba.cut(text, false);
        let mut out = Vec::with_capacity(tokens.len() + 1);
        out.push(0);
        out.extend(tokens.iter().map(|t| t.end));
        out
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

/// Whether `c` is a CJK ideograph.
pub fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

/// Whether jieba treats `c` as part of a block it segments (CJK, ASCII alphanumerics and `+#&._%-`).
/// Segmenting any stretch that starts and ends at non-block characters gives the same tokens as
/// segmenting the whole text, which is what lets the matcher segment only around its hits.
pub fn is_block_char(c: char) -> bool {
    is_cjk(c) || c.is_ascii_alphanumeric() || matches!(c, '+' | '#' | '&' | '.' | '_' | '%' | '-')
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
