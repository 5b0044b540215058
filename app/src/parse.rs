//! `goviz parse PATH...`: parse Go files, print syntax errors as gc does,
//! end with `parsed N files, M errors` (exit 1 if M > 0).
//!
//! Files are parsed on all cores; output is in path order, so it does not
//! depend on scheduling.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result};
use goviz_compiler::diag::{Diagnostic, gc_report};
use goviz_compiler::syntax;

#[derive(clap::Args)]
pub struct ParseArgs {
    /// Go files, or directories to search recursively for `.go` files.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Print only the summary line.
    #[arg(long, short)]
    quiet: bool,
    /// Print the syntax tree of each file.
    #[arg(long)]
    dump: bool,
}

/// What parsing one file produced, ready to print.
struct Outcome {
    errors: Vec<String>,
    error_count: usize,
    dump: Option<String>,
}

pub fn run(args: &ParseArgs) -> Result<u8> {
    let mut files = Vec::new();
    for p in &args.paths {
        collect_go_files(p, &mut files).with_context(|| format!("reading {}", p.display()))?;
    }
    let outcomes = parse_all(&files, args.dump)?;

    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let stderr = std::io::stderr();
    let mut err = stderr.lock();
    let mut total = 0;
    for o in &outcomes {
        total += o.error_count;
        if let Some(d) = &o.dump {
            out.write_all(d.as_bytes())?;
        }
        if !args.quiet {
            for line in &o.errors {
                writeln!(err, "{line}")?;
            }
        }
    }
    writeln!(out, "parsed {} files, {} errors", outcomes.len(), total)?;
    Ok(if total > 0 { 1 } else { 0 })
}

fn parse_all(files: &[PathBuf], dump: bool) -> Result<Vec<Outcome>> {
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(files.len().max(1));
    let mut results: Vec<Option<Result<Outcome>>> = (0..files.len()).map(|_| None).collect();
    let chunks: Vec<Vec<(usize, Result<Outcome>)>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..workers)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = files.get(i) else { break };
                        done.push((i, parse_one(path, dump)));
                    }
                    done
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("parser thread panicked"))
            .collect()
    });
    for (i, r) in chunks.into_iter().flatten() {
        results[i] = Some(r);
    }
    results
        .into_iter()
        .map(|r| r.expect("every file parsed"))
        .collect()
}

fn parse_one(path: &Path, dump: bool) -> Result<Outcome> {
    let src = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let shown = display_path(path);
    let parsed = syntax::parse_file(&shown, &src);
    let diags = parsed.errors.iter().map(|e| {
        let lc = parsed.lines.line_col(e.pos);
        Diagnostic {
            file: shown.clone(),
            line: lc.line,
            col: lc.col,
            msg: e.msg.clone(),
        }
    });
    let errors = gc_report(diags);
    let error_count = errors
        .iter()
        .filter(|l| !l.ends_with(": too many errors"))
        .count();
    let dump = if dump {
        parsed.file.as_ref().map(syntax::printer::dump)
    } else {
        None
    };
    Ok(Outcome {
        errors,
        error_count,
        dump,
    })
}

/// A path as gc prints it: relative paths get a `./` prefix.
fn display_path(path: &Path) -> String {
    let s = path.to_string_lossy();
    if path.is_absolute() || s.starts_with('.') {
        s.into_owned()
    } else {
        format!("./{s}")
    }
}

fn collect_go_files(path: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    if !path.is_dir() {
        std::fs::metadata(path)?;
        out.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<_> = std::fs::read_dir(path)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect_go_files(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
    Ok(())
}
