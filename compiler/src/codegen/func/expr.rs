//! Expressions: constants, names, operators (integers, floats, complex,
//! strings, comparisons of aggregates), conversions, conditions as fused
//! compare-and-branch, composite literals and addresses.

use super::*;

impl FuncGen {
    pub(super) fn type_of(&self, cx: &Ctx, e: &Expr) -> Result<TypeId> {
        match cx.info.types.get(&(e as *const Expr as usize)) {
            Some(&(t, _)) => Ok(self.subst(cx, t)),
            None => cx.unsupported(self.file, e.pos, "this expression is"),
        }
    }

    pub(super) fn const_value<'c>(&self, cx: &'c Ctx, e: &Expr) -> Option<&'c Value> {
        cx.info
            .types
            .get(&(e as *const Expr as usize))
            .and_then(|(_, v)| v.as_ref())
    }

    /// The representation of `e`'s type.
    pub(super) fn repr(&self, cx: &Ctx, e: &Expr) -> Result<Repr> {
        let t = self.type_of(cx, e)?;
        match repr_of(cx.world, t) {
            Some(r) => Ok(r),
            None => cx.unsupported(self.file, e.pos, "values of this type are"),
        }
    }

    /// The representation of type `t`, or an unsupported error at `pos`.
    pub(super) fn repr_of_type(&self, cx: &Ctx, t: TypeId, pos: Pos) -> Result<Repr> {
        match repr_of(cx.world, t) {
            Some(r) => Ok(r),
            None => cx.unsupported(self.file, pos, "values of this type are"),
        }
    }

    /// The representation an operand of `op` takes when the other operand
    /// has representation `other` (shift counts keep their own).
    pub(super) fn operand_repr(&self, cx: &Ctx, e: &Expr, other: Repr, op: Operator) -> Repr {
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
    pub(super) fn expr(&mut self, cx: &mut Ctx, e: &Expr, want: Repr) -> Result<u16> {
        let u = e.unparen();
        if let Some((slot, r)) = self.frame_var(cx, u)
            && r == want
        {
            return Ok(slot);
        }
        if let Some(slot) = self.len_cap_in_place(cx, u, want) {
            return Ok(slot);
        }
        // A call's result stays in its call area (freed with the
        // caller's temporaries).
        if let ExprKind::Call { fun, .. } = &u.kind
            && self.const_value(cx, u).is_none()
            && !is_type_expr(cx, fun)
            && self.builtin(cx, fun).is_none()
            && self.repr(cx, u)? == want
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
    pub(crate) fn value_to(&mut self, cx: &mut Ctx, e: &Expr, dst: u16, want: Repr) -> Result<()> {
        if let Repr::Iface(it) = want
            && self.repr(cx, e)? != want
        {
            return self.convert_to_iface(cx, e, it, dst);
        }
        if let Some(v) = self.const_value(cx, e) {
            let v = v.clone();
            return self.constant(cx, e.pos, &v, dst, want);
        }
        match &e.kind {
            ExprKind::Paren(x) => self.value_to(cx, x, dst, want),
            ExprKind::Name(_) => self.name(cx, e, dst),
            ExprKind::Selector(b, sel) if self.method_value(cx, e, b, sel, dst)? => Ok(()),
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
            ExprKind::CompositeLit { .. } if self.is_map(cx, e)? => self.map_literal(cx, e, dst),
            ExprKind::CompositeLit { .. } if self.repr(cx, e)? == Repr::Slice => {
                self.slice_literal(cx, e, dst)
            }
            ExprKind::CompositeLit { .. } if self.repr(cx, e)? == Repr::Ptr => {
                // An element `{...}` of a `[]*T{...}` literal: `&T{...}`
                // with the type elided (the checker records *T).
                let t = self.literal_type(cx, e)?;
                self.emit(Op::New, dst, 0, 0, cx.world.sizeof(t).max(0));
                self.composite(cx, e, Into::Ptr(dst))
            }
            ExprKind::CompositeLit { .. } => {
                let r = self.repr(cx, e)?;
                self.zero(dst, r);
                self.composite(cx, e, Into::Slots(dst))
            }
            ExprKind::Operation(op, x, Some(y)) => self.binary(cx, e, *op, x, y, dst),
            ExprKind::Operation(Operator::Recv, x, None) => self.recv_expr(cx, e, x, dst),
            ExprKind::Operation(op, x, None) => self.unary(cx, e, *op, x, dst),
            ExprKind::Call {
                fun,
                args,
                has_dots,
            } => self.call_expr(cx, e, fun, args, has_dots, dst),
            ExprKind::Slice { x, index, full } => self.slice_expr(cx, e, x, index, *full, dst),
            ExprKind::Assert(x, t) => self.assert(cx, e, x, t, dst, None),
            ExprKind::Index(..)
                if !std::ptr::eq(call::strip_instantiation(cx, self.file, e), e) =>
            {
                self.value_to(cx, call::strip_instantiation(cx, self.file, e), dst, want)
            }
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
    pub(super) fn address_of(&mut self, cx: &mut Ctx, e: &Expr, x: &Expr, dst: u16) -> Result<()> {
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

    /// The type composite literal `e` builds: its own, or T when the
    /// checker recorded *T for an elided `&T`.
    fn literal_type(&self, cx: &Ctx, e: &Expr) -> Result<TypeId> {
        let t = self.type_of(cx, e)?;
        let w = cx.world;
        Ok(match w.types.get(w.types.under(t)) {
            Type::Pointer(base) => *base,
            _ => t,
        })
    }

    /// Writes the elements of composite literal `e` into a zeroed value:
    /// frame slots, or the heap object a slot points to.
    pub(super) fn composite(&mut self, cx: &mut Ctx, e: &Expr, into: Into) -> Result<()> {
        let ExprKind::CompositeLit { elems, .. } = &e.kind else {
            unreachable!("called on composite literals")
        };
        let t = self.literal_type(cx, e)?;
        let Some(parts) = crate::codegen::literal_parts(cx, t, elems) else {
            return cx.unsupported(self.file, e.pos, "composite literals of this type are");
        };
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

    pub(super) fn constant(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        v: &Value,
        dst: u16,
        want: Repr,
    ) -> Result<()> {
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
            Repr::Ptr | Repr::Slice | Repr::Mem { .. } | Repr::Iface(_) => {
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

    pub(super) fn name(&mut self, cx: &mut Ctx, e: &Expr, dst: u16) -> Result<()> {
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
            ObjKind::Func { .. } => match cx.func_of(o, &self.targs_at(cx, e.pos)) {
                Some((idx, _)) => {
                    self.emit(Op::FuncVal, dst, 0, 0, idx as i64);
                    Ok(())
                }
                None => cx.unsupported(self.file, e.pos, "this function value is"),
            },
            _ => cx.unsupported(self.file, e.pos, "this name is"),
        }
    }

    pub(super) fn binary(
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
    pub(super) fn binary_op(
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
    pub(super) fn int_const(&self, cx: &Ctx, e: &Expr, r: Repr) -> Option<i64> {
        let v = self.const_value(cx, e)?;
        match r {
            Repr::Int { signed: true, .. } => Some(v.int64_val().0),
            Repr::Int { signed: false, .. } => i64::try_from(v.uint64_val().0).ok(),
            _ => None,
        }
    }

    /// dst = a op k with an immediate form, if `op` has one for `k`;
    /// returns whether it emitted.
    pub(super) fn binary_op_k(&mut self, op: Operator, dst: u16, a: u16, k: i64, r: Repr) -> bool {
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
            // Unsigned division and remainder by a power of two: a shift
            // and a mask, as gc compiles them.
            Div if !signed && k > 0 && (k as u64).is_power_of_two() => {
                (Op::ShrUK, k.trailing_zeros() as i64)
            }
            Rem if !signed && k > 0 && (k as u64).is_power_of_two() => (Op::AndK, k - 1),
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
    /// The cheap conditions come first (scalars, string lengths,
    /// interface type words), then string contents and interface values
    /// in field order, all short-circuited, as gc's inline comparisons
    /// order them (its generated `type:.eq` functions for large structs
    /// compare interfaces earlier: there an uncomparable dynamic value
    /// can panic where goviz finds a difference first).
    pub(super) fn equal_mem(
        &mut self,
        cx: &Ctx,
        pos: Pos,
        t: TypeId,
        a: u16,
        b: u16,
        dst: u16,
    ) -> Result<()> {
        let mut leaves = Vec::new();
        if !comparable_leaves(cx, t, 0, &mut leaves) || leaves.len() > 256 {
            return cx.unsupported(self.file, pos, "comparing these values is");
        }
        let word = Repr::Int {
            bits: 64,
            signed: false,
        };
        let cheap = leaves.iter().map(|&(off, r)| match r {
            Repr::Str => (off + 8, word),
            Repr::Iface(_) => (off, word),
            r => (off, r),
        });
        let costly = leaves
            .iter()
            .copied()
            .filter(|(_, r)| matches!(r, Repr::Str | Repr::Iface(_)));
        let conds: Vec<(u32, Repr)> = cheap.chain(costly).collect();
        let mark = self.next;
        let pa = self.alloc(2);
        self.emit(Op::Const, dst, 0, 0, 1);
        let mut to_end = Vec::new();
        for (off, r) in conds {
            let m = self.next;
            let (x, y) = (self.alloc(r.slots()), self.alloc(r.slots()));
            // Frame addresses, taken right before the loads (no call).
            self.emit(Op::FrameAddr, pa, 0, 0, a as i64 * 8);
            self.emit(Op::FrameAddr, pa + 1, 0, 0, b as i64 * 8);
            self.load_mem(x, pa, off, r);
            self.load_mem(y, pa + 1, off, r);
            self.compare(cx, pos, Operator::Eql, dst, x, y, r)?;
            to_end.push(self.emit(Op::JEqK, dst, 0, 0, 0));
            self.free_to(m);
        }
        self.patch_all_here(to_end);
        self.free_to(mark);
        Ok(())
    }

    /// dst = a op b for comparison operators.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn compare(
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
            Repr::Iface(t) => {
                let o = if iface::is_empty_iface(cx, t) {
                    Op::EqEface
                } else {
                    Op::EqIface
                };
                self.emit(o, dst, a, b, 0);
                match op {
                    Eql => {}
                    Neq => {
                        self.emit(Op::Not, dst, dst, 0, 0);
                    }
                    _ => return cx.unsupported(self.file, pos, "this comparison is"),
                }
                return Ok(());
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

    pub(super) fn unary(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        op: Operator,
        x: &Expr,
        dst: u16,
    ) -> Result<()> {
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
    pub(super) fn narrow(&mut self, dst: u16, r: Repr) {
        if let Repr::Int { bits, signed } = r
            && bits < 64
        {
            let op = if signed { Op::SExt } else { Op::ZExt };
            self.emit(op, dst, dst, 0, bits as i64);
        }
    }

    /// Rounds a float32 result to float32 precision.
    pub(super) fn round(&mut self, dst: u16, r: Repr) {
        if r == Repr::F32 {
            self.emit(Op::RoundF32, dst, dst, 0, 0);
        }
    }

    /// A boolean expression's value through its jumps.
    pub(super) fn bool_value(&mut self, cx: &mut Ctx, e: &Expr, dst: u16) -> Result<()> {
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
    pub(super) fn cond_jump(&mut self, cx: &mut Ctx, e: &Expr, when: bool) -> Result<Vec<usize>> {
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
                    if let Some(j) = self.float_compare_jump(cx, e, *op, x, y, when)? {
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

    /// The representation both operands of a comparison take: `x`'s,
    /// or `y`'s when `x` is an (untyped) constant.
    fn comparison_repr(&self, cx: &Ctx, x: &Expr, y: &Expr) -> Result<Repr> {
        match self.const_value(cx, x) {
            Some(_) => self.repr(cx, y),
            None => self.repr(cx, x),
        }
    }

    /// A fused compare-and-branch for float operands (float32 values are
    /// held as float64, which compares them exactly). Jumping when the
    /// comparison is false uses the negated opcodes: with NaN, "not
    /// less" is not "greater or equal".
    pub(super) fn float_compare_jump(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        op: Operator,
        x: &Expr,
        y: &Expr,
        when: bool,
    ) -> Result<Option<usize>> {
        use Operator::*;
        let r = self.comparison_repr(cx, x, y)?;
        if !matches!(r, Repr::F64 | Repr::F32) {
            return Ok(None);
        }
        let mark = self.next;
        let a = self.expr(cx, x, r)?;
        let b = self.expr(cx, y, r)?;
        // (opcode, swap operands) for jumping when `op` holds, and when
        // it does not.
        let ((o, swapped), (not_o, _)) = match op {
            Eql => ((Op::JEqF, false), (Op::JNeF, false)),
            Neq => ((Op::JNeF, false), (Op::JEqF, false)),
            Lss => ((Op::JLtF, false), (Op::JNLtF, false)),
            Leq => ((Op::JLeF, false), (Op::JNLeF, false)),
            Gtr => ((Op::JLtF, true), (Op::JNLtF, true)),
            Geq => ((Op::JLeF, true), (Op::JNLeF, true)),
            _ => unreachable!("is_comparison"),
        };
        let (a, b) = if swapped { (b, a) } else { (a, b) };
        self.at(cx, e.pos);
        let j = self.emit(if when { o } else { not_o }, a, b, 0, 0);
        self.free_to(mark);
        Ok(Some(j))
    }

    /// A fused compare-and-branch for integer and boolean operands (not
    /// floats: with NaN, "not less" is not "greater or equal").
    pub(super) fn int_compare_jump(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        op: Operator,
        x: &Expr,
        y: &Expr,
        when: bool,
    ) -> Result<Option<usize>> {
        use Operator::*;
        let r = self.comparison_repr(cx, x, y)?;
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

    pub(super) fn conversion(&mut self, cx: &mut Ctx, e: &Expr, x: &Expr, dst: u16) -> Result<()> {
        let to = self.repr(cx, e)?;
        if let Repr::Iface(it) = to {
            return self.convert_to_iface(cx, x, it, dst);
        }
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
                let op = match (signed, to) {
                    (true, Repr::F32) => Op::SToF32,
                    (false, Repr::F32) => Op::UToF32,
                    (true, _) => Op::SToF,
                    (false, _) => Op::UToF,
                };
                self.emit(op, dst, a, 0, 0);
            }
            (Repr::F64 | Repr::F32, Repr::Int { signed, bits }) => {
                // gc's choice of amd64 instruction, which decides the
                // results out of range: 32-bit CVTTSD2SL below 32 bits
                // and for int32, 64-bit for uint32 and 64-bit targets.
                let op = match (signed, bits) {
                    (_, b) if b < 32 => Op::FToS32,
                    (true, 32) => Op::FToS32,
                    (true, _) | (false, 32) => Op::FToS,
                    (false, _) => Op::FToU,
                };
                self.emit(op, dst, a, 0, 0);
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
            // Structs and arrays convert between identical underlying
            // types (struct tags aside): the same layout.
            (Repr::Mem { .. }, Repr::Mem { .. }) if from == to => self.copy(dst, a, to),
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
            (Repr::Slice, Repr::Ptr | Repr::Mem { .. }) => {
                self.slice_to_array(cx, e, a, dst, to)?;
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

    /// dst = `[N]T(s)` or `(*[N]T)(s)` (conversion `e`, representation
    /// `to`) of the slice in slots `s`: panics unless len(s) >= N; the
    /// pointer is the slice's, the array a copy of its first N elements.
    fn slice_to_array(&mut self, cx: &Ctx, e: &Expr, s: u16, dst: u16, to: Repr) -> Result<()> {
        let w = cx.world;
        let t = w.types.under(self.type_of(cx, e)?);
        let arr = match w.types.get(t) {
            Type::Pointer(p) => w.types.under(*p),
            _ => t,
        };
        let Type::Array(n, _) = w.types.get(arr) else {
            return cx.unsupported(self.file, e.pos, "this conversion is");
        };
        self.at(cx, e.pos);
        self.emit(Op::CheckSliceConv, s + 1, 0, 0, *n);
        match to {
            Repr::Ptr => self.copy(dst, s, to),
            _ if to.slots() == 0 => {}
            _ => self.load_mem(dst, s, 0, to),
        }
        Ok(())
    }

    /// dst = min(args...) or max(args...) (not constant).
    pub(super) fn min_max(
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

    /// dst = a op b on complex values of representation `r`: + - * / and
    /// == !=. A complex64 sum is rounded to float32 per part; a product is
    /// computed in float64 and rounded once at the end (gc widens it to
    /// minimise cancellation); division goes through the runtime (as gc's
    /// `complex128div`, in complex128 for both sizes).
    #[allow(clippy::too_many_arguments)]
    pub(super) fn complex_op(
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
                // (a0 + a1 i)(b0 + b1 i) = (a0 b0 - a1 b1) + (a0 b1 + a1 b0) i,
                // in float64 whatever the size.
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
                }
                self.round(t, part);
                self.round(t + 1, part);
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

/// The scalar parts (offset, representation) that `==` compares in a
/// value of type `t` at offset `base`; false if some part cannot be
/// compared here (interfaces, nested aggregates of unsupported types).
pub(super) fn comparable_leaves(
    cx: &Ctx,
    t: TypeId,
    base: u32,
    out: &mut Vec<(u32, Repr)>,
) -> bool {
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
            // A complex value is equal when both parts are.
            Some(c @ (Repr::C128 | Repr::C64)) => {
                let part = c.part();
                let size = if c == Repr::C128 { 8 } else { 4 };
                out.push((base, part));
                out.push((base + size, part));
                true
            }
            Some(
                r @ (Repr::Int { .. }
                | Repr::F64
                | Repr::F32
                | Repr::Bool
                | Repr::Str
                | Repr::Ptr
                | Repr::Iface(_)),
            ) => {
                out.push((base, r));
                true
            }
            _ => false,
        },
    }
}
