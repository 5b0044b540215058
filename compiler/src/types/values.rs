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
        if let Some(v) = self.representable(k) {
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
