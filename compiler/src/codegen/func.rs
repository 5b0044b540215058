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

use std::collections::{HashMap, HashSet};

use goviz_runtime::bytecode::{self, ArgWord, FRAME_HEADER, FuncMeta, Inst, Op, SLOT_CLOSURE};

use super::repr::{Repr, has_pointers, repr_of};
use super::{Ctx, Result, inst};
use crate::syntax::Pos;
use crate::syntax::ast::{
    AssignOp, Block, Decl, Expr, ExprKind, ForStmt, FuncDecl, IfStmt, RangeStmt, Stmt, StmtKind,
    SwitchStmt,
};
use crate::syntax::token::{Operator, Token};
use crate::types::constant::Value;
use crate::types::object::{Builtin, ObjId, ObjKind};
use crate::types::ty::{Signature, Type, TypeId};

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
}

/// Compiles a function or method declaration of the main package.
pub(crate) fn compile_func(cx: &mut Ctx, file: usize, d: &FuncDecl) -> Result<bytecode::Func> {
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
    let name = match &d.recv {
        Some(r) => super::method_symbol(cx, file, r, &d.name.value)?,
        None => super::symbol(cx.pkg, &d.name.value, init_index(cx, file, d)),
    };
    let g = FuncGen::new(file, name, false);
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
            if self.heap_vars.contains(&p) {
                return cx.unsupported(file, pos, "taking the address of a result is");
            }
            let v = self.declare_param(cx, file, pos, p)?;
            self.results.push(v);
        }
        self.set_line(cx.line(file, func_pos));
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
        self.emit(Op::Ret, 0, 0, 0, 0);
        for (l, j) in std::mem::take(&mut self.gotos) {
            let target = self.labels[&l];
            self.patch(j, target);
        }
        let meta = FuncMeta {
            name: self.name.clone(),
            file: super::abs_path(&cx.pkg.files[file].path),
            line: cx.line(file, func_pos),
            args,
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
        let mut names: Vec<Pos> = super::addrtaken::address_taken(body).into_iter().collect();
        super::addrtaken::walk_block(body, &mut |e| {
            if let ExprKind::Call { fun, .. } = &e.kind
                && let ExprKind::Selector(x, sel) = &fun.unparen().kind
                && let Some(&m) = cx.info.uses.get(&cx.gpos(file, sel.pos))
                && matches!(cx.world.obj(m).kind, ObjKind::Func { ptr_recv: true })
                && let Some(pos) = super::addrtaken::root_name(x)
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
        let sig = match cx
            .world
            .types
            .get(cx.world.types.under(self.type_of(cx, e)?))
        {
            Type::Signature(s) => s.clone(),
            _ => unreachable!("a function literal has a signature"),
        };
        let idx = cx.new_func_index();
        let g = FuncGen::new(self.file, name, true);
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
fn init_index(cx: &Ctx, file: usize, d: &FuncDecl) -> Option<usize> {
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
        self.code.push(inst(op, a, b, c, k));
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

    fn declare_param(&mut self, cx: &Ctx, file: usize, pos: Pos, p: ObjId) -> Result<(u16, Repr)> {
        let t = cx.world.obj(p).typ.expect("typed");
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

    /// A slot holding a new zeroed heap object for a value of `r`.
    fn new_heap_cell(&mut self, r: Repr) -> u16 {
        let ptr = self.alloc(1);
        self.emit(Op::New, ptr, 0, 0, r.mem_size() as i64);
        ptr
    }

    /// Runs the call `e` and stores its results into the global slots
    /// `dests` (None: a blank name).
    pub fn call_to_globals(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        dests: &[Option<(u32, Repr)>],
    ) -> Result<()> {
        let (base, results) = self.call(cx, e)?;
        for (d, (s, _)) in dests.iter().zip(&results) {
            if let Some((g, r)) = d {
                self.store_place(Place::Global(*g), *s, *r);
            }
        }
        self.free_to(base);
        Ok(())
    }

    /// Calls function `idx` (no arguments, results ignored).
    pub fn call_func(&mut self, idx: usize, _args: &[(u16, Repr)]) {
        let base = self.alloc(FRAME_HEADER);
        self.emit(Op::Call, base, 0, 0, idx as i64);
        self.free_to(base);
    }

    // -----------------------------------------------------------------
    // Statements

    fn block(&mut self, cx: &mut Ctx, b: &Block) -> Result<()> {
        let mark = self.next;
        for s in &b.stmts {
            self.stmt(cx, s)?;
        }
        self.free_to(mark);
        Ok(())
    }

    fn stmts(&mut self, cx: &mut Ctx, list: &[Stmt]) -> Result<()> {
        let mark = self.next;
        for s in list {
            self.stmt(cx, s)?;
        }
        self.free_to(mark);
        Ok(())
    }

    fn stmt(&mut self, cx: &mut Ctx, s: &Stmt) -> Result<()> {
        self.at(cx, s.pos);
        let label = self.pending_label.take();
        match &s.kind {
            StmtKind::Empty => Ok(()),
            StmtKind::Block(b) => self.block(cx, b),
            StmtKind::Labeled(name, inner) => {
                self.labels.insert(name.value.clone(), self.code.len());
                self.pending_label = Some(name.value.clone());
                self.stmt(cx, inner)
            }
            StmtKind::Expr(e) => self.expr_stmt(cx, e),
            StmtKind::IncDec(x, op) => self.inc_dec(cx, x, *op),
            StmtKind::Assign(op, lhs, rhs) => self.assign(cx, s.pos, *op, lhs, rhs),
            StmtKind::Decl(decls) => self.local_decls(cx, decls),
            StmtKind::Return(vals) => self.ret(cx, s.pos, vals),
            StmtKind::If(i) => self.if_stmt(cx, i),
            StmtKind::For(f) => self.for_stmt(cx, f, label),
            StmtKind::Range(r) => self.range_stmt(cx, s.pos, r, label),
            StmtKind::Switch(sw) => self.switch_stmt(cx, s.pos, sw, label),
            StmtKind::Branch(tok, l) => self.branch(cx, s.pos, *tok, l.as_ref().map(|n| &*n.value)),
            StmtKind::Send(..) => cx.unsupported(self.file, s.pos, "channel sends are"),
            StmtKind::Call(Token::Go, _) => cx.unsupported(self.file, s.pos, "go statements are"),
            StmtKind::Call(..) => cx.unsupported(self.file, s.pos, "defer statements are"),
            StmtKind::Select(_) => cx.unsupported(self.file, s.pos, "select statements are"),
        }
    }

    fn expr_stmt(&mut self, cx: &mut Ctx, e: &Expr) -> Result<()> {
        let mark = self.next;
        let ExprKind::Call { fun, args, .. } = &e.unparen().kind else {
            return cx.unsupported(self.file, e.pos, "this expression statement is");
        };
        if let Some(b) = self.builtin(cx, fun) {
            match b {
                Builtin::Print | Builtin::Println => {
                    self.print(cx, e, args, b == Builtin::Println)?
                }
                Builtin::Copy => self.copy_builtin(cx, e, args, None)?,
                Builtin::Clear if self.repr(cx, &args[0])? == Repr::Slice => {
                    let elem = self
                        .slice_elem(cx, self.type_of(cx, &args[0])?)
                        .expect("a slice");
                    let s = self.expr(cx, &args[0], Repr::Slice)?;
                    let n = self.alloc(1);
                    self.emit(Op::MulIK, n, s + 1, 0, cx.world.sizeof(elem));
                    self.emit(Op::MemClr, s, n, 0, 0);
                }
                _ => return cx.unsupported(self.file, e.pos, format!("builtin {} is", b.name())),
            }
        } else {
            self.call(cx, e)?;
        }
        self.free_to(mark);
        Ok(())
    }

    fn local_decls(&mut self, cx: &mut Ctx, decls: &[Decl]) -> Result<()> {
        for d in decls {
            let Decl::Var(vd) = d else { continue };
            if !vd.values.is_empty() && vd.values.len() != vd.names.len() {
                let mut dests = Vec::new();
                for n in &vd.names {
                    let (place, r) = self.new_local(cx, n.pos)?;
                    dests.push(Dest {
                        place,
                        repr: Some(r),
                    });
                }
                let tmps: Vec<_> = dests.iter().map(|d| self.place_temp(d)).collect();
                self.assign_call_results(cx, &vd.values[0], &tmps)?;
                for (d, (t, _)) in dests.iter().zip(&tmps) {
                    self.finish_target(d, *t);
                }
                continue;
            }
            for (i, n) in vd.names.iter().enumerate() {
                let (place, r) = self.new_local(cx, n.pos)?;
                match vd.values.get(i) {
                    Some(v) => {
                        let mark = self.next;
                        let dest = Dest {
                            place,
                            repr: Some(r),
                        };
                        self.assign_one(cx, &dest, v)?;
                        self.free_to(mark);
                    }
                    None => {
                        if let Place::Local(slot) = place {
                            self.zero(slot, r);
                        }
                    }
                }
            }
        }
        Ok(())
    }

    /// Declares the local variable defined at `pos` (a blank name gets a
    /// scratch slot).
    fn new_local(&mut self, cx: &Ctx, pos: Pos) -> Result<(Place, Repr)> {
        let o = cx.info.defs.get(&cx.gpos(self.file, pos)).copied();
        let t = match o {
            Some(o) => cx.world.obj(o).typ.expect("typed"),
            None => return cx.unsupported(self.file, pos, "this declaration is"),
        };
        let Some(r) = repr_of(cx.world, t) else {
            return cx.unsupported(self.file, pos, "variables of this type are");
        };
        let o = o.expect("checked above");
        Ok((self.bind_var(o, r), r))
    }

    fn zero(&mut self, slot: u16, r: Repr) {
        for i in 0..r.slots() {
            self.emit(Op::Const, slot + i, 0, 0, 0);
        }
    }

    fn inc_dec(&mut self, cx: &mut Ctx, x: &Expr, op: Operator) -> Result<()> {
        let mark = self.next;
        let (place, r) = self.place(cx, x)?;
        let v = self.load_place(place, r);
        let one = if op == Operator::Add { 1 } else { -1 };
        // A complex number steps its real part.
        let part = if r.is_complex() { r.part() } else { r };
        match part {
            Repr::F64 | Repr::F32 => {
                let k = self.alloc(1);
                self.emit(Op::Const, k, 0, 0, (one as f64).to_bits() as i64);
                self.emit(Op::AddF, v, v, k, 0);
                self.round(v, part);
            }
            Repr::Int { .. } => {
                self.emit(Op::AddIK, v, v, 0, one);
                self.narrow(v, r);
            }
            _ => return cx.unsupported(self.file, x.pos, "++ and -- on this operand are"),
        }
        self.store_place(place, v, r);
        self.free_to(mark);
        Ok(())
    }

    fn assign(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        op: AssignOp,
        lhs: &[Expr],
        rhs: &[Expr],
    ) -> Result<()> {
        if let AssignOp::Op(bop) = op {
            let mark = self.next;
            let (place, r) = self.place(cx, &lhs[0])?;
            let x = self.load_place(place, r);
            let y = self.expr(cx, &rhs[0], self.operand_repr(cx, &rhs[0], r, bop))?;
            self.at(cx, pos);
            self.binary_op(cx, pos, bop, x, x, y, r)?;
            self.store_place(place, x, r);
            self.free_to(mark);
            return Ok(());
        }
        let define = op == AssignOp::Define;
        // Targets first, so a defined variable's slot lies below the
        // temporaries of the right-hand side.
        let mut places = Vec::with_capacity(lhs.len());
        for l in lhs {
            places.push(self.target(cx, l, define)?);
        }
        let mark = self.next;
        if rhs.len() == 1 && lhs.len() > 1 {
            let dsts = places
                .iter()
                .map(|p| self.place_temp(p))
                .collect::<Vec<_>>();
            self.assign_call_results(cx, &rhs[0], &dsts)?;
            for (p, (s, _)) in places.iter().zip(&dsts) {
                self.finish_target(p, *s);
            }
        } else if lhs.len() == 1 {
            self.assign_one(cx, &places[0], &rhs[0])?;
        } else {
            // a, b = b, a: every right side is read before any store.
            let mut vals = Vec::new();
            for (p, r) in places.iter().zip(rhs) {
                let want = p.repr.unwrap_or(self.repr(cx, r)?);
                let t = self.alloc(want.slots());
                self.value_to(cx, r, t, want)?;
                vals.push(t);
            }
            for (p, v) in places.iter().zip(vals) {
                if let Some(r) = p.repr {
                    self.copy(p.slot_or(v), v, r);
                    self.finish_target(p, p.slot_or(v));
                }
            }
        }
        self.free_to(mark);
        Ok(())
    }

    fn assign_one(&mut self, cx: &mut Ctx, p: &Dest, rhs: &Expr) -> Result<()> {
        let Some(r) = p.repr else {
            // `_ = x`: evaluate for effects.
            let want = self.repr(cx, rhs)?;
            let t = self.alloc(want.slots());
            return self.value_to(cx, rhs, t, want);
        };
        match p.place {
            Place::Local(s) => self.value_to(cx, rhs, s, r),
            _ => {
                let t = self.alloc(r.slots());
                self.value_to(cx, rhs, t, r)?;
                self.store_place(p.place, t, r);
                Ok(())
            }
        }
    }

    /// Runs the call `e` and moves its results into `dsts` (slot, repr);
    /// a blank destination has repr None... represented by slot u16::MAX.
    fn assign_call_results(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        dsts: &[(u16, Option<Repr>)],
    ) -> Result<()> {
        let (base, results) = self.call(cx, e)?;
        for ((s, r), (rs, _)) in dsts.iter().zip(&results) {
            if let Some(r) = r {
                self.copy(*s, *rs, *r);
            }
        }
        self.free_to(base);
        Ok(())
    }

    fn target(&mut self, cx: &mut Ctx, l: &Expr, define: bool) -> Result<Dest> {
        if l.as_name() == Some("_") {
            return Ok(Dest {
                place: Place::Local(u16::MAX),
                repr: None,
            });
        }
        if define && let Some(&o) = cx.info.defs.get(&cx.gpos(self.file, l.pos)) {
            let t = cx.world.obj(o).typ.expect("typed");
            let Some(r) = repr_of(cx.world, t) else {
                return cx.unsupported(self.file, l.pos, "variables of this type are");
            };
            let place = self.bind_var(o, r);
            return Ok(Dest {
                place,
                repr: Some(r),
            });
        }
        let (place, r) = self.place(cx, l)?;
        Ok(Dest {
            place,
            repr: Some(r),
        })
    }

    fn place_temp(&mut self, p: &Dest) -> (u16, Option<Repr>) {
        match (p.place, p.repr) {
            (Place::Local(s), Some(r)) => (s, Some(r)),
            (_, Some(r)) => (self.alloc(r.slots()), Some(r)),
            (_, None) => (u16::MAX, None),
        }
    }

    fn finish_target(&mut self, p: &Dest, from: u16) {
        if let (false, Some(r)) = (matches!(p.place, Place::Local(_)), p.repr) {
            self.store_place(p.place, from, r);
        }
    }

    /// The variable (or part of one) an addressable expression denotes.
    fn place(&mut self, cx: &mut Ctx, x: &Expr) -> Result<(Place, Repr)> {
        let x = x.unparen();
        match &x.kind {
            ExprKind::Name(_) => {
                if let Some(&o) = cx.info.uses.get(&cx.gpos(self.file, x.pos)) {
                    if let Some(&v) = self.vars.get(&o) {
                        let p = if v.heap {
                            Place::Mem {
                                ptr: v.slot,
                                off: 0,
                            }
                        } else {
                            Place::Local(v.slot)
                        };
                        return Ok((p, v.repr));
                    }
                    if let Some(&(g, r)) = cx.globals.get(&o) {
                        return Ok((Place::Global(g), r));
                    }
                }
            }
            ExprKind::Operation(Operator::Mul, p, None) => {
                let r = self.repr(cx, x)?;
                let ptr = self.expr(cx, p, Repr::Ptr)?;
                return Ok((Place::Mem { ptr, off: 0 }, r));
            }
            ExprKind::Selector(b, name) => {
                if let Some(path) = cx
                    .info
                    .selections
                    .get(&cx.gpos(self.file, name.pos))
                    .cloned()
                    && !path.is_empty()
                    && !is_type_expr(cx, b)
                {
                    let (place, t) = self.select_path(cx, b, &path)?;
                    if let Some(r) = repr_of(cx.world, t) {
                        return Ok((place, r));
                    }
                }
            }
            ExprKind::Index(a, idx) if idx.len() == 1 => {
                if let Some(p) = self.array_element(cx, a, &idx[0])? {
                    return Ok(p);
                }
                if let Some(p) = self.slice_element(cx, a, &idx[0])? {
                    return Ok(p);
                }
            }
            _ => {}
        }
        cx.unsupported(self.file, x.pos, "this operand is")
    }

    /// The element `a[i]` of an array (or of the array a pointer points
    /// to), bounds-checked; None if `a` is not an array.
    fn array_element(&mut self, cx: &mut Ctx, a: &Expr, i: &Expr) -> Result<Option<(Place, Repr)>> {
        let at = self.type_of(cx, a)?;
        let w = cx.world;
        let (through_ptr, arr) = match w.types.get(w.types.under(at)) {
            Type::Pointer(e) => (true, *e),
            _ => (false, at),
        };
        let Type::Array(len, elem) = w.types.get(w.types.under(arr)) else {
            return Ok(None);
        };
        let (len, elem) = (*len, *elem);
        let Some(r) = repr_of(w, elem) else {
            return cx.unsupported(self.file, a.pos, "arrays of this element type are");
        };
        let esize = w.sizeof(elem) as u32;
        let base = if through_ptr {
            let ptr = self.expr(cx, a, Repr::Ptr)?;
            Place::Mem { ptr, off: 0 }
        } else {
            self.place(cx, a)?.0
        };
        let int = Repr::Int {
            bits: 64,
            signed: true,
        };
        if let Some(k) = self.int_const(cx, i, int) {
            // In range: the checker verified constant indices.
            if through_ptr {
                self.emit(Op::NilCheck, self.base_ptr(base), 0, 0, 0);
            }
            return Ok(Some((self.sub_place(base, k as u32 * esize, r), r)));
        }
        let idx = self.alloc(1);
        self.value_to(cx, i, idx, self.repr(cx, i)?)?;
        self.at(cx, i.pos);
        if through_ptr {
            self.emit(Op::NilCheck, self.base_ptr(base), 0, 0, 0);
        }
        self.emit(Op::CheckIndex, idx, 0, 0, len);
        let place = match base {
            Place::Local(s) => Place::FrameIdx {
                off: s as u32 * 8,
                idx,
                esize,
            },
            Place::Frame { off } => Place::FrameIdx { off, idx, esize },
            Place::FrameIdx { .. } => {
                return cx.unsupported(
                    self.file,
                    a.pos,
                    "indexing arrays of arrays by variables is",
                );
            }
            Place::Global(g) => {
                let ptr = self.alloc(1);
                self.emit(Op::GlobalAddr, ptr, 0, 0, g as i64);
                self.element_ptr(ptr, 0, idx, esize)
            }
            Place::Mem { ptr, off } => self.element_ptr(ptr, off, idx, esize),
        };
        Ok(Some((place, r)))
    }

    /// The element type of slice type `t`, if it is one.
    fn slice_elem(&self, cx: &Ctx, t: TypeId) -> Option<TypeId> {
        match cx.world.types.get(cx.world.types.under(t)) {
            Type::Slice(e) => Some(*e),
            _ => None,
        }
    }

    /// The element `s[i]` of a slice, bounds-checked; None if `s` is not
    /// a slice.
    fn slice_element(&mut self, cx: &mut Ctx, s: &Expr, i: &Expr) -> Result<Option<(Place, Repr)>> {
        let Some(elem) = self.slice_elem(cx, self.type_of(cx, s)?) else {
            return Ok(None);
        };
        let r = self.repr_of_type(cx, elem, s.pos)?;
        let esize = cx.world.sizeof(elem) as u32;
        let sl = self.expr(cx, s, Repr::Slice)?;
        let idx = self.alloc(1);
        self.value_to(cx, i, idx, self.repr(cx, i)?)?;
        self.at(cx, i.pos);
        self.emit(Op::CheckBounds, idx, sl + 1, 0, 0);
        Ok(Some((self.element_ptr(sl, 0, idx, esize), r)))
    }

    /// Whether `e` is a slice of bytes.
    fn is_byte_slice(&self, cx: &Ctx, e: &Expr) -> Result<bool> {
        let elem = self.slice_elem(cx, self.type_of(cx, e)?);
        Ok(elem.and_then(|t| repr_of(cx.world, t))
            == Some(Repr::Int {
                bits: 8,
                signed: false,
            }))
    }

    /// Whether `e` is a slice of runes (int32).
    fn is_rune_slice(&self, cx: &Ctx, e: &Expr) -> Result<bool> {
        let elem = self.slice_elem(cx, self.type_of(cx, e)?);
        Ok(elem.and_then(|t| repr_of(cx.world, t))
            == Some(Repr::Int {
                bits: 32,
                signed: true,
            }))
    }

    /// `GrowSlice`'s immediate for elements of type `elem`.
    fn grow_k(&self, cx: &Ctx, elem: TypeId) -> i64 {
        cx.world.sizeof(elem) * 2 + has_pointers(cx.world, elem) as i64
    }

    /// dst = min(args...) or max(args...) (not constant).
    fn min_max(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        args: &[Expr],
        min: bool,
        dst: u16,
    ) -> Result<()> {
        let r = self.repr(cx, e)?;
        let mark = self.next;
        let acc = self.alloc(r.slots());
        self.value_to(cx, &args[0], acc, r)?;
        for a in &args[1..] {
            let m = self.next;
            let v = self.expr(cx, a, r)?;
            self.at(cx, e.pos);
            match r {
                Repr::Int { signed, .. } => {
                    let op = match (min, signed) {
                        (true, true) => Op::MinS,
                        (false, true) => Op::MaxS,
                        (true, false) => Op::MinU,
                        (false, false) => Op::MaxU,
                    };
                    self.emit(op, acc, acc, v, 0);
                }
                Repr::F64 | Repr::F32 => {
                    self.emit(if min { Op::MinF } else { Op::MaxF }, acc, acc, v, 0);
                }
                Repr::Str => {
                    // Take v when it is smaller (min) or larger (max).
                    let t = self.alloc(1);
                    let (x, y) = if min { (v, acc) } else { (acc, v) };
                    self.emit(Op::LtStr, t, x, y, 0);
                    let skip = self.emit(Op::JmpIfNot, t, 0, 0, 0);
                    self.emit(Op::Mov2, acc, v, 0, 0);
                    self.patch_here(skip);
                }
                _ => return cx.unsupported(self.file, e.pos, "min and max of these values are"),
            }
            self.free_to(m);
        }
        self.copy(dst, acc, r);
        self.free_to(mark);
        Ok(())
    }

    /// dst = make([]T, len[, cap]).
    fn make_slice(&mut self, cx: &mut Ctx, e: &Expr, args: &[Expr], dst: u16) -> Result<()> {
        let Some(elem) = self.slice_elem(cx, self.type_of(cx, e)?) else {
            return cx.unsupported(self.file, e.pos, "make of this type is");
        };
        let len = &args[1];
        self.value_to(cx, len, dst + 1, self.repr(cx, len)?)?;
        match args.get(2) {
            Some(cap) => self.value_to(cx, cap, dst + 2, self.repr(cx, cap)?)?,
            None => {
                self.emit(Op::Mov, dst + 2, dst + 1, 0, 0);
            }
        }
        self.at(cx, e.pos);
        self.emit(Op::MakeSlice, dst, 0, 0, cx.world.sizeof(elem));
        Ok(())
    }

    /// dst = append(s, values...) or append(s, t...).
    fn append(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        args: &[Expr],
        spread: bool,
        dst: u16,
    ) -> Result<()> {
        let Some(elem) = self.slice_elem(cx, self.type_of(cx, e)?) else {
            return cx.unsupported(self.file, e.pos, "append to this type is");
        };
        let er = self.repr_of_type(cx, elem, e.pos)?;
        let esize = cx.world.sizeof(elem);
        let mark = self.next;
        // Go's order: the slice, then the values, then the append.
        let s = self.expr(cx, &args[0], Repr::Slice)?;
        let vals: Vec<u16> = if spread {
            let tr = self.repr(cx, &args[1])?;
            vec![self.expr(cx, &args[1], tr)?]
        } else {
            let mut v = Vec::new();
            for a in &args[1..] {
                v.push(self.expr(cx, a, er)?);
            }
            v
        };
        self.at(cx, e.pos);
        let t = self.alloc(3);
        self.copy(t, s, Repr::Slice);
        let old = self.alloc(2);
        let new_len = old + 1;
        self.emit(Op::Mov, old, t + 1, 0, 0);
        if spread {
            let src = vals[0];
            self.emit(Op::AddI, new_len, old, src + 1, 0);
            self.emit(Op::GrowSlice, t, new_len, 0, self.grow_k(cx, elem));
            let to = self.alloc(2);
            self.emit(Op::MulIK, to, old, 0, esize);
            self.emit(Op::AddI, to, t, to, 0);
            self.emit(Op::MulIK, to + 1, src + 1, 0, esize);
            self.emit(Op::MemMove, to, src, to + 1, 0);
        } else if !vals.is_empty() {
            self.emit(Op::AddIK, new_len, old, 0, vals.len() as i64);
            self.emit(Op::GrowSlice, t, new_len, 0, self.grow_k(cx, elem));
            for (i, &v) in vals.iter().enumerate() {
                let idx = self.alloc(1);
                self.emit(Op::AddIK, idx, old, 0, i as i64);
                let place = self.element_ptr(t, 0, idx, esize as u32);
                self.store_place(place, v, er);
            }
        }
        self.copy(dst, t, Repr::Slice);
        self.free_to(mark);
        Ok(())
    }

    /// copy(dst, src); the count goes to `result` if wanted.
    fn copy_builtin(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        args: &[Expr],
        result: Option<u16>,
    ) -> Result<()> {
        let Some(elem) = self.slice_elem(cx, self.type_of(cx, &args[0])?) else {
            return cx.unsupported(self.file, e.pos, "copy to this type is");
        };
        let esize = cx.world.sizeof(elem);
        let mark = self.next;
        let d = self.expr(cx, &args[0], Repr::Slice)?;
        let sr = self.repr(cx, &args[1])?;
        let s = self.expr(cx, &args[1], sr)?;
        self.at(cx, e.pos);
        let n = self.alloc(2);
        self.emit(Op::Mov, n, d + 1, 0, 0);
        let keep = self.emit(Op::JLeS, n, s + 1, 0, 0);
        self.emit(Op::Mov, n, s + 1, 0, 0);
        self.patch_here(keep);
        self.emit(Op::MulIK, n + 1, n, 0, esize);
        self.emit(Op::MemMove, d, s, n + 1, 0);
        if let Some(r) = result {
            self.emit(Op::Mov, r, n, 0, 0);
        }
        self.free_to(mark);
        Ok(())
    }

    /// dst = []T{...}: a new backing array holding the elements.
    fn slice_literal(&mut self, cx: &mut Ctx, e: &Expr, dst: u16) -> Result<()> {
        let ExprKind::CompositeLit { elems, .. } = &e.kind else {
            unreachable!("called on composite literals")
        };
        let elem = self
            .slice_elem(cx, self.type_of(cx, e)?)
            .expect("a slice literal");
        let er = self.repr_of_type(cx, elem, e.pos)?;
        let esize = cx.world.sizeof(elem) as u32;
        // The length is one past the largest index.
        let mut n = 0i64;
        let mut index = 0i64;
        let mut parts = Vec::new();
        for el in elems {
            let v = match &el.kind {
                ExprKind::KeyValue(k, v) => {
                    index = self
                        .const_value(cx, k)
                        .map(|v| v.int64_val().0)
                        .expect("constant index");
                    &**v
                }
                _ => el,
            };
            parts.push((index, v));
            index += 1;
            n = n.max(index);
        }
        let mark = self.next;
        let p = self.alloc(1);
        self.emit(Op::New, p, 0, 0, n * esize as i64);
        for (i, v) in parts {
            let m = self.next;
            let val = self.expr(cx, v, er)?;
            self.store_place(
                Place::Mem {
                    ptr: p,
                    off: i as u32 * esize,
                },
                val,
                er,
            );
            self.free_to(m);
        }
        self.emit(Op::Mov, dst, p, 0, 0);
        self.emit(Op::Const, dst + 1, 0, 0, n);
        self.emit(Op::Const, dst + 2, 0, 0, n);
        self.free_to(mark);
        Ok(())
    }

    /// dst = x[lo:hi] of a slice, string, array or pointer to array.
    fn slice_expr(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        x: &Expr,
        index: &[Option<Box<Expr>>; 3],
        full: bool,
        dst: u16,
    ) -> Result<()> {
        if full {
            return cx.unsupported(self.file, e.pos, "3-index slice expressions are");
        }
        let mark = self.next;
        let xt = self.type_of(cx, x)?;
        let w = cx.world;
        let arr = |t: TypeId| match w.types.get(w.types.under(t)) {
            Type::Array(n, el) => Some((*n, *el)),
            _ => None,
        };
        // (pointer slot, length slot, capacity slot, element size, string?)
        let (ptr, len, cap, esize, is_str) = match w.types.get(w.types.under(xt)) {
            Type::Slice(el) => {
                let s = self.expr(cx, x, Repr::Slice)?;
                (s, s + 1, s + 2, w.sizeof(*el), false)
            }
            Type::Basic(_) => {
                let s = self.expr(cx, x, Repr::Str)?;
                (s, s + 1, s + 1, 1, true)
            }
            Type::Array(n, el) => {
                let p = self.alloc(1);
                self.address_of(cx, e, x, p)?;
                let c = self.alloc(1);
                self.emit(Op::Const, c, 0, 0, *n);
                (p, c, c, w.sizeof(*el), false)
            }
            Type::Pointer(t) if arr(*t).is_some() => {
                let (n, el) = arr(*t).expect("checked");
                let p = self.expr(cx, x, Repr::Ptr)?;
                self.emit(Op::NilCheck, p, 0, 0, 0);
                let c = self.alloc(1);
                self.emit(Op::Const, c, 0, 0, n);
                (p, c, c, w.sizeof(el), false)
            }
            _ => return cx.unsupported(self.file, e.pos, "slicing this type is"),
        };
        let int = Repr::Int {
            bits: 64,
            signed: true,
        };
        let bound = |g: &mut Self,
                     cx: &mut Ctx,
                     b: &Option<Box<Expr>>,
                     default: Option<u16>|
         -> Result<u16> {
            match (b, default) {
                (Some(b), _) => {
                    let t = g.alloc(1);
                    let r = g.repr(cx, b).unwrap_or(int);
                    g.value_to(cx, b, t, r)?;
                    Ok(t)
                }
                (None, Some(d)) => Ok(d),
                (None, None) => {
                    let t = g.alloc(1);
                    g.emit(Op::Const, t, 0, 0, 0);
                    Ok(t)
                }
            }
        };
        let lo = bound(self, cx, &index[0], None)?;
        let hi = bound(self, cx, &index[1], Some(len))?;
        self.at(cx, e.pos);
        let is_array = !is_str && len == cap;
        let check = if is_str || is_array {
            Op::CheckSliceLen
        } else {
            Op::CheckSliceCap
        };
        self.emit(check, lo, hi, cap, 0);
        // New header in temporaries (dst may be x itself: s = s[1:]).
        let t = self.alloc(3);
        self.emit(Op::SubI, t + 1, hi, lo, 0);
        if !is_str {
            self.emit(Op::SubI, t + 2, cap, lo, 0);
        }
        self.emit(Op::Mov, t, ptr, 0, 0);
        // gc never advances the pointer past the end: an empty result
        // keeps the base pointer.
        let probe = if is_str { t + 1 } else { t + 2 };
        let skip = self.emit(Op::JEqK, probe, 0, 0, 0);
        let off = self.alloc(1);
        self.emit(Op::MulIK, off, lo, 0, esize);
        self.emit(Op::AddI, t, t, off, 0);
        self.patch_here(skip);
        let r = if is_str { Repr::Str } else { Repr::Slice };
        self.copy(dst, t, r);
        self.free_to(mark);
        Ok(())
    }

    /// The slot of the pointer a memory place is based on.
    fn base_ptr(&self, p: Place) -> u16 {
        match p {
            Place::Mem { ptr, .. } => ptr,
            _ => unreachable!("called on memory places"),
        }
    }

    /// Mem place of element idx (of esize bytes) of an array at *ptr + off.
    fn element_ptr(&mut self, ptr: u16, off: u32, idx: u16, esize: u32) -> Place {
        let t = self.alloc(1);
        self.emit(Op::MulIK, t, idx, 0, esize as i64);
        self.emit(Op::AddI, t, ptr, t, 0);
        Place::Mem { ptr: t, off }
    }

    /// The place and type reached from `b` by the field-index `path`
    /// (through embedded fields, dereferencing embedded pointers and a
    /// pointer `b` on the way, as Go's selectors do).
    fn select_path(&mut self, cx: &mut Ctx, b: &Expr, path: &[usize]) -> Result<(Place, TypeId)> {
        let w = cx.world;
        let bt = self.type_of(cx, b)?;
        let elem = |t: TypeId| match w.types.get(w.types.under(t)) {
            Type::Pointer(e) => Some(*e),
            _ => None,
        };
        let (mut place, mut t) = match elem(bt) {
            Some(e) => (
                Place::Mem {
                    ptr: self.expr(cx, b, Repr::Ptr)?,
                    off: 0,
                },
                e,
            ),
            None => (self.place(cx, b)?.0, bt),
        };
        for (k, &i) in path.iter().enumerate() {
            let Type::Struct(fields) = w.types.get(w.types.under(t)) else {
                return cx.unsupported(self.file, b.pos, "this selector is");
            };
            let off = w.offsetsof(fields)[i] as u32;
            let ft = w.obj(fields[i].obj).typ.expect("typed");
            let fr = self.repr_of_type(cx, ft, b.pos)?;
            place = self.sub_place(place, off, fr);
            t = ft;
            // An embedded pointer on the way is followed.
            if k + 1 < path.len()
                && let Some(e) = elem(ft)
            {
                let ptr = self.load_place(place, Repr::Ptr);
                place = Place::Mem { ptr, off: 0 };
                t = e;
            }
        }
        Ok((place, t))
    }

    /// dst = the address of the value at `p` (which must be in memory:
    /// address-taken variables live in the heap).
    fn place_addr(&mut self, cx: &Ctx, pos: Pos, p: Place, dst: u16) -> Result<()> {
        match p {
            Place::Mem { ptr, off: 0 } => self.copy(dst, ptr, Repr::Ptr),
            Place::Mem { ptr, off } => {
                self.emit(Op::NilCheck, ptr, 0, 0, 0);
                self.emit(Op::AddIK, dst, ptr, 0, off as i64);
            }
            Place::Global(g) => {
                self.emit(Op::GlobalAddr, dst, 0, 0, g as i64);
            }
            Place::Local(_) | Place::Frame { .. } | Place::FrameIdx { .. } => {
                return cx.unsupported(self.file, pos, "taking this address is");
            }
        }
        Ok(())
    }

    /// The part at byte offset `off` (of representation `r`) of a value
    /// at `base`.
    fn sub_place(&mut self, base: Place, off: u32, r: Repr) -> Place {
        let words = |o: u32| o.is_multiple_of(8) && r.is_words();
        match base {
            Place::Local(s) if words(off) => Place::Local(s + (off / 8) as u16),
            Place::Local(s) => Place::Frame {
                off: s as u32 * 8 + off,
            },
            Place::Frame { off: o } if words(o + off) => Place::Local(((o + off) / 8) as u16),
            Place::Frame { off: o } => Place::Frame { off: o + off },
            Place::Mem { ptr, off: o } => Place::Mem { ptr, off: o + off },
            Place::FrameIdx { .. } => {
                let ptr = self.frame_idx_addr(base);
                Place::Mem { ptr, off }
            }
            Place::Global(g) if words(off) => Place::Global(g + off / 8),
            Place::Global(g) => {
                let ptr = self.alloc(1);
                self.emit(Op::GlobalAddr, ptr, 0, 0, g as i64);
                Place::Mem { ptr, off }
            }
        }
    }

    /// The slot holding the place's value (loaded into a temporary unless
    /// it is in the frame's own slots).
    fn load_place(&mut self, p: Place, r: Repr) -> u16 {
        if let Place::Local(s) = p {
            return s;
        }
        let t = self.alloc(r.slots());
        self.load_place_into(p, r, t);
        t
    }

    fn load_place_into(&mut self, p: Place, r: Repr, dst: u16) {
        match p {
            Place::Local(s) => self.copy(dst, s, r),
            Place::Global(g) => {
                for i in 0..r.slots() {
                    self.emit(Op::LoadG, dst + i, 0, 0, (g + i as u32) as i64);
                }
            }
            Place::Mem { ptr, off } => self.load_mem(dst, ptr, off, r),
            Place::FrameIdx { .. } => {
                let a = self.frame_idx_addr(p);
                self.load_mem(dst, a, 0, r);
                self.free_to(a);
            }
            Place::Frame { off } => {
                let a = self.alloc(1);
                self.emit(Op::FrameAddr, a, 0, 0, off as i64);
                self.load_mem(dst, a, 0, r);
                self.free_to(a);
            }
        }
    }

    fn store_place(&mut self, p: Place, from: u16, r: Repr) {
        match p {
            Place::Local(s) => self.copy(s, from, r),
            Place::Global(g) => {
                for i in 0..r.slots() {
                    self.emit(Op::StoreG, from + i, 0, 0, (g + i as u32) as i64);
                }
            }
            Place::Mem { ptr, off } => self.store_mem(ptr, off, from, r),
            Place::FrameIdx { .. } => {
                let a = self.frame_idx_addr(p);
                self.store_mem(a, 0, from, r);
                self.free_to(a);
            }
            Place::Frame { off } => {
                // The frame address is taken right before the store: no
                // call (which may move the stack) comes in between.
                let a = self.alloc(1);
                self.emit(Op::FrameAddr, a, 0, 0, off as i64);
                self.store_mem(a, 0, from, r);
                self.free_to(a);
            }
        }
    }

    /// A new slot holding the address of a `FrameIdx` place (use at once:
    /// no call may come before the access).
    fn frame_idx_addr(&mut self, p: Place) -> u16 {
        let Place::FrameIdx { off, idx, esize } = p else {
            unreachable!("called on FrameIdx places")
        };
        let a = self.alloc(2);
        self.emit(Op::FrameAddr, a, 0, 0, off as i64);
        self.emit(Op::MulIK, a + 1, idx, 0, esize as i64);
        self.emit(Op::AddI, a, a, a + 1, 0);
        a
    }

    /// dst.. = the value of representation `r` in memory at *ptr + off.
    fn load_mem(&mut self, dst: u16, ptr: u16, off: u32, r: Repr) {
        let k = off as i64;
        let op = match r {
            Repr::Int {
                bits: 8,
                signed: true,
            } => Op::LoadI8,
            Repr::Int { bits: 8, .. } | Repr::Bool => Op::LoadU8,
            Repr::Int {
                bits: 16,
                signed: true,
            } => Op::LoadI16,
            Repr::Int { bits: 16, .. } => Op::LoadU16,
            Repr::Int {
                bits: 32,
                signed: true,
            } => Op::LoadI32,
            Repr::Int { bits: 32, .. } => Op::LoadU32,
            Repr::Int { .. } | Repr::F64 | Repr::Ptr => Op::Load64,
            Repr::F32 => Op::LoadF32,
            Repr::C128 | Repr::C64 => {
                let (op, step) = if r == Repr::C64 {
                    (Op::LoadF32, 4)
                } else {
                    (Op::Load64, 8)
                };
                self.emit(op, dst, ptr, 0, k);
                self.emit(op, dst + 1, ptr, 0, k + step);
                return;
            }
            Repr::Str | Repr::Slice => {
                for w in 0..r.slots() {
                    self.emit(Op::Load64, dst + w, ptr, 0, k + 8 * w as i64);
                }
                return;
            }
            Repr::Mem { size } => {
                let src = self.offset_ptr(ptr, off);
                self.emit(Op::LoadN, dst, src, 0, size as i64);
                return;
            }
        };
        self.emit(op, dst, ptr, 0, k);
    }

    /// The value of representation `r` in slots src.. goes to memory at
    /// *ptr + off.
    fn store_mem(&mut self, ptr: u16, off: u32, src: u16, r: Repr) {
        let k = off as i64;
        let op = match r {
            Repr::Int { bits: 8, .. } | Repr::Bool => Op::Store8,
            Repr::Int { bits: 16, .. } => Op::Store16,
            Repr::Int { bits: 32, .. } => Op::Store32,
            Repr::Int { .. } | Repr::F64 | Repr::Ptr => Op::Store64,
            Repr::F32 => Op::StoreF32,
            Repr::C128 | Repr::C64 => {
                let (op, step) = if r == Repr::C64 {
                    (Op::StoreF32, 4)
                } else {
                    (Op::Store64, 8)
                };
                self.emit(op, ptr, src, 0, k);
                self.emit(op, ptr, src + 1, 0, k + step);
                return;
            }
            Repr::Str | Repr::Slice => {
                for w in 0..r.slots() {
                    self.emit(Op::Store64, ptr, src + w, 0, k + 8 * w as i64);
                }
                return;
            }
            Repr::Mem { size } => {
                let dst = self.offset_ptr(ptr, off);
                self.emit(Op::StoreN, dst, src, 0, size as i64);
                return;
            }
        };
        self.emit(op, ptr, src, 0, k);
    }

    /// A slot holding ptr + off, nil-checked first (a nil base plus an
    /// offset would not read as nil).
    fn offset_ptr(&mut self, ptr: u16, off: u32) -> u16 {
        if off == 0 {
            return ptr;
        }
        self.emit(Op::NilCheck, ptr, 0, 0, 0);
        let t = self.alloc(1);
        self.emit(Op::AddIK, t, ptr, 0, off as i64);
        t
    }

    fn copy(&mut self, dst: u16, src: u16, r: Repr) {
        if dst == src || dst == u16::MAX {
            return;
        }
        match r.slots() {
            1 => {
                self.emit(Op::Mov, dst, src, 0, 0);
            }
            2 => {
                self.emit(Op::Mov2, dst, src, 0, 0);
            }
            n => {
                self.emit(Op::MovN, dst, src, n, 0);
            }
        }
    }

    fn ret(&mut self, cx: &mut Ctx, pos: Pos, vals: &[Expr]) -> Result<()> {
        let mark = self.next;
        let results = self.results.clone();
        if vals.len() == 1 && results.len() > 1 {
            let dsts: Vec<_> = results.iter().map(|&(s, r)| (s, Some(r))).collect();
            self.assign_call_results(cx, &vals[0], &dsts)?;
        } else if let ([v], [(s, r)]) = (vals, &results[..]) {
            self.value_to(cx, v, *s, *r)?;
        } else if !vals.is_empty() {
            // Evaluate all, then store: results may be read by later values.
            let mut tmps = Vec::new();
            for (v, &(_, r)) in vals.iter().zip(&results) {
                let t = self.alloc(r.slots());
                self.value_to(cx, v, t, r)?;
                tmps.push(t);
            }
            for (t, &(s, r)) in tmps.into_iter().zip(&results) {
                self.copy(s, t, r);
            }
        }
        self.at(cx, pos);
        self.emit(Op::Ret, 0, 0, 0, 0);
        self.free_to(mark);
        Ok(())
    }

    fn if_stmt(&mut self, cx: &mut Ctx, s: &IfStmt) -> Result<()> {
        let mark = self.next;
        if let Some(init) = &s.init {
            self.stmt(cx, init)?;
        }
        let to_else = self.cond_jump(cx, &s.cond, false)?;
        self.block(cx, &s.then)?;
        match &s.els {
            None => self.patch_all_here(to_else),
            Some(els) => {
                let to_end = self.emit(Op::Jmp, 0, 0, 0, 0);
                self.patch_all_here(to_else);
                self.stmt(cx, els)?;
                self.patch_here(to_end);
            }
        }
        self.free_to(mark);
        Ok(())
    }

    fn for_stmt(&mut self, cx: &mut Ctx, f: &ForStmt, label: Option<Box<str>>) -> Result<()> {
        let mark = self.next;
        if let Some(init) = &f.init {
            self.stmt(cx, init)?;
        }
        let fused = self.fusable_loop(cx, f)?;
        let to_cond = f.cond.as_ref().map(|_| self.emit(Op::Jmp, 0, 0, 0, 0));
        let top = self.code.len();
        self.targets.push(Target {
            label,
            is_loop: true,
            breaks: vec![],
            continues: vec![],
        });
        self.block(cx, &f.body)?;
        let t = self.targets.pop().expect("pushed above");
        self.patch_all_here(t.continues);
        match (fused, &f.cond) {
            (Some((i, n)), Some(cond)) => {
                // `i++; if i < n goto top` in one instruction; the first
                // test runs before the body.
                self.at(cx, cond.pos);
                let j = self.emit(Op::IncJLtS, i, n, 0, 0);
                self.patch(j, top);
                let first = to_cond.expect("cond present");
                self.patch_here(first);
                let j = self.emit(Op::JLtS, i, n, 0, 0);
                self.patch(j, top);
            }
            (_, cond) => {
                if let Some(post) = &f.post {
                    self.stmt(cx, post)?;
                }
                match cond {
                    Some(c) => {
                        self.patch_here(to_cond.expect("cond present"));
                        let jumps = self.cond_jump(cx, c, true)?;
                        for j in jumps {
                            self.patch(j, top);
                        }
                    }
                    None => self.jump_to(top),
                }
            }
        }
        self.patch_all_here(t.breaks);
        self.free_to(mark);
        Ok(())
    }

    /// For `i < n; i++` over a signed 64-bit local `i` and a local or
    /// constant `n` the body cannot change (a constant, or a variable
    /// never assigned in the body: checked conservatively as "a
    /// constant"), the slots of `i` and `n`.
    fn fusable_loop(&mut self, cx: &mut Ctx, f: &ForStmt) -> Result<Option<(u16, u16)>> {
        let (Some(cond), Some(post)) = (&f.cond, &f.post) else {
            return Ok(None);
        };
        let StmtKind::IncDec(inc, Operator::Add) = &post.kind else {
            return Ok(None);
        };
        let ExprKind::Operation(Operator::Lss, x, Some(y)) = &cond.unparen().kind else {
            return Ok(None);
        };
        let (Some(a), Some(b)) = (inc.as_name(), x.as_name()) else {
            return Ok(None);
        };
        if a != b {
            return Ok(None);
        }
        let Ok((
            Place::Local(i),
            Repr::Int {
                bits: 64,
                signed: true,
            },
        )) = self.place(cx, x)
        else {
            return Ok(None);
        };
        if self.const_value(cx, y).is_none() {
            return Ok(None);
        }
        let n = self.alloc(1);
        self.value_to(
            cx,
            y,
            n,
            Repr::Int {
                bits: 64,
                signed: true,
            },
        )?;
        Ok(Some((i, n)))
    }

    fn range_stmt(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        r: &RangeStmt,
        label: Option<Box<str>>,
    ) -> Result<()> {
        let mark = self.next;
        let int = Repr::Int {
            bits: 64,
            signed: true,
        };
        let xt = self.type_of(cx, &r.x)?;
        let w = cx.world;
        let seq = match w.types.get(w.types.under(xt)) {
            Type::Basic(_) if self.repr(cx, &r.x)? == Repr::Str => Seq::Str,
            Type::Basic(_) => Seq::Int(self.repr(cx, &r.x)?),
            Type::Slice(e) => Seq::Slice(*e),
            Type::Array(n, e) => Seq::Array(*n, *e),
            Type::Pointer(p) => match w.types.get(w.types.under(*p)) {
                Type::Array(n, e) => Seq::ArrayPtr(*n, *e),
                _ => return cx.unsupported(self.file, pos, "range over this type is"),
            },
            _ => return cx.unsupported(self.file, pos, "range over this type is"),
        };
        let wants_value = r.lhs.get(1).is_some_and(|l| l.as_name() != Some("_"));
        // The range expression, evaluated once; n = its length.
        let n = self.alloc(1);
        let base = match seq {
            Seq::Int(xr) => {
                self.value_to(cx, &r.x, n, xr)?;
                None
            }
            Seq::Str | Seq::Slice(_) => {
                let xr = self.repr(cx, &r.x)?;
                let b = self.alloc(xr.slots());
                self.value_to(cx, &r.x, b, xr)?;
                self.emit(Op::Mov, n, b + 1, 0, 0);
                Some(b)
            }
            Seq::Array(len, _) => {
                self.emit(Op::Const, n, 0, 0, len);
                if wants_value {
                    let xr = self.repr(cx, &r.x)?;
                    let b = self.alloc(xr.slots());
                    self.value_to(cx, &r.x, b, xr)?;
                    Some(b)
                } else {
                    None
                }
            }
            Seq::ArrayPtr(len, _) => {
                self.emit(Op::Const, n, 0, 0, len);
                Some(self.expr(cx, &r.x, Repr::Ptr)?)
            }
        };
        let unsigned = matches!(seq, Seq::Int(xr) if !xr.is_signed());
        let (le, lt) = if unsigned {
            (Op::JLeU, Op::JLtU)
        } else {
            (Op::JLeS, Op::JLtS)
        };
        let i = self.alloc(1);
        self.emit(Op::Const, i, 0, 0, 0);
        let rune = (seq == Seq::Str).then(|| self.alloc(2));
        let to_end = self.emit(le, n, i, 0, 0);
        let top = self.code.len();
        if let (Some(rw), Some(b)) = (rune, base) {
            self.emit(Op::DecodeRune, rw, b, i, 0);
        }
        // Go 1.22: fresh iteration variables each time round.
        if let Some(k) = r.lhs.first() {
            let key_repr = match seq {
                Seq::Int(xr) => xr,
                _ => int,
            };
            let d = self.target(cx, k, r.define)?;
            if d.repr.is_some() {
                let s = d.slot_or(i);
                self.copy(s, i, key_repr);
                self.finish_target(&d, s);
            }
        }
        if let (true, Some(v)) = (wants_value, r.lhs.get(1)) {
            let d = self.target(cx, v, r.define)?;
            let (place, er) = match (seq, base, rune) {
                (Seq::Str, _, Some(rw)) => (
                    Place::Local(rw),
                    Repr::Int {
                        bits: 32,
                        signed: true,
                    },
                ),
                (Seq::Slice(e), Some(b), _) | (Seq::ArrayPtr(_, e), Some(b), _) => {
                    let er = self.repr_of_type(cx, e, pos)?;
                    let esize = cx.world.sizeof(e) as u32;
                    (self.element_ptr(b, 0, i, esize), er)
                }
                (Seq::Array(_, e), Some(b), _) => {
                    let er = self.repr_of_type(cx, e, pos)?;
                    let esize = cx.world.sizeof(e) as u32;
                    (
                        Place::FrameIdx {
                            off: b as u32 * 8,
                            idx: i,
                            esize,
                        },
                        er,
                    )
                }
                _ => unreachable!("the sequences with values have a base"),
            };
            let (tmp, _) = self.place_temp(&d);
            self.load_place_into(place, er, tmp);
            self.finish_target(&d, tmp);
        }
        self.targets.push(Target {
            label,
            is_loop: true,
            breaks: vec![],
            continues: vec![],
        });
        self.block(cx, &r.body)?;
        let t = self.targets.pop().expect("pushed above");
        self.patch_all_here(t.continues);
        match rune {
            Some(rw) => {
                self.emit(Op::AddI, i, i, rw + 1, 0);
            }
            None => {
                self.emit(Op::AddIK, i, i, 0, 1);
            }
        }
        let j = self.emit(lt, i, n, 0, 0);
        self.patch(j, top);
        self.patch_here(to_end);
        self.patch_all_here(t.breaks);
        self.free_to(mark);
        Ok(())
    }

    /// The representation of type `t`, or an unsupported error at `pos`.
    fn repr_of_type(&self, cx: &Ctx, t: TypeId, pos: Pos) -> Result<Repr> {
        match repr_of(cx.world, t) {
            Some(r) => Ok(r),
            None => cx.unsupported(self.file, pos, "values of this type are"),
        }
    }

    fn switch_stmt(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        s: &SwitchStmt,
        label: Option<Box<str>>,
    ) -> Result<()> {
        let mark = self.next;
        if let Some(init) = &s.init {
            self.stmt(cx, init)?;
        }
        let tag = match &s.tag {
            Some(t) if matches!(t.kind, ExprKind::TypeSwitchGuard(..)) => {
                return cx.unsupported(self.file, pos, "type switches are");
            }
            Some(t) => {
                let r = self.repr(cx, t)?;
                let slot = self.alloc(r.slots());
                self.value_to(cx, t, slot, r)?;
                Some((slot, r))
            }
            None => None,
        };
        // Tests in order, each jumping to its clause's body; then the
        // bodies in order (so fallthrough falls into the next one).
        let mut to_body: Vec<Vec<usize>> = Vec::new();
        let mut default = None;
        for (ci, c) in s.clauses.iter().enumerate() {
            let mut jumps = Vec::new();
            match &c.cases {
                None => default = Some(ci),
                Some(cases) => {
                    for e in cases {
                        let m = self.next;
                        match tag {
                            Some((slot, r)) => {
                                let v = self.expr(cx, e, r)?;
                                let b = self.alloc(1);
                                self.at(cx, e.pos);
                                self.compare(cx, e.pos, Operator::Eql, b, slot, v, r)?;
                                jumps.push(self.emit(Op::JmpIf, b, 0, 0, 0));
                            }
                            None => jumps.extend(self.cond_jump(cx, e, true)?),
                        }
                        self.free_to(m);
                    }
                }
            }
            to_body.push(jumps);
        }
        let to_default = self.emit(Op::Jmp, 0, 0, 0, 0);
        self.targets.push(Target {
            label,
            is_loop: false,
            breaks: vec![],
            continues: vec![],
        });
        let mut starts = Vec::new();
        let mut fall: Option<usize> = None;
        for (ci, c) in s.clauses.iter().enumerate() {
            starts.push(self.code.len());
            if let Some(f) = fall.take() {
                self.patch_here(f);
            }
            let jumps = std::mem::take(&mut to_body[ci]);
            self.patch_all_here(jumps);
            let falls = matches!(
                c.body.last(),
                Some(Stmt {
                    kind: StmtKind::Branch(Token::Fallthrough, _),
                    ..
                })
            );
            let body = if falls {
                &c.body[..c.body.len() - 1]
            } else {
                &c.body[..]
            };
            self.stmts(cx, body)?;
            let j = self.emit(Op::Jmp, 0, 0, 0, 0);
            if falls {
                fall = Some(j);
            } else {
                self.targets.last_mut().expect("pushed").breaks.push(j);
            }
        }
        match default {
            Some(d) => self.patch(to_default, starts[d]),
            None => self.patch_here(to_default),
        }
        let t = self.targets.pop().expect("pushed above");
        self.patch_all_here(t.breaks);
        self.free_to(mark);
        Ok(())
    }

    fn branch(&mut self, cx: &Ctx, pos: Pos, tok: Token, label: Option<&str>) -> Result<()> {
        let is_continue = match tok {
            Token::Break => false,
            Token::Continue => true,
            Token::Goto => {
                let j = self.emit(Op::Jmp, 0, 0, 0, 0);
                let l = label.expect("the checker verified goto labels");
                self.gotos.push((l.into(), j));
                return Ok(());
            }
            _ => {
                return cx.unsupported(
                    self.file,
                    pos,
                    format!("{tok:?} statements here are").to_lowercase(),
                );
            }
        };
        let j = self.emit(Op::Jmp, 0, 0, 0, 0);
        let t = self
            .targets
            .iter_mut()
            .rev()
            .find(|t| match label {
                Some(l) => t.label.as_deref() == Some(l),
                None => t.is_loop || !is_continue,
            })
            .expect("the checker verified branch targets");
        if is_continue {
            t.continues.push(j);
        } else {
            t.breaks.push(j);
        }
        Ok(())
    }

    // -----------------------------------------------------------------
    // Expressions

    fn type_of(&self, cx: &Ctx, e: &Expr) -> Result<TypeId> {
        match cx.info.types.get(&(e as *const Expr as usize)) {
            Some(&(t, _)) => Ok(t),
            None => cx.unsupported(self.file, e.pos, "this expression is"),
        }
    }

    fn const_value<'c>(&self, cx: &'c Ctx, e: &Expr) -> Option<&'c Value> {
        cx.info
            .types
            .get(&(e as *const Expr as usize))
            .and_then(|(_, v)| v.as_ref())
    }

    /// The representation of `e`'s type.
    fn repr(&self, cx: &Ctx, e: &Expr) -> Result<Repr> {
        let t = self.type_of(cx, e)?;
        match repr_of(cx.world, t) {
            Some(r) => Ok(r),
            None => cx.unsupported(self.file, e.pos, "values of this type are"),
        }
    }

    /// The representation an operand of `op` takes when the other operand
    /// has representation `other` (shift counts keep their own).
    fn operand_repr(&self, cx: &Ctx, e: &Expr, other: Repr, op: Operator) -> Repr {
        if matches!(op, Operator::Shl | Operator::Shr) {
            return self.repr(cx, e).unwrap_or(Repr::Int {
                bits: 64,
                signed: false,
            });
        }
        other
    }

    /// The slot holding `e`: a local variable's own slot, else a new
    /// temporary filled by `value_to`.
    fn expr(&mut self, cx: &mut Ctx, e: &Expr, want: Repr) -> Result<u16> {
        let u = e.unparen();
        if let ExprKind::Name(_) = &u.kind
            && self.const_value(cx, u).is_none()
            && let Some(&o) = cx.info.uses.get(&cx.gpos(self.file, u.pos))
            && let Some(&v) = self.vars.get(&o)
            && !v.heap
        {
            return Ok(v.slot);
        }
        // A call's result stays in its call area (freed with the
        // caller's temporaries).
        if let ExprKind::Call { fun, .. } = &u.kind
            && self.const_value(cx, u).is_none()
            && !is_type_expr(cx, fun)
            && self.builtin(cx, fun).is_none()
        {
            let (_, results) = self.call(cx, u)?;
            if let Some(&(s, _)) = results.first() {
                return Ok(s);
            }
        }
        let t = self.alloc(want.slots());
        self.value_to(cx, e, t, want)?;
        Ok(t)
    }

    /// Writes the value of `e` into `dst..` as `want`.
    pub fn value_to(&mut self, cx: &mut Ctx, e: &Expr, dst: u16, want: Repr) -> Result<()> {
        if let Some(v) = self.const_value(cx, e) {
            let v = v.clone();
            return self.constant(cx, e.pos, &v, dst, want);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.value_to(cx, x, dst, want),
            ExprKind::Name(_) => self.name(cx, e, dst),
            ExprKind::Selector(..) | ExprKind::Operation(Operator::Mul, _, None) => {
                let mark = self.next;
                let (p, r) = self.place(cx, e)?;
                self.at(cx, e.pos);
                self.load_place_into(p, r, dst);
                self.free_to(mark);
                Ok(())
            }
            ExprKind::Operation(Operator::And, x, None) => self.address_of(cx, e, x, dst),
            ExprKind::FuncLit(_, body) => self.func_lit(cx, e, body, dst),
            ExprKind::CompositeLit { .. } if self.repr(cx, e)? == Repr::Slice => {
                self.slice_literal(cx, e, dst)
            }
            ExprKind::CompositeLit { .. } => {
                let r = self.repr(cx, e)?;
                self.zero(dst, r);
                self.composite(cx, e, Into::Slots(dst))
            }
            ExprKind::Operation(op, x, Some(y)) => self.binary(cx, e, *op, x, y, dst),
            ExprKind::Operation(op, x, None) => self.unary(cx, e, *op, x, dst),
            ExprKind::Call {
                fun,
                args,
                has_dots,
            } => self.call_expr(cx, e, fun, args, has_dots, dst),
            ExprKind::Slice { x, index, full } => self.slice_expr(cx, e, x, index, *full, dst),
            ExprKind::Index(x, idx)
                if idx.len() == 1 && self.repr(cx, x).ok() != Some(Repr::Str) =>
            {
                let mark = self.next;
                let (p, r) = self.place(cx, e)?;
                self.load_place_into(p, r, dst);
                self.free_to(mark);
                Ok(())
            }
            ExprKind::Index(x, idx) if idx.len() == 1 => {
                let s = self.expr(cx, x, Repr::Str)?;
                let i = self.expr(
                    cx,
                    &idx[0],
                    Repr::Int {
                        bits: 64,
                        signed: true,
                    },
                )?;
                self.at(cx, e.pos);
                self.emit(Op::IndexStr, dst, s, i, 0);
                Ok(())
            }
            _ => cx.unsupported(self.file, e.pos, "this expression is"),
        }
    }

    /// dst = &x.
    fn address_of(&mut self, cx: &mut Ctx, e: &Expr, x: &Expr, dst: u16) -> Result<()> {
        let x = x.unparen();
        if let ExprKind::CompositeLit { .. } = &x.kind {
            let t = self.type_of(cx, x)?;
            let size = cx.world.sizeof(t).max(0);
            self.emit(Op::New, dst, 0, 0, size);
            return self.composite(cx, x, Into::Ptr(dst));
        }
        let mark = self.next;
        let (p, _) = self.place(cx, x)?;
        self.at(cx, e.pos);
        self.place_addr(cx, e.pos, p, dst)?;
        self.free_to(mark);
        Ok(())
    }

    /// Writes the elements of composite literal `e` into a zeroed value:
    /// frame slots, or the heap object a slot points to.
    fn composite(&mut self, cx: &mut Ctx, e: &Expr, into: Into) -> Result<()> {
        let ExprKind::CompositeLit { elems, .. } = &e.kind else {
            unreachable!("called on composite literals")
        };
        let t = self.type_of(cx, e)?;
        let w = cx.world;
        let mut parts: Vec<(u32, TypeId, &Expr)> = Vec::new();
        match w.types.get(w.types.under(t)) {
            Type::Struct(fields) => {
                let offs = w.offsetsof(fields);
                for (i, el) in elems.iter().enumerate() {
                    let (fi, v) = match &el.kind {
                        ExprKind::KeyValue(k, v) => {
                            let name = k.as_name().unwrap_or("");
                            let fi = fields.iter().position(|f| w.obj(f.obj).name == name);
                            (fi.expect("the checker resolved the key"), &**v)
                        }
                        _ => (i, el),
                    };
                    let ft = w.obj(fields[fi].obj).typ.expect("typed");
                    parts.push((offs[fi] as u32, ft, v));
                }
            }
            Type::Array(_, elem) => {
                let size = w.sizeof(*elem) as u32;
                let mut index = 0u32;
                for el in elems {
                    let v = match &el.kind {
                        ExprKind::KeyValue(k, v) => {
                            let key = self
                                .const_value(cx, k)
                                .and_then(|v| v.int64_val().0.try_into().ok());
                            index = key.expect("the checker verified constant indices");
                            &**v
                        }
                        _ => el,
                    };
                    parts.push((index * size, *elem, v));
                    index += 1;
                }
            }
            _ => return cx.unsupported(self.file, e.pos, "composite literals of this type are"),
        }
        for (off, ft, v) in parts {
            let Some(r) = repr_of(cx.world, ft) else {
                return cx.unsupported(self.file, v.pos, "values of this type are");
            };
            let mark = self.next;
            let val = self.expr(cx, v, r)?;
            let place = match into {
                Into::Slots(d) => self.sub_place(Place::Local(d), off, r),
                Into::Ptr(p) => Place::Mem { ptr: p, off },
            };
            self.store_place(place, val, r);
            self.free_to(mark);
        }
        Ok(())
    }

    fn constant(&mut self, cx: &mut Ctx, pos: Pos, v: &Value, dst: u16, want: Repr) -> Result<()> {
        let k: i64 = match want {
            Repr::Bool => v.bool_val() as i64,
            Repr::Int { signed: true, .. } => v.int64_val().0,
            Repr::Int { signed: false, .. } => v.uint64_val().0 as i64,
            Repr::F64 => v.float64_val().0.to_bits() as i64,
            Repr::F32 => (v.float32_val().0 as f64).to_bits() as i64,
            Repr::C128 | Repr::C64 => {
                let (re, im) = match v {
                    Value::Complex(re, im) => ((**re).clone(), (**im).clone()),
                    v => (v.clone(), Value::Int(0.into())),
                };
                self.constant(cx, pos, &re, dst, want.part())?;
                return self.constant(cx, pos, &im, dst + 1, want.part());
            }
            Repr::Ptr | Repr::Slice | Repr::Mem { .. } => {
                return cx.unsupported(self.file, pos, "constants of this type are");
            }
            Repr::Str => {
                let s = v.string_val();
                if s.is_empty() {
                    self.emit(Op::Const, dst, 0, 0, 0);
                } else {
                    let off = cx.rodata.intern(s);
                    self.emit(Op::RoData, dst, 0, 0, off as i64);
                }
                self.emit(Op::Const, dst + 1, 0, 0, s.len() as i64);
                return Ok(());
            }
        };
        let _ = pos;
        self.emit(Op::Const, dst, 0, 0, k);
        Ok(())
    }

    fn name(&mut self, cx: &mut Ctx, e: &Expr, dst: u16) -> Result<()> {
        let Some(&o) = cx.info.uses.get(&cx.gpos(self.file, e.pos)) else {
            return cx.unsupported(self.file, e.pos, "this name is");
        };
        if let Some(&v) = self.vars.get(&o) {
            if v.heap {
                self.load_mem(dst, v.slot, 0, v.repr);
            } else {
                self.copy(dst, v.slot, v.repr);
            }
            return Ok(());
        }
        if matches!(cx.world.obj(o).kind, ObjKind::Nil) {
            let r = self.repr(cx, e)?;
            self.zero(dst, r);
            return Ok(());
        }
        if let Some(&(g, r)) = cx.globals.get(&o) {
            for i in 0..r.slots() {
                self.emit(Op::LoadG, dst + i, 0, 0, (g + i as u32) as i64);
            }
            return Ok(());
        }
        match cx.world.obj(o).kind {
            ObjKind::Func { .. } => match cx.funcs.get(&cx.world.obj(o).pos) {
                Some(&idx) => {
                    self.emit(Op::FuncVal, dst, 0, 0, idx as i64);
                    Ok(())
                }
                None => cx.unsupported(self.file, e.pos, "this function value is"),
            },
            _ => cx.unsupported(self.file, e.pos, "this name is"),
        }
    }

    fn binary(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        op: Operator,
        x: &Expr,
        y: &Expr,
        dst: u16,
    ) -> Result<()> {
        if matches!(op, Operator::AndAnd | Operator::OrOr) {
            return self.bool_value(cx, e, dst);
        }
        let mark = self.next;
        // The operands' representation: that of whichever is typed.
        let rx = self.repr(cx, x)?;
        let ry = self.repr(cx, y)?;
        let xr =
            if self.const_value(cx, x).is_some() && !matches!(op, Operator::Shl | Operator::Shr) {
                ry
            } else {
                rx
            };
        let yr = self.operand_repr(cx, y, xr, op);
        let a = self.expr(cx, x, xr)?;
        if !is_comparison(op)
            && let Some(k) = self.int_const(cx, y, yr)
            && self.binary_op_k(op, dst, a, k, xr)
        {
            self.free_to(mark);
            return Ok(());
        }
        let b = self.expr(cx, y, yr)?;
        self.at(cx, e.pos);
        if xr.is_complex() {
            self.complex_op(cx, e.pos, op, dst, a, b, xr)?;
        } else if let (true, Repr::Mem { .. }) = (is_comparison(op), xr) {
            let t = self.type_of(cx, x)?;
            self.equal_mem(cx, e.pos, t, a, b, dst)?;
            if op == Operator::Neq {
                self.emit(Op::Not, dst, dst, 0, 0);
            }
        } else if is_comparison(op) {
            self.compare(cx, e.pos, op, dst, a, b, xr)?;
        } else {
            if matches!(op, Operator::Shl | Operator::Shr) && yr.is_signed() {
                self.emit(Op::CheckShift, b, 0, 0, 0);
            }
            self.binary_op(cx, e.pos, op, dst, a, b, xr)?;
        }
        self.free_to(mark);
        Ok(())
    }

    /// dst = a op b for arithmetic operators on values of repr `r`.
    #[allow(clippy::too_many_arguments)]
    fn binary_op(
        &mut self,
        cx: &Ctx,
        pos: Pos,
        op: Operator,
        dst: u16,
        a: u16,
        b: u16,
        r: Repr,
    ) -> Result<()> {
        use Operator::*;
        if r.is_complex() {
            return self.complex_op(cx, pos, op, dst, a, b, r);
        }
        let float = matches!(r, Repr::F64 | Repr::F32);
        let Repr::Int { signed, .. } = r else {
            let o = match (op, r) {
                (Add, Repr::Str) => Op::ConcatStr,
                (Add, _) if float => Op::AddF,
                (Sub, _) if float => Op::SubF,
                (Mul, _) if float => Op::MulF,
                (Div, _) if float => Op::DivF,
                _ => return cx.unsupported(self.file, pos, "this operator is"),
            };
            self.emit(o, dst, a, b, 0);
            self.round(dst, r);
            return Ok(());
        };
        let o = match op {
            Add => Op::AddI,
            Sub => Op::SubI,
            Mul => Op::MulI,
            Div if signed => Op::DivS,
            Div => Op::DivU,
            Rem if signed => Op::RemS,
            Rem => Op::RemU,
            And => Op::And,
            Or => Op::Or,
            Xor => Op::Xor,
            AndNot => Op::AndNot,
            Shl => Op::Shl,
            Shr if signed => Op::ShrS,
            Shr => Op::ShrU,
            _ => return cx.unsupported(self.file, pos, "this operator is"),
        };
        self.emit(o, dst, a, b, 0);
        self.narrow(dst, r);
        Ok(())
    }

    /// The value of integer constant `e` as `r` holds it, if it is one.
    fn int_const(&self, cx: &Ctx, e: &Expr, r: Repr) -> Option<i64> {
        let v = self.const_value(cx, e)?;
        match r {
            Repr::Int { signed: true, .. } => Some(v.int64_val().0),
            Repr::Int { signed: false, .. } => i64::try_from(v.uint64_val().0).ok(),
            _ => None,
        }
    }

    /// dst = a op k with an immediate form, if `op` has one for `k`;
    /// returns whether it emitted.
    fn binary_op_k(&mut self, op: Operator, dst: u16, a: u16, k: i64, r: Repr) -> bool {
        use Operator::*;
        let Repr::Int { signed, .. } = r else {
            return false;
        };
        let (o, k) = match op {
            Add => (Op::AddIK, k),
            Sub => (Op::AddIK, k.wrapping_neg()),
            Mul => (Op::MulIK, k),
            And => (Op::AndK, k),
            // A constant shift count is never negative; >= 64 shifts all out.
            Shl => (Op::ShlK, k.min(64)),
            Shr if signed => (Op::ShrSK, k.min(64)),
            Shr => (Op::ShrUK, k.min(64)),
            _ => return false,
        };
        if i32::try_from(k).is_err() {
            return false;
        }
        self.emit(o, dst, a, 0, k);
        self.narrow(dst, r);
        true
    }

    /// dst = (a == b) for two struct or array values of type `t` held in
    /// frame slots: field by field and element by element as Go compares
    /// them (blank fields and padding ignored; floats and strings by value).
    fn equal_mem(&mut self, cx: &Ctx, pos: Pos, t: TypeId, a: u16, b: u16, dst: u16) -> Result<()> {
        let mut leaves = Vec::new();
        if !comparable_leaves(cx, t, 0, &mut leaves) || leaves.len() > 256 {
            return cx.unsupported(self.file, pos, "comparing these values is");
        }
        let mark = self.next;
        let pa = self.alloc(2);
        self.emit(Op::Const, dst, 0, 0, 1);
        for (off, r) in leaves {
            let m = self.next;
            let (x, y, eq) = (self.alloc(r.slots()), self.alloc(r.slots()), self.alloc(1));
            // Frame addresses, taken right before the loads (no call).
            self.emit(Op::FrameAddr, pa, 0, 0, a as i64 * 8);
            self.emit(Op::FrameAddr, pa + 1, 0, 0, b as i64 * 8);
            self.load_mem(x, pa, off, r);
            self.load_mem(y, pa + 1, off, r);
            self.compare(cx, pos, Operator::Eql, eq, x, y, r)?;
            self.emit(Op::And, dst, dst, eq, 0);
            self.free_to(m);
        }
        self.free_to(mark);
        Ok(())
    }

    /// dst = a op b for comparison operators.
    #[allow(clippy::too_many_arguments)]
    fn compare(
        &mut self,
        cx: &Ctx,
        pos: Pos,
        op: Operator,
        dst: u16,
        a: u16,
        b: u16,
        r: Repr,
    ) -> Result<()> {
        use Operator::*;
        let (lt, le, eq, ne) = match r {
            Repr::F64 | Repr::F32 => (Op::LtF, Op::LeF, Op::EqF, Op::NeF),
            Repr::Int { signed: true, .. } => (Op::LtS, Op::LeS, Op::EqI, Op::NeI),
            Repr::Int { signed: false, .. } | Repr::Bool | Repr::Ptr | Repr::Slice => {
                (Op::LtU, Op::LeU, Op::EqI, Op::NeI)
            }
            Repr::Mem { .. } | Repr::C128 | Repr::C64 => {
                return cx.unsupported(self.file, pos, "comparing these values is");
            }
            Repr::Str => {
                // == and < are the primitives; the rest by swap and not.
                let (o, x, y, not) = match op {
                    Eql => (Op::EqStr, a, b, false),
                    Neq => (Op::EqStr, a, b, true),
                    Lss => (Op::LtStr, a, b, false),
                    Gtr => (Op::LtStr, b, a, false),
                    Leq => (Op::LtStr, b, a, true),
                    Geq => (Op::LtStr, a, b, true),
                    _ => return cx.unsupported(self.file, pos, "this comparison is"),
                };
                self.emit(o, dst, x, y, 0);
                if not {
                    self.emit(Op::Not, dst, dst, 0, 0);
                }
                return Ok(());
            }
        };
        let (o, x, y) = match op {
            Eql => (eq, a, b),
            Neq => (ne, a, b),
            Lss => (lt, a, b),
            Leq => (le, a, b),
            Gtr => (lt, b, a),
            Geq => (le, b, a),
            _ => return cx.unsupported(self.file, pos, "this comparison is"),
        };
        self.emit(o, dst, x, y, 0);
        Ok(())
    }

    fn unary(&mut self, cx: &mut Ctx, e: &Expr, op: Operator, x: &Expr, dst: u16) -> Result<()> {
        let r = self.repr(cx, e)?;
        let mark = self.next;
        let a = self.expr(cx, x, r)?;
        self.at(cx, e.pos);
        match (op, r) {
            (Operator::Add, _) => self.copy(dst, a, r),
            (Operator::Sub, Repr::F64 | Repr::F32) => {
                self.emit(Op::NegF, dst, a, 0, 0);
            }
            (Operator::Sub, Repr::C128 | Repr::C64) => {
                self.emit(Op::NegF, dst, a, 0, 0);
                self.emit(Op::NegF, dst + 1, a + 1, 0, 0);
            }
            (Operator::Sub, Repr::Int { .. }) => {
                self.emit(Op::NegI, dst, a, 0, 0);
                self.narrow(dst, r);
            }
            (Operator::Xor, Repr::Int { .. }) => {
                self.emit(Op::Com, dst, a, 0, 0);
                self.narrow(dst, r);
            }
            (Operator::Not, Repr::Bool) => {
                self.emit(Op::Not, dst, a, 0, 0);
            }
            _ => return cx.unsupported(self.file, e.pos, "this operator is"),
        }
        self.free_to(mark);
        Ok(())
    }

    /// Re-extends a narrow integer result to its slot form.
    fn narrow(&mut self, dst: u16, r: Repr) {
        if let Repr::Int { bits, signed } = r
            && bits < 64
        {
            let op = if signed { Op::SExt } else { Op::ZExt };
            self.emit(op, dst, dst, 0, bits as i64);
        }
    }

    /// Rounds a float32 result to float32 precision.
    fn round(&mut self, dst: u16, r: Repr) {
        if r == Repr::F32 {
            self.emit(Op::RoundF32, dst, dst, 0, 0);
        }
    }

    /// A boolean expression's value through its jumps.
    fn bool_value(&mut self, cx: &mut Ctx, e: &Expr, dst: u16) -> Result<()> {
        let to_false = self.cond_jump(cx, e, false)?;
        self.emit(Op::Const, dst, 0, 0, 1);
        let to_end = self.emit(Op::Jmp, 0, 0, 0, 0);
        self.patch_all_here(to_false);
        self.emit(Op::Const, dst, 0, 0, 0);
        self.patch_here(to_end);
        Ok(())
    }

    /// Emits a test of `e` that jumps when it equals `when`; returns the
    /// jumps to patch to the target.
    fn cond_jump(&mut self, cx: &mut Ctx, e: &Expr, when: bool) -> Result<Vec<usize>> {
        if self.const_value(cx, e).is_none() {
            match &e.kind {
                ExprKind::Paren(x) => return self.cond_jump(cx, x, when),
                ExprKind::Operation(Operator::Not, x, None) => return self.cond_jump(cx, x, !when),
                ExprKind::Operation(op @ (Operator::AndAnd | Operator::OrOr), x, Some(y)) => {
                    // `x && y` jumps on false if either does; on true only
                    // if both do (dually for ||).
                    let short = (*op == Operator::AndAnd) != when;
                    if short {
                        let mut j = self.cond_jump(cx, x, when)?;
                        j.extend(self.cond_jump(cx, y, when)?);
                        return Ok(j);
                    }
                    let skip = self.cond_jump(cx, x, !when)?;
                    let j = self.cond_jump(cx, y, when)?;
                    self.patch_all_here(skip);
                    return Ok(j);
                }
                ExprKind::Operation(op, x, Some(y)) if is_comparison(*op) => {
                    if let Some(j) = self.int_compare_jump(cx, e, *op, x, y, when)? {
                        return Ok(vec![j]);
                    }
                }
                _ => {}
            }
        }
        let mark = self.next;
        let b = self.expr(cx, e, Repr::Bool)?;
        let j = self.emit(if when { Op::JmpIf } else { Op::JmpIfNot }, b, 0, 0, 0);
        self.free_to(mark);
        Ok(vec![j])
    }

    /// A fused compare-and-branch for integer and boolean operands (not
    /// floats: with NaN, "not less" is not "greater or equal").
    fn int_compare_jump(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        op: Operator,
        x: &Expr,
        y: &Expr,
        when: bool,
    ) -> Result<Option<usize>> {
        use Operator::*;
        let r = if self.const_value(cx, x).is_some() {
            self.repr(cx, y)?
        } else {
            self.repr(cx, x)?
        };
        let signed = match r {
            Repr::Int { signed, .. } => signed,
            Repr::Bool | Repr::Ptr | Repr::Slice => false,
            _ => return Ok(None),
        };
        let op = if when { op } else { negate(op) };
        let mark = self.next;
        // Against a small constant: one instruction with an immediate.
        let (cx_const, cy_const) = (self.int_const(cx, x, r), self.int_const(cx, y, r));
        let imm = match (cx_const, cy_const) {
            (None, Some(k)) => Some((x, op, k)),
            (Some(k), None) => Some((y, swap(op), k)),
            _ => None,
        };
        if let Some((v, op, k)) = imm
            && let Ok(k16) = i16::try_from(k)
            && (signed || matches!(op, Eql | Neq))
        {
            let a = self.expr(cx, v, r)?;
            let o = match op {
                Eql => Op::JEqK,
                Neq => Op::JNeK,
                Lss => Op::JLtSK,
                Leq => Op::JLeSK,
                Gtr => Op::JGtSK,
                Geq => Op::JGeSK,
                _ => unreachable!("is_comparison"),
            };
            self.at(cx, e.pos);
            let j = self.emit(o, a, k16 as u16, 0, 0);
            self.free_to(mark);
            return Ok(Some(j));
        }
        let a = self.expr(cx, x, r)?;
        let b = self.expr(cx, y, r)?;
        let (lt, le) = if signed {
            (Op::JLtS, Op::JLeS)
        } else {
            (Op::JLtU, Op::JLeU)
        };
        let (o, p, q) = match op {
            Eql => (Op::JEq, a, b),
            Neq => (Op::JNe, a, b),
            Lss => (lt, a, b),
            Leq => (le, a, b),
            Gtr => (lt, b, a),
            Geq => (le, b, a),
            _ => unreachable!("is_comparison"),
        };
        self.at(cx, e.pos);
        let j = self.emit(o, p, q, 0, 0);
        self.free_to(mark);
        Ok(Some(j))
    }

    fn builtin(&self, cx: &Ctx, fun: &Expr) -> Option<Builtin> {
        let f = fun.unparen();
        // unsafe.X is used at its selector's name.
        let pos = match &f.kind {
            ExprKind::Selector(_, sel) => sel.pos,
            _ => f.pos,
        };
        let o = cx.info.uses.get(&cx.gpos(self.file, pos))?;
        match cx.world.obj(*o).kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        }
    }

    fn call_expr(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        fun: &Expr,
        args: &[Expr],
        has_dots: &bool,
        dst: u16,
    ) -> Result<()> {
        if is_type_expr(cx, fun) {
            return self.conversion(cx, e, &args[0], dst);
        }
        if let Some(b) = self.builtin(cx, fun) {
            return match b {
                Builtin::New => {
                    let t = self.type_of(cx, e)?;
                    let elem = match cx.world.types.get(cx.world.types.under(t)) {
                        Type::Pointer(elem) => *elem,
                        _ => unreachable!("new returns a pointer"),
                    };
                    let size = cx.world.sizeof(elem).max(0);
                    self.emit(Op::New, dst, 0, 0, size);
                    Ok(())
                }
                Builtin::Len | Builtin::Cap if self.repr(cx, &args[0])? == Repr::Slice => {
                    let s = self.expr(cx, &args[0], Repr::Slice)?;
                    let w = if b == Builtin::Len { 1 } else { 2 };
                    self.emit(Op::Mov, dst, s + w, 0, 0);
                    Ok(())
                }
                Builtin::Make => self.make_slice(cx, e, args, dst),
                Builtin::Real | Builtin::Imag => {
                    let r = self.repr(cx, &args[0])?;
                    let c = self.expr(cx, &args[0], r)?;
                    let part = if b == Builtin::Real { c } else { c + 1 };
                    self.emit(Op::Mov, dst, part, 0, 0);
                    Ok(())
                }
                Builtin::Complex => {
                    let pr = self.repr(cx, e)?.part();
                    self.value_to(cx, &args[0], dst, pr)?;
                    self.value_to(cx, &args[1], dst + 1, pr)
                }
                Builtin::Min | Builtin::Max => self.min_max(cx, e, args, b == Builtin::Min, dst),
                Builtin::Add => {
                    let p = self.expr(cx, &args[0], Repr::Ptr)?;
                    let n = self.expr(cx, &args[1], self.repr(cx, &args[1])?)?;
                    self.emit(Op::AddI, dst, p, n, 0);
                    Ok(())
                }
                Builtin::StringData | Builtin::SliceData => {
                    let r = self.repr(cx, &args[0])?;
                    let s = self.expr(cx, &args[0], r)?;
                    self.emit(Op::Mov, dst, s, 0, 0);
                    Ok(())
                }
                Builtin::Append => self.append(cx, e, args, *has_dots, dst),
                Builtin::Copy => self.copy_builtin(cx, e, args, Some(dst)),
                Builtin::Len if self.repr(cx, &args[0])? == Repr::Str => {
                    let s = self.expr(cx, &args[0], Repr::Str)?;
                    self.emit(Op::Mov, dst, s + 1, 0, 0);
                    Ok(())
                }
                _ => cx.unsupported(self.file, e.pos, format!("builtin {} here is", b.name())),
            };
        }
        let (base, results) = self.call(cx, e)?;
        match results.first() {
            Some(&(s, r)) => self.copy(dst, s, r),
            None => return cx.unsupported(self.file, e.pos, "using a call without results is"),
        }
        self.free_to(base);
        Ok(())
    }

    /// Calls the function in call expression `e`; returns the base of the
    /// call area (free it after reading the results) and the results'
    /// slots.
    fn call(&mut self, cx: &mut Ctx, e: &Expr) -> Result<(u16, Vec<(u16, Repr)>)> {
        let ExprKind::Call {
            fun,
            args,
            has_dots,
        } = &e.unparen().kind
        else {
            return cx.unsupported(self.file, e.pos, "this call is");
        };
        let callee = self.callee(cx, fun)?;
        let sig = match cx
            .world
            .types
            .get(cx.world.types.under(self.type_of(cx, fun)?))
        {
            Type::Signature(s) => s.clone(),
            _ => return cx.unsupported(self.file, e.pos, "calls of this kind are"),
        };
        // The arguments of a variadic call without `...` that go into
        // the final slice.
        let packed = sig.variadic && !*has_dots;
        let nfixed = if packed {
            sig.params.len() - 1
        } else {
            sig.params.len()
        };
        let reprs = |g: &Self, ps: &[ObjId]| -> Result<Vec<Repr>> {
            ps.iter()
                .map(|&p| g.repr_of_type(cx, cx.world.obj(p).typ.expect("typed"), e.pos))
                .collect()
        };
        let recv_repr = match callee {
            Callee::Method { recv_type, .. } => Some(self.repr_of_type(cx, recv_type, e.pos)?),
            _ => None,
        };
        let pr = reprs(self, &sig.params)?;
        let rr = reprs(self, &sig.results)?;
        // A func value is evaluated before the arguments, below the call
        // area (which the callee's frame overlaps).
        let closure = match callee {
            Callee::Value => Some(self.expr(cx, fun, Repr::Ptr)?),
            _ => None,
        };
        let nrecv = recv_repr.map_or(0, |r| r.slots());
        let nparams: u16 = nrecv + pr.iter().map(|r| r.slots()).sum::<u16>();
        let nresults: u16 = rr.iter().map(|r| r.slots()).sum();
        let base = self.alloc(FRAME_HEADER + nparams + nresults);
        let mut s = base + FRAME_HEADER;
        if let (
            Callee::Method {
                recv,
                sel,
                recv_type,
                ..
            },
            Some(r),
        ) = (callee, recv_repr)
        {
            let mark = self.next;
            self.receiver(cx, recv, sel, recv_type, s, r)?;
            self.free_to(mark);
            s += r.slots();
        }
        for (a, r) in args[..nfixed].iter().zip(&pr) {
            let mark = self.next;
            self.value_to(cx, a, s, *r)?;
            self.free_to(mark);
            s += r.slots();
        }
        if packed {
            let last = *sig.params.last().expect("variadic");
            let st = cx.world.obj(last).typ.expect("typed");
            let elem = self
                .slice_elem(cx, st)
                .expect("a variadic parameter is a slice");
            let mark = self.next;
            self.pack_variadic(cx, &args[nfixed..], elem, s, e.pos)?;
            self.free_to(mark);
            s += 3;
        }
        self.at(cx, e.pos);
        match (callee, closure) {
            (Callee::Static(idx) | Callee::Method { idx, .. }, _) => {
                self.emit(Op::Call, base, 0, 0, idx as i64);
            }
            (Callee::Value, Some(c)) => {
                self.emit(Op::CallClosure, base, c, 0, 0);
            }
            (Callee::Value, None) => unreachable!("evaluated above"),
        }
        let mut results = Vec::new();
        for r in rr {
            results.push((s, r));
            s += r.slots();
        }
        Ok((base, results))
    }

    /// dst = a new slice of the values `vals` (element type `elem`), or
    /// nil if there are none: the final argument of a variadic call.
    fn pack_variadic(
        &mut self,
        cx: &mut Ctx,
        vals: &[Expr],
        elem: TypeId,
        dst: u16,
        pos: Pos,
    ) -> Result<()> {
        if vals.is_empty() {
            self.zero(dst, Repr::Slice);
            return Ok(());
        }
        let er = self.repr_of_type(cx, elem, pos)?;
        let esize = cx.world.sizeof(elem) as u32;
        let mut tmps = Vec::new();
        for v in vals {
            tmps.push(self.expr(cx, v, er)?);
        }
        self.emit(Op::New, dst, 0, 0, (vals.len() as u32 * esize) as i64);
        for (i, t) in tmps.into_iter().enumerate() {
            self.store_mem(dst, i as u32 * esize, t, er);
        }
        self.emit(Op::Const, dst + 1, 0, 0, vals.len() as i64);
        self.emit(Op::Const, dst + 2, 0, 0, vals.len() as i64);
        Ok(())
    }

    /// What a call's function expression calls.
    fn callee<'e>(&self, cx: &Ctx, fun: &'e Expr) -> Result<Callee<'e>> {
        let f = fun.unparen();
        let obj = match &f.kind {
            ExprKind::Name(_) => cx.info.uses.get(&cx.gpos(self.file, f.pos)).copied(),
            ExprKind::Selector(_, sel) => cx.info.uses.get(&cx.gpos(self.file, sel.pos)).copied(),
            _ => None,
        };
        let Some(o) = obj.filter(|&o| matches!(cx.world.obj(o).kind, ObjKind::Func { .. })) else {
            return Ok(Callee::Value);
        };
        let Some(&idx) = cx.funcs.get(&cx.world.obj(o).pos) else {
            return cx.unsupported(self.file, f.pos, "calls of this function are");
        };
        let ExprKind::Selector(recv, sel) = &f.kind else {
            return Ok(Callee::Static(idx));
        };
        if is_type_expr(cx, recv) {
            return cx.unsupported(self.file, f.pos, "method expressions are");
        }
        let sig = match cx.world.types.get(cx.world.obj(o).typ.expect("typed")) {
            Type::Signature(s) => s.clone(),
            _ => unreachable!("a method has a signature"),
        };
        match sig.recv {
            Some(r) => Ok(Callee::Method {
                idx,
                recv,
                sel: sel.pos,
                recv_type: cx.world.obj(r).typ.expect("typed"),
            }),
            None => cx.unsupported(self.file, f.pos, "calls of this function are"),
        }
    }

    /// Writes a method call's receiver `x` into `dst` as the method's
    /// receiver type `rt` wants it: taking its address for a pointer
    /// method, dereferencing a pointer for a value method.
    fn receiver(
        &mut self,
        cx: &mut Ctx,
        x: &Expr,
        sel: Pos,
        rt: TypeId,
        dst: u16,
        r: Repr,
    ) -> Result<()> {
        let w = cx.world;
        let deref = |t: TypeId| match w.types.get(w.types.under(t)) {
            Type::Pointer(e) if !w.types.is_named(t) => (true, *e),
            _ => (false, t),
        };
        let path = cx
            .info
            .selections
            .get(&cx.gpos(self.file, sel))
            .cloned()
            .unwrap_or_default();
        if path.len() > 1 {
            // A promoted method: its receiver is the embedded field.
            let (place, et) = self.select_path(cx, x, &path[..path.len() - 1])?;
            let ((rp, rbase), (ep, ebase)) = (deref(rt), deref(et));
            if rbase != ebase {
                return cx.unsupported(self.file, x.pos, "calls of this promoted method are");
            }
            return match (rp, ep) {
                (true, false) => self.place_addr(cx, x.pos, place, dst),
                (false, true) => {
                    let p = self.load_place(place, Repr::Ptr);
                    self.load_mem(dst, p, 0, r);
                    Ok(())
                }
                _ => {
                    self.load_place_into(place, r, dst);
                    Ok(())
                }
            };
        }
        let xt = self.type_of(cx, x)?;
        let ((rp, rbase), (xp, xbase)) = (deref(rt), deref(xt));
        if rbase != xbase {
            return cx.unsupported(self.file, x.pos, "calls of this promoted method are");
        }
        match (rp, xp) {
            (true, false) => self.address_of(cx, x, x, dst),
            (false, true) => {
                let p = self.expr(cx, x, Repr::Ptr)?;
                self.load_mem(dst, p, 0, r);
                Ok(())
            }
            _ => self.value_to(cx, x, dst, r),
        }
    }

    fn conversion(&mut self, cx: &mut Ctx, e: &Expr, x: &Expr, dst: u16) -> Result<()> {
        let to = self.repr(cx, e)?;
        let from = self.repr(cx, x)?;
        let mark = self.next;
        let a = self.expr(cx, x, from)?;
        match (from, to) {
            (Repr::Int { .. }, Repr::Int { .. }) => {
                // Slots hold integers extended per their own type, so
                // re-extending to the target's width and sign is Go's
                // conversion (truncate, then sign- or zero-extend).
                self.copy(dst, a, to);
                self.narrow(dst, to);
            }
            (Repr::Int { signed, .. }, Repr::F64 | Repr::F32) => {
                self.emit(if signed { Op::SToF } else { Op::UToF }, dst, a, 0, 0);
                self.round(dst, to);
            }
            (Repr::F64 | Repr::F32, Repr::Int { signed, .. }) => {
                self.emit(if signed { Op::FToS } else { Op::FToU }, dst, a, 0, 0);
                self.narrow(dst, to);
            }
            (Repr::F64 | Repr::F32, Repr::F64 | Repr::F32) => {
                self.copy(dst, a, to);
                self.round(dst, to);
            }
            (Repr::Str, Repr::Str)
            | (Repr::Bool, Repr::Bool)
            | (Repr::Ptr, Repr::Ptr)
            | (Repr::Slice, Repr::Slice) => self.copy(dst, a, to),
            (Repr::Ptr, Repr::Int { .. }) | (Repr::Int { .. }, Repr::Ptr) => self.copy(dst, a, to),
            (Repr::C128 | Repr::C64, Repr::C128 | Repr::C64) => {
                self.copy(dst, a, to);
                self.round(dst, to.part());
                self.round(dst + 1, to.part());
            }
            (Repr::Int { .. }, Repr::Str) => {
                self.emit(Op::RuneToStr, dst, a, 0, 0);
            }
            (Repr::Slice, Repr::Str) if self.is_byte_slice(cx, x)? => {
                self.emit(Op::BytesToStr, dst, a, 0, 0);
            }
            (Repr::Str, Repr::Slice) if self.is_byte_slice(cx, e)? => {
                self.emit(Op::StrToBytes, dst, a, 0, 0);
            }
            (Repr::Slice, Repr::Str) if self.is_rune_slice(cx, x)? => {
                self.emit(Op::RunesToStr, dst, a, 0, 0);
            }
            (Repr::Str, Repr::Slice) if self.is_rune_slice(cx, e)? => {
                self.emit(Op::StrToRunes, dst, a, 0, 0);
            }
            _ => return cx.unsupported(self.file, e.pos, "this conversion is"),
        }
        self.free_to(mark);
        Ok(())
    }

    fn print(&mut self, cx: &mut Ctx, e: &Expr, args: &[Expr], ln: bool) -> Result<()> {
        let mut vals = Vec::new();
        for a in args {
            let r = self.repr(cx, a)?;
            vals.push((self.expr(cx, a, r)?, r));
        }
        self.at(cx, e.pos);
        self.emit(Op::PrintLock, 0, 0, 0, 0);
        for (i, &(s, r)) in vals.iter().enumerate() {
            if ln && i > 0 {
                self.emit(Op::PrintSp, 0, 0, 0, 0);
            }
            let op = match r {
                Repr::Int { signed: true, .. } => Op::PrintS,
                Repr::Int { signed: false, .. } => Op::PrintU,
                Repr::F64 => Op::PrintF64,
                Repr::F32 => Op::PrintF32,
                Repr::Bool => Op::PrintBool,
                Repr::Str => Op::PrintStr,
                Repr::Ptr => Op::PrintPtr,
                Repr::Slice => Op::PrintSlice,
                Repr::C128 => Op::PrintC128,
                Repr::C64 => Op::PrintC64,
                Repr::Mem { .. } => {
                    return cx.unsupported(self.file, e.pos, "printing these values is");
                }
            };
            self.emit(op, s, 0, 0, 0);
        }
        if ln {
            self.emit(Op::PrintNl, 0, 0, 0, 0);
        }
        self.emit(Op::PrintUnlock, 0, 0, 0, 0);
        Ok(())
    }
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
    /// Element `idx` (a slot, already bounds-checked) of `esize` bytes of
    /// an array in the frame's memory at byte offset `off`. Its address is
    /// computed only when it is accessed: a call between (on the right of
    /// an assignment) may move the stack.
    FrameIdx { off: u32, idx: u16, esize: u32 },
}

/// A local variable: its value in the slots from `slot`, or, when `heap`,
/// in a heap cell whose pointer is in `slot`.
#[derive(Clone, Copy)]
struct Var {
    slot: u16,
    heap: bool,
    repr: Repr,
}

/// The scalar parts (offset, representation) that `==` compares in a
/// value of type `t` at offset `base`; false if some part cannot be
/// compared here (interfaces, nested aggregates of unsupported types).
fn comparable_leaves(cx: &Ctx, t: TypeId, base: u32, out: &mut Vec<(u32, Repr)>) -> bool {
    let w = cx.world;
    match w.types.get(w.types.under(t)) {
        Type::Struct(fields) => {
            let offs = w.offsetsof(fields);
            fields.iter().zip(offs).all(|(f, off)| {
                let o = w.obj(f.obj);
                o.name == "_"
                    || comparable_leaves(cx, o.typ.expect("typed"), base + off as u32, out)
            })
        }
        Type::Array(n, e) => {
            let size = w.sizeof(*e) as u32;
            (0..*n as u32)
                .all(|i| out.len() <= 256 && comparable_leaves(cx, *e, base + i * size, out))
        }
        _ => match repr_of(w, t) {
            Some(
                r @ (Repr::Int { .. } | Repr::F64 | Repr::F32 | Repr::Bool | Repr::Str | Repr::Ptr),
            ) => {
                out.push((base, r));
                true
            }
            _ => false,
        },
    }
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

impl FuncGen {
    /// dst = a op b on complex values of representation `r`: + - * / and
    /// == !=. Each float step of a complex64 is rounded to float32, as gc
    /// computes them; division goes through the runtime (as gc's
    /// `complex128div`, in complex128 for both sizes).
    #[allow(clippy::too_many_arguments)]
    fn complex_op(
        &mut self,
        cx: &Ctx,
        pos: Pos,
        op: Operator,
        dst: u16,
        a: u16,
        b: u16,
        r: Repr,
    ) -> Result<()> {
        let part = r.part();
        let mark = self.next;
        match op {
            Operator::Add | Operator::Sub => {
                let o = if op == Operator::Add {
                    Op::AddF
                } else {
                    Op::SubF
                };
                for i in 0..2 {
                    self.emit(o, dst + i, a + i, b + i, 0);
                    self.round(dst + i, part);
                }
            }
            Operator::Mul => {
                // (a0 + a1 i)(b0 + b1 i) = (a0 b0 - a1 b1) + (a0 b1 + a1 b0) i
                let t = self.alloc(4);
                let steps = [
                    (Op::MulF, t, a, b),
                    (Op::MulF, t + 1, a + 1, b + 1),
                    (Op::MulF, t + 2, a, b + 1),
                    (Op::MulF, t + 3, a + 1, b),
                    (Op::SubF, t, t, t + 1),
                    (Op::AddF, t + 1, t + 2, t + 3),
                ];
                for (o, d, x, y) in steps {
                    self.emit(o, d, x, y, 0);
                    self.round(d, part);
                }
                self.emit(Op::Mov2, dst, t, 0, 0);
            }
            Operator::Div => {
                self.emit(Op::DivC, dst, a, b, 0);
                self.round(dst, part);
                self.round(dst + 1, part);
            }
            Operator::Eql | Operator::Neq => {
                let t = self.alloc(1);
                self.emit(Op::EqF, dst, a, b, 0);
                self.emit(Op::EqF, t, a + 1, b + 1, 0);
                self.emit(Op::And, dst, dst, t, 0);
                if op == Operator::Neq {
                    self.emit(Op::Not, dst, dst, 0, 0);
                }
            }
            _ => return cx.unsupported(self.file, pos, "this operator is"),
        }
        self.free_to(mark);
        Ok(())
    }
}

/// What a call calls.
#[derive(Clone, Copy)]
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
