//! One aho-corasick automaton over every term, and the rules that turn raw matches into hits.
//!
//! A raw match in the compact text (noise removed) becomes a hit only if:
//! 1. it skips only short noise runs and no line break ([`Normalized::bridges_only_noise`]), and,
//!    unless it is a check's vocabulary or an allow term, no clause end unless every character is
//!    set apart (`垃圾，乡政府` is no `垃圾乡政府`; [`Normalized::crosses_clause`]);
//! 2. a term that starts or ends with a digit or a Latin letter starts or ends a whole digit or
//!    letter run (`64` is not in `6400`, `ass` not in `classroom`), in every boundary mode;
//! 3. it is not inside a hit of an allow term (`三黄片` allows its `黄片`);
//! 4. in [`Boundary::Word`] mode, it does not straddle jieba tokens: either both its ends fall on
//!    token boundaries, or it lies inside a single token. `法轮` in `办法|轮流` and `性交` in
//!    `一次性|交纳` cut across two words and are rejected; `赌博` in the one token `聚众赌博` or
//!    `赌博机`, and `传销` in `非法传销`, are parts of a compound and kept, provided they share an end
//!    with that token (its prefix or suffix, not its middle). A one-character term must be a token by
//!    itself (`日` is not in `日期`). (Rejecting every hit with an end inside a token lost the compounds
//!    on real government replies.) Only the stretches around candidates that need this rule are
//!    segmented.
//!
//! A *gapped* term (`欠~工资`) is its parts in order in one clause of the folded text, at most
//! [`MAX_GAP`] characters between two (`欠我们八个月工资`); a term with a *number slot*
//! ([`NUMBER_MARK`]: `{n}死{n}伤`) has a number written right where the slot is (`2死3伤`,
//! `一死两伤`); one with a *surname slot* ([`SURNAME_MARK`]: `县委{姓}书记`) has a surname there
//! (`县委杨书记`). The automaton finds the longest part, the others, the numbers and the surnames
//! are read from there on the folded text, and the hit, from the first part's (or number's) start to the last
//! one's end, then goes through rules 3 and 4 like any other.
//!
//! The survivors are then chosen leftmost-longest and non-overlapping, separately for the project's
//! own screened terms, its check vocabularies (leader titles, units, decisions) and extra lexicons,
//! so that an added collection only adds findings (its `赌博机` does not swallow the built-in
//! `赌博`) and a name only hides the terms it contains (`民族宗教` inside `县民族宗教事务局`), not
//! one it overlaps (`决定任命` after `县人民政府决定`). The automaton itself runs in
//! overlapping mode so that a longer match rejected by rule 4 does not hide a shorter valid one at
//! the same place, which a leftmost-longest automaton would.

use super::{Boundary, TermMeta};
use crate::screen::automaton::CharAutomaton;
use crate::screen::deidentify::name::{surname_bytes_at_end, surname_bytes_at_start};
use crate::screen::normalize::{noise, Normalized};
use crate::screen::segment::{is_block_char, Segmenter};
use std::collections::HashMap;

/// A validated occurrence of a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Which distinct term (pattern) it is; see [`super::Lexicon::metas`].
    pub pattern: u32,
    /// Start, in code points of the original field.
    pub start: usize,
    /// End (exclusive), in code points of the original field.
    pub end: usize,
    /// Start, in characters of the folded text.
    pub folded_start: usize,
    /// End (exclusive), in characters of the folded text.
    pub folded_end: usize,
}

/// What separates the parts of a gapped term in a lexicon (`欠~工资`).
pub const GAP_MARK: char = '~';

/// Most folded characters between two parts of a gapped term.
pub const MAX_GAP: usize = 8;

/// A number slot in a term (`{n}死{n}伤`, `死亡{n}人`): a run of one to [`MAX_NUMBER`] ASCII digits
/// (full-width ones fold to these) or Chinese numerals (`〇零一二两三四五六七八九十百千万`) written
/// in its place, with nothing between it and the parts next to it. Casualty figures are written
/// this way (`致2死3伤`, `造成一死两伤`), and no list of terms can spell every number.
pub const NUMBER_MARK: &str = "{n}";

/// A surname slot in a term (`县委{姓}书记`): one known surname, single (`杨`, `和`) or compound
/// (`欧阳`), in its place, with nothing between it and the parts next to it: a leader named by
/// surname inside the title, as news writes it (`县委杨书记`, `县政协和主席`). Only between two
/// parts. The surnames are de-identification's list
/// ([`crate::screen::deidentify::name::surname_bytes_at_start`]).
pub const SURNAME_MARK: &str = "{姓}";

/// Surnames that, where a [`SURNAME_MARK`] slot stands in a title, are the title's qualifier
/// instead: `县委原书记` (former), `县委新书记`, `县委老书记`. (`时` is a surname there, `县委时书记`:
/// `时任` stands before the body, never inside the slot.)
const NOT_A_SLOT_SURNAME: &str = "原前新老现首";

/// Bytes of the surname of a [`SURNAME_MARK`] slot that `text` starts with (`at_start`) or ends
/// with: `None` when there is none.
fn slot_surname(text: &str, at_start: bool) -> Option<usize> {
    let n = if at_start {
        surname_bytes_at_start(text)
    } else {
        surname_bytes_at_end(text)
    };
    let surname = if at_start {
        &text[..n]
    } else {
        &text[text.len() - n..]
    };
    (n > 0
        && !(surname.chars().count() == 1
            && surname.chars().all(|c| NOT_A_SLOT_SURNAME.contains(c))))
    .then_some(n)
}

/// Most folded characters of the number in a [`NUMBER_MARK`] slot.
pub const MAX_NUMBER: usize = 6;

/// Whether `c` (folded) can be part of the number in a [`NUMBER_MARK`] slot: an ASCII digit (the
/// full-width ones fold to these) or a Chinese numeral.
fn is_numeral(c: char) -> bool {
    c.is_ascii_digit() || "〇零一二两三四五六七八九十百千万".contains(c)
}

/// What joins two parts of a term in a lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Joint {
    /// [`GAP_MARK`]: up to [`MAX_GAP`] characters of the same clause.
    Gap,
    /// [`NUMBER_MARK`]: a number.
    Number,
    /// [`SURNAME_MARK`]: a surname.
    Surname,
}

impl Joint {
    /// Bytes of what this slot reads at the start of `text` (`at_start`) or at its end: a number
    /// ([`number_len`]) or a surname ([`slot_surname`]); `None` when there is none, and for a gap,
    /// which is searched, not read in place.
    fn slot_bytes(self, text: &str, at_start: bool) -> Option<usize> {
        match self {
            Joint::Gap => None,
            Joint::Number if at_start => number_len(text.chars()),
            Joint::Number => number_len(text.chars().rev()),
            Joint::Surname => slot_surname(text, at_start),
        }
    }
}

/// A term cut at its marks: its parts (possibly empty at either end, where a number slot starts or
/// ends the term) and what joins each to the next (`parts.len() - 1` joints). See [`shape`].
fn cut_at_marks(term: &str) -> (Vec<&str>, Vec<Joint>) {
    let (mut parts, mut joints) = (Vec::new(), Vec::new());
    let (mut from, mut i) = (0, 0);
    while let Some(c) = term[i..].chars().next() {
        let joint = if c == GAP_MARK {
            Some((Joint::Gap, c.len_utf8()))
        } else if term[i..].starts_with(NUMBER_MARK) {
            Some((Joint::Number, NUMBER_MARK.len()))
        } else if term[i..].starts_with(SURNAME_MARK) {
            Some((Joint::Surname, SURNAME_MARK.len()))
        } else {
            None
        };
        match joint {
            Some((j, len)) => {
                parts.push(&term[from..i]);
                joints.push(j);
                i += len;
                from = i;
            }
            None => i += c.len_utf8(),
        }
    }
    parts.push(&term[from..]);
    (parts, joints)
}

/// A term with marks, cut at them.
struct Shape<'a> {
    /// The parts, in order, none empty.
    parts: Vec<&'a str>,
    /// What joins each part to the next (`parts.len() - 1` of them).
    joints: Vec<Joint>,
    /// A number slot before the first part (`{n}人死亡`).
    lead: bool,
    /// A number slot after the last part (`死亡{n}`).
    trail: bool,
}

/// The [`Shape`] of `term`: `None` for a term without marks, or one whose marks do not stand
/// between parts (`~工资`, `{n}{n}`, which are read as plain text).
fn shape(term: &str) -> Option<Shape<'_>> {
    let (mut parts, mut joints) = cut_at_marks(term);
    if joints.is_empty() {
        return None;
    }
    let lead = parts[0].is_empty() && joints[0] == Joint::Number;
    if lead {
        parts.remove(0);
        joints.remove(0);
    }
    let trail = parts.len() > 1
        && parts.last().is_some_and(|p| p.is_empty())
        && joints.last() == Some(&Joint::Number);
    if trail {
        parts.pop();
        joints.pop();
    }
    parts.iter().all(|p| !p.is_empty()).then_some(Shape {
        parts,
        joints,
        lead,
        trail,
    })
}

/// Whether `term` holds a [`GAP_MARK`], [`NUMBER_MARK`] or [`SURNAME_MARK`] that does not stand
/// between two parts (`~砍树`, `欠~~工资`, `{n}`, `{姓}书记`): such a term is read as plain text with
/// its marks and, as a maintainer meant it, never matches.
pub fn has_stray_marks(term: &str) -> bool {
    (term.contains(GAP_MARK) || term.contains(NUMBER_MARK) || term.contains(SURNAME_MARK))
        && shape(term).is_none()
}

/// The words of a term's [`TermForm`] compact text: the term, or the parts of a term with marks
/// (what the segmenter gets as user words).
pub fn words_of(form: &str) -> Vec<&str> {
    shape(form).map_or_else(|| vec![form], |s| s.parts)
}

/// Bytes of the number `chars` start with (a text's characters, or its characters backwards), for
/// a [`NUMBER_MARK`] slot: `None` when there is none or it runs longer than [`MAX_NUMBER`]
/// characters.
fn number_len(chars: impl Iterator<Item = char>) -> Option<usize> {
    let (mut n, mut bytes) = (0, 0);
    for c in chars.take_while(|&c| is_numeral(c)) {
        n += 1;
        bytes += c.len_utf8();
    }
    (1..=MAX_NUMBER).contains(&n).then_some(bytes)
}

struct Pattern {
    text: String,
    /// The parts of a term with marks (gapped or with number slots), in order (compact forms);
    /// empty for any other term.
    parts: Vec<String>,
    /// What joins each part to the next (`parts.len() - 1` of them).
    joints: Vec<Joint>,
    /// A number slot before the first part, and after the last.
    lead: bool,
    trail: bool,
    /// Which part the automaton finds a gapped term by: its longest, the last of those (one
    /// character such as the 欠 of `欠~工资` occurs all over the text).
    anchor: usize,
    entries: Vec<usize>,
    boundary: Boundary,
    allow: bool,
    /// Some entry is written across a clause's end (`!隐私，不得外传`), which the compact form
    /// drops.
    across_clauses: bool,
    /// Some entry comes from the project's own lexicons (not only from extra ones).
    own: bool,
    /// Every entry is a vocabulary for a check ([`super::Role::Reference`]: a leader title, a unit),
    /// none a screened term.
    reference: bool,
    first: char,
    last: char,
    single: bool,
    /// Noise characters the term starts with (folded), required before the match: most terms have
    /// none; a classification mark written into a term is one (`★秘密`).
    head: Vec<char>,
    /// Noise characters the term ends with (folded), required after the match (`秘密★`): the
    /// automaton reads the text without noise, so these are checked on the folded text.
    tail: Vec<char>,
}

impl Pattern {
    /// What the automaton searches for: the term, or a gapped term's anchor part.
    fn searched(&self) -> &str {
        self.parts.get(self.anchor).unwrap_or(&self.text)
    }
}

/// The compiled automaton ([`CharAutomaton`], over the compact text) and per-pattern data.
///
/// One-character terms are in the automaton like the others (public collections have hundreds):
/// the search reads every character anyway, and a match costs it one push. (With aho-corasick's
/// overlapping iterator they made the search markedly slower and were looked up in a bitmap in a
/// second pass over the text; callgrind with the 51k-term lexicon: that pass was 28 M
/// instructions.)
pub struct Matcher {
    ac: CharAutomaton,
    /// Automaton pattern id -> index into `patterns`. A gapped term is in the automaton by its
    /// anchor part, from which `Matcher::gap_span` reads on both ways (searching the text for
    /// each gapped term on its own cost a fifth of all screening instructions).
    ac_patterns: Vec<u32>,
    /// The length in code points of each of the automaton's patterns (as `ac_patterns`).
    ac_lens: Vec<u32>,
    /// One-character terms with marks before them (`+v`) or only after them (`赞！`): found by
    /// searching for their last mark before, or for the character itself, not by looking at every
    /// character as other terms are (that cost 4 % of all screening instructions for two such terms,
    /// and `赞！` alone 6 %: `！` is everywhere). Indices into `patterns`, each with the searcher
    /// of what is searched for, built once (building one per text cost 1.7 M instructions on
    /// the real drafts).
    marked_singles: Vec<(u32, memchr::memmem::Finder<'static>)>,
    patterns: Vec<Pattern>,
}

/// What the matcher makes of a term: its compact form (normalized, noise removed) and the noise
/// characters it starts and ends with, which must stand next to a match (`秘密★`, `不得不说，`).
/// Two terms of the same form are one pattern.
pub type TermForm = (String, Vec<char>, Vec<char>);

/// The [`TermForm`] of `term`. A gapped term's compact form is its parts' compact forms joined
/// by their marks ([`GAP_MARK`], [`NUMBER_MARK`]), without noise marks.
pub fn term_form(term: &str) -> TermForm {
    if let Some(shape) = shape(term) {
        let parts: Vec<String> = shape
            .parts
            .iter()
            .map(|p| Normalized::new(p).compact)
            .collect();
        if parts.iter().all(|p| !p.is_empty()) {
            let mut form = String::new();
            if shape.lead {
                form.push_str(NUMBER_MARK);
            }
            for (i, part) in parts.iter().enumerate() {
                match i.checked_sub(1).map(|j| shape.joints[j]) {
                    Some(Joint::Gap) => form.push(GAP_MARK),
                    Some(Joint::Number) => form.push_str(NUMBER_MARK),
                    Some(Joint::Surname) => form.push_str(SURNAME_MARK),
                    None => {}
                }
                form.push_str(part);
            }
            if shape.trail {
                form.push_str(NUMBER_MARK);
            }
            return (form, Vec::new(), Vec::new());
        }
    }
    let n = Normalized::new(term);
    let head: Vec<char> = n
        .folded
        .chars()
        .take_while(|&c| noise::is_noise(c))
        .collect();
    let mut tail: Vec<char> = n
        .folded
        .chars()
        .rev()
        .take_while(|&c| noise::is_noise(c))
        .collect();
    tail.reverse();
    (n.compact, head, tail)
}

/// Where `marks` (noise characters a term ends with, such as the `★` of `秘密★`) end when they
/// follow folded character `fe`, allowing up to [`noise::MAX_SKIPPED`] spaces before them (`秘密 ★`);
/// `None` when they do not follow. Empty marks end at `fe`.
fn marks_after(text: &Normalized, fe: usize, marks: &[char]) -> Option<usize> {
    if marks.is_empty() {
        return Some(fe);
    }
    let mut k = fe;
    while k - fe < noise::MAX_SKIPPED && text.folded_char(k) == Some(' ') {
        k += 1;
    }
    for &m in marks {
        (text.folded_char(k) == Some(m)).then_some(())?;
        k += 1;
    }
    Some(k)
}

/// The same before folded character `fs`, for marks a term starts with: where they start.
fn marks_before(text: &Normalized, fs: usize, marks: &[char]) -> Option<usize> {
    if marks.is_empty() {
        return Some(fs);
    }
    let mut k = fs;
    while fs - k < noise::MAX_SKIPPED && k > 0 && text.folded_char(k - 1) == Some(' ') {
        k -= 1;
    }
    for &m in marks.iter().rev() {
        (k > 0 && text.folded_char(k - 1) == Some(m)).then_some(())?;
        k -= 1;
    }
    Some(k)
}

#[derive(Clone, Copy)]
struct Candidate {
    pattern: u32,
    fs: usize,
    fe: usize,
}

const DIGIT: u8 = 0;

/// Characters that join two digit groups into one number: a decimal point or thousands separator
/// as normalization knows them ([`noise::is_number_separator`]: `8964.5`, `3.8964亿`,
/// `1,896,400`) or the single space or hyphen of a grouped phone or card number (`139 8964 1234`,
/// `139-8964-1234`). A digit term next to one of them, with a digit beyond, is part of that number.
fn joins_digits(c: char) -> bool {
    noise::is_number_separator(c) || matches!(c, ' ' | '-')
}

fn run_class(c: char) -> Option<u8> {
    if c.is_ascii_digit() {
        Some(DIGIT)
    } else if c.is_ascii_alphabetic() {
        Some(1)
    } else {
        None
    }
}

impl Matcher {
    /// Compiles the distinct compact forms of `metas`' terms.
    pub fn build(metas: &[TermMeta]) -> Matcher {
        let mut index: HashMap<TermForm, usize> = HashMap::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        for (i, m) in metas.iter().enumerate() {
            let key = term_form(&m.term);
            let (text, head, tail) = key.clone();
            let Some(first) = text.chars().next() else {
                continue;
            };
            let last = text.chars().next_back().unwrap_or(first);
            let single = text.chars().count() == 1;
            let (parts, joints, lead, trail) = match shape(&text) {
                Some(s) => (
                    s.parts.into_iter().map(str::to_owned).collect(),
                    s.joints,
                    s.lead,
                    s.trail,
                ),
                None => (Vec::new(), Vec::new(), false, false),
            };
            let k = *index.entry(key).or_insert_with(|| {
                let anchor = (0..parts.len())
                    .max_by_key(|&i| parts[i].chars().count())
                    .unwrap_or(0);
                patterns.push(Pattern {
                    text,
                    parts,
                    joints,
                    lead,
                    trail,
                    anchor,
                    entries: Vec::new(),
                    boundary: Boundary::Word,
                    allow: false,
                    across_clauses: false,
                    own: false,
                    reference: true,
                    first,
                    last,
                    single,
                    head,
                    tail,
                });
                patterns.len() - 1
            });
            let p = &mut patterns[k];
            p.entries.push(i);
            if m.boundary == Boundary::Substring {
                p.boundary = Boundary::Substring;
            }
            p.allow |= m.allow;
            p.across_clauses |= m.term.chars().any(noise::ends_clause);
            p.own |= !m.extra;
            p.reference &= m.role == super::Role::Reference;
        }
        let mut ac_patterns = Vec::new();
        let mut marked_singles = Vec::new();
        for (k, p) in patterns.iter().enumerate() {
            if p.single && (!p.head.is_empty() || !p.tail.is_empty()) {
                // the last mark before the character, or the character itself
                let searched = p.head.last().copied().unwrap_or(p.first);
                let mut utf8 = [0; 4];
                let needle = searched.encode_utf8(&mut utf8).as_bytes();
                marked_singles.push((k as u32, memchr::memmem::Finder::new(needle).into_owned()));
            } else {
                ac_patterns.push(k as u32);
            }
        }
        let ac_lens = ac_patterns
            .iter()
            .map(|&k| patterns[k as usize].searched().chars().count() as u32)
            .collect();
        let searched: Vec<&str> = ac_patterns
            .iter()
            .map(|&k| patterns[k as usize].searched())
            .collect();
        let ac = CharAutomaton::new(&searched).expect("automaton over validated, non-empty terms");
        tracing::debug!(
            patterns = searched.len(),
            kind = ac.kind(),
            bytes = ac.memory_usage(),
            "词表自动机已构建"
        );
        Matcher {
            ac,
            ac_patterns,
            ac_lens,
            marked_singles,
            patterns,
        }
    }

    /// The kind of automaton the terms are searched with: `"DFA"`, `"contiguous NFA"` or `"empty"`
    /// ([`crate::screen::automaton::DFA_MAX_PATTERNS`] decides).
    pub fn automaton_kind(&self) -> &'static str {
        self.ac.kind()
    }

    /// Entry indices (into the lexicon's metas) of a pattern.
    pub fn entries(&self, pattern: u32) -> &[usize] {
        &self.patterns[pattern as usize].entries
    }

    /// Every distinct compact term (one with marks written with them) and the indices of the
    /// lexicon entries it stands for.
    pub fn pattern_entries(&self) -> impl Iterator<Item = (&str, &[usize])> {
        self.patterns
            .iter()
            .map(|p| (p.text.as_str(), p.entries.as_slice()))
    }

    /// Every distinct compact term, and each part of a term with marks.
    pub fn patterns(&self) -> impl Iterator<Item = &str> {
        self.patterns.iter().flat_map(|p| words_of(&p.text))
    }

    /// The folded range of a term with marks whose anchor part the automaton found at folded
    /// `[fs, fe)`: the parts after it in order, the parts before it in reverse order, each in the
    /// same clause and at most [`MAX_GAP`] folded characters from its neighbour across a gap, right
    /// after (before) a number across a number slot; and the numbers of slots at either end.
    /// `None` when one is missing.
    fn gap_span(text: &Normalized, p: &Pattern, fs: usize, fe: usize) -> Option<(usize, usize)> {
        let hay = text.folded.as_str();
        // the parts of a term with marks are never read across a clause's end or a line break
        let in_clause = |c: char| !(noise::ends_clause(c) || noise::is_line_break(c));
        let mut end = text.folded_byte_range(fe, fe).start;
        for (part, joint) in p.parts[p.anchor + 1..].iter().zip(&p.joints[p.anchor..]) {
            if *joint != Joint::Gap {
                end += joint.slot_bytes(&hay[end..], true)?;
                hay[end..].starts_with(part.as_str()).then_some(())?;
                end += part.len();
                continue;
            }
            let window = hay[end..]
                .char_indices()
                .take(MAX_GAP + part.chars().count())
                .take_while(|&(_, c)| in_clause(c))
                .last()
                .map_or(end, |(i, c)| end + i + c.len_utf8());
            end += hay[end..window].find(part.as_str())? + part.len();
        }
        if p.trail {
            end += Joint::Number.slot_bytes(&hay[end..], true)?;
        }
        let mut start = text.folded_byte_range(fs, fs).start;
        for (part, joint) in p.parts[..p.anchor].iter().zip(&p.joints).rev() {
            if *joint != Joint::Gap {
                start -= joint.slot_bytes(&hay[..start], false)?;
                hay[..start].ends_with(part.as_str()).then_some(())?;
                start -= part.len();
                continue;
            }
            let window = hay[..start]
                .char_indices()
                .rev()
                .take(MAX_GAP + part.chars().count())
                .take_while(|&(_, c)| in_clause(c))
                .last()
                .map_or(start, |(i, _)| i);
            start = window + hay[window..start].rfind(part.as_str())?;
        }
        if p.lead {
            start -= Joint::Number.slot_bytes(&hay[..start], false)?;
        }
        Some((
            text.folded_char_at_byte(start),
            text.folded_char_at_byte(end),
        ))
    }

    /// Hits in `text`, leftmost-longest, non-overlapping, by start. With `segmenter` `None` the word
    /// boundary rule is skipped (to measure what it saves).
    pub fn find(&self, text: &Normalized, segmenter: Option<&Segmenter>) -> Vec<Hit> {
        // each occurrence judged as the automaton reports it, rather than gathered into a list
        // first (callgrind, real drafts: Matcher::find 83.9 M -> 82.3 M instructions)
        let mut cands = Vec::new();
        self.ac.each_match(&text.compact, |k, end, _| {
            let cs = end - self.ac_lens[k] as usize;
            self.consider(text, self.ac_patterns[k], cs, end, &mut cands);
        });
        for (pattern, cs, ce) in self.marked_single_hits(text) {
            self.consider(text, pattern, cs, ce, &mut cands);
        }
        if cands.is_empty() {
            return Vec::new();
        }
        // by start (the boundary rule segments in that order), longest first, an allow term before
        // a term of the same span
        cands.sort_by(|a, b| {
            let allow = |c: &Candidate| self.patterns[c.pattern as usize].allow;
            a.fs.cmp(&b.fs)
                .then(b.fe.cmp(&a.fe))
                .then(allow(b).cmp(&allow(a)))
        });
        let mut boundaries = Boundaries::default();
        let mut stands = |p: &Pattern, c: &Candidate| match (p.boundary, segmenter) {
            (Boundary::Word, Some(seg)) => {
                boundaries.stands_as_word(text, seg, c.fs, c.fe, p.single)
            }
            _ => true,
        };
        // An allow term hides the hits inside it only where it stands as a word itself, like a
        // term: `!六四开` (a ratio) is no allow in `六四开枪` (六四/开枪), nor `!地震局` in
        // `地震局部地区` (breaker round 77). An allow covering a candidate starts at or before it,
        // so it has been judged when the candidate comes.
        // An allow read across a clause's end ([`allows_across_clauses`]) hides a hit only where
        // it takes the other clause whole, or is written with the mark itself.
        let mut allows: Vec<(usize, usize, bool)> = Vec::new();
        cands.retain(|c| {
            let p = &self.patterns[c.pattern as usize];
            if p.allow {
                if stands(p, c) {
                    allows.push((c.fs, c.fe, p.across_clauses));
                }
                return false;
            }
            !allows.iter().any(|&(s, e, written)| {
                s <= c.fs
                    && c.fe <= e
                    && (written || allows_across_clauses(text, (s, e), (c.fs, c.fe)))
            }) && stands(p, c)
        });
        // leftmost-longest among the survivors (still by start, longest first), in three groups each
        // on its own: the own lexicons' screened terms, their check vocabularies, extra lexicons
        let group = |c: &Candidate| {
            let p = &self.patterns[c.pattern as usize];
            match (p.own, p.reference) {
                (true, false) => 0,
                (true, true) => 1,
                (false, _) => 2,
            }
        };
        let mut hits = Vec::new();
        let mut vocabulary = Vec::new();
        for g in 0..3 {
            let mut next_free = 0;
            for c in cands.iter().filter(|c| group(c) == g) {
                if c.fs < next_free {
                    continue;
                }
                next_free = c.fe;
                if g == 1 {
                    vocabulary.push((c.fs, c.fe));
                }
                // combining marks after the last character are drawn on it (`法̶轮̶功̶`): the
                // evasion's span holds them, as it holds those between the characters
                let mut marked_end = c.fe;
                while text
                    .folded_char(marked_end)
                    .is_some_and(unicode_normalization::char::is_combining_mark)
                {
                    marked_end += 1;
                }
                let (start, end) = text.original_range(c.fs, marked_end);
                hits.push(Hit {
                    pattern: c.pattern,
                    start,
                    end,
                    folded_start: c.fs,
                    folded_end: c.fe,
                });
            }
        }
        // A name of the vocabulary is that name, not the terms inside it (`民族宗教` in
        // `县民族宗教事务局`); a term that runs on past a name (`决定任命` after `县人民政府决定`) is
        // still a term.
        hits.retain(|h| {
            let p = &self.patterns[h.pattern as usize];
            !p.own
                || p.reference
                || !vocabulary
                    .iter()
                    .any(|&(s, e)| s <= h.folded_start && h.folded_end <= e)
        });
        hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
        hits
    }
}

impl Matcher {
    /// The candidate that compact occurrence `[cs, ce)` of `pattern` makes, if any, pushed onto
    /// `cands` (see [`Matcher::find`]).
    fn consider(
        &self,
        text: &Normalized,
        pattern: u32,
        cs: usize,
        ce: usize,
        cands: &mut Vec<Candidate>,
    ) {
        if !text.bridges_only_noise(cs, ce) {
            return;
        }
        let p = &self.patterns[pattern as usize];
        // A check's vocabulary (`县委、县政府主要领导`, `经县委、县政府研究，决定`) and an allow
        // term's context (`版权所有，不得翻印`) are read across their own commas; a screened
        // term is a word of one clause.
        if !p.reference && !p.allow && text.crosses_clause(cs, ce) {
            return;
        }
        // A hard wrap is bridged for a term the word-boundary rule judges (`卖冰\n毒`), not for
        // one matched as a substring (`人\n渣土车`); an allow term reads across it as across
        // everything (`养狗\n官网上查不到` is no 狗官).
        if !p.allow && p.boundary != Boundary::Word && text.wrapped_across(cs, ce) {
            return;
        }
        let (mut fs, mut fe) = text.folded_range(cs, ce);
        if !p.parts.is_empty() {
            if let Some((fs, fe)) = Self::gap_span(text, p, fs, fe) {
                cands.push(Candidate { pattern, fs, fe });
            }
            return;
        }
        if !p.head.is_empty() || !p.tail.is_empty() {
            match (
                marks_before(text, fs, &p.head),
                marks_after(text, fe, &p.tail),
            ) {
                (Some(s), Some(e)) => (fs, fe) = (s, e),
                _ => return,
            }
        }
        // a thousands separator joins groups of at most three digits: a term of four or more
        // is no group of one (`8964，1989年` is a date and a year, not 8,964,1989)
        let grouped = p.text.chars().count() <= 3;
        let extends_run = |neighbour: Option<char>, beyond: Option<char>, own: char| {
            let class = run_class(own);
            class.is_some()
                && (neighbour.and_then(run_class) == class
                    || (class == Some(DIGIT)
                        && neighbour.is_some_and(|c| {
                            joins_digits(c) && (grouped || !noise::is_thousands_separator(c))
                        })
                        && beyond.is_some_and(|c| c.is_ascii_digit()))
                    // a plate: its letter, a dot, the digits (`云R·8964Q`: breaker round 87;
                    // a hyphen after letters was taken back, `RIP-8964`, `T-8964` are hits)
                    || (class == Some(DIGIT)
                        && neighbour == Some('·')
                        && beyond.is_some_and(|c| c.is_ascii_alphabetic())))
        };
        let at = |k: Option<usize>| k.and_then(|k| text.folded_char(k));
        // (a plate's letter before the dot is one letter after a province's character:
        // `云R·8964Q`; `RIP·8964`, `勿忘 T·8964`, `永远记得V·8964` are no plates)
        let plate = at(fs.checked_sub(1)) != Some('·')
            || at(fs.checked_sub(3)).is_some_and(|c| {
                "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼".contains(c)
            });
        if (extends_run(at(fs.checked_sub(1)), at(fs.checked_sub(2)), p.first) && plate)
            || (extends_run(at(Some(fe)), at(Some(fe + 1)), p.last) && at(Some(fe)) != Some('·'))
        {
            return;
        }
        cands.push(Candidate { pattern, fs, fe });
    }

    /// (pattern, compact start, compact end) of every one-character term with marks in `text`: the
    /// character right after its marks before (or after a few spaces), or, with marks only after
    /// it, the character wherever it stands; the marks themselves are checked with every other
    /// term's.
    fn marked_single_hits(&self, text: &Normalized) -> Vec<(u32, usize, usize)> {
        let mut out = Vec::new();
        for (k, finder) in &self.marked_singles {
            let k = *k;
            let p = &self.patterns[k as usize];
            // the marks after the character are checked with the other candidates' in `find`
            let before = !p.head.is_empty();
            // memmem, not `str::match_indices`: a char search scans for its last UTF-8 byte, which
            // one CJK character in 64 shares
            for b in finder.find_iter(text.folded.as_bytes()) {
                let mut f = text.folded_char_at_byte(b);
                if before {
                    let after = text.folded_char_at_byte(b + finder.needle().len());
                    f = after;
                    while f - after < noise::MAX_SKIPPED && text.folded_char(f) == Some(' ') {
                        f += 1;
                    }
                }
                if text.folded_char(f) == Some(p.first) {
                    if let Some(c) = text.compact_index(f) {
                        out.push((k, c, c + 1));
                    }
                }
            }
        }
        out
    }
}

/// Whether an allow term's hit over folded characters `allow` may hide the hit `term` inside it,
/// as far as clauses go. An allow whose context comes after its term (`!地震预警`, `!狗官网`) is
/// no context of the term where the term ends its clause and the context opens the next one:
/// `!狗官网` in `狗官，网友们都看着呢`, `!地震预警` in `发生地震，预警系统提前发出警报`, `!大麻烦`
/// in `本地有大麻，烦请私聊` (breaker round 88: these hid the term), unless the allow takes that
/// clause whole (`法轮、双鹿。`). Context before the term (`!姓名请勿公开` in `我的姓名，请勿公开`,
/// `!警惕刷单` in `大家要警惕，刷单就是诈骗`) and context that starts in the term's own clause
/// (`!地震来了怎么办` in `地震来了，怎么办才能…`) reads across the clause's end as before. An
/// allow written with the mark (`!版权所有，不得翻印`) is not asked.
fn allows_across_clauses(text: &Normalized, allow: (usize, usize), term: (usize, usize)) -> bool {
    let (_, e) = allow;
    let ends = |k: usize| {
        text.folded_char(k)
            .is_some_and(|c| noise::ends_clause(c) || noise::is_line_break(c))
    };
    // the term's clause ends right after it: nothing but noise up to a clause's end
    let Some(j) = (term.1..e).find(|&k| ends(k)) else {
        return true;
    };
    let ends_its_clause = (term.1..j).all(|k| text.folded_char(k).is_none_or(noise::is_noise));
    let closes = |k: usize| text.folded_char(k).is_none_or(noise::is_noise);
    !ends_its_clause || closes(e)
}

/// Token boundaries of one text, segmented stretch by stretch as candidates need them: a text
/// without word-mode candidates is never segmented, and only the blocks that hold a candidate are
/// (with the 51k-term public lexicon, 54 % of the real drafts' characters instead of 85 % when
/// each stretch ran on for at least 64 characters; a `cut` call's fixed cost is small next to a
/// block's: callgrind, 1,057 M -> 1,027 M instructions for the corpus). Candidates must be asked
/// for in order of start.
///
/// A stretch starts and ends at a *safe cut*, where two [block characters](is_block_char) do not
/// meet; jieba-rs segments each block on its own, so the boundaries inside a stretch are those
/// of the whole text.
#[derive(Default)]
struct Boundaries {
    /// The segmented region `[from, to)`, in folded characters; both are safe cuts.
    from: usize,
    to: usize,
    /// Token boundaries in `[from, to]`, ascending, `from` and `to` included (when non-empty).
    positions: Vec<usize>,
}

impl Boundaries {
    /// Whether folded range `[fs, fe)` stands as a word (rule 4 of the module docs): both ends on
    /// token boundaries, or (for terms longer than one character) one end on a boundary and no
    /// boundary inside.
    fn stands_as_word(
        &mut self,
        text: &Normalized,
        seg: &Segmenter,
        fs: usize,
        fe: usize,
        single: bool,
    ) -> bool {
        self.cover(text, seg, fs, fe);
        let b = &self.positions;
        let on = |x: usize| b.binary_search(&x).is_ok();
        let (start_on, end_on) = (on(fs), on(fe));
        if start_on && end_on {
            return true;
        }
        if single || !(start_on || end_on) {
            return false;
        }
        let first_after_start = b.partition_point(|&x| x <= fs);
        b.get(first_after_start).is_none_or(|&x| x >= fe)
    }

    /// Segments what is needed for `positions` to hold every boundary in `[fs, fe]`.
    fn cover(&mut self, text: &Normalized, seg: &Segmenter, fs: usize, fe: usize) {
        if !self.positions.is_empty() && self.from <= fs && fe <= self.to {
            return;
        }
        let start = if !self.positions.is_empty() && fs < self.to {
            self.to
        } else {
            let s = safe_cut_at_or_before(text, fs);
            if !self.positions.is_empty() && s <= self.to {
                self.to
            } else {
                self.positions.clear();
                self.positions.push(s);
                self.from = s;
                s
            }
        };
        let end = safe_cut_at_or_after(text, fe);
        if end > start {
            let stretch = &text.folded[text.folded_byte_range(start, end)];
            seg.boundaries_in(stretch, start, &mut self.positions);
        }
        self.to = end;
    }
}

// A *safe cut* of the folded text is a character index `k` where segmenting the pieces gives the
// same tokens as segmenting the whole: an end of the text, or not between two block characters.
// The two searches below read the text's characters in order from `k` (random access to each
// character cost 8 % of all instructions with the 51k-term lexicon).

/// The last safe cut at or before folded character `k`: the start of the run of block characters
/// `k` is in, or `k` itself.
fn safe_cut_at_or_before(text: &Normalized, k: usize) -> usize {
    if k >= text.folded_len() {
        return k;
    }
    let from = text.folded_byte_range(k, k).start;
    if !text.folded[from..]
        .chars()
        .next()
        .is_some_and(is_block_char)
    {
        return k;
    }
    k - text.folded[..from]
        .chars()
        .rev()
        .take_while(|&c| is_block_char(c))
        .count()
}

/// The first safe cut at or after folded character `k`: the end of the run of block characters
/// character `k - 1` is in, or `k` itself.
fn safe_cut_at_or_after(text: &Normalized, k: usize) -> usize {
    let k = k.min(text.folded_len());
    let from = text.folded_byte_range(k, k).start;
    if !text.folded[..from]
        .chars()
        .next_back()
        .is_some_and(is_block_char)
    {
        return k;
    }
    k + text.folded[from..]
        .chars()
        .take_while(|&c| is_block_char(c))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    fn segmenter() -> &'static Segmenter {
        static SEG: OnceLock<Segmenter> = OnceLock::new();
        SEG.get_or_init(|| Segmenter::with_terms(["法轮", "赌博", "性交"]))
    }

    /// A matcher of `terms` and a segmenter that knows their words.
    fn matcher_of(terms: &[&str]) -> (Matcher, Segmenter) {
        let metas: Vec<TermMeta> = terms
            .iter()
            .map(|t| TermMeta {
                term: (*t).to_owned(),
                ..TermMeta::external()
            })
            .collect();
        let m = Matcher::build(&metas);
        let seg = Segmenter::with_terms(m.patterns());
        (m, seg)
    }

    /// The code point spans of the hits of `m` in `text`.
    fn hit_spans(m: &Matcher, seg: &Segmenter, text: &str) -> Vec<(usize, usize)> {
        m.find(&Normalized::new(text), Some(seg))
            .iter()
            .map(|h| (h.start, h.end))
            .collect()
    }

    /// Kind: the automaton's variable-length encoding: terms whose characters have one-, two- and
    /// three-byte codes, and astral characters, are found with their code point spans, and never
    /// from the middle of another character's code.
    #[test]
    fn codes_of_every_length_give_code_point_spans() {
        // (fewer distinct characters once traditional ones are folded, still codes of every length)
        let filler = crate::screen::automaton::three_thousand_characters();
        let mut terms: Vec<&str> = filler.iter().map(String::as_str).collect();
        terms.extend(["𠀀𠀁", "赌博网站", "ab"]);
        let (m, _) = matcher_of(&terms);
        assert_eq!(
            m.ac.code_lengths(),
            [1, 2, 3].into(),
            "codes of every length"
        );
        let last = filler.last().unwrap();
        let text = format!("🎉{last}，𠀀𠀁和赌博网站 ab");
        let found: Vec<(usize, usize)> = m
            .find(&Normalized::new(&text), None)
            .iter()
            .map(|h| (h.start, h.end))
            .collect();
        assert_eq!(found, [(1, 4), (5, 7), (8, 12), (13, 15)]);
    }

    /// Kind: one-character terms with marks (`+v` before, `赞！` after) need their marks and are
    /// found without reading every character of every text (found by the instruction count).
    #[test]
    fn one_character_terms_with_marks_need_them() {
        let (m, seg) = matcher_of(&["赞！", "+v"]);
        assert_eq!(
            m.ac.kind(),
            "empty",
            "no term makes every character a candidate"
        );
        let spans = |text: &str| hit_spans(&m, &seg, text);
        assert_eq!(spans("赞！多地出台新政"), [(0, 2)]);
        assert_eq!(spans("真赞 ！"), [(1, 4)]);
        assert!(spans("大家点赞，很赞。").is_empty(), "赞 without its ！");
        assert!(spans("赞美家乡！").is_empty());
        assert_eq!(spans("详情+v咨询"), [(2, 4)]);
    }

    /// Kind: gapped terms: parts in order within one clause, at most MAX_GAP characters apart,
    /// through the word-boundary rule like any term.
    #[test]
    fn gapped_terms_read_their_parts_in_one_clause() {
        let (m, seg) = matcher_of(&["欠~工资"]);
        let spans = |text: &str| hit_spans(&m, &seg, text);
        assert_eq!(spans("公司欠我们八个月工资"), [(2, 10)]);
        assert_eq!(spans("欠工资"), [(0, 3)]);
        // too far apart, across a clause, in the wrong order, or inside another word
        assert!(spans("公司欠我们一大堆钱还有好几个月的工资").is_empty());
        assert!(spans("公司欠款，工资照发").is_empty());
        assert!(spans("工资不欠").is_empty());
        assert!(spans("亏欠他的工资").is_empty(), "欠 inside 亏欠");
        // the parts are words the segmenter knows; the term is its parts
        assert_eq!(m.patterns().collect::<Vec<_>>(), ["欠", "工资"]);
        assert_eq!(term_form("欠 ~ 工资").0, "欠~工资");
    }

    /// Kind: casualty figures. A number slot (`{n}`) reads a whole number of digits or Chinese
    /// numerals right where the slot is, and the hit covers it.
    #[test]
    fn number_slots_read_a_whole_number() {
        let (m, seg) = matcher_of(&["{n}死{n}伤", "死亡{n}人"]);
        let spans = |text: &str| hit_spans(&m, &seg, text);
        assert_eq!(spans("造成2死3伤"), [(2, 6)]);
        assert_eq!(spans("造成12死30伤"), [(2, 8)]);
        assert_eq!(spans("造成一死两伤"), [(2, 6)]);
        assert_eq!(spans("造成２死３伤"), [(2, 6)], "full-width digits fold");
        assert_eq!(spans("死亡12人"), [(0, 5)]);
        // no number, something else in the slot, or a number too long for a count
        for text in [
            "九死一生",
            "死伤",
            "2死了3伤",
            "死亡人数",
            "死亡的人",
            "死亡1234567人",
        ] {
            assert!(spans(text).is_empty(), "{text}");
        }
        // the segmenter gets the parts; the form keeps the slots
        assert_eq!(m.patterns().collect::<Vec<_>>(), ["死", "伤", "死亡", "人"]);
        assert_eq!(term_form("{n} 死 {n} 伤").0, "{n}死{n}伤");
        // marks that stand between no parts leave the term as written
        assert_eq!(words_of("{n}{n}"), ["{n}{n}"]);
    }

    /// Kind: leader titles. A surname slot (`{姓}`) reads one surname, single or compound, right
    /// where the slot is; a qualifier of the title (`原`, `新`) or another word is none.
    #[test]
    fn surname_slots_read_one_surname() {
        let (m, seg) = matcher_of(&["县委{姓}书记", "{姓}县长"]);
        let spans = |text: &str| hit_spans(&m, &seg, text);
        assert_eq!(spans("县委杨书记到乡里督导"), [(0, 5)]);
        assert_eq!(spans("县委欧阳书记到乡里督导"), [(0, 6)]);
        assert_eq!(spans("陪同的有县委和书记"), [(4, 9)]);
        for text in [
            "县委副书记",
            "县委原书记",
            "县委新书记",
            "县委书记",
            "县委杨杨书记",
        ] {
            assert!(spans(text).is_empty(), "{text}");
        }
        // a slot at either end stands between no two parts: the term never matches
        assert!(has_stray_marks("{姓}县长"));
        assert!(spans("王县长").is_empty());
        assert_eq!(term_form("县委 {姓} 书记").0, "县委{姓}书记");
    }

    proptest::proptest! {
        /// Segmenting stretch by stretch, in order of the candidates' starts, gives the boundaries
        /// segmenting the whole text gives, wherever a candidate looks.
        #[test]
        fn stretches_agree_with_the_whole_text(
            text in "[补偿办法轮流值班医保费可一次性交纳聚众赌博机abc12 ，。_.\\n-]{0,600}",
            ranges in proptest::collection::vec((0usize..600, 1usize..8), 0..12),
        ) {
            let n = Normalized::new(&text);
            let len = n.folded_len();
            proptest::prop_assume!(len > 0);
            let whole = segmenter().boundaries(&n.folded);
            let mut ranges: Vec<(usize, usize)> =
                ranges.iter().map(|&(s, l)| (s % len, (s % len + l).min(len))).collect();
            ranges.sort();
            let mut b = Boundaries::default();
            for (fs, fe) in ranges {
                b.cover(&n, segmenter(), fs, fe);
                let got: Vec<usize> = b.positions.iter().copied().filter(|&x| fs <= x && x <= fe).collect();
                let want: Vec<usize> = whole.iter().copied().filter(|&x| fs <= x && x <= fe).collect();
                proptest::prop_assert_eq!(got, want);
            }
        }
    }
}
