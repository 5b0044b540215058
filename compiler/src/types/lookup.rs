//! Field and method lookup (spec "Selectors"), method sets, and interface
//! satisfaction (`implements`).

use super::check::Checker;
use super::object::{ObjId, ObjKind, PkgId};
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
    /// A method.
    Method {},
    Missing,
    /// Two or more at the shallowest depth.
    Ambiguous,
}

/// The result of types2's `lookupFieldOrMethod`: the object found (a
/// field's Var or a method's Func), the path of field indices to it, and
/// whether a pointer indirection was on the path. With no object, a
/// non-empty `index` means an ambiguous selector and `indirect` a method
/// with a pointer receiver on a non-addressable value.
#[derive(Clone, Debug, Default)]
pub(super) struct LookupResult {
    pub obj: Option<ObjId>,
    pub index: Vec<usize>,
    pub indirect: bool,
}

/// An embedded type to search at the next depth (types2's `embeddedType`).
struct Embedded {
    typ: TypeId,
    index: Vec<usize>,
    indirect: bool,
    multiples: bool,
}

impl Embedded {
    /// Records `obj`, found at position `i` of this embedded type, in
    /// `res`. A second find at the same depth (or a find through an
    /// embedded type reached more than once) makes the selector ambiguous:
    /// the ambiguous result is returned for the caller to return.
    fn found(&self, res: &mut LookupResult, i: usize, obj: ObjId) -> Option<LookupResult> {
        let mut index = self.index.clone();
        index.push(i);
        if res.obj.is_some() || self.multiples {
            return Some(LookupResult {
                obj: None,
                index,
                indirect: false,
            });
        }
        *res = LookupResult {
            obj: Some(obj),
            index,
            indirect: self.indirect,
        };
        None
    }
}

impl Checker<'_, '_> {
    /// Looks up field or method `name` in type `t`, for callers that
    /// decide about pointer receivers themselves.
    pub(super) fn lookup_field_or_method(&mut self, t: TypeId, name: &str) -> Found {
        let r = self.lookup_fom(t, true, name, false);
        match r.obj {
            Some(obj) if self.is_method_obj(obj) => Found::Method {},
            Some(obj) => Found::Field {
                obj,
                path: r.index,
                indirect: r.indirect,
            },
            None if !r.index.is_empty() => Found::Ambiguous,
            None => Found::Missing,
        }
    }

    pub(super) fn is_method_obj(&self, o: ObjId) -> bool {
        matches!(self.w.obj(o).kind, ObjKind::Func { .. })
    }

    /// Whether object `o` (a field or method) is identified by `name` as
    /// seen from package `pkg`; with `fold_case`, ignoring case (and
    /// packages). types2's `sameId`.
    fn same_id_as(&self, o: ObjId, pkg: Option<PkgId>, name: &str, fold_case: bool) -> bool {
        let obj = self.w.obj(o);
        if fold_case && obj.name.to_lowercase() == name.to_lowercase() {
            return true;
        }
        if obj.name != name {
            return false;
        }
        obj.exported() || obj.pkg == pkg
    }

    /// types2's `lookupFieldOrMethod`, as seen from the current package.
    pub(super) fn lookup_fom(
        &mut self,
        t: TypeId,
        addressable: bool,
        name: &str,
        fold_case: bool,
    ) -> LookupResult {
        let pkg = Some(self.pkg);
        self.lookup_fom_in(t, addressable, pkg, name, fold_case)
    }

    /// types2's `lookupFieldOrMethod` for package `pkg`: methods are not
    /// found through a defined pointer type.
    fn lookup_fom_in(
        &mut self,
        t: TypeId,
        addressable: bool,
        pkg: Option<PkgId>,
        name: &str,
        fold_case: bool,
    ) -> LookupResult {
        let ut = self.w.types.unalias(t);
        if matches!(self.w.types.get(ut), Type::Named(_)) {
            let u = self.w.types.under(ut);
            if matches!(self.w.types.get(u), Type::Pointer(_)) {
                let r = self.lookup_fom_impl(u, false, pkg, name, fold_case);
                if r.obj.is_some_and(|o| self.is_method_obj(o)) {
                    return LookupResult::default();
                }
                return r;
            }
        }
        self.lookup_fom_impl(t, addressable, pkg, name, fold_case)
    }

    /// types2's `lookupFieldOrMethodImpl`: breadth-first over embedded
    /// fields; a name found twice at the shallowest depth is ambiguous.
    pub(super) fn lookup_fom_impl(
        &mut self,
        t: TypeId,
        addressable: bool,
        pkg: Option<PkgId>,
        name: &str,
        fold_case: bool,
    ) -> LookupResult {
        let mut res = LookupResult::default();
        if name == "_" {
            return res;
        }
        let (typ, is_ptr) = self.deref(t);
        // *I for an interface (or type parameter) I has no methods.
        if is_ptr && self.w.types.is_interface(typ) {
            return res;
        }
        let mut current = vec![Embedded {
            typ,
            index: Vec::new(),
            indirect: is_ptr,
            multiples: false,
        }];
        let mut seen: Vec<TypeId> = Vec::new();
        while !current.is_empty() {
            let mut next: Vec<Embedded> = Vec::new();
            for e in &current {
                let typ = self.w.types.unalias(e.typ);
                if let Type::Named(n) = self.w.types.get(typ) {
                    if seen.iter().any(|&s| s == typ || self.w.identical(s, typ)) {
                        continue;
                    }
                    seen.push(typ);
                    let methods = n.methods.clone();
                    if let Some(i) = methods
                        .iter()
                        .position(|&m| self.same_id_as(m, pkg, name, fold_case))
                    {
                        if let Some(ambiguous) = e.found(&mut res, i, methods[i]) {
                            return ambiguous;
                        }
                        continue;
                    }
                }
                // A type parameter's "underlying type" is its constraint.
                let under = match self.w.types.get(typ) {
                    Type::TypeParam(p) => self.w.types.under(p.bound.unwrap_or(TypeId::INVALID)),
                    _ => self.w.types.under(typ),
                };
                match self.w.types.get(under).clone() {
                    Type::Struct(fields) => {
                        for (i, f) in fields.iter().enumerate() {
                            if self.same_id_as(f.obj, pkg, name, fold_case) {
                                if let Some(ambiguous) = e.found(&mut res, i, f.obj) {
                                    return ambiguous;
                                }
                                continue;
                            }
                            if res.obj.is_none() && f.embedded {
                                let (ft, p) = self.deref(self.w.type_of(f.obj));
                                let mut index = e.index.clone();
                                index.push(i);
                                next.push(Embedded {
                                    typ: ft,
                                    index,
                                    indirect: e.indirect || p,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    Type::Interface(_) => {
                        let methods = if self.w.types.is_type_param(typ) {
                            self.w.tparam_set(typ).unwrap_or_default().methods
                        } else {
                            self.w.interface_methods(under)
                        };
                        if let Some(i) = methods
                            .iter()
                            .position(|&m| self.same_id_as(m, pkg, name, fold_case))
                            && let Some(ambiguous) = e.found(&mut res, i, methods[i])
                        {
                            return ambiguous;
                        }
                    }
                    _ => {}
                }
            }
            if let Some(o) = res.obj {
                if self.is_method_obj(o) && self.has_ptr_recv(o) && !res.indirect && !addressable {
                    // A pointer (or addressable) receiver is required.
                    return LookupResult {
                        obj: None,
                        index: Vec::new(),
                        indirect: true,
                    };
                }
                return res;
            }
            current = self.consolidate_multiples(next);
        }
        LookupResult::default()
    }

    /// Merges entries of identical types, marking them as multiples.
    fn consolidate_multiples(&self, list: Vec<Embedded>) -> Vec<Embedded> {
        let mut out: Vec<Embedded> = Vec::with_capacity(list.len());
        for e in list {
            match out
                .iter_mut()
                .find(|o| o.typ == e.typ || self.w.identical(o.typ, e.typ))
            {
                Some(o) => o.multiples = true,
                None => out.push(e),
            }
        }
        out
    }

    /// `t` without one pointer indirection, and whether there was one.
    fn deref(&self, t: TypeId) -> (TypeId, bool) {
        match self.w.types.get(self.w.types.unalias(t)) {
            Type::Pointer(b) => (*b, true),
            _ => (t, false),
        }
    }

    fn has_ptr_recv(&self, m: ObjId) -> bool {
        matches!(self.w.obj(m).kind, ObjKind::Func { ptr_recv: true })
    }

    /// Whether `t`'s underlying type is a pointer to an interface (or a
    /// type parameter).
    pub(super) fn is_interface_ptr(&self, t: TypeId) -> bool {
        match self.w.types.get(self.w.types.under(t)) {
            Type::Pointer(b) => self.w.types.is_interface(*b),
            _ => false,
        }
    }

    /// types2's `interfacePtrError`.
    pub(super) fn interface_ptr_error(&self, t: TypeId) -> String {
        let ts = self.type_str(t);
        let base_tparam = match self.w.types.get(self.w.types.under(t)) {
            Type::Pointer(b) => self.w.types.is_type_param(*b),
            _ => false,
        };
        if base_tparam {
            format!("type {ts} is pointer to type parameter, not type parameter")
        } else {
            format!("type {ts} is pointer to interface, not interface")
        }
    }

    /// types2's `lookupError`: why `sel` was not found in `t`, given an
    /// object `alt` found ignoring case (for "but does have" hints).
    pub(super) fn lookup_error(
        &self,
        t: TypeId,
        sel: &str,
        alt: Option<ObjId>,
        struct_lit: bool,
    ) -> String {
        #[derive(PartialEq)]
        enum Case {
            Missing,
            Misspelled,
            Unexported,
            Inaccessible,
        }
        let exported = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
        let tail = |s: &str| s.chars().skip(1).collect::<String>();
        let mut case = Case::Missing;
        let mut alt_name = String::new();
        if let Some(a) = alt {
            let o = self.w.obj(a);
            alt_name = o.name.clone();
            if o.pkg == Some(self.pkg) {
                case = Case::Misspelled;
            } else if exported(sel) {
                if exported(&alt_name) {
                    case = Case::Misspelled;
                } else if tail(sel) == tail(&alt_name) {
                    case = Case::Unexported;
                }
            } else if exported(&alt_name) {
                if tail(sel) == tail(&alt_name) {
                    case = Case::Misspelled;
                }
            } else if sel == alt_name {
                case = Case::Inaccessible;
            }
        }
        let ts = self.type_str(t);
        if struct_lit {
            return match case {
                Case::Missing => format!("unknown field {sel} in struct literal of type {ts}"),
                Case::Misspelled => format!(
                    "unknown field {sel} in struct literal of type {ts}, but does have {alt_name}"
                ),
                Case::Unexported => format!(
                    "unknown field {sel} in struct literal of type {ts}, but does have unexported {alt_name}"
                ),
                Case::Inaccessible => format!(
                    "cannot refer to unexported field {alt_name} in struct literal of type {ts}"
                ),
            };
        }
        let what = match alt.map(|a| &self.w.obj(a).kind) {
            Some(ObjKind::Var { .. }) => "field",
            Some(ObjKind::Func { .. }) => "method",
            _ => "object",
        };
        match case {
            Case::Missing => format!("type {ts} has no field or method {sel}"),
            Case::Misspelled => {
                format!("type {ts} has no field or method {sel}, but does have {what} {alt_name}")
            }
            Case::Unexported => format!(
                "type {ts} has no field or method {sel}, but does have unexported {what} {alt_name}"
            ),
            Case::Inaccessible => format!("cannot refer to unexported {what} {alt_name}"),
        }
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
    /// explains why, in types2's words ("V does not implement T (...)").
    pub(super) fn implements(&mut self, v: TypeId, t: TypeId, cause: &mut String) -> bool {
        let tu = self.w.types.under(t);
        if !matches!(self.w.types.get(tu), Type::Interface(_)) {
            return false;
        }
        match self.missing_method(v, t, true) {
            None => true,
            Some((_, why)) => {
                let (vs, ts) = (self.type_str(v), self.type_str(t));
                *cause = format!("{vs} does not implement {ts} {why}");
                false
            }
        }
    }

    /// types2's `missingMethod`: the first method of interface `t` that
    /// `v` lacks, with the cause in parentheses (and have/want lines). If
    /// `!static`, methods missing from an interface `v` are ignored.
    pub(super) fn missing_method(
        &mut self,
        v: TypeId,
        t: TypeId,
        is_static: bool,
    ) -> Option<(ObjId, String)> {
        let mut identical =
            |c: &mut Self, a: TypeId, b: TypeId| c.identical_sig_ignoring_recv(a, b);
        self.missing_method_with(v, t, is_static, &mut identical)
    }

    /// `missing_method` with method signatures compared by `same_sig`
    /// (inference unifies them instead of requiring identity).
    pub(super) fn missing_method_with(
        &mut self,
        v: TypeId,
        t: TypeId,
        is_static: bool,
        same_sig: &mut dyn FnMut(&mut Self, TypeId, TypeId) -> bool,
    ) -> Option<(ObjId, String)> {
        #[derive(PartialEq)]
        enum State {
            NotFound,
            WrongName,
            Unexported,
            WrongSig,
            AmbigSel,
            PtrRecv,
            Field,
        }
        let methods = self.w.interface_methods(self.w.types.under(t));
        let vu = self.w.types.under(v);
        let mut failed: Option<(State, ObjId, Option<ObjId>)> = None;
        if matches!(self.w.types.get(vu), Type::Interface(_)) {
            let vmethods = if self.w.types.is_type_param(v) {
                self.w.tparam_set(v).unwrap_or_default().methods
            } else {
                self.w.interface_methods(vu)
            };
            for &m in &methods {
                let (mpkg, mname) = (self.w.obj(m).pkg, self.w.obj(m).name.clone());
                let f = vmethods
                    .iter()
                    .copied()
                    .find(|&f| self.same_id_as(f, mpkg, &mname, false));
                let Some(f) = f else {
                    if !is_static {
                        continue;
                    }
                    failed = Some((State::NotFound, m, None));
                    break;
                };
                let (ft, mt) = (self.method_type(f), self.method_type(m));
                if !same_sig(self, ft, mt) {
                    failed = Some((State::WrongSig, m, Some(f)));
                    break;
                }
            }
        } else {
            for &m in &methods {
                let (mpkg, mname) = (self.w.obj(m).pkg, self.w.obj(m).name.clone());
                let r = self.lookup_fom_impl(v, false, mpkg, &mname, false);
                let Some(obj) = r.obj else {
                    let state = if !r.index.is_empty() {
                        (State::AmbigSel, None)
                    } else if r.indirect {
                        (State::PtrRecv, None)
                    } else {
                        let alt = self.lookup_fom_impl(v, false, mpkg, &mname, true).obj;
                        match alt.filter(|&a| self.is_method_obj(a)) {
                            Some(f) if self.w.obj(f).name == mname => (State::Unexported, Some(f)),
                            Some(f) => (State::WrongName, Some(f)),
                            None => (State::NotFound, None),
                        }
                    };
                    failed = Some((state.0, m, state.1));
                    break;
                };
                if !self.is_method_obj(obj) {
                    failed = Some((State::Field, m, None));
                    break;
                }
                let ft = self.method_sig_for(obj, v);
                let mt = self.method_type(m);
                if !same_sig(self, ft, mt) {
                    failed = Some((State::WrongSig, m, Some(obj)));
                    break;
                }
            }
        }
        let (state, m, f) = failed?;
        let mname = self.w.obj(m).name.clone();
        let cause = match state {
            State::NotFound => {
                if self.is_interface_ptr(v) {
                    format!("({})", self.interface_ptr_error(v))
                } else if self.is_interface_ptr(t) {
                    format!("({})", self.interface_ptr_error(t))
                } else {
                    format!("(missing method {mname})")
                }
            }
            State::WrongName => {
                let f = f.expect("wrong name has a method");
                let (fs, ms) = (self.func_string(f, v), self.func_string(m, t));
                format!("(missing method {mname})\n\t\thave {fs}\n\t\twant {ms}")
            }
            State::Unexported => format!("(unexported method {mname})"),
            State::WrongSig => {
                let f = f.expect("wrong signature has a method");
                let (fs, ms) = (self.func_string(f, v), self.func_string(m, t));
                if fs == ms {
                    format!("(wrong type for method {mname})")
                } else {
                    format!("(wrong type for method {mname})\n\t\thave {fs}\n\t\twant {ms}")
                }
            }
            State::AmbigSel => format!("(ambiguous selector {}.{mname})", self.type_str(v)),
            State::PtrRecv => format!("(method {mname} has pointer receiver)"),
            State::Field => format!("({}.{mname} is a field, not a method)", self.type_str(v)),
        };
        Some((m, cause))
    }

    /// types2's `funcString` without parameter names: `name(int) string`.
    fn func_string(&mut self, f: ObjId, recv_type: TypeId) -> String {
        let sig = if self.w.types.is_interface(recv_type) {
            self.method_type(f)
        } else {
            self.method_sig_for(f, recv_type)
        };
        let Type::Signature(mut s) = self.w.types.get(sig).clone() else {
            return self.w.obj(f).name.clone();
        };
        s.recv = None;
        let unnamed = |c: &mut Self, vars: &[ObjId]| -> Vec<ObjId> {
            vars.iter()
                .map(|&p| {
                    let (pkg, t) = (c.w.obj(p).pkg, c.w.type_of(p));
                    c.w.new_var(pkg, "", t, true)
                })
                .collect()
        };
        s.params = unnamed(self, &s.params);
        s.results = unnamed(self, &s.results);
        let st = self.w.types.add(Type::Signature(s));
        let ss = super::typestring::signature_string(self.w, st, &|p| self.qualify(p));
        format!("{}{ss}", self.w.obj(f).name)
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
