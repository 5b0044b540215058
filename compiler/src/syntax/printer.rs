//! Syntax trees back to text.
//!
//! [`expr_string`] and [`stmt_string`] print gc's "short form" (its
//! `syntax.String`): one line, function and composite literal bodies as
//! `{…}`. Error messages quote expressions in this form, e.g.
//! "cannot use x := 1 as value". [`dump`] prints a whole file as an
//! indented tree with positions, for `goviz parse --dump`.

use std::fmt::Write;

use super::ast::*;
use super::pos::{LineTable, Pos};

pub fn expr_string(x: &Expr) -> String {
    let mut s = String::new();
    expr(&mut s, x);
    s
}

pub fn stmt_string(st: &Stmt) -> String {
    let mut s = String::new();
    stmt(&mut s, st);
    s
}

fn list(s: &mut String, xs: &[Expr]) {
    for (i, x) in xs.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        expr(s, x);
    }
}

fn names(s: &mut String, ns: &[Name]) {
    for (i, n) in ns.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&n.value);
    }
}

fn expr(s: &mut String, x: &Expr) {
    super::parser::grow(|| expr_inner(s, x))
}

fn expr_inner(s: &mut String, x: &Expr) {
    match &x.kind {
        ExprKind::Bad => s.push_str("<bad expr>"),
        ExprKind::Name(n) => s.push_str(n),
        ExprKind::BasicLit(_, v, _) => s.push_str(v),
        ExprKind::FuncLit(t, body) => {
            func_type(s, t);
            s.push_str(if body.stmts.is_empty() {
                " {}"
            } else {
                " {…}"
            });
        }
        ExprKind::CompositeLit { typ, elems, .. } => {
            if let Some(t) = typ {
                expr(s, t);
            }
            s.push_str(if elems.is_empty() { "{}" } else { "{…}" });
        }
        ExprKind::KeyValue(k, v) => {
            expr(s, k);
            s.push_str(": ");
            expr(s, v);
        }
        ExprKind::Paren(x) => {
            s.push('(');
            expr(s, x);
            s.push(')');
        }
        ExprKind::Selector(x, sel) => {
            expr(s, x);
            s.push('.');
            s.push_str(&sel.value);
        }
        ExprKind::Index(x, index) => {
            expr(s, x);
            s.push('[');
            list(s, index);
            s.push(']');
        }
        ExprKind::Slice { x, index, .. } => {
            expr(s, x);
            s.push('[');
            if let Some(i) = &index[0] {
                expr(s, i);
            }
            s.push(':');
            if let Some(j) = &index[1] {
                expr(s, j);
            }
            if let Some(k) = &index[2] {
                s.push(':');
                expr(s, k);
            }
            s.push(']');
        }
        ExprKind::Assert(x, t) => {
            expr(s, x);
            s.push_str(".(");
            expr(s, t);
            s.push(')');
        }
        ExprKind::TypeSwitchGuard(lhs, x) => {
            if let Some(l) = lhs {
                s.push_str(&l.value);
                s.push_str(" := ");
            }
            expr(s, x);
            s.push_str(".(type)");
        }
        ExprKind::Operation(op, x, None) => {
            s.push_str(op.as_str());
            expr(s, x);
        }
        ExprKind::Operation(op, x, Some(y)) => {
            expr(s, x);
            s.push(' ');
            s.push_str(op.as_str());
            s.push(' ');
            expr(s, y);
        }
        ExprKind::Call {
            fun,
            args,
            has_dots,
        } => {
            expr(s, fun);
            s.push('(');
            list(s, args);
            if *has_dots {
                s.push_str("...");
            }
            s.push(')');
        }
        ExprKind::ArrayType(len, elem) => {
            s.push('[');
            match len {
                Some(l) => expr(s, l),
                None => s.push_str("..."),
            }
            s.push(']');
            expr(s, elem);
        }
        ExprKind::SliceType(elem) => {
            s.push_str("[]");
            expr(s, elem);
        }
        ExprKind::DotsType(elem) => {
            s.push_str("...");
            expr(s, elem);
        }
        ExprKind::StructType(fields) => {
            s.push_str("struct{");
            for (i, f) in fields.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                if !f.names.is_empty() {
                    names(s, &f.names);
                    s.push(' ');
                }
                expr(s, &f.typ);
                if let Some(tag) = &f.tag {
                    s.push(' ');
                    s.push_str(&tag.value);
                }
            }
            s.push('}');
        }
        ExprKind::InterfaceType(elems) => {
            s.push_str("interface{");
            for (i, f) in elems.iter().enumerate() {
                if i > 0 {
                    s.push_str("; ");
                }
                match (&f.names[..], &f.typ.kind) {
                    ([m], ExprKind::FuncType(t)) => {
                        s.push_str(&m.value);
                        signature(s, t);
                    }
                    _ => expr(s, &f.typ),
                }
            }
            s.push('}');
        }
        ExprKind::FuncType(t) => func_type(s, t),
        ExprKind::MapType(k, v) => {
            s.push_str("map[");
            expr(s, k);
            s.push(']');
            expr(s, v);
        }
        ExprKind::ChanType(dir, elem) => {
            s.push_str(match dir {
                ChanDir::Both => "chan ",
                ChanDir::Send => "chan<- ",
                ChanDir::Recv => "<-chan ",
            });
            let paren =
                *dir == ChanDir::Both && matches!(elem.kind, ExprKind::ChanType(ChanDir::Recv, _));
            if paren {
                s.push('(');
            }
            expr(s, elem);
            if paren {
                s.push(')');
            }
        }
    }
}

fn func_type(s: &mut String, t: &FuncType) {
    s.push_str("func");
    signature(s, t);
}

fn signature(s: &mut String, t: &FuncType) {
    params(s, &t.params);
    match &t.results[..] {
        [] => {}
        [r] if r.names.is_empty() => {
            s.push(' ');
            expr(s, &r.typ);
        }
        rs => {
            s.push(' ');
            params(s, rs);
        }
    }
}

fn params(s: &mut String, fields: &[Field]) {
    s.push('(');
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if !f.names.is_empty() {
            names(s, &f.names);
            s.push(' ');
        }
        expr(s, &f.typ);
    }
    s.push(')');
}

fn stmt(s: &mut String, st: &Stmt) {
    match &st.kind {
        StmtKind::Empty => {}
        StmtKind::Expr(x) => expr(s, x),
        StmtKind::Send(c, v) => {
            expr(s, c);
            s.push_str(" <- ");
            expr(s, v);
        }
        StmtKind::IncDec(x, op) => {
            expr(s, x);
            s.push_str(op.as_str());
            s.push_str(op.as_str());
        }
        StmtKind::Assign(op, lhs, rhs) => {
            list(s, lhs);
            match op {
                AssignOp::Assign => s.push_str(" = "),
                AssignOp::Define => s.push_str(" := "),
                AssignOp::Op(o) => {
                    s.push(' ');
                    s.push_str(o.as_str());
                    s.push_str("= ");
                }
            }
            list(s, rhs);
        }
        StmtKind::Branch(tok, label) => {
            s.push_str(tok.as_str());
            if let Some(l) = label {
                s.push(' ');
                s.push_str(&l.value);
            }
        }
        StmtKind::Call(tok, x) => {
            s.push_str(tok.as_str());
            s.push(' ');
            expr(s, x);
        }
        StmtKind::Return(results) => {
            s.push_str("return");
            if !results.is_empty() {
                s.push(' ');
                list(s, results);
            }
        }
        StmtKind::Labeled(l, inner) => {
            s.push_str(&l.value);
            s.push_str(": ");
            stmt(s, inner);
        }
        StmtKind::Block(_) => s.push_str("{…}"),
        StmtKind::Decl(_) => s.push_str("declaration"),
        StmtKind::If(_) => s.push_str("if {…}"),
        StmtKind::For(_) | StmtKind::Range(_) => s.push_str("for {…}"),
        StmtKind::Switch(_) => s.push_str("switch {…}"),
        StmtKind::Select(_) => s.push_str("select {…}"),
    }
}

/// A readable tree of a whole file: one node per line with its line:col.
pub fn dump(file: &File) -> String {
    let mut d = Dumper {
        out: String::new(),
        lines: &file.lines,
        depth: 0,
    };
    d.line(file.pos, &format!("package {}", file.pkg_name.value));
    d.depth += 1;
    for decl in &file.decls {
        d.decl(decl);
    }
    d.out
}

struct Dumper<'a> {
    out: String,
    lines: &'a LineTable,
    depth: usize,
}

impl Dumper<'_> {
    fn line(&mut self, pos: Pos, text: &str) {
        let lc = self.lines.line_col(pos);
        let _ = writeln!(self.out, "{:w$}{lc} {text}", "", w = self.depth * 2);
    }

    fn nested(&mut self, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        f(self);
        self.depth -= 1;
    }

    fn decl(&mut self, decl: &Decl) {
        match decl {
            Decl::Import(d) => {
                let mut t = String::from("import ");
                if let Some(n) = &d.local_name {
                    t += &n.value;
                    t.push(' ');
                }
                if let Some(p) = &d.path {
                    t += &p.value;
                }
                self.line(d.pos, &t);
            }
            Decl::Const(d) => self.value_decl(d.pos, "const", &d.names, &d.typ, &d.values),
            Decl::Var(d) => self.value_decl(d.pos, "var", &d.names, &d.typ, &d.values),
            Decl::Type(d) => {
                let mut t = format!("type {}", d.name.value);
                if !d.tparams.is_empty() {
                    t.push('[');
                    t += &field_list(&d.tparams);
                    t.push(']');
                }
                t += if d.alias { " = " } else { " " };
                t += &expr_string(&d.typ);
                self.line(d.pos, &t);
            }
            Decl::Func(f) => {
                let mut t = String::from("func ");
                if let Some(r) = &f.recv {
                    t.push('(');
                    t += &field_list(std::slice::from_ref(r));
                    t.push_str(") ");
                }
                t += &f.name.value;
                if !f.tparams.is_empty() {
                    t.push('[');
                    t += &field_list(&f.tparams);
                    t.push(']');
                }
                signature(&mut t, &f.typ);
                self.line(f.pos, &t);
                if let Some(b) = &f.body {
                    self.nested(|d| d.block(b));
                }
            }
        }
    }

    fn value_decl(&mut self, pos: Pos, kw: &str, ns: &[Name], typ: &Option<Expr>, values: &[Expr]) {
        let mut t = format!("{kw} ");
        names(&mut t, ns);
        if let Some(ty) = typ {
            t.push(' ');
            expr(&mut t, ty);
        }
        if !values.is_empty() {
            t.push_str(" = ");
            list(&mut t, values);
        }
        self.line(pos, &t);
    }

    fn block(&mut self, b: &Block) {
        self.line(b.pos, "{");
        self.nested(|d| {
            for s in &b.stmts {
                d.stmt(s);
            }
        });
    }

    fn stmt(&mut self, s: &Stmt) {
        super::parser::grow(|| self.stmt_inner(s))
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Block(b) => self.block(b),
            StmtKind::Decl(decls) => decls.iter().for_each(|decl| self.decl(decl)),
            StmtKind::Labeled(l, inner) => {
                self.line(s.pos, &format!("{}:", l.value));
                self.nested(|d| d.stmt(inner));
            }
            StmtKind::If(i) => {
                let mut t = String::from("if ");
                if let Some(init) = &i.init {
                    t += &stmt_string(init);
                    t.push_str("; ");
                }
                t += &expr_string(&i.cond);
                self.line(s.pos, &t);
                self.nested(|d| {
                    d.block(&i.then);
                    if let Some(e) = &i.els {
                        d.line(e.pos, "else");
                        d.stmt(e);
                    }
                });
            }
            StmtKind::For(f) => {
                let opt = |st: &Option<Stmt>| st.as_ref().map(stmt_string).unwrap_or_default();
                let cond = f.cond.as_ref().map(expr_string).unwrap_or_default();
                self.line(
                    s.pos,
                    &format!("for {}; {}; {}", opt(&f.init), cond, opt(&f.post)),
                );
                self.nested(|d| d.block(&f.body));
            }
            StmtKind::Range(r) => {
                let mut t = String::from("for ");
                if !r.lhs.is_empty() {
                    list(&mut t, &r.lhs);
                    t += if r.define { " := " } else { " = " };
                }
                t += "range ";
                t += &expr_string(&r.x);
                self.line(s.pos, &t);
                self.nested(|d| d.block(&r.body));
            }
            StmtKind::Switch(sw) => {
                let mut t = String::from("switch");
                if let Some(init) = &sw.init {
                    t.push(' ');
                    t += &stmt_string(init);
                    t.push(';');
                }
                if let Some(tag) = &sw.tag {
                    t.push(' ');
                    t += &expr_string(tag);
                }
                self.line(s.pos, &t);
                self.nested(|d| {
                    for c in &sw.clauses {
                        let head = match &c.cases {
                            Some(cs) => {
                                let mut h = String::from("case ");
                                list(&mut h, cs);
                                h
                            }
                            None => "default".into(),
                        };
                        d.line(c.pos, &(head + ":"));
                        d.nested(|d| c.body.iter().for_each(|st| d.stmt(st)));
                    }
                });
            }
            StmtKind::Select(sel) => {
                self.line(s.pos, "select");
                self.nested(|d| {
                    for c in &sel.clauses {
                        let head = match &c.comm {
                            Some(st) => format!("case {}:", stmt_string(st)),
                            None => "default:".into(),
                        };
                        d.line(c.pos, &head);
                        d.nested(|d| c.body.iter().for_each(|st| d.stmt(st)));
                    }
                });
            }
            _ => {
                self.line(s.pos, &stmt_string(s));
                self.func_lits(s);
            }
        }
    }

    /// Dumps the bodies of function literals inside a simple statement.
    fn func_lits(&mut self, s: &Stmt) {
        let mut lits = Vec::new();
        let exprs: Vec<&Expr> = match &s.kind {
            StmtKind::Expr(x) | StmtKind::Call(_, x) | StmtKind::IncDec(x, _) => vec![x],
            StmtKind::Send(a, b) => vec![a, b],
            StmtKind::Assign(_, l, r) => l.iter().chain(r).collect(),
            StmtKind::Return(r) => r.iter().collect(),
            _ => Vec::new(),
        };
        for x in exprs {
            collect_func_lits(x, &mut lits);
        }
        for (pos, body) in lits {
            self.nested(|d| {
                d.line(pos, "func literal");
                d.nested(|d| d.block(body));
            });
        }
    }
}

fn collect_func_lits<'a>(x: &'a Expr, out: &mut Vec<(Pos, &'a Block)>) {
    super::parser::grow(|| collect_func_lits_inner(x, out))
}

fn collect_func_lits_inner<'a>(x: &'a Expr, out: &mut Vec<(Pos, &'a Block)>) {
    let mut go = |e: &'a Expr| collect_func_lits(e, out);
    match &x.kind {
        ExprKind::FuncLit(_, body) => out.push((x.pos, body)),
        ExprKind::CompositeLit { elems, .. } => elems.iter().for_each(go),
        ExprKind::KeyValue(a, b) | ExprKind::Operation(_, a, Some(b)) => {
            go(a);
            go(b);
        }
        ExprKind::Paren(a)
        | ExprKind::Selector(a, _)
        | ExprKind::Assert(a, _)
        | ExprKind::Operation(_, a, None) => go(a),
        ExprKind::Index(a, ix) => {
            go(a);
            ix.iter().for_each(go);
        }
        ExprKind::Call { fun, args, .. } => {
            go(fun);
            args.iter().for_each(go);
        }
        _ => {}
    }
}

fn field_list(fields: &[Field]) -> String {
    let mut s = String::new();
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if !f.names.is_empty() {
            names(&mut s, &f.names);
            s.push(' ');
        }
        expr(&mut s, &f.typ);
    }
    s
}
