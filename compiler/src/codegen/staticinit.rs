//! Static initialization (gc's `staticinit`): a package variable whose
//! initializer is a constant, `nil`, or a composite literal (array,
//! struct, slice) built only of those is laid out at compile time, in
//! its global slots' initial image; a slice literal's backing array goes
//! into the writable data segment. The variable then needs no
//! initialization code, as with gc (which is what keeps big tables such
//! as unicode's from costing start-up time).
//!
//! Invariant: an image holds exactly the value `value_to` would have
//! stored: scalars in slot form (integers extended, float32 as float64
//! bits), aggregates in Go's memory layout, pointers as relocations.

use goviz_runtime::bytecode::RelocTarget;

use super::repr::{Repr, repr_of};
use super::{Ctx, literal_parts};
use crate::syntax::ast::{Expr, ExprKind};
use crate::types::constant::Value;
use crate::types::ty::{BasicKind, Type, TypeId};

/// Bytes of memory with the pointer words the linker fills.
#[derive(Default)]
pub(crate) struct Image {
    pub bytes: Vec<u8>,
    /// (byte offset, what the word points at).
    pub ptrs: Vec<(usize, RelocTarget)>,
}

impl Image {
    fn zeroed(size: usize) -> Image {
        Image {
            bytes: vec![0; size],
            ptrs: Vec::new(),
        }
    }

    fn put(&mut self, at: usize, b: &[u8]) {
        self.bytes[at..at + b.len()].copy_from_slice(b);
    }
}

impl Ctx<'_> {
    /// The slot image of the initializer `e` (in file `file`) of a
    /// package variable of type `t`, if it can be laid out statically.
    pub(crate) fn static_slots(&mut self, file: usize, e: &Expr, t: TypeId) -> Option<Image> {
        let r = repr_of(self.world, t)?;
        match r {
            Repr::Mem { .. } | Repr::Str | Repr::Slice | Repr::Ptr => {
                let mut img = Image::zeroed(r.slots() as usize * 8);
                self.static_mem(file, e, t, &mut img, 0).then_some(img)
            }
            Repr::Int { .. } | Repr::Bool | Repr::F64 | Repr::F32 | Repr::C128 | Repr::C64 => {
                let v = self.const_of(file, e)?;
                let mut img = Image::zeroed(r.slots() as usize * 8);
                for (i, w) in slot_words(&v, r).into_iter().enumerate() {
                    img.put(8 * i, &w.to_le_bytes());
                }
                Some(img)
            }
            // An interface value needs its dynamic type's descriptor and
            // a boxed copy: left to initialization code.
            Repr::Iface(_) => None,
        }
    }

    fn const_of(&self, file: usize, e: &Expr) -> Option<Value> {
        let _ = file;
        self.info
            .types
            .get(&(e as *const Expr as usize))
            .and_then(|(_, v)| v.clone())
    }

    fn is_nil(&self, e: &Expr) -> bool {
        self.info
            .types
            .get(&(e as *const Expr as usize))
            .is_some_and(|(t, _)| self.world.types.basic_kind(*t) == Some(BasicKind::UntypedNil))
    }

    /// Writes the value of `e` (of type `t`) in memory form at `at` of
    /// `img`; false if it is not static.
    fn static_mem(&mut self, file: usize, e: &Expr, t: TypeId, img: &mut Image, at: usize) -> bool {
        let e = e.unparen();
        if self.is_nil(e) {
            return true;
        }
        if let Some(v) = self.const_of(file, e) {
            return self.const_mem(&v, t, img, at);
        }
        let ExprKind::CompositeLit { elems, .. } = &e.kind else {
            return false;
        };
        let w = self.world;
        let lit_t = self
            .info
            .types
            .get(&(e as *const Expr as usize))
            .map_or(t, |(lt, _)| *lt);
        if let Type::Slice(elem) = w.types.get(w.types.under(lit_t)) {
            let elem = *elem;
            let Some(parts) = literal_parts(self, lit_t, elems) else {
                return false;
            };
            let esize = w.sizeof(elem).max(0) as usize;
            let len = parts.iter().map(|p| p.0 as usize / esize.max(1) + 1).max();
            let len = if esize == 0 {
                elems.len()
            } else {
                len.unwrap_or(0)
            };
            let mut arr = Image::zeroed(len * esize);
            for (off, pt, v) in parts {
                if !self.static_mem(file, v, pt, &mut arr, off as usize) {
                    return false;
                }
            }
            if len > 0 {
                let d = self.data.push_aligned(&arr.bytes);
                for (o, target) in arr.ptrs {
                    self.data.relocs.push((d + o, target));
                }
                img.ptrs.push((at, RelocTarget::Data(d as u32)));
            }
            img.put(at + 8, &(len as u64).to_le_bytes());
            img.put(at + 16, &(len as u64).to_le_bytes());
            return true;
        }
        let Some(parts) = literal_parts(self, lit_t, elems) else {
            return false;
        };
        parts
            .into_iter()
            .all(|(off, pt, v)| self.static_mem(file, v, pt, img, at + off as usize))
    }

    /// A constant in memory form.
    fn const_mem(&mut self, v: &Value, t: TypeId, img: &mut Image, at: usize) -> bool {
        let Some(r) = repr_of(self.world, t) else {
            return false;
        };
        match r {
            Repr::Str => {
                let s = v.string_val().to_vec();
                if !s.is_empty() {
                    let off = self.rodata.intern(&s);
                    img.ptrs.push((at, RelocTarget::RoData(off as u32)));
                }
                img.put(at + 8, &(s.len() as u64).to_le_bytes());
            }
            Repr::Int { bits, .. } => {
                let w = slot_words(v, r)[0];
                img.put(at, &w.to_le_bytes()[..bits as usize / 8]);
            }
            Repr::Bool => img.put(at, &[v.bool_val() as u8]),
            Repr::F64 => img.put(at, &v.float64_val().0.to_le_bytes()),
            Repr::F32 => img.put(at, &v.float32_val().0.to_le_bytes()),
            Repr::C128 | Repr::C64 => {
                let (re, im) = parts_of(v);
                if r == Repr::C64 {
                    img.put(at, &re.float32_val().0.to_le_bytes());
                    img.put(at + 4, &im.float32_val().0.to_le_bytes());
                } else {
                    img.put(at, &re.float64_val().0.to_le_bytes());
                    img.put(at + 8, &im.float64_val().0.to_le_bytes());
                }
            }
            Repr::Ptr | Repr::Slice | Repr::Mem { .. } | Repr::Iface(_) => return false,
        }
        true
    }
}

/// A complex constant's real and imaginary parts.
fn parts_of(v: &Value) -> (Value, Value) {
    match v {
        Value::Complex(re, im) => ((**re).clone(), (**im).clone()),
        v => (v.clone(), Value::Int(0.into())),
    }
}

/// A scalar constant's slot words in representation `r` (see the
/// bytecode's slot invariants).
fn slot_words(v: &Value, r: Repr) -> Vec<u64> {
    match r {
        Repr::Bool => vec![v.bool_val() as u64],
        Repr::Int { signed: true, .. } => vec![v.int64_val().0 as u64],
        Repr::Int { signed: false, .. } => vec![v.uint64_val().0],
        Repr::F64 => vec![v.float64_val().0.to_bits()],
        Repr::F32 => vec![(v.float32_val().0 as f64).to_bits()],
        Repr::C128 | Repr::C64 => {
            let (re, im) = parts_of(v);
            let part = r.part();
            [re, im].iter().flat_map(|p| slot_words(p, part)).collect()
        }
        Repr::Str | Repr::Ptr | Repr::Slice | Repr::Mem { .. } | Repr::Iface(_) => vec![0],
    }
}
