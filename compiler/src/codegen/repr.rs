//! How a Go type's values live in frame slots.
//!
//! Scalars take one slot (integers extended to 64 bits per their
//! signedness, floats as float64 bits, bools as 0/1); strings take two
//! (pointer, length), in Go's layout. Types the machine cannot hold yet
//! are reported as unsupported by the caller.

use crate::types::object::World;
use crate::types::ty::{BasicKind, Type, TypeId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    Int { bits: u8, signed: bool },
    F64,
    F32,
    Bool,
    Str,
}

impl Repr {
    /// Frame slots one value takes.
    pub fn slots(self) -> u16 {
        match self {
            Repr::Str => 2,
            _ => 1,
        }
    }

    pub fn is_signed(self) -> bool {
        matches!(self, Repr::Int { signed: true, .. })
    }

    pub fn is_float(self) -> bool {
        matches!(self, Repr::F64 | Repr::F32)
    }
}

/// The representation of `t`, or None when the machine cannot hold it
/// yet. Untyped constants take their default type's representation.
pub fn repr_of(w: &World, t: TypeId) -> Option<Repr> {
    let u = w.types.under(t);
    let Type::Basic(k) = w.types.get(u) else {
        return None;
    };
    use BasicKind::*;
    let int = |bits, signed| Some(Repr::Int { bits, signed });
    match k.canonical() {
        Bool | UntypedBool => Some(Repr::Bool),
        Int | Int64 | UntypedInt => int(64, true),
        Int8 => int(8, true),
        Int16 => int(16, true),
        Int32 | UntypedRune => int(32, true),
        Uint | Uint64 | Uintptr => int(64, false),
        Uint8 => int(8, false),
        Uint16 => int(16, false),
        Uint32 => int(32, false),
        Float64 | UntypedFloat => Some(Repr::F64),
        Float32 => Some(Repr::F32),
        String | UntypedString => Some(Repr::Str),
        _ => None,
    }
}
