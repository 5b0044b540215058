//! The type checker: Go 1.27's type system, with gc's (types2's) error
//! messages and positions.
//!
//! Layout (one concern per file, named after types2's where it helps a
//! reader of gc find the counterpart):
//! - `ty`: types and their arena; `object`: objects, scopes, packages,
//!   global positions (`World`); `universe`: predeclared identifiers;
//! - `constant`: exact constant arithmetic (go/constant);
//! - `typestring`, `expr_fmt`: types and operands as types2 prints them;
//! - `predicates`: identity, comparability; `lookup`: fields, methods,
//!   `implements`;
//! - `check`: the driver and package-level collection; `decl`: declarations;
//!   `typexpr`: type expressions and signatures; `expr`, `access`, `call`,
//!   `literals`: expressions; `assign`: assignability and assignments;
//!   `stmt`: statements and function bodies; `ifacecycle`: gc's check for
//!   anonymous interface cycles, after type checking.

mod access;
mod assign;
mod builtins;
mod call;
pub mod check;
pub mod constant;
mod decl;
pub mod export;
mod expr;
mod expr_fmt;
mod generics;
mod ifacecycle;
mod infer;
mod initorder;
mod literals;
mod lookup;
pub mod mono;
pub mod object;
pub mod objstring;
pub mod operand;
mod predicates;
pub mod program;
mod sizes;
mod stmt;
pub mod ty;
mod typeset;
pub mod typestring;
mod typexpr;
pub mod universe;
mod values;
mod version;

pub use check::{Checker, Info, PkgFiles, TypeError};
pub use object::World;
pub use version::{GO_CURRENT, GoVersion, parse_go_version};
