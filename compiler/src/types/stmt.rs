//! Statements, function bodies, unused variables, missing returns.

use super::check::Checker;
use super::object::{Builtin, ObjId, ObjKind, ScopeId};
use super::operand::{Mode, Operand};
use super::ty::{BasicKind, ChanDir, Type, TypeId};
use super::values::ValueExt;
use crate::syntax::ast::{self, AssignOp, Block, Expr, ExprKind, Stmt, StmtKind};
use crate::syntax::printer::expr_string;
use crate::syntax::token::{Operator, Token};

impl<'a> Checker<'a, '_> {
    /// Checks a function body in the current (function) scope, then
    /// reports unused variables and a missing return.
    pub(super) fn func_body_stmts(&mut self, body: &'a Block, sig: Option<TypeId>) {
        let fscope = self.scope;
        self.stmt_list(&body.stmts);
        let has_results = sig.is_some_and(|s| match self.w.types.get(s) {
            Type::Signature(sig) => !sig.results.is_empty(),
            _ => false,
        });
        if has_results && !is_terminating_list(&body.stmts) {
            self.error_pos(body.rbrace, "missing return");
        }
        self.usage(fscope);
    }

    /// Reports unused variables declared in `scope` and its children
    /// (except function literal scopes, which report their own), sorted
    /// by position as types2 does.
    fn usage(&mut self, scope: ScopeId) {
        // Children of each scope created inside this function (scopes are
        // numbered in creation order, so they all come after `scope`).
        let first = scope.0 as usize;
        let mut children: Vec<Vec<ScopeId>> = vec![Vec::new(); self.w.scopes.len() - first];
        for (i, sc) in self.w.scopes.iter().enumerate().skip(first + 1) {
            if let Some(p) = sc.parent
                && (p.0 as usize) >= first
            {
                children[p.0 as usize - first].push(ScopeId(i as u32));
            }
        }
        let mut unused: Vec<ObjId> = Vec::new();
        let mut stack = vec![(scope, true)];
        while let Some((s, top)) = stack.pop() {
            let sc = self.w.scope(s);
            // Function literals report their own unused variables.
            if sc.is_func && !top {
                continue;
            }
            for name in &sc.names {
                let o = sc.elems[name];
                if let ObjKind::Var {
                    used: false,
                    param: false,
                    field: false,
                    ..
                } = self.w.obj(o).kind
                    && self.w.obj(o).pkg == Some(self.pkg)
                    && name != "_"
                {
                    unused.push(o);
                }
            }
            stack.extend(children[s.0 as usize - first].iter().map(|&c| (c, false)));
        }
        unused.sort_by_key(|&o| self.w.obj(o).pos);
        for o in unused {
            let (pos, name) = (self.w.obj(o).pos, self.w.obj(o).name.clone());
            self.soft_error_at(pos, format!("declared and not used: {name}"));
        }
    }

    fn stmt_list(&mut self, list: &'a [Stmt]) {
        for s in list {
            self.stmt(s);
        }
    }

    fn block(&mut self, b: &'a Block) {
        self.open_scope(b.pos, b.rbrace, false);
        self.stmt_list(&b.stmts);
        self.close_scope();
    }

    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Branch(..) => {}
            StmtKind::Labeled(_, inner) => self.stmt(inner),
            StmtKind::Block(b) => self.block(b),
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send(ch, v) => self.send(ch, v),
            StmtKind::IncDec(x, op) => {
                let mut xo = self.expr(x);
                if xo.is_invalid() {
                    return;
                }
                if !self.w.is_numeric(xo.typ) {
                    let (es, ts) = (expr_string(x), self.type_str(xo.typ));
                    let o = op.as_str();
                    self.error(
                        x,
                        format!("invalid operation: {es}{o}{o} (non-numeric type {ts})"),
                    );
                    return;
                }
                xo.mode = Mode::Value;
                self.assign_var(x, &mut xo, "assignment");
            }
            StmtKind::Assign(op, lhs, rhs) => self.assign_stmt(s, *op, lhs, rhs),
            StmtKind::Decl(decls) => self.decl_stmt(decls),
            StmtKind::Call(tok, call) => self.go_defer(*tok, call),
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::If(i) => {
                self.open_scope(s.pos, i.then.rbrace, false);
                if let Some(init) = &i.init {
                    self.stmt(init);
                }
                let c = self.expr(&i.cond);
                if !c.is_invalid() && !self.w.is_boolean(c.typ) {
                    self.error(&i.cond, "non-boolean condition in if statement");
                }
                self.block(&i.then);
                if let Some(e) = &i.els {
                    self.stmt(e);
                }
                self.close_scope();
            }
            StmtKind::For(f) => {
                self.open_scope(s.pos, f.body.rbrace, false);
                if let Some(init) = &f.init {
                    self.stmt(init);
                }
                if let Some(cond) = &f.cond {
                    let c = self.expr(cond);
                    if !c.is_invalid() && !self.w.is_boolean(c.typ) {
                        self.error(cond, "non-boolean condition in for statement");
                    }
                }
                if let Some(post) = &f.post {
                    self.stmt(post);
                }
                self.block(&f.body);
                self.close_scope();
            }
            StmtKind::Range(r) => self.range_stmt(s, r),
            StmtKind::Switch(sw) => self.switch_stmt(s, sw),
            StmtKind::Select(sel) => {
                let mut first_default = None;
                for c in &sel.clauses {
                    if c.comm.is_none() {
                        self.default_clause(&mut first_default, c.pos);
                    }
                    self.open_scope(c.pos, c.colon, false);
                    if let Some(comm) = &c.comm {
                        let valid = match &comm.kind {
                            StmtKind::Send(..) => true,
                            StmtKind::Expr(e) => is_recv(e),
                            StmtKind::Assign(AssignOp::Assign | AssignOp::Define, _, rhs) => {
                                rhs.len() == 1 && is_recv(&rhs[0])
                            }
                            _ => false,
                        };
                        if !valid {
                            self.error_pos(
                                comm.pos,
                                "select case must be send or receive (possibly with assignment)",
                            );
                        } else {
                            self.stmt(comm);
                        }
                    }
                    self.stmt_list(&c.body);
                    self.close_scope();
                }
            }
        }
    }

    /// A `default` clause at `pos` of a switch or select statement: only
    /// one is allowed (`first` is the first one's position).
    fn default_clause(&mut self, first: &mut Option<crate::syntax::Pos>, pos: crate::syntax::Pos) {
        match *first {
            Some(f) => {
                let p = self.pos_string(self.gpos(f));
                self.error_pos(pos, format!("multiple defaults (first at {p})"));
            }
            None => *first = Some(pos),
        }
    }

    fn expr_stmt(&mut self, e: &'a Expr) {
        let x = self.raw_expr(e, None, false);
        let statement_kind = match &e.unparen().kind {
            ExprKind::Call { fun, .. } => {
                // Calls are statements, except calls of expression-only
                // builtins and conversions.
                match x.mode {
                    Mode::Invalid => return,
                    _ => {
                        let is_conversion = self.is_conversion(fun);
                        match self.builtin_of(fun) {
                            Some(b) => matches!(
                                b,
                                Builtin::Copy
                                    | Builtin::Delete
                                    | Builtin::Panic
                                    | Builtin::Print
                                    | Builtin::Println
                                    | Builtin::Recover
                                    | Builtin::Close
                                    | Builtin::Clear
                            ),
                            None => !is_conversion,
                        }
                    }
                }
            }
            ExprKind::Operation(Operator::Recv, _, None) => true,
            _ => false,
        };
        if x.is_invalid() || statement_kind {
            return;
        }
        let msg = match x.mode {
            Mode::Builtin(_) => "must be called",
            Mode::TypeExpr => "is not an expression",
            _ => "is not used",
        };
        let s = self.operand_str(&x);
        self.error(e, format!("{s} {msg}"));
    }

    fn builtin_of(&self, fun: &Expr) -> Option<Builtin> {
        let name = fun.unparen().as_name()?;
        let o = self.lookup(name)?;
        match self.w.obj(o).kind {
            ObjKind::Builtin(b) => Some(b),
            _ => None,
        }
    }

    /// Whether the called expression denoted a type (the call was a
    /// conversion); valid after the call was checked.
    fn is_conversion(&self, fun: &Expr) -> bool {
        self.info
            .type_exprs
            .contains(&(fun as *const Expr as usize))
    }

    fn send(&mut self, ch: &'a Expr, v: &'a Expr) {
        let c = self.expr(ch);
        // A generic function value is instantiated by the assignment to
        // the element type.
        let mut val = self.expr_allow_generic(v, None);
        if c.is_invalid() || val.is_invalid() {
            return;
        }
        // gc reports at the statement, which starts with the channel.
        if let Some(elem) = self.chan_elem(ch.start(), &c, false) {
            self.assignment(&mut val, Some(elem), "send");
        }
    }

    fn assign_stmt(&mut self, s: &'a Stmt, op: AssignOp, lhs: &'a [Expr], rhs: &'a [Expr]) {
        match op {
            AssignOp::Define => self.short_var_decl(s, lhs, rhs),
            AssignOp::Assign => self.assign_vars(lhs, rhs),
            AssignOp::Op(bop) => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.error_pos(
                        s.pos,
                        format!(
                            "assignment operation {}= requires single-valued expressions",
                            bop.as_str()
                        ),
                    );
                    return;
                }
                // x op= y is x = x op y with x evaluated once.
                let x = self.binary_assign_op(s, bop, &lhs[0], &rhs[0]);
                if let Some(mut x) = x {
                    self.assign_var(&lhs[0], &mut x, "assignment");
                }
            }
        }
    }

    fn binary_assign_op(
        &mut self,
        _s: &'a Stmt,
        op: Operator,
        le: &'a Expr,
        re: &'a Expr,
    ) -> Option<Operand<'a>> {
        let mut x = self.expr(le);
        let mut y = self.expr(re);
        if x.is_invalid() || y.is_invalid() {
            return None;
        }
        if matches!(op, Operator::Shl | Operator::Shr) {
            if !self.w.is_integer(x.typ) {
                let s = self.operand_str(&x);
                self.error(
                    le,
                    format!("invalid operation: shifted operand {s} must be integer"),
                );
                return None;
            }
            x.mode = Mode::Value;
            return Some(x);
        }
        self.match_types(&mut x, &mut y);
        if x.is_invalid() || y.is_invalid() {
            return None;
        }
        if !self.w.identical(x.typ, y.typ) {
            let (xs, ys) = (self.type_str(x.typ), self.type_str(y.typ));
            let (ls, rs) = (expr_string(le), expr_string(re));
            self.error(
                le,
                format!(
                    "invalid operation: {ls} {}= {rs} (mismatched types {xs} and {ys})",
                    op.as_str()
                ),
            );
            return None;
        }
        let ok = match op {
            Operator::Shl | Operator::Shr => self.w.is_integer(x.typ),
            _ => self.binary_op_ok(op, &x),
        };
        if !ok {
            let s = self.operand_str(&x);
            self.error(
                le,
                format!(
                    "invalid operation: operator {} not defined on {s}",
                    op.as_str()
                ),
            );
            return None;
        }
        if matches!(op, Operator::Div | Operator::Rem)
            && y.mode == Mode::Constant
            && y.val.sign() == 0
            && self.w.is_integer(x.typ)
        {
            self.error(re, "invalid operation: division by zero");
            return None;
        }
        x.mode = Mode::Value;
        x.expr = None;
        Some(x)
    }

    /// `a, b := x, y`: at least one new variable; the others are assigned.
    fn short_var_decl(&mut self, s: &'a Stmt, lhs: &'a [Expr], rhs: &'a [Expr]) {
        let scope = self.scope;
        let mut new_vars: Vec<ObjId> = Vec::new();
        let mut lhs_vars: Vec<ObjId> = Vec::new();
        let mut bad = false;
        let mut seen: Vec<&str> = Vec::new();
        for le in lhs {
            // An invalid left-hand side still takes its value, into a
            // blank variable: the rest is checked all the same.
            let Some(v) = self.short_var_lhs(le, &mut seen, &mut new_vars) else {
                bad = true;
                lhs_vars.push(self.new_object(local_var(), "_", le.pos, None));
                continue;
            };
            lhs_vars.push(v);
        }
        // Existing variables keep their type (assigning is not a use);
        // new ones are inferred.
        self.init_vars(&lhs_vars, rhs, None);
        if new_vars.is_empty() {
            if !bad {
                self.soft_error_at(self.gpos(s.pos), "no new variables on left side of :=");
            }
            return;
        }
        for v in new_vars {
            self.declare(scope, v);
        }
    }

    /// The variable that `le`, on the left of `:=`, assigns: an existing
    /// one of this scope, or a new one (added to `new_vars` unless blank).
    /// None (reported) if `le` cannot be one.
    fn short_var_lhs(
        &mut self,
        le: &'a Expr,
        seen: &mut Vec<&'a str>,
        new_vars: &mut Vec<ObjId>,
    ) -> Option<ObjId> {
        let Some(name) = le.as_name() else {
            self.use_exprs(std::slice::from_ref(le));
            let es = expr_string(le);
            self.error(le, format!("non-name {es} on left side of :="));
            return None;
        };
        if seen.contains(&name) && name != "_" {
            self.error(le, format!("{name} repeated on left side of :="));
            return None;
        }
        seen.push(name);
        if let Some(existing) = self.w.lookup_local(self.scope, name) {
            self.record_use(le.pos, existing);
            if matches!(self.w.obj(existing).kind, ObjKind::Var { .. }) {
                return Some(existing);
            }
            self.error(le, format!("cannot assign to {name}"));
            return None;
        }
        let v = self.new_object(local_var(), name, le.pos, None);
        if name != "_" {
            new_vars.push(v);
        }
        self.record_def(le.pos, v);
        Some(v)
    }

    fn decl_stmt(&mut self, decls: &'a [ast::Decl]) {
        let mut iota = 0i64;
        let mut last_const: Option<(Option<&'a Expr>, &'a [Expr])> = None;
        let mut group = None;
        for d in decls {
            match d {
                ast::Decl::Const(c) => {
                    if c.group.is_none() || c.group != group {
                        iota = 0;
                        last_const = None;
                    }
                    group = c.group;
                    let (typ, values) = if c.values.is_empty() && c.typ.is_none() {
                        last_const.unwrap_or((None, &[]))
                    } else {
                        last_const = Some((c.typ.as_ref(), &c.values));
                        (c.typ.as_ref(), &c.values[..])
                    };
                    let mut objs = Vec::new();
                    for (i, n) in c.names.iter().enumerate() {
                        let o = self.new_object(
                            ObjKind::Const(super::constant::Value::Unknown),
                            &n.value,
                            n.pos,
                            None,
                        );
                        self.record_def(n.pos, o);
                        self.local_const(o, typ, values.get(i), iota);
                        objs.push(o);
                    }
                    let inherited = c.values.is_empty() && c.typ.is_none() && last_const.is_some();
                    self.arity(c.pos, &c.names, values, true, inherited);
                    let scope = self.scope;
                    for o in objs {
                        self.declare(scope, o);
                    }
                    iota += 1;
                }
                ast::Decl::Var(v) => {
                    group = None;
                    let objs = self.declare_var_objects(&v.names);
                    let t = v.typ.as_ref().map(|t| self.var_type(t));
                    let values = &v.values;
                    if values.len() == 1 && objs.len() > 1 {
                        // n:1: all variables are initialised at once.
                        if let Some(t) = t {
                            for &o in &objs {
                                self.w.obj_mut(o).typ = Some(t);
                            }
                        }
                        self.init_vars(&objs, values, None);
                    } else {
                        for (i, &o) in objs.iter().enumerate() {
                            if let Some(t) = t {
                                self.w.obj_mut(o).typ = Some(t);
                            }
                            match values.get(i) {
                                Some(e) => {
                                    let name = self.w.obj(o).name.clone();
                                    let mut x = self.expr_for_target(e, t, &name);
                                    self.init_var(o, &mut x, "variable declaration");
                                }
                                None => {
                                    if t.is_none() {
                                        self.w.obj_mut(o).typ = Some(TypeId::INVALID);
                                    }
                                }
                            }
                        }
                    }
                    if v.typ.is_none() || !values.is_empty() {
                        self.arity(v.pos, &v.names, values, false, false);
                    }
                    let scope = self.scope;
                    for o in objs {
                        self.declare(scope, o);
                    }
                }
                ast::Decl::Type(t) => {
                    group = None;
                    let o = self.new_object(ObjKind::TypeName, &t.name.value, t.name.pos, None);
                    self.record_def(t.name.pos, o);
                    let scope = self.scope;
                    self.declare(scope, o);
                    let file = self.file;
                    self.decls
                        .insert(o, super::check::DeclInfo::Type { file, decl: t });
                    let saved_scope = self.scope;
                    self.obj_decl_local(o);
                    self.scope = saved_scope;
                }
                _ => {}
            }
        }
    }

    /// Checks a local type declaration in the current scope.
    fn obj_decl_local(&mut self, o: ObjId) {
        // Local declarations resolve names in the enclosing function
        // scope, so keep the scope (obj_decl would reset it to the file's).
        let scope = self.scope;
        if let Some(super::check::DeclInfo::Type { decl, .. }) = self.decls.get(&o).cloned() {
            self.colors.insert(o, super::check::Color::Grey);
            self.scope = scope;
            self.type_decl(o, decl);
            self.colors.insert(o, super::check::Color::Black);
        }
    }

    fn local_const(&mut self, o: ObjId, typ: Option<&'a Expr>, init: Option<&'a Expr>, iota: i64) {
        self.const_decl(o, typ, init, iota);
    }

    fn go_defer(&mut self, tok: Token, call: &'a Expr) {
        let keyword = tok.as_str();
        let ExprKind::Call { .. } = &call.unparen().kind else {
            self.use_exprs(std::slice::from_ref(call));
            self.error(
                call,
                format!("expression in {keyword} must be function call"),
            );
            return;
        };
        let x = self.raw_expr(call, None, false);
        if x.is_invalid() {
            return;
        }
        if let ExprKind::Call { fun, .. } = &call.unparen().kind {
            if self.is_conversion(fun) {
                let s = self.operand_str(&x);
                self.error(
                    call,
                    format!("{keyword} requires function call, not conversion {s}"),
                );
                return;
            }
            if let Some(b) = self.builtin_of(fun)
                && !matches!(
                    b,
                    Builtin::Copy
                        | Builtin::Delete
                        | Builtin::Panic
                        | Builtin::Print
                        | Builtin::Println
                        | Builtin::Recover
                        | Builtin::Close
                        | Builtin::Clear
                )
            {
                let s = self.operand_str(&x);
                self.error(call, format!("{keyword} discards result of {s}"));
            }
        }
        if tok == Token::Defer {
            self.fctx.has_defer = true;
        }
    }

    fn return_stmt(&mut self, s: &'a Stmt, results: &'a [Expr]) {
        let Some(sig) = self.fctx.sig else { return };
        let Type::Signature(sig) = self.w.types.get(sig).clone() else {
            return;
        };
        let want = sig.results;
        if results.is_empty() {
            if !want.is_empty() {
                // naked return: allowed with named results
                let named = !self.w.obj(want[0]).name.is_empty();
                if !named {
                    let have = "()".to_string();
                    let wt: Vec<TypeId> = want.iter().map(|&v| self.w.type_of(v)).collect();
                    let ws = self.types_summary(&wt, false, false);
                    self.error_pos(
                        s.pos,
                        format!("not enough return values\n\thave {have}\n\twant {ws}"),
                    );
                } else {
                    for &r in &want {
                        let name = self.w.obj(r).name.clone();
                        if let Some(alt) = self.lookup(&name)
                            && alt != r
                        {
                            let p = self.pos_string(self.w.obj(alt).pos);
                            let alt_s = self.object_string(alt);
                            self.error_pos(s.pos, format!("result parameter {name} not in scope at return\n\t{p}: inner declaration of {alt_s}"));
                        }
                    }
                }
            }
            return;
        }
        if want.is_empty() {
            self.use_exprs(results);
            let have = self.return_have(results);
            self.error(
                &results[0],
                format!("too many return values\n\thave ({have})\n\twant ()"),
            );
            return;
        }
        // Only a call gives several values to return (a comma-ok
        // expression gives one here).
        let is_call =
            results.len() == 1 && matches!(results[0].unparen().kind, ExprKind::Call { .. });
        let ops = if is_call && want.len() > 1 {
            let ops = self.multi_value(&results[0], want.len());
            if ops.is_empty() {
                return; // invalid, reported
            }
            ops
        } else {
            results
                .iter()
                .zip(want.iter().map(Some).chain(std::iter::repeat(None)))
                .map(|(e, w)| {
                    let hint = w.map(|&w| self.w.type_of(w));
                    let name = w.map(|&w| self.w.obj(w).name.clone()).unwrap_or_default();
                    let desc = if name.is_empty() {
                        "result variable"
                    } else {
                        &name
                    };
                    self.expr_for_target(e, hint, desc)
                })
                .collect()
        };
        if ops.iter().any(|o| o.is_invalid()) {
            return;
        }
        if ops.len() != want.len() {
            let (at, q) = if ops.len() > want.len() {
                (ops[want.len()].expr, "too many")
            } else {
                (ops.last().and_then(|o| o.expr), "not enough")
            };
            let have: Vec<TypeId> = ops.iter().map(|o| o.typ).collect();
            let wt: Vec<TypeId> = want.iter().map(|&v| self.w.type_of(v)).collect();
            let (hs, ws) = (
                self.types_summary(&have, false, false),
                self.types_summary(&wt, false, false),
            );
            let msg = format!("{q} return values\n\thave {hs}\n\twant {ws}");
            match at {
                Some(e) => self.error(e, msg),
                None => self.error_pos(s.pos, msg),
            }
            return;
        }
        for (mut x, &w) in ops.into_iter().zip(&want) {
            let t = self.w.type_of(w);
            self.assignment(&mut x, Some(t), "return statement");
        }
    }

    /// An object as types2 prints it: `var x int`, `const c untyped int`.
    fn object_string(&self, o: ObjId) -> String {
        let obj = self.w.obj(o);
        let kw = match obj.kind {
            ObjKind::Var { .. } => "var",
            ObjKind::Const(_) => "const",
            ObjKind::TypeName => "type",
            ObjKind::Func { .. } => "func",
            _ => return obj.name.clone(),
        };
        match obj.typ {
            Some(t) => format!("{kw} {} {}", obj.name, self.type_str(t)),
            None => format!("{kw} {}", obj.name),
        }
    }

    fn return_have(&mut self, results: &'a [Expr]) -> String {
        let ts: Vec<TypeId> = results
            .iter()
            .map(|e| {
                self.info
                    .types
                    .get(&(e as *const Expr as usize))
                    .map_or(TypeId::INVALID, |(t, _)| *t)
            })
            .collect();
        let s = self.types_summary(&ts, false, false);
        s[1..s.len() - 1].to_string()
    }

    /// `for k, v := range x` (types2's `rangeStmt`).
    fn range_stmt(&mut self, s: &'a Stmt, r: &'a ast::RangeStmt) {
        let mut x = self.expr(&r.x);
        let (s_key, s_val, s_extra) = (r.lhs.first(), r.lhs.get(1), r.lhs.get(2));
        let (mut key, mut val) = (None, None);
        if !x.is_invalid() {
            let (k, v, cause, ok) = self.range_key_val(x.typ);
            let xs = self.operand_str(&x);
            let at_x = self.gpos(r.x.start());
            if !ok && !cause.is_empty() {
                self.soft_error_at(at_x, format!("cannot range over {xs}: {cause}"));
            } else if !ok {
                self.soft_error_at(at_x, format!("cannot range over {xs}"));
            } else if let (None, Some(sk)) = (k, s_key) {
                let p = self.gpos(sk.start());
                self.soft_error_at(p, format!("range over {xs} permits no iteration variables"));
            } else if let (None, Some(sv)) = (v, s_val) {
                let p = self.gpos(sv.start());
                self.soft_error_at(
                    p,
                    format!("range over {xs} permits only one iteration variable"),
                );
            } else if let Some(se) = s_extra {
                let p = self.gpos(se.start());
                self.soft_error_at(p, "range clause permits at most two iteration variables");
            }
            (key, val) = (k, v);
        }
        self.open_scope(s.pos, r.body.rbrace, false);
        let types = [key, val];
        let lhs = [s_key, s_val];
        let range_over_int = !x.is_invalid() && self.w.is_integer(x.typ);
        if r.define {
            let mut vars = Vec::new();
            for (i, le) in lhs.iter().enumerate() {
                let Some(le) = le else { continue };
                let v = match le.as_name() {
                    Some(name) => {
                        let v = self.new_object(
                            ObjKind::Var {
                                field: false,
                                embedded: false,
                                param: false,
                                used: false,
                            },
                            name,
                            le.pos,
                            None,
                        );
                        self.record_def(le.pos, v);
                        if name != "_" {
                            vars.push(v);
                        }
                        v
                    }
                    None => {
                        let es = expr_string(le);
                        self.error(le, format!("cannot declare {es}"));
                        self.new_object(
                            ObjKind::Var {
                                field: false,
                                embedded: false,
                                param: false,
                                used: false,
                            },
                            "_",
                            le.start(),
                            None,
                        )
                    }
                };
                let t = match types[i] {
                    Some(t) if t != TypeId::INVALID => t,
                    _ => {
                        self.w.obj_mut(v).typ = Some(TypeId::INVALID);
                        self.mark_used(v);
                        continue;
                    }
                };
                if range_over_int {
                    self.init_var(v, &mut x, "range clause");
                } else {
                    let mut y = Operand::new(Mode::Value, le, t);
                    self.init_var(v, &mut y, "assignment");
                }
            }
            let scope = self.scope;
            if vars.is_empty() {
                self.error_pos(s.pos, "no new variables on left side of :=");
            }
            for v in vars {
                self.declare(scope, v);
            }
        } else if s_key.is_some() {
            for (i, le) in lhs.iter().enumerate() {
                let Some(le) = le else { continue };
                let t = match types[i] {
                    Some(t) if t != TypeId::INVALID => t,
                    _ => continue,
                };
                if range_over_int {
                    self.assign_var(le, &mut x, "range clause");
                    if !x.is_invalid() && !self.w.is_integer(x.typ) {
                        let ts = self.type_str(x.typ);
                        let p = self.gpos(le.start());
                        self.soft_error_at(
                            p,
                            format!("cannot use iteration variable of type {ts}"),
                        );
                    }
                } else {
                    let mut y = Operand::new(Mode::Value, le, t);
                    self.assign_var(le, &mut y, "assignment");
                }
            }
        } else if range_over_int {
            self.assignment(&mut x, None, "range clause");
        }
        self.block(&r.body);
        self.close_scope();
    }

    /// Key and value types of ranging over a value of type `t` (None: no
    /// such iteration variable), the reason if one cannot range over it,
    /// and whether one can (types2's `rangeKeyVal`).
    fn range_key_val(&mut self, t: TypeId) -> (Option<TypeId>, Option<TypeId>, String, bool) {
        let bad = |cause: &str| {
            (
                Some(TypeId::INVALID),
                Some(TypeId::INVALID),
                cause.to_string(),
                false,
            )
        };
        let int = TypeId::basic(BasicKind::Int);
        let receivable = |w: &super::object::World, _, u| {
            !matches!(w.types.get(u), Type::Chan(ChanDir::Send, _))
        };
        let under = match self.w.common_under(t, &receivable) {
            Ok(u) => u,
            Err(e) => {
                let cause =
                    self.under_error_str(e, &|t| format!("receive from send-only channel {t}"));
                return bad(&cause);
            }
        };
        let mut under = under;
        if let Type::Pointer(p) = self.w.types.get(under).clone()
            && let Type::Array(..) = self.w.types.get(self.w.types.under(p))
        {
            under = self.w.types.under(p);
        }
        match self.w.types.get(under).clone() {
            Type::Basic(k) if k.is_string() => (
                Some(int),
                Some(TypeId::basic(BasicKind::Rune)),
                String::new(),
                true,
            ),
            Type::Basic(k) if k.is_integer() => {
                if !self.allow_version((1, 22)) {
                    return bad("requires go1.22 or later");
                }
                (Some(t), None, String::new(), true)
            }
            Type::Array(_, e) | Type::Slice(e) => (Some(int), Some(e), String::new(), true),
            Type::Map(k, v) => (Some(k), Some(v), String::new(), true),
            Type::Chan(dir, e) => {
                if dir == ChanDir::Send {
                    let ts = self.type_str(t);
                    return bad(&format!("receive from send-only channel {ts}"));
                }
                (Some(e), None, String::new(), true)
            }
            Type::Signature(sig) => {
                if !self.allow_version((1, 23)) {
                    return bad("requires go1.23 or later");
                }
                const PRE: &str = "func must be func(yield func(...) bool): ";
                if sig.params.len() != 1 {
                    return bad(&format!("{PRE}wrong argument count"));
                }
                if !sig.results.is_empty() {
                    return bad(&format!("{PRE}unexpected results"));
                }
                let y = self.w.type_of(sig.params[0]);
                let cb = self.w.core_type(y).map(|u| self.w.types.get(u).clone());
                let Some(Type::Signature(cb)) = cb else {
                    return bad(&format!("{PRE}argument is not func"));
                };
                if cb.params.len() > 2 {
                    return bad(&format!("{PRE}yield func has too many parameters"));
                }
                let bool_t = TypeId::basic(BasicKind::Bool);
                let res_ok = cb.results.len() == 1
                    && self.w.identical(self.w.type_of(cb.results[0]), bool_t);
                if !res_ok {
                    if cb.results.len() == 1 && self.w.is_boolean(self.w.type_of(cb.results[0])) {
                        return bad(&format!(
                            "{PRE}yield func returns user-defined boolean, not bool"
                        ));
                    }
                    return bad(&format!("{PRE}yield func does not return bool"));
                }
                if cb.variadic {
                    let ys = self.type_str(y);
                    return bad(&format!("yield func of type {ys} cannot be variadic"));
                }
                let k = cb.params.first().map(|&p| self.w.type_of(p));
                let v = cb.params.get(1).map(|&p| self.w.type_of(p));
                (k, v, String::new(), true)
            }
            _ => (None, None, String::new(), false),
        }
    }

    fn switch_stmt(&mut self, s: &'a Stmt, sw: &'a ast::SwitchStmt) {
        self.open_scope(s.pos, sw.rbrace, false);
        if let Some(init) = &sw.init {
            self.stmt(init);
        }
        if let Some(Expr {
            kind: ExprKind::TypeSwitchGuard(lhs, x),
            ..
        }) = &sw.tag
        {
            self.type_switch(sw, lhs.as_ref(), x);
            self.close_scope();
            return;
        }
        let mut tag = match &sw.tag {
            Some(t) => {
                let mut x = self.expr(t);
                self.assignment(&mut x, None, "switch expression");
                if !x.is_invalid() && !self.w.comparable(x.typ) && !self.w.has_nil(x.typ) {
                    let (xs, ts) = (self.operand_str(&x), self.type_str(x.typ));
                    self.error(t, format!("cannot switch on {xs} ({ts} is not comparable)"));
                    x.mode = Mode::Invalid;
                }
                x
            }
            None => {
                let mut x = Operand::invalid(None);
                x.mode = Mode::Constant;
                x.typ = TypeId::basic(BasicKind::Bool);
                x.val = super::constant::Value::Bool(true);
                x
            }
        };
        let mut first_default: Option<crate::syntax::Pos> = None;
        let mut seen: Vec<(super::constant::Value, TypeId, crate::syntax::Pos)> = Vec::new();
        for c in &sw.clauses {
            match &c.cases {
                None => self.default_clause(&mut first_default, c.pos),
                Some(cases) => {
                    for ce in cases {
                        let mut y = self.expr(ce);
                        if y.is_invalid() || tag.is_invalid() {
                            continue;
                        }
                        let mut t = tag.clone();
                        t.expr = sw.tag.as_ref().or(t.expr);
                        self.convert_untyped(&mut y, t.typ);
                        if y.is_invalid() {
                            continue;
                        }
                        if !self.assignable_to(&y, t.typ) && !self.assignable_to(&t, y.typ) {
                            let (es, ys, ts) =
                                (expr_string(ce), self.type_str(y.typ), self.type_str(t.typ));
                            let tag_s = sw
                                .tag
                                .as_ref()
                                .map(expr_string)
                                .unwrap_or_else(|| "true".into());
                            self.error(ce, format!("invalid case {es} in switch on {tag_s} (mismatched types {ys} and {ts})"));
                            continue;
                        }
                        if y.mode == Mode::Constant && !self.w.is_boolean(y.typ) {
                            if let Some((_, _, prev)) = seen.iter().find(|(v, ty, _)| {
                                v.cmp_op(Operator::Eql, &y.val) && self.w.identical(*ty, y.typ)
                            }) {
                                let p = self.pos_string(self.gpos(*prev));
                                let ys = self.operand_str(&y);
                                self.error(ce, format!("duplicate case {ys} in expression switch\n\t{p}: previous case"));
                            } else {
                                seen.push((y.val.clone(), y.typ, ce.start()));
                            }
                        }
                    }
                }
            }
            self.open_scope(c.pos, c.colon, false);
            self.stmt_list(&c.body);
            self.close_scope();
        }
        tag.mode = Mode::Invalid;
        self.close_scope();
    }

    fn type_switch(&mut self, sw: &'a ast::SwitchStmt, lhs: Option<&'a ast::Name>, xe: &'a Expr) {
        let mut x = self.expr(xe);
        if !x.is_invalid() && self.w.types.is_type_param(x.typ) {
            let s = self.operand_str(&x);
            self.error(
                xe,
                format!("cannot use type switch on type parameter value {s}"),
            );
            x.mode = Mode::Invalid;
        } else if !x.is_invalid() && !self.w.types.is_interface(x.typ) {
            let s = self.operand_str(&x);
            self.error(xe, format!("{s} is not an interface"));
            x.mode = Mode::Invalid;
        }
        // With no valid switch expression the clauses are checked all the
        // same, their variables invalid.
        if x.is_invalid() {
            x.typ = TypeId::INVALID;
        }
        // `_ := x.(type)` declares nothing.
        let lhs = match lhs {
            Some(name) if &*name.value == "_" => {
                self.soft_error_at(self.gpos(name.pos), "no new variable on left side of :=");
                None
            }
            _ => lhs,
        };
        let mut vars: Vec<ObjId> = Vec::new();
        let mut seen_types: Vec<(Option<TypeId>, crate::syntax::Pos)> = Vec::new();
        let mut any_used = false;
        let mut first_default: Option<crate::syntax::Pos> = None;
        for c in &sw.clauses {
            let mut single: Option<TypeId> = None;
            match &c.cases {
                None => self.default_clause(&mut first_default, c.pos),
                Some(cases) => {
                    for ce in cases {
                        if ce.as_name() == Some("nil")
                            && self
                                .lookup("nil")
                                .is_some_and(|o| matches!(self.w.obj(o).kind, ObjKind::Nil))
                        {
                            single = if cases.len() == 1 { Some(x.typ) } else { None };
                            let _ = self.raw_expr(ce, None, false);
                            if let Some((_, other)) = seen_types.iter().find(|(t, _)| t.is_none()) {
                                let p = self.pos_string(self.gpos(*other));
                                self.error(
                                    ce,
                                    format!(
                                        "duplicate case nil in type switch\n\t{p}: previous case"
                                    ),
                                );
                                continue;
                            }
                            seen_types.push((None, ce.start()));
                            continue;
                        }
                        let t = self.var_type(ce);
                        if cases.len() == 1 {
                            single = Some(t);
                        }
                        if t == TypeId::INVALID {
                            continue;
                        }
                        if let Some((_, other)) = seen_types
                            .iter()
                            .find(|(s, _)| s.is_some_and(|s| self.w.identical(s, t)))
                        {
                            let p = self.pos_string(self.gpos(*other));
                            let ts = self.type_str(t);
                            self.error(
                                ce,
                                format!("duplicate case {ts} in type switch\n\t{p}: previous case"),
                            );
                            continue;
                        }
                        seen_types.push((Some(t), ce.start()));
                        if !x.is_invalid() {
                            self.check_type_assertion(ce, &x, t, true);
                        }
                    }
                }
            }
            self.open_scope(c.pos, c.colon, false);
            if let Some(name) = lhs {
                let t = single.unwrap_or(x.typ);
                let v = self.new_object(local_var(), &name.value, name.pos, Some(t));
                let scope = self.scope;
                self.declare(scope, v);
                let at = self.gpos(c.pos);
                self.info.implicits.insert(at, v);
                vars.push(v);
            }
            self.stmt_list(&c.body);
            // The clause variables are reported once, for all clauses.
            if let Some(&v) = vars.last()
                && let ObjKind::Var { used, .. } = &mut self.w.obj_mut(v).kind
            {
                any_used |= *used;
                *used = true;
            }
            self.close_scope();
        }
        if let Some(name) = lhs
            && !any_used
        {
            self.soft_error_at(
                self.gpos(name.pos),
                format!("{} declared and not used", name.value),
            );
        }
    }
}

fn is_recv(e: &Expr) -> bool {
    matches!(
        e.unparen().kind,
        ExprKind::Operation(Operator::Recv, _, None)
    )
}

/// Spec "Terminating statements" for a statement list.
fn is_terminating_list(list: &[Stmt]) -> bool {
    let end = list
        .iter()
        .rposition(|s| !matches!(s.kind, StmtKind::Empty))
        .map_or(0, |i| i + 1);
    list[..end].last().is_some_and(|s| is_terminating(s, ""))
}

fn is_terminating(s: &Stmt, label: &str) -> bool {
    match &s.kind {
        StmtKind::Return(_) => true,
        StmtKind::Branch(Token::Goto | Token::Fallthrough, _) => true,
        StmtKind::Expr(e) => is_panic_call(e),
        StmtKind::Block(b) => is_terminating_list(&b.stmts),
        StmtKind::If(i) => {
            i.els.as_ref().is_some_and(|e| is_terminating(e, ""))
                && is_terminating_list(&i.then.stmts)
        }
        StmtKind::Labeled(l, inner) => is_terminating(inner, &l.value),
        StmtKind::For(f) => f.cond.is_none() && !has_break(&f.body.stmts, label, true),
        StmtKind::Range(_) => false,
        StmtKind::Switch(sw) => {
            sw.clauses.iter().any(|c| c.cases.is_none())
                && sw.clauses.iter().all(|c| {
                    (is_terminating_list(&c.body) || ends_in_fallthrough(&c.body))
                        && !has_break(&c.body, label, true)
                })
        }
        StmtKind::Select(sel) => sel
            .clauses
            .iter()
            .all(|c| is_terminating_list(&c.body) && !has_break(&c.body, label, true)),
        _ => false,
    }
}

fn ends_in_fallthrough(list: &[Stmt]) -> bool {
    matches!(
        list.last().map(|s| &s.kind),
        Some(StmtKind::Branch(Token::Fallthrough, _))
    )
}

fn is_panic_call(e: &Expr) -> bool {
    matches!(&e.unparen().kind, ExprKind::Call { fun, .. } if fun.unparen().as_name() == Some("panic"))
}

/// Whether `list` contains a break out of the enclosing statement: an
/// unlabeled break at this level (`implicit`), or `break label`.
fn has_break(list: &[Stmt], label: &str, implicit: bool) -> bool {
    list.iter().any(|s| has_break_stmt(s, label, implicit))
}

fn has_break_stmt(s: &Stmt, label: &str, implicit: bool) -> bool {
    match &s.kind {
        StmtKind::Branch(Token::Break, None) => implicit,
        StmtKind::Branch(Token::Break, Some(l)) => !label.is_empty() && *l.value == *label,
        StmtKind::Block(b) => has_break(&b.stmts, label, implicit),
        StmtKind::Labeled(_, inner) => has_break_stmt(inner, label, implicit),
        StmtKind::If(i) => {
            has_break(&i.then.stmts, label, implicit)
                || i.els
                    .as_ref()
                    .is_some_and(|e| has_break_stmt(e, label, implicit))
        }
        StmtKind::For(f) => has_break(&f.body.stmts, label, false),
        StmtKind::Range(r) => has_break(&r.body.stmts, label, false),
        StmtKind::Switch(sw) => sw.clauses.iter().any(|c| has_break(&c.body, label, false)),
        StmtKind::Select(sel) => sel.clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

/// The kind of a new local variable.
fn local_var() -> ObjKind {
    ObjKind::Var {
        field: false,
        embedded: false,
        param: false,
        used: false,
    }
}
