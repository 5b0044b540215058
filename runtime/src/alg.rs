//! Hashing and equality of Go values by type descriptor (Go's
//! `runtime/alg.go`): what map keys are hashed and compared with, and
//! what interface `==` compares dynamic values with.
//!
//! Every function reads the value's layout from its descriptor
//! (`abi::TypeRef`): types with `TFlagRegularMemory` are hashed and
//! compared as bytes; floats treat +0 and -0 as equal and NaN as unequal
//! to everything (a NaN hashes to a random number, so NaN map keys never
//! collide with anything); strings by their bytes; interfaces by dynamic
//! type, then value; arrays element by element; structs field by field,
//! skipping blank (`_`) fields as gc's generated functions do.
//!
//! A descriptor's `Equal` word is only tested for null (null: values of
//! the type are not comparable); the runtime never calls through it, so
//! the compiler may put any non-null marker there.
//!
//! Invariants: hash values depend on the seed and need not match gc's,
//! only its behaviour (equal values hash equally under one seed); a value
//! whose dynamic type is not comparable makes hashing fail with
//! `hash of unhashable type T` and equality with `comparing uncomparable
//! type T` (Go's run-time errors), never a Rust panic.

use crate::abi::{Module, TypeRef, kind, layout, tflag};
use crate::panic::RuntimeError;
use crate::rand::{mix64, rand};

/// Why hashing or comparing failed: a dynamic type without `==`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AlgError {
    Unhashable(TypeRef),
    Uncomparable(TypeRef),
}

impl AlgError {
    /// The run-time error Go raises, naming the type as Go prints it.
    pub fn into_runtime_error(self, module: &Module) -> RuntimeError {
        match self {
            AlgError::Unhashable(t) => RuntimeError::Unhashable(t.string(module)),
            AlgError::Uncomparable(t) => RuntimeError::Uncomparable(t.string(module)),
        }
    }
}

/// Result of an operation that may fail on an incomparable type.
pub type AlgResult<T> = Result<T, AlgError>;

/// Multipliers of the byte hash (odd, high-entropy constants).
const K0: u64 = 0x9e37_79b9_7f4a_7c15;
const K1: u64 = 0xd6e8_feb8_6659_fd93;
const K2: u64 = 0xc2b2_ae3d_27d4_eb4f;

/// Folds a 128-bit product: the core mixing step of the byte hash.
fn fold_mul(a: u64, b: u64) -> u64 {
    let r = (a as u128).wrapping_mul(b as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

/// The bytes of a value in Go memory.
///
/// # Safety
/// `p` must point at `n` readable bytes (any pointer when `n` is 0).
unsafe fn bytes<'a>(p: *const u8, n: usize) -> &'a [u8] {
    if n == 0 {
        return &[];
    }
    // SAFETY: the caller guarantees n readable bytes at p.
    unsafe { std::slice::from_raw_parts(p, n) }
}

/// Reads the word at `p`.
///
/// # Safety
/// `p` must point at 8 readable bytes.
unsafe fn word(p: *const u8) -> u64 {
    // SAFETY: the caller guarantees 8 readable bytes; Go values are not
    // necessarily 8-aligned inside packed keys, so read unaligned.
    unsafe { p.cast::<u64>().read_unaligned() }
}

/// Hash of a byte string (Go's `memhash`).
pub fn memhash_bytes(b: &[u8], seed: u64) -> u64 {
    let mut h = seed ^ (b.len() as u64).wrapping_mul(K0);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
        h = fold_mul(h ^ w, K1);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut tail = [0u8; 8];
        tail[..rest.len()].copy_from_slice(rest);
        h = fold_mul(
            h ^ u64::from_le_bytes(tail) ^ ((rest.len() as u64) << 56),
            K2,
        );
    }
    mix64(h ^ K0)
}

/// Go's `memhash(p, seed, n)`.
///
/// # Safety
/// `p` must point at `n` readable bytes.
pub unsafe fn memhash(p: *const u8, seed: u64, n: usize) -> u64 {
    // SAFETY: forwarded.
    memhash_bytes(unsafe { bytes(p, n) }, seed)
}

/// Hash of one 64-bit word (Go's `memhash64`, by value).
pub fn memhash64(x: u64, seed: u64) -> u64 {
    memhash_bytes(&x.to_le_bytes(), seed)
}

/// Go's `strhash`: the string header at `p`, hashed by its bytes.
///
/// # Safety
/// `p` must point at a string header whose data is readable.
pub unsafe fn strhash(p: *const u8, seed: u64) -> u64 {
    // SAFETY: a string header is (ptr, len) over readable bytes.
    unsafe { memhash_bytes(str_bytes(p), seed) }
}

/// The bytes of the string whose header is at `p`.
///
/// # Safety
/// As [`strhash`].
unsafe fn str_bytes<'a>(p: *const u8) -> &'a [u8] {
    // SAFETY: the header's words are readable; its data has len bytes.
    unsafe { bytes(word(p) as *const u8, word(p.add(8)) as usize) }
}

/// Hash of a float64 value: +0 and -0 hash alike (they are equal keys),
/// each NaN hashes to a fresh random number (no NaN equals anything).
fn float_hash(f: f64, seed: u64) -> u64 {
    if f == 0.0 {
        memhash64(0, seed)
    } else if f.is_nan() {
        memhash64(rand(), seed)
    } else {
        memhash64(f.to_bits(), seed)
    }
}

/// Go's `f32hash`.
///
/// # Safety
/// `p` must point at a readable float32.
pub unsafe fn f32hash(p: *const u8, seed: u64) -> u64 {
    // SAFETY: 4 readable bytes at p.
    let f = f32::from_le_bytes(unsafe { bytes(p, 4) }.try_into().unwrap_or([0; 4]));
    float_hash(f as f64, seed)
}

/// Go's `f64hash`.
///
/// # Safety
/// `p` must point at a readable float64.
pub unsafe fn f64hash(p: *const u8, seed: u64) -> u64 {
    // SAFETY: 8 readable bytes at p.
    float_hash(f64::from_bits(unsafe { word(p) }), seed)
}

/// Go's `c64hash`: the real part's hash seeds the imaginary part's.
///
/// # Safety
/// `p` must point at a readable complex64.
pub unsafe fn c64hash(p: *const u8, seed: u64) -> u64 {
    // SAFETY: 8 readable bytes at p.
    unsafe { f32hash(p.add(4), f32hash(p, seed)) }
}

/// Go's `c128hash`.
///
/// # Safety
/// `p` must point at a readable complex128.
pub unsafe fn c128hash(p: *const u8, seed: u64) -> u64 {
    // SAFETY: 16 readable bytes at p.
    unsafe { f64hash(p.add(8), f64hash(p, seed)) }
}

/// Whether an interface type has no methods (its values are `eface`s:
/// type word then data word; others are `iface`s: itab word then data).
pub fn is_empty_interface(t: TypeRef) -> bool {
    t.field::<usize>(layout::IFACE_METHODS + 8) == 0
}

/// The dynamic type of the interface value at `p` (None for nil).
///
/// # Safety
/// `p` must point at a readable interface value of type `t`.
unsafe fn dynamic_type(t: TypeRef, p: *const u8) -> Option<TypeRef> {
    // SAFETY: an interface value's first word is its type or itab.
    let w = unsafe { word(p) } as *const u8;
    if w.is_null() {
        return None;
    }
    if is_empty_interface(t) {
        return Some(TypeRef(w));
    }
    Some(TypeRef(TypeRef(w).field(layout::ITAB_TYPE)))
}

/// Where the dynamic value of the interface at `p` is: its data word
/// itself for pointer-shaped types, else the memory it points at.
///
/// # Safety
/// `p` must point at an interface value holding a value of type `dt`.
unsafe fn dynamic_value(dt: TypeRef, p: *const u8) -> *const u8 {
    // SAFETY: the data word follows the type word.
    unsafe {
        if dt.is_direct_iface() {
            p.add(8)
        } else {
            word(p.add(8)) as *const u8
        }
    }
}

/// Go's `nilinterhash` and `interhash`: hash of the interface value at
/// `p` of interface type `t`, by its dynamic value.
///
/// # Safety
/// `p` must point at a readable interface value of type `t`.
pub unsafe fn interhash(t: TypeRef, p: *const u8, seed: u64) -> AlgResult<u64> {
    // SAFETY: forwarded; the dynamic value has the dynamic type's layout.
    unsafe {
        let Some(dt) = dynamic_type(t, p) else {
            return Ok(seed);
        };
        if dt.equal().is_null() {
            return Err(AlgError::Unhashable(dt));
        }
        let h = typehash(dt, dynamic_value(dt, p), seed ^ K2)?;
        Ok(mix64(h))
    }
}

/// The fields of a struct type as (type, offset), blank ones omitted.
fn hashed_fields(t: TypeRef) -> impl Iterator<Item = (TypeRef, usize)> {
    let (ptr, len): (*const u8, usize) = (
        t.field(layout::STRUCT_FIELDS),
        t.field(layout::STRUCT_FIELDS + 8),
    );
    (0..len).filter_map(move |i| {
        let f = TypeRef(ptr.wrapping_add(i * layout::FIELD_BYTES));
        let name: *const u8 = f.field(layout::FIELD_NAME);
        if crate::abi::name_at(name).name == b"_" {
            return None;
        }
        Some((
            TypeRef(f.field(layout::FIELD_TYP)),
            f.field(layout::FIELD_OFFSET),
        ))
    })
}

/// The elements of an array type as (element type, offsets).
fn array_elems(t: TypeRef) -> (TypeRef, impl Iterator<Item = usize>) {
    let elem = t.elem();
    let size = elem.size();
    (elem, (0..t.array_len()).map(move |i| i * size))
}

/// Go's `typehash`: hash of the value at `p` of type `t`.
///
/// # Safety
/// `p` must point at a readable value of type `t`.
pub unsafe fn typehash(t: TypeRef, p: *const u8, seed: u64) -> AlgResult<u64> {
    // SAFETY: each case reads the value as its descriptor lays it out.
    unsafe {
        if t.tflag() & tflag::REGULAR_MEMORY != 0 {
            return Ok(memhash(p, seed, t.size()));
        }
        Ok(match t.kind() {
            kind::FLOAT32 => f32hash(p, seed),
            kind::FLOAT64 => f64hash(p, seed),
            kind::COMPLEX64 => c64hash(p, seed),
            kind::COMPLEX128 => c128hash(p, seed),
            kind::STRING => strhash(p, seed),
            kind::INTERFACE => interhash(t, p, seed)?,
            kind::ARRAY => {
                let (elem, offs) = array_elems(t);
                let mut h = seed;
                for off in offs {
                    h = typehash(elem, p.add(off), h)?;
                }
                h
            }
            kind::STRUCT => {
                let mut h = seed;
                for (ft, off) in hashed_fields(t) {
                    h = typehash(ft, p.add(off), h)?;
                }
                h
            }
            _ if t.equal().is_null() => return Err(AlgError::Unhashable(t)),
            // Scalars and pointers whose descriptor lacks the flag.
            _ => memhash(p, seed, t.size()),
        })
    }
}

/// Go's `memequal`.
///
/// # Safety
/// `p` and `q` must point at `n` readable bytes each.
pub unsafe fn memequal(p: *const u8, q: *const u8, n: usize) -> bool {
    // SAFETY: forwarded.
    unsafe { bytes(p, n) == bytes(q, n) }
}

/// Go's `strequal`.
///
/// # Safety
/// `p` and `q` must point at readable string headers.
pub unsafe fn strequal(p: *const u8, q: *const u8) -> bool {
    // SAFETY: forwarded.
    unsafe { str_bytes(p) == str_bytes(q) }
}

/// Go's `f32equal` (IEEE equality: NaN != NaN, -0 == +0).
///
/// # Safety
/// `p` and `q` must point at readable float32s.
pub unsafe fn f32equal(p: *const u8, q: *const u8) -> bool {
    // SAFETY: 4 readable bytes at each.
    let (x, y) = unsafe {
        (
            p.cast::<f32>().read_unaligned(),
            q.cast::<f32>().read_unaligned(),
        )
    };
    x == y
}

/// Go's `f64equal`.
///
/// # Safety
/// `p` and `q` must point at readable float64s.
pub unsafe fn f64equal(p: *const u8, q: *const u8) -> bool {
    // SAFETY: 8 readable bytes at each.
    unsafe { f64::from_bits(word(p)) == f64::from_bits(word(q)) }
}

/// Go's `efaceeq`/`ifaceeq` after the type words matched: compares two
/// dynamic values of type `dt` held by the interface values at `p`, `q`.
///
/// # Safety
/// `p` and `q` must point at interface values holding values of `dt`.
unsafe fn dynamic_equal(dt: TypeRef, p: *const u8, q: *const u8) -> AlgResult<bool> {
    if dt.equal().is_null() {
        return Err(AlgError::Uncomparable(dt));
    }
    // SAFETY: forwarded; for pointer-shaped types the data words are the
    // values, and typeequal compares them as such.
    unsafe { typeequal(dt, dynamic_value(dt, p), dynamic_value(dt, q)) }
}

/// Interface equality (Go's `nilinterequal`/`interequal`, which call
/// `efaceeq`/`ifaceeq`): same type (or itab) word, then equal dynamic
/// values; comparing two values of an incomparable dynamic type fails.
///
/// # Safety
/// `p` and `q` must point at readable interface values of type `t`.
pub unsafe fn interequal(t: TypeRef, p: *const u8, q: *const u8) -> AlgResult<bool> {
    // SAFETY: forwarded.
    unsafe {
        if word(p) != word(q) {
            return Ok(false);
        }
        match dynamic_type(t, p) {
            None => Ok(true),
            Some(dt) => dynamic_equal(dt, p, q),
        }
    }
}

/// Go's `efaceeq(t, x, y)` for the compiler's interface comparisons: the
/// dynamic values of two `any`s known to have dynamic type `dt`, given
/// by their data words.
///
/// # Safety
/// `x` and `y` must be data words of interface values holding `dt`.
pub unsafe fn efaceeq(dt: TypeRef, x: u64, y: u64) -> AlgResult<bool> {
    let (p, q) = ([0, x], [0, y]);
    // SAFETY: two-word arrays laid out as interface values.
    unsafe { dynamic_equal(dt, p.as_ptr().cast(), q.as_ptr().cast()) }
}

/// Go's `ifaceeq(tab, x, y)`: as [`efaceeq`] with the itab's type.
///
/// # Safety
/// `tab` must be a non-null itab; `x`, `y` data words holding its type.
pub unsafe fn ifaceeq(tab: *const u8, x: u64, y: u64) -> AlgResult<bool> {
    // SAFETY: forwarded.
    unsafe { efaceeq(TypeRef(TypeRef(tab).field(layout::ITAB_TYPE)), x, y) }
}

/// Go's typed equality (`typ.Equal`): whether the values at `p` and `q`
/// of type `t` are `==`.
///
/// # Safety
/// `p` and `q` must point at readable values of type `t`.
pub unsafe fn typeequal(t: TypeRef, p: *const u8, q: *const u8) -> AlgResult<bool> {
    // SAFETY: each case reads the values as the descriptor lays them out.
    unsafe {
        if t.tflag() & tflag::REGULAR_MEMORY != 0 {
            return Ok(memequal(p, q, t.size()));
        }
        Ok(match t.kind() {
            kind::FLOAT32 => f32equal(p, q),
            kind::FLOAT64 => f64equal(p, q),
            kind::COMPLEX64 => f32equal(p, q) && f32equal(p.add(4), q.add(4)),
            kind::COMPLEX128 => f64equal(p, q) && f64equal(p.add(8), q.add(8)),
            kind::STRING => strequal(p, q),
            kind::INTERFACE => interequal(t, p, q)?,
            kind::ARRAY => {
                let (elem, mut offs) = array_elems(t);
                let mut eq = true;
                while let (true, Some(off)) = (eq, offs.next()) {
                    eq = typeequal(elem, p.add(off), q.add(off))?;
                }
                eq
            }
            kind::STRUCT => {
                let mut eq = true;
                let mut fields = hashed_fields(t);
                while let (true, Some((ft, off))) = (eq, fields.next()) {
                    eq = typeequal(ft, p.add(off), q.add(off))?;
                }
                eq
            }
            _ if t.equal().is_null() => return Err(AlgError::Uncomparable(t)),
            _ => memequal(p, q, t.size()),
        })
    }
}

#[cfg(test)]
mod tests;
