//! Composite literals.

use super::check::Checker;
use super::constant::{Kind, Value};
use super::object::ObjId;
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
                    let et = self.var_type(elem);
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
                    // `type T *T; []T{{}}`: the element's base is a pointer
                    // again, not a composite type.
                    if matches!(self.w.types.get(self.w.types.under(b)), Type::Pointer(_)) {
                        let ts = self.type_str(h);
                        self.error(e, format!("invalid composite literal element type {ts}"));
                        self.use_elems(elems);
                        return Operand::invalid(Some(e));
                    }
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
        if t == TypeId::INVALID || !self.is_complete(t) {
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
                let key_is_iface = self.w.types.is_interface(k) && !self.w.types.is_type_param(k);
                let mut visited: Vec<(String, TypeId)> = Vec::new();
                for el in elems {
                    let ExprKind::KeyValue(ke, ve) = &el.kind else {
                        self.error(el, "missing key in map literal");
                        self.use_elems(std::slice::from_ref(el));
                        continue;
                    };
                    let mut key = self.expr_with_hint(ke, Some(k));
                    self.assignment(&mut key, Some(k), "map literal");
                    if key.is_invalid() {
                        continue;
                    }
                    if key.mode == Mode::Constant {
                        let kv = key_val(&key.val);
                        let dup = visited.iter().any(|(v, t)| {
                            *v == kv && (!key_is_iface || self.w.identical(*t, key.typ))
                        });
                        visited.push((kv, key.typ));
                        if dup {
                            self.error(ke, format!("duplicate key {} in map literal", key.val));
                            continue;
                        }
                    }
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
            // Field paths given so far, to detect a field given twice or
            // together with an embedded field enclosing it (or enclosed).
            let mut visited: Vec<(Vec<usize>, ObjId)> = Vec::new();
            let st = self.w.core_type(t).unwrap_or(t);
            for el in elems {
                let ExprKind::KeyValue(ke, ve) = &el.kind else {
                    self.error(
                        el,
                        "mixture of field:value and value elements in struct literal",
                    );
                    self.use_elems(std::slice::from_ref(el));
                    continue;
                };
                // A function-typed field is the target of a generic function
                // value (no other elided types: `{...}` needs a type here).
                let hint = ke.as_name().and_then(|n| {
                    fields
                        .iter()
                        .find(|f| self.w.obj(f.obj).name == n)
                        .map(|f| self.w.type_of(f.obj))
                        .filter(|&t| self.target_signature(t).is_some())
                });
                let mut x = self.expr_with_hint(ve, hint);
                let Some(name) = ke.as_name() else {
                    self.error(
                        el,
                        format!("invalid field name {} in struct literal", expr_string(ke)),
                    );
                    continue;
                };
                let r = self.lookup_fom(st, false, name, false);
                let Some(obj) = r.obj else {
                    let alt = self.lookup_fom(st, false, name, true).obj;
                    let msg = self.lookup_error(t, name, alt, true);
                    self.error(ke, msg);
                    continue;
                };
                if matches!(self.w.obj(obj).kind, super::object::ObjKind::Func { .. }) {
                    self.error(ke, format!("{name} is not a field"));
                    continue;
                }
                if r.indirect {
                    self.error(
                        ke,
                        format!("invalid implicit pointer indirection to reach {name}"),
                    );
                    continue;
                }
                self.record_use(ke.pos, obj);
                let ft = self.w.type_of(obj);
                self.assignment(&mut x, Some(ft), "struct literal");
                if let Some((alt, n)) = trie_insert(&mut visited, &r.index, obj) {
                    let (fname, aname) =
                        (self.w.obj(obj).name.clone(), self.w.obj(alt).name.clone());
                    let msg = if alt == obj {
                        format!("duplicate field name {fname} in struct literal")
                    } else if n < r.index.len() {
                        format!(
                            "cannot specify promoted field {fname} and enclosing embedded field {aname}"
                        )
                    } else {
                        format!(
                            "cannot specify embedded field {fname} and enclosed promoted field {aname}"
                        )
                    };
                    self.error(el, msg);
                }
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

    /// Elements of an array or slice literal; returns the length
    /// (types2's `indexedElts`).
    fn indexed_elems(&mut self, elems: &'a [Expr], elem: TypeId, length: Option<i64>) -> i64 {
        let mut index: i64 = 0;
        let mut max: i64 = 0;
        let mut visited: Vec<i64> = Vec::new();
        for el in elems {
            let mut valid_index = false;
            let ve = match &el.kind {
                ExprKind::KeyValue(ke, ve) => {
                    if let Some(i) = self.literal_index(ke, length) {
                        if i >= 0 {
                            index = i;
                            valid_index = true;
                        } else {
                            let ks = expr_string(ke);
                            self.error(el, format!("index {ks} must be integer constant"));
                        }
                    }
                    &**ve
                }
                _ => {
                    if let Some(n) = length
                        && n >= 0
                        && index >= n
                    {
                        self.error(el, format!("index {index} is out of bounds (>= {n})"));
                    } else {
                        valid_index = true;
                    }
                    el
                }
            };
            if valid_index {
                if visited.contains(&index) {
                    self.error(
                        el,
                        format!("duplicate index {index} in array or slice literal"),
                    );
                }
                visited.push(index);
            }
            index = index.saturating_add(1);
            max = max.max(index);
            let mut x = self.expr_with_hint(ve, Some(elem));
            self.assignment(&mut x, Some(elem), "array or slice literal");
        }
        max
    }

    /// A literal's element index (types2's `index`): None if invalid,
    /// Some(-1) if valid but not constant.
    fn literal_index(&mut self, ke: &'a Expr, length: Option<i64>) -> Option<i64> {
        let mut x = self.expr(ke);
        if !self.is_valid_index(&mut x, "index", false) {
            return None;
        }
        if x.mode != Mode::Constant {
            return Some(-1);
        }
        if x.val.is_unknown() {
            return None;
        }
        let v = x.val.int64()?;
        if let Some(n) = length
            && n >= 0
            && v >= n
        {
            self.error(
                ke,
                format!("invalid argument: index {} out of bounds [0:{n}]", x.val),
            );
            return None;
        }
        Some(v)
    }
}

/// types2's `trie.insert` over field index paths: if `key` or a prefix
/// or extension of it was inserted before, the object there and the
/// length of the shared path; else inserts `key`.
fn trie_insert(
    visited: &mut Vec<(Vec<usize>, ObjId)>,
    key: &[usize],
    val: ObjId,
) -> Option<(ObjId, usize)> {
    // A shorter (or equal) path that is a prefix of key.
    if let Some((p, o)) = visited
        .iter()
        .filter(|(p, _)| p.len() <= key.len() && key.starts_with(p))
        .min_by_key(|(p, _)| p.len())
    {
        return Some((*o, p.len()));
    }
    // A longer path extending key: the one with the smallest indices.
    if let Some((_, o)) = visited
        .iter()
        .filter(|(p, _)| p.len() > key.len() && p.starts_with(key))
        .min_by(|a, b| a.0.cmp(&b.0))
    {
        return Some((*o, key.len()));
    }
    visited.push((key.to_vec(), val));
    None
}

/// types2's `keyVal`: constant map keys compare by value across
/// representations (1, 1.0 and 1+0i are the same key).
fn key_val(v: &Value) -> String {
    match v.kind() {
        Kind::Complex => {
            let f = v.to_float();
            if f.kind() != Kind::Float {
                let (r, _) = v.real().float64_val();
                let (i, _) = v.imag().float64_val();
                return format!("c:{r}:{i}");
            }
            key_val(&f)
        }
        Kind::Float => {
            let i = v.to_int();
            if i.kind() != Kind::Int {
                let (f, _) = v.float64_val();
                return format!("f:{f}");
            }
            key_val(&i)
        }
        Kind::Int => format!("i:{}", v.exact_string()),
        Kind::String => format!("s:{:?}", v.string_val()),
        Kind::Bool => format!("b:{}", v.bool_val()),
        Kind::Unknown => format!("u:{:p}", v as *const Value),
    }
}
