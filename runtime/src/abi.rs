//! Type descriptors in `internal/abi`'s layout of Go 1.27 (linux/amd64):
//! the one definition of where each field sits, shared by the compiler,
//! which writes descriptors into the read-only data segment, and the
//! runtime, which reads them (interfaces, equality, maps, and later Go's
//! own `reflect`, which reads the same bytes through its own structs).
//!
//! Layout facts (from `$GOROOT/src/internal/abi/{type,map,iface}.go`):
//! every descriptor starts with `abi.Type` (48 bytes); the kind's own
//! fields follow (`PtrType.Elem`, `StructType.Fields`, ...); when
//! `TFlagUncommon` is set an `UncommonType` follows those, and its
//! methods sit `Moff` bytes after it. `NameOff` and `TypeOff` are byte
//! offsets from the start of the module's type data, which for goviz is
//! the read-only data segment; offset 0 means "none", so the segment
//! never puts a name or type at 0. A `TextOff` (a method's code) is the
//! function's index in the program, resolved to its `FuncInfo`, which is
//! also what an itab's `Fun` words and func values point at.
//!
//! Invariant: descriptors are immutable once linked and 8-byte aligned;
//! the runtime compares types by descriptor address (one descriptor per
//! type in a program).

/// `abi.Kind` values.
pub mod kind {
    pub const BOOL: u8 = 1;
    pub const INT: u8 = 2;
    pub const INT8: u8 = 3;
    pub const INT16: u8 = 4;
    pub const INT32: u8 = 5;
    pub const INT64: u8 = 6;
    pub const UINT: u8 = 7;
    pub const UINT8: u8 = 8;
    pub const UINT16: u8 = 9;
    pub const UINT32: u8 = 10;
    pub const UINT64: u8 = 11;
    pub const UINTPTR: u8 = 12;
    pub const FLOAT32: u8 = 13;
    pub const FLOAT64: u8 = 14;
    pub const COMPLEX64: u8 = 15;
    pub const COMPLEX128: u8 = 16;
    pub const ARRAY: u8 = 17;
    pub const CHAN: u8 = 18;
    pub const FUNC: u8 = 19;
    pub const INTERFACE: u8 = 20;
    pub const MAP: u8 = 21;
    pub const POINTER: u8 = 22;
    pub const SLICE: u8 = 23;
    pub const STRING: u8 = 24;
    pub const STRUCT: u8 = 25;
    pub const UNSAFE_POINTER: u8 = 26;
    /// Mask of the kind proper in `Kind_`.
    pub const MASK: u8 = (1 << 5) - 1;
}

/// `abi.TFlag` bits.
pub mod tflag {
    pub const UNCOMMON: u8 = 1 << 0;
    pub const EXTRA_STAR: u8 = 1 << 1;
    pub const NAMED: u8 = 1 << 2;
    pub const REGULAR_MEMORY: u8 = 1 << 3;
    pub const GC_MASK_ON_DEMAND: u8 = 1 << 4;
    pub const DIRECT_IFACE: u8 = 1 << 5;
}

/// Field offsets of `abi.Type`.
pub mod ty {
    pub const SIZE: usize = 0;
    pub const PTR_BYTES: usize = 8;
    pub const HASH: usize = 16;
    pub const TFLAG: usize = 20;
    pub const ALIGN: usize = 21;
    pub const FIELD_ALIGN: usize = 22;
    pub const KIND: usize = 23;
    pub const EQUAL: usize = 24;
    pub const GC_DATA: usize = 32;
    pub const STR: usize = 40;
    pub const PTR_TO_THIS: usize = 44;
    /// Size of `abi.Type`; kind-specific fields start here.
    pub const BYTES: usize = 48;
}

/// Offsets of the kind-specific descriptors (after the `abi.Type`).
pub mod layout {
    use super::ty::BYTES as T;

    /// `PtrType.Elem`, `SliceType.Elem`, `ChanType.Elem`, `ArrayType.Elem`.
    pub const ELEM: usize = T;
    pub const PTR_BYTES: usize = T + 8;
    pub const SLICE_BYTES: usize = T + 8;
    pub const ARRAY_SLICE: usize = T + 8;
    pub const ARRAY_LEN: usize = T + 16;
    pub const ARRAY_BYTES: usize = T + 24;
    pub const CHAN_DIR: usize = T + 8;
    pub const CHAN_BYTES: usize = T + 16;
    pub const FUNC_IN_COUNT: usize = T;
    pub const FUNC_OUT_COUNT: usize = T + 2;
    /// Bit of `OutCount` set when the last input parameter is `...`.
    pub const FUNC_VARIADIC: u16 = 1 << 15;
    pub const FUNC_BYTES: usize = T + 8;
    /// `InterfaceType.PkgPath` (a `Name`, one pointer).
    pub const IFACE_PKG_PATH: usize = T;
    /// `InterfaceType.Methods` (a slice of `Imethod`).
    pub const IFACE_METHODS: usize = T + 8;
    pub const IFACE_BYTES: usize = T + 32;
    pub const STRUCT_PKG_PATH: usize = T;
    /// `StructType.Fields` (a slice of `StructField`).
    pub const STRUCT_FIELDS: usize = T + 8;
    pub const STRUCT_BYTES: usize = T + 32;
    pub const MAP_KEY: usize = T;
    pub const MAP_ELEM: usize = T + 8;
    pub const MAP_GROUP: usize = T + 16;
    pub const MAP_HASHER: usize = T + 24;
    pub const MAP_GROUP_SIZE: usize = T + 32;
    pub const MAP_KEYS_OFF: usize = T + 40;
    pub const MAP_KEY_STRIDE: usize = T + 48;
    pub const MAP_ELEMS_OFF: usize = T + 56;
    pub const MAP_ELEM_STRIDE: usize = T + 64;
    pub const MAP_ELEM_OFF: usize = T + 72;
    pub const MAP_FLAGS: usize = T + 80;
    pub const MAP_BYTES: usize = T + 88;

    /// `StructField`: Name, Typ, Offset.
    pub const FIELD_NAME: usize = 0;
    pub const FIELD_TYP: usize = 8;
    pub const FIELD_OFFSET: usize = 16;
    pub const FIELD_BYTES: usize = 24;

    /// `UncommonType`: PkgPath (NameOff), Mcount, Xcount, Moff.
    pub const UNCOMMON_PKG_PATH: usize = 0;
    pub const UNCOMMON_MCOUNT: usize = 4;
    pub const UNCOMMON_XCOUNT: usize = 6;
    pub const UNCOMMON_MOFF: usize = 8;
    pub const UNCOMMON_BYTES: usize = 16;

    /// `Method`: Name, Mtyp (TypeOff), Ifn, Tfn (TextOff).
    pub const METHOD_NAME: usize = 0;
    pub const METHOD_MTYP: usize = 4;
    pub const METHOD_IFN: usize = 8;
    pub const METHOD_TFN: usize = 12;
    pub const METHOD_BYTES: usize = 16;

    /// `Imethod`: Name (NameOff), Typ (TypeOff).
    pub const IMETHOD_NAME: usize = 0;
    pub const IMETHOD_TYP: usize = 4;
    pub const IMETHOD_BYTES: usize = 8;

    /// `ITab`: Inter, Type, Hash, then `Fun` words.
    pub const ITAB_INTER: usize = 0;
    pub const ITAB_TYPE: usize = 8;
    pub const ITAB_HASH: usize = 16;
    pub const ITAB_FUN: usize = 24;
}

/// Slots in a map group (`abi.MapGroupSlots`).
pub const MAP_GROUP_SLOTS: u64 = 8;
/// Keys and elems larger than this are stored indirectly.
pub const MAP_MAX_KEY_BYTES: u64 = 128;
pub const MAP_MAX_ELEM_BYTES: u64 = 128;

/// `abi.MapType.Flags` bits.
pub mod mapflag {
    pub const NEED_KEY_UPDATE: u32 = 1 << 0;
    pub const HASH_MIGHT_PANIC: u32 = 1 << 1;
    pub const INDIRECT_KEY: u32 = 1 << 2;
    pub const INDIRECT_ELEM: u32 = 1 << 3;
}

/// `abi.ChanDir`.
pub mod chandir {
    pub const RECV: u64 = 1;
    pub const SEND: u64 = 2;
    pub const BOTH: u64 = 3;
}

/// Bits of the first byte of an encoded `abi.Name`.
pub mod nameflag {
    pub const EXPORTED: u8 = 1 << 0;
    pub const HAS_TAG: u8 = 1 << 1;
    pub const HAS_PKG_PATH: u8 = 1 << 2;
    pub const EMBEDDED: u8 = 1 << 3;
}

/// The bytes of an `abi.Name`: a flag byte, the name's length as a
/// varint, the name, then (optionally) the tag's varint length and the
/// tag, then (optionally) a 4-byte `NameOff` of the package path.
pub fn encode_name(
    name: &str,
    tag: &str,
    exported: bool,
    embedded: bool,
    pkg_path: Option<i32>,
) -> Vec<u8> {
    let mut flags = 0;
    if exported {
        flags |= nameflag::EXPORTED;
    }
    if !tag.is_empty() {
        flags |= nameflag::HAS_TAG;
    }
    if pkg_path.is_some() {
        flags |= nameflag::HAS_PKG_PATH;
    }
    if embedded {
        flags |= nameflag::EMBEDDED;
    }
    let mut out = vec![flags];
    push_varint(&mut out, name.len());
    out.extend_from_slice(name.as_bytes());
    if !tag.is_empty() {
        push_varint(&mut out, tag.len());
        out.extend_from_slice(tag.as_bytes());
    }
    if let Some(off) = pkg_path {
        out.extend_from_slice(&off.to_le_bytes());
    }
    out
}

fn push_varint(out: &mut Vec<u8>, mut n: usize) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Reads a varint at the start of `b`: (value, bytes used).
pub fn read_varint(b: &[u8]) -> (usize, usize) {
    let mut v = 0usize;
    for (i, &x) in b.iter().enumerate() {
        v |= ((x & 0x7f) as usize) << (7 * i);
        if x & 0x80 == 0 {
            return (v, i + 1);
        }
    }
    (v, b.len())
}

/// A decoded `abi.Name`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameRef<'a> {
    pub name: &'a [u8],
    pub tag: &'a [u8],
    pub flags: u8,
}

/// Decodes the name whose bytes start `b` (which may run past its end).
pub fn decode_name(b: &[u8]) -> NameRef<'_> {
    let flags = b[0];
    let (n, used) = read_varint(&b[1..]);
    let start = 1 + used;
    let name = &b[start..start + n];
    let mut tag: &[u8] = &[];
    if flags & nameflag::HAS_TAG != 0 {
        let (tn, tused) = read_varint(&b[start + n..]);
        let ts = start + n + tused;
        tag = &b[ts..ts + tn];
    }
    NameRef { name, tag, flags }
}

/// A type descriptor in memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TypeRef(pub *const u8);

impl TypeRef {
    pub(crate) fn field<T: Copy>(self, off: usize) -> T {
        // SAFETY: a TypeRef points at a linked, immutable, 8-aligned
        // descriptor whose layout this module defines; `off` is one of
        // its fields, naturally aligned.
        unsafe { self.0.add(off).cast::<T>().read() }
    }

    pub fn size(self) -> usize {
        self.field(ty::SIZE)
    }

    pub fn ptr_bytes(self) -> usize {
        self.field(ty::PTR_BYTES)
    }

    pub fn hash(self) -> u32 {
        self.field(ty::HASH)
    }

    pub fn tflag(self) -> u8 {
        self.field(ty::TFLAG)
    }

    pub fn kind(self) -> u8 {
        self.field::<u8>(ty::KIND) & kind::MASK
    }

    /// Whether values of this type sit directly in an interface's data
    /// word (pointer-shaped types).
    pub fn is_direct_iface(self) -> bool {
        self.tflag() & tflag::DIRECT_IFACE != 0
    }

    /// The `Equal` func value (null for incomparable types).
    pub fn equal(self) -> *const u8 {
        self.field(ty::EQUAL)
    }

    /// The type's string, as `reflect.Type.String` gives it.
    pub fn string(self, module: &Module) -> String {
        let off: i32 = self.field(ty::STR);
        let s = String::from_utf8_lossy(module.name(off).name).into_owned();
        if self.tflag() & tflag::EXTRA_STAR != 0 {
            s[1..].to_string()
        } else {
            s
        }
    }

    /// The element type of a pointer, slice, array, chan or map.
    pub fn elem(self) -> TypeRef {
        let off = if self.kind() == kind::MAP {
            layout::MAP_ELEM
        } else {
            layout::ELEM
        };
        TypeRef(self.field(off))
    }

    pub fn array_len(self) -> usize {
        self.field(layout::ARRAY_LEN)
    }

    /// A struct's fields: (name bytes pointer, type, offset).
    pub fn struct_fields(self) -> Vec<(NameRef<'static>, TypeRef, usize)> {
        let (ptr, len): (*const u8, usize) = (
            self.field(layout::STRUCT_FIELDS),
            self.field(layout::STRUCT_FIELDS + 8),
        );
        (0..len)
            .map(|i| {
                let f = TypeRef(ptr.wrapping_add(i * layout::FIELD_BYTES));
                let name: *const u8 = f.field(layout::FIELD_NAME);
                (
                    name_at(name),
                    TypeRef(f.field(layout::FIELD_TYP)),
                    f.field(layout::FIELD_OFFSET),
                )
            })
            .collect()
    }

    /// An interface type's methods: (name, type offset), sorted as gc
    /// sorts them (exported first, then by name, then package path).
    pub fn imethods(self) -> Vec<(i32, i32)> {
        let (ptr, len): (*const u8, usize) = (
            self.field(layout::IFACE_METHODS),
            self.field(layout::IFACE_METHODS + 8),
        );
        (0..len)
            .map(|i| {
                let m = TypeRef(ptr.wrapping_add(i * layout::IMETHOD_BYTES));
                (m.field(layout::IMETHOD_NAME), m.field(layout::IMETHOD_TYP))
            })
            .collect()
    }

    /// The size of the kind-specific descriptor, which the uncommon part
    /// follows.
    fn kind_bytes(self) -> usize {
        match self.kind() {
            kind::POINTER => layout::PTR_BYTES,
            kind::SLICE => layout::SLICE_BYTES,
            kind::ARRAY => layout::ARRAY_BYTES,
            kind::CHAN => layout::CHAN_BYTES,
            kind::FUNC => layout::FUNC_BYTES,
            kind::INTERFACE => layout::IFACE_BYTES,
            kind::STRUCT => layout::STRUCT_BYTES,
            kind::MAP => layout::MAP_BYTES,
            _ => ty::BYTES,
        }
    }

    /// The methods of the type's method set as (name offset, method type
    /// offset, Ifn, Tfn), sorted as gc sorts them; empty without an
    /// uncommon part.
    pub fn methods(self) -> Vec<(i32, i32, i32, i32)> {
        if self.tflag() & tflag::UNCOMMON == 0 {
            return Vec::new();
        }
        let u = TypeRef(self.0.wrapping_add(self.kind_bytes()));
        let count: u16 = u.field(layout::UNCOMMON_MCOUNT);
        let moff: u32 = u.field(layout::UNCOMMON_MOFF);
        (0..count as usize)
            .map(|i| {
                let m = TypeRef(u.0.wrapping_add(moff as usize + i * layout::METHOD_BYTES));
                (
                    m.field(layout::METHOD_NAME),
                    m.field(layout::METHOD_MTYP),
                    m.field(layout::METHOD_IFN),
                    m.field(layout::METHOD_TFN),
                )
            })
            .collect()
    }
}

/// Decodes the name at `p` (a `Name.Bytes` pointer into linked data).
pub(crate) fn name_at(p: *const u8) -> NameRef<'static> {
    if p.is_null() {
        return NameRef {
            name: &[],
            tag: &[],
            flags: 0,
        };
    }
    // SAFETY: names are written by the compiler into the read-only data
    // segment, which lives as long as the program; `encoded_len` reads
    // only the bytes its own length prefixes announce, so the slice
    // covers exactly one encoded name.
    let b = unsafe { std::slice::from_raw_parts(p, encoded_len(p)) };
    decode_name(b)
}

/// The length of the encoded name at `p`: flag byte, name, tag.
///
/// # Safety
/// `p` must point at an encoded name.
unsafe fn encoded_len(p: *const u8) -> usize {
    // SAFETY: each varint is read byte by byte up to its last byte, and
    // the lengths read say how many bytes follow.
    unsafe {
        let varint_at = |at: usize| {
            let (mut v, mut i) = (0usize, 0usize);
            loop {
                let x = *p.add(at + i);
                v |= ((x & 0x7f) as usize) << (7 * i);
                i += 1;
                if x & 0x80 == 0 {
                    return (v, i);
                }
            }
        };
        let (n, used) = varint_at(1);
        let mut end = 1 + used + n;
        if *p & nameflag::HAS_TAG != 0 {
            let (tn, tused) = varint_at(end);
            end += tused + tn;
        }
        end
    }
}

/// A linked program's type data: what `NameOff`, `TypeOff` and
/// `TextOff` are relative to.
#[derive(Clone, Copy, Debug)]
pub struct Module {
    /// Start of the read-only data segment.
    pub types: *const u8,
}

impl Module {
    /// The name at offset `off` (empty for 0).
    pub fn name(&self, off: i32) -> NameRef<'static> {
        if off == 0 {
            return name_at(std::ptr::null());
        }
        name_at(self.types.wrapping_add(off as usize))
    }

    /// The type at offset `off` (None for 0).
    pub fn type_off(&self, off: i32) -> Option<TypeRef> {
        (off != 0).then(|| TypeRef(self.types.wrapping_add(off as usize)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_with_tag_and_package_path() {
        let b = encode_name("Field", "json:\"f\"", true, false, Some(1234));
        assert_eq!(
            b[0],
            nameflag::EXPORTED | nameflag::HAS_TAG | nameflag::HAS_PKG_PATH
        );
        let n = decode_name(&b);
        assert_eq!(n.name, b"Field");
        assert_eq!(n.tag, b"json:\"f\"");
        assert_eq!(&b[b.len() - 4..], &1234i32.to_le_bytes());
    }

    #[test]
    fn long_names_use_multi_byte_varints() {
        let long = "x".repeat(300);
        let b = encode_name(&long, "", false, true, None);
        assert_eq!(b[0], nameflag::EMBEDDED);
        assert_eq!(&b[1..3], &[0xac, 0x02]);
        assert_eq!(decode_name(&b).name.len(), 300);
        assert_eq!(name_at(b.as_ptr()).name.len(), 300);
    }
}
