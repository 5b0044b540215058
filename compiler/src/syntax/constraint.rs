//! Build constraint expressions: the text after `//go:build`.
//!
//! Grammar (as `go/build/constraint` defines it): `||` binds looser than
//! `&&`, `!` negates, parentheses group, and tags are letters, digits, `_`
//! and `.`. The parser records a file's minimum Go version from it (gc's
//! `constraint.GoVersion`); the package loader evaluates it for the build
//! context.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Constraint {
    Tag(String),
    Not(Box<Constraint>),
    And(Box<Constraint>, Box<Constraint>),
    Or(Box<Constraint>, Box<Constraint>),
}

impl Constraint {
    /// Parses the expression of a `//go:build` line (the text after `//go:build`).
    pub fn parse(text: &str) -> Result<Constraint, String> {
        if !text.is_empty() && !text.starts_with([' ', '\t']) {
            return Err("missing space after //go:build".into());
        }
        let mut p = ConstraintParser {
            toks: tokenize(text)?,
            i: 0,
        };
        let x = p.or()?;
        if p.i != p.toks.len() {
            return Err(format!("unexpected token {}", p.toks[p.i]));
        }
        Ok(x)
    }

    /// Evaluates the constraint with `has_tag` deciding each tag.
    pub fn eval(&self, has_tag: &mut impl FnMut(&str) -> bool) -> bool {
        match self {
            Constraint::Tag(t) => has_tag(t),
            Constraint::Not(x) => !x.eval(has_tag),
            Constraint::And(x, y) => x.eval(has_tag) && y.eval(has_tag),
            Constraint::Or(x, y) => x.eval(has_tag) || y.eval(has_tag),
        }
    }

    /// The minimum Go version the constraint implies ("go1.21"), if any.
    pub fn go_version(&self) -> Option<String> {
        match self.min_version(true) {
            v if v < 0 => None,
            0 => Some("go1".into()),
            v => Some(format!("go1.{v}")),
        }
    }

    /// Minimum minor version implied when the expression is true
    /// (`positive`) or false; -1 means none.
    fn min_version(&self, positive: bool) -> i64 {
        let and = |a: i64, b: i64| a.max(b);
        let or = |a: i64, b: i64| a.min(b);
        match self {
            Constraint::And(x, y) => {
                let (a, b) = (x.min_version(positive), y.min_version(positive));
                if positive { and(a, b) } else { or(a, b) }
            }
            Constraint::Or(x, y) => {
                let (a, b) = (x.min_version(positive), y.min_version(positive));
                if positive { or(a, b) } else { and(a, b) }
            }
            Constraint::Not(x) => x.min_version(!positive),
            Constraint::Tag(t) => {
                if !positive {
                    return -1;
                }
                if t == "go1" {
                    return 0;
                }
                t.strip_prefix("go1.")
                    .and_then(|v| v.parse().ok())
                    .unwrap_or(-1)
            }
        }
    }
}

/// The Go version of a `//go:build` line's expression, for the parser.
pub fn go_version(text: &str) -> Option<String> {
    Constraint::parse(text).ok()?.go_version()
}

fn tokenize(text: &str) -> Result<Vec<String>, String> {
    let b = text.as_bytes();
    let mut toks = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b' ' || c == b'\t' || c == b'\r' {
            i += 1;
        } else if c == b'(' || c == b')' || c == b'!' {
            toks.push((c as char).to_string());
            i += 1;
        } else if (c == b'&' || c == b'|') && b.get(i + 1) == Some(&c) {
            toks.push(text[i..i + 2].to_string());
            i += 2;
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' || c >= 0x80 {
            let start = i;
            while i < b.len()
                && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.' || b[i] >= 0x80)
            {
                i += 1;
            }
            toks.push(text[start..i].to_string());
        } else {
            return Err(format!("invalid syntax at {}", c as char));
        }
    }
    Ok(toks)
}

struct ConstraintParser {
    toks: Vec<String>,
    i: usize,
}

impl ConstraintParser {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.i).map(String::as_str)
    }

    fn or(&mut self) -> Result<Constraint, String> {
        let mut x = self.and()?;
        while self.peek() == Some("||") {
            self.i += 1;
            x = Constraint::Or(Box::new(x), Box::new(self.and()?));
        }
        Ok(x)
    }

    fn and(&mut self) -> Result<Constraint, String> {
        let mut x = self.not()?;
        while self.peek() == Some("&&") {
            self.i += 1;
            x = Constraint::And(Box::new(x), Box::new(self.not()?));
        }
        Ok(x)
    }

    fn not(&mut self) -> Result<Constraint, String> {
        match self.peek() {
            Some("!") => {
                self.i += 1;
                Ok(Constraint::Not(Box::new(self.not()?)))
            }
            Some("(") => {
                self.i += 1;
                let x = self.or()?;
                if self.peek() != Some(")") {
                    return Err("missing )".into());
                }
                self.i += 1;
                Ok(x)
            }
            Some(t) if t != ")" && t != "&&" && t != "||" => {
                let t = t.to_string();
                self.i += 1;
                Ok(Constraint::Tag(t))
            }
            Some(t) => Err(format!("unexpected token {t}")),
            None => Err("unexpected end of expression".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn evaluates_and_finds_versions() {
        let c = Constraint::parse(" linux && (amd64 || arm64) && !cgo").unwrap();
        let mut tags = |t: &str| matches!(t, "linux" | "amd64");
        assert!(c.eval(&mut tags));
        assert_eq!(go_version(" go1.21 && linux").as_deref(), Some("go1.21"));
        assert_eq!(go_version(" go1.21 || go1.22").as_deref(), Some("go1.21"));
        assert_eq!(go_version(" !go1.21"), None);
        assert_eq!(go_version(" linux"), None);
        assert!(Constraint::parse(" a &&").is_err());
        assert!(Constraint::parse("x").is_err());
    }
}
