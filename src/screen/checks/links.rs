//! Links and ad links (第七条: 不得发布商业广告及链接): found in `title`, `body` and every `links[N]`,
//! judged by the registrable domain of their host.
//!
//! Pipeline position: a check, after normalization and matching, before routing. It reads the item's
//! fields directly (not the lexicon scans): a link's shape matters here (dots, slashes, case), which
//! the lexicon's compact text throws away. It must not judge `repost.url` (that is
//! [`super::attribution`]'s evidence of a designated outlet) nor e-mail addresses (personal
//! information, handled by de-identification).
//!
//! # What counts as a link
//! Each field is first turned into an ASCII *scan view*, one view byte per original character except
//! for an obfuscated separator, which becomes one `.` however long it was written:
//! - full-width forms fold to ASCII (`ｗｗｗ．ｘｘ．ｃｏｍ`, `ｈｔｔｐｓ：／／`), except full-width
//!   punctuation that never sits inside a URL (`，（）！；` ...), which ends a link like any other
//!   non-ASCII character. So `https://baidu.com/平方米` ends at the `/` and a Chinese-named path is
//!   not followed (a documented limit); a host with non-ASCII labels after a scheme
//!   (`http://维西补贴.网址/apply`) is found apart, on the original text, and judged unlisted;
//! - obfuscated separators between two ASCII letters or digits become `.`: `点`, `點`, `。`, `｡`,
//!   `丶`, middle dots (`·`, `・`, `•`), bracketed dots (`(.)`, `[点]`, `【dot】`), the word `dot`
//!   between spaces, and a `.` with spaces on both sides, each with optional spaces around it; an
//!   underscore inside a name that starts with `www` (`www_du88_com`); a top-level domain spelt by
//!   its sound or with a digit for a letter after one becomes that domain (`du888点康姆`,
//!   `du88。c0m`: `du888.com`, `du88.com`) (a scheme-less obfuscated link must then end in a
//!   lower-case label or start with `www.`: `使用APP。APP下载` is two sentences);
//! - e-mail addresses are found first (linkify) and blanked, so neither their local part
//!   (`john.li`) nor their domain is taken for a link; so is a scheme written wrong
//!   (`https//`, `http:/`, `https:///`, spread out or set apart by spaces or hyphens:
//!   `h t t p s : / / x.top`, `h-t-t-p-s://`), so that what follows is found as a link without
//!   one, then reported from the scheme on as obfuscated.
//!
//! [`linkify`] then finds URLs with or without a scheme in the view. A link with a scheme is always a
//! link. One without (`www.x.com`, `deal66.com`) must end in a suffix the public suffix list knows
//! ([`psl`]) and have a registrable domain, and its last label must be neither title-case (`Mr.Li`,
//! `Co.Ltd`: words, not hosts) nor, unless it starts with `www.` or has a path, one of the few
//! top-level domains that are also common file extensions ([`FILE_EXTENSION_TLDS`]: `readme.md`,
//! `setup.zip`). Decimal numbers (`3.5`), abbreviations (`e.g.`) and file names with extensions that
//! are no top-level domain (`附件1.docx`, `通知.pdf`) are therefore not links.
//!
//! # Judgement
//! A host is judged against the lists of [`LinkPolicy`] by whole labels (`gov.cn` covers
//! `www.yn.gov.cn`), in this order: allowed (nothing is reported, however it is written: an
//! official site gains nothing from hiding, and `。` for `.` is an input-method slip), shortener,
//! commercial, obfuscated, anything else (`unlisted`). The actions are contract §3's: shortener,
//! commercial and obfuscated links send a draft back (`returned`) and take a comment down; an
//! unlisted link lifts a draft to `deputy_leader` and takes a comment down as advertising.
//!
//! Offsets are Unicode code points into the original field text, half-open, covering the link as
//! written (scheme, obfuscated separators and full-width forms included).

use crate::item::{Action, Field, Finding, Item, Kind, Route};
use crate::policy::LinkPolicy;
use crate::screen::FieldScan;
use linkify::{LinkFinder, LinkKind};

/// Top-level domains that are also common file extensions: a scheme-less name ending in one of
/// them is a file name (`readme.md`, `main.py`, `photos.zip`) unless it starts with `www.` or
/// has a path. Not a list of suffixes: the public suffix list decides what a suffix is.
pub const FILE_EXTENSION_TLDS: &[&str] =
    &["ai", "md", "mov", "pl", "ps", "py", "rs", "sh", "so", "zip"];

/// A link found in a text field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Start, in Unicode code points of the original text.
    pub start: usize,
    /// End (exclusive), in Unicode code points of the original text.
    pub end: usize,
    /// The host, lower case, without port or trailing dot (`detail.tmall.com`).
    pub host: String,
    /// Whether it was written with obfuscated separators (`www点deal66点com`).
    pub obfuscated: bool,
}

impl Link {
    /// The registrable domain of the host by the public suffix list (`tmall.com` for
    /// `detail.tmall.com`); the host itself when it has none (an IP address, `localhost`).
    pub fn domain(&self) -> &str {
        if self.host.parse::<std::net::IpAddr>().is_ok() {
            return &self.host;
        }
        psl::domain_str(&self.host).unwrap_or(&self.host)
    }
}

/// How a host stands by the policy's lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    /// Government or designated outlet.
    Allowed,
    /// A link shortener: it hides the target.
    Shortener,
    /// A commercial or shopping site.
    Commercial,
    /// None of the lists.
    Unlisted,
}

/// Judges `host` (lower case) by `policy`'s lists, by whole labels.
pub fn standing(host: &str, policy: &LinkPolicy) -> Standing {
    if listed(host, &policy.allowed) {
        Standing::Allowed
    } else if listed(host, &policy.shorteners) {
        Standing::Shortener
    } else if listed(host, &policy.commercial) {
        Standing::Commercial
    } else {
        Standing::Unlisted
    }
}

/// Whether `host` is one of `domains` or under one of them, by whole labels (`gov.cn` lists
/// `www.gov.cn`, not `xgov.cn`). Entries are compared without case, a leading `*.` and dots at the
/// ends.
pub fn listed(host: &str, domains: &[String]) -> bool {
    let host = host.trim_end_matches('.');
    domains.iter().any(|d| {
        let d = d.trim().trim_start_matches("*.").trim_matches('.');
        // `get`, not `split_at`: a host may have non-ASCII labels (`维西补贴.网址`), and the cut
        // must fall between characters.
        let Some(cut) = host.len().checked_sub(d.len()).filter(|_| !d.is_empty()) else {
            return false;
        };
        match (host.get(..cut), host.get(cut..)) {
            (Some(head), Some(tail)) => {
                tail.eq_ignore_ascii_case(d) && (head.is_empty() || head.ends_with('.'))
            }
            _ => false,
        }
    })
}

/// Findings for every link in `item`'s title, body and `links` that is not allowed (第七条).
///
/// Each finding's `action` is the built-in default for the item's kind; the policy's `[actions]`
/// may override it by rule afterwards. A `links[N]` entry in which no link can be found is reported
/// as `link.unlisted` over the whole entry: it was sent as a link, and nobody can tell where it
/// leads.
///
/// `repost.url` is judged for shorteners and commercial sites only (第七条: 不得链接商业广告): whether
/// its site is a designated outlet's is the attribution check's question.
pub fn check(item: &Item, policy: &LinkPolicy) -> Vec<Finding> {
    check_scanned(item, policy, &[])
}

/// [`check`], with what normalization found of the title and the body in `scans` (whether they may
/// hold a character of [`crate::screen::normalize::WATCHED`] or
/// [`crate::screen::normalize::WATCHED_ASCII`]), which spares the searches for rare spellings where
/// they cannot be.
pub fn check_scanned(item: &Item, policy: &LinkPolicy, scans: &[FieldScan<'_>]) -> Vec<Finding> {
    let watched = |field: Field| {
        scans
            .iter()
            .find(|s| s.field == field)
            .map_or((true, true), |s| {
                (s.normalized.has_watched(), s.normalized.has_watched_ascii())
            })
    };
    let mut out = Vec::new();
    if let Some(title) = &item.title {
        judge_all(
            item.kind,
            Field::Title,
            title,
            find_nested(title, 0, watched(Field::Title)),
            policy,
            &mut out,
        );
    }
    judge_all(
        item.kind,
        Field::Body,
        &item.body,
        find_nested(&item.body, 0, watched(Field::Body)),
        policy,
        &mut out,
    );
    for (n, text) in item.links.iter().enumerate() {
        let links = find(text);
        if links.is_empty() && !text.trim().is_empty() && !is_email_only(text) {
            out.push(finding(
                item.kind,
                Field::Link(n),
                (0, text.chars().count()),
                "unlisted",
                Route::DeputyLeader,
                "附加链接无法识别出网址，无法判断指向何处".to_owned(),
            ));
        }
        judge_all(item.kind, Field::Link(n), text, links, policy, &mut out);
    }
    if let Some(url) = item.repost.as_ref().and_then(|r| r.url.as_deref()) {
        for link in find(url) {
            if matches!(
                standing(&link.host, policy),
                Standing::Shortener | Standing::Commercial
            ) {
                judge(
                    item.kind,
                    Field::RepostUrl,
                    &Indexed::new(url),
                    &link,
                    policy,
                    &mut out,
                );
            }
        }
    }
    out
}

/// Sales wording that, right before an unlisted link, makes it an advert's link (第七条:
/// `农资选购请点击 https://…`, `下单链接：…`).
const SALES_BEFORE_LINK: &[&str] = &[
    "购买", "选购", "下单", "抢购", "购物", "商城", "店铺", "网店", "特价", "优惠", "领券", "秒杀",
    // breaker round 89: `更多好物请戳：`
    "好物", "请戳",
];

/// Sales wording right after a link, in its clause (`#小程序://维西好物/k8Xd2a 直接下单`: breaker
/// round 89): the link is where to buy.
const SALES_AFTER_LINK: &[&str] = &["下单", "购买", "抢购", "领券", "包邮"];

/// A field's text with the byte offset of each code point (and of its end), so that the text
/// before a link is found without counting from the start for each link (a draft of many links
/// would otherwise cost the square of its length).
struct Indexed<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> Indexed<'a> {
    fn new(text: &'a str) -> Indexed<'a> {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        Indexed { text, starts }
    }

    /// The code points `[from, to)`.
    fn slice(&self, from: usize, to: usize) -> &'a str {
        let at = |k: usize| self.starts[k.min(self.starts.len() - 1)];
        &self.text[at(from)..at(to)]
    }
}

/// Whether the clause before code point `start` of `text` (at most 20 code points) has
/// [`SALES_BEFORE_LINK`] wording.
fn sold_before(text: &Indexed<'_>, start: usize) -> bool {
    let head = text.slice(start.saturating_sub(20), start);
    let clause = head
        .rsplit(['。', '！', '？', '；', '\n'])
        .next()
        .unwrap_or(head);
    SALES_BEFORE_LINK.iter().any(|w| clause.contains(w))
}

/// Whether the clause after code point `end` of `text` (at most 12 code points) has
/// [`SALES_AFTER_LINK`] wording.
fn sold_after(text: &Indexed<'_>, end: usize) -> bool {
    let tail = text.slice(end, end + 12);
    let clause = tail
        .split(['，', '。', '！', '？', '；', '\n'])
        .next()
        .unwrap_or(tail);
    SALES_AFTER_LINK.iter().any(|w| clause.contains(w))
}

/// Judges every link found in `field`, whose text is `text`.
fn judge_all(
    kind: Kind,
    field: Field,
    text: &str,
    links: Vec<Link>,
    policy: &LinkPolicy,
    out: &mut Vec<Finding>,
) {
    if links.is_empty() {
        return;
    }
    let text = Indexed::new(text);
    for link in links {
        judge(kind, field, &text, &link, policy, out);
    }
}

fn judge(
    kind: Kind,
    field: Field,
    text: &Indexed<'_>,
    link: &Link,
    policy: &LinkPolicy,
    out: &mut Vec<Finding>,
) {
    let domain = shown(link.domain());
    // a host written with lookalike letters or dots (`www.gоv.cn` with a Cyrillic о) is never the
    // listed site it imitates (breaker round 67)
    let lookalike = text.slice(link.start, link.end).chars().any(is_lookalike);
    let hidden = if link.obfuscated || lookalike {
        "变形书写的"
    } else {
        ""
    };
    let (category, draft, message) = match standing(&link.host, policy) {
        Standing::Allowed if lookalike => (
            "obfuscated",
            Route::Returned,
            format!("用形近字符仿冒允许名单网站（{domain}）的链接，疑为钓鱼或广告链接（第七条）"),
        ),
        Standing::Allowed => return,
        Standing::Shortener => (
            "shortener",
            Route::Returned,
            format!("{hidden}短链接（{domain}）隐藏了真实去向，第七条不允许"),
        ),
        Standing::Commercial => (
            "commercial",
            Route::Returned,
            format!("{hidden}商业、购物网站链接（{domain}），属第七条禁止的商业广告链接"),
        ),
        // in a comment every unlisted link is taken down as an advert's anyway
        Standing::Unlisted
            if kind == Kind::Draft
                && (sold_before(text, link.start) || sold_after(text, link.end)) =>
        {
            (
                "commercial",
                Route::Returned,
                format!(
                    "链接前后有购买、下单等推销用语，链接（{domain}）属第七条禁止的商业广告链接"
                ),
            )
        }
        Standing::Unlisted if link.obfuscated || lookalike => (
            "obfuscated",
            Route::Returned,
            format!("变形书写的链接（{domain}），疑为规避审核的广告链接（第七条）"),
        ),
        Standing::Unlisted => (
            "unlisted",
            Route::DeputyLeader,
            match kind {
                Kind::Draft => format!("链接指向未列入允许名单的网站（{domain}），需分管领导审核"),
                Kind::Comment => {
                    format!("留言中的链接指向未列入允许名单的网站（{domain}），按广告链接处理")
                }
            },
        ),
    };
    out.push(finding(
        kind,
        field,
        (link.start, link.end),
        category,
        draft,
        message,
    ));
}

/// A domain as a message quotes it: each run of seven or more digits keeps its first three and
/// the rest become `*`. A host of digits may be a telephone, QQ or ID number (`http://1388765432/`
/// reads as an IP address), and messages reach the audit record, which has no item (CONTRACT §2:
/// no raw personal information outside `item`); the finding's span still shows where it is.
fn shown(domain: &str) -> String {
    let mut out = String::with_capacity(domain.len());
    let mut rest = domain;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let len = rest[start..].bytes().take_while(u8::is_ascii_digit).count();
        out.push_str(&rest[..start]);
        let digits = &rest[start..start + len];
        if len >= 7 {
            out.push_str(&digits[..3]);
            out.extend(std::iter::repeat_n('*', len - 3));
        } else {
            out.push_str(digits);
        }
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    out
}

fn finding(
    kind: Kind,
    field: Field,
    (start, end): (usize, usize),
    category: &str,
    draft: Route,
    message: String,
) -> Finding {
    let route = match kind {
        Kind::Draft => draft,
        Kind::Comment => Route::Takedown,
    };
    Finding {
        check: "link".into(),
        category: category.into(),
        rule: format!("link.{category}").into(),
        article: "第七条".into(),
        field,
        start,
        end,
        action: Action::Route(route),
        message: message.into(),
    }
}

fn is_email_only(text: &str) -> bool {
    let text = text.trim();
    let text = text.strip_prefix("mailto:").unwrap_or(text);
    let mut finder = LinkFinder::new();
    finder.kinds(&[LinkKind::Email]);
    finder
        .links(text)
        .any(|l| l.start() == 0 && l.end() == text.len())
}

/// A scheme written wrong, so that no link finder takes what follows as a URL with a scheme
/// (`https//item.taobao.com`, `http:/t.cn/x`, `https:///item.jd.com`, `http:/ /t.cn`, and
/// `https:\/\/t.cn` as copied out of JSON), or defanged as threat reports write it so that it
/// cannot be clicked (`hxxps://deal66.top`): the scheme is blanked in the scan copy and the rest
/// judged as a link without one, an obfuscated link written from the scheme on. So is a scheme
/// spread out by spaces or hyphens (`h t t p s : / / deal66.top`, whose letters' spaces
/// [`letter_spacing`] has already left out of the view; `h-t-t-p-s://`, breaker round 92). A
/// right `https://` is the scheme starting `http` and `://` right after it, no space anywhere;
/// the caller skips it.
static BROKEN_SCHEME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?P<scheme>h[-_]?t[-_]?t[-_]?p(?:[-_]?s)?|hxxps?) *(?P<colon>:?) *(?P<slashes>(?: ?\\?/)+) *",
    )
    .expect("valid regex")
});

static USER_INFO_URL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b[a-z][a-z0-9+.-]*://[^\s/\\?#@]+@[^\s/\\?#@]+[^\s]*")
        .expect("valid regex")
});

/// A URL whose host is an IPv6 literal (`http://[2001:db8::1]/pay`) or an IPv4 address written as
/// one decimal or hexadecimal number (`http://2130706433/`, `http://0x7f000001/`): linkify takes
/// neither, and both hide where a link goes, the way evaders use them (obfuscated links). The
/// `number` must be the whole host: in `http://13887654321.example.net/` or a QQ space's
/// `http://123456789.qzone.qq.com/` the digits are a label of a name ([`host_number_is_whole`]).
static IP_URL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b(?:https?|ftp)://(?:\[[0-9a-f:.]+\]|(?P<number>[0-9]{8,10}|0x[0-9a-f]{1,8}))(?::[0-9]{1,5})?(?:[/?#][!-~]*)?",
    )
    .expect("valid regex")
});

/// Whether the host [`IP_URL`] read as one number (its `number` group, if it has one) ends where
/// the host ends: not followed by a letter, a digit, `-` or `.`, which would make it a label of a
/// name (a mobile number as one, `http://13887654321.example.net/`, was read as the IP address of
/// its first ten digits, its link cut in the middle of the number: breaker round 70).
fn host_number_is_whole(text: &str, c: &regex::Captures<'_>) -> bool {
    c.name("number").is_none_or(|n| {
        !text.as_bytes()[n.end()..]
            .first()
            .is_some_and(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.'))
    })
}

/// A URL whose authority is percent-encoded (`https://www%2Etaobao%2Ecom/`): browsers decode it and
/// go to the host it spells, which no reader sees and linkify cuts at the first `%`.
static PERCENT_HOST_URL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(?:https?|ftp)://[^\s/\\?#%]*%[0-9a-f]{2}[^\s/\\?#]*[^\s]*")
        .expect("valid regex")
});

/// Every link in `text`, in order, with code point spans into `text` (see the module docs for what
/// counts). E-mail addresses are not links.
///
/// Only the *islands* of `text` that can hold a link are looked at: runs of characters that fold
/// to ASCII or separate the labels of an obfuscated link, joined across short gaps, with one
/// character of context on each side. Chinese prose between them reads as spaces to a link
/// finder, so this finds what scanning the whole text finds (property-tested), at a fraction of
/// the cost.
pub fn find(text: &str) -> Vec<Link> {
    find_nested(text, 0, (true, true))
}

/// `www`, a label and a common top-level domain set apart by spaces or commas instead of dots
/// (`www deal66 com`, `www，deal66，com`, `ｗｗｗ　ｄｅａｌ６６　ｃｏｍ`): no link finder reads them,
/// and every reader does (breaker round 88). Full-width letters, digits and spaces are read as
/// ASCII, one character for one, so the spans are code points of `text`.
static SPACED_WWW: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)(?:^|[^a-z0-9.])(?P<link>www(?:[ \t]{1,3}|[ \t]*[，,、][ \t]*)(?P<label>[a-z0-9][a-z0-9-]{1,62})(?:[ \t]{1,3}|[ \t]*[，,、][ \t]*)(?P<tld>com|cn|net|org|top|xyz|vip|cc|shop|club|site|info|tv|io|app|online|store|link|fun))(?:$|[^a-z0-9])",
    )
    .expect("valid regex")
});

/// The top-level domains [`SPACED_WWW`] reads; a label that is one of them is a word about the web.
const SPACED_WWW_TLDS: &[&str] = &[
    "com", "cn", "net", "org", "top", "xyz", "vip", "cc", "shop", "club", "site", "info", "tv",
    "io", "app", "online", "store", "link", "fun", "gov", "edu",
];

/// `www` as [`SPACED_WWW`] may start, in both cases and widths ([`Markers::WWW`]), as searchers
/// built once: the [`ASCII_WWW`] written in ASCII first.
static WWW_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| {
        ["www", "WWW", "Www", "ｗｗｗ", "ＷＷＷ"]
            .iter()
            .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
            .collect()
    });

/// How many of [`WWW_FINDERS`] are ASCII; the others are full-width, of characters in
/// [`crate::screen::normalize::WATCHED`].
const ASCII_WWW: usize = 3;

/// The links of [`SPACED_WWW`] in `text`, obfuscated, with hosts `label.tld`. `markers` are
/// `text`'s.
fn spaced_www_links(text: &str, markers: Markers) -> Vec<Link> {
    // (most texts have no `www`: the marker pass, not a pass over every character)
    if !markers.has(Markers::WWW) {
        return Vec::new();
    }
    // full-width ASCII and the ideographic space folded, one character for one
    let folded: String = text
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect();
    SPACED_WWW
        .captures_iter(&folded)
        .filter_map(|c| {
            let m = c.name("link")?;
            // (`www，com，cn这些是什么意思`: words about the web, no link)
            if SPACED_WWW_TLDS.contains(&&*c.name("label")?.as_str().to_ascii_lowercase()) {
                return None;
            }
            let start = folded[..m.start()].chars().count();
            Some(Link {
                start,
                end: start + m.as_str().chars().count(),
                host: format!("{}.{}", c.name("label")?.as_str(), c.name("tld")?.as_str())
                    .to_ascii_lowercase(),
                obfuscated: true,
            })
        })
        .collect()
}

/// The scheme of a WeChat mini program's link as WeChat shares it (`#小程序://维西好物/k8Xd2a`).
const MINI_PROGRAM: &str = "小程序://";

/// The mini-program links of `text` ([`MINI_PROGRAM`], with the `#` WeChat writes before it), each
/// up to the next space or Chinese punctuation, its host the program's name and its path. A mini
/// program opens a shop or a form inside WeChat as a link opens a site, with no address a reviewer
/// can check: a link on no list (第七条; breaker round 89).
fn mini_program_links(text: &str, markers: Markers) -> Vec<Link> {
    let mut out = Vec::new();
    if !markers.has(Markers::SCHEME) {
        return out;
    }
    // (`://` is rare in prose: the scheme's own search, not a pass over every character)
    for k in SCHEME_FINDER.find_iter(text.as_bytes()) {
        let Some(head) = text[..k + 3].strip_suffix(MINI_PROGRAM) else {
            continue;
        };
        let from = head.strip_suffix(['#', '＃']).unwrap_or(head).len();
        let target = &text[k + 3..];
        let len = target
            .find(|c: char| c.is_whitespace() || "，。！？；：、（）()“”\"'【】《》".contains(c))
            .unwrap_or(target.len());
        if len == 0 {
            continue;
        }
        let start = text[..from].chars().count();
        out.push(Link {
            start,
            end: start + text[from..k + 3 + len].chars().count(),
            host: format!("{MINI_PROGRAM}{}", &target[..len]),
            obfuscated: false,
        });
    }
    out
}

/// How many redirect targets deep [`find`] reads (`…?url=…?url=…`): redirectors and trackers
/// nest one or two. Reading on without end, a URL nested in itself thousands of times (`http://x/`
/// repeated) recursed until the stack overflowed, aborting the process, in time quadratic in its
/// length (crash hunting, session of 2026-12-06).
const MAX_NESTED: usize = 4;

/// [`find`] in a link's target nested `depth` deep; `watched`: whether `text` may hold a character
/// of [`crate::screen::normalize::WATCHED`], and one of
/// [`crate::screen::normalize::WATCHED_ASCII`] (see [`Markers::of`]).
fn find_nested(text: &str, depth: usize, watched: (bool, bool)) -> Vec<Link> {
    let markers = Markers::of(text, watched);
    // A domain spelt by sound (`8888点康姆`) may hold no Latin letter to grow an island from:
    // rare, so such a text is read whole.
    let spelled = markers.has(Markers::SPELLED);
    let mut out = Vec::new();
    if spelled {
        out = find_in(text);
    } else {
        for (offset, island) in islands(text) {
            out.extend(find_in(island).into_iter().map(|l| Link {
                start: l.start + offset,
                end: l.end + offset,
                ..l
            }));
        }
    }
    with_redirect_targets(text, with_emails_and_idn_hosts(text, markers, out), depth)
}

/// A URL inside another one's path or query, as redirectors and trackers carry it
/// (`https://www.weixi.gov.cn/link?target=https://m.tb.cn/h.5abc`, or percent-encoded,
/// `?url=https%3A%2F%2Fitem.taobao.com%2Fx`): a browser ends up there, so it is judged too (breaker
/// round 65: an allowed host must not carry a shop through), right after a `=`, `/`, `?` or `&`.
/// Each target is added after the link that carries it, spanning from its scheme to the end of
/// that link.
static NESTED_SCHEME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?i)(?:https?|ftp)(?:://|%3a%2f%2f)").expect("valid regex")
});

/// [`find`]'s links with the targets they carry ([`NESTED_SCHEME`]) after each, down to
/// [`MAX_NESTED`] targets deep (`depth`: how deep `text` is nested already).
fn with_redirect_targets(text: &str, links: Vec<Link>, depth: usize) -> Vec<Link> {
    if depth >= MAX_NESTED
        || !links.iter().any(|l| l.end > l.start + 8)
        || !text.contains(['%', ':'])
    {
        return links;
    }
    // one table of code point offsets: counting from the start for each link cost the square of
    // the text's length (a megabyte of `http://a.cn/ ` took a minute)
    let indexed = Indexed::new(text);
    let mut out = Vec::with_capacity(links.len());
    for link in links {
        let written = indexed.slice(link.start, link.end);
        // the first scheme after the link's own start
        // inside the path or the query: right after `=`, `/`, `?` or `&`
        let nested = NESTED_SCHEME
            .find_iter(written)
            .find(|m| m.start() > 0 && written[..m.start()].ends_with(['=', '/', '?', '&']));
        let (outer_start, end) = (link.start, link.end);
        out.push(link);
        let Some(m) = nested else { continue };
        let inner = &written[m.start()..];
        let start = outer_start + written[..m.start()].chars().count();
        if inner[..m.len()].contains(':') {
            out.extend(
                find_nested(inner, depth + 1, (true, true))
                    .into_iter()
                    .map(|l| Link {
                        start: start + l.start,
                        end: start + l.end,
                        ..l
                    }),
            );
        } else {
            let decoded = percent_encoding::percent_decode_str(inner).decode_utf8_lossy();
            out.extend(
                find_nested(&decoded, depth + 1, (true, true))
                    .into_iter()
                    .take(1)
                    .map(|l| Link { start, end, ..l }),
            );
        }
    }
    out
}

/// What [`find`] does with the links the scan view found in `text`, whoever found them: drops those
/// inside an e-mail address written with `艾特`, puts links with a non-ASCII host (`https://
/// butie.中国`) in place of what the view found of them, and adds `www deal66 com`
/// ([`SPACED_WWW`]).
/// `markers` are `text`'s ([`Markers::of`]).
fn with_emails_and_idn_hosts(text: &str, markers: Markers, mut out: Vec<Link>) -> Vec<Link> {
    let bytes = text.as_bytes();
    // An address with its `@` written out in Chinese (`wangli艾特163.com`): no island holds it
    // whole, so its domain was found as a link; rare, so the address pattern runs only then.
    if markers.has(Markers::AT) {
        let emails: Vec<(usize, usize)> = crate::screen::deidentify::email::EMAIL
            .find_iter(text)
            .map(|m| {
                let start = text[..m.start()].chars().count();
                (start, start + m.as_str().chars().count())
            })
            .collect();
        out.retain(|l| !emails.iter().any(|&(s, e)| s <= l.start && l.end <= e));
    }
    // A scheme whose host has a non-ASCII byte before the first `/` or space: rare, so the regex
    // runs only then.
    let idn_host = |i: usize| {
        bytes[i + 3..]
            .iter()
            .take(64)
            .take_while(|b| !matches!(b, b'/' | b'?' | b'#' | b' ' | b'\t' | b'\n'))
            .any(|b| *b >= 0x80)
    };
    if markers.has(Markers::SCHEME) && SCHEME_FINDER.find_iter(bytes).any(idn_host) {
        let idn = idn_links(text);
        if !idn.is_empty() {
            // what the scan view found of the same link (`https://butie` of `https://butie.中国`)
            out.retain(|l| !idn.iter().any(|i| l.start < i.end && i.start < l.end));
            out.extend(idn);
            out.sort_by_key(|l| l.start);
        }
    }
    // and `www deal66 com` ([`SPACED_WWW`]) and mini-program links where no link was found over
    // them
    let spaced: Vec<Link> = spaced_www_links(text, markers)
        .into_iter()
        .chain(mini_program_links(text, markers))
        .filter(|s| !out.iter().any(|l| l.start < s.end && s.start < l.end))
        .collect();
    if !spaced.is_empty() {
        out.extend(spaced);
        out.sort_by_key(|l| l.start);
    }
    out
}

/// Whether the scan view of `text` ([`View`]) may hold a `.`, `:` or `@`, read off `text` itself
/// in one pass, without building the view: a character that folds to one of them, a dot-like
/// character, or `dot` or `www` in folded letters, spaces between them skipped (`w w w_du88_com`).
/// The view makes its dots of nothing else, so a text without any of these holds no link. Most
/// islands are such (`A8县`; `PM2.5` has a dot): building their view cost a third of the link
/// check (callgrind, real drafts).
fn may_have_separator(text: &str) -> bool {
    let mut last = [0u8; 3];
    for c in text.chars() {
        if is_dot_like(c) {
            return true;
        }
        if is_space(c) {
            continue;
        }
        let Some(a) = fold(c) else {
            last = [0; 3];
            continue;
        };
        if matches!(a, '.' | ':' | '@') {
            return true;
        }
        last = [last[1], last[2], a.to_ascii_lowercase() as u8];
        if &last == b"dot" || &last == b"www" {
            return true;
        }
    }
    false
}

/// Which of the rare strings that send [`find`] down a slower road a text holds: a top-level
/// domain spelt in Chinese or with `〇` ([`SPELLED_TLDS`] that are not ASCII), `艾特` (an `@`
/// written out), `://`, or `www` ([`WWW_FINDERS`]). One bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Markers(u8);

impl Markers {
    const SPELLED: u8 = 1;
    const AT: u8 = 2;
    const SCHEME: u8 = 4;
    const WWW: u8 = 8;

    /// The markers of `text`. The searches for markers with characters of
    /// [`normalize::WATCHED`] (all but the ASCII ones) run only where `watched.0` says the text may
    /// hold one, as normalization found ([`Normalized::has_watched`]): substring searches for
    /// Chinese and full-width strings stop at many places of Chinese text, and five of them over
    /// every field cost 12 M instructions (callgrind, real drafts), where few texts have any of
    /// those characters. The same for the ASCII ones and `watched.1`
    /// ([`Normalized::has_watched_ascii`]: 5 M instructions more).
    ///
    /// [`normalize::WATCHED`]: crate::screen::normalize::WATCHED
    /// [`Normalized::has_watched`]: crate::screen::normalize::Normalized::has_watched
    /// [`Normalized::has_watched_ascii`]: crate::screen::normalize::Normalized::has_watched_ascii
    fn of(text: &str, (watched, ascii): (bool, bool)) -> Markers {
        let bytes = text.as_bytes();
        let any = |finders: &[memchr::memmem::Finder<'static>]| {
            finders.iter().any(|f| f.find(bytes).is_some())
        };
        let mut seen = 0;
        if watched {
            if any(&SPELLED_FINDERS) {
                seen |= Markers::SPELLED;
            }
            if AT_FINDER.find(bytes).is_some() {
                seen |= Markers::AT;
            }
        }
        if ascii && SCHEME_FINDER.find(bytes).is_some() {
            seen |= Markers::SCHEME;
        }
        if (ascii && any(&WWW_FINDERS[..ASCII_WWW])) || (watched && any(&WWW_FINDERS[ASCII_WWW..]))
        {
            seen |= Markers::WWW;
        }
        Markers(seen)
    }

    /// Whether the text holds a marker of kind `bit`.
    fn has(self, bit: u8) -> bool {
        self.0 & bit != 0
    }
}

/// The substring searchers of [`Markers::of`], built once: building one per search cost more than
/// most searches (callgrind, real drafts: 4.1 M instructions). The spelt top-level domains of
/// [`SPELLED_TLDS`] that are not ASCII, `艾特` (an `@` written out) and `://`.
static SPELLED_FINDERS: std::sync::LazyLock<Vec<memchr::memmem::Finder<'static>>> =
    std::sync::LazyLock::new(|| {
        SPELLED_TLDS
            .iter()
            .filter(|(word, _)| !word.is_ascii())
            .map(|(word, _)| memchr::memmem::Finder::new(word.as_bytes()))
            .collect()
    });
static AT_FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new("艾特".as_bytes()));
static SCHEME_FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(b"://"));

/// A URL with a scheme whose host has non-ASCII labels (`http://维西补贴.网址/apply`): the scan view
/// is ASCII and cannot hold it. The scheme makes it a link whatever the labels are.
static IDN_URL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)(?:https?|ftp)://(?P<host>[\p{L}\p{N}-]+(?:[.。．｡][\p{L}\p{N}-]+)+)(?:[/?#][!-~]*)?",
    )
    .expect("valid regex")
});

/// Links with an internationalized host (see [`IDN_URL`]), code point spans into `text`; the host is
/// kept as written (lower case, dots as `.`): no list names such a host, so it is judged unlisted.
fn idn_links(text: &str) -> Vec<Link> {
    IDN_URL
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let host = c.name("host")?.as_str();
            // Each label is ASCII or has no ASCII at all: `www.gov.cn看` is an ASCII host with prose
            // after it, and a host written in full-width letters folds to ASCII in the scan view;
            // both are found there.
            let foreign = |c: char| !c.is_ascii() && !('\u{FF01}'..='\u{FF5E}').contains(&c);
            let labels: Vec<&str> = host.split(['.', '。', '．', '｡']).collect();
            if !labels.iter().any(|l| l.chars().any(foreign))
                || labels
                    .iter()
                    .any(|l| l.chars().any(foreign) && l.chars().any(|c| !foreign(c)))
            {
                return None;
            }
            let host: String = host
                .chars()
                .map(|c| {
                    if matches!(c, '。' | '．' | '｡') {
                        '.'
                    } else {
                        c
                    }
                })
                .collect::<String>()
                .to_lowercase();
            let start = text[..m.start()].chars().count();
            Some(Link {
                start,
                end: start + m.as_str().chars().count(),
                host,
                obfuscated: false,
            })
        })
        .collect()
}

/// Characters of non-island text allowed between two island characters (`deal66 . com`).
const ISLAND_GAP: usize = 3;

/// Whether `c` can be part of an island: it folds to visible ASCII, or it surrounds or is an
/// obfuscated dot (any number of spaces may surround one).
fn is_member(c: char) -> bool {
    fold(c).is_some_and(|a| !a.is_ascii_whitespace())
        || is_space(c)
        || is_dot_like(c)
        || is_bracket(c)
}

/// Top-level domains spelt by their sound in Chinese characters (`du888点康姆` is `du888.com`) or
/// with a digit for a letter (`du88。c0m`, `c〇m`), as evaders write them to slip past link filters: read
/// as the domain right after a separator, when no letter or digit follows. A text with one spelt in
/// Chinese is read whole, not by islands ([`find`]): its domain may hold no Latin letter.
const SPELLED_TLDS: &[(&str, &str)] = &[("康姆", "com"), ("c0m", "com"), ("c〇m", "com")];

/// The top-level domain spelt at `chars[k]` ([`SPELLED_TLDS`]) and the end of its spelling.
fn spelled_tld_at(chars: &[char], k: usize) -> Option<(&'static str, usize)> {
    SPELLED_TLDS.iter().find_map(|&(word, tld)| {
        let end = k + word.chars().count();
        (chars.get(k..end)?.iter().copied().eq(word.chars()) && !is_alnum_at(chars, end))
            .then_some((tld, end))
    })
}

/// The islands of `text` (see [`find`]), as (code point offset, slice).
///
/// An island is a maximal chain of members no more than [`ISLAND_GAP`] characters apart, with the
/// character before and after it as context, that holds a Latin letter (nothing else can be a
/// link). So each island is grown outwards from a letter: the prose between them is only scanned
/// for letters, 8 bytes at a time ([`next_letter`]), which is a fraction of reading it character
/// by character.
fn islands(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    // where the search for the next letter goes on, and a (byte, code point) pair to count from
    let (mut from, mut counted) = (0, (0, 0));
    while let Some(seed) = next_letter(text.as_bytes(), from) {
        // A mathematical character that folds to no Latin letter (`𝛯`, Greek capital xi) is in
        // the block `next_letter` takes, but no member: skip it. (Searching on from the island's
        // end, which is the seed itself, found it again forever, pushing islands until memory ran
        // out: the differential fuzzing of this session.)
        let seed_char = text[seed..]
            .chars()
            .next()
            .expect("a character starts at a letter");
        if !is_member(seed_char) {
            from = seed + seed_char.len_utf8();
            continue;
        }
        // back from the letter to the island's first member
        let mut first_member = seed;
        let mut gap = 0;
        for (b, c) in text[..seed].char_indices().rev() {
            if is_member(c) {
                first_member = b;
                gap = 0;
            } else {
                gap += 1;
                if gap > ISLAND_GAP {
                    break;
                }
            }
        }
        // on from the letter to its last member
        let mut last_end = seed;
        let mut gap = 0;
        for (b, c) in text[seed..].char_indices() {
            if is_member(c) {
                last_end = seed + b + c.len_utf8();
                gap = 0;
            } else {
                gap += 1;
                if gap > ISLAND_GAP {
                    break;
                }
            }
        }
        let context_start = text[..first_member]
            .char_indices()
            .next_back()
            .map_or(0, |(b, _)| b);
        let context_end = text[last_end..]
            .chars()
            .next()
            .map_or(last_end, |c| last_end + c.len_utf8());
        let first = counted.1 + text[counted.0..context_start].chars().count();
        counted = (context_start, first);
        out.push((first, &text[context_start..context_end]));
        from = last_end;
    }
    out
}

/// The byte offset of the first character at or after byte `from` that folds to a Latin letter: an
/// ASCII letter, a full-width one (`Ａ`-`Ｚ`, `ａ`-`ｚ`: EF BC A1-BA, EF BD 81-9A), a circled one
/// (`Ⓐ`-`ⓩ`: E2 92 B6 - E2 93 A9), a mathematical or a squared one. (Cyrillic and Greek
/// lookalikes are read inside links grown from a Latin letter: `tаobao`.)
fn next_letter(bytes: &[u8], from: usize) -> Option<usize> {
    let letter_at = |j: usize| {
        bytes[j].is_ascii_alphabetic()
            || (bytes[j] == 0xEF
                && matches!(
                    (bytes.get(j + 1), bytes.get(j + 2)),
                    (Some(0xBC), Some(0xA1..=0xBA)) | (Some(0xBD), Some(0x81..=0x9A))
                ))
            || (bytes[j] == 0xE2
                && matches!(
                    (bytes.get(j + 1), bytes.get(j + 2)),
                    (Some(0x92), Some(0xB6..=0xBF)) | (Some(0x93), Some(0x80..=0xA9))
                ))
            // mathematical letters and digits (`𝐭𝐚𝐨𝐛𝐚𝐨`: U+1D400-1D7FF, F0 9D 90-9F) and squared
            // letters (`🅣🅐🅞`: U+1F130-1F189, F0 9F 84 B0 - F0 9F 86 89), breaker round 67
            || (bytes[j] == 0xF0
                && matches!(
                    (bytes.get(j + 1), bytes.get(j + 2), bytes.get(j + 3)),
                    (Some(0x9D), Some(0x90..=0x9F), _)
                        | (Some(0x9F), Some(0x84), Some(0xB0..=0xBF))
                        | (Some(0x9F), Some(0x85), _)
                        | (Some(0x9F), Some(0x86), Some(0x80..=0x89))
                ))
    };
    // Eight bytes at a time, as a word: only its ASCII bytes and the lead bytes 0xEF and 0xE2 are
    // candidates, found by bit tricks and visited in order. Chinese prose is mostly neither
    // (full-width punctuation starts with 0xEF, which makes every few words a candidate); testing
    // every byte of each 16-byte block that held one of them was most of the link check's time.
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // the high bit of each byte of `w` that equals `b`, and only of those
    let equal = |w: u64, b: u8| {
        let t = w ^ (LOW * u64::from(b));
        !(((t & !HIGH).wrapping_add(!HIGH)) | t | !HIGH)
    };
    let mut i = from;
    while i + 8 <= bytes.len() {
        let w = u64::from_le_bytes(bytes[i..i + 8].try_into().expect("8 bytes"));
        let mut candidates = (!w & HIGH) | equal(w, 0xEF) | equal(w, 0xE2) | equal(w, 0xF0);
        while candidates != 0 {
            let j = i + (candidates.trailing_zeros() / 8) as usize;
            if letter_at(j) {
                return Some(j);
            }
            candidates &= candidates - 1;
        }
        i += 8;
    }
    (i..bytes.len()).find(|&j| letter_at(j))
}

/// [`find`] over the whole of `text`.
fn find_in(text: &str) -> Vec<Link> {
    // Every link has a dot, a colon or an at sign in the view (obfuscated separators are dots
    // there); its Latin letter is what `islands` already asked for.
    if !may_have_separator(text) {
        return Vec::new();
    }
    let view = View::new(text);
    if memchr::memchr3(b'.', b':', b'@', view.text.as_bytes()).is_none() {
        return Vec::new();
    }
    let mut scan = view.text.clone().into_bytes();
    // E-mail addresses first, blanked in the scan copy so that neither their local part nor their
    // domain is found again as a URL (the view is ASCII, so byte edits keep it UTF-8).
    // `https://www.gov.cn@taobao.com/`: user info in a URL's authority. linkify takes neither the
    // URL nor an e-mail from it, so such links are found here first; their host is what follows the
    // `@`, and an allowed name in front of a shop is an evasion (第七条). The same for hosts that
    // are IP literals ([`IP_URL`]). These links linkify cannot take are `unusual`.
    let mut unusual = Vec::new();
    for m in USER_INFO_URL.find_iter(&view.text) {
        if let Some(host) = host_of(m.as_str()) {
            // user info written as a host (`www.gov.cn@`) shows a reader a site the link does not
            // go to: an obfuscated link, whatever its real host
            let rest = m.as_str().split_once("://").map_or(m.as_str(), |(_, r)| r);
            let user_info = rest.split('@').next().unwrap_or("");
            unusual.push(Link {
                start: view.src[m.start()].0,
                end: view.src[m.end() - 1].1,
                host,
                obfuscated: user_info.contains('.'),
            });
            scan[m.start()..m.end()].fill(b' ');
        }
    }
    // an IP address or a percent-encoded name for a host hides where the link goes, as evaders
    // write it (a host is read decoded, as a browser reads it)
    for re in [&IP_URL, &PERCENT_HOST_URL] {
        for c in re.captures_iter(&view.text) {
            if !host_number_is_whole(&view.text, &c) {
                continue;
            }
            let m = c.get(0).expect("group 0");
            let decoded = percent_encoding::percent_decode_str(m.as_str()).decode_utf8_lossy();
            if let Some(host) = host_of(&decoded) {
                unusual.push(Link {
                    start: view.src[m.start()].0,
                    end: view.src[m.end() - 1].1,
                    host,
                    obfuscated: true,
                });
                scan[m.start()..m.end()].fill(b' ');
            }
        }
    }
    // Where URLs with a scheme run (to the next space): an e-mail address inside one is part of
    // its path (`https://item.taobao.com/@www.gov.cn`), not an address, and is not blanked.
    // Runs that end at the same space are one run from the first scheme: read once, and ascending
    // and apart, so that each address asks one binary search (a scan of every scheme to its run's
    // end, for every scheme and then every address, cost the square of a long link-only text).
    let mut url_runs: Vec<(usize, usize)> = Vec::new();
    for k in memchr::memmem::find_iter(scan.as_slice(), b"://") {
        if url_runs.last().is_some_and(|&(_, end)| k < end) {
            continue;
        }
        let end = scan[k..]
            .iter()
            .position(|b| b.is_ascii_whitespace())
            .map_or(scan.len(), |n| k + n);
        url_runs.push((k, end));
    }
    let in_url = |s: usize| {
        let next = url_runs.partition_point(|&(k, _)| k < s);
        next > 0 && s < url_runs[next - 1].1
    };
    let mut emails = LinkFinder::new();
    emails.kinds(&[LinkKind::Email]);
    // (nor is one with a `/` in it: `evil.com/a@b.cn` is a path)
    for e in emails.links(&view.text) {
        if !in_url(e.start()) && !e.as_str().contains('/') {
            scan[e.start()..e.end()].fill(b' ');
        }
    }
    // with spaces around `@` or dots (`lisu2024 @ qq.com`), which linkify does not take: the
    // de-identification's own pattern, so that what it masks as an address is never a link here
    for m in crate::screen::deidentify::email::EMAIL.find_iter(&view.text) {
        if !in_url(m.start()) && !m.as_str().contains('/') {
            scan[m.start()..m.end()].fill(b' ');
        }
    }
    // (most islands hold no scheme at all: the regex only runs where one may be)
    let may_have_scheme = view.text.as_bytes().windows(4).any(|w| {
        w.eq_ignore_ascii_case(b"http")
            || w.eq_ignore_ascii_case(b"hxxp")
            || w[..3].eq_ignore_ascii_case(b"h-t")
            || w[..3].eq_ignore_ascii_case(b"h_t")
    });
    // the view byte ranges of the schemes written wrong
    let mut broken = Vec::new();
    // the text's characters, once a scheme with a space in it needs them
    let mut chars: Option<Vec<char>> = None;
    for c in may_have_scheme
        .then(|| BROKEN_SCHEME.captures_iter(&view.text))
        .into_iter()
        .flatten()
    {
        let m = c.get(0).expect("group 0");
        // A space of the view stands for any other character too: the scheme ends at the first
        // that is no space in the text (`https//办事指南` is `https//` and prose).
        let end = (m.start()..m.end())
            .find(|&k| {
                view.text.as_bytes()[k] == b' '
                    && !chars
                        .get_or_insert_with(|| text.chars().collect())
                        .get(view.src[k].0)
                        .is_some_and(|c| c.is_whitespace())
            })
            .unwrap_or(m.end());
        let written = &view.text[m.start()..end];
        if !written.contains('/') {
            continue;
        }
        let right = c["scheme"].to_ascii_lowercase().starts_with("http")
            && written.len() == c["scheme"].len() + 3
            && written.ends_with("://");
        if !right {
            scan[m.start()..end].fill(b' ');
            broken.push((m.start(), end));
        }
    }
    let scan = String::from_utf8(scan).unwrap_or_default();

    let mut urls = LinkFinder::new();
    urls.kinds(&[LinkKind::Url])
        .url_must_have_scheme(false)
        .url_can_be_iri(false);
    let mut out = Vec::new();
    let mut from = 0;
    'scan: while from < scan.len() {
        for l in urls.links(&scan[from..]) {
            let (start, end) = (from + l.start(), from + l.end());
            let s = l.as_str();
            let has_scheme = s.contains("://");
            let mut obfuscated = view.obfuscated[start..end].iter().any(|&o| o);
            // a link right after a scheme written wrong was hidden on purpose: it is written
            // with the scheme, and obfuscated
            let scheme = broken.iter().find(|&&(_, e)| e == start).map(|&(s, _)| s);
            let host = host_of(s);
            if has_scheme
                || host
                    .as_deref()
                    .is_some_and(|h| plausible_bare_host(s, h, obfuscated))
            {
                if let Some(host) = host {
                    // an IP address for a host (`http://192.168.1.10/promo`) hides where the link
                    // goes, as the literals of IP_URL do
                    obfuscated |= scheme.is_some() || host.parse::<std::net::Ipv4Addr>().is_ok();
                    out.push(Link {
                        start: view.src[scheme.unwrap_or(start)].0,
                        end: view.src[end - 1].1,
                        host,
                        obfuscated,
                    });
                }
                continue;
            }
            // A rejected scheme-less match may have swallowed the scheme of a real URL right
            // after it (`3.https://...`, a list number glued to a link): linkify resumes after its
            // end, so scan again from its last label.
            if scan[end..].starts_with("://") {
                from = (start + s.rfind('.').map_or(0, |d| d + 1)).max(from + 1);
                continue 'scan;
            }
        }
        break;
    }
    if !unusual.is_empty() {
        out.extend(unusual);
        out.sort_by_key(|l| l.start);
    }
    out
}

/// The host of a URL as linkify found it: scheme, user info, port, path, query and fragment off,
/// lower case, trailing dot off. `None` when nothing is left.
fn host_of(url: &str) -> Option<String> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    // (a backslash ends the authority as a slash does: browsers read `\\` as `/` in web URLs)
    let authority = rest.split(['/', '\\', '?', '#']).next().unwrap_or("");
    let hostport = authority.rsplit('@').next().unwrap_or("");
    let host = if let Some(v6) = hostport.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        hostport.split(':').next().unwrap_or("")
    };
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

/// Whether a scheme-less match (`url` as written in the view, `host` lower case) is a host rather
/// than a word with a dot in it.
///
/// An obfuscated one must also end in a lower-case label or start with `www.`: `。` between two
/// upper-case words is the end of a sentence (`使用APP。APP下载`), while evaders write `点com`.
fn plausible_bare_host(url: &str, host: &str, obfuscated: bool) -> bool {
    let Some(suffix) = psl::suffix(host.as_bytes()) else {
        return false;
    };
    if !suffix.is_known() || psl::domain(host.as_bytes()).is_none() {
        return false;
    }
    // The last label as written (case kept): `Mr.Li` is a name, `TAOBAO.COM` is a host.
    let written_host_end = url.find(['/', '?', '#', ':']).unwrap_or(url.len());
    let last = url[..written_host_end]
        .trim_end_matches('.')
        .rsplit('.')
        .next()
        .unwrap_or("");
    let mut chars = last.chars();
    let title_case = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.clone().next().is_some()
        && chars.all(|c| c.is_ascii_lowercase());
    if title_case {
        return false;
    }
    if obfuscated && !host.starts_with("www.") && !last.bytes().all(|b| !b.is_ascii_uppercase()) {
        return false;
    }
    let tld = host.rsplit('.').next().unwrap_or("");
    let www_or_path = host.starts_with("www.") || written_host_end < url.len();
    www_or_path || !FILE_EXTENSION_TLDS.contains(&tld)
}

/// The ASCII scan view of a field (see the module docs).
struct View {
    /// ASCII only: folded characters, `.` for obfuscated separators, a space for everything else.
    text: String,
    /// Per byte of `text`: the original code point range `[start, end)` it stands for.
    src: Vec<(usize, usize)>,
    /// Per byte of `text`: whether it stands for an obfuscated separator, or comes right after a
    /// zero-width character or a space spreading letters out ([`letter_spacing`]) left out of the
    /// view.
    obfuscated: Vec<bool>,
    /// A zero-width character or a spreading space was left out right before the next character
    /// pushed.
    hidden: bool,
}

impl View {
    fn new(original: &str) -> View {
        let chars: Vec<char> = original.chars().collect();
        let mut v = View {
            text: String::with_capacity(chars.len()),
            src: Vec::with_capacity(chars.len()),
            obfuscated: Vec::with_capacity(chars.len()),
            hidden: false,
        };
        let spacing = letter_spacing(&chars);
        let spreading = dot_spreading(&chars);
        let mut i = 0;
        while i < chars.len() {
            // `https://www.gov.cn\u{200b}.taobao.com/`: a browser drops a zero-width character
            // inside a link and goes to taobao.com, while a reader (and linkify) sees gov.cn end
            // there. Between two characters of a link it is left out of the view and marks the
            // next one obfuscated.
            if crate::screen::normalize::invisible::is_invisible(chars[i])
                && v.text.as_bytes().last().is_some_and(|&b| is_link_byte(b))
                && chars[i + 1..]
                    .iter()
                    .find(|&&c| !crate::screen::normalize::invisible::is_invisible(c))
                    .and_then(|&c| fold(c))
                    .is_some_and(|a| is_link_byte(a as u8))
            {
                i += 1;
                v.hidden = true;
                continue;
            }
            match spreading[i] {
                Some(Spread::Filler) => {
                    i += 1;
                    continue;
                }
                Some(Spread::Label) => {
                    v.push('.', (i, i + 1), true);
                    i += 1;
                    continue;
                }
                None => {}
            }
            // letters spread out hide a link as obfuscated separators do (contract §7; breaker
            // round 84: `d e a l 6 6.com` was judged as a plain unlisted link)
            if spacing[i] {
                i += 1;
                v.hidden = true;
                continue;
            }
            let after_alnum = v
                .text
                .as_bytes()
                .last()
                .is_some_and(|b| b.is_ascii_alphanumeric());
            if after_alnum {
                if let Some(end) = obfuscated_separator(&chars, i) {
                    v.push('.', (i, end), true);
                    i = end;
                    continue;
                }
                // `www_du88_com`: an underscore for a dot, in a name that starts with `www` (an
                // underscore elsewhere is a name's own: `user_name`, `/a_b`)
                if matches!(chars[i], '_' | '＿') && is_alnum_at(&chars, i + 1) && v.in_www_name()
                {
                    v.push('.', (i, i + 1), true);
                    i += 1;
                    continue;
                }
                // `www-du88-com`: hyphens for every dot of a name that starts with `www` (a name
                // with a real dot keeps its hyphens: `www-01.ibm.com`, `www.my-site.com`)
                if matches!(chars[i], '-' | '－') && v.in_hyphened_www_name(&chars, i) {
                    v.push('.', (i, i + 1), true);
                    i += 1;
                    continue;
                }
            }
            if v.text.ends_with('.') {
                if let Some((tld, end)) = spelled_tld_at(&chars, i) {
                    for c in tld.chars() {
                        v.push(c, (i, end), true);
                    }
                    i = end;
                    continue;
                }
            }
            v.push(fold(chars[i]).unwrap_or(' '), (i, i + 1), false);
            i += 1;
        }
        v
    }

    /// Whether the name the view ends in (its last run of letters, digits and dots) starts with
    /// `www` and a dot, or is `www`.
    fn in_www_name(&self) -> bool {
        let run = self
            .text
            .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .next()
            .unwrap_or("");
        run.eq_ignore_ascii_case("www")
            || run.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("www."))
    }

    /// Whether the hyphen at `chars[i]` stands for a dot: the view ends in `www` or in a name
    /// that starts with `www` whose every dot stood for a hyphen, and the letters, digits and
    /// hyphens from `i` on are followed by no dot before another label (a sentence's `。` may
    /// follow).
    fn in_hyphened_www_name(&self, chars: &[char], i: usize) -> bool {
        let hyphen = |c: char| matches!(c, '-' | '－');
        let dotless_rest = chars[i..]
            .iter()
            .position(|&c| !(hyphen(c) || fold(c).is_some_and(|a| a.is_ascii_alphanumeric())))
            .is_none_or(|k| !(is_dot_like(chars[i + k]) && is_alnum_at(chars, i + k + 1)));
        let run_len = self
            .text
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'.')
            .count();
        let from = self.text.len() - run_len;
        let run = &self.text[from..];
        let hyphen_dots = run
            .bytes()
            .enumerate()
            .all(|(k, b)| b != b'.' || self.obfuscated[from + k]);
        is_alnum_at(chars, i + 1)
            && dotless_rest
            && hyphen_dots
            && (run.eq_ignore_ascii_case("www")
                || run.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("www.")))
    }

    fn push(&mut self, c: char, src: (usize, usize), obfuscated: bool) {
        debug_assert!(c.is_ascii());
        self.text.push(c);
        self.src.push(src);
        self.obfuscated
            .push(obfuscated || std::mem::take(&mut self.hidden));
    }
}

/// Whether byte `b` of the scan view can be part of a link: a letter, a digit, or a character of a
/// URL's punctuation.
fn is_link_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"./:-_%?=&#@~+".contains(&b)
}

/// Whether `chars[k]` is a letter or digit standing alone, no letter or digit right before or
/// after it: the unit of a name spread out by spaces ([`letter_spacing`]) or dots
/// ([`dot_spreading`]).
fn stands_alone(chars: &[char], k: usize) -> bool {
    is_alnum_at(chars, k) && (k == 0 || !is_alnum_at(chars, k - 1)) && !is_alnum_at(chars, k + 1)
}

/// Per character of `chars`: whether it is a space that only spreads out the letters of one word
/// (`w w w . t a o b a o . c o m`), left out of the scan view. A space counts when it stands between
/// two single letters or digits in a run of at least three of them, each with a space or a spaced
/// dot between it and the next (`I am a b c` has the run `a b c`; it only matters if it makes a
/// link; `b c 6 6 . c c` is one run).
fn letter_spacing(chars: &[char]) -> Vec<bool> {
    let mut out = vec![false; chars.len()];
    // one space apart (a dot with spaces around it, `c . c`, goes on with the run: the separator
    // is read apart, by `obfuscated_separator`)
    let next = |j: usize| {
        if j + 2 < chars.len() && is_space(chars[j + 1]) && stands_alone(chars, j + 2) {
            Some(j + 2)
        } else if j + 4 < chars.len()
            && is_space(chars[j + 1])
            && is_dot_like(chars[j + 2])
            && is_space(chars[j + 3])
            && stands_alone(chars, j + 4)
        {
            Some(j + 4)
        } else {
            None
        }
    };
    for run in runs_of_single(chars, next).filter(|r| r.len() >= 3) {
        for w in run.windows(2).filter(|w| w[1] == w[0] + 2) {
            out[w[0] + 1] = true;
        }
        // `d e a l 6 6 .com`: the run's last space, before a dot and the rest of the name
        // (breaker round 84)
        let last = run[run.len() - 1];
        if last + 3 < chars.len()
            && is_space(chars[last + 1])
            && is_dot_like(chars[last + 2])
            && is_alnum_at(chars, last + 3)
        {
            out[last + 1] = true;
        }
        // `du88 .c o m`: the space before a dot that opens the run, after the rest of the name
        // (breaker round 93), when the run spells a domain's last label and a word with a letter
        // stands before (not `4.5 .n e t`, `it .a b c`: the regression helper of round 93)
        let first = run[0];
        let spelt: String = run.iter().map(|&k| chars[k].to_ascii_lowercase()).collect();
        if first >= 3
            && is_dot_like(chars[first - 1])
            && is_space(chars[first - 2])
            && is_alnum_at(chars, first - 3)
            && SPREAD_TLDS.contains(&spelt.as_str())
            && chars[..first - 2]
                .iter()
                .rev()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == '-')
                .any(|c| c.is_ascii_alphabetic())
        {
            out[first - 2] = true;
        }
    }
    out
}

/// The runs of letters or digits standing alone ([`stands_alone`]) in `chars`, each as the
/// indices of its characters: from each one, `next` gives the index of the run's next character,
/// if the run goes on.
fn runs_of_single<'c>(
    chars: &'c [char],
    next: impl Fn(usize) -> Option<usize> + 'c,
) -> impl Iterator<Item = Vec<usize>> + 'c {
    let mut k = 0;
    std::iter::from_fn(move || {
        while k < chars.len() && !stands_alone(chars, k) {
            k += 1;
        }
        if k >= chars.len() {
            return None;
        }
        let mut run = vec![k];
        while let Some(j) = next(run[run.len() - 1]) {
            run.push(j);
        }
        k = run[run.len() - 1] + 1;
        Some(run)
    })
}

/// What a dot between the single characters of a dot-spread name stands for ([`dot_spreading`]).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Spread {
    /// Only spreads the letters out: left out of the scan view.
    Filler,
    /// Separates two labels of the name: a dot of the link, obfuscated.
    Label,
}

/// Top-level domains a dot-spread name may end with ([`dot_spreading`]).
const SPREAD_TLDS: &[&str] = &[
    "online", "club", "info", "shop", "site", "wang", "com", "net", "org", "top", "vip", "xyz",
    "ltd", "cn", "cc",
];

/// Per character of `chars`: whether it is a dot that spreads out the letters of a link
/// written one character at a time, `w.w.w.d.e.a.l.6.6.c.o.m` for `www.deal66.com`. Such a name
/// hides which dots are real, so it is read as [`Spread::Label`] dots after a leading `www` and
/// before a top-level domain of [`SPREAD_TLDS`] at its end, the other dots as
/// [`Spread::Filler`]. Counts a run of at least 7 single letters or digits (no letter or digit
/// right before or after each), one `.` or `．` apart, that ends with such a domain and has a
/// name before it: `U.S.A.` and `e.g.` are too short, and a run ending otherwise is left alone.
fn dot_spreading(chars: &[char]) -> Vec<Option<Spread>> {
    let mut out = vec![None; chars.len()];
    let next = |j: usize| {
        (j + 2 < chars.len() && matches!(chars[j + 1], '.' | '．') && stands_alone(chars, j + 2))
            .then_some(j + 2)
    };
    for run in runs_of_single(chars, next).filter(|r| r.len() >= 7) {
        let letters: String = run
            .iter()
            .filter_map(|&r| fold(chars[r]))
            .map(|c| c.to_ascii_lowercase())
            .collect();
        let www = usize::from(letters.starts_with("www")) * 3;
        let Some(tld) = SPREAD_TLDS
            .iter()
            .find(|t| letters.ends_with(*t) && letters.len() > t.len() + www)
        else {
            continue;
        };
        // the dot before the n-th character of the name separates labels
        let label_before = |n: usize| n == www || n == letters.len() - tld.len();
        for (n, w) in run.windows(2).enumerate() {
            out[w[0] + 1] = Some(if label_before(n + 1) {
                Spread::Label
            } else {
                Spread::Filler
            });
        }
    }
    out
}

/// The ASCII character `c` stands for in a link, if any: ASCII itself, full-width forms folded
/// (except the punctuation that never sits inside a URL), circled letters and digits
/// (`ⓌⓌⓌ.ⓑⓒ⑥⑥.ⓒⓒ`, written to dodge link filters), the ideographic space as a space; and as the
/// lexicon's normalization reads them (breaker round 65): mathematical letters and digits
/// (`𝐢𝐭𝐞𝐦.𝐣𝐝.𝐜𝐨𝐦`) and small or leader dots (`﹒`, `․`) by their compatibility decomposition,
/// squared letters (`🅣🅐🅞`), and Cyrillic and Greek lookalikes (`tаobao`).
fn fold(c: char) -> Option<char> {
    match c {
        _ if c.is_ascii() => Some(c),
        _ if is_lookalike(c) => fold_lookalike(c),
        'Ⓐ'..='Ⓩ' => char::from_u32(c as u32 - 'Ⓐ' as u32 + 'A' as u32),
        'ⓐ'..='ⓩ' => char::from_u32(c as u32 - 'ⓐ' as u32 + 'a' as u32),
        '①'..='⑨' => char::from_u32(c as u32 - '①' as u32 + '1' as u32),
        '⓪' => Some('0'),
        '\u{3000}' => Some(' '),
        // Full-width punctuation of running Chinese text: it ends a link, like `，` after a URL.
        '，' | '（' | '）' | '！' | '；' | '＂' | '＇' | '＜' | '＞' | '［' | '］' | '｛'
        | '｝' | '｜' | '＼' | '＾' | '｀' => None,
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
        _ => None,
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '\u{00A0}')
}

fn is_alnum_at(chars: &[char], i: usize) -> bool {
    chars
        .get(i)
        .and_then(|&c| fold(c))
        .is_some_and(|c| c.is_ascii_alphanumeric())
}

/// If an obfuscated separator starts at `chars[i]` (spaces around it included) and an ASCII letter
/// or digit follows it, the end (exclusive) of the separator.
fn obfuscated_separator(chars: &[char], i: usize) -> Option<usize> {
    let skip_spaces = |mut k: usize| {
        while chars.get(k).copied().is_some_and(is_space) {
            k += 1;
        }
        k
    };
    let lead = skip_spaces(i);
    let core_end = separator_core(chars, lead)?;
    let end = skip_spaces(core_end);
    let dot_like = |c: char| c == '.' || c == '．';
    let plain_dot = core_end == lead + 1 && dot_like(chars[lead]);
    if plain_dot && lead == i && end == core_end {
        // `a.com` is a plain link
        return None;
    }
    if plain_dot && (lead == i || end == core_end) && !one_sided_dot_link(chars, i, end) {
        // A dot is obfuscated with spaces on both sides (`deal66 . com`), or on one side before
        // a top-level domain of the ad trade (`deal66 .top`); `etc. So` is prose.
        return None;
    }
    let word_dot = fold(chars[lead]).is_some_and(|c| c.eq_ignore_ascii_case(&'d'));
    if word_dot && (lead == i || end == core_end) {
        // The bare word `dot` only between spaces: `deal66dotcom` is one word.
        return None;
    }
    (is_alnum_at(chars, end) || spelled_tld_at(chars, end).is_some()).then_some(end)
}

/// Top-level domains that make a dot with spaces on one side only a link's dot (`deal66 .top`,
/// `bet365. com`): the generic ones and those ad and gambling sites favour. Not `net`, which
/// follows a spaced dot in prose about software (`4.5 .net`).
const ONE_SIDED_DOT_TLDS: &[&str] = &[
    "cc", "club", "cn", "com", "info", "ltd", "online", "shop", "site", "top", "vip", "wang", "xyz",
];

/// Whether the dot of a separator from `chars[i]` to `end` (spaces on one side of it) stands
/// between a name of at least three letters and digits, with a letter, and one of
/// [`ONE_SIDED_DOT_TLDS`] in lower case that no letter or digit follows. With the spaces after
/// the dot, as after a sentence (`see the FAQ. top tips`), the name must hold a digit too
/// (`bet365. com`).
fn one_sided_dot_link(chars: &[char], i: usize, end: usize) -> bool {
    let spaces_before = chars.get(i).copied().is_some_and(is_space);
    let name = chars[..i]
        .iter()
        .rev()
        .map_while(|&c| fold(c).filter(|a| a.is_ascii_alphanumeric()))
        .collect::<Vec<char>>();
    let tld: String = chars[end..]
        .iter()
        .map_while(|&c| fold(c).filter(|a| a.is_ascii_alphanumeric()))
        .collect();
    name.len() >= 3
        && name.iter().any(|c| c.is_ascii_alphabetic())
        && (spaces_before || name.iter().any(|c| c.is_ascii_digit()))
        && ONE_SIDED_DOT_TLDS.contains(&tld.as_str())
}

/// The end of a separator's core at `chars[k]`: a dot-like character, a bracketed dot, or `dot`.
fn separator_core(chars: &[char], k: usize) -> Option<usize> {
    let c = *chars.get(k)?;
    if is_dot_like(c) {
        return Some(k + 1);
    }
    if let Some(close) = closing_bracket(c) {
        let inner = k + 1;
        let inner_end = if chars.get(inner).copied().is_some_and(is_dot_like) {
            inner + 1
        } else if word_at(chars, inner, "dot") {
            inner + 3
        } else {
            return None;
        };
        return (chars.get(inner_end) == Some(&close)).then_some(inner_end + 1);
    }
    word_at(chars, k, "dot").then_some(k + 3)
}

/// Whether `c` is a lookalike: a character [`fold`] reads as an ASCII letter, digit or dot only
/// by its looks (mathematical and squared letters, small and leader dots, Cyrillic and Greek
/// letters), or a dot-like character that stands for a dot ([`is_dot_like`]: `‧`, `∙`, `⋅`). No
/// listed site is written with one ([`judge`]).
fn is_lookalike(c: char) -> bool {
    matches!(c,
        '\u{1D400}'..='\u{1D7FF}'
        | '\u{FE50}'..='\u{FE6F}'
        | '\u{2024}'
        | '\u{2027}'
        | '\u{2219}'
        | '\u{22C5}'
        | '\u{1F130}'..='\u{1F189}'
        | '\u{0370}'..='\u{052F}')
}

/// The ASCII character a lookalike ([`is_lookalike`]) is read as, if any: a squared letter's
/// letter, a Cyrillic or Greek letter's Latin twin (the lexicon's
/// [`confusable`](crate::screen::normalize::confusable) table), or a single ASCII letter, digit or
/// dot by compatibility decomposition (`𝐢`, `﹒`, `․`).
fn fold_lookalike(c: char) -> Option<char> {
    use crate::screen::normalize::confusable;
    if let Some(l) = confusable::enclosed_letter(c) {
        return Some(l);
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    let twin = confusable::fold(lower);
    if twin.is_ascii() {
        return Some(twin);
    }
    let (mut out, mut n) = (None, 0);
    unicode_normalization::char::decompose_compatible(c, |d| {
        n += 1;
        out = Some(d);
    });
    out.filter(|d| n == 1 && (d.is_ascii_alphanumeric() || *d == '.'))
}

/// A character that stands for the dot of an obfuscated link by itself (`www点deal66点com`).
fn is_dot_like(c: char) -> bool {
    matches!(
        c,
        '.' | '．' | '点' | '點' | '。' | '｡' | '·' | '・' | '•' | '丶' | '‧' | '∙' | '⋅'
    )
}

/// An opening or closing bracket of a bracketed dot (`deal66[.]com`, `deal66（点）com`).
fn is_bracket(c: char) -> bool {
    closing_bracket(c).is_some()
        || matches!(c, ')' | ']' | '}' | '）' | '】' | '］' | '〕' | '｝' | '>')
}

fn closing_bracket(open: char) -> Option<char> {
    Some(match open {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '（' => '）',
        '【' => '】',
        '［' => '］',
        '〔' => '〕',
        '｛' => '｝',
        '<' => '>',
        _ => return None,
    })
}

fn word_at(chars: &[char], k: usize, word: &str) -> bool {
    let n = word.chars().count();
    chars.len() >= k + n
        && chars[k..k + n]
            .iter()
            .zip(word.chars())
            .all(|(&c, w)| fold(c).is_some_and(|c| c.eq_ignore_ascii_case(&w)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Policy;

    /// Kind: one character crashed the screener (differential fuzzing, session of 2026-12-06):
    /// `𝛯`, `𝚵` and `𝓄` are in the mathematical block the letter search takes, but fold to no
    /// Latin letter, and the island search found the same seed forever, pushing islands until
    /// memory ran out. Every code point of the planes text uses, alone and inside a link, now
    /// gives at most one island per character.
    #[test]
    fn every_character_gives_a_bounded_number_of_islands() {
        for c in (0u32..0x30000).filter_map(char::from_u32) {
            for text in [c.to_string(), format!("访问www.{c}x.com{c}了")] {
                let n = text.chars().count();
                assert!(islands(&text).len() <= n, "{:?}", c);
            }
        }
        let links = find("𝛯网址：www.𝓄taobao.com");
        assert_eq!(links.len(), 1, "{links:?}");
    }

    /// Kind: a URL nested in itself thousands of times (`http://x/` repeated) overflowed the stack
    /// and aborted the process (crash hunting, session of 2026-12-06). Targets are read
    /// `MAX_NESTED` deep: a real redirector's target still is, the rest of the chain is the
    /// links that carry it.
    #[test]
    fn nested_targets_are_read_a_few_deep() {
        let chain = "http://x/".repeat(5000);
        let links = find(&chain);
        assert!(
            !links.is_empty() && links.len() <= MAX_NESTED + 1,
            "{}",
            links.len()
        );
        let two = find("https://www.weixi.gov.cn/link?target=https://m.tb.cn/h.5abc?u=https://item.taobao.com/x");
        let hosts: Vec<&str> = two.iter().map(|l| l.host.as_str()).collect();
        assert_eq!(hosts, ["www.weixi.gov.cn", "m.tb.cn", "item.taobao.com"]);
    }

    /// Kind: a long text of nothing but links (a megabyte of `http://a.cn/?u=http://b.cn `) took
    /// a minute, counting from the start of the text for each link, and an address inside a URL
    /// was looked for among every scheme of the text (time hunting, session of 2026-12-06, late). Each
    /// link of a long run is still found where it is, with the target it carries, and an address
    /// in a URL's path is still part of the URL while one after a space is an address.
    #[test]
    fn every_link_of_a_long_run_of_links_is_found_in_place() {
        let unit = "http://a.cn/?u=http://b.cn ";
        let text = unit.repeat(2000);
        let links = find(&text);
        assert_eq!(links.len(), 4000);
        let width = unit.chars().count();
        for (n, pair) in links.chunks(2).enumerate() {
            let at = n * width;
            assert_eq!(
                (pair[0].start, pair[0].end, pair[0].host.as_str()),
                (at, at + width - 1, "a.cn")
            );
            assert_eq!(
                (pair[1].start, pair[1].end, pair[1].host.as_str()),
                (at + 15, at + width - 1, "b.cn")
            );
        }
        let text = "https://item.taobao.com/@www.gov.cn li@qq.com ".repeat(500);
        let links = find(&text);
        let hosts: Vec<&str> = links.iter().map(|l| l.host.as_str()).collect();
        assert_eq!(hosts, ["item.taobao.com"].repeat(500));
    }

    proptest::proptest! {
        /// The quick test never turns away a text whose scan view holds a separator.
        #[test]
        fn no_separator_means_none_in_the_view(
            text in "([a-z0-9]{1,6}|www|w w w|dot|DOT|d o t|[.:/@_?=&-]|[ ，。点點．·・•丶｡：＠（）【】\\[\\]()]|办事指南请访问|网址|ｗｗｗ|ｃｏｍ|Ｘ|ⓌⓌⓌ|ⓓⓞⓣ|康姆|c0m|_|＿|－){0,30}"
        ) {
            if !may_have_separator(&text) {
                let view = View::new(&text);
                proptest::prop_assert!(
                    memchr::memchr3(b'.', b':', b'@', view.text.as_bytes()).is_none(),
                    "{text:?} -> {:?}",
                    view.text
                );
            }
        }

        /// The word-at-a-time letter search finds what testing every character finds, from any
        /// character boundary: ASCII and full-width letters, circled ones, and the full-width
        /// punctuation and symbols that share their lead bytes.
        #[test]
        fn next_letter_finds_the_first_letter_after_any_start(
            text in "([a-zA-Z0-9 .]|ａ|ｚ|Ａ|Ｚ|，|：|（|＠|Ⓐ|ⓩ|①|“|”|—|…|维西|县|\\u{2491}|\\u{24EA}){0,30}",
            skip in 0usize..30,
        ) {
            let from = text.char_indices().map(|(b, _)| b).nth(skip).unwrap_or(text.len());
            let naive = text[from..]
                .char_indices()
                .find(|&(_, c)| {
                    c.is_ascii_alphabetic()
                        || ('Ａ'..='Ｚ').contains(&c)
                        || ('ａ'..='ｚ').contains(&c)
                        || ('Ⓐ'..='ⓩ').contains(&c)
                })
                .map(|(b, _)| from + b);
            proptest::prop_assert_eq!(next_letter(text.as_bytes(), from), naive, "{:?}", text);
        }

        /// Looking at islands only finds exactly what scanning the whole text finds (both then
        /// reading e-mail addresses, non-ASCII hosts and redirect targets the same way:
        /// `http://點．topc0m` has one).
        #[test]
        fn islands_find_what_the_whole_text_has(
            text in "([a-z0-9]{1,6}|www|com|cn|http|https|dot|[.:/@_?=&-]|[ ，。点點．·（）【】\\[\\]()]|办事指南请访问|网址|邮箱|\\u{3000}|ｗｗｗ|ｃｏｍ|Ｘ|，|康姆|康|姆|丶|c0m|https//|http:/|hxxps://|\\\\|top|－){0,40}"
        ) {
            let islands: Vec<(usize, usize, String, bool)> =
                find(&text).into_iter().map(|l| (l.start, l.end, l.host, l.obfuscated)).collect();
            let whole: Vec<(usize, usize, String, bool)> =
                with_redirect_targets(
                    &text,
                    with_emails_and_idn_hosts(&text, Markers::of(&text, (true, true)), find_in(&text)),
                    0,
                )
                    .into_iter()
                    .map(|l| (l.start, l.end, l.host, l.obfuscated))
                    .collect();
            proptest::prop_assert_eq!(islands, whole);
        }
    }

    /// The shipped policy's `[links]` section: the tests judge by the lists an operator gets.
    fn shipped() -> LinkPolicy {
        let text = include_str!("../../../lexicons/policy.toml");
        Policy::parse("lexicons/policy.toml", text)
            .expect("shipped policy parses")
            .links
    }

    fn item(kind: Kind, title: Option<&str>, body: &str, links: &[&str]) -> Item {
        let mut v = serde_json::json!({"id": "t", "kind": kind.as_str(), "body": body});
        match kind {
            Kind::Draft => v["title"] = serde_json::json!(title.unwrap_or("标题")),
            Kind::Comment => v["in_reply_to"] = serde_json::json!("p"),
        }
        if !links.is_empty() {
            v["links"] = serde_json::json!(links);
        }
        Item::from_value(v).expect("test item is valid")
    }

    /// A text and the links expected in it: (written text, host, obfuscated).
    type FindCase<'a> = (&'a str, &'a [(&'a str, &'a str, bool)]);

    /// `(text, expected links as (written text, host, obfuscated))`: the spans must cut exactly the
    /// written text out of the original.
    fn assert_finds(cases: &[FindCase<'_>]) {
        for (text, want) in cases {
            let got: Vec<(String, String, bool)> = find(text)
                .into_iter()
                .map(|l| {
                    let written: String =
                        text.chars().skip(l.start).take(l.end - l.start).collect();
                    (written, l.host, l.obfuscated)
                })
                .collect();
            let want: Vec<(String, String, bool)> = want
                .iter()
                .map(|(w, h, o)| (w.to_string(), h.to_string(), *o))
                .collect();
            assert_eq!(got, want, "in {text:?}");
        }
    }

    #[test]
    fn links_with_and_without_scheme_end_where_the_chinese_text_resumes() {
        assert_finds(&[
            (
                "全文见 https://www.gov.cn/zhengce/content/ 。",
                &[("https://www.gov.cn/zhengce/content/", "www.gov.cn", false)],
            ),
            (
                "本地好物直播间 https://detail.tmall.com/item.htm?id=99 下单立减",
                &[(
                    "https://detail.tmall.com/item.htm?id=99",
                    "detail.tmall.com",
                    false,
                )],
            ),
            (
                "登录www.taobao.com购买",
                &[("www.taobao.com", "www.taobao.com", false)],
            ),
            ("加群看deal66.com。", &[("deal66.com", "deal66.com", false)]),
            (
                "三期https://baidu.com/平方米，一期",
                &[("https://baidu.com/", "baidu.com", false)],
            ),
            // prose right after an ASCII host is not part of it
            (
                "详见https://www.gov.cn看看",
                &[("https://www.gov.cn", "www.gov.cn", false)],
            ),
            (
                "（https://baidu.com/，https://t.cn/A6x）",
                &[
                    ("https://baidu.com/", "baidu.com", false),
                    ("https://t.cn/A6x", "t.cn", false),
                ],
            ),
            (
                "请问是否违法？3.https://baidu.com/.23下发",
                &[("https://baidu.com/.23", "baidu.com", false)],
            ),
            (
                "网址：HTTP://WWW.JD.COM/a",
                &[("HTTP://WWW.JD.COM/a", "www.jd.com", false)],
            ),
            // (an IP address for a host is obfuscated: `the_host_is_where_a_browser_goes`)
            (
                "端口 http://10.0.0.8:8080/x 内网",
                &[("http://10.0.0.8:8080/x", "10.0.0.8", true)],
            ),
        ]);
    }

    /// Hosts linkify cannot take: Chinese labels after a scheme, IP literals. Each is one link,
    /// judged unlisted: (text, link as written, host).
    #[test]
    fn unusual_hosts_are_one_link_each() {
        for (text, link, host) in [
            (
                "领补贴 http://维西补贴.网址/apply 快",
                "http://维西补贴.网址/apply",
                "维西补贴.网址",
            ),
            (
                "见https://中国政府。网/zhengce",
                "https://中国政府。网/zhengce",
                "中国政府.网",
            ),
            (
                "申领 https://butie.中国/apply",
                "https://butie.中国/apply",
                "butie.中国",
            ),
            (
                "退税 http://[2001:db8::1]/pay 填写",
                "http://[2001:db8::1]/pay",
                "2001:db8::1",
            ),
            (
                "领补贴 http://2130706433/butie",
                "http://2130706433/butie",
                "2130706433",
            ),
        ] {
            // an IP address for a host hides where the link goes: obfuscated
            let ip = host.starts_with(|c: char| c.is_ascii_digit());
            assert_finds(&[(text, &[(link, host, ip)])]);
        }
    }

    /// Kind: digits that begin a host name are a label of it, not an IP address written as one
    /// number (breaker round 70: `http://13887654321.example.net/` was read as the IP address of
    /// the mobile number's first ten digits, and its message quoted them).
    #[test]
    fn a_host_that_starts_with_digits_is_a_name() {
        assert_finds(&[
            (
                "详情看 http://13887654321.example.net/ 吧",
                &[(
                    "http://13887654321.example.net/",
                    "13887654321.example.net",
                    false,
                )],
            ),
            (
                "空间 http://123456789.qzone.qq.com/ 看",
                &[(
                    "http://123456789.qzone.qq.com/",
                    "123456789.qzone.qq.com",
                    false,
                )],
            ),
            (
                "领补贴 http://2130706433:8080/butie",
                &[("http://2130706433:8080/butie", "2130706433", true)],
            ),
        ]);
    }

    /// Kind: a message quotes a host without the digits that could be a person's number (CONTRACT
    /// §2); short numbers in names and IP addresses stay as they are.
    #[test]
    fn messages_quote_long_digit_runs_of_a_host_masked() {
        assert_eq!(shown("1388765432"), "138*******");
        assert_eq!(shown("13887654321.example.net"), "138********.example.net");
        assert_eq!(shown("a1234567b.cn"), "a123****b.cn");
        assert_eq!(shown("12306.cn"), "12306.cn");
        assert_eq!(shown("192.168.1.10"), "192.168.1.10");
        assert_eq!(shown("dwz.cn"), "dwz.cn");
        let item = Item::from_str_json(
            r#"{"id":"t","kind":"comment","body":"看 http://1388765432/ 吧","in_reply_to":"p"}"#,
        )
        .expect("item");
        let findings = check(&item, &shipped());
        assert_eq!(findings.len(), 1);
        assert!(
            !findings[0].message.contains("1388765432")
                && findings[0].message.contains("138*******"),
            "{}",
            findings[0].message
        );
    }

    #[test]
    fn full_width_links_are_found_over_their_whole_written_form() {
        assert_finds(&[
            (
                "看ｗｗｗ．ｘｘ．ｃｏｍ吧",
                &[("ｗｗｗ．ｘｘ．ｃｏｍ", "www.xx.com", false)],
            ),
            (
                "入口ｈｔｔｐｓ：／／ｄｗｚ．ｃｎ／ａｂ，快",
                &[("ｈｔｔｐｓ：／／ｄｗｚ．ｃｎ／ａｂ", "dwz.cn", false)],
            ),
            (
                "混写ｗｗｗ.shop88．com！",
                &[("ｗｗｗ.shop88．com", "www.shop88.com", false)],
            ),
        ]);
    }

    /// Kind: a scheme written wrong hides no link: what follows is judged as written without one,
    /// and the link, from the scheme on, is obfuscated.
    #[test]
    fn broken_schemes_are_read_past() {
        assert_finds(&[
            (
                "复制 https//item.taobao.com/x 打开",
                &[("https//item.taobao.com/x", "item.taobao.com", true)],
            ),
            (
                "领券 http//t.cn/A6abc",
                &[("http//t.cn/A6abc", "t.cn", true)],
            ),
            (
                "下单 https:/item.jd.com/100012.html",
                &[("https:/item.jd.com/100012.html", "item.jd.com", true)],
            ),
            (
                "复制打开 https:///item.jd.com/1",
                &[("https:///item.jd.com/1", "item.jd.com", true)],
            ),
            // spaced or backslash-escaped slashes (a link copied out of JSON)
            (
                "进入 http:/ /deal66.com 领取",
                &[("http:/ /deal66.com", "deal66.com", true)],
            ),
            (
                r"点击 https:\/\/deal66.top/a 领取",
                &[(r"https:\/\/deal66.top/a", "deal66.top", true)],
            ),
            // defanged so as not to be clickable
            (
                "点击 hxxps://deal66.top/a 领取",
                &[("hxxps://deal66.top/a", "deal66.top", true)],
            ),
            (
                "看 HXXP://t.cn/A6abc",
                &[("HXXP://t.cn/A6abc", "t.cn", true)],
            ),
            // spread out by spaces or hyphens, or set apart from its host (breaker round 92)
            (
                "详情见 h t t p s : / / deal66.top 下单",
                &[("h t t p s : / / deal66.top", "deal66.top", true)],
            ),
            (
                "看 h t t p : / / w w w . deal66 . com",
                &[("h t t p : / / w w w . deal66 . com", "www.deal66.com", true)],
            ),
            (
                "详情见 https : // deal66.top",
                &[("https : // deal66.top", "deal66.top", true)],
            ),
            (
                "详情见 h-t-t-p-s://deal66.top",
                &[("h-t-t-p-s://deal66.top", "deal66.top", true)],
            ),
            // the word alone, and an underscore outside a www name, are nothing
            ("https 协议更安全", &[]),
            ("支持 HTTP / HTTPS 协议", &[]),
            ("hxxp 是什么意思", &[]),
            ("用户名 user_name 已注册", &[]),
        ]);
    }

    #[test]
    fn lookalike_letters_and_dots_fold() {
        // breaker round 65: what the lexicon's normalization folds, the link finder folds too
        assert_finds(&[
            (
                "选购请访问𝐢𝐭𝐞𝐦.𝐭𝐚𝐨𝐛𝐚𝐨.𝐜𝐨𝐦/weixi。",
                &[("𝐢𝐭𝐞𝐦.𝐭𝐚𝐨𝐛𝐚𝐨.𝐜𝐨𝐦/weixi", "item.taobao.com", false)],
            ),
            (
                "选购请访问item﹒taobao﹒com/weixi。",
                &[("item﹒taobao﹒com/weixi", "item.taobao.com", false)],
            ),
            (
                "下单 www․jd․com/8848.html",
                &[("www․jd․com/8848.html", "www.jd.com", false)],
            ),
            (
                "下单看这里 https://item.tаobao.com/x?id=8",
                &[("https://item.tаobao.com/x?id=8", "item.taobao.com", false)],
            ),
            ("Москва — столица России.", &[]),
            // no ASCII letter at all (breaker round 67)
            ("𝕥𝕒𝕠𝕓𝕒𝕠.𝕔𝕠𝕞", &[("𝕥𝕒𝕠𝕓𝕒𝕠.𝕔𝕠𝕞", "taobao.com", false)]),
        ]);
    }

    #[test]
    fn redirect_targets_are_links_too() {
        // breaker round 65: a target in the query, written out or percent-encoded
        assert_finds(&[
            (
                "松茸 https://www.weixi.gov.cn/link?target=https://m.tb.cn/h.5abc",
                &[
                    (
                        "https://www.weixi.gov.cn/link?target=https://m.tb.cn/h.5abc",
                        "www.weixi.gov.cn",
                        false,
                    ),
                    ("https://m.tb.cn/h.5abc", "m.tb.cn", false),
                ],
            ),
            (
                "见https://www.weixi.gov.cn/r?url=https%3A%2F%2Fitem.taobao.com%2Fx",
                &[
                    (
                        "https://www.weixi.gov.cn/r?url=https%3A%2F%2Fitem.taobao.com%2Fx",
                        "www.weixi.gov.cn",
                        false,
                    ),
                    (
                        "https%3A%2F%2Fitem.taobao.com%2Fx",
                        "item.taobao.com",
                        false,
                    ),
                ],
            ),
            (
                "全文见 https://www.gov.cn/zhengce/content/ 。",
                &[("https://www.gov.cn/zhengce/content/", "www.gov.cn", false)],
            ),
        ]);
    }

    #[test]
    fn obfuscated_separators_are_part_of_the_link() {
        assert_finds(&[
            (
                "便宜货看 www点deal66点com",
                &[("www点deal66点com", "www.deal66.com", true)],
            ),
            (
                "加我 shop88。com 领券",
                &[("shop88。com", "shop88.com", true)],
            ),
            (
                "访问 shop88 dot com 即可",
                &[("shop88 dot com", "shop88.com", true)],
            ),
            (
                "网址du888点康姆，速来",
                &[("du888点康姆", "du888.com", true)],
            ),
            (
                "登录 bet365 点 康姆 领取",
                &[("bet365 点 康姆", "bet365.com", true)],
            ),
            (
                "注册送88：www丶du88丶com",
                &[("www丶du88丶com", "www.du88.com", true)],
            ),
            (
                "注册送88：www_du88_com",
                &[("www_du88_com", "www.du88.com", true)],
            ),
            ("注册送88 du88。c0m", &[("du88。c0m", "du88.com", true)]),
            // one character at a time, every dot alike
            (
                "访问w.w.w.d.e.a.l.6.6.c.o.m领取",
                &[("w.w.w.d.e.a.l.6.6.c.o.m", "www.deal66.com", true)],
            ),
            (
                "上 d.u.8.8.8.t.o.p 注册",
                &[("d.u.8.8.8.t.o.p", "du888.top", true)],
            ),
            (
                "打开 www-deal66-com 领红包",
                &[("www-deal66-com", "www.deal66.com", true)],
            ),
            (
                "领红包上www-deal66-com。",
                &[("www-deal66-com", "www.deal66.com", true)],
            ),
            // a hyphen in a name with real dots is the name's own
            (
                "见 www-01.ibm.com 与 www.my-site.com",
                &[
                    ("www-01.ibm.com", "www-01.ibm.com", false),
                    ("www.my-site.com", "www.my-site.com", false),
                ],
            ),
            // a dot with spaces on one side, before a top-level domain of the ad trade
            (
                "网址 deal66 .top 优惠",
                &[("deal66 .top", "deal66.top", true)],
            ),
            (
                "登录 bet365. com 送彩金",
                &[("bet365. com", "bet365.com", true)],
            ),
            (
                "便宜货看 www点deal66点c〇m",
                &[("www点deal66点c〇m", "www.deal66.com", true)],
            ),
            (
                "访问shop88(dot)com",
                &[("shop88(dot)com", "shop88.com", true)],
            ),
            ("访问shop88[.]cn/x", &[("shop88[.]cn/x", "shop88.cn", true)]),
            (
                "访问 shop88 . com 即可",
                &[("shop88 . com", "shop88.com", true)],
            ),
            (
                "ｗｗｗ点ｓｈｏｐ８８点ｃｏｍ",
                &[("ｗｗｗ点ｓｈｏｐ８８点ｃｏｍ", "www.shop88.com", true)],
            ),
            (
                "看www·deal66·net",
                &[("www·deal66·net", "www.deal66.net", true)],
            ),
            (
                "淘宝 taobao 点 com 搜",
                &[("taobao 点 com", "taobao.com", true)],
            ),
            (
                "看WWW点DEAL66点COM",
                &[("WWW点DEAL66点COM", "www.deal66.com", true)],
            ),
            // letters spread out one space apart
            (
                "上 w w w . t a o b a o . c o m 领券",
                &[("w w w . t a o b a o . c o m", "www.taobao.com", true)],
            ),
            (
                "访问 d e a l 6 6 点 c o m",
                &[("d e a l 6 6 点 c o m", "deal66.com", true)],
            ),
            // a two-letter label after a spaced dot goes on with the spread-out letters
            (
                "访问 w w w . b c 6 6 . c c 有惊喜",
                &[("w w w . b c 6 6 . c c", "www.bc66.cc", true)],
            ),
            // spread out up to the dot, or only in part: obfuscated all the same (breaker
            // round 84)
            (
                "复制浏览器打开：d e a l 6 6 .com",
                &[("d e a l 6 6 .com", "deal66.com", true)],
            ),
            (
                "复制到浏览器打开：w w w.deal66.com",
                &[("w w w.deal66.com", "www.deal66.com", true)],
            ),
            // spread out after a spaced dot (breaker round 93)
            (
                "网址 du88 .c o m，注册送彩金",
                &[("du88 .c o m", "du88.com", true)],
            ),
            // but not spaced prose after a number or a word (regression helper of round 93)
            ("需要 4.5 .n e t 框架", &[]),
            ("I like it .a b c", &[]),
            // circled letters and digits
            ("ⓌⓌⓌ.ⓑⓒ⑥⑥.ⓒⓒ", &[("ⓌⓌⓌ.ⓑⓒ⑥⑥.ⓒⓒ", "www.bc66.cc", false)]),
        ]);
    }

    #[test]
    fn ordinary_text_with_dots_is_not_a_link() {
        assert_finds(&[
            ("增长3.5个百分点，PM2.5 下降", &[]),
            // a sentence's dot before a word, and .net after a version
            ("It is done. Com on", &[]),
            ("安装 4.5 .net 运行库", &[]),
            ("see the FAQ. top tips", &[]),
            ("下午3点30分，第2点意见", &[]),
            ("请下载附件1.docx和通知.pdf，见readme.md", &[]),
            ("e.g. 与 i.e. 的用法，U.S. 与 No.1", &[]),
            ("Mr.Li 与 Co.Ltd 参加", &[]),
            ("版本 v1.2.3，IP 段 192.168.1.1", &[]),
            ("etc. So we go", &[]),
            ("使用APP。APP下载，编号ID。ID", &[]),
            ("第①条、第②条，选项 a . b . c 都对", &[]),
            ("打包成 photos.zip 发来", &[]),
            ("deal66dotcom", &[]),
            ("域名后缀 com.cn 与 gov.cn 说明", &[]),
            // single characters between dots that end in no top-level domain, or too few
            ("编号 1.2.3.4.5.6.7.8 依次排列", &[]),
            ("选项 A.B.C.D.E.F.G 中选一", &[]),
        ]);
    }

    #[test]
    fn user_info_does_not_hide_the_host() {
        // Kind: an allowed name as user info in front of the real host (第七条 evasion).
        let found: Vec<String> = find("详情见 https://www.gov.cn@taobao.com/item 了解")
            .into_iter()
            .map(|l| l.host)
            .collect();
        assert_eq!(found, ["taobao.com"]);
    }

    /// Kind: the host is where a browser goes (WHATWG URL parsing), not what a reader sees: user
    /// info only before the first `/`, `\\`, `?` or `#`; zero-width characters and percent-escapes
    /// inside a host dropped or decoded; an IP address for a host. Each evasion is obfuscated where
    /// the reader would see another site (breaker round 45).
    #[test]
    fn the_host_is_where_a_browser_goes() {
        assert_finds(&[
            // an `@` in the path is no user info: the host is before it
            (
                "低价正品 https://item.taobao.com/@www.gov.cn",
                &[(
                    "https://item.taobao.com/@www.gov.cn",
                    "item.taobao.com",
                    false,
                )],
            ),
            (
                "低价 https://item.taobao.com\\@www.gov.cn/",
                &[("https://item.taobao.com", "item.taobao.com", false)],
            ),
            (
                "低价 https://item.taobao.com#@www.gov.cn",
                &[("https://item.taobao.com", "item.taobao.com", false)],
            ),
            // a zero-width space joins what the browser joins
            (
                "官方链接 https://www.gov.cn\u{200b}.taobao.com/ 低价",
                &[(
                    "https://www.gov.cn\u{200b}.taobao.com/",
                    "www.gov.cn.taobao.com",
                    true,
                )],
            ),
            (
                "详见 https://www%2Etaobao%2Ecom/",
                &[("https://www%2Etaobao%2Ecom/", "www.taobao.com", true)],
            ),
            (
                "详见 http://192.168.1.10/promo",
                &[("http://192.168.1.10/promo", "192.168.1.10", true)],
            ),
            (
                "详见 http://0xC0A80101/promo",
                &[("http://0xC0A80101/promo", "0xc0a80101", true)],
            ),
            (
                "详见 http://3232235777/",
                &[("http://3232235777/", "3232235777", true)],
            ),
            // an e-mail's `@` in a bare link's path (`evil.com/a@b.cn`) is path too
            (
                "访问evil.com/a@b.cn领红包",
                &[("evil.com/", "evil.com", false)],
            ),
            // a zero-width character after a link, before text, joins nothing
            (
                "详见 https://www.gov.cn/\u{200b} 谢谢",
                &[("https://www.gov.cn/", "www.gov.cn", false)],
            ),
        ]);
    }

    #[test]
    fn email_addresses_are_not_links() {
        assert_finds(&[
            ("材料发到lisu.ww@example.org就行", &[]),
            ("邮箱 john.li@shop88.com 或 ｌｉ＠ｑｑ．ｃｏｍ", &[]),
            ("电邮: jqw********@126.com；", &[]),
            ("写信 abc@qq点com", &[]),
            ("有问题发邮箱 lisu2024 @ qq.com", &[]),
            ("或者 li.su @ 163 . com", &[]),
            (
                "邮件 a@b.cn 或看 www.jd.com",
                &[("www.jd.com", "www.jd.com", false)],
            ),
        ]);
    }

    #[test]
    fn lists_match_whole_labels() {
        let l = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert!(listed("www.yn.gov.cn", &l(&["gov.cn"])));
        assert!(listed("gov.cn", &l(&["*.gov.cn"])));
        assert!(!listed("xgov.cn", &l(&["gov.cn"])));
        assert!(listed("WWW.JD.COM", &l(&["jd.com"])));
        assert!(!listed("jd.com.evil.net", &l(&["jd.com"])));
        assert!(!listed("a.b", &l(&[""])));
        // a host with non-ASCII labels is compared without cutting a character
        assert!(!listed("维西补贴.网址", &l(&["gov.cn"])));
        assert!(listed("政务.维西补贴.网址", &l(&["维西补贴.网址"])));
    }

    /// An item's kind, body and `links`, and the findings expected: (field, written, rule, route).
    type JudgeCase<'a> = (
        Kind,
        &'a str,
        &'a [&'a str],
        &'a [(Field, &'a str, &'a str, Route)],
    );

    /// `(kind, body, links, expected (field, written, rule, action))`.
    fn assert_judged(cases: &[JudgeCase<'_>]) {
        let policy = shipped();
        for (kind, body, links, want) in cases {
            let it = item(*kind, None, body, links);
            let got: Vec<(Field, String, String, Action)> = check(&it, &policy)
                .into_iter()
                .map(|f| {
                    let text = it.field_text(&f.field).unwrap_or_default();
                    let written: String =
                        text.chars().skip(f.start).take(f.end - f.start).collect();
                    assert_eq!(&*f.check, "link");
                    assert_eq!(&*f.article, "第七条");
                    assert_eq!(f.rule.to_string(), format!("link.{}", f.category));
                    assert!(!f.message.is_empty());
                    (f.field, written, f.rule.to_string(), f.action)
                })
                .collect();
            let want: Vec<(Field, String, String, Action)> = want
                .iter()
                .map(|(fl, w, r, a)| (*fl, w.to_string(), r.to_string(), Action::Route(*a)))
                .collect();
            assert_eq!(got, want, "{kind} {body:?} {links:?}");
        }
    }

    #[test]
    fn each_kind_of_link_gets_its_rule_and_action() {
        use Field::{Body, Link as L};
        use Kind::{Comment as C, Draft as D};
        use Route::*;
        assert_judged(&[
            // allowed: government and designated outlets, nothing to report
            (D, "全文见 https://www.gov.cn/zhengce/content/ 。", &[], &[]),
            (
                C,
                "见 http://www.news.cn/2026/c_2.htm 和 yndaily.yunnan.cn",
                &[],
                &[],
            ),
            (C, "县政府网 www点weixi点gov点cn", &[], &[]),
            // a government host spelt with a lookalike letter or dot is no government site
            // (breaker round 67)
            (
                C,
                "领补贴点这里 https://www.gоv.cn/butie",
                &[],
                &[(
                    Body,
                    "https://www.gоv.cn/butie",
                    "link.obfuscated",
                    Takedown,
                )],
            ),
            (
                D,
                "领补贴 https://www.gov∙cn/butie",
                &[],
                &[(
                    Body,
                    "https://www.gov∙cn/butie",
                    "link.obfuscated",
                    Returned,
                )],
            ),
            // commercial
            (
                D,
                "本地好物 https://detail.tmall.com/item.htm?id=99 下单",
                &[],
                &[(
                    Body,
                    "https://detail.tmall.com/item.htm?id=99",
                    "link.commercial",
                    Returned,
                )],
            ),
            (
                C,
                "拼团 mobile.yangkeduo.com/g?x=1",
                &[],
                &[(
                    Body,
                    "mobile.yangkeduo.com/g?x=1",
                    "link.commercial",
                    Takedown,
                )],
            ),
            (
                D,
                "国庆假期安排已公布。",
                &["https://item.jd.com/100012.html"],
                &[(
                    L(0),
                    "https://item.jd.com/100012.html",
                    "link.commercial",
                    Returned,
                )],
            ),
            (
                C,
                "搜 taobao点com",
                &[],
                &[(Body, "taobao点com", "link.commercial", Takedown)],
            ),
            // shorteners
            (
                D,
                "报名入口：https://dwz.cn/xY12ab",
                &[],
                &[(Body, "https://dwz.cn/xY12ab", "link.shortener", Returned)],
            ),
            (
                C,
                "戳 t.cn/A6abc 和 bit.ly/x",
                &[],
                &[
                    (Body, "t.cn/A6abc", "link.shortener", Takedown),
                    (Body, "bit.ly/x", "link.shortener", Takedown),
                ],
            ),
            // obfuscated, not on any list
            (
                C,
                "便宜货看 www点deal66点com",
                &[],
                &[(Body, "www点deal66点com", "link.obfuscated", Takedown)],
            ),
            (
                D,
                "详情 deal66。com",
                &[],
                &[(Body, "deal66。com", "link.obfuscated", Returned)],
            ),
            // an allowed name as user info in front of an unlisted host: obfuscated (breaker
            // round 38), plain user info is not
            (
                D,
                "政策原文 https://www.gov.cn@bet365.com/zhengce 。",
                &[],
                &[(
                    Body,
                    "https://www.gov.cn@bet365.com/zhengce",
                    "link.obfuscated",
                    Returned,
                )],
            ),
            (
                D,
                "参考 https://guest@www.example.net/a 。",
                &[],
                &[(
                    Body,
                    "https://guest@www.example.net/a",
                    "link.unlisted",
                    DeputyLeader,
                )],
            ),
            // unlisted
            (
                D,
                "参考 https://www.example.net/a 。",
                &[],
                &[(
                    Body,
                    "https://www.example.net/a",
                    "link.unlisted",
                    DeputyLeader,
                )],
            ),
            (
                C,
                "参考 https://www.example.net/a 。",
                &[],
                &[(Body, "https://www.example.net/a", "link.unlisted", Takedown)],
            ),
            // sales wording right before an unlisted link makes it an advert's (第七条); in an
            // earlier sentence it does not
            (
                D,
                "农资选购请点击 https://shop.example.net/buy",
                &[],
                &[(
                    Body,
                    "https://shop.example.net/buy",
                    "link.commercial",
                    Returned,
                )],
            ),
            (
                D,
                "购买指南已发布。详见 https://www.example.net/a",
                &[],
                &[(
                    Body,
                    "https://www.example.net/a",
                    "link.unlisted",
                    DeputyLeader,
                )],
            ),
            (
                D,
                "正文",
                &["https://www.gov.cn/a", "javascript:void(0)"],
                &[(L(1), "javascript:void(0)", "link.unlisted", DeputyLeader)],
            ),
            // e-mail and plain text: nothing, also with the `@` written out
            (C, "材料发到lisu.ww@example.org就行", &[], &[]),
            (C, "有事联系wangli(at)qq.com", &[], &[]),
            // ... but 艾特 (`@` read aloud) after Chinese is a mention, and a shop is a shop
            (
                C,
                "有事联系wangli艾特163.com，或者艾特taobao.com客服",
                &[],
                &[(Body, "taobao.com", "link.commercial", Takedown)],
            ),
            (
                D,
                "增长3.5%，见附件1.docx",
                &["mailto:office@weixi.gov.cn"],
                &[],
            ),
        ]);
    }

    #[test]
    fn title_links_are_reported_in_the_title() {
        let it = item(Kind::Draft, Some("秒杀 ｔ．ｃｎ／ａ"), "正文", &[]);
        let f = check(&it, &shipped());
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].field, f[0].start, f[0].end, &*f[0].rule),
            (Field::Title, 3, 9, "link.shortener")
        );
    }

    /// Kind: an ad link or a shortener given as the original of a repost (第七条).
    #[test]
    fn repost_urls_are_checked_for_ads_and_shorteners() {
        let repost = |url: &str| {
            let v = serde_json::json!({
                "id": "r", "kind": "draft", "title": "标题", "body": "来源：新华社",
                "account": {"platform": "wechat", "name": "维西发布", "unit": "县融媒体中心"},
                "repost": {"source": "新华社", "url": url, "original_title": "标题"}
            });
            check(&Item::from_value(v).expect("valid"), &shipped())
        };
        for (url, rule) in [
            ("https://item.taobao.com/item.htm?id=1", "link.commercial"),
            ("https://t.cn/A6xYz", "link.shortener"),
        ] {
            let f = repost(url);
            assert_eq!(f.len(), 1, "{url}: {f:?}");
            assert_eq!(
                (f[0].field, f[0].start, f[0].end, &*f[0].rule, f[0].action),
                (
                    Field::RepostUrl,
                    0,
                    url.chars().count(),
                    rule,
                    Action::Route(Route::Returned)
                )
            );
        }
        // the outlet's own site, or any other, is the attribution check's matter
        assert!(repost("http://www.news.cn/2026/c_2.htm").is_empty());
        assert!(repost("https://www.example.com/a.htm").is_empty());
    }

    #[test]
    fn message_names_the_registrable_domain() {
        let it = item(
            Kind::Draft,
            None,
            "https://detail.tmall.com/item.htm?id=99",
            &[],
        );
        let f = check(&it, &shipped());
        assert!(f[0].message.contains("tmall.com"), "{}", f[0].message);
        assert!(!f[0].message.contains("detail."), "{}", f[0].message);
    }

    // Kind: ad-link (d11), shortlink (d12), gov-link (d13), obfuscated-link (d34), link-attached (d42)
    // and e-mail (d30) of the dev cases, through the public check with the shipped policy.
    #[test]
    fn regression_dev_link_kinds() {
        let p = shipped();
        let route = |it: &Item| {
            check(it, &p)
                .iter()
                .filter_map(|f| crate::policy::lifted_route(f.action, it.kind))
                .max()
        };
        assert_eq!(
            route(&item(
                Kind::Draft,
                Some("好物推荐"),
                "本地好物直播间 https://detail.tmall.com/item.htm?id=99 下单立减",
                &[]
            )),
            Some(Route::Returned)
        );
        assert_eq!(
            route(&item(
                Kind::Draft,
                Some("报名通知"),
                "报名入口：https://dwz.cn/xY12ab",
                &[]
            )),
            Some(Route::Returned)
        );
        assert_eq!(
            route(&item(
                Kind::Draft,
                Some("政策原文"),
                "全文见 https://www.gov.cn/zhengce/content/ 。",
                &[]
            )),
            None
        );
        assert_eq!(
            route(&item(Kind::Comment, None, "便宜货看 www点deal66点com", &[])),
            Some(Route::Takedown)
        );
        assert_eq!(
            route(&item(
                Kind::Draft,
                Some("放假安排"),
                "国庆假期安排已公布。",
                &["https://item.jd.com/100012.html"]
            )),
            Some(Route::Returned)
        );
        assert_eq!(
            route(&item(
                Kind::Comment,
                None,
                "材料发到lisu.ww@example.org就行",
                &[]
            )),
            None
        );
    }

    proptest::proptest! {
        /// Whatever the text, every link found lies on character boundaries of the original, is
        /// non-empty, and the spans come in order without overlapping; nothing panics.
        #[test]
        fn spans_stay_inside_the_original(text in "[a-zA-Z0-9./:@ 点。·ｗ．（）()\\[\\]中文，dot-]{0,40}") {
            let n = text.chars().count();
            let mut last_end = 0;
            for l in find(&text) {
                proptest::prop_assert!(l.start < l.end && l.end <= n, "{l:?} in {text:?}");
                proptest::prop_assert!(l.start >= last_end, "{l:?} overlaps in {text:?}");
                last_end = l.end;
            }
        }
    }

    /// Counts link findings by rule over the real corpus and prints samples; skips without it.
    /// Run: `cargo test --lib screen::checks::links -- --ignored --nocapture`.
    #[test]
    #[ignore = "reads ../shared/corpus; prints counts for a human to read"]
    fn corpus_link_findings() {
        let policy = shipped();
        let mut counts = std::collections::BTreeMap::<String, usize>::new();
        let mut samples = std::collections::BTreeMap::<String, Vec<String>>::new();
        let mut domains = std::collections::BTreeMap::<String, usize>::new();
        for name in ["real_drafts.jsonl", "real_comments.jsonl"] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/corpus")
                .join(name);
            let Ok(text) = std::fs::read_to_string(&path) else {
                println!("skipping: {} is absent", path.display());
                return;
            };
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let Ok(it) = Item::from_str_json(line) else {
                    continue;
                };
                for f in check(&it, &policy) {
                    let key = format!("{name} {}", f.rule);
                    *counts.entry(key.clone()).or_default() += 1;
                    let t = it.field_text(&f.field).unwrap_or_default();
                    let chars: Vec<char> = t.chars().collect();
                    let ctx: String = chars
                        [f.start.saturating_sub(8)..(f.end + 8).min(chars.len())]
                        .iter()
                        .collect();
                    let written: String = chars[f.start..f.end].iter().collect();
                    for l in find(&written) {
                        *domains
                            .entry(format!("{} {}", f.rule, l.domain()))
                            .or_default() += 1;
                    }
                    let s = samples.entry(key).or_default();
                    if s.len() < 15 {
                        s.push(format!("{} [{written}] in …{ctx}…", it.id));
                    }
                }
            }
        }
        // People's Daily 1998 paragraphs: plain news prose, where every link found is a false one.
        let pd = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/corpus/peoples_daily_199801.txt");
        if let Ok(text) = std::fs::read_to_string(&pd) {
            let mut n = 0;
            for para in text.lines() {
                for l in find(para) {
                    n += 1;
                    if n <= 30 {
                        let w: String = para.chars().skip(l.start).take(l.end - l.start).collect();
                        println!("    peoples_daily [{w}] -> {}", l.host);
                    }
                }
            }
            println!("peoples_daily links found: {n}");
        }
        println!("by rule and domain: {domains:?}");
        for (k, n) in &counts {
            println!("{k}: {n}");
            for s in &samples[k] {
                println!("    {s}");
            }
        }
    }
}
