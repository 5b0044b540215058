//! `goviz build [-S] FILE.go...|DIR`: compile a program as `goviz run`
//! would, without running it; `-S` prints the bytecode of every function
//! with the source line of each instruction (as `go build -gcflags=-S`
//! prints assembly).

use std::path::PathBuf;

use anyhow::Result;

#[derive(clap::Args)]
pub struct BuildArgs {
    /// The Go installation whose standard library is used (default:
    /// GOVIZ_GOROOT, else `go env GOROOT`).
    #[arg(long)]
    goroot: Option<PathBuf>,
    /// Print the bytecode listing on stdout.
    #[arg(short = 'S')]
    listing: bool,
    /// `.go` files of package main, or its directory.
    #[arg(required = true)]
    paths: Vec<String>,
}

pub fn run(args: &BuildArgs) -> Result<u8> {
    let code = match crate::run::compile(args.goroot.as_deref(), &args.paths)? {
        Ok(code) => code,
        Err(status) => return Ok(status),
    };
    if args.listing {
        print!("{}", goviz_runtime::bytecode::listing(&code));
    }
    Ok(0)
}
