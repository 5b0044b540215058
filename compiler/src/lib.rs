//! goviz's Go compiler: Go source to the runtime's bytecode.
//!
//! Pipeline (design.md): `syntax` (scanner, parser) -> `types` (checker) ->
//! `escape` -> `inline` -> `lower` -> `codegen`. Today: `syntax`, `diag`
//! (gc's error reporting rules) and `goroot` (finding the Go installation
//! whose source goviz compiles).

pub mod cache;
pub mod codegen;
pub mod diag;
pub mod escape;
pub mod goroot;
pub mod inline;
pub mod loader;
pub mod syntax;
pub mod types;
