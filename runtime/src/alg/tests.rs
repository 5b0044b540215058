//! Specification of alg: which values are equal and hash alike.

use super::*;
use crate::abi::kind;
use crate::testtypes::Types;

fn ptr<T>(v: &T) -> *const u8 {
    (v as *const T).cast()
}

/// A Go string header over `s`.
fn gostr(s: &str) -> [u64; 2] {
    [s.as_ptr() as u64, s.len() as u64]
}

fn eq<T>(t: TypeRef, a: &T, b: &T) -> bool {
    // SAFETY: a and b are values of t's layout.
    unsafe { typeequal(t, ptr(a), ptr(b)).unwrap() }
}

fn hash<T>(t: TypeRef, a: &T, seed: u64) -> u64 {
    // SAFETY: a is a value of t's layout.
    unsafe { typehash(t, ptr(a), seed).unwrap() }
}

#[test]
fn floats_equal_at_signed_zero_and_never_at_nan() {
    let mut ts = Types::new();
    let f = ts.float64();
    assert!(eq(f, &0.0f64, &-0.0f64));
    assert_eq!(hash(f, &0.0f64, 7), hash(f, &-0.0f64, 7));
    let nan = f64::NAN;
    assert!(!eq(f, &nan, &nan));
    // Each hash of a NaN is fresh randomness.
    assert_ne!(hash(f, &nan, 7), hash(f, &nan, 7));
    let f32t = ts.float32();
    assert!(eq(f32t, &0.0f32, &-0.0f32));
    assert_eq!(hash(f32t, &0.0f32, 1), hash(f32t, &-0.0f32, 1));
    let c = ts.complex128();
    assert!(eq(c, &[0.0f64, 1.0], &[-0.0f64, 1.0]));
    assert!(!eq(c, &[nan, 1.0], &[nan, 1.0]));
}

#[test]
fn strings_compare_by_bytes_not_by_pointer() {
    let mut ts = Types::new();
    let s = ts.string();
    let (a, b) = (String::from("hello"), String::from("hello"));
    assert!(eq(s, &gostr(&a), &gostr(&b)));
    assert_eq!(hash(s, &gostr(&a), 3), hash(s, &gostr(&b), 3));
    assert!(!eq(s, &gostr("hello"), &gostr("hellO")));
    assert!(eq(s, &gostr(""), &[0u64, 0]));
}

#[test]
fn hashes_depend_on_the_seed() {
    let mut ts = Types::new();
    let i = ts.int();
    assert_ne!(hash(i, &5i64, 1), hash(i, &5i64, 2));
    assert_ne!(hash(i, &5i64, 1), hash(i, &6i64, 1));
}

#[test]
fn structs_skip_blank_fields_and_compare_floats_as_floats() {
    let mut ts = Types::new();
    let (i32t, f, s) = (ts.int32(), ts.float64(), ts.string());
    let st = ts.structure(&[("a", i32t), ("_", i32t), ("f", f), ("s", s)], "main.K");
    assert_eq!(st.size(), 32);
    assert_eq!(st.tflag() & tflag::REGULAR_MEMORY, 0);
    #[repr(C)]
    struct K {
        a: i32,
        blank: i32,
        f: f64,
        s: [u64; 2],
    }
    let x = K {
        a: 1,
        blank: 5,
        f: 0.0,
        s: gostr("x"),
    };
    let y = K {
        a: 1,
        blank: 9,
        f: -0.0,
        s: gostr("x"),
    };
    assert!(eq(st, &x, &y));
    assert_eq!(hash(st, &x, 11), hash(st, &y, 11));
    let z = K { a: 2, ..y };
    assert!(!eq(st, &x, &z));
}

#[test]
fn arrays_compare_elementwise() {
    let mut ts = Types::new();
    let f = ts.float64();
    let arr = ts.array(f, 2, "[2]float64");
    assert!(eq(arr, &[1.0f64, 0.0], &[1.0f64, -0.0]));
    assert!(!eq(arr, &[1.0f64, f64::NAN], &[1.0f64, f64::NAN]));
    let i = ts.int();
    let ai = ts.array(i, 3, "[3]int");
    assert_ne!(ai.tflag() & tflag::REGULAR_MEMORY, 0);
    assert!(eq(ai, &[1i64, 2, 3], &[1i64, 2, 3]));
}

#[test]
fn interfaces_compare_dynamic_type_then_value() {
    let mut ts = Types::new();
    let (any, i, s) = (ts.eface(), ts.int(), ts.string());
    let (one, other_one, two) = (1i64, 1i64, 2i64);
    let a = [i.0 as u64, ptr(&one) as u64];
    let b = [i.0 as u64, ptr(&other_one) as u64];
    let c = [i.0 as u64, ptr(&two) as u64];
    let str1 = gostr("1");
    let d = [s.0 as u64, ptr(&str1) as u64];
    assert!(eq(any, &a, &b));
    assert_eq!(hash(any, &a, 5), hash(any, &b, 5));
    assert!(!eq(any, &a, &c));
    assert!(!eq(any, &a, &d));
    let nil = [0u64, 0];
    assert!(eq(any, &nil, &nil));
    assert!(!eq(any, &nil, &a));
    assert!(is_empty_interface(any));
    // SAFETY: data words of ints.
    assert!(unsafe { efaceeq(i, ptr(&one) as u64, ptr(&other_one) as u64).unwrap() });
}

#[test]
fn pointer_shaped_dynamic_values_are_their_data_word() {
    let mut ts = Types::new();
    let (any, i) = (ts.eface(), ts.int());
    let p = ts.pointer(i, "*int");
    let (x, y) = (1i64, 1i64);
    let a = [p.0 as u64, ptr(&x) as u64];
    let b = [p.0 as u64, ptr(&y) as u64];
    assert!(eq(any, &a, &a.clone()));
    assert!(!eq(any, &a, &b), "different pointers to equal ints");
}

#[test]
fn incomparable_dynamic_types_fail_with_go_messages() {
    let mut ts = Types::new();
    let (any, i) = (ts.eface(), ts.int());
    let sl = ts.slice(i, "[]int");
    let data = [0u64; 3];
    let v = [sl.0 as u64, ptr(&data) as u64];
    // SAFETY: v is an interface value holding a slice.
    let e = unsafe { typehash(any, ptr(&v), 1) }.unwrap_err();
    assert_eq!(e, AlgError::Unhashable(sl));
    let m = ts.module();
    assert_eq!(
        e.into_runtime_error(&m).to_string(),
        "runtime error: hash of unhashable type []int"
    );
    // SAFETY: as above.
    let e = unsafe { typeequal(any, ptr(&v), ptr(&v)) }.unwrap_err();
    assert_eq!(
        e.into_runtime_error(&m).to_string(),
        "runtime error: comparing uncomparable type []int"
    );
    // Different dynamic types are simply unequal, as in Go.
    let one = 1i64;
    let w = [i.0 as u64, ptr(&one) as u64];
    // SAFETY: as above.
    assert!(!unsafe { typeequal(any, ptr(&v), ptr(&w)) }.unwrap());
    // An incomparable value nested in a struct inside the interface.
    let st = ts.structure(&[("x", any)], "main.S");
    let inner = [st.0 as u64, ptr(&v) as u64];
    // SAFETY: inner holds a struct whose field holds the slice.
    let e = unsafe { typehash(any, ptr(&inner), 1) }.unwrap_err();
    assert_eq!(e, AlgError::Unhashable(sl));
    assert_eq!(sl.kind(), kind::SLICE);
}
