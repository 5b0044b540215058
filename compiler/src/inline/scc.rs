//! gc's bottom-up order over a package's functions (ir.VisitFuncsBottomUp):
//! strongly connected components of the reference graph, callees before
//! callers, each component with the literals of its functions.

use super::funcs::FuncId;
use super::view::PkgView;
use super::walk::{Visit, walk_block};
use crate::syntax::ast::{Expr, ExprKind, Stmt};

/// The components in the order gc analyses them.
pub fn bottom_up(view: &PkgView) -> Vec<Vec<FuncId>> {
    let n = view.funcs.funcs.len();
    let mut v = Visitor {
        view,
        node_id: vec![0; n],
        visit_gen: 0,
        stack: Vec::new(),
        out: Vec::new(),
    };
    for f in 0..n {
        if view.funcs.funcs[f].parent.is_none() {
            v.visit(f);
        }
    }
    v.out
}

struct Visitor<'v, 'a> {
    view: &'v PkgView<'a>,
    node_id: Vec<u32>,
    visit_gen: u32,
    stack: Vec<FuncId>,
    out: Vec<Vec<FuncId>>,
}

const DONE: u32 = u32::MAX;

impl Visitor<'_, '_> {
    fn visit(&mut self, f: FuncId) -> u32 {
        if self.node_id[f] > 0 {
            return self.node_id[f];
        }
        self.visit_gen += 1;
        let id = self.visit_gen;
        self.node_id[f] = id;
        self.visit_gen += 1;
        let mut min = self.visit_gen;
        self.stack.push(f);
        for g in references(self.view, f) {
            min = min.min(self.visit(g));
        }
        let is_closure = self.view.funcs.funcs[f].parent.is_some();
        if (min == id || min == id + 1) && !is_closure {
            let at = self.stack.iter().rposition(|&x| x == f).unwrap_or(0);
            let block = self.stack.split_off(at);
            for &x in &block {
                self.node_id[x] = DONE;
            }
            self.out.push(block);
        }
        min
    }
}

/// The functions `f`'s body refers to, in order: named functions and
/// methods of the package, and its own literals.
fn references(view: &PkgView, f: FuncId) -> Vec<FuncId> {
    let src = &view.funcs.funcs[f];
    let mut r = Refs {
        view,
        file: src.file,
        out: Vec::new(),
    };
    walk_block(src.body, &mut r);
    r.out
}

struct Refs<'v, 'a> {
    view: &'v PkgView<'a>,
    file: usize,
    out: Vec<FuncId>,
}

impl<'a> Visit<'a> for Refs<'_, '_> {
    fn expr(&mut self, e: &'a Expr) -> bool {
        match &e.kind {
            ExprKind::FuncLit(..) => {
                self.out.extend(self.view.funcs.by_lit(e));
                return false;
            }
            ExprKind::Name(_) => {
                if let Some(obj) = self.view.obj_at(self.file, e.pos) {
                    self.out.extend(self.view.funcs.by_obj(obj));
                }
            }
            ExprKind::Selector(_, sel) => {
                if let Some(obj) = self.view.obj_at(self.file, sel.pos) {
                    self.out.extend(self.view.funcs.by_obj(obj));
                }
            }
            _ => {}
        }
        true
    }

    fn stmt(&mut self, _s: &'a Stmt) -> bool {
        true
    }
}
