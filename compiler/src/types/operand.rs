//! Operands: the result of checking an expression (types2's `operand`).

use super::constant::Value;
use super::object::Builtin;
use super::ty::TypeId;
use crate::syntax::ast::Expr;

/// What kind of thing an expression denotes (types2's operand modes).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// An error occurred; follow-up errors are suppressed.
    Invalid,
    /// A call of a function without results.
    NoValue,
    Builtin(Builtin),
    TypeExpr,
    Constant,
    /// An addressable variable.
    Variable,
    MapIndex,
    Value,
    /// The predeclared `nil`.
    Nil,
    /// `v, ok` capable: map index, type assertion, channel receive.
    CommaOk,
}

impl Mode {
    pub fn describe(self) -> &'static str {
        match self {
            Mode::Invalid => "invalid operand",
            Mode::NoValue => "no value",
            Mode::Builtin(_) => "built-in",
            Mode::TypeExpr => "type",
            Mode::Constant => "constant",
            Mode::Variable => "variable",
            Mode::MapIndex => "map index expression",
            Mode::Value => "value",
            Mode::Nil => "nil",
            Mode::CommaOk => "comma, ok expression",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Operand<'a> {
    pub mode: Mode,
    /// The expression, for messages (None for synthesized operands).
    pub expr: Option<&'a Expr>,
    pub typ: TypeId,
    /// The constant value when `mode` is `Constant`.
    pub val: Value,
}

impl<'a> Operand<'a> {
    pub fn invalid(expr: Option<&'a Expr>) -> Operand<'a> {
        Operand {
            mode: Mode::Invalid,
            expr,
            typ: TypeId::INVALID,
            val: Value::Unknown,
        }
    }

    pub fn new(mode: Mode, expr: &'a Expr, typ: TypeId) -> Operand<'a> {
        Operand {
            mode,
            expr: Some(expr),
            typ,
            val: Value::Unknown,
        }
    }

    pub fn is_invalid(&self) -> bool {
        self.mode == Mode::Invalid
    }
}
