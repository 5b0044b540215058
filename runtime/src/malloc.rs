//! Allocating Go objects (Go's `mallocgc`, `malloc.go`): the entry every
//! allocation of the runtime goes through, choosing between Go's four
//! paths by size and pointer-ness:
//! - tiny: pointer-free objects under 16 bytes are packed into 16-byte
//!   blocks (`malloc_tiny`);
//! - small: up to 32 KiB minus the malloc header, one slot of the size
//!   class from the P's mcache (`malloc_small`); objects with pointers
//!   above 512 bytes get an 8-byte header before them, where the type
//!   goes (`malloc_small_scan_header`);
//! - large: a span of their own, rounded to whole pages (`malloc_large`).
//!
//! Zeroing follows Go's `needzero`: fresh arena memory is zero, so a slot
//! is cleared only when the caller needs zeroed memory and its span may
//! hold old data (`mspan.needzero`). Objects with pointers are always
//! zeroed (Go throws when asked otherwise), so the GC never sees garbage.
//!
//! `Heap` is the allocator as an M sees it: the program's mheap and the
//! P it runs on (whose mcache it allocates from). Today one M and one P
//! exist; the scheduler moves the P out, to the M's `p`, and shares the
//! mheap between Ms.

use std::sync::atomic::AtomicU64;

use crate::mcache::MCache;
use crate::mheap::{HeapObject, MHeap};
use crate::mspan::{SpanClass, TINY_SPAN_CLASS, heap_bits_in_span};
use crate::mstats::{HeapStats, read_stats};
use crate::sizeclasses::{CLASS_TO_SIZE, MALLOC_HEADER_SIZE, MAX_SMALL_SIZE, size_to_class};

/// Go's heap arena size on 64-bit Linux.
pub use crate::mpagealloc::HEAP_ARENA_BYTES as ARENA_BYTES;

/// Pointer-free objects smaller than this are tiny-allocated (Go's
/// `maxTinySize`), and this is the tiny block size.
pub const MAX_TINY_SIZE: usize = 16;

/// The address of every zero-byte allocation (Go's `zerobase`). Never
/// written by Go code (a zero-size object has no bytes); an atomic so it
/// lives in writable memory anyway.
static ZEROBASE: AtomicU64 = AtomicU64::new(0);

/// The address zero-byte allocations return.
pub fn zerobase() -> usize {
    ZEROBASE.as_ptr() as usize
}

pub struct Heap {
    pub mheap: MHeap,
    /// The mcache of the one P (Go's `p.mcache`); it moves onto
    /// `proc::P` when Ps run on several Ms.
    pub mcache: MCache,
}

impl Default for Heap {
    fn default() -> Self {
        Self::new()
    }
}

impl Heap {
    pub fn new() -> Heap {
        Heap {
            mheap: MHeap::new(),
            mcache: MCache::new(),
        }
    }

    /// Allocates an object of `size` bytes (Go's `mallocgc`). `noscan`
    /// says the object holds no pointers; `needzero` that the caller
    /// needs it zeroed (it will not overwrite all of it). Running out of
    /// memory ends the program as Go's `throw` does.
    #[inline(never)]
    pub fn mallocgc(&mut self, size: usize, noscan: bool, needzero: bool) -> *mut u8 {
        if size == 0 {
            return zerobase() as *mut u8;
        }
        let (h, c) = (&mut self.mheap, &mut self.mcache);
        let x = if size > MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
            malloc_large(h, c, size, noscan, needzero || !noscan)
        } else if noscan {
            if size < MAX_TINY_SIZE {
                malloc_tiny(h, c, size)
            } else {
                malloc_small(h, c, size, true, needzero)
            }
        } else if heap_bits_in_span(size) {
            malloc_small(h, c, size, false, true)
        } else {
            malloc_small_scan_header(h, c, size)
        };
        match x {
            Some(x) => x as *mut u8,
            None => throw_out_of_memory(),
        }
    }

    /// The allocated object holding address `p` (see `MHeap::find_object`).
    pub fn find_object(&self, p: usize) -> Option<HeapObject> {
        self.mheap.find_object(p)
    }

    /// A snapshot of the allocation statistics.
    pub fn read_stats(&self) -> HeapStats {
        read_stats(&self.mheap, [&self.mcache])
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
        // Go's rawstring: every byte is written below.
        let p = self.mallocgc(n, true, false);
        // SAFETY: p has n fresh bytes; x and y are readable and do not
        // overlap the new block.
        unsafe {
            std::ptr::copy_nonoverlapping(x.as_ptr(), p, x.len());
            std::ptr::copy_nonoverlapping(y.as_ptr(), p.add(x.len()), y.len());
        }
        (p, n)
    }
}

/// Go's `mallocgcTiny`: a pointer-free object of `size` < 16 bytes,
/// placed in the current tiny block if it fits at its alignment, else at
/// the start of a new zeroed block. The new block replaces the current
/// one if it has more room left.
fn malloc_tiny(h: &mut MHeap, c: &mut MCache, size: usize) -> Option<usize> {
    let align = if size & 7 == 0 {
        8
    } else if size & 3 == 0 {
        4
    } else if size & 1 == 0 {
        2
    } else {
        1
    };
    let off = c.tinyoffset.next_multiple_of(align);
    if off + size <= MAX_TINY_SIZE && c.tiny != 0 {
        c.tinyoffset = off + size;
        c.tiny_allocs += 1;
        return Some(c.tiny + off);
    }
    let (x, _) = c.next_slot(h, TINY_SPAN_CLASS)?;
    // SAFETY: x is a fresh 16-byte, 16-aligned slot of the heap.
    unsafe { crate::mem::memclr(x, MAX_TINY_SIZE) };
    if size < c.tinyoffset || c.tiny == 0 {
        c.tiny = x;
        c.tinyoffset = size;
    }
    Some(x)
}

/// Go's `mallocgcSmallNoscan` and `mallocgcSmallScanNoHeader`: one slot
/// of the size class of `size` bytes, from the span class of that size
/// and pointer-ness.
fn malloc_small(
    h: &mut MHeap,
    c: &mut MCache,
    size: usize,
    noscan: bool,
    needzero: bool,
) -> Option<usize> {
    let sizeclass = size_to_class(size);
    let spc = SpanClass::new(sizeclass as u8, noscan);
    let (x, dirty) = c.next_slot(h, spc)?;
    if needzero && dirty {
        // SAFETY: x is a slot of the class's size in a span in use.
        unsafe { crate::mem::memclr(x, CLASS_TO_SIZE[sizeclass] as usize) };
    }
    // With the GC: heapSetType records where the pointers are.
    Some(x)
}

/// Go's `mallocgcSmallScanHeader`: a slot 8 bytes larger whose first word
/// is the object's malloc header; the object follows it.
fn malloc_small_scan_header(h: &mut MHeap, c: &mut MCache, size: usize) -> Option<usize> {
    let x = malloc_small(h, c, size + MALLOC_HEADER_SIZE, false, true)?;
    // The header will hold the type descriptor's address; zeroed until
    // the runtime has type descriptors.
    Some(x + MALLOC_HEADER_SIZE)
}

/// Go's `mallocgcLarge`: a span of its own, rounded up to whole pages.
fn malloc_large(
    h: &mut MHeap,
    c: &mut MCache,
    size: usize,
    noscan: bool,
    needzero: bool,
) -> Option<usize> {
    let s = c.alloc_large(h, size, noscan)?;
    // SAFETY: s is the new span of this object, listed only in its
    // mcentral's full set; no other reference to it is in use.
    let span = unsafe { &mut *s };
    span.freeindex = 1;
    span.alloc_count = 1;
    let x = span.base();
    if needzero && span.needzero {
        // SAFETY: the span's elemsize bytes from its base are its pages.
        unsafe { crate::mem::memclr(x, span.elemsize) };
    }
    // With the GC: the heap trigger test, and heapSetTypeLarge.
    Some(x)
}

/// Go's fatal error when the OS refuses the heap more memory (its
/// `sysMap` throw): `fatal error: runtime: out of memory`, exit status 2.
#[cold]
#[inline(never)]
fn throw_out_of_memory() -> ! {
    eprintln!("fatal error: runtime: out of memory");
    std::process::exit(2)
}
