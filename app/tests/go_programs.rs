//! Golden Go programs (`tests/go/`): each `NAME.go` runs under
//! `goviz run` and must give what the binary real `go build` makes gave
//! (recorded by `tests/go/regen.sh` in NAME.stdout, NAME.stderr and
//! NAME.exit): the same stdout, stderr and exit status, compared through
//! [`normalize_run_output`], the one normaliser for what differs from
//! run to run or between two correct implementations.
//!
//! Env: `GOVIZ_GO_CASE=name` runs one program.

mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use common::run_output::normalize_run_output;
use common::{go_file_stems, goroot, indent, run_goviz};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/go");
const MIN_CASES: usize = 10;
const TIMEOUT: Duration = Duration::from_secs(60);

struct Expected {
    stdout: String,
    stderr: String,
    exit: i32,
}

fn expected(dir: &Path, name: &str) -> Expected {
    let read = |ext: &str| {
        let p = dir.join(format!("{name}.{ext}"));
        std::fs::read_to_string(&p)
            .unwrap_or_else(|e| panic!("{}: {e} (run tests/go/regen.sh)", p.display()))
    };
    let exit = read("exit")
        .trim()
        .parse()
        .expect("NAME.exit holds an exit status");
    Expected {
        stdout: read("stdout"),
        stderr: read("stderr"),
        exit,
    }
}

/// Runs one program (with `mode`'s extra environment: a debug mode);
/// returns a report of the differences, if any.
fn check(
    dir: &Path,
    goroot: &Path,
    cache: &Path,
    name: &str,
    mode: &[(&str, &Path)],
) -> Option<String> {
    let want = expected(dir, name);
    let file = format!("{name}.go");
    let mut env = vec![
        ("GOVIZ_GOROOT", goroot),
        ("GOVIZ_CACHE", cache),
        ("GOMAXPROCS", Path::new("1")),
    ];
    env.extend_from_slice(mode);
    let got = run_goviz(dir, &["run", &file], &env, TIMEOUT);
    let mut diffs = Vec::new();
    if got.timed_out {
        diffs.push(format!("timed out after {TIMEOUT:?}"));
    }
    if got.status != Some(want.exit) {
        diffs.push(format!("exit status {:?}, want {}", got.status, want.exit));
    }
    for (what, g, w) in [
        ("stdout", &got.stdout, &want.stdout),
        ("stderr", &got.stderr, &want.stderr),
    ] {
        let (g, w) = (normalize_run_output(g), normalize_run_output(w));
        if g != w {
            diffs.push(format!(
                "{what}:\n    want:\n{}\n    got:\n{}",
                indent(&w),
                indent(&g)
            ));
        }
    }
    (!diffs.is_empty()).then(|| format!("{name}: {}", diffs.join("\n  ")))
}

#[test]
fn go_programs_run_as_real_go() {
    run_all("", &[]);
}

/// The stack-copy stress mode: every call moves the goroutine's stack
/// and poisons the old one; a stack pointer the runtime failed to adjust
/// changes the output.
#[test]
fn go_programs_run_as_real_go_with_stacks_moved_at_every_call() {
    run_all("stress", &[("GOVIZ_STRESS_STACKS", Path::new("1"))]);
}

/// Runs every golden program (or `GOVIZ_GO_CASE`) in `mode`.
fn run_all(tag: &str, mode: &[(&str, &Path)]) {
    let dir = PathBuf::from(DIR);
    let goroot = goroot();
    let only = std::env::var("GOVIZ_GO_CASE").ok();
    let names: Vec<String> = go_file_stems(&dir)
        .into_iter()
        .filter(|n| only.as_ref().is_none_or(|o| o == n))
        .collect();
    if only.is_none() {
        assert!(
            names.len() >= MIN_CASES,
            "only {} programs in {DIR}",
            names.len()
        );
    }
    // A package cache of this run's own (imports are loaded from it).
    let cache =
        std::env::temp_dir().join(format!("goviz-go-programs-{tag}-{}", std::process::id()));
    let failures: Vec<String> = names
        .iter()
        .filter_map(|n| check(&dir, &goroot, &cache, n, mode))
        .collect();
    let _ = std::fs::remove_dir_all(&cache);
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from real Go:\n{}",
        failures.len(),
        names.len(),
        failures.join("\n")
    );
}

#[test]
fn normaliser_folds_only_what_varies() {
    let go = "panic: boom\n\ngoroutine 1 [running]:\nmain.f({0x4a?, 0x3}, 0x0?)\n\t/tmp/x/p.go:5 +0x19\nmain.main()\n\t/tmp/x/p.go:9 +0x3f\n";
    let ours = "panic: boom\n\ngoroutine 1 [running]:\nmain.f({0x1234, 0x3}, 0x7)\n\t/home/u/p.go:5 +0x0\nmain.main()\n\t/home/u/p.go:9\n";
    assert_eq!(normalize_run_output(go), normalize_run_output(ours));
    // Messages, line numbers and frame shapes still count.
    let other_line = ours.replace("p.go:9", "p.go:8");
    assert_ne!(normalize_run_output(go), normalize_run_output(&other_line));
    let other_shape = ours.replace("{0x1234, 0x3}, 0x7", "0x1234, 0x3, 0x7");
    assert_ne!(normalize_run_output(go), normalize_run_output(&other_shape));
    assert_eq!(normalize_run_output("x 0x10\n"), "x 0x10\n");
    let sig = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x47db00]";
    let ours = "[signal SIGSEGV: segmentation violation code=0x1 addr=0x8 pc=0x5581a0]";
    assert_eq!(normalize_run_output(sig), normalize_run_output(ours));
    assert_ne!(
        normalize_run_output(sig),
        normalize_run_output(&ours.replace("0x8 ", "0x0 "))
    );
}

/// `--gomaxprocs 1` runs the program; other values are refused with a
/// clear error (one P today), and flags after the program are its own.
#[test]
fn gomaxprocs_flag() {
    let dir = PathBuf::from(DIR);
    let goroot = goroot();
    let env = [("GOVIZ_GOROOT", goroot.as_path())];
    let first = go_file_stems(&dir)
        .into_iter()
        .find(|n| expected(&dir, n).exit == 0)
        .expect("a program that exits 0");
    let file = format!("{first}.go");
    let ok = run_goviz(&dir, &["run", "--gomaxprocs", "1", &file], &env, TIMEOUT);
    assert_eq!(ok.status, Some(0));
    let refused = run_goviz(&dir, &["run", "--gomaxprocs", "2", &file], &env, TIMEOUT);
    assert_eq!(refused.status, Some(2));
    assert!(
        refused
            .stderr
            .contains("--gomaxprocs 2: several Ps are not supported yet")
    );
    let program_args = run_goviz(&dir, &["run", &file, "--gomaxprocs", "2"], &env, TIMEOUT);
    assert_eq!(program_args.status, Some(0));
}

/// Package variables initialized with constants and composite literals
/// of constants are laid out at compile time (gc's staticinit): in
/// static_init.go only `derived` (a call of len) needs init code.
#[test]
fn constant_composite_literals_are_initialized_statically() {
    let dir = PathBuf::from(DIR);
    let goroot = goroot();
    let env = [("GOVIZ_GOROOT", goroot.as_path())];
    let out = run_goviz(&dir, &["build", "-S", "static_init.go"], &env, TIMEOUT);
    assert_eq!(out.status, Some(0), "{}", out.stderr);
    let init: Vec<&str> = out
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("main.init "))
        .skip(1)
        .take_while(|l| l.starts_with('\t'))
        .collect();
    let stores = init.iter().filter(|l| l.contains("StoreG")).count();
    assert_eq!(stores, 1, "main.init:\n{}", init.join("\n"));
}
