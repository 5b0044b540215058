//! The two names every type has here: its string as Go's `reflect`
//! prints it (`*main.T`, `map[string]int`, `interface {}`,
//! `struct { X int "json:\"x\"" }`, `func(int, ...string) (bool, error)`),
//! which goes into the descriptor, and a key that is equal for exactly
//! the identical types of one program (named types by their declaring
//! object, so two local types `T` differ), which keys the descriptor
//! table so each type gets one descriptor.

use crate::types::object::World;
use crate::types::ty::{ChanDir, Type, TypeId};

/// The type's string as `reflect.Type.String` returns it.
pub(crate) fn rtype_string(w: &World, t: TypeId) -> String {
    let t = w.types.unalias(t);
    match w.types.get(t) {
        Type::Basic(k) => k.canonical().name().to_string(),
        Type::Named(n) => {
            let o = w.obj(n.obj);
            let pkg = o.pkg.map(|p| w.pkg(p).name.clone()).unwrap_or_default();
            let mut s = if pkg.is_empty() {
                o.name.clone()
            } else {
                format!("{pkg}.{}", o.name)
            };
            if !n.targs.is_empty() {
                let args: Vec<String> = n.targs.iter().map(|&a| rtype_string(w, a)).collect();
                s.push_str(&format!("[{}]", args.join(",")));
            }
            s
        }
        Type::Pointer(e) => format!("*{}", rtype_string(w, *e)),
        Type::Slice(e) => format!("[]{}", rtype_string(w, *e)),
        Type::Array(n, e) => format!("[{n}]{}", rtype_string(w, *e)),
        Type::Map(k, v) => format!("map[{}]{}", rtype_string(w, *k), rtype_string(w, *v)),
        Type::Chan(dir, e) => {
            let es = rtype_string(w, *e);
            match dir {
                ChanDir::Send => format!("chan<- {es}"),
                ChanDir::Recv => format!("<-chan {es}"),
                // `chan (<-chan int)`: without parentheses it would read
                // as a receive-only channel of channels.
                ChanDir::Both
                    if matches!(
                        w.types.get(w.types.unalias(*e)),
                        Type::Chan(ChanDir::Recv, _)
                    ) =>
                {
                    format!("chan ({es})")
                }
                ChanDir::Both => format!("chan {es}"),
            }
        }
        Type::Signature(_) => format!("func{}", signature_string(w, t)),
        Type::Interface(_) => {
            let ms = super::super::methodset::iface_method_list(w, t);
            if ms.is_empty() {
                return "interface {}".to_string();
            }
            let parts: Vec<String> = ms
                .iter()
                .map(|&m| {
                    let o = w.obj(m);
                    format!("{}{}", o.name, signature_string(w, o.typ.expect("typed")))
                })
                .collect();
            format!("interface {{ {} }}", parts.join("; "))
        }
        Type::Struct(fields) => {
            if fields.is_empty() {
                return "struct {}".to_string();
            }
            let parts: Vec<String> = fields
                .iter()
                .map(|f| {
                    let o = w.obj(f.obj);
                    let ts = rtype_string(w, o.typ.expect("typed"));
                    let mut s = if f.embedded {
                        ts
                    } else {
                        format!("{} {ts}", o.name)
                    };
                    if let Some(tag) = f.tag.as_deref().filter(|t| !t.is_empty()) {
                        s.push_str(&format!(" {}", crate::types::typestring::go_quote(tag)));
                    }
                    s
                })
                .collect();
            format!("struct {{ {} }}", parts.join("; "))
        }
        _ => "?".to_string(),
    }
}

/// A signature without `func`: `(int, ...string) (bool, error)`.
fn signature_string(w: &World, t: TypeId) -> String {
    let Type::Signature(sig) = w.types.get(w.types.unalias(t)) else {
        return String::new();
    };
    let n = sig.params.len();
    let params: Vec<String> = sig
        .params
        .iter()
        .enumerate()
        .map(|(i, &p)| {
            let pt = w.obj(p).typ.expect("typed");
            match w.types.get(pt) {
                Type::Slice(e) if sig.variadic && i + 1 == n => {
                    format!("...{}", rtype_string(w, *e))
                }
                _ => rtype_string(w, pt),
            }
        })
        .collect();
    let results: Vec<String> = sig
        .results
        .iter()
        .map(|&r| rtype_string(w, w.obj(r).typ.expect("typed")))
        .collect();
    let mut s = format!("({})", params.join(", "));
    match results.len() {
        0 => {}
        1 => s.push_str(&format!(" {}", results[0])),
        _ => s.push_str(&format!(" ({})", results.join(", "))),
    }
    s
}

/// A key equal for identical types only. A method's signature is keyed
/// without its receiver (method types in descriptors have none).
pub(crate) fn type_key(w: &World, t: TypeId) -> String {
    let t = w.types.unalias(t);
    match w.types.get(t) {
        Type::Basic(k) => k.canonical().name().to_string(),
        Type::Named(n) => {
            let origin = n.orig.map_or(n.obj, |o| match w.types.get(o) {
                Type::Named(on) => on.obj,
                _ => n.obj,
            });
            let mut s = format!("N{}", origin.0);
            if !n.targs.is_empty() {
                let args: Vec<String> = n.targs.iter().map(|&a| type_key(w, a)).collect();
                s.push_str(&format!("[{}]", args.join(",")));
            }
            s
        }
        Type::Pointer(e) => format!("*{}", type_key(w, *e)),
        Type::Slice(e) => format!("[]{}", type_key(w, *e)),
        Type::Array(n, e) => format!("[{n}]{}", type_key(w, *e)),
        Type::Map(k, v) => format!("map[{}]{}", type_key(w, *k), type_key(w, *v)),
        Type::Chan(dir, e) => format!("chan{}({})", *dir as u8, type_key(w, *e)),
        Type::Signature(sig) => {
            let list = |vs: &[crate::types::object::ObjId]| {
                vs.iter()
                    .map(|&v| type_key(w, w.obj(v).typ.expect("typed")))
                    .collect::<Vec<_>>()
                    .join(",")
            };
            let dots = if sig.variadic { "..." } else { "" };
            format!("func({}{dots})({})", list(&sig.params), list(&sig.results))
        }
        Type::Interface(_) => {
            let ms = super::super::methodset::iface_method_list(w, t);
            let parts: Vec<String> = ms
                .iter()
                .map(|&m| {
                    let o = w.obj(m);
                    let pkg = if o.exported() {
                        String::new()
                    } else {
                        o.pkg.map(|p| w.pkg(p).path.clone()).unwrap_or_default()
                    };
                    format!("{pkg}.{}{}", o.name, type_key(w, o.typ.expect("typed")))
                })
                .collect();
            format!("iface{{{}}}", parts.join(";"))
        }
        Type::Struct(fields) => {
            let parts: Vec<String> = fields
                .iter()
                .map(|f| {
                    let o = w.obj(f.obj);
                    let pkg = if o.exported() {
                        String::new()
                    } else {
                        o.pkg.map(|p| w.pkg(p).path.clone()).unwrap_or_default()
                    };
                    format!(
                        "{pkg}.{}{} {} {:?}",
                        o.name,
                        if f.embedded { "!" } else { "" },
                        type_key(w, o.typ.expect("typed")),
                        f.tag.as_deref().unwrap_or("")
                    )
                })
                .collect();
            format!("struct{{{}}}", parts.join(";"))
        }
        other => format!("?{other:?}"),
    }
}
