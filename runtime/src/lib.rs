//! goviz's Go runtime: the bytecode machine, scheduler (G, M, P),
//! allocator, garbage collector and stacks, with Go values in raw memory
//! in Go's layout (see design.md). It emits trace events through
//! `goviz-trace` and knows nothing of Go syntax.
//!
//! Empty until the execution core lands (issue: execution core); the
//! crate exists now so that the dependency direction
//! `trace-format <- runtime <- compiler <- app` is fixed from the start.

pub use goviz_trace as trace;
