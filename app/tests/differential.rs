//! Differential testing of the execution core against real Go: random
//! programs of integer, float and boolean expressions over every basic
//! type (wrap-around, narrowing, signed and unsigned division, shifts by
//! large counts, conversions between all numeric types, comparisons) are
//! built with `go build` and run with `goviz run`; the outputs must be
//! identical. Values come from package variables so neither compiler can
//! fold them.
//!
//! A second generator writes goroutine programs: goroutines and main
//! running random scripts of channel operations (unbuffered and buffered
//! sends and receives, two-value receives, non-blocking selects, selects
//! with a nil-channel case, len/cap, close, range, nested `go`), whose
//! order of events is fixed by Go's one-P scheduler (both run with
//! GOMAXPROCS=1), including deadlock and panic reports (their file:line
//! lines, which carry paths and code offsets, are left out).
//!
//! Env: `GOVIZ_DIFF_PROGRAMS=N` (default 3) programs of each kind,
//! `GOVIZ_DIFF_SEED=S` (default fixed), `GOVIZ_DIFF_EXPRS=N` expressions
//! per program (default 300). A failing program is kept and its path
//! printed.

mod common;

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::{Rng, env_num, go_build, goroot, run_goviz};

const INTS: &[&str] = &[
    "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64",
    "uintptr",
];
const FLOATS: &[&str] = &["float64", "float32"];

/// Interesting values for a type (as Go literals that fit it).
fn values(t: &str) -> &'static [&'static str] {
    match t {
        "int8" => &["0", "1", "-1", "127", "-128", "100", "-3", "7"],
        "uint8" => &["0", "1", "255", "128", "200", "3", "7"],
        "int16" => &["0", "1", "-1", "32767", "-32768", "300", "-7"],
        "uint16" => &["0", "1", "65535", "40000", "3", "300"],
        "int32" => &["0", "1", "-1", "2147483647", "-2147483648", "65537", "-9"],
        "uint32" => &["0", "1", "4294967295", "3000000000", "5", "65537"],
        "float64" => &[
            "0",
            "1.5",
            "-2.25",
            "1e300",
            "-1e-300",
            "0.1",
            "3",
            "123456.789",
        ],
        "float32" => &[
            "0", "1.5", "-2.25", "3.4e38", "1e-30", "0.1", "3", "16777217",
        ],
        _ => &[
            "0",
            "1",
            "-1",
            "9223372036854775807",
            "-9223372036854775808",
            "4294967296",
            "-12345",
            "7",
        ],
    }
}

fn unsigned(t: &str) -> bool {
    t.starts_with('u')
}

/// A literal of `t` from [`values`] that is valid for it (negative values
/// are skipped for unsigned types).
fn value(r: &mut Rng, t: &str) -> String {
    loop {
        let v = *r.pick(values(t));
        if !(unsigned(t) && v.starts_with('-')) {
            return v.to_string();
        }
    }
}

struct Gen {
    rng: Rng,
    /// Package variables: (name, type).
    vars: Vec<(String, String)>,
}

impl Gen {
    fn var_of(&mut self, t: &str) -> String {
        let names: Vec<&String> = self
            .vars
            .iter()
            .filter(|(_, vt)| vt == t)
            .map(|(n, _)| n)
            .collect();
        (*self.rng.pick(&names)).clone()
    }

    /// An expression of integer type `t`, `depth` levels deep.
    fn int_expr(&mut self, t: &str, depth: u32) -> String {
        if depth == 0 || self.rng.below(4) == 0 {
            return self.var_of(t);
        }
        match self.rng.below(8) {
            0..=2 => {
                let op = *self.rng.pick(&["+", "-", "*", "&", "|", "^", "&^"]);
                let (a, b) = (self.int_expr(t, depth - 1), self.int_expr(t, depth - 1));
                format!("({a} {op} {b})")
            }
            3 => {
                // Never divide by zero: force the divisor odd.
                let op = *self.rng.pick(&["/", "%"]);
                let (a, b) = (self.int_expr(t, depth - 1), self.int_expr(t, depth - 1));
                format!("({a} {op} ({b} | 1))")
            }
            4 => {
                let op = *self.rng.pick(&["<<", ">>"]);
                let count = self.int_expr("uint8", depth - 1);
                let a = self.int_expr(t, depth - 1);
                format!("({a} {op} ({count} % 80))")
            }
            5 => {
                let op = *self.rng.pick(&["-", "^", "+"]);
                format!("({op}{})", self.int_expr(t, depth - 1))
            }
            6 => {
                let from = *self.rng.pick(INTS);
                format!("{t}({})", self.int_expr(from, depth - 1))
            }
            _ => {
                // Float to integer conversions are only defined in range:
                // keep the float small.
                let f = self.float_expr("float64", depth - 1);
                format!("{t}(int8({f} / 1e300))")
            }
        }
    }

    fn float_expr(&mut self, t: &str, depth: u32) -> String {
        if depth == 0 || self.rng.below(4) == 0 {
            return self.var_of(t);
        }
        match self.rng.below(5) {
            0..=2 => {
                let op = *self.rng.pick(&["+", "-", "*", "/"]);
                let (a, b) = (self.float_expr(t, depth - 1), self.float_expr(t, depth - 1));
                format!("({a} {op} {b})")
            }
            3 => format!("(-{})", self.float_expr(t, depth - 1)),
            _ => {
                let from = *self.rng.pick(INTS);
                format!("{t}({})", self.int_expr(from, depth - 1))
            }
        }
    }

    fn bool_expr(&mut self, depth: u32) -> String {
        let t = if self.rng.below(3) == 0 {
            *self.rng.pick(FLOATS)
        } else {
            *self.rng.pick(INTS)
        };
        let op = *self.rng.pick(&["==", "!=", "<", "<=", ">", ">="]);
        let (a, b) = if FLOATS.contains(&t) {
            (self.float_expr(t, depth), self.float_expr(t, depth))
        } else {
            (self.int_expr(t, depth), self.int_expr(t, depth))
        };
        let e = format!("({a} {op} {b})");
        match self.rng.below(4) {
            0 => format!("(!{e} || {})", self.var_of("bool")),
            1 => format!("({e} && {})", self.var_of("bool")),
            _ => e,
        }
    }
}

fn program(seed: u64, exprs: usize) -> String {
    let mut g = Gen {
        rng: Rng(seed | 1),
        vars: Vec::new(),
    };
    let mut src =
        String::from("// Generated by app/tests/differential.rs.\npackage main\n\nvar (\n");
    for t in INTS.iter().chain(FLOATS).chain(&["bool"]) {
        for i in 0..3 {
            let name = format!("v_{t}_{i}");
            let v = if *t == "bool" {
                ["true", "false"][i % 2].to_string()
            } else {
                value(&mut g.rng, t)
            };
            let _ = writeln!(src, "\t{name} {t} = {v}");
            g.vars.push((name, t.to_string()));
        }
    }
    src.push_str(")\n\n");
    // A function over locals: compound assignments, ++/--, a loop and
    // calls with several results exercise frame slots, not globals.
    src.push_str(&locals_function(&mut g));
    src.push_str(&strings_function(&mut g));
    src.push_str("\nfunc main() {\n\tlocals()\n\tstrs()\n");
    for i in 0..exprs {
        let e = match g.rng.below(6) {
            0 => g.bool_expr(3),
            1 => {
                let t = *g.rng.pick(FLOATS);
                g.float_expr(t, 4)
            }
            _ => {
                let t = *g.rng.pick(INTS);
                g.int_expr(t, 4)
            }
        };
        let _ = writeln!(src, "\tprintln({i}, {e})");
    }
    src.push_str("}\n");
    src
}

/// A function `locals` that copies the globals into locals, mutates them
/// with compound assignments inside a loop, and prints them.
fn locals_function(g: &mut Gen) -> String {
    let mut src = String::from(
        "func pair(a, b int64) (int64, int64) { return a ^ b, a &^ b }\n\nfunc locals() {\n",
    );
    let vars = g.vars.clone();
    for (name, _) in &vars {
        let _ = writeln!(src, "\tl{name} := {name}");
    }
    src.push_str("\tfor i := 0; i < 5; i++ {\n");
    for _ in 0..40 {
        let (name, t) = g.rng.pick(&vars).clone();
        let stmt = match t.as_str() {
            "bool" => format!("l{name} = l{name} != {}", g.bool_expr(1)),
            t if FLOATS.contains(&t) => {
                let op = *g.rng.pick(&["+=", "-=", "*=", "/="]);
                format!("l{name} {op} {}", g.float_expr(t, 2))
            }
            t => match g.rng.below(4) {
                0 => format!("l{name}{}", g.rng.pick(&["++", "--"])),
                1 => format!("l{name} <<= {} % 70", g.int_expr("uint8", 1)),
                _ => {
                    let op = *g.rng.pick(&["+=", "-=", "*=", "&=", "|=", "^=", "&^="]);
                    format!("l{name} {op} {}", g.int_expr(t, 2))
                }
            },
        };
        let _ = writeln!(src, "\t\t{stmt}");
    }
    src.push_str("\t}\n\tx, y := pair(int64(lv_int64_0), int64(lv_int_1))\n\tprintln(x, y)\n");
    for (name, _) in &vars {
        let _ = writeln!(src, "\tprintln(\"{name}\", l{name})");
    }
    src.push_str("}\n");
    src
}

/// Words the string operations work on (non-empty, some non-ASCII).
const WORDS: &[&str] = &["go", "viz", "héllo", "世界", "a", "zz", "Go", "x\\ty"];

/// A function `strs` over strings and slices held in package variables
/// (so their arrays are in the heap for Go too and capacities agree):
/// concatenation, comparison, indexing and slicing in range, conversions
/// to []byte and []rune and back, append and copy.
fn strings_function(g: &mut Gen) -> String {
    let mut src = String::from(
        "var ss []string\nvar bs []byte\nvar rs []rune\nvar is []int\n\nfunc strs() {\n",
    );
    for i in 0..3 {
        let w = *g.rng.pick(WORDS);
        let _ = writeln!(src, "\ts{i} := \"{w}\"");
    }
    for k in 0..40 {
        let (a, b) = (g.rng.below(3), g.rng.below(3));
        let stmt = match g.rng.below(9) {
            0 => format!("s{a} = s{a} + s{b}"),
            1 => format!("println(s{a} < s{b}, s{a} == s{b}, s{a} >= s{b}, len(s{a}))"),
            2 => format!(
                "println(s{a}[{k} % len(s{a})], s{a}[{k} % len(s{a}):], s{a}[:len(s{a})/2])"
            ),
            3 => format!(
                "bs = append(bs, s{a}...)\n\tprintln(len(bs), cap(bs), string(bs[len(bs)/3:]))"
            ),
            4 => format!(
                "rs = append(rs, []rune(s{a})...)\n\tprintln(len(rs), cap(rs), string(rs[len(rs)/2:]))"
            ),
            5 => format!("ss = append(ss, s{a}, s{b})\n\tprintln(len(ss), cap(ss), ss[len(ss)-1])"),
            6 => format!(
                "is = append(is, len(s{a})*{k}, {k})\n\tprintln(len(is), cap(is), copy(is[1:], is), is[0])"
            ),
            7 => format!("for i, r := range s{a} {{\n\t\tprint(i, r, \" \")\n\t}}\n\tprintln()"),
            _ => format!(
                "s{a} = string([]byte(s{b})[:len(s{b})/2+1]) + string(rune(0x41 + {k} % 40))"
            ),
        };
        let _ = writeln!(src, "\t{stmt}");
    }
    src.push_str("\tprintln(s0, s1, s2)\n}\n");
    src
}

fn go_output(go: &Path, dir: &Path) -> (String, String, Option<i32>) {
    let exe = go_build(go, dir, "main.go").unwrap_or_else(|e| {
        panic!(
            "go build failed on a generated program ({}):\n{e}",
            dir.display()
        )
    });
    let run = Command::new(&exe)
        .env("GOMAXPROCS", "1")
        .output()
        .expect("running the Go binary");
    (
        String::from_utf8_lossy(&run.stdout).into_owned(),
        String::from_utf8_lossy(&run.stderr).into_owned(),
        run.status.code(),
    )
}

#[test]
fn random_expression_programs_match_go() {
    let exprs = env_num("GOVIZ_DIFF_EXPRS", 300) as usize;
    check_programs("diff", |seed| program(seed, exprs), |s| s.to_string());
}

#[test]
fn random_goroutine_programs_match_go() {
    check_programs("sched", goroutine_program, drop_file_lines);
}

/// Output without traceback file lines (`\t/path/file.go:12 +0x1f`).
fn drop_file_lines(s: &str) -> String {
    s.lines()
        .filter(|l| !l.starts_with('\t'))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Generates `GOVIZ_DIFF_PROGRAMS` programs with `generate` (from a seed)
/// and compares goviz's output with Go's, both through `normalize`.
fn check_programs(kind: &str, generate: impl Fn(u64) -> String, normalize: fn(&str) -> String) {
    let goroot = goroot();
    let go = goroot.join("bin/go");
    let programs = env_num("GOVIZ_DIFF_PROGRAMS", 3);
    let seed = env_num("GOVIZ_DIFF_SEED", 0x9e37_79b9_7f4a_7c15);
    let pid = std::process::id();
    let cache = std::env::temp_dir().join(format!("goviz-{kind}-cache-{pid}"));
    for p in 0..programs {
        let case_seed = seed.wrapping_add(p.wrapping_mul(0x1000_0000_01b3));
        let dir = std::env::temp_dir().join(format!("goviz-{kind}-{pid}-{p}"));
        std::fs::create_dir_all(&dir).expect("temp dir");
        std::fs::write(dir.join("main.go"), generate(case_seed)).expect("write program");
        let (stdout, stderr, status) = go_output(&go, &dir);
        let want = (normalize(&stdout), normalize(&stderr), status);
        let env = [
            ("GOVIZ_GOROOT", goroot.as_path()),
            ("GOVIZ_CACHE", cache.as_path()),
        ];
        let got = run_goviz(&dir, &["run", "main.go"], &env, Duration::from_secs(60));
        let got = (normalize(&got.stdout), normalize(&got.stderr), got.status);
        if got != want {
            let first = want.1.lines().zip(got.1.lines()).find(|(w, g)| w != g);
            panic!(
                "program {} (seed {case_seed:#x}) differs from Go; first differing line:\n  go:    {:?}\n  goviz: {:?}\n(go exit {:?}, goviz exit {:?})",
                dir.join("main.go").display(),
                first.map(|f| f.0),
                first.map(|f| f.1),
                want.2,
                got.2
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
    let _ = std::fs::remove_dir_all(&cache);
}

/// A program of goroutines exchanging values over channels (see the
/// module comment); every event is printed with who saw it.
fn goroutine_program(seed: u64) -> String {
    let mut r = Rng(seed | 1);
    let nchans = 3 + r.below(3);
    let mut src = String::from("package main\n\nfunc main() {\n\tvar nilc chan int\n\t_ = nilc\n");
    for k in 0..nchans {
        let cap = *r.pick(&[0, 0, 1, 2, 3, 4]);
        let _ = writeln!(src, "\tc{k} := make(chan int, {cap})\n\t_ = c{k}");
    }
    let ngo = 3 + r.below(7);
    // main starts every goroutine without blocking, then takes part.
    for id in 1..=ngo {
        src.push_str(&goroutine(&mut r, &format!("g{id}"), nchans, 1));
        for _ in 0..r.below(3) {
            src.push_str(&nonblocking_op(&mut r, "main", nchans, 1));
        }
    }
    for _ in 0..r.below(8) {
        src.push_str(&channel_op(&mut r, "main", nchans, 1));
    }
    src.push_str("\tprintln(\"main exit\")\n}\n");
    src
}

/// `go func() { ... }()` running a script of channel operations.
fn goroutine(r: &mut Rng, who: &str, nchans: usize, depth: usize) -> String {
    let indent = "\t".repeat(depth);
    let mut body = String::new();
    for _ in 0..2 + r.below(5) {
        body.push_str(&channel_op(r, who, nchans, depth + 1));
    }
    format!("{indent}go func() {{\n{body}{indent}}}()\n")
}

/// An operation of `who` that cannot block.
fn nonblocking_op(r: &mut Rng, who: &str, nchans: usize, depth: usize) -> String {
    let pick = *r.pick(&[11, 12, 14, 19]);
    op(r, pick, who, nchans, depth)
}

/// One channel operation of `who`, printing what happened.
fn channel_op(r: &mut Rng, who: &str, nchans: usize, depth: usize) -> String {
    let pick = r.below(20);
    op(r, pick, who, nchans, depth)
}

/// Operation number `pick` (see `channel_op`) of `who`.
fn op(r: &mut Rng, pick: usize, who: &str, nchans: usize, depth: usize) -> String {
    let t = "\t".repeat(depth);
    let k = r.below(nchans);
    let v = r.below(1000);
    match pick {
        0..=4 => format!("{t}c{k} <- {v}\n{t}println(\"{who} sent c{k}\", {v})\n"),
        5..=8 => format!("{t}println(\"{who} recv c{k}\", <-c{k})\n"),
        9 | 10 => format!(
            "{t}if v, ok := <-c{k}; true {{\n{t}\tprintln(\"{who} recv2 c{k}\", v, ok)\n{t}}}\n"
        ),
        11 => format!(
            "{t}select {{\n{t}case v := <-c{k}:\n{t}\tprintln(\"{who} sel c{k}\", v)\n{t}default:\n{t}\tprintln(\"{who} sel default\")\n{t}}}\n"
        ),
        12 => format!(
            "{t}select {{\n{t}case c{k} <- {v}:\n{t}\tprintln(\"{who} selsend c{k}\", {v})\n{t}default:\n{t}\tprintln(\"{who} selsend full\")\n{t}}}\n"
        ),
        13 => format!(
            "{t}select {{\n{t}case v, ok := <-c{k}:\n{t}\tprintln(\"{who} sel2 c{k}\", v, ok)\n{t}case nilc <- 1:\n{t}}}\n"
        ),
        14 => format!("{t}println(\"{who} len c{k}\", len(c{k}), cap(c{k}))\n"),
        15 if r.below(4) == 0 => format!("{t}close(c{k})\n{t}println(\"{who} closed c{k}\")\n"),
        16 => format!(
            "{t}for v := range c{k} {{\n{t}\tprintln(\"{who} range c{k}\", v)\n{t}\tif v%3 != 0 {{\n{t}\t\tbreak\n{t}\t}}\n{t}}}\n"
        ),
        17 if depth < 3 => goroutine(r, &format!("{who}.{v}"), nchans, depth),
        _ => format!("{t}println(\"{who} step\")\n"),
    }
}
