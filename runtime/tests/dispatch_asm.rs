//! Guards the machine's dispatch against silent de-optimisation (see
//! interpreter-performance.md §2.2): in this very test binary, whose
//! runtime is built at opt-level 3 like releases, every handler must
//! dispatch with an indirect jump (a tail call that LLVM turned into a
//! jump; a missed one would be `call` + `ret` and grow the native stack
//! on every instruction), and every conditional-branch handler must keep
//! two dispatch sites with no `cmov` (merging them costs 1.5-2.8x).
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
