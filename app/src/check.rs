//! `goviz check [--goroot DIR] FILE|DIR|IMPORTPATH...`: load and type-check
//! a program or packages and print compile errors as gc does (exit 1), or
//! nothing (exit 0).

use std::path::PathBuf;

use anyhow::{Result, anyhow};
use goviz_compiler::goroot::Goroot;
use goviz_compiler::loader::{self, Loader};
use goviz_compiler::types::program::{CheckedProgram, check_program};

#[derive(clap::Args)]
pub struct CheckArgs {
    /// The Go installation whose standard library is used (default:
    /// GOVIZ_GOROOT, else `go env GOROOT`).
    #[arg(long)]
    goroot: Option<PathBuf>,
    /// Check against Go's own `runtime` and friends instead of goviz's
    /// overlay packages.
    #[arg(long)]
    no_overlay: bool,
    /// `.go` files (one package), a directory, or standard import paths.
    #[arg(required = true)]
    paths: Vec<String>,
}

pub fn run(args: &CheckArgs) -> Result<u8> {
    let goroot = Goroot::find(args.goroot.as_deref()).map_err(|e| anyhow!("{e}"))?;
    let overlay = (!args.no_overlay).then(loader::default_overlay_dir);
    let loader = Loader::new(&goroot).with_overlay(overlay);
    let as_files = args
        .paths
        .iter()
        .all(|p| p.ends_with(".go") || std::path::Path::new(p).is_dir());
    let loaded = if as_files {
        let paths: Vec<PathBuf> = args.paths.iter().map(PathBuf::from).collect();
        loader.load_program(&paths)
    } else {
        let paths: Vec<&str> = args.paths.iter().map(String::as_str).collect();
        loader.load_packages(&paths)
    };
    let program = match loaded {
        Ok(p) => p,
        Err(errs) => {
            for line in errs.lines() {
                eprintln!("{line}");
            }
            return Ok(1);
        }
    };
    let checked = check_program(&program);
    Ok(u8::from(print_errors(&program, &checked)))
}

/// Prints the compile errors of every package as the go command does;
/// returns whether there were any.
pub fn print_errors(program: &loader::Program, checked: &CheckedProgram) -> bool {
    let roots: Vec<&str> = program
        .roots
        .iter()
        .map(|&i| program.packages[i].path.as_str())
        .collect();
    let mut failed = false;
    for pkg in &checked.packages {
        if !pkg.has_errors() {
            continue;
        }
        failed = true;
        // As the go command: errors of the package asked for come without
        // a header when it is a command-line package; others under `# path`.
        let is_cli =
            pkg.path == loader::COMMAND_LINE_ARGUMENTS && roots.contains(&pkg.path.as_str());
        if !is_cli {
            eprintln!("# {}", pkg.path);
        }
        for line in pkg.error_lines(&checked.world) {
            eprintln!("{line}");
        }
    }
    failed
}
