//! Sizes, alignments and field offsets of types as gc lays them out on
//! amd64 (types2's `gcSizes`), for `unsafe.Sizeof`/`Alignof`/`Offsetof`
//! and for the runtime's memory layouts.
