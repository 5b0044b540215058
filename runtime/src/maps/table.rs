//! Tables: one Swiss table of a map's directory (Go's
//! `internal/runtime/maps/table.go`).
//!
//! A table is a power-of-two array of groups probed quadratically over
//! groups: the probe starts at group `h1 & mask` and then steps by 1, 2,
//! 3, ... groups (triangular numbers), which visits every group once. A
//! lookup stops at the first group with an empty slot. At most 7/8 of
//! the slots are used (`growthLeft` counts what remains; a table of one
//! group keeps one slot empty so probes terminate). When it runs out, the
//! table first tries to reclaim tombstones, then doubles, and past
//! [`MAX_TABLE_CAPACITY`] slots splits into two tables by the next hash
//! bit, which may double the map's directory.
//!
//! Invariants: `used + growthLeft + tombstones == capacity * 7/8` (7 for
//! one group); a table replaced by growth or a split has `index == -1`
//! (iterators that still hold it look entries up in the map instead).
//! Tables live in Go heap memory and are never freed by this code.

use super::group::{
    CTRL_DELETED, CTRL_EMPTY, GroupRef, MapTy, SLOTS, group_at, match_empty,
    match_empty_or_deleted, match_full, match_h2, memclr, new_groups, new_object, new_struct,
    typedmemmove,
};
use super::map::Map;
use crate::alg::{AlgResult, typeequal};
use crate::malloc::Heap;

/// The most slots a table has before it splits.
pub const MAX_TABLE_CAPACITY: u16 = 1024;
/// Of each group's 8 slots, at most 7 are used on average.
pub const MAX_AVG_GROUP_LOAD: u16 = 7;

/// Go's `maps.table` (32 bytes).
#[repr(C)]
pub struct Table {
    pub used: u16,
    /// Slots in all groups (a power of two, at least 8).
    pub capacity: u16,
    /// Slots that may still be filled before a rehash.
    pub growth_left: u16,
    /// How many top hash bits select this table in the directory.
    pub local_depth: u8,
    /// First directory index pointing at this table; -1 once replaced.
    pub index: i64,
    /// The groups (`groupsReference`): data and `len - 1`.
    pub groups: *mut u8,
    pub length_mask: u64,
}

/// The upper 57 bits of a hash: where probing starts.
pub fn h1(hash: u64) -> u64 {
    hash >> 7
}

/// The lower 7 bits of a hash: stored in a full slot's control byte.
pub fn h2(hash: u64) -> u8 {
    (hash & 0x7f) as u8
}

/// The quadratic probe sequence over a table's groups.
#[derive(Clone, Copy, Debug)]
pub struct ProbeSeq {
    mask: u64,
    pub offset: u64,
    index: u64,
}

impl ProbeSeq {
    pub fn new(h1: u64, mask: u64) -> ProbeSeq {
        ProbeSeq {
            mask,
            offset: h1 & mask,
            index: 0,
        }
    }

    pub fn next(mut self) -> ProbeSeq {
        self.index += 1;
        self.offset = (self.offset + self.index) & self.mask;
        self
    }
}

/// The table at `p` (a table of a live map).
pub(crate) fn tab<'a>(p: *mut Table) -> &'a mut Table {
    // SAFETY: table pointers come from `new_table` (Go heap, never
    // freed); the map code derives at most one reference to a table at a
    // time and drops it before calling anything that reaches the table
    // through the directory.
    unsafe { &mut *p }
}

/// A new empty table of at least `capacity` slots (Go's `newTable`).
pub fn new_table(heap: &mut Heap, t: &MapTy, capacity: u64, index: i64, depth: u8) -> *mut Table {
    let capacity = capacity
        .clamp(SLOTS as u64, MAX_TABLE_CAPACITY as u64)
        .next_power_of_two();
    let p = new_struct(heap, size_of::<Table>()).cast::<Table>();
    let tb = tab(p);
    tb.index = index;
    tb.local_depth = depth;
    tb.reset(heap, t, capacity as u16);
    p
}

/// Moves an existing entry into a free slot of `g` (pointers move for
/// indirect keys and elems: the entry is not copied).
fn move_into(t: &MapTy, g: GroupRef, i: usize, key: *mut u8, elem: *mut u8) {
    if t.indirect_key() {
        write_ptr(g.key_slot(t, i), key);
    } else {
        typedmemmove(t.key, g.key_slot(t, i), key);
    }
    if t.indirect_elem() {
        write_ptr(g.elem_slot(t, i), elem);
    } else {
        typedmemmove(t.elem, g.elem_slot(t, i), elem);
    }
}

/// Stores a new key in the free slot `i` of `g` (allocating the key and
/// elem objects of indirect slots) and returns the slot's elem.
pub fn fill_new(heap: &mut Heap, t: &MapTy, g: GroupRef, i: usize, key: *const u8) -> *mut u8 {
    if t.indirect_key() {
        write_ptr(g.key_slot(t, i), new_object(heap, t.key));
    }
    typedmemmove(t.key, g.key(t, i), key);
    if t.indirect_elem() {
        write_ptr(g.elem_slot(t, i), new_object(heap, t.elem));
    }
    g.elem(t, i)
}

/// Drops the entry in slot `i` of `g` so nothing it referenced is kept
/// alive (the control byte is the caller's).
pub fn clear_slot(t: &MapTy, g: GroupRef, i: usize) {
    if t.indirect_key() {
        write_ptr(g.key_slot(t, i), std::ptr::null_mut());
    } else if t.key.ptr_bytes() != 0 {
        memclr(g.key_slot(t, i), t.key.size());
    }
    if t.indirect_elem() {
        write_ptr(g.elem_slot(t, i), std::ptr::null_mut());
    } else {
        memclr(g.elem_slot(t, i), t.elem.size());
    }
}

fn write_ptr(slot: *mut u8, v: *mut u8) {
    // SAFETY: indirect key/elem fields are aligned pointer words of a slot.
    unsafe { slot.cast::<*mut u8>().write(v) }
}

/// The slot of `g` holding `key` among the candidates for `h2`.
///
/// # Safety
/// `key` must point at a readable key of the map's key type.
pub unsafe fn find_in_group(
    t: &MapTy,
    g: GroupRef,
    h2: u8,
    key: *const u8,
) -> AlgResult<Option<usize>> {
    for i in match_h2(g.ctrls(), h2).slots() {
        // SAFETY: slot i is full, so its key is a live key.
        if unsafe { typeequal(t.key, key, g.key(t, i))? } {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

impl Table {
    /// Empties the table with `capacity` fresh slots (Go's `reset`).
    fn reset(&mut self, heap: &mut Heap, t: &MapTy, capacity: u16) {
        let groups = capacity as u64 / SLOTS as u64;
        self.groups = new_groups(heap, t, groups);
        self.length_mask = groups - 1;
        self.capacity = capacity;
        self.growth_left = self.max_growth_left();
    }

    /// The slots that may be used: 7/8 of them, but one less than all
    /// in a one-group table so a probe always meets an empty slot.
    pub fn max_growth_left(&self) -> u16 {
        if self.capacity as usize <= SLOTS {
            self.capacity - 1
        } else {
            self.capacity / SLOTS as u16 * MAX_AVG_GROUP_LOAD
        }
    }

    pub fn tombstones(&self) -> u16 {
        self.capacity / SLOTS as u16 * MAX_AVG_GROUP_LOAD - self.used - self.growth_left
    }

    pub fn group(&self, t: &MapTy, i: u64) -> GroupRef {
        group_at(t, self.groups, i)
    }

    /// Every full slot, group by group.
    pub fn full_slots(&self, t: &MapTy) -> impl Iterator<Item = (GroupRef, usize)> {
        let (t, groups) = (*t, self.groups);
        (0..=self.length_mask).flat_map(move |gi| {
            let g = group_at(&t, groups, gi);
            match_full(g.ctrls()).slots().map(move |i| (g, i))
        })
    }

    /// Where `key` is (Go's `getWithKey`): group and slot.
    ///
    /// # Safety
    /// `key` must point at a readable key of the map's key type.
    pub unsafe fn find(
        &self,
        t: &MapTy,
        hash: u64,
        key: *const u8,
    ) -> AlgResult<Option<(GroupRef, usize)>> {
        let mut seq = ProbeSeq::new(h1(hash), self.length_mask);
        loop {
            let g = self.group(t, seq.offset);
            // SAFETY: forwarded.
            if let Some(i) = unsafe { find_in_group(t, g, h2(hash), key)? } {
                return Ok(Some((g, i)));
            }
            if !match_empty(g.ctrls()).is_empty() {
                return Ok(None);
            }
            seq = seq.next();
        }
    }

    /// The first empty or deleted slot on `hash`'s probe sequence, for
    /// a key known to be absent (Go's `uncheckedPutSlot` probe).
    fn free_slot(&self, t: &MapTy, hash: u64) -> (GroupRef, usize) {
        let mut seq = ProbeSeq::new(h1(hash), self.length_mask);
        loop {
            let g = self.group(t, seq.offset);
            let free = match_empty_or_deleted(g.ctrls());
            if !free.is_empty() {
                return (g, free.first());
            }
            seq = seq.next();
        }
    }

    /// Takes the free slot for an absent key's hash: control byte, counts.
    fn take_free_slot(&mut self, t: &MapTy, hash: u64) -> (GroupRef, usize) {
        let (g, i) = self.free_slot(t, hash);
        g.set(i, h2(hash));
        self.growth_left -= 1;
        self.used += 1;
        (g, i)
    }

    /// Moves an existing entry in (growth, splits; the table has room).
    pub fn unchecked_put_slot(&mut self, t: &MapTy, hash: u64, key: *mut u8, elem: *mut u8) {
        let (g, i) = self.take_free_slot(t, hash);
        move_into(t, g, i, key, elem);
    }

    /// Adds a new absent key (the table has room) and returns its elem
    /// (Go's `uncheckedPutSlotForAssign`).
    pub fn unchecked_put_new(
        &mut self,
        heap: &mut Heap,
        t: &MapTy,
        hash: u64,
        key: *const u8,
    ) -> *mut u8 {
        let (g, i) = self.take_free_slot(t, hash);
        fill_new(heap, t, g, i, key)
    }

    /// Empties slot `i` of `g` after its entry was removed: the slot
    /// becomes empty if its group has an empty slot (no probe can have
    /// passed this group), else a tombstone. Returns whether it left a
    /// tombstone.
    pub fn vacate(&mut self, g: GroupRef, i: usize) -> bool {
        self.used -= 1;
        if !match_empty(g.ctrls()).is_empty() {
            g.set(i, CTRL_EMPTY);
            self.growth_left += 1;
            false
        } else {
            g.set(i, CTRL_DELETED);
            true
        }
    }

    /// Go's `pruneTombstones`: turns tombstones that no probe sequence
    /// needs back into empty slots, when at least 10% of the capacity is
    /// tombstones and that much can be reclaimed. A group's tombstones
    /// are needed if the group has an empty slot (harmless, skip) or
    /// some entry's probe passed through it to reach a later group.
    fn prune_tombstones(&mut self, t: &MapTy, seed: u64) -> AlgResult<()> {
        if self.tombstones() as u32 * 10 < self.capacity as u32 {
            return Ok(());
        }
        // At most 1024 / 8 = 128 groups.
        let mut needed = 0u128;
        for (g, i) in self.full_slots(t) {
            let key = g.key(t, i);
            // SAFETY: a full slot holds a live key.
            let (eq, hash) = unsafe {
                (
                    typeequal(t.key, key, key)?,
                    crate::alg::typehash(t.key, key, seed)?,
                )
            };
            if !eq {
                // NaN keys are never looked up; their probe needs nothing.
                continue;
            }
            let gi = (g.0 as usize - self.groups as usize) / t.group_size;
            let mut seq = ProbeSeq::new(h1(hash), self.length_mask);
            while seq.offset != gi as u64 {
                if !match_empty_or_deleted(self.group(t, seq.offset).ctrls()).is_empty() {
                    needed |= 1u128 << seq.offset;
                }
                seq = seq.next();
            }
        }
        for gi in 0..=self.length_mask {
            if !match_empty(self.group(t, gi).ctrls()).is_empty() {
                needed |= 1u128 << gi;
            }
        }
        let prunable = |gi: u64| needed >> gi & 1 == 0;
        let count: usize = (0..=self.length_mask)
            .filter(|&gi| prunable(gi))
            .map(|gi| match_empty_or_deleted(self.group(t, gi).ctrls()).count())
            .sum();
        if count * 10 < self.capacity as usize {
            return Ok(());
        }
        for gi in (0..=self.length_mask).filter(|&gi| prunable(gi)) {
            let g = self.group(t, gi);
            for i in match_empty_or_deleted(g.ctrls()).slots() {
                g.set(i, CTRL_EMPTY);
                self.growth_left += 1;
            }
        }
        Ok(())
    }

    /// Go's `table.Clear`: every slot empty, no tombstones.
    pub fn clear(&mut self, t: &MapTy) {
        let mgl = self.max_growth_left();
        if self.used == 0 && self.growth_left == mgl {
            return;
        }
        for gi in 0..=self.length_mask {
            let g = self.group(t, gi);
            memclr(g.0, t.group_size);
            g.set_empty();
        }
        self.used = 0;
        self.growth_left = mgl;
    }
}

/// Go's `table.PutSlot`: the elem slot for `key`, inserting it if
/// absent. Returns None when the table had to grow or split instead:
/// the directory changed and the caller retries.
///
/// # Safety
/// `tp` must be a table of `m`; `key` a readable key.
pub unsafe fn put_slot(
    heap: &mut Heap,
    t: &MapTy,
    m: &mut Map,
    tp: *mut Table,
    hash: u64,
    key: *const u8,
) -> AlgResult<Option<*mut u8>> {
    let tb = tab(tp);
    let mut seq = ProbeSeq::new(h1(hash), tb.length_mask);
    let mut first_deleted: Option<(GroupRef, usize)> = None;
    loop {
        let g = tb.group(t, seq.offset);
        // SAFETY: forwarded.
        if let Some(i) = unsafe { find_in_group(t, g, h2(hash), key)? } {
            if t.need_key_update() {
                typedmemmove(t.key, g.key(t, i), key);
            }
            return Ok(Some(g.elem(t, i)));
        }
        let free = match_empty_or_deleted(g.ctrls());
        if free.is_empty() {
            seq = seq.next();
            continue;
        }
        let i = free.first();
        if g.get(i) == CTRL_DELETED {
            // The key may still be further on: remember the first
            // tombstone for reuse and keep probing.
            first_deleted.get_or_insert((g, i));
            seq = seq.next();
            continue;
        }
        // The key is absent. Reusing a tombstone costs no growth.
        let (g, i) = match first_deleted {
            Some(d) => {
                tb.growth_left += 1;
                d
            }
            None => (g, i),
        };
        if tb.growth_left == 0 {
            tb.prune_tombstones(t, m.seed)?;
        }
        if tb.growth_left == 0 {
            rehash(heap, t, m, tp)?;
            return Ok(None);
        }
        // Pruning only turns tombstones into empty slots: (g, i) is
        // still free.
        g.set(i, h2(hash));
        tb.growth_left -= 1;
        tb.used += 1;
        m.used += 1;
        return Ok(Some(fill_new(heap, t, g, i, key)));
    }
}

/// Go's `table.Delete`: removes `key` if present; returns whether that
/// left a tombstone.
///
/// # Safety
/// `tp` must be a table of `m`; `key` a readable key.
pub unsafe fn delete(
    t: &MapTy,
    m: &mut Map,
    tp: *mut Table,
    hash: u64,
    key: *const u8,
) -> AlgResult<bool> {
    let tb = tab(tp);
    // SAFETY: forwarded.
    let Some((g, i)) = (unsafe { tb.find(t, hash, key)? }) else {
        return Ok(false);
    };
    m.used -= 1;
    clear_slot(t, g, i);
    Ok(tb.vacate(g, i))
}

/// Go's `rehash`: double the table, or split it once it is at the
/// maximum capacity.
fn rehash(heap: &mut Heap, t: &MapTy, m: &mut Map, tp: *mut Table) -> AlgResult<()> {
    let cap = tab(tp).capacity as u32 * 2;
    if cap <= MAX_TABLE_CAPACITY as u32 {
        grow(heap, t, m, tp, cap as u16)
    } else {
        split(heap, t, m, tp)
    }
}

/// Moves every entry of `tp` into the table `pick` chooses by hash.
fn move_entries(
    t: &MapTy,
    seed: u64,
    tp: *mut Table,
    mut pick: impl FnMut(u64) -> *mut Table,
) -> AlgResult<()> {
    let old = tab(tp);
    for (g, i) in old.full_slots(t) {
        let (key, elem) = (g.key(t, i), g.elem(t, i));
        // SAFETY: a full slot holds a live key.
        let hash = unsafe { crate::alg::typehash(t.key, key, seed)? };
        tab(pick(hash)).unchecked_put_slot(t, hash, key, elem);
    }
    Ok(())
}

/// Go's `grow`: a table of `capacity` slots takes over this one's
/// directory entries.
fn grow(heap: &mut Heap, t: &MapTy, m: &mut Map, tp: *mut Table, capacity: u16) -> AlgResult<()> {
    let (index, depth) = (tab(tp).index, tab(tp).local_depth);
    let nt = new_table(heap, t, capacity as u64, index, depth);
    move_entries(t, m.seed, tp, |_| nt)?;
    m.replace_table(nt);
    tab(tp).index = -1;
    Ok(())
}

/// Go's `split`: entries move to a left and a right table by the hash
/// bit just below the ones the directory already uses.
fn split(heap: &mut Heap, t: &MapTy, m: &mut Map, tp: *mut Table) -> AlgResult<()> {
    let depth = tab(tp).local_depth + 1;
    let cap = MAX_TABLE_CAPACITY as u64;
    let left = new_table(heap, t, cap, -1, depth);
    let right = new_table(heap, t, cap, -1, depth);
    let mask = 1u64 << (64 - depth as u32);
    move_entries(t, m.seed, tp, |h| if h & mask == 0 { left } else { right })?;
    m.install_table_split(heap, tp, left, right);
    tab(tp).index = -1;
    Ok(())
}
