//! Type sets of interfaces and type parameters (spec "Interface types",
//! "Core types"): the methods, the terms (`~int | string`) and
//! comparability that a constraint allows.

use super::object::{ObjId, World};
use super::ty::{ChanDir, Term, Type, TypeId};

/// The type set of an interface: its methods, and its terms (None: all
/// types), and whether it is restricted to comparable types.
#[derive(Clone, Debug, Default)]
pub struct TypeSet {
    pub methods: Vec<ObjId>,
    pub terms: Option<Vec<Term>>,
    pub comparable: bool,
}

impl TypeSet {
    pub fn is_all(&self) -> bool {
        self.methods.is_empty() && self.terms.is_none() && !self.comparable
    }
}

impl World {
    /// The predeclared `comparable` type.
    pub fn comparable_type_id(&self) -> TypeId {
        self.lookup_local(self.universe, "comparable")
            .and_then(|o| self.obj(o).typ)
            .unwrap_or(TypeId::INVALID)
    }

    /// The type set of interface (or constraint) `t`.
    pub fn type_set(&self, t: TypeId) -> TypeSet {
        let mut visiting = Vec::new();
        self.type_set_in(t, &mut visiting)
    }

    fn type_set_in(&self, t: TypeId, visiting: &mut Vec<TypeId>) -> TypeSet {
        let u = self.types.under(t);
        if visiting.contains(&u) {
            return TypeSet::default();
        }
        if self.types.unalias(t) == self.comparable_type_id() {
            return TypeSet {
                comparable: true,
                ..Default::default()
            };
        }
        let Type::Interface(iface) = self.types.get(u).clone() else {
            // A non-interface type as a constraint element: the set {t}.
            return TypeSet {
                terms: Some(vec![Term {
                    tilde: false,
                    typ: t,
                }]),
                ..Default::default()
            };
        };
        visiting.push(u);
        let mut set = TypeSet {
            methods: iface.methods.clone(),
            ..Default::default()
        };
        for &e in &iface.embeddeds {
            if e == TypeId::INVALID {
                continue; // reported where it was written
            }
            let es = match self.types.get(self.types.unalias(e)).clone() {
                Type::Union(terms) => self.union_set(&terms, visiting),
                _ if self.types.is_interface(e)
                    || self.types.unalias(e) == self.comparable_type_id() =>
                {
                    self.type_set_in(e, visiting)
                }
                _ => TypeSet {
                    terms: Some(vec![Term {
                        tilde: false,
                        typ: e,
                    }]),
                    ..Default::default()
                },
            };
            for m in es.methods {
                if !set.methods.iter().any(|&o| self.same_id(o, m)) {
                    set.methods.push(m);
                }
            }
            set.comparable |= es.comparable;
            set.terms = intersect_terms(self, set.terms, es.terms);
        }
        visiting.pop();
        // `comparable` with terms keeps only the (strictly) comparable
        // terms; the flag itself only qualifies the set of all types.
        if set.comparable
            && let Some(terms) = &mut set.terms
        {
            terms.retain(|t| self.strictly_comparable(t.typ));
            set.comparable = false;
        }
        set
    }

    fn union_set(&self, terms: &[Term], visiting: &mut Vec<TypeId>) -> TypeSet {
        let mut out: Vec<Term> = Vec::new();
        for t in terms {
            if !t.tilde && self.types.is_interface(t.typ) {
                let s = self.type_set_in(t.typ, visiting);
                match s.terms {
                    None => {
                        return TypeSet::default();
                    }
                    Some(ts) => out.extend(ts),
                }
            } else if t.tilde && !self.identical(t.typ, self.types.under(t.typ)) {
                // `~T` with T not its own underlying type (reported where
                // written) stands for no type at all.
                continue;
            } else {
                out.push(*t);
            }
        }
        TypeSet {
            terms: Some(out),
            ..Default::default()
        }
    }

    /// The type set of a type parameter's constraint.
    pub fn tparam_set(&self, t: TypeId) -> Option<TypeSet> {
        match self.types.get(self.types.unalias(t)) {
            Type::TypeParam(p) => {
                let b = p.bound?;
                Some(self.type_set(b))
            }
            _ => None,
        }
    }

    /// The core type of `t`: its underlying type, or for a type parameter
    /// the single underlying type of all types in its type set.
    pub fn core_type(&self, t: TypeId) -> Option<TypeId> {
        self.common_under(t, &|_, _, _| true).ok()
    }

    /// types2's `commonUnder`: the underlying type shared by all types in
    /// `t`'s type set (`t` itself unless a type parameter), each of which
    /// must pass `cond(type, underlying)`. Channels may differ in
    /// direction as long as the directions do not conflict: the most
    /// restricted one is common.
    pub fn common_under(
        &self,
        t: TypeId,
        cond: &dyn Fn(&World, TypeId, TypeId) -> bool,
    ) -> Result<TypeId, UnderError> {
        let types: Vec<TypeId> = match self.tparam_set(t) {
            Some(set) => match set.terms {
                Some(terms) => terms.iter().map(|term| term.typ).collect(),
                None => return Err(UnderError::NoSpecificType),
            },
            None => vec![t],
        };
        let mut common: Option<(TypeId, TypeId)> = None;
        for ty in types {
            let u = self.types.under(ty);
            if !cond(self, ty, u) {
                return Err(UnderError::Cond(ty));
            }
            let Some((ct, cu)) = common else {
                common = Some((ty, u));
                continue;
            };
            if let (Type::Chan(d1, e1), Type::Chan(d2, e2)) =
                (self.types.get(cu), self.types.get(u))
            {
                if !self.identical(*e1, *e2) {
                    return Err(UnderError::ChanElems(ct, ty));
                }
                if *d1 == ChanDir::Both {
                    common = Some((ty, u));
                } else if *d2 != ChanDir::Both && d1 != d2 {
                    return Err(UnderError::ChanDirs(ct, ty));
                }
                continue;
            }
            if !self.identical(cu, u) {
                return Err(UnderError::Different(ct, ty));
            }
        }
        common.map(|(_, u)| u).ok_or(UnderError::NoSpecificType)
    }
}

/// Why types have no common underlying type (`common_under`).
#[derive(Clone, Copy, Debug)]
pub enum UnderError {
    NoSpecificType,
    /// This type failed the caller's condition.
    Cond(TypeId),
    Different(TypeId, TypeId),
    ChanElems(TypeId, TypeId),
    ChanDirs(TypeId, TypeId),
}

impl super::check::Checker<'_, '_> {
    /// An `UnderError` in types2's words ("A and B have different
    /// underlying types"); `cond` words a failed condition.
    pub(super) fn under_error_str(&self, e: UnderError, cond: &dyn Fn(String) -> String) -> String {
        match e {
            UnderError::NoSpecificType => "no specific type".into(),
            UnderError::Cond(t) => cond(self.type_str(t)),
            UnderError::Different(a, b) => format!(
                "{} and {} have different underlying types",
                self.type_str(a),
                self.type_str(b)
            ),
            UnderError::ChanElems(a, b) => format!(
                "channels {} and {} have different element types",
                self.type_str(a),
                self.type_str(b)
            ),
            UnderError::ChanDirs(a, b) => format!(
                "channels {} and {} have conflicting directions",
                self.type_str(a),
                self.type_str(b)
            ),
        }
    }
}

/// The intersection of two term lists (None = all types).
fn intersect_terms(c: &World, a: Option<Vec<Term>>, b: Option<Vec<Term>>) -> Option<Vec<Term>> {
    match (a, b) {
        (None, x) | (x, None) => x,
        (Some(a), Some(b)) => {
            let mut out = Vec::new();
            for x in &a {
                for y in &b {
                    let (ux, uy) = (c.types.under(x.typ), c.types.under(y.typ));
                    match (x.tilde, y.tilde) {
                        (true, true) if c.identical(ux, uy) => out.push(*x),
                        (true, false) if c.identical(ux, uy) => out.push(*y),
                        (false, true) if c.identical(ux, uy) => out.push(*x),
                        (false, false) if c.identical(x.typ, y.typ) => out.push(*x),
                        _ => {}
                    }
                }
            }
            Some(out)
        }
    }
}
