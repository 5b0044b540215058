//! What every handler is made of: `next!` (tail-call the next word's
//! handler, or return to the loop), `taken!` (the same for a taken
//! branch, kept a separate dispatch site), `handler!` (the handler
//! shape), and operand access. Shared by `handlers.rs` and
//! `gopanic.rs`.

use super::Word;

/// Continues with the handler of the word at `$pc`.
macro_rules! next {
    ($pc:expr, $fp:expr, $ctx:expr) => {{
        let pc: *const Word = $pc;
        #[cfg(goviz_threaded)]
        {
            return ((*pc).ins.h)(pc, $fp, $ctx);
        }
        #[cfg(not(goviz_threaded))]
        {
            (*$ctx).pc = pc;
            (*$ctx).fp = $fp;
            return Status::Continue;
        }
    }};
}

/// `next!` for the taken side of a conditional branch. The empty asm
/// keeps LLVM from merging the two exits of the branch into a `cmov` and
/// one indirect jump, which costs 1.5-2.8x (interpreter-performance.md).
macro_rules! taken {
    ($pc:expr, $fp:expr, $ctx:expr) => {{
        #[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
        core::arch::asm!("", options(nomem, nostack, preserves_flags));
        next!($pc, $fp, $ctx)
    }};
}

/// Defines a handler. The body runs in an `unsafe` block: its raw slot
/// and code accesses rely on the bytecode invariants of `bytecode.rs`
/// (operands in frame, branch targets in function), which the compiler
/// guarantees and `link` preserves.
macro_rules! handler {
    ($vis:vis $name:ident, |$pc:ident, $fp:ident, $ctx:ident| $body:block) => {
        $vis unsafe extern "C" fn $name($pc: *const Word, $fp: *mut u64, $ctx: *mut Exec) -> Status {
            // SAFETY: see the macro's comment: operands are in the frame,
            // pc points at a linked instruction, ctx is the running M's.
            #[allow(unused_unsafe)]
            unsafe {
                $body
            }
        }
    };
}

#[inline(always)]
pub(super) unsafe fn ins(pc: *const Word) -> super::Ins {
    // SAFETY: pc points at an instruction word (caller's invariant).
    unsafe { (*pc).ins }
}

/// The slot `i` of the frame at `fp`.
#[inline(always)]
pub(super) unsafe fn slot(fp: *mut u64, i: u16) -> *mut u64 {
    // SAFETY: i is below the frame size (bytecode invariant), so the
    // result is inside the goroutine's stack.
    unsafe { fp.add(i as usize) }
}

/// The 64-bit operand word following the instruction at `pc`.
#[inline(always)]
pub(super) unsafe fn ext(pc: *const Word) -> u64 {
    // SAFETY: opcodes that read it are linked with an operand word.
    unsafe { (*pc.add(1)).raw[0] }
}
