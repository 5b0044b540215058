//! Go source to syntax trees: scanner, parser, printer.
//!
//! Entry point: [`parse_file`]. It never panics and always terminates; all
//! errors of a file are returned, in the order gc would report them (gc's
//! reporting rules — one syntax error per line, at most 10 — are applied by
//! [`crate::diag`] when printing).

pub mod ast;
mod branches;
pub mod constraint;
mod parser;

pub(crate) use parser::grow;
pub mod pos;
pub mod printer;
pub mod scanner;
pub mod token;
pub mod unicode;

pub use ast::File;
pub use pos::{LineCol, LineTable, Pos};

/// A lexical or syntax error at a position in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    pub pos: Pos,
    pub msg: String,
}

/// The result of parsing one file.
#[derive(Debug)]
pub struct Parsed {
    /// None when the package clause is missing or broken (gc stops there).
    pub file: Option<File>,
    /// Errors in the order they were found.
    pub errors: Vec<Error>,
    pub lines: LineTable,
}

/// Parses one Go source file. `name` is the file's name as it should
/// appear in messages (gc cites other positions as `name:line:col`).
pub fn parse_file(name: &str, src: &[u8]) -> Parsed {
    let mut p = parser::Parser::new(name, src);
    let file = p.parse_file();
    let (directives, errors, lines) = p.finish();
    let file = file.map(|mut f| {
        f.directives = directives;
        f
    });
    Parsed {
        file,
        errors,
        lines,
    }
}
