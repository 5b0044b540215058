//! Type expressions: names, literals of types, signatures, struct and
//! interface types.

use super::check::{Checker, Delayed, EmbedCheck};
use super::constant::Value;
use super::object::{GPos, ObjId, ObjKind};
use super::operand::Mode;
use super::ty::{ChanDir, Field, Interface, Signature, Term, Type, TypeId, TypeParam};
use super::typestring::type_string;
use super::values::ValueExt;
use crate::syntax::ast::{self, Expr, ExprKind};
use crate::syntax::token::Operator;

/// The most terms a union may have (gc's implementation limit).
const MAX_TERM_COUNT: usize = 100;

/// The terms of union `A | B | C`, left to right.
fn flatten_union<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &e.kind {
        ExprKind::Operation(Operator::Or, x, Some(y)) => {
            flatten_union(x, out);
            out.push(y);
        }
        _ => out.push(e),
    }
}

impl<'a> Checker<'a, '_> {
    /// Checks `e` as a type; reports and returns the invalid type if it
    /// is not one.
    pub(super) fn typ_expr(&mut self, e: &'a Expr) -> TypeId {
        let t = self.typ_expr_inner(e);
        self.record_type(e, t, None);
        self.info.type_exprs.insert(e as *const Expr as usize);
        t
    }

    fn typ_expr_inner(&mut self, e: &'a Expr) -> TypeId {
        match &e.kind {
            ExprKind::Bad => TypeId::INVALID,
            ExprKind::Name(_) | ExprKind::Selector(..) => {
                let x = self.expr_or_type(e, true);
                match x.mode {
                    Mode::Invalid => TypeId::INVALID,
                    Mode::TypeExpr => self.check_not_generic(e, x.typ),
                    Mode::NoValue => {
                        let s = self.operand_str(&x);
                        self.error(e, format!("{s} used as type"));
                        TypeId::INVALID
                    }
                    _ => {
                        let s = self.operand_str(&x);
                        self.error(e, format!("{s} is not a type"));
                        TypeId::INVALID
                    }
                }
            }
            ExprKind::Index(..) => {
                let x = self.expr_or_type(e, true);
                match x.mode {
                    Mode::Invalid => TypeId::INVALID,
                    Mode::TypeExpr => x.typ,
                    _ => {
                        let s = self.operand_str(&x);
                        self.error(e, format!("{s} is not a type"));
                        TypeId::INVALID
                    }
                }
            }
            ExprKind::Paren(x) => self.typ_expr(x),
            ExprKind::ArrayType(len, elem) => {
                let n = match len {
                    Some(l) => self.array_length(l),
                    None => {
                        self.error(
                            e,
                            "invalid use of [...] array (outside a composite literal)",
                        );
                        -1
                    }
                };
                let elem = self.var_type(elem);
                self.w.types.add(Type::Array(n, elem))
            }
            ExprKind::SliceType(elem) => {
                let elem = self.var_type(elem);
                self.w.types.add(Type::Slice(elem))
            }
            ExprKind::DotsType(_) => {
                self.error(e, "invalid use of ...");
                TypeId::INVALID
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::Operation(Operator::Mul, base, None) => {
                let base = self.var_type(base);
                self.w.types.add(Type::Pointer(base))
            }
            ExprKind::FuncType(ft) => self.func_type(e.pos, ft),
            ExprKind::InterfaceType(elems) => {
                self.iface_lit_depth += 1;
                let t = self.interface_type(elems);
                self.iface_lit_depth -= 1;
                self.note_interface_literal(self.gpos(e.pos), t);
                t
            }
            ExprKind::MapType(k, v) => {
                let key = self.var_type(k);
                let val = self.var_type(v);
                // Whether the key is comparable is known only once the
                // types it refers to are (`type M map[M]int`).
                if key != TypeId::INVALID {
                    let at = self.gpos(k.start());
                    self.delayed.push(Delayed::MapKey(key, at));
                }
                self.w.types.add(Type::Map(key, val))
            }
            ExprKind::ChanType(dir, elem) => {
                let elem = self.var_type(elem);
                let dir = match dir {
                    ast::ChanDir::Both => ChanDir::Both,
                    ast::ChanDir::Send => ChanDir::Send,
                    ast::ChanDir::Recv => ChanDir::Recv,
                };
                self.w.types.add(Type::Chan(dir, elem))
            }
            _ => {
                let s = crate::syntax::printer::expr_string(e);
                self.error(e, format!("{s} is not a type"));
                TypeId::INVALID
            }
        }
    }

    /// Checks `e` as the type of values (variables, fields, parameters,
    /// elements, type arguments): not a constraint interface (types2's
    /// `varType`).
    pub(super) fn var_type(&mut self, e: &'a Expr) -> TypeId {
        let t = self.typ_expr(e);
        self.valid_var_type(e, t);
        t
    }

    /// Queues the check that `t`, the type of values written `e`, is not a
    /// constraint interface: only once all declarations are known can its
    /// type set be computed.
    pub(super) fn valid_var_type(&mut self, e: &Expr, t: TypeId) {
        if t != TypeId::INVALID && !self.w.types.is_type_param(t) {
            let at = self.gpos(e.start());
            self.delayed.push(Delayed::VarType(t, at));
        }
    }

    /// Reports a map key type `key` (written at `at`) that is not
    /// comparable.
    pub(super) fn check_map_key(&mut self, key: TypeId, at: GPos) {
        if self.w.comparable(key) {
            return;
        }
        let why = if self.w.types.is_type_param(key) {
            " (missing comparable constraint)"
        } else {
            ""
        };
        let ks = self.type_str(key);
        self.error_at(at, format!("invalid map key type {ks}{why}"));
    }

    /// Reports a constraint interface `t` used as the type of values.
    pub(super) fn check_var_type(&mut self, t: TypeId, at: GPos) {
        // A type found in a cycle counts as invalid (already reported).
        let declared_invalid =
            self.named_rhs.get(&self.w.types.unalias(t)) == Some(&TypeId::INVALID);
        if declared_invalid
            || !matches!(self.w.types.get(self.w.types.under(t)), Type::Interface(_))
        {
            return;
        }
        // Terms restrict the set further than comparable does: they are
        // what is named.
        let set = self.w.type_set(t);
        let why = if set.terms.is_some() {
            "interface contains type constraints"
        } else if set.comparable {
            "interface is (or embeds) comparable"
        } else {
            return;
        };
        let ts = self.type_str(t);
        self.soft_error_at(
            at,
            format!("cannot use type {ts} outside a type constraint: {why}"),
        );
    }

    /// `t`, or the invalid type (reported) for an uninstantiated generic type.
    fn check_not_generic(&mut self, e: &Expr, t: TypeId) -> TypeId {
        let generic = match self.w.types.get(t) {
            Type::Named(n) => !n.tparams.is_empty() && n.targs.is_empty(),
            Type::Alias(a) => !a.tparams.is_empty() && a.targs.is_empty(),
            _ => false,
        };
        if generic {
            let s = self.type_str(t);
            self.error(
                e,
                format!("cannot use generic type {s} without instantiation"),
            );
            return TypeId::INVALID;
        }
        t
    }

    /// The length of an array type: a constant non-negative integer.
    fn array_length(&mut self, e: &'a Expr) -> i64 {
        if let ExprKind::Name(n) = &e.kind {
            match self.lookup(n) {
                None => {
                    self.error(
                        e,
                        format!("undefined array length {n} or missing type constraint"),
                    );
                    return -1;
                }
                Some(o) if !matches!(self.w.obj(o).kind, ObjKind::Const(_)) => {
                    self.error(e, format!("invalid array length {n}"));
                    return -1;
                }
                Some(_) => {}
            }
        }
        let x = self.expr(e);
        if x.is_invalid() {
            return -1;
        }
        if x.mode != Mode::Constant {
            let s = self.operand_str(&x);
            self.error(e, format!("array length {s} must be constant"));
            return -1;
        }
        if self.w.is_untyped(x.typ) || self.w.is_integer(x.typ) {
            let v = x.val.to_int();
            if let Value::Int(_) = v
                && let Some(n) = v.int64()
                && n >= 0
            {
                return n;
            }
        }
        let s = self.operand_str(&x);
        let msg = if self.w.is_integer(x.typ) {
            format!("invalid array length {s}")
        } else {
            format!("array length {s} must be integer")
        };
        self.error(e, msg);
        -1
    }

    fn struct_type(&mut self, fields: &'a [ast::Field]) -> TypeId {
        let mut out: Vec<Field> = Vec::new();
        let mut seen: Vec<(String, crate::syntax::Pos)> = Vec::new();
        for f in fields {
            let typ = self.var_type(&f.typ);
            let tag = f.tag.as_ref().map(|t| unquote_string(&t.value));
            let mut add = |c: &mut Self, name: &str, pos: crate::syntax::Pos, embedded: bool| {
                let o = c.new_object(
                    ObjKind::Var {
                        field: true,
                        embedded,
                        param: false,
                        used: false,
                    },
                    name,
                    pos,
                    Some(typ),
                );
                if name != "_" {
                    if let Some((_, prev)) = seen.iter().find(|(n, _)| n == name) {
                        let other = c.pos_string(c.gpos(*prev));
                        c.error_pos(
                            pos,
                            format!("{name} redeclared\n\t{other}: other declaration of {name}"),
                        );
                    } else {
                        seen.push((name.to_string(), pos));
                    }
                }
                out.push(Field {
                    obj: o,
                    embedded,
                    tag: tag.clone(),
                });
            };
            if f.names.is_empty() {
                let name = embedded_field_name(&f.typ);
                add(self, &name, f.typ.start(), true);
                self.check_embedded_field(&f.typ, typ);
            } else {
                for n in &f.names {
                    add(self, &n.value, n.pos, false);
                }
            }
        }
        self.w.types.add(Type::Struct(out))
    }

    fn check_embedded_field(&mut self, e: &Expr, t: TypeId) {
        if t == TypeId::INVALID {
            return;
        }
        let under = self.w.types.under(t);
        match self.w.types.get(under) {
            Type::Pointer(base) => {
                let base = *base;
                if self.w.types.is_interface(base) {
                    self.error(e, "embedded field type cannot be a pointer to an interface");
                } else if matches!(self.w.types.get(self.w.types.unalias(t)), Type::Pointer(_))
                    && matches!(self.w.types.get(self.w.types.under(base)), Type::Pointer(_))
                {
                    self.error(e, "embedded field type cannot be a pointer");
                }
            }
            Type::Basic(super::ty::BasicKind::UnsafePointer) => {
                self.error(e, "embedded field type cannot be unsafe.Pointer")
            }
            _ => {}
        }
        if !matches!(self.w.types.get(self.w.types.unalias(t)), Type::Pointer(_))
            && matches!(self.w.types.get(under), Type::Pointer(_))
        {
            self.error(e, "embedded field type cannot be a pointer");
        }
    }

    fn interface_type(&mut self, elems: &'a [ast::Field]) -> TypeId {
        let mut iface = Interface::default();
        let mut embed_pos = Vec::new();
        let id = self.w.types.add(Type::Interface(Interface::default()));
        for f in elems {
            match f.names.first() {
                Some(name) => {
                    if &*name.value == "_" {
                        self.error_pos(name.pos, "methods must have a unique non-blank name");
                        continue;
                    }
                    let ExprKind::FuncType(ft) = &f.typ.kind else {
                        continue;
                    };
                    let sig = self.func_type(f.typ.pos, ft);
                    let m = self.new_object(
                        ObjKind::Func { ptr_recv: false },
                        &name.value,
                        name.pos,
                        Some(sig),
                    );
                    if let Some(&prev) = iface
                        .methods
                        .iter()
                        .find(|&&p| self.w.obj(p).name == *name.value)
                    {
                        let other = self.pos_string(self.w.obj(prev).pos);
                        self.error_pos(
                            name.pos,
                            format!(
                                "duplicate method {}\n\t{other}: other declaration of method {}",
                                name.value, name.value
                            ),
                        );
                        continue;
                    }
                    self.record_def(name.pos, m);
                    iface.methods.push(m);
                }
                None => {
                    let t = self.type_set_elem(&f.typ);
                    self.verify_embedding_version(&f.typ, t);
                    iface.embeddeds.push(t);
                    embed_pos.push(self.gpos(f.typ.start()));
                }
            }
        }
        // As types2 (for API stability): the methods are kept sorted, so
        // types print them in that order.
        iface.methods.sort_by(|&a, &b| self.w.cmp_objects(a, b));
        if !embed_pos.is_empty() {
            // Before Go 1.14 embedded interfaces could not overlap.
            let overlap_ok = self.allow_version((1, 14));
            self.embed_checks.push(Some(EmbedCheck {
                iface: id,
                embed_pos,
                overlap_ok,
            }));
            self.delayed
                .push(Delayed::EmbeddedMethods(self.embed_checks.len() - 1));
        }
        *self.w.types.get_mut(id) = Type::Interface(iface);
        id
    }

    /// Reports the methods an interface gets twice through its embedded
    /// interfaces (or once embedded, once declared) with different
    /// signatures, or at all before Go 1.14 (types2's `addMethod`, once
    /// all types are known).
    pub(super) fn check_embedded_methods(&mut self, index: usize) {
        let Some(EmbedCheck {
            iface,
            embed_pos,
            overlap_ok,
        }) = self.embed_checks[index].take()
        else {
            return;
        };
        let Type::Interface(i) = self.w.types.get(iface).clone() else {
            return;
        };
        // Each method seen, with where it was declared or embedded.
        let mut seen: Vec<(ObjId, GPos)> =
            i.methods.iter().map(|&m| (m, self.w.obj(m).pos)).collect();
        for (&e, &pos) in i.embeddeds.iter().zip(&embed_pos) {
            if !matches!(self.w.types.get(self.w.types.under(e)), Type::Interface(_)) {
                continue;
            }
            for m in self.w.type_set(e).methods {
                let Some(&(other, other_pos)) = seen.iter().find(|&&(o, _)| self.w.same_id(o, m))
                else {
                    seen.push((m, pos));
                    continue;
                };
                if overlap_ok && self.w.identical(self.w.type_of(m), self.w.type_of(other)) {
                    continue;
                }
                let name = self.w.obj(m).name.clone();
                let at = self.pos_string(other_pos);
                self.error_at(
                    pos,
                    format!("duplicate method {name}\n\t{at}: other declaration of method {name}"),
                );
            }
        }
    }

    /// Reports an interface element other than an interface before Go
    /// 1.18. (An embedded type whose underlying type is not known yet is
    /// not checked.)
    fn verify_embedding_version(&mut self, e: &Expr, t: TypeId) {
        if self.allow_version((1, 18)) || t == TypeId::INVALID {
            return;
        }
        let what = match self.w.types.get(self.w.types.under(t)) {
            Type::Union(_) => "embedding interface element",
            Type::Interface(_) | Type::TypeParam(_) => return,
            _ if self.w.types.under(t) == TypeId::INVALID => return,
            _ => "embedding non-interface type",
        };
        let what = format!("{what} {}", self.type_str(t));
        self.verify_version(self.gpos(e.start()), (1, 18), &what);
    }

    /// An embedded interface element: a type, `~T`, or a union of terms
    /// (types2's `parseUnion`). The terms' validity is checked once all
    /// declarations are known (`check_union_terms`).
    fn type_set_elem(&mut self, e: &'a Expr) -> TypeId {
        let mut exprs = Vec::new();
        flatten_union(e, &mut exprs);
        let mut terms = Vec::new();
        for x in &exprs {
            if terms.len() == MAX_TERM_COUNT {
                self.error(
                    x,
                    format!(
                        "cannot handle more than {MAX_TERM_COUNT} union terms (implementation limitation)"
                    ),
                );
                return TypeId::INVALID;
            }
            terms.push(self.union_term(x));
        }
        if terms.len() == 1 && !terms[0].tilde {
            return terms[0].typ;
        }
        let at: Vec<GPos> = exprs.iter().map(|x| self.gpos(x.start())).collect();
        self.union_checks
            .push(terms.iter().copied().zip(at).collect());
        self.delayed
            .push(Delayed::UnionTerms(self.union_checks.len() - 1));
        self.w.types.add(Type::Union(terms))
    }

    /// One term of a union: `T` or `~T`; a type parameter cannot be one.
    fn union_term(&mut self, e: &'a Expr) -> Term {
        let (x, tilde) = match &e.kind {
            ExprKind::Operation(Operator::Tilde, x, None) => (&**x, true),
            _ => (e, false),
        };
        let mut typ = self.typ_expr(x);
        if self.w.types.is_type_param(typ) {
            let msg = if tilde {
                format!(
                    "type in term {} cannot be a type parameter",
                    crate::syntax::printer::expr_string(e)
                )
            } else {
                "term cannot be a type parameter".to_string()
            };
            self.error(x, msg);
            typ = TypeId::INVALID;
        }
        Term { tilde, typ }
    }

    /// The validity of the terms of a union queued by `type_set_elem`:
    /// `~` only on underlying non-interface types, no interfaces with
    /// methods or comparable, no overlapping terms.
    pub(super) fn check_union_terms(&mut self, index: usize) {
        let terms = std::mem::take(&mut self.union_checks[index]);
        for (i, &(t, at)) in terms.iter().enumerate() {
            if t.typ == TypeId::INVALID {
                continue;
            }
            let under = self.w.types.under(t.typ);
            let is_iface = matches!(self.w.types.get(under), Type::Interface(_));
            if t.tilde && is_iface {
                let ts = self.type_str(t.typ);
                self.error_at(at, format!("invalid use of ~ ({ts} is an interface)"));
                continue;
            }
            if t.tilde && !self.w.identical(under, t.typ) {
                let (ts, us) = (self.type_str(t.typ), self.type_str(under));
                self.error_at(
                    at,
                    format!("invalid use of ~ (underlying type of {ts} is {us})"),
                );
                continue;
            }
            if is_iface {
                self.check_interface_term(t, at);
                continue; // interface terms may overlap
            }
            let overlap = terms[..i].iter().find(|&&(x, _)| {
                x.typ != TypeId::INVALID
                    && !self.w.types.is_interface(x.typ)
                    && !self.disjoint(x, t)
            });
            if let Some(&(x, _)) = overlap {
                let (ts, xs) = (self.term_str(t), self.term_str(x));
                self.soft_error_at(at, format!("overlapping terms {ts} and {xs}"));
            }
        }
    }

    /// An interface term of a union: it may restrict types only.
    fn check_interface_term(&mut self, t: Term, at: GPos) {
        let set = self.w.type_set(t.typ);
        let ts = self.term_str(t);
        if !set.methods.is_empty() {
            self.error_at(
                at,
                format!("cannot use {ts} in union ({ts} contains methods)"),
            );
        } else if self.w.types.unalias(t.typ) == self.w.comparable_type_id() {
            self.error_at(at, "cannot use comparable in union");
        } else if set.comparable && set.terms.is_none() {
            self.error_at(
                at,
                format!("cannot use {ts} in union ({ts} embeds comparable)"),
            );
        }
    }

    /// Whether terms `x` and `y` have no type in common (types2's
    /// `term.disjoint`, for non-interface terms).
    fn disjoint(&self, x: Term, y: Term) -> bool {
        let ux = if y.tilde {
            self.w.types.under(x.typ)
        } else {
            x.typ
        };
        let uy = if x.tilde {
            self.w.types.under(y.typ)
        } else {
            y.typ
        };
        !self.w.identical(ux, uy)
    }

    /// A term as types2 prints it in union errors: every type name
    /// qualified by its package path, this package's too.
    fn term_str(&self, t: Term) -> String {
        let tilde = if t.tilde { "~" } else { "" };
        let path = |p| self.gc_pkg_path(p);
        format!("{tilde}{}", type_string(self.w, t.typ, &path))
    }

    /// Declares type parameters in the current scope and checks their
    /// constraints. Returns the TypeName objects.
    pub(super) fn declare_type_params(&mut self, fields: &'a [ast::Field]) -> Vec<ObjId> {
        self.declare_type_params_of(fields, None)
    }

    /// `declare_type_params` for generic type `owner` (a named type or
    /// alias), which gets its type parameters before their constraints
    /// are checked: a constraint may instantiate the type itself
    /// (`type T[P T[P]] ...`), so instantiations are verified only once
    /// the constraints are known (see `with_deferred_verify`).
    pub(super) fn declare_type_params_of(
        &mut self,
        fields: &'a [ast::Field],
        owner: Option<TypeId>,
    ) -> Vec<ObjId> {
        let mut objs = Vec::new();
        let mut index = 0;
        // Declare all names first: constraints may refer to any of them.
        for f in fields {
            for n in &f.names {
                let o = self.new_object(ObjKind::TypeName, &n.value, n.pos, None);
                let t = self.w.types.add(Type::TypeParam(TypeParam {
                    obj: o,
                    index,
                    bound: None,
                }));
                index += 1;
                self.w.obj_mut(o).typ = Some(t);
                self.record_def(n.pos, o);
                let scope = self.scope;
                self.declare(scope, o);
                objs.push(o);
            }
        }
        match owner.map(|t| self.w.types.get_mut(t)) {
            Some(Type::Named(n)) => n.tparams = objs.clone(),
            Some(Type::Alias(a)) => a.tparams = objs.clone(),
            _ => {}
        }
        self.with_deferred_verify(|c| {
            let mut i = 0;
            for f in fields {
                let bound = c.bound(&f.typ);
                for _ in &f.names {
                    let t = c.w.type_of(objs[i]);
                    if let Type::TypeParam(p) = c.w.types.get_mut(t) {
                        p.bound = Some(bound);
                    }
                    i += 1;
                }
            }
        });
        objs
    }

    /// Runs `f` with verification of instantiations deferred to its end
    /// (or to the end of an enclosing deferral): constraints must all be
    /// known, and types complete, before type arguments are checked.
    pub(super) fn with_deferred_verify<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        if self.deferred_verify.is_some() {
            return f(self);
        }
        self.deferred_verify = Some(Vec::new());
        let r = f(self);
        let deferred = self.deferred_verify.take().unwrap_or_default();
        for (fallback, exprs, tparams, targs) in deferred {
            self.verify_targs(fallback, exprs, &tparams, &targs);
        }
        r
    }

    /// A type parameter's constraint: an interface, or a type element that
    /// becomes an implicit interface.
    fn bound(&mut self, e: &'a Expr) -> TypeId {
        let is_elem = matches!(
            &e.kind,
            ExprKind::Operation(Operator::Or, _, Some(_))
                | ExprKind::Operation(Operator::Tilde, _, None)
        );
        let t = if is_elem {
            self.type_set_elem(e)
        } else {
            self.typ_expr(e)
        };
        if t == TypeId::INVALID || self.w.types.is_interface(t) && !is_elem {
            return t;
        }
        if !is_elem && self.w.types.is_type_param(t) {
            self.error(e, "cannot use a type parameter as constraint");
            return TypeId::INVALID;
        }
        self.w.types.add(Type::Interface(Interface {
            methods: Vec::new(),
            embeddeds: vec![t],
            implicit: true,
        }))
    }

    /// A function type without a body (a literal type or an interface
    /// method): its parameter names are declared in a scope of their own
    /// all the same, so that duplicates are reported.
    fn func_type(&mut self, pos: crate::syntax::Pos, ft: &'a ast::FuncType) -> TypeId {
        self.open_scope(pos, pos, true);
        let sig = self.func_signature(None, &[], ft);
        self.declare_params(sig);
        self.close_scope();
        sig
    }

    /// A function or method signature (its type parameters are declared in
    /// the current scope; parameters are not: see `declare_params`).
    pub(super) fn func_signature(
        &mut self,
        recv: Option<&'a ast::Field>,
        tparams: &'a [ast::Field],
        ft: &'a ast::FuncType,
    ) -> TypeId {
        let sig = self.w.types.add(Type::Signature(Signature::default()));
        self.func_signature_in(sig, recv, tparams, ft);
        sig
    }

    /// Checks a signature into type `sig`, which is already a function's
    /// type: its parameters may refer to the function (`func f() [unsafe.
    /// Sizeof(f)]int`), which is then no cycle, and see the type
    /// parameters as soon as they are declared (types2 fills in the
    /// function's `*Signature` the same way).
    pub(super) fn func_signature_in(
        &mut self,
        sig: TypeId,
        recv: Option<&'a ast::Field>,
        tparams: &'a [ast::Field],
        ft: &'a ast::FuncType,
    ) {
        let mut s = Signature {
            tparams: self.declare_type_params(tparams),
            ..Default::default()
        };
        if let Some(r) = recv {
            let (rt, rparams) = self.collect_recv(r);
            s.rparams = rparams;
            s.recv = self.field_vars(r, rt).first().copied();
        }
        *self.w.types.get_mut(sig) = Type::Signature(s.clone());
        let (params, variadic) = self.params(&ft.params, true);
        s.params = params;
        s.variadic = variadic;
        s.results = self.params(&ft.results, false).0;
        *self.w.types.get_mut(sig) = Type::Signature(s);
    }

    /// Declares a function's receiver, parameters and results in the
    /// current (function) scope.
    pub(super) fn declare_params(&mut self, sig: TypeId) {
        let Type::Signature(s) = self.w.types.get(sig).clone() else {
            return;
        };
        let scope = self.scope;
        for &v in s.recv.iter().chain(&s.params).chain(&s.results) {
            if !self.w.obj(v).name.is_empty() {
                self.declare(scope, v);
            }
        }
    }

    /// The receiver's type and the type parameters it declares (types2's
    /// `collectRecv`). A receiver `T[P, Q]` (or `*T[P, Q]`) of a generic
    /// type declares `P`, `Q` with the constraints of `T`'s and has type
    /// `T[P, Q]`; a receiver without type parameters is an ordinary type.
    fn collect_recv(&mut self, r: &'a ast::Field) -> (TypeId, Vec<ObjId>) {
        let (ptr, base, args) = unpack_recv(&r.typ);
        let Some(args) = args else {
            let rt = self.var_type(&r.typ);
            return (self.reject_instantiated_receiver(rt, base), Vec::new());
        };
        let x = self.expr_or_type(base, true);
        let bt = if x.mode == Mode::TypeExpr {
            x.typ
        } else {
            TypeId::INVALID
        };
        // The base type's type parameters, if it is a generic defined type.
        let base_tparams = match self.w.types.get(bt) {
            _ if bt == TypeId::INVALID => None,
            Type::Alias(_) if self.generic_type_params(bt).is_some() => {
                let ts = self.type_str(bt);
                self.error(
                    base,
                    format!("cannot define new methods on generic alias type {ts}"),
                );
                None
            }
            _ => {
                let tparams = self.generic_type_params(bt);
                if tparams.is_none() {
                    let ts = self.type_str(bt);
                    self.error(base, format!("{ts} is not a generic type"));
                }
                tparams
            }
        };
        let rparams = self.declare_recv_type_params(args);
        let Some(base_tparams) = base_tparams else {
            return (TypeId::INVALID, rparams);
        };
        if rparams.len() != base_tparams.len() {
            let got = if rparams.len() == 1 {
                "1 type parameter".to_string()
            } else {
                format!("{} type parameters", rparams.len())
            };
            self.error(
                base,
                format!(
                    "receiver declares {got}, but receiver base type declares {}",
                    base_tparams.len()
                ),
            );
            return (TypeId::INVALID, rparams);
        }
        let targs: Vec<TypeId> = rparams.iter().map(|&o| self.w.type_of(o)).collect();
        let smap = self.tparam_map(&base_tparams, &targs);
        for (&bp, &tp) in base_tparams.iter().zip(&targs) {
            let bound = match self.w.types.get(self.w.type_of(bp)) {
                Type::TypeParam(p) => p.bound,
                _ => None,
            };
            let bound = bound.map(|b| self.subst(b, &smap));
            if let Type::TypeParam(p) = self.w.types.get_mut(tp) {
                p.bound = bound;
            }
        }
        // The receiver's type parameters instantiate its base type.
        self.verify_version(self.gpos(base.pos), (1, 18), "type instantiation");
        let mut rt = self.instantiate_named(bt, targs);
        if ptr {
            rt = self.w.types.add(Type::Pointer(rt));
        }
        self.record_type(&r.typ, rt, None);
        (rt, rparams)
    }

    /// Declares the type parameters a receiver lists (a blank or
    /// malformed one is declared under no name).
    fn declare_recv_type_params(&mut self, args: &'a [Expr]) -> Vec<ObjId> {
        let mut objs = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let name = match a.as_name() {
                Some(name) => name,
                None => {
                    let s = crate::syntax::printer::expr_string(a);
                    self.error(
                        a,
                        format!("receiver type parameter {s} must be an identifier"),
                    );
                    "_"
                }
            };
            let o = self.new_object(ObjKind::TypeName, name, a.pos, None);
            let tp = self.w.types.add(Type::TypeParam(TypeParam {
                obj: o,
                index: i,
                bound: None,
            }));
            self.w.obj_mut(o).typ = Some(tp);
            self.record_def(a.pos, o);
            if name != "_" {
                let scope = self.scope;
                self.declare(scope, o);
            }
            objs.push(o);
        }
        objs
    }

    /// `rt`, or the invalid type (reported at `base`) if it is an alias
    /// chain that leads to an instantiated type: methods cannot be added
    /// to one.
    fn reject_instantiated_receiver(&mut self, rt: TypeId, base: &Expr) -> TypeId {
        let unpointer = |c: &Self, t: TypeId| match c.w.types.get(t) {
            Type::Pointer(b) => *b,
            _ => t,
        };
        let mut t = unpointer(self, rt);
        for _ in 0..100 {
            let Type::Alias(a) = self.w.types.get(t) else {
                break;
            };
            let b = unpointer(self, a.actual.unwrap_or(TypeId::INVALID));
            let instance = match self.w.types.get(b) {
                Type::Named(n) => !n.targs.is_empty(),
                Type::Alias(a) => !a.targs.is_empty(),
                _ => false,
            };
            if instance {
                let ts = self.type_str(b);
                self.error(
                    base,
                    format!("cannot define new methods on instantiated type {ts}"),
                );
                return TypeId::INVALID;
            }
            t = b;
        }
        rt
    }

    /// Parameter variables; a final `...T` becomes `[]T` with `variadic`.
    fn params(&mut self, fields: &'a [ast::Field], variadic_ok: bool) -> (Vec<ObjId>, bool) {
        let mut variadic = false;
        let n = fields.len();
        let mut vars = Vec::new();
        for (i, f) in fields.iter().enumerate() {
            let (typ_e, dots) = match &f.typ.kind {
                ExprKind::DotsType(elem) if variadic_ok && i + 1 == n => (&**elem, true),
                _ => (&f.typ, false),
            };
            let mut t = self.var_type(typ_e);
            if dots {
                variadic = true;
                t = self.w.types.add(Type::Slice(t));
            }
            vars.extend(self.field_vars(f, t));
        }
        (vars, variadic)
    }

    /// The parameter variables of type `t` that field `f` declares (one
    /// without a name if it has none).
    fn field_vars(&mut self, f: &ast::Field, t: TypeId) -> Vec<ObjId> {
        let param = ObjKind::Var {
            field: false,
            embedded: false,
            param: true,
            used: false,
        };
        if f.names.is_empty() {
            return vec![self.new_object(param, "", f.typ.start(), Some(t))];
        }
        let mut vars = Vec::new();
        for name in &f.names {
            let v = self.new_object(param.clone(), &name.value, name.pos, Some(t));
            self.record_def(name.pos, v);
            vars.push(v);
        }
        vars
    }

    /// Receiver checks: a locally defined, non-pointer, non-interface base
    /// type; adds the method to the named type's method list.
    pub(super) fn check_receiver(&mut self, m: ObjId, sig: TypeId, recv: &'a ast::Field) {
        let Type::Signature(s) = self.w.types.get(sig) else {
            return;
        };
        let Some(rv) = s.recv else { return };
        let rt = self.w.type_of(rv);
        if rt == TypeId::INVALID {
            return;
        }
        // rtyp: the receiver type without pointer; atyp: without alias.
        let rtyp = match self.w.types.get(self.w.types.unalias(rt)) {
            Type::Pointer(b) => *b,
            _ => rt,
        };
        let atyp = self.w.types.unalias(rtyp);
        if atyp == TypeId::INVALID {
            return;
        }
        // Errors are reported at the receiver's base type name.
        let mut rbase = recv.typ.unparen();
        if let ExprKind::Operation(Operator::Mul, x, None) = &rbase.kind {
            rbase = x.unparen();
        }
        if let ExprKind::Index(x, _) = &rbase.kind {
            rbase = x.unparen();
        }
        let pos = rbase.start();
        let rs = self.type_str(rtyp);
        let ok = match self.w.types.get(atyp) {
            Type::Named(n) => {
                let obj = n.obj;
                let under = self.w.types.under(atyp);
                if self.w.obj(obj).pkg != Some(self.pkg) {
                    self.error_pos(
                        pos,
                        format!("cannot define new methods on non-local type {rs}"),
                    );
                    false
                } else {
                    let cause = match self.w.types.get(under) {
                        Type::Basic(super::ty::BasicKind::UnsafePointer) => "unsafe.Pointer",
                        Type::Pointer(_) | Type::Interface(_) => "pointer or interface type",
                        _ => "",
                    };
                    if !cause.is_empty() {
                        self.error_pos(pos, format!("invalid receiver type {rs} ({cause})"));
                    }
                    cause.is_empty()
                }
            }
            Type::Basic(_) => {
                self.error_pos(
                    pos,
                    format!("cannot define new methods on non-local type {rs}"),
                );
                false
            }
            _ => {
                let s = self.type_str(rt);
                self.error_pos(pos, format!("invalid receiver type {s}"));
                false
            }
        };
        let _ = (ok, m);
    }
}

/// A receiver type's parts: whether it is a pointer, its base type name,
/// and the type parameters it lists (if any): `*T[P, Q]`.
fn unpack_recv(t: &Expr) -> (bool, &Expr, Option<&[Expr]>) {
    let mut t = t.unparen();
    let ptr = match &t.kind {
        ExprKind::Operation(Operator::Mul, x, None) => {
            t = x.unparen();
            true
        }
        _ => false,
    };
    match &t.kind {
        ExprKind::Index(base, args) => (ptr, base.unparen(), Some(&args[..])),
        _ => (ptr, t, None),
    }
}

/// The name of an embedded field: the type name without package or pointer.
fn embedded_field_name(t: &Expr) -> String {
    match &t.kind {
        ExprKind::Name(n) => n.to_string(),
        ExprKind::Selector(_, sel) => sel.value.to_string(),
        ExprKind::Operation(Operator::Mul, x, None) => embedded_field_name(x),
        ExprKind::Index(x, _) => embedded_field_name(x),
        ExprKind::Paren(x) => embedded_field_name(x),
        _ => "_".into(),
    }
}

/// The value of a string literal (interpreted or raw).
pub fn unquote_string(lit: &str) -> String {
    match super::constant::Value::from_literal(crate::syntax::token::LitKind::String, lit) {
        Some(v) => String::from_utf8_lossy(v.string_val()).into_owned(),
        None => String::new(),
    }
}
