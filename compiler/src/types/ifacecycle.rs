//! Anonymous interface cycles (go.dev/issue/56103): an interface literal
//! that, through the signatures of its methods, contains itself without a
//! named type on the way (`type I interface { m() interface{ I } }`).
//! types2 accepts them; gc rejects them after type checking (its noder's
//! `cycleFinder`), only when the package has no other error. So does this
//! last phase of the checker, over the interface literals of the package
//! in source order.

use std::collections::HashMap;

use super::check::Checker;
use super::object::GPos;
use super::ty::{Type, TypeId};

impl Checker<'_, '_> {
    /// Reports each interface literal found in an anonymous cycle (gc's
    /// check after type checking).
    pub(super) fn anonymous_interface_cycles(&mut self) {
        let mut lits = std::mem::take(&mut self.iface_lits);
        lits.sort();
        lits.dedup_by_key(|l| l.0);
        // Whether each interface met is in a cycle (true while it is being
        // visited); shared by all literals, as gc's.
        let mut cyclic: HashMap<TypeId, bool> = HashMap::new();
        for (pos, t) in lits {
            if self.has_cycle(t, &mut cyclic, 0) {
                self.error_at(
                    pos,
                    "invalid recursive type: anonymous interface refers to itself (see https://go.dev/issue/56103)",
                );
                // Don't report the same cycle again from its other members.
                cyclic.values_mut().for_each(|c| *c = false);
            }
        }
    }

    /// Whether a method of interface `t` (its own or embedded) leads back
    /// to an interface being visited.
    fn has_cycle(&self, t: TypeId, cyclic: &mut HashMap<TypeId, bool>, depth: usize) -> bool {
        let methods = self.w.type_set(t).methods;
        methods
            .iter()
            .any(|&m| self.visit_type(self.w.type_of(m), cyclic, depth + 1))
    }

    /// Walks the anonymous types reachable from `t` (named types end the
    /// walk: they cannot be part of an anonymous cycle).
    fn visit_type(&self, t: TypeId, cyclic: &mut HashMap<TypeId, bool>, depth: usize) -> bool {
        if depth > 500 {
            return false;
        }
        let t = self.w.types.unalias(t);
        match self.w.types.get(t).clone() {
            Type::Pointer(e) | Type::Array(_, e) | Type::Slice(e) | Type::Chan(_, e) => {
                self.visit_type(e, cyclic, depth + 1)
            }
            Type::Map(k, v) => {
                self.visit_type(k, cyclic, depth + 1) || self.visit_type(v, cyclic, depth + 1)
            }
            Type::Struct(fields) => fields
                .iter()
                .any(|f| self.visit_type(self.w.type_of(f.obj), cyclic, depth + 1)),
            Type::Signature(s) => s
                .params
                .iter()
                .chain(&s.results)
                .any(|&v| self.visit_type(self.w.type_of(v), cyclic, depth + 1)),
            Type::Interface(i) => {
                if i.methods.is_empty() && i.embeddeds.is_empty() {
                    return false;
                }
                if let Some(&c) = cyclic.get(&t) {
                    return c;
                }
                cyclic.insert(t, true);
                if self.has_cycle(t, cyclic, depth) {
                    return true;
                }
                cyclic.insert(t, false);
                false
            }
            _ => false,
        }
    }

    /// Notes an interface literal (its position and type) for
    /// `anonymous_interface_cycles`, unless it is written inside another:
    /// gc starts from the outermost ones only.
    pub(super) fn note_interface_literal(&mut self, pos: GPos, t: TypeId) {
        if self.iface_lit_depth == 0 {
            self.iface_lits.push((pos, t));
        }
    }
}
