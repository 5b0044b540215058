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
    // SAFETY: per the contract, g is live and fp inside its stack.
    unsafe {
        let old = &(*g).stack;
        let mut size = old.size() * 2;
        while old.lo + size < need_end {
            size *= 2;
        }
        let new = Stack::alloc(size);
        let used = need_end.min(old.hi) - old.lo;
        std::ptr::copy_nonoverlapping(old.lo as *const u8, new.lo as *mut u8, used);
        let fp = (new.lo + (fp as usize - old.lo)) as *mut u64;
        (*g).stackguard0
            .store(new.hi, std::sync::atomic::Ordering::Relaxed);
        (*g).stack = new;
        fp
    }
}
