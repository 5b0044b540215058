//! Conformance of the type checker against Go's own checker test data,
//! `$GOROOT/src/internal/types/testdata/{check,spec,examples,fixedbugs}`,
//! read the way gc's harness (`cmd/compile/internal/types2/check_test.go`,
//! with `syntax.CommentMap`) reads it:
//!
//! - Packages: every plain file of a directory is a package of its own;
//!   every subdirectory (e.g. `check/decls2`) is one package made of all its
//!   files; entries in name order. A file whose build constraint (the first
//!   `//go:build` / `// +build` line before `package`) is false for the tags
//!   go1.1..go1.N, `linux`, `amd64` is left out, as is a package left with
//!   no files.
//! - Flags: the first line of a package's first file, if it is `//`
//!   followed by `-flags` (`-lang=go1.N`, `-fakeImportC`, `-goexperiment`),
//!   is read as gc's harness reads it. `-lang` is the package's language
//!   version (`PkgFiles::lang`; none given: every feature allowed, as in
//!   gc's harness). The others cannot be applied (the checker has no fake
//!   `import "C"`); the summary counts the packages with each of them.
//! - Expected errors: comments whose text (markers stripped) starts with
//!   ` ERROR ` (the quoted pattern is a substring of the message) or
//!   ` ERRORx ` (a regular expression matching it). An expectation sits at
//!   the token *before* the comment (auto-inserted semicolons skipped),
//!   keyed by that token's line.
//! - Reported errors: the parser's errors (all files, in order), then the
//!   checker's, in the order reported, with no error cap. Each one, in
//!   turn, consumes among the expectations of its file and line the one
//!   whose pattern matches and whose column is nearest; it is *matched* if
//!   that column is within the directory's tolerance (check 50, spec 20,
//!   examples 125, fixedbugs 100, gc's `colDelta`), else it still consumes
//!   the expectation, which then counts as missed (a "column miss"). A
//!   reported error no pattern accepts is *unexpected*. Expectations left
//!   over are *missed*.
//! - Score = matched / (expected + unexpected).
//!
//! Imports of the test data (`fmt`, `io`, `unsafe`, ...) are the standard
//! packages, loaded with the loader and checked once per worker into that
//! worker's `World`; every test package is checked against it.
//!
//! Workers are processes (this test executable, running `worker_process`
//! with GOVIZ_TESTDATA_WORKER set), so that no checker bug can take the
//! test down: a panic is caught (`catch_unwind`) in the worker, which then
//! starts a fresh `World`; a stack overflow or abort ends the worker and is
//! reported as a crash; a package check over 10 s is a timeout (the worker
//! is killed). Then a new worker takes over the remaining packages.
//!
//! Deviations from gc's harness, forced by the public API:
//! - gc's harness predeclares the test built-ins `assert` and `trace` for
//!   these tests; goviz's checker has none, so the checker's
//!   `undefined: assert` / `undefined: trace` errors are set aside (counted
//!   and printed as `testfuncs`, neither matched nor unexpected).
//! - A checker panic, crash or timeout counts all the package's
//!   expectations as missed (and is listed: these are bugs).
//! - goviz's checker also does what gc does after types2 (its noder): in
//!   a package with no other error it reports anonymous interface cycles,
//!   which types2's harness never sees (`check/cycles1.go`: unexpected).
//!
//! Env: `GOVIZ_TESTDATA_VERBOSE=1` prints every mismatch;
//! `GOVIZ_TESTDATA_ONLY=text` checks only packages whose name contains
//! `text` (and does not assert the floor).

mod common;

use std::collections::{BTreeMap, HashMap};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use goviz_compiler::loader::build::parse_plus_build;
use goviz_compiler::loader::{Loader, Program};
use goviz_compiler::syntax::ast::Decl;
use goviz_compiler::syntax::constraint::Constraint;
use goviz_compiler::syntax::scanner::Scanner;
use goviz_compiler::syntax::token::{SemiKind, Token};
use goviz_compiler::syntax::{self, LineTable, Pos};
use goviz_compiler::types::check::unquote_import;
use goviz_compiler::types::object::PkgId;
use goviz_compiler::types::program::check_program;
use goviz_compiler::types::universe::Predeclared;
use goviz_compiler::types::{Checker, GoVersion, PkgFiles, World, parse_go_version};

/// The score must not fall below this. It is the score when last raised,
/// rounded down to a multiple of 5%. The floor only goes up: raise it when
/// the checker improves, never lower it to make a regression pass.
const SCORE_FLOOR: f64 = 0.90;

/// The test data directories and gc's column tolerance for each.
const DIRS: [(&str, u32); 4] = [
    ("check", 50),
    ("spec", 20),
    ("examples", 125),
    ("fixedbugs", 100),
];

/// A package check taking longer than this is a hang (a bug).
const TIME_LIMIT: Duration = Duration::from_secs(10);

// ----------------------------------------------------------------------
// Reading the test data

/// One package of test data.
struct PkgSpec {
    /// Index into DIRS.
    dir: usize,
    /// `check/decls2` or `fixedbugs/issue12345.go`.
    name: String,
    /// (file name as given to the parser, source), build-constraint
    /// filtered.
    files: Vec<(String, Vec<u8>)>,
    /// The flags seen that cannot be emulated through the checker's API.
    other_flags: Vec<String>,
    /// `-lang`: the package's language version.
    lang: Option<GoVersion>,
    /// The flags line could not be read (gc's harness fails the package).
    flag_error: Option<String>,
}

/// An expected error: the position of the token before the comment, and
/// the comment text (markers stripped).
#[derive(Clone, Debug)]
struct Expect {
    line: u32,
    col: u32,
    text: String,
}

/// `syntax.CommentMap(src, "^ ERRORx? ")`: the matching comments with the
/// position of the token preceding each (line 0 if none).
fn comment_map(src: &[u8]) -> Vec<Expect> {
    let lines = LineTable::new(src);
    // Token spans, without auto-inserted semicolons. A token's end only
    // matters for finding comments after it: names and literals may hold
    // `//` or `/*`, no other token does beyond its first byte.
    let mut toks: Vec<(usize, usize)> = Vec::new();
    let mut s = Scanner::new(src);
    loop {
        s.next();
        match s.tok {
            Token::Eof => break,
            Token::Semi if s.semi != SemiKind::Semicolon => continue,
            Token::Name | Token::Literal => {
                let start = s.pos.offset();
                toks.push((start, start + s.lit().len()));
            }
            _ => {
                let start = s.pos.offset();
                toks.push((start, start + 1));
            }
        }
    }
    let mut out = Vec::new();
    let mut gap_start = 0;
    let mut prev: Option<usize> = None;
    for i in 0..=toks.len() {
        let gap_end = toks.get(i).map_or(src.len(), |t| t.0);
        for text in comments_in(&src[gap_start.min(gap_end)..gap_end]) {
            if text.starts_with(" ERROR ") || text.starts_with(" ERRORx ") {
                let (line, col) = match prev {
                    Some(p) => {
                        let lc = lines.line_col(Pos(p as u32));
                        (lc.line, lc.col)
                    }
                    None => (0, 0),
                };
                out.push(Expect { line, col, text });
            }
        }
        if let Some(&(start, end)) = toks.get(i) {
            prev = Some(start);
            gap_start = end;
        }
    }
    out
}

/// The texts (markers stripped) of the comments in a stretch of source
/// holding only white space and comments. An unterminated `/*` comment is
/// not a comment (gc's scanner reports an error instead).
fn comments_in(gap: &[u8]) -> Vec<String> {
    let mut out = Vec::new();
    let mut i = 0;
    while i + 1 < gap.len() {
        if gap[i] == b'/' && gap[i + 1] == b'/' {
            let end = gap[i..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(gap.len(), |n| i + n);
            out.push(String::from_utf8_lossy(&gap[i + 2..end]).into_owned());
            i = end;
        } else if gap[i] == b'/' && gap[i + 1] == b'*' {
            let Some(n) = gap[i + 2..].windows(2).position(|w| w == b"*/") else {
                break;
            };
            out.push(String::from_utf8_lossy(&gap[i + 2..i + 2 + n]).into_owned());
            i = i + 2 + n + 2;
        } else {
            i += 1;
        }
    }
    out
}

/// The pattern of an expectation, as gc's harness reads it.
enum Pattern {
    Substr(String),
    Regex(regex::Regex),
    /// Not a quoted string, or not a valid regexp: matches nothing.
    Invalid(String),
}

impl Pattern {
    fn new(text: &str) -> Pattern {
        let (rest, rx) = match text.strip_prefix(" ERROR ") {
            Some(r) => (r, false),
            None => (text.strip_prefix(" ERRORx ").expect("filtered"), true),
        };
        let Some(s) = go_unquote(rest.trim()) else {
            return Pattern::Invalid(format!("cannot unquote {rest}"));
        };
        if !rx {
            return Pattern::Substr(s);
        }
        match regex::Regex::new(&go_regexp(&s)) {
            Ok(r) => Pattern::Regex(r),
            Err(e) => Pattern::Invalid(format!("regexp {s}: {e}")),
        }
    }

    fn matches(&self, msg: &str) -> bool {
        match self {
            Pattern::Substr(s) => msg.contains(s.as_str()),
            Pattern::Regex(r) => r.is_match(msg),
            Pattern::Invalid(_) => false,
        }
    }
}

/// A Go (RE2) regexp in the `regex` crate's syntax: a `{` that does not
/// start a repetition `{n}`, `{n,}`, `{n,m}` is a literal in Go (as in
/// `struct{}`), an error in `regex`.
fn go_regexp(p: &str) -> String {
    let b = p.as_bytes();
    let mut out = String::with_capacity(p.len() + 8);
    let mut i = 0;
    let mut in_class = false;
    while i < b.len() {
        let c = b[i];
        if c == b'\\' && i + 1 < b.len() {
            let w = p[i + 1..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&p[i..i + 1 + w]);
            i += 1 + w;
            continue;
        }
        if in_class {
            if c == b']' {
                in_class = false;
            }
        } else if c == b'[' {
            in_class = true;
            out.push('[');
            i += 1;
            // A leading `]` (after an optional `^`) is a member.
            if b.get(i) == Some(&b'^') {
                out.push('^');
                i += 1;
            }
            if b.get(i) == Some(&b']') {
                out.push_str("\\]");
                i += 1;
            }
            continue;
        } else if c == b'{' {
            let rest = &p[i + 1..];
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let mut j = digits;
            if digits > 0 && rest.as_bytes().get(j) == Some(&b',') {
                j += 1;
                j += rest[j..].bytes().take_while(u8::is_ascii_digit).count();
            }
            if digits > 0 && rest.as_bytes().get(j) == Some(&b'}') {
                out.push_str(&p[i..i + j + 2]);
                i += j + 2;
            } else {
                out.push_str("\\{");
                i += 1;
            }
            continue;
        } else if c == b'}' {
            out.push_str("\\}");
            i += 1;
            continue;
        }
        let w = p[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&p[i..i + w]);
        i += w;
    }
    out
}

/// `strconv.Unquote`: a Go string literal ("...", `...` or '...') to its
/// value; None if it is not exactly one valid literal.
fn go_unquote(s: &str) -> Option<String> {
    let b = s.as_bytes();
    if b.len() < 2 || b[0] != b[b.len() - 1] {
        return None;
    }
    let q = b[0];
    let body = &s[1..s.len() - 1];
    match q {
        b'`' => (!body.contains('`')).then(|| body.replace('\r', "")),
        b'"' | b'\'' => {
            if body.contains('\n') {
                return None;
            }
            let mut out = String::new();
            let mut buf: Vec<u8> = Vec::new(); // bytes from \x and octal escapes
            let mut chars = body.char_indices().peekable();
            let mut count = 0;
            let flush = |buf: &mut Vec<u8>, out: &mut String| -> bool {
                if buf.is_empty() {
                    return true;
                }
                let r = match std::str::from_utf8(buf) {
                    Ok(t) => {
                        out.push_str(t);
                        true
                    }
                    // Go strings may hold any bytes; Rust ones may not.
                    Err(_) => {
                        out.push_str(&String::from_utf8_lossy(buf));
                        true
                    }
                };
                buf.clear();
                r
            };
            while let Some((_, c)) = chars.next() {
                count += 1;
                if c == q as char {
                    return None;
                }
                if c != '\\' {
                    flush(&mut buf, &mut out);
                    out.push(c);
                    continue;
                }
                let (_, e) = chars.next()?;
                let simple = match e {
                    'a' => Some('\x07'),
                    'b' => Some('\x08'),
                    'f' => Some('\x0c'),
                    'n' => Some('\n'),
                    'r' => Some('\r'),
                    't' => Some('\t'),
                    'v' => Some('\x0b'),
                    '\\' => Some('\\'),
                    '\'' if q == b'\'' => Some('\''),
                    '"' if q == b'"' => Some('"'),
                    _ => None,
                };
                if let Some(c) = simple {
                    flush(&mut buf, &mut out);
                    out.push(c);
                    continue;
                }
                let mut take = |n: usize, radix: u32| -> Option<u32> {
                    let mut v = 0u32;
                    for _ in 0..n {
                        let (_, d) = chars.next()?;
                        v = v * radix + d.to_digit(radix)?;
                    }
                    Some(v)
                };
                match e {
                    'x' => buf.push(take(2, 16)? as u8),
                    '0'..='7' => {
                        let v = e.to_digit(8)? * 64 + take(2, 8)?;
                        if v > 255 {
                            return None;
                        }
                        buf.push(v as u8);
                    }
                    'u' => {
                        flush(&mut buf, &mut out);
                        out.push(char::from_u32(take(4, 16)?)?);
                    }
                    'U' => {
                        flush(&mut buf, &mut out);
                        out.push(char::from_u32(take(8, 16)?)?);
                    }
                    _ => return None,
                }
            }
            flush(&mut buf, &mut out);
            if q == b'\'' && count != 1 && out.chars().count() != 1 {
                return None;
            }
            Some(out)
        }
        _ => None,
    }
}

/// gc's `parseFlags`: the flags on the first line of `src`, if it is a
/// line comment starting with `-`. Err if that line is too long.
fn parse_flags(src: &[u8]) -> Result<Vec<String>, String> {
    let Some(rest) = src.strip_prefix(b"//") else {
        return Ok(Vec::new());
    };
    match rest.iter().position(|&b| b == b'-') {
        Some(i) if rest[..i].iter().all(|b| b.is_ascii_whitespace()) => {}
        _ => return Ok(Vec::new()),
    }
    let end = rest.iter().position(|&b| b == b'\n');
    match end {
        Some(end) if end <= 256 => Ok(String::from_utf8_lossy(&rest[..end])
            .split_whitespace()
            .map(str::to_string)
            .collect()),
        _ => Err("flags comment line too long".into()),
    }
}

/// gc's `shouldTest`: the first build constraint line before `package`
/// decides, with the tags go1.1..go1.N, linux and amd64.
fn should_test(src: &[u8], release_tags: &[String]) -> bool {
    let text = String::from_utf8_lossy(src);
    let mut has =
        |tag: &str| release_tags.iter().any(|t| t == tag) || tag == "linux" || tag == "amd64";
    for line in text.split('\n') {
        if line.starts_with("package ") {
            break;
        }
        if let Some(rest) = line.strip_prefix("//go:build") {
            if let Ok(c) = Constraint::parse(rest.trim_end()) {
                return c.eval(&mut has);
            }
        } else if line.starts_with("//")
            && line[2..].trim_start().starts_with("+build")
            && let Some(c) = parse_plus_build(line)
        {
            return c.eval(&mut has);
        }
    }
    true
}

fn sorted_entries(dir: &Path) -> Vec<std::fs::DirEntry> {
    let mut v: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.unwrap_or_else(|e| panic!("reading {}: {e}", dir.display())))
        .collect();
    v.sort_by_key(|e| e.file_name());
    v
}

/// Every package of the test data, and how many files were left out by
/// build constraints.
fn read_packages(root: &Path, release_tags: &[String]) -> (Vec<PkgSpec>, usize) {
    let mut pkgs = Vec::new();
    let mut skipped = 0;
    for (di, &(dir, _)) in DIRS.iter().enumerate() {
        for entry in sorted_entries(&root.join(dir)) {
            let rel = format!("{dir}/{}", entry.file_name().to_string_lossy());
            let paths: Vec<String> = if entry.path().is_dir() {
                sorted_entries(&entry.path())
                    .iter()
                    .map(|e| format!("{rel}/{}", e.file_name().to_string_lossy()))
                    .collect()
            } else {
                vec![rel.clone()]
            };
            let mut files = Vec::new();
            for p in paths {
                let src =
                    std::fs::read(root.join(&p)).unwrap_or_else(|e| panic!("cannot read {p}: {e}"));
                if should_test(&src, release_tags) {
                    files.push((p, src));
                } else {
                    skipped += 1;
                }
            }
            if files.is_empty() {
                continue;
            }
            let mut other_flags = Vec::new();
            let mut flag_error = None;
            let mut lang = None;
            match parse_flags(&files[0].1) {
                Ok(flags) => {
                    let mut it = flags.into_iter();
                    while let Some(f) = it.next() {
                        if !f.starts_with('-') || f == "--" {
                            break; // flag.Parse stops at the first non-flag
                        }
                        let name = f.trim_start_matches('-');
                        let (name, value) = match name.split_once('=') {
                            Some((n, v)) => (n.to_string(), Some(v.to_string())),
                            None => (name.to_string(), None),
                        };
                        match name.as_str() {
                            "lang" => {
                                let v = value.or_else(|| it.next()).unwrap_or_default();
                                lang = parse_go_version(&v);
                            }
                            "fakeImportC" => other_flags.push(f.clone()),
                            "goexperiment" => {
                                let v = value.or_else(|| it.next()).unwrap_or_default();
                                other_flags.push(format!("-goexperiment={v}"));
                            }
                            _ => flag_error = Some(format!("unknown flag {f}")),
                        }
                    }
                }
                Err(e) => flag_error = Some(e),
            }
            pkgs.push(PkgSpec {
                dir: di,
                name: rel,
                files,
                other_flags,
                flag_error,
                lang,
            });
        }
    }
    (pkgs, skipped)
}

// ----------------------------------------------------------------------
// Checking, on worker threads

/// An error the parser or checker reported.
#[derive(Clone, Debug)]
struct Reported {
    file: String,
    line: u32,
    col: u32,
    msg: String,
}

enum Outcome {
    Checked(Vec<Reported>),
    /// A file without a usable package clause (gc's harness fails the
    /// package).
    ParseFatal(String),
    Panic(String),
    /// The worker process died (stack overflow, abort): its last words.
    Crash(String),
    Timeout,
}

/// A worker's checked standard library.
struct StdWorld {
    world: World,
    pre: Predeclared,
    ids: HashMap<String, PkgId>,
}

fn std_world(program: &Program) -> StdWorld {
    let checked = check_program(program);
    let mut ids: HashMap<String, PkgId> = checked
        .packages
        .iter()
        .map(|p| (p.path.clone(), p.id))
        .collect();
    ids.insert("unsafe".into(), checked.pre.unsafe_pkg);
    StdWorld {
        world: checked.world,
        pre: checked.pre,
        ids,
    }
}

fn check_one(sw: &mut StdWorld, spec: &PkgSpec) -> Outcome {
    let mut reported = Vec::new();
    let mut asts = Vec::new();
    for (name, src) in &spec.files {
        let parsed = syntax::parse_file(name, src);
        for e in &parsed.errors {
            let lc = parsed.lines.line_col(e.pos);
            reported.push(Reported {
                file: name.clone(),
                line: lc.line,
                col: lc.col,
                msg: e.msg.clone(),
            });
        }
        match parsed.file {
            Some(f) => asts.push(f),
            None => return Outcome::ParseFatal(name.clone()),
        }
    }
    let mut imports = HashMap::new();
    for f in &asts {
        for d in &f.decls {
            if let Decl::Import(d) = d
                && let Some(lit) = &d.path
            {
                let path = unquote_import(&lit.value);
                if let Some(&id) = sw.ids.get(&path) {
                    imports.insert(path, id);
                }
            }
        }
    }
    let refs: Vec<&syntax::File> = asts.iter().collect();
    let pkg_path = refs[0].pkg_name.value.to_string();
    let (id, errors, _) = Checker::check_package(
        &mut sw.world,
        sw.pre,
        PkgFiles {
            path: &pkg_path,
            files: &refs,
            imports: &imports,
            lang: spec.lang,
        },
    );
    // Test packages are never imported; keep them out of the name-clash
    // check that decides how other packages' types are qualified.
    sw.world.pkgs[id.0 as usize].complete = false;
    for e in errors {
        let (file, line, col) = sw.world.position(e.pos).unwrap_or_default();
        reported.push(Reported {
            file,
            line,
            col,
            msg: e.msg,
        });
    }
    Outcome::Checked(reported)
}

thread_local! {
    static LAST_PANIC: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

const WORKER_THREAD: &str = "types-testdata-worker";
/// Set in a worker process's environment.
const WORKER_ENV: &str = "GOVIZ_TESTDATA_WORKER";
/// Starts every protocol line a worker process writes to its stdout (the
/// test harness writes there too).
const MARK: &str = "\u{1}gvz\t";

/// Records panics on the worker thread (message and location) instead of
/// printing them; other threads' panics print as usual.
fn install_panic_hook() {
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some(WORKER_THREAD) {
            let msg = if let Some(s) = info.payload().downcast_ref::<&str>() {
                s.to_string()
            } else if let Some(s) = info.payload().downcast_ref::<String>() {
                s.clone()
            } else {
                "non-string panic".to_string()
            };
            let loc = info
                .location()
                .map(|l| format!(" at {}:{}", l.file(), l.line()))
                .unwrap_or_default();
            LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{loc}")));
        } else {
            prev(info);
        }
    }));
}

fn escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\n', "\\n")
        .replace('\t', "\\t")
        .replace('\r', "\\r")
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(c) => out.push(c),
            None => {}
        }
    }
    out
}

/// The test data and the standard packages it imports, as both the test
/// and its worker processes read them (the same way, so package indices
/// agree).
struct Setup {
    root: std::path::PathBuf,
    specs: Vec<PkgSpec>,
    skipped_files: usize,
    imports: Vec<String>,
    loader: Loader,
    only: Option<String>,
}

impl Setup {
    fn new() -> Setup {
        let goroot = common::goroot();
        let root = goroot.src().join("internal/types/testdata");
        let loader = Loader::new(&goroot);
        let release_tags = loader.context().release_tags.clone();
        let (mut specs, skipped_files) = read_packages(&root, &release_tags);
        let only = std::env::var("GOVIZ_TESTDATA_ONLY")
            .ok()
            .filter(|s| !s.is_empty());
        if let Some(o) = &only {
            specs.retain(|s| s.name.contains(o.as_str()));
        }
        let imports = std_imports(&goroot.src(), &specs);
        Setup {
            root,
            specs,
            skipped_files,
            imports,
            loader,
            only,
        }
    }

    fn std_program(&self) -> Program {
        let refs: Vec<&str> = self.imports.iter().map(String::as_str).collect();
        self.loader
            .load_packages(&refs)
            .unwrap_or_else(|e| panic!("loading {:?}:\n{}", self.imports, e.lines().join("\n")))
    }
}

/// Not a test: the body of a worker process (see `check_all`), which
/// checks the packages whose indices it reads from stdin, one per line,
/// and writes each one's errors and outcome to stdout. Returns at once
/// when run as a test.
#[test]
fn worker_process() {
    if std::env::var_os(WORKER_ENV).is_none() {
        return;
    }
    install_panic_hook();
    let t = std::thread::Builder::new()
        .name(WORKER_THREAD.into())
        .stack_size(64 << 20)
        .spawn(worker_loop)
        .expect("spawn worker thread");
    t.join().expect("worker thread");
}

fn worker_loop() {
    use std::io::{BufRead, Write};
    let setup = Setup::new();
    let program = setup.std_program();
    let mut sw = std_world(&program);
    let out = std::io::stdout();
    let say = |line: String| {
        let mut o = out.lock();
        let _ = writeln!(o, "{MARK}{line}");
        let _ = o.flush();
    };
    say("ready".into());
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        let Ok(i) = line.trim().parse::<usize>() else {
            continue;
        };
        let Some(spec) = setup.specs.get(i) else {
            say(format!("done\t{i}\tpanic\tno package {i}"));
            continue;
        };
        LAST_PANIC.with(|p| p.borrow_mut().take());
        let r = catch_unwind(AssertUnwindSafe(|| check_one(&mut sw, spec)));
        match r {
            Ok(Outcome::Checked(errors)) => {
                for e in errors {
                    say(format!(
                        "err\t{}\t{}\t{}\t{}",
                        escape(&e.file),
                        e.line,
                        e.col,
                        escape(&e.msg)
                    ));
                }
                say(format!("done\t{i}\tok"));
            }
            Ok(Outcome::ParseFatal(f)) => say(format!("done\t{i}\tfatal\t{}", escape(&f))),
            Ok(_) => unreachable!("check_one only checks or fails to parse"),
            Err(_) => {
                let msg = LAST_PANIC.with(|p| p.borrow_mut().take());
                say(format!(
                    "done\t{i}\tpanic\t{}",
                    escape(&msg.unwrap_or_else(|| "panic".into()))
                ));
                // The World may be inconsistent now: start afresh, and say
                // when ready (the time is no package's).
                sw = std_world(&program);
                say("ready".into());
            }
        }
    }
}

/// A worker process and what it is doing.
struct WorkerProc {
    child: std::process::Child,
    stdin: Option<std::process::ChildStdin>,
    /// Since when it has been building a World (not ready).
    unready_since: Instant,
    ready: bool,
    /// The package being checked and since when.
    busy: Option<(usize, Instant)>,
    errors: Vec<Reported>,
    /// The last few KB of its stderr, and the thread reading it.
    stderr: Arc<Mutex<String>>,
    stderr_reader: Option<std::thread::JoinHandle<()>>,
}

impl Drop for WorkerProc {
    fn drop(&mut self) {
        drop(self.stdin.take()); // EOF: an idle worker returns
        if self.busy.is_some() || !self.ready {
            let _ = self.child.kill(); // our own child, by its handle
        }
        let _ = self.child.wait();
    }
}

/// A worker process that is not ready after this long is broken.
const STARTUP_LIMIT: Duration = Duration::from_secs(300);

enum Msg {
    Line(String),
    Eof,
}

fn spawn_worker_proc(id: usize, tx: &mpsc::Sender<(usize, Msg)>) -> WorkerProc {
    use std::io::{BufRead, Read};
    use std::process::{Command, Stdio};
    let exe = std::env::current_exe().expect("test executable");
    let mut child = Command::new(exe)
        .args([
            "--exact",
            "worker_process",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(WORKER_ENV, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn worker process");
    let stdout = child.stdout.take().expect("piped");
    let mut stderr = child.stderr.take().expect("piped");
    let tx = tx.clone();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            // The harness's "test worker_process ... " may precede a mark.
            if let Some(at) = line.find(MARK)
                && tx
                    .send((id, Msg::Line(line[at + MARK.len()..].to_string())))
                    .is_err()
            {
                return;
            }
        }
        let _ = tx.send((id, Msg::Eof));
    });
    let tail = Arc::new(Mutex::new(String::new()));
    let tail2 = tail.clone();
    let stderr_reader = std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = stderr.read(&mut buf) {
            if n == 0 {
                break;
            }
            let mut t = tail2.lock().unwrap();
            t.push_str(&String::from_utf8_lossy(&buf[..n]));
            if t.len() > 8192 {
                let cut = t.len() - 4096;
                let cut = (cut..t.len()).find(|&i| t.is_char_boundary(i)).unwrap_or(0);
                t.drain(..cut);
            }
        }
    });
    WorkerProc {
        stdin: child.stdin.take(),
        child,
        unready_since: Instant::now(),
        ready: false,
        busy: None,
        errors: Vec::new(),
        stderr: tail,
        stderr_reader: Some(stderr_reader),
    }
}

/// Checks every package in worker processes of this test executable, each
/// with its own World holding the standard packages. A process checks one
/// package at a time; a checker panic is caught there; a process that
/// dies (stack overflow, abort) or takes more than TIME_LIMIT over one
/// package (then it is killed) is replaced.
fn check_all(n: usize) -> (Vec<Outcome>, Vec<Duration>) {
    use std::io::Write;
    let procs = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 8)
        .min(n.max(1));
    let (tx, rx) = mpsc::channel();
    let mut workers: HashMap<usize, WorkerProc> = HashMap::new();
    let mut next_id = 0;
    for _ in 0..procs {
        workers.insert(next_id, spawn_worker_proc(next_id, &tx));
        next_id += 1;
    }
    let mut results: Vec<Option<Outcome>> = (0..n).map(|_| None).collect();
    let mut elapsed = vec![Duration::ZERO; n];
    let mut done = 0;
    let mut next = 0;
    while done < n {
        // Hand out work.
        for w in workers.values_mut() {
            if w.ready && w.busy.is_none() && next < n {
                let stdin = w.stdin.as_mut().expect("open");
                if writeln!(stdin, "{next}")
                    .and_then(|_| stdin.flush())
                    .is_ok()
                {
                    w.busy = Some((next, Instant::now()));
                    next += 1;
                }
            }
        }
        let mut dead = Vec::new();
        match rx.recv_timeout(Duration::from_millis(100)) {
            Ok((id, msg)) => {
                let Some(w) = workers.get_mut(&id) else {
                    continue; // a killed worker's last words
                };
                match msg {
                    Msg::Line(l) => {
                        let f: Vec<&str> = l.split('\t').collect();
                        match f[0] {
                            "ready" => w.ready = true,
                            "err" if f.len() == 5 => w.errors.push(Reported {
                                file: unescape(f[1]),
                                line: f[2].parse().unwrap_or(0),
                                col: f[3].parse().unwrap_or(0),
                                msg: unescape(f[4]),
                            }),
                            "done" if f.len() >= 3 => {
                                let i: usize = f[1].parse().expect("index");
                                let errors = std::mem::take(&mut w.errors);
                                let arg = f.get(3).map(|s| unescape(s)).unwrap_or_default();
                                let o = match f[2] {
                                    "ok" => Outcome::Checked(errors),
                                    "fatal" => Outcome::ParseFatal(arg),
                                    _ => {
                                        // Not ready until it has a new World.
                                        w.ready = false;
                                        w.unready_since = Instant::now();
                                        Outcome::Panic(arg)
                                    }
                                };
                                if let Some((_, since)) = w.busy.take() {
                                    elapsed[i] = since.elapsed();
                                }
                                if results[i].is_none() {
                                    results[i] = Some(o);
                                    done += 1;
                                }
                            }
                            _ => panic!("bad line from worker process: {l:?}"),
                        }
                    }
                    Msg::Eof => dead.push(id),
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => unreachable!("tx is held here"),
        }
        for (&id, w) in &workers {
            if let Some((_, since)) = w.busy
                && since.elapsed() > TIME_LIMIT
            {
                dead.push(id);
            }
            assert!(
                w.ready || w.busy.is_some() || w.unready_since.elapsed() < STARTUP_LIMIT,
                "a worker process took over {STARTUP_LIMIT:?} to check the standard packages"
            );
        }
        for id in dead {
            let Some(mut w) = workers.remove(&id) else {
                continue;
            };
            let timed_out = w.busy.is_some_and(|(_, s)| s.elapsed() > TIME_LIMIT);
            if timed_out {
                let _ = w.child.kill(); // our own child, by its handle
            }
            let status = w
                .child
                .wait()
                .map_or_else(|e| e.to_string(), |s| s.to_string());
            if let Some(t) = w.stderr_reader.take() {
                let _ = t.join(); // all of its stderr
            }
            let stderr = w.stderr.lock().unwrap().clone();
            match w.busy {
                Some((i, _)) => {
                    let o = if timed_out {
                        Outcome::Timeout
                    } else {
                        Outcome::Crash(format!("{status}: {}", last_lines(&stderr, 3)))
                    };
                    if results[i].is_none() {
                        results[i] = Some(o);
                        done += 1;
                    }
                }
                None if !w.ready => {
                    panic!("a worker process died before it was ready:\n{stderr}")
                }
                None => {}
            }
            if next < n {
                workers.insert(next_id, spawn_worker_proc(next_id, &tx));
                next_id += 1;
            }
        }
    }
    drop(workers); // each waits for its process
    let results = results
        .into_iter()
        .map(|o| o.expect("every package has an outcome"))
        .collect();
    (results, elapsed)
}

fn last_lines(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(n)..].join(" | ")
}

// ----------------------------------------------------------------------
// Scoring

#[derive(Default, Clone, Copy)]
struct Tally {
    files: usize,
    packages: usize,
    expected: usize,
    matched: usize,
    /// Consumed by a matching error too far away in the line.
    col_misses: usize,
    unexpected: usize,
    /// `undefined: assert` / `undefined: trace`, set aside.
    testfuncs: usize,
    panics: usize,
    /// The worker process died (stack overflow, abort).
    crashes: usize,
    timeouts: usize,
    /// gc's harness fails the package: a file without a package clause,
    /// or an unreadable flags line.
    fatal: usize,
}

impl Tally {
    fn add(&mut self, o: &Tally) {
        self.files += o.files;
        self.packages += o.packages;
        self.expected += o.expected;
        self.matched += o.matched;
        self.col_misses += o.col_misses;
        self.unexpected += o.unexpected;
        self.testfuncs += o.testfuncs;
        self.panics += o.panics;
        self.crashes += o.crashes;
        self.timeouts += o.timeouts;
        self.fatal += o.fatal;
    }

    fn missed(&self) -> usize {
        self.expected - self.matched
    }

    fn score(&self) -> f64 {
        let d = self.expected + self.unexpected;
        if d == 0 {
            1.0
        } else {
            self.matched as f64 / d as f64
        }
    }

    fn line(&self, what: &str) -> String {
        format!(
            "{what:<10} {:>6.2}%  matched {:>5}  missed {:>5} (col {:>3})  unexpected {:>5}  \
             | expected {:>5}  files {:>4}  packages {:>4}  panics {}  crashes {}  timeouts {}  fatal {}  testfuncs {}",
            100.0 * self.score(),
            self.matched,
            self.missed(),
            self.col_misses,
            self.unexpected,
            self.expected,
            self.files,
            self.packages,
            self.panics,
            self.crashes,
            self.timeouts,
            self.fatal,
            self.testfuncs,
        )
    }
}

/// A rough class of a message, for the most-common lists: its first
/// line without quoted and parenthesized parts and without words that
/// look like code (names, types, numbers); the first four words left.
fn kind(msg: &str) -> String {
    let first = msg.split('\n').next().unwrap_or("");
    let mut out = String::new();
    let mut quote: Option<char> = None;
    let mut depth = 0;
    for c in first.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '`' => quote = Some(c),
            None if c == '(' => depth += 1,
            None if c == ')' => depth = (depth - 1).max(0),
            None if depth == 0 => out.push(c),
            None => {}
        }
    }
    out.split_whitespace()
        .filter(|w| {
            let w = w.trim_end_matches([':', ',', ';']);
            w.len() > 1 && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        })
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The kind of an expectation: of its pattern's text.
fn pattern_kind(text: &str) -> String {
    let rest = text
        .strip_prefix(" ERROR ")
        .or_else(|| text.strip_prefix(" ERRORx "))
        .unwrap_or(text);
    let p = go_unquote(rest.trim()).unwrap_or_else(|| rest.to_string());
    let k = kind(&p.replace(['\\', '.', '*', '^', '$'], " "));
    if k.is_empty() { p } else { k }
}

/// The expectations at one line, in source order.
type ExpectList = Vec<(Expect, Pattern)>;

/// Scores one package's outcome; mismatches go to `log` (for verbose).
fn score_package(
    spec: &PkgSpec,
    outcome: &Outcome,
    log: &mut Vec<String>,
    missed_kinds: &mut HashMap<String, usize>,
    unexpected_kinds: &mut HashMap<String, usize>,
) -> Tally {
    let col_delta = DIRS[spec.dir].1;
    let mut t = Tally {
        files: spec.files.len(),
        packages: 1,
        ..Tally::default()
    };
    // file -> line -> expectations (in source order)
    let mut errmap: HashMap<&str, BTreeMap<u32, ExpectList>> = HashMap::new();
    for (name, src) in &spec.files {
        for e in comment_map(src) {
            t.expected += 1;
            let p = Pattern::new(&e.text);
            if let Pattern::Invalid(why) = &p {
                log.push(format!(
                    "{name}:{}:{}: invalid ERROR pattern: {why}",
                    e.line, e.col
                ));
            }
            errmap
                .entry(name.as_str())
                .or_default()
                .entry(e.line)
                .or_default()
                .push((e, p));
        }
    }
    let reported = match outcome {
        Outcome::Checked(r) => r.as_slice(),
        Outcome::Panic(m) => {
            t.panics += 1;
            log.push(format!("{}: PANIC: {m}", spec.name));
            &[]
        }
        Outcome::Crash(m) => {
            t.crashes += 1;
            log.push(format!("{}: CRASH: {m}", spec.name));
            &[]
        }
        Outcome::Timeout => {
            t.timeouts += 1;
            log.push(format!("{}: TIMEOUT (> {TIME_LIMIT:?})", spec.name));
            &[]
        }
        Outcome::ParseFatal(f) => {
            t.fatal += 1;
            log.push(format!(
                "{f}: no package clause (gc's harness fails the package)"
            ));
            &[]
        }
    };
    // gc's harness fails a package whose flags line it cannot read.
    let reported = match &spec.flag_error {
        Some(e) => {
            t.fatal += 1;
            log.push(format!("{}: flags: {e}", spec.name));
            &[]
        }
        None => reported,
    };
    for r in reported {
        let list = errmap
            .get_mut(r.file.as_str())
            .and_then(|m| m.get_mut(&r.line));
        let best = list.as_ref().and_then(|list| {
            list.iter()
                .enumerate()
                .filter(|(_, (_, p))| p.matches(&r.msg))
                .min_by_key(|(_, (e, _))| e.col.abs_diff(r.col))
                .map(|(i, _)| i)
        });
        let Some(i) = best else {
            let first = r.msg.split('\n').next().unwrap_or("");
            if first == "undefined: assert" || first == "undefined: trace" {
                t.testfuncs += 1;
                continue;
            }
            t.unexpected += 1;
            *unexpected_kinds.entry(kind(&r.msg)).or_default() += 1;
            log.push(format!(
                "{}:{}:{}: unexpected error: {:?}",
                r.file, r.line, r.col, r.msg
            ));
            continue;
        };
        let list = list.expect("found");
        let (e, _) = list.remove(i);
        if e.col.abs_diff(r.col) <= col_delta {
            t.matched += 1;
        } else {
            t.col_misses += 1;
            *missed_kinds.entry(pattern_kind(&e.text)).or_default() += 1;
            log.push(format!(
                "{}:{}:{}: got col {}, want {} (tolerance {col_delta}): {:?} for{}",
                r.file, r.line, r.col, r.col, e.col, r.msg, e.text
            ));
        }
    }
    for (file, lines) in &errmap {
        for (line, list) in lines {
            for (e, _) in list {
                *missed_kinds.entry(pattern_kind(&e.text)).or_default() += 1;
                log.push(format!("{file}:{line}:{}: missed:{}", e.col, e.text));
            }
        }
    }
    t
}

/// The std packages the test data imports (those that exist).
fn std_imports(goroot_src: &Path, specs: &[PkgSpec]) -> Vec<String> {
    let mut paths = std::collections::BTreeSet::new();
    for spec in specs {
        for (name, src) in &spec.files {
            let Some(f) = syntax::parse_file(name, src).file else {
                continue;
            };
            for d in &f.decls {
                if let Decl::Import(d) = d
                    && let Some(lit) = &d.path
                {
                    paths.insert(unquote_import(&lit.value));
                }
            }
        }
    }
    paths
        .into_iter()
        .filter(|p| {
            !p.is_empty()
                && !p.starts_with('/')
                && !p.split('/').any(|c| c.is_empty() || c == "." || c == "..")
                && (p == "unsafe" || goroot_src.join(p).is_dir())
        })
        .collect()
}

fn top(kinds: &HashMap<String, usize>, n: usize) -> Vec<(usize, String)> {
    let mut v: Vec<(usize, String)> = kinds.iter().map(|(k, &c)| (c, k.clone())).collect();
    v.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    v.truncate(n);
    v
}

#[test]
fn go_types_testdata_conformance() {
    let start = Instant::now();
    let setup = Setup::new();
    let verbose = std::env::var("GOVIZ_TESTDATA_VERBOSE").is_ok_and(|v| !v.is_empty() && v != "0");
    let (outcomes, elapsed) = check_all(setup.specs.len());
    let (specs, root, skipped_files, only) =
        (&setup.specs, &setup.root, setup.skipped_files, &setup.only);

    let mut per_dir = [Tally::default(); 4];
    let mut log = Vec::new();
    let mut missed_kinds = HashMap::new();
    let mut unexpected_kinds = HashMap::new();
    let mut bugs = Vec::new();
    // flag name -> packages using it
    let mut flagged: BTreeMap<String, usize> = BTreeMap::new();
    for (spec, o) in specs.iter().zip(&outcomes) {
        let t = score_package(spec, o, &mut log, &mut missed_kinds, &mut unexpected_kinds);
        per_dir[spec.dir].add(&t);
        match o {
            Outcome::Panic(m) => bugs.push(format!("  panic   {}: {m}", spec.name)),
            Outcome::Crash(m) => bugs.push(format!("  crash   {}: {m}", spec.name)),
            Outcome::Timeout => bugs.push(format!("  timeout {}", spec.name)),
            _ => {}
        }
        for f in &spec.other_flags {
            let name = f.split('=').next().unwrap_or(f);
            *flagged.entry(name.to_string()).or_default() += 1;
        }
        if spec.flag_error.is_some() {
            *flagged.entry("(bad flags line)".into()).or_default() += 1;
        }
    }
    let mut total = Tally::default();
    for t in &per_dir {
        total.add(t);
    }

    if verbose {
        for l in &log {
            eprintln!("{l}");
        }
        eprintln!();
    }
    eprintln!(
        "Go checker test data ({}), scored as types2's check_test.go, in {:.1?}:",
        root.display(),
        start.elapsed()
    );
    for (i, t) in per_dir.iter().enumerate() {
        eprintln!("  {}", t.line(DIRS[i].0));
    }
    eprintln!("  {}", total.line("total"));
    eprintln!(
        "  ({skipped_files} files left out by build constraints; flags not emulated: {})",
        if flagged.is_empty() {
            "none".to_string()
        } else {
            flagged
                .iter()
                .map(|(f, n)| format!("{f} in {n} packages"))
                .collect::<Vec<_>>()
                .join(", ")
        }
    );
    if !bugs.is_empty() {
        eprintln!("checker panics and hangs (bugs):");
        for b in &bugs {
            eprintln!("{b}");
        }
    }
    let mut slow: Vec<(Duration, &str)> = elapsed
        .iter()
        .zip(specs.iter())
        .map(|(d, s)| (*d, s.name.as_str()))
        .collect();
    slow.sort_by_key(|s| std::cmp::Reverse(s.0));
    eprintln!(
        "slowest checks: {}",
        slow.iter()
            .take(5)
            .map(|(d, n)| format!("{n} {d:.1?}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    eprintln!("most common missed (pattern kinds):");
    for (c, k) in top(&missed_kinds, 10) {
        eprintln!("  {c:>5}  {k}");
    }
    eprintln!("most common unexpected (message kinds):");
    for (c, k) in top(&unexpected_kinds, 10) {
        eprintln!("  {c:>5}  {k}");
    }

    if only.is_none() {
        let score = total.score();
        assert!(
            score >= SCORE_FLOOR,
            "conformance score {:.2}% fell below the floor {:.0}% \
             (GOVIZ_TESTDATA_VERBOSE=1 lists every mismatch)",
            100.0 * score,
            100.0 * SCORE_FLOOR
        );
    }
}

#[test]
fn comment_map_positions() {
    // The expectation sits at the token before the comment; automatic
    // semicolons don't count; strings holding comment markers are no
    // comments.
    let src = b"package p\nvar _ = x /* ERROR \"a\" */ + \"//\" // ERROR \"b\"\nvar _ = `/*` /* ERROR \"c\" */\n/* ERROR \"d\" */ var y\n";
    let m = comment_map(src);
    let got: Vec<(u32, u32, &str)> = m.iter().map(|e| (e.line, e.col, e.text.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (2, 9, " ERROR \"a\" "),
            (2, 29, " ERROR \"b\""),
            (3, 9, " ERROR \"c\" "),
            (3, 9, " ERROR \"d\" "),
        ]
    );
    assert_eq!(go_unquote(r#""a\"b\x41\u00e9""#).as_deref(), Some("a\"bAé"));
    assert_eq!(go_unquote("`a\\b`").as_deref(), Some("a\\b"));
    assert_eq!(go_unquote(r#""a" b"#), None);
    for (go, matches) in [
        (r"cannot use T1{} .* as I1", "cannot use T1{} (x) as I1"),
        (
            r"non-interface type (struct{}|notE)",
            "non-interface type struct{}",
        ),
        (r"a{2}b{1,}c[{]", "aabbc{"),
        (r"x[]{]", "x{"),
    ] {
        let r = regex::Regex::new(&go_regexp(go)).unwrap_or_else(|e| panic!("{go}: {e}"));
        assert!(r.is_match(matches), "{go} vs {matches}");
    }
    assert!(should_test(
        b"//go:build go1.18\n\npackage p\n",
        &["go1.18".into()]
    ));
    assert!(!should_test(
        b"//go:build ignore\n\npackage p\n",
        &["go1.18".into()]
    ));
    assert_eq!(
        parse_flags(b"// -lang=go1.17\n").unwrap(),
        vec!["-lang=go1.17"]
    );
    assert!(parse_flags(b"// Copyright - x\n").unwrap().is_empty());
    assert!(parse_flags(b"// Copyright\n").unwrap().is_empty());
}
