//! The operator's policy file (`lexicons/policy.toml`): what each kind of finding asks for, and the
//! lists the checks judge by (allowed domains, shorteners, designated outlets, the county's names).
//!
//! The defaults are contract §3; an operator changes them in the file without rebuilding. The file is
//! part of the `lexicon_version` like every lexicon file. Loading can fail (bad TOML, unknown route);
//! screening with a loaded policy cannot.

use crate::item::{Action, Kind, Route};
use serde::Deserialize;
use std::collections::BTreeMap;

/// File name of the policy inside a lexicon directory.
pub const POLICY_FILE: &str = "policy.toml";

/// The resolved policy. `Default` is an empty policy: every finding keeps its built-in action.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Per rule id (`link.shortener`, `lexicon.emergency`, ...): the action on a draft and on a comment.
    /// A rule not listed keeps the action its check or lexicon gives.
    #[serde(default)]
    pub actions: BTreeMap<String, KindActions>,
    /// Link judgement (第七条).
    #[serde(default)]
    pub links: LinkPolicy,
    /// Repost judgement (第七条).
    #[serde(default)]
    pub reposts: RepostPolicy,
    /// The county's own names and the title limit (第四条).
    #[serde(default)]
    pub county: CountyPolicy,
}

/// Actions of one rule, per kind of item. Written as route names, or `mask`, `co_review`, `note`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KindActions {
    /// Action on drafts.
    #[serde(default, deserialize_with = "de_opt_action")]
    pub draft: Option<Action>,
    /// Action on comments.
    #[serde(default, deserialize_with = "de_opt_action")]
    pub comment: Option<Action>,
}

fn de_opt_action<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Action>, D::Error> {
    let s = Option::<String>::deserialize(d)?;
    match s {
        None => Ok(None),
        Some(s) => Action::parse(&s)
            .map(Some)
            .ok_or_else(|| serde::de::Error::custom(format!("未知的处理方式 `{s}`"))),
    }
}

/// Which link domains are allowed, shorteners or commercial. Domains are registrable domains or
/// suffixes (`gov.cn` allows every `*.gov.cn`); matching is on whole labels.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinkPolicy {
    /// Government and designated outlets' domains.
    #[serde(default)]
    pub allowed: Vec<String>,
    /// Link shorteners (t.cn, dwz.cn, ...): they hide the target.
    #[serde(default)]
    pub shorteners: Vec<String>,
    /// Commercial and shopping domains: an ad link (第七条).
    #[serde(default)]
    pub commercial: Vec<String>,
}

/// Designated outlets a draft may repost from (第七条: 只转载规定的官方媒体).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RepostPolicy {
    /// Names of designated outlets as they appear in an attribution (新华社, 人民日报, 云南日报, ...).
    #[serde(default)]
    pub outlets: Vec<String>,
    /// Domains of designated outlets, besides `links.allowed`.
    #[serde(default)]
    pub outlet_domains: Vec<String>,
    /// Platforms where outlets keep accounts (`weixin.qq.com`, `weibo.com`, `douyin.com`): a
    /// repost's URL there is judged by the source it names, like a designated site's.
    #[serde(default)]
    pub platform_domains: Vec<String>,
    /// Channel words that may follow an outlet's name and still name that outlet (`客户端`,
    /// `微信公众号`: 人民日报客户端 is 人民日报). Compared without case, width and punctuation.
    #[serde(default)]
    pub outlet_suffixes: Vec<String>,
    /// Names of one outlet (`["中国新闻社", "中新社", "中国新闻网", "中新网"]`): a repost that
    /// declares one of them may name another in its text (`中新网迪庆7月15日电` for 中国新闻网). Each
    /// name must also be in `outlets` to count as designated.
    #[serde(default)]
    pub outlet_aliases: Vec<Vec<String>>,
    /// Government sites (`gov.cn`, `12371.cn`): a repost from one may name any source, a
    /// department or a government (`来源：县应急管理局`), since governments and their bodies are too
    /// many to list. On a designated outlet's site the source must still be a designated outlet
    /// by name: `来源：某某生活号` with a yunnan.cn URL is not 云南网's item as published.
    #[serde(default = "government_domains")]
    pub government_domains: Vec<String>,
}

fn government_domains() -> Vec<String> {
    vec!["gov.cn".to_owned(), "12371.cn".to_owned()]
}

/// The county itself.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountyPolicy {
    /// Names of the county, longest first, stripped before comparing unit names (维西傈僳族自治县, 维西县, 维西).
    #[serde(default)]
    pub names: Vec<String>,
    /// Most titles a county leader may be named with (第四条: 一般不超过两个).
    #[serde(default = "two")]
    pub max_leader_titles: usize,
}

fn two() -> usize {
    2
}

impl Default for CountyPolicy {
    fn default() -> Self {
        CountyPolicy {
            names: Vec::new(),
            max_leader_titles: 2,
        }
    }
}

/// Why a policy file did not load. Shown as `path:line: message` (`path: message` when TOML does
/// not say where), as lint shows the lexicons' errors.
#[derive(Debug, thiserror::Error)]
#[error("{path}{}: {message}", if *.line > 0 { format!(":{line}") } else { String::new() })]
pub struct PolicyError {
    /// The file, as given.
    pub path: String,
    /// 1-based line of the problem, 0 when TOML does not say.
    pub line: usize,
    /// What is wrong, in Chinese, without the line (which [`PolicyError::line`] holds).
    pub message: String,
}

impl PolicyError {
    /// The error `what` at 1-based `line` of `path` (0: TOML does not say).
    fn at(path: &str, line: usize, what: &str) -> PolicyError {
        PolicyError {
            path: path.to_owned(),
            line,
            message: what.to_owned(),
        }
    }
}

/// The TOML parser's message about a policy file in Chinese, for the operator who edits it: the
/// common mistakes are named; any other keeps the parser's words after `TOML 格式错误：`.
fn toml_message(message: &str) -> String {
    // first match wins: a longer phrase before one it contains (`unclosed array table`)
    const KNOWN: &[(&str, &str)] = &[
        ("duplicate key", "同一个键写了两次"),
        ("unclosed table", "表头缺少右方括号 `]`"),
        ("unclosed inline table", "内联表缺少右花括号 `}`"),
        ("unclosed array table", "表头缺少右方括号 `]]`"),
        ("unclosed array", "数组缺少右方括号 `]`"),
        (
            "string values must be quoted",
            "取值要写成带引号的字符串或数字（如 \"returned\"、2）",
        ),
        ("missing opening quote", "字符串缺少左引号"),
        (
            "missing comma between array elements",
            "数组的两项之间缺少逗号",
        ),
        ("extra comma in array", "数组里多了一个逗号"),
        (
            "missing comma between key-value pairs",
            "内联表的两个键之间缺少逗号",
        ),
        ("extra comma in inline table", "内联表里多了一个逗号"),
        ("missing assignment between key-value pairs", "键后缺少 `=`"),
        ("extra assignment between key-value pairs", "多了一个 `=`"),
        ("extra `=`", "多了一个 `=`"),
        ("unexpected `=` in array", "数组里不能写 `=`"),
        (
            "invalid unquoted key",
            "键含有不允许的字符：带点、空格或中文的键要加引号",
        ),
        ("unquoted keys cannot be empty", "键不能为空"),
        (
            "unexpected key or value",
            "一行只能写一个 `键 = 值` 或一个 [表名]，这一行多出了内容",
        ),
        ("unexpected content", "这一行多出了内容"),
        ("invalid comment character", "注释里有不允许的控制字符"),
        (
            "carriage return must be followed by newline",
            "回车符后缺少换行符",
        ),
        ("integer number overflowed", "整数超出范围"),
        ("unexpected leading zero", "数字不能以 0 开头"),
        (
            "invalid value: integer",
            "取值超出范围，应为不小于 0 的整数",
        ),
        (
            "invalid inline table",
            "内联表写法有误（应为 { draft = \"...\", comment = \"...\" }）",
        ),
        ("unterminated", "字符串缺少右引号"),
        ("invalid basic string", "字符串缺少右引号或含有无效字符"),
        ("expected `=`", "键后缺少 `=`"),
        ("key with no value", "键后缺少取值"),
        ("missing field", "缺少必填的键"),
    ];
    // `unknown field `drafts`, expected `draft` or `comment`` (one of `a`, `b`, `c`)
    if let Some((field, expected)) = message
        .strip_prefix("unknown field ")
        .and_then(|r| r.split_once(", expected "))
    {
        let expected = expected
            .trim_start_matches("one of ")
            .replace(" or ", "、")
            .replace(", ", "、");
        return format!("未知的键 {field}，可用的键：{expected}");
    }
    if message.starts_with("invalid type") {
        const WANTS: &[(&str, &str)] = &[
            ("expected a string", "，应为带引号的字符串"),
            ("sequence", "，应为列表 [ ... ]"),
            ("integer", "，应为整数"),
            ("u8", "，应为整数"),
            ("usize", "，应为整数"),
            ("boolean", "，应为 true 或 false"),
            ("map", "，应为表 { ... } 或 [表名]"),
        ];
        let want = WANTS
            .iter()
            .find(|(en, _)| message.contains(en))
            .map_or("", |(_, zh)| zh);
        return format!("取值类型不对{want}");
    }
    // this crate's own messages (an unknown route) are Chinese already
    if message.chars().any(crate::screen::segment::is_cjk) {
        return message.trim().to_owned();
    }
    match KNOWN.iter().find(|(en, _)| message.contains(en)) {
        Some((_, zh)) => (*zh).to_owned(),
        None => format!("TOML 格式错误：{}", message.trim()),
    }
}

/// Rule prefixes of checks that read drafts only: a comment action for them is refused.
const DRAFT_ONLY: &[&str] = &["attribution.", "leader.", "unit."];

impl Policy {
    /// Parses a policy file's text. `path` is only used in the error.
    ///
    /// # Errors
    /// [`PolicyError`] with the line and column of bad TOML, an unknown key or an unknown route, or
    /// with the line of a route of the wrong kind (`takedown` as a draft action), of `mask` for a
    /// rule that is not personal information's (`pii.*`), of a comment action for a check that
    /// reads drafts only (`attribution.*`, `leader.*`, `unit.*`), or of `forward` for a rule that
    /// names no department (anything but `lexicon.*`).
    pub fn parse(path: &str, text: &str) -> Result<Policy, PolicyError> {
        let policy: Policy = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map_or(0, |s| text[..s.start].matches('\n').count() + 1);
            PolicyError::at(path, line, &toml_message(e.message()))
        })?;
        for (rule, a) in &policy.actions {
            for (kind, action) in [(Kind::Draft, a.draft), (Kind::Comment, a.comment)] {
                let wrong = match action {
                    Some(Action::Route(r)) if r.kind() != kind => {
                        Some(format!("处理方式 `{r}` 不适用于 {kind}"))
                    }
                    // masking is what de-identification does with what it finds (第十三条);
                    // any other finding has nothing to mask
                    Some(Action::Mask) if !rule.starts_with("pii.") => Some(
                        "处理方式 `mask` 只适用于个人信息规则（pii.*），请改为路由名、co_review 或 note"
                            .to_owned(),
                    ),
                    // leaders, units and attribution are checked in drafts only (comments are not
                    // published under the county's name): a comment action would never apply
                    Some(_)
                        if kind == Kind::Comment
                            && DRAFT_ONLY.iter().any(|p| rule.starts_with(p)) =>
                    {
                        Some("不会生效：这项检查只看草稿，不检查留言，请删去 comment".to_owned())
                    }
                    // forwarding needs a department, which only a lexicon list names
                    // (`@forward_to`)
                    Some(Action::Route(Route::Forward)) if !rule.starts_with("lexicon.") => Some(
                        "处理方式 `forward` 没有承办部门：只有词库类别（lexicon.*，由 @forward_to 指定部门）可以转交"
                            .to_owned(),
                    ),
                    _ => None,
                };
                if let Some(what) = wrong {
                    // the line that names the rule, as it is written in the file
                    let line = text
                        .lines()
                        .position(|l| {
                            l.contains(&format!("\"{rule}\""))
                                || l.trim_start().starts_with(rule.as_str())
                        })
                        .map_or(0, |i| i + 1);
                    return Err(PolicyError::at(
                        path,
                        line,
                        &format!("规则 `{rule}` 的 {kind} {what}"),
                    ));
                }
            }
        }
        Ok(policy)
    }

    /// The action a finding of `rule` asks for on an item of `kind`: the policy's when it names the
    /// rule, else `builtin` (the check's or lexicon's own default).
    pub fn action(&self, rule: &str, kind: Kind, builtin: Action) -> Action {
        self.actions
            .get(rule)
            .and_then(|a| match kind {
                Kind::Draft => a.draft,
                Kind::Comment => a.comment,
            })
            .unwrap_or(builtin)
    }
}

/// The route an [`Action`] lifts an item of `kind` to, if any.
pub fn lifted_route(action: Action, kind: Kind) -> Option<Route> {
    match action {
        Action::Route(r) if r.kind() == kind => Some(r),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_overrides_builtin_actions_by_rule() {
        let p = Policy::parse(
            "policy.toml",
            "[actions]\n\"link.unlisted\" = { draft = \"returned\" }\n",
        )
        .unwrap();
        let builtin = Action::Route(Route::DeputyLeader);
        assert_eq!(
            p.action("link.unlisted", Kind::Draft, builtin),
            Action::Route(Route::Returned)
        );
        assert_eq!(p.action("link.other", Kind::Draft, builtin), builtin);
        assert_eq!(
            p.action(
                "link.unlisted",
                Kind::Comment,
                Action::Route(Route::Takedown)
            ),
            Action::Route(Route::Takedown)
        );
    }

    #[test]
    fn toml_errors_are_in_chinese() {
        for (text, zh) in [
            (
                "[actions]\n\"a\" = { draft = \"returned\" }\n\"a\" = { draft = \"returned\" }\n",
                "写了两次",
            ),
            ("[actions\n", "右方括号"),
            ("[actions]\n\"a\" = { draft = \"returned }\n", "花括号"),
            (
                "[actions]\n\"a\" = { drafts = \"returned\" }\n",
                "未知的键 `drafts`，可用的键：`draft`、`comment`",
            ),
            ("[actions]\n\"a\" = { draft = 3 }\n", "应为带引号的字符串"),
            ("[county]\nmax_leader_titles = \"two\"\n", "应为整数"),
            // an unknown route is named as such, not as bad TOML
            (
                "[actions]\n\"a\" = { draft = \"deputy_leder\" }\n",
                "未知的处理方式 `deputy_leder`",
            ),
            ("[action]\n", "可用的键：`actions`、"),
            // the mistakes of hand editing that the parser words in English
            ("[county]\nmax_leader_titles = 2x\n", "带引号"),
            ("[county]\nmax_leader_titles = -2\n", "不小于 0 的整数"),
            ("[county]\nnames = [\"维西县\" \"维西\"]\n", "缺少逗号"),
            ("[county]\nnames = [,\"维西\"]\n", "多了一个逗号"),
            ("[county]]\n", "多出了内容"),
            ("[[county]\n", "`]]`"),
            (
                "[actions]\n\"a\" = { draft = \"returned\" comment = \"takedown\" }\n",
                "缺少逗号",
            ),
            (
                "[actions]\nlink commercial = { draft = \"returned\" }\n",
                "`=`",
            ),
        ] {
            let e = Policy::parse("p.toml", text).unwrap_err().to_string();
            assert!(e.contains(zh), "{text:?}: {e}");
            assert!(!e.contains("duplicate") && !e.contains("expected"), "{e}");
            assert!(!e.contains("TOML 格式错误"), "named in Chinese: {e}");
        }
    }

    #[test]
    fn policy_errors_give_the_line() {
        let e =
            Policy::parse("p.toml", "[actions]\n\"x\" = { draft = \"nowhere\" }\n").unwrap_err();
        assert!(e.to_string().contains("p.toml"), "{e}");
        assert!(e.to_string().starts_with("p.toml:2: "), "{e}");
        let e =
            Policy::parse("p.toml", "[actions]\n\"x\" = { draft = \"takedown\" }\n").unwrap_err();
        assert!(e.to_string().contains("不适用"), "{e}");
        assert!(e.to_string().starts_with("p.toml:2: "), "{e}");
        // mask is for personal information only
        let e = Policy::parse(
            "p.toml",
            "[actions]\n\"pii.mobile\" = { draft = \"mask\" }\n\"leader.named\" = { draft = \"mask\" }\n",
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("p.toml:3: "), "{e}");
        assert!(e.to_string().contains("pii.*"), "{e}");
        // comments are not checked for units, leaders or attribution
        let e = Policy::parse(
            "p.toml",
            "[actions]\n\"unit.named\" = { draft = \"co_review\", comment = \"forward\" }\n",
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("p.toml:2: "), "{e}");
        assert!(e.to_string().contains("只看草稿"), "{e}");
        // forwarding needs a department
        let e = Policy::parse(
            "p.toml",
            "[actions]\n\"link.unlisted\" = { comment = \"forward\" }\n",
        )
        .unwrap_err();
        assert!(e.to_string().contains("承办部门"), "{e}");
        Policy::parse(
            "p.toml",
            "[actions]\n\"lexicon.incident\" = { comment = \"forward\" }\n\"leader.named\" = { draft = \"principal_leader\" }\n",
        )
        .expect("a lexicon category may forward, a draft-only rule take a draft action");
    }
}
