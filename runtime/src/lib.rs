//! goviz's Go runtime: the bytecode machine, goroutines, stacks and heap
//! memory, with Go values in raw memory in Go's layout (see design.md).
//! It emits trace events through `goviz-trace` and knows nothing of Go
//! syntax: the compiler hands it a [`bytecode::Program`].
//!
//! Modules: `bytecode` (the instruction set, shared with the compiler),
//! `interp` (linking and the threaded dispatch machine), `proc`
//! (goroutines, the P and the scheduler loop), `chan` (channels),
//! `select`, `stack` (contiguous stacks and morestack), the allocator
//! (`malloc`: `mallocgc`; `mheap`, `mcentral`, `mcache`, `mspan`,
//! `mpagealloc`, `mstats`, `sysmem`, `sizeclasses`), `print`
//! (print/println),
//! `panic` (run-time errors and the fatal panic report), `convert`
//! (amd64 float conversions), `abi` (type descriptors), `alg` (hashing
//! and equality by descriptor), `maps` (Go's Swiss-table maps), `rand`
//! (the runtime's random numbers).

pub use goviz_trace as trace;

pub mod abi;
pub mod alg;
pub mod bytecode;
pub mod chan;
pub mod convert;
pub mod iface;
pub mod interp;
pub mod malloc;
pub mod maps;
pub mod mcache;
pub mod mcentral;
pub mod mem;
pub mod mheap;
pub mod mpagealloc;
pub mod mspan;
pub mod mstats;
pub mod panic;
pub mod print;
pub mod proc;
pub mod rand;
pub mod select;
pub mod sizeclasses;
pub mod slice;
pub mod stack;
pub mod sysmem;
#[cfg(test)]
mod testtypes;
pub mod utf8;

/// Links and runs a program; returns its exit status.
pub fn run(prog: &bytecode::Program) -> Result<i32, interp::LinkError> {
    run_with(prog, interp::LinkOptions::default())
}

/// Links and runs a program in the given debug modes.
pub fn run_with(
    prog: &bytecode::Program,
    opts: interp::LinkOptions,
) -> Result<i32, interp::LinkError> {
    let mut linked = interp::link_with(prog, opts)?;
    Ok(proc::run_main(&mut linked))
}
