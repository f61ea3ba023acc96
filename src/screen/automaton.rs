//! An aho-corasick automaton that reads characters, not UTF-8 bytes: the one pass over a text that
//! finds every occurrence of a set of patterns, used by the [lexicon matcher](super::lexicon) for
//! the terms and by [de-identification](super::deidentify) for its labels.
//!
//! The automaton does not read UTF-8. Each character of the text is given an id over the alphabet
//! of the patterns' own characters (every other character is id 0, which no pattern has), and the
//! id is written in one to three bytes (see `CharAutomaton::code`). Chinese takes 3 bytes a character
//! in UTF-8 and most characters of a text are in no pattern, so the automaton takes about a third
//! as many steps as over UTF-8 and is smaller. Every byte of a code is below 128, which halves the
//! DFA's rows against UTF-8's bytes: the built-in lexicons (15,480 forms) make a DFA of 37 MB, 63 MB
//! with ids written as UTF-8 (the process's peak RSS 174 MB against 196 MB), for 0.4 % more
//! instructions (callgrind, real drafts: 489.4 M against 487.3 M; more characters take two bytes).
//!
//! The codes are read straight into aho-corasick's DFA (or contiguous NFA), one byte at a time, as
//! the text's characters are read, in overlapping mode and with no prefilter. Measured on the real
//! drafts with callgrind: encoding each text into a buffer first and searching it with
//! aho-corasick's overlapping iterator cost 73 M instructions for the built-in lexicons, this
//! 57 M; the labels of de-identification, searched as four automata of at most 64 patterns each
//! with aho-corasick's SIMD prefilter (which stops at nearly every character of Chinese text),
//! cost 90 M.

use aho_corasick::automaton::Automaton;
use aho_corasick::{dfa, nfa, Anchored, BuildError, MatchKind};
use std::collections::HashMap;

/// Up to this many patterns the automaton is a DFA; beyond, a contiguous NFA. The built-in
/// lexicons make about 17,000 since each character of a pinyin-spelt term also has its toned
/// spelling (9,600 before; the whole process then holds 148 MB against 144 MB); as a contiguous
/// NFA they cost 6–16 % more screening instructions on real drafts (callgrind: 683 M against
/// 602 M; at 8,043 forms, 649 M against 613 M; at 13,946, 599 M against 541 M; at 16,941, 573 M
/// against about 495 M, when breaker round 93's terms crossed the former limit of 16,000 and
/// nobody noticed: `builtin_lexicons_are_searched_by_a_dfa` now says so). The limit leaves the
/// maintainers room to add terms before that step. A DFA over the 51k-term public lexicon would
/// take hundreds of MB.
pub const DFA_MAX_PATTERNS: usize = 24_000;

/// The largest character id: the number of codes of one, two and three bytes ([`code_of`]),
/// 18,332.
const MAX_ID: u32 = SINGLES + LEADS_2 * TRAILS + LEADS_3 * TRAILS * TRAILS;

/// The automaton over the patterns' codes.
enum Search {
    /// No pattern.
    Empty,
    /// Up to [`DFA_MAX_PATTERNS`] patterns.
    Dfa(dfa::DFA),
    /// Beyond.
    Nfa(nfa::contiguous::NFA),
}

/// Finds every occurrence of a set of patterns (strings of at least one character) in a text, in
/// one pass over its characters. `Send + Sync`; build once.
pub struct CharAutomaton {
    search: Search,
    /// The code of each BMP character ([`CharAutomaton::code`]): its bytes from the lowest, and
    /// their number in the top byte.
    codes: Box<[u32; 0x10000]>,
    /// The same for characters beyond the BMP in a pattern (any other has id 0: one byte 0).
    astral: HashMap<char, u32>,
}

impl CharAutomaton {
    /// The automaton over `patterns`, each found wherever it occurs (overlapping occurrences
    /// too). Pattern `k` is reported as `k`.
    ///
    /// # Errors
    /// aho-corasick's, when the automaton would exceed its limits on states.
    pub fn new(patterns: &[&str]) -> Result<CharAutomaton, BuildError> {
        let (codes, astral) = build_codes(patterns);
        let mut a = CharAutomaton {
            search: Search::Empty,
            codes,
            astral,
        };
        let encoded: Vec<Vec<u8>> = patterns.iter().map(|p| a.encode(p)).collect();
        a.search = if encoded.is_empty() {
            Search::Empty
        } else if encoded.len() <= DFA_MAX_PATTERNS {
            Search::Dfa(
                dfa::DFA::builder()
                    .match_kind(MatchKind::Standard)
                    .prefilter(false)
                    .build(&encoded)?,
            )
        } else {
            Search::Nfa(
                nfa::contiguous::NFA::builder()
                    .match_kind(MatchKind::Standard)
                    .prefilter(false)
                    .build(&encoded)?,
            )
        };
        Ok(a)
    }

    /// `"DFA"`, `"contiguous NFA"` or `"empty"`, for the log.
    pub fn kind(&self) -> &'static str {
        match self.search {
            Search::Empty => "empty",
            Search::Dfa(_) => "DFA",
            Search::Nfa(_) => "contiguous NFA",
        }
    }

    /// The automaton's heap size in bytes (without the 256 KiB code table).
    pub fn memory_usage(&self) -> usize {
        match &self.search {
            Search::Empty => 0,
            Search::Dfa(a) => a.memory_usage(),
            Search::Nfa(a) => a.memory_usage(),
        }
    }

    /// Calls `found(pattern, end, byte_end)` for every occurrence of a pattern in `text`, by end,
    /// and at one end in the automaton's order: `end` is the occurrence's end in code points of
    /// `text`, `byte_end` in bytes. (Its start is its pattern's length before.)
    pub fn each_match(&self, text: &str, found: impl FnMut(usize, usize, usize)) {
        match &self.search {
            Search::Empty => {}
            Search::Dfa(a) => self.scan(a, text, found),
            Search::Nfa(a) => self.scan(a, text, found),
        }
    }

    /// [`CharAutomaton::each_match`] on one kind of automaton. An occurrence can only end on the
    /// last byte of a character's code (the codes are self-synchronizing), so the state is looked
    /// at once per character.
    fn scan<A: Automaton>(&self, aut: &A, text: &str, mut found: impl FnMut(usize, usize, usize)) {
        let Ok(start) = aut.start_state(Anchored::No) else {
            return;
        };
        let mut sid = start;
        // A character no pattern has (code 0, the byte 0x00, which no other code contains) takes
        // every state back to the start: no pattern goes on through it. Most characters of a
        // text are such; for them the transition (a chain of failure links in the NFA) is skipped.
        let absent = code_of(0);
        // UTF-8 decoded here rather than with `char_indices`: the BMP's code points are all the
        // table needs, and this loop is the whole cost of the search (callgrind: 12 % fewer
        // screening instructions)
        let bytes = text.as_bytes();
        let (mut at, mut k) = (0, 0);
        while at < bytes.len() {
            let (code, len) = match bytes[at..] {
                [b0, ..] if b0 < 0x80 => (self.codes[usize::from(b0)], 1),
                [b0, b1, b2, ..] if (0xE0..0xF0).contains(&b0) => {
                    let cp = (usize::from(b0 & 0x0F) << 12)
                        | (usize::from(b1 & 0x3F) << 6)
                        | usize::from(b2 & 0x3F);
                    (self.codes[cp], 3)
                }
                [b0, b1, ..] if b0 < 0xE0 => (
                    self.codes[(usize::from(b0 & 0x1F) << 6) | usize::from(b1 & 0x3F)],
                    2,
                ),
                _ => {
                    let c = text[at..].chars().next().unwrap_or_default();
                    (self.code(c), c.len_utf8())
                }
            };
            at += len;
            k += 1;
            if code == absent {
                sid = start;
                continue;
            }
            // one to three bytes, the first always there
            sid = aut.next_state(Anchored::No, sid, code as u8);
            if code >= 2 << 24 {
                sid = aut.next_state(Anchored::No, sid, (code >> 8) as u8);
                if code >= 3 << 24 {
                    sid = aut.next_state(Anchored::No, sid, (code >> 16) as u8);
                }
            }
            if aut.is_special(sid) && aut.is_match(sid) {
                for i in 0..aut.match_len(sid) {
                    found(aut.match_pattern(sid, i).as_usize(), k, at);
                }
            }
        }
    }

    /// The code of `c` ([`code_of`] of its id): one byte for the characters of no pattern and for
    /// the 28 in the most patterns, two for the next 1,920, three for the others; the bytes from
    /// the lowest, and their number in the top byte. Like UTF-8 the codes are self-synchronizing:
    /// a pattern's code starts with a byte that no character's code holds inside it, so every
    /// occurrence starts and ends on a character.
    fn code(&self, c: char) -> u32 {
        if (c as u32) < 0x10000 {
            self.codes[c as usize]
        } else {
            self.astral.get(&c).copied().unwrap_or(1 << 24)
        }
    }

    /// The codes of `text`'s characters, one after the other (a pattern as the automaton reads it).
    fn encode(&self, text: &str) -> Vec<u8> {
        let mut out = Vec::with_capacity(text.len());
        for c in text.chars() {
            let code = self.code(c);
            out.extend_from_slice(&code.to_le_bytes()[..(code >> 24) as usize]);
        }
        out
    }

    /// How many bytes the codes of the BMP characters take: 1, 2 or 3 (for tests).
    #[cfg(test)]
    pub fn code_lengths(&self) -> std::collections::BTreeSet<u32> {
        self.codes.iter().map(|c| c >> 24).collect()
    }
}

/// The codes of the characters of `patterns` ([`CharAutomaton::code`]): ids 1 upwards, the
/// characters in the most patterns first (ties in code point order), so that they get the
/// shortest codes. Ids saturate at [`MAX_ID`]: characters beyond 18,332 distinct ones would share
/// an id and could produce spurious matches, but all the terms of every list together use far
/// fewer (the built-in lexicons about 1,800; with the 51k-term public lexicon about 5,000). Every other BMP character has id 0.
fn build_codes(patterns: &[&str]) -> (Box<[u32; 0x10000]>, HashMap<char, u32>) {
    let mut uses: HashMap<char, usize> = HashMap::new();
    for p in patterns {
        for c in p.chars() {
            *uses.entry(c).or_insert(0) += 1;
        }
    }
    let mut by_use: Vec<(char, usize)> = uses.into_iter().collect();
    by_use.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut bmp = Box::new([code_of(0); 0x10000]);
    let mut astral = HashMap::new();
    for (k, (c, _)) in by_use.into_iter().enumerate() {
        let code = code_of((k as u32 + 1).min(MAX_ID));
        if (c as u32) < 0x10000 {
            bmp[c as usize] = code;
        } else {
            astral.insert(c, code);
        }
    }
    (bmp, astral)
}

/// The code of id `id` ([`CharAutomaton::code`]): its bytes from the lowest up, and their number
/// in the top byte. Ids `1..=SINGLES` take one byte; the next `LEADS_2 * TRAILS` two, a lead and a
/// trail; the rest three, a lead and two trails. Leads and trails are apart, so no code ends where
/// another begins and an occurrence starts and ends on characters. All bytes are below 128: the
/// DFA keeps a row of transitions per state as wide as its byte classes rounded up to a power of
/// two, and bytes `0..=127` make 128 where UTF-8's make 256.
fn code_of(id: u32) -> u32 {
    let code = |bytes: &[u32]| {
        bytes
            .iter()
            .enumerate()
            .fold((bytes.len() as u32) << 24, |code, (k, b)| {
                code | b << (8 * k)
            })
    };
    if id <= SINGLES {
        return code(&[id]);
    }
    let j = id - SINGLES - 1;
    if j < LEADS_2 * TRAILS {
        return code(&[1 + SINGLES + j / TRAILS, FIRST_TRAIL + j % TRAILS]);
    }
    let j = j - LEADS_2 * TRAILS;
    code(&[
        1 + SINGLES + LEADS_2 + j / (TRAILS * TRAILS),
        FIRST_TRAIL + j / TRAILS % TRAILS,
        FIRST_TRAIL + j % TRAILS,
    ])
}

/// Ids of one byte ([`code_of`]).
const SINGLES: u32 = 28;
/// Leads of two-byte codes.
const LEADS_2: u32 = 30;
/// Leads of three-byte codes.
const LEADS_3: u32 = 4;
/// Trail bytes: `FIRST_TRAIL..FIRST_TRAIL + TRAILS`, the last below 128.
const TRAILS: u32 = 64;
const FIRST_TRAIL: u32 = 1 + SINGLES + LEADS_2 + LEADS_3;

/// 1,000 patterns of three characters each, 3,000 distinct ideographs from U+4E00 on: enough for
/// ids beyond 1,948, so codes of one, two and three bytes (for tests).
#[cfg(test)]
pub(crate) fn three_thousand_characters() -> Vec<String> {
    (0..1000u32)
        .map(|k| {
            (0..3)
                .map(|j| char::from_u32(0x4E00 + 3 * k + j).expect("an ideograph"))
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occurrences(a: &CharAutomaton, text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        a.each_match(text, |k, end, byte_end| out.push((k, end, byte_end)));
        out
    }

    /// Kind: offsets after emoji and astral characters; overlapping occurrences.
    #[test]
    fn every_occurrence_with_its_end_in_code_points_and_bytes() {
        let a = CharAutomaton::new(&["赌博", "网络赌博", "𠀀𠀁", "ab"]).unwrap();
        assert_eq!(a.kind(), "DFA");
        let mut found = occurrences(&a, "🎉网络赌博𠀀𠀁ab");
        found.sort_unstable();
        assert_eq!(found, [(0, 5, 16), (1, 5, 16), (2, 7, 24), (3, 9, 26)]);
        assert!(occurrences(&a, "博赌 a b").is_empty());
        assert!(occurrences(&CharAutomaton::new(&[]).unwrap(), "赌博").is_empty());
    }

    /// Codes of one, two and three bytes only ever match whole characters in order.
    #[test]
    fn codes_of_every_length_match_whole_characters() {
        let filler = three_thousand_characters();
        let patterns: Vec<&str> = filler.iter().map(String::as_str).collect();
        let a = CharAutomaton::new(&patterns).unwrap();
        assert_eq!(a.code_lengths(), [1, 2, 3].into());
        let last = filler.len() - 1;
        let text = format!("，{}。", filler[last]);
        assert_eq!(occurrences(&a, &text), [(last, 4, 12)]);
        // 七一丁丂七: 一丁丂 is the first pattern; 丂丁一丁 holds none
        assert_eq!(occurrences(&a, "七一丁丂七"), [(0, 4, 12)]);
        assert!(occurrences(&a, "丂丁一丁").is_empty());
    }

    #[test]
    fn every_id_has_its_own_code_of_bytes_below_128_that_no_code_holds_inside() {
        let bytes = |code: u32| code.to_le_bytes()[..(code >> 24) as usize].to_vec();
        let codes: Vec<Vec<u8>> = (0..=MAX_ID).map(|id| bytes(code_of(id))).collect();
        let distinct: std::collections::HashSet<&Vec<u8>> = codes.iter().collect();
        assert_eq!(distinct.len(), codes.len(), "one code per id");
        let firsts: std::collections::HashSet<u8> = codes.iter().map(|c| c[0]).collect();
        for c in &codes {
            assert!(c.iter().all(|&b| b < 128), "{c:?}");
            // a pattern starts with a first byte: none stands inside a code, so no occurrence
            // starts within a character
            assert!(c[1..].iter().all(|b| !firsts.contains(b)), "{c:?}");
        }
        assert_eq!(codes[1].len(), 1);
        assert_eq!(codes[SINGLES as usize + 1].len(), 2);
        assert_eq!(codes[MAX_ID as usize].len(), 3);
    }
}
