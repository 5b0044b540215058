//! Run-time errors, the fatal panic report and the deadlock report.
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
use crate::proc::{G, GStatus};

/// A run-time error raised by the machine (Go's `runtime.Error` values).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuntimeError {
    DivideByZero,
    NegativeShift,
    /// Index out of range (slices, arrays and strings); an index of an
    /// unsigned type (`signed` false) is reported as unsigned.
    Index {
        index: i64,
        len: i64,
        signed: bool,
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
    /// `[N]T(s)` or `(*[N]T)(s)` with len(s) < N.
    SliceToArray {
        len: i64,
        want: i64,
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
    /// `panic(nil)` (`*runtime.PanicNilError`).
    PanicNil,
    /// A run-time panic with this message and no "runtime error: "
    /// prefix (`runtime.plainError`): panicwrap's.
    Plain(String),
    // Channel misuse: Go's plainErrors (no `runtime error: ` prefix).
    SendOnClosed,
    CloseOfClosed,
    CloseOfNil,
    MakeChanSize,
    /// `go f()` of a nil func value: a fatal error, not a panic.
    GoNilFunc,
}

/// Which of package runtime's error types a run-time error is a value
/// of (see `goviz/rterror`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorType {
    /// `errorString`: its Error() is "runtime error: " + the text.
    ErrorString,
    /// `plainError`: the text alone.
    Plain,
    /// `boundsError`: "runtime error: " + the text.
    Bounds,
    /// `*TypeAssertionError`: the text alone.
    TypeAssertion,
    /// `*PanicNilError`.
    PanicNil,
}

impl RuntimeError {
    /// The Go type of this error's value.
    pub fn go_type(&self) -> ErrorType {
        use RuntimeError::*;
        match self {
            DivideByZero
            | NegativeShift
            | NilDeref { .. }
            | MakeSliceLen
            | MakeSliceCap
            | GrowSliceLen
            | UnsafeLen { .. }
            | UnsafeNilPtr { .. }
            | Uncomparable(_)
            | Unhashable(_) => ErrorType::ErrorString,
            // Go's `maps.unhashableTypeError` is a runtime.Error whose
            // Error() is the text alone, as a plainError's.
            NilMapAssign | MapKeyUnhashable(_) => ErrorType::Plain,
            Index { .. }
            | SliceHi { .. }
            | SliceLo { .. }
            | Slice3Max { .. }
            | Slice3Hi { .. }
            | Slice3Lo { .. }
            | SliceToArray { .. } => ErrorType::Bounds,
            TypeAssertion { .. } => ErrorType::TypeAssertion,
            PanicNil => ErrorType::PanicNil,
            Plain(_) | SendOnClosed | CloseOfClosed | CloseOfNil | MakeChanSize | GoNilFunc => {
                ErrorType::Plain
            }
        }
    }

    /// The text the Go value holds: the message without the
    /// "runtime error: " its type's Error method adds back.
    pub fn value_text(&self) -> String {
        let s = self.to_string();
        match self.go_type() {
            ErrorType::ErrorString | ErrorType::Bounds => s
                .strip_prefix("runtime error: ")
                .map(str::to_string)
                .unwrap_or(s),
            _ => s,
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
            RuntimeError::Index {
                index,
                signed: true,
                ..
            } if *index < 0 => {
                write!(f, "runtime error: index out of range [{index}]")
            }
            RuntimeError::Index {
                index,
                len,
                signed: false,
            } => {
                let index = *index as u64;
                write!(
                    f,
                    "runtime error: index out of range [{index}] with length {len}"
                )
            }
            RuntimeError::Index { index, len, .. } => {
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
            RuntimeError::SliceToArray { len, want } => write!(
                f,
                "runtime error: cannot convert slice with length {len} to array or pointer to array with length {want}"
            ),
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
            RuntimeError::PanicNil => f.write_str("runtime error: panic called with nil argument"),
            RuntimeError::Plain(m) => f.write_str(m),
            RuntimeError::SendOnClosed => f.write_str("send on closed channel"),
            RuntimeError::CloseOfClosed => f.write_str("close of closed channel"),
            RuntimeError::CloseOfNil => f.write_str("close of nil channel"),
            RuntimeError::MakeChanSize => f.write_str("makechan: size out of range"),
            RuntimeError::GoNilFunc => f.write_str("go of nil func value"),
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

/// The value a goroutine panics with.
#[derive(Clone, Debug, PartialEq)]
pub enum PanicValue {
    /// A Go value (`panic(v)`): an empty interface's type and data words.
    Go(u64, u64),
    /// A run-time error the machine raised.
    Runtime(RuntimeError),
}

/// A deferred call (Go's `_defer`): the func value to call, the frame
/// that deferred it (as a slot offset from its stack's base, since
/// stacks move), and where that frame continues after a recovery (its
/// deferreturn code).
#[derive(Clone, Copy, Debug)]
pub struct Defer {
    pub func: u64,
    pub frame: usize,
    pub deferreturn: *const Word,
}

/// An active panic (Go's `_panic`). Its `gopanic` frame sits above the
/// frame that panicked; deferred calls run above it.
#[derive(Clone, Debug)]
pub struct Panic {
    pub value: PanicValue,
    /// The value as an empty interface (a run-time error's made by the
    /// machine): what recover() returns, and what re-panics compare.
    pub words: (u64, u64),
    /// Slot offset of the `gopanic` frame from the stack's base.
    pub frame: usize,
    pub recovered: bool,
    /// The deferred call running for this panic.
    pub running: Option<Defer>,
    /// A later panic re-panicked with this one's value.
    pub repanicked: bool,
    /// What its `Error`/`String` method returned (preprintpanics).
    pub printed: Option<Vec<u8>>,
}

/// Prints the report of an unrecovered panic chain (oldest first) in
/// goroutine `g`, whose innermost panic stopped at `pc` in frame `fp`.
pub fn print_fatal_panic(prog: &Linked, g: &G, chain: &[Panic], pc: *const Word, fp: *mut u64) {
    let mut out = Vec::new();
    let module = prog.module();
    for (i, p) in chain.iter().enumerate() {
        if i > 0 {
            // A re-panic with its predecessor's value is not printed
            // again; the panics after it are (Go's printpanics).
            if chain[i - 1].repanicked {
                continue;
            }
            out.push(b'\t');
        }
        out.extend_from_slice(b"panic: ");
        print_panic_value(&mut out, p, &module);
        if p.recovered && p.repanicked {
            out.extend_from_slice(b" [recovered, repanicked]");
        } else if p.recovered {
            out.extend_from_slice(b" [recovered]");
        }
        out.push(b'\n');
    }
    if let Some(PanicValue::Runtime(err)) = chain.last().map(|p| &p.value)
        && let Some(sig) = err.signal_line(pc as usize)
    {
        let _ = writeln!(out, "{sig}");
    }
    let _ = writeln!(out);
    goroutine_dump(prog, g, "running", pc, fp, &mut out);
    crate::print::write_stderr(&out);
}

/// Prints a fatal error raised by the machine (`fatal error: msg`) and
/// the goroutine's stack, stopped at its saved pc/fp; it cannot be
/// recovered.
pub fn print_fatal_error(prog: &Linked, g: &G, err: &RuntimeError) {
    let mut out = Vec::new();
    let _ = writeln!(out, "fatal error: {err}");
    let _ = writeln!(out);
    goroutine_dump(prog, g, "running", g.sched.pc, g.sched.fp, &mut out);
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
        goroutine_dump(prog, g, &status, g.sched.pc, g.sched.fp, &mut out);
    }
    crate::print::write_stderr(&out);
}

/// One goroutine of a dump, stopped at `pc` in frame `fp`: `goroutine N
/// [status]:`, its frames, and for goroutines other than main the
/// `created by` lines (Go's `printcreatedby`).
fn goroutine_dump(
    prog: &Linked,
    g: &G,
    status: &str,
    pc: *const Word,
    fp: *mut u64,
    out: &mut Vec<u8>,
) {
    let _ = writeln!(out, "goroutine {} [{status}]:", g.goid);
    traceback(prog, pc, fp, g.entry_inlined, out);
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

/// Go's `printpanicval`: a converted `Error`/`String` result or a
/// string as text (each newline followed by a tab), basic kinds as
/// `print` prints them, named basic types as `T(v)`, anything else as
/// `(T) 0xdata`.
fn print_panic_value(out: &mut Vec<u8>, p: &Panic, module: &crate::abi::Module) {
    use crate::abi::{TypeRef, kind};
    if let Some(text) = &p.printed {
        return print_indented(out, text);
    }
    let (typ, data) = match &p.value {
        PanicValue::Runtime(e) => return print_indented(out, e.to_string().as_bytes()),
        PanicValue::Go(0, _) => return out.extend_from_slice(b"nil"),
        PanicValue::Go(t, d) => (TypeRef(*t as *const u8), *d as usize),
    };
    let k = typ.kind();
    let name = typ.string(module);
    // A declared type (`main.MyInt`), not a predeclared one (`int`).
    let named = name.contains('.');
    // SAFETY: data points at a value of typ (an indirect interface's
    // data word), or is the value for pointer-shaped types.
    let scalar = |out: &mut Vec<u8>| unsafe { print_scalar(out, k, data) };
    match k {
        kind::STRING if !named => {
            // SAFETY: a string value: pointer and length words.
            let b = unsafe { string_at(data) };
            print_indented(out, b);
        }
        kind::STRING => {
            let _ = write!(out, "{name}(\"");
            // SAFETY: as above.
            print_indented(out, unsafe { string_at(data) });
            out.extend_from_slice(b"\")");
        }
        kind::BOOL..=kind::COMPLEX128 if !named => scalar(out),
        kind::COMPLEX64 | kind::COMPLEX128 => {
            out.extend_from_slice(name.as_bytes());
            scalar(out);
        }
        kind::BOOL..=kind::FLOAT64 => {
            let _ = write!(out, "{name}(");
            scalar(out);
            out.push(b')');
        }
        _ => {
            let _ = write!(out, "({name}) {data:#x}");
        }
    }
}

/// The bytes of the string value at `p`.
///
/// # Safety
/// `p` must point at a Go string (pointer, length).
unsafe fn string_at(p: usize) -> &'static [u8] {
    // SAFETY: per the contract; string bytes are immutable.
    unsafe {
        let (ptr, len) = (crate::mem::load64(p), crate::mem::load64(p + 8));
        if len == 0 {
            return &[];
        }
        std::slice::from_raw_parts(ptr as *const u8, len as usize)
    }
}

/// Prints the basic value of kind `k` at `p` as `print` does.
///
/// # Safety
/// `p` must point at a value of kind `k`.
unsafe fn print_scalar(out: &mut Vec<u8>, k: u8, p: usize) {
    use crate::abi::kind;
    use crate::mem::{load8, load16, load32, load64};
    use crate::print;
    // SAFETY: per the contract.
    unsafe {
        match k {
            kind::BOOL => print::bool(out, load8(p) != 0),
            kind::INT8 => print::int(out, load8(p) as i8 as i64),
            kind::INT16 => print::int(out, load16(p) as i16 as i64),
            kind::INT32 => print::int(out, load32(p) as i32 as i64),
            kind::INT | kind::INT64 => print::int(out, load64(p) as i64),
            kind::UINT8 => print::uint(out, load8(p) as u64),
            kind::UINT16 => print::uint(out, load16(p) as u64),
            kind::UINT32 => print::uint(out, load32(p) as u64),
            kind::UINT | kind::UINT64 | kind::UINTPTR => print::uint(out, load64(p)),
            kind::FLOAT32 => print::float(out, f32::from_bits(load32(p)) as f64, 32),
            kind::FLOAT64 => print::float(out, f64::from_bits(load64(p)), 64),
            kind::COMPLEX64 => print::complex(
                out,
                f32::from_bits(load32(p)) as f64,
                f32::from_bits(load32(p + 4)) as f64,
                32,
            ),
            _ => print::complex(
                out,
                f64::from_bits(load64(p)),
                f64::from_bits(load64(p + 8)),
                64,
            ),
        }
    }
}

/// Go's `printindented`: each newline is followed by a tab.
fn print_indented(out: &mut Vec<u8>, s: &[u8]) {
    for &b in s {
        out.push(b);
        if b == b'\n' {
            out.push(b'\t');
        }
    }
}

/// Appends the frames from (pc, fp) outwards. `pc` is the faulting
/// instruction in the innermost frame and a return address in the
/// others; a return address is reported at the call before it, as Go's
/// `tracepc = pc - 1` does.
fn traceback(
    prog: &Linked,
    mut pc: *const Word,
    mut fp: *mut u64,
    entry_inlined: bool,
    out: &mut Vec<u8>,
) {
    let mut innermost = true;
    // Whether the frame printed last (the callee) is the gopanic frame.
    let mut callee_panics = false;
    while !pc.is_null() {
        // SAFETY: a return address is one word past a call (the call's
        // operand word is at pc - 1), so pc - 1 is inside the caller.
        let at = if innermost { pc } else { unsafe { pc.sub(1) } };
        let Some(f) = prog.func_at(at) else { break };
        // SAFETY: fp is a live frame; its header holds the return pc.
        let ret = unsafe { *fp.add(SLOT_RET_PC) } as *const Word;
        let inlined = if ret.is_null() {
            entry_inlined
        } else {
            prog.func_at(ret.wrapping_sub(1))
                .is_some_and(|c| c.is_inlined_call(ret))
        };
        // gc's showfuncinfo: runtime frames are hidden, and so are
        // wrappers, unless the wrapper itself panicked.
        let hidden =
            f.meta.name.starts_with("runtime.") || f.meta.wrapper && !innermost && !callee_panics;
        callee_panics = f.meta.name == "panic";
        if !hidden {
            let idx = f.word_index(at);
            let off = f.word_index(pc) * size_of::<Word>();
            let _ = write!(out, "{}(", f.meta.name);
            if inlined {
                // gc prints an inlined frame with `...` for its arguments
                // and no pc offset.
                let _ = writeln!(out, "...)\n\t{}:{}", f.meta.file, f.lines[idx]);
            } else {
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
