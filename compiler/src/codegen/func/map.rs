//! Maps: `make`, literals, `m[k]` (read, comma-ok, assignment, `op=`,
//! `++`), `delete`, `clear`, `len` and `range`, compiled to the map
//! opcodes (the work is in `goviz_runtime::maps`).
//!
//! A map operand is two adjacent slots: the map type's descriptor
//! (`RoData`) and the map pointer. A key is passed by the address of its
//! slots, so it must be in its memory form there: every representation
//! is, except float32 parts (slot-form float64s), which are stored into
//! a temporary as float32 bits first. `m[k]` is a place (`MapElem`): the
//! map and key are evaluated where the place is made (targets before
//! right-hand sides, as Go orders them), and the lookup or insertion
//! happens only when it is read or written.

use goviz_runtime::bytecode::MAP_ITER_SLOTS;

use super::*;

impl FuncGen {
    /// The key and elem types of map type `t`, or None.
    pub(super) fn map_kv(&self, cx: &Ctx, t: TypeId) -> Option<(TypeId, TypeId)> {
        match cx.world.types.get(cx.world.types.under(t)) {
            Type::Map(k, v) => Some((*k, *v)),
            _ => None,
        }
    }

    /// Whether expression `e` is of a map type.
    pub(super) fn is_map(&self, cx: &Ctx, e: &Expr) -> Result<bool> {
        Ok(self.map_kv(cx, self.type_of(cx, e)?).is_some())
    }

    /// Two new slots holding map type `mt`'s descriptor and then
    /// whatever `fill` writes into the second (the map).
    fn map_slots(
        &mut self,
        cx: &mut Ctx,
        mt: TypeId,
        pos: Pos,
        fill: impl FnOnce(&mut Self, &mut Ctx, u16) -> Result<()>,
    ) -> Result<u16> {
        let s = self.alloc(2);
        let desc = cx.type_desc(mt, (self.file, pos))?;
        self.emit(Op::RoData, s, 0, 0, desc as i64);
        fill(self, cx, s + 1)?;
        Ok(s)
    }

    /// The map operand of map expression `m`.
    fn map_operand(&mut self, cx: &mut Ctx, m: &Expr) -> Result<u16> {
        let mt = self.type_of(cx, m)?;
        self.map_slots(cx, mt, m.pos, |g, cx, s| g.value_to(cx, m, s, Repr::Ptr))
    }

    /// The slots of key `k` (of key type `kt`) in its memory form.
    fn map_key(&mut self, cx: &mut Ctx, k: &Expr, kt: TypeId) -> Result<u16> {
        let r = self.repr_of_type(cx, kt, k.pos)?;
        let v = self.alloc(r.slots());
        self.value_to(cx, k, v, r)?;
        if !matches!(r, Repr::F32 | Repr::C64) {
            return Ok(v);
        }
        let mem = self.alloc(1);
        self.store_place(
            Place::Frame {
                off: mem as u32 * 8,
            },
            v,
            r,
        );
        Ok(mem)
    }

    /// Whether `e` is `m[k]` on a map.
    pub(super) fn is_map_index(&self, cx: &Ctx, e: &Expr) -> Result<bool> {
        match &e.unparen().kind {
            ExprKind::Index(m, idx) if idx.len() == 1 => self.is_map(cx, m),
            _ => Ok(false),
        }
    }

    /// `m[k] op= y` in gc's order: m and k, then y (calls included),
    /// then the element is read, combined (a division by zero panics
    /// before anything is inserted) and written back.
    pub(super) fn map_op_assign(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        op: Operator,
        lhs: &Expr,
        rhs: &Expr,
    ) -> Result<()> {
        let mark = self.next;
        let (place, r) = self.place(cx, lhs)?;
        let y = self.expr(cx, rhs, self.operand_repr(cx, rhs, r, op))?;
        self.at(cx, pos);
        let x = self.load_place(place, r);
        self.binary_op(cx, pos, op, x, x, y, r)?;
        self.store_place(place, x, r);
        self.free_to(mark);
        Ok(())
    }

    /// The place `m[k]`, or None when `m` is not a map.
    pub(super) fn map_element(
        &mut self,
        cx: &mut Ctx,
        m: &Expr,
        k: &Expr,
    ) -> Result<Option<(Place, Repr)>> {
        let Some((kt, vt)) = self.map_kv(cx, self.type_of(cx, m)?) else {
            return Ok(None);
        };
        let map = self.map_operand(cx, m)?;
        let key = self.map_key(cx, k, kt)?;
        let r = self.repr_of_type(cx, vt, m.pos)?;
        Ok(Some((Place::MapElem { map, key, off: 0 }, r)))
    }

    /// A new slot pointing at the elem of a `MapElem` place: looked up
    /// (a zero value if absent) or, `for_write`, inserted.
    pub(super) fn map_elem_ptr(&mut self, map: u16, key: u16, for_write: bool) -> u16 {
        let p = self.alloc(1);
        let op = if for_write {
            Op::MapAssign
        } else {
            Op::MapAccess1
        };
        self.emit(op, p, map, key, 0);
        p
    }

    /// `v, ok := m[k]`: the elem into `v`, presence into `ok`.
    pub(super) fn map_comma_ok(
        &mut self,
        cx: &mut Ctx,
        m: &Expr,
        k: &Expr,
        v: u16,
        ok: u16,
    ) -> Result<()> {
        let (kt, vt) = self
            .map_kv(cx, self.type_of(cx, m)?)
            .expect("called on maps");
        let r = self.repr_of_type(cx, vt, m.pos)?;
        let mark = self.next;
        let map = self.map_operand(cx, m)?;
        let key = self.map_key(cx, k, kt)?;
        let p = self.alloc(2);
        self.at(cx, m.pos);
        self.emit(Op::MapAccess2, p, map, key, 0);
        self.load_mem(v, p, 0, r);
        self.copy(ok, p + 1, Repr::Bool);
        self.free_to(mark);
        Ok(())
    }

    /// `make(map[K]V[, hint])` into `dst`.
    pub(super) fn make_map(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        args: &[Expr],
        dst: u16,
    ) -> Result<()> {
        let mt = self.type_of(cx, e)?;
        let s = self.map_slots(cx, mt, e.pos, |g, cx, s| match args.get(1) {
            Some(h) => g.value_to(cx, h, s, g.repr(cx, h)?),
            None => {
                g.emit(Op::Const, s, 0, 0, 0);
                Ok(())
            }
        })?;
        self.at(cx, e.pos);
        self.emit(Op::MakeMap, dst, s, s + 1, 0);
        Ok(())
    }

    /// A map composite literal into `dst`: a map made for its entries,
    /// then each `key: value` assigned in order.
    pub(super) fn map_literal(&mut self, cx: &mut Ctx, e: &Expr, dst: u16) -> Result<()> {
        let ExprKind::CompositeLit { elems, .. } = &e.kind else {
            unreachable!("called on composite literals")
        };
        let mt = self.type_of(cx, e)?;
        let (kt, vt) = self.map_kv(cx, mt).expect("a map literal");
        let vr = self.repr_of_type(cx, vt, e.pos)?;
        let mark = self.next;
        let map = self.map_slots(cx, mt, e.pos, |g, _, s| {
            g.emit(Op::Const, s, 0, 0, elems.len() as i64);
            Ok(())
        })?;
        self.at(cx, e.pos);
        self.emit(Op::MakeMap, map + 1, map, map + 1, 0);
        for el in elems {
            let ExprKind::KeyValue(k, v) = &el.kind else {
                unreachable!("the checker requires keys in map literals")
            };
            let m2 = self.next;
            let key = self.map_key(cx, k, kt)?;
            let val = self.expr(cx, v, vr)?;
            self.at(cx, el.pos);
            let p = self.map_elem_ptr(map, key, true);
            self.store_mem(p, 0, val, vr);
            self.free_to(m2);
        }
        self.copy(dst, map + 1, Repr::Ptr);
        self.free_to(mark);
        Ok(())
    }

    /// `len(m)` into `dst`.
    pub(super) fn map_len(&mut self, cx: &mut Ctx, m: &Expr, dst: u16) -> Result<()> {
        let s = self.expr(cx, m, Repr::Ptr)?;
        self.emit(Op::MapLen, dst, s, 0, 0);
        Ok(())
    }

    /// The statement `delete(m, k)`.
    pub(super) fn map_delete(&mut self, cx: &mut Ctx, e: &Expr, args: &[Expr]) -> Result<()> {
        let (kt, _) = self
            .map_kv(cx, self.type_of(cx, &args[0])?)
            .expect("delete takes a map");
        let map = self.map_operand(cx, &args[0])?;
        let key = self.map_key(cx, &args[1], kt)?;
        self.at(cx, e.pos);
        self.emit(Op::MapDelete, map, key, 0, 0);
        Ok(())
    }

    /// The statement `clear(m)`.
    pub(super) fn map_clear(&mut self, cx: &mut Ctx, m: &Expr) -> Result<()> {
        let map = self.map_operand(cx, m)?;
        self.emit(Op::MapClear, map, 0, 0, 0);
        Ok(())
    }

    /// Assigns the value of type `t` at `*ptr` to the range variable
    /// `lhs`, converting it as assignment does when the variable is an
    /// interface (`for k = range m` with `var k any`).
    fn range_assign(
        &mut self,
        cx: &mut Ctx,
        lhs: &Expr,
        define: bool,
        ptr: u16,
        t: TypeId,
    ) -> Result<()> {
        let d = self.target(cx, lhs, define)?;
        let Some(dr) = d.repr else {
            return Ok(());
        };
        let r = self.repr_of_type(cx, t, lhs.pos)?;
        let (tmp, _) = self.place_temp(&d);
        match dr {
            Repr::Iface(it) if dr != r => {
                let v = self.alloc(r.slots());
                self.load_mem(v, ptr, 0, r);
                match r {
                    Repr::Iface(from) => self.iface_to_iface(cx, v, from, it, tmp, lhs.pos)?,
                    _ => self.box_value(cx, v, r, t, it, tmp, lhs.pos)?,
                }
            }
            _ => self.load_mem(tmp, ptr, 0, dr),
        }
        self.finish_target(&d, tmp);
        Ok(())
    }

    /// `for k, v := range m`: an iterator in the frame, advanced after
    /// each body; the loop ends when its key pointer is nil.
    pub(super) fn range_map(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        r: &RangeStmt,
        label: Option<Box<str>>,
    ) -> Result<()> {
        let mark = self.next;
        let (kt, vt) = self
            .map_kv(cx, self.type_of(cx, &r.x)?)
            .expect("called on maps");
        let map = self.map_operand(cx, &r.x)?;
        let it = self.alloc(MAP_ITER_SLOTS);
        self.at(cx, pos);
        self.emit(Op::MapIterInit, it, map, 0, 0);
        let top = self.code.len();
        let to_end = self.emit(Op::JEqK, it, 0, 0, 0);
        // Go 1.22: fresh iteration variables each time round.
        // The iterator's first two words point at the key and the elem.
        for ((i, lhs), t) in r.lhs.iter().enumerate().zip([kt, vt]) {
            self.range_assign(cx, lhs, r.define, it + i as u16, t)?;
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
        self.at(cx, pos);
        self.emit(Op::MapIterNext, it, 0, 0, 0);
        let back = self.emit(Op::Jmp, 0, 0, 0, 0);
        self.patch(back, top);
        self.patch_here(to_end);
        self.patch_all_here(t.breaks);
        self.free_to(mark);
        Ok(())
    }
}
