//! The parser against Go's own source, read from the installed toolchain
//! (GOVIZ_GOROOT, else `go env GOROOT`; see `common::goroot`).
//!
//! - `every_file_outside_testdata_parses`: all of `$GOROOT/src` outside
//!   `testdata` directories parses without error.
//! - `valid_testdata_files_parse`: the testdata files listed in
//!   `tests/syntax-valid-testdata.txt` (made by `tests/regen-valid-testdata.sh`
//!   with the real `gofmt`) parse without error.
//! - `gc_syntax_testdata_errors`: gc's own syntax-error test data
//!   (`src/cmd/compile/internal/syntax/testdata/*.go`, `ERROR` comments as
//!   in gc's `error_test.go`) is scored; the match ratio must not regress.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use goviz_compiler::syntax;
use regex::Regex;

/// `$GOROOT/src` holds ~6,800 `.go` files outside testdata in Go 1.27.
const MIN_NON_TESTDATA_FILES: usize = 5000;

#[test]
fn every_file_outside_testdata_parses() {
    let src = common::goroot().src();
    let files: Vec<PathBuf> = common::go_files(&src)
        .into_iter()
        .filter(|rel| !common::in_testdata(rel))
        .collect();
    assert!(
        files.len() >= MIN_NON_TESTDATA_FILES,
        "found only {} .go files outside testdata under {} (expected at least {MIN_NON_TESTDATA_FILES})",
        files.len(),
        src.display()
    );
    let results = common::parse_all(&src, &files);
    eprintln!(
        "every_file_outside_testdata_parses: parsed {} files under {}",
        files.len(),
        src.display()
    );
    common::assert_all_parse("files outside testdata", &files, &results);
}

/// The list of testdata files gofmt accepts (paths relative to `$GOROOT/src`).
const VALID_TESTDATA_LIST: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/syntax-valid-testdata.txt"
);

/// About 90% of the list's length when it was generated (891 entries for
/// go1.27.3); guards against an accidentally truncated list.
const MIN_VALID_TESTDATA_FILES: usize = 800;

#[test]
fn valid_testdata_files_parse() {
    let goroot = common::goroot();
    let src = goroot.src();
    let list = std::fs::read_to_string(VALID_TESTDATA_LIST).unwrap_or_else(|e| {
        panic!("cannot read {VALID_TESTDATA_LIST} (regenerate it with tests/regen-valid-testdata.sh): {e}")
    });
    let files: Vec<PathBuf> = list
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(PathBuf::from)
        .collect();
    assert!(
        files.len() >= MIN_VALID_TESTDATA_FILES,
        "{VALID_TESTDATA_LIST} lists only {} files (expected at least {MIN_VALID_TESTDATA_FILES})",
        files.len()
    );
    let missing: Vec<String> = files
        .iter()
        .filter(|rel| !src.join(rel).is_file())
        .map(|rel| rel.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "{} listed files are missing from {} ({}); regenerate the list with \
         tests/regen-valid-testdata.sh:\n  {}",
        missing.len(),
        src.display(),
        goroot.version,
        missing.join("\n  ")
    );
    let results = common::parse_all(&src, &files);
    eprintln!("valid_testdata_files_parse: parsed {} files", files.len());
    common::assert_all_parse("valid testdata files", &files, &results);
}

// ---- gc's ERROR-comment harness (cmd/compile/internal/syntax/error_test.go) ----

/// A position as gc's harness keys it: line and byte column, both 1-based;
/// column 0 for `// ERROR` line comments (only the line must match).
type LinePos = (u32, u32);

/// Tokenizes just enough Go to find where gc's scanner puts each token, so
/// that a `/* ERROR rx */` comment can be attached to the token after it.
struct Tokenizer<'a> {
    src: &'a [u8],
    off: usize,
    line: u32,
    line_start: usize,
    nlsemi: bool,
}

/// What one `next` call found.
enum Tok {
    Eof,
    /// Any other token, at (line, col).
    At(LinePos),
}

impl<'a> Tokenizer<'a> {
    fn new(src: &'a [u8]) -> Self {
        Tokenizer {
            src,
            off: 0,
            line: 1,
            line_start: 0,
            nlsemi: false,
        }
    }

    fn peek(&self, k: usize) -> Option<u8> {
        self.src.get(self.off + k).copied()
    }

    fn bump(&mut self) {
        if self.src[self.off] == b'\n' {
            self.line += 1;
            self.line_start = self.off + 1;
        }
        self.off += 1;
    }

    fn pos(&self) -> LinePos {
        (self.line, (self.off - self.line_start) as u32 + 1)
    }

    fn is_ident_byte(b: u8) -> bool {
        b.is_ascii_alphanumeric() || b == b'_' || b >= 0x80
    }

    /// Scans the next token as gc's scanner would, calling `comment` with
    /// each comment's text (and the line it starts on). Returns its position.
    fn next(&mut self, comment: &mut impl FnMut(&str, u32)) -> Tok {
        loop {
            while let Some(b) = self.peek(0) {
                if b == b' ' || b == b'\t' || b == b'\r' || (b == b'\n' && !self.nlsemi) {
                    self.bump();
                } else {
                    break;
                }
            }
            let start = self.pos();
            let Some(b) = self.peek(0) else {
                if self.nlsemi {
                    self.nlsemi = false;
                    return Tok::At(start);
                }
                return Tok::Eof;
            };
            let nlsemi = std::mem::replace(&mut self.nlsemi, false);
            match b {
                b'\n' => self.bump(),
                b'/' if self.peek(1) == Some(b'/') => {
                    let from = self.off;
                    while self.peek(0).is_some_and(|c| c != b'\n') {
                        self.bump();
                    }
                    comment(&String::from_utf8_lossy(&self.src[from..self.off]), start.0);
                    self.nlsemi = nlsemi;
                    continue;
                }
                b'/' if self.peek(1) == Some(b'*') => {
                    let from = self.off;
                    self.bump();
                    self.bump();
                    while self.peek(0).is_some()
                        && !(self.peek(0) == Some(b'*') && self.peek(1) == Some(b'/'))
                    {
                        self.bump();
                    }
                    if self.peek(0).is_some() {
                        self.bump();
                        self.bump();
                    }
                    comment(&String::from_utf8_lossy(&self.src[from..self.off]), start.0);
                    if nlsemi && self.line != start.0 {
                        // A multi-line comment acts like a newline.
                        return Tok::At(start);
                    }
                    self.nlsemi = nlsemi;
                    continue;
                }
                b'"' | b'\'' => {
                    self.bump();
                    while let Some(c) = self.peek(0) {
                        if c == b'\n' {
                            break;
                        }
                        self.bump();
                        if c == b'\\' && self.peek(0).is_some_and(|c| c != b'\n') {
                            self.bump();
                        } else if c == b {
                            break;
                        }
                    }
                    self.nlsemi = true;
                }
                b'`' => {
                    self.bump();
                    while let Some(c) = self.peek(0) {
                        self.bump();
                        if c == b'`' {
                            break;
                        }
                    }
                    self.nlsemi = true;
                }
                b'0'..=b'9' | b'.'
                    if b != b'.' || self.peek(1).is_some_and(|c| c.is_ascii_digit()) =>
                {
                    let hex = b == b'0' && matches!(self.peek(1), Some(b'x' | b'X'));
                    let mut prev = 0;
                    while let Some(c) = self.peek(0) {
                        let exp_sign = (c == b'+' || c == b'-')
                            && (matches!(prev, b'p' | b'P')
                                || (!hex && matches!(prev, b'e' | b'E')));
                        if !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || exp_sign) {
                            break;
                        }
                        prev = c;
                        self.bump();
                    }
                    self.nlsemi = true;
                }
                _ if Self::is_ident_byte(b) => {
                    let from = self.off;
                    while self.peek(0).is_some_and(Self::is_ident_byte) {
                        self.bump();
                    }
                    let word = &self.src[from..self.off];
                    const KEYWORDS: &[&[u8]] = &[
                        b"case",
                        b"chan",
                        b"const",
                        b"default",
                        b"defer",
                        b"else",
                        b"for",
                        b"func",
                        b"go",
                        b"goto",
                        b"if",
                        b"import",
                        b"interface",
                        b"map",
                        b"package",
                        b"range",
                        b"select",
                        b"struct",
                        b"switch",
                        b"type",
                        b"var",
                    ];
                    self.nlsemi = !KEYWORDS.contains(&word);
                }
                b')' | b']' | b'}' => {
                    self.bump();
                    self.nlsemi = true;
                }
                b'+' | b'-' if self.peek(1) == Some(b) => {
                    self.bump();
                    self.bump();
                    self.nlsemi = true;
                }
                _ => self.bump(),
            }
            return Tok::At(start);
        }
    }
}

/// The errors a gc syntax testdata file declares, as `declaredErrors` in
/// gc's error_test.go finds them: `// ERROR rx` applies to its line,
/// `/* ERROR rx */` to the position of the next token (the last such
/// comment before a token wins).
fn declared_errors(src: &[u8]) -> BTreeMap<LinePos, String> {
    let mut declared = BTreeMap::new();
    let mut pending: Option<String> = None;
    let mut t = Tokenizer::new(src);
    loop {
        let tok = t.next(&mut |text, line| {
            if let Some(rx) = text.strip_prefix("// ERROR ") {
                declared.insert((line, 0), rx.trim().to_string());
            } else if let Some(rx) = text.strip_prefix("/* ERROR ") {
                let rx = rx.strip_suffix("*/").unwrap_or(rx);
                pending = Some(rx.trim().to_string());
            }
        });
        let pos = match tok {
            Tok::At(pos) => pos,
            Tok::Eof => t.pos(),
        };
        if let Some(rx) = pending.take() {
            declared.insert(pos, rx);
        }
        if matches!(tok, Tok::Eof) {
            break;
        }
    }
    declared
}

/// Rewrites a Go (RE2) regexp for the `regex` crate: Go takes a `{` or `}`
/// that is not part of a counted repetition (`{n}`, `{n,}`, `{n,m}`) as a
/// literal, e.g. `unexpected {`; `regex` rejects it, so it is escaped.
fn go_regexp(rx: &str) -> String {
    let b = rx.as_bytes();
    let mut out = String::with_capacity(rx.len() + 4);
    let mut i = 0;
    let mut in_class = false;
    while i < rx.len() {
        let c = b[i];
        if c == b'\\' && i + 1 < rx.len() {
            let w = rx[i + 1..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&rx[i..i + 1 + w]);
            i += 1 + w;
            continue;
        }
        if in_class {
            in_class = c != b']';
        } else if c == b'[' {
            in_class = true;
            // A `]` right after `[` or `[^` is a literal member.
            let mut j = i + 1;
            if b.get(j) == Some(&b'^') {
                j += 1;
            }
            if b.get(j) == Some(&b']') {
                out.push_str(&rx[i..=j]);
                i = j + 1;
                continue;
            }
        } else if c == b'{' {
            let rest = &rx[i + 1..];
            let close = rest.find('}');
            let counted = close.is_some_and(|k| {
                let (lo, hi) = rest[..k].split_once(',').unwrap_or((&rest[..k], "0"));
                !lo.is_empty()
                    && lo.bytes().all(|d| d.is_ascii_digit())
                    && hi.bytes().all(|d| d.is_ascii_digit())
            });
            if counted {
                let k = close.unwrap_or_default();
                out.push_str(&rx[i..i + k + 2]);
                i += k + 2;
                continue;
            }
            out.push_str("\\{");
            i += 1;
            continue;
        } else if c == b'}' {
            out.push_str("\\}");
            i += 1;
            continue;
        }
        let w = rx[i..].chars().next().map_or(1, char::len_utf8);
        out.push_str(&rx[i..i + w]);
        i += w;
    }
    out
}

#[derive(Default)]
struct Score {
    declared: usize,
    matched: usize,
    /// Declared errors goviz did not report (including wrong messages).
    missed: Vec<String>,
    /// Errors goviz reported where none (or a different one) was declared.
    unexpected: Vec<String>,
}

/// Runs gc's harness logic on one file: each reported error must be
/// declared at its exact position (or, failing that, by a line comment on
/// its line) with a regexp matching the whole message ("syntax error: ..."
/// included, unanchored); declared errors left over are missing.
fn score_file(name: &str, src: &[u8], score: &mut Score) {
    let mut declared = declared_errors(src);
    score.declared += declared.len();
    let parsed = syntax::parse_file(name, src);
    for e in &parsed.errors {
        let lc = parsed.lines.line_col(e.pos);
        let exact = (lc.line, lc.col);
        let key = if declared.contains_key(&exact) {
            exact
        } else {
            (lc.line, 0)
        };
        let Some(pattern) = declared.get(&key) else {
            score.unexpected.push(format!(
                "{name}:{}:{}: unexpected error: {}",
                lc.line, lc.col, e.msg
            ));
            continue;
        };
        let rx = Regex::new(&go_regexp(pattern)).unwrap_or_else(|err| {
            panic!(
                "{name}:{}:{}: bad ERROR regexp {pattern:?}: {err}",
                key.0, key.1
            )
        });
        if rx.is_match(&e.msg) {
            declared.remove(&key);
            score.matched += 1;
        } else {
            score.unexpected.push(format!(
                "{name}:{}:{}: got {:?}, which does not match expected {pattern:?}",
                lc.line, lc.col, e.msg
            ));
        }
    }
    for ((line, col), pattern) in declared {
        let at = if col == 0 {
            format!("{line}")
        } else {
            format!("{line}:{col}")
        };
        score
            .missed
            .push(format!("{name}:{at}: missing error: {pattern}"));
    }
}

/// Floor on matched/declared, in percent: what the parser reached when
/// this test was written, rounded down to a multiple of 5 (go1.27.3: 96 of
/// 106; the 10 missed are the branch checks gc's parser makes in
/// `CheckBranches` mode: misplaced `fallthrough`, invalid `break` labels).
/// Raise it as the parser improves.
const MIN_MATCH_PERCENT: usize = 100;

/// gc's syntax testdata declares 106 errors in go1.27.3.
const MIN_DECLARED: usize = 100;

#[test]
fn gc_syntax_testdata_errors() {
    let dir = common::goroot()
        .src()
        .join("cmd/compile/internal/syntax/testdata");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("read_dir entry").path())
        .filter(|p| {
            p.is_file()
                && p.extension().is_some_and(|x| x == "go")
                && !p
                    .file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no .go files in {}", dir.display());

    let mut score = Score::default();
    for path in &files {
        let src = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let name = Path::new("testdata").join(path.file_name().unwrap());
        score_file(&name.to_string_lossy(), &src, &mut score);
    }

    let percent = score.matched * 100 / score.declared.max(1);
    eprintln!(
        "gc_syntax_testdata_errors: {} files, {} declared errors: {} matched ({percent}%), \
         {} missed, {} unexpected",
        files.len(),
        score.declared,
        score.matched,
        score.missed.len(),
        score.unexpected.len()
    );
    for m in score.missed.iter().chain(&score.unexpected) {
        eprintln!("  {m}");
    }
    assert!(
        score.declared >= MIN_DECLARED,
        "only {} ERROR comments found in {} (expected at least {MIN_DECLARED})",
        score.declared,
        dir.display()
    );
    assert!(
        percent >= MIN_MATCH_PERCENT,
        "matched {}/{} declared errors ({percent}%), below the floor of {MIN_MATCH_PERCENT}%",
        score.matched,
        score.declared
    );
}

#[test]
fn error_comment_positions_follow_gc() {
    let src = b"package p\n\
        var _ = f( /* ERROR a */ x)\n\
        var _ = x /* ERROR b\n*/\n\
        var _ = 0x1e+ /* ERROR c */ 1e+2 // ERROR d\n\
        /* ERROR e */";
    let got = declared_errors(src);
    let want: BTreeMap<LinePos, String> = [
        ((2, 26), "a"),
        ((3, 11), "b"),
        ((5, 29), "c"),
        ((5, 0), "d"),
        ((6, 14), "e"),
    ]
    .into_iter()
    .map(|(p, s)| (p, s.to_string()))
    .collect();
    assert_eq!(got, want);
}

#[test]
fn go_regexps_translate() {
    for (go, want) in [
        ("unexpected {", r"unexpected \{"),
        ("or } */", r"or \} */"),
        (r"expected comma, \: or \]", r"expected comma, \: or \]"),
        ("a{2} b{1,} c{1,3} [{}]", "a{2} b{1,} c{1,3} [{}]"),
        ("[]{]x{", r"[]{]x\{"),
    ] {
        assert_eq!(go_regexp(go), want, "{go}");
        Regex::new(want).unwrap();
    }
}
