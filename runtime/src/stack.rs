//! Goroutine stacks: contiguous, starting at Go's `_StackMin` (2 KiB),
//! doubled by `morestack` when a call does not fit (copystack).
//!
//! Our stacks grow upward: a callee's frame is above its caller's. Frames
//! link to their caller by distance, not address, so copying a stack
//! moves the frames without rewriting the chain. Pointers into a stack
//! exist only in its frames' slots: until escape analysis lands, every
//! variable whose address is taken lives in the heap, so a copy adjusts
//! nothing but the running frame pointer. (With escape analysis, the
//! per-pc pointer maps will say which slots to adjust, as Go's
//! `adjustframe` does.)

use std::alloc::{Layout, alloc_zeroed, dealloc};

use crate::proc::G;

/// Go's `_StackMin`: the size of a new goroutine's stack.
pub const STACK_MIN: usize = 2048;

/// A stack's memory: `[lo, hi)`.
#[derive(Debug)]
pub struct Stack {
    pub lo: usize,
    pub hi: usize,
}

impl Stack {
    fn layout(size: usize) -> Layout {
        Layout::from_size_align(size, 16).expect("stack sizes are small powers of two")
    }

    /// A zeroed stack of `size` bytes rounded up to a power of two.
    pub fn alloc(size: usize) -> Stack {
        let size = size.next_power_of_two();
        // SAFETY: the layout has a non-zero size.
        let lo = unsafe { alloc_zeroed(Self::layout(size)) } as usize;
        if lo == 0 {
            std::alloc::handle_alloc_error(Self::layout(size));
        }
        Stack { lo, hi: lo + size }
    }

    pub fn size(&self) -> usize {
        self.hi - self.lo
    }
}

impl Drop for Stack {
    fn drop(&mut self) {
        // SAFETY: lo was allocated by `alloc` with this size's layout.
        unsafe { dealloc(self.lo as *mut u8, Self::layout(self.size())) }
    }
}

/// Grows `g`'s stack so that it extends at least to `need_end` (an
/// address computed against the current stack), copying the used part,
/// and returns `fp` translated to the new stack. The used part ends at
/// `need_end` or the old stack's end, whichever is lower: the caller's
/// frame and the arguments it wrote lie below both.
///
/// # Safety
/// `g` must be the running goroutine and `fp` a frame in its stack.
pub unsafe fn morestack(g: *mut G, fp: *mut u64, need_end: usize) -> *mut u64 {
    // SAFETY: forwarded.
    unsafe { copystack(g, fp, need_end, (*g).stack.size() * 2, false) }
}

/// The stack-copy stress mode's move (goviz's debug mode, see
/// `interp::LinkOptions`): `g`'s stack moves to a fresh one of the same
/// size (bigger only if `need_end` needs it) and the old one is filled
/// with [`POISON`] before it is freed, so that anything still pointing
/// into it reads garbage instead of working by luck.
///
/// # Safety
/// As [`morestack`].
pub unsafe fn movestack(g: *mut G, fp: *mut u64, need_end: usize) -> *mut u64 {
    // SAFETY: forwarded.
    unsafe { copystack(g, fp, need_end, (*g).stack.size(), true) }
}

/// Stacks moved away from in the stress mode, kept (poisoned) for a
/// while so that a stale pointer reads the poison rather than memory the
/// allocator reused.
static QUARANTINE: std::sync::Mutex<std::collections::VecDeque<Stack>> =
    std::sync::Mutex::new(std::collections::VecDeque::new());

/// Stacks the quarantine holds before it frees the oldest.
const QUARANTINE_LEN: usize = 64;

fn quarantine(s: Stack) {
    let mut q = QUARANTINE.lock().unwrap_or_else(|e| e.into_inner());
    q.push_back(s);
    if q.len() > QUARANTINE_LEN {
        q.pop_front();
    }
}

/// The byte a moved stack is filled with in the stress mode.
pub const POISON: u8 = 0xdb;

/// Copies `g`'s stack to a new one of at least `size` bytes (doubled
/// further until it reaches `need_end`), translates `fp`, and poisons
/// the old stack, which is freed (or quarantined: `keep_old`).
///
/// # Safety
/// As [`morestack`].
unsafe fn copystack(
    g: *mut G,
    fp: *mut u64,
    need_end: usize,
    size: usize,
    keep_old: bool,
) -> *mut u64 {
    // SAFETY: per the contract, g is live and fp inside its stack.
    unsafe {
        let old = &(*g).stack;
        let mut size = size;
        while old.lo + size < need_end {
            size *= 2;
        }
        let new = Stack::alloc(size);
        let used = need_end.min(old.hi) - old.lo;
        std::ptr::copy_nonoverlapping(old.lo as *const u8, new.lo as *mut u8, used);
        let fp = (new.lo + (fp as usize - old.lo)) as *mut u64;
        // Only the used part can be pointed into.
        std::ptr::write_bytes(old.lo as *mut u8, POISON, used);
        (*g).stackguard0
            .store(new.hi, std::sync::atomic::Ordering::Relaxed);
        let old = std::mem::replace(&mut (*g).stack, new);
        if keep_old {
            quarantine(old);
        }
        fp
    }
}
