//! Package initialization order and initialization cycles (types2's
//! initorder.go).
//!
//! While checking package-level constant and variable initializers and
//! function bodies, every use of a package-level constant, variable,
//! function or method is recorded as a dependency of the declaration
//! (`Checker::add_decl_dep`). Here the dependency graph is reduced to
//! constants and variables (function nodes are removed, connecting their
//! users to their dependencies), and nodes are emitted in priority order:
//! constants first, then fewest outstanding dependencies, then source
//! order. A node emitted with dependencies left is on a cycle, reported as
//! "initialization cycle for x" with the "x refers to y" chain.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::check::{Checker, DeclInfo};
use super::object::{ObjId, ObjKind};

impl Checker<'_, '_> {
    /// The dependencies of `o` (n:1 variables share their declaration's).
    fn deps_of(&self, o: ObjId) -> Vec<ObjId> {
        let key = match self.decls.get(&o) {
            Some(DeclInfo::Var { lhs, .. }) => lhs.first().copied().unwrap_or(o),
            _ => o,
        };
        let mut deps: Vec<ObjId> = self
            .deps
            .get(&key)
            .map(|s| s.iter().copied().collect())
            .unwrap_or_default();
        deps.sort_by_key(|d| self.obj_order.get(d).copied().unwrap_or(usize::MAX));
        deps
    }

    /// Computes the initialization order, reporting initialization cycles.
    pub(super) fn init_order(&mut self) {
        // Nodes: package-level constants, variables and functions (incl.
        // methods), indexed by their collection order.
        let objs: Vec<ObjId> = self.objs_in_order.clone();
        let n = objs.len();
        let is_dep = |c: &Self, o: ObjId| {
            matches!(
                c.w.obj(o).kind,
                ObjKind::Const(_) | ObjKind::Var { .. } | ObjKind::Func { .. }
            )
        };
        let mut succ: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
        let mut pred: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); n];
        let mut present = vec![false; n];
        for (i, &o) in objs.iter().enumerate() {
            if !is_dep(self, o) {
                continue;
            }
            present[i] = true;
            for d in self.deps_of(o) {
                if let Some(&j) = self.obj_order.get(&d)
                    && is_dep(self, d)
                {
                    succ[i].insert(j);
                    pred[j].insert(i);
                }
            }
        }
        // Remove function nodes, cheapest first (the result does not
        // depend on the order), connecting predecessors to successors.
        let is_func = |c: &Self, i: usize| matches!(c.w.obj(objs[i]).kind, ObjKind::Func { .. });
        let mut funcs: Vec<usize> = (0..n).filter(|&i| present[i] && is_func(self, i)).collect();
        funcs.sort_by_key(|&i| (pred[i].len() * succ[i].len(), i));
        for f in funcs {
            let ps: Vec<usize> = pred[f].iter().copied().collect();
            let ss: Vec<usize> = succ[f].iter().copied().collect();
            for &p in &ps {
                if p == f {
                    continue;
                }
                for &s in &ss {
                    if s != f {
                        succ[p].insert(s);
                        pred[s].insert(p);
                    }
                }
                succ[p].remove(&f);
            }
            for &s in &ss {
                pred[s].remove(&f);
            }
            present[f] = false;
        }
        // Priority queue: (not a constant, outstanding deps, order).
        let is_const = |c: &Self, i: usize| matches!(c.w.obj(objs[i]).kind, ObjKind::Const(_));
        let mut ndeps: Vec<usize> = (0..n).map(|i| succ[i].len()).collect();
        let mut queue: BTreeSet<(bool, usize, usize)> = (0..n)
            .filter(|&i| present[i])
            .map(|i| (!is_const(self, i), ndeps[i], i))
            .collect();
        let mut emitted: HashSet<usize> = HashSet::new();
        let mut order = Vec::new();
        while let Some(top) = queue.pop_first() {
            let i = top.2;
            if ndeps[i] > 0 {
                let o = objs[i];
                let mut seen = HashMap::new();
                if let Some(cycle) = self.find_path(o, o, &mut seen) {
                    self.report_init_cycle(&cycle);
                }
            }
            for &p in &pred[i] {
                if queue.remove(&(!is_const(self, p), ndeps[p], p)) {
                    ndeps[p] = ndeps[p].saturating_sub(1);
                    queue.insert((!is_const(self, p), ndeps[p], p));
                } else {
                    ndeps[p] = ndeps[p].saturating_sub(1);
                }
            }
            if emitted.insert(i) {
                order.push(objs[i]);
            }
        }
        self.info.init_order = order
            .into_iter()
            .filter(|&o| matches!(self.w.obj(o).kind, ObjKind::Var { .. }))
            .collect();
    }

    /// A path of dependencies from `from` to `to`, reversed: [to, ..., d]
    /// where d is a dependency of `from`.
    fn find_path(
        &self,
        from: ObjId,
        to: ObjId,
        seen: &mut HashMap<ObjId, bool>,
    ) -> Option<Vec<ObjId>> {
        if seen.insert(from, true).is_some() {
            return None;
        }
        for d in self.deps_of(from) {
            if d == to {
                return Some(vec![d]);
            }
            if let Some(mut p) = self.find_path(d, to, seen) {
                p.push(d);
                return Some(p);
            }
        }
        None
    }

    fn report_init_cycle(&mut self, cycle: &[ObjId]) {
        let mut o = cycle[0];
        let pos = self.w.obj(o).pos;
        let name = self.w.obj(o).name.clone();
        if cycle.len() == 1 {
            self.error_at(
                pos,
                format!("initialization cycle: {name} refers to itself"),
            );
            return;
        }
        let mut msg = format!("initialization cycle for {name}");
        for &next in cycle.iter().rev() {
            msg += &format!(
                "\n\t{}: {} refers to {}",
                self.pos_string(self.w.obj(o).pos),
                self.w.obj(o).name,
                self.w.obj(next).name
            );
            o = next;
        }
        self.error_at(pos, msg);
    }
}
