//! Field and method lookup (spec "Selectors"), method sets, and interface
//! satisfaction (`implements`).

use super::check::Checker;
use super::object::{ObjId, ObjKind};
use super::ty::{Type, TypeId};

/// What a selector `x.name` found.
#[derive(Clone, Debug)]
pub(super) enum Found {
    /// A struct field, with the path of embedded fields to it.
    Field {
        obj: ObjId,
        path: Vec<usize>,
        indirect: bool,
    },
    /// A method; `indirect`: found through an embedded pointer, so even
    /// a pointer-receiver method is in the value's method set.
    Method {
        obj: ObjId,
        indirect: bool,
    },
    Missing,
    /// Two or more at the shallowest depth.
    Ambiguous,
}

impl Checker<'_, '_> {
    /// Looks up field or method `name` in type `t` (types2's
    /// `lookupFieldOrMethod`), breadth-first over embedded fields.
    pub(super) fn lookup_field_or_method(&mut self, t: TypeId, name: &str) -> Found {
        if name == "_" {
            return Found::Missing;
        }
        // A type parameter has the methods of its constraint.
        if self.w.types.is_type_param(t) {
            let set = self.w.tparam_set(t).unwrap_or_default();
            return match set.methods.iter().find(|&&m| self.w.obj(m).name == name) {
                Some(&m) => Found::Method {
                    obj: m,
                    indirect: false,
                },
                None => Found::Missing,
            };
        }
        // Pointer to a named type: look in the base type.
        let mut typ = t;
        let mut is_ptr = false;
        if let Type::Pointer(base) = self.w.types.get(self.w.types.unalias(t)) {
            typ = *base;
            is_ptr = true;
        }
        // Each entry: (type, path, indirect via pointer)
        let mut current: Vec<(TypeId, Vec<usize>, bool)> = vec![(typ, Vec::new(), is_ptr)];
        let mut seen: Vec<TypeId> = Vec::new();
        while !current.is_empty() {
            let mut next = Vec::new();
            let mut found: Option<Found> = None;
            let mut count = 0;
            for (t, path, indirect) in current {
                let t = self.w.types.unalias(t);
                if let Type::Named(n) = self.w.types.get(t) {
                    if seen.contains(&t) {
                        continue;
                    }
                    seen.push(t);
                    let methods = n.methods.clone();
                    for m in methods {
                        if self.w.obj(m).name == name {
                            count += 1;
                            found = Some(Found::Method { obj: m, indirect });
                        }
                    }
                }
                let under = self.w.types.under(t);
                match self.w.types.get(under).clone() {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            let fo = self.w.obj(f.obj);
                            if fo.name == name {
                                count += 1;
                                let mut p = path.clone();
                                p.push(i);
                                found = Some(Found::Field {
                                    obj: f.obj,
                                    path: p,
                                    indirect,
                                });
                                continue;
                            }
                            if f.embedded {
                                let ft = self.w.type_of(f.obj);
                                let (ft, ind) = match self.w.types.get(self.w.types.unalias(ft)) {
                                    Type::Pointer(b) => (*b, true),
                                    _ => (ft, indirect),
                                };
                                let mut p = path.clone();
                                p.push(i);
                                next.push((ft, p, ind));
                            }
                        }
                    }
                    Type::Interface(_) => {
                        for m in self.w.interface_methods(under) {
                            if self.w.obj(m).name == name {
                                count += 1;
                                found = Some(Found::Method { obj: m, indirect });
                            }
                        }
                    }
                    _ => {}
                }
            }
            match count {
                0 => {}
                1 => return found.unwrap_or(Found::Missing),
                _ => return Found::Ambiguous,
            }
            current = next;
        }
        Found::Missing
    }

    /// Ensures the method's signature is checked (methods are declared
    /// lazily) and returns its type.
    pub(super) fn method_type(&mut self, m: ObjId) -> TypeId {
        if self.w.obj(m).typ.is_none() {
            self.obj_decl(m);
        }
        self.w.type_of(m)
    }

    /// Whether type `v` implements interface `t`; on failure `cause`
    /// explains why, in types2's words.
    pub(super) fn implements(&mut self, v: TypeId, t: TypeId, cause: &mut String) -> bool {
        let tu = self.w.types.under(t);
        if !matches!(self.w.types.get(tu), Type::Interface(_)) {
            return false;
        }
        let vs = self.type_str(v);
        let ts = self.type_str(t);
        for m in self.w.interface_methods(tu) {
            let name = self.w.obj(m).name.clone();
            let want = self.method_type(m);
            let is_iface_v = self.w.types.is_interface(v);
            match self.lookup_field_or_method(v, &name) {
                Found::Method { obj, indirect } => {
                    let got = self.method_sig_for(obj, v);
                    let ptr_recv = matches!(self.w.obj(obj).kind, ObjKind::Func { ptr_recv: true });
                    let v_is_ptr =
                        matches!(self.w.types.get(self.w.types.under(v)), Type::Pointer(_));
                    if ptr_recv && !v_is_ptr && !is_iface_v && !indirect {
                        *cause = format!(
                            "{vs} does not implement {ts} (method {name} has pointer receiver)"
                        );
                        return false;
                    }
                    if !self.identical_sig_ignoring_recv(got, want) {
                        let gs =
                            super::typestring::signature_string(self.w, got, &|p| self.qualify(p));
                        let ws =
                            super::typestring::signature_string(self.w, want, &|p| self.qualify(p));
                        *cause = format!(
                            "{vs} does not implement {ts} (wrong type for method {name})\n\t\thave {name}{gs}\n\t\twant {name}{ws}"
                        );
                        return false;
                    }
                }
                _ => {
                    *cause = format!("{vs} does not implement {ts} (missing method {name})");
                    return false;
                }
            }
        }
        true
    }

    fn identical_sig_ignoring_recv(&self, a: TypeId, b: TypeId) -> bool {
        match (self.w.types.get(a), self.w.types.get(b)) {
            (Type::Signature(x), Type::Signature(y)) => {
                x.variadic == y.variadic
                    && x.params.len() == y.params.len()
                    && x.results.len() == y.results.len()
                    && x.params
                        .iter()
                        .zip(&y.params)
                        .chain(x.results.iter().zip(&y.results))
                        .all(|(p, q)| self.w.identical(self.w.type_of(*p), self.w.type_of(*q)))
            }
            _ => false,
        }
    }
}
