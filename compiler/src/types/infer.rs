//! Type argument inference, following the design of types2's `infer.go`
//! and `unify.go` (Go 1.21 rules): function arguments are unified with
//! parameter types, then type parameters are unified with the core types
//! and methods of their constraints until nothing changes, then untyped
//! constant arguments give their default types, and finally inferred
//! types are simplified by substituting them into each other.
//!
//! The unifier binds each type parameter being inferred to a *handle*;
//! unifying two such parameters makes them share one handle, so whatever
//! one learns the other knows.

use super::check::Checker;
use super::generics::SubstMap;
use super::object::ObjId;
use super::ty::{ChanDir, Signature, Term, Type, TypeId, TypeParam};
use crate::syntax::Pos;
use crate::syntax::ast::Expr;
use crate::syntax::printer::expr_string;

/// Unification gives up below this depth (types2's limit).
const DEPTH_LIMIT: u32 = 50;

/// One argument of inference: its type and what to call it in messages.
pub(super) struct InferArg<'a> {
    pub typ: TypeId,
    /// Where an error about this argument is reported.
    pub expr: Option<&'a Expr>,
    /// The argument as printed in messages (the expression if None).
    pub label: Option<String>,
}

/// An inference failure: the message and where to report it (at the
/// argument, or at the call if None).
pub(super) struct InferError<'a> {
    pub at: Option<&'a Expr>,
    pub msg: String,
}

/// How strictly two types must agree.
#[derive(Clone, Copy, PartialEq, Eq)]
struct UnifyMode {
    /// An argument assigned to a parameter: nested types must be exact.
    assign: bool,
    /// Types must be identical (no underlying types, no channel
    /// direction leeway, no interface method matching).
    exact: bool,
}

const INEXACT: UnifyMode = UnifyMode {
    assign: false,
    exact: false,
};
const ASSIGN: UnifyMode = UnifyMode {
    assign: true,
    exact: false,
};
const EXACT: UnifyMode = UnifyMode {
    assign: false,
    exact: true,
};

/// The state of unification: which type each type parameter stands for.
struct Unifier {
    /// The type parameters being inferred.
    tps: Vec<TypeId>,
    /// For each type parameter, the index of its handle in `bound`.
    handle: Vec<usize>,
    /// The handles: the inferred type, if known.
    bound: Vec<Option<TypeId>>,
    depth: u32,
    /// Go 1.21 inference: interfaces unify through their methods, and a
    /// type with an interface through its methods.
    iface_inference: bool,
}

impl Unifier {
    fn new(tps: Vec<TypeId>, known: &[Option<TypeId>], iface_inference: bool) -> Unifier {
        let n = tps.len();
        let bound = (0..n).map(|i| known.get(i).copied().flatten()).collect();
        Unifier {
            tps,
            handle: (0..n).collect(),
            bound,
            depth: 0,
            iface_inference,
        }
    }

    fn at(&self, i: usize) -> Option<TypeId> {
        self.bound[self.handle[i]]
    }

    fn set(&mut self, i: usize, t: TypeId) {
        let h = self.handle[i];
        self.bound[h] = Some(t);
    }

    fn unknowns(&self) -> usize {
        (0..self.tps.len())
            .filter(|&i| self.at(i).is_none())
            .count()
    }

    fn inferred(&self) -> Vec<Option<TypeId>> {
        (0..self.tps.len()).map(|i| self.at(i)).collect()
    }

    /// Makes type parameters `i` and `j` share a handle; false if both
    /// are already bound (to types that still need unifying).
    fn join(&mut self, i: usize, j: usize) -> bool {
        let (hi, hj) = (self.handle[i], self.handle[j]);
        if hi == hj {
            return true;
        }
        let (from, to) = match (self.bound[hi], self.bound[hj]) {
            (Some(_), Some(_)) => return false,
            (Some(_), None) => (hj, hi),
            _ => (hi, hj),
        };
        for h in &mut self.handle {
            if *h == from {
                *h = to;
            }
        }
        true
    }
}

impl<'a> Checker<'a, '_> {
    /// Infers the missing type arguments (`targs`, None where unknown) of
    /// type parameters `tparams` from arguments `args` passed to
    /// parameters of types `params` (types2's `infer`). `reverse` words
    /// mismatches for inference from an assignment's target type.
    pub(super) fn infer_targs(
        &mut self,
        tparams: &[ObjId],
        targs: &[Option<TypeId>],
        params: &[TypeId],
        args: &[InferArg<'a>],
        reverse: bool,
    ) -> Result<Vec<TypeId>, InferError<'a>> {
        let tps: Vec<TypeId> = tparams.iter().map(|&p| self.w.type_of(p)).collect();
        if targs.len() == tps.len() && targs.iter().all(Option::is_some) {
            return Ok(targs.iter().flatten().copied().collect());
        }
        // Known type arguments are substituted into the parameters first.
        let smap: SubstMap = tps
            .iter()
            .zip(targs)
            .filter_map(|(&p, t)| t.map(|t| (p, t)))
            .collect();
        let params: Vec<TypeId> = params.iter().map(|&p| self.subst(p, &smap)).collect();
        let mut u = Unifier::new(tps.clone(), targs, self.allow_version((1, 21)));
        let untyped = self.unify_args(&mut u, tparams, &params, args, reverse)?;
        self.unify_constraints(&mut u, tparams)?;
        self.default_untyped(&mut u, &params, args, &untyped)?;
        let mut inferred = u.inferred();
        self.kill_cycles(&tps, &mut inferred);
        self.simplify(&tps, targs, &mut inferred);
        let mut out = Vec::with_capacity(tps.len());
        for (i, t) in inferred.into_iter().enumerate() {
            match t {
                Some(t) if !self.is_parameterized(&tps, t) => out.push(t),
                _ => {
                    let o = self.w.obj(tparams[i]);
                    let (name, pos) = (o.name.clone(), o.pos);
                    let declared = self.pos_string(pos);
                    return Err(InferError {
                        at: None,
                        msg: format!("cannot infer {name} (declared at {declared})"),
                    });
                }
            }
        }
        Ok(out)
    }

    /// Unifies the typed arguments with their parameters; returns the
    /// indices of untyped constant arguments passed to a bare type
    /// parameter (they are considered last).
    fn unify_args(
        &mut self,
        u: &mut Unifier,
        tparams: &[ObjId],
        params: &[TypeId],
        args: &[InferArg<'a>],
        reverse: bool,
    ) -> Result<Vec<usize>, InferError<'a>> {
        let mut untyped = Vec::new();
        for (i, (&par, arg)) in params.iter().zip(args).enumerate() {
            if !self.is_parameterized(&u.tps, par) && !self.is_parameterized(&u.tps, arg.typ) {
                continue;
            }
            if !self.w.is_untyped(arg.typ) {
                if !self.unify(u, par, arg.typ, ASSIGN) {
                    return Err(self.mismatch(u, tparams, par, arg, reverse));
                }
            } else if matches!(self.w.types.get(par), Type::TypeParam(_))
                && arg.typ != TypeId::basic(super::ty::BasicKind::UntypedNil)
            {
                untyped.push(i);
            }
        }
        Ok(untyped)
    }

    /// The message for an argument that does not unify with its parameter.
    fn mismatch(
        &mut self,
        u: &Unifier,
        tparams: &[ObjId],
        par: TypeId,
        arg: &InferArg<'a>,
        reverse: bool,
    ) -> InferError<'a> {
        let inferred = u.inferred();
        let arg_s = arg
            .label
            .clone()
            .unwrap_or_else(|| arg.expr.map(expr_string).unwrap_or_default());
        let (ts, ps) = (self.type_str(arg.typ), self.type_str(par));
        let msg = if inferred.iter().all(Option::is_none) {
            let names: Vec<String> = tparams
                .iter()
                .map(|&p| self.w.obj(p).name.clone())
                .collect();
            format!(
                "type {ts} of {arg_s} does not match {ps} (cannot infer {})",
                and_list(&names)
            )
        } else {
            let smap: SubstMap = u
                .tps
                .iter()
                .zip(&inferred)
                .filter_map(|(&p, t)| t.map(|t| (p, t)))
                .collect();
            let inst = self.subst(par, &smap);
            let is = self.type_str(inst);
            if inst == par {
                format!("type {ts} of {arg_s} does not match {ps}")
            } else if reverse {
                format!("inferred type {is} for {ps} does not match type {ts} of {arg_s}")
            } else {
                format!("type {ts} of {arg_s} does not match inferred type {is} for {ps}")
            }
        };
        InferError { at: arg.expr, msg }
    }

    /// Unifies each type parameter with its constraint's core type and
    /// methods, as long as that teaches something new.
    fn unify_constraints(
        &mut self,
        u: &mut Unifier,
        tparams: &[ObjId],
    ) -> Result<(), InferError<'a>> {
        // Each round binds at least one more type parameter, or stops.
        for _ in 0..=u.tps.len() {
            let before = u.unknowns();
            for (i, &tp) in u.tps.clone().iter().enumerate() {
                let tx = u.at(i);
                if let Some((core, single)) = self.core_term(tp) {
                    match tx {
                        Some(tx) if !self.unify(u, tx, core.typ, INEXACT) => {
                            let msg = self.not_satisfied(tparams[i], tx, "");
                            return Err(InferError { at: None, msg });
                        }
                        None if single && !core.tilde => u.set(i, core.typ),
                        _ => {}
                    }
                }
                if let Some(tx) = tx
                    && !self.is_parameterized(&u.tps, tx)
                    && let Some(cause) = self.unify_methods(u, tp, tx)
                {
                    let msg = self.not_satisfied(tparams[i], tx, &format!(" {cause}"));
                    return Err(InferError { at: None, msg });
                }
            }
            if u.unknowns() == before {
                break;
            }
        }
        Ok(())
    }

    /// "P (type T) does not satisfy C<detail>".
    fn not_satisfied(&self, tparam: ObjId, t: TypeId, detail: &str) -> String {
        let name = self.w.obj(tparam).name.clone();
        let tpt = self.w.type_of(tparam);
        let bound = match self.w.types.get(tpt) {
            Type::TypeParam(p) => p.bound.unwrap_or(TypeId::INVALID),
            _ => TypeId::INVALID,
        };
        let (ts, bs) = (self.type_str(t), self.type_str(bound));
        format!("{name} (type {ts}) does not satisfy {bs}{detail}")
    }

    /// Unifies the methods of `t` with those required by type parameter
    /// `tp`'s constraint; the cause if `t` lacks one.
    fn unify_methods(&mut self, u: &mut Unifier, tp: TypeId, t: TypeId) -> Option<String> {
        let bound = match self.w.types.get(tp) {
            Type::TypeParam(p) => p.bound?,
            _ => return None,
        };
        if self.w.type_set(bound).methods.is_empty() {
            return None;
        }
        let mut eq = |c: &mut Self, a: TypeId, b: TypeId| c.unify(u, a, b, EXACT);
        self.missing_method_with(t, bound, true, &mut eq)
            .map(|(_, cause)| cause)
    }

    /// The single term of type parameter `tp`'s constraint (and true), or
    /// a term for the common underlying type of its terms (and false).
    fn core_term(&self, tp: TypeId) -> Option<(Term, bool)> {
        let terms = self.w.tparam_set(tp)?.terms?;
        match terms[..] {
            [] => None,
            [t] => Some((t, true)),
            _ => {
                let core = self.w.core_type(tp)?;
                let tilde = terms.iter().any(|t| t.tilde);
                Some((Term { tilde, typ: core }, false))
            }
        }
    }

    /// Untyped constant arguments for still unknown type parameters give
    /// the default type of the "largest" constant kind passed to each.
    fn default_untyped(
        &mut self,
        u: &mut Unifier,
        params: &[TypeId],
        args: &[InferArg<'a>],
        untyped: &[usize],
    ) -> Result<(), InferError<'a>> {
        let mut max: Vec<(usize, TypeId)> = Vec::new();
        for &k in untyped {
            let Some(i) = self.tparam_index(u, params[k]) else {
                continue;
            };
            if u.at(i).is_some() {
                continue;
            }
            let t = args[k].typ;
            match max.iter_mut().find(|(j, _)| *j == i) {
                None => max.push((i, t)),
                Some((_, m)) => match super::expr::max_untyped(*m, t) {
                    Some(larger) => *m = larger,
                    None => {
                        let (ms, ts) = (self.type_str(*m), self.type_str(t));
                        let ps = self.type_str(params[k]);
                        return Err(InferError {
                            at: args[k].expr,
                            msg: format!("mismatched types {ms} and {ts} (cannot infer {ps})"),
                        });
                    }
                },
            }
        }
        for (i, t) in max {
            u.set(i, super::expr::default_type(t));
        }
        Ok(())
    }

    /// Drops inferred types that refer back to their own type parameter
    /// (directly or through others): they cannot be inferred.
    fn kill_cycles(&self, tps: &[TypeId], inferred: &mut [Option<TypeId>]) {
        for &tp in tps {
            let mut path = Vec::new();
            self.find_cycles(tp, tps, inferred, &mut path);
        }
    }

    fn find_cycles(
        &self,
        t: TypeId,
        tps: &[TypeId],
        inferred: &mut [Option<TypeId>],
        path: &mut Vec<TypeId>,
    ) {
        let t = self.w.types.unalias(t);
        if path.contains(&t) {
            if let Some(i) = tps.iter().position(|&p| p == t) {
                inferred[i] = None;
            }
            return;
        }
        if path.len() > DEPTH_LIMIT as usize * 4 {
            return;
        }
        path.push(t);
        for c in self.type_children(t) {
            self.find_cycles(c, tps, inferred, path);
        }
        if let Some(i) = tps.iter().position(|&p| p == t)
            && let Some(b) = inferred[i]
        {
            self.find_cycles(b, tps, inferred, path);
        }
        path.pop();
    }

    /// The types a type is directly made of (for walks over types).
    fn type_children(&self, t: TypeId) -> Vec<TypeId> {
        match self.w.types.get(t) {
            Type::Pointer(x) | Type::Slice(x) | Type::Array(_, x) | Type::Chan(_, x) => vec![*x],
            Type::Map(k, v) => vec![*k, *v],
            Type::Signature(s) => s
                .params
                .iter()
                .chain(&s.results)
                .map(|&v| self.w.type_of(v))
                .collect(),
            Type::Tuple(vars) => vars.iter().map(|&v| self.w.type_of(v)).collect(),
            Type::Struct(f) => f.iter().map(|f| self.w.type_of(f.obj)).collect(),
            Type::Named(n) => n.targs.clone(),
            Type::Union(terms) => terms.iter().map(|t| t.typ).collect(),
            Type::Interface(i) => i
                .methods
                .iter()
                .map(|&m| self.w.type_of(m))
                .chain(i.embeddeds.iter().copied())
                .collect(),
            Type::Alias(a) => a.actual.into_iter().collect(),
            Type::Basic(_) | Type::TypeParam(_) => Vec::new(),
        }
    }

    /// Substitutes the inferred types into each other until they no
    /// longer change (`[P any, Q []P]` with Q = []P and P = int gives
    /// Q = []int).
    fn simplify(
        &mut self,
        tps: &[TypeId],
        given: &[Option<TypeId>],
        inferred: &mut [Option<TypeId>],
    ) {
        let mut dirty: Vec<usize> = (0..tps.len())
            .filter(|&i| inferred[i].is_some() && given.get(i).copied().flatten().is_none())
            .collect();
        // Cycles were removed, so this ends; the bound is a safety net.
        for _ in 0..=tps.len() * 4 {
            if dirty.is_empty() {
                break;
            }
            let smap: SubstMap = tps
                .iter()
                .zip(inferred.iter())
                .filter_map(|(&p, t)| t.map(|t| (p, t)))
                .collect();
            dirty.retain(|&i| {
                let Some(t0) = inferred[i] else { return false };
                let t1 = self.subst(t0, &smap);
                if t1 == t0 {
                    return false;
                }
                inferred[i] = Some(self.drop_inferred_tparams(tps, t1));
                true
            });
        }
    }

    /// A generic signature whose type parameters have all been substituted
    /// is an ordinary function type.
    fn drop_inferred_tparams(&mut self, tps: &[TypeId], t: TypeId) -> TypeId {
        match self.w.types.get(t).clone() {
            Type::Signature(s) if !s.tparams.is_empty() && !self.is_parameterized(tps, t) => {
                self.w.types.add(Type::Signature(Signature {
                    tparams: Vec::new(),
                    ..s
                }))
            }
            _ => t,
        }
    }

    /// Whether `t` mentions any of the type parameters `tps`.
    pub(super) fn is_parameterized(&self, tps: &[TypeId], t: TypeId) -> bool {
        let mut stack = vec![t];
        let mut seen = Vec::new();
        while let Some(t) = stack.pop() {
            let t = self.w.types.unalias(t);
            if tps.contains(&t) {
                return true;
            }
            if seen.contains(&t) {
                continue;
            }
            seen.push(t);
            match self.w.types.get(t) {
                Type::Interface(_) => {
                    let set = self.w.type_set(t);
                    stack.extend(set.methods.iter().map(|&m| self.w.type_of(m)));
                    stack.extend(set.terms.iter().flatten().map(|t| t.typ));
                }
                _ => stack.extend(self.type_children(t)),
            }
        }
        false
    }

    fn tparam_index(&self, u: &Unifier, t: TypeId) -> Option<usize> {
        let t = self.w.types.unalias(t);
        u.tps.iter().position(|&p| p == t)
    }

    // ------------------------------------------------------------------
    // Unification

    fn unify(&mut self, u: &mut Unifier, x: TypeId, y: TypeId, mode: UnifyMode) -> bool {
        u.depth += 1;
        let ok = u.depth <= DEPTH_LIMIT && self.nify(u, x, y, mode);
        u.depth -= 1;
        ok
    }

    fn is_defined(&self, t: TypeId) -> bool {
        matches!(self.w.types.get(self.w.types.unalias(t)), Type::Named(_))
    }

    /// An interface that is not a type parameter (types2's `asInterface`).
    fn as_interface(&self, t: TypeId) -> bool {
        !self.w.types.is_type_param(t) && self.w.types.is_interface(t)
    }

    fn nify(&mut self, u: &mut Unifier, x: TypeId, y: TypeId, mode: UnifyMode) -> bool {
        let (mut x, mut y) = (x, y);
        if x == y || self.w.types.unalias(x) == self.w.types.unalias(y) {
            return true;
        }
        // Defined types go right, bound type parameters left.
        if self.is_defined(x) || self.tparam_index(u, y).is_some() {
            std::mem::swap(&mut x, &mut y);
        }
        // Inexactly, a defined type matches a type literal through its
        // underlying type (interfaces are matched by their methods below).
        if !mode.exact
            && self.is_defined(y)
            && self.is_type_lit(x)
            && !(u.iface_inference && self.w.types.is_interface(x))
        {
            y = self.w.types.under(y);
            if x == y || self.w.types.unalias(x) == self.w.types.unalias(y) {
                return true;
            }
        }
        match (self.tparam_index(u, x), self.tparam_index(u, y)) {
            (Some(i), Some(j)) => {
                if u.join(i, j) {
                    return true;
                }
                let (a, b) = (u.at(i), u.at(j));
                return match (a, b) {
                    (Some(a), Some(b)) => self.unify(u, a, b, mode),
                    _ => false,
                };
            }
            (Some(i), None) => return self.unify_bound(u, i, y, mode),
            _ => {}
        }
        if u.iface_inference && !mode.exact {
            let (xi, yi) = (self.as_interface(x), self.as_interface(y));
            if xi && yi {
                return self.unify_interfaces(u, x, y);
            }
            if xi || yi {
                let (iface, other) = if yi { (y, x) } else { (x, y) };
                return self.unify_with_interface(u, iface, other);
            }
        }
        if self.w.types.is_type_param(y) {
            std::mem::swap(&mut x, &mut y);
        }
        self.unify_structure(u, x, y, mode)
    }

    /// Not a defined type or type parameter, nor an implicit interface.
    fn is_type_lit(&self, t: TypeId) -> bool {
        match self.w.types.get(self.w.types.unalias(t)) {
            Type::Named(_) | Type::TypeParam(_) => false,
            Type::Interface(i) => !i.implicit,
            _ => true,
        }
    }

    /// Unifies type parameter `i` (being inferred) with type `y`.
    fn unify_bound(&mut self, u: &mut Unifier, i: usize, y: TypeId, mode: UnifyMode) -> bool {
        let Some(x) = u.at(i) else {
            u.set(i, y);
            return true;
        };
        if !self.unify(u, x, y, mode) {
            return false;
        }
        // Both bound types are now known to match; decide which one the
        // type parameter keeps.
        let (xi, yi) = (self.as_interface(x), self.as_interface(y));
        let (xn, yn) = (self.is_defined(x), self.is_defined(y));
        if xi && yi {
            if xn && yn {
                return self.w.identical(x, y);
            }
            let (mx, my) = (self.w.type_set(x).methods, self.w.type_set(y).methods);
            if mx.len() != my.len() {
                return false;
            }
        } else if xi || yi {
            return false;
        }
        if !mode.exact && !xn && (yn || self.is_directional_chan(y)) {
            // A defined type (or a directional channel) is more specific.
            u.set(i, y);
        }
        true
    }

    fn is_directional_chan(&self, t: TypeId) -> bool {
        matches!(self.w.types.get(self.w.types.under(t)), Type::Chan(d, _) if *d != ChanDir::Both)
    }

    /// Two interfaces unify inexactly if they have the same type terms and
    /// the methods of the one with fewer methods unify with the other's.
    fn unify_interfaces(&mut self, u: &mut Unifier, x: TypeId, y: TypeId) -> bool {
        let (xs, ys) = (self.w.type_set(x), self.w.type_set(y));
        if xs.comparable != ys.comparable || !self.same_terms(&xs.terms, &ys.terms) {
            return false;
        }
        let (few, many) = if xs.methods.len() <= ys.methods.len() {
            (xs.methods, ys.methods)
        } else {
            (ys.methods, xs.methods)
        };
        self.unify_method_lists(u, &few, &many)
    }

    /// Every method in `few` has a counterpart in `many` with a signature
    /// that unifies exactly.
    fn unify_method_lists(&mut self, u: &mut Unifier, few: &[ObjId], many: &[ObjId]) -> bool {
        few.iter().all(|&m| {
            let Some(&other) = many.iter().find(|&&o| self.w.same_id(m, o)) else {
                return false;
            };
            let (mt, ot) = (self.method_type(m), self.method_type(other));
            self.unify(u, mt, ot, EXACT)
        })
    }

    /// A type unifies with an interface inexactly if it has all the
    /// interface's methods, with signatures that unify exactly.
    fn unify_with_interface(&mut self, u: &mut Unifier, iface: TypeId, t: TypeId) -> bool {
        let methods = self.w.type_set(iface).methods;
        for m in methods {
            let (pkg, name) = (self.w.obj(m).pkg, self.w.obj(m).name.clone());
            let r = self.lookup_fom_impl(t, false, pkg, &name, false);
            let Some(f) = r.obj.filter(|&f| self.is_method_obj(f)) else {
                return false;
            };
            let ft = self.method_sig_for(f, t);
            let generic =
                matches!(self.w.types.get(ft), Type::Signature(s) if !s.tparams.is_empty());
            let mt = self.method_type(m);
            if generic || !self.unify(u, mt, ft, EXACT) {
                return false;
            }
        }
        true
    }

    fn same_terms(&self, a: &Option<Vec<Term>>, b: &Option<Vec<Term>>) -> bool {
        let covered = |xs: &[Term], ys: &[Term]| {
            xs.iter().all(|x| {
                ys.iter()
                    .any(|y| x.tilde == y.tilde && self.w.identical(x.typ, y.typ))
            })
        };
        match (a, b) {
            (None, None) => true,
            (Some(a), Some(b)) => covered(a, b) && covered(b, a),
            _ => false,
        }
    }

    /// Unifies two types of the same structure, component by component.
    fn unify_structure(&mut self, u: &mut Unifier, x: TypeId, y: TypeId, mode: UnifyMode) -> bool {
        // Below an assignment, types must match exactly.
        let emode = if mode.assign { EXACT } else { mode };
        let (x, y) = (self.w.types.unalias(x), self.w.types.unalias(y));
        let (tx, ty) = (self.w.types.get(x).clone(), self.w.types.get(y).clone());
        match (&tx, &ty) {
            (Type::Basic(a), Type::Basic(b)) => a == b,
            (Type::Array(n, a), Type::Array(m, b)) => {
                (*n < 0 || *m < 0 || n == m) && self.unify(u, *a, *b, emode)
            }
            (Type::Slice(a), Type::Slice(b)) | (Type::Pointer(a), Type::Pointer(b)) => {
                self.unify(u, *a, *b, emode)
            }
            (Type::Struct(a), Type::Struct(b)) => {
                a.len() == b.len()
                    && a.iter().zip(b).all(|(f, g)| {
                        let (ft, gt) = (self.w.type_of(f.obj), self.w.type_of(g.obj));
                        f.embedded == g.embedded
                            && f.tag == g.tag
                            && self.w.same_id(f.obj, g.obj)
                            && self.unify(u, ft, gt, emode)
                    })
            }
            (Type::Tuple(a), Type::Tuple(b)) => self.unify_vars(u, a, b, mode),
            (Type::Signature(a), Type::Signature(b)) => {
                a.variadic == b.variadic
                    && self.unify_vars(u, &a.params, &b.params, emode)
                    && self.unify_vars(u, &a.results, &b.results, emode)
            }
            (Type::Interface(_), Type::Interface(_)) => {
                let (xs, ys) = (self.w.type_set(x), self.w.type_set(y));
                xs.comparable == ys.comparable
                    && self.same_terms(&xs.terms, &ys.terms)
                    && xs.methods.len() == ys.methods.len()
                    && self.unify_method_lists(u, &xs.methods, &ys.methods)
            }
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(u, *k1, *k2, emode) && self.unify(u, *v1, *v2, emode)
            }
            (Type::Chan(d1, a), Type::Chan(d2, b)) => {
                (!mode.exact || d1 == d2) && self.unify(u, *a, *b, emode)
            }
            (Type::Named(a), Type::Named(b)) => {
                // Type arguments first, so that they are inferred even if
                // the origins differ (better messages).
                a.targs.len() == b.targs.len()
                    && a.targs
                        .iter()
                        .zip(&b.targs)
                        .all(|(&p, &q)| self.unify(u, p, q, mode))
                    && a.orig.unwrap_or(x) == b.orig.unwrap_or(y)
            }
            // A type parameter not being inferred (the caller's own)
            // unifies through its core type.
            (Type::TypeParam(_), _) => match self.w.core_type(x) {
                Some(c) if c != x && c != TypeId::INVALID => self.unify(u, c, y, ASSIGN),
                _ => false,
            },
            _ => false,
        }
    }

    fn unify_vars(&mut self, u: &mut Unifier, a: &[ObjId], b: &[ObjId], mode: UnifyMode) -> bool {
        a.len() == b.len()
            && a.iter().zip(b).all(|(&v, &w)| {
                let (vt, wt) = (self.w.type_of(v), self.w.type_of(w));
                self.unify(u, vt, wt, mode)
            })
    }

    /// Reports an inference failure, at its argument or else at `call`
    /// (the call's `(`), after `prefix` ("in call to f, ").
    pub(super) fn report_infer_error(&mut self, call: Pos, prefix: &str, err: InferError<'a>) {
        let msg = format!("{prefix}{}", err.msg);
        match err.at {
            Some(e) => self.error(e, msg),
            None => self.error_pos(call, msg),
        }
    }

    // ------------------------------------------------------------------
    // Renaming

    /// Fresh copies of type parameters `tparams` (bounds rewritten to
    /// refer to the copies) and the substitution from old to new. Inference
    /// works on copies so that a generic function calling itself, or
    /// passed twice to one call, has distinct parameters to infer.
    pub(super) fn rename_tparams(&mut self, tparams: &[ObjId]) -> (Vec<ObjId>, SubstMap) {
        let mut objs = Vec::with_capacity(tparams.len());
        let mut smap = SubstMap::new();
        for &tp in tparams {
            let old_t = self.w.type_of(tp);
            let o = self.clone_obj(tp, TypeId::INVALID);
            let index = match self.w.types.get(old_t) {
                Type::TypeParam(p) => p.index,
                _ => 0,
            };
            let t = self.w.types.add(Type::TypeParam(TypeParam {
                obj: o,
                index,
                bound: None,
            }));
            self.w.obj_mut(o).typ = Some(t);
            objs.push(o);
            smap.insert(old_t, t);
        }
        for &tp in tparams {
            let old_t = self.w.type_of(tp);
            let bound = match self.w.types.get(old_t) {
                Type::TypeParam(p) => p.bound,
                _ => None,
            };
            let bound = bound.map(|b| self.subst(b, &smap));
            if let Some(&new_t) = smap.get(&old_t)
                && let Type::TypeParam(p) = self.w.types.get_mut(new_t)
            {
                p.bound = bound;
            }
        }
        (objs, smap)
    }

    /// Generic signature `sig` with its own type parameters renamed.
    pub(super) fn rename_sig(&mut self, sig: TypeId) -> TypeId {
        let Type::Signature(s) = self.w.types.get(sig).clone() else {
            return sig;
        };
        let (objs, smap) = self.rename_tparams(&s.tparams);
        let renamed = self.subst(sig, &smap);
        let Type::Signature(r) = self.w.types.get(renamed).clone() else {
            return sig;
        };
        self.w
            .types
            .add(Type::Signature(Signature { tparams: objs, ..r }))
    }
}

/// "A", "A and B", "A, B, and C".
fn and_list(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}
