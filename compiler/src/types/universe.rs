//! The universe scope and package `unsafe`: predeclared types, constants,
//! `nil`, the builtin functions, `error`, `any` and `comparable`.

use super::constant::Value;
use super::object::{Builtin, GPos, ObjId, ObjKind, Object, Package, PkgId, ScopeId, World};
use super::ty::{BASIC_KINDS, BasicKind, Interface, Named, Signature, Type, TypeId, Types};

/// Ids of predeclared objects and types the checker refers to directly.
#[derive(Clone, Copy, Debug)]
pub struct Predeclared {
    pub error: TypeId,
    pub comparable: TypeId,
    pub any: TypeId,
    pub iota: ObjId,
    pub unsafe_pkg: PkgId,
}

const UNIVERSE_BUILTINS: [Builtin; 18] = [
    Builtin::Append,
    Builtin::Cap,
    Builtin::Clear,
    Builtin::Close,
    Builtin::Complex,
    Builtin::Copy,
    Builtin::Delete,
    Builtin::Imag,
    Builtin::Len,
    Builtin::Make,
    Builtin::Max,
    Builtin::Min,
    Builtin::New,
    Builtin::Panic,
    Builtin::Print,
    Builtin::Println,
    Builtin::Real,
    Builtin::Recover,
];

const UNSAFE_BUILTINS: [Builtin; 8] = [
    Builtin::Add,
    Builtin::Alignof,
    Builtin::Offsetof,
    Builtin::Sizeof,
    Builtin::Slice,
    Builtin::SliceData,
    Builtin::String,
    Builtin::StringData,
];

impl World {
    /// A world holding only the universe scope and package `unsafe`.
    pub fn new() -> (World, Predeclared) {
        let mut w = World {
            types: Types::new(),
            objs: Vec::new(),
            scopes: Vec::new(),
            pkgs: Vec::new(),
            files: Vec::new(),
            universe: ScopeId(0),
            instances: Default::default(),
        };
        let u = w.new_scope(None, GPos::NONE, GPos::NONE, false);
        w.universe = u;

        // Basic types; `byte` and `rune` are their own ids that print as such.
        for k in BASIC_KINDS {
            let name = match k {
                BasicKind::Invalid | BasicKind::UnsafePointer => continue,
                k if k.is_untyped() => continue,
                k => k.name(),
            };
            w.declare_type_name(u, name, TypeId::basic(k));
        }

        // error: interface{ Error() string }
        let error = w.new_named_type(u, "error");
        let result = w.new_var(None, "", TypeId::basic(BasicKind::String), true);
        let sig = w.types.add(Type::Signature(Signature {
            results: vec![result],
            ..Default::default()
        }));
        let method = w.new_obj(Object {
            kind: ObjKind::Func { ptr_recv: false },
            name: "Error".into(),
            pkg: None,
            pos: GPos::NONE,
            typ: Some(sig),
            parent: None,
        });
        let iface = w.types.add(Type::Interface(Interface {
            methods: vec![method],
            ..Default::default()
        }));
        w.set_underlying(error, iface);

        // comparable: interface{ comparable } (its type set is special)
        let comparable = w.new_named_type(u, "comparable");
        let ciface = w.types.add(Type::Interface(Interface::default()));
        w.set_underlying(comparable, ciface);

        // any = interface{}
        let empty = w.types.add(Type::Interface(Interface::default()));
        let any_obj = w.declare_type_name(u, "any", empty);
        let any = w.types.add(Type::Alias(super::ty::Alias {
            obj: any_obj,
            actual: Some(empty),
            tparams: Vec::new(),
            targs: Vec::new(),
            orig: None,
        }));
        w.obj_mut(any_obj).typ = Some(any);

        let untyped_bool = TypeId::basic(BasicKind::UntypedBool);
        for (name, v) in [("true", true), ("false", false)] {
            w.declare(u, name, ObjKind::Const(Value::Bool(v)), Some(untyped_bool));
        }
        let iota = w.declare(
            u,
            "iota",
            ObjKind::Const(Value::from_i64(0)),
            Some(TypeId::basic(BasicKind::UntypedInt)),
        );
        w.declare(
            u,
            "nil",
            ObjKind::Nil,
            Some(TypeId::basic(BasicKind::UntypedNil)),
        );
        for b in UNIVERSE_BUILTINS {
            w.declare(u, b.name(), ObjKind::Builtin(b), Some(TypeId::INVALID));
        }

        // package unsafe
        let us = w.new_scope(Some(u), GPos::NONE, GPos::NONE, false);
        w.pkgs.push(Package {
            path: "unsafe".into(),
            name: "unsafe".into(),
            scope: us,
            imports: Vec::new(),
            complete: true,
        });
        let unsafe_pkg = PkgId(w.pkgs.len() as u32 - 1);
        let p = w.declare_type_name(us, "Pointer", TypeId::basic(BasicKind::UnsafePointer));
        w.obj_mut(p).pkg = Some(unsafe_pkg);
        for b in UNSAFE_BUILTINS {
            let o = w.declare(us, b.name(), ObjKind::Builtin(b), Some(TypeId::INVALID));
            w.obj_mut(o).pkg = Some(unsafe_pkg);
        }

        let pre = Predeclared {
            error,
            comparable,
            any,
            iota,
            unsafe_pkg,
        };
        (w, pre)
    }

    fn declare(&mut self, scope: ScopeId, name: &str, kind: ObjKind, typ: Option<TypeId>) -> ObjId {
        let o = self.new_obj(Object {
            kind,
            name: name.into(),
            pkg: None,
            pos: GPos::NONE,
            typ,
            parent: None,
        });
        self.insert(scope, o);
        o
    }

    fn declare_type_name(&mut self, scope: ScopeId, name: &str, typ: TypeId) -> ObjId {
        self.declare(scope, name, ObjKind::TypeName, Some(typ))
    }

    /// A predeclared named type whose underlying type is set afterwards.
    fn new_named_type(&mut self, scope: ScopeId, name: &str) -> TypeId {
        let obj = self.declare_type_name(scope, name, TypeId::INVALID);
        let t = self.types.add(Type::Named(Named {
            obj,
            underlying: None,
            methods: Vec::new(),
            tparams: Vec::new(),
            orig: None,
            targs: Vec::new(),
        }));
        self.obj_mut(obj).typ = Some(t);
        t
    }

    pub fn set_underlying(&mut self, named: TypeId, underlying: TypeId) {
        if let Type::Named(n) = self.types.get_mut(named) {
            n.underlying = Some(underlying);
        }
    }

    /// A new variable object (not inserted in any scope).
    pub fn new_var(&mut self, pkg: Option<PkgId>, name: &str, typ: TypeId, param: bool) -> ObjId {
        self.new_obj(Object {
            kind: ObjKind::Var {
                field: false,
                embedded: false,
                param,
                used: false,
            },
            name: name.into(),
            pkg,
            pos: GPos::NONE,
            typ: Some(typ),
            parent: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn universe_has_the_predeclared_identifiers() {
        let (w, pre) = World::new();
        for name in [
            "bool",
            "byte",
            "rune",
            "int",
            "uintptr",
            "string",
            "error",
            "any",
            "comparable",
            "true",
            "false",
            "iota",
            "nil",
            "append",
            "min",
            "max",
            "clear",
            "new",
        ] {
            assert!(w.lookup_local(w.universe, name).is_some(), "{name}");
        }
        let us = w.pkg(pre.unsafe_pkg).scope;
        for name in ["Pointer", "Sizeof", "Add", "Slice", "String", "StringData"] {
            assert!(w.lookup_local(us, name).is_some(), "unsafe.{name}");
        }
        assert!(w.types.is_interface(pre.error));
        assert!(w.types.is_interface(pre.any));
    }
}
