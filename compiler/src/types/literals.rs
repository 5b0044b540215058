//! Composite literals.

use super::check::Checker;
use super::operand::{Mode, Operand};
use super::ty::{Type, TypeId};
use super::values::ValueExt;
use crate::syntax::ast::{Expr, ExprKind};
use crate::syntax::printer::expr_string;

impl<'a> Checker<'a, '_> {
    pub(super) fn composite_lit(
        &mut self,
        e: &'a Expr,
        typ: Option<&'a Expr>,
        elems: &'a [Expr],
        hint: Option<TypeId>,
    ) -> Operand<'a> {
        let t = match (typ, hint) {
            (Some(te), _) => {
                // [...]T: the length comes from the elements.
                if let ExprKind::ArrayType(None, elem) = &te.kind {
                    let et = self.typ_expr(elem);
                    let n = self.indexed_elems(elems, et, None);
                    let t = self.w.types.add(Type::Array(n, et));
                    self.record_type(te, t, None);
                    return Operand::new(Mode::Value, e, t);
                }
                self.typ_expr(te)
            }
            (None, Some(h)) => {
                // An elided type; for an element of type *T it is &T{...}.
                if let Type::Pointer(b) = self.w.types.get(self.w.types.under(h)) {
                    let b = *b;
                    let mut x = self.composite_lit(e, None, elems, Some(b));
                    if !x.is_invalid() {
                        x.typ = h;
                    }
                    return x;
                }
                h
            }
            (None, None) => {
                self.error(e, "invalid composite literal type: missing type");
                self.use_elems(elems);
                return Operand::invalid(Some(e));
            }
        };
        if t == TypeId::INVALID {
            self.use_elems(elems);
            return Operand::invalid(Some(e));
        }
        let core = self.w.core_type(t).unwrap_or(TypeId::INVALID);
        match self.w.types.get(core).clone() {
            Type::Struct(fields) => self.struct_lit(e, t, &fields, elems),
            Type::Array(n, elem) => {
                self.indexed_elems(elems, elem, Some(n));
            }
            Type::Slice(elem) => {
                self.indexed_elems(elems, elem, None);
            }
            Type::Map(k, v) => {
                for el in elems {
                    let ExprKind::KeyValue(ke, ve) = &el.kind else {
                        self.error(el, "missing key in map literal");
                        self.use_elems(std::slice::from_ref(el));
                        continue;
                    };
                    let mut key = self.expr_with_hint(ke, Some(k));
                    self.assignment(&mut key, Some(k), "map literal");
                    let mut val = self.expr_with_hint(ve, Some(v));
                    self.assignment(&mut val, Some(v), "map literal");
                }
            }
            _ => {
                let ts = self.type_str(t);
                self.error(e, format!("invalid composite literal type {ts}"));
                self.use_elems(elems);
                return Operand::invalid(Some(e));
            }
        }
        Operand::new(Mode::Value, e, t)
    }

    fn use_elems(&mut self, elems: &'a [Expr]) {
        for el in elems {
            match &el.kind {
                ExprKind::KeyValue(_, v) => {
                    let _ = self.raw_expr(v, None, false);
                }
                _ => {
                    let _ = self.raw_expr(el, None, false);
                }
            }
        }
    }

    fn struct_lit(
        &mut self,
        e: &'a Expr,
        t: TypeId,
        fields: &[super::ty::Field],
        elems: &'a [Expr],
    ) {
        if elems.is_empty() {
            return;
        }
        let keyed = matches!(elems[0].kind, ExprKind::KeyValue(..));
        if keyed {
            let mut seen: Vec<String> = Vec::new();
            for el in elems {
                let ExprKind::KeyValue(ke, ve) = &el.kind else {
                    self.error(
                        el,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.use_elems(std::slice::from_ref(el));
                    continue;
                };
                let Some(name) = ke.as_name() else {
                    self.error(
                        ke,
                        format!("invalid field name {} in struct literal", expr_string(ke)),
                    );
                    let _ = self.raw_expr(ve, None, false);
                    continue;
                };
                let found = self.lookup_field_or_method(t, name);
                let super::lookup::Found::Field { obj, path, .. } = found else {
                    let ts = self.type_str(t);
                    self.error(
                        ke,
                        format!("unknown field {name} in struct literal of type {ts}"),
                    );
                    let _ = self.raw_expr(ve, None, false);
                    continue;
                };
                let _ = path;
                self.record_use(ke.pos, obj);
                if seen.iter().any(|s| s == name) {
                    self.error(ke, format!("duplicate field name {name} in struct literal"));
                    let _ = self.raw_expr(ve, None, false);
                    continue;
                }
                seen.push(name.to_string());
                let ft = self.w.type_of(obj);
                let mut x = self.expr_with_hint(ve, Some(ft));
                self.assignment(&mut x, Some(ft), "struct literal");
            }
            return;
        }
        for (i, el) in elems.iter().enumerate() {
            if let ExprKind::KeyValue(_, v) = &el.kind {
                self.error(
                    el,
                    "mixture of field:value and value elements in struct literal",
                );
                let _ = self.raw_expr(v, None, false);
                continue;
            }
            let mut x = self.expr_with_hint(el, fields.get(i).map(|f| self.w.type_of(f.obj)));
            let Some(f) = fields.get(i) else {
                let ts = self.type_str(t);
                self.error(
                    el,
                    format!("too many values in struct literal of type {ts}"),
                );
                break;
            };
            let fo = self.w.obj(f.obj);
            if !fo.exported() && fo.pkg != Some(self.pkg) {
                let (name, ts) = (fo.name.clone(), self.type_str(t));
                self.error(el, format!("implicit assignment to unexported field {name} in struct literal of type {ts}"));
                continue;
            }
            let ft = self.w.type_of(f.obj);
            self.assignment(&mut x, Some(ft), "struct literal");
        }
        if elems.len() < fields.len() && !elems.is_empty() {
            let ts = self.type_str(t);
            let rbrace = match &e.kind {
                ExprKind::CompositeLit { rbrace, .. } => *rbrace,
                _ => e.pos,
            };
            self.error_pos(
                rbrace,
                format!("too few values in struct literal of type {ts}"),
            );
        }
    }

    /// Elements of an array or slice literal; returns the length.
    fn indexed_elems(&mut self, elems: &'a [Expr], elem: TypeId, length: Option<i64>) -> i64 {
        let mut index: i64 = 0;
        let mut max: i64 = 0;
        let mut seen: Vec<i64> = Vec::new();
        for el in elems {
            let ve = match &el.kind {
                ExprKind::KeyValue(ke, ve) => {
                    let mut k = self.expr(ke);
                    if k.is_invalid() {
                        // still check the value
                    } else if k.mode == Mode::Constant {
                        self.convert_untyped(&mut k, TypeId::basic(super::ty::BasicKind::Int));
                        match k.val.int64() {
                            Some(v) if v >= 0 => index = v,
                            _ => {
                                let s = self.operand_str(&k);
                                self.error(ke, format!("index {s} must be integer constant"));
                            }
                        }
                    } else {
                        let s = self.operand_str(&k);
                        self.error(ke, format!("index {s} must be integer constant"));
                    }
                    &**ve
                }
                _ => el,
            };
            if let Some(n) = length
                && n >= 0
                && index >= n
            {
                self.error(ve, format!("index {index} is out of bounds (>= {n})"));
            } else if seen.contains(&index) {
                self.error(
                    el,
                    format!("duplicate index {index} in array or slice literal"),
                );
            }
            seen.push(index);
            let mut x = self.expr_with_hint(ve, Some(elem));
            self.assignment(&mut x, Some(elem), "array or slice literal");
            index += 1;
            max = max.max(index);
        }
        max
    }
}
