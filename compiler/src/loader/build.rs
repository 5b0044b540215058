//! The build context and file selection, as `go/build` does them.
//!
//! goviz always builds for GOOS=linux, GOARCH=amd64 (GOAMD64=v1) with
//! compiler `gc`, cgo off, tags `purego` and `math_big_pure_go`, the release
//! tags go1.1 ... go1.27 and Go 1.27's default GOEXPERIMENTs
//! (`internal/buildcfg/exp.go`: the baseline flags for linux/amd64).
//!
//! Which files of a directory belong to a build follows `go/build`'s
//! `matchFile`: names starting with `_` or `.` are ignored; a name's
//! `_GOOS`, `_GOARCH` or `_GOOS_GOARCH` suffix (before an optional `_test`)
//! must match; and the file's header (its leading run of blank and `//`
//! lines, before the package clause) may hold one `//go:build` line that
//! must evaluate true, or, when there is none, `// +build` lines that must
//! all evaluate true.

use crate::syntax::constraint::Constraint;

/// The minor version of the Go release goviz implements (release tags
/// go1.1 ... go1.N).
pub const GO_MINOR: u32 = 27;

/// The GOEXPERIMENTs enabled by default in Go 1.27 on linux/amd64, in the
/// order of `internal/goexperiment.Flags` (the order `go env` lists them):
/// the register ABI (always on for amd64), DWARF 5 (on except on
/// darwin/ios/aix) and the baseline flags of `internal/buildcfg/exp.go`.
pub const DEFAULT_EXPERIMENTS: &[&str] = &[
    "regabiwrappers",
    "regabiargs",
    "dwarf5",
    "jsonv2",
    "greenteagc",
    "randomizedheapbase64",
    "sizespecializedmalloc",
];

/// `internal/syslist.KnownOS`.
pub const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "wasip1",
    "windows",
    "zos",
];

/// `internal/syslist.UnixOS`.
pub const UNIX_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "linux",
    "netbsd",
    "openbsd",
    "solaris",
];

/// `internal/syslist.KnownArch`.
pub const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

/// The build context: `go/build.Context` reduced to what goviz varies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildContext {
    pub goos: String,
    pub goarch: String,
    pub compiler: String,
    pub cgo_enabled: bool,
    /// `-tags`.
    pub build_tags: Vec<String>,
    /// `goexperiment.X` for each enabled experiment, then `amd64.v1`.
    pub tool_tags: Vec<String>,
    /// go1.1 ... go1.27.
    pub release_tags: Vec<String>,
}

impl Default for BuildContext {
    fn default() -> Self {
        BuildContext::goviz()
    }
}

impl BuildContext {
    /// goviz's one build context (see the module documentation).
    pub fn goviz() -> BuildContext {
        let mut tool_tags: Vec<String> = DEFAULT_EXPERIMENTS
            .iter()
            .map(|x| format!("goexperiment.{x}"))
            .collect();
        tool_tags.push("amd64.v1".into());
        BuildContext {
            goos: "linux".into(),
            goarch: "amd64".into(),
            compiler: "gc".into(),
            cgo_enabled: false,
            build_tags: vec!["purego".into(), "math_big_pure_go".into()],
            tool_tags,
            release_tags: (1..=GO_MINOR).map(|m| format!("go1.{m}")).collect(),
        }
    }

    /// Whether the experiment `name` (lower case, e.g. "jsonv2") is on.
    pub fn experiment(&self, name: &str) -> bool {
        self.tool_tags
            .iter()
            .any(|t| t.strip_prefix("goexperiment.") == Some(name))
    }

    /// `go/build`'s `matchTag`: whether the build tag `name` is satisfied.
    pub fn match_tag(&self, name: &str) -> bool {
        if self.cgo_enabled && name == "cgo" {
            return true;
        }
        if name == self.goos || name == self.goarch || name == self.compiler {
            return true;
        }
        if (self.goos == "android" && name == "linux")
            || (self.goos == "illumos" && name == "solaris")
            || (self.goos == "ios" && name == "darwin")
        {
            return true;
        }
        if name == "unix" && UNIX_OS.contains(&self.goos.as_str()) {
            return true;
        }
        let name = if name == "boringcrypto" {
            "goexperiment.boringcrypto"
        } else {
            name
        };
        self.build_tags
            .iter()
            .chain(&self.tool_tags)
            .chain(&self.release_tags)
            .any(|t| t == name)
    }

    /// Evaluates a build constraint expression in this context.
    pub fn eval(&self, c: &Constraint) -> bool {
        c.eval(&mut |t: &str| self.match_tag(t))
    }

    /// `go/build`'s `goodOSArchFile`: whether the file name's `_GOOS`,
    /// `_GOARCH` or `_GOOS_GOARCH` suffix (if any) matches.
    pub fn good_os_arch_file(&self, name: &str) -> bool {
        let name = name.split('.').next().unwrap_or("");
        let Some(i) = name.find('_') else {
            return true;
        };
        let mut l: Vec<&str> = name[i..].split('_').collect();
        if l.last() == Some(&"test") {
            l.pop();
        }
        let n = l.len();
        if n >= 2 && KNOWN_OS.contains(&l[n - 2]) && KNOWN_ARCH.contains(&l[n - 1]) {
            return self.match_tag(l[n - 1]) && self.match_tag(l[n - 2]);
        }
        if n >= 1 && (KNOWN_OS.contains(&l[n - 1]) || KNOWN_ARCH.contains(&l[n - 1])) {
            return self.match_tag(l[n - 1]);
        }
        true
    }

    /// `go/build`'s `shouldBuild`: whether a file with this content is
    /// part of the build, judging by its header's `//go:build` line (or,
    /// without one, its `// +build` lines). Errors are `go/build`'s
    /// (a malformed `//go:build` line, or two of them).
    pub fn should_build(&self, content: &[u8]) -> Result<bool, String> {
        let header = parse_file_header(content)?;
        if let Some(line) = header.go_build {
            let text = line.strip_prefix("//go:build").unwrap_or(line);
            let c = Constraint::parse(text).map_err(|e| format!("parsing //go:build line: {e}"))?;
            return Ok(self.eval(&c));
        }
        let mut ok = true;
        for line in header.trimmed.split(|&b| b == b'\n') {
            let line = trim_space(line);
            if !line.starts_with(b"//") || !contains(line, b"+build") {
                continue;
            }
            let Ok(text) = std::str::from_utf8(line) else {
                continue;
            };
            if let Some(c) = parse_plus_build(text)
                && !self.eval(&c)
            {
                ok = false;
            }
        }
        Ok(ok)
    }
}

/// What [`parse_file_header`] finds.
#[derive(Debug, PartialEq, Eq)]
pub struct FileHeader<'a> {
    /// The leading run of blank and `//` lines that ends with a blank line
    /// (where `// +build` lines count).
    pub trimmed: &'a [u8],
    /// The `//go:build` line, trimmed, if any.
    pub go_build: Option<&'a str>,
}

/// `go/build`'s `parseFileHeader`: scans the lines before the first
/// non-comment text (the package clause) for a `//go:build` line.
pub fn parse_file_header(content: &[u8]) -> Result<FileHeader<'_>, String> {
    let mut end = 0;
    let mut p = content;
    let mut ended = false;
    let mut in_slash_star = false;
    let mut go_build: Option<&str> = None;
    'lines: while !p.is_empty() {
        let mut line = match p.iter().position(|&b| b == b'\n') {
            Some(i) => {
                let l = &p[..i];
                p = &p[i + 1..];
                l
            }
            None => std::mem::take(&mut p),
        };
        line = trim_space(line);
        if line.is_empty() && !ended {
            end = content.len() - p.len();
            continue;
        }
        if !line.starts_with(b"//") {
            ended = true;
        }
        if !in_slash_star && is_go_build_comment(line) {
            if go_build.is_some() {
                return Err("multiple //go:build comments".into());
            }
            go_build = Some(
                std::str::from_utf8(line)
                    .map_err(|_| "parsing //go:build line: invalid UTF-8".to_string())?,
            );
        }
        // Find the end of the comments on this line.
        while !line.is_empty() {
            if in_slash_star {
                match find(line, b"*/") {
                    Some(i) => {
                        in_slash_star = false;
                        line = trim_space(&line[i + 2..]);
                        continue;
                    }
                    None => continue 'lines,
                }
            }
            if line.starts_with(b"//") {
                continue 'lines;
            }
            if line.starts_with(b"/*") {
                in_slash_star = true;
                line = trim_space(&line[2..]);
                continue;
            }
            // Non-comment text: the header is over.
            break 'lines;
        }
    }
    Ok(FileHeader {
        trimmed: &content[..end],
        go_build,
    })
}

/// `go/build`'s `isGoBuildComment` on a trimmed line.
fn is_go_build_comment(line: &[u8]) -> bool {
    let Some(rest) = line.strip_prefix(b"//go:build") else {
        return false;
    };
    rest.is_empty() || trim_space(rest).len() < rest.len()
}

/// Parses a `// +build` line (`go/build/constraint`'s plus-build syntax:
/// space-separated options are ORed, comma-separated terms ANDed, `!`
/// negates; a malformed term, or an empty line, means the tag `ignore`).
/// None if it is not a `// +build` line, or is too complex (more than 100
/// operators), which `go/build` then disregards.
pub fn parse_plus_build(line: &str) -> Option<Constraint> {
    let rest = line.strip_prefix("//")?.trim();
    let rest = rest.strip_prefix("+build")?;
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let ignore = || Constraint::Tag("ignore".into());
    let valid = |t: &str| {
        !t.is_empty()
            && t.chars()
                .all(|c| c.is_alphabetic() || c.is_numeric() || c == '_' || c == '.')
    };
    let mut size = 0;
    let mut x: Option<Constraint> = None;
    for clause in rest.split_whitespace() {
        let mut y: Option<Constraint> = None;
        for lit in clause.split(',') {
            let z = if lit.starts_with("!!") || lit == "!" {
                ignore()
            } else {
                let (neg, tag) = match lit.strip_prefix('!') {
                    Some(t) => (true, t),
                    None => (false, lit),
                };
                let z = if valid(tag) {
                    Constraint::Tag(tag.to_string())
                } else {
                    ignore()
                };
                if neg { Constraint::Not(Box::new(z)) } else { z }
            };
            y = Some(match y {
                None => z,
                Some(y) => {
                    size += 1;
                    Constraint::And(Box::new(y), Box::new(z))
                }
            });
        }
        let y = y.unwrap_or_else(ignore);
        x = Some(match x {
            None => y,
            Some(x) => {
                size += 1;
                Constraint::Or(Box::new(x), Box::new(y))
            }
        });
        if size > 100 {
            return None;
        }
    }
    Some(x.unwrap_or_else(ignore))
}

/// `bytes.TrimSpace`: trims Unicode white space (ASCII fast path).
fn trim_space(b: &[u8]) -> &[u8] {
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c);
    let mut s = 0;
    let mut e = b.len();
    while s < e && is_space(b[s]) {
        s += 1;
    }
    while e > s && is_space(b[e - 1]) {
        e -= 1;
    }
    let b = &b[s..e];
    if (b.first().is_some_and(|&c| c >= 0x80) || b.last().is_some_and(|&c| c >= 0x80))
        && let Ok(s) = std::str::from_utf8(b)
    {
        let t = s.trim();
        let start = t.as_ptr() as usize - s.as_ptr() as usize;
        return &b[start..start + t.len()];
    }
    b
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    find(hay, needle).is_some()
}

/// The kind of source file a name denotes, for the loader.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    Go,
    /// Go assembly (`.s`).
    Asm,
    /// Anything else (C, headers, `.syso`, `.S` ...): not used by goviz.
    Other,
}

/// Which kind of file `name` is, or None when `go/build` skips it without
/// looking (names starting with `_` or `.`, unknown extensions).
pub fn file_kind(name: &str) -> Option<FileKind> {
    if name.starts_with('_') || name.starts_with('.') {
        return None;
    }
    let ext = name.rfind('.').map_or("", |i| &name[i..]);
    match ext {
        ".go" => Some(FileKind::Go),
        ".s" => Some(FileKind::Asm),
        ".c" | ".cc" | ".cpp" | ".cxx" | ".m" | ".h" | ".hh" | ".hpp" | ".hxx" | ".f" | ".F"
        | ".for" | ".f90" | ".S" | ".sx" | ".swig" | ".swigcxx" | ".syso" => Some(FileKind::Other),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        let c = BuildContext::goviz();
        for t in [
            "linux",
            "amd64",
            "gc",
            "unix",
            "purego",
            "math_big_pure_go",
            "go1.1",
            "go1.27",
            "goexperiment.jsonv2",
            "goexperiment.regabiargs",
            "amd64.v1",
        ] {
            assert!(c.match_tag(t), "{t}");
        }
        for t in [
            "cgo",
            "windows",
            "arm64",
            "go1.28",
            "goexperiment.boringcrypto",
            "boringcrypto",
            "amd64.v2",
            "gccgo",
            "ignore",
        ] {
            assert!(!c.match_tag(t), "{t}");
        }
        assert!(c.experiment("greenteagc") && !c.experiment("arenas"));
    }

    #[test]
    fn os_arch_names() {
        let c = BuildContext::goviz();
        for (name, ok) in [
            ("a.go", true),
            ("linux.go", true),
            ("windows.go", true),
            ("a_linux.go", true),
            ("a_windows.go", false),
            ("a_amd64.go", true),
            ("a_arm64.go", false),
            ("a_linux_amd64.go", true),
            ("a_linux_arm64.go", false),
            ("a_windows_amd64.go", false),
            ("a_linux_test.go", true),
            ("a_windows_test.go", false),
            ("a_foo_test.go", true),
            ("a_unix.go", true),
            ("a_amd64.s", true),
            ("a_386.s", false),
            ("x_linux.foo.go", true),
        ] {
            assert_eq!(c.good_os_arch_file(name), ok, "{name}");
        }
    }

    #[test]
    fn headers() {
        let c = BuildContext::goviz();
        let b = |s: &str| c.should_build(s.as_bytes());
        assert_eq!(b("//go:build linux\n\npackage p\n"), Ok(true));
        assert_eq!(b("//go:build ignore\n\npackage p\n"), Ok(false));
        assert_eq!(
            b("// Copyright\n\n//go:build !purego\n\npackage p\n"),
            Ok(false)
        );
        // After the package clause: not a constraint.
        assert_eq!(b("package p\n\n//go:build ignore\n"), Ok(true));
        // Inside a /* */ comment: not a constraint.
        assert_eq!(b("/*\n//go:build ignore\n*/\n\npackage p\n"), Ok(true));
        // Directly before the package clause still counts.
        assert_eq!(b("//go:build ignore\npackage p\n"), Ok(false));
        assert!(b("//go:build linux\n//go:build amd64\n\npackage p\n").is_err());
        assert!(b("//go:build linux &&\n\npackage p\n").is_err());
        // +build lines only without //go:build, and only before a blank line.
        assert_eq!(b("// +build ignore\n\npackage p\n"), Ok(false));
        assert_eq!(b("// +build linux,amd64 windows\n\npackage p\n"), Ok(true));
        assert_eq!(b("// +build !linux\n\npackage p\n"), Ok(false));
        assert_eq!(b("// +build ignore\npackage p\n"), Ok(true));
        assert_eq!(
            b("//go:build linux\n// +build ignore\n\npackage p\n"),
            Ok(true)
        );
        // A //go:build with no space is not one.
        assert_eq!(b("//go:buildignore\n\npackage p\n"), Ok(true));
    }

    #[test]
    fn kinds() {
        assert_eq!(file_kind("a.go"), Some(FileKind::Go));
        assert_eq!(file_kind("a_amd64.s"), Some(FileKind::Asm));
        assert_eq!(file_kind("a.syso"), Some(FileKind::Other));
        assert_eq!(file_kind("_a.go"), None);
        assert_eq!(file_kind(".a.go"), None);
        assert_eq!(file_kind("README"), None);
    }
}
