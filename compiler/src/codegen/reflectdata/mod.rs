//! Type descriptors and itabs in the read-only data segment, in
//! `internal/abi`'s layout (gc's `reflectdata`; the layout itself is
//! `goviz_runtime::abi`).
//!
//! Each type gets one descriptor (keyed by `names::type_key`, so the
//! runtime compares types by address) and each (interface, concrete
//! type) pair used in a conversion one itab; every static itab is listed
//! in the program so that the runtime's itab table returns the same
//! itab for a pair whether the compiler or `getitab` made it. A
//! descriptor's block is reserved before the types it points at are
//! emitted, which is what lets recursive types (`type T struct{ next
//! *T }`) point at themselves.
//!
//! Method tables hold, for each method of the type's method set, its
//! name, its type without receiver, `Ifn` (the function an itab calls:
//! receiver in one word, the interface's data word) and `Tfn` (the
//! function with the receiver as the type's own value). `Tfn` is the
//! declared method where that is exactly it and -1 otherwise, which is
//! what gc's linker writes for methods it did not keep; reflect's
//! `Method.Func` on such a method reports it as unreachable.

pub(crate) mod names;

use std::collections::HashMap;

use goviz_runtime::abi::{self, kind, layout, mapflag, tflag, ty};
use goviz_runtime::maps::group::group_layout;

use super::methodset::{MethodKind, MethodSel, iface_method_list, method_set};
use super::{Ctx, Result};
use crate::syntax::Pos;
use crate::types::object::World;
use crate::types::ty::{BasicKind, ChanDir, Type, TypeId};
use names::{rtype_string, type_key};

/// What has been emitted so far.
#[derive(Default)]
pub(crate) struct TypeData {
    descs: HashMap<String, usize>,
    itabs: HashMap<(usize, usize), usize>,
    names: HashMap<Vec<u8>, usize>,
    /// The `Ifn` function of each (type key, method name).
    pub wrappers: HashMap<(String, String), usize>,
    /// Offsets of the itabs made at compile time.
    pub static_itabs: Vec<u32>,
}

/// Where errors about a type's methods are reported.
pub(crate) type At = (usize, Pos);

/// Fields every descriptor starts with, for a type or a synthetic one
/// (an array's slice type, a map's group).
struct Common {
    key: String,
    string: String,
    size: u64,
    align: u8,
    kind: u8,
    /// One bool per pointer-sized word: whether it holds a pointer.
    ptr_words: Vec<bool>,
    tflag: u8,
}

impl Ctx<'_> {
    /// The rodata offset of `t`'s descriptor, emitted on first use.
    pub(crate) fn type_desc(&mut self, t: TypeId, at: At) -> Result<usize> {
        let w = self.world;
        let t = w.types.unalias(t);
        let key = type_key(w, t);
        if let Some(&o) = self.tdata.descs.get(&key) {
            return Ok(o);
        }
        let u = w.types.under(t);
        let k = abi_kind(w, u);
        let methods = if matches!(k, kind::INTERFACE) {
            Vec::new()
        } else {
            method_set(w, t)
        };
        // Predeclared types are named too (`reflect.Type.Name` is "int").
        let named = matches!(w.types.get(t), Type::Named(_) | Type::Basic(_));
        let uncommon = named || !methods.is_empty();
        let extra = match w.types.get(u) {
            Type::Signature(s) => 8 * (s.params.len() + s.results.len()),
            _ => 0,
        };
        let kind_bytes = kind_bytes(k);
        let mut total = kind_bytes + extra;
        if uncommon {
            total += layout::UNCOMMON_BYTES + layout::METHOD_BYTES * methods.len();
        }
        let off = self.rodata.push_aligned(&vec![0; total]);
        self.tdata.descs.insert(key.clone(), off);
        let mut flags = 0;
        if uncommon {
            flags |= tflag::UNCOMMON;
        }
        if named {
            flags |= tflag::NAMED;
        }
        if is_regular_memory(w, t) {
            flags |= tflag::REGULAR_MEMORY;
        }
        if is_direct_iface(w, t) {
            flags |= tflag::DIRECT_IFACE;
        }
        let mut ptr_words = Vec::new();
        pointer_words(w, t, 0, &mut ptr_words);
        let common = Common {
            key,
            string: rtype_string(w, t),
            size: w.sizeof(t).max(0) as u64,
            align: w.alignof(t).max(1) as u8,
            kind: k,
            ptr_words,
            tflag: flags,
        };
        self.write_common(off, &common);
        if w.comparable(t) {
            // The runtime never calls `Equal` (alg.rs walks descriptors);
            // non-null marks the type comparable, as a func would in gc.
            self.put(off + ty::EQUAL, &1u64.to_le_bytes());
        }
        self.write_kind(off, t, u, k, at)?;
        if uncommon {
            let u_at = off + kind_bytes;
            self.write_uncommon(u_at, t, &methods, extra, at)?;
        }
        Ok(off)
    }

    /// The rodata offset of the itab for concrete type `t` as interface
    /// `iface` (which `t` implements), emitted on first use.
    pub(crate) fn itab(&mut self, iface: TypeId, t: TypeId, at: At) -> Result<usize> {
        let i = self.type_desc(iface, at)?;
        let d = self.type_desc(t, at)?;
        if let Some(&o) = self.tdata.itabs.get(&(i, d)) {
            return Ok(o);
        }
        let w = self.world;
        let ms = iface_method_list(w, iface);
        let set = method_set(w, t);
        let off = self
            .rodata
            .push_aligned(&vec![0; layout::ITAB_FUN + 8 * ms.len().max(1)]);
        self.tdata.itabs.insert((i, d), off);
        self.rodata.reloc_data(off + layout::ITAB_INTER, i);
        self.rodata.reloc_data(off + layout::ITAB_TYPE, d);
        let hash = fnv32(&type_key(w, t));
        self.put(off + layout::ITAB_HASH, &hash.to_le_bytes());
        for (n, &m) in ms.iter().enumerate() {
            let o = w.obj(m);
            let sel = set
                .iter()
                .find(|s| s.name == o.name && (o.exported() || s.pkg == o.pkg))
                .expect("the checker verified that t implements iface");
            let f = self.ifn(t, sel, at)?;
            self.rodata.reloc_func(off + layout::ITAB_FUN + 8 * n, f);
        }
        self.tdata.static_itabs.push(off as u32);
        Ok(off)
    }

    /// The function an itab calls for method `m` of `t`: the declared
    /// method itself when it takes the interface's data word as its
    /// receiver, else a wrapper.
    pub(crate) fn ifn(&mut self, t: TypeId, m: &MethodSel, at: At) -> Result<usize> {
        let w = self.world;
        if let (
            true,
            MethodKind::Declared {
                func,
                ptr_recv,
                named,
            },
        ) = (m.path.is_empty(), &m.how)
        {
            let is_ptr = matches!(w.types.get(w.types.unalias(t)), Type::Pointer(_));
            if *ptr_recv == is_ptr && (is_ptr || is_direct_iface(w, t)) {
                return Ok(self.method_func(*func, *named).0);
            }
        }
        let key = (type_key(w, t), m.name.clone());
        if let Some(&f) = self.tdata.wrappers.get(&key) {
            return Ok(f);
        }
        let f = super::func::iface_wrapper(self, t, m, at)?;
        self.tdata.wrappers.insert(key, f);
        Ok(f)
    }

    /// The function index and signature of declared method `func` of
    /// named type `named` (an instance's: the method's instance).
    pub(crate) fn method_func(
        &self,
        func: crate::types::object::ObjId,
        named: TypeId,
    ) -> (usize, TypeId) {
        self.method_of(func, named, &[])
            .expect("methods of the compiled packages and their instances are numbered")
    }

    fn put(&mut self, at: usize, b: &[u8]) {
        self.rodata.bytes[at..at + b.len()].copy_from_slice(b);
    }

    /// The offset of an encoded name, stored once.
    fn name(&mut self, b: Vec<u8>) -> usize {
        if let Some(&o) = self.tdata.names.get(&b) {
            return o;
        }
        let o = self.rodata.bytes.len();
        self.rodata.bytes.extend_from_slice(&b);
        self.tdata.names.insert(b, o);
        o
    }

    fn write_common(&mut self, off: usize, c: &Common) {
        let ptr_bytes = c
            .ptr_words
            .iter()
            .rposition(|&p| p)
            .map_or(0, |i| 8 * (i + 1));
        self.put(off + ty::SIZE, &c.size.to_le_bytes());
        self.put(off + ty::PTR_BYTES, &(ptr_bytes as u64).to_le_bytes());
        self.put(off + ty::HASH, &fnv32(&c.key).to_le_bytes());
        self.put(
            off + ty::TFLAG,
            &[c.tflag, c.align, c.align, c.kind & kind::MASK],
        );
        if ptr_bytes > 0 {
            let mut mask = vec![0u8; (ptr_bytes / 8).div_ceil(8)];
            for (i, _) in c.ptr_words.iter().enumerate().filter(|(_, p)| **p) {
                mask[i / 8] |= 1 << (i % 8);
            }
            let m = self.rodata.push_aligned(&mask);
            self.rodata.reloc_data(off + ty::GC_DATA, m);
        }
        let s = self.name(abi::encode_name(&c.string, "", false, false, None));
        self.put(off + ty::STR, &(s as i32).to_le_bytes());
    }

    fn write_kind(&mut self, off: usize, t: TypeId, u: TypeId, k: u8, at: At) -> Result<()> {
        let w = self.world;
        match w.types.get(u) {
            Type::Pointer(e) | Type::Slice(e) => {
                let e = self.type_desc(*e, at)?;
                self.rodata.reloc_data(off + layout::ELEM, e);
            }
            Type::Array(n, e) => {
                let ed = self.type_desc(*e, at)?;
                self.rodata.reloc_data(off + layout::ELEM, ed);
                let s = self.slice_of(*e, ed);
                self.rodata.reloc_data(off + layout::ARRAY_SLICE, s);
                self.put(off + layout::ARRAY_LEN, &(*n as u64).to_le_bytes());
            }
            Type::Chan(dir, e) => {
                let e = self.type_desc(*e, at)?;
                self.rodata.reloc_data(off + layout::ELEM, e);
                let d = match dir {
                    ChanDir::Both => abi::chandir::BOTH,
                    ChanDir::Send => abi::chandir::SEND,
                    ChanDir::Recv => abi::chandir::RECV,
                };
                self.put(off + layout::CHAN_DIR, &d.to_le_bytes());
            }
            Type::Signature(sig) => {
                let sig = sig.clone();
                let mut out = sig.results.len() as u16;
                if sig.variadic {
                    out |= layout::FUNC_VARIADIC;
                }
                self.put(
                    off + layout::FUNC_IN_COUNT,
                    &(sig.params.len() as u16).to_le_bytes(),
                );
                self.put(off + layout::FUNC_OUT_COUNT, &out.to_le_bytes());
                let uncommon = self.rodata.bytes[off + ty::TFLAG] & tflag::UNCOMMON != 0;
                let mut p =
                    off + layout::FUNC_BYTES + if uncommon { layout::UNCOMMON_BYTES } else { 0 };
                for v in sig.params.iter().chain(&sig.results) {
                    let d = self.type_desc(w.obj(*v).typ.expect("typed"), at)?;
                    self.rodata.reloc_data(p, d);
                    p += 8;
                }
            }
            Type::Interface(_) => self.write_iface(off, u, at)?,
            Type::Struct(_) => self.write_struct(off, t, u, at)?,
            Type::Map(key, elem) => self.write_map(off, *key, *elem, at)?,
            _ => debug_assert!(k <= kind::UNSAFE_POINTER),
        }
        Ok(())
    }

    /// A slice header: (pointer to an 8-aligned array, length, length).
    fn write_slice(&mut self, at: usize, elems: &[u8], n: usize) {
        let a = self.rodata.push_aligned(elems);
        if n > 0 {
            self.rodata.reloc_data(at, a);
        }
        self.put(at + 8, &(n as u64).to_le_bytes());
        self.put(at + 16, &(n as u64).to_le_bytes());
    }

    fn write_iface(&mut self, off: usize, u: TypeId, at: At) -> Result<()> {
        let w = self.world;
        let ms = iface_method_list(w, u);
        let mut arr = vec![0u8; layout::IMETHOD_BYTES * ms.len()];
        let mut pkg = None;
        for (i, &m) in ms.iter().enumerate() {
            let o = w.obj(m);
            if !o.exported() {
                pkg = pkg.or(o.pkg);
            }
            let name = self.name(abi::encode_name(&o.name, "", o.exported(), false, None));
            let mt = self.type_desc(o.typ.expect("typed"), at)?;
            let b = i * layout::IMETHOD_BYTES;
            arr[b..b + 4].copy_from_slice(&(name as i32).to_le_bytes());
            arr[b + 4..b + 8].copy_from_slice(&(mt as i32).to_le_bytes());
        }
        if let Some(p) = pkg {
            let path = w.pkg(p).path.clone();
            let n = self.name(abi::encode_name(&path, "", false, false, None));
            self.rodata.reloc_data(off + layout::IFACE_PKG_PATH, n);
        }
        self.write_slice(off + layout::IFACE_METHODS, &arr, ms.len());
        Ok(())
    }

    fn write_struct(&mut self, off: usize, t: TypeId, u: TypeId, at: At) -> Result<()> {
        let w = self.world;
        let Type::Struct(fields) = w.types.get(u) else {
            unreachable!("write_struct is given a struct")
        };
        let offsets = w.offsetsof(fields);
        let mut arr = vec![0u8; layout::FIELD_BYTES * fields.len()];
        let mut relocs = Vec::new();
        let mut pkg = None;
        for (i, f) in fields.iter().enumerate() {
            let o = w.obj(f.obj);
            if !o.exported() {
                pkg = pkg.or(o.pkg);
            }
            let tag = f.tag.as_deref().unwrap_or("");
            let name = self.name(abi::encode_name(
                &o.name,
                tag,
                o.exported(),
                f.embedded,
                None,
            ));
            let ft = self.type_desc(o.typ.expect("typed"), at)?;
            let b = i * layout::FIELD_BYTES;
            relocs.push((b + layout::FIELD_NAME, name));
            relocs.push((b + layout::FIELD_TYP, ft));
            arr[b + layout::FIELD_OFFSET..b + layout::FIELD_OFFSET + 8]
                .copy_from_slice(&(offsets[i] as u64).to_le_bytes());
        }
        if let Some(p) = pkg.or_else(|| named_pkg(w, t)) {
            let path = w.pkg(p).path.clone();
            let n = self.name(abi::encode_name(&path, "", false, false, None));
            self.rodata.reloc_data(off + layout::STRUCT_PKG_PATH, n);
        }
        let a = self.rodata.push_aligned(&arr);
        if !fields.is_empty() {
            self.rodata.reloc_data(off + layout::STRUCT_FIELDS, a);
        }
        for (at_in, target) in relocs {
            self.rodata.reloc_data(a + at_in, target);
        }
        let n = (fields.len() as u64).to_le_bytes();
        self.put(off + layout::STRUCT_FIELDS + 8, &n);
        self.put(off + layout::STRUCT_FIELDS + 16, &n);
        Ok(())
    }

    /// A map's descriptor: key, elem, the group type (a control word and
    /// 8 interleaved key/elem slots, Go 1.27's default layout) and how to
    /// find keys and elems in a group.
    fn write_map(&mut self, off: usize, key: TypeId, elem: TypeId, at: At) -> Result<()> {
        let w = self.world;
        let kd = self.type_desc(key, at)?;
        let ed = self.type_desc(elem, at)?;
        self.rodata.reloc_data(off + layout::MAP_KEY, kd);
        self.rodata.reloc_data(off + layout::MAP_ELEM, ed);
        let (ksize, esize) = (w.sizeof(key).max(0) as u64, w.sizeof(elem).max(0) as u64);
        let g = group_layout(
            ksize as usize,
            w.alignof(key).max(1) as usize,
            esize as usize,
            w.alignof(elem).max(1) as usize,
        );
        let mut flags = 0;
        let mut kwords = Vec::new();
        let mut ewords = Vec::new();
        pointer_words(w, key, 0, &mut kwords);
        pointer_words(w, elem, 0, &mut ewords);
        if g.indirect_key {
            flags |= mapflag::INDIRECT_KEY;
            kwords = vec![true];
        }
        if g.indirect_elem {
            flags |= mapflag::INDIRECT_ELEM;
            ewords = vec![true];
        }
        if needs_key_update(w, key) {
            flags |= mapflag::NEED_KEY_UPDATE;
        }
        if hash_might_panic(w, key) {
            flags |= mapflag::HASH_MIGHT_PANIC;
        }
        let (slot_size, elem_off) = (g.key_stride as u64, g.elem_off as u64);
        let group_size = g.group_size as u64;
        // The group's pointer words: slot i's key and elem words.
        let mut gwords = vec![false; (group_size as usize).div_ceil(8)];
        for i in 0..abi::MAP_GROUP_SLOTS {
            let base = 8 + i * slot_size;
            for (words, at) in [(&kwords, base), (&ewords, base + elem_off)] {
                for (j, _) in words.iter().enumerate().filter(|(_, p)| **p) {
                    gwords[at as usize / 8 + j] = true;
                }
            }
        }
        let gkey = format!("group[{}]{}", type_key(w, key), type_key(w, elem));
        let group = match self.tdata.descs.get(&gkey) {
            Some(&g) => g,
            None => {
                let g = self.rodata.push_aligned(&[0; layout::STRUCT_BYTES]);
                self.tdata.descs.insert(gkey.clone(), g);
                let string = format!(
                    "noalg.map.group[{}]{}",
                    rtype_string(w, key),
                    rtype_string(w, elem)
                );
                let c = Common {
                    key: gkey,
                    string,
                    size: group_size,
                    align: 8,
                    kind: kind::STRUCT,
                    ptr_words: gwords,
                    tflag: 0,
                };
                self.write_common(g, &c);
                g
            }
        };
        self.rodata.reloc_data(off + layout::MAP_GROUP, group);
        let words = [
            (layout::MAP_GROUP_SIZE, group_size),
            (layout::MAP_KEYS_OFF, g.keys_off as u64),
            (layout::MAP_KEY_STRIDE, slot_size),
            (layout::MAP_ELEMS_OFF, g.elems_off as u64),
            (layout::MAP_ELEM_STRIDE, g.elem_stride as u64),
            (layout::MAP_ELEM_OFF, elem_off),
        ];
        for (at_in, v) in words {
            self.put(off + at_in, &v.to_le_bytes());
        }
        self.put(off + layout::MAP_FLAGS, &flags.to_le_bytes());
        Ok(())
    }

    /// The descriptor of `[]e` (an array descriptor's `Slice`), which
    /// the program may never name.
    fn slice_of(&mut self, e: TypeId, ed: usize) -> usize {
        let key = format!("[]{}", type_key(self.world, e));
        if let Some(&o) = self.tdata.descs.get(&key) {
            return o;
        }
        let off = self.rodata.push_aligned(&[0; layout::SLICE_BYTES]);
        self.tdata.descs.insert(key.clone(), off);
        let c = Common {
            key,
            string: format!("[]{}", rtype_string(self.world, e)),
            size: 24,
            align: 8,
            kind: kind::SLICE,
            ptr_words: vec![true, false, false],
            tflag: 0,
        };
        self.write_common(off, &c);
        self.rodata.reloc_data(off + layout::ELEM, ed);
        off
    }

    fn write_uncommon(
        &mut self,
        u: usize,
        t: TypeId,
        methods: &[MethodSel],
        extra: usize,
        at: At,
    ) -> Result<()> {
        let w = self.world;
        if let Some(p) = named_pkg(w, t) {
            let path = w.pkg(p).path.clone();
            let n = self.name(abi::encode_name(&path, "", false, false, None));
            self.put(u + layout::UNCOMMON_PKG_PATH, &(n as i32).to_le_bytes());
        }
        let xcount = methods.iter().filter(|m| m.pkg.is_none()).count();
        self.put(
            u + layout::UNCOMMON_MCOUNT,
            &(methods.len() as u16).to_le_bytes(),
        );
        self.put(u + layout::UNCOMMON_XCOUNT, &(xcount as u16).to_le_bytes());
        let moff = layout::UNCOMMON_BYTES + extra;
        self.put(u + layout::UNCOMMON_MOFF, &(moff as u32).to_le_bytes());
        for (i, m) in methods.iter().enumerate() {
            let b = u + moff + i * layout::METHOD_BYTES;
            let exported = m.pkg.is_none();
            let name = self.name(abi::encode_name(&m.name, "", exported, false, None));
            let mtyp = match &m.how {
                MethodKind::Declared { func, named, .. } => self.method_func(*func, *named).1,
                MethodKind::Iface { iface, index } => {
                    let ms = iface_method_list(w, *iface);
                    w.obj(ms[*index]).typ.expect("typed")
                }
            };
            let mt = self.type_desc(mtyp, at)?;
            let ifn = self.ifn(t, m, at)?;
            let tfn = match &m.how {
                MethodKind::Declared {
                    func,
                    ptr_recv,
                    named,
                } if m.path.is_empty()
                    && *ptr_recv == matches!(w.types.get(w.types.unalias(t)), Type::Pointer(_)) =>
                {
                    self.method_func(*func, *named).0 as i32
                }
                _ => -1,
            };
            self.put(b + layout::METHOD_NAME, &(name as i32).to_le_bytes());
            self.put(b + layout::METHOD_MTYP, &(mt as i32).to_le_bytes());
            self.put(b + layout::METHOD_IFN, &(ifn as i32).to_le_bytes());
            self.put(b + layout::METHOD_TFN, &tfn.to_le_bytes());
        }
        Ok(())
    }
}

/// The package that declares named type `t` (or the named type `t`
/// points to).
fn named_pkg(w: &World, t: TypeId) -> Option<crate::types::object::PkgId> {
    match w.types.get(w.types.unalias(t)) {
        Type::Named(n) => w.obj(n.obj).pkg,
        _ => None,
    }
}

/// FNV-1a: the descriptor's `Hash` (equal for identical types, since
/// they share one key).
fn fnv32(s: &str) -> u32 {
    s.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
}

fn kind_bytes(k: u8) -> usize {
    match k {
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

/// The `abi.Kind` of an underlying type.
pub(crate) fn abi_kind(w: &World, u: TypeId) -> u8 {
    match w.types.get(u) {
        Type::Basic(b) => {
            use BasicKind::*;
            match b.canonical() {
                Bool | UntypedBool => kind::BOOL,
                Int | UntypedInt => kind::INT,
                Int8 => kind::INT8,
                Int16 => kind::INT16,
                Int32 | UntypedRune => kind::INT32,
                Int64 => kind::INT64,
                Uint => kind::UINT,
                Uint8 => kind::UINT8,
                Uint16 => kind::UINT16,
                Uint32 => kind::UINT32,
                Uint64 => kind::UINT64,
                Uintptr => kind::UINTPTR,
                Float32 => kind::FLOAT32,
                Float64 | UntypedFloat => kind::FLOAT64,
                Complex64 => kind::COMPLEX64,
                Complex128 | UntypedComplex => kind::COMPLEX128,
                String | UntypedString => kind::STRING,
                UnsafePointer => kind::UNSAFE_POINTER,
                _ => 0,
            }
        }
        Type::Array(..) => kind::ARRAY,
        Type::Chan(..) => kind::CHAN,
        Type::Signature(_) => kind::FUNC,
        Type::Interface(_) => kind::INTERFACE,
        Type::Map(..) => kind::MAP,
        Type::Pointer(_) => kind::POINTER,
        Type::Slice(_) => kind::SLICE,
        Type::Struct(_) => kind::STRUCT,
        _ => 0,
    }
}

/// Marks the pointer words of a `t` at byte offset `at` in `out`.
pub(crate) fn pointer_words(w: &World, t: TypeId, at: u64, out: &mut Vec<bool>) {
    let size = w.sizeof(t).max(0) as u64;
    let need = (at + size).div_ceil(8) as usize;
    if out.len() < need {
        out.resize(need, false);
    }
    let word = (at / 8) as usize;
    match w.types.get(w.types.under(t)) {
        Type::Basic(b) => {
            if matches!(
                b.canonical(),
                BasicKind::String | BasicKind::UnsafePointer | BasicKind::UntypedString
            ) {
                out[word] = true;
            }
        }
        Type::Pointer(_) | Type::Map(..) | Type::Chan(..) | Type::Signature(_) | Type::Slice(_) => {
            out[word] = true
        }
        Type::Interface(_) => {
            out[word] = true;
            out[word + 1] = true;
        }
        Type::Array(n, e) => {
            let es = w.sizeof(*e).max(0) as u64;
            for i in 0..(*n).max(0) as u64 {
                pointer_words(w, *e, at + i * es, out);
            }
        }
        Type::Struct(fields) => {
            let offs = w.offsetsof(fields);
            for (f, o) in fields.iter().zip(offs) {
                pointer_words(w, w.obj(f.obj).typ.expect("typed"), at + o as u64, out);
            }
        }
        _ => {}
    }
}

/// Whether values of `t` are equal exactly when their bytes are (gc's
/// `TFlagRegularMemory`): no floats, strings, interfaces, padding or
/// blank fields.
fn is_regular_memory(w: &World, t: TypeId) -> bool {
    match w.types.get(w.types.under(t)) {
        Type::Basic(b) => {
            b.is_integer() || matches!(b.canonical(), BasicKind::Bool | BasicKind::UnsafePointer)
        }
        Type::Pointer(_) | Type::Chan(..) => true,
        Type::Array(_, e) => is_regular_memory(w, *e),
        Type::Struct(fields) => {
            let offs = w.offsetsof(fields);
            let mut end = 0i64;
            for (f, o) in fields.iter().zip(offs) {
                let o_ = w.obj(f.obj);
                let ft = o_.typ.expect("typed");
                if o != end || o_.name == "_" || !is_regular_memory(w, ft) {
                    return false;
                }
                end = o + w.sizeof(ft);
            }
            end == w.sizeof(t)
        }
        _ => false,
    }
}

/// Whether a `t` sits directly in an interface's data word (gc's
/// `isdirectiface`: pointer-shaped types).
pub(crate) fn is_direct_iface(w: &World, t: TypeId) -> bool {
    match w.types.get(w.types.under(t)) {
        Type::Pointer(_) | Type::Chan(..) | Type::Map(..) | Type::Signature(_) => true,
        Type::Basic(b) => b.canonical() == BasicKind::UnsafePointer,
        Type::Array(1, e) => is_direct_iface(w, *e),
        Type::Struct(fields) if fields.len() == 1 => {
            is_direct_iface(w, w.obj(fields[0].obj).typ.expect("typed"))
        }
        _ => false,
    }
}

/// Whether overwriting a map entry must also overwrite its key (keys
/// equal but not identical in bits: floats, strings, interfaces).
fn needs_key_update(w: &World, t: TypeId) -> bool {
    match w.types.get(w.types.under(t)) {
        Type::Basic(b) => b.is_float() || b.is_complex() || b.is_string(),
        Type::Interface(_) => true,
        Type::Array(_, e) => needs_key_update(w, *e),
        Type::Struct(fields) => fields
            .iter()
            .any(|f| needs_key_update(w, w.obj(f.obj).typ.expect("typed"))),
        _ => false,
    }
}

/// Whether hashing a key may panic (an interface holding an
/// unhashable dynamic type).
fn hash_might_panic(w: &World, t: TypeId) -> bool {
    match w.types.get(w.types.under(t)) {
        Type::Interface(_) => true,
        Type::Array(_, e) => hash_might_panic(w, *e),
        Type::Struct(fields) => fields
            .iter()
            .any(|f| hash_might_panic(w, w.obj(f.obj).typ.expect("typed"))),
        _ => false,
    }
}
