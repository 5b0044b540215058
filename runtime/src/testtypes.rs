//! Hand-built type descriptors for the runtime's unit tests, laid out as
//! `abi` fixes (what the compiler's reflectdata emits), in one leaked,
//! 8-aligned buffer that plays the read-only data segment: `NameOff`s
//! are offsets into it and offset 0 stays unused.
//!
//! Only what alg and maps read is filled in: size, align, kind, tflag
//! (`RegularMemory` as gc sets it), a non-null `Equal` marker for
//! comparable types, `PtrBytes` non-zero for types with pointers, the
//! type string, and the kind-specific fields.

use crate::abi::{Module, TypeRef, encode_name, kind, layout, mapflag, tflag, ty};
use crate::maps::group::group_layout;

pub struct Types {
    mem: &'static mut [u64],
    /// Next free byte.
    next: usize,
}

/// A struct field for [`Types::structure`]: name and type.
pub type Field<'a> = (&'a str, TypeRef);

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Types {
    pub fn new() -> Types {
        Types {
            mem: Box::leak(vec![0u64; 1 << 16].into_boxed_slice()),
            next: 8,
        }
    }

    pub fn module(&self) -> Module {
        Module {
            types: self.mem.as_ptr().cast(),
        }
    }

    fn base(&mut self) -> *mut u8 {
        self.mem.as_mut_ptr().cast()
    }

    fn alloc(&mut self, bytes: usize) -> *mut u8 {
        let off = self.next;
        self.next = (off + bytes).next_multiple_of(8);
        assert!(self.next <= self.mem.len() * 8, "test type buffer full");
        self.base().wrapping_add(off)
    }

    fn put<T: Copy>(p: *mut u8, off: usize, v: T) {
        // SAFETY: p is a descriptor allocated by `alloc` with room for
        // its kind's fields; offsets are abi's, naturally aligned.
        unsafe { p.add(off).cast::<T>().write(v) }
    }

    /// The bytes of an encoded name, returning its `NameOff`.
    fn name(&mut self, s: &str) -> (i32, *mut u8) {
        let b = encode_name(s, "", false, false, None);
        let p = self.alloc(b.len());
        // SAFETY: p has b.len() fresh bytes.
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
        ((p as usize - self.base() as usize) as i32, p)
    }

    /// A descriptor of `bytes` bytes with the common `abi.Type` fields.
    #[allow(clippy::too_many_arguments)]
    fn ty(
        &mut self,
        k: u8,
        size: usize,
        align: usize,
        regular: bool,
        comparable: bool,
        ptrs: bool,
        name: &str,
        bytes: usize,
    ) -> *mut u8 {
        let (str_off, _) = self.name(name);
        let p = self.alloc(bytes);
        Self::put(p, ty::SIZE, size);
        Self::put(p, ty::PTR_BYTES, if ptrs { 8usize } else { 0 });
        let mut flags = 0;
        if regular {
            flags |= tflag::REGULAR_MEMORY;
        }
        if k == kind::POINTER || k == kind::MAP {
            flags |= tflag::DIRECT_IFACE;
        }
        Self::put(p, ty::TFLAG, flags);
        Self::put(p, ty::ALIGN, align as u8);
        Self::put(p, ty::FIELD_ALIGN, align as u8);
        Self::put(p, ty::KIND, k);
        Self::put(p, ty::EQUAL, if comparable { 1usize } else { 0 });
        Self::put(p, ty::STR, str_off);
        p
    }

    /// A predeclared scalar type (ints, bools, uintptr) of `size` bytes.
    pub fn scalar(&mut self, k: u8, size: usize, name: &str) -> TypeRef {
        TypeRef(self.ty(k, size, size, true, true, false, name, ty::BYTES))
    }

    pub fn int(&mut self) -> TypeRef {
        self.scalar(kind::INT, 8, "int")
    }

    pub fn int32(&mut self) -> TypeRef {
        self.scalar(kind::INT32, 4, "int32")
    }

    pub fn uint8(&mut self) -> TypeRef {
        self.scalar(kind::UINT8, 1, "uint8")
    }

    pub fn float64(&mut self) -> TypeRef {
        TypeRef(self.ty(
            kind::FLOAT64,
            8,
            8,
            false,
            true,
            false,
            "float64",
            ty::BYTES,
        ))
    }

    pub fn float32(&mut self) -> TypeRef {
        TypeRef(self.ty(
            kind::FLOAT32,
            4,
            4,
            false,
            true,
            false,
            "float32",
            ty::BYTES,
        ))
    }

    pub fn complex128(&mut self) -> TypeRef {
        TypeRef(self.ty(
            kind::COMPLEX128,
            16,
            8,
            false,
            true,
            false,
            "complex128",
            ty::BYTES,
        ))
    }

    pub fn string(&mut self) -> TypeRef {
        TypeRef(self.ty(kind::STRING, 16, 8, false, true, true, "string", ty::BYTES))
    }

    /// `interface {}`.
    pub fn eface(&mut self) -> TypeRef {
        let p = self.ty(
            kind::INTERFACE,
            16,
            8,
            false,
            true,
            true,
            "interface {}",
            layout::IFACE_BYTES,
        );
        TypeRef(p)
    }

    pub fn pointer(&mut self, elem: TypeRef, name: &str) -> TypeRef {
        let p = self.ty(
            kind::POINTER,
            8,
            8,
            true,
            true,
            true,
            name,
            layout::PTR_BYTES,
        );
        Self::put(p, layout::ELEM, elem.0);
        TypeRef(p)
    }

    pub fn slice(&mut self, elem: TypeRef, name: &str) -> TypeRef {
        let p = self.ty(
            kind::SLICE,
            24,
            8,
            false,
            false,
            true,
            name,
            layout::SLICE_BYTES,
        );
        Self::put(p, layout::ELEM, elem.0);
        TypeRef(p)
    }

    pub fn array(&mut self, elem: TypeRef, len: usize, name: &str) -> TypeRef {
        let regular = elem.tflag() & tflag::REGULAR_MEMORY != 0;
        let align = align_of_type(elem);
        let p = self.ty(
            kind::ARRAY,
            elem.size() * len,
            align,
            regular,
            !elem.equal().is_null(),
            elem.ptr_bytes() != 0,
            name,
            layout::ARRAY_BYTES,
        );
        Self::put(p, layout::ELEM, elem.0);
        Self::put(p, layout::ARRAY_LEN, len);
        TypeRef(p)
    }

    /// A struct laid out by gc's rules (fields aligned, size rounded up
    /// to the alignment, a byte after a trailing zero-size field).
    pub fn structure(&mut self, fields: &[Field], name: &str) -> TypeRef {
        let mut off = 0usize;
        let mut align = 1usize;
        let mut offsets = Vec::new();
        let mut regular = true;
        for &(fname, ft) in fields {
            let a = align_of_type(ft);
            let at = off.next_multiple_of(a);
            regular &= at == off && ft.tflag() & tflag::REGULAR_MEMORY != 0 && fname != "_";
            offsets.push(at);
            off = at + ft.size();
            align = align.max(a);
        }
        if fields.last().is_some_and(|f| f.1.size() == 0) && off > 0 {
            off += 1;
        }
        let size = off.next_multiple_of(align);
        regular &= size == off;
        let comparable = fields.iter().all(|f| !f.1.equal().is_null());
        let ptrs = fields.iter().any(|f| f.1.ptr_bytes() != 0);
        let p = self.ty(
            kind::STRUCT,
            size,
            align,
            regular,
            comparable,
            ptrs,
            name,
            layout::STRUCT_BYTES,
        );
        let arr = self.alloc(fields.len() * layout::FIELD_BYTES);
        for (i, (&(fname, ft), at)) in fields.iter().zip(offsets).enumerate() {
            let f = arr.wrapping_add(i * layout::FIELD_BYTES);
            let (_, np) = self.name(fname);
            Self::put(f, layout::FIELD_NAME, np);
            Self::put(f, layout::FIELD_TYP, ft.0);
            Self::put(f, layout::FIELD_OFFSET, at);
        }
        Self::put(p, layout::STRUCT_FIELDS, arr);
        Self::put(p, layout::STRUCT_FIELDS + 8, fields.len());
        Self::put(p, layout::STRUCT_FIELDS + 16, fields.len());
        TypeRef(p)
    }

    /// `map[key]elem` with the group layout and flags gc computes.
    pub fn map(&mut self, key: TypeRef, elem: TypeRef, name: &str) -> TypeRef {
        let g = group_layout(
            key.size(),
            align_of_type(key),
            elem.size(),
            align_of_type(elem),
        );
        let group = self.ty(
            kind::STRUCT,
            g.group_size,
            8,
            false,
            false,
            true,
            "group",
            layout::STRUCT_BYTES,
        );
        let p = self.ty(kind::MAP, 8, 8, false, false, true, name, layout::MAP_BYTES);
        Self::put(p, layout::MAP_KEY, key.0);
        Self::put(p, layout::MAP_ELEM, elem.0);
        Self::put(p, layout::MAP_GROUP, group);
        Self::put(p, layout::MAP_GROUP_SIZE, g.group_size);
        Self::put(p, layout::MAP_KEYS_OFF, g.keys_off);
        Self::put(p, layout::MAP_KEY_STRIDE, g.key_stride);
        Self::put(p, layout::MAP_ELEMS_OFF, g.elems_off);
        Self::put(p, layout::MAP_ELEM_STRIDE, g.elem_stride);
        Self::put(p, layout::MAP_ELEM_OFF, g.elem_off);
        let mut flags = 0;
        if need_key_update(key) {
            flags |= mapflag::NEED_KEY_UPDATE;
        }
        if hash_might_panic(key) {
            flags |= mapflag::HASH_MIGHT_PANIC;
        }
        if g.indirect_key {
            flags |= mapflag::INDIRECT_KEY;
        }
        if g.indirect_elem {
            flags |= mapflag::INDIRECT_ELEM;
        }
        Self::put(p, layout::MAP_FLAGS, flags);
        TypeRef(p)
    }
}

pub fn align_of_type(t: TypeRef) -> usize {
    t.field::<u8>(ty::ALIGN).max(1) as usize
}

/// The fields' types of a struct type.
fn field_types(t: TypeRef) -> Vec<TypeRef> {
    t.struct_fields().into_iter().map(|f| f.1).collect()
}

/// gc's `needkeyupdate`: keys whose equal values may differ in bytes.
fn need_key_update(t: TypeRef) -> bool {
    match t.kind() {
        kind::FLOAT32
        | kind::FLOAT64
        | kind::COMPLEX64
        | kind::COMPLEX128
        | kind::INTERFACE
        | kind::STRING => true,
        kind::ARRAY => need_key_update(t.elem()),
        kind::STRUCT => field_types(t).into_iter().any(need_key_update),
        _ => false,
    }
}

/// gc's `hashMightPanic`: keys containing interfaces.
fn hash_might_panic(t: TypeRef) -> bool {
    match t.kind() {
        kind::INTERFACE => true,
        kind::ARRAY => hash_might_panic(t.elem()),
        kind::STRUCT => field_types(t).into_iter().any(hash_might_panic),
        _ => false,
    }
}
