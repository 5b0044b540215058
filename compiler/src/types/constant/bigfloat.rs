//! Binary floating-point numbers of arbitrary precision, with the semantics
//! of Go's `math/big.Float` that `go/constant` relies on: a sign, a mantissa
//! of at most `prec` bits, and an exponent limited to the range of an
//! `int32`, with results rounded correctly (to nearest even unless another
//! mode is asked for). Exponent overflow gives an infinity, underflow a zero.
//!
//! Every operation rounds its exact result once, so results are bit-for-bit
//! those of `math/big` (which rounds correctly too).

use std::cmp::Ordering;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Zero};

/// Mantissa precision of untyped float constants (go/constant's `prec`).
pub const PREC: u32 = 512;
/// Smallest and largest exponents (math/big's `MinExp`/`MaxExp`).
pub const MIN_EXP: i64 = i32::MIN as i64;
pub const MAX_EXP: i64 = i32::MAX as i64;

/// Rounding modes (the subset of math/big's that go/constant uses).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    NearestEven,
    ToZero,
    AwayFromZero,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Form {
    Zero,
    Finite,
    Inf,
}

/// A binary floating-point number.
///
/// A finite value is `mant × 2^(exp − bits(mant))`, i.e. `0.1xxx₂ × 2^exp`
/// as math/big states it (`exp` is what `MantExp` returns). The mantissa is
/// kept odd (trailing zero bits stripped), which does not change the value.
#[derive(Clone, Debug)]
pub struct BigFloat {
    neg: bool,
    form: Form,
    mant: BigUint,
    exp: i64,
}

fn trailing_zeros(m: &BigUint) -> u64 {
    m.trailing_zeros().unwrap_or(0)
}

impl BigFloat {
    /// The raw representation (for the export data): sign, form (0 zero,
    /// 1 finite, 2 infinite), mantissa, exponent.
    pub fn parts(&self) -> (bool, u8, &BigUint, i64) {
        let form = match self.form {
            Form::Zero => 0,
            Form::Finite => 1,
            Form::Inf => 2,
        };
        (self.neg, form, &self.mant, self.exp)
    }

    /// The inverse of [`BigFloat::parts`]; None if the parts break the
    /// representation's invariants (a finite mantissa is odd, the others 0).
    pub fn from_parts(neg: bool, form: u8, mant: BigUint, exp: i64) -> Option<BigFloat> {
        let form = match form {
            0 => Form::Zero,
            1 => Form::Finite,
            2 => Form::Inf,
            _ => return None,
        };
        let ok = match form {
            Form::Finite => mant.bit(0),
            _ => mant.is_zero() && exp == 0,
        };
        ok.then_some(BigFloat {
            neg,
            form,
            mant,
            exp,
        })
    }

    pub fn zero(neg: bool) -> BigFloat {
        BigFloat {
            neg,
            form: Form::Zero,
            mant: BigUint::zero(),
            exp: 0,
        }
    }

    fn inf(neg: bool) -> BigFloat {
        BigFloat {
            neg,
            form: Form::Inf,
            mant: BigUint::zero(),
            exp: 0,
        }
    }

    /// The exact value `±m × 2^e2`, not rounded (the exponent is not range
    /// checked either; callers round it through an operation).
    pub fn exact(neg: bool, m: BigUint, e2: i64) -> BigFloat {
        if m.is_zero() {
            return BigFloat::zero(neg);
        }
        let tz = trailing_zeros(&m);
        let m = m >> tz;
        let exp = e2 + tz as i64 + m.bits() as i64;
        BigFloat {
            neg,
            form: Form::Finite,
            mant: m,
            exp,
        }
    }

    /// `±m × 2^e2` rounded to `prec` bits in `mode`; `sticky` says the exact
    /// value has more nonzero bits below `m`'s last one (then `m` must have
    /// more than `prec` bits, so that its rounding bit is in `m`).
    pub fn round(
        neg: bool,
        mut m: BigUint,
        mut e2: i64,
        mut sticky: bool,
        prec: u32,
        mode: Mode,
    ) -> BigFloat {
        if m.is_zero() {
            return BigFloat::zero(neg);
        }
        let n = m.bits() as i64;
        let exp = e2 + n;
        if exp < MIN_EXP {
            return BigFloat::zero(neg);
        }
        if exp > MAX_EXP {
            return BigFloat::inf(neg);
        }
        if n > prec as i64 {
            let r = (n - prec as i64) as u64; // bits to drop
            let rbit = m.bit(r - 1);
            if !sticky {
                sticky = trailing_zeros(&m) < r - 1;
            }
            m >>= r;
            e2 += r as i64;
            let inc = (rbit || sticky)
                && match mode {
                    Mode::NearestEven => rbit && (sticky || m.bit(0)),
                    Mode::ToZero => false,
                    Mode::AwayFromZero => true,
                };
            if inc {
                m += 1u32;
                if m.bits() > prec as u64 {
                    m >>= 1u32;
                    e2 += 1;
                }
            }
        }
        let f = BigFloat::exact(neg, m, e2);
        if f.exp > MAX_EXP {
            return BigFloat::inf(neg);
        }
        f
    }

    /// The value rounded to `prec` bits in `mode` (math/big's `Set` into a
    /// Float of that precision and mode).
    pub fn rounded(&self, prec: u32, mode: Mode) -> BigFloat {
        match self.form {
            Form::Finite => {
                BigFloat::round(self.neg, self.mant.clone(), self.e2(), false, prec, mode)
            }
            _ => self.clone(),
        }
    }

    pub fn from_bigint(x: &BigInt, prec: u32) -> BigFloat {
        BigFloat::round(
            x.sign() == Sign::Minus,
            x.magnitude().clone(),
            0,
            false,
            prec,
            Mode::NearestEven,
        )
    }

    pub fn from_u64(x: u64) -> BigFloat {
        BigFloat::exact(false, BigUint::from(x), 0)
    }

    /// `num / den` (den > 0) rounded to `prec` bits (math/big's `SetRat`).
    pub fn from_ratio(num: &BigInt, den: &BigInt, prec: u32) -> BigFloat {
        let a = BigFloat::exact(num.sign() == Sign::Minus, num.magnitude().clone(), 0);
        let b = BigFloat::exact(den.sign() == Sign::Minus, den.magnitude().clone(), 0);
        a.quo(&b, prec)
    }

    /// `mant × 2^(exp − bits(mant))`'s binary exponent of the last mantissa bit.
    fn e2(&self) -> i64 {
        self.exp - self.mant.bits() as i64
    }

    pub fn is_zero(&self) -> bool {
        self.form == Form::Zero
    }

    pub fn is_inf(&self) -> bool {
        self.form == Form::Inf
    }

    pub fn is_neg(&self) -> bool {
        self.neg
    }

    /// -1, 0 or 1.
    pub fn sign(&self) -> i32 {
        match self.form {
            Form::Zero => 0,
            _ if self.neg => -1,
            _ => 1,
        }
    }

    /// math/big's `MantExp`: the exponent `e` with `x = mant × 2^e`,
    /// `0.5 ≤ |mant| < 1` (0 for zeros and infinities).
    pub fn mant_exp(&self) -> i64 {
        if self.form == Form::Finite {
            self.exp
        } else {
            0
        }
    }

    /// The mantissa as a value in [0.5, 1) (with x's sign).
    pub fn mant(&self) -> BigFloat {
        let mut m = self.clone();
        if m.form == Form::Finite {
            m.exp = 0;
        }
        m
    }

    pub fn neg(&self) -> BigFloat {
        let mut z = self.clone();
        z.neg = !z.neg;
        z
    }

    /// math/big's `IsInt`.
    pub fn is_int(&self) -> bool {
        match self.form {
            Form::Zero => true,
            Form::Inf => false,
            Form::Finite => self.e2() >= 0,
        }
    }

    /// The value truncated toward zero, and whether that is exact
    /// (math/big's `Int`). None for infinities.
    pub fn to_int(&self) -> Option<(BigInt, bool)> {
        match self.form {
            Form::Zero => Some((BigInt::zero(), true)),
            Form::Inf => None,
            Form::Finite => {
                let e2 = self.e2();
                let (mag, exact) = if e2 >= 0 {
                    (&self.mant << (e2 as u64), true)
                } else if -e2 >= self.mant.bits() as i64 {
                    (BigUint::zero(), false)
                } else {
                    (&self.mant >> ((-e2) as u64), false)
                };
                let sign = if self.neg { Sign::Minus } else { Sign::Plus };
                Some((BigInt::from_biguint(sign, mag), exact))
            }
        }
    }

    /// The exact value as `(num, den)` with den > 0 (not reduced beyond the
    /// powers of two). None for infinities.
    pub fn to_ratio(&self) -> Option<(BigInt, BigInt)> {
        match self.form {
            Form::Zero => Some((BigInt::zero(), BigInt::one())),
            Form::Inf => None,
            Form::Finite => {
                let e2 = self.e2();
                let sign = if self.neg { Sign::Minus } else { Sign::Plus };
                if e2 >= 0 {
                    let n = BigInt::from_biguint(sign, &self.mant << (e2 as u64));
                    Some((n, BigInt::one()))
                } else {
                    let n = BigInt::from_biguint(sign, self.mant.clone());
                    Some((n, BigInt::one() << ((-e2) as u64)))
                }
            }
        }
    }

    pub fn add(&self, y: &BigFloat, prec: u32) -> BigFloat {
        match (self.form, y.form) {
            (Form::Zero, Form::Zero) => BigFloat::zero(self.neg && y.neg),
            (Form::Zero, _) => y.rounded(prec, Mode::NearestEven),
            (_, Form::Zero) => self.rounded(prec, Mode::NearestEven),
            (Form::Inf, Form::Inf) => {
                assert!(self.neg == y.neg, "big.Float: Inf - Inf");
                self.clone()
            }
            (Form::Inf, _) => self.clone(),
            (_, Form::Inf) => y.clone(),
            (Form::Finite, Form::Finite) => {
                // Order by magnitude's exponent so that `a` is the larger.
                let (a, b) = if self.exp >= y.exp {
                    (self, y)
                } else {
                    (y, self)
                };
                // A `b` far below `a`'s rounding position only matters as a
                // sticky bit; any tiny value of its sign rounds the same way.
                let tiny;
                let b = if b.exp < a.exp - prec as i64 - 8 {
                    tiny = BigFloat::exact(b.neg, BigUint::one(), a.exp - prec as i64 - 10);
                    &tiny
                } else {
                    b
                };
                let (ea, eb) = (a.e2(), b.e2());
                let e = ea.min(eb);
                let ma = &a.mant << ((ea - e) as u64);
                let mb = &b.mant << ((eb - e) as u64);
                let (neg, m) = if a.neg == b.neg {
                    (a.neg, ma + mb)
                } else {
                    match ma.cmp(&mb) {
                        Ordering::Greater => (a.neg, ma - mb),
                        Ordering::Less => (b.neg, mb - ma),
                        Ordering::Equal => return BigFloat::zero(false),
                    }
                };
                BigFloat::round(neg, m, e, false, prec, Mode::NearestEven)
            }
        }
    }

    pub fn sub(&self, y: &BigFloat, prec: u32) -> BigFloat {
        self.add(&y.neg(), prec)
    }

    pub fn mul(&self, y: &BigFloat, prec: u32) -> BigFloat {
        let neg = self.neg != y.neg;
        match (self.form, y.form) {
            (Form::Zero, Form::Inf) | (Form::Inf, Form::Zero) => panic!("big.Float: 0 * Inf"),
            (Form::Inf, _) | (_, Form::Inf) => BigFloat::inf(neg),
            (Form::Zero, _) | (_, Form::Zero) => BigFloat::zero(neg),
            (Form::Finite, Form::Finite) => BigFloat::round(
                neg,
                &self.mant * &y.mant,
                self.e2() + y.e2(),
                false,
                prec,
                Mode::NearestEven,
            ),
        }
    }

    pub fn quo(&self, y: &BigFloat, prec: u32) -> BigFloat {
        let neg = self.neg != y.neg;
        match (self.form, y.form) {
            (Form::Zero, Form::Zero) | (Form::Inf, Form::Inf) => panic!("big.Float: NaN quotient"),
            (Form::Zero, _) | (_, Form::Inf) => BigFloat::zero(neg),
            (Form::Inf, _) | (_, Form::Zero) => BigFloat::inf(neg),
            (Form::Finite, Form::Finite) => {
                // Enough quotient bits for the rounding bit; the remainder
                // is the sticky bit.
                let shift =
                    (prec as i64 + 3 + y.mant.bits() as i64 - self.mant.bits() as i64).max(0);
                let x = &self.mant << (shift as u64);
                let (q, r) = num_integer::Integer::div_rem(&x, &y.mant);
                let sticky = !r.is_zero();
                let e2 = self.e2() - shift - y.e2();
                BigFloat::round(neg, q, e2, sticky, prec, Mode::NearestEven)
            }
        }
    }

    /// Three-way comparison of the values (infinities included).
    pub fn cmp(&self, y: &BigFloat) -> Ordering {
        let rank = |f: &BigFloat| -> i32 {
            match (f.form, f.neg) {
                (Form::Inf, true) => -2,
                (Form::Finite, true) => -1,
                (Form::Zero, _) => 0,
                (Form::Finite, false) => 1,
                (Form::Inf, false) => 2,
            }
        };
        let (rx, ry) = (rank(self), rank(y));
        if rx != ry || self.form != Form::Finite {
            return rx.cmp(&ry);
        }
        let mag = self.exp.cmp(&y.exp).then_with(|| {
            let (ex, ey) = (self.e2(), y.e2());
            let e = ex.min(ey);
            let mx = &self.mant << ((ex - e) as u64);
            let my = &y.mant << ((ey - e) as u64);
            mx.cmp(&my)
        });
        if self.neg { mag.reverse() } else { mag }
    }

    /// math/big's `Float64`: the nearest float64 and whether it is exact.
    pub fn to_f64(&self) -> (f64, bool) {
        match self.form {
            Form::Zero => (if self.neg { -0.0 } else { 0.0 }, true),
            Form::Inf => (
                if self.neg {
                    f64::NEG_INFINITY
                } else {
                    f64::INFINITY
                },
                true,
            ),
            Form::Finite => {
                let (bits, exact) = to_ieee(self.neg, &self.mant, self.exp, false, &F64);
                (f64::from_bits(bits), exact)
            }
        }
    }

    /// math/big's `Float32`.
    pub fn to_f32(&self) -> (f32, bool) {
        match self.form {
            Form::Zero => (if self.neg { -0.0 } else { 0.0 }, true),
            Form::Inf => (
                if self.neg {
                    f32::NEG_INFINITY
                } else {
                    f32::INFINITY
                },
                true,
            ),
            Form::Finite => {
                let (bits, exact) = to_ieee(self.neg, &self.mant, self.exp, false, &F32);
                (f32::from_bits(bits as u32), exact)
            }
        }
    }

    /// math/big's `Text('p', 0)`: `0x.<hex mantissa>p<exp>`, "0" for zero.
    pub fn text_p(&self) -> String {
        let mut s = String::new();
        if self.neg {
            s.push('-');
        }
        match self.form {
            Form::Zero => s.push('0'),
            Form::Inf => s.push_str(if self.neg { "Inf" } else { "+Inf" }),
            Form::Finite => {
                let n = self.mant.bits();
                let pad = (4 - n % 4) % 4;
                let hex = (&self.mant << pad).to_str_radix(16);
                s.push_str("0x.");
                s.push_str(hex.trim_end_matches('0'));
                s.push('p');
                if self.exp >= 0 {
                    s.push('+');
                }
                s.push_str(&self.exp.to_string());
            }
        }
        s
    }

    /// math/big's `pow5` into a Float of precision `prec`: 5^n by repeated
    /// squaring in `prec + 64` bits (as `Float.scan` computes decimal
    /// exponents; reproduced step by step so results agree to the bit).
    pub fn pow5(n: u64, prec: u32) -> BigFloat {
        const M: u64 = 27; // 5^27 is the largest power of 5 in a uint64
        if n <= M {
            return BigFloat::from_u64(5u64.pow(n as u32));
        }
        let mut z = BigFloat::from_u64(5u64.pow(M as u32));
        let mut n = n - M;
        let fprec = prec + 64;
        let mut f = BigFloat::from_u64(5);
        while n > 0 {
            if n & 1 != 0 {
                z = z.mul(&f, prec);
            }
            f = f.mul(&f, fprec);
            n >>= 1;
        }
        z
    }
}

/// Sign, integer mantissa and exponent of a finite float64: `±m × 2^e`.
pub fn decompose_f64(x: f64) -> (bool, u64, i64) {
    let bits = x.to_bits();
    let neg = bits >> 63 != 0;
    let bexp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if bexp == 0 {
        (neg, frac, -1074)
    } else {
        (neg, frac | (1u64 << 52), bexp - 1075)
    }
}

/// An IEEE binary format.
pub struct Ieee {
    /// Stored mantissa bits (without the implicit one).
    mbits: u32,
    /// Smallest and largest unbiased exponents of normal numbers.
    emin: i64,
    emax: i64,
}

impl Ieee {
    pub fn mbits(&self) -> u32 {
        self.mbits
    }

    pub fn emin(&self) -> i64 {
        self.emin
    }

    pub fn emax(&self) -> i64 {
        self.emax
    }
}

pub const F64: Ieee = Ieee {
    mbits: 52,
    emin: -1022,
    emax: 1023,
};
pub const F32: Ieee = Ieee {
    mbits: 23,
    emin: -126,
    emax: 127,
};

/// The IEEE bits nearest to `±0.m × 2^exp` (`m` as a binary fraction
/// `0.1xxx`, plus a sticky bit for nonzero bits beyond `m`), rounding to
/// nearest even with gradual underflow, and whether that is exact. This
/// is math/big's `Float64`/`Float32` and `Rat.Float64`/`Float32`.
pub fn to_ieee(neg: bool, m: &BigUint, exp: i64, sticky: bool, f: &Ieee) -> (u64, bool) {
    let sign_pos = if f.mbits == 52 { 63 } else { 31 };
    let sign = (neg as u64) << sign_pos;
    let bias = f.emax;
    let inf_bits = sign | (((2 * bias + 1) as u64) << f.mbits);
    if m.is_zero() {
        return (sign, !sticky);
    }
    let n = m.bits() as i64;
    let e = exp - 1; // exponent for a mantissa in [1, 2)
    let mut p = f.mbits as i64 + 1;
    if e < f.emin {
        p = f.mbits as i64 + 1 - f.emin + e;
        let half = trailing_zeros(m) as i64 == n - 1 && !sticky; // m == 0.5 exactly
        if p < 0 || (p == 0 && half) {
            return (sign, false);
        }
        if p == 0 {
            return (sign | 1, false);
        }
    }
    // Round to p bits.
    let r = BigFloat::round(neg, m.clone(), exp - n, sticky, p as u32, Mode::NearestEven);
    let exact = !sticky && n - trailing_zeros(m) as i64 <= p;
    if r.form == Form::Inf {
        return (inf_bits, false);
    }
    let e = r.exp - 1;
    if e > f.emax {
        return (inf_bits, false);
    }
    let rm = r.mant.iter_u64_digits().next().unwrap_or(0);
    let rbits = r.mant.bits() as i64;
    if e < f.emin {
        // Denormal: the value is rm × 2^(r.exp − rbits) in units of the
        // smallest denormal 2^(emin − mbits).
        let shift = r.exp - rbits - (f.emin - f.mbits as i64);
        (sign | (rm << shift), exact)
    } else {
        let full = rm << (f.mbits as i64 + 1 - rbits); // 1.xxx with mbits fraction bits
        let frac = full & ((1u64 << f.mbits) - 1);
        let bexp = ((e + bias) as u64) << f.mbits;
        (sign | bexp | frac, exact)
    }
}
