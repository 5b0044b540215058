//! Linking: turns the compiler's [`bytecode::Program`] into threaded code
//! the machine runs.
//!
//! Each function becomes a [`FuncInfo`] in a stable heap allocation (call
//! words point at it); its instructions become words whose first field is
//! the handler. Branch offsets, given in instructions, are rewritten in
//! words (some instructions take an operand word). The data segment and
//! the global slots live as long as the [`Linked`] program, which must
//! outlive every goroutine running its code.

use super::handlers::{handler_for, stress_handler};
use super::{Ins, Word};
use crate::bytecode::{self, FuncMeta, Op};

/// A linked function: what a `Call` word points at, and what tracebacks
/// read.
#[repr(C)]
pub struct FuncInfo {
    /// This FuncInfo itself. A func value is a pointer to a closure
    /// object whose first word is the function's FuncInfo, so a pointer to
    /// a FuncInfo is also the func value of a plain function (gc's static
    /// `f·f` closure).
    pub this: *const FuncInfo,
    /// First word of the code.
    pub entry: *const Word,
    pub frame_slots: usize,
    pub meta: FuncMeta,
    pub code: Box<[Word]>,
    /// Source line of each word.
    pub lines: Box<[u32]>,
    /// Word indices of the last word of each call gc inlines (see
    /// `FuncMeta::inlined_calls`), sorted.
    pub inlined: Box<[u32]>,
}

impl FuncInfo {
    /// Whether the call whose return address is `ret` is one gc inlines.
    pub fn is_inlined_call(&self, ret: *const Word) -> bool {
        self.contains(ret.wrapping_sub(1))
            && self
                .inlined
                .binary_search(&(self.word_index(ret.wrapping_sub(1)) as u32))
                .is_ok()
    }
}

impl FuncInfo {
    /// Whether `pc` points into this function's code.
    pub fn contains(&self, pc: *const Word) -> bool {
        let start = self.code.as_ptr();
        // SAFETY: one past the end of the code slice is a valid pointer.
        let end = unsafe { start.add(self.code.len()) };
        pc >= start && pc < end
    }

    /// Index of the word at `pc` (which must be inside the function).
    pub fn word_index(&self, pc: *const Word) -> usize {
        (pc as usize - self.code.as_ptr() as usize) / size_of::<Word>()
    }
}

/// A program ready to run.
pub struct Linked {
    pub funcs: Vec<Box<FuncInfo>>,
    /// Read-only data (string constants, type descriptors, itabs), in
    /// words so that it is 8-byte aligned; `RoData` words point into it.
    pub rodata: Box<[u64]>,
    /// The writable data segment (backing arrays of statically
    /// initialized variables).
    pub data: Box<[u64]>,
    pub globals: Box<[u64]>,
    pub entry: usize,
    /// Addresses of the itabs the compiler emitted.
    pub itabs: Vec<usize>,
    pub runtime_types: Option<bytecode::RuntimeTypes>,
    /// The debug modes it was linked in.
    pub options: LinkOptions,
    /// The `gopanic` pseudo-function (see `gopanic.rs`): its first word
    /// is where deferred calls run by a panic return, its second where
    /// preprintpanics' method calls return. Also in `funcs`, so that
    /// tracebacks find it.
    gopanic: *const FuncInfo,
}

// SAFETY: a linked program is immutable after `link` (globals are only
// written through the machine, by goroutines of this program), and the
// raw pointers in it point into its own boxes.
unsafe impl Send for Linked {}

impl Linked {
    /// The return address of a deferred call run by a panic.
    pub fn gopanic_continue(&self) -> *const Word {
        // SAFETY: gopanic points at a FuncInfo in self.funcs, whose code
        // has three words.
        unsafe { (*self.gopanic).entry.add(1) }
    }

    /// The return address of preprintpanics' `Error`/`String` calls.
    pub fn gopanic_preprint(&self) -> *const Word {
        // SAFETY: as gopanic_continue.
        unsafe { (*self.gopanic).entry.add(2) }
    }

    /// The program's type data, for resolving descriptor offsets.
    pub fn module(&self) -> crate::abi::Module {
        crate::abi::Module {
            types: self.rodata.as_ptr().cast(),
        }
    }

    /// The function whose code contains `pc`.
    pub fn func_at(&self, pc: *const Word) -> Option<&FuncInfo> {
        self.funcs.iter().map(|f| &**f).find(|f| f.contains(pc))
    }
}

/// Why a program cannot be linked (a compiler bug: the compiler's output
/// broke a bytecode invariant).
#[derive(Debug, thiserror::Error)]
pub enum LinkError {
    #[error("{func}: instruction {index} ({op}) operand does not fit 32 bits: {k}")]
    Wide {
        func: String,
        index: usize,
        op: &'static str,
        k: i64,
    },
    #[error("{func}: instruction {index} calls function {k}, which does not exist")]
    NoFunc { func: String, index: usize, k: i64 },
    #[error("{func}: instruction {index} branches outside the function")]
    Branch { func: String, index: usize },
    #[error("relocation at rodata+{0} is misaligned or points outside the program")]
    Reloc(u32),
}

/// How to link: goviz's debug modes.
#[derive(Clone, Copy, Debug, Default)]
pub struct LinkOptions {
    /// The stack-copy stress mode: every call moves the goroutine's stack
    /// to a fresh one and poisons the old one, so a pointer into a stack
    /// that the runtime does not adjust breaks the program
    /// (`GOVIZ_STRESS_STACKS=1`). Time-based preemption waits 100 times
    /// Go's 10 ms in it (calls are far slower).
    pub stress_stacks: bool,
}

/// Links `prog`.
pub fn link(prog: &bytecode::Program) -> Result<Linked, LinkError> {
    link_with(prog, LinkOptions::default())
}

/// Links `prog` with debug modes.
pub fn link_with(prog: &bytecode::Program, opts: LinkOptions) -> Result<Linked, LinkError> {
    let mut rodata = words_of(&prog.rodata);
    let mut data = words_of(&prog.data);
    let mut globals = vec![0u64; prog.global_slots as usize].into_boxed_slice();
    for (g, &v) in globals.iter_mut().zip(&prog.global_init) {
        *g = v;
    }
    let mut funcs: Vec<Box<FuncInfo>> = prog
        .funcs
        .iter()
        .map(|f| {
            Box::new(FuncInfo {
                this: std::ptr::null(),
                entry: std::ptr::null(),
                frame_slots: f.frame_slots as usize,
                meta: f.meta.clone(),
                code: Box::new([]),
                lines: Box::new([]),
                inlined: Box::new([]),
            })
        })
        .collect();
    let infos: Vec<*const FuncInfo> = funcs.iter().map(|f| &**f as *const FuncInfo).collect();
    let targets = Targets {
        rodata: rodata.as_ptr() as u64,
        rodata_len: rodata.len() * 8,
        data: data.as_ptr() as u64,
        data_len: data.len() * 8,
        infos: &infos,
    };
    relocate(&mut rodata, &prog.relocs, &targets)?;
    relocate(&mut data, &prog.data_relocs, &targets)?;
    relocate(&mut globals, &prog.global_relocs, &targets)?;
    let rodata_bytes = bytes_of(&rodata, prog.rodata.len());
    for (f, info) in prog.funcs.iter().zip(funcs.iter_mut()) {
        let (code, lines, inlined) = link_func(f, &infos, rodata_bytes, opts)?;
        info.code = code;
        info.lines = lines;
        info.inlined = inlined;
        info.entry = info.code.as_ptr();
        info.this = &**info as *const FuncInfo;
    }
    let base = rodata.as_ptr() as usize;
    let itabs = prog
        .itabs
        .iter()
        .map(|&o| {
            (o as usize + layout_itab_end() <= rodata.len() * 8)
                .then_some(base + o as usize)
                .ok_or(LinkError::Reloc(o))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let gopanic = gopanic_func(&prog.panic_site);
    let gopanic_ptr = &*gopanic as *const FuncInfo;
    funcs.push(gopanic);
    Ok(Linked {
        itabs,
        runtime_types: prog.runtime_types,
        options: opts,
        gopanic: gopanic_ptr,
        funcs,
        rodata,
        data,
        globals,
        entry: prog.entry,
    })
}

/// The `gopanic` pseudo-function: a frame of the panic value's two
/// words, shown in tracebacks as gc's `panic({...})` at Go's call site
/// of deferred functions. Its words after the first continue a panic:
/// tracebacks look up a return address one word back, so the first
/// (never run) word keeps that lookup inside the function.
fn gopanic_func(site: &(String, u32)) -> Box<FuncInfo> {
    use super::gopanic::{GOPANIC_SLOTS, h_paniccontinue, h_preprintreturn};
    use bytecode::ArgWord;
    let word = |h: super::Handler| Word {
        ins: Ins {
            h,
            a: 0,
            b: 0,
            k: 0,
        },
    };
    let code: Box<[Word]> = Box::new([
        word(h_paniccontinue),
        word(h_paniccontinue),
        word(h_preprintreturn),
    ]);
    let header = bytecode::FRAME_HEADER;
    let mut f = Box::new(FuncInfo {
        this: std::ptr::null(),
        entry: code.as_ptr(),
        frame_slots: GOPANIC_SLOTS,
        meta: FuncMeta {
            name: "panic".to_string(),
            file: site.0.clone(),
            line: site.1,
            args: vec![ArgWord::Open(header), ArgWord::Close(header + 1)],
            wrapper: false,
            inlined_calls: vec![],
        },
        code,
        lines: Box::new([site.1; 3]),
        inlined: Box::new([]),
    });
    f.this = &*f as *const FuncInfo;
    f
}

/// Bytes an itab takes at least (its fixed part and one `Fun` word).
fn layout_itab_end() -> usize {
    crate::abi::layout::ITAB_FUN + 8
}

/// Where relocations point: the two data segments and the functions.
struct Targets<'a> {
    rodata: u64,
    rodata_len: usize,
    data: u64,
    data_len: usize,
    infos: &'a [*const FuncInfo],
}

impl Targets<'_> {
    fn address(&self, t: bytecode::RelocTarget, at: u32) -> Result<u64, LinkError> {
        let bad = LinkError::Reloc(at);
        match t {
            bytecode::RelocTarget::RoData(off) if (off as usize) <= self.rodata_len => {
                Ok(self.rodata + off as u64)
            }
            bytecode::RelocTarget::Data(off) if (off as usize) <= self.data_len => {
                Ok(self.data + off as u64)
            }
            bytecode::RelocTarget::Func(i) => Ok(*self.infos.get(i as usize).ok_or(bad)? as u64),
            _ => Err(bad),
        }
    }
}

/// Fills the address words of a segment (as words).
fn relocate(
    words: &mut [u64],
    relocs: &[bytecode::Reloc],
    targets: &Targets,
) -> Result<(), LinkError> {
    for r in relocs {
        let addr = targets.address(r.target, r.at)?;
        if !r.at.is_multiple_of(8) {
            return Err(LinkError::Reloc(r.at));
        }
        *words
            .get_mut(r.at as usize / 8)
            .ok_or(LinkError::Reloc(r.at))? = addr;
    }
    Ok(())
}

/// A byte image as 8-byte aligned words.
fn words_of(bytes: &[u8]) -> Box<[u64]> {
    let mut words = vec![0u64; bytes.len().div_ceil(8)].into_boxed_slice();
    for (w, chunk) in words.iter_mut().zip(bytes.chunks(8)) {
        let mut b = [0u8; 8];
        b[..chunk.len()].copy_from_slice(chunk);
        *w = u64::from_le_bytes(b);
    }
    words
}

/// The first `len` bytes of a word buffer.
fn bytes_of(words: &[u64], len: usize) -> &[u8] {
    // SAFETY: u64s are plain bytes; len <= words.len() * 8 (the buffer
    // was sized from len).
    unsafe { std::slice::from_raw_parts(words.as_ptr().cast::<u8>(), len) }
}

type Code = (Box<[Word]>, Box<[u32]>, Box<[u32]>);

fn link_func(
    f: &bytecode::Func,
    infos: &[*const FuncInfo],
    rodata: &[u8],
    opts: LinkOptions,
) -> Result<Code, LinkError> {
    let (rodata_len, rodata) = (rodata.len(), rodata.as_ptr());
    // Word index of each instruction (and one past the end).
    let mut at = Vec::with_capacity(f.code.len() + 1);
    let mut n = 0usize;
    for inst in &f.code {
        at.push(n);
        n += 1 + handler_for(inst.op, inst.k).1 as usize;
    }
    at.push(n);
    let mut inlined: Vec<u32> = f
        .meta
        .inlined_calls
        .iter()
        .filter_map(|&i| at.get(i as usize + 1).map(|&end| end as u32 - 1))
        .collect();
    inlined.sort_unstable();
    let mut code = Vec::with_capacity(n);
    let mut lines = Vec::with_capacity(n);
    for (i, inst) in f.code.iter().enumerate() {
        let (h, wide) = handler_for(inst.op, inst.k);
        let h = match stress_handler(inst.op) {
            Some(s) if opts.stress_stacks => s,
            _ => h,
        };
        let err_wide = || LinkError::Wide {
            func: f.meta.name.clone(),
            index: i,
            op: inst.op.name(),
            k: inst.k,
        };
        let format = inst.op.format();
        let k32 = if format.is_branch() {
            let target = i as i64 + inst.k;
            let t = usize::try_from(target)
                .ok()
                .filter(|&t| t < f.code.len())
                .ok_or(LinkError::Branch {
                    func: f.meta.name.clone(),
                    index: i,
                })?;
            i32::try_from(at[t] as i64 - at[i] as i64).map_err(|_| err_wide())?
        } else if format.has_c() {
            inst.c as i32
        } else if wide {
            0
        } else {
            i32::try_from(inst.k).map_err(|_| err_wide())?
        };
        code.push(Word {
            ins: Ins {
                h,
                a: inst.a,
                b: inst.b,
                k: k32,
            },
        });
        lines.push(f.lines[i]);
        if wide {
            let operand = match inst.op {
                Op::Call | Op::FuncVal | Op::Go => {
                    let callee = usize::try_from(inst.k).ok().and_then(|k| infos.get(k));
                    let callee = callee.ok_or(LinkError::NoFunc {
                        func: f.meta.name.clone(),
                        index: i,
                        k: inst.k,
                    })?;
                    *callee as u64
                }
                _ if matches!(format, bytecode::Format::AData | bytecode::Format::ABData) => {
                    let off = usize::try_from(inst.k)
                        .ok()
                        .filter(|&o| o <= rodata_len)
                        .ok_or_else(err_wide)?;
                    // SAFETY: off <= rodata's length, checked above.
                    unsafe { rodata.add(off) as u64 }
                }
                _ => inst.k as u64,
            };
            code.push(Word { raw: [operand, 0] });
            lines.push(f.lines[i]);
        }
    }
    Ok((
        code.into_boxed_slice(),
        lines.into_boxed_slice(),
        inlined.into_boxed_slice(),
    ))
}
