//! Method sets of concrete types (spec "Method sets", "Selectors"), in
//! the order gc sorts methods in type descriptors and itabs: exported
//! before unexported, then by name, then (unexported) by package path.
//!
//! A method is reached through a path of embedded fields; at each depth
//! the shallowest name wins, and two entries of one name at the same
//! depth cancel each other (and hide deeper ones), as do fields. A
//! pointer-receiver method belongs to the method set of a value type
//! only when the path goes through an embedded pointer (the receiver is
//! then addressable).

use std::cmp::Ordering;
use std::collections::HashMap;

use crate::types::object::{ObjId, ObjKind, PkgId, World};
use crate::types::ty::{Type, TypeId};

/// One method of a method set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MethodSel {
    pub name: String,
    /// The package of an unexported name (None when exported).
    pub pkg: Option<PkgId>,
    /// Embedded field indices from the receiver's base type to the type
    /// that declares the method.
    pub path: Vec<usize>,
    pub how: MethodKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum MethodKind {
    /// A declared method (Func object) of named type `named` (for an
    /// instance of a generic type, the generic method: its instance for
    /// `named`'s type arguments is the one called).
    Declared {
        func: ObjId,
        ptr_recv: bool,
        named: TypeId,
    },
    /// Method `index` (in gc order) of an embedded interface field.
    Iface { iface: TypeId, index: usize },
}

/// What one depth of the search found under a name.
#[derive(Clone)]
enum Entry {
    Method(MethodSel),
    Field,
}

/// The method set of `t` (a pointer to a named type, or a named or
/// struct type), sorted in gc's order.
pub(crate) fn method_set(w: &World, t: TypeId) -> Vec<MethodSel> {
    let (base, is_ptr) = match w.types.get(t) {
        Type::Pointer(e) => (*e, true),
        _ => (t, false),
    };
    if matches!(w.types.get(w.types.under(base)), Type::Interface(_)) {
        return Vec::new();
    }
    let mut found: HashMap<String, Option<Entry>> = HashMap::new();
    let mut seen: Vec<TypeId> = Vec::new();
    // (type, embedded-field path to it)
    let mut current = vec![(base, Vec::new())];
    while !current.is_empty() {
        let mut level: HashMap<String, (usize, Entry)> = HashMap::new();
        let mut next = Vec::new();
        for (typ, path) in current {
            if w.types.is_named(typ) {
                if seen.iter().any(|&s| w.identical(s, typ)) {
                    continue;
                }
                seen.push(typ);
                declared_methods(w, typ, &path, &mut level);
            }
            match w.types.get(w.types.under(typ)) {
                Type::Struct(fields) => {
                    for (i, f) in fields.iter().enumerate() {
                        let o = w.obj(f.obj);
                        record(&mut level, &o.name, Entry::Field);
                        if !f.embedded {
                            continue;
                        }
                        let ft = o.typ.expect("typed field");
                        let ft = match w.types.get(ft) {
                            Type::Pointer(e) => *e,
                            _ => ft,
                        };
                        let mut p = path.clone();
                        p.push(i);
                        next.push((ft, p));
                    }
                }
                Type::Interface(_) if !path.is_empty() => {
                    iface_methods(w, typ, &path, &mut level);
                }
                _ => {}
            }
        }
        for (name, (count, entry)) in level {
            found
                .entry(name)
                .or_insert(if count == 1 { Some(entry) } else { None });
        }
        current = next;
    }
    let mut out: Vec<MethodSel> = found
        .into_values()
        .flatten()
        .filter_map(|e| match e {
            Entry::Method(m) => Some(m),
            Entry::Field => None,
        })
        .filter(|m| is_ptr || !needs_addr(w, base, m))
        .collect();
    out.sort_by(|a, b| gc_order(w, a, b));
    out
}

/// Whether method `m` needs an addressable receiver that a value of
/// `base` cannot give: a pointer method not reached through an embedded
/// pointer.
fn needs_addr(w: &World, base: TypeId, m: &MethodSel) -> bool {
    let MethodKind::Declared { ptr_recv: true, .. } = m.how else {
        return false;
    };
    let mut t = base;
    for &i in &m.path {
        let Type::Struct(fields) = w.types.get(w.types.under(t)) else {
            return true;
        };
        let ft = w.obj(fields[i].obj).typ.expect("typed field");
        match w.types.get(ft) {
            Type::Pointer(_) => return false,
            _ => t = ft,
        }
    }
    true
}

fn record(level: &mut HashMap<String, (usize, Entry)>, name: &str, e: Entry) {
    if name == "_" {
        return;
    }
    level
        .entry(name.to_string())
        .and_modify(|(n, _)| *n += 1)
        .or_insert((1, e));
}

fn declared_methods(
    w: &World,
    t: TypeId,
    path: &[usize],
    level: &mut HashMap<String, (usize, Entry)>,
) {
    let Type::Named(n) = w.types.get(t) else {
        return;
    };
    for &m in &n.methods {
        let o = w.obj(m);
        // Generic methods (Go 1.27) belong to no method set.
        if matches!(o.typ.map(|t| w.types.get(t)), Some(Type::Signature(s)) if !s.tparams.is_empty())
        {
            continue;
        }
        let ptr_recv = matches!(o.kind, ObjKind::Func { ptr_recv: true });
        let sel = MethodSel {
            name: o.name.clone(),
            pkg: (!o.exported()).then_some(o.pkg).flatten(),
            path: path.to_vec(),
            how: MethodKind::Declared {
                func: m,
                ptr_recv,
                named: t,
            },
        };
        record(level, &o.name, Entry::Method(sel));
    }
}

fn iface_methods(
    w: &World,
    t: TypeId,
    path: &[usize],
    level: &mut HashMap<String, (usize, Entry)>,
) {
    for (index, m) in iface_method_list(w, t).into_iter().enumerate() {
        let o = w.obj(m);
        let sel = MethodSel {
            name: o.name.clone(),
            pkg: (!o.exported()).then_some(o.pkg).flatten(),
            path: path.to_vec(),
            how: MethodKind::Iface { iface: t, index },
        };
        record(level, &o.name, Entry::Method(sel));
    }
}

/// The methods of interface `t` (embedded ones included), in gc order:
/// the order of its descriptor's `Methods` and of every itab's `Fun`.
pub(crate) fn iface_method_list(w: &World, t: TypeId) -> Vec<ObjId> {
    let mut ms = w.type_set(t).methods;
    ms.sort_by(|&a, &b| compare_names(w, a, b));
    ms
}

fn compare_names(w: &World, a: ObjId, b: ObjId) -> Ordering {
    let (oa, ob) = (w.obj(a), w.obj(b));
    let key = |o: &crate::types::object::Object| {
        let path = (!o.exported())
            .then(|| o.pkg.map(|p| w.pkg(p).path.clone()))
            .flatten();
        (!o.exported(), o.name.clone(), path)
    };
    key(oa).cmp(&key(ob))
}

fn gc_order(w: &World, a: &MethodSel, b: &MethodSel) -> Ordering {
    let key = |m: &MethodSel| {
        let path = m.pkg.map(|p| w.pkg(p).path.clone());
        (m.pkg.is_some(), m.name.clone(), path)
    };
    key(a).cmp(&key(b))
}
