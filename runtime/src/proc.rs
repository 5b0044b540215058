//! Goroutines (G), the P that runs them, and the scheduler loop.
//!
//! One M runs every goroutine on one P, as Go does with GOMAXPROCS=1:
//! the P has Go's local run queue (a 256-entry ring) and its `runnext`
//! slot, and there is a global run queue behind it. `newproc` and
//! `goready` put the goroutine they make runnable into `runnext`,
//! displacing the previous occupant to the tail of the ring, so the last
//! goroutine readied runs first (go-runtime-facts §10). `schedule` takes
//! `runnext`, then the ring, checking the global queue every 61st tick
//! (Go's fairness rule) and when the ring is empty; when nothing is
//! runnable and nothing could wake anything, the program is deadlocked.
//!
//! Invariants:
//! - a goroutine's whole execution state is its `sched` (pc, fp) and its
//!   stack, so switching goroutines is saving and loading those words;
//!   a goroutine that is not running never has its stack moved (only the
//!   running goroutine grows its stack), so pointers into a parked
//!   goroutine's frame (a sudog's `elem`) stay valid;
//! - a parked goroutine's `sched.pc` is the instruction that parked it
//!   (tracebacks print its line); what must happen before it continues
//!   (the rest of chansend/chanrecv/selectgo after `gopark`) is in
//!   `G::park`, run by `execute` when the goroutine is next scheduled;
//! - `allgs` only grows: a dead G stays in its slot and is reused by the
//!   next `newproc` (Go's gfree list), which is why goroutine dumps list
//!   a reused G at the dead one's place.
//!
//! Preemption: `sysmon` (a thread) watches the P's scheduler tick; when
//! the same goroutine has run for 10 ms it poisons that goroutine's
//! `stackguard0`, so its next call fails the prologue check and
//! `morestack` yields to the scheduler (Go's cooperative preemption).
//! Left for the scheduler issue: loops without calls are never preempted
//! (Go preempts them asynchronously with a signal; goviz will need a
//! back-edge check or a safe-point flag polled at loop heads).

use std::sync::Arc;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::atomic::{AtomicBool, AtomicPtr, AtomicU64, AtomicUsize};
use std::time::{Duration, Instant};

use crate::bytecode::{FRAME_HEADER, SLOT_CALLER_DIST, SLOT_CLOSURE, SLOT_RET_PC};
use crate::chan::{Park, Sudog};
use crate::interp::{Exec, FuncInfo, Linked, Status, Word};
use crate::stack::Stack;

/// Saved execution state of a goroutine that is not running (Go's gobuf).
#[derive(Clone, Copy, Debug)]
pub struct Gobuf {
    pub pc: *const Word,
    pub fp: *mut u64,
}

/// Go's G status values (runtime2.go), those a one-P machine uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GStatus {
    Runnable,
    Running,
    Waiting,
    Dead,
}

/// Why a goroutine is waiting, with the text Go's tracebacks print
/// (runtime2.go `waitReasonStrings`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    Zero,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    ChanReceive,
    ChanSend,
    UpdateGOMAXPROCSIdle,
}

impl WaitReason {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::Zero => "",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::UpdateGOMAXPROCSIdle => "GOMAXPROCS updater (idle)",
        }
    }
}

/// Go's `stackPreempt`: a `stackguard0` no frame fits under (our stacks
/// grow upward, so the poison is the lowest address), which sends the
/// next call to `morestack`.
pub const STACK_PREEMPT: usize = 0;

/// A goroutine.
pub struct G {
    pub stack: Stack,
    /// The prologue check's limit: a call whose frame would end above it
    /// goes to morestack. Equal to `stack.hi` unless sysmon asks for a
    /// preemption by storing [`STACK_PREEMPT`] (from its own thread,
    /// hence atomic; a relaxed load is a plain `mov`).
    pub stackguard0: AtomicUsize,
    pub sched: Gobuf,
    pub goid: u64,
    pub status: GStatus,
    pub waitreason: WaitReason,
    /// The `go` instruction that created this goroutine (null for main)
    /// and its creator's id: traceback's `created by` line.
    pub gopc: *const Word,
    pub parent_goid: u64,
    /// The sudog whose operation completed, set by the goroutine that
    /// woke this one (Go's `g.param`).
    pub param: *mut Sudog,
    /// Set once a case of this goroutine's blocked select has won, so
    /// that other channels skip its sudogs (Go's `g.selectDone`).
    pub select_done: bool,
    /// What to finish when the goroutine runs again after parking.
    pub park: Park,
    /// Locked to its thread (Go's `lockedm != 0`): the main goroutine
    /// during package initialization, as runtime.main locks it.
    pub lockedm: bool,
    /// A runtime goroutine (hidden from goroutine dumps, as Go's
    /// `isSystemGoroutine`); it runs no bytecode: scheduled, it parks
    /// for this reason.
    pub system: Option<WaitReason>,
    /// Its entry function runs inlined in gc's `gowrap` (the `go`
    /// statement's callee is one gc inlines): tracebacks show its frame
    /// as inlined.
    pub entry_inlined: bool,
    /// Deferred calls, newest last (Go's `g._defer` list).
    pub defers: Vec<crate::panic::Defer>,
    /// Active panics, newest last (Go's `g._panic` list).
    pub panics: Vec<crate::panic::Panic>,
}

impl G {
    /// A goroutine that will start running `f` with an empty frame.
    pub fn new(goid: u64, f: &FuncInfo) -> Box<G> {
        let stack = Stack::alloc(entry_stack_size(f));
        let hi = stack.hi;
        let mut g = Box::new(G {
            stack,
            stackguard0: AtomicUsize::new(hi),
            sched: Gobuf {
                pc: f.entry,
                fp: std::ptr::null_mut(),
            },
            goid,
            status: GStatus::Runnable,
            waitreason: WaitReason::Zero,
            gopc: std::ptr::null(),
            parent_goid: 0,
            param: std::ptr::null_mut(),
            select_done: false,
            park: Park::None,
            lockedm: false,
            system: None,
            entry_inlined: false,
            defers: Vec::new(),
            panics: Vec::new(),
        });
        g.reset_entry(f);
        g
    }

    /// A runtime goroutine that only ever parks for `reason` (see
    /// `system`).
    fn system(goid: u64, reason: WaitReason, f: &FuncInfo) -> Box<G> {
        let mut g = G::new(goid, f);
        g.system = Some(reason);
        g
    }

    /// Points the goroutine at the start of `f`, its entry frame at the
    /// bottom of its stack with a null return pc: returning from it ends
    /// the goroutine (Go's goexit).
    fn reset_entry(&mut self, f: &FuncInfo) {
        let fp = self.stack.lo as *mut u64;
        // SAFETY: the stack holds at least f's frame (entry_stack_size),
        // which includes the header slots written here.
        unsafe {
            std::ptr::write_bytes(fp, 0, f.frame_slots);
            *fp.add(SLOT_RET_PC) = 0;
            *fp.add(SLOT_CALLER_DIST) = 0;
        }
        self.stackguard0.store(self.stack.hi, Relaxed);
        self.sched = Gobuf { pc: f.entry, fp };
        self.defers.clear();
        self.panics.clear();
    }

    /// The status text of a goroutine dump header: the wait reason of a
    /// waiting goroutine, else the status.
    pub fn status_text(&self) -> &'static str {
        match self.status {
            GStatus::Waiting => self.waitreason.as_str(),
            GStatus::Runnable => "runnable",
            GStatus::Running => "running",
            GStatus::Dead => "dead",
        }
    }
}

fn entry_stack_size(f: &FuncInfo) -> usize {
    crate::stack::STACK_MIN.max(f.frame_slots * 8)
}

/// The P's scheduler tick when main.main starts in Go 1.27 (runtime.main
/// has scheduled bgsweep, bgscavenge and itself by then), modulo the
/// 61-tick global queue poll: measured from the order in which more than
/// 256 goroutines run (tests/go/go_many.go).
const MAIN_START_SCHEDTICK: u64 = 4;

/// The goid of the GOMAXPROCS updater goroutine, which runtime.main
/// creates just before main.main: it waits in runnext, so main.main's
/// first `go` statement pushes it to the head of the run queue, where it
/// takes a slot and a scheduler tick (then parks for good).
const UPDATER_GOID: u64 = 5;

/// Go's `_GoidCacheBatch` bookkeeping reduced to one P: goroutine 1 is
/// main, 2-5 are the runtime's own (forcegc, bgsweep, bgscavenge, the
/// GOMAXPROCS updater), so a program without imports numbers its first
/// goroutine 6 (go-runtime-facts §3).
const FIRST_USER_GOID: u64 = 6;

/// One P.
const GOMAXPROCS: usize = 1;

/// Go's `len(p.runq)`.
const RUNQ_SIZE: usize = 256;

/// The P: its local run queue, runnext, scheduler tick and free Gs.
pub struct P {
    runq: [*mut G; RUNQ_SIZE],
    runqhead: u32,
    runqtail: u32,
    runnext: *mut G,
    pub schedtick: u64,
    /// Dead goroutines to reuse, most recent last (Go's `gFree`, a stack).
    gfree: Vec<*mut G>,
}

/// The scheduler's state: all goroutines, the P, the global run queue.
pub struct Sched {
    pub allgs: Vec<Box<G>>,
    pub p: P,
    /// Go's `sched.runq`: overflow from the P's ring and preempted Gs.
    runq: std::collections::VecDeque<*mut G>,
    goidgen: u64,
    /// The M's fast random state (Go's per-M cheaprand), for select.
    rand: u64,
    sysmon: Arc<SysmonShared>,
}

impl Sched {
    pub(crate) fn new() -> Sched {
        let seed = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0x9e37_79b9, |d| d.as_nanos() as u64);
        Sched {
            allgs: Vec::new(),
            p: P {
                runq: [std::ptr::null_mut(); RUNQ_SIZE],
                runqhead: 0,
                runqtail: 0,
                runnext: std::ptr::null_mut(),
                schedtick: MAIN_START_SCHEDTICK,
                gfree: Vec::new(),
            },
            runq: std::collections::VecDeque::new(),
            goidgen: FIRST_USER_GOID,
            rand: seed | 1,
            sysmon: Arc::new(SysmonShared::default()),
        }
    }

    /// Go's `cheaprandn`: a random number in [0, n).
    pub fn cheaprandn(&mut self, n: u32) -> u32 {
        // wyrand, as Go's cheaprand on 64-bit machines.
        self.rand = self.rand.wrapping_add(0xa076_1d64_78bd_642f);
        let r = (self.rand as u128) * ((self.rand ^ 0xe703_7ed1_a0b4_28db) as u128);
        let r = ((r >> 64) ^ r) as u32;
        ((r as u64 * n as u64) >> 32) as u32
    }

    /// Go's `runqput`: with `next`, `gp` takes runnext and the previous
    /// occupant goes to the tail of the ring; a full ring spills half of
    /// itself to the global queue (`runqputslow`).
    pub fn runqput(&mut self, mut gp: *mut G, next: bool) {
        if next {
            let old = std::mem::replace(&mut self.p.runnext, gp);
            if old.is_null() {
                return;
            }
            gp = old;
        }
        let p = &mut self.p;
        if (p.runqtail.wrapping_sub(p.runqhead) as usize) < RUNQ_SIZE {
            p.runq[p.runqtail as usize % RUNQ_SIZE] = gp;
            p.runqtail = p.runqtail.wrapping_add(1);
            return;
        }
        for _ in 0..RUNQ_SIZE / 2 {
            let g = p.runq[p.runqhead as usize % RUNQ_SIZE];
            p.runqhead = p.runqhead.wrapping_add(1);
            self.runq.push_back(g);
        }
        self.runq.push_back(gp);
    }

    /// Go's `runqget`: runnext first (the goroutine inherits the time
    /// slice), else the head of the ring.
    fn runqget(&mut self) -> Option<(*mut G, bool)> {
        let next = std::mem::replace(&mut self.p.runnext, std::ptr::null_mut());
        if !next.is_null() {
            return Some((next, true));
        }
        let p = &mut self.p;
        if p.runqhead == p.runqtail {
            return None;
        }
        let g = p.runq[p.runqhead as usize % RUNQ_SIZE];
        p.runqhead = p.runqhead.wrapping_add(1);
        Some((g, false))
    }

    /// Go's `findRunnable` on one P with no timers or network: one G of
    /// the global queue every 61st tick, the local queue, then a batch of
    /// the global queue.
    fn find_runnable(&mut self) -> Option<(*mut G, bool)> {
        if self.p.schedtick.is_multiple_of(61)
            && let Some(g) = self.runq.pop_front()
        {
            return Some((g, false));
        }
        self.runqget()
            .or_else(|| self.globrunqgetbatch().map(|g| (g, false)))
    }

    /// Go's `globrunqgetbatch` for one P, into the (empty) local ring:
    /// up to half a ring of the global queue's head; returns the first.
    fn globrunqgetbatch(&mut self) -> Option<*mut G> {
        let n = (RUNQ_SIZE / 2).min(self.runq.len() / GOMAXPROCS + 1);
        let gp = self.runq.pop_front()?;
        for _ in 1..n {
            let Some(g) = self.runq.pop_front() else {
                break;
            };
            self.runqput(g, false);
        }
        Some(gp)
    }

    /// Go's `goready`: `gp` becomes runnable in runnext.
    ///
    /// # Safety
    /// `gp` is one of allgs, waiting (not running, not queued).
    pub unsafe fn goready(&mut self, gp: *mut G) {
        // SAFETY: per the contract.
        unsafe { (*gp).status = GStatus::Runnable };
        self.runqput(gp, true);
    }

    /// A G for a new goroutine running `f`: a dead one reused (keeping its
    /// place in allgs) or a new one.
    fn gfget(&mut self, f: &FuncInfo) -> *mut G {
        let goid = self.goidgen;
        self.goidgen += 1;
        if let Some(gp) = self.p.gfree.pop() {
            // SAFETY: gfree holds dead Gs of allgs, which nothing else
            // references.
            let g = unsafe { &mut *gp };
            if g.stack.size() < entry_stack_size(f) {
                g.stack = Stack::alloc(entry_stack_size(f));
            }
            g.goid = goid;
            g.reset_entry(f);
            return gp;
        }
        let mut g = G::new(goid, f);
        let gp = &mut *g as *mut G;
        self.allgs.push(g);
        gp
    }
}

/// Go's `newproc`: a new goroutine that will call `f` with the `nargs`
/// argument slots at `args` (and closure context `closure`), created by
/// the `go` instruction at `pc` of the running goroutine. It goes to
/// runnext.
///
/// # Safety
/// `args..args+nargs` are readable slots; `f`'s frame has room for them
/// after its header; `ctx` is the running M's.
pub unsafe fn newproc(
    ctx: *mut Exec,
    pc: *const Word,
    f: *const FuncInfo,
    args: *const u64,
    nargs: usize,
    closure: u64,
) {
    // SAFETY: per the contract.
    unsafe {
        let exec = &mut *ctx;
        let parent = (*exec.g).goid;
        let gp = exec.sched.gfget(&*f);
        let fp = (*gp).sched.fp;
        std::ptr::copy_nonoverlapping(args, fp.add(FRAME_HEADER as usize), nargs);
        *fp.add(SLOT_CLOSURE) = closure;
        (*gp).gopc = pc;
        (*gp).parent_goid = parent;
        // The `go` instruction has an operand word when it names its
        // function; the linker marks it when gc inlines that function
        // into its gowrap.
        (*gp).entry_inlined = closure == 0
            && (*exec.prog)
                .func_at(pc)
                .is_some_and(|c| c.is_inlined_call(pc.add(2)));
        (*gp).status = GStatus::Runnable;
        exec.sched.runqput(gp, true);
    }
}

/// Go's `gopark` as a handler ends it: the running goroutine waits for
/// `reason`, stopped at the instruction `pc` in frame `fp`, with `park`
/// to finish when it is woken. Returns the status that stops the
/// machine.
///
/// # Safety
/// `ctx` is the running M's; `pc`/`fp` are the running goroutine's.
pub unsafe fn gopark(
    ctx: *mut Exec,
    pc: *const Word,
    fp: *mut u64,
    reason: WaitReason,
    park: Park,
) -> Status {
    // SAFETY: per the contract.
    unsafe {
        let g = &mut *(*ctx).g;
        g.status = GStatus::Waiting;
        g.waitreason = reason;
        g.param = std::ptr::null_mut();
        g.park = park;
        (*ctx).pc = pc;
        (*ctx).fp = fp;
    }
    Status::Park
}

/// What sysmon and the scheduler share.
#[derive(Default)]
struct SysmonShared {
    /// The P's scheduler tick, published at each `execute`.
    schedtick: AtomicU64,
    /// The running goroutine's `stackguard0` (null between goroutines).
    curg_guard: AtomicPtr<AtomicUsize>,
    stop: AtomicBool,
}

/// Go's forcePreemptNS.
const FORCE_PREEMPT: Duration = Duration::from_millis(10);

/// Go's `sysmon`, reduced to `retake`'s preemption of a goroutine that
/// has run for 10 ms without the scheduler ticking.
fn sysmon(shared: Arc<SysmonShared>, quantum: Duration) {
    let mut last_tick = u64::MAX;
    let mut since = Instant::now();
    while !shared.stop.load(Relaxed) {
        std::thread::sleep(Duration::from_millis(1));
        let tick = shared.schedtick.load(Relaxed);
        if tick != last_tick {
            last_tick = tick;
            since = Instant::now();
            continue;
        }
        if since.elapsed() >= quantum {
            let guard = shared.curg_guard.load(Relaxed);
            if !guard.is_null() {
                // SAFETY: Gs live in allgs until the run ends, and the run
                // joins this thread before dropping them.
                unsafe { (*guard).store(STACK_PREEMPT, Relaxed) };
            }
            since = Instant::now();
        }
    }
}

/// Stops and joins the sysmon thread when the run ends, before the Gs it
/// may point at are dropped.
struct SysmonHandle {
    shared: Arc<SysmonShared>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for SysmonHandle {
    fn drop(&mut self) {
        self.shared.stop.store(true, Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// How one execution of a goroutine ended, for the scheduler loop.
enum Outcome {
    /// Pick the next goroutine.
    Reschedule,
    /// The process ends with this status.
    Exit(i32),
}

/// Runs a linked program's entry function as goroutine 1 and schedules
/// every goroutine until the program exits; returns the process exit
/// status: the program's own, or 2 after an unrecovered panic or a
/// deadlock, printed as Go does.
pub fn run_main(prog: &mut Linked) -> i32 {
    let entry = &*prog.funcs[prog.entry];
    let mut exec = Exec {
        g: std::ptr::null_mut(),
        pc: std::ptr::null(),
        fp: std::ptr::null_mut(),
        globals: prog.globals.as_mut_ptr(),
        print: Vec::new(),
        pending: None,
        fatal: None,
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
        sched: Sched::new(),
    };
    let mut main = G::new(1, entry);
    main.lockedm = true;
    let gp = &mut *main as *mut G;
    exec.sched.allgs.push(main);
    let mut updater = G::system(UPDATER_GOID, WaitReason::UpdateGOMAXPROCSIdle, entry);
    exec.sched.runqput(&mut *updater as *mut G, true);
    exec.sched.allgs.push(updater);
    let shared = exec.sched.sysmon.clone();
    // The stack stress mode slows calls down by orders of magnitude:
    // with Go's 10 ms, time-based preemption would interleave goroutines
    // where Go's do not, so the mode waits a hundred times longer.
    let quantum = if prog.options.stress_stacks {
        FORCE_PREEMPT * 100
    } else {
        FORCE_PREEMPT
    };
    let _sysmon = SysmonHandle {
        shared: shared.clone(),
        thread: std::thread::Builder::new()
            .name("sysmon".into())
            .spawn(move || sysmon(shared, quantum))
            .ok(),
    };
    // main.main starts on the running main goroutine, the updater in
    // runnext.
    let mut next = Some((gp, true));
    loop {
        let Some((gp, inherit)) = next.take().or_else(|| exec.sched.find_runnable()) else {
            crate::panic::print_deadlock(prog, &exec.sched.allgs);
            return 2;
        };
        if let Outcome::Exit(code) = execute(prog, &mut exec, gp, inherit) {
            return code;
        }
    }
}

/// Go's `execute` plus what happens when the goroutine stops: runs `gp`
/// (first finishing the operation it parked in) until it parks, yields,
/// exits or panics.
fn execute(prog: &Linked, exec: &mut Exec, gp: *mut G, inherit_time: bool) -> Outcome {
    if !inherit_time {
        exec.sched.p.schedtick += 1;
    }
    let shared = exec.sched.sysmon.clone();
    shared.schedtick.store(exec.sched.p.schedtick, Relaxed);
    // SAFETY: gp is one of allgs, runnable, so its saved state is valid.
    let g = unsafe { &mut *gp };
    if let Some(reason) = g.system {
        g.status = GStatus::Waiting;
        g.waitreason = reason;
        return Outcome::Reschedule;
    }
    g.status = GStatus::Running;
    // As Go's execute: a preemption request that arrived after the
    // goroutine last stopped is void.
    g.stackguard0.store(g.stack.hi, Relaxed);
    exec.g = gp;
    // A channel operation the goroutine parked in may have failed
    // (closed while it waited): it resumes by panicking.
    let failed = crate::chan::park_resume(g);
    shared
        .curg_guard
        .store(&g.stackguard0 as *const AtomicUsize as *mut _, Relaxed);
    // SAFETY: g is runnable with a valid saved state, and the program
    // outlives the run.
    let status = unsafe {
        match failed {
            Some(err) => exec.run_panicking(gp, err),
            None => exec.run(gp),
        }
    };
    shared.curg_guard.store(std::ptr::null_mut(), Relaxed);
    match status {
        Status::Park => Outcome::Reschedule,
        Status::Preempt => {
            // Go's gopreempt_m: to the back of the global queue.
            g.status = GStatus::Runnable;
            exec.sched.runq.push_back(gp);
            Outcome::Reschedule
        }
        Status::Exit => Outcome::Exit(exec.exit_code),
        // Returning from main's entry ends the program as main.main's
        // return does; another goroutine's return is goexit0.
        Status::GoExit if g.goid == 1 => Outcome::Exit(0),
        Status::GoExit => {
            g.status = GStatus::Dead;
            g.waitreason = WaitReason::Zero;
            exec.sched.p.gfree.push(gp);
            Outcome::Reschedule
        }
        Status::Panic => {
            match exec.fatal.take() {
                Some(err) => crate::panic::print_fatal_error(prog, g, &err),
                None => crate::panic::print_fatal_panic(prog, g, &g.panics, exec.pc, exec.fp),
            }
            Outcome::Exit(2)
        }
        Status::Continue => unreachable!("the dispatch loop never stops with Continue"),
    }
}

/// `select {}`: parks the running goroutine forever (Go's `block`).
///
/// # Safety
/// As [`gopark`].
#[cold]
#[inline(never)]
pub unsafe fn block(ctx: *mut Exec, pc: *const Word, fp: *mut u64) -> Status {
    // SAFETY: per the contract.
    unsafe { gopark(ctx, pc, fp, WaitReason::SelectNoCases, Park::None) }
}

/// `go f()` of a nil func value: Go's fatal "go of nil func value" in
/// the creating goroutine. (gc wraps `go f(args)` in a `gowrapN`
/// closure, so there Go's new goroutine faults instead, in a frame named
/// after the wrapper; goviz has no wrappers yet and reports the fatal
/// error for both.)
///
/// # Safety
/// As [`gopark`].
#[cold]
#[inline(never)]
pub unsafe fn go_nil_func(ctx: *mut Exec, pc: *const Word, fp: *mut u64) -> Status {
    crate::chan::raise(ctx, pc, fp, crate::panic::RuntimeError::GoNilFunc)
}

/// Whether sysmon asked the running goroutine to yield.
///
/// # Safety
/// `ctx` is the running M's.
pub unsafe fn preempt_requested(ctx: *mut Exec) -> bool {
    // SAFETY: per the contract, ctx.g is the running goroutine.
    unsafe { (*(*ctx).g).stackguard0.load(Relaxed) == STACK_PREEMPT }
}

/// Go's `gopreempt_m` from morestack: restores the goroutine's stack
/// guard and stops the machine at the call at `pc`, which runs again
/// when the goroutine is next scheduled.
///
/// # Safety
/// As [`gopark`].
#[cold]
#[inline(never)]
pub unsafe fn gopreempt(ctx: *mut Exec, pc: *const Word, fp: *mut u64) -> Status {
    // SAFETY: per the contract.
    unsafe {
        let g = &*(*ctx).g;
        g.stackguard0.store(g.stack.hi, Relaxed);
        (*ctx).pc = pc;
        (*ctx).fp = fp;
    }
    Status::Preempt
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A distinct G pointer for queue tests (the queues never
    /// dereference them).
    fn g(i: usize) -> *mut G {
        (i * 64) as *mut G
    }

    fn drain(s: &mut Sched) -> Vec<usize> {
        std::iter::from_fn(|| s.find_runnable().map(|(gp, _)| gp as usize / 64)).collect()
    }

    #[test]
    fn runnext_runs_the_last_readied_first() {
        let mut s = Sched::new();
        for i in 1..=5 {
            s.runqput(g(i), true);
        }
        // go-runtime-facts §10: `4 0 1 2 3` for five go statements.
        assert_eq!(drain(&mut s), [5, 1, 2, 3, 4]);
        s.runqput(g(7), true);
        assert_eq!(s.runqget(), Some((g(7), true)), "runnext inherits time");
    }

    #[test]
    fn a_full_ring_spills_half_to_the_global_queue() {
        let mut s = Sched::new();
        for i in 0..RUNQ_SIZE + 1 {
            s.runqput(g(i + 1), false);
        }
        // The oldest half and the newcomer went to the global queue.
        assert_eq!(s.runq.len(), RUNQ_SIZE / 2 + 1);
        s.p.schedtick = 1;
        let order = drain(&mut s);
        let half = RUNQ_SIZE / 2;
        let want: Vec<usize> = (half + 1..=RUNQ_SIZE)
            .chain(1..=half)
            .chain([RUNQ_SIZE + 1])
            .collect();
        assert_eq!(order, want);
    }

    #[test]
    fn the_global_queue_is_polled_every_61_ticks() {
        let mut s = Sched::new();
        s.runq.push_back(g(99));
        s.runqput(g(1), false);
        s.p.schedtick = 60;
        assert_eq!(s.find_runnable(), Some((g(1), false)));
        s.p.schedtick = 61;
        assert_eq!(s.find_runnable(), Some((g(99), false)));
    }

    #[test]
    fn cheaprandn_stays_in_range() {
        let mut s = Sched::new();
        let mut seen = [false; 3];
        for _ in 0..300 {
            seen[s.cheaprandn(3) as usize] = true;
        }
        assert_eq!(seen, [true; 3]);
    }
}
