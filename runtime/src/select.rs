//! `select`: Go's `selectgo` over a case table in the frame.
//!
//! The compiler lays out a select's cases in frame slots (the table):
//! `[ncases, block, then per case: channel, 1 if receive else 0, element
//! slot, ok slot]`. The `Select` instruction polls the cases in a random
//! order (Go's `pollorder`, shuffled with the M's cheaprand) and takes
//! the first ready one; with no ready case it takes the default (result
//! -1) when the select has one, else enqueues one sudog per non-nil
//! channel and parks ("select"). The goroutine that wakes it claims the
//! select through `G::select_done`; the woken goroutine then dequeues
//! its other sudogs and writes the chosen case's index (`select_resume`,
//! Go's pass 3).
//!
//! Invariants: cases on nil channels are never polled nor enqueued; a
//! select with no non-nil channel and no default parks forever with
//! reason "select" (only `select {}` is "select (no cases)", compiled to
//! its own instruction, as gc calls `block()` for it). Differences from
//! Go: sudogs are enqueued in case order, not lock order (they are the
//! same queues either way; only a channel appearing in two cases of one
//! select could tell).

use crate::chan::{Hchan, Park, Waitq, acquire_sudog, raise, release_sudog, try_recv, try_send};
use crate::interp::{Exec, Status, Word};
use crate::panic::RuntimeError;
use crate::proc::{G, WaitReason, gopark};

/// Slots per case in the table, after its two header slots.
pub const CASE_SLOTS: u16 = 4;

/// One case of the table.
#[derive(Clone, Copy)]
struct Case {
    c: usize,
    recv: bool,
    elem: u16,
    ok: u16,
}

/// The case table at slot `cases` of the frame at `fp`: (number of
/// cases, whether the select blocks (has no default)).
///
/// # Safety
/// The table is in the frame (compiler invariant).
unsafe fn table(fp: *mut u64, cases: u16) -> (u16, bool) {
    // SAFETY: per the contract.
    unsafe {
        let n = *fp.add(cases as usize) as u16;
        (n, *fp.add(cases as usize + 1) != 0)
    }
}

/// Case `i` of the table.
///
/// # Safety
/// As [`table`], with `i` below its case count.
unsafe fn case(fp: *mut u64, cases: u16, i: u16) -> Case {
    let at = (cases + 2 + i * CASE_SLOTS) as usize;
    // SAFETY: per the contract.
    unsafe {
        Case {
            c: *fp.add(at) as usize,
            recv: *fp.add(at + 1) != 0,
            elem: *fp.add(at + 2) as u16,
            ok: *fp.add(at + 3) as u16,
        }
    }
}

fn elem_addr(fp: *mut u64, slot: u16) -> usize {
    fp as usize + slot as usize * 8
}

fn queue(k: Case) -> Waitq {
    if k.recv {
        Waitq::recvq(Hchan(k.c))
    } else {
        Waitq::sendq(Hchan(k.c))
    }
}

/// The `Select` instruction at `pc` (case table at slot `cases`, chosen
/// index into slot `result`). `Continue` means a case (or the default)
/// was taken.
///
/// # Safety
/// `ctx`, `pc`, `fp` are the running goroutine's; the table is in the
/// frame and its element and ok slots are frame slots.
#[inline(never)]
pub unsafe fn selectgo(
    ctx: *mut Exec,
    pc: *const Word,
    fp: *mut u64,
    cases: u16,
    result: u16,
) -> Status {
    // SAFETY: per the contract.
    unsafe {
        let exec = &mut *ctx;
        let (n, block) = table(fp, cases);
        let mut pollorder: Vec<u16> = Vec::with_capacity(n as usize);
        for i in 0..n {
            if case(fp, cases, i).c == 0 {
                continue;
            }
            let j = exec.sched.cheaprandn(pollorder.len() as u32 + 1) as usize;
            pollorder.push(i);
            let last = pollorder.len() - 1;
            pollorder.swap(j, last);
        }
        for &i in &pollorder {
            let k = case(fp, cases, i);
            let ep = elem_addr(fp, k.elem);
            let done = if k.recv {
                try_recv(&mut exec.sched, Hchan(k.c), ep).map(|ok| {
                    *fp.add(k.ok as usize) = ok as u64;
                })
            } else {
                match try_send(&mut exec.sched, Hchan(k.c), ep) {
                    Err(e) => return raise(ctx, pc, fp, e),
                    Ok(sent) => sent.then_some(()),
                }
            };
            if done.is_some() {
                *fp.add(result as usize) = i as u64;
                return Status::Continue;
            }
        }
        if !block {
            *fp.add(result as usize) = -1i64 as u64;
            return Status::Continue;
        }
        let g = exec.g;
        (*g).select_done = false;
        let mut sgs = vec![std::ptr::null_mut(); n as usize];
        for (i, sg) in sgs.iter_mut().enumerate() {
            let k = case(fp, cases, i as u16);
            if k.c == 0 {
                continue;
            }
            *sg = acquire_sudog(g, Hchan(k.c), elem_addr(fp, k.elem));
            (**sg).is_select = true;
            (**sg).case = i as u16;
            queue(k).enqueue(*sg);
        }
        let park = Park::Select {
            sgs,
            cases,
            result,
            resume: pc.add(1),
        };
        gopark(ctx, pc, fp, WaitReason::Select, park)
    }
}

/// The rest of selectgo in the woken goroutine `g`: dequeue the losing
/// sudogs, then report the case the waker completed (a send whose
/// channel closed panics).
pub(crate) fn select_resume(
    g: &mut G,
    sgs: Vec<*mut crate::chan::Sudog>,
    cases: u16,
    result: u16,
    resume: *const Word,
) -> Option<RuntimeError> {
    let fp = g.sched.fp;
    let winner = g.param;
    g.select_done = false;
    // SAFETY: the table is in g's frame, which has not moved since g
    // parked; every sudog is live until released here, the winner was
    // dequeued by the waker, and the others are in their queue or in
    // none (dropped by a dequeue that found the select already done).
    unsafe {
        for (i, &sg) in sgs.iter().enumerate() {
            if !sg.is_null() && sg != winner {
                queue(case(fp, cases, i as u16)).remove(sg);
            }
        }
        let (casi, success) = ((*winner).case, (*winner).success);
        for &sg in &sgs {
            if !sg.is_null() {
                release_sudog(sg);
            }
        }
        let k = case(fp, cases, casi);
        if !k.recv && !success {
            return Some(RuntimeError::SendOnClosed);
        }
        if k.recv {
            *fp.add(k.ok as usize) = success as u64;
        }
        *fp.add(result as usize) = casi as u64;
    }
    g.sched.pc = resume;
    None
}
