//! Assignability, assignments, variable initialisation.

use super::check::Checker;
use super::object::{ObjId, ObjKind};
use super::operand::{Mode, Operand};
use super::ty::{ChanDir, Type, TypeId};
use crate::syntax::ast::{Expr, ExprKind};
use crate::syntax::printer::expr_string;

impl<'a> Checker<'a, '_> {
    /// Checks that `x` can be assigned to a variable of type `t` (None:
    /// the blank identifier or an untyped context), converting untyped
    /// values. Reports "cannot use x as T value in <context>".
    pub(super) fn assignment(&mut self, x: &mut Operand<'a>, t: Option<TypeId>, context: &str) {
        self.single_value(x);
        // A generic function value gets its type arguments from `t`.
        if self.is_generic_func(x.typ) {
            self.non_generic(x, t, context);
        }
        match x.mode {
            Mode::Invalid => return,
            Mode::Nil
            | Mode::Constant
            | Mode::Variable
            | Mode::MapIndex
            | Mode::Value
            | Mode::CommaOk => {}
            _ => {
                let s = self.operand_str(x);
                let ts = t.map(|t| self.type_str(t)).unwrap_or_default();
                if let Some(e) = x.expr {
                    self.error(e, format!("cannot assign {s} to {ts} in {context}"));
                }
                x.mode = Mode::Invalid;
                return;
            }
        }
        if self.w.is_untyped(x.typ) {
            let mut target = t;
            if x.mode == Mode::Nil {
                if t.is_none() {
                    let s = self.operand_str(x);
                    let _ = s;
                    if let Some(e) = x.expr {
                        self.error(e, format!("use of untyped nil in {context}"));
                    }
                    x.mode = Mode::Invalid;
                    return;
                }
            } else if t
                .is_none_or(|t| self.w.types.is_interface(t) && !self.w.types.is_type_param(t))
            {
                target = Some(super::expr::default_type(x.typ));
            }
            let target = target.expect("set above");
            match self.implicit_type_and_value(x, target) {
                Ok((nt, v)) => {
                    if let Some(v) = v {
                        x.val = v;
                    }
                    if nt != x.typ {
                        x.typ = nt;
                        if let Some(e) = x.expr {
                            if x.mode == Mode::Constant {
                                self.record_type(e, nt, Some(x.val.clone()));
                            } else {
                                // An untyped non-constant expression (a
                                // shift, a comparison) takes its final type.
                                self.update_expr_type(e, nt);
                            }
                        }
                    }
                }
                Err(code) => {
                    let s = self.operand_str(x);
                    let ts = self.type_str(target);
                    let mut msg = format!("cannot use {s} as {ts} value in {context}");
                    match code {
                        Some(super::values::ReprError::Truncated) => msg += " (truncated)",
                        Some(super::values::ReprError::Overflow) => msg += " (overflows)",
                        None => {}
                    }
                    if let Some(e) = x.expr {
                        self.error(e, msg);
                    }
                    x.mode = Mode::Invalid;
                    return;
                }
            }
        }
        let Some(t) = t else { return };
        let mut cause = String::new();
        if !self.assignable_to_cause(x, t, &mut cause) {
            let s = self.operand_str(x);
            let ts = self.type_str(t);
            let msg = if cause.is_empty() {
                format!("cannot use {s} as {ts} value in {context}")
            } else {
                format!("cannot use {s} as {ts} value in {context}: {cause}")
            };
            if let Some(e) = x.expr {
                self.error(e, msg);
            }
            x.mode = Mode::Invalid;
        }
    }

    pub(super) fn assignable_to(&mut self, x: &Operand<'a>, t: TypeId) -> bool {
        let mut cause = String::new();
        self.assignable_to_cause(x, t, &mut cause)
    }

    /// Spec "Assignability".
    fn assignable_to_cause(&mut self, x: &Operand<'a>, t: TypeId, cause: &mut String) -> bool {
        if x.is_invalid() || t == TypeId::INVALID || x.typ == TypeId::INVALID {
            return true;
        }
        let v = self.w.types.unalias(x.typ);
        let t = self.w.types.unalias(t);
        if self.w.identical(v, t) {
            return true;
        }
        let (vu, tu) = (self.w.types.under(v), self.w.types.under(t));
        if self.w.is_untyped(vu) {
            return self.implicit_type_and_value(x, t).is_ok();
        }
        let (vp, tp) = (self.w.types.is_type_param(v), self.w.types.is_type_param(t));
        if self.w.identical(vu, tu) && (!self.has_name(v) || !self.has_name(t)) && !vp && !tp {
            return true;
        }
        if matches!(self.w.types.get(tu), Type::Interface(_)) && !tp {
            if self.implements(v, t, cause) {
                return true;
            }
            return false;
        }
        if matches!(self.w.types.get(vu), Type::Interface(_)) && !vp {
            let mut ignore = String::new();
            if self.implements(t, v, &mut ignore) {
                *cause = "need type assertion".into();
                return false;
            }
        }
        // A type parameter's value is assignable to an unnamed type if
        // every type of its type set is.
        if vp && !self.has_name(t) {
            let terms = self
                .w
                .tparam_set(v)
                .and_then(|s| s.terms)
                .unwrap_or_default();
            return !terms.is_empty()
                && terms.iter().all(|term| {
                    let y = Operand {
                        mode: Mode::Value,
                        expr: x.expr,
                        typ: term.typ,
                        val: super::constant::Value::Unknown,
                    };
                    self.assignable_to(&y, t)
                });
        }
        // An unnamed type is assignable to a type parameter if it is
        // assignable to every type of its type set.
        if tp && !self.has_name(v) {
            let terms = self
                .w
                .tparam_set(t)
                .and_then(|s| s.terms)
                .unwrap_or_default();
            return !terms.is_empty() && terms.iter().all(|term| self.assignable_to(x, term.typ));
        }
        if let (Type::Chan(ChanDir::Both, ve), Type::Chan(_, te)) =
            (self.w.types.get(vu), self.w.types.get(tu))
            && self.w.identical(*ve, *te)
        {
            return !self.has_name(v) || !self.has_name(t);
        }
        false
    }

    /// Named, basic or type parameter.
    fn has_name(&self, t: TypeId) -> bool {
        self.w.types.is_named(t)
    }

    /// Initialises variable `v` from `x` (declarations, `:=`).
    pub(super) fn init_var(&mut self, v: ObjId, x: &mut Operand<'a>, context: &str) {
        if x.is_invalid() {
            if self.w.obj(v).typ.is_none() {
                self.w.obj_mut(v).typ = Some(TypeId::INVALID);
            }
            return;
        }
        let t = match self.w.obj(v).typ {
            Some(t) => t,
            None => {
                // Infer the type from x.
                let mut t = x.typ;
                if self.w.is_untyped(t) {
                    if x.mode == Mode::Nil {
                        let s = self.operand_str(x);
                        let _ = s;
                        if let Some(e) = x.expr {
                            self.error(e, format!("use of untyped nil in {context}"));
                        }
                        self.w.obj_mut(v).typ = Some(TypeId::INVALID);
                        x.mode = Mode::Invalid;
                        return;
                    }
                    t = super::expr::default_type(t);
                }
                self.w.obj_mut(v).typ = Some(t);
                t
            }
        };
        self.assignment(x, Some(t), context);
    }

    /// Initialises `lhs` from `rhs` (n:n, or n:1 with a multi-valued rhs;
    /// types2's `initVars`).
    pub(super) fn init_vars(
        &mut self,
        lhs: &[ObjId],
        rhs: &'a [Expr],
        return_stmt: Option<&'a Expr>,
    ) {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if return_stmt.is_some() {
            "return statement"
        } else if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (&v, e) in lhs.iter().zip(rhs) {
                let hint = self.w.obj(v).typ;
                let name = self.w.obj(v).name.clone();
                let desc = if return_stmt.is_some() && name.is_empty() {
                    "result variable"
                } else {
                    &name
                };
                let mut x = self.expr_for_target(e, hint, desc);
                self.init_var(v, &mut x, context);
            }
            return;
        }
        if r != 1 {
            if self.use_all(rhs, false) {
                self.assign_error(rhs, l, r);
            }
        } else {
            let ops = self.multi_value(&rhs[0], if return_stmt.is_none() { l } else { 0 });
            if ops.len() == l {
                for (&v, mut x) in lhs.iter().zip(ops) {
                    self.init_var(v, &mut x, context);
                }
                return;
            }
            // An invalid right-hand side was reported already.
            if !ops.is_empty() {
                self.assign_error(rhs, l, ops.len());
            }
        }
        for &v in lhs {
            if self.w.obj(v).typ.is_none() {
                self.w.obj_mut(v).typ = Some(TypeId::INVALID);
            }
        }
    }

    /// `lhs = rhs` (types2's `assignVars`).
    pub(super) fn assign_vars(&mut self, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let (l, r) = (lhs.len(), rhs.len());
        let context = if l > 1 {
            "multiple assignment"
        } else {
            "assignment"
        };
        let is_call = r == 1 && matches!(rhs[0].unparen().kind, ExprKind::Call { .. });
        if l == r && !is_call {
            for (le, re) in lhs.iter().zip(rhs) {
                self.assign_var_expr(le, re, context);
            }
            return;
        }
        if r != 1 {
            let ok_l = self.use_all(lhs, true);
            let ok_r = self.use_all(rhs, false);
            if ok_l && ok_r {
                self.assign_error(rhs, l, r);
            }
            return;
        }
        let ops = self.multi_value(&rhs[0], l);
        if ops.len() == l {
            for (le, mut x) in lhs.iter().zip(ops) {
                self.assign_var(le, &mut x, context);
            }
            return;
        }
        if !ops.is_empty() {
            self.assign_error(rhs, l, ops.len());
        }
        self.use_all(lhs, true);
    }

    /// Evaluates `list` for its side effects (errors, uses) only; reports
    /// whether all were valid. With `lhs`, identifiers denoting variables
    /// are not marked used.
    pub(super) fn use_all(&mut self, list: &'a [Expr], lhs: bool) -> bool {
        let mut ok = true;
        for e in list {
            if let ExprKind::Name(n) = &e.unparen().kind
                && &**n == "_"
            {
                continue;
            }
            let saved = if lhs {
                e.unparen()
                    .as_name()
                    .and_then(|n| self.lookup(n))
                    .map(|o| (o, self.is_used(o)))
            } else {
                None
            };
            let x = self.raw_expr(e, None, false);
            if let Some((o, used)) = saved
                && let ObjKind::Var { used: u, .. } = &mut self.w.obj_mut(o).kind
            {
                *u = used;
            }
            if x.is_invalid() {
                ok = false;
            }
        }
        ok
    }

    /// The values of a multi-valued expression (call, comma-ok) when `n`
    /// values are wanted.
    pub(super) fn multi_value(&mut self, e: &'a Expr, want: usize) -> Vec<Operand<'a>> {
        let x = self.raw_expr(e, None, false);
        if x.is_invalid() {
            return Vec::new();
        }
        if x.mode == Mode::Value
            && let Type::Tuple(vars) = self.w.types.get(x.typ).clone()
        {
            return vars
                .iter()
                .map(|&v| Operand {
                    mode: Mode::Value,
                    expr: Some(e),
                    typ: self.w.type_of(v),
                    val: super::constant::Value::Unknown,
                })
                .collect();
        }
        if want == 2 && matches!(x.mode, Mode::CommaOk | Mode::MapIndex) {
            let mut a = x.clone();
            a.mode = Mode::Value;
            let b = Operand {
                mode: Mode::Value,
                expr: Some(e),
                typ: TypeId::basic(super::ty::BasicKind::UntypedBool),
                val: super::constant::Value::Unknown,
            };
            return vec![a, b];
        }
        let mut x = x;
        self.single_value(&mut x);
        if x.mode == Mode::NoValue {
            let s = self.operand_str(&x);
            self.error(e, format!("{s} used as value"));
            return Vec::new();
        }
        vec![x]
    }

    /// "assignment mismatch: 2 variables but f() returns 1 value".
    pub(super) fn assign_error(&mut self, rhs: &'a [Expr], l: usize, r: usize) {
        let vars = measure(l, "variable");
        let vals = measure(r, "value");
        let rhs0 = &rhs[0];
        if rhs.len() == 1
            && let ExprKind::Call { fun, .. } = &rhs0.unparen().kind
        {
            let f = expr_string(fun);
            self.error(
                rhs0,
                format!("assignment mismatch: {vars} but {f} returns {vals}"),
            );
            return;
        }
        self.error(rhs0, format!("assignment mismatch: {vars} but {vals}"));
    }

    /// Checks the left-hand side of an assignment; returns its type
    /// (None for the blank identifier, the invalid type after an error).
    /// Assigning to a variable does not count as a use (types2's `lhsVar`).
    fn lhs_var(&mut self, lhs: &'a Expr) -> Option<TypeId> {
        if lhs.unparen().as_name() == Some("_") {
            return None;
        }
        let used_before = lhs
            .unparen()
            .as_name()
            .and_then(|n| self.lookup(n))
            .filter(|&o| self.w.obj(o).pkg == Some(self.pkg))
            .map(|o| (o, self.is_used(o)));
        let z = self.expr(lhs);
        if let Some((o, used)) = used_before
            && let ObjKind::Var { used: u, .. } = &mut self.w.obj_mut(o).kind
        {
            *u = used;
        }
        if z.is_invalid() || z.typ == TypeId::INVALID {
            return Some(TypeId::INVALID);
        }
        match z.mode {
            Mode::Variable | Mode::MapIndex => Some(z.typ),
            _ => {
                let es = expr_string(lhs);
                if let ExprKind::Selector(base, _) = &lhs.unparen().kind
                    && self.is_unaddressable_struct_field(base)
                {
                    self.error(lhs, format!("cannot assign to struct field {es} in map"));
                    return Some(TypeId::INVALID);
                }
                self.error(
                    lhs,
                    format!(
                        "cannot assign to {es} (neither addressable nor a map index expression)"
                    ),
                );
                Some(TypeId::INVALID)
            }
        }
    }

    /// Assigns the value `x` to `lhs` (types2's `assignVar` with x).
    pub(super) fn assign_var(&mut self, lhs: &'a Expr, x: &mut Operand<'a>, context: &str) {
        let t = self.lhs_var(lhs);
        if t == Some(TypeId::INVALID) {
            x.mode = Mode::Invalid;
            return;
        }
        let context = if t.is_none() && context == "assignment" {
            "assignment to _ identifier"
        } else {
            context
        };
        self.assignment(x, t, context);
    }

    /// `lhs = rhs` for one pair (types2's `assignVar` without x).
    fn assign_var_expr(&mut self, lhs: &'a Expr, rhs: &'a Expr, context: &str) {
        let t = self.lhs_var(lhs);
        if t == Some(TypeId::INVALID) {
            self.use_all(std::slice::from_ref(rhs), false);
            return;
        }
        let hint =
            t.filter(|&t| matches!(self.w.types.get(self.w.types.under(t)), Type::Signature(_)));
        let desc = hint.map(|_| expr_string(lhs)).unwrap_or_default();
        let mut x = self.expr_for_target(rhs, hint, &desc);
        let context = if t.is_none() && context == "assignment" {
            "assignment to _ identifier"
        } else {
            context
        };
        self.assignment(&mut x, t, context);
    }

    /// Whether `base` is a map index expression `m[k]` (whose fields
    /// cannot be assigned).
    fn is_unaddressable_struct_field(&self, base: &'a Expr) -> bool {
        let ExprKind::Index(m, _) = &base.unparen().kind else {
            return false;
        };
        self.info
            .types
            .get(&(&**m as *const Expr as usize))
            .is_some_and(|(t, _)| matches!(self.w.types.get(self.w.types.under(*t)), Type::Map(..)))
    }

    fn is_used(&self, o: ObjId) -> bool {
        matches!(self.w.obj(o).kind, ObjKind::Var { used: true, .. })
    }
}

/// "1 variable", "2 values".
fn measure(n: usize, unit: &str) -> String {
    if n == 1 {
        format!("{n} {unit}")
    } else {
        format!("{n} {unit}s")
    }
}
