//! Golden type-error corpus test.
//!
//! For every `tests/check-errors/NAME.go` (at the workspace root) this runs
//! `goviz check NAME.go` with the corpus directory as the current directory
//! and compares its whole stderr with `NAME.stderr`, which was produced by the
//! real Go toolchain (`go build`, see `tests/check-errors/regen.sh`). A case
//! passes when goviz exits with status 1, prints nothing on stdout and its
//! stderr equals NAME.stderr exactly (line endings and trailing newlines
//! aside).
//!
//! The checker is young, so `tests/check-errors/known-failing.txt` lists the
//! cases that are expected to mismatch (one name per line, `#` comments). The
//! test fails if
//!   - a case that is not listed there fails (all such cases are printed,
//!     with the expected and the actual output),
//!   - a listed case now passes (remove it from the list: it only shrinks),
//!   - the list names a case that does not exist (or names one twice),
//!   - a case has no golden file, or a golden file has no case,
//!   - the corpus has fewer than MIN_CASES cases.
//!
//! Every case runs twice with one temporary package cache (GOVIZ_CACHE)
//! shared by all cases, which run in parallel: the first run fills it with
//! the imported packages, the second loads them from it, and both must
//! print the golden errors (a cached import must give the same errors).
//!
//! Environment:
//!   GOVIZ_GOROOT                the Go installation goviz reads (passed to
//!                               goviz; found via `go env GOROOT` if unset)
//!   GOVIZ_CHECK_CASE=substr     run only the cases whose name contains substr
//!   GOVIZ_UPDATE_KNOWN_FAILING=1  rewrite known-failing.txt with the cases that
//!                               fail now (sorted; with GOVIZ_CHECK_CASE, entries
//!                               for cases that were not run are kept). This is
//!                               for the checker's developer; golden files are
//!                               only ever written by regen.sh.

mod common;

use common::{
    go_file_stems, goroot, indent, normalize, read_known_failing, run_goviz, write_known_failing,
};
use std::collections::{BTreeSet, VecDeque};
use std::fs;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

const CORPUS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/check-errors");

/// The list of cases expected to fail, relative to CORPUS_DIR.
const KNOWN_FAILING_FILE: &str = "known-failing.txt";

/// Minimum number of cases; guards against the test passing vacuously.
const MIN_CASES: usize = 80;

/// Per-case time limit for one `goviz check` run.
const TIMEOUT: Duration = Duration::from_secs(60);

const DEFAULT_HEADER: &[&str] = &[
    "# Cases of tests/check-errors that `goviz check` does not yet get right.",
    "# app/tests/check_errors.rs fails if a case listed here passes (remove it)",
    "# or if an unlisted case fails. One case name per line; `#` starts a comment.",
    "# Regenerate from the current failures with",
    "#   GOVIZ_UPDATE_KNOWN_FAILING=1 cargo test -p goviz --test check_errors",
];

enum Verdict {
    Pass,
    /// A mismatch, described for the report.
    Fail(String),
}

fn judge(dir: &Path, goroot: &Path, cache: &Path, name: &str) -> Verdict {
    let golden_path = dir.join(format!("{name}.stderr"));
    let golden = match fs::read(&golden_path) {
        Ok(bytes) => normalize(&String::from_utf8_lossy(&bytes)),
        Err(e) => {
            return Verdict::Fail(format!(
                "missing golden file {} ({e}); run tests/check-errors/regen.sh",
                golden_path.display()
            ));
        }
    };
    let first = run_goviz(
        dir,
        &["check", &format!("{name}.go")],
        &[("GOVIZ_GOROOT", goroot), ("GOVIZ_CACHE", cache)],
        TIMEOUT,
    );
    let out = run_goviz(
        dir,
        &["check", &format!("{name}.go")],
        &[("GOVIZ_GOROOT", goroot), ("GOVIZ_CACHE", cache)],
        TIMEOUT,
    );
    let first_got = normalize(&first.stderr);
    let got = normalize(&out.stderr);
    if !first.timed_out && (first.status, &first_got) != (out.status, &got) {
        return Verdict::Fail(format!(
            "the run with imports from the cache differs from the first\n    first (exit {:?}):\n{}\n    cached (exit {:?}):\n{}",
            first.status,
            indent(&first_got),
            out.status,
            indent(&got)
        ));
    }
    if out.timed_out {
        return Verdict::Fail(format!(
            "goviz check timed out after {TIMEOUT:?}\n    expected:\n{}\n    got (so far):\n{}",
            indent(&golden),
            indent(&got)
        ));
    }
    let stdout = normalize(&out.stdout);
    if out.status == Some(1) && stdout.is_empty() && got == golden {
        return Verdict::Pass;
    }
    let mut what = Vec::new();
    if out.status != Some(1) {
        what.push(format!("exit status {:?}, expected 1", out.status));
    }
    if !stdout.is_empty() {
        what.push("unexpected stdout".to_string());
    }
    if got != golden {
        what.push("stderr differs".to_string());
    }
    let mut msg = format!(
        "{}\n    expected:\n{}\n    got:\n{}",
        what.join("; "),
        indent(&golden),
        indent(&got)
    );
    if !stdout.is_empty() {
        msg.push_str(&format!("\n    stdout:\n{}", indent(&stdout)));
    }
    Verdict::Fail(msg)
}

#[test]
fn check_error_corpus_matches_gc() {
    let dir = Path::new(CORPUS_DIR);
    let names = go_file_stems(dir);
    let known_path = dir.join(KNOWN_FAILING_FILE);
    let (header, known_list) = read_known_failing(&known_path);
    let known: BTreeSet<String> = known_list.iter().cloned().collect();
    let update = std::env::var_os("GOVIZ_UPDATE_KNOWN_FAILING").is_some_and(|v| v == "1");
    let filter = std::env::var("GOVIZ_CHECK_CASE")
        .ok()
        .filter(|f| !f.is_empty());
    let goroot = goroot();
    let cache =
        std::env::temp_dir().join(format!("goviz-check-errors-cache-{}", std::process::id()));
    let _ = fs::remove_dir_all(&cache);

    // Problems that no update of the known-failing list can fix.
    let mut problems: Vec<String> = Vec::new();
    if names.len() < MIN_CASES {
        problems.push(format!(
            "corpus {} has only {} cases, expected at least {MIN_CASES}",
            dir.display(),
            names.len()
        ));
    }
    for entry in fs::read_dir(dir).expect("corpus dir") {
        let path = entry.expect("corpus dir entry").path();
        if path.extension().is_some_and(|ext| ext == "stderr") {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            if !names.contains(&stem) {
                problems.push(format!("{stem}.stderr has no {stem}.go"));
            }
        }
    }
    for name in &names {
        if !dir.join(format!("{name}.stderr")).is_file() {
            problems.push(format!(
                "{name}.go has no {name}.stderr; run tests/check-errors/regen.sh {name}.go"
            ));
        }
    }

    // Problems with the known-failing list itself.
    let mut list_problems: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for name in &known_list {
        if !names.contains(name) {
            list_problems.push(format!(
                "{KNOWN_FAILING_FILE} lists {name:?}, which is not a case in {}",
                dir.display()
            ));
        } else if !seen.insert(name) {
            list_problems.push(format!("{KNOWN_FAILING_FILE} lists {name:?} twice"));
        }
    }

    let selected: Vec<String> = names
        .iter()
        .filter(|n| filter.as_ref().is_none_or(|f| n.contains(f.as_str())))
        .cloned()
        .collect();

    // Run the selected cases on a pool of worker threads.
    let queue = Arc::new(Mutex::new(
        selected.iter().cloned().collect::<VecDeque<_>>(),
    ));
    let results: Arc<Mutex<Vec<(String, Verdict)>>> = Arc::new(Mutex::new(Vec::new()));
    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(4)
        .clamp(1, 16)
        .min(selected.len().max(1));
    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let queue = Arc::clone(&queue);
            let results = Arc::clone(&results);
            let dir = dir.to_path_buf();
            let goroot = goroot.clone();
            let cache = cache.clone();
            thread::spawn(move || {
                loop {
                    let Some(name) = queue.lock().unwrap().pop_front() else {
                        break;
                    };
                    let verdict = judge(&dir, &goroot, &cache, &name);
                    results.lock().unwrap().push((name, verdict));
                }
            })
        })
        .collect();
    for h in handles {
        h.join().expect("worker thread panicked");
    }
    let _ = fs::remove_dir_all(&cache);
    let mut results = std::mem::take(&mut *results.lock().unwrap());
    results.sort_by(|a, b| a.0.cmp(&b.0));

    let mut passed = 0usize;
    let mut unexpected_failures: Vec<String> = Vec::new();
    let mut now_passing: Vec<&str> = Vec::new();
    let mut still_failing = 0usize;
    let mut failing_now: BTreeSet<String> = BTreeSet::new();
    for (name, verdict) in &results {
        let listed = known.contains(name);
        match verdict {
            Verdict::Pass => {
                passed += 1;
                if listed {
                    now_passing.push(name);
                }
            }
            Verdict::Fail(msg) => {
                failing_now.insert(name.clone());
                if listed {
                    still_failing += 1;
                } else {
                    unexpected_failures.push(format!("--- {name}: {msg}"));
                }
            }
        }
    }

    let ran = results.len();
    println!(
        "check-errors corpus: {passed}/{ran} cases pass ({} in corpus, {still_failing} known failing still fail, \
         {} newly passing, {} unexpected failures)",
        names.len(),
        now_passing.len(),
        unexpected_failures.len()
    );

    if update {
        // Keep entries for cases that were not run (GOVIZ_CHECK_CASE); drop
        // entries that name no case.
        let mut new_list: BTreeSet<String> = known
            .iter()
            .filter(|n| names.contains(n) && !selected.contains(n))
            .cloned()
            .collect();
        new_list.extend(failing_now.iter().cloned());
        write_known_failing(&known_path, &header, DEFAULT_HEADER, &new_list);
        println!("wrote {} ({} cases)", known_path.display(), new_list.len());
        assert!(
            problems.is_empty(),
            "{} problem(s) in the check-error corpus:\n{}\n",
            problems.len(),
            problems.join("\n")
        );
        return;
    }

    let mut report: Vec<String> = Vec::new();
    report.extend(problems);
    report.extend(list_problems);
    if !now_passing.is_empty() {
        report.push(format!(
            "now passing, remove from {KNOWN_FAILING_FILE}: {}",
            now_passing.join(" ")
        ));
    }
    report.extend(unexpected_failures);
    if !report.is_empty() {
        panic!(
            "{} problem(s) in the check-error corpus ({passed}/{ran} cases pass):\n\n{}\n",
            report.len(),
            report.join("\n\n")
        );
    }
}
