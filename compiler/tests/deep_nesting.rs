//! Deeply nested input must neither overflow the stack nor hang: the
//! parser, the printer and dropping the tree all run on a small (2 MiB)
//! thread stack here, as `goviz parse`'s worker threads do.

use goviz_compiler::syntax::{parse_file, printer};

fn on_small_stack(src: String) {
    std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let parsed = parse_file("deep.go", src.as_bytes());
            assert!(parsed.errors.is_empty(), "{:?}", &parsed.errors[..1]);
            let file = parsed.file.expect("parsed");
            let dump = printer::dump(&file);
            assert!(dump.len() > 10);
            drop(file);
        })
        .expect("spawn")
        .join()
        .expect("no stack overflow");
}

const DEPTH: usize = 20_000;

#[test]
fn nested_parentheses() {
    on_small_stack(format!(
        "package p\nvar x = {}1{}\n",
        "(".repeat(DEPTH),
        ")".repeat(DEPTH)
    ));
}

#[test]
fn nested_function_literals() {
    let mut s = String::from("package p\nvar x = ");
    s += &"func() { _ = ".repeat(DEPTH / 4);
    s += "1";
    s += &"}".repeat(DEPTH / 4);
    on_small_stack(s + "\n");
}

#[test]
fn nested_blocks_and_types() {
    let n = DEPTH / 4;
    on_small_stack(format!(
        "package p\nfunc f() {{ {} }}\n",
        "{".repeat(n) + &"}".repeat(n)
    ));
    on_small_stack(format!("package p\nvar x {}int\n", "*".repeat(DEPTH)));
    on_small_stack(format!("package p\nvar x {}int\n", "[]".repeat(DEPTH)));
}

#[test]
fn long_operator_chain() {
    on_small_stack(format!("package p\nvar x = 1{}\n", "+1".repeat(100_000)));
}
