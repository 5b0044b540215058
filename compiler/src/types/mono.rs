//! Monomorphization: the instances of a package's generic functions and
//! methods that its code needs, each with the concrete type of
//! everything its body's expressions and objects have.
//!
//! Run once a package is checked without errors, for code generation
//! (`Checker::check_package_for_codegen`), while the `World` can still
//! grow: substituting type arguments creates the concrete types
//! (`[]int`, `List[int]`, ...) code generation then reads, immutably.
//!
//! A worklist of (function or method, type arguments) starts from the
//! instantiations in non-generic code (function bodies and package
//! variable initializers) and from every concrete instance of a generic
//! type of the package (all its methods: method sets, itabs and method
//! values need them). Scanning an instance's body with its substitution
//! finds the instantiations it makes in turn (their recorded type
//! arguments substituted), and the new concrete instances of generic
//! types the substitution created.
//!
//! Invariant: an instance's `types` maps every type the checker recorded
//! for an expression of its body, and every type of an object its body
//! declares (receiver, parameters, results, locals, type switch
//! implicits, function literals' parameters), to a type free of type
//! parameters, so every type derived from one (elements, fields,
//! signatures) is concrete too.

use std::collections::{HashMap, HashSet};

use super::check::Checker;
use super::generics::SubstMap;
use super::object::{GPos, ObjId};
use super::ty::{Signature, Type, TypeId};
use crate::inline::walk::{self, Visit};
use crate::syntax::ast::{Decl, Expr, ExprKind, FuncDecl, Stmt};

/// One instance of a generic function or method.
#[derive(Debug, Clone)]
pub struct Instance {
    /// The generic function or method (its Func object).
    pub func: ObjId,
    /// For a method of a generic type, the receiver type's arguments
    /// first; then the function's own type parameters' arguments.
    pub targs: Vec<TypeId>,
    /// The instance's signature for its callers: parameters, results
    /// and receiver are fresh objects of concrete types.
    pub sig: TypeId,
    /// Each type of the generic body (see the invariant above) to its
    /// concrete type in this instance; types not listed are concrete.
    pub types: HashMap<TypeId, TypeId>,
}

impl Instance {
    /// The concrete type of `t` (a type recorded in the generic body).
    pub fn subst(&self, t: TypeId) -> TypeId {
        self.types.get(&t).copied().unwrap_or(t)
    }
}

/// The most instances one package gets.
const MAX_INSTANCES: usize = 20_000;

/// A function to instantiate: the generic object and its type arguments.
type Work = (ObjId, Vec<TypeId>);

/// What scanning one body found.
#[derive(Default)]
struct Scan {
    types: HashMap<TypeId, TypeId>,
    work: Vec<Work>,
}

impl<'a> Checker<'a, '_> {
    /// Fills `Info::mono` with the instances the package's code needs.
    pub(super) fn monomorphize(&mut self) {
        let decls = self.func_decls();
        let mut work: Vec<Work> = Vec::new();
        for (fi, f) in self.files.iter().enumerate() {
            for d in &f.decls {
                match d {
                    Decl::Func(fd) if !self.is_generic_decl(fi, fd) => {
                        let scan = self.scan_func(fi, fd, &SubstMap::new());
                        work.extend(scan.work);
                    }
                    Decl::Var(vd) => {
                        self.file = fi;
                        let mut scan = Scan::default();
                        for v in &vd.values {
                            self.scan_expr(v, &SubstMap::new(), &mut scan);
                        }
                        work.extend(scan.work);
                    }
                    _ => {}
                }
            }
        }
        let mut done_types: HashSet<TypeId> = HashSet::new();
        // The number of instances of generic types met so far: only a
        // new one can bring methods to instantiate.
        let mut ntypes = usize::MAX;
        loop {
            let n: usize = self.w.instances.values().map(Vec::len).sum();
            if n != ntypes {
                ntypes = n;
                work.extend(self.new_type_instances(&mut done_types));
            }
            let Some((func, targs)) = work.pop() else {
                break;
            };
            // gc rejects unbounded instantiation (instantiation cycles);
            // should a program slip through, stop: calls of the missing
            // instances are refused by code generation, never run.
            if self.info.mono.len() >= MAX_INSTANCES {
                break;
            }
            if self.info.mono.iter().any(|i| {
                i.func == func
                    && i.targs.len() == targs.len()
                    && i.targs
                        .iter()
                        .zip(&targs)
                        .all(|(&a, &b)| self.w.identical(a, b))
            }) {
                continue;
            }
            let Some(&(fi, fd)) = decls.get(&func) else {
                continue;
            };
            let Some(smap) = self.instance_map(func, &targs) else {
                continue;
            };
            let mut scan = self.scan_func(fi, fd, &smap);
            let sig = self.instance_sig(func, &smap, &mut scan.types);
            work.extend(std::mem::take(&mut scan.work));
            self.info.mono.push(Instance {
                func,
                targs,
                sig,
                types: scan.types,
            });
        }
    }

    /// The package's function declarations with bodies, by object.
    fn func_decls(&self) -> HashMap<ObjId, (usize, &'a FuncDecl)> {
        let mut m = HashMap::new();
        for (fi, f) in self.files.iter().enumerate() {
            for d in &f.decls {
                if let Decl::Func(fd) = d
                    && fd.body.is_some()
                    && let Some(&o) = self.info.defs.get(&GPos(self.bases[fi] + fd.name.pos.0))
                {
                    m.insert(o, (fi, fd));
                }
            }
        }
        m
    }

    /// Whether a declaration is generic: type parameters of its own, or
    /// a method of a generic type.
    fn is_generic_decl(&self, fi: usize, fd: &FuncDecl) -> bool {
        if !fd.tparams.is_empty() {
            return true;
        }
        let Some(&o) = self.info.defs.get(&GPos(self.bases[fi] + fd.name.pos.0)) else {
            return false;
        };
        matches!(self.w.obj(o).typ.map(|t| self.w.types.get(t)),
            Some(Type::Signature(s)) if !s.rparams.is_empty() || !s.tparams.is_empty())
    }

    /// The substitution of an instance: the receiver's type parameters,
    /// then the function's own, by `targs`.
    fn instance_map(&mut self, func: ObjId, targs: &[TypeId]) -> Option<SubstMap> {
        let t = self.method_type(func);
        let Type::Signature(s) = self.w.types.get(t).clone() else {
            return None;
        };
        let params: Vec<ObjId> = s.rparams.iter().chain(&s.tparams).copied().collect();
        if params.len() != targs.len() {
            return None;
        }
        Some(self.tparam_map(&params, targs))
    }

    /// The instance's signature for callers (receiver included, type
    /// parameters gone); its objects' types are added to `types`.
    fn instance_sig(
        &mut self,
        func: ObjId,
        smap: &SubstMap,
        types: &mut HashMap<TypeId, TypeId>,
    ) -> TypeId {
        let t = self.w.type_of(func);
        let Type::Signature(s) = self.w.types.get(t).clone() else {
            return t;
        };
        for &v in s.recv.iter().chain(&s.params).chain(&s.results) {
            let vt = self.w.type_of(v);
            let st = self.subst(vt, smap);
            types.insert(vt, st);
        }
        let st = self.subst(t, smap);
        let Type::Signature(mut is) = self.w.types.get(st).clone() else {
            return st;
        };
        if let Some(r) = s.recv {
            let rt = self.w.type_of(r);
            let srt = self.subst(rt, smap);
            is.recv = Some(self.clone_obj(r, srt));
        }
        is.tparams.clear();
        is.rparams.clear();
        self.w.types.add(Type::Signature(Signature { ..is }))
    }

    /// Scans function declaration `fd` of file `fi` under `smap`.
    fn scan_func(&mut self, fi: usize, fd: &'a FuncDecl, smap: &SubstMap) -> Scan {
        self.file = fi;
        let mut scan = Scan::default();
        let Some(body) = &fd.body else {
            return scan;
        };
        let lo = GPos(self.bases[fi] + fd.pos.0);
        let hi = GPos(self.bases[fi] + body.rbrace.0);
        let objs: Vec<ObjId> = self
            .info
            .defs
            .iter()
            .chain(&self.info.implicits)
            .filter(|(p, _)| lo <= **p && **p <= hi)
            .map(|(_, &o)| o)
            .collect();
        for o in objs {
            if let Some(t) = self.w.obj(o).typ {
                self.add_type(t, smap, &mut scan);
            }
        }
        let mut c = Collect::default();
        walk::walk_block(body, &mut c);
        for e in c.exprs {
            self.scan_one(e, smap, &mut scan);
        }
        scan
    }

    /// Scans expression `e` (of the current file) under `smap`.
    fn scan_expr(&mut self, e: &'a Expr, smap: &SubstMap, scan: &mut Scan) {
        let mut c = Collect::default();
        walk::walk_expr(e, &mut c);
        for e in c.exprs {
            self.scan_one(e, smap, scan);
        }
    }

    /// Records `e`'s type under `smap`, and the instantiation `e` makes.
    fn scan_one(&mut self, e: &'a Expr, smap: &SubstMap, scan: &mut Scan) {
        if let Some(&(t, _)) = self.info.types.get(&(e as *const Expr as usize)) {
            self.add_type(t, smap, scan);
        }
        let (name, recv) = match &e.kind {
            ExprKind::Name(_) => (e.pos, None),
            ExprKind::Selector(x, sel) => (sel.pos, Some(&**x)),
            _ => return,
        };
        let gp = self.gpos(name);
        let (Some(targs), Some(&func)) = (
            self.info.instances.get(&gp).cloned(),
            self.info.uses.get(&gp),
        ) else {
            return;
        };
        let mut all = Vec::new();
        if let Some(x) = recv
            && self.is_method(func)
        {
            let xt = self
                .info
                .types
                .get(&(x as *const Expr as usize))
                .map(|v| v.0);
            let xt = xt.map(|t| self.subst(t, smap)).unwrap_or(TypeId::INVALID);
            all.extend(self.named_targs(xt));
        }
        for t in targs {
            let st = self.add_type(t, smap, scan);
            all.push(st);
        }
        if all.iter().all(|&t| self.is_concrete(t)) {
            scan.work.push((func, all));
        }
    }

    /// Records `t` under `smap` in `scan.types`; returns its substitute.
    fn add_type(&mut self, t: TypeId, smap: &SubstMap, scan: &mut Scan) -> TypeId {
        if let Some(&s) = scan.types.get(&t) {
            return s;
        }
        let s = self.subst(t, smap);
        if s != t {
            scan.types.insert(t, s);
        }
        s
    }

    fn is_method(&self, f: ObjId) -> bool {
        matches!(self.w.obj(f).typ.map(|t| self.w.types.get(t)),
            Some(Type::Signature(s)) if s.recv.is_some())
    }

    /// The type arguments of the named type `t` or `*t` points to.
    fn named_targs(&self, t: TypeId) -> Vec<TypeId> {
        let t = self.w.types.unalias(t);
        let base = match self.w.types.get(t) {
            Type::Pointer(b) => self.w.types.unalias(*b),
            _ => t,
        };
        match self.w.types.get(base) {
            Type::Named(n) => n.targs.clone(),
            _ => Vec::new(),
        }
    }

    /// The methods of the concrete instances of the package's generic
    /// types not met before (`done` holds those met).
    fn new_type_instances(&mut self, done: &mut HashSet<TypeId>) -> Vec<Work> {
        let mut out = Vec::new();
        let all: Vec<TypeId> = self.w.instances.values().flatten().copied().collect();
        for inst in all {
            if done.contains(&inst) {
                continue;
            }
            let Type::Named(n) = self.w.types.get(inst).clone() else {
                continue;
            };
            if self.w.obj(n.obj).pkg != Some(self.pkg)
                || !n.targs.iter().all(|&t| self.is_concrete(t))
            {
                continue;
            }
            done.insert(inst);
            for m in n.methods {
                out.push((m, n.targs.clone()));
            }
        }
        out
    }

    /// Whether `t` mentions no type parameter.
    fn is_concrete(&self, t: TypeId) -> bool {
        self.concrete_in(t, 0)
    }

    fn concrete_in(&self, t: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return true;
        }
        let d = depth + 1;
        let var = |o: &ObjId| self.concrete_in(self.w.type_of(*o), d);
        match self.w.types.get(t) {
            Type::TypeParam(_) => false,
            Type::Basic(_) => true,
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => {
                self.concrete_in(*e, d)
            }
            Type::Map(k, v) => self.concrete_in(*k, d) && self.concrete_in(*v, d),
            Type::Struct(fs) => fs.iter().all(|f| var(&f.obj)),
            Type::Tuple(vs) => vs.iter().all(var),
            Type::Signature(s) => s.params.iter().chain(&s.results).all(var),
            Type::Interface(i) => {
                i.methods.iter().all(var) && i.embeddeds.iter().all(|&e| self.concrete_in(e, d))
            }
            Type::Union(ts) => ts.iter().all(|term| self.concrete_in(term.typ, d)),
            Type::Named(n) => {
                (n.tparams.is_empty() || !n.targs.is_empty())
                    && n.targs.iter().all(|&a| self.concrete_in(a, d))
            }
            Type::Alias(a) => a.actual.is_none_or(|x| self.concrete_in(x, d)),
        }
    }
}

/// Every expression of a body, function literals' included.
#[derive(Default)]
struct Collect<'a> {
    exprs: Vec<&'a Expr>,
}

impl<'a> Visit<'a> for Collect<'a> {
    fn expr(&mut self, e: &'a Expr) -> bool {
        self.exprs.push(e);
        true
    }

    fn stmt(&mut self, _s: &'a Stmt) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::super::check::{Checker, PkgFiles};
    use super::super::object::World;
    use super::super::typestring::type_string;
    use super::super::version::GO_CURRENT;

    /// The instances of package `src` as `name[targs]` (sorted), and
    /// whether every type of every instance's body is concrete.
    fn instances(src: &str) -> (Vec<String>, bool) {
        let parsed = crate::syntax::parse_file("./p.go", src.as_bytes());
        let file = parsed.file.expect("parsed");
        let (mut world, pre): (World, _) = World::new();
        let imports = HashMap::new();
        let files = [&file];
        let input = PkgFiles {
            path: "main",
            files: &files,
            imports: &imports,
            lang: Some(GO_CURRENT),
        };
        let (_, errors, info) = Checker::check_package_for_codegen(&mut world, pre, input);
        assert!(errors.is_empty(), "{errors:?}");
        let mut names: Vec<String> = info
            .mono
            .iter()
            .map(|i| {
                let targs: Vec<String> = i
                    .targs
                    .iter()
                    .map(|&t| type_string(&world, t, &|_| String::new()))
                    .collect();
                format!("{}[{}]", world.obj(i.func).name, targs.join(","))
            })
            .collect();
        names.sort();
        // A generic function name's type keeps its type parameter list
        // (`func[T any](v int)`): only the rest must be concrete.
        let mut concrete = true;
        for i in &info.mono {
            for &t in i.types.values() {
                let s = type_string(&world, t, &|_| String::new());
                let s = match s.strip_prefix("func[") {
                    Some(rest) => rest.split_once(']').map_or("", |r| r.1).to_string(),
                    None => s,
                };
                concrete &= !s.contains('T') && !s.contains('U');
            }
        }
        (names, concrete)
    }

    /// Instantiations in non-generic code start the worklist; a generic
    /// body's own calls, the methods of every concrete instance of a
    /// generic type (including those only substitution creates) and
    /// generic methods follow.
    #[test]
    fn finds_the_instances_a_program_needs() {
        let (names, concrete) = instances(
            "package main
            type Box[T any] struct{ v T }
            func (b Box[T]) Get() T { return b.v }
            func (b Box[T]) Map[U any](f func(T) U) Box[U] { return Box[U]{f(b.v)} }
            func Wrap[T any](v T) Box[T] { return Box[T]{v} }
            func Twice[T any](v T) Box[Box[T]] { return Wrap(Wrap(v)) }
            func Unused[T any](v T) {}
            func main() {
                _ = Twice(1).Get()
                _ = Wrap(\"s\").Map(func(s string) bool { return s == \"\" })
            }",
        );
        assert_eq!(
            names,
            [
                "Get[Box[int]]",
                "Get[bool]",
                "Get[int]",
                "Get[string]",
                "Map[string,bool]",
                "Twice[int]",
                "Wrap[Box[int]]",
                "Wrap[int]",
                "Wrap[string]",
            ]
        );
        assert!(concrete, "every substituted type is concrete");
    }
}
