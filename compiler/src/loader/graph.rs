//! The walk over the import graph, as the go command's `load` package
//! does it: depth first from the roots, each package's imports in sorted
//! order, an import stack for messages, the `internal`, `vendor` and
//! "is a program" checks at each import, cycles detected on packages still
//! being loaded. The post-order of the walk is the dependency order of the
//! result and the order errors are reported in.

use std::collections::HashMap;
use std::path::Path;

use super::errors::{LoadError, LoadErrors, PackageError, StackEntry};
use super::resolve::{Importer, Roots, find_internal, find_vendor, go_quote, has_path_prefix};
use super::scan::{ScanError, Scanned};
use super::{Import, Loader, Origin, Package, Program};

/// A package asked for.
pub(super) enum Root {
    /// The main package (already scanned under this import path).
    Main(String),
    /// An import path given by the caller.
    Path(String),
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    New,
    Active,
    Done,
}

struct Node {
    key: String,
    /// None for an import path that did not resolve.
    scanned: Option<Scanned>,
    state: State,
    error: Option<PackageError>,
    /// Loaded imports, in walk order (explicit imports, then implicit).
    edges: Vec<usize>,
}

pub(super) struct Graph<'a> {
    cwd: &'a Path,
    roots: &'a Roots,
    nodes: Vec<Node>,
    index: HashMap<String, usize>,
    stack: Vec<StackEntry>,
    root_ids: Vec<usize>,
    main: Option<usize>,
}

/// Where an import was made from, for messages.
struct At {
    /// `file:line:col` (the go command's `ShortPath` of the file).
    pos: String,
    /// The importing file's base name.
    file: String,
}

impl<'a> Graph<'a> {
    pub(super) fn new(
        loader: &'a Loader,
        roots: &'a Roots,
        scanned: HashMap<String, Scanned>,
    ) -> Graph<'a> {
        let mut g = Graph {
            cwd: &loader.cwd,
            roots,
            nodes: Vec::new(),
            index: HashMap::new(),
            stack: Vec::new(),
            root_ids: Vec::new(),
            main: None,
        };
        let mut all: Vec<(String, Scanned)> = scanned.into_iter().collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        for (key, s) in all {
            g.add(key, Some(s), None);
        }
        g
    }

    fn add(&mut self, key: String, scanned: Option<Scanned>, error: Option<PackageError>) -> usize {
        let id = self.nodes.len();
        self.index.insert(key.clone(), id);
        self.nodes.push(Node {
            key,
            scanned,
            state: if error.is_some() {
                State::Done
            } else {
                State::New
            },
            error,
            edges: Vec::new(),
        });
        id
    }

    pub(super) fn load_root(&mut self, root: Root) {
        let id = match root {
            Root::Main(key) => {
                let id = self.import_resolved(&key, Ok(key.clone()), None, None).0;
                self.main = Some(id);
                id
            }
            Root::Path(p) => {
                let r = self.roots.resolve(&p, Importer::User).map(|r| r.path);
                self.import_resolved(&p, r, None, None).0
            }
        };
        self.root_ids.push(id);
    }

    /// Loads the import of `raw` (as written), which resolved to `res`,
    /// by `importer` (None for a root). Returns the imported node and the
    /// error, if any, that belongs to the importer (`loadImport`).
    fn import_resolved(
        &mut self,
        raw: &str,
        res: Result<String, String>,
        importer: Option<usize>,
        at: Option<At>,
    ) -> (usize, Option<PackageError>) {
        let key = match res {
            Ok(k) if self.index.contains_key(&k) => k,
            Ok(k) => {
                // Resolved but never scanned: cannot happen, report plainly.
                return self.missing(raw, format!("package {k} was not loaded"), at);
            }
            Err(msg) => return self.missing(raw, msg, at),
        };
        let id = self.index[&key];
        if self.nodes[id].state == State::New {
            self.load_package(id, raw, at.as_ref());
        } else {
            self.stack.push(StackEntry {
                pkg: raw.to_string(),
                from_file: at.as_ref().map(|a| a.file.clone()),
            });
            self.reuse(id);
            self.stack.pop();
        }
        let Some(importer) = importer else {
            return (id, None);
        };
        if self.nodes[id].error.is_some() {
            return (id, None);
        }
        let err = self.check_import(raw, importer, id);
        (
            id,
            err.map(|(err, always_print_stack)| PackageError {
                package: self.nodes[importer].key.clone(),
                import_stack: self.stack.clone(),
                pos: at.map(|a| a.pos),
                err,
                is_import_cycle: false,
                always_print_stack,
            }),
        )
    }

    /// A path that did not resolve: one node per path, holding the error
    /// positioned at the first import of it.
    fn missing(&mut self, raw: &str, msg: String, at: Option<At>) -> (usize, Option<PackageError>) {
        let key = format!("\0missing {raw}");
        if let Some(&id) = self.index.get(&key) {
            self.reuse(id);
            return (id, None);
        }
        let err = PackageError {
            package: raw.to_string(),
            import_stack: self.stack.clone(),
            pos: at.map(|a| a.pos),
            err: msg,
            is_import_cycle: false,
            always_print_stack: false,
        };
        (self.add(key, None, Some(err)), None)
    }

    /// `reusePackage`: a package met again. If it is still being loaded,
    /// this is an import cycle; otherwise a shorter import stack replaces
    /// the one in its error.
    fn reuse(&mut self, id: usize) {
        let stack = &self.stack;
        let node = &mut self.nodes[id];
        if node.state == State::Active {
            match &mut node.error {
                None => {
                    node.error = Some(PackageError {
                        package: node.key.clone(),
                        import_stack: stack.clone(),
                        pos: None,
                        err: "import cycle not allowed".into(),
                        is_import_cycle: true,
                        always_print_stack: false,
                    })
                }
                Some(e) => e.is_import_cycle = true,
            }
        }
        if let Some(e) = &mut node.error
            && !e.is_import_cycle
            && shorter_than(stack, &e.import_stack)
        {
            e.import_stack = stack.clone();
        }
    }

    fn load_package(&mut self, id: usize, raw: &str, at: Option<&At>) {
        self.nodes[id].state = State::Active;
        let scanned = self.nodes[id].scanned.as_ref().expect("scanned package");
        let entry = StackEntry {
            pkg: raw.to_string(),
            from_file: at.map(|a| a.file.clone()),
        };
        let key = self.nodes[id].key.clone();
        let error = scanned.error.as_ref().and_then(|e| match e {
            ScanError::NoGo(msg) => {
                let mut import_stack = self.stack.clone();
                import_stack.push(entry.clone());
                Some(PackageError {
                    package: key.clone(),
                    import_stack,
                    pos: None,
                    err: msg.clone(),
                    is_import_cycle: false,
                    always_print_stack: false,
                })
            }
            ScanError::TestOnly(_) => None,
            ScanError::AllCgo => Some(PackageError {
                package: key.clone(),
                import_stack: Vec::new(),
                pos: None,
                err: "no Go source files".into(),
                is_import_cycle: false,
                always_print_stack: false,
            }),
            ScanError::Bad(msg) => Some(PackageError {
                package: key.clone(),
                import_stack: self.stack.clone(),
                pos: if self.stack.is_empty() {
                    None
                } else {
                    at.map(|a| a.pos.clone())
                },
                err: msg.clone(),
                is_import_cycle: false,
                always_print_stack: false,
            }),
        });
        self.nodes[id].error = error;

        // The imports, in sorted order, then `runtime` for a main package.
        let scanned = self.nodes[id].scanned.as_ref().expect("scanned package");
        let mut imports: Vec<(String, Result<String, String>, Option<At>)> = scanned
            .imports
            .iter()
            .zip(&scanned.resolutions)
            .map(|(imp, r)| {
                let first = imp.positions[0];
                let at = At {
                    pos: scanned.pos_string(self.cwd, first),
                    file: scanned.files[first.file].name.clone(),
                };
                (imp.path.clone(), r.clone(), Some(at))
            })
            .collect();
        if scanned.name == "main" && scanned.imports.iter().all(|i| i.path != "runtime") {
            let importer = Importer::of(scanned.spec.origin, &scanned.spec.path);
            let r = self.roots.resolve("runtime", importer).map(|r| r.path);
            imports.push(("runtime".into(), r, None));
        }

        self.stack.push(entry);
        for (path, res, at) in imports {
            let (child, err) = self.import_resolved(&path, res, Some(id), at);
            let node = &mut self.nodes[id];
            if node.error.is_none() {
                node.error = err;
            }
            node.edges.push(child);
        }
        self.stack.pop();
        self.nodes[id].state = State::Done;
    }

    /// The checks the go command makes on each import once the imported
    /// package is loaded: `internal` and `vendor` visibility, importing a
    /// command. The message, and whether to always print the import stack.
    fn check_import(&self, raw: &str, importer: usize, id: usize) -> Option<(String, bool)> {
        let imp = &self.nodes[importer];
        let imp_scanned = imp.scanned.as_ref()?;
        let p = &self.nodes[id];
        let p_scanned = p.scanned.as_ref()?;
        if !self.internal_allowed(imp, imp_scanned, p, p_scanned) {
            return Some((
                format!("use of internal package {} not allowed", p.key),
                true,
            ));
        }
        if find_vendor(&p.key).is_some() && !imp_scanned.spec.origin.is_standard() {
            return Some(("use of vendored package not allowed".into(), false));
        }
        if let Some(i) = find_vendor(raw) {
            return Some((
                format!("{raw} must be imported as {}", &raw[i + "vendor/".len()..]),
                false,
            ));
        }
        if p_scanned.name == "main" && p_scanned.spec.dir != imp_scanned.spec.dir {
            return Some((
                format!(
                    "import {} is a program, not an importable package",
                    go_quote(raw)
                ),
                false,
            ));
        }
        None
    }

    /// `disallowInternal`: a path with an `internal` element may only be
    /// imported from the tree rooted at the parent of that element.
    fn internal_allowed(&self, imp: &Node, imp_s: &Scanned, p: &Node, p_s: &Scanned) -> bool {
        let path = p.key.as_str();
        let Some(mut i) = find_internal(path) else {
            return true;
        };
        i = i.saturating_sub(1); // the slash before "internal"
        let importer = imp.key.as_str();
        if has_path_prefix(importer, "crypto") && has_path_prefix(path, "crypto/internal/fips140") {
            return true;
        }
        if has_path_prefix(importer, "crypto/internal/fips140") {
            return has_path_prefix(path, "crypto/internal");
        }
        let parent = &path[..i];
        if p_s.spec.origin.is_standard() {
            // By directory in the go command: the importer must be in
            // GOROOT/src (or goviz's overlay) under the parent.
            return imp_s.spec.origin.is_standard() && has_path_prefix(importer, parent);
        }
        let importer_path = if imp_s.spec.origin == Origin::CommandLine {
            self.roots
                .module
                .as_ref()
                .and_then(|m| m.dir_import_path(&imp_s.spec.dir))
                .unwrap_or_else(|| ".".into())
        } else {
            importer.to_string()
        };
        has_path_prefix(&importer_path, parent)
    }

    /// The packages in dependency order, or everything that went wrong.
    pub(super) fn finish(mut self) -> Result<Program, LoadErrors> {
        let order = self.post_order();
        let errors: Vec<LoadError> = order
            .iter()
            .filter_map(|&id| self.nodes[id].error.clone().map(LoadError::Package))
            .collect();
        if !errors.is_empty() {
            return Err(LoadErrors { errors });
        }
        // Build-time errors: packages with only test files, and syntax
        // errors of packages whose dependencies compiled (the go command
        // does not compile a package whose imports failed).
        let mut failed = vec![false; self.nodes.len()];
        let mut errors = Vec::new();
        for &id in &order {
            let node = &self.nodes[id];
            if node.edges.iter().any(|&e| failed[e]) {
                failed[id] = true;
                continue;
            }
            let s = node.scanned.as_ref().expect("no load errors");
            if let Some(ScanError::TestOnly(msg)) = &s.error {
                failed[id] = true;
                errors.push(LoadError::Args(format!("{}: {msg}", node.key)));
            } else if s
                .diagnostics
                .iter()
                .any(|d| d.msg.starts_with("syntax error"))
            {
                // Only "syntax error"s stop gc before type checking; the
                // parser's other errors are reported with the type errors.
                failed[id] = true;
                errors.push(LoadError::Syntax {
                    package: node.key.clone(),
                    header: Some(id) != self.main,
                    diagnostics: s.diagnostics.clone(),
                });
            }
        }
        if !errors.is_empty() {
            return Err(LoadErrors { errors });
        }
        let mut at = vec![usize::MAX; self.nodes.len()];
        let mut packages = Vec::with_capacity(order.len());
        for &id in &order {
            at[id] = packages.len();
            let node = &mut self.nodes[id];
            let s = node.scanned.take().expect("no load errors");
            let implicit = if s.name == "main" && s.imports.iter().all(|i| i.path != "runtime") {
                vec!["runtime".to_string()]
            } else {
                Vec::new()
            };
            let imports = s
                .imports
                .into_iter()
                .zip(s.resolutions)
                .map(|(imp, r)| Import {
                    path: imp.path,
                    package: r.expect("no load errors"),
                    positions: imp.positions,
                })
                .collect();
            packages.push(Package {
                path: s.spec.path,
                name: s.name,
                dir: s.spec.dir,
                origin: s.spec.origin,
                files: s.files,
                s_files: s.s_files,
                imports,
                implicit_imports: implicit,
                linknames: s.linknames,
                parse_errors: s.diagnostics,
            });
        }
        Ok(Program {
            roots: self.root_ids.iter().map(|&r| at[r]).collect(),
            main: self.main.map(|m| at[m]),
            packages,
        })
    }

    /// `PackageList`: depth-first post-order from the roots.
    fn post_order(&self) -> Vec<usize> {
        let mut seen = vec![false; self.nodes.len()];
        let mut out = Vec::new();
        // Iterative, to be safe on deep graphs: (node, next edge).
        for &r in &self.root_ids {
            if seen[r] {
                continue;
            }
            seen[r] = true;
            let mut work = vec![(r, 0usize)];
            while let Some(&mut (n, ref mut i)) = work.last_mut() {
                if let Some(&c) = self.nodes[n].edges.get(*i) {
                    *i += 1;
                    if !seen[c] {
                        seen[c] = true;
                        work.push((c, 0));
                    }
                } else {
                    out.push(n);
                    work.pop();
                }
            }
        }
        out
    }
}

/// `ImportStack.shorterThan`: shorter, or as long and smaller.
fn shorter_than(s: &[StackEntry], t: &[StackEntry]) -> bool {
    if s.len() != t.len() {
        return s.len() < t.len();
    }
    for (a, b) in s.iter().zip(t) {
        if a.pkg != b.pkg {
            return a.pkg < b.pkg;
        }
    }
    false
}
