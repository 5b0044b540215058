//! Source positions.
//!
//! A [`Pos`] is a byte offset into one file's source; a [`LineTable`] turns it
//! into gc's 1-based line and byte column (a column counts bytes, not runes,
//! exactly as gc's `syntax.Pos` does). Offsets keep AST nodes small and make
//! positions totally ordered within a file.

use std::fmt;

/// A byte offset into a file's source.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Default)]
pub struct Pos(pub u32);

impl Pos {
    pub fn offset(self) -> usize {
        self.0 as usize
    }
}

/// Line and column (both 1-based; column in bytes) of a position.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

impl fmt::Display for LineCol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// The start offset of every line of a file.
#[derive(Clone, Debug, Default)]
pub struct LineTable {
    starts: Vec<u32>,
}

impl LineTable {
    pub fn new(src: &[u8]) -> LineTable {
        let mut starts = Vec::with_capacity(src.len() / 32 + 1);
        starts.push(0);
        starts.extend(
            src.iter()
                .enumerate()
                .filter(|&(_, &b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        LineTable { starts }
    }

    pub fn line_col(&self, pos: Pos) -> LineCol {
        let line = match self.starts.binary_search(&pos.0) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        LineCol {
            line: line as u32 + 1,
            col: pos.0 - self.starts[line] + 1,
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}
