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
                let slot = match self.locs[root].role {
                    Role::Result(i) if !self.locs[root].escapes => &mut leak.results[i],
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
