//! County leaders and units (第四条, 第九条).

use crate::item::{Finding, Item};
use crate::policy::Policy;
use crate::screen::lexicon::Lexicon;
use crate::screen::FieldScan;

/// Title chains, leaders and units named; co-reviewers are appended to `co_review`.
pub fn check(_item: &Item, _scans: &[FieldScan<'_>], _lexicon: &Lexicon, _policy: &Policy, _out: &mut Vec<Finding>, _co_review: &mut Vec<String>) {}
