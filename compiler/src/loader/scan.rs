//! Reading one package: selecting its files as `go/build.Import` does,
//! parsing them, and collecting imports and linkname directives.

use std::path::{Path, PathBuf};

use super::build::{BuildContext, FileKind, file_kind};
use super::errors::{absolute, gc_file_name, short_path};
use super::resolve::{Origin, is_valid_import};
use super::{ImportPos, Linkname, SourceFile};
use crate::diag::Diagnostic;
use crate::syntax::{self, LineTable, Pos, ast};

/// What to load as one package.
#[derive(Clone, Debug)]
pub(crate) struct Spec {
    pub path: String,
    pub dir: PathBuf,
    pub origin: Origin,
    /// Files named on the command line (all in `dir`), in the order given.
    /// Build constraints are then not applied (`UseAllFiles`).
    pub files: Option<Vec<String>>,
}

/// An import path as written, with where it is imported.
#[derive(Clone, Debug)]
pub(crate) struct RawImport {
    pub path: String,
    pub positions: Vec<ImportPos>,
}

/// Why a package could not be (fully) read.
#[derive(Clone, Debug)]
pub(crate) enum ScanError {
    /// No buildable Go files (`load.NoGoError`'s message).
    NoGo(String),
    /// Only `_test.go` files: not a loading error for the go command,
    /// which fails later, when building, with `path: no non-test Go files
    /// in DIR`.
    TestOnly(String),
    /// Everything named on the command line imports "C".
    AllCgo,
    /// Another problem, reported at the import (multiple packages, a bad
    /// `//go:build` line, an invalid import path, an unreadable file).
    Bad(String),
}

/// One package as read from disk.
#[derive(Debug)]
pub(crate) struct Scanned {
    pub spec: Spec,
    pub name: String,
    pub files: Vec<SourceFile>,
    pub s_files: Vec<String>,
    pub imports: Vec<RawImport>,
    pub linknames: Vec<Linkname>,
    pub diagnostics: Vec<Diagnostic>,
    pub error: Option<ScanError>,
    /// For each of `imports`: the imported package's import path, or why
    /// it cannot be found (filled in by the loader).
    pub resolutions: Vec<Result<String, String>>,
}

impl Scanned {
    /// `file:line:col` of an import position, as the go command prints it.
    pub fn pos_string(&self, cwd: &Path, p: ImportPos) -> String {
        let f = &self.files[p.file];
        let lc = f.ast.lines.line_col(p.pos);
        format!("{}:{}", short_path(cwd, &f.path), lc)
    }
}

/// Reads the package `spec` in `ctx`.
pub(crate) fn scan(ctx: &BuildContext, cwd: &Path, spec: Spec) -> Scanned {
    let mut s = Scanned {
        name: String::new(),
        files: Vec::new(),
        s_files: Vec::new(),
        imports: Vec::new(),
        linknames: Vec::new(),
        diagnostics: Vec::new(),
        error: None,
        resolutions: Vec::new(),
        spec,
    };
    if s.spec.origin == Origin::Unsafe {
        s.name = "unsafe".into();
        return s;
    }
    let use_all = s.spec.files.is_some();
    let names = match &s.spec.files {
        Some(f) => f.clone(),
        None => match read_dir_sorted(&s.spec.dir) {
            Ok(n) => n,
            Err(e) => {
                s.error = Some(ScanError::Bad(format!(
                    "open {}: {e}",
                    s.spec.dir.display()
                )));
                return s;
            }
        },
    };

    let mut bad: Option<String> = None;
    let mut ignored = 0usize;
    let mut tests = 0usize;
    let mut broken = 0usize;
    let mut cgo = 0usize;
    let mut first_file = String::new();
    let mut raw: Vec<RawImport> = Vec::new();
    for name in names {
        let Some(kind) = file_kind(&name) else {
            continue;
        };
        if kind == FileKind::Other {
            continue;
        }
        if !use_all && !ctx.good_os_arch_file(&name) {
            ignored += (kind == FileKind::Go) as usize;
            continue;
        }
        let path = s.spec.dir.join(&name);
        let content = match std::fs::read(&path) {
            Ok(c) => c,
            Err(e) => {
                bad.get_or_insert(format!("read {}: {e}", path.display()));
                continue;
            }
        };
        match ctx.should_build(&content) {
            Err(e) => {
                if kind == FileKind::Go {
                    bad.get_or_insert(format!("{name}: {e}"));
                }
                continue;
            }
            Ok(false) if !use_all => {
                ignored += (kind == FileKind::Go) as usize;
                continue;
            }
            Ok(_) => {}
        }
        if kind == FileKind::Asm {
            s.s_files.push(name);
            continue;
        }
        let is_test = name.ends_with("_test.go");
        let display = gc_file_name(cwd, &s.spec.dir, &name);
        let (mut pkg, parsed) = if is_test {
            (package_clause_name(&content), None)
        } else {
            let parsed = syntax::parse_file(&display, &content);
            for e in &parsed.errors {
                s.diagnostics
                    .push(diagnostic(&display, &parsed.lines, e.pos, &e.msg));
            }
            let pkg = parsed.file.as_ref().map(|f| f.pkg_name.value.to_string());
            (pkg, Some(parsed))
        };
        if pkg.as_deref() == Some("documentation") {
            ignored += 1;
            continue;
        }
        if let Some(p) = &mut pkg {
            if is_test && p.ends_with("_test") && *p != s.name {
                p.truncate(p.len() - "_test".len());
            }
            if s.name.is_empty() {
                s.name = p.clone();
                first_file = name.clone();
            } else if *p != s.name {
                bad.get_or_insert(format!(
                    "found packages {} ({first_file}) and {p} ({name}) in {}",
                    s.name,
                    s.spec.dir.display()
                ));
            }
        }
        if is_test {
            tests += 1;
            continue;
        }
        let Some(file) = parsed.and_then(|p| p.file) else {
            broken += 1;
            continue;
        };
        // Imports, as go/build reads them.
        let mut file_imports: Vec<(String, Pos)> = Vec::new();
        let mut invalid = None;
        for d in &file.decls {
            let ast::Decl::Import(imp) = d else { continue };
            let Some(lit) = &imp.path else { continue };
            if lit.bad {
                continue;
            }
            let Some(p) = unquote(&lit.value) else {
                continue;
            };
            if !is_valid_import(&p) {
                invalid.get_or_insert((p, imp.pos));
                continue;
            }
            file_imports.push((p, imp.pos));
        }
        if file_imports.iter().any(|(p, _)| p == "C") {
            // cgo is off: go/build ignores the file, imports and all.
            cgo += 1;
            continue;
        }
        if let Some((p, pos)) = invalid {
            let lc = file.lines.line_col(pos);
            bad.get_or_insert(format!(
                "{}:{lc}: invalid import path: {p}",
                absolute(cwd, &path).display()
            ));
            file_imports.clear();
        }
        let index = s.files.len();
        for (p, pos) in file_imports {
            let at = ImportPos { file: index, pos };
            match raw.iter_mut().find(|r| r.path == p) {
                Some(r) => r.positions.push(at),
                None => raw.push(RawImport {
                    path: p,
                    positions: vec![at],
                }),
            }
        }
        collect_linknames(&file, &content, index, &mut s.linknames, &mut s.diagnostics);
        s.files.push(SourceFile {
            name,
            path,
            display,
            size: content.len(),
            hash: *blake3::hash(&content).as_bytes(),
            ast: file,
        });
    }
    raw.sort_by(|a, b| a.path.cmp(&b.path));
    s.imports = raw;

    if let Some(b) = bad {
        s.error = Some(ScanError::Bad(b));
    } else if s.files.is_empty() && broken == 0 {
        let dir = s.spec.dir.display();
        s.error = Some(if use_all && cgo > 0 && ignored == 0 {
            ScanError::AllCgo
        } else if ignored + cgo > 0 {
            ScanError::NoGo(format!("build constraints exclude all Go files in {dir}"))
        } else if tests > 0 {
            ScanError::TestOnly(format!("no non-test Go files in {dir}"))
        } else {
            ScanError::NoGo(format!("no Go files in {dir}"))
        });
    }
    s
}

fn diagnostic(file: &str, lines: &LineTable, pos: Pos, msg: &str) -> Diagnostic {
    let lc = lines.line_col(pos);
    Diagnostic {
        file: file.to_string(),
        line: lc.line,
        col: lc.col,
        msg: msg.to_string(),
    }
}

/// The `//go:linkname` and `//go:linknamestd` directives of a file, as gc's
/// noder reads them: `localname [target]`, alone on their line.
fn collect_linknames(
    file: &ast::File,
    src: &[u8],
    index: usize,
    out: &mut Vec<Linkname>,
    diags: &mut Vec<Diagnostic>,
) {
    for d in &file.directives {
        let text = d.text.trim_end_matches('\r');
        let Some(body) = text.strip_prefix("//") else {
            continue;
        };
        let std_only = if body.starts_with("go:linkname ") {
            false
        } else if body.starts_with("go:linknamestd ") {
            true
        } else {
            continue;
        };
        let start = d.pos.offset();
        let line_start = src[..start]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        if !src[line_start..start]
            .iter()
            .all(|&b| b == b' ' || b == b'\t')
        {
            diags.push(diagnostic(
                &file.name,
                &file.lines,
                d.pos,
                "misplaced compiler directive",
            ));
            continue;
        }
        let f: Vec<&str> = body.split_whitespace().collect();
        if !(2..=3).contains(&f.len()) {
            diags.push(diagnostic(
                &file.name,
                &file.lines,
                d.pos,
                &format!("usage: //{} localname [linkname]", f[0]),
            ));
            continue;
        }
        out.push(Linkname {
            local: f[1].to_string(),
            target: f.get(2).map(|t| t.to_string()),
            std_only,
            file: index,
            pos: d.pos,
        });
    }
}

/// The entries of `dir` that are not directories (symlinks to
/// directories excluded), sorted by name as `os.ReadDir` sorts them.
fn read_dir_sorted(dir: &Path) -> std::io::Result<Vec<String>> {
    let mut names = Vec::new();
    for e in std::fs::read_dir(dir)? {
        let e = e?;
        let ty = e.file_type()?;
        if ty.is_dir() {
            continue;
        }
        if ty.is_symlink() && std::fs::metadata(e.path()).is_ok_and(|m| m.is_dir()) {
            continue;
        }
        let Ok(name) = e.file_name().into_string() else {
            continue;
        };
        names.push(name);
    }
    names.sort_unstable();
    Ok(names)
}

/// The package name of a file's package clause, skipping leading space and
/// comments (enough to classify `_test.go` files, which goviz does not parse).
pub(crate) fn package_clause_name(src: &[u8]) -> Option<String> {
    let mut i = skip_space_and_comments(src, 0);
    if !src[i..].starts_with(b"package") {
        return None;
    }
    i += "package".len();
    let j = skip_space_and_comments(src, i);
    if j == i {
        return None;
    }
    let rest = match std::str::from_utf8(&src[j..]) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&src[j..j + e.valid_up_to()]).unwrap_or_default(),
    };
    let name: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    (!name.is_empty() && !name.starts_with(|c: char| c.is_numeric())).then_some(name)
}

fn skip_space_and_comments(src: &[u8], mut i: usize) -> usize {
    if i == 0 && src.starts_with("\u{feff}".as_bytes()) {
        i = 3;
    }
    loop {
        while i < src.len() && matches!(src[i], b' ' | b'\t' | b'\r' | b'\n') {
            i += 1;
        }
        if src[i..].starts_with(b"//") {
            while i < src.len() && src[i] != b'\n' {
                i += 1;
            }
        } else if src[i..].starts_with(b"/*") {
            match src[i + 2..].windows(2).position(|w| w == b"*/") {
                Some(k) => i += 2 + k + 2,
                None => return src.len(),
            }
        } else {
            return i;
        }
    }
}

/// The value of a Go string literal's source text (interpreted or raw).
pub(crate) fn unquote(lit: &str) -> Option<String> {
    if let Some(raw) = lit.strip_prefix('`').and_then(|s| s.strip_suffix('`')) {
        return Some(raw.replace('\r', ""));
    }
    let body = lit.strip_prefix('"')?.strip_suffix('"')?;
    if !body.contains('\\') {
        return Some(body.to_string());
    }
    let mut out: Vec<u8> = Vec::with_capacity(body.len());
    let b = body.as_bytes();
    let mut i = 0;
    let hex = |s: &[u8]| u32::from_str_radix(std::str::from_utf8(s).ok()?, 16).ok();
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        let c = *b.get(i + 1)?;
        i += 2;
        let simple = match c {
            b'a' => Some(7),
            b'b' => Some(8),
            b'f' => Some(12),
            b'n' => Some(b'\n'),
            b'r' => Some(b'\r'),
            b't' => Some(b'\t'),
            b'v' => Some(11),
            b'\\' => Some(b'\\'),
            b'"' => Some(b'"'),
            _ => None,
        };
        if let Some(v) = simple {
            out.push(v);
            continue;
        }
        match c {
            b'x' => {
                out.push(hex(b.get(i..i + 2)?)? as u8);
                i += 2;
            }
            b'u' | b'U' => {
                let n = if c == b'u' { 4 } else { 8 };
                let ch = char::from_u32(hex(b.get(i..i + n)?)?)?;
                let mut buf = [0; 4];
                out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                i += n;
            }
            b'0'..=b'7' => {
                let s = std::str::from_utf8(b.get(i - 1..i + 2)?).ok()?;
                out.push(u8::try_from(u32::from_str_radix(s, 8).ok()?).ok()?);
                i += 2;
            }
            _ => return None,
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_clauses() {
        assert_eq!(
            package_clause_name(b"package a_test\n").as_deref(),
            Some("a_test")
        );
        assert_eq!(
            package_clause_name(b"// c\n/* x\n*/ package \t b // y\n").as_deref(),
            Some("b")
        );
        assert_eq!(package_clause_name(b"packagex\n"), None);
        assert_eq!(package_clause_name(b"func f()\n"), None);
        assert_eq!(package_clause_name(b""), None);
    }

    #[test]
    fn unquotes() {
        assert_eq!(unquote("\"fmt\"").as_deref(), Some("fmt"));
        assert_eq!(unquote("`a/b`").as_deref(), Some("a/b"));
        assert_eq!(unquote(r#""a\x2fb\u00e9\101""#).as_deref(), Some("a/béA"));
        assert_eq!(unquote(r#""a\q""#), None);
    }
}
