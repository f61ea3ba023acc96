//! Normalizer 4: traditional to simplified Chinese, and variant ideographs (异体字) to the
//! standard character.
//!
//! Uses the `fast2s` crate, which converts character for character (with a few context rules) and so
//! keeps every offset valid. `zhconv` was the other candidate: it converts by phrase with the
//! MediaWiki and OpenCC tables, which is more accurate for display but may change a text's length in
//! code points, and then the offset map back to the original breaks. For matching, character-level
//! conversion is what we need: `網絡賭博` -> `网络赌博`, `辦假證` -> `办假证`.
//!
//! Most text is already simplified, so a bitset of the characters fast2s would change lets the
//! conversion be skipped when a text has none of them (a characer that fast2s converts only in a
//! context, and never alone, does not trigger it; such a text is left as it is).

use std::sync::LazyLock;

/// One bit per BMP code point: set when fast2s converts the character on its own, or it is one of
/// the [`VARIANTS`] (all in the BMP).
static CONVERTIBLE: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut bits = vec![0u64; 0x10000 / 64];
    let mut buf = [0u8; 4];
    // fast2s only converts characters of three UTF-8 bytes: U+0800..=U+FFFF
    for cp in 0x0800u32..=0xFFFF {
        let Some(c) = char::from_u32(cp) else {
            continue;
        };
        let s = c.encode_utf8(&mut buf);
        if fast2s::convert(s) != *s {
            bits[cp as usize / 64] |= 1 << (cp % 64);
        }
    }
    for &(v, _) in VARIANTS {
        bits[v as usize / 64] |= 1 << (v as u32 % 64);
    }
    bits
});

/// Variant forms of ideographs that fast2s leaves as they are, written to dodge filters, and the
/// standard character each stands for, sorted by the variant (binary search):
/// - variants (异体字) and rare look-alikes: `賭愽` (博), `赌埸` (场, a rare character of its own);
/// - Japanese simplified forms (新字体), which a Chinese text has no use for and filters miss:
///   `代开髪票`, `売銀行卡`, `覚醒剤`, `弾薬` (发, 卖, 觉, 剂, 弹, 药); the new forms of the Jōyō
///   list that are neither a traditional nor a simplified Chinese character (`氷毒`, `渉密`,
///   `収购银行卡`, `鎗支`: breaker round 70), which netizens' input methods also slip into real
///   comments (`毎年`, `関爱`, `黒车`, `恵民`). Not `県`: it is in Japanese place names
///   (`長野県長野市` would read as 县长).
///
/// `弁` (办: `弁証`) is one too; as Chinese it is a rare literary character.
const VARIANTS: &[(char, char)] = &[
    ('両', '两'),
    ('並', '并'),
    ('乗', '乘'),
    ('亀', '龟'),
    ('亜', '亚'),
    ('仏', '佛'),
    ('仮', '假'),
    ('伝', '传'),
    ('併', '并'),
    ('価', '价'),
    ('倹', '俭'),
    ('偽', '伪'),
    ('児', '儿'),
    ('円', '圆'),
    ('処', '处'),
    ('剣', '剑'),
    ('剤', '剂'),
    ('剰', '剩'),
    ('労', '劳'),
    ('勧', '劝'),
    ('勲', '勋'),
    ('単', '单'),
    ('厳', '严'),
    ('収', '收'),
    ('営', '营'),
    ('団', '团'),
    ('囲', '围'),
    ('図', '图'),
    ('圏', '圈'),
    ('圧', '压'),
    ('埸', '场'),
    ('塁', '垒'),
    ('塩', '盐'),
    ('増', '增'),
    ('壌', '壤'),
    ('壱', '壹'),
    ('売', '卖'),
    ('変', '变'),
    ('奨', '奖'),
    ('嬢', '娘'),
    ('実', '实'),
    ('寛', '宽'),
    ('対', '对'),
    ('専', '专'),
    // a vulgar variant of 逼 (`傻屄`), breaker round 76
    ('屄', '逼'),
    ('層', '层'),
    ('巣', '巢'),
    ('巻', '卷'),
    ('帯', '带'),
    ('帰', '归'),
    ('庁', '厅'),
    ('広', '广'),
    ('廃', '废'),
    ('弁', '办'),
    ('弐', '贰'),
    ('弾', '弹'),
    ('従', '从'),
    ('徳', '德'),
    ('徴', '征'),
    ('応', '应'),
    ('恵', '惠'),
    ('悩', '恼'),
    ('悪', '恶'),
    ('愽', '博'),
    ('戦', '战'),
    ('戯', '戏'),
    ('戻', '戾'),
    ('抜', '拔'),
    ('択', '择'),
    ('拝', '拜'),
    ('拠', '据'),
    ('拡', '扩'),
    ('挙', '举'),
    ('挿', '插'),
    ('捜', '搜'),
    ('掲', '揭'),
    ('揺', '摇'),
    ('摂', '摄'),
    ('撃', '击'),
    ('斉', '齐'),
    ('斎', '斋'),
    ('暁', '晓'),
    ('暦', '历'),
    ('栄', '荣'),
    ('桜', '樱'),
    ('桟', '栈'),
    ('検', '检'),
    ('楽', '乐'),
    ('様', '样'),
    ('権', '权'),
    ('欄', '栏'),
    ('歓', '欢'),
    ('歩', '步'),
    ('歯', '齿'),
    ('歳', '岁'),
    ('歴', '历'),
    ('殻', '壳'),
    ('毎', '每'),
    // a look-alike of 毒 that evasions write (`毐品`), breaker round 87
    ('毐', '毒'),
    ('気', '气'),
    ('氷', '冰'),
    ('沢', '泽'),
    ('浄', '净'),
    ('浜', '滨'),
    ('涙', '泪'),
    ('渇', '渴'),
    ('済', '济'),
    ('渉', '涉'),
    ('渋', '涩'),
    ('渓', '溪'),
    ('満', '满'),
    ('滝', '泷'),
    ('漢', '汉'),
    ('瀬', '濑'),
    ('為', '为'),
    ('焼', '烧'),
    ('犠', '牺'),
    ('猟', '猎'),
    ('獣', '兽'),
    ('畳', '叠'),
    ('発', '发'),
    ('眞', '真'),
    ('砕', '碎'),
    ('稲', '稻'),
    ('穂', '穗'),
    ('穏', '稳'),
    ('竜', '龙'),
    ('粋', '粹'),
    ('粛', '肃'),
    ('経', '经'),
    ('絵', '绘'),
    ('継', '继'),
    ('続', '续'),
    ('総', '总'),
    ('緑', '绿'),
    ('練', '练'),
    ('縁', '缘'),
    ('縄', '绳'),
    ('縦', '纵'),
    ('繊', '纤'),
    // non-standard variant of 群 (`羣體性事件`, `羣毆`), breaker round 87
    ('羣', '群'),
    ('聴', '听'),
    ('脳', '脑'),
    ('臓', '脏'),
    ('舗', '铺'),
    ('荘', '庄'),
    ('蔵', '藏'),
    ('薬', '药'),
    ('虜', '虏'),
    ('蛍', '萤'),
    ('衛', '卫'),
    ('覚', '觉'),
    ('覧', '览'),
    ('観', '观'),
    ('訳', '译'),
    ('証', '证'),
    ('読', '读'),
    ('謡', '谣'),
    ('譲', '让'),
    ('豊', '丰'),
    ('賓', '宾'),
    ('賛', '赞'),
    ('贈', '赠'),
    ('転', '转'),
    ('軽', '轻'),
    ('辺', '边'),
    ('逓', '递'),
    ('遅', '迟'),
    ('酔', '醉'),
    ('醸', '酿'),
    ('釈', '释'),
    ('鉄', '铁'),
    ('鉱', '矿'),
    ('銭', '钱'),
    ('鋳', '铸'),
    ('錬', '炼'),
    ('鎗', '枪'),
    ('鎮', '镇'),
    ('関', '关'),
    ('闘', '斗'),
    ('陥', '陷'),
    ('険', '险'),
    ('隠', '隐'),
    ('雑', '杂'),
    ('霊', '灵'),
    ('頻', '频'),
    ('頼', '赖'),
    ('類', '类'),
    ('駅', '驿'),
    ('駆', '驱'),
    ('騒', '骚'),
    ('験', '验'),
    ('髄', '髓'),
    ('髪', '发'),
    // variants of 斗 (`鬪毆`), breaker round 87
    ('鬪', '斗'),
    ('鬭', '斗'),
    ('鶏', '鸡'),
    ('黒', '黑'),
    ('黙', '默'),
    ('齢', '龄'),
];

/// Whether normalizer 4 changes `c` on its own (a bit lookup: asked of every ideograph).
pub fn convertible(c: char) -> bool {
    Convertible::get().contains(c)
}

/// The table behind [`convertible`], fetched once for a text's loop: reaching it through the
/// lazy static for every ideograph cost a tenth of normalization's time.
#[derive(Clone, Copy)]
pub struct Convertible(&'static [u64]);

impl Convertible {
    /// The table (built on first use).
    pub fn get() -> Convertible {
        Convertible(CONVERTIBLE.as_slice())
    }

    /// Whether normalizer 4 changes `c` on its own.
    #[inline]
    pub fn contains(self, c: char) -> bool {
        let cp = c as u32;
        cp < 0x10000 && self.0[cp as usize / 64] & (1 << (cp % 64)) != 0
    }
}

/// Converts `folded` to simplified Chinese. The result has exactly as many code points as the input;
/// if a conversion ever changed that, the input is returned unchanged rather than break the offsets.
pub fn to_simplified(folded: String) -> String {
    if !folded.chars().any(convertible) {
        return folded;
    }
    let mut converted = fast2s::convert(&folded);
    let standard = |c: char| {
        VARIANTS
            .binary_search_by_key(&c, |&(v, _)| v)
            .ok()
            .map(|i| VARIANTS[i].1)
    };
    if converted.chars().any(|c| standard(c).is_some()) {
        converted = converted
            .chars()
            .map(|c| standard(c).unwrap_or(c))
            .collect();
    }
    if converted.chars().count() == folded.chars().count() {
        converted
    } else {
        folded
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Kind: a banned word written with Japanese simplified forms, which are not Chinese and which
    /// traditional-to-simplified conversion leaves alone.
    #[test]
    fn japanese_forms_become_chinese() {
        assert_eq!(to_simplified("代开髪票".into()), "代开发票");
        assert_eq!(to_simplified("売銀行卡".into()), "卖银行卡");
        assert_eq!(to_simplified("覚醒剤弾薬".into()), "觉醒剂弹药");
        assert_eq!(
            to_simplified("氷毒渉密収购鎗支眞人".into()),
            "冰毒涉密收购枪支真人"
        );
        assert_eq!(to_simplified("毎年関爱黒车恵民".into()), "每年关爱黑车惠民");
        assert!(
            VARIANTS.windows(2).all(|w| w[0].0 < w[1].0),
            "sorted for binary search"
        );
    }

    #[test]
    fn traditional_becomes_simplified_with_the_same_length() {
        assert_eq!(to_simplified("網絡賭博".into()), "网络赌博");
        assert_eq!(to_simplified("專業辦假證".into()), "专业办假证");
        assert_eq!(to_simplified("abc".into()), "abc");
        assert_eq!(to_simplified("賭愽".into()), "赌博");
        assert_eq!(to_simplified("网上赌埸".into()), "网上赌场");
        assert_eq!(to_simplified("网络赌博".into()), "网络赌博");
        let s = "維西傈僳族自治縣人民政府發佈";
        assert_eq!(to_simplified(s.into()).chars().count(), s.chars().count());
    }
}
