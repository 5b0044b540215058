//! The `print`/`println` builtins' formatting (Go's runtime/print.go
//! behaviour): integers in decimal, floats in shortest round-trip `%g`
//! form, pointers in hex, strings as raw bytes. Output goes to fd 2,
//! one print statement at a time.

use std::io::Write;

pub fn int(buf: &mut Vec<u8>, v: i64) {
    let _ = write!(buf, "{v}");
}

pub fn uint(buf: &mut Vec<u8>, v: u64) {
    let _ = write!(buf, "{v}");
}

pub fn bool(buf: &mut Vec<u8>, v: bool) {
    buf.extend_from_slice(if v { b"true" } else { b"false" });
}

/// `0x` and lowercase hex; nil is `0x0`.
pub fn pointer(buf: &mut Vec<u8>, v: u64) {
    let _ = write!(buf, "{v:#x}");
}

/// A float64 (or, with `bits` 32, a float32 held as float64) as Go
/// prints it: `strconv.FormatFloat(v, 'g', -1, bits)`.
pub fn float(buf: &mut Vec<u8>, v: f64, bits: u32) {
    if v.is_nan() {
        buf.extend_from_slice(b"NaN");
        return;
    }
    if v.is_infinite() {
        buf.extend_from_slice(if v > 0.0 { b"+Inf" } else { b"-Inf" });
        return;
    }
    // Rust's `{:e}` finds how many digits the shortest round-trip form
    // needs, and one such form. When the value rounded to that many
    // digits (half to even, as Rust's fixed precision does) also
    // round-trips, Go prints that one (strconv's roundShortest rounds the
    // exact value when both directions stay in the interval); otherwise
    // the shortest form is the only candidate.
    let shortest = if bits == 32 {
        format!("{:e}", v as f32)
    } else {
        format!("{v:e}")
    };
    let mantissa = shortest.split('e').next().unwrap_or("");
    let prec = mantissa
        .chars()
        .filter(char::is_ascii_digit)
        .count()
        .saturating_sub(1);
    let nearest = if bits == 32 {
        format!("{:.*e}", prec, v as f32)
    } else {
        format!("{:.*e}", prec, v)
    };
    let round_trips = if bits == 32 {
        nearest.parse::<f32>() == Ok(v as f32)
    } else {
        nearest.parse::<f64>() == Ok(v)
    };
    let e = if round_trips { nearest } else { shortest };
    let (neg, e) = match e.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, e.as_str()),
    };
    let (mant, exp) = e.split_once('e').expect("{:e} has an exponent");
    let exp: i32 = exp.parse().expect("{:e} exponent is an integer");
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    if neg {
        buf.push(b'-');
    }
    // With shortest digits, strconv's %g decides on precision 6: the
    // exponent form iff the decimal exponent is < -4 or >= 6.
    if !(-4..6).contains(&exp) {
        buf.push(digits.as_bytes()[0]);
        if digits.len() > 1 {
            buf.push(b'.');
            buf.extend_from_slice(&digits.as_bytes()[1..]);
        }
        let _ = write!(buf, "e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
        return;
    }
    if exp < 0 {
        buf.extend_from_slice(b"0.");
        buf.extend(std::iter::repeat_n(b'0', (-exp - 1) as usize));
        buf.extend_from_slice(digits.as_bytes());
        return;
    }
    let int_len = (exp + 1) as usize;
    if digits.len() <= int_len {
        buf.extend_from_slice(digits.as_bytes());
        buf.extend(std::iter::repeat_n(b'0', int_len - digits.len()));
    } else {
        buf.extend_from_slice(&digits.as_bytes()[..int_len]);
        buf.push(b'.');
        buf.extend_from_slice(&digits.as_bytes()[int_len..]);
    }
}

/// A complex number as Go prints it: `(re+imi)`, each part as [`float`]
/// (`bits` 32 for complex64), the imaginary part always signed.
pub fn complex(buf: &mut Vec<u8>, re: f64, im: f64, bits: u32) {
    buf.push(b'(');
    float(buf, re, bits);
    let at = buf.len();
    float(buf, im, bits);
    if !matches!(buf[at], b'+' | b'-') {
        buf.insert(at, b'+');
    }
    buf.extend_from_slice(b"i)");
}

/// Writes one finished print statement to fd 2 (unbuffered, as Go's
/// runtime writes).
pub fn write_stderr(b: &[u8]) {
    let _ = std::io::stderr().write_all(b);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64, bits: u32) -> String {
        let mut b = Vec::new();
        float(&mut b, v, bits);
        String::from_utf8(b).unwrap()
    }

    #[test]
    fn floats_print_as_go() {
        // Two shortest candidates (2209345.2 and .3 both round-trip the
        // float32 2209345.25): Go rounds the exact value half to even.
        assert_eq!(f(2209345.25, 32), "2.2093452e+06");
        // The nearest 8-digit value does not round-trip: the shortest one.
        assert_eq!(f(1.5474251e26f32 as f64, 32), "1.5474251e+26");
        assert_eq!(f(0.1, 64), "0.1");
        assert_eq!(f(1.0 / 3.0, 32), "0.33333334");
        assert_eq!(f(1e21, 64), "1e+21");
        assert_eq!(f(123456.0, 64), "123456");
        assert_eq!(f(-0.0, 64), "-0");
        assert_eq!(f(5e-324, 64), "5e-324");
    }
}
