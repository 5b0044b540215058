//! Objects as go/types' `ObjectString` writes them with no qualifier
//! (types and package-level names qualified by their package's path):
//! `func strings.Index(s string, substr string) int`, `var p.x int`,
//! `type p.T struct{a int}`, `type p.A = int`. `goviz check --types`
//! prints these, with a constant's exact value appended (` = 3`).

use super::object::{ObjId, ObjKind, World};
use super::ty::{Type, TypeId};
use super::typestring::{signature_string, tparam_list_string, type_string};

/// The package path qualifier (go/types' nil qualifier).
fn path_qualifier(w: &World) -> impl Fn(super::object::PkgId) -> String + '_ {
    move |p| w.pkg(p).path.clone()
}

/// `o` as go/types' `ObjectString(o, nil)` writes it (objects the checker
/// declares in packages: constants, type names, variables, functions).
pub fn object_string(w: &World, o: ObjId) -> String {
    let qf = path_qualifier(w);
    let obj = w.obj(o);
    let typ = obj.typ.unwrap_or(TypeId::INVALID);
    let mut s = String::new();
    match &obj.kind {
        ObjKind::Func { .. } => {
            s += "func ";
            s += &func_name(w, o);
            s += &signature_string(w, typ, &qf);
            return s;
        }
        ObjKind::Const(_) => s += "const",
        ObjKind::TypeName if w.types.is_type_param(typ) => s += "type parameter",
        ObjKind::TypeName => s += "type",
        ObjKind::Var { field: true, .. } => s += "field",
        ObjKind::Var { .. } => s += "var",
        ObjKind::PkgName { .. } | ObjKind::Label { .. } | ObjKind::Builtin(_) | ObjKind::Nil => {
            s += obj.kind_name();
            s += " ";
            s += &obj.name;
            return s;
        }
    }
    s += " ";
    s += &package_prefix(w, o);
    s += &obj.name;
    let shown = match (&obj.kind, w.types.get(typ)) {
        (ObjKind::TypeName, Type::Basic(_)) => return s,
        (ObjKind::TypeName, Type::Alias(a)) => {
            tparams(w, &a.tparams, &mut s);
            s += " =";
            a.actual.unwrap_or(TypeId::INVALID)
        }
        (ObjKind::TypeName, Type::Named(n)) => {
            tparams(w, &n.tparams, &mut s);
            n.underlying.unwrap_or(TypeId::INVALID)
        }
        (ObjKind::TypeName, Type::TypeParam(p)) => p.bound.unwrap_or(TypeId::INVALID),
        _ => typ,
    };
    s += " ";
    s += &type_string(w, shown, &qf);
    s
}

/// `[P any, Q comparable]` after a generic type's name.
fn tparams(w: &World, list: &[ObjId], s: &mut String) {
    if !list.is_empty() {
        *s += &tparam_list_string(w, list, &path_qualifier(w));
    }
}

/// `(T).m` or `(*T).m` for a method, `path.f` for a function.
fn func_name(w: &World, o: ObjId) -> String {
    let obj = w.obj(o);
    let recv = obj.typ.and_then(|t| match w.types.get(t) {
        Type::Signature(sig) => sig.recv,
        _ => None,
    });
    match recv {
        Some(r) => {
            let rt = w.type_of(r);
            let shown = if matches!(w.types.get(rt), Type::Interface(_)) {
                "interface".to_string()
            } else {
                type_string(w, rt, &path_qualifier(w))
            };
            format!("({shown}).{}", obj.name)
        }
        None => format!(
            "{}{}",
            obj.pkg
                .map_or(String::new(), |p| w.pkg(p).path.clone() + "."),
            obj.name
        ),
    }
}

/// `path.` for a package-level object, else nothing.
fn package_prefix(w: &World, o: ObjId) -> String {
    let obj = w.obj(o);
    match obj.pkg {
        Some(p) if w.lookup_local(w.pkg(p).scope, &obj.name) == Some(o) => {
            format!("{}.", w.pkg(p).path)
        }
        _ => String::new(),
    }
}

/// The lines `goviz check --types` prints for a package: each
/// package-level object in declaration order (constants with their exact
/// value), each defined type followed by its methods.
pub fn package_types(w: &World, pkg: super::object::PkgId) -> Vec<String> {
    let scope = w.scope(w.pkg(pkg).scope);
    let mut out = Vec::new();
    for name in &scope.names {
        let o = scope.elems[name];
        let mut line = object_string(w, o);
        if let ObjKind::Const(v) = &w.obj(o).kind {
            line += " = ";
            line += &v.exact_string();
        }
        out.push(line);
        if let (ObjKind::TypeName, Some(t)) = (&w.obj(o).kind, w.obj(o).typ)
            && let Type::Named(n) = w.types.get(t)
        {
            out.extend(n.methods.iter().map(|&m| object_string(w, m)));
        }
    }
    out
}
