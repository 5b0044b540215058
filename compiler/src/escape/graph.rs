//! The escape graph and its solver, after gc's escape analysis
//! (escape/graph.go, solve.go): locations (variables, parameters,
//! results, allocations, the heap) joined by edges `dst <- src` that carry
//! a dereference count (-1: the address of src flows to dst; 0: its
//! value; n > 0: what it points to, n levels down). From every location
//! taken as a root, a shortest-derefs walk over incoming edges finds
//! which locations' addresses reach it (they escape when the root
//! outlives them) and which parameters leak into it.

use std::collections::VecDeque;

pub type LocId = usize;

/// The heap: everything reaching it escapes.
pub const HEAP: LocId = 0;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    Heap,
    /// A variable (locals, and parameters of inlined calls).
    Var,
    /// Parameter `index` of the function being analysed.
    Param(usize),
    /// Result `index` of the function being analysed.
    Result(usize),
    /// An allocation site (`new(T)`, `&T{...}`, `make(...)`, ...).
    Alloc,
    /// A value with no memory of its own (call results, ...).
    Temp,
}

pub struct Loc {
    pub role: Role,
    /// gc's loop depth: a location declared outside a loop outlives one
    /// declared inside it.
    pub loop_depth: u32,
    /// The function the location belongs to (closures are analysed in
    /// their parent's batch).
    pub func: usize,
    edges: Vec<(LocId, i32)>,
    pub escapes: bool,
}

/// Where a parameter's value (or what it points to) ends up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Leaks {
    /// Fewest dereferences with which it reaches the heap.
    pub heap: Option<i32>,
    /// For each result, fewest dereferences with which it reaches it.
    pub results: Vec<Option<i32>>,
}

#[derive(Default)]
pub struct Graph {
    pub locs: Vec<Loc>,
}

impl Graph {
    pub fn new() -> Graph {
        let mut g = Graph { locs: Vec::new() };
        g.add(Role::Heap, 0, usize::MAX);
        g.locs[HEAP].escapes = true;
        g
    }

    pub fn add(&mut self, role: Role, loop_depth: u32, func: usize) -> LocId {
        self.locs.push(Loc {
            role,
            loop_depth,
            func,
            edges: Vec::new(),
            escapes: false,
        });
        self.locs.len() - 1
    }

    /// `dst <- src` with `derefs` (-1 is `&src`).
    pub fn flow(&mut self, dst: LocId, src: LocId, derefs: i32) {
        if dst == src && derefs >= 0 {
            return;
        }
        self.locs[dst].edges.push((src, derefs));
    }

    /// Whether `root` outlives `l` (gc's `outlives`): the heap and escaped
    /// locations outlive everything; results outlive the function's
    /// locations; a location outside a loop outlives one inside it; a
    /// function outlives the literals it contains.
    fn outlives(&self, root: LocId, l: LocId) -> bool {
        let (r, o) = (&self.locs[root], &self.locs[l]);
        if r.escapes {
            return true;
        }
        if let Role::Result(_) = r.role {
            return true;
        }
        r.func == o.func && r.loop_depth < o.loop_depth
    }

    /// Solves the graph; returns the leaks of each parameter location.
    pub fn solve(&mut self) -> Vec<(LocId, Leaks)> {
        let nresults = self
            .locs
            .iter()
            .filter_map(|l| match l.role {
                Role::Result(i) => Some(i + 1),
                _ => None,
            })
            .max()
            .unwrap_or(0);
        let mut leaks: Vec<Option<Leaks>> = self
            .locs
            .iter()
            .map(|l| {
                matches!(l.role, Role::Param(_)).then(|| Leaks {
                    heap: None,
                    results: vec![None; nresults],
                })
            })
            .collect();
        // The heap first, then every location in creation order; a
        // location that starts escaping is walked again as a root.
        let mut todo: VecDeque<LocId> = (0..self.locs.len()).collect();
        let mut queued = vec![true; self.locs.len()];
        while let Some(root) = todo.pop_front() {
            queued[root] = false;
            for l in self.walk_one(root, &mut leaks) {
                if !queued[l] {
                    queued[l] = true;
                    todo.push_back(l);
                }
            }
        }
        leaks
            .into_iter()
            .enumerate()
            .filter_map(|(i, l)| l.map(|l| (i, l)))
            .collect()
    }

    /// One shortest-derefs walk from `root`; returns the locations that
    /// started escaping.
    fn walk_one(&mut self, root: LocId, leaks: &mut [Option<Leaks>]) -> Vec<LocId> {
        let n = self.locs.len();
        let mut dist: Vec<Option<i32>> = vec![None; n];
        dist[root] = Some(0);
        let mut todo = VecDeque::from([root]);
        let mut newly = Vec::new();
        while let Some(l) = todo.pop_front() {
            let mut derefs = dist[l].unwrap_or(0);
            if derefs < 0 {
                derefs = 0;
                if !self.locs[l].escapes && self.outlives(root, l) {
                    self.locs[l].escapes = true;
                    newly.push(l);
                    continue;
                }
            }
            if let Some(leak) = &mut leaks[l]
                && l != root
                && self.outlives(root, l)
            {
                // A leak into the parameter's own function's result is
                // a result leak; anything else that outlives it, the heap.
                let (r, o) = (&self.locs[root], &self.locs[l]);
                let slot = match r.role {
                    Role::Result(i) if !r.escapes && r.func == o.func => &mut leak.results[i],
                    _ => &mut leak.heap,
                };
                *slot = Some(slot.map_or(derefs, |d| d.min(derefs)));
            }
            for &(src, e) in &self.locs[l].edges {
                if self.locs[src].escapes {
                    continue;
                }
                let d = derefs + e;
                if dist[src].is_none_or(|old| old > d) {
                    dist[src] = Some(d);
                    todo.push_back(src);
                }
            }
        }
        newly
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn an_address_reaching_the_heap_escapes() {
        // x := 1; p := &x; sink = p
        let mut g = Graph::new();
        let x = g.add(Role::Var, 1, 0);
        let p = g.add(Role::Var, 1, 0);
        g.flow(p, x, -1);
        g.flow(HEAP, p, 0);
        g.solve();
        assert!(g.locs[x].escapes);
        assert!(
            !g.locs[p].escapes,
            "p's value reaches the heap, not its address"
        );
    }

    #[test]
    fn a_dereferenced_address_does_not_escape() {
        // y := 1; p := &y; sink2 = *p (an int: nothing to keep alive)
        let mut g = Graph::new();
        let y = g.add(Role::Var, 1, 0);
        let p = g.add(Role::Var, 1, 0);
        g.flow(p, y, -1);
        g.flow(HEAP, p, 1);
        g.solve();
        assert!(!g.locs[y].escapes);
    }

    #[test]
    fn parameters_leak_with_their_dereference_levels() {
        // func f(p *T, q **int) (*int) { sink = *q; return p.f }
        let mut g = Graph::new();
        let p = g.add(Role::Param(0), 0, 0);
        let q = g.add(Role::Param(1), 0, 0);
        let r = g.add(Role::Result(0), 0, 0);
        g.flow(HEAP, q, 1);
        g.flow(r, p, 1);
        let leaks: HashMap<LocId, Leaks> = g.solve().into_iter().collect();
        assert_eq!(leaks[&q].heap, Some(1), "leaking param content: q");
        assert_eq!(leaks[&p].heap, None);
        assert_eq!(leaks[&p].results, vec![Some(1)], "to result ~r0 level=1");
    }

    #[test]
    fn an_outer_variable_outlives_a_loop_variable() {
        // var last *int; for ... { v := i; last = &v }
        let mut g = Graph::new();
        let last = g.add(Role::Var, 1, 0);
        let v = g.add(Role::Var, 2, 0);
        g.flow(last, v, -1);
        g.solve();
        assert!(g.locs[v].escapes, "moved to heap: v");
        // The same inside one loop level does not.
        let mut g = Graph::new();
        let p = g.add(Role::Var, 2, 0);
        let u = g.add(Role::Var, 2, 0);
        g.flow(p, u, -1);
        g.solve();
        assert!(!g.locs[u].escapes);
    }

    #[test]
    fn escaping_is_transitive_through_escaped_locations() {
        // a := &T{}; b := &a.f (via a's value); sink = b
        let mut g = Graph::new();
        let t = g.add(Role::Alloc, 1, 0);
        let a = g.add(Role::Var, 1, 0);
        let x = g.add(Role::Var, 1, 0);
        g.flow(a, t, -1);
        g.flow(t, x, -1); // T holds &x
        g.flow(HEAP, a, 0);
        g.solve();
        assert!(g.locs[t].escapes);
        assert!(
            g.locs[x].escapes,
            "what an escaped allocation points to escapes"
        );
    }
}
