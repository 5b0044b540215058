//! Map iteration (Go's `maps.Iter`, the `range` over a map).
//!
//! An iterator starts at a random table of the directory (`dirOffset`)
//! and a random slot (`entryOffset`), then walks slots in order,
//! wrapping around, table after table. A small map therefore iterates
//! as a rotation of its slot order. Go's rules for a map modified during
//! `range` hold: an entry deleted before it is reached is not produced;
//! an entry added may or may not be; every other entry is produced
//! exactly once. Growth keeps this: the iterator keeps walking the table
//! (or small group) it started on, which is no longer the map's once
//! replaced (`index == -1` or `dirLen > 0`), and looks each key up in
//! the map to skip deleted entries and produce current elems. A split
//! that doubles the directory is followed by rescaling the directory
//! position (`globalDepth` changed). NaN keys, which lookups never find,
//! are produced from the old memory unless the map was cleared since the
//! iterator started (`clearSeq`).
//!
//! Invariant: `key` is null exactly when iteration has ended (the
//! compiled `range` loop tests it, as gc's does).

use super::group::{GroupRef, MapTy, SLOTS, SLOTS_BITS};
use super::map::Map;
use super::table::{Table, tab};
use crate::abi::TypeRef;
use crate::alg::{AlgResult, typeequal};
use crate::rand::rand;

/// Go's `maps.Iter` (96 bytes, 12 words).
#[repr(C)]
pub struct Iter {
    /// The current entry's key and elem; null key at the end.
    pub key: *mut u8,
    pub elem: *mut u8,
    /// The `*abi.MapType`.
    pub typ: *const u8,
    pub m: *mut Map,
    pub entry_offset: u64,
    pub dir_offset: u64,
    pub clear_seq: u64,
    pub global_depth: u8,
    /// Position in the directory; -1 iterating a small map's group.
    pub dir_idx: i64,
    pub tab: *mut Table,
    pub group: *mut u8,
    /// Slots of the current table (or group) visited so far.
    pub entry_idx: u64,
}

/// An (key, elem) entry found by the iterator.
type Entry = (*mut u8, *mut u8);

impl Iter {
    /// Go's `Iter.Init`: a fresh iterator over `m` (nil or empty: none).
    pub fn init(&mut self, typ: TypeRef, m: *mut Map) {
        *self = Iter {
            key: std::ptr::null_mut(),
            elem: std::ptr::null_mut(),
            typ: typ.0,
            m: std::ptr::null_mut(),
            entry_offset: 0,
            dir_offset: 0,
            clear_seq: 0,
            global_depth: 0,
            dir_idx: 0,
            tab: std::ptr::null_mut(),
            group: std::ptr::null_mut(),
            entry_idx: 0,
        };
        if m.is_null() {
            return;
        }
        let mm = map_ref(m);
        if mm.used == 0 {
            return;
        }
        self.m = m;
        self.entry_offset = rand();
        self.dir_offset = rand();
        self.global_depth = mm.global_depth;
        self.clear_seq = mm.clear_seq;
        if mm.is_small() {
            self.dir_idx = -1;
            self.group = mm.dir_ptr;
        }
    }

    /// Go's `Iter.Next`: moves to the next entry (`key` null at the end).
    pub fn advance(&mut self) -> AlgResult<()> {
        let found = if self.m.is_null() {
            None
        } else {
            let t = MapTy::read(TypeRef(self.typ));
            if self.dir_idx < 0 {
                self.next_small(&t)?
            } else {
                self.next_in_tables(&t)?
            }
        };
        (self.key, self.elem) = found.unwrap_or((std::ptr::null_mut(), std::ptr::null_mut()));
        Ok(())
    }

    /// The next full slot of the small map's group, in rotated order.
    fn next_small(&mut self, t: &MapTy) -> AlgResult<Option<Entry>> {
        let g = GroupRef(self.group);
        while self.entry_idx < SLOTS as u64 {
            let k = (self.entry_idx.wrapping_add(self.entry_offset) % SLOTS as u64) as usize;
            self.entry_idx += 1;
            if !g.is_full(k) {
                continue;
            }
            // The map grew into tables: this group is history.
            let grown = !map_ref(self.m).is_small();
            if let Some(e) = self.entry(t, g, k, grown)? {
                return Ok(Some(e));
            }
        }
        Ok(None)
    }

    /// The next full slot of the directory's tables.
    fn next_in_tables(&mut self, t: &MapTy) -> AlgResult<Option<Entry>> {
        let m = map_ref(self.m);
        if self.global_depth != m.global_depth {
            // The directory doubled (maybe more than once): the same
            // position is now further along it.
            let orders = m.global_depth - self.global_depth;
            self.dir_idx <<= orders;
            self.dir_offset <<= orders;
            self.global_depth = m.global_depth;
        }
        while self.dir_idx < m.dir_len {
            if self.tab.is_null() {
                self.tab = self.table_at_position(m);
            }
            let tb = tab(self.tab);
            let mask = tb.capacity as u64 - 1;
            while self.entry_idx <= mask {
                let e = self.entry_idx.wrapping_add(self.entry_offset) & mask;
                let slot = (e & (SLOTS as u64 - 1)) as usize;
                if slot == 0 || self.group.is_null() {
                    self.group = tb.group(t, e >> SLOTS_BITS).0;
                }
                self.entry_idx += 1;
                let g = GroupRef(self.group);
                if !g.is_full(slot) {
                    continue;
                }
                if let Some(e) = self.entry(t, g, slot, tb.index == -1)? {
                    return Ok(Some(e));
                }
            }
            // Skip every directory entry that points at this table.
            self.dir_idx += 1i64 << (m.global_depth - tb.local_depth);
            self.tab = std::ptr::null_mut();
            self.group = std::ptr::null_mut();
            self.entry_idx = 0;
        }
        Ok(None)
    }

    /// The table at the current (offset) directory position. A table
    /// spanning several entries is entered at its first one, and the
    /// offset adjusted so the following positions stay in step.
    fn table_at_position(&mut self, m: &Map) -> *mut Table {
        let pos = (self.dir_idx as u64).wrapping_add(self.dir_offset) & (m.dir_len as u64 - 1);
        let tb = m.directory_at(pos as usize);
        let index = tab(tb).index;
        if index != pos as i64 {
            self.dir_offset = self.dir_offset.wrapping_sub((pos as i64 - index) as u64);
        }
        tb
    }

    /// The entry in full slot `i` of `g`; for a replaced table or group
    /// (`stale`), as the map has it now (None if deleted since).
    fn entry(&self, t: &MapTy, g: GroupRef, i: usize, stale: bool) -> AlgResult<Option<Entry>> {
        let key = g.key(t, i);
        if !stale {
            return Ok(Some((key, g.elem(t, i))));
        }
        let m = map_ref(self.m);
        // SAFETY: a full slot holds a live key.
        if let Some(e) = unsafe { m.get(t, key)? } {
            return Ok(Some(e));
        }
        // A NaN key cannot be looked up but is still in the map, unless
        // the map was cleared.
        // SAFETY: as above.
        let nan = unsafe { !typeequal(t.key, key, key)? };
        Ok((nan && self.clear_seq == m.clear_seq).then(|| (key, g.elem(t, i))))
    }
}

fn map_ref<'a>(p: *mut Map) -> &'a Map {
    // SAFETY: an iterator's map is a live map header (Go heap, never
    // freed); the iterator only reads it.
    unsafe { &*p }
}
