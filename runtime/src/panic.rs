//! Run-time errors and the fatal panic report.
//!
//! An unrecovered panic prints, as Go's `printpanics` and `traceback` do
//! at GOTRACEBACK=single: `panic: <message>`, a blank line,
//! `goroutine N [running]:`, then for each frame from the innermost
//! `pkg.func(args)` and `\t/abs/file.go:line +0xoff`; runtime frames are
//! hidden. The program then exits with status 2. (defer, recover and
//! panics with Go values arrive with the panic machinery; the error kinds
//! here are the ones the machine raises itself.)

use std::fmt;
use std::io::Write;

use crate::bytecode::{ArgWord, SLOT_CALLER_DIST, SLOT_RET_PC};
use crate::interp::{Linked, Word};
use crate::proc::G;

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
    /// A failed type assertion (`*runtime.TypeAssertionError`): the
    /// static interface type (None: "interface"), the dynamic type (None:
    /// nil), the asserted type, and the first missing method.
    TypeAssertion {
        iface: Option<String>,
        concrete: Option<String>,
        asserted: String,
        missing: Option<String>,
    },
    /// `==` on interfaces holding a type that is not comparable.
    Uncomparable(String),
    /// A map write through a nil map (a `plainError`: no "runtime error"
    /// prefix).
    NilMapAssign,
    /// Hashing a value whose dynamic type has no `==` (an interface in a
    /// map key).
    Unhashable(String),
    /// A lookup or delete with such a key on an empty or nil map, which
    /// reports `maps.unhashableTypeError`'s own wording.
    MapKeyUnhashable(String),
}

impl RuntimeError {
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
            RuntimeError::TypeAssertion {
                iface,
                concrete,
                asserted,
                missing,
            } => {
                let inter = iface.as_deref().unwrap_or("interface");
                match (concrete, missing) {
                    (None, _) => {
                        write!(f, "interface conversion: {inter} is nil, not {asserted}")
                    }
                    (Some(c), Some(m)) => write!(
                        f,
                        "interface conversion: {c} is not {asserted}: missing method {m}"
                    ),
                    (Some(c), None) => {
                        write!(f, "interface conversion: {inter} is {c}, not {asserted}")?;
                        if c == asserted {
                            f.write_str(" (types from different packages)")?;
                        }
                        Ok(())
                    }
                }
            }
            RuntimeError::Uncomparable(t) => {
                write!(f, "runtime error: comparing uncomparable type {t}")
            }
            RuntimeError::NilMapAssign => f.write_str("assignment to entry in nil map"),
            RuntimeError::Unhashable(t) => {
                write!(f, "runtime error: hash of unhashable type {t}")
            }
            RuntimeError::MapKeyUnhashable(t) => write!(f, "hash of unhashable type: {t}"),
        }
    }
}

/// Prints the report of an unrecovered panic in goroutine `g` stopped at
/// its saved pc/fp.
pub fn print_fatal_panic(prog: &Linked, g: &G, err: &RuntimeError) {
    let mut out = Vec::new();
    let _ = writeln!(out, "panic: {err}");
    if let Some(sig) = err.signal_line(g.sched.pc as usize) {
        let _ = writeln!(out, "{sig}");
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "goroutine {} [running]:", g.goid);
    traceback(prog, g.sched.pc, g.sched.fp, &mut out);
    crate::print::write_stderr(&out);
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
