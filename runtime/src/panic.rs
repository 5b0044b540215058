//! Run-time errors, the fatal panic report and the deadlock report.
//!
//! An unrecovered panic prints, as Go's `printpanics` and `traceback` do
//! at GOTRACEBACK=single: `panic: <message>`, a blank line,
//! `goroutine N [running]:`, then for each frame from the innermost
//! `pkg.func(args)` and `\t/abs/file.go:line +0xoff`; runtime frames are
//! hidden; a goroutine other than main ends with `created by F in
//! goroutine P` and the `go` statement's line. The program then exits
//! with status 2. A deadlock prints `fatal error: all goroutines are
//! asleep - deadlock!` and every live user goroutine in allgs order with
//! its wait reason. (defer, recover and panics with Go values arrive with
//! the panic machinery; the error kinds here are the ones the machine
//! raises itself.)

use std::fmt;
use std::io::Write;

use crate::bytecode::{ArgWord, SLOT_CALLER_DIST, SLOT_RET_PC};
use crate::interp::{Linked, Word};
use crate::proc::{G, GStatus};

/// A run-time error raised by the machine (Go's `runtime.Error` values).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuntimeError {
    DivideByZero,
    NegativeShift,
    /// Index out of range (slices, arrays and strings).
    Index {
        index: i64,
        len: i64,
    },
    /// A nil pointer dereference at this address (the field offset), as
    /// gc's signal handler reports a fault below the zero page.
    NilDeref {
        addr: u64,
    },
    MakeSliceLen,
    MakeSliceCap,
    GrowSliceLen,
    /// `s[:hi]` beyond the capacity (`len_word`: "length" for strings and
    /// arrays, else "capacity").
    SliceHi {
        hi: i64,
        cap: i64,
        len_word: bool,
    },
    /// `s[lo:hi]` with lo > hi.
    SliceLo {
        lo: i64,
        hi: i64,
    },
    /// unsafe.Slice / unsafe.String (`string` true) with a bad length.
    UnsafeLen {
        string: bool,
    },
    /// unsafe.Slice / unsafe.String with a nil pointer and a length.
    UnsafeNilPtr {
        string: bool,
    },
    /// `s[::max]` beyond the capacity (or length, for arrays).
    Slice3Max {
        max: i64,
        cap: i64,
        len_word: bool,
    },
    /// `s[:hi:max]` with hi > max.
    Slice3Hi {
        hi: i64,
        max: i64,
    },
    /// `s[lo:hi:]` with lo > hi.
    Slice3Lo {
        lo: i64,
        hi: i64,
    },
    // Channel misuse: Go's plainErrors (no `runtime error: ` prefix).
    SendOnClosed,
    CloseOfClosed,
    CloseOfNil,
    MakeChanSize,
    /// `go f()` of a nil func value: a fatal error, not a panic.
    GoNilFunc,
}

impl RuntimeError {
    /// How the report begins: Go's `fatal` errors cannot be recovered
    /// and say so.
    fn prefix(&self) -> &'static str {
        match self {
            RuntimeError::GoNilFunc => "fatal error",
            _ => "panic",
        }
    }

    /// The `[signal ...]` line gc prints after the message of a panic
    /// that came from a fault.
    fn signal_line(&self, pc: usize) -> Option<String> {
        match self {
            RuntimeError::NilDeref { addr } => Some(format!(
                "[signal SIGSEGV: segmentation violation code=0x1 addr={addr:#x} pc={pc:#x}]"
            )),
            _ => None,
        }
    }
}

impl fmt::Display for RuntimeError {
    /// The message of the error's `Error()` method.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuntimeError::DivideByZero => f.write_str("runtime error: integer divide by zero"),
            RuntimeError::NegativeShift => f.write_str("runtime error: negative shift amount"),
            RuntimeError::Index { index, .. } if *index < 0 => {
                write!(f, "runtime error: index out of range [{index}]")
            }
            RuntimeError::Index { index, len } => {
                write!(
                    f,
                    "runtime error: index out of range [{index}] with length {len}"
                )
            }
            RuntimeError::NilDeref { .. } => {
                f.write_str("runtime error: invalid memory address or nil pointer dereference")
            }
            RuntimeError::MakeSliceLen => f.write_str("runtime error: makeslice: len out of range"),
            RuntimeError::MakeSliceCap => f.write_str("runtime error: makeslice: cap out of range"),
            RuntimeError::GrowSliceLen => f.write_str("runtime error: growslice: len out of range"),
            RuntimeError::SliceHi { hi, .. } if *hi < 0 => {
                write!(f, "runtime error: slice bounds out of range [:{hi}]")
            }
            RuntimeError::SliceHi { hi, cap, len_word } => {
                let what = if *len_word { "length" } else { "capacity" };
                write!(
                    f,
                    "runtime error: slice bounds out of range [:{hi}] with {what} {cap}"
                )
            }
            RuntimeError::SliceLo { lo, .. } if *lo < 0 => {
                write!(f, "runtime error: slice bounds out of range [{lo}:]")
            }
            RuntimeError::SliceLo { lo, hi } => {
                write!(f, "runtime error: slice bounds out of range [{lo}:{hi}]")
            }
            RuntimeError::UnsafeLen { string } => {
                let f_ = if *string { "String" } else { "Slice" };
                write!(f, "runtime error: unsafe.{f_}: len out of range")
            }
            RuntimeError::UnsafeNilPtr { string } => {
                let f_ = if *string { "String" } else { "Slice" };
                write!(
                    f,
                    "runtime error: unsafe.{f_}: ptr is nil and len is not zero"
                )
            }
            RuntimeError::Slice3Max { max, .. } if *max < 0 => {
                write!(f, "runtime error: slice bounds out of range [::{max}]")
            }
            RuntimeError::Slice3Max { max, cap, len_word } => {
                let what = if *len_word { "length" } else { "capacity" };
                write!(
                    f,
                    "runtime error: slice bounds out of range [::{max}] with {what} {cap}"
                )
            }
            RuntimeError::Slice3Hi { hi, .. } if *hi < 0 => {
                write!(f, "runtime error: slice bounds out of range [:{hi}:]")
            }
            RuntimeError::Slice3Hi { hi, max } => {
                write!(f, "runtime error: slice bounds out of range [:{hi}:{max}]")
            }
            RuntimeError::Slice3Lo { lo, .. } if *lo < 0 => {
                write!(f, "runtime error: slice bounds out of range [{lo}::]")
            }
            RuntimeError::Slice3Lo { lo, hi } => {
                write!(f, "runtime error: slice bounds out of range [{lo}:{hi}:]")
            }
            RuntimeError::SendOnClosed => f.write_str("send on closed channel"),
            RuntimeError::CloseOfClosed => f.write_str("close of closed channel"),
            RuntimeError::CloseOfNil => f.write_str("close of nil channel"),
            RuntimeError::MakeChanSize => f.write_str("makechan: size out of range"),
            RuntimeError::GoNilFunc => f.write_str("go of nil func value"),
        }
    }
}

/// Prints the report of an unrecovered panic in goroutine `g` stopped at
/// its saved pc/fp (GOTRACEBACK=single: only that goroutine).
pub fn print_fatal_panic(prog: &Linked, g: &G, err: &RuntimeError) {
    let mut out = Vec::new();
    let _ = writeln!(out, "{}: {err}", err.prefix());
    if let Some(sig) = err.signal_line(g.sched.pc as usize) {
        let _ = writeln!(out, "{sig}");
    }
    let _ = writeln!(out);
    goroutine_dump(prog, g, "running", &mut out);
    crate::print::write_stderr(&out);
}

/// Prints Go's deadlock report (`checkdead`): the fatal error, then every
/// goroutine still alive in allgs order, as `tracebackothers` does from
/// the scheduler (no current goroutine).
pub fn print_deadlock(prog: &Linked, allgs: &[Box<G>]) {
    let mut out = b"fatal error: all goroutines are asleep - deadlock!\n".to_vec();
    for g in allgs
        .iter()
        .filter(|g| g.status != GStatus::Dead && g.system.is_none())
    {
        let _ = writeln!(out);
        // A panic's report has no such suffix: runtime.main's deferred
        // unlockOSThread has run by the time it prints.
        let locked = if g.lockedm { ", locked to thread" } else { "" };
        let status = format!("{}{locked}", g.status_text());
        goroutine_dump(prog, g, &status, &mut out);
    }
    crate::print::write_stderr(&out);
}

/// One goroutine of a dump: `goroutine N [status]:`, its frames, and for
/// goroutines other than main the `created by` lines (Go's
/// `printcreatedby`).
fn goroutine_dump(prog: &Linked, g: &G, status: &str, out: &mut Vec<u8>) {
    let _ = writeln!(out, "goroutine {} [{status}]:", g.goid);
    traceback(prog, g.sched.pc, g.sched.fp, out);
    if let Some(f) = prog.func_at(g.gopc) {
        let idx = f.word_index(g.gopc);
        let _ = writeln!(
            out,
            "created by {} in goroutine {}\n\t{}:{} +{:#x}",
            f.meta.name,
            g.parent_goid,
            f.meta.file,
            f.lines[idx],
            idx * size_of::<Word>()
        );
    }
}

/// Appends the frames from (pc, fp) outwards. `pc` is the faulting
/// instruction in the innermost frame and a return address in the
/// others; a return address is reported at the call before it, as Go's
/// `tracepc = pc - 1` does.
fn traceback(prog: &Linked, mut pc: *const Word, mut fp: *mut u64, out: &mut Vec<u8>) {
    let mut innermost = true;
    while !pc.is_null() {
        // SAFETY: a return address is one word past a call (the call's
        // operand word is at pc - 1), so pc - 1 is inside the caller.
        let at = if innermost { pc } else { unsafe { pc.sub(1) } };
        let Some(f) = prog.func_at(at) else { break };
        if !f.meta.name.starts_with("runtime.") {
            let idx = f.word_index(at);
            let off = f.word_index(pc) * size_of::<Word>();
            let _ = write!(out, "{}(", f.meta.name);
            // SAFETY: fp is the frame of f, whose parameters are slots.
            unsafe { print_args(&f.meta.args, fp, out) };
            // As gc: no offset when the pc is the function's entry.
            let _ = write!(out, ")\n\t{}:{}", f.meta.file, f.lines[idx]);
            let _ = if off == 0 {
                writeln!(out)
            } else {
                writeln!(out, " +{off:#x}")
            };
        }
        // SAFETY: fp is a live frame; its header links to the caller.
        unsafe {
            pc = *fp.add(SLOT_RET_PC) as *const Word;
            fp = fp.sub(*fp.add(SLOT_CALLER_DIST) as usize);
        }
        innermost = false;
    }
}

/// gc's `printArgs`: each word in hex, multi-word values in braces,
/// at most 10 words, then `...`.
///
/// # Safety
/// `fp` must be the frame the argument layout describes.
unsafe fn print_args(args: &[ArgWord], fp: *mut u64, out: &mut Vec<u8>) {
    const LIMIT: usize = 10;
    for (i, w) in args.iter().enumerate() {
        if i == LIMIT {
            out.extend_from_slice(b", ...");
            break;
        }
        if i > 0 {
            out.extend_from_slice(b", ");
        }
        let (open, slot, close) = match *w {
            ArgWord::Word(s) | ArgWord::Inner(s) => (false, s, false),
            ArgWord::Open(s) => (true, s, false),
            ArgWord::Close(s) => (false, s, true),
        };
        if open {
            out.push(b'{');
        }
        // SAFETY: the slot is a parameter slot of this frame.
        let v = unsafe { *fp.add(slot as usize) };
        let _ = write!(out, "{v:#x}");
        if close {
            out.push(b'}');
        }
    }
}
