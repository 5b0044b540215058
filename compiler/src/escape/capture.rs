//! The variables a function literal captures, and how (gc's
//! `capturevars`): by reference when the variable is assigned after its
//! declaration or has its address taken, else by value.

use std::collections::HashSet;

use crate::inline::funcs::FuncId;
use crate::inline::view::PkgView;
use crate::inline::walk::{Visit, walk_block};
use crate::syntax::Pos;
use crate::syntax::ast::{AssignOp, Expr, ExprKind, Stmt, StmtKind};
use crate::syntax::token::Operator;
use crate::types::object::{GPos, ObjId, ObjKind};

/// (a position naming the variable inside `f`, captured by reference),
/// one per variable, in order of first use.
pub fn captures(view: &PkgView, f: FuncId) -> Vec<(Pos, bool)> {
    let src = &view.funcs.funcs[f];
    let base = view.info.file_bases.get(src.file).copied().unwrap_or(0);
    let inside = |gp: GPos| gp.0 >= base + src.pos.0 && gp.0 <= base + src.body.rbrace.0;
    let mut uses = Uses {
        view,
        file: src.file,
        names: Vec::new(),
    };
    walk_block(src.body, &mut uses);
    // The variables assigned anywhere in the outermost function.
    let mut top = f;
    while let Some(p) = view.funcs.funcs[top].parent {
        top = p;
    }
    let mut w = Writes {
        view,
        file: src.file,
        written: HashSet::new(),
        post_stmts: HashSet::new(),
    };
    walk_block(view.funcs.funcs[top].body, &mut w);
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (pos, obj) in uses.names {
        let o = view.world.obj(obj);
        let local = matches!(o.kind, ObjKind::Var { field: false, .. })
            && o.parent
                .is_some_and(|s| Some(s) != package_scope(view, obj));
        if local && !inside(o.pos) && seen.insert(obj) {
            out.push((pos, w.written.contains(&obj)));
        }
    }
    out
}

fn package_scope(view: &PkgView, o: ObjId) -> Option<crate::types::object::ScopeId> {
    let pkg = view.world.obj(o).pkg?;
    Some(view.world.pkgs[pkg.0 as usize].scope)
}

struct Uses<'v, 'a> {
    view: &'v PkgView<'a>,
    file: usize,
    names: Vec<(Pos, ObjId)>,
}

impl<'e> Visit<'e> for Uses<'_, '_> {
    fn expr(&mut self, e: &'e Expr) -> bool {
        if let ExprKind::Name(_) = e.kind
            && let Some(obj) = self.view.obj_at(self.file, e.pos)
        {
            self.names.push((e.pos, obj));
        }
        true
    }

    fn stmt(&mut self, _s: &'e Stmt) -> bool {
        true
    }
}

struct Writes<'v, 'a> {
    view: &'v PkgView<'a>,
    file: usize,
    written: HashSet<ObjId>,
    /// The post statements of 3-clause loops.
    post_stmts: HashSet<usize>,
}

impl Writes<'_, '_> {
    fn mark(&mut self, e: &Expr) {
        let e = e.unparen();
        if let ExprKind::Name(_) = e.kind
            && let Some(obj) = self.view.obj_at(self.file, e.pos)
        {
            self.written.insert(obj);
        }
    }
}

impl<'e> Visit<'e> for Writes<'_, '_> {
    fn expr(&mut self, e: &'e Expr) -> bool {
        if let ExprKind::Operation(Operator::And, x, None) = &e.kind {
            self.mark(x);
        }
        true
    }

    fn stmt(&mut self, s: &'e Stmt) -> bool {
        if self.post_stmts.contains(&(s as *const Stmt as usize)) {
            // Go 1.22 loop variables: each iteration has its own copy,
            // and the post statement writes the next one.
            return true;
        }
        if let StmtKind::For(f) = &s.kind
            && let Some(post) = &f.post
        {
            self.post_stmts.insert(post as *const Stmt as usize);
        }
        match &s.kind {
            StmtKind::Assign(op, lhs, _) => {
                for l in lhs {
                    let defining = *op == AssignOp::Define && self.view.defines(self.file, l.pos);
                    if !defining {
                        self.mark(l);
                    }
                }
            }
            StmtKind::IncDec(x, _) => self.mark(x),
            _ => {}
        }
        true
    }
}

/// The uses of one variable in a body: for each, the call (by address)
/// it is the function or an argument of, or None for any other use.
pub struct CallUses<'v, 'a> {
    view: &'v PkgView<'a>,
    file: usize,
    obj: ObjId,
    pub only_in_calls: Vec<Option<usize>>,
    /// Names already accounted for as a call's function or argument.
    seen: HashSet<Pos>,
}

impl<'v, 'a> CallUses<'v, 'a> {
    pub fn new(view: &'v PkgView<'a>, file: usize, obj: ObjId) -> CallUses<'v, 'a> {
        CallUses {
            view,
            file,
            obj,
            only_in_calls: Vec::new(),
            seen: HashSet::new(),
        }
    }

    fn is_var(&self, e: &Expr) -> bool {
        let e = e.unparen();
        e.as_name().is_some() && self.view.obj_at(self.file, e.pos) == Some(self.obj)
    }
}

impl<'e> Visit<'e> for CallUses<'_, '_> {
    fn expr(&mut self, e: &'e Expr) -> bool {
        if let ExprKind::Call { fun, args, .. } = &e.kind {
            for x in std::iter::once(&**fun).chain(args) {
                if self.is_var(x) {
                    self.seen.insert(x.unparen().pos);
                    self.only_in_calls.push(Some(e as *const Expr as usize));
                }
            }
        } else if self.is_var(e) && !self.seen.contains(&e.pos) {
            let defining = self.view.defines(self.file, e.pos);
            if !defining {
                self.only_in_calls.push(None);
            }
        }
        true
    }

    fn stmt(&mut self, s: &'e Stmt) -> bool {
        // The defining name of `f := ...` is not a use.
        if let StmtKind::Assign(AssignOp::Define, lhs, _) = &s.kind {
            for l in lhs {
                if self.is_var(l) {
                    self.seen.insert(l.pos);
                }
            }
        }
        true
    }
}
