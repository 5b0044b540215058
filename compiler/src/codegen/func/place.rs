//! Places: where a value lives (frame slots, globals, memory at a
//! pointer, parts of frame aggregates, array elements), and moving values
//! between places and slots in Go's memory layout.

use super::*;

impl FuncGen {
    /// The variable (or part of one) an addressable expression denotes.
    pub(super) fn place(&mut self, cx: &mut Ctx, x: &Expr) -> Result<(Place, Repr)> {
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
                if let Some(p) = self.map_element(cx, a, &idx[0])? {
                    return Ok(p);
                }
                if let Some(p) = self.array_element(cx, a, &idx[0])? {
                    return Ok(p);
                }
                if let Some(p) = self.slice_element(cx, a, &idx[0])? {
                    return Ok(p);
                }
            }
            _ => {}
        }
        // An array or struct value that is not a variable (a call's
        // result, a conversion): read from temporaries (the checker only
        // lets such operands be read).
        if let ExprKind::Call { .. } | ExprKind::CompositeLit { .. } = &x.kind
            && let Ok(r @ Repr::Mem { .. }) = self.repr(cx, x)
        {
            let tmp = self.expr(cx, x, r)?;
            return Ok((Place::Local(tmp), r));
        }
        cx.unsupported(self.file, x.pos, "this operand is")
    }

    /// The element `a[i]` of an array (or of the array a pointer points
    /// to), bounds-checked; None if `a` is not an array.
    pub(super) fn array_element(
        &mut self,
        cx: &mut Ctx,
        a: &Expr,
        i: &Expr,
    ) -> Result<Option<(Place, Repr)>> {
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
            // In range: the checker verified constant indices. Through a
            // nil pointer the access itself faults at the element's
            // offset, as gc's load does (no check first, as for fields);
            // a zero-sized element is never accessed, so it is checked.
            if through_ptr && esize == 0 {
                self.emit(Op::NilCheck, self.base_ptr(base), 0, 0, 0);
            }
            return Ok(Some((self.sub_place(base, k as u32 * esize, r), r)));
        }
        let idx = self.alloc(1);
        let ir = self.repr(cx, i)?;
        self.value_to(cx, i, idx, ir)?;
        self.at(cx, i.pos);
        if through_ptr {
            self.emit(Op::NilCheck, self.base_ptr(base), 0, 0, 0);
        }
        let check = if super::slice::is_u64(ir) {
            Op::CheckIndexU
        } else {
            Op::CheckIndex
        };
        self.emit(check, idx, 0, 0, len);
        let place = match base {
            Place::Local(_) | Place::Frame { .. } | Place::FrameIdx { .. } => {
                let (off, prev) = match base {
                    Place::Local(s) => (s as u32 * 8, None),
                    Place::Frame { off } => (off, None),
                    Place::FrameIdx { off, bytes } => (off, Some(bytes)),
                    _ => unreachable!("matched above"),
                };
                let bytes = self.alloc(1);
                self.emit(Op::MulIK, bytes, idx, 0, esize as i64);
                if let Some(b) = prev {
                    self.emit(Op::AddI, bytes, bytes, b, 0);
                }
                Place::FrameIdx { off, bytes }
            }
            Place::Global(g) => {
                let ptr = self.alloc(1);
                self.emit(Op::GlobalAddr, ptr, 0, 0, g as i64);
                self.element_ptr(ptr, 0, idx, esize)
            }
            Place::Mem { ptr, off } => self.element_ptr(ptr, off, idx, esize),
            // Only read (map elements are not addressable): look it up now.
            Place::MapElem { map, key, off } => {
                let p = self.map_elem_ptr(map, key, false);
                self.element_ptr(p, off, idx, esize)
            }
        };
        Ok(Some((place, r)))
    }

    /// The slot of the pointer a memory place is based on.
    pub(super) fn base_ptr(&self, p: Place) -> u16 {
        match p {
            Place::Mem { ptr, .. } => ptr,
            _ => unreachable!("called on memory places"),
        }
    }

    /// Mem place of element idx (of esize bytes) of an array at *ptr + off.
    pub(super) fn element_ptr(&mut self, ptr: u16, off: u32, idx: u16, esize: u32) -> Place {
        let t = self.alloc(1);
        if esize == 1 {
            self.emit(Op::AddI, t, ptr, idx, 0);
        } else {
            self.emit(Op::MulIK, t, idx, 0, esize as i64);
            self.emit(Op::AddI, t, ptr, t, 0);
        }
        Place::Mem { ptr: t, off }
    }

    /// The place and type reached from `b` by the field-index `path`
    /// (through embedded fields, dereferencing embedded pointers and a
    /// pointer `b` on the way, as Go's selectors do).
    pub(super) fn select_path(
        &mut self,
        cx: &mut Ctx,
        b: &Expr,
        path: &[usize],
    ) -> Result<(Place, TypeId)> {
        let w = cx.world;
        let bt = self.type_of(cx, b)?;
        let elem = |t: TypeId| match w.types.get(w.types.under(t)) {
            Type::Pointer(e) => Some(*e),
            _ => None,
        };
        let (place, t) = match elem(bt) {
            Some(e) => (
                Place::Mem {
                    ptr: self.expr(cx, b, Repr::Ptr)?,
                    off: 0,
                },
                e,
            ),
            // A value that is not addressable (a call's result, a
            // composite literal) is selected from a temporary copy.
            None if !is_place_expr(b) => {
                let r = self.repr(cx, b)?;
                let t = self.alloc(r.slots());
                self.value_to(cx, b, t, r)?;
                (Place::Local(t), bt)
            }
            None => (self.place(cx, b)?.0, bt),
        };
        self.walk_path(cx, b.pos, place, t, path)
    }

    /// The place and type reached from a value of type `t` at `place`
    /// through the field indices `path`, following embedded pointers on
    /// the way (not a pointer that is the last field).
    pub(super) fn walk_path(
        &mut self,
        cx: &Ctx,
        pos: Pos,
        mut place: Place,
        mut t: TypeId,
        path: &[usize],
    ) -> Result<(Place, TypeId)> {
        let w = cx.world;
        for (k, &i) in path.iter().enumerate() {
            let Type::Struct(fields) = w.types.get(w.types.under(t)) else {
                return cx.unsupported(self.file, pos, "this selector is");
            };
            let off = w.offsetsof(fields)[i] as u32;
            let ft = w.obj(fields[i].obj).typ.expect("typed");
            let fr = self.repr_of_type(cx, ft, pos)?;
            place = self.sub_place(place, off, fr);
            t = ft;
            // An embedded pointer on the way is followed.
            if k + 1 < path.len()
                && let Type::Pointer(e) = w.types.get(w.types.under(ft))
            {
                let ptr = self.load_place(place, Repr::Ptr);
                place = Place::Mem { ptr, off: 0 };
                t = *e;
            }
        }
        Ok((place, t))
    }

    /// dst = the address of the value at `p` (which must be in memory:
    /// address-taken variables live in the heap).
    pub(super) fn place_addr(&mut self, cx: &Ctx, pos: Pos, p: Place, dst: u16) -> Result<()> {
        match p {
            Place::Mem { ptr, off: 0 } => self.copy(dst, ptr, Repr::Ptr),
            Place::Mem { ptr, off } => {
                self.emit(Op::NilCheck, ptr, 0, 0, 0);
                self.emit(Op::AddIK, dst, ptr, 0, off as i64);
            }
            Place::Global(g) => {
                self.emit(Op::GlobalAddr, dst, 0, 0, g as i64);
            }
            Place::Local(_)
            | Place::Frame { .. }
            | Place::FrameIdx { .. }
            | Place::MapElem { .. } => {
                return cx.unsupported(self.file, pos, "taking this address is");
            }
        }
        Ok(())
    }

    /// The part at byte offset `off` (of representation `r`) of a value
    /// at `base`.
    pub(super) fn sub_place(&mut self, base: Place, off: u32, r: Repr) -> Place {
        let words = |o: u32| o.is_multiple_of(8) && r.is_words();
        match base {
            Place::Local(s) if words(off) => Place::Local(s + (off / 8) as u16),
            Place::Local(s) => Place::Frame {
                off: s as u32 * 8 + off,
            },
            Place::Frame { off: o } if words(o + off) => Place::Local(((o + off) / 8) as u16),
            Place::Frame { off: o } => Place::Frame { off: o + off },
            Place::Mem { ptr, off: o } => Place::Mem { ptr, off: o + off },
            Place::FrameIdx { off: o, bytes } => Place::FrameIdx {
                off: o + off,
                bytes,
            },
            Place::MapElem { map, key, off: o } => Place::MapElem {
                map,
                key,
                off: o + off,
            },
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
    pub(super) fn load_place(&mut self, p: Place, r: Repr) -> u16 {
        if let Place::Local(s) = p {
            return s;
        }
        let t = self.alloc(r.slots());
        self.load_place_into(p, r, t);
        t
    }

    pub(super) fn load_place_into(&mut self, p: Place, r: Repr, dst: u16) {
        match p {
            Place::Local(s) => self.copy(dst, s, r),
            Place::Global(g) => {
                for i in 0..r.slots() {
                    self.emit(Op::LoadG, dst + i, 0, 0, (g + i as u32) as i64);
                }
            }
            Place::Mem { ptr, off } => self.load_mem(dst, ptr, off, r),
            Place::MapElem { map, key, off } => {
                let p = self.map_elem_ptr(map, key, false);
                self.load_mem(dst, p, off, r);
                self.free_to(p);
            }
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

    pub(super) fn store_place(&mut self, p: Place, from: u16, r: Repr) {
        match p {
            Place::Local(s) => self.copy(s, from, r),
            Place::Global(g) => {
                for i in 0..r.slots() {
                    self.emit(Op::StoreG, from + i, 0, 0, (g + i as u32) as i64);
                }
            }
            Place::Mem { ptr, off } => self.store_mem(ptr, off, from, r),
            Place::MapElem { map, key, off } => {
                let p = self.map_elem_ptr(map, key, true);
                self.store_mem(p, off, from, r);
                self.free_to(p);
            }
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
    pub(super) fn frame_idx_addr(&mut self, p: Place) -> u16 {
        let Place::FrameIdx { off, bytes } = p else {
            unreachable!("called on FrameIdx places")
        };
        let a = self.alloc(1);
        self.emit(Op::FrameAddr, a, 0, 0, off as i64);
        self.emit(Op::AddI, a, a, bytes, 0);
        a
    }

    /// dst.. = the value of representation `r` in memory at *ptr + off.
    pub(super) fn load_mem(&mut self, dst: u16, ptr: u16, off: u32, r: Repr) {
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
            Repr::Str | Repr::Slice | Repr::Iface(_) => {
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
    pub(super) fn store_mem(&mut self, ptr: u16, off: u32, src: u16, r: Repr) {
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
            Repr::Str | Repr::Slice | Repr::Iface(_) => {
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
    pub(super) fn offset_ptr(&mut self, ptr: u16, off: u32) -> u16 {
        if off == 0 {
            return ptr;
        }
        // The fault gc's load would take is at the field's offset.
        self.emit(Op::NilCheck, ptr, 0, 0, off as i64);
        let t = self.alloc(1);
        self.emit(Op::AddIK, t, ptr, 0, off as i64);
        t
    }

    pub(super) fn copy(&mut self, dst: u16, src: u16, r: Repr) {
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
}

/// Whether `e` has the form of an addressable operand (a variable, a
/// dereference, a field or element of one), which `place` handles.
fn is_place_expr(e: &Expr) -> bool {
    matches!(
        e.unparen().kind,
        ExprKind::Name(_)
            | ExprKind::Operation(Operator::Mul, _, None)
            | ExprKind::Selector(..)
            | ExprKind::Index(..)
    )
}
