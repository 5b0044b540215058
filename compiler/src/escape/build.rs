//! Building one function's escape graph from its body (gc's
//! escape/stmt.go, expr.go, call.go, assign.go): every expression is
//! evaluated into a *hole*, a location plus a dereference count, and
//! calls that are inlined are walked as copies of the callee's body, at
//! the outermost call's position, as gc sees them after inlining.

use std::collections::HashMap;

use crate::inline::InlineInfo;
use crate::inline::funcs::FuncId;
use crate::inline::view::{Callee, PkgView};
use crate::syntax::Pos;
use crate::syntax::ast::{AssignOp, Block, Decl, Expr, ExprKind, Name, Stmt, StmtKind};
use crate::syntax::printer::expr_string;
use crate::syntax::token::{Operator, Token};
use crate::types::object::{Builtin, ObjId, ObjKind};
use crate::types::ty::Type;

use super::graph::{Graph, HEAP, Leaks, LocId, Role};

/// Where a value goes: into `loc`, dereferenced `derefs` times (-1: its
/// address). `loc` None discards it.
#[derive(Clone, Copy)]
pub struct Hole {
    loc: Option<LocId>,
    derefs: i32,
    /// The destination is an interface: a concrete value is converted
    /// (boxed) on its way in.
    iface: bool,
}

impl Hole {
    const DISCARD: Hole = Hole {
        loc: None,
        derefs: 0,
        iface: false,
    };

    fn to(loc: LocId) -> Hole {
        Hole {
            loc: Some(loc),
            derefs: 0,
            iface: false,
        }
    }

    fn addr(self) -> Hole {
        Hole {
            derefs: self.derefs - 1,
            ..self
        }
    }

    fn deref(self) -> Hole {
        Hole {
            derefs: self.derefs + 1,
            ..self
        }
    }

    fn shift(self, d: i32) -> Hole {
        Hole {
            derefs: self.derefs + d,
            ..self
        }
    }
}

/// A named variable or an allocation site, for the `-m` lines.
pub struct Site {
    pub loc: LocId,
    pub file: usize,
    pub pos: Pos,
    pub text: String,
    /// The expression (allocations of the function's own body only).
    pub expr: Option<usize>,
    /// A variable (else an allocation).
    pub var: Option<ObjId>,
    /// Whether it lies in the function's own body (not an inlined copy).
    pub own: bool,
    /// A `[]byte(string)` conversion.
    pub str_to_bytes: bool,
}

pub struct Builder<'v, 'a> {
    pub view: &'v PkgView<'a>,
    /// The calls gc inlines (by chain of inlined functions and call
    /// expression) and what they call.
    inlined: HashMap<(Vec<FuncId>, usize), FuncId>,
    /// Parameter leaks of the functions analysed before.
    tags: &'v [Option<Vec<Leaks>>],
    pub g: Graph,
    func: FuncId,
    file: usize,
    inst: usize,
    inst_parent: Vec<usize>,
    chain: Vec<FuncId>,
    /// The outermost inlined call's position, inside inlined bodies.
    report: Option<(usize, Pos)>,
    loop_depth: u32,
    vars: HashMap<(usize, ObjId), LocId>,
    /// Where `return` sends each result.
    results: Vec<Hole>,
    pub vars_order: Vec<Site>,
    pub allocs: Vec<Site>,
    /// The function's own parameters: (location, name) in order.
    pub params: Vec<(LocId, Option<Name>, bool)>,
    pub result_names: Vec<String>,
    /// Local variables that always hold one function literal.
    statics: &'v HashMap<ObjId, FuncId>,
    /// Parameters of inlined copies given constants: their text.
    consts: HashMap<(usize, ObjId), String>,
    /// Building the package variables' initializers.
    package_init: bool,
    /// Expressions gc's inlining leaves dead (never evaluated).
    dead_exprs: std::collections::HashSet<usize>,
}

impl<'v, 'a> Builder<'v, 'a> {
    pub fn new(
        view: &'v PkgView<'a>,
        inl: &InlineInfo,
        tags: &'v [Option<Vec<Leaks>>],
        statics: &'v HashMap<ObjId, FuncId>,
        func: FuncId,
    ) -> Builder<'v, 'a> {
        let inlined = inl
            .calls
            .get(func)
            .into_iter()
            .flatten()
            .map(|c| ((c.chain.clone(), c.call), c.callee))
            .collect();
        Builder {
            view,
            inlined,
            tags,
            g: Graph::new(),
            func,
            file: view.funcs.funcs.get(func).map_or(0, |f| f.file),
            inst: 0,
            inst_parent: vec![0],
            chain: Vec::new(),
            report: None,
            loop_depth: 1,
            vars: HashMap::new(),
            results: Vec::new(),
            vars_order: Vec::new(),
            allocs: Vec::new(),
            params: Vec::new(),
            result_names: Vec::new(),
            statics,
            consts: HashMap::new(),
            package_init: false,
            dead_exprs: std::collections::HashSet::new(),
        }
    }

    /// Builds the graph of the package's variable initializers (gc's
    /// package `init` function; `func` is then no function of the
    /// table): the variables are globals, on the heap.
    pub fn build_package_init(&mut self) {
        self.package_init = true;
        for (fi, file) in self.view.files.iter().enumerate() {
            self.file = fi;
            for d in &file.decls {
                let Decl::Var(v) = d else { continue };
                let holes: Vec<Hole> = v
                    .names
                    .iter()
                    .map(|n| {
                        let h = if &*n.value == "_" {
                            Hole::DISCARD
                        } else {
                            Hole::to(HEAP)
                        };
                        self.typed(h, self.decl_type(fi, n.pos))
                    })
                    .collect();
                self.values_into(&v.values, &holes);
            }
        }
    }

    /// Builds the graph of the function's own body.
    pub fn build(&mut self) {
        let src = &self.view.funcs.funcs[self.func];
        let (typ, body) = (src.typ, src.body);
        let recv = src.decl.and_then(|d| d.recv.as_ref());
        let mut index = 0;
        for field in recv.into_iter().chain(&typ.params) {
            let names: Vec<Option<&Name>> = if field.names.is_empty() {
                vec![None]
            } else {
                field.names.iter().map(Some).collect()
            };
            for n in names {
                let loc = self.g.add(Role::Param(index), 0, self.func);
                index += 1;
                let ptrs = n.is_some_and(|n| self.has_pointers_at(n.pos));
                if let Some(n) = n
                    && let Some(obj) = self.view.obj_at(self.file, n.pos)
                {
                    self.vars.insert((0, obj), loc);
                }
                self.params.push((loc, n.cloned(), ptrs));
            }
        }
        let mut ri = 0;
        for field in &typ.results {
            let n = field.names.len().max(1);
            for k in 0..n {
                let loc = self.g.add(Role::Result(ri), 0, self.func);
                match field.names.get(k) {
                    Some(name) => {
                        if let Some(obj) = self.view.obj_at(self.file, name.pos) {
                            self.vars.insert((0, obj), loc);
                        }
                        self.result_names.push(name.value.to_string());
                    }
                    None => self.result_names.push(format!("~r{ri}")),
                }
                let ptrs = field.names.get(k).map_or_else(
                    || self.has_pointers_expr(&field.typ),
                    |n| self.has_pointers_at(n.pos),
                );
                self.results
                    .push(if ptrs { Hole::to(loc) } else { Hole::DISCARD });
                ri += 1;
            }
        }
        self.block(body);
    }

    fn has_pointers_at(&self, pos: Pos) -> bool {
        let Some(obj) = self.view.obj_at(self.file, pos) else {
            return false;
        };
        self.view
            .world
            .obj(obj)
            .typ
            .is_some_and(|t| has_pointers(self.view, t, 0))
    }

    /// Whether the type written `t` holds pointers.
    fn has_pointers_expr(&self, t: &Expr) -> bool {
        self.view
            .type_of(t)
            .is_none_or(|t| has_pointers(self.view, t, 0))
    }

    fn pos_of(&self, pos: Pos) -> (usize, Pos) {
        self.report.unwrap_or((self.file, pos))
    }

    fn flow(&mut self, h: Hole, src: LocId) {
        if let Some(dst) = h.loc {
            self.g.flow(dst, src, h.derefs);
        }
    }

    /// A new allocation at `e` whose address flows to `h`.
    fn alloc(&mut self, e: &Expr, text: String, h: Hole) -> LocId {
        self.alloc_at(e, e.pos, text, h)
    }

    /// [`Self::alloc`] reported at `at`.
    fn alloc_at(&mut self, e: &Expr, at: Pos, text: String, h: Hole) -> LocId {
        self.alloc_in_loop(e, at, text, h, self.loop_depth)
    }

    fn alloc_in_loop(&mut self, e: &Expr, at: Pos, text: String, h: Hole, depth: u32) -> LocId {
        let loc = self.g.add(Role::Alloc, depth, self.func);
        let (file, pos) = self.pos_of(at);
        let str_to_bytes = text.starts_with("([]byte)(");
        self.allocs.push(Site {
            loc,
            file,
            pos,
            text,
            expr: (self.inst == 0).then_some(e as *const Expr as usize),
            var: None,
            own: self.inst == 0,
            str_to_bytes,
        });
        self.flow(h.addr(), loc);
        loc
    }

    /// The hole of a variable declared by the name at `pos`.
    fn declare_hole(&mut self, pos: Pos) -> Hole {
        let h = self.declare(pos).map_or(Hole::DISCARD, Hole::to);
        self.typed(h, self.decl_type(self.file, pos))
    }

    /// The location of a variable declared by the name at `pos`.
    fn declare(&mut self, pos: Pos) -> Option<LocId> {
        let obj = self.view.obj_at(self.file, pos)?;
        let loc = self.g.add(Role::Var, self.loop_depth, self.func);
        self.vars.insert((self.inst, obj), loc);
        let (file, p) = self.pos_of(pos);
        self.vars_order.push(Site {
            loc,
            file,
            pos: p,
            text: self.view.world.obj(obj).name.clone(),
            expr: None,
            var: Some(obj),
            own: self.inst == 0,
            str_to_bytes: false,
        });
        Some(loc)
    }

    /// The location of the variable a name denotes: in this inlined copy
    /// or an enclosing one; None for package variables and anything not
    /// a local variable.
    fn var_loc(&self, pos: Pos) -> Option<LocId> {
        let obj = self.view.obj_at(self.file, pos)?;
        let mut inst = self.inst;
        loop {
            if let Some(&l) = self.vars.get(&(inst, obj)) {
                return Some(l);
            }
            if inst == 0 {
                return None;
            }
            inst = self.inst_parent[inst];
        }
    }

    fn type_kind(&self, e: &Expr) -> Option<&'v Type> {
        let view: &'v PkgView<'a> = self.view;
        view.type_of(e).map(|t| view.under(t))
    }

    // ---- statements ----

    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    /// Deeply nested input recurses deeply: the stack grows on the heap.
    fn stmt(&mut self, s: &Stmt) {
        crate::syntax::grow(|| self.stmt_inner(s));
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Branch(..) => {}
            StmtKind::Labeled(_, s) => self.stmt(s),
            StmtKind::Block(b) => self.block(b),
            StmtKind::Expr(e) => self.expr(e, Hole::DISCARD),
            StmtKind::Send(c, v) => {
                self.expr(c, Hole::DISCARD);
                self.expr(v, Hole::to(HEAP));
            }
            StmtKind::IncDec(x, _) => self.expr(x, Hole::DISCARD),
            StmtKind::Assign(op, lhs, rhs) => self.assign(*op, lhs, rhs),
            StmtKind::Decl(ds) => {
                for d in ds {
                    if let Decl::Var(v) = d {
                        let holes: Vec<Hole> =
                            v.names.iter().map(|n| self.declare_hole(n.pos)).collect();
                        self.values_into(&v.values, &holes);
                    }
                }
            }
            // A defer outside loops runs from the frame (gc open-codes
            // it): an ordinary call. Other defers and go statements
            // outlive it: their arguments escape.
            StmtKind::Call(Token::Defer, call) if self.loop_depth == 1 => {
                self.expr(call, Hole::DISCARD);
            }
            StmtKind::Call(_, call) => self.escaping_call(call),
            StmtKind::Return(es) => {
                let holes = self.results.clone();
                self.values_into(es, &holes);
            }
            StmtKind::If(i) => {
                if let Some(s) = &i.init {
                    self.stmt(s);
                }
                self.expr(&i.cond, Hole::DISCARD);
                self.block(&i.then);
                if let Some(s) = &i.els {
                    self.stmt(s);
                }
            }
            StmtKind::For(f) => {
                if let Some(s) = &f.init {
                    self.stmt(s);
                }
                self.loop_depth += 1;
                if let Some(c) = &f.cond {
                    self.expr(c, Hole::DISCARD);
                }
                if let Some(s) = &f.post {
                    self.stmt(s);
                }
                self.block(&f.body);
                self.loop_depth -= 1;
            }
            StmtKind::Range(r) => self.range(r),
            StmtKind::Switch(sw) => {
                if let Some(s) = &sw.init {
                    self.stmt(s);
                }
                if let Some(t) = &sw.tag {
                    self.expr(t, Hole::DISCARD);
                }
                for c in &sw.clauses {
                    for e in c.cases.iter().flatten() {
                        self.expr(e, Hole::DISCARD);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
            StmtKind::Select(sel) => {
                for c in &sel.clauses {
                    if let Some(s) = &c.comm {
                        self.stmt(s);
                    }
                    for s in &c.body {
                        self.stmt(s);
                    }
                }
            }
        }
    }

    fn range(&mut self, r: &crate::syntax::ast::RangeStmt) {
        // The ranged value is evaluated once, outside the loop.
        let tmp = self.g.add(Role::Temp, self.loop_depth, self.func);
        self.expr(&r.x, Hole::to(tmp));
        self.loop_depth += 1;
        let elem_derefs = match self.type_kind(&r.x) {
            Some(Type::Array(..)) => 0,
            _ => 1,
        };
        for (i, l) in r.lhs.iter().enumerate() {
            let h = if r.define {
                self.declare(l.pos).map_or(Hole::DISCARD, Hole::to)
            } else {
                self.place(l)
            };
            if i == 1 {
                self.flow(h.shift(elem_derefs), tmp);
            }
        }
        self.block(&r.body);
        self.loop_depth -= 1;
    }

    fn assign(&mut self, op: AssignOp, lhs: &[Expr], rhs: &[Expr]) {
        if let AssignOp::Op(_) = op {
            for e in lhs.iter().chain(rhs) {
                self.expr(e, Hole::DISCARD);
            }
            return;
        }
        if op == AssignOp::Define && self.dead_closure(lhs, rhs) {
            self.declare(lhs[0].pos);
            return;
        }
        let holes: Vec<Hole> = lhs
            .iter()
            .map(|l| {
                if op == AssignOp::Define && self.view.defines(self.file, l.pos) {
                    self.declare_hole(l.pos)
                } else {
                    self.place(l)
                }
            })
            .collect();
        self.values_into(rhs, &holes);
    }

    /// `f := func...` where every use of f is a call gc inlined, or an
    /// argument of one: after inlining, the literal is dead code.
    fn dead_closure(&self, lhs: &[Expr], rhs: &[Expr]) -> bool {
        let ([l], [r]) = (lhs, rhs) else {
            return false;
        };
        if !matches!(r.unparen().kind, ExprKind::FuncLit(..)) {
            return false;
        }
        let Some(obj) = self.view.obj_at(self.file, l.pos) else {
            return false;
        };
        if !self.statics.contains_key(&obj) {
            return false;
        }
        let body = match self.chain.last() {
            Some(&g) => self.view.funcs.funcs[g].body,
            None => self.view.funcs.funcs[self.func].body,
        };
        let mut uses = super::capture::CallUses::new(self.view, self.file, obj);
        crate::inline::walk::walk_block(body, &mut uses);
        uses.only_in_calls
            .iter()
            .all(|c| c.is_some_and(|call| self.inlined.contains_key(&(self.chain.clone(), call))))
    }

    /// Evaluates `values` into `holes` (n:n, or one multi-value call).
    fn values_into(&mut self, values: &[Expr], holes: &[Hole]) {
        if values.len() == 1 && holes.len() > 1 {
            self.expr_multi(&values[0], holes);
            return;
        }
        for (i, v) in values.iter().enumerate() {
            self.expr(v, holes.get(i).copied().unwrap_or(Hole::DISCARD));
        }
    }

    /// The hole an assignment to `l` fills.
    fn place(&mut self, l: &Expr) -> Hole {
        let h = self.place_untyped(l);
        let t = self.view.type_of(l.unparen());
        self.typed(h, t)
    }

    fn place_untyped(&mut self, l: &Expr) -> Hole {
        let l = l.unparen();
        match &l.kind {
            ExprKind::Name(n) if &**n == "_" => Hole::DISCARD,
            // Not a local: a package variable (or one of an enclosing
            // function, for a literal analysed on its own): the heap.
            ExprKind::Name(_) => self.var_loc(l.pos).map_or(Hole::to(HEAP), Hole::to),
            ExprKind::Selector(x, _) => {
                if matches!(self.type_kind(x), Some(Type::Pointer(_)))
                    || self.view.type_of(x).is_none()
                {
                    self.expr(x, Hole::DISCARD);
                    Hole::to(HEAP)
                } else {
                    self.place(x)
                }
            }
            ExprKind::Index(x, idx) => {
                for i in idx {
                    if matches!(self.type_kind(x), Some(Type::Map(..))) {
                        self.expr(i, Hole::to(HEAP));
                    } else {
                        self.expr(i, Hole::DISCARD);
                    }
                }
                if matches!(self.type_kind(x), Some(Type::Array(..))) {
                    self.place(x)
                } else {
                    self.expr(x, Hole::DISCARD);
                    Hole::to(HEAP)
                }
            }
            _ => {
                // `*p = v`: the pointee is not known here.
                self.expr(l, Hole::DISCARD);
                Hole::to(HEAP)
            }
        }
    }

    // ---- expressions ----

    fn expr_multi(&mut self, e: &Expr, holes: &[Hole]) {
        match &e.unparen().kind {
            ExprKind::Call {
                fun,
                args,
                has_dots,
            } => self.call(e.unparen(), fun, args, *has_dots, holes),
            _ => {
                // Comma-ok forms: the value goes to the first hole.
                self.expr(e, holes[0]);
            }
        }
    }

    fn expr(&mut self, e: &Expr, h: Hole) {
        crate::syntax::grow(|| self.expr_inner(e, h));
    }

    fn expr_inner(&mut self, e: &Expr, h: Hole) {
        if self.view.is_type_expr(e) {
            return;
        }
        if h.iface {
            self.box_into_interface(e, Hole { iface: false, ..h });
            return;
        }
        if self.view.is_constant(e) {
            return; // a constant: static data, no memory of its own
        }
        if self.dead_exprs.contains(&(e as *const Expr as usize)) {
            return;
        }
        match &e.kind {
            ExprKind::Bad | ExprKind::BasicLit(..) => {}
            ExprKind::Name(_) => {
                if let Some(loc) = self.var_loc(e.pos) {
                    self.flow(h, loc);
                }
            }
            ExprKind::Paren(x) => self.expr(x, h),
            ExprKind::CompositeLit { .. } if self.is_static_data(e) => {}
            ExprKind::CompositeLit { elems, .. } => {
                let h = match self.type_kind(e) {
                    Some(Type::Slice(_)) => {
                        let a = self.alloc(e, alloc_text(e), h);
                        Hole::to(a)
                    }
                    // Map contents live in the map's buckets, on the heap.
                    Some(Type::Map(..)) => {
                        self.alloc(e, alloc_text(e), h);
                        Hole::to(HEAP)
                    }
                    _ => h,
                };
                for el in elems {
                    match &el.kind {
                        ExprKind::KeyValue(k, v) => {
                            if !matches!(self.type_kind(e), Some(Type::Struct(_))) {
                                self.expr(k, h);
                            }
                            self.expr(v, h);
                        }
                        _ => self.expr(el, h),
                    }
                }
            }
            ExprKind::KeyValue(k, v) => {
                self.expr(k, h);
                self.expr(v, h);
            }
            ExprKind::FuncLit(..) => self.closure(e, h),
            ExprKind::Selector(x, _) => {
                if self.view.type_of(x).is_none() {
                    return; // a qualified identifier: a package-level object
                }
                if matches!(self.type_kind(x), Some(Type::Pointer(_))) {
                    self.expr(x, h.deref());
                } else {
                    self.expr(x, h);
                }
            }
            ExprKind::Index(x, idx) => {
                for i in idx {
                    self.expr(i, Hole::DISCARD);
                }
                match self.type_kind(x) {
                    Some(Type::Array(..)) => self.expr(x, h),
                    Some(Type::Basic(_)) => self.expr(x, Hole::DISCARD),
                    _ => self.expr(x, h.deref()),
                }
            }
            ExprKind::Slice { x, index, .. } => {
                for i in index.iter().flatten() {
                    self.expr(i, Hole::DISCARD);
                }
                // Slicing an array takes its address; a slice, a string or
                // a pointer to an array is passed on as is.
                if matches!(self.type_kind(x), Some(Type::Array(..))) {
                    self.expr(x, h.addr());
                } else {
                    self.expr(x, h);
                }
            }
            ExprKind::Assert(x, _) | ExprKind::TypeSwitchGuard(_, x) => self.expr(x, h),
            ExprKind::Operation(Operator::And, x, None) => {
                if self.is_static_data(x) {
                    // `&T{...}` of constants initializing a package
                    // variable is static data.
                } else if matches!(x.unparen().kind, ExprKind::CompositeLit { .. }) {
                    let a = self.alloc(e, alloc_text(e), h);
                    self.expr(x, Hole::to(a));
                } else {
                    self.expr(x, h.addr());
                }
            }
            ExprKind::Operation(Operator::Mul, x, None) => self.expr(x, h.deref()),
            ExprKind::Operation(Operator::Add, _, Some(_)) if self.is_string_add(e) => {
                // gc concatenates a chain `a + b + c` at once.
                self.alloc(e, alloc_text(e), h);
                let mut operands = Vec::new();
                self.concat_operands(e, &mut operands);
                for x in operands {
                    self.expr(x, Hole::DISCARD);
                }
            }
            ExprKind::Operation(_, x, y) => {
                self.expr(x, Hole::DISCARD);
                if let Some(y) = y {
                    self.expr(y, Hole::DISCARD);
                }
            }
            ExprKind::Call {
                fun,
                args,
                has_dots,
            } => self.call(e, fun, args, *has_dots, &[h]),
            _ => {}
        }
    }

    /// `e` stored into an interface: a pointer-shaped value goes in as
    /// is, anything else is boxed (an allocation gc reports as `e`).
    fn box_into_interface(&mut self, e: &Expr, h: Hole) {
        let Some(t) = self.view.type_of(e) else {
            return self.expr(e, h);
        };
        let direct = matches!(
            self.view.under(t),
            Type::Interface(_)
                | Type::Pointer(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Signature(_)
        ) || matches!(self.view.under(t), Type::Basic(b) if b.is_untyped() && !b.is_const_type());
        if direct {
            return self.expr(e, h);
        }
        let text = self.const_text(e).unwrap_or_else(|| alloc_text(e));
        let a = self.alloc(e, text, h);
        self.expr(e, Hole::to(a));
    }

    /// `h`, marked as an interface destination when `t` is one.
    fn typed(&self, h: Hole, t: Option<crate::types::ty::TypeId>) -> Hole {
        Hole {
            iface: t.is_some_and(|t| self.view.is_interface(t)),
            ..h
        }
    }

    /// The type of a variable or parameter declared by the name at `pos`
    /// of file `file`.
    fn decl_type(&self, file: usize, pos: Pos) -> Option<crate::types::ty::TypeId> {
        let obj = self.view.obj_at(file, pos)?;
        self.view.world.obj(obj).typ
    }

    /// A composite literal of constants in a package variable's
    /// initializer, which gc lays out as static data (no allocation),
    /// except maps, which are built at run time.
    fn is_static_data(&self, e: &Expr) -> bool {
        let ExprKind::CompositeLit { elems, .. } = &e.unparen().kind else {
            return false;
        };
        self.package_init
            && !matches!(self.type_kind(e.unparen()), Some(Type::Map(..)))
            && elems.iter().all(|el| match &el.kind {
                ExprKind::KeyValue(_, v) => self.view.is_constant(v) || self.is_static_data(v),
                _ => self.view.is_constant(el) || self.is_static_data(el),
            })
    }

    fn is_string_add(&self, e: &Expr) -> bool {
        matches!(e.kind, ExprKind::Operation(Operator::Add, _, Some(_)))
            && !self.view.is_constant(e)
            && matches!(self.type_kind(e), Some(Type::Basic(b)) if b.is_string())
    }

    /// The operands of a chain of string concatenations.
    fn concat_operands<'e>(&self, e: &'e Expr, out: &mut Vec<&'e Expr>) {
        match &e.kind {
            ExprKind::Operation(Operator::Add, x, Some(y)) if self.is_string_add(e) => {
                self.concat_operands(x, out);
                self.concat_operands(y, out);
            }
            _ => out.push(e),
        }
    }

    /// A function literal: a closure object holding its captured
    /// variables (by address when the variable is assigned after its
    /// declaration, else by value).
    fn closure(&mut self, e: &Expr, h: Hole) {
        let a = self.alloc(e, "func literal".to_string(), h);
        let Some(f) = self.view.funcs.by_lit(e) else {
            return;
        };
        for (pos, by_ref) in self.captures(f) {
            if let Some(v) = self.var_loc(pos) {
                self.g.flow(a, v, if by_ref { -1 } else { 0 });
            }
        }
    }

    /// Names in literal `f` that denote variables of enclosing functions:
    /// (a position of the name, captured by reference).
    fn captures(&self, f: FuncId) -> Vec<(Pos, bool)> {
        super::capture::captures(self.view, f)
    }

    fn escaping_call(&mut self, call: &Expr) {
        if let ExprKind::Call { fun, args, .. } = &call.unparen().kind {
            self.expr(fun, Hole::to(HEAP));
            for a in args {
                self.expr(a, Hole::to(HEAP));
            }
        } else {
            self.expr(call, Hole::DISCARD);
        }
    }

    fn call(&mut self, e: &Expr, fun: &Expr, args: &[Expr], has_dots: bool, holes: &[Hole]) {
        let key = (self.chain.clone(), e as *const Expr as usize);
        let callee = self.view.callee(self.file, fun);
        if let Some(&g) = self.inlined.get(&key) {
            self.inline_body(e, g, fun, args, has_dots, holes);
            return;
        }
        let h = holes.first().copied().unwrap_or(Hole::DISCARD);
        match callee {
            Callee::Conversion => self.conversion(e, fun, args, h),
            Callee::Builtin(b) => self.builtin(e, b, args, h),
            Callee::Func(g) => {
                // A literal called where it is written (and not inlined)
                // is still a closure value.
                if matches!(fun.unparen().kind, ExprKind::FuncLit(..)) {
                    self.expr(fun, Hole::DISCARD);
                }
                self.static_call(e, g, fun, args, has_dots, holes)
            }
            _ => {
                self.expr(fun, Hole::DISCARD);
                if let ExprKind::Selector(x, _) = &fun.unparen().kind {
                    self.expr(x, Hole::to(HEAP));
                }
                for a in args {
                    self.expr(a, Hole::to(HEAP));
                }
            }
        }
    }

    /// The text of a constant argument (`3`), or of an inlined
    /// parameter bound to one.
    fn const_text(&self, a: &Expr) -> Option<String> {
        let (_, value) = self.view.info.types.get(&(a as *const Expr as usize))?;
        if value.is_some() {
            return Some(alloc_text(a));
        }
        let o = self.view.obj_at(self.file, a.unparen().pos)?;
        self.consts.get(&(self.inst, o)).cloned()
    }

    /// The arguments of a call, with the receiver first for a method
    /// call (its address when the method takes a pointer and the
    /// receiver is a value).
    fn args_with_receiver<'e>(&self, fun: &'e Expr, args: &'e [Expr]) -> Vec<(&'e Expr, i32)> {
        let mut out = Vec::new();
        if let ExprKind::Selector(x, sel) = &fun.unparen().kind
            && self.view.type_of(x).is_some()
        {
            let ptr_recv = self.view.obj_at(self.file, sel.pos).is_some_and(|o| {
                matches!(
                    self.view.world.obj(o).kind,
                    ObjKind::Func { ptr_recv: true }
                )
            });
            let x_ptr = matches!(self.type_kind(x), Some(Type::Pointer(_)));
            let shift = match (ptr_recv, x_ptr) {
                (true, false) => -1,
                (false, true) => 1,
                _ => 0,
            };
            out.push((&**x, shift));
        }
        out.extend(args.iter().map(|a| (a, 0)));
        out
    }

    /// Evaluates the arguments of a call of `g` into `holes` (one per
    /// parameter of `g`, receiver first); extra arguments of a variadic
    /// call go into a `... argument` slice.
    fn pass_args(
        &mut self,
        e: &Expr,
        g: FuncId,
        fun: &Expr,
        args: &[Expr],
        has_dots: bool,
        holes: &[Hole],
    ) {
        let list = self.args_with_receiver(fun, args);
        let src = &self.view.funcs.funcs[g];
        let variadic = !has_dots
            && src
                .typ
                .params
                .last()
                .is_some_and(|p| matches!(p.typ.kind, ExprKind::DotsType(_)));
        let fixed = if variadic {
            holes.len().saturating_sub(1)
        } else {
            holes.len()
        };
        let types = self.param_types(g);
        for (i, (a, shift)) in list.iter().enumerate() {
            if i < fixed {
                let h = self.typed(holes[i].shift(*shift), types.get(i).copied().flatten());
                self.expr(a, h);
            }
        }
        if variadic && list.len() > fixed {
            let last = holes[holes.len() - 1];
            let a = self.alloc(e, "... argument".to_string(), last);
            let elem = types.last().copied().flatten();
            for (x, _) in &list[fixed..] {
                let h = self.typed(Hole::to(a), elem);
                self.expr(x, h);
            }
        }
    }

    /// The types of `g`'s parameters, receiver first (None for the
    /// receiver, which is never an interface); a variadic parameter's is
    /// its element type.
    fn param_types(&self, g: FuncId) -> Vec<Option<crate::types::ty::TypeId>> {
        let src = &self.view.funcs.funcs[g];
        let recv = src.decl.and_then(|d| d.recv.as_ref()).map(|_| None);
        let params = src.typ.params.iter().flat_map(|f| {
            let t = match &f.typ.kind {
                ExprKind::DotsType(el) => self.view.type_of(el),
                _ => self.view.type_of(&f.typ),
            };
            std::iter::repeat_n(t, f.names.len().max(1))
        });
        recv.into_iter().chain(params).collect()
    }

    fn param_count(&self, g: FuncId) -> usize {
        let src = &self.view.funcs.funcs[g];
        let recv = src.decl.and_then(|d| d.recv.as_ref());
        recv.into_iter()
            .chain(&src.typ.params)
            .map(|f| f.names.len().max(1))
            .sum()
    }

    /// A call that is not inlined, of a function analysed before: each
    /// argument goes where the callee's parameter leaks.
    fn static_call(
        &mut self,
        e: &Expr,
        g: FuncId,
        fun: &Expr,
        args: &[Expr],
        has_dots: bool,
        holes: &[Hole],
    ) {
        let n = self.param_count(g);
        let temps: Vec<LocId> = (0..n)
            .map(|_| self.g.add(Role::Temp, self.loop_depth, self.func))
            .collect();
        let th: Vec<Hole> = temps.iter().map(|&t| Hole::to(t)).collect();
        self.pass_args(e, g, fun, args, has_dots, &th);
        if g == self.func {
            self.recursive_call(&temps, holes);
            return;
        }
        let tags = self.tags.get(g).and_then(|t| t.clone());
        for (i, &t) in temps.iter().enumerate() {
            match tags.as_ref().and_then(|t| t.get(i)) {
                Some(leak) => {
                    if let Some(d) = leak.heap {
                        self.g.flow(HEAP, t, d);
                    }
                    for (r, d) in leak.results.iter().enumerate() {
                        if let (Some(d), Some(h)) = (d, holes.get(r)) {
                            self.flow(h.shift(*d), t);
                        }
                    }
                }
                // Not analysed yet (recursion): assume the worst.
                None => self.g.flow(HEAP, t, 0),
            }
        }
    }

    /// A call of the function being analysed, from its own body: gc
    /// analyses it in one graph, arguments into the parameters and the
    /// results out of the result locations.
    fn recursive_call(&mut self, args: &[LocId], holes: &[Hole]) {
        let params: Vec<LocId> = self.params.iter().map(|(l, _, _)| *l).collect();
        for (&p, &a) in params.iter().zip(args) {
            self.g.flow(p, a, 0);
        }
        let results: Vec<LocId> = self
            .g
            .locs
            .iter()
            .enumerate()
            .filter(|(_, l)| matches!(l.role, Role::Result(_)) && l.func == self.func)
            .map(|(i, _)| i)
            .collect();
        for (&r, h) in results.iter().zip(holes) {
            self.flow(*h, r);
        }
    }

    /// A call that gc inlines: the callee's body walked as a copy, its
    /// parameters new variables, its `return`s filling the call's holes.
    fn inline_body(
        &mut self,
        e: &Expr,
        g: FuncId,
        fun: &Expr,
        args: &[Expr],
        has_dots: bool,
        holes: &[Hole],
    ) {
        let src = &self.view.funcs.funcs[g];
        let (gfile, typ, body) = (src.file, src.typ, src.body);
        let recv = src.decl.and_then(|d| d.recv.as_ref());
        let names: Vec<Option<Name>> = recv
            .into_iter()
            .chain(&typ.params)
            .flat_map(|f| {
                if f.names.is_empty() {
                    vec![None]
                } else {
                    f.names.iter().cloned().map(Some).collect()
                }
            })
            .collect();
        let inst = self.inst_parent.len();
        // Literals inlined here capture the variables where they were
        // written: their own function's copy is the parent.
        self.inst_parent.push(self.inst);
        let saved = (self.file, self.inst, self.report, self.results.clone());
        let report = self.report.unwrap_or((self.file, e.pos));
        // Arguments are evaluated in the caller.
        let mut params = Vec::new();
        for n in &names {
            let loc = self.g.add(Role::Var, self.loop_depth, self.func);
            params.push((loc, n.clone()));
        }
        let ph: Vec<Hole> = params.iter().map(|(l, _)| Hole::to(*l)).collect();
        self.mark_dead_literal_args(g, args, &names);
        self.pass_args(e, g, fun, args, has_dots, &ph);
        let consts: Vec<Option<String>> = self
            .args_with_receiver(fun, args)
            .iter()
            .map(|(a, _)| self.const_text(a))
            .collect();
        self.file = gfile;
        self.inst = inst;
        self.report = Some(report);
        self.chain.push(g);
        for (i, (loc, n)) in params.iter().enumerate() {
            if let Some(n) = n
                && let Some(obj) = self.view.obj_at(gfile, n.pos)
            {
                self.vars.insert((inst, obj), *loc);
                if let Some(Some(c)) = consts.get(i) {
                    self.consts.insert((inst, obj), c.clone());
                }
                self.vars_order.push(Site {
                    loc: *loc,
                    file: report.0,
                    pos: report.1,
                    text: n.value.to_string(),
                    expr: None,
                    var: Some(obj),
                    own: false,
                    str_to_bytes: false,
                });
            }
        }
        let mut results = Vec::new();
        let mut ri = 0;
        for field in &typ.results {
            for k in 0..field.names.len().max(1) {
                let mut h = holes.get(ri).copied().unwrap_or(Hole::DISCARD);
                if !self.has_pointers_expr(&field.typ) {
                    h = Hole::DISCARD;
                }
                let h = self.typed(h, self.view.type_of(&field.typ));
                if let Some(name) = field.names.get(k)
                    && let Some(loc) = self.declare(name.pos)
                {
                    self.flow(h, loc);
                }
                results.push(h);
                ri += 1;
            }
        }
        self.results = results;
        self.block(body);
        self.chain.pop();
        (self.file, self.inst, self.report, self.results) = saved;
    }

    /// Literal arguments of an inlined call of `g` whose parameter is
    /// only ever called, by calls gc inlines too: after inlining they are
    /// dead code, never allocated.
    fn mark_dead_literal_args(&mut self, g: FuncId, args: &[Expr], names: &[Option<Name>]) {
        let src = &self.view.funcs.funcs[g];
        let recv = usize::from(src.decl.is_some_and(|d| d.recv.is_some()));
        let mut chain = self.chain.clone();
        chain.push(g);
        for (i, arg) in args.iter().enumerate() {
            if !matches!(arg.unparen().kind, ExprKind::FuncLit(..)) {
                continue;
            }
            let Some(Some(name)) = names.get(i + recv) else {
                continue;
            };
            let Some(obj) = self.view.obj_at(src.file, name.pos) else {
                continue;
            };
            let mut uses = super::capture::CallUses::new(self.view, src.file, obj);
            crate::inline::walk::walk_block(src.body, &mut uses);
            let dead = !uses.only_in_calls.is_empty()
                && uses.only_in_calls.iter().all(|c| {
                    c.is_some_and(|call| self.inlined.contains_key(&(chain.clone(), call)))
                });
            if dead {
                self.dead_exprs
                    .insert(arg.unparen() as *const Expr as usize);
            }
        }
    }

    fn conversion(&mut self, e: &Expr, fun: &Expr, args: &[Expr], h: Hole) {
        let Some(arg) = args.first() else { return };
        let to = self.type_kind(e);
        let from = self.type_kind(arg);
        let text = match (to, from) {
            (Some(Type::Interface(_)), Some(f)) if !matches!(f, Type::Interface(_)) => {
                Some(alloc_text(arg))
            }
            (Some(Type::Slice(_)), Some(Type::Basic(b))) if b.is_string() => {
                Some(format!("({})({})", alloc_text(fun), alloc_text(arg)))
            }
            (Some(Type::Basic(b)), Some(Type::Slice(_))) if b.is_string() => Some(alloc_text(e)),
            // string(rune): a one-rune string.
            (Some(Type::Basic(b)), Some(Type::Basic(f))) if b.is_string() && f.is_integer() => {
                Some(alloc_text(e))
            }
            _ => None,
        };
        match text {
            Some(text) => {
                // gc positions a conversion at its operand.
                let a = self.alloc_at(e, arg.pos, text, h);
                let pointerful = matches!(to, Some(Type::Interface(_)));
                self.expr(
                    arg,
                    if pointerful {
                        Hole::to(a)
                    } else {
                        Hole::DISCARD
                    },
                );
            }
            None => self.expr(arg, h),
        }
    }

    /// Whether `new(T)` or `make([]T, n)` is larger than gc puts on the
    /// stack implicitly (`ir.MaxImplicitStackVarSize`, 64 KiB).
    fn too_large(&self, e: &Expr, args: &[Expr]) -> bool {
        const MAX_IMPLICIT: i64 = 64 << 10;
        let Some(t) = self.view.type_of(e) else {
            return false;
        };
        let world = self.view.world;
        match self.view.under(t) {
            Type::Pointer(el) => world.sizeof(*el) > MAX_IMPLICIT,
            Type::Slice(el) => {
                let n = args.get(1).and_then(|a| self.const_int(a));
                n.is_some_and(|n| n.saturating_mul(world.sizeof(*el)) > MAX_IMPLICIT)
            }
            _ => false,
        }
    }

    fn const_int(&self, a: &Expr) -> Option<i64> {
        self.const_text(a)?.parse().ok()
    }

    /// A builtin call's text, with the parameters of inlined calls that
    /// were given constants replaced by them (as gc prints the copy).
    fn call_text(&self, e: &Expr) -> String {
        let ExprKind::Call { fun, args, .. } = &e.kind else {
            return alloc_text(e);
        };
        let args: Vec<String> = args
            .iter()
            .map(|a| {
                a.as_name()
                    .and_then(|_| self.view.obj_at(self.file, a.pos))
                    .and_then(|o| self.consts.get(&(self.inst, o)).cloned())
                    .unwrap_or_else(|| alloc_text(a))
            })
            .collect();
        format!("{}({})", alloc_text(fun), args.join(", "))
    }

    fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], h: Hole) {
        match b {
            Builtin::Make if matches!(self.type_kind(e), Some(Type::Chan(..))) => {
                // Channels are never on the stack; gc says nothing of them.
                for a in args {
                    self.expr(a, Hole::DISCARD);
                }
            }
            Builtin::New | Builtin::Make => {
                let text = self.call_text(e);
                let a = self.alloc(e, text, h);
                if self.too_large(e, args) {
                    self.g.flow(HEAP, a, -1);
                }
                for a in args {
                    self.expr(a, Hole::DISCARD);
                }
            }
            Builtin::Append => {
                // The new backing store is the slice variable's: it lives
                // at that variable's loop level.
                let depth = args
                    .first()
                    .filter(|s| s.unparen().as_name().is_some())
                    .and_then(|s| self.var_loc(s.unparen().pos))
                    .map_or(self.loop_depth, |l| self.g.locs[l].loop_depth);
                let elem = args
                    .first()
                    .and_then(|s| self.view.type_of(s))
                    .and_then(|t| match self.view.under(t) {
                        Type::Slice(el) => Some(*el),
                        _ => None,
                    });
                // Appended values are evaluated (and boxed) before the
                // backing store is allocated.
                let temps: Vec<LocId> = args
                    .iter()
                    .skip(1)
                    .map(|x| {
                        let t = self.g.add(Role::Temp, self.loop_depth, self.func);
                        let h = self.typed(Hole::to(t), elem);
                        self.expr(x, h);
                        t
                    })
                    .collect();
                let a = self.alloc_in_loop(e, e.pos, "append".to_string(), h, depth);
                if let Some(s) = args.first() {
                    self.expr(s, h);
                    self.expr(s, Hole::to(a).deref());
                }
                for t in temps {
                    self.g.flow(a, t, 0);
                }
            }
            Builtin::Panic => {
                for a in args {
                    let is_iface = self
                        .view
                        .type_of(a)
                        .is_some_and(|t| self.view.is_interface(t));
                    if is_iface {
                        self.expr(a, Hole::to(HEAP));
                    } else {
                        let l = self.alloc(a, alloc_text(a), Hole::to(HEAP));
                        self.expr(a, Hole::to(l));
                    }
                }
            }
            Builtin::Copy => {
                for a in args {
                    self.expr(a, Hole::DISCARD);
                }
            }
            _ => {
                for a in args {
                    self.expr(a, Hole::DISCARD);
                }
            }
        }
    }
}

/// gc's text for an allocation: `&T{...}`, `new(int)`, `make([]int, n)`.
fn alloc_text(e: &Expr) -> String {
    expr_string(e).replace('…', "...")
}

/// Whether values of `t` hold pointers (strings, slices, maps, ... do).
fn has_pointers(view: &PkgView, t: crate::types::ty::TypeId, depth: u32) -> bool {
    if depth > 32 {
        return true;
    }
    match view.under(t) {
        Type::Basic(b) => b.is_string() || *b == crate::types::ty::BasicKind::UnsafePointer,
        Type::Array(n, el) => *n > 0 && has_pointers(view, *el, depth + 1),
        Type::Struct(fields) => fields.iter().any(|f| {
            view.world
                .obj(f.obj)
                .typ
                .is_some_and(|t| has_pointers(view, t, depth + 1))
        }),
        Type::Tuple(_) => false,
        _ => true,
    }
}
