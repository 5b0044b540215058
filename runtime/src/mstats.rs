//! Heap statistics (Go's `mstats.go`): the allocation counters behind
//! `runtime.MemStats`, `runtime/metrics` and the GUI's heap views.
//!
//! As in Go, an mcache counts its small allocations in its spans'
//! `alloc_count` and its tiny ones in `tiny_allocs`, and adds them to the
//! heap's counters only when it gives a span back; a reader adds what the
//! mcaches hold unflushed, so a snapshot is exact at any moment.

use crate::mcache::MCache;
use crate::mheap::MHeap;
use crate::sizeclasses::{CLASS_TO_SIZE, NUM_SIZE_CLASSES, PAGE_SIZE};

/// The counters flushed into the mheap (Go's `heapStatsDelta`, the part
/// the allocator writes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeapStatsFlushed {
    /// Small objects allocated per size class (tiny blocks in class 2).
    pub small_alloc_count: [u64; NUM_SIZE_CLASSES],
    /// Bytes and count of large objects allocated.
    pub large_alloc: u64,
    pub large_alloc_count: u64,
    /// Objects placed into an existing tiny block.
    pub tiny_alloc_count: u64,
}

impl Default for HeapStatsFlushed {
    fn default() -> Self {
        HeapStatsFlushed {
            small_alloc_count: [0; NUM_SIZE_CLASSES],
            large_alloc: 0,
            large_alloc_count: 0,
            tiny_alloc_count: 0,
        }
    }
}

/// A snapshot of the heap's statistics.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HeapStats {
    pub alloc: HeapStatsFlushed,
    /// Bytes of the pages of spans in use (Go's `HeapInuse`).
    pub heap_in_use: u64,
    /// Bytes of address space mapped for arenas.
    pub heap_mapped: u64,
}

impl HeapStats {
    /// Bytes allocated in size class `class` (whole slots).
    pub fn small_alloc_bytes(&self, class: usize) -> u64 {
        self.alloc.small_alloc_count[class] * CLASS_TO_SIZE[class] as u64
    }

    /// Bytes allocated so far, in whole slots and pages (Go's
    /// `MemStats.TotalAlloc`).
    pub fn total_alloc(&self) -> u64 {
        let small: u64 = (1..NUM_SIZE_CLASSES)
            .map(|c| self.small_alloc_bytes(c))
            .sum();
        small + self.alloc.large_alloc
    }

    /// Objects allocated so far, tiny ones included (Go's
    /// `MemStats.Mallocs`).
    pub fn mallocs(&self) -> u64 {
        let small: u64 = self.alloc.small_alloc_count.iter().sum();
        small + self.alloc.large_alloc_count + self.alloc.tiny_alloc_count
    }
}

/// The statistics of heap `h` with the unflushed counts of `caches` (Go's
/// `heapStats.read` after the mcaches' deltas).
pub fn read_stats<'a>(h: &MHeap, caches: impl IntoIterator<Item = &'a MCache>) -> HeapStats {
    let mut alloc = h.stats.clone();
    for c in caches {
        c.unflushed(|spc, n| alloc.small_alloc_count[spc.sizeclass() as usize] += n);
        alloc.tiny_alloc_count += c.tiny_allocs;
    }
    HeapStats {
        alloc,
        heap_in_use: (h.pages_in_use * PAGE_SIZE) as u64,
        heap_mapped: h.mapped as u64,
    }
}
