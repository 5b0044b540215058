//! Selectors, index and slice expressions, type assertions.

use super::check::Checker;
use super::expr::INVALID_OP;
use super::object::ObjKind;
use super::operand::{Mode, Operand};
use super::ty::{BasicKind, Type, TypeId};
use super::values::ValueExt;
use crate::syntax::ast::{Expr, ExprKind, Name};
use crate::syntax::printer::expr_string;

impl<'a> Checker<'a, '_> {
    pub(super) fn selector(
        &mut self,
        e: &'a Expr,
        xe: &'a Expr,
        sel: &'a Name,
        want_type: bool,
    ) -> Operand<'a> {
        // Qualified identifier: pkg.Name
        if let ExprKind::Name(pname) = &xe.kind
            && let Some(obj) = self.lookup(pname)
            && let ObjKind::PkgName { imported, .. } = self.w.obj(obj).kind
        {
            self.record_use(xe.pos, obj);
            if let ObjKind::PkgName { used, .. } = &mut self.w.obj_mut(obj).kind {
                *used = true;
            }
            let scope = self.w.pkg(imported).scope;
            let name = &*sel.value;
            let exported = name.chars().next().is_some_and(char::is_uppercase);
            let target = self.w.lookup_local(scope, name).filter(|_| exported);
            let Some(o) = target else {
                let es = expr_string(e);
                if !exported && self.w.lookup_local(scope, name).is_some() {
                    self.error_pos(
                        sel.pos,
                        format!("name {name} not exported by package {pname}"),
                    );
                } else {
                    self.error_pos(sel.pos, format!("undefined: {es}"));
                }
                return Operand::invalid(Some(e));
            };
            self.record_use(sel.pos, o);
            let typ = self.w.type_of(o);
            return match self.w.obj(o).kind.clone() {
                ObjKind::Const(v) => {
                    let mut x = Operand::new(Mode::Constant, e, typ);
                    x.val = v;
                    x
                }
                ObjKind::TypeName => Operand::new(Mode::TypeExpr, e, typ),
                ObjKind::Var { .. } => Operand::new(Mode::Variable, e, typ),
                ObjKind::Func { .. } => Operand::new(Mode::Value, e, typ),
                ObjKind::Builtin(b) => Operand::new(Mode::Builtin(b), e, TypeId::INVALID),
                _ => Operand::invalid(Some(e)),
            };
        }

        let x = self.expr_or_type_non_generic(xe);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        // Selecting from a value needs its type, and the base type of a
        // pointer (implicitly dereferenced), complete.
        if !self.is_complete(x.typ) {
            return Operand::invalid(Some(e));
        }
        if want_type {
            let es = expr_string(e);
            self.error_pos(sel.pos, format!("{es} is not a type"));
            return Operand::invalid(Some(e));
        }
        if !self.pointer_base_complete(x.typ) {
            return Operand::invalid(Some(e));
        }
        let name = &*sel.value;
        if let Mode::Builtin(_) = x.mode {
            let s = self.operand_str(&x);
            self.error_pos(e.pos, format!("invalid use of {s} in selector expression"));
            return Operand::invalid(Some(e));
        }
        let addressable = x.mode == Mode::Variable;
        let r = self.lookup_fom(x.typ, addressable, name, false);
        let Some(obj) = r.obj else {
            if self.w.types.under(x.typ) == TypeId::INVALID {
                return Operand::invalid(Some(e));
            }
            let xs = expr_string(xe);
            if !r.index.is_empty() {
                self.error_pos(sel.pos, format!("ambiguous selector {xs}.{name}"));
                return Operand::invalid(Some(e));
            }
            if r.indirect {
                let ts = self.type_str(x.typ);
                let msg = if x.mode == Mode::TypeExpr {
                    format!(
                        "invalid method expression {ts}.{name} (needs pointer receiver (*{ts}).{name})"
                    )
                } else {
                    format!("cannot call pointer method {name} on {ts}")
                };
                self.error_pos(sel.pos, msg);
                return Operand::invalid(Some(e));
            }
            let why = if self.is_interface_ptr(x.typ) {
                self.interface_ptr_error(x.typ)
            } else {
                let alt = self.lookup_fom(x.typ, addressable, name, true).obj;
                self.lookup_error(x.typ, name, alt, false)
            };
            self.error_pos(sel.pos, format!("{xs}.{name} undefined ({why})"));
            return Operand::invalid(Some(e));
        };
        self.record_use(sel.pos, obj);
        let at = self.gpos(sel.pos);
        self.info.selections.insert(at, r.index.clone());
        if !matches!(self.w.obj(obj).kind, ObjKind::Func { .. }) {
            // a field
            if x.mode == Mode::TypeExpr {
                let ts = self.type_str(x.typ);
                self.error(
                    xe,
                    format!("operand for field selector {name} must be value of type {ts}"),
                );
                return Operand::invalid(Some(e));
            }
            let t = self.w.type_of(obj);
            let mode = if x.mode == Mode::Variable || r.indirect {
                Mode::Variable
            } else {
                Mode::Value
            };
            return Operand::new(mode, e, t);
        }
        let mt = self.method_sig_for(obj, x.typ);
        if x.mode == Mode::TypeExpr {
            return self.method_expr(e, x.typ, mt);
        }
        // A method value: the signature without receiver.
        let t = self.strip_recv(mt);
        Operand::new(Mode::Value, e, t)
    }

    /// `T.m`: a method expression, a function taking the receiver first.
    fn method_expr(&mut self, e: &'a Expr, t: TypeId, mt: TypeId) -> Operand<'a> {
        let Type::Signature(s) = self.w.types.get(mt).clone() else {
            return Operand::invalid(Some(e));
        };
        // Parameter names: all or none (for messages).
        let name = match (s.params.first(), s.recv) {
            (Some(&p), Some(r)) if !self.w.obj(p).name.is_empty() => {
                let n = self.w.obj(r).name.clone();
                if n.is_empty() { "_".to_string() } else { n }
            }
            _ => String::new(),
        };
        let recv = self.w.new_var(Some(self.pkg), &name, t, true);
        let mut params = vec![recv];
        params.extend(s.params.iter().copied());
        let sig = self.w.types.add(Type::Signature(super::ty::Signature {
            params,
            results: s.results.clone(),
            variadic: s.variadic,
            // a generic method's own type parameters stay to be instantiated
            tparams: s.tparams.clone(),
            ..Default::default()
        }));
        Operand::new(Mode::Value, e, sig)
    }

    fn strip_recv(&mut self, sig: TypeId) -> TypeId {
        match self.w.types.get(sig).clone() {
            Type::Signature(mut s) if s.recv.is_some() => {
                s.recv = None;
                self.w.types.add(Type::Signature(s))
            }
            _ => sig,
        }
    }

    pub(super) fn index_expr(
        &mut self,
        e: &'a Expr,
        xe: &'a Expr,
        index: &'a [Expr],
    ) -> Operand<'a> {
        let x = self.expr_or_type(xe, false);
        if x.is_invalid() {
            for i in index {
                self.raw_expr(i, None, false);
            }
            return Operand::invalid(Some(e));
        }
        if x.mode == Mode::TypeExpr {
            return self.instantiate_type_expr(e, xe, x.typ, index);
        }
        if x.mode == Mode::Value && self.is_generic_func(x.typ) {
            return self.instantiate_func_expr(e, x, index);
        }
        if !self.indexed_complete(x.typ) {
            self.use_exprs(index);
            return Operand::invalid(Some(e));
        }
        if index.len() != 1 {
            self.error(&index[1], format!("{INVALID_OP}more than one index"));
            return Operand::invalid(Some(e));
        }
        let ie = &index[0];
        if self.w.types.is_type_param(x.typ) {
            return self.index_type_param(e, &x, ie);
        }
        let under = self.w.types.under(x.typ);
        let (elem, mode, length) = match self.w.types.get(under).clone() {
            Type::Basic(k) if k.is_string() => {
                let len = if x.mode == Mode::Constant {
                    x.val.str_len()
                } else {
                    None
                };
                let mode = Mode::Value;
                (TypeId::basic(BasicKind::Byte), mode, len.map(|l| l as i64))
            }
            Type::Array(n, elem) => {
                let mode = if x.mode == Mode::Variable {
                    Mode::Variable
                } else {
                    Mode::Value
                };
                (elem, mode, Some(n))
            }
            Type::Pointer(b) => match self.w.types.get(self.w.types.under(b)).clone() {
                Type::Array(n, elem) => (elem, Mode::Variable, Some(n)),
                _ => return self.cannot_index(e, &x),
            },
            Type::Slice(elem) => (elem, Mode::Variable, None),
            Type::Map(k, v) => {
                let mut key = self.expr_with_hint(ie, Some(k));
                self.assignment(&mut key, Some(k), "map index");
                let mut op = Operand::new(Mode::MapIndex, e, v);
                op.mode = Mode::MapIndex;
                return op;
            }
            _ => return self.cannot_index(e, &x),
        };
        self.index_value(ie, length);
        let mut op = Operand::new(mode, e, elem);
        if x.mode == Mode::Constant && self.w.is_string(x.typ) {
            op.mode = Mode::Value;
        }
        op
    }

    /// Whether a pointer type's base type is complete (a pointer is
    /// implicitly dereferenced when selecting, indexing or slicing).
    fn pointer_base_complete(&mut self, t: TypeId) -> bool {
        match *self.w.types.get(self.w.types.under(t)) {
            Type::Pointer(base) => self.is_complete(base),
            _ => true,
        }
    }

    /// Whether indexing a value of type `t` is possible: `t` complete, and
    /// so the base type of a pointer and the element type of a map (whose
    /// value is produced).
    fn indexed_complete(&mut self, t: TypeId) -> bool {
        if !self.is_complete(t) {
            return false;
        }
        match *self.w.types.get(self.w.types.under(t)) {
            Type::Pointer(base) => self.is_complete(base),
            Type::Map(_, elem) => self.is_complete(elem),
            _ => true,
        }
    }

    /// `T[A, B]` for a generic type `T`.
    fn instantiate_type_expr(
        &mut self,
        e: &'a Expr,
        xe: &'a Expr,
        t: TypeId,
        index: &'a [Expr],
    ) -> Operand<'a> {
        self.verify_version(self.gpos(e.pos), (1, 18), "type instantiation");
        let Some(tparams) = self.generic_type_params(t) else {
            let es = crate::syntax::printer::expr_string(xe);
            let ts = self.type_str(t);
            self.error(
                xe,
                format!("{es} is not a generic type")
                    .replace(&format!("{es} is"), &format!("{ts} is")),
            );
            return Operand::invalid(Some(e));
        };
        let targs: Vec<TypeId> = index.iter().map(|a| self.var_type(a)).collect();
        if targs.contains(&TypeId::INVALID) {
            return Operand::invalid(Some(e));
        }
        if targs.len() != tparams.len() {
            let qual = if targs.len() < tparams.len() {
                "not enough"
            } else {
                "too many"
            };
            let name = self.w.obj(self.named_obj(t)).name.clone();
            let at = if targs.len() > tparams.len() {
                &index[tparams.len()]
            } else {
                e
            };
            self.error(
                at,
                format!(
                    "{qual} type arguments for type {name}: have {}, want {}",
                    targs.len(),
                    tparams.len()
                ),
            );
            return Operand::invalid(Some(e));
        }
        let inst = match self.w.types.get(t).clone() {
            Type::Alias(a) => {
                let smap = self.tparam_map(&a.tparams, &targs);
                let actual = a.actual.unwrap_or(TypeId::INVALID);
                self.subst(actual, &smap)
            }
            _ => self.instantiate_named(t, targs.clone()),
        };
        self.verify_targs(e.pos, index, &tparams, &targs);
        Operand::new(Mode::TypeExpr, e, inst)
    }

    /// The type name object of a named type or alias.
    fn named_obj(&self, t: TypeId) -> super::object::ObjId {
        match self.w.types.get(t) {
            Type::Named(n) => n.obj,
            Type::Alias(a) => a.obj,
            _ => unreachable!("generic types are named or aliases"),
        }
    }

    /// `f[A, B]` for a generic function `f` (all type arguments given).
    fn instantiate_func_expr(
        &mut self,
        e: &'a Expr,
        x: Operand<'a>,
        index: &'a [Expr],
    ) -> Operand<'a> {
        let Type::Signature(sig) = self.w.types.get(x.typ).clone() else {
            return Operand::invalid(Some(e));
        };
        self.verify_version(self.gpos(e.pos), (1, 18), "function instantiation");
        let targs: Vec<TypeId> = index.iter().map(|a| self.var_type(a)).collect();
        if targs.contains(&TypeId::INVALID) {
            return Operand::invalid(Some(e));
        }
        if targs.len() > sig.tparams.len() {
            // types2 reports at the last type argument.
            self.error(
                &index[targs.len() - 1],
                format!(
                    "got {} type arguments but want {}",
                    targs.len(),
                    sig.tparams.len()
                ),
            );
            return Operand::invalid(Some(e));
        }
        if targs.len() < sig.tparams.len() {
            // Still generic: the other type arguments are inferred from
            // the context (a call's arguments, an assignment's target).
            let partial = self.rename_sig(x.typ);
            self.partial_targs.insert(partial, targs);
            return Operand::new(Mode::Value, e, partial);
        }
        self.verify_targs(e.pos, index, &sig.tparams, &targs);
        let inst = self.instantiate_sig(x.typ, &targs);
        self.record_instance(e, &targs);
        Operand::new(Mode::Value, e, inst)
    }

    fn cannot_index(&mut self, e: &'a Expr, x: &Operand<'a>) -> Operand<'a> {
        let s = self.operand_str(x);
        self.error_pos(e.pos, format!("cannot index {s}"));
        if let crate::syntax::ast::ExprKind::Index(_, index) = &e.kind {
            self.use_exprs(index);
        }
        Operand::invalid(Some(e))
    }

    /// Indexing a value whose type is a type parameter: every type in its
    /// type set must be indexable with the same element type.
    fn index_type_param(&mut self, e: &'a Expr, x: &Operand<'a>, ie: &'a Expr) -> Operand<'a> {
        let terms = self
            .w
            .tparam_set(x.typ)
            .and_then(|s| s.terms)
            .unwrap_or_default();
        let mut elem: Option<TypeId> = None;
        let mut all_slices = !terms.is_empty();
        let mut ok = !terms.is_empty();
        let mut map_kv: Option<(TypeId, TypeId)> = None;
        for term in &terms {
            let u = self.w.types.under(term.typ);
            let el = match self.w.types.get(u).clone() {
                Type::Basic(k) if k.is_string() => {
                    all_slices = false;
                    Some(TypeId::basic(BasicKind::Byte))
                }
                Type::Array(_, el) => {
                    all_slices = false;
                    Some(el)
                }
                Type::Slice(el) => Some(el),
                Type::Pointer(b) => match self.w.types.get(self.w.types.under(b)).clone() {
                    Type::Array(_, el) => Some(el),
                    _ => None,
                },
                _ => None,
            };
            if let Type::Map(k, v) = self.w.types.get(u).clone() {
                map_kv = match map_kv {
                    None if elem.is_none() => Some((k, v)),
                    Some((k0, v0)) if self.w.identical(k0, k) && self.w.identical(v0, v) => {
                        Some((k0, v0))
                    }
                    _ => {
                        ok = false;
                        map_kv
                    }
                };
                continue;
            }
            match (el, elem) {
                (None, _) => ok = false,
                (Some(a), None) => elem = Some(a),
                (Some(a), Some(b)) if self.w.identical(a, b) => {}
                _ => ok = false,
            }
        }
        if let Some((k, v)) = map_kv
            && ok
            && elem.is_none()
        {
            let mut key = self.expr(ie);
            self.assignment(&mut key, Some(k), "map index");
            return Operand::new(Mode::MapIndex, e, v);
        }
        let Some(elem) = elem.filter(|_| ok && map_kv.is_none()) else {
            return self.cannot_index(e, x);
        };
        self.index_value(ie, None);
        let mode = if all_slices || x.mode == Mode::Variable {
            Mode::Variable
        } else {
            Mode::Value
        };
        Operand::new(mode, e, elem)
    }

    /// Checks an index: integer, non-negative, below `max` if constant
    /// (types2's `index`); returns its constant value.
    fn index_value(&mut self, ie: &'a Expr, max: Option<i64>) -> Option<i64> {
        let mut x = self.expr(ie);
        if !self.is_valid_index(&mut x, "index", false) {
            return None;
        }
        if x.mode != Mode::Constant || x.val.is_unknown() {
            return None;
        }
        let v = x.val.int64()?;
        if let Some(n) = max
            && n >= 0
            && v >= n
        {
            self.error(
                ie,
                format!("invalid argument: index {} out of bounds [0:{n}]", x.val),
            );
            return None;
        }
        Some(v)
    }

    /// types2's `isValidIndex`: an integer (untyped constants become
    /// int), non-negative unless allowed, representable as int.
    pub(super) fn is_valid_index(
        &mut self,
        x: &mut Operand<'a>,
        what: &str,
        allow_negative: bool,
    ) -> bool {
        if x.is_invalid() {
            return false;
        }
        self.convert_untyped(x, TypeId::basic(BasicKind::Int));
        if x.is_invalid() {
            return false;
        }
        let at = x.expr;
        if !self.w.is_integer(x.typ) {
            let s = self.operand_str(x);
            if let Some(at) = at {
                self.error(at, format!("invalid argument: {what} {s} must be integer"));
            }
            return false;
        }
        if x.mode == Mode::Constant {
            if !allow_negative && x.val.sign() < 0 {
                let s = self.operand_str(x);
                if let Some(at) = at {
                    self.error(
                        at,
                        format!("invalid argument: {what} {s} must not be negative"),
                    );
                }
                return false;
            }
            match x
                .val
                .representable_as(BasicKind::Int, self.w.types.basic_kind(x.typ))
            {
                Ok(v) => x.val = v,
                Err(_) => {
                    let s = self.operand_str(x);
                    if let Some(at) = at {
                        self.error(at, format!("invalid argument: {what} {s} overflows int"));
                    }
                    return false;
                }
            }
        }
        true
    }

    pub(super) fn slice_expr(
        &mut self,
        e: &'a Expr,
        xe: &'a Expr,
        index: &'a [Option<Box<Expr>>; 3],
        full: bool,
    ) -> Operand<'a> {
        let x = self.expr(xe);
        if x.is_invalid() || !self.pointer_base_complete(x.typ) {
            self.slice_indices_unchecked(index);
            return Operand::invalid(Some(e));
        }
        // A type parameter is sliced through its core type (strings and
        // byte slices mixed count as []byte-like: the result has x's type).
        let under = match self.slice_core(&x) {
            Ok(u) => u,
            Err(cause) => {
                self.slice_indices_unchecked(index);
                if let Some(cause) = cause {
                    let s = self.operand_str(&x);
                    self.error(xe, format!("cannot slice {s}: {cause}"));
                }
                return Operand::invalid(Some(e));
            }
        };
        let (result, length) = match self.w.types.get(under).clone() {
            Type::Basic(k) if k.is_string() => {
                if full {
                    let at = index[2].as_deref().unwrap_or(e);
                    self.error(at, format!("{INVALID_OP}3-index slice of string"));
                    return Operand::invalid(Some(e));
                }
                let t = if self.w.is_untyped(x.typ) {
                    TypeId::basic(BasicKind::String)
                } else {
                    x.typ
                };
                (t, x.val.str_len().map(|l| l as i64))
            }
            Type::Array(n, elem) => {
                if x.mode != Mode::Variable {
                    let s = self.operand_str(&x);
                    self.error(xe, format!("cannot slice unaddressable value {s}"));
                    return Operand::invalid(Some(e));
                }
                (self.w.types.add(Type::Slice(elem)), Some(n))
            }
            Type::Pointer(b) => match self.w.types.get(self.w.types.under(b)).clone() {
                Type::Array(n, elem) => (self.w.types.add(Type::Slice(elem)), Some(n)),
                _ => return self.cannot_slice(e, &x),
            },
            Type::Slice(_) => (x.typ, None),
            _ => return self.cannot_slice(e, &x),
        };
        // The capacity is known statically for strings, arrays and
        // pointers to arrays: their length.
        let max = length.map(|n| n.saturating_add(1));
        let mut ind = [-1i64; 3];
        for (i, ie) in index.iter().enumerate() {
            ind[i] = match ie {
                Some(ie) => self.index_value(ie, max).unwrap_or(-1),
                None if i == 0 => 0,
                None => length.unwrap_or(-1),
            };
        }
        // Constant indices must be in order: one error at most.
        'outer: for i in 0..2 {
            let x = ind[i];
            if x > 0 {
                for (j, &y) in ind.iter().enumerate().skip(i + 1) {
                    if y >= 0 && y < x {
                        if let Some(ie) = &index[j] {
                            self.error(ie, format!("invalid slice indices: {y} < {x}"));
                        }
                        break 'outer;
                    }
                }
            }
        }
        Operand::new(Mode::Value, e, result)
    }

    fn slice_indices_unchecked(&mut self, index: &'a [Option<Box<Expr>>; 3]) {
        for ie in index.iter().flatten() {
            let _ = self.raw_expr(ie, None, false);
        }
    }

    /// The type a slice expression on `x` works on: the common
    /// underlying type of the types in its type set, where strings count
    /// as byte slices (a mix of them slices as a string). Err(cause) if
    /// there is none (no cause: the type set is empty).
    fn slice_core(&mut self, x: &Operand<'a>) -> Result<TypeId, Option<String>> {
        let is_tparam = self.w.types.is_type_param(x.typ);
        let types: Vec<TypeId> = if is_tparam {
            match self.w.tparam_set(x.typ).and_then(|s| s.terms) {
                Some(terms) => terms.iter().map(|t| t.typ).collect(),
                None => {
                    let ts = self.type_str(x.typ);
                    return Err(Some(format!("no specific type in {ts}")));
                }
            }
        } else {
            vec![x.typ]
        };
        let bytes = self
            .w
            .types
            .add(Type::Slice(TypeId::basic(BasicKind::Uint8)));
        let mut common: Option<(TypeId, TypeId)> = None;
        let mut has_string = false;
        for t in types {
            let mut u = self.w.types.under(t);
            if self.w.is_string(u) {
                u = bytes;
                has_string = true;
            }
            match common {
                None => common = Some((t, u)),
                Some((ct, cu)) if !self.w.identical(cu, u) => {
                    let (cs, ts) = (self.type_str(ct), self.type_str(t));
                    return Err(Some(format!(
                        "{cs} and {ts} have different underlying types"
                    )));
                }
                Some(_) => {}
            }
        }
        let (_, cu) = common.ok_or(None)?;
        if !has_string {
            return Ok(cu);
        }
        // An untyped string stays untyped.
        Ok(if is_tparam {
            TypeId::basic(BasicKind::String)
        } else {
            self.w.types.under(x.typ)
        })
    }

    fn cannot_slice(&mut self, e: &'a Expr, x: &Operand<'a>) -> Operand<'a> {
        let s = self.operand_str(x);
        self.error(x.expr.unwrap_or(e), format!("cannot slice {s}"));
        Operand::invalid(Some(e))
    }

    pub(super) fn type_assert(&mut self, e: &'a Expr, xe: &'a Expr, te: &'a Expr) -> Operand<'a> {
        let x = self.expr(xe);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if self.w.types.is_type_param(x.typ) {
            let s = self.operand_str(&x);
            self.error(
                xe,
                format!("{INVALID_OP}cannot use type assertion on type parameter value {s}"),
            );
            return Operand::invalid(Some(e));
        }
        if !self.w.types.is_interface(x.typ) {
            let s = self.operand_str(&x);
            self.error(xe, format!("{INVALID_OP}{s} is not an interface"));
            return Operand::invalid(Some(e));
        }
        let t = self.var_type(te);
        if t == TypeId::INVALID || !self.is_complete(t) {
            return Operand::invalid(Some(e));
        }
        self.check_type_assertion(e, &x, t, false);
        Operand::new(Mode::CommaOk, e, t)
    }

    /// Reports an impossible type assertion `x.(T)`.
    pub(super) fn check_type_assertion(
        &mut self,
        e: &'a Expr,
        x: &Operand<'a>,
        t: TypeId,
        type_switch: bool,
    ) {
        // (types2's `assertableTo`: no static check for an interface T)
        if self.w.types.is_interface(t) {
            return;
        }
        let Some((_, cause)) = self.missing_method(t, x.typ, false) else {
            return;
        };
        let es = expr_string(e);
        let ts = self.type_str(t);
        let msg = if type_switch {
            let xs = self.operand_str(x);
            format!(
                "impossible type switch case: {es}\n\t{xs} cannot have dynamic type {ts} {cause}"
            )
        } else {
            let vs = self.type_str(x.typ);
            format!("impossible type assertion: {es}\n\t{ts} does not implement {vs} {cause}")
        };
        self.error(e, msg);
    }
}
