//! Import paths to directories, with the go command's checks and messages.
//!
//! Roots, in order: goviz's overlay (`runtime/overlay/<path>`, when on),
//! `$GOROOT/src/<path>`, and, for imports made by standard packages of
//! paths whose first element has a dot, `$GOROOT/src/vendor/<path>`
//! (whose packages are then named `vendor/<path>`, as the go command and
//! gc name them). A user program may also import the packages of its own
//! module when a `go.mod` encloses it (only its `module` line is read:
//! goviz builds the standard library and the main module, nothing
//! downloaded).

use std::path::{Path, PathBuf};

/// Where a package's files come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Origin {
    /// goviz's own replacement, from the overlay directory.
    Overlay,
    /// `$GOROOT/src/<path>`.
    Goroot,
    /// `$GOROOT/src/vendor/<path>` (import path `vendor/<path>`).
    GorootVendor,
    /// The pseudo-package `unsafe` (no files; the checker provides it).
    Unsafe,
    /// A package of the main module (from its `go.mod`).
    Module,
    /// The main package given as `.go` files on the command line, or as a
    /// directory outside any module.
    CommandLine,
}

impl Origin {
    /// Whether packages of this origin are standard packages (they may
    /// use the standard vendor directory and std-internal packages).
    pub fn is_standard(self) -> bool {
        matches!(
            self,
            Origin::Overlay | Origin::Goroot | Origin::GorootVendor | Origin::Unsafe
        )
    }
}

/// The main module: the `module` path of the nearest enclosing `go.mod`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Module {
    pub path: String,
    pub root: PathBuf,
}

impl Module {
    /// The module enclosing `dir` (searching `dir` and its parents for a
    /// `go.mod` with a `module` line), if any.
    pub fn enclosing(dir: &Path) -> Option<Module> {
        let mut d = Some(dir);
        while let Some(here) = d {
            if let Ok(text) = std::fs::read_to_string(here.join("go.mod")) {
                return module_path(&text).map(|path| Module {
                    path,
                    root: here.to_path_buf(),
                });
            }
            d = here.parent();
        }
        None
    }

    /// The import path of `dir`, if it is inside the module.
    pub fn dir_import_path(&self, dir: &Path) -> Option<String> {
        let rest = dir.strip_prefix(&self.root).ok()?;
        let mut p = self.path.clone();
        for c in rest.components() {
            p.push('/');
            p.push_str(&c.as_os_str().to_string_lossy());
        }
        Some(p)
    }
}

/// The module path in a `go.mod` file's text.
fn module_path(gomod: &str) -> Option<String> {
    for line in gomod.lines() {
        let line = line.split("//").next().unwrap_or("").trim();
        if let Some(rest) = line.strip_prefix("module")
            && rest.starts_with([' ', '\t', '"'])
        {
            let p = rest.trim().trim_matches('"').trim_matches('`');
            if !p.is_empty() {
                return Some(p.to_string());
            }
        }
    }
    None
}

/// A package an import path resolved to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The package's import path (`vendor/golang.org/x/...` for vendored ones).
    pub path: String,
    pub dir: PathBuf,
    pub origin: Origin,
}

/// Who imports: which vendor directory applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Importer {
    /// A package of the user's program (or a path given by the caller).
    User,
    /// A standard package: `$GOROOT/src/vendor`.
    Std,
    /// A package of GOROOT's `cmd` tree: `$GOROOT/src/cmd/vendor`.
    Cmd,
}

impl Importer {
    /// The importer kind of a package with this origin and import path.
    pub fn of(origin: Origin, path: &str) -> Importer {
        if !origin.is_standard() {
            Importer::User
        } else if has_path_prefix(path, "cmd") {
            Importer::Cmd
        } else {
            Importer::Std
        }
    }
}

/// The import roots.
#[derive(Clone, Debug)]
pub struct Roots {
    pub goroot_src: PathBuf,
    pub overlay: Option<PathBuf>,
    pub module: Option<Module>,
}

impl Roots {
    /// The standard package `path` (a std-like path or `vendor/...`): the
    /// overlay's directory if it has Go files, else GOROOT's.
    pub fn std_package(&self, path: &str) -> Option<Resolved> {
        if path == "unsafe" {
            return Some(Resolved {
                path: path.into(),
                dir: self.goroot_src.join("unsafe"),
                origin: Origin::Unsafe,
            });
        }
        let vendored = path.starts_with("vendor/") || path.starts_with("cmd/vendor/");
        if let Some(o) = &self.overlay {
            let dir = o.join(path);
            if has_go_files(&dir) {
                return Some(Resolved {
                    path: path.into(),
                    dir,
                    origin: Origin::Overlay,
                });
            }
        }
        let dir = self.goroot_src.join(path);
        has_go_files(&dir).then(|| Resolved {
            path: path.into(),
            dir,
            origin: if vendored {
                Origin::GorootVendor
            } else {
                Origin::Goroot
            },
        })
    }

    /// Resolves the import of `path` by a package (standard or not; the
    /// `cmd/...` packages of GOROOT use `cmd/vendor`). Errors are the go
    /// command's messages.
    pub fn resolve(&self, path: &str, importer: Importer) -> Result<Resolved, String> {
        check_import(path)?;
        if importer != Importer::User {
            if is_standard_import_path(path) {
                return self.std_package(path).ok_or_else(|| self.not_in_std(path));
            }
            let vpath = match importer {
                Importer::Cmd => format!("cmd/vendor/{path}"),
                _ => format!("vendor/{path}"),
            };
            return self
                .std_package(&vpath)
                .ok_or_else(|| self.not_in_std(&vpath));
        }
        if is_standard_import_path(path)
            && let Some(r) = self.std_package(path)
        {
            return Ok(r);
        }
        if let Some(m) = &self.module
            && let Some(rest) = strip_path_prefix(path, &m.path)
        {
            let dir = if rest.is_empty() {
                m.root.clone()
            } else {
                m.root.join(rest)
            };
            if has_go_files(&dir) {
                return Ok(Resolved {
                    path: path.into(),
                    dir,
                    origin: Origin::Module,
                });
            }
        }
        if is_standard_import_path(path) {
            return Err(self.not_in_std(path));
        }
        Err(match &self.module {
            Some(_) => format!(
                "no required module provides package {path}; goviz builds only the standard library and the main module"
            ),
            None => format!(
                "no required module provides package {path}: go.mod file not found in current directory or any parent directory; see 'go help modules'"
            ),
        })
    }

    fn not_in_std(&self, path: &str) -> String {
        format!(
            "package {path} is not in std ({})",
            self.goroot_src.join(path).display()
        )
    }
}

/// The go command's checks of an import path before looking it up
/// (`modload.importFromModules`, `module.CheckImportPath`).
fn check_import(path: &str) -> Result<(), String> {
    if path.contains('@') {
        return Err(format!("import path {path:?} should not have @version"));
    }
    if is_local_import(path) {
        return Err(format!(
            "{} is relative, but relative import paths are not supported in module mode",
            go_quote(path)
        ));
    }
    if path.starts_with('/') {
        return Err(format!(
            "{} is not a package path; see 'go help packages'",
            go_quote(path)
        ));
    }
    if matches!(path, "std" | "cmd" | "tool" | "work" | "all") {
        return Err(format!(
            "{} is not an importable package; see 'go help packages'",
            go_quote(path)
        ));
    }
    check_import_path(path).map_err(|e| format!("malformed import path {}: {e}", go_quote(path)))
}

/// `module.CheckImportPath`'s reason a path is malformed.
fn check_import_path(path: &str) -> Result<(), String> {
    if path.is_empty() {
        return Err("empty string".into());
    }
    if path.starts_with('-') {
        return Err("leading dash".into());
    }
    if path.contains("//") {
        return Err("double slash".into());
    }
    if path.ends_with('/') {
        return Err("trailing slash".into());
    }
    for elem in path.split('/') {
        check_elem(elem)?;
    }
    Ok(())
}

fn check_elem(elem: &str) -> Result<(), String> {
    if elem.is_empty() {
        return Err("empty path element".into());
    }
    if elem.bytes().all(|b| b == b'.') {
        return Err(format!("invalid path element {}", go_quote(elem)));
    }
    if elem.ends_with('.') {
        return Err("trailing dot in path element".into());
    }
    for r in elem.chars() {
        let ok = r.is_ascii_alphanumeric() || matches!(r, '-' | '.' | '_' | '~' | '+');
        if !ok {
            return Err(format!("invalid char {}", go_quote_rune(r)));
        }
    }
    let short = elem.split('.').next().unwrap_or("");
    const BAD_WINDOWS: &[&str] = &[
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
        "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];
    if BAD_WINDOWS.iter().any(|b| b.eq_ignore_ascii_case(short)) {
        return Err(format!(
            "{} disallowed as path element component on Windows",
            go_quote(short)
        ));
    }
    if let Some(t) = short.rfind('~')
        && t < short.len() - 1
        && short[t + 1..].bytes().all(|b| b.is_ascii_digit())
    {
        return Err("trailing tilde and digits in path element".into());
    }
    Ok(())
}

/// `go/build.IsLocalImport`.
pub fn is_local_import(path: &str) -> bool {
    path == "." || path == ".." || path.starts_with("./") || path.starts_with("../")
}

/// `search.IsStandardImportPath`: the first element has no dot.
pub fn is_standard_import_path(path: &str) -> bool {
    !path.split('/').next().unwrap_or("").contains('.')
}

/// `go/build`'s `isValidImport` (checked when reading a file's imports).
pub fn is_valid_import(s: &str) -> bool {
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{FFFD}";
    !s.is_empty()
        && s.chars()
            .all(|r| is_graphic(r) && !r.is_whitespace() && !ILLEGAL.contains(r))
}

/// `unicode.IsGraphic`: letters, marks, numbers, punctuation, symbols and
/// the ASCII space... and other Zs spaces.
fn is_graphic(r: char) -> bool {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    if r.is_ascii() {
        return (' '..='~').contains(&r);
    }
    !matches!(
        get_general_category(r),
        G::Control
            | G::Format
            | G::Surrogate
            | G::PrivateUse
            | G::Unassigned
            | G::LineSeparator
            | G::ParagraphSeparator
    )
}

/// The index of the final `internal` element of `path`, if any
/// (`load.findInternal`).
pub fn find_internal(path: &str) -> Option<usize> {
    if path.ends_with("/internal") {
        Some(path.len() - "internal".len())
    } else if let Some(i) = path.rfind("/internal/") {
        Some(i + 1)
    } else if path == "internal" || path.starts_with("internal/") {
        Some(0)
    } else {
        None
    }
}

/// The index of the final non-terminating `vendor` element of `path`
/// (`load.FindVendor`).
pub fn find_vendor(path: &str) -> Option<usize> {
    if let Some(i) = path.rfind("/vendor/") {
        Some(i + 1)
    } else if path.starts_with("vendor/") {
        Some(0)
    } else {
        None
    }
}

/// `str.HasPathPrefix`.
pub fn has_path_prefix(s: &str, prefix: &str) -> bool {
    strip_path_prefix(s, prefix).is_some()
}

/// What follows `prefix/` in `s` ("" when `s == prefix`).
fn strip_path_prefix<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    if prefix.is_empty() {
        return Some(s);
    }
    let rest = s.strip_prefix(prefix)?;
    if rest.is_empty() || prefix.ends_with('/') {
        Some(rest)
    } else {
        rest.strip_prefix('/')
    }
}

/// Whether `dir` is a directory holding at least one file named `*.go`
/// (`fsys.IsGoDir`: what makes a directory a candidate package).
pub fn has_go_files(dir: &Path) -> bool {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return false;
    };
    rd.flatten().any(|e| {
        e.file_name().to_string_lossy().ends_with(".go")
            && !std::fs::metadata(e.path()).is_ok_and(|m| m.is_dir())
    })
}

/// Go's `%q` of a string (`strconv.Quote`), for messages.
pub fn go_quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        quote_char(&mut out, c, '"');
    }
    out.push('"');
    out
}

fn go_quote_rune(r: char) -> String {
    let mut out = String::from("'");
    quote_char(&mut out, r, '\'');
    out.push('\'');
    out
}

fn quote_char(out: &mut String, c: char, quote: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\x0b' => out.push_str("\\v"),
        c if c == quote => {
            out.push('\\');
            out.push(c);
        }
        c if is_graphic(c) => out.push(c),
        c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
        c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
        c => out.push_str(&format!("\\U{:08x}", c as u32)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_checks() {
        assert_eq!(find_internal("internal/abi"), Some(0));
        assert_eq!(find_internal("a/internal/b/internal/c"), Some(13));
        assert_eq!(find_internal("a/internal"), Some(2));
        assert_eq!(find_internal("a/internals"), None);
        assert_eq!(find_vendor("vendor/golang.org/x"), Some(0));
        assert_eq!(find_vendor("a/vendor"), None);
        assert!(is_standard_import_path("net/http"));
        assert!(!is_standard_import_path("golang.org/x/net"));
        assert!(is_valid_import("fmt") && !is_valid_import("a b") && !is_valid_import(""));
        assert_eq!(
            check_import("a//b").unwrap_err(),
            "malformed import path \"a//b\": double slash"
        );
        assert_eq!(
            check_import("./x").unwrap_err(),
            "\"./x\" is relative, but relative import paths are not supported in module mode"
        );
        assert_eq!(
            check_import("cmd").unwrap_err(),
            "\"cmd\" is not an importable package; see 'go help packages'"
        );
        assert!(check_import("math/rand/v2").is_ok());
        assert!(
            has_path_prefix("a/b", "a") && !has_path_prefix("ab", "a") && has_path_prefix("a", "a")
        );
        assert_eq!(
            module_path("// c\nmodule example.com/m // x\n\ngo 1.27\n").as_deref(),
            Some("example.com/m")
        );
        assert_eq!(module_path("module \"q\"\n").as_deref(), Some("q"));
    }
}
