//! Fuzzing the Go scanner and parser.
//!
//! `parse_file` must never panic and never hang, whatever bytes it is given.
//! Three generators feed it:
//!
//! - `mutate`: the hand-written seeds in `tests/fuzz-seeds/` with random byte
//!   edits (insert/delete/replace/duplicate/move ranges, splices of two seeds,
//!   inserted Go tokens, quotes, comment openers, newlines, truncation);
//! - `soup`: random sequences of Go tokens, optionally bracket-balanced;
//! - `bytes`: arbitrary bytes, including invalid UTF-8, NUL and BOMs.
//!
//! For every input: `parse_file` returns within [`DEADLINE`] without
//! panicking; every error position is within the source; reporting the errors
//! through `gc_report` and dumping the tree (if any) do not panic.
//!
//! Each case runs on a worker thread so a hang is caught and reported. A
//! failing input is minimised and printed as an escaped byte string together
//! with the case seed, and is written to `$CARGO_TARGET_TMPDIR`.
//!
//! Environment:
//! - `GOVIZ_FUZZ_CASES=N`: total cases across the generators (default 3000);
//! - `GOVIZ_FUZZ_SEED=S`: base seed (decimal or 0x-hex; default fixed);
//! - `GOVIZ_FUZZ_REPRO=GEN:SEED`: rerun exactly one case, e.g.
//!   `GOVIZ_FUZZ_REPRO=mutate:0x1234 cargo test -p goviz-compiler --test fuzz`.
//!
//! Long run: `GOVIZ_FUZZ_CASES=300000 cargo test --release -p goviz-compiler
//! --test fuzz -- --nocapture`.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::Once;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::thread;
use std::time::{Duration, Instant};

use goviz_compiler::diag::{Diagnostic, gc_report};
use goviz_compiler::syntax::{parse_file, printer};

/// Total cases in the normal test suite.
const DEFAULT_CASES: u64 = 3000;
/// Default base seed: the normal suite is deterministic.
const DEFAULT_SEED: u64 = 0x6f76_697a_f022_2025;
/// A case taking longer than this is a hang.
const DEADLINE: Duration = Duration::from_secs(5);
/// Generated inputs are at most this long.
const MAX_LEN: usize = 16 * 1024;
/// Worker stack: generous, so that only a true hang or panic is reported
/// (deeply nested input is a separate concern from these properties).
const WORKER_STACK: usize = 256 << 20;
/// Distinct failures collected before a run stops early.
const MAX_FAILURES: usize = 5;
/// Time budget for minimising one failing input.
const MINIMISE_BUDGET: Duration = Duration::from_secs(90);
/// At most this many hanging trials while minimising (each one leaves a
/// spinning thread behind).
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
}

impl Gen {
    fn name(self) -> &'static str {
        match self {
            Gen::Mutate => "mutate",
            Gen::Soup => "soup",
            Gen::Bytes => "bytes",
        }
    }

    fn from_name(s: &str) -> Option<Gen> {
        [Gen::Mutate, Gen::Soup, Gen::Bytes]
            .into_iter()
            .find(|g| g.name() == s)
    }

    /// This generator's share of the total case count, in tenths.
    fn share(self) -> u64 {
        match self {
            Gen::Mutate => 5,
            Gen::Soup => 3,
            Gen::Bytes => 2,
        }
    }

    fn generate(self, seed: u64, seeds: &[Vec<u8>]) -> Vec<u8> {
        let mut rng = Rng::new(seed);
        let mut out = match self {
            Gen::Mutate => gen_mutate(&mut rng, seeds),
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
// The property

/// Runs everything that must not panic on `src`; Err for a violated property.
fn check(src: &[u8]) -> Result<(), String> {
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
    }
    Ok(())
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    Pass,
    /// A property failed; the message.
    Violation(String),
    /// A panic: where, and the full message.
    Panic {
        location: String,
        message: String,
    },
    Hang,
}

impl Outcome {
    /// What identifies "the same bug" while minimising and deduplicating.
    fn signature(&self) -> String {
        match self {
            Outcome::Pass => "pass".into(),
            Outcome::Violation(m) => {
                format!("violation: {}", m.split(':').next().unwrap_or_default())
            }
            Outcome::Panic { location, .. } => format!("panic at {location}"),
            Outcome::Hang => "hang".into(),
        }
    }

    fn describe(&self) -> String {
        match self {
            Outcome::Pass => "pass".into(),
            Outcome::Violation(m) => format!("property violated: {m}"),
            Outcome::Panic { message, .. } => format!("panic: {message}"),
            Outcome::Hang => format!("hang: parse did not return within {DEADLINE:?}"),
        }
    }
}

thread_local! {
    static LAST_PANIC: RefCell<Option<(String, String)>> = const { RefCell::new(None) };
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
                LAST_PANIC.with(|p| *p.borrow_mut() = Some((location, info.to_string())));
            } else {
                default(info);
            }
        }));
    });
}

type Check = fn(&[u8]) -> Result<(), String>;

/// A thread that checks inputs; replaced when one hangs.
struct Worker {
    check: Check,
    tx: Sender<Vec<u8>>,
    rx: Receiver<Outcome>,
}

impl Worker {
    fn spawn() -> Worker {
        Worker::spawn_with(check)
    }

    fn spawn_with(check: Check) -> Worker {
        install_panic_hook();
        let (tx, in_rx) = mpsc::channel::<Vec<u8>>();
        let (out_tx, rx) = mpsc::channel();
        thread::Builder::new()
            .name(WORKER_NAME.into())
            .stack_size(WORKER_STACK)
            .spawn(move || {
                for src in in_rx {
                    let r = panic::catch_unwind(AssertUnwindSafe(|| check(&src)));
                    let outcome = match r {
                        Ok(Ok(())) => Outcome::Pass,
                        Ok(Err(m)) => Outcome::Violation(m),
                        Err(payload) => {
                            let (location, message) = LAST_PANIC
                                .with(|p| p.borrow_mut().take())
                                .unwrap_or_else(|| ("?".into(), payload_string(payload.as_ref())));
                            Outcome::Panic { location, message }
                        }
                    };
                    if out_tx.send(outcome).is_err() {
                        break;
                    }
                }
            })
            .expect("spawning fuzz worker");
        Worker { check, tx, rx }
    }

    /// Checks one input. After a hang the stuck thread is abandoned and a
    /// fresh worker takes over.
    fn run(&mut self, src: &[u8]) -> Outcome {
        self.tx.send(src.to_vec()).expect("fuzz worker alive");
        match self.rx.recv_timeout(DEADLINE) {
            Ok(o) => o,
            Err(RecvTimeoutError::Timeout) => {
                *self = Worker::spawn_with(self.check);
                Outcome::Hang
            }
            Err(RecvTimeoutError::Disconnected) => Outcome::Panic {
                location: "?".into(),
                message: "fuzz worker died".into(),
            },
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
    let mut hang_trials = 0;
    let mut still_fails = |worker: &mut Worker, cand: &[u8]| -> Option<bool> {
        if started.elapsed() > MINIMISE_BUDGET || hang_trials >= MAX_HANG_TRIALS {
            return None;
        }
        let o = worker.run(cand);
        if o == Outcome::Hang {
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
// Driver

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

fn load_seeds() -> Vec<Vec<u8>> {
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
    seeds
}

fn fuzz(generator: Gen) {
    let seeds = load_seeds();
    let mut worker = Worker::spawn();

    let repro = std::env::var("GOVIZ_FUZZ_REPRO").ok();
    let case_seeds: Box<dyn Iterator<Item = u64>> = if let Some(r) = repro {
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

    let started = Instant::now();
    let mut failures: Vec<(String, String)> = Vec::new();
    let mut record = |worker: &mut Worker, seed: u64, src: &[u8], o: Outcome| -> bool {
        let sig = o.signature();
        if failures.iter().any(|(s, _)| *s == sig) {
            return false;
        }
        let minimal = minimise(worker, src, &o);
        let text = report(generator, seed, src, &minimal, &o);
        eprintln!("fuzz {}: FAILURE {text}", generator.name());
        failures.push((sig, text));
        o == Outcome::Hang || failures.len() >= MAX_FAILURES
    };

    // The seeds themselves, unmodified.
    if generator == Gen::Mutate {
        for (i, s) in seeds.iter().enumerate() {
            let o = worker.run(s);
            if o != Outcome::Pass {
                record(&mut worker, i as u64, s, o);
            }
        }
    }

    let mut executed = 0u64;
    let mut bytes = 0u64;
    let mut last_progress = Instant::now();
    for seed in case_seeds {
        let src = generator.generate(seed, &seeds);
        executed += 1;
        bytes += src.len() as u64;
        let o = worker.run(&src);
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
    eprintln!(
        "fuzz {}: {executed} cases ({} KiB) in {:.2?}, {} distinct failures",
        generator.name(),
        bytes / 1024,
        started.elapsed(),
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
fn fuzz_token_soup() {
    fuzz(Gen::Soup);
}

#[test]
fn fuzz_arbitrary_bytes() {
    fuzz(Gen::Bytes);
}

/// A stand-in for a parser bug: panics on input containing `@x` and `x@`.
fn buggy_check(src: &[u8]) -> Result<(), String> {
    let has = |pat: &[u8]| src.windows(2).any(|w| w == pat);
    if has(b"@x") && has(b"x@") {
        panic!("planted bug");
    }
    Ok(())
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
    let Outcome::Panic { location, message } = &o else {
        panic!("planted bug not caught: {o:?}");
    };
    assert!(location.contains("fuzz.rs"), "{location}");
    assert!(message.contains("planted bug"), "{message}");
    let min = minimise(&mut w, input, &o);
    assert!(min == b"x@x" || min == b"@x@", "{}", escape(&min));
    let bad = Outcome::Violation("error position beyond (x): 9 > 8".into());
    assert_eq!(bad.signature(), "violation: error position beyond (x)");
    assert_eq!(escape(b"a\"\\\n\xff\0"), "b\"a\\\"\\\\\\n\\xff\\x00\"");
    for g in [Gen::Mutate, Gen::Soup, Gen::Bytes] {
        let seeds = load_seeds();
        let a = g.generate(7, &seeds);
        assert_eq!(a, g.generate(7, &seeds), "{g:?} is not deterministic");
        assert!(a.len() <= MAX_LEN);
    }
}
