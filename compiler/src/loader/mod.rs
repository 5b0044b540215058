//! The package loader: from the command line's `.go` files or directory
//! (or from standard import paths) to every package of the program, each
//! parsed, in dependency order.
//!
//! It does what `go build` does before compiling, with goviz's one build
//! context ([`build::BuildContext::goviz`]): selects each package's files
//! as `go/build` does (file-name suffixes, `//go:build` lines, `_test.go`
//! and cgo files left out), resolves imports through goviz's overlay,
//! `$GOROOT/src` and (for standard packages) `$GOROOT/src/vendor`
//! ([`resolve`]), enforces `internal/` and `vendor/` visibility, finds
//! import cycles, and reports problems in the go command's words
//! ([`errors`]). Files named on the command line form the package
//! `command-line-arguments`, built from exactly those files (build
//! constraints are not applied to them, as with `go run x.go`).
//!
//! Packages are read and parsed on several threads; the import graph is
//! then walked once, depth first in sorted import order as the go command
//! walks it, which fixes both the order of the result (each package after
//! all its imports) and the order errors are reported in.

pub mod build;
pub mod errors;
mod graph;
pub mod resolve;
mod scan;

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};

pub use build::BuildContext;
pub use errors::{LoadError, LoadErrors, PackageError, StackEntry};
pub use resolve::{Module, Origin};

use crate::goroot::Goroot;
use crate::syntax::{Pos, ast};
use resolve::{Importer, Resolved, Roots};
use scan::{Scanned, Spec};

/// The import path gc and the go command give a package made of files
/// named on the command line.
pub const COMMAND_LINE_ARGUMENTS: &str = "command-line-arguments";

/// The overlay directory of this source tree (`runtime/overlay/`).
pub fn default_overlay_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../runtime/overlay")
}

/// One parsed source file of a package.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The file's base name (`print.go`).
    pub name: String,
    /// Its full path.
    pub path: PathBuf,
    /// The name errors show, as gc (through the go command) prints it:
    /// `./x.go` in the current directory, else relative (`sub/x.go`,
    /// `../d/x.go`) or absolute, whichever is shorter. Also `ast.name`.
    pub display: String,
    /// Size in bytes.
    pub size: usize,
    /// BLAKE3 hash of the contents (part of the package's cache key).
    pub hash: [u8; 32],
    pub ast: ast::File,
}

impl SourceFile {
    /// The minimum Go version its `//go:build` line implies ("go1.21"), or "".
    pub fn go_version(&self) -> &str {
        &self.ast.go_version
    }
}

/// Where an import declaration is: a file of the package (index into
/// [`Package::files`]) and the position of the import spec (its local
/// name if it has one, else its path, as the go command reports it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ImportPos {
    pub file: usize,
    pub pos: Pos,
}

/// One imported package.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    /// The path as written in the source (`golang.org/x/net/dns/dnsmessage`).
    pub path: String,
    /// The imported package's import path (`vendor/golang.org/x/net/dns/dnsmessage`),
    /// the key of [`Program::package`].
    pub package: String,
    /// Every import declaration of it, in file order.
    pub positions: Vec<ImportPos>,
}

/// A `//go:linkname localname [target]` or `//go:linknamestd` directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Linkname {
    pub local: String,
    /// None when omitted: the local symbol is only made pullable
    /// (gc then uses the symbol's own name, `pkgpath.localname`).
    pub target: Option<String>,
    /// `//go:linknamestd`: a linkname only standard packages may pull.
    pub std_only: bool,
    /// Index into [`Package::files`].
    pub file: usize,
    pub pos: Pos,
}

/// A loaded package.
#[derive(Clone, Debug)]
pub struct Package {
    /// Its import path (`fmt`, `vendor/golang.org/x/...`,
    /// `command-line-arguments`, a module path).
    pub path: String,
    /// The name in its package clauses.
    pub name: String,
    pub dir: PathBuf,
    pub origin: Origin,
    /// The selected `.go` files, in compilation order (sorted by name,
    /// or as given on the command line).
    pub files: Vec<SourceFile>,
    /// The selected assembly (`.s`) files' names (goviz does not assemble
    /// them; their functions are natives).
    pub s_files: Vec<String>,
    /// The imports, sorted by path as written, without duplicates.
    /// `unsafe` is among them when imported.
    pub imports: Vec<Import>,
    /// Dependencies that are not imports: `runtime` for a main package
    /// (every program links it).
    pub implicit_imports: Vec<String>,
    pub linknames: Vec<Linkname>,
    /// Errors found while parsing that do not stop type checking (gc
    /// reports them with the type errors: e.g. "method has no receiver",
    /// misplaced directives, branch statement errors).
    pub parse_errors: Vec<crate::diag::Diagnostic>,
}

impl Package {
    /// Whether it is a standard package (from GOROOT or goviz's overlay).
    pub fn is_standard(&self) -> bool {
        self.origin.is_standard()
    }

    /// The import of `path` as written, if any.
    pub fn import(&self, path: &str) -> Option<&Import> {
        self.imports.iter().find(|i| i.path == path)
    }
}

/// A loaded program (or set of packages).
#[derive(Clone, Debug, Default)]
pub struct Program {
    /// In dependency order: each package after every package it imports.
    pub packages: Vec<Package>,
    /// Indices of the packages asked for, in the order asked.
    pub roots: Vec<usize>,
    /// Index of the main package (with [`Loader::load_program`]).
    pub main: Option<usize>,
}

impl Program {
    /// The index of the package with import path `path`.
    pub fn index(&self, path: &str) -> Option<usize> {
        self.packages.iter().position(|p| p.path == path)
    }

    /// The package with import path `path`.
    pub fn package(&self, path: &str) -> Option<&Package> {
        self.packages.iter().find(|p| p.path == path)
    }

    /// The main package.
    pub fn main_package(&self) -> Option<&Package> {
        self.main.map(|i| &self.packages[i])
    }
}

/// Loads packages for goviz's build context.
#[derive(Clone, Debug)]
pub struct Loader {
    goroot_src: PathBuf,
    overlay: Option<PathBuf>,
    cwd: PathBuf,
    ctx: BuildContext,
    threads: usize,
    /// Packages every program loads besides what it imports (as the
    /// linker adds the runtime), loaded as roots after the main package.
    implicit: Vec<String>,
}

impl Loader {
    /// A loader reading the standard library from `goroot`, with the
    /// overlay off and the process's current directory.
    pub fn new(goroot: &Goroot) -> Loader {
        Loader {
            goroot_src: goroot.src(),
            overlay: None,
            cwd: std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/")),
            ctx: BuildContext::goviz(),
            threads: std::thread::available_parallelism().map_or(4, |n| n.get().min(16)),
            implicit: Vec::new(),
        }
    }

    /// Makes every program load these packages too (by import path).
    pub fn with_implicit(mut self, paths: &[&str]) -> Loader {
        self.implicit = paths.iter().map(|p| p.to_string()).collect();
        self
    }

    /// Sets the overlay directory (packages there replace the standard
    /// ones of the same import path); None turns the overlay off. A
    /// missing directory is an empty overlay.
    pub fn with_overlay(mut self, dir: Option<PathBuf>) -> Loader {
        self.overlay = dir;
        self
    }

    /// Sets the directory relative paths (arguments, and the file names in
    /// errors) are relative to.
    pub fn with_cwd(mut self, cwd: PathBuf) -> Loader {
        self.cwd = errors::absolute(&std::env::current_dir().unwrap_or_default(), &cwd);
        self
    }

    /// Sets how many threads read and parse packages (at least one).
    pub fn with_threads(mut self, n: usize) -> Loader {
        self.threads = n.max(1);
        self
    }

    /// The build context.
    pub fn context(&self) -> &BuildContext {
        &self.ctx
    }

    /// Loads a program: a directory, or `.go` files of one directory,
    /// holding a `main` package; with all its imports, transitively, and
    /// `runtime`.
    pub fn load_program(&self, args: &[PathBuf]) -> Result<Program, LoadErrors> {
        let arg_err = |m: String| LoadErrors::one(LoadError::Args(m));
        if args.is_empty() {
            return Err(arg_err("no go files listed".into()));
        }
        let is_go = |a: &PathBuf| a.to_string_lossy().ends_with(".go");
        let spec = if args.iter().any(is_go) {
            if let Some(a) = args.iter().find(|a| !is_go(a)) {
                return Err(arg_err(format!(
                    "named files must be .go files: {}",
                    a.display()
                )));
            }
            if let Some(a) = args
                .iter()
                .find(|a| a.to_string_lossy().ends_with("_test.go"))
            {
                return Err(arg_err(format!(
                    "cannot run *_test.go files ({})",
                    a.display()
                )));
            }
            let mut dir: Option<PathBuf> = None;
            let mut names = Vec::new();
            for a in args {
                let abs = errors::absolute(&self.cwd, a);
                match std::fs::metadata(&abs) {
                    Err(e) => {
                        let e = e.to_string();
                        let e = e.split(" (os error").next().unwrap_or(&e).to_lowercase();
                        return Err(arg_err(format!("stat {}: {e}", a.display())));
                    }
                    Ok(m) if m.is_dir() => {
                        return Err(arg_err(format!(
                            "{} is a directory, should be a Go file",
                            a.display()
                        )));
                    }
                    Ok(_) => {}
                }
                // filepath.Dir: the cleaned directory part, "." if none.
                let dir1 = errors::clean(a.parent().unwrap_or(Path::new("")));
                match &dir {
                    None => dir = Some(dir1),
                    Some(d) if *d != dir1 => {
                        return Err(arg_err(format!(
                            "named files must all be in one directory; have {} and {}",
                            d.display(),
                            dir1.display()
                        )));
                    }
                    Some(_) => {}
                }
                names.push(
                    abs.file_name()
                        .unwrap_or_default()
                        .to_string_lossy()
                        .into_owned(),
                );
            }
            let mut seen = HashSet::new();
            for n in &names {
                if !seen.insert(n.to_lowercase()) {
                    let first = names
                        .iter()
                        .find(|m| m.to_lowercase() == n.to_lowercase())
                        .unwrap_or(n);
                    return Err(LoadErrors::one(LoadError::Package(PackageError {
                        package: COMMAND_LINE_ARGUMENTS.into(),
                        import_stack: vec![StackEntry {
                            pkg: COMMAND_LINE_ARGUMENTS.into(),
                            from_file: None,
                        }],
                        pos: None,
                        err: format!(
                            "case-insensitive file name collision: {} and {}",
                            resolve::go_quote(first),
                            resolve::go_quote(n)
                        ),
                        is_import_cycle: false,
                        always_print_stack: false,
                    })));
                }
            }
            let dir = errors::absolute(&self.cwd, &dir.unwrap_or_default());
            Spec {
                path: COMMAND_LINE_ARGUMENTS.into(),
                origin: Origin::CommandLine,
                files: Some(names),
                dir,
            }
        } else {
            if args.len() > 1 {
                return Err(arg_err("cannot run multiple packages".into()));
            }
            let dir = errors::absolute(&self.cwd, &args[0]);
            if !dir.is_dir() {
                return Err(arg_err(format!(
                    "directory {} does not exist",
                    errors::short_path(&self.cwd, &dir)
                )));
            }
            if !resolve::has_go_files(&dir) {
                return Err(arg_err(format!("no Go files in {}", dir.display())));
            }
            match Module::enclosing(&dir).and_then(|m| m.dir_import_path(&dir)) {
                Some(path) => Spec {
                    path,
                    origin: Origin::Module,
                    files: None,
                    dir,
                },
                None => Spec {
                    path: COMMAND_LINE_ARGUMENTS.into(),
                    origin: Origin::CommandLine,
                    files: None,
                    dir,
                },
            }
        };
        let roots = Roots {
            goroot_src: self.goroot_src.clone(),
            overlay: self.overlay.clone(),
            module: Module::enclosing(&spec.dir),
        };
        let mut start = vec![spec.clone()];
        start.extend(
            self.implicit
                .iter()
                .filter_map(|p| roots.resolve(p, Importer::User).ok())
                .map(|r| spec_of(&r)),
        );
        let scanned = self.scan_all(&roots, start);
        let mut g = graph::Graph::new(self, &roots, scanned);
        g.load_root(graph::Root::Main(spec.path.clone()));
        for p in &self.implicit {
            g.load_root(graph::Root::Path(p.clone()));
        }
        let prog = g.finish()?;
        let main = &prog.packages[prog.roots[0]];
        if main.name != "main" {
            return Err(LoadErrors::one(LoadError::Args(format!(
                "package {} is not a main package",
                main.path
            ))));
        }
        Ok(prog)
    }

    /// Loads one standard package (e.g. `net/http`) and its dependencies.
    pub fn load_std(&self, path: &str) -> Result<Program, LoadErrors> {
        self.load_packages(&[path])
    }

    /// Loads standard packages by import path (e.g. `net/http`,
    /// `vendor/golang.org/x/net/idna`), with everything they import.
    pub fn load_packages(&self, paths: &[&str]) -> Result<Program, LoadErrors> {
        let roots = Roots {
            goroot_src: self.goroot_src.clone(),
            overlay: self.overlay.clone(),
            module: None,
        };
        let mut specs = Vec::new();
        for p in paths {
            if let Ok(r) = roots.resolve(p, Importer::User) {
                specs.push(spec_of(&r));
            }
        }
        let scanned = self.scan_all(&roots, specs);
        let mut g = graph::Graph::new(self, &roots, scanned);
        for p in paths {
            g.load_root(graph::Root::Path(p.to_string()));
        }
        g.finish()
    }

    /// Reads and parses every package reachable from `roots`, on
    /// `self.threads` threads. Keyed by import path.
    fn scan_all(&self, roots: &Roots, start: Vec<Spec>) -> HashMap<String, Scanned> {
        struct Queue {
            todo: VecDeque<Spec>,
            seen: HashSet<String>,
            active: usize,
            done: HashMap<String, Scanned>,
            panic: Option<Box<dyn std::any::Any + Send>>,
        }
        let mut q = Queue {
            todo: VecDeque::new(),
            seen: HashSet::new(),
            active: 0,
            done: HashMap::new(),
            panic: None,
        };
        for s in start {
            if q.seen.insert(s.path.clone()) {
                q.todo.push_back(s);
            }
        }
        let queue = Mutex::new(q);
        let wake = Condvar::new();
        let resolved: Mutex<HashMap<(String, Importer), Result<Resolved, String>>> =
            Mutex::new(HashMap::new());
        let worker = || {
            loop {
                let spec = {
                    let mut q = queue.lock().unwrap();
                    loop {
                        if let Some(s) = q.todo.pop_front() {
                            q.active += 1;
                            break s;
                        }
                        if q.active == 0 {
                            wake.notify_all();
                            return;
                        }
                        q = wake.wait(q).unwrap();
                    }
                };
                let path = spec.path.clone();
                let scanned = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    scan::scan(&self.ctx, &self.cwd, spec)
                }));
                let mut s = match scanned {
                    Ok(s) => s,
                    Err(payload) => {
                        // Keep the other workers from waiting forever; the
                        // panic is resumed once they are done.
                        let mut q = queue.lock().unwrap_or_else(|e| e.into_inner());
                        q.active -= 1;
                        q.panic.get_or_insert(payload);
                        q.seen.insert(path);
                        wake.notify_all();
                        continue;
                    }
                };
                let importer = Importer::of(s.spec.origin, &s.spec.path);
                let mut found = Vec::new();
                for imp in &s.imports {
                    let key = (imp.path.clone(), importer);
                    let cached = resolved.lock().unwrap().get(&key).cloned();
                    let r = cached.unwrap_or_else(|| {
                        let r = roots.resolve(&imp.path, importer);
                        resolved.lock().unwrap().insert(key, r.clone());
                        r
                    });
                    s.resolutions
                        .push(r.as_ref().map(|r| r.path.clone()).map_err(Clone::clone));
                    if let Ok(r) = r {
                        found.push(r);
                    }
                }
                if s.name == "main"
                    && let Ok(r) = roots.resolve("runtime", importer)
                {
                    found.push(r);
                }
                let mut q = queue.lock().unwrap();
                for r in found {
                    if q.seen.insert(r.path.clone()) {
                        q.todo.push_back(spec_of(&r));
                    }
                }
                q.done.insert(s.spec.path.clone(), s);
                q.active -= 1;
                wake.notify_all();
            }
        };
        std::thread::scope(|sc| {
            for _ in 1..self.threads {
                sc.spawn(worker);
            }
            worker();
        });
        let q = queue.into_inner().unwrap_or_else(|e| e.into_inner());
        if let Some(payload) = q.panic {
            std::panic::resume_unwind(payload);
        }
        q.done
    }
}

fn spec_of(r: &Resolved) -> Spec {
    Spec {
        path: r.path.clone(),
        dir: r.dir.clone(),
        origin: r.origin,
        files: None,
    }
}
