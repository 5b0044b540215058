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

use common::{go_file_stems, goroot, indent, run_goviz};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/go");
const MIN_CASES: usize = 10;
const TIMEOUT: Duration = Duration::from_secs(60);

/// Folds what legitimately varies in a Go program's output:
/// - traceback file lines `\t/abs/dir/file.go:12 +0x25` become
///   `\tfile.go:12` (the directory is where the program was built; the
///   `+0x` offset is into machine code, or bytecode for goviz);
/// - a traceback frame's argument words (`main.f(0x5?, {0x4a?, 0x3})`)
///   become `_` (gc prints register contents that may be stale; goviz
///   prints exact ones);
/// - the `pc=0x...` of a `[signal ...]` line becomes `pc=_` (an address
///   in machine code, or in bytecode for goviz);
/// - CRLF becomes LF.
fn normalize_run_output(s: &str) -> String {
    let lines: Vec<&str> = s.split('\n').collect();
    let mut out = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let next_is_file = lines.get(i + 1).is_some_and(|n| is_traceback_file_line(n));
        if is_traceback_file_line(line) {
            out.push(fold_file_line(line));
        } else if line.starts_with("[signal ") {
            out.push(fold_signal_pc(line));
        } else if next_is_file && line.ends_with(')') {
            out.push(fold_args(line));
        } else {
            out.push(line.to_string());
        }
    }
    out.join("\n")
}

fn is_traceback_file_line(l: &str) -> bool {
    l.starts_with('\t') && l.contains(".go:")
}

fn fold_file_line(l: &str) -> String {
    let body = &l[1..];
    let body = body.split(" +0x").next().unwrap_or(body);
    let base = body.rsplit('/').next().unwrap_or(body);
    format!("\t{base}")
}

fn fold_signal_pc(l: &str) -> String {
    match l.find(" pc=0x") {
        Some(p) => {
            let rest = &l[p + 6..];
            let hex = rest
                .find(|c: char| !c.is_ascii_hexdigit())
                .unwrap_or(rest.len());
            format!("{} pc=_{}", &l[..p], &rest[hex..])
        }
        None => l.to_string(),
    }
}

/// `name(args)` with every hex word in args replaced by `_`.
fn fold_args(l: &str) -> String {
    let Some(open) = l.find('(') else {
        return l.to_string();
    };
    let (name, args) = l.split_at(open);
    let mut out = String::from(name);
    let mut rest = args;
    while let Some(p) = rest.find("0x") {
        out.push_str(&rest[..p]);
        let tail = &rest[p + 2..];
        let hex = tail
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(tail.len());
        let mut skip = p + 2 + hex;
        if rest[skip..].starts_with('?') {
            skip += 1;
        }
        out.push('_');
        rest = &rest[skip..];
    }
    out.push_str(rest);
    out
}

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

/// Runs one program; returns a report of the differences, if any.
fn check(dir: &Path, goroot: &Path, cache: &Path, name: &str) -> Option<String> {
    let want = expected(dir, name);
    let file = format!("{name}.go");
    let env = [
        ("GOVIZ_GOROOT", goroot),
        ("GOVIZ_CACHE", cache),
        ("GOMAXPROCS", Path::new("1")),
    ];
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
    let cache = std::env::temp_dir().join(format!("goviz-go-programs-{}", std::process::id()));
    let failures: Vec<String> = names
        .iter()
        .filter_map(|n| check(&dir, &goroot, &cache, n))
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
