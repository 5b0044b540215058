//! Float-to-integer conversions with amd64's results, which gc's code
//! gives for values out of range (the spec leaves them
//! implementation-defined; programs print them).

/// `int64(f)`: CVTTSD2SQ; NaN and out-of-range give 0x8000000000000000.
pub fn f64_to_i64(f: f64) -> i64 {
    const LIMIT: f64 = 9_223_372_036_854_775_808.0; // 2^63
    if f.is_nan() || !(-LIMIT..LIMIT).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

/// `int32(f)`: CVTTSD2SL; NaN and out-of-range give 0x80000000. gc
/// converts to int8, int16, uint8 and uint16 through it too (uint32
/// goes through int64).
pub fn f64_to_i32(f: f64) -> i32 {
    const LIMIT: f64 = 2_147_483_648.0; // 2^31
    if f.is_nan() || !(-LIMIT..LIMIT).contains(&f) {
        i32::MIN
    } else {
        f as i32
    }
}

/// `uint64(f)` as gc compiles it on amd64: below 2^63 a signed
/// conversion; otherwise convert `f - 2^63` and set the top bit.
pub fn f64_to_u64(f: f64) -> u64 {
    const TWO63: f64 = 9_223_372_036_854_775_808.0;
    if f < TWO63 {
        f64_to_i64(f) as u64
    } else {
        (f64_to_i64(f - TWO63) as u64) | (1 << 63)
    }
}

/// Go's `min` of two floats: NaN if either is, and -0 below +0.
pub fn go_min(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        // Equal: only the zeros' signs can differ; -0 is the smaller.
        return if x.is_sign_negative() { x } else { y };
    }
    if x < y { x } else { y }
}

/// Go's `max` of two floats: NaN if either is, and +0 above -0.
pub fn go_max(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == y {
        return if x.is_sign_positive() { x } else { y };
    }
    if x > y { x } else { y }
}

/// Complex division as Go's runtime does it: Smith's algorithm (1962)
/// for the quotient, then C99's Annex G corrections when it comes out
/// NaN+NaNi (division by zero, infinite operands).
pub fn complex_div(n: (f64, f64), m: (f64, f64)) -> (f64, f64) {
    let ((a, b), (c, d)) = (n, m);
    let (mut e, mut f) = if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        ((a + b * ratio) / denom, (b - a * ratio) / denom)
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        ((a * ratio + b) / denom, (b * ratio - a) / denom)
    };
    if e.is_nan() && f.is_nan() {
        // An infinity counts as 1 with its sign, a finite value as 0.
        let unit = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        let inf = f64::INFINITY;
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (unit(a), unit(b));
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (unit(c), unit(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn out_of_range_float_conversions_give_amd64_results() {
        assert_eq!(f64_to_i64(f64::NAN), i64::MIN);
        assert_eq!(f64_to_i64(1e300), i64::MIN);
        assert_eq!(f64_to_i64(-1.9), -1);
        assert_eq!(f64_to_i32(2147483648.0), i32::MIN);
        assert_eq!(f64_to_i32(-2147483648.9), i32::MIN);
        assert_eq!(f64_to_i32(2147483647.9), i32::MAX);
        assert_eq!(f64_to_u64(1.8446744073709552e19), 1 << 63);
        assert_eq!(f64_to_u64(1e19), 10_000_000_000_000_000_000);
        assert_eq!(f64_to_u64(-1.0), u64::MAX);
    }

    #[test]
    fn min_max_follow_go() {
        assert!(go_min(1.0, f64::NAN).is_nan() && go_max(f64::NAN, 1.0).is_nan());
        assert!(go_min(0.0, -0.0).is_sign_negative() && go_min(-0.0, 0.0).is_sign_negative());
        assert!(go_max(0.0, -0.0).is_sign_positive() && go_max(-0.0, 0.0).is_sign_positive());
        assert_eq!((go_min(2.0, -3.0), go_max(2.0, -3.0)), (-3.0, 2.0));
    }
}
