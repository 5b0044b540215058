//! defer, panic and recover (Go's `panic.go`), on the machine.
//!
//! `Defer` pushes a `_defer` record (func value, deferring frame,
//! deferreturn pc) on the goroutine; a function's deferreturn code pops
//! and calls the records of its own frame (`DeferPop`) before it
//! returns. A panic pushes a `_panic` record and a `gopanic` frame above
//! the frame that panicked (its header returns into that frame at the
//! panicking instruction, its slots hold the panic value: tracebacks
//! print it as gc's `panic({...})` frame); each deferred call then runs
//! above the gopanic frame and returns into the gopanic function's
//! `continue` word. There, a recovered panic unwinds to the frame that
//! deferred the recovering call and resumes its deferreturn code; else
//! the next deferred call runs, and when none is left the panic values'
//! `Error`/`String` methods are called the same way (preprintpanics)
//! and the machine stops with `Status::Panic`.
//!
//! Invariants: no Rust frame outlives a handler (every step returns the
//! next (pc, fp) to dispatch); records hold frame positions as slot
//! offsets from the stack's base, so a stack copy leaves them valid;
//! recover() recovers only when called directly by the deferred call the
//! current panic is running (or through a compiler wrapper).

use super::dispatch::{ins, slot};
use super::{Exec, FuncInfo, Status, Word};
use crate::abi::{TypeRef, kind};
use crate::bytecode::{FRAME_HEADER, SLOT_CALLER_DIST, SLOT_CLOSURE, SLOT_RET_PC};
use crate::mem;
use crate::panic::{Defer, Panic, PanicValue, RuntimeError};

/// Slots of a gopanic frame: the header and the panic value's two words.
pub const GOPANIC_SLOTS: usize = FRAME_HEADER as usize + 2;

/// What the machine does next.
enum Next {
    Run(*const Word, *mut u64),
    Stop(Status),
}

macro_rules! go {
    ($next:expr, $ctx:expr) => {
        match $next {
            Next::Run(pc, fp) => next!(pc, fp, $ctx),
            Next::Stop(s) => return s,
        }
    };
}

/// The slot offset of `fp` in the running goroutine's stack.
unsafe fn frame_off(ctx: *mut Exec, fp: *mut u64) -> usize {
    // SAFETY: fp is a frame of the running goroutine (ctx.g).
    unsafe { (fp as usize - (*(*ctx).g).stack.lo) / 8 }
}

/// The frame at slot offset `off` of the running goroutine's stack.
unsafe fn frame_at(ctx: *mut Exec, off: usize) -> *mut u64 {
    // SAFETY: offsets are taken from live frames of this stack.
    unsafe { ((*(*ctx).g).stack.lo as *mut u64).add(off) }
}

handler!(pub(super) h_defer, |pc, fp, ctx| {
    let w = ins(pc);
    push_defer(ctx, fp, *slot(fp, w.a), pc.offset(w.k as isize));
    next!(pc.add(1), fp, ctx)
});

#[inline(never)]
unsafe fn push_defer(ctx: *mut Exec, fp: *mut u64, func: u64, deferreturn: *const Word) {
    // SAFETY: ctx.g is the running goroutine and fp its frame.
    unsafe {
        let frame = frame_off(ctx, fp);
        (*(*ctx).g).defers.push(Defer {
            func,
            frame,
            deferreturn,
        });
    }
}

handler!(pub(super) h_deferpop, |pc, fp, ctx| {
    *slot(fp, ins(pc).a) = pop_defer(ctx, fp);
    next!(pc.add(1), fp, ctx)
});

/// The func value of the newest deferred call of frame `fp` (removed),
/// or 0 when the frame has none left.
#[inline(never)]
unsafe fn pop_defer(ctx: *mut Exec, fp: *mut u64) -> u64 {
    // SAFETY: as push_defer.
    unsafe {
        let frame = frame_off(ctx, fp);
        let defers = &mut (*(*ctx).g).defers;
        match defers.last() {
            Some(d) if d.frame == frame => defers.pop().map_or(0, |d| d.func),
            _ => 0,
        }
    }
}

handler!(pub(super) h_panic, |pc, fp, ctx| {
    let w = ins(pc);
    let (t, d) = (*slot(fp, w.a), *slot(fp, w.a + 1));
    (*ctx).pending = Some(if t == 0 {
        PanicValue::Runtime(RuntimeError::PanicNil)
    } else {
        PanicValue::Go(t, d)
    });
    gopanic(pc, fp, ctx)
});

handler!(pub(super) h_panicplain, |pc, fp, ctx| {
    let a = ins(pc).a;
    let (p, n) = (*slot(fp, a), *slot(fp, a + 1) as usize);
    (*ctx).pending = Some(PanicValue::Runtime(plain_error(p, n)));
    gopanic(pc, fp, ctx)
});

#[cold]
#[inline(never)]
unsafe fn plain_error(p: u64, n: usize) -> RuntimeError {
    if n == 0 {
        return RuntimeError::Plain(String::new());
    }
    // SAFETY: a..a+1 is a string (its bytes are immutable).
    let b = unsafe { std::slice::from_raw_parts(p as *const u8, n) };
    RuntimeError::Plain(String::from_utf8_lossy(b).into_owned())
}

/// Starts panicking with `ctx.pending` at the instruction `pc` of frame
/// `fp` (a `panic` call or an instruction raising a run-time error).
pub(super) unsafe extern "C" fn gopanic(pc: *const Word, fp: *mut u64, ctx: *mut Exec) -> Status {
    // SAFETY: pc/fp are the running instruction and frame.
    unsafe { go!(start_panic(pc, fp, ctx), ctx) }
}

#[inline(never)]
unsafe fn start_panic(pc: *const Word, fp: *mut u64, ctx: *mut Exec) -> Next {
    // SAFETY: pc is linked code of ctx.prog, fp its frame in g's stack.
    unsafe {
        let value = (*ctx).pending.take().expect("gopanic is given a value");
        let prog = &*(*ctx).prog;
        let f = prog.func_at(pc).expect("a panicking pc is in a function");
        let (_, gp) = ensure_stack(ctx, fp, f.frame_slots, GOPANIC_SLOTS);
        *gp.add(SLOT_RET_PC) = pc.add(1) as u64;
        *gp.add(SLOT_CALLER_DIST) = f.frame_slots as u64;
        *gp.add(SLOT_CLOSURE) = 0;
        let words = match &value {
            PanicValue::Go(t, d) => (*t, *d),
            PanicValue::Runtime(e) => error_value(ctx, e),
        };
        *gp.add(FRAME_HEADER as usize) = words.0;
        *gp.add(FRAME_HEADER as usize + 1) = words.1;
        let frame = frame_off(ctx, gp);
        (*(*ctx).g).panics.push(Panic {
            value,
            words,
            frame,
            recovered: false,
            running: None,
            repanicked: false,
            printed: None,
        });
        next_defer(ctx)
    }
}

/// Makes room for `extra` slots above the frame at `fp` of `slots`
/// slots, growing (and so moving) the stack if needed; returns the frame
/// and the start of the room.
unsafe fn ensure_stack(
    ctx: *mut Exec,
    fp: *mut u64,
    slots: usize,
    extra: usize,
) -> (*mut u64, *mut u64) {
    // SAFETY: fp is a frame of the running goroutine.
    unsafe {
        let end = fp.add(slots + extra) as usize;
        let g = (*ctx).g;
        let fp = if end > (*g).stackguard0.load(std::sync::atomic::Ordering::Relaxed) {
            crate::stack::morestack(g, fp, end)
        } else {
            fp
        };
        (fp, fp.add(slots))
    }
}

/// Calls func value `fv` with its frame above the gopanic frame `gp`,
/// returning to `ret`; `recv` (if any) is its first parameter.
unsafe fn call_above(
    ctx: *mut Exec,
    gp: *mut u64,
    fv: u64,
    recv: Option<u64>,
    ret: *const Word,
) -> Next {
    // SAFETY: fv is a func value (its first word a FuncInfo); gp is the
    // top gopanic frame, nothing live lies above it.
    unsafe {
        let f = mem::load64(fv as usize) as *const FuncInfo;
        let (_, nfp) = ensure_stack(ctx, gp, GOPANIC_SLOTS, (*f).frame_slots);
        *nfp.add(SLOT_RET_PC) = ret as u64;
        *nfp.add(SLOT_CALLER_DIST) = GOPANIC_SLOTS as u64;
        *nfp.add(SLOT_CLOSURE) = fv;
        if let Some(r) = recv {
            *nfp.add(FRAME_HEADER as usize) = r;
        }
        Next::Run((*f).entry, nfp)
    }
}

/// Runs the newest deferred call for the newest panic, or, with none
/// left, gets ready to print the panics.
unsafe fn next_defer(ctx: *mut Exec) -> Next {
    // SAFETY: called with a panic pushed on the running goroutine.
    unsafe {
        let g = (*ctx).g;
        let Some(d) = (*g).defers.pop() else {
            return preprint(ctx);
        };
        let p = (*g).panics.last_mut().expect("panicking");
        p.running = Some(d);
        let gp = frame_at(ctx, p.frame);
        call_above(ctx, gp, d.func, None, (*(*ctx).prog).gopanic_continue())
    }
}

/// Where a deferred call run by a panic returns to (fp: the gopanic
/// frame).
pub(super) unsafe extern "C" fn h_paniccontinue(
    _pc: *const Word,
    _fp: *mut u64,
    ctx: *mut Exec,
) -> Status {
    // SAFETY: a deferred call of the newest panic just returned.
    unsafe { go!(after_defer(ctx), ctx) }
}

#[inline(never)]
unsafe fn after_defer(ctx: *mut Exec) -> Next {
    // SAFETY: as h_paniccontinue.
    unsafe {
        let g = (*ctx).g;
        let p = (*g).panics.last().expect("panicking");
        if !p.recovered {
            return next_defer(ctx);
        }
        // Recovery: the frame that deferred the call returns normally,
        // through the rest of its deferred calls.
        let d = p.running.expect("a deferred call was running");
        (*g).panics.pop();
        (*g).panics.retain(|q| q.frame < d.frame);
        Next::Run(d.deferreturn, frame_at(ctx, d.frame))
    }
}

handler!(pub(super) h_recover, |pc, fp, ctx| {
    let a = ins(pc).a;
    let (t, d) = gorecover(ctx, fp);
    *slot(fp, a) = t;
    *slot(fp, a + 1) = d;
    next!(pc.add(1), fp, ctx)
});

/// recover() in frame `fp`: the newest panic's value if `fp` is the
/// deferred call it runs (directly, or through a compiler wrapper), and
/// that panic is marked recovered; else nil.
#[inline(never)]
unsafe fn gorecover(ctx: *mut Exec, fp: *mut u64) -> (u64, u64) {
    // SAFETY: fp is the running frame; its header links to its caller.
    unsafe {
        let g = (*ctx).g;
        let prog = &*(*ctx).prog;
        let Some(p) = (*g).panics.last_mut() else {
            return (0, 0);
        };
        if p.recovered {
            return (0, 0);
        }
        let gp = frame_at(ctx, p.frame);
        let cont = prog.gopanic_continue();
        let caller = |f: *mut u64| {
            (
                *f.add(SLOT_RET_PC) as *const Word,
                f.sub(*f.add(SLOT_CALLER_DIST) as usize),
            )
        };
        let (mut ret, mut up) = caller(fp);
        if ret != cont
            && let Some(w) = prog.func_at(ret.wrapping_sub(1))
            && w.meta.wrapper
        {
            (ret, up) = caller(up);
        }
        if ret != cont || up != gp {
            return (0, 0);
        }
        p.recovered = true;
        p.words
    }
}

/// The Go value of run-time error `e` (a value of one of package
/// runtime's error types, see `goviz/rterror`), as an empty interface.
unsafe fn error_value(ctx: *mut Exec, e: &RuntimeError) -> (u64, u64) {
    use crate::panic::ErrorType;
    // SAFETY: ctx.prog is the running program; objects come from its
    // heap and are written before the value is published.
    unsafe {
        let prog = &*(*ctx).prog;
        let Some(rt) = prog.runtime_types else {
            return (0, 0);
        };
        let heap = &mut (*ctx).heap;
        let ty = |off: u32| prog.module().types as u64 + off as u64;
        // A string header {ptr, len} holding the error's text: the value
        // of errorString and plainError, and the one field of
        // boundsError and TypeAssertionError.
        let mut text_object = || {
            let text = e.value_text();
            let bytes = heap.mallocgc(text.len(), true, false) as usize;
            std::ptr::copy_nonoverlapping(text.as_ptr(), bytes as *mut u8, text.len());
            let obj = heap.mallocgc(16, false, true) as usize;
            mem::store64(obj, bytes as u64);
            mem::store64(obj + 8, text.len() as u64);
            obj as u64
        };
        match e.go_type() {
            ErrorType::ErrorString => (ty(rt.error_string), text_object()),
            ErrorType::Plain => (ty(rt.plain_error), text_object()),
            ErrorType::Bounds => (ty(rt.bounds_error), text_object()),
            ErrorType::TypeAssertion => (ty(rt.type_assertion_error), text_object()),
            ErrorType::PanicNil => (ty(rt.panic_nil_error), heap.mallocgc(0, true, false) as u64),
        }
    }
}

/// Go's preprintpanics: marks re-panics, then calls the next panic
/// value's `Error` or `String` method (returning to the gopanic
/// function's `preprint` word); stops the machine when none is left.
unsafe fn preprint(ctx: *mut Exec) -> Next {
    // SAFETY: the goroutine is panicking with no deferred call left.
    unsafe {
        let g = (*ctx).g;
        let prog = &*(*ctx).prog;
        let module = prog.module();
        let panics = &mut (*g).panics;
        for i in (1..panics.len()).rev() {
            if panics[i - 1].words == panics[i].words {
                panics[i - 1].repanicked = true;
            }
        }
        for i in (0..panics.len()).rev() {
            let skip = i > 0 && panics[i - 1].words == panics[i].words;
            let PanicValue::Go(t, d) = panics[i].value else {
                continue;
            };
            if skip || panics[i].printed.is_some() {
                continue;
            }
            let Some(ifn) = string_method(prog, &module, TypeRef(t as *const u8)) else {
                continue;
            };
            panics[i].printed = Some(Vec::new());
            (*ctx).preprinting = i;
            let gp = frame_at(ctx, panics.last().expect("panicking").frame);
            return call_above(ctx, gp, ifn as u64, Some(d), prog.gopanic_preprint());
        }
        let top = panics.last().expect("panicking");
        let gp = frame_at(ctx, top.frame);
        (*ctx).pc = (*gp.add(SLOT_RET_PC) as *const Word).sub(1);
        (*ctx).fp = gp.sub(*gp.add(SLOT_CALLER_DIST) as usize);
        Next::Stop(Status::Panic)
    }
}

/// The `Error` method of type `t`, else its `String` method (each
/// `func() string`): its FuncInfo, called with the data word.
fn string_method(prog: &super::Linked, module: &crate::abi::Module, t: TypeRef) -> Option<usize> {
    let ms = t.methods();
    let find = |name: &[u8]| {
        ms.iter().find(|m| {
            module.name(m.0).name == name
                && module.type_off(m.1).is_some_and(|mt| {
                    mt.kind() == kind::FUNC && mt.string(module) == "func() string"
                })
        })
    };
    let m = find(b"Error").or_else(|| find(b"String"))?;
    let idx = usize::try_from(m.2).ok()?;
    prog.funcs
        .get(idx)
        .map(|f| &**f as *const FuncInfo as usize)
}

/// Where an `Error`/`String` call of preprintpanics returns to (fp: the
/// newest gopanic frame).
pub(super) unsafe extern "C" fn h_preprintreturn(
    _pc: *const Word,
    fp: *mut u64,
    ctx: *mut Exec,
) -> Status {
    // SAFETY: the method's frame (receiver, then the result string)
    // sits right above the gopanic frame at fp.
    unsafe {
        let res = fp.add(GOPANIC_SLOTS + FRAME_HEADER as usize + 1);
        let (p, n) = (*res, *res.add(1) as usize);
        let text = if n == 0 {
            Vec::new()
        } else {
            std::slice::from_raw_parts(p as *const u8, n).to_vec()
        };
        let i = (*ctx).preprinting;
        (&mut (*(*ctx).g).panics)[i].printed = Some(text);
        go!(preprint(ctx), ctx)
    }
}
