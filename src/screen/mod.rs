//! The screening engine: one [`Item`] in, one [`Verdict`] out.
//!
//! Stages, in the order an item travels:
//! 1. [`normalize`]: each text field is folded for matching (width, case, script, invisible and noise
//!    characters) with a map back to the original code points;
//! 2. [`lexicon`] matches every lexicon at once (aho-corasick), and [`segment`] (jieba-rs) rejects hits
//!    whose ends fall inside a word;
//! 3. [`checks`] judge links, reposts, leaders' titles and units named;
//! 4. [`deidentify`] masks personal information;
//! 5. the [`Policy`] resolves each finding's action and [`crate::route`] picks the route.
//!
//! # Cost
//! Building a [`Screener`] loads jieba's dictionary, adds every lexicon term to it and compiles the
//! automaton: about a second with the 51k-term public lexicon added, tens of milliseconds without.
//! Build it once and share it (`Arc<Screener>`): it is `Send + Sync` and [`Screener::screen`] takes
//! `&self`. Screening is CPU work without I/O; in async code run it on a blocking thread.
//!
//! # Errors
//! Loading can fail ([`LoadError`], with file and line). Screening a well-formed item cannot: odd text
//! produces findings or nothing, never a panic.

pub mod automaton;
pub mod checks;
pub mod deidentify;
pub mod lexicon;
pub mod normalize;
pub mod segment;

use crate::item::{Action, Deidentified, Field, Finding, Item, Kind, Verdict};
use crate::policy::Policy;
use crate::route;
use lexicon::{Lexicon, LexiconSource, LoadError, Role};
use normalize::Normalized;
use segment::Segmenter;
use std::path::PathBuf;

/// Where the lexicons come from, and extra plain lists to add.
#[derive(Debug, Clone, Default)]
pub struct ScreenerOptions {
    /// The lexicon directory, or the copy built into the binary.
    pub lexicons: LexiconSource,
    /// Extra lexicons: files or directories of plain term lists (one term a line), e.g. the public
    /// 51k-term collection. Their metadata comes from a `_meta.lex` beside them, else
    /// [`lexicon::TermMeta::external`].
    pub extra: Vec<PathBuf>,
    /// Switch the jieba boundary check off (for measuring what it saves; never in production).
    pub no_boundary_check: bool,
}

/// The engine. See the module docs for cost and sharing.
pub struct Screener {
    lexicon: Lexicon,
    segmenter: Segmenter,
    policy: Policy,
    boundary_check: bool,
}

/// One scanned text field: its normalized form and the lexicon hits in it.
pub struct FieldScan<'a> {
    /// Which field.
    pub field: Field,
    /// The original text.
    pub text: &'a str,
    /// The folded text and its offset map.
    pub normalized: Normalized,
    /// Hits by start; offsets are code points of `text`. Hits of the project's own lexicons do not
    /// overlap each other, nor do those of extra lexicons, but the two sets may overlap.
    pub hits: Vec<lexicon::Hit>,
}

impl Screener {
    /// Loads lexicons and policy and builds the segmenter and automaton.
    ///
    /// # Errors
    /// [`LoadError`] for an unreadable file, a lexicon line that does not parse, or a bad policy file,
    /// each with its path and line.
    pub fn load(opts: &ScreenerOptions) -> Result<Screener, LoadError> {
        let (lexicon, policy) = Lexicon::load(&opts.lexicons, &opts.extra)?;
        let segmenter = Segmenter::with_terms(lexicon.segmentation_words());
        Ok(Screener {
            lexicon,
            segmenter,
            policy,
            boundary_check: !opts.no_boundary_check,
        })
    }

    /// `sha256:<hex>` over the lexicon and policy files in force (contract §2).
    pub fn lexicon_version(&self) -> &str {
        self.lexicon.version()
    }

    /// The loaded lexicon.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Normalizes `text` and finds lexicon hits in it. Offsets of the hits are code points of `text`.
    pub fn scan<'a>(&self, field: Field, text: &'a str) -> FieldScan<'a> {
        let normalized = Normalized::new(text);
        let seg = self.boundary_check.then_some(&self.segmenter);
        let hits = self.lexicon.find(&normalized, seg);
        FieldScan {
            field,
            text,
            normalized,
            hits,
        }
    }

    /// Screens one item. Never fails: odd text yields findings or nothing.
    pub fn screen(&self, item: &Item) -> Verdict {
        Verdict {
            item: Some(item.raw.clone()),
            ..self.screen_record(item)
        }
    }

    /// De-identification's context for `field` of `item`, with this screener's segmentation and
    /// what normalization found of the field's script (`scans`).
    fn deidentify_context(
        &self,
        item: &Item,
        field: Field,
        scans: &[FieldScan<'_>],
    ) -> deidentify::Context<'_> {
        let traditional = scans
            .iter()
            .any(|s| s.field == field && s.normalized.has_traditional());
        deidentify::Context::new(item, field)
            .with_segmenter(&self.segmenter)
            .with_traditional(traditional)
    }

    /// [`Screener::screen`] without the echoed `item`: the audit record of contract §5. The worker
    /// serializes this and appends `item.raw` for the review message, which spares a deep copy of
    /// the item per delivery.
    pub fn screen_record(&self, item: &Item) -> Verdict {
        let mut scans = Vec::with_capacity(2);
        if let Some(t) = &item.title {
            scans.push(self.scan(Field::Title, t));
        }
        scans.push(self.scan(Field::Body, &item.body));

        let mut findings = Vec::new();
        let mut forward_to = Vec::new();
        let mut co_review = Vec::new();
        for scan in &scans {
            checks::terms::findings(
                item,
                scan,
                &self.lexicon,
                &self.segmenter,
                &mut findings,
                &mut forward_to,
            );
        }
        findings.extend(checks::links::check_scanned(
            item,
            &self.policy.links,
            &scans,
        ));
        findings.extend(checks::attribution::check(
            item,
            &self.policy,
            &scans,
            &self.lexicon,
        ));
        checks::leaders::check(
            item,
            &scans,
            &self.lexicon,
            &self.policy,
            &self.segmenter,
            &mut findings,
            &mut co_review,
        );

        let title_context = self.deidentify_context(item, Field::Title, &scans);
        let mut title = item
            .title
            .as_deref()
            .map(|t| deidentify::deidentify(t, &title_context));
        // the private persons the title names are the body's too (第十三条)
        let named = match (item.title.as_deref(), &title) {
            (Some(t), Some(m)) => names_masked(t, m).map(|(name, _)| name).collect(),
            _ => Vec::new(),
        };
        let body = deidentify::deidentify_knowing(
            &item.body,
            &self.deidentify_context(item, Field::Body, &scans),
            &named,
        );
        // and those the body names are the title's: a feature's headline leads with the person
        // its body introduces (`【身边好人】和秀兰：三十年如一日…`, breaker round 68)
        let body_named: Vec<String> = names_masked(&item.body, &body)
            .map(|(name, _)| name)
            .collect();
        if let Some(t) = item.title.as_deref() {
            if body_named.iter().any(|n| !named.contains(n)) {
                title = Some(deidentify::deidentify_knowing(
                    t,
                    &title_context,
                    &body_named,
                ));
            }
        }
        // every name masked in the title or the body, as written and as masked, longest first so
        // that a longer name is replaced before a shorter one inside it
        let mut masks: Vec<(String, String)> = item
            .title
            .as_deref()
            .zip(title.as_ref())
            .into_iter()
            .chain([(item.body.as_str(), &body)])
            .flat_map(|(text, masked)| names_masked(text, masked))
            .filter(|(name, mask)| name.chars().count() >= 2 && name != mask)
            .collect();
        masks.sort_by_key(|(name, _)| std::cmp::Reverse(name.chars().count()));
        masks.dedup();
        if let Some(t) = &title {
            findings.extend(t.findings.iter().cloned());
        }
        findings.extend(body.findings.iter().cloned());

        for f in &mut findings {
            f.action = self.policy.action(&f.rule, item.kind, f.action);
            // Checks that quote the item (a link's host, a repost's source or title) could carry
            // personal information into the message, and from there into the audit record, which
            // has no `item`. Their messages are de-identified like a netizen's comment.
            // A name the item's text has masked is masked wherever a message quotes it, with or
            // without what marks it as a name there (`转载来源“余德福的抖音”`: breaker round 88).
            if !matches!(&*f.check, "lexicon" | "pii") {
                let masked = deidentify::deidentify(&f.message, &deidentify::Context::strict());
                let mut message = if masked.findings.is_empty() {
                    f.message.to_string()
                } else {
                    masked.text
                };
                for (name, mask) in &masks {
                    if message.contains(name.as_str()) {
                        message = message.replace(name.as_str(), mask);
                    }
                }
                if *message != *f.message {
                    f.message = message.into();
                }
            }
        }
        findings.sort_by(|a, b| {
            (a.field, a.start, a.end, &a.rule).cmp(&(b.field, b.start, b.end, &b.rule))
        });
        findings.dedup_by(|a, b| {
            a.field == b.field && a.start == b.start && a.end == b.end && a.rule == b.rule
        });
        co_review.sort();
        co_review.dedup();
        forward_to.sort();
        forward_to.dedup();
        let route = route::decide(item.kind, &findings, &forward_to);

        Verdict {
            id: item.id.clone(),
            kind: item.kind,
            route,
            findings,
            co_review,
            forward_to,
            deidentified: Deidentified {
                title: title.map(|t| t.text),
                body: body.text,
            },
            lexicon_version: self.lexicon.version().to_owned(),
            screened_at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
            item: None,
        }
    }
}

/// Whether a finding's action, for this kind, is anything but a note.
pub fn asks_for_something(action: Action, kind: Kind) -> bool {
    match action {
        Action::Route(r) => r.kind() == kind && r != crate::item::Route::baseline(kind),
        Action::Note => false,
        Action::Mask | Action::CoReview => true,
    }
}

#[allow(unused)]
fn _assert_send_sync() {
    fn is<T: Send + Sync>() {}
    is::<Screener>();
    let _ = Role::Screen;
}

/// The names `masked` masked in `text` (its `name` findings), as written and as masked (a mask has
/// the length of what it masks, in code points), in the order of the findings.
fn names_masked<'a>(
    text: &'a str,
    masked: &'a deidentify::Masked,
) -> impl Iterator<Item = (String, String)> + 'a {
    let span = |s: &str, f: &Finding| -> String {
        s.chars().skip(f.start).take(f.end - f.start).collect()
    };
    masked
        .findings
        .iter()
        .filter(|f| &*f.category == "name")
        .map(move |f| (span(text, f), span(&masked.text, f)))
}
