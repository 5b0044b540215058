//! goviz trace events, the trace file format, its reader, the analysis
//! model and the exporters (Chrome JSON, pprof). It depends on nothing of
//! goviz, so a trace file can be opened without running anything.
//!
//! Empty until the trace issue lands; the crate exists now to fix the
//! dependency direction `trace-format <- runtime <- compiler <- app`.
