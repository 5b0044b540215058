//! The cost model specified by gc's own figures: each function's cost as
//! `go build -gcflags=-m=2` reports it (`can inline f with cost N`),
//! recorded from Go 1.27.3 for the source below.

use std::collections::HashMap;

use super::{analyze, remark_lines};
use crate::types::{Checker, PkgFiles, World};

use super::view::PkgView;

const SRC: &str = r#"package main

func a1(a, b int) int { return a + b }
func a2(a int) int { x := a; return x }
func a3(a int) int { var x int; x = a; return x }
func a4(a int) {}
func a5(a int) int { if a > 0 { return 1 }; return 2 }
func a6(n int) int { s := 0; for i := 0; i < n; i++ { s += i }; return s }
func a7(p *int) int { return *p }
func a8(xs []int) int { return xs[0] }
func a9(xs []int) int { s := 0; for _, x := range xs { s += x }; return s }
func a10() { println(1) }
func a11() { a12() }
//go:noinline
func a12() {}
func a13(b bool) { if !b { panic("x") } }
func a14() *T { return &T{1, 2} }
type T struct{ a, b int }
func a15(t *T) int { return t.a }
func a16() []int { return make([]int, 3) }
func a17(s []int) []int { return append(s, 1) }
func a18(s string) []byte { return []byte(s) }
func a19(a, b string) string { return a + b }
func a20(xs ...int) int { return len(xs) }
func a21() int { return a20(1, 2, 3) }
func a22(f func(int) int) int { return f(1) }
func a23() func() int { n := 0; return func() int { n++; return n } }
func a24(x int) int { switch x { case 1: return 2; case 3: return 4 }; return 0 }
func a25(s []int) []int { return s[1:] }
func a26(s []int) []int { return s[1:3] }
func a27() int { return a1(1, 2) }
func a28(x int) { x++ }
func a29(t T) int { return t.a }
func a30(x, y int) (int, int) { return y, x }
func a31() int { a, b := a30(1, 2); return a + b }
func a32(x float64) int { return int(x) }
func a33(m map[string]int) int { return m["a"] }
func a34(c chan int) { c <- 1 }
func a35(c chan int) int { return <-c }
func a36(i interface{}) int { return i.(int) }
func a37(p *int) { *p = 1 }
func a38(x int) bool { return x > 1 && x < 5 }
func a39(x int) int { y := x; y += 2; return y }
func (t *T) M() int { return t.a + t.b }
func a40(t *T) int { return t.M() }
func a41() int { var t T; return t.a }
func a42(x int) int { for { if x > 3 { break }; x++ }; return x }
func a43(s string) int { return len(s) }
func a44(s string) byte { return s[0] }
type Node struct {
	val  int
	next *Node
}
func (n *Node) Val() int { return n.val }
func b1() int { a := Node{val: 9}; return a.val }
func b2() int { a := Node{val: 9}; return a.Val() }
func b3() { var l *Node; _ = l }
func b4() int { var a Node; return a.Val() }
func b5(p *Node) int { return p.Val() }
func main() {}
"#;

/// Costs gc reports for SRC (a12 is `//go:noinline`).
const GC_COSTS: &[(&str, i32)] = &[
    ("a1", 4),
    ("a2", 7),
    ("a3", 9),
    ("a4", 0),
    ("a5", 8),
    ("a6", 22),
    ("a7", 3),
    ("a8", 4),
    ("a9", 16),
    ("a10", 2),
    ("a11", 59),
    ("a13", 6),
    ("a14", 7),
    ("a15", 3),
    ("a16", 3),
    ("a17", 4),
    ("a18", 3),
    ("a19", 4),
    ("a20", 3),
    ("a21", 11),
    ("a22", 21),
    ("a23", 22),
    ("a23.func1", 5),
    ("a24", 12),
    ("a25", 4),
    ("a26", 5),
    ("a27", 9),
    ("a28", 3),
    ("a29", 3),
    ("a30", 3),
    ("a31", 18),
    ("a32", 3),
    ("a33", 4),
    ("a34", 3),
    ("a35", 3),
    ("a36", 3),
    ("a37", 4),
    ("a38", 8),
    ("a39", 10),
    ("(*T).M", 6),
    ("a40", 9),
    ("a41", 7),
    ("a42", 11),
    ("a43", 3),
    ("a44", 4),
    ("b1", 10),
    ("b2", 14),
    ("b3", 7),
    ("b4", 11),
    ("b5", 6),
    ("main", 0),
];

/// Runs `f` on the view of SRC, checked into a fresh World.
fn with_view<R>(src: &str, f: impl FnOnce(&PkgView) -> R) -> R {
    let file = crate::syntax::parse_file("./p.go", src.as_bytes())
        .file
        .expect("SRC parses");
    let (mut w, pre) = World::new();
    let imports = HashMap::from([("unsafe".to_string(), pre.unsafe_pkg)]);
    let files = [&file];
    let input = PkgFiles {
        path: "main",
        files: &files,
        imports: &imports,
        lang: None,
    };
    let (_, errors, info) = Checker::check_package(&mut w, pre, input);
    assert!(errors.is_empty(), "{errors:?}");
    let view = PkgView::new(vec![&file], &info, &w);
    f(&view)
}

#[test]
fn costs_are_gcs() {
    let got: HashMap<String, Option<i32>> = with_view(SRC, |view| {
        let info = analyze(view);
        let names = view.funcs.funcs.iter().map(|f| f.name.clone());
        names.zip(info.cost).collect()
    });
    let mut wrong = Vec::new();
    for &(name, cost) in GC_COSTS {
        if got.get(name) != Some(&Some(cost)) {
            wrong.push(format!("{name}: gc {cost}, goviz {:?}", got.get(name)));
        }
    }
    assert_eq!(got.get("a12"), Some(&None), "a12 is go:noinline");
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn remarks_are_positioned_as_gc() {
    let src = "package main\n\nfunc add(a, b int) int { return a + b }\n\ntype T struct{}\n\nfunc (t *T) M() {}\n\nfunc main() {\n\tvar t T\n\tt.M()\n\tprintln(add(1, 2))\n}\n";
    let lines = with_view(src, |view| remark_lines(view, &analyze(view).remarks));
    assert_eq!(
        lines,
        [
            "./p.go:3:6: can inline add",
            "./p.go:7:6: can inline (*T).M",
            "./p.go:9:6: can inline main",
            "./p.go:11:5: inlining call to (*T).M",
            "./p.go:12:13: inlining call to add",
        ]
    );
}
