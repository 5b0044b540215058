//! The map header and its directory (Go's `internal/runtime/maps/map.go`).
//!
//! A map value is a pointer to a [`Map`] header in Go heap memory. A map
//! starts small: `dirPtr` is one group of 8 slots, `dirLen` is 0, and
//! entries fill slots in order (so a small map iterates as a rotation of
//! insertion order). The 9th key turns it into a directory of tables:
//! `dirPtr` is an array of `dirLen = 2^globalDepth` table pointers
//! indexed by the hash's top `globalDepth` bits; a table with
//! `localDepth < globalDepth` appears in `2^(globalDepth - localDepth)`
//! consecutive entries, starting at its `index`.
//!
//! Invariants: `used` is the number of entries; `seed` changes whenever
//! the map becomes empty (delete of the last entry, clear); `clearSeq`
//! counts clears (iterators use it to tell "deleted" from "cleared");
//! nil `dirPtr` means no memory yet. `writing` is Go's concurrent-write
//! detector; goviz's map operations never yield mid-way, so it stays 0.

use super::group::{
    GroupRef, MapTy, SLOTS, match_empty_or_deleted, match_full, memclr, new_groups, new_struct,
    typedmemmove,
};
use super::table::{
    self, MAX_AVG_GROUP_LOAD, MAX_TABLE_CAPACITY, Table, fill_new, find_in_group, h2, new_table,
    tab,
};
use crate::alg::{AlgResult, typehash};
use crate::malloc::Heap;
use crate::rand::rand;

/// Go's `maps.Map` (48 bytes).
#[repr(C)]
pub struct Map {
    pub used: u64,
    pub seed: u64,
    /// The small map's group, or the directory of table pointers.
    pub dir_ptr: *mut u8,
    /// 0 for a small map, else `2^global_depth`.
    pub dir_len: i64,
    pub global_depth: u8,
    /// `64 - global_depth`: the shift taking a hash to its directory index.
    pub global_shift: u8,
    pub writing: u8,
    pub tombstone_possible: bool,
    pub clear_seq: u64,
}

/// The largest allocation Go allows on amd64 (`maxAlloc`).
const MAX_ALLOC: u64 = 1 << 48;

/// The map at `p` (a live map header).
pub(crate) fn map_mut<'a>(p: *mut Map) -> &'a mut Map {
    // SAFETY: map pointers come from `new_map` (Go heap, never freed);
    // each runtime entry point derives one reference for its duration.
    unsafe { &mut *p }
}

fn depth_to_shift(depth: u8) -> u8 {
    64 - depth
}

/// Go's `NewMap`: a map sized for `hint` entries. Up to 8 entries need
/// no memory until the first insert; more get a directory of tables
/// with room for `hint` at 7/8 load. An impossible hint gives an empty
/// map (Go does not panic).
pub fn new_map(heap: &mut Heap, t: &MapTy, hint: u64) -> *mut Map {
    let p = new_struct(heap, size_of::<Map>()).cast::<Map>();
    let m = map_mut(p);
    m.seed = rand();
    if hint <= SLOTS as u64 {
        return p;
    }
    let Some(target) = hint
        .checked_mul(SLOTS as u64)
        .map(|c| c / MAX_AVG_GROUP_LOAD as u64)
    else {
        return p;
    };
    let dir_size = target
        .div_ceil(MAX_TABLE_CAPACITY as u64)
        .next_power_of_two();
    let fits = dir_size
        .checked_mul(MAX_TABLE_CAPACITY as u64 / SLOTS as u64)
        .and_then(|groups| groups.checked_mul(t.group_size as u64))
        .is_some_and(|bytes| bytes <= MAX_ALLOC);
    if !fits {
        return p;
    }
    m.global_depth = dir_size.trailing_zeros() as u8;
    m.global_shift = depth_to_shift(m.global_depth);
    m.dir_ptr = new_struct(heap, 8 * dir_size as usize);
    m.dir_len = dir_size as i64;
    for i in 0..dir_size {
        let tb = new_table(heap, t, target / dir_size, i as i64, m.global_depth);
        m.directory_set(i as usize, tb);
    }
    p
}

impl Map {
    pub fn is_small(&self) -> bool {
        self.dir_len == 0
    }

    /// The small map's group.
    pub fn small_group(&self) -> GroupRef {
        GroupRef(self.dir_ptr)
    }

    pub fn directory_index(&self, hash: u64) -> usize {
        if self.dir_len == 1 {
            return 0;
        }
        (hash >> (self.global_shift & 63)) as usize
    }

    pub fn directory_at(&self, i: usize) -> *mut Table {
        // SAFETY: i < dir_len; the directory is an array of table words.
        unsafe { self.dir_ptr.cast::<*mut Table>().add(i).read() }
    }

    fn directory_set(&mut self, i: usize, tb: *mut Table) {
        // SAFETY: as `directory_at`.
        unsafe { self.dir_ptr.cast::<*mut Table>().add(i).write(tb) }
    }

    /// Points every directory entry of `nt`'s range at `nt`.
    pub fn replace_table(&mut self, nt: *mut Table) {
        let (index, depth) = (tab(nt).index, tab(nt).local_depth);
        let entries = 1usize << (self.global_depth - depth);
        for i in 0..entries {
            self.directory_set(index as usize + i, nt);
        }
    }

    /// Go's `installTableSplit`: `left` and `right` replace `old`,
    /// doubling the directory first if `old` used every index bit.
    pub fn install_table_split(
        &mut self,
        heap: &mut Heap,
        old: *mut Table,
        left: *mut Table,
        right: *mut Table,
    ) {
        if tab(old).local_depth == self.global_depth {
            let len = self.dir_len as usize;
            let new_dir = new_struct(heap, 16 * len);
            for i in 0..len {
                let tb = self.directory_at(i);
                // SAFETY: the new directory has 2 * len entries.
                unsafe {
                    new_dir.cast::<*mut Table>().add(2 * i).write(tb);
                    new_dir.cast::<*mut Table>().add(2 * i + 1).write(tb);
                }
                if tab(tb).index == i as i64 {
                    tab(tb).index = 2 * i as i64;
                }
            }
            self.global_depth += 1;
            self.global_shift -= 1;
            self.dir_ptr = new_dir;
            self.dir_len = 2 * len as i64;
        }
        tab(left).index = tab(old).index;
        self.replace_table(left);
        let entries = 1i64 << (self.global_depth - tab(left).local_depth);
        tab(right).index = tab(left).index + entries;
        self.replace_table(right);
    }

    /// Each distinct table of the directory once.
    pub fn tables(&self) -> impl Iterator<Item = *mut Table> + '_ {
        let mut last = std::ptr::null_mut();
        (0..self.dir_len.max(0) as usize).filter_map(move |i| {
            let tb = self.directory_at(i);
            (tb != last).then(|| {
                last = tb;
                tb
            })
        })
    }

    /// Go's `getWithKey`: the stored key and elem for `key`.
    ///
    /// # Safety
    /// `key` must point at a readable key of the map's key type.
    pub unsafe fn get(&self, t: &MapTy, key: *const u8) -> AlgResult<Option<(*mut u8, *mut u8)>> {
        if self.used == 0 {
            return Ok(None);
        }
        // SAFETY: forwarded.
        unsafe {
            let hash = typehash(t.key, key, self.seed)?;
            let found = if self.is_small() {
                let g = self.small_group();
                find_in_group(t, g, h2(hash), key)?.map(|i| (g, i))
            } else {
                tab(self.directory_at(self.directory_index(hash))).find(t, hash, key)?
            };
            Ok(found.map(|(g, i)| (g.key(t, i), g.elem(t, i))))
        }
    }

    /// Go's `PutSlot`: the elem slot for `key`, inserting it (zeroed) if
    /// absent.
    ///
    /// # Safety
    /// `key` must point at a readable key of the map's key type.
    pub unsafe fn put_slot(
        &mut self,
        heap: &mut Heap,
        t: &MapTy,
        key: *const u8,
    ) -> AlgResult<*mut u8> {
        // SAFETY: forwarded.
        unsafe {
            let hash = typehash(t.key, key, self.seed)?;
            if self.dir_ptr.is_null() {
                self.dir_ptr = new_groups(heap, t, 1);
            }
            if self.is_small() {
                if let Some(elem) = self.put_slot_small(heap, t, hash, key)? {
                    return Ok(elem);
                }
                let tb = self.grow_to_table(heap, t)?;
                self.used += 1;
                return Ok(tab(tb).unchecked_put_new(heap, t, hash, key));
            }
            loop {
                let tb = self.directory_at(self.directory_index(hash));
                if let Some(elem) = table::put_slot(heap, t, self, tb, hash, key)? {
                    return Ok(elem);
                }
            }
        }
    }

    /// The small map's part of `PutSlot`; None when the group is full.
    ///
    /// # Safety
    /// As [`Map::put_slot`].
    unsafe fn put_slot_small(
        &mut self,
        heap: &mut Heap,
        t: &MapTy,
        hash: u64,
        key: *const u8,
    ) -> AlgResult<Option<*mut u8>> {
        let g = self.small_group();
        // SAFETY: forwarded.
        if let Some(i) = unsafe { find_in_group(t, g, h2(hash), key)? } {
            if t.need_key_update() {
                typedmemmove(t.key, g.key(t, i), key);
            }
            return Ok(Some(g.elem(t, i)));
        }
        let free = match_empty_or_deleted(g.ctrls());
        if free.is_empty() {
            return Ok(None);
        }
        let i = free.first();
        g.set(i, h2(hash));
        self.used += 1;
        Ok(Some(fill_new(heap, t, g, i, key)))
    }

    /// Go's `growToTable`: the small map's 8 entries move into a table
    /// of 16 slots, the directory's only entry.
    fn grow_to_table(&mut self, heap: &mut Heap, t: &MapTy) -> AlgResult<*mut Table> {
        let tb = new_table(heap, t, 2 * SLOTS as u64, 0, 0);
        let g = self.small_group();
        for i in match_full(g.ctrls()).slots() {
            let (key, elem) = (g.key(t, i), g.elem(t, i));
            // SAFETY: a full slot holds a live key.
            let hash = unsafe { typehash(t.key, key, self.seed)? };
            tab(tb).unchecked_put_slot(t, hash, key, elem);
        }
        self.dir_ptr = new_struct(heap, 8);
        self.dir_len = 1;
        self.directory_set(0, tb);
        self.global_depth = 0;
        self.global_shift = depth_to_shift(0);
        Ok(tb)
    }

    /// Go's `Delete`.
    ///
    /// # Safety
    /// `key` must point at a readable key of the map's key type.
    pub unsafe fn delete(&mut self, t: &MapTy, key: *const u8) -> AlgResult<()> {
        // SAFETY: forwarded.
        unsafe {
            let hash = typehash(t.key, key, self.seed)?;
            if self.is_small() {
                self.delete_small(t, hash, key)?;
            } else {
                let tb = self.directory_at(self.directory_index(hash));
                if table::delete(t, self, tb, hash, key)? {
                    self.tombstone_possible = true;
                }
            }
        }
        if self.used == 0 {
            // Nothing depends on the old seed any more.
            self.seed = rand();
        }
        Ok(())
    }

    /// A small map never needs tombstones: its one group always ends a
    /// probe.
    ///
    /// # Safety
    /// As [`Map::delete`].
    unsafe fn delete_small(&mut self, t: &MapTy, hash: u64, key: *const u8) -> AlgResult<()> {
        let g = self.small_group();
        // SAFETY: forwarded.
        if let Some(i) = unsafe { find_in_group(t, g, h2(hash), key)? } {
            self.used -= 1;
            table::clear_slot(t, g, i);
            g.set(i, super::group::CTRL_EMPTY);
        }
        Ok(())
    }

    /// Go's `Clear`: no entries, no tombstones; iterators in progress see
    /// nothing more; a new seed.
    pub fn clear(&mut self, t: &MapTy) {
        if self.used == 0 && !self.tombstone_possible {
            return;
        }
        if self.is_small() {
            let g = self.small_group();
            memclr(g.0, t.group_size);
            g.set_empty();
        } else {
            for tb in self.tables() {
                tab(tb).clear(t);
            }
            self.tombstone_possible = false;
        }
        self.used = 0;
        self.clear_seq += 1;
        self.seed = rand();
    }
}
