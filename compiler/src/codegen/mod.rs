//! Code generation: a checked program to the runtime's bytecode
//! (`goviz_runtime::bytecode`).
//!
//! The driver here numbers the functions, lays out package-level
//! variables in global slots, collects string constants into the
//! read-only data segment, and writes the entry function `runtime.main`
//! (initialize package variables in dependency order, run the `init`
//! functions in source order, call `main.main`, exit 0). `func.rs`
//! translates one function body.
//!
//! What the machine cannot run yet is refused with an error at the
//! construct's position (`file:line:col: goviz: ... not supported yet`),
//! never compiled wrongly: today the main package's functions over
//! booleans, integers, floats and strings, with no imports.

mod addrtaken;
mod func;
mod methodset;
mod reflectdata;
mod repr;
mod staticinit;

use std::collections::HashMap;
use std::path::Path;

use goviz_runtime::bytecode::{self, FuncMeta, Op};

use crate::goroot::Goroot;
use crate::loader::{Package, Program};
use crate::syntax::Pos;
use crate::syntax::ast::{Decl, Expr, ExprKind, Field, FuncDecl};
use crate::syntax::token::Operator;
use crate::types::check::Info;
use crate::types::object::{GPos, ObjId, World};
use crate::types::program::CheckedProgram;
use crate::types::ty::{Type, TypeId};

pub use repr::Repr;

/// A construct the execution core cannot run yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unsupported {
    /// `file:line:col` as gc prints positions.
    pub pos: String,
    pub what: String,
}

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: goviz: {} not supported yet", self.pos, self.what)
    }
}

pub type Result<T> = std::result::Result<T, Unsupported>;

/// The import path of goviz's package of run-time error values (package
/// runtime's, see `runtime/overlay/goviz/rterror`), compiled into every
/// program; its symbols are `runtime.`'s.
pub const RUNTIME_ERRORS: &str = "goviz/rterror";

/// Package-level state shared by the functions being compiled.
pub(crate) struct Ctx<'a> {
    pub world: &'a World,
    /// The package being compiled and its checker's side tables.
    pub info: &'a Info,
    pub pkg: &'a Package,
    /// Every package compiled, in dependency order.
    pkgs: Vec<(&'a Package, &'a Info)>,
    /// Function index by the declaring name's position (non-generic
    /// functions and methods).
    pub funcs: HashMap<GPos, usize>,
    /// The compiled instances of each generic function or method (by
    /// its object; see `types::mono`).
    pub instances: HashMap<ObjId, Vec<InstFunc>>,
    /// Global slot and representation of each package-level variable.
    pub globals: HashMap<ObjId, (u32, Repr)>,
    pub rodata: Rodata,
    /// The writable data segment (static initialization).
    pub data: Data,
    /// The initial image of the global slots (static initialization).
    pub global_init: staticinit::Image,
    /// Type descriptors and itabs emitted so far.
    pub tdata: reflectdata::TypeData,
    /// Compiled function literals and method wrappers with their
    /// function indices.
    pub closures: Vec<(usize, bytecode::Func)>,
    /// The `-fm` wrapper of each method used as a method value, by the
    /// method's function index.
    pub method_wrappers: HashMap<usize, usize>,
    /// Go's symbol name of each declared function, by index.
    pub func_names: Vec<String>,
    /// gc's inlining decisions: tracebacks show the callees of the calls
    /// gc inlines as inlined frames.
    pub inlining: Inlining,
    /// The next free function index.
    next_func: usize,
}

/// A compiled instance of a generic function or method.
pub(crate) struct InstFunc {
    /// The receiver type's arguments, then the function's own.
    targs: Vec<TypeId>,
    idx: usize,
    /// The instance's signature (concrete; receiver included).
    sig: TypeId,
}

/// The read-only data segment: string constants (identical strings
/// stored once), type descriptors and itabs, with the address words the
/// linker fills in. Offset 0 is never given out: descriptors use it for
/// "none".
pub(crate) struct Rodata {
    pub bytes: Vec<u8>,
    pub relocs: Vec<bytecode::Reloc>,
    at: HashMap<Vec<u8>, usize>,
    /// String headers by content (see [`Rodata::string_header`]).
    headers: HashMap<Vec<u8>, usize>,
}

impl Default for Rodata {
    fn default() -> Self {
        Rodata {
            bytes: vec![0; 8],
            relocs: Vec::new(),
            at: HashMap::new(),
            headers: HashMap::new(),
        }
    }
}

impl Rodata {
    /// Appends `b` at an 8-byte aligned offset, which it returns.
    pub fn push_aligned(&mut self, b: &[u8]) -> usize {
        let o = self.bytes.len().next_multiple_of(8);
        self.bytes.resize(o, 0);
        self.bytes.extend_from_slice(b);
        o
    }

    /// Writes the address of rodata offset `target` into the word at
    /// `at` when linked.
    pub fn reloc_data(&mut self, at: usize, target: usize) {
        self.relocs.push(bytecode::Reloc {
            at: at as u32,
            target: bytecode::RelocTarget::RoData(target as u32),
        });
    }

    /// Writes the `FuncInfo` address (code pointer and func value) of
    /// function `f` into the word at `at` when linked.
    pub fn reloc_func(&mut self, at: usize, f: usize) {
        self.relocs.push(bytecode::Reloc {
            at: at as u32,
            target: bytecode::RelocTarget::Func(f as u32),
        });
    }

    /// Offset of a read-only string header (data pointer, length) for
    /// `s`, one per content: gc boxes a constant string into such a
    /// content-addressed static, so two interface values made from equal
    /// constants have equal data words (which is how a re-panic with the
    /// same constant is recognised).
    pub fn string_header(&mut self, s: &[u8]) -> usize {
        if let Some(&o) = self.headers.get(s) {
            return o;
        }
        let mut header = [0u8; 16];
        header[8..].copy_from_slice(&(s.len() as u64).to_le_bytes());
        let o = self.push_aligned(&header);
        if !s.is_empty() {
            let data = self.intern(s);
            self.reloc_data(o, data);
        }
        self.headers.insert(s.to_vec(), o);
        o
    }

    /// Offset of `s` in the segment.
    pub fn intern(&mut self, s: &[u8]) -> usize {
        if let Some(&o) = self.at.get(s) {
            return o;
        }
        let o = self.bytes.len();
        self.bytes.extend_from_slice(s);
        self.at.insert(s.to_vec(), o);
        o
    }
}

/// The writable data segment: bytes and their address words.
#[derive(Default)]
pub(crate) struct Data {
    pub bytes: Vec<u8>,
    pub relocs: Vec<(usize, bytecode::RelocTarget)>,
}

impl Data {
    /// Appends `b` at an 8-byte aligned offset, which it returns.
    pub fn push_aligned(&mut self, b: &[u8]) -> usize {
        let o = self.bytes.len().next_multiple_of(8);
        self.bytes.resize(o, 0);
        self.bytes.extend_from_slice(b);
        o
    }
}

fn relocs_of(v: Vec<(usize, bytecode::RelocTarget)>) -> Vec<bytecode::Reloc> {
    v.into_iter()
        .map(|(at, target)| bytecode::Reloc {
            at: at as u32,
            target,
        })
        .collect()
}

/// Little-endian bytes as 8-byte words.
fn words(b: &[u8]) -> Vec<u64> {
    b.chunks(8)
        .map(|c| {
            let mut w = [0u8; 8];
            w[..c.len()].copy_from_slice(c);
            u64::from_le_bytes(w)
        })
        .collect()
}

/// The parts of composite literal `elems` of array, slice or struct type
/// `t`: each element's byte offset, type and value (arrays and slices
/// by index, keyed or positional; structs by field). None for other
/// types.
pub(crate) fn literal_parts<'e>(
    cx: &Ctx,
    t: TypeId,
    elems: &'e [Expr],
) -> Option<Vec<(u32, TypeId, &'e Expr)>> {
    let w = cx.world;
    let mut parts = Vec::with_capacity(elems.len());
    match w.types.get(w.types.under(t)) {
        Type::Struct(fields) => {
            let offs = w.offsetsof(fields);
            for (i, el) in elems.iter().enumerate() {
                let (fi, v) = match &el.kind {
                    ExprKind::KeyValue(k, v) => {
                        let name = k.as_name().unwrap_or("");
                        let fi = fields.iter().position(|f| w.obj(f.obj).name == name)?;
                        (fi, &**v)
                    }
                    _ => (i, el),
                };
                let ft = w.obj(fields[fi].obj).typ.expect("typed");
                parts.push((offs[fi] as u32, ft, v));
            }
        }
        Type::Array(_, elem) | Type::Slice(elem) => {
            let size = w.sizeof(*elem) as u32;
            let mut index = 0u32;
            for el in elems {
                let v = match &el.kind {
                    ExprKind::KeyValue(k, v) => {
                        let key = cx
                            .info
                            .types
                            .get(&(&**k as *const Expr as usize))
                            .and_then(|(_, v)| v.as_ref())
                            .and_then(|v| v.int64_val().0.try_into().ok());
                        index = key?;
                        &**v
                    }
                    _ => el,
                };
                parts.push((index * size, *elem, v));
                index += 1;
            }
        }
        _ => return None,
    }
    Some(parts)
}

impl Ctx<'_> {
    /// Makes package `i` (of `pkgs`) the one being compiled.
    fn enter(&mut self, i: usize) {
        (self.pkg, self.info) = self.pkgs[i];
    }

    /// The function index and signature of function or method `f` with
    /// type arguments `targs` (a generic receiver's first): the declared
    /// function when there are none, else the instance compiled for them.
    pub fn func_of(&self, f: ObjId, targs: &[TypeId]) -> Option<(usize, TypeId)> {
        let w = self.world;
        if targs.is_empty() {
            let &idx = self.funcs.get(&w.obj(f).pos)?;
            return Some((idx, w.obj(f).typ?));
        }
        self.instances.get(&f)?.iter().find_map(|i| {
            let same = i.targs.len() == targs.len()
                && i.targs.iter().zip(targs).all(|(&a, &b)| w.identical(a, b));
            same.then_some((i.idx, i.sig))
        })
    }

    /// As `func_of` for method `f` of `recv` (a named type or a pointer
    /// to one, which gives the receiver's type arguments), with the
    /// method's own type arguments `own`.
    pub fn method_of(&self, f: ObjId, recv: TypeId, own: &[TypeId]) -> Option<(usize, TypeId)> {
        let mut targs = named_targs(self.world, recv);
        targs.extend_from_slice(own);
        self.func_of(f, &targs)
    }

    /// A new function index (for a function literal).
    pub fn new_func_index(&mut self) -> usize {
        self.next_func += 1;
        self.next_func - 1
    }

    /// The global position of an AST position in file `file`.
    pub fn gpos(&self, file: usize, pos: Pos) -> GPos {
        GPos(self.info.file_bases[file] + pos.0)
    }

    /// `file:line:col` of a position, as errors show it.
    pub fn position(&self, file: usize, pos: Pos) -> String {
        match self.world.position(self.gpos(file, pos)) {
            Some((f, l, c)) => format!("{f}:{l}:{c}"),
            None => "?".to_string(),
        }
    }

    pub fn line(&self, file: usize, pos: Pos) -> u32 {
        self.pkg.files[file].ast.lines.line_col(pos).line
    }

    pub fn unsupported<T>(&self, file: usize, pos: Pos, what: impl Into<String>) -> Result<T> {
        Err(Unsupported {
            pos: self.position(file, pos),
            what: what.into(),
        })
    }
}

/// The type arguments of named type `t` (or of the named type `t`
/// points to); none for other types.
pub(crate) fn named_targs(w: &World, t: TypeId) -> Vec<TypeId> {
    let t = w.types.unalias(t);
    let base = match w.types.get(t) {
        Type::Pointer(b) => w.types.unalias(*b),
        _ => t,
    };
    match w.types.get(base) {
        Type::Named(n) => n.targs.clone(),
        _ => Vec::new(),
    }
}

/// A function declaration: its package (index in `Ctx::pkgs`), file
/// index and declaration; for an instance of a generic one, the
/// instance's index in the package's `Info::mono`.
struct FuncSrc<'a> {
    pkg: usize,
    file: usize,
    decl: &'a FuncDecl,
    inst: Option<usize>,
}

/// Compiles the main package of `prog` (checked without errors), with
/// the packages goviz compiles into every program, against the Go
/// installation `goroot`.
pub fn compile(
    prog: &Program,
    checked: &CheckedProgram,
    goroot: &Goroot,
) -> Result<bytecode::Program> {
    let main_idx = prog
        .main
        .expect("compile is given a program with a main package");
    let checked_pkg = |i: usize| {
        let pkg = &prog.packages[i];
        let c = checked
            .packages
            .iter()
            .find(|p| p.path == pkg.path)
            .expect("every package was checked");
        (pkg, &c.info)
    };
    // Dependency order: goviz's own packages (which import nothing),
    // then main.
    let mut pkgs: Vec<_> = (0..prog.packages.len())
        .filter(|&i| prog.packages[i].path == RUNTIME_ERRORS)
        .map(checked_pkg)
        .collect();
    pkgs.push(checked_pkg(main_idx));
    let (pkg, info) = checked_pkg(main_idx);
    let mut cx = Ctx {
        world: &checked.world,
        info,
        pkg,
        pkgs,
        funcs: HashMap::new(),
        instances: HashMap::new(),
        globals: HashMap::new(),
        rodata: Rodata::default(),
        data: Data::default(),
        global_init: staticinit::Image::default(),
        tdata: reflectdata::TypeData::default(),
        closures: Vec::new(),
        method_wrappers: HashMap::new(),
        func_names: Vec::new(),
        inlining: inlined_calls(prog, checked),
        next_func: 0,
    };
    refuse_imports(&cx)?;
    let mut srcs = Vec::new();
    let mut global_slots = 0;
    for i in 0..cx.pkgs.len() {
        cx.enter(i);
        srcs.extend(collect_funcs(&mut cx, i)?);
        global_slots = layout_globals(&mut cx, global_slots)?;
    }
    // Indices: declared functions in source order, the entry, then
    // function literals and wrappers as they are compiled.
    let entry = srcs.len();
    cx.next_func = entry + 1;
    let mut funcs = Vec::with_capacity(srcs.len() + 1);
    for src in &srcs {
        cx.enter(src.pkg);
        funcs.push(func::compile_func(&mut cx, src.file, src.decl, src.inst)?);
    }
    funcs.push(entry_func(&mut cx, &srcs)?);
    let runtime_types = runtime_types(&mut cx)?;
    let mut closures = std::mem::take(&mut cx.closures);
    closures.sort_by_key(|c| c.0);
    funcs.extend(closures.into_iter().map(|c| c.1));
    Ok(bytecode::Program {
        entry,
        funcs,
        rodata: cx.rodata.bytes,
        relocs: cx.rodata.relocs,
        itabs: cx.tdata.static_itabs,
        panic_site: panic_site(goroot),
        runtime_types,
        data: cx.data.bytes,
        data_relocs: relocs_of(cx.data.relocs),
        global_init: words(&cx.global_init.bytes),
        global_relocs: relocs_of(cx.global_init.ptrs),
        global_slots,
    })
}

/// The calls gc inlines in the main package's functions (gc's inliner,
/// `crate::inline`, run as `go build` would).
fn inlined_calls(prog: &Program, checked: &CheckedProgram) -> Inlining {
    let Some(view) = crate::inline::main_view(prog, checked) else {
        return Inlining::default();
    };
    let inl = crate::inline::analyze(&view);
    let calls = inl
        .calls
        .iter()
        .flatten()
        .filter(|c| c.chain.is_empty())
        .map(|c| c.call)
        .collect();
    // Declared functions gc can inline, by their name's position.
    let inlinable = view
        .funcs
        .funcs
        .iter()
        .zip(&inl.cost)
        .filter(|(_, cost)| cost.is_some())
        .filter_map(|(f, _)| {
            let d = f.decl?;
            Some(GPos(view.info.file_bases[f.file] + d.name.pos.0))
        })
        .collect();
    Inlining { calls, inlinable }
}

/// What gc's inliner decides for the main package, as codegen uses it.
#[derive(Default)]
pub(crate) struct Inlining {
    /// The call expressions (by address) gc inlines into the function
    /// containing them.
    pub calls: std::collections::HashSet<usize>,
    /// The declared functions (by their name's position) gc can inline:
    /// a `go` of one runs it inlined in gc's `gowrap` function.
    pub inlinable: std::collections::HashSet<GPos>,
}

/// The descriptors of the run-time error types the machine makes values
/// of (the types of `goviz/rterror`'s `...Value` variables).
fn runtime_types(cx: &mut Ctx) -> Result<Option<bytecode::RuntimeTypes>> {
    let Some(i) = cx.pkgs.iter().position(|p| p.0.path == RUNTIME_ERRORS) else {
        return Ok(None);
    };
    cx.enter(i);
    let w = cx.world;
    let pkg = w
        .pkgs
        .iter()
        .find(|p| p.path == RUNTIME_ERRORS)
        .expect("the runtime errors package was checked");
    let mut desc = |name: &str| -> Result<u32> {
        let t = w
            .lookup_local(pkg.scope, name)
            .and_then(|o| w.obj(o).typ)
            .expect("goviz/rterror declares its value variables");
        Ok(cx.type_desc(t, (0, Pos(0)))? as u32)
    };
    Ok(Some(bytecode::RuntimeTypes {
        error_string: desc("errorStringValue")?,
        plain_error: desc("plainErrorValue")?,
        bounds_error: desc("boundsErrorValue")?,
        type_assertion_error: desc("typeAssertionErrorValue")?,
        panic_nil_error: desc("panicNilErrorValue")?,
    }))
}

fn refuse_imports(cx: &Ctx) -> Result<()> {
    for (fi, f) in cx.pkg.files.iter().enumerate() {
        for d in &f.ast.decls {
            // unsafe is the compiler's own: nothing to load.
            if let Decl::Import(imp) = d
                && let Some(path) = &imp.path
                && &*path.value != "\"unsafe\""
            {
                let what = format!("import of package {}", path.value);
                return cx.unsupported(fi, path.pos, what);
            }
        }
    }
    Ok(())
}

/// Numbers the functions of package `pkg` (the current one) in source
/// order, then the instances of its generic functions and methods.
fn collect_funcs<'a>(cx: &mut Ctx<'a>, pkg: usize) -> Result<Vec<FuncSrc<'a>>> {
    let mut srcs = Vec::new();
    let mut generic: HashMap<ObjId, (usize, &'a FuncDecl)> = HashMap::new();
    for (fi, f) in cx.pkg.files.iter().enumerate() {
        for d in &f.ast.decls {
            let Decl::Func(fd) = d else { continue };
            if fd.body.is_none() {
                return cx.unsupported(fi, fd.name.pos, "functions without a body are");
            }
            let obj = cx.info.defs.get(&cx.gpos(fi, fd.name.pos)).copied();
            if let Some(o) = obj.filter(|&o| is_generic_func(cx.world, o)) {
                generic.insert(o, (fi, fd));
                continue;
            }
            cx.funcs
                .insert(cx.gpos(fi, fd.name.pos), cx.func_names.len());
            let name = func_symbol(cx, fi, fd)?;
            cx.func_names.push(name);
            srcs.push(FuncSrc {
                pkg,
                file: fi,
                decl: fd,
                inst: None,
            });
        }
    }
    for (i, inst) in cx.info.mono.iter().enumerate() {
        let Some(&(fi, fd)) = generic.get(&inst.func) else {
            continue;
        };
        let idx = cx.func_names.len();
        cx.instances.entry(inst.func).or_default().push(InstFunc {
            targs: inst.targs.clone(),
            idx,
            sig: inst.sig,
        });
        let name = func_symbol(cx, fi, fd)?;
        cx.func_names.push(name);
        srcs.push(FuncSrc {
            pkg,
            file: fi,
            decl: fd,
            inst: Some(i),
        });
    }
    Ok(srcs)
}

/// Whether function object `o` is generic: type parameters of its own,
/// or a method of a generic type.
fn is_generic_func(w: &World, o: ObjId) -> bool {
    matches!(w.obj(o).typ.map(|t| w.types.get(t)),
        Some(Type::Signature(s)) if !s.tparams.is_empty() || !s.rparams.is_empty())
}

/// Gives each package-level variable of the current package its global
/// slots, from slot `next`; returns the next free slot.
fn layout_globals(cx: &mut Ctx, mut next: u32) -> Result<u32> {
    for (fi, f) in cx.pkg.files.iter().enumerate() {
        for d in &f.ast.decls {
            let Decl::Var(vd) = d else { continue };
            for n in &vd.names {
                let Some(&o) = cx.info.defs.get(&cx.gpos(fi, n.pos)) else {
                    continue;
                };
                let t = cx.world.obj(o).typ.expect("checked variable has a type");
                let Some(r) = repr::repr_of(cx.world, t) else {
                    return cx.unsupported(fi, n.pos, "variables of this type are");
                };
                cx.globals.insert(o, (next, r));
                next += r.slots() as u32;
            }
        }
    }
    Ok(next)
}

/// How a package-level variable gets its initial value.
enum Init<'a> {
    /// Declared without a value: it stays zero.
    Zero,
    /// `var x = e` (file, e).
    Single(usize, &'a Expr),
    /// `var a, b = f()`: one call gives every name its value (file, the
    /// call, the names' objects in order, None for a blank one).
    Multi(usize, &'a Expr, Vec<Option<ObjId>>),
}

/// The initialization of each package-level variable.
fn var_inits<'a>(cx: &Ctx<'a>) -> HashMap<ObjId, Init<'a>> {
    let mut m = HashMap::new();
    for (fi, f) in cx.pkg.files.iter().enumerate() {
        for d in &f.ast.decls {
            let Decl::Var(vd) = d else { continue };
            let objs: Vec<Option<ObjId>> = vd
                .names
                .iter()
                .map(|n| cx.info.defs.get(&cx.gpos(fi, n.pos)).copied())
                .collect();
            for (i, o) in objs.iter().enumerate() {
                let Some(o) = *o else { continue };
                let init = match vd.values.len() {
                    0 => Init::Zero,
                    n if n == vd.names.len() => Init::Single(fi, &vd.values[i]),
                    _ => Init::Multi(fi, &vd.values[0], objs.clone()),
                };
                m.insert(o, init);
            }
        }
    }
    m
}

/// `runtime.main` for this program: package initialization (gc's
/// `main.init` for the variables, then the `init` functions) with the
/// main goroutine locked to its thread as Go's runtime.main does, then
/// `main.main`, then exit 0.
fn entry_func(cx: &mut Ctx, srcs: &[FuncSrc]) -> Result<bytecode::Func> {
    let mut g = func::FuncGen::new(0, "runtime.main".into(), false);
    // Each package in dependency order: its variables, then its `init`s.
    for pkg in 0..cx.pkgs.len() {
        cx.enter(pkg);
        if let Some(idx) = var_init_func(cx)? {
            g.call_func(idx);
        }
        for (i, s) in srcs.iter().enumerate() {
            if s.pkg == pkg && s.decl.recv.is_none() && &*s.decl.name.value == "init" {
                g.call_func(i);
            }
        }
    }
    let main_pkg = cx.pkgs.len() - 1;
    let main = srcs
        .iter()
        .position(|s| s.pkg == main_pkg && s.decl.recv.is_none() && &*s.decl.name.value == "main");
    // runtime.main runs package initialization locked to its thread.
    g.emit(Op::UnlockOSThread, 0, 0, 0, 0);
    if let Some(m) = main {
        g.call_func(m);
    }
    g.emit(Op::Exit, 0, 0, 0, 0);
    Ok(g.finish(FuncMeta {
        name: "runtime.main".into(),
        file: String::new(),
        line: 0,
        args: vec![],
        wrapper: false,
        inlined_calls: vec![],
    }))
}

/// gc's `pkg.init`: the current package's variable initializers in
/// initialization order, as a function of its own (tracebacks show it);
/// its index, or None when no variable has an initializer. Its frames
/// name the first initializer's file (one file per function).
fn var_init_func(cx: &mut Ctx) -> Result<Option<usize>> {
    let inits = var_inits(cx);
    let mut g = func::FuncGen::new(0, symbol(cx.pkg, "init", None), false);
    let mut first_file = None;
    // A multi-value initializer runs once, for the first of its names.
    let mut done: Vec<*const Expr> = Vec::new();
    for &o in &cx.info.init_order {
        match inits.get(&o) {
            Some(Init::Zero) => {}
            Some(Init::Single(fi, e)) => {
                let &(slot, r) = cx.globals.get(&o).expect("laid out");
                let t = cx.world.obj(o).typ.expect("typed");
                if let Some(img) = cx.static_slots(*fi, e, t) {
                    let at = slot as usize * 8;
                    let end = at + img.bytes.len();
                    if cx.global_init.bytes.len() < end {
                        cx.global_init.bytes.resize(end, 0);
                    }
                    cx.global_init.bytes[at..end].copy_from_slice(&img.bytes);
                    let ptrs = img.ptrs.iter().map(|&(o, target)| (at + o, target));
                    cx.global_init.ptrs.extend(ptrs);
                    continue;
                }
                first_file.get_or_insert(*fi);
                g.file = *fi;
                g.set_line(cx.line(*fi, e.pos));
                let tmp = g.alloc(r.slots());
                g.value_to(cx, e, tmp, r)?;
                for i in 0..r.slots() {
                    g.emit(Op::StoreG, tmp + i, 0, 0, (slot + i as u32) as i64);
                }
                g.free_to(tmp);
            }
            Some(Init::Multi(fi, e, objs)) => {
                if done.contains(&(*e as *const Expr)) {
                    continue;
                }
                done.push(*e);
                first_file.get_or_insert(*fi);
                g.file = *fi;
                g.set_line(cx.line(*fi, e.pos));
                let dests: Vec<Option<(u32, Repr)>> = objs
                    .iter()
                    .map(|o| o.and_then(|o| cx.globals.get(&o).copied()))
                    .collect();
                g.call_to_globals(cx, e, &dests)?;
            }
            None => {
                let (file, pos) = obj_file_pos(cx, o);
                return cx.unsupported(file, pos, "this package variable initializer is");
            }
        }
    }
    let Some(file) = first_file else {
        return Ok(None);
    };
    g.emit(Op::Ret, 0, 0, 0, 0);
    if g.is_too_large() {
        return cx.unsupported(
            0,
            cx.pkg.files[0].ast.pos,
            "package initializers this large are",
        );
    }
    let idx = cx.new_func_index();
    let f = g.finish(FuncMeta {
        name: symbol(cx.pkg, "init", None),
        file: abs_path(&cx.pkg.files[file].path),
        line: 0,
        args: vec![],
        wrapper: false,
        inlined_calls: vec![],
    });
    cx.closures.push((idx, f));
    Ok(Some(idx))
}

/// Where gc's `gopanic` calls deferred functions: the file and the line
/// of the `fn()` call in `func gopanic` of the installation's
/// `runtime/panic.go` (tracebacks show it for the `panic(...)` frame).
/// The line is 0 if the source does not have that shape.
pub fn panic_site(goroot: &Goroot) -> (String, u32) {
    let path = goroot.src().join("runtime").join("panic.go");
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let line = text
        .lines()
        .enumerate()
        .skip_while(|(_, l)| !l.starts_with("func gopanic("))
        .take_while(|(_, l)| !l.starts_with('}'))
        .find(|(_, l)| l.trim() == "fn()")
        .map_or(0, |(i, _)| i as u32 + 1);
    (path.display().to_string(), line)
}

/// The file index and AST position of a package-level object.
fn obj_file_pos(cx: &Ctx, o: ObjId) -> (usize, Pos) {
    let gp = cx.world.obj(o).pos.0;
    let fi = cx
        .info
        .file_bases
        .iter()
        .rposition(|&b| b <= gp)
        .unwrap_or(0);
    (fi, Pos(gp - cx.info.file_bases[fi]))
}

/// The absolute path of a source file, as tracebacks print it.
pub(crate) fn abs_path(p: &Path) -> String {
    std::path::absolute(p)
        .unwrap_or_else(|_| p.to_path_buf())
        .display()
        .to_string()
}

/// The package part of Go's symbol names: `main` for the main package,
/// `runtime` for goviz's run-time errors, else the import path.
fn pkg_symbol(pkg: &Package) -> &str {
    if pkg.name == "main" {
        "main"
    } else if pkg.path == RUNTIME_ERRORS {
        "runtime"
    } else {
        pkg.path.as_str()
    }
}

/// Go's symbol name of a main-package function (`main.f`, `main.init.0`).
pub(crate) fn symbol(pkg: &Package, name: &str, init_index: Option<usize>) -> String {
    let pkgname = pkg_symbol(pkg);
    match init_index {
        Some(i) => format!("{pkgname}.init.{i}"),
        None => format!("{pkgname}.{name}"),
    }
}

/// Go's symbol name of a declared function or method; an instance of
/// a generic one shows its type arguments as `[...]` (`main.Map[...]`,
/// `main.(*List[...]).Push`), as gc's tracebacks do.
pub(crate) fn func_symbol(cx: &Ctx, file: usize, d: &FuncDecl) -> Result<String> {
    let tps = if d.tparams.is_empty() { "" } else { "[...]" };
    let name = format!("{}{tps}", d.name.value);
    match &d.recv {
        Some(r) => method_symbol(cx, file, r, &name),
        None => Ok(symbol(cx.pkg, &name, func::init_index(cx, file, d))),
    }
}

/// Go's symbol name of a method: `main.T.M` or `main.(*T).M`
/// (`main.T[...].M` for a generic `T`).
pub(crate) fn method_symbol(cx: &Ctx, file: usize, recv: &Field, name: &str) -> Result<String> {
    let pkg = pkg_symbol(cx.pkg);
    let base_name = |t: &Expr| -> Option<String> {
        match &t.unparen().kind {
            ExprKind::Name(n) => Some(n.to_string()),
            ExprKind::Index(b, _) => Some(format!("{}[...]", b.unparen().as_name()?)),
            _ => None,
        }
    };
    let t = recv.typ.unparen();
    if let Some(n) = base_name(t) {
        return Ok(format!("{pkg}.{n}.{name}"));
    }
    if let ExprKind::Operation(Operator::Mul, base, None) = &t.kind
        && let Some(n) = base_name(base)
    {
        return Ok(format!("{pkg}.(*{n}).{name}"));
    }
    cx.unsupported(file, recv.pos, "methods with this receiver are")
}
