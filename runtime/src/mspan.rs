//! Spans: runs of heap pages cut into objects of one size class (Go's
//! `mspan` and `spanClass` of `mheap.go`, with the allocation-bit work of
//! `mbitmap.go`: `nextFreeIndex`, `refillAllocCache`, `isFree`,
//! `objIndex`; and `nextFreeFast` of `malloc.go`).
//!
//! A span's objects are slots `0..nelems` of `elemsize` bytes from
//! `startAddr`. Allocation walks `freeindex` upward: every slot below it
//! is allocated; at or above it, a slot is free unless its bit in
//! `alloc_bits` is set (a fresh span's bits are all clear; the sweeper
//! will set them to the last GC's mark bits). `alloc_cache` holds the
//! complement of the 64 `alloc_bits` from `freeindex`'s word, shifted so
//! bit 0 is slot `freeindex`: its trailing zeros count the allocated slots
//! to skip (Go's design, kept as is).
//!
//! mspan structs are made and owned by the mheap, never by Go memory.

use crate::sizeclasses::{
    CLASS_TO_SIZE, MIN_SIZE_FOR_MALLOC_HEADER, NUM_SIZE_CLASSES, PAGE_SIZE, div_magic,
};

/// A size class and whether its objects are free of pointers ("noscan",
/// the low bit), as Go's `spanClass` packs them. Scan and noscan objects
/// of one size never share a span, so the GC can skip noscan spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SpanClass(pub u8);

/// Number of span classes (Go's `numSpanClasses`).
pub const NUM_SPAN_CLASSES: usize = NUM_SIZE_CLASSES << 1;
/// The size class of tiny blocks: 16 bytes (Go's `tinySizeClass`).
pub const TINY_SIZE_CLASS: u8 = 2;
/// The span class tiny blocks come from (Go's `tinySpanClass`).
pub const TINY_SPAN_CLASS: SpanClass = SpanClass::new(TINY_SIZE_CLASS, true);

impl SpanClass {
    /// Go's `makeSpanClass`.
    pub const fn new(sizeclass: u8, noscan: bool) -> SpanClass {
        SpanClass(sizeclass << 1 | noscan as u8)
    }

    pub fn sizeclass(self) -> u8 {
        self.0 >> 1
    }

    pub fn noscan(self) -> bool {
        self.0 & 1 != 0
    }

    /// The index of this class in per-class tables.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What a span's pages are used for (Go's `mSpanState`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MSpanState {
    /// Not in use: free pages, or an mspan struct waiting for reuse.
    Dead,
    /// Heap objects.
    InUse,
    /// Manually managed memory (goroutine stacks, when they move into
    /// the heap's pages as Go's do).
    Manual,
}

/// The most objects a span holds: a one-page span of 8-byte objects.
pub const MAX_OBJS_PER_SPAN: usize = PAGE_SIZE / 8;

/// One bit per object slot (Go's `gcBits`, here inline in the span).
pub type GcBits = [u64; MAX_OBJS_PER_SPAN / 64];

/// Bytes at the end of a small-object span that Go 1.27's default "Green
/// Tea" GC keeps for the span's inline mark bits (`spanInlineMarkBits`:
/// 63 scan bytes, an ownership byte, 63 mark bytes, the span class).
pub const SPAN_INLINE_MARK_BITS_SIZE: usize = 128;

/// Whether objects of `size` bytes keep their pointer bitmap in the span
/// rather than in a malloc header (Go's `heapBitsInSpan`).
pub fn heap_bits_in_span(size: usize) -> bool {
    size <= MIN_SIZE_FOR_MALLOC_HEADER
}

/// Whether spans of `elemsize` objects carry Green Tea's inline mark
/// bits (Go's `gcUsesSpanInlineMarkBits`).
fn uses_inline_mark_bits(elemsize: usize) -> bool {
    heap_bits_in_span(elemsize) && elemsize >= 16
}

#[derive(Debug)]
pub struct MSpan {
    /// Address of the first byte (Go's `startAddr`, `base()`).
    pub start_addr: usize,
    pub npages: usize,
    /// Slots below this index are allocated.
    pub freeindex: u16,
    pub nelems: u16,
    /// `!alloc_bits` from slot `freeindex` to the end of its 64-slot word.
    pub alloc_cache: u64,
    pub alloc_bits: GcBits,
    /// The sweep generation (Go's `sweepgen`): mheap.sweepgen when swept,
    /// +3 while an mcache holds the span. Kept so the GC issue fills in
    /// sweeping where Go does.
    pub sweepgen: u32,
    /// `n / elemsize` as a multiply and shift (Go's `divMul`).
    pub div_mul: u32,
    pub alloc_count: u16,
    pub spanclass: SpanClass,
    pub state: MSpanState,
    /// The span's memory may hold old data: slots must be zeroed before
    /// use when the caller asks for zeroed memory.
    pub needzero: bool,
    /// `alloc_count` when an mcache took the span, so the allocations
    /// made from that mcache can be counted when it gives the span back.
    pub alloc_count_before_cache: u16,
    pub elemsize: usize,
    /// End of the object-holding part of the span: `start_addr +
    /// elemsize * nelems` for small objects, the object's end for a large
    /// one.
    pub limit: usize,
}

impl MSpan {
    /// A dead span over `npages` pages at `base` (Go's `mspan.init`).
    pub fn new(base: usize, npages: usize) -> MSpan {
        MSpan {
            start_addr: base,
            npages,
            freeindex: 0,
            nelems: 0,
            alloc_cache: 0,
            alloc_bits: [0; MAX_OBJS_PER_SPAN / 64],
            sweepgen: 0,
            div_mul: 0,
            alloc_count: 0,
            spanclass: SpanClass(0),
            state: MSpanState::Dead,
            needzero: false,
            alloc_count_before_cache: 0,
            elemsize: 0,
            limit: 0,
        }
    }

    pub fn base(&self) -> usize {
        self.start_addr
    }

    /// Sets up the span to hold objects of `spanclass` with no slot
    /// allocated (the object part of Go's `initSpan`). A small-object
    /// span leaves room at its end for what Go's GC keeps there: Green
    /// Tea's inline mark bits, and for scan spans of objects of up to
    /// 512 bytes the pointer bitmap (one bit per word of the span).
    pub fn init_objects(&mut self, spanclass: SpanClass, sweepgen: u32) {
        let nbytes = self.npages * PAGE_SIZE;
        let class = spanclass.sizeclass() as usize;
        self.spanclass = spanclass;
        if class == 0 {
            self.elemsize = nbytes;
            self.nelems = 1;
            self.div_mul = 0;
        } else {
            self.elemsize = CLASS_TO_SIZE[class] as usize;
            let mut reserve = 0;
            if uses_inline_mark_bits(self.elemsize) {
                reserve += SPAN_INLINE_MARK_BITS_SIZE;
            }
            if heap_bits_in_span(self.elemsize) && !spanclass.noscan() {
                reserve += nbytes / 8 / 8;
            }
            self.nelems = ((nbytes - reserve) / self.elemsize) as u16;
            self.div_mul = div_magic(class);
        }
        debug_assert!(self.nelems as usize <= MAX_OBJS_PER_SPAN);
        self.freeindex = 0;
        self.alloc_cache = !0;
        self.alloc_bits = [0; MAX_OBJS_PER_SPAN / 64];
        self.alloc_count = 0;
        self.limit = self.start_addr + self.elemsize * self.nelems as usize;
        self.sweepgen = sweepgen;
    }

    /// The address of slot `index`.
    pub fn slot_addr(&self, index: u16) -> usize {
        self.start_addr + index as usize * self.elemsize
    }

    /// Go's `nextFreeFast`: the next free slot if `alloc_cache` shows one
    /// and taking it leaves the cache usable (not at the end of its
    /// word), now allocated; None otherwise (the caller goes to
    /// `mcache.next_free`).
    #[inline]
    pub fn next_free_fast(&mut self) -> Option<usize> {
        let bit = self.alloc_cache.trailing_zeros();
        let index = self.freeindex as u32 + bit;
        let next = index + 1;
        if bit == 64 || index >= self.nelems as u32 {
            return None;
        }
        if next.is_multiple_of(64) && next != self.nelems as u32 {
            return None;
        }
        let index = self.take(bit);
        self.alloc_count += 1;
        Some(self.slot_addr(index))
    }

    /// Moves `freeindex` past the free slot `bit` places after it and
    /// returns that slot's index.
    fn take(&mut self, bit: u32) -> u16 {
        let index = self.freeindex + bit as u16;
        self.alloc_cache = shr(self.alloc_cache, bit + 1);
        self.freeindex = index + 1;
        index
    }

    /// Go's `refillAllocCache`: loads the complement of the alloc bits of
    /// 64-slot word `word`.
    pub fn refill_alloc_cache(&mut self, word: usize) {
        self.alloc_cache = !self.alloc_bits[word];
    }

    /// Go's `nextFreeIndex`: the index of the next free slot at or after
    /// `freeindex` (`nelems` if none), with `freeindex` moved past it and
    /// `alloc_cache` kept in step. Does not count the allocation.
    pub fn next_free_index(&mut self) -> u16 {
        loop {
            if self.freeindex >= self.nelems {
                self.freeindex = self.nelems;
                return self.nelems;
            }
            let bit = self.alloc_cache.trailing_zeros();
            if bit == 64 {
                // The rest of this word is allocated: go on at the next.
                self.freeindex = (self.freeindex + 64) & !63;
                if self.freeindex < self.nelems {
                    self.refill_alloc_cache(self.freeindex as usize / 64);
                }
                continue;
            }
            if self.freeindex as u32 + bit >= self.nelems as u32 {
                self.freeindex = self.nelems;
                return self.nelems;
            }
            let index = self.take(bit);
            if self.freeindex.is_multiple_of(64) && self.freeindex != self.nelems {
                self.refill_alloc_cache(self.freeindex as usize / 64);
            }
            return index;
        }
    }

    /// Whether slot `index` is unallocated (Go's `isFree`).
    pub fn is_free(&self, index: usize) -> bool {
        if index < self.freeindex as usize {
            return false;
        }
        self.alloc_bits[index / 64] & (1 << (index % 64)) == 0
    }

    /// The slot holding address `p`, which lies in `[base, limit)` (Go's
    /// `objIndex`, by `divMul` instead of a division).
    pub fn obj_index(&self, p: usize) -> usize {
        (((p - self.start_addr) as u64 * self.div_mul as u64) >> 32) as usize
    }
}

/// `x >> n`, 0 when n is 64 (Go's shift semantics; Rust's `>>` would
/// overflow).
fn shr(x: u64, n: u32) -> u64 {
    x.checked_shr(n).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(class: u8, noscan: bool) -> MSpan {
        let npages = crate::sizeclasses::CLASS_TO_NPAGES[class as usize] as usize;
        let mut s = MSpan::new(1 << 30, npages);
        s.init_objects(SpanClass::new(class, noscan), 0);
        s
    }

    #[test]
    fn span_classes_pack_size_class_and_noscan() {
        assert_eq!(TINY_SPAN_CLASS.0, 5);
        let c = SpanClass::new(67, false);
        assert_eq!((c.sizeclass(), c.noscan(), c.index()), (67, false, 134));
    }

    #[test]
    fn object_counts_leave_room_for_go_gc_metadata() {
        // 8-byte objects: no inline mark bits; scan spans keep a bitmap.
        assert_eq!(span(1, true).nelems, 1024);
        assert_eq!(span(1, false).nelems, (8192 - 128) / 8);
        // Tiny blocks: inline mark bits only (Go's mallocgcTinySC2).
        assert_eq!(span(2, true).nelems, (8192 - 128) / 16);
        assert_eq!(span(2, false).nelems, (8192 - 256) / 16);
        // Above 512 bytes nothing is reserved.
        assert_eq!(span(27, false).nelems, 8192 / 576);
        let s = span(27, false);
        assert_eq!(s.limit, s.base() + 14 * 576);
    }

    #[test]
    fn slots_are_handed_out_in_order_across_cache_words() {
        let mut s = span(1, true);
        for i in 0..s.nelems as usize {
            let p = match s.next_free_fast() {
                Some(p) => p,
                None => {
                    let idx = s.next_free_index();
                    s.alloc_count += 1;
                    s.slot_addr(idx)
                }
            };
            assert_eq!(p, s.base() + 8 * i);
        }
        assert_eq!(s.next_free_fast(), None);
        assert_eq!(s.next_free_index(), s.nelems);
        assert_eq!(s.alloc_count, s.nelems);
        assert!(!s.is_free(1023));
    }

    #[test]
    fn allocated_bits_are_skipped() {
        let mut s = span(4, true);
        s.alloc_bits[0] = 0b1011;
        s.alloc_bits[1] = !0;
        s.refill_alloc_cache(0);
        assert_eq!(s.next_free_index(), 2);
        assert_eq!(s.next_free_index(), 4);
        assert!(!s.is_free(3) && s.is_free(5));
        s.freeindex = 63;
        s.alloc_cache = 1;
        assert_eq!(s.next_free_index(), 63);
        // Word 1 is all allocated: the next free slot is 128.
        assert_eq!(s.next_free_index(), 128);
    }

    #[test]
    fn fast_and_slow_paths_hand_out_exactly_the_free_slots_in_order() {
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut rand = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for round in 0..200 {
            let mut s = span(1 + (round % 5) as u8, round % 2 == 0);
            for w in &mut s.alloc_bits {
                // Sparse, dense, full and empty words.
                *w = match rand() % 4 {
                    0 => 0,
                    1 => !0,
                    _ => rand() & rand(),
                };
            }
            let free: Vec<usize> = (0..s.nelems as usize).filter(|&i| s.is_free(i)).collect();
            s.refill_alloc_cache(0);
            let mut got = Vec::new();
            loop {
                let p = match s.next_free_fast() {
                    Some(p) => p,
                    None => match s.next_free_index() {
                        i if i == s.nelems => break,
                        i => s.slot_addr(i),
                    },
                };
                got.push((p - s.base()) / s.elemsize);
            }
            assert_eq!(got, free, "round {round}");
        }
    }

    #[test]
    fn obj_index_finds_the_slot_of_interior_pointers() {
        let s = span(5, false);
        assert_eq!(s.obj_index(s.base()), 0);
        assert_eq!(s.obj_index(s.base() + 47), 0);
        assert_eq!(s.obj_index(s.base() + 48), 1);
        assert_eq!(s.obj_index(s.limit - 1), s.nelems as usize - 1);
    }
}
