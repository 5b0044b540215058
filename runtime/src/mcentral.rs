//! Central span lists, one per span class (Go's `mcentral`,
//! `mcentral.go`): where mcaches get a span with free slots from and give
//! full ones back.
//!
//! Each mcentral keeps two pairs of span sets, `partial` (spans with a
//! free slot) and `full` (none), indexed by sweep generation as Go's: in
//! each pair one set holds the spans swept in this GC cycle and the other
//! those not yet swept; the roles swap when `sweepgen` advances by 2.
//! Until the GC lands nothing is ever unswept, so only the swept sets
//! fill; `cache_span` marks where sweeping on allocation will go.
//!
//! A span is in at most one set, and in none while an mcache holds it
//! (its `sweepgen` is then mheap.sweepgen + 3).

use std::collections::VecDeque;

use crate::mheap::MHeap;
use crate::mspan::{MSpan, SpanClass};
use crate::sizeclasses::CLASS_TO_NPAGES;

/// A set of spans (Go's `spanSet`, a lock-free FIFO there).
#[derive(Default)]
pub struct SpanSet(VecDeque<*mut MSpan>);

impl SpanSet {
    pub fn push(&mut self, s: *mut MSpan) {
        self.0.push_back(s);
    }

    pub fn pop(&mut self) -> Option<*mut MSpan> {
        self.0.pop_front()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

pub struct MCentral {
    pub spanclass: SpanClass,
    pub partial: [SpanSet; 2],
    pub full: [SpanSet; 2],
}

impl MCentral {
    pub fn new(spanclass: SpanClass) -> MCentral {
        MCentral {
            spanclass,
            partial: Default::default(),
            full: Default::default(),
        }
    }

    /// Which of a pair holds the spans swept in generation `sweepgen`.
    fn swept(sweepgen: u32) -> usize {
        (sweepgen / 2 % 2) as usize
    }

    pub fn partial_swept(&mut self, sweepgen: u32) -> &mut SpanSet {
        &mut self.partial[Self::swept(sweepgen)]
    }

    pub fn partial_unswept(&mut self, sweepgen: u32) -> &mut SpanSet {
        &mut self.partial[1 - Self::swept(sweepgen)]
    }

    pub fn full_swept(&mut self, sweepgen: u32) -> &mut SpanSet {
        &mut self.full[Self::swept(sweepgen)]
    }

    pub fn full_unswept(&mut self, sweepgen: u32) -> &mut SpanSet {
        &mut self.full[1 - Self::swept(sweepgen)]
    }
}

/// The mcentral operations need the page heap too (to grow), so they are
/// methods of the heap taking the span class, where Go writes
/// `mheap_.central[spc].mcentral.cacheSpan()`.
impl MHeap {
    /// A span of class `spc` with a free slot, for an mcache (Go's
    /// `mcentral.cacheSpan`); None when out of memory. Its alloc cache is
    /// loaded for `freeindex`.
    pub fn cache_span(&mut self, spc: SpanClass) -> Option<*mut MSpan> {
        let sg = self.sweepgen;
        let s = match self.central[spc.index()].partial_swept(sg).pop() {
            Some(s) => s,
            // With the GC: sweep spans of partial_unswept, then of
            // full_unswept, taking the first with a free slot, before
            // growing.
            None => self.grow_central(spc)?,
        };
        // SAFETY: s is a span of this heap (mheap invariant) that was on
        // no list and in no mcache, so nothing else references it.
        let span = unsafe { &mut *s };
        debug_assert!(span.alloc_count < span.nelems, "span has no free objects");
        let freeindex = span.freeindex as usize;
        span.refill_alloc_cache(freeindex / 64);
        span.alloc_cache >>= freeindex % 64;
        Some(s)
    }

    /// Takes back a span from an mcache (Go's `mcentral.uncacheSpan`).
    ///
    /// # Safety
    /// `s` is a span of this heap that an mcache held and has let go of.
    pub unsafe fn uncache_span(&mut self, s: *mut MSpan) {
        let sg = self.sweepgen;
        // SAFETY: per the contract, s is a live span of this heap that
        // nothing else references.
        let span = unsafe { &mut *s };
        debug_assert!(span.alloc_count > 0, "uncaching span but s.allocCount == 0");
        // With the GC: a span cached before the last cycle began
        // (sweepgen == sg + 1) is swept here instead.
        span.sweepgen = sg;
        let c = &mut self.central[span.spanclass.index()];
        if span.alloc_count < span.nelems {
            c.partial_swept(sg).push(s);
        } else {
            c.full_swept(sg).push(s);
        }
    }

    /// A new span for class `spc` (Go's `mcentral.grow`).
    fn grow_central(&mut self, spc: SpanClass) -> Option<*mut MSpan> {
        let npages = CLASS_TO_NPAGES[spc.sizeclass() as usize] as usize;
        // With the GC: initHeapBits clears the span's pointer bitmap.
        self.alloc_span(npages, spc)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPC: SpanClass = SpanClass::new(5, true);

    #[test]
    fn given_back_spans_are_listed_by_fullness_and_partial_ones_reused() {
        let mut h = MHeap::new();
        let s = h.cache_span(SPC).unwrap();
        // SAFETY (all blocks): s is a span of h that only this test uses.
        unsafe {
            // One slot allocated, as an mcache would.
            (*s).freeindex = 1;
            (*s).alloc_count = 1;
            h.uncache_span(s);
        }
        assert_eq!(h.central[SPC.index()].partial_swept(0).len(), 1);
        assert_eq!(h.cache_span(SPC), Some(s));
        // Its alloc cache starts at slot 1.
        assert_eq!(unsafe { (*s).alloc_cache }, !0 >> 1);
        unsafe {
            (*s).alloc_count = (*s).nelems;
            h.uncache_span(s);
        }
        let c = &mut h.central[SPC.index()];
        assert!(c.partial_swept(0).is_empty());
        assert_eq!(c.full_swept(0).len(), 1);
        // A full span is not handed out: a new one is grown.
        let t = h.cache_span(SPC).unwrap();
        assert_ne!(t, s);
        assert_eq!(unsafe { (*t).alloc_count }, 0);
    }

    #[test]
    fn swept_and_unswept_sets_swap_every_cycle() {
        let mut c = MCentral::new(SPC);
        c.partial_swept(0).push(std::ptr::null_mut());
        assert_eq!(c.partial_unswept(2).len(), 1);
        assert_eq!(c.partial_swept(4).len(), 1);
        assert!(c.full_swept(0).is_empty() && c.full_unswept(0).is_empty());
    }
}
