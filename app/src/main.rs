//! The `goviz` command line.
//!
//! Each subcommand lives in its own module and returns the process exit
//! code; `main` only parses arguments and dispatches.

mod check;
mod parse;

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
    /// Remove the cache of checked packages ($GOVIZ_CACHE, else $XDG_CACHE_HOME/goviz, else ~/.cache/goviz).
    CleanCache(check::CleanCacheArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parse(args) => parse::run(&args),
        Command::Check(args) => check::run(&args),
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
