//! The bytecode the compiler emits and the machine runs: the contract
//! between `goviz-compiler` and the interpreter.
//!
//! A function's frame is an array of 8-byte slots in its goroutine's
//! stack. Slots 0..[`FRAME_HEADER`] are the frame header written by the
//! call (return pc, the caller's frame distance, the closure context);
//! the parameters follow, then the results, then locals and temporaries.
//! A call passes arguments by frame overlap: the caller writes them into
//! its own slots `base+FRAME_HEADER..`, which become the callee's
//! parameter slots, and reads the results from the slots after them.
//!
//! Invariants the compiler guarantees (the machine does not re-check
//! them on the fast path):
//! - every slot operand is below the function's `frame_slots`;
//! - a slot holding an integer narrower than 64 bits holds it sign- or
//!   zero-extended to 64 bits (per its type's signedness); a bool is 0 or
//!   1; a float32 is held as the bits of the float64 with the same value
//!   (every float32 is exactly representable), rounded to float32 by
//!   [`Op::RoundF32`] after each arithmetic step;
//! - branch offsets are relative to the branch instruction, in
//!   instructions, and land on an instruction of the same function;
//! - a call's `base + FRAME_HEADER + args` fits the caller's frame.
//!
//! The compiler's form, [`Inst`], has an opcode; the machine links it
//! into threaded words that hold the handler address (see `interp`), so
//! this form can be cached on disk and the handler addresses cannot.

/// Slots of the frame header: return pc, caller frame distance, closure
/// context.
pub const FRAME_HEADER: u16 = 3;

/// Header slot holding the return address (null in a goroutine's entry
/// frame: returning from it ends the goroutine).
pub const SLOT_RET_PC: usize = 0;
/// Header slot holding the distance in bytes from the caller's frame.
pub const SLOT_CALLER_DIST: usize = 1;
/// Header slot holding the closure context (set only by closure calls).
pub const SLOT_CLOSURE: usize = 2;

/// Frame slots of a map iterator (`maps.Iter`, 96 bytes).
pub const MAP_ITER_SLOTS: u16 = 12;

/// Instruction operands: `a`, `b`, `c` are slot numbers unless the opcode
/// says otherwise; `k` is a 64-bit immediate (a constant, a branch
/// offset, a function index) used by the opcodes that document one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Inst {
    pub op: Op,
    pub a: u16,
    pub b: u16,
    pub c: u16,
    pub k: i64,
}

impl Inst {
    pub fn new(op: Op, a: u16, b: u16, c: u16, k: i64) -> Inst {
        Inst { op, a, b, c, k }
    }
}

macro_rules! ops {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// The instruction set. `a`, `b`, `c` name the operands (slots
        /// unless stated); `k` the immediate.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u16)]
        pub enum Op {
            $($(#[$doc])* $name,)*
        }

        impl Op {
            /// Every opcode, in declaration order.
            pub const ALL: &'static [Op] = &[$(Op::$name,)*];

            pub fn name(self) -> &'static str {
                match self {
                    $(Op::$name => stringify!($name),)*
                }
            }
        }
    };
}

ops! {
    /// a = b (one slot)
    Mov,
    /// a, a+1 = b, b+1 (strings, interfaces)
    Mov2,
    /// slots a..a+c = slots b..b+c
    MovN,
    /// a = k
    Const,
    /// a = address of rodata[k] (string constants)
    RoData,
    /// a = b + c (wrapping; any integer width, see the slot invariant)
    AddI,
    /// a = b - c
    SubI,
    /// a = b * c
    MulI,
    /// a = b / c, signed; panics on c == 0
    DivS,
    /// a = b / c, unsigned; panics on c == 0
    DivU,
    /// a = b % c, signed; panics on c == 0
    RemS,
    /// a = b % c, unsigned; panics on c == 0
    RemU,
    /// a = b + k
    AddIK,
    /// a = b * k
    MulIK,
    /// a = b & k
    AndK,
    /// a = b << k (0 <= k <= 64)
    ShlK,
    /// a = b >> k arithmetic (0 <= k <= 64)
    ShrSK,
    /// a = b >> k logical (0 <= k <= 64)
    ShrUK,
    /// a = b & c
    And,
    /// a = b | c
    Or,
    /// a = b ^ c
    Xor,
    /// a = b &^ c
    AndNot,
    /// a = b << c (c unsigned; >= 64 gives 0)
    Shl,
    /// a = b >> c arithmetic (c unsigned; >= 64 gives the sign)
    ShrS,
    /// a = b >> c logical (c unsigned; >= 64 gives 0)
    ShrU,
    /// panics "negative shift amount" if slot a (a signed count) < 0
    CheckShift,
    /// a = -b
    NegI,
    /// a = ^b
    Com,
    /// a = !b (bool)
    Not,
    /// a = sign-extend the low k bits of b (k = 8, 16, 32)
    SExt,
    /// a = zero-extend the low k bits of b (k = 8, 16, 32)
    ZExt,
    /// a = b == c (integers, pointers, bools)
    EqI,
    /// a = b != c
    NeI,
    /// a = b < c signed
    LtS,
    /// a = b <= c signed
    LeS,
    /// a = b < c unsigned
    LtU,
    /// a = b <= c unsigned
    LeU,
    /// a..a+1 = complex b..b+1 / complex c..c+1 (Go's complex128div)
    DivC,
    /// a = min(b, c) signed
    MinS,
    /// a = max(b, c) signed
    MaxS,
    /// a = min(b, c) unsigned
    MinU,
    /// a = max(b, c) unsigned
    MaxU,
    /// a = min(b, c) (float64, Go's rules: NaN wins, min(-0, +0) = -0)
    MinF,
    /// a = max(b, c) (float64, Go's rules: NaN wins, max(-0, +0) = +0)
    MaxF,
    /// zeroes slot b bytes at *a (clear of a slice)
    MemClr,
    /// a = b + c (float64)
    AddF,
    /// a = b - c (float64)
    SubF,
    /// a = b * c (float64)
    MulF,
    /// a = b / c (float64)
    DivF,
    /// a = -b (float64)
    NegF,
    /// a = b == c (float64)
    EqF,
    /// a = b != c (float64)
    NeF,
    /// a = b < c (float64)
    LtF,
    /// a = b <= c (float64)
    LeF,
    /// a = float64(float32(b)): rounds a float64 slot to float32 precision
    RoundF32,
    /// a = float64(int64(b))
    SToF,
    /// a = float64(uint64(b))
    UToF,
    /// a = float32(int64(b)), rounded once (held as float64 bits)
    SToF32,
    /// a = float32(uint64(b)), rounded once (held as float64 bits)
    UToF32,
    /// a = int64(b) from float64 (Go's truncation; out of range as amd64)
    FToS,
    /// a = uint64(b) from float64 (as amd64)
    FToU,
    /// a = float64(float32 bits in b): loads a float32 from memory form
    F32BitsToF,
    /// a = float32 bits of b (a float64 slot), zero-extended
    FToF32Bits,
    /// a..a+1 = string b..b+1 + c..c+1 (allocates)
    ConcatStr,
    /// a = string b..b+1 == string c..c+1
    EqStr,
    /// a = string b..b+1 < string c..c+1 (bytewise)
    LtStr,
    /// a = (string b..b+1)[c], with Go's bounds check
    IndexStr,
    /// a = *(b + k), 1 byte sign-extended (b a pointer; nil panics)
    LoadI8,
    /// a = *(b + k), 1 byte zero-extended
    LoadU8,
    /// a = *(b + k), 2 bytes sign-extended
    LoadI16,
    /// a = *(b + k), 2 bytes zero-extended
    LoadU16,
    /// a = *(b + k), 4 bytes sign-extended
    LoadI32,
    /// a = *(b + k), 4 bytes zero-extended
    LoadU32,
    /// a = *(b + k), 8 bytes
    Load64,
    /// a = *(b + k) as float32, widened to the float64 slot form
    LoadF32,
    /// *(a + k) = low byte of b (a a pointer; nil panics)
    Store8,
    /// *(a + k) = low 2 bytes of b
    Store16,
    /// *(a + k) = low 4 bytes of b
    Store32,
    /// *(a + k) = b
    Store64,
    /// *(a + k) = float32(b)
    StoreF32,
    /// slots a.. = the k bytes at *b (a value in Go's layout)
    LoadN,
    /// the k bytes at *a = slots b..
    StoreN,
    /// a = a new zeroed heap object of k bytes (newobject)
    New,
    /// a = fp + k: the address of a frame object. Never kept across a call
    /// (a call may move the stack).
    FrameAddr,
    /// unsafe.Slice: slot a holds the pointer, a+1 the length (elements of
    /// k bytes); checked as Go does, then a+2 = the length
    UnsafeSlice,
    /// unsafe.String: slot a holds the pointer, a+1 the length; checked as
    /// Go does
    UnsafeString,
    /// a = address of global slot k (globals never move)
    GlobalAddr,
    /// panics with Go's index error unless 0 <= slot a < k
    CheckIndex,
    /// panics with Go's index error unless 0 <= slot a < slot b
    CheckBounds,
    /// panics with Go's slice error unless 0 <= lo a <= hi b <= cap c
    CheckSliceCap,
    /// as CheckSliceCap, for strings and arrays ("with length")
    CheckSliceLen,
    /// panics with Go's slice error unless 0 <= lo <= hi <= max <= cap for
    /// slots a (lo), a+1 (hi), a+2 (max) and cap b; k = 1 for arrays
    /// ("with length")
    CheckSlice3,
    /// make([]T): slice a..a+2 gets a new zeroed array for its cap (a+2)
    /// elements of k bytes, after Go's len/cap checks of a+1 and a+2
    MakeSlice,
    /// slice a..a+2 grows to length b (reallocating by Go's growslice
    /// rule if b > cap); k = element size * 2 + (1 if it holds pointers)
    GrowSlice,
    /// copies slot c bytes from *b to *a (memmove)
    MemMove,
    /// a = rune, a+1 = its width: the UTF-8 sequence at index c of
    /// string b..b+1 (invalid bytes give U+FFFD, width 1)
    DecodeRune,
    /// print slice a..a+2 as `[len/cap]0xptr`
    PrintSlice,
    /// a..a+1 = string(rune b): its UTF-8 encoding (U+FFFD if invalid)
    RuneToStr,
    /// a..a+1 = string(slice b..b+2 of bytes), copied
    BytesToStr,
    /// a..a+2 = []rune(string b..b+1): the decoded runes, in a new array
    /// whose capacity is the size class of its bytes
    StrToRunes,
    /// a..a+1 = string(slice b..b+2 of runes), UTF-8 encoded
    RunesToStr,
    /// a..a+2 = []byte(string b..b+1), copied into a new array whose
    /// capacity is the size class of the length (as an escaping one)
    StrToBytes,
    /// panics with a nil dereference at address k if slot a is nil (k is
    /// the offset a load through the pointer would have faulted at; 0 for
    /// gc's explicit checks)
    NilCheck,
    /// pc += k
    Jmp,
    /// if a != 0 { pc += k }
    JmpIf,
    /// if a == 0 { pc += k }
    JmpIfNot,
    /// if a == b { pc += k } (integers)
    JEq,
    /// if a != b { pc += k }
    JNe,
    /// if a < b signed { pc += k }
    JLtS,
    /// if a <= b signed { pc += k }
    JLeS,
    /// if a < b unsigned { pc += k }
    JLtU,
    /// if a <= b unsigned { pc += k }
    JLeU,
    /// if a == b as i16 { pc += k } (b is an immediate)
    JEqK,
    /// if a != b as i16 { pc += k }
    JNeK,
    /// if a < b as i16 signed { pc += k }
    JLtSK,
    /// if a <= b as i16 signed { pc += k }
    JLeSK,
    /// if a > b as i16 signed { pc += k }
    JGtSK,
    /// if a >= b as i16 signed { pc += k }
    JGeSK,
    /// a += 1; if a < b signed { pc += k }: the back-edge of
    /// `for i := ...; i < n; i++`
    IncJLtS,
    /// a = load of global slot k
    LoadG,
    /// global slot k = a
    StoreG,
    /// calls function k with its frame at slot a
    Call,
    /// calls the func value in slot b (a closure pointer; nil panics) with
    /// its frame at slot a; the callee's closure slot gets the value
    CallClosure,
    /// a = the func value of function k (static closure)
    FuncVal,
    /// returns from the function
    Ret,
    /// pushes a deferred call of the func value in slot a; the function's
    /// deferreturn code is at pc + k
    Defer,
    /// a = the func value of this frame's newest deferred call (removed),
    /// or 0 when none is left
    DeferPop,
    /// panics with the empty interface value a..a+1
    Panic,
    /// a..a+1 = recover()
    Recover,
    /// panics with a run-time error of package runtime's plainError type
    /// whose message is the string a..a+1
    PanicPlain,
    /// ends the program with exit status k (after the entry function)
    Exit,
    /// begins a print statement (takes printlock)
    PrintLock,
    /// ends a print statement (writes it to fd 2)
    PrintUnlock,
    /// print int64 a
    PrintS,
    /// print uint64 a
    PrintU,
    /// print float64 a
    PrintF64,
    /// print float32 a (a float64 slot holding a float32 value)
    PrintF32,
    /// print bool a
    PrintBool,
    /// print string a..a+1
    PrintStr,
    /// print pointer a (0x... hex)
    PrintPtr,
    /// print complex128 a..a+1
    PrintC128,
    /// print complex64 a..a+1 (float64 slots holding float32 values)
    PrintC64,
    /// print a space
    PrintSp,
    /// print a newline
    PrintNl,
    // Interfaces (runtime/src/iface.rs). An interface value is two
    // slots: its type (empty interfaces) or itab, then its data word.
    /// a = the dynamic type of the non-empty interface whose itab is in
    /// slot b (0 when nil)
    DynType,
    /// a = the itab of the dynamic type in slot b as the interface whose
    /// descriptor is at rodata k (0 when b is 0 or lacks a method)
    GetItab,
    /// panics with the type assertion error for dynamic type slot a;
    /// rodata k holds [static interface type or 0, asserted type]
    AssertFail,
    /// a = interface b..b+1 == interface c..c+1 (first words: types)
    EqEface,
    /// a = interface b..b+1 == interface c..c+1 (first words: itabs)
    EqIface,
    /// print interface a..a+1 as `(0xtype,0xdata)`
    PrintIface,
    // Goroutines and channels (proc.rs, chan.rs, select.rs). Channel
    // elements are in memory form in the frame (see chan.rs).
    /// go statement: a new goroutine calls function k with the b argument
    /// slots after the call area's header at slot a
    Go,
    /// go statement of a func value: a new goroutine calls the closure in
    /// slot b with the c argument slots after the header at slot a
    GoClosure,
    /// a = make(chan T, slot b), the channel type's descriptor at rodata
    /// k (Go's makechan checks)
    MakeChan,
    /// sends the element at slots b.. on channel a (blocks)
    ChanSend,
    /// receives from channel a into slots b.., ok into slot c (blocks)
    ChanRecv,
    /// close(channel a)
    ChanClose,
    /// a = len(channel b)
    ChanLen,
    /// a = cap(channel b)
    ChanCap,
    /// select over the case table at slot a (see select.rs); slot b = the
    /// chosen case's index, -1 for default
    Select,
    /// select {}: blocks forever
    Block,
    /// the main goroutine leaves package initialization (runtime.main's
    /// unlockOSThread before main.main)
    UnlockOSThread,
    // Maps (runtime/src/maps). A map operand is two slots: the address
    // of the map type's descriptor, then the map (a `*Map`, 0 if nil).
    // A key operand is the key's slots in its memory form (float32 parts
    // as float32 bits), so the slot address is the key's address.
    /// a = make(map) of the type in slot b, for slot c entries (a hint)
    MakeMap,
    /// a = pointer to m[key] (to a zero value if absent): map b..b+1,
    /// key from slot c
    MapAccess1,
    /// as MapAccess1, and a+1 = whether the key is present
    MapAccess2,
    /// a = pointer to m[key]'s elem, the key inserted if absent (zeroed);
    /// map b..b+1, key from slot c; panics on a nil map
    MapAssign,
    /// delete(m, key): map a..a+1, key from slot b
    MapDelete,
    /// clear(m): map a..a+1
    MapClear,
    /// a = len(m) for the map in slot b
    MapLen,
    /// starts `range m`: the iterator is slots a..a+MAP_ITER_SLOTS (its
    /// first two words are the current key and elem pointers, key 0 at
    /// the end), the map b..b+1
    MapIterInit,
    /// moves the iterator at slots a.. to the next entry
    MapIterNext,
}

/// Which operands an opcode uses: the one table that linking (where the
/// third operand goes, which immediates are branch offsets) and listings
/// read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// No operands.
    None,
    /// a
    A,
    /// a, b
    AB,
    /// a, b, c
    ABC,
    /// a, b, count c
    ABN,
    /// a, immediate k
    AK,
    /// a, b, immediate k
    ABK,
    /// immediate k
    K,
    /// branch to pc + k
    J,
    /// a; branch to pc + k
    AJ,
    /// a, b; branch to pc + k
    ABJ,
    /// a, immediate b (i16); branch to pc + k
    AIJ,
    /// call area a; function k
    Call,
    /// a; read-only data offset k
    AData,
    /// a, b; read-only data offset k
    ABData,
    /// call area a, argument slots b; function k
    CallN,
}

impl Format {
    /// Whether k is a branch offset in instructions.
    pub fn is_branch(self) -> bool {
        matches!(self, Format::J | Format::AJ | Format::ABJ | Format::AIJ)
    }

    /// Whether the third operand is a slot or count (in `c`).
    pub fn has_c(self) -> bool {
        matches!(self, Format::ABC | Format::ABN)
    }
}

impl Op {
    pub fn format(self) -> Format {
        use Op::*;
        match self {
            Ret | PrintLock | PrintUnlock | PrintSp | PrintNl | Block | UnlockOSThread => {
                Format::None
            }
            ChanClose => Format::A,
            ChanSend | ChanLen | ChanCap | Select => Format::AB,
            GoClosure | ChanRecv => Format::ABC,
            MakeChan => Format::ABData,
            Go => Format::CallN,
            MapClear | MapIterNext | CheckShift | DeferPop | Panic | PanicPlain | Recover
            | PrintIface | PrintSlice | PrintC128 | PrintC64 | PrintS | PrintU | PrintF64
            | PrintF32 | PrintBool | PrintStr | PrintPtr => Format::A,
            MapDelete | MapLen | MapIterInit | DynType | StrToRunes | RunesToStr | MemClr
            | CallClosure | RuneToStr | BytesToStr | StrToBytes | CheckBounds | Mov | Mov2
            | NegI | Com | Not | NegF | RoundF32 | SToF | UToF | SToF32 | UToF32 | FToS | FToU
            | F32BitsToF | FToF32Bits => Format::AB,
            DivC | MinS | MaxS | MinU | MaxU | MinF | MaxF | AddI | SubI | MulI | DivS | DivU
            | RemS | RemU | And | Or | Xor | AndNot | Shl | ShrS | ShrU | EqI | NeI | LtS | LeS
            | LtU | LeU | AddF | SubF | MulF | DivF | EqF | NeF | LtF | LeF | ConcatStr | EqStr
            | LtStr | IndexStr | MakeMap | MapAccess1 | MapAccess2 | MapAssign | EqEface
            | EqIface | CheckSliceCap | CheckSliceLen | MemMove | DecodeRune => Format::ABC,
            MovN => Format::ABN,
            Const | LoadG | StoreG | New | FrameAddr | GlobalAddr | CheckIndex | MakeSlice
            | UnsafeSlice | UnsafeString | NilCheck => Format::AK,
            LoadI8 | LoadU8 | LoadI16 | LoadU16 | LoadI32 | LoadU32 | Load64 | LoadF32 | Store8
            | Store16 | Store32 | Store64 | StoreF32 | LoadN | StoreN | GrowSlice | CheckSlice3 => {
                Format::ABK
            }
            AddIK | MulIK | AndK | ShlK | ShrSK | ShrUK | SExt | ZExt => Format::ABK,
            Exit => Format::K,
            Jmp => Format::J,
            JmpIf | JmpIfNot | Defer => Format::AJ,
            JEq | JNe | JLtS | JLeS | JLtU | JLeU | IncJLtS => Format::ABJ,
            JEqK | JNeK | JLtSK | JLeSK | JGtSK | JGeSK => Format::AIJ,
            Call | FuncVal => Format::Call,
            RoData | AssertFail => Format::AData,
            GetItab => Format::ABData,
        }
    }
}

/// The text of one instruction in a listing: `AddI s4, s5, s10`,
/// `JLtS s3, s5 -> 12`, `Call s6, main.fib`.
pub fn inst_text(prog: &Program, at: usize, i: &Inst) -> String {
    let name = i.op.name();
    let target = at as i64 + i.k;
    match i.op.format() {
        Format::None => name.to_string(),
        Format::A => format!("{name} s{}", i.a),
        Format::AB => format!("{name} s{}, s{}", i.a, i.b),
        Format::ABC => format!("{name} s{}, s{}, s{}", i.a, i.b, i.c),
        Format::ABN => format!("{name} s{}, s{}, {}", i.a, i.b, i.c),
        Format::AK => format!("{name} s{}, ${}", i.a, i.k),
        Format::ABK => format!("{name} s{}, s{}, ${}", i.a, i.b, i.k),
        Format::K => format!("{name} ${}", i.k),
        Format::J => format!("{name} -> {target}"),
        Format::AJ => format!("{name} s{} -> {target}", i.a),
        Format::ABJ => format!("{name} s{}, s{} -> {target}", i.a, i.b),
        Format::AIJ => format!("{name} s{}, ${} -> {target}", i.a, i.b as i16),
        Format::Call => {
            let callee = usize::try_from(i.k).ok().and_then(|k| prog.funcs.get(k));
            let callee = callee.map_or("?", |f| f.meta.name.as_str());
            format!("{name} s{}, {callee}", i.a)
        }
        Format::ABData => format!("{name} s{}, s{}, rodata+{}", i.a, i.b, i.k),
        Format::AData if i.op != Op::RoData => format!("{name} s{}, rodata+{}", i.a, i.k),
        Format::CallN => {
            let callee = usize::try_from(i.k).ok().and_then(|k| prog.funcs.get(k));
            let callee = callee.map_or("?", |f| f.meta.name.as_str());
            format!("{name} s{}, {}, {callee}", i.a, i.b)
        }
        Format::AData => {
            let bytes = usize::try_from(i.k).ok().and_then(|k| prog.rodata.get(k..));
            let preview: String = bytes
                .unwrap_or_default()
                .iter()
                .take(16)
                .map(|&b| {
                    if b.is_ascii_graphic() || b == b' ' {
                        b as char
                    } else {
                        '.'
                    }
                })
                .collect();
            format!("{name} s{}, rodata+{} \"{preview}\"", i.a, i.k)
        }
    }
}

/// A readable listing of a whole program, per function with its frame
/// size and each instruction's source line.
pub fn listing(prog: &Program) -> String {
    let mut out = String::new();
    for f in &prog.funcs {
        let file = f.meta.file.rsplit('/').next().unwrap_or(&f.meta.file);
        out.push_str(&format!("{} frame={} slots", f.meta.name, f.frame_slots));
        if !file.is_empty() {
            out.push_str(&format!(" ({file}:{})", f.meta.line));
        }
        out.push('\n');
        for (at, i) in f.code.iter().enumerate() {
            let line = f.lines.get(at).copied().unwrap_or(0);
            out.push_str(&format!(
                "\t{at:04} ({file}:{line})\t{}\n",
                inst_text(prog, at, i)
            ));
        }
    }
    out
}

/// Where a function's code came from, for tracebacks and listings.
#[derive(Clone, Debug, Default)]
pub struct FuncMeta {
    /// Go's symbol name: `main.main`, `main.(*T).M`, `main.f.func1`.
    pub name: String,
    /// Absolute path of the source file (tracebacks print it).
    pub file: String,
    /// Line of the `func` keyword.
    pub line: u32,
    /// For each argument word of the traceback's argument list, in order:
    /// how `printArgs` groups it (see [`ArgWord`]).
    pub args: Vec<ArgWord>,
    /// A compiler-generated wrapper that forwards its call (gc's
    /// `WRAPPER` functions): recover() looks through it.
    pub wrapper: bool,
    /// Instructions (by index) calling a function that gc inlines at
    /// that call: tracebacks show the callee's frame as gc shows an
    /// inlined one, `f(...)` with no pc offset.
    pub inlined_calls: Vec<u32>,
}

/// One word of a traceback's argument list: gc prints scalars as a hex
/// word and multi-word values (strings, slices, structs) in braces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgWord {
    /// A lone word at this parameter slot.
    Word(u16),
    /// `{` opens a group before the word at this slot.
    Open(u16),
    /// A word inside a group.
    Inner(u16),
    /// The last word of a group (`}` follows).
    Close(u16),
}

/// A compiled function.
#[derive(Clone, Debug)]
pub struct Func {
    pub meta: FuncMeta,
    pub code: Vec<Inst>,
    /// Source line of each instruction (same length as `code`).
    pub lines: Vec<u32>,
    /// Frame size in slots, header included.
    pub frame_slots: u16,
}

/// A whole linked program: functions (referred to by index in `Call`),
/// the read-only data segment (string constants, type descriptors,
/// itabs; its start is 8-byte aligned when linked) with the words the
/// linker fills in, the number of global slots, and the entry function.
#[derive(Clone, Debug, Default)]
pub struct Program {
    pub funcs: Vec<Func>,
    pub rodata: Vec<u8>,
    pub relocs: Vec<Reloc>,
    /// Offsets of the itabs in the segment (the runtime's itab table
    /// starts with them).
    pub itabs: Vec<u32>,
    /// Where Go's `gopanic` calls deferred functions (`$GOROOT/src/
    /// runtime/panic.go` and the line), which tracebacks show for the
    /// `panic(...)` frame between a deferred call and the panicking one.
    pub panic_site: (String, u32),
    /// Descriptors of package runtime's error types, of which run-time
    /// panics are values (None for programs built without them).
    pub runtime_types: Option<RuntimeTypes>,
    /// The writable data segment (backing arrays of statically
    /// initialized package variables) and its address words.
    pub data: Vec<u8>,
    pub data_relocs: Vec<Reloc>,
    /// Initial values of the first global slots (statically initialized
    /// package variables; the rest start zero) and their address words
    /// (`at`: a byte offset in the globals).
    pub global_init: Vec<u64>,
    pub global_relocs: Vec<Reloc>,
    pub global_slots: u32,
    pub entry: usize,
}

/// Rodata offsets of the descriptors of package runtime's error types.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RuntimeTypes {
    /// `runtime.errorString` ("runtime error: " + message).
    pub error_string: u32,
    /// `runtime.plainError` (the message alone).
    pub plain_error: u32,
    /// `runtime.boundsError`.
    pub bounds_error: u32,
    /// `*runtime.TypeAssertionError`.
    pub type_assertion_error: u32,
    /// `*runtime.PanicNilError`.
    pub panic_nil_error: u32,
}

/// A pointer-sized word of the read-only data segment that the linker
/// fills with an address (descriptors point at each other and at code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reloc {
    /// Offset of the word in the segment (8-byte aligned).
    pub at: u32,
    pub target: RelocTarget,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RelocTarget {
    /// The address of the segment at this offset.
    RoData(u32),
    /// The `FuncInfo` of this function: its code pointer, which is also
    /// its func value.
    Func(u32),
    /// The address of the writable data segment at this offset.
    Data(u32),
}
