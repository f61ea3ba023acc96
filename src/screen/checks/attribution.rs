//! Reposts (第七条): the source named in the text, a designated outlet, the title kept.

use crate::item::{Finding, Item};
use crate::policy::Policy;
use crate::screen::lexicon::Lexicon;
use crate::screen::FieldScan;

/// Findings for a repost that fails attribution; nothing when the item is not a repost.
pub fn check(
    _item: &Item,
    _policy: &Policy,
    _scans: &[FieldScan<'_>],
    _lexicon: &Lexicon,
) -> Vec<Finding> {
    Vec::new()
}
