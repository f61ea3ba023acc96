//! The text as the detectors see it: width-folded one character for one character, with the
//! helpers every detector shares (edges of an identifier, the label before it, code point offsets).
//!
//! Pipeline position: built once per field by [`super::deidentify`] before any detector runs.
//! Folding here is deliberately narrower than [`crate::screen::normalize`]: only the full-width
//! letters and digits, digits in other styles (`①③⑨`, `𝟏𝟑𝟗` -> `139`) and the symbols identifiers
//! are written with (`１５８` -> `158`, `＠` -> `@`, `－` -> `-`) fold, each to exactly one character, so a character index in the
//! folded text *is* the code point offset in the original and masking can walk both texts side by
//! side. Full-width punctuation (`，`, `（`, `：`) and the ideographic space are *not* folded: the
//! detectors accept both forms, and most Chinese text then needs no folded copy at all. Folding
//! is arithmetic, not NFKC, and the checks run on bytes: this runs on every field and must cost
//! next to nothing.
//!
//! The view also lists the *stretches* of the text (runs of ASCII letters, digits and the
//! characters numbers are written with): the detectors of numbers and ids run their regexes only
//! on stretches with enough digits or letters (and a few characters before them, for a label), so
//! the CJK bulk of a text is read once, here, and never by those regexes.
//!
//! This module must not decide what is personal information; it only folds and answers questions
//! about positions.

use super::labels::Found;
use crate::screen::normalize::noise;
use std::borrow::Cow;
use std::cell::{Cell, OnceCell};
use std::sync::LazyLock;

/// Separators allowed *inside* a number (`158 8765 4321`, `0887-8627777`, `139 - 8765 - 4321`), as
/// a regex group of one to three of: space, hyphen, the Unicode dashes and minus, and zero-width
/// characters, a tilde (`~`, `～`, `〜`), and emoji (the symbol and pictograph blocks U+2600–U+27BF and
/// U+1F300–U+1FAFF, with the variation selector U+FE0F) used to break up a number
/// (`139😊8874😊6521`, `139~8874~6521`: breaker round 64; other spaces, such as U+00A0, are folded
/// to a space first). Never a line break, so no identifier is assembled across lines (but for a resident ID
/// whose check character is right, `resident_id::across_a_line_break`).
pub(super) const SEP: &str = r"(?:[ \-~～〜\x{2010}-\x{2015}\x{2212}\x{3000}\x{200B}-\x{200D}\x{2060}\x{FEFF}\x{FE0F}\x{2600}-\x{27BF}\x{1F300}-\x{1FAFF}]{1,3})";

/// Characters that end a clause: a label before an identifier is only looked for back to the last
/// of these (or a line break), so that `订单号123，电话139...` does not lend 订单号 to the phone.
fn ends_clause(c: char) -> bool {
    matches!(
        c,
        '，' | '。' | '；' | '！' | '？' | '、' | ',' | ';' | '!' | '?' | '…'
    ) || noise::is_line_break(c)
}

/// Whether `c` next to an identifier makes it part of something longer: an ASCII letter or digit,
/// or a mask (`*`, `＊`) of an identifier masked before.
pub(super) fn glued(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '*' || c == '＊'
}

/// How many bytes of `head`, the text before a phone number, are a run of one to eight ASCII
/// letters standing on its own (nothing alphanumeric, masked, `-`, `_` or `.` before it): a label glued to
/// the number (`V`, `TEL`, `sj` for 手机, `dh` for 电话, a WeChat id's name part), not a hash or a
/// code; 0 when there is none.
fn letter_label_before(head: &str) -> usize {
    let letters = head
        .bytes()
        .rev()
        .take_while(u8::is_ascii_alphabetic)
        .count();
    standing_letters(letters, head[..head.len() - letters].chars().next_back())
}

/// `letters`, the length of a run of ASCII letters beside a phone number, when it is one to eight
/// letters long and `beyond`, the character on its far side, does not glue it to more (nothing
/// alphanumeric, masked, `-`, `_` or `.`: a mask stands for the letter or digit it hid, so masked
/// text reads as the text did); else 0.
fn standing_letters(letters: usize, beyond: Option<char>) -> usize {
    let alone = !beyond.is_some_and(|c| glued(c) || matches!(c, '-' | '_' | '.'));
    if (1..=8).contains(&letters) && alone {
        letters
    } else {
        0
    }
}

/// How many bytes at the start of `tail`, the text after a phone number, are a run of one to eight
/// ASCII letters standing on its own (nothing alphanumeric, masked, `-`, `_` or `.` after it): a
/// word glued after the number (`13887654321vx同号`, `…ok`, `…V信同号`; breaker round 70), the
/// mirror of [`letter_label_before`]; 0 when there is none.
fn letter_label_after(tail: &str) -> usize {
    let letters = tail.bytes().take_while(u8::is_ascii_alphabetic).count();
    standing_letters(letters, tail[letters..].chars().next())
}

/// Whether `word`, ASCII letters glued after a phone number, names a messaging account the number
/// is also (`vx`, `wx`, `v`, `qq`, `wechat`, `weixin`, any case: `139…vx同号`, `139…V信同号`).
pub(crate) fn is_contact_word(word: &str) -> bool {
    ["v", "vx", "wx", "qq", "wechat", "weixin"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Whether `head`, the text before a `-` or `_` that precedes a number, ends in a code mixing
/// ASCII letters and digits (`WX-2026-`, `A1_`): the number is then the last segment of a
/// reference or serial number, not an identifier of its own. A prefix of letters alone (`vx-`,
/// `tel-`) or of digits alone (a list, `0887-`) does not count.
fn code_segment(head: &str) -> bool {
    let chain = head
        .bytes()
        .rev()
        .take(32)
        .take_while(|&b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    let (mut letter, mut digit) = (false, false);
    for b in chain {
        letter |= b.is_ascii_alphabetic();
        digit |= b.is_ascii_digit();
    }
    letter && digit
}

/// Whether byte `b` can be part of a URL as people paste it: printable ASCII except quotes,
/// angle brackets and parentheses (which usually close the sentence around a link).
fn url_byte(b: u8) -> bool {
    b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b'<' | b'>' | b'(' | b')')
}

/// Substrings of a URL query parameter's name that make its value personal information
/// (`phone`, `mobile`, `tel`, `idcard`, the pinyin `shouji`, `sjh`, `sfz` …), compared in
/// lower case.
const PERSONAL_PARAMS: &[&str] = &[
    "phone", "mobile", "tel", "shouji", "sjh", "idcard", "idno", "sfz", "card", "qq", "user",
];

/// Whether `c` is displayed two columns wide (CJK, full-width forms): its mask is `＊`, not `*`.
pub(super) fn is_wide(c: char) -> bool {
    unicode_width::UnicodeWidthChar::width(c) == Some(2)
}

/// Whether `c` is a CJK unified ideograph (the characters names and addresses are made of).
pub(super) fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{20000}'..='\u{2FFFF}')
}

/// One field's text, folded for detection.
pub(super) struct View<'a> {
    /// The field as received.
    pub original: &'a str,
    /// The folded text: as many characters as `original`, each folded on its own.
    pub folded: Cow<'a, str>,
    /// Whether any (folded) ASCII digit occurs: the digit detectors are skipped otherwise.
    pub has_digit: bool,
    /// Whether `@` occurs (after folding): the e-mail detector is skipped otherwise.
    pub has_at: bool,
    /// Whether a zero-width or other invisible character occurs (U+200B–U+200D, U+2060, U+FEFF,
    /// the soft hyphen U+00AD),
    /// which can be written between a name's characters to hide it, or what makes a digit a
    /// keycap emoji (U+FE0E, U+FE0F, U+20E3).
    pub has_invisible: bool,
    /// The last answer of [`View::char_index`], `(byte, code point)`: detectors ask in order of
    /// position, so counting goes on from there.
    last_index: Cell<(usize, usize)>,
    /// The stretches, built on first use.
    stretches: OnceCell<Vec<Stretch>>,
    /// The labels and markers of the name and address detectors, found on first use.
    labels: OnceCell<Found>,
}

/// A maximal run of the folded text around an ASCII letter or digit, made of ASCII letters and
/// digits and the characters numbers are written with (spaces, `+ - ( ) . _`, full-width
/// parentheses, dashes, zero-width characters): where every number- or id-shaped identifier lies.
/// Byte offsets into the folded text; never spans a line break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Stretch {
    /// First byte.
    pub start: usize,
    /// Byte after the last.
    pub end: usize,
    /// How many ASCII digits it holds.
    pub digits: usize,
    /// How many ASCII letters it holds.
    pub letters: usize,
}

/// Whether `c` (folded) can be part of a number stretch.
fn in_stretch(c: char) -> bool {
    // (most characters around a number are ideographs, none of which is)
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
        return false;
    }
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            ' ' | '+' | '-' | '(' | ')' | '.' | '_' | '·' | '（' | '）'
                | '\u{2010}'..='\u{2015}'
                | '\u{2212}'
                | '\u{3000}'
                | '\u{200B}'..='\u{200D}'
                | '\u{2060}'
                | '\u{FEFF}'
        )
        || breaks_up_a_number(c)
}

/// Whether `c` is what adverts put between a number's groups to dodge filters (breaker round 64):
/// a tilde (`~`, `～`, `〜`) or an emoji (the symbol and pictograph blocks U+2600–U+27BF and
/// U+1F300–U+1FAFF, with the variation selector U+FE0F): `139😊8874😊6521`, `139～8874～6521`.
/// [`SEP`] allows the same characters; the offer rule's contact test reads them too
/// (`checks::terms`).
pub(crate) fn breaks_up_a_number(c: char) -> bool {
    matches!(c,
        '~' | '～' | '〜' | '\u{FE0F}' | '\u{2600}'..='\u{27BF}' | '\u{1F300}'..='\u{1FAFF}')
}

impl<'a> View<'a> {
    /// Folds `text`. Cost: a scan of the bytes; a copy only when something needs folding
    /// (full-width digits or letters, other spaces: 43 % of the real drafts' fields), in which
    /// only the characters that fold are decoded.
    pub fn new(text: &'a str) -> View<'a> {
        let bytes = text.as_bytes();
        let mut has_digit = find_digit(bytes).is_some();
        let mut has_at = memchr::memchr(b'@', bytes).is_some();
        let mut has_invisible = false;
        // byte offsets of the characters that fold to something else
        let mut to_fold: Vec<usize> = Vec::new();
        // Every folded character is U+FF01..U+FF5E, U+00A0 or U+2000..U+205F, whose UTF-8 starts
        // with 0xEF, 0xC2 or 0xE2 (lead bytes, so char boundaries).
        for i in memchr::memchr3_iter(0xEF, 0xC2, 0xE2, bytes) {
            // Chinese quotes and dashes (“ ” — …) also start with 0xE2: tell the spaces apart on
            // their bytes, without decoding every one.
            let (b1, b2) = (
                bytes.get(i + 1).copied().unwrap_or(0),
                bytes.get(i + 2).copied().unwrap_or(0),
            );
            has_invisible |= matches!(
                (bytes[i], b1, b2),
                (0xE2, 0x80, 0x8B..=0x8D)
                    | (0xE2, 0x81, 0xA0)
                    | (0xEF, 0xBB, 0xBF)
                    | (0xEF, 0xB8, 0x8E..=0x8F)
                    | (0xE2, 0x83, 0xA3)
                    | (0xC2, 0xAD, _)
            );
            let space = match bytes[i] {
                0xC2 => b1 == 0xA0,
                0xE2 => matches!((b1, b2), (0x80, 0x80..=0x8A | 0xAF) | (0x81, 0x9F)),
                _ => false,
            };
            if space {
                to_fold.push(i);
                continue;
            }
            // circled and dingbat digits (`①③⑨`): U+2460.., U+24EA, U+2776..U+2792; of the
            // characters from U+F000 on, only the full-width forms [`folds_at_ef`] tells
            if !(bytes[i] == 0xEF && folds_at_ef(b1, b2)
                || bytes[i] == 0xE2 && matches!(b1, 0x91 | 0x92 | 0x93 | 0x9D | 0x9E))
            {
                continue;
            }
            if let Some(c) = text[i..].chars().next() {
                let f = fold(c);
                if f != c {
                    to_fold.push(i);
                }
                has_digit |= f.is_ascii_digit();
                has_at |= f == '@';
            }
        }
        // mathematical digits (`𝟏𝟑𝟗`, U+1D7CE..U+1D7FF): F0 9D 9F 8E..BF
        static MATH_DIGIT: LazyLock<memchr::memmem::Finder<'static>> =
            LazyLock::new(|| memchr::memmem::Finder::new(b"\xF0\x9D\x9F"));
        let before = to_fold.len();
        to_fold.extend(MATH_DIGIT.find_iter(bytes));
        if to_fold.len() > before {
            has_digit = true;
            to_fold.sort_unstable();
        }
        // Only the characters that fold are decoded; the text between them is copied.
        let folded = if to_fold.is_empty() {
            Cow::Borrowed(text)
        } else {
            let mut out = String::with_capacity(text.len());
            let mut copied = 0;
            for i in to_fold {
                let c = text[i..].chars().next().expect("a char starts here");
                out.push_str(&text[copied..i]);
                out.push(fold(c));
                copied = i + c.len_utf8();
            }
            out.push_str(&text[copied..]);
            Cow::Owned(out)
        };
        View {
            original: text,
            folded,
            has_digit,
            has_at,
            has_invisible,
            last_index: Cell::new((0, 0)),
            stretches: OnceCell::new(),
            labels: OnceCell::new(),
        }
    }

    /// [`View::simplified`] for a field with traditional or variant ideographs
    /// ([`super::Context::traditional`]), else [`View::new`].
    pub fn in_script(text: &'a str, traditional: bool) -> View<'a> {
        if traditional {
            View::simplified(text)
        } else {
            View::new(text)
        }
    }

    /// [`View::new`], and then traditional and variant ideographs converted to simplified script,
    /// one character for one ([`crate::screen::normalize::script::to_simplified`]), so that the
    /// detectors' word lists, written in simplified script, read `張國強` and `塔城鎮`. For a
    /// field whose normalization found such characters; it costs a copy and a conversion.
    pub fn simplified(text: &'a str) -> View<'a> {
        let mut v = View::new(text);
        let converted =
            crate::screen::normalize::script::to_simplified(v.folded.clone().into_owned());
        if converted != *v.folded {
            v.folded = Cow::Owned(converted);
        }
        v
    }

    /// Every occurrence of the name and address detectors' labels and markers in the folded text
    /// ([`super::labels::occurrences`]), found once for all of them.
    pub fn labels(&self) -> &Found {
        self.labels
            .get_or_init(|| super::labels::occurrences(&self.folded))
    }

    /// The stretches, in order.
    pub fn stretches(&self) -> impl Iterator<Item = Stretch> + '_ {
        self.stretches
            .get_or_init(|| self.find_stretches())
            .iter()
            .copied()
    }

    /// The stretches holding at least `min_digits` digits (and at least one).
    pub fn numbers(&self, min_digits: usize) -> impl Iterator<Item = Stretch> + '_ {
        self.stretches()
            .filter(move |s| s.digits >= min_digits.max(1))
    }

    /// The byte offset `n` characters before byte offset `b` (or the start of the text).
    pub fn back(&self, b: usize, n: usize) -> usize {
        self.folded[..b]
            .char_indices()
            .rev()
            .take(n)
            .last()
            .map_or(b, |(i, _)| i)
    }

    /// Finds the stretches from each letter or digit outwards: the text between them is skipped on
    /// bytes.
    fn find_stretches(&self) -> Vec<Stretch> {
        let text: &str = &self.folded;
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut from = 0;
        while let Some(p) = find_alnum(&bytes[from..]) {
            let seed = from + p;
            let mut start = seed;
            for (b, c) in text[from..seed].char_indices().rev() {
                if !in_stretch(c) {
                    break;
                }
                start = from + b;
            }
            let mut s = Stretch {
                start,
                end: seed,
                digits: 0,
                letters: 0,
            };
            // ASCII on bytes, the rest decoded (callgrind, real drafts, with the ideographs'
            // quick no in `in_stretch`: 13.8 M -> 12.0 M instructions)
            while let Some(&b) = bytes.get(s.end) {
                if b.is_ascii() {
                    if !in_stretch(char::from(b)) {
                        break;
                    }
                    s.end += 1;
                    s.digits += usize::from(b.is_ascii_digit());
                    s.letters += usize::from(b.is_ascii_alphabetic());
                } else {
                    let c = text[s.end..].chars().next().expect("a char starts here");
                    if !in_stretch(c) {
                        break;
                    }
                    s.end += c.len_utf8();
                }
            }
            out.push(s);
            from = s.end;
        }
        out
    }

    /// The code point offset of byte offset `byte` of `folded` (a char boundary). Counts the
    /// characters from the previous answer, or from the start when that is nearer: a table of
    /// every character's offset cost 7 % of all screening instructions, for the few identifiers a
    /// text has.
    pub fn char_index(&self, byte: usize) -> usize {
        let (b0, k0) = self.last_index.get();
        let count = |r: std::ops::Range<usize>| self.folded[r].chars().count();
        let k = if byte >= b0 {
            k0 + count(b0..byte)
        } else if byte > b0 / 2 {
            k0 - count(byte..b0)
        } else {
            count(0..byte)
        };
        self.last_index.set((byte, k));
        k
    }

    /// The folded character just before byte offset `b`.
    pub fn before(&self, b: usize) -> Option<char> {
        self.folded[..b].chars().next_back()
    }

    /// The folded character at byte offset `b`.
    pub fn at(&self, b: usize) -> Option<char> {
        self.folded[b..].chars().next()
    }

    /// Whether folded bytes `[s, e)` stand alone as one identifier: no ASCII letter or digit directly
    /// before or after, no mask either (`110105********0005` is one masked number, not a `110105`),
    /// not part of a decimal number or an amount (`0000.75`, `¥`, `元`, `%`), and not inside a
    /// URL's path or query (see [`View::in_url_path`]).
    pub fn clean_edges(&self, s: usize, e: usize) -> bool {
        let mut back = self.folded[..s].chars().rev();
        match back.next() {
            Some(c) if glued(c) => return false,
            Some('.') if back.next().is_some_and(|c| c.is_ascii_digit()) => return false,
            Some('¥' | '$' | '€' | '£') => return false,
            Some('-' | '_') if code_segment(&self.folded[..s - 1]) => return false,
            _ => {}
        }
        let mut fwd = self.folded[e..].chars();
        match fwd.next() {
            Some(c) if glued(c) => false,
            Some('.') if fwd.next().is_some_and(|c| c.is_ascii_digit()) => false,
            Some('元' | '万' | '亿' | '块' | '角' | '%' | '‰') => false,
            _ => !measured(&self.folded[e..]) && !self.in_url_path(s),
        }
    }

    /// Whether folded byte `s` lies in the path or query of a URL
    /// (`www.gov.cn/zhengce/content_13987654321.htm`, with or without a scheme): a number there
    /// names a page or a document, not a person. The value of a query parameter whose name says
    /// it is personal (`?phone=…`, `&idcard=…`, see [`PERSONAL_PARAMS`]) still counts as one.
    /// Reads back at most 2,048 bytes, and only when an ASCII character precedes `s`.
    pub fn in_url_path(&self, s: usize) -> bool {
        let head = self.folded[..s].as_bytes();
        if !head.last().is_some_and(|&b| url_byte(b)) {
            return false;
        }
        let floor = s.saturating_sub(2048);
        let from = head[floor..]
            .iter()
            .rposition(|&b| !url_byte(b))
            .map_or(floor, |i| floor + i + 1);
        let token = &self.folded[from..s];
        let rest = token.find("://").map_or(token, |i| &token[i + 3..]);
        let Some(slash) = rest.find('/') else {
            return false;
        };
        let host = rest[..slash].split(':').next().unwrap_or_default();
        let tld = host.rsplit('.').next().unwrap_or_default();
        if !host.contains('.') || tld.len() < 2 || !tld.bytes().all(|b| b.is_ascii_alphabetic()) {
            return false;
        }
        let Some(query) = rest.strip_suffix('=') else {
            return true;
        };
        let name = query
            .rsplit(['?', '&', ';', '/'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        !PERSONAL_PARAMS.iter().any(|p| name.contains(p))
    }

    /// The lead-in (12 characters, see [`View::lead_in`]) of a number candidate at folded bytes
    /// `[s, e)`, or `None` when the candidate is glued to letters or digits or its label says it is
    /// not personal information (an order or case number): the first test every phone detector makes.
    pub fn phone_candidate_lead(&self, s: usize, e: usize, pii_labels: &[&str]) -> Option<&str> {
        // `加我V139…`, `TEL139…`, `sj139…`: a short label of letters glued before a phone number
        // (not before an ID or a card: `ab533423…` is a code); the edges are then the label's.
        // So is a word glued after it (`139…vx同号`), when there is none before: letters on both
        // sides are a code or a hash (`ab15887654321cd`).
        let label = letter_label_before(&self.folded[..s]);
        // letters after it count only as a contact's name (`vx同号`) or under a phone's label
        // (`我的号码：139…abc`): `摊位号135…AB`, `电表号138…kw` are codes (breaker round 70)
        let after = match letter_label_after(&self.folded[e..]) {
            n if n > 0
                && label == 0
                && (is_contact_word(&self.folded[e..e + n])
                    || last_label(self.list_lead_in(s, e), pii_labels).is_some()) =>
            {
                n
            }
            _ => 0,
        };
        if !self.clean_edges(s - label, e + after) {
            return None;
        }
        let lead = self.list_lead_in(s, e);
        (!labelled_not_pii(lead, pii_labels)).then_some(lead)
    }

    /// The lead-in of a phone number at folded bytes `[s, e)` ([`View::lead_in`], 12 characters),
    /// or, when only `、`, `/` or `或` stands between it and a number of the same shape before it
    /// (as many digits, a mobile's leading `1` or not; a mobile and a landline with its area code
    /// are one shape, a phone's),
    /// the lead-in of that number, up to four numbers back: a label heads the whole list
    /// (`举报电话：13887654321、13987654321`: the second was read without a label, breaker round 70).
    /// A number with anything but the end of its item after it (a note in brackets, a name:
    /// `13987654321（受害人）`, `138…张老师`) takes no other's label, nor one after a comma or a
    /// space, which may start another's number.
    pub fn list_lead_in(&self, s: usize, e: usize) -> &str {
        let lead = self.lead_in(s, 12);
        // how many digits, and whether the first is `1` (a mobile's; a landline's is `0`); a
        // mobile and a landline with its area code are both a phone's (`举报电话：0887-8623456、
        // 13908875566`: the mobile was read without the label, breaker round 93)
        let shape = |t: &str| {
            let mut d = t.bytes().filter(u8::is_ascii_digit);
            let first = d.next();
            let n = 1 + d.count();
            let phone =
                (n == 11 && first == Some(b'1')) || ((10..=12).contains(&n) && first == Some(b'0'));
            if phone {
                (0, true)
            } else {
                (n, first == Some(b'1'))
            }
        };
        let width = shape(&self.folded[s..e]);
        // the number must end its item: a note or a name after it (`13987654321（受害人）`,
        // `138…张老师`, `138… （个人）`) makes it someone's
        let after = self.folded[e..].trim_start_matches([' ', '\u{3000}']);
        if !after.is_empty()
            && !after.starts_with(['。', '；', ';', '，', ',', '、', '\n', '！', '？'])
        {
            return lead;
        }
        let mut at = s;
        for _ in 0..4 {
            let lead = self.lead_in(at, 12);
            if !lead.trim().is_empty() {
                return lead;
            }
            let head = self.folded[..at].trim_end_matches(['、', '/', '／', '或']);
            if head.len() == self.folded[..at].len()
                || !head.ends_with(|c: char| c.is_ascii_digit())
            {
                return lead;
            }
            let start = head
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '-' || c == ' ')
                .len();
            if shape(&head[start..]) != width {
                return lead;
            }
            at = start;
        }
        self.lead_in(at, 12)
    }

    /// The text of the clause before byte offset `s`, at most `max` characters, back to the last
    /// clause end, line break or ASCII digit: where an identifier's label (`身份证`, `订单号`) is.
    pub fn lead_in(&self, s: usize, max: usize) -> &str {
        let head = &self.folded[..s];
        let mut from = s;
        for (n, (b, c)) in head.char_indices().rev().enumerate() {
            if n == max || ends_clause(c) || c.is_ascii_digit() {
                break;
            }
            from = b;
        }
        &head[from..]
    }

    /// The text of the clause after byte offset `e`, at most `max` characters, up to the next
    /// clause end, line break or ASCII digit (`…4554是我的卡号`).
    pub fn lead_out(&self, e: usize, max: usize) -> &str {
        let tail = &self.folded[e..];
        let mut to = 0;
        for (n, (b, c)) in tail.char_indices().enumerate() {
            if n == max || ends_clause(c) || c.is_ascii_digit() {
                break;
            }
            to = b + c.len_utf8();
        }
        &tail[..to]
    }
}

/// Digits wrapped at a line break, as a form pasted into a comment or a phone's narrow screen
/// breaks a number: the run of ASCII digits that ends a line and the one that starts the next,
/// maybe indented by spaces or tabs. Folded byte offsets.
pub(super) struct Wrapped {
    /// Where the first run starts.
    pub start: usize,
    /// Where the first run ends: at the `\r\n` or `\n`.
    pub line_end: usize,
    /// Where the second run starts, after the indentation.
    pub next_line: usize,
    /// Where the second run ends.
    pub end: usize,
}

impl View<'_> {
    /// Every chain of digit runs wrapped over two or more line breaks, in order: a [`Wrapped`]
    /// pair, and as long as the second run ends its line too, the run that starts the next one
    /// (`135\n1887\n0392`, `533423\n19930214\n2519`: breaker round 95, where only one break was
    /// read). Each chain is the folded byte ranges of its runs, two or more; a chain is also given
    /// from each of its later pairs.
    pub fn wrapped_digit_chains(&self) -> impl Iterator<Item = Vec<(usize, usize)>> + '_ {
        let pairs: Vec<Wrapped> = self.wrapped_digit_runs().collect();
        (0..pairs.len()).map(move |i| {
            let mut runs = vec![(pairs[i].start, pairs[i].line_end)];
            let mut k = i;
            loop {
                runs.push((pairs[k].next_line, pairs[k].end));
                // the next pair starts where this one's second run does, when that run is a
                // whole line
                match pairs.get(k + 1) {
                    Some(next) if next.start == pairs[k].next_line => k += 1,
                    _ => break,
                }
            }
            runs
        })
    }

    /// The lead-in of a number wrapped over lines that starts at folded byte `s` ([`View::lead_in`],
    /// 12 characters): when the number opens its line, the end of the line before, if one of
    /// `labels` ends it with nothing but a colon or spaces after it (`有空回个电话\n135\n1887\n0392`,
    /// `家里电话：\n0887\n8624460`: breaker round 95); else empty.
    pub fn wrapped_lead_in(&self, s: usize, labels: &[&str]) -> &str {
        let own = self.lead_in(s, 12);
        match self.folded[..s].strip_suffix('\n') {
            Some(before) if own.is_empty() => {
                let lead = self.lead_in(before.trim_end_matches('\r').len(), 12);
                let label_ends = last_label(lead, labels)
                    .is_some_and(|end| lead[end..].chars().all(|c| matches!(c, '：' | ':' | ' ')));
                if label_ends {
                    lead
                } else {
                    ""
                }
            }
            _ => own,
        }
    }

    /// Every [`Wrapped`] pair of digit runs of the text, in order: both runs non-empty.
    pub fn wrapped_digit_runs(&self) -> impl Iterator<Item = Wrapped> + '_ {
        let bytes = self.folded.as_bytes();
        memchr::memchr_iter(b'\n', bytes).filter_map(move |p| {
            let line_end = if p > 0 && bytes[p - 1] == b'\r' {
                p - 1
            } else {
                p
            };
            let start = line_end
                - bytes[..line_end]
                    .iter()
                    .rev()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
            let next_line = p
                + 1
                + bytes[p + 1..]
                    .iter()
                    .take_while(|&&b| b == b' ' || b == b'\t')
                    .count();
            let end = next_line
                + bytes[next_line..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
            (start < line_end && next_line < end).then_some(Wrapped {
                start,
                line_end,
                next_line,
                end,
            })
        })
    }
}

/// Characters that end a sentence.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?') || noise::is_line_break(c)
}

impl View<'_> {
    /// The sentence around folded bytes `[s, e)`: at most `max` characters before and after, not
    /// across a sentence end or a line break (where an account's holder is named).
    pub fn sentence_around(&self, s: usize, e: usize, max: usize) -> (&str, &str) {
        let head = &self.folded[..s];
        let from = head
            .char_indices()
            .rev()
            .take(max)
            .take_while(|(_, c)| !ends_sentence(*c))
            .last()
            .map_or(s, |(b, _)| b);
        let tail = &self.folded[e..];
        let to = tail
            .char_indices()
            .take(max)
            .take_while(|(_, c)| !ends_sentence(*c))
            .last()
            .map_or(0, |(b, c)| b + c.len_utf8());
        (&head[from..], &tail[..to])
    }
}

/// The index of the first byte in `bytes` that `is` accepts; `is` accepts ASCII bytes only. Reads
/// 8 bytes at a time and looks closer only at a word with an ASCII byte in it: the bulk of a
/// Chinese text is bytes of 0x80 and above (CJK characters and full-width punctuation) and is
/// skipped at about one instruction a byte (testing every byte cost 6).
fn find_byte(bytes: &[u8], is: impl Fn(&u8) -> bool) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut words = bytes.chunks_exact(8);
    let mut at = 0;
    for word in &mut words {
        let w = u64::from_le_bytes(word.try_into().expect("8 bytes"));
        if w & HIGH != HIGH {
            if let Some(p) = word.iter().position(&is) {
                return Some(at + p);
            }
        }
        at += 8;
    }
    words.remainder().iter().position(is).map(|p| at + p)
}

/// The index of the first ASCII digit in `bytes`.
fn find_digit(bytes: &[u8]) -> Option<usize> {
    find_byte(bytes, u8::is_ascii_digit)
}

/// The index of the first ASCII letter or digit in `bytes`.
fn find_alnum(bytes: &[u8]) -> Option<usize> {
    find_byte(bytes, u8::is_ascii_alphanumeric)
}

/// Whether the character of three UTF-8 bytes `0xEF b1 b2` (U+F000..U+FFFF) is one [`fold`] folds:
/// a full-width digit, letter or `＠ ＋ － ． ＿ ＃` (U+FF03..U+FF5A). Told on its bytes, so that the
/// full-width punctuation of Chinese text (`，：（）`, which start with 0xEF too) is not decoded
/// (callgrind, real drafts: View::new 15.5 M -> 13.7 M instructions).
#[inline]
fn folds_at_ef(b1: u8, b2: u8) -> bool {
    matches!(
        (b1, b2),
        (0xBC, 0x83 | 0x8B | 0x8D | 0x8E | 0x90..=0x99 | 0xA0..=0xBA | 0xBF) | (0xBD, 0x81..=0x9A)
    )
}

/// Folds a full-width letter or digit or `＠ ＋ － ． ＿ ＃` to ASCII, a [styled digit](styled_digit)
/// to its ASCII digit, and the other spaces of a line (no-break, thin, en and em spaces:
/// `139\u{a0}8765\u{a0}4321`) to a space; leaves every other character as it is.
#[inline]
fn fold(c: char) -> char {
    match c {
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' => ' ',
        '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' | '＠' | '＋' | '－' | '．' | '＿' | '＃' => {
            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
        }
        '①'..='⓪' | '❶'..='➒' | '\u{1D7CE}'..='\u{1D7FF}' => styled_digit(c),
        _ => c,
    }
}

/// Digits written to slip past a number pattern: circled (`①`..`⑨`, `⓪`), parenthesized and
/// with a full stop (`⑴`, `⒈`), dingbat (`❶`, `➀`,
/// `➊`) and mathematical (`𝟏`, `𝟭`, …: five styles of ten), as ASCII digits; `c` otherwise.
#[cold]
fn styled_digit(c: char) -> char {
    let digit =
        |from: u32, zero: u32| char::from_digit((c as u32 - from + zero) % 10, 10).unwrap_or(c);
    match c {
        '①'..='⑨' => digit(0x2460, 1),
        '⑴'..='⑼' => digit(0x2474, 1),
        '⒈'..='⒐' => digit(0x2488, 1),
        '⓪' => '0',
        '❶'..='❾' => digit(0x2776, 1),
        '➀'..='➈' => digit(0x2780, 1),
        '➊'..='➒' => digit(0x278A, 1),
        '\u{1D7CE}'..='\u{1D7FF}' => digit(0x1D7CE, 0),
        _ => c,
    }
}

/// Where in `hay` the last of `labels` ends, as a byte offset (for "the nearest label wins").
/// ASCII labels match regardless of case.
///
/// `hay` is a short lead-in (a few dozen bytes) and the label lists have tens of entries: the
/// bytes `hay` holds are noted once, and a label with a byte it does not hold is not looked for
/// (most are not: callgrind, real drafts: about 9 M fewer instructions); the lower-case copy for the
/// ASCII labels is made only when `hay` has an upper-case letter.
pub(super) fn last_label(hay: &str, labels: &[&str]) -> Option<usize> {
    // every byte of `hay` and its ASCII lower case: a superset of the bytes of both haystacks
    let mut held = [0u64; 4];
    let mut upper = false;
    for &b in hay.as_bytes() {
        upper |= b.is_ascii_uppercase();
        for b in [b, b.to_ascii_lowercase()] {
            held[usize::from(b >> 6)] |= 1 << (b & 63);
        }
    }
    let holds = |b: u8| held[usize::from(b >> 6)] & (1 << (b & 63)) != 0;
    // (without an upper-case letter, the lower-case copy is `hay` itself)
    let lower = (upper && labels.iter().any(|l| l.is_ascii())).then(|| hay.to_ascii_lowercase());
    labels
        .iter()
        .filter_map(|l| {
            let h = match &lower {
                Some(lower) if l.is_ascii() => lower.as_bytes(),
                _ => hay.as_bytes(),
            };
            if l.is_empty() {
                return Some(h.len());
            }
            if !l.bytes().all(holds) {
                return None;
            }
            // memmem, not a comparison per window: this runs for every number's lead-in
            memchr::memmem::rfind(h, l.as_bytes()).map(|i| i + l.len())
        })
        .max()
}

/// Labels of numbers that only look like personal information (order, case and document numbers,
/// organisation codes, timestamps, hashes). A number whose nearest label is one of these is kept.
pub(super) const NOT_PII_LABELS: &[&str] = &[
    "订单",
    "单号",
    "编号",
    "编码",
    "流水",
    "工单",
    "案号",
    "文号",
    "批号",
    "批次",
    "合同号",
    "备案号",
    "运单",
    "快递",
    "发票",
    "发票号码",
    "税号",
    "工号",
    "学号",
    "考号",
    "准考证号",
    "纳税人识别号",
    "信用代码",
    "机构代码",
    "组织代码",
    "登记号",
    "注册号",
    "证书号",
    // payment and booking codes, vehicles' numbers and licences (breaker round 48)
    "缴款码",
    "缴费码",
    "预约号",
    "查询码",
    "车架号",
    "发动机号",
    "登记证号",
    "林权证号",
    "许可证号",
    "不动产权证号",
    "产权证号",
    "户号",
    "学籍号",
    "受理号",
    "回执",
    "序列号",
    "序号",
    "型号",
    "条码",
    "交易号",
    "账单号",
    "保单号",
    "票号",
    "车次",
    "航班",
    "邮编",
    "邮政编码",
    "时间戳",
    "校验",
    "哈希",
    "摘要",
    "版本",
    "代码",
    "密码",
    "验证码",
    "hash",
    "md5",
    "uuid",
];

/// Whether the nearest label in `lead` is one of [`NOT_PII_LABELS`] rather than one of `pii_labels`.
/// Where both end at once, the not-PII one wins: in every such pair it is the longer, more specific
/// label (`发票号码` is no `号码` of a phone).
///
/// A not-PII label names the number only when nothing but the rest of a label (`号`, `码`, `为`,
/// `是`: `运单号码为`) and punctuation stands between them: `验证码一直发不到158…`,
/// `快递实名登记用的5334…` and `订单上留的是我老婆的号139…` mention an order or a code in a
/// sentence about a person's number (breaker round 88).
pub(super) fn labelled_not_pii(lead: &str, pii_labels: &[&str]) -> bool {
    let names_the_number = |end: &usize| {
        let between = &lead[*end..];
        let cjk = |c: &char| crate::screen::segment::is_cjk(*c) && !"号码为是的第尾".contains(*c);
        // or, after a colon or in brackets, the carrier's or the issuer's name
        // (`快递单号：韵达4312…`, `运单（顺丰）SF…`)
        let described = between
            .trim_start_matches(|c: char| "号码为是的第尾 ".contains(c))
            .starts_with(['：', ':', '（', '('])
            && between.chars().filter(cjk).count() <= 4;
        !between.chars().any(|c| cjk(&c)) || described
    };
    match (
        last_label(lead, NOT_PII_LABELS).filter(names_the_number),
        last_label(lead, pii_labels),
    ) {
        (Some(n), Some(p)) => n >= p,
        (Some(_), None) => true,
        _ => false,
    }
}

/// Labels of an office's public channels (咨询/监督/举报电话, 服务热线): in drafts, a number or
/// mailbox published under one of these is the office's, not a person's.
///
/// `求助` only as `求助电话` / `求助号码`: alone it heads a plea for help (`求助：139…的主人请联系`),
/// which names a private person's number.
pub(super) const HOTLINE_LABELS: &[&str] = &[
    "咨询",
    "监督",
    "举报",
    "投诉",
    "服务",
    "热线",
    "值班",
    "受理",
    "求助电话",
    "求助号码",
    "救援",
    "报警",
    "办公",
    "投稿",
    "专线",
    "急诊",
    "急救",
    "报修",
    "信箱",
];

/// What, between a hotline label and a number, shows that the number is a person's after all: a
/// private person (`受理村民李建华（手机…`, `服务对象李建华（手机…`) or the end of the clause
/// (`热线受理群众诉求，村民王某手机…`).
const HOTLINE_BREAKS: &[&str] = &[
    "村民",
    "居民",
    "群众",
    "对象",
    "本人",
    "家属",
    "户主",
    "个人",
    "私人",
    "自己",
    "，",
    "。",
    "；",
    "！",
    "？",
    ",",
    ";",
    "\n",
    // the number a netizen left when they complained or asked (`您咨询时留下的电话`, `我上次投诉
    // 留的座机`: breaker round 88)
    "留的",
    "留下",
    "预留",
    "所留",
    "留了",
    "提供的",
    "填写的",
];

/// Whether `lead` (the text just before a number or mailbox) publishes it under an office's public
/// channel: a [`HOTLINE_LABELS`] label, and nothing after that label that makes the number a
/// private person's ([`HOTLINE_BREAKS`]), nor `人` right after it: `投诉人张建国（0887-…）` is the
/// complainant's number, `值班人员电话` still the office's (breaker round 52).
pub(super) fn hotline_lead(lead: &str) -> bool {
    last_label(lead, HOTLINE_LABELS).is_some_and(|end| {
        let after = &lead[end..];
        let person = after.starts_with('人') && !after.starts_with("人员");
        !person && !HOTLINE_BREAKS.iter().any(|b| after.contains(b))
    })
}

/// Units of measure a statistic's number is written before (`发电14628765432千瓦时`,
/// `接待游客13912345678人次`): a number before one is a quantity, not an identifier. Single
/// characters only where no identifier is followed by one in running text (not `人`, `个`, `号`,
/// nor `度`, `米`, `套`, `台`, which open `度假村`, `米线`, `套餐`, `台州`).
const UNITS: &[&str] = &[
    "千瓦时",
    "万千瓦",
    "千瓦",
    "兆瓦",
    "人次",
    "平方米",
    "平方公里",
    "立方米",
    "公里",
    "千米",
    "公斤",
    "千克",
    "公顷",
    "吨",
    "亩",
    "斤",
    "户次",
    "株",
    "辆",
    "册",
    "件",
];

/// Whether `after`, the folded text right after a number, opens with a unit of measure
/// ([`UNITS`]) or with spaces and `元` (`15887654321 元`; not `元旦`): breaker round 88,
/// where such statistics were masked as mobile numbers.
fn measured(after: &str) -> bool {
    if UNITS.iter().any(|u| after.starts_with(u)) {
        return true;
    }
    let spaced = after.trim_start_matches([' ', '\u{3000}']);
    // (not `万`, `亿`: `139… 万一打不通`, `139… 万女士`)
    spaced.len() < after.len()
        && spaced.starts_with('元')
        && !spaced[3..].starts_with(['旦', '宵', '素', '月'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_one_character_for_one() {
        for (text, folded) in [
            ("手机１５８８７６５４３２１", "手机15887654321"),
            ("ａ＠ｂ．ｃｎ", "a@b.cn"),
            ("电话\u{3000}0887－8627777", "电话\u{3000}0887-8627777"),
            ("编号⑩不展开", "编号⑩不展开"),
            ("（0887）", "（0887）"),
            ("🙏 号码", "🙏 号码"),
        ] {
            let v = View::new(text);
            assert_eq!(v.folded, folded, "{text}");
            assert_eq!(v.folded.chars().count(), text.chars().count(), "{text}");
        }
        assert!(matches!(View::new("纯文本abc").folded, Cow::Borrowed(_)));
        assert!(matches!(
            View::new("全角标点，（）：　").folded,
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn number_stretches_hold_digits_and_their_separators() {
        let v = View::new("电话+86 158-8765 4321，订单２０２４\n12ab，微信lisu_ww没有");
        let got: Vec<(&str, usize, usize)> = v
            .stretches()
            .map(|s| (&v.folded[s.start..s.end], s.digits, s.letters))
            .collect();
        assert_eq!(
            got,
            [
                ("+86 158-8765 4321", 13, 0),
                ("2024", 4, 0),
                ("12ab", 2, 2),
                ("lisu_ww", 0, 6)
            ]
        );
        assert_eq!(v.numbers(0).count(), 3);
        assert_eq!(v.numbers(5).count(), 1);
        assert_eq!(View::new("没有数字").stretches().count(), 0);
        assert_eq!(
            v.back(v.folded.find("2024").unwrap(), 2),
            v.folded.find("订单").unwrap()
        );
    }

    #[test]
    fn first_digit_is_found_in_any_chunk() {
        for (text, want) in [
            ("", None),
            ("没有", None),
            ("5", Some(0)),
            (
                "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十9",
                Some(90),
            ),
            ("一二三四五六七八九十一2", Some(33)),
        ] {
            assert_eq!(find_digit(text.as_bytes()), want, "{text}");
        }
    }

    proptest::proptest! {
        /// The word-at-a-time searches find the first ASCII digit or letter wherever it stands
        /// among CJK text, full-width forms and ASCII punctuation.
        #[test]
        fn searches_find_what_testing_each_byte_finds(
            text in "([a-zA-Z0-9 .,:(-]|维|西|，|０|ａ|Ａ|①|—){0,40}"
        ) {
            let b = text.as_bytes();
            proptest::prop_assert_eq!(find_digit(b), b.iter().position(u8::is_ascii_digit));
            proptest::prop_assert_eq!(
                find_alnum(b),
                b.iter().position(u8::is_ascii_alphanumeric)
            );
        }
    }

    /// The byte test of the characters from U+F000 on says yes to exactly those that fold.
    #[test]
    fn full_width_forms_that_fold_are_told_on_their_bytes() {
        for c in ('\u{F000}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
            let mut utf8 = [0; 4];
            let b = c.encode_utf8(&mut utf8).as_bytes();
            assert_eq!(folds_at_ef(b[1], b[2]), fold(c) != c, "{c:?}");
        }
    }

    #[test]
    fn flags_see_folded_digits_and_at_signs() {
        assert!(View::new("１").has_digit);
        assert!(!View::new("没有数字").has_digit);
        assert!(View::new("ａ＠ｂ").has_at);
    }

    #[test]
    fn char_index_counts_code_points_after_astral_characters() {
        let v = View::new("🙏 号码15887654321");
        let b = v.folded.find("158").unwrap();
        assert_eq!(v.char_index(b), 4);
        assert_eq!(v.char_index(v.folded.len()), 15);
    }

    #[test]
    fn char_index_is_the_same_whatever_the_order_of_questions() {
        let v = View::new("张三🙏住在１号楼，电话15887654321，𝟏𝟑𝟗，邮箱a@b.cn");
        let bounds: Vec<usize> = v.folded.char_indices().map(|(b, _)| b).collect();
        let want = |b: usize| v.folded[..b].chars().count();
        // forwards, backwards, and jumping between the two ends
        let n = bounds.len();
        let jumps = (0..n).map(|i| {
            if i % 2 == 0 {
                bounds[i / 2]
            } else {
                bounds[n - 1 - i / 2]
            }
        });
        for b in bounds
            .iter()
            .copied()
            .chain(bounds.iter().rev().copied())
            .chain(jumps)
        {
            assert_eq!(v.char_index(b), want(b), "byte {b}");
        }
    }

    #[test]
    fn edges_reject_letters_digits_decimals_and_amounts() {
        for (text, needle, clean) in [
            ("电话15887654321谢谢", "15887654321", true),
            ("ab15887654321cd", "15887654321", false),
            ("x158876543219", "15887654321", false),
            ("共0000-00000000.75元", "0000-00000000", false),
            ("¥15887654321", "15887654321", false),
            ("15887654321元", "15887654321", false),
            ("（15887654321）", "15887654321", true),
            // inside a URL's path or query: a page, not a person
            (
                "详见www.gov.cn/zhengce/content_13987654321.htm",
                "13987654321",
                false,
            ),
            ("https://x.gov.cn/a/13987654321/", "13987654321", false),
            ("https://x.cn:8080/p?id=13987654321", "13987654321", false),
            // the last segment of a code mixing letters and digits
            ("编号WX-2026-13987654321", "13987654321", false),
            ("SN_A1_13987654321", "13987654321", false),
            // but a letters-only or digits-only prefix is a label or a list
            ("加我vx-13987654321", "13987654321", true),
            ("0887-13987654321", "13987654321", true),
            // unless the parameter says it is personal
            ("https://x.cn/reg?mobile=13987654321", "13987654321", true),
            (
                "http://x.cn/f?a=1&userPhone=13987654321",
                "13987654321",
                true,
            ),
            // no URL: a host without a path, or no host at all
            ("x.cn 13987654321", "13987654321", true),
            ("a/13987654321", "13987654321", true),
            ("电话:13987654321", "13987654321", true),
        ] {
            let v = View::new(text);
            let s = v.folded.find(needle).unwrap();
            assert_eq!(v.clean_edges(s, s + needle.len()), clean, "{text}");
        }
    }

    #[test]
    fn lead_in_stops_at_clause_ends_line_breaks_and_digits() {
        for (text, needle, lead) in [
            ("我身份证533423", "533423", "我身份证"),
            ("订单号123，电话139", "139", "电话"),
            ("订单号123 电话139", "139", " 电话"),
            ("身份证\n139", "139", ""),
            ("很长很长的一句话里的电话139", "139", "长的一句话里的电话"),
        ] {
            let v = View::new(text);
            let s = v.folded.rfind(needle).unwrap();
            assert_eq!(v.lead_in(s, 9), lead, "{text}");
        }
        let v = View::new("6228480011223344554是我的卡号，好");
        assert_eq!(v.lead_out(19, 8), "是我的卡号");
    }

    #[test]
    fn nearest_label_decides() {
        assert!(labelled_not_pii("订单号", &["电话"]));
        assert!(!labelled_not_pii("订单号和电话", &["电话"]));
        assert!(labelled_not_pii("电话和订单号", &["电话"]));
        assert!(!labelled_not_pii("我的", &["电话"]));
    }

    #[test]
    fn wide_characters_are_cjk_and_full_width_forms() {
        for c in ['中', '１', '＊', 'Ａ'] {
            assert!(is_wide(c), "{c}");
        }
        for c in ['1', 'a', '*', '-', '·'] {
            assert!(!is_wide(c), "{c}");
        }
    }
}
