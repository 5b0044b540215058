//! Goroutines (G) and running a program.
//!
//! Today one M runs every goroutine on one P, and a program has one
//! goroutine (main); the scheduler issue brings Go's GMP (runq, runnext,
//! find_runnable, stealing, sysmon) into this file. What is fixed now is
//! the shape the scheduler relies on: a goroutine's whole execution state
//! is its `sched` (pc, fp) and its stack, so switching goroutines is
//! saving and loading those words.

use crate::bytecode::{SLOT_CALLER_DIST, SLOT_RET_PC};
use crate::interp::{Exec, Linked, Status, Word};
use crate::mcache::MCache;
use crate::stack::Stack;

/// Saved execution state of a goroutine that is not running (Go's gobuf).
#[derive(Clone, Copy, Debug)]
pub struct Gobuf {
    pub pc: *const Word,
    pub fp: *mut u64,
}

/// A P (processor): what an M must hold to run Go code. Today one P
/// exists and holds only its allocation cache; the scheduler adds its
/// run queue (`runq`, `runnext`), timers and status, and hangs it on the
/// M running it.
pub struct P {
    pub id: u32,
    /// The P's allocation cache (Go's `p.mcache`).
    pub mcache: MCache,
}

impl P {
    pub fn new(id: u32) -> P {
        P {
            id,
            mcache: MCache::new(),
        }
    }
}

/// A goroutine.
pub struct G {
    pub stack: Stack,
    /// The prologue check's limit: a call whose frame would end above it
    /// goes to morestack. Equal to `stack.hi` (our stacks grow upward)
    /// unless a preemption request lowers it to 0.
    pub stackguard0: usize,
    pub sched: Gobuf,
    pub goid: u64,
    /// Deferred calls, newest last (Go's `g._defer` list).
    pub defers: Vec<crate::panic::Defer>,
    /// Active panics, newest last (Go's `g._panic` list).
    pub panics: Vec<crate::panic::Panic>,
}

impl G {
    /// A goroutine that will start running `f` with an empty frame.
    pub fn new(goid: u64, f: &crate::interp::FuncInfo) -> Box<G> {
        let stack = Stack::alloc(crate::stack::STACK_MIN.max(f.frame_slots * 8));
        let fp = stack.lo as *mut u64;
        // SAFETY: the new stack holds at least f's frame, which includes
        // the header slots written here.
        unsafe {
            // A null return pc ends the goroutine when its entry returns.
            *fp.add(SLOT_RET_PC) = 0;
            *fp.add(SLOT_CALLER_DIST) = 0;
        }
        let hi = stack.hi;
        Box::new(G {
            stack,
            stackguard0: hi,
            sched: Gobuf { pc: f.entry, fp },
            goid,
            defers: Vec::new(),
            panics: Vec::new(),
        })
    }
}

/// Runs a linked program's entry function as goroutine 1 and returns
/// the process exit status: the program's own, or 2 after printing an
/// unrecovered panic as Go does.
pub fn run_main(prog: &mut Linked) -> i32 {
    let entry = &*prog.funcs[prog.entry];
    let mut g = G::new(1, entry);
    let mut exec = Exec {
        g: std::ptr::null_mut(),
        pc: std::ptr::null(),
        fp: std::ptr::null_mut(),
        globals: prog.globals.as_mut_ptr(),
        print: Vec::new(),
        pending: None,
        preprinting: 0,
        prog: &*prog,
        exit_code: 0,
        heap: crate::malloc::Heap::new(),
        itabs: crate::iface::ItabTable::new(
            prog.module(),
            prog.funcs
                .iter()
                .map(|f| &**f as *const _ as usize)
                .collect(),
            &prog.itabs,
        ),
    };
    // SAFETY: g was made for this program's entry function and the
    // program outlives the run.
    let status = unsafe { exec.run(&mut *g) };
    match status {
        Status::Exit => exec.exit_code,
        Status::GoExit => 0,
        Status::Panic => {
            crate::panic::print_fatal_panic(prog, &g, &g.panics, exec.pc, exec.fp);
            2
        }
        Status::Continue => unreachable!("the dispatch loop never stops with Continue"),
    }
}
