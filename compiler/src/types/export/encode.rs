//! Writing a checked package's export data (format: see the module above).
//!
//! The encoder numbers the types and objects it meets, starting from the
//! package-level objects, and writes one record per number in order: a
//! record names the records it refers to by number, assigning numbers to
//! new ones as it goes, so the queue of numbered-but-unwritten records is
//! drained in numbering order.

use std::collections::HashMap;

use super::{Writer, tag};
use crate::types::constant::{FloatParts, Value};
use crate::types::object::{ObjId, ObjKind, PkgId, World};
use crate::types::ty::{ChanDir, Type, TypeId};

/// A type or an object, the two kinds of records.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Node {
    Type(TypeId),
    Obj(ObjId),
}

/// Why a package cannot be exported: it refers to something of another
/// package that has no name there (see the format's invariants).
#[derive(Debug)]
pub struct Unexportable;

type Result<T> = std::result::Result<T, Unexportable>;

struct Encoder<'w> {
    w: &'w World,
    pkg: PkgId,
    numbers: HashMap<Node, u32>,
    queue: Vec<Node>,
    out: Writer,
}

/// The export data of `pkg`, a package checked without errors.
pub fn encode_package(w: &World, pkg: PkgId) -> Result<Vec<u8>> {
    let mut e = Encoder {
        w,
        pkg,
        numbers: HashMap::new(),
        queue: Vec::new(),
        out: Writer::default(),
    };
    let p = w.pkg(pkg);
    let scope = w.scope(p.scope);
    let scope_objs: Vec<u32> = scope
        .names
        .iter()
        .map(|n| e.number(Node::Obj(scope.elems[n])))
        .collect();
    // Records are written into `out` first; the header goes in front.
    let mut i = 0;
    while i < e.queue.len() {
        let node = e.queue[i];
        match node {
            Node::Type(t) => e.type_record(t)?,
            Node::Obj(o) => e.obj_record(o)?,
        }
        i += 1;
    }
    let mut head = Writer::default();
    head.str(&p.path);
    head.str(&p.name);
    head.uint(p.imports.len() as u64);
    for &imp in &p.imports {
        head.str(&w.pkg(imp).path);
    }
    head.uint(scope_objs.len() as u64);
    for n in scope_objs {
        head.uint(u64::from(n));
    }
    head.uint(e.queue.len() as u64);
    head.buf.extend_from_slice(&e.out.buf);
    Ok(head.buf)
}

impl Encoder<'_> {
    /// The record number of `node`, queueing it if new.
    fn number(&mut self, node: Node) -> u32 {
        let next = self.numbers.len() as u32;
        *self.numbers.entry(node).or_insert_with(|| {
            self.queue.push(node);
            next
        })
    }

    fn typ(&mut self, t: TypeId) {
        let n = self.number(Node::Type(t));
        self.out.uint(u64::from(n));
    }

    fn opt_typ(&mut self, t: Option<TypeId>) {
        match t {
            Some(t) => {
                self.out.byte(1);
                self.typ(t);
            }
            None => self.out.byte(0),
        }
    }

    fn types(&mut self, ts: &[TypeId]) {
        self.out.uint(ts.len() as u64);
        for &t in ts {
            self.typ(t);
        }
    }

    fn obj(&mut self, o: ObjId) {
        let n = self.number(Node::Obj(o));
        self.out.uint(u64::from(n));
    }

    fn objs(&mut self, os: &[ObjId]) {
        self.out.uint(os.len() as u64);
        for &o in os {
            self.obj(o);
        }
    }

    /// Whether `o` is declared at package level (or in the universe), so
    /// that an importer finds it by name.
    fn is_pkg_level(&self, o: ObjId) -> bool {
        let obj = self.w.obj(o);
        let Some(parent) = obj.parent else {
            return false;
        };
        let is_pkg_scope = match obj.pkg {
            None => parent == self.w.universe,
            Some(p) => parent == self.w.pkg(p).scope,
        };
        is_pkg_scope && self.w.lookup_local(parent, &obj.name) == Some(o)
    }

    /// The path of `o`'s package ("" for predeclared objects).
    fn pkg_path(&self, o: ObjId) -> &str {
        self.w.obj(o).pkg.map_or("", |p| &self.w.pkg(p).path)
    }

    fn foreign(&self, o: ObjId) -> bool {
        self.w.obj(o).pkg != Some(self.pkg)
    }

    /// A type of another package declared at its package level: written
    /// by name.
    fn ext_type(&self, t: TypeId) -> Option<ObjId> {
        let obj = match self.w.types.get(t) {
            Type::Named(n) if n.orig.is_none() => n.obj,
            Type::Alias(a) if a.orig.is_none() => a.obj,
            _ => return None,
        };
        let named_by_it = self.w.obj(obj).typ == Some(t);
        (self.foreign(obj) && named_by_it && self.is_pkg_level(obj)).then_some(obj)
    }

    fn type_record(&mut self, t: TypeId) -> Result<()> {
        if let Some(obj) = self.ext_type(t) {
            self.out.byte(tag::EXT_TYPE);
            let (path, name) = (self.pkg_path(obj).to_string(), &self.w.obj(obj).name);
            self.out.str(&path);
            self.out.str(name);
            return Ok(());
        }
        match self.w.types.get(t).clone() {
            Type::Basic(k) => {
                self.out.byte(tag::BASIC);
                self.out.byte(k as u8);
            }
            Type::Pointer(b) => self.elem(tag::POINTER, b),
            Type::Slice(e) => self.elem(tag::SLICE, e),
            Type::Array(n, e) => {
                self.out.byte(tag::ARRAY);
                self.out.int(n);
                self.typ(e);
            }
            Type::Map(k, v) => {
                self.out.byte(tag::MAP);
                self.typ(k);
                self.typ(v);
            }
            Type::Chan(d, e) => {
                self.out.byte(tag::CHAN);
                self.out.byte(match d {
                    ChanDir::Both => 0,
                    ChanDir::Send => 1,
                    ChanDir::Recv => 2,
                });
                self.typ(e);
            }
            Type::Struct(fields) => {
                self.out.byte(tag::STRUCT);
                self.out.uint(fields.len() as u64);
                for f in &fields {
                    self.obj(f.obj);
                    self.out.byte(u8::from(f.embedded));
                    match &f.tag {
                        Some(s) => {
                            self.out.byte(1);
                            self.out.str(s);
                        }
                        None => self.out.byte(0),
                    }
                }
            }
            Type::Tuple(vars) => {
                self.out.byte(tag::TUPLE);
                self.objs(&vars);
            }
            Type::Signature(s) => {
                self.out.byte(tag::SIGNATURE);
                match s.recv {
                    Some(r) => {
                        self.out.byte(1);
                        self.obj(r);
                    }
                    None => self.out.byte(0),
                }
                self.objs(&s.tparams);
                self.objs(&s.rparams);
                self.objs(&s.params);
                self.objs(&s.results);
                self.out.byte(u8::from(s.variadic));
            }
            Type::Interface(i) => {
                self.out.byte(tag::INTERFACE);
                self.objs(&i.methods);
                self.types(&i.embeddeds);
                self.out.byte(u8::from(i.implicit));
            }
            Type::Union(terms) => {
                self.out.byte(tag::UNION);
                self.out.uint(terms.len() as u64);
                for term in terms {
                    self.out.byte(u8::from(term.tilde));
                    self.typ(term.typ);
                }
            }
            Type::Named(n) => match n.orig {
                Some(orig) => {
                    self.out.byte(tag::INSTANCE);
                    self.typ(orig);
                    self.types(&n.targs);
                    self.opt_typ(n.underlying);
                }
                None => {
                    self.own_type_name(n.obj)?;
                    self.out.byte(tag::NAMED);
                    self.obj(n.obj);
                    self.opt_typ(n.underlying);
                    self.objs(&n.methods);
                    self.objs(&n.tparams);
                }
            },
            Type::TypeParam(p) => {
                self.own_type_name(p.obj)?;
                self.out.byte(tag::TYPE_PARAM);
                self.obj(p.obj);
                self.out.uint(p.index as u64);
                self.opt_typ(p.bound);
            }
            Type::Alias(a) => {
                self.out.byte(tag::ALIAS);
                self.obj(a.obj);
                self.opt_typ(a.actual);
                self.objs(&a.tparams);
                self.types(&a.targs);
                self.opt_typ(a.orig);
            }
        }
        Ok(())
    }

    fn elem(&mut self, tag: u8, e: TypeId) {
        self.out.byte(tag);
        self.typ(e);
    }

    /// Named types and type parameters are written in full only by their
    /// own package: a copy made elsewhere would be a different type.
    fn own_type_name(&self, obj: ObjId) -> Result<()> {
        if self.foreign(obj) {
            Err(Unexportable)
        } else {
            Ok(())
        }
    }

    fn obj_record(&mut self, o: ObjId) -> Result<()> {
        let obj = self.w.obj(o);
        if self.foreign(o) && self.is_pkg_level(o) {
            self.out.byte(tag::EXT_OBJ);
            let path = self.pkg_path(o).to_string();
            self.out.str(&path);
            self.out.str(&obj.name);
            return Ok(());
        }
        let (kind, name, typ) = (obj.kind.clone(), obj.name.clone(), obj.typ);
        match &kind {
            ObjKind::Var {
                field,
                embedded,
                param,
                used,
            } => {
                self.out.byte(tag::VAR);
                let flags = [*field, *embedded, *param, *used]
                    .iter()
                    .enumerate()
                    .fold(0u8, |acc, (i, &b)| acc | (u8::from(b) << i));
                self.out.byte(flags);
            }
            ObjKind::Const(_) => self.out.byte(tag::CONST),
            ObjKind::TypeName => {
                self.own_type_name(o)?;
                self.out.byte(tag::TYPE_NAME);
            }
            ObjKind::Func { ptr_recv } => {
                self.out.byte(tag::FUNC);
                self.out.byte(u8::from(*ptr_recv));
            }
            // Package names, labels, builtins and nil are never part of a
            // package's exported types.
            _ => return Err(Unexportable),
        }
        self.out.str(&name);
        self.obj_pkg(o);
        self.opt_typ(typ);
        if let ObjKind::Const(v) = &kind {
            self.value(v);
        }
        Ok(())
    }

    fn obj_pkg(&mut self, o: ObjId) {
        match self.w.obj(o).pkg {
            None => self.out.byte(tag::PKG_NONE),
            Some(p) if p == self.pkg => self.out.byte(tag::PKG_SELF),
            Some(p) => {
                self.out.byte(tag::PKG_PATH);
                let path = self.w.pkg(p).path.clone();
                self.out.str(&path);
            }
        }
    }

    fn value(&mut self, v: &Value) {
        match v {
            Value::Unknown => self.out.byte(tag::VAL_UNKNOWN),
            Value::Bool(b) => {
                self.out.byte(tag::VAL_BOOL);
                self.out.byte(u8::from(*b));
            }
            Value::String(s) => {
                self.out.byte(tag::VAL_STRING);
                self.out.bytes(s.bytes());
            }
            Value::Int(x) => {
                self.out.byte(tag::VAL_INT);
                self.bigint(x);
            }
            Value::Float(f) => match f.parts() {
                FloatParts::Rat(n, d) => {
                    self.out.byte(tag::VAL_RAT);
                    self.bigint(&n);
                    self.bigint(&d);
                }
                FloatParts::Big(neg, form, mant, exp) => {
                    self.out.byte(tag::VAL_BIGFLOAT);
                    self.out.byte(u8::from(neg));
                    self.out.byte(form);
                    self.out.bytes(&mant.to_bytes_le());
                    self.out.int(exp);
                }
            },
            Value::Complex(re, im) => {
                self.out.byte(tag::VAL_COMPLEX);
                self.value(re);
                self.value(im);
            }
        }
    }

    fn bigint(&mut self, x: &num_bigint::BigInt) {
        let (sign, mag) = x.to_bytes_le();
        self.out.byte(u8::from(sign == num_bigint::Sign::Minus));
        self.out.bytes(&mag);
    }
}
