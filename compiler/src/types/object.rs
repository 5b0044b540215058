//! Declared entities (objects), scopes, packages and global positions.
//!
//! Everything the checker creates lives in arenas of the [`World`] shared
//! by all packages of a program, so later phases (escape analysis, code
//! generation, the explorer views) can refer to any object, type or scope
//! by a small copyable id. Objects mirror types2's: Var, Const, TypeName,
//! Func, PkgName, Label, Builtin and Nil.

use std::collections::HashMap;

use super::constant::Value;
use super::ty::{TypeId, Types};
use crate::syntax::LineTable;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ObjId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct ScopeId(pub u32);

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct PkgId(pub u32);

/// A position anywhere in the program: files are laid end to end in one
/// offset space (like go/token's FileSet), so a position is one u32 and
/// positions of one file compare in source order.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord, Default)]
pub struct GPos(pub u32);

impl GPos {
    /// No position (predeclared objects).
    pub const NONE: GPos = GPos(0);
}

/// The builtin functions, in types2's order.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
    // package unsafe
    Add,
    Alignof,
    Offsetof,
    Sizeof,
    Slice,
    SliceData,
    String,
    StringData,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        use Builtin::*;
        match self {
            Append => "append",
            Cap => "cap",
            Clear => "clear",
            Close => "close",
            Complex => "complex",
            Copy => "copy",
            Delete => "delete",
            Imag => "imag",
            Len => "len",
            Make => "make",
            Max => "max",
            Min => "min",
            New => "new",
            Panic => "panic",
            Print => "print",
            Println => "println",
            Real => "real",
            Recover => "recover",
            Add => "Add",
            Alignof => "Alignof",
            Offsetof => "Offsetof",
            Sizeof => "Sizeof",
            Slice => "Slice",
            SliceData => "SliceData",
            String => "String",
            StringData => "StringData",
        }
    }
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    Var {
        /// A struct field (not a variable).
        field: bool,
        embedded: bool,
        /// A function parameter or result.
        param: bool,
        used: bool,
    },
    Const(Value),
    TypeName,
    Func {
        /// Method with a pointer receiver.
        ptr_recv: bool,
    },
    PkgName {
        imported: PkgId,
        used: bool,
    },
    Label {
        used: bool,
    },
    Builtin(Builtin),
    Nil,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub kind: ObjKind,
    pub name: String,
    /// None for predeclared objects.
    pub pkg: Option<PkgId>,
    pub pos: GPos,
    /// None while not yet type-checked.
    pub typ: Option<TypeId>,
    /// The scope the object is declared in (None for fields and methods).
    pub parent: Option<ScopeId>,
}

impl Object {
    pub fn exported(&self) -> bool {
        self.name.chars().next().is_some_and(char::is_uppercase)
    }

    /// The kind as types2 names it in messages ("variable", "constant", ...).
    pub fn kind_name(&self) -> &'static str {
        match &self.kind {
            ObjKind::Var { field: true, .. } => "field",
            ObjKind::Var { .. } => "variable",
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => "type",
            ObjKind::Func { .. } => "func",
            ObjKind::PkgName { .. } => "package",
            ObjKind::Label { .. } => "label",
            ObjKind::Builtin(_) => "builtin",
            ObjKind::Nil => "nil",
        }
    }
}

#[derive(Debug, Default)]
pub struct Scope {
    pub parent: Option<ScopeId>,
    /// Names in insertion order, for deterministic iteration.
    pub names: Vec<String>,
    pub elems: HashMap<String, ObjId>,
    /// A function scope (lookups from nested closures cross it).
    pub is_func: bool,
    /// Extent in the source, for "declared later in this scope" checks.
    pub start: GPos,
    pub end: GPos,
}

#[derive(Debug)]
pub struct Package {
    pub path: String,
    pub name: String,
    pub scope: ScopeId,
    pub imports: Vec<PkgId>,
    /// Type-checking finished (with or without errors).
    pub complete: bool,
}

/// A file's place in the global position space.
#[derive(Debug)]
pub struct SourceFile {
    /// The name as shown in errors (e.g. `./p.go`).
    pub display: String,
    pub base: u32,
    pub len: u32,
    pub lines: LineTable,
}

/// All objects, scopes, types, packages and files of a program.
#[derive(Debug)]
pub struct World {
    pub types: Types,
    pub objs: Vec<Object>,
    pub scopes: Vec<Scope>,
    pub pkgs: Vec<Package>,
    pub files: Vec<SourceFile>,
    /// The universe scope (predeclared identifiers).
    pub universe: ScopeId,
    /// Instances of each generic named type, by generic type.
    pub instances: HashMap<TypeId, Vec<TypeId>>,
}

impl World {
    pub fn obj(&self, id: ObjId) -> &Object {
        &self.objs[id.0 as usize]
    }

    pub fn obj_mut(&mut self, id: ObjId) -> &mut Object {
        &mut self.objs[id.0 as usize]
    }

    pub fn new_obj(&mut self, o: Object) -> ObjId {
        self.objs.push(o);
        ObjId(self.objs.len() as u32 - 1)
    }

    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    pub fn scope_mut(&mut self, id: ScopeId) -> &mut Scope {
        &mut self.scopes[id.0 as usize]
    }

    pub fn new_scope(
        &mut self,
        parent: Option<ScopeId>,
        start: GPos,
        end: GPos,
        is_func: bool,
    ) -> ScopeId {
        self.scopes.push(Scope {
            parent,
            start,
            end,
            is_func,
            ..Default::default()
        });
        ScopeId(self.scopes.len() as u32 - 1)
    }

    pub fn pkg(&self, id: PkgId) -> &Package {
        &self.pkgs[id.0 as usize]
    }

    /// Inserts `obj` into `scope` unless the name is taken; returns the
    /// object already declared under that name if so. Blank names are
    /// never inserted.
    pub fn insert(&mut self, scope: ScopeId, obj: ObjId) -> Option<ObjId> {
        let name = self.obj(obj).name.clone();
        if name == "_" {
            return None;
        }
        if let Some(&prev) = self.scope(scope).elems.get(&name) {
            return Some(prev);
        }
        let s = self.scope_mut(scope);
        s.names.push(name.clone());
        s.elems.insert(name, obj);
        self.obj_mut(obj).parent = Some(scope);
        None
    }

    /// types2's order of objects (`object.cmp`): exported names first,
    /// then by name, then (unexported names) by package path.
    pub fn cmp_objects(&self, a: ObjId, b: ObjId) -> std::cmp::Ordering {
        let (x, y) = (self.obj(a), self.obj(b));
        let path = |o: &Object| o.pkg.map_or("", |p| self.pkg(p).path.as_str());
        y.exported()
            .cmp(&x.exported())
            .then_with(|| x.name.cmp(&y.name))
            .then_with(|| {
                if x.exported() {
                    std::cmp::Ordering::Equal
                } else {
                    path(x).cmp(path(y))
                }
            })
    }

    /// Looks `name` up in `scope` only.
    pub fn lookup_local(&self, scope: ScopeId, name: &str) -> Option<ObjId> {
        self.scope(scope).elems.get(name).copied()
    }

    /// types2's `objectKind`: how "x (KIND) is not a type" describes an
    /// object ("package-level variable", "function", "defined type", ...).
    pub fn object_kind(&self, o: ObjId) -> &'static str {
        let obj = self.obj(o);
        match &obj.kind {
            ObjKind::PkgName { .. } => "package name",
            ObjKind::Const(_) => "constant",
            ObjKind::TypeName => match obj.typ.map(|t| self.types.get(t)) {
                Some(super::ty::Type::Alias(_)) => "type alias",
                Some(super::ty::Type::TypeParam(_)) => "type parameter",
                _ => "defined type",
            },
            ObjKind::Var { field: true, .. } => "struct field",
            ObjKind::Var { param: true, .. } => "parameter",
            ObjKind::Var { .. } => {
                let pkg_level = obj
                    .parent
                    .is_some_and(|s| self.pkgs.iter().any(|p| p.scope == s));
                if pkg_level {
                    "package-level variable"
                } else {
                    "local variable"
                }
            }
            ObjKind::Func { .. } => {
                let is_method = obj.typ.is_some_and(|t| {
                    matches!(self.types.get(t), super::ty::Type::Signature(s) if s.recv.is_some())
                });
                if is_method { "method" } else { "function" }
            }
            ObjKind::Label { .. } => "label",
            ObjKind::Builtin(_) => "built-in function",
            ObjKind::Nil => "untyped nil",
        }
    }

    /// Adds a file to the position space; returns its base.
    pub fn add_file(&mut self, display: String, len: u32, lines: LineTable) -> u32 {
        // Base 1 keeps GPos(0) free for "no position"; +1 between files
        // lets a file's end position stay inside it.
        let base = self.files.last().map_or(1, |f| f.base + f.len + 1);
        self.files.push(SourceFile {
            display,
            base,
            len,
            lines,
        });
        base
    }

    /// The file containing `pos`, if any.
    pub fn file_of(&self, pos: GPos) -> Option<&SourceFile> {
        let i = self.files.partition_point(|f| f.base <= pos.0);
        let f = self.files.get(i.checked_sub(1)?)?;
        (pos.0 <= f.base + f.len).then_some(f)
    }

    /// `file:line:col` of a position, as gc prints it.
    pub fn position(&self, pos: GPos) -> Option<(String, u32, u32)> {
        let f = self.file_of(pos)?;
        let lc = f.lines.line_col(crate::syntax::Pos(pos.0 - f.base));
        Some((f.display.clone(), lc.line, lc.col))
    }
}
