//! Sizes, alignments and field offsets of types as gc lays them out on
//! amd64 (types2's `gcSizes` for "gc"/"amd64": word size and maximum
//! alignment 8), for `unsafe.Sizeof`/`Alignof`/`Offsetof` and for the
//! runtime's memory layouts.
//!
//! The rules:
//! - basic types have their natural sizes; `int`, `uint`, `uintptr` and
//!   `unsafe.Pointer` are one word; a string is two words;
//! - slices are three words, interfaces two, pointers, maps, channels and
//!   functions one;
//! - an array is `len * elem size` (no padding between elements: an
//!   element's size is already a multiple of its alignment) and is aligned
//!   like its element;
//! - a struct lays its fields out in order, each at the next multiple of
//!   its alignment; a struct whose last field has size zero but which is
//!   not itself empty gets one byte after that field (so that a pointer to
//!   the field cannot point past the object), and the size is padded to a
//!   multiple of the struct's alignment, the largest of its fields';
//! - complex numbers are aligned like a pair of floats (complex64: 4);
//! - `sync/atomic.align64` (and its `internal/runtime/atomic` twin), an
//!   empty struct, forces 8-byte alignment on the struct containing it.
//!
//! Sizes are `i64`; a negative size or offset means "too large" (the
//! computation overflowed), which `unsafe.Sizeof` reports as
//! "x is too large". Types whose size depends on a type parameter have no
//! constant size ([`World::has_var_size`]); asking for their size anyway
//! measures the type parameter as one word.

use std::collections::HashMap;

use super::object::World;
use super::ty::{BasicKind, Field, Type, TypeId};

/// Bytes in a machine word on amd64.
pub const WORD_SIZE: i64 = 8;
/// The largest alignment of any type on amd64.
pub const MAX_ALIGN: i64 = 8;

impl World {
    /// The size in bytes of a variable of type `t`; negative if too large.
    pub fn sizeof(&self, t: TypeId) -> i64 {
        Sizer::new(self).size(t)
    }

    /// The alignment in bytes of a variable of type `t` (at least 1).
    pub fn alignof(&self, t: TypeId) -> i64 {
        Sizer::new(self).align(t)
    }

    /// The offsets of the fields of a struct with the given fields, in
    /// order; -1 for fields at offsets too large to represent.
    pub fn offsetsof(&self, fields: &[Field]) -> Vec<i64> {
        Sizer::new(self).offsets(fields)
    }

    /// The offset of the field reached from struct type `t` by following
    /// `path` (field indices through embedded structs, none of them via a
    /// pointer); negative if too large.
    pub fn offsetof(&self, t: TypeId, path: &[usize]) -> i64 {
        let mut s = Sizer::new(self);
        let mut t = t;
        let mut offs: i64 = 0;
        for &i in path {
            let Type::Struct(fields) = self.types.get(self.types.under(t)) else {
                return -1;
            };
            let Some(f) = fields.get(i) else { return -1 };
            let d = s.offsets(fields)[i];
            if d < 0 {
                return -1;
            }
            offs = match offs.checked_add(d) {
                Some(o) => o,
                None => return -1,
            };
            t = self.type_of(f.obj);
        }
        offs
    }

    /// Whether the size of `t` depends on a type parameter (types2's
    /// `hasVarSize`), so that `unsafe.Sizeof` & co. are not constant. A
    /// (necessarily invalid, already reported) cyclic type counts as
    /// variable-sized too, so that no constant is derived from it.
    pub fn has_var_size(&self, t: TypeId) -> bool {
        let mut active = Vec::new();
        self.var_size_in(t, &mut active)
    }

    fn var_size_in(&self, t: TypeId, active: &mut Vec<TypeId>) -> bool {
        let t = self.types.unalias(t);
        match self.types.get(t) {
            Type::Named(n) => {
                if active.contains(&t) {
                    return true;
                }
                let Some(u) = n.underlying else { return false };
                active.push(t);
                let r = self.var_size_in(u, active);
                active.pop();
                r
            }
            Type::Array(_, e) => self.var_size_in(*e, active),
            Type::Struct(fields) => fields
                .iter()
                .any(|f| self.var_size_in(self.type_of(f.obj), active)),
            Type::TypeParam(_) => true,
            _ => false,
        }
    }
}

/// `x` rounded up to a multiple of `a` (a power of two); negative on
/// overflow.
fn align_to(x: i64, a: i64) -> i64 {
    debug_assert!(x >= 0 && a >= 1 && a & (a - 1) == 0);
    match x.checked_add(a - 1) {
        Some(y) => y & !(a - 1),
        None => -1,
    }
}

/// One measurement, with memoized results (nested structs are otherwise
/// measured again for every enclosing level) and the defined types being
/// measured, to stop at cycles of invalid recursive types.
struct Sizer<'w> {
    w: &'w World,
    sizes: HashMap<TypeId, i64>,
    aligns: HashMap<TypeId, i64>,
    active: Vec<TypeId>,
}

impl<'w> Sizer<'w> {
    fn new(w: &'w World) -> Sizer<'w> {
        Sizer {
            w,
            sizes: HashMap::new(),
            aligns: HashMap::new(),
            active: Vec::new(),
        }
    }

    /// Runs `f` on the underlying type of `t`, unless `t` is a defined
    /// type already being measured (a cycle): then returns `on_cycle`.
    fn through_named(&mut self, t: TypeId, on_cycle: i64, f: fn(&mut Self, TypeId) -> i64) -> i64 {
        let t = self.w.types.unalias(t);
        if !matches!(self.w.types.get(t), Type::Named(_)) {
            return f(self, t);
        }
        if self.active.contains(&t) {
            return on_cycle;
        }
        self.active.push(t);
        let u = self.w.types.under(t);
        let r = f(self, u);
        self.active.pop();
        r
    }

    fn size(&mut self, t: TypeId) -> i64 {
        if let Some(&s) = self.sizes.get(&t) {
            return s;
        }
        let s = self.through_named(t, 0, Self::size_of_underlying);
        self.sizes.insert(t, s);
        s
    }

    fn size_of_underlying(&mut self, u: TypeId) -> i64 {
        match self.w.types.get(u) {
            Type::Basic(k) => basic_size(*k),
            Type::Array(n, e) => {
                let (n, e) = (*n, *e);
                if n <= 0 {
                    return 0;
                }
                let es = self.size(e);
                if es <= 0 {
                    // too large, or zero-sized elements
                    return es;
                }
                es.checked_mul(n).unwrap_or(-1)
            }
            Type::Slice(_) => 3 * WORD_SIZE,
            Type::Struct(fields) => {
                let Some(last) = fields.last() else { return 0 };
                let last_t = self.w.type_of(last.obj);
                let offs = *self.offsets(fields).last().expect("non-empty");
                let mut size = self.size(last_t);
                if offs < 0 || size < 0 {
                    return -1;
                }
                // gc: a zero-sized last field of a struct that is not
                // zero-sized gets a byte of its own.
                if offs > 0 && size == 0 {
                    size = 1;
                }
                let Some(end) = offs.checked_add(size) else {
                    return -1;
                };
                let a = self.align_of_underlying(u);
                align_to(end, a)
            }
            Type::Interface(_) => 2 * WORD_SIZE,
            // Pointers, maps, channels, functions (and, never asked for
            // constant sizes, type parameters): one word.
            _ => WORD_SIZE,
        }
    }

    fn align(&mut self, t: TypeId) -> i64 {
        if let Some(&a) = self.aligns.get(&t) {
            return a;
        }
        let named = self.w.types.unalias(t);
        let a = if self.is_align64(named) {
            8
        } else {
            self.through_named(t, 1, Self::align_of_underlying)
        };
        self.aligns.insert(t, a);
        a
    }

    fn align_of_underlying(&mut self, u: TypeId) -> i64 {
        match self.w.types.get(u) {
            Type::Array(_, e) => self.align(*e),
            Type::Struct(fields) => {
                let mut max = 1;
                for f in fields {
                    max = max.max(self.align(self.w.type_of(f.obj)));
                }
                max
            }
            Type::Slice(_) | Type::Interface(_) => WORD_SIZE,
            Type::Basic(k) if k.is_string() => WORD_SIZE,
            Type::Basic(k) => {
                let mut a = basic_size(*k);
                if a < 1 {
                    return 1;
                }
                // complex numbers are aligned like two floats
                if k.is_complex() {
                    a /= 2;
                }
                a.min(MAX_ALIGN)
            }
            _ => WORD_SIZE,
        }
    }

    fn offsets(&mut self, fields: &[Field]) -> Vec<i64> {
        let mut out = Vec::with_capacity(fields.len());
        let mut offs: i64 = 0;
        for f in fields {
            if offs < 0 {
                out.push(-1);
                continue;
            }
            let t = self.w.type_of(f.obj);
            let a = self.align(t);
            offs = align_to(offs, a);
            out.push(offs);
            let d = self.size(t);
            offs = if d >= 0 && offs >= 0 {
                offs.checked_add(d).unwrap_or(-1)
            } else {
                -1
            };
        }
        out
    }

    /// `sync/atomic.align64` or `internal/runtime/atomic.align64`: an empty
    /// struct whose presence makes the enclosing struct 8-byte aligned.
    fn is_align64(&self, t: TypeId) -> bool {
        let Type::Named(n) = self.w.types.get(t) else {
            return false;
        };
        let empty =
            matches!(self.w.types.get(self.w.types.under(t)), Type::Struct(f) if f.is_empty());
        let obj = self.w.obj(n.obj);
        empty
            && obj.name == "align64"
            && obj.pkg.is_some_and(|p| {
                let path = &self.w.pkg(p).path;
                path == "sync/atomic" || path == "internal/runtime/atomic"
            })
    }
}

/// The size of a basic type. Untyped types (which the checker converts
/// before measuring) and the invalid type fall under types2's catch-all:
/// one word.
fn basic_size(k: BasicKind) -> i64 {
    use BasicKind::*;
    match k.canonical() {
        Bool | Int8 | Uint8 => 1,
        Int16 | Uint16 => 2,
        Int32 | Uint32 | Float32 => 4,
        Int64 | Uint64 | Float64 | Complex64 => 8,
        Complex128 => 16,
        String => 2 * WORD_SIZE,
        Int | Uint | Uintptr | UnsafePointer => WORD_SIZE,
        _ => WORD_SIZE,
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use crate::types::check::{Checker, PkgFiles};
    use crate::types::object::{ObjKind, World};
    use crate::types::program::error_lines;
    use crate::types::ty::{BasicKind, Field, Type, TypeId};
    use crate::types::version::GO_CURRENT;

    /// Checks `src` as package `path` (with `unsafe` importable); returns
    /// the world, the package's constants by name (values as printed) and
    /// the error lines.
    fn check(path: &str, src: &str) -> (World, HashMap<String, String>, Vec<String>) {
        let parsed = crate::syntax::parse_file("./p.go", src.as_bytes());
        assert!(
            parsed.errors.is_empty(),
            "syntax errors: {:?}",
            parsed.errors
        );
        let file = parsed.file.expect("parsed");
        let (mut world, pre) = World::new();
        let mut imports = HashMap::new();
        imports.insert("unsafe".to_string(), pre.unsafe_pkg);
        let files = [&file];
        let (pkg, errors, _) = Checker::check_package(
            &mut world,
            pre,
            PkgFiles {
                path,
                files: &files,
                imports: &imports,
                lang: Some(GO_CURRENT),
            },
        );
        let scope = world.pkg(pkg).scope;
        let mut consts = HashMap::new();
        for name in &world.scope(scope).names {
            let o = world.lookup_local(scope, name).expect("listed");
            if let ObjKind::Const(v) = &world.obj(o).kind {
                consts.insert(name.clone(), v.to_string());
            }
        }
        let lines = error_lines(&world, &errors);
        (world, consts, lines)
    }

    /// unsafe.Sizeof, Alignof and Offsetof of a range of types. The
    /// expected values are what the same declarations print with real Go
    /// (go1.27.3 linux/amd64: `go run` of this program with a `main`
    /// printing each constant with fmt.Println).
    #[test]
    fn sizes_alignments_offsets_match_gc_amd64() {
        let src = r#"package p

import "unsafe"

type E struct{}
type S1 struct {
	a int8
	b int64
	c int16
}
type S2 struct {
	a int64
	b struct{}
}
type S3 struct {
	a int8
	b [0]int64
}
type S4 struct {
	a struct{}
	b int32
}
type S5 struct {
	c complex64
	d int8
}
type Emb struct {
	x int8
	S1
	y int16
}
type I interface{ M() }
type N S1

var (
	v_bool bool
	v_int8 int8
	v_int16 int16
	v_int32 int32
	v_int64 int64
	v_int int
	v_uint uint
	v_uintptr uintptr
	v_float32 float32
	v_float64 float64
	v_complex64 complex64
	v_complex128 complex128
	v_string string
	v_slice []int
	v_map map[int]string
	v_chan chan int
	v_func func(int) int
	v_ptr *int
	v_uptr unsafe.Pointer
	v_any any
	v_iface I
	v_empty E
	v_s1 S1
	v_s2 S2
	v_s3 S3
	v_s4 S4
	v_s5 S5
	v_emb Emb
	v_a0 [0]int64
	v_a3 [3]int16
	v_ae [5]E
	v_as1 [2]S1
	v_ac [3]complex64
	v_ab [7]bool
	v_st struct{ a byte; b string; c [3]byte; d []int; e bool }
	v_nest struct{ a int8; b struct{ c int16; d int8 }; e int8 }
	v_named N
	v_arrs [2]struct{ a int32; b int8 }
	v_zarr struct{ a int64; b [0]int8 }
	v_c64s struct{ a int8; b complex64 }
	v_ptrs struct{ a bool; p *int; b bool }
	v_zz struct{ a struct{}; b [0]int }
	v_tail struct{ a int32; b int8; c E }
	v_pemb *Emb
)

const (
	size_bool = unsafe.Sizeof(v_bool)
	align_bool = unsafe.Alignof(v_bool)
	size_int8 = unsafe.Sizeof(v_int8)
	align_int8 = unsafe.Alignof(v_int8)
	size_int16 = unsafe.Sizeof(v_int16)
	align_int16 = unsafe.Alignof(v_int16)
	size_int32 = unsafe.Sizeof(v_int32)
	align_int32 = unsafe.Alignof(v_int32)
	size_int64 = unsafe.Sizeof(v_int64)
	align_int64 = unsafe.Alignof(v_int64)
	size_int = unsafe.Sizeof(v_int)
	align_int = unsafe.Alignof(v_int)
	size_uint = unsafe.Sizeof(v_uint)
	align_uint = unsafe.Alignof(v_uint)
	size_uintptr = unsafe.Sizeof(v_uintptr)
	align_uintptr = unsafe.Alignof(v_uintptr)
	size_float32 = unsafe.Sizeof(v_float32)
	align_float32 = unsafe.Alignof(v_float32)
	size_float64 = unsafe.Sizeof(v_float64)
	align_float64 = unsafe.Alignof(v_float64)
	size_complex64 = unsafe.Sizeof(v_complex64)
	align_complex64 = unsafe.Alignof(v_complex64)
	size_complex128 = unsafe.Sizeof(v_complex128)
	align_complex128 = unsafe.Alignof(v_complex128)
	size_string = unsafe.Sizeof(v_string)
	align_string = unsafe.Alignof(v_string)
	size_slice = unsafe.Sizeof(v_slice)
	align_slice = unsafe.Alignof(v_slice)
	size_map = unsafe.Sizeof(v_map)
	align_map = unsafe.Alignof(v_map)
	size_chan = unsafe.Sizeof(v_chan)
	align_chan = unsafe.Alignof(v_chan)
	size_func = unsafe.Sizeof(v_func)
	align_func = unsafe.Alignof(v_func)
	size_ptr = unsafe.Sizeof(v_ptr)
	align_ptr = unsafe.Alignof(v_ptr)
	size_uptr = unsafe.Sizeof(v_uptr)
	align_uptr = unsafe.Alignof(v_uptr)
	size_any = unsafe.Sizeof(v_any)
	align_any = unsafe.Alignof(v_any)
	size_iface = unsafe.Sizeof(v_iface)
	align_iface = unsafe.Alignof(v_iface)
	size_empty = unsafe.Sizeof(v_empty)
	align_empty = unsafe.Alignof(v_empty)
	size_s1 = unsafe.Sizeof(v_s1)
	align_s1 = unsafe.Alignof(v_s1)
	size_s2 = unsafe.Sizeof(v_s2)
	align_s2 = unsafe.Alignof(v_s2)
	size_s3 = unsafe.Sizeof(v_s3)
	align_s3 = unsafe.Alignof(v_s3)
	size_s4 = unsafe.Sizeof(v_s4)
	align_s4 = unsafe.Alignof(v_s4)
	size_s5 = unsafe.Sizeof(v_s5)
	align_s5 = unsafe.Alignof(v_s5)
	size_emb = unsafe.Sizeof(v_emb)
	align_emb = unsafe.Alignof(v_emb)
	size_a0 = unsafe.Sizeof(v_a0)
	align_a0 = unsafe.Alignof(v_a0)
	size_a3 = unsafe.Sizeof(v_a3)
	align_a3 = unsafe.Alignof(v_a3)
	size_ae = unsafe.Sizeof(v_ae)
	align_ae = unsafe.Alignof(v_ae)
	size_as1 = unsafe.Sizeof(v_as1)
	align_as1 = unsafe.Alignof(v_as1)
	size_ac = unsafe.Sizeof(v_ac)
	align_ac = unsafe.Alignof(v_ac)
	size_ab = unsafe.Sizeof(v_ab)
	align_ab = unsafe.Alignof(v_ab)
	size_st = unsafe.Sizeof(v_st)
	align_st = unsafe.Alignof(v_st)
	size_nest = unsafe.Sizeof(v_nest)
	align_nest = unsafe.Alignof(v_nest)
	size_named = unsafe.Sizeof(v_named)
	align_named = unsafe.Alignof(v_named)
	size_arrs = unsafe.Sizeof(v_arrs)
	align_arrs = unsafe.Alignof(v_arrs)
	size_zarr = unsafe.Sizeof(v_zarr)
	align_zarr = unsafe.Alignof(v_zarr)
	size_c64s = unsafe.Sizeof(v_c64s)
	align_c64s = unsafe.Alignof(v_c64s)
	size_ptrs = unsafe.Sizeof(v_ptrs)
	align_ptrs = unsafe.Alignof(v_ptrs)
	size_zz = unsafe.Sizeof(v_zz)
	align_zz = unsafe.Alignof(v_zz)
	size_tail = unsafe.Sizeof(v_tail)
	align_tail = unsafe.Alignof(v_tail)
	off_s1_b = unsafe.Offsetof(v_s1.b)
	off_s1_c = unsafe.Offsetof(v_s1.c)
	off_s2_b = unsafe.Offsetof(v_s2.b)
	off_s3_b = unsafe.Offsetof(v_s3.b)
	off_s4_b = unsafe.Offsetof(v_s4.b)
	off_s5_d = unsafe.Offsetof(v_s5.d)
	off_emb_S1 = unsafe.Offsetof(v_emb.S1)
	off_emb_y = unsafe.Offsetof(v_emb.y)
	off_emb_b = unsafe.Offsetof(v_emb.b)
	off_emb_c = unsafe.Offsetof(v_emb.c)
	off_st_b = unsafe.Offsetof(v_st.b)
	off_st_c = unsafe.Offsetof(v_st.c)
	off_st_d = unsafe.Offsetof(v_st.d)
	off_st_e = unsafe.Offsetof(v_st.e)
	off_nest_b = unsafe.Offsetof(v_nest.b)
	off_nest_e = unsafe.Offsetof(v_nest.e)
	off_c64s_b = unsafe.Offsetof(v_c64s.b)
	off_ptrs_b = unsafe.Offsetof(v_ptrs.b)
	off_pemb_y = unsafe.Offsetof(v_pemb.y)
	off_pemb_b = unsafe.Offsetof((&v_emb).b)
	off_tail_c = unsafe.Offsetof(v_tail.c)
)
"#;
        let want: &[(&str, &str)] = &[
            ("size_bool", "1"),
            ("align_bool", "1"),
            ("size_int8", "1"),
            ("align_int8", "1"),
            ("size_int16", "2"),
            ("align_int16", "2"),
            ("size_int32", "4"),
            ("align_int32", "4"),
            ("size_int64", "8"),
            ("align_int64", "8"),
            ("size_int", "8"),
            ("align_int", "8"),
            ("size_uint", "8"),
            ("align_uint", "8"),
            ("size_uintptr", "8"),
            ("align_uintptr", "8"),
            ("size_float32", "4"),
            ("align_float32", "4"),
            ("size_float64", "8"),
            ("align_float64", "8"),
            ("size_complex64", "8"),
            ("align_complex64", "4"),
            ("size_complex128", "16"),
            ("align_complex128", "8"),
            ("size_string", "16"),
            ("align_string", "8"),
            ("size_slice", "24"),
            ("align_slice", "8"),
            ("size_map", "8"),
            ("align_map", "8"),
            ("size_chan", "8"),
            ("align_chan", "8"),
            ("size_func", "8"),
            ("align_func", "8"),
            ("size_ptr", "8"),
            ("align_ptr", "8"),
            ("size_uptr", "8"),
            ("align_uptr", "8"),
            ("size_any", "16"),
            ("align_any", "8"),
            ("size_iface", "16"),
            ("align_iface", "8"),
            ("size_empty", "0"),
            ("align_empty", "1"),
            ("size_s1", "24"),
            ("align_s1", "8"),
            ("size_s2", "16"),
            ("align_s2", "8"),
            ("size_s3", "16"),
            ("align_s3", "8"),
            ("size_s4", "4"),
            ("align_s4", "4"),
            ("size_s5", "12"),
            ("align_s5", "4"),
            ("size_emb", "40"),
            ("align_emb", "8"),
            ("size_a0", "0"),
            ("align_a0", "8"),
            ("size_a3", "6"),
            ("align_a3", "2"),
            ("size_ae", "0"),
            ("align_ae", "1"),
            ("size_as1", "48"),
            ("align_as1", "8"),
            ("size_ac", "24"),
            ("align_ac", "4"),
            ("size_ab", "7"),
            ("align_ab", "1"),
            ("size_st", "64"),
            ("align_st", "8"),
            ("size_nest", "8"),
            ("align_nest", "2"),
            ("size_named", "24"),
            ("align_named", "8"),
            ("size_arrs", "16"),
            ("align_arrs", "4"),
            ("size_zarr", "16"),
            ("align_zarr", "8"),
            ("size_c64s", "12"),
            ("align_c64s", "4"),
            ("size_ptrs", "24"),
            ("align_ptrs", "8"),
            ("size_zz", "0"),
            ("align_zz", "8"),
            ("size_tail", "8"),
            ("align_tail", "4"),
            ("off_s1_b", "8"),
            ("off_s1_c", "16"),
            ("off_s2_b", "8"),
            ("off_s3_b", "8"),
            ("off_s4_b", "0"),
            ("off_s5_d", "8"),
            ("off_emb_S1", "8"),
            ("off_emb_y", "32"),
            ("off_emb_b", "16"),
            ("off_emb_c", "24"),
            ("off_st_b", "8"),
            ("off_st_c", "24"),
            ("off_st_d", "32"),
            ("off_st_e", "56"),
            ("off_nest_b", "2"),
            ("off_nest_e", "6"),
            ("off_c64s_b", "4"),
            ("off_ptrs_b", "16"),
            ("off_pemb_y", "32"),
            ("off_pemb_b", "16"),
            ("off_tail_c", "5"),
        ];
        let (_, consts, errors) = check("p", src);
        assert!(errors.is_empty(), "{errors:?}");
        for (name, value) in want {
            assert_eq!(
                consts.get(*name).map(String::as_str),
                Some(*value),
                "{name}"
            );
        }
    }

    /// The type a package-level type name denotes.
    fn type_named(w: &World, name: &str) -> TypeId {
        let pkg = w
            .pkgs
            .iter()
            .rposition(|p| p.path != "unsafe")
            .expect("checked package");
        let scope = w.pkgs[pkg].scope;
        let o = w.lookup_local(scope, name).expect("declared");
        w.obj(o).typ.expect("typed")
    }

    /// `sync/atomic.align64` makes its struct 8-byte aligned (types2's
    /// `IsSyncAtomicAlign64`, gc's `types.CalcStructSize`); elsewhere an
    /// empty struct type of that name is just an empty struct. (Not
    /// observable with real Go on amd64, where every atomic type using it
    /// also has a 64-bit field; the non-atomic values were checked with
    /// real Go.)
    #[test]
    fn align64_only_in_sync_atomic() {
        let src = r#"package atomic

import "unsafe"

type align64 struct{}

type T struct {
	_ align64
	x int32
}

const (
	alignT = unsafe.Alignof(T{})
	sizeT  = unsafe.Sizeof(T{})
	alignA = unsafe.Alignof(align64{})
)
"#;
        for (path, want) in [
            ("sync/atomic", "8"),
            ("internal/runtime/atomic", "8"),
            ("p", "4"),
        ] {
            let (_, consts, errors) = check(path, src);
            assert!(errors.is_empty(), "{errors:?}");
            assert_eq!(consts["alignT"], want, "{path}");
            assert_eq!(
                consts["sizeT"],
                if want == "8" { "8" } else { "4" },
                "{path}"
            );
            let align = if want == "8" { "8" } else { "1" };
            assert_eq!(consts["alignA"], align, "{path}");
        }
    }

    /// Sizes of types built directly, including unknown array lengths
    /// (after an error) and sizes too large to represent.
    #[test]
    fn world_api() {
        let (mut w, _) = World::new();
        let int = TypeId::basic(BasicKind::Int);
        let i8t = TypeId::basic(BasicKind::Int8);
        let unknown_len = w.types.add(Type::Array(-1, int));
        assert_eq!(w.sizeof(unknown_len), 0);
        assert_eq!(w.alignof(unknown_len), 8);
        let huge = w.types.add(Type::Array(1 << 61, int));
        assert_eq!(w.sizeof(huge), -1);
        let fits = w.types.add(Type::Array(1 << 59, int));
        assert_eq!(w.sizeof(fits), 1 << 62);
        let fields: Vec<Field> = [i8t, huge, int]
            .iter()
            .map(|&t| Field {
                obj: w.new_var(None, "f", t, false),
                embedded: false,
                tag: None,
            })
            .collect();
        assert_eq!(w.offsetsof(&fields), vec![0, 8, -1]);
        let st = w.types.add(Type::Struct(fields));
        assert_eq!(w.sizeof(st), -1);
        assert_eq!(w.offsetof(st, &[1]), 8);
        assert_eq!(w.offsetof(st, &[2]), -1);
        assert_eq!(w.sizeof(TypeId::basic(BasicKind::UnsafePointer)), 8);
        assert_eq!(w.alignof(TypeId::basic(BasicKind::Complex128)), 8);
        assert!(!w.has_var_size(st));
    }

    /// Invalid recursive types (reported elsewhere) are measured without
    /// looping and count as variable-sized, so no constant is derived
    /// from them (types2 makes `unsafe.Sizeof` of them non-constant too).
    #[test]
    fn recursive_types_terminate() {
        let src = "package p\n\ntype T struct {\n\ta int\n\tb T\n}\n\ntype A [2]A\n\ntype L struct{ next *L }\n";
        let (w, _, _) = check("p", src);
        for name in ["T", "A"] {
            let t = type_named(&w, name);
            assert!(w.has_var_size(t), "{name}");
            let _ = (w.sizeof(t), w.alignof(t));
        }
        let l = type_named(&w, "L");
        assert!(!w.has_var_size(l));
        assert_eq!((w.sizeof(l), w.alignof(l)), (8, 8));
    }
}
