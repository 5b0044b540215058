//! goviz's Go compiler: Go source to the runtime's bytecode.
//!
//! Pipeline (design.md): `syntax` (scanner, parser) -> `types` (checker) ->
//! `escape` -> `inline` -> `lower` -> `codegen`. gc decides inlining first
//! and analyses escapes on the inlined bodies, and so does goviz:
//! `inline::analyze` then `escape::analyze` (which `goviz build -m`
//! prints). ARCHITECTURE.md maps the modules.

pub mod cache;
pub mod codegen;
pub mod diag;
pub mod escape;
pub mod goroot;
pub mod inline;
pub mod loader;
pub mod syntax;
pub mod types;
