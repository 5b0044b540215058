//! Golden `-m` output (`tests/escape-m/`): for each `NAME.go`,
//! `goviz build -m NAME.go` must print on stderr what
//! `go build -gcflags=-m` printed (recorded by `tests/escape-m/regen.sh`
//! in NAME.stderr, without the go command's `# command-line-arguments`
//! header): gc's inlining and escape-analysis decisions, in gc's order.
//! Lines where goviz's code generator refuses a construct
//! (`file:line:col: goviz: X not supported yet`) are not decisions and
//! are left out of the comparison.
//!
//! Cases goviz does not match yet are listed in
//! `tests/escape-m/known-failing.txt`, which may only shrink: the test
//! fails if an unlisted case differs or a listed case matches.
//!
//! Env: `GOVIZ_ESCAPE_CASE=name` runs one case;
//! `GOVIZ_UPDATE_KNOWN_FAILING=1` rewrites the list with the cases that
//! fail now.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::{
    go_file_stems, goroot, indent, normalize, read_known_failing, run_goviz, write_known_failing,
};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/escape-m");
const KNOWN_FAILING_FILE: &str = "known-failing.txt";
const MIN_CASES: usize = 15;
const TIMEOUT: Duration = Duration::from_secs(60);

const DEFAULT_HEADER: &[&str] = &[
    "# Cases of tests/escape-m whose `goviz build -m` output differs from gc's.",
    "# app/tests/escape_m.rs fails if a case listed here passes (remove it)",
    "# or if an unlisted case fails. One case name per line; `#` starts a comment.",
    "# Regenerate from the current failures with",
    "#   GOVIZ_UPDATE_KNOWN_FAILING=1 cargo test -p goviz --test escape_m",
];

/// goviz's stderr without code generation's refusals.
fn decisions(stderr: &str) -> String {
    let kept: Vec<&str> = stderr
        .lines()
        .filter(|l| !(l.contains(": goviz: ") && l.ends_with("not supported yet")))
        .collect();
    normalize(&kept.join("\n"))
}

/// Runs one case; returns a report of the differences, if any.
fn check(dir: &Path, goroot: &Path, cache: &Path, name: &str) -> Option<String> {
    let path = dir.join(format!("{name}.stderr"));
    let want = match std::fs::read_to_string(&path) {
        Ok(s) => normalize(&s),
        Err(e) => {
            return Some(format!(
                "{}: {e} (run tests/escape-m/regen.sh)",
                path.display()
            ));
        }
    };
    let env = [("GOVIZ_GOROOT", goroot), ("GOVIZ_CACHE", cache)];
    let got = run_goviz(dir, &["build", "-m", &format!("{name}.go")], &env, TIMEOUT);
    if got.timed_out {
        return Some(format!("{name}: timed out after {TIMEOUT:?}"));
    }
    let got = decisions(&got.stderr);
    (got != want).then(|| {
        format!(
            "{name}:\n    want:\n{}\n    got:\n{}",
            indent(&want),
            indent(&got)
        )
    })
}

#[test]
fn m_output_is_gcs() {
    let dir = PathBuf::from(DIR);
    let goroot = goroot();
    let only = std::env::var("GOVIZ_ESCAPE_CASE").ok();
    let all = go_file_stems(&dir);
    assert!(all.len() >= MIN_CASES, "only {} cases in {DIR}", all.len());
    let names: Vec<&String> = all
        .iter()
        .filter(|n| only.as_ref().is_none_or(|o| o == *n))
        .collect();
    let known_path = dir.join(KNOWN_FAILING_FILE);
    let (header, known_list) = read_known_failing(&known_path);
    let known: BTreeSet<String> = known_list.iter().cloned().collect();
    let stray: Vec<&String> = known.iter().filter(|n| !all.contains(n)).collect();
    assert!(
        stray.is_empty(),
        "{KNOWN_FAILING_FILE} lists no-cases: {stray:?}"
    );

    let cache = std::env::temp_dir().join(format!("goviz-escape-m-{}", std::process::id()));
    let mut failing = BTreeSet::new();
    let mut unexpected = Vec::new();
    for name in &names {
        if let Some(report) = check(&dir, &goroot, &cache, name) {
            failing.insert(name.to_string());
            if !known.contains(*name) {
                unexpected.push(report);
            }
        }
    }
    let _ = std::fs::remove_dir_all(&cache);
    let passed = names.len() - failing.len();
    println!("escape-m: {passed}/{} cases match gc", names.len());

    if std::env::var_os("GOVIZ_UPDATE_KNOWN_FAILING").is_some_and(|v| v == "1") {
        // Keep the entries of cases not run this time.
        let mut list: BTreeSet<String> = known
            .iter()
            .filter(|n| !names.contains(n))
            .cloned()
            .collect();
        list.extend(failing);
        write_known_failing(&known_path, &header, DEFAULT_HEADER, &list);
        return;
    }
    let now_passing: Vec<&&String> = names
        .iter()
        .filter(|n| known.contains(**n) && !failing.contains(**n))
        .collect();
    assert!(
        now_passing.is_empty(),
        "now matching gc, remove from {KNOWN_FAILING_FILE}: {now_passing:?}"
    );
    assert!(
        unexpected.is_empty(),
        "{} of {} cases differ from gc ({passed} match):\n{}",
        unexpected.len(),
        names.len(),
        unexpected.join("\n")
    );
}
