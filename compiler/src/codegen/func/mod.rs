//! One function body to bytecode.
//!
//! Frame layout (see `goviz_runtime::bytecode`): the header, the
//! parameters, the results, then locals and temporaries allocated like a
//! stack: a block releases its locals at its end, a statement its
//! temporaries. A call reserves its callee's header, parameters and
//! results at the top of the frame (`base`), so the callee's frame
//! overlaps the arguments written there and nothing live lies above.
//!
//! Every value is produced by `value_to(e, dst, want)`: it writes `e` into
//! slots `dst..` in representation `want` (which matters for untyped
//! constants: the context's type decides their representation).
//!
//! This module holds the generator's state, function bodies, closures and
//! the types shared by its parts: `stmt` (statements), `expr`
//! (expressions), `place` (where values live, loads and stores), `map`
//! (maps), `slice`
//! (slices and strings' slicing), `call` (calls and call-like
//! builtins), `method_value` (method values and expressions) and `chan`
//! (goroutines, channels, select).

mod call;
mod chan;
mod defer;
mod expr;
mod iface;
mod map;
mod method_value;
mod place;
mod slice;
mod stmt;

use std::collections::{HashMap, HashSet};

use goviz_runtime::bytecode::{self, ArgWord, FRAME_HEADER, FuncMeta, Inst, Op, SLOT_CLOSURE};

use super::repr::{Repr, has_pointers, repr_of};
use super::{Ctx, Result};
use crate::syntax::Pos;
use crate::syntax::ast::{
    AssignOp, Block, Decl, Expr, ExprKind, ForStmt, FuncDecl, IfStmt, RangeStmt, Stmt, StmtKind,
    SwitchStmt,
};
use crate::syntax::token::{Operator, Token};
use crate::types::constant::Value;
use crate::types::object::{Builtin, ObjId, ObjKind};
use crate::types::ty::{Signature, Type, TypeId};

pub(crate) use iface::iface_wrapper;

/// An enclosing `for` or `switch`: where `break` and `continue` go.
struct Target {
    label: Option<Box<str>>,
    /// A switch takes `break` but not `continue`.
    is_loop: bool,
    breaks: Vec<usize>,
    continues: Vec<usize>,
}

pub(crate) struct FuncGen {
    pub file: usize,
    code: Vec<Inst>,
    lines: Vec<u32>,
    line: u32,
    vars: HashMap<ObjId, Var>,
    /// Variables whose address is taken: they live in the heap.
    heap_vars: HashSet<ObjId>,
    next: u16,
    max: u16,
    results: Vec<(u16, Repr)>,
    targets: Vec<Target>,
    /// A label written on the statement being compiled.
    pending_label: Option<Box<str>>,
    /// Go's symbol name of the function (closures are named after it).
    name: String,
    is_closure: bool,
    /// Function literals compiled so far in this function.
    nclosures: u32,
    /// The frame outgrew 16-bit slot numbers.
    too_large: bool,
    /// Where each label's statement starts, and the gotos to patch.
    labels: HashMap<Box<str>, usize>,
    gotos: Vec<(Box<str>, usize)>,
    /// Returns run deferred calls or move heap results first.
    epilogue: bool,
    /// `Defer`s pointing at the epilogue, to patch.
    defer_sites: Vec<usize>,
    /// Results captured in heap cells: (cell slot, result slot, repr).
    heap_results: Vec<(u16, u16, Repr)>,
    ndeferwraps: u32,
    /// Calls (instruction indices) gc inlines.
    inlined: Vec<u32>,
    /// The instance of a generic function being compiled (index in the
    /// package's `Info::mono`): the types of its body's expressions and
    /// objects are read through it.
    inst: Option<usize>,
    /// The next `call` is the one of the `go` statement at this
    /// position (chan.rs).
    go_next: Option<Pos>,
}

/// Compiles a function or method declaration of the main package; for
/// a generic one, its instance `inst` (index in `Info::mono`).
pub(crate) fn compile_func(
    cx: &mut Ctx,
    file: usize,
    d: &FuncDecl,
    inst: Option<usize>,
) -> Result<bytecode::Func> {
    let obj = *cx
        .info
        .defs
        .get(&cx.gpos(file, d.name.pos))
        .expect("checked functions are recorded");
    let sig = match cx.world.types.get(cx.world.obj(obj).typ.expect("typed")) {
        Type::Signature(s) => s.clone(),
        _ => unreachable!("a function's type is a signature"),
    };
    let body = d
        .body
        .as_ref()
        .expect("collect_funcs keeps only functions with bodies");
    let name = super::func_symbol(cx, file, d)?;
    let mut g = FuncGen::new(file, name, false);
    g.inst = inst;
    g.compile_body(cx, d.name.pos, d.pos, &sig, body, &[])
}

impl FuncGen {
    /// Compiles a function body with signature `sig` (receiver first,
    /// then parameters). `captures` are the variables a closure reads
    /// through its context (their heap cells' pointers, in order).
    fn compile_body(
        mut self,
        cx: &mut Ctx,
        pos: Pos,
        func_pos: Pos,
        sig: &Signature,
        body: &Block,
        captures: &[(ObjId, Repr)],
    ) -> Result<bytecode::Func> {
        let file = self.file;
        self.find_heap_vars(cx, body);
        self.epilogue = self.needs_epilogue(body, sig);
        let mut args = Vec::new();
        for &p in sig.recv.iter().chain(&sig.params) {
            let (s, r) = self.declare_param(cx, file, pos, p)?;
            for w in 0..r.slots() {
                args.push(match (w, r.slots()) {
                    (_, 1) => ArgWord::Word(s),
                    (0, _) => ArgWord::Open(s),
                    (w, n) if w + 1 == n => ArgWord::Close(s + w),
                    (w, _) => ArgWord::Inner(s + w),
                });
            }
        }
        for &p in &sig.results {
            let v = self.declare_param(cx, file, pos, p)?;
            self.results.push(v);
        }
        self.set_line(cx.line(file, func_pos));
        self.zero_results(cx, sig);
        for (i, &(o, r)) in captures.iter().enumerate() {
            let s = self.alloc(1);
            self.emit(Op::Load64, s, SLOT_CLOSURE as u16, 0, 8 + 8 * i as i64);
            self.vars.insert(
                o,
                Var {
                    slot: s,
                    heap: true,
                    repr: r,
                },
            );
        }
        // Results captured or whose address is taken live in zeroed heap
        // cells; the epilogue copies them to their slots.
        for &p in &sig.results {
            if self.heap_vars.contains(&p) {
                let v = self.vars[&p];
                let cell = self.new_heap_cell(v.repr);
                self.heap_results.push((cell, v.slot, v.repr));
                self.vars.insert(
                    p,
                    Var {
                        slot: cell,
                        heap: true,
                        repr: v.repr,
                    },
                );
            }
        }
        // Parameters whose address is taken move to the heap on entry.
        for &p in sig.recv.iter().chain(&sig.params) {
            if self.heap_vars.contains(&p) {
                let v = self.vars[&p];
                let ptr = self.new_heap_cell(v.repr);
                self.store_mem(ptr, 0, v.slot, v.repr);
                self.vars.insert(
                    p,
                    Var {
                        slot: ptr,
                        heap: true,
                        repr: v.repr,
                    },
                );
            }
        }
        self.block(cx, body)?;
        self.set_line(cx.line(file, body.rbrace));
        if self.epilogue {
            self.emit_epilogue();
        } else {
            self.emit(Op::Ret, 0, 0, 0, 0);
        }
        for (l, j) in std::mem::take(&mut self.gotos) {
            let target = self.labels[&l];
            self.patch(j, target);
        }
        let meta = FuncMeta {
            name: self.name.clone(),
            file: super::abs_path(&cx.pkg.files[file].path),
            line: cx.line(file, func_pos),
            args,
            wrapper: false,
            inlined_calls: std::mem::take(&mut self.inlined),
        };
        if self.too_large {
            return cx.unsupported(file, pos, "functions whose frame passes 65535 slots are");
        }
        Ok(self.finish(meta))
    }

    /// The variables of this body that must live in the heap: those whose
    /// address is taken (explicitly, or by calling a pointer method on
    /// them) and those function literals capture.
    fn find_heap_vars(&mut self, cx: &Ctx, body: &Block) {
        let file = self.file;
        let owns = |x: &Expr| owns_value(cx, x);
        let mut names: Vec<Pos> = super::addrtaken::address_taken(body, &owns)
            .into_iter()
            .collect();
        super::addrtaken::walk_block(body, &mut |e| {
            // A pointer method called on a value takes its address (on a
            // pointer, it does not).
            // (A slice value is no pointer: `s.Push(v)` on a named slice
            // type takes the address of `s` itself.)
            if let ExprKind::Call { fun, .. } = &e.kind
                && let ExprKind::Selector(x, sel) = &fun.unparen().kind
                && let Some(&m) = cx.info.uses.get(&cx.gpos(file, sel.pos))
                && matches!(cx.world.obj(m).kind, ObjKind::Func { ptr_recv: true })
                && !is_pointer(cx, x)
                && let Some(pos) = super::addrtaken::root_name(x, &owns)
            {
                names.push(pos);
            }
        });
        for pos in names {
            if let Some(&o) = cx.info.uses.get(&cx.gpos(file, pos)) {
                self.heap_vars.insert(o);
            }
        }
        for (pos, (lo, hi)) in super::addrtaken::names_in_literals(body) {
            let Some(&o) = cx.info.uses.get(&cx.gpos(file, pos)) else {
                continue;
            };
            let obj = cx.world.obj(o);
            let local = matches!(obj.kind, ObjKind::Var { field: false, .. })
                && !cx.globals.contains_key(&o);
            let inside = cx.gpos(file, lo) <= obj.pos && obj.pos <= cx.gpos(file, hi);
            if local && !inside {
                self.heap_vars.insert(o);
            }
        }
    }

    /// dst = the closure of function literal `e`: a heap object holding
    /// the function and pointers to the variables it captures.
    fn func_lit(&mut self, cx: &mut Ctx, e: &Expr, body: &Block, dst: u16) -> Result<()> {
        self.nclosures += 1;
        let name = if self.is_closure {
            format!("{}.{}", self.name, self.nclosures)
        } else {
            format!("{}.func{}", self.name, self.nclosures)
        };
        let mut captures: Vec<(ObjId, Repr)> = Vec::new();
        for pos in super::addrtaken::names_used(body) {
            if let Some(&o) = cx.info.uses.get(&cx.gpos(self.file, pos))
                && let Some(v) = self.vars.get(&o)
                && !captures.iter().any(|c| c.0 == o)
            {
                if !v.heap {
                    return cx.unsupported(self.file, pos, "capturing this variable is");
                }
                captures.push((o, v.repr));
            }
        }
        // The literal's own signature, whose parameter objects its body
        // uses (their types are substituted as they are declared).
        let lit_type = cx.info.types.get(&(e as *const Expr as usize)).map(|v| v.0);
        let sig = match lit_type.map(|t| cx.world.types.get(cx.world.types.under(t))) {
            Some(Type::Signature(s)) => s.clone(),
            _ => return cx.unsupported(self.file, e.pos, "this function literal is"),
        };
        let idx = cx.new_func_index();
        let mut g = FuncGen::new(self.file, name, true);
        g.inst = self.inst;
        let f = g.compile_body(cx, e.pos, e.pos, &sig, body, &captures)?;
        cx.closures.push((idx, f));
        self.at(cx, e.pos);
        let mark = self.next;
        let p = self.alloc(2);
        self.emit(Op::New, p, 0, 0, 8 * (1 + captures.len() as i64));
        self.emit(Op::FuncVal, p + 1, 0, 0, idx as i64);
        self.emit(Op::Store64, p, p + 1, 0, 0);
        for (i, (o, _)) in captures.iter().enumerate() {
            let cell = self.vars[o].slot;
            self.emit(Op::Store64, p, cell, 0, 8 + 8 * i as i64);
        }
        self.emit(Op::Mov, dst, p, 0, 0);
        self.free_to(mark);
        Ok(())
    }
}

/// For an `init` function, its index among the package's `init`s.
pub(crate) fn init_index(cx: &Ctx, file: usize, d: &FuncDecl) -> Option<usize> {
    if &*d.name.value != "init" || d.recv.is_some() {
        return None;
    }
    let mut n = 0;
    for (fi, f) in cx.pkg.files.iter().enumerate() {
        for decl in &f.ast.decls {
            if let Decl::Func(fd) = decl
                && &*fd.name.value == "init"
                && fd.recv.is_none()
            {
                if fi == file && std::ptr::eq(fd, d) {
                    return Some(n);
                }
                n += 1;
            }
        }
    }
    None
}

impl FuncGen {
    pub fn new(file: usize, name: String, is_closure: bool) -> FuncGen {
        FuncGen {
            name,
            is_closure,
            nclosures: 0,
            too_large: false,
            labels: HashMap::new(),
            gotos: Vec::new(),
            go_next: None,
            file,
            code: Vec::new(),
            lines: Vec::new(),
            line: 0,
            vars: HashMap::new(),
            heap_vars: HashSet::new(),
            next: FRAME_HEADER,
            max: FRAME_HEADER,
            results: Vec::new(),
            targets: Vec::new(),
            pending_label: None,
            epilogue: false,
            defer_sites: Vec::new(),
            heap_results: Vec::new(),
            ndeferwraps: 0,
            inlined: Vec::new(),
            inst: None,
        }
    }

    pub fn finish(self, meta: FuncMeta) -> bytecode::Func {
        bytecode::Func {
            meta,
            code: self.code,
            lines: self.lines,
            frame_slots: self.max,
        }
    }

    pub fn set_line(&mut self, line: u32) {
        self.line = line;
    }

    fn at(&mut self, cx: &Ctx, pos: Pos) {
        self.line = cx.line(self.file, pos);
    }

    pub fn emit(&mut self, op: Op, a: u16, b: u16, c: u16, k: i64) -> usize {
        self.code.push(Inst::new(op, a, b, c, k));
        self.lines.push(self.line);
        self.code.len() - 1
    }

    /// Points the branch at `at` to the next instruction emitted.
    fn patch_here(&mut self, at: usize) {
        let here = self.code.len();
        self.patch(at, here);
    }

    fn patch(&mut self, at: usize, target: usize) {
        self.code[at].k = target as i64 - at as i64;
    }

    fn patch_all_here(&mut self, jumps: Vec<usize>) {
        for j in jumps {
            self.patch_here(j);
        }
    }

    fn jump_to(&mut self, target: usize) {
        let j = self.emit(Op::Jmp, 0, 0, 0, 0);
        self.patch(j, target);
    }

    /// Allocates `n` slots. A frame cannot pass 65535 slots (slot operands
    /// are 16 bits): past that, allocation stops moving and the frame is
    /// marked too large, which compiling the function turns into an
    /// error, so no wrong code is ever run.
    pub fn is_too_large(&self) -> bool {
        self.too_large
    }

    pub fn alloc(&mut self, n: u16) -> u16 {
        let s = self.next;
        match self.next.checked_add(n) {
            Some(end) if end < u16::MAX => self.next = end,
            _ => self.too_large = true,
        }
        self.max = self.max.max(self.next);
        s
    }

    pub fn free_to(&mut self, s: u16) {
        self.next = s;
    }

    /// The concrete type of type `t` recorded in the body being
    /// compiled (substituted in an instance of a generic function).
    pub(super) fn subst(&self, cx: &Ctx, t: TypeId) -> TypeId {
        match self.inst {
            Some(i) => cx.info.mono[i].subst(t),
            None => t,
        }
    }

    /// The concrete type of object `o` (a variable, parameter or
    /// function of the body being compiled, or of a type it uses).
    pub(super) fn obj_type(&self, cx: &Ctx, o: ObjId) -> TypeId {
        self.subst(cx, cx.world.obj(o).typ.expect("checked objects are typed"))
    }

    /// The type arguments of the generic function or method named at
    /// `pos` (the identifier or selector name), concrete.
    pub(super) fn targs_at(&self, cx: &Ctx, pos: Pos) -> Vec<TypeId> {
        cx.info
            .instances
            .get(&cx.gpos(self.file, pos))
            .map(|ts| ts.iter().map(|&t| self.subst(cx, t)).collect())
            .unwrap_or_default()
    }

    fn declare_param(&mut self, cx: &Ctx, file: usize, pos: Pos, p: ObjId) -> Result<(u16, Repr)> {
        let t = self.obj_type(cx, p);
        let Some(r) = repr_of(cx.world, t) else {
            return cx.unsupported(file, pos, "parameters of this type are");
        };
        let s = self.alloc(r.slots());
        self.vars.insert(
            p,
            Var {
                slot: s,
                heap: false,
                repr: r,
            },
        );
        Ok((s, r))
    }

    /// Allocates the storage of local variable `o`: frame slots, or, for
    /// a variable whose address is taken, a zeroed heap cell whose
    /// pointer a slot holds. Returns where its value lives.
    fn bind_var(&mut self, o: ObjId, r: Repr) -> Place {
        if self.heap_vars.contains(&o) {
            let ptr = self.new_heap_cell(r);
            self.vars.insert(
                o,
                Var {
                    slot: ptr,
                    heap: true,
                    repr: r,
                },
            );
            return Place::Mem { ptr, off: 0 };
        }
        let s = self.alloc(r.slots());
        self.vars.insert(
            o,
            Var {
                slot: s,
                heap: false,
                repr: r,
            },
        );
        Place::Local(s)
    }

    /// The heap-allocated variables (in a fixed order) among those bound
    /// since `before` was taken (a snapshot of the bound variables).
    fn heap_vars_since(&self, before: &HashSet<ObjId>) -> Vec<ObjId> {
        let mut new: Vec<ObjId> = self
            .vars
            .iter()
            .filter(|(o, v)| v.heap && !before.contains(o))
            .map(|(o, _)| *o)
            .collect();
        new.sort();
        new
    }

    /// Go 1.22's per-iteration loop variables: moves each heap-allocated
    /// variable of `vars` to a fresh cell holding its current value, so
    /// what closures and pointers of the finished iteration hold keeps
    /// that iteration's value. Runs before a three-clause loop's post
    /// statement, as the spec's copy does.
    fn fresh_iteration_cells(&mut self, vars: &[ObjId]) {
        for o in vars {
            let (slot, r) = {
                let v = &self.vars[o];
                (v.slot, v.repr)
            };
            let mark = self.next;
            let val = self.load_place(Place::Mem { ptr: slot, off: 0 }, r);
            let cell = self.new_heap_cell(r);
            self.store_mem(cell, 0, val, r);
            self.emit(Op::Mov, slot, cell, 0, 0);
            self.free_to(mark);
        }
    }

    /// Named results start as zero values, and so do all results of a
    /// function that may recover from a panic (it returns whatever the
    /// results hold); the caller's slots hold leftovers of earlier calls.
    fn zero_results(&mut self, cx: &Ctx, sig: &Signature) {
        let named = sig
            .results
            .iter()
            .any(|&p| !cx.world.obj(p).name.is_empty());
        if !named && !self.epilogue {
            return;
        }
        for (slot, r) in self.results.clone() {
            self.zero(slot, r);
        }
    }

    /// A slot holding a new zeroed heap object for a value of `r`.
    fn new_heap_cell(&mut self, r: Repr) -> u16 {
        let ptr = self.alloc(1);
        self.emit(Op::New, ptr, 0, 0, r.mem_size() as i64);
        ptr
    }

    /// Runs the call `e` (or the two-value receive) and stores its
    /// results into the global slots `dests` (None: a blank name).
    pub fn call_to_globals(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        dests: &[Option<(u32, Repr)>],
    ) -> Result<()> {
        // Every multi-value form (call, receive, assertion, map index)
        // goes to temporaries as in a function, then to the globals.
        let mark = self.next;
        let tmps: Vec<(u16, Option<Repr>)> = dests
            .iter()
            .map(|d| match d {
                Some((_, r)) => (self.alloc(r.slots()), Some(*r)),
                None => (u16::MAX, None),
            })
            .collect();
        self.assign_call_results(cx, e, &tmps)?;
        for (d, (t, _)) in dests.iter().zip(&tmps) {
            if let Some((g, r)) = d {
                self.store_place(Place::Global(*g), *t, *r);
            }
        }
        self.free_to(mark);
        Ok(())
    }

    /// Calls function `idx` (no arguments, results ignored).
    pub fn call_func(&mut self, idx: usize) {
        let base = self.alloc(FRAME_HEADER);
        self.emit(Op::Call, base, 0, 0, idx as i64);
        self.free_to(base);
    }

    // -----------------------------------------------------------------
    // Statements

    // -----------------------------------------------------------------
    // Expressions
}

/// Where a value lives.
#[derive(Clone, Copy)]
enum Place {
    /// In the frame's slots from this one.
    Local(u16),
    /// In the global slots from this one.
    Global(u32),
    /// In memory at `*ptr + off` (`ptr` a slot holding a pointer).
    Mem { ptr: u16, off: u32 },
    /// In the frame's memory at byte offset `off` from the frame pointer:
    /// a sub-word part of a local aggregate.
    Frame { off: u32 },
    /// In the frame's memory at byte offset `off` plus the byte offset in
    /// slot `bytes`: an element (of an array of arrays, ...) reached by
    /// bounds-checked variable indices. Its address is computed only when
    /// it is accessed: a call between (on the right of an assignment) may
    /// move the stack.
    FrameIdx { off: u32, bytes: u16 },
    /// The elem of map operand `map` (slots: descriptor, map) for the key
    /// in slots from `key`, at byte offset `off` into the elem: looked
    /// up when read, inserted when written (func/map.rs).
    MapElem { map: u16, key: u16, off: u32 },
}

/// A local variable: its value in the slots from `slot`, or, when `heap`,
/// in a heap cell whose pointer is in `slot`.
#[derive(Clone, Copy)]
struct Var {
    slot: u16,
    heap: bool,
    repr: Repr,
}

/// Whether operand `x` holds its value in its own memory, for
/// `addrtaken`: not a pointer or a slice (whose elements are elsewhere).
/// True when the checker recorded no type (a package name): only
/// conservative.
/// Whether `x`'s type is a pointer.
fn is_pointer(cx: &Ctx, x: &Expr) -> bool {
    cx.info
        .types
        .get(&(x as *const Expr as usize))
        .is_some_and(|&(t, _)| {
            matches!(
                cx.world.types.get(cx.world.types.under(t)),
                Type::Pointer(_)
            )
        })
}

fn owns_value(cx: &Ctx, x: &Expr) -> bool {
    let Some(&(t, _)) = cx.info.types.get(&(x as *const Expr as usize)) else {
        return true;
    };
    !matches!(
        cx.world.types.get(cx.world.types.under(t)),
        Type::Pointer(_) | Type::Slice(_)
    )
}

/// Whether `e` denotes a type (the checker records the outermost
/// expression, which may be parenthesised).
fn is_type_expr(cx: &Ctx, e: &Expr) -> bool {
    let mut x = e;
    loop {
        if cx.info.type_exprs.contains(&(x as *const Expr as usize)) {
            return true;
        }
        match &x.kind {
            ExprKind::Paren(inner) => x = inner,
            _ => return false,
        }
    }
}

/// What a call calls.
#[derive(Clone)]
enum Callee<'e> {
    /// A declared function, by index.
    Static(usize),
    /// A declared method, by index, with the receiver expression and the
    /// method's receiver type.
    Method {
        idx: usize,
        recv: &'e Expr,
        sel: Pos,
        recv_type: TypeId,
    },
    /// A func value (a closure).
    Value,
    /// A method of an interface value (`recv` itself, or its embedded
    /// interface field at `path`).
    Iface {
        recv: &'e Expr,
        path: Vec<usize>,
        name: String,
    },
}

/// What a `for range` statement ranges over.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Seq {
    Int(Repr),
    Str,
    Slice(TypeId),
    /// An array value: length and element type.
    Array(i64, TypeId),
    /// A pointer to an array.
    ArrayPtr(i64, TypeId),
}

/// Where a composite literal's value is built.
#[derive(Clone, Copy)]
enum Into {
    /// In the frame slots from this one.
    Slots(u16),
    /// In the heap object the slot points to.
    Ptr(u16),
}

/// An assignment's destination: a place, or the blank identifier
/// (`repr` None).
struct Dest {
    place: Place,
    repr: Option<Repr>,
}

impl Place {
    /// The local slot, or `tmp` for a global (stored afterwards).
    fn slot_or(self, tmp: u16) -> u16 {
        match self {
            Place::Local(s) => s,
            _ => tmp,
        }
    }
}

impl Dest {
    fn slot_or(&self, tmp: u16) -> u16 {
        self.place.slot_or(tmp)
    }
}

fn is_comparison(op: Operator) -> bool {
    use Operator::*;
    matches!(op, Eql | Neq | Lss | Leq | Gtr | Geq)
}

/// The operator with its operands swapped: `a < b` is `b > a`.
fn swap(op: Operator) -> Operator {
    use Operator::*;
    match op {
        Lss => Gtr,
        Gtr => Lss,
        Leq => Geq,
        Geq => Leq,
        o => o,
    }
}

fn negate(op: Operator) -> Operator {
    use Operator::*;
    match op {
        Eql => Neq,
        Neq => Eql,
        Lss => Geq,
        Geq => Lss,
        Leq => Gtr,
        Gtr => Leq,
        o => o,
    }
}
