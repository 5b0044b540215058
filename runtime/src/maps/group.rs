//! Groups: the unit of a Swiss table (Go's `internal/runtime/maps/group.go`).
//!
//! A group is a 64-bit control word followed by 8 slots (Go 1.27's
//! default interleaved layout, GOEXPERIMENT=mapsplitgroup off: each slot
//! is a `struct{ key K; elem V }`). Control byte `i` (byte `i` of the
//! little-endian word) describes slot `i`: `0x80` empty, `0xFE` deleted
//! (a tombstone), or `0b0hhhhhhh` full, where `h` is the slot's key's
//! `h2`, the low 7 bits of its hash. Keys or elems larger than 128 bytes
//! are stored indirectly: the slot holds a pointer to a heap copy.
//!
//! The match functions answer "which slots may hold this?" for all 8
//! slots at once with word arithmetic; a [`Bitset`] has bit 7 of byte `i`
//! set for each matching slot. `match_h2` may report false positives,
//! but only on full slots (callers compare keys anyway); it never reports
//! an empty or deleted slot.

use crate::abi::{self, TypeRef, layout, mapflag};
use crate::malloc::Heap;

/// Slots per group (`abi.MapGroupSlots`).
pub const SLOTS: usize = abi::MAP_GROUP_SLOTS as usize;
/// log2 of [`SLOTS`].
pub const SLOTS_BITS: u32 = 3;
/// Control byte of an empty slot.
pub const CTRL_EMPTY: u8 = 0b1000_0000;
/// Control byte of a deleted slot (tombstone).
pub const CTRL_DELETED: u8 = 0b1111_1110;
/// Keys and elems above this size are stored indirectly.
pub const MAX_KEY_BYTES: usize = abi::MAP_MAX_KEY_BYTES as usize;
pub const MAX_ELEM_BYTES: usize = abi::MAP_MAX_ELEM_BYTES as usize;

const BITSET_LSB: u64 = 0x0101_0101_0101_0101;
const BITSET_MSB: u64 = 0x8080_8080_8080_8080;
/// A control word with every slot empty (`abi.MapCtrlEmpty`).
pub const CTRL_WORD_EMPTY: u64 = BITSET_LSB * CTRL_EMPTY as u64;

/// A set of slots of one group: bit 7 of byte `i` is slot `i`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bitset(pub u64);

impl Bitset {
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The lowest slot in the set (8 when empty).
    pub fn first(self) -> usize {
        (self.0.trailing_zeros() >> 3) as usize
    }

    pub fn remove_first(self) -> Bitset {
        Bitset(self.0 & self.0.wrapping_sub(1))
    }

    /// The set without slots below `i`.
    pub fn remove_below(self, i: usize) -> Bitset {
        Bitset(self.0 & !((1u64 << (8 * i)) - 1))
    }

    pub fn count(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The slots in the set, lowest first.
    pub fn slots(self) -> impl Iterator<Item = usize> {
        let mut b = self;
        std::iter::from_fn(move || {
            (!b.is_empty()).then(|| {
                let i = b.first();
                b = b.remove_first();
                i
            })
        })
    }
}

/// Slots whose control byte is `h2` (and possibly some other full slots).
pub fn match_h2(ctrl: u64, h2: u8) -> Bitset {
    let v = ctrl ^ (BITSET_LSB * h2 as u64);
    // A zero byte borrows in the subtraction and keeps its top bit in !v.
    Bitset(v.wrapping_sub(BITSET_LSB) & !v & BITSET_MSB)
}

/// Empty slots: top bit set and bit 1 clear (deleted has bit 1 set).
pub fn match_empty(ctrl: u64) -> Bitset {
    Bitset(ctrl & !(ctrl << 6) & BITSET_MSB)
}

/// Empty or deleted slots: top bit set.
pub fn match_empty_or_deleted(ctrl: u64) -> Bitset {
    Bitset(ctrl & BITSET_MSB)
}

/// Full slots: top bit clear.
pub fn match_full(ctrl: u64) -> Bitset {
    Bitset(!ctrl & BITSET_MSB)
}

/// Where keys and elems sit in a group, as `abi.MapType` records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupLayout {
    pub group_size: usize,
    pub keys_off: usize,
    pub key_stride: usize,
    pub elems_off: usize,
    pub elem_stride: usize,
    /// Offset of the elem within a slot (`MapType.ElemOff`).
    pub elem_off: usize,
    pub indirect_key: bool,
    pub indirect_elem: bool,
}

/// The group layout gc gives `map[K]V` (cmd/compile's `MapGroupType`):
/// `struct{ ctrl uint64; slots [8]struct{ key K; elem V } }`, with keys
/// or elems over 128 bytes replaced by pointers, laid out by gc's struct
/// rules (a struct ending in a zero-size field gets a byte of padding).
pub fn group_layout(
    key_size: usize,
    key_align: usize,
    elem_size: usize,
    elem_align: usize,
) -> GroupLayout {
    let indirect_key = key_size > MAX_KEY_BYTES;
    let indirect_elem = elem_size > MAX_ELEM_BYTES;
    let (ks, ka) = if indirect_key {
        (8, 8)
    } else {
        (key_size, key_align.max(1))
    };
    let (es, ea) = if indirect_elem {
        (8, 8)
    } else {
        (elem_size, elem_align.max(1))
    };
    let elem_off = ks.next_multiple_of(ea);
    let mut end = elem_off + es;
    if es == 0 && end > 0 {
        end += 1;
    }
    let slot = end.next_multiple_of(ka.max(ea));
    let keys_off = 8;
    // With zero-size slots the group itself ends in a zero-size field.
    let group_size = (keys_off + SLOTS * slot + usize::from(slot == 0)).next_multiple_of(8);
    GroupLayout {
        group_size,
        keys_off,
        key_stride: slot,
        elems_off: keys_off + elem_off,
        elem_stride: slot,
        elem_off,
        indirect_key,
        indirect_elem,
    }
}

/// The fields of a `*abi.MapType` the map code uses, read once per
/// operation.
#[derive(Clone, Copy, Debug)]
pub struct MapTy {
    pub key: TypeRef,
    pub elem: TypeRef,
    pub group_size: usize,
    pub keys_off: usize,
    pub key_stride: usize,
    pub elems_off: usize,
    pub elem_stride: usize,
    pub flags: u32,
}

impl MapTy {
    pub fn read(t: TypeRef) -> MapTy {
        MapTy {
            key: TypeRef(t.field(layout::MAP_KEY)),
            elem: TypeRef(t.field(layout::MAP_ELEM)),
            group_size: t.field(layout::MAP_GROUP_SIZE),
            keys_off: t.field(layout::MAP_KEYS_OFF),
            key_stride: t.field(layout::MAP_KEY_STRIDE),
            elems_off: t.field(layout::MAP_ELEMS_OFF),
            elem_stride: t.field(layout::MAP_ELEM_STRIDE),
            flags: t.field(layout::MAP_FLAGS),
        }
    }

    pub fn indirect_key(&self) -> bool {
        self.flags & mapflag::INDIRECT_KEY != 0
    }

    pub fn indirect_elem(&self) -> bool {
        self.flags & mapflag::INDIRECT_ELEM != 0
    }

    pub fn need_key_update(&self) -> bool {
        self.flags & mapflag::NEED_KEY_UPDATE != 0
    }

    pub fn hash_might_panic(&self) -> bool {
        self.flags & mapflag::HASH_MIGHT_PANIC != 0
    }
}

/// One group in Go memory.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GroupRef(pub *mut u8);

impl GroupRef {
    pub fn ctrls(self) -> u64 {
        // SAFETY: a GroupRef points at a live, 8-aligned group whose
        // first word is its control word.
        unsafe { self.0.cast::<u64>().read() }
    }

    pub fn set_ctrls(self, w: u64) {
        // SAFETY: as `ctrls`.
        unsafe { self.0.cast::<u64>().write(w) }
    }

    pub fn get(self, i: usize) -> u8 {
        (self.ctrls() >> (8 * i)) as u8
    }

    pub fn set(self, i: usize, c: u8) {
        // SAFETY: byte i < 8 of the control word (little-endian order).
        unsafe { self.0.add(i).write(c) }
    }

    pub fn set_empty(self) {
        self.set_ctrls(CTRL_WORD_EMPTY);
    }

    pub fn is_full(self, i: usize) -> bool {
        self.get(i) & CTRL_EMPTY == 0
    }

    /// The slot's key field (the key, or the pointer to it if indirect).
    pub fn key_slot(self, t: &MapTy, i: usize) -> *mut u8 {
        self.0.wrapping_add(t.keys_off + i * t.key_stride)
    }

    /// The slot's elem field (the elem, or the pointer to it if indirect).
    pub fn elem_slot(self, t: &MapTy, i: usize) -> *mut u8 {
        self.0.wrapping_add(t.elems_off + i * t.elem_stride)
    }

    /// The key stored in slot `i` (through its pointer if indirect).
    pub fn key(self, t: &MapTy, i: usize) -> *mut u8 {
        deref_if(self.key_slot(t, i), t.indirect_key())
    }

    /// The elem stored in slot `i` (through its pointer if indirect).
    pub fn elem(self, t: &MapTy, i: usize) -> *mut u8 {
        deref_if(self.elem_slot(t, i), t.indirect_elem())
    }
}

/// `*p` as a pointer when `indirect`, else `p`.
fn deref_if(p: *mut u8, indirect: bool) -> *mut u8 {
    if !indirect {
        return p;
    }
    // SAFETY: an indirect slot field is an aligned pointer word.
    unsafe { p.cast::<*mut u8>().read() }
}

/// Group `i` of an array of groups starting at `data`.
pub fn group_at(t: &MapTy, data: *mut u8, i: u64) -> GroupRef {
    GroupRef(data.wrapping_add(i as usize * t.group_size))
}

/// A new zeroed object of type `typ` (Go's `newobject`).
pub fn new_object(heap: &mut Heap, typ: TypeRef) -> *mut u8 {
    heap.mallocgc(typ.size(), typ.ptr_bytes() == 0, true)
}

/// A new zeroed runtime structure of `bytes` bytes that holds pointers
/// (map headers, tables, directories).
pub fn new_struct(heap: &mut Heap, bytes: usize) -> *mut u8 {
    heap.mallocgc(bytes, false, true)
}

/// A new array of `n` groups, every slot empty (Go's `newGroups`). New
/// slots are zeroed: an inserted key's elem starts as the zero value.
pub fn new_groups(heap: &mut Heap, t: &MapTy, n: u64) -> *mut u8 {
    let noscan = !t.indirect_key()
        && !t.indirect_elem()
        && t.key.ptr_bytes() == 0
        && t.elem.ptr_bytes() == 0;
    let data = heap.mallocgc(n as usize * t.group_size, noscan, true);
    for i in 0..n {
        group_at(t, data, i).set_empty();
    }
    data
}

/// Copies a value of type `typ` (Go's `typedmemmove`).
pub(crate) fn typedmemmove(typ: TypeRef, dst: *mut u8, src: *const u8) {
    // SAFETY: callers pass a slot or heap copy of `typ` as dst and a
    // readable value of `typ` as src; they may alias only when equal.
    unsafe { std::ptr::copy(src, dst, typ.size()) }
}

/// Zeroes `n` bytes at `p` (Go's `typedmemclr`/`memclrNoHeapPointers`).
pub(crate) fn memclr(p: *mut u8, n: usize) {
    // SAFETY: callers pass a slot, group or elem of at least n bytes.
    unsafe { std::ptr::write_bytes(p, 0, n) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctrl(bytes: [u8; 8]) -> u64 {
        u64::from_le_bytes(bytes)
    }

    #[test]
    fn an_empty_group_matches_only_empty() {
        let w = CTRL_WORD_EMPTY;
        assert_eq!(match_empty(w).count(), 8);
        assert_eq!(match_empty_or_deleted(w).count(), 8);
        assert!(match_full(w).is_empty());
        for h in 0..128 {
            assert!(match_h2(w, h).is_empty(), "h2 {h} matched an empty slot");
        }
    }

    #[test]
    fn deleted_slots_are_neither_empty_nor_full() {
        let w = ctrl([
            CTRL_DELETED,
            5,
            CTRL_EMPTY,
            5,
            0x7f,
            CTRL_DELETED,
            0,
            CTRL_EMPTY,
        ]);
        assert_eq!(match_empty(w).slots().collect::<Vec<_>>(), [2, 7]);
        assert_eq!(
            match_empty_or_deleted(w).slots().collect::<Vec<_>>(),
            [0, 2, 5, 7]
        );
        assert_eq!(match_full(w).slots().collect::<Vec<_>>(), [1, 3, 4, 6]);
        assert_eq!(match_h2(w, 5).slots().collect::<Vec<_>>(), [1, 3]);
        assert_eq!(match_h2(w, 0x7f).slots().collect::<Vec<_>>(), [4]);
    }

    #[test]
    fn h2_false_positives_are_only_full_slots() {
        // Every arrangement of one true match next to any control byte:
        // an extra match, if any, must be a full slot.
        for h in 0..128u8 {
            for other in 0..=255u8 {
                let w = ctrl([h, other, h, other, other, h, other, other]);
                for i in match_h2(w, h).slots() {
                    let c = (w >> (8 * i)) as u8;
                    assert!(c & CTRL_EMPTY == 0, "h2 {h} matched ctrl {c:#x}");
                }
                assert!(match_h2(w, h).count() >= 3);
            }
        }
    }

    #[test]
    fn bitset_remove_below_keeps_higher_slots() {
        let b = match_full(ctrl([1, 2, 3, 4, 5, 6, 7, 8]));
        assert_eq!(b.remove_below(5).slots().collect::<Vec<_>>(), [5, 6, 7]);
        assert_eq!(b.remove_below(0), b);
        assert_eq!(Bitset(0).first(), 8);
    }

    #[test]
    fn group_layout_interleaves_keys_and_elems() {
        // map[int64]int8: slot {int64; int8} is 16 bytes.
        let l = group_layout(8, 8, 1, 1);
        assert_eq!((l.keys_off, l.key_stride, l.elem_off), (8, 16, 8));
        assert_eq!((l.elems_off, l.elem_stride, l.group_size), (16, 16, 136));
        // map[int8]string: elem aligned to 8 after the 1-byte key.
        let l = group_layout(1, 1, 16, 8);
        assert_eq!(
            (l.elem_off, l.key_stride, l.group_size),
            (8, 24, 8 + 8 * 24)
        );
        // map[int]struct{}: a trailing zero-size field takes a byte.
        let l = group_layout(8, 8, 0, 1);
        assert_eq!(l.key_stride, 16);
        // map[[200]byte][129]byte: both stored by pointer.
        let l = group_layout(200, 1, 129, 1);
        assert!(l.indirect_key && l.indirect_elem);
        assert_eq!((l.key_stride, l.elem_off), (16, 8));
        // map[struct{}]struct{}: the group is padded past its control word.
        let l = group_layout(0, 1, 0, 1);
        assert_eq!((l.key_stride, l.group_size), (0, 16));
        // 128 bytes is still inline.
        assert!(!group_layout(128, 8, 8, 8).indirect_key);
    }
}
