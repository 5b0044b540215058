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

    pub(super) fn clone_obj(&mut self, o: ObjId, t: TypeId) -> ObjId {
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
        let Some(owner) = self.method_owner(m, base) else {
            return sig;
        };
        let Type::Named(n) = self.w.types.get(owner).clone() else {
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

    /// The named type declaring method `m` that `t` is or embeds
    /// (breadth first through embedded fields, pointers followed): a
    /// promoted method of an embedded instance (`struct{ Base[int] }`)
    /// takes that instance's type arguments.
    fn method_owner(&self, m: ObjId, t: TypeId) -> Option<TypeId> {
        let mut level = vec![t];
        for _ in 0..16 {
            let mut next = Vec::new();
            for t in level {
                let t = self.w.types.unalias(t);
                let t = match self.w.types.get(t) {
                    Type::Pointer(b) => self.w.types.unalias(*b),
                    _ => t,
                };
                if let Type::Named(n) = self.w.types.get(t)
                    && n.methods.contains(&m)
                {
                    return Some(t);
                }
                if let Type::Struct(fields) = self.w.types.get(self.w.types.under(t)) {
                    next.extend(
                        fields
                            .iter()
                            .filter(|f| f.embedded)
                            .map(|f| self.w.type_of(f.obj)),
                    );
                }
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
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
        // A type parameter with an empty type set satisfies anything (the
        // empty set is a subset of any set).
        if self
            .w
            .tparam_set(v)
            .is_some_and(|s| s.terms.is_some_and(|t| t.is_empty()))
        {
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
                    None if self.mentions(t, v) => format!(
                        "{vs} does not satisfy {ts} ({ts} mentions {vs}, but {vs} is not in the type set of {ts})"
                    ),
                    None => format!(
                        "{vs} does not satisfy {ts} ({vs} missing in {})",
                        self.terms_str(terms)
                    ),
                };
                return false;
            }
        }
        // A comparable constraint: a type parameter must be strictly
        // comparable, other types comparable as the spec says.
        let comparable_set = match &set.terms {
            None => set.comparable,
            Some(ts) => !ts.is_empty() && ts.iter().all(|t| self.w.strictly_comparable(t.typ)),
        };
        if comparable_set && !self.comparable_type(v) {
            *cause = format!("{vs} does not satisfy comparable");
            return false;
        }
        true
    }

    /// Whether constraint `t` names type `v` in one of its type elements
    /// (not looking into named interfaces it embeds).
    fn mentions(&self, t: TypeId, v: TypeId) -> bool {
        match self.w.types.get(self.w.types.unalias(t)) {
            Type::Named(_) if self.w.types.is_interface(t) => {
                let u = self.w.types.under(t);
                u != t && self.mentions(u, v)
            }
            Type::Interface(i) => i.embeddeds.iter().any(|&e| self.mentions_elem(e, v)),
            _ => false,
        }
    }

    fn mentions_elem(&self, e: TypeId, v: TypeId) -> bool {
        match self.w.types.get(self.w.types.unalias(e)) {
            Type::Interface(_) => self.mentions(e, v),
            Type::Union(terms) => terms.iter().any(|t| self.mentions_elem(t.typ, v)),
            _ => self.w.identical(e, v),
        }
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
        self.w.comparable(t)
    }

    /// Reports a generic function or type used as a value without
    /// instantiation (types2's `nonGeneric`); with a target function type,
    /// the function's type arguments are inferred from it instead.
    pub(super) fn non_generic(
        &mut self,
        x: &mut super::operand::Operand<'a>,
        target: Option<TypeId>,
        desc: &str,
    ) {
        use super::operand::Mode;
        if x.is_invalid() || x.mode == Mode::NoValue {
            return;
        }
        let what = match self.w.types.get(x.typ).clone() {
            Type::Named(n) if !n.tparams.is_empty() && n.targs.is_empty() => "type",
            Type::Alias(a) if !a.tparams.is_empty() && a.targs.is_empty() => "type",
            Type::Signature(sig) if !sig.tparams.is_empty() => {
                // A partial instantiation (`f[int]`) infers the rest from
                // its constraints, a target function type from that type.
                let partial = x.expr.is_some_and(|e| {
                    matches!(e.unparen().kind, crate::syntax::ast::ExprKind::Index(..))
                });
                if partial || target.is_some_and(|t| self.target_signature(t).is_some()) {
                    if let Some(targs) = self.infer_partial(x, &[], target, desc) {
                        let (pos, tparams) = (x.expr.map(|e| e.pos), sig.tparams.clone());
                        self.verify_targs(pos.unwrap_or_default(), &[], &tparams, &targs);
                        let inst = self.instantiate_sig(x.typ, &targs);
                        x.typ = inst;
                        if let Some(e) = x.expr {
                            self.record_type(e, inst, None);
                            self.record_instance(e, &targs);
                        }
                    } else {
                        x.mode = Mode::Invalid;
                        x.typ = TypeId::INVALID;
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

    /// The function type an assignment target of type `t` requires, if
    /// any (types2's `newTarget`).
    pub(super) fn target_signature(&self, t: TypeId) -> Option<TypeId> {
        let u = self.w.core_type(t)?;
        matches!(self.w.types.get(u), Type::Signature(_)).then_some(u)
    }

    /// The type arguments of generic function value `x` given the first
    /// ones, `targs`: the others are inferred from the constraints and,
    /// with a function type as `target`, from that type (reverse type
    /// inference, types2's `funcInst`). Reports and returns None if they
    /// cannot be inferred; the caller verifies and instantiates.
    pub(super) fn infer_partial(
        &mut self,
        x: &super::operand::Operand<'a>,
        targs: &[TypeId],
        target: Option<TypeId>,
        desc: &str,
    ) -> Option<Vec<TypeId>> {
        let Type::Signature(s) = self.w.types.get(x.typ).clone() else {
            return None;
        };
        let (tparams, rename) = self.rename_tparams(&s.tparams);
        let mut params = Vec::new();
        let mut args = Vec::new();
        if let Some(tsig) = target.and_then(|t| self.target_signature(t)) {
            let generic = self.w.types.add(Type::Signature(Signature {
                recv: None,
                tparams: Vec::new(),
                ..s.clone()
            }));
            params.push(self.subst(generic, &rename));
            args.push(super::infer::InferArg {
                typ: tsig,
                expr: x.expr,
                label: Some(desc.to_string()),
            });
        }
        let partial = self.partial_targs.get(&x.typ).cloned().unwrap_or_default();
        let known: Vec<Option<TypeId>> = targs.iter().chain(&partial).map(|&t| Some(t)).collect();
        let pos = x.expr.map(|e| e.pos).unwrap_or_default();
        match self.infer_targs(&tparams, &known, &params, &args, true) {
            Ok(all) => Some(all),
            Err(err) => {
                self.report_infer_error(pos, "", err);
                None
            }
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

    /// Records `targs` as the type arguments of the generic function or
    /// method that `e` names (`f`, `f[int]`, `p.F`, `x.M`), by its
    /// name's position (`Info::instances`).
    pub(super) fn record_instance(&mut self, e: &crate::syntax::ast::Expr, targs: &[TypeId]) {
        use crate::syntax::ast::ExprKind;
        let mut x = e.unparen();
        if let ExprKind::Index(inner, _) = &x.kind {
            x = inner.unparen();
        }
        let pos = match &x.kind {
            ExprKind::Name(_) => x.pos,
            ExprKind::Selector(_, sel) => sel.pos,
            _ => return,
        };
        let gp = self.gpos(pos);
        self.info.instances.insert(gp, targs.to_vec());
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
