//! Reading lexicon files: the line format, lint diagnostics and the version hash.
//!
//! Format (full description in `lexicons/README.md`):
//!
//! ```text
//! # 突发事件（第四条第二款）          <- a comment
//! @category emergency                 <- a header: applies to every term below it
//! @draft    county_office
//! @comment  escalate
//! 地震                                 <- a term
//! 人员伤亡 | boundary=substring        <- a term with per-term overrides
//! !三黄片                              <- an allow term
//! ```
//!
//! `*.lex` files use this format; `*.txt` files are plain lists, one term a line with nothing else,
//! whose metadata comes once from a `_meta.lex` (headers only) in the same directory, or for extra
//! lexicons from [`TermMeta::external`].

use super::{
    Boundary, DropContext, LexiconSource, LoadError, Role, Scope, TermMeta, TermSeverity, EMBEDDED,
};
use crate::item::{Action, Kind};
use sha2::{Digest, Sha256};
use std::fmt;
use std::path::{Path, PathBuf};

/// One file in force.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Relative path used for hashing and messages (`/`-separated). Extra lexicons are under
    /// `+<name of the extra root>/`.
    pub rel: String,
    /// The path to show a maintainer.
    pub display: String,
    /// Content with line endings as LF.
    pub text: String,
    /// Whether it is an extra lexicon (no `_meta.lex`: external defaults).
    pub extra: bool,
}

/// How bad a diagnostic is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Worth fixing; loading goes on.
    Warning,
    /// Loading refuses the lexicons.
    Error,
}

/// A lint finding about a lexicon file, with file and line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as shown to the maintainer.
    pub file: String,
    /// 1-based line; 0 for the whole file.
    pub line: usize,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, in Chinese.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "错误",
            Severity::Warning => "警告",
        };
        write!(f, "{}:{}: {}: {}", self.file, self.line, sev, self.message)
    }
}

/// Every term entry and every diagnostic of a set of files.
#[derive(Debug, Default)]
pub struct Parsed {
    /// Entries in load order.
    pub metas: Vec<TermMeta>,
    /// Lint findings.
    pub diagnostics: Vec<Diagnostic>,
}

fn is_loaded(name: &str) -> bool {
    name.ends_with(".lex") || name.ends_with(".txt") || name == crate::policy::POLICY_FILE
}

/// Reads every file in force, sorted by relative path.
///
/// # Errors
/// [`LoadError::Io`] for an unreadable file or directory.
pub fn read_files(source: &LexiconSource, extra: &[PathBuf]) -> Result<Vec<SourceFile>, LoadError> {
    let mut files = Vec::new();
    match source {
        LexiconSource::Embedded => collect_embedded(&EMBEDDED, &mut files),
        LexiconSource::Dir(dir) => collect_dir(dir, dir, "", false, &mut files)?,
    }
    for root in extra {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "extra".into());
        if root.is_dir() {
            collect_dir(root, root, &format!("+{name}/"), true, &mut files)?;
        } else {
            files.push(read_one(root, format!("+{name}"), true)?);
        }
    }
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(files)
}

fn collect_embedded(dir: &include_dir::Dir<'static>, out: &mut Vec<SourceFile>) {
    for f in dir.files() {
        let rel = f.path().to_string_lossy().replace('\\', "/");
        let name = rel.rsplit('/').next().unwrap_or(&rel);
        if !is_loaded(name) {
            continue;
        }
        if let Some(text) = f.contents_utf8() {
            out.push(SourceFile {
                display: format!("<内置>/{rel}"),
                rel,
                text: text.replace("\r\n", "\n"),
                extra: false,
            });
        }
    }
    for d in dir.dirs() {
        collect_embedded(d, out);
    }
}

fn collect_dir(
    root: &Path,
    dir: &Path,
    prefix: &str,
    extra: bool,
    out: &mut Vec<SourceFile>,
) -> Result<(), LoadError> {
    let io = |e| LoadError::Io {
        path: dir.display().to_string(),
        source: e,
    };
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .map_err(io)?
        .collect::<Result<_, _>>()
        .map_err(io)?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let path = e.path();
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        if path.is_dir() {
            collect_dir(root, &path, prefix, extra, out)?;
        } else if is_loaded(&name) {
            let rel = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .to_string_lossy()
                .replace('\\', "/");
            out.push(read_one(&path, format!("{prefix}{rel}"), extra)?);
        }
    }
    Ok(())
}

fn read_one(path: &Path, rel: String, extra: bool) -> Result<SourceFile, LoadError> {
    let bytes = std::fs::read(path).map_err(|e| LoadError::Io {
        path: path.display().to_string(),
        source: e,
    })?;
    let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
    Ok(SourceFile {
        rel,
        display: path.display().to_string(),
        text: text.strip_prefix('\u{feff}').unwrap_or(&text).to_owned(),
        extra,
    })
}

/// The `lexicon_version` of these files: `sha256:` and the hex SHA-256 over each file, in order of
/// relative path, as its path, a NUL, its content with LF line endings, and a NUL (contract §2).
pub fn version(files: &[SourceFile]) -> String {
    let mut h = Sha256::new();
    for f in files {
        h.update(f.rel.as_bytes());
        h.update([0]);
        h.update(f.text.as_bytes());
        h.update([0]);
    }
    let digest = h.finalize();
    let mut s = String::with_capacity(7 + 64);
    s.push_str("sha256:");
    for b in digest {
        s.push_str(&format!("{b:02x}"));
    }
    s
}

/// Warnings for terms that repeat one of the same category (and the same allow flag): terms the
/// matcher reads as one (`代*开` is `代开`; `不得不说，` and `不得不说！` differ in the mark they
/// require, see [`super::matcher::TermForm`]) are redundant across lists.
fn duplicates(metas: &[TermMeta]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashMap::new();
    // a generated spelling repeating a term is no maintainer's mistake
    for m in metas.iter().filter(|m| m.spelling_of.is_none()) {
        let key = (
            super::matcher::term_form(&m.term),
            m.category.clone(),
            m.allow,
        );
        if let Some((file, line)) = seen.get(&key) {
            out.push(Diagnostic {
                file: m.file.clone(),
                line: m.line,
                severity: Severity::Warning,
                message: format!("词条“{}”与 {file}:{line} 重复（同一类别）", m.term),
            });
        } else {
            seen.insert(key, (m.file.clone(), m.line));
        }
    }
    out
}

/// Lints a lexicon source: every diagnostic of every file, errors and warnings, sorted by file and line.
///
/// # Errors
/// [`LoadError::Io`] when files cannot be read; a bad policy file is reported as a diagnostic.
pub fn lint(source: &LexiconSource, extra: &[PathBuf]) -> Result<Vec<Diagnostic>, LoadError> {
    let files = read_files(source, extra)?;
    let mut parsed = parse_all(&files);
    if let Some(f) = files.iter().find(|f| f.rel == crate::policy::POLICY_FILE) {
        if let Ok(policy) = crate::policy::Policy::parse(&f.display, &f.text) {
            // a misspelt rule id would silently leave the built-in action in force
            for rule in policy.actions.keys() {
                if !known_rule(rule, &parsed.metas) {
                    let line = f
                        .text
                        .lines()
                        .position(|l| l.contains(rule.as_str()))
                        .map_or(0, |i| i + 1);
                    parsed.diagnostics.push(Diagnostic {
                        file: f.display.clone(),
                        line,
                        severity: Severity::Error,
                        message: format!("[actions] 中的规则“{rule}”不存在（规则见 docs/CONTRACT.md 第七节，词库类别写作 lexicon.<类别>）"),
                    });
                }
            }
        }
        if let Err(e) = crate::policy::Policy::parse(&f.display, &f.text) {
            parsed.diagnostics.push(Diagnostic {
                file: f.display.clone(),
                line: e.line,
                severity: Severity::Error,
                message: e.message,
            });
        }
    }
    let duplicates = duplicates(&parsed.metas);
    parsed.diagnostics.extend(duplicates);
    parsed
        .diagnostics
        .sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
    // a bad `_meta.lex` header is found once per list that uses it: report it once
    parsed.diagnostics.dedup();
    Ok(parsed.diagnostics)
}

/// Rule ids of the checks (contract §7); lexicon rules are `lexicon.<category>` of a loaded list.
const CHECK_RULES: &[&str] = &[
    "link.commercial",
    "link.shortener",
    "link.obfuscated",
    "link.unlisted",
    "attribution.missing_source",
    "attribution.unlisted_source",
    "attribution.title_rewritten",
    "attribution.undeclared_repost",
    "leader.too_many_titles",
    "leader.named",
    "leader.county_decision",
    "unit.named",
    "pii.resident_id",
    "pii.mobile",
    "pii.bank_card",
    "pii.email",
    "pii.landline",
    "pii.name",
    "pii.address",
    "pii.plate",
    "pii.passport",
    "pii.permit",
    "pii.qq",
    "pii.wechat",
];

/// Whether `rule` names a rule that findings can carry with these lexicons.
fn known_rule(rule: &str, metas: &[TermMeta]) -> bool {
    CHECK_RULES.contains(&rule) || metas.iter().any(|m| &*m.rule == rule)
}

/// Parses every lexicon file (`*.lex`, `*.txt`) of a source.
pub fn parse_all(files: &[SourceFile]) -> Parsed {
    let mut parsed = Parsed::default();
    for f in files {
        if f.rel.ends_with(".lex") && !f.rel.ends_with("_meta.lex") {
            parse_lex(f, base_meta(f, files, &mut parsed.diagnostics), &mut parsed);
        } else if f.rel.ends_with(".txt") {
            let base = base_meta(f, files, &mut parsed.diagnostics);
            parse_plain(f, base, &mut parsed);
        }
    }
    parsed
}

/// The defaults a file starts with: its directory's `_meta.lex` headers, else external defaults for
/// extra lexicons, else an empty meta that needs its own `@category`.
fn base_meta(f: &SourceFile, files: &[SourceFile], diags: &mut Vec<Diagnostic>) -> TermMeta {
    let dir = f
        .rel
        .rsplit_once('/')
        .map(|(d, _)| format!("{d}/"))
        .unwrap_or_default();
    let meta_rel = format!("{dir}_meta.lex");
    let mut base = TermMeta::external();
    if !f.extra {
        base.category = "".into();
    }
    if let Some(m) = files.iter().find(|x| x.rel == meta_rel) {
        for (i, line) in m.text.lines().enumerate() {
            let line = line.trim();
            if let Some(h) = line.strip_prefix('@') {
                if let Err(msg) = apply_header(&mut base, h) {
                    diags.push(diag(&m.display, i + 1, Severity::Error, msg));
                }
            }
        }
    }
    base
}

fn diag(file: &str, line: usize, severity: Severity, message: String) -> Diagnostic {
    Diagnostic {
        file: file.to_owned(),
        line,
        severity,
        message,
    }
}

fn parse_plain(f: &SourceFile, base: TermMeta, out: &mut Parsed) {
    if base.category.is_empty() {
        out.diagnostics.push(diag(
            &f.display,
            0,
            Severity::Error,
            "纯词表缺少元数据：请在同目录的 _meta.lex 中给出 @category 等".into(),
        ));
        return;
    }
    for (i, line) in f.text.lines().enumerate() {
        let term = line.trim();
        if term.is_empty() {
            continue;
        }
        push_term(f, i + 1, term, &base, false, out);
    }
}

fn parse_lex(f: &SourceFile, mut meta: TermMeta, out: &mut Parsed) {
    let mut saw_term = false;
    for (i, raw) in f.text.lines().enumerate() {
        let n = i + 1;
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(h) = line.strip_prefix('@') {
            if let Err(msg) = apply_header(&mut meta, h) {
                out.diagnostics
                    .push(diag(&f.display, n, Severity::Error, msg));
            }
            continue;
        }
        let (allow, rest) = match line.strip_prefix('!') {
            Some(r) => (true, r),
            None => (false, line.strip_prefix('\\').unwrap_or(line)),
        };
        let (term, overrides) = match rest.split_once(" | ") {
            Some((t, o)) => (t.trim(), Some(o.trim())),
            None => (rest.trim(), None),
        };
        let mut m = meta.clone();
        // An allow term hides what it covers wherever it is written, unless its line says
        // `boundary=word` (`!六四开 | boundary=word`: the ratio, not `六四开枪`, cut 六四/开枪).
        if allow {
            m.boundary = Boundary::Substring;
        }
        if let Some(o) = overrides {
            for kv in o
                .split([' ', ',', '，', ';', '\t'])
                .filter(|s| !s.is_empty())
            {
                let Some((k, v)) = kv.split_once('=') else {
                    out.diagnostics.push(diag(
                        &f.display,
                        n,
                        Severity::Error,
                        format!("覆盖项“{kv}”应写成 key=value"),
                    ));
                    continue;
                };
                if let Err(msg) = apply_header(&mut m, &format!("{k} {v}")) {
                    // (`未知的元数据项 @drafts` reads `未知的覆盖项 drafts` after a term)
                    let msg = msg
                        .replace("未知的元数据项 @", "未知的覆盖项 ")
                        .replace('@', "覆盖项 ");
                    out.diagnostics
                        .push(diag(&f.display, n, Severity::Error, msg));
                }
            }
        }
        // a term line, even one refused below: the file is not empty, it is wrong
        saw_term = true;
        if m.category.is_empty() {
            out.diagnostics.push(diag(
                &f.display,
                n,
                Severity::Error,
                "词条之前缺少 @category".into(),
            ));
            continue;
        }
        push_term(f, n, term, &m, allow, out);
        if allow {
            continue;
        }
        // generated spellings, each with the boundary mode it matches in; they name the term
        let mut spellings: Vec<(String, Boundary)> = Vec::new();
        if m.pinyin {
            spellings.extend(pinyin_spellings(term).into_iter().map(|s| (s, m.boundary)));
        }
        if m.split {
            // a character written as its two halves is no word jieba knows: `贝者博` is cut
            // 贝|者|博, and no text writes the halves side by side but to dodge a filter
            spellings.extend(
                split_spellings(term)
                    .into_iter()
                    .map(|s| (s, Boundary::Substring)),
            );
            spellings.extend(digit_spellings(term).map(|s| (s, m.boundary)));
        }
        for (spelling, boundary) in spellings {
            let mut p = m.clone();
            p.spelling_of = Some(term.to_owned());
            p.boundary = boundary;
            push_term(f, n, &spelling, &p, false, out);
        }
    }
    if !saw_term {
        out.diagnostics.push(diag(
            &f.display,
            0,
            Severity::Warning,
            "文件中没有词条".into(),
        ));
    }
}

fn push_term(
    f: &SourceFile,
    line: usize,
    term: &str,
    meta: &TermMeta,
    allow: bool,
    out: &mut Parsed,
) {
    // A term that cannot be read is skipped. An extra list is loaded as it is (a public
    // collection is not ours to fix): a warning there; in our own lexicons a mistake.
    let unusable = if f.extra {
        Severity::Warning
    } else {
        Severity::Error
    };
    if super::matcher::has_stray_marks(term) {
        out.diagnostics.push(diag(
            &f.display,
            line,
            unusable,
            format!(
                "词条“{term}”中的“~”或“{{n}}”须写在两段文字之间（如 欠~工资、{{n}}人死亡、致{{n}}死），否则永远匹配不到"
            ),
        ));
        return;
    }
    // the form the matcher reads: compact text and the marks it must stand next to (`+v`, `秘密★`)
    let (compact, head, tail) = super::matcher::term_form(term);
    if compact.is_empty() {
        out.diagnostics.push(diag(
            &f.display,
            line,
            unusable,
            if allow && term.is_empty() {
                "这一行只有“!”，后面没有写允许词（写成 !三黄片；要以 ! 开头的词条请写 \\!）"
                    .to_owned()
            } else if f.extra {
                format!("词条“{term}”规范化后为空（只有空白、标点或符号），已忽略")
            } else {
                format!("词条“{term}”规范化后为空（只有空白、标点或符号），请删除或改写")
            },
        ));
        return;
    }
    // Marks count: they make a term specific.
    let chars = compact.chars().count() + head.len() + tail.len();
    if chars == 1 && meta.role == Role::Screen && !f.extra {
        out.diagnostics.push(diag(
            &f.display,
            line,
            Severity::Warning,
            format!("单字词条“{term}”误报率高，建议改为词语"),
        ));
    }
    let mut m = meta.clone();
    // The message and rule are filled in once here, not per hit; a pinyin spelling's message names
    // the term it spells.
    let named = meta
        .spelling_of
        .as_deref()
        .unwrap_or(term)
        .replace(super::matcher::GAP_MARK, "…")
        .replace(super::matcher::NUMBER_MARK, "几")
        .replace(super::matcher::SURNAME_MARK, "某");
    let named = named.as_str();
    m.message = m.message.replace("{term}", named).into();
    m.comment_message = m.comment_message.map(|c| c.replace("{term}", named).into());
    m.report = m.report.map(|c| c.replace("{term}", named).into());
    m.rule = match m.scope {
        Scope::Repost => format!("attribution.{}", m.category),
        Scope::All => format!("lexicon.{}", m.category),
    }
    .into();
    m.term = term.to_owned();
    m.allow = allow;
    m.extra = f.extra;
    m.file = f.display.clone();
    m.line = line;
    out.metas.push(m);
}

/// Titles that netizens write after a surname's initial (`G书记`, `Z县长`, `L局长`): a term's first
/// character is not spelt as its initial before one (see [`pinyin_spellings`]).
const TITLES_AFTER_AN_INITIAL: &[&str] = &[
    "书记", "县长", "乡长", "镇长", "局长", "主任", "村长", "支书", "所长", "队长", "院长", "校长",
    "老师", "医生", "市长", "省长", "部长", "厅长", "处长", "科长", "站长", "总", "官", "干部",
    "领导", "警官", "警察", "委员", "常委", "主席", "经理", "老板",
];

/// Spellings of `term` in toneless pinyin, as comments write banned words to slip past filters:
/// - each Chinese character alone in pinyin (`du博`, `赌bo`, `冰du`), in every reading of a
///   polyphone;
/// - for terms of three characters or more, in each character's first reading: the whole term
///   (`falungong`), a run of two or more characters at either end (`falun功`, `法lungong`), and one
///   character inside the term or the first one as its initial (`法l功`, `f轮功`).
///
/// Each character alone in pinyin also with the tone marks of its first reading (`dǔ博`,
/// `fǎ轮功`), as an input method types pinyin: a syllable with its tone is that character's only
/// when the tone is its own (`大mā` is 大妈, not 大麻 `dà má`; breaker round 70). (Not the runs of
/// syllables: with tones they made the built-in lexicons' automaton too large for a DFA.) A tone
/// written as a mark of its own (`u` + U+030C) is noise between the letters, so the toneless
/// spelling takes it.
///
/// Two syllables alone (`bingdu`) are left out: they are as often another word (病毒). Only for
/// terms of two to six characters, all Chinese; the term itself is not among them. Readings from
/// the `pinyin` crate (its data is Unicode's kHanyuPinyin and pinyin-data).
pub(crate) fn pinyin_spellings(term: &str) -> Vec<String> {
    use pinyin::ToPinyinMulti;
    let chars: Vec<char> = term.chars().collect();
    if !(2..=6).contains(&chars.len()) {
        return Vec::new();
    }
    let mut readings: Vec<Vec<&'static str>> = Vec::with_capacity(chars.len());
    // the first (most common) reading with its tone marks (`dǔ`): a polyphone's other readings
    // are other words (麻 is `má`; `mā` of 麻麻黑 would take 大妈's `大mā`)
    let mut toned: Vec<Vec<&'static str>> = Vec::with_capacity(chars.len());
    for &c in &chars {
        let Some(multi) = c.to_pinyin_multi() else {
            return Vec::new();
        };
        let mut r: Vec<&'static str> = multi.into_iter().map(|p| p.plain()).collect();
        r.dedup();
        readings.push(r);
        toned.push(
            multi
                .into_iter()
                .take(1)
                .map(|p| p.with_tone())
                .collect::<Vec<_>>(),
        );
    }
    let mut out = Vec::new();
    for (i, r) in readings.iter().chain(&toned).enumerate() {
        let i = i % chars.len();
        for syllable in r {
            let mut s = String::new();
            for (j, &c) in chars.iter().enumerate() {
                if i == j {
                    s.push_str(syllable);
                } else {
                    s.push(c);
                }
            }
            out.push(s);
        }
    }
    if chars.len() >= 3 {
        // the first reading of each character: every combination of polyphones would be too many;
        // the whole term, and a run of two or more from either end (`falun功`, `法lungong`)
        for (from, to) in (2..chars.len())
            .map(|k| (0, k))
            .chain((1..chars.len() - 1).map(|k| (k, chars.len())))
            .chain([(0, chars.len())])
        {
            let mut s: String = chars[..from].iter().collect();
            s.extend(readings[from..to].iter().map(|r| r[0]));
            s.extend(&chars[to..]);
            out.push(s);
        }
        // one character inside the term as its initial (`法L功`), or the first one (`f轮功`:
        // breaker round 94; the letter must be a whole letter run, so not in `pdf轮功`); at the
        // end a lone letter would glue onto the Latin words that follow (`法轮g` + `ame`)
        for i in 0..chars.len() - 1 {
            // (not before an official's title: netizens write a surname's initial there,
            // `G书记到我们村调研过`, which is no `狗书记`; the regression helper of round 94)
            if i == 0 {
                let rest: String = chars[1..].iter().collect();
                if TITLES_AFTER_AN_INITIAL.iter().any(|t| rest.starts_with(t)) {
                    continue;
                }
            }
            let mut s: String = chars[..i].iter().collect();
            s.extend(readings[i][0].chars().next());
            s.extend(&chars[i + 1..]);
            out.push(s);
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Characters written as their left and right halves to dodge filters (拆字: `贝者博` for 赌博,
/// `犭句官` for 狗官, `氵去车仑功` for 法轮功), sorted by the character (binary search). Only
/// characters of the screened lists whose halves are typed as they are; halves that meet in
/// ordinary text (`木子` of 李, `女马` of 妈 as in `女马拉松`) are left out.
const SPLITS: &[(char, &str)] = &[
    ('伪', "亻为"),
    ('信', "亻言"),
    ('假', "亻叚"),
    ('博', "十尃"),
    ('妓', "女支"),
    ('娼', "女昌"),
    ('婊', "女表"),
    ('嫖', "女票"),
    ('弹', "弓单"),
    ('性', "忄生"),
    ('操', "扌喿"),
    ('枪', "木仓"),
    ('法', "氵去"),
    ('洛', "氵各"),
    ('海', "氵每"),
    ('炮', "火包"),
    ('狗', "犭句"),
    ('独', "犭虫"),
    ('猪', "犭者"),
    ('约', "纟勺"),
    ('裸', "衤果"),
    ('证', "讠正"),
    ('诈', "讠乍"),
    ('账', "贝长"),
    ('贩', "贝反"),
    ('购', "贝勾"),
    ('赌', "贝者"),
    ('轮', "车仑"),
    ('钱', "钅戋"),
    ('银', "钅艮"),
    ('骗', "马扁"),
];

/// Spellings of `term` with its characters written as their halves ([`SPLITS`], 拆字): each such
/// character alone (`贝者博`, `犭句官`), and all of them at once when there are two or more
/// (`氵去车仑功`). Only for terms of two to six characters; the term itself is not among them.
pub(crate) fn split_spellings(term: &str) -> Vec<String> {
    let chars: Vec<char> = term.chars().collect();
    if !(2..=6).contains(&chars.len()) {
        return Vec::new();
    }
    let halves = |c: char| {
        SPLITS
            .binary_search_by_key(&c, |&(whole, _)| whole)
            .ok()
            .map(|i| SPLITS[i].1)
    };
    let spell = |split: &dyn Fn(usize) -> bool| -> String {
        chars
            .iter()
            .enumerate()
            .map(|(i, &c)| match halves(c) {
                Some(h) if split(i) => h.to_owned(),
                _ => c.to_string(),
            })
            .collect()
    };
    let at: Vec<usize> = (0..chars.len())
        .filter(|&i| halves(chars[i]).is_some())
        .collect();
    let mut out: Vec<String> = at.iter().map(|&k| spell(&|i| i == k)).collect();
    if at.len() >= 2 {
        out.push(spell(&|_| true));
    }
    out
}

/// The spelling of `term` with its Chinese numerals `〇` to `九` written as digits (`6合彩` for
/// 六合彩, `64事件` for 六四事件): one spelling, or none when the term has no such numeral, has
/// one that is no single digit (`十`, `百`, `两`: `五月三十五日`), or is a number and nothing else
/// (`六四` would make every `64` a finding; digit terms are listed by hand). Like any term with
/// digits, it only matches a whole digit run (`16合彩` is none).
pub(crate) fn digit_spellings(term: &str) -> Option<String> {
    const NUMERALS: &str = "〇一二三四五六七八九";
    let digit = |c: char| {
        NUMERALS
            .chars()
            .position(|n| n == c)
            .map(|d| char::from(b'0' + d as u8))
    };
    let other_numeral = term.chars().any(|c| "十百千万亿两".contains(c));
    let spelt: String = term.chars().map(|c| digit(c).unwrap_or(c)).collect();
    (spelt != term && !other_numeral && !spelt.chars().all(|c| c.is_ascii_digit())).then_some(spelt)
}

/// A header that is off or on: `false` for the first of `words`, `true` for the second, an error
/// naming both for anything else.
fn two_way(key: &str, value: &str, [off, on]: [&str; 2]) -> Result<bool, String> {
    match value {
        v if v == off => Ok(false),
        v if v == on => Ok(true),
        _ => Err(format!("@{key} 只能是 {off} 或 {on}，而不是“{value}”")),
    }
}

/// Applies one header (`key value`, the `@` already stripped) to `meta`.
fn apply_header(meta: &mut TermMeta, h: &str) -> Result<(), String> {
    let h = h.trim();
    let (key, value) = h
        .split_once(|c: char| c.is_whitespace() || c == '=')
        .map(|(k, v)| (k.trim(), v.trim().trim_start_matches('=').trim()))
        .unwrap_or((h, ""));
    if value.is_empty() {
        return Err(format!("@{key} 缺少取值"));
    }
    if let Some(&context) = DropContext::ALL.iter().find(|c| c.header() == key) {
        meta.drops.retain(|&c| c != context);
        if two_way(key, value, ["keep", "drop"])? {
            meta.drops.push(context);
        }
        return Ok(());
    }
    let action = |kind: Kind| -> Result<Action, String> {
        match Action::parse(value) {
            Some(Action::Route(r)) if r.kind() != kind => Err(format!(
                "@{key} 的取值“{value}”不是{}的处理方式",
                if kind == Kind::Draft {
                    "草稿"
                } else {
                    "留言"
                }
            )),
            Some(a) => Ok(a),
            None => Err(format!(
                "@{key} 的取值“{value}”未知（可用：{}）",
                if kind == Kind::Draft {
                    "returned、county_office、principal_leader、deputy_leader、unit_head、co_review、note"
                } else {
                    "takedown、forward、escalate、publish、note"
                }
            )),
        }
    };
    match key {
        "category" => meta.category = value.into(),
        "draft" => meta.draft = action(Kind::Draft)?,
        "comment" => meta.comment = action(Kind::Comment)?,
        "severity" => {
            meta.severity = match value {
                "low" => TermSeverity::Low,
                "medium" => TermSeverity::Medium,
                "high" => TermSeverity::High,
                _ => {
                    return Err(format!(
                        "@severity 只能是 low、medium 或 high，而不是“{value}”"
                    ))
                }
            }
        }
        "article" => meta.article = value.into(),
        "boundary" => {
            meta.boundary = match value {
                "word" => Boundary::Word,
                "substring" => Boundary::Substring,
                _ => {
                    return Err(format!(
                        "@boundary 只能是 word 或 substring，而不是“{value}”"
                    ))
                }
            }
        }
        "message" => meta.message = value.into(),
        "comment_message" => meta.comment_message = Some(value.into()),
        "role" => {
            meta.role = match value {
                "screen" => Role::Screen,
                "reference" => Role::Reference,
                _ => return Err(format!("@role 只能是 screen 或 reference，而不是“{value}”")),
            }
        }
        "scope" => {
            meta.scope = match value {
                "all" => Scope::All,
                "repost" => Scope::Repost,
                _ => return Err(format!("@scope 只能是 all 或 repost，而不是“{value}”")),
            }
        }
        "forward_to" => meta.forward_to = Some(value.to_owned()),
        "label" => meta.label = Some(value.to_owned()),
        "report" => {
            meta.report =
                two_way(key, value, ["keep", "mark"])?.then(|| super::REPORT_MESSAGE.into());
        }
        "pinyin" => meta.pinyin = two_way(key, value, ["none", "mix"])?,
        "split" => meta.split = two_way(key, value, ["none", "mix"])?,
        _ => return Err(format!("未知的元数据项 @{key}")),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(rel: &str, text: &str) -> SourceFile {
        SourceFile {
            rel: rel.into(),
            display: format!("lexicons/{rel}"),
            text: text.into(),
            extra: false,
        }
    }

    #[test]
    fn headers_apply_to_following_terms_and_overrides_to_one() {
        let f = file(
            "e.lex",
            "# 注释\n@category emergency\n@draft county_office\n@comment escalate\n@article 第四条第二款\n地震\n人员伤亡 | boundary=substring\n!三黄片\n!六四开 | boundary=word\n",
        );
        let p = parse_all(&[f]);
        assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
        assert_eq!(p.metas.len(), 4);
        // an allow term matches as written unless its line says otherwise
        assert_eq!(p.metas[2].boundary, Boundary::Substring);
        assert_eq!(p.metas[3].boundary, Boundary::Word);
        assert_eq!(p.metas[0].term, "地震");
        assert_eq!(p.metas[0].line, 6);
        assert_eq!(p.metas[0].boundary, Boundary::Word);
        assert_eq!(p.metas[1].boundary, Boundary::Substring);
        assert!(p.metas[2].allow);
        assert_eq!(
            p.metas[0].draft,
            Action::Route(crate::item::Route::CountyOffice)
        );
    }

    #[test]
    fn duplicates_are_terms_the_matcher_reads_as_one() {
        let f = file(
            "a.lex",
            "@category x\n@draft returned\n代开\n代*开\n不得不说，\n不得不说！\n（内部）\n【内部】\n",
        );
        let p = parse_all(&[f]);
        let lines: Vec<usize> = duplicates(&p.metas).iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![4], "only 代*开 repeats 代开");
    }

    /// A one-character term is warned about, unless marks it must stand next to make it specific.
    #[test]
    fn one_character_terms_are_warned_about_unless_marked() {
        let f = file("a.lex", "@category x\n@draft returned\n赌\n+v\n密★\n");
        let p = parse_all(&[f]);
        let lines: Vec<usize> = p.diagnostics.iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![3], "{:?}", p.diagnostics);
        assert_eq!(p.diagnostics[0].severity, Severity::Warning);
    }

    /// Kind: banned words spelt partly or wholly in pinyin (`du博`, `冰du`, `falungong`).
    #[test]
    fn pinyin_spellings_replace_one_character_or_spell_the_whole_term() {
        let s = pinyin_spellings("赌博");
        assert!(
            s.contains(&"du博".to_owned()) && s.contains(&"赌bo".to_owned()),
            "{s:?}"
        );
        assert!(
            !s.contains(&"dubo".to_owned()),
            "two syllables alone are other words too"
        );
        assert!(
            s.contains(&"dǔ博".to_owned()) && s.contains(&"赌bó".to_owned()),
            "{s:?}"
        );
        let s = pinyin_spellings("大麻");
        assert!(
            s.contains(&"大má".to_owned()) && !s.contains(&"大mā".to_owned()),
            "{s:?}"
        );
        let s = pinyin_spellings("法轮功");
        for want in [
            "fa轮功",
            "法lun功",
            "法轮gong",
            "falungong",
            "fǎ轮功",
            "法lún功",
        ] {
            assert!(s.contains(&want.to_owned()), "{want} in {s:?}");
        }
        assert!(
            !s.contains(&"fǎlúngōng".to_owned()),
            "runs are toneless only"
        );
        assert!(pinyin_spellings("sb").is_empty() && pinyin_spellings("赌").is_empty());
        // generated spellings name their term and are no duplicates of it
        let f = file(
            "p.lex",
            "@category x\n@draft returned\n@message 含“{term}”\n@pinyin mix\n冰毒\n冰du\n!冰毒品\n",
        );
        let p = parse_all(&[f]);
        let spelt: Vec<&TermMeta> = p.metas.iter().filter(|m| m.spelling_of.is_some()).collect();
        assert!(spelt
            .iter()
            .all(|m| &*m.message == "含“冰毒”" && m.line == 5));
        assert!(spelt.iter().any(|m| m.term == "bing毒"));
        let lines: Vec<usize> = duplicates(&p.metas).iter().map(|d| d.line).collect();
        assert_eq!(lines, Vec::<usize>::new(), "冰du is written once by hand");
        assert!(!p.metas.iter().any(|m| m.allow && m.spelling_of.is_some()));
    }

    /// Kind: a character written as its two halves (拆字) to dodge a filter: `贝者博`, `犭句官`.
    #[test]
    fn split_spellings_write_characters_as_their_halves() {
        let s = split_spellings("赌博");
        assert!(s.contains(&"贝者博".to_owned()), "{s:?}");
        assert!(s.contains(&"贝者十尃".to_owned()), "both at once: {s:?}");
        let s = split_spellings("法轮功");
        for want in ["氵去轮功", "法车仑功", "氵去车仑功"] {
            assert!(s.contains(&want.to_owned()), "{want} in {s:?}");
        }
        assert!(
            split_spellings("地震").is_empty(),
            "no character of it is split"
        );
        assert!(
            SPLITS.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted for binary search"
        );
        let p = parse_all(&[file(
            "s.lex",
            "@category x\n@draft returned\n@message 含“{term}”\n@split mix\n狗官\n",
        )]);
        let spelt = p.metas.iter().find(|m| m.term == "犭句官").expect("犭句官");
        assert_eq!(&*spelt.message, "含“狗官”");
        assert_eq!(spelt.boundary, Boundary::Substring);
    }

    /// Kind: Chinese numerals written as digits (`6合彩`), but never a bare number as a term.
    #[test]
    fn digit_spellings_write_numerals_as_digits() {
        assert_eq!(digit_spellings("六合彩").as_deref(), Some("6合彩"));
        assert_eq!(digit_spellings("六四事件").as_deref(), Some("64事件"));
        assert_eq!(digit_spellings("六四"), None, "every 64 would be a finding");
        assert_eq!(digit_spellings("五月三十五日"), None, "十 is no digit");
        assert_eq!(digit_spellings("赌博"), None);
    }

    /// Kind: a run of characters in pinyin at either end of a term (`falun功`).
    #[test]
    fn pinyin_spellings_spell_runs_at_either_end() {
        let s = pinyin_spellings("法轮功");
        for want in ["falun功", "法lungong"] {
            assert!(s.contains(&want.to_owned()), "{want} in {s:?}");
        }
        assert!(!s.contains(&"fa轮gong".to_owned()), "{s:?}");
        assert!(s.contains(&"法l功".to_owned()), "an initial inside: {s:?}");
        assert!(s.contains(&"f轮功".to_owned()), "an initial first: {s:?}");
        assert!(!s.contains(&"法轮g".to_owned()), "an initial last: {s:?}");
    }

    /// Kind: an unknown action is refused with the actions there are, for drafts and comments.
    #[test]
    fn unknown_actions_list_the_known_ones() {
        let p = parse_all(&[file(
            "a.lex",
            "@category x\n@draft bogus\n@comment later\n赌博\n",
        )]);
        let messages: Vec<&str> = p.diagnostics.iter().map(|d| d.message.as_str()).collect();
        assert!(
            messages
                .iter()
                .any(|m| m.contains("“bogus”") && m.contains("unit_head")),
            "{messages:?}"
        );
        assert!(
            messages
                .iter()
                .any(|m| m.contains("“later”") && m.contains("takedown")),
            "{messages:?}"
        );
    }

    /// The lines of the errors among `p`'s diagnostics, in order.
    fn error_lines(p: &Parsed) -> Vec<usize> {
        p.diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.line)
            .collect()
    }

    #[test]
    fn lint_errors_carry_file_and_line() {
        let f = file(
            "bad.lex",
            "@category x\n@draft takedown\n@color red\n词 | boundary=maybe\n，，\n",
        );
        let p = parse_all(&[f]);
        let lines = error_lines(&p);
        assert_eq!(lines, vec![2, 3, 4, 5], "{:?}", p.diagnostics);
        assert!(p.diagnostics[0]
            .to_string()
            .starts_with("lexicons/bad.lex:2: 错误"));
        // an unknown override is named as one (README trial: `未知的元数据项 覆盖项 drafts`)
        let p = parse_all(&[file(
            "o.lex",
            "@category x
词 | drafts=returned
",
        )]);
        assert_eq!(error_lines(&p), vec![2], "{:?}", p.diagnostics);
        assert_eq!(p.diagnostics[0].message, "未知的覆盖项 drafts");
    }

    /// Kind: a gap or number mark that stands between no two parts makes a term that never
    /// matches: an error with its line, not a silent dead term.
    #[test]
    fn stray_marks_are_errors() {
        let f = file(
            "marks.lex",
            "@category x\n欠~工资\n~砍树\n砍树~\n欠~~工资\n{n}\n{n}{n}\n{n}人死亡\n",
        );
        let p = parse_all(&[f]);
        let lines = error_lines(&p);
        assert_eq!(lines, vec![3, 4, 5, 6, 7], "{:?}", p.diagnostics);
        assert!(p.diagnostics[0].message.contains("两段文字之间"));
    }

    /// Kind: a mistake reported twice or in the wrong words (maintainer trial): a lone `!` is an
    /// allow mark without its term, and a file whose terms all lack a category is wrong, not empty.
    #[test]
    fn lone_allow_marks_and_uncategorized_terms_get_one_clear_error() {
        let p = parse_all(&[file("a.lex", "@category x\n!\n三黄片\n")]);
        assert_eq!(error_lines(&p), vec![2], "{:?}", p.diagnostics);
        assert!(
            p.diagnostics[0].message.contains("只有“!”"),
            "{:?}",
            p.diagnostics
        );
        let p = parse_all(&[file("b.lex", "某词\n")]);
        assert_eq!(p.diagnostics.len(), 1, "{:?}", p.diagnostics);
        assert!(p.diagnostics[0].message.contains("@category"));
    }

    #[test]
    fn plain_lists_take_metadata_from_meta_file() {
        let meta = file(
            "ext/_meta.lex",
            "@category konsheng\n@draft deputy_leader\n@comment escalate\n",
        );
        let list = file("ext/words.txt", "赌博\n\n出售炸药 电话\n");
        let p = parse_all(&[meta, list]);
        assert!(p.diagnostics.is_empty(), "{:?}", p.diagnostics);
        assert_eq!(p.metas.len(), 2);
        assert_eq!(p.metas[1].term, "出售炸药 电话");
        assert_eq!(&*p.metas[1].category, "konsheng");
        let orphan = parse_all(&[file("words.txt", "赌博\n")]);
        assert_eq!(orphan.diagnostics[0].severity, Severity::Error);
    }

    #[test]
    fn version_is_sha256_over_path_nul_content_nul() {
        let files = [file("a.lex", "x\n"), file("b.lex", "y\n")];
        let mut h = Sha256::new();
        h.update(b"a.lex\0x\n\0b.lex\0y\n\0");
        let want: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(version(&files), format!("sha256:{want}"));
    }
}
