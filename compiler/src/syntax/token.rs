//! Tokens, operators and literal kinds of Go source.
//!
//! The token set is gc's (`cmd/compile/internal/syntax`): operators are one
//! token class carrying an [`Operator`] and a precedence, so the parser's
//! error messages can name tokens exactly as gc does ("unexpected name x",
//! "unexpected literal 1", "unexpected keyword func", "unexpected newline").

use std::fmt;

/// A lexical token class. Names, literals and operators carry their details
/// in the scanner's current-token state, not in the token itself.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
#[repr(u8)]
pub enum Token {
    Eof,
    Name,
    Literal,
    /// A binary or unary operator (`+`, `&&`, `!`, `~`, ...), `*` excluded.
    Operator,
    /// `op=`
    AssignOp,
    /// `++` or `--`
    IncOp,
    Assign,
    Define,
    Arrow,
    Star,
    Lparen,
    Lbrack,
    Lbrace,
    Rparen,
    Rbrack,
    Rbrace,
    Comma,
    /// `;`, or a semicolon inserted at a newline or at EOF.
    Semi,
    Colon,
    Dot,
    DotDotDot,
    // keywords
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

impl Token {
    /// The token's spelling as gc's `token.String` gives it.
    pub fn as_str(self) -> &'static str {
        use Token::*;
        match self {
            Eof => "EOF",
            Name => "name",
            Literal => "literal",
            Operator => "op",
            AssignOp => "op=",
            IncOp => "opop",
            Assign => "=",
            Define => ":=",
            Arrow => "<-",
            Star => "*",
            Lparen => "(",
            Lbrack => "[",
            Lbrace => "{",
            Rparen => ")",
            Rbrack => "]",
            Rbrace => "}",
            Comma => ",",
            Semi => ";",
            Colon => ":",
            Dot => ".",
            DotDotDot => "...",
            Break => "break",
            Case => "case",
            Chan => "chan",
            Const => "const",
            Continue => "continue",
            Default => "default",
            Defer => "defer",
            Else => "else",
            Fallthrough => "fallthrough",
            For => "for",
            Func => "func",
            Go => "go",
            Goto => "goto",
            If => "if",
            Import => "import",
            Interface => "interface",
            Map => "map",
            Package => "package",
            Range => "range",
            Return => "return",
            Select => "select",
            Struct => "struct",
            Switch => "switch",
            Type => "type",
            Var => "var",
        }
    }

    pub fn is_keyword(self) -> bool {
        (self as u8) >= (Token::Break as u8)
    }

    /// The keyword spelled `s`, if any.
    pub fn keyword(s: &[u8]) -> Option<Token> {
        use Token::*;
        Some(match s {
            b"break" => Break,
            b"case" => Case,
            b"chan" => Chan,
            b"const" => Const,
            b"continue" => Continue,
            b"default" => Default,
            b"defer" => Defer,
            b"else" => Else,
            b"fallthrough" => Fallthrough,
            b"for" => For,
            b"func" => Func,
            b"go" => Go,
            b"goto" => Goto,
            b"if" => If,
            b"import" => Import,
            b"interface" => Interface,
            b"map" => Map,
            b"package" => Package,
            b"range" => Range,
            b"return" => Return,
            b"select" => Select,
            b"struct" => Struct,
            b"switch" => Switch,
            b"type" => Type,
            b"var" => Var,
            _ => return None,
        })
    }

    /// The English word for a token in error messages (gc's `tokstring`).
    pub fn describe(self) -> String {
        match self {
            Token::Comma => "comma".into(),
            Token::Semi => "semicolon or newline".into(),
            t if t.is_keyword() => format!("keyword {}", t.as_str()),
            t => t.as_str().into(),
        }
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Operators, as in gc. `Def` is the `:` of `:=` in assignment statements.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum Operator {
    Def,
    Not,
    Recv,
    Tilde,
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

impl Operator {
    pub fn as_str(self) -> &'static str {
        use Operator::*;
        match self {
            Def => ":",
            Not => "!",
            Recv => "<-",
            Tilde => "~",
            OrOr => "||",
            AndAnd => "&&",
            Eql => "==",
            Neq => "!=",
            Lss => "<",
            Leq => "<=",
            Gtr => ">",
            Geq => ">=",
            Add => "+",
            Sub => "-",
            Or => "|",
            Xor => "^",
            Mul => "*",
            Div => "/",
            Rem => "%",
            And => "&",
            AndNot => "&^",
            Shl => "<<",
            Shr => ">>",
        }
    }

    /// Binary precedence (0 for operators that are only unary).
    pub fn precedence(self) -> u8 {
        use Operator::*;
        match self {
            OrOr => PREC_OROR,
            AndAnd => PREC_ANDAND,
            Eql | Neq | Lss | Leq | Gtr | Geq => PREC_CMP,
            Add | Sub | Or | Xor => PREC_ADD,
            Mul | Div | Rem | And | AndNot | Shl | Shr => PREC_MUL,
            Def | Not | Recv | Tilde => 0,
        }
    }
}

impl fmt::Display for Operator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

pub const PREC_OROR: u8 = 1;
pub const PREC_ANDAND: u8 = 2;
pub const PREC_CMP: u8 = 3;
pub const PREC_ADD: u8 = 4;
pub const PREC_MUL: u8 = 5;

/// The kind of a basic literal.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Hash)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

/// Why a semicolon token is there: written, or inserted at a newline or EOF.
/// gc's messages say "unexpected newline" / "unexpected semicolon" / "unexpected EOF".
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum SemiKind {
    Semicolon,
    Newline,
    Eof,
}

impl SemiKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SemiKind::Semicolon => "semicolon",
            SemiKind::Newline => "newline",
            SemiKind::Eof => "EOF",
        }
    }
}
