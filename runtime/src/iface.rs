//! Interfaces: itabs (Go's `iface.go`: `getitab`, the itab table),
//! type-assertion failures, and interface equality (`efaceeq`/`ifaceeq`:
//! the type words, then `alg`'s descriptor walk).
//!
//! Invariants: the table holds every itab the compiler emitted before
//! any code runs (so an (interface, type) pair has one itab, and two
//! interface values of one dynamic type compare their itab pointers
//! equal); itabs built at run time live as long as the table; a pair
//! that does not implement is cached as 0.

use std::collections::HashMap;

use crate::abi::{Module, TypeRef, kind, layout};
use crate::mem;
use crate::panic::RuntimeError;

/// Go's `itabTable` for one program.
pub struct ItabTable {
    module: Module,
    /// Each function's `FuncInfo` address, by index (a `TextOff`).
    funcs: Vec<usize>,
    /// (interface descriptor, type descriptor) -> itab address or 0.
    map: HashMap<(usize, usize), usize>,
    /// Storage of the itabs made at run time.
    owned: Vec<Box<[u64]>>,
}

impl ItabTable {
    /// A table holding the program's static itabs.
    pub fn new(module: Module, funcs: Vec<usize>, static_itabs: &[usize]) -> ItabTable {
        let mut map = HashMap::new();
        for &it in static_itabs {
            // SAFETY: static itabs are linked descriptors in rodata.
            let (inter, typ) = unsafe {
                (
                    mem::load64(it + layout::ITAB_INTER) as usize,
                    mem::load64(it + layout::ITAB_TYPE) as usize,
                )
            };
            map.insert((inter, typ), it);
        }
        ItabTable {
            module,
            funcs,
            map,
            owned: Vec::new(),
        }
    }

    pub fn module(&self) -> &Module {
        &self.module
    }

    /// The itab of `typ` as interface `inter`, or 0 if `typ` lacks one
    /// of its methods.
    pub fn getitab(&mut self, inter: TypeRef, typ: TypeRef) -> usize {
        let key = (inter.0 as usize, typ.0 as usize);
        if let Some(&it) = self.map.get(&key) {
            return it;
        }
        let it = match self.method_funcs(inter, typ) {
            Ok(funs) => self.build(inter, typ, &funs),
            Err(_) => 0,
        };
        self.map.insert(key, it);
        it
    }

    /// For each of `inter`'s methods, `typ`'s `Ifn` (a `FuncInfo`
    /// address); else the name of the first missing method.
    fn method_funcs(&self, inter: TypeRef, typ: TypeRef) -> Result<Vec<usize>, String> {
        let tms = typ.methods();
        inter
            .imethods()
            .into_iter()
            .map(|(name, mtyp)| {
                let want = self.module.name(name).name;
                tms.iter()
                    .find(|m| m.1 == mtyp && self.module.name(m.0).name == want)
                    .and_then(|m| usize::try_from(m.2).ok())
                    .and_then(|f| self.funcs.get(f).copied())
                    .ok_or_else(|| String::from_utf8_lossy(want).into_owned())
            })
            .collect()
    }

    fn build(&mut self, inter: TypeRef, typ: TypeRef, funs: &[usize]) -> usize {
        let mut words = vec![0u64; 3 + funs.len().max(1)].into_boxed_slice();
        words[0] = inter.0 as u64;
        words[1] = typ.0 as u64;
        words[2] = typ.hash() as u64;
        for (w, &f) in words[3..].iter_mut().zip(funs) {
            *w = f as u64;
        }
        let at = words.as_ptr() as usize;
        self.owned.push(words);
        at
    }

    /// The error of a failed assertion of a value of dynamic type `typ`
    /// (None: nil) to `asserted`, from an interface of static type
    /// `iface` (None when Go's message says just "interface").
    pub fn assertion_error(
        &self,
        iface: Option<TypeRef>,
        typ: Option<TypeRef>,
        asserted: TypeRef,
    ) -> RuntimeError {
        let m = &self.module;
        let missing = match typ {
            Some(t) if asserted.kind() == kind::INTERFACE => self.method_funcs(asserted, t).err(),
            _ => None,
        };
        RuntimeError::TypeAssertion {
            iface: iface.map(|t| t.string(m)),
            concrete: typ.map(|t| t.string(m)),
            asserted: asserted.string(m),
            missing,
        }
    }
}

/// The dynamic type of an interface's first word: the type itself for
/// an empty interface, else the itab's type (0 for nil).
///
/// # Safety
/// `word` must be 0 or point at a linked descriptor or itab.
pub unsafe fn dyn_type(word: u64, empty: bool) -> u64 {
    if empty || word == 0 {
        word
    } else {
        // SAFETY: a non-nil itab pointer (caller's invariant).
        unsafe { mem::load64(word as usize + layout::ITAB_TYPE) }
    }
}

/// `x == y` for two interface values of one static type (`empty`:
/// `interface{}`-like, first word a type; else an itab), as Go's
/// `efaceeq`/`ifaceeq`: equal dynamic types, then equal values, and a
/// run-time error for a dynamic type that is not comparable.
///
/// # Safety
/// The words must form interface values of a linked program.
pub unsafe fn iface_eq(
    module: &Module,
    x: (u64, u64),
    y: (u64, u64),
    empty: bool,
) -> Result<bool, RuntimeError> {
    if x.0 != y.0 {
        return Ok(false);
    }
    // SAFETY: forwarded.
    let t = unsafe { dyn_type(x.0, empty) };
    if t == 0 {
        return Ok(true);
    }
    // SAFETY: the data words hold values of the dynamic type t.
    unsafe { crate::alg::efaceeq(TypeRef(t as *const u8), x.1, y.1) }
        .map_err(|e| e.into_runtime_error(module))
}
