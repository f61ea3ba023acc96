//! # screener
//!
//! Content screening for a county government's new-media accounts, following the county's
//! regulation on government new media (政务新媒体信息审核发布管理制度). Every item, a draft for a
//! government account or a netizen comment, travels one pipeline:
//!
//! ```text
//! item in ─▶ normalize ─▶ segment ─▶ match and check ─▶ route ─▶ verdict out
//! (JSON)     fold width,   jieba-rs   lexicon (aho-      review    route, findings,
//!            case, script, boundaries corasick), links,  tier by   co_review, forward_to,
//!            noise; keep              reposts, leaders,  policy    deidentified text
//!            an offset map            personal info
//! ```
//!
//! The command line (`screener screen`) and the RabbitMQ worker (`screener worker`) sit at the two
//! edges and share one [`screen::Screener`]. Screening is pure and synchronous: no I/O, no tokio.
//!
//! # Layout
//! - [`item`]: wire types of the contract: [`item::Item`] in, [`item::Verdict`] out.
//! - [`screen`]: the [`screen::Screener`], text to findings.
//!   - [`screen::normalize`]: folding for matching, with the offset map back to the original.
//!   - [`screen::segment`]: jieba-rs word boundaries, used to reject hits inside words.
//!   - [`screen::lexicon`]: lexicon files (load, lint, version) and the aho-corasick matcher.
//!   - [`screen::checks`]: links, reposts and attribution, leaders' titles, units.
//!   - [`screen::deidentify`]: personal information detectors and masking (第十三条).
//! - [`policy`]: the operator's policy file: actions per rule, allowed domains, outlets.
//! - [`route`]: findings to a route and the review tiers.
//! - [`worker`]: the async edge: RabbitMQ consume, screen, publish with confirms, ack.
//! - [`cli`]: the command line.
//!
//! Offsets: findings carry Unicode code point offsets into the original field (contract §2);
//! internal spans that are bytes say so in their names (`byte_start`).

pub mod cli;
pub mod item;
pub mod policy;
pub mod route;
pub mod screen;
pub mod worker;
