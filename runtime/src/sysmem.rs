//! Memory from the operating system for the heap (Go's `mem.go` and
//! `mem_linux.go`: `sysReserve`, `sysAlloc`, `sysFree`).
//!
//! Mappings are anonymous, private, readable and writable. The kernel
//! backs a page when it is first touched, so a 64 MiB arena costs
//! address space until used, and fresh pages read as zero (which is what
//! lets the heap skip zeroing memory it never handed out before). As
//! Go's `sysMap`, the mappings count against the kernel's overcommit
//! limit, so an allocation far beyond the machine's memory fails here
//! and the program dies with Go's "out of memory". Nothing here is
//! Go-visible; the mheap owns every mapping made through this file and
//! unmaps it when dropped.

use std::ffi::c_void;

/// `n` bytes of fresh zeroed memory, at `hint` if the kernel agrees
/// (without `MAP_FIXED`: an address in use is never replaced), else
/// wherever it likes. None when the kernel refuses.
fn sys_reserve(hint: usize, n: usize) -> Option<usize> {
    // SAFETY: a new anonymous private mapping without MAP_FIXED cannot
    // alias or replace any existing memory.
    let p = unsafe {
        libc::mmap(
            hint as *mut c_void,
            n,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    (p != libc::MAP_FAILED).then_some(p as usize)
}

/// Returns `[p, p+n)` to the operating system.
///
/// # Safety
/// The range was mapped by this file and nothing will touch it again.
pub unsafe fn sys_free(p: usize, n: usize) {
    if n == 0 {
        return;
    }
    // SAFETY: per the contract. munmap of our own range cannot fail
    // except for bad arguments, which the contract excludes.
    unsafe { libc::munmap(p as *mut c_void, n) };
}

/// `n` bytes of fresh zeroed memory aligned to `align` (a power of two
/// multiple of the OS page size), preferably at `hint` (Go's
/// `sysReserveAligned` after a failed hint). Alignment comes from
/// mapping `n + align` bytes and unmapping the ends.
pub fn sys_reserve_aligned(hint: usize, n: usize, align: usize) -> Option<usize> {
    if hint != 0
        && hint.is_multiple_of(align)
        && let Some(p) = sys_reserve(hint, n)
    {
        if p == hint {
            return Some(p);
        }
        // SAFETY: just mapped above, never handed out.
        unsafe { sys_free(p, n) };
    }
    let size = n.checked_add(align)?;
    let p = sys_reserve(0, size)?;
    let base = p.next_multiple_of(align);
    // SAFETY: both ends are parts of the mapping just made, outside
    // [base, base + n), and never handed out.
    unsafe {
        sys_free(p, base - p);
        sys_free(base + n, p + size - (base + n));
    }
    Some(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aligned_reservations_are_aligned_zeroed_and_writable() {
        const ALIGN: usize = 64 << 20;
        let p = sys_reserve_aligned(0, ALIGN, ALIGN).expect("reserve");
        assert_eq!(p % ALIGN, 0);
        // SAFETY: p..p+ALIGN was just mapped readable and writable.
        unsafe {
            assert_eq!(crate::mem::load64(p + ALIGN - 8), 0);
            crate::mem::store64(p, 7);
            assert_eq!(crate::mem::load64(p), 7);
            sys_free(p, ALIGN);
        }
    }
}
