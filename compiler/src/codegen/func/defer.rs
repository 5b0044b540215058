//! defer, panic and recover (the runtime side is
//! `goviz_runtime::interp::gopanic`).
//!
//! `defer f(args)` evaluates `f` and the arguments at the statement, as
//! Go specifies, into a closure object `[deferwrap, values...]` whose
//! function (gc's `deferwrap1`, a wrapper recover() looks through)
//! loads them and makes the call; a call of a func value or function
//! with no arguments is deferred as that func value itself. `Defer`
//! records it with the function's deferreturn code: the epilogue every
//! return of a function with defers (or with results captured in heap
//! cells) jumps to, which runs the frame's deferred calls, copies heap
//! results to their slots and returns. A recovered panic resumes there.

use super::*;
use crate::codegen::addrtaken::has_defer;

/// How a deferred call is made from its stored values.
enum Deferred {
    /// A declared function or method, by index (a method's receiver is
    /// the first stored value).
    Static(usize),
    /// A func value: the first stored value (an itab word for interface
    /// methods, whose receiver comes next).
    Value,
    /// print / println of the stored values.
    Print(bool),
    /// panic with the stored interface value.
    Panic,
}

impl FuncGen {
    /// Whether returns of this body go through the epilogue.
    pub(super) fn needs_epilogue(&self, body: &Block, sig: &Signature) -> bool {
        has_defer(body) || sig.results.iter().any(|r| self.heap_vars.contains(r))
    }

    /// Ends a return: runs the deferred calls (at the return's line, as
    /// gc's per-return deferreturn), or returns directly.
    pub(super) fn exit(&mut self) {
        if self.epilogue {
            let mark = self.next;
            self.defer_return();
            self.free_to(mark);
        } else {
            self.emit(Op::Ret, 0, 0, 0, 0);
        }
    }

    /// The epilogue at the end of the body, where a function falling off
    /// its end and a frame that recovered from a panic (the `Defer`
    /// sites' target) return.
    pub(super) fn emit_epilogue(&mut self) {
        let top = self.code.len();
        for d in std::mem::take(&mut self.defer_sites) {
            self.patch(d, top);
        }
        self.defer_return();
    }

    /// deferreturn: run this frame's deferred calls, move heap-allocated
    /// results to their slots, return.
    fn defer_return(&mut self) {
        let top = self.code.len();
        let f = self.alloc(1);
        let base = self.alloc(FRAME_HEADER);
        self.emit(Op::DeferPop, f, 0, 0, 0);
        let done = self.emit(Op::JEqK, f, 0, 0, 0);
        self.emit(Op::CallClosure, base, f, 0, 0);
        self.jump_to(top);
        self.patch_here(done);
        for (cell, slot, r) in self.heap_results.clone() {
            self.load_mem(slot, cell, 0, r);
        }
        self.emit(Op::Ret, 0, 0, 0, 0);
    }

    /// panic(x).
    pub(super) fn panic_call(&mut self, cx: &mut Ctx, e: &Expr, x: &Expr) -> Result<()> {
        let v = self.alloc(2);
        self.value_to(cx, x, v, Repr::Iface(any_type(cx)))?;
        self.at(cx, e.pos);
        self.emit(Op::Panic, v, 0, 0, 0);
        Ok(())
    }

    /// `defer call`.
    pub(super) fn defer_stmt(&mut self, cx: &mut Ctx, pos: Pos, call: &Expr) -> Result<()> {
        let mark = self.next;
        let fv = self.alloc(1);
        self.deferred_func(cx, call, fv)?;
        self.at(cx, pos);
        let d = self.emit(Op::Defer, fv, 0, 0, 0);
        self.defer_sites.push(d);
        self.free_to(mark);
        Ok(())
    }

    /// dst = the func value a `defer` of call `e` records.
    fn deferred_func(&mut self, cx: &mut Ctx, e: &Expr, dst: u16) -> Result<()> {
        let ExprKind::Call {
            fun,
            args,
            has_dots,
        } = &e.unparen().kind
        else {
            return cx.unsupported(self.file, e.pos, "this defer is");
        };
        // Values to store, with how the call is made from them.
        let mut vals: Vec<(u16, Repr)> = Vec::new();
        let how = if let Some(b) = self.builtin(cx, fun) {
            match b {
                Builtin::Print | Builtin::Println => {
                    for a in args {
                        let r = self.repr(cx, a)?;
                        vals.push((self.expr(cx, a, r)?, r));
                    }
                    Deferred::Print(b == Builtin::Println)
                }
                Builtin::Panic => {
                    let r = Repr::Iface(any_type(cx));
                    vals.push((self.expr(cx, &args[0], r)?, r));
                    Deferred::Panic
                }
                _ => return cx.unsupported(self.file, e.pos, format!("defer of {} is", b.name())),
            }
        } else {
            let callee = self.callee(cx, fun)?;
            let sig = self.signature_of(cx, fun, e.pos, "this defer is")?;
            // A func value is not recorded as it is: a nil one must panic
            // when called at return, not end the deferred calls.
            if let (Callee::Static(idx), true) = (&callee, args.is_empty()) {
                self.emit(Op::FuncVal, dst, 0, 0, *idx as i64);
                return Ok(());
            }
            let how = match &callee {
                Callee::Static(idx) => Deferred::Static(*idx),
                Callee::Method {
                    idx,
                    recv,
                    sel,
                    recv_type,
                } => {
                    let r = self.repr_of_type(cx, *recv_type, e.pos)?;
                    let v = self.alloc(r.slots());
                    self.receiver(cx, recv, *sel, *recv_type, v, r)?;
                    vals.push((v, r));
                    Deferred::Static(*idx)
                }
                Callee::Value => {
                    vals.push((self.expr(cx, fun, Repr::Ptr)?, Repr::Ptr));
                    Deferred::Value
                }
                Callee::Iface { recv, path, name } => {
                    let s = self.iface_method(cx, recv, path, name)?;
                    vals.push((s, Repr::Ptr));
                    vals.push((s + 1, Repr::Ptr));
                    Deferred::Value
                }
            };
            let pr: Vec<Repr> = sig
                .params
                .iter()
                .map(|&p| self.repr_of_type(cx, cx.world.obj(p).typ.expect("typed"), e.pos))
                .collect::<Result<_>>()?;
            let nargs: u16 = pr.iter().map(|r| r.slots()).sum();
            let a = self.alloc(nargs);
            self.write_args(cx, e.pos, &sig, &pr, args, *has_dots, a)?;
            let mut s = a;
            for r in pr {
                vals.push((s, r));
                s += r.slots();
            }
            how
        };
        let wrap = self.deferwrap(cx, e.pos, &vals, how)?;
        // The closure object: the wrapper, then every stored slot.
        let nslots: u16 = vals.iter().map(|v| v.1.slots()).sum();
        let p = self.alloc(2);
        self.emit(Op::New, p, 0, 0, 8 * (1 + nslots as i64));
        self.emit(Op::FuncVal, p + 1, 0, 0, wrap as i64);
        self.emit(Op::Store64, p, p + 1, 0, 0);
        let mut off = 8;
        for &(s, r) in &vals {
            for w in 0..r.slots() {
                self.emit(Op::Store64, p, s + w, 0, off);
                off += 8;
            }
        }
        self.emit(Op::Mov, dst, p, 0, 0);
        Ok(())
    }

    /// The deferwrap function that makes the deferred call from the
    /// values stored after the function word of its closure object.
    fn deferwrap(
        &mut self,
        cx: &mut Ctx,
        pos: Pos,
        vals: &[(u16, Repr)],
        how: Deferred,
    ) -> Result<usize> {
        self.ndeferwraps += 1;
        let name = format!("{}.deferwrap{}", self.name, self.ndeferwraps);
        let mut g = FuncGen::new(self.file, name.clone(), true);
        g.set_line(cx.line(self.file, pos));
        // The stored values, reloaded into consecutive slots.
        let nslots: u16 = vals.iter().map(|v| v.1.slots()).sum();
        let (lead, base) = match how {
            Deferred::Value => {
                let f = g.alloc(1);
                (Some(f), g.alloc(FRAME_HEADER + nslots - 1))
            }
            Deferred::Static(_) => (None, g.alloc(FRAME_HEADER + nslots)),
            Deferred::Print(_) | Deferred::Panic => (None, g.alloc(nslots)),
        };
        let first = match how {
            Deferred::Print(_) | Deferred::Panic => base,
            _ => base + FRAME_HEADER,
        };
        let mut at = first;
        let mut off = 8;
        for w in 0..nslots {
            let dst = match (w, lead) {
                (0, Some(f)) => f,
                _ => {
                    at += 1;
                    at - 1
                }
            };
            g.emit(Op::Load64, dst, SLOT_CLOSURE as u16, 0, off);
            off += 8;
        }
        match how {
            Deferred::Static(idx) => {
                g.emit(Op::Call, base, 0, 0, idx as i64);
            }
            Deferred::Value => {
                g.emit(Op::CallClosure, base, lead.expect("loaded"), 0, 0);
            }
            Deferred::Print(ln) => {
                let mut s = base;
                let reloaded: Vec<(u16, Repr)> = vals
                    .iter()
                    .map(|&(_, r)| {
                        s += r.slots();
                        (s - r.slots(), r)
                    })
                    .collect();
                g.print_slots(cx, pos, &reloaded, ln)?;
            }
            Deferred::Panic => {
                g.emit(Op::Panic, base, 0, 0, 0);
            }
        }
        g.emit(Op::Ret, 0, 0, 0, 0);
        let idx = cx.new_func_index();
        let meta = FuncMeta {
            name,
            file: crate::codegen::abs_path(&cx.pkg.files[self.file].path),
            line: cx.line(self.file, pos),
            args: vec![],
            wrapper: true,
            inlined_calls: vec![],
        };
        cx.closures.push((idx, g.finish(meta)));
        Ok(idx)
    }
}

/// The predeclared `any` (`interface{}`), the type of panic's argument
/// and recover's result.
pub(super) fn any_type(cx: &Ctx) -> TypeId {
    cx.world
        .lookup_local(cx.world.universe, "any")
        .and_then(|o| cx.world.obj(o).typ)
        .expect("the universe declares any")
}
