//! Checks that turn lexicon hits and item fields into findings, one file each.
//!
//! Pipeline position: after matching, before routing. Each check reads the item and the scans and
//! returns findings whose `action` is the check's built-in default for the item's kind (contract §3);
//! the [`crate::policy::Policy`] may override it by rule afterwards.
//!
//! - [`terms`]: lexicon hits as findings (`lexicon.<category>`), public-opinion departments.
//! - [`links`]: links and ad links in title, body and `links` (第七条).
//! - [`attribution`]: reposts: named source, designated outlet, title kept (第七条).
//! - [`leaders`]: county leaders' title chains (第四条), leaders and other units to co-review (第九条).

pub mod attribution;
pub mod leaders;
pub mod links;
pub mod terms;
