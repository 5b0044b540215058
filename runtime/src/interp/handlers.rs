//! The instruction handlers, one per opcode (see `bytecode::Op` for what
//! each computes), and `handler_for`, the opcode -> handler table.
//!
//! Every handler has the same shape: read operands relative to `pc`,
//! compute, then `next!` to the following word or `taken!` to a branch
//! target. Slow paths (run-time errors, stack growth) leave through
//! `#[cold]` functions so the fast path keeps no stack frame.

use std::sync::atomic::AtomicU64;
use std::sync::atomic::Ordering::Relaxed;

use super::dispatch::{ext, ins, slot};
use super::{Exec, Handler, Status, Word};
use crate::bytecode::{FRAME_HEADER, Op, SLOT_CALLER_DIST, SLOT_CLOSURE, SLOT_RET_PC};
use crate::panic::RuntimeError;
use crate::{mem, print};

/// `a = f(b, c)` over slots as u64.
macro_rules! binop {
    ($name:ident, |$x:ident, $y:ident| $e:expr) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            let $x = *slot(fp, w.b);
            let $y = *slot(fp, w.k as u16);
            *slot(fp, w.a) = $e;
            next!(pc.add(1), fp, ctx)
        });
    };
}

/// `a = f(b)` over slots as u64.
macro_rules! unop {
    ($name:ident, |$x:ident, $k:ident| $e:expr) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            let $x = *slot(fp, w.b);
            #[allow(unused_variables)]
            let $k = w.k;
            *slot(fp, w.a) = $e;
            next!(pc.add(1), fp, ctx)
        });
    };
}

/// `a = f(b, c)` over float64 slots.
macro_rules! fbinop {
    ($name:ident, |$x:ident, $y:ident| $e:expr) => {
        binop!($name, |x, y| {
            let $x = f64::from_bits(x);
            let $y = f64::from_bits(y);
            $e
        });
    };
}

/// Integer division family: panics on a zero divisor.
macro_rules! divop {
    ($name:ident, |$x:ident, $y:ident| $e:expr) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            let $x = *slot(fp, w.b);
            let $y = *slot(fp, w.k as u16);
            if $y == 0 {
                return raise(pc, fp, ctx, RuntimeError::DivideByZero);
            }
            *slot(fp, w.a) = $e;
            next!(pc.add(1), fp, ctx)
        });
    };
}

/// Conditional branch on two slots.
macro_rules! jcmp {
    ($name:ident, |$x:ident, $y:ident| $cond:expr) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            let $x = *slot(fp, w.a);
            let $y = *slot(fp, w.b);
            if $cond {
                taken!(pc.offset(w.k as isize), fp, ctx)
            }
            next!(pc.add(1), fp, ctx)
        });
    };
}

/// Print of one slot value through a `print` formatter.
macro_rules! printop {
    ($name:ident, |$buf:ident, $v:ident| $e:expr) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            let $v = *slot(fp, w.a);
            let $buf = &mut (*ctx).print;
            $e;
            next!(pc.add(1), fp, ctx)
        });
    };
}

fn b(x: bool) -> u64 {
    x as u64
}

// ---------------------------------------------------------------------
// Moves and constants

handler!(h_mov, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = *slot(fp, w.b);
    next!(pc.add(1), fp, ctx)
});

handler!(h_mov2, |pc, fp, ctx| {
    let w = ins(pc);
    // Read both before writing: the pairs may overlap by one slot.
    let (x, y) = (*slot(fp, w.b), *slot(fp, w.b + 1));
    *slot(fp, w.a) = x;
    *slot(fp, w.a + 1) = y;
    next!(pc.add(1), fp, ctx)
});

handler!(h_movn, |pc, fp, ctx| {
    let w = ins(pc);
    // Slots may overlap (a call's results moved down): copy as memmove.
    std::ptr::copy(slot(fp, w.b), slot(fp, w.a), w.k as usize);
    next!(pc.add(1), fp, ctx)
});

handler!(h_const32, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = w.k as i64 as u64;
    next!(pc.add(1), fp, ctx)
});

handler!(h_const64, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = ext(pc);
    next!(pc.add(2), fp, ctx)
});

// ---------------------------------------------------------------------
// Integer arithmetic (slots are 64-bit; narrower types are re-extended
// by the compiler with SExt/ZExt where a result can leave their range)

binop!(h_addi, |x, y| x.wrapping_add(y));
binop!(h_subi, |x, y| x.wrapping_sub(y));
binop!(h_muli, |x, y| x.wrapping_mul(y));
divop!(h_divs, |x, y| (x as i64).wrapping_div(y as i64) as u64);
divop!(h_divu, |x, y| x / y);
divop!(h_rems, |x, y| (x as i64).wrapping_rem(y as i64) as u64);
divop!(h_remu, |x, y| x % y);
unop!(h_addik, |x, k| x.wrapping_add(k as i64 as u64));
unop!(h_mulik, |x, k| x.wrapping_mul(k as i64 as u64));
unop!(h_andk, |x, k| x & (k as i64 as u64));
unop!(h_shlk, |x, k| if k >= 64 { 0 } else { x << k });
unop!(h_shrsk, |x, k| ((x as i64) >> k.min(63)) as u64);
unop!(h_shruk, |x, k| if k >= 64 { 0 } else { x >> k });
binop!(h_and, |x, y| x & y);
binop!(h_or, |x, y| x | y);
binop!(h_xor, |x, y| x ^ y);
binop!(h_andnot, |x, y| x & !y);
binop!(h_shl, |x, y| if y >= 64 { 0 } else { x << y });
binop!(h_shrs, |x, y| ((x as i64) >> y.min(63)) as u64);
binop!(h_shru, |x, y| if y >= 64 { 0 } else { x >> y });
unop!(h_negi, |x, _k| x.wrapping_neg());
unop!(h_com, |x, _k| !x);
unop!(h_not, |x, _k| x ^ 1);
unop!(h_sext, |x, k| {
    let s = 64 - k as u32;
    (((x << s) as i64) >> s) as u64
});
unop!(h_zext, |x, k| x & (u64::MAX >> (64 - k as u32)));

handler!(h_checkshift, |pc, fp, ctx| {
    let w = ins(pc);
    if (*slot(fp, w.a) as i64) < 0 {
        return raise(pc, fp, ctx, RuntimeError::NegativeShift);
    }
    next!(pc.add(1), fp, ctx)
});

binop!(h_mins, |x, y| (x as i64).min(y as i64) as u64);
binop!(h_maxs, |x, y| (x as i64).max(y as i64) as u64);
binop!(h_minu, |x, y| x.min(y));
binop!(h_maxu, |x, y| x.max(y));
fbinop!(h_minf, |x, y| crate::convert::go_min(x, y).to_bits());
fbinop!(h_maxf, |x, y| crate::convert::go_max(x, y).to_bits());

handler!(h_divc, |pc, fp, ctx| {
    let w = ins(pc);
    let f = |i: u16| f64::from_bits(*slot(fp, i));
    let c = w.k as u16;
    let (re, im) = crate::convert::complex_div((f(w.b), f(w.b + 1)), (f(c), f(c + 1)));
    *slot(fp, w.a) = re.to_bits();
    *slot(fp, w.a + 1) = im.to_bits();
    next!(pc.add(1), fp, ctx)
});

handler!(h_memclr, |pc, fp, ctx| {
    let w = ins(pc);
    let (p, n) = (*slot(fp, w.a) as usize, *slot(fp, w.b) as usize);
    mem::memclr(p, n);
    next!(pc.add(1), fp, ctx)
});

binop!(h_eqi, |x, y| b(x == y));
binop!(h_nei, |x, y| b(x != y));
binop!(h_lts, |x, y| b((x as i64) < (y as i64)));
binop!(h_les, |x, y| b((x as i64) <= (y as i64)));
binop!(h_ltu, |x, y| b(x < y));
binop!(h_leu, |x, y| b(x <= y));

// ---------------------------------------------------------------------
// Floats (float64 bits in slots; float32 values rounded by RoundF32)

fbinop!(h_addf, |x, y| (x + y).to_bits());
fbinop!(h_subf, |x, y| (x - y).to_bits());
fbinop!(h_mulf, |x, y| (x * y).to_bits());
fbinop!(h_divf, |x, y| (x / y).to_bits());
unop!(h_negf, |x, _k| x ^ (1 << 63));
fbinop!(h_eqf, |x, y| b(x == y));
fbinop!(h_nef, |x, y| b(x != y));
fbinop!(h_ltf, |x, y| b(x < y));
fbinop!(h_lef, |x, y| b(x <= y));
unop!(h_roundf32, |x, _k| (f64::from_bits(x) as f32 as f64)
    .to_bits());
unop!(h_stof, |x, _k| (x as i64 as f64).to_bits());
unop!(h_utof, |x, _k| (x as f64).to_bits());
// Straight to float32: going through float64 would round twice.
unop!(h_stof32, |x, _k| (x as i64 as f32 as f64).to_bits());
unop!(h_utof32, |x, _k| (x as f32 as f64).to_bits());
unop!(
    h_ftos,
    |x, _k| crate::convert::f64_to_i64(f64::from_bits(x)) as u64
);
unop!(h_ftou, |x, _k| crate::convert::f64_to_u64(f64::from_bits(
    x
)));
unop!(h_f32bitstof, |x, _k| (f32::from_bits(x as u32) as f64)
    .to_bits());
unop!(h_ftof32bits, |x, _k| (f64::from_bits(x) as f32).to_bits()
    as u64);

// ---------------------------------------------------------------------
// Strings: (ptr, len) in two slots; bytes are immutable once made.

/// The bytes of the string in slots `i`, `i+1`.
///
/// # Safety
/// The slots hold a Go string: a pointer to `len` readable bytes that no
/// one writes while the string exists (Go strings are immutable).
unsafe fn str_at<'a>(fp: *mut u64, i: u16) -> &'a [u8] {
    // SAFETY: per the function's contract.
    unsafe {
        let p = *slot(fp, i) as *const u8;
        let n = *slot(fp, i + 1) as usize;
        if n == 0 {
            &[]
        } else {
            std::slice::from_raw_parts(p, n)
        }
    }
}

handler!(h_rodata, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = ext(pc);
    next!(pc.add(2), fp, ctx)
});

handler!(h_concatstr, |pc, fp, ctx| {
    let w = ins(pc);
    let (x, y) = (str_at(fp, w.b), str_at(fp, w.k as u16));
    let (p, n) = (*ctx).heap.concat(x, y);
    *slot(fp, w.a) = p as u64;
    *slot(fp, w.a + 1) = n as u64;
    next!(pc.add(1), fp, ctx)
});

handler!(h_eqstr, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = b(str_at(fp, w.b) == str_at(fp, w.k as u16));
    next!(pc.add(1), fp, ctx)
});

handler!(h_ltstr, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = b(str_at(fp, w.b) < str_at(fp, w.k as u16));
    next!(pc.add(1), fp, ctx)
});

handler!(h_indexstr, |pc, fp, ctx| {
    let w = ins(pc);
    let s = str_at(fp, w.b);
    let i = *slot(fp, w.k as u16);
    if let Some(e) = index_error(i, s.len() as u64) {
        return raise(pc, fp, ctx, e);
    }
    *slot(fp, w.a) = s[i as usize] as u64;
    next!(pc.add(1), fp, ctx)
});

// ---------------------------------------------------------------------
// Memory. Pointers are checked for nil here (explicit checks: dereferencing
// null in Rust is undefined behaviour, and they cost nothing measurable).
// Accesses go through `mem` (relaxed atomics, the memory model).

/// a = f(address b + k) after a nil check of b.
macro_rules! loadop {
    ($name:ident, |$p:ident| $e:expr) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            let base = *slot(fp, w.b) as usize;
            if base == 0 {
                return raise(pc, fp, ctx, RuntimeError::NilDeref { addr: w.k as u32 as u64 });
            }
            let $p = base + w.k as u32 as usize;
            *slot(fp, w.a) = $e;
            next!(pc.add(1), fp, ctx)
        });
    };
}

/// f(address a + k, value b) after a nil check of a.
macro_rules! storeop {
    ($name:ident, |$p:ident, $v:ident| $e:expr) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            let base = *slot(fp, w.a) as usize;
            if base == 0 {
                return raise(pc, fp, ctx, RuntimeError::NilDeref { addr: w.k as u32 as u64 });
            }
            let $p = base + w.k as u32 as usize;
            let $v = *slot(fp, w.b);
            $e;
            next!(pc.add(1), fp, ctx)
        });
    };
}

loadop!(h_loadi8, |p| mem::load8(p) as i8 as i64 as u64);
loadop!(h_loadu8, |p| mem::load8(p) as u64);
loadop!(h_loadi16, |p| mem::load16(p) as i16 as i64 as u64);
loadop!(h_loadu16, |p| mem::load16(p) as u64);
loadop!(h_loadi32, |p| mem::load32(p) as i32 as i64 as u64);
loadop!(h_loadu32, |p| mem::load32(p) as u64);
loadop!(h_load64, |p| mem::load64(p));
loadop!(h_loadf32, |p| (f32::from_bits(mem::load32(p)) as f64)
    .to_bits());
storeop!(h_store8, |p, v| mem::store8(p, v as u8));
storeop!(h_store16, |p, v| mem::store16(p, v as u16));
storeop!(h_store32, |p, v| mem::store32(p, v as u32));
storeop!(h_store64, |p, v| mem::store64(p, v));
storeop!(h_storef32, |p, v| mem::store32(
    p,
    (f64::from_bits(v) as f32).to_bits()
));

handler!(h_loadn, |pc, fp, ctx| {
    let w = ins(pc);
    let src = *slot(fp, w.b) as usize;
    if src == 0 {
        return raise(pc, fp, ctx, RuntimeError::NilDeref { addr: 0 });
    }
    mem::memmove(slot(fp, w.a) as usize, src, w.k as u32 as usize);
    next!(pc.add(1), fp, ctx)
});

handler!(h_storen, |pc, fp, ctx| {
    let w = ins(pc);
    let dst = *slot(fp, w.a) as usize;
    if dst == 0 {
        return raise(pc, fp, ctx, RuntimeError::NilDeref { addr: 0 });
    }
    mem::memmove(dst, slot(fp, w.b) as usize, w.k as u32 as usize);
    next!(pc.add(1), fp, ctx)
});

handler!(h_new, |pc, fp, ctx| {
    let w = ins(pc);
    // Go's newobject; the type's pointer-ness is not known here yet.
    *slot(fp, w.a) = (*ctx).heap.mallocgc(w.k as u32 as usize, false, true) as u64;
    next!(pc.add(1), fp, ctx)
});

handler!(h_frameaddr, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = (fp as usize + w.k as u32 as usize) as u64;
    next!(pc.add(1), fp, ctx)
});

handler!(h_globaladdr, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = (*ctx).globals.add(w.k as u32 as usize) as u64;
    next!(pc.add(1), fp, ctx)
});

handler!(h_checkindex, |pc, fp, ctx| {
    let w = ins(pc);
    if let Some(e) = index_error(*slot(fp, w.a), w.k as u32 as u64) {
        return raise(pc, fp, ctx, e);
    }
    next!(pc.add(1), fp, ctx)
});

handler!(h_checkbounds, |pc, fp, ctx| {
    let w = ins(pc);
    if let Some(e) = index_error(*slot(fp, w.a), *slot(fp, w.b)) {
        return raise(pc, fp, ctx, e);
    }
    next!(pc.add(1), fp, ctx)
});

/// Go's checks of `x[lo:hi]` against `cap`, in gc's order (hi first).
fn slice_check(lo: u64, hi: u64, cap: u64, len_word: bool) -> Option<RuntimeError> {
    if hi > cap {
        return Some(RuntimeError::SliceHi {
            hi: hi as i64,
            cap: cap as i64,
            len_word,
        });
    }
    (lo > hi).then_some(RuntimeError::SliceLo {
        lo: lo as i64,
        hi: hi as i64,
    })
}

macro_rules! slicecheck {
    ($name:ident, $len_word:expr) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            let (lo, hi, cap) = (*slot(fp, w.a), *slot(fp, w.b), *slot(fp, w.k as u16));
            if let Some(e) = slice_check(lo, hi, cap, $len_word) {
                return raise(pc, fp, ctx, e);
            }
            next!(pc.add(1), fp, ctx)
        });
    };
}

/// Go's checks of `x[lo:hi:max]` against `cap`, in gc's order.
fn slice3_check(lo: u64, hi: u64, max: u64, cap: u64, len_word: bool) -> Option<RuntimeError> {
    if max > cap {
        return Some(RuntimeError::Slice3Max {
            max: max as i64,
            cap: cap as i64,
            len_word,
        });
    }
    if hi > max {
        return Some(RuntimeError::Slice3Hi {
            hi: hi as i64,
            max: max as i64,
        });
    }
    (lo > hi).then_some(RuntimeError::Slice3Lo {
        lo: lo as i64,
        hi: hi as i64,
    })
}

handler!(h_checkslice3, |pc, fp, ctx| {
    let w = ins(pc);
    let (lo, hi, max) = (*slot(fp, w.a), *slot(fp, w.a + 1), *slot(fp, w.a + 2));
    if let Some(e) = slice3_check(lo, hi, max, *slot(fp, w.b), w.k == 1) {
        return raise(pc, fp, ctx, e);
    }
    next!(pc.add(1), fp, ctx)
});

slicecheck!(h_checkslicecap, false);
slicecheck!(h_checkslicelen, true);

handler!(h_makeslice, |pc, fp, ctx| {
    let w = ins(pc);
    let esize = w.k as u32 as u64;
    let (len, cap) = (*slot(fp, w.a + 1) as i64, *slot(fp, w.a + 2) as i64);
    if let Err(e) = crate::slice::makeslice_check(len, cap, esize) {
        return raise(pc, fp, ctx, e);
    }
    let bytes = (cap as u64 * esize) as usize;
    *slot(fp, w.a) = (*ctx).heap.mallocgc(bytes, false, true) as u64;
    next!(pc.add(1), fp, ctx)
});

handler!(h_growslice, |pc, fp, ctx| {
    let w = ins(pc);
    let s = slot(fp, w.a);
    let new_len = *slot(fp, w.b) as i64;
    let (ptr, len, cap) = (*s, *s.add(1) as i64, *s.add(2) as i64);
    if new_len > cap {
        let esize = (w.k as u32 >> 1) as u64;
        let noscan = w.k & 1 == 0;
        match crate::slice::growslice(&mut (*ctx).heap, ptr, len, cap, new_len, esize, noscan) {
            Ok((p, c)) => {
                *s = p;
                *s.add(2) = c as u64;
            }
            Err(e) => return raise(pc, fp, ctx, e),
        }
    }
    *s.add(1) = new_len as u64;
    next!(pc.add(1), fp, ctx)
});

handler!(h_memmove, |pc, fp, ctx| {
    let w = ins(pc);
    let n = *slot(fp, w.k as u16) as usize;
    mem::memmove(*slot(fp, w.a) as usize, *slot(fp, w.b) as usize, n);
    next!(pc.add(1), fp, ctx)
});

handler!(h_decoderune, |pc, fp, ctx| {
    let w = ins(pc);
    let s = str_at(fp, w.b);
    let i = *slot(fp, w.k as u16) as usize;
    let (r, width) = crate::utf8::decode_rune(&s[i.min(s.len())..]);
    *slot(fp, w.a) = r as u64;
    *slot(fp, w.a + 1) = width as u64;
    next!(pc.add(1), fp, ctx)
});

handler!(h_printslice, |pc, fp, ctx| {
    let a = ins(pc).a;
    let (p, l, c) = (*slot(fp, a), *slot(fp, a + 1), *slot(fp, a + 2));
    let buf = &mut (*ctx).print;
    buf.push(b'[');
    print::int(buf, l as i64);
    buf.push(b'/');
    print::int(buf, c as i64);
    buf.push(b']');
    print::pointer(buf, p);
    next!(pc.add(1), fp, ctx)
});

handler!(h_runetostr, |pc, fp, ctx| {
    let w = ins(pc);
    let (p, n) = crate::utf8::rune_string(&mut (*ctx).heap, *slot(fp, w.b) as i64);
    *slot(fp, w.a) = p as u64;
    *slot(fp, w.a + 1) = n as u64;
    next!(pc.add(1), fp, ctx)
});

handler!(h_bytestostr, |pc, fp, ctx| {
    let w = ins(pc);
    let (p, n) = (*slot(fp, w.b) as usize, *slot(fp, w.b + 1) as usize);
    let q = if n == 0 {
        0
    } else {
        (*ctx).heap.mallocgc(n, true, false) as usize
    };
    mem::memmove(q, p, n);
    *slot(fp, w.a) = q as u64;
    *slot(fp, w.a + 1) = n as u64;
    next!(pc.add(1), fp, ctx)
});

handler!(h_strtobytes, |pc, fp, ctx| {
    let w = ins(pc);
    let (p, n) = (*slot(fp, w.b) as usize, *slot(fp, w.b + 1) as usize);
    let cap = crate::sizeclasses::roundupsize(n, true);
    // Go's rawbyteslice: the bytes past the string's are cleared.
    let q = (*ctx).heap.mallocgc(cap, true, false) as usize;
    mem::memmove(q, p, n);
    mem::memclr(q + n, cap - n);
    *slot(fp, w.a) = q as u64;
    *slot(fp, w.a + 1) = n as u64;
    *slot(fp, w.a + 2) = cap as u64;
    next!(pc.add(1), fp, ctx)
});

handler!(h_strtorunes, |pc, fp, ctx| {
    let w = ins(pc);
    // The helper writes the slice header itself: a three-word result
    // would live in this handler's frame and cost it its tail call.
    crate::utf8::string_to_runes(&mut (*ctx).heap, str_at(fp, w.b), slot(fp, w.a));
    next!(pc.add(1), fp, ctx)
});

handler!(h_runestostr, |pc, fp, ctx| {
    let w = ins(pc);
    let (p, n) = (*slot(fp, w.b) as usize, *slot(fp, w.b + 1) as usize);
    let (q, len) = crate::utf8::runes_to_string(&mut (*ctx).heap, p, n);
    *slot(fp, w.a) = q as u64;
    *slot(fp, w.a + 1) = len as u64;
    next!(pc.add(1), fp, ctx)
});

macro_rules! unsafeop {
    ($name:ident, $string:expr) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            let (p, len) = (*slot(fp, w.a), *slot(fp, w.a + 1) as i64);
            let esize = if $string { 1 } else { w.k as u32 as u64 };
            if let Err(e) = crate::slice::unsafe_slice_check(p, len, esize, $string) {
                return raise(pc, fp, ctx, e);
            }
            if !$string {
                *slot(fp, w.a + 2) = len as u64;
            }
            next!(pc.add(1), fp, ctx)
        });
    };
}

unsafeop!(h_unsafeslice, false);
unsafeop!(h_unsafestring, true);

handler!(h_nilcheck, |pc, fp, ctx| {
    let w = ins(pc);
    if *slot(fp, w.a) == 0 {
        return raise(
            pc,
            fp,
            ctx,
            RuntimeError::NilDeref {
                addr: w.k as u32 as u64,
            },
        );
    }
    next!(pc.add(1), fp, ctx)
});

// ---------------------------------------------------------------------
// Branches

handler!(h_jmp, |pc, fp, ctx| {
    next!(pc.offset(ins(pc).k as isize), fp, ctx)
});

handler!(h_jmpif, |pc, fp, ctx| {
    let w = ins(pc);
    if *slot(fp, w.a) != 0 {
        taken!(pc.offset(w.k as isize), fp, ctx)
    }
    next!(pc.add(1), fp, ctx)
});

handler!(h_jmpifnot, |pc, fp, ctx| {
    let w = ins(pc);
    if *slot(fp, w.a) == 0 {
        taken!(pc.offset(w.k as isize), fp, ctx)
    }
    next!(pc.add(1), fp, ctx)
});

jcmp!(h_jeq, |x, y| x == y);
jcmp!(h_jne, |x, y| x != y);
jcmp!(h_jlts, |x, y| (x as i64) < (y as i64));
jcmp!(h_jles, |x, y| (x as i64) <= (y as i64));
jcmp!(h_jltu, |x, y| x < y);
jcmp!(h_jleu, |x, y| x <= y);

/// Conditional branch on a slot and the immediate in `b`.
macro_rules! jcmpk {
    ($name:ident, |$x:ident, $y:ident| $cond:expr) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            let $x = *slot(fp, w.a) as i64;
            let $y = w.b as i16 as i64;
            if $cond {
                taken!(pc.offset(w.k as isize), fp, ctx)
            }
            next!(pc.add(1), fp, ctx)
        });
    };
}

jcmpk!(h_jeqk, |x, y| x == y);
jcmpk!(h_jnek, |x, y| x != y);
jcmpk!(h_jltsk, |x, y| x < y);
jcmpk!(h_jlesk, |x, y| x <= y);
jcmpk!(h_jgtsk, |x, y| x > y);
jcmpk!(h_jgesk, |x, y| x >= y);

handler!(h_incjlts, |pc, fp, ctx| {
    let w = ins(pc);
    let i = slot(fp, w.a);
    let v = (*i).wrapping_add(1);
    *i = v;
    if (v as i64) < (*slot(fp, w.b) as i64) {
        taken!(pc.offset(w.k as isize), fp, ctx)
    }
    next!(pc.add(1), fp, ctx)
});

// ---------------------------------------------------------------------
// Globals

// Globals are shared memory: accessed as relaxed atomics (the memory
// model in ARCHITECTURE.md), which compile to plain moves.

/// Global slot `k` as an atomic.
///
/// # Safety
/// `k` is below the program's global slot count (bytecode invariant).
unsafe fn global<'a>(ctx: *mut Exec, k: i32) -> &'a AtomicU64 {
    // SAFETY: the slot is an aligned, live u64 of the linked program,
    // which outlives every goroutine; all accesses to it are atomic.
    unsafe { AtomicU64::from_ptr((*ctx).globals.add(k as u32 as usize)) }
}

handler!(h_loadg, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = global(ctx, w.k).load(Relaxed);
    next!(pc.add(1), fp, ctx)
});

handler!(h_storeg, |pc, fp, ctx| {
    let w = ins(pc);
    global(ctx, w.k).store(*slot(fp, w.a), Relaxed);
    next!(pc.add(1), fp, ctx)
});

// ---------------------------------------------------------------------
// Calls. The callee's frame starts at the caller's slot `a`; its header
// gets the return pc (the word after the call's operand word) and the
// distance back to the caller. The stack check is Go's prologue check:
// the frame must end below g.stackguard0, else morestack.

handler!(h_call, |pc, fp, ctx| {
    let w = ins(pc);
    let f = ext(pc) as *const super::FuncInfo;
    let nfp = slot(fp, w.a);
    if nfp.add((*f).frame_slots) as usize > (*(*ctx).g).stackguard0.load(Relaxed) {
        return morestack(pc, fp, ctx);
    }
    *nfp.add(SLOT_RET_PC) = pc.add(2) as u64;
    *nfp.add(SLOT_CALLER_DIST) = w.a as u64;
    next!((*f).entry, nfp, ctx)
});

handler!(h_callclosure, |pc, fp, ctx| {
    let w = ins(pc);
    let closure = *slot(fp, w.b);
    if closure == 0 {
        return raise(pc, fp, ctx, RuntimeError::NilDeref { addr: 0 });
    }
    let f = mem::load64(closure as usize) as *const super::FuncInfo;
    let nfp = slot(fp, w.a);
    if nfp.add((*f).frame_slots) as usize > (*(*ctx).g).stackguard0.load(Relaxed) {
        return morestack_closure(pc, fp, ctx);
    }
    *nfp.add(SLOT_RET_PC) = pc.add(1) as u64;
    *nfp.add(SLOT_CALLER_DIST) = w.a as u64;
    *nfp.add(SLOT_CLOSURE) = closure;
    next!((*f).entry, nfp, ctx)
});

handler!(h_funcval, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = ext(pc);
    next!(pc.add(2), fp, ctx)
});

handler!(h_ret, |_pc, fp, ctx| {
    let ret = *fp.add(SLOT_RET_PC) as *const Word;
    let caller = fp.sub(*fp.add(SLOT_CALLER_DIST) as usize);
    if ret.is_null() {
        (*ctx).pc = ret;
        (*ctx).fp = caller;
        return Status::GoExit;
    }
    next!(ret, caller, ctx)
});

handler!(h_exit, |pc, fp, ctx| {
    (*ctx).exit_code = ins(pc).k;
    (*ctx).pc = pc;
    (*ctx).fp = fp;
    Status::Exit
});

/// Grows the goroutine's stack so that callee `f`, framed at slot `base`
/// of the frame at `fp`, fits; returns `fp` on the new stack.
///
/// # Safety
/// `fp` is the running frame inside the running goroutine's stack and `f`
/// a linked function.
unsafe fn grow_for_call(
    ctx: *mut Exec,
    fp: *mut u64,
    base: u16,
    f: *const super::FuncInfo,
) -> *mut u64 {
    // SAFETY: per the contract.
    unsafe {
        let need_end = fp.add(base as usize + (*f).frame_slots) as usize;
        crate::stack::morestack((*ctx).g, fp, need_end)
    }
}

/// `Call` in the stack-copy stress mode: every call moves the stack
/// first (see `LinkOptions::stress_stacks`), then tail-calls `h_call`
/// (a direct jump: the disassembly test's `h_` handlers are the ones that
/// dispatch through words).
unsafe extern "C" fn stress_call(pc: *const Word, fp: *mut u64, ctx: *mut Exec) -> Status {
    // SAFETY: as h_call.
    unsafe {
        let f = ext(pc) as *const super::FuncInfo;
        let fp = move_for_call(ctx, fp, ins(pc).a, f);
        h_call(pc, fp, ctx)
    }
}

/// `CallClosure` in the stack-copy stress mode.
unsafe extern "C" fn stress_callclosure(pc: *const Word, fp: *mut u64, ctx: *mut Exec) -> Status {
    // SAFETY: as h_callclosure; a nil func value is left to it.
    unsafe {
        let w = ins(pc);
        let closure = *slot(fp, w.b);
        if closure == 0 {
            return h_callclosure(pc, fp, ctx);
        }
        let f = mem::load64(closure as usize) as *const super::FuncInfo;
        let fp = move_for_call(ctx, fp, w.a, f);
        h_callclosure(pc, fp, ctx)
    }
}

/// Moves the running goroutine's stack to a fresh one with room for
/// callee `f` framed at slot `base` of `fp`; returns `fp` moved.
///
/// # Safety
/// As [`grow_for_call`].
#[inline(never)]
unsafe fn move_for_call(
    ctx: *mut Exec,
    fp: *mut u64,
    base: u16,
    f: *const super::FuncInfo,
) -> *mut u64 {
    // SAFETY: per the contract.
    unsafe {
        let need_end = fp.add(base as usize + (*f).frame_slots) as usize;
        crate::stack::movestack((*ctx).g, fp, need_end)
    }
}

/// The handlers the stack-copy stress mode uses instead of `op`'s.
pub(super) fn stress_handler(op: Op) -> Option<Handler> {
    match op {
        Op::Call => Some(stress_call),
        Op::CallClosure => Some(stress_callclosure),
        _ => None,
    }
}

/// The slow path of `Call`: grow the stack, then make the call.
#[cold]
#[inline(never)]
unsafe extern "C" fn morestack(pc: *const Word, fp: *mut u64, ctx: *mut Exec) -> Status {
    // SAFETY: pc is a Call whose operand word holds a FuncInfo; fp is the
    // running frame inside g's stack (handler invariants).
    unsafe {
        if crate::proc::preempt_requested(ctx) {
            return crate::proc::gopreempt(ctx, pc, fp);
        }
        let fp = grow_for_call(ctx, fp, ins(pc).a, ext(pc) as *const super::FuncInfo);
        h_call(pc, fp, ctx)
    }
}

/// The slow path of `CallClosure`: grow the stack, then make the call.
#[cold]
#[inline(never)]
unsafe extern "C" fn morestack_closure(pc: *const Word, fp: *mut u64, ctx: *mut Exec) -> Status {
    // SAFETY: pc is a CallClosure whose closure slot holds a non-nil func
    // value (checked by the caller); fp is the running frame.
    unsafe {
        if crate::proc::preempt_requested(ctx) {
            return crate::proc::gopreempt(ctx, pc, fp);
        }
        let w = ins(pc);
        let f = mem::load64(*slot(fp, w.b) as usize) as *const super::FuncInfo;
        let fp = grow_for_call(ctx, fp, w.a, f);
        h_callclosure(pc, fp, ctx)
    }
}

/// Go's index check: `i` (as unsigned, so negatives fail too) below `len`.
fn index_error(i: u64, len: u64) -> Option<RuntimeError> {
    (i >= len).then_some(RuntimeError::Index {
        index: i as i64,
        len: len as i64,
    })
}

/// Stops the machine with a run-time error at `pc`.
#[cold]
#[inline(never)]
unsafe fn raise(pc: *const Word, fp: *mut u64, ctx: *mut Exec, e: RuntimeError) -> Status {
    // SAFETY: ctx is the running M's context; pc/fp the raising
    // instruction and its frame.
    unsafe {
        (*ctx).pending = Some(crate::panic::PanicValue::Runtime(e));
        super::gopanic::gopanic(pc, fp, ctx)
    }
}

// ---------------------------------------------------------------------
// print / println (builtins): one statement is written at once

handler!(h_printlock, |pc, fp, ctx| {
    (*ctx).print.clear();
    next!(pc.add(1), fp, ctx)
});

handler!(h_printunlock, |pc, fp, ctx| {
    print::write_stderr(&(*ctx).print);
    next!(pc.add(1), fp, ctx)
});

printop!(h_prints, |buf, v| print::int(buf, v as i64));
printop!(h_printu, |buf, v| print::uint(buf, v));
printop!(h_printf64, |buf, v| print::float(
    buf,
    f64::from_bits(v),
    64
));
printop!(h_printf32, |buf, v| print::float(
    buf,
    f64::from_bits(v),
    32
));
printop!(h_printbool, |buf, v| print::bool(buf, v != 0));

macro_rules! printcomplex {
    ($name:ident, $bits:expr) => {
        handler!($name, |pc, fp, ctx| {
            let a = ins(pc).a;
            let (re, im) = (
                f64::from_bits(*slot(fp, a)),
                f64::from_bits(*slot(fp, a + 1)),
            );
            print::complex(&mut (*ctx).print, re, im, $bits);
            next!(pc.add(1), fp, ctx)
        });
    };
}

printcomplex!(h_printc128, 64);
printcomplex!(h_printc64, 32);
printop!(h_printptr, |buf, v| print::pointer(buf, v));
printop!(h_printsp, |buf, _v| buf.push(b' '));
printop!(h_printnl, |buf, _v| buf.push(b'\n'));

handler!(h_printstr, |pc, fp, ctx| {
    let s = str_at(fp, ins(pc).a);
    (*ctx).print.extend_from_slice(s);
    next!(pc.add(1), fp, ctx)
});

// ---------------------------------------------------------------------
// interfaces

handler!(h_dyntype, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = crate::iface::dyn_type(*slot(fp, w.b), false);
    next!(pc.add(1), fp, ctx)
});

handler!(h_getitab, |pc, fp, ctx| {
    let w = ins(pc);
    getitab_into(ctx, slot(fp, w.a), *slot(fp, w.b), ext(pc));
    next!(pc.add(2), fp, ctx)
});

#[inline(never)]
unsafe fn getitab_into(ctx: *mut Exec, dst: *mut u64, typ: u64, inter: u64) {
    use crate::abi::TypeRef;
    // SAFETY: ctx is the running M's; dst is a frame slot; typ is 0 or a
    // linked type descriptor and inter the interface's descriptor.
    unsafe {
        *dst = if typ == 0 {
            0
        } else {
            let t = TypeRef(typ as *const u8);
            (*ctx).itabs.getitab(TypeRef(inter as *const u8), t) as u64
        };
    }
}

handler!(h_assertfail, |pc, fp, ctx| { assert_fail(pc, fp, ctx) });

#[cold]
#[inline(never)]
unsafe fn assert_fail(pc: *const Word, fp: *mut u64, ctx: *mut Exec) -> Status {
    use crate::abi::TypeRef;
    let ty = |w: u64| (w != 0).then_some(TypeRef(w as *const u8));
    // SAFETY: the record (the operand word) is two words in rodata: the
    // static interface type (or 0) and the asserted type; slot a holds 0
    // or a descriptor.
    unsafe {
        let (typ, record) = (*slot(fp, ins(pc).a), ext(pc) as usize);
        let iface = ty(mem::load64(record));
        let asserted = TypeRef(mem::load64(record + 8) as *const u8);
        let e = (*ctx).itabs.assertion_error(iface, ty(typ), asserted);
        raise(pc, fp, ctx, e)
    }
}

macro_rules! ifaceeq {
    ($name:ident, $empty:expr) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            if let Err(e) = iface_eq_into(ctx, fp, w.a, w.b, w.k as u16, $empty) {
                return raise(pc, fp, ctx, e);
            }
            next!(pc.add(1), fp, ctx)
        });
    };
}
ifaceeq!(h_eqeface, true);
ifaceeq!(h_eqiface, false);

#[inline(never)]
unsafe fn iface_eq_into(
    ctx: *mut Exec,
    fp: *mut u64,
    a: u16,
    b: u16,
    c: u16,
    empty: bool,
) -> Result<(), RuntimeError> {
    // SAFETY: the slots are this frame's; b..b+1 and c..c+1 hold
    // interface values of this program.
    unsafe {
        let x = (*slot(fp, b), *slot(fp, b + 1));
        let y = (*slot(fp, c), *slot(fp, c + 1));
        let eq = crate::iface::iface_eq((*ctx).itabs.module(), x, y, empty)?;
        *slot(fp, a) = eq as u64;
    }
    Ok(())
}

handler!(h_printiface, |pc, fp, ctx| {
    let a = ins(pc).a;
    let buf = &mut (*ctx).print;
    buf.push(b'(');
    print::pointer(buf, *slot(fp, a));
    buf.push(b',');
    print::pointer(buf, *slot(fp, a + 1));
    buf.push(b')');
    next!(pc.add(1), fp, ctx)
});

// ---------------------------------------------------------------------
// Goroutines and channels. The work is in proc.rs, chan.rs and
// select.rs; a helper returning `Continue` completed the instruction,
// any other status stops the machine (park, panic) with Exec.pc set.

/// Continues after the instruction when `st` is `Continue`, else stops.
macro_rules! then_next {
    ($st:expr, $pc:expr, $fp:expr, $ctx:expr) => {
        then_next!($st, $pc, $fp, $ctx, 1)
    };
    ($st:expr, $pc:expr, $fp:expr, $ctx:expr, $words:expr) => {{
        let st: Status = $st;
        if st == Status::Continue {
            next!($pc.add($words), $fp, $ctx)
        }
        // A failed operation left its run-time error pending: panic.
        if (*$ctx).pending.is_some() {
            return super::gopanic::gopanic($pc, $fp, $ctx);
        }
        return st;
    }};
}

handler!(h_go, |pc, fp, ctx| {
    let w = ins(pc);
    let f = ext(pc) as *const super::FuncInfo;
    let args = slot(fp, w.a + FRAME_HEADER);
    crate::proc::newproc(ctx, pc, f, args, w.b as usize, 0);
    next!(pc.add(2), fp, ctx)
});

handler!(h_goclosure, |pc, fp, ctx| {
    let w = ins(pc);
    let closure = *slot(fp, w.b);
    if closure == 0 {
        return crate::proc::go_nil_func(ctx, pc, fp);
    }
    let f = mem::load64(closure as usize) as *const super::FuncInfo;
    let args = slot(fp, w.a + FRAME_HEADER);
    crate::proc::newproc(ctx, pc, f, args, w.k as usize, closure);
    next!(pc.add(1), fp, ctx)
});

handler!(h_makechan, |pc, fp, ctx| {
    let w = ins(pc);
    let size = *slot(fp, w.b) as i64;
    then_next!(
        crate::chan::makechan_op(ctx, pc, fp, slot(fp, w.a), size, ext(pc)),
        pc,
        fp,
        ctx,
        2
    )
});

handler!(h_chansend, |pc, fp, ctx| {
    let w = ins(pc);
    let (c, ep) = (*slot(fp, w.a) as usize, slot(fp, w.b) as usize);
    then_next!(crate::chan::chansend(ctx, pc, fp, c, ep), pc, fp, ctx)
});

handler!(h_chanrecv, |pc, fp, ctx| {
    let w = ins(pc);
    let (c, ep) = (*slot(fp, w.a) as usize, slot(fp, w.b) as usize);
    then_next!(
        crate::chan::chanrecv(ctx, pc, fp, c, ep, w.k as u16),
        pc,
        fp,
        ctx
    )
});

handler!(h_chanclose, |pc, fp, ctx| {
    let c = *slot(fp, ins(pc).a) as usize;
    then_next!(crate::chan::chanclose(ctx, pc, fp, c), pc, fp, ctx)
});

handler!(h_chanlen, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = crate::chan::chanlen(*slot(fp, w.b) as usize, false);
    next!(pc.add(1), fp, ctx)
});

handler!(h_chancap, |pc, fp, ctx| {
    let w = ins(pc);
    *slot(fp, w.a) = crate::chan::chanlen(*slot(fp, w.b) as usize, true);
    next!(pc.add(1), fp, ctx)
});

handler!(h_select, |pc, fp, ctx| {
    let w = ins(pc);
    then_next!(crate::select::selectgo(ctx, pc, fp, w.a, w.b), pc, fp, ctx)
});

handler!(h_block, |pc, fp, ctx| { crate::proc::block(ctx, pc, fp) });

handler!(h_unlockosthread, |pc, fp, ctx| {
    (*(*ctx).g).lockedm = false;
    next!(pc.add(1), fp, ctx)
});
// Maps: the work is in runtime/src/maps; these move operands and results
// between slots and raise its errors.

/// A map-op handler: runs `$helper(ctx, fp, a, b, k as c)` through
/// [`map_call`], which keeps the error out of the handler's frame.
macro_rules! map_op {
    ($name:ident, $helper:ident) => {
        handler!($name, |pc, fp, ctx| {
            let w = ins(pc);
            if !map_call(ctx, fp, w.a, w.b, w.k as u16, $helper) {
                return raised(pc, fp, ctx);
            }
            next!(pc.add(1), fp, ctx)
        });
    };
}

/// The signature of the map handlers' helpers.
type MapHelper = unsafe fn(*mut Exec, *mut u64, u16, u16, u16) -> Result<(), RuntimeError>;

/// Runs a map helper; on error stores it as the pending panic and
/// returns false.
#[inline(never)]
unsafe fn map_call(ctx: *mut Exec, fp: *mut u64, a: u16, b: u16, c: u16, f: MapHelper) -> bool {
    // SAFETY: forwarded from the handler (its operands and context).
    unsafe {
        match f(ctx, fp, a, b, c) {
            Ok(()) => true,
            Err(e) => {
                (*ctx).pending = Some(crate::panic::PanicValue::Runtime(e));
                false
            }
        }
    }
}

/// Starts the panic whose run-time error [`map_call`] stored, at `pc`.
#[cold]
#[inline(never)]
unsafe fn raised(pc: *const Word, fp: *mut u64, ctx: *mut Exec) -> Status {
    // SAFETY: ctx is the running M's context with a pending panic; pc/fp
    // the raising instruction and its frame.
    unsafe { super::gopanic::gopanic(pc, fp, ctx) }
}

map_op!(h_makemap, makemap_into);
map_op!(h_mapaccess1, mapaccess1_into);
map_op!(h_mapaccess2, mapaccess2_into);
map_op!(h_mapassign, mapassign_into);
map_op!(h_mapdelete, mapdelete_slots);
map_op!(h_mapclear, mapclear_slots);
map_op!(h_maplen, maplen_into);
map_op!(h_mapiterinit, mapiterinit_slots);
map_op!(h_mapiternext, mapiternext_slots);

/// The map operand at slots `s`, `s+1`: its type and the map.
///
/// # Safety
/// The slots must hold a linked map type descriptor and a map or 0.
unsafe fn map_operand(fp: *mut u64, s: u16) -> (crate::abi::TypeRef, *mut crate::maps::Map) {
    // SAFETY: forwarded.
    unsafe {
        (
            crate::abi::TypeRef(*slot(fp, s) as *const u8),
            *slot(fp, s + 1) as *mut crate::maps::Map,
        )
    }
}

/// A key operand: the key's memory form starts at its slot.
///
/// # Safety
/// `s` must be a slot of the frame at `fp`.
unsafe fn key_at(fp: *mut u64, s: u16) -> *const u8 {
    // SAFETY: forwarded.
    unsafe { slot(fp, s) as *const u8 }
}

#[inline(never)]
unsafe fn makemap_into(
    ctx: *mut Exec,
    fp: *mut u64,
    a: u16,
    b: u16,
    c: u16,
) -> Result<(), RuntimeError> {
    // SAFETY: slot b holds a map type descriptor, slot c the hint.
    unsafe {
        let typ = crate::abi::TypeRef(*slot(fp, b) as *const u8);
        *slot(fp, a) = crate::maps::makemap(&mut (*ctx).heap, typ, *slot(fp, c) as i64) as u64;
    }
    Ok(())
}

#[inline(never)]
unsafe fn mapaccess1_into(
    ctx: *mut Exec,
    fp: *mut u64,
    a: u16,
    b: u16,
    c: u16,
) -> Result<(), RuntimeError> {
    // SAFETY: map and key operands per the opcode's contract.
    unsafe {
        let (typ, m) = map_operand(fp, b);
        let module = (*ctx).itabs.module();
        *slot(fp, a) =
            crate::maps::mapaccess1(&mut (*ctx).heap, module, typ, m, key_at(fp, c))? as u64;
    }
    Ok(())
}

#[inline(never)]
unsafe fn mapaccess2_into(
    ctx: *mut Exec,
    fp: *mut u64,
    a: u16,
    b: u16,
    c: u16,
) -> Result<(), RuntimeError> {
    // SAFETY: map and key operands per the opcode's contract.
    unsafe {
        let (typ, m) = map_operand(fp, b);
        let module = (*ctx).itabs.module();
        let (p, ok) = crate::maps::mapaccess2(&mut (*ctx).heap, module, typ, m, key_at(fp, c))?;
        *slot(fp, a) = p as u64;
        *slot(fp, a + 1) = ok as u64;
    }
    Ok(())
}

#[inline(never)]
unsafe fn mapassign_into(
    ctx: *mut Exec,
    fp: *mut u64,
    a: u16,
    b: u16,
    c: u16,
) -> Result<(), RuntimeError> {
    // SAFETY: map and key operands per the opcode's contract.
    unsafe {
        let (typ, m) = map_operand(fp, b);
        let module = (*ctx).itabs.module();
        *slot(fp, a) =
            crate::maps::mapassign(&mut (*ctx).heap, module, typ, m, key_at(fp, c))? as u64;
    }
    Ok(())
}

#[inline(never)]
unsafe fn mapdelete_slots(
    ctx: *mut Exec,
    fp: *mut u64,
    a: u16,
    b: u16,
    _: u16,
) -> Result<(), RuntimeError> {
    // SAFETY: map and key operands per the opcode's contract.
    unsafe {
        let (typ, m) = map_operand(fp, a);
        crate::maps::mapdelete((*ctx).itabs.module(), typ, m, key_at(fp, b))
    }
}

#[inline(never)]
unsafe fn mapclear_slots(
    _: *mut Exec,
    fp: *mut u64,
    a: u16,
    _: u16,
    _: u16,
) -> Result<(), RuntimeError> {
    // SAFETY: the map operand per the opcode's contract.
    unsafe {
        let (typ, m) = map_operand(fp, a);
        crate::maps::mapclear(typ, m);
    }
    Ok(())
}

#[inline(never)]
unsafe fn maplen_into(
    _: *mut Exec,
    fp: *mut u64,
    a: u16,
    b: u16,
    _: u16,
) -> Result<(), RuntimeError> {
    // SAFETY: slot b holds a map or 0.
    unsafe { *slot(fp, a) = crate::maps::maplen(*slot(fp, b) as *mut crate::maps::Map) as u64 };
    Ok(())
}

#[inline(never)]
unsafe fn mapiterinit_slots(
    ctx: *mut Exec,
    fp: *mut u64,
    a: u16,
    b: u16,
    _: u16,
) -> Result<(), RuntimeError> {
    // SAFETY: slots a.. are the iterator's MAP_ITER_SLOTS words (8-byte
    // aligned, like every slot); b..b+1 the map operand.
    unsafe {
        let (typ, m) = map_operand(fp, b);
        let it = slot(fp, a).cast::<crate::maps::Iter>();
        crate::maps::mapiterinit((*ctx).itabs.module(), typ, m, it)
    }
}

#[inline(never)]
unsafe fn mapiternext_slots(
    ctx: *mut Exec,
    fp: *mut u64,
    a: u16,
    _: u16,
    _: u16,
) -> Result<(), RuntimeError> {
    // SAFETY: slots a.. hold an iterator started by MapIterInit.
    unsafe { crate::maps::mapiternext((*ctx).itabs.module(), slot(fp, a).cast()) }
}

/// The handler of each opcode and whether the opcode is followed by a
/// 64-bit operand word. `Const` has two handlers: `link` picks the wide
/// one when the constant does not fit 32 bits.
pub(super) fn handler_for(op: Op, k: i64) -> (Handler, bool) {
    let h: Handler = match op {
        Op::Mov => h_mov,
        Op::Mov2 => h_mov2,
        Op::MovN => h_movn,
        Op::Const if i32::try_from(k).is_ok() => h_const32,
        Op::Const => return (h_const64, true),
        Op::RoData => return (h_rodata, true),
        Op::GetItab => return (h_getitab, true),
        Op::AssertFail => return (h_assertfail, true),
        Op::DynType => h_dyntype,
        Op::EqEface => h_eqeface,
        Op::EqIface => h_eqiface,
        Op::PrintIface => h_printiface,
        Op::MakeMap => h_makemap,
        Op::MapAccess1 => h_mapaccess1,
        Op::MapAccess2 => h_mapaccess2,
        Op::MapAssign => h_mapassign,
        Op::MapDelete => h_mapdelete,
        Op::MapClear => h_mapclear,
        Op::MapLen => h_maplen,
        Op::MapIterInit => h_mapiterinit,
        Op::MapIterNext => h_mapiternext,
        Op::AddI => h_addi,
        Op::SubI => h_subi,
        Op::MulI => h_muli,
        Op::DivS => h_divs,
        Op::DivU => h_divu,
        Op::RemS => h_rems,
        Op::RemU => h_remu,
        Op::AddIK => h_addik,
        Op::MulIK => h_mulik,
        Op::AndK => h_andk,
        Op::ShlK => h_shlk,
        Op::ShrSK => h_shrsk,
        Op::ShrUK => h_shruk,
        Op::And => h_and,
        Op::Or => h_or,
        Op::Xor => h_xor,
        Op::AndNot => h_andnot,
        Op::Shl => h_shl,
        Op::ShrS => h_shrs,
        Op::ShrU => h_shru,
        Op::CheckShift => h_checkshift,
        Op::NegI => h_negi,
        Op::Com => h_com,
        Op::Not => h_not,
        Op::SExt => h_sext,
        Op::ZExt => h_zext,
        Op::EqI => h_eqi,
        Op::NeI => h_nei,
        Op::LtS => h_lts,
        Op::LeS => h_les,
        Op::LtU => h_ltu,
        Op::LeU => h_leu,
        Op::DivC => h_divc,
        Op::MinS => h_mins,
        Op::MaxS => h_maxs,
        Op::MinU => h_minu,
        Op::MaxU => h_maxu,
        Op::MinF => h_minf,
        Op::MaxF => h_maxf,
        Op::MemClr => h_memclr,
        Op::AddF => h_addf,
        Op::SubF => h_subf,
        Op::MulF => h_mulf,
        Op::DivF => h_divf,
        Op::NegF => h_negf,
        Op::EqF => h_eqf,
        Op::NeF => h_nef,
        Op::LtF => h_ltf,
        Op::LeF => h_lef,
        Op::RoundF32 => h_roundf32,
        Op::SToF => h_stof,
        Op::UToF => h_utof,
        Op::SToF32 => h_stof32,
        Op::UToF32 => h_utof32,
        Op::FToS => h_ftos,
        Op::FToU => h_ftou,
        Op::F32BitsToF => h_f32bitstof,
        Op::FToF32Bits => h_ftof32bits,
        Op::ConcatStr => h_concatstr,
        Op::EqStr => h_eqstr,
        Op::LtStr => h_ltstr,
        Op::IndexStr => h_indexstr,
        Op::LoadI8 => h_loadi8,
        Op::LoadU8 => h_loadu8,
        Op::LoadI16 => h_loadi16,
        Op::LoadU16 => h_loadu16,
        Op::LoadI32 => h_loadi32,
        Op::LoadU32 => h_loadu32,
        Op::Load64 => h_load64,
        Op::LoadF32 => h_loadf32,
        Op::Store8 => h_store8,
        Op::Store16 => h_store16,
        Op::Store32 => h_store32,
        Op::Store64 => h_store64,
        Op::StoreF32 => h_storef32,
        Op::LoadN => h_loadn,
        Op::StoreN => h_storen,
        Op::New => h_new,
        Op::FrameAddr => h_frameaddr,
        Op::GlobalAddr => h_globaladdr,
        Op::UnsafeSlice => h_unsafeslice,
        Op::UnsafeString => h_unsafestring,
        Op::CheckIndex => h_checkindex,
        Op::NilCheck => h_nilcheck,
        Op::CheckBounds => h_checkbounds,
        Op::CheckSliceCap => h_checkslicecap,
        Op::CheckSliceLen => h_checkslicelen,
        Op::CheckSlice3 => h_checkslice3,
        Op::MakeSlice => h_makeslice,
        Op::GrowSlice => h_growslice,
        Op::MemMove => h_memmove,
        Op::DecodeRune => h_decoderune,
        Op::PrintSlice => h_printslice,
        Op::RuneToStr => h_runetostr,
        Op::StrToRunes => h_strtorunes,
        Op::RunesToStr => h_runestostr,
        Op::BytesToStr => h_bytestostr,
        Op::StrToBytes => h_strtobytes,
        Op::Jmp => h_jmp,
        Op::JmpIf => h_jmpif,
        Op::JmpIfNot => h_jmpifnot,
        Op::JEq => h_jeq,
        Op::JNe => h_jne,
        Op::JLtS => h_jlts,
        Op::JLeS => h_jles,
        Op::JLtU => h_jltu,
        Op::JLeU => h_jleu,
        Op::JEqK => h_jeqk,
        Op::JNeK => h_jnek,
        Op::JLtSK => h_jltsk,
        Op::JLeSK => h_jlesk,
        Op::JGtSK => h_jgtsk,
        Op::JGeSK => h_jgesk,
        Op::IncJLtS => h_incjlts,
        Op::LoadG => h_loadg,
        Op::StoreG => h_storeg,
        Op::Call => return (h_call, true),
        Op::FuncVal => return (h_funcval, true),
        Op::CallClosure => h_callclosure,
        Op::Ret => h_ret,
        Op::Defer => super::gopanic::h_defer,
        Op::DeferPop => super::gopanic::h_deferpop,
        Op::Panic => super::gopanic::h_panic,
        Op::Recover => super::gopanic::h_recover,
        Op::PanicPlain => super::gopanic::h_panicplain,
        Op::Exit => h_exit,
        Op::PrintLock => h_printlock,
        Op::PrintUnlock => h_printunlock,
        Op::PrintS => h_prints,
        Op::PrintU => h_printu,
        Op::PrintF64 => h_printf64,
        Op::PrintF32 => h_printf32,
        Op::PrintBool => h_printbool,
        Op::PrintStr => h_printstr,
        Op::PrintPtr => h_printptr,
        Op::PrintC128 => h_printc128,
        Op::PrintC64 => h_printc64,
        Op::PrintSp => h_printsp,
        Op::PrintNl => h_printnl,
        Op::Go => return (h_go, true),
        Op::GoClosure => h_goclosure,
        Op::MakeChan => return (h_makechan, true),
        Op::ChanSend => h_chansend,
        Op::ChanRecv => h_chanrecv,
        Op::ChanClose => h_chanclose,
        Op::ChanLen => h_chanlen,
        Op::ChanCap => h_chancap,
        Op::Select => h_select,
        Op::Block => h_block,
        Op::UnlockOSThread => h_unlockosthread,
    };
    (h, false)
}
