//! Generics: type sets, substitution, instantiation, constraint
//! satisfaction, and type argument inference.
//!
//! Instances of generic named types are created once per distinct type
//! argument list (compared by identity) and share the generic type's
//! method objects; a method's signature for an instance is the generic
//! signature with the receiver's type parameters substituted.

use std::collections::HashMap;

use super::check::Checker;
use super::object::{ObjId, ObjKind, Object};
use super::ty::{Field, Interface, Named, Signature, Term, Type, TypeId};

/// A substitution of type parameters (their TypeIds) by types.
pub(super) type SubstMap = HashMap<TypeId, TypeId>;

impl<'a> Checker<'a, '_> {
    // ------------------------------------------------------------------
    // Substitution

    /// `t` with type parameters replaced as `smap` says.
    pub(super) fn subst(&mut self, t: TypeId, smap: &SubstMap) -> TypeId {
        if smap.is_empty() {
            return t;
        }
        let mut seen = HashMap::new();
        self.subst_in(t, smap, &mut seen)
    }

    fn subst_in(
        &mut self,
        t: TypeId,
        smap: &SubstMap,
        seen: &mut HashMap<TypeId, TypeId>,
    ) -> TypeId {
        if let Some(&r) = smap.get(&t) {
            return r;
        }
        if let Some(&r) = seen.get(&t) {
            return r;
        }
        let ty = self.w.types.get(t).clone();
        let r = match ty {
            Type::Basic(_) | Type::TypeParam(_) => t,
            Type::Pointer(b) => self.map1(t, b, smap, seen, Type::Pointer),
            Type::Slice(e) => self.map1(t, e, smap, seen, Type::Slice),
            Type::Array(n, e) => self.map1(t, e, smap, seen, |e| Type::Array(n, e)),
            Type::Chan(d, e) => self.map1(t, e, smap, seen, |e| Type::Chan(d, e)),
            Type::Map(k, v) => {
                let (k2, v2) = (self.subst_in(k, smap, seen), self.subst_in(v, smap, seen));
                if (k2, v2) == (k, v) {
                    t
                } else {
                    self.w.types.add(Type::Map(k2, v2))
                }
            }
            Type::Struct(fields) => {
                let mut changed = false;
                let mut out = Vec::with_capacity(fields.len());
                for f in &fields {
                    let ft = self.w.type_of(f.obj);
                    let nt = self.subst_in(ft, smap, seen);
                    if nt != ft {
                        changed = true;
                        out.push(Field {
                            obj: self.clone_var(f.obj, nt),
                            embedded: f.embedded,
                            tag: f.tag.clone(),
                        });
                    } else {
                        out.push(f.clone());
                    }
                }
                if changed {
                    self.w.types.add(Type::Struct(out))
                } else {
                    t
                }
            }
            Type::Tuple(vars) => {
                let (vars2, changed) = self.subst_vars(&vars, smap, seen);
                if changed {
                    self.w.types.add(Type::Tuple(vars2))
                } else {
                    t
                }
            }
            Type::Signature(sig) => {
                let (params, c1) = self.subst_vars(&sig.params, smap, seen);
                let (results, c2) = self.subst_vars(&sig.results, smap, seen);
                if c1 || c2 {
                    self.w.types.add(Type::Signature(Signature {
                        params,
                        results,
                        ..sig
                    }))
                } else {
                    t
                }
            }
            Type::Interface(iface) => {
                let mut changed = false;
                let mut methods = Vec::new();
                for &m in &iface.methods {
                    let mt = self.w.type_of(m);
                    let nt = self.subst_in(mt, smap, seen);
                    if nt != mt {
                        changed = true;
                        methods.push(self.clone_obj(m, nt));
                    } else {
                        methods.push(m);
                    }
                }
                let embeddeds: Vec<TypeId> = iface
                    .embeddeds
                    .iter()
                    .map(|&e| self.subst_in(e, smap, seen))
                    .collect();
                changed |= embeddeds != iface.embeddeds;
                if changed {
                    self.w.types.add(Type::Interface(Interface {
                        methods,
                        embeddeds,
                        implicit: iface.implicit,
                    }))
                } else {
                    t
                }
            }
            Type::Union(terms) => {
                let nt: Vec<Term> = terms
                    .iter()
                    .map(|term| Term {
                        tilde: term.tilde,
                        typ: self.subst_in(term.typ, smap, seen),
                    })
                    .collect();
                if nt == terms {
                    t
                } else {
                    self.w.types.add(Type::Union(nt))
                }
            }
            Type::Named(n) => {
                if n.targs.is_empty() {
                    t
                } else {
                    let targs: Vec<TypeId> = n
                        .targs
                        .iter()
                        .map(|&a| self.subst_in(a, smap, seen))
                        .collect();
                    if targs == n.targs {
                        t
                    } else {
                        let orig = n.orig.unwrap_or(t);
                        self.instantiate_named(orig, targs)
                    }
                }
            }
            Type::Alias(a) => match a.actual {
                Some(act) => {
                    if a.targs.is_empty() {
                        let r = self.subst_in(act, smap, seen);
                        if r == act { t } else { r }
                    } else {
                        self.subst_in(act, smap, seen)
                    }
                }
                None => t,
            },
        };
        seen.insert(t, r);
        r
    }

    fn map1(
        &mut self,
        t: TypeId,
        inner: TypeId,
        smap: &SubstMap,
        seen: &mut HashMap<TypeId, TypeId>,
        mk: impl FnOnce(TypeId) -> Type,
    ) -> TypeId {
        let r = self.subst_in(inner, smap, seen);
        if r == inner {
            t
        } else {
            self.w.types.add(mk(r))
        }
    }

    fn subst_vars(
        &mut self,
        vars: &[ObjId],
        smap: &SubstMap,
        seen: &mut HashMap<TypeId, TypeId>,
    ) -> (Vec<ObjId>, bool) {
        let mut changed = false;
        let out = vars
            .iter()
            .map(|&v| {
                let vt = self.w.type_of(v);
                let nt = self.subst_in(vt, smap, seen);
                if nt != vt {
                    changed = true;
                    self.clone_var(v, nt)
                } else {
                    v
                }
            })
            .collect();
        (out, changed)
    }

    fn clone_var(&mut self, v: ObjId, t: TypeId) -> ObjId {
        self.clone_obj(v, t)
    }

    fn clone_obj(&mut self, o: ObjId, t: TypeId) -> ObjId {
        let src = self.w.obj(o);
        let copy = Object {
            kind: src.kind.clone(),
            name: src.name.clone(),
            pkg: src.pkg,
            pos: src.pos,
            typ: Some(t),
            parent: None,
        };
        self.w.new_obj(copy)
    }

    // ------------------------------------------------------------------
    // Instantiation

    /// The instance `orig[targs]` of a generic named type (created once
    /// per distinct argument list).
    pub(super) fn instantiate_named(&mut self, orig: TypeId, targs: Vec<TypeId>) -> TypeId {
        if let Some(list) = self.w.instances.get(&orig) {
            for &inst in list {
                if let Type::Named(n) = self.w.types.get(inst)
                    && n.targs.len() == targs.len()
                    && n.targs
                        .iter()
                        .zip(&targs)
                        .all(|(a, b)| self.w.identical(*a, *b))
                {
                    return inst;
                }
            }
        }
        let Type::Named(g) = self.w.types.get(orig).clone() else {
            return orig;
        };
        let inst = self.w.types.add(Type::Named(Named {
            obj: g.obj,
            underlying: None,
            methods: g.methods.clone(),
            tparams: g.tparams.clone(),
            orig: Some(orig),
            targs: targs.clone(),
        }));
        self.w.instances.entry(orig).or_default().push(inst);
        self.resolve_instance(inst);
        inst
    }

    /// Computes an instance's underlying type if its generic type's is
    /// known (otherwise it is done when the generic type is complete).
    pub(super) fn resolve_instance(&mut self, inst: TypeId) {
        let Type::Named(n) = self.w.types.get(inst).clone() else {
            return;
        };
        let Some(orig) = n.orig else { return };
        let Type::Named(g) = self.w.types.get(orig).clone() else {
            return;
        };
        let Some(u) = g.underlying else { return };
        if n.underlying.is_some() {
            return;
        }
        // An instance met again while its generic type's instances are
        // being expanded (`type A[P any] [1]A[*P]` expands forever) stays
        // unresolved: its underlying type is never needed to finish the
        // declaration, and gc reports such types as invalid recursive types.
        if self.expanding.contains(&orig) {
            return;
        }
        let smap = self.tparam_map(&g.tparams, &n.targs);
        // Mark as in progress to stop recursion through the instance itself.
        self.w.set_underlying(inst, TypeId::INVALID);
        self.expanding.push(orig);
        let su = self.subst(u, &smap);
        self.expanding.pop();
        let su = self.w.types.under(su);
        self.w.set_underlying(inst, su);
    }

    /// Resolves the pending instances of generic type `orig` (after its
    /// declaration set its underlying type).
    pub(super) fn complete_instances(&mut self, orig: TypeId) {
        let list = self.w.instances.get(&orig).cloned().unwrap_or_default();
        for inst in list {
            let pending = matches!(self.w.types.get(inst), Type::Named(n) if n.underlying.is_none() || n.underlying == Some(TypeId::INVALID));
            if pending {
                if let Type::Named(n) = self.w.types.get_mut(inst) {
                    n.underlying = None;
                }
                self.resolve_instance(inst);
            }
        }
    }

    pub(super) fn tparam_map(&self, tparams: &[ObjId], targs: &[TypeId]) -> SubstMap {
        tparams
            .iter()
            .zip(targs)
            .map(|(&p, &a)| (self.w.type_of(p), a))
            .collect()
    }

    /// The signature of method `m` as a member of `recv_type` (an instance
    /// of a generic type: the receiver's type parameters are substituted).
    pub(super) fn method_sig_for(&mut self, m: ObjId, recv_type: TypeId) -> TypeId {
        let sig = self.method_type(m);
        let base = match self.w.types.get(self.w.types.unalias(recv_type)) {
            Type::Pointer(b) => *b,
            _ => recv_type,
        };
        let Type::Named(n) = self.w.types.get(self.w.types.unalias(base)).clone() else {
            return sig;
        };
        if n.targs.is_empty() {
            return sig;
        }
        let Type::Signature(s) = self.w.types.get(sig).clone() else {
            return sig;
        };
        let smap = self.tparam_map(&s.rparams, &n.targs);
        self.subst(sig, &smap)
    }

    /// Checks that each type argument satisfies its constraint (types2's
    /// `verify`). The error is reported at the failing type argument's
    /// expression if it was written (`exprs`), else at `fallback` (the
    /// call's `(` for inferred arguments).
    pub(super) fn verify_targs(
        &mut self,
        fallback: crate::syntax::Pos,
        exprs: &'a [crate::syntax::ast::Expr],
        tparams: &[ObjId],
        targs: &[TypeId],
    ) -> bool {
        if let Some(list) = &mut self.deferred_verify {
            list.push((fallback, exprs, tparams.to_vec(), targs.to_vec()));
            return true;
        }
        let smap = self.tparam_map(tparams, targs);
        for (i, &tp) in tparams.iter().enumerate() {
            let Some(&targ) = targs.get(i) else { break };
            let tpt = self.w.type_of(tp);
            let Type::TypeParam(p) = self.w.types.get(tpt).clone() else {
                continue;
            };
            let Some(bound) = p.bound else { continue };
            let bound = self.subst(bound, &smap);
            let mut cause = String::new();
            if !self.satisfies(targ, bound, &mut cause) {
                match exprs.get(i) {
                    Some(e) => self.error(e, cause),
                    None => self.error_pos(fallback, cause),
                }
                return false;
            }
        }
        true
    }

    /// Whether `v` satisfies constraint `t` (types2's `implements` with
    /// `constraint` set).
    pub(super) fn satisfies(&mut self, v: TypeId, t: TypeId, cause: &mut String) -> bool {
        if v == TypeId::INVALID || t == TypeId::INVALID {
            return true;
        }
        let set = self.w.type_set(t);
        if set.is_all() {
            return true;
        }
        let (vs, ts) = (self.type_str(v), self.type_str(t));
        if let Some(terms) = &set.terms
            && terms.is_empty()
        {
            *cause = format!("cannot satisfy {ts} (empty type set)");
            return false;
        }
        // methods
        if !set.methods.is_empty() {
            let iface = self.w.types.add(Type::Interface(Interface {
                methods: set.methods.clone(),
                embeddeds: Vec::new(),
                implicit: false,
            }));
            let mut c = String::new();
            if !self.implements(v, iface, &mut c) {
                let detail = c
                    .split_once(" (")
                    .map(|(_, d)| format!("({d}"))
                    .unwrap_or_default();
                *cause = format!("{vs} does not satisfy {ts} {detail}")
                    .trim_end()
                    .to_string();
                return false;
            }
        }
        if let Some(terms) = &set.terms {
            let vset = self.w.tparam_set(v);
            let ok = match vset {
                Some(vs_set) => match vs_set.terms {
                    None => false,
                    Some(vterms) => vterms.iter().all(|vt| {
                        terms
                            .iter()
                            .any(|t| self.term_includes(t, vt.typ, vt.tilde))
                    }),
                },
                None => terms.iter().any(|t| self.term_includes(t, v, false)),
            };
            if !ok {
                let alt = terms
                    .iter()
                    .find(|t| {
                        !t.tilde
                            && self
                                .w
                                .identical(self.w.types.under(t.typ), self.w.types.under(v))
                            && !self.w.types.is_named(t.typ)
                    })
                    .map(|t| t.typ);
                let _ = alt;
                let tilde_alt = terms.iter().find(|t| {
                    !t.tilde
                        && self.w.identical(t.typ, self.w.types.under(t.typ))
                        && self.w.identical(t.typ, self.w.types.under(v))
                });
                *cause = match tilde_alt {
                    Some(t) => {
                        let s = self.type_str(t.typ);
                        format!("{vs} does not satisfy {ts} (possibly missing ~ for {s} in {ts})")
                    }
                    None => format!(
                        "{vs} does not satisfy {ts} ({vs} missing in {})",
                        self.terms_str(terms)
                    ),
                };
                return false;
            }
        }
        if set.comparable && !self.comparable_type(v) {
            *cause = format!("{vs} does not satisfy comparable");
            return false;
        }
        true
    }

    fn terms_str(&self, terms: &[Term]) -> String {
        terms
            .iter()
            .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, self.type_str(t.typ)))
            .collect::<Vec<_>>()
            .join(" | ")
    }

    fn term_includes(&self, term: &Term, v: TypeId, v_tilde: bool) -> bool {
        if term.tilde {
            self.w
                .identical(self.w.types.under(term.typ), self.w.types.under(v))
        } else {
            !v_tilde && self.w.identical(term.typ, v)
        }
    }

    /// Comparability for constraint satisfaction (interfaces count).
    pub(super) fn comparable_type(&mut self, t: TypeId) -> bool {
        if let Some(set) = self.w.tparam_set(t) {
            return set.comparable
                || set.terms.as_ref().is_some_and(|ts| {
                    !ts.is_empty() && ts.iter().all(|term| self.w.comparable(term.typ))
                });
        }
        self.w.comparable(t)
    }

    // ------------------------------------------------------------------
    // Inference

    /// Infers the type arguments of a generic function from typed
    /// argument values (`args[i]` for parameter `params[i]`), then from
    /// untyped constants' default types and from core types of
    /// constraints. Returns None (after reporting) if it cannot.
    pub(super) fn infer(
        &mut self,
        at: &'a crate::syntax::ast::Expr,
        fun: &str,
        tparams: &[ObjId],
        known: &[TypeId],
        params: &[TypeId],
        args: &[(TypeId, bool, Option<&'a crate::syntax::ast::Expr>)],
    ) -> Option<Vec<TypeId>> {
        let tps: Vec<TypeId> = tparams.iter().map(|&p| self.w.type_of(p)).collect();
        let mut inferred: HashMap<TypeId, TypeId> = HashMap::new();
        for (i, &k) in known.iter().enumerate() {
            inferred.insert(tps[i], k);
        }
        // 1. typed arguments for parameters whose types mention type
        // parameters (the others are checked by assignment later)
        for (&p, &(a, untyped, arg)) in params.iter().zip(args) {
            if untyped || a == TypeId::INVALID || !self.mentions_any(p, &tps) {
                continue;
            }
            if !self.unify(p, a, &tps, &mut inferred) {
                let arg_s = arg
                    .map(crate::syntax::printer::expr_string)
                    .unwrap_or_default();
                let (as_, ps) = (self.type_str(a), self.type_str(p));
                let inferred_p = self.subst_partial(p, &inferred);
                let msg = if inferred.is_empty() {
                    let names: Vec<String> = tparams
                        .iter()
                        .map(|&t| self.w.obj(t).name.clone())
                        .collect();
                    format!(
                        "type {as_} of {arg_s} does not match {ps} (cannot infer {})",
                        names.join(", ")
                    )
                } else if inferred_p != p {
                    let is = self.type_str(inferred_p);
                    format!("type {as_} of {arg_s} does not match inferred type {is} for {ps}")
                } else {
                    format!("type {as_} of {arg_s} does not match {ps}")
                };
                match arg {
                    Some(x) => self.error(x, format!("in call to {fun}, {msg}")),
                    None => self.error_pos(at.pos, format!("in call to {fun}, {msg}")),
                }
                return None;
            }
        }
        // 2. core types of constraints: `[S ~[]E]` with S known gives E;
        // `[P *T]` with T known gives P.
        for _ in 0..tps.len() {
            for &tp in &tps {
                let Type::TypeParam(p) = self.w.types.get(tp).clone() else {
                    continue;
                };
                let Some(b) = p.bound else { continue };
                let Some(terms) = self.w.type_set(b).terms else {
                    continue;
                };
                let [term] = terms[..] else { continue };
                match inferred.get(&tp).copied() {
                    Some(t) => {
                        let t = if term.tilde { self.w.types.under(t) } else { t };
                        let _ = self.unify(term.typ, t, &tps, &mut inferred);
                    }
                    None if !term.tilde => {
                        let c = self.subst_partial(term.typ, &inferred);
                        if !self.mentions_any(c, &tps) {
                            inferred.insert(tp, c);
                        }
                    }
                    None => {}
                }
            }
        }
        // 3. untyped constants: default types
        for (&p, &(a, untyped, _)) in params.iter().zip(args) {
            if !untyped {
                continue;
            }
            if let Some(pos) = tps.iter().position(|&t| t == p)
                && !inferred.contains_key(&tps[pos])
            {
                inferred.insert(tps[pos], super::expr::default_type(a));
            }
        }
        let mut out = Vec::new();
        for (i, &tp) in tps.iter().enumerate() {
            match inferred.get(&tp) {
                Some(&t) => {
                    let t = self.subst_partial(t, &inferred);
                    out.push(t);
                }
                None => {
                    let o = self.w.obj(tparams[i]);
                    let name = o.name.clone();
                    let declared = self.pos_string(o.pos);
                    self.error_pos(
                        at.pos,
                        format!("in call to {fun}, cannot infer {name} (declared at {declared})"),
                    );
                    return None;
                }
            }
        }
        // Inferred type arguments must have the methods their constraints
        // require (types2 reports this as part of inference).
        for (i, &tp) in tparams.iter().enumerate().skip(known.len()) {
            let tpt = self.w.type_of(tp);
            let Type::TypeParam(p) = self.w.types.get(tpt).clone() else {
                continue;
            };
            let Some(bound) = p.bound else { continue };
            if self.w.type_set(bound).methods.is_empty() {
                continue;
            }
            let smap = self.tparam_map(tparams, &out);
            let bound = self.subst(bound, &smap);
            let mut cause = String::new();
            if !self.satisfies(out[i], bound, &mut cause) && cause.contains("(missing method") {
                let detail = cause
                    .find(" (")
                    .map(|j| cause[j + 1..].to_string())
                    .unwrap_or_default();
                let (name, ts, bs) = (
                    self.w.obj(tp).name.clone(),
                    self.type_str(out[i]),
                    self.type_str(bound),
                );
                self.error_pos(
                    at.pos,
                    format!("in call to {fun}, {name} (type {ts}) does not satisfy {bs} {detail}"),
                );
                return None;
            }
        }
        Some(out)
    }

    /// Reports a generic function or type used as a value without
    /// instantiation (types2's `nonGeneric`); with a target function type,
    /// the function's type arguments are inferred from it instead.
    pub(super) fn non_generic(
        &mut self,
        x: &mut super::operand::Operand<'a>,
        target: Option<TypeId>,
    ) {
        use super::operand::Mode;
        if x.is_invalid() || x.mode == Mode::NoValue {
            return;
        }
        let what = match self.w.types.get(x.typ) {
            Type::Named(n) if !n.tparams.is_empty() && n.targs.is_empty() => "type",
            Type::Alias(a) if !a.tparams.is_empty() && a.targs.is_empty() => "type",
            Type::Signature(sig) if !sig.tparams.is_empty() => {
                if let Some(t) = target
                    && let Some(inst) = self.infer_from_target(x.typ, t)
                {
                    x.typ = inst;
                    if let Some(e) = x.expr {
                        self.record_type(e, inst, None);
                    }
                    return;
                }
                "function"
            }
            _ => return,
        };
        if let Some(e) = x.expr {
            let es = crate::syntax::printer::expr_string(e);
            self.error(
                e,
                format!("cannot use generic {what} {es} without instantiation"),
            );
        }
        x.mode = Mode::Invalid;
        x.typ = TypeId::INVALID;
    }

    /// Instantiates generic signature `sig` so that it matches the
    /// function type `target` (reverse type inference), if possible.
    fn infer_from_target(&mut self, sig: TypeId, target: TypeId) -> Option<TypeId> {
        let Type::Signature(s) = self.w.types.get(sig).clone() else {
            return None;
        };
        let tu = self.w.types.under(target);
        if !matches!(self.w.types.get(tu), Type::Signature(_)) {
            return None;
        }
        let tps: Vec<TypeId> = s.tparams.iter().map(|&p| self.w.type_of(p)).collect();
        let mut inferred = HashMap::new();
        let generic = self.w.types.add(Type::Signature(Signature {
            tparams: Vec::new(),
            ..s.clone()
        }));
        if !self.unify(generic, tu, &tps, &mut inferred) {
            return None;
        }
        let targs: Option<Vec<TypeId>> = tps.iter().map(|t| inferred.get(t).copied()).collect();
        Some(self.instantiate_sig(sig, &targs?))
    }

    fn subst_partial(&mut self, t: TypeId, inferred: &HashMap<TypeId, TypeId>) -> TypeId {
        let mut smap: SubstMap = inferred.clone();
        // resolve chains
        for _ in 0..4 {
            let next: SubstMap = smap
                .iter()
                .map(|(&k, &v)| (k, self.subst(v, &smap)))
                .collect();
            if next == smap {
                break;
            }
            smap = next;
        }
        self.subst(t, &smap)
    }

    fn mentions_any(&self, t: TypeId, tps: &[TypeId]) -> bool {
        let mut stack = vec![t];
        let mut seen = Vec::new();
        while let Some(t) = stack.pop() {
            if tps.contains(&t) {
                return true;
            }
            if seen.contains(&t) {
                continue;
            }
            seen.push(t);
            match self.w.types.get(t) {
                Type::Pointer(x) | Type::Slice(x) | Type::Array(_, x) | Type::Chan(_, x) => {
                    stack.push(*x)
                }
                Type::Map(k, v) => {
                    stack.push(*k);
                    stack.push(*v);
                }
                Type::Signature(s) => {
                    stack.extend(
                        s.params
                            .iter()
                            .chain(&s.results)
                            .map(|&v| self.w.type_of(v)),
                    );
                }
                Type::Named(n) => stack.extend(n.targs.iter().copied()),
                Type::Struct(f) => stack.extend(f.iter().map(|f| self.w.type_of(f.obj))),
                _ => {}
            }
        }
        false
    }

    /// Unifies parameter type `x` (may mention type parameters `tps`) with
    /// argument type `y`, recording inferred type arguments. Inexact as
    /// types2's: a defined type unifies with a type literal through its
    /// underlying type.
    fn unify(
        &mut self,
        x: TypeId,
        y: TypeId,
        tps: &[TypeId],
        inferred: &mut HashMap<TypeId, TypeId>,
    ) -> bool {
        let mut depth = 0;
        self.unify_in(x, y, tps, inferred, &mut depth)
    }

    fn unify_in(
        &mut self,
        x: TypeId,
        y: TypeId,
        tps: &[TypeId],
        inferred: &mut HashMap<TypeId, TypeId>,
        depth: &mut u32,
    ) -> bool {
        *depth += 1;
        if *depth > 64 {
            return true;
        }
        let (x, y) = (self.w.types.unalias(x), self.w.types.unalias(y));
        if x == y && tps.contains(&x) {
            // A recursive call inside the generic function itself: the
            // callee's parameter stands for the caller's own.
            inferred.entry(x).or_insert(x);
            return true;
        }
        // Type parameters being inferred may be bound to each other
        // (f(g) with both generic); follow such bindings first.
        let (x, y) = (
            find_binding(inferred, tps, x),
            find_binding(inferred, tps, y),
        );
        let (x, y) = if !tps.contains(&x) && tps.contains(&y) {
            (y, x)
        } else {
            (x, y)
        };
        if tps.contains(&x) {
            if x == y {
                return true;
            }
            match inferred.get(&x).copied().filter(|&p| p != x) {
                None => {
                    inferred.insert(x, y);
                    return true;
                }
                Some(prev) => {
                    if self.w.identical(prev, y) {
                        return true;
                    }
                    // A defined type beats its underlying literal type.
                    if self
                        .w
                        .identical(self.w.types.under(prev), self.w.types.under(y))
                    {
                        if self.w.types.is_named(y) && !self.w.types.is_named(prev) {
                            inferred.insert(x, y);
                        }
                        return true;
                    }
                    // Both may still contain unbound type parameters.
                    return self.unify_in(prev, y, tps, inferred, depth);
                }
            }
        }
        if (x == y || self.w.identical(x, y)) && !self.mentions_any(x, tps) {
            return true;
        }
        let (tx, ty) = (self.w.types.get(x).clone(), self.w.types.get(y).clone());
        match (&tx, &ty) {
            (Type::Named(a), Type::Named(b)) => {
                if a.orig.is_some() && a.orig == b.orig {
                    return a
                        .targs
                        .clone()
                        .iter()
                        .zip(b.targs.clone().iter())
                        .all(|(p, q)| self.unify_in(*p, *q, tps, inferred, depth));
                }
                if a.targs.is_empty() {
                    return false;
                }
                // inexact: compare underlying types
                let (ua, ub) = (self.w.types.under(x), self.w.types.under(y));
                ua != x && ub != y && self.unify_in(ua, ub, tps, inferred, depth)
            }
            (Type::Named(_), _) => {
                let u = self.w.types.under(x);
                u != x && u != TypeId::INVALID && self.unify_in(u, y, tps, inferred, depth)
            }
            (_, Type::Named(_)) => {
                let u = self.w.types.under(y);
                u != y && u != TypeId::INVALID && self.unify_in(x, u, tps, inferred, depth)
            }
            (Type::Pointer(a), Type::Pointer(b)) | (Type::Slice(a), Type::Slice(b)) => {
                self.unify_in(*a, *b, tps, inferred, depth)
            }
            (Type::Array(n, a), Type::Array(m, b)) => {
                n == m && self.unify_in(*a, *b, tps, inferred, depth)
            }
            (Type::Chan(_, a), Type::Chan(_, b)) => self.unify_in(*a, *b, tps, inferred, depth),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify_in(*k1, *k2, tps, inferred, depth)
                    && self.unify_in(*v1, *v2, tps, inferred, depth)
            }
            (Type::Signature(a), Type::Signature(b)) => {
                a.params.len() == b.params.len()
                    && a.results.len() == b.results.len()
                    && a.variadic == b.variadic
                    && a.params
                        .iter()
                        .zip(&b.params)
                        .chain(a.results.iter().zip(&b.results))
                        .all(|(p, q)| {
                            let (pt, qt) = (self.w.type_of(*p), self.w.type_of(*q));
                            self.unify_in(pt, qt, tps, inferred, depth)
                        })
            }
            (Type::Struct(a), Type::Struct(b)) => {
                a.len() == b.len()
                    && a.iter().zip(b).all(|(f, g)| {
                        let (ft, gt) = (self.w.type_of(f.obj), self.w.type_of(g.obj));
                        self.w.obj(f.obj).name == self.w.obj(g.obj).name
                            && self.unify_in(ft, gt, tps, inferred, depth)
                    })
            }
            (Type::Interface(_), _) | (_, Type::Interface(_)) => true,
            // An argument whose type is a (caller's) type parameter unifies
            // through its core type.
            (_, Type::TypeParam(_)) => match self.w.core_type(y) {
                Some(c) if c != y && c != TypeId::INVALID => {
                    self.unify_in(x, c, tps, inferred, depth)
                }
                _ => false,
            },
            (Type::TypeParam(_), _) => false,
            _ => false,
        }
    }

    /// Whether type `t` is a generic function signature.
    pub(super) fn is_generic_func(&self, t: TypeId) -> bool {
        matches!(self.w.types.get(t), Type::Signature(s) if !s.tparams.is_empty())
    }

    /// Instantiates a generic function signature with `targs`.
    pub(super) fn instantiate_sig(&mut self, sig: TypeId, targs: &[TypeId]) -> TypeId {
        let Type::Signature(s) = self.w.types.get(sig).clone() else {
            return sig;
        };
        let smap = self.tparam_map(&s.tparams, targs);
        let inst = self.subst(sig, &smap);
        let inst = if inst == sig {
            self.w.types.add(Type::Signature(s.clone()))
        } else {
            inst
        };
        if let Type::Signature(is) = self.w.types.get_mut(inst) {
            is.tparams.clear();
        }
        inst
    }

    /// Whether obj is a type name of a generic type.
    pub(super) fn generic_type_params(&self, t: TypeId) -> Option<Vec<ObjId>> {
        match self.w.types.get(t) {
            Type::Named(n) if !n.tparams.is_empty() && n.targs.is_empty() => {
                Some(n.tparams.clone())
            }
            Type::Alias(a) if !a.tparams.is_empty() && a.targs.is_empty() => {
                Some(a.tparams.clone())
            }
            _ => None,
        }
    }

    #[allow(dead_code)]
    fn is_var(&self, o: ObjId) -> bool {
        matches!(self.w.obj(o).kind, ObjKind::Var { .. })
    }
}

/// Follows bindings between type parameters being inferred: a parameter
/// bound to another parameter stands for that one.
fn find_binding(inferred: &HashMap<TypeId, TypeId>, tps: &[TypeId], mut t: TypeId) -> TypeId {
    for _ in 0..tps.len() + 1 {
        match inferred.get(&t) {
            Some(&b) if tps.contains(&b) && b != t => t = b,
            _ => break,
        }
    }
    t
}
