//! One walk over a function body's statements and expressions, shared by
//! the passes that look at bodies (inlining costs and call sites, the
//! function table's literals): a visitor says whether to descend into a
//! node and is told when a node's children are done.

use crate::syntax::ast::{Block, Decl, Expr, ExprKind, Stmt, StmtKind};

pub trait Visit<'a> {
    /// Called before the children of `e`; false skips them.
    fn expr(&mut self, e: &'a Expr) -> bool;
    /// Called after the children of `e` (when they were visited).
    fn expr_post(&mut self, _e: &'a Expr) {}
    /// Called before the children of `s`; false skips them.
    fn stmt(&mut self, s: &'a Stmt) -> bool;
}

pub fn walk_block<'a>(b: &'a Block, v: &mut impl Visit<'a>) {
    for s in &b.stmts {
        walk_stmt(s, v);
    }
}

pub fn walk_stmts<'a>(ss: &'a [Stmt], v: &mut impl Visit<'a>) {
    for s in ss {
        walk_stmt(s, v);
    }
}

pub fn walk_stmt<'a>(s: &'a Stmt, v: &mut impl Visit<'a>) {
    crate::syntax::grow(|| walk_stmt_inner(s, v));
}

fn walk_stmt_inner<'a>(s: &'a Stmt, v: &mut impl Visit<'a>) {
    if !v.stmt(s) {
        return;
    }
    match &s.kind {
        StmtKind::Empty | StmtKind::Branch(..) => {}
        StmtKind::Labeled(_, s) => walk_stmt(s, v),
        StmtKind::Block(b) => walk_block(b, v),
        StmtKind::Expr(e) | StmtKind::Call(_, e) | StmtKind::IncDec(e, _) => walk_expr(e, v),
        StmtKind::Send(a, b) => {
            walk_expr(a, v);
            walk_expr(b, v);
        }
        StmtKind::Assign(_, l, r) => {
            // Right-hand sides are evaluated first.
            r.iter().chain(l).for_each(|e| walk_expr(e, v));
        }
        StmtKind::Decl(ds) => {
            for d in ds {
                if let Decl::Var(vd) = d {
                    vd.values.iter().for_each(|e| walk_expr(e, v));
                }
            }
        }
        StmtKind::Return(es) => es.iter().for_each(|e| walk_expr(e, v)),
        StmtKind::If(i) => {
            i.init.iter().for_each(|s| walk_stmt(s, v));
            walk_expr(&i.cond, v);
            walk_block(&i.then, v);
            i.els.iter().for_each(|s| walk_stmt(s, v));
        }
        StmtKind::For(f) => {
            f.init.iter().for_each(|s| walk_stmt(s, v));
            f.cond.iter().for_each(|e| walk_expr(e, v));
            f.post.iter().for_each(|s| walk_stmt(s, v));
            walk_block(&f.body, v);
        }
        StmtKind::Range(r) => {
            walk_expr(&r.x, v);
            r.lhs.iter().for_each(|e| walk_expr(e, v));
            walk_block(&r.body, v);
        }
        StmtKind::Switch(sw) => {
            sw.init.iter().for_each(|s| walk_stmt(s, v));
            sw.tag.iter().for_each(|e| walk_expr(e, v));
            for c in &sw.clauses {
                c.cases.iter().flatten().for_each(|e| walk_expr(e, v));
                walk_stmts(&c.body, v);
            }
        }
        StmtKind::Select(sel) => {
            for c in &sel.clauses {
                c.comm.iter().for_each(|s| walk_stmt(s, v));
                walk_stmts(&c.body, v);
            }
        }
    }
}

/// Deeply nested input (a long `a + b + ...` chain) recurses deeply:
/// the walk grows its stack on the heap as the parser does.
pub fn walk_expr<'a>(e: &'a Expr, v: &mut impl Visit<'a>) {
    crate::syntax::grow(|| walk_expr_inner(e, v));
}

fn walk_expr_inner<'a>(e: &'a Expr, v: &mut impl Visit<'a>) {
    if !v.expr(e) {
        return;
    }
    match &e.kind {
        ExprKind::Bad | ExprKind::Name(_) | ExprKind::BasicLit(..) => {}
        ExprKind::CompositeLit { elems, .. } => elems.iter().for_each(|e| walk_expr(e, v)),
        ExprKind::KeyValue(k, x) => {
            walk_expr(k, v);
            walk_expr(x, v);
        }
        ExprKind::FuncLit(_, body) => walk_block(body, v),
        ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::Assert(x, _) => walk_expr(x, v),
        ExprKind::TypeSwitchGuard(_, x) => walk_expr(x, v),
        ExprKind::Index(x, idx) => {
            walk_expr(x, v);
            idx.iter().for_each(|e| walk_expr(e, v));
        }
        ExprKind::Slice { x, index, .. } => {
            walk_expr(x, v);
            index.iter().flatten().for_each(|e| walk_expr(e, v));
        }
        ExprKind::Operation(_, x, y) => {
            walk_expr(x, v);
            y.iter().for_each(|e| walk_expr(e, v));
        }
        ExprKind::Call { fun, args, .. } => {
            walk_expr(fun, v);
            args.iter().for_each(|e| walk_expr(e, v));
        }
        ExprKind::ArrayType(..)
        | ExprKind::SliceType(_)
        | ExprKind::DotsType(_)
        | ExprKind::StructType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::FuncType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..) => {}
    }
    v.expr_post(e);
}
