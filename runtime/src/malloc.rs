//! Heap memory for Go values.
//!
//! Memory comes from 64 MiB arenas (Go's `heapArenaBytes` on amd64),
//! zeroed when mapped, handed out in 8-byte aligned blocks. This first
//! allocator only bumps a pointer and never frees: the allocator issue
//! replaces its inside with Go's size classes, `mcache`, `mcentral` and
//! `mheap`, and the GC issue reclaims memory; callers already go through
//! `mallocgc` so neither changes them.

use std::alloc::{Layout, alloc_zeroed};

/// Go's heap arena size on 64-bit Linux.
pub const ARENA_BYTES: usize = 64 << 20;

pub struct Heap {
    /// Next free byte and end of the current arena.
    next: usize,
    end: usize,
    /// Bytes handed out so far (MemStats.TotalAlloc's meaning).
    pub total_alloc: u64,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            next: 0,
            end: 0,
            total_alloc: 0,
        }
    }

    /// Allocates `size` zeroed bytes, 8-byte aligned (Go's `mallocgc`).
    pub fn mallocgc(&mut self, size: usize) -> *mut u8 {
        let p = self.bump(size);
        if !p.is_null() {
            return p;
        }
        self.grow(size.max(1).next_multiple_of(8));
        self.bump(size)
    }

    /// `mallocgc`'s fast path: `size` zeroed bytes from the current
    /// arena, or null when it has no room left (the caller then calls
    /// `mallocgc`, out of its own fast path).
    #[inline]
    pub fn bump(&mut self, size: usize) -> *mut u8 {
        let size = size.max(1).next_multiple_of(8);
        if self.end - self.next < size {
            return std::ptr::null_mut();
        }
        let p = self.next;
        self.next += size;
        self.total_alloc += size as u64;
        p as *mut u8
    }

    #[cold]
    fn grow(&mut self, size: usize) {
        let bytes = size.next_multiple_of(ARENA_BYTES);
        let layout = Layout::from_size_align(bytes, 8192).expect("arena layout");
        // SAFETY: the layout has a non-zero size. Arenas are never freed
        // (Go never unmaps arenas either).
        let p = unsafe { alloc_zeroed(layout) } as usize;
        if p == 0 {
            std::alloc::handle_alloc_error(layout);
        }
        self.next = p;
        self.end = p + bytes;
    }

    /// A new string holding `x` then `y` (Go's `concatstrings`); returns
    /// (pointer, length). An empty result needs no memory.
    pub fn concat(&mut self, x: &[u8], y: &[u8]) -> (*const u8, usize) {
        let n = x.len() + y.len();
        if n == 0 {
            return (std::ptr::null(), 0);
        }
        if y.is_empty() {
            return (x.as_ptr(), x.len());
        }
        if x.is_empty() {
            return (y.as_ptr(), y.len());
        }
        let p = self.mallocgc(n);
        // SAFETY: p has n fresh bytes; x and y are readable and do not
        // overlap the new block.
        unsafe {
            std::ptr::copy_nonoverlapping(x.as_ptr(), p, x.len());
            std::ptr::copy_nonoverlapping(y.as_ptr(), p.add(x.len()), y.len());
        }
        (p, n)
    }
}
