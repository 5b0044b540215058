//! The heap (Go's `mheap`, `mheap.go`): arenas of address space, the page
//! allocator over them, spans, and the per-class mcentrals.
//!
//! Memory comes in 64 MiB arenas, aligned to their size and mapped from
//! the OS (`sysmem`), each new one asked for just above the last so runs
//! of pages can continue from one into the next. Each arena has a
//! `HeapArena` record whose `spans` table maps every page to the span
//! over it; `arenas`, indexed by address / 64 MiB over the 48-bit
//! address space, finds an arena's record, so `span_of` is two loads.
//!
//! Invariants:
//! - An mspan struct, once made, lives until the MHeap is dropped: a
//!   freed span's struct is recycled (Go's `spanalloc` fixalloc), never
//!   freed. So a `*mut MSpan` taken from this heap (by its mcaches,
//!   mcentrals and span tables) stays valid while the heap lives; all
//!   access happens through `&mut` of the heap or of its mcache, on the
//!   thread running the P.
//! - The spans table entries of a span's pages point to it while it is in
//!   use. After it is freed they may still point to its (dead, maybe
//!   recycled) struct: readers check state and bounds (`span_of_heap`).
//! - Memory of an arena above its `zeroed_base` was never handed out and
//!   is zero as mmap made it; `alloc_needs_zero` reports a span that
//!   reaches below it.

use crate::mcentral::MCentral;
use crate::mpagealloc::{HEAP_ARENA_BYTES, PAGES_PER_ARENA, PageAlloc};
use crate::mspan::{MSpan, MSpanState, NUM_SPAN_CLASSES, SpanClass};
use crate::mstats::HeapStatsFlushed;
use crate::sizeclasses::PAGE_SIZE;
use crate::sysmem;

/// Go's `heapAddrBits`: heap addresses fit in 48 bits.
const HEAP_ADDR_BITS: u32 = 48;
/// Entries of the arena index (Go's L2 arena map; amd64 has no L1).
const ARENA_MAP_ENTRIES: usize = 1 << (HEAP_ADDR_BITS - HEAP_ARENA_BYTES.trailing_zeros());

/// Metadata of one arena (Go's `heapArena`).
#[derive(Clone)] // for `vec![None; n]`, which maps the index lazily
pub struct HeapArena {
    /// The span of each page (Go's `spans`); null where no span was ever
    /// allocated.
    pub spans: Box<[*mut MSpan]>,
    /// Bytes from the arena's start that have been handed out at some
    /// point (Go's `zeroedBase`): above it the memory is still zero.
    pub zeroed_base: usize,
}

/// An object found by `find_object`: its slot's start, the slot size and
/// its span's class. For a scan object above 512 bytes the slot starts
/// with its 8-byte malloc header and the object follows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeapObject {
    pub base: usize,
    pub elemsize: usize,
    pub spanclass: SpanClass,
}

pub struct MHeap {
    pages: PageAlloc,
    /// Arena records by arena index (address / 64 MiB).
    arenas: Vec<Option<Box<HeapArena>>>,
    /// Indices of the arenas mapped, in mapping order (Go's `allArenas`).
    pub all_arenas: Vec<usize>,
    /// Every mspan struct ever made (Go's `allspans`), and those free for
    /// reuse (the free list of Go's `spanalloc`).
    allspans: Vec<*mut MSpan>,
    free_mspans: Vec<*mut MSpan>,
    /// One mcentral per span class (Go's `central`).
    pub central: Box<[MCentral]>,
    /// The GC's sweep generation, +2 per cycle (Go's `sweepgen`); 0 until
    /// the GC runs.
    pub sweepgen: u32,
    pub pages_in_use: usize,
    /// Bytes mapped for arenas.
    pub mapped: usize,
    /// Allocation counters flushed from mcaches (Go's `heapStats`).
    pub stats: HeapStatsFlushed,
}

impl Default for MHeap {
    fn default() -> Self {
        Self::new()
    }
}

impl MHeap {
    /// An empty heap; arenas are mapped on first use (Go's `mheap.init`).
    pub fn new() -> MHeap {
        MHeap {
            pages: PageAlloc::new(),
            arenas: vec![None; ARENA_MAP_ENTRIES],
            all_arenas: Vec::new(),
            allspans: Vec::new(),
            free_mspans: Vec::new(),
            central: (0..NUM_SPAN_CLASSES)
                .map(|i| MCentral::new(SpanClass(i as u8)))
                .collect(),
            sweepgen: 0,
            pages_in_use: 0,
            mapped: 0,
            stats: HeapStatsFlushed::default(),
        }
    }

    /// A span of `npages` pages holding objects of `spanclass`, its
    /// `needzero` saying whether its memory may be dirty (Go's
    /// `mheap.alloc` / `allocSpan`). None when the OS refuses memory.
    pub fn alloc_span(&mut self, npages: usize, spanclass: SpanClass) -> Option<*mut MSpan> {
        let base = match self.pages.alloc(npages) {
            Some(base) => base,
            None => {
                self.grow(npages)?;
                self.pages.alloc(npages)?
            }
        };
        let s = self.alloc_mspan();
        // SAFETY: s is an mspan struct of this heap (invariant) that no
        // one else references: it is fresh or was dead on the free list.
        let span = unsafe { &mut *s };
        // With a concurrent sweeper, the struct's sweepgen must survive
        // reuse (Go's spanalloc does not zero): keep it then.
        *span = MSpan::new(base, npages);
        span.needzero = self.alloc_needs_zero(base, npages);
        span.init_objects(spanclass, self.sweepgen);
        span.state = MSpanState::InUse;
        self.set_spans(base, npages, s);
        self.pages_in_use += npages;
        Some(s)
    }

    /// Returns a span's pages to the page allocator (Go's `freeSpan`).
    ///
    /// # Safety
    /// `s` came from this heap's `alloc_span`, is in use, and is not held
    /// by an mcache or listed in an mcentral (the sweeper takes it off
    /// them before freeing, as Go's does).
    pub unsafe fn free_span(&mut self, s: *mut MSpan) {
        // SAFETY: per the contract s is a live span of this heap with no
        // other reference in use.
        let span = unsafe { &mut *s };
        debug_assert_eq!(span.state, MSpanState::InUse);
        span.state = MSpanState::Dead;
        self.pages.free(span.base(), span.npages);
        self.pages_in_use -= span.npages;
        self.free_mspans.push(s);
    }

    /// The span whose pages include `p`, or None if no span was ever
    /// allocated there (Go's `spanOf`). The span may be dead or, if dead,
    /// reused for other pages: callers that hold an untrusted pointer
    /// use `span_of_heap`.
    pub fn span_of(&self, p: usize) -> Option<&MSpan> {
        let ha = self.arenas.get(p / HEAP_ARENA_BYTES)?.as_deref()?;
        let s = ha.spans[(p / PAGE_SIZE) % PAGES_PER_ARENA];
        // SAFETY: span table entries are null or mspans of this heap,
        // valid while it lives (invariant); the result borrows the heap.
        unsafe { s.as_ref() }
    }

    /// `span_of` for a `p` known to be in a mapped arena (Go's
    /// `spanOfUnchecked`): no arena-index checks beyond Rust's own.
    pub fn span_of_unchecked(&self, p: usize) -> *mut MSpan {
        match &self.arenas[p / HEAP_ARENA_BYTES] {
            Some(ha) => ha.spans[(p / PAGE_SIZE) % PAGES_PER_ARENA],
            None => std::ptr::null_mut(),
        }
    }

    /// The in-use span whose objects' range `[base, limit)` holds `p`
    /// (Go's `spanOfHeap`).
    pub fn span_of_heap(&self, p: usize) -> Option<&MSpan> {
        let s = self.span_of(p)?;
        (s.state == MSpanState::InUse && s.base() <= p && p < s.limit).then_some(s)
    }

    /// The allocated object holding address `p`, interior pointers
    /// included (Go's `findObject`); None for addresses outside the heap,
    /// in free slots, or in a span's unused tail.
    pub fn find_object(&self, p: usize) -> Option<HeapObject> {
        let s = self.span_of_heap(p)?;
        let index = s.obj_index(p);
        if s.is_free(index) {
            return None;
        }
        Some(HeapObject {
            base: s.base() + index * s.elemsize,
            elemsize: s.elemsize,
            spanclass: s.spanclass,
        })
    }

    /// Every span ever made, dead ones included (Go's `allspans`), for
    /// heap views and the GC.
    pub fn all_spans(&self) -> impl Iterator<Item = &MSpan> {
        // SAFETY: allspans holds live mspan structs of this heap
        // (invariant); the references borrow the heap.
        self.allspans.iter().map(|&s| unsafe { &*s })
    }

    /// An mspan struct: a recycled one, else a new one.
    fn alloc_mspan(&mut self) -> *mut MSpan {
        self.free_mspans.pop().unwrap_or_else(|| {
            let s = Box::into_raw(Box::new(MSpan::new(0, 0)));
            self.allspans.push(s);
            s
        })
    }

    /// Points the spans table entries of `npages` pages at `base` to `s`
    /// (Go's `setSpans`).
    fn set_spans(&mut self, base: usize, npages: usize, s: *mut MSpan) {
        for page in 0..npages {
            let p = base + page * PAGE_SIZE;
            if let Some(ha) = self.arenas[p / HEAP_ARENA_BYTES].as_deref_mut() {
                ha.spans[(p / PAGE_SIZE) % PAGES_PER_ARENA] = s;
            }
        }
    }

    /// Whether `[base, base + npages pages)` may hold old data, raising
    /// each arena's `zeroed_base` past the range (Go's
    /// `allocNeedsZero`).
    fn alloc_needs_zero(&mut self, mut base: usize, mut npages: usize) -> bool {
        let mut needzero = false;
        while npages > 0 {
            let Some(ha) = self.arenas[base / HEAP_ARENA_BYTES].as_deref_mut() else {
                return true;
            };
            let offset = base % HEAP_ARENA_BYTES;
            if offset < ha.zeroed_base {
                needzero = true;
            }
            let limit = (offset + npages * PAGE_SIZE).min(HEAP_ARENA_BYTES);
            ha.zeroed_base = ha.zeroed_base.max(limit);
            base += limit - offset;
            npages -= (limit - offset) / PAGE_SIZE;
        }
        needzero
    }

    /// Maps new arenas for at least `npages` pages (Go's `mheap.grow` and
    /// `sysAlloc`), asking for the address just above the highest arena
    /// so the heap stays contiguous where the OS allows.
    fn grow(&mut self, npages: usize) -> Option<()> {
        let bytes = npages
            .checked_mul(PAGE_SIZE)?
            .checked_next_multiple_of(HEAP_ARENA_BYTES)?;
        let hint = self
            .all_arenas
            .iter()
            .max()
            .map_or(0, |&ai| (ai + 1) * HEAP_ARENA_BYTES);
        let base = sysmem::sys_reserve_aligned(hint, bytes, HEAP_ARENA_BYTES)?;
        if (base + bytes) / HEAP_ARENA_BYTES > ARENA_MAP_ENTRIES {
            // SAFETY: just mapped, never handed out.
            unsafe { sysmem::sys_free(base, bytes) };
            return None;
        }
        for ai in base / HEAP_ARENA_BYTES..(base + bytes) / HEAP_ARENA_BYTES {
            self.arenas[ai] = Some(Box::new(HeapArena {
                spans: vec![std::ptr::null_mut(); PAGES_PER_ARENA].into_boxed_slice(),
                zeroed_base: 0,
            }));
            self.all_arenas.push(ai);
        }
        self.pages.grow(base, bytes);
        self.mapped += bytes;
        Some(())
    }
}

impl Drop for MHeap {
    fn drop(&mut self) {
        for &ai in &self.all_arenas {
            // SAFETY: each arena was mapped by `grow` and, the heap being
            // dropped, no Go memory is reachable any more.
            unsafe { sysmem::sys_free(ai * HEAP_ARENA_BYTES, HEAP_ARENA_BYTES) };
        }
        for &s in &self.allspans {
            // SAFETY: made by Box::into_raw in this heap and freed only
            // here, once.
            drop(unsafe { Box::from_raw(s) });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LARGE: SpanClass = SpanClass::new(0, true);

    fn base(s: *mut MSpan) -> usize {
        // SAFETY: s is a span of a heap alive in the calling test.
        unsafe { (*s).base() }
    }

    #[test]
    fn freed_pages_and_span_structs_are_reused() {
        let mut h = MHeap::new();
        let s1 = h.alloc_span(2, LARGE).unwrap();
        let b = base(s1);
        assert_eq!(b % HEAP_ARENA_BYTES, 0, "the first span starts the arena");
        assert_eq!(h.span_of(b + PAGE_SIZE).unwrap().npages, 2);
        // SAFETY: s1 is in no cache or list.
        unsafe { h.free_span(s1) };
        assert_eq!(h.pages_in_use, 0);
        assert!(h.span_of_heap(b).is_none(), "a dead span holds nothing");
        let s2 = h.alloc_span(1, LARGE).unwrap();
        assert_eq!((s2, base(s2)), (s1, b));
        // The second page's table entry is stale: it names the recycled
        // struct, which no longer covers it.
        assert!(h.span_of(b + PAGE_SIZE).is_some());
        assert!(h.span_of_heap(b + PAGE_SIZE).is_none());
        assert_eq!(h.all_spans().count(), 1);
    }

    #[test]
    fn only_pages_handed_out_before_need_zeroing() {
        let mut h = MHeap::new();
        let needzero = |h: &MHeap, s: *mut MSpan| h.span_of(base(s)).unwrap().needzero;
        let s1 = h.alloc_span(2, LARGE).unwrap();
        let s2 = h.alloc_span(1, LARGE).unwrap();
        assert!(!needzero(&h, s1) && !needzero(&h, s2));
        // SAFETY: s1 is in no cache or list.
        unsafe { h.free_span(s1) };
        let s3 = h.alloc_span(1, LARGE).unwrap();
        assert_eq!(base(s3), base(s1));
        assert!(needzero(&h, s3));
        // One free page before s2 is too short: 3 fresh pages after it.
        let s4 = h.alloc_span(3, LARGE).unwrap();
        assert_eq!(base(s4), base(s2) + PAGE_SIZE);
        assert!(!needzero(&h, s4));
    }

    #[test]
    fn spans_the_os_cannot_map_are_refused() {
        let mut h = MHeap::new();
        // Beyond the 47-bit user address space, and beyond any size.
        assert_eq!(h.alloc_span((1 << 48) / PAGE_SIZE, LARGE), None);
        assert_eq!(h.alloc_span(usize::MAX / 2, LARGE), None);
        assert_eq!((h.mapped, h.pages_in_use), (0, 0));
        assert!(h.alloc_span(1, LARGE).is_some());
    }

    #[test]
    fn spans_over_arena_boundaries_fill_both_span_tables() {
        let mut h = MHeap::new();
        let s = h.alloc_span(PAGES_PER_ARENA + 2, LARGE).unwrap();
        let b = base(s);
        assert_eq!(h.mapped, 2 * HEAP_ARENA_BYTES);
        let last = b + (PAGES_PER_ARENA + 1) * PAGE_SIZE;
        assert_eq!(h.span_of(last).unwrap().base(), b);
        assert_eq!(h.span_of_unchecked(last), s);
        assert!(h.span_of(last + PAGE_SIZE).is_none());
    }
}
