//! Slices: indexing, make, append (growslice), copy, literals and slice
//! expressions over slices, strings and arrays.

use super::*;

impl FuncGen {
    /// The element type of slice type `t`, if it is one.
    pub(super) fn slice_elem(&self, cx: &Ctx, t: TypeId) -> Option<TypeId> {
        match cx.world.types.get(cx.world.types.under(t)) {
            Type::Slice(e) => Some(*e),
            _ => None,
        }
    }

    /// The element `s[i]` of a slice, bounds-checked; None if `s` is not
    /// a slice.
    pub(super) fn slice_element(
        &mut self,
        cx: &mut Ctx,
        s: &Expr,
        i: &Expr,
    ) -> Result<Option<(Place, Repr)>> {
        let Some(elem) = self.slice_elem(cx, self.type_of(cx, s)?) else {
            return Ok(None);
        };
        let r = self.repr_of_type(cx, elem, s.pos)?;
        let esize = cx.world.sizeof(elem) as u32;
        let sl = self.expr(cx, s, Repr::Slice)?;
        let ir = self.repr(cx, i)?;
        // A local index is read in its own slot, not copied.
        let idx = self.expr(cx, i, ir)?;
        self.at(cx, i.pos);
        // The fused check prints a failed index as signed: an unsigned
        // 64-bit one takes the unsigned check.
        if !is_u64(ir)
            && let Ok(k) = u16::try_from(esize)
        {
            let t = self.alloc(1);
            self.emit(Op::IndexAddr, t, sl, idx, k as i64);
            return Ok(Some((Place::Mem { ptr: t, off: 0 }, r)));
        }
        let check = if is_u64(ir) {
            Op::CheckBoundsU
        } else {
            Op::CheckBounds
        };
        self.emit(check, idx, sl + 1, 0, 0);
        Ok(Some((self.element_ptr(sl, 0, idx, esize), r)))
    }

    /// The slots of the variable `e` names, when it is a local held in
    /// frame slots (not a heap cell, not a constant), and its repr.
    pub(super) fn frame_var(&self, cx: &Ctx, e: &Expr) -> Option<(u16, Repr)> {
        if let ExprKind::Name(_) = &e.kind
            && self.const_value(cx, e).is_none()
            && let Some(&o) = cx.info.uses.get(&cx.gpos(self.file, e.pos))
            && let Some(&v) = self.vars.get(&o)
            && !v.heap
        {
            return Some((v.slot, v.repr));
        }
        None
    }

    /// The slot of `len(x)` or `cap(x)` when `x` is a local slice (or, for
    /// `len`, string) in frame slots: read in place, as the variable
    /// itself is, instead of copied into a temporary.
    pub(super) fn len_cap_in_place(&self, cx: &Ctx, e: &Expr, want: Repr) -> Option<u16> {
        let ExprKind::Call { fun, args, .. } = &e.kind else {
            return None;
        };
        let int = Repr::Int {
            bits: 64,
            signed: true,
        };
        if want != int || args.len() != 1 {
            return None;
        }
        let (slot, r) = self.frame_var(cx, args[0].unparen())?;
        match (self.builtin(cx, fun)?, r) {
            (Builtin::Len, Repr::Slice | Repr::Str) => Some(slot + 1),
            (Builtin::Cap, Repr::Slice) => Some(slot + 2),
            _ => None,
        }
    }

    /// Whether `e` is a slice of bytes.
    pub(super) fn is_byte_slice(&self, cx: &Ctx, e: &Expr) -> Result<bool> {
        let elem = self.slice_elem(cx, self.type_of(cx, e)?);
        Ok(elem.and_then(|t| repr_of(cx.world, t))
            == Some(Repr::Int {
                bits: 8,
                signed: false,
            }))
    }

    /// Whether `e` is a slice of runes (int32).
    pub(super) fn is_rune_slice(&self, cx: &Ctx, e: &Expr) -> Result<bool> {
        let elem = self.slice_elem(cx, self.type_of(cx, e)?);
        Ok(elem.and_then(|t| repr_of(cx.world, t))
            == Some(Repr::Int {
                bits: 32,
                signed: true,
            }))
    }

    /// `GrowSlice`'s immediate for elements of type `elem`.
    pub(super) fn grow_k(&self, cx: &Ctx, elem: TypeId) -> i64 {
        cx.world.sizeof(elem) * 2 + has_pointers(cx.world, elem) as i64
    }

    /// dst = make([]T, len[, cap]).
    pub(super) fn make_slice(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        args: &[Expr],
        dst: u16,
    ) -> Result<()> {
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
    pub(super) fn append(
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
        // `s = append(s, ...)` with s in frame slots grows s in place, as
        // gc does: the values are evaluated already, and nothing else
        // reads s before the result would be written to it (unless a
        // value is s itself: `append(s, s...)`).
        let in_place = dst == s && vals.iter().all(|&v| v.abs_diff(s) >= 3);
        let t = if in_place {
            s
        } else {
            let t = self.alloc(3);
            self.copy(t, s, Repr::Slice);
            t
        };
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
                let idx = if i == 0 {
                    old
                } else {
                    let idx = self.alloc(1);
                    self.emit(Op::AddIK, idx, old, 0, i as i64);
                    idx
                };
                let place = self.element_ptr(t, 0, idx, esize as u32);
                self.store_place(place, v, er);
            }
        }
        if t != dst {
            self.copy(dst, t, Repr::Slice);
        }
        self.free_to(mark);
        Ok(())
    }

    /// copy(dst, src); the count goes to `result` if wanted.
    pub(super) fn copy_builtin(
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
    pub(super) fn slice_literal(&mut self, cx: &mut Ctx, e: &Expr, dst: u16) -> Result<()> {
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
    pub(super) fn slice_expr(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        x: &Expr,
        index: &[Option<Box<Expr>>; 3],
        full: bool,
        dst: u16,
    ) -> Result<()> {
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
        let is_array = !is_str && len == cap;
        // lo, hi and (for x[lo:hi:max]) the new capacity's bound.
        let (lo, hi, max) = if full {
            // Consecutive slots, as CheckSlice3 reads them.
            let q = self.alloc(3);
            for (i, b) in index.iter().enumerate() {
                match b {
                    Some(b) => {
                        let r = self.repr(cx, b).unwrap_or(int);
                        self.value_to(cx, b, q + i as u16, r)?;
                    }
                    None => {
                        self.emit(Op::Const, q + i as u16, 0, 0, 0);
                    }
                }
            }
            self.at(cx, e.pos);
            self.emit(Op::CheckSlice3, q, cap, 0, is_array as i64);
            (q, q + 1, q + 2)
        } else {
            let lo = bound(self, cx, &index[0], None)?;
            let hi = bound(self, cx, &index[1], Some(len))?;
            self.at(cx, e.pos);
            let check = if is_str || is_array {
                Op::CheckSliceLen
            } else {
                Op::CheckSliceCap
            };
            self.emit(check, lo, hi, cap, 0);
            (lo, hi, cap)
        };
        // New header in temporaries (dst may be x itself: s = s[1:]).
        let t = self.alloc(3);
        self.emit(Op::SubI, t + 1, hi, lo, 0);
        if !is_str {
            self.emit(Op::SubI, t + 2, max, lo, 0);
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
}

/// Whether an index of representation `r` is a 64-bit unsigned integer,
/// whose values at or above 2^63 Go's index errors print as unsigned.
pub(super) fn is_u64(r: Repr) -> bool {
    r == Repr::Int {
        bits: 64,
        signed: false,
    }
}
