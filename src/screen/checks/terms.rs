//! Lexicon hits as findings: one finding per hit and category, with the list's article, action and
//! message; public-opinion lists also name the department to forward to (第十条).

use crate::item::{Action, Finding, Item};
use crate::screen::lexicon::{Lexicon, Role, Scope};
use crate::screen::FieldScan;

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
