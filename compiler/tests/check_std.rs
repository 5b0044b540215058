//! The strongest public check that the type checker reports no false
//! errors: every standard package of the Go installation (outside `cmd/`,
//! `testdata/` and `vendor/`), checked from source with the overlay off,
//! must have zero errors. Directories with no Go files for goviz's build
//! context (linux/amd64, cgo off) are the only ones left out; the test
//! lists them and checks that each really has none. One more is not a
//! package at all: `builtin` only documents the predeclared identifiers
//! (`type bool bool`); the go command never compiles it and `go list std`
//! does not list it.

mod common;

use std::path::{Path, PathBuf};

use goviz_compiler::loader::{BuildContext, Loader};
use goviz_compiler::types::program::{check_program, error_lines};

/// Whether `dir` holds a non-test `.go` file that goviz's build context
/// selects (file name suffixes and build constraints).
fn has_buildable_go_files(ctx: &BuildContext, dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let name = e.file_name().to_string_lossy().into_owned();
        let path = e.path();
        name.ends_with(".go")
            && !name.ends_with("_test.go")
            && !name.starts_with(['_', '.'])
            && path.is_file()
            && ctx.good_os_arch_file(&name)
            && std::fs::read(&path).is_ok_and(|src| ctx.should_build(&src).unwrap_or(false))
    })
}

/// Every directory under `src` (recursively) that could be a standard
/// package: not under cmd/, testdata/ or vendor/, not hidden or `_`.
fn package_dirs(src: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        let mut has_go = false;
        for e in entries.flatten() {
            let p = e.path();
            let name = e.file_name().to_string_lossy().into_owned();
            if p.is_dir() {
                let skip = name.starts_with(['.', '_'])
                    || name == "testdata"
                    || name == "vendor"
                    || (d == src && name == "cmd");
                if !skip {
                    stack.push(p);
                }
            } else if name.ends_with(".go") {
                has_go = true;
            }
        }
        if has_go && d != src {
            out.push(d);
        }
    }
    out.sort();
    out
}

#[test]
fn every_standard_package_type_checks_without_errors() {
    let goroot = common::goroot();
    let src = goroot.src();
    let ctx = BuildContext::goviz();
    let mut packages = Vec::new();
    let mut left_out = Vec::new();
    for dir in package_dirs(&src) {
        let path = dir
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        if path == "builtin" {
            continue;
        }
        if has_buildable_go_files(&ctx, &dir) {
            packages.push(path);
        } else {
            left_out.push(path);
        }
    }
    // Directories left out hold only test files or files for other
    // systems; each was checked above to have no buildable file.
    eprintln!(
        "left out (no Go files for linux/amd64 without cgo): {}",
        left_out.join(" ")
    );
    assert!(
        packages.len() > 300,
        "only {} packages found under {}",
        packages.len(),
        src.display()
    );

    let loader = Loader::new(&goroot).with_overlay(None);
    let paths: Vec<&str> = packages.iter().map(String::as_str).collect();
    let program = match loader.load_packages(&paths) {
        Ok(p) => p,
        Err(e) => panic!(
            "loading the standard library failed:\n{}",
            e.lines().join("\n")
        ),
    };
    let checked = check_program(&program);
    let mut failures = Vec::new();
    for pkg in &checked.packages {
        if !pkg.errors.is_empty() {
            let lines = error_lines(&checked.world, &pkg.errors);
            failures.push(format!("# {}\n{}", pkg.path, lines.join("\n")));
        }
    }
    eprintln!(
        "type-checked {} packages ({} loaded with dependencies), {} with errors",
        packages.len(),
        checked.packages.len(),
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "false errors in standard packages:\n{}",
        failures.join("\n")
    );
}
