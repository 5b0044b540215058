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
    // Rust's `{:e}` prints the shortest digits that round-trip at the
    // given width, as d[.ddd]e[-]x: the same digits strconv's shortest
    // mode finds.
    let e = if bits == 32 {
        format!("{:e}", v as f32)
    } else {
        format!("{v:e}")
    };
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
