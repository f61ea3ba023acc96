//! Detector: WeChat ids (微信号), only with a label.
//!
//! Right after `微信` (also with a symbol or two inside it, `微♥信`, `微 信 号`), `加微`, `加薇`, `vx`,
//! `wx`, `v信`, `微x`, `weixin`, a `v` or `薇` with a heart (`V❤`, `薇❤`) or before a colon (`v：`,
//! `薇：`; breaker round 61), `卫星` (its homophone, breaker round 69) ... (optionally `号`,
//! `号码`, `id`, `是`, a colon or spaces in between, and `搜索` before them: `微信搜索lisu_2020`,
//! breaker round 88): a
//! WeChat id proper (a letter, then 5–19 letters, digits, `_` or `-`) or a
//! number used as one (5–12 digits; a mobile number there is left to the mobile detector, which
//! takes it first). `微信群`, `微信公众号` and the like are not ids: the label must be followed by
//! ASCII. An ASCII label must not be glued to other letters (`twx...`). An id shortly after
//! `公众号`, `服务号`, `官方`... is an organisation's public account and stays.
//!
//! Masking: the first and the last character stay, everything between is masked (`l*********0`).
//!
//! Pipeline position: one of the detectors [`super::deidentify`] runs on a field's folded
//! [`super::view::View`]; it only proposes spans and a masking plan, and must not mask, log or
//! keep the value it found.

use super::mask::Plan;
use super::view::{glued, labelled_not_pii, View};
use super::{each_capture, Hit, PiiKind};
use regex::Regex;
use std::sync::LazyLock;

static WECHAT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?P<label>微信|绿泡泡|微[^\p{L}\p{N}]{1,2}信|威信|薇信|徽信|卫星|weixin|wechat|vx|wx|v信|加v|加微|加薇|v[❤♥❣❥💕💗\x{FE0F}]{1,3}|v[：:]|薇[❤♥❣❥💕💗\x{FE0F}]{1,3}|薇[：:]|微x)(?P<sep>(?:搜索|搜)?(?: ?(?:号码|号|账号|帐号|id))?(?:是|为)?[：: （(/]{0,2})(?P<id>[A-Za-z][A-Za-z0-9_\-]{5,19}|[1-9][0-9]{4,11})",
    )
    .expect("valid regex")
});

/// Words shortly before the label that make the id an organisation's public account, not a person's.
/// (`关注` was tried in breaker round 87 and taken back: `可以关注我的微信…`.)
const OFFICIAL: &[&str] = &["公众号", "服务号", "订阅号", "视频号", "官方", "官微"];

/// Finds labelled WeChat ids in `v`: the regex only reads the stretches of five letters and
/// digits or more and the few characters before them where the label is.
pub(super) fn detect(v: &View, out: &mut Vec<Hit>) {
    let hay = &v.folded;
    for st in v.stretches().filter(|s| s.digits + s.letters >= 5) {
        let from = v.back(st.start, 12);
        each_capture(&WECHAT, &hay[from..st.end], |caps| {
            let label = caps.name("label").expect("label");
            let id = caps.name("id").expect("id");
            let (l, s, e) = (from + label.start(), from + id.start(), from + id.end());
            // `wxpayment`, `vxabcdef`: an ASCII label glued to letters is part of a word; glued to
            // digits under a document label or before `号` it is a code's prefix
            // (`项目编号WX2089641号`), not a WeChat label.
            let ascii_start = label
                .as_str()
                .starts_with(|c: char| c.is_ascii_alphabetic());
            let glued_label = label
                .as_str()
                .ends_with(|c: char| c.is_ascii_alphanumeric())
                && caps.name("sep").is_some_and(|m| m.is_empty());
            let code =
                glued_label && (v.at(e) == Some('号') || labelled_not_pii(v.lead_in(l, 12), &[]));
            // after a slash only an id that opens with a letter (`微信/lisu_2026`): digits there are
            // a count (`微信/56321人`: the regression helper of round 95)
            let counted = caps.name("sep").is_some_and(|m| m.as_str().contains('/'))
                && id.as_str().starts_with(|c: char| c.is_ascii_digit());
            let word =
                code || (glued_label && id.as_str().starts_with(|c: char| c.is_ascii_alphabetic()));
            // after `搜索` only an id with a letter: `微信搜索12345小程序` names a service
            // (breaker round 88)
            let searched_number = caps.name("sep").is_some_and(|m| m.as_str().contains('搜'))
                && !id.as_str().starts_with(|c: char| c.is_ascii_alphabetic());
            // `微信公众号（微信号：cssbwg）`: an official account's id is published on purpose
            // (and after it, `微信号：wxxrmyy（公众号）`, or an office's name before the label:
            // `县人民医院微信号：`, `县医院的微信`: breaker round 87)
            let before = &hay[v.back(l, 12)..l];
            let after = v.lead_out(e, 6).trim_start_matches(['（', '(', ' ']);
            let official = OFFICIAL
                .iter()
                .any(|w| before.contains(w) || after.starts_with(w))
                || super::landline::office_before(before);
            // (`微信（WeChat）`: the app's own name in brackets)
            let app_name = matches!(
                id.as_str().to_ascii_lowercase().as_str(),
                "wechat" | "weixin"
            );
            if word
                || searched_number
                || counted
                || official
                || app_name
                // (`awx12345`: an ASCII label inside a word; `QQ微信12345` is a label)
                || (ascii_start && v.before(l).is_some_and(|c| c.is_ascii_alphabetic()))
                || v.at(e).is_some_and(|c| glued(c) || c == '_')
            {
                return false;
            }
            out.push(v.hit(PiiKind::Wechat, s, e, Plan::FIRST_AND_LAST));
            true
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::masks;

    /// Kind: WeChat ids after a label.
    #[test]
    fn wechat_ids() {
        masks(
            "wechat",
            &[
                // the homophone 卫星号 (breaker round 69)
                ("需要包车的加我卫星号 bc6677", "需要包车的加我卫星号 b****7"),
                ("加我微信lisu_ww2020", "加我微信l*********0"),
                ("微信号：wxid_abc123，", "微信号：w*********3，"),
                ("vx: Abc-12345", "vx: A**-****5"),
                ("微信 123456789", "微信 1*******9"),
                // a Chinese label after Latin letters (found by mixed_texts_mask_consistently)
                ("QQ微信12345村民", "QQ微信1***5村民"),
                // a symbol inside the label
                ("加微♥信：lisu2023，有优惠", "加微♥信：l******3，有优惠"),
                ("微 信 lisu2023", "微 信 l******3"),
                ("加薇：lisu2023", "加薇：l******3"),
                // a spaced label, a heart after v, a lone v before a colon
                ("微 信 号：abc_12345", "微 信 号：a*******5"),
                ("V❤：wx123456", "V❤：w******6"),
                ("v：wxid_abc123", "v：w*********3"),
                // a slash after the label (breaker round 95)
                (
                    "微信/lisu_2026，收购核桃的老板加我",
                    "微信/l*******6，收购核桃的老板加我",
                ),
            ],
        );
    }

    /// Kind: WeChat words that are not ids stay.
    #[test]
    fn not_wechat_ids() {
        masks(
            "wechat",
            &[
                ("关注微信公众号维西发布", "关注微信公众号维西发布"),
                ("微信群里说的", "微信群里说的"),
                ("微信abc", "微信abc"),
                ("twx_abcdef1", "twx_abcdef1"),
                ("wxpayment", "wxpayment"),
                // a v before a colon inside a word or a version
                ("dev：abc12345", "dev：abc12345"),
                // a code with a WX prefix (Weixi's own), not a WeChat label
                (
                    "项目编号WX2089641号已完成招标",
                    "项目编号WX2089641号已完成招标",
                ),
                ("批次wx2024001的物资", "批次wx2024001的物资"),
                ("见 https://wx.qq.com/abcdef", "见 https://wx.qq.com/abcdef"),
                // an organisation's public account
                (
                    "可通过市博物馆微信公众号（微信号：cssbwg）预约",
                    "可通过市博物馆微信公众号（微信号：cssbwg）预约",
                ),
            ],
        );
    }
}
