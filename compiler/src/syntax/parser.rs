//! The parser: tokens to a [`File`], with gc's error messages and recovery.
//!
//! This is a recursive-descent parser for the whole Go 1.27 grammar. Its
//! productions make the same decisions at the same tokens as gc's parser
//! (`cmd/compile/internal/syntax/parser.go`), because a syntax error's
//! position and wording ("syntax error: unexpected X, expected Y") depend
//! on exactly where a production gives up. Recovery is gc's too: skip to a
//! token of the production's follow set (plus statement keywords inside a
//! function), never past EOF.
//!
//! Invariants: every loop either consumes a token or stops at a closing
//! token or EOF, so parsing terminates on any input; the parser never
//! panics (fuzzed in `tests/fuzz.rs`).

use super::Error;
use super::ast::*;
use super::branches::check_branches;
use super::pos::{LineTable, Pos};
use super::printer::{expr_string, stmt_string};
use super::scanner::Scanner;
use super::token::{LitKind, Operator, SemiKind, Token};

/// Statement keywords: good places to resynchronise inside a function.
const STOPSET: &[Token] = &[
    Token::Break,
    Token::Const,
    Token::Continue,
    Token::Defer,
    Token::Fallthrough,
    Token::For,
    Token::Go,
    Token::Goto,
    Token::If,
    Token::Return,
    Token::Select,
    Token::Switch,
    Token::Type,
    Token::Var,
];

const DECL_FOLLOW: &[Token] = &[
    Token::Import,
    Token::Const,
    Token::Type,
    Token::Var,
    Token::Func,
];

/// One parameter as written, before types are distributed over names.
struct Param {
    pos: Pos,
    name: Option<Name>,
    typ: Option<Expr>,
}

/// A simple statement, or the range clause of a for header.
enum Simple {
    Stmt(Stmt),
    Range {
        pos: Pos,
        lhs: Vec<Expr>,
        define: bool,
        x: Expr,
    },
}

pub struct Parser<'a> {
    s: Scanner<'a>,
    /// The file name as shown in messages that cite a position.
    file: &'a str,
    lines: LineTable,
    /// Function nesting depth (the stop set applies inside functions).
    fnest: u32,
    /// Expression nesting: >= 0 where `{` after a type name may start a
    /// composite literal, -1 in statement headers where it starts a block.
    xnest: i32,
    groups: GroupId,
}

impl<'a> Parser<'a> {
    pub fn new(file: &'a str, src: &'a [u8]) -> Parser<'a> {
        let mut p = Parser {
            s: Scanner::new(src),
            file,
            lines: LineTable::new(src),
            fnest: 0,
            xnest: 0,
            groups: 0,
        };
        p.next();
        p
    }

    /// Parses a whole file. Returns None when the package clause is
    /// missing or broken (gc gives up on such a file too).
    pub fn parse_file(&mut self) -> Option<File> {
        let file_pos = self.pos();
        if !self.got(Token::Package) {
            self.syntax_error("package statement must be first");
            return None;
        }
        let go_version = self.build_go_version(file_pos);
        let pkg_name = self.name();
        self.want(Token::Semi);
        if !self.s.errors.is_empty() {
            return None;
        }

        let mut decls = Vec::new();
        let mut prev = Token::Import;
        while self.tok() != Token::Eof {
            if self.tok() == Token::Import && prev != Token::Import {
                self.syntax_error("imports must appear before other declarations");
            }
            prev = self.tok();
            match self.tok() {
                Token::Import => {
                    self.next();
                    self.append_group(&mut decls, |p, g| Some(Decl::Import(p.import_decl(g))));
                }
                Token::Const => {
                    self.next();
                    self.append_group(&mut decls, |p, g| Some(Decl::Const(p.const_decl(g))));
                }
                Token::Type => {
                    self.next();
                    self.append_group(&mut decls, |p, g| Some(Decl::Type(p.type_decl(g))));
                }
                Token::Var => {
                    self.next();
                    self.append_group(&mut decls, |p, g| Some(Decl::Var(p.var_decl(g))));
                }
                Token::Func => {
                    self.next();
                    decls.push(Decl::Func(self.func_decl()));
                }
                _ => {
                    let after_bodyless_func =
                        matches!(decls.last(), Some(Decl::Func(f)) if f.body.is_none());
                    if self.tok() == Token::Lbrace && after_bodyless_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(DECL_FOLLOW);
                    continue;
                }
            }
            if self.tok() != Token::Eof && !self.got(Token::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(DECL_FOLLOW);
            }
        }
        let eof = self.pos();
        Some(File {
            name: self.file.to_string(),
            lines: self.lines.clone(),
            pos: file_pos,
            pkg_name,
            decls,
            eof,
            directives: Vec::new(),
            go_version,
        })
    }

    /// Consumes the parser, returning the directives seen and all errors
    /// (scanner and parser) in the order they were reported.
    pub fn finish(self) -> (Vec<super::scanner::Directive>, Vec<Error>, LineTable) {
        (self.s.directives, self.s.errors, self.lines)
    }

    /// The Go version of a `//go:build` line before the package clause.
    fn build_go_version(&self, package_pos: Pos) -> String {
        self.s
            .directives
            .iter()
            .filter(|d| d.pos < package_pos)
            .filter_map(|d| d.text.strip_prefix("//go:build"))
            .find_map(super::constraint::go_version)
            .unwrap_or_default()
    }

    // ------------------------------------------------------------------
    // Tokens and errors

    fn tok(&self) -> Token {
        self.s.tok
    }

    fn pos(&self) -> Pos {
        self.s.pos
    }

    fn next(&mut self) {
        self.s.next();
    }

    fn got(&mut self, tok: Token) -> bool {
        if self.tok() == tok {
            self.next();
            true
        } else {
            false
        }
    }

    fn want(&mut self, tok: Token) {
        if !self.got(tok) {
            self.syntax_error(&format!("expected {}", tok.describe()));
            self.advance(&[]);
        }
    }

    /// Like `got(Assign)`, but also accepts `:=` (with an error).
    fn got_assign(&mut self) -> bool {
        match self.tok() {
            Token::Define => {
                self.syntax_error("expected =");
                self.next();
                true
            }
            Token::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    fn is_op(&self, op: Operator) -> bool {
        self.tok() == Token::Operator && self.s.op == op
    }

    fn error_at(&mut self, pos: Pos, msg: impl Into<String>) {
        self.s.errors.push(Error {
            pos,
            msg: msg.into(),
        });
    }

    fn error(&mut self, msg: impl Into<String>) {
        self.error_at(self.pos(), msg);
    }

    fn syntax_error(&mut self, msg: &str) {
        self.syntax_error_at(self.pos(), msg);
    }

    /// Reports "syntax error: ...". A message starting with "in ", "at ",
    /// "after " or "expected " is prefixed with "unexpected <current token>".
    fn syntax_error_at(&mut self, pos: Pos, msg: &str) {
        if self.tok() == Token::Eof && !self.s.errors.is_empty() {
            return; // avoid meaningless follow-up errors
        }
        let msg = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {msg}")
        } else if msg.starts_with("expected ") {
            format!(", {msg}")
        } else {
            self.error_at(pos, format!("syntax error: {msg}"));
            return;
        };
        let tok = self.current_token_text();
        self.error_at(pos, format!("syntax error: unexpected {tok}{msg}"));
    }

    /// How gc names the current token in "unexpected ..." messages.
    fn current_token_text(&self) -> String {
        match self.tok() {
            Token::Name => format!("name {}", self.s.lit()),
            Token::Semi => self.s.semi.as_str().to_string(),
            Token::Literal => format!("literal {}", self.s.lit()),
            Token::Operator => self.s.op.as_str().to_string(),
            Token::AssignOp => format!("{}=", self.s.op.as_str()),
            Token::IncOp => format!("{0}{0}", self.s.op.as_str()),
            t => t.describe(),
        }
    }

    /// Skips tokens until one of `follow` (or a statement keyword inside a
    /// function, or EOF). With an empty `follow`, skips exactly one token.
    fn advance(&mut self, follow: &[Token]) {
        if follow.is_empty() {
            if self.tok() != Token::Eof {
                self.next();
            }
            return;
        }
        while self.tok() != Token::Eof
            && !follow.contains(&self.tok())
            && !(self.fnest > 0 && STOPSET.contains(&self.tok()))
        {
            self.next();
        }
    }

    // ------------------------------------------------------------------
    // Declarations

    /// `list = [ f { sep f } [sep] ] close .` Returns the closing token's position.
    fn list(
        &mut self,
        context: &str,
        sep: Token,
        close: Token,
        mut f: impl FnMut(&mut Self) -> bool,
    ) -> Pos {
        let mut done = false;
        while self.tok() != Token::Eof && self.tok() != close && !done {
            done = f(self);
            if !self.got(sep) && self.tok() != close {
                self.syntax_error(&format!(
                    "in {context}; possibly missing {} or {}",
                    sep.describe(),
                    close.describe()
                ));
                self.advance(&[Token::Rparen, Token::Rbrack, Token::Rbrace]);
                if self.tok() != close {
                    return self.pos();
                }
            }
        }
        let pos = self.pos();
        self.want(close);
        pos
    }

    /// `f | "(" { f ";" } ")"`
    fn append_group(
        &mut self,
        list: &mut Vec<Decl>,
        mut f: impl FnMut(&mut Self, Option<GroupId>) -> Option<Decl>,
    ) {
        if self.tok() == Token::Lparen {
            self.groups += 1;
            let g = self.groups;
            self.next();
            self.list("grouped declaration", Token::Semi, Token::Rparen, |p| {
                if let Some(d) = f(p, Some(g)) {
                    list.push(d);
                }
                false
            });
        } else if let Some(d) = f(self, None) {
            list.push(d);
        }
    }

    fn import_decl(&mut self, group: Option<GroupId>) -> ImportDecl {
        let pos = self.pos();
        let local_name = match self.tok() {
            Token::Name => Some(self.name()),
            Token::Dot => {
                let n = Name {
                    pos: self.pos(),
                    value: ".".into(),
                };
                self.next();
                Some(n)
            }
            _ => None,
        };
        let mut path = self.oliteral();
        match &mut path {
            None => {
                self.syntax_error("missing import path");
                self.advance(&[Token::Semi, Token::Rparen]);
            }
            Some(lit) if !lit.bad && lit.kind != LitKind::String => {
                let p = lit.pos;
                lit.bad = true;
                self.syntax_error_at(p, "import path must be a string");
            }
            Some(_) => {}
        }
        ImportDecl {
            pos,
            group,
            local_name,
            path,
        }
    }

    fn const_decl(&mut self, group: Option<GroupId>) -> ConstDecl {
        let pos = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut typ = None;
        let mut values = Vec::new();
        if !matches!(self.tok(), Token::Eof | Token::Semi | Token::Rparen) {
            typ = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ConstDecl {
            pos,
            group,
            names,
            typ,
            values,
        }
    }

    fn type_decl(&mut self, group: Option<GroupId>) -> TypeDecl {
        let pos = self.pos();
        let name = self.name();
        let mut tparams = Vec::new();
        let mut alias = false;
        let typ;
        if self.tok() == Token::Lbrack {
            // An array or slice type, or a type parameter list.
            let lbrack = self.pos();
            self.next();
            match self.tok() {
                Token::Name => {
                    let mut x = Expr::name(self.name());
                    if self.tok() != Token::Lbrack {
                        self.xnest += 1;
                        let px = self.pexpr(Some(x), false);
                        x = self.binary_expr(Some(px), 0);
                        self.xnest -= 1;
                    }
                    let force = self.tok() == Token::Comma;
                    match extract_name(&x, force) {
                        Some((pname, ptype)) if ptype.is_some() || self.tok() != Token::Rbrack => {
                            tparams =
                                self.param_list(Some(pname), ptype, Token::Rbrack, true, false);
                            alias = self.got_assign();
                            typ = self.type_or_nil();
                        }
                        _ => typ = Some(self.array_type(lbrack, Some(x))),
                    }
                }
                Token::Rbrack => {
                    self.next();
                    typ = Some(self.slice_type(lbrack));
                }
                _ => typ = Some(self.array_type(lbrack, None)),
            }
        } else {
            alias = self.got_assign();
            typ = self.type_or_nil();
        }
        let typ = match typ {
            Some(t) => t,
            None => {
                let t = Expr::bad(self.pos());
                self.syntax_error("in type declaration");
                self.advance(&[Token::Semi, Token::Rparen]);
                t
            }
        };
        TypeDecl {
            pos,
            group,
            name,
            tparams,
            alias,
            typ,
        }
    }

    fn var_decl(&mut self, group: Option<GroupId>) -> VarDecl {
        let pos = self.pos();
        let first = self.name();
        let names = self.name_list(first);
        let mut typ = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            typ = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        VarDecl {
            pos,
            group,
            names,
            typ,
            values,
        }
    }

    /// After `func`.
    fn func_decl(&mut self) -> FuncDecl {
        let pos = self.pos();
        let mut recv = None;
        let has_recv = self.got(Token::Lparen);
        if has_recv {
            let mut rcvr = self.param_list(None, None, Token::Rparen, false, false);
            let count: usize = rcvr.iter().map(|f| f.names.len().max(1)).sum();
            match count {
                0 => self.error("method has no receiver"),
                1 => recv = rcvr.pop(),
                _ => {
                    self.error("method has multiple receivers");
                    let mut first = rcvr.swap_remove(0);
                    first.names.truncate(1);
                    recv = Some(first);
                }
            }
        }
        let name;
        let mut tparams = Vec::new();
        let typ;
        if self.tok() == Token::Name {
            name = self.name();
            (tparams, typ) = self.func_type("");
        } else {
            name = Name {
                pos: self.pos(),
                value: "_".into(),
            };
            typ = FuncType {
                pos: self.pos(),
                params: Vec::new(),
                results: Vec::new(),
            };
            self.syntax_error(if has_recv {
                "expected name"
            } else {
                "expected name or ("
            });
            self.advance(&[Token::Lbrace, Token::Semi]);
        }
        let body = if self.tok() == Token::Lbrace {
            Some(self.func_body())
        } else {
            None
        };
        FuncDecl {
            pos,
            recv,
            name,
            tparams,
            typ,
            body,
        }
    }

    fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let errors = self.s.errors.len();
        let body = self.block_stmt("");
        self.fnest -= 1;
        // Branch checks on a broken body would report follow-up errors.
        if self.s.errors.len() == errors {
            check_branches(&body, self.file, &self.lines, &mut self.s.errors);
        }
        body
    }

    // ------------------------------------------------------------------
    // Expressions

    fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        while matches!(self.tok(), Token::Operator | Token::Star) && self.s.prec > prec {
            let pos = self.pos();
            let op = self.s.op;
            let tprec = self.s.prec;
            self.next();
            let y = self.binary_expr(None, tprec);
            x = Expr::new(pos, ExprKind::Operation(op, Box::new(x), Some(Box::new(y))));
        }
        x
    }

    fn unary_expr(&mut self) -> Expr {
        grow(|| self.unary_expr_inner())
    }

    fn unary_expr_inner(&mut self) -> Expr {
        match self.tok() {
            Token::Operator | Token::Star => match self.s.op {
                Operator::Mul
                | Operator::Add
                | Operator::Sub
                | Operator::Not
                | Operator::Xor
                | Operator::Tilde => {
                    let pos = self.pos();
                    let op = self.s.op;
                    self.next();
                    let x = self.unary_expr();
                    return Expr::new(pos, ExprKind::Operation(op, Box::new(x), None));
                }
                Operator::And => {
                    let pos = self.pos();
                    self.next();
                    // `&(T{})`: drop the parentheses kept for complit checks.
                    let x = self.unary_expr().into_unparen();
                    return Expr::new(pos, ExprKind::Operation(Operator::And, Box::new(x), None));
                }
                _ => {}
            },
            Token::Arrow => {
                let pos = self.pos();
                self.next();
                let x = self.unary_expr();
                if matches!(x.kind, ExprKind::ChanType(..)) {
                    return self.reassociate_recv_chan(x);
                }
                return Expr::new(pos, ExprKind::Operation(Operator::Recv, Box::new(x), None));
            }
            _ => {}
        }
        self.pexpr(None, true)
    }

    /// `<-chan E` parsed as `<-(chan E)`: make it a receive-only channel
    /// type, moving the `<-` down through `chan<-` element types.
    fn reassociate_recv_chan(&mut self, mut x: Expr) -> Expr {
        let mut errors = Vec::new();
        let mut t = &mut x;
        loop {
            if !matches!(t.kind, ExprKind::ChanType(..)) {
                // channel dir is <- but the element is not a channel
                errors.push(format!("unexpected {}, expected chan", expr_string(t)));
                break;
            }
            let ExprKind::ChanType(dir, elem) = &mut t.kind else {
                break;
            };
            let old = *dir;
            if old == ChanDir::Recv {
                // `<-<-chan E` is not permitted
                errors.push("unexpected <-, expected chan".to_string());
            }
            *dir = ChanDir::Recv;
            if old != ChanDir::Send {
                break;
            }
            t = elem;
        }
        for e in errors {
            self.syntax_error(&e);
        }
        x
    }

    /// `go`/`defer` statement.
    fn call_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let tok = self.tok();
        self.next();
        let keep = self.tok() == Token::Lparen;
        let x = self.pexpr(None, keep);
        let x = if matches!(x.kind, ExprKind::Paren(_)) {
            self.error_at(
                x.pos,
                format!("expression in {} must not be parenthesized", tok.as_str()),
            );
            x.into_unparen()
        } else {
            x
        };
        Stmt {
            pos,
            kind: StmtKind::Call(tok, x),
        }
    }

    fn operand(&mut self, keep_parens: bool) -> Expr {
        match self.tok() {
            Token::Name => Expr::name(self.name()),
            Token::Literal => {
                let lit = self.oliteral().expect("at a literal");
                Expr::new(lit.pos, ExprKind::BasicLit(lit.kind, lit.value, lit.bad))
            }
            Token::Lparen => {
                let pos = self.pos();
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(Token::Rparen);
                // Keep the parentheses where an error may need them:
                // `(T){}` and `go (f())`.
                if keep_parens || self.tok() == Token::Lbrace {
                    Expr::new(pos, ExprKind::Paren(Box::new(x)))
                } else {
                    x
                }
            }
            Token::Func => {
                let pos = self.pos();
                self.next();
                let (_, ftyp) = self.func_type("function type");
                if self.tok() == Token::Lbrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    Expr::new(pos, ExprKind::FuncLit(Box::new(ftyp), Box::new(body)))
                } else {
                    Expr::new(ftyp.pos, ExprKind::FuncType(Box::new(ftyp)))
                }
            }
            Token::Lbrack | Token::Chan | Token::Map | Token::Struct | Token::Interface => {
                self.type_()
            }
            _ => {
                let x = Expr::bad(self.pos());
                self.syntax_error("expected expression");
                self.advance(&[Token::Rparen, Token::Rbrack, Token::Rbrace]);
                x
            }
        }
    }

    /// PrimaryExpr: an operand followed by selectors, indices, slices,
    /// assertions, calls and composite literal bodies.
    fn pexpr(&mut self, x: Option<Expr>, keep_parens: bool) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(keep_parens),
        };
        loop {
            let pos = self.pos();
            match self.tok() {
                Token::Dot => {
                    self.next();
                    match self.tok() {
                        Token::Name => {
                            let sel = self.name();
                            x = Expr::new(pos, ExprKind::Selector(Box::new(x), sel));
                        }
                        Token::Lparen => {
                            self.next();
                            if self.got(Token::Type) {
                                x = Expr::new(pos, ExprKind::TypeSwitchGuard(None, Box::new(x)));
                            } else {
                                let t = self.type_();
                                x = Expr::new(pos, ExprKind::Assert(Box::new(x), Box::new(t)));
                            }
                            self.want(Token::Rparen);
                        }
                        _ => {
                            self.syntax_error("expected name or (");
                            self.advance(&[Token::Semi, Token::Rparen]);
                        }
                    }
                }
                Token::Lbrack => {
                    self.next();
                    x = self.index_or_slice(pos, x);
                }
                Token::Lparen => {
                    self.next();
                    let (args, has_dots) = self.arg_list();
                    x = Expr::new(
                        pos,
                        ExprKind::Call {
                            fun: Box::new(x),
                            args,
                            has_dots,
                        },
                    );
                }
                Token::Lbrace => {
                    // Does `{` open a composite literal or a block?
                    let t = x.unparen();
                    let complit_ok = match &t.kind {
                        ExprKind::Name(_) | ExprKind::Selector(..) => self.xnest >= 0,
                        ExprKind::Index(..) => self.xnest >= 0 && !is_value(t),
                        ExprKind::ArrayType(..)
                        | ExprKind::SliceType(_)
                        | ExprKind::StructType(_)
                        | ExprKind::MapType(..) => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if matches!(x.kind, ExprKind::Paren(_)) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    x = self.complit_expr(Some(x));
                }
                _ => break,
            }
        }
        x
    }

    /// After `x[`: an index, an instantiation or a slice expression.
    fn index_or_slice(&mut self, pos: Pos, x: Expr) -> Expr {
        let mut i = None;
        if self.tok() != Token::Colon {
            let (list, comma) = if self.tok() == Token::Rbrack {
                // invalid empty instance, slice or index expression
                self.syntax_error("expected operand");
                (vec![Expr::bad(self.pos())], false)
            } else {
                self.type_list(false)
            };
            if comma || self.tok() == Token::Rbrack {
                self.want(Token::Rbrack);
                return Expr::new(pos, ExprKind::Index(Box::new(x), list));
            }
            i = list.into_iter().next();
        }
        // x[i:...
        if !self.got(Token::Colon) {
            self.syntax_error("expected comma, : or ]");
            self.advance(&[Token::Comma, Token::Colon, Token::Rbrack]);
        }
        self.xnest += 1;
        let mut index: [Option<Box<Expr>>; 3] = [i.map(Box::new), None, None];
        let mut full = false;
        if self.tok() != Token::Colon && self.tok() != Token::Rbrack {
            index[1] = Some(Box::new(self.expr()));
        }
        if self.tok() == Token::Colon {
            full = true;
            if index[1].is_none() {
                self.error("middle index required in 3-index slice");
                index[1] = Some(Box::new(Expr::bad(self.pos())));
            }
            self.next();
            if self.tok() != Token::Rbrack {
                index[2] = Some(Box::new(self.expr()));
            } else {
                self.error("final index required in 3-index slice");
                index[2] = Some(Box::new(Expr::bad(self.pos())));
            }
        }
        self.xnest -= 1;
        self.want(Token::Rbrack);
        Expr::new(
            pos,
            ExprKind::Slice {
                x: Box::new(x),
                index,
                full,
            },
        )
    }

    /// Element = Expression | LiteralValue .
    fn bare_complit_expr(&mut self) -> Expr {
        if self.tok() == Token::Lbrace {
            return self.complit_expr(None);
        }
        self.expr()
    }

    /// LiteralValue = "{" [ ElementList [ "," ] ] "}" .
    fn complit_expr(&mut self, typ: Option<Expr>) -> Expr {
        let pos = self.pos();
        self.xnest += 1;
        self.want(Token::Lbrace);
        let mut elems = Vec::new();
        let mut nkeys = 0;
        let rbrace = self.list("composite literal", Token::Comma, Token::Rbrace, |p| {
            let mut e = p.bare_complit_expr();
            if p.tok() == Token::Colon {
                let cpos = p.pos();
                p.next();
                let v = p.bare_complit_expr();
                e = Expr::new(cpos, ExprKind::KeyValue(Box::new(e), Box::new(v)));
                nkeys += 1;
            }
            elems.push(e);
            false
        });
        self.xnest -= 1;
        Expr::new(
            pos,
            ExprKind::CompositeLit {
                typ: typ.map(Box::new),
                elems,
                nkeys,
                rbrace,
            },
        )
    }

    // ------------------------------------------------------------------
    // Types

    fn type_(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = Expr::bad(self.pos());
                self.syntax_error("expected type");
                self.advance(&[
                    Token::Comma,
                    Token::Colon,
                    Token::Semi,
                    Token::Rparen,
                    Token::Rbrack,
                    Token::Rbrace,
                ]);
                t
            }
        }
    }

    fn type_or_nil(&mut self) -> Option<Expr> {
        grow(|| self.type_or_nil_inner())
    }

    fn type_or_nil_inner(&mut self) -> Option<Expr> {
        let pos = self.pos();
        Some(match self.tok() {
            Token::Star => {
                self.next();
                let t = self.type_();
                Expr::new(pos, ExprKind::Operation(Operator::Mul, Box::new(t), None))
            }
            Token::Arrow => {
                self.next();
                self.want(Token::Chan);
                let elem = self.chan_elem();
                Expr::new(pos, ExprKind::ChanType(ChanDir::Recv, Box::new(elem)))
            }
            Token::Func => {
                self.next();
                let (_, t) = self.func_type("function type");
                Expr::new(t.pos, ExprKind::FuncType(Box::new(t)))
            }
            Token::Lbrack => {
                self.next();
                if self.got(Token::Rbrack) {
                    return Some(self.slice_type(pos));
                }
                self.array_type(pos, None)
            }
            Token::Chan => {
                self.next();
                let dir = if self.got(Token::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                let elem = self.chan_elem();
                Expr::new(pos, ExprKind::ChanType(dir, Box::new(elem)))
            }
            Token::Map => {
                self.next();
                self.want(Token::Lbrack);
                let key = self.type_();
                self.want(Token::Rbrack);
                let val = self.type_();
                Expr::new(pos, ExprKind::MapType(Box::new(key), Box::new(val)))
            }
            Token::Struct => self.struct_type(),
            Token::Interface => self.interface_type(),
            Token::Name => self.qualified_name(None),
            Token::Lparen => {
                self.next();
                let t = self.type_();
                self.want(Token::Rparen);
                t
            }
            _ => return None,
        })
    }

    fn type_instance(&mut self, typ: Expr) -> Expr {
        let pos = self.pos();
        self.want(Token::Lbrack);
        let index = if self.tok() == Token::Rbrack {
            self.syntax_error("expected type argument list");
            vec![Expr::bad(self.pos())]
        } else {
            self.type_list(true).0
        };
        self.want(Token::Rbrack);
        Expr::new(pos, ExprKind::Index(Box::new(typ), index))
    }

    /// `[TypeParams] Parameters [Result]`. With a non-empty `context`,
    /// type parameters are reported as not permitted there.
    fn func_type(&mut self, context: &str) -> (Vec<Field>, FuncType) {
        let pos = self.pos();
        let mut tparams = Vec::new();
        if self.got(Token::Lbrack) {
            if !context.is_empty() {
                self.syntax_error_at(pos, &format!("{context} must have no type parameters"));
            }
            if self.tok() == Token::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                tparams = self.param_list(None, None, Token::Rbrack, true, false);
            }
        }
        self.want(Token::Lparen);
        let params = self.param_list(None, None, Token::Rparen, false, true);
        let results = self.func_result();
        (
            tparams,
            FuncType {
                pos,
                params,
                results,
            },
        )
    }

    /// After `[` at `pos`; `len` is the already parsed length, if any.
    fn array_type(&mut self, pos: Pos, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(l) => Some(l),
            None if self.got(Token::DotDotDot) => None,
            None => {
                self.xnest += 1;
                let l = self.expr();
                self.xnest -= 1;
                Some(l)
            }
        };
        if self.tok() == Token::Comma {
            // Trailing commas are accepted in type parameter lists but not
            // in array type declarations.
            self.syntax_error("unexpected comma; expected ]");
            self.next();
        }
        self.want(Token::Rbrack);
        let elem = self.type_();
        Expr::new(pos, ExprKind::ArrayType(len.map(Box::new), Box::new(elem)))
    }

    /// After `[]` at `pos`.
    fn slice_type(&mut self, pos: Pos) -> Expr {
        let elem = self.type_();
        Expr::new(pos, ExprKind::SliceType(Box::new(elem)))
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = Expr::bad(self.pos());
                self.syntax_error("missing channel element type");
                t
            }
        }
    }

    fn struct_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Token::Struct);
        self.want(Token::Lbrace);
        let mut fields = Vec::new();
        self.list("struct type", Token::Semi, Token::Rbrace, |p| {
            p.field_decl(&mut fields);
            false
        });
        Expr::new(pos, ExprKind::StructType(fields))
    }

    fn interface_type(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Token::Interface);
        self.want(Token::Lbrace);
        let mut elems = Vec::new();
        self.list("interface type", Token::Semi, Token::Rbrace, |p| {
            let f = if p.tok() == Token::Name {
                let f = p.method_decl();
                if f.names.is_empty() {
                    p.embedded_elem(Some(f))
                } else {
                    f
                }
            } else {
                p.embedded_elem(None)
            };
            elems.push(f);
            false
        });
        Expr::new(pos, ExprKind::InterfaceType(elems))
    }

    /// Result = Parameters | Type .
    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Token::Lparen) {
            return self.param_list(None, None, Token::Rparen, false, false);
        }
        let pos = self.pos();
        match self.type_or_nil() {
            Some(typ) => vec![Field {
                pos,
                names: Vec::new(),
                typ,
                tag: None,
            }],
            None => Vec::new(),
        }
    }

    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        let pos = self.pos();
        let field = |names, typ, tag| Field {
            pos,
            names,
            typ,
            tag,
        };
        match self.tok() {
            Token::Name => {
                let name = self.name();
                if matches!(
                    self.tok(),
                    Token::Dot | Token::Literal | Token::Semi | Token::Rbrace
                ) {
                    // embedded type
                    let typ = self.qualified_name(Some(name));
                    let tag = self.oliteral();
                    fields.push(field(Vec::new(), typ, tag));
                    return;
                }
                let names = self.name_list(name);
                let typ = if names.len() == 1 && self.tok() == Token::Lbrack {
                    // An embedded instance T[P1, P2] or a field of array or slice type.
                    let t = self.array_or_targs();
                    if let ExprKind::Index(..) = t.kind {
                        let t = set_index_base(t, Expr::name(names[0].clone()));
                        let tag = self.oliteral();
                        fields.push(field(Vec::new(), t, tag));
                        return;
                    }
                    t
                } else {
                    self.type_()
                };
                let tag = self.oliteral();
                fields.push(field(names, typ, tag));
            }
            Token::Star => {
                self.next();
                let typ = if self.tok() == Token::Lparen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let t = self.qualified_name(None);
                    self.got(Token::Rparen);
                    t
                } else {
                    self.qualified_name(None)
                };
                let tag = self.oliteral();
                let typ = Expr::new(pos, ExprKind::Operation(Operator::Mul, Box::new(typ), None));
                fields.push(field(Vec::new(), typ, tag));
            }
            Token::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let typ = if self.tok() == Token::Star {
                    let spos = self.pos();
                    self.next();
                    let t = self.qualified_name(None);
                    Expr::new(spos, ExprKind::Operation(Operator::Mul, Box::new(t), None))
                } else {
                    self.qualified_name(None)
                };
                self.got(Token::Rparen);
                let tag = self.oliteral();
                fields.push(field(Vec::new(), typ, tag));
            }
            _ => {
                self.syntax_error("expected field name or embedded type");
                self.advance(&[Token::Semi, Token::Rbrace]);
            }
        }
    }

    /// After a name: `[n]E`, `[]E`, or type arguments `[A, B]` (returned as
    /// an Index expression whose base the caller fills in).
    fn array_or_targs(&mut self) -> Expr {
        let pos = self.pos();
        self.want(Token::Lbrack);
        if self.got(Token::Rbrack) {
            return self.slice_type(pos);
        }
        let (list, comma) = self.type_list(false);
        self.want(Token::Rbrack);
        if !comma && let Some(elem) = self.type_or_nil() {
            let len = list.into_iter().next().map(Box::new);
            return Expr::new(pos, ExprKind::ArrayType(len, Box::new(elem)));
        }
        Expr::new(pos, ExprKind::Index(Box::new(Expr::bad(pos)), list))
    }

    fn oliteral(&mut self) -> Option<BasicLit> {
        if self.tok() != Token::Literal {
            return None;
        }
        let lit = BasicLit {
            pos: self.pos(),
            kind: self.s.kind,
            value: self.s.lit().into(),
            bad: self.s.bad,
        };
        self.next();
        Some(lit)
    }

    /// An interface method, or an embedded (possibly instantiated) type.
    fn method_decl(&mut self) -> Field {
        let pos = self.pos();
        let name = self.name();
        const CONTEXT: &str = "interface method";
        let method = |p: &mut Self, name: Name| {
            let (_, t) = p.func_type(CONTEXT);
            Field {
                pos,
                names: vec![name],
                typ: Expr::new(t.pos, ExprKind::FuncType(Box::new(t))),
                tag: None,
            }
        };
        let embedded = |typ| Field {
            pos,
            names: Vec::new(),
            typ,
            tag: None,
        };
        match self.tok() {
            Token::Lparen => method(self, name),
            Token::Lbrack => {
                // A generic method m[T C](x T) (rejected) or an embedded
                // instance T[P1, P2].
                let lpos = self.pos();
                self.next();
                if self.tok() == Token::Rbrack {
                    let rpos = self.pos();
                    self.next();
                    if self.tok() == Token::Lparen {
                        self.error_at(rpos, "empty type parameter list");
                        return method(self, name);
                    }
                    self.error_at(rpos, "empty type argument list");
                    return embedded(Expr::name(name));
                }
                let list = self.param_list_flat(None, None, Token::Rbrack, false, false);
                let Some(first) = list.first() else {
                    if self.tok() == Token::Lparen {
                        return method(self, name);
                    }
                    return embedded(Expr::name(name));
                };
                if first.name.is_some() {
                    let f = method(self, name);
                    self.error_at(lpos, "interface method must have no type parameters");
                    return f;
                }
                let index = list
                    .into_iter()
                    .map(|p| p.typ.unwrap_or_else(|| Expr::bad(p.pos)))
                    .collect();
                embedded(Expr::new(
                    lpos,
                    ExprKind::Index(Box::new(Expr::name(name)), index),
                ))
            }
            _ => {
                let t = self.qualified_name(Some(name));
                embedded(t)
            }
        }
    }

    /// EmbeddedElem = MethodSpec | EmbeddedTerm { "|" EmbeddedTerm } .
    fn embedded_elem(&mut self, f: Option<Field>) -> Field {
        let mut f = match f {
            Some(f) => f,
            None => {
                let pos = self.pos();
                let typ = self.embedded_term();
                Field {
                    pos,
                    names: Vec::new(),
                    typ,
                    tag: None,
                }
            }
        };
        while self.is_op(Operator::Or) {
            let pos = self.pos();
            self.next();
            let y = self.embedded_term();
            let x = std::mem::replace(&mut f.typ, Expr::bad(pos));
            f.typ = Expr::new(
                pos,
                ExprKind::Operation(Operator::Or, Box::new(x), Some(Box::new(y))),
            );
        }
        f
    }

    /// EmbeddedTerm = [ "~" ] Type .
    fn embedded_term(&mut self) -> Expr {
        if self.is_op(Operator::Tilde) {
            let pos = self.pos();
            self.next();
            let t = self.type_();
            return Expr::new(pos, ExprKind::Operation(Operator::Tilde, Box::new(t), None));
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let t = Expr::bad(self.pos());
                self.syntax_error("expected ~ term or type");
                self.advance(&[
                    Token::Operator,
                    Token::Semi,
                    Token::Rparen,
                    Token::Rbrack,
                    Token::Rbrace,
                ]);
                t
            }
        }
    }

    /// `embedded_elem` for a parameter that already has a type.
    fn param_union(&mut self, mut par: Param) -> Param {
        let f = self.embedded_elem(Some(Field {
            pos: par.pos,
            names: Vec::new(),
            typ: par.typ.take().unwrap_or_else(|| Expr::bad(par.pos)),
            tag: None,
        }));
        par.typ = Some(f.typ);
        par
    }

    /// ParameterDecl = [ IdentifierList ] [ "..." ] Type .
    fn param_decl_or_nil(&mut self, name: Option<Name>, follow: Token) -> Option<Param> {
        // type set notation is ok in type parameter lists
        let type_sets_ok = follow == Token::Rbrack;
        let mut pos = self.pos();
        if let Some(n) = &name {
            pos = n.pos;
        } else if type_sets_ok && self.is_op(Operator::Tilde) {
            let f = self.embedded_elem(None);
            return Some(Param {
                pos: f.pos,
                name: None,
                typ: Some(f.typ),
            });
        }
        let mut par = Param {
            pos,
            name: None,
            typ: None,
        };
        if self.tok() == Token::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            if self.tok() == Token::Lbrack {
                let t = self.array_or_targs();
                if let ExprKind::Index(..) = t.kind {
                    par.typ = Some(set_index_base(t, Expr::name(name)));
                } else {
                    par.typ = Some(t);
                    par.name = Some(name);
                }
                if type_sets_ok && self.is_op(Operator::Or) {
                    par = self.param_union(par);
                }
                return Some(par);
            }
            if self.tok() == Token::Dot {
                par.typ = Some(self.qualified_name(Some(name)));
                if type_sets_ok && self.is_op(Operator::Or) {
                    par = self.param_union(par);
                }
                return Some(par);
            }
            if type_sets_ok && self.is_op(Operator::Or) {
                par.typ = Some(Expr::name(name));
                return Some(self.param_union(par));
            }
            par.name = Some(name);
        }

        if self.tok() == Token::DotDotDot {
            let dpos = self.pos();
            self.next();
            match self.type_or_nil() {
                Some(elem) => {
                    par.typ = Some(Expr::new(dpos, ExprKind::DotsType(Box::new(elem))));
                }
                None => {
                    par.typ = Some(Expr::bad(self.pos()));
                    self.syntax_error("... is missing type");
                }
            }
            return Some(par);
        }

        if type_sets_ok && self.is_op(Operator::Tilde) {
            par.typ = Some(self.embedded_elem(None).typ);
            return Some(par);
        }

        par.typ = self.type_or_nil();
        if type_sets_ok && self.is_op(Operator::Or) && par.typ.is_some() {
            par = self.param_union(par);
        }
        if par.name.is_some() || par.typ.is_some() {
            return Some(par);
        }
        self.syntax_error(&format!("expected {}", follow.describe()));
        self.advance(&[Token::Comma, follow]);
        None
    }

    /// Parameters = "(" [ ParameterList [ "," ] ] ")" , after the opening
    /// token. `name` and `typ` are an already parsed first parameter.
    fn param_list(
        &mut self,
        name: Option<Name>,
        typ: Option<Expr>,
        close: Token,
        require_names: bool,
        dddok: bool,
    ) -> Vec<Field> {
        let list = self.param_list_flat(name, typ, close, require_names, dddok);
        group_params(list)
    }

    /// `param_list` before grouping: one entry per name, every entry with
    /// its type, errors reported. A type shared by several names is kept on
    /// the last of them only (`a, b int`: a has none), which
    /// `group_params` relies on.
    fn param_list_flat(
        &mut self,
        name: Option<Name>,
        typ: Option<Expr>,
        close: Token,
        require_names: bool,
        dddok: bool,
    ) -> Vec<Param> {
        if let (Some(n), Some(_)) = (&name, &typ)
            && self.tok() == close
        {
            self.next();
            return vec![Param {
                pos: n.pos,
                name,
                typ,
            }];
        }

        let mut list: Vec<Param> = Vec::new();
        let mut named = 0; // parameters with an explicit name and type
        let mut typed = 0; // parameters with an explicit type
        let mut first = Some((name, typ));
        let end = self.list("parameter list", Token::Comma, close, |p| {
            let par = match first.take() {
                Some((Some(n), Some(t))) => Some(Param {
                    pos: n.pos,
                    name: Some(n),
                    typ: Some(t),
                }),
                Some((n, _)) => p.param_decl_or_nil(n, close),
                None => p.param_decl_or_nil(None, close),
            };
            if let Some(par) = par {
                if par.name.is_some() && par.typ.is_some() {
                    named += 1;
                }
                if par.typ.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });
        if list.is_empty() {
            return list;
        }

        if named == 0 && !require_names {
            // All unnamed: the names we found are type names.
            for par in &mut list {
                if let Some(n) = par.name.take() {
                    par.typ = Some(Expr::name(n));
                }
            }
        } else if named != list.len() {
            // Some named (or a type parameter list): all must be named.
            let mut err_pos = None;
            let mut have_type = false;
            for par in list.iter_mut().rev() {
                if let Some(t) = &par.typ {
                    have_type = true;
                    if par.name.is_none() {
                        let p = t.start();
                        err_pos = Some(p);
                        par.name = Some(Name {
                            pos: p,
                            value: "_".into(),
                        });
                    }
                } else if !have_type {
                    // only a name: no type follows it
                    let p = par.name.as_ref().map_or(par.pos, |n| n.pos);
                    err_pos = Some(p);
                    par.typ = Some(Expr::bad(p));
                }
            }
            if let Some(mut err_pos) = err_pos {
                let msg = if named == typed {
                    err_pos = end;
                    if require_names {
                        "missing type constraint".to_string()
                    } else {
                        "missing parameter type".to_string()
                    }
                } else if require_names {
                    let mut m = "missing type parameter name".to_string();
                    if list.len() == 1 {
                        m += " or invalid array length";
                    }
                    m
                } else {
                    "missing parameter name".to_string()
                };
                self.syntax_error_at(err_pos, &msg);
            }
        }

        // check use of ...
        let n = list.len();
        let mut reported = false;
        for i in 0..n {
            let owner = (i..n).find(|&j| list[j].typ.is_some());
            let Some(o) = owner else { continue };
            let Some(Expr {
                pos: dpos,
                kind: ExprKind::DotsType(_),
            }) = &list[o].typ
            else {
                continue;
            };
            let dpos = *dpos;
            if !dddok || i + 1 < n {
                if !reported {
                    reported = true;
                    self.error_at(
                        dpos,
                        if dddok {
                            "can only use ... with final parameter"
                        } else {
                            "invalid use of ..."
                        },
                    );
                }
                // use T instead of the invalid ...T
                if let Some(mut t) = list[o].typ.take() {
                    list[o].typ = Some(match t.take_kind() {
                        ExprKind::DotsType(elem) => *elem,
                        kind => Expr::new(t.pos, kind),
                    });
                }
            }
        }
        list
    }

    // ------------------------------------------------------------------
    // Statements

    /// SimpleStmt, given an already parsed left-hand side.
    fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<Token>) -> Simple {
        if keyword == Some(Token::For) && self.tok() == Token::Range {
            return self.range_clause(Vec::new(), false);
        }
        let mut lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        if lhs.len() == 1 && self.tok() != Token::Assign && self.tok() != Token::Define {
            let pos = self.pos();
            let x = lhs.pop().expect("one element");
            let kind = match self.tok() {
                Token::AssignOp => {
                    let op = self.s.op;
                    self.next();
                    let y = self.expr();
                    StmtKind::Assign(AssignOp::Op(op), vec![x], vec![y])
                }
                Token::IncOp => {
                    let op = self.s.op;
                    self.next();
                    StmtKind::IncDec(x, op)
                }
                Token::Arrow => {
                    self.next();
                    let v = self.expr();
                    StmtKind::Send(x, v)
                }
                _ => {
                    return Simple::Stmt(Stmt {
                        pos: x.pos,
                        kind: StmtKind::Expr(x),
                    });
                }
            };
            return Simple::Stmt(Stmt { pos, kind });
        }
        match self.tok() {
            Token::Assign | Token::Define => {
                let pos = self.pos();
                let define = self.tok() == Token::Define;
                self.next();
                if keyword == Some(Token::For) && self.tok() == Token::Range {
                    return self.range_clause(lhs, define);
                }
                let mut rhs = self.expr_list();
                if keyword == Some(Token::Switch)
                    && define
                    && lhs.len() == 1
                    && rhs.len() == 1
                    && matches!(rhs[0].kind, ExprKind::TypeSwitchGuard(None, _))
                    && let ExprKind::Name(n) = &lhs[0].kind
                {
                    // switch … lhs := rhs.(type)
                    let name = Name {
                        pos: lhs[0].pos,
                        value: n.clone(),
                    };
                    let mut g = rhs.pop().expect("one element");
                    if let ExprKind::TypeSwitchGuard(l, _) = &mut g.kind {
                        *l = Some(name);
                    }
                    return Simple::Stmt(Stmt {
                        pos: g.pos,
                        kind: StmtKind::Expr(g),
                    });
                }
                let op = if define {
                    AssignOp::Define
                } else {
                    AssignOp::Assign
                };
                Simple::Stmt(Stmt {
                    pos,
                    kind: StmtKind::Assign(op, lhs, rhs),
                })
            }
            _ => {
                self.syntax_error("expected := or = or comma");
                self.advance(&[Token::Semi, Token::Rbrace]);
                let x = lhs.swap_remove(0);
                Simple::Stmt(Stmt {
                    pos: x.pos,
                    kind: StmtKind::Expr(x),
                })
            }
        }
    }

    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> Simple {
        let pos = self.pos();
        self.next(); // range
        let x = self.expr();
        Simple::Range {
            pos,
            lhs,
            define,
            x,
        }
    }

    /// A simple statement where a range clause is not permitted.
    fn simple_stmt_only(&mut self, keyword: Option<Token>) -> Stmt {
        match self.simple_stmt(None, keyword) {
            Simple::Stmt(s) => s,
            Simple::Range { .. } => unreachable!("range parsed only after for"),
        }
    }

    fn labeled_stmt_or_nil(&mut self, label: Name) -> Option<Stmt> {
        let pos = self.pos();
        self.want(Token::Colon);
        if self.tok() == Token::Rbrace {
            // An empty statement before `}`.
            let e = Stmt {
                pos: self.pos(),
                kind: StmtKind::Empty,
            };
            return Some(Stmt {
                pos,
                kind: StmtKind::Labeled(label, Box::new(e)),
            });
        }
        match self.stmt_or_nil() {
            Some(s) => Some(Stmt {
                pos,
                kind: StmtKind::Labeled(label, Box::new(s)),
            }),
            None => {
                self.syntax_error_at(pos, "missing statement after label");
                None
            }
        }
    }

    /// `context` names the construct for "expected { after ..." errors.
    fn block_stmt(&mut self, context: &str) -> Block {
        let pos = self.pos();
        if !self.got(Token::Lbrace) {
            self.syntax_error(&format!("expected {{ after {context}"));
            self.advance(&[Token::Name, Token::Rbrace]);
            let rbrace = self.pos();
            if self.got(Token::Rbrace) {
                return Block {
                    pos,
                    stmts: Vec::new(),
                    rbrace,
                };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.pos();
        self.want(Token::Rbrace);
        Block { pos, stmts, rbrace }
    }

    fn decl_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let tok = self.tok();
        self.next();
        let mut decls = Vec::new();
        match tok {
            Token::Var => {
                self.append_group(&mut decls, |p, g| Some(Decl::Var(p.var_decl(g))));
            }
            Token::Const => {
                self.append_group(&mut decls, |p, g| Some(Decl::Const(p.const_decl(g))));
            }
            _ => {
                self.append_group(&mut decls, |p, g| Some(Decl::Type(p.type_decl(g))));
            }
        }
        Stmt {
            pos,
            kind: StmtKind::Decl(decls),
        }
    }

    fn for_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let h = self.header(Token::For);
        let body = self.block_stmt("for clause");
        let kind = match h.range {
            Some((range_pos, lhs, define, x)) => StmtKind::Range(Box::new(RangeStmt {
                range_pos,
                lhs,
                define,
                x,
                body,
            })),
            None => StmtKind::For(Box::new(ForStmt {
                init: h.init,
                cond: h.cond,
                post: h.post,
                body,
            })),
        };
        Stmt { pos, kind }
    }

    /// The header of an if, switch or for statement, up to the `{`.
    fn header(&mut self, keyword: Token) -> Header {
        let mut h = Header::default();
        self.want(keyword);
        if self.tok() == Token::Lbrace {
            if keyword == Token::If {
                self.syntax_error("missing condition in if statement");
                h.cond = Some(Expr::bad(self.pos()));
            }
            return h;
        }

        let outer = self.xnest;
        self.xnest = -1;

        if self.tok() != Token::Semi {
            // accept a var declaration but complain
            if self.got(Token::Var) {
                self.syntax_error(&format!(
                    "var declaration not allowed in {} initializer",
                    keyword.as_str()
                ));
            }
            match self.simple_stmt(None, Some(keyword)) {
                Simple::Range {
                    pos,
                    lhs,
                    define,
                    x,
                } => {
                    h.range = Some((pos, lhs, define, x));
                    self.xnest = outer;
                    return h;
                }
                Simple::Stmt(s) => h.init = Some(s),
            }
        }

        let mut cond_stmt = None;
        let mut semi: Option<(Pos, SemiKind)> = None;
        if self.tok() != Token::Lbrace {
            if self.tok() == Token::Semi {
                semi = Some((self.pos(), self.s.semi));
                self.next();
            } else {
                // asking for a '{' rather than a ';' gives a better message
                self.want(Token::Lbrace);
                if self.tok() != Token::Lbrace {
                    self.advance(&[Token::Lbrace, Token::Rbrace]);
                }
            }
            if keyword == Token::For {
                let mut done = false;
                if self.tok() != Token::Semi {
                    if self.tok() == Token::Lbrace {
                        self.syntax_error("expected for loop condition");
                        done = true;
                    } else {
                        cond_stmt = Some(self.simple_stmt_only(None));
                    }
                }
                if !done {
                    self.want(Token::Semi);
                    if self.tok() != Token::Lbrace {
                        let post = self.simple_stmt_only(None);
                        if let StmtKind::Assign(AssignOp::Define, ..) = post.kind {
                            self.syntax_error_at(
                                post.pos,
                                "cannot declare in post statement of for loop",
                            );
                        }
                        h.post = Some(post);
                    }
                }
            } else if self.tok() != Token::Lbrace {
                cond_stmt = Some(self.simple_stmt_only(Some(keyword)));
            }
        } else {
            cond_stmt = h.init.take();
        }

        // unpack cond_stmt
        match cond_stmt {
            None => {
                if keyword == Token::If
                    && let Some((spos, kind)) = semi
                {
                    if kind != SemiKind::Semicolon {
                        self.syntax_error_at(
                            spos,
                            &format!("unexpected {}, expected {{ after if clause", kind.as_str()),
                        );
                    } else {
                        self.syntax_error_at(spos, "missing condition in if statement");
                    }
                    h.cond = Some(Expr::bad(spos));
                }
            }
            Some(Stmt {
                kind: StmtKind::Expr(x),
                ..
            }) => h.cond = Some(x),
            Some(s) => {
                // A common mistake is `=` instead of `==`.
                let str = match &s.kind {
                    StmtKind::Assign(AssignOp::Assign, lhs, rhs) => {
                        format!("assignment {} = {}", emphasize(lhs), emphasize(rhs))
                    }
                    _ => stmt_string(&s),
                };
                self.syntax_error_at(s.pos, &format!("cannot use {str} as value"));
            }
        }
        self.xnest = outer;
        h
    }

    fn if_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let h = self.header(Token::If);
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Token::Else) {
            match self.tok() {
                Token::If => els = Some(self.if_stmt()),
                Token::Lbrace => {
                    let b = self.block_stmt("");
                    els = Some(Stmt {
                        pos: b.pos,
                        kind: StmtKind::Block(b),
                    });
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Token::Name, Token::Rbrace]);
                }
            }
        }
        let cond = h.cond.unwrap_or_else(|| Expr::bad(pos));
        Stmt {
            pos,
            kind: StmtKind::If(Box::new(IfStmt {
                init: h.init,
                cond,
                then,
                els,
            })),
        }
    }

    fn switch_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        let h = self.header(Token::Switch);
        if !self.got(Token::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Token::Case, Token::Default, Token::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok() != Token::Eof && self.tok() != Token::Rbrace {
            clauses.push(self.case_clause());
        }
        let rbrace = self.pos();
        self.want(Token::Rbrace);
        Stmt {
            pos,
            kind: StmtKind::Switch(Box::new(SwitchStmt {
                init: h.init,
                tag: h.cond,
                clauses,
                rbrace,
            })),
        }
    }

    fn select_stmt(&mut self) -> Stmt {
        let pos = self.pos();
        self.want(Token::Select);
        if !self.got(Token::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Token::Case, Token::Default, Token::Rbrace]);
        }
        let mut clauses = Vec::new();
        while self.tok() != Token::Eof && self.tok() != Token::Rbrace {
            clauses.push(self.comm_clause());
        }
        let rbrace = self.pos();
        self.want(Token::Rbrace);
        Stmt {
            pos,
            kind: StmtKind::Select(Box::new(SelectStmt { clauses, rbrace })),
        }
    }

    /// `case`/`default` of a clause; false (after reporting) if neither.
    fn clause_keyword(&mut self) -> Option<Token> {
        match self.tok() {
            t @ (Token::Case | Token::Default) => {
                self.next();
                Some(t)
            }
            _ => {
                self.syntax_error("expected case or default or }");
                self.advance(&[Token::Colon, Token::Case, Token::Default, Token::Rbrace]);
                None
            }
        }
    }

    fn case_clause(&mut self) -> CaseClause {
        let pos = self.pos();
        let cases = match self.clause_keyword() {
            Some(Token::Case) => Some(self.expr_list()),
            _ => None,
        };
        let colon = self.pos();
        self.want(Token::Colon);
        let body = self.stmt_list();
        CaseClause {
            pos,
            cases,
            colon,
            body,
        }
    }

    fn comm_clause(&mut self) -> CommClause {
        let pos = self.pos();
        // The send or receive statement is restricted by the type checker.
        let comm = match self.clause_keyword() {
            Some(Token::Case) => Some(self.simple_stmt_only(None)),
            _ => None,
        };
        let colon = self.pos();
        self.want(Token::Colon);
        let body = self.stmt_list();
        CommClause {
            pos,
            comm,
            colon,
            body,
        }
    }

    fn branch(&mut self, tok: Token, label: Option<Name>, pos: Pos) -> Stmt {
        Stmt {
            pos,
            kind: StmtKind::Branch(tok, label),
        }
    }

    fn stmt_or_nil(&mut self) -> Option<Stmt> {
        grow(|| self.stmt_or_nil_inner())
    }

    fn stmt_or_nil_inner(&mut self) -> Option<Stmt> {
        // Most statements start with a name: try that first.
        if self.tok() == Token::Name {
            let lhs = self.expr_list();
            if lhs.len() == 1
                && self.tok() == Token::Colon
                && let ExprKind::Name(n) = &lhs[0].kind
            {
                let label = Name {
                    pos: lhs[0].pos,
                    value: n.clone(),
                };
                return self.labeled_stmt_or_nil(label);
            }
            return Some(self.simple_stmt_only_with(lhs));
        }
        let pos = self.pos();
        Some(match self.tok() {
            Token::Var | Token::Const | Token::Type => self.decl_stmt(),
            Token::Lbrace => {
                let b = self.block_stmt("");
                Stmt {
                    pos,
                    kind: StmtKind::Block(b),
                }
            }
            Token::Operator | Token::Star => match self.s.op {
                Operator::Add
                | Operator::Sub
                | Operator::Mul
                | Operator::And
                | Operator::Xor
                | Operator::Not => self.simple_stmt_only(None),
                _ => return None,
            },
            Token::Literal
            | Token::Func
            | Token::Lparen
            | Token::Lbrack
            | Token::Struct
            | Token::Map
            | Token::Chan
            | Token::Interface
            | Token::Arrow => self.simple_stmt_only(None),
            Token::For => self.for_stmt(),
            Token::Switch => self.switch_stmt(),
            Token::Select => self.select_stmt(),
            Token::If => self.if_stmt(),
            Token::Fallthrough => {
                self.next();
                self.branch(Token::Fallthrough, None, pos)
            }
            t @ (Token::Break | Token::Continue) => {
                self.next();
                let label = if self.tok() == Token::Name {
                    Some(self.name())
                } else {
                    None
                };
                self.branch(t, label, pos)
            }
            Token::Go | Token::Defer => self.call_stmt(),
            Token::Goto => {
                self.next();
                let label = self.name();
                self.branch(Token::Goto, Some(label), pos)
            }
            Token::Return => {
                self.next();
                let results = if self.tok() != Token::Semi && self.tok() != Token::Rbrace {
                    self.expr_list()
                } else {
                    Vec::new()
                };
                Stmt {
                    pos,
                    kind: StmtKind::Return(results),
                }
            }
            Token::Semi => Stmt {
                pos,
                kind: StmtKind::Empty,
            },
            _ => return None,
        })
    }

    fn simple_stmt_only_with(&mut self, lhs: Vec<Expr>) -> Stmt {
        match self.simple_stmt(Some(lhs), None) {
            Simple::Stmt(s) => s,
            Simple::Range { .. } => unreachable!("range parsed only after for"),
        }
    }

    /// StatementList = { Statement ";" } .
    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut list = Vec::new();
        while !matches!(
            self.tok(),
            Token::Eof | Token::Rbrace | Token::Case | Token::Default
        ) {
            let Some(s) = self.stmt_or_nil() else { break };
            list.push(s);
            // ";" is optional before "}"
            if !self.got(Token::Semi) && self.tok() != Token::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[Token::Semi, Token::Rbrace, Token::Case, Token::Default]);
                self.got(Token::Semi);
            }
        }
        list
    }

    /// Call arguments after `(`, up to and including `)`.
    fn arg_list(&mut self) -> (Vec<Expr>, bool) {
        self.xnest += 1;
        let mut list = Vec::new();
        let mut has_dots = false;
        self.list("argument list", Token::Comma, Token::Rparen, |p| {
            list.push(p.expr());
            has_dots = p.got(Token::DotDotDot);
            has_dots
        });
        self.xnest -= 1;
        (list, has_dots)
    }

    // ------------------------------------------------------------------
    // Common productions

    fn name(&mut self) -> Name {
        if self.tok() == Token::Name {
            let n = Name {
                pos: self.pos(),
                value: self.s.lit().into(),
            };
            self.next();
            return n;
        }
        let n = Name {
            pos: self.pos(),
            value: "_".into(),
        };
        self.syntax_error("expected name");
        self.advance(&[]);
        n
    }

    fn name_list(&mut self, first: Name) -> Vec<Name> {
        let mut l = vec![first];
        while self.got(Token::Comma) {
            l.push(self.name());
        }
        l
    }

    fn qualified_name(&mut self, name: Option<Name>) -> Expr {
        let mut x = match name {
            Some(n) => Expr::name(n),
            None if self.tok() == Token::Name => Expr::name(self.name()),
            None => {
                let x = Expr::new(self.pos(), ExprKind::Name("_".into()));
                self.syntax_error("expected name");
                self.advance(&[Token::Dot, Token::Semi, Token::Rbrace]);
                x
            }
        };
        if self.tok() == Token::Dot {
            let pos = self.pos();
            self.next();
            let sel = self.name();
            x = Expr::new(pos, ExprKind::Selector(Box::new(x), sel));
        }
        if self.tok() == Token::Lbrack {
            x = self.type_instance(x);
        }
        x
    }

    /// ExpressionList = Expression { "," Expression } .
    fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(Token::Comma) {
            list.push(self.expr());
        }
        list
    }

    /// A non-empty comma-separated list of types, optionally followed by a
    /// comma; if not `strict`, the first element may be any expression.
    /// Returns the list and whether there was a comma.
    fn type_list(&mut self, strict: bool) -> (Vec<Expr>, bool) {
        self.xnest += 1;
        let first = if strict { self.type_() } else { self.expr() };
        let mut list = vec![first];
        let mut comma = false;
        if self.got(Token::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                list.push(t);
                while self.got(Token::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
            }
        }
        self.xnest -= 1;
        (list, comma)
    }
}

/// Runs `f` with enough stack, growing it on the heap when deeply nested
/// input (thousands of nested parentheses, blocks or types) would
/// otherwise overflow the thread's stack. Recursion cycles of the parser
/// all pass through `unary_expr`, `type_or_nil` or `stmt_or_nil`.
pub(crate) fn grow<R>(f: impl FnOnce() -> R) -> R {
    stacker::maybe_grow(128 * 1024, 4 * 1024 * 1024, f)
}

#[derive(Default)]
struct Header {
    init: Option<Stmt>,
    cond: Option<Expr>,
    post: Option<Stmt>,
    range: Option<(Pos, Vec<Expr>, bool, Expr)>,
}

/// Replaces the base of an `Index` expression built by `array_or_targs`.
fn set_index_base(mut t: Expr, base: Expr) -> Expr {
    if let ExprKind::Index(x, _) = &mut t.kind {
        **x = base;
    }
    t
}

/// Groups flat parameters into fields: a parameter without its own type
/// takes the type of the next one that has one (`a, b int`).
fn group_params(list: Vec<Param>) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut pending: Vec<Name> = Vec::new();
    let mut pending_pos = None;
    for par in list {
        let pos = *pending_pos.get_or_insert(par.pos);
        match par.typ {
            None => pending.extend(par.name),
            Some(typ) => {
                let mut names = std::mem::take(&mut pending);
                names.extend(par.name);
                fields.push(Field {
                    pos,
                    names,
                    typ,
                    tag: None,
                });
                pending_pos = None;
            }
        }
    }
    fields
}

/// Splits `x` into a type parameter name and its constraint if `x` can be
/// read as `name constraint` (gc's `extractName`); see `type_decl`.
fn extract_name(x: &Expr, force: bool) -> Option<(Name, Option<Expr>)> {
    match &x.kind {
        ExprKind::Name(n) => Some((
            Name {
                pos: x.pos,
                value: n.clone(),
            },
            None,
        )),
        ExprKind::Operation(Operator::Mul, l, Some(r)) => {
            let n = l.as_name()?;
            if !(force || is_type_elem(r)) {
                return None;
            }
            Some((
                Name {
                    pos: l.pos,
                    value: n.into(),
                },
                Some(Expr::new(
                    x.pos,
                    ExprKind::Operation(Operator::Mul, r.clone(), None),
                )),
            ))
        }
        ExprKind::Operation(Operator::Or, l, Some(r)) => {
            let (name, lhs) = extract_name(l, force || is_type_elem(r))?;
            let lhs = lhs?;
            Some((
                name,
                Some(Expr::new(
                    x.pos,
                    ExprKind::Operation(Operator::Or, Box::new(lhs), Some(r.clone())),
                )),
            ))
        }
        ExprKind::Call {
            fun,
            args,
            has_dots: false,
        } if args.len() == 1 => {
            let n = fun.as_name()?;
            if !(force || is_type_elem(&args[0])) {
                return None;
            }
            Some((
                Name {
                    pos: fun.pos,
                    value: n.into(),
                },
                Some(args[0].unparen().clone()),
            ))
        }
        _ => None,
    }
}

/// Whether `x` is certainly a type element (not possibly a value).
fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType(..)
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::SliceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..) => true,
        ExprKind::Operation(op, l, r) => {
            is_type_elem(l) || r.as_ref().is_some_and(|r| is_type_elem(r)) || *op == Operator::Tilde
        }
        ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
    }
}

/// Whether `x` must syntactically be a value, not a type.
fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::BasicLit(..)
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit(..)
        | ExprKind::Slice { .. }
        | ExprKind::Assert(..)
        | ExprKind::TypeSwitchGuard(..)
        | ExprKind::Call { .. } => true,
        ExprKind::Operation(op, _, y) => *op != Operator::Mul || y.is_some(),
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index(x, index) => is_value(x) || (index.len() == 1 && is_value(&index[0])),
        _ => false,
    }
}

/// An expression list as text, a binary expression in parentheses.
fn emphasize(list: &[Expr]) -> String {
    let s = list.iter().map(expr_string).collect::<Vec<_>>().join(", ");
    if list.len() == 1 && matches!(list[0].kind, ExprKind::Operation(_, _, Some(_))) {
        format!("({s})")
    } else {
        s
    }
}
