//! Go maps: Go 1.27's Swiss-table layout (`internal/runtime/maps`) in Go
//! heap memory, and the runtime entry points compiled code calls
//! (`runtime/map.go`, `maps/runtime.go`: `makemap`, `mapaccess1`,
//! `mapaccess2`, `mapassign`, `mapdelete`, `mapclear`, `maplen`,
//! `mapiterinit`, `mapiternext`).
//!
//! `group` (control words, slots, the group layout gc gives `map[K]V`),
//! `table` (one Swiss table: probing, growth, tombstones, splits), `map`
//! (the header, small maps, the directory), `iter` (range).
//!
//! Every entry point takes the map's `*abi.MapType` descriptor and reads
//! key/elem sizes, the slot layout and the flags from it; keys are hashed
//! and compared by `alg`. A map value is a `*Map` (nil for a nil map).
//! Errors are Go's run-time errors (`RuntimeError`, type names read from
//! `module`), returned for the caller to raise; none leaves a map
//! half-updated, since the key is hashed before anything changes.

pub mod group;
pub mod iter;
pub mod map;
pub mod table;

use crate::abi::{Module, TypeRef};
use crate::alg::{AlgError, AlgResult};
use crate::malloc::Heap;
use crate::panic::RuntimeError;
use group::MapTy;
pub use iter::Iter;
pub use map::Map;
use map::map_mut;

/// Bytes of the shared zero value (`abi.ZeroValSize`) that lookups of
/// missing keys return a pointer to.
pub const ZERO_VAL_SIZE: usize = 1024;
static ZERO_VAL: [u64; ZERO_VAL_SIZE / 8] = [0; ZERO_VAL_SIZE / 8];

/// A read-only zero value of the map's elem type: the shared one, or for
/// elems larger than it a fresh zeroed object (gc's `mapaccess1_fat`
/// passes a per-type zero instead).
fn zero_elem(heap: &mut Heap, t: &MapTy) -> *const u8 {
    if t.elem.size() <= ZERO_VAL_SIZE {
        ZERO_VAL.as_ptr().cast()
    } else {
        group::new_object(heap, t.elem)
    }
}

/// `make(map[K]V, hint)`: a negative or impossible hint is ignored.
pub fn makemap(heap: &mut Heap, typ: TypeRef, hint: i64) -> *mut Map {
    map::new_map(heap, &MapTy::read(typ), hint.max(0) as u64)
}

/// `len(m)`.
///
/// # Safety
/// `m` must be null or a live map.
pub unsafe fn maplen(m: *mut Map) -> i64 {
    if m.is_null() {
        0
    } else {
        map_mut(m).used as i64
    }
}

/// A failed hash or comparison as Go's run-time error.
fn rt<T>(module: &Module, r: AlgResult<T>) -> Result<T, RuntimeError> {
    r.map_err(|e| e.into_runtime_error(module))
}

/// Go's `mapKeyError`: a lookup or delete on an empty or nil map still
/// fails for a key containing an unhashable dynamic type, with
/// `maps.unhashableTypeError`'s wording.
///
/// # Safety
/// `key` must point at a readable key of the map's key type.
unsafe fn map_key_error(module: &Module, t: &MapTy, key: *const u8) -> Result<(), RuntimeError> {
    if !t.hash_might_panic() {
        return Ok(());
    }
    // SAFETY: forwarded. Hashing walks the key exactly as Go's
    // `mapKeyError2` does and fails on the same dynamic types; the hash
    // itself is not needed.
    match unsafe { crate::alg::typehash(t.key, key, 0) } {
        Err(AlgError::Unhashable(t)) => Err(RuntimeError::MapKeyUnhashable(t.string(module))),
        r => rt(module, r.map(drop)),
    }
}

/// `v := m[k]`: the elem, or a zero value when absent.
///
/// # Safety
/// `m` must be null or a live map of type `typ`; `key` a readable key.
pub unsafe fn mapaccess1(
    heap: &mut Heap,
    module: &Module,
    typ: TypeRef,
    m: *mut Map,
    key: *const u8,
) -> Result<*const u8, RuntimeError> {
    // SAFETY: forwarded.
    unsafe { mapaccess2(heap, module, typ, m, key).map(|(p, _)| p) }
}

/// `v, ok := m[k]`.
///
/// # Safety
/// As [`mapaccess1`].
pub unsafe fn mapaccess2(
    heap: &mut Heap,
    module: &Module,
    typ: TypeRef,
    m: *mut Map,
    key: *const u8,
) -> Result<(*const u8, bool), RuntimeError> {
    let t = MapTy::read(typ);
    // SAFETY: forwarded.
    unsafe {
        if m.is_null() || map_mut(m).used == 0 {
            map_key_error(module, &t, key)?;
            return Ok((zero_elem(heap, &t), false));
        }
        Ok(match rt(module, map_mut(m).get(&t, key))? {
            Some((_, elem)) => (elem, true),
            None => (zero_elem(heap, &t), false),
        })
    }
}

/// `m[k] = ...`: the elem slot to store into, inserting `k` if absent.
///
/// # Safety
/// As [`mapaccess1`].
pub unsafe fn mapassign(
    heap: &mut Heap,
    module: &Module,
    typ: TypeRef,
    m: *mut Map,
    key: *const u8,
) -> Result<*mut u8, RuntimeError> {
    if m.is_null() {
        return Err(RuntimeError::NilMapAssign);
    }
    // SAFETY: forwarded.
    rt(module, unsafe {
        map_mut(m).put_slot(heap, &MapTy::read(typ), key)
    })
}

/// `delete(m, k)`.
///
/// # Safety
/// As [`mapaccess1`].
pub unsafe fn mapdelete(
    module: &Module,
    typ: TypeRef,
    m: *mut Map,
    key: *const u8,
) -> Result<(), RuntimeError> {
    let t = MapTy::read(typ);
    // SAFETY: forwarded.
    unsafe {
        if m.is_null() || map_mut(m).used == 0 {
            return map_key_error(module, &t, key);
        }
        rt(module, map_mut(m).delete(&t, key))
    }
}

/// `clear(m)`.
///
/// # Safety
/// `m` must be null or a live map of type `typ`.
pub unsafe fn mapclear(typ: TypeRef, m: *mut Map) {
    if !m.is_null() {
        map_mut(m).clear(&MapTy::read(typ));
    }
}

/// Starts `range m` with the iterator at `it` and moves to the first
/// entry (`it.key` null if none).
///
/// # Safety
/// `it` must point at 12 writable words; `m` null or a live map of `typ`.
pub unsafe fn mapiterinit(
    module: &Module,
    typ: TypeRef,
    m: *mut Map,
    it: *mut Iter,
) -> Result<(), RuntimeError> {
    // SAFETY: the caller provides the iterator's memory.
    let it = unsafe { &mut *it };
    it.init(typ, m);
    rt(module, it.advance())
}

/// Moves `range`'s iterator to the next entry.
///
/// # Safety
/// `it` must be an iterator started by [`mapiterinit`].
pub unsafe fn mapiternext(module: &Module, it: *mut Iter) -> Result<(), RuntimeError> {
    // SAFETY: the caller provides a started iterator.
    rt(module, unsafe { (*it).advance() })
}

#[cfg(test)]
mod tests;
