//! Loader errors, worded and formatted as the go command prints them.
//!
//! Package-loading problems (missing packages, import cycles, `internal`
//! visibility, directories without buildable files, ...) are reported like
//! `go build`'s `PackageError`: `file:line:col: message` when the position of
//! the offending import says it all, else `package A\n\timports B: message`
//! with the import stack (with `from file.go` for cycles). Syntax errors are
//! compile errors and print as gc prints them (see [`crate::diag`]): each
//! package's sorted, capped list of `./file.go:line:col: message` lines.
//!
//! What goviz leaves out of the go command's output, on purpose: the
//! `go: ` prefix of command-level errors (the CLI adds its own), and the
//! `# importpath` header the go command prints above a compiler's errors
//! when that package is the main package (its files' paths identify it);
//! other packages' syntax errors keep the header, since it says which
//! package broke.

use std::fmt;
use std::path::{Component, Path, PathBuf};

use crate::diag::{self, Diagnostic};

/// One entry of an import stack: a package, and for an import the file
/// whose import declaration brought it in (shown in cycle errors).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackEntry {
    pub pkg: String,
    /// Base name of the importing file (`filepath.Base` of the position).
    pub from_file: Option<String>,
}

/// The go command's `PackageError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackageError {
    /// The import path of the package the error belongs to.
    pub package: String,
    pub import_stack: Vec<StackEntry>,
    /// `file:line:col` of the import declaration at fault, if any.
    pub pos: Option<String>,
    pub err: String,
    pub is_import_cycle: bool,
    pub always_print_stack: bool,
}

impl fmt::Display for PackageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(pos) = &self.pos
            && (self.import_stack.is_empty() || !self.always_print_stack)
        {
            return write!(f, "{pos}: {}", self.err);
        }
        if self.import_stack.is_empty() {
            return f.write_str(&self.err);
        }
        let pkgs: Vec<String> = self
            .import_stack
            .iter()
            .map(|e| match (&e.from_file, self.is_import_cycle) {
                (Some(file), true) => format!("{} from {file}", e.pkg),
                _ => e.pkg.clone(),
            })
            .collect();
        write!(f, "package {}", pkgs.join("\n\timports "))?;
        if let Some(pos) = &self.pos {
            write!(f, "\n\t{pos}")?;
        }
        write!(f, ": {}", self.err)
    }
}

/// One reason a program could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// A problem with the command line (files in several directories, a
    /// `_test.go` file, a file that does not exist, ...). Printed as is.
    Args(String),
    /// A package-loading problem, as the go command reports it.
    Package(PackageError),
    /// Syntax errors in one package's files, as gc reports them.
    Syntax {
        /// The package's import path.
        package: String,
        /// Whether to print the go command's `# importpath` header.
        header: bool,
        /// In the order found (file by file); [`diag::gc_report`] sorts
        /// and caps them.
        diagnostics: Vec<Diagnostic>,
    },
}

impl LoadError {
    /// The lines to print for this error.
    pub fn lines(&self) -> Vec<String> {
        match self {
            LoadError::Args(msg) => vec![msg.clone()],
            LoadError::Package(e) => e.to_string().lines().map(String::from).collect(),
            LoadError::Syntax {
                package,
                header,
                diagnostics,
            } => {
                let mut out = Vec::new();
                if *header {
                    out.push(format!("# {package}"));
                }
                out.extend(diag::gc_report(diagnostics.iter().cloned()));
                out
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("\n"))
    }
}

/// Everything that stopped a load, in the order the go command reports it
/// (dependencies before the packages that import them).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadErrors {
    pub errors: Vec<LoadError>,
}

impl LoadErrors {
    pub fn one(e: LoadError) -> LoadErrors {
        LoadErrors { errors: vec![e] }
    }

    /// All lines to print, in order.
    pub fn lines(&self) -> Vec<String> {
        self.errors.iter().flat_map(LoadError::lines).collect()
    }
}

impl fmt::Display for LoadErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.lines().join("\n"))
    }
}

impl std::error::Error for LoadErrors {}

/// Lexically cleans an absolute or relative path (`filepath.Clean`).
pub fn clean(path: &Path) -> PathBuf {
    let mut out: Vec<Component> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir) | Some(Component::Prefix(_)) => {}
                _ => out.push(c),
            },
            _ => out.push(c),
        }
    }
    if out.is_empty() {
        return PathBuf::from(".");
    }
    out.iter().collect()
}

/// `path` made absolute against `cwd` and cleaned (`filepath.Abs`).
pub fn absolute(cwd: &Path, path: &Path) -> PathBuf {
    clean(&cwd.join(path))
}

/// `filepath.Rel(base, target)` for clean absolute paths.
fn rel(base: &Path, target: &Path) -> PathBuf {
    let b: Vec<Component> = base.components().collect();
    let t: Vec<Component> = target.components().collect();
    let common = b.iter().zip(&t).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &t[common..] {
        out.push(c);
    }
    if out.as_os_str().is_empty() {
        out.push(".");
    }
    out
}

/// The go command's `base.ShortPath`: `path` relative to `cwd` when that
/// is shorter, else as is (absolute).
pub fn short_path(cwd: &Path, path: &Path) -> String {
    let r = rel(cwd, path);
    let (r, p) = (r.to_string_lossy(), path.to_string_lossy());
    if r.len() < p.len() {
        r.into_owned()
    } else {
        p.into_owned()
    }
}

/// How gc's errors name the file `name` of directory `dir` after the go
/// command's rewriting: `./x.go` in the current directory, else the
/// directory's short path joined with the name (`sub/x.go`, `../d/x.go`,
/// or an absolute path when that is shorter).
pub fn gc_file_name(cwd: &Path, dir: &Path, name: &str) -> String {
    format!("{}/{name}", short_path(cwd, dir))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths() {
        let cwd = Path::new("/tmp/probe");
        assert_eq!(gc_file_name(cwd, Path::new("/tmp/probe"), "a.go"), "./a.go");
        assert_eq!(
            gc_file_name(cwd, Path::new("/tmp/probe/se"), "a.go"),
            "se/a.go"
        );
        assert_eq!(gc_file_name(cwd, Path::new("/tmp/x"), "a.go"), "../x/a.go");
        assert_eq!(gc_file_name(cwd, Path::new("/usr"), "a.go"), "/usr/a.go");
        assert_eq!(short_path(cwd, Path::new("/tmp/probe/a.go")), "a.go");
        assert_eq!(
            absolute(cwd, Path::new("../q/./r/../a.go")),
            Path::new("/tmp/q/a.go")
        );
        assert_eq!(clean(Path::new("/../a")), Path::new("/a"));
    }

    #[test]
    fn package_error_formats() {
        let e = |stack: &[(&str, Option<&str>)], pos: Option<&str>, cycle, always| PackageError {
            package: "p".into(),
            import_stack: stack
                .iter()
                .map(|(p, f)| StackEntry {
                    pkg: p.to_string(),
                    from_file: f.map(String::from),
                })
                .collect(),
            pos: pos.map(String::from),
            err: "msg".into(),
            is_import_cycle: cycle,
            always_print_stack: always,
        };
        assert_eq!(
            e(&[("a", None)], Some("a.go:1:2"), false, false).to_string(),
            "a.go:1:2: msg"
        );
        assert_eq!(
            e(&[("a", None)], Some("a.go:1:2"), false, true).to_string(),
            "package a\n\ta.go:1:2: msg"
        );
        assert_eq!(
            e(&[("a", None), ("b", Some("a.go"))], None, true, false).to_string(),
            "package a\n\timports b from a.go: msg"
        );
        assert_eq!(
            e(&[("a", None), ("b", Some("a.go"))], None, false, false).to_string(),
            "package a\n\timports b: msg"
        );
        assert_eq!(e(&[], None, false, false).to_string(), "msg");
    }
}
