//! Detector: numbers spelt in Chinese numerals (`一三九八七六五四三二一`, `伍叁叁肆贰叁…`), the
//! way comments write a mobile, an ID or a card number to slip past filters.
//!
//! A *run* is a stretch of numerals ([`numeral_digit`]: ordinary, financial (大写) and traditional
//! numerals, `幺` `洞` `拐` of spoken numbers, ASCII digits mixed in) with single separators
//! between them (`一三九-八七六五-四三二一`), holding at least one numeral that is not an ASCII
//! digit (runs of ASCII digits alone are the other detectors' matter). A whole run is read as
//! - a mobile: eleven numerals reading `1[3-9]…` (not under an office hotline's label in a draft);
//! - a resident ID: eighteen numerals, or seventeen and an `X`, that the ID detector accepts
//!   (region code, birth date, GB 11643-1999 check character or an ID label);
//! - a bank card: 12–25 numerals that the card detector accepts (Luhn and a scheme's prefix, or a
//!   card label).
//!
//! A run is not read in part (twelve numerals are no mobile, as twelve digits are not), except that
//! a Chinese numeral at either end that touches a Chinese character beyond it may belong to a word
//! (`…四三二一一定打给我`: `一定`; `统一一三九…`): the run is then read without it.
//!
//! Masking: as the number written in digits (`一三九＊＊＊＊四三二一`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::view::{hotline_lead, is_han, View};
use super::{bank_card, mobile, resident_id, Context, Hit, PiiKind};
use crate::item::Kind;

/// The digit a numeral stands for, in the ordinary and the financial (大写) forms, simplified or
/// traditional (`幺` is the spoken 1 of phone numbers, `洞` the 0 and `拐` the 7 of radio speech);
/// an ASCII digit stands for itself, so mixed spellings (`1三9…`) read too.
#[inline]
pub(crate) fn numeral_digit(c: char) -> Option<u8> {
    // most characters asked about are other ideographs, sampled all over a text: one bit says no
    // to them before the comparisons below, whose branches they mispredicted (`perf`: 2.7 % of
    // screening time in this function)
    let cp = c as usize;
    if cp >= 0x10000 || NUMERAL_BITS[cp / 64] & (1 << (cp % 64)) == 0 {
        return None;
    }
    digit_of(c)
}

/// [`numeral_digit`] without its quick no.
fn digit_of(c: char) -> Option<u8> {
    Some(match c {
        '0'..='9' => c as u8 - b'0',
        '〇' | '零' | '洞' => 0,
        '一' | '幺' | '壹' => 1,
        '二' | '贰' | '貳' => 2,
        '三' | '叁' | '參' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' | '拐' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// Every character [`numeral_digit`] reads.
const NUMERALS: [char; 36] = [
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '〇', '零', '洞', '一', '幺', '壹', '二',
    '贰', '貳', '三', '叁', '參', '四', '肆', '五', '伍', '六', '陆', '陸', '七', '柒', '拐', '八',
    '捌', '九', '玖',
];

/// One bit per BMP code point, set for [`NUMERALS`].
static NUMERAL_BITS: [u64; 1024] = {
    let mut bits = [0u64; 1024];
    let mut i = 0;
    while i < NUMERALS.len() {
        let cp = NUMERALS[i] as usize;
        bits[cp / 64] |= 1 << (cp % 64);
        i += 1;
    }
    bits
};

/// Separators written between the numerals of a spelt-out number (`一三九-八七六五-四三二一`): one
/// at a time, between two numerals.
fn numeral_separator(c: char) -> bool {
    matches!(c, '-' | '—' | ' ' | '·' | '.' | '_' | '、')
}

/// Fewest bytes of a run worth reading: eleven numerals, one of them (a Chinese numeral) 3 bytes
/// long, so ten bytes and three. The text is sampled every `STRIDE` bytes, so a run that long
/// always holds a sample and the rest of the text is not read character by character. (It was
/// 11, which sampled 18 % more: callgrind, real drafts: 1.5 M instructions more.)
const STRIDE: usize = 13;

/// Finds numbers spelt in numerals in `v` (spans are folded bytes).
pub(super) fn detect(v: &View, ctx: &Context, out: &mut Vec<Hit>) {
    let hay: &str = &v.folded;
    let mut p = STRIDE - 1;
    while p < hay.len() {
        let mut at = p;
        while !hay.is_char_boundary(at) {
            at -= 1;
        }
        let c = hay[at..].chars().next().expect("inside the text");
        if numeral_digit(c).is_none() && !numeral_separator(c) {
            p += STRIDE;
            continue;
        }
        let Some((s, e)) = run_around(hay, at) else {
            p += STRIDE;
            continue;
        };
        p = e.max(p) + STRIDE;
        if let Some(hit) = read_run(v, ctx, s, e) {
            out.push(hit);
        }
    }
}

/// The run of numerals and single separators around byte `at` (a numeral, or a separator next
/// to one), as folded bytes `[s, e)` with a numeral at either end; `None` for a lone separator.
fn run_around(hay: &str, at: usize) -> Option<(usize, usize)> {
    // a numeral to start from: `at` itself, or the character after or before a separator
    let c = hay[at..].chars().next()?;
    let q = if numeral_digit(c).is_some() {
        at
    } else if hay[at + c.len_utf8()..]
        .chars()
        .next()
        .and_then(numeral_digit)
        .is_some()
    {
        at + c.len_utf8()
    } else {
        let (b, _) = hay[..at]
            .char_indices()
            .next_back()
            .filter(|&(_, p)| numeral_digit(p).is_some())?;
        b
    };
    // walks one way while numerals follow, never over two separators in a row; returns the far
    // end of the last numeral
    fn walk(chars: impl Iterator<Item = (usize, char)>, from: usize) -> usize {
        let mut edge = from;
        let mut separator = false;
        for (b, c) in chars {
            if numeral_digit(c).is_some() {
                edge = b;
                separator = false;
            } else if numeral_separator(c) && !separator {
                separator = true;
            } else {
                break;
            }
        }
        edge
    }
    let e = walk(
        hay[q..]
            .char_indices()
            .map(|(b, c)| (q + b + c.len_utf8(), c)),
        q,
    );
    let s = walk(hay[..q].char_indices().rev(), q);
    Some((s, e))
}

/// Whether the numerals of a run (`spelt`: which are not ASCII digits) are a run of eleven or more
/// ASCII digits with at most two numerals glued on at its ends (`…4554一直`): that number is the
/// other detectors' matter, and the numerals a word's (`一直`, `十一`). More numerals than a word
/// holds are part of the number, spelt half and half (`6262679412459八五六八`, a card).
fn ascii_number_with_numerals_glued_on(spelt: &[bool]) -> bool {
    let first = spelt.iter().position(|&x| !x);
    let last = spelt.iter().rposition(|&x| !x);
    match (first, last) {
        (Some(f), Some(l)) => {
            l + 1 - f >= 11 && spelt[f..=l].iter().all(|&x| !x) && spelt.len() - (l + 1 - f) <= 2
        }
        _ => false,
    }
}

/// The hit a run at folded bytes `[s, e)` makes, if it reads as a mobile, an ID or a card; else,
/// when a Chinese numeral at one end touches a Chinese character beyond (`…四三二一一定打`: the
/// word `一定`; `统一一三九…`), the run without that numeral.
fn read_run(v: &View, ctx: &Context, s: usize, e: usize) -> Option<Hit> {
    let hay: &str = &v.folded;
    if let Some(hit) = read_whole_run(v, ctx, s, e, false) {
        return Some(hit);
    }
    // a number after the country code, which is kept as written (`+86 一三九…`, `0086-139八七六五…`:
    // breaker round 84)
    if let Some(code_end) = country_code_end(hay, s, e) {
        if let Some(hit) = read_whole_run(v, ctx, code_end, e, true) {
            return Some(hit);
        }
    }
    let word_char = |c: Option<char>| c.is_some_and(|c| is_han(c) && numeral_digit(c).is_none());
    let last = hay[s..e].chars().next_back()?;
    if !last.is_ascii_digit() && word_char(hay[e..].chars().next()) {
        let shorter = e - last.len_utf8();
        let shorter = hay[s..shorter].trim_end_matches(numeral_separator).len() + s;
        if let Some(hit) = read_whole_run(v, ctx, s, shorter, false) {
            return Some(hit);
        }
    }
    let first = hay[s..e].chars().next()?;
    if !first.is_ascii_digit() && word_char(hay[..s].chars().next_back()) {
        let rest = &hay[s + first.len_utf8()..e];
        let later = e - rest.trim_start_matches(numeral_separator).len();
        return read_whole_run(v, ctx, later, e, false);
    }
    None
}

/// Where the number starts after a country code opening the run at folded bytes `[s, e)`: `86`
/// after a `+`, or `0086`, and a separator maybe; `None` when the run opens with none.
fn country_code_end(hay: &str, s: usize, e: usize) -> Option<usize> {
    let run = &hay[s..e];
    let rest = run
        .strip_prefix("0086")
        .or_else(|| run.strip_prefix("86").filter(|_| hay[..s].ends_with('+')))?;
    Some(e - rest.trim_start_matches(numeral_separator).len())
}

/// The hit the whole run at folded bytes `[s, e)` makes, if it reads as a mobile, an ID or a card.
/// `after_code`: the run starts after a country code ([`country_code_end`]), whose digits may
/// touch it.
fn read_whole_run(
    v: &View,
    ctx: &Context,
    s: usize,
    mut e: usize,
    after_code: bool,
) -> Option<Hit> {
    let hay: &str = &v.folded;
    // most runs are a few numerals of running text (`一二三`, `十一、`): counted before anything is
    // collected (callgrind, real drafts: 4.5 M -> 1.6 M instructions)
    let (mut numerals, mut any_spelt) = (0, false);
    for c in hay[s..e].chars() {
        if numeral_digit(c).is_some() {
            numerals += 1;
            any_spelt |= !c.is_ascii_digit();
        }
    }
    if numerals < 11 || !any_spelt {
        return None;
    }
    let mut digits: Vec<u8> = Vec::with_capacity(numerals);
    let mut spelt: Vec<bool> = Vec::with_capacity(numerals);
    for c in hay[s..e].chars() {
        if let Some(d) = numeral_digit(c) {
            digits.push(d);
            spelt.push(!c.is_ascii_digit());
        }
    }
    if digits.len() < 11 || !spelt.contains(&true) || ascii_number_with_numerals_glued_on(&spelt) {
        return None;
    }
    // an ID's check character 10 is written `X`
    let mut check_x = false;
    if digits.len() == 17 {
        if let Some(x) = hay[e..].chars().next().filter(|c| matches!(c, 'X' | 'x')) {
            check_x = true;
            e += x.len_utf8();
        }
    }
    // nothing of a letter or digit run glued on: `ABC一三九…` is a code
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    if (glued(hay[..s].chars().next_back()) && !after_code) || glued(hay[e..].chars().next()) {
        return None;
    }
    if digits.len() == 11 && digits[0] == 1 && digits[1] >= 3 {
        if ctx.kind == Kind::Draft && hotline_lead(v.lead_in(s, 12)) {
            return None;
        }
        return Some(v.hit(PiiKind::Mobile, s, e, mobile::mask(0)));
    }
    if digits.len() + usize::from(check_x) == 18 {
        let mut chars: Vec<char> = digits.iter().map(|&d| char::from(b'0' + d)).collect();
        if check_x {
            chars.push('X');
        }
        if resident_id::accepts(v, s, &chars) {
            return Some(v.hit(PiiKind::ResidentId, s, e, resident_id::MASK));
        }
    }
    let digits: Vec<u32> = digits.iter().map(|&d| u32::from(d)).collect();
    (!check_x && bank_card::accepts(v, s, e, &digits))
        .then(|| v.hit(PiiKind::BankCard, s, e, bank_card::MASK))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{draft, masks, masks_in};
    use super::*;

    /// The quick no of `numeral_digit` lets through exactly the characters it reads.
    #[test]
    fn the_numeral_bitmap_holds_every_numeral() {
        for c in (0u32..0x10000).filter_map(char::from_u32) {
            assert_eq!(digit_of(c).is_some(), NUMERALS.contains(&c), "{c:?}");
            assert_eq!(numeral_digit(c), digit_of(c), "{c:?}");
        }
    }

    #[test]
    fn runs_end_at_numerals() {
        for (text, run) in [
            ("电话一三九-八七六五-四三二一。", "一三九-八七六五-四三二一"),
            ("打 一三九 找我", "一三九"),
            ("一三九--八七六五", "一三九"),
            ("八七六五--一三九", "一三九"),
        ] {
            let at = text.find('三').expect("a numeral");
            let (s, e) = run_around(text, at).expect("a run");
            assert_eq!(&text[s..e], run, "{text}");
        }
    }

    /// Kind: mobiles spelt in numerals, whatever numeral starts them (an ASCII `1` too).
    #[test]
    fn mobiles_starting_with_any_one() {
        masks(
            "mobile",
            &[
                ("139八七六五4321", "139＊＊＊＊4321"),
                ("电话1三9八七六五四三二一", "电话1三9＊＊＊＊四三二一"),
                ("13九87654321找我", "13九****4321找我"),
                // a numeral of the word next to it (一定, 统一) is not the number's
                (
                    "打一三九八七六五四三二一一定接",
                    "打一三九＊＊＊＊四三二一一定接",
                ),
                ("统一一三九八七六五四三二一", "统一一三九＊＊＊＊四三二一"),
                ("一三九八七六五四三二一", "一三九＊＊＊＊四三二一"),
                // after the country code, kept as written (breaker round 84)
                (
                    "电话+86 一三九八七六五四三二一",
                    "电话+86 一三九＊＊＊＊四三二一",
                ),
                ("+86一三九八七六五四三二一", "+86一三九＊＊＊＊四三二一"),
                ("+86 139八七六五4321", "+86 139＊＊＊＊4321"),
                ("0086-壹叁玖捌柒陆伍肆叁贰壹", "0086-壹叁玖＊＊＊＊肆叁贰壹"),
                // no `+`: 86 is part of the run, twelve numerals are no mobile
                (
                    "编号86一三九八七六五四三二一",
                    "编号86一三九八七六五四三二一",
                ),
            ],
        );
        masks_in(
            draft(),
            "mobile",
            &[(
                "举报电话：一三九八七六五四三二一",
                "举报电话：一三九八七六五四三二一",
            )],
        );
    }

    /// Kind: resident IDs spelt in numerals, checked as IDs written in digits are
    /// (GB 11643-1999 check character).
    #[test]
    fn resident_ids_in_numerals() {
        // 53342319780606012 has the check character 0 (GB 11643-1999)
        let id = "五三三四二三一九七八零六零六零一二零";
        assert_eq!(
            resident_id::check_char(&"53342319780606012".chars().collect::<Vec<_>>()),
            Some('0')
        );
        masks(
            "resident_id",
            &[
                (
                    &format!("我身份证{id}，请核实"),
                    "我身份证五三三四二三＊＊＊＊＊＊＊＊零一二零，请核实",
                ),
                (
                    "伍叁叁肆贰叁壹玖柒捌零陆零陆零壹贰零",
                    "伍叁叁肆贰叁＊＊＊＊＊＊＊＊零壹贰零",
                ),
            ],
        );
        // a wrong check character and no label, outside Yunnan: eighteen numerals, no ID
        masks(
            "resident_id",
            &[(
                "一一零一零一一九七八零六零六零一二八",
                "一一零一零一一九七八零六零六零一二八",
            )],
        );
    }

    /// Kind: bank cards spelt in numerals (Luhn and a UnionPay prefix, or a card label).
    #[test]
    fn bank_cards_in_numerals() {
        let digits: Vec<u32> = "6222600260001072444"
            .chars()
            .filter_map(|c| c.to_digit(10))
            .collect();
        assert!(bank_card::luhn(&digits));
        masks(
            "bank_card",
            &[
                (
                    "卡号陆贰贰贰陆零零贰陆零零零壹零柒贰肆肆肆",
                    "卡号陆贰贰贰＊＊＊＊＊＊＊＊＊＊＊贰肆肆肆",
                ),
                (
                    "转到六二二二六零零二六零零零一零七二四四四",
                    "转到六二二二＊＊＊＊＊＊＊＊＊＊＊二四四四",
                ),
                // half in digits, half in numerals (found by the property test)
                ("转到6262679412459八五六八", "转到6262*********八五六八"),
                ("转到62626794124五九八五六八", "转到6262*******＊＊八五六八"),
            ],
        );
    }

    /// Kind: numerals that are no number stay.
    #[test]
    fn numerals_that_are_no_number() {
        masks(
            "mobile",
            &[
                ("一三九八七六五四三二一〇", "一三九八七六五四三二一〇"),
                (
                    "第一二三四五六七八九〇一二组",
                    "第一二三四五六七八九〇一二组",
                ),
                ("ABC一三九八七六五四三二一", "ABC一三九八七六五四三二一"),
                // an ASCII number with a word's numeral glued on (`一直`) is read as the number
                ("电话15887654321一直打不通", "电话158****4321一直打不通"),
            ],
        );
        masks(
            "bank_card",
            &[(
                "卡号6228480402564890018一直没到账",
                "卡号6228***********0018一直没到账",
            )],
        );
    }
}
