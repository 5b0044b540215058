//! Expressions: operands, constant folding, untyped conversions.
//!
//! The shape follows types2's `expr.go`: `raw_expr` computes an operand for
//! any expression and records its type; `expr` additionally requires a
//! single value. Untyped operands keep their untyped type until context
//! (an assignment, a binary operation with a typed operand) converts them.

use super::check::Checker;
use super::constant::Value;
use super::object::{ObjId, ObjKind};
use super::operand::{Mode, Operand};
use super::ty::{BasicKind, Type, TypeId};
use super::values::ValueExt;
use crate::syntax::ast::{Expr, ExprKind};
use crate::syntax::printer::expr_string;
use crate::syntax::token::{LitKind, Operator};

pub(super) const INVALID_OP: &str = "invalid operation: ";

impl<'a> Checker<'a, '_> {
    /// Checks `e` as an expression denoting a single value.
    pub(super) fn expr(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.raw_expr(e, None, false);
        self.exclude(&mut x);
        self.single_value(&mut x);
        x
    }

    /// Like `expr`, with a type hint for elided composite literal types.
    pub(super) fn expr_with_hint(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        let mut x = self.raw_expr(e, hint, false);
        self.exclude(&mut x);
        self.single_value(&mut x);
        x
    }

    /// Checks `e` as an expression or a type.
    pub(super) fn expr_or_type(&mut self, e: &'a Expr, want_type: bool) -> Operand<'a> {
        let mut x = self.raw_expr(e, None, want_type);
        self.single_value(&mut x);
        if x.mode == Mode::NoValue {
            let s = self.operand_str(&x);
            self.error(e, format!("{s} used as value or type"));
            x.mode = Mode::Invalid;
        }
        x
    }

    /// Reports operands that are not values (types, builtins, no value).
    fn exclude(&mut self, x: &mut Operand<'a>) {
        let msg = match x.mode {
            Mode::NoValue => "used as value",
            Mode::Builtin(_) => "must be called",
            Mode::TypeExpr => "is not an expression",
            _ => return,
        };
        let s = self.operand_str(x);
        if let Some(e) = x.expr {
            self.error(e, format!("{s} {msg}"));
        }
        x.mode = Mode::Invalid;
    }

    /// Reports a multi-value operand where one value is needed.
    pub(super) fn single_value(&mut self, x: &mut Operand<'a>) {
        if x.mode == Mode::Value
            && let Type::Tuple(vars) = self.w.types.get(x.typ)
        {
            let n = vars.len();
            let s = self.operand_str(x);
            if let Some(e) = x.expr {
                self.error(e, format!("multiple-value {s} in single-value context"));
            }
            let _ = n;
            x.mode = Mode::Invalid;
        }
    }

    pub(super) fn raw_expr(
        &mut self,
        e: &'a Expr,
        hint: Option<TypeId>,
        want_type: bool,
    ) -> Operand<'a> {
        let x = self.expr_internal(e, hint, want_type);
        if x.mode == Mode::TypeExpr {
            self.info.type_exprs.insert(e as *const Expr as usize);
        }
        if !x.is_invalid() {
            let val = (x.mode == Mode::Constant).then(|| x.val.clone());
            self.record_type(e, x.typ, val);
        }
        x
    }

    fn expr_internal(&mut self, e: &'a Expr, hint: Option<TypeId>, want_type: bool) -> Operand<'a> {
        match &e.kind {
            ExprKind::Bad => Operand::invalid(Some(e)),
            ExprKind::Name(n) => self.ident(e, n, want_type),
            ExprKind::BasicLit(kind, text, bad) => {
                if *bad {
                    return Operand::invalid(Some(e));
                }
                self.basic_lit(e, *kind, text)
            }
            ExprKind::FuncLit(ft, body) => self.func_lit(e, ft, body),
            ExprKind::CompositeLit { typ, elems, .. } => {
                self.composite_lit(e, typ.as_deref(), elems, hint)
            }
            ExprKind::Paren(x) => {
                let mut op = self.raw_expr(x, hint, want_type);
                op.expr = Some(e);
                op
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel, want_type),
            ExprKind::Index(x, index) => self.index_expr(e, x, index),
            ExprKind::Slice { x, index, full } => self.slice_expr(e, x, index, *full),
            ExprKind::Assert(x, t) => self.type_assert(e, x, t),
            ExprKind::TypeSwitchGuard(..) => {
                self.error(e, "use of .(type) outside type switch");
                Operand::invalid(Some(e))
            }
            ExprKind::Call {
                fun,
                args,
                has_dots,
            } => self.call_expr(e, fun, args, *has_dots),
            ExprKind::Operation(op, x, None) => self.unary(e, *op, x),
            ExprKind::Operation(op, x, Some(y)) => self.binary(e, *op, x, y),
            ExprKind::KeyValue(..) => {
                self.error(e, "no key:value expected");
                Operand::invalid(Some(e))
            }
            ExprKind::ArrayType(..)
            | ExprKind::SliceType(_)
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..)
            | ExprKind::DotsType(_) => {
                let t = self.typ_expr(e);
                Operand::new(Mode::TypeExpr, e, t)
            }
        }
    }

    fn ident(&mut self, e: &'a Expr, name: &str, want_type: bool) -> Operand<'a> {
        let Some(obj) = self.lookup(name) else {
            if name == "_" {
                self.error(e, "cannot use _ as value or type");
            } else {
                self.error(e, format!("undefined: {name}"));
            }
            return Operand::invalid(Some(e));
        };
        self.record_use(e.pos, obj);
        if let Some(&pn) = self.dot_imports.get(&(self.file, obj))
            && let ObjKind::PkgName { used, .. } = &mut self.w.obj_mut(pn).kind
        {
            *used = true;
        }
        let is_type = matches!(self.w.obj(obj).kind, ObjKind::TypeName);
        if !is_type && want_type {
            let kind = object_kind(self, obj);
            self.error(e, format!("{name} ({kind}) is not a type"));
            self.mark_used(obj);
            return Operand::invalid(Some(e));
        }
        if self.w.obj(obj).typ.is_none()
            || (is_type && want_type && self.w.obj(obj).pkg == Some(self.pkg))
        {
            self.obj_decl(obj);
        }
        let typ = self.w.type_of(obj);
        match self.w.obj(obj).kind.clone() {
            ObjKind::PkgName { .. } => {
                self.error(e, format!("use of package {name} not in selector"));
                Operand::invalid(Some(e))
            }
            ObjKind::Const(v) => {
                if typ == TypeId::INVALID {
                    return Operand::invalid(Some(e));
                }
                let val = if obj == self.pre.iota {
                    match &self.iota {
                        Some(v) => v.clone(),
                        None => {
                            self.error(e, "cannot use iota outside constant declaration");
                            return Operand::invalid(Some(e));
                        }
                    }
                } else {
                    v
                };
                let mut x = Operand::new(Mode::Constant, e, typ);
                x.val = val;
                x
            }
            ObjKind::TypeName => {
                if typ == TypeId::INVALID {
                    return Operand::invalid(Some(e));
                }
                Operand::new(Mode::TypeExpr, e, typ)
            }
            ObjKind::Var { .. } => {
                self.mark_used(obj);
                if typ == TypeId::INVALID {
                    return Operand::invalid(Some(e));
                }
                Operand::new(Mode::Variable, e, typ)
            }
            ObjKind::Func { .. } => Operand::new(Mode::Value, e, typ),
            ObjKind::Builtin(b) => Operand::new(Mode::Builtin(b), e, TypeId::INVALID),
            ObjKind::Nil => Operand::new(Mode::Nil, e, TypeId::basic(BasicKind::UntypedNil)),
            ObjKind::Label { .. } => Operand::invalid(Some(e)),
        }
    }

    /// Marks a variable of this package as used.
    pub(super) fn mark_used(&mut self, obj: ObjId) {
        if let ObjKind::Var { used, .. } = &mut self.w.obj_mut(obj).kind {
            *used = true;
        }
    }

    fn basic_lit(&mut self, e: &'a Expr, kind: LitKind, text: &str) -> Operand<'a> {
        let typ = TypeId::basic(match kind {
            LitKind::Int => BasicKind::UntypedInt,
            LitKind::Float => BasicKind::UntypedFloat,
            LitKind::Imag => BasicKind::UntypedComplex,
            LitKind::Rune => BasicKind::UntypedRune,
            LitKind::String => BasicKind::UntypedString,
        });
        let Some(val) = Value::from_literal(kind, text) else {
            self.error(e, format!("malformed constant: {text}"));
            return Operand::invalid(Some(e));
        };
        if matches!(kind, LitKind::Int | LitKind::Float | LitKind::Imag) && val.is_unknown() {
            self.error(e, format!("excessively large constant: {text}"));
            return Operand::invalid(Some(e));
        }
        let mut x = Operand::new(Mode::Constant, e, typ);
        x.val = val;
        x
    }

    fn func_lit(
        &mut self,
        e: &'a Expr,
        ft: &'a crate::syntax::ast::FuncType,
        body: &'a crate::syntax::ast::Block,
    ) -> Operand<'a> {
        self.open_scope(e.pos, body.rbrace, true);
        let sig = self.func_signature(None, &[], ft);
        self.declare_params(sig);
        let saved = std::mem::take(&mut self.fctx);
        self.fctx.sig = Some(sig);
        self.func_body_stmts(body, Some(sig));
        self.fctx = saved;
        self.close_scope();
        Operand::new(Mode::Value, e, sig)
    }

    // ------------------------------------------------------------------
    // Unary and binary operations

    fn unary(&mut self, e: &'a Expr, op: Operator, xe: &'a Expr) -> Operand<'a> {
        if op == Operator::And {
            // &x: x must be addressable or a composite literal
            let mut x = self.raw_expr(xe, None, false);
            self.exclude(&mut x);
            self.single_value(&mut x);
            if x.is_invalid() {
                return Operand::invalid(Some(e));
            }
            let is_complit = matches!(xe.unparen().kind, ExprKind::CompositeLit { .. });
            if x.mode != Mode::Variable && !is_complit {
                let s = self.operand_str(&x);
                self.error(e, format!("{INVALID_OP}cannot take address of {s}"));
                return Operand::invalid(Some(e));
            }
            let t = self.w.types.add(Type::Pointer(x.typ));
            return Operand::new(Mode::Value, e, t);
        }
        if op == Operator::Mul {
            // pointer indirection (or a pointer type)
            let x = self.expr_or_type(xe, false);
            match x.mode {
                Mode::Invalid => return Operand::invalid(Some(e)),
                Mode::TypeExpr => {
                    let t = self.w.types.add(Type::Pointer(x.typ));
                    return Operand::new(Mode::TypeExpr, e, t);
                }
                Mode::Nil => {
                    self.error(e, format!("{INVALID_OP}cannot indirect nil"));
                    return Operand::invalid(Some(e));
                }
                _ => {}
            }
            let core = self.w.core_type(x.typ).unwrap_or(TypeId::INVALID);
            return match self.w.types.get(core) {
                Type::Pointer(base) => {
                    let base = *base;
                    Operand::new(Mode::Variable, e, base)
                }
                _ => {
                    let s = self.operand_str(&x);
                    self.error(e, format!("{INVALID_OP}cannot indirect {s}"));
                    Operand::invalid(Some(e))
                }
            };
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        x.expr = Some(e);
        if op == Operator::Recv {
            return self.receive(e, x);
        }
        if op == Operator::Tilde {
            self.error(
                e,
                format!("{INVALID_OP}cannot use ~ outside of interface or type constraint"),
            );
            return Operand::invalid(Some(e));
        }
        let ok = match op {
            Operator::Add | Operator::Sub => self.w.is_numeric(x.typ),
            Operator::Xor => self.w.is_integer(x.typ),
            Operator::Not => self.w.is_boolean(x.typ),
            _ => false,
        };
        if !ok {
            let s = self.operand_str(&Operand {
                expr: Some(xe),
                ..x.clone()
            });
            self.error(
                e,
                format!("{INVALID_OP}operator {} not defined on {s}", op.as_str()),
            );
            return Operand::invalid(Some(e));
        }
        if x.mode == Mode::Constant {
            let prec = if self.w.is_unsigned(x.typ) {
                self.size_of_basic(x.typ) * 8
            } else {
                0
            };
            x.val = x.val.unary(op, prec);
            self.overflow(&mut x, e);
            return x;
        }
        x.mode = Mode::Value;
        x
    }

    fn receive(&mut self, e: &'a Expr, x: Operand<'a>) -> Operand<'a> {
        match self.w.types.get(self.w.types.under(x.typ)).clone() {
            Type::Chan(dir, elem) => {
                if dir == super::ty::ChanDir::Send {
                    let s = self.operand_str(&x);
                    self.error(
                        e,
                        format!("{INVALID_OP}cannot receive from send-only channel {s}"),
                    );
                    return Operand::invalid(Some(e));
                }
                Operand::new(Mode::CommaOk, e, elem)
            }
            _ => {
                let s = self.operand_str(&x);
                self.error(
                    e,
                    format!("{INVALID_OP}cannot receive from non-channel {s}"),
                );
                Operand::invalid(Some(e))
            }
        }
    }

    fn binary(&mut self, e: &'a Expr, op: Operator, xe: &'a Expr, ye: &'a Expr) -> Operand<'a> {
        let mut x = self.expr(xe);
        let mut y = self.expr(ye);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if matches!(op, Operator::Shl | Operator::Shr) {
            return self.shift(e, op, x, y);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if matches!(
            op,
            Operator::Eql
                | Operator::Neq
                | Operator::Lss
                | Operator::Leq
                | Operator::Gtr
                | Operator::Geq
        ) {
            return self.comparison(e, op, x, y);
        }
        if !self.w.identical(x.typ, y.typ) {
            if x.typ != TypeId::INVALID && y.typ != TypeId::INVALID {
                let (xs, ys) = (self.type_str(x.typ), self.type_str(y.typ));
                let es = expr_string(e);
                self.error(
                    xe,
                    format!("{INVALID_OP}{es} (mismatched types {xs} and {ys})"),
                );
            }
            return Operand::invalid(Some(e));
        }
        if !self.binary_op_ok(op, &x) {
            let s = self.operand_str(&x);
            self.error(
                xe,
                format!("{INVALID_OP}operator {} not defined on {s}", op.as_str()),
            );
            return Operand::invalid(Some(e));
        }
        if matches!(op, Operator::Div | Operator::Rem)
            && (x.mode == Mode::Constant || self.w.is_integer(x.typ))
            && y.mode == Mode::Constant
            && y.val.sign() == 0
        {
            self.error(ye, format!("{INVALID_OP}division by zero"));
            return Operand::invalid(Some(e));
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            if x.val.is_unknown() || y.val.is_unknown() {
                x.val = Value::Unknown;
                x.expr = Some(e);
                return x;
            }
            let int_div = op == Operator::Div && self.w.is_integer(x.typ);
            x.val = if int_div {
                x.val.quo(&y.val)
            } else {
                x.val.binary(op, &y.val)
            };
            x.expr = Some(e);
            self.overflow(&mut x, e);
            return x;
        }
        x.mode = Mode::Value;
        x.expr = Some(e);
        x
    }

    fn binary_op_ok(&self, op: Operator, x: &Operand) -> bool {
        let t = x.typ;
        match op {
            Operator::Add => self.w.is_numeric(t) || self.w.is_string(t),
            Operator::Sub | Operator::Mul | Operator::Div => self.w.is_numeric(t),
            Operator::Rem | Operator::And | Operator::Or | Operator::Xor | Operator::AndNot => {
                self.w.is_integer(t)
            }
            Operator::AndAnd | Operator::OrOr => self.w.is_boolean(t),
            _ => false,
        }
    }

    /// Converts untyped operands of a binary operation towards each other.
    pub(super) fn match_types(&mut self, x: &mut Operand<'a>, y: &mut Operand<'a>) {
        let w = &self.w;
        let may_convert = {
            let (xt, yt) = (x.typ, y.typ);
            if (!w.is_untyped(xt) && !w.is_untyped(yt)) || w.is_numeric(xt) != w.is_numeric(yt) {
                false
            } else if (w.types.is_interface(xt) && !w.types.is_type_param(xt))
                || (w.types.is_interface(yt) && !w.types.is_type_param(yt))
            {
                true
            } else if w.is_boolean(xt) != w.is_boolean(yt) || w.is_string(xt) != w.is_string(yt) {
                false
            } else if x.mode == Mode::Nil {
                w.has_nil(yt)
            } else if y.mode == Mode::Nil {
                w.has_nil(xt)
            } else {
                !matches!(w.types.get(w.types.under(xt)), Type::Pointer(_))
                    && !matches!(w.types.get(w.types.under(yt)), Type::Pointer(_))
            }
        };
        if may_convert {
            let yt = y.typ;
            self.convert_untyped(x, yt);
            if x.is_invalid() {
                return;
            }
            let xt = x.typ;
            self.convert_untyped(y, xt);
            if y.is_invalid() {
                x.mode = Mode::Invalid;
            }
        }
    }

    fn comparison(
        &mut self,
        e: &'a Expr,
        op: Operator,
        mut x: Operand<'a>,
        y: Operand<'a>,
    ) -> Operand<'a> {
        let xe = x.expr;
        let mut err_op = &x;
        let mut cause = String::new();
        let ok = if self.assignable_to(&x, y.typ) || self.assignable_to(&y, x.typ) {
            match op {
                Operator::Eql | Operator::Neq => {
                    if x.mode == Mode::Nil || y.mode == Mode::Nil {
                        let other = if x.mode == Mode::Nil { &y } else { &x };
                        if x.mode == Mode::Nil && y.mode == Mode::Nil {
                            cause = format!("operator {} not defined on nil", op.as_str());
                            false
                        } else if !self.w.has_nil(other.typ) {
                            err_op = other;
                            cause = "mismatched types".into();
                            false
                        } else {
                            true
                        }
                    } else if !self.w.comparable(x.typ) {
                        cause = self.incomparable_cause(x.typ);
                        false
                    } else if !self.w.comparable(y.typ) {
                        err_op = &y;
                        cause = self.incomparable_cause(y.typ);
                        false
                    } else {
                        true
                    }
                }
                _ => {
                    let ordered = |t| self.w.is_ordered(t);
                    if !ordered(x.typ) {
                        cause = format!(
                            "operator {} not defined on {}",
                            op.as_str(),
                            self.operand_str(&x)
                        );
                        false
                    } else if !ordered(y.typ) {
                        err_op = &y;
                        cause = format!(
                            "operator {} not defined on {}",
                            op.as_str(),
                            self.operand_str(&y)
                        );
                        false
                    } else {
                        true
                    }
                }
            }
        } else {
            let (xs, ys) = (self.type_str(x.typ), self.type_str(y.typ));
            cause = format!("mismatched types {xs} and {ys}");
            false
        };
        if !ok {
            let es = expr_string(e);
            let at = err_op.expr.or(xe).unwrap_or(e);
            let msg = if cause.starts_with("operator ") || cause == "mismatched types" {
                if cause == "mismatched types" {
                    let (xs, ys) = (self.type_str(x.typ), self.type_str(y.typ));
                    format!("{INVALID_OP}{es} (mismatched types {xs} and {ys})")
                } else {
                    format!("{INVALID_OP}{es} ({cause})")
                }
            } else {
                format!("{INVALID_OP}{es} ({cause})")
            };
            self.error(at, msg);
            return Operand::invalid(Some(e));
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            x.val = Value::Bool(x.val.cmp_op(op, &y.val));
        } else {
            x.mode = Mode::Value;
            x.val = Value::Unknown;
            // The operands' untyped types are now fixed.
            let (xt, yt) = (x.typ, y.typ);
            let mut xx = x.clone();
            self.update_untyped_default(&mut xx, yt);
            let mut yy = y.clone();
            self.update_untyped_default(&mut yy, xt);
        }
        x.typ = TypeId::basic(BasicKind::UntypedBool);
        x.expr = Some(e);
        x
    }

    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.w.types.get(self.w.types.under(t)) {
            Type::Slice(_) | Type::Signature(_) | Type::Map(..) => {
                let what = super::expr_fmt::composite_kind(self, t);
                format!("{what} can only be compared to nil")
            }
            _ => format!("operator == not defined on {}", self.type_str(t)),
        }
    }

    /// Gives an untyped non-constant operand its default type in context.
    fn update_untyped_default(&mut self, x: &mut Operand<'a>, _other: TypeId) {
        if self.w.is_untyped(x.typ) && x.mode != Mode::Constant && x.mode != Mode::Nil {
            let d = default_type(x.typ);
            if let Some(e) = x.expr {
                self.record_type(e, d, None);
            }
        }
    }

    fn shift(
        &mut self,
        e: &'a Expr,
        op: Operator,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
    ) -> Operand<'a> {
        // The shift count must be an integer (untyped constants are
        // converted to uint); negative constants are errors.
        let xval = if x.mode == Mode::Constant {
            Some(x.val.to_int())
        } else {
            None
        };
        let lhs_int = self.w.is_integer(x.typ)
            || (self.w.is_untyped(x.typ)
                && xval.as_ref().is_some_and(|v| matches!(v, Value::Int(_))));
        if !lhs_int {
            let s = self.operand_str(&x);
            self.error(
                x.expr.unwrap_or(e),
                format!("{INVALID_OP}shifted operand {s} must be integer"),
            );
            return Operand::invalid(Some(e));
        }
        if y.mode == Mode::Constant {
            let yv = y.val.to_int();
            if !matches!(yv, Value::Int(_)) {
                let s = self.operand_str(&y);
                self.error(
                    y.expr.unwrap_or(e),
                    format!("{INVALID_OP}shift count {s} must be integer"),
                );
                return Operand::invalid(Some(e));
            }
            if yv.sign() < 0 {
                let s = self.operand_str(&y);
                self.error(
                    y.expr.unwrap_or(e),
                    format!("{INVALID_OP}negative shift count {s}"),
                );
                return Operand::invalid(Some(e));
            }
            y.val = yv;
            if self.w.is_untyped(y.typ) {
                self.convert_untyped(&mut y, TypeId::basic(BasicKind::Uint));
                if y.is_invalid() {
                    return Operand::invalid(Some(e));
                }
            }
        } else if !self.w.is_integer(y.typ) {
            let s = self.operand_str(&y);
            self.error(
                y.expr.unwrap_or(e),
                format!("{INVALID_OP}shift count {s} must be integer"),
            );
            return Operand::invalid(Some(e));
        }
        if x.mode == Mode::Constant {
            if y.mode == Mode::Constant {
                if let Some(v) = xval {
                    x.val = v;
                }
                if self.w.is_untyped(x.typ) && !self.w.is_integer(x.typ) {
                    x.typ = TypeId::basic(BasicKind::UntypedInt);
                }
                const SHIFT_BOUND: u64 = 1023 - 1 + 52;
                match y.val.uint64() {
                    Some(s) if s <= SHIFT_BOUND => {
                        x.val = x.val.shifted(op, s);
                        x.expr = Some(e);
                        self.overflow(&mut x, e);
                        return x;
                    }
                    _ => {
                        let s = self.operand_str(&y);
                        self.error(
                            y.expr.unwrap_or(e),
                            format!("{INVALID_OP}invalid shift count {s}"),
                        );
                        return Operand::invalid(Some(e));
                    }
                }
            }
            // A non-constant shift of an untyped constant stays untyped: the
            // constant takes the type the shift gets from its context (int
            // by default).
            if self.w.is_untyped(x.typ) {
                x.typ = TypeId::basic(BasicKind::UntypedInt);
            }
        }
        x.mode = Mode::Value;
        x.val = Value::Unknown;
        x.expr = Some(e);
        x
    }

    /// Reports a constant that overflows its type, rounding floats
    /// (types2's `overflow`); `e` is the operation that produced `x`.
    pub(super) fn overflow(&mut self, x: &mut Operand<'a>, e: &'a Expr) {
        // The position of an operation's operator, else of the expression.
        let op_pos = match e.kind {
            ExprKind::Operation(..) => e.pos,
            _ => e.start(),
        };
        if x.val.is_unknown() {
            self.error_pos(op_pos, "constant result is not representable");
            x.mode = Mode::Invalid;
            return;
        }
        if !self.w.is_untyped(x.typ) {
            self.representable(x, x.typ);
            return;
        }
        // Untyped integer values must not grow without bound.
        if matches!(x.val, Value::Int(_)) && x.val.bit_len() > 512 {
            let op = match &e.kind {
                ExprKind::Operation(op, _, y) => op_name(*op, y.is_some()),
                _ => "",
            };
            let op = if op.is_empty() {
                String::new()
            } else {
                format!("{op} ")
            };
            self.error_pos(op_pos, format!("constant {op}overflow"));
            x.val = Value::Unknown;
        }
    }

    /// Checks that constant `x` is representable as `t` (a basic type),
    /// updating its value (rounding floats).
    pub(super) fn representable(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let Some(k) = self.w.types.basic_kind(t) else {
            return;
        };
        match x.val.representable_as(k, self.w.types.basic_kind(x.typ)) {
            Ok(v) => x.val = v,
            Err(code) => {
                let msg = match code {
                    Some(code) => self.representable_msg(x, t, code),
                    None => {
                        let (s, ts) = (self.operand_str(x), self.type_str(t));
                        format!("cannot convert {s} to type {ts}")
                    }
                };
                if let Some(e) = x.expr {
                    self.error(e, msg);
                }
                x.mode = Mode::Invalid;
            }
        }
    }

    fn representable_msg(&self, x: &Operand, t: TypeId, code: super::values::ReprError) -> String {
        let ts = self.type_str(t);
        let s = self.operand_str(x);
        let numeric_x = self.w.is_numeric(x.typ);
        let numeric_t = self.w.is_numeric(t);
        if numeric_x && numeric_t {
            match code {
                super::values::ReprError::Truncated => format!("{s} truncated to {ts}"),
                super::values::ReprError::Overflow => {
                    if self.w.is_untyped(x.typ) || x.expr.is_none() {
                        format!("{s} overflows {ts}")
                    } else {
                        format!("constant {} overflows {ts}", x.val)
                    }
                }
            }
        } else {
            format!("cannot convert {s} to type {ts}")
        }
    }

    /// Converts an untyped operand to `target` (or reports why not).
    pub(super) fn convert_untyped(&mut self, x: &mut Operand<'a>, target: TypeId) {
        match self.implicit_type_and_value(x, target) {
            Ok((t, v)) => {
                if let Some(v) = v {
                    x.val = v;
                }
                if t != x.typ {
                    x.typ = t;
                    if let Some(e) = x.expr {
                        let val = (x.mode == Mode::Constant).then(|| x.val.clone());
                        self.record_type(e, t, val);
                    }
                }
            }
            Err(code) => {
                let msg = match code {
                    Some(c) if x.mode == Mode::Constant => self.representable_msg(x, target, c),
                    _ => {
                        let s = self.operand_str(x);
                        let ts = self.type_str(target);
                        if x.mode == Mode::Constant || x.mode == Mode::Nil {
                            format!("cannot convert {s} to type {ts}")
                        } else {
                            format!("cannot use {s} as {ts} value")
                        }
                    }
                };
                if let Some(e) = x.expr {
                    self.error(e, msg);
                }
                x.mode = Mode::Invalid;
            }
        }
    }

    /// The type and value an untyped operand gets when used as `target`
    /// (types2's `implicitTypeAndValue`). `Err(Some(code))` for a constant
    /// not representable as target, `Err(None)` for any other mismatch.
    pub(super) fn implicit_type_and_value(
        &self,
        x: &Operand,
        target: TypeId,
    ) -> Result<(TypeId, Option<Value>), Option<super::values::ReprError>> {
        if x.is_invalid() || !self.w.is_untyped(x.typ) || target == TypeId::INVALID {
            return Ok((x.typ, None));
        }
        if self.w.is_untyped(target) {
            return match max_untyped(x.typ, target) {
                Some(m) => Ok((m, None)),
                None => Err(None),
            };
        }
        if x.mode == Mode::Nil {
            return if self.w.has_nil(target) {
                Ok((target, None))
            } else {
                Err(None)
            };
        }
        if self.w.types.is_type_param(target) {
            // Representable by every type in the type set.
            let terms = self.w.tparam_set(target).and_then(|s| s.terms);
            return match terms {
                Some(ts) if !ts.is_empty() => {
                    for term in ts {
                        let u = self.w.types.under(term.typ);
                        self.implicit_type_and_value(x, u)?;
                    }
                    Ok((target, None))
                }
                _ => Err(None),
            };
        }
        match self.w.types.get(self.w.types.under(target)) {
            Type::Basic(k) => {
                let k = *k;
                if x.mode == Mode::Constant {
                    return match x.val.representable_as(k, self.w.types.basic_kind(x.typ)) {
                        Ok(v) => Ok((target, Some(v))),
                        Err(c) => Err(c),
                    };
                }
                let xk = self.w.types.basic_kind(x.typ).unwrap_or(BasicKind::Invalid);
                let ok = match xk {
                    BasicKind::UntypedBool => k.is_boolean(),
                    BasicKind::UntypedInt
                    | BasicKind::UntypedRune
                    | BasicKind::UntypedFloat
                    | BasicKind::UntypedComplex => k.is_numeric(),
                    BasicKind::UntypedString => k.is_string(),
                    _ => false,
                };
                if ok { Ok((target, None)) } else { Err(None) }
            }
            Type::Interface(_) => {
                if self.w.types.is_type_param(target) {
                    return Ok((target, None));
                }
                if !self.w.interface_methods(target).is_empty() {
                    return Err(None);
                }
                Ok((default_type(x.typ), None))
            }
            _ => Err(None),
        }
    }

    pub(super) fn size_of_basic(&self, t: TypeId) -> u32 {
        use BasicKind::*;
        match self.w.types.basic_kind(t).map(BasicKind::canonical) {
            Some(Int8 | Uint8 | Bool) => 1,
            Some(Int16 | Uint16) => 2,
            Some(Int32 | Uint32 | Float32) => 4,
            Some(Complex128) => 16,
            _ => 8,
        }
    }
}

/// The default type of an untyped type.
pub(super) fn default_type(t: TypeId) -> TypeId {
    use BasicKind::*;
    let k = match t {
        t if t == TypeId::basic(UntypedBool) => Bool,
        t if t == TypeId::basic(UntypedInt) => Int,
        t if t == TypeId::basic(UntypedRune) => Rune,
        t if t == TypeId::basic(UntypedFloat) => Float64,
        t if t == TypeId::basic(UntypedComplex) => Complex128,
        t if t == TypeId::basic(UntypedString) => String,
        _ => return t,
    };
    TypeId::basic(k)
}

/// The "larger" of two untyped numeric types (int < rune < float < complex).
fn max_untyped(x: TypeId, y: TypeId) -> Option<TypeId> {
    use BasicKind::*;
    let rank = |t: TypeId| match t {
        t if t == TypeId::basic(UntypedInt) => Some(1),
        t if t == TypeId::basic(UntypedRune) => Some(2),
        t if t == TypeId::basic(UntypedFloat) => Some(3),
        t if t == TypeId::basic(UntypedComplex) => Some(4),
        _ => None,
    };
    match (rank(x), rank(y)) {
        (Some(a), Some(b)) => Some(if a >= b { x } else { y }),
        _ if x == y => Some(x),
        _ => None,
    }
}

/// types2's `opName`: the operation's name in "constant ... overflow".
fn op_name(op: Operator, binary: bool) -> &'static str {
    match (op, binary) {
        (Operator::Xor, false) => "bitwise complement",
        (Operator::Add, true) => "addition",
        (Operator::Sub, true) => "subtraction",
        (Operator::Xor, true) => "bitwise XOR",
        (Operator::Mul, true) => "multiplication",
        (Operator::Shl, true) => "shift",
        _ => "",
    }
}

/// types2's `objectKind` for "x (variable) is not a type" messages.
fn object_kind(c: &Checker, o: ObjId) -> &'static str {
    match c.w.obj(o).kind {
        ObjKind::Var { .. } => "variable",
        ObjKind::Const(_) => "constant",
        ObjKind::TypeName => "type",
        ObjKind::Func { .. } => "func",
        ObjKind::PkgName { .. } => "package",
        ObjKind::Label { .. } => "label",
        ObjKind::Builtin(_) => "built-in",
        ObjKind::Nil => "untyped nil",
    }
}
