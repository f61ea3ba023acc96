//! Normalizer 3b: Cyrillic and Greek letters that look like Latin ones fold to the Latin letter,
//! symbols drawn as a plus sign to `+`, and animal emoji written for the character they picture to
//! that character (`🐶官` is 狗官, `草泥🐴` is 草泥马).
//!
//! `加νх` (Greek nu, Cyrillic ha) reads as `加vx`, `➕V` as `+v` (an ads lexicon term). Applied after lower-casing, character for
//! character, so offsets stay valid. Only lookalikes in lower case are listed (the text is already
//! lower case); the table is the usual confusables of the two scripts, not a full transliteration,
//! so Russian or Greek text is otherwise left alone.

/// The Latin letter `c` looks like, or `c` itself.
pub fn fold(c: char) -> char {
    if let Some(l) = enclosed_letter(c) {
        return l;
    }
    match c {
        // Cyrillic
        'а' => 'a',
        'в' => 'b',
        'е' | 'ё' => 'e',
        'һ' => 'h',
        'і' => 'i',
        'ј' => 'j',
        'к' => 'k',
        'м' => 'm',
        'н' => 'h',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'т' => 't',
        'у' => 'y',
        'х' => 'x',
        'ѕ' => 's',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'ѵ' => 'v',
        'ь' => 'b',
        // Greek
        'α' => 'a',
        'β' => 'b',
        'ε' => 'e',
        'ι' => 'i',
        'κ' => 'k',
        'ν' => 'v',
        'ο' => 'o',
        'ρ' => 'p',
        'τ' => 't',
        'υ' => 'u',
        'χ' => 'x',
        'γ' => 'y',
        // heavy and outlined plus signs, written for 加 (`➕V`, `✚微信`)
        // small capitals, as fancy-font generators write letters (`ᴛᴍᴅ`, `ꜰʟɢ`: breaker round 87)
        'ᴀ' => 'a',
        'ʙ' => 'b',
        'ᴄ' => 'c',
        'ᴅ' => 'd',
        'ᴇ' => 'e',
        'ꜰ' => 'f',
        'ɢ' => 'g',
        'ʜ' => 'h',
        'ɪ' => 'i',
        'ᴊ' => 'j',
        'ᴋ' => 'k',
        'ʟ' => 'l',
        'ᴍ' => 'm',
        'ɴ' => 'n',
        'ᴏ' => 'o',
        'ᴘ' => 'p',
        'ǫ' => 'q',
        'ʀ' => 'r',
        'ꜱ' => 's',
        'ᴛ' => 't',
        'ᴜ' => 'u',
        'ᴠ' => 'v',
        'ᴡ' => 'w',
        'ʏ' => 'y',
        'ᴢ' => 'z',
        // katakana drawn like the ideographs they stand in for (`王ハ蛋`, `拖欠エ资`: breaker
        // round 87)
        'ハ' => '八',
        'エ' => '工',
        'ロ' => '口',
        'ニ' => '二',
        '➕' | '✚' | '✙' | '✛' | '✜' | '🞡' | '🞢' | '🞣' | '🞤' => '+',
        // pictures written for the character they show, in abuse (`🐶官`, `🐷头`, `草泥🐴`)
        '🐶' | '🐕' | '🐩' => '狗',
        '🐷' | '🐖' => '猪',
        '🐴' | '🐎' => '马',
        '💩' => '屎',
        _ => c,
    }
}

/// The lower-case ASCII letter of a squared or negative circled or squared capital (`🄰`, `🅐`, `🅰`,
/// U+1F130–U+1F189), which Unicode gives no compatibility decomposition, so NFKC leaves them:
/// `加🅥🅧`, `加🆅🆇` are `加vx` (breaker round 65).
pub fn enclosed_letter(c: char) -> Option<char> {
    let base = match c {
        '\u{1F130}'..='\u{1F149}' => 0x1F130,
        '\u{1F150}'..='\u{1F169}' => 0x1F150,
        '\u{1F170}'..='\u{1F189}' => 0x1F170,
        _ => return None,
    };
    char::from_u32(c as u32 - base + 'a' as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn animal_emoji_read_as_their_character() {
        let s: String = "🐶官草泥🐴吃💩🐷头".chars().map(fold).collect();
        assert_eq!(s, "狗官草泥马吃屎猪头");
    }

    #[test]
    fn lookalikes_fold_to_latin() {
        let s: String = "加νх加ѵx加qԛ傻ь".chars().map(fold).collect();
        assert_eq!(s, "加vx加vx加qq傻b");
        let s: String = "➕v✚微信".chars().map(fold).collect();
        assert_eq!(s, "+v+微信");
        assert_eq!(fold('中'), '中');
        assert_eq!(fold('д'), 'д', "letters without a Latin lookalike stay");
        let s: String = "加🅥🅧加🆅🆇加🅅🅇".chars().map(fold).collect();
        assert_eq!(s, "加vx加vx加vx");
    }
}
