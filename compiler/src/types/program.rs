//! Checking a whole loaded program: every package in dependency order,
//! sharing one [`World`]; with a [`Cache`], packages whose key matches a
//! stored entry are loaded from their export data instead, and packages
//! checked without errors are stored.

use std::collections::HashMap;

use crate::cache::Cache;

use super::check::{Checker, Info, PkgFiles, TypeError};
use super::export::{decode_package, encode_package};
use super::object::{PkgId, World};
use super::universe::Predeclared;
use super::version::GO_CURRENT;
use crate::diag::{Diagnostic, gc_report};
use crate::loader::Program;
use crate::syntax::ast;

/// The result of checking one package.
#[derive(Debug)]
pub struct CheckedPackage {
    pub path: String,
    pub id: PkgId,
    /// Parser errors that did not stop checking, reported before `errors`.
    pub parse_errors: Vec<Diagnostic>,
    pub errors: Vec<TypeError>,
    /// Empty for a package loaded from the cache (later phases that need
    /// bodies check such packages from source).
    pub info: Info,
    /// What the cache did for this package.
    pub cache: CacheUse,
}

/// How a package met the cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheUse {
    /// No cache in use.
    Off,
    /// Loaded from its cache entry (not checked).
    Loaded,
    /// Checked from source and stored.
    Stored,
    /// Checked from source and not stored (errors, or an import with
    /// errors, or the entry could not be written).
    NotStored,
}

impl CheckedPackage {
    pub fn has_errors(&self) -> bool {
        !self.parse_errors.is_empty() || !self.errors.is_empty()
    }

    /// All of the package's compile errors as gc prints them.
    pub fn error_lines(&self, world: &World) -> Vec<String> {
        gc_report(
            self.parse_errors
                .iter()
                .cloned()
                .chain(diagnostics(world, &self.errors)),
        )
    }
}

#[derive(Debug)]
pub struct CheckedProgram {
    pub world: World,
    pub pre: Predeclared,
    /// In the program's dependency order (`unsafe` left out).
    pub packages: Vec<CheckedPackage>,
}

/// Type-checks every package of `program`.
pub fn check_program(program: &Program) -> CheckedProgram {
    check_program_cached(program, None)
}

/// Type-checks every package of `program`, loading from and storing into
/// `cache` if given. Failing to store an entry is not an error (the
/// package is simply checked again next time).
pub fn check_program_cached(program: &Program, cache: Option<&Cache>) -> CheckedProgram {
    check_with_cache(program, cache, false)
}

/// As [`check_program_cached`], but the packages asked for (the roots)
/// are always checked from source, so that their `Info` (which code
/// generation reads) is complete; their imports may come from the cache.
pub fn check_program_for_codegen(program: &Program, cache: Option<&Cache>) -> CheckedProgram {
    check_with_cache(program, cache, true)
}

fn check_with_cache(
    program: &Program,
    cache: Option<&Cache>,
    roots_from_source: bool,
) -> CheckedProgram {
    let (mut world, pre) = World::new();
    let keys = cache.map(|c| c.keys(program));
    let mut ids: HashMap<&str, PkgId> = HashMap::new();
    ids.insert("unsafe", pre.unsafe_pkg);
    // Packages that had errors or import one that did: never stored.
    let mut tainted: Vec<bool> = Vec::with_capacity(program.packages.len());
    let mut packages = Vec::new();
    for (i, pkg) in program.packages.iter().enumerate() {
        let dep_tainted = pkg
            .imports
            .iter()
            .any(|imp| program.index(&imp.package).is_some_and(|j| tainted[j]));
        if pkg.path == "unsafe" {
            tainted.push(false);
            continue;
        }
        let entry = cache.zip(keys.as_ref().map(|k| &k[i]));
        let load = !(roots_from_source && program.roots.contains(&i));
        let cached = entry.filter(|_| load).and_then(|(c, key)| {
            let data = c.load(key)?;
            decode_package(&mut world, &data, &pkg.path, &|p: &str| ids.get(p).copied())
        });
        let checked = match cached {
            Some(id) => CheckedPackage {
                path: pkg.path.clone(),
                id,
                parse_errors: Vec::new(),
                errors: Vec::new(),
                info: Info::default(),
                cache: CacheUse::Loaded,
            },
            None => {
                let codegen = roots_from_source && program.roots.contains(&i);
                let mut checked = check_one(&mut world, pre, &ids, pkg, codegen);
                if let Some((c, key)) = entry {
                    let stored = !checked.has_errors()
                        && !dep_tainted
                        && encode_package(&world, checked.id)
                            .is_ok_and(|data| c.store(key, &data).is_ok());
                    checked.cache = if stored {
                        CacheUse::Stored
                    } else {
                        CacheUse::NotStored
                    };
                }
                checked
            }
        };
        tainted.push(dep_tainted || checked.has_errors());
        ids.insert(&pkg.path, checked.id);
        packages.push(checked);
    }
    CheckedProgram {
        world,
        pre,
        packages,
    }
}

/// Checks one package from source; its imports are in `ids`. For
/// `codegen`, its generic code is monomorphized too.
fn check_one(
    world: &mut World,
    pre: Predeclared,
    ids: &HashMap<&str, PkgId>,
    pkg: &crate::loader::Package,
    codegen: bool,
) -> CheckedPackage {
    let imports: HashMap<String, PkgId> = pkg
        .imports
        .iter()
        .filter_map(|i| ids.get(i.package.as_str()).map(|&id| (i.path.clone(), id)))
        .collect();
    let files: Vec<&ast::File> = pkg.files.iter().map(|f| &f.ast).collect();
    let input = PkgFiles {
        path: &pkg.path,
        files: &files,
        imports: &imports,
        // gc's -lang: the go.mod version of the standard library and of
        // the main module alike is this release's.
        lang: Some(GO_CURRENT),
    };
    let (id, errors, info) = if codegen {
        Checker::check_package_for_codegen(world, pre, input)
    } else {
        Checker::check_package(world, pre, input)
    };
    CheckedPackage {
        path: pkg.path.clone(),
        id,
        parse_errors: pkg.parse_errors.clone(),
        errors,
        info,
        cache: CacheUse::Off,
    }
}

/// The lines gc prints for `errors`: `file:line:col: message`, with gc's
/// limits and ordering.
pub fn error_lines(world: &World, errors: &[TypeError]) -> Vec<String> {
    gc_report(diagnostics(world, errors))
}

fn diagnostics<'e>(
    world: &'e World,
    errors: &'e [TypeError],
) -> impl Iterator<Item = Diagnostic> + 'e {
    errors.iter().map(|e| {
        let (file, line, col) = world.position(e.pos).unwrap_or_default();
        Diagnostic {
            file,
            line,
            col,
            msg: e.msg.clone(),
        }
    })
}
