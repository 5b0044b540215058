//! Golden syntax-error corpus test.
//!
//! For every `tests/syntax-errors/NAME.go` (at the workspace root) this runs
//! `goviz parse NAME.go` with the corpus directory as the current directory
//! and compares its stderr with `NAME.stderr`, which was produced by the real
//! Go toolchain (`go build`, see `tests/syntax-errors/regen.sh`).
//!
//! Asserted for every case:
//!   (a) goviz exits with status 1;
//!   (b) the first stderr line equals the first line of NAME.stderr exactly
//!       (only the `PATH:LINE:COL:` prefix for cases in MESSAGE_MAY_DIFFER).
//! Reported but not asserted: how many cases match gc's whole stderr.
//!
//! Set GOVIZ_SYNTAX_CASE=substring to run only the cases whose name contains it.

mod common;

use common::{go_file_stems, normalize, run_goviz};
use std::fs;
use std::path::Path;
use std::time::Duration;

const CORPUS_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/syntax-errors");

/// Minimum number of cases; guards against the test passing vacuously.
const MIN_CASES: usize = 40;

/// Per-case time limit for one `goviz parse` run.
const TIMEOUT: Duration = Duration::from_secs(20);

/// Cases whose first error message may legitimately differ from gc's;
/// only the `PATH:LINE:COL:` prefix must match. (name, reason)
const MESSAGE_MAY_DIFFER: &[(&str, &str)] = &[];

/// The `PATH:LINE:COL:` prefix of an error line (None if it has none).
fn position_prefix(line: &str) -> Option<&str> {
    let mut end = 0;
    for _ in 0..3 {
        end += line[end..].find(':')? + 1;
    }
    Some(&line[..end])
}

#[test]
fn syntax_error_corpus_matches_gc() {
    let dir = Path::new(CORPUS_DIR);
    let names = go_file_stems(dir);
    assert!(
        names.len() >= MIN_CASES,
        "corpus {} has only {} .go files, expected at least {MIN_CASES}",
        dir.display(),
        names.len()
    );

    let filter = std::env::var("GOVIZ_SYNTAX_CASE").ok();

    let mut failures: Vec<String> = Vec::new();

    // Keep the allow-list honest: every entry must name an existing case.
    for (name, reason) in MESSAGE_MAY_DIFFER {
        if !names.iter().any(|n| n == name) {
            failures.push(format!(
                "MESSAGE_MAY_DIFFER names unknown case {name:?} ({reason})"
            ));
        }
    }

    let mut ran = 0usize;
    let mut whole_match = 0usize;
    let mut first_line_match = 0usize;

    for name in &names {
        if let Some(f) = &filter
            && !name.contains(f.as_str())
        {
            continue;
        }
        ran += 1;
        let file_name = format!("{name}.go");
        let golden_path = dir.join(format!("{name}.stderr"));
        let golden = match fs::read(&golden_path) {
            Ok(bytes) => normalize(&String::from_utf8_lossy(&bytes)),
            Err(e) => {
                failures.push(format!(
                    "{name}: missing golden file {} ({e}); run tests/syntax-errors/regen.sh",
                    golden_path.display()
                ));
                continue;
            }
        };
        let expected_first = golden.lines().next().unwrap_or("").to_string();

        let out = run_goviz(dir, &["parse", &file_name], &[], TIMEOUT);
        let got = normalize(&out.stderr);
        let got_first = got.lines().next().unwrap_or("").to_string();

        if out.timed_out {
            failures.push(format!(
                "{name}: goviz parse timed out after {TIMEOUT:?}\n    expected: {expected_first}"
            ));
            continue;
        }

        // (a) exit status 1.
        if out.status != Some(1) {
            failures.push(format!(
                "{name}: goviz exit status {:?}, expected 1 (stdout: {:?})\n    expected: {expected_first}\n    got:      {got_first}",
                out.status,
                out.stdout.trim_end()
            ));
        }

        // (b) first line.
        let may_differ = MESSAGE_MAY_DIFFER.iter().find(|(n, _)| n == name);
        let first_ok = match may_differ {
            None => got_first == expected_first,
            Some(_) => {
                position_prefix(&got_first).is_some()
                    && position_prefix(&got_first) == position_prefix(&expected_first)
            }
        };
        if first_ok {
            first_line_match += 1;
        } else {
            let what = if may_differ.is_some() {
                "position prefix differs"
            } else {
                "first line differs"
            };
            failures.push(format!(
                "{name}: {what}\n    expected: {expected_first}\n    got:      {got_first}"
            ));
        }

        // (c) whole stderr (informational).
        if got == golden {
            whole_match += 1;
        }
    }

    // Golden files without a case are stale.
    if filter.is_none() {
        for entry in fs::read_dir(dir).expect("corpus dir") {
            let path = entry.expect("corpus dir entry").path();
            if path.extension().is_some_and(|ext| ext == "stderr") {
                let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
                if !names.contains(&stem) {
                    failures.push(format!("{stem}.stderr has no {stem}.go"));
                }
            }
        }
    }

    println!(
        "syntax-errors corpus: {ran} cases run, {first_line_match} first lines match, \
         {whole_match} whole stderr match gc exactly"
    );

    if !failures.is_empty() {
        panic!(
            "{} problem(s) in the syntax-error corpus ({ran} cases run, {first_line_match} first lines match, \
             {whole_match} whole stderr match):\n\n{}\n",
            failures.len(),
            failures.join("\n")
        );
    }
}
