//! The allocator specified: Go's size classes, spans, tiny blocks, large
//! objects, finding objects from interior pointers, zeroing and the
//! statistics, observed through `Heap::mallocgc` as the runtime calls it.

use goviz_runtime::malloc::{ARENA_BYTES, Heap, MAX_TINY_SIZE, zerobase};
use goviz_runtime::mspan::{MSpanState, SpanClass, TINY_SPAN_CLASS};
use goviz_runtime::sizeclasses::{CLASS_TO_SIZE, PAGE_SIZE, roundupsize, size_to_class};

const NOSCAN: bool = true;
const SCAN: bool = false;

fn alloc(h: &mut Heap, size: usize, noscan: bool) -> usize {
    h.mallocgc(size, noscan, true) as usize
}

/// The slot size of the object at `p`.
fn elemsize(h: &Heap, p: usize) -> usize {
    h.find_object(p).expect("an allocated object").elemsize
}

fn fill(p: usize, n: usize, byte: u8) {
    for i in 0..n {
        // SAFETY: callers pass memory of the heap they own.
        unsafe { goviz_runtime::mem::store8(p + i, byte) };
    }
}

fn all_bytes_are(p: usize, n: usize, byte: u8) -> bool {
    // SAFETY: callers pass memory of the heap they own.
    (0..n).all(|i| unsafe { goviz_runtime::mem::load8(p + i) } == byte)
}

#[test]
fn small_objects_take_a_slot_of_their_size_class() {
    let mut h = Heap::new();
    for (size, slot) in [(16, 16), (17, 24), (100, 112), (1000, 1024), (1025, 1152)] {
        let p = alloc(&mut h, size, NOSCAN);
        assert_eq!(elemsize(&h, p), slot, "{size} bytes");
        assert_eq!(p % 8, 0);
    }
    for size in [24, 48, 500, 512, 4000, 32760] {
        let p = alloc(&mut h, size, NOSCAN);
        assert_eq!(elemsize(&h, p), CLASS_TO_SIZE[size_to_class(size)] as usize);
        assert_eq!(
            elemsize(&h, p),
            roundupsize(size, NOSCAN),
            "roundupsize agrees"
        );
    }
}

#[test]
fn objects_with_pointers_above_512_bytes_follow_an_8_byte_header() {
    let mut h = Heap::new();
    // 513 + 8 bytes take a 576-byte slot; the object starts 8 bytes in.
    let p = alloc(&mut h, 513, SCAN);
    let o = h.find_object(p).unwrap();
    assert_eq!((o.elemsize, p - o.base), (576, 8));
    assert_eq!(roundupsize(513, SCAN), 576 - 8);
    // Up to 512 bytes the pointer bitmap lives in the span: no header.
    let q = alloc(&mut h, 512, SCAN);
    assert_eq!(h.find_object(q).unwrap().base, q);
    assert_eq!(elemsize(&h, q), 512);
}

#[test]
fn scan_and_noscan_objects_use_separate_span_classes() {
    let mut h = Heap::new();
    let a = alloc(&mut h, 48, SCAN);
    let b = alloc(&mut h, 48, NOSCAN);
    assert_eq!(
        h.find_object(a).unwrap().spanclass,
        SpanClass::new(5, false)
    );
    assert_eq!(h.find_object(b).unwrap().spanclass, SpanClass::new(5, true));
}

#[test]
fn a_class_fills_one_span_before_taking_another() {
    let mut h = Heap::new();
    let first = alloc(&mut h, 48, SCAN);
    let span = h.mheap.span_of(first).unwrap();
    let (base, nelems) = (span.base(), span.nelems as usize);
    assert_eq!(first, base);
    // One page minus Green Tea's inline mark bits and the pointer bitmap.
    assert_eq!(nelems, (PAGE_SIZE - 128 - 128) / 48);
    for i in 1..nelems {
        assert_eq!(alloc(&mut h, 48, SCAN), base + 48 * i);
    }
    assert_eq!(h.mheap.span_of(base).unwrap().alloc_count as usize, nelems);
    let next = alloc(&mut h, 48, SCAN);
    let span2 = h.mheap.span_of(next).unwrap();
    assert_ne!(span2.base(), base);
    assert_eq!(next, span2.base());
    // Spans of a class are the class's page count.
    assert_eq!(span2.npages, 1);
    let big = alloc(&mut h, 9000, NOSCAN);
    assert_eq!(h.mheap.span_of(big).unwrap().npages, 7);
}

#[test]
fn tiny_objects_share_16_byte_blocks() {
    let mut h = Heap::new();
    let a = alloc(&mut h, 8, NOSCAN);
    let b = alloc(&mut h, 8, NOSCAN);
    assert_eq!(b, a + 8);
    let block = h.find_object(a).unwrap();
    assert_eq!(h.find_object(b).unwrap(), block);
    assert_eq!(
        (block.elemsize, block.spanclass),
        (MAX_TINY_SIZE, TINY_SPAN_CLASS)
    );
    assert_eq!(block.base, a);

    // A 12-byte object then a 4-byte one fill a block exactly.
    let c = alloc(&mut h, 12, NOSCAN);
    assert_ne!(h.find_object(c).unwrap().base, block.base);
    assert_eq!(alloc(&mut h, 4, NOSCAN), c + 12);
}

#[test]
fn tiny_objects_are_aligned_by_their_size() {
    let mut h = Heap::new();
    // After 1 byte: a 2-byte object at 2, a 4-byte one at 4, an 8-byte
    // one at 8; odd sizes take the next byte.
    let a = alloc(&mut h, 1, NOSCAN);
    assert_eq!(alloc(&mut h, 2, NOSCAN), a + 2);
    assert_eq!(alloc(&mut h, 3, NOSCAN), a + 4);
    assert_eq!(alloc(&mut h, 4, NOSCAN), a + 8);
    assert_eq!(alloc(&mut h, 1, NOSCAN), a + 12);
    assert_eq!(alloc(&mut h, 2, NOSCAN), a + 14);
    let b = alloc(&mut h, 1, NOSCAN);
    assert_eq!(b, a + 16, "the next block is the next slot");
    assert_eq!(alloc(&mut h, 8, NOSCAN), b + 8);
}

#[test]
fn a_new_tiny_block_replaces_the_current_one_only_if_it_has_more_room() {
    let mut h = Heap::new();
    // 4 bytes used; a 15-byte object does not fit and gets a new block,
    // which would have 1 byte left: the old block stays current.
    let a = alloc(&mut h, 4, NOSCAN);
    let b = alloc(&mut h, 15, NOSCAN);
    assert_eq!(b, a + 16);
    assert_eq!(alloc(&mut h, 4, NOSCAN), a + 4);
    // 12 bytes used; an 8-byte object does not fit at 16: its new block
    // (8 bytes left) has more room and becomes current.
    let mut h = Heap::new();
    let c = alloc(&mut h, 12, NOSCAN);
    let d = alloc(&mut h, 8, NOSCAN);
    assert_eq!(d, c + 16);
    assert_eq!(alloc(&mut h, 8, NOSCAN), d + 8);
}

#[test]
fn objects_with_pointers_are_never_tiny() {
    let mut h = Heap::new();
    let a = alloc(&mut h, 8, SCAN);
    let b = alloc(&mut h, 8, SCAN);
    assert_eq!(b, a + 8);
    assert_ne!(
        h.find_object(a).unwrap().base,
        h.find_object(b).unwrap().base
    );
    assert_eq!(
        h.find_object(a).unwrap().spanclass,
        SpanClass::new(1, false)
    );
    let c = alloc(&mut h, 4, SCAN);
    assert_eq!(elemsize(&h, c), 8);
    assert_eq!(h.read_stats().alloc.tiny_alloc_count, 0);
}

#[test]
fn large_objects_have_page_aligned_spans_of_their_own() {
    let mut h = Heap::new();
    let size = 40_000;
    let p = alloc(&mut h, size, NOSCAN);
    assert_eq!(p % PAGE_SIZE, 0);
    let span = h.mheap.span_of(p).unwrap();
    assert_eq!((span.base(), span.npages), (p, 5));
    assert_eq!(span.spanclass, SpanClass::new(0, true));
    assert_eq!((span.elemsize, span.nelems), (5 * PAGE_SIZE, 1));
    let o = h.find_object(p + size - 1).unwrap();
    assert_eq!((o.base, o.elemsize), (p, 5 * PAGE_SIZE));
    // The object ends at its size, not at its last page's end.
    assert_eq!(h.find_object(p + size), None);
    // Noscan objects over 32760 bytes are large (the header limit).
    let q = alloc(&mut h, 32768, NOSCAN);
    assert_eq!(h.mheap.span_of(q).unwrap().npages, 4);
    let r = alloc(&mut h, 32761, SCAN);
    assert_eq!(
        h.mheap.span_of(r).unwrap().spanclass,
        SpanClass::new(0, false)
    );
}

#[test]
fn find_object_takes_interior_pointers_to_their_object() {
    let mut h = Heap::new();
    let a = alloc(&mut h, 48, NOSCAN);
    let b = alloc(&mut h, 48, NOSCAN);
    for p in [b, b + 1, b + 47] {
        let o = h.find_object(p).unwrap();
        assert_eq!((o.base, o.elemsize), (b, 48));
    }
    assert_eq!(h.find_object(a + 48).unwrap().base, b, "a's end is b");
    assert_eq!(h.find_object(b + 48), None, "b's end is a free slot");
    let span = h.mheap.span_of_heap(b).unwrap();
    assert_eq!(span.state, MSpanState::InUse);
    // The span's unused tail (kept for GC metadata) holds no object.
    assert_eq!(h.find_object(span.limit), None);
    assert!(h.mheap.span_of_heap(span.limit).is_none());
}

#[test]
fn addresses_outside_the_heap_have_no_span_or_object() {
    let mut h = Heap::new();
    let p = alloc(&mut h, 64, NOSCAN);
    let local = 0u64;
    let stack = &local as *const u64 as usize;
    for addr in [0, 8, stack, usize::MAX, zerobase()] {
        assert!(h.mheap.span_of(addr).is_none(), "{addr:#x}");
        assert_eq!(h.find_object(addr), None);
    }
    // Pages of the arena no span ever covered.
    let arena = p / ARENA_BYTES * ARENA_BYTES;
    let end = arena + ARENA_BYTES - 1;
    assert!(h.mheap.span_of(end).is_none());
    assert_eq!(h.find_object(end), None);
}

#[test]
fn zero_sized_objects_share_one_address() {
    let mut h = Heap::new();
    let a = h.mallocgc(0, NOSCAN, true) as usize;
    assert_eq!(a, zerobase());
    assert_eq!(h.mallocgc(0, SCAN, true) as usize, a);
    assert_eq!(h.read_stats().mallocs(), 0);
}

#[test]
fn fresh_memory_is_zero_and_never_cleared() {
    let mut h = Heap::new();
    for size in [8, 100, 3000, 100_000] {
        let p = h.mallocgc(size, NOSCAN, false) as usize;
        assert!(!h.mheap.span_of(p).unwrap().needzero, "{size}: fresh pages");
        assert!(all_bytes_are(p, size, 0));
    }
}

/// Dirties `npages` pages and frees them, as the GC will free a dead
/// span; returns their address.
fn dirty_free_pages(h: &mut Heap, npages: usize) -> usize {
    let s = h.mheap.alloc_span(npages, SpanClass::new(0, true)).unwrap();
    // SAFETY: s was just allocated from this heap.
    let base = unsafe { (*s).base() };
    fill(base, npages * PAGE_SIZE, 0xa5);
    // SAFETY: s came from alloc_span and is in no cache or list.
    unsafe { h.mheap.free_span(s) };
    base
}

#[test]
fn reused_pages_are_zeroed_only_when_the_caller_needs_it() {
    let mut h = Heap::new();
    const N: usize = 5 * PAGE_SIZE; // large for scan objects too
    let base = dirty_free_pages(&mut h, 5);
    // Large objects reuse the pages (first fit); the span says they may
    // be dirty.
    let p = h.mallocgc(N, NOSCAN, false) as usize;
    assert_eq!(p, base);
    assert!(h.mheap.span_of(p).unwrap().needzero);
    assert!(all_bytes_are(p, N, 0xa5), "not zeroed: not needed");

    let base = dirty_free_pages(&mut h, 5);
    let q = h.mallocgc(N, NOSCAN, true) as usize;
    assert_eq!(q, base);
    assert!(all_bytes_are(q, N, 0), "zeroed: asked for");

    let base = dirty_free_pages(&mut h, 5);
    let r = h.mallocgc(N, SCAN, false) as usize;
    assert_eq!(r, base);
    assert!(all_bytes_are(r, N, 0), "pointers: always zeroed");
}

#[test]
fn small_objects_in_reused_pages_are_zeroed_when_needed() {
    let mut h = Heap::new();
    let base = dirty_free_pages(&mut h, 3);
    // Each class takes a fresh one-page span from the freed pages, in
    // address order.
    let a = h.mallocgc(48, NOSCAN, false) as usize;
    let b = h.mallocgc(64, NOSCAN, true) as usize;
    let c = h.mallocgc(80, SCAN, false) as usize;
    assert_eq!([a, b, c], [base, base + PAGE_SIZE, base + 2 * PAGE_SIZE]);
    assert!(all_bytes_are(a, 48, 0xa5));
    assert!(all_bytes_are(b, 64, 0));
    assert!(all_bytes_are(c, 80, 0));
    // Tiny blocks are always zeroed.
    let base = dirty_free_pages(&mut h, 1);
    let t = h.mallocgc(5, NOSCAN, false) as usize;
    assert_eq!(t, base);
    assert!(all_bytes_are(t, 16, 0));
}

#[test]
fn many_allocations_span_several_arenas() {
    let mut h = Heap::new();
    // 1 MiB objects (large) and 1 KiB ones (small) alternating: 4 arenas'
    // worth; every object is distinct, usable, and found again.
    let mut objs = Vec::new();
    for i in 0..256 {
        objs.push((alloc(&mut h, 1 << 20, NOSCAN), 1 << 20));
        for _ in 0..16 {
            objs.push((alloc(&mut h, 1024, NOSCAN), 1024));
        }
        fill(objs[objs.len() - 1].0, 8, i as u8);
    }
    let stats = h.read_stats();
    assert!(stats.heap_mapped >= 4 * ARENA_BYTES as u64);
    assert!(h.mheap.all_arenas.len() >= 4);
    let mut sorted: Vec<_> = objs.iter().map(|&(p, n)| (p, p + n)).collect();
    sorted.sort();
    assert!(sorted.windows(2).all(|w| w[0].1 <= w[1].0), "no overlap");
    for &(p, n) in &objs {
        assert_eq!(h.find_object(p + n - 1).unwrap().base, p);
    }
    // An object larger than an arena spans adjacent arenas.
    let huge = alloc(&mut h, ARENA_BYTES + 1, NOSCAN);
    assert_eq!(h.find_object(huge + ARENA_BYTES).unwrap().base, huge);
    fill(huge + ARENA_BYTES - 4, 5, 1);
}

#[test]
fn statistics_count_objects_and_bytes_per_size_class() {
    let mut h = Heap::new();
    let empty = h.read_stats();
    assert_eq!(
        (empty.total_alloc(), empty.mallocs(), empty.heap_in_use),
        (0, 0, 0)
    );
    // More 48-byte objects than a span holds: counts flushed on refill
    // and still cached are both seen.
    for _ in 0..200 {
        alloc(&mut h, 48, SCAN);
    }
    alloc(&mut h, 8, NOSCAN);
    alloc(&mut h, 8, NOSCAN);
    alloc(&mut h, 8, NOSCAN);
    alloc(&mut h, 100_000, NOSCAN);
    let s = h.read_stats();
    assert_eq!(s.alloc.small_alloc_count[5], 200);
    assert_eq!(s.small_alloc_bytes(5), 200 * 48);
    // Three 8-byte tiny objects: two blocks, one object placed in a block.
    assert_eq!(s.alloc.small_alloc_count[2], 2);
    assert_eq!(s.alloc.tiny_alloc_count, 1);
    assert_eq!(
        (s.alloc.large_alloc, s.alloc.large_alloc_count),
        (13 * 8192, 1)
    );
    assert_eq!(s.total_alloc(), 200 * 48 + 2 * 16 + 13 * 8192);
    assert_eq!(s.mallocs(), 200 + 2 + 1 + 1);
    // Two 48-byte spans, one tiny span, the large one.
    assert_eq!(s.heap_in_use, (2 + 1 + 13) * PAGE_SIZE as u64);
    assert_eq!(s.heap_mapped, ARENA_BYTES as u64);
    // Giving the cache back flushes everything: the totals do not move.
    h.mcache.release_all(&mut h.mheap);
    assert_eq!(h.read_stats(), s);
}
