//! Type expressions: names, literals of types, signatures, struct and
//! interface types.

use super::check::Checker;
use super::constant::Value;
use super::object::{ObjId, ObjKind};
use super::operand::Mode;
use super::ty::{ChanDir, Field, Interface, Signature, Term, Type, TypeId, TypeParam};
use super::values::ValueExt;
use crate::syntax::ast::{self, Expr, ExprKind};
use crate::syntax::token::Operator;

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
                let elem = self.typ_expr(elem);
                self.w.types.add(Type::Array(n, elem))
            }
            ExprKind::SliceType(elem) => {
                let elem = self.typ_expr(elem);
                self.w.types.add(Type::Slice(elem))
            }
            ExprKind::DotsType(_) => {
                self.error(e, "invalid use of ...");
                TypeId::INVALID
            }
            ExprKind::StructType(fields) => self.struct_type(fields),
            ExprKind::Operation(Operator::Mul, base, None) => {
                let base = self.typ_expr(base);
                self.w.types.add(Type::Pointer(base))
            }
            ExprKind::FuncType(ft) => self.func_signature(None, &[], ft),
            ExprKind::InterfaceType(elems) => self.interface_type(elems),
            ExprKind::MapType(k, v) => {
                let key = self.typ_expr(k);
                let val = self.typ_expr(v);
                if key != TypeId::INVALID
                    && !self.w.types.is_type_param(key)
                    && !self.w.comparable(key)
                {
                    let ks = self.type_str(key);
                    self.error(k, format!("invalid map key type {ks}"));
                }
                self.w.types.add(Type::Map(key, val))
            }
            ExprKind::ChanType(dir, elem) => {
                let elem = self.typ_expr(elem);
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
            let typ = self.typ_expr(&f.typ);
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
                    let sig = self.func_signature(None, &[], ft);
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
                    iface.embeddeds.push(t);
                }
            }
        }
        *self.w.types.get_mut(id) = Type::Interface(iface);
        id
    }

    /// An embedded interface element: a type, `~T`, or a union of terms.
    fn type_set_elem(&mut self, e: &'a Expr) -> TypeId {
        let mut terms = Vec::new();
        self.collect_terms(e, &mut terms);
        if let [(term, _)] = terms[..]
            && !term.tilde
        {
            return term.typ;
        }
        self.check_union_terms(&terms);
        self.w
            .types
            .add(Type::Union(terms.iter().map(|&(t, _)| t).collect()))
    }

    /// The terms of a union (or a single `~T`), each with its expression;
    /// a type parameter as a term is reported and becomes invalid.
    fn collect_terms(&mut self, e: &'a Expr, out: &mut Vec<(Term, &'a Expr)>) {
        if let ExprKind::Operation(Operator::Or, x, Some(y)) = &e.kind {
            self.collect_terms(x, out);
            self.collect_terms(y, out);
            return;
        }
        let (tilde, x) = match &e.kind {
            ExprKind::Operation(Operator::Tilde, x, None) => (true, &**x),
            _ => (false, e),
        };
        let mut typ = self.typ_expr(x);
        if self.w.types.is_type_param(typ) {
            let msg = if tilde {
                let es = crate::syntax::printer::expr_string(e);
                format!("type in term {es} cannot be a type parameter")
            } else {
                "term cannot be a type parameter".to_string()
            };
            self.error(x, msg);
            typ = TypeId::INVALID;
        }
        out.push((Term { tilde, typ }, e));
    }

    /// types2's union term validity: `~T` needs T to be its own
    /// underlying type and not an interface; interface terms may have no
    /// methods and not be comparable; other terms must not overlap.
    fn check_union_terms(&mut self, terms: &[(Term, &'a Expr)]) {
        for (i, &(t, e)) in terms.iter().enumerate() {
            if t.typ == TypeId::INVALID {
                continue;
            }
            let u = self.w.types.under(t.typ);
            if u == TypeId::INVALID {
                continue;
            }
            let ts = self.type_str(t.typ);
            let is_iface = matches!(self.w.types.get(u), Type::Interface(_));
            if t.tilde && is_iface {
                self.error(e, format!("invalid use of ~ ({ts} is an interface)"));
                continue;
            }
            if t.tilde && !self.w.identical(u, t.typ) {
                let us = self.type_str(u);
                self.error(
                    e,
                    format!("invalid use of ~ (underlying type of {ts} is {us})"),
                );
                continue;
            }
            if is_iface {
                let set = self.w.type_set(u);
                let term_s = term_string(self, t);
                if !set.methods.is_empty() {
                    self.error(
                        e,
                        format!("cannot use {term_s} in union ({term_s} contains methods)"),
                    );
                } else if t.typ == self.w.comparable_type_id() {
                    self.error(e, "cannot use comparable in union");
                } else if set.comparable {
                    self.error(
                        e,
                        format!("cannot use {term_s} in union ({term_s} embeds comparable)"),
                    );
                }
                continue;
            }
            let overlap = terms[..i].iter().find(|&&(x, _)| {
                x.typ != TypeId::INVALID
                    && !self.w.types.is_interface(x.typ)
                    && self.terms_overlap(x, t)
            });
            if let Some(&(x, _)) = overlap {
                let (ys, xs) = (term_string(self, t), term_string(self, x));
                let at = self.gpos(e.start());
                self.soft_error_at(at, format!("overlapping terms {ys} and {xs}"));
            }
        }
    }

    /// Whether two union terms have types in common.
    fn terms_overlap(&self, x: Term, y: Term) -> bool {
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
        self.w.identical(ux, uy)
    }

    /// Declares type parameters in the current scope and checks their
    /// constraints. Returns the TypeName objects.
    pub(super) fn declare_type_params(&mut self, fields: &'a [ast::Field]) -> Vec<ObjId> {
        self.declare_type_params_of(fields, None)
    }

    /// `declare_type_params` for generic type `owner` (a named type or
    /// alias), which gets its type parameters before their constraints
    /// are checked: a constraint may instantiate the type itself
    /// (`type T[P T[P]] ...`).
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

    /// A function or method signature (its type parameters are declared in
    /// the current scope; parameters are not: see `declare_params`).
    pub(super) fn func_signature(
        &mut self,
        recv: Option<&'a ast::Field>,
        tparams: &'a [ast::Field],
        ft: &'a ast::FuncType,
    ) -> TypeId {
        let mut sig = Signature {
            tparams: self.declare_type_params(tparams),
            ..Default::default()
        };
        if let Some(r) = recv {
            sig.rparams = self.declare_recv_type_params(&r.typ);
            let vars = match self.generic_recv_type(&r.typ, &sig.rparams) {
                Some(t) => self.field_vars(r, t),
                None => self.param_vars(std::slice::from_ref(r), false),
            };
            sig.recv = vars.first().copied();
        }
        let (params, variadic) = self.params(&ft.params, true);
        sig.params = params;
        sig.variadic = variadic;
        sig.results = self.params(&ft.results, false).0;
        self.w.types.add(Type::Signature(sig))
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

    /// For a receiver `T[P, Q]` or `*T[P, Q]` of a generic type: declares
    /// `P`, `Q` as type parameters with the constraints of `T`'s.
    fn declare_recv_type_params(&mut self, recv: &'a Expr) -> Vec<ObjId> {
        let mut t = recv.unparen();
        if let ExprKind::Operation(Operator::Mul, x, None) = &t.kind {
            t = x.unparen();
        }
        let ExprKind::Index(base, args) = &t.kind else {
            return Vec::new();
        };
        let Some(bname) = base.as_name() else {
            return Vec::new();
        };
        let Some(bobj) = self.lookup(bname) else {
            return Vec::new();
        };
        if self.w.obj(bobj).typ.is_none() {
            self.obj_decl(bobj);
        }
        let bt = self.w.type_of(bobj);
        let Some(base_tparams) = self.generic_type_params(bt) else {
            return Vec::new();
        };
        let mut objs = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let Some(name) = a.as_name() else {
                let s = crate::syntax::printer::expr_string(a);
                self.error(
                    a,
                    format!("receiver type parameter {s} must be an identifier"),
                );
                continue;
            };
            let o = self.new_object(ObjKind::TypeName, name, a.pos, None);
            let tp = self.w.types.add(Type::TypeParam(TypeParam {
                obj: o,
                index: i,
                bound: None,
            }));
            self.w.obj_mut(o).typ = Some(tp);
            self.record_def(a.pos, o);
            let scope = self.scope;
            self.declare(scope, o);
            objs.push(o);
        }
        if objs.len() == base_tparams.len() {
            let new_types: Vec<TypeId> = objs.iter().map(|&o| self.w.type_of(o)).collect();
            let smap = self.tparam_map(&base_tparams, &new_types);
            for (i, &bp) in base_tparams.iter().enumerate() {
                let bpt = self.w.type_of(bp);
                let bound = match self.w.types.get(bpt) {
                    Type::TypeParam(p) => p.bound,
                    _ => None,
                };
                let bound = bound.map(|b| self.subst(b, &smap));
                if let Type::TypeParam(p) = self.w.types.get_mut(new_types[i]) {
                    p.bound = bound;
                }
            }
        }
        objs
    }

    /// The receiver type `T[P, Q]` or `*T[P, Q]` of a method of generic
    /// type `T`, instantiated with the receiver's own type parameters
    /// `rparams` (which may be blank, so the expression is not evaluated).
    fn generic_recv_type(&mut self, recv: &'a Expr, rparams: &[ObjId]) -> Option<TypeId> {
        let mut t = recv.unparen();
        let ptr = if let ExprKind::Operation(Operator::Mul, x, None) = &t.kind {
            t = x.unparen();
            true
        } else {
            false
        };
        let ExprKind::Index(base, args) = &t.kind else {
            return None;
        };
        if rparams.is_empty() || rparams.len() != args.len() {
            return None;
        }
        let bobj = self.lookup(base.as_name()?)?;
        let bt = self.w.type_of(bobj);
        if !matches!(self.w.types.get(bt), Type::Named(n) if n.tparams.len() == rparams.len()) {
            return None;
        }
        self.record_use(base.pos, bobj);
        let targs = rparams.iter().map(|&p| self.w.type_of(p)).collect();
        let inst = self.instantiate_named(bt, targs);
        Some(if ptr {
            self.w.types.add(Type::Pointer(inst))
        } else {
            inst
        })
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
            let mut t = self.typ_expr(typ_e);
            if dots {
                variadic = true;
                t = self.w.types.add(Type::Slice(t));
            }
            vars.extend(self.field_vars(f, t));
        }
        (vars, variadic)
    }

    /// The variables of one parameter field, all of type `t` (one unnamed
    /// variable if the field has no names).
    fn field_vars(&mut self, f: &'a ast::Field, t: TypeId) -> Vec<ObjId> {
        let kind = ObjKind::Var {
            field: false,
            embedded: false,
            param: true,
            used: false,
        };
        if f.names.is_empty() {
            return vec![self.new_object(kind, "", f.typ.start(), Some(t))];
        }
        let mut vars = Vec::new();
        for name in &f.names {
            let v = self.new_object(kind.clone(), &name.value, name.pos, Some(t));
            self.record_def(name.pos, v);
            vars.push(v);
        }
        vars
    }

    fn param_vars(&mut self, fields: &'a [ast::Field], variadic_ok: bool) -> Vec<ObjId> {
        self.params(fields, variadic_ok).0
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

/// A union term as types2 prints it (`~int`, `p.MyInt`): with no
/// qualifier, so every package-level type shows its package path.
fn term_string(c: &Checker<'_, '_>, t: Term) -> String {
    let tilde = if t.tilde { "~" } else { "" };
    let path = |p| c.w.pkg(p).path.clone();
    let ts = super::typestring::type_string(c.w, t.typ, &path);
    format!("{tilde}{ts}")
}
