//! Normalizer 3: lower case, so `VX`, `Vx` and `vx` are one term.

/// Appends the lower case of `c` to `out` (may be more than one character, e.g. `İ`).
pub fn fold_into(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if super::width::is_unified_ideograph(c) {
        out.push(c); // ideographs have no case; skips a slow table lookup on most of the text
    } else {
        out.extend(c.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_fold_to_lower_case() {
        let mut s = String::new();
        "VxQQ中Ä".chars().for_each(|c| fold_into(c, &mut s));
        assert_eq!(s, "vxqq中ä");
    }
}
