//! Interfaces: itabs (Go's `iface.go`: `getitab`, the itab table),
//! type-assertion failures, and interface equality (`efaceeq`/`ifaceeq`
//! over a descriptor walk, as Go's `alg.go` does).
//!
//! Invariants: the table holds every itab the compiler emitted before
//! any code runs (so an (interface, type) pair has one itab, and two
//! interface values of one dynamic type compare their itab pointers
//! equal); itabs built at run time live as long as the table; a pair
//! that does not implement is cached as 0.

use std::collections::HashMap;

use crate::abi::{Module, TypeRef, kind, layout};
use crate::mem;
use crate::panic::RuntimeError;

/// Go's `itabTable` for one program.
pub struct ItabTable {
    module: Module,
    /// Each function's `FuncInfo` address, by index (a `TextOff`).
    funcs: Vec<usize>,
    /// (interface descriptor, type descriptor) -> itab address or 0.
    map: HashMap<(usize, usize), usize>,
    /// Storage of the itabs made at run time.
    owned: Vec<Box<[u64]>>,
}

impl ItabTable {
    /// A table holding the program's static itabs.
    pub fn new(module: Module, funcs: Vec<usize>, static_itabs: &[usize]) -> ItabTable {
        let mut map = HashMap::new();
        for &it in static_itabs {
            // SAFETY: static itabs are linked descriptors in rodata.
            let (inter, typ) = unsafe {
                (
                    mem::load64(it + layout::ITAB_INTER) as usize,
                    mem::load64(it + layout::ITAB_TYPE) as usize,
                )
            };
            map.insert((inter, typ), it);
        }
        ItabTable {
            module,
            funcs,
            map,
            owned: Vec::new(),
        }
    }

    pub fn module(&self) -> &Module {
        &self.module
    }

    /// The itab of `typ` as interface `inter`, or 0 if `typ` lacks one
    /// of its methods.
    pub fn getitab(&mut self, inter: TypeRef, typ: TypeRef) -> usize {
        let key = (inter.0 as usize, typ.0 as usize);
        if let Some(&it) = self.map.get(&key) {
            return it;
        }
        let it = match self.method_funcs(inter, typ) {
            Ok(funs) => self.build(inter, typ, &funs),
            Err(_) => 0,
        };
        self.map.insert(key, it);
        it
    }

    /// For each of `inter`'s methods, `typ`'s `Ifn` (a `FuncInfo`
    /// address); else the name of the first missing method.
    fn method_funcs(&self, inter: TypeRef, typ: TypeRef) -> Result<Vec<usize>, String> {
        let tms = typ.methods();
        inter
            .imethods()
            .into_iter()
            .map(|(name, mtyp)| {
                let want = self.module.name(name).name;
                tms.iter()
                    .find(|m| m.1 == mtyp && self.module.name(m.0).name == want)
                    .and_then(|m| usize::try_from(m.2).ok())
                    .and_then(|f| self.funcs.get(f).copied())
                    .ok_or_else(|| String::from_utf8_lossy(want).into_owned())
            })
            .collect()
    }

    fn build(&mut self, inter: TypeRef, typ: TypeRef, funs: &[usize]) -> usize {
        let mut words = vec![0u64; 3 + funs.len().max(1)].into_boxed_slice();
        words[0] = inter.0 as u64;
        words[1] = typ.0 as u64;
        words[2] = typ.hash() as u64;
        for (w, &f) in words[3..].iter_mut().zip(funs) {
            *w = f as u64;
        }
        let at = words.as_ptr() as usize;
        self.owned.push(words);
        at
    }

    /// The error of a failed assertion of a value of dynamic type `typ`
    /// (None: nil) to `asserted`, from an interface of static type
    /// `iface` (None when Go's message says just "interface").
    pub fn assertion_error(
        &self,
        iface: Option<TypeRef>,
        typ: Option<TypeRef>,
        asserted: TypeRef,
    ) -> RuntimeError {
        let m = &self.module;
        let missing = match typ {
            Some(t) if asserted.kind() == kind::INTERFACE => self.method_funcs(asserted, t).err(),
            _ => None,
        };
        RuntimeError::TypeAssertion {
            iface: iface.map(|t| t.string(m)),
            concrete: typ.map(|t| t.string(m)),
            asserted: asserted.string(m),
            missing,
        }
    }
}

/// The dynamic type of an interface's first word: the type itself for
/// an empty interface, else the itab's type (0 for nil).
///
/// # Safety
/// `word` must be 0 or point at a linked descriptor or itab.
pub unsafe fn dyn_type(word: u64, empty: bool) -> u64 {
    if empty || word == 0 {
        word
    } else {
        // SAFETY: a non-nil itab pointer (caller's invariant).
        unsafe { mem::load64(word as usize + layout::ITAB_TYPE) }
    }
}

/// `x == y` for two interface values of one static type (`empty`:
/// `interface{}`-like, first word a type; else an itab), as Go's
/// `efaceeq`/`ifaceeq`: equal dynamic types, then equal values, and a
/// run-time error for a dynamic type that is not comparable.
///
/// # Safety
/// The words must form interface values of a linked program.
pub unsafe fn iface_eq(
    module: &Module,
    x: (u64, u64),
    y: (u64, u64),
    empty: bool,
) -> Result<bool, RuntimeError> {
    if x.0 != y.0 {
        return Ok(false);
    }
    // SAFETY: forwarded.
    let t = unsafe { dyn_type(x.0, empty) };
    if t == 0 {
        return Ok(true);
    }
    let t = TypeRef(t as *const u8);
    if t.is_direct_iface() {
        return Ok(x.1 == y.1);
    }
    // Go's dynamic type has no equality function: the error names it,
    // not the field or element that makes it so.
    if !is_comparable(t) {
        return Err(RuntimeError::Uncomparable(t.string(module)));
    }
    // SAFETY: an indirect interface's data word points at a value of t.
    unsafe { type_equal(module, t, x.1 as usize, y.1 as usize) }
}

/// Whether `==` is defined on values of `t` (the spec's comparable
/// types; interfaces count as comparable, their dynamic values are
/// checked when compared).
fn is_comparable(t: TypeRef) -> bool {
    match t.kind() {
        kind::FUNC | kind::MAP | kind::SLICE => false,
        kind::ARRAY => is_comparable(t.elem()),
        kind::STRUCT => t
            .struct_fields()
            .into_iter()
            .all(|(_, ft, _)| is_comparable(ft)),
        _ => true,
    }
}

/// Whether the values of type `t` at `p` and `q` are equal (Go's
/// `==`): floats by value, strings by bytes, interfaces recursively,
/// arrays and structs element by element (blank fields skipped).
///
/// # Safety
/// `p` and `q` must point at values of `t`.
pub unsafe fn type_equal(
    module: &Module,
    t: TypeRef,
    p: usize,
    q: usize,
) -> Result<bool, RuntimeError> {
    // SAFETY: p and q hold values of t (caller's invariant); every read
    // below stays inside the value as t's layout describes it.
    unsafe {
        Ok(match t.kind() {
            kind::FLOAT32 => f32::from_bits(mem::load32(p)) == f32::from_bits(mem::load32(q)),
            kind::FLOAT64 => f64::from_bits(mem::load64(p)) == f64::from_bits(mem::load64(q)),
            kind::COMPLEX64 => {
                let f = |a: usize| f32::from_bits(mem::load32(a));
                f(p) == f(q) && f(p + 4) == f(q + 4)
            }
            kind::COMPLEX128 => {
                let f = |a: usize| f64::from_bits(mem::load64(a));
                f(p) == f(q) && f(p + 8) == f(q + 8)
            }
            kind::STRING => {
                let (lp, lq) = (mem::load64(p + 8) as usize, mem::load64(q + 8) as usize);
                lp == lq
                    && std::slice::from_raw_parts(mem::load64(p) as *const u8, lp)
                        == std::slice::from_raw_parts(mem::load64(q) as *const u8, lq)
            }
            kind::INTERFACE => {
                let empty = t.imethods().is_empty();
                let w = |a: usize| (mem::load64(a), mem::load64(a + 8));
                return iface_eq(module, w(p), w(q), empty);
            }
            kind::ARRAY => {
                let e = t.elem();
                let size = e.size();
                for i in 0..t.array_len() {
                    if !type_equal(module, e, p + i * size, q + i * size)? {
                        return Ok(false);
                    }
                }
                true
            }
            kind::STRUCT => {
                for (name, ft, off) in t.struct_fields() {
                    if name.name != b"_" && !type_equal(module, ft, p + off, q + off)? {
                        return Ok(false);
                    }
                }
                true
            }
            kind::FUNC | kind::MAP | kind::SLICE => {
                return Err(RuntimeError::Uncomparable(t.string(module)));
            }
            // Booleans, integers, pointers, channels: one word or less.
            _ => match t.size() {
                0 => true,
                1 => mem::load8(p) == mem::load8(q),
                2 => mem::load16(p) == mem::load16(q),
                4 => mem::load32(p) == mem::load32(q),
                _ => mem::load64(p) == mem::load64(q),
            },
        })
    }
}
