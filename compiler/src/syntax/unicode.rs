//! Go's character classes and Go's formatting of runes in messages.
//!
//! Go's `unicode.IsLetter` is the general categories L*; `unicode.IsDigit`
//! is Nd. Rust's `char::is_alphabetic`/`is_numeric` use other properties,
//! so we go by general category. `%#U` and `%q` follow Go's fmt.

use unicode_general_category::{GeneralCategory as C, get_general_category};

pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    matches!(
        get_general_category(c),
        C::UppercaseLetter
            | C::LowercaseLetter
            | C::TitlecaseLetter
            | C::ModifierLetter
            | C::OtherLetter
    )
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    get_general_category(c) == C::DecimalNumber
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols
/// and the ASCII space.
pub fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_ascii() {
        return c.is_ascii_graphic();
    }
    !matches!(
        get_general_category(c),
        C::SpaceSeparator
            | C::LineSeparator
            | C::ParagraphSeparator
            | C::Control
            | C::Format
            | C::Surrogate
            | C::PrivateUse
            | C::Unassigned
    )
}

/// Go's `fmt.Sprintf("%#U", c)`: `U+0040 '@'`, or just `U+0000` when not printable.
pub fn unicode_u(c: char) -> String {
    if is_print(c) {
        format!("U+{:04X} '{}'", c as u32, c)
    } else {
        format!("U+{:04X}", c as u32)
    }
}

/// `%#U` of a code point that may not be a valid char.
pub fn unicode_u_u32(x: u32) -> String {
    match char::from_u32(x) {
        Some(c) => unicode_u(c),
        None => format!("U+{x:04X}"),
    }
}

/// Go's `strconv.QuoteRune`, as `%q` prints a rune.
pub fn quote_rune(c: char) -> String {
    let body = match c {
        '\'' => "\\'".to_string(),
        '\\' => "\\\\".to_string(),
        '\x07' => "\\a".to_string(),
        '\x08' => "\\b".to_string(),
        '\x0c' => "\\f".to_string(),
        '\n' => "\\n".to_string(),
        '\r' => "\\r".to_string(),
        '\t' => "\\t".to_string(),
        '\x0b' => "\\v".to_string(),
        c if is_print(c) => c.to_string(),
        c if (c as u32) < 0x80 => format!("\\x{:02x}", c as u32),
        c if (c as u32) <= 0xFFFF => format!("\\u{:04x}", c as u32),
        c => format!("\\U{:08x}", c as u32),
    };
    format!("'{body}'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_like_go() {
        assert_eq!(unicode_u('@'), "U+0040 '@'");
        assert_eq!(unicode_u('\0'), "U+0000");
        assert_eq!(quote_rune('8'), "'8'");
        assert_eq!(quote_rune('\n'), "'\\n'");
        assert_eq!(quote_rune('\''), "'\\''");
        assert!(is_letter('é') && is_letter('ä') && !is_letter('٣'));
        assert!(is_digit('٣'));
    }
}
