//! Which local variables have their address taken (`&x`, `&x.f`,
//! `&x[i]` on an array, `x[:]` of an array): until escape analysis
//! lands, exactly these live in the heap ("moved to heap" in gc's `-m`
//! words), so no pointer into a goroutine stack ever exists and stacks
//! can be copied freely. Going through a pointer or a slice (`&p.f`,
//! `&s[i]`, `s[:]`) reaches memory the variable does not own: that takes
//! no address of the variable.

use std::collections::HashSet;

use crate::syntax::Pos;
use crate::syntax::ast::{Block, Decl, Expr, ExprKind, Stmt, StmtKind};
use crate::syntax::token::{Operator, Token};

/// Positions of the names whose variables have their address taken in
/// `body` (`&x...`, slicing `x...[:]`; method calls that take an address
/// implicitly are added by the caller). `owns(x)` tells whether operand
/// `x` of a selector, index or slice expression holds its value in its
/// own memory (a struct or array, not a pointer or slice); the caller
/// knows the types, and answers true when in doubt.
pub fn address_taken(body: &Block, owns: &dyn Fn(&Expr) -> bool) -> HashSet<Pos> {
    let mut taken = HashSet::new();
    walk_block(body, &mut |e| {
        let root = match &e.kind {
            ExprKind::Operation(Operator::And, x, None) => root_name(x, owns),
            ExprKind::Slice { x, .. } if owns(x) => root_name(x, owns),
            _ => None,
        };
        taken.extend(root);
    });
    taken
}

/// For every name used inside a function literal of `body` (at any
/// depth): its position and the literal's extent (`func` keyword to
/// closing brace). A variable declared outside that extent is captured.
pub fn names_in_literals(body: &Block) -> Vec<(Pos, (Pos, Pos))> {
    let mut out = Vec::new();
    walk_block(body, &mut |e| {
        if let ExprKind::FuncLit(_, lit) = &e.kind {
            let span = (e.pos, lit.rbrace);
            walk_block(lit, &mut |x| {
                if let ExprKind::Name(_) = &x.kind {
                    out.push((x.pos, span));
                }
            });
        }
    });
    out
}

/// Positions of every name used in `body`, in source order.
pub fn names_used(body: &Block) -> Vec<Pos> {
    let mut out = Vec::new();
    walk_block(body, &mut |e| {
        if let ExprKind::Name(_) = &e.kind {
            out.push(e.pos);
        }
    });
    out
}

/// Calls `f` on every expression of `b`, outer before inner, function
/// literals' bodies included.
pub fn walk_block(b: &Block, f: &mut dyn FnMut(&Expr)) {
    Walker {
        f,
        stmts: None,
        literals: true,
    }
    .block(b);
}

/// Whether `b` itself (not a function literal in it) has a `defer`
/// statement.
pub fn has_defer(b: &Block) -> bool {
    let mut found = false;
    let mut on_stmt = |s: &Stmt| {
        found |= matches!(s.kind, StmtKind::Call(Token::Defer, _));
    };
    Walker {
        f: &mut |_| {},
        stmts: Some(&mut on_stmt),
        literals: false,
    }
    .block(b);
    found
}

struct Walker<'f> {
    f: &'f mut dyn FnMut(&Expr),
    /// Called on every statement, outer before inner.
    stmts: Option<&'f mut dyn FnMut(&Stmt)>,
    /// Whether to descend into function literals' bodies.
    literals: bool,
}

impl Walker<'_> {
    fn block(&mut self, b: &Block) {
        for s in &b.stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        if let Some(f) = self.stmts.as_mut() {
            f(s);
        }
        match &s.kind {
            StmtKind::Empty | StmtKind::Branch(..) => {}
            StmtKind::Labeled(_, s) => self.stmt(s),
            StmtKind::Block(b) => self.block(b),
            StmtKind::Expr(e) | StmtKind::Call(_, e) | StmtKind::IncDec(e, _) => self.expr(e),
            StmtKind::Send(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            StmtKind::Assign(_, l, r) => l.iter().chain(r).for_each(|e| self.expr(e)),
            StmtKind::Decl(ds) => {
                for d in ds {
                    if let Decl::Var(v) = d {
                        v.values.iter().for_each(|e| self.expr(e));
                    }
                }
            }
            StmtKind::Return(es) => es.iter().for_each(|e| self.expr(e)),
            StmtKind::If(i) => {
                i.init.iter().for_each(|s| self.stmt(s));
                self.expr(&i.cond);
                self.block(&i.then);
                i.els.iter().for_each(|s| self.stmt(s));
            }
            StmtKind::For(f) => {
                f.init.iter().chain(&f.post).for_each(|s| self.stmt(s));
                f.cond.iter().for_each(|e| self.expr(e));
                self.block(&f.body);
            }
            StmtKind::Range(r) => {
                r.lhs.iter().for_each(|e| self.expr(e));
                self.expr(&r.x);
                self.block(&r.body);
            }
            StmtKind::Switch(sw) => {
                sw.init.iter().for_each(|s| self.stmt(s));
                sw.tag.iter().for_each(|e| self.expr(e));
                for c in &sw.clauses {
                    c.cases.iter().flatten().for_each(|e| self.expr(e));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
            StmtKind::Select(sel) => {
                for c in &sel.clauses {
                    c.comm.iter().for_each(|s| self.stmt(s));
                    c.body.iter().for_each(|s| self.stmt(s));
                }
            }
        }
    }

    fn expr(&mut self, e: &Expr) {
        (self.f)(e);
        match &e.kind {
            ExprKind::Bad | ExprKind::Name(_) | ExprKind::BasicLit(..) => {}
            ExprKind::CompositeLit { elems, .. } => elems.iter().for_each(|e| self.expr(e)),
            ExprKind::KeyValue(k, v) => {
                self.expr(k);
                self.expr(v);
            }
            ExprKind::FuncLit(_, body) if self.literals => self.block(body),
            ExprKind::FuncLit(..) => {}
            ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::Assert(x, _) => self.expr(x),
            ExprKind::TypeSwitchGuard(_, x) => self.expr(x),
            ExprKind::Index(x, idx) => {
                self.expr(x);
                idx.iter().for_each(|e| self.expr(e));
            }
            ExprKind::Slice { x, index, .. } => {
                self.expr(x);
                index.iter().flatten().for_each(|e| self.expr(e));
            }
            ExprKind::Operation(_, x, y) => {
                self.expr(x);
                y.iter().for_each(|e| self.expr(e));
            }
            ExprKind::Call { fun, args, .. } => {
                self.expr(fun);
                args.iter().for_each(|e| self.expr(e));
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
    }
}

/// The variable name an addressable expression starts from, through
/// field selections and array indexing of values (`x`, `x.f`, `x[i].g`);
/// None when the path goes through an operand that `owns` says does not
/// hold its value itself (`p.f` with `p` a pointer, `s[i]` with `s` a
/// slice: that memory is not the variable's). A selection through an
/// embedded pointer field still counts, which is only conservative.
pub fn root_name(e: &Expr, owns: &dyn Fn(&Expr) -> bool) -> Option<Pos> {
    match &e.kind {
        ExprKind::Name(_) => Some(e.pos),
        ExprKind::Paren(x) => root_name(x, owns),
        ExprKind::Selector(x, _) | ExprKind::Index(x, _) if owns(x) => root_name(x, owns),
        _ => None,
    }
}
