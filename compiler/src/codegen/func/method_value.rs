//! Method values (`x.M` not called) and method expressions (`T.M`).
//!
//! A method expression is the method itself: goviz passes the receiver
//! as the first argument, which is exactly the method expression's
//! signature. A method value is a closure object `[wrapper, receiver]`
//! whose wrapper (gc's `T.M-fm`) loads the receiver from its context and
//! calls the method with the arguments it was given. The receiver is
//! evaluated when the method value is made, as Go specifies.

use super::*;
use crate::syntax::ast::Name;

impl FuncGen {
    /// dst = the method value or method expression `e` (`b.sel`), if
    /// `sel` names a method; Ok(false) if it does not.
    pub(super) fn method_value(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        b: &Expr,
        sel: &Name,
        dst: u16,
    ) -> Result<bool> {
        let Some(&m) = cx.info.uses.get(&cx.gpos(self.file, sel.pos)) else {
            return Ok(false);
        };
        if !matches!(cx.world.obj(m).kind, ObjKind::Func { .. }) {
            return Ok(false);
        }
        let bt = self.type_of(cx, b)?;
        if cx.world.types.is_interface(bt) {
            return self.iface_method_value(cx, e, b, bt, &sel.value, dst);
        }
        // T.M selects the method of T itself (of the instance for a
        // generic T); x.M the method its receiver reaches.
        let target = if is_type_expr(cx, b) {
            let own = self.targs_at(cx, sel.pos);
            cx.method_of(m, bt, &own)
                .and_then(|(idx, t)| match cx.world.types.get(t) {
                    Type::Signature(s) => Some((idx, s.clone())),
                    _ => None,
                })
        } else {
            self.method_target(cx, b, sel, m)?
        };
        let Some((idx, sig)) = target else {
            return cx.unsupported(self.file, e.pos, "values of this method are");
        };
        let Some(recv) = sig.recv else {
            return cx.unsupported(self.file, e.pos, "values of this method are");
        };
        let rt = cx.world.obj(recv).typ.expect("typed");
        if is_type_expr(cx, b) {
            // T.M with the method's own receiver type is the method.
            let bt = self.type_of(cx, b)?;
            if cx.world.identical(bt, rt) {
                self.emit(Op::FuncVal, dst, 0, 0, idx as i64);
                return Ok(true);
            }
            // (*T).M of a value (or promoted) method: gc's `(*T).M`
            // wrapper, the one itabs call, which takes the pointer first
            // (and panics as gc's panicwrap when it is nil).
            let bt = cx.world.types.unalias(bt);
            let m = match cx.world.types.get(bt) {
                Type::Pointer(_) => crate::codegen::methodset::method_set(cx.world, bt)
                    .into_iter()
                    .find(|m| *m.name == *sel.value),
                _ => None,
            };
            let Some(m) = m else {
                return cx.unsupported(self.file, e.pos, "this method expression is");
            };
            let f = cx.ifn(bt, &m, (self.file, e.pos))?;
            self.emit(Op::FuncVal, dst, 0, 0, f as i64);
            return Ok(true);
        }
        let r = self.repr_of_type(cx, rt, e.pos)?;
        let wrapper = self.method_wrapper(cx, idx, &sig, r, e.pos)?;
        let mark = self.next;
        let v = self.alloc(r.slots());
        self.receiver(cx, b, sel.pos, rt, v, r)?;
        self.at(cx, e.pos);
        let p = self.alloc(2);
        self.emit(
            Op::New,
            p,
            0,
            0,
            8 + r.mem_size().next_multiple_of(8) as i64,
        );
        self.emit(Op::FuncVal, p + 1, 0, 0, wrapper as i64);
        self.emit(Op::Store64, p, p + 1, 0, 0);
        self.store_mem(p, 8, v, r);
        self.emit(Op::Mov, dst, p, 0, 0);
        self.free_to(mark);
        Ok(true)
    }

    /// `x.M` for an interface value `x` (a closure `[I.M-fm, itab,
    /// data]`; a nil `x` faults here, as in Go) or `I.M` for an
    /// interface type (a function taking the interface value first).
    fn iface_method_value(
        &mut self,
        cx: &mut Ctx,
        e: &Expr,
        b: &Expr,
        it: TypeId,
        name: &str,
        dst: u16,
    ) -> Result<bool> {
        let Some(index) = self.iface_method_index(cx, it, name) else {
            return cx.unsupported(self.file, e.pos, "values of this method are");
        };
        let expr = is_type_expr(cx, b);
        let w = self.iface_method_wrapper(cx, it, index, expr, e.pos)?;
        if expr {
            self.emit(Op::FuncVal, dst, 0, 0, w as i64);
            return Ok(true);
        }
        let mark = self.next;
        let v = self.expr(cx, b, Repr::Iface(it))?;
        self.at(cx, e.pos);
        self.itab_fun(v, index);
        let p = self.alloc(2);
        self.emit(Op::New, p, 0, 0, 24);
        self.emit(Op::FuncVal, p + 1, 0, 0, w as i64);
        self.emit(Op::Store64, p, p + 1, 0, 0);
        self.emit(Op::Store64, p, v, 0, 8);
        self.emit(Op::Store64, p, v + 1, 0, 16);
        self.emit(Op::Mov, dst, p, 0, 0);
        self.free_to(mark);
        Ok(true)
    }

    /// The wrapper calling method `index` of interface `it`: `I.M-fm`
    /// (interface value in the closure context) or, for a method
    /// expression, `I.M` (interface value as first parameter).
    fn iface_method_wrapper(
        &mut self,
        cx: &mut Ctx,
        it: TypeId,
        index: usize,
        expr: bool,
        pos: Pos,
    ) -> Result<usize> {
        let w = cx.world;
        let m = crate::codegen::methodset::iface_method_list(w, it)[index];
        let tname = crate::codegen::reflectdata::names::rtype_string(w, it);
        let name = format!("{tname}.{}{}", w.obj(m).name, if expr { "" } else { "-fm" });
        let key = (
            crate::codegen::reflectdata::names::type_key(w, it),
            name.clone(),
        );
        if let Some(&f) = cx.tdata.wrappers.get(&key) {
            return Ok(f);
        }
        let sig = match w.types.get(w.obj(m).typ.expect("typed")) {
            Type::Signature(s) => s.clone(),
            _ => unreachable!("a method has a signature"),
        };
        let mut g = FuncGen::new(self.file, name.clone(), true);
        g.set_line(1);
        // A method expression's interface value is its first parameter;
        // a method value's is in its closure, after the parameters.
        let first = expr.then(|| g.alloc(2));
        let fwd = g.declare_forwarded(cx, self.file, pos, &sig)?;
        let v = first.unwrap_or_else(|| {
            let v = g.alloc(2);
            g.emit(Op::Load64, v, SLOT_CLOSURE as u16, 0, 8);
            g.emit(Op::Load64, v + 1, SLOT_CLOSURE as u16, 0, 16);
            v
        });
        let f = g.itab_fun(v, index);
        let (nparams, nresults) = fwd.slots();
        let base = g.alloc(FRAME_HEADER + 1 + nparams + nresults);
        g.emit(Op::Mov, base + FRAME_HEADER, v + 1, 0, 0);
        let after = g.forward_args(&fwd, base + FRAME_HEADER + 1);
        g.emit(Op::CallClosure, base, f, 0, 0);
        g.return_results(&fwd, after);
        let f = g.finish_wrapper(cx, name, fwd);
        cx.tdata.wrappers.insert(key, f);
        Ok(f)
    }

    /// The index of method `idx`'s `-fm` wrapper, compiled on first use.
    fn method_wrapper(
        &mut self,
        cx: &mut Ctx,
        idx: usize,
        sig: &Signature,
        r: Repr,
        pos: Pos,
    ) -> Result<usize> {
        if let Some(&w) = cx.method_wrappers.get(&idx) {
            return Ok(w);
        }
        let name = format!("{}-fm", cx.func_names[idx]);
        let mut g = FuncGen::new(self.file, name.clone(), true);
        // gc's wrappers are compiler-generated: `<autogenerated>:1`.
        g.set_line(1);
        let fwd = g.declare_forwarded(cx, self.file, pos, sig)?;
        let (nparams, nresults) = fwd.slots();
        let base = g.alloc(FRAME_HEADER + r.slots() + nparams + nresults);
        g.load_mem(base + FRAME_HEADER, SLOT_CLOSURE as u16, 8, r);
        let after = g.forward_args(&fwd, base + FRAME_HEADER + r.slots());
        g.emit(Op::Call, base, 0, 0, idx as i64);
        g.return_results(&fwd, after);
        let w = g.finish_wrapper(cx, name, fwd);
        cx.method_wrappers.insert(idx, w);
        Ok(w)
    }

    /// Declares a wrapper's parameters and results as `sig`'s (after any
    /// slots already allocated for a receiver).
    pub(super) fn declare_forwarded(
        &mut self,
        cx: &Ctx,
        file: usize,
        pos: Pos,
        sig: &Signature,
    ) -> Result<Forwarded> {
        let mut f = Forwarded::default();
        for &p in &sig.params {
            let (s, pr) = self.declare_param(cx, file, pos, p)?;
            f.args.extend((0..pr.slots()).map(|w| ArgWord::Word(s + w)));
            f.params.push((s, pr));
        }
        for &p in &sig.results {
            f.results.push(self.declare_param(cx, file, pos, p)?);
        }
        Ok(f)
    }

    /// Copies the wrapper's parameters to the callee's, from slot `at`;
    /// returns the slot after them (the callee's results).
    pub(super) fn forward_args(&mut self, f: &Forwarded, mut at: u16) -> u16 {
        for &(p, pr) in &f.params {
            self.copy(at, p, pr);
            at += pr.slots();
        }
        at
    }

    /// Copies the callee's results (from slot `at`) to the wrapper's and
    /// returns.
    pub(super) fn return_results(&mut self, f: &Forwarded, mut at: u16) {
        for &(res, rr) in &f.results {
            self.copy(res, at, rr);
            at += rr.slots();
        }
        self.emit(Op::Ret, 0, 0, 0, 0);
    }

    /// Adds the finished wrapper to the program; returns its index.
    pub(super) fn finish_wrapper(self, cx: &mut Ctx, name: String, f: Forwarded) -> usize {
        let w = cx.new_func_index();
        let meta = FuncMeta {
            name,
            file: "<autogenerated>".to_string(),
            line: 1,
            args: f.args,
            wrapper: true,
            inlined_calls: vec![],
        };
        cx.closures.push((w, self.finish(meta)));
        w
    }
}

/// A wrapper's own parameters and results (slot, representation).
#[derive(Default)]
pub(super) struct Forwarded {
    params: Vec<(u16, Repr)>,
    results: Vec<(u16, Repr)>,
    /// The traceback's view of the parameters.
    pub(super) args: Vec<ArgWord>,
}

impl Forwarded {
    /// Slots of the parameters and of the results.
    pub(super) fn slots(&self) -> (u16, u16) {
        let sum = |v: &[(u16, Repr)]| v.iter().map(|p| p.1.slots()).sum();
        (sum(&self.params), sum(&self.results))
    }
}
