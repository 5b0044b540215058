//! gc's inlining cost of a function body (inline/inl.go's hairyVisitor):
//! every IR node costs 1, with gc's exceptions. The IR is not built here,
//! so the syntax tree is charged for the nodes gc's IR has for it: a
//! `x := e` is a declaration (2) plus an assignment (1 + operands), a
//! method call's receiver is an argument, a variadic call's extra
//! arguments are a slice literal, blocks and types are free. A body gc
//! refuses outright (go, defer, recover, select's bodies are fine) has no
//! cost.

use std::collections::HashMap;

use crate::syntax::ast::{Block, Decl, Expr, ExprKind, Stmt, StmtKind};
use crate::syntax::token::{Operator, Token};
use crate::types::object::{Builtin, ObjId, ObjKind};
use crate::types::ty::Type;

use super::funcs::FuncId;
use super::view::{Callee, PkgView};

/// The largest cost gc inlines (`inlineMaxBudget`).
pub const MAX_BUDGET: i32 = 80;
/// What a call that is not inlined adds (`inlineExtraCallCost`).
const CALL_COST: i32 = 57;
/// What a call of a function-valued parameter adds (`inlineParamCallCost`).
const PARAM_CALL_COST: i32 = 17;
/// What a function literal adds (gc's flat charge for a closure).
const CLOSURE_COST: i32 = 15;

/// Why a body cannot be inlined at all.
#[derive(Debug)]
pub struct Refused;

/// Measures bodies of one file; `callee_cost` answers the inlining cost
/// of a function of the package, or None if it cannot be inlined.
pub struct Coster<'v, 'a, F: FnMut(FuncId) -> Option<i32>> {
    pub view: &'v PkgView<'a>,
    pub file: usize,
    /// Local variables that always hold one function literal.
    pub statics: &'v HashMap<ObjId, FuncId>,
    pub callee_cost: F,
}

type Cost = Result<i32, Refused>;

impl<F: FnMut(FuncId) -> Option<i32>> Coster<'_, '_, F> {
    pub fn body(&mut self, b: &Block) -> Cost {
        self.stmts(&b.stmts)
    }

    /// A function body: gc stops looking once the budget is spent, so
    /// calls after that point are never examined (which matters: looking
    /// at a call of a literal decides the literal's inlinability).
    pub fn func_body(&mut self, b: &Block) -> Cost {
        let mut spent = 0;
        for s in &b.stmts {
            spent += self.stmt(s)?;
            if spent > MAX_BUDGET {
                return Err(Refused);
            }
        }
        Ok(spent)
    }

    fn stmts(&mut self, ss: &[Stmt]) -> Cost {
        ss.iter().map(|s| self.stmt(s)).sum()
    }

    fn opt_stmt(&mut self, s: Option<&Stmt>) -> Cost {
        s.map_or(Ok(0), |s| self.stmt(s))
    }

    fn exprs(&mut self, es: &[Expr]) -> Cost {
        es.iter().map(|e| self.expr(e)).sum()
    }

    fn stmt(&mut self, s: &Stmt) -> Cost {
        crate::syntax::grow(|| self.stmt_cost(s))
    }

    fn stmt_cost(&mut self, s: &Stmt) -> Cost {
        Ok(match &s.kind {
            StmtKind::Empty => 0,
            StmtKind::Labeled(_, s) => 1 + self.stmt(s)?,
            StmtKind::Block(b) => self.body(b)?,
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Send(a, b) => 1 + self.expr(a)? + self.expr(b)?,
            // `x++` is `x += 1`.
            StmtKind::IncDec(x, _) => 2 + self.expr(x)?,
            StmtKind::Assign(_, lhs, rhs) => {
                1 + self.decls_of(lhs) + self.exprs(lhs)? + self.exprs(rhs)?
            }
            StmtKind::Decl(ds) => {
                let mut c = 0;
                for d in ds {
                    if let Decl::Var(v) = d {
                        // A declaration and an assignment (of zero, when
                        // there is no value) per variable.
                        c += 4 * v.names.len() as i32 + self.exprs(&v.values)?;
                    }
                }
                c
            }
            StmtKind::Branch(Token::Fallthrough, _) => 0,
            StmtKind::Branch(..) => 1,
            StmtKind::Call(..) => return Err(Refused),
            StmtKind::Return(es) => 1 + self.exprs(es)?,
            StmtKind::If(i) => {
                1 + self.opt_stmt(i.init.as_ref())?
                    + self.expr(&i.cond)?
                    + self.body(&i.then)?
                    + self.opt_stmt(i.els.as_ref())?
            }
            StmtKind::For(f) => {
                1 + self.opt_stmt(f.init.as_ref())?
                    + f.cond.as_ref().map_or(Ok(0), |e| self.expr(e))?
                    + self.opt_stmt(f.post.as_ref())?
                    + self.body(&f.body)?
            }
            StmtKind::Range(r) => {
                let vars: i32 = r
                    .lhs
                    .iter()
                    .map(|e| if e.as_name() == Some("_") { 0 } else { 3 })
                    .sum();
                2 + vars + self.expr(&r.x)? + self.body(&r.body)?
            }
            StmtKind::Switch(sw) => {
                let mut c = 1 + self.opt_stmt(sw.init.as_ref())?;
                c += sw.tag.as_ref().map_or(Ok(0), |e| self.expr(e))?;
                for cl in &sw.clauses {
                    c += 1
                        + self.exprs(cl.cases.as_deref().unwrap_or(&[]))?
                        + self.stmts(&cl.body)?;
                }
                c
            }
            StmtKind::Select(sel) => {
                let mut c = 1;
                for cl in &sel.clauses {
                    c += 1 + self.opt_stmt(cl.comm.as_ref())? + self.stmts(&cl.body)?;
                }
                c
            }
        })
    }

    /// The declarations (`ODCL x`, 2 nodes each) a `:=` makes.
    fn decls_of(&self, lhs: &[Expr]) -> i32 {
        let new = lhs
            .iter()
            .filter(|e| {
                e.as_name().is_some_and(|n| n != "_") && self.view.defines(self.file, e.pos)
            })
            .count();
        2 * new as i32
    }

    pub fn expr(&mut self, e: &Expr) -> Cost {
        crate::syntax::grow(|| self.expr_cost(e))
    }

    fn expr_cost(&mut self, e: &Expr) -> Cost {
        if self.view.is_type_expr(e) {
            return Ok(0);
        }
        // A constant expression is folded to one literal.
        if self.view.is_constant(e) {
            return Ok(1);
        }
        Ok(match &e.kind {
            ExprKind::Bad | ExprKind::Name(_) | ExprKind::BasicLit(..) => 1,
            ExprKind::Paren(x) => self.expr(x)?,
            ExprKind::CompositeLit { elems, .. } => self.composite(e, elems)?,
            ExprKind::KeyValue(k, v) => 1 + self.expr(k)? + self.expr(v)?,
            ExprKind::FuncLit(..) => 1 + CLOSURE_COST,
            ExprKind::Selector(x, _) => {
                // A qualified identifier is one name.
                if matches!(&x.kind, ExprKind::Name(_)) && self.view.type_of(x).is_none() {
                    1
                } else {
                    1 + self.expr(x)?
                }
            }
            ExprKind::Index(x, idx) => 1 + self.expr(x)? + self.exprs(idx)?,
            ExprKind::Slice { x, index, .. } => {
                let mut c = 1 + self.expr(x)?;
                for i in index.iter().flatten() {
                    c += self.expr(i)?;
                }
                if index[0].as_deref().is_some_and(is_zero_lit) {
                    c -= 1;
                }
                c
            }
            ExprKind::Assert(x, _) | ExprKind::TypeSwitchGuard(_, x) => 1 + self.expr(x)?,
            ExprKind::Operation(Operator::And, x, None)
                if matches!(x.unparen().kind, ExprKind::CompositeLit { .. }) =>
            {
                1 + self.expr(x)?
            }
            ExprKind::Operation(_, x, y) => {
                1 + self.expr(x)? + y.as_deref().map_or(Ok(0), |y| self.expr(y))?
            }
            ExprKind::Call {
                fun,
                args,
                has_dots,
            } => self.call(fun, args, *has_dots)?,
            _ => 0,
        })
    }

    /// A composite literal: struct fields are keyed nodes; a slice
    /// literal costs one more (gc's "hack for toolstash").
    fn composite(&mut self, lit: &Expr, elems: &[Expr]) -> Cost {
        let typ = self.view.type_of(lit).map(|t| self.view.under(t));
        let is_struct = matches!(typ, Some(Type::Struct(_)));
        let is_slice = matches!(typ, Some(Type::Slice(_)));
        let mut c = 1 + i32::from(is_slice);
        for el in elems {
            c += match (&el.kind, is_struct) {
                (ExprKind::KeyValue(_, v), true) => 1 + self.expr(v)?,
                (_, true) => 1 + self.expr(el)?,
                _ => self.expr(el)?,
            };
        }
        Ok(c)
    }

    fn call(&mut self, fun: &Expr, args: &[Expr], has_dots: bool) -> Cost {
        let callee = match self.static_callee(fun) {
            Some(f) => Callee::Func(f),
            None => self.view.callee(self.file, fun),
        };
        let args_cost = self.exprs(args)?;
        let fun = fun.unparen();
        Ok(match callee {
            Callee::Conversion => 1 + args_cost,
            Callee::Builtin(Builtin::Recover) => return Err(Refused),
            Callee::Builtin(Builtin::Panic) => 2 + args_cost,
            Callee::Builtin(_) => 1 + args_cost,
            Callee::Func(f) => {
                let extra = (self.callee_cost)(f).unwrap_or(CALL_COST);
                1 + extra + self.fun_cost(fun)? + args_cost + self.variadic_pack(f, args, has_dots)
            }
            Callee::Param => 1 + PARAM_CALL_COST + self.expr(fun)? + args_cost,
            Callee::Interface | Callee::Unknown => 1 + CALL_COST + self.expr(fun)? + args_cost,
        })
    }

    /// The literal a call through a local variable always calls.
    fn static_callee(&self, fun: &Expr) -> Option<FuncId> {
        let fun = fun.unparen();
        if !matches!(fun.kind, ExprKind::Name(_)) {
            return None;
        }
        let obj = self.view.obj_at(self.file, fun.pos)?;
        self.statics.get(&obj).copied()
    }

    /// The function operand of a static call: a name, a method
    /// expression (free) with the receiver as an argument, or a literal.
    fn fun_cost(&mut self, fun: &Expr) -> Cost {
        match &fun.kind {
            ExprKind::Selector(x, sel) if self.view.type_of(x).is_some() => {
                Ok(self.expr(x)? + self.receiver_adjust(x, sel.pos))
            }
            _ => self.expr(fun),
        }
    }

    /// The implicit `&x` (or `*x`) gc inserts when the receiver's
    /// pointerness differs from the method's.
    fn receiver_adjust(&self, x: &Expr, method: crate::syntax::Pos) -> i32 {
        let Some(obj) = self.view.obj_at(self.file, method) else {
            return 0;
        };
        let ObjKind::Func { ptr_recv } = self.view.world.obj(obj).kind else {
            return 0;
        };
        let x_is_ptr = self
            .view
            .type_of(x)
            .is_some_and(|t| matches!(self.view.under(t), Type::Pointer(_)));
        i32::from(ptr_recv != x_is_ptr)
    }

    /// The slice literal gc builds for the extra arguments of a call of
    /// a variadic function (2 nodes).
    fn variadic_pack(&self, f: FuncId, args: &[Expr], has_dots: bool) -> i32 {
        let typ = self.view.funcs.funcs[f].typ;
        let variadic = typ
            .params
            .last()
            .is_some_and(|p| matches!(p.typ.kind, ExprKind::DotsType(_)));
        if !variadic || has_dots {
            return 0;
        }
        let fixed: usize = typ
            .params
            .iter()
            .map(|p| p.names.len().max(1))
            .sum::<usize>()
            - 1;
        if args.len() > fixed { 2 } else { 1 }
    }
}

fn is_zero_lit(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::BasicLit(_, v, _) if &**v == "0")
}
