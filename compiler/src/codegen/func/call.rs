//! Calls: static calls, method calls with receiver adjustment, calls of
//! func values, variadic packing, and the builtins that are calls.

use super::*;
use crate::codegen::methodset::{MethodKind, MethodSel, method_set};

impl FuncGen {
    pub(super) fn builtin(&self, cx: &Ctx, fun: &Expr) -> Option<Builtin> {
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

    pub(super) fn call_expr(
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
                Builtin::Make if self.is_chan(cx, e) => self.make_chan(cx, e, args, dst),
                Builtin::Len | Builtin::Cap if self.is_chan(cx, &args[0]) => {
                    self.chan_len(cx, &args[0], b == Builtin::Cap, dst)
                }
                Builtin::Make if self.is_map(cx, e)? => self.make_map(cx, e, args, dst),
                Builtin::Len if self.is_map(cx, &args[0])? => self.map_len(cx, &args[0], dst),
                Builtin::Make => self.make_slice(cx, e, args, dst),
                Builtin::Recover => {
                    self.at(cx, e.pos);
                    self.emit(Op::Recover, dst, 0, 0, 0);
                    Ok(())
                }
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
                Builtin::Slice | Builtin::String => {
                    // Pointer and length into the result's slots, then
                    // Go's checks (which also set a slice's capacity).
                    self.value_to(cx, &args[0], dst, Repr::Ptr)?;
                    let lr = self.repr(cx, &args[1])?;
                    self.value_to(cx, &args[1], dst + 1, lr)?;
                    self.at(cx, e.pos);
                    if b == Builtin::String {
                        self.emit(Op::UnsafeString, dst, 0, 0, 0);
                    } else {
                        let t = self.type_of(cx, e)?;
                        let elem = self.slice_elem(cx, t).expect("unsafe.Slice gives a slice");
                        self.emit(Op::UnsafeSlice, dst, 0, 0, cx.world.sizeof(elem));
                    }
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
                Builtin::Len | Builtin::Cap if self.array_len_of(cx, &args[0]).is_some() => {
                    // Not a constant (the operand has a call or a receive):
                    // evaluated for its effects; a nil array pointer is fine.
                    let n = self.array_len_of(cx, &args[0]).expect("checked");
                    let r = self.repr(cx, &args[0])?;
                    self.expr(cx, &args[0], r)?;
                    self.emit(Op::Const, dst, 0, 0, n);
                    Ok(())
                }
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
    pub(super) fn call(&mut self, cx: &mut Ctx, e: &Expr) -> Result<(u16, Vec<(u16, Repr)>)> {
        let go = std::mem::take(&mut self.go_next);
        let ExprKind::Call {
            fun,
            args,
            has_dots,
        } = &e.unparen().kind
        else {
            return cx.unsupported(self.file, e.pos, "this call is");
        };
        let callee = self.callee(cx, fun)?;
        let sig = self.signature_of(cx, fun, e.pos, "calls of this kind are")?;
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
        // A func value (or an interface's method) is evaluated before the
        // arguments, below the call area (which the callee's frame
        // overlaps).
        let closure = match &callee {
            Callee::Value => Some(self.expr(cx, fun, Repr::Ptr)?),
            Callee::Iface { recv, path, name } => Some(self.iface_method(cx, recv, path, name)?),
            _ => None,
        };
        let recv_repr = match callee {
            Callee::Iface { .. } => Some(Repr::Ptr),
            _ => recv_repr,
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
        ) = (&callee, recv_repr)
        {
            let mark = self.next;
            self.receiver(cx, recv, *sel, *recv_type, s, r)?;
            self.free_to(mark);
            s += r.slots();
        }
        if let (Callee::Iface { .. }, Some(c)) = (&callee, closure) {
            // The receiver is the data word, the slot after the method's.
            self.emit(Op::Mov, s, c + 1, 0, 0);
            s += 1;
        }
        s = self.write_args(cx, e.pos, &sig, &pr, args, *has_dots, s)?;
        self.at(cx, e.pos);
        if let Some(pos) = go {
            self.at(cx, pos);
            // gc runs `go f(x)` through a gowrap function that inlines f
            // when it can: the goroutine's frame then shows as inlined.
            let static_callee = match callee {
                Callee::Static(i) | Callee::Method { idx: i, .. } => Some(i),
                _ => None,
            };
            let inlinable = static_callee.is_some_and(|i| {
                cx.funcs
                    .iter()
                    .any(|(p, &j)| j == i && cx.inlining.inlinable.contains(p))
            });
            if inlinable {
                self.inlined.push(self.code.len() as u32);
            }
            self.emit_go(callee, closure, base, s - base - FRAME_HEADER);
            return Ok((base, Vec::new()));
        }
        if cx
            .inlining
            .calls
            .contains(&(e.unparen() as *const Expr as usize))
        {
            self.inlined.push(self.code.len() as u32);
        }
        match (callee, closure) {
            (Callee::Static(idx) | Callee::Method { idx, .. }, _) => {
                self.emit(Op::Call, base, 0, 0, idx as i64);
            }
            (Callee::Value | Callee::Iface { .. }, Some(c)) => {
                self.emit(Op::CallClosure, base, c, 0, 0);
            }
            (Callee::Value | Callee::Iface { .. }, None) => unreachable!("evaluated above"),
        }
        let mut results = Vec::new();
        for r in rr {
            results.push((s, r));
            s += r.slots();
        }
        Ok((base, results))
    }

    /// The signature of the function value or function `fun` calls
    /// (`what` names the construct refused when it has none).
    pub(super) fn signature_of(
        &self,
        cx: &Ctx,
        fun: &Expr,
        pos: Pos,
        what: &str,
    ) -> Result<Signature> {
        match cx
            .world
            .types
            .get(cx.world.types.under(self.type_of(cx, fun)?))
        {
            Type::Signature(s) => Ok(s.clone()),
            _ => cx.unsupported(self.file, pos, what),
        }
    }

    /// Writes a call's arguments `args` into slots from `s` as the
    /// parameters of `sig` (representations `pr`) want them, packing
    /// the variadic ones; returns the slot after them.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn write_args(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        sig: &Signature,
        pr: &[Repr],
        args: &[Expr],
        has_dots: bool,
        mut s: u16,
    ) -> Result<u16> {
        let packed = sig.variadic && !has_dots;
        let nfixed = if packed {
            sig.params.len() - 1
        } else {
            sig.params.len()
        };
        if let [a] = args
            && self.is_multi_valued(cx, a)?
        {
            return self.write_tuple_args(cx, pos, sig, pr, a, nfixed, s);
        }
        for (a, r) in args[..nfixed].iter().zip(pr) {
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
            self.pack_variadic(cx, &args[nfixed..], elem, s, pos)?;
            self.free_to(mark);
            s += 3;
        }
        Ok(s)
    }

    /// `f(g())`: writes the results of the call `a` as the arguments of
    /// `sig` from slot `s` (the first `nfixed` as they are, the rest
    /// packed into the variadic slice); returns the slot after them.
    /// Results that need a conversion (to an interface) are refused.
    #[allow(clippy::too_many_arguments)]
    fn write_tuple_args(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        sig: &Signature,
        pr: &[Repr],
        a: &Expr,
        nfixed: usize,
        mut s: u16,
    ) -> Result<u16> {
        let mark = self.next;
        let (_, vals) = self.call(cx, a)?;
        for (&(v, vr), &r) in vals.iter().zip(&pr[..nfixed]) {
            if vr != r {
                return cx.unsupported(self.file, a.pos, "this call's results as arguments are");
            }
            self.copy(s, v, r);
            s += r.slots();
        }
        if nfixed < sig.params.len() {
            let last = *sig.params.last().expect("variadic");
            let elem = self
                .slice_elem(cx, cx.world.obj(last).typ.expect("typed"))
                .expect("a variadic parameter is a slice");
            let er = self.repr_of_type(cx, elem, pos)?;
            let rest = &vals[nfixed..];
            if rest.iter().any(|&(_, vr)| vr != er) {
                return cx.unsupported(self.file, a.pos, "this call's results as arguments are");
            }
            let esize = cx.world.sizeof(elem) as u32;
            if rest.is_empty() {
                self.zero(s, Repr::Slice);
                self.free_to(mark);
                return Ok(s + 3);
            }
            self.emit(Op::New, s, 0, 0, (rest.len() as u32 * esize) as i64);
            for (i, &(v, _)) in rest.iter().enumerate() {
                self.store_mem(s, i as u32 * esize, v, er);
            }
            self.emit(Op::Const, s + 1, 0, 0, rest.len() as i64);
            self.emit(Op::Const, s + 2, 0, 0, rest.len() as i64);
            s += 3;
        }
        self.free_to(mark);
        Ok(s)
    }

    /// dst = a new slice of the values `vals` (element type `elem`), or
    /// nil if there are none: the final argument of a variadic call.
    pub(super) fn pack_variadic(
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
    pub(super) fn callee<'e>(&self, cx: &Ctx, fun: &'e Expr) -> Result<Callee<'e>> {
        let f = strip_instantiation(cx, self.file, fun.unparen());
        let obj = match &f.kind {
            ExprKind::Name(_) => cx.info.uses.get(&cx.gpos(self.file, f.pos)).copied(),
            ExprKind::Selector(_, sel) => cx.info.uses.get(&cx.gpos(self.file, sel.pos)).copied(),
            _ => None,
        };
        let Some(o) = obj.filter(|&o| matches!(cx.world.obj(o).kind, ObjKind::Func { .. })) else {
            return Ok(Callee::Value);
        };
        if let ExprKind::Selector(recv, sel) = &f.kind
            && let Some(c) = self.iface_callee(cx, recv, sel, o)?
        {
            return Ok(c);
        }
        let ExprKind::Selector(recv, sel) = &f.kind else {
            return match cx.func_of(o, &self.targs_at(cx, f.pos)) {
                Some((idx, _)) => Ok(Callee::Static(idx)),
                None => cx.unsupported(self.file, f.pos, "calls of this function are"),
            };
        };
        if is_type_expr(cx, recv) {
            // A method expression (`T.M(x, ...)`) is called as the func
            // value it is.
            return Ok(Callee::Value);
        }
        match self.method_target(cx, recv, sel, o)? {
            Some((idx, Signature { recv: Some(r), .. })) => Ok(Callee::Method {
                idx,
                recv,
                sel: sel.pos,
                recv_type: cx.world.obj(r).typ.expect("typed"),
            }),
            _ => cx.unsupported(self.file, f.pos, "calls of this function are"),
        }
    }

    /// The function that method selector `recv.sel` (selecting method
    /// `m`) calls, with its (concrete) signature: a declared method; the
    /// instance of a generic type's method, or of a generic method, for
    /// the receiver's and the selector's type arguments; or, for a
    /// constraint's method called on a type parameter's value (concrete
    /// in an instance), the concrete type's method. None if there is no
    /// such function.
    pub(super) fn method_target(
        &self,
        cx: &Ctx,
        recv: &Expr,
        sel: &crate::syntax::ast::Name,
        m: ObjId,
    ) -> Result<Option<(usize, Signature)>> {
        let w = cx.world;
        let path = self.recv_path(cx, recv, sel.pos, m)?;
        let base = self.selected_type(cx, recv, &path)?;
        let m = if is_declared(cx, m) {
            m
        } else {
            match method_set(w, self.type_of(cx, recv)?)
                .into_iter()
                .find(|s| s.name == w.obj(m).name)
            {
                Some(MethodSel {
                    how: MethodKind::Declared { func, .. },
                    ..
                }) => func,
                _ => return Ok(None),
            }
        };
        let own = self.targs_at(cx, sel.pos);
        Ok(cx
            .method_of(m, base, &own)
            .and_then(|(idx, t)| match w.types.get(t) {
                Type::Signature(s) => Some((idx, s.clone())),
                _ => None,
            }))
    }

    /// The embedded fields from `recv`'s type to the receiver of the
    /// method `recv.sel` selects (`m`): the checker's selection path; for
    /// a constraint's method called on a type parameter's value (whose
    /// selection is the constraint's), the concrete type's.
    fn recv_path(&self, cx: &Ctx, recv: &Expr, sel: Pos, m: ObjId) -> Result<Vec<usize>> {
        if is_declared(cx, m) {
            let path = cx
                .info
                .selections
                .get(&cx.gpos(self.file, sel))
                .cloned()
                .unwrap_or_default();
            return Ok(path[..path.len().saturating_sub(1)].to_vec());
        }
        let w = cx.world;
        let xt = self.type_of(cx, recv)?;
        let name = &w.obj(m).name;
        Ok(method_set(w, xt)
            .into_iter()
            .find(|s| &s.name == name)
            .map(|s| s.path)
            .unwrap_or_default())
    }

    /// The type reached from `recv`'s through the embedded fields `path`
    /// (pointers followed).
    fn selected_type(&self, cx: &Ctx, recv: &Expr, path: &[usize]) -> Result<TypeId> {
        let w = cx.world;
        let mut t = self.type_of(cx, recv)?;
        for &i in path {
            if let Type::Pointer(e) = w.types.get(w.types.under(t)) {
                t = *e;
            }
            let Type::Struct(fields) = w.types.get(w.types.under(t)) else {
                return cx.unsupported(self.file, recv.pos, "this selector is");
            };
            t = w.obj(fields[i].obj).typ.expect("typed");
        }
        Ok(t)
    }

    /// A call of interface method `m` selected by `recv.sel` (directly,
    /// or promoted through an embedded interface field).
    fn iface_callee<'e>(
        &self,
        cx: &Ctx,
        recv: &'e Expr,
        sel: &crate::syntax::ast::Name,
        m: ObjId,
    ) -> Result<Option<Callee<'e>>> {
        let w = cx.world;
        if is_declared(cx, m) || is_type_expr(cx, recv) {
            return Ok(None);
        }
        let path = cx
            .info
            .selections
            .get(&cx.gpos(self.file, sel.pos))
            .cloned()
            .unwrap_or_default();
        let path = path[..path.len().saturating_sub(1)].to_vec();
        // The type the method is selected from: the receiver's, or the
        // embedded field's at the end of the path.
        let t = self.selected_type(cx, recv, &path)?;
        if !w.types.is_interface(t) {
            return Ok(None);
        }
        Ok(Some(Callee::Iface {
            recv,
            path,
            name: w.obj(m).name.clone(),
        }))
    }

    /// Writes a method call's receiver `x` into `dst` as the method's
    /// receiver type `rt` wants it: taking its address for a pointer
    /// method, dereferencing a pointer for a value method.
    pub(super) fn receiver(
        &mut self,
        cx: &mut Ctx,
        x: &Expr,
        sel: Pos,
        rt: TypeId,
        dst: u16,
        r: Repr,
    ) -> Result<()> {
        let w = cx.world;
        let deref = |t: TypeId| deref_ptr(w, t);
        let m = cx.info.uses.get(&cx.gpos(self.file, sel)).copied();
        let path = match m {
            Some(m) => self.recv_path(cx, x, sel, m)?,
            None => Vec::new(),
        };
        if !path.is_empty() {
            // A promoted method: its receiver is the embedded field.
            let (place, et) = self.select_path(cx, x, &path)?;
            return self.receiver_from_place(cx, x.pos, place, et, rt, dst, r);
        }
        let xt = self.type_of(cx, x)?;
        let ((rp, rbase), (xp, xbase)) = (deref(rt), deref(xt));
        if !w.identical(rbase, xbase) {
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

    /// Writes into `dst` the receiver that a method with receiver type
    /// `rt` wants from the value of type `et` at `place`: its address,
    /// the value it points at, or itself.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn receiver_from_place(
        &mut self,
        cx: &Ctx,
        pos: Pos,
        place: Place,
        et: TypeId,
        rt: TypeId,
        dst: u16,
        r: Repr,
    ) -> Result<()> {
        let w = cx.world;
        let deref = |t: TypeId| deref_ptr(w, t);
        let ((rp, rbase), (ep, ebase)) = (deref(rt), deref(et));
        if !w.identical(rbase, ebase) {
            return cx.unsupported(self.file, pos, "calls of this promoted method are");
        }
        match (rp, ep) {
            (true, false) => self.place_addr(cx, pos, place, dst),
            (false, true) => {
                let p = self.load_place(place, Repr::Ptr);
                self.load_mem(dst, p, 0, r);
                Ok(())
            }
            _ => {
                self.load_place_into(place, r, dst);
                Ok(())
            }
        }
    }

    /// The method `name` of the interface value `recv` (through the
    /// embedded fields `path`): slot s holds a pointer to its itab word,
    /// s+1 the receiver (the data word).
    pub(super) fn iface_method(
        &mut self,
        cx: &mut Ctx,
        recv: &Expr,
        path: &[usize],
        name: &str,
    ) -> Result<u16> {
        let (v, it) = if path.is_empty() {
            let t = self.type_of(cx, recv)?;
            (self.expr(cx, recv, Repr::Iface(t))?, t)
        } else {
            let (place, t) = self.select_path(cx, recv, path)?;
            (self.load_place(place, Repr::Iface(t)), t)
        };
        let Some(index) = self.iface_method_index(cx, it, name) else {
            return cx.unsupported(self.file, recv.pos, "this interface method call is");
        };
        let s = self.alloc(2);
        self.at(cx, recv.pos);
        let f = self.itab_fun(v, index);
        self.emit(Op::Mov, s, f, 0, 0);
        self.emit(Op::Mov, s + 1, v + 1, 0, 0);
        Ok(s)
    }

    pub(super) fn print(&mut self, cx: &mut Ctx, e: &Expr, args: &[Expr], ln: bool) -> Result<()> {
        if let [a] = args
            && self.is_multi_valued(cx, a)?
        {
            // println(f()): the call's results are the arguments.
            let (_, vals) = self.call(cx, a)?;
            self.at(cx, e.pos);
            return self.print_slots(cx, e.pos, &vals, ln);
        }
        let mut vals = Vec::new();
        for a in args {
            let r = self.repr(cx, a)?;
            vals.push((self.expr(cx, a, r)?, r));
        }
        self.at(cx, e.pos);
        self.print_slots(cx, e.pos, &vals, ln)
    }

    /// The length of `e`'s type if it is an array or a pointer to one.
    fn array_len_of(&self, cx: &Ctx, e: &Expr) -> Option<i64> {
        let w = cx.world;
        let mut t = w.types.under(self.type_of(cx, e).ok()?);
        if let Type::Pointer(p) = w.types.get(t) {
            t = w.types.under(*p);
        }
        match w.types.get(t) {
            Type::Array(n, _) => Some(*n),
            _ => None,
        }
    }

    /// Whether `e` is a call with several results (a tuple value).
    fn is_multi_valued(&self, cx: &Ctx, e: &Expr) -> Result<bool> {
        let t = self.type_of(cx, e)?;
        Ok(matches!(cx.world.types.get(t), Type::Tuple(_)))
    }

    /// Prints the values in `vals` (slot, representation) as one
    /// print/println statement.
    pub(super) fn print_slots(
        &mut self,
        cx: &Ctx,
        pos: Pos,
        vals: &[(u16, Repr)],
        ln: bool,
    ) -> Result<()> {
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
                Repr::Iface(_) => Op::PrintIface,
                Repr::Mem { .. } => {
                    return cx.unsupported(self.file, pos, "printing these values is");
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

/// `f` without the explicit instantiation of a generic function or
/// method (`f[int]`, `x.M[int]`): the name or selector it instantiates.
pub(super) fn strip_instantiation<'e>(cx: &Ctx, file: usize, f: &'e Expr) -> &'e Expr {
    let ExprKind::Index(x, _) = &f.kind else {
        return f;
    };
    let x = x.unparen();
    let name = match &x.kind {
        ExprKind::Name(_) => x.pos,
        ExprKind::Selector(_, sel) => sel.pos,
        _ => return f,
    };
    if cx.info.instances.contains_key(&cx.gpos(file, name)) {
        x
    } else {
        f
    }
}

/// Whether `m` is a declared method (of a compiled package, generic or
/// not), not an interface's.
fn is_declared(cx: &Ctx, m: ObjId) -> bool {
    cx.funcs.contains_key(&cx.world.obj(m).pos) || cx.instances.contains_key(&m)
}

/// `t` without a pointer (for an unnamed pointer type), and whether it
/// was one: how method receivers and the values they are taken from
/// are matched.
fn deref_ptr(w: &crate::types::object::World, t: TypeId) -> (bool, TypeId) {
    match w.types.get(w.types.under(t)) {
        Type::Pointer(e) if !w.types.is_named(t) => (true, *e),
        _ => (false, t),
    }
}
