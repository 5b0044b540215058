//! Go's size classes (a fact of Go 1.27's runtime, from
//! `internal/runtime/gc/sizeclasses.go`; `compiler/tests/sizeclasses.rs`
//! checks this table and `roundupsize` against the installation's file):
//! small objects are rounded up to one of these sizes, larger ones to
//! whole 8 KiB pages. `append`'s capacities follow from them.

/// Bytes of each size class; class 0 is "large".
pub const CLASS_TO_SIZE: [u32; 68] = [
    0, 8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792,
    2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// The largest small object.
pub const MAX_SMALL_SIZE: usize = 32768;
/// The heap page size.
pub const PAGE_SIZE: usize = 8192;
/// The header a small object with pointers carries when larger than this
/// (one pointer-bitmap word per object instead of span heap bits).
pub const MIN_SIZE_FOR_MALLOC_HEADER: usize = 512;
pub const MALLOC_HEADER_SIZE: usize = 8;

/// The smallest size class holding `size` bytes (`size` <= 32768).
pub fn size_to_class(size: usize) -> usize {
    CLASS_TO_SIZE[1..].partition_point(|&c| (c as usize) < size) + 1
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
