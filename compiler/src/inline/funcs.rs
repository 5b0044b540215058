//! The functions of a package as gc's inliner and escape analysis see
//! them: every declared function with a body, plus every function
//! literal (a closure is a function of its own, named after the function
//! it appears in: `main.func1`, `main.func1.1`), with gc's diagnostic
//! name and position, and the references between them.

use std::collections::HashMap;

use crate::syntax::Pos;
use crate::syntax::ast::{Block, Decl, Expr, ExprKind, File, FuncDecl, FuncType, Stmt};
use crate::types::check::Info;
use crate::types::object::{GPos, ObjId};

use super::walk::{Visit, walk_block};

/// Index of a function in a [`FuncTable`].
pub type FuncId = usize;

pub struct FuncSrc<'a> {
    /// Index of its file in the package.
    pub file: usize,
    /// gc's `DiagName`: `add`, `(*T).M`, `T.M`, `main.func1`.
    pub name: String,
    /// Where gc positions the function in `-m` lines: the token after
    /// `func` for a declaration, the `func` keyword for a literal.
    pub pos: Pos,
    pub typ: &'a FuncType,
    pub body: &'a Block,
    /// The declaration (None for a function literal).
    pub decl: Option<&'a FuncDecl>,
    /// The function a literal appears in.
    pub parent: Option<FuncId>,
    /// Marked `//go:noinline`.
    pub noinline: bool,
}

pub struct FuncTable<'a> {
    pub funcs: Vec<FuncSrc<'a>>,
    /// Declared functions and methods by their object.
    by_obj: HashMap<ObjId, FuncId>,
    /// Function literals by the address of their expression.
    by_lit: HashMap<usize, FuncId>,
}

impl<'a> FuncTable<'a> {
    /// The functions of `pkg` in gc's order (`typecheck.Target.Funcs`):
    /// declarations in source order, each followed by its literals.
    pub fn new(files: &[&'a File], info: &Info) -> FuncTable<'a> {
        let mut t = FuncTable {
            funcs: Vec::new(),
            by_obj: HashMap::new(),
            by_lit: HashMap::new(),
        };
        let mut inits = 0;
        for (fi, &ast) in files.iter().enumerate() {
            let mut prev_end = Pos(0);
            for d in &ast.decls {
                let Decl::Func(fd) = d else {
                    prev_end = d.pos();
                    continue;
                };
                let noinline = ast
                    .directives
                    .iter()
                    .any(|dir| dir.pos >= prev_end && dir.pos < fd.pos && is_noinline(&dir.text));
                prev_end = fd.pos;
                let Some(body) = &fd.body else { continue };
                let id = t.funcs.len();
                t.funcs.push(FuncSrc {
                    file: fi,
                    name: decl_name(fd, &mut inits),
                    pos: decl_pos(fd),
                    typ: &fd.typ,
                    body,
                    decl: Some(fd),
                    parent: None,
                    noinline,
                });
                let gp = GPos(info.file_bases[fi] + fd.name.pos.0);
                if let Some(&obj) = info.defs.get(&gp) {
                    t.by_obj.insert(obj, id);
                }
                t.add_literals(id, body);
            }
        }
        t
    }

    /// Numbers the literals of `parent` (in source order, not inside
    /// nested literals, which are numbered by their own parent).
    fn add_literals(&mut self, parent: FuncId, body: &'a Block) {
        let mut lits = Vec::new();
        walk_block(body, &mut LitCollector(&mut lits));
        for (n, lit) in lits.into_iter().enumerate() {
            let ExprKind::FuncLit(typ, body) = &lit.kind else {
                continue;
            };
            let p = &self.funcs[parent];
            let name = if p.parent.is_some() {
                format!("{}.{}", p.name, n + 1)
            } else {
                format!("{}.func{}", p.name, n + 1)
            };
            let id = self.funcs.len();
            self.funcs.push(FuncSrc {
                file: p.file,
                name,
                pos: lit.pos,
                typ,
                body,
                decl: None,
                parent: Some(parent),
                noinline: false,
            });
            self.by_lit.insert(lit as *const Expr as usize, id);
            self.add_literals(id, body);
        }
    }

    pub fn by_obj(&self, obj: ObjId) -> Option<FuncId> {
        self.by_obj.get(&obj).copied()
    }

    pub fn by_lit(&self, lit: &Expr) -> Option<FuncId> {
        self.by_lit.get(&(lit as *const Expr as usize)).copied()
    }

    /// Whether `f` is `g` or a literal nested in it.
    pub fn is_within(&self, mut f: FuncId, g: FuncId) -> bool {
        loop {
            if f == g {
                return true;
            }
            match self.funcs[f].parent {
                Some(p) => f = p,
                None => return false,
            }
        }
    }
}

fn is_noinline(text: &str) -> bool {
    text.strip_prefix("//go:noinline")
        .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t']))
}

/// gc positions a declared function at the token after `func`: the name,
/// or the `(` of a receiver (written `(r T)`, one character before the
/// receiver's name).
fn decl_pos(fd: &FuncDecl) -> Pos {
    match &fd.recv {
        Some(r) => Pos(r.pos.0.saturating_sub(1)),
        None => fd.name.pos,
    }
}

/// `f`, or `T.M` / `(*T).M` for a method.
/// `init` functions are `init.0`, `init.1`, ... in declaration order.
fn decl_name(fd: &FuncDecl, inits: &mut usize) -> String {
    let Some(recv) = &fd.recv else {
        if &*fd.name.value == "init" {
            *inits += 1;
            return format!("init.{}", *inits - 1);
        }
        return fd.name.value.to_string();
    };
    let mut t = recv.typ.unparen();
    let mut ptr = false;
    if let ExprKind::Operation(crate::syntax::token::Operator::Mul, x, None) = &t.kind {
        ptr = true;
        t = x.unparen();
    }
    // A generic receiver `T[P]` is named by its base type.
    if let ExprKind::Index(x, _) = &t.kind {
        t = x.unparen();
    }
    let base = t.as_name().unwrap_or("?");
    if ptr {
        format!("(*{base}).{}", fd.name.value)
    } else {
        format!("{base}.{}", fd.name.value)
    }
}

/// Collects the function literals of a body, not descending into them.
struct LitCollector<'r, 'a>(&'r mut Vec<&'a Expr>);

impl<'a> Visit<'a> for LitCollector<'_, 'a> {
    fn expr(&mut self, e: &'a Expr) -> bool {
        if matches!(e.kind, ExprKind::FuncLit(..)) {
            self.0.push(e);
            return false;
        }
        true
    }

    fn stmt(&mut self, _s: &'a Stmt) -> bool {
        true
    }
}
