//! The package loader against the real go command (the oracle, found at
//! test time through GOVIZ_GOROOT or `go env GOROOT`; see `common::goroot`).
//!
//! - `std_matches_go_list`: for every package of `go list -deps std` in
//!   goviz's build context, the loader (overlay off) selects the same
//!   GoFiles and SFiles and resolves the same Imports; the dependency
//!   order is valid; loading `net/http` alone gives exactly the go
//!   command's `-deps` order.
//! - The error tests build small trees in a temporary directory and
//!   compare the loader's messages with the lines real `go build` / `go
//!   run` printed for the same trees (recorded by hand, see each test).
//!   goviz prints the same lines minus two things: the go command's `go: `
//!   prefix on command-level errors, and the `# command-line-arguments` /
//!   `# <main package>` header above the main package's compile errors
//!   (the file names already say where they are). Other packages' syntax
//!   errors keep their `# importpath` header.

mod common;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};

use goviz_compiler::goroot::Goroot;
use goviz_compiler::loader::{
    BuildContext, COMMAND_LINE_ARGUMENTS, LoadErrors, Loader, Origin, Program,
};

/// Packages in `go list -deps std` for go1.27.3 linux/amd64 (381); guards
/// against a broken `go list` run making the comparison vacuous.
const MIN_STD_PACKAGES: usize = 350;

/// Runs the go command of `goroot` in goviz's build context.
fn go(goroot: &Goroot, dir: &Path, args: &[&str]) -> String {
    let bin = goroot.dir.join("bin/go");
    let gocache = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/gocache");
    let out = Command::new(&bin)
        .args(args)
        .current_dir(dir)
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .env("CGO_ENABLED", "0")
        .env("GOFLAGS", "")
        .env("GOTOOLCHAIN", "local")
        .env("GOCACHE", &gocache)
        .env_remove("GOEXPERIMENT")
        .env_remove("GOAMD64")
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", bin.display()));
    assert!(
        out.status.success(),
        "{} {args:?} failed:\n{}",
        bin.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("go list output is UTF-8")
}

struct Listed {
    go_files: Vec<String>,
    imports: Vec<String>,
    s_files: Vec<String>,
}

fn split(s: &str) -> Vec<String> {
    s.split(',')
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect()
}

/// The go command's view: import path -> files and imports, in `-deps` order.
fn go_list(goroot: &Goroot, pattern: &str) -> Vec<(String, Listed)> {
    let out = go(
        goroot,
        &goroot.src(),
        &[
            "list",
            "-deps",
            "-f",
            "{{.ImportPath}}|{{join .GoFiles \",\"}}|{{join .Imports \",\"}}|{{join .SFiles \",\"}}",
            "-tags",
            "purego,math_big_pure_go",
            pattern,
        ],
    );
    out.lines()
        .map(|l| {
            let f: Vec<&str> = l.split('|').collect();
            assert_eq!(f.len(), 4, "unexpected go list line {l:?}");
            (
                f[0].to_string(),
                Listed {
                    go_files: split(f[1]),
                    imports: split(f[2]),
                    s_files: split(f[3]),
                },
            )
        })
        .collect()
}

/// Each package appears after every package it imports.
fn assert_dependency_order(prog: &Program) {
    let pos: HashMap<&str, usize> = prog
        .packages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.path.as_str(), i))
        .collect();
    assert_eq!(pos.len(), prog.packages.len(), "a package is listed twice");
    for (i, p) in prog.packages.iter().enumerate() {
        let deps = p
            .imports
            .iter()
            .map(|imp| imp.package.as_str())
            .chain(p.implicit_imports.iter().map(String::as_str));
        for d in deps {
            let j = *pos
                .get(d)
                .unwrap_or_else(|| panic!("{} imports {d}, which was not loaded", p.path));
            assert!(
                j < i,
                "{} (#{i}) comes before its import {d} (#{j})",
                p.path
            );
        }
    }
}

#[test]
fn std_matches_go_list() {
    let goroot = common::goroot();
    let listed = go_list(&goroot, "std");
    assert!(
        listed.len() >= MIN_STD_PACKAGES,
        "go list -deps std listed only {} packages",
        listed.len()
    );
    let loader = Loader::new(&goroot).with_overlay(None);
    let with_files: Vec<&str> = listed
        .iter()
        .filter(|(p, l)| !l.go_files.is_empty() && p != "unsafe")
        .map(|(p, _)| p.as_str())
        .collect();
    let start = std::time::Instant::now();
    let prog = loader
        .load_packages(&with_files)
        .unwrap_or_else(|e| panic!("loading std failed:\n{e}"));
    let elapsed = start.elapsed();
    let files: usize = prog.packages.iter().map(|p| p.files.len()).sum();
    let bytes: usize = prog
        .packages
        .iter()
        .flat_map(|p| &p.files)
        .map(|f| f.size)
        .sum();
    eprintln!(
        "std_matches_go_list: loaded {} packages, {files} files, {:.1} MB in {elapsed:.2?}",
        prog.packages.len(),
        bytes as f64 / 1e6
    );

    let mut diffs = Vec::new();
    let listed_set: BTreeSet<&str> = listed.iter().map(|(p, _)| p.as_str()).collect();
    for p in &prog.packages {
        if !listed_set.contains(p.path.as_str()) {
            diffs.push(format!("{}: loaded by goviz, not listed by go", p.path));
        }
    }
    for (path, want) in &listed {
        if want.go_files.is_empty() && path != "unsafe" {
            // Test-only directories: the go command lists them without
            // files; loading one is an error.
            match loader.load_packages(&[path]) {
                Ok(_) => diffs.push(format!("{path}: has no GoFiles but loaded without error")),
                Err(e) => {
                    let msg = e.to_string();
                    if !msg.contains("no non-test Go files in") && !msg.contains("Go files in") {
                        diffs.push(format!("{path}: unexpected error {msg:?}"));
                    }
                }
            }
            continue;
        }
        let Some(got) = prog.package(path) else {
            diffs.push(format!("{path}: listed by go, not loaded by goviz"));
            continue;
        };
        if path == "unsafe" {
            if got.origin != Origin::Unsafe || !got.files.is_empty() || !got.imports.is_empty() {
                diffs.push("unsafe: should be the file-less pseudo-package".into());
            }
            continue;
        }
        let files: Vec<&str> = got.files.iter().map(|f| f.name.as_str()).collect();
        if files != want.go_files {
            diffs.push(format!(
                "{path}: GoFiles differ\n    go:    {:?}\n    goviz: {files:?}",
                want.go_files
            ));
        }
        let mut imports: Vec<&str> = got.imports.iter().map(|i| i.package.as_str()).collect();
        imports.sort_unstable();
        imports.dedup();
        // go list keeps the order of the paths as written
        // (`golang.org/x/...` among the g's) after resolving them.
        let mut want_imports: Vec<&str> = want.imports.iter().map(String::as_str).collect();
        want_imports.sort_unstable();
        if imports != want_imports {
            diffs.push(format!(
                "{path}: Imports differ\n    go:    {want_imports:?}\n    goviz: {imports:?}"
            ));
        }
        if got.s_files != want.s_files {
            diffs.push(format!(
                "{path}: SFiles differ\n    go:    {:?}\n    goviz: {:?}",
                want.s_files, got.s_files
            ));
        }
        if !got.is_standard() {
            diffs.push(format!("{path}: not marked standard ({:?})", got.origin));
        }
    }
    assert!(
        diffs.is_empty(),
        "{} differences between goviz's loader and `go list -deps std`:\n{}",
        diffs.len(),
        diffs.join("\n")
    );
    assert_dependency_order(&prog);
    eprintln!(
        "std_matches_go_list: {} packages compared, 0 differences",
        listed.len()
    );
}

#[test]
fn single_root_order_is_the_go_commands() {
    let goroot = common::goroot();
    let want: Vec<String> = go_list(&goroot, "net/http")
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    let prog = Loader::new(&goroot)
        .load_std("net/http")
        .unwrap_or_else(|e| panic!("{e}"));
    let got: Vec<&str> = prog.packages.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(got, want);
    assert_eq!(prog.roots, vec![prog.packages.len() - 1]);
    assert_dependency_order(&prog);
    // Vendored imports keep the path as written and name the package
    // by its vendor path.
    let http = prog.package("net/http").unwrap();
    let idna = http.import("golang.org/x/net/http/httpguts").unwrap();
    assert_eq!(idna.package, "vendor/golang.org/x/net/http/httpguts");
    assert_eq!(
        prog.package(&idna.package).unwrap().origin,
        Origin::GorootVendor
    );
}

#[test]
fn linknames_and_build_context() {
    let goroot = common::goroot();
    let prog = Loader::new(&goroot)
        .load_packages(&["time", "sync/atomic", "internal/runtime/atomic"])
        .unwrap_or_else(|e| panic!("{e}"));
    let time = prog.package("time").unwrap();
    // time/time.go: `//go:linkname runtimeNano` (no target: pushed by the
    // runtime) and `//go:linkname legacyAbsClock time.absClock`.
    let nano = time
        .linknames
        .iter()
        .find(|l| l.local == "runtimeNano")
        .expect("time has //go:linkname runtimeNano");
    assert_eq!(nano.target, None);
    assert_eq!(time.files[nano.file].name, "time.go");
    let ln = time
        .linknames
        .iter()
        .find(|l| l.local == "legacyAbsClock")
        .expect("time has //go:linkname legacyAbsClock time.absClock");
    assert_eq!(ln.target.as_deref(), Some("time.absClock"));
    assert!(!ln.std_only);
    let lc = time.files[ln.file].ast.lines.line_col(ln.pos);
    assert_eq!(lc.col, 1);
    // go:linknamestd, with and without a target.
    let atomic = prog.package("internal/runtime/atomic").unwrap();
    assert!(
        atomic
            .linknames
            .iter()
            .any(|l| l.std_only && l.target.is_none()),
        "internal/runtime/atomic/linkname.go uses //go:linknamestd without a target"
    );
    let ctx = BuildContext::goviz();
    assert!(ctx.match_tag("goexperiment.jsonv2") && !ctx.match_tag("cgo"));
}

static TREES: AtomicUsize = AtomicUsize::new(0);

/// A temporary directory tree, removed on drop.
struct Tree(PathBuf);

impl Tree {
    fn new(files: &[(&str, &str)]) -> Tree {
        let n = TREES.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("goviz-loader-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (name, text) in files {
            let p = dir.join(name);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(&p, text).unwrap();
        }
        std::fs::create_dir_all(&dir).unwrap();
        Tree(dir.canonicalize().unwrap())
    }

    fn loader(&self, goroot: &Goroot, cwd: &str) -> Loader {
        Loader::new(goroot).with_cwd(self.0.join(cwd))
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn errors(r: Result<Program, LoadErrors>) -> Vec<String> {
    match r {
        Ok(p) => panic!("expected errors, loaded {} packages", p.packages.len()),
        Err(e) => e.lines(),
    }
}

fn args(a: &[&str]) -> Vec<PathBuf> {
    a.iter().map(PathBuf::from).collect()
}

/// Expected lines with `$GOROOT` and `$DIR` substituted.
fn want(goroot: &Goroot, dir: &Path, text: &str) -> Vec<String> {
    text.replace("$GOROOT", &goroot.dir.display().to_string())
        .replace("$DIR", &dir.display().to_string())
        .lines()
        .map(String::from)
        .collect()
}

const HELLO: &str = "package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(\"hi\") }\n";

#[test]
fn hello_program() {
    let goroot = common::goroot();
    let t = Tree::new(&[
        ("hello/main.go", HELLO),
        ("hello/gen.go", "//go:build ignore\n\npackage main\n"),
        ("hello/x_windows.go", "package main\n"),
        ("hello/x_test.go", "package main_test\n"),
        ("hello/_skip.go", "package zzz\n"),
        ("hello/v.go", "//go:build go1.21 && linux\n\npackage main\n"),
    ]);
    // A directory outside any module.
    let prog = t
        .loader(&goroot, "")
        .load_program(&args(&["hello"]))
        .unwrap_or_else(|e| panic!("{e}"));
    let main = prog.main_package().unwrap();
    assert_eq!(main.path, COMMAND_LINE_ARGUMENTS);
    assert_eq!(main.name, "main");
    let names: Vec<&str> = main.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["main.go", "v.go"]);
    assert_eq!(main.files[0].display, "hello/main.go");
    assert_eq!(main.files[0].ast.name, "hello/main.go");
    assert_eq!(main.files[0].go_version(), "");
    assert_eq!(main.files[1].go_version(), "go1.21");
    assert_eq!(main.implicit_imports, ["runtime"]);
    assert_eq!(prog.main, Some(prog.packages.len() - 1));
    assert!(prog.package("runtime").is_some() && prog.package("fmt").is_some());
    assert_dependency_order(&prog);
    let fmt = main.import("fmt").unwrap();
    assert_eq!(fmt.positions.len(), 1);
    assert_eq!(
        main.files[fmt.positions[0].file]
            .ast
            .lines
            .line_col(fmt.positions[0].pos)
            .to_string(),
        "3:8"
    );

    // The same as files: build constraints are not applied to files named
    // on the command line (as `go run gen.go` runs a //go:build ignore file).
    let prog = t
        .loader(&goroot, "hello")
        .load_program(&args(&["main.go", "./gen.go"]))
        .unwrap_or_else(|e| panic!("{e}"));
    let main = prog.main_package().unwrap();
    let names: Vec<&str> = main.files.iter().map(|f| f.display.as_str()).collect();
    assert_eq!(names, ["./main.go", "./gen.go"]);
}

#[test]
fn missing_package() {
    // Recorded from `go build main.go` in the directory of main.go (and
    // `go build f1/main.go` from its parent), go1.27.3.
    let goroot = common::goroot();
    let t = Tree::new(&[(
        "f1/main.go",
        "package main\n\nimport (\n\t\"fmt\"\n\t\"foo/bar\"\n)\n\nfunc main() { fmt.Println(bar.X) }\n",
    )]);
    let got = errors(t.loader(&goroot, "f1").load_program(&args(&["main.go"])));
    assert_eq!(
        got,
        want(
            &goroot,
            &t.0,
            "main.go:5:2: package foo/bar is not in std ($GOROOT/src/foo/bar)"
        )
    );
    let got = errors(t.loader(&goroot, "").load_program(&args(&["f1/main.go"])));
    assert_eq!(
        got,
        want(
            &goroot,
            &t.0,
            "f1/main.go:5:2: package foo/bar is not in std ($GOROOT/src/foo/bar)"
        )
    );
}

#[test]
fn internal_package() {
    // Recorded from `go build main.go` in the directory of main.go, go1.27.3.
    let goroot = common::goroot();
    let t = Tree::new(&[(
        "f2/main.go",
        "package main\n\nimport \"internal/abi\"\n\nvar _ = abi.X\n\nfunc main() {}\n",
    )]);
    let got = errors(t.loader(&goroot, "f2").load_program(&args(&["main.go"])));
    assert_eq!(
        got,
        [
            "package command-line-arguments",
            "\tmain.go:3:8: use of internal package internal/abi not allowed"
        ]
    );
}

#[test]
fn multiple_packages() {
    // Recorded from `go build a.go b.go` in f3 and `go build f3/a.go
    // f3/b.go` from its parent, go1.27.3 (both print the same line).
    let goroot = common::goroot();
    let t = Tree::new(&[("f3/a.go", "package a\n"), ("f3/b.go", "package b\n")]);
    let expect = want(
        &goroot,
        &t.0,
        "found packages a (a.go) and b (b.go) in $DIR/f3",
    );
    let got = errors(
        t.loader(&goroot, "f3")
            .load_program(&args(&["a.go", "b.go"])),
    );
    assert_eq!(got, expect);
    let got = errors(t.loader(&goroot, "").load_program(&args(&["f3"])));
    assert_eq!(got, expect);
}

#[test]
fn command_line_errors() {
    // `go run main.go` where main.go imports "C" (cgo off: the file is
    // ignored) printed `go: no Go source files`; `go run lib.go` of a
    // non-main package printed `package command-line-arguments is not a
    // main package`, go1.27.3.
    let goroot = common::goroot();
    let t = Tree::new(&[
        (
            "f4/main.go",
            "package main\n\nimport \"C\"\n\nfunc main() {}\n",
        ),
        ("f5/lib.go", "package lib\n"),
        ("d2/a.go", "package main\nfunc main(){}\n"),
        ("top.go", "package main\nfunc main(){}\n"),
    ]);
    let l = t.loader(&goroot, "");
    assert_eq!(
        errors(l.load_program(&args(&["f4/main.go"]))),
        ["no Go source files"]
    );
    assert_eq!(
        errors(l.load_program(&args(&["f5/lib.go"]))),
        ["package command-line-arguments is not a main package"]
    );
    // `go run ./d2/a.go ./top.go`: "named files must all be in one
    // directory; have d2 and ."; `go run ./d2/nonexist.go`: "stat
    // ./d2/nonexist.go: no such file or directory"; `go run top.go
    // x_test.go`: "go: cannot run *_test.go files (x_test.go)" (go1.27.3).
    assert_eq!(
        errors(l.load_program(&args(&["./d2/a.go", "./top.go"]))),
        ["named files must all be in one directory; have d2 and ."]
    );
    assert_eq!(
        errors(l.load_program(&args(&["./d2/nonexist.go"]))),
        ["stat ./d2/nonexist.go: no such file or directory"]
    );
    assert_eq!(
        errors(l.load_program(&args(&["top.go", "x_test.go"]))),
        ["cannot run *_test.go files (x_test.go)"]
    );
}

const GO_MOD: &str = "module example.com/m\n\ngo 1.27\n";

#[test]
fn import_cycle() {
    // Recorded from `go build .` in the module root, go1.27.3.
    let goroot = common::goroot();
    let t = Tree::new(&[
        ("go.mod", GO_MOD),
        (
            "main.go",
            "package main\n\nimport _ \"example.com/m/a\"\n\nfunc main() {}\n",
        ),
        ("a/a.go", "package a\n\nimport _ \"example.com/m/b\"\n"),
        (
            "b/b.go",
            "package b\n\nimport (\n\t_ \"fmt\"\n\t_ \"example.com/m/c\"\n)\n",
        ),
        ("c/c.go", "package c\n\nimport _ \"example.com/m/a\"\n"),
    ]);
    let got = errors(t.loader(&goroot, "").load_program(&args(&["."])));
    assert_eq!(
        got,
        [
            "package example.com/m",
            "\timports example.com/m/a from main.go",
            "\timports example.com/m/b from a.go",
            "\timports example.com/m/c from b.go",
            "\timports example.com/m/a from c.go: import cycle not allowed",
        ]
    );
}

#[test]
fn module_errors_in_go_order() {
    // Recorded from `go build .` in the module root, go1.27.3: a package
    // whose files are all excluded, an internal import two levels down,
    // and an import of a command (the vendored import after it is not
    // reported: the go command keeps the first error of a package).
    let goroot = common::goroot();
    let t = Tree::new(&[
        ("go.mod", GO_MOD),
        (
            "main.go",
            "package main\n\nimport (\n\t_ \"example.com/m/a\"\n\t_ \"example.com/m/cmd/tool\"\n\t_ \"vendor/golang.org/x/net/dns/dnsmessage\"\n)\n\nfunc main() {}\n",
        ),
        (
            "a/a.go",
            "package a\n\nimport (\n\t_ \"example.com/m/ng\"\n\t_ \"internal/abi\"\n)\n",
        ),
        ("ng/ng.go", "//go:build ignore\n\npackage ng\n"),
        ("cmd/tool/main.go", "package main\n\nfunc main() {}\n"),
    ]);
    let got = errors(t.loader(&goroot, "").load_program(&args(&["."])));
    assert_eq!(
        got,
        want(
            &goroot,
            &t.0,
            "package example.com/m
\timports example.com/m/a
\timports example.com/m/ng: build constraints exclude all Go files in $DIR/ng
package example.com/m
\timports example.com/m/a
\ta/a.go:5:2: use of internal package internal/abi not allowed
main.go:5:2: import \"example.com/m/cmd/tool\" is a program, not an importable package"
        )
    );
}

#[test]
fn syntax_errors() {
    // Recorded from `go build .` in the module root, go1.27.3:
    //   # example.com/m/a
    //   a/a.go:4:1: syntax error: unexpected EOF, expected expression
    // (main's own error is not reported: its import failed), and, with a
    // correct a/a.go, `go build .` / `go build ./main.go`:
    //   # example.com/m            (resp. # command-line-arguments)
    //   ./main.go:7:1: syntax error: unexpected }, expected expression
    // goviz leaves out the header for the main package.
    let goroot = common::goroot();
    let main = "package main\n\nimport _ \"example.com/m/a\"\n\nfunc main() {\n\tx := \n}\n";
    let t = Tree::new(&[
        ("go.mod", GO_MOD),
        ("main.go", main),
        ("a/a.go", "package a\n\nvar x = \n"),
    ]);
    let got = errors(t.loader(&goroot, "").load_program(&args(&["."])));
    assert_eq!(
        got,
        [
            "# example.com/m/a",
            "a/a.go:4:1: syntax error: unexpected EOF, expected expression"
        ]
    );
    std::fs::write(t.0.join("a/a.go"), "package a\n\nvar x = 1\n").unwrap();
    let want = ["./main.go:7:1: syntax error: unexpected }, expected expression"];
    assert_eq!(
        errors(t.loader(&goroot, "").load_program(&args(&["."]))),
        want
    );
    assert_eq!(
        errors(t.loader(&goroot, "").load_program(&args(&["./main.go"]))),
        want
    );
}

#[test]
fn overlay_replaces_std_packages() {
    let goroot = common::goroot();
    let t = Tree::new(&[
        (
            "overlay/errors/errors.go",
            "package errors\n\nfunc New(s string) error { return nil }\n",
        ),
        (
            "prog/main.go",
            "package main\n\nimport \"errors\"\n\nvar _ = errors.New\n\nfunc main() {}\n",
        ),
    ]);
    let prog = t
        .loader(&goroot, "prog")
        .with_overlay(Some(t.0.join("overlay")))
        .load_program(&args(&["main.go"]))
        .unwrap_or_else(|e| panic!("{e}"));
    let errs = prog.package("errors").unwrap();
    assert_eq!(errs.origin, Origin::Overlay);
    assert_eq!(errs.dir, t.0.join("overlay/errors"));
    assert!(errs.imports.is_empty());
    // A missing overlay directory is an empty overlay.
    let prog = t
        .loader(&goroot, "prog")
        .with_overlay(Some(t.0.join("nope")))
        .load_program(&args(&["main.go"]))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(prog.package("errors").unwrap().origin, Origin::Goroot);
}

/// The selection rules of go/build, checked on one directory against
/// `go list` (GoFiles, IgnoredGoFiles, TestGoFiles).
#[test]
fn file_selection_matches_go_list() {
    let goroot = common::goroot();
    let files: &[(&str, &str)] = &[
        ("go.mod", GO_MOD),
        ("p/a.go", "package p\n"),
        ("p/b_linux.go", "package p\n"),
        ("p/b_windows.go", "package p\n"),
        ("p/c_amd64.go", "package p\n"),
        ("p/c_linux_arm64.go", "package p\n"),
        (
            "p/d.go",
            "// Copyright\n\n//go:build purego && !cgo\n\npackage p\n",
        ),
        ("p/e.go", "//go:build goexperiment.arenas\n\npackage p\n"),
        ("p/f.go", "// +build linux,!cgo\n\npackage p\n"),
        ("p/g.go", "// +build ignore\n\npackage p\n"),
        ("p/h.go", "package p\n\n//go:build ignore\n"),
        ("p/i.go", "/*\n//go:build ignore\n*/\n\npackage p\n"),
        (
            "p/j.go",
            "//go:build go1.27 && unix && amd64.v1 && gc\n\npackage p\n",
        ),
        ("p/k.go", "//go:build go1.28\n\npackage p\n"),
        (
            "p/l.go",
            "//go:build goexperiment.jsonv2 && math_big_pure_go\n\npackage p\n",
        ),
        ("p/m.go", "package p\n\nimport \"C\"\n"),
        ("p/n_test.go", "package p\n"),
        ("p/_o.go", "package p\n"),
        ("p/.p.go", "package p\n"),
        ("p/linux.go", "package p\n"),
        ("p/q_linux_test.go", "package p_test\n"),
        ("p/doc.go", "package documentation\n"),
    ];
    let t = Tree::new(files);
    let out = go(
        &goroot,
        &t.0,
        &[
            "list",
            "-f",
            "{{join .GoFiles \",\"}}|{{join .IgnoredGoFiles \",\"}}",
            "-tags",
            "purego,math_big_pure_go",
            "./p",
        ],
    );
    let (want_files, _) = out.trim().split_once('|').unwrap();
    let prog = t
        .loader(&goroot, "")
        .load_packages(&[])
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(prog.packages.is_empty());
    // Load the directory's package as a program would import it.
    std::fs::write(
        t.0.join("main.go"),
        "package main\n\nimport _ \"example.com/m/p\"\n\nfunc main() {}\n",
    )
    .unwrap();
    let prog = t
        .loader(&goroot, "")
        .load_program(&args(&["."]))
        .unwrap_or_else(|e| panic!("{e}"));
    let p = prog.package("example.com/m/p").unwrap();
    let got: Vec<&str> = p.files.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(got.join(","), want_files);
    assert_eq!(prog.main_package().unwrap().path, "example.com/m");
}

#[test]
fn import_path_errors() {
    // Recorded from `go build main.go` in the directory of main.go, with
    // main.go = `package main; import _ "<path>"; func main() {}` on
    // lines 1, 3 and 5, go1.27.3.
    let goroot = common::goroot();
    let cases: &[(&str, &str)] = &[
        ("a b", "$DIR/t/main.go:3:8: invalid import path: a b"),
        (
            "a//b",
            "main.go:3:8: malformed import path \"a//b\": double slash",
        ),
        (
            "a~1",
            "main.go:3:8: malformed import path \"a~1\": trailing tilde and digits in path element",
        ),
        (
            "vendor/golang.org/x/net/dns/dnsmessage",
            "main.go:3:8: use of vendored package not allowed",
        ),
        (
            "cmd/go",
            "main.go:3:8: import \"cmd/go\" is a program, not an importable package",
        ),
        (
            "github.com/a/b",
            "main.go:3:8: no required module provides package github.com/a/b: go.mod file not found in current directory or any parent directory; see 'go help modules'",
        ),
        (
            "cmd",
            "main.go:3:8: \"cmd\" is not an importable package; see 'go help packages'",
        ),
        (
            "./x",
            "main.go:3:8: \"./x\" is relative, but relative import paths are not supported in module mode",
        ),
        (
            "runtime/msan",
            "package command-line-arguments\n\timports runtime/msan: build constraints exclude all Go files in $GOROOT/src/runtime/msan",
        ),
        (
            "internal/copyright",
            "package command-line-arguments\n\tmain.go:3:8: use of internal package internal/copyright not allowed",
        ),
    ];
    for (path, expect) in cases {
        let src = format!("package main\n\nimport _ \"{path}\"\n\nfunc main() {{}}\n");
        let t = Tree::new(&[("t/main.go", &src)]);
        let got = errors(t.loader(&goroot, "t").load_program(&args(&["main.go"])));
        assert_eq!(got, want(&goroot, &t.0, expect), "import {path:?}");
    }
}

#[test]
fn test_only_package() {
    // Recorded from `go build .` in the module root, go1.27.3: a package
    // with only _test.go files is not a loading error; building fails.
    let goroot = common::goroot();
    let t = Tree::new(&[
        ("go.mod", GO_MOD),
        (
            "main.go",
            "package main\n\nimport _ \"example.com/m/t\"\n\nfunc main() {}\n",
        ),
        ("t/t_test.go", "package t\n"),
    ]);
    let got = errors(t.loader(&goroot, "").load_program(&args(&["."])));
    assert_eq!(
        got,
        want(
            &goroot,
            &t.0,
            "example.com/m/t: no non-test Go files in $DIR/t"
        )
    );
}
