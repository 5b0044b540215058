//! Guards the machine's dispatch against silent de-optimisation (see
//! interpreter-performance.md §2.2): in this very test binary, whose
//! runtime is built at opt-level 3 like releases, every handler must
//! dispatch with an indirect jump (a tail call that LLVM turned into a
//! jump; a missed one would be `call` + `ret` and grow the native stack
//! on every instruction), and every conditional-branch handler must keep
//! two dispatch sites with no `cmov` (merging them costs 1.5-2.8x);
//! and the hot handlers whose work is inline keep no stack frame and
//! call nothing before they dispatch (a `RuntimeError` value or a
//! non-tail call on the fast path would give them one).
//! Needs `objdump` (binutils), present wherever Rust links.

use std::collections::BTreeMap;
use std::process::Command;

/// Handler name -> its instructions, from the disassembly of this binary.
fn handlers() -> BTreeMap<String, Vec<String>> {
    let exe = std::env::current_exe().expect("test binary path");
    let out = Command::new("objdump")
        .args(["-d", "--no-show-raw-insn"])
        .arg(&exe)
        .output()
        .expect("objdump (binutils) must be installed");
    assert!(out.status.success(), "objdump failed");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut cur: Option<String> = None;
    for line in text.lines() {
        if let Some(sym) = line
            .strip_suffix(">:")
            .and_then(|l| l.split_once(" <"))
            .map(|(_, s)| s)
        {
            cur = handler_name(sym);
            if let Some(n) = &cur {
                map.entry(n.clone()).or_default();
            }
        } else if line.is_empty() {
            cur = None;
        } else if let Some(n) = &cur {
            map.get_mut(n).expect("entry made").push(line.to_string());
        }
    }
    map
}

/// `h_addi` from a mangled `..6interp8handlers6h_addi17h...` symbol.
fn handler_name(sym: &str) -> Option<String> {
    let rest = sym.split("6interp8handlers").nth(1)?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let len: usize = digits.parse().ok()?;
    let name = rest.get(digits.len()..digits.len() + len)?;
    name.starts_with("h_").then(|| name.to_string())
}

/// Links a function using every opcode, so that every handler is in
/// this binary (and proves they all link).
fn link_every_opcode() {
    use goviz_runtime::bytecode::{Func, FuncMeta, Inst, Op, Program};
    let code: Vec<Inst> = Op::ALL
        .iter()
        .map(|&op| Inst::new(op, 3, 4, 5, 0))
        .collect();
    let lines = vec![1; code.len()];
    let f = Func {
        meta: FuncMeta::default(),
        code,
        lines,
        frame_slots: 8,
    };
    let prog = Program {
        funcs: vec![f],
        ..Program::default()
    };
    std::hint::black_box(goviz_runtime::interp::link(&prog).expect("every opcode links"));
}

fn count(ins: &[String], pat: &str) -> usize {
    ins.iter().filter(|l| l.contains(pat)).count()
}

fn count_in(ins: &[&String], pat: &str) -> usize {
    ins.iter().filter(|l| l.contains(pat)).count()
}

#[test]
fn handlers_dispatch_by_jumps_and_branches_keep_two_sites() {
    if !goviz_runtime::interp::THREADED {
        return; // loop dispatch: nothing to check
    }
    link_every_opcode();
    let hs = handlers();
    assert!(
        hs.len() >= 60,
        "found only {} handlers in the disassembly",
        hs.len()
    );
    // Handlers that end the run instead of dispatching.
    let stops = ["h_exit", "h_assertfail", "h_block"];
    for (name, ins) in &hs {
        if stops.contains(&name.as_str()) {
            continue;
        }
        assert!(
            count(ins, "jmp    *") >= 1,
            "{name} does not dispatch by an indirect jump:\n{}",
            ins.join("\n")
        );
    }
    let branches = [
        "h_jmpif",
        "h_jmpifnot",
        "h_jeq",
        "h_jne",
        "h_jlts",
        "h_jles",
        "h_jltu",
        "h_jleu",
        "h_incjlts",
        "h_jeqk",
        "h_jnek",
        "h_jltsk",
        "h_jlesk",
        "h_jgtsk",
        "h_jgesk",
        "h_jeqf",
        "h_jnef",
        "h_jltf",
        "h_jlef",
        "h_jnltf",
        "h_jnlef",
    ];
    for b in branches {
        let ins = hs.get(b).unwrap_or_else(|| panic!("{b} not found"));
        assert!(
            count(ins, "jmp    *") >= 2,
            "{b} merged its dispatch sites:\n{}",
            ins.join("\n")
        );
        assert_eq!(
            count(ins, "cmov"),
            0,
            "{b} selects its target with cmov:\n{}",
            ins.join("\n")
        );
    }
}

/// Handlers whose fast path must be a leaf: no frame (`push`, `sub ..,
/// %rsp`) and no `call` before the first dispatch.
const LEAF_HANDLERS: &[&str] = &[
    "h_mov",
    "h_addi",
    "h_addik",
    "h_load64",
    "h_loadu8",
    "h_store64",
    "h_store8",
    "h_call",
    "h_ret",
    "h_checkbounds",
    "h_checkindex",
    "h_indexstr",
    "h_checkslicecap",
    "h_checkslicelen",
    "h_checkslice3",
    "h_divs",
    "h_rems",
    "h_checkshift",
];

#[test]
fn hot_handlers_keep_no_frame_on_their_fast_path() {
    if !goviz_runtime::interp::THREADED {
        return; // loop dispatch: handlers return, nothing to check
    }
    link_every_opcode();
    let hs = handlers();
    for &name in LEAF_HANDLERS {
        let ins = hs.get(name).unwrap_or_else(|| panic!("{name} not found"));
        let fast: Vec<&String> = ins.iter().take_while(|l| !l.contains("jmp    *")).collect();
        // One `push %rax` is allowed: builds with debug assertions (this
        // test's profile) align the stack for their checks' panics.
        let pushes = count_in(&fast, "\tpush");
        let framed = pushes > 1
            || (pushes == 1 && count_in(&fast, "\tpush   %rax") == 0)
            || fast
                .iter()
                .any(|l| l.contains("\tcall") || (l.contains("\tsub ") && l.ends_with(",%rsp")));
        assert!(
            !framed,
            "{name} builds a frame or calls before dispatching:\n{}",
            ins.join("\n")
        );
    }
}
