//! Describing operands in messages, as types2's `operandString` does:
//! `x (variable of type int)`, `1 (untyped int constant)`,
//! `c (constant 3 of type T)`, `v (variable of struct type S)`.

use super::check::Checker;
use super::operand::{Mode, Operand};
use super::ty::{Type, TypeId};
use crate::syntax::printer::expr_string;

pub(super) fn operand_string(c: &Checker, x: &Operand) -> String {
    if x.mode == Mode::Nil {
        return match c.w.types.get(x.typ) {
            Type::Basic(super::ty::BasicKind::UntypedNil) => "nil".into(),
            _ if x.typ == TypeId::INVALID => "nil (with invalid type)".into(),
            _ => format!("nil (of type {})", c.type_str(x.typ)),
        };
    }
    let expr = match (x.expr, x.mode) {
        (Some(e), _) => expr_string(e),
        (None, Mode::Builtin(b)) => b.name().to_string(),
        (None, Mode::TypeExpr) => c.type_str(x.typ),
        (None, Mode::Constant) => x.val.to_string(),
        _ => String::new(),
    };
    let mut buf = String::new();
    if !expr.is_empty() {
        buf += &expr;
        buf += " (";
    }
    let mut has_type = false;
    match x.mode {
        Mode::Invalid | Mode::NoValue | Mode::Builtin(_) | Mode::TypeExpr => {}
        _ => {
            if let Type::Basic(k) = c.w.types.get(x.typ)
                && k.is_untyped()
            {
                buf += k.name();
                buf.push(' ');
            } else {
                has_type = true;
            }
        }
    }
    buf += x.mode.describe();
    if x.mode == Mode::Constant {
        let s = x.val.to_string();
        if s != expr {
            buf.push(' ');
            buf += &s;
        }
    }
    if has_type {
        if x.typ != TypeId::INVALID {
            let mut desc = String::new();
            if is_generic(c, x.typ) {
                desc += "generic ";
            }
            let t = c.w.types.unalias(x.typ);
            let is_tparam = matches!(c.w.types.get(t), Type::TypeParam(_));
            if !is_tparam && matches!(c.w.types.get(x.typ), Type::Named(_) | Type::Alias(_)) {
                let what = composite_kind(c, x.typ);
                desc += &what;
                desc.push(' ');
            }
            buf += " of ";
            buf += &desc;
            buf += "type ";
            buf += &c.type_str(x.typ);
            if let Type::TypeParam(p) = c.w.types.get(t)
                && let Some(b) = p.bound
            {
                buf += " constrained by ";
                buf += &c.type_str(b);
                if c.w.type_set(b).terms.is_some_and(|t| t.is_empty()) {
                    buf += " with empty type set";
                }
            }
        } else {
            buf += " with invalid type";
        }
    }
    if !expr.is_empty() {
        buf.push(')');
    }
    buf
}

fn is_generic(c: &Checker, t: TypeId) -> bool {
    match c.w.types.get(t) {
        Type::Named(n) => !n.tparams.is_empty() && n.targs.is_empty(),
        Type::Signature(s) => !s.tparams.is_empty(),
        _ => false,
    }
}

/// The kind of a named type's structure ("struct", "map", ...), or the
/// name of its basic underlying type.
pub(super) fn composite_kind(c: &Checker, t: TypeId) -> String {
    match c.w.types.get(c.w.types.under(t)) {
        Type::Basic(k) => k.name().to_string(),
        Type::Array(..) => "array".into(),
        Type::Slice(_) => "slice".into(),
        Type::Struct(_) => "struct".into(),
        Type::Pointer(_) => "pointer".into(),
        Type::Signature(_) => "func".into(),
        Type::Interface(_) => "interface".into(),
        Type::Map(..) => "map".into(),
        Type::Chan(..) => "chan".into(),
        Type::Tuple(_) => "tuple".into(),
        Type::Union(_) => "union".into(),
        _ => String::new(),
    }
}
