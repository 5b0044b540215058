//! The syntax tree of one Go source file.
//!
//! Shapes and positions follow gc's `syntax` package, because the type
//! checker's messages (which we must reproduce) are positioned by them:
//! a leaf node's position is where it starts; an inner node's position is
//! the token that identifies it, usually its leftmost one (`[` of an index
//! expression, `if` of an if statement) but the *operator* of a binary
//! expression, the `(` of a call, the `.` of a selector and the `:` of a
//! key-value pair. [`Expr::start`] gives the leftmost position instead.
//!
//! Types are expressions (`ExprKind::ArrayType`, ...), as in gc: the parser
//! often cannot tell a type from a value, the checker decides.
//!
//! Lists that gc keeps as a `ListExpr` are `Vec`s here. Parameter and field
//! lists are grouped as written (`a, b int` is one [`Field`] with two names).

use super::pos::{LineTable, Pos};
use super::scanner::Directive;
use super::token::{LitKind, Operator, Token};

#[derive(Clone, Debug)]
pub struct File {
    /// The file name as given to the parser.
    pub name: String,
    pub lines: LineTable,
    /// Position of the `package` keyword.
    pub pos: Pos,
    pub pkg_name: Name,
    pub decls: Vec<Decl>,
    /// Position of the end of the file.
    pub eof: Pos,
    /// `//go:` and `//line` comments, in source order.
    pub directives: Vec<Directive>,
    /// The Go version of a `//go:build` constraint before the package
    /// clause (e.g. "go1.21"), or empty.
    pub go_version: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub pos: Pos,
    pub value: Box<str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BasicLit {
    pub pos: Pos,
    pub kind: LitKind,
    /// The literal's source text, quotes included.
    pub value: Box<str>,
    /// The literal has a lexical error (already reported).
    pub bad: bool,
}

/// Declarations that were written in one parenthesised group share an id.
pub type GroupId = u32;

#[derive(Clone, Debug)]
pub enum Decl {
    Import(ImportDecl),
    Const(ConstDecl),
    Type(TypeDecl),
    Var(VarDecl),
    Func(FuncDecl),
}

impl Decl {
    pub fn pos(&self) -> Pos {
        match self {
            Decl::Import(d) => d.pos,
            Decl::Const(d) => d.pos,
            Decl::Type(d) => d.pos,
            Decl::Var(d) => d.pos,
            Decl::Func(d) => d.pos,
        }
    }
}

#[derive(Clone, Debug)]
pub struct ImportDecl {
    pub pos: Pos,
    pub group: Option<GroupId>,
    /// The local name, `.` or `_` included; None if not renamed.
    pub local_name: Option<Name>,
    /// None only after a syntax error.
    pub path: Option<BasicLit>,
}

#[derive(Clone, Debug)]
pub struct ConstDecl {
    pub pos: Pos,
    pub group: Option<GroupId>,
    pub names: Vec<Name>,
    pub typ: Option<Expr>,
    /// Empty means no values (the previous spec's are repeated).
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub struct TypeDecl {
    pub pos: Pos,
    pub group: Option<GroupId>,
    pub name: Name,
    pub tparams: Vec<Field>,
    pub alias: bool,
    pub typ: Expr,
}

#[derive(Clone, Debug)]
pub struct VarDecl {
    pub pos: Pos,
    pub group: Option<GroupId>,
    pub names: Vec<Name>,
    pub typ: Option<Expr>,
    pub values: Vec<Expr>,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    /// Position of the `func` keyword.
    pub pos: Pos,
    pub recv: Option<Field>,
    pub name: Name,
    pub tparams: Vec<Field>,
    pub typ: FuncType,
    /// None for a function declared without a body.
    pub body: Option<Block>,
}

/// A struct field, parameter, result, type parameter or interface element.
#[derive(Clone, Debug)]
pub struct Field {
    pub pos: Pos,
    /// Empty for an embedded field, an unnamed parameter or an interface
    /// element that is not a method.
    pub names: Vec<Name>,
    pub typ: Expr,
    /// Struct field tag.
    pub tag: Option<BasicLit>,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub pos: Pos,
    pub params: Vec<Field>,
    pub results: Vec<Field>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub pos: Pos,
    pub kind: ExprKind,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// An expression that failed to parse.
    Bad,
    Name(Box<str>),
    BasicLit(LitKind, Box<str>, bool),
    CompositeLit {
        typ: Option<Box<Expr>>,
        elems: Vec<Expr>,
        /// Number of elements with keys.
        nkeys: usize,
        rbrace: Pos,
    },
    KeyValue(Box<Expr>, Box<Expr>),
    FuncLit(Box<FuncType>, Box<Block>),
    Paren(Box<Expr>),
    Selector(Box<Expr>, Name),
    /// `x[i]`, or `x[T1, T2]` with several indices (an instantiation).
    Index(Box<Expr>, Vec<Expr>),
    Slice {
        x: Box<Expr>,
        index: [Option<Box<Expr>>; 3],
        /// A 3-index slice `x[i:j:k]`.
        full: bool,
    },
    /// `x.(T)`
    Assert(Box<Expr>, Box<Expr>),
    /// `x.(type)` or `lhs := x.(type)` in a type switch header.
    TypeSwitchGuard(Option<Name>, Box<Expr>),
    /// A binary operation (`y` is Some) or a unary one.
    Operation(Operator, Box<Expr>, Option<Box<Expr>>),
    Call {
        fun: Box<Expr>,
        args: Vec<Expr>,
        /// The last argument is followed by `...`.
        has_dots: bool,
    },
    /// `[len]elem`; `len` None means `[...]elem`.
    ArrayType(Option<Box<Expr>>, Box<Expr>),
    SliceType(Box<Expr>),
    /// `...elem` as the type of a final parameter.
    DotsType(Box<Expr>),
    StructType(Vec<Field>),
    /// Methods (with names) and embedded elements (without).
    InterfaceType(Vec<Field>),
    FuncType(Box<FuncType>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
}

impl Expr {
    pub fn new(pos: Pos, kind: ExprKind) -> Expr {
        Expr { pos, kind }
    }

    pub fn bad(pos: Pos) -> Expr {
        Expr::new(pos, ExprKind::Bad)
    }

    pub fn name(n: Name) -> Expr {
        Expr::new(n.pos, ExprKind::Name(n.value))
    }

    /// The expression with any enclosing parentheses removed.
    pub fn unparen(&self) -> &Expr {
        let mut x = self;
        while let ExprKind::Paren(inner) = &x.kind {
            x = inner;
        }
        x
    }

    pub fn into_unparen(self) -> Expr {
        let mut x = self;
        while matches!(x.kind, ExprKind::Paren(_)) {
            let ExprKind::Paren(inner) = x.take_kind() else {
                unreachable!("checked above")
            };
            x = *inner;
        }
        x
    }

    /// Moves the kind out, leaving `Bad` (Expr has a Drop impl, so its
    /// fields cannot be moved out directly).
    pub fn take_kind(&mut self) -> ExprKind {
        std::mem::replace(&mut self.kind, ExprKind::Bad)
    }

    pub fn as_name(&self) -> Option<&str> {
        match &self.kind {
            ExprKind::Name(n) => Some(n),
            _ => None,
        }
    }

    /// The leftmost position of the expression (gc's `syntax.StartPos`).
    pub fn start(&self) -> Pos {
        let mut x = self;
        loop {
            x = match &x.kind {
                ExprKind::CompositeLit { typ: Some(t), .. } => t,
                ExprKind::KeyValue(k, _) => k,
                ExprKind::Selector(x, _)
                | ExprKind::Index(x, _)
                | ExprKind::Slice { x, .. }
                | ExprKind::Assert(x, _)
                | ExprKind::Call { fun: x, .. } => x,
                ExprKind::TypeSwitchGuard(Some(n), _) => return n.pos,
                ExprKind::TypeSwitchGuard(None, x) => x,
                ExprKind::Operation(_, x, Some(_)) => x,
                _ => return x.pos,
            };
        }
    }
}

#[derive(Clone, Debug)]
pub struct Block {
    pub pos: Pos,
    pub stmts: Vec<Stmt>,
    pub rbrace: Pos,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub pos: Pos,
    pub kind: StmtKind,
}

/// The assignment operator of an assignment statement.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `op=`
    Op(Operator),
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    Labeled(Name, Box<Stmt>),
    Block(Block),
    Expr(Expr),
    Send(Expr, Expr),
    /// `x++` (`Add`) or `x--` (`Sub`).
    IncDec(Expr, Operator),
    Assign(AssignOp, Vec<Expr>, Vec<Expr>),
    Decl(Vec<Decl>),
    /// break, continue, goto or fallthrough, with an optional label.
    Branch(Token, Option<Name>),
    /// `go` or `defer` with its call.
    Call(Token, Expr),
    Return(Vec<Expr>),
    If(Box<IfStmt>),
    For(Box<ForStmt>),
    Range(Box<RangeStmt>),
    Switch(Box<SwitchStmt>),
    Select(Box<SelectStmt>),
}

#[derive(Clone, Debug)]
pub struct IfStmt {
    pub init: Option<Stmt>,
    pub cond: Expr,
    pub then: Block,
    /// An `IfStmt` or a `Block`.
    pub els: Option<Stmt>,
}

#[derive(Clone, Debug)]
pub struct ForStmt {
    pub init: Option<Stmt>,
    pub cond: Option<Expr>,
    pub post: Option<Stmt>,
    pub body: Block,
}

/// `for [lhs (= | :=)] range x { body }`.
#[derive(Clone, Debug)]
pub struct RangeStmt {
    /// Position of the `range` keyword.
    pub range_pos: Pos,
    pub lhs: Vec<Expr>,
    pub define: bool,
    pub x: Expr,
    pub body: Block,
}

#[derive(Clone, Debug)]
pub struct SwitchStmt {
    pub init: Option<Stmt>,
    /// The tag, a `TypeSwitchGuard` for a type switch, or None.
    pub tag: Option<Expr>,
    pub clauses: Vec<CaseClause>,
    pub rbrace: Pos,
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    pub pos: Pos,
    /// None for `default`.
    pub cases: Option<Vec<Expr>>,
    pub colon: Pos,
    pub body: Vec<Stmt>,
}

#[derive(Clone, Debug)]
pub struct SelectStmt {
    pub clauses: Vec<CommClause>,
    pub rbrace: Pos,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    pub pos: Pos,
    /// The send or receive statement; None for `default`.
    pub comm: Option<Stmt>,
    pub colon: Pos,
    pub body: Vec<Stmt>,
}

/// Expressions can nest very deeply (a generated `a + b + c + ...` with
/// 100,000 terms is a left-deep tree of that depth). Dropping them
/// recursively would overflow the stack, so their children are moved to a
/// worklist and dropped iteratively.
impl Drop for Expr {
    fn drop(&mut self) {
        if !has_expr_children(&self.kind) {
            return;
        }
        let mut stack: Vec<Expr> = Vec::new();
        push_children(std::mem::replace(&mut self.kind, ExprKind::Bad), &mut stack);
        while let Some(mut e) = stack.pop() {
            push_children(std::mem::replace(&mut e.kind, ExprKind::Bad), &mut stack);
        }
    }
}

fn has_expr_children(k: &ExprKind) -> bool {
    !matches!(
        k,
        ExprKind::Bad | ExprKind::Name(_) | ExprKind::BasicLit(..)
    )
}

/// Moves the expression children of `k` onto `stack`; the rest of `k`
/// (names, fields, function bodies) is dropped normally.
fn push_children(k: ExprKind, stack: &mut Vec<Expr>) {
    let mut push = |b: Box<Expr>| stack.push(*b);
    match k {
        ExprKind::Bad | ExprKind::Name(_) | ExprKind::BasicLit(..) => {}
        ExprKind::CompositeLit { typ, elems, .. } => {
            typ.map(&mut push);
            stack.extend(elems);
        }
        ExprKind::KeyValue(a, b) | ExprKind::MapType(a, b) | ExprKind::Assert(a, b) => {
            push(a);
            push(b);
        }
        ExprKind::Operation(_, a, b) => {
            push(a);
            b.map(push);
        }
        ExprKind::Paren(a)
        | ExprKind::Selector(a, _)
        | ExprKind::TypeSwitchGuard(_, a)
        | ExprKind::SliceType(a)
        | ExprKind::DotsType(a)
        | ExprKind::ChanType(_, a) => push(a),
        ExprKind::ArrayType(len, elem) => {
            len.map(&mut push);
            push(elem);
        }
        ExprKind::Index(x, index) => {
            push(x);
            stack.extend(index);
        }
        ExprKind::Slice { x, index, .. } => {
            push(x);
            for i in index.into_iter().flatten() {
                stack.push(*i);
            }
        }
        ExprKind::Call { fun, args, .. } => {
            push(fun);
            stack.extend(args);
        }
        // Nesting through statements or fields: drop with a growable stack.
        k @ (ExprKind::FuncLit(..)
        | ExprKind::FuncType(_)
        | ExprKind::StructType(_)
        | ExprKind::InterfaceType(_)) => super::parser::grow(move || drop(k)),
    }
}

/// Blocks nest through statements; drop their contents on a growable stack.
impl Drop for Block {
    fn drop(&mut self) {
        let stmts = std::mem::take(&mut self.stmts);
        if !stmts.is_empty() {
            super::parser::grow(move || drop(stmts));
        }
    }
}
