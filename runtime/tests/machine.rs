//! The bytecode machine, specified on hand-written programs: calls and
//! returns by frame overlap, stack growth by copying, fused loop
//! back-edges, run-time errors, and that dispatch never nests on the
//! native stack (a long run on a small thread stack).

use goviz_runtime::bytecode::{Func, FuncMeta, Inst, Op, Program};
use goviz_runtime::interp::{LinkOptions, link, link_with};
use goviz_runtime::proc::run_main;
use goviz_runtime::stack::POISON;

fn i(op: Op, a: u16, b: u16, c: u16, k: i64) -> Inst {
    Inst::new(op, a, b, c, k)
}

fn func(name: &str, frame_slots: u16, code: Vec<Inst>) -> Func {
    let lines = (1..=code.len() as u32).collect();
    Func {
        meta: FuncMeta {
            name: name.into(),
            ..FuncMeta::default()
        },
        code,
        lines,
        frame_slots,
    }
}

/// fib(n) in slots: 3 = n, 4 = result, 5.. temporaries and call areas.
fn fib() -> Func {
    func(
        "main.fib",
        16,
        vec![
            i(Op::Const, 5, 0, 0, 2),
            i(Op::JLeS, 5, 3, 0, 3), // if 2 <= n goto recurse
            i(Op::Mov, 4, 3, 0, 0),
            i(Op::Ret, 0, 0, 0, 0),
            // recurse: fib(n-1) with its frame at 6 (param 9, result 10)
            i(Op::AddIK, 9, 3, 0, -1),
            i(Op::Call, 6, 0, 0, 0),
            i(Op::Mov, 5, 10, 0, 0),
            i(Op::AddIK, 9, 3, 0, -2),
            i(Op::Call, 6, 0, 0, 0),
            i(Op::AddI, 4, 5, 10, 0),
            i(Op::Ret, 0, 0, 0, 0),
        ],
    )
}

/// An entry function that calls function 0 with `arg`, stores its result
/// in global 0 and exits with `exit`.
fn entry(arg: i64, exit: i64) -> Func {
    func(
        "runtime.main",
        8,
        vec![
            i(Op::Const, 6, 0, 0, arg),
            i(Op::Call, 3, 0, 0, 0),
            i(Op::StoreG, 7, 0, 0, 0),
            i(Op::Exit, 0, 0, 0, exit),
        ],
    )
}

fn run(funcs: Vec<Func>) -> (i32, u64) {
    let prog = Program {
        entry: funcs.len() - 1,
        funcs,
        rodata: vec![],
        global_slots: 1,
        ..Program::default()
    };
    let mut linked = link(&prog).expect("links");
    let code = run_main(&mut linked);
    (code, linked.globals[0])
}

#[test]
fn recursive_calls_return_results_in_place() {
    assert_eq!(run(vec![fib(), entry(25, 3)]), (3, 75025));
}

#[test]
fn deep_recursion_grows_the_stack_by_copying() {
    // depth(n) = n == 0 ? 0 : depth(n-1) + 1, a million frames deep:
    // the 2 KiB stack doubles about 13 times, frames move each time.
    let depth = func(
        "main.depth",
        12,
        vec![
            i(Op::Const, 4, 0, 0, 0),
            i(Op::JEq, 3, 4, 0, 4), // if n == 0 return 0
            i(Op::AddIK, 8, 3, 0, -1),
            i(Op::Call, 5, 0, 0, 0),
            i(Op::AddIK, 4, 9, 0, 1),
            i(Op::Ret, 0, 0, 0, 0),
        ],
    );
    // Dispatch must not grow the native stack: run on a small one.
    let r = std::thread::Builder::new()
        .stack_size(256 << 10)
        .spawn(move || run(vec![depth, entry(1_000_000, 0)]))
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(r, (0, 1_000_000));
}

#[test]
fn fused_back_edge_counts_a_loop() {
    // s = 0; for i := 0; i < 1000; i++ { s += i }
    let body = func(
        "main.loop",
        8,
        vec![
            i(Op::Const, 4, 0, 0, 0), // s
            i(Op::Const, 5, 0, 0, 0), // i
            i(Op::Const, 6, 0, 0, 1000),
            i(Op::AddI, 4, 4, 5, 0),
            i(Op::IncJLtS, 5, 6, 0, -1),
            i(Op::Ret, 0, 0, 0, 0),
        ],
    );
    let main = func(
        "runtime.main",
        8,
        vec![
            i(Op::Call, 0, 0, 0, 0),
            i(Op::StoreG, 4, 0, 0, 0),
            i(Op::Exit, 0, 0, 0, 0),
        ],
    );
    // The callee's frame is the caller's from slot 0: its s (slot 4)
    // is the caller's slot 4.
    assert_eq!(run(vec![body, main]), (0, 499_500));
}

#[test]
fn division_by_zero_stops_with_exit_status_2() {
    let main = func(
        "runtime.main",
        8,
        vec![
            i(Op::Const, 3, 0, 0, 7),
            i(Op::Const, 4, 0, 0, 0),
            i(Op::DivS, 5, 3, 4, 0),
            i(Op::StoreG, 5, 0, 0, 0),
            i(Op::Exit, 0, 0, 0, 0),
        ],
    );
    assert_eq!(run(vec![main]), (2, 0));
}

#[test]
fn wide_constants_and_branches_link_across_operand_words() {
    // A 64-bit constant takes an operand word; the branch over it must
    // still land on the right instruction.
    let main = func(
        "runtime.main",
        8,
        vec![
            i(Op::Const, 3, 0, 0, 1),
            i(Op::JmpIf, 3, 0, 0, 2),
            i(Op::Const, 4, 0, 0, 0x1234_5678_9abc),
            i(Op::Const, 4, 0, 0, -0x7654_3210_0000),
            i(Op::StoreG, 4, 0, 0, 0),
            i(Op::Exit, 0, 0, 0, 0),
        ],
    );
    assert_eq!(run(vec![main]), (0, (-0x7654_3210_0000i64) as u64));
}

#[test]
fn bad_programs_are_link_errors() {
    let bad_call = func(
        "runtime.main",
        8,
        vec![i(Op::Call, 3, 0, 0, 9), i(Op::Exit, 0, 0, 0, 0)],
    );
    let prog = Program {
        entry: 0,
        funcs: vec![bad_call],
        rodata: vec![],
        global_slots: 0,
        ..Program::default()
    };
    assert!(link(&prog).is_err());
    let bad_jump = func("runtime.main", 8, vec![i(Op::Jmp, 0, 0, 0, 5)]);
    let prog = Program {
        entry: 0,
        funcs: vec![bad_jump],
        rodata: vec![],
        global_slots: 0,
        ..Program::default()
    };
    assert!(link(&prog).is_err());
}

#[test]
#[cfg(target_arch = "x86_64")]
fn optimised_builds_dispatch_by_tail_calls() {
    // The runtime is built at opt-level 3 in every profile (Cargo.toml),
    // so tests exercise the dispatch releases use, unless the loop
    // fallback was asked for.
    if std::env::var_os("GOVIZ_LOOP_DISPATCH").is_none() {
        assert!(std::hint::black_box(goviz_runtime::interp::THREADED));
    }
}

/// A program keeping a frame address across a call (what codegen never
/// does): it reads the slot back through the stale address after calling
/// a leaf function, and stores what it read in global 0.
fn stale_frame_pointer() -> Vec<Func> {
    let leaf = func("main.leaf", 4, vec![i(Op::Ret, 0, 0, 0, 0)]);
    let main = func(
        "runtime.main",
        12,
        vec![
            i(Op::Const, 3, 0, 0, 42),
            i(Op::FrameAddr, 4, 0, 0, 3 * 8),
            i(Op::Call, 5, 0, 0, 0),
            i(Op::Load64, 6, 4, 0, 0),
            i(Op::StoreG, 6, 0, 0, 0),
            i(Op::Exit, 0, 0, 0, 0),
        ],
    );
    vec![leaf, main]
}

#[test]
fn the_stack_stress_mode_moves_the_stack_at_every_call() {
    let prog = |funcs: Vec<Func>| Program {
        entry: funcs.len() - 1,
        funcs,
        global_slots: 1,
        ..Program::default()
    };
    // Without the stress mode the stale address still works by luck...
    let mut linked = link(&prog(stale_frame_pointer())).expect("links");
    run_main(&mut linked);
    assert_eq!(linked.globals[0], 42);
    // ...with it, the old stack is poisoned, and fib still computes.
    let opts = LinkOptions {
        stress_stacks: true,
    };
    let mut linked = link_with(&prog(stale_frame_pointer()), opts).expect("links");
    run_main(&mut linked);
    assert_eq!(linked.globals[0], u64::from_ne_bytes([POISON; 8]));
    let mut linked = link_with(&prog(vec![fib(), entry(20, 0)]), opts).expect("links");
    assert_eq!(run_main(&mut linked), 0);
    assert_eq!(linked.globals[0], 6765);
}
