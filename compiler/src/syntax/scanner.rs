//! The scanner: Go source bytes to tokens, with automatic semicolons.
//!
//! Behaviour, error texts and error positions follow gc's scanner
//! (`cmd/compile/internal/syntax/scanner.go`, `source.go`) so that goviz
//! reports lexical errors exactly where and as `go build` does:
//! - errors "at the current character" point at the first byte not yet
//!   consumed; errors relative to a token point into the token;
//! - a NUL byte, invalid UTF-8 or a BOM after the start is reported and
//!   skipped, so scanning always makes progress;
//! - a newline or EOF after a name, literal, `)`, `]`, `}`, `++`, `--` or
//!   one of `break continue fallthrough return` becomes a `;` token
//!   ("newline"/"EOF"); a multi-line `/* */` comment counts as a newline.
//!
//! Invariant: `next` always consumes at least one byte unless it returns
//! `Eof`, so no caller can loop forever on one position.

use super::Error;
use super::pos::Pos;
use super::token::{LitKind, Operator, SemiKind, Token};
use super::unicode::{is_digit, is_letter, quote_rune, unicode_u};

/// A `//go:...` or `//line ...` comment, kept for build constraints,
/// `//go:linkname`, `//go:noinline` and friends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    /// Position of the leading `//` (or `/*`).
    pub pos: Pos,
    /// The comment text including `//`, without the trailing newline.
    pub text: String,
}

pub struct Scanner<'a> {
    src: &'a [u8],
    /// Current character (-1 at EOF) and its offset and width in bytes.
    ch: i32,
    r: usize,
    chw: usize,
    nlsemi: bool,

    // The current token, valid after `next`.
    pub tok: Token,
    /// Offset of the current token's first byte.
    pub pos: Pos,
    /// Byte range of the current token (names and literals).
    start: usize,
    end: usize,
    pub semi: SemiKind,
    pub kind: LitKind,
    /// For `Literal`: the literal has a lexical error.
    pub bad: bool,
    pub op: Operator,
    pub prec: u8,

    pub errors: Vec<Error>,
    pub directives: Vec<Directive>,
}

impl<'a> Scanner<'a> {
    pub fn new(src: &'a [u8]) -> Scanner<'a> {
        let mut s = Scanner {
            src,
            ch: b' ' as i32,
            r: 0,
            chw: 0,
            nlsemi: false,
            tok: Token::Eof,
            pos: Pos(0),
            start: 0,
            end: 0,
            semi: SemiKind::Semicolon,
            kind: LitKind::Int,
            bad: false,
            op: Operator::Add,
            prec: 0,
            errors: Vec::new(),
            directives: Vec::new(),
        };
        s.nextch();
        s
    }

    /// The source text of the current name or literal token.
    pub fn lit(&self) -> &'a str {
        let b = &self.src[self.start..self.end];
        match std::str::from_utf8(b) {
            Ok(s) => s,
            // Only reachable in files with "invalid UTF-8" errors already reported.
            Err(e) => std::str::from_utf8(&b[..e.valid_up_to()]).unwrap_or(""),
        }
    }

    pub fn source(&self) -> &'a [u8] {
        self.src
    }

    fn error_at(&mut self, off: usize, msg: String) {
        self.errors.push(Error {
            pos: Pos(off as u32),
            msg,
        });
    }

    /// Reports an error at the current character.
    fn errorf(&mut self, msg: String) {
        self.error_at(self.r, msg);
    }

    /// Reports an error at a byte offset into the current token.
    fn error_at_tok(&mut self, offset: usize, msg: String) {
        self.error_at(self.start + offset, msg);
    }

    /// Advances to the next character, reporting and skipping NUL bytes,
    /// invalid UTF-8 and misplaced BOMs as gc's source reader does.
    fn nextch(&mut self) {
        loop {
            self.r += self.chw;
            let Some(&b) = self.src.get(self.r) else {
                self.ch = -1;
                self.chw = 0;
                return;
            };
            if b < 0x80 {
                self.ch = b as i32;
                self.chw = 1;
                if b == 0 {
                    self.errorf("invalid NUL character".into());
                    continue;
                }
                return;
            }
            match decode_utf8(&self.src[self.r..]) {
                Some((c, w)) => {
                    self.ch = c as i32;
                    self.chw = w;
                    if c == '\u{feff}' {
                        if self.r > 0 {
                            self.errorf("invalid BOM in the middle of the file".into());
                        }
                        continue;
                    }
                    return;
                }
                None => {
                    self.ch = 0xFFFD;
                    self.chw = 1;
                    self.errorf("invalid UTF-8 encoding".into());
                    continue;
                }
            }
        }
    }

    /// Steps back to the character at `off` (used only for `..`).
    fn rewind_to(&mut self, off: usize) {
        self.r = off;
        self.chw = 0;
        self.nextch();
    }

    fn set_lit(&mut self, kind: LitKind, ok: bool) {
        self.nlsemi = true;
        self.tok = Token::Literal;
        self.end = self.r;
        self.bad = !ok;
        self.kind = kind;
    }

    /// Reads the next token.
    pub fn next(&mut self) {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        loop {
            while self.ch == b' ' as i32
                || self.ch == b'\t' as i32
                || (self.ch == b'\n' as i32 && !nlsemi)
                || self.ch == b'\r' as i32
            {
                self.nextch();
            }
            self.pos = Pos(self.r as u32);
            self.start = self.r;
            if self.scan_token(nlsemi) {
                return;
            }
        }
    }

    /// Scans one token starting at the current character. Returns false when
    /// it only skipped a comment or an invalid character (scan again).
    fn scan_token(&mut self, nlsemi: bool) -> bool {
        let c = self.ch;
        if c < 0 {
            if nlsemi {
                self.tok = Token::Semi;
                self.semi = SemiKind::Eof;
            } else {
                self.tok = Token::Eof;
            }
            return true;
        }
        if c >= 0x80 {
            let ch = char::from_u32(c as u32).unwrap_or('\u{fffd}');
            self.ident_start_check(ch);
            self.nextch();
            self.ident();
            return true;
        }
        let b = c as u8;
        if b.is_ascii_alphabetic() || b == b'_' {
            self.nextch();
            self.ident();
            return true;
        }
        if b.is_ascii_digit() {
            self.number(false);
            return true;
        }
        self.nextch();
        match b {
            b'\n' => {
                self.tok = Token::Semi;
                self.semi = SemiKind::Newline;
            }
            b'"' => self.std_string(),
            b'`' => self.raw_string(),
            b'\'' => self.rune(),
            b'(' => self.tok = Token::Lparen,
            b'[' => self.tok = Token::Lbrack,
            b'{' => self.tok = Token::Lbrace,
            b',' => self.tok = Token::Comma,
            b';' => {
                self.tok = Token::Semi;
                self.semi = SemiKind::Semicolon;
            }
            b')' => {
                self.nlsemi = true;
                self.tok = Token::Rparen;
            }
            b']' => {
                self.nlsemi = true;
                self.tok = Token::Rbrack;
            }
            b'}' => {
                self.nlsemi = true;
                self.tok = Token::Rbrace;
            }
            b':' => {
                if self.got_ch(b'=') {
                    self.tok = Token::Define;
                } else {
                    self.tok = Token::Colon;
                }
            }
            b'.' => {
                if self.is_ch_decimal() {
                    self.number(true);
                } else if self.ch == b'.' as i32 {
                    let second = self.r;
                    self.nextch();
                    if self.got_ch(b'.') {
                        self.tok = Token::DotDotDot;
                    } else {
                        self.rewind_to(second);
                        self.tok = Token::Dot;
                    }
                } else {
                    self.tok = Token::Dot;
                }
            }
            b'+' => self.op_or_incdec(b'+', Operator::Add),
            b'-' => self.op_or_incdec(b'-', Operator::Sub),
            b'*' => {
                self.set_op(Operator::Mul);
                self.tok = if self.got_ch(b'=') {
                    Token::AssignOp
                } else {
                    Token::Star
                };
            }
            b'/' => {
                if self.got_ch(b'/') {
                    self.line_comment();
                    return false;
                }
                if self.got_ch(b'*') {
                    let multi_line = self.full_comment();
                    if multi_line && nlsemi {
                        self.tok = Token::Semi;
                        self.semi = SemiKind::Newline;
                        return true;
                    }
                    return false;
                }
                self.assign_op(Operator::Div);
            }
            b'%' => self.assign_op(Operator::Rem),
            b'&' => {
                if self.got_ch(b'&') {
                    self.binary(Operator::AndAnd);
                } else if self.got_ch(b'^') {
                    self.assign_op(Operator::AndNot);
                } else {
                    self.assign_op(Operator::And);
                }
            }
            b'|' => {
                if self.got_ch(b'|') {
                    self.binary(Operator::OrOr);
                } else {
                    self.assign_op(Operator::Or);
                }
            }
            b'^' => self.assign_op(Operator::Xor),
            b'<' => {
                if self.got_ch(b'=') {
                    self.binary(Operator::Leq);
                } else if self.got_ch(b'<') {
                    self.assign_op(Operator::Shl);
                } else if self.got_ch(b'-') {
                    self.tok = Token::Arrow;
                } else {
                    self.binary(Operator::Lss);
                }
            }
            b'>' => {
                if self.got_ch(b'=') {
                    self.binary(Operator::Geq);
                } else if self.got_ch(b'>') {
                    self.assign_op(Operator::Shr);
                } else {
                    self.binary(Operator::Gtr);
                }
            }
            b'=' => {
                if self.got_ch(b'=') {
                    self.binary(Operator::Eql);
                } else {
                    self.tok = Token::Assign;
                }
            }
            b'!' => {
                if self.got_ch(b'=') {
                    self.binary(Operator::Neq);
                } else {
                    self.op = Operator::Not;
                    self.prec = 0;
                    self.tok = Token::Operator;
                }
            }
            b'~' => {
                self.op = Operator::Tilde;
                self.prec = 0;
                self.tok = Token::Operator;
            }
            _ => {
                let msg = format!("invalid character {}", unicode_u(b as char));
                self.error_at(self.start, msg);
                return false;
            }
        }
        true
    }

    fn got_ch(&mut self, b: u8) -> bool {
        if self.ch == b as i32 {
            self.nextch();
            true
        } else {
            false
        }
    }

    fn is_ch_decimal(&self) -> bool {
        (b'0' as i32..=b'9' as i32).contains(&self.ch)
    }

    fn set_op(&mut self, op: Operator) {
        self.op = op;
        self.prec = op.precedence();
    }

    fn binary(&mut self, op: Operator) {
        self.set_op(op);
        self.tok = Token::Operator;
    }

    /// `op` or `op=`.
    fn assign_op(&mut self, op: Operator) {
        self.set_op(op);
        self.tok = if self.got_ch(b'=') {
            Token::AssignOp
        } else {
            Token::Operator
        };
    }

    fn op_or_incdec(&mut self, twice: u8, op: Operator) {
        if self.got_ch(twice) {
            self.set_op(op);
            self.nlsemi = true;
            self.tok = Token::IncOp;
        } else {
            self.assign_op(op);
        }
    }

    /// Checks the first character of an identifier that is not ASCII.
    fn ident_start_check(&mut self, ch: char) {
        if is_letter(ch) {
            return;
        }
        if is_digit(ch) {
            self.errorf(format!(
                "identifier cannot begin with digit {}",
                unicode_u(ch)
            ));
        } else {
            self.errorf(format!("invalid character {} in identifier", unicode_u(ch)));
        }
    }

    fn ident(&mut self) {
        loop {
            let c = self.ch;
            if c < 0 {
                break;
            }
            if c < 0x80 {
                let b = c as u8;
                if b.is_ascii_alphanumeric() || b == b'_' {
                    self.nextch();
                    continue;
                }
                break;
            }
            let ch = char::from_u32(c as u32).unwrap_or('\u{fffd}');
            if !is_letter(ch) && !is_digit(ch) {
                self.errorf(format!("invalid character {} in identifier", unicode_u(ch)));
            }
            self.nextch();
        }
        self.end = self.r;
        let text = &self.src[self.start..self.end];
        if text.len() >= 2
            && let Some(kw) = Token::keyword(text)
        {
            self.nlsemi = matches!(
                kw,
                Token::Break | Token::Continue | Token::Fallthrough | Token::Return
            );
            self.tok = kw;
            return;
        }
        self.nlsemi = true;
        self.tok = Token::Name;
    }

    /// Scans `{ digit | '_' }`. For base <= 10 any decimal digit is accepted
    /// and the offset of the first digit >= base is recorded in `invalid`.
    /// Returns bit 0 set if a digit was seen, bit 1 if a separator was.
    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> u8 {
        let mut digsep = 0;
        if base <= 10 {
            let max = b'0' as i32 + base as i32;
            while self.is_ch_decimal() || self.ch == b'_' as i32 {
                if self.ch == b'_' as i32 {
                    digsep |= 2;
                } else {
                    if self.ch >= max && invalid.is_none() {
                        *invalid = Some(self.r - self.start);
                    }
                    digsep |= 1;
                }
                self.nextch();
            }
        } else {
            while self.ch >= 0
                && self.ch < 0x80
                && ((self.ch as u8).is_ascii_hexdigit() || self.ch == b'_' as i32)
            {
                digsep |= if self.ch == b'_' as i32 { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    fn lower_ch(&self) -> i32 {
        if (b'A' as i32..=b'Z' as i32).contains(&self.ch) {
            self.ch + 32
        } else {
            self.ch
        }
    }

    fn number(&mut self, mut seen_point: bool) {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = 0u8; // 0 decimal, b'0' octal, b'x', b'o', b'b'
        let mut digsep = 0u8;
        let mut invalid = None;

        if !seen_point {
            if self.ch == b'0' as i32 {
                self.nextch();
                match self.lower_ch() {
                    0x78 /* x */ => {
                        self.nextch();
                        (base, prefix) = (16, b'x');
                    }
                    0x6f /* o */ => {
                        self.nextch();
                        (base, prefix) = (8, b'o');
                    }
                    0x62 /* b */ => {
                        self.nextch();
                        (base, prefix) = (2, b'b');
                    }
                    _ => {
                        (base, prefix) = (8, b'0');
                        digsep = 1; // leading 0
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.ch == b'.' as i32 {
                if prefix == b'o' || prefix == b'b' {
                    self.errorf(format!(
                        "invalid radix point in {} literal",
                        base_name(base)
                    ));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }

        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(base, &mut invalid);
        }

        if digsep & 1 == 0 && ok {
            self.errorf(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        let e = self.lower_ch();
        if e == b'e' as i32 || e == b'p' as i32 {
            if ok {
                let ch = self.ch as u8 as char;
                if e == b'e' as i32 && prefix != 0 && prefix != b'0' {
                    self.errorf(format!(
                        "{} exponent requires decimal mantissa",
                        quote_rune(ch)
                    ));
                    ok = false;
                } else if e == b'p' as i32 && prefix != b'x' {
                    self.errorf(format!(
                        "{} exponent requires hexadecimal mantissa",
                        quote_rune(ch)
                    ));
                    ok = false;
                }
            }
            self.nextch();
            kind = LitKind::Float;
            if self.ch == b'+' as i32 || self.ch == b'-' as i32 {
                self.nextch();
            }
            let mut none = None;
            digsep = self.digits(10, &mut none) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                self.errorf("exponent has no digits".into());
                ok = false;
            }
        } else if prefix == b'x' && kind == LitKind::Float && ok {
            self.errorf("hexadecimal mantissa requires a 'p' exponent".into());
            ok = false;
        }

        if self.ch == b'i' as i32 {
            kind = LitKind::Imag;
            self.nextch();
        }

        self.set_lit(kind, ok);

        if kind == LitKind::Int
            && ok
            && let Some(i) = invalid
        {
            let d = self.src[self.start + i] as char;
            self.error_at_tok(
                i,
                format!(
                    "invalid digit {} in {} literal",
                    quote_rune(d),
                    base_name(base)
                ),
            );
            ok = false;
        }

        if digsep & 2 != 0
            && ok
            && let Some(i) = invalid_sep(&self.src[self.start..self.end])
        {
            self.error_at_tok(i, "'_' must separate successive digits".into());
            ok = false;
        }

        self.bad = !ok;
    }

    fn rune(&mut self) {
        let mut ok = true;
        let mut n = 0;
        loop {
            if self.ch == b'\'' as i32 {
                if ok {
                    if n == 0 {
                        self.errorf("empty rune literal or unescaped '".into());
                        ok = false;
                    } else if n != 1 {
                        self.error_at_tok(0, "more than one character in rune literal".into());
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.ch == b'\\' as i32 {
                self.nextch();
                if !self.escape(b'\'') {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if self.ch == b'\n' as i32 {
                if ok {
                    self.errorf("newline in rune literal".into());
                    ok = false;
                }
                break;
            }
            if self.ch < 0 {
                if ok {
                    self.error_at_tok(0, "rune literal not terminated".into());
                    ok = false;
                }
                break;
            }
            self.nextch();
            n += 1;
        }
        self.set_lit(LitKind::Rune, ok);
    }

    fn std_string(&mut self) {
        let mut ok = true;
        loop {
            if self.ch == b'"' as i32 {
                self.nextch();
                break;
            }
            if self.ch == b'\\' as i32 {
                self.nextch();
                if !self.escape(b'"') {
                    ok = false;
                }
                continue;
            }
            if self.ch == b'\n' as i32 {
                self.errorf("newline in string".into());
                ok = false;
                break;
            }
            if self.ch < 0 {
                self.error_at_tok(0, "string not terminated".into());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    fn raw_string(&mut self) {
        let mut ok = true;
        loop {
            if self.ch == b'`' as i32 {
                self.nextch();
                break;
            }
            if self.ch < 0 {
                self.error_at_tok(0, "string not terminated".into());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    fn skip_line(&mut self) {
        while self.ch >= 0 && self.ch != b'\n' as i32 {
            self.nextch();
        }
    }

    /// Skips a `//` comment (opening already consumed), keeping directives.
    fn line_comment(&mut self) {
        let is_directive =
            self.src[self.r..].starts_with(b"go:") || self.src[self.r..].starts_with(b"line ");
        self.skip_line();
        if is_directive {
            let bytes = &self.src[self.start..self.r];
            let at_line_start = self.start == 0 || self.src[self.start - 1] == b'\n';
            if at_line_start && let Some(rest) = bytes.strip_prefix(b"//line ") {
                let rest = rest.strip_suffix(b"\r").unwrap_or(rest);
                self.check_line_directive(rest);
            }
            self.directives.push(Directive {
                pos: Pos(self.start as u32),
                text: String::from_utf8_lossy(bytes).into_owned(),
            });
        }
    }

    /// Skips a `/* */` comment (opening already consumed). Returns whether
    /// it spanned a line break (it then acts as a newline).
    fn full_comment(&mut self) -> bool {
        let body_start = self.r;
        loop {
            if self.ch < 0 {
                self.error_at_tok(0, "comment not terminated".into());
                break;
            }
            if self.ch == b'*' as i32 {
                self.nextch();
                if self.ch == b'/' as i32 {
                    self.nextch();
                    break;
                }
                continue;
            }
            self.nextch();
        }
        let text = &self.src[body_start..self.r];
        if text.starts_with(b"line ") && text.ends_with(b"*/") {
            self.check_line_directive(&text[5..text.len() - 2]);
            self.directives.push(Directive {
                pos: Pos(self.start as u32),
                text: String::from_utf8_lossy(&self.src[self.start..self.r]).into_owned(),
            });
        }
        text.contains(&b'\n')
    }

    /// Validates the `file:line[:col]` of a line directive (the bytes after
    /// `//line ` or `/*line `), reporting gc's errors. Offsets are byte
    /// offsets into the source. goviz does not yet remap positions by line
    /// directives.
    fn check_line_directive(&mut self, text: &[u8]) {
        const POS_MAX: u64 = 1 << 30;
        // Position of text[i] in the source: comment start + 2 + "line ".len().
        let at = |i: usize| self.start + 7 + i;
        let number = |b: &[u8]| -> Option<u64> {
            if b.is_empty() || !b.iter().all(u8::is_ascii_digit) {
                return None;
            }
            std::str::from_utf8(b).ok()?.parse().ok()
        };
        let show = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
        let Some(i) = text.iter().rposition(|&c| c == b':').map(|i| i + 1) else {
            return; // not a line directive
        };
        let Some(n) = number(&text[i..]) else {
            let msg = format!("invalid line number: {}", show(&text[i..]));
            self.error_at(at(i), msg);
            return;
        };
        let head = &text[..i - 1];
        let col_form = head
            .iter()
            .rposition(|&c| c == b':')
            .map(|j| j + 1)
            .filter(|&j| number(&head[j..]).is_some());
        let (li, line) = match col_form {
            Some(j) => {
                if n == 0 || n > POS_MAX {
                    let msg = format!("invalid column number: {}", show(&text[i..]));
                    self.error_at(at(i), msg);
                    return;
                }
                (j, number(&head[j..]).unwrap_or(0))
            }
            None => (i, n),
        };
        if line == 0 || line > POS_MAX {
            let end = if li == i { text.len() } else { i - 1 };
            let msg = format!("invalid line number: {}", show(&text[li..end]));
            self.error_at(at(li), msg);
        }
    }

    /// Scans an escape sequence after `\`. Returns false (after reporting)
    /// if it is invalid; EOF is left for the caller to report.
    fn escape(&mut self, quote: u8) -> bool {
        let (n, base, max): (u32, u32, u32) = match self.ch {
            c if c == quote as i32 => {
                self.nextch();
                return true;
            }
            c if (0..0x80).contains(&c) && b"abfnrtv\\".contains(&(c as u8)) => {
                self.nextch();
                return true;
            }
            c if (b'0' as i32..=b'7' as i32).contains(&c) => (3, 8, 255),
            c if c == b'x' as i32 => {
                self.nextch();
                (2, 16, 255)
            }
            c if c == b'u' as i32 => {
                self.nextch();
                (4, 16, 0x10FFFF)
            }
            c if c == b'U' as i32 => {
                self.nextch();
                (8, 16, 0x10FFFF)
            }
            c if c < 0 => return true,
            _ => {
                self.errorf("unknown escape".into());
                return false;
            }
        };
        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch < 0 {
                return true;
            }
            let d = match char::from_u32(self.ch as u32).and_then(|c| c.to_digit(16)) {
                Some(d) => d,
                None => base,
            };
            if d >= base {
                let ch = char::from_u32(self.ch as u32).unwrap_or('\u{fffd}');
                self.errorf(format!(
                    "invalid character {} in {} escape",
                    quote_rune(ch),
                    base_name(base)
                ));
                return false;
            }
            x = x * base + d;
            self.nextch();
        }
        if x > max && base == 8 {
            self.errorf(format!("octal escape value {x} > 255"));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.errorf(format!(
                "escape is invalid Unicode code point {}",
                super::unicode::unicode_u_u32(x)
            ));
            return false;
        }
        true
    }
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// The index of the first misplaced `_` in a number literal, if any.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.'; // '_', '0' (a digit) or '.' (anything else)
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1].to_ascii_lowercase();
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

/// Decodes one UTF-8 sequence; None for an invalid or truncated one.
fn decode_utf8(b: &[u8]) -> Option<(char, usize)> {
    let w = match b[0] {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let s = std::str::from_utf8(b.get(..w)?).ok()?;
    s.chars().next().map(|c| (c, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<String> {
        let mut s = Scanner::new(src.as_bytes());
        let mut out = Vec::new();
        loop {
            s.next();
            match s.tok {
                Token::Eof => break,
                Token::Name | Token::Literal => out.push(s.lit().to_string()),
                Token::Semi => out.push(format!(";{}", s.semi.as_str())),
                Token::Operator | Token::Star => out.push(s.op.as_str().to_string()),
                Token::AssignOp => out.push(format!("{}=", s.op.as_str())),
                Token::IncOp => out.push(format!("{0}{0}", s.op.as_str())),
                t => out.push(t.as_str().to_string()),
            }
        }
        out
    }

    fn errs(src: &str) -> Vec<(u32, String)> {
        let mut s = Scanner::new(src.as_bytes());
        loop {
            s.next();
            if s.tok == Token::Eof {
                break;
            }
        }
        s.errors.into_iter().map(|e| (e.pos.0, e.msg)).collect()
    }

    #[test]
    fn semicolons_are_inserted_after_line_final_tokens() {
        assert_eq!(
            toks("x\nreturn\n)\n+\n"),
            ["x", ";newline", "return", ";newline", ")", ";newline", "+"]
        );
        assert_eq!(toks("x++"), ["x", "++", ";EOF"]);
        assert_eq!(toks("a /* c\n */ b"), ["a", ";newline", "b", ";EOF"]);
        assert_eq!(toks("a /* c */ b // x\n"), ["a", "b", ";newline"]);
    }

    #[test]
    fn operators() {
        assert_eq!(
            toks("&^= &^ <- <<= ... . .. := ~ != ! &&"),
            [
                "&^=", "&^", "<-", "<<=", "...", ".", ".", ".", ":=", "~", "!=", "!", "&&"
            ]
        );
    }

    #[test]
    fn number_literals() {
        for lit in [
            "0",
            "1_000",
            "0x1p-2",
            "0X_1FFFP-16",
            "0b1010",
            "0o660",
            "0660",
            "1e3",
            ".5",
            "1.",
            "6.67428e-11",
            "1E6i",
            "0x15e",
            "0.i",
            "0123i",
            "089.",
            "0x1.fp+0",
        ] {
            assert_eq!(toks(lit), [lit, ";EOF"], "{lit}");
            assert_eq!(errs(lit), [], "{lit}");
        }
    }

    #[test]
    fn number_errors() {
        assert_eq!(
            errs("0x"),
            [(2, "hexadecimal literal has no digits".into())]
        );
        assert_eq!(
            errs("08"),
            [(1, "invalid digit '8' in octal literal".into())]
        );
        assert_eq!(
            errs("1__0"),
            [(2, "'_' must separate successive digits".into())]
        );
        assert_eq!(
            errs("0x1.0"),
            [(5, "hexadecimal mantissa requires a 'p' exponent".into())]
        );
        assert_eq!(errs("1e"), [(2, "exponent has no digits".into())]);
        assert_eq!(
            errs("0b1e1"),
            [(3, "'e' exponent requires decimal mantissa".into())]
        );
    }

    #[test]
    fn strings_and_runes() {
        assert_eq!(
            toks(r#""a\n\"" `raw` 'x' '\u00e9'"#),
            [r#""a\n\"""#, "`raw`", "'x'", r"'\u00e9'", ";EOF"]
        );
        assert_eq!(errs("\"abc\n"), [(4, "newline in string".into())]);
        assert_eq!(
            errs("'ab'"),
            [(0, "more than one character in rune literal".into())]
        );
        assert_eq!(errs("`abc"), [(0, "string not terminated".into())]);
        assert_eq!(errs(r#""\q""#), [(2, "unknown escape".into())]);
    }

    #[test]
    fn invalid_characters_are_skipped() {
        assert_eq!(errs("a @ b"), [(2, "invalid character U+0040 '@'".into())]);
        assert_eq!(toks("a @ b"), ["a", "b", ";EOF"]);
        assert_eq!(errs("a\u{0}b"), [(1, "invalid NUL character".into())]);
        assert_eq!(
            errs("\u{feff}a \u{feff}"),
            [(5, "invalid BOM in the middle of the file".into())]
        );
    }

    #[test]
    fn directives_are_kept() {
        let mut s = Scanner::new(b"//go:build linux\n// plain\n//go:noinline\nfunc");
        while s.tok != Token::Func {
            s.next();
        }
        let texts: Vec<_> = s.directives.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["//go:build linux", "//go:noinline"]);
    }
}
