//! The runtime's size classes are Go's: its tables and `size_to_class`
//! equal the installation's `internal/runtime/gc/sizeclasses.go`
//! (`SizeClassToSize`, `SizeClassToNPages`, `SizeToSizeClass8`,
//! `SizeToSizeClass128`), read from the source at test time.

mod common;

use goviz_runtime::sizeclasses::{CLASS_TO_NPAGES, CLASS_TO_SIZE, MAX_SMALL_SIZE, size_to_class};

/// The numbers in the braces of `var NAME = [...]T{...}` in `src`.
fn table(src: &str, name: &str) -> Vec<usize> {
    let start = src
        .find(&format!("var {name} = "))
        .unwrap_or_else(|| panic!("{name} not found"));
    let body = &src[start..];
    let open = body.find('{').expect("table opens");
    let close = body.find('}').expect("table closes");
    body[open + 1..close]
        .split(',')
        .map(|n| n.trim().parse().expect("a number"))
        .collect()
}

#[test]
fn size_classes_are_gos() {
    let goroot = common::goroot();
    let path = goroot.dir.join("src/internal/runtime/gc/sizeclasses.go");
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let sizes = table(&src, "SizeClassToSize");
    let ours: Vec<usize> = CLASS_TO_SIZE.iter().map(|&s| s as usize).collect();
    assert_eq!(ours, sizes);
    let npages: Vec<usize> = CLASS_TO_NPAGES.iter().map(|&n| n as usize).collect();
    assert_eq!(npages, table(&src, "SizeClassToNPages"));
    // Go looks classes up in two tables: by 8-byte steps up to 1016 and
    // by 128-byte steps above (its unsigned `divRoundUp(size-1024, 128)`
    // wraps to 0 for 1017..1024).
    let by8 = table(&src, "SizeToSizeClass8");
    let by128 = table(&src, "SizeToSizeClass128");
    for size in 1..=MAX_SMALL_SIZE {
        let want = if size <= 1024 - 8 {
            by8[size.div_ceil(8)]
        } else {
            by128[size.wrapping_sub(1024).wrapping_add(127) / 128]
        };
        assert_eq!(size_to_class(size), want, "class of {size} bytes");
    }
}
