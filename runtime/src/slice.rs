//! Slices: `makeslice`'s checks and `growslice`, the growth rule behind
//! `append` (Go 1.27's: double below 256 elements, then grow by about
//! 1.25x plus 192 elements, then round the bytes up to a size class).
//! A slice in memory is three words: pointer, length, capacity.

use crate::malloc::Heap;
use crate::panic::RuntimeError;
use crate::sizeclasses::roundupsize;

/// The largest allocation Go allows on amd64 (`maxAlloc`, 2^48).
const MAX_ALLOC: u64 = 1 << 48;

/// Go's `nextslicecap`: the capacity to grow to for `new_len` elements.
pub fn nextslicecap(new_len: i64, old_cap: i64) -> i64 {
    let double = old_cap + old_cap;
    if new_len > double {
        return new_len;
    }
    const THRESHOLD: i64 = 256;
    if old_cap < THRESHOLD {
        return double;
    }
    let mut c = old_cap;
    loop {
        c = c.wrapping_add((c + 3 * THRESHOLD) >> 2);
        if c as u64 >= new_len as u64 {
            break;
        }
    }
    if c <= 0 { new_len } else { c }
}

/// The checks of `make([]T, len, cap)`; `esize` is the element size.
pub fn makeslice_check(len: i64, cap: i64, esize: u64) -> Result<(), RuntimeError> {
    let too_big = |n: i64| n < 0 || (esize > 0 && (n as u64).saturating_mul(esize) > MAX_ALLOC);
    if too_big(len) {
        return Err(RuntimeError::MakeSliceLen);
    }
    if too_big(cap) || len > cap {
        return Err(RuntimeError::MakeSliceCap);
    }
    Ok(())
}

/// The checks of `unsafe.Slice(ptr, len)` (elements of `esize` bytes) and
/// `unsafe.String` (`string`, 1-byte elements), as Go's `unsafeslice`.
pub fn unsafe_slice_check(
    ptr: u64,
    len: i64,
    esize: u64,
    string: bool,
) -> Result<(), RuntimeError> {
    if len < 0 {
        return Err(RuntimeError::UnsafeLen { string });
    }
    if esize == 0 {
        return if ptr == 0 && len > 0 {
            Err(RuntimeError::UnsafeNilPtr { string })
        } else {
            Ok(())
        };
    }
    // The memory must not wrap around the address space.
    match (len as u64).checked_mul(esize) {
        Some(mem) if mem <= ptr.wrapping_neg() || mem == 0 => Ok(()),
        _ if ptr == 0 => Err(RuntimeError::UnsafeNilPtr { string }),
        _ => Err(RuntimeError::UnsafeLen { string }),
    }
}

/// Grows the slice (ptr, len, cap) of `esize`-byte elements to hold
/// `new_len` elements (`new_len` > cap): a new backing array with the
/// old elements copied. Returns the new (ptr, cap).
///
/// # Safety
/// `ptr` points to at least `len * esize` readable bytes of Go memory.
pub unsafe fn growslice(
    heap: &mut Heap,
    ptr: u64,
    len: i64,
    cap: i64,
    new_len: i64,
    esize: u64,
    noscan: bool,
) -> Result<(u64, i64), RuntimeError> {
    if new_len < 0 {
        return Err(RuntimeError::GrowSliceLen);
    }
    if esize == 0 {
        // Zero-size elements: no memory, cap follows len.
        return Ok((ptr, new_len));
    }
    let new_cap = nextslicecap(new_len, cap);
    let bytes = (new_cap as u64)
        .checked_mul(esize)
        .filter(|&b| b <= MAX_ALLOC);
    let Some(bytes) = bytes else {
        return Err(RuntimeError::GrowSliceLen);
    };
    let new_cap = (roundupsize(bytes as usize, noscan) as u64 / esize) as i64;
    let capmem = (new_cap as u64 * esize) as usize;
    let (lenmem, newlenmem) = (
        (len as u64 * esize) as usize,
        (new_len as u64 * esize) as usize,
    );
    // As Go's growslice: pointer-free memory is cleared only past the
    // elements `append` is about to write; memory with pointers is all
    // zeroed by mallocgc.
    let p = heap.mallocgc(capmem, noscan, !noscan) as usize;
    // SAFETY: the old array holds len elements (contract); the new one
    // holds new_cap >= new_len > len.
    unsafe {
        if noscan {
            crate::mem::memclr(p + newlenmem, capmem - newlenmem);
        }
        crate::mem::memmove(p, ptr as usize, lenmem);
    }
    Ok((p as u64, new_cap))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Capacities seen appending one element at a time from nil, as
    /// measured with Go 1.27 (go-runtime-facts.md §5).
    fn caps(esize: u64, noscan: bool, upto: i64) -> Vec<i64> {
        let mut heap = Heap::new();
        let (mut ptr, mut len, mut cap) = (0u64, 0i64, 0i64);
        let mut seen = vec![];
        while len < upto {
            if len + 1 > cap {
                // SAFETY: ptr holds len elements of the heap above.
                (ptr, cap) =
                    unsafe { growslice(&mut heap, ptr, len, cap, len + 1, esize, noscan) }.unwrap();
                seen.push(cap);
            }
            len += 1;
        }
        seen
    }

    #[test]
    fn append_capacities_match_go() {
        assert_eq!(
            caps(8, true, 2100),
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560]
        );
        assert_eq!(
            caps(8, false, 2100),
            [1, 2, 4, 8, 16, 32, 64, 143, 287, 607, 1023, 1535, 2303]
        );
        assert_eq!(
            caps(1, true, 2100),
            [8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072]
        );
        assert_eq!(
            caps(24, false, 2100),
            [1, 2, 4, 8, 16, 37, 74, 170, 341, 682, 1135, 1706, 2389]
        );
        assert_eq!(
            caps(12, true, 2100),
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3413]
        );
    }

    #[test]
    fn makeslice_rejects_as_go() {
        assert_eq!(makeslice_check(-1, 0, 8), Err(RuntimeError::MakeSliceLen));
        assert_eq!(
            makeslice_check(1 << 62, 1 << 62, 8),
            Err(RuntimeError::MakeSliceLen)
        );
        assert_eq!(makeslice_check(5, 2, 8), Err(RuntimeError::MakeSliceCap));
        assert_eq!(makeslice_check(0, -1, 8), Err(RuntimeError::MakeSliceCap));
        assert_eq!(makeslice_check(3, 5, 8), Ok(()));
    }
}
