//! Checking a whole loaded program: every package in dependency order,
//! sharing one [`World`].

use std::collections::HashMap;

use super::check::{Checker, Info, PkgFiles, TypeError};
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
    pub info: Info,
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
    let (mut world, pre) = World::new();
    let mut ids: HashMap<&str, PkgId> = HashMap::new();
    ids.insert("unsafe", pre.unsafe_pkg);
    let mut packages = Vec::new();
    for pkg in &program.packages {
        if pkg.path == "unsafe" {
            continue;
        }
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
        let (id, errors, info) = Checker::check_package(&mut world, pre, input);
        ids.insert(&pkg.path, id);
        packages.push(CheckedPackage {
            path: pkg.path.clone(),
            id,
            parse_errors: pkg.parse_errors.clone(),
            errors,
            info,
        });
    }
    CheckedProgram {
        world,
        pre,
        packages,
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
