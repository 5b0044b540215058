//! The per-P allocation cache (Go's `mcache`, `mcache.go`): for each
//! span class the span a P allocates small objects from, and the tiny
//! allocator's current block. Only the P's owner touches it, so the
//! common allocation takes no lock and touches no shared state.
//!
//! Invariants: `alloc[spc]` is this cache's `emptymspan` or a span of
//! class `spc` of the cache's heap that no mcentral lists and no other
//! mcache holds (its `sweepgen` is mheap.sweepgen + 3); allocations from
//! it are counted into the heap's statistics when it is given back
//! (`refill`, `release_all`), as Go's. `tiny` is 0 or a 16-byte block of
//! the tiny span class whose bytes from `tinyoffset` on were never handed
//! out.
//!
//! Go shares one global `emptymspan`; here each mcache owns its own, so
//! that no span struct is ever reachable from two Ps' caches (Rust's
//! `&mut` rules, once Ps run on several threads).

use crate::mheap::MHeap;
use crate::mspan::{MSpan, NUM_SPAN_CLASSES, SpanClass, TINY_SPAN_CLASS};
use crate::sizeclasses::PAGE_SIZE;

pub struct MCache {
    /// The current tiny block (0: none) and how much of it is used.
    pub tiny: usize,
    pub tinyoffset: usize,
    /// Objects placed in existing tiny blocks, not yet flushed.
    pub tiny_allocs: u64,
    /// The span each class allocates from.
    alloc: [*mut MSpan; NUM_SPAN_CLASSES],
    /// A span with no free slot that every class starts with, so the
    /// first allocation of a class goes to `refill` without a test on
    /// the fast path (Go's `emptymspan`). Owned: freed on drop.
    emptymspan: *mut MSpan,
}

impl Default for MCache {
    fn default() -> Self {
        Self::new()
    }
}

impl MCache {
    /// An empty cache (Go's `allocmcache`).
    pub fn new() -> MCache {
        let emptymspan = Box::into_raw(Box::new(MSpan::new(0, 0)));
        MCache {
            tiny: 0,
            tinyoffset: 0,
            tiny_allocs: 0,
            alloc: [emptymspan; NUM_SPAN_CLASSES],
            emptymspan,
        }
    }

    /// A free slot of class `spc`, now allocated, and whether its span
    /// may hold old data: `nextFreeFast` on the cached span, else
    /// `next_free`. None when out of memory.
    #[inline]
    pub fn next_slot(&mut self, h: &mut MHeap, spc: SpanClass) -> Option<(usize, bool)> {
        let s = self.span(spc);
        match s.next_free_fast() {
            Some(v) => Some((v, s.needzero)),
            None => self.next_free(h, spc),
        }
    }

    /// Go's `mcache.nextFree`: the next free slot of the cached span,
    /// after refilling it from the mcentral if it is full.
    fn next_free(&mut self, h: &mut MHeap, spc: SpanClass) -> Option<(usize, bool)> {
        let mut index = self.span(spc).next_free_index();
        if index == self.span(spc).nelems {
            debug_assert_eq!(
                self.span(spc).alloc_count,
                index,
                "s.allocCount != s.nelems"
            );
            self.refill(h, spc)?;
            // With the GC: this is where Go tests the heap trigger.
            index = self.span(spc).next_free_index();
        }
        let s = self.span(spc);
        debug_assert!(index < s.nelems, "freeIndex is not valid");
        s.alloc_count += 1;
        Some((s.slot_addr(index), s.needzero))
    }

    /// The span cached for class `spc`.
    fn span(&mut self, spc: SpanClass) -> &mut MSpan {
        // SAFETY: alloc entries are this mcache's emptymspan or spans of
        // its heap that only this mcache references (invariants), valid
        // while the heap lives (mheap invariant); the borrow of self
        // keeps this the only reference in use.
        unsafe { &mut *self.alloc[spc.index()] }
    }

    /// Replaces the full span of class `spc` by one with a free slot
    /// (Go's `mcache.refill`), counting what was allocated from it.
    fn refill(&mut self, h: &mut MHeap, spc: SpanClass) -> Option<()> {
        let old = self.alloc[spc.index()];
        if old != self.emptymspan {
            self.flush_span(h, spc);
            self.alloc[spc.index()] = self.emptymspan;
            // SAFETY: old was this cache's span of h, let go of above.
            unsafe { h.uncache_span(old) };
        }
        let s = h.cache_span(spc)?;
        self.alloc[spc.index()] = s;
        let sweepgen = h.sweepgen;
        let span = self.span(spc);
        span.sweepgen = sweepgen + 3;
        span.alloc_count_before_cache = span.alloc_count;
        Some(())
    }

    /// Counts into `h.stats` the allocations made from the cached span of
    /// class `spc` since it was cached (for the tiny class, the tiny
    /// objects too).
    fn flush_span(&mut self, h: &mut MHeap, spc: SpanClass) {
        let s = self.span(spc);
        let used = (s.alloc_count - s.alloc_count_before_cache) as u64;
        s.alloc_count_before_cache = 0;
        h.stats.small_alloc_count[spc.sizeclass() as usize] += used;
        if spc == TINY_SPAN_CLASS {
            h.stats.tiny_alloc_count += std::mem::take(&mut self.tiny_allocs);
        }
    }

    /// Calls `f` with the allocations not yet flushed from each cached
    /// span, for statistics readers.
    pub fn unflushed(&self, mut f: impl FnMut(SpanClass, u64)) {
        for (i, &s) in self.alloc.iter().enumerate() {
            if s != self.emptymspan {
                // SAFETY: a cached span (invariants), only read here.
                let s = unsafe { &*s };
                f(
                    SpanClass(i as u8),
                    (s.alloc_count - s.alloc_count_before_cache) as u64,
                );
            }
        }
    }

    /// A span of its own for a large object of `size` bytes (Go's
    /// `mcache.allocLarge`), listed as full in its class's mcentral.
    /// None when out of memory.
    pub fn alloc_large(&mut self, h: &mut MHeap, size: usize, noscan: bool) -> Option<*mut MSpan> {
        let npages = size.checked_add(PAGE_SIZE - 1)? / PAGE_SIZE;
        let spc = SpanClass::new(0, noscan);
        let s = h.alloc_span(npages, spc)?;
        h.stats.large_alloc += (npages * PAGE_SIZE) as u64;
        h.stats.large_alloc_count += 1;
        let sweepgen = h.sweepgen;
        h.central[spc.index()].full_swept(sweepgen).push(s);
        // SAFETY: s is a new span of h; no reference to it is in use.
        let span = unsafe { &mut *s };
        span.limit = span.base() + size;
        Some(s)
    }

    /// Gives every cached span back to its mcentral and drops the tiny
    /// block (Go's `mcache.releaseAll`: before a GC cycle, or when a P
    /// goes away).
    pub fn release_all(&mut self, h: &mut MHeap) {
        for i in 0..NUM_SPAN_CLASSES {
            let s = self.alloc[i];
            if s != self.emptymspan {
                self.flush_span(h, SpanClass(i as u8));
                self.alloc[i] = self.emptymspan;
                // SAFETY: s was this cache's span of h, let go of above.
                unsafe { h.uncache_span(s) };
            }
        }
        h.stats.tiny_alloc_count += std::mem::take(&mut self.tiny_allocs);
        self.tiny = 0;
        self.tinyoffset = 0;
    }
}

impl Drop for MCache {
    fn drop(&mut self) {
        // SAFETY: made by Box::into_raw in `new`, freed only here.
        drop(unsafe { Box::from_raw(self.emptymspan) });
    }
}
