//! Go types, as the checker represents them.
//!
//! Types live in one arena ([`Types`]) shared by every package of a
//! program and are named by [`TypeId`]. Type constructors are not
//! hash-consed: two `[]int` written in two places are two ids, and
//! identity is decided by [`super::predicates::identical`], as in types2
//! (parameter names are part of a signature for printing but not for
//! identity, so structural interning would lose them).
//!
//! The first ids are the basic types in [`BasicKind`] order, so
//! `TypeId::basic(k)` needs no lookup.

use super::object::ObjId;

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
pub struct TypeId(pub u32);

/// Basic kinds, in the order of types2's `Typ` table (plus the `byte` and
/// `rune` aliases, which are distinct ids that print as their alias name).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug, PartialOrd, Ord)]
#[repr(u8)]
pub enum BasicKind {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    /// `byte`: identical to uint8, printed as "byte".
    Byte,
    /// `rune`: identical to int32, printed as "rune".
    Rune,
}

pub const BASIC_KINDS: [BasicKind; 28] = [
    BasicKind::Invalid,
    BasicKind::Bool,
    BasicKind::Int,
    BasicKind::Int8,
    BasicKind::Int16,
    BasicKind::Int32,
    BasicKind::Int64,
    BasicKind::Uint,
    BasicKind::Uint8,
    BasicKind::Uint16,
    BasicKind::Uint32,
    BasicKind::Uint64,
    BasicKind::Uintptr,
    BasicKind::Float32,
    BasicKind::Float64,
    BasicKind::Complex64,
    BasicKind::Complex128,
    BasicKind::String,
    BasicKind::UnsafePointer,
    BasicKind::UntypedBool,
    BasicKind::UntypedInt,
    BasicKind::UntypedRune,
    BasicKind::UntypedFloat,
    BasicKind::UntypedComplex,
    BasicKind::UntypedString,
    BasicKind::UntypedNil,
    BasicKind::Byte,
    BasicKind::Rune,
];

impl BasicKind {
    pub fn name(self) -> &'static str {
        use BasicKind::*;
        match self {
            Invalid => "invalid type",
            Bool => "bool",
            Int => "int",
            Int8 => "int8",
            Int16 => "int16",
            Int32 => "int32",
            Int64 => "int64",
            Uint => "uint",
            Uint8 => "uint8",
            Uint16 => "uint16",
            Uint32 => "uint32",
            Uint64 => "uint64",
            Uintptr => "uintptr",
            Float32 => "float32",
            Float64 => "float64",
            Complex64 => "complex64",
            Complex128 => "complex128",
            String => "string",
            UnsafePointer => "unsafe.Pointer",
            UntypedBool => "untyped bool",
            UntypedInt => "untyped int",
            UntypedRune => "untyped rune",
            UntypedFloat => "untyped float",
            UntypedComplex => "untyped complex",
            UntypedString => "untyped string",
            UntypedNil => "untyped nil",
            Byte => "byte",
            Rune => "rune",
        }
    }

    /// The kind an alias stands for (`byte` -> uint8, `rune` -> int32).
    pub fn canonical(self) -> BasicKind {
        match self {
            BasicKind::Byte => BasicKind::Uint8,
            BasicKind::Rune => BasicKind::Int32,
            k => k,
        }
    }

    pub fn is_boolean(self) -> bool {
        matches!(self, BasicKind::Bool | BasicKind::UntypedBool)
    }

    pub fn is_integer(self) -> bool {
        use BasicKind::*;
        matches!(
            self.canonical(),
            Int | Int8
                | Int16
                | Int32
                | Int64
                | Uint
                | Uint8
                | Uint16
                | Uint32
                | Uint64
                | Uintptr
                | UntypedInt
                | UntypedRune
        )
    }

    pub fn is_unsigned(self) -> bool {
        use BasicKind::*;
        matches!(
            self.canonical(),
            Uint | Uint8 | Uint16 | Uint32 | Uint64 | Uintptr
        )
    }

    pub fn is_float(self) -> bool {
        matches!(
            self,
            BasicKind::Float32 | BasicKind::Float64 | BasicKind::UntypedFloat
        )
    }

    pub fn is_complex(self) -> bool {
        matches!(
            self,
            BasicKind::Complex64 | BasicKind::Complex128 | BasicKind::UntypedComplex
        )
    }

    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }

    pub fn is_string(self) -> bool {
        matches!(self, BasicKind::String | BasicKind::UntypedString)
    }

    pub fn is_untyped(self) -> bool {
        use BasicKind::*;
        matches!(
            self,
            UntypedBool
                | UntypedInt
                | UntypedRune
                | UntypedFloat
                | UntypedComplex
                | UntypedString
                | UntypedNil
        )
    }

    pub fn is_ordered(self) -> bool {
        self.is_integer() || self.is_float() || self.is_string()
    }

    /// Types whose values are constants: booleans, numbers, strings.
    pub fn is_const_type(self) -> bool {
        self.is_boolean() || self.is_numeric() || self.is_string()
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ChanDir {
    Both,
    Send,
    Recv,
}

/// A struct field or a function parameter/result.
#[derive(Clone, Debug)]
pub struct Field {
    /// The field's or parameter's variable object.
    pub obj: ObjId,
    /// Embedded struct field.
    pub embedded: bool,
    pub tag: Option<String>,
}

#[derive(Clone, Debug, Default)]
pub struct Signature {
    /// The receiver variable of a method.
    pub recv: Option<ObjId>,
    /// Type parameters of a generic function (TypeName objects).
    pub tparams: Vec<ObjId>,
    /// Type parameters declared by a method's receiver (`func (l *List[T])`).
    pub rparams: Vec<ObjId>,
    /// Parameter and result variables.
    pub params: Vec<ObjId>,
    pub results: Vec<ObjId>,
    /// The last parameter is `...T` (its type is recorded as `[]T`).
    pub variadic: bool,
}

/// An interface as written: explicit methods and embedded elements; its
/// type set is computed on demand.
#[derive(Clone, Debug, Default)]
pub struct Interface {
    /// Func objects of the explicitly declared methods.
    pub methods: Vec<ObjId>,
    /// Embedded interfaces, types and unions.
    pub embeddeds: Vec<TypeId>,
    /// The interface is the implicit one of a constraint written as a
    /// type element (`[T ~int]`).
    pub implicit: bool,
}

/// One term of a union: `T` or `~T`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Term {
    pub tilde: bool,
    pub typ: TypeId,
}

/// A defined (named) type, or an instance of a generic one.
#[derive(Clone, Debug)]
pub struct Named {
    pub obj: ObjId,
    /// Resolved lazily: None while the declaration is being checked.
    pub underlying: Option<TypeId>,
    /// Declared methods (Func objects), in source order.
    pub methods: Vec<ObjId>,
    pub tparams: Vec<ObjId>,
    /// For an instance: the generic type and the type arguments.
    pub orig: Option<TypeId>,
    pub targs: Vec<TypeId>,
}

#[derive(Clone, Debug)]
pub struct TypeParam {
    pub obj: ObjId,
    pub index: usize,
    /// The constraint (an interface type once checked).
    pub bound: Option<TypeId>,
}

#[derive(Clone, Debug)]
pub struct Alias {
    pub obj: ObjId,
    /// The aliased type, None while being resolved.
    pub actual: Option<TypeId>,
    pub tparams: Vec<ObjId>,
    pub targs: Vec<TypeId>,
    pub orig: Option<TypeId>,
}

#[derive(Clone, Debug)]
pub enum Type {
    Basic(BasicKind),
    Pointer(TypeId),
    Slice(TypeId),
    /// Length -1 while unknown (after an error).
    Array(i64, TypeId),
    Map(TypeId, TypeId),
    Chan(ChanDir, TypeId),
    Struct(Vec<Field>),
    /// The type of a multi-value expression (a call's results).
    Tuple(Vec<ObjId>),
    Signature(Signature),
    Interface(Interface),
    Union(Vec<Term>),
    Named(Named),
    TypeParam(TypeParam),
    Alias(Alias),
}

/// The arena of all types of a program.
#[derive(Debug)]
pub struct Types {
    types: Vec<Type>,
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

impl TypeId {
    pub const INVALID: TypeId = TypeId(0);

    pub const fn basic(k: BasicKind) -> TypeId {
        TypeId(k as u32)
    }
}

impl Types {
    pub fn new() -> Types {
        Types {
            types: BASIC_KINDS.iter().map(|&k| Type::Basic(k)).collect(),
        }
    }

    pub fn add(&mut self, t: Type) -> TypeId {
        self.types.push(t);
        TypeId(self.types.len() as u32 - 1)
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id.0 as usize]
    }

    pub fn get_mut(&mut self, id: TypeId) -> &mut Type {
        &mut self.types[id.0 as usize]
    }

    pub fn len(&self) -> usize {
        self.types.len()
    }

    pub fn is_empty(&self) -> bool {
        self.types.is_empty()
    }

    /// The underlying type: follows named types and aliases. An unresolved
    /// named type (inside a cycle) has the invalid type as underlying.
    pub fn under(&self, mut id: TypeId) -> TypeId {
        for _ in 0..100 {
            match self.get(id) {
                Type::Named(n) => match n.underlying {
                    Some(u) if u != id => id = u,
                    _ => return TypeId::INVALID,
                },
                Type::Alias(a) => match a.actual {
                    Some(t) => id = t,
                    None => return TypeId::INVALID,
                },
                _ => return id,
            }
        }
        TypeId::INVALID
    }

    /// Follows aliases only.
    pub fn unalias(&self, mut id: TypeId) -> TypeId {
        while let Type::Alias(a) = self.get(id) {
            match a.actual {
                Some(t) => id = t,
                None => return TypeId::INVALID,
            }
        }
        id
    }

    /// The basic kind of `id`'s underlying type, if basic.
    pub fn basic_kind(&self, id: TypeId) -> Option<BasicKind> {
        match self.get(self.under(id)) {
            Type::Basic(k) => Some(*k),
            _ => None,
        }
    }

    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(
            self.get(self.unalias(id)),
            Type::Named(_) | Type::Basic(_) | Type::TypeParam(_)
        )
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.get(self.under(id)), Type::Interface(_))
    }

    pub fn is_type_param(&self, id: TypeId) -> bool {
        matches!(self.get(self.unalias(id)), Type::TypeParam(_))
    }
}
