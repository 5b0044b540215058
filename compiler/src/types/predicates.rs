//! Type identity and the predicates on types the spec defines.

use super::object::{ObjId, World};
use super::ty::{BasicKind, Type, TypeId};

impl World {
    /// Type identity (spec "Type identity"). Names of parameters don't
    /// matter; named types are identical only to themselves (instances: to
    /// instances of the same generic type with identical arguments).
    pub fn identical(&self, x: TypeId, y: TypeId) -> bool {
        let mut seen = Vec::new();
        self.identical_in(x, y, &mut seen)
    }

    fn identical_in(&self, x: TypeId, y: TypeId, seen: &mut Vec<(TypeId, TypeId)>) -> bool {
        let (x, y) = (self.types.unalias(x), self.types.unalias(y));
        if x == y {
            return true;
        }
        let tx = self.types.get(x);
        let ty = self.types.get(y);
        match (tx, ty) {
            (Type::Basic(a), Type::Basic(b)) => a.canonical() == b.canonical(),
            (Type::Array(n, a), Type::Array(m, b)) => {
                (*n < 0 || *m < 0 || n == m) && self.identical_in(*a, *b, seen)
            }
            (Type::Slice(a), Type::Slice(b)) | (Type::Pointer(a), Type::Pointer(b)) => {
                self.identical_in(*a, *b, seen)
            }
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.identical_in(*k1, *k2, seen) && self.identical_in(*v1, *v2, seen)
            }
            (Type::Chan(d1, a), Type::Chan(d2, b)) => d1 == d2 && self.identical_in(*a, *b, seen),
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1.iter().zip(f2).all(|(a, b)| {
                        a.embedded == b.embedded
                            && a.tag.as_deref().unwrap_or("") == b.tag.as_deref().unwrap_or("")
                            && self.same_id(a.obj, b.obj)
                            && self.identical_in(self.type_of(a.obj), self.type_of(b.obj), seen)
                    })
            }
            (Type::Tuple(a), Type::Tuple(b)) => self.identical_vars(a, b, seen),
            (Type::Signature(a), Type::Signature(b)) => {
                a.tparams.len() == b.tparams.len()
                    && a.variadic == b.variadic
                    && self.identical_vars(&a.params, &b.params, seen)
                    && self.identical_vars(&a.results, &b.results, seen)
            }
            (Type::Interface(_), Type::Interface(_)) => {
                if seen.contains(&(x, y)) || seen.contains(&(y, x)) {
                    return true;
                }
                seen.push((x, y));
                let (m1, m2) = (self.interface_methods(x), self.interface_methods(y));
                let same = m1.len() == m2.len()
                    && m1.iter().all(|&a| {
                        m2.iter().any(|&b| {
                            self.same_id(a, b)
                                && self.identical_in(self.type_of(a), self.type_of(b), seen)
                        })
                    })
                    && self.interface_terms_identical(x, y, seen);
                seen.pop();
                same
            }
            (Type::Union(a), Type::Union(b)) => {
                a.len() == b.len()
                    && a.iter().all(|t| {
                        b.iter()
                            .any(|u| t.tilde == u.tilde && self.identical_in(t.typ, u.typ, seen))
                    })
            }
            (Type::Named(a), Type::Named(b)) => match (a.orig, b.orig) {
                (Some(o1), Some(o2)) => {
                    o1 == o2
                        && a.targs.len() == b.targs.len()
                        && a.targs
                            .iter()
                            .zip(&b.targs)
                            .all(|(p, q)| self.identical_in(*p, *q, seen))
                }
                _ => false,
            },
            _ => false,
        }
    }

    fn identical_vars(&self, a: &[ObjId], b: &[ObjId], seen: &mut Vec<(TypeId, TypeId)>) -> bool {
        a.len() == b.len()
            && a.iter()
                .zip(b)
                .all(|(p, q)| self.identical_in(self.type_of(*p), self.type_of(*q), seen))
    }

    fn interface_terms_identical(
        &self,
        x: TypeId,
        y: TypeId,
        seen: &mut Vec<(TypeId, TypeId)>,
    ) -> bool {
        let (a, b) = (
            self.interface_embedded_terms(x),
            self.interface_embedded_terms(y),
        );
        a.len() == b.len()
            && a.iter()
                .zip(&b)
                .all(|(p, q)| self.identical_in(*p, *q, seen))
    }

    /// Non-interface embedded elements of an interface (unions, types).
    fn interface_embedded_terms(&self, t: TypeId) -> Vec<TypeId> {
        match self.types.get(self.types.under(t)) {
            Type::Interface(i) => i
                .embeddeds
                .iter()
                .copied()
                .filter(|&e| !self.types.is_interface(e))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// The object's type (invalid while unresolved).
    pub fn type_of(&self, o: ObjId) -> TypeId {
        self.obj(o).typ.unwrap_or(TypeId::INVALID)
    }

    /// Whether two fields or methods have the same identity: same name,
    /// and for unexported names the same package.
    pub fn same_id(&self, a: ObjId, b: ObjId) -> bool {
        let (a, b) = (self.obj(a), self.obj(b));
        a.name == b.name && (a.exported() || a.pkg == b.pkg)
    }

    /// All methods of an interface, including those of embedded
    /// interfaces (duplicates by name removed).
    pub fn interface_methods(&self, t: TypeId) -> Vec<ObjId> {
        let mut out = Vec::new();
        let mut visited = Vec::new();
        self.collect_interface_methods(t, &mut out, &mut visited);
        out
    }

    fn collect_interface_methods(
        &self,
        t: TypeId,
        out: &mut Vec<ObjId>,
        visited: &mut Vec<TypeId>,
    ) {
        let u = self.types.under(t);
        if visited.contains(&u) {
            return;
        }
        visited.push(u);
        let Type::Interface(i) = self.types.get(u) else {
            return;
        };
        for &m in &i.methods {
            if !out.iter().any(|&o| self.same_id(o, m)) {
                out.push(m);
            }
        }
        for &e in &i.embeddeds {
            self.collect_interface_methods(e, out, visited);
        }
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.types.get(t), Type::Basic(k) if k.is_untyped())
    }

    /// Whether `t`'s basic kind satisfies `f`; for a type parameter,
    /// whether every type in its type set does (and the set is finite).
    fn basic_is(&self, t: TypeId, f: fn(BasicKind) -> bool) -> bool {
        if self.types.is_type_param(t) {
            return self.tparam_all(t, &|w, u| w.types.basic_kind(u).is_some_and(f));
        }
        self.types.basic_kind(t).is_some_and(f)
    }

    /// Whether every type of type parameter `t`'s type set satisfies `f`
    /// (false for an unrestricted set).
    pub fn tparam_all(&self, t: TypeId, f: &dyn Fn(&World, TypeId) -> bool) -> bool {
        match self.tparam_set(t).and_then(|s| s.terms) {
            Some(terms) => !terms.is_empty() && terms.iter().all(|term| f(self, term.typ)),
            None => false,
        }
    }

    pub fn is_boolean(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_boolean)
    }

    pub fn is_integer(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_integer)
    }

    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_unsigned)
    }

    pub fn is_float(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_float)
    }

    pub fn is_complex(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_complex)
    }

    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_numeric)
    }

    pub fn is_string(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_string)
    }

    pub fn is_ordered(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_ordered)
    }

    pub fn is_const_type(&self, t: TypeId) -> bool {
        self.basic_is(t, BasicKind::is_const_type)
    }

    /// Whether values of `t` can be compared with `==` (spec "Comparison
    /// operators"): interfaces are (comparison may panic); a type
    /// parameter is if every type in its type set is strictly comparable.
    pub fn comparable(&self, t: TypeId) -> bool {
        let mut seen = Vec::new();
        self.comparable_in(t, false, &mut seen)
    }

    /// Strict comparability (types2's `comparableType` without dynamic
    /// comparison): comparing never panics, so no interfaces.
    pub fn strictly_comparable(&self, t: TypeId) -> bool {
        let mut seen = Vec::new();
        self.comparable_in(t, true, &mut seen)
    }

    fn comparable_in(&self, t: TypeId, strict: bool, seen: &mut Vec<TypeId>) -> bool {
        if seen.contains(&t) {
            return true;
        }
        seen.push(t);
        let r = match self.types.get(self.types.under(t)) {
            Type::Basic(k) => *k != BasicKind::UntypedNil,
            Type::Pointer(_) | Type::Chan(..) => true,
            Type::Interface(_) => !strict,
            Type::Struct(fields) => fields
                .iter()
                .all(|f| self.comparable_in(self.type_of(f.obj), strict, seen)),
            Type::Array(_, e) => self.comparable_in(*e, strict, seen),
            Type::TypeParam(_) => self.tparam_set(t).is_some_and(|s| match s.terms {
                None => s.comparable,
                Some(ts) => {
                    !ts.is_empty()
                        && ts
                            .iter()
                            .all(|term| self.comparable_in(term.typ, true, seen))
                }
            }),
            _ => false,
        };
        seen.pop();
        r
    }

    /// Whether `t` has a nil value (pointer, func, slice, map, chan,
    /// interface, unsafe.Pointer).
    pub fn has_nil(&self, t: TypeId) -> bool {
        if self.types.is_type_param(t) {
            return self.tparam_all(t, &|w, u| w.has_nil(u));
        }
        match self.types.get(self.types.under(t)) {
            Type::Basic(k) => *k == BasicKind::UnsafePointer,
            Type::Pointer(_)
            | Type::Signature(_)
            | Type::Slice(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Interface(_) => true,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::ty::Type;

    #[test]
    fn identity_is_structural_for_literals_and_nominal_for_names() {
        let (mut w, pre) = World::new();
        let int = TypeId::basic(BasicKind::Int);
        let s1 = w.types.add(Type::Slice(int));
        let s2 = w.types.add(Type::Slice(int));
        assert!(w.identical(s1, s2));
        let byte = TypeId::basic(BasicKind::Byte);
        let uint8 = TypeId::basic(BasicKind::Uint8);
        assert!(w.identical(byte, uint8));
        let m1 = w.types.add(Type::Map(TypeId::basic(BasicKind::String), s1));
        let m2 = w
            .types
            .add(Type::Map(TypeId::basic(BasicKind::String), int));
        assert!(!w.identical(m1, m2));
        let empty = w.types.add(Type::Interface(Default::default()));
        assert!(w.identical(empty, pre.any));
        assert!(!w.identical(pre.error, empty));
        assert!(!w.comparable(s1));
        assert!(w.comparable(pre.error));
    }
}
