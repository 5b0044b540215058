//! The bytecode machine: linked code, the execution context of an M, and
//! the dispatch loop.
//!
//! Dispatch is direct-threaded: each instruction word holds its
//! handler's address, and every handler ends by calling the next one in
//! tail position (`next!`), which LLVM turns into `jmp *reg` at
//! opt-level >= 2 (see interpreter-performance.md). The state that moves
//! between handlers (pc, frame pointer, context) is in argument
//! registers; nothing else is live across a dispatch. Where the build
//! cannot promise sibling calls (opt-level < 2, other architectures),
//! build.rs leaves `goviz_threaded` unset and the same handler bodies
//! return to a loop instead (`Status::Continue`), so every build runs the
//! same handlers.
//!
//! Invariants: handlers never unwind, never hold values with `Drop`
//! across a dispatch, and leave the fast path only by tail-calling a
//! `#[cold]` handler or by returning a non-`Continue` status with
//! `Exec.pc`/`Exec.fp` describing where the machine stopped.

#[macro_use]
mod dispatch;
mod gopanic;
mod handlers;
mod link;

pub use link::{FuncInfo, LinkError, LinkOptions, Linked, link, link_with};

use crate::proc::G;

/// A handler: executes the instruction at `pc` in the frame at `fp`. The
/// C ABI is SysV on every target goviz builds for (6 integer argument
/// registers), which is what keeps the hot state in registers.
pub type Handler = unsafe extern "C" fn(*const Word, *mut u64, *mut Exec) -> Status;

/// A decoded instruction: handler, two slot operands and a 32-bit field
/// that is the third slot operand or an immediate, per opcode.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct Ins {
    pub h: Handler,
    pub a: u16,
    pub b: u16,
    pub k: i32,
}

/// One 16-byte word of linked code: an instruction, or the 64-bit
/// operand word that follows instructions needing one (`Const` with a
/// wide value, `RoData`, `Call`).
#[repr(C)]
#[derive(Clone, Copy)]
pub union Word {
    pub ins: Ins,
    pub raw: [u64; 2],
}

/// Why the machine stopped running bytecode.
#[repr(u32)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Loop dispatch only: run the instruction at `Exec.pc`.
    Continue,
    /// The goroutine returned from its entry frame.
    GoExit,
    /// The program asked to exit with `Exec.exit_code`.
    Exit,
    /// The machine stops for good: an unrecovered panic (the G's panic
    /// chain) or a fatal error (`Exec.fatal`). A channel operation also
    /// returns it with `Exec.pending` set, which its handler turns into
    /// `gopanic`.
    Panic,
    /// The goroutine parked (`proc::gopark`): it waits in a channel
    /// operation; `Exec.pc` is that instruction.
    Park,
    /// The goroutine was preempted at the call at `Exec.pc`, which runs
    /// again when it is next scheduled.
    Preempt,
}

/// The execution context of an M running a goroutine: what handlers reach
/// through their `ctx` argument.
pub struct Exec {
    pub g: *mut G,
    /// Where the machine stopped (set whenever a handler returns).
    pub pc: *const Word,
    pub fp: *mut u64,
    /// The program's global slots (package-level variables).
    pub globals: *mut u64,
    /// The print statement being assembled under printlock.
    pub print: Vec<u8>,
    /// The value a starting panic carries (handed to `gopanic`).
    pub pending: Option<crate::panic::PanicValue>,
    /// A fatal error (Go's `throw`/`fatal`): not a panic, never recovered.
    pub fatal: Option<crate::panic::RuntimeError>,
    /// The panic whose `Error`/`String` method preprintpanics is calling.
    pub preprinting: usize,
    /// The program being run.
    pub prog: *const Linked,
    pub exit_code: i32,
    pub heap: crate::malloc::Heap,
    pub itabs: crate::iface::ItabTable,
    /// The goroutines and the P this M runs them on.
    pub sched: crate::proc::Sched,
}

impl Exec {
    /// Runs the goroutine `g` from its saved pc/fp until it stops.
    ///
    /// # Safety
    /// `g`'s saved state must point into linked code of a program that
    /// outlives the call and into `g`'s own stack.
    pub unsafe fn run(&mut self, g: *mut G) -> Status {
        self.g = g;
        // SAFETY: the caller guarantees g is live and its saved pc/fp are
        // valid; handlers keep them valid (compiler invariants, bytecode.rs).
        unsafe {
            let (pc, fp) = ((*g).sched.pc, (*g).sched.fp);
            let st = dispatch_loop(pc, fp, self);
            (*g).sched.pc = self.pc;
            (*g).sched.fp = self.fp;
            st
        }
    }

    /// Runs goroutine `g` from its saved pc/fp by first panicking with
    /// `err` there (a channel operation it parked in failed).
    ///
    /// # Safety
    /// As [`Exec::run`].
    pub unsafe fn run_panicking(&mut self, g: *mut G, err: crate::panic::RuntimeError) -> Status {
        self.g = g;
        self.pending = Some(crate::panic::PanicValue::Runtime(err));
        // SAFETY: as run; gopanic leaves pc/fp in self when it does not
        // dispatch itself (loop dispatch).
        unsafe {
            let (pc, fp) = ((*g).sched.pc, (*g).sched.fp);
            let mut st = gopanic::gopanic(pc, fp, self);
            if st == Status::Continue {
                st = dispatch_loop(self.pc, self.fp, self);
            }
            (*g).sched.pc = self.pc;
            (*g).sched.fp = self.fp;
            st
        }
    }
}

#[cfg(goviz_threaded)]
unsafe fn dispatch_loop(pc: *const Word, fp: *mut u64, ctx: *mut Exec) -> Status {
    // SAFETY: forwarded from `Exec::run`.
    unsafe { ((*pc).ins.h)(pc, fp, ctx) }
}

#[cfg(not(goviz_threaded))]
unsafe fn dispatch_loop(pc: *const Word, fp: *mut u64, ctx: *mut Exec) -> Status {
    // SAFETY: forwarded from `Exec::run`; handlers store the next pc/fp.
    unsafe {
        (*ctx).pc = pc;
        (*ctx).fp = fp;
        loop {
            let pc = (*ctx).pc;
            let st = ((*pc).ins.h)(pc, (*ctx).fp, ctx);
            if st != Status::Continue {
                return st;
            }
        }
    }
}

/// Whether this build dispatches by sibling calls (else by a loop).
pub const THREADED: bool = cfg!(goviz_threaded);
