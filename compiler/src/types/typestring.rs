//! Types as text, exactly as types2 writes them in error messages.
//!
//! `,` and `;` are followed by a space; parameter names are shown; a
//! variadic last parameter is `...T`; types of other packages are
//! qualified by the [`Qualifier`] (gc: the package name, or the quoted path
//! when two imported packages share a name; nothing for the package being
//! checked).

use super::object::{ObjKind, PkgId, World};
use super::ty::{ChanDir, Type, TypeId};

/// Longest type text written before the rest is elided.
const MAX_TYPE_STRING: usize = 16 * 1024;

/// Maps a package to the prefix written before its type names ("" for none).
pub type Qualifier<'a> = &'a dyn Fn(PkgId) -> String;

pub fn type_string(w: &World, t: TypeId, qf: Qualifier<'_>) -> String {
    let mut tw = TypeWriter::new(w, qf);
    tw.typ(t);
    tw.buf
}

/// A signature without the leading `func`.
pub fn signature_string(w: &World, t: TypeId, qf: Qualifier<'_>) -> String {
    let mut tw = TypeWriter::new(w, qf);
    tw.signature(t);
    tw.buf
}

/// A type parameter list with constraints: `[K comparable, V any]`.
pub fn tparam_list_string(w: &World, list: &[super::object::ObjId], qf: Qualifier<'_>) -> String {
    let mut tw = TypeWriter::new(w, qf);
    tw.tparam_list(list);
    tw.buf
}

struct TypeWriter<'a> {
    w: &'a World,
    qf: Qualifier<'a>,
    buf: String,
    seen: Vec<TypeId>,
}

impl<'a> TypeWriter<'a> {
    fn new(w: &'a World, qf: Qualifier<'a>) -> TypeWriter<'a> {
        TypeWriter {
            w,
            qf,
            buf: String::new(),
            seen: Vec::new(),
        }
    }

    fn byte(&mut self, b: char) {
        self.buf.push(b);
        if b == ',' || b == ';' {
            self.buf.push(' ');
        }
    }

    fn s(&mut self, s: &str) {
        self.buf.push_str(s);
    }

    fn type_name(&mut self, obj: super::object::ObjId) {
        let o = self.w.obj(obj);
        if let Some(p) = o.pkg {
            let q = (self.qf)(p);
            if !q.is_empty() {
                self.buf.push_str(&q);
                self.buf.push('.');
            }
        }
        self.buf.push_str(&o.name);
    }

    fn type_list(&mut self, list: &[TypeId]) {
        self.byte('[');
        for (i, &t) in list.iter().enumerate() {
            if i > 0 {
                self.byte(',');
            }
            self.typ(t);
        }
        self.byte(']');
    }

    fn tparam_list(&mut self, list: &[super::object::ObjId]) {
        self.byte('[');
        let mut prev: Option<TypeId> = None;
        for (i, &tp) in list.iter().enumerate() {
            let t = self.w.obj(tp).typ.unwrap_or(TypeId::INVALID);
            let bound = match self.w.types.get(t) {
                Type::TypeParam(p) => p.bound,
                _ => None,
            };
            if i > 0 {
                if bound != prev
                    && let Some(p) = prev
                {
                    self.byte(' ');
                    self.typ(p);
                }
                self.byte(',');
            }
            prev = bound;
            self.typ(t);
        }
        if let Some(p) = prev {
            self.byte(' ');
            self.typ(p);
        }
        self.byte(']');
    }

    fn tuple(&mut self, vars: &[super::object::ObjId], variadic: bool) {
        self.byte('(');
        for (i, &v) in vars.iter().enumerate() {
            if i > 0 {
                self.byte(',');
            }
            let o = self.w.obj(v);
            if !o.name.is_empty() {
                let name = o.name.clone();
                self.s(&name);
                self.byte(' ');
            }
            let t = o.typ.unwrap_or(TypeId::INVALID);
            if variadic && i == vars.len() - 1 {
                if let Type::Slice(elem) = self.w.types.get(t) {
                    let elem = *elem;
                    self.s("...");
                    self.typ(elem);
                } else {
                    self.typ(t);
                    self.s("...");
                }
            } else {
                self.typ(t);
            }
        }
        self.byte(')');
    }

    fn signature(&mut self, t: TypeId) {
        let Type::Signature(sig) = self.w.types.get(t) else {
            self.s("<not a signature>");
            return;
        };
        let sig = sig.clone();
        if !sig.tparams.is_empty() {
            self.tparam_list(&sig.tparams);
        }
        self.tuple(&sig.params, sig.variadic);
        match &sig.results[..] {
            [] => {}
            [r] if self.w.obj(*r).name.is_empty() => {
                self.byte(' ');
                self.typ(self.w.obj(*r).typ.unwrap_or(TypeId::INVALID));
            }
            rs => {
                self.byte(' ');
                self.tuple(rs, false);
            }
        }
    }

    fn typ(&mut self, t: TypeId) {
        if self.seen.contains(&t) {
            self.s("<cycle>");
            return;
        }
        // Pathological types (a generic function passed to itself grows
        // its argument type exponentially) must not make a message huge.
        if self.buf.len() > MAX_TYPE_STRING {
            if !self.buf.ends_with('…') {
                self.buf.push('…');
            }
            return;
        }
        self.seen.push(t);
        self.typ_inner(t);
        self.seen.pop();
    }

    fn typ_inner(&mut self, t: TypeId) {
        match self.w.types.get(t).clone() {
            Type::Basic(k) => {
                // unsafe.Pointer is always written qualified
                self.s(k.name());
            }
            Type::Array(n, elem) => {
                self.byte('[');
                self.s(&n.to_string());
                self.byte(']');
                self.typ(elem);
            }
            Type::Slice(elem) => {
                self.s("[]");
                self.typ(elem);
            }
            Type::Struct(fields) => {
                self.s("struct{");
                for (i, f) in fields.iter().enumerate() {
                    if i > 0 {
                        self.byte(';');
                    }
                    let o = self.w.obj(f.obj);
                    if !f.embedded {
                        let name = o.name.clone();
                        self.s(&name);
                        self.byte(' ');
                    }
                    self.typ(o.typ.unwrap_or(TypeId::INVALID));
                    if let Some(tag) = &f.tag
                        && !tag.is_empty()
                    {
                        self.byte(' ');
                        self.s(&go_quote(tag));
                    }
                }
                self.byte('}');
            }
            Type::Pointer(base) => {
                self.byte('*');
                self.typ(base);
            }
            Type::Tuple(vars) => self.tuple(&vars, false),
            Type::Signature(_) => {
                self.s("func");
                self.signature(t);
            }
            Type::Union(terms) => {
                for (i, term) in terms.iter().enumerate() {
                    if i > 0 {
                        self.s(" | ");
                    }
                    if term.tilde {
                        self.byte('~');
                    }
                    self.typ(term.typ);
                }
            }
            Type::Interface(iface) => {
                if self.is_comparable_underlying(t) {
                    self.s("interface{comparable}");
                    return;
                }
                if iface.implicit && iface.methods.is_empty() && iface.embeddeds.len() == 1 {
                    self.typ(iface.embeddeds[0]);
                    return;
                }
                self.s("interface{");
                let mut first = true;
                for &m in &iface.methods {
                    if !first {
                        self.byte(';');
                    }
                    first = false;
                    let o = self.w.obj(m);
                    let (name, mt) = (o.name.clone(), o.typ.unwrap_or(TypeId::INVALID));
                    self.s(&name);
                    self.signature(mt);
                }
                for &e in &iface.embeddeds {
                    if !first {
                        self.byte(';');
                    }
                    first = false;
                    self.typ(e);
                }
                self.byte('}');
            }
            Type::Map(k, v) => {
                self.s("map[");
                self.typ(k);
                self.byte(']');
                self.typ(v);
            }
            Type::Chan(dir, elem) => {
                let parens = dir == ChanDir::Both
                    && matches!(self.w.types.get(elem), Type::Chan(ChanDir::Recv, _));
                self.s(match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                });
                if parens {
                    self.byte('(');
                }
                self.typ(elem);
                if parens {
                    self.byte(')');
                }
            }
            Type::Named(n) => {
                self.type_name(n.obj);
                if !n.targs.is_empty() {
                    self.type_list(&n.targs);
                } else if !n.tparams.is_empty() {
                    self.tparam_list(&n.tparams);
                }
            }
            Type::TypeParam(p) => {
                let name = self.w.obj(p.obj).name.clone();
                self.s(&name);
                if self.w.lookup_local(self.w.universe, &name).is_some() {
                    let pos = self.w.position(self.w.obj(p.obj).pos);
                    if let Some((f, l, c)) = pos {
                        self.s(&format!(" /* with {name} declared at {f}:{l}:{c} */"));
                    }
                }
            }
            Type::Alias(a) => {
                self.type_name(a.obj);
                if !a.targs.is_empty() {
                    self.type_list(&a.targs);
                } else if !a.tparams.is_empty() {
                    self.tparam_list(&a.tparams);
                }
            }
        }
    }

    /// The underlying interface of the predeclared `comparable`.
    fn is_comparable_underlying(&self, t: TypeId) -> bool {
        let Some(c) = self.w.lookup_local(self.w.universe, "comparable") else {
            return false;
        };
        let ct = self.w.obj(c).typ;
        matches!(self.w.obj(c).kind, ObjKind::TypeName)
            && ct.is_some_and(|ct| match self.w.types.get(ct) {
                Type::Named(n) => n.underlying == Some(t),
                _ => false,
            })
    }
}

/// Go's `strconv.Quote` for struct tags.
pub fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x07' => out.push_str("\\a"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            c if crate::syntax::unicode::is_print(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xFFFF => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push('"');
    out
}
