//! Links and ad links (第七条): found in title, body and `links`, judged by registrable domain.

use crate::item::{Finding, Item};
use crate::policy::LinkPolicy;

/// Findings for every link that is not allowed.
pub fn check(_item: &Item, _policy: &LinkPolicy) -> Vec<Finding> {
    Vec::new()
}
