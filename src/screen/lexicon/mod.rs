//! Lexicons: term lists with metadata, loaded from files, matched all at once.
//!
//! Pipeline position: after [`super::normalize`]; its [`Hit`]s feed the checks and the findings.
//!
//! - [`load`]: the line-based file format (see `lexicons/README.md`), lint diagnostics with file and
//!   line, and the `lexicon_version` hash.
//! - [`matcher`]: one aho-corasick automaton over every term of every list, hits validated against
//!   noise runs, digit and letter runs and jieba word boundaries, then chosen leftmost-longest.
//!
//! # Cost
//! Building takes time linear in the total length of the terms (~50 ms for 51k terms); the automaton
//! takes a few MB for 51k terms. Matching is linear in the text plus the number of overlapping
//! candidate hits; segmentation is only run around candidates that need a word-boundary check.

pub mod load;
pub mod matcher;

use crate::item::{Action, Kind, Route, Text};
use crate::policy::{Policy, PolicyError};
use std::path::PathBuf;

pub use load::{lint, Diagnostic, Severity as DiagnosticSeverity};
pub use matcher::Hit;

/// The lexicons built into the binary: the `lexicons/` directory of the source tree at build time.
pub static EMBEDDED: include_dir::Dir<'static> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/lexicons");

/// Where lexicons are read from.
#[derive(Debug, Clone, Default)]
pub enum LexiconSource {
    /// A directory of `*.lex` files, plain `*.txt` lists and `policy.toml`.
    Dir(PathBuf),
    /// The copy built into the binary.
    #[default]
    Embedded,
}

impl LexiconSource {
    /// The contract's default: `./lexicons` when it exists, else the built-in copy.
    pub fn default_for_cwd() -> LexiconSource {
        let p = PathBuf::from("lexicons");
        if p.is_dir() {
            LexiconSource::Dir(p)
        } else {
            LexiconSource::Embedded
        }
    }
}

/// How a term's ends must sit in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Boundary {
    /// Not across words (the default): both ends on jieba token boundaries, or the hit a prefix or
    /// suffix of one token (a part of a compound, `赌博` in `聚众赌博`; not for one-character terms). Digit and Latin ends must also end a
    /// digit or letter run in any mode.
    Word,
    /// Anywhere, even inside a word: for terms that compound words must not hide (`人员伤亡`).
    Substring,
}

/// What a term is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A hit is a finding.
    Screen,
    /// A vocabulary for other checks (leader titles, units, townships); a hit is no finding by itself.
    Reference,
}

/// Where a term counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// In every item.
    All,
    /// Only in drafts that repost another outlet (personal-opinion markers, 第七条).
    Repost,
}

/// How serious a hit is (informational; the route comes from the actions).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TermSeverity {
    /// Worth a look.
    Low,
    /// Needs a decision.
    Medium,
    /// Needs a decision at a high tier.
    High,
}

/// A context in which a list's hits are no findings, set by a `@<header> drop` line of the list
/// (`lexicons/README.md`, context rules). Each is judged by a function of
/// [`crate::screen::checks::terms`] on the folded text around the hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropContext {
    /// `@negation drop`: right after a negation (未造成人员伤亡, 不存在爆炸危险, 并没有失联); see
    /// [`crate::screen::checks::terms::negated`].
    Negation,
    /// `@prevention drop`: in prevention or drill wording (预防溺水, 火灾应急演练, 传染病防控知识宣传);
    /// see [`crate::screen::checks::terms::prevented`].
    Prevention,
    /// `@title drop`: inside the title of a work (the film 《绝密使命》); see
    /// [`crate::screen::checks::terms::in_title`].
    Title,
    /// `@figurative drop`: in a figure of speech (简直是车祸现场, 笑到淹死, 被困在题海里); see
    /// [`crate::screen::checks::terms::figurative`].
    Figurative,
    /// `@warning drop`: in a draft's sentence that warns the public of fraud or rumours (an
    /// anti-fraud tip quoting `加微信`, an anti-rumour notice asking readers `请勿扩散`); comments are
    /// not concerned. See [`crate::screen::checks::terms::public_warning`].
    Warning,
    /// `@count drop`: a number followed by a measure word is a count (户籍人口8964人, 8964家企业,
    /// 〔2026〕8964号); see [`crate::screen::checks::terms::counted`].
    Count,
    /// `@contactless drop`: in a text that gives no contact (a phone number, a WeChat or QQ id,
    /// `私信`, `加我`): an offer of goods or services is an advert only with a way to reach the
    /// seller (`出售土鸡蛋，需要的私信`); see [`crate::screen::checks::terms::contactless`].
    Contactless,
}

impl DropContext {
    /// Every context, in the order the lexicon documentation lists them.
    pub const ALL: [DropContext; 7] = [
        DropContext::Negation,
        DropContext::Prevention,
        DropContext::Title,
        DropContext::Figurative,
        DropContext::Warning,
        DropContext::Count,
        DropContext::Contactless,
    ];

    /// The header that sets it: `negation` for `@negation drop`.
    pub fn header(self) -> &'static str {
        match self {
            DropContext::Negation => "negation",
            DropContext::Prevention => "prevention",
            DropContext::Title => "title",
            DropContext::Figurative => "figurative",
            DropContext::Warning => "warning",
            DropContext::Count => "count",
            DropContext::Contactless => "contactless",
        }
    }
}

/// The metadata of one term in one list.
#[derive(Debug, Clone, PartialEq)]
pub struct TermMeta {
    /// The term as written in the file.
    pub term: String,
    /// The list's category, e.g. `emergency`.
    pub category: Text,
    /// The rule id of its findings: `lexicon.<category>`, or `attribution.<category>` for a
    /// repost-only list.
    pub rule: Text,
    /// Action on drafts.
    pub draft: Action,
    /// Action on comments.
    pub comment: Action,
    /// Severity.
    pub severity: TermSeverity,
    /// The article the list enforces, e.g. `第四条第二款`.
    pub article: Text,
    /// Boundary mode.
    pub boundary: Boundary,
    /// The reviewer's message; a `{term}` in the list's `@message` is replaced by the term at load.
    pub message: Text,
    /// The message for comments when it differs (`@comment_message`); else `message`.
    pub comment_message: Option<Text>,
    /// Finding or vocabulary.
    pub role: Role,
    /// Every item, or reposts only.
    pub scope: Scope,
    /// The department a comment on this topic is forwarded to (第十条).
    pub forward_to: Option<String>,
    /// A canonical label (a unit's full name, a leader title's rank), for the checks.
    pub label: Option<String>,
    /// An allow term: hits of other terms inside one of its hits are suppressed (三黄片 allows 黄片).
    pub allow: bool,
    /// The contexts in which the list's hits are no findings (`@negation drop`, ...), each set once.
    pub drops: Vec<DropContext>,
    /// `@report mark`: in a comment, a hit in a sentence that reports the act to the authorities
    /// (`举报`, `请求查处`, `派出所也不管`) keeps the list's action (contract §3: illegal content in a
    /// comment is taken down at once) but carries this message ([`REPORT_MESSAGE`], its `{term}`
    /// filled in at load), so the reviewer passes the report on instead of only deleting it
    /// (第十条). `None` for `@report keep`. See [`crate::screen::checks::terms::reported`].
    pub report: Option<Text>,
    /// Whether the list's terms are also matched spelt partly or wholly in pinyin (`@pinyin mix`:
    /// `du博`, `冰du`, `falungong`); see `load::pinyin_spellings`.
    pub pinyin: bool,
    /// Whether the list's terms also match with characters written as their halves (`@split mix`:
    /// `贝者博`, `犭句官`) or numerals as digits (`6合彩`); see `load::split_spellings` and
    /// `load::digit_spellings`.
    pub split: bool,
    /// For a spelling generated from a term (pinyin, halves, digits), that term (the finding's
    /// message names it).
    pub spelling_of: Option<String>,
    /// Whether it comes from an extra lexicon (`--extra-lexicon`).
    pub extra: bool,
    /// The file it came from, relative to its lexicon root.
    pub file: String,
    /// 1-based line in that file.
    pub line: usize,
}

impl TermMeta {
    /// The reviewer's message for an item of `kind`.
    pub fn message(&self, kind: Kind) -> &Text {
        match (kind, &self.comment_message) {
            (Kind::Comment, Some(m)) => m,
            _ => &self.message,
        }
    }

    /// The action for an item of `kind`.
    pub fn action(&self, kind: Kind) -> Action {
        match kind {
            Kind::Draft => self.draft,
            Kind::Comment => self.comment,
        }
    }

    /// Metadata for plain lists added with `--extra-lexicon` and no `_meta.lex`: category `external`,
    /// drafts to the deputy leader, comments escalated, word boundaries, 第十条.
    pub fn external() -> TermMeta {
        TermMeta {
            term: String::new(),
            category: "external".into(),
            rule: "lexicon.external".into(),
            draft: Action::Route(Route::DeputyLeader),
            comment: Action::Route(Route::Escalate),
            severity: TermSeverity::Medium,
            article: "第十条".into(),
            boundary: Boundary::Word,
            message: "命中外部敏感词库词条“{term}”，请核实".into(),
            comment_message: None,
            role: Role::Screen,
            scope: Scope::All,
            forward_to: None,
            label: None,
            allow: false,
            drops: Vec::new(),
            report: None,
            pinyin: false,
            split: false,
            spelling_of: None,
            extra: true,
            file: String::new(),
            line: 0,
        }
    }
}

/// The message of a hit in a report, for lists with `@report mark` (`{term}` is the term, as in
/// `@message`).
pub const REPORT_MESSAGE: &str =
    "留言举报或反映违法行为（“{term}”）：按第十条立即处置，并将举报线索报送公安等有关部门";

/// Why lexicons did not load.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A file or directory could not be read.
    #[error("读取 {path} 失败")]
    Io {
        /// The path.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// Lint found errors; each names its file and line.
    #[error("词库有 {} 处错误：\n{}", .0.len(), .0.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n"))]
    Invalid(Vec<Diagnostic>),
    /// The policy file is bad.
    #[error(transparent)]
    Policy(#[from] PolicyError),
    /// A `policy.toml` below the lexicon directory's top, where it would not be read: the
    /// directory given is most likely the parent of the lexicon directory (`--lexicons /srv`
    /// for `/srv/lexicons`), whose lists would load under the contract's default policy instead of
    /// the operator's.
    #[error("策略文件 {path} 不在词库目录顶层，不会生效：请把词库目录（--lexicons、SCREENER_LEXICONS）指向它所在的目录")]
    NestedPolicy {
        /// The file as found.
        path: String,
    },
}

/// Every term of every list, compiled, with the policy loaded beside them.
pub struct Lexicon {
    matcher: matcher::Matcher,
    metas: Vec<TermMeta>,
    /// Indices into `metas` of the entries with a `label` (a unit's short name): few, so the checks
    /// look them up without walking every entry of an extra lexicon.
    labelled: Vec<usize>,
    version: String,
    files: Vec<String>,
}

/// The county units written with the county's short name in place of `县` (`维西民政局` for
/// `县民政局`, `维西公安局`): units are compared without the county's name (contract §3), so such a
/// unit is the listed one (breaker round 84). One alias per unit term of `county/units.lex` that
/// starts with `县` (not `县委`, which the county's name keeps: `维西县委宣传部`) and per name of the
/// county's (`[county] names` of the policy) that does not end with `县`; the alias carries the
/// unit's canonical name as its label, and the term's file and line.
fn unit_aliases(metas: &[TermMeta], county_names: &[String]) -> Vec<TermMeta> {
    let short: Vec<&str> = county_names
        .iter()
        .map(|n| n.trim())
        .filter(|n| !n.is_empty() && !n.ends_with('县'))
        .collect();
    if short.is_empty() {
        return Vec::new();
    }
    metas
        .iter()
        .filter(|m| {
            &*m.category == "unit"
                && m.role == Role::Reference
                && !m.allow
                && !m.extra
                && m.spelling_of.is_none()
                && m.term.starts_with('县')
                && !m.term.starts_with("县委")
        })
        .flat_map(|m| {
            short.iter().map(move |name| TermMeta {
                term: format!("{name}{}", &m.term['县'.len_utf8()..]),
                label: Some(m.label.clone().unwrap_or_else(|| m.term.clone())),
                ..m.clone()
            })
        })
        .collect()
}

impl Lexicon {
    /// Loads every list and the policy from `source`, plus `extra` plain lists.
    ///
    /// # Errors
    /// [`LoadError`]: unreadable files, lint errors (with file and line), a bad policy file, a
    /// policy file below the directory's top ([`LoadError::NestedPolicy`]).
    pub fn load(source: &LexiconSource, extra: &[PathBuf]) -> Result<(Lexicon, Policy), LoadError> {
        let files = load::read_files(source, extra)?;
        if let Some(f) = files
            .iter()
            .find(|f| !f.extra && f.rel.ends_with(&format!("/{}", crate::policy::POLICY_FILE)))
        {
            return Err(LoadError::NestedPolicy {
                path: f.display.clone(),
            });
        }
        let parsed = load::parse_all(&files);
        let errors: Vec<Diagnostic> = parsed
            .diagnostics
            .iter()
            .filter(|d| d.severity == DiagnosticSeverity::Error)
            .cloned()
            .collect();
        if !errors.is_empty() {
            return Err(LoadError::Invalid(errors));
        }
        let policy = match files.iter().find(|f| f.rel == crate::policy::POLICY_FILE) {
            Some(f) => Policy::parse(&f.display, &f.text)?,
            None => Policy::default(),
        };
        let version = load::version(&files);
        let mut metas = parsed.metas;
        let aliases = unit_aliases(&metas, &policy.county.names);
        metas.extend(aliases);
        let matcher = matcher::Matcher::build(&metas);
        Ok((
            Lexicon {
                matcher,
                labelled: (0..metas.len())
                    .filter(|&i| metas[i].label.is_some())
                    .collect(),
                metas,
                version,
                files: files.iter().map(|f| f.rel.clone()).collect(),
            },
            policy,
        ))
    }

    /// `sha256:<hex>` of the files in force (contract §2).
    pub fn version(&self) -> &str {
        &self.version
    }

    /// Relative paths of the files in force, in hashing order.
    pub fn files(&self) -> &[String] {
        &self.files
    }

    /// The kind of automaton the terms are searched with (`"DFA"` up to
    /// [`crate::screen::automaton::DFA_MAX_PATTERNS`] term forms, else `"contiguous NFA"`).
    pub fn automaton_kind(&self) -> &'static str {
        self.matcher.automaton_kind()
    }

    /// Number of terms (entries, counting a term once per list it is in).
    pub fn len(&self) -> usize {
        self.metas.len()
    }

    /// Whether no term is loaded.
    pub fn is_empty(&self) -> bool {
        self.metas.is_empty()
    }

    /// The metadata entries of a hit: one per list that has the term.
    pub fn metas(&self, hit: &Hit) -> impl Iterator<Item = &TermMeta> {
        self.matcher
            .entries(hit.pattern)
            .iter()
            .map(|&i| &self.metas[i])
    }

    /// Every entry, in load order.
    pub fn entries(&self) -> &[TermMeta] {
        &self.metas
    }

    /// The entries that carry a `label` (`县发改局 | label=县发展和改革局`), in load order.
    pub fn labelled(&self) -> impl Iterator<Item = &TermMeta> {
        self.labelled.iter().map(|&i| &self.metas[i])
    }

    /// Terms to add to the segmenter's dictionary: each distinct compact form (each part of a
    /// term with marks), except generated pinyin spellings (`du博` as a word would make jieba cut
    /// `Du博士` as `Du博|士`, and the spelling would then stand as a word there) and allow terms
    /// held to word boundaries (`!六四开 | boundary=word`): as a word of the dictionary such a term
    /// would stand wherever it is written, and jieba would cut `六四开枪` as `六四开|枪`, hiding the
    /// 六四 before `开枪` (breaker round 77).
    pub fn segmentation_words(&self) -> impl Iterator<Item = &str> {
        self.matcher
            .pattern_entries()
            .filter(|(_, entries)| {
                entries.iter().any(|&e| {
                    let m = &self.metas[e];
                    m.spelling_of.is_none() && !(m.allow && m.boundary == Boundary::Word)
                })
            })
            .flat_map(|(text, _)| matcher::words_of(text))
    }

    /// Hits in a normalized text; see [`matcher::Matcher::find`].
    pub fn find(
        &self,
        text: &super::normalize::Normalized,
        segmenter: Option<&super::segment::Segmenter>,
    ) -> Vec<Hit> {
        self.matcher.find(text, segmenter)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shipped lexicons stay within the DFA's limit: past it, the automaton silently becomes a
    /// contiguous NFA and screening costs about 16 % more (breaker round 93's terms crossed it).
    /// Raise [`crate::screen::automaton::DFA_MAX_PATTERNS`] (and measure memory) when this fails.
    #[test]
    fn builtin_lexicons_are_searched_by_a_dfa() {
        let (lexicon, _) = Lexicon::load(&LexiconSource::Embedded, &[]).expect("built-in lexicons");
        assert_eq!(lexicon.automaton_kind(), "DFA");
    }

    #[test]
    fn a_policy_below_the_top_is_an_error_not_the_default_policy() {
        let root = tempfile::tempdir().expect("temp dir");
        let dir = root.path().join("lexicons");
        std::fs::create_dir(&dir).expect("lexicon dir");
        std::fs::write(
            dir.join("e.lex"),
            "@category emergency\n@draft county_office\n@comment escalate\n地震\n",
        )
        .expect("list");
        std::fs::write(dir.join("policy.toml"), "").expect("policy");
        // the parent given by mistake: the lists would load, the policy would not
        let parent = LexiconSource::Dir(root.path().to_path_buf());
        let err = Lexicon::load(&parent, &[]).err().expect("refused");
        assert!(matches!(err, LoadError::NestedPolicy { .. }), "{err}");
        assert!(err.to_string().contains("policy.toml"), "{err}");
        assert!(Lexicon::load(&LexiconSource::Dir(dir), &[]).is_ok());
    }
}
