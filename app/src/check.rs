//! `goviz check [--goroot DIR] [--types] [--no-cache] FILE|DIR|IMPORTPATH...`:
//! load and type-check a program or packages and print compile errors as gc
//! does (exit 1), or nothing (exit 0); `--types` prints each package-level
//! declaration of the named packages with its type. Packages checked
//! without errors are cached on disk (`goviz_compiler::cache`).

use std::path::PathBuf;

use anyhow::{Result, anyhow};
use goviz_compiler::cache::{self, Cache};
use goviz_compiler::goroot::Goroot;
use goviz_compiler::loader::{self, Loader};
use goviz_compiler::types::objstring::package_types;
use goviz_compiler::types::program::{
    CacheUse, CheckedPackage, CheckedProgram, check_program_cached,
};

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
    /// Print each package-level declaration of the named packages with
    /// its type (go/types' object strings), in source order.
    #[arg(long)]
    types: bool,
    /// Check every package from source, neither reading nor writing the
    /// cache of checked packages.
    #[arg(long)]
    no_cache: bool,
    /// Print how many packages were loaded from the cache, and how many
    /// were checked and stored or not, to stderr (for tests and benchmarks).
    #[arg(long, hide = true)]
    cache_stats: bool,
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
    let cache = if args.no_cache {
        None
    } else {
        cache::default_dir()
            .zip(cache::tool_id())
            .map(|(dir, id)| Cache::new(dir, &id, &goroot.version, loader.context()))
    };
    let checked = check_program_cached(&program, cache.as_ref());
    let failed = print_errors(&program, &checked);
    let roots = root_paths(&program);
    if args.cache_stats {
        eprintln!("{}", cache_stats(&checked.packages));
    }
    if args.types && !failed {
        for pkg in checked
            .packages
            .iter()
            .filter(|p| roots.contains(&p.path.as_str()))
        {
            for line in package_types(&checked.world, pkg.id) {
                println!("{line}");
            }
        }
    }
    // The process ends here: freeing every syntax tree and type one by one
    // would only cost time (10-20% of a run whose imports are cached).
    std::mem::forget(checked);
    std::mem::forget(program);
    Ok(u8::from(failed))
}

/// `cache: L loaded, S stored, N not stored, O uncached`.
/// The import paths of the packages asked for.
fn root_paths(program: &loader::Program) -> Vec<&str> {
    program
        .roots
        .iter()
        .map(|&i| program.packages[i].path.as_str())
        .collect()
}

/// Prints the compile errors of every package as the go command does
/// (a command-line package's without a header, others under `# path`);
/// returns whether there were any.
pub fn print_errors(program: &loader::Program, checked: &CheckedProgram) -> bool {
    let roots = root_paths(program);
    let mut failed = false;
    for pkg in &checked.packages {
        if !pkg.has_errors() {
            continue;
        }
        failed = true;
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

fn cache_stats(packages: &[CheckedPackage]) -> String {
    let count = |u: CacheUse| packages.iter().filter(|p| p.cache == u).count();
    format!(
        "cache: {} loaded, {} stored, {} not stored, {} uncached",
        count(CacheUse::Loaded),
        count(CacheUse::Stored),
        count(CacheUse::NotStored),
        count(CacheUse::Off)
    )
}

#[derive(clap::Args)]
pub struct CleanCacheArgs {}

/// `goviz clean-cache`: removes the cache of checked packages.
pub fn clean_cache(_: &CleanCacheArgs) -> Result<u8> {
    let dir = cache::default_dir()
        .ok_or_else(|| anyhow!("no cache directory: set GOVIZ_CACHE or HOME"))?;
    cache::clean(&dir).map_err(|e| anyhow!("removing {}: {e}", dir.display()))?;
    Ok(0)
}
