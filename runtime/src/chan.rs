//! Channels: `hchan` in Go's layout on the Go heap, sudogs and wait
//! queues, and chansend/chanrecv/closechan with Go's semantics.
//!
//! An `hchan` is allocated by `makechan` with `mallocgc`, the buffer
//! right after it when the element holds no pointers (as Go does); its
//! fields sit at Go 1.27's offsets (runtime/chan.go), so a channel value
//! is a pointer to the same bytes Go's runtime would see. Sudogs are
//! runtime memory (Rust boxes; Go allocates them outside the user heap
//! too); the wait queues in the hchan point at them.
//!
//! Invariants:
//! - a sudog is in at most one wait queue; a select's sudogs are in one
//!   queue each until the select is woken, when the winner is dequeued
//!   by the waker and the others by the woken goroutine (`park_resume`);
//! - `sudog.elem` points into a parked goroutine's frame (or is 0), in
//!   Go's memory layout; parked goroutines' stacks do not move;
//! - only the running goroutine touches channels (one M), so the hchan
//!   `lock` word is never taken; when Ms run in parallel it will be.
//!
//! Element values move between frames and buffers in their memory form
//! (`elemsize` bytes), as Go's `typedmemmove` does; the compiler converts
//! slot forms (narrow integers extended, float32 as float64) around the
//! channel instructions.

use crate::interp::{Exec, Status, Word};
use crate::mem;
use crate::panic::RuntimeError;
use crate::proc::{G, Sched, WaitReason, gopark};

// hchan's fields (Go 1.27, linux/amd64): qcount, dataqsiz, buf,
// elemsize (uint16), closed (uint32), timer, elemtype, sendx, recvx,
// recvq and sendq (waitq: first, last), bubble, lock.
const QCOUNT: usize = 0;
const DATAQSIZ: usize = 8;
const BUF: usize = 16;
const ELEMSIZE: usize = 24;
const CLOSED: usize = 28;
const ELEMTYPE: usize = 40;
const SENDX: usize = 48;
const RECVX: usize = 56;
pub(crate) const RECVQ: usize = 64;
pub(crate) const SENDQ: usize = 80;
/// Go's `hchanSize` (unsafe.Sizeof(hchan{}) rounded to maxAlign).
pub const HCHAN_SIZE: usize = 112;
/// Go's `maxAlloc` on linux/amd64 (1 << heapAddrBits).
const MAX_ALLOC: u64 = 1 << 48;

/// A channel: the address of its hchan (never 0; nil channels are
/// handled before one is made).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Hchan(pub usize);

impl Hchan {
    fn word(self, off: usize) -> u64 {
        // SAFETY: self is a live hchan (made by makechan, never freed:
        // the heap does not free yet) and off one of its 8-byte fields.
        unsafe { mem::load64(self.0 + off) }
    }

    fn set_word(self, off: usize, v: u64) {
        // SAFETY: as in `word`.
        unsafe { mem::store64(self.0 + off, v) }
    }

    pub fn qcount(self) -> u64 {
        self.word(QCOUNT)
    }

    pub fn dataqsiz(self) -> u64 {
        self.word(DATAQSIZ)
    }

    fn elemsize(self) -> usize {
        // SAFETY: as in `word`; elemsize is a uint16 field.
        unsafe { mem::load16(self.0 + ELEMSIZE) as usize }
    }

    fn closed(self) -> bool {
        // SAFETY: as in `word`; closed is a uint32 field.
        unsafe { mem::load32(self.0 + CLOSED) != 0 }
    }

    fn set_closed(self) {
        // SAFETY: as in `closed`.
        unsafe { mem::store32(self.0 + CLOSED, 1) }
    }

    /// Go's `chanbuf(c, i)`: the address of buffer slot `i`.
    fn chanbuf(self, i: u64) -> usize {
        self.word(BUF) as usize + i as usize * self.elemsize()
    }

    /// Advances the ring index at field `off` (sendx or recvx), wrapping.
    fn bump(self, off: usize) {
        let mut i = self.word(off) + 1;
        if i == self.dataqsiz() {
            i = 0;
        }
        self.set_word(off, i);
    }

    fn copy_out(self, dst: usize, src: usize) {
        // SAFETY: both are elemsize bytes of Go memory (a buffer slot or
        // a frame element, see the module invariants).
        unsafe { mem::memmove(dst, src, self.elemsize()) }
    }

    fn clear(self, p: usize) {
        // SAFETY: p is elemsize bytes of Go memory (as in `copy_out`).
        unsafe { mem::memclr(p, self.elemsize()) }
    }
}

/// Go's `makechan`: a channel of `size` elements of `elemsize` bytes.
/// The element type is described by its size and whether it holds
/// pointers until type descriptors exist: then `elemtype` will point at
/// the `*ChanType`'s element and these two come from it, here only.
pub fn makechan(
    heap: &mut crate::malloc::Heap,
    size: i64,
    elemsize: u64,
    has_pointers: bool,
) -> Result<usize, RuntimeError> {
    let mem = elemsize.checked_mul(size as u64);
    let mem = match mem {
        Some(m) if size >= 0 && m <= MAX_ALLOC - HCHAN_SIZE as u64 => m as usize,
        _ => return Err(RuntimeError::MakeChanSize),
    };
    let c = if mem == 0 || has_pointers {
        // The hchan holds pointers (buf, elemtype, the wait queues).
        heap.mallocgc(HCHAN_SIZE, false, true) as usize
    } else {
        heap.mallocgc(HCHAN_SIZE + mem, false, true) as usize
    };
    let h = Hchan(c);
    let buf = match (mem, has_pointers) {
        // Go points an empty buffer at the buf field itself (raceaddr).
        (0, _) => c + BUF,
        (_, false) => c + HCHAN_SIZE,
        (_, true) => heap.mallocgc(mem, false, true) as usize,
    };
    h.set_word(BUF, buf as u64);
    // SAFETY: c is a fresh hchan; elemsize is a uint16 field (the
    // compiler rejects elements of 64 KiB or more, as gc does).
    unsafe { mem::store16(c + ELEMSIZE, elemsize as u16) };
    h.set_word(DATAQSIZ, size as u64);
    h.set_word(ELEMTYPE, 0);
    Ok(c)
}

/// A goroutine waiting in a channel's queue (Go's sudog).
pub struct Sudog {
    pub g: *mut G,
    next: *mut Sudog,
    prev: *mut Sudog,
    /// Where the element comes from or goes to (0: nowhere).
    pub elem: usize,
    pub is_select: bool,
    /// Whether the operation completed by a value passing (false: the
    /// channel was closed).
    pub success: bool,
    pub c: Hchan,
    /// The select case this sudog waits for.
    pub case: u16,
}

/// Go's `acquireSudog`.
pub(crate) fn acquire_sudog(g: *mut G, c: Hchan, elem: usize) -> *mut Sudog {
    Box::into_raw(Box::new(Sudog {
        g,
        next: std::ptr::null_mut(),
        prev: std::ptr::null_mut(),
        elem,
        is_select: false,
        success: false,
        c,
        case: 0,
    }))
}

/// Go's `releaseSudog`.
///
/// # Safety
/// `sg` came from `acquire_sudog`, is in no queue, and is not used after.
pub(crate) unsafe fn release_sudog(sg: *mut Sudog) {
    // SAFETY: per the contract.
    drop(unsafe { Box::from_raw(sg) });
}

/// A wait queue (`recvq` or `sendq`) of a channel.
#[derive(Clone, Copy)]
pub(crate) struct Waitq {
    c: Hchan,
    off: usize,
}

impl Waitq {
    pub(crate) fn recvq(c: Hchan) -> Waitq {
        Waitq { c, off: RECVQ }
    }

    pub(crate) fn sendq(c: Hchan) -> Waitq {
        Waitq { c, off: SENDQ }
    }

    fn first(self) -> *mut Sudog {
        self.c.word(self.off) as *mut Sudog
    }

    fn last(self) -> *mut Sudog {
        self.c.word(self.off + 8) as *mut Sudog
    }

    fn set(self, first: *mut Sudog, last: *mut Sudog) {
        self.c.set_word(self.off, first as u64);
        self.c.set_word(self.off + 8, last as u64);
    }

    /// Appends `sg`.
    ///
    /// # Safety
    /// `sg` is a live sudog in no queue.
    pub(crate) unsafe fn enqueue(self, sg: *mut Sudog) {
        // SAFETY: sg and the queue's sudogs are live (module invariant).
        unsafe {
            (*sg).next = std::ptr::null_mut();
            let last = self.last();
            (*sg).prev = last;
            if last.is_null() {
                self.set(sg, sg);
            } else {
                (*last).next = sg;
                self.set(self.first(), sg);
            }
        }
    }

    /// Removes and returns the first sudog whose goroutine can take it,
    /// claiming a select for this channel (the other sudogs of a select
    /// already won elsewhere are dropped from the queue, as Go does).
    pub(crate) fn dequeue(self) -> Option<*mut Sudog> {
        loop {
            let sg = self.first();
            if sg.is_null() {
                return None;
            }
            // SAFETY: queued sudogs and their goroutines are live.
            unsafe {
                let y = (*sg).next;
                if y.is_null() {
                    self.set(std::ptr::null_mut(), std::ptr::null_mut());
                } else {
                    (*y).prev = std::ptr::null_mut();
                    self.set(y, self.last());
                    (*sg).next = std::ptr::null_mut();
                }
                if (*sg).is_select {
                    if (*(*sg).g).select_done {
                        continue;
                    }
                    (*(*sg).g).select_done = true;
                }
            }
            return Some(sg);
        }
    }

    /// Go's `dequeueSudoG`: removes `sg` if it is still queued here.
    ///
    /// # Safety
    /// `sg` is live, and queued here or in no queue.
    pub(crate) unsafe fn remove(self, sg: *mut Sudog) {
        // SAFETY: per the contract, neighbours are live queued sudogs.
        unsafe {
            let (x, y) = ((*sg).prev, (*sg).next);
            match (x.is_null(), y.is_null()) {
                (false, false) => {
                    (*x).next = y;
                    (*y).prev = x;
                }
                (false, true) => {
                    (*x).next = std::ptr::null_mut();
                    self.set(self.first(), x);
                }
                (true, false) => {
                    (*y).prev = std::ptr::null_mut();
                    self.set(y, self.last());
                }
                (true, true) => {
                    if self.first() == sg {
                        self.set(std::ptr::null_mut(), std::ptr::null_mut());
                    }
                }
            }
            (*sg).next = std::ptr::null_mut();
            (*sg).prev = std::ptr::null_mut();
        }
    }
}

/// Wakes the goroutine of `sg`, whose operation completed (`success`)
/// or whose channel closed: Go's `goready` with `gp.param = sg`.
pub(crate) fn wake(sched: &mut Sched, sg: *mut Sudog, success: bool) {
    // SAFETY: sg was just dequeued; its goroutine is parked on it.
    unsafe {
        (*sg).success = success;
        (*(*sg).g).param = sg;
        sched.goready((*sg).g);
    }
}

/// The part of chansend after the nil check that does not block: hands
/// the value at `ep` to a waiting receiver or buffers it. Ok(false): the
/// sender must wait.
pub(crate) fn try_send(sched: &mut Sched, c: Hchan, ep: usize) -> Result<bool, RuntimeError> {
    if c.closed() {
        return Err(RuntimeError::SendOnClosed);
    }
    if let Some(sg) = Waitq::recvq(c).dequeue() {
        // Go's send/sendDirect: straight into the receiver's frame.
        // SAFETY: a dequeued sudog is live.
        let dst = unsafe { (*sg).elem };
        if dst != 0 {
            c.copy_out(dst, ep);
        }
        wake(sched, sg, true);
        return Ok(true);
    }
    if c.qcount() < c.dataqsiz() {
        c.copy_out(c.chanbuf(c.word(SENDX)), ep);
        c.bump(SENDX);
        c.set_word(QCOUNT, c.qcount() + 1);
        return Ok(true);
    }
    Ok(false)
}

/// The part of chanrecv after the nil check that does not block:
/// Some(ok) when a value (or a closed channel's zero value) was written
/// to `ep`; None when the receiver must wait.
pub(crate) fn try_recv(sched: &mut Sched, c: Hchan, ep: usize) -> Option<bool> {
    if c.closed() && c.qcount() == 0 {
        if ep != 0 {
            c.clear(ep);
        }
        return Some(false);
    }
    if let Some(sg) = Waitq::sendq(c).dequeue() {
        recv(c, sg, ep);
        wake(sched, sg, true);
        return Some(true);
    }
    if c.qcount() > 0 {
        let slot = c.chanbuf(c.word(RECVX));
        if ep != 0 {
            c.copy_out(ep, slot);
        }
        c.clear(slot);
        c.bump(RECVX);
        c.set_word(QCOUNT, c.qcount() - 1);
        return Some(true);
    }
    None
}

/// Go's `recv` with a waiting sender: unbuffered, the value comes from
/// the sender's frame; buffered (then full), from the head of the
/// buffer, and the sender's value goes to its tail.
fn recv(c: Hchan, sg: *mut Sudog, ep: usize) {
    // SAFETY: a dequeued sudog is live.
    let src = unsafe { (*sg).elem };
    if c.dataqsiz() == 0 {
        if ep != 0 {
            c.copy_out(ep, src);
        }
        return;
    }
    let slot = c.chanbuf(c.word(RECVX));
    if ep != 0 {
        c.copy_out(ep, slot);
    }
    c.copy_out(slot, src);
    c.bump(RECVX);
    c.set_word(SENDX, c.word(RECVX));
}

/// Go's `closechan`: marks the channel closed, then readies every
/// waiting receiver (with zero values) and sender (which will panic),
/// in Go's order: gathered into a list whose pops go last-in first.
pub(crate) fn closechan(sched: &mut Sched, c: usize) -> Result<(), RuntimeError> {
    if c == 0 {
        return Err(RuntimeError::CloseOfNil);
    }
    let c = Hchan(c);
    if c.closed() {
        return Err(RuntimeError::CloseOfClosed);
    }
    c.set_closed();
    let mut glist = Vec::new();
    while let Some(sg) = Waitq::recvq(c).dequeue() {
        // SAFETY: a dequeued sudog is live.
        let elem = unsafe { (*sg).elem };
        if elem != 0 {
            c.clear(elem);
        }
        glist.push(sg);
    }
    while let Some(sg) = Waitq::sendq(c).dequeue() {
        glist.push(sg);
    }
    for sg in glist.into_iter().rev() {
        wake(sched, sg, false);
    }
    Ok(())
}

/// What a parked goroutine finishes when it runs again: the code after
/// `gopark` in chansend, chanrecv and selectgo.
pub enum Park {
    /// Nothing (never woken: nil channels, `select {}`).
    None,
    /// A blocked send; it resumes at `resume` unless the channel closed.
    Send { sg: *mut Sudog, resume: *const Word },
    /// A blocked receive; `ok` is the frame slot of its second result.
    Recv {
        sg: *mut Sudog,
        ok: u16,
        resume: *const Word,
    },
    /// A blocked select: one sudog per case (null for nil channels), the
    /// frame slots of its case table and of the chosen case's index.
    Select {
        sgs: Vec<*mut Sudog>,
        cases: u16,
        result: u16,
        resume: *const Word,
    },
}

/// Finishes the operation `g` parked in, now that it runs again; an
/// error is a panic raised at the parking instruction.
pub fn park_resume(g: &mut G) -> Option<RuntimeError> {
    let fp = g.sched.fp;
    match std::mem::replace(&mut g.park, Park::None) {
        Park::None => None,
        Park::Send { sg, resume } => {
            // SAFETY: the sudog was dequeued by the waker; it is ours.
            let ok = unsafe { (*sg).success };
            // SAFETY: in no queue any more, not used after.
            unsafe { release_sudog(sg) };
            if !ok {
                return Some(RuntimeError::SendOnClosed);
            }
            g.sched.pc = resume;
            None
        }
        Park::Recv { sg, ok, resume } => {
            // SAFETY: as for Send; `ok` is a slot of the parked frame.
            unsafe {
                *fp.add(ok as usize) = (*sg).success as u64;
                release_sudog(sg);
            }
            g.sched.pc = resume;
            None
        }
        Park::Select {
            sgs,
            cases,
            result,
            resume,
        } => crate::select::select_resume(g, sgs, cases, result, resume),
    }
}

/// Stops the machine with run-time error `e` at the instruction `pc`.
/// Raises run-time error `e` at the channel instruction `pc`: a panic
/// left pending for the handler to start (`then_next!`), or, for Go's
/// fatal errors, the end of the program.
pub(crate) fn raise(ctx: *mut Exec, pc: *const Word, fp: *mut u64, e: RuntimeError) -> Status {
    // SAFETY: ctx is the running M's context.
    unsafe {
        (*ctx).pc = pc;
        (*ctx).fp = fp;
        if e == RuntimeError::GoNilFunc {
            (*(*ctx).g).sched.pc = pc;
            (*(*ctx).g).sched.fp = fp;
            (*ctx).fatal = Some(e);
        } else {
            (*ctx).pending = Some(crate::panic::PanicValue::Runtime(e));
        }
    }
    Status::Panic
}

/// The `ChanSend` instruction at `pc`: sends the element at `ep` on
/// channel `c`, parking the goroutine when it must wait. `Continue`
/// means done.
///
/// # Safety
/// `ctx`, `pc`, `fp` are the running goroutine's; `ep` is a frame
/// element of the channel's element size.
#[inline(never)]
pub unsafe fn chansend(
    ctx: *mut Exec,
    pc: *const Word,
    fp: *mut u64,
    c: usize,
    ep: usize,
) -> Status {
    // SAFETY: per the contract.
    unsafe {
        if c == 0 {
            return gopark(ctx, pc, fp, WaitReason::ChanSendNilChan, Park::None);
        }
        let c = Hchan(c);
        match try_send(&mut (*ctx).sched, c, ep) {
            Err(e) => raise(ctx, pc, fp, e),
            Ok(true) => Status::Continue,
            Ok(false) => {
                let sg = acquire_sudog((*ctx).g, c, ep);
                Waitq::sendq(c).enqueue(sg);
                let resume = pc.add(1);
                gopark(ctx, pc, fp, WaitReason::ChanSend, Park::Send { sg, resume })
            }
        }
    }
}

/// The `ChanRecv` instruction at `pc`: receives from channel `c` into
/// `ep`, with ok into frame slot `ok`, parking when it must wait.
///
/// # Safety
/// As [`chansend`]; `ok` is a slot of the frame.
#[inline(never)]
pub unsafe fn chanrecv(
    ctx: *mut Exec,
    pc: *const Word,
    fp: *mut u64,
    c: usize,
    ep: usize,
    ok: u16,
) -> Status {
    // SAFETY: per the contract.
    unsafe {
        if c == 0 {
            return gopark(ctx, pc, fp, WaitReason::ChanReceiveNilChan, Park::None);
        }
        let c = Hchan(c);
        if let Some(got) = try_recv(&mut (*ctx).sched, c, ep) {
            *fp.add(ok as usize) = got as u64;
            return Status::Continue;
        }
        let sg = acquire_sudog((*ctx).g, c, ep);
        Waitq::recvq(c).enqueue(sg);
        let resume = pc.add(1);
        gopark(
            ctx,
            pc,
            fp,
            WaitReason::ChanReceive,
            Park::Recv { sg, ok, resume },
        )
    }
}

/// The `ChanClose` instruction at `pc`.
///
/// # Safety
/// As [`chansend`].
#[inline(never)]
pub unsafe fn chanclose(ctx: *mut Exec, pc: *const Word, fp: *mut u64, c: usize) -> Status {
    // SAFETY: ctx is the running M's.
    match closechan(unsafe { &mut (*ctx).sched }, c) {
        Ok(()) => Status::Continue,
        Err(e) => raise(ctx, pc, fp, e),
    }
}

/// `len` (`cap` when `cap`) of channel `c`; 0 for a nil channel.
pub fn chanlen(c: usize, cap: bool) -> u64 {
    match (c, cap) {
        (0, _) => 0,
        (_, false) => Hchan(c).qcount(),
        (_, true) => Hchan(c).dataqsiz(),
    }
}

/// The `MakeChan` instruction: `*dst` = a new channel of `size`
/// elements of the channel type whose descriptor is at `chantype`.
///
/// # Safety
/// As [`chansend`]; `dst` is a frame slot.
#[inline(never)]
pub unsafe fn makechan_op(
    ctx: *mut Exec,
    pc: *const Word,
    fp: *mut u64,
    dst: *mut u64,
    size: i64,
    chantype: u64,
) -> Status {
    // SAFETY: per the contract; chantype is a linked `*ChanType`.
    unsafe {
        let elem = crate::abi::TypeRef(chantype as *const u8).elem();
        let (esize, ptrs) = (elem.size() as u64, elem.ptr_bytes() > 0);
        match makechan(&mut (*ctx).heap, size, esize, ptrs) {
            Ok(c) => {
                Hchan(c).set_word(ELEMTYPE, elem.0 as u64);
                *dst = c as u64;
                Status::Continue
            }
            Err(e) => raise(ctx, pc, fp, e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::malloc::Heap;

    fn send(s: &mut Sched, c: Hchan, v: u64) -> Result<bool, RuntimeError> {
        try_send(s, c, &v as *const u64 as usize)
    }

    fn recv(s: &mut Sched, c: Hchan) -> Option<(u64, bool)> {
        let mut v = u64::MAX;
        try_recv(s, c, &mut v as *mut u64 as usize).map(|ok| (v, ok))
    }

    #[test]
    fn makechan_checks_sizes_as_go() {
        let mut h = Heap::new();
        assert_eq!(
            makechan(&mut h, -1, 8, false),
            Err(RuntimeError::MakeChanSize)
        );
        assert_eq!(
            makechan(&mut h, 1 << 62, 8, false),
            Err(RuntimeError::MakeChanSize)
        );
        let c = Hchan(makechan(&mut h, 4, 8, false).unwrap());
        assert_eq!((c.qcount(), c.dataqsiz()), (0, 4));
        // No pointers: the buffer follows the hchan.
        assert_eq!(c.word(BUF) as usize, c.0 + HCHAN_SIZE);
        let c = Hchan(makechan(&mut h, 0, 8, false).unwrap());
        assert_eq!(c.word(BUF) as usize, c.0 + BUF);
    }

    #[test]
    fn a_buffer_is_a_fifo_ring_and_close_drains_it() {
        let (mut h, mut s) = (Heap::new(), Sched::new());
        let c = Hchan(makechan(&mut h, 2, 8, false).unwrap());
        assert_eq!(send(&mut s, c, 1), Ok(true));
        assert_eq!(send(&mut s, c, 2), Ok(true));
        assert_eq!(send(&mut s, c, 3), Ok(false), "full: the sender waits");
        assert_eq!(recv(&mut s, c), Some((1, true)));
        assert_eq!(send(&mut s, c, 3), Ok(true), "wraps around");
        assert_eq!(closechan(&mut s, c.0), Ok(()));
        assert_eq!(send(&mut s, c, 4), Err(RuntimeError::SendOnClosed));
        assert_eq!(recv(&mut s, c), Some((2, true)));
        assert_eq!(recv(&mut s, c), Some((3, true)));
        assert_eq!(recv(&mut s, c), Some((0, false)), "zero value once drained");
        assert_eq!(closechan(&mut s, c.0), Err(RuntimeError::CloseOfClosed));
        assert_eq!(closechan(&mut s, 0), Err(RuntimeError::CloseOfNil));
    }

    #[test]
    fn an_unbuffered_channel_waits_without_a_partner() {
        let (mut h, mut s) = (Heap::new(), Sched::new());
        let c = Hchan(makechan(&mut h, 0, 8, false).unwrap());
        assert_eq!(send(&mut s, c, 1), Ok(false));
        assert_eq!(recv(&mut s, c), None);
    }
}
