//! Reading export data into a [`World`] (format: see the module above).
//!
//! Decoding is in two steps so that bad input never leaves a half-built
//! package behind: the bytes are first parsed into records and every
//! reference is checked (indices in range, types where types are expected,
//! other packages' names resolvable); only then are types and objects
//! created — placeholders for every record first, then their contents,
//! since records refer to each other in cycles.

use num_bigint::{BigInt, BigUint, Sign};

use super::{Reader, tag};
use crate::types::constant::{Float, FloatParts, Str, Value};
use crate::types::object::{GPos, ObjId, ObjKind, Object, Package, PkgId, World};
use crate::types::ty::{
    Alias, BASIC_KINDS, BasicKind, ChanDir, Field, Interface, Named, Signature, Term, Type, TypeId,
    TypeParam,
};

/// A parsed type record; `u32`s are record numbers.
enum TRec {
    Basic(TypeId),
    Ext(TypeId),
    Pointer(u32),
    Slice(u32),
    Array(i64, u32),
    Map(u32, u32),
    Chan(ChanDir, u32),
    Struct(Vec<(u32, bool, Option<String>)>),
    Tuple(Vec<u32>),
    Signature {
        recv: Option<u32>,
        tparams: Vec<u32>,
        rparams: Vec<u32>,
        params: Vec<u32>,
        results: Vec<u32>,
        variadic: bool,
    },
    Interface(Vec<u32>, Vec<u32>, bool),
    Union(Vec<(bool, u32)>),
    Named {
        obj: u32,
        underlying: Option<u32>,
        methods: Vec<u32>,
        tparams: Vec<u32>,
    },
    Instance {
        orig: u32,
        targs: Vec<u32>,
        underlying: Option<u32>,
    },
    TypeParam(u32, usize, Option<u32>),
    Alias {
        obj: u32,
        actual: Option<u32>,
        tparams: Vec<u32>,
        targs: Vec<u32>,
        orig: Option<u32>,
    },
}

/// A parsed object record.
enum ORec {
    Ext(ObjId),
    Local {
        kind: ObjKind,
        name: String,
        pkg: Option<Option<PkgId>>,
        typ: Option<u32>,
    },
}

enum Rec {
    Type(TRec),
    Obj(ORec),
}

/// Finds a loaded package by import path.
pub type Resolver<'a> = &'a dyn Fn(&str) -> Option<PkgId>;

/// Loads package `path` from its export data; None if the data is
/// damaged, is another package's, or refers to something the World does
/// not have (the World is then left unchanged).
pub fn decode_package(
    w: &mut World,
    data: &[u8],
    path: &str,
    resolve: Resolver<'_>,
) -> Option<PkgId> {
    let mut p = Parser {
        r: Reader { data, pos: 0 },
        w,
        resolve,
    };
    if p.r.str()? != path {
        return None;
    }
    let path = path.to_string();
    let name = p.r.str()?.to_string();
    let imports = p.list(|p| {
        let s = p.r.str()?;
        (p.resolve)(s)
    })?;
    let scope = p.list(|p| p.index())?;
    let n = p.r.len()?;
    let mut recs = Vec::with_capacity(n);
    for _ in 0..n {
        recs.push(p.record()?);
    }
    if !p.r.at_end() || !valid(&recs, &scope) || has_unnamed_cycle(&recs) {
        return None;
    }
    Some(build(w, path, name, imports, &scope, recs))
}

struct Parser<'a, 'w> {
    r: Reader<'a>,
    w: &'w World,
    resolve: Resolver<'a>,
}

impl Parser<'_, '_> {
    fn index(&mut self) -> Option<u32> {
        u32::try_from(self.r.uint()?).ok()
    }

    fn opt_index(&mut self) -> Option<Option<u32>> {
        match self.r.byte()? {
            0 => Some(None),
            1 => Some(Some(self.index()?)),
            _ => None,
        }
    }

    fn flag(&mut self) -> Option<bool> {
        match self.r.byte()? {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }

    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.r.len()?;
        (0..n).map(|_| item(self)).collect()
    }

    fn indices(&mut self) -> Option<Vec<u32>> {
        self.list(|p| p.index())
    }

    /// Another package's package-level object (the universe's for "").
    fn ext_obj(&mut self) -> Option<ObjId> {
        let path = self.r.str()?;
        let name = self.r.str()?;
        let scope = if path.is_empty() {
            self.w.universe
        } else {
            self.w.pkg((self.resolve)(path)?).scope
        };
        self.w.lookup_local(scope, name)
    }

    fn record(&mut self) -> Option<Rec> {
        let t = self.r.byte()?;
        let rec = match t {
            tag::BASIC => {
                let k = *BASIC_KINDS.get(usize::from(self.r.byte()?))?;
                TRec::Basic(TypeId::basic(k))
            }
            tag::EXT_TYPE => {
                let o = self.ext_obj()?;
                let obj = self.w.obj(o);
                if !matches!(obj.kind, ObjKind::TypeName) {
                    return None;
                }
                TRec::Ext(obj.typ?)
            }
            tag::POINTER => TRec::Pointer(self.index()?),
            tag::SLICE => TRec::Slice(self.index()?),
            tag::ARRAY => TRec::Array(self.r.int()?, self.index()?),
            tag::MAP => TRec::Map(self.index()?, self.index()?),
            tag::CHAN => {
                let d = match self.r.byte()? {
                    0 => ChanDir::Both,
                    1 => ChanDir::Send,
                    2 => ChanDir::Recv,
                    _ => return None,
                };
                TRec::Chan(d, self.index()?)
            }
            tag::STRUCT => TRec::Struct(self.list(|p| {
                let obj = p.index()?;
                let embedded = p.flag()?;
                let tag = match p.flag()? {
                    true => Some(p.r.str()?.to_string()),
                    false => None,
                };
                Some((obj, embedded, tag))
            })?),
            tag::TUPLE => TRec::Tuple(self.indices()?),
            tag::SIGNATURE => TRec::Signature {
                recv: self.opt_index()?,
                tparams: self.indices()?,
                rparams: self.indices()?,
                params: self.indices()?,
                results: self.indices()?,
                variadic: self.flag()?,
            },
            tag::INTERFACE => TRec::Interface(self.indices()?, self.indices()?, self.flag()?),
            tag::UNION => TRec::Union(self.list(|p| Some((p.flag()?, p.index()?)))?),
            tag::NAMED => TRec::Named {
                obj: self.index()?,
                underlying: self.opt_index()?,
                methods: self.indices()?,
                tparams: self.indices()?,
            },
            tag::INSTANCE => TRec::Instance {
                orig: self.index()?,
                targs: self.indices()?,
                underlying: self.opt_index()?,
            },
            tag::TYPE_PARAM => {
                let obj = self.index()?;
                let index = usize::try_from(self.r.uint()?).ok()?;
                TRec::TypeParam(obj, index, self.opt_index()?)
            }
            tag::ALIAS => TRec::Alias {
                obj: self.index()?,
                actual: self.opt_index()?,
                tparams: self.indices()?,
                targs: self.indices()?,
                orig: self.opt_index()?,
            },
            tag::EXT_OBJ => return Some(Rec::Obj(ORec::Ext(self.ext_obj()?))),
            _ => return self.local_obj(t).map(Rec::Obj),
        };
        Some(Rec::Type(rec))
    }

    fn local_obj(&mut self, t: u8) -> Option<ORec> {
        let mut kind = match t {
            tag::VAR => {
                let f = self.r.byte()?;
                let bit = |i: u8| f & (1 << i) != 0;
                ObjKind::Var {
                    field: bit(0),
                    embedded: bit(1),
                    param: bit(2),
                    used: bit(3),
                }
            }
            tag::CONST => ObjKind::Const(Value::Unknown),
            tag::TYPE_NAME => ObjKind::TypeName,
            tag::FUNC => ObjKind::Func {
                ptr_recv: self.flag()?,
            },
            _ => return None,
        };
        let name = self.r.str()?.to_string();
        let pkg = match self.r.byte()? {
            tag::PKG_NONE => Some(None),
            tag::PKG_SELF => None,
            tag::PKG_PATH => {
                let path = self.r.str()?;
                Some(Some((self.resolve)(path)?))
            }
            _ => return None,
        };
        let typ = self.opt_index()?;
        if let ObjKind::Const(v) = &mut kind {
            *v = self.value(true)?;
        }
        Some(ORec::Local {
            kind,
            name,
            pkg,
            typ,
        })
    }

    /// A constant value (`outer`: a complex value's parts are not complex).
    fn value(&mut self, outer: bool) -> Option<Value> {
        Some(match self.r.byte()? {
            tag::VAL_UNKNOWN => Value::Unknown,
            tag::VAL_BOOL => Value::Bool(self.flag()?),
            tag::VAL_STRING => Value::String(Str::new(self.r.bytes()?)),
            tag::VAL_INT => Value::Int(self.bigint()?),
            tag::VAL_RAT => {
                let parts = FloatParts::Rat(self.bigint()?, self.bigint()?);
                Value::Float(Float::from_parts(parts)?)
            }
            tag::VAL_BIGFLOAT => {
                let neg = self.flag()?;
                let form = self.r.byte()?;
                let mant = BigUint::from_bytes_le(self.r.bytes()?);
                let parts = FloatParts::Big(neg, form, mant, self.r.int()?);
                Value::Float(Float::from_parts(parts)?)
            }
            tag::VAL_COMPLEX if outer => {
                Value::Complex(Box::new(self.value(false)?), Box::new(self.value(false)?))
            }
            _ => return None,
        })
    }

    fn bigint(&mut self) -> Option<BigInt> {
        let sign = if self.flag()? {
            Sign::Minus
        } else {
            Sign::Plus
        };
        Some(BigInt::from_bytes_le(sign, self.r.bytes()?))
    }
}

/// Every reference points at a record of the right kind; the package's
/// scope holds only its own objects.
fn valid(recs: &[Rec], scope: &[u32]) -> bool {
    let is_type = |i: &u32| matches!(recs.get(*i as usize), Some(Rec::Type(_)));
    let is_obj = |i: &u32| matches!(recs.get(*i as usize), Some(Rec::Obj(_)));
    let types = |v: &[u32]| v.iter().all(is_type);
    let objs = |v: &[u32]| v.iter().all(is_obj);
    let opt_type = |t: &Option<u32>| t.as_ref().is_none_or(is_type);
    let is_local_obj =
        |i: &u32| matches!(recs.get(*i as usize), Some(Rec::Obj(ORec::Local { .. })));
    scope.iter().all(is_local_obj)
        && recs.iter().all(|r| match r {
            Rec::Obj(ORec::Ext(_)) => true,
            Rec::Obj(ORec::Local { typ, .. }) => opt_type(typ),
            Rec::Type(t) => match t {
                TRec::Basic(_) | TRec::Ext(_) => true,
                TRec::Pointer(e) | TRec::Slice(e) | TRec::Array(_, e) | TRec::Chan(_, e) => {
                    is_type(e)
                }
                TRec::Map(k, v) => is_type(k) && is_type(v),
                TRec::Struct(fs) => fs.iter().all(|(o, ..)| is_obj(o)),
                TRec::Tuple(vs) => objs(vs),
                TRec::Signature {
                    recv,
                    tparams,
                    rparams,
                    params,
                    results,
                    ..
                } => {
                    recv.as_ref().is_none_or(is_obj)
                        && objs(tparams)
                        && objs(rparams)
                        && objs(params)
                        && objs(results)
                }
                TRec::Interface(ms, es, _) => objs(ms) && types(es),
                TRec::Union(ts) => ts.iter().all(|(_, t)| is_type(t)),
                TRec::Named {
                    obj,
                    underlying,
                    methods,
                    tparams,
                } => is_obj(obj) && opt_type(underlying) && objs(methods) && objs(tparams),
                TRec::Instance {
                    orig,
                    targs,
                    underlying,
                } => is_type(orig) && types(targs) && opt_type(underlying),
                TRec::TypeParam(o, _, b) => is_obj(o) && opt_type(b),
                TRec::Alias {
                    obj,
                    actual,
                    tparams,
                    targs,
                    orig,
                } => {
                    is_obj(obj)
                        && opt_type(actual)
                        && objs(tparams)
                        && types(targs)
                        && opt_type(orig)
                }
            },
        })
}

/// Whether the records hold a cycle that passes through no named type
/// (`*T` whose base is itself): Go has no such types, and the checker's
/// walks over types assume there are none, so such data is refused.
/// Named types, instances, type parameters and other packages' types end
/// a path. Iterative, as the data may be deep.
fn has_unnamed_cycle(recs: &[Rec]) -> bool {
    // 0: not visited, 1: on the current path, 2: done.
    let mut state = vec![0u8; recs.len()];
    for start in 0..recs.len() {
        if state[start] != 0 {
            continue;
        }
        let mut stack: Vec<(usize, Vec<u32>)> = vec![(start, successors(recs, start))];
        state[start] = 1;
        while let Some((node, next)) = stack.last_mut() {
            match next.pop() {
                Some(n) => {
                    let n = n as usize;
                    match state[n] {
                        1 => return true,
                        0 => {
                            state[n] = 1;
                            stack.push((n, successors(recs, n)));
                        }
                        _ => {}
                    }
                }
                None => {
                    state[*node] = 2;
                    stack.pop();
                }
            }
        }
    }
    false
}

/// The records a record's structure is made of (see `has_unnamed_cycle`).
fn successors(recs: &[Rec], i: usize) -> Vec<u32> {
    match &recs[i] {
        Rec::Obj(ORec::Local { typ, .. }) => typ.iter().copied().collect(),
        Rec::Obj(ORec::Ext(_)) => Vec::new(),
        Rec::Type(t) => match t {
            TRec::Pointer(e) | TRec::Slice(e) | TRec::Array(_, e) | TRec::Chan(_, e) => vec![*e],
            TRec::Map(k, v) => vec![*k, *v],
            TRec::Struct(fs) => fs.iter().map(|f| f.0).collect(),
            TRec::Tuple(vs) => vs.clone(),
            TRec::Signature {
                recv,
                params,
                results,
                ..
            } => recv.iter().chain(params).chain(results).copied().collect(),
            TRec::Interface(ms, es, _) => ms.iter().chain(es).copied().collect(),
            TRec::Union(ts) => ts.iter().map(|t| t.1).collect(),
            TRec::Alias { actual, .. } => actual.iter().copied().collect(),
            TRec::Basic(_)
            | TRec::Ext(_)
            | TRec::Named { .. }
            | TRec::Instance { .. }
            | TRec::TypeParam(..) => Vec::new(),
        },
    }
}

/// What each record became in the World.
#[derive(Clone, Copy)]
enum Made {
    Type(TypeId),
    Obj(ObjId),
}

/// Creates the package from validated records.
fn build(
    w: &mut World,
    path: String,
    name: String,
    imports: Vec<PkgId>,
    scope_objs: &[u32],
    recs: Vec<Rec>,
) -> PkgId {
    let scope = w.new_scope(Some(w.universe), GPos::NONE, GPos::NONE, false);
    w.pkgs.push(Package {
        path,
        name,
        scope,
        imports,
        complete: true,
    });
    let pkg = PkgId(w.pkgs.len() as u32 - 1);
    // Placeholders first: records refer to each other in cycles.
    let made: Vec<Made> = recs
        .iter()
        .map(|r| match r {
            Rec::Type(TRec::Basic(t) | TRec::Ext(t)) => Made::Type(*t),
            Rec::Type(_) => Made::Type(w.types.add(Type::Basic(BasicKind::Invalid))),
            Rec::Obj(ORec::Ext(o)) => Made::Obj(*o),
            Rec::Obj(ORec::Local {
                kind, name, pkg: p, ..
            }) => Made::Obj(w.new_obj(Object {
                kind: kind.clone(),
                name: name.clone(),
                pkg: p.unwrap_or(Some(pkg)),
                pos: GPos::NONE,
                typ: None,
                parent: None,
            })),
        })
        .collect();
    let b = Builder { made: &made };
    let mut instances = Vec::new();
    for (i, r) in recs.iter().enumerate() {
        match (r, made[i]) {
            (Rec::Type(tr), Made::Type(id)) => {
                if let TRec::Instance { orig, .. } = tr {
                    instances.push((id, b.t(*orig)));
                }
                if let Some(t) = b.type_of(tr) {
                    *w.types.get_mut(id) = t;
                }
            }
            (Rec::Obj(ORec::Local { typ, .. }), Made::Obj(id)) => {
                w.obj_mut(id).typ = typ.map(|t| b.t(t));
            }
            _ => {}
        }
    }
    // An instance's name, methods and type parameters are its generic type's.
    for (inst, orig) in instances {
        let Type::Named(g) = w.types.get(orig) else {
            continue;
        };
        let (obj, methods, tparams) = (g.obj, g.methods.clone(), g.tparams.clone());
        if let Type::Named(n) = w.types.get_mut(inst) {
            n.obj = obj;
            n.methods = methods;
            n.tparams = tparams;
        }
        w.instances.entry(orig).or_default().push(inst);
    }
    for &o in scope_objs {
        w.insert(scope, b.o(o));
    }
    pkg
}

/// Maps record numbers to the types and objects made for them.
struct Builder<'m> {
    made: &'m [Made],
}

impl Builder<'_> {
    fn t(&self, i: u32) -> TypeId {
        match self.made[i as usize] {
            Made::Type(t) => t,
            Made::Obj(_) => TypeId::INVALID, // ruled out by `valid`
        }
    }

    fn o(&self, i: u32) -> ObjId {
        match self.made[i as usize] {
            Made::Obj(o) => o,
            Made::Type(_) => ObjId(0), // ruled out by `valid`
        }
    }

    fn ts(&self, v: &[u32]) -> Vec<TypeId> {
        v.iter().map(|&i| self.t(i)).collect()
    }

    fn os(&self, v: &[u32]) -> Vec<ObjId> {
        v.iter().map(|&i| self.o(i)).collect()
    }

    /// The type a record stands for (None for basic and other packages'
    /// types, which exist already).
    fn type_of(&self, r: &TRec) -> Option<Type> {
        let opt = |t: &Option<u32>| t.map(|t| self.t(t));
        Some(match r {
            TRec::Basic(_) | TRec::Ext(_) => return None,
            TRec::Pointer(e) => Type::Pointer(self.t(*e)),
            TRec::Slice(e) => Type::Slice(self.t(*e)),
            TRec::Array(n, e) => Type::Array(*n, self.t(*e)),
            TRec::Map(k, v) => Type::Map(self.t(*k), self.t(*v)),
            TRec::Chan(d, e) => Type::Chan(*d, self.t(*e)),
            TRec::Struct(fs) => Type::Struct(
                fs.iter()
                    .map(|(o, embedded, tag)| Field {
                        obj: self.o(*o),
                        embedded: *embedded,
                        tag: tag.clone(),
                    })
                    .collect(),
            ),
            TRec::Tuple(vs) => Type::Tuple(self.os(vs)),
            TRec::Signature {
                recv,
                tparams,
                rparams,
                params,
                results,
                variadic,
            } => Type::Signature(Signature {
                recv: recv.map(|r| self.o(r)),
                tparams: self.os(tparams),
                rparams: self.os(rparams),
                params: self.os(params),
                results: self.os(results),
                variadic: *variadic,
            }),
            TRec::Interface(ms, es, implicit) => Type::Interface(Interface {
                methods: self.os(ms),
                embeddeds: self.ts(es),
                implicit: *implicit,
            }),
            TRec::Union(ts) => Type::Union(
                ts.iter()
                    .map(|&(tilde, t)| Term {
                        tilde,
                        typ: self.t(t),
                    })
                    .collect(),
            ),
            TRec::Named {
                obj,
                underlying,
                methods,
                tparams,
            } => Type::Named(Named {
                obj: self.o(*obj),
                underlying: opt(underlying),
                methods: self.os(methods),
                tparams: self.os(tparams),
                orig: None,
                targs: Vec::new(),
            }),
            TRec::Instance {
                orig,
                targs,
                underlying,
            } => Type::Named(Named {
                obj: ObjId(0), // the generic type's: set once all are made
                underlying: opt(underlying),
                methods: Vec::new(),
                tparams: Vec::new(),
                orig: Some(self.t(*orig)),
                targs: self.ts(targs),
            }),
            TRec::TypeParam(o, index, bound) => Type::TypeParam(TypeParam {
                obj: self.o(*o),
                index: *index,
                bound: opt(bound),
            }),
            TRec::Alias {
                obj,
                actual,
                tparams,
                targs,
                orig,
            } => Type::Alias(Alias {
                obj: self.o(*obj),
                actual: opt(actual),
                tparams: self.os(tparams),
                targs: self.ts(targs),
                orig: opt(orig),
            }),
        })
    }
}
