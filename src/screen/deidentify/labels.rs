//! The labels and markers the name and address detectors look for, found in one pass over a text.
//!
//! The name detector's labels (`村民`, `患者`, `申请人`, …) and posts, the markers that follow
//! names (`等`, `是我`, `同志：`, …) and the address detector's labels (`家住`, `住址`, …) were each
//! searched for with an aho-corasick automaton of their own, four passes over every text, each
//! kept within the 64 patterns of its SIMD prefilter; with Chinese text the prefilter stops at
//! nearly every character and those passes cost 90 M of 641 M instructions on the real drafts.
//! Here one [`CharAutomaton`] over all their patterns reads the text once and finds every
//! occurrence; each list then takes its own non-overlapping matches as its own automaton did:
//! leftmost-longest ([`leftmost_longest`]) or leftmost-first ([`leftmost_first`]). The same pass
//! finds the few characters and words other detectors look for anywhere in a text ([`Mark`]).

use crate::screen::automaton::CharAutomaton;
use std::sync::LazyLock;

/// The lists searched together; each pattern's index is its index in its own list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum List {
    /// [`super::name`]'s labels before a name, up to its first post.
    NameLabels,
    /// [`super::name`]'s posts and roles before a name.
    NamePosts,
    /// [`super::name`]'s markers after a name.
    NameMarkers,
    /// [`super::address`]'s labels before an address.
    AddressLabels,
    /// [`super::name`]'s one-character labels (`人`, `的`, `他`, …), taken only in context.
    NameChars,
    /// [`super::name`]'s labels of a signature (`签名：`, `落款：`).
    Signatures,
    /// The characters and words some detectors look for wherever they stand ([`Mark`]).
    Marks,
}

/// The patterns of [`List::Marks`]: each was looked for with a memmem pass of its own over every
/// text (whose prefilter stops often in Chinese text), which the one pass of the automaton does
/// besides for next to nothing (callgrind, real drafts: 535.7 M -> 523.6 M instructions for the
/// six passes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mark {
    /// `扣扣`, a QQ label ([`super::qq`]).
    KouKou,
    /// `企鹅号`, a QQ label ([`super::qq`]).
    QiEHao,
    /// `某`, of a name de-identified by half ([`super::name`]).
    Mou,
    /// `《`, opening the title of a work ([`super::name`]).
    TitleOpen,
    /// `》`, closing it.
    TitleClose,
    /// `姓`, of a table's name column (`姓名`, `姓  名`: [`super::name`]).
    Xing,
    /// `号`, of a house number ([`super::address`]).
    Hao,
    /// `艾特`, an `@` written out ([`super::email`]).
    AiTe,
}

impl Mark {
    /// Every mark, in the order of [`List::Marks`].
    const ALL: [Mark; 8] = [
        Mark::KouKou,
        Mark::QiEHao,
        Mark::Mou,
        Mark::TitleOpen,
        Mark::TitleClose,
        Mark::Xing,
        Mark::Hao,
        Mark::AiTe,
    ];

    /// The mark as written.
    pub(super) fn text(self) -> &'static str {
        match self {
            Mark::KouKou => "扣扣",
            Mark::QiEHao => "企鹅号",
            Mark::Mou => "某",
            Mark::TitleOpen => "《",
            Mark::TitleClose => "》",
            Mark::Xing => "姓",
            Mark::Hao => "号",
            Mark::AiTe => "艾特",
        }
    }
}

/// Where a pattern of a [`List`] occurs: byte offsets into the folded text, and the pattern's
/// index in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Occurrence {
    pub start: usize,
    pub end: usize,
    pub list: List,
    pub index: usize,
}

struct Labels {
    automaton: CharAutomaton,
    /// Per pattern of the automaton: its list, its index there, its length in bytes and its slot in
    /// [`Found`].
    owner: Vec<(List, usize, usize, usize)>,
}

/// How many slots a [`Found`] has: one per [`List`] (those of [`List::NameChars`] and
/// [`List::Marks`] unused), one per one-character label and one per [`Mark`].
const SLOTS: usize = LISTS + super::name::CHAR_PATTERNS + Mark::ALL.len();

/// How many [`List`]s there are: the slots of the lists come first, one each.
const LISTS: usize = List::Marks as usize + 1;

/// The slot in [`Found`] of pattern `index` of `list`.
fn slot(list: List, index: usize) -> usize {
    match list {
        List::NameChars => LISTS + index,
        List::Marks => LISTS + super::name::CHAR_PATTERNS + index,
        _ => list as usize,
    }
}

static LABELS: LazyLock<Labels> = LazyLock::new(|| {
    let lists: [(List, Vec<&'static str>); LISTS] = [
        (List::NameLabels, super::name::label_patterns()),
        (List::NamePosts, super::name::post_patterns()),
        (List::NameMarkers, super::name::marker_patterns()),
        (List::AddressLabels, super::address::label_patterns()),
        (List::NameChars, super::name::char_patterns()),
        (List::Signatures, super::name::SIGNATURE_LABELS.to_vec()),
        (List::Marks, Mark::ALL.iter().map(|m| m.text()).collect()),
    ];
    let mut patterns = Vec::new();
    let mut owner = Vec::new();
    for (list, words) in lists {
        for (index, w) in words.into_iter().enumerate() {
            patterns.push(w);
            owner.push((list, index, w.len(), slot(list, index)));
        }
    }
    assert!(
        owner.iter().all(|o| o.3 < SLOTS),
        "a slot per one-character label"
    );
    let automaton = CharAutomaton::new(&patterns).expect("a few hundred short labels");
    Labels { automaton, owner }
});

/// Every occurrence of every pattern of every [`List`] in a text, overlapping ones included, kept
/// apart by list (and the one-character labels by pattern), each by end: every reader asks for one
/// list (or one character), and filtering the whole of them for each cost 3 M instructions more on
/// the real drafts (callgrind).
#[derive(Debug, Default)]
pub(super) struct Found {
    /// Per slot ([`slot`]), its occurrences.
    slots: [Vec<Occurrence>; SLOTS],
}

impl Found {
    /// `occurrences` (by end) sorted into their lists.
    #[cfg(test)]
    fn new(occurrences: impl IntoIterator<Item = Occurrence>) -> Found {
        let mut found = Found::default();
        for o in occurrences {
            found.slots[slot(o.list, o.index)].push(o);
        }
        found
    }

    /// The occurrences of `list` (not [`List::NameChars`] nor [`List::Marks`]), by end.
    fn of(&self, list: List) -> &[Occurrence] {
        debug_assert!(!matches!(list, List::NameChars | List::Marks));
        &self.slots[list as usize]
    }
}

/// Every occurrence of every pattern of every [`List`] in `text`, overlapping ones included.
pub(super) fn occurrences(text: &str) -> Found {
    let labels = &*LABELS;
    let mut found = Found::default();
    labels.automaton.each_match(text, |k, _, end| {
        let (list, index, len, slot) = labels.owner[k];
        found.slots[slot].push(Occurrence {
            start: end - len,
            end,
            list,
            index,
        });
    });
    found
}

/// The non-overlapping matches of `list` among `found`, as its own automaton would report them
/// with leftmost-longest semantics: from the left, at each start the longest pattern (the first
/// in the list on a tie), the next search from its end. `(start, end, index)`.
pub(super) fn leftmost_longest(found: &Found, list: List) -> Vec<(usize, usize, usize)> {
    pick(found.of(list), |o| {
        (o.start, std::cmp::Reverse(o.end), o.index)
    })
}

/// The same with leftmost-first semantics: at each start, the first pattern of the list that
/// matches there, however long.
pub(super) fn leftmost_first(found: &Found, list: List) -> Vec<(usize, usize, usize)> {
    pick(found.of(list), |o| (o.start, o.index))
}

/// Every occurrence of pattern `index` of [`List::NameChars`] (one character), in order:
/// `(start, end, index)`.
pub(super) fn one_char(
    found: &Found,
    index: usize,
) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
    found.slots[slot(List::NameChars, index)]
        .iter()
        .map(|o| (o.start, o.end, o.index))
}

/// Where `mark` occurs, as a memmem search finds it: from the left, each occurrence that starts
/// after the last one taken ends. Byte offsets of the starts, in order.
pub(super) fn marks(found: &Found, mark: Mark) -> impl Iterator<Item = usize> + '_ {
    mark_occurrences(found, mark)
        .iter()
        .scan(0, |next_free, o| {
            let taken = o.start >= *next_free;
            if taken {
                *next_free = o.end;
            }
            Some(taken.then_some(o.start))
        })
        .flatten()
}

/// Every occurrence of `mark`, overlapping ones too, by end (and so by start).
pub(super) fn mark_occurrences(found: &Found, mark: Mark) -> &[Occurrence] {
    &found.slots[slot(List::Marks, mark as usize)]
}

fn pick<K: Ord>(
    own: &[Occurrence],
    order: impl Fn(&Occurrence) -> K,
) -> Vec<(usize, usize, usize)> {
    let mut own: Vec<&Occurrence> = own.iter().collect();
    own.sort_by_key(|o| order(o));
    let mut out = Vec::new();
    let mut next_free = 0;
    for o in own {
        if o.start >= next_free {
            out.push((o.start, o.end, o.index));
            next_free = o.end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// Each list's own automaton, with the match kind it was searched with before.
    static OWN: LazyLock<Vec<(List, AhoCorasick)>> = LazyLock::new(|| {
        [
            (List::NameLabels, MatchKind::LeftmostLongest),
            (List::NamePosts, MatchKind::LeftmostLongest),
            (List::NameMarkers, MatchKind::LeftmostFirst),
            (List::AddressLabels, MatchKind::LeftmostLongest),
            (List::NameChars, MatchKind::LeftmostFirst),
            (List::Signatures, MatchKind::LeftmostLongest),
        ]
        .map(|(list, kind)| {
            let words = match list {
                List::NameLabels => super::super::name::label_patterns(),
                List::NamePosts => super::super::name::post_patterns(),
                List::NameMarkers => super::super::name::marker_patterns(),
                List::AddressLabels => super::super::address::label_patterns(),
                List::NameChars => super::super::name::char_patterns(),
                List::Signatures => super::super::name::SIGNATURE_LABELS.to_vec(),
                List::Marks => unreachable!("compared with memmem"),
            };
            let ac = AhoCorasick::builder()
                .match_kind(kind)
                .build(words)
                .unwrap();
            (list, ac)
        })
        .into()
    });

    /// What the list's own automaton finds, for comparison.
    fn own_automaton(list: List, text: &str) -> Vec<(usize, usize, usize)> {
        let (_, ac) = OWN.iter().find(|(l, _)| *l == list).unwrap();
        ac.find_iter(text)
            .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
            .collect()
    }

    /// Each list's matches out of the one pass are its own automaton's, on `text`.
    fn agree(text: &str) {
        let found = occurrences(text);
        for list in [
            List::NameLabels,
            List::NamePosts,
            List::AddressLabels,
            List::Signatures,
        ] {
            assert_eq!(
                leftmost_longest(&found, list),
                own_automaton(list, text),
                "{list:?} in {text}"
            );
        }
        assert_eq!(
            leftmost_first(&found, List::NameMarkers),
            own_automaton(List::NameMarkers, text),
            "markers in {text}"
        );
        for mark in Mark::ALL {
            assert_eq!(
                marks(&found, mark).collect::<Vec<_>>(),
                memchr::memmem::find_iter(text.as_bytes(), mark.text()).collect::<Vec<_>>(),
                "{mark:?} in {text}"
            );
        }
        // (one-character patterns cannot overlap: every occurrence is the list's own)
        let mut chars: Vec<(usize, usize, usize)> = (0..super::super::name::CHAR_PATTERNS)
            .flat_map(|i| one_char(&found, i))
            .collect();
        chars.sort_unstable();
        assert_eq!(
            chars,
            own_automaton(List::NameChars, text),
            "one-character labels in {text}"
        );
    }

    #[test]
    fn one_pass_finds_what_each_list_finds_on_its_own() {
        for t in [
            "村民李文华反映，家住塔城镇柯那村二组的患者和春花、申请人杨某等3人是我邻居。",
            "被申请人王小明同志：您好！我是叶枝镇同乐村三组的村民，住址：某某路18号，现住址不详。",
            "户主余秀英今年68岁，其子和学文、其女和丽等人到县信访局反映情况，联系人：木正华。",
            "",
            "abc 123 住 址：",
            "签名：李贵业，刘富大。落款:余建华，签字：",
            "扣扣扣扣扣123，企鹅号：12345，《青年毛泽东》杨某军，姓  名《，5号号，艾特我",
        ] {
            agree(t);
        }
    }

    /// Leftmost-first takes the first pattern of the list at a start, leftmost-longest the longest;
    /// both go on from the end of what they took, and take only their own list's.
    #[test]
    fn match_kinds_pick_as_aho_corasick_does() {
        let at = |start, end, list, index| Occurrence {
            start,
            end,
            list,
            index,
        };
        let found = Found::new([
            at(0, 3, List::NameMarkers, 5),
            at(0, 6, List::NameMarkers, 7),
            at(3, 9, List::NameMarkers, 1),
            at(6, 9, List::NameMarkers, 2),
            at(0, 9, List::AddressLabels, 0),
        ]);
        assert_eq!(
            leftmost_first(&found, List::NameMarkers),
            [(0, 3, 5), (3, 9, 1)]
        );
        assert_eq!(
            leftmost_longest(&found, List::NameMarkers),
            [(0, 6, 7), (6, 9, 2)]
        );
        assert_eq!(leftmost_longest(&found, List::AddressLabels), [(0, 9, 0)]);
    }

    /// The same on every real draft and comment (`../shared/corpus`), where overlapping labels
    /// of one list occur as they come.
    #[test]
    fn one_pass_agrees_on_the_real_texts() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
        let mut texts = 0;
        for file in ["real_drafts.jsonl", "real_comments.jsonl"] {
            let Ok(lines) = std::fs::read_to_string(dir.join(file)) else {
                // past the test harness's capture, so that the skip is seen (as in normalize)
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "SKIP: {} not found",
                    dir.join(file).display()
                );
                continue;
            };
            for line in lines.lines() {
                let item: serde_json::Value = serde_json::from_str(line).unwrap();
                for field in ["title", "body"] {
                    if let Some(t) = item[field].as_str() {
                        agree(t);
                        texts += 1;
                    }
                }
            }
        }
        eprintln!("{texts} real texts compared");
    }
}
