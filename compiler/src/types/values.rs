//! The checker's view of constant values: convenience methods over
//! `constant::Value` and types2's representability classification.

use super::constant::{self, Kind, Value};
use super::ty::BasicKind;
use crate::syntax::token::Operator;

/// Why a constant is not representable by a type (types2's codes
/// `TruncatedFloat` and `NumericOverflow`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ReprError {
    Truncated,
    Overflow,
}

pub trait ValueExt {
    fn int64(&self) -> Option<i64>;
    fn uint64(&self) -> Option<u64>;
    /// Length of a string constant.
    fn str_len(&self) -> Option<usize>;
    fn unary(&self, op: Operator, prec: u32) -> Value;
    fn binary(&self, op: Operator, y: &Value) -> Value;
    fn quo(&self, y: &Value) -> Value;
    fn shifted(&self, op: Operator, s: u64) -> Value;
    fn cmp_op(&self, op: Operator, y: &Value) -> bool;
    /// Representable as a value of basic kind `k`, given the kind of the
    /// operand's type (for the truncated/overflow classification).
    fn representable_as(
        &self,
        k: BasicKind,
        from: Option<BasicKind>,
    ) -> Result<Value, Option<ReprError>>;
}

impl ValueExt for Value {
    fn int64(&self) -> Option<i64> {
        match self.to_int() {
            v @ Value::Int(_) => match v.int64_val() {
                (n, true) => Some(n),
                _ => None,
            },
            _ => None,
        }
    }

    fn uint64(&self) -> Option<u64> {
        match self.to_int() {
            v @ Value::Int(_) => match v.uint64_val() {
                (n, true) => Some(n),
                _ => None,
            },
            _ => None,
        }
    }

    fn str_len(&self) -> Option<usize> {
        (self.kind() == Kind::String).then(|| self.string_len())
    }

    fn unary(&self, op: Operator, prec: u32) -> Value {
        constant::unary_op(op, self, prec)
    }

    fn binary(&self, op: Operator, y: &Value) -> Value {
        constant::binary_op(self, op, y)
    }

    fn quo(&self, y: &Value) -> Value {
        constant::quo_int(self, y)
    }

    fn shifted(&self, op: Operator, s: u64) -> Value {
        constant::shift(self, op, s)
    }

    fn cmp_op(&self, op: Operator, y: &Value) -> bool {
        constant::compare(self, op, y)
    }

    fn representable_as(
        &self,
        k: BasicKind,
        from: Option<BasicKind>,
    ) -> Result<Value, Option<ReprError>> {
        let Some(ck) = const_kind(k) else {
            return Err(None);
        };
        if let Some(v) = self.representable(ck) {
            return Ok(v);
        }
        let from_numeric = from.is_some_and(BasicKind::is_numeric);
        if from_numeric && k.is_numeric() {
            let from_int = from.is_some_and(BasicKind::is_integer);
            if !from_int && k.is_integer() {
                return Err(Some(ReprError::Truncated));
            }
            return Err(Some(ReprError::Overflow));
        }
        Err(None)
    }
}

/// The constant package's kind for a basic kind (None: no constants).
fn const_kind(k: BasicKind) -> Option<constant::BasicKind> {
    use constant::BasicKind as C;
    Some(match k.canonical() {
        BasicKind::Bool => C::Bool,
        BasicKind::Int => C::Int,
        BasicKind::Int8 => C::Int8,
        BasicKind::Int16 => C::Int16,
        BasicKind::Int32 => C::Int32,
        BasicKind::Int64 => C::Int64,
        BasicKind::Uint => C::Uint,
        BasicKind::Uint8 => C::Uint8,
        BasicKind::Uint16 => C::Uint16,
        BasicKind::Uint32 => C::Uint32,
        BasicKind::Uint64 => C::Uint64,
        BasicKind::Uintptr => C::Uintptr,
        BasicKind::Float32 => C::Float32,
        BasicKind::Float64 => C::Float64,
        BasicKind::Complex64 => C::Complex64,
        BasicKind::Complex128 => C::Complex128,
        BasicKind::String => C::String,
        BasicKind::UntypedBool => C::UntypedBool,
        BasicKind::UntypedInt => C::UntypedInt,
        BasicKind::UntypedRune => C::UntypedRune,
        BasicKind::UntypedFloat => C::UntypedFloat,
        BasicKind::UntypedComplex => C::UntypedComplex,
        BasicKind::UntypedString => C::UntypedString,
        BasicKind::UntypedNil => C::UntypedNil,
        _ => return None,
    })
}
