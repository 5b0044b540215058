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
    Int {
        bits: u8,
        signed: bool,
    },
    F64,
    F32,
    Bool,
    Str,
    /// A pointer (one word).
    Ptr,
    /// A slice: pointer, length, capacity.
    Slice,
    /// complex128: real and imaginary float64 parts.
    C128,
    /// complex64: two float32 parts, held as float64 slot values.
    C64,
    /// A struct or array: `size` bytes in Go's layout, in as many slots
    /// as it takes.
    Mem {
        size: u32,
    },
    /// An interface value of this interface type: type (empty
    /// interfaces) or itab, then the data word.
    Iface(TypeId),
}

impl Repr {
    /// Frame slots one value takes.
    pub fn slots(self) -> u16 {
        match self {
            Repr::Str | Repr::Iface(_) => 2,
            Repr::Slice => 3,
            Repr::C128 | Repr::C64 => 2,
            Repr::Mem { size } => size.div_ceil(8) as u16,
            _ => 1,
        }
    }

    /// Bytes one value takes in memory (Go's size of the type).
    pub fn mem_size(self) -> u32 {
        match self {
            Repr::Int { bits, .. } => bits as u32 / 8,
            Repr::F64 | Repr::Ptr => 8,
            Repr::F32 => 4,
            Repr::Bool => 1,
            Repr::Str | Repr::Iface(_) => 16,
            Repr::Slice => 24,
            Repr::C128 => 16,
            Repr::C64 => 8,
            Repr::Mem { size } => size,
        }
    }

    pub fn is_signed(self) -> bool {
        matches!(self, Repr::Int { signed: true, .. })
    }

    pub fn is_float(self) -> bool {
        matches!(self, Repr::F64 | Repr::F32)
    }

    pub fn is_complex(self) -> bool {
        matches!(self, Repr::C128 | Repr::C64)
    }

    /// The representation of one part of a complex value.
    pub fn part(self) -> Repr {
        if self == Repr::C64 {
            Repr::F32
        } else {
            Repr::F64
        }
    }

    /// Whether the value is whole 8-byte words in memory, so a frame
    /// slot can hold it as its memory form (8-aligned fields of local
    /// aggregates are then plain slots).
    pub fn is_words(self) -> bool {
        match self {
            Repr::Int { bits, .. } => bits == 64,
            Repr::F64 | Repr::Ptr | Repr::Str | Repr::Slice | Repr::C128 | Repr::Iface(_) => true,
            Repr::Mem { size } => size.is_multiple_of(8),
            Repr::F32 | Repr::Bool | Repr::C64 => false,
        }
    }
}

/// The representation of `t`, or None when the machine cannot hold it
/// yet. Untyped constants take their default type's representation.
pub fn repr_of(w: &World, t: TypeId) -> Option<Repr> {
    let u = w.types.under(t);
    let k = match w.types.get(u) {
        Type::Basic(k) => k,
        Type::Pointer(_) => return Some(Repr::Ptr),
        Type::Slice(_) => return Some(Repr::Slice),
        // A channel: a pointer to its hchan.
        Type::Chan(..) => return Some(Repr::Ptr),
        // A map value: a pointer to its header.
        Type::Map(..) => return Some(Repr::Ptr),
        // A func value: a pointer to its closure object.
        Type::Signature(_) => return Some(Repr::Ptr),
        Type::Interface(_) => return Some(Repr::Iface(t)),
        Type::Struct(_) | Type::Array(..) => {
            // Frames hold at most 65535 slots; larger values wait for
            // escape analysis to put them in the heap.
            let size = u32::try_from(w.sizeof(t)).ok().filter(|&s| s < (1 << 18))?;
            return Some(Repr::Mem { size });
        }
        _ => return None,
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
        Complex128 | UntypedComplex => Some(Repr::C128),
        Complex64 => Some(Repr::C64),
        String | UntypedString => Some(Repr::Str),
        UnsafePointer => Some(Repr::Ptr),
        _ => None,
    }
}

/// Whether values of type `t` hold pointers the GC must see (the
/// allocator's scan/noscan distinction, which `append`'s rounding uses).
pub fn has_pointers(w: &World, t: TypeId) -> bool {
    match w.types.get(w.types.under(t)) {
        Type::Basic(k) => matches!(k, BasicKind::String | BasicKind::UnsafePointer),
        Type::Array(n, e) => *n > 0 && has_pointers(w, *e),
        Type::Struct(fields) => fields
            .iter()
            .any(|f| w.obj(f.obj).typ.is_some_and(|ft| has_pointers(w, ft))),
        _ => true,
    }
}
