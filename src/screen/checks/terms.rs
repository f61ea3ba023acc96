//! Lexicon hits as findings: one finding per hit and category, with the list's article, action and
//! message; public-opinion lists also name the department to forward to (第十条).

use crate::item::{Action, Finding, Item};
use crate::screen::lexicon::{Lexicon, Role, Scope};
use crate::screen::normalize::Normalized;
use crate::screen::FieldScan;
use regex::Regex;
use std::sync::LazyLock;

/// A negation the text before a hit ends with: `未`, `没有`, `不存在`, `并未`, ..., optionally a
/// verb of happening (`发生`, `造成`, `出现`) and `人员` (`未造成人员伤亡`, `没有发生火灾`,
/// `不存在爆炸危险`, `并没有失联`, `无伤亡`).
static NEGATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:未|没有|没|无|不存在|并未|并没有|尚未|从未|未曾|均未|均无)(?:发生|造成|出现|引发|导致|发现|有|过)?(?:任何)?(?:人员)?$",
    )
    .expect("negation pattern compiles")
});

/// Whether the hit starting at folded character `folded_start` of `text` follows a negation (`未`,
/// `没有`, `不存在`, …), for lists with `@negation drop`: a report that nobody was hurt names no
/// casualties. Only the negated term is dropped: `山体滑坡，未造成人员伤亡` still reports the
/// landslide. Reads the 10 folded characters before the hit (so `沒有` is `没有`), in constant time
/// whatever the hit's place in the text.
pub fn negated(text: &Normalized, folded_start: usize) -> bool {
    let head = text.folded_byte_range(folded_start.saturating_sub(10), folded_start);
    NEGATION.is_match(&text.folded[head])
}

/// Appends the findings of `scan`'s hits to `out` and their departments to `forward_to`.
///
/// Reference vocabularies (leader titles, units) make no finding here; repost-only lists (personal
/// opinion markers) only count when the item reposts.
pub fn findings(
    item: &Item,
    scan: &FieldScan<'_>,
    lexicon: &Lexicon,
    out: &mut Vec<Finding>,
    forward_to: &mut Vec<String>,
) {
    for hit in &scan.hits {
        let mut categories: Vec<&str> = Vec::new();
        for meta in lexicon.metas(hit) {
            let action = meta.action(item.kind);
            // "Findings list only what needs a reviewer's attention" (contract §2): a list whose action
            // for this kind is a note (public-opinion topics in a draft) makes no finding.
            if meta.role != Role::Screen
                || meta.allow
                || action == Action::Note
                || (meta.scope == Scope::Repost && item.repost.is_none())
                || categories.contains(&&*meta.category)
                || (meta.negation_drops && negated(&scan.normalized, hit.folded_start))
            {
                continue;
            }
            categories.push(&meta.category);
            if let Some(d) = &meta.forward_to {
                forward_to.push(d.clone());
            }
            out.push(Finding {
                check: if meta.scope == Scope::Repost {
                    "attribution"
                } else {
                    "lexicon"
                }
                .into(),
                category: meta.category.clone(),
                rule: meta.rule.clone(),
                article: meta.article.clone(),
                field: scan.field,
                start: hit.start,
                end: hit.end,
                action,
                message: meta.message(item.kind).clone(),
            });
        }
    }
}
