//! Go's text forms that go/constant's `String` uses: `fmt`'s `%g` and
//! `%.6g` of a float64 and `strconv.Quote` of a string.

use num_bigint::BigUint;
use num_traits::One;
use unicode_general_category::{GeneralCategory as C, get_general_category};

use super::bigfloat::decompose_f64;
use super::literal::decode_rune;

/// Decimal digits `d1 d2 ... dn` (no trailing zeros) and the position of
/// the decimal point: the value is `0.d1d2...dn × 10^dp`.
struct Digits {
    d: Vec<u8>,
    dp: i64,
}

/// The shortest digits that read back as `x` (x finite, nonzero).
fn shortest(x: f64) -> Digits {
    // Rust's `{:e}` gives the shortest round-tripping digits, as Go's
    // shortest formatting does: "d.ddde[-]x".
    let s = format!("{:e}", x.abs());
    let (mant, exp) = s.split_once('e').expect("exponent");
    let exp: i64 = exp.parse().expect("exponent");
    let d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    let mut d = d;
    while d.len() > 1 && d.last() == Some(&b'0') {
        d.pop();
    }
    Digits { d, dp: exp + 1 }
}

/// `x` (finite, nonzero) rounded to `n` significant decimal digits, exactly
/// and half to even (as strconv does), trailing zeros dropped.
fn fixed(x: f64, n: usize) -> Digits {
    let (_, m, e2) = decompose_f64(x.abs());
    // Value = m × 2^e2. Estimate the decimal exponent k with 10^k ≤ v < 10^(k+1).
    let mut k = (x.abs().log10()).floor() as i64;
    let ten = BigUint::from(10u32);
    loop {
        // q = floor(v × 10^(n-1-k)), with the remainder as num/den.
        let s = n as i64 - 1 - k;
        let mut num = BigUint::from(m);
        let mut den = BigUint::one();
        if e2 >= 0 {
            num <<= e2 as u64;
        } else {
            den <<= (-e2) as u64;
        }
        if s >= 0 {
            num *= num_traits::pow(ten.clone(), s as usize);
        } else {
            den *= num_traits::pow(ten.clone(), (-s) as usize);
        }
        let q = &num / &den;
        let r = &num - &q * &den;
        let lo = num_traits::pow(ten.clone(), n - 1);
        let hi = &lo * &ten;
        if q >= hi {
            k += 1;
            continue;
        }
        if q < lo {
            k -= 1;
            continue;
        }
        let twice = &r << 1u32;
        let up = twice > den || (twice == den && q.bit(0));
        let mut q = q;
        let mut dp = k + 1;
        if up {
            q += 1u32;
            if q == hi {
                q = lo;
                dp += 1;
            }
        }
        let mut d = q.to_string().into_bytes();
        while d.len() > 1 && d.last() == Some(&b'0') {
            d.pop();
        }
        return Digits { d, dp };
    }
}

/// strconv's `%e`/`%f`/`%g` layout of `digits` (Go's `fmtEFG` for 'g').
fn fmt_g(neg: bool, digs: &Digits, prec: usize, shortest: bool) -> String {
    let nd = digs.d.len() as i64;
    let dp = digs.dp;
    let mut prec = prec as i64;
    let mut eprec = prec;
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    if shortest {
        eprec = 6;
    }
    let exp = dp - 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if exp < -4 || exp >= eprec {
        if prec > nd {
            prec = nd;
        }
        prec -= 1;
        // %e: d.ddddde±dd
        out.push(digs.d[0] as char);
        if prec > 0 {
            out.push('.');
            let m = nd.min(prec + 1);
            for &c in &digs.d[1..m as usize] {
                out.push(c as char);
            }
            for _ in m..prec + 1 {
                out.push('0');
            }
        }
        out.push('e');
        let (sign, e) = if exp < 0 { ('-', -exp) } else { ('+', exp) };
        out.push(sign);
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    } else {
        if prec > dp {
            prec = nd;
        }
        let frac = (prec - dp).max(0);
        // %f with `frac` digits after the point.
        if dp > 0 {
            for i in 0..dp {
                out.push(if i < nd {
                    digs.d[i as usize] as char
                } else {
                    '0'
                });
            }
        } else {
            out.push('0');
        }
        if frac > 0 {
            out.push('.');
            for i in 0..frac {
                let j = dp + i;
                out.push(if (0..nd).contains(&j) {
                    digs.d[j as usize] as char
                } else {
                    '0'
                });
            }
        }
    }
    out
}

/// Go's `fmt.Sprintf("%g", x)` for a finite x.
pub fn fmt_g_shortest(x: f64) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    let digs = shortest(x);
    let nd = digs.d.len();
    fmt_g(x < 0.0, &digs, nd, true)
}

/// Go's `fmt.Sprintf("%.<prec>g", x)` for a finite x.
pub fn fmt_g_prec(x: f64, prec: usize) -> String {
    let prec = prec.max(1);
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    let digs = fixed(x, prec);
    fmt_g(x < 0.0, &digs, prec, false)
}

/// Code points that Go 1.27 (Unicode 17.0) prints but whose general
/// category the `unicode-general-category` tables (Unicode 16.0) don't
/// know yet. Found by comparing `strconv.IsPrint` over all runes with
/// [`is_print`]'s category test.
const UNICODE_17_PRINT: &[(u32, u32)] = &[
    (0x88F, 0x88F),
    (0xC5C, 0xC5C),
    (0xCDC, 0xCDC),
    (0x1ACF, 0x1ADD),
    (0x1AE0, 0x1AEB),
    (0x20C1, 0x20C1),
    (0x2B96, 0x2B96),
    (0xA7CE, 0xA7CF),
    (0xA7D2, 0xA7D2),
    (0xA7D4, 0xA7D4),
    (0xA7F1, 0xA7F1),
    (0xFBC3, 0xFBD2),
    (0xFD90, 0xFD91),
    (0xFDC8, 0xFDCE),
    (0x10940, 0x10959),
    (0x10EC5, 0x10EC7),
    (0x10ED0, 0x10ED8),
    (0x10EFA, 0x10EFB),
    (0x11B60, 0x11B67),
    (0x11DB0, 0x11DDB),
    (0x11DE0, 0x11DE9),
    (0x16EA0, 0x16EB8),
    (0x16EBB, 0x16ED3),
    (0x16FF2, 0x16FF6),
    (0x187F8, 0x187FF),
    (0x18D09, 0x18D1E),
    (0x18D80, 0x18DF2),
    (0x1CCFA, 0x1CCFC),
    (0x1CEBA, 0x1CED0),
    (0x1CEE0, 0x1CEF0),
    (0x1E6C0, 0x1E6DE),
    (0x1E6E0, 0x1E6F5),
    (0x1E6FE, 0x1E6FF),
    (0x1F6D8, 0x1F6D8),
    (0x1F777, 0x1F77A),
    (0x1F8D0, 0x1F8D8),
    (0x1FA54, 0x1FA57),
    (0x1FA8A, 0x1FA8A),
    (0x1FA8E, 0x1FA8E),
    (0x1FAC8, 0x1FAC8),
    (0x1FACD, 0x1FACD),
    (0x1FAEA, 0x1FAEA),
    (0x1FAEF, 0x1FAEF),
    (0x1FBFA, 0x1FBFA),
    (0x2B73A, 0x2B73F),
    (0x2CEA2, 0x2CEAD),
    (0x323B0, 0x33479),
];

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols
/// and the ASCII space.
fn is_print(r: char) -> bool {
    if r == ' ' {
        return true;
    }
    let u = r as u32;
    if UNICODE_17_PRINT
        .iter()
        .any(|&(lo, hi)| (lo..=hi).contains(&u))
    {
        return true;
    }
    !matches!(
        get_general_category(r),
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

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";

/// Go's `strconv.Quote` of a byte string.
pub fn quote(s: &[u8]) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut i = 0;
    while i < s.len() {
        let (r, width) = decode_rune(&s[i..]);
        if width == 1 && r == 0xFFFD {
            out.push_str("\\x");
            out.push(LOWER_HEX[(s[i] >> 4) as usize] as char);
            out.push(LOWER_HEX[(s[i] & 0xF) as usize] as char);
            i += 1;
            continue;
        }
        i += width;
        let ch = char::from_u32(r).expect("decoded rune");
        if ch == '"' || ch == '\\' {
            out.push('\\');
            out.push(ch);
            continue;
        }
        if is_print(ch) {
            out.push(ch);
            continue;
        }
        match ch {
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            _ if r < 0x20 || r == 0x7f => {
                out.push_str("\\x");
                out.push(LOWER_HEX[(r >> 4) as usize] as char);
                out.push(LOWER_HEX[(r & 0xF) as usize] as char);
            }
            _ if r < 0x10000 => out.push_str(&format!("\\u{r:04x}")),
            _ => out.push_str(&format!("\\U{r:08x}")),
        }
    }
    out.push('"');
    out
}

/// go/constant's shortened quoted form: at most 72 runes, the last three
/// of them "..." when cut.
pub fn quote_short(s: &[u8]) -> String {
    const MAX_LEN: usize = 72;
    let q = quote(s);
    if q.chars().count() > MAX_LEN {
        let end = q
            .char_indices()
            .nth(MAX_LEN - 3)
            .map_or(q.len(), |(i, _)| i);
        return format!("{}...", &q[..end]);
    }
    q
}
