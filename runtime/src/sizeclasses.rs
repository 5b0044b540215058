//! Go's size classes (a fact of Go 1.27's runtime, from
//! `internal/runtime/gc/sizeclasses.go`; `compiler/tests/sizeclasses.rs`
//! checks these tables and `size_to_class` against the installation's
//! file): small objects are rounded up to one of these sizes, larger ones
//! to whole 8 KiB pages. `append`'s capacities follow from them.
//!
//! Class 0 means "large": an object of its own span. Lookups go through
//! two tables built at compile time from `CLASS_TO_SIZE`, by 8-byte steps
//! up to 1024 bytes and by 128-byte steps above, as Go's do.

/// Number of size classes, class 0 included (Go's `NumSizeClasses`).
pub const NUM_SIZE_CLASSES: usize = 68;

/// Bytes of each size class; class 0 is "large".
pub const CLASS_TO_SIZE: [u32; NUM_SIZE_CLASSES] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// Pages of a span of each size class (Go's `SizeClassToNPages`).
pub const CLASS_TO_NPAGES: [u8; NUM_SIZE_CLASSES] = [
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 2, 1, 2, 1, 2, 1, 3, 2, 3, 1, 3, 2, 3, 4, 5, 6, 1, 7, 6, 5, 4, 3, 5, 7, 2, 9, 7, 5, 8,
    3, 10, 7, 4,
];

/// The largest small object.
pub const MAX_SMALL_SIZE: usize = 32768;
/// The heap page size (Go's `pageSize`).
pub const PAGE_SIZE: usize = 8192;
/// The header a small object with pointers carries when larger than this
/// (one pointer-bitmap word per object instead of span heap bits).
pub const MIN_SIZE_FOR_MALLOC_HEADER: usize = 512;
pub const MALLOC_HEADER_SIZE: usize = 8;

/// Go's `SmallSizeMax`, `SmallSizeDiv`, `LargeSizeDiv`: the two lookup
/// tables' ranges and steps.
const SMALL_SIZE_MAX: usize = 1024;
const SMALL_SIZE_DIV: usize = 8;
const LARGE_SIZE_DIV: usize = 128;

/// The smallest class whose size is at least `size`.
const fn class_at_least(size: usize) -> u8 {
    let mut c = 0;
    while (CLASS_TO_SIZE[c] as usize) < size {
        c += 1;
    }
    c as u8
}

/// Go's `SizeToSizeClass8`: entry i is the class of i*8 bytes.
const SIZE_TO_CLASS8: [u8; SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1] = {
    let mut t = [0; SMALL_SIZE_MAX / SMALL_SIZE_DIV + 1];
    let mut i = 0;
    while i < t.len() {
        t[i] = class_at_least(i * SMALL_SIZE_DIV);
        i += 1;
    }
    t
};

/// Go's `SizeToSizeClass128`: entry i is the class of 1024 + i*128 bytes.
const SIZE_TO_CLASS128: [u8; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1] = {
    let mut t = [0; (MAX_SMALL_SIZE - SMALL_SIZE_MAX) / LARGE_SIZE_DIV + 1];
    let mut i = 0;
    while i < t.len() {
        t[i] = class_at_least(SMALL_SIZE_MAX + i * LARGE_SIZE_DIV);
        i += 1;
    }
    t
};

/// The smallest size class holding `size` bytes (`size` <= 32768); 0
/// for 0 bytes, as Go's tables say.
pub fn size_to_class(size: usize) -> usize {
    if size <= SMALL_SIZE_MAX - 8 {
        SIZE_TO_CLASS8[size.div_ceil(SMALL_SIZE_DIV)] as usize
    } else {
        // 1017..=1024 land on entry 0 (class 1024), as Go's unsigned
        // arithmetic makes them.
        SIZE_TO_CLASS128[size.saturating_sub(SMALL_SIZE_MAX).div_ceil(LARGE_SIZE_DIV)] as usize
    }
}

/// Go's `SizeClassToDivMagic`: `n / size` is `(n * magic) >> 32` for
/// every offset `n` inside a span of the class (checked below), which is
/// how an interior pointer finds its object without a division.
pub const fn div_magic(class: usize) -> u32 {
    match CLASS_TO_SIZE[class] {
        0 => 0,
        size => u32::MAX / size + 1,
    }
}

/// The size of the block the allocator hands out for `size` bytes, minus
/// the malloc header it may add (Go's `roundupsize`); `noscan` means the
/// object holds no pointers.
pub fn roundupsize(size: usize, noscan: bool) -> usize {
    let mut req = size;
    if req <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE {
        if !noscan && req > MIN_SIZE_FOR_MALLOC_HEADER {
            req += MALLOC_HEADER_SIZE;
        }
        return CLASS_TO_SIZE[size_to_class(req)] as usize - (req - size);
    }
    match req.checked_add(PAGE_SIZE - 1) {
        Some(r) => r & !(PAGE_SIZE - 1),
        None => size,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn div_magic_divides_every_offset_of_a_span() {
        for class in 1..NUM_SIZE_CLASSES {
            let size = CLASS_TO_SIZE[class] as u64;
            let span = CLASS_TO_NPAGES[class] as u64 * PAGE_SIZE as u64;
            let magic = div_magic(class) as u64;
            for n in 0..=span {
                assert_eq!((n * magic) >> 32, n / size, "{n} / {size}");
            }
        }
    }

    #[test]
    fn zero_bytes_are_class_zero_and_round_to_zero() {
        assert_eq!(size_to_class(0), 0);
        assert_eq!(roundupsize(0, true), 0);
        assert_eq!(size_to_class(1), 1);
        assert_eq!(size_to_class(1017), size_to_class(1024));
    }
}
