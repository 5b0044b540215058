//! Helpers shared by the integration tests that read Go's own source from
//! the installed toolchain: finding the installation, walking its `.go`
//! files, and parsing many files on several threads.
//!
//! Go's source is never copied into this repository; tests read it from the
//! installation found by [`goroot`] at test time and fail loudly when there
//! is none.

// Each test binary includes this module and uses only part of it.
#![allow(dead_code)]

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use goviz_compiler::goroot::{Goroot, INSTALL_HINT};
use goviz_compiler::syntax::{self, Parsed};

/// The Go installation (GOVIZ_GOROOT, else `go env GOROOT`).
///
/// Panics with an explanation when there is none: these tests must never
/// pass vacuously by skipping.
pub fn goroot() -> Goroot {
    match Goroot::find(None) {
        Ok(g) => g,
        Err(e) => {
            let e = e.to_string();
            let hint = if e.contains(INSTALL_HINT) {
                String::new()
            } else {
                format!("\nTo fix: {INSTALL_HINT}")
            };
            panic!(
                "this test reads Go's source from a Go installation, found via the \
                 GOVIZ_GOROOT environment variable or `go env GOROOT`, and none is usable:\n  {e}{hint}"
            )
        }
    }
}

/// Whether `rel` has a path component named `testdata`.
pub fn in_testdata(rel: &Path) -> bool {
    rel.components()
        .any(|c| matches!(c, Component::Normal(n) if n == "testdata"))
}

/// Every `.go` file under `root` (recursively, not following symlinks),
/// as paths relative to `root`, sorted.
pub fn go_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let dir = root.join(&rel);
        let entries = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("cannot read directory {}: {e}", dir.display()));
        for entry in entries {
            let entry = entry.unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()));
            let ty = entry
                .file_type()
                .unwrap_or_else(|e| panic!("{}: {e}", entry.path().display()));
            let child = rel.join(entry.file_name());
            if ty.is_dir() {
                stack.push(child);
            } else if ty.is_file() && child.extension().is_some_and(|x| x == "go") {
                out.push(child);
            }
        }
    }
    out.sort();
    out
}

/// Applies `f` to every item on all available cores, keeping the order.
pub fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(4, |n| n.get())
        .clamp(1, 16);
    let next = AtomicUsize::new(0);
    let mut results: Vec<(usize, R)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        mine.push((i, f(item)));
                    }
                    mine
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker thread panicked"))
            .collect()
    });
    results.sort_by_key(|&(i, _)| i);
    results.into_iter().map(|(_, r)| r).collect()
}

/// Reads and parses `root/rel`; `rel` is the name given to the parser.
pub fn parse_path(root: &Path, rel: &Path) -> Parsed {
    let path = root.join(rel);
    let src =
        std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    syntax::parse_file(&rel.to_string_lossy(), &src)
}

/// `file:line:col: msg` for the first error of `parsed`, if any.
pub fn first_error(rel: &Path, parsed: &Parsed) -> Option<String> {
    parsed.errors.first().map(|e| {
        let lc = parsed.lines.line_col(e.pos);
        format!("{}:{}:{}: {}", rel.display(), lc.line, lc.col, e.msg)
    })
}

/// Parses every file of `files` (relative to `root`) in parallel; returns
/// how many errors each had, and its first error.
pub fn parse_all(root: &Path, files: &[PathBuf]) -> Vec<(usize, Option<String>)> {
    par_map(files, |rel| {
        let parsed = parse_path(root, rel);
        (parsed.errors.len(), first_error(rel, &parsed))
    })
}

/// Panics listing (at most `limit` of) the files that had parse errors.
pub fn assert_all_parse(what: &str, files: &[PathBuf], results: &[(usize, Option<String>)]) {
    let failures: Vec<&String> = results.iter().filter_map(|(_, e)| e.as_ref()).collect();
    if failures.is_empty() {
        return;
    }
    const LIMIT: usize = 30;
    let mut msg = format!(
        "{} of {} {what} failed to parse; first error of {}:\n",
        failures.len(),
        files.len(),
        if failures.len() > LIMIT {
            format!("the first {LIMIT}")
        } else {
            "each".to_string()
        }
    );
    for f in failures.iter().take(LIMIT) {
        msg.push_str("  ");
        msg.push_str(f);
        msg.push('\n');
    }
    panic!("{msg}");
}
