//! The `goviz` command line.
//!
//! Each subcommand lives in its own module and returns the process exit
//! code; `main` only parses arguments and dispatches.

mod build;
mod check;
mod parse;
mod run;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "goviz", version, about = "See how Go really runs")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse Go files and directories (recursively) and report syntax errors as gc does.
    Parse(parse::ParseArgs),
    /// Type-check a program or packages and report errors as gc does.
    Check(check::CheckArgs),
    /// Compile and run a Go program on goviz's runtime.
    Run(run::RunArgs),
    /// Compile a Go program without running it; -S lists its bytecode.
    Build(build::BuildArgs),
    /// Remove the cache of checked packages ($GOVIZ_CACHE, else $XDG_CACHE_HOME/goviz, else ~/.cache/goviz).
    CleanCache(check::CleanCacheArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(args) => parse::run(&args),
        Command::Check(args) => check::run(&args),
        Command::Run(args) => run::run(&args),
        Command::Build(args) => build::run(&args),
        Command::CleanCache(args) => check::clean_cache(&args),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("goviz: {err:#}");
            ExitCode::from(2)
        }
    }
}
