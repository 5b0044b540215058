//! `goviz run FILE.go...|DIR [ARGS...]`: compile a program and run it on
//! goviz's runtime, behaving as the binary `go build` makes: the
//! program's stdout and stderr, its exit status (2 after an unrecovered
//! panic), and compile errors as gc prints them (exit 1).

use std::path::{Path, PathBuf};

use anyhow::{Result, anyhow};
use goviz_compiler::cache::{self, Cache};
use goviz_compiler::codegen;
use goviz_compiler::goroot::Goroot;
use goviz_compiler::loader::{self, Loader};
use goviz_compiler::types::program::{CheckedProgram, check_program_for_codegen};
use goviz_runtime::bytecode;

#[derive(clap::Args)]
pub struct RunArgs {
    /// The Go installation whose standard library is used (default:
    /// GOVIZ_GOROOT, else `go env GOROOT`).
    #[arg(long)]
    goroot: Option<PathBuf>,
    /// The number of Ps (Go's GOMAXPROCS). goviz's scheduler runs one P
    /// today, exactly as Go does with GOMAXPROCS=1; more are refused.
    #[arg(long, value_name = "N", default_value_t = 1)]
    gomaxprocs: u32,
    /// The program: `.go` files of package main, or its directory,
    /// followed by the program's own arguments.
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true)]
    args: Vec<String>,
}

pub fn run(args: &RunArgs) -> Result<u8> {
    if args.gomaxprocs != 1 {
        eprintln!(
            "goviz: --gomaxprocs {}: several Ps are not supported yet (goviz runs every program as Go does with GOMAXPROCS=1)",
            args.gomaxprocs
        );
        return Ok(2);
    }
    // As `go run`: the leading `.go` files (or one directory) name the
    // program; the rest are its arguments.
    let nfiles = match args.args.iter().take_while(|a| a.ends_with(".go")).count() {
        0 => 1,
        n => n,
    };
    let code = match compile(args.goroot.as_deref(), &args.args[..nfiles])? {
        Ok(code) => code,
        Err(status) => return Ok(status),
    };
    // goviz's debug modes (tests run every golden program in them).
    let opts = goviz_runtime::interp::LinkOptions {
        stress_stacks: std::env::var_os("GOVIZ_STRESS_STACKS").is_some_and(|v| v == "1"),
    };
    let status =
        goviz_runtime::run_with(&code, opts).map_err(|e| anyhow!("internal error: {e}"))?;
    // The exit status a process reports is the low 8 bits (os.Exit(263)
    // exits 7), as for Go's binaries.
    Ok(status as u8)
}

/// Loads, checks and compiles the program named by `paths` (`.go` files
/// of package main, or its directory). Compile errors are printed as gc
/// prints them and give `Err(exit status)`.
pub fn compile(goroot: Option<&Path>, paths: &[String]) -> Result<Result<bytecode::Program, u8>> {
    compile_with(goroot, paths, |_, _| {})
}

/// [`compile`], calling `inspect` on the checked program before code
/// generation (`goviz build -m` prints its decisions there).
pub fn compile_with(
    goroot: Option<&Path>,
    paths: &[String],
    inspect: impl FnOnce(&loader::Program, &CheckedProgram),
) -> Result<Result<bytecode::Program, u8>> {
    let goroot = Goroot::find(goroot).map_err(|e| anyhow!("{e}"))?;
    let loader = Loader::new(&goroot)
        .with_overlay(Some(loader::default_overlay_dir()))
        .with_implicit(&[codegen::RUNTIME_ERRORS]);
    let paths: Vec<PathBuf> = paths.iter().map(PathBuf::from).collect();
    let program = match loader.load_program(&paths) {
        Ok(p) => p,
        Err(errs) => {
            for line in errs.lines() {
                eprintln!("{line}");
            }
            return Ok(Err(1));
        }
    };
    // Imports come from the package cache when they can; the program's
    // own package is checked from source (code generation reads its Info).
    let cache = cache::default_dir()
        .zip(cache::tool_id())
        .map(|(dir, id)| Cache::new(dir, &id, &goroot.version, loader.context()));
    let checked = check_program_for_codegen(&program, cache.as_ref());
    if crate::check::print_errors(&program, &checked) {
        return Ok(Err(1));
    }
    inspect(&program, &checked);
    match codegen::compile(&program, &checked, &goroot) {
        Ok(code) => Ok(Ok(code)),
        Err(unsupported) => {
            eprintln!("{unsupported}");
            Ok(Err(1))
        }
    }
}
