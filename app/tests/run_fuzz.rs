//! The run fuzzer: mutants of the golden programs (`tests/go/*.go`, edited
//! by `mutate/`: literals, operators, statements, conditions, bounds,
//! make sizes, conversions) run under `goviz run`, and real Go is the
//! oracle.
//!
//! goviz and real Go (`go build`, then the binary with GOMAXPROCS=1) run
//! each mutant side by side. A mutant both reject (goviz exits 1 with
//! gc-format errors, `go build` fails) is skipped and counted. Otherwise:
//! - both must accept it or both reject it;
//! - goviz must not crash: no Rust panic (exit 101, `panicked at`), no
//!   `internal error`, no death by signal or exit status above 128;
//! - goviz must not say `not supported yet` unless the mutation may have
//!   added a construct the original (which runs) does not have;
//! - a goviz run past [`TIMEOUT`] is a hang unless real Go's run (with
//!   its own [`TIMEOUT`]) does not finish either (a genuine infinite loop);
//! - a run that finishes must give Go's stdout, stderr and exit status,
//!   through the golden programs' normaliser
//!   (`common::run_output::normalize_run_output`). A mutant whose real-Go
//!   output varies (a few more runs of it differ: map order, addresses) is
//!   skipped, as is one whose outputs differ only in hex addresses.
//!
//! Failing mutants are kept in a temporary directory (with `why.txt`)
//! whose path is printed; the test fails listing them.
//!
//! Env: `GOVIZ_FUZZ_RUNS=N` mutants (default 30), `GOVIZ_FUZZ_SEED=S`
//! (default fixed). The programs are taken in an order fixed by S and
//! their names, round after round; a mutant's seed depends only on S,
//! its program's name and the round, so adding a golden program changes
//! no other program's mutants.
//! `GOVIZ_FUZZ_CASE=name` mutates only `tests/go/name.go`.

mod common;
mod mutate;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use common::run_output::normalize_run_output;
use common::{Outcome, Rng, env_num, go_build, go_file_stems, goroot, run_command, run_goviz};

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/go");
const TIMEOUT: Duration = Duration::from_secs(10);

/// What became of one mutant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    /// The mutation found no site.
    Unchanged,
    /// Does not type-check.
    IllTyped,
    /// Not supported yet, and the mutation may have added the construct.
    NewConstruct,
    /// Goviz and Go both run past the timeout.
    InfiniteLoop,
    /// Real Go's output varies, or differs from goviz's only in addresses.
    Varies,
    /// Same output as real Go.
    Agrees,
    /// A bug (the report says which).
    Fails,
}

/// Shared by every mutant of a run.
struct Env {
    goroot: PathBuf,
    go: PathBuf,
    cache: PathBuf,
    /// Where mutants are written (failing ones are kept).
    work: PathBuf,
}

#[test]
fn golden_program_mutants_run_as_real_go() {
    let started = Instant::now();
    let runs = env_num("GOVIZ_FUZZ_RUNS", 30);
    let seed = env_num("GOVIZ_FUZZ_SEED", 0x5eed_f00d_0bad_cafe);
    let only = std::env::var("GOVIZ_FUZZ_CASE").ok();
    let names: Vec<String> = go_file_stems(Path::new(DIR))
        .into_iter()
        .filter(|n| only.as_ref().is_none_or(|o| o == n))
        .collect();
    assert!(!names.is_empty(), "no programs in {DIR}");
    let goroot = goroot();
    let pid = std::process::id();
    let env = Env {
        go: goroot.join("bin/go"),
        goroot,
        cache: std::env::temp_dir().join(format!("goviz-run-fuzz-cache-{pid}")),
        work: std::env::temp_dir().join(format!("goviz-run-fuzz-{pid}")),
    };
    let mut counts = std::collections::BTreeMap::new();
    let mut failures = Vec::new();
    let names = shuffled(names, seed);
    for k in 0..runs {
        let name = &names[k as usize % names.len()];
        let round = k / names.len() as u64;
        let case_seed = mix(
            seed.wrapping_add(round.wrapping_mul(0x9e37_79b9_7f4a_7c15)),
            name,
        );
        let (verdict, dir) = run_mutant(&env, name, case_seed);
        *counts.entry(verdict).or_insert(0u32) += 1;
        if verdict == Verdict::Fails {
            eprintln!("FAIL {name} seed {case_seed:#x}: kept in {}", dir.display());
            failures.push(format!("{name} (seed {case_seed:#x}): {}", dir.display()));
        } else {
            let _ = std::fs::remove_dir_all(&dir);
        }
    }
    let _ = std::fs::remove_dir_all(&env.cache);
    eprintln!(
        "run fuzz: {runs} mutants (seed {seed:#x}) in {:.1?}: {counts:?}",
        started.elapsed()
    );
    assert!(
        failures.is_empty(),
        "{} mutants fail (each dir holds main.go and why.txt):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The programs in an order fixed by `seed` and their names only, so a
/// new golden program moves no other program's mutants, and joins the
/// default run only if it sorts among its first ones.
fn shuffled(mut names: Vec<String>, seed: u64) -> Vec<String> {
    names.sort_by_key(|n| mix(seed, n));
    names
}

/// A seed from `seed` and a program name (FNV-1a, then xorshift).
fn mix(seed: u64, name: &str) -> u64 {
    let h = name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100_0000_01b3)
    });
    Rng((seed ^ h) | 1).next()
}

/// Makes, runs and judges one mutant of `tests/go/NAME.go`; returns the
/// verdict and the mutant's directory.
fn run_mutant(env: &Env, name: &str, seed: u64) -> (Verdict, PathBuf) {
    let dir = env.work.join(format!("{name}-{seed:016x}"));
    let original = std::fs::read_to_string(Path::new(DIR).join(format!("{name}.go")))
        .expect("read a golden program");
    let m = mutate::mutate(&original, seed);
    if m.kinds.is_empty() || m.src == original {
        return (Verdict::Unchanged, dir);
    }
    std::fs::create_dir_all(&dir).expect("mutant dir");
    std::fs::write(dir.join("main.go"), &m.src).expect("write mutant");
    let (verdict, why) = judge(env, &dir, &m);
    if let Some(why) = why {
        let mut report = format!("mutant of tests/go/{name}.go (seed {seed:#x}):\n");
        for w in &m.what {
            let _ = writeln!(report, "  {w}");
        }
        let _ = writeln!(report, "\n{why}");
        std::fs::write(dir.join("why.txt"), report).expect("write why.txt");
    }
    (verdict, dir)
}

/// The verdict on the mutant in `dir`, and the bug report if it fails.
/// goviz and real Go (build, then run) go side by side, so a mutant that
/// loops forever costs one [`TIMEOUT`], not two.
fn judge(env: &Env, dir: &Path, m: &mutate::Mutant) -> (Verdict, Option<String>) {
    let vars = [
        ("GOVIZ_GOROOT", env.goroot.as_path()),
        ("GOVIZ_CACHE", env.cache.as_path()),
        ("GOMAXPROCS", Path::new("1")),
    ];
    let (got, go) = std::thread::scope(|s| {
        let go = s.spawn(|| go_build(&env.go, dir, "main.go").map(|exe| (run_go(&exe), exe)));
        let got = run_goviz(dir, &["run", "main.go"], &vars, TIMEOUT);
        (got, go.join().expect("the real Go thread"))
    });
    if let Some(crash) = crash(&got) {
        return fail(format!("goviz crashed: {crash}\n{}", show("goviz", &got)));
    }
    let compile_error = !got.timed_out && is_compile_error(&got);
    let (want, exe) = match go {
        Err(_) if compile_error => return (Verdict::IllTyped, None),
        Err(e) => return fail(format!("goviz runs it but go build rejects it:\n{e}")),
        Ok(_) if compile_error => return refused(&got, m),
        Ok(go) => go,
    };
    match (got.timed_out, want.timed_out) {
        (true, true) => return (Verdict::InfiniteLoop, None),
        (true, false) => {
            return fail(format!(
                "goviz runs past {TIMEOUT:?}; real Go finishes\n{}",
                show("go", &want)
            ));
        }
        (false, true) => {
            return fail(format!(
                "real Go runs past {TIMEOUT:?}; goviz finishes\n{}",
                show("goviz", &got)
            ));
        }
        (false, false) => {}
    }
    if same(&got, &want, normalize_run_output) {
        return (Verdict::Agrees, None);
    }
    if same(&got, &want, |s| fold_addresses(&normalize_run_output(s))) || go_varies(&exe, &want) {
        return (Verdict::Varies, None);
    }
    fail(format!(
        "goviz differs from real Go\n{}\n{}",
        show("go", &want),
        show("goviz", &got)
    ))
}

/// The verdict when goviz refuses a program go build accepts: fine only
/// for `not supported yet` of a construct the mutation may have added.
fn refused(got: &Outcome, m: &mutate::Mutant) -> (Verdict, Option<String>) {
    let why = if !got.stderr.contains("not supported yet") {
        "goviz rejects a program go build accepts"
    } else if m.kinds.iter().any(|k| k.may_add_constructs()) {
        return (Verdict::NewConstruct, None);
    } else {
        "goviz refuses a construct its original runs"
    };
    fail(format!("{why}\n{}", show("goviz", got)))
}

/// Whether the Go binary's output varies from run to run (map order,
/// addresses, timing): some of a few more runs differs from `first`.
fn go_varies(exe: &Path, first: &Outcome) -> bool {
    (0..6).any(|_| !same(first, &run_go(exe), normalize_run_output))
}

fn fail(why: String) -> (Verdict, Option<String>) {
    (Verdict::Fails, Some(why))
}

/// How goviz itself crashed, if it did.
fn crash(o: &Outcome) -> Option<String> {
    if o.timed_out {
        return None;
    }
    match o.status {
        None => Some("killed by a signal".into()),
        Some(101) => Some("exit status 101 (a Rust panic)".into()),
        Some(s) if s > 128 => Some(format!("exit status {s}")),
        _ if o.stderr.contains("panicked at") => Some("a Rust panic".into()),
        _ if o.stderr.contains("internal error") => Some("an internal error".into()),
        _ => None,
    }
}

/// Whether goviz stopped before running: exit 1, nothing on stdout, and
/// every stderr line a gc-format `main.go:L:C: ...` error (or gc's
/// `too many errors`).
fn is_compile_error(o: &Outcome) -> bool {
    o.status == Some(1)
        && o.stdout.is_empty()
        && !o.stderr.is_empty()
        && o.stderr.lines().all(|l| {
            l.starts_with("./main.go:")
                || l.starts_with("main.go:")
                || l == "too many errors"
                || l.starts_with('\t')
                || l.starts_with("# ")
        })
}

/// Runs a binary real Go built, as `tests/go/regen.sh` does.
fn run_go(exe: &Path) -> Outcome {
    let mut cmd = Command::new(exe);
    cmd.env("GOMAXPROCS", "1");
    run_command(cmd, TIMEOUT)
}

fn same(a: &Outcome, b: &Outcome, norm: impl Fn(&str) -> String) -> bool {
    a.status == b.status && norm(&a.stdout) == norm(&b.stdout) && norm(&a.stderr) == norm(&b.stderr)
}

/// Every hex number of six digits or more becomes `0x_` (addresses).
fn fold_addresses(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find("0x") {
        out.push_str(&rest[..p + 2]);
        let tail = &rest[p + 2..];
        let n = tail
            .find(|c: char| !c.is_ascii_hexdigit())
            .unwrap_or(tail.len());
        if n >= 6 {
            out.push('_');
        } else {
            out.push_str(&tail[..n]);
        }
        rest = &tail[n..];
    }
    out.push_str(rest);
    out
}

/// An outcome for a report (long streams cut).
fn show(who: &str, o: &Outcome) -> String {
    let cut = |s: &str| -> String {
        let mut t: String = s.chars().take(3000).collect();
        if t.len() < s.len() {
            t.push_str("\n...");
        }
        t
    };
    format!(
        "--- {who}: exit {:?}{}\n--- stdout:\n{}\n--- stderr:\n{}",
        o.status,
        if o.timed_out { " (timed out)" } else { "" },
        cut(&o.stdout),
        cut(&o.stderr)
    )
}
