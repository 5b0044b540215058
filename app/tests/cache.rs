//! The cache of checked packages and `goviz check --types`, end to end.
//!
//! - `--types` prints what real Go's go/types prints (the oracle is
//!   `tests/types-oracle/main.go`, built and run with the real `go`), for a
//!   file declaring every kind of object and for standard packages, both
//!   when checked from source and when loaded from the cache;
//! - the whole net/http dependency tree prints the same `--types` checked
//!   from source and loaded from the cache, and the warm run loads every
//!   package;
//! - a program importing cached packages gets gc's errors (compared with
//!   `go build` on the same module) about method sets, promotion,
//!   generic instantiation and constants, and editing the imported
//!   package changes its key (it is checked again, and the errors follow);
//! - damaged entries are rebuilt, never trusted;
//! - processes started together on an empty cache all succeed.
//!
//! Every test uses its own temporary cache directory (GOVIZ_CACHE).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/..");

fn goroot() -> PathBuf {
    match std::env::var_os("GOVIZ_GOROOT").filter(|d| !d.is_empty()) {
        Some(dir) => PathBuf::from(dir),
        None => match goviz_compiler::goroot::Goroot::find(None) {
            Ok(g) => g.dir,
            Err(e) => panic!("{e}"),
        },
    }
}

/// A fresh directory under the system's temp dir, removed when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        // Tests run on parallel threads: each directory is its own.
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let dir =
            std::env::temp_dir().join(format!("goviz-cache-{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn goviz(cache: &Path, cwd: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_goviz"))
        .args(args)
        .current_dir(cwd)
        .env("GOVIZ_GOROOT", goroot())
        .env("GOVIZ_CACHE", cache)
        .output()
        .expect("running goviz")
}

/// The real `go` with a fixed build context and a build cache of its own.
fn go(cwd: &Path, args: &[&str], modules: bool) -> Output {
    Command::new(goroot().join("bin/go"))
        .args(args)
        .current_dir(cwd)
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .env("CGO_ENABLED", "0")
        .env("GOFLAGS", "")
        .env("GOTOOLCHAIN", "local")
        .env("GOWORK", "off")
        .env("GO111MODULE", if modules { "on" } else { "off" })
        .env("GOCACHE", Path::new(ROOT).join("target/oracle-gocache"))
        .output()
        .expect("running go")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The `cache: ...` line of `--cache-stats`: (loaded, stored, not stored).
fn stats(out: &Output) -> (usize, usize, usize) {
    let err = text(&out.stderr);
    let line = err
        .lines()
        .find(|l| l.starts_with("cache: "))
        .unwrap_or_else(|| panic!("no cache stats in {err}"));
    let n: Vec<usize> = line
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    (n[0], n[1], n[2])
}

/// Output without the stats line.
fn without_stats(s: &[u8]) -> String {
    text(s)
        .lines()
        .filter(|l| !l.starts_with("cache: "))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// `go build` of the oracle (once per test process).
fn oracle() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            let exe = Path::new(ROOT).join("target/types-oracle");
            let dir = Path::new(ROOT).join("tests/types-oracle");
            let exe_s = exe.to_str().unwrap();
            let out = go(&dir, &["build", "-o", exe_s, "main.go"], false);
            assert!(
                out.status.success(),
                "building the oracle: {}",
                text(&out.stderr)
            );
            exe
        })
        .clone()
}

fn oracle_types(cwd: &Path, args: &[&str]) -> String {
    let out = Command::new(oracle())
        .args(args)
        .current_dir(cwd)
        .env("GOROOT", goroot())
        .env("GOOS", "linux")
        .env("GOARCH", "amd64")
        .env("CGO_ENABLED", "0")
        .env("GO111MODULE", "off")
        .output()
        .expect("running the oracle");
    assert!(
        out.status.success(),
        "oracle {args:?}: {}",
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// Fails with the first differing line (outputs run to thousands of lines).
fn assert_same_text(got: &str, want: &str, what: &str) {
    if got == want {
        return;
    }
    let (g, w): (Vec<&str>, Vec<&str>) = (got.lines().collect(), want.lines().collect());
    let i = g
        .iter()
        .zip(&w)
        .position(|(a, b)| a != b)
        .unwrap_or(g.len().min(w.len()));
    panic!(
        "{what}: line {} differs ({} lines, want {})\n  got:  {:?}\n  want: {:?}",
        i + 1,
        g.len(),
        w.len(),
        g.get(i),
        w.get(i)
    );
}

/// `goviz check --types` cold (no cache), filling an empty cache, and
/// warm must all print `want`; the warm run must load every package.
fn assert_types_cold_and_warm(cwd: &Path, args: &[&str], want: &str) {
    let cache = TempDir::new("types");
    let run = |extra: &[&str]| {
        let mut a = vec!["check", "--types", "--cache-stats"];
        a.extend_from_slice(extra);
        a.extend_from_slice(args);
        goviz(&cache.0, cwd, &a)
    };
    for (what, out) in [("cold", run(&["--no-cache"])), ("filling", run(&[]))] {
        assert!(
            out.status.success(),
            "{what} {args:?}: {}",
            text(&out.stderr)
        );
        assert_same_text(&text(&out.stdout), want, &format!("{what} run of {args:?}"));
    }
    let warm = run(&[]);
    assert_same_text(&text(&warm.stdout), want, &format!("warm run of {args:?}"));
    let (loaded, stored, not_stored) = stats(&warm);
    assert!(
        loaded > 0 && stored == 0 && not_stored == 0,
        "warm run of {args:?}: {}",
        text(&warm.stderr)
    );
}

#[test]
fn types_match_go_types_for_every_kind_of_declaration() {
    let dir = Path::new(ROOT).join("tests/types-oracle/testdata");
    let want = oracle_types(&dir, &["decls.go"]);
    assert!(
        want.lines().count() > 40,
        "oracle printed too little:\n{want}"
    );
    assert_types_cold_and_warm(&dir, &["decls.go"], &want);
}

#[test]
fn types_match_go_types_for_standard_packages() {
    for pkg in [
        "strings",
        "container/list",
        "slices",
        "sync/atomic",
        "time",
        "math/big",
        "reflect",
        "go/ast",
        "net/http",
    ] {
        let want = oracle_types(Path::new(ROOT), &[pkg]);
        // The oracle reads Go's own runtime packages: so does goviz here.
        assert_types_cold_and_warm(Path::new(ROOT), &["--no-overlay", pkg], &want);
    }
}

fn net_http_deps() -> Vec<String> {
    let out = go(Path::new(ROOT), &["list", "-deps", "net/http"], false);
    assert!(out.status.success(), "go list: {}", text(&out.stderr));
    text(&out.stdout).lines().map(str::to_string).collect()
}

#[test]
fn net_http_tree_round_trips_through_the_cache() {
    let deps = net_http_deps();
    let args: Vec<&str> = deps.iter().map(String::as_str).collect();
    let cache = TempDir::new("roundtrip");
    let cold = goviz(
        &cache.0,
        Path::new(ROOT),
        &[&["check", "--types", "--no-cache"], &args[..]].concat(),
    );
    assert!(cold.status.success(), "{}", text(&cold.stderr));
    let want = text(&cold.stdout);
    assert!(want.lines().count() > 10_000, "too little output");
    assert_types_cold_and_warm(Path::new(ROOT), &args, &want);
}

#[test]
fn damaged_entries_are_rebuilt_never_trusted() {
    let cache = TempDir::new("damage");
    let root = Path::new(ROOT);
    let check = || {
        goviz(
            &cache.0,
            root,
            &["check", "--types", "--cache-stats", "fmt"],
        )
    };
    let first = check();
    assert!(first.status.success(), "{}", text(&first.stderr));
    let entries = entry_files(&cache.0);
    assert!(entries.len() > 10, "too few entries: {}", entries.len());
    // Damage each entry a different way: cut short, bit flipped in the
    // payload or header, emptied, replaced by another entry's bytes.
    let other = std::fs::read(&entries[0]).unwrap();
    for (i, e) in entries.iter().enumerate() {
        let mut data = std::fs::read(e).unwrap();
        match i % 5 {
            0 => data.truncate(data.len() / 2),
            1 => *data.last_mut().unwrap() ^= 0x20,
            2 => data[20] ^= 1,
            3 => data.clear(),
            _ => data = other.clone(),
        }
        std::fs::write(e, data).unwrap();
    }
    let again = check();
    assert!(again.status.success(), "{}", text(&again.stderr));
    assert_eq!(text(&again.stdout), text(&first.stdout));
    assert_eq!(
        stats(&again),
        (0, entries.len(), 0),
        "every damaged entry rebuilt"
    );
    let warm = check();
    assert_eq!(text(&warm.stdout), text(&first.stdout));
    assert_eq!(stats(&warm), (entries.len(), 0, 0), "rebuilt entries load");

    let clean = goviz(&cache.0, root, &["clean-cache"]);
    assert!(clean.status.success(), "{}", text(&clean.stderr));
    assert!(!cache.0.exists(), "clean-cache removes the directory");
}

fn entry_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for sub in std::fs::read_dir(dir).unwrap() {
        let sub = sub.unwrap().path();
        if sub.is_dir() {
            out.extend(std::fs::read_dir(&sub).unwrap().map(|e| e.unwrap().path()));
        }
    }
    out.sort();
    out
}

#[test]
fn parallel_runs_on_an_empty_cache_all_succeed() {
    let cache = TempDir::new("parallel");
    let root = Path::new(ROOT);
    let children: Vec<_> = (0..4)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_goviz"))
                .args(["check", "--types", "net/http"])
                .current_dir(root)
                .env("GOVIZ_GOROOT", goroot())
                .env("GOVIZ_CACHE", &cache.0)
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .expect("running goviz")
        })
        .collect();
    let outs: Vec<Output> = children
        .into_iter()
        .map(|c| c.wait_with_output().unwrap())
        .collect();
    for o in &outs {
        assert!(o.status.success(), "{}", text(&o.stderr));
        assert_eq!(o.stdout, outs[0].stdout);
    }
    let leftovers: Vec<_> = entry_files(&cache.0)
        .into_iter()
        .filter(|p| p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "temporary files left: {leftovers:?}");
    let warm = goviz(
        &cache.0,
        root,
        &["check", "--types", "--cache-stats", "net/http"],
    );
    assert_eq!(warm.stdout, outs[0].stdout);
    let (loaded, stored, not_stored) = stats(&warm);
    assert!(
        loaded > 100 && stored == 0 && not_stored == 0,
        "{}",
        text(&warm.stderr)
    );
}

const PKG_A: &str = r#"package a

const Big = 1 << 40
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459

type Kind int

const (
	K0 Kind = iota
	K1
)

type T struct {
	x int
	Y string
}

func (t *T) M()     {}
func (t T) V() int { return t.x }

type Inner struct{}

func (Inner) Hello() string { return "" }

type Outer struct {
	Inner
	*T
}

type Other struct{}

func (Other) Hello() string { return "" }

type Both struct {
	Inner
	Other
}

type Number interface{ ~int | ~float64 }

type List[E any] struct {
	items []E
	next  *List[E]
}

func (l *List[E]) Push(e E)     { l.items = append(l.items, e) }
func (l *List[E]) Get(i int) E  { return l.items[i] }
func Sum[N Number](xs ...N) (s N) { return }
func Map[E, F any](xs []E, f func(E) F) []F { return nil }

type Pair[K comparable, V any] struct {
	K K
	V V
}

type Alias = List[int]
"#;

const MAIN: &str = r#"package main

import (
	"example.com/m/a"
	"example.com/m/b"
)

type I interface{ M() }

func main() {
	var t a.T
	var _ I = t
	var o a.Outer
	_ = o.Hello()
	o.M()
	var b a.Both
	_ = b.Hello()
	_ = t.x
	var l a.List[int]
	l.Push("s")
	var s string = l.Get(0)
	_ = a.Sum(1.5, 2.5)
	_ = a.Sum("x")
	var i8 int8 = a.Big
	var k a.Kind = a.K1 + 1
	_ = a.Map([]int{1}, func(x int) string { return "" })
	var p a.Pair[[]int, int]
	var al a.Alias = a.List[string]{}
	var f32 float32 = a.Pi
	var small int8 = b.Small
	_, _, _, _, _, _, _ = s, i8, k, p, al, f32, small
}
"#;

/// Imports `a` without errors: its key must follow `a`'s.
const PKG_B: &str = r#"package b

import "example.com/m/a"

const Small = a.Big >> 2

func First() a.Kind { return a.K1 }
"#;

fn write(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// goviz's errors for the module in `dir` must be `go build`'s, from
/// source and with the imports from the cache.
fn assert_errors_like_go_build(dir: &Path, cache: &Path) -> (usize, usize, usize) {
    let want = go(dir, &["build", "-o", "/dev/null", "."], true);
    assert!(!want.status.success(), "the program should not compile");
    let want = text(&want.stderr);
    let mut last = None;
    for run in ["first", "second"] {
        let got = goviz(cache, dir, &["check", "--cache-stats", "."]);
        assert_eq!(got.status.code(), Some(1), "{run} run");
        assert_eq!(without_stats(&got.stderr), want, "{run} run");
        last = Some(stats(&got));
    }
    last.unwrap()
}

#[test]
fn imports_from_the_cache_give_gc_errors_and_edits_change_keys() {
    let module = TempDir::new("module");
    let cache = TempDir::new("module-cache");
    write(&module.0, "go.mod", "module example.com/m\n\ngo 1.27\n");
    write(&module.0, "a/a.go", PKG_A);
    write(&module.0, "b/b.go", PKG_B);
    write(&module.0, "main.go", MAIN);
    let (loaded, stored, not_stored) = assert_errors_like_go_build(&module.0, &cache.0);
    assert!(
        loaded > 10 && stored == 0 && not_stored == 1,
        "second run loads a and its imports"
    );

    // Editing `a` changes its key and so `b`'s: both are checked again
    // (and stored), and the errors follow the new constants.
    write(&module.0, "a/a.go", &PKG_A.replace("1 << 40", "1 << 4"));
    let edited = goviz(&cache.0, &module.0, &["check", "--cache-stats", "."]);
    let (_, stored, _) = stats(&edited);
    assert_eq!(
        stored, 2,
        "the edited package and its importer are checked and stored"
    );
    let (_, stored, _) = assert_errors_like_go_build(&module.0, &cache.0);
    assert_eq!(stored, 0);
}
