//! The page allocator (Go's `pageAlloc`, `mpagealloc.go`): which 8 KiB
//! pages of the heap's arenas are in use, and address-ordered first-fit
//! allocation of runs of pages.
//!
//! Go keeps a radix tree of summaries over 4 MiB chunks; goviz keeps one
//! bitmap per 64 MiB arena (a set bit is a page in use) and scans them in
//! address order from `search_addr`, skipping whole words. A run may
//! cross from one arena into the next when the two are adjacent in
//! memory, as in Go (large objects bigger than an arena need that).
//!
//! Invariants: `chunks` is sorted by address and holds each arena once;
//! every page below `search_addr` is in use (Go's `searchAddr`), so a
//! search never looks below it. This file does address arithmetic only:
//! it never touches the memory it manages, so it is tested on made-up
//! addresses.

use crate::sizeclasses::PAGE_SIZE;

/// Go's `heapArenaBytes` on 64-bit Linux.
pub const HEAP_ARENA_BYTES: usize = 64 << 20;
/// Pages in an arena (Go's `pagesPerArena`).
pub const PAGES_PER_ARENA: usize = HEAP_ARENA_BYTES / PAGE_SIZE;
const WORDS: usize = PAGES_PER_ARENA / 64;

/// The in-use bits of one arena's pages.
struct Chunk {
    base: usize,
    bits: Box<[u64; WORDS]>,
}

impl Chunk {
    fn addr(&self, page: usize) -> usize {
        self.base + page * PAGE_SIZE
    }

    /// The first page at or after `from` whose bit is `set`, or
    /// `PAGES_PER_ARENA` if none.
    fn find(&self, from: usize, set: bool) -> usize {
        let flip = if set { 0 } else { !0 };
        let mut wi = from / 64;
        if wi >= WORDS {
            return PAGES_PER_ARENA;
        }
        let mut w = (self.bits[wi] ^ flip) & (!0u64 << (from % 64));
        loop {
            if w != 0 {
                return wi * 64 + w.trailing_zeros() as usize;
            }
            wi += 1;
            if wi == WORDS {
                return PAGES_PER_ARENA;
            }
            w = self.bits[wi] ^ flip;
        }
    }

    /// Sets pages [from, to) to `in_use`.
    fn set(&mut self, from: usize, to: usize, in_use: bool) {
        for page in from..to {
            let (w, b) = (page / 64, 1u64 << (page % 64));
            if in_use {
                self.bits[w] |= b;
            } else {
                self.bits[w] &= !b;
            }
        }
    }
}

/// A run of free pages found so far: start address and length in pages.
#[derive(Clone, Copy)]
struct Run {
    start: usize,
    pages: usize,
}

impl Run {
    fn end(self) -> usize {
        self.start + self.pages * PAGE_SIZE
    }
}

pub struct PageAlloc {
    chunks: Vec<Chunk>,
    search_addr: usize,
}

impl Default for PageAlloc {
    fn default() -> Self {
        Self::new()
    }
}

impl PageAlloc {
    pub fn new() -> PageAlloc {
        PageAlloc {
            chunks: Vec::new(),
            search_addr: usize::MAX,
        }
    }

    /// Adds the arenas of `[base, base + bytes)` (arena-aligned, new to
    /// the allocator) with all their pages free (Go's `pageAlloc.grow`).
    pub fn grow(&mut self, base: usize, bytes: usize) {
        debug_assert!(
            base.is_multiple_of(HEAP_ARENA_BYTES) && bytes.is_multiple_of(HEAP_ARENA_BYTES)
        );
        for a in (base..base + bytes).step_by(HEAP_ARENA_BYTES) {
            let at = self.chunks.partition_point(|c| c.base < a);
            let bits = Box::new([0; WORDS]);
            self.chunks.insert(at, Chunk { base: a, bits });
        }
        self.search_addr = self.search_addr.min(base);
    }

    /// The lowest address of a run of `npages` free pages, now marked in
    /// use; None if no run is long enough (the heap must grow).
    pub fn alloc(&mut self, npages: usize) -> Option<usize> {
        debug_assert!(npages > 0);
        let mut first_free = None;
        let found = self.first_fit(npages, &mut first_free);
        if let Some(start) = found {
            self.mark(start, npages, true);
        }
        // Everything below the first free page seen is in use; if the
        // run starts there, everything up to its end now is.
        self.search_addr = match (first_free, found) {
            (Some(f), Some(s)) if f == s => s + npages * PAGE_SIZE,
            (Some(f), _) => f,
            (None, _) => self.end(),
        };
        found
    }

    /// Marks `[base, base + npages pages)` free (Go's `pageAlloc.free`).
    pub fn free(&mut self, base: usize, npages: usize) {
        self.mark(base, npages, false);
        self.search_addr = self.search_addr.min(base);
    }

    /// Whether the page at `addr` is in use (false outside the arenas).
    pub fn in_use(&self, addr: usize) -> bool {
        match self.chunk_of(addr) {
            Some(i) => {
                let c = &self.chunks[i];
                let page = (addr - c.base) / PAGE_SIZE;
                c.find(page, true) == page
            }
            None => false,
        }
    }

    /// The index of the chunk holding `addr`.
    fn chunk_of(&self, addr: usize) -> Option<usize> {
        let i = self
            .chunks
            .partition_point(|c| c.base + HEAP_ARENA_BYTES <= addr);
        (i < self.chunks.len() && self.chunks[i].base <= addr).then_some(i)
    }

    /// One past the last arena's last byte.
    fn end(&self) -> usize {
        self.chunks.last().map_or(0, |c| c.base + HEAP_ARENA_BYTES)
    }

    /// Address-ordered first fit from `search_addr`; records the first
    /// free page seen in `first_free`.
    fn first_fit(&self, npages: usize, first_free: &mut Option<usize>) -> Option<usize> {
        let from = self
            .chunks
            .partition_point(|c| c.base + HEAP_ARENA_BYTES <= self.search_addr);
        // A run reaching the end of an arena, which may continue at the
        // start of the next one if that one is adjacent.
        let mut carried: Option<Run> = None;
        for c in &self.chunks[from..] {
            let mut page = self.search_addr.saturating_sub(c.base) / PAGE_SIZE;
            while page < PAGES_PER_ARENA {
                let free = c.find(page, false);
                if free == PAGES_PER_ARENA {
                    carried = None;
                    break;
                }
                let used = c.find(free, true);
                first_free.get_or_insert(c.addr(free));
                let run = match carried {
                    Some(r) if free == 0 && r.end() == c.base => Run {
                        start: r.start,
                        pages: r.pages + used,
                    },
                    _ => Run {
                        start: c.addr(free),
                        pages: used - free,
                    },
                };
                if run.pages >= npages {
                    return Some(run.start);
                }
                carried = (used == PAGES_PER_ARENA).then_some(run);
                page = used;
            }
        }
        None
    }

    /// Sets the pages of `[base, base + npages pages)` to `in_use`; the
    /// range lies in adjacent arenas.
    fn mark(&mut self, base: usize, npages: usize, in_use: bool) {
        let mut addr = base;
        let end = base + npages * PAGE_SIZE;
        while addr < end {
            let Some(i) = self.chunk_of(addr) else {
                debug_assert!(false, "marking pages outside the arenas");
                return;
            };
            let c = &mut self.chunks[i];
            let from = (addr - c.base) / PAGE_SIZE;
            let to = ((end - c.base) / PAGE_SIZE).min(PAGES_PER_ARENA);
            c.set(from, to, in_use);
            addr = c.addr(to);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: usize = HEAP_ARENA_BYTES;
    const P: usize = PAGE_SIZE;

    #[test]
    fn first_fit_in_address_order() {
        let mut pa = PageAlloc::new();
        pa.grow(10 * A, A);
        assert_eq!(pa.alloc(1), Some(10 * A));
        assert_eq!(pa.alloc(3), Some(10 * A + P));
        assert_eq!(pa.alloc(1), Some(10 * A + 4 * P));
        // A hole of 3 pages: a 4-page run goes after it, a 2-page one in it.
        pa.free(10 * A + P, 3);
        assert_eq!(pa.alloc(4), Some(10 * A + 5 * P));
        assert_eq!(pa.alloc(2), Some(10 * A + P));
        assert_eq!(pa.alloc(1), Some(10 * A + 3 * P));
        assert!(pa.in_use(10 * A + 3 * P));
        assert!(!pa.in_use(10 * A + 9 * P));
        assert!(!pa.in_use(9 * A));
    }

    #[test]
    fn runs_cross_into_an_adjacent_arena_only() {
        let mut pa = PageAlloc::new();
        pa.grow(4 * A, A);
        pa.grow(5 * A, A);
        pa.grow(7 * A, A);
        assert_eq!(pa.alloc(PAGES_PER_ARENA - 2), Some(4 * A));
        // 2 pages left in arena 4 continue into arena 5.
        assert_eq!(pa.alloc(5), Some(5 * A - 2 * P));
        // Arenas 5 and 7 are not adjacent: no run spans them.
        assert_eq!(pa.alloc(PAGES_PER_ARENA), Some(7 * A));
        assert_eq!(pa.alloc(PAGES_PER_ARENA), None);
        assert_eq!(pa.alloc(PAGES_PER_ARENA - 3), Some(5 * A + 3 * P));
        assert_eq!(pa.alloc(1), None);
    }

    #[test]
    fn runs_longer_than_an_arena_span_arenas() {
        let mut pa = PageAlloc::new();
        pa.grow(2 * A, 3 * A);
        assert_eq!(pa.alloc(1), Some(2 * A));
        assert_eq!(pa.alloc(2 * PAGES_PER_ARENA), Some(2 * A + P));
        assert!(pa.in_use(4 * A));
        assert!(!pa.in_use(4 * A + 2 * P));
    }

    #[test]
    fn arenas_mapped_below_the_search_address_are_found() {
        let mut pa = PageAlloc::new();
        pa.grow(8 * A, A);
        assert_eq!(pa.alloc(PAGES_PER_ARENA), Some(8 * A));
        pa.grow(3 * A, A);
        assert_eq!(pa.alloc(1), Some(3 * A));
    }
}
