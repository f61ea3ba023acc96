//! Masking: how a detected identifier is rewritten (contract §4, 第十三条).
//!
//! Pipeline position: the last step of [`super::deidentify`], after the detectors and the overlap
//! resolution. Every plan rewrites an identifier character for character, so the field keeps its
//! length in code points and its layout: separators (spaces, dashes, dots, `·`, parentheses) stay,
//! a masked character becomes `*`, or `＊` where the original character is displayed full width
//! (full-width digits, CJK characters), and a name's given name becomes `某`.
//!
//! This module must not decide what to mask; it only rewrites what a detector found.

use super::view::is_wide;

/// How one identifier is masked. Counts are in characters of the identifier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Plan {
    /// Keep the first `skip` characters as they are (a `+86 ` prefix, an area code). Of the remaining
    /// *units* (letters and digits of any script, and `_`) keep the first `head` and the last `tail`
    /// and mask the others; separators are never units and stay.
    Keep {
        skip: usize,
        head: usize,
        tail: usize,
    },
    /// E-mail: keep the first character of the local part, mask the rest of it, keep `@` (or the
    /// `#` written for it) and the domain.
    Email,
    /// A person's name: keep the first `surname` characters; every further letter becomes `某`.
    Name { surname: usize },
    /// An address: keep the first `keep` characters (down to the township), mask every later unit.
    Address { keep: usize },
}

impl Plan {
    /// The first and the last unit shown, every other masked (QQ numbers, WeChat ids, plates).
    pub(super) const FIRST_AND_LAST: Plan = Plan::Keep {
        skip: 0,
        head: 1,
        tail: 1,
    };

    /// The plan for what is left of an identifier whose first characters `dropped` (folded; all
    /// among the [`shown_head`]) are taken off: it masks the rest exactly as before.
    pub(super) fn without_head(self, dropped: &[char]) -> Plan {
        let n = dropped.len();
        match self {
            Plan::Keep { skip, head, tail } => Plan::Keep {
                skip: skip.saturating_sub(n),
                head: head
                    .saturating_sub(dropped.iter().skip(skip).filter(|c| is_unit(**c)).count()),
                tail,
            },
            // an e-mail shows no head that can be taken off (see `shown_head`)
            Plan::Email => Plan::Email,
            Plan::Name { surname } => Plan::Name {
                surname: surname.saturating_sub(n),
            },
            Plan::Address { keep } => Plan::Address {
                keep: keep.saturating_sub(n),
            },
        }
    }
}

/// How many of an identifier's first characters (`folded`) `plan` shows as they are: the part
/// that can be given up to a hit overlapping it. None for an e-mail, whose first character is
/// shown only because it is first.
pub(super) fn shown_head(plan: Plan, folded: &[char]) -> usize {
    if plan == Plan::Email {
        return 0;
    }
    let mut out = String::with_capacity(folded.len() * 3);
    apply(plan, folded, folded, &mut out);
    out.chars().zip(folded).take_while(|(m, f)| m == *f).count()
}

/// The mask of one original character: `＊` for a full-width one, else `*`.
pub(super) fn star(original: char) -> char {
    if is_wide(original) {
        '＊'
    } else {
        '*'
    }
}

fn is_unit(folded: char) -> bool {
    folded.is_alphanumeric() || folded == '_'
}

/// Appends the masked form of an identifier to `out`. `original` and `folded` are its characters
/// before and after width folding (same length).
pub(super) fn apply(plan: Plan, original: &[char], folded: &[char], out: &mut String) {
    debug_assert_eq!(original.len(), folded.len());
    match plan {
        Plan::Keep { skip, head, tail } => {
            let units = folded.iter().skip(skip).filter(|c| is_unit(**c)).count();
            // A shorter identifier than the plan expects still loses its middle.
            let (head, tail) = if units > head + tail {
                (head, tail)
            } else {
                (units / 4, units / 4)
            };
            let mut k = 0;
            for (i, (&o, &f)) in original.iter().zip(folded).enumerate() {
                if i < skip || !is_unit(f) {
                    out.push(o);
                    continue;
                }
                out.push(if k < head || k >= units - tail {
                    o
                } else {
                    star(o)
                });
                k += 1;
            }
        }
        Plan::Email => {
            let at = folded
                .iter()
                .position(|&c| c == ' ' || !super::email::in_local_part(c))
                .unwrap_or(folded.len());
            for (i, &o) in original.iter().enumerate() {
                // the local part ends at a space (`l******* @qq.com`, `w***** at qq dot com`)
                out.push(if i == 0 || i >= at || folded[i] == ' ' {
                    o
                } else {
                    star(o)
                });
            }
        }
        Plan::Name { surname } => {
            for (i, (&o, &f)) in original.iter().zip(folded).enumerate() {
                out.push(if i < surname || !is_unit(f) { o } else { '某' });
            }
        }
        Plan::Address { keep } => {
            for (i, (&o, &f)) in original.iter().zip(folded).enumerate() {
                out.push(if i < keep || !is_unit(f) { o } else { star(o) });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::screen::deidentify::view::View;

    fn masked(plan: Plan, text: &str) -> String {
        let v = View::new(text);
        let o: Vec<char> = text.chars().collect();
        let f: Vec<char> = v.folded.chars().collect();
        let mut out = String::new();
        apply(plan, &o, &f, &mut out);
        assert_eq!(out.chars().count(), o.len(), "length of {text}");
        out
    }

    /// Taking shown characters off the front of an identifier leaves the rest masked as before,
    /// for every plan (what overlapping hits rely on, see `trim_shown_heads`).
    #[test]
    fn the_rest_of_a_trimmed_identifier_masks_as_before() {
        let keep = |skip, head, tail| Plan::Keep { skip, head, tail };
        for (plan, text) in [
            (keep(0, 1, 1), "云R·A8X79"),
            (keep(4, 3, 4), "+86 139 1234 5678"),
            (keep(0, 3, 4), "13912345678"),
            (keep(0, 6, 4), "1101 0519 3001 0100 05"),
            (Plan::Address { keep: 3 }, "塔城镇其宗村5组8号"),
            (Plan::Address { keep: 8 }, "患者余秀英塔城镇其宗村5组8号"),
            (Plan::Name { surname: 2 }, "欧阳秀英"),
            (Plan::Email, "lisu.ww@example.org"),
        ] {
            let whole = masked(plan, text);
            let folded: Vec<char> = View::new(text).folded.chars().collect();
            let shown = shown_head(plan, &folded);
            assert_eq!(shown == 0, plan == Plan::Email, "{text}: {shown}");
            assert!(whole
                .chars()
                .zip(text.chars())
                .take(shown)
                .all(|(m, o)| m == o));
            for n in 0..=shown {
                let rest: String = text.chars().skip(n).collect();
                let o: Vec<char> = rest.chars().collect();
                let mut out = String::new();
                apply(plan.without_head(&folded[..n]), &o, &folded[n..], &mut out);
                let want: String = whole.chars().skip(n).collect();
                assert_eq!(out, want, "{text} without {n} characters");
            }
        }
        assert_eq!(shown_head(Plan::Email, &['a', '@', 'b']), 0);
    }

    #[test]
    fn contract_examples() {
        let keep = |skip, head, tail| Plan::Keep { skip, head, tail };
        for (plan, text, want) in [
            (keep(0, 3, 4), "13912345678", "139****5678"),
            (keep(4, 3, 4), "+86 139 1234 5678", "+86 139 **** 5678"),
            (keep(0, 6, 4), "533423197806060127", "533423********0127"),
            (keep(0, 6, 4), "53342320010909002X", "533423********002X"),
            (
                keep(0, 4, 4),
                "6222 0000 0000 0000 128",
                "6222 **** **** ***0 128",
            ),
            (keep(0, 4, 4), "6228480011223344554", "6228***********4554"),
            (keep(5, 0, 2), "0887-8627734", "0887-*****34"),
            (keep(0, 1, 1), "云R·A8X79", "云*·****9"),
            (keep(0, 1, 1), "E12345678", "E*******8"),
            (keep(0, 1, 1), "lisu_ww2020", "l*********0"),
            (Plan::Email, "lisu.ww@example.org", "l******@example.org"),
            (Plan::Email, "a@b.cn", "a@b.cn"),
            (Plan::Name { surname: 1 }, "张三", "张某"),
            (Plan::Name { surname: 1 }, "余秀英", "余某某"),
            (Plan::Name { surname: 2 }, "欧阳娜娜", "欧阳某某"),
            (Plan::Name { surname: 0 }, "扎西多吉", "某某某某"),
            (Plan::Name { surname: 0 }, "阿不都·热合曼", "某某某·某某某"),
            (
                Plan::Address { keep: 3 },
                "塔城镇其宗村5组8号",
                "塔城镇＊＊＊*＊*＊",
            ),
        ] {
            assert_eq!(masked(plan, text), want, "{text}");
        }
    }

    #[test]
    fn full_width_characters_get_a_full_width_mask() {
        let plan = Plan::Keep {
            skip: 0,
            head: 3,
            tail: 4,
        };
        assert_eq!(
            masked(plan, "１５８８７６５４３２１"),
            "１５８＊＊＊＊４３２１"
        );
        assert_eq!(
            masked(plan, "１５８　８７６５　４３２１"),
            "１５８　＊＊＊＊　４３２１"
        );
    }

    #[test]
    fn a_short_identifier_still_loses_its_middle() {
        let plan = Plan::Keep {
            skip: 0,
            head: 4,
            tail: 4,
        };
        assert_eq!(masked(plan, "12345678"), "12****78");
    }
}
