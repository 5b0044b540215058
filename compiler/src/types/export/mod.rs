//! Export data: everything an importer needs from a checked package, as
//! bytes (gc's export data plays the same role), so a later run can load a
//! package into the [`World`](super::World) instead of parsing and
//! checking it again.
//!
//! # Format (version [`FORMAT_VERSION`])
//!
//! All integers are LEB128 varints (signed ones zigzag-encoded); a string
//! is a length and its bytes.
//!
//! ```text
//! payload  = path name imports:[path] scope:[node] nodes:[node-record]
//! node     = index into nodes (a type or an object record)
//! ```
//!
//! `scope` lists the package-level objects in declaration order; they are
//! declared in the new package's scope in that order. `nodes` is a graph of
//! type and object records that refer to each other by index, so cycles
//! (`type T struct{ next *T }`, a type name and its type) need nothing
//! special. Records (tags in [`tag`]):
//!
//! - the basic types, by kind;
//! - `ExtType(path, name)` and `ExtObj(path, name)`: a package-level type
//!   or object of another package (`""` is the universe), found by name in
//!   that package, which the importer has loaded first. This is the only
//!   way another package's named types are referred to, so their identity
//!   is kept;
//! - every other type (pointer, slice, ..., named, instance, type
//!   parameter, alias) with its parts, and every other object (variables,
//!   fields, parameters, constants with their exact values, type names,
//!   functions and methods) with its name, package and type.
//!
//! Invariants:
//! - only packages that checked without errors are exported;
//! - structural types and the objects inside them (fields, parameters,
//!   interface methods) may be copies, since identity is structural for
//!   them; named types, type parameters and type names never are: a type
//!   name of another package that is not package-level (a local type, a
//!   type parameter) cannot be referred to, and the encoder refuses the
//!   package (it is then simply not cached);
//! - an instance of a generic type is written as its generic type, type
//!   arguments and (already substituted) underlying type; its methods and
//!   type parameters are the generic type's, taken when decoding;
//! - decoded objects have no position (`GPos::NONE`) and packages no files:
//!   the checker cites positions only of the package it is checking (the
//!   one exception: types2 prints a type parameter named like a predeclared
//!   type with its position, which an imported one then lacks);
//! - the decoder checks every index and tag, refuses cycles that pass
//!   through no named type, never panics on any input, and changes the
//!   World only once all of that holds. Beyond that, the content is trusted
//!   to be what goviz wrote: `crate::cache` verifies the entry's key and
//!   checksum first.
//!
//! Bump [`FORMAT_VERSION`] whenever the encoding changes.

mod decode;
mod encode;

pub use decode::decode_package;
pub use encode::encode_package;

/// The version of the encoding (part of every cache key and entry header).
pub const FORMAT_VERSION: u32 = 1;

/// Record tags.
mod tag {
    pub const BASIC: u8 = 0;
    pub const EXT_TYPE: u8 = 1;
    pub const POINTER: u8 = 2;
    pub const SLICE: u8 = 3;
    pub const ARRAY: u8 = 4;
    pub const MAP: u8 = 5;
    pub const CHAN: u8 = 6;
    pub const STRUCT: u8 = 7;
    pub const TUPLE: u8 = 8;
    pub const SIGNATURE: u8 = 9;
    pub const INTERFACE: u8 = 10;
    pub const UNION: u8 = 11;
    pub const NAMED: u8 = 12;
    pub const INSTANCE: u8 = 13;
    pub const TYPE_PARAM: u8 = 14;
    pub const ALIAS: u8 = 15;

    pub const EXT_OBJ: u8 = 32;
    pub const VAR: u8 = 33;
    pub const CONST: u8 = 34;
    pub const TYPE_NAME: u8 = 35;
    pub const FUNC: u8 = 36;

    /// Package of an object: none (predeclared), this one, another by path.
    pub const PKG_NONE: u8 = 0;
    pub const PKG_SELF: u8 = 1;
    pub const PKG_PATH: u8 = 2;

    /// Constant values.
    pub const VAL_UNKNOWN: u8 = 0;
    pub const VAL_BOOL: u8 = 1;
    pub const VAL_STRING: u8 = 2;
    pub const VAL_INT: u8 = 3;
    pub const VAL_RAT: u8 = 4;
    pub const VAL_BIGFLOAT: u8 = 5;
    pub const VAL_COMPLEX: u8 = 6;
}

/// Appends primitives to a byte buffer.
#[derive(Default)]
struct Writer {
    buf: Vec<u8>,
}

impl Writer {
    fn byte(&mut self, b: u8) {
        self.buf.push(b);
    }

    fn uint(&mut self, mut x: u64) {
        while x >= 0x80 {
            self.buf.push((x as u8) | 0x80);
            x >>= 7;
        }
        self.buf.push(x as u8);
    }

    fn int(&mut self, x: i64) {
        self.uint(((x << 1) ^ (x >> 63)) as u64);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.uint(b.len() as u64);
        self.buf.extend_from_slice(b);
    }

    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
}

/// Reads primitives; every read fails (None) at the end of the input.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.pos)?;
        self.pos += 1;
        Some(b)
    }

    fn uint(&mut self) -> Option<u64> {
        let mut x = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            x |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Some(x);
            }
        }
        None
    }

    fn int(&mut self) -> Option<i64> {
        let u = self.uint()?;
        Some(((u >> 1) as i64) ^ -((u & 1) as i64))
    }

    /// A length or count: never more than the bytes left, so a damaged
    /// count cannot make a reader allocate without bound.
    fn len(&mut self) -> Option<usize> {
        let n = usize::try_from(self.uint()?).ok()?;
        (n <= self.data.len() - self.pos).then_some(n)
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.len()?;
        let b = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Some(b)
    }

    fn str(&mut self) -> Option<&'a str> {
        std::str::from_utf8(self.bytes()?).ok()
    }

    fn at_end(&self) -> bool {
        self.pos == self.data.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::object::{PkgId, World};
    use crate::types::objstring::package_types;
    use crate::types::{Checker, PkgFiles};
    use std::collections::HashMap;

    const SRC: &str = r#"package p

import "unsafe"

const (
	A, B = iota, 1.5
	S    = "str"
	C    = 2i
	H    = 1 << 80
	F    = 1e300 * 1e300
)

type T struct {
	next *T
	U    `tag`
	l    List[*T]
}

type U struct{ p unsafe.Pointer }

func (U) M(x ...int) (r error) { return }

type List[E any] struct {
	e    E
	next *List[E]
}

func (l *List[E]) Push(e E) {}

type I interface {
	M(...int) error
	~struct{} | int
}

type A2 = List[int]

var V = func() chan<- map[string][2]T { return nil }

func G[K comparable, V interface{ ~[]K }](k K, v V) V { return v }
"#;

    /// Checks SRC (which imports only unsafe) into a fresh World.
    fn checked() -> (World, PkgId) {
        let file = crate::syntax::parse_file("./p.go", SRC.as_bytes())
            .file
            .unwrap();
        let (mut w, pre) = World::new();
        let imports = HashMap::from([("unsafe".to_string(), pre.unsafe_pkg)]);
        let files = [&file];
        let input = PkgFiles {
            path: "p",
            files: &files,
            imports: &imports,
            lang: Some(crate::types::version::GO_CURRENT),
        };
        let (pkg, errors, _) = Checker::check_package(&mut w, pre, input);
        assert!(errors.is_empty(), "{errors:?}");
        (w, pkg)
    }

    fn decode_fresh(data: &[u8]) -> Option<(World, PkgId)> {
        decode_as(data, "p")
    }

    fn decode_as(data: &[u8], path: &str) -> Option<(World, PkgId)> {
        let (mut w, pre) = World::new();
        let unsafe_pkg = pre.unsafe_pkg;
        let resolve = move |p: &str| (p == "unsafe").then_some(unsafe_pkg);
        let pkg = decode_package(&mut w, data, path, &resolve)?;
        Some((w, pkg))
    }

    #[test]
    fn a_package_round_trips() {
        let (w, pkg) = checked();
        let data = encode_package(&w, pkg).unwrap();
        let (w2, pkg2) = decode_fresh(&data).expect("decodes");
        assert_eq!(package_types(&w, pkg), package_types(&w2, pkg2));
        assert!(package_types(&w2, pkg2).len() > 10);
        assert!(decode_as(&data, "q").is_none(), "another package's data");
    }

    #[test]
    fn damaged_data_never_panics() {
        let (w, pkg) = checked();
        let data = encode_package(&w, pkg).unwrap();
        for n in 0..data.len() {
            assert!(
                decode_fresh(&data[..n]).is_none(),
                "truncated to {n} decodes"
            );
        }
        for i in 0..data.len() {
            for bit in [0x01, 0x10, 0x80] {
                let mut d = data.clone();
                d[i] ^= bit;
                if let Some((w2, p2)) = decode_fresh(&d) {
                    // Whatever it decoded to can be printed.
                    package_types(&w2, p2);
                }
            }
        }
    }

    #[test]
    fn a_cycle_without_a_name_is_refused() {
        // One pointer record whose base is itself.
        let mut w = Writer::default();
        w.str("p");
        w.str("p");
        w.uint(0); // imports
        w.uint(0); // scope
        w.uint(1);
        w.byte(tag::POINTER);
        w.uint(0);
        assert!(decode_fresh(&w.buf).is_none());
    }

    #[test]
    fn varints_round_trip_and_truncation_is_detected() {
        let mut w = Writer::default();
        for x in [0i64, 1, -1, 63, -64, 1 << 40, i64::MIN, i64::MAX] {
            w.int(x);
        }
        w.str("héllo");
        let mut r = Reader {
            data: &w.buf,
            pos: 0,
        };
        for x in [0i64, 1, -1, 63, -64, 1 << 40, i64::MIN, i64::MAX] {
            assert_eq!(r.int(), Some(x));
        }
        assert_eq!(r.str(), Some("héllo"));
        assert!(r.at_end());
        let cut = &w.buf[..w.buf.len() - 1];
        let mut r = Reader { data: cut, pos: 0 };
        for _ in 0..8 {
            r.int();
        }
        assert_eq!(r.str(), None);
    }
}
