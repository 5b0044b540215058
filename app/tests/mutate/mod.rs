//! Mutants of Go programs for the run fuzzer (`run_fuzz.rs`): small,
//! mostly well-typed edits of a program's source, chosen deterministically
//! from a seed.
//!
//! The source is tokenised with goviz's own scanner and every edit is a
//! replacement of a byte range found from the tokens, so a mutant is the
//! original text with a few spans changed (it stays readable and its line
//! numbers mostly stay the same). Edits are made only after the first
//! `func` keyword (never in the package clause or imports). The kinds are
//! in [`Kind`]; a kind that finds no site in a program is replaced by
//! another. Nothing here checks types: a mutant that does not type-check
//! is the caller's to skip.
//!
//! Invariant: the same (source, seed) gives the same mutant.

use goviz_compiler::syntax::scanner::Scanner;
use goviz_compiler::syntax::token::{LitKind, Operator, SemiKind, Token};

use crate::common::Rng;

/// What a mutation does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An integer, float, rune or string literal becomes an interesting
    /// other value (0, -1, 1<<62, "", invalid UTF-8, ...).
    Literal,
    /// A binary or assignment operator becomes another of its class
    /// (arithmetic, shift, comparison, logical), `++` becomes `--`.
    Operator,
    /// Two adjacent statements of a block trade places.
    SwapStmts,
    DeleteStmt,
    DuplicateStmt,
    /// An `if` or `for` condition `c` becomes `!(c)`.
    NegateCond,
    /// An index or slice bound `i` becomes `(i)+1`, `(i)-1` or 0; an
    /// absent low bound becomes 1.
    Bound,
    /// A size argument of `make` becomes 0, 1, `(n)-1`, `(n)+1` or `(n)*1000`.
    MakeSize,
    /// A name or literal `x` becomes `T(x)` for a basic type or `any`.
    Convert,
}

impl Kind {
    /// Whether the mutant may hold a construct its original did not (so
    /// `goviz: ... not supported yet` is not necessarily a regression).
    pub fn may_add_constructs(self) -> bool {
        matches!(self, Kind::Convert | Kind::Literal)
    }
}

/// Kinds with their weights: statement edits and literals find the most
/// bugs; conversions mostly give mutants that do not type-check.
const KINDS: &[(Kind, usize)] = &[
    (Kind::Literal, 6),
    (Kind::Operator, 5),
    (Kind::SwapStmts, 4),
    (Kind::DeleteStmt, 3),
    (Kind::DuplicateStmt, 3),
    (Kind::NegateCond, 3),
    (Kind::Bound, 3),
    (Kind::MakeSize, 2),
    (Kind::Convert, 2),
];

/// A mutant: the new source and what was done, one line per edit.
pub struct Mutant {
    pub src: String,
    pub kinds: Vec<Kind>,
    pub what: Vec<String>,
}

/// One to three mutations of `src` (fewer if no site is found).
pub fn mutate(src: &str, seed: u64) -> Mutant {
    let mut rng = Rng(seed | 1);
    let n = *rng.pick(&[1, 1, 1, 2, 2, 3]);
    let mut m = Mutant {
        src: src.to_string(),
        kinds: Vec::new(),
        what: Vec::new(),
    };
    for _ in 0..n {
        for _attempt in 0..20 {
            let kind = pick_kind(&mut rng);
            if let Some(edit) = Site::find(&m.src).edit(kind, &mut rng) {
                m.what.push(edit.describe(&m.src, kind));
                m.src = edit.apply(&m.src);
                m.kinds.push(kind);
                break;
            }
        }
    }
    m
}

fn pick_kind(rng: &mut Rng) -> Kind {
    let total: usize = KINDS.iter().map(|(_, w)| w).sum();
    let mut r = rng.below(total);
    for &(kind, w) in KINDS {
        if r < w {
            return kind;
        }
        r -= w;
    }
    KINDS[0].0
}

/// A token with its byte range.
#[derive(Clone, Copy)]
struct Tok {
    tok: Token,
    op: Operator,
    lit: LitKind,
    start: usize,
    end: usize,
}

/// Replacements of byte ranges, in increasing order, not overlapping.
struct Edit(Vec<(usize, usize, String)>);

impl Edit {
    fn one(start: usize, end: usize, text: String) -> Edit {
        Edit(vec![(start, end, text)])
    }

    fn apply(&self, src: &str) -> String {
        let mut out = String::with_capacity(src.len() + 64);
        let mut at = 0;
        for (start, end, text) in &self.0 {
            out.push_str(&src[at..*start]);
            out.push_str(text);
            at = *end;
        }
        out.push_str(&src[at..]);
        out
    }

    fn describe(&self, src: &str, kind: Kind) -> String {
        let (start, end, _) = &self.0[0];
        let line = src[..*start].matches('\n').count() + 1;
        let before: String = src[*start..*end].chars().take(60).collect();
        let after: Vec<String> = self
            .0
            .iter()
            .map(|(_, _, t)| t.chars().take(60).collect())
            .collect();
        format!("{kind:?} at line {line}: {before:?} -> {after:?}")
    }
}

/// A statement of a block: its byte range and its block.
#[derive(Clone, Copy)]
struct Stmt {
    block: usize,
    start: usize,
    end: usize,
}

/// The mutation sites of one source.
struct Site<'a> {
    src: &'a str,
    toks: Vec<Tok>,
    /// Index of the first token after which edits are allowed.
    from: usize,
    stmts: Vec<Stmt>,
}

impl<'a> Site<'a> {
    fn find(src: &'a str) -> Site<'a> {
        let toks = tokens(src);
        let from = toks
            .iter()
            .position(|t| t.tok == Token::Func)
            .unwrap_or(toks.len());
        let stmts = statements(&toks, from);
        Site {
            src,
            toks,
            from,
            stmts,
        }
    }

    fn text(&self, start: usize, end: usize) -> &str {
        &self.src[start..end]
    }

    /// Indices of the tokens (after `from`) satisfying `f`.
    fn indices(&self, f: impl Fn(usize, &Tok) -> bool) -> Vec<usize> {
        (self.from..self.toks.len())
            .filter(|&i| f(i, &self.toks[i]))
            .collect()
    }

    fn edit(&self, kind: Kind, rng: &mut Rng) -> Option<Edit> {
        match kind {
            Kind::Literal => self.literal(rng),
            Kind::Operator => self.operator(rng),
            Kind::SwapStmts => self.swap(rng),
            Kind::DeleteStmt => {
                let s = *pick_opt(rng, &self.stmts)?;
                Some(Edit::one(s.start, s.end, String::new()))
            }
            Kind::DuplicateStmt => {
                let s = *pick_opt(rng, &self.stmts)?;
                let text = self.text(s.start, s.end);
                Some(Edit::one(s.start, s.end, format!("{text}\n{text}")))
            }
            Kind::NegateCond => self.negate(rng),
            Kind::Bound => self.bound(rng),
            Kind::MakeSize => self.make_size(rng),
            Kind::Convert => self.convert(rng),
        }
    }

    fn literal(&self, rng: &mut Rng) -> Option<Edit> {
        let i = *pick_opt(rng, &self.indices(|_, t| t.tok == Token::Literal))?;
        let t = self.toks[i];
        let choices: &[&str] = match t.lit {
            LitKind::Int => &[
                "0",
                "1",
                "(-1)",
                "2",
                "7",
                "255",
                "256",
                "65535",
                "(1<<31)",
                "(1<<62)",
                "(-(1<<62))",
                "9223372036854775807",
                "(-9223372036854775808)",
            ],
            LitKind::Float => &["0.0", "(-0.5)", "1e300", "3.25", "(-1e-300)", "1e-320"],
            LitKind::Imag => &["0i", "1i", "(-2.5i)"],
            LitKind::Rune => &[
                "'\\x00'",
                "'é'",
                "'\\uFFFD'",
                "'世'",
                "'\\U0010FFFF'",
                "'\\xff'",
            ],
            LitKind::String => &[
                "\"\"",
                "\"\\xff\"",
                "\"a\\x00b\"",
                "\"héllo, 世界\"",
                "\"\\xe4\\xb8\"",
                "\"\\xed\\xa0\\x80\"",
                "\"0123456789abcdef0123456789abcdef0123456789abcdef\"",
            ],
        };
        Some(Edit::one(t.start, t.end, rng.pick(choices).to_string()))
    }

    fn operator(&self, rng: &mut Rng) -> Option<Edit> {
        let sites = self.indices(|i, t| match t.tok {
            Token::Operator | Token::Star => {
                self.after_operand(i) && class_of(t.op, t.tok).is_some()
            }
            Token::AssignOp => class_of(t.op, Token::Operator).is_some(),
            Token::IncOp => true,
            _ => false,
        });
        let t = self.toks[*pick_opt(rng, &sites)?];
        let text = self.text(t.start, t.end);
        let new = match t.tok {
            Token::IncOp => if text == "++" { "--" } else { "++" }.to_string(),
            Token::AssignOp => {
                let class = class_of(t.op, Token::Operator)?;
                format!("{}=", pick_other(rng, class, text.trim_end_matches('='))?)
            }
            _ => pick_other(rng, class_of(t.op, t.tok)?, text)?.to_string(),
        };
        Some(Edit::one(t.start, t.end, new))
    }

    /// Whether token `i` follows an operand (so an operator there is binary).
    fn after_operand(&self, i: usize) -> bool {
        i > 0
            && matches!(
                self.toks[i - 1].tok,
                Token::Name | Token::Literal | Token::Rparen | Token::Rbrack
            )
    }

    fn swap(&self, rng: &mut Rng) -> Option<Edit> {
        let pairs: Vec<usize> = (1..self.stmts.len())
            .filter(|&k| self.stmts[k - 1].block == self.stmts[k].block)
            .collect();
        let k = *pick_opt(rng, &pairs)?;
        let (a, b) = (self.stmts[k - 1], self.stmts[k]);
        Some(Edit(vec![
            (a.start, a.end, self.text(b.start, b.end).to_string()),
            (b.start, b.end, self.text(a.start, a.end).to_string()),
        ]))
    }

    fn negate(&self, rng: &mut Rng) -> Option<Edit> {
        let sites = self.indices(|_, t| matches!(t.tok, Token::If | Token::For));
        let i = *pick_opt(rng, &sites)?;
        let (start, end) = self.condition(i)?;
        Some(Edit(vec![
            (start, start, "!(".to_string()),
            (end, end, ")".to_string()),
        ]))
    }

    /// The byte range of the condition of the `if` or `for` at token `i`.
    fn condition(&self, i: usize) -> Option<(usize, usize)> {
        let lbrace = self.at_depth(i + 1, |t| t.tok == Token::Lbrace)?;
        let semis: Vec<usize> = (i + 1..lbrace)
            .filter(|&j| self.toks[j].tok == Token::Semi && self.depth_between(i + 1, j) == 0)
            .collect();
        let range = (i + 1..lbrace).any(|j| self.toks[j].tok == Token::Range);
        let (first, last) = match (self.toks[i].tok, semis.as_slice()) {
            (Token::If, []) => (i + 1, lbrace),
            (Token::If, [.., s]) => (s + 1, lbrace),
            (Token::For, []) if !range => (i + 1, lbrace),
            (Token::For, [a, b]) => (a + 1, *b),
            _ => return None,
        };
        (first < last).then(|| (self.toks[first].start, self.toks[last - 1].end))
    }

    fn bound(&self, rng: &mut Rng) -> Option<Edit> {
        let sites = self.indices(|i, t| t.tok == Token::Lbrack && self.after_operand(i));
        let i = *pick_opt(rng, &sites)?;
        let parts = self.parts(i, Token::Colon)?;
        let k = rng.below(parts.len());
        let (first, last) = parts[k];
        if first == last {
            // Only a missing low bound can be given one.
            return (k == 0 && parts.len() > 1)
                .then(|| Edit::one(self.toks[first].start, self.toks[first].start, "1".into()));
        }
        let (start, end) = (self.toks[first].start, self.toks[last - 1].end);
        let e = self.text(start, end);
        let new = rng
            .pick(&[format!("({e})+1"), format!("({e})-1"), "0".into()])
            .clone();
        Some(Edit::one(start, end, new))
    }

    fn make_size(&self, rng: &mut Rng) -> Option<Edit> {
        let sites = self.indices(|i, t| {
            t.tok == Token::Name
                && self.text(t.start, t.end) == "make"
                && self.toks.get(i + 1).is_some_and(|n| n.tok == Token::Lparen)
        });
        let i = *pick_opt(rng, &sites)?;
        let parts = self.parts(i + 1, Token::Comma)?;
        let sizes: Vec<(usize, usize)> =
            parts[1..].iter().copied().filter(|(a, b)| a < b).collect();
        let (first, last) = *pick_opt(rng, &sizes)?;
        let (start, end) = (self.toks[first].start, self.toks[last - 1].end);
        let e = self.text(start, end);
        let new = rng
            .pick(&[
                "0".to_string(),
                "1".into(),
                format!("({e})-1"),
                format!("({e})+1"),
                format!("({e})*1000"),
            ])
            .clone();
        Some(Edit::one(start, end, new))
    }

    fn convert(&self, rng: &mut Rng) -> Option<Edit> {
        let sites = self.indices(|i, t| {
            matches!(t.tok, Token::Name | Token::Literal)
                && self.toks[i - 1].tok != Token::Dot
                && !self.toks.get(i + 1).is_some_and(|n| {
                    matches!(
                        n.tok,
                        Token::Lparen | Token::Dot | Token::Define | Token::Colon | Token::Lbrace
                    )
                })
        });
        let t = self.toks[*pick_opt(rng, &sites)?];
        let ty = rng.pick(&[
            "int", "int8", "uint8", "int64", "uint32", "float64", "string", "any", "rune", "uint",
        ]);
        let e = self.text(t.start, t.end);
        Some(Edit::one(t.start, t.end, format!("{ty}({e})")))
    }

    /// The first token from `i` for which `f` holds, outside any bracket
    /// opened after `i`.
    fn at_depth(&self, i: usize, f: impl Fn(&Tok) -> bool) -> Option<usize> {
        let mut depth = 0i32;
        for j in i..self.toks.len() {
            let t = &self.toks[j];
            if depth == 0 && f(t) {
                return Some(j);
            }
            depth += bracket_delta(t.tok);
            if depth < 0 {
                return None;
            }
        }
        None
    }

    /// Bracket depth after tokens `from..to`.
    fn depth_between(&self, from: usize, to: usize) -> i32 {
        self.toks[from..to]
            .iter()
            .map(|t| bracket_delta(t.tok))
            .sum()
    }

    /// The token ranges between the bracket opened at `open` and its
    /// closing one, separated by `sep` at that level.
    fn parts(&self, open: usize, sep: Token) -> Option<Vec<(usize, usize)>> {
        let mut parts = Vec::new();
        let mut first = open + 1;
        let mut depth = 0i32;
        for j in open + 1..self.toks.len() {
            let t = self.toks[j].tok;
            if depth == 0 && (t == sep || bracket_delta(t) < 0) {
                parts.push((first, j));
                first = j + 1;
                if t != sep {
                    return Some(parts);
                }
                continue;
            }
            depth += bracket_delta(t);
        }
        None
    }
}

fn pick_opt<'a, T>(rng: &mut Rng, xs: &'a [T]) -> Option<&'a T> {
    (!xs.is_empty()).then(|| rng.pick(xs))
}

fn bracket_delta(t: Token) -> i32 {
    match t {
        Token::Lparen | Token::Lbrack | Token::Lbrace => 1,
        Token::Rparen | Token::Rbrack | Token::Rbrace => -1,
        _ => 0,
    }
}

const ARITH: &[&str] = &["+", "-", "*", "/", "%", "&", "|", "^", "&^"];
const SHIFT: &[&str] = &["<<", ">>"];
const CMP: &[&str] = &["==", "!=", "<", "<=", ">", ">="];
const LOGIC: &[&str] = &["&&", "||"];

/// The class of operators a binary operator may be swapped within.
fn class_of(op: Operator, tok: Token) -> Option<&'static [&'static str]> {
    use Operator::*;
    if tok == Token::Star {
        return Some(ARITH);
    }
    match op {
        Add | Sub | Mul | Div | Rem | And | Or | Xor | AndNot => Some(ARITH),
        Shl | Shr => Some(SHIFT),
        Eql | Neq | Lss | Leq | Gtr | Geq => Some(CMP),
        OrOr | AndAnd => Some(LOGIC),
        Def | Not | Recv | Tilde => None,
    }
}

fn pick_other(rng: &mut Rng, class: &[&'static str], cur: &str) -> Option<&'static str> {
    let others: Vec<&'static str> = class.iter().copied().filter(|o| *o != cur).collect();
    pick_opt(rng, &others).copied()
}

/// The tokens of `src` with their byte ranges (a semicolon inserted at a
/// newline is empty, at the newline).
fn tokens(src: &str) -> Vec<Tok> {
    let mut s = Scanner::new(src.as_bytes());
    let mut toks = Vec::new();
    loop {
        s.next();
        if s.tok == Token::Eof {
            return toks;
        }
        let start = s.pos.0 as usize;
        let len = match s.tok {
            Token::Name | Token::Literal => s.lit().len(),
            Token::Operator => s.op.as_str().len(),
            Token::AssignOp => s.op.as_str().len() + 1,
            Token::IncOp => 2,
            Token::Semi if s.semi != SemiKind::Semicolon => 0,
            t => t.as_str().len(),
        };
        toks.push(Tok {
            tok: s.tok,
            op: s.op,
            lit: s.kind,
            start,
            end: (start + len).min(src.len()),
        });
    }
}

/// The statements of the blocks of function bodies (tokens from `from`):
/// the token runs between `{`, `;` and `}` of a brace level that holds a
/// semicolon (composite literals hold none), where the `;` of an `if`,
/// `for` or `switch` header does not end a statement. A `case x:`,
/// `default:` or label prefix is not part of the statement after it.
fn statements(toks: &[Tok], from: usize) -> Vec<Stmt> {
    let mut stmts = Vec::new();
    let mut open: Vec<Open> = Vec::new();
    for (i, t) in toks.iter().enumerate().skip(from) {
        match t.tok {
            Token::Lparen | Token::Lbrack | Token::Lbrace => {
                if let Some(o) = open.last_mut().filter(|_| t.tok == Token::Lbrace) {
                    o.header = false;
                }
                open.push(Open {
                    at: i,
                    first: i + 1,
                    header: false,
                });
            }
            Token::Rparen | Token::Rbrack => {
                open.pop();
            }
            Token::Rbrace => {
                if let Some(o) = open.pop() {
                    let holds_semi = toks[o.at + 1..i].iter().any(|t| t.tok == Token::Semi);
                    if holds_semi {
                        push_stmt(toks, &mut stmts, o.at, o.first, i);
                    }
                }
            }
            Token::If | Token::For | Token::Switch => {
                if let Some(o) = open.last_mut() {
                    o.header = true;
                }
            }
            Token::Semi => {
                if let Some(o) = open.last_mut()
                    && toks[o.at].tok == Token::Lbrace
                    && !o.header
                {
                    push_stmt(toks, &mut stmts, o.at, o.first, i);
                    o.first = i + 1;
                }
            }
            _ => {}
        }
    }
    stmts
}

/// An open bracket while [`statements`] walks the tokens.
struct Open {
    /// Its token index.
    at: usize,
    /// The first token of the statement being read at its level.
    first: usize,
    /// Inside an `if`/`for`/`switch` header (its `;` are not statement ends).
    header: bool,
}

/// Records the statement of tokens `first..end` of block `block`, if any.
fn push_stmt(toks: &[Tok], stmts: &mut Vec<Stmt>, block: usize, first: usize, end: usize) {
    let mut first = first;
    let clause = match toks.get(first).map(|t| t.tok) {
        Some(Token::Case | Token::Default) => true,
        Some(Token::Name) => toks.get(first + 1).is_some_and(|t| t.tok == Token::Colon),
        _ => false,
    };
    if clause {
        let mut depth = 0;
        while first < end && !(depth == 0 && toks[first].tok == Token::Colon) {
            depth += bracket_delta(toks[first].tok);
            first += 1;
        }
        first += 1;
    }
    if first < end && !matches!(toks[first].tok, Token::Semi) {
        stmts.push(Stmt {
            block,
            start: toks[first].start,
            end: toks[end - 1].end,
        });
    }
}
