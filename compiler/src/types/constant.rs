//! Exact constant values: the counterpart of Go's `go/constant` as gc's
//! type checker (types2) uses it.
//!
//! Representation, as go/constant chooses it:
//! - integers are big integers (any size; types2 bounds untyped ones to
//!   512 bits with [`Value::bit_len`]);
//! - floats are exact fractions while numerator and denominator have fewer
//!   than 4096 bits each (go/constant's `maxExp`), and binary floats with a
//!   512-bit mantissa and an `int32` exponent otherwise (math/big's
//!   `Float`); once a value is such a float, results computed from it stay
//!   floats. A float result that overflows the exponent range is `Unknown`.
//! - complex numbers are pairs of integer or float values;
//! - strings are byte strings (Go strings need not be UTF-8), concatenated
//!   lazily so long chains of `+` stay linear.
//!
//! Operations take gc's [`Operator`]s; as in go/constant they panic on
//! operand kinds that the type checker never lets through (e.g. `-` on a
//! string) and give `Unknown` for `Unknown` operands.

mod bigfloat;
mod format;
mod literal;

use std::cmp::Ordering;
use std::fmt;
use std::sync::{Arc, OnceLock};

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

use self::bigfloat::{BigFloat, F32, F64, Mode, PREC, to_ieee};
use self::literal::{FloatLit, MAX_EXP_RAT, small_float};
use crate::syntax::token::{LitKind, Operator};

/// The kind of a [`Value`].
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Kind {
    Unknown,
    Bool,
    String,
    Int,
    Float,
    Complex,
}

/// An exact constant value.
#[derive(Clone, Debug)]
pub enum Value {
    /// The value of an erroneous expression; operations propagate it.
    Unknown,
    Bool(bool),
    String(Str),
    Int(BigInt),
    Float(Float),
    /// Real and imaginary parts, each an `Int` or a `Float`.
    Complex(Box<Value>, Box<Value>),
}

/// A float constant: an exact fraction or a 512-bit binary float.
#[derive(Clone, Debug)]
pub struct Float(FloatRepr);

#[derive(Clone, Debug)]
enum FloatRepr {
    Rat(BigRational),
    Big(BigFloat),
}

/// A float constant's representation, for the export data.
#[derive(Clone, Debug)]
pub enum FloatParts {
    /// An exact fraction: numerator, denominator.
    Rat(BigInt, BigInt),
    /// A 512-bit float: sign, form, mantissa, exponent (see
    /// `BigFloat::parts`).
    Big(bool, u8, num_bigint::BigUint, i64),
}

impl Float {
    pub fn parts(&self) -> FloatParts {
        match &self.0 {
            FloatRepr::Rat(r) => FloatParts::Rat(r.numer().clone(), r.denom().clone()),
            FloatRepr::Big(b) => {
                let (neg, form, mant, exp) = b.parts();
                FloatParts::Big(neg, form, mant.clone(), exp)
            }
        }
    }

    /// The inverse of [`Float::parts`]; None for invalid parts.
    pub fn from_parts(p: FloatParts) -> Option<Float> {
        match p {
            FloatParts::Rat(n, d) if !d.is_zero() => {
                Some(Float(FloatRepr::Rat(BigRational::new(n, d))))
            }
            FloatParts::Rat(..) => None,
            FloatParts::Big(neg, form, mant, exp) => {
                bigfloat::BigFloat::from_parts(neg, form, mant, exp)
                    .map(|b| Float(FloatRepr::Big(b)))
            }
        }
    }

    /// Whether the value is held as an exact fraction (go/constant's
    /// `ratVal`) rather than a 512-bit float (`floatVal`).
    pub fn is_exact_fraction(&self) -> bool {
        matches!(self.0, FloatRepr::Rat(_))
    }
}

/// The basic kinds [`Value::representable`] checks against (the checker's
/// own; `int`, `uint` and `uintptr` are 64 bits wide).
pub use super::ty::BasicKind;

// ----------------------------------------------------------------------------
// Strings

/// A string constant's bytes; `+` builds a tree that is flattened (once)
/// when the bytes are first asked for.
#[derive(Clone)]
pub struct Str(Arc<StrNode>);

struct StrNode {
    len: usize,
    parts: Option<(Arc<StrNode>, Arc<StrNode>)>,
    flat: OnceLock<Arc<[u8]>>,
}

impl Drop for StrNode {
    fn drop(&mut self) {
        // Drop long concatenation chains without deep recursion.
        let mut stack: Vec<Arc<StrNode>> = Vec::new();
        if let Some((l, r)) = self.parts.take() {
            stack.push(l);
            stack.push(r);
        }
        while let Some(n) = stack.pop() {
            if let Some(mut node) = Arc::into_inner(n)
                && let Some((l, r)) = node.parts.take()
            {
                stack.push(l);
                stack.push(r);
            }
        }
    }
}

impl Str {
    pub fn new(bytes: impl Into<Vec<u8>>) -> Str {
        let bytes: Arc<[u8]> = bytes.into().into();
        let len = bytes.len();
        Str(Arc::new(StrNode {
            len,
            parts: None,
            flat: OnceLock::from(bytes),
        }))
    }

    fn concat(&self, other: &Str) -> Str {
        if other.0.len == 0 {
            return self.clone();
        }
        if self.0.len == 0 {
            return other.clone();
        }
        Str(Arc::new(StrNode {
            len: self.0.len + other.0.len,
            parts: Some((self.0.clone(), other.0.clone())),
            flat: OnceLock::new(),
        }))
    }

    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.0.len
    }

    pub fn is_empty(&self) -> bool {
        self.0.len == 0
    }

    /// The bytes.
    pub fn bytes(&self) -> &[u8] {
        self.0.flat.get_or_init(|| {
            let mut out = Vec::with_capacity(self.0.len);
            let mut stack: Vec<&StrNode> = vec![&self.0];
            while let Some(n) = stack.pop() {
                if let Some(b) = n.flat.get() {
                    out.extend_from_slice(b);
                } else if let Some((l, r)) = &n.parts {
                    stack.push(r);
                    stack.push(l);
                }
            }
            out.into()
        })
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&format::quote(self.bytes()))
    }
}

// ----------------------------------------------------------------------------
// Construction

/// go/constant's `smallInt`: fits a "reasonably"-sized fraction.
fn small_int(x: &BigInt) -> bool {
    (x.bits() as i64) < MAX_EXP_RAT
}

fn make_rat(x: BigRational) -> Value {
    if small_int(x.numer()) && small_int(x.denom()) {
        Value::Float(Float(FloatRepr::Rat(x)))
    } else {
        make_float(BigFloat::from_ratio(x.numer(), x.denom(), PREC))
    }
}

fn make_float(x: BigFloat) -> Value {
    if x.is_zero() {
        return Value::Float(Float(FloatRepr::Big(BigFloat::zero(false))));
    }
    if x.is_inf() {
        return Value::Unknown;
    }
    Value::Float(Float(FloatRepr::Big(x)))
}

fn make_complex(re: Value, im: Value) -> Value {
    if re.kind() == Kind::Unknown || im.kind() == Kind::Unknown {
        return Value::Unknown;
    }
    Value::Complex(Box::new(re), Box::new(im))
}

fn rat_to_big(r: &BigRational) -> BigFloat {
    BigFloat::from_ratio(r.numer(), r.denom(), PREC)
}

fn int_to_rat(x: &BigInt) -> Value {
    Value::Float(Float(FloatRepr::Rat(BigRational::from_integer(x.clone()))))
}

fn int_to_big(x: &BigInt) -> Value {
    Value::Float(Float(FloatRepr::Big(BigFloat::from_bigint(x, PREC))))
}

fn zero_int() -> Value {
    Value::Int(BigInt::zero())
}

fn sign_of(x: &BigInt) -> i32 {
    match x.sign() {
        Sign::Minus => -1,
        Sign::NoSign => 0,
        Sign::Plus => 1,
    }
}

impl Value {
    /// The value of a literal (go/constant's `MakeFromLiteral`); `text` is
    /// the literal's source, quotes included. None if it is malformed or
    /// its value overflows (types2 then says "malformed constant: TEXT").
    pub fn from_literal(kind: LitKind, text: &str) -> Option<Value> {
        match kind {
            LitKind::Int => literal::parse_int(text).map(Value::Int),
            LitKind::Float => Self::float_lit(text),
            LitKind::Imag => {
                let im = Self::float_lit(text.strip_suffix('i')?)?;
                Some(make_complex(zero_int(), im))
            }
            LitKind::Rune => literal::parse_rune(text).map(Value::from_i64),
            LitKind::String => literal::parse_string(text).map(|b| Value::String(Str::new(b))),
        }
    }

    fn float_lit(text: &str) -> Option<Value> {
        match literal::parse_float(text)? {
            FloatLit::Rat(r) => Some(Value::Float(Float(FloatRepr::Rat(r)))),
            FloatLit::Big(f) => match make_float(f) {
                Value::Unknown => None,
                v => Some(v),
            },
        }
    }

    pub fn from_bool(b: bool) -> Value {
        Value::Bool(b)
    }

    pub fn from_i64(x: i64) -> Value {
        Value::Int(BigInt::from(x))
    }

    pub fn from_u64(x: u64) -> Value {
        Value::Int(BigInt::from(x))
    }

    pub fn from_bigint(x: BigInt) -> Value {
        Value::Int(x)
    }

    /// The exact fraction num/den as a Float (a 512-bit float if its parts
    /// are too large). Panics if `den` is zero.
    pub fn from_ratio(num: BigInt, den: BigInt) -> Value {
        make_rat(BigRational::new(num, den))
    }

    /// The float value of `x` (go/constant's `MakeFloat64`): exact, with -0
    /// as 0; Unknown for infinities and NaN.
    pub fn from_f64(x: f64) -> Value {
        if !x.is_finite() {
            return Value::Unknown;
        }
        let r = BigRational::from_float(x + 0.0).expect("finite");
        Value::Float(Float(FloatRepr::Rat(r)))
    }

    /// A string value from its bytes.
    pub fn from_bytes(b: impl Into<Vec<u8>>) -> Value {
        Value::String(Str::new(b))
    }

    pub fn from_string(s: impl Into<String>) -> Value {
        Value::String(Str::new(s.into().into_bytes()))
    }

    pub fn kind(&self) -> Kind {
        match self {
            Value::Unknown => Kind::Unknown,
            Value::Bool(_) => Kind::Bool,
            Value::String(_) => Kind::String,
            Value::Int(_) => Kind::Int,
            Value::Float(_) => Kind::Float,
            Value::Complex(..) => Kind::Complex,
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, Value::Unknown)
    }

    /// The float, for a Float value.
    pub fn as_float(&self) -> Option<&Float> {
        match self {
            Value::Float(x) => Some(x),
            _ => None,
        }
    }

    // ------------------------------------------------------------------------
    // Accessors

    /// The boolean; false for Unknown. Panics for other kinds.
    pub fn bool_val(&self) -> bool {
        match self {
            Value::Bool(b) => *b,
            Value::Unknown => false,
            v => panic!("{v} not a Bool"),
        }
    }

    /// The string's bytes; empty for Unknown. Panics for other kinds.
    pub fn string_val(&self) -> &[u8] {
        match self {
            Value::String(s) => s.bytes(),
            Value::Unknown => &[],
            v => panic!("{v} not a String"),
        }
    }

    /// The string's length in bytes without building it; 0 for Unknown.
    pub fn string_len(&self) -> usize {
        match self {
            Value::String(s) => s.len(),
            Value::Unknown => 0,
            v => panic!("{v} not a String"),
        }
    }

    /// The int64 value and whether it is exact (if not, the value is Go's
    /// `big.Int.Int64`: the low 64 bits of |x|, negated for x < 0).
    /// (0, false) for Unknown; panics for non-Int kinds.
    pub fn int64_val(&self) -> (i64, bool) {
        match self {
            Value::Int(x) => match x.to_i64() {
                Some(v) => (v, true),
                None => {
                    let lo = x.magnitude().iter_u64_digits().next().unwrap_or(0) as i64;
                    (
                        if x.is_negative() {
                            lo.wrapping_neg()
                        } else {
                            lo
                        },
                        false,
                    )
                }
            },
            Value::Unknown => (0, false),
            v => panic!("{v} not an Int"),
        }
    }

    /// The uint64 value and whether it is exact (if not: the two's
    /// complement of a negative int64, else the low 64 bits of |x|).
    pub fn uint64_val(&self) -> (u64, bool) {
        match self {
            Value::Int(x) => {
                if let Some(v) = x.to_i64() {
                    return (v as u64, v >= 0);
                }
                let lo = x.magnitude().iter_u64_digits().next().unwrap_or(0);
                (lo, !x.is_negative() && x.bits() <= 64)
            }
            Value::Unknown => (0, false),
            v => panic!("{v} not an Int"),
        }
    }

    /// The nearest float64 and whether it is exact; values too small
    /// underflow to (signed) 0, too large ones give ±Inf. (0, false) for
    /// Unknown; panics for other non-Int/Float kinds.
    pub fn float64_val(&self) -> (f64, bool) {
        match self {
            Value::Int(x) => {
                if let Some(v) = x.to_i64() {
                    let f = v as f64;
                    return (f, f as i128 == v as i128);
                }
                BigFloat::from_bigint(x, PREC).to_f64()
            }
            Value::Float(Float(FloatRepr::Rat(r))) => {
                let (bits, exact) = rat_to_ieee(r, &F64);
                (f64::from_bits(bits), exact)
            }
            Value::Float(Float(FloatRepr::Big(f))) => f.to_f64(),
            Value::Unknown => (0.0, false),
            v => panic!("{v} not a Float"),
        }
    }

    /// Like [`Value::float64_val`] for float32.
    pub fn float32_val(&self) -> (f32, bool) {
        match self {
            Value::Int(x) => {
                if let Some(v) = x.to_i64() {
                    let f = v as f32;
                    return (f, f as i128 == v as i128);
                }
                BigFloat::from_bigint(x, PREC).to_f32()
            }
            Value::Float(Float(FloatRepr::Rat(r))) => {
                let (bits, exact) = rat_to_ieee(r, &F32);
                (f32::from_bits(bits as u32), exact)
            }
            Value::Float(Float(FloatRepr::Big(f))) => f.to_f32(),
            Value::Unknown => (0.0, false),
            v => panic!("{v} not a Float"),
        }
    }

    /// The number of bits of |x| for an Int; 0 for Unknown.
    pub fn bit_len(&self) -> u64 {
        match self {
            Value::Int(x) => x.bits(),
            Value::Unknown => 0,
            v => panic!("{v} not an Int"),
        }
    }

    /// -1, 0 or 1; for complex values 0 iff both parts are 0 (else the two
    /// signs or-ed together, as Go does). 1 for Unknown (to avoid spurious
    /// division-by-zero errors).
    pub fn sign(&self) -> i32 {
        match self {
            Value::Int(x) => sign_of(x),
            Value::Float(Float(FloatRepr::Rat(r))) => sign_of(r.numer()),
            Value::Float(Float(FloatRepr::Big(f))) => f.sign(),
            Value::Complex(re, im) => re.sign() | im.sign(),
            Value::Unknown => 1,
            v => panic!("{v} not numeric"),
        }
    }

    /// The numerator of an Int or Float (Unknown if a float is too large or
    /// small to be a fraction).
    pub fn num(&self) -> Value {
        match self.fraction() {
            Some(r) => Value::Int(r.numer().clone()),
            None => Value::Unknown,
        }
    }

    /// The denominator (≥ 1) of an Int or Float, as [`Value::num`].
    pub fn denom(&self) -> Value {
        match self.fraction() {
            Some(r) => Value::Int(r.denom().clone()),
            None => Value::Unknown,
        }
    }

    fn fraction(&self) -> Option<BigRational> {
        match self {
            Value::Int(x) => Some(BigRational::from_integer(x.clone())),
            Value::Float(Float(FloatRepr::Rat(r))) => Some(r.clone()),
            Value::Float(Float(FloatRepr::Big(f))) if small_float(f) => {
                let (n, d) = f.to_ratio()?;
                Some(BigRational::new(n, d))
            }
            Value::Float(_) | Value::Unknown => None,
            v => panic!("{v} not Int or Float"),
        }
    }

    // ------------------------------------------------------------------------
    // Numeric conversions

    /// The value as an Int if it is one exactly (a 512-bit float within a
    /// few bits of rounding error of an integer counts, as in go/constant);
    /// else Unknown.
    pub fn to_int(&self) -> Value {
        match self {
            Value::Int(_) => self.clone(),
            Value::Float(Float(FloatRepr::Rat(r))) => {
                if r.is_integer() {
                    Value::Int(r.numer().clone())
                } else {
                    Value::Unknown
                }
            }
            Value::Float(Float(FloatRepr::Big(f))) => {
                // Avoid huge integers: allow what a fraction could hold.
                if !small_float(f) {
                    return Value::Unknown;
                }
                if let Some((i, true)) = f.to_int() {
                    return Value::Int(i);
                }
                // An integer after rounding a little down or up is taken
                // to be one (rounding errors of prior computations).
                const DELTA: u32 = 4;
                for mode in [Mode::ToZero, Mode::AwayFromZero] {
                    if let Some((i, true)) = f.rounded(PREC - DELTA, mode).to_int() {
                        return Value::Int(i);
                    }
                }
                Value::Unknown
            }
            Value::Complex(..) => match self.to_float() {
                re @ Value::Float(_) => re.to_int(),
                _ => Value::Unknown,
            },
            _ => Value::Unknown,
        }
    }

    /// The value as a Float if it is representable as one; else Unknown.
    pub fn to_float(&self) -> Value {
        match self {
            Value::Int(x) => {
                if small_int(x) {
                    int_to_rat(x)
                } else {
                    int_to_big(x)
                }
            }
            Value::Float(_) => self.clone(),
            Value::Complex(re, im) => {
                if im.sign() == 0 {
                    re.to_float()
                } else {
                    Value::Unknown
                }
            }
            _ => Value::Unknown,
        }
    }

    /// The value as a Complex if it is numeric; else Unknown.
    pub fn to_complex(&self) -> Value {
        match self {
            Value::Int(_) | Value::Float(_) => {
                Value::Complex(Box::new(self.clone()), Box::new(zero_int()))
            }
            Value::Complex(..) => self.clone(),
            _ => Value::Unknown,
        }
    }

    /// The real part (the value itself for Int and Float).
    pub fn real(&self) -> Value {
        match self {
            Value::Unknown | Value::Int(_) | Value::Float(_) => self.clone(),
            Value::Complex(re, _) => (**re).clone(),
            v => panic!("{v} not numeric"),
        }
    }

    /// The imaginary part (0 for Int and Float).
    pub fn imag(&self) -> Value {
        match self {
            Value::Unknown => Value::Unknown,
            Value::Int(_) | Value::Float(_) => zero_int(),
            Value::Complex(_, im) => (**im).clone(),
            v => panic!("{v} not numeric"),
        }
    }

    /// The complex value `x·i` of an Int or Float.
    pub fn make_imag(&self) -> Value {
        match self {
            Value::Unknown => Value::Unknown,
            Value::Int(_) | Value::Float(_) => make_complex(zero_int(), self.clone()),
            v => panic!("{v} not Int or Float"),
        }
    }

    // ------------------------------------------------------------------------
    // Representability

    /// types2's `representableConst`: whether the value can be represented
    /// by a constant of the given basic type, and if so the value as that
    /// type holds it: an Int for integer types, the value rounded to
    /// float32/float64 precision for sized float and complex types, the
    /// value itself otherwise. `Unknown` is representable (it avoids
    /// follow-up errors).
    pub fn representable(&self, kind: BasicKind) -> Option<Value> {
        use BasicKind as K;
        if self.is_unknown() {
            return Some(Value::Unknown);
        }
        // byte and rune are uint8 and int32.
        let kind = kind.canonical();
        match kind {
            K::Invalid | K::UnsafePointer | K::Byte | K::Rune => None,
            K::Int
            | K::Int8
            | K::Int16
            | K::Int32
            | K::Int64
            | K::Uint
            | K::Uint8
            | K::Uint16
            | K::Uint32
            | K::Uint64
            | K::Uintptr
            | K::UntypedInt
            | K::UntypedRune => {
                let x = self.to_int();
                let Value::Int(i) = &x else { return None };
                let signed = |bits: u64| {
                    i.bits() < bits || (i.is_negative() && *i == -(BigInt::one() << (bits - 1)))
                };
                let unsigned = |bits: u64| !i.is_negative() && i.bits() <= bits;
                let ok = match kind {
                    K::Int8 => signed(8),
                    K::Int16 => signed(16),
                    K::Int32 => signed(32),
                    K::Int | K::Int64 => signed(64),
                    K::Uint8 => unsigned(8),
                    K::Uint16 => unsigned(16),
                    K::Uint32 => unsigned(32),
                    K::Uint | K::Uint64 | K::Uintptr => unsigned(64),
                    _ => true,
                };
                ok.then_some(x)
            }
            K::Float32 | K::Float64 | K::UntypedFloat => {
                let x = self.to_float();
                if x.kind() != Kind::Float {
                    return None;
                }
                match kind {
                    K::Float32 => round_float32(&x),
                    K::Float64 => round_float64(&x),
                    _ => Some(self.clone()),
                }
            }
            K::Complex64 | K::Complex128 | K::UntypedComplex => {
                let x = self.to_complex();
                if x.kind() != Kind::Complex {
                    return None;
                }
                let round = match kind {
                    K::Complex64 => round_float32,
                    K::Complex128 => round_float64,
                    _ => return Some(self.clone()),
                };
                let re = round(&x.real())?;
                let im = round(&x.imag())?;
                Some(binary_op(&re, Operator::Add, &im.make_imag()))
            }
            K::String | K::UntypedString => (self.kind() == Kind::String).then(|| self.clone()),
            K::Bool | K::UntypedBool => (self.kind() == Kind::Bool).then(|| self.clone()),
            K::UntypedNil => None,
        }
    }

    // ------------------------------------------------------------------------
    // Formatting

    /// go/constant's `ExactString`: integers in decimal, fractions as
    /// "a/b", 512-bit floats in math/big's 'p' format ("0x.8p+1"), strings
    /// quoted in full, complex values as "(re + imi)".
    pub fn exact_string(&self) -> String {
        match self {
            Value::String(s) => format::quote(s.bytes()),
            Value::Float(Float(FloatRepr::Rat(r))) => {
                if r.is_integer() {
                    r.numer().to_string()
                } else {
                    format!("{}/{}", r.numer(), r.denom())
                }
            }
            Value::Float(Float(FloatRepr::Big(f))) => f.text_p(),
            Value::Complex(re, im) => format!("({} + {}i)", re.exact_string(), im.exact_string()),
            _ => self.to_string(),
        }
    }
}

/// A fraction's nearest IEEE value and whether it is exact: math/big's
/// `Rat.Float64`/`Float32` (`quotToFloat64/32`), step by step. Its value is
/// the correctly rounded one; its exactness flag is computed before the
/// final scaling, so for values far below the smallest denormal it can
/// claim "exact" for a 0 result (as Go does).
fn rat_to_ieee(r: &BigRational, f: &bigfloat::Ieee) -> (u64, bool) {
    let (num, den) = (r.numer(), r.denom());
    if num.is_zero() {
        return (0, true);
    }
    let neg = num.is_negative();
    let (a, b) = (num.magnitude(), den.magnitude());
    let msize = f.mbits() as i64;
    let (msize1, msize2) = (msize + 1, msize + 2);
    let (emin, bias) = (f.emin(), f.emax());
    // 1. Shift so that the quotient has msize2 or msize2+1 bits.
    let mut exp = a.bits() as i64 - b.bits() as i64;
    let shift = msize2 - exp;
    let (q, rem) = if shift > 0 {
        (a << (shift as u64)).div_rem(b)
    } else {
        a.div_rem(&(b << ((-shift) as u64)))
    };
    let mut mantissa = q.iter_u64_digits().next().unwrap_or(0);
    let mut have_rem = !rem.is_zero();
    // 2. Drop the extra bit, if any.
    if mantissa >> msize2 == 1 {
        if mantissa & 1 == 1 {
            have_rem = true;
        }
        mantissa >>= 1;
        exp += 1;
    }
    // 3. Denormals lose precision.
    if emin - msize <= exp && exp <= emin {
        let shift = emin - (exp - 1);
        let lost = mantissa & ((1u64 << shift) - 1);
        have_rem |= lost != 0;
        mantissa >>= shift;
        exp = 2 - bias;
    }
    // 4. Round half to even on the last bit.
    let mut exact = !have_rem;
    if mantissa & 1 != 0 {
        exact = false;
        if have_rem || mantissa & 2 != 0 {
            mantissa += 1;
            if mantissa >= 1 << msize2 {
                mantissa >>= 1;
                exp += 1;
            }
        }
    }
    mantissa >>= 1;
    // 5. math.Ldexp(mantissa, exp-msize1) as a float64 (rounding once more
    // below the denormals), then float32() for Float32.
    let m = num_bigint::BigUint::from(mantissa);
    let (bits64, _) = to_ieee(neg, &m, exp - msize1 + m.bits() as i64, false, &F64);
    if f.mbits() == F64.mbits() {
        let x = f64::from_bits(bits64);
        (bits64, exact && !x.is_infinite())
    } else {
        let x = f64::from_bits(bits64) as f32;
        (x.to_bits() as u64, exact && !x.is_infinite())
    }
}

/// types2's `roundFloat32`: the value rounded to float32, None on overflow.
fn round_float32(x: &Value) -> Option<Value> {
    let (f, _) = x.float32_val();
    if f.is_infinite() {
        return None;
    }
    Some(Value::from_f64(f as f64))
}

/// types2's `roundFloat64`.
fn round_float64(x: &Value) -> Option<Value> {
    let (f, _) = x.float64_val();
    if f.is_infinite() {
        return None;
    }
    Some(Value::from_f64(f))
}

/// go/constant's `floatVal.String`: `%.6g` of the nearest float64 if that
/// neither overflows nor underflows, else a decimal approximation.
fn big_float_string(f: &BigFloat) -> String {
    if f.is_inf() {
        return if f.is_neg() { "-Inf" } else { "+Inf" }.to_string();
    }
    let (x, _) = f.to_f64();
    if (f.sign() == 0) == (x == 0.0) && !x.is_infinite() {
        let s = format::fmt_g_prec(x, 6);
        if !f.is_int() && !s.contains('.') {
            // Not an integer, but it doesn't show: use more digits
            // (go.dev/issue/56220).
            return format::fmt_g_shortest(x);
        }
        return s;
    }
    // Out of float64 range: f = mant × 2^exp with 0.5 ≤ |mant| < 1, so
    // f ≈ m × 10^d with d = exp × log10(2).
    let exp = f.mant_exp();
    let (mut m, _) = f.mant().to_f64();
    let d = exp as f64 * std::f64::consts::LOG10_2;
    let mut e = d as i64; // truncated
    m *= go_pow10(d - e as f64);
    let am = m.abs();
    if am < 1.0 - 0.5e-6 {
        // %.6g rounds m to 5 digits after the point; keep m×10 below 10.
        m *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        m /= 10.0;
        e += 1;
    }
    format!("{}e{:+}", format::fmt_g_prec(m, 6), e)
}

/// Go's `math.Pow(10, y)` for |y| < 1, step by step as Go computes it
/// (the fractional power via Exp and Log, the integral one by squaring).
fn go_pow10(y: f64) -> f64 {
    if y == 0.0 {
        return 1.0;
    }
    let mut yf = y.abs();
    let mut yi = 0i64;
    if yf > 0.5 {
        yf -= 1.0;
        yi += 1;
    }
    let mut a1 = (yf * 10f64.ln()).exp();
    let mut ae = 0i32;
    // Frexp(10) = 0.625 × 2^4
    let (mut x1, mut xe) = (0.625f64, 4i32);
    let mut i = yi;
    while i != 0 {
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    a1 * 2f64.powi(ae)
}

impl fmt::Display for Value {
    /// go/constant's `String`: a short, human-readable form (the one in
    /// types2's messages): floats with 6 significant digits ("1e+100",
    /// "0.1"), strings quoted and cut to 72 runes ending in "...", complex
    /// values as "(1 + 2i)".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Unknown => f.write_str("unknown"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::String(s) => f.write_str(&format::quote_short(s.bytes())),
            Value::Int(x) => write!(f, "{x}"),
            Value::Float(Float(FloatRepr::Rat(r))) => {
                f.write_str(&big_float_string(&rat_to_big(r)))
            }
            Value::Float(Float(FloatRepr::Big(x))) => f.write_str(&big_float_string(x)),
            Value::Complex(re, im) => write!(f, "({re} + {im}i)"),
        }
    }
}

// ----------------------------------------------------------------------------
// Operations

/// Representation order for [`match_values`].
fn ord(x: &Value) -> i32 {
    match x {
        Value::Unknown => 0,
        Value::Bool(_) | Value::String(_) => 1,
        Value::Int(_) => 2,
        Value::Float(Float(FloatRepr::Rat(_))) => 4,
        Value::Float(Float(FloatRepr::Big(_))) => 5,
        Value::Complex(..) => 6,
    }
}

/// Converts `x` (of lower order) to `y`'s representation.
fn promote(x: &Value, y: &Value) -> Option<Value> {
    Some(match (x, y) {
        (Value::Int(a), Value::Float(Float(FloatRepr::Rat(_)))) => int_to_rat(a),
        (Value::Int(a), Value::Float(Float(FloatRepr::Big(_)))) => int_to_big(a),
        (Value::Float(Float(FloatRepr::Rat(r))), Value::Float(Float(FloatRepr::Big(_)))) => {
            Value::Float(Float(FloatRepr::Big(rat_to_big(r))))
        }
        (Value::Int(_) | Value::Float(_), Value::Complex(..)) => {
            Value::Complex(Box::new(x.clone()), Box::new(zero_int()))
        }
        _ => return None,
    })
}

/// go/constant's `match`: the two values in their common representation,
/// the simpler one promoted (int < fraction < 512-bit float < complex).
/// If one is Unknown or the kinds don't mix, both results are the
/// "lower" value (so callers see Unknown, or a mismatch).
pub fn match_values(x: &Value, y: &Value) -> (Value, Value) {
    match ord(x).cmp(&ord(y)) {
        Ordering::Equal => (x.clone(), y.clone()),
        Ordering::Less => match promote(x, y) {
            Some(px) => (px, y.clone()),
            None => (x.clone(), x.clone()),
        },
        Ordering::Greater => match promote(y, x) {
            Some(py) => (x.clone(), py),
            None => (y.clone(), y.clone()),
        },
    }
}

/// `op y` for `+`, `-`, `^` (bitwise complement; with `prec` > 0 the
/// result is limited to `prec` bits, as for unsigned types) and `!`.
pub fn unary_op(op: Operator, y: &Value, prec: u32) -> Value {
    match (op, y) {
        (_, Value::Unknown) => Value::Unknown,
        (Operator::Add, Value::Int(_) | Value::Float(_) | Value::Complex(..)) => y.clone(),
        (Operator::Sub, Value::Int(x)) => Value::Int(-x),
        (Operator::Sub, Value::Float(Float(FloatRepr::Rat(r)))) => make_rat(-r),
        (Operator::Sub, Value::Float(Float(FloatRepr::Big(f)))) => make_float(f.neg()),
        (Operator::Sub, Value::Complex(re, im)) => make_complex(
            unary_op(Operator::Sub, re, 0),
            unary_op(Operator::Sub, im, 0),
        ),
        (Operator::Xor, Value::Int(x)) => {
            let mut z = !x;
            if prec > 0 {
                z &= (BigInt::one() << prec) - 1;
            }
            Value::Int(z)
        }
        (Operator::Not, Value::Bool(b)) => Value::Bool(!b),
        _ => panic!("invalid unary operation {op}{y}"),
    }
}

/// `x op y` for `+ - * / % & | ^ &^ && ||` (comparisons and shifts have
/// their own functions). `/` is exact division (Go's `token.QUO`): two
/// Ints give a Float fraction; types2 uses [`quo_int`] for `/` on integer
/// types. Division by zero gives Unknown (types2 reports it before
/// computing).
pub fn binary_op(x: &Value, op: Operator, y: &Value) -> Value {
    use Operator as O;
    let invalid = || -> ! { panic!("invalid binary operation {x} {op} {y}") };
    let (a, b) = match_values(x, y);
    match (&a, &b) {
        (Value::Unknown, _) => Value::Unknown,
        (Value::Bool(p), Value::Bool(q)) => match op {
            O::AndAnd => Value::Bool(*p && *q),
            O::OrOr => Value::Bool(*p || *q),
            _ => invalid(),
        },
        (Value::Int(p), Value::Int(q)) => match op {
            O::Add => Value::Int(p + q),
            O::Sub => Value::Int(p - q),
            O::Mul => Value::Int(p * q),
            O::Div if q.is_zero() => Value::Unknown,
            O::Div => make_rat(BigRational::new(p.clone(), q.clone())),
            O::Rem if q.is_zero() => Value::Unknown,
            O::Rem => Value::Int(p % q),
            O::And => Value::Int(p & q),
            O::Or => Value::Int(p | q),
            O::Xor => Value::Int(p ^ q),
            O::AndNot => Value::Int(p & !q),
            _ => invalid(),
        },
        (Value::Float(Float(FloatRepr::Rat(p))), Value::Float(Float(FloatRepr::Rat(q)))) => {
            match op {
                O::Add => make_rat(p + q),
                O::Sub => make_rat(p - q),
                O::Mul => make_rat(p * q),
                O::Div if q.is_zero() => Value::Unknown,
                O::Div => make_rat(p / q),
                _ => invalid(),
            }
        }
        (Value::Float(Float(FloatRepr::Big(p))), Value::Float(Float(FloatRepr::Big(q)))) => {
            match op {
                O::Add => make_float(p.add(q, PREC)),
                O::Sub => make_float(p.sub(q, PREC)),
                O::Mul => make_float(p.mul(q, PREC)),
                O::Div if q.is_zero() => Value::Unknown,
                O::Div => make_float(p.quo(q, PREC)),
                _ => invalid(),
            }
        }
        (Value::Complex(ar, ai), Value::Complex(br, bi)) => {
            let (a, b, c, d) = (&**ar, &**ai, &**br, &**bi);
            let add = |x: &Value, y: &Value| binary_op(x, O::Add, y);
            let sub = |x: &Value, y: &Value| binary_op(x, O::Sub, y);
            let mul = |x: &Value, y: &Value| binary_op(x, O::Mul, y);
            let quo = |x: &Value, y: &Value| binary_op(x, O::Div, y);
            let (re, im) = match op {
                O::Add => (add(a, c), add(b, d)),
                O::Sub => (sub(a, c), sub(b, d)),
                // (ac-bd) + i(bc+ad)
                O::Mul => (sub(&mul(a, c), &mul(b, d)), add(&mul(b, c), &mul(a, d))),
                O::Div => {
                    // (ac+bd)/s + i(bc-ad)/s, with s = cc + dd
                    let s = add(&mul(c, c), &mul(d, d));
                    if s.sign() == 0 {
                        return Value::Unknown;
                    }
                    let re = quo(&add(&mul(a, c), &mul(b, d)), &s);
                    let im = quo(&sub(&mul(b, c), &mul(a, d)), &s);
                    (re, im)
                }
                _ => invalid(),
            };
            make_complex(re, im)
        }
        (Value::String(p), Value::String(q)) if op == O::Add => Value::String(p.concat(q)),
        _ => invalid(),
    }
}

/// Integer division `x / y` of two Ints, truncated toward zero (Go's
/// `token.QUO_ASSIGN`, which types2 uses for `/` on integer types).
/// Like go/constant, operands that fit in an int64 divide as int64s, so
/// `-1<<63 / -1` wraps to `-1<<63` (as gc computes it). Division by zero
/// gives Unknown.
pub fn quo_int(x: &Value, y: &Value) -> Value {
    match (x, y) {
        (Value::Unknown, _) | (_, Value::Unknown) => Value::Unknown,
        (Value::Int(p), Value::Int(q)) => {
            if q.is_zero() {
                return Value::Unknown;
            }
            if let (Some(a), Some(b)) = (p.to_i64(), q.to_i64()) {
                return Value::from_i64(a.wrapping_div(b));
            }
            Value::Int(p / q)
        }
        _ => panic!("invalid binary operation {x} / {y}"),
    }
}

/// `x << s` or `x >> s` (arithmetic, rounding toward -∞) for an Int x.
pub fn shift(x: &Value, op: Operator, s: u64) -> Value {
    match (x, op) {
        (Value::Unknown, _) => Value::Unknown,
        (Value::Int(i), Operator::Shl) => Value::Int(i << s),
        (Value::Int(i), Operator::Shr) => Value::Int(i >> s),
        _ => panic!("invalid shift {x} {op} {s}"),
    }
}

fn cmp_result(c: Ordering, op: Operator) -> bool {
    match op {
        Operator::Eql => c == Ordering::Equal,
        Operator::Neq => c != Ordering::Equal,
        Operator::Lss => c == Ordering::Less,
        Operator::Leq => c != Ordering::Greater,
        Operator::Gtr => c == Ordering::Greater,
        Operator::Geq => c != Ordering::Less,
        _ => panic!("invalid comparison operator {op}"),
    }
}

/// `x op y` for `== != < <= > >=`; false if either is Unknown.
pub fn compare(x: &Value, op: Operator, y: &Value) -> bool {
    let (a, b) = match_values(x, y);
    match (&a, &b) {
        (Value::Unknown, _) => false,
        (Value::Bool(p), Value::Bool(q)) if matches!(op, Operator::Eql | Operator::Neq) => {
            cmp_result(p.cmp(q), op)
        }
        (Value::Int(p), Value::Int(q)) => cmp_result(p.cmp(q), op),
        (Value::Float(Float(FloatRepr::Rat(p))), Value::Float(Float(FloatRepr::Rat(q)))) => {
            cmp_result(p.cmp(q), op)
        }
        (Value::Float(Float(FloatRepr::Big(p))), Value::Float(Float(FloatRepr::Big(q)))) => {
            cmp_result(p.cmp(q), op)
        }
        (Value::Complex(ar, ai), Value::Complex(br, bi))
            if matches!(op, Operator::Eql | Operator::Neq) =>
        {
            let re = compare(ar, Operator::Eql, br);
            let im = compare(ai, Operator::Eql, bi);
            if op == Operator::Eql {
                re && im
            } else {
                !re || !im
            }
        }
        (Value::String(p), Value::String(q)) => cmp_result(p.bytes().cmp(q.bytes()), op),
        _ => panic!("invalid comparison {x} {op} {y}"),
    }
}

#[cfg(test)]
mod tests {
    //! Expected values come from real Go 1.27.3 runs (the toolchain in
    //! target/govenv). The table `CASES` was printed by a Go program that
    //! evaluates each case with go/constant on a stack:
    //!
    //! - `i:` `f:` `j:` `r:` `s:` push `constant.MakeFromLiteral(text,
    //!   token.INT/FLOAT/IMAG/CHAR/STRING, 0)`;
    //! - `+ - * / % & | ^ &^ && ||` are `constant.BinaryOp` (`quo` is
    //!   `token.QUO_ASSIGN`), `== != < <= > >=` `constant.Compare`, `<<N`
    //!   `>>N` `constant.Shift`, `neg pos not cplN` `constant.UnaryOp`
    //!   (`cplN`: `^` with prec N), `toint tofloat tocomplex real imag mkimag
    //!   num denom` the functions of those names;
    //! - `rep:T` is types2's `representableConst` (const.go) for basic type
    //!   T, written out over go/constant calls ("none" if not representable);
    //! - `f64 f32 i64 u64` print `Float64Val` etc. as `%#016x`/`%#08x` of the
    //!   IEEE bits or `%d`, then the exactness flag; `sign bitlen kind
    //!   strval` print `Sign`, `BitLen`, `Kind`, `strconv.Quote(StringVal)`
    //!   and `StringLen`;
    //! - a value result prints as `v.String() + " | " + v.ExactString()`;
    //!   results over 200 runes keep the first 80 and last 40 runes and the
    //!   length.
    //!
    //! Other tests state in a comment which Go program or `go build` run
    //! their expectations come from.

    use super::*;
    use crate::syntax::token::Operator as O;

    fn lit(kind: LitKind, text: &str) -> Value {
        Value::from_literal(kind, text).unwrap_or(Value::Unknown)
    }

    fn show(v: &Value) -> String {
        format!("{v} | {}", v.exact_string())
    }

    fn basic_kind(name: &str) -> BasicKind {
        use BasicKind as K;
        match name {
            "int8" => K::Int8,
            "int16" => K::Int16,
            "int32" => K::Int32,
            "int64" => K::Int64,
            "int" => K::Int,
            "uint8" => K::Uint8,
            "uint16" => K::Uint16,
            "uint32" => K::Uint32,
            "uint64" => K::Uint64,
            "uint" => K::Uint,
            "uintptr" => K::Uintptr,
            "untypedint" => K::UntypedInt,
            "float32" => K::Float32,
            "float64" => K::Float64,
            "untypedfloat" => K::UntypedFloat,
            "complex64" => K::Complex64,
            "complex128" => K::Complex128,
            "untypedcomplex" => K::UntypedComplex,
            "string" => K::String,
            "bool" => K::Bool,
            _ => panic!("kind {name}"),
        }
    }

    /// The Rust counterpart of the Go program's evaluator.
    fn eval(toks: &[&str]) -> String {
        let mut st: Vec<Value> = Vec::new();
        for &t in toks {
            let lits = [
                ("i:", LitKind::Int),
                ("f:", LitKind::Float),
                ("j:", LitKind::Imag),
                ("r:", LitKind::Rune),
                ("s:", LitKind::String),
            ];
            if let Some((p, k)) = lits.iter().find(|(p, _)| t.starts_with(p)) {
                st.push(lit(*k, &t[p.len()..]));
                continue;
            }
            if t.len() > 2 && (t.starts_with("<<") || t.starts_with(">>")) {
                let n: u64 = t[2..].parse().unwrap();
                let op = if t.starts_with('<') { O::Shl } else { O::Shr };
                let x = st.pop().unwrap();
                st.push(shift(&x, op, n));
                continue;
            }
            if let Some(p) = t.strip_prefix("cpl") {
                let x = st.pop().unwrap();
                st.push(unary_op(O::Xor, &x, p.parse().unwrap()));
                continue;
            }
            if let Some(k) = t.strip_prefix("rep:") {
                let x = st.pop().unwrap();
                match x.representable(basic_kind(k)) {
                    Some(v) => st.push(v),
                    None => return "none".into(),
                }
                continue;
            }
            let bin = match t {
                "+" => Some(O::Add),
                "-" => Some(O::Sub),
                "*" => Some(O::Mul),
                "/" => Some(O::Div),
                "%" => Some(O::Rem),
                "&" => Some(O::And),
                "|" => Some(O::Or),
                "^" => Some(O::Xor),
                "&^" => Some(O::AndNot),
                "&&" => Some(O::AndAnd),
                "||" => Some(O::OrOr),
                _ => None,
            };
            let cmp = match t {
                "==" => Some(O::Eql),
                "!=" => Some(O::Neq),
                "<" => Some(O::Lss),
                "<=" => Some(O::Leq),
                ">" => Some(O::Gtr),
                ">=" => Some(O::Geq),
                _ => None,
            };
            if bin.is_some() || cmp.is_some() || t == "quo" {
                let y = st.pop().unwrap();
                let x = st.pop().unwrap();
                st.push(match (bin, cmp) {
                    (Some(op), _) => binary_op(&x, op, &y),
                    (_, Some(op)) => Value::from_bool(compare(&x, op, &y)),
                    _ => quo_int(&x, &y),
                });
                continue;
            }
            let x = st.pop().unwrap();
            let v = match t {
                "neg" => unary_op(O::Sub, &x, 0),
                "pos" => unary_op(O::Add, &x, 0),
                "not" => unary_op(O::Not, &x, 0),
                "toint" => x.to_int(),
                "tofloat" => x.to_float(),
                "tocomplex" => x.to_complex(),
                "real" => x.real(),
                "imag" => x.imag(),
                "mkimag" => x.make_imag(),
                "num" => x.num(),
                "denom" => x.denom(),
                "f64" => {
                    let (f, ok) = x.float64_val();
                    return format!("0x{:016x} {ok}", f.to_bits());
                }
                "f32" => {
                    let (f, ok) = x.float32_val();
                    return format!("0x{:08x} {ok}", f.to_bits());
                }
                "i64" => {
                    let (v, ok) = x.int64_val();
                    return format!("{v} {ok}");
                }
                "u64" => {
                    let (v, ok) = x.uint64_val();
                    return format!("{v} {ok}");
                }
                "sign" => return x.sign().to_string(),
                "bitlen" => return x.bit_len().to_string(),
                "kind" => return format!("{:?}", x.kind()),
                "strval" => {
                    return format!("{} {}", format::quote(x.string_val()), x.string_len());
                }
                _ => panic!("bad op {t}"),
            };
            st.push(v);
        }
        assert_eq!(st.len(), 1, "stack");
        show(&st[0])
    }

    fn abbreviate(s: String) -> String {
        let r: Vec<char> = s.chars().collect();
        if r.len() <= 200 {
            return s;
        }
        let head: String = r[..80].iter().collect();
        let tail: String = r[r.len() - 40..].iter().collect();
        format!("{head}…{tail}({})", r.len())
    }

    fn v(kind: LitKind, text: &str) -> Value {
        Value::from_literal(kind, text).unwrap_or_else(|| panic!("malformed {text}"))
    }

    fn f(text: &str) -> Value {
        v(LitKind::Float, text)
    }

    fn i(text: &str) -> Value {
        v(LitKind::Int, text)
    }

    // The expectations of the named tests below were printed by Go 1.27.3:
    // by the table run (see the module comment), or by a small program
    // calling go/constant directly (MakeFloat64, Float32Val, Make(big.Rat),
    // Num, Denom, MakeString, Compare, ...), or by `go build`/`go run` where
    // a comment says so.

    /// Exact arithmetic on untyped constants.
    #[test]
    fn exact_arithmetic() {
        // 1<<100 >> 98 == 4, exactly.
        let x = shift(&shift(&i("1"), O::Shl, 100), O::Shr, 98);
        assert_eq!(show(&x), "4 | 4");
        // 1e100/3*3 == 1e100 (untyped floats are fractions).
        let third = binary_op(&f("1e100"), O::Div, &i("3"));
        let back = binary_op(&third, O::Mul, &i("3"));
        assert!(compare(&back, O::Eql, &f("1e100")));
        // 0.1+0.2 == 0.3 exactly, and prints as 0.3 (3/10).
        let sum = binary_op(&f("0.1"), O::Add, &f("0.2"));
        assert!(compare(&sum, O::Eql, &f("0.3")));
        assert_eq!(show(&sum), "0.3 | 3/10");
        // Integer `/` is exact; types2's integer division truncates.
        assert_eq!(show(&binary_op(&i("7"), O::Div, &i("2"))), "3.5 | 7/2");
        assert_eq!(show(&quo_int(&i("7"), &i("2"))), "3 | 3");
        assert_eq!(show(&quo_int(&i("-7"), &i("2"))), "-3 | -3");
        // go run: `const c = -9223372036854775808 / -1; fmt.Println(c)`
        // prints -9223372036854775808 (gc wraps, as go/constant's int64 path).
        let min = i("9223372036854775808");
        let min = unary_op(O::Sub, &min, 0);
        assert_eq!(
            quo_int(&min, &Value::from_i64(-1)).to_string(),
            "-9223372036854775808"
        );
        // 1e1000 is a fine untyped constant; 1<<1000 is exact.
        assert_eq!(f("1e1000").to_string(), "1e+1000");
        assert_eq!(shift(&i("1"), O::Shl, 1000).bit_len(), 1001);
    }

    #[test]
    fn representability() {
        use BasicKind as K;
        let neg1 = Value::from_i64(-1);
        assert!(neg1.representable(K::Uint).is_none());
        assert!(neg1.representable(K::Int8).is_some());
        assert!(Value::from_i64(256).representable(K::Uint8).is_none());
        assert_eq!(
            show(&Value::from_i64(255).representable(K::Uint8).unwrap()),
            "255 | 255"
        );
        // 1.5 truncated → not an int; 1.0 is.
        assert!(f("1.5").representable(K::Int).is_none());
        assert_eq!(show(&f("1.0").representable(K::Int).unwrap()), "1 | 1");
        // float32(1e40) overflows; float32(0.1) rounds to float32 precision.
        assert!(f("1e40").representable(K::Float32).is_none());
        assert_eq!(
            show(&f("0.1").representable(K::Float32).unwrap()),
            "0.1 | 13421773/134217728"
        );
        assert_eq!(
            show(&f("0.1").representable(K::Float64).unwrap()),
            "0.1 | 3602879701896397/36028797018963968"
        );
        assert!(f("1e10000").representable(K::Float64).is_none());
        assert!(f("2e308").representable(K::Float64).is_none());
        // Values below the smallest denormal round to 0.
        assert_eq!(
            show(&f("1e-50").representable(K::Float32).unwrap()),
            "0 | 0"
        );
        // Untyped floats keep their exact value.
        assert_eq!(
            show(&f("1e10000").representable(K::UntypedFloat).unwrap()),
            show(&f("1e10000"))
        );
        // Complex rounding applies to both parts.
        let c = binary_op(&f("0.1"), O::Add, &v(LitKind::Imag, "0.1i"));
        assert_eq!(
            show(&c.representable(K::Complex64).unwrap()),
            "(0.1 + 0.1i) | (13421773/134217728 + 13421773/134217728i)"
        );
        assert!(Value::from_i64(1).representable(K::String).is_none());
        assert!(Value::Unknown.representable(K::Int8).unwrap().is_unknown());
    }

    /// The constants as `go build` (Go 1.27.3) shows them in types2's
    /// messages, e.g. "cannot use 1e100 (untyped float constant 1e+100) as
    /// int value in variable declaration (truncated)", "constant 256
    /// overflows byte", "cannot use (1 + 2i) * 1e39 (untyped complex
    /// constant (1e+39 + 2e+39i)) as complex64 value ...", and a 100-digit
    /// string constant as "0123...4567...".
    #[test]
    fn message_forms() {
        assert_eq!(f("1e100").to_string(), "1e+100");
        assert_eq!(f("1e40").to_string(), "1e+40");
        assert_eq!(Value::from_i64(256).to_string(), "256");
        assert_eq!(f("2.5e-300").to_string(), "2.5e-300");
        assert_eq!(f("1.5").to_string(), "1.5");
        let digits: String = (0..100)
            .map(|k| char::from(b'0' + (k % 10) as u8))
            .collect();
        assert_eq!(
            Value::from_string(digits).to_string(),
            "\"01234567890123456789012345678901234567890123456789012345678901234567..."
        );
        let c = binary_op(
            &binary_op(&i("1"), O::Add, &v(LitKind::Imag, "2i")),
            O::Mul,
            &f("1e39"),
        );
        assert_eq!(c.to_string(), "(1e+39 + 2e+39i)");
        assert_eq!(
            binary_op(&i("1"), O::Add, &v(LitKind::Imag, "2i")).to_string(),
            "(1 + 2i)"
        );
        // Huge and tiny values (table run): 1e+10000, 1e-10000, 0.1.
        assert_eq!(f("1e10000").to_string(), "1e+10000");
        assert_eq!(f("1e-10000").to_string(), "1e-10000");
        assert_eq!(f("0.1").to_string(), "0.1");
        assert_eq!(
            binary_op(&f("1e10000"), O::Div, &i("3")).to_string(),
            "3.33333e+9999"
        );
    }

    #[test]
    fn literals() {
        assert_eq!(show(&i("0x_Ff")), "255 | 255");
        assert_eq!(show(&i("0b1011")), "11 | 11");
        assert_eq!(show(&i("017")), "15 | 15");
        assert_eq!(show(&f("0x1p-2")), "0.25 | 1/4");
        assert_eq!(show(&f("0123.5")), "123.5 | 247/2");
        assert_eq!(show(&v(LitKind::Imag, "0123i")), "(0 + 123i) | (0 + 123i)");
        assert_eq!(
            show(&v(LitKind::Rune, r"'\U00101234'")),
            "1053236 | 1053236"
        );
        assert_eq!(show(&v(LitKind::Rune, r"'\377'")), "255 | 255");
        assert_eq!(
            v(LitKind::String, "\"\\xff\\u00e9\"").string_val(),
            b"\xff\xc3\xa9"
        );
        // Raw strings drop carriage returns and keep backslashes.
        assert_eq!(v(LitKind::String, "`a\r\n\\n\r`").string_val(), b"a\n\\n");
        // Malformed (types2: "malformed constant"): bad digits, an exponent
        // out of int64, a value overflowing math/big's exponent range.
        for (kind, text) in [
            (LitKind::Int, "08"),
            (LitKind::Int, "1__0"),
            (LitKind::Float, "1e99999999999999999999"),
            (LitKind::Float, "1e1000000000"),
            (LitKind::Imag, "1e1000000000i"),
            (LitKind::Rune, r"'\400'"),
            (LitKind::Rune, r"'\uD800'"),
            (LitKind::String, "\"\\'\""),
        ] {
            assert!(Value::from_literal(kind, text).is_none(), "{text}");
        }
        // Underflow is 0, quickly.
        assert_eq!(show(&f("1e-1000000000")), "0 | 0");
    }

    #[test]
    fn huge_exponents_stay_bounded() {
        // Products overflow math/big's int32 exponent → Unknown; underflow
        // → 0 (table run: "1e600000000 * 1e600000000" is unknown).
        let big = f("1e600000000");
        assert!(binary_op(&big, O::Mul, &big).is_unknown());
        let tiny = f("1e-600000000");
        assert_eq!(show(&binary_op(&tiny, O::Mul, &tiny)), "0 | 0");
        // Adding values 2^31 binary orders apart doesn't build huge numbers.
        let top = f("0x1p2147483646");
        let bottom = f("0x1p-2147483000");
        let sum = binary_op(&top, O::Add, &bottom);
        assert!(compare(&sum, O::Eql, &top));
        assert!(compare(
            &binary_op(&sum, O::Sub, &top),
            O::Eql,
            &Value::from_i64(0)
        ));
        assert!(top.to_int().is_unknown());
        assert_eq!(top.float64_val(), (f64::INFINITY, false));
    }

    /// go/constant panics on division by zero; types2 reports it before
    /// dividing, and we give Unknown instead.
    #[test]
    fn division_by_zero_is_unknown() {
        let zero = Value::from_i64(0);
        assert!(binary_op(&i("1"), O::Div, &zero).is_unknown());
        assert!(binary_op(&i("1"), O::Rem, &zero).is_unknown());
        assert!(quo_int(&i("1"), &zero).is_unknown());
        assert!(binary_op(&f("1e10000"), O::Div, &zero).is_unknown());
        assert!(binary_op(&v(LitKind::Imag, "1i"), O::Div, &zero).is_unknown());
    }

    #[test]
    fn unknown_propagates() {
        let u = Value::Unknown;
        let one = Value::from_i64(1);
        assert!(binary_op(&u, O::Add, &one).is_unknown());
        assert!(binary_op(&one, O::Mul, &u).is_unknown());
        assert!(unary_op(O::Sub, &u, 0).is_unknown());
        assert!(shift(&u, O::Shl, 3).is_unknown());
        assert!(!compare(&u, O::Eql, &u));
        assert_eq!(u.sign(), 1);
        assert_eq!(u.int64_val(), (0, false));
        assert_eq!(u.to_string(), "unknown");
        assert!(u.make_imag().is_unknown());
    }

    #[test]
    fn constructors() {
        assert_eq!(
            show(&Value::from_u64(u64::MAX)),
            "18446744073709551615 | 18446744073709551615"
        );
        assert_eq!(Value::from_u64(u64::MAX).int64_val(), (-1, false));
        assert_eq!(show(&Value::from_f64(-0.0)), "0 | 0");
        assert_eq!(
            show(&Value::from_f64(0.1)),
            "0.1 | 3602879701896397/36028797018963968"
        );
        assert!(Value::from_f64(f64::NAN).is_unknown());
        assert!(Value::from_f64(f64::INFINITY).is_unknown());
        assert_eq!(show(&Value::from_bool(true)), "true | true");
        assert_eq!(show(&Value::from_string("a\"b")), "\"a\\\"b\" | \"a\\\"b\"");
        assert_eq!(Value::from_bytes(vec![0xffu8]).exact_string(), "\"\\xff\"");
        let r = Value::from_ratio(BigInt::from(6), BigInt::from(-4));
        assert_eq!(show(&r), "-1.5 | -3/2");
        assert_eq!(show(&r.num()), "-3 | -3");
        assert_eq!(show(&r.denom()), "2 | 2");
        assert_eq!(f("1.5").kind(), Kind::Float);
        assert!(f("1.5").as_float().is_some_and(Float::is_exact_fraction));
        assert!(!f("1e10000").as_float().unwrap().is_exact_fraction());
    }

    #[test]
    fn long_concatenation_chain() {
        // A long left-nested chain of `+` stays linear and drops without
        // deep recursion.
        let piece = Value::from_string("ab");
        let mut s = Value::from_string("");
        for _ in 0..200_000 {
            s = binary_op(&s, O::Add, &piece);
        }
        assert_eq!(s.string_len(), 400_000);
        let bytes = s.string_val();
        assert_eq!(bytes.len(), 400_000);
        assert!(bytes.chunks(2).all(|c| c == b"ab"));
        assert!(compare(&s, O::Gtr, &piece));
        drop(s);
    }

    #[test]
    fn promotion() {
        let (a, b) = match_values(&Value::from_i64(1), &f("0.5"));
        assert_eq!((a.kind(), b.kind()), (Kind::Float, Kind::Float));
        let (a, b) = match_values(&v(LitKind::Imag, "1i"), &Value::from_i64(2));
        assert_eq!((a.kind(), b.kind()), (Kind::Complex, Kind::Complex));
        let (a, b) = match_values(&Value::Unknown, &Value::from_i64(2));
        assert!(a.is_unknown() && b.is_unknown());
    }

    #[test]
    fn go_constant_table() {
        let mut bad = Vec::new();
        for (toks, want) in CASES {
            let got = abbreviate(eval(toks));
            if got != *want {
                bad.push(format!("{toks:?}\n   got  {got}\n   want {want}"));
            }
        }
        assert!(
            bad.is_empty(),
            "{} of {} cases differ:\n{}",
            bad.len(),
            CASES.len(),
            bad.join("\n")
        );
    }

    /// Printed by the Go program described above (go/constant, Go 1.27.3).
    /// The last 220 cases are a random sample of a randomized differential
    /// run (330,000 cases against the same Go program, all agreeing except
    /// division by zero, where Go panics).
    #[rustfmt::skip]
    const CASES: &[(&[&str], &str)] = &[
    (&["i:0"], "0 | 0"),
    (&["i:42"], "42 | 42"),
    (&["i:0x_Ff"], "255 | 255"),
    (&["i:0XAbC"], "2748 | 2748"),
    (&["i:0o17"], "15 | 15"),
    (&["i:0O17"], "15 | 15"),
    (&["i:017"], "15 | 15"),
    (&["i:0_17"], "15 | 15"),
    (&["i:0b1011"], "11 | 11"),
    (&["i:0B_1"], "1 | 1"),
    (&["i:1_000_000"], "1000000 | 1000000"),
    (&["i:9223372036854775807"], "9223372036854775807 | 9223372036854775807"),
    (&["i:9223372036854775808"], "9223372036854775808 | 9223372036854775808"),
    (&["i:18446744073709551615"], "18446744073709551615 | 18446744073709551615"),
    (&["i:18446744073709551616"], "18446744073709551616 | 18446744073709551616"),
    (&["i:0xFFFFFFFFFFFFFFFFFFFFFFFF"], "79228162514264337593543950335 | 79228162514264337593543950335"),
    (&["i:170141183460469231731687303715884105727"], "170141183460469231731687303715884105727 | 170141183460469231731687303715884105727"),
    (&["i:08"], "unknown | unknown"),
    (&["i:0x"], "unknown | unknown"),
    (&["i:1__0"], "unknown | unknown"),
    (&["i:1_"], "unknown | unknown"),
    (&["i:0b102"], "unknown | unknown"),
    (&["i:00"], "0 | 0"),
    (&["i:0o_7"], "7 | 7"),
    (&["f:0.0"], "0 | 0"),
    (&["f:0."], "0 | 0"),
    (&["f:1."], "1 | 1"),
    (&["f:1.5"], "1.5 | 3/2"),
    (&["f:.5"], "0.5 | 1/2"),
    (&["f:0.1"], "0.1 | 1/10"),
    (&["f:0.2"], "0.2 | 1/5"),
    (&["f:0.3"], "0.3 | 3/10"),
    (&["f:1e100"], "1e+100 | 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
    (&["f:1E100"], "1e+100 | 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
    (&["f:1e+100"], "1e+100 | 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
    (&["f:1e-100"], "1e-100 | 1/10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
    (&["f:2.5e-300"], "2.5e-300 | 1/4000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(313)"),
    (&["f:1e308"], "1e+308 | 10000000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(318)"),
    (&["f:1.7976931348623157e308"], "1.79769e+308 | 17976931348623157000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(324)"),
    (&["f:2e308"], "2e+308 | 20000000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(318)"),
    (&["f:4e-320"], "3.99996e-320 | 1/250000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(337)"),
    (&["f:5e-324"], "4.94066e-324 | 1/200000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(341)"),
    (&["f:2e-324"], "2e-324 | 1/500000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(335)"),
    (&["f:1e-400"], "1e-400 | 1/100000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(412)"),
    (&["f:1e1000"], "1e+1000 | 1000000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(1011)"),
    (&["f:1e-1000"], "1e-1000 | 1/10000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(1013)"),
    (&["f:1e1232"], "1e+1232 | 1000000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(1243)"),
    (&["f:1e1233"], "1e+1233 | 0x.f51e928179013fd3de4bd12cde4d985c4a573ca6f94bff13d44b7df7ab2a4b04cf7d74fb200343dfb684f73be4f4096059b768d22b4664d48010641420ee9076p+4096"),
    (&["f:1e-1232"], "1e-1232 | 1/10000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(1245)"),
    (&["f:1e-1234"], "1e-1234 | 0x.d5e40e47fafc23647af1e4c29f1c64ba283004bf9dfc94abdf0436a9e809ad3c63f45f4dcb8e78f8052f00e206f07f3ae2da689ac725040af4a0a89b36cec8dap-4099"),
    (&["f:1e10000"], "1e+10000 | 0x.9b84ea28556bf2697ef9d82ca87f38c7bac964afbd9aeefc56f376f88d12a3259d34bff2ed98c186f1c0de27edba9fdd7f7bb15f7495af6a9942449fe5dc8da3p+33220"),
    (&["f:1e-10000"], "1e-10000 | 0x.d2b35f715acd36fe4691cfdbe58b9e23937086481003ae5a9e5bda4988c1591a625d9fc07cbdd17a4ddb694ff14888ba752a64907b74b0b5c9b909616a4cd88ep-33219"),
    (&["f:-0.0"], "0 | 0"),
    (&["f:1e1000000000"], "unknown | unknown"),
    (&["f:1e-1000000000"], "0 | 0"),
    (&["f:6e-1886451601"], "0 | 0"),
    (&["f:1e99999999999999999999"], "unknown | unknown"),
    (&["f:0e99999999999999999999"], "unknown | unknown"),
    (&["f:0e1000"], "0 | 0"),
    (&["f:0x1p-2"], "0.25 | 1/4"),
    (&["f:0x1.8p1"], "3 | 3"),
    (&["f:0X.8P+3"], "4 | 4"),
    (&["f:0x1p1023"], "8.98847e+307 | 89884656743115795386465259539451236680898848947115328636715040578…9973622969239858152417678164812112068608(323)"),
    (&["f:0x1p1024"], "1.79769e+308 | 17976931348623159077293051907890247336179769789423065727343008115…9947245938479716304835356329624224137216(324)"),
    (&["f:0x1.fffffffffffff8p1023"], "1.79769e+308 | 17976931348623158079372897140530341507993413271003782693617377898…4342711559699508093042880177904174497792(324)"),
    (&["f:0x1p-1074"], "4.94066e-324 | 1/202402253307310618352495346718917307049556649764142118356901358…2532186327508646006263307707741093494784(341)"),
    (&["f:0x1p-1075"], "2.47033e-324 | 1/404804506614621236704990693437834614099113299528284236713802716…5064372655017292012526615415482186989568(341)"),
    (&["f:0x3p-1075"], "9.88131e-324 | 3/404804506614621236704990693437834614099113299528284236713802716…5064372655017292012526615415482186989568(341)"),
    (&["f:0x1p-1076"], "1.23516e-324 | 1/809609013229242473409981386875669228198226599056568473427605432…0128745310034584025053230830964373979136(341)"),
    (&["f:0x1p16383"], "5.94866e+4931 | 0x.8p+16384"),
    (&["f:0x1p-20000"], "2.51239e-6021 | 0x.8p-19999"),
    (&["f:0x_1p4"], "16 | 16"),
    (&["f:1_0.2_5e1_0"], "1.025e+11 | 102500000000"),
    (&["f:0123.5"], "123.5 | 247/2"),
    (&["f:00.1e2"], "10 | 10"),
    (&["f:089.5"], "89.5 | 179/2"),
    (&["f:1e1_0"], "1e+10 | 10000000000"),
    (&["f:3.14159265358979323846264338327950288419716939937510582097494459"], "3.14159 | 314159265358979323846264338327950288419716939937510582097494459/100000000000000000000000000000000000000000000000000000000000000"),
    (&["f:2.71828182845904523536028747135266249775724709369995957496696763e-5000"], "2.71828e-5000 | 0x.df3448e2370b33b2f050b0b822d3e43f7a77332750098bc3f7b2dc4d01d17758067a75e8c4211bb60e8388523f2a5fe4830f66df42f0e38772fbb6023ed8b318p-16608"),
    (&["f:123456789"], "1.23457e+08 | 123456789"),
    (&["f:123456789.5"], "1.23457e+08 | 246913579/2"),
    (&["f:1000000.5"], "1.0000005e+06 | 2000001/2"),
    (&["f:10000000.5"], "1.00000005e+07 | 20000001/2"),
    (&["f:100000"], "100000 | 100000"),
    (&["f:1000000"], "1e+06 | 1000000"),
    (&["f:1e6"], "1e+06 | 1000000"),
    (&["f:12345.25"], "12345.2 | 49381/4"),
    (&["f:1234565"], "1.23456e+06 | 1234565"),
    (&["f:0.000012345"], "1.2345e-05 | 2469/200000000"),
    (&["f:0.0001"], "0.0001 | 1/10000"),
    (&["f:0.00001"], "1e-05 | 1/100000"),
    (&["f:0.1234565"], "0.123456 | 246913/2000000"),
    (&["f:99999.95"], "99999.9 | 1999999/20"),
    (&["f:999999.5"], "999999.5 | 1999999/2"),
    (&["f:9.9999999e99999"], "1e+100000 | 0x.e054e06d32ba6f7c913e9944dcb71d626f28ddab920e47985c4e4ad3920eb1d33729d000c73603d9862bb16bcc6d55377b7496d1255e372cb3da88deca7d2512p+332193"),
    (&["f:1.23456789e-5000"], "1.23457e-5000 | 0x.cabf0d27ee6e77ab096b3205876b73feb5389bba6f3bda4b90ab05f68e5453bf4abcdc2b4278b3de079744757e68ff0df8ead9edc5aa3359931c5e2780fd81e7p-16609"),
    (&["f:5e-1234"], "5e-1234 | 0x.85ae88ecfcdd961eccd72ef9a371bef4591e02f7c2bddceb6b62a22a31060c45be78bb909f390b9b033d608d44564f84cdc88160bc772286d8e4696102413d89p-4096"),
    (&["f:7e4000"], "7e+4000 | 0x.b78332bf7e8adad4ebb0f24e35952556ea0aad1eaaca6d89080a77bdb2fd795e91355b01e0e502be1a0c9c76e11afa619ea22b45132a16182d7ab835b6b194fbp+13291"),
    (&["f:1e21"], "1e+21 | 1000000000000000000000"),
    (&["f:1e20"], "1e+20 | 100000000000000000000"),
    (&["j:0i"], "(0 + 0i) | (0 + 0i)"),
    (&["j:1i"], "(0 + 1i) | (0 + 1i)"),
    (&["j:1.5i"], "(0 + 1.5i) | (0 + 3/2i)"),
    (&["j:0x1p2i"], "(0 + 4i) | (0 + 4i)"),
    (&["j:0123i"], "(0 + 123i) | (0 + 123i)"),
    (&["j:0o17i"], "(0 + 15i) | (0 + 15i)"),
    (&["j:0b101i"], "(0 + 5i) | (0 + 5i)"),
    (&["j:0x10i"], "(0 + 16i) | (0 + 16i)"),
    (&["j:1e10000i"], "(0 + 1e+10000i) | (0 + 0x.9b84ea28556bf2697ef9d82ca87f38c7bac964afbd9aeefc56f376f88d12a3259d34bff2ed98c186f1c0de27edba9fdd7f7bb15f7495af6a9942449fe5dc8da3p+33220i)"),
    (&["j:1e1000000000i"], "unknown | unknown"),
    (&["j:1_0i"], "(0 + 10i) | (0 + 10i)"),
    (&["j:.5e1i"], "(0 + 5i) | (0 + 5i)"),
    (&["r:'a'"], "97 | 97"),
    (&["r:'\\n'"], "10 | 10"),
    (&["r:'\\x41'"], "65 | 65"),
    (&["r:'\\101'"], "65 | 65"),
    (&["r:'\\u12e4'"], "4836 | 4836"),
    (&["r:'\\U00101234'"], "1053236 | 1053236"),
    (&["r:'ä'"], "228 | 228"),
    (&["r:'本'"], "26412 | 26412"),
    (&["r:'\\''"], "39 | 39"),
    (&["r:'\\\\'"], "92 | 92"),
    (&["r:'\\a'"], "7 | 7"),
    (&["r:'\\b'"], "8 | 8"),
    (&["r:'\\f'"], "12 | 12"),
    (&["r:'\\r'"], "13 | 13"),
    (&["r:'\\t'"], "9 | 9"),
    (&["r:'\\v'"], "11 | 11"),
    (&["r:'\\\"'"], "unknown | unknown"),
    (&["r:'\\uD800'"], "unknown | unknown"),
    (&["r:'\\U00110000'"], "unknown | unknown"),
    (&["r:'\\400'"], "unknown | unknown"),
    (&["r:'\\377'"], "255 | 255"),
    (&["r:'\\xff'"], "255 | 255"),
    (&["r:''"], "unknown | unknown"),
    (&["r:'\\q'"], "unknown | unknown"),
    (&["r:'\\x4'"], "unknown | unknown"),
    (&["r:'\\08'"], "unknown | unknown"),
    (&["r:'\\U0010FFFF'"], "1114111 | 1114111"),
    (&["r:'😀'"], "128512 | 128512"),
    (&["s:\"abc\""], "\"abc\" | \"abc\""),
    (&["s:\"\""], "\"\" | \"\""),
    (&["s:\"\\xff\\x00\\n\\t\""], "\"\\xff\\x00\\n\\t\" | \"\\xff\\x00\\n\\t\""),
    (&["s:\"\\u00e9\\U0001F600\""], "\"é😀\" | \"é😀\""),
    (&["s:\"ä日本\""], "\"ä日本\" | \"ä日本\""),
    (&["s:`raw\\n`"], "\"raw\\\\n\" | \"raw\\\\n\""),
    (&["s:`a\u{d}\u{a}b\u{d}`"], "\"a\\nb\" | \"a\\nb\""),
    (&["s:\"\\\"q\\\"\""], "\"\\\"q\\\"\" | \"\\\"q\\\"\""),
    (&["s:\"\\a\\b\\f\\v\\\\\\r\""], "\"\\a\\b\\f\\v\\\\\\r\" | \"\\a\\b\\f\\v\\\\\\r\""),
    (&["s:\"\\377\\000\""], "\"\\xff\\x00\" | \"\\xff\\x00\""),
    (&["s:\"\\u00a0\\u200b\\U000e0001\\x7f\\u2028\\ufeff\""], "\"\\u00a0\\u200b\\U000e0001\\x7f\\u2028\\ufeff\" | \"\\u00a0\\u200b\\U000e0001\\x7f\\u2028\\ufeff\""),
    (&["s:\"\\xe2\\x82\\xac\\xe2\\x82\""], "\"€\\xe2\\x82\" | \"€\\xe2\\x82\""),
    (&["s:\"\\ud800\""], "unknown | unknown"),
    (&["s:\"\\'\""], "unknown | unknown"),
    (&["s:\"'\""], "\"'\" | \"'\""),
    (&["s:\"a\u{a}b\""], "unknown | unknown"),
    (&["s:\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\""], "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" | \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\""),
    (&["s:\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\""], "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\" | \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\""),
    (&["s:\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\""], "\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx... | \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\""),
    (&["s:\"日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日\""], "\"日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日... | \"日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日日\""),
    (&["s:\"\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\""], "\"\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n... | \"\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\\n\""),
    (&["s:\"\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\""], "\"\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff... | \"\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\""),
    (&["s:\"\\U0001F600\\u0301e\\u0301\""], "\"😀́é\" | \"😀́é\""),
    (&["s:\"\\u0000\\u0085\\u00ad\""], "\"\\x00\\u0085\\u00ad\" | \"\\x00\\u0085\\u00ad\""),
    (&["s:\"\\uE000\\U000F0000\""], "\"\\ue000\\U000f0000\" | \"\\ue000\\U000f0000\""),
    (&["s:\"\\u0378\""], "\"\\u0378\" | \"\\u0378\""),
    (&["s:\"ab\"", "s:\"cd\"", "+"], "\"abcd\" | \"abcd\""),
    (&["s:\"ab\"", "s:\"cd\"", "+", "strval"], "\"abcd\" 4"),
    (&["s:\"\\xff\"", "s:\"\"", "+", "strval"], "\"\\xff\" 1"),
    (&["s:\"ab\"", "s:\"b\"", "<"], "true | true"),
    (&["s:\"ab\"", "s:\"ab\"", "=="], "true | true"),
    (&["s:\"b\"", "s:\"ab\"", ">="], "true | true"),
    (&["s:`x`", "s:\"x\"", "!="], "false | false"),
    (&["i:1", "<<100", ">>98"], "4 | 4"),
    (&["i:1", "<<100"], "1267650600228229401496703205376 | 1267650600228229401496703205376"),
    (&["i:1", "<<511", "bitlen"], "512"),
    (&["i:1", "<<512", "bitlen"], "513"),
    (&["i:-1", "<<512", "bitlen"], "513"),
    (&["i:9223372036854775807", "i:1", "+"], "9223372036854775808 | 9223372036854775808"),
    (&["i:-9223372036854775808", "i:1", "-"], "-9223372036854775809 | -9223372036854775809"),
    (&["i:4294967296", "i:4294967296", "*"], "18446744073709551616 | 18446744073709551616"),
    (&["i:-9223372036854775808", "neg"], "9223372036854775808 | 9223372036854775808"),
    (&["i:-9223372036854775808", "i:-1", "quo"], "-9223372036854775808 | -9223372036854775808"),
    (&["i:-9223372036854775808", "i:-1", "%"], "0 | 0"),
    (&["i:-9223372036854775808", "i:-1", "/"], "9.22337e+18 | 9223372036854775808"),
    (&["i:7", "i:2", "quo"], "3 | 3"),
    (&["i:-7", "i:2", "quo"], "-3 | -3"),
    (&["i:7", "i:-2", "quo"], "-3 | -3"),
    (&["i:-7", "i:2", "%"], "-1 | -1"),
    (&["i:7", "i:-2", "%"], "1 | 1"),
    (&["i:1", "<<100", "i:3", "quo"], "422550200076076467165567735125 | 422550200076076467165567735125"),
    (&["i:1", "<<100", "neg", "i:3", "quo"], "-422550200076076467165567735125 | -422550200076076467165567735125"),
    (&["i:1", "<<100", "neg", "i:3", "%"], "-1 | -1"),
    (&["i:1", "i:3", "/"], "0.333333 | 1/3"),
    (&["i:6", "i:3", "/"], "2 | 2"),
    (&["i:-6", "i:4", "/"], "-1.5 | -3/2"),
    (&["i:1", "<<100", "i:1", "<<98", "/"], "4 | 4"),
    (&["i:-5", "i:3", "&"], "3 | 3"),
    (&["i:-5", "i:3", "|"], "-5 | -5"),
    (&["i:-5", "i:3", "^"], "-8 | -8"),
    (&["i:-5", "i:3", "&^"], "-8 | -8"),
    (&["i:5", "i:-3", "&^"], "0 | 0"),
    (&["i:1", "<<70", "neg", "i:12345", "&"], "0 | 0"),
    (&["i:1", "<<70", "neg", "i:1", "<<65", "|"], "-1143698132569992200192 | -1143698132569992200192"),
    (&["i:1", "<<70", "i:-1", "^"], "-1180591620717411303425 | -1180591620717411303425"),
    (&["i:1", "<<70", "i:-1", "&^"], "0 | 0"),
    (&["i:0", "cpl0"], "-1 | -1"),
    (&["i:5", "cpl0"], "-6 | -6"),
    (&["i:0", "cpl8"], "255 | 255"),
    (&["i:0", "cpl64"], "18446744073709551615 | 18446744073709551615"),
    (&["i:1", "cpl32"], "4294967294 | 4294967294"),
    (&["i:-1", "cpl16"], "0 | 0"),
    (&["i:1", "<<70", "cpl64"], "18446744073709551615 | 18446744073709551615"),
    (&["i:-5", ">>1"], "-3 | -3"),
    (&["i:-1", ">>100"], "-1 | -1"),
    (&["i:5", ">>100"], "0 | 0"),
    (&["i:-5", "<<0"], "-5 | -5"),
    (&["i:1", "<<70", "neg", ">>69"], "-2 | -2"),
    (&["i:3", "<<0"], "3 | 3"),
    (&["i:5", "neg"], "-5 | -5"),
    (&["i:5", "pos"], "5 | 5"),
    (&["i:0", "neg"], "0 | 0"),
    (&["i:1", "i:2", "<"], "true | true"),
    (&["i:1", "<<100", "i:1", "<<99", ">"], "true | true"),
    (&["i:3", "i:3", "<="], "true | true"),
    (&["i:3", "i:4", "!="], "true | true"),
    (&["f:1e100", "i:3", "/", "i:3", "*", "f:1e100", "=="], "true | true"),
    (&["f:1e100", "i:3", "/", "i:3", "*"], "1e+100 | 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
    (&["f:0.1", "f:0.2", "+", "f:0.3", "=="], "true | true"),
    (&["f:0.1", "f:0.2", "+"], "0.3 | 3/10"),
    (&["f:0.1", "i:3", "*"], "0.3 | 3/10"),
    (&["f:1.5", "f:2.5", "-"], "-1 | -1"),
    (&["f:1", "f:3", "/"], "0.333333 | 1/3"),
    (&["f:2", "f:3", "/", "neg"], "-0.666667 | -2/3"),
    (&["f:1e10000", "i:3", "/"], "3.33333e+9999 | 0x.cf5be2e071e5433753f7cae635fef65fa3b730ea5223e95073ef494b66c3843226f0ffee9221020942567d8a924e2a7ca9fa41d49b723f38cc585b7fdd26122fp+33218"),
    (&["f:1e10000", "f:1e-10000", "*"], "1 | 0x.8p+1"),
    (&["f:1e10000", "f:1e10000", "*"], "1e+20000 | 0x.bcf4711e4e6d22c3c3e5ee080ed563c78f26bac477a8b8d6f02438985bce899936090208b215fb1613fd341221624543563fc9b2902177d428b826e26fc7234p+66439"),
    (&["f:1e10000", "neg"], "-1e+10000 | -0x.9b84ea28556bf2697ef9d82ca87f38c7bac964afbd9aeefc56f376f88d12a3259d34bff2ed98c186f1c0de27edba9fdd7f7bb15f7495af6a9942449fe5dc8da3p+33220"),
    (&["f:1e10000", "f:1e10000", "-"], "0 | 0"),
    (&["f:1e10000", "f:1", "+"], "1e+10000 | 0x.9b84ea28556bf2697ef9d82ca87f38c7bac964afbd9aeefc56f376f88d12a3259d34bff2ed98c186f1c0de27edba9fdd7f7bb15f7495af6a9942449fe5dc8da3p+33220"),
    (&["f:1e10000", "f:1e9999", "-"], "9e+9999 | 0x.8bf79f8ab3478d5ef247428e97a5b31a281ba76af771d7164e4184ac7ef72c6ea715dff43c3cae2ca660c7f0bc5b297a8c55b93c4f53844656bba42982134c46p+33220"),
    (&["f:1e10000", "f:2", "/", "f:5e9999", "=="], "true | true"),
    (&["f:1e10000", "f:1e9999", ">"], "true | true"),
    (&["f:1e10000", "i:1", "<<10000", ">"], "true | true"),
    (&["f:1e-1000", "f:1e-1000", "*"], "1e-2000 | 0x.8d6ab6b8952ebf811c272ef69cdeca62c4f5d02f2f783c7e579d058d1d7c509797e4f77d246cb084f0178e34c187288c8bcd75975eee39abe21f7ecdbf6c9c1fp-6643"),
    (&["f:1e-1000", "f:1e-1000", "*", "f:1e-2000", "=="], "true | true"),
    (&["f:1e-600", "f:1e-600", "*", "f:1e600", "*"], "1e-600 | 1/100000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(612)"),
    (&["f:1e600000000", "f:1e600000000", "*"], "unknown | unknown"),
    (&["f:1e-600000000", "f:1e-600000000", "*"], "0 | 0"),
    (&["f:1e600000000"], "1e+600000000 | 0x.f448c8b33d18d07a2cbcc3db2fbae82e065197b2d833ae76ae41ef85a6aae05bd3d89ce27d83a687a37b1ec4f2708490103656f8e55e2dd3e1bfcb53f82c859p+1993156857"),
    (&["f:0.1", "i:1", "<<5000", "*"], "1.41247e+1504 | 0x.cccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccdp+4997"),
    (&["f:0.5", "i:1", "<<5000", "/"], "3.53991e-1506 | 0x.8p-5000"),
    (&["i:1", "<<5000", "f:1.5", "*"], "2.1187e+1505 | 0x.cp+5001"),
    (&["i:1", "<<5000", "tofloat"], "1.41247e+1505 | 0x.8p+5001"),
    (&["i:1", "<<4094", "tofloat"], "2.61097e+1232 | 2610972203532881266729381776791560956449910622618459450960583708…0195434508359022560951177085100788547584(1249)"),
    (&["f:1e-5000", "f:1e5000", "*"], "1 | 0x.8p+1"),
    (&["f:1e-5000", "f:1e5000", "*", "toint"], "1 | 1"),
    (&["f:1e-5000", "f:1e5000", "*", "i:1", "=="], "true | true"),
    (&["f:1e5000", "f:3", "/", "f:3", "*", "toint"], "unknown | unknown"),
    (&["f:1e5000", "f:7", "/", "f:7", "*", "toint", "i:10", "%"], "unknown | unknown"),
    (&["f:1e10000", "toint"], "unknown | unknown"),
    (&["f:1e1000", "toint"], "10000000000000000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(2005)"),
    (&["f:1.5", "toint"], "unknown | unknown"),
    (&["f:2.0", "toint"], "2 | 2"),
    (&["f:-0.0", "toint"], "0 | 0"),
    (&["j:0i", "f:3", "+", "toint"], "3 | 3"),
    (&["j:1i", "toint"], "unknown | unknown"),
    (&["f:1.5", "i:2", "*"], "3 | 3"),
    (&["f:1.5", "i:2", "*", "toint"], "3 | 3"),
    (&["i:3", "tofloat"], "3 | 3"),
    (&["j:0i", "f:2.5", "+", "tofloat"], "2.5 | 5/2"),
    (&["j:1i", "tofloat"], "unknown | unknown"),
    (&["s:\"a\"", "tofloat"], "unknown | unknown"),
    (&["i:3", "tocomplex"], "(3 + 0i) | (3 + 0i)"),
    (&["f:0.5", "tocomplex"], "(0.5 + 0i) | (1/2 + 0i)"),
    (&["s:\"a\"", "tocomplex"], "unknown | unknown"),
    (&["f:1.5", "real"], "1.5 | 3/2"),
    (&["f:1.5", "imag"], "0 | 0"),
    (&["j:2.5i", "i:1", "+", "real"], "1 | 1"),
    (&["j:2.5i", "i:1", "+", "imag"], "2.5 | 5/2"),
    (&["f:2.5", "mkimag"], "(0 + 2.5i) | (0 + 5/2i)"),
    (&["i:3", "mkimag"], "(0 + 3i) | (0 + 3i)"),
    (&["f:0.75", "num"], "3 | 3"),
    (&["f:0.75", "denom"], "4 | 4"),
    (&["f:-0.75", "neg", "num"], "3 | 3"),
    (&["i:7", "denom"], "1 | 1"),
    (&["f:1e10000", "num"], "unknown | unknown"),
    (&["f:1e-5000", "f:1e5000", "*", "denom"], "1 | 1"),
    (&["f:0.1", "f:0.1", "=="], "true | true"),
    (&["f:0.1", "i:0", ">"], "true | true"),
    (&["f:1.5", "i:1", "<"], "false | false"),
    (&["f:1e-10000", "i:0", ">"], "true | true"),
    (&["f:1e-10000", "f:0.0", "=="], "false | false"),
    (&["j:2i", "i:1", "+"], "(1 + 2i) | (1 + 2i)"),
    (&["j:2i", "i:1", "-"], "(-1 + 2i) | (-1 + 2i)"),
    (&["i:1", "j:2i", "-"], "(1 + -2i) | (1 + -2i)"),
    (&["j:2i", "j:2i", "*"], "(-4 + 0i) | (-4 + 0i)"),
    (&["j:2i", "i:1", "+", "j:1i", "i:3", "-", "*"], "(-5 + -5i) | (-5 + -5i)"),
    (&["i:1", "j:1i", "/"], "(0 + -1i) | (0 + -1i)"),
    (&["j:2i", "i:1", "+", "j:1i", "i:1", "-", "/"], "(0.5 + -1.5i) | (1/2 + -3/2i)"),
    (&["j:1.5i", "f:0.5", "+", "neg"], "(-0.5 + -1.5i) | (-1/2 + -3/2i)"),
    (&["j:1i", "j:1i", "=="], "true | true"),
    (&["j:1i", "i:1", "+", "j:1i", "!="], "true | true"),
    (&["j:0i", "i:0", "=="], "true | true"),
    (&["j:1e10000i", "i:2", "*"], "(0 + 2e+10000i) | (0 + 0x.9b84ea28556bf2697ef9d82ca87f38c7bac964afbd9aeefc56f376f88d12a3259d34bff2ed98c186f1c0de27edba9fdd7f7bb15f7495af6a9942449fe5dc8da3p+33221i)"),
    (&["j:1i", "i:1", "-", "sign"], "-1"),
    (&["j:0i", "sign"], "0"),
    (&["j:1i", "i:0", "+", "sign"], "1"),
    (&["j:1i", "neg", "i:1", "+", "sign"], "-1"),
    (&["f:0.1", "f64"], "0x3fb999999999999a false"),
    (&["f:0.1", "f32"], "0x3dcccccd false"),
    (&["f:1.5", "f64"], "0x3ff8000000000000 true"),
    (&["f:1.5", "f32"], "0x3fc00000 true"),
    (&["f:1e40", "f64"], "0x483d6329f1c35ca5 false"),
    (&["f:1e40", "f32"], "0x7f800000 false"),
    (&["f:1e-46", "f64"], "0x366244ce242c5561 false"),
    (&["f:1e-46", "f32"], "0x00000000 false"),
    (&["f:1e-45", "f64"], "0x3696d601ad376ab9 false"),
    (&["f:1e-45", "f32"], "0x00000001 false"),
    (&["f:3.4028235e38", "f64"], "0x47efffffe54daff8 false"),
    (&["f:3.4028235e38", "f32"], "0x7f7fffff false"),
    (&["f:3.4028236e38", "f64"], "0x47effffff514a7bc false"),
    (&["f:3.4028236e38", "f32"], "0x7f800000 false"),
    (&["f:1e308", "f64"], "0x7fe1ccf385ebc8a0 false"),
    (&["f:1e308", "f32"], "0x7f800000 false"),
    (&["f:2e308", "f64"], "0x7ff0000000000000 false"),
    (&["f:2e308", "f32"], "0x7f800000 false"),
    (&["f:4e-320", "f64"], "0x0000000000001fa0 false"),
    (&["f:4e-320", "f32"], "0x00000000 false"),
    (&["f:1e10000", "f64"], "0x7ff0000000000000 false"),
    (&["f:1e10000", "f32"], "0x7f800000 false"),
    (&["f:1e-10000", "f64"], "0x0000000000000000 false"),
    (&["f:1e-10000", "f32"], "0x00000000 false"),
    (&["f:0x1p-1075", "f64"], "0x0000000000000000 false"),
    (&["f:0x1p-1075", "f32"], "0x00000000 true"),
    (&["f:0x3p-1075", "f64"], "0x0000000000000002 false"),
    (&["f:0x3p-1075", "f32"], "0x00000000 true"),
    (&["f:0x1p-1074", "f64"], "0x0000000000000001 true"),
    (&["f:0x1p-1074", "f32"], "0x00000000 true"),
    (&["f:0x1.8p-1074", "f64"], "0x0000000000000002 false"),
    (&["f:0x1.8p-1074", "f32"], "0x00000000 true"),
    (&["f:0x1.0000000000001p-1074", "f64"], "0x0000000000000001 false"),
    (&["f:0x1.0000000000001p-1074", "f32"], "0x00000000 false"),
    (&["f:0x1.fffffffffffff8p1023", "f64"], "0x7ff0000000000000 false"),
    (&["f:0x1.fffffffffffff8p1023", "f32"], "0x7f800000 false"),
    (&["f:0x1.fffffffffffff7p1023", "f64"], "0x7fefffffffffffff false"),
    (&["f:0x1.fffffffffffff7p1023", "f32"], "0x7f800000 false"),
    (&["f:0x1p-149", "f64"], "0x36a0000000000000 true"),
    (&["f:0x1p-149", "f32"], "0x00000001 true"),
    (&["f:0x1p-150", "f64"], "0x3690000000000000 true"),
    (&["f:0x1p-150", "f32"], "0x00000000 false"),
    (&["f:0x1.8p-150", "f64"], "0x3698000000000000 true"),
    (&["f:0x1.8p-150", "f32"], "0x00000001 false"),
    (&["f:0x1.000001p0", "f64"], "0x3ff0000010000000 true"),
    (&["f:0x1.000001p0", "f32"], "0x3f800000 false"),
    (&["f:0x1.0000018p0", "f64"], "0x3ff0000018000000 true"),
    (&["f:0x1.0000018p0", "f32"], "0x3f800001 false"),
    (&["f:1e-1000", "f64"], "0x0000000000000000 false"),
    (&["f:1e-1000", "f32"], "0x00000000 false"),
    (&["f:0.1", "neg", "f64"], "0xbfb999999999999a false"),
    (&["f:1e-400", "neg", "f64"], "0x8000000000000000 false"),
    (&["f:1e-10000", "neg", "f64"], "0x8000000000000000 false"),
    (&["i:9223372036854775807", "f64"], "0x43e0000000000000 false"),
    (&["i:9223372036854775807", "f32"], "0x5f000000 false"),
    (&["i:9007199254740993", "f64"], "0x4340000000000000 false"),
    (&["i:16777217", "f32"], "0x4b800000 false"),
    (&["i:16777216", "f32"], "0x4b800000 true"),
    (&["i:1", "<<1100", "f64"], "0x7ff0000000000000 false"),
    (&["i:1", "<<1023", "f64"], "0x7fe0000000000000 true"),
    (&["i:1", "<<600", "i:1", "+", "f64"], "0x6570000000000000 true"),
    (&["i:1", "<<600", "f32"], "0x7f800000 false"),
    (&["i:-3", "f64"], "0xc008000000000000 true"),
    (&["i:1", "<<513", "i:1", "+", "f64"], "0x6000000000000000 true"),
    (&["i:-1", "u64"], "18446744073709551615 false"),
    (&["i:-1", "i64"], "-1 true"),
    (&["i:1", "<<64", "i64"], "0 false"),
    (&["i:1", "<<64", "u64"], "0 false"),
    (&["i:1", "<<64", "i:1", "-", "u64"], "18446744073709551615 true"),
    (&["i:1", "<<64", "i:1", "-", "i64"], "-1 false"),
    (&["i:1", "<<64", "neg", "i:1", "-", "i64"], "-1 false"),
    (&["i:1", "<<64", "neg", "i:1", "-", "u64"], "1 false"),
    (&["i:1", "<<63", "i64"], "-9223372036854775808 false"),
    (&["i:1", "<<63", "neg", "i64"], "-9223372036854775808 true"),
    (&["i:1", "<<63", "u64"], "9223372036854775808 true"),
    (&["i:0", "sign"], "0"),
    (&["i:-3", "sign"], "-1"),
    (&["f:-0.5", "sign"], "-1"),
    (&["f:1e-10000", "neg", "sign"], "-1"),
    (&["f:1e-10000", "sign"], "1"),
    (&["i:0", "bitlen"], "0"),
    (&["i:-1", "bitlen"], "1"),
    (&["i:-9223372036854775808", "bitlen"], "64"),
    (&["i:255", "bitlen"], "8"),
    (&["i:1", "kind"], "Int"),
    (&["f:1", "kind"], "Float"),
    (&["j:1i", "kind"], "Complex"),
    (&["s:\"\"", "kind"], "String"),
    (&["i:1", "i:2", "<", "kind"], "Bool"),
    (&["f:1e1000000000", "kind"], "Unknown"),
    (&["i:-1", "rep:uint"], "none"),
    (&["i:0", "rep:uint"], "0 | 0"),
    (&["i:256", "rep:uint8"], "none"),
    (&["i:255", "rep:uint8"], "255 | 255"),
    (&["i:-128", "rep:int8"], "-128 | -128"),
    (&["i:-129", "rep:int8"], "none"),
    (&["i:127", "rep:int8"], "127 | 127"),
    (&["i:128", "rep:int8"], "none"),
    (&["i:32768", "rep:int16"], "none"),
    (&["i:-32768", "rep:int16"], "-32768 | -32768"),
    (&["i:65535", "rep:uint16"], "65535 | 65535"),
    (&["i:2147483648", "rep:int32"], "none"),
    (&["i:-2147483648", "rep:int32"], "-2147483648 | -2147483648"),
    (&["i:4294967295", "rep:uint32"], "4294967295 | 4294967295"),
    (&["i:4294967296", "rep:uint32"], "none"),
    (&["i:9223372036854775807", "rep:int64"], "9223372036854775807 | 9223372036854775807"),
    (&["i:9223372036854775808", "rep:int64"], "none"),
    (&["i:9223372036854775808", "rep:int"], "none"),
    (&["i:18446744073709551615", "rep:uint64"], "18446744073709551615 | 18446744073709551615"),
    (&["i:18446744073709551616", "rep:uint64"], "none"),
    (&["i:18446744073709551615", "rep:uintptr"], "18446744073709551615 | 18446744073709551615"),
    (&["i:18446744073709551616", "rep:uint"], "none"),
    (&["f:1.5", "rep:int"], "none"),
    (&["f:1.0", "rep:int"], "1 | 1"),
    (&["f:1e100", "rep:int"], "none"),
    (&["f:-1e18", "rep:int"], "-1000000000000000000 | -1000000000000000000"),
    (&["f:255.0", "rep:uint8"], "255 | 255"),
    (&["f:-0.0", "rep:uint8"], "0 | 0"),
    (&["j:0i", "rep:int"], "0 | 0"),
    (&["j:1i", "rep:int"], "none"),
    (&["f:1e1000", "rep:untypedint"], "10000000000000000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(2005)"),
    (&["f:1e10000", "rep:untypedint"], "none"),
    (&["f:0.5", "rep:untypedint"], "none"),
    (&["s:\"a\"", "rep:int"], "none"),
    (&["f:1e40", "rep:float32"], "none"),
    (&["f:0.1", "rep:float32"], "0.1 | 13421773/134217728"),
    (&["f:1e-50", "rep:float32"], "0 | 0"),
    (&["f:3.4028235e38", "rep:float32"], "3.40282e+38 | 340282346638528859811704183484516925440"),
    (&["f:3.4028236e38", "rep:float32"], "none"),
    (&["f:-1e39", "rep:float32"], "none"),
    (&["i:16777217", "rep:float32"], "1.67772e+07 | 16777216"),
    (&["f:1e10000", "rep:float32"], "none"),
    (&["f:1e-10000", "rep:float32"], "0 | 0"),
    (&["f:0.1", "rep:float64"], "0.1 | 3602879701896397/36028797018963968"),
    (&["f:1e308", "rep:float64"], "1e+308 | 10000000000000000109790636294404554174049230967731184633681068290315758…5291802893207873272974885715430223118336(318)"),
    (&["f:2e308", "rep:float64"], "none"),
    (&["f:1e10000", "rep:float64"], "none"),
    (&["f:4e-320", "rep:float64"], "3.99996e-320 | 253/6325070415853456823515479584966165845298645305129441198653167…3204130822734645187695728365866909171712(341)"),
    (&["f:1e-400", "rep:float64"], "0 | 0"),
    (&["i:9007199254740993", "rep:float64"], "9.0072e+15 | 9007199254740992"),
    (&["i:3", "rep:float64"], "3 | 3"),
    (&["j:1i", "rep:float64"], "none"),
    (&["s:\"a\"", "rep:float64"], "none"),
    (&["i:3", "rep:untypedfloat"], "3 | 3"),
    (&["f:1e10000", "rep:untypedfloat"], "1e+10000 | 0x.9b84ea28556bf2697ef9d82ca87f38c7bac964afbd9aeefc56f376f88d12a3259d34bff2ed98c186f1c0de27edba9fdd7f7bb15f7495af6a9942449fe5dc8da3p+33220"),
    (&["j:1e40i", "rep:complex64"], "none"),
    (&["j:0.1i", "rep:complex64"], "(0 + 0.1i) | (0 + 13421773/134217728i)"),
    (&["j:0.1i", "rep:complex128"], "(0 + 0.1i) | (0 + 3602879701896397/36028797018963968i)"),
    (&["i:3", "rep:complex128"], "(3 + 0i) | (3 + 0i)"),
    (&["f:1e400", "rep:complex128"], "none"),
    (&["i:3", "rep:untypedcomplex"], "3 | 3"),
    (&["s:\"a\"", "rep:complex64"], "none"),
    (&["s:\"a\"", "rep:string"], "\"a\" | \"a\""),
    (&["i:1", "rep:string"], "none"),
    (&["i:1", "rep:bool"], "none"),
    (&["j:0.1i", "f:0.1", "+", "rep:complex64"], "(0.1 + 0.1i) | (13421773/134217728 + 13421773/134217728i)"),
    (&["j:0i", "f:1.5", "+", "rep:float64"], "1.5 | 3/2"),
    (&["j:0i", "f:2", "+", "rep:int"], "2 | 2"),
    (&["i:1", "i:2", "<", "rep:bool"], "true | true"),
    (&["i:1", "<<64", "rep:float32"], "1.84467e+19 | 18446744073709551616"),
    (&["f:0.1", "f:0.2", "+", "rep:float64"], "0.3 | 5404319552844595/18014398509481984"),
    (&["f:1e-5000", "f:1e5000", "*", "rep:int"], "1 | 1"),
    (&["f:17.5716893051132147272398559041165588860e14276", "f:0x1.6716b257fed15cd0p-69887", "*", "f:0x1.15952fb48b50d945p-19413", "*", "f:-3.2126606059089094e+14", "/", "f:0x1.1a34a65f5f109088p46686", "<"], "true | true"),
    (&["f:0x1.ab426d3f3c3b20p-19791", "f:864e1317", "+", "num"], "unknown | unknown"),
    (&["f:0x1.3c49d10d2a88694bp26804", "f:35.22573324657312962635172834398278962718026558878457921586693025039533523e-5169", "=="], "false | false"),
    (&["f:0x73296809185bfa04.3abccbca5da5f926p1037", "f:328623149835881e-122", "-", "f:0x1.99f196e318e6e516p-10593", "<"], "false | false"),
    (&["f:6135e-413", "f:31.9642583265886e-20087", "/", "i:3474557558089225692321990422622184072583343677534939898029158204860794985386662778677408626378", "=="], "false | false"),
    (&["f:13.2806956807552523873881681514399650854185306786559843569288385594322100362297300425696214924331294597251476999292306006400439556007062461472457102929440000570280647107968107889707735859e29380", "f:0x1.a40813a7b10d726dp-58669", "-", "rep:float64"], "none"),
    (&["f:9.980836078310264e-08", "f:5664e-935", "-", "f:66e-996", "+", "f:1.7179946481196868759981675077817e-25900", "*", "f:923e680", "-", "f32"], "0xff800000 false"),
    (&["f:0x1.8da838b10b2ea878p-20888", "f:34.9745148069582601405449494953961746675160090851180637172653936876159300995751455968078868211935828277727502011821250122e-22093", "/", "f:38.4985215117e-28069", "+", "i:67270126815380832138589774117560112730", "<"], "false | false"),
    (&["f:3388e-431", "f:208.244071155894975772591382478921279085373591462928959473526213114424144535357869592311296958602500827842310447988095539825376803143152985691282127155533245009122568784221083636938724e-18429", "=="], "false | false"),
    (&["f:0x1.6c9400bf3a46c234p84923", "f:1776e-125", "<"], "false | false"),
    (&["i:22037034375397699272649913115191717504169", "f:395e-548", "-", "f:6.320887871805838949626958770103737315576547256521245919979969604343308127710919540696094003379224762842095e-7767", "*", "i:4862722495247693352909177373866332319486144222", "*"], "0.677346e-7680 | 0x.82b516014cd083fcb22af06381caa588ff7f76823858ed7a6ccad670339e690eae6a44afc6dab37b017e22a8e50b5386d91ffbddb1272289141a54a88871e657p-25512"),
    (&["f:2e1439", "f:811.5405269493883516888157481019103428868285133511802308967532731746026017212668122340579908072355705377064250733895091532541658604871210003896e-20187", "/", "f:778e-386", "<"], "false | false"),
    (&["f:2137.3", "f:578e746", "+", "i:9214870355426902288623495571086894243882725642755773688170711459054145", "*", "f:0x1.7a7830ae38663516p66289", "-", "f:7.840072272031145469836175043215868311650990777306675366451861317880989487940291021719766508099839098191482252134324657617210720343902144820435159135287088678125552194180309574257888699e11889", "<"], "true | true"),
    (&["f:0x47ec6698c3facd59.6ebddd77153051a4p-946", "i:39087388080081351206311636296581477684902412099663238441847936908831547288123561178925705372488069383032556286608624677792009206225137860", "+", "i:624008308337672590741665935676432564210057992995", "*", "f:873640143e19", "<"], "false | false"),
    (&["f:718.36e-11178", "f:33.198925472190125242228766436231069413588193808911547715e10850", "+", "f:0x1.22575faaf1e0fb7ap81460", "=="], "false | false"),
    (&["i:7383683264466265674765727143529841193420561915829361154012903697629598576", "f:39.878007430501990348951800054177976754008568385040049331816632566758202276189e-15148", "+", "f:2.152165907571715e+186", "/", "f:27.50749e42", "+", "f:8e1546", "-", "rep:float64"], "none"),
    (&["f:0x1.a64e680511acfb73p-53394", "f:2975e1002", "/", "f:427.70109775734961e46", "+", "f:88.171684583690252827448512733644368158359717448937329800773977421018976890245539506463615111549207829831240987e-26161", "/", "f:31184e525", "=="], "false | false"),
    (&["f:8648e-250", "f:6e-264", "<"], "false | false"),
    (&["f:291e143", "f:4.59026566339669788409468108879478275998115582036825e18545", "*", "rep:float64"], "none"),
    (&["f:8.6565926082163089538562041030281329615553883167314695539035794675670665278532379319658174e29936", "f:2040296.421", "=="], "false | false"),
    (&["f:0x1.60331be334cca9c1p76518", "f:0x1.0cfbb4cefbfc9p248", "*", "f:9.1325481324479758231370307457249074730581071462730579284847273029238616198948845486546405976345534724221856711843170395e2097", "<"], "false | false"),
    (&["f:196.240e49", "f:58546e243", "*", "i:82", "+", "f:0x1.a9d2c12ef67d13cbp80789", "+", "f:0x1.3c7d84b515d86b33p79855", "=="], "false | false"),
    (&["f:508.7141967464409039366135646945467864102725729454541275821841844384821306934976825882204418178515738233149821510e13123", "f:0x1.c6efe263b691cbap33604", "<"], "false | false"),
    (&["f:97.645989153884361688132844679985160161321291911675912286988733381909028777439106747268842645582797797082306454128492208222448163831223683023271874e7690", "i:818546298186694863918524480288623127248", "<"], "false | false"),
    (&["f:30.4064703187653291549e11805", "f:9573e-564", "/"], "3.17627e+12366 | 0x.c61c1e5a36a6e27cdc8eac3c4be5bfd946917f96865c24a0957f3a5c64c715190274036b5de5f4f5d2ff65bc5f3df5705b34da84fa261ae98cf39f62c8251a37p+41081"),
    (&["f:811784161e-304", "f:45.465843038407180801245372337907e29312", "/", "f:6.4033130878285848946562058144436919465275769049247638366312719604233800193047692754320530876337600149653461782340275613031642650973000210209644756701352583e27042", "=="], "false | false"),
    (&["f:501.439140874584386121199083717910665344877134540851721011230426498469048893192392738062078370912889654972432484133164657266301636326956657691060077833190702636042607138901874582927171484039132882e21338", "f:1.4525976214216302e+80", "-", "f:44238e1445", "*", "i:377576874696993458745570588393858697546240771974224767", "*", "rep:float64"], "none"),
    (&["f:58.62540467e23451", "f:0x1.dace2d66618294aap1833", "/"], "5.15025e+22900 | 0x.b74b3bae90e0e911f1a1a38b1d45fcea2cad93829947a7c5249f40c012f646f8a39ddfb30363cf2b8396cc8b8e76931782bf2bcdb8cf5fa7821a44a281cb93d1p+76075"),
    (&["f:108.953653533335220229390955814649137685038408132853965259797557445390247e15439", "i:2694474763735711303500863601582525894780653160934810336553139359483743004822648896563902621867154015104", "+", "i:63953661380287151230743860931179652624037217610191565438158810281021967278070651935126278537995", "*"], "6.96799e+15535 | 0x.f7e9f8373ed37c542c79748106df8b630b741bd3edcdc0acae4a02967fa61afaa0b5349ddb6acb0a8a592831f0689bba84325acc75eadc5a8f8d5075a44c8ae8p+51609"),
    (&["f:4521737.776", "f:0x36d4e7bd23362558.2bc6aea6de43575cp1153", "<"], "true | true"),
    (&["f:0x1.362191eb3f6e2p1080", "f:3421447257749e-21", "*", "f:739.2710739027784379017308525557681119827867810576042103037762904885675e-2711", "*", "f:7531e1458", "=="], "false | false"),
    (&["f:4e-1235", "f:0x1.b0f7227d6b7acbbdp18886", "/", "f:0x1.4ca7d9b93e2653efp5919", "/", "i:385620453121609300", "+", "f:8.1801783717066811197172358237450532940043191372110144672182833922805989765284305293492867350707691152175918519295e29691", "/"], "4.71408e-29675 | 0x.81daf7dd7dd1c93d3595135a27114ee1d58abaecd9fbc2d2e87c2f9934e9731073f11cbdc3c937e7d3c334cd0204c3cca6bc1da5a00ef06c1fd10c2afd332a52p-98575"),
    (&["f:2.1835861910248630756855402902036624092065816940394246790242429901202514518887600883375171532530135098506032076610771140333406183659925720325826840105054903643675735564104615568719377685758667829048263e-23778", "f:0x43b22f6e3c58c8f.6d886a446487ffdep-1488", "/", "f:45.725744300825180140880460772489243419e-20368", "=="], "false | false"),
    (&["f:0x1.98b2d415e3ee39ffp8401", "i:3277787667498545283639324324709513687819120633197", "-"], "1.4327e+2529 | 0x.cc596a0af1f71cff8p+8402"),
    (&["f:85e797", "f:0x1.6975c49b0ef9e37fp-31690", "<"], "false | false"),
    (&["i:23817445117988957193805466", "f:8499e-1240", "/", "f:0x1.3169caefed79263ap-27540", "+", "f:0x1.d65751a9fad2f286p44715", "*"], "1.85335e+14722 | 0x.9f4b2c1e1c5bbbc7f5e4105b601bedbfaea0f250907c27c3796d33bb2750ed69c3214b870ac95f43e7a64725e34fa1ece746d2bdf11a961d55a461e6dda95d88p+48907"),
    (&["f:16917e1350", "f:4e-35", "*", "rep:int"], "none"),
    (&["f:16450e-764", "f:14081e0", "+", "f64"], "0x40cb808000000000 false"),
    (&["f:0x1.7742cd5e79c32c8cp-20247", "f:0x1.2b8c1b5b5a413066p-36627", "+", "i:82031134737052940764140862157083861122043946231916601529247295382444651", "+", "f:84.3454283264708622122232490699237745907321754884299792575256136944781858050261761609540644954980783598454882150448444399642719080836535877829610607784492734259215434147191555617889406558974267604e9688", "-"], "-8.43454e+9689 | -0x.96eb032788bd85985798ef84b4a69271af7ec1bc1a71b19609ae50790deb82959558d6f5757be85cb007ec89bff2ddb8901b3e06ff5d0041612bd39eab3304f7p+32190"),
    (&["f:4.2672760273796112696416944266958298053622915618373382825814038331628518332054843163906955526452852847599727195956e-13185", "f:30646e1268", "=="], "false | false"),
    (&["f:0x1.19755d183dfed024p-57750", "f:0x1.c348afade5636e54p99299", "+", "f:9.518317547359849e+60", "=="], "false | false"),
    (&["f:1826e123", "i:494889026395858863206593518050266537304595289256241530548482560931839899050920125867007478593468581348330677866243008891823907673353110459070553043", "<"], "true | true"),
    (&["f:949.2268764371788965246927755074226636253988315131065385988562793403233598905593683764677844862313038938319852665649613343516107064e16741", "f:46.39472296653020320118283627233831959313882304635564212e2683", "+", "f:4502e-1230", "*"], "4.27342e+15517 | 0x.af4b77208c24b3f04bc20817ce8d078d53980d4c61361dd183240aac390c4637506046f8a9933084c15fb3dfa9a183546233e2c30e14e16908d26954d27f5d0fp+51549"),
    (&["f:494.2642659878911663665711637098998735e-43", "f:1.263177465366976e-19", "/"], "3.91286e-22 | 988528531975782332733142327419799747/2526354930733952000000000000000000000000000000000000000000"),
    (&["f:0x1.365616953d194606p71298", "f:0x1.23c438f2c57f31d7p-11588", "<"], "false | false"),
    (&["f:2104508828756702e1654", "i:6037190287601187849612749677647101151884071", "-", "f:40199e-470", "<"], "false | false"),
    (&["f:1417e1247", "f:84573e133", "<"], "false | false"),
    (&["f:7e61", "f:8410e-308", "*", "i:1483471606663538378788769552893013242130766643494848861900067264717375101923907911471771246058258436903449466505648233824733249417476557", "<"], "true | true"),
    (&["i:9070920996", "f:0x1.7617fa3ad9e1cc7p90057", "<"], "true | true"),
    (&["f:35280327600103165985e-28", "f:640.208606814240247500422330263011969310192724539290816268324660148183030060080416e-21252", "=="], "false | false"),
    (&["i:604138820820103345195291592978866835531803156919922358080928675417792521099516632386", "f:7e406", "=="], "false | false"),
    (&["f:0x1.8bd9f3d1c5f78923p74710", "i:920317012245394256935276358281028819802438121613350712386180752098160876767977770437204700227788726", "=="], "false | false"),
    (&["f:783e-9508", "i:792713405544989402418579724332010144872355459197635526365557270782226893113887879104414", "/"], "0.987747e-9592 | 0x.8452d89dafd4373e55d1e1a120f7e30aa67aac61055d209e7c766db749f2ea81e7ab150ffc3472df309efaf0014285ffbc36a4db6243c594330a6d4a0a555406p-31863"),
    (&["f:0x1.16a013ee669bdba9p-33171", "f:93e-146", "+", "f:4.29335888906808928763918973839846420810841160788317095968846913898766268277189456022880315615e16734", "-"], "-4.29336e+16734 | -0x.97e2db7af32b056af44e17572dfcded91ee969a1f7c0ae1a739ec96e4e86591e7d30583621af6049d9cb7ab79aea728aba52503f5e68e723050a539bdcddbccep+55592"),
    (&["i:624914911985562173386908271074899831401478863398170889942419034740698324119931179384060622366927470483978", "f:6.2789829313027889779087910e-353", "*", "f:364e836", "<"], "true | true"),
    (&["f:599.177e-40", "f:32552e922", "/", "i:973909093801735539549189604413", "=="], "false | false"),
    (&["f:0x1.6c583915ac9a65f5p67608", "f:0x1.4e60af3831ba7f1bp-62560", "*", "f:8e-92", "+", "f:0x1.88502807222946edp5308", "<"], "true | true"),
    (&["f:1e765", "f:2.3397807123809438e-182", "<"], "false | false"),
    (&["f:8345863.3", "f:0x1.8aa7c3e53ab113eap-66983", "=="], "false | false"),
    (&["f:0.7648526564352832838789713601869644119491127775048477102166541573e20164", "f:752911269e31", "<"], "false | false"),
    (&["i:306733627821019497704067197729545101073664038518966776076240468470268345439741244445912591044748246479723740109664854767810330239383895474007121696843", "f:0x1.b4340414bc7b2p17", "*", "f:256e4", "<"], "false | false"),
    (&["i:34672684018458123721316101384049184811048057956165270237584955", "i:3354977551553341044405418074873450148469793156724", "/", "f:0x1.f65891bb0ebbe29cp73120", "=="], "false | false"),
    (&["i:204169087416", "f:0x1.5908d81ca700062fp-95435", "<"], "false | false"),
    (&["i:476752787929322415125359756028427975733307649772162007325624949901196658946", "f:5e-33", "+", "f:6540994740792675e206", "/"], "7.28869e-148 | 95350557585864483025071951205685595146661529954432401465124989980…0000000000000000000000000000000000000000(378)"),
    (&["f:29336e-1480", "i:910725165715410316246108", "*", "f:259.1136085831737080540888152097272506527356118758947678267308528520011662555011830253423590592491139386536195030682186256114382171421976235322221677260443811194658721120286947914190640656255740832e10841", "=="], "false | false"),
    (&["f:425.7593445996736334973739e-2964", "f:45678e-424", "<"], "true | true"),
    (&["f:875.46915552136211339999300317974940330205664853468504604225992193864961266692805764783782629021051755328898682005589664559380291302500321817984562015970869052e8740", "f:4.363957622851326958865480605434972355875188622e10036", "-", "f:0x1d266ac49d627b75.488296648f7f7ce7p-868", "+"], "-4.36396e+10036 | -0x.ff4a6dbde49213674d572e9ef16717d102ce1757b9d1d4b3b5c09f54f3099436f7a7a6f5e1cb73d823eeb14ac47dc0219cc4d6a358c0b7a022d3a7d563fccabcp+33341"),
    (&["f:850.4322224464858280339638467300400300336207044793484832078434552125841941e16496", "f:32e-964", "*", "f:9e517", "/"], "3.02376e+15018 | 0x.9ef469845cf815871f94a70237fa69232c586b79fde823ab12f5ba0768bd1fe3c706252c62bbd310748cc196fa644479002dea646c337ad979a6366b6b416781p+49891"),
    (&["f:731.934350717988926186423138997691921112683086742951192207967613677552649609002939793907086021765928801783867e-10867", "f:89.58388778057e-45", "*", "f:4896e51", "-"], "-4.896e+54 | -0x.cc776c90aaca7c63e0d3c38f5a270bd4p+182"),
    (&["f:0x1.5397f7949b2c3189p-46037", "f:0x1.bec21c57fc065p689", "-", "i:70931563387357507706847968455101379", "*", "f:895e-931", "-"], "-3.17936e+242 | -0x.beb9097840213cb74bcb9e28dcb589cd8d049671f78p+806"),
    (&["f:7939e1074", "f:61178e-316", "+", "f:0x1.917207d0b8007p-488", "<"], "false | false"),
    (&["f:9.900387725750960068864231142618204e-33", "f:5.898407421284173e+08", "<"], "true | true"),
    (&["i:35078633167245974328243068985343134395257862065897178596111953348", "f:3.0847224369184087e+227", "=="], "false | false"),
    (&["f:0x1.be1b37918416c6b6p-21443", "f:9.82584025480068293231240486789067780940244880248049115867606868018988411572363501198093573644433485848e19601", "+", "rep:int"], "none"),
    (&["f:0x734363b9027702af.7a01f185523c2476p-1383", "f:42e-133", "-", "rep:int"], "none"),
    (&["f:0x1.1074d10f05cf0503p-91143", "f:3e-762", "=="], "false | false"),
    (&["f:86296e-145", "f:212.11878419821564834643736509e-17", "/", "f:2e-889", "-"], "4.06829e-126 | 43147999999999999999999999999999999999999999999999999999999999999…0000000000000000000000000000000000000000(1726)"),
    (&["f:65e-933", "f:7.744666070800161427512703286703680896711160630e-29494", "=="], "false | false"),
    (&["f:-1.7089747262098097e-07", "i:46556344071574040384459431362177038875904778982263530123592832704149738695781829323569973124034704532127012299792841607477756828195871822192166394340", "-", "f:2.41998200881040876961743891631714e-27125", "=="], "false | false"),
    (&["f:0e640", "i:3000627074051590900941581383328171326348951367604385487236101368543202252050638251440724973335399234424", "<"], "true | true"),
    (&["f:7.56887460576618989617448095312701892263700723638173061736056526092865022572740407122797428123612803323486219289e-7863", "f:559.60683e27937", "/"], "1.35253e-35802 | 0x.d9ac08ab247b8a8d6e39ca54b32238bbec3c4d05ce9c924157b4168e91defc1d326894aa37c6e72d367454f228c2d8d007fac8308e2a36b01a2d111e86f1eeb3p-118931"),
    (&["f:18e544", "f:419.6", "/", "f:231e1009", "*", "f64"], "0x7ff0000000000000 false"),
    (&["f:649e-884", "f:0x1.1c2771b86a701dbp98600", "/", "i:2391962260806854475483402930054277524725004046755229768018127", "/", "f:0x1.d50eb63a9cb76532p78206", "<"], "true | true"),
    (&["f:0x1.a0d4f7a23257a3afp-42693", "f:1.79109e-17529", "+", "neg"], "-2.17829e-12852 | -0x.d06a7bd1192bd1d78p-42692"),
    (&["f:503e1290", "f:3009922212313470e-57", "-", "f:6.3899048077e-13999", "=="], "false | false"),
    (&["f:0x1.776ef4f5a69c7835p-62353", "f:0x1.a9b6955b537e3095p33622", "+", "num"], "unknown | unknown"),
    (&["i:350441366683268533900858520281250018304918615682786743780936493364290425185857290448941182", "f:9.80182041298817314423658788106140860654023696919181221900829104798190436071975282424579824086587569343838379010062327294922e-6326", "+", "rep:float64"], "3.50441e+89 | 350441366683268541075848366653769614825361819817025222824615300831927322483846109317824512"),
    (&["f:0x1.b0a128bda1e1353ep-79223", "f:0e1331", "*", "f:66.284317411922919294607918703289635789725218625154392640305765449186337558350993756770130146200796275348360947204516575989549477166852316527352897006746867902029843189930873218420334947982578832e-4799", "-", "i:38518452127671353321065779212121211106184013275823204296145306692427411", "-", "i:537470137598768", "*"], "-2.07025e+85 | -0x.aa82020ef474fb9ee5b9a7496da11ebc0522f5d802b5a9e3ba195f372d5d45d8f44749p+284"),
    (&["i:969071986926136454562495225690775764065668740418640207950349313296144218142050927030697605365571501140290303890047141170419", "i:286114", "<"], "false | false"),
    (&["f:98267e1421", "f:27687e0", "-", "f:3308e-771", "-", "f:53.81191835157081287799716318925335036555004806544580129363952175032647e-101", "-", "f:52.156222985603704954747292e-34", "<"], "false | false"),
    (&["f:0x1.64806e41b3fdcp1005", "f:0x1.aba1a40615baca52p38171", "<"], "true | true"),
    (&["f:721e1141", "f:2e432", "<"], "false | false"),
    (&["f:92e-1189", "f:0x1.37e86dee3a6d59b5p98244", "<"], "true | true"),
    (&["f:0x1.2f66ff67802366c0p-56962", "f:38.687888488598384891507213253653e-4967", "/", "f:25.839156767400887329689910864791820480864183463904688534553086907038942308730681917170805604933235044580905397493110788783424101534645255803228677758e-5378", "<"], "true | true"),
    (&["f:970e8", "f:9612e130", "+", "f:54e-1435", "+", "f:3.134610283996457e+188", "<"], "true | true"),
    (&["f:9e512", "f:0x1.ee4f63df82d7e650p79891", "<"], "true | true"),
    (&["i:400057111938243471320378387727383577618619836960029134779578795617083734", "i:2893657830640047426096220522873317567768989907023456087490288712845850326966164572215499711837578237546300839402625337960861414144926697", "+", "f:92e-668", "=="], "false | false"),
    (&["i:97812685665508410218711779727030987148299718619890125464428", "f:259e-725", "-"], "9.78127e+58 | 978126856655084102187117797270309871482997186198901254644279999999…0000000000000000000000000000000000000000(1525)"),
    (&["f:0x1.e9cf158a2cebd413p57480", "i:492625396783925640004532349414033848459003100311896635800274145839304902201617818931939760153731422326837221458271368706809441357186", "+", "f:0x1.e08a2100da54662cp-64746", "/", "i:77657077213567788154657864019444244562820286", "=="], "false | false"),
    (&["f:912e688", "f:0x1.d7b0129f36ab117dp-67694", "<"], "false | false"),
    (&["i:521525015438267", "f:114e-183", "<"], "false | false"),
    (&["f:0x1.18b59594c385f37ep60503", "f:81.303634265456297609835173978990594483509378889928059945828226551976239604258434545e-22339", "<"], "false | false"),
    (&["f:466.6807897167914876534123309357106025e1", "f:20.9082136038128e-9820", "=="], "false | false"),
    (&["f:9895860e32", "f:0x1.9477aeb66a7940d1p-65222", "-", "f:7.4796640188101989487747912925525788449082e-2062", "*", "f:0x1.a6b69892953d5bccp70576", "*"], "3.80291e+19223 | 0x.a33dff95f37506b36ef8e01a51e038eb66812c9c8330c98b45b2d1533c61c4f4c60370d3f66a4cc68d9298e82c2b1e22b586ef55978f7904c99c5afa95c98f45p+63860"),
    (&["f:0x1.20f17a3bea636f15p-36622", "f:227243749558e19054", "=="], "false | false"),
    (&["f:-9.622099111534658e+09", "i:97949196811197749432565575626214117823811154273845102783872984022670868574364534480386347839600112993684073569836859400481985354264456880", "*", "f:12.8963924971221704339115352829598796428034109691229435564231833274983341785405029671540820835764915509409600846474969270630354129367262539319293194028344e-29349", "*", "f:0x1.ce58ec43d96c0796p10924", "=="], "false | false"),
    (&["f:5.524070650324753260710212774409528419057661421883402888186831892782368928356067379336777921962175475696202560356680448129922081430879488e-16162", "f:0x1.6ff10133146b18a6p-35055", "<"], "true | true"),
    (&["i:49851576255", "f:286.8553146420227849564002492382292147e19939", "/", "f:0x1.d70a9cb5fa01fbcep-92250", "=="], "false | false"),
    (&["i:89121609439714816667023309346982252773542910829690085256281096077715506322852423004902057304968", "f:7.446230552965135809464828654452356154395877631299381068455152159006171222634484708957933935716e4921", "/", "f:-5.6165213116158695e-12", "+", "i:7287394285", "-", "rep:float64"], "-7.28739e+09 | -7287394285"),
    (&["f:7763e847", "f:5120869414790746e-5761", "=="], "false | false"),
    (&["i:90928605599567154346993919584872024925876254800498456313614404803406442722524187905665050277804326083628047768554399502426731930750757385", "i:3718695585738719394434281224902269691309439985540429847514930579497653341073344869434179074465847556952229209115583459014665967921442802", "-", "i:655132998", "=="], "false | false"),
    (&["f:2729e-383", "f:0x1.e6ccb420fa268d1fp65340", "+", "f:1.1184233136067784e-27", "=="], "false | false"),
    (&["f:0x1.ef4990933618dfa2p19817", "f:656e-1191", "+", "f:0.0008872138829069496", "<"], "false | false"),
    (&["f:1.20276453454314572193502307400604397654822541904251241114353461645182313963114927605450146340959234685444332735294310505399261022525186288828256645914192230742337585357473016717e26857", "i:4604309578677222868608129315486464041098312879879062839179161842194853195096338212", "-"], "1.20276e+26857 | 0x.9c693a898466cf721695b5ddef27e5c2bb45aed95329f65bf513d64dd7bb2faff72c3f578cdbb6c1ca882311ecb9fa41bdfba0f67b46f6cf53ed24964ef00d38p+89218"),
    (&["f:7128e-1073", "i:20566019193096475967939421919910173498258247319974823213089998350821985657332757265417077727276871725643457", "<"], "true | true"),
    (&["f:762.6577725352695263796846741965862594687545168814667159684223173468262696312228210e-10198", "f:0x1.4f07b9c6a94828c6p69085", "/", "rep:int"], "none"),
    (&["f:0x1.af85e6f688528fc3p-70016", "f:46.58056287227098128310412518248294694915710537701337348379592425199518365368373770650788995887158146342441827840941254091730593833993265080032370984030070894e10148", "=="], "false | false"),
    (&["f:0x1.f210cc87435fce47p22393", "f:1.300293172138888778073442235493170961809766816103778403631089919153248564592383310548548169914152e13863", "-", "f:0x463ade09723b41ee.73c51ab8fe8310e5p906", "-", "rep:int"], "none"),
    (&["f:0x1.2b3e370727e28cbap73535", "f:927e-104", "<"], "false | false"),
    (&["f:637e1067", "f:39e-851", "=="], "false | false"),
    (&["i:8304132100724501398", "<<212", ">>219"], "64876032036910167 | 64876032036910167"),
    (&["f:0x43a0a34936af2ceb.40d4fea8b320f6e5p1764", "i:6811871975933414676", "-", "i:0xa7f572f6f75df198", "*", "f:0x1.30a625dc6a34ep234", "/", "rep:complex128"], "none"),
    (&["f:9.216220711488716e+289", "toint"], "92162207114887160000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(583)"),
    (&["i:8878077880487443400", "neg", "i:0x11b516202115679d", "&^"], "-8914126606708375520 | -8914126606708375520"),
    (&["f:339e-13", "rep:float32"], "3.39e-11 | 4885505/144115188075855872"),
    (&["i:137939470473171203264901", "neg", "i:0x3a5c72bdc22604ac", "%"], "-3586659616676740101 | -3586659616676740101"),
    (&["i:4276351348810957087", "f:440.41141454e-11", "+"], "4.27635e+18 | 21381756744054785435000000022020570727/5000000000000000000"),
    (&["i:1626562703767479858", "i:0xf08f6ce323ac78b6", "neg", "+", "j:399e18i", "f:52373553e-14", "+", "*", "sign"], "-1"),
    (&["s:\"\\uc30b>\\xd8\\U0008eee5s\\U000c209bp\\U000882af$\\U000993deL\\U000701b0a\""], "\"쌋>\\xd8\\U0008eee5s\\U000c209bp\\U000882af$\\U000993deL\\U000701b0a\" | \"쌋>\\xd8\\U0008eee5s\\U000c209bp\\U000882af$\\U000993deL\\U000701b0a\""),
    (&["s:\"vm\\xbfd\\ud325G\\x06\\xcc*\\xf7\\xf6\\U00086534\\uce3b\\ud3e3/\\U000ead2fe.\\u1917?r\\U00075dc1t\\U000562fft\\U000dee80i\\xe48I!\\ud06b?\""], "\"vm\\xbfd팥G\\x06\\xcc*\\xf7\\xf6\\U00086534츻폣/\\U000ead2fe.ᤗ?r\\U00075dc1t\\U0... | \"vm\\xbfd팥G\\x06\\xcc*\\xf7\\xf6\\U00086534츻폣/\\U000ead2fe.ᤗ?r\\U00075dc1t\\U000562fft\\U000dee80i\\xe48I!큫?\""),
    (&["f:8e-37", "i:7732289313489314021757898421356686044364558", "i:0x7a03856f49f58e90", "/", "*"], "7.03574e-13 | 3866144656744657010878949210678343022182279/5495011006616271130000000000000000000000000000000000000"),
    (&["s:\"\\U000f6803*:k\\U000f09cc\\u7020\\xb6j\""], "\"\\U000f6803*:k\\U000f09cc瀠\\xb6j\" | \"\\U000f6803*:k\\U000f09cc瀠\\xb6j\""),
    (&["f:86.755542377982677988735e-4"], "0.00867555 | 17351108475596535597747/2000000000000000000000000"),
    (&["f:7524e555", "rep:float32"], "none"),
    (&["i:512", "i:882", "i:8290904471985532008", "/", "=="], "false | false"),
    (&["j:659879e-217i", "f:68.911e-28", "+", "f:0e-19", "=="], "false | false"),
    (&["i:0x47820f1d629b2f31", "neg", "i:6996341832982715836", "/"], "-0.736485 | -5152697542548074289/6996341832982715836"),
    (&["f:557.3176343322947775363990e-42", "f32"], "0x00061193 false"),
    (&["i:1311973361735364079", "<<136", ">>243", "cpl8"], "255 | 255"),
    (&["f:9.519958051239113e-287", "rep:int64"], "none"),
    (&["f:1.979768353740244e-129", "f64"], "0x2535f4fc4dfc73e5 false"),
    (&["i:0x9a4fbafc68076427", "i:7885987624652628143", "^"], "17815990580066157704 | 17815990580066157704"),
    (&["i:9810734884151420199865537540240030964403", "i:8933485131293878995", "^"], "9810734884151420199863985510191440031840 | 9810734884151420199863985510191440031840"),
    (&["s:\"Bc\\u1505\\x2b\\u7cba\\u6434\\x36\\u6eba \\u0ff4\\u47eb\\U00085d85\\U0001e241Z9+\\x64\\xd8xe\\U0009fae1nT6\\xda\""], "\"Bcᔅ+粺搴6溺 \\u0ff4䟫\\U00085d85\\U0001e241Z9+d\\xd8xe\\U0009fae1nT6\\xda\" | \"Bcᔅ+粺搴6溺 \\u0ff4䟫\\U00085d85\\U0001e241Z9+d\\xd8xe\\U0009fae1nT6\\xda\""),
    (&["i:351", "neg", "i:36764410", "<"], "true | true"),
    (&["f:0x1.a3d55a4b3fb1ep-46", "f:-373.9734383879034", "!="], "true | true"),
    (&["f:766.719590083780212017861605950e-4", "rep:int64"], "none"),
    (&["i:11", "i:67630663390737822132859968039933506", "<"], "true | true"),
    (&["f:-8.159064050485503e-05"], "-8.15906e-05 | -8159064050485503/100000000000000000000"),
    (&["j:9.5e48i", "f:-1.2314681766067749e-20", "+", "f:0x32cc87e0fe477c03.158f92a79fd9a5e1p-773", "=="], "false | false"),
    (&["s:\"m\\ud3a1\\U000a29e0\\u7167]d2a\\u1f416\\xd0\\U00090dbaq@\\x93\\x81!\\u0b6ee\\U000ea7c3j\\u7823=1\""], "\"m펡\\U000a29e0照]d2aὁ6\\xd0\\U00090dbaq@\\x93\\x81!୮e\\U000ea7c3j砣=1\" | \"m펡\\U000a29e0照]d2aὁ6\\xd0\\U00090dbaq@\\x93\\x81!୮e\\U000ea7c3j砣=1\""),
    (&["i:69", "i:0x1272b43acf67262a", "quo"], "0 | 0"),
    (&["f:4.65273959150086e-62", "toint"], "unknown | unknown"),
    (&["i:3402121861406148977", "<<87", ">>267", "cpl32"], "4294967295 | 4294967295"),
    (&["i:2323271777814570560", "<<290", ">>194", "cpl0"], "-184068553977496624155696066686320615081807708161 | -184068553977496624155696066686320615081807708161"),
    (&["i:0x343530b55ceabf9a", "i:248", "/", "i:6181908597444479357", "+", "i:1619173362029553951325003058450599356378235349942216587590", "i:0xce2bd705942c7f37", "/", "/", "i:225", "neg", "+"], "-225 | -5019437422291617249106241029347335978973485705953001412714689/22308610765740521107144486583097146687877909265870539651240"),
    (&["i:3791115030", "i:0x8e3a7433112df6b3", "&^"], "3771859204 | 3771859204"),
    (&["i:608", "<<184", ">>295", "cpl32"], "4294967295 | 4294967295"),
    (&["i:0xf0942eed6cb9b221", "<<133", ">>9"], "368686001144869006406221279421091192861277627165064560640 | 368686001144869006406221279421091192861277627165064560640"),
    (&["j:8219.4i", "f:89123951627e40", "+", "j:62389e152i", "f:93.14", "+", "=="], "false | false"),
    (&["i:0x22875182e8282c9b", "<<131", ">>294", "cpl64"], "18446744073709551615 | 18446744073709551615"),
    (&["f:1.13003685e12", "f32"], "0x53838db9 false"),
    (&["f:1.1470218871049514e-210", "i:1681941518", "+", "f:76e539", "/"], "2.21308e-532 | 84097075900000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(1018)"),
    (&["i:561", "<<19", ">>94"], "0 | 0"),
    (&["i:813645013003835181882316231968", "i:0x19909d774415320f", "/", "i:0x6ce9162e8ebcfece", "-", "i:273", "i:3", "/", "-", "i:3802064804866924745", "i:994", "/", "-"], "-7.85165e+18 | -14377102618197429785000615506634128589173/1831092510864461028926"),
    (&["f:48782207e17"], "4.87822e+24 | 4878220700000000000000000"),
    (&["s:\",xA\\U00057078\\u9239\\u9478\\x21\\xaaT]\\xb3P=\\u3984-dT\\x80\\u3f8e@R\\U000a18dd\\u4903\\u436b\\u8455\\U000a3a04\\u81d1Q$\\U000ddb13\\x50\\U0005f351\\xd3\\U00028b6cV\\xec~\\U000f42f3b\\xbb\\U0006c714A\\U000c73cb\\U00093c4fU\\U00031bfc\\x52G\\ua3ee\\u0dd8-\\U00011c6fQ\\u37013f\\U000b55f3OP\\uc465\\u5d94`6\\u1eb5N\""], "\",xA\\U00057078鈹鑸!\\xaaT]\\xb3P=㦄-dT\\x80㾎@R\\U000a18dd䤃䍫葕\\U000a3a04臑Q$\\U0... | \",xA\\…U𱯼RGꏮෘ-\\U00011c6fQ㜁3f\\U000b55f3OP쑥嶔`6ẵN\"(259)"),
    (&["s:\"\\xfb\\U000aef86t\\u2df4\\u48ea\\U00033384\\U0003d201\\ud5ecx\\ud508T`'\\U00071179X\\U0006ba3b@e\\x7ee\\x10\\u1cd8\\ua5b9\\U000f4933_\\u2278|\\x58\\U0001c83el@\\xa4*L*\\x67Wp\\x8c\\x65\\U000e46f8\\u3d2d\\u26c7B\\u181d\\xcc\\U00035a89\\uc758?k\\ua75e3x\\uc614bM_\\ub305\\U0005d18d_0\\x02\\ud4e0\""], "\"\\xfb\\U000aef86tⷴ䣪𳎄\\U0003d201헬x픈T`'\\U00071179X\\U0006ba3b@e~e\\x10᳘ꖹ\\U0... | \"\\xfb…c\\U00035a89의?kꝞ3x옔bM_댅\\U0005d18d_0\\x02퓠\"(244)"),
    (&["f:0.0012974398893745086", "i:0xb73c7c19b9ac18a0", "neg", "=="], "false | false"),
    (&["f:25e511"], "2.5e+512 | 250000000000000000000000000000000000000000000000000000000000000000000…0000000000000000000000000000000000000000(524)"),
    (&["j:4.3999693885519947e+276i", "f:0x12549c4f3f24f7d6.2851bd4822c2ed01p1731", "+", "f:0x5e0e8d92deb99f5f.267a64ccf9bdeecep713", "+", "i:3355399309493888476", "+", "f:111.70909329e-22", "/"], "(1.43116e+559 + 3.93877e+296i) | (5329120584413994646802304116049541828510263977…000000000000000000000000000/3723636443i)(937)"),
    (&["i:28915515819325049", "<<173", ">>99", "cpl16"], "65535 | 65535"),
    (&["s:\"\\U00086cbc\\uaa9b\\ud4c8fjS\""], "\"\\U00086cbcꪛ퓈fjS\" | \"\\U00086cbcꪛ퓈fjS\""),
    (&["i:5959382828597062661", "neg", "f:13.1e-10", "/", "i:386", "neg", "+", "real"], "-4.54915e+27 | -595938282859706266100000050566/131"),
    (&["i:6667260142372141820", "<<195", ">>103"], "33014673130296077317673867697099760852501790720 | 33014673130296077317673867697099760852501790720"),
    (&["s:\"J\\x45YX\\U0002c812t\\xa9\\U00055574\\x889\\U000292a4+\\u3f0f8a\\u162a\\U00036d49S\\u5872e\\u0f90\\x829S\""], "\"JEYX𬠒t\\xa9\\U00055574\\x889𩊤+㼏8aᘪ\\U00036d49S塲eྐ\\x829S\" | \"JEYX𬠒t\\xa9\\U00055574\\x889𩊤+㼏8aᘪ\\U00036d49S塲eྐ\\x829S\""),
    (&["i:127", "<<181", ">>4", "cpl32"], "4294967295 | 4294967295"),
    (&["i:381982856970243556", "<<235", ">>130"], "15495065533287140631611298274105346371731473825792 | 15495065533287140631611298274105346371731473825792"),
    (&["i:0x7216da2994ad8637", "<<275", ">>58", "cpl64"], "18446744073709551615 | 18446744073709551615"),
    (&["i:660", "i:5568827558319321649", "/", "i:4542079988448031311", "neg", "+", "i:0x97f9f110a19c91fc", "neg", "-", "f:0x1.7e5d83e69630dp1061", "+", "rep:complex128"], "none"),
    (&["i:5779535879020441337", "i:367", "/", "f:7868e902", "/", "tofloat"], "2.00153e-890 | 5779535879020441337/288755600000000000000000000000000000000000000…0000000000000000000000000000000000000000(944)"),
    (&["s:\"\\x02\\x79f\\xa4-\\u3e15R\\u916aN\\u6f1cx\\x2b\\U000a5333\\xfc}\\xc2\\u7295U \\U000eba3e\\u1b7fH\\x6f\\x24F\\uc202Y\\u0fb9\\U000dd92e\\U0006b271\\ua175-\\U0008cf6f\\x15\\u7f48\\U000ca55d\\u89d0s\\u147c\\x15\\x49'\\u51b4\\U00053d390C\\xa9\\U0004cf3dE--\\u7daf\\U0005c949?\\U000aa5ddu\""], "\"\\x02yf\\xa4-㸕R酪N漜x+\\U000a5333\\xfc}\\xc2犕U \\U000eba3e᭿Ho$F숂Yྐྵ\\U000dd92e... | \"\\x02…xa9\\U0004cf3dE--綯\\U0005c949?\\U000aa5ddu\"(244)"),
    (&["i:0x1d58c0d7fe9ad99e", "i:97387409666907842676395485791455", "*", "f:187e-7", "+", "i:5981214912390438592", "-", "num"], "2059404863701260543621133009487036119545176738964180000187 | 2059404863701260543621133009487036119545176738964180000187"),
    (&["j:4589105e40i", "f:939.8361627475617", "+", "i:820", "neg", "/", "f:886.5533010296686781001659e-44", "*"], "(-1.01612e-41 + -496.157i) | (-83321485251090775141562423845658859048603/8200000…23665039/16400000000000000000000000000i)(222)"),
    (&["i:850267127984341403915591659083514861763885", "i:93", "<"], "false | false"),
    (&["f:3.4129365560633675e+156"], "3.41294e+156 | 3412936556063367500000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"),
    (&["i:0x92476d2cd96beb3c", "neg", "i:0x607eaf75c30cb62f", "=="], "false | false"),
    (&["i:35177016664475885", "neg", "i:647254456030615964838257817374254817097927990", "neg", "<"], "false | false"),
    (&["i:517", "i:329335370630570367154601728318485905865770259419392147", "neg", ">="], "true | true"),
    (&["s:\"\\U00012354\\u43de]\""], "\"𒍔䏞]\" | \"𒍔䏞]\""),
    (&["i:7728614119559438831383096076066862137241579", "<<153", ">>197"], "439320849611672135289557904574 | 439320849611672135289557904574"),
    (&["i:822", "i:61723675782934218060757331635964376795898322", "%"], "822 | 822"),
    (&["i:8075965312097130936", "i:55090669925794313583011", "/", "j:0x1.073c3545c51dbp336i", "f:7393255796e52", "+", "/"], "(5.23103e-145 + -1.01844e-105i) | (414305238393954543326908775524586303617979865…10907364444685597477940782306311613979i)(596)"),
    (&["s:\"2x\\U00085a00\\u9c0emH\\u010aZk\\U000c05ae\\U0004a447A[\\x598\\u4e5e15x\\u124a\\U000d008c\\U00027e33\\u7717\\x38;^c\\x35\\xc0\\xfa\\U000b2e62#B\\U0007e94b\\x32bG\\u405axK,\\xf8\\u956bt\""], "\"2x\\U00085a00鰎mHĊZk\\U000c05ae\\U0004a447A[Y8乞15xቊ\\U000d008c𧸳眗8;^c5\\xc0... | \"2x\\U00085a00鰎mHĊZk\\U000c05ae\\U0004a447A[Y8乞15xቊ\\U000d008c𧸳眗8;^c5\\xc0\\xfa\\U000b2e62#B\\U0007e94b2bG䁚xK,\\xf8镫t\""),
    (&["i:0x8e2a01509c69df82", "neg", "i:1974739377445168727", "=="], "false | false"),
    (&["s:\"S\\x59H\\u59de\\u44bc\\u3cdaE}\\u5bc5\\U0004d0a1\\x1b\\U0002c913\\xf5\\u0830!d\\u551ap\\U0002cb12m\\xa1\\ud742\\u67ef5\\u6c9cJx,\\U000ffd1e|\\u834c<\""], "\"SYH姞䒼㳚E}寅\\U0004d0a1\\x1b𬤓\\xf5࠰!d唚p𬬒m\\xa1흂柯5沜Jx,\\U000ffd1e|荌<\" | \"SYH姞䒼㳚E}寅\\U0004d0a1\\x1b𬤓\\xf5࠰!d唚p𬬒m\\xa1흂柯5沜Jx,\\U000ffd1e|荌<\""),
    (&["f:68223104e-318", "rep:float32"], "0 | 0"),
    (&["f:519093.232", "f:1568108.46", "-", "j:7250382518308735e-7802i", "f:0x1.32ad1e31ea17dp-26", "+", "+", "i:655", "+"], "(-1.04836e+06 + 0.725038e-7786i) | (-39605929621445560415887519589879/3777893186…aec030967271c74a1a9bdf03618f2cap-25864i)(239)"),
    (&["s:\"HH\\ud545\\u7b4bbv\\U000d9dd7_\\u7226\\u3083\\U00045ec77GL\\U0008cb4dV\\u9dc7%zo7apa\\x76\\xf6.!\\u922f\\u4896&Dv:qd%\\u7322-u\\x6dJ\\U00045821\\U000706f2A\\x33\\u4d5c=\\u6e93\\u22b5\\U00025554k\\u48db{\\U000c2222e\\xfai+?\\u0155s\\U00053ed3\\U000d07f4\\U000a4e1c\\u4ed0\\x09\\u80e5\\u471a^R$\\xb2\\x38r\\U00063072\\x83\\U000f4480\\U00090c19x\\U00058270}0\""], "\"HH핅筋bv\\U000d9dd7_爦ゃ\\U00045ec77GL\\U0008cb4dV鷇%zo7apav\\xf6.!鈯䢖&Dv:qd%猢... | \"HH핅筋…72\\x83\\U000f4480\\U00090c19x\\U00058270}0\"(290)"),
    (&["f:71554e-568", "i:690282877415868141908759755625373311347359418", "/", "i:490314618022511887886524332310621132937558231856930682", "+", "f:32e52", "-"], "1.70315e+53 | 587826322972819902369668256286078053471828206205392867208902321278…0000000000000000000000000000000000000000(1294)"),
    (&["i:0xaa6b7ee6d0a47113", "neg", "i:607719939186131761525228913395793879123290580150", "&"], "607719939186131761525228913395072323763937805476 | 607719939186131761525228913395072323763937805476"),
    (&["f:5972586.687", "f:3.0197212650726266", "*", "f:7.9899050068200905", "-"], "1.80355e+07 | 90177695181592804495957871/5000000000000000000"),
    (&["s:\"\\ua8e9\\U0009eb4bn~\\U0005b052Q+Q.c|_\\u55ee\\xd2g!\\xe9\\x2e\\ucf7d)P\\U00083bef\\U000875e8p5`\\U0008d77b\\x97\\x98\\x05\\U000d5d8b\\ua9e1_o\\U0004d433,\\x43f\\u8e750\\U000cd112Ys)b\\x0a\\x0c-Xc\\u1bb0\\U00078bd96\\u60145\\uae53\\U0004bccbD6\\xde\\ubc0fh\\x21\\U000aa601\\u01ee\\U0007b2c0-\\x6f1Tf\\u0276\\u391f\\xa3b5~u;\\x32Mj\\x54\\u9d3e\""], "\"꣩\\U0009eb4bn~\\U0005b052Q+Q.c|_嗮\\xd2g!\\xe9.콽)P\\U00083bef\\U000875e8p5`... | \"꣩\\U0…00aa601Ǯ\\U0007b2c0-o1Tfɶ㤟\\xa3b5~u;2MjT鴾\"(292)"),
    (&["i:576", "<<38", ">>197", "cpl0"], "-1 | -1"),
    (&["f:6.53e38", "rep:float64"], "6.53e+38 | 652999999999999988888726674148832575488"),
    (&["f:975091138104e-129", "rep:int64"], "none"),
    (&["f:0x42a1abb324aed7b5.7cf1aaf36f10a93ap364", "rep:float32"], "none"),
    (&["f:394119903466e1374", "f:0x1.b728d9c6a7ad5p177", "-"], "3.9412e+1385 | 0x.e6914ead8ea1fadbc5bf3b8a57dafbe1fdac90e775867790a28842a91fa793ec7239c1236af0fd5d98b50eb27723984bd6fcb3815ef697450119fe094cd43e98p+4603"),
    (&["i:550", "<<290", ">>223"], "81165673924322027110400 | 81165673924322027110400"),
    (&["i:3452107981103714659", "<<94", ">>155", "cpl16"], "65534 | 65534"),
    (&["f:0x1.7749c6a4274cbp-855"], "6.10209e-258 | 6602139610805451/108194719976584242452959187950902601015059932372…1036848674890703850575013678567420592128(306)"),
    (&["f:14549223952499e-6610"], "1.45492e-6597 | 0x.dbfdad8e70428fdae6b6d5703a9b0e77cbdb168d5919e35356ed5f8f6d9caba8745f1d7d8b4ac647f6a257b632d114618934ff1d01e37c5efa2d2a2819a47dfdp-21914"),
    (&["f:32193e8903"], "3.2193e+8907 | 0x.8936e390194892bc63654e158ea3b95d055725a4da763cc9321520f1fcf8546398a2aac301051fb330abc1b2af69bb5dcb5000fde7ff2c2e4f2d865e4ab13eb9p+29591"),
    (&["j:6.9982270348441506407575309e15i", "f:7629385e16302", "+", "i:0xb5c88f6648810525", "=="], "false | false"),
    (&["s:\"w\\U00087d0c\\U0007e257\\U0006968f\\u1852v\\uba9d\\xa0\\x26x\\u6c4eZO2\\U0006931f\\u9f74h\\u2c13Cb`OS\\U0008006e[\\xcf*)\\xb1\\uaffb\\xcf((\\ua49d \\xc0Z\\u8f1d{\\U000d344cW2\\uc47b\\xe8\\U0006b435M\\x57'b.ERz\\U000cab9c\\u1ada\\x10\\xb3c[\\U00012f62`(\\xe9\\u135dM\\U000baee8\""], "\"w\\U00087d0c\\U0007e257\\U0006968fᡒv몝\\xa0&x汎ZO2\\U0006931f齴hⰓCb`OS\\U0008... | \"w\\U0…᫚\\x10\\xb3c[\\U00012f62`(\\xe9፝M\\U000baee8\"(260)"),
    (&["i:7367354858044109841511585338097460320771289", "neg", "i:54", "|"], "-7367354858044109841511585338097460320771273 | -7367354858044109841511585338097460320771273"),
    (&["s:\"\\x43>K\\u1753'\\x12\\xean\\x55\\U00024899\\x47@\\uc287w\\u21cbL\\U000c929fW7\\x4b\\U00091900~xe~\\U00052297r$+:ee\\u6a39swl\\uc563i+6_\\U0007241e_\\x12[\\U000666c9\\U000da0b4\\x3d!\\x53,\\u2d81=F\\uac16z5=;\\x58Q\\u0759F\\x72\\xb2\\xdbGT]\\U00058b9e\\U000a50d9\\ubf51T\""], "\"C>Kᝓ'\\x12\\xeanU𤢙G@슇w⇋L\\U000c929fW7K\\U00091900~xe~\\U00052297r$+:ee樹sw... | \"C>Kᝓ…;XQݙFr\\xb2\\xdbGT]\\U00058b9e\\U000a50d9뽑T\"(237)"),
    (&["i:960", "neg", "i:0xd73ae6b376c5f611", "i:219", "/", "!="], "true | true"),
    (&["f:726.4730518186e34", "toint"], "7264730518186000000000000000000000000 | 7264730518186000000000000000000000000"),
    (&["f:6e-433", "f64"], "0x0000000000000000 false"),
    ];
}
