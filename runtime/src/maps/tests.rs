//! Specification of Go's Swiss-table maps, on hand-built descriptors:
//! layout (small maps, groups, tables, directory), growth and splits,
//! tombstones, iteration under modification, clear, indirect slots, and
//! key semantics (NaN, ±0, strings, structs, interfaces).

use std::collections::{HashMap, HashSet};

use super::group::{CTRL_DELETED, CTRL_EMPTY, GroupRef, MapTy, SLOTS, match_full};
use super::table::{MAX_TABLE_CAPACITY, Table, h2, tab};
use super::*;
use crate::abi::Module;
use crate::alg::{typeequal, typehash};
use crate::testtypes::Types;

/// A map under test with its descriptor and heap.
struct TestMap {
    heap: Heap,
    module: Module,
    typ: TypeRef,
    m: *mut Map,
}

impl TestMap {
    fn new(ts: &Types, typ: TypeRef, hint: i64) -> TestMap {
        let mut heap = Heap::new();
        let m = makemap(&mut heap, typ, hint);
        TestMap {
            heap,
            module: ts.module(),
            typ,
            m,
        }
    }

    fn t(&self) -> MapTy {
        MapTy::read(self.typ)
    }

    fn hdr(&self) -> &Map {
        map_mut(self.m)
    }

    fn len(&self) -> i64 {
        // SAFETY: a live map.
        unsafe { maplen(self.m) }
    }

    /// `m[k] = v` with v's bytes.
    fn set<K, V>(&mut self, k: &K, v: &V) {
        // SAFETY: k and v have the map's key and elem layouts.
        unsafe {
            let slot = mapassign(&mut self.heap, &self.module, self.typ, self.m, ptr(k)).unwrap();
            std::ptr::copy_nonoverlapping(ptr(v), slot, size_of::<V>());
        }
    }

    fn get<K, V: Copy>(&mut self, k: &K) -> Option<V> {
        // SAFETY: k has the key layout; the elem is a V.
        unsafe {
            let (p, ok) =
                mapaccess2(&mut self.heap, &self.module, self.typ, self.m, ptr(k)).unwrap();
            let v = p.cast::<V>().read_unaligned();
            ok.then_some(v)
        }
    }

    fn del<K>(&mut self, k: &K) {
        // SAFETY: k has the key layout.
        unsafe { mapdelete(&self.module, self.typ, self.m, ptr(k)).unwrap() }
    }

    /// One `range`, calling `body(key, elem)` per entry.
    fn range(&mut self, mut body: impl FnMut(&mut TestMap, *mut u8, *mut u8)) {
        let mut it = Box::new(std::mem::MaybeUninit::<Iter>::uninit());
        let it = it.as_mut_ptr();
        // SAFETY: it is 12 words of iterator memory.
        unsafe {
            mapiterinit(&self.module, self.typ, self.m, it).unwrap();
            while !(*it).key.is_null() {
                body(self, (*it).key, (*it).elem);
                mapiternext(&self.module, it).unwrap();
            }
        }
    }

    /// The keys of one `range`, in order.
    fn keys<K: Copy>(&mut self) -> Vec<K> {
        let mut out = Vec::new();
        // SAFETY: keys are Ks.
        self.range(|_, k, _| out.push(unsafe { k.cast::<K>().read_unaligned() }));
        out
    }

    fn tables(&self) -> Vec<*mut Table> {
        self.hdr().tables().collect()
    }

    /// Checks the layout invariants of the whole map.
    fn check(&self) {
        let m = self.hdr();
        let t = self.t();
        if m.is_small() {
            if !m.dir_ptr.is_null() {
                let full = match_full(m.small_group().ctrls()).count();
                assert_eq!(full as u64, m.used);
            } else {
                assert_eq!(m.used, 0);
            }
            return;
        }
        assert_eq!(m.dir_len, 1 << m.global_depth);
        assert_eq!(m.global_shift, 64 - m.global_depth);
        let mut used = 0u64;
        for tp in self.tables() {
            let tb = tab(tp);
            assert!(tb.capacity.is_power_of_two());
            assert!((SLOTS as u16..=MAX_TABLE_CAPACITY).contains(&tb.capacity));
            assert!(tb.local_depth <= m.global_depth);
            let span = 1i64 << (m.global_depth - tb.local_depth);
            assert_eq!(tb.index % span, 0, "table index aligned to its span");
            for i in tb.index..tb.index + span {
                assert_eq!(m.directory_at(i as usize), tp);
            }
            let (mut full, mut deleted) = (0u16, 0u16);
            for gi in 0..=tb.length_mask {
                let g = tb.group(&t, gi);
                for i in 0..SLOTS {
                    match g.get(i) {
                        CTRL_EMPTY => {}
                        CTRL_DELETED => deleted += 1,
                        c => {
                            assert!(c < 0x80);
                            full += 1;
                            self.check_slot(g, i, tb);
                        }
                    }
                }
            }
            assert_eq!(tb.used, full);
            assert_eq!(tb.tombstones(), deleted);
            assert_eq!(tb.used + tb.growth_left + deleted, tb.max_growth_left());
            used += tb.used as u64;
        }
        assert_eq!(used, m.used);
    }

    /// A full slot's control byte is its key's h2, and (unless NaN) the
    /// key's hash selects this table.
    fn check_slot(&self, g: GroupRef, i: usize, tb: &Table) {
        let (m, t) = (self.hdr(), self.t());
        let key = g.key(&t, i);
        // SAFETY: full slots hold live keys.
        unsafe {
            if !typeequal(t.key, key, key).unwrap() {
                return;
            }
            let hash = typehash(t.key, key, m.seed).unwrap();
            assert_eq!(g.get(i), h2(hash));
            let dt = m.directory_at(m.directory_index(hash));
            assert_eq!(tab(dt).index, tb.index);
        }
    }
}

fn ptr<T>(v: &T) -> *const u8 {
    (v as *const T).cast()
}

fn int_map(hint: i64) -> TestMap {
    let mut ts = Types::new();
    let i = ts.int();
    let mt = ts.map(i, i, "map[int]int");
    TestMap::new(&ts, mt, hint)
}

#[test]
fn headers_have_gos_layout() {
    // gc's reflectdata checks these sizes for maps.Map, maps.table and
    // maps.Iter; compiled code reads Iter's first two words.
    assert_eq!(size_of::<Map>(), 48);
    assert_eq!(std::mem::offset_of!(Map, clear_seq), 40);
    assert_eq!(size_of::<Table>(), 32);
    assert_eq!(std::mem::offset_of!(Table, index), 8);
    assert_eq!(
        size_of::<Iter>(),
        8 * crate::bytecode::MAP_ITER_SLOTS as usize
    );
    assert_eq!(std::mem::offset_of!(Iter, elem), 8);
    assert_eq!(std::mem::offset_of!(Iter, entry_idx), 88);
}

#[test]
fn a_small_map_is_one_group_filled_in_insertion_order() {
    let mut m = int_map(0);
    assert!(
        m.hdr().dir_ptr.is_null(),
        "no memory before the first insert"
    );
    for k in 0..8i64 {
        m.set(&(k * 100), &k);
        m.check();
    }
    let h = m.hdr();
    assert_eq!((h.dir_len, h.used), (0, 8));
    let t = m.t();
    let g = h.small_group();
    for i in 0..8 {
        // SAFETY: slot i holds an int key.
        let k = unsafe { g.key(&t, i).cast::<i64>().read() };
        assert_eq!(k, i as i64 * 100, "slot order is insertion order");
        // SAFETY: k is an int key.
        let hash = unsafe { typehash(t.key, ptr(&k), h.seed).unwrap() };
        assert_eq!(g.get(i), h2(hash), "a full slot's control byte is h2");
    }
    assert_eq!(m.get::<i64, i64>(&300), Some(3));
    assert_eq!(m.get::<i64, i64>(&301), None);
}

#[test]
fn the_ninth_key_turns_a_small_map_into_a_table_of_16() {
    let mut m = int_map(0);
    for k in 0..9i64 {
        m.set(&k, &(k + 1));
    }
    m.check();
    let h = m.hdr();
    assert_eq!((h.dir_len, h.global_depth), (1, 0));
    let tb = tab(h.directory_at(0));
    assert_eq!((tb.capacity, tb.used, tb.growth_left), (16, 9, 14 - 9));
    for k in 0..9i64 {
        assert_eq!(m.get::<i64, i64>(&k), Some(k + 1));
    }
}

#[test]
fn a_one_group_table_keeps_a_slot_empty() {
    let mut ts = Types::new();
    let i = ts.int();
    let mt = ts.map(i, i, "map[int]int");
    let t = MapTy::read(mt);
    let mut heap = Heap::new();
    let tb = tab(table::new_table(&mut heap, &t, 8, 0, 0));
    assert_eq!((tb.capacity, tb.max_growth_left()), (8, 7));
    let tb = tab(table::new_table(&mut heap, &t, 100, 0, 0));
    assert_eq!((tb.capacity, tb.max_growth_left()), (128, 112));
}

#[test]
fn tables_double_when_more_than_seven_eighths_full() {
    let mut m = int_map(0);
    let mut grew_at = Vec::new();
    let mut cap = 0;
    for k in 0..897i64 {
        m.set(&k, &k);
        if m.hdr().is_small() {
            continue;
        }
        let c = tab(m.hdr().directory_at(0)).capacity;
        if c != cap {
            grew_at.push((m.len(), c));
            cap = c;
        }
    }
    m.check();
    // The insert that finds no growth left (7/8 of the slots used)
    // doubles the table; past 1024 slots the table splits instead.
    assert_eq!(
        grew_at,
        [
            (9, 16),
            (15, 32),
            (29, 64),
            (57, 128),
            (113, 256),
            (225, 512),
            (449, 1024)
        ]
    );
    assert_eq!(m.hdr().dir_len, 2, "the 897th key split the full table");
}

#[test]
fn a_full_table_of_1024_splits_and_the_directory_doubles() {
    let mut m = int_map(0);
    let n = 20_000i64;
    for k in 0..n {
        m.set(&k, &-k);
        if k % 997 == 0 {
            m.check();
        }
    }
    m.check();
    let h = m.hdr();
    assert_eq!(h.used, n as u64);
    assert!(
        h.global_depth >= 5,
        "20000 keys need at least 32 tables of 1024 slots"
    );
    for tp in m.tables() {
        assert!(tab(tp).used <= 896);
    }
    let depths: HashSet<u8> = m.tables().iter().map(|&t| tab(t).local_depth).collect();
    assert!(depths.iter().all(|&d| d <= h.global_depth));
    for k in (0..n).step_by(7) {
        assert_eq!(m.get::<i64, i64>(&k), Some(-k));
    }
    assert_eq!(m.get::<i64, i64>(&n), None);
}

#[test]
fn make_with_a_hint_preallocates_tables() {
    let m = int_map(100);
    m.check();
    let h = m.hdr();
    assert_eq!(h.dir_len, 1);
    // 100 * 8 / 7 = 114 slots, rounded up to 128.
    assert_eq!(tab(h.directory_at(0)).capacity, 128);
    let m = int_map(5000);
    // 5714 slots: 6 tables of 1024, rounded up to 8.
    assert_eq!((m.hdr().dir_len, m.hdr().global_depth), (8, 3));
    for tp in m.tables() {
        assert_eq!(tab(tp).capacity, 1024);
    }
    m.check();
    for hint in [-1, 0, 8] {
        let m = int_map(hint);
        assert!(m.hdr().dir_ptr.is_null());
    }
    // An impossible hint is ignored, as in Go.
    let m = int_map(i64::MAX);
    assert!(m.hdr().dir_ptr.is_null());
    let m = int_map(1 << 50);
    assert!(m.hdr().dir_ptr.is_null());
}

#[test]
fn deleting_from_a_group_without_empty_slots_leaves_a_tombstone() {
    let mut m = int_map(0);
    for k in 0..100i64 {
        m.set(&k, &k);
    }
    let t = m.t();
    // Find keys in a full group and in a group with an empty slot.
    let tb = tab(m.tables()[0]);
    let (mut in_full, mut in_roomy) = (None, None);
    for gi in 0..=tb.length_mask {
        let g = tb.group(&t, gi);
        let full = match_full(g.ctrls());
        // SAFETY: full slots hold int keys.
        let k = (!full.is_empty()).then(|| unsafe { g.key(&t, full.first()).cast::<i64>().read() });
        if full.count() == SLOTS {
            in_full = in_full.or(k.map(|k| (k, g, full.first())));
        } else {
            in_roomy = in_roomy.or(k.map(|k| (k, g, full.first())));
        }
    }
    let (k, g, i) = in_roomy.expect("a group with room");
    let before = tab(m.tables()[0]).growth_left;
    m.del(&k);
    assert_eq!(g.get(i), CTRL_EMPTY);
    assert_eq!(tab(m.tables()[0]).growth_left, before + 1);
    assert!(!m.hdr().tombstone_possible);
    m.check();
    if let Some((k, g, i)) = in_full {
        m.del(&k);
        assert_eq!(
            g.get(i),
            CTRL_DELETED,
            "a probe may have passed this full group"
        );
        assert_eq!(tab(m.tables()[0]).tombstones(), 1);
        assert!(m.hdr().tombstone_possible);
        m.check();
        assert_eq!(m.get::<i64, i64>(&k), None);
        // Re-inserting the key reuses the tombstone: it is on the
        // key's own probe sequence, before any empty slot.
        m.set(&k, &7i64);
        assert!(g.is_full(i));
        assert_eq!(tab(m.tables()[0]).tombstones(), 0);
        m.check();
    }
}

#[test]
fn churn_reclaims_tombstones_instead_of_growing_forever() {
    let mut m = int_map(0);
    for k in 0..800i64 {
        m.set(&k, &k);
    }
    // Keep ~800 live keys while inserting and deleting 100000 others.
    for k in 800..100_800i64 {
        m.set(&k, &k);
        m.del(&(k - 800));
        if k % 4999 == 0 {
            m.check();
        }
    }
    m.check();
    assert_eq!(m.len(), 800);
    let total: u32 = m.tables().iter().map(|&t| tab(t).capacity as u32).sum();
    assert!(total <= 4096, "capacity {total} for 800 live keys");
    for k in 100_000..100_800i64 {
        assert_eq!(m.get::<i64, i64>(&k), Some(k));
    }
}

#[test]
fn deleting_the_last_entry_reseeds() {
    let mut m = int_map(0);
    m.set(&1i64, &1i64);
    let seed = m.hdr().seed;
    m.del(&1i64);
    assert_eq!(m.len(), 0);
    assert_ne!(m.hdr().seed, seed);
}

#[test]
fn small_maps_iterate_as_a_random_rotation_of_slot_order() {
    let mut m = int_map(0);
    for k in [50i64, 3, 9, 27] {
        m.set(&k, &k);
    }
    let mut seen = HashMap::new();
    for _ in 0..4000 {
        *seen.entry(m.keys::<i64>()).or_insert(0) += 1;
    }
    let rotations: HashSet<Vec<i64>> = [
        vec![50, 3, 9, 27],
        vec![3, 9, 27, 50],
        vec![9, 27, 50, 3],
        vec![27, 50, 3, 9],
    ]
    .into_iter()
    .collect();
    assert_eq!(seen.keys().cloned().collect::<HashSet<_>>(), rotations);
    // Starting slots 4..7 are empty and fall through to slot 0: the
    // insertion order comes first about 5 times in 8.
    let first = seen[&vec![50, 3, 9, 27]];
    assert!((2000..3000).contains(&first), "{first}");
    // A deleted slot is reused by the next insert.
    m.del(&3i64);
    m.set(&100i64, &0i64);
    let keys = m.keys::<i64>();
    let at = keys.iter().position(|&k| k == 50).unwrap();
    let rotated: Vec<i64> = keys[at..].iter().chain(&keys[..at]).copied().collect();
    assert_eq!(rotated, [50, 100, 9, 27]);
}

#[test]
fn large_maps_start_iteration_anywhere() {
    let mut m = int_map(0);
    for k in 0..100i64 {
        m.set(&k, &k);
    }
    let firsts: HashSet<i64> = (0..3000).map(|_| m.keys::<i64>()[0]).collect();
    assert!(
        firsts.len() > 80,
        "only {} distinct first keys",
        firsts.len()
    );
}

#[test]
fn iteration_visits_every_entry_once() {
    for n in [0i64, 1, 8, 9, 100, 5000] {
        let mut m = int_map(0);
        for k in 0..n {
            m.set(&k, &(k * 2));
        }
        let mut seen = Vec::new();
        m.range(|_, k, e| {
            // SAFETY: int keys and elems.
            let (k, e) = unsafe { (k.cast::<i64>().read(), e.cast::<i64>().read()) };
            assert_eq!(e, k * 2);
            seen.push(k);
        });
        seen.sort();
        assert_eq!(seen, (0..n).collect::<Vec<_>>());
    }
}

#[test]
fn iteration_while_the_map_grows_yields_old_entries_exactly_once() {
    for start in [3i64, 8, 20, 800, 3000] {
        let mut m = int_map(0);
        for k in 0..start {
            m.set(&k, &k);
        }
        let mut seen = Vec::new();
        let mut next = 1_000_000i64;
        m.range(|m, k, e| {
            // SAFETY: int keys and elems.
            let (k, e) = unsafe { (k.cast::<i64>().read(), e.cast::<i64>().read()) };
            assert_eq!(e, k, "elems are current");
            seen.push(k);
            // Each step adds 5 keys: the map doubles and splits under
            // the iterator.
            for _ in 0..5 {
                m.set(&next, &next);
                next += 1;
            }
        });
        let mut counts = HashMap::new();
        for &k in &seen {
            *counts.entry(k).or_insert(0) += 1;
        }
        assert!(
            counts.values().all(|&c| c == 1),
            "an entry was produced twice"
        );
        for k in 0..start {
            assert_eq!(
                counts.get(&k),
                Some(&1),
                "old key {k} missed (start {start})"
            );
        }
        m.check();
    }
}

#[test]
fn updates_during_iteration_are_seen_by_later_steps() {
    let mut m = int_map(0);
    for k in 0..3000i64 {
        m.set(&k, &0i64);
    }
    let mut grew = false;
    m.range(|m, k, e| {
        // SAFETY: int keys and elems.
        let (k, e) = unsafe { (k.cast::<i64>().read(), e.cast::<i64>().read()) };
        if k >= 3000 {
            return;
        }
        if grew {
            assert_eq!(e, 2, "key {k} produced with its old elem");
            return;
        }
        assert_eq!(e, 0);
        // Force splits, then update every old key: later entries come
        // from replaced tables and must show their new elem.
        for x in 10_000..20_000i64 {
            m.set(&x, &1i64);
        }
        for x in 0..3000i64 {
            m.set(&x, &2i64);
        }
        grew = true;
    });
    assert!(grew);
}

#[test]
fn entries_deleted_during_iteration_are_not_produced() {
    for n in [6i64, 500, 5000] {
        let mut m = int_map(0);
        for k in 0..n {
            m.set(&k, &k);
        }
        let mut seen = HashSet::new();
        m.range(|m, k, _| {
            // SAFETY: int keys.
            let k = unsafe { k.cast::<i64>().read() };
            assert!(
                k % 2 == 0 || !seen.contains(&(k - 1)),
                "deleted key {k} produced"
            );
            seen.insert(k);
            // Delete the current entry and the next odd key.
            m.del(&k);
            if k % 2 == 0 {
                m.del(&(k + 1));
            }
        });
        assert!(m.len() < n);
        m.check();
    }
}

#[test]
fn deleting_everything_during_iteration_ends_it_early() {
    let mut m = int_map(0);
    for k in 0..1000i64 {
        m.set(&k, &k);
    }
    let mut steps = 0;
    m.range(|m, _, _| {
        steps += 1;
        for k in 0..1000i64 {
            m.del(&k);
        }
    });
    assert_eq!(steps, 1);
    assert_eq!(m.len(), 0);
}

#[test]
fn clear_empties_the_map_and_ends_iterations() {
    for n in [5i64, 2000] {
        let mut m = int_map(0);
        for k in 0..n {
            m.set(&k, &k);
        }
        let seq = m.hdr().clear_seq;
        let mut steps = 0;
        m.range(|m, _, _| {
            steps += 1;
            // SAFETY: a live map of its type.
            unsafe { mapclear(m.typ, m.m) };
        });
        assert_eq!(steps, 1);
        assert_eq!(m.len(), 0);
        assert_eq!(m.hdr().clear_seq, seq + 1);
        m.check();
        assert_eq!(m.get::<i64, i64>(&1), None);
        assert!(m.keys::<i64>().is_empty());
        m.set(&1i64, &2i64);
        assert_eq!(m.get::<i64, i64>(&1), Some(2));
        m.check();
    }
}

#[test]
fn clear_removes_tombstones() {
    let mut m = int_map(0);
    for k in 0..2000i64 {
        m.set(&k, &k);
    }
    for k in 0..2000i64 {
        m.del(&k);
    }
    // SAFETY: a live map of its type.
    unsafe { mapclear(m.typ, m.m) };
    assert!(!m.hdr().tombstone_possible);
    for tp in m.tables() {
        assert_eq!(tab(tp).tombstones(), 0);
    }
    m.check();
}

#[test]
fn nil_maps_read_as_empty_and_panic_on_write() {
    let mut ts = Types::new();
    let i = ts.int();
    let mt = ts.map(i, i, "map[int]int");
    let mut heap = Heap::new();
    let nil = std::ptr::null_mut();
    let k = 5i64;
    // SAFETY: k is an int key; the map is nil.
    unsafe {
        let (p, ok) = mapaccess2(&mut heap, &ts.module(), mt, nil, ptr(&k)).unwrap();
        assert!(!ok);
        assert_eq!(p.cast::<i64>().read(), 0);
        assert_eq!(mapdelete(&ts.module(), mt, nil, ptr(&k)), Ok(()));
        let e = mapassign(&mut heap, &ts.module(), mt, nil, ptr(&k)).unwrap_err();
        assert_eq!(e.to_string(), "assignment to entry in nil map");
        let mut it = std::mem::MaybeUninit::<Iter>::uninit();
        mapiterinit(&ts.module(), mt, nil, it.as_mut_ptr()).unwrap();
        assert!((*it.as_ptr()).key.is_null());
    }
    // SAFETY: nil maps.
    unsafe {
        assert_eq!(maplen(nil), 0);
        mapclear(mt, nil);
    }
}

#[test]
fn missing_keys_read_as_zero_values_of_any_size() {
    let mut ts = Types::new();
    let (i, u8t) = (ts.int(), ts.uint8());
    let big = ts.array(u8t, 2000, "[2000]uint8");
    let mt = ts.map(i, big, "map[int][2000]uint8");
    let mut m = TestMap::new(&ts, mt, 0);
    let k = 1i64;
    m.set(&k, &[7u8; 2000]);
    // SAFETY: k is an int key.
    unsafe {
        let p = mapaccess1(&mut m.heap, &m.module, mt, m.m, ptr(&2i64)).unwrap();
        assert!(std::slice::from_raw_parts(p, 2000).iter().all(|&b| b == 0));
        let p = mapaccess1(&mut m.heap, &m.module, mt, m.m, ptr(&k)).unwrap();
        assert!(std::slice::from_raw_parts(p, 2000).iter().all(|&b| b == 7));
    }
}

#[test]
fn large_keys_and_elems_are_stored_indirectly() {
    let mut ts = Types::new();
    let u8t = ts.uint8();
    let k200 = ts.array(u8t, 200, "[200]uint8");
    let e300 = ts.array(u8t, 300, "[300]uint8");
    let mt = ts.map(k200, e300, "map[[200]uint8][300]uint8");
    let t = MapTy::read(mt);
    assert!(t.indirect_key() && t.indirect_elem());
    assert_eq!(t.key_stride, 16, "a slot is two pointers");
    let mut m = TestMap::new(&ts, mt, 0);
    let key = |i: usize| {
        let mut k = [0u8; 200];
        k[i % 200] = (i / 200 + 1) as u8;
        k
    };
    for i in 0..600 {
        m.set(&key(i), &[(i % 251) as u8; 300]);
    }
    m.check();
    for i in 0..600 {
        assert_eq!(
            m.get::<_, [u8; 300]>(&key(i)).map(|e| e[299]),
            Some((i % 251) as u8)
        );
    }
    // Deleting clears the slot's pointers.
    m.del(&key(5));
    assert_eq!(m.get::<_, [u8; 300]>(&key(5)), None);
    assert_eq!(m.len(), 599);
    m.check();
    // Small-map path too.
    let mut s = TestMap::new(&ts, mt, 0);
    s.set(&key(1), &[1u8; 300]);
    let g = s.hdr().small_group();
    // SAFETY: slot 0's key field is a pointer word.
    let kp = unsafe { g.key_slot(&t, 0).cast::<*const u8>().read() };
    assert!(!kp.is_null());
    s.del(&key(1));
    // SAFETY: as above.
    let kp = unsafe { g.key_slot(&t, 0).cast::<*const u8>().read() };
    assert!(kp.is_null());
}

fn float_map() -> TestMap {
    let mut ts = Types::new();
    let (f, i) = (ts.float64(), ts.int());
    let mt = ts.map(f, i, "map[float64]int");
    TestMap::new(&ts, mt, 0)
}

#[test]
fn every_nan_insert_adds_an_entry_that_lookups_never_find() {
    for n in [3i64, 100] {
        let mut m = float_map();
        m.set(&1.5f64, &-1i64);
        for i in 0..n {
            m.set(&f64::NAN, &i);
        }
        assert_eq!(m.len(), n + 1);
        assert_eq!(m.get::<f64, i64>(&f64::NAN), None);
        m.del(&f64::NAN);
        assert_eq!(m.len(), n + 1, "delete of NaN removes nothing");
        let mut elems = Vec::new();
        // SAFETY: int elems.
        m.range(|_, _, e| elems.push(unsafe { e.cast::<i64>().read() }));
        elems.sort();
        assert_eq!(elems, (-1..n).collect::<Vec<_>>());
        m.check();
        // SAFETY: a live map of its type.
        unsafe { mapclear(m.typ, m.m) };
        assert_eq!(m.len(), 0);
    }
}

#[test]
fn nan_keys_survive_growth_during_iteration() {
    let mut m = float_map();
    for i in 0..5i64 {
        m.set(&f64::NAN, &i);
    }
    let mut seen = 0;
    let mut x = 0.0f64;
    m.range(|m, _, _| {
        seen += 1;
        for _ in 0..50 {
            x += 1.0;
            m.set(&x, &0i64);
        }
    });
    assert!(seen >= 5, "NaN entries were lost while growing");
}

#[test]
fn plus_and_minus_zero_are_one_key_and_the_key_is_updated() {
    let mut m = float_map();
    m.set(&0.0f64, &1i64);
    m.set(&-0.0f64, &2i64);
    assert_eq!(m.len(), 1);
    assert_eq!(m.get::<f64, i64>(&0.0), Some(2));
    let keys = m.keys::<f64>();
    assert!(
        keys[0].is_sign_negative(),
        "NeedKeyUpdate stores the latest key"
    );
}

#[test]
fn string_keys_match_by_content() {
    let mut ts = Types::new();
    let (s, i) = (ts.string(), ts.int());
    let mt = ts.map(s, i, "map[string]int");
    assert!(MapTy::read(mt).need_key_update());
    let mut m = TestMap::new(&ts, mt, 0);
    let words: Vec<String> = (0..300).map(|i| format!("w{}", i % 100)).collect();
    for w in &words {
        let hdr = [w.as_ptr() as u64, w.len() as u64];
        let old = m.get::<_, i64>(&hdr).unwrap_or(0);
        m.set(&hdr, &(old + 1));
    }
    assert_eq!(m.len(), 100);
    let probe = String::from("w42");
    assert_eq!(m.get::<_, i64>(&[probe.as_ptr() as u64, 3u64]), Some(3));
    let empty = [0u64, 0];
    m.set(&empty, &9i64);
    assert_eq!(
        m.get::<_, i64>(&[1u64, 0]),
        Some(9),
        "empty strings are equal"
    );
    m.check();
}

#[test]
fn struct_keys_ignore_blank_fields() {
    let mut ts = Types::new();
    let (i32t, s, i) = (ts.int32(), ts.string(), ts.int());
    let st = ts.structure(&[("a", i32t), ("_", i32t), ("s", s)], "main.K");
    let mt = ts.map(st, i, "map[main.K]int");
    let mut m = TestMap::new(&ts, mt, 0);
    #[repr(C)]
    struct K {
        a: i32,
        blank: i32,
        s: [u64; 2],
    }
    let name = "x";
    for a in 0..50 {
        m.set(
            &K {
                a,
                blank: a,
                s: [name.as_ptr() as u64, 1],
            },
            &(a as i64),
        );
    }
    for a in 0..50 {
        let k = K {
            a,
            blank: -1,
            s: [name.as_ptr() as u64, 1],
        };
        assert_eq!(m.get::<_, i64>(&k), Some(a as i64));
    }
    assert_eq!(m.len(), 50);
    m.check();
}

#[test]
fn interface_keys_hash_their_dynamic_values() {
    let mut ts = Types::new();
    let (any, i, s) = (ts.eface(), ts.int(), ts.string());
    let sl = ts.slice(i, "[]int");
    let mt = ts.map(any, i, "map[interface {}]int");
    let t = MapTy::read(mt);
    assert!(t.hash_might_panic() && t.need_key_update());
    let mut m = TestMap::new(&ts, mt, 0);
    let vals: Vec<i64> = (0..20).collect();
    let strs: Vec<[u64; 2]> = ["a", "b"].iter().map(|x| [x.as_ptr() as u64, 1]).collect();
    // An unhashable key on an empty map: maps.unhashableTypeError.
    let data = [0u64; 3];
    let bad = [sl.0 as u64, ptr(&data) as u64];
    // SAFETY: interface values with valid data.
    unsafe {
        let e = mapaccess2(&mut m.heap, &m.module, mt, m.m, ptr(&bad)).unwrap_err();
        assert_eq!(e.to_string(), "hash of unhashable type: []int");
        let e = mapdelete(&m.module, mt, m.m, ptr(&bad)).unwrap_err();
        assert_eq!(e, RuntimeError::MapKeyUnhashable("[]int".into()));
    }
    for v in &vals {
        m.set(&[i.0 as u64, ptr(v) as u64], v);
    }
    for (n, st) in strs.iter().enumerate() {
        m.set(&[s.0 as u64, ptr(st) as u64], &(100 + n as i64));
    }
    let copy = 7i64;
    assert_eq!(m.get::<_, i64>(&[i.0 as u64, ptr(&copy) as u64]), Some(7));
    assert_eq!(
        m.get::<_, i64>(&[s.0 as u64, ptr(&strs[1]) as u64]),
        Some(101)
    );
    assert_eq!(m.get::<_, i64>(&[0u64, 0]), None);
    m.set(&[0u64, 0], &-1i64);
    assert_eq!(m.get::<_, i64>(&[0u64, 0]), Some(-1), "nil is a key");
    assert_eq!(m.len(), 23);
    // SAFETY: as above.
    unsafe {
        let e = mapassign(&mut m.heap, &m.module, mt, m.m, ptr(&bad)).unwrap_err();
        assert_eq!(
            e.to_string(),
            "runtime error: hash of unhashable type []int"
        );
    }
    assert_eq!(m.len(), 23, "a failed assignment changes nothing");
    m.check();
}

mod model {
    //! Random operation sequences against std's HashMap.
    use super::*;
    use proptest::prelude::*;

    #[derive(Clone, Debug)]
    enum Op {
        Set(u16, i64),
        Del(u16),
        Get(u16),
        Clear,
        Range,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            8 => (0..2000u16, any::<i64>()).prop_map(|(k, v)| Op::Set(k, v)),
            4 => (0..2000u16).prop_map(Op::Del),
            3 => (0..2000u16).prop_map(Op::Get),
            1 => Just(Op::Clear),
            1 => Just(Op::Range),
        ]
    }

    /// Go's guarantees for a `range` during which the body inserts and
    /// deletes: no entry is produced twice (a key deleted and inserted
    /// again is a new entry, which may be produced again), an entry
    /// deleted before it is reached is not produced, and an entry
    /// present throughout is produced exactly once; elems produced are
    /// current.
    fn check_range_under_modification(n: i64, edits: &[(bool, u16)]) -> Result<(), TestCaseError> {
        let mut m = int_map(0);
        for k in 0..n {
            m.set(&k, &k);
        }
        let mut model: HashMap<i64, i64> = (0..n).map(|k| (k, k)).collect();
        let mut touched = HashSet::new();
        // Entries each key has had: a produced count may not exceed it.
        let mut entries: HashMap<i64, usize> = (0..n).map(|k| (k, 1)).collect();
        let mut produced = Vec::new();
        let mut step = 0;
        let mut bad = None;
        m.range(|m, k, e| {
            // SAFETY: int keys and elems.
            let (k, e) = unsafe { (k.cast::<i64>().read(), e.cast::<i64>().read()) };
            if model.get(&k) != Some(&e) {
                bad = Some(format!("produced {k}:{e}, map has {:?}", model.get(&k)));
            }
            produced.push(k);
            for &(insert, x) in edits.iter().skip(step * 3).take(3) {
                let x = x as i64 % (3 * n.max(1));
                touched.insert(x);
                if insert {
                    m.set(&x, &(x + 1));
                    if model.insert(x, x + 1).is_none() {
                        *entries.entry(x).or_insert(0) += 1;
                    }
                } else {
                    m.del(&x);
                    model.remove(&x);
                }
            }
            step += 1;
        });
        prop_assert!(bad.is_none(), "{:?}", bad);
        let mut counts: HashMap<i64, usize> = HashMap::new();
        for &k in &produced {
            *counts.entry(k).or_insert(0) += 1;
        }
        for (k, c) in &counts {
            let had = entries.get(k).copied().unwrap_or(0);
            prop_assert!(*c <= had, "key {} produced {} times, {} entries", k, c, had);
        }
        let distinct: HashSet<i64> = counts.into_keys().collect();
        for k in 0..n {
            if !touched.contains(&k) {
                prop_assert!(distinct.contains(&k), "untouched key {} missed", k);
            }
        }
        m.check();
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(32))]
        #[test]
        fn range_keeps_gos_guarantees_under_modification(
            n in 0i64..3000,
            edits in proptest::collection::vec((any::<bool>(), any::<u16>()), 0..3000),
        ) {
            check_range_under_modification(n, &edits)?;
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]
        #[test]
        fn behaves_as_a_hash_map(ops in proptest::collection::vec(op(), 1..3000)) {
            let mut m = int_map(0);
            let mut model: HashMap<i64, i64> = HashMap::new();
            for op in ops {
                match op {
                    Op::Set(k, v) => {
                        m.set(&(k as i64), &v);
                        model.insert(k as i64, v);
                    }
                    Op::Del(k) => {
                        m.del(&(k as i64));
                        model.remove(&(k as i64));
                    }
                    Op::Get(k) => {
                        prop_assert_eq!(m.get::<i64, i64>(&(k as i64)), model.get(&(k as i64)).copied());
                    }
                    Op::Clear => {
                        // SAFETY: a live map of its type.
                        unsafe { mapclear(m.typ, m.m) };
                        model.clear();
                    }
                    Op::Range => {
                        let mut got = HashMap::new();
                        m.range(|_, k, e| {
                            // SAFETY: int keys and elems.
                            let (k, e) = unsafe { (k.cast::<i64>().read(), e.cast::<i64>().read()) };
                            assert!(got.insert(k, e).is_none());
                        });
                        prop_assert_eq!(&got, &model);
                    }
                }
                prop_assert_eq!(m.len(), model.len() as i64);
            }
            m.check();
        }
    }
}
