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
        self.expr_with_hint(e, None)
    }

    /// Like `expr`, with a type hint for elided composite literal types
    /// (and the target type that instantiates a generic function value).
    pub(super) fn expr_with_hint(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
        self.expr_for_target(e, hint, "")
    }

    /// Like `expr_with_hint` for a value assigned to `target`, which
    /// messages call `desc` (a variable's name, "result variable").
    pub(super) fn expr_for_target(
        &mut self,
        e: &'a Expr,
        target: Option<TypeId>,
        desc: &str,
    ) -> Operand<'a> {
        let mut x = self.expr_allow_generic(e, target);
        self.non_generic(&mut x, target, desc);
        x
    }

    /// A single value that may be a generic function (call arguments,
    /// whose type arguments are inferred with the callee's).
    pub(super) fn expr_allow_generic(&mut self, e: &'a Expr, hint: Option<TypeId>) -> Operand<'a> {
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

    /// `expr_or_type` where a generic type or function must be
    /// instantiated (types2's `exprOrType` with allowGeneric false).
    pub(super) fn expr_or_type_non_generic(&mut self, e: &'a Expr) -> Operand<'a> {
        let mut x = self.expr_or_type(e, false);
        self.non_generic(&mut x, None, "");
        x
    }

    /// Reports operands that are not values (types, builtins, no value).
    pub(super) fn exclude(&mut self, x: &mut Operand<'a>) {
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
        // Deeply nested expressions (long `a + b + ...` chains in
        // generated tables) recurse here: grow the stack instead of
        // overflowing it.
        let x = stacker::maybe_grow(128 * 1024, 4 * 1024 * 1024, || {
            self.expr_internal(e, hint, want_type)
        });
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
        if self.w.obj(obj).parent == Some(self.w.universe)
            && matches!(name, "any" | "comparable")
            && !self.verify_version(self.gpos(e.pos), (1, 18), &format!("predeclared {name}"))
        {
            return Operand::invalid(Some(e));
        }
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

    /// Reports a numeric literal form newer than the current file's
    /// language version (all of them came with Go 1.13).
    fn lit_lang_compat(&mut self, e: &Expr, kind: LitKind, text: &str) {
        if text.len() <= 2 || self.allow_version((1, 13)) {
            return;
        }
        let b = text.as_bytes();
        let what = if text.contains('_') {
            "underscore in numeric literal"
        } else if b[0] != b'0' {
            return;
        } else if matches!(b[1], b'b' | b'B') {
            "binary literal"
        } else if matches!(b[1], b'o' | b'O') {
            "0o/0O-style octal literal"
        } else if kind != LitKind::Int && matches!(b[1], b'x' | b'X') {
            "hexadecimal floating-point literal"
        } else {
            return;
        };
        self.verify_version(self.gpos(e.start()), (1, 13), what);
    }

    fn basic_lit(&mut self, e: &'a Expr, kind: LitKind, text: &str) -> Operand<'a> {
        if matches!(kind, LitKind::Int | LitKind::Float | LitKind::Imag) {
            self.lit_lang_compat(e, kind, text);
        }
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
        // types2 checks a literal's body later, once the declarations
        // being checked are complete: types they are declaring are no
        // longer incomplete in it.
        let path = std::mem::take(&mut self.obj_path);
        self.func_body_stmts(body, Some(sig));
        self.obj_path = path;
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
                self.error(xe, format!("{INVALID_OP}cannot take address of {s}"));
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
                    self.valid_var_type(xe, x.typ);
                    let t = self.w.types.add(Type::Pointer(x.typ));
                    return Operand::new(Mode::TypeExpr, e, t);
                }
                Mode::Nil => {
                    self.error(xe, format!("{INVALID_OP}cannot indirect nil"));
                    return Operand::invalid(Some(e));
                }
                _ => {}
            }
            let core = self.w.core_type(x.typ).unwrap_or(TypeId::INVALID);
            return match self.w.types.get(core) {
                Type::Pointer(base) => {
                    let base = *base;
                    if !self.is_complete(base) {
                        return Operand::invalid(Some(e));
                    }
                    Operand::new(Mode::Variable, e, base)
                }
                _ => {
                    let s = self.operand_str(&x);
                    self.error(xe, format!("{INVALID_OP}cannot indirect {s}"));
                    Operand::invalid(Some(e))
                }
            };
        }
        let mut x = self.expr(xe);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if op == Operator::Recv {
            return self.receive(e, x);
        }
        let mut op = op;
        if op == Operator::Tilde {
            // A better position and message than the operator check's.
            if !self.w.is_integer(x.typ) {
                self.error(e, "cannot use ~ outside of interface or type constraint");
                return Operand::invalid(Some(e));
            }
            self.error(
                e,
                "cannot use ~ outside of interface or type constraint (use ^ for bitwise complement)",
            );
            op = Operator::Xor;
        }
        let ok = match op {
            Operator::Add | Operator::Sub => self.w.is_numeric(x.typ),
            Operator::Xor => self.w.is_integer(x.typ),
            Operator::Not => self.w.is_boolean(x.typ),
            _ => false,
        };
        if !ok {
            let s = self.operand_str(&x);
            self.error(
                xe,
                format!("{INVALID_OP}operator {} not defined on {s}", op.as_str()),
            );
            return Operand::invalid(Some(e));
        }
        x.expr = Some(e);
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

    /// `<-x`: x must be a channel that can receive; errors are reported
    /// at x.
    fn receive(&mut self, e: &'a Expr, x: Operand<'a>) -> Operand<'a> {
        let at = x.expr.unwrap_or(e).start();
        match self.chan_elem(at, &x, true) {
            Some(elem) if self.is_complete(elem) => Operand::new(Mode::CommaOk, e, elem),
            _ => Operand::invalid(Some(e)),
        }
    }

    /// The element type of channel `x` for a receive (`recv`) or a send
    /// (types2's `chanElem`): all types in its type set must be channels
    /// allowing the operation, with one element type. Otherwise reports
    /// at `at` and returns None.
    pub(super) fn chan_elem(
        &mut self,
        at: crate::syntax::Pos,
        x: &Operand<'a>,
        recv: bool,
    ) -> Option<TypeId> {
        use super::ty::ChanDir;
        use super::typeset::UnderError;
        let bad_dir = if recv { ChanDir::Send } else { ChanDir::Recv };
        let allowed = |w: &super::object::World, _, u| matches!(w.types.get(u), Type::Chan(d, _) if *d != bad_dir);
        let err = match self.w.common_under(x.typ, &allowed) {
            Ok(u) => match self.w.types.get(u) {
                Type::Chan(_, elem) => return Some(*elem),
                _ => UnderError::NoSpecificType,
            },
            Err(err) => err,
        };
        let cause = match err {
            UnderError::NoSpecificType => "no specific channel type".to_string(),
            UnderError::Cond(t) => {
                let ts = self.type_str(t);
                match self.w.types.get(self.w.types.under(t)) {
                    Type::Chan(..) if recv => format!("send-only channel {ts}"),
                    Type::Chan(..) => format!("receive-only channel {ts}"),
                    _ => format!("non-channel {ts}"),
                }
            }
            err => self.under_error_str(err, &|t| t),
        };
        let s = self.operand_str(x);
        let what = if recv { "receive from" } else { "send to" };
        if self.w.types.is_type_param(x.typ) {
            self.error_pos(at, format!("{INVALID_OP}cannot {what} {s}: {cause}"));
        } else {
            self.error_pos(at, format!("{INVALID_OP}cannot {what} {cause} {s}"));
        }
        None
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

    pub(super) fn binary_op_ok(&self, op: Operator, x: &Operand) -> bool {
        let t = x.typ;
        match op {
            // For a type parameter, each type in its set on its own.
            Operator::Add => {
                self.w
                    .tparam_all(t, &|w, u| w.is_numeric(u) || w.is_string(u))
                    || self.w.is_numeric(t)
                    || self.w.is_string(t)
            }
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

    /// types2's `comparison`: the operands must be assignable to each
    /// other, and comparable (==, !=) or ordered (<, <=, >, >=).
    fn comparison(
        &mut self,
        e: &'a Expr,
        op: Operator,
        mut x: Operand<'a>,
        y: Operand<'a>,
    ) -> Operand<'a> {
        if x.typ == TypeId::INVALID || y.typ == TypeId::INVALID {
            return Operand::invalid(Some(e));
        }
        // The operand the error is reported at (0: x, 1: y), and the cause.
        let mut err_y = false;
        let mut cause = String::new();
        let ok = 'check: {
            if !self.assignable_to(&x, y.typ) && !self.assignable_to(&y, x.typ) {
                // Reported at y: only then the mismatch is known.
                err_y = true;
                let (xs, ys) = (self.type_str(x.typ), self.type_str(y.typ));
                cause = format!("mismatched types {xs} and {ys}");
                break 'check false;
            }
            match op {
                Operator::Eql | Operator::Neq => {
                    if x.mode == Mode::Nil || y.mode == Mode::Nil {
                        let t = if x.mode == Mode::Nil { y.typ } else { x.typ };
                        if !self.w.has_nil(t) {
                            err_y = true;
                            break 'check false;
                        }
                    } else if !self.w.comparable(x.typ) {
                        cause = self.incomparable_cause(x.typ);
                        break 'check false;
                    } else if !self.w.comparable(y.typ) {
                        err_y = true;
                        cause = self.incomparable_cause(y.typ);
                        break 'check false;
                    }
                }
                _ => {
                    if !self.w.is_ordered(x.typ) {
                        break 'check false;
                    }
                    if !self.w.is_ordered(y.typ) {
                        err_y = true;
                        break 'check false;
                    }
                }
            }
            true
        };
        if !ok {
            if cause.is_empty() {
                let (xp, yp) = (
                    self.w.types.is_type_param(x.typ),
                    self.w.types.is_type_param(y.typ),
                );
                cause = if xp || yp {
                    err_y = !xp;
                    let op_t = if xp { x.typ } else { y.typ };
                    format!(
                        "type parameter {} cannot use operator {}",
                        self.type_str(op_t),
                        op.as_str()
                    )
                } else {
                    let err_op = if err_y { &y } else { &x };
                    let what = if matches!(
                        self.w.types.get(self.w.types.under(err_op.typ)),
                        Type::Basic(_)
                    ) {
                        self.type_str(err_op.typ)
                    } else {
                        super::expr_fmt::composite_kind(self, err_op.typ)
                    };
                    format!("operator {} not defined on {what}", op.as_str())
                };
            }
            let (xs, ys) = (
                x.expr.map(expr_string).unwrap_or_default(),
                y.expr.map(expr_string).unwrap_or_default(),
            );
            let err_op = if err_y { &y } else { &x };
            let at = err_op.expr.unwrap_or(e);
            self.error(
                at,
                format!("{INVALID_OP}{xs} {} {ys} ({cause})", op.as_str()),
            );
            return Operand::invalid(Some(e));
        }
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            x.val = Value::Bool(x.val.cmp_op(op, &y.val));
        } else {
            x.mode = Mode::Value;
            x.val = Value::Unknown;
            // The operands have their final types now: untyped ones
            // their default type.
            for o in [&x, &y] {
                if let Some(oe) = o.expr {
                    self.update_expr_type(oe, default_type(o.typ));
                }
            }
        }
        x.typ = TypeId::basic(BasicKind::UntypedBool);
        x.expr = Some(e);
        x
    }

    /// types2's `incomparableCause`: why `t` is not comparable ("" when
    /// there is nothing specific to say).
    fn incomparable_cause(&self, t: TypeId) -> String {
        match self.w.types.get(self.w.types.under(t)) {
            Type::Slice(_) | Type::Signature(_) | Type::Map(..) => {
                let what = super::expr_fmt::composite_kind(self, t);
                format!("{what} can only be compared to nil")
            }
            _ => self.comparable_type_cause(t).unwrap_or_default(),
        }
    }

    /// types2's `comparableType(T, dynamic=true)`: None if `t` is
    /// comparable, else the (possibly empty) reason why not.
    fn comparable_type_cause(&self, t: TypeId) -> Option<String> {
        if self.w.comparable(t) {
            return None;
        }
        match self.w.types.get(self.w.types.under(t)) {
            Type::Struct(fields) => {
                for f in fields {
                    let ft = self.w.type_of(f.obj);
                    if !self.w.comparable(ft) {
                        return Some(format!(
                            "struct containing {} cannot be compared",
                            self.type_str(ft)
                        ));
                    }
                }
                Some(String::new())
            }
            Type::Array(..) => Some(format!("{} cannot be compared", self.type_str(t))),
            Type::TypeParam(_) => {
                let empty = self
                    .w
                    .tparam_set(t)
                    .is_some_and(|s| s.terms.is_some_and(|ts| ts.is_empty()));
                Some(
                    if empty {
                        "empty type set"
                    } else {
                        "incomparable types in type set"
                    }
                    .into(),
                )
            }
            _ => Some(String::new()),
        }
    }

    /// Gives the untyped expression `e` its final type `t` (types2's
    /// `updateExprType`): the type propagates down into the operands of
    /// untyped non-constant operations, an untyped constant lhs of a
    /// non-constant shift must become an integer, and untyped constants
    /// must be representable by their final type.
    pub(super) fn update_expr_type(&mut self, e: &'a Expr, t: TypeId) {
        self.update_expr_type_at(e, t, false);
    }

    fn update_expr_type_at(&mut self, e: &'a Expr, t: TypeId, is_lhs: bool) {
        let key = e as *const Expr as usize;
        let Some((old_t, old_val)) = self.info.types.get(&key).cloned() else {
            return;
        };
        if !self.w.is_untyped(old_t) || t == TypeId::INVALID {
            return;
        }
        match &e.kind {
            ExprKind::Paren(x) => self.update_expr_type_at(x, t, false),
            ExprKind::Operation(_, x, None) if old_val.is_none() => {
                self.update_expr_type_at(x, t, false)
            }
            ExprKind::Operation(op, x, Some(y)) if old_val.is_none() => match op {
                Operator::Eql
                | Operator::Neq
                | Operator::Lss
                | Operator::Leq
                | Operator::Gtr
                | Operator::Geq => {}
                Operator::Shl | Operator::Shr => {
                    // The lhs of a non-constant shift is untyped only if it
                    // is a constant (see `shift`).
                    let x_const = self
                        .info
                        .types
                        .get(&(&**x as *const Expr as usize))
                        .is_some_and(|(xt, v)| v.is_some() && self.w.is_untyped(*xt));
                    self.update_expr_type_at(x, t, x_const)
                }
                _ => {
                    self.update_expr_type_at(x, t, false);
                    self.update_expr_type_at(y, t, false);
                }
            },
            _ => {}
        }
        if self.w.is_untyped(t) {
            self.record_type(e, t, old_val);
            return;
        }
        // The final type: record it first so that the conversion below
        // does not revisit e.
        self.record_type(e, t, old_val.clone());
        if is_lhs && !self.w.is_integer(t) {
            let (es, ts) = (expr_string(e), self.type_str(t));
            self.error(
                e,
                format!("{INVALID_OP}shifted operand {es} (type {ts}) must be integer"),
            );
            return;
        }
        if let Some(v) = old_val {
            let mut c = Operand::new(Mode::Constant, e, old_t);
            c.val = v;
            self.convert_untyped(&mut c, t);
        }
    }

    /// types2's `shift`.
    fn shift(
        &mut self,
        e: &'a Expr,
        op: Operator,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
    ) -> Operand<'a> {
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
        // The count must be an integer, or an untyped constant
        // representable as a uint (checked, not converted).
        let mut yval = None;
        if y.mode == Mode::Constant {
            let yv = y.val.to_int();
            if matches!(yv, Value::Int(_)) && yv.sign() < 0 {
                let s = self.operand_str(&y);
                self.error(
                    y.expr.unwrap_or(e),
                    format!("{INVALID_OP}negative shift count {s}"),
                );
                return Operand::invalid(Some(e));
            }
            if self.w.is_untyped(y.typ) {
                let mut yy = y.clone();
                self.representable(&mut yy, TypeId::basic(BasicKind::Uint));
                if yy.is_invalid() {
                    return Operand::invalid(Some(e));
                }
            }
            yval = Some(yv);
        } else if self.w.is_integer(y.typ) {
            if !self.w.is_unsigned(y.typ) {
                let what = format!("{INVALID_OP}signed shift count {}", self.operand_str(&y));
                let at = self.gpos(y.expr.unwrap_or(e).start());
                if !self.verify_version(at, (1, 13), &what) {
                    return Operand::invalid(Some(e));
                }
            }
        } else if self.w.is_untyped(y.typ) {
            self.convert_untyped(&mut y, TypeId::basic(BasicKind::Uint));
            if y.is_invalid() {
                return Operand::invalid(Some(e));
            }
        } else {
            let s = self.operand_str(&y);
            self.error(
                y.expr.unwrap_or(e),
                format!("{INVALID_OP}shift count {s} must be integer"),
            );
            return Operand::invalid(Some(e));
        }
        if x.mode == Mode::Constant {
            if y.mode == Mode::Constant {
                if x.val.is_unknown() || y.val.is_unknown() {
                    x.val = Value::Unknown;
                    if !self.w.is_integer(x.typ) {
                        x.typ = TypeId::basic(BasicKind::UntypedInt);
                    }
                    x.expr = Some(e);
                    return x;
                }
                const SHIFT_BOUND: u64 = 1023 - 1 + 52;
                let count = yval.as_ref().and_then(|v| v.uint64());
                let Some(count) = count.filter(|&c| c <= SHIFT_BOUND) else {
                    let s = self.operand_str(&y);
                    self.error(
                        y.expr.unwrap_or(e),
                        format!("{INVALID_OP}invalid shift count {s}"),
                    );
                    return Operand::invalid(Some(e));
                };
                if !self.w.is_integer(x.typ) {
                    x.typ = TypeId::basic(BasicKind::UntypedInt);
                }
                if let Some(v) = xval {
                    x.val = v;
                }
                x.val = x.val.shifted(op, count);
                x.expr = Some(e);
                self.overflow(&mut x, e);
                return x;
            }
            // A non-constant shift of an untyped constant: the constant
            // gets the type the shift expression gets from its context
            // (checked when that type is known, see `update_expr_type`).
            if self.w.is_untyped(x.typ) {
                x.mode = Mode::Value;
                x.val = Value::Unknown;
                x.expr = Some(e);
                return x;
            }
        }
        if !self.w.is_integer(x.typ) {
            let s = self.operand_str(&x);
            self.error(
                x.expr.unwrap_or(e),
                format!("{INVALID_OP}shifted operand {s} must be integer"),
            );
            return Operand::invalid(Some(e));
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

    /// Checks that constant `x` is representable as `t`'s underlying basic
    /// type, updating its value (rounding floats); types2's
    /// `representable`.
    pub(super) fn representable(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let u = self.w.types.under(t);
        let Some(k) = self.w.types.basic_kind(u) else {
            return;
        };
        match x.val.representable_as(k, self.w.types.basic_kind(x.typ)) {
            Ok(v) => x.val = v,
            Err(code) => {
                self.invalid_conversion(code, x, u);
                x.mode = Mode::Invalid;
            }
        }
    }

    /// types2's `invalidConversion`: reports that `x` cannot become a
    /// value of type `target`, at x.
    pub(super) fn invalid_conversion(
        &mut self,
        code: Option<super::values::ReprError>,
        x: &Operand<'a>,
        target: TypeId,
    ) {
        let (s, ts) = (self.operand_str(x), self.type_str(target));
        let msg = match code {
            Some(super::values::ReprError::Truncated) => format!("{s} truncated to {ts}"),
            Some(super::values::ReprError::Overflow) => format!("{s} overflows {ts}"),
            None => format!("cannot convert {s} to type {ts}"),
        };
        if let Some(e) = x.expr {
            self.error(e, msg);
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
                        if x.mode == Mode::Constant {
                            self.record_type(e, t, Some(x.val.clone()));
                        } else {
                            self.update_expr_type(e, t);
                        }
                    }
                }
            }
            Err(code) => {
                let t = if self.w.types.is_type_param(target) {
                    target
                } else {
                    self.w.types.under(target)
                };
                self.invalid_conversion(code, x, t);
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
pub(super) fn max_untyped(x: TypeId, y: TypeId) -> Option<TypeId> {
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

/// types2's `objectKind` for "x (local variable) is not a type" messages.
fn object_kind(c: &Checker, o: ObjId) -> &'static str {
    let obj = c.w.obj(o);
    match &obj.kind {
        ObjKind::Var { field: true, .. } => "struct field",
        ObjKind::Var { param, .. } => {
            let pkg_scope = obj.pkg.map(|p| c.w.pkg(p).scope);
            if obj.parent.is_some() && obj.parent == pkg_scope {
                return "package-level variable";
            }
            if !*param {
                return "local variable";
            }
            // A parameter of the enclosing function: receiver, parameter
            // or result.
            if let Some(sig) = c.fctx.sig
                && let Type::Signature(s) = c.w.types.get(sig)
            {
                if s.recv == Some(o) {
                    return "receiver";
                }
                if s.results.contains(&o) {
                    return "result variable";
                }
            }
            "parameter"
        }
        ObjKind::Const(_) => "constant",
        ObjKind::TypeName => match obj.typ.map(|t| c.w.types.get(t)) {
            Some(Type::Alias(_)) => "type alias",
            Some(Type::TypeParam(_)) => "type parameter",
            _ => "defined type",
        },
        ObjKind::Func { .. } => match obj.typ.map(|t| c.w.types.get(t)) {
            Some(Type::Signature(s)) if s.recv.is_some() => "method",
            _ => "function",
        },
        ObjKind::PkgName { .. } => "package name",
        ObjKind::Label { .. } => "label",
        ObjKind::Builtin(_) => "built-in function",
        ObjKind::Nil => "untyped nil",
    }
}
