//! `goviz build [-S] [-m] FILE.go...|DIR`: compile a program as `goviz run`
//! would, without running it; `-S` prints the bytecode of every function
//! with the source line of each instruction (as `go build -gcflags=-S`
//! prints assembly); `-m` prints gc's inlining and escape decisions.

use std::path::PathBuf;

use anyhow::Result;
use goviz_compiler::loader::Program;
use goviz_compiler::types::program::CheckedProgram;
use goviz_compiler::{escape, inline};

#[derive(clap::Args)]
pub struct BuildArgs {
    /// The Go installation whose standard library is used (default:
    /// GOVIZ_GOROOT, else `go env GOROOT`).
    #[arg(long)]
    goroot: Option<PathBuf>,
    /// Print the bytecode listing on stdout.
    #[arg(short = 'S')]
    listing: bool,
    /// Print the inlining and escape-analysis decisions on stderr, as
    /// `go build -gcflags=-m` does.
    #[arg(short = 'm')]
    decisions: bool,
    /// `.go` files of package main, or its directory.
    #[arg(required = true)]
    paths: Vec<String>,
}

pub fn run(args: &BuildArgs) -> Result<u8> {
    let print_decisions = |program: &_, checked: &_| {
        if args.decisions {
            print_m_lines(program, checked);
        }
    };
    let code = match crate::run::compile_with(args.goroot.as_deref(), &args.paths, print_decisions)?
    {
        Ok(code) => code,
        Err(status) => return Ok(status),
    };
    if args.listing {
        print!("{}", goviz_runtime::bytecode::listing(&code));
    }
    Ok(0)
}

/// gc's `-m` lines for the main package, on stderr (without the
/// `# command-line-arguments` header the go command adds, as for errors).
fn print_m_lines(program: &Program, checked: &CheckedProgram) {
    let Some(view) = inline::main_view(program, checked) else {
        return;
    };
    // gc prints its inlining decisions, then escape analysis's.
    let inl = inline::analyze(&view);
    let esc = escape::analyze(&view, &inl);
    for remarks in [&inl.remarks, &esc.remarks] {
        for line in inline::remark_lines(&view, remarks) {
            eprintln!("{line}");
        }
    }
}
