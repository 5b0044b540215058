//! Goroutines and channels: `go` statements, `make(chan T[, n])`, sends,
//! receives (one and two values), `close`, `len`/`cap` of channels,
//! `for range` over a channel and `select`.
//!
//! Channel elements cross the runtime in their memory form (Go's layout,
//! `sizeof(T)` bytes), as Go's chansend/chanrecv take element pointers:
//! values whose slot form differs (narrow integers, bools, float32,
//! complex64) are converted through a frame area with `FrameAddr` and
//! the ordinary memory stores and loads. A received value may be written
//! by another goroutine while this one is parked, so the area is always
//! a frame temporary or the destination's own slots (parked goroutines'
//! stacks do not move).
//!
//! `go f(args)` compiles as the call would (arguments evaluated by the
//! calling goroutine into a call area) with `Go`/`GoClosure` in place of
//! the call: the new goroutine's entry frame gets the argument slots.
//! A select compiles as gc walks it: no cases is `Block`, one case and
//! no default is the plain channel operation, anything else is a case
//! table for the runtime's selectgo (runtime/src/select.rs) and a
//! dispatch on the chosen index.

use goviz_runtime::select::CASE_SLOTS;

use super::*;
use crate::syntax::ast::{CommClause, SelectStmt};

/// A channel operation of a select case.
enum Comm<'a> {
    Send {
        ch: &'a Expr,
        val: &'a Expr,
    },
    /// A receive, with what the case assigns (`v`, `v, ok`) and whether
    /// it defines them.
    Recv {
        ch: &'a Expr,
        lhs: &'a [Expr],
        define: bool,
    },
}

/// The operand of a receive expression `<-x` (parentheses allowed).
pub(super) fn recv_operand(e: &Expr) -> Option<&Expr> {
    match &e.unparen().kind {
        ExprKind::Operation(Operator::Recv, x, None) => Some(x),
        _ => None,
    }
}

/// Whether a value of representation `r` has the same bytes in a frame
/// slot as in memory (so a channel can read or write the slots).
fn slot_is_mem_form(r: Repr) -> bool {
    match r {
        Repr::Int { bits, .. } => bits == 64,
        Repr::F32 | Repr::Bool | Repr::C64 => false,
        Repr::F64
        | Repr::Ptr
        | Repr::Str
        | Repr::Slice
        | Repr::C128
        | Repr::Mem { .. }
        | Repr::Iface(_) => true,
    }
}

/// Frame slots holding an element's memory form.
fn mem_slots(r: Repr) -> u16 {
    (r.mem_size().div_ceil(8) as u16).max(1)
}

impl FuncGen {
    /// The element type of channel type `t`.
    pub(super) fn chan_elem(&self, cx: &Ctx, t: TypeId) -> Option<TypeId> {
        match cx.world.types.get(cx.world.types.under(t)) {
            Type::Chan(_, e) => Some(*e),
            _ => None,
        }
    }

    /// Whether `e` is a channel.
    pub(super) fn is_chan(&self, cx: &Ctx, e: &Expr) -> bool {
        self.type_of(cx, e)
            .is_ok_and(|t| self.chan_elem(cx, t).is_some())
    }

    /// The representation of the elements of channel `ch`.
    fn elem_repr(&self, cx: &Ctx, ch: &Expr) -> Result<Repr> {
        let t = self.type_of(cx, ch)?;
        let elem = self.chan_elem(cx, t).expect("a channel");
        self.repr_of_type(cx, elem, ch.pos)
    }

    /// dst = make(chan T[, n]).
    pub(super) fn make_chan(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        args: &[Expr],
        dst: u16,
    ) -> Result<()> {
        let elem = self
            .chan_elem(cx, self.type_of(cx, e)?)
            .expect("make of a channel");
        if cx.world.sizeof(elem) >= 1 << 16 {
            return cx.unsupported(self.file, e.pos, "channels of elements this large are");
        }
        let size = self.alloc(1);
        match args.get(1) {
            Some(n) => self.value_to(cx, n, size, self.repr(cx, n)?)?,
            None => {
                self.emit(Op::Const, size, 0, 0, 0);
            }
        }
        self.at(cx, e.pos);
        let ct = cx.type_desc(self.type_of(cx, e)?, (self.file, e.pos))?;
        self.emit(Op::MakeChan, dst, size, 0, ct as i64);
        self.free_to(size);
        Ok(())
    }

    /// dst = len(ch) or cap(ch).
    pub(super) fn chan_len(&mut self, cx: &mut Ctx, ch: &Expr, cap: bool, dst: u16) -> Result<()> {
        let c = self.expr(cx, ch, Repr::Ptr)?;
        let op = if cap { Op::ChanCap } else { Op::ChanLen };
        self.emit(op, dst, c, 0, 0);
        Ok(())
    }

    /// close(ch).
    pub(super) fn close_chan(&mut self, cx: &mut Ctx, e: &Expr, ch: &Expr) -> Result<()> {
        let c = self.expr(cx, ch, Repr::Ptr)?;
        self.at(cx, e.pos);
        self.emit(Op::ChanClose, c, 0, 0, 0);
        Ok(())
    }

    /// A slot holding the memory form of the value (representation `r`)
    /// in slots `t`: `t` itself when the forms agree.
    fn elem_in_mem_form(&mut self, t: u16, r: Repr) -> u16 {
        if slot_is_mem_form(r) {
            return t;
        }
        let m = self.alloc(mem_slots(r));
        let p = self.alloc(1);
        self.emit(Op::FrameAddr, p, 0, 0, m as i64 * 8);
        self.store_mem(p, 0, t, r);
        m
    }

    /// dst = the value whose memory form is in slots `m`.
    fn elem_from_mem_form(&mut self, m: u16, dst: u16, r: Repr) {
        if slot_is_mem_form(r) {
            self.copy(dst, m, r);
            return;
        }
        let p = self.alloc(1);
        self.emit(Op::FrameAddr, p, 0, 0, m as i64 * 8);
        self.load_mem(dst, p, 0, r);
        self.free_to(p);
    }

    /// ch <- v (the channel is evaluated before the value, as in Go).
    pub(super) fn send_stmt(&mut self, cx: &mut Ctx, pos: Pos, ch: &Expr, v: &Expr) -> Result<()> {
        let mark = self.next;
        let (c, m) = self.send_operands(cx, ch, v)?;
        self.at(cx, pos);
        self.emit(Op::ChanSend, c, m, 0, 0);
        self.free_to(mark);
        Ok(())
    }

    /// The slots of a send's channel and of its value in memory form.
    fn send_operands(&mut self, cx: &mut Ctx, ch: &Expr, v: &Expr) -> Result<(u16, u16)> {
        let c = self.alloc(1);
        self.value_to(cx, ch, c, Repr::Ptr)?;
        let er = self.elem_repr(cx, ch)?;
        let t = self.alloc(er.slots());
        self.value_to(cx, v, t, er)?;
        Ok((c, self.elem_in_mem_form(t, er)))
    }

    /// Receives from `ch` (in receive expression `e`): the value into
    /// `dst` (None: dropped) and ok into slot `ok` (None: dropped).
    fn recv(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        ch: &Expr,
        dst: Option<u16>,
        ok: Option<u16>,
    ) -> Result<()> {
        let mark = self.next;
        let c = self.expr(cx, ch, Repr::Ptr)?;
        let er = self.elem_repr(cx, ch)?;
        let m = match dst {
            Some(d) if slot_is_mem_form(er) => d,
            _ => self.alloc(mem_slots(er)),
        };
        let okslot = ok.unwrap_or_else(|| self.alloc(1));
        self.at(cx, e.pos);
        self.emit(Op::ChanRecv, c, m, okslot, 0);
        if let Some(d) = dst {
            self.elem_from_mem_form(m, d, er);
        }
        self.free_to(mark);
        Ok(())
    }

    /// dst = <-ch (the receive expression `e`).
    pub(super) fn recv_expr(&mut self, cx: &mut Ctx, e: &Expr, ch: &Expr, dst: u16) -> Result<()> {
        self.recv(cx, e, ch, Some(dst), None)
    }

    /// `<-ch` as a statement.
    pub(super) fn recv_stmt(&mut self, cx: &mut Ctx, e: &Expr, ch: &Expr) -> Result<()> {
        self.recv(cx, e, ch, None, None)
    }

    /// `v, ok = <-ch` into `dsts` (slot, repr; None repr: blank), when
    /// `e` is a receive. Returns whether it was one.
    pub(super) fn recv_comma_ok(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        dsts: &[(u16, Option<Repr>)],
    ) -> Result<bool> {
        let Some(ch) = recv_operand(e) else {
            return Ok(false);
        };
        let slot = |i: usize| dsts.get(i).and_then(|&(s, r)| r.map(|_| s));
        self.recv(cx, e.unparen(), ch, slot(0), slot(1))?;
        Ok(true)
    }

    /// Emits the `go` form of a call whose call area is at `base` with
    /// `nargs` argument slots (called by `call` for a `go` statement).
    pub(super) fn emit_go(&mut self, callee: Callee, closure: Option<u16>, base: u16, nargs: u16) {
        match (callee, closure) {
            (Callee::Static(idx) | Callee::Method { idx, .. }, _) => {
                self.emit(Op::Go, base, nargs, 0, idx as i64);
            }
            (Callee::Value | Callee::Iface { .. }, Some(c)) => {
                self.emit(Op::GoClosure, base, c, nargs, 0);
            }
            (Callee::Value | Callee::Iface { .. }, None) => {
                unreachable!("call evaluates func values")
            }
        }
    }

    /// `go call`: the arguments are evaluated here, by the calling
    /// goroutine; the new goroutine runs the callee.
    pub(super) fn go_stmt(&mut self, cx: &mut Ctx, pos: Pos, call: &Expr) -> Result<()> {
        let ExprKind::Call { fun, .. } = &call.unparen().kind else {
            return cx.unsupported(self.file, pos, "this go statement is");
        };
        if self.builtin(cx, fun).is_some() {
            return cx.unsupported(self.file, pos, "go statements of builtins are");
        }
        let mark = self.next;
        self.go_next = Some(pos);
        self.call(cx, call)?;
        self.free_to(mark);
        Ok(())
    }

    /// `for k := range ch`: receives until the channel is closed and
    /// drained.
    pub(super) fn range_chan(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        r: &RangeStmt,
        label: Option<Box<str>>,
    ) -> Result<()> {
        let mark = self.next;
        let c = self.alloc(1);
        self.value_to(cx, &r.x, c, Repr::Ptr)?;
        let er = self.elem_repr(cx, &r.x)?;
        let m = self.alloc(mem_slots(er));
        let ok = self.alloc(1);
        let top = self.code.len();
        self.at(cx, pos);
        self.emit(Op::ChanRecv, c, m, ok, 0);
        let to_end = self.emit(Op::JmpIfNot, ok, 0, 0, 0);
        if let Some(k) = r.lhs.first() {
            let d = self.target(cx, k, r.define)?;
            if d.repr.is_some() {
                let (tmp, _) = self.place_temp(&d);
                self.elem_from_mem_form(m, tmp, er);
                self.finish_target(&d, tmp);
            }
        }
        self.loop_body(cx, label, &r.body, top)?;
        self.patch_here(to_end);
        self.free_to(mark);
        Ok(())
    }

    /// A loop's body under its break/continue target, then the back edge
    /// to `top`; breaks land after it.
    fn loop_body(
        &mut self,
        cx: &mut Ctx,
        label: Option<Box<str>>,
        body: &Block,
        top: usize,
    ) -> Result<()> {
        self.targets.push(Target {
            label,
            is_loop: true,
            breaks: vec![],
            continues: vec![],
        });
        self.block(cx, body)?;
        let t = self.targets.pop().expect("pushed above");
        for j in t.continues {
            self.patch(j, top);
        }
        self.jump_to(top);
        self.patch_all_here(t.breaks);
        Ok(())
    }

    /// A select statement.
    pub(super) fn select_stmt(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        s: &SelectStmt,
        label: Option<Box<str>>,
    ) -> Result<()> {
        let comms: Vec<_> = s.clauses.iter().filter(|c| c.comm.is_some()).collect();
        let has_default = comms.len() < s.clauses.len();
        if s.clauses.is_empty() {
            self.at(cx, pos);
            self.emit(Op::Block, 0, 0, 0, 0);
            return Ok(());
        }
        self.targets.push(Target {
            label,
            is_loop: false,
            breaks: vec![],
            continues: vec![],
        });
        let mark = self.next;
        if comms.is_empty() || (comms.len() == 1 && !has_default) {
            // gc: the default alone, or the one operation.
            let clause = &s.clauses[0];
            if let Some(comm) = &clause.comm {
                self.stmt(cx, comm)?;
            }
            self.stmts(cx, &clause.body)?;
        } else {
            self.selectgo(cx, pos, s, comms.len() as u16, has_default)?;
        }
        self.free_to(mark);
        let t = self.targets.pop().expect("pushed above");
        self.patch_all_here(t.breaks);
        Ok(())
    }

    /// A select through the runtime: the case table, `Select`, then the
    /// chosen clause.
    fn selectgo(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        s: &SelectStmt,
        ncases: u16,
        has_default: bool,
    ) -> Result<()> {
        let table = self.alloc(2 + ncases * CASE_SLOTS);
        // Channels and sent values, in source order, before selecting.
        let mut elems = Vec::new();
        let comms = s.clauses.iter().filter_map(|c| c.comm.as_ref());
        for (i, comm) in comms.enumerate() {
            let at = table + 2 + i as u16 * CASE_SLOTS;
            let (c, recv, m, ok) = match self.comm(cx, comm)? {
                Comm::Send { ch, val } => {
                    let (c, m) = self.send_operands(cx, ch, val)?;
                    (c, false, m, m)
                }
                Comm::Recv { ch, .. } => {
                    let c = self.expr(cx, ch, Repr::Ptr)?;
                    let er = self.elem_repr(cx, ch)?;
                    let m = self.alloc(mem_slots(er));
                    (c, true, m, self.alloc(1))
                }
            };
            self.emit(Op::Mov, at, c, 0, 0);
            self.emit(Op::Const, at + 1, 0, 0, recv as i64);
            self.emit(Op::Const, at + 2, 0, 0, m as i64);
            self.emit(Op::Const, at + 3, 0, 0, ok as i64);
            elems.push((m, ok));
        }
        self.emit(Op::Const, table, 0, 0, ncases as i64);
        self.emit(Op::Const, table + 1, 0, 0, !has_default as i64);
        let chosen = self.alloc(1);
        self.at(cx, pos);
        self.emit(Op::Select, table, chosen, 0, 0);
        let mut ends = Vec::new();
        let mut i = 0;
        for clause in &s.clauses {
            let index = match clause.comm {
                Some(_) => i,
                None => -1,
            };
            let skip = self.emit(Op::JNeK, chosen, index as i16 as u16, 0, 0);
            if clause.comm.is_some() {
                let (m, ok) = elems[i as usize];
                self.select_clause(cx, clause, m, ok)?;
                i += 1;
            } else {
                self.stmts(cx, &clause.body)?;
            }
            ends.push(self.emit(Op::Jmp, 0, 0, 0, 0));
            self.patch_here(skip);
        }
        self.patch_all_here(ends);
        Ok(())
    }

    /// The body of a chosen select clause, after a receive case's
    /// assignments from its element slots `m` and ok slot `ok`.
    fn select_clause(&mut self, cx: &mut Ctx, clause: &CommClause, m: u16, ok: u16) -> Result<()> {
        let mark = self.next;
        let comm = clause.comm.as_ref().expect("a communication clause");
        if let Comm::Recv { ch, lhs, define } = self.comm(cx, comm)? {
            let er = self.elem_repr(cx, ch)?;
            if let Some(v) = lhs.first() {
                let d = self.target(cx, v, define)?;
                if d.repr.is_some() {
                    let (tmp, _) = self.place_temp(&d);
                    self.elem_from_mem_form(m, tmp, er);
                    self.finish_target(&d, tmp);
                }
            }
            if let Some(o) = lhs.get(1) {
                let d = self.target(cx, o, define)?;
                if let Some(r) = d.repr {
                    let s = d.slot_or(ok);
                    self.copy(s, ok, r);
                    self.finish_target(&d, s);
                }
            }
        }
        self.stmts(cx, &clause.body)?;
        self.free_to(mark);
        Ok(())
    }

    /// The channel operation of a select case's statement.
    fn comm<'a>(&self, cx: &Ctx, s: &'a Stmt) -> Result<Comm<'a>> {
        let recv = |ch, lhs, define| Ok(Comm::Recv { ch, lhs, define });
        match &s.kind {
            StmtKind::Send(ch, val) => Ok(Comm::Send { ch, val }),
            StmtKind::Expr(e) if recv_operand(e).is_some() => {
                recv(recv_operand(e).expect("checked"), &[], false)
            }
            StmtKind::Assign(op, lhs, rhs)
                if rhs.len() == 1
                    && recv_operand(&rhs[0]).is_some()
                    && matches!(op, AssignOp::Assign | AssignOp::Define) =>
            {
                let ch = recv_operand(&rhs[0]).expect("checked");
                recv(ch, lhs, *op == AssignOp::Define)
            }
            _ => cx.unsupported(self.file, s.pos, "this select case is"),
        }
    }
}
