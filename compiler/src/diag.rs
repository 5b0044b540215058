//! Printing compile errors the way gc does.
//!
//! gc reports errors as `file:line:col: message`, keeps only the first
//! syntax error of a line (and drops a repeated identical message on one
//! line), stops after the 10th error with a `file:line:col: too many errors`
//! line at that error's position, and prints what it kept sorted by
//! position with exact duplicates removed. Every goviz command that reports
//! Go compile errors prints through [`gc_report`].

/// One error with its position resolved for display.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file as shown to the user (e.g. `./p.go`).
    pub file: String,
    pub line: u32,
    pub col: u32,
    pub msg: String,
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.col, self.msg)
    }
}

/// gc's limit on reported errors.
pub const MAX_ERRORS: usize = 10;

/// The lines gc prints for `diags`, given in the order they were found.
pub fn gc_report(diags: impl IntoIterator<Item = Diagnostic>) -> Vec<String> {
    let mut kept: Vec<Diagnostic> = Vec::new();
    let mut last_syntax: Option<(String, u32)> = None;
    let mut last_other: Option<(String, u32, String)> = None;
    let mut too_many = None;
    for d in diags {
        if d.msg.starts_with("syntax error") {
            let here = (d.file.clone(), d.line);
            if last_syntax.as_ref() == Some(&here) {
                continue;
            }
            last_syntax = Some(here);
        } else {
            let here = (d.file.clone(), d.line, d.msg.clone());
            if last_other.as_ref() == Some(&here) {
                continue;
            }
            last_other = Some(here);
        }
        kept.push(d);
        if kept.len() >= MAX_ERRORS {
            let last = &kept[kept.len() - 1];
            too_many = Some(format!(
                "{}:{}:{}: too many errors",
                last.file, last.line, last.col
            ));
            break;
        }
    }
    kept.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
    let mut lines: Vec<String> = kept.iter().map(ToString::to_string).collect();
    lines.dedup();
    lines.extend(too_many);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(line: u32, col: u32, msg: &str) -> Diagnostic {
        Diagnostic {
            file: "./p.go".into(),
            line,
            col,
            msg: msg.into(),
        }
    }

    #[test]
    fn one_syntax_error_per_line_sorted() {
        let out = gc_report([
            d(3, 9, "syntax error: a"),
            d(3, 12, "syntax error: b"),
            d(2, 1, "newline in string"),
        ]);
        assert_eq!(
            out,
            [
                "./p.go:2:1: newline in string",
                "./p.go:3:9: syntax error: a"
            ]
        );
    }

    #[test]
    fn stops_at_ten() {
        let out = gc_report((1..=12).map(|l| d(l, 1, "syntax error: x")));
        assert_eq!(out.len(), 11);
        assert_eq!(out[10], "./p.go:10:1: too many errors");
    }
}
