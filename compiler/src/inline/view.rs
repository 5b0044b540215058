//! A checked package as the inliner and escape analysis read it: its
//! function table plus the checker's answers about names and types.

use crate::syntax::Pos;
use crate::syntax::ast::{Expr, ExprKind, File};
use crate::types::check::Info;
use crate::types::object::{Builtin, GPos, ObjId, ObjKind, World};
use crate::types::ty::{Type, TypeId};

use super::funcs::{FuncId, FuncTable};

pub struct PkgView<'a> {
    /// The package's files, in compilation order (`name` is what gc
    /// shows: `./p.go`).
    pub files: Vec<&'a File>,
    pub info: &'a Info,
    pub world: &'a World,
    pub funcs: FuncTable<'a>,
}

/// What a call expression calls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Callee {
    /// A conversion `T(x)`.
    Conversion,
    /// A builtin (`len`, `panic`, ...).
    Builtin(Builtin),
    /// A function of this package known statically.
    Func(FuncId),
    /// A method called through an interface.
    Interface,
    /// A function value held in a parameter (gc charges such calls less:
    /// inlining the caller may make the callee known).
    Param,
    /// Anything else: imported functions, function values.
    Unknown,
}

impl<'a> PkgView<'a> {
    pub fn new(files: Vec<&'a File>, info: &'a Info, world: &'a World) -> PkgView<'a> {
        let funcs = FuncTable::new(&files, info);
        PkgView {
            files,
            info,
            world,
            funcs,
        }
    }

    /// The object a name at `pos` of file `file` denotes or declares.
    pub fn obj_at(&self, file: usize, pos: Pos) -> Option<ObjId> {
        let gp = GPos(self.info.file_bases.get(file)? + pos.0);
        self.info
            .uses
            .get(&gp)
            .or_else(|| self.info.defs.get(&gp))
            .copied()
    }

    /// Whether the name at `pos` declares a new variable (`x` of `x := e`).
    pub fn defines(&self, file: usize, pos: Pos) -> bool {
        self.info
            .file_bases
            .get(file)
            .is_some_and(|b| self.info.defs.contains_key(&GPos(b + pos.0)))
    }

    pub fn type_of(&self, e: &Expr) -> Option<TypeId> {
        self.info
            .types
            .get(&(e as *const Expr as usize))
            .map(|(t, _)| *t)
    }

    /// Whether `e` has a constant value (gc folds it to a literal).
    pub fn is_constant(&self, e: &Expr) -> bool {
        self.info
            .types
            .get(&(e as *const Expr as usize))
            .is_some_and(|(_, v)| v.is_some())
    }

    pub fn is_type_expr(&self, e: &Expr) -> bool {
        self.info.type_exprs.contains(&(e as *const Expr as usize))
    }

    pub fn under(&self, t: TypeId) -> &Type {
        self.world.types.get(self.world.types.under(t))
    }

    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.under(t), Type::Interface(_))
    }

    pub fn is_param(&self, obj: ObjId) -> bool {
        matches!(self.world.obj(obj).kind, ObjKind::Var { param: true, .. })
    }

    /// What the call `fun(...)` in file `file` calls, statically.
    pub fn callee(&self, file: usize, fun: &Expr) -> Callee {
        let fun = fun.unparen();
        if self.is_type_expr(fun) {
            return Callee::Conversion;
        }
        match &fun.kind {
            ExprKind::FuncLit(..) => self.funcs.by_lit(fun).map_or(Callee::Unknown, Callee::Func),
            ExprKind::Name(_) => {
                let Some(obj) = self.obj_at(file, fun.pos) else {
                    return Callee::Unknown;
                };
                match &self.world.obj(obj).kind {
                    ObjKind::Builtin(b) => Callee::Builtin(*b),
                    ObjKind::Func { .. } => {
                        self.funcs.by_obj(obj).map_or(Callee::Unknown, Callee::Func)
                    }
                    ObjKind::Var { param: true, .. } => Callee::Param,
                    _ => Callee::Unknown,
                }
            }
            ExprKind::Selector(x, sel) => {
                if self.type_of(x).is_some_and(|t| self.is_interface(t)) {
                    return Callee::Interface;
                }
                match self.obj_at(file, sel.pos) {
                    Some(obj) => self.funcs.by_obj(obj).map_or(Callee::Unknown, Callee::Func),
                    None => Callee::Unknown,
                }
            }
            // An instantiation `f[int](x)`: generic functions are not
            // analysed yet.
            _ => Callee::Unknown,
        }
    }
}
