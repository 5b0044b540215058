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

impl Float {
    /// Whether the value is held as an exact fraction (go/constant's
    /// `ratVal`) rather than a 512-bit float (`floatVal`).
    pub fn is_exact_fraction(&self) -> bool {
        matches!(self.0, FloatRepr::Rat(_))
    }
}

/// The basic types (and untyped kinds) that [`Value::representable`]
/// checks against; `int`, `uint` and `uintptr` are 64 bits wide.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum BasicKind {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
}

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
        match kind {
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
    ];
}
