//! Values of Go literals, as `go/constant.MakeFromLiteral` computes them:
//! integers as `strconv.ParseInt`/`big.Int.SetString` with base 0 read them,
//! floats as `big.Float.SetString` (512 bits) followed by an exact
//! `big.Rat.SetString` when the value is of reasonable size, runes as
//! `strconv.UnquoteChar` and strings as `strconv.Unquote`.

use num_bigint::{BigInt, BigUint};
use num_rational::BigRational;
use num_traits::{One, Zero};

use super::bigfloat::{BigFloat, MAX_EXP, MIN_EXP, Mode, PREC};

fn digit_val(c: u8) -> Option<u32> {
    match c {
        b'0'..=b'9' => Some((c - b'0') as u32),
        b'a'..=b'z' => Some((c - b'a' + 10) as u32),
        b'A'..=b'Z' => Some((c - b'A' + 10) as u32),
        _ => None,
    }
}

/// A scanned mantissa (math/big's `nat.scan` with base 0).
struct Mantissa {
    value: BigUint,
    base: u32,
    /// Number of digits after the radix point (0 without one).
    frac_digits: i64,
    /// Bytes consumed.
    len: usize,
}

/// Scans a mantissa with an optional base prefix. With `frac_ok` a leading
/// "0" is a decimal digit and a radix point is allowed; without it a
/// leading "0" is the octal prefix. Underscores must follow a digit or a
/// base prefix, and must not end the mantissa.
fn scan_mantissa(s: &[u8], frac_ok: bool) -> Option<Mantissa> {
    let mut i = 0;
    let mut base = 10;
    let mut octal_zero = false;
    // prev: b'.' (anything else), b'0' (a digit or prefix), b'_'.
    let mut prev = b'.';
    let mut count = 0usize;
    if s.first() == Some(&b'0') {
        prev = b'0';
        i = 1;
        match s.get(1) {
            Some(b'b' | b'B') => base = 2,
            Some(b'o' | b'O') => base = 8,
            Some(b'x' | b'X') => base = 16,
            _ if !frac_ok => {
                base = 8;
                octal_zero = true;
            }
            _ => {}
        }
        if base != 10 {
            if !octal_zero {
                i = 2;
            }
        } else {
            // "0" is a decimal digit: rescan it below.
            i = 0;
            prev = b'.';
        }
    }
    let mut value = BigUint::zero();
    let mut inval_sep = false;
    let mut dot: Option<usize> = None;
    // Accumulate digits in a u64 chunk to avoid a big multiply per digit.
    let (mut chunk, mut chunk_mul) = (0u64, 1u64);
    while i < s.len() {
        let c = s[i];
        if c == b'.' && frac_ok && dot.is_none() {
            dot = Some(count);
            prev = b'.';
        } else if c == b'_' {
            if prev != b'0' {
                inval_sep = true;
            }
            prev = b'_';
        } else {
            match digit_val(c) {
                Some(d) if d < base => {
                    prev = b'0';
                    count += 1;
                    chunk = chunk * base as u64 + d as u64;
                    chunk_mul *= base as u64;
                    if chunk_mul >= 1 << 56 {
                        value = value * chunk_mul + chunk;
                        chunk = 0;
                        chunk_mul = 1;
                    }
                }
                _ => break,
            }
        }
        i += 1;
    }
    value = value * chunk_mul + chunk;
    if count == 0 {
        if octal_zero {
            // Only the octal prefix "0": the value 0.
            return Some(Mantissa {
                value,
                base: 10,
                frac_digits: 0,
                len: i,
            });
        }
        return None; // no digits
    }
    if inval_sep || prev == b'_' {
        return None;
    }
    let frac_digits = dot.map_or(0, |d| (count - d) as i64);
    Some(Mantissa {
        value,
        base,
        frac_digits,
        len: i,
    })
}

/// The exponent part (math/big's `scanExponent`): base (10 for e/E, 2 for
/// p/P) and value; (10, 0) when absent. None if malformed or out of int64.
fn scan_exponent(s: &[u8]) -> Option<(u32, i64, usize)> {
    let base = match s.first() {
        None => return Some((10, 0, 0)),
        Some(b'e' | b'E') => 10,
        Some(b'p' | b'P') => 2,
        Some(_) => return Some((10, 0, 0)),
    };
    let mut i = 1;
    let mut neg = false;
    if let Some(&c @ (b'+' | b'-')) = s.get(1) {
        neg = c == b'-';
        i = 2;
    }
    let mut digits = String::new();
    if neg {
        digits.push('-');
    }
    let mut prev = b'.';
    let mut inval_sep = false;
    let mut has_digits = false;
    while i < s.len() {
        let c = s[i];
        if c.is_ascii_digit() {
            digits.push(c as char);
            prev = b'0';
            has_digits = true;
        } else if c == b'_' {
            if prev != b'0' {
                inval_sep = true;
            }
            prev = b'_';
        } else {
            break;
        }
        i += 1;
    }
    if !has_digits {
        return None;
    }
    let exp: i64 = digits.parse().ok()?;
    if inval_sep || prev == b'_' {
        return None;
    }
    Some((base, exp, i))
}

/// An integer literal (decimal, 0x, 0o, 0b or 0-octal, with underscores).
pub fn parse_int(text: &str) -> Option<BigInt> {
    let (neg, text) = strip_sign(text);
    let m = scan_mantissa(text.as_bytes(), false)?;
    if m.len != text.len() {
        return None;
    }
    let v = BigInt::from(m.value);
    Some(if neg { -v } else { v })
}

/// go/constant accepts a sign (Go's literal tokens never have one).
fn strip_sign(text: &str) -> (bool, &str) {
    if let Some(t) = text.strip_prefix('-') {
        (true, t)
    } else {
        (false, text.strip_prefix('+').unwrap_or(text))
    }
}

/// A float constant as go/constant represents it.
pub enum FloatLit {
    Rat(BigRational),
    Big(BigFloat),
}

/// A floating-point literal (also the mantissa of an imaginary literal).
/// None if malformed or if the value overflows (math/big's Inf).
pub fn parse_float(text: &str) -> Option<FloatLit> {
    let (neg, text) = strip_sign(text);
    Some(match parse_unsigned_float(text)? {
        FloatLit::Rat(r) if neg => FloatLit::Rat(-r),
        FloatLit::Big(f) if neg => FloatLit::Big(f.neg()),
        f => f,
    })
}

fn parse_unsigned_float(text: &str) -> Option<FloatLit> {
    let s = text.as_bytes();
    let m = scan_mantissa(s, true)?;
    let (ebase, exp, elen) = scan_exponent(&s[m.len..])?;
    if m.len + elen != s.len() {
        return None;
    }
    if m.value.is_zero() {
        return Some(FloatLit::Rat(BigRational::zero()));
    }

    // big.Float.scan: the mantissa as 0.1xxx × 2^exp2, times 5^exp5.
    let mut exp2 = m.value.bits() as i64;
    let mut exp5 = 0i64;
    let d = -m.frac_digits;
    match m.base {
        10 => {
            exp5 = d;
            exp2 = exp2.wrapping_add(d);
        }
        2 => exp2 = exp2.wrapping_add(d),
        8 => exp2 = exp2.wrapping_add(d.wrapping_mul(3)),
        16 => exp2 = exp2.wrapping_add(d.wrapping_mul(4)),
        _ => unreachable!(),
    }
    if ebase == 10 {
        exp5 = exp5.wrapping_add(exp);
    }
    exp2 = exp2.wrapping_add(exp);
    if !(MIN_EXP..=MAX_EXP).contains(&exp2) {
        return None; // "exponent overflow"
    }
    let bits = m.value.bits() as i64;
    let f = if exp5 == 0 {
        BigFloat::round(
            false,
            m.value.clone(),
            exp2 - bits,
            false,
            PREC,
            Mode::NearestEven,
        )
    } else {
        let z = BigFloat::exact(false, m.value.clone(), exp2 - bits);
        let p = BigFloat::pow5(exp5.unsigned_abs(), PREC + 64);
        if exp5 < 0 {
            z.quo(&p, PREC)
        } else {
            z.mul(&p, PREC)
        }
    };
    if f.is_inf() {
        return None;
    }
    if !small_float(&f) {
        return Some(FloatLit::Big(f));
    }
    if f.is_zero() {
        // Underflow (go.dev/issue/20228): don't compute a huge fraction.
        return Some(FloatLit::Rat(BigRational::zero()));
    }
    // Exact value: value × base^(-frac_digits) × ebase^exp.
    let mut num = BigInt::from(m.value);
    let mut den = BigInt::one();
    let mut pow2 = 0i64;
    let mut pow10 = 0i64;
    match m.base {
        10 => pow10 -= m.frac_digits,
        2 => pow2 -= m.frac_digits,
        8 => pow2 -= 3 * m.frac_digits,
        _ => pow2 -= 4 * m.frac_digits,
    }
    if ebase == 10 {
        pow10 += exp;
    } else {
        pow2 += exp;
    }
    if pow10 >= 0 {
        num *= num_traits::pow(BigInt::from(10), pow10 as usize);
    } else {
        den *= num_traits::pow(BigInt::from(10), (-pow10) as usize);
    }
    if pow2 >= 0 {
        num <<= pow2 as u64;
    } else {
        den <<= (-pow2) as u64;
    }
    Some(FloatLit::Rat(BigRational::new(num, den)))
}

/// Permit fractions with component sizes up to this many bits before
/// switching to floating-point (go/constant's `maxExp`).
pub const MAX_EXP_RAT: i64 = 4 << 10;

/// go/constant's `smallFloat`.
pub fn small_float(f: &BigFloat) -> bool {
    if f.is_inf() {
        return false;
    }
    let e = f.mant_exp();
    -MAX_EXP_RAT < e && e < MAX_EXP_RAT
}

/// Decodes one UTF-8 sequence as Go's `utf8.DecodeRune` does:
/// (U+FFFD, 1) for an invalid one.
pub fn decode_rune(s: &[u8]) -> (u32, usize) {
    let n = match s.first() {
        None => return (0xFFFD, 0),
        Some(&c) if c < 0x80 => return (c as u32, 1),
        Some(&c) if c >= 0xF0 => 4,
        Some(&c) if c >= 0xE0 => 3,
        Some(_) => 2,
    };
    if s.len() >= n
        && let Ok(st) = std::str::from_utf8(&s[..n])
        && let Some(ch) = st.chars().next()
    {
        return (ch as u32, n);
    }
    (0xFFFD, 1)
}

/// Go's `strconv.UnquoteChar`: the first character or escape of `s`, whether
/// it must be UTF-8 encoded (false for `\x` and octal escapes and ASCII), and
/// the rest.
fn unquote_char(s: &[u8], quote: u8) -> Option<(u32, bool, &[u8])> {
    let c = *s.first()?;
    if c == quote && (quote == b'\'' || quote == b'"') {
        return None;
    }
    if c >= 0x80 {
        let (r, size) = decode_rune(s);
        return Some((r, true, &s[size..]));
    }
    if c != b'\\' {
        return Some((c as u32, false, &s[1..]));
    }
    let c = *s.get(1)?;
    let s = &s[2..];
    let simple = |v: u8| Some((v as u32, false, s));
    match c {
        b'a' => simple(7),
        b'b' => simple(8),
        b'f' => simple(12),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        b'v' => simple(11),
        b'x' | b'u' | b'U' => {
            let n = match c {
                b'x' => 2,
                b'u' => 4,
                _ => 8,
            };
            if s.len() < n {
                return None;
            }
            let mut v: u32 = 0;
            for &d in &s[..n] {
                let d = (d as char).to_digit(16)?;
                v = (v << 4) | d;
            }
            if c == b'x' {
                return Some((v, false, &s[n..]));
            }
            if v > 0x10FFFF || (0xD800..0xE000).contains(&v) {
                return None;
            }
            Some((v, true, &s[n..]))
        }
        b'0'..=b'7' => {
            let mut v = (c - b'0') as u32;
            if s.len() < 2 {
                return None;
            }
            for &d in &s[..2] {
                if !(b'0'..=b'7').contains(&d) {
                    return None;
                }
                v = (v << 3) | (d - b'0') as u32;
            }
            if v > 255 {
                return None;
            }
            Some((v, false, &s[2..]))
        }
        b'\\' => simple(b'\\'),
        b'\'' | b'"' if c == quote => simple(c),
        _ => None,
    }
}

/// A rune literal's value (quotes included in `text`).
pub fn parse_rune(text: &str) -> Option<i64> {
    let s = text.as_bytes();
    if s.len() < 2 {
        return None;
    }
    let (r, _, _) = unquote_char(&s[1..s.len() - 1], b'\'')?;
    Some(r as i64)
}

/// A string literal's bytes (Go's `strconv.Unquote`): raw strings lose
/// their carriage returns; `\x` and octal escapes give single bytes.
pub fn parse_string(text: &str) -> Option<Vec<u8>> {
    let s = text.as_bytes();
    if s.len() < 2 {
        return None;
    }
    let quote = s[0];
    let body = &s[1..];
    match quote {
        b'`' => {
            let end = body.iter().position(|&c| c == b'`')?;
            if end + 2 != s.len() {
                return None;
            }
            Some(
                body[..end]
                    .iter()
                    .copied()
                    .filter(|&c| c != b'\r')
                    .collect(),
            )
        }
        b'"' => {
            let mut out = Vec::with_capacity(s.len());
            let mut rest = body;
            while let Some(&c) = rest.first() {
                if c == b'"' {
                    break;
                }
                if c == b'\n' {
                    return None;
                }
                let (r, multibyte, rem) = unquote_char(rest, b'"')?;
                rest = rem;
                if r < 0x80 || !multibyte {
                    out.push(r as u8);
                } else {
                    let ch = char::from_u32(r).unwrap_or('\u{FFFD}');
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
            }
            if rest != b"\"" {
                return None;
            }
            Some(out)
        }
        _ => None,
    }
}
