//! The checker's driver: one package at a time, in types2's phases.
//!
//! 1. `collect_objects`: file scopes, imports, and an object for every
//!    package-level declaration (nothing is type-checked yet);
//! 2. `package_objects`: each object in source order via `obj_decl`, which
//!    checks an object's dependencies first (on demand) and reports cycles
//!    by colouring objects grey while their declaration is being checked;
//! 3. function bodies, after all package-level signatures are known;
//! 4. unused imports.
//!
//! Errors are collected with their global positions in the order found;
//! `crate::diag::gc_report` applies gc's reporting rules when printing.

use std::collections::HashMap;

use super::constant::Value;
use super::object::{GPos, ObjId, ObjKind, Object, Package, PkgId, ScopeId, World};
use super::operand::Operand;
use super::ty::{Term, TypeId};
use super::typestring::type_string;
use super::universe::Predeclared;
use super::version::GoVersion;
use crate::syntax::Pos;
use crate::syntax::ast::{self, Decl, Expr};

/// A type error: position and message (continuation lines start with `\n\t`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypeError {
    pub pos: GPos,
    pub msg: String,
    /// types2's "soft" errors (unused variables and imports) don't stop
    /// anything else from being checked.
    pub soft: bool,
}

/// What the checker records about expressions, for later phases.
#[derive(Default, Debug)]
pub struct Info {
    /// Type (and constant value) of each expression, keyed by the
    /// expression's address in the (immutable, owned) syntax tree.
    pub types: HashMap<usize, (TypeId, Option<Value>)>,
    /// The object each defining identifier declares, by position.
    pub defs: HashMap<GPos, ObjId>,
    /// The object each using identifier denotes, by position.
    pub uses: HashMap<GPos, ObjId>,
    /// Expressions (by address) that denote types.
    pub type_exprs: std::collections::HashSet<usize>,
    /// Package-level variables in initialization order.
    pub init_order: Vec<ObjId>,
    /// For each selector name (by position) that selects a field or
    /// method: the path of field indices to it through embedded fields,
    /// the last index being the field's or method's own (types2's
    /// `Selection.Index`).
    pub selections: HashMap<GPos, Vec<usize>>,
    /// The variable a type switch's `v :=` declares in each clause, by
    /// the clause's position (types2's `Info.Implicits`).
    pub implicits: HashMap<GPos, ObjId>,
    /// The type arguments of each use of a generic function or method,
    /// by the position of its name (the identifier, or a selector's
    /// name), inferred or written (types2's `Info.Instances`).
    pub instances: HashMap<GPos, Vec<TypeId>>,
    /// The instances of the package's generic functions and methods its
    /// code needs (filled for code generation only, see `mono.rs`).
    pub mono: Vec<super::mono::Instance>,
    /// Base of each file of the package in the global position space
    /// (a file's `Pos` plus its base is the `GPos` used as key above).
    pub file_bases: Vec<u32>,
}

/// The files of one package as the checker sees them.
pub struct PkgFiles<'a> {
    pub path: &'a str,
    /// Parsed files; each file's name is as shown in errors (`./p.go`).
    pub files: &'a [&'a ast::File],
    /// Resolves an import path of this package to a checked package.
    pub imports: &'a HashMap<String, PkgId>,
    /// The package's language version (gc's `-lang`, types2's
    /// `Config.GoVersion`); None allows every feature (types2 with no
    /// version set). A file's `//go:build` line may still set its own.
    pub lang: Option<GoVersion>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Color {
    Grey,
    Black,
}

/// How a package-level object was declared.
#[derive(Clone)]
pub(super) enum DeclInfo<'a> {
    Const {
        file: usize,
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
        iota: i64,
    },
    Var {
        file: usize,
        /// All variables of an `a, b = f()` declaration (n:1).
        lhs: Vec<ObjId>,
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
    },
    Type {
        file: usize,
        decl: &'a ast::TypeDecl,
    },
    Func {
        file: usize,
        decl: &'a ast::FuncDecl,
    },
}

/// An instantiation whose type arguments are verified later: where to
/// report, the type parameters, the type arguments.
pub(super) type DeferredVerify<'a> = (Pos, &'a [Expr], Vec<ObjId>, Vec<TypeId>);

/// Per-function state while checking a body.
#[derive(Clone, Default)]
pub(super) struct FuncCtx {
    /// The signature type of the function being checked.
    pub sig: Option<TypeId>,
    pub has_defer: bool,
}

pub struct Checker<'a, 'w> {
    pub w: &'w mut World,
    pub pre: Predeclared,
    pub pkg: PkgId,
    pub(super) files: &'a [&'a ast::File],
    pub(super) imports: &'a HashMap<String, PkgId>,
    /// The package's language version (see `PkgFiles::lang`).
    pub(super) lang: Option<GoVersion>,
    /// The language version of each file (see `file_versions`).
    pub(super) versions: Vec<Option<GoVersion>>,
    /// Global base offset of each file.
    pub(super) bases: Vec<u32>,
    pub(super) file_scopes: Vec<ScopeId>,
    /// The file being checked (index into `files`).
    pub(super) file: usize,
    pub errors: Vec<TypeError>,
    pub info: Info,
    pub(super) decls: HashMap<ObjId, DeclInfo<'a>>,
    pub(super) colors: HashMap<ObjId, Color>,
    /// Objects whose declarations are being checked (for cycle reports).
    pub(super) obj_path: Vec<ObjId>,
    /// Package-level objects in source order.
    pub(super) objs_in_order: Vec<ObjId>,
    /// Methods declared for each receiver base type name.
    pub(super) methods: HashMap<String, Vec<ObjId>>,
    /// Imported package names, to report unused ones.
    pub(super) pkg_names: Vec<(ObjId, String)>,
    /// The current scope while checking bodies.
    pub(super) scope: ScopeId,
    /// Value of `iota` in the constant declaration being checked.
    pub(super) iota: Option<Value>,
    pub(super) fctx: FuncCtx,
    /// Function bodies to check after all package-level declarations.
    pub(super) bodies: Vec<(ObjId, usize, &'a ast::Block, Option<TypeId>)>,
    /// The function scope of each declared function with a body.
    pub(super) body_scopes: HashMap<ObjId, ScopeId>,
    /// Objects brought in by a dot-import, per file: (file, object) -> the
    /// import's PkgName (marked used when the object is).
    pub(super) dot_imports: HashMap<(usize, ObjId), ObjId>,
    /// While a type parameter list is being declared, instantiations in it
    /// are verified only once all its constraints are known.
    pub(super) deferred_verify: Option<Vec<DeferredVerify<'a>>>,
    /// Generic types whose instances are being expanded (see
    /// `resolve_instance`).
    pub(super) expanding: Vec<TypeId>,
    /// The explicit type arguments of partially instantiated generic
    /// function values (`f[int]` of `func f[P, Q any]`), by the value's
    /// (fresh) signature type: the rest are inferred from the context.
    pub(super) partial_targs: HashMap<TypeId, Vec<TypeId>>,
    /// The package-level declaration whose initializer (or function body)
    /// is being checked: uses of package-level constants, variables and
    /// functions are its dependencies (types2's `check.decl`).
    pub(super) cur_decl: Option<ObjId>,
    /// Dependencies of each package-level declaration (n:1 variable
    /// declarations share one entry, keyed by their first variable).
    pub(super) deps: HashMap<ObjId, std::collections::BTreeSet<ObjId>>,
    /// The position of each object of types2's object map (package-level
    /// objects and methods) in collection order.
    pub(super) obj_order: HashMap<ObjId, usize>,
    /// A type parameter list is being declared (cycles through it are ok).
    pub(super) in_tparam_list: bool,
    /// Checks to run once all package-level declarations are known, in
    /// the order they were queued (types2's delayed actions).
    pub(super) delayed: Vec<Delayed>,
    /// The right-hand side of each declared (non-alias) named type.
    pub(super) named_rhs: HashMap<TypeId, TypeId>,
    /// Named types declared as another named type whose underlying type
    /// was not known yet (`type C B` met while declaring `B`); their
    /// underlying type is set once it is (see `resolve_forward_chains`).
    pub(super) forward_chains: Vec<TypeId>,
    /// Each interface literal checked: its position and type (see
    /// `anonymous_interface_cycles`).
    pub(super) iface_lits: Vec<(GPos, TypeId)>,
    /// How many interface literals enclose the type being checked.
    pub(super) iface_lit_depth: u32,
    /// The terms of each union written, with their positions, for
    /// `Delayed::UnionTerms`.
    pub(super) union_checks: Vec<Vec<(Term, GPos)>>,
    /// The interface literals of `Delayed::EmbeddedMethods` (taken when
    /// checked).
    pub(super) embed_checks: Vec<Option<EmbedCheck>>,
}

/// A check queued while declaring types (types2's `check.later`).
#[derive(Clone, Copy, Debug)]
pub(super) enum Delayed {
    /// Verify that a named type does not contain itself.
    ValidType(TypeId),
    /// Verify that field and method names of a named struct type differ.
    FieldUniqueness(TypeId),
    /// Verify that a type used for values (at the position) is not a
    /// constraint interface.
    VarType(TypeId, GPos),
    /// Verify that a map key type (written at the position) is
    /// comparable.
    MapKey(TypeId, GPos),
    /// Verify the terms of a union (an index into `union_checks`).
    UnionTerms(usize),
    /// Verify the methods an interface embeds (an index into
    /// `embed_checks`).
    EmbeddedMethods(usize),
}

/// An interface literal whose embedded methods are to be checked.
pub(super) struct EmbedCheck {
    pub iface: TypeId,
    /// The position of each embedded element.
    pub embed_pos: Vec<GPos>,
    /// The file's language version lets embedded methods overlap.
    pub overlap_ok: bool,
}

impl<'a, 'w> Checker<'a, 'w> {
    /// Creates the package and checks its files.
    pub fn check_package(
        w: &'w mut World,
        pre: Predeclared,
        input: PkgFiles<'a>,
    ) -> (PkgId, Vec<TypeError>, Info) {
        let mut c = Checker::new(w, pre, input);
        c.check_files();
        let pkg = c.pkg;
        c.w.pkgs[pkg.0 as usize].complete = true;
        c.info.file_bases = c.bases;
        (pkg, c.errors, c.info)
    }

    /// As [`Checker::check_package`], then, if the package has no
    /// errors, its generic code monomorphized for code generation
    /// (`Info::mono`, see `mono.rs`).
    pub fn check_package_for_codegen(
        w: &'w mut World,
        pre: Predeclared,
        input: PkgFiles<'a>,
    ) -> (PkgId, Vec<TypeError>, Info) {
        let mut c = Checker::new(w, pre, input);
        c.check_files();
        let pkg = c.pkg;
        c.w.pkgs[pkg.0 as usize].complete = true;
        if c.errors.is_empty() {
            c.monomorphize();
        }
        c.info.file_bases = c.bases;
        (pkg, c.errors, c.info)
    }

    /// A checker for a new package of `input`, registered in `w`.
    fn new(w: &'w mut World, pre: Predeclared, input: PkgFiles<'a>) -> Self {
        let name = input
            .files
            .first()
            .map_or_else(String::new, |f| f.pkg_name.value.to_string());
        let scope = w.new_scope(Some(w.universe), GPos::NONE, GPos::NONE, false);
        w.pkgs.push(Package {
            path: input.path.to_string(),
            name,
            scope,
            imports: Vec::new(),
            complete: false,
        });
        let pkg = PkgId(w.pkgs.len() as u32 - 1);
        let mut bases = Vec::new();
        for f in input.files {
            let len = f.eof.0.max(f.lines.line_count() as u32);
            bases.push(w.add_file(f.name.clone(), len + 1, f.lines.clone()));
        }
        Checker {
            w,
            pre,
            pkg,
            files: input.files,
            imports: input.imports,
            lang: input.lang,
            versions: Self::file_versions(input.lang, input.files),
            bases,
            file_scopes: Vec::new(),
            file: 0,
            errors: Vec::new(),
            info: Info::default(),
            decls: HashMap::new(),
            colors: HashMap::new(),
            obj_path: Vec::new(),
            objs_in_order: Vec::new(),
            methods: HashMap::new(),
            pkg_names: Vec::new(),
            scope,
            iota: None,
            fctx: FuncCtx::default(),
            bodies: Vec::new(),
            body_scopes: HashMap::new(),
            dot_imports: HashMap::new(),
            deferred_verify: None,
            expanding: Vec::new(),
            partial_targs: HashMap::new(),
            cur_decl: None,
            deps: HashMap::new(),
            obj_order: HashMap::new(),
            in_tparam_list: false,
            delayed: Vec::new(),
            named_rhs: HashMap::new(),
            forward_chains: Vec::new(),
            iface_lits: Vec::new(),
            iface_lit_depth: 0,
            union_checks: Vec::new(),
            embed_checks: Vec::new(),
        }
    }

    fn check_files(&mut self) {
        self.check_file_versions();
        self.collect_objects();
        self.resolve_method_bases();
        self.obj_order = self
            .objs_in_order
            .iter()
            .enumerate()
            .map(|(i, &o)| (o, i))
            .collect();
        self.package_objects();
        self.process_delayed(0);
        self.function_bodies();
        self.init_order();
        self.unused_imports();
        // gc looks for these only in a package free of other errors.
        if self.errors.is_empty() {
            self.anonymous_interface_cycles();
        }
    }

    // ------------------------------------------------------------------
    // Positions and errors

    /// The global position of `pos` in the current file.
    pub(super) fn gpos(&self, pos: Pos) -> GPos {
        GPos(self.bases[self.file] + pos.0)
    }

    pub(super) fn error_at(&mut self, pos: GPos, msg: impl Into<String>) {
        let msg = msg.into();
        // Follow-on errors about invalid operands or types add nothing.
        if !self.errors.is_empty() {
            let first = msg.split("\n\t").next().unwrap_or("");
            if first.find("invalid operand").is_some_and(|i| i > 0)
                || first.find("invalid type").is_some_and(|i| i > 0)
            {
                return;
            }
        }
        self.errors.push(TypeError {
            pos,
            msg,
            soft: false,
        });
    }

    pub(super) fn soft_error_at(&mut self, pos: GPos, msg: impl Into<String>) {
        self.errors.push(TypeError {
            pos,
            msg: msg.into(),
            soft: true,
        });
    }

    /// Reports an error at the leftmost position of `e`.
    pub(super) fn error(&mut self, e: &Expr, msg: impl Into<String>) {
        let p = self.gpos(e.start());
        self.error_at(p, msg);
    }

    pub(super) fn error_pos(&mut self, pos: Pos, msg: impl Into<String>) {
        let p = self.gpos(pos);
        self.error_at(p, msg);
    }

    /// `file:line:col` of a global position, for messages citing it.
    pub(super) fn pos_string(&self, pos: GPos) -> String {
        match self.w.position(pos) {
            Some((f, l, c)) => format!("{f}:{l}:{c}"),
            None => "<unknown position>".into(),
        }
    }

    // ------------------------------------------------------------------
    // Printing types and operands as types2 does

    /// The qualifier: nothing for this package, the package name for
    /// others (its path, quoted, if two imports share the name).
    pub(super) fn qualify(&self, p: PkgId) -> String {
        if p == self.pkg {
            return String::new();
        }
        let name = &self.w.pkg(p).name;
        // As types2: the path is shown only if another package with the same
        // name is reachable through this package's imports.
        let clash = self
            .reachable_packages()
            .into_iter()
            .any(|q| q != p && self.w.pkg(q).name == *name);
        if clash {
            format!("{:?}", self.w.pkg(p).path)
        } else {
            name.clone()
        }
    }

    /// The path gc compiles package `p` under (its `-p`): the import path,
    /// but `main` for every main package.
    pub(super) fn gc_pkg_path(&self, p: PkgId) -> String {
        let pkg = self.w.pkg(p);
        if pkg.name == "main" {
            "main".to_string()
        } else {
            pkg.path.clone()
        }
    }

    /// The packages reachable from this one through imports.
    fn reachable_packages(&self) -> Vec<PkgId> {
        let mut seen = vec![self.pkg];
        let mut i = 0;
        while i < seen.len() {
            for &q in &self.w.pkg(seen[i]).imports {
                if !seen.contains(&q) {
                    seen.push(q);
                }
            }
            i += 1;
        }
        seen
    }

    pub(super) fn type_str(&self, t: TypeId) -> String {
        type_string(self.w, t, &|p| self.qualify(p))
    }

    /// types2's operand description: `x (variable of type int)`.
    pub(super) fn operand_str(&self, x: &Operand) -> String {
        super::expr_fmt::operand_string(self, x)
    }

    // ------------------------------------------------------------------
    // Scopes

    pub(super) fn open_scope(&mut self, start: Pos, end: Pos, is_func: bool) {
        let (s, e) = (self.gpos(start), self.gpos(end));
        self.scope = self.w.new_scope(Some(self.scope), s, e, is_func);
    }

    pub(super) fn close_scope(&mut self) {
        self.scope = self.w.scope(self.scope).parent.unwrap_or(self.w.universe);
    }

    /// Declares `obj` in `scope`, reporting a redeclaration.
    pub(super) fn declare(&mut self, scope: ScopeId, obj: ObjId) {
        if let Some(alt) = self.w.insert(scope, obj) {
            let name = self.w.obj(obj).name.clone();
            let other = self.w.obj(alt).pos;
            let mut msg = format!("{name} redeclared in this block");
            if other != GPos::NONE {
                msg += &format!(
                    "\n\t{}: other declaration of {name}",
                    self.pos_string(other)
                );
            }
            let p = self.w.obj(obj).pos;
            self.error_at(p, msg);
        }
    }

    /// Looks `name` up from the current scope outwards.
    pub(super) fn lookup(&self, name: &str) -> Option<ObjId> {
        let mut s = Some(self.scope);
        while let Some(id) = s {
            if let Some(o) = self.w.lookup_local(id, name) {
                return Some(o);
            }
            s = self.w.scope(id).parent;
        }
        None
    }

    pub(super) fn new_object(
        &mut self,
        kind: ObjKind,
        name: &str,
        pos: Pos,
        typ: Option<TypeId>,
    ) -> ObjId {
        let p = self.gpos(pos);
        self.w.new_obj(Object {
            kind,
            name: name.to_string(),
            pkg: Some(self.pkg),
            pos: p,
            typ,
            parent: None,
        })
    }

    // ------------------------------------------------------------------
    // Phase 1: collect package-level objects

    /// Associates each method with the type its receiver's base type name
    /// denotes through (non-generic) alias declarations: `func (A) m()`
    /// with `type A = *T` is a method of `T` (types2's
    /// `resolveBaseTypeName`). A method whose receiver does not resolve
    /// to a type name of this package is associated with none.
    fn resolve_method_bases(&mut self) {
        let mut all: Vec<ObjId> = self.methods.drain().flat_map(|(_, ms)| ms).collect();
        // In source order: the first of two methods of one name is kept.
        all.sort_by_key(|&m| self.w.obj(m).pos);
        for m in all {
            let Some(DeclInfo::Func { decl, .. }) = self.decls.get(&m) else {
                continue;
            };
            let Some(recv) = &decl.recv else { continue };
            let ptr = receiver_is_pointer(&recv.typ);
            if let Some(base) = receiver_base_name(&recv.typ)
                .and_then(|name| self.resolve_base_type_name(ptr, name))
            {
                self.methods.entry(base).or_default().push(m);
            }
        }
    }

    /// The name of the defined type that type name `name` (of a receiver,
    /// a pointer if `ptr`) denotes through alias declarations, if any (at
    /// most one pointer on the way).
    fn resolve_base_type_name(&self, mut ptr: bool, name: &str) -> Option<String> {
        let scope = self.w.pkg(self.pkg).scope;
        let mut name = name.to_string();
        let mut seen: Vec<ObjId> = Vec::new();
        loop {
            let obj = self.w.lookup_local(scope, &name)?;
            let Some(DeclInfo::Type { decl, .. }) = self.decls.get(&obj) else {
                return None;
            };
            if seen.contains(&obj) {
                return None;
            }
            if !decl.alias {
                return Some(name);
            }
            if !decl.tparams.is_empty() {
                return None; // no methods on generic aliases
            }
            seen.push(obj);
            let mut typ = decl.typ.unparen();
            if let ast::ExprKind::Operation(crate::syntax::token::Operator::Mul, x, None) =
                &typ.kind
            {
                if ptr {
                    return None;
                }
                ptr = true;
                typ = x.unparen();
            }
            name = typ.as_name()?.to_string();
        }
    }

    fn collect_objects(&mut self) {
        let pkg_scope = self.w.pkg(self.pkg).scope;
        let files = self.files;
        for (fi, file) in files.iter().enumerate() {
            self.file = fi;
            let start = self.gpos(file.pos);
            let end = self.gpos(file.eof);
            let fscope = self.w.new_scope(Some(pkg_scope), start, end, false);
            self.file_scopes.push(fscope);
            let mut iota = 0i64;
            let mut last_const: Option<(Option<&'a Expr>, &'a [Expr])> = None;
            let mut group = None;
            for decl in &file.decls {
                match decl {
                    Decl::Import(d) => self.collect_import(fscope, d),
                    Decl::Const(d) => {
                        if d.group.is_none() || d.group != group {
                            iota = 0;
                            last_const = None;
                        }
                        group = d.group;
                        let (typ, values) = if d.values.is_empty() && d.typ.is_none() {
                            last_const.unwrap_or((None, &[]))
                        } else {
                            last_const = Some((d.typ.as_ref(), &d.values));
                            (d.typ.as_ref(), &d.values[..])
                        };
                        for (i, n) in d.names.iter().enumerate() {
                            let o = self.new_object(
                                ObjKind::Const(Value::Unknown),
                                &n.value,
                                n.pos,
                                None,
                            );
                            self.record_def(n.pos, o);
                            self.decls.insert(
                                o,
                                DeclInfo::Const {
                                    file: fi,
                                    typ,
                                    init: values.get(i),
                                    iota,
                                },
                            );
                            self.declare_pkg_obj(pkg_scope, o);
                        }
                        let inherited =
                            d.values.is_empty() && d.typ.is_none() && last_const.is_some();
                        self.arity(d.pos, &d.names, values, true, inherited);
                        iota += 1;
                    }
                    Decl::Var(d) => {
                        group = None;
                        let objs = self.declare_var_objects(&d.names);
                        let n_to_1 = d.values.len() == 1 && objs.len() > 1;
                        for (i, &o) in objs.iter().enumerate() {
                            let info = DeclInfo::Var {
                                file: fi,
                                lhs: if n_to_1 { objs.clone() } else { vec![o] },
                                typ: d.typ.as_ref(),
                                init: if n_to_1 {
                                    d.values.first()
                                } else {
                                    d.values.get(i)
                                },
                            };
                            self.decls.insert(o, info);
                            self.declare_pkg_obj(pkg_scope, o);
                        }
                        if d.typ.is_none() || !d.values.is_empty() {
                            self.arity(d.pos, &d.names, &d.values, false, false);
                        }
                    }
                    Decl::Type(d) => {
                        group = None;
                        let o = self.new_object(ObjKind::TypeName, &d.name.value, d.name.pos, None);
                        self.record_def(d.name.pos, o);
                        self.decls.insert(o, DeclInfo::Type { file: fi, decl: d });
                        self.declare_pkg_obj(pkg_scope, o);
                    }
                    Decl::Func(d) => {
                        group = None;
                        self.collect_func(fi, pkg_scope, d);
                    }
                }
            }
        }
        // Report objects that clash with file-scope package names.
        for fi in 0..self.files.len() {
            let fscope = self.file_scopes[fi];
            let names = self.w.scope(fscope).names.clone();
            for name in names {
                if let Some(alt) = self.w.lookup_local(pkg_scope, &name) {
                    let pn = self.w.lookup_local(fscope, &name).expect("declared");
                    let p = self.w.obj(alt).pos;
                    let other = self.pos_string(self.w.obj(pn).pos);
                    self.error_at(
                        p,
                        format!("{name} already declared through import of package\n\t{other}: other declaration of {name}"),
                    );
                }
            }
        }
    }

    fn declare_pkg_obj(&mut self, pkg_scope: ScopeId, o: ObjId) {
        let name = self.w.obj(o).name.clone();
        if name == "init" {
            let p = self.w.obj(o).pos;
            if !matches!(self.w.obj(o).kind, ObjKind::Func { .. }) {
                self.error_at(p, "cannot declare init - must be func");
                return;
            }
        }
        if name == "main"
            && self.w.pkg(self.pkg).name == "main"
            && !matches!(self.w.obj(o).kind, ObjKind::Func { .. })
        {
            let p = self.w.obj(o).pos;
            self.error_at(p, "cannot declare main - must be func");
            return;
        }
        self.objs_in_order.push(o);
        self.declare(pkg_scope, o);
    }

    fn collect_import(&mut self, fscope: ScopeId, d: &'a ast::ImportDecl) {
        let Some(path_lit) = &d.path else { return };
        if path_lit.bad {
            return;
        }
        let path = unquote_import(&path_lit.value);
        let Some(&imp) = self.imports.get(&path) else {
            // The loader reports imports it cannot resolve.
            return;
        };
        let name = match &d.local_name {
            Some(n) => n.value.to_string(),
            None => self.w.pkg(imp).name.clone(),
        };
        if name == "init" {
            self.error_pos(d.pos, "cannot import package as init - init must be a func");
            return;
        }
        if self.w.pkg(self.pkg).imports.contains(&imp) {
            // already listed
        } else {
            self.w.pkgs[self.pkg.0 as usize].imports.push(imp);
        }
        if name == "." {
            let iscope = self.w.pkg(imp).scope;
            let names = self.w.scope(iscope).names.clone();
            let mut brought = Vec::new();
            for n in names {
                if n.chars().next().is_some_and(char::is_uppercase) {
                    let o = self.w.lookup_local(iscope, &n).expect("listed");
                    // Dot-imported objects keep their own parent scope.
                    if self.w.lookup_local(fscope, &n).is_none() {
                        let s = self.w.scope_mut(fscope);
                        s.names.push(n.clone());
                        s.elems.insert(n, o);
                        brought.push(o);
                    }
                }
            }
            let o = self.new_object(
                ObjKind::PkgName {
                    imported: imp,
                    used: false,
                },
                ".",
                d.pos,
                None,
            );
            for obj in brought {
                self.dot_imports.insert((self.file, obj), o);
            }
            self.pkg_names.push((o, path));
            return;
        }
        let pos = d.local_name.as_ref().map_or(d.pos, |n| n.pos);
        let o = self.new_object(
            ObjKind::PkgName {
                imported: imp,
                used: false,
            },
            &name,
            pos,
            None,
        );
        self.w.obj_mut(o).pos = self.gpos(d.pos);
        if name != "_" {
            self.pkg_names.push((o, path));
        }
        self.declare(fscope, o);
    }

    fn collect_func(&mut self, fi: usize, pkg_scope: ScopeId, d: &'a ast::FuncDecl) {
        let name = &d.name.value;
        let o = self.new_object(ObjKind::Func { ptr_recv: false }, name, d.name.pos, None);
        self.record_def(d.name.pos, o);
        self.decls.insert(o, DeclInfo::Func { file: fi, decl: d });
        match &d.recv {
            None => {
                if &**name == "init" || (&**name == "main" && self.w.pkg(self.pkg).name == "main") {
                    if !d.tparams.is_empty() {
                        self.error_pos(
                            d.tparams[0].pos,
                            format!("func {name} must have no type parameters"),
                        );
                    }
                    if !d.typ.params.is_empty() || !d.typ.results.is_empty() {
                        self.error_pos(
                            d.name.pos,
                            format!("func {name} must have no arguments and no return values"),
                        );
                    }
                } else if let Some(tp) = d.tparams.first() {
                    self.verify_version(self.gpos(tp.pos), (1, 18), "type parameter");
                }
                if &**name == "init" {
                    // init functions are not declared in any scope
                    self.objs_in_order.push(o);
                    if d.body.is_none() {
                        self.error_pos(d.name.pos, "missing function body");
                    }
                } else {
                    self.declare_pkg_obj(pkg_scope, o);
                }
            }
            Some(recv) => {
                // Associate the method with its receiver base type name.
                self.objs_in_order.push(o);
                if let Some(tp) = d.tparams.first() {
                    let at = self.gpos(tp.pos);
                    self.verify_version(at, (1, 27), "generic method");
                }
                if let Some(base) = receiver_base_name(&recv.typ)
                    && &**name != "_"
                {
                    self.methods.entry(base.to_string()).or_default().push(o);
                }
            }
        }
    }

    /// Checks that a constant or variable declaration has as many
    /// initialization values as names (types2's `arity`). `inherited`:
    /// the values are those of an earlier constant declaration.
    pub(super) fn arity(
        &mut self,
        pos: Pos,
        names: &[ast::Name],
        inits: &[Expr],
        const_decl: bool,
        inherited: bool,
    ) {
        let (l, r) = (names.len(), inits.len());
        if l < r {
            let n = &inits[l];
            if inherited {
                let at = self.pos_string(self.gpos(n.start()));
                self.error_pos(pos, format!("extra init expr at {at}"));
            } else {
                let es = crate::syntax::printer::expr_string(n);
                self.error(n, format!("extra init expr {es}"));
            }
        } else if l > r && (const_decl || r != 1) {
            let n = &names[r];
            self.error_pos(n.pos, format!("missing init expr for {}", n.value));
        }
    }

    /// New variable objects for declared names (recorded as definitions,
    /// not yet inserted in a scope).
    pub(super) fn declare_var_objects(&mut self, names: &[ast::Name]) -> Vec<ObjId> {
        names
            .iter()
            .map(|n| {
                let kind = ObjKind::Var {
                    field: false,
                    embedded: false,
                    param: false,
                    used: false,
                };
                let o = self.new_object(kind, &n.value, n.pos, None);
                self.record_def(n.pos, o);
                o
            })
            .collect()
    }

    pub(super) fn record_def(&mut self, pos: Pos, o: ObjId) {
        let p = self.gpos(pos);
        self.info.defs.insert(p, o);
    }

    pub(super) fn record_use(&mut self, pos: Pos, o: ObjId) {
        let p = self.gpos(pos);
        self.info.uses.insert(p, o);
        self.add_decl_dep(o);
    }

    /// Records that the declaration being checked depends on `to`, a
    /// package-level constant, variable or function (or a method).
    pub(super) fn add_decl_dep(&mut self, to: ObjId) {
        let Some(from) = self.cur_decl else { return };
        if !self.obj_order.contains_key(&to)
            || !matches!(
                self.w.obj(to).kind,
                ObjKind::Const(_) | ObjKind::Var { .. } | ObjKind::Func { .. }
            )
        {
            return;
        }
        self.deps.entry(from).or_default().insert(to);
    }

    /// Runs the delayed checks queued from index `top` on.
    pub(super) fn process_delayed(&mut self, top: usize) {
        let mut i = top;
        while i < self.delayed.len() {
            match self.delayed[i] {
                Delayed::ValidType(t) => self.valid_type(t),
                Delayed::FieldUniqueness(t) => self.check_field_uniqueness(t),
                Delayed::VarType(t, at) => self.check_var_type(t, at),
                Delayed::UnionTerms(i) => self.check_union_terms(i),
                Delayed::MapKey(t, at) => self.check_map_key(t, at),
                Delayed::EmbeddedMethods(i) => self.check_embedded_methods(i),
            }
            i += 1;
        }
        self.delayed.truncate(top);
    }

    pub(super) fn record_type(&mut self, e: &Expr, t: TypeId, val: Option<Value>) {
        self.info.types.insert(e as *const Expr as usize, (t, val));
    }

    // ------------------------------------------------------------------
    // Phase 2: package-level objects

    fn package_objects(&mut self) {
        // As types2: type definitions first (to have methods associated
        // before they are needed), then aliases, then everything else, in
        // source order.
        let order = self.objs_in_order.clone();
        let is_alias = |c: &Self, o: ObjId| matches!(c.decls.get(&o), Some(DeclInfo::Type { decl, .. }) if decl.alias);
        for &o in &order {
            if matches!(self.w.obj(o).kind, ObjKind::TypeName) && !is_alias(self, o) {
                self.obj_decl(o);
            }
        }
        for &o in &order {
            if matches!(self.w.obj(o).kind, ObjKind::TypeName) && is_alias(self, o) {
                self.obj_decl(o);
            }
        }
        for &o in &order {
            if !matches!(self.w.obj(o).kind, ObjKind::TypeName) {
                self.obj_decl(o);
            }
        }
    }

    // ------------------------------------------------------------------
    // Phase 3: function bodies

    fn function_bodies(&mut self) {
        let mut i = 0;
        while i < self.bodies.len() {
            let (obj, file, body, sig) = self.bodies[i];
            self.file = file;
            self.func_body(obj, body, sig);
            // Checks queued by the body's own declarations.
            self.process_delayed(0);
            i += 1;
        }
    }

    // ------------------------------------------------------------------
    // Phase 4

    fn unused_imports(&mut self) {
        let names = std::mem::take(&mut self.pkg_names);
        for (o, path) in names {
            let ObjKind::PkgName { used, imported } = self.w.obj(o).kind else {
                continue;
            };
            if used {
                continue;
            }
            let obj = self.w.obj(o);
            let pos = obj.pos;
            let pkg_name = &self.w.pkg(imported).name;
            let msg = if obj.name == *pkg_name || obj.name == "." {
                format!("{path:?} imported and not used")
            } else {
                format!("{path:?} imported as {} and not used", obj.name)
            };
            self.soft_error_at(pos, msg);
        }
    }
}

/// The import path of an import spec's string literal.
pub fn unquote_import(lit: &str) -> String {
    let s = lit.trim_matches(|c| c == '"' || c == '`');
    s.to_string()
}

/// The name of a receiver's base type: `T`, `*T`, `T[P]`, `*T[P]`.
/// Whether a receiver type is written as a pointer (`*T`, `(*T)[P]`...).
fn receiver_is_pointer(t: &Expr) -> bool {
    matches!(
        t.unparen().kind,
        ast::ExprKind::Operation(crate::syntax::token::Operator::Mul, _, None)
    )
}

fn receiver_base_name(t: &Expr) -> Option<&str> {
    use ast::ExprKind;
    let mut t = t.unparen();
    if let ExprKind::Operation(crate::syntax::token::Operator::Mul, x, None) = &t.kind {
        t = x.unparen();
    }
    if let ExprKind::Index(x, _) = &t.kind {
        t = x.unparen();
    }
    t.as_name()
}
