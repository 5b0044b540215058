//! Fuzzing the Go scanner, parser and type checker.
//!
//! `parse_file` and the type checker must never panic and never hang,
//! whatever bytes they are given. Four generators feed them:
//!
//! - `mutate`: the hand-written seeds in `tests/fuzz-seeds/` with random byte
//!   edits (insert/delete/replace/duplicate/move ranges, splices of two seeds,
//!   inserted Go tokens, quotes, comment openers, newlines, truncation);
//! - `splice`: token- and line-level edits of the seeds that parse: swapped
//!   identifiers, literals, operators and keywords, identifiers replaced by
//!   types and expressions, lines spliced in from other seeds. Its output
//!   mostly parses and mostly does not type-check, which takes the checker
//!   much deeper than byte noise does;
//! - `soup`: random sequences of Go tokens, optionally bracket-balanced;
//! - `bytes`: arbitrary bytes, including invalid UTF-8, NUL and BOMs.
//!
//! For every input: `parse_file` returns within [`DEADLINE`] without
//! panicking; every error position is within the source; reporting the errors
//! through `gc_report` and dumping the tree (if any) do not panic. Every input
//! that parses into a `File` (with or without syntax errors) is then
//! type-checked as package `p` (only `unsafe` can be imported; other imports
//! are unresolved), within the same deadline: the checker does not panic,
//! every type error lies within the file, and `error_lines` does not panic.
//! Failures say which phase failed; a checker failure on input without
//! syntax errors is one `goviz check` can hit.
//!
//! Cases run in a worker process (this test binary, re-run as
//! `fuzz_worker_process`), on a thread with a large stack: a panic is caught
//! with its location, a stack overflow (which aborts) or a hang (which is
//! killed) is reported too, and a fresh worker carries on. A failing input
//! is minimised and printed as an escaped byte string together with the case
//! seed, and is written to `$CARGO_TARGET_TMPDIR`. Known checker crashes
//! ([`KNOWN_CHECKER_CRASHES`]) are asserted to still crash (so the list
//! shrinks as they are fixed); known panics are counted, not reported.
//!
//! Environment:
//! - `GOVIZ_FUZZ_CASES=N`: total cases across the generators (default 10000);
//! - `GOVIZ_FUZZ_SEED=S`: base seed (decimal or 0x-hex; default fixed);
//! - `GOVIZ_FUZZ_MAX_FAILURES=N`: distinct failures before a run stops
//!   (default 5);
//! - `GOVIZ_FUZZ_REPRO=GEN:SEED`: rerun exactly one case, e.g.
//!   `GOVIZ_FUZZ_REPRO=splice:0x1234 cargo test -p goviz-compiler --test fuzz`;
//! - `GOVIZ_FUZZ_INPUT=FILE`: run (and minimise) just the input in FILE;
//! - `GOVIZ_FUZZ_MINIMISE_SECS=N`: time budget for minimising one failure;
//! - `GOVIZ_FUZZ_STACK_MB=N`: worker stack size (default 256; a small one
//!   makes minimising a stack overflow much faster).
//!
//! Long run: `GOVIZ_FUZZ_CASES=1500000 GOVIZ_FUZZ_MAX_FAILURES=40 cargo test
//! --release -p goviz-compiler --test fuzz -- --nocapture` (about 13 minutes
//! on 2 cores); a debug build also catches arithmetic overflow.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read, Write as _};
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, Once};
use std::thread;
use std::time::{Duration, Instant};

use goviz_compiler::diag::{Diagnostic, gc_report};
use goviz_compiler::syntax::{File, parse_file, printer};
use goviz_compiler::types::GO_CURRENT;
use goviz_compiler::types::check::{Checker, PkgFiles};
use goviz_compiler::types::object::World;
use goviz_compiler::types::program::error_lines;

/// Total cases in the normal test suite.
const DEFAULT_CASES: u64 = 10_000;
/// Default base seed: the normal suite is deterministic.
const DEFAULT_SEED: u64 = 0x6f76_697a_f022_2025;
/// A case (parse and type-check) taking longer than this is a hang.
const DEADLINE: Duration = Duration::from_secs(5);
/// Generated inputs are at most this long.
const MAX_LEN: usize = 16 * 1024;
/// Worker stack: generous, so that only a true hang or panic is reported
/// (deeply nested input is a separate concern from these properties).
const WORKER_STACK: usize = 256 << 20;
/// Distinct failures collected before a run stops early (unless
/// `GOVIZ_FUZZ_MAX_FAILURES` says otherwise).
const MAX_FAILURES: usize = 5;
/// Time budget for minimising one failing input (unless
/// `GOVIZ_FUZZ_MINIMISE_SECS` says otherwise).
const MINIMISE_BUDGET: Duration = Duration::from_secs(90);
/// At most this many hanging trials while minimising (each one takes
/// [`DEADLINE`], and in-process leaves a spinning thread behind).
const MAX_HANG_TRIALS: usize = 6;

const WORKER_NAME: &str = "goviz-fuzz-worker";

// ---------------------------------------------------------------------------
// Random numbers

/// SplitMix64: tiny, fast and good enough for fuzzing.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `num/den`.
    fn chance(&mut self, num: usize, den: usize) -> bool {
        self.below(den) < num
    }

    fn pick<T: Copy>(&mut self, xs: &[T]) -> T {
        xs[self.below(xs.len())]
    }

    fn byte(&mut self) -> u8 {
        self.next() as u8
    }

    /// A length biased towards small values.
    fn small_len(&mut self, max: usize) -> usize {
        let cap = match self.below(4) {
            0 => 4,
            1 => 16,
            2 => 64,
            _ => max,
        };
        self.range(1, cap.clamp(1, max.max(1)))
    }
}

fn case_seed(base: u64, generator: Gen, index: u64) -> u64 {
    let mut r = Rng::new(base ^ (generator as u64).wrapping_mul(0x1000_0000_01b3) ^ index);
    r.next();
    r.next()
}

// ---------------------------------------------------------------------------
// Go vocabulary

const KEYWORDS: &[&str] = &[
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

const OPERATORS: &[&str] = &[
    "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "+=", "-=", "*=", "/=", "%=", "&=",
    "|=", "^=", "<<=", ">>=", "&^=", "&&", "||", "<-", "++", "--", "==", "<", ">", "=", "!", "~",
    "!=", "<=", ">=", ":=", "...", ".", ",", ";", ":",
];

const BRACKETS: &[&str] = &["(", ")", "[", "]", "{", "}"];

const NAMES: &[&str] = &[
    "x",
    "y",
    "T",
    "p",
    "main",
    "_",
    "int",
    "string",
    "any",
    "comparable",
    "error",
    "nil",
    "true",
    "iota",
    "len",
    "make",
    "new",
    "append",
    "fmt",
    "Println",
    "ä",
    "日本",
    "_x9",
    "K",
    "V",
    "E",
    "yield",
];

const LITERALS: &[&str] = &[
    "0",
    "1",
    "42",
    "1_000",
    "0x1F",
    "0X_ff",
    "0b101",
    "0o17",
    "017",
    "09",
    "1.5",
    ".5",
    "1.",
    "1e9",
    "1E-3",
    "0x1p-2",
    "0x.8p1",
    "2i",
    "1.5i",
    "0x10i",
    "'a'",
    "'\\n'",
    "'\\x41'",
    "'\\101'",
    "'\\u00e9'",
    "'\\U0001F600'",
    "'é'",
    "'\\''",
    "\"\"",
    "\"str\"",
    "\"a\\tb\\\"c\"",
    "\"\\xff\\u65e5\"",
    "\"日本\"",
    "``",
    "`raw`",
    "`multi\nline`",
    // malformed literals
    "0x",
    "0b",
    "0o",
    "1e",
    "0x1p",
    "0x1.5",
    "1__0",
    "1_",
    "0_x1",
    "0b12",
    "08.5",
    "''",
    "'ab'",
    "'\\z'",
    "'\\400'",
    "'\\uD800'",
    "'\\x4'",
    "\"\\q\"",
    "\"\\U00110000\"",
    "'\\",
    "\"\\",
];

/// Fragments that open or close something across tokens.
const OPENERS: &[&str] = &[
    "\"",
    "'",
    "`",
    "/*",
    "*/",
    "//",
    "\n",
    "\r",
    "\t",
    " ",
    "\\",
    "#",
    "$",
    "?",
    "@",
    "\u{feff}",
    "\0",
    "//go:build x",
    "//line a.go:1",
    "//go:noinline\n",
];

/// Multi-token phrases that steer the parser into deeper constructs.
const PHRASES: &[&str] = &[
    "package p\n",
    "import \"fmt\"\n",
    "import (\n\"a\"\n. \"b\"\n_ \"c\"\n)\n",
    "func f(",
    "func (r *T) m(",
    "func f[T any](",
    "func[",
    "func() {",
    "type T struct {",
    "type T interface {",
    "type T[P ~int | ~string] ",
    "type A = ",
    "var x = ",
    "const (\n",
    "x := ",
    "x, y = ",
    "for range ",
    "for i := range 10 {",
    "for k, v := range ",
    "for i := 0; i < n; i++ {",
    "select {",
    "case <-c:",
    "case x := <-c:",
    "case c <- 1:",
    "default:",
    "switch x := y.(type) {",
    "switch {",
    "if x {",
    "} else {",
    "} else if ",
    "goto L",
    "L:",
    "break L",
    "continue L",
    "go func() {}()",
    "defer f()",
    "return ",
    "[]int{",
    "map[string]int{",
    "struct{}{}",
    "&T{",
    "chan chan int",
    "<-chan <-chan int",
    "chan<- func()",
    "interface{ ~int | ~float64; M() }",
    "T.m",
    "(*T).m",
    "x.(T)",
    "s[1:2:3]",
    "f(a...)",
    "[...]int{1, 2}",
    "`json:\"x\"`",
    "func(yield func(int) bool)",
    "[T any]",
    "[K comparable, V any]",
    "G[int, string]",
];

fn vocabulary_token(rng: &mut Rng) -> &'static str {
    match rng.below(16) {
        0..=2 => rng.pick(KEYWORDS),
        3..=5 => rng.pick(OPERATORS),
        6..=8 => rng.pick(BRACKETS),
        9..=10 => rng.pick(NAMES),
        11..=12 => rng.pick(LITERALS),
        13 => rng.pick(OPENERS),
        _ => rng.pick(PHRASES),
    }
}

/// Byte sequences that stress the scanner's UTF-8 and special-byte handling.
const ODD_BYTES: &[&[u8]] = &[
    b"\xef\xbb\xbf", // BOM
    b"\0",
    b"\xff",
    b"\xfe",
    b"\x80",
    b"\xbf",
    b"\xc0\x80",         // overlong NUL
    b"\xc3",             // truncated 2-byte
    b"\xe2\x82",         // truncated 3-byte
    b"\xed\xa0\x80",     // surrogate
    b"\xf4\x90\x80\x80", // > U+10FFFF
    b"\xf8\x88\x80\x80\x80",
    b"\xf0\x9f\x98\x80", // valid emoji
    "é".as_bytes(),
    "日".as_bytes(),
    "\u{2028}".as_bytes(),
    "\u{00a0}".as_bytes(),
    b"\r",
    b"\r\n",
    b"\x7f",
    b"\x1b",
];

// ---------------------------------------------------------------------------
// Generators

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Gen {
    Mutate = 1,
    Soup = 2,
    Bytes = 3,
    Splice = 4,
}

impl Gen {
    const ALL: [Gen; 4] = [Gen::Mutate, Gen::Splice, Gen::Soup, Gen::Bytes];

    fn name(self) -> &'static str {
        match self {
            Gen::Mutate => "mutate",
            Gen::Soup => "soup",
            Gen::Bytes => "bytes",
            Gen::Splice => "splice",
        }
    }

    fn from_name(s: &str) -> Option<Gen> {
        Gen::ALL.into_iter().find(|g| g.name() == s)
    }

    /// This generator's share of the total case count, in tenths.
    fn share(self) -> u64 {
        match self {
            Gen::Mutate => 3,
            Gen::Splice => 4,
            Gen::Soup => 2,
            Gen::Bytes => 1,
        }
    }

    fn generate(self, seed: u64, seeds: &Seeds) -> Vec<u8> {
        let mut rng = Rng::new(seed);
        let mut out = match self {
            Gen::Mutate => gen_mutate(&mut rng, &seeds.raw),
            Gen::Splice => gen_splice(&mut rng, seeds),
            Gen::Soup => gen_soup(&mut rng),
            Gen::Bytes => gen_bytes(&mut rng),
        };
        out.truncate(MAX_LEN);
        out
    }
}

fn random_range(rng: &mut Rng, len: usize) -> (usize, usize) {
    if len == 0 {
        return (0, 0);
    }
    let start = rng.below(len);
    let n = rng.small_len(len - start);
    (start, start + n)
}

fn gen_mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut buf = seeds[rng.below(seeds.len())].clone();
    let edits = if rng.chance(1, 8) {
        rng.range(8, 40) // havoc
    } else {
        rng.range(1, 5)
    };
    for _ in 0..edits {
        let len = buf.len();
        let at = rng.below(len + 1);
        match rng.below(14) {
            0 => {
                // insert random bytes
                let n = rng.small_len(8);
                let bytes: Vec<u8> = (0..n).map(|_| rng.byte()).collect();
                buf.splice(at..at, bytes);
            }
            1 | 2 => {
                let (a, b) = random_range(rng, len);
                buf.drain(a..b);
            }
            3 => {
                // replace a range with random printable-ish bytes
                let (a, b) = random_range(rng, len);
                let bytes: Vec<u8> = (a..b)
                    .map(|_| {
                        if rng.chance(3, 4) {
                            rng.range(0x20, 0x7e) as u8
                        } else {
                            rng.byte()
                        }
                    })
                    .collect();
                buf.splice(a..b, bytes);
            }
            4 => {
                // duplicate a range somewhere
                let (a, b) = random_range(rng, len);
                let chunk = buf[a..b].to_vec();
                let to = rng.below(buf.len() + 1);
                buf.splice(to..to, chunk);
            }
            5 => {
                // move a range
                let (a, b) = random_range(rng, len);
                let chunk: Vec<u8> = buf.drain(a..b).collect();
                let to = rng.below(buf.len() + 1);
                buf.splice(to..to, chunk);
            }
            6 => {
                // splice: our prefix, another seed's suffix
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len() + 1);
                buf.truncate(at);
                buf.extend_from_slice(&other[from..]);
            }
            7 => {
                // insert a chunk of another seed
                let other = &seeds[rng.below(seeds.len())];
                let (a, b) = random_range(rng, other.len());
                buf.splice(at..at, other[a..b].iter().copied());
            }
            8 | 9 => {
                let mut tok = vocabulary_token(rng).as_bytes().to_vec();
                if rng.chance(1, 2) {
                    tok.push(b' ');
                }
                buf.splice(at..at, tok);
            }
            10 => {
                // replace one token-ish run with a vocabulary token
                if len > 0 {
                    let a = rng.below(len);
                    let b = buf[a..]
                        .iter()
                        .position(|c| c.is_ascii_whitespace())
                        .map_or(len, |n| a + n);
                    let tok = vocabulary_token(rng).as_bytes().to_vec();
                    buf.splice(a..b, tok);
                }
            }
            11 => buf.truncate(at),
            12 => {
                let odd = rng.pick(ODD_BYTES).to_vec();
                if len > 0 && rng.chance(1, 2) {
                    let a = rng.below(len);
                    buf.splice(a..a + 1, odd);
                } else {
                    buf.splice(at..at, odd);
                }
            }
            _ => {
                if len > 0 {
                    let i = rng.below(len);
                    buf[i] ^= 1 << rng.below(8);
                }
            }
        }
        if buf.len() > MAX_LEN {
            buf.truncate(MAX_LEN);
        }
    }
    buf
}

fn gen_soup(rng: &mut Rng) -> Vec<u8> {
    let mut out = Vec::new();
    match rng.below(10) {
        0..=5 => out.extend_from_slice(b"package p\n"),
        6 => out.extend_from_slice(b"package p; "),
        7 => out.extend_from_slice(b"package p\nfunc f() {\n"),
        _ => {}
    }
    let balanced = rng.chance(1, 2);
    let mut stack: Vec<u8> = Vec::new();
    let count = match rng.below(4) {
        0 => rng.range(1, 10),
        1 | 2 => rng.range(10, 120),
        _ => rng.range(120, 1500),
    };
    for _ in 0..count {
        let tok = vocabulary_token(rng);
        if balanced {
            match tok {
                "(" | "[" | "{" => stack.push(closer(tok.as_bytes()[0])),
                ")" | "]" | "}" => {
                    // close the innermost bracket instead, if any
                    if let Some(c) = stack.pop() {
                        out.push(c);
                    }
                    push_separator(rng, &mut out);
                    continue;
                }
                _ => {}
            }
        }
        out.extend_from_slice(tok.as_bytes());
        push_separator(rng, &mut out);
        if out.len() > MAX_LEN {
            break;
        }
    }
    while let Some(c) = stack.pop() {
        out.push(c);
        if rng.chance(1, 3) {
            out.push(b'\n');
        }
    }
    out
}

fn closer(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

fn push_separator(rng: &mut Rng, out: &mut Vec<u8>) {
    match rng.below(20) {
        0..=10 => out.push(b' '),
        11..=14 => out.push(b'\n'),
        15..=17 => {}
        18 => out.push(b'\t'),
        _ => out.extend_from_slice(rng.pick(&[&b"/* c */"[..], b"// c\n", b";", b"\r\n"])),
    }
}

fn gen_bytes(rng: &mut Rng) -> Vec<u8> {
    let len = match rng.below(8) {
        0 => rng.below(4),
        1..=5 => rng.below(300),
        _ => rng.below(4096),
    };
    let mut out = Vec::with_capacity(len + 16);
    if rng.chance(1, 2) {
        if rng.chance(1, 4) {
            out.extend_from_slice(b"\xef\xbb\xbf");
        }
        out.extend_from_slice(b"package p\n");
    }
    let mode = rng.below(4);
    while out.len() < len {
        match mode {
            // uniform bytes
            0 => out.push(rng.byte()),
            // printable ASCII with a sprinkle of odd sequences
            1 => {
                if rng.chance(1, 20) {
                    out.extend_from_slice(rng.pick(ODD_BYTES));
                } else {
                    out.push(rng.range(0x20, 0x7e) as u8);
                }
            }
            // Go punctuation and quotes heavy
            2 => {
                if rng.chance(1, 10) {
                    out.extend_from_slice(rng.pick(ODD_BYTES));
                } else {
                    out.push(rng.pick(&b"\"'`/*\\{}()[]<-:=.,;\n 0xe_pi+&|^!~%"[..]));
                }
            }
            // odd sequences only
            _ => out.extend_from_slice(rng.pick(ODD_BYTES)),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Token-level splicing of valid seeds

/// What a token of a seed is, for swapping like with like.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tk {
    /// Whitespace and comments (kept as they are).
    Space,
    Ident,
    Keyword,
    Lit,
    /// Binary operators (`+`, `<<`, `==`, `&&`, ...).
    BinOp,
    /// Assignment operators (`=`, `:=`, `+=`, ...).
    AssignOp,
    /// Other punctuation (`.`, `,`, `;`, `:`, `...`, `!`, `~`, `++`, ...).
    Punct,
    Open,
    Close,
}

const BINARY_OPS: &[&str] = &[
    "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "&&", "||", "==", "!=", "<", "<=",
    ">", ">=",
];

const ASSIGN_OPS: &[&str] = &[
    "=", ":=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "&^=",
];

/// Keywords that can stand in for each other without (always) breaking
/// the syntax.
const KEYWORD_GROUPS: &[&[&str]] = &[
    &["var", "const"],
    &["struct", "interface"],
    &["break", "continue", "fallthrough"],
    &["go", "defer"],
    &["if", "switch", "for"],
    &["map", "chan"],
    &["case", "default"],
];

/// Types to put where an identifier was.
const TYPE_EXPRS: &[&str] = &[
    "int",
    "int8",
    "uint",
    "uint64",
    "uintptr",
    "float32",
    "float64",
    "complex64",
    "complex128",
    "string",
    "bool",
    "byte",
    "rune",
    "error",
    "any",
    "comparable",
    "unsafe.Pointer",
    "[]int",
    "[]any",
    "[3]string",
    "[0]int",
    "[...]int",
    "[1 << 62]byte",
    "[-1]int",
    "map[string]int",
    "map[[]int]bool",
    "map[any]any",
    "*int",
    "**T",
    "chan int",
    "<-chan string",
    "chan<- error",
    "func()",
    "func(int) string",
    "func(...int) (int, error)",
    "struct{}",
    "struct{ x int; y string }",
    "struct{ T; *U }",
    "interface{}",
    "interface{ M() }",
    "interface{ ~int | ~string }",
    "interface{ comparable; M() }",
    "~int",
    "int | string",
    "T[int]",
    "T[int, string]",
    "P",
    "E",
    "K",
    "V",
];

/// Expressions to put where an identifier or literal was.
const EXPRS: &[&str] = &[
    "nil",
    "true",
    "false",
    "iota",
    "0",
    "-1",
    "1 << 63",
    "1 << 64",
    "1<<100",
    "-1 << 63",
    "1 << 1000000",
    "1 >> 1000",
    "1e309",
    "1e-400",
    "0x7fffffffffffffff",
    "0xffffffffffffffff",
    "18446744073709551616",
    "1.5",
    "2.5i",
    "1 + 2i",
    "1 / 0",
    "1.0 / 0.0",
    "1 % 0",
    "'x'",
    "'\\U0010FFFF'",
    "\"\"",
    "\"s\"",
    "`raw`",
    "\"abc\"[5]",
    "len(\"abc\")",
    "len([10]int{})",
    "cap(nil)",
    "unsafe.Sizeof(x)",
    "unsafe.Offsetof(x.f)",
    "unsafe.Alignof(T{})",
    "unsafe.Add(nil, 1)",
    "unsafe.Slice(nil, 1)",
    "x.(T)",
    "x.(type)",
    "f()",
    "f(x, y...)",
    "<-c",
    "&x",
    "*p",
    "x[0]",
    "x[1:2]",
    "x[1:2:3]",
    "x[2:1]",
    "x[-1]",
    "func() {}",
    "func(x int) int { return x }",
    "T{}",
    "T{1, 2}",
    "T{x: 1}",
    "[]int{1, 2}",
    "[...]int{5: 1}",
    "map[string]int{\"a\": 1, \"a\": 2}",
    "new(int)",
    "new(T)",
    "make([]int, -1)",
    "make(map[int]int, 1<<70)",
    "make(chan int)",
    "make(T)",
    "append(x, 1)",
    "append()",
    "copy(x, y)",
    "min()",
    "max(1, \"a\")",
    "min(1, 2.5)",
    "complex(1, 2)",
    "real(1i)",
    "imag(x)",
    "any(nil)",
    "(*T)(nil)",
    "T(x)",
    "int(1e100)",
    "string(65)",
    "[]byte(\"x\")",
    "T.M",
    "(*T).M",
    "x.y.z",
    "x.M()",
    "f[int]",
    "f[int, string](x)",
    "G[T]{}",
    "panic(1)",
    "recover()",
    "print()",
    "len(x)",
    "clear(x)",
    "close(c)",
    "delete(m, k)",
];

/// Ways to wrap an identifier (`$` is the identifier).
const WRAPS: &[&str] = &[
    "($)", "*$", "&$", "-$", "!$", "^$", "<-$", "$[0]", "$[:]", "$()", "$.x", "$.M", "$[int]",
    "$...", "[]$", "[2]$", "*[]$", "map[$]$", "chan $", "func() $", "${}", "${$}", "$.($)",
    "len($)", "new($)", "$($)", "$ + $", "$ == $", "$ << $", "$, $", "$ = $", "$ := $", "~$",
];

struct Token {
    kind: Tk,
    text: String,
}

/// The seeds: raw bytes for the byte-level mutator, and the tokens of the
/// seeds that parse for the splicer, with a pool of their tokens by kind.
struct Seeds {
    raw: Vec<Vec<u8>>,
    tokens: Vec<Vec<Token>>,
    pool: HashMap<&'static str, Vec<String>>,
}

impl Seeds {
    fn new(raw: Vec<Vec<u8>>) -> Seeds {
        let tokens: Vec<Vec<Token>> = raw
            .iter()
            .filter(|s| parse_file("seed.go", s).errors.is_empty())
            .filter_map(|s| std::str::from_utf8(s).ok())
            .map(tokenize)
            .collect();
        assert!(tokens.len() >= 5, "too few seeds parse");
        let mut pool: HashMap<&'static str, Vec<String>> = HashMap::new();
        for t in tokens.iter().flatten() {
            if matches!(t.kind, Tk::Ident | Tk::Lit) {
                pool.entry(pool_key(t.kind))
                    .or_default()
                    .push(t.text.clone());
            }
        }
        for v in pool.values_mut() {
            v.sort();
            v.dedup();
        }
        Seeds { raw, tokens, pool }
    }
}

fn pool_key(kind: Tk) -> &'static str {
    match kind {
        Tk::Ident => "ident",
        _ => "lit",
    }
}

/// Splits a valid Go source into tokens (a simple scanner: the seeds are
/// well-formed, and anything odd becomes a one-character token).
fn tokenize(src: &str) -> Vec<Token> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let start = i;
        let kind = if c.is_ascii_whitespace() {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            Tk::Space
        } else if src[i..].starts_with("//") {
            i = src[i..].find('\n').map_or(b.len(), |n| i + n);
            Tk::Space
        } else if src[i..].starts_with("/*") {
            i = src[i + 2..].find("*/").map_or(b.len(), |n| i + 2 + n + 2);
            Tk::Space
        } else if c == b'_' || c.is_ascii_alphabetic() || c >= 0x80 {
            while i < b.len() && (b[i] == b'_' || b[i].is_ascii_alphanumeric() || b[i] >= 0x80) {
                i += 1;
            }
            if KEYWORDS.contains(&&src[start..i]) {
                Tk::Keyword
            } else {
                Tk::Ident
            }
        } else if c.is_ascii_digit() || (c == b'.' && b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            let hex = src[i..].starts_with("0x") || src[i..].starts_with("0X");
            i += 1;
            while i < b.len() {
                let d = b[i];
                let exp = if hex { b"pP" } else { b"eE" };
                let sign = (d == b'+' || d == b'-') && exp.contains(&b[i - 1]);
                if !(sign || d == b'_' || d == b'.' || d.is_ascii_alphanumeric()) {
                    break;
                }
                i += 1;
            }
            Tk::Lit
        } else if c == b'"' || c == b'\'' || c == b'`' {
            i += 1;
            while i < b.len() && b[i] != c && !(c != b'`' && b[i] == b'\n') {
                if b[i] == b'\\' && c != b'`' {
                    i += 1;
                }
                i += 1;
            }
            i = (i + 1).min(b.len());
            Tk::Lit
        } else if let Some(op) = longest_operator(&src[i..]) {
            i += op.len();
            match op {
                "(" | "[" | "{" => Tk::Open,
                ")" | "]" | "}" => Tk::Close,
                _ if BINARY_OPS.contains(&op) => Tk::BinOp,
                _ if ASSIGN_OPS.contains(&op) => Tk::AssignOp,
                _ => Tk::Punct,
            }
        } else {
            i += src[i..].chars().next().map_or(1, char::len_utf8);
            Tk::Punct
        };
        // Stay on character boundaries whatever the scan above did.
        while !src.is_char_boundary(i) {
            i += 1;
        }
        out.push(Token {
            kind,
            text: src[start..i].to_string(),
        });
    }
    out
}

fn longest_operator(s: &str) -> Option<&'static str> {
    OPERATORS
        .iter()
        .chain(BRACKETS)
        .copied()
        .filter(|op| s.starts_with(op))
        .max_by_key(|op| op.len())
}

/// Indices of the tokens of `kind`.
fn positions(toks: &[Token], kind: Tk) -> Vec<usize> {
    (0..toks.len()).filter(|&i| toks[i].kind == kind).collect()
}

/// Token ranges of whole lines (each ends after a newline-holding space
/// token, or at the end).
fn lines(toks: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, t) in toks.iter().enumerate() {
        if t.kind == Tk::Space && t.text.contains('\n') {
            out.push((start, i + 1));
            start = i + 1;
        }
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}

fn tok(kind: Tk, text: impl Into<String>) -> Token {
    Token {
        kind,
        text: text.into(),
    }
}

/// Replaces the token at `at` by `text` (kept as one token of `kind`).
fn put(toks: &mut [Token], at: usize, kind: Tk, text: String) {
    toks[at] = tok(kind, text);
}

fn gen_splice(rng: &mut Rng, seeds: &Seeds) -> Vec<u8> {
    let pick_seed = |rng: &mut Rng| &seeds.tokens[rng.below(seeds.tokens.len())];
    let mut toks: Vec<Token> = pick_seed(rng)
        .iter()
        .map(|t| tok(t.kind, t.text.clone()))
        .collect();
    let edits = match rng.below(8) {
        0..=3 => 1,
        4 | 5 => 2,
        6 => rng.range(3, 5),
        _ => rng.range(6, 16),
    };
    for _ in 0..edits {
        if toks.is_empty() {
            break;
        }
        match rng.below(20) {
            // swap two tokens of one kind
            0..=3 => {
                let kind = rng.pick(&[Tk::Ident, Tk::Ident, Tk::Lit, Tk::BinOp, Tk::AssignOp]);
                let at = positions(&toks, kind);
                if at.len() >= 2 {
                    let (a, b) = (rng.pick(&at), rng.pick(&at));
                    toks.swap(a, b);
                }
            }
            // an identifier or literal from any seed
            4..=6 => {
                let kind = rng.pick(&[Tk::Ident, Tk::Ident, Tk::Lit]);
                let at = positions(&toks, kind);
                if let (false, Some(pool)) = (at.is_empty(), seeds.pool.get(pool_key(kind))) {
                    let text = pool[rng.below(pool.len())].clone();
                    put(&mut toks, rng.pick(&at), kind, text);
                }
            }
            // an identifier becomes a type
            7 | 8 => {
                let at = positions(&toks, Tk::Ident);
                if !at.is_empty() {
                    put(
                        &mut toks,
                        rng.pick(&at),
                        Tk::Ident,
                        rng.pick(TYPE_EXPRS).into(),
                    );
                }
            }
            // an identifier or literal becomes an expression
            9 | 10 => {
                let kind = rng.pick(&[Tk::Ident, Tk::Lit]);
                let at = positions(&toks, kind);
                if !at.is_empty() {
                    put(&mut toks, rng.pick(&at), Tk::Ident, rng.pick(EXPRS).into());
                }
            }
            // wrap an identifier
            11 => {
                let at = positions(&toks, Tk::Ident);
                if !at.is_empty() {
                    let i = rng.pick(&at);
                    let text = rng.pick(WRAPS).replace('$', &toks[i].text);
                    put(&mut toks, i, Tk::Ident, text);
                }
            }
            // another operator of the same kind
            12 => {
                let kind = rng.pick(&[Tk::BinOp, Tk::AssignOp]);
                let at = positions(&toks, kind);
                if !at.is_empty() {
                    let ops = if kind == Tk::BinOp {
                        BINARY_OPS
                    } else {
                        ASSIGN_OPS
                    };
                    put(&mut toks, rng.pick(&at), kind, rng.pick(ops).into());
                }
            }
            // a related keyword
            13 => {
                let at = positions(&toks, Tk::Keyword);
                if !at.is_empty() {
                    let i = rng.pick(&at);
                    if let Some(g) = KEYWORD_GROUPS.iter().find(|g| g.contains(&&*toks[i].text)) {
                        put(&mut toks, i, Tk::Keyword, rng.pick(g).into());
                    }
                }
            }
            // delete or duplicate a token
            14 => {
                let i = rng.below(toks.len());
                if toks[i].kind != Tk::Space {
                    if rng.chance(1, 2) {
                        toks.remove(i);
                    } else {
                        let t = tok(toks[i].kind, format!("{} {}", toks[i].text, toks[i].text));
                        toks[i] = t;
                    }
                }
            }
            // delete, duplicate or move a line
            15 | 16 => {
                let ls = lines(&toks);
                let (a, b) = ls[rng.below(ls.len())];
                let line: Vec<Token> = toks
                    .drain(a..b)
                    .map(|t| tok(t.kind, t.text))
                    .collect::<Vec<_>>();
                match rng.below(3) {
                    0 => {}
                    1 => {
                        let copy: Vec<Token> =
                            line.iter().map(|t| tok(t.kind, t.text.clone())).collect();
                        toks.splice(a..a, line.into_iter().chain(copy));
                    }
                    _ => {
                        let ls = lines(&toks);
                        let to = ls.get(rng.below(ls.len() + 1)).map_or(toks.len(), |l| l.0);
                        toks.splice(to..to, line);
                    }
                }
            }
            // a line from another seed
            _ => {
                let other = pick_seed(rng);
                let ls = lines(other);
                let (a, b) = ls[rng.below(ls.len())];
                let line: Vec<Token> = other[a..b]
                    .iter()
                    .map(|t| tok(t.kind, t.text.clone()))
                    .collect();
                let here = lines(&toks);
                let to = here
                    .get(rng.below(here.len() + 1))
                    .map_or(toks.len(), |l| l.0);
                toks.splice(to..to, line);
            }
        }
    }
    let mut out = String::new();
    for t in &toks {
        out.push_str(&t.text);
    }
    out.into_bytes()
}

// ---------------------------------------------------------------------------
// The property

/// What a worker is doing, for reports: which phase panicked or hung.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Phase {
    Parse,
    /// Type-checking a file without syntax errors (`goviz check` does this).
    Check,
    /// Type-checking a tree with syntax errors (only the fuzzer does this).
    CheckBroken,
    /// `error_lines` on the checker's errors.
    Report,
}

impl Phase {
    const ALL: [Phase; 4] = [
        Phase::Parse,
        Phase::Check,
        Phase::CheckBroken,
        Phase::Report,
    ];

    fn from_u8(n: u8) -> Phase {
        Phase::ALL[usize::from(n).min(Phase::ALL.len() - 1)]
    }

    fn name(self) -> &'static str {
        match self {
            Phase::Parse => "parser",
            Phase::Check => "checker",
            Phase::CheckBroken => "checker (input has syntax errors)",
            Phase::Report => "error_lines",
        }
    }
}

thread_local! {
    /// The phase of this worker, shared with its [`Worker`] handle so that
    /// a hang can be attributed too.
    static PHASE: RefCell<Option<Arc<AtomicU8>>> = const { RefCell::new(None) };
}

fn set_phase(p: Phase) {
    PHASE.with(|c| {
        if let Some(a) = &*c.borrow() {
            a.store(p as u8, Ordering::Relaxed);
        }
    });
    if SERVING.load(Ordering::Relaxed) {
        wire_send(&["phase", &(p as u8).to_string()]);
    }
}

fn current_phase() -> Phase {
    PHASE.with(|c| {
        c.borrow()
            .as_ref()
            .map_or(Phase::Parse, |a| Phase::from_u8(a.load(Ordering::Relaxed)))
    })
}

/// Runs everything that must not panic on `src`; Err for a violated property.
fn check(src: &[u8]) -> Result<(), String> {
    set_phase(Phase::Parse);
    let parsed = parse_file("fuzz.go", src);
    for e in &parsed.errors {
        if e.pos.offset() > src.len() {
            // The text before the first ':' names the kind of bug.
            let kind = e.msg.split(':').next().unwrap_or_default();
            return Err(format!(
                "error position beyond source length ({kind}): {} > {} for {:?}",
                e.pos.0,
                src.len(),
                e.msg
            ));
        }
    }
    let diags: Vec<Diagnostic> = parsed
        .errors
        .iter()
        .map(|e| {
            let lc = parsed.lines.line_col(e.pos);
            Diagnostic {
                file: "./fuzz.go".into(),
                line: lc.line,
                col: lc.col,
                msg: e.msg.clone(),
            }
        })
        .collect();
    let _ = gc_report(diags);
    if let Some(file) = &parsed.file {
        let _ = printer::dump(file);
        let phase = if parsed.errors.is_empty() {
            Phase::Check
        } else {
            Phase::CheckBroken
        };
        type_check(file, src.len(), phase)?;
    }
    // The phase reached is left set: the driver counts inputs checked.
    Ok(())
}

/// Type-checks `file` (of `len` bytes) as the only file of package `p`.
fn type_check(file: &File, len: usize, phase: Phase) -> Result<(), String> {
    set_phase(phase);
    let (mut world, pre) = World::new();
    let imports: HashMap<String, _> = [("unsafe".to_string(), pre.unsafe_pkg)].into();
    let files = [file];
    let (_, errors, _) = Checker::check_package(
        &mut world,
        pre,
        PkgFiles {
            path: "p",
            files: &files,
            imports: &imports,
            lang: Some(GO_CURRENT),
        },
    );
    let base = world
        .files
        .iter()
        .rfind(|f| f.display == file.name)
        .map(|f| f.base)
        .ok_or("checked file missing from the world")?;
    for e in &errors {
        let ok = e.pos.0 >= base && (e.pos.0 - base) as usize <= len;
        if !ok {
            let kind = e.msg.split([':', '\n']).next().unwrap_or_default();
            return Err(format!(
                "type error outside the file ({}, {kind}): {} not in {base}..={} for {:?}",
                phase.name(),
                e.pos.0,
                base as usize + len,
                e.msg
            ));
        }
    }
    set_phase(Phase::Report);
    let _ = error_lines(&world, &errors);
    set_phase(phase);
    Ok(())
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    Pass,
    /// A property failed; the message.
    Violation(String),
    /// A panic: in which phase, where, and the full message.
    Panic {
        phase: Phase,
        location: String,
        message: String,
    },
    /// The process died (a stack overflow, an abort): the phase it was in,
    /// and the end of what it printed to stderr.
    Crash {
        phase: Phase,
        message: String,
    },
    Hang(Phase),
}

impl Outcome {
    /// What identifies "the same bug" while minimising and deduplicating.
    fn signature(&self) -> String {
        match self {
            Outcome::Pass => "pass".into(),
            Outcome::Violation(m) => {
                format!("violation: {}", m.split(':').next().unwrap_or_default())
            }
            Outcome::Panic {
                phase, location, ..
            } => format!("panic in {} at {location}", phase.name()),
            Outcome::Crash { phase, message } => {
                let what = if message.contains("overflowed its stack") {
                    "stack overflow"
                } else {
                    "abort"
                };
                format!("crash in {}: {what}", phase.name())
            }
            Outcome::Hang(phase) => format!("hang in {}", phase.name()),
        }
    }

    fn describe(&self) -> String {
        match self {
            Outcome::Pass => "pass".into(),
            Outcome::Violation(m) => format!("property violated: {m}"),
            Outcome::Panic { phase, message, .. } => {
                format!("panic in {}: {message}", phase.name())
            }
            Outcome::Crash { phase, message } => {
                format!("process died in {}: {message}", phase.name())
            }
            Outcome::Hang(phase) => {
                format!("hang in {}: no result within {DEADLINE:?}", phase.name())
            }
        }
    }
}

thread_local! {
    static LAST_PANIC: RefCell<Option<(Phase, String, String)>> = const { RefCell::new(None) };
}

/// Silences panics on worker threads (they are caught and reported with
/// their input) and records their location and message.
fn install_panic_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if thread::current().name() == Some(WORKER_NAME) {
                let location = info
                    .location()
                    .map_or_else(|| "?".into(), |l| format!("{}:{}", l.file(), l.line()));
                let phase = current_phase();
                LAST_PANIC.with(|p| *p.borrow_mut() = Some((phase, location, info.to_string())));
            } else {
                default(info);
            }
        }));
    });
}

type Check = fn(&[u8]) -> Result<(), String>;

/// The checks a worker process can run, by name.
fn check_named(name: &str) -> Check {
    match name {
        "check" => check,
        "buggy" => buggy_check,
        _ => panic!("no check named {name:?}"),
    }
}

/// A thread that checks inputs in this process; replaced when one hangs
/// (the stuck thread is abandoned). A stack overflow aborts the process.
struct ThreadWorker {
    check: Check,
    tx: Sender<Vec<u8>>,
    rx: Receiver<Outcome>,
    phase: Arc<AtomicU8>,
}

impl ThreadWorker {
    fn spawn(check: Check) -> ThreadWorker {
        let stack = env_u64("GOVIZ_FUZZ_STACK_MB").map_or(WORKER_STACK, |mb| (mb as usize) << 20);
        ThreadWorker::spawn_with_stack(check, stack)
    }

    fn spawn_with_stack(check: Check, stack: usize) -> ThreadWorker {
        install_panic_hook();
        let (tx, in_rx) = mpsc::channel::<Vec<u8>>();
        let (out_tx, rx) = mpsc::channel();
        let phase = Arc::new(AtomicU8::new(Phase::Parse as u8));
        let worker_phase = Arc::clone(&phase);
        thread::Builder::new()
            .name(WORKER_NAME.into())
            .stack_size(stack)
            .spawn(move || {
                PHASE.with(|p| *p.borrow_mut() = Some(worker_phase));
                for src in in_rx {
                    set_phase(Phase::Parse);
                    let r = panic::catch_unwind(AssertUnwindSafe(|| check(&src)));
                    let outcome = match r {
                        Ok(Ok(())) => Outcome::Pass,
                        Ok(Err(m)) => Outcome::Violation(m),
                        Err(payload) => {
                            let (phase, location, message) = LAST_PANIC
                                .with(|p| p.borrow_mut().take())
                                .unwrap_or_else(|| {
                                    let m = payload_string(payload.as_ref());
                                    (current_phase(), "?".into(), m)
                                });
                            Outcome::Panic {
                                phase,
                                location,
                                message,
                            }
                        }
                    };
                    if out_tx.send(outcome).is_err() {
                        break;
                    }
                }
            })
            .expect("spawning fuzz worker");
        ThreadWorker {
            check,
            tx,
            rx,
            phase,
        }
    }

    fn phase(&self) -> Phase {
        Phase::from_u8(self.phase.load(Ordering::Relaxed))
    }

    /// Checks one input, waiting at most `deadline` (forever if None).
    fn run(&mut self, src: &[u8], deadline: Option<Duration>) -> Outcome {
        self.tx.send(src.to_vec()).expect("fuzz worker alive");
        let r = match deadline {
            Some(d) => self.rx.recv_timeout(d),
            None => self.rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
        };
        match r {
            Ok(o) => o,
            Err(RecvTimeoutError::Timeout) => {
                let phase = self.phase();
                *self = ThreadWorker::spawn(self.check);
                Outcome::Hang(phase)
            }
            Err(RecvTimeoutError::Disconnected) => Outcome::Panic {
                phase: self.phase(),
                location: "?".into(),
                message: "fuzz worker died".into(),
            },
        }
    }
}

// Worker processes. The test binary runs itself as a worker
// (`fuzz_worker_process` with GOVIZ_FUZZ_SERVE=<check name>): inputs arrive
// on stdin (a little-endian u64 length, then the bytes); phase changes and
// results leave on stdout as lines starting with `WIRE_MARK` (other output,
// libtest's, is ignored). A worker process that dies (a stack overflow
// aborts) or hangs is replaced by a fresh one.

const WIRE_MARK: &str = "\u{1}goviz-fuzz ";

/// Set in a worker process: phase changes are reported on stdout.
static SERVING: AtomicBool = AtomicBool::new(false);

/// `s` with tabs, newlines and backslashes escaped (one wire field).
fn wire_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

fn wire_unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(c) => out.push(c),
            None => out.push('\\'),
        }
    }
    out
}

fn wire_send(fields: &[&str]) {
    let escaped: Vec<String> = fields.iter().map(|f| wire_escape(f)).collect();
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{WIRE_MARK}{}", escaped.join("\t"));
    let _ = out.flush();
}

/// What a worker process says.
enum Event {
    Phase(Phase),
    Result(Outcome),
    /// Its stdout closed: it died.
    Eof,
}

fn parse_event(line: &str) -> Option<Event> {
    let fields: Vec<String> = line
        .strip_prefix(WIRE_MARK)?
        .split('\t')
        .map(wire_unescape)
        .collect();
    let phase = |i: usize| Phase::from_u8(fields.get(i).and_then(|f| f.parse().ok()).unwrap_or(0));
    let field = |i: usize| fields.get(i).cloned().unwrap_or_default();
    Some(match fields.first()?.as_str() {
        "phase" => Event::Phase(phase(1)),
        "pass" => Event::Result(Outcome::Pass),
        "violation" => Event::Result(Outcome::Violation(field(1))),
        "panic" => Event::Result(Outcome::Panic {
            phase: phase(1),
            location: field(2),
            message: field(3),
        }),
        "hang" => Event::Result(Outcome::Hang(phase(1))),
        _ => return None,
    })
}

/// The worker process's side: checks inputs from stdin until it closes.
#[test]
fn fuzz_worker_process() {
    let Ok(name) = std::env::var("GOVIZ_FUZZ_SERVE") else {
        return; // only a worker process (see `ProcessWorker`) does anything
    };
    SERVING.store(true, Ordering::Relaxed);
    let mut worker = if name == "buggy" {
        // Its planted stack overflow should be quick.
        ThreadWorker::spawn_with_stack(buggy_check, 4 << 20)
    } else {
        ThreadWorker::spawn(check_named(&name))
    };
    let mut stdin = std::io::stdin().lock();
    loop {
        let mut len = [0u8; 8];
        if stdin.read_exact(&mut len).is_err() {
            return;
        }
        let mut src = vec![0u8; u64::from_le_bytes(len) as usize];
        stdin.read_exact(&mut src).expect("reading a fuzz input");
        let o = worker.run(&src, None);
        // The phase reached, for the parent's statistics.
        wire_send(&["phase", &(worker.phase() as u8).to_string()]);
        match &o {
            Outcome::Pass => wire_send(&["pass"]),
            Outcome::Violation(m) => wire_send(&["violation", m]),
            Outcome::Panic {
                phase,
                location,
                message,
            } => wire_send(&["panic", &(*phase as u8).to_string(), location, message]),
            Outcome::Crash { .. } | Outcome::Hang(_) => unreachable!("no deadline here"),
        }
    }
}

/// Runs inputs in a child process (this test binary, as a worker), so that
/// a stack overflow is reported like a panic and a hang is killed.
struct ProcessWorker {
    serve: &'static str,
    child: Child,
    stdin: ChildStdin,
    events: Receiver<Event>,
    stderr: Arc<Mutex<Vec<String>>>,
    /// The phase last reported.
    phase: Phase,
    deadline: Duration,
    stack_mb: Option<u64>,
}

impl ProcessWorker {
    fn spawn(serve: &'static str, deadline: Duration) -> ProcessWorker {
        ProcessWorker::spawn_with(serve, deadline, None)
    }

    /// `stack_mb`: the worker thread's stack (default [`WORKER_STACK`] or
    /// `GOVIZ_FUZZ_STACK_MB`).
    fn spawn_with(serve: &'static str, deadline: Duration, stack_mb: Option<u64>) -> ProcessWorker {
        let mut command = Command::new(std::env::current_exe().expect("test binary"));
        command
            .args([
                "fuzz_worker_process",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("GOVIZ_FUZZ_SERVE", serve)
            .env("RUST_BACKTRACE", "0");
        if let Some(mb) = stack_mb {
            command.env("GOVIZ_FUZZ_STACK_MB", mb.to_string());
        }
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawning a fuzz worker process");
        let stdin = child.stdin.take().expect("piped stdin");
        let stdout = child.stdout.take().expect("piped stdout");
        let stderr_pipe = child.stderr.take().expect("piped stderr");
        let (tx, events) = mpsc::channel();
        thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(e) = parse_event(&line)
                    && tx.send(e).is_err()
                {
                    return;
                }
            }
            let _ = tx.send(Event::Eof);
        });
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let tail = Arc::clone(&stderr);
        thread::spawn(move || {
            for line in BufReader::new(stderr_pipe).lines() {
                let Ok(line) = line else { break };
                let mut t = tail.lock().expect("stderr tail");
                t.push(line);
                if t.len() > 20 {
                    t.remove(0);
                }
            }
        });
        ProcessWorker {
            serve,
            child,
            stdin,
            events,
            stderr,
            phase: Phase::Parse,
            deadline,
            stack_mb,
        }
    }

    /// Replaces the worker process (killing this one).
    fn restart(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        *self = ProcessWorker::spawn_with(self.serve, self.deadline, self.stack_mb);
    }

    fn run(&mut self, src: &[u8]) -> Outcome {
        self.phase = Phase::Parse;
        let sent = self
            .stdin
            .write_all(&(src.len() as u64).to_le_bytes())
            .and_then(|()| self.stdin.write_all(src))
            .and_then(|()| self.stdin.flush());
        let until = Instant::now() + self.deadline;
        loop {
            let left = until.saturating_duration_since(Instant::now());
            let event = if sent.is_err() {
                Ok(Event::Eof)
            } else {
                self.events.recv_timeout(left)
            };
            match event {
                Ok(Event::Phase(p)) => self.phase = p,
                Ok(Event::Result(o)) => return o,
                Ok(Event::Eof) | Err(RecvTimeoutError::Disconnected) => {
                    let status = self
                        .child
                        .wait()
                        .map_or_else(|e| e.to_string(), |s| s.to_string());
                    // Let the stderr reader catch up.
                    thread::sleep(Duration::from_millis(20));
                    let tail = self.stderr.lock().expect("stderr tail").clone();
                    let said: Vec<&str> = tail
                        .iter()
                        .map(String::as_str)
                        .filter(|l| !l.trim().is_empty())
                        .collect();
                    let phase = self.phase;
                    self.restart();
                    return Outcome::Crash {
                        phase,
                        message: format!("{} ({status})", said.join(" / ")),
                    };
                }
                Err(RecvTimeoutError::Timeout) => {
                    let phase = self.phase;
                    self.restart();
                    return Outcome::Hang(phase);
                }
            }
        }
    }
}

impl Drop for ProcessWorker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Checks inputs: in worker processes normally; in a thread of this
/// process for checks that cannot crash it (the harness's own tests).
enum Worker {
    Thread(ThreadWorker),
    Process(ProcessWorker),
}

impl Worker {
    /// The fuzz target's worker.
    fn spawn() -> Worker {
        Worker::Process(ProcessWorker::spawn("check", DEADLINE))
    }

    fn spawn_with(check: Check) -> Worker {
        Worker::Thread(ThreadWorker::spawn(check))
    }

    /// Checks one input within [`DEADLINE`] (or the process worker's own).
    fn run(&mut self, src: &[u8]) -> Outcome {
        match self {
            Worker::Thread(w) => w.run(src, Some(DEADLINE)),
            Worker::Process(w) => w.run(src),
        }
    }

    /// The phase the last input reached.
    fn phase(&self) -> Phase {
        match self {
            Worker::Thread(w) => w.phase(),
            Worker::Process(w) => w.phase,
        }
    }
}

/// How many inputs got how far (for the summary line).
#[derive(Default)]
struct Reached {
    parse_only: u64,
    checked: u64,
    checked_broken: u64,
}

impl Reached {
    fn count(&mut self, worker: &Worker) {
        match worker.phase() {
            Phase::Parse => self.parse_only += 1,
            Phase::Check => self.checked += 1,
            Phase::CheckBroken | Phase::Report => self.checked_broken += 1,
        }
    }
}

fn payload_string(p: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = p.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = p.downcast_ref::<String>() {
        s.clone()
    } else {
        "non-string panic payload".into()
    }
}

// ---------------------------------------------------------------------------
// Minimising and reporting

/// Shrinks `input` while it keeps failing with the same signature: removes
/// ever smaller chunks, then simplifies single bytes.
fn minimise(worker: &mut Worker, input: &[u8], failure: &Outcome) -> Vec<u8> {
    let want = failure.signature();
    let started = Instant::now();
    let budget = env_u64("GOVIZ_FUZZ_MINIMISE_SECS").map_or(MINIMISE_BUDGET, Duration::from_secs);
    let mut hang_trials = 0;
    let mut still_fails = |worker: &mut Worker, cand: &[u8]| -> Option<bool> {
        if started.elapsed() > budget || hang_trials >= MAX_HANG_TRIALS {
            return None;
        }
        let o = worker.run(cand);
        if matches!(o, Outcome::Hang(_)) {
            hang_trials += 1;
        }
        Some(o.signature() == want)
    };
    let mut cur = input.to_vec();
    let mut chunk = cur.len().div_ceil(2).max(1);
    'outer: loop {
        let mut i = 0;
        let mut progressed = false;
        while i < cur.len() {
            let end = (i + chunk).min(cur.len());
            let mut cand = cur[..i].to_vec();
            cand.extend_from_slice(&cur[end..]);
            match still_fails(worker, &cand) {
                None => break 'outer,
                Some(true) => {
                    cur = cand;
                    progressed = true;
                }
                Some(false) => i += chunk,
            }
        }
        if !progressed {
            if chunk == 1 {
                break;
            }
            chunk = chunk.div_ceil(2);
        }
    }
    // Make what is left readable: replace bytes by simpler ones.
    for i in 0..cur.len() {
        for &simpler in b"a0 " {
            if cur[i] == simpler || !(cur[i].is_ascii_alphanumeric() || cur[i] >= 0x80) {
                break;
            }
            let mut cand = cur.clone();
            cand[i] = simpler;
            match still_fails(worker, &cand) {
                None => return cur,
                Some(true) => {
                    cur = cand;
                    break;
                }
                Some(false) => {}
            }
        }
    }
    cur
}

/// `src` as a Rust byte-string literal.
fn escape(src: &[u8]) -> String {
    let mut s = String::from("b\"");
    for &c in src {
        match c {
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            b'\t' => s.push_str("\\t"),
            b'\\' => s.push_str("\\\\"),
            b'"' => s.push_str("\\\""),
            0x20..=0x7e => s.push(c as char),
            _ => {
                let _ = write!(s, "\\x{c:02x}");
            }
        }
    }
    s.push('"');
    s
}

fn report(generator: Gen, seed: u64, original: &[u8], minimal: &[u8], o: &Outcome) -> String {
    let file = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("fuzz-{}-{seed:#018x}.go", generator.name()));
    let saved = match std::fs::write(&file, minimal) {
        Ok(()) => format!("saved to {}", file.display()),
        Err(e) => format!("could not save to {}: {e}", file.display()),
    };
    let shown = if minimal.len() > 4000 {
        format!("{} … ({} bytes)", escape(&minimal[..4000]), minimal.len())
    } else {
        escape(minimal)
    };
    format!(
        "{}\n  generator {}, case seed {seed:#018x} (rerun: GOVIZ_FUZZ_REPRO={}:{seed:#x})\n  \
         original input {} bytes; minimised to {} bytes, {saved}:\n  {shown}",
        o.describe(),
        generator.name(),
        generator.name(),
        original.len(),
        minimal.len(),
    )
}

// ---------------------------------------------------------------------------
// Settings and seeds

/// Decimal or 0x-hex, `_` separators allowed.
fn parse_u64(s: &str) -> Option<u64> {
    let s = s.trim().replace('_', "");
    match s.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16).ok(),
        None => s.parse().ok(),
    }
}

fn env_u64(name: &str) -> Option<u64> {
    let v = std::env::var(name).ok()?;
    Some(parse_u64(&v).unwrap_or_else(|| panic!("{name}={v:?} is not a number")))
}

fn load_seeds() -> Seeds {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-seeds");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("reading {}: {e}", dir.display()))
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    paths.sort();
    let seeds: Vec<Vec<u8>> = paths
        .iter()
        .map(|p| std::fs::read(p).expect("reading seed"))
        .collect();
    assert!(seeds.len() >= 5, "too few seeds in {}", dir.display());
    Seeds::new(seeds)
}

// ---------------------------------------------------------------------------
// Known checker crashes

/// How a known checker bug shows.
enum Known {
    /// A panic in a checker phase whose location is in a file ending with
    /// `file` (e.g. `types/expr.rs`) and whose message contains `message`.
    /// The fuzz run counts such panics as known instead of failing.
    Panic {
        file: &'static str,
        message: &'static str,
    },
    /// The checker overflows the stack (which aborts the process).
    StackOverflow,
    /// The checker does not return within the deadline.
    Hang,
}

/// A checker bug found by this fuzzer and not fixed yet;
/// `known_checker_crashes_still_crash` asserts that `input` still fails so.
/// Only panics are skipped by the fuzz run: a stack overflow or a hang has
/// no location to tell one bug from another, so they stay failures there
/// (the normal suite's fixed cases hit none of these).
struct KnownCrash {
    bug: &'static str,
    input: &'static [u8],
    known: Known,
    /// Only with overflow checks (debug builds; release builds wrap).
    debug_only: bool,
}

impl KnownCrash {
    /// Whether `o` is this bug.
    fn matches(&self, o: &Outcome) -> bool {
        let checker = |p: &Phase| matches!(p, Phase::Check | Phase::CheckBroken | Phase::Report);
        match (&self.known, o) {
            (
                Known::Panic { file, message },
                Outcome::Panic {
                    phase,
                    location,
                    message: m,
                },
            ) => {
                // `location` is `file:line`.
                let f = location.rsplit_once(':').map_or("", |(f, _)| f);
                checker(phase) && f.ends_with(file) && m.contains(message)
            }
            (Known::StackOverflow, Outcome::Crash { phase, message }) => {
                checker(phase) && message.contains("overflowed its stack")
            }
            (Known::Hang, Outcome::Hang(phase)) => checker(phase),
            _ => false,
        }
    }

    /// Whether the fuzz run should count `o` as this known bug.
    fn masks(&self, o: &Outcome) -> bool {
        matches!(self.known, Known::Panic { .. }) && self.matches(o)
    }
}

/// Type-checker crashes found by this fuzzer and not fixed yet (the
/// checker must report an error instead; gc's is given).
const KNOWN_CHECKER_CRASHES: &[KnownCrash] = &[];

#[test]
fn known_checker_crashes_still_crash() {
    // A small stack and a short deadline keep this quick.
    let mut w = Worker::Process(ProcessWorker::spawn_with(
        "check",
        Duration::from_secs(2),
        Some(16),
    ));
    for k in KNOWN_CHECKER_CRASHES {
        if k.debug_only && !cfg!(debug_assertions) {
            continue;
        }
        let o = w.run(k.input);
        assert!(
            o != Outcome::Pass,
            "known checker crash now fixed, remove it from KNOWN_CHECKER_CRASHES: {} ({})",
            k.bug,
            escape(k.input)
        );
        assert!(
            k.matches(&o),
            "known checker crash {:?} ({}) now fails differently: {}; update \
             KNOWN_CHECKER_CRASHES",
            k.bug,
            escape(k.input),
            o.describe()
        );
    }
}

// ---------------------------------------------------------------------------
// Driver

fn fuzz(generator: Gen) {
    let seeds = load_seeds();
    let mut worker = Worker::spawn();

    let repro = std::env::var("GOVIZ_FUZZ_REPRO").ok();
    let input = std::env::var_os("GOVIZ_FUZZ_INPUT")
        .map(|p| std::fs::read(&p).unwrap_or_else(|e| panic!("GOVIZ_FUZZ_INPUT={p:?}: {e}")));
    let case_seeds: Box<dyn Iterator<Item = u64>> = if input.is_some() {
        if generator != Gen::Mutate {
            return;
        }
        Box::new(std::iter::once(0))
    } else if let Some(r) = repro {
        let (g, s) = r
            .split_once(':')
            .unwrap_or_else(|| panic!("GOVIZ_FUZZ_REPRO={r:?}: want GEN:SEED"));
        if Gen::from_name(g) != Some(generator) {
            return;
        }
        let seed = parse_u64(s).unwrap_or_else(|| panic!("bad seed in GOVIZ_FUZZ_REPRO={r:?}"));
        Box::new(std::iter::once(seed))
    } else {
        let total = env_u64("GOVIZ_FUZZ_CASES").unwrap_or(DEFAULT_CASES);
        let base = env_u64("GOVIZ_FUZZ_SEED").unwrap_or(DEFAULT_SEED);
        let n = (total * generator.share()).div_ceil(10);
        Box::new((0..n).map(move |i| case_seed(base, generator, i)))
    };
    let max_failures = env_u64("GOVIZ_FUZZ_MAX_FAILURES").map_or(MAX_FAILURES, |n| n as usize);

    let started = Instant::now();
    let mut failures: Vec<(String, String)> = Vec::new();
    let mut known = vec![0u64; KNOWN_CHECKER_CRASHES.len()];
    let mut record = |worker: &mut Worker, seed: u64, src: &[u8], o: Outcome| -> bool {
        if let Some(i) = KNOWN_CHECKER_CRASHES.iter().position(|k| k.masks(&o)) {
            known[i] += 1;
            return false;
        }
        let sig = o.signature();
        if failures.iter().any(|(s, _)| *s == sig) {
            return false;
        }
        let minimal = minimise(worker, src, &o);
        let text = report(generator, seed, src, &minimal, &o);
        eprintln!("fuzz {}: FAILURE {text}", generator.name());
        failures.push((sig, text));
        failures.len() >= max_failures
    };

    // The seeds themselves, unmodified.
    if generator == Gen::Mutate && input.is_none() {
        for (i, s) in seeds.raw.iter().enumerate() {
            let o = worker.run(s);
            if o != Outcome::Pass {
                record(&mut worker, i as u64, s, o);
            }
        }
    }

    let mut executed = 0u64;
    let mut bytes = 0u64;
    let mut reached = Reached::default();
    let mut last_progress = Instant::now();
    for seed in case_seeds {
        let src = input
            .clone()
            .unwrap_or_else(|| generator.generate(seed, &seeds));
        executed += 1;
        bytes += src.len() as u64;
        let o = worker.run(&src);
        reached.count(&worker);
        if o != Outcome::Pass && record(&mut worker, seed, &src, o) {
            break;
        }
        if last_progress.elapsed() > Duration::from_secs(60) {
            last_progress = Instant::now();
            eprintln!(
                "fuzz {}: {executed} cases, {:.0?}",
                generator.name(),
                started.elapsed()
            );
        }
    }
    let known: u64 = known.iter().sum();
    eprintln!(
        "fuzz {}: {executed} cases ({} KiB) in {:.2?}: {} type-checked without syntax errors, \
         {} with, {} not; {known} known checker crashes; {} distinct failures",
        generator.name(),
        bytes / 1024,
        started.elapsed(),
        reached.checked,
        reached.checked_broken,
        reached.parse_only,
        failures.len()
    );
    if !failures.is_empty() {
        let all: Vec<String> = failures.into_iter().map(|(_, t)| t).collect();
        panic!(
            "fuzz {} found {} failure(s):\n{}",
            generator.name(),
            all.len(),
            all.join("\n")
        );
    }
}

#[test]
fn fuzz_mutated_seeds() {
    fuzz(Gen::Mutate);
}

#[test]
fn fuzz_spliced_seeds() {
    fuzz(Gen::Splice);
}

#[test]
fn fuzz_token_soup() {
    fuzz(Gen::Soup);
}

#[test]
fn fuzz_arbitrary_bytes() {
    fuzz(Gen::Bytes);
}

/// The `check_*.go` seeds are valid, type-correct Go (`go vet` accepts
/// them): they parse without errors, and what the checker says about them
/// is shown (a checker false positive, not a crash, so not a failure here).
#[test]
fn checker_seeds_are_valid() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-seeds");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).expect("seed dir") {
        let path = entry.expect("dir entry").path();
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if !(name.starts_with("check_") && name.ends_with(".go")) {
            continue;
        }
        n += 1;
        let src = std::fs::read(&path).expect("reading seed");
        let parsed = parse_file(&format!("./{name}"), &src);
        assert!(parsed.errors.is_empty(), "{name}: {:?}", parsed.errors);
        let file = parsed.file.expect("parsed");
        let (mut world, pre) = World::new();
        let imports: HashMap<String, _> = [("unsafe".to_string(), pre.unsafe_pkg)].into();
        let (_, errors, _) = Checker::check_package(
            &mut world,
            pre,
            PkgFiles {
                path: "p",
                files: &[&file],
                imports: &imports,
                lang: Some(GO_CURRENT),
            },
        );
        for line in error_lines(&world, &errors) {
            eprintln!("checker false positive: {line}");
        }
    }
    assert!(n >= 5, "too few check_*.go seeds");
}

/// A stand-in for bugs: panics on input containing `@x` and `x@`; in a
/// worker process only, overflows the stack on `@@` and hangs on `@!`.
fn buggy_check(src: &[u8]) -> Result<(), String> {
    let has = |pat: &[u8]| src.windows(2).any(|w| w == pat);
    if has(b"@x") && has(b"x@") {
        panic!("planted bug");
    }
    if SERVING.load(Ordering::Relaxed) {
        set_phase(Phase::Check);
        if has(b"@@") {
            recurse(0);
        }
        if has(b"@!") {
            loop {
                thread::sleep(Duration::from_secs(1));
            }
        }
    }
    Ok(())
}

/// Recurses until the stack overflows (`n` is never 0 on the way).
fn recurse(n: u64) -> u64 {
    let a = std::hint::black_box([n; 64]);
    if a[1] == 0 && n > 0 {
        return 0;
    }
    recurse(a[1] + 1) + a[0]
}

/// The harness itself: panics are caught, located and minimised;
/// generators are deterministic.
#[test]
fn harness_catches_and_minimises() {
    let mut w = Worker::spawn();
    assert_eq!(w.run(b"package p\nfunc f() {}\n"), Outcome::Pass);
    let mut w = Worker::spawn_with(buggy_check);
    let input = b"package p\nvar a = @x + 1\nfunc f() { x@ }\n";
    let o = w.run(input);
    let Outcome::Panic {
        location, message, ..
    } = &o
    else {
        panic!("planted bug not caught: {o:?}");
    };
    assert!(location.contains("fuzz.rs"), "{location}");
    assert!(message.contains("planted bug"), "{message}");
    let min = minimise(&mut w, input, &o);
    assert!(min == b"x@x" || min == b"@x@", "{}", escape(&min));
    let bad = Outcome::Violation("error position beyond (x): 9 > 8".into());
    assert_eq!(bad.signature(), "violation: error position beyond (x)");
    assert_eq!(escape(b"a\"\\\n\xff\0"), "b\"a\\\"\\\\\\n\\xff\\x00\"");
    // In a worker process: panics, stack overflows and hangs.
    let mut p = Worker::Process(ProcessWorker::spawn("buggy", Duration::from_secs(2)));
    assert_eq!(p.run(b"package p\n"), Outcome::Pass);
    let o = p.run(input);
    assert!(
        matches!(&o, Outcome::Panic { message, .. } if message.contains("planted bug")),
        "{o:?}"
    );
    let o = p.run(b"x@@");
    assert_eq!(o.signature(), "crash in checker: stack overflow", "{o:?}");
    assert_eq!(p.run(b"x"), Outcome::Pass);
    let o = p.run(b"@!");
    assert_eq!(o, Outcome::Hang(Phase::Check));
    let o = p.run(b"abc@@def");
    assert_eq!(minimise(&mut p, b"abc@@def", &o), b"@@");
    let known = KnownCrash {
        bug: "test",
        input: b"",
        known: Known::Panic {
            file: "types/expr.rs",
            message: "overflow",
        },
        debug_only: false,
    };
    let at = |phase, location: &str| Outcome::Panic {
        phase,
        location: location.into(),
        message: "panicked at x: attempt to add with overflow".into(),
    };
    assert!(known.matches(&at(Phase::Check, "compiler/src/types/expr.rs:10")));
    assert!(!known.matches(&at(Phase::Parse, "compiler/src/types/expr.rs:10")));
    assert!(!known.matches(&at(Phase::Check, "compiler/src/types/stmt.rs:10")));
    assert!(known.masks(&at(Phase::CheckBroken, "compiler/src/types/expr.rs:10")));
    let overflow = KnownCrash {
        bug: "test",
        input: b"",
        known: Known::StackOverflow,
        debug_only: false,
    };
    let crash = Outcome::Crash {
        phase: Phase::Check,
        message: "thread 'w' has overflowed its stack".into(),
    };
    assert!(overflow.matches(&crash) && !overflow.masks(&crash));
    let hang = KnownCrash {
        bug: "test",
        input: b"",
        known: Known::Hang,
        debug_only: false,
    };
    let hung = Outcome::Hang(Phase::CheckBroken);
    assert!(hang.matches(&hung) && !hang.masks(&hung) && !hang.matches(&crash));
    let seeds = load_seeds();
    for g in Gen::ALL {
        let a = g.generate(7, &seeds);
        assert_eq!(a, g.generate(7, &seeds), "{g:?} is not deterministic");
        assert!(a.len() <= MAX_LEN);
    }
    // Splicing keeps most of its output parseable.
    let parses = (0..200)
        .filter(|&i| {
            let src = Gen::Splice.generate(i, &seeds);
            parse_file("s.go", &src).errors.is_empty()
        })
        .count();
    assert!(parses >= 80, "only {parses}/200 spliced inputs parse");
    let toks = tokenize("x := a<<=1.5e+3 + 'a' // c\n\"s\\\"\"");
    let texts: Vec<&str> = toks
        .iter()
        .filter(|t| t.kind != Tk::Space)
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(
        texts,
        ["x", ":=", "a", "<<=", "1.5e+3", "+", "'a'", "\"s\\\"\""]
    );
}
