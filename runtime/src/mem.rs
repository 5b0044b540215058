//! Loads and stores of Go memory (heap objects, globals, frame objects
//! whose address is taken), following the memory model of
//! ARCHITECTURE.md: every access of up to 8 bytes is a relaxed atomic of
//! its width (the same `mov` as a plain access, but defined behaviour
//! when racy Go programs run goroutines on several threads), and bulk
//! copies go word by word (bytes for unaligned ends).
//!
//! Callers guarantee the addresses are valid Go memory of the accessed
//! width, aligned as Go aligns that width (Go's layout does); the
//! functions are `unsafe` for that reason.

use std::sync::atomic::Ordering::Relaxed;
use std::sync::atomic::{AtomicU8, AtomicU16, AtomicU32, AtomicU64};

/// # Safety
/// `p` is valid, readable Go memory aligned to 1.
pub unsafe fn load8(p: usize) -> u8 {
    // SAFETY: per the contract.
    unsafe { AtomicU8::from_ptr(p as *mut u8).load(Relaxed) }
}

/// # Safety
/// `p` is valid, readable Go memory aligned to 2.
pub unsafe fn load16(p: usize) -> u16 {
    // SAFETY: per the contract.
    unsafe { AtomicU16::from_ptr(p as *mut u16).load(Relaxed) }
}

/// # Safety
/// `p` is valid, readable Go memory aligned to 4.
pub unsafe fn load32(p: usize) -> u32 {
    // SAFETY: per the contract.
    unsafe { AtomicU32::from_ptr(p as *mut u32).load(Relaxed) }
}

/// # Safety
/// `p` is valid, readable Go memory aligned to 8.
pub unsafe fn load64(p: usize) -> u64 {
    // SAFETY: per the contract.
    unsafe { AtomicU64::from_ptr(p as *mut u64).load(Relaxed) }
}

/// # Safety
/// `p` is valid, writable Go memory aligned to 1.
pub unsafe fn store8(p: usize, v: u8) {
    // SAFETY: per the contract.
    unsafe { AtomicU8::from_ptr(p as *mut u8).store(v, Relaxed) }
}

/// # Safety
/// `p` is valid, writable Go memory aligned to 2.
pub unsafe fn store16(p: usize, v: u16) {
    // SAFETY: per the contract.
    unsafe { AtomicU16::from_ptr(p as *mut u16).store(v, Relaxed) }
}

/// # Safety
/// `p` is valid, writable Go memory aligned to 4.
pub unsafe fn store32(p: usize, v: u32) {
    // SAFETY: per the contract.
    unsafe { AtomicU32::from_ptr(p as *mut u32).store(v, Relaxed) }
}

/// # Safety
/// `p` is valid, writable Go memory aligned to 8.
pub unsafe fn store64(p: usize, v: u64) {
    // SAFETY: per the contract.
    unsafe { AtomicU64::from_ptr(p as *mut u64).store(v, Relaxed) }
}

/// Copies `n` bytes from `src` to `dst` (Go's `memmove`: the ranges may
/// overlap).
///
/// # Safety
/// Both ranges are valid Go memory; when both addresses are 8-aligned the
/// copy goes by words.
pub unsafe fn memmove(dst: usize, src: usize, n: usize) {
    if n == 0 || dst == src {
        return;
    }
    let words = (dst | src).is_multiple_of(8);
    let step = if words { 8 } else { 1 };
    let whole = n / step * step;
    // SAFETY: per the contract; each access stays inside the ranges.
    unsafe {
        let one = |i: usize| {
            if words {
                store64(dst + i, load64(src + i));
            } else {
                store8(dst + i, load8(src + i));
            }
        };
        // Copy backwards when the destination overlaps the source's tail.
        if dst > src && dst < src + n {
            for i in (whole..n).rev() {
                store8(dst + i, load8(src + i));
            }
            for i in (0..whole / step).rev() {
                one(i * step);
            }
        } else {
            for i in 0..whole / step {
                one(i * step);
            }
            for i in whole..n {
                store8(dst + i, load8(src + i));
            }
        }
    }
}

/// Zeroes `n` bytes at `p` (Go's `memclrNoHeapPointers`).
///
/// # Safety
/// The range is valid, writable Go memory.
pub unsafe fn memclr(p: usize, n: usize) {
    let words = p.is_multiple_of(8);
    let whole = if words { n / 8 * 8 } else { 0 };
    // SAFETY: per the contract; accesses stay inside the range.
    unsafe {
        for i in (0..whole).step_by(8) {
            store64(p + i, 0);
        }
        for i in whole..n {
            store8(p + i, 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memmove_handles_overlap_both_ways_and_unaligned_tails() {
        let mut buf: Vec<u64> = (0..8).collect();
        let base = buf.as_mut_ptr() as usize;
        // SAFETY: all ranges are inside buf.
        unsafe { memmove(base + 8, base, 40) };
        assert_eq!(buf, [0, 0, 1, 2, 3, 4, 6, 7]);
        // SAFETY: as above.
        unsafe { memmove(base, base + 16, 24) };
        assert_eq!(&buf[..3], &[1, 2, 3]);
        let mut bytes = *b"abcdefghijk";
        let b = bytes.as_mut_ptr() as usize;
        // SAFETY: inside bytes.
        unsafe { memmove(b + 1, b, 9) };
        assert_eq!(&bytes, b"aabcdefghik");
    }
}
