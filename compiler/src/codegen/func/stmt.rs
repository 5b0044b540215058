//! Statements: blocks, declarations, assignments, control flow (if,
//! for with its fused back-edge, range over integers, strings, slices,
//! arrays, switch, break/continue/goto) and returns.

use super::*;

impl FuncGen {
    pub(super) fn block(&mut self, cx: &mut Ctx, b: &Block) -> Result<()> {
        let mark = self.next;
        for s in &b.stmts {
            self.stmt(cx, s)?;
        }
        self.free_to(mark);
        Ok(())
    }

    pub(super) fn stmts(&mut self, cx: &mut Ctx, list: &[Stmt]) -> Result<()> {
        let mark = self.next;
        for s in list {
            self.stmt(cx, s)?;
        }
        self.free_to(mark);
        Ok(())
    }

    pub(super) fn stmt(&mut self, cx: &mut Ctx, s: &Stmt) -> Result<()> {
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
            StmtKind::Switch(sw) => self.switch_stmt(cx, sw, label),
            StmtKind::Branch(tok, l) => self.branch(cx, s.pos, *tok, l.as_ref().map(|n| &*n.value)),
            StmtKind::Send(ch, v) => self.send_stmt(cx, s.pos, ch, v),
            StmtKind::Call(Token::Go, call) => self.go_stmt(cx, s.pos, call),
            StmtKind::Call(_, call) => self.defer_stmt(cx, s.pos, call),
            StmtKind::Select(sel) => self.select_stmt(cx, s.pos, sel, label),
        }
    }

    pub(super) fn expr_stmt(&mut self, cx: &mut Ctx, e: &Expr) -> Result<()> {
        let mark = self.next;
        if let Some(ch) = chan::recv_operand(e) {
            return self.recv_stmt(cx, e.unparen(), ch);
        }
        let ExprKind::Call { fun, args, .. } = &e.unparen().kind else {
            return cx.unsupported(self.file, e.pos, "this expression statement is");
        };
        if let Some(b) = self.builtin(cx, fun) {
            match b {
                Builtin::Print | Builtin::Println => {
                    self.print(cx, e, args, b == Builtin::Println)?
                }
                Builtin::Copy => self.copy_builtin(cx, e, args, None)?,
                Builtin::Delete => self.map_delete(cx, e, args)?,
                Builtin::Clear if self.is_map(cx, &args[0])? => self.map_clear(cx, &args[0])?,
                Builtin::Panic => self.panic_call(cx, e, &args[0])?,
                Builtin::Recover => {
                    let t = self.alloc(2);
                    self.emit(Op::Recover, t, 0, 0, 0);
                }
                Builtin::Close => self.close_chan(cx, e, &args[0])?,
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

    pub(super) fn local_decls(&mut self, cx: &mut Ctx, decls: &[Decl]) -> Result<()> {
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
    pub(super) fn new_local(&mut self, cx: &Ctx, pos: Pos) -> Result<(Place, Repr)> {
        let o = cx.info.defs.get(&cx.gpos(self.file, pos)).copied();
        let t = match o {
            Some(o) => self.obj_type(cx, o),
            None => return cx.unsupported(self.file, pos, "this declaration is"),
        };
        let Some(r) = repr_of(cx.world, t) else {
            return cx.unsupported(self.file, pos, "variables of this type are");
        };
        let o = o.expect("checked above");
        Ok((self.bind_var(o, r), r))
    }

    pub(super) fn zero(&mut self, slot: u16, r: Repr) {
        for i in 0..r.slots() {
            self.emit(Op::Const, slot + i, 0, 0, 0);
        }
    }

    pub(super) fn inc_dec(&mut self, cx: &mut Ctx, x: &Expr, op: Operator) -> Result<()> {
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

    pub(super) fn assign(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        op: AssignOp,
        lhs: &[Expr],
        rhs: &[Expr],
    ) -> Result<()> {
        if let AssignOp::Op(bop) = op {
            if self.is_map_index(cx, &lhs[0])? {
                return self.map_op_assign(cx, pos, bop, &lhs[0], &rhs[0]);
            }
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

    pub(super) fn assign_one(&mut self, cx: &mut Ctx, p: &Dest, rhs: &Expr) -> Result<()> {
        let Some(r) = p.repr else {
            // `_ = x`: evaluate for effects.
            let want = self.repr(cx, rhs)?;
            let t = self.alloc(want.slots());
            return self.value_to(cx, rhs, t, want);
        };
        match p.place {
            Place::Local(s) => self.value_to(cx, rhs, s, r),
            _ => {
                // A local (or a call's result) is stored from its own slots.
                let t = self.expr(cx, rhs, r)?;
                self.store_place(p.place, t, r);
                Ok(())
            }
        }
    }

    /// Runs the call `e` and moves its results into `dsts` (slot, repr);
    /// a blank destination has repr None... represented by slot u16::MAX.
    pub(super) fn assign_call_results(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        dsts: &[(u16, Option<Repr>)],
    ) -> Result<()> {
        if self.recv_comma_ok(cx, e, dsts)? {
            return Ok(());
        }
        if let ExprKind::Assert(x, t) = &e.unparen().kind {
            let vr = self.repr_of_type(cx, self.type_of(cx, t)?, e.pos)?;
            return self.comma_ok(cx, dsts, vr, |g, cx, v, ok| {
                g.assert(cx, e.unparen(), x, t, v, Some(ok))
            });
        }
        if let ExprKind::Index(m, k) = &e.unparen().kind
            && self.is_map(cx, m)?
        {
            let (_, vt) = self.map_kv(cx, self.type_of(cx, m)?).expect("a map");
            let vr = self.repr_of_type(cx, vt, e.pos)?;
            return self.comma_ok(cx, dsts, vr, |g, cx, v, ok| {
                g.map_comma_ok(cx, m, &k[0], v, ok)
            });
        }
        let (base, results) = self.call(cx, e)?;
        for ((s, r), (rs, _)) in dsts.iter().zip(&results) {
            if let Some(r) = r {
                self.copy(*s, *rs, *r);
            }
        }
        self.free_to(base);
        Ok(())
    }

    /// A comma-ok form (`v, ok := x.(T)`, `m[k]`, `<-c`): `produce`
    /// writes the value and the flag into temporaries, which go to
    /// `dsts` (blank ones dropped).
    pub(super) fn comma_ok(
        &mut self,
        cx: &mut Ctx,
        dsts: &[(u16, Option<Repr>)],
        value: Repr,
        produce: impl FnOnce(&mut Self, &mut Ctx, u16, u16) -> Result<()>,
    ) -> Result<()> {
        let (vr, okr) = (dsts[0].1, dsts[1].1);
        let mark = self.next;
        let v = self.alloc(value.slots());
        let ok = self.alloc(1);
        produce(self, cx, v, ok)?;
        if vr.is_some() {
            self.copy(dsts[0].0, v, value);
        }
        if okr.is_some() {
            self.copy(dsts[1].0, ok, Repr::Bool);
        }
        self.free_to(mark);
        Ok(())
    }

    pub(super) fn target(&mut self, cx: &mut Ctx, l: &Expr, define: bool) -> Result<Dest> {
        if l.as_name() == Some("_") {
            return Ok(Dest {
                place: Place::Local(u16::MAX),
                repr: None,
            });
        }
        if define && let Some(&o) = cx.info.defs.get(&cx.gpos(self.file, l.pos)) {
            let t = self.obj_type(cx, o);
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

    pub(super) fn place_temp(&mut self, p: &Dest) -> (u16, Option<Repr>) {
        match (p.place, p.repr) {
            (Place::Local(s), Some(r)) => (s, Some(r)),
            (_, Some(r)) => (self.alloc(r.slots()), Some(r)),
            (_, None) => (u16::MAX, None),
        }
    }

    pub(super) fn finish_target(&mut self, p: &Dest, from: u16) {
        if let (false, Some(r)) = (matches!(p.place, Place::Local(_)), p.repr) {
            self.store_place(p.place, from, r);
        }
    }

    pub(super) fn ret(&mut self, cx: &mut Ctx, pos: Pos, vals: &[Expr]) -> Result<()> {
        let mark = self.next;
        let results = self.results.clone();
        if !self.heap_results.is_empty() && !vals.is_empty() {
            // Some results live in heap cells: values go through
            // temporaries into each result's place.
            let tmps: Vec<(u16, Option<Repr>)> = results
                .iter()
                .map(|&(_, r)| (self.alloc(r.slots()), Some(r)))
                .collect();
            if vals.len() == 1 && results.len() > 1 {
                self.assign_call_results(cx, &vals[0], &tmps)?;
            } else {
                for (v, &(t, r)) in vals.iter().zip(&tmps) {
                    self.value_to(cx, v, t, r.expect("set above"))?;
                }
            }
            for (&(slot, r), &(t, _)) in results.iter().zip(&tmps) {
                let place = match self.heap_results.iter().find(|h| h.1 == slot) {
                    Some(&(cell, _, _)) => Place::Mem { ptr: cell, off: 0 },
                    None => Place::Local(slot),
                };
                self.store_place(place, t, r);
            }
        } else if vals.len() == 1 && results.len() > 1 {
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
        self.exit();
        self.free_to(mark);
        Ok(())
    }

    pub(super) fn if_stmt(&mut self, cx: &mut Ctx, s: &IfStmt) -> Result<()> {
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

    pub(super) fn for_stmt(
        &mut self,
        cx: &mut Ctx,
        f: &ForStmt,
        label: Option<Box<str>>,
    ) -> Result<()> {
        let mark = self.next;
        let before: HashSet<ObjId> = self.vars.keys().copied().collect();
        if let Some(init) = &f.init {
            self.stmt(cx, init)?;
        }
        let per_iteration = self.heap_vars_since(&before);
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
        self.fresh_iteration_cells(&per_iteration);
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

    /// For `i < n; i++` over a signed 64-bit local `i` and an `n` that
    /// is a constant (evaluated once) or read in place (a local in frame
    /// slots, or len/cap of one: the fused test reads it afresh), the
    /// slots of `i` and `n`.
    pub(super) fn fusable_loop(&mut self, cx: &mut Ctx, f: &ForStmt) -> Result<Option<(u16, u16)>> {
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
        // A bound read in place (a local, or len/cap of one) is read
        // again by every test, as the condition would be.
        let int = Repr::Int {
            bits: 64,
            signed: true,
        };
        let y = y.unparen();
        if let Some(n) = self
            .frame_var(cx, y)
            .and_then(|(n, r)| (r == int).then_some(n))
            .or_else(|| self.len_cap_in_place(cx, y, int))
        {
            return Ok(Some((i, n)));
        }
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

    pub(super) fn range_stmt(
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
        if self.map_kv(cx, xt).is_some() {
            return self.range_map(cx, pos, r, label);
        }
        let w = cx.world;
        let seq = match w.types.get(w.types.under(xt)) {
            Type::Basic(_) if self.repr(cx, &r.x)? == Repr::Str => Seq::Str,
            Type::Basic(_) => Seq::Int(self.repr(cx, &r.x)?),
            Type::Slice(e) => Seq::Slice(*e),
            Type::Chan(..) => return self.range_chan(cx, pos, r, label),
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
                    let bytes = self.alloc(1);
                    self.emit(Op::MulIK, bytes, i, 0, esize as i64);
                    (
                        Place::FrameIdx {
                            off: b as u32 * 8,
                            bytes,
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

    pub(super) fn switch_stmt(
        &mut self,
        cx: &mut Ctx,
        s: &SwitchStmt,
        label: Option<Box<str>>,
    ) -> Result<()> {
        let mark = self.next;
        if let Some(init) = &s.init {
            self.stmt(cx, init)?;
        }
        let tag = match &s.tag {
            Some(Expr {
                kind: ExprKind::TypeSwitchGuard(bind, x),
                ..
            }) => {
                self.type_switch(cx, s, bind.as_ref(), x, label)?;
                self.free_to(mark);
                return Ok(());
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

    pub(super) fn branch(
        &mut self,
        cx: &Ctx,
        pos: Pos,
        tok: Token,
        label: Option<&str>,
    ) -> Result<()> {
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
}
