//! The builtin functions (spec "Built-in functions") and package
//! `unsafe`'s functions, with types2's semantics and messages.
//!
//! As in types2, the arguments of every builtin except `make`, `new` and
//! `unsafe.Offsetof` are evaluated first (a single multi-valued call
//! spreads over the parameters), then their number is checked, then each
//! builtin checks its operands and computes its result: a constant where
//! the spec says so (`len` of a constant string or of an array expression
//! without calls and receives, `complex`/`real`/`imag` of constants,
//! `min`/`max` of constants, `unsafe.Sizeof`/`Alignof`/`Offsetof` of
//! types whose size does not depend on a type parameter).
//!
//! Operands whose type is a type parameter are accepted without checking
//! their type sets (which belong to the generics work): the result is a
//! non-constant value of the evident result type, or, where the result
//! type depends on the type set (`complex`, `real`, `imag`,
//! `unsafe.Slice`, `unsafe.SliceData`), an invalid operand with no error.
//! Each such place is marked "type parameter:".

use super::check::Checker;
use super::constant::Value;
use super::lookup::Found;
use super::object::{Builtin, ObjKind};
use super::operand::{Mode, Operand};
use super::ty::{BasicKind, ChanDir, Type, TypeId};
use super::values::ValueExt;
use crate::syntax::ast::{Expr, ExprKind, Name};
use crate::syntax::printer::expr_string;
use crate::syntax::token::Operator;

const INVALID_OP: &str = "invalid operation: ";
const INVALID_ARG: &str = "invalid argument: ";

/// Number of arguments a builtin takes, and whether it takes more
/// (types2's `predeclaredFuncs` table).
fn arity(b: Builtin) -> (usize, bool) {
    use Builtin::*;
    match b {
        Append | Make | Max | Min => (1, true),
        Print | Println => (0, true),
        Recover => (0, false),
        Complex | Copy | Delete | Add | Slice | String => (2, false),
        Cap | Clear | Close | Imag | Len | New | Panic | Real | Alignof | Offsetof | Sizeof
        | SliceData | StringData => (1, false),
    }
}

/// The name of a builtin as its messages cite it (`unsafe.Sizeof`).
fn qualified_name(b: Builtin) -> String {
    use Builtin::*;
    match b {
        Add | Alignof | Offsetof | Sizeof | Slice | SliceData | String | StringData => {
            format!("unsafe.{}", b.name())
        }
        _ => b.name().to_string(),
    }
}

/// "1st", "2nd", ... as types2's `nth` spells them.
fn nth(n: usize) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

impl<'a> Checker<'a, '_> {
    /// Checks a call `e` of builtin `b`; the result's expression is `e`.
    pub(super) fn builtin(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        has_dots: bool,
    ) -> Operand<'a> {
        let mut r = self.builtin_call(e, b, args, has_dots);
        r.expr = Some(e);
        r
    }

    /// Reports a built-in newer than the current file's language version
    /// (the call is checked all the same).
    fn verify_builtin_version(&mut self, e: &Expr, b: Builtin) {
        let (v, what) = match b {
            Builtin::Clear => ((1, 21), "clear".to_string()),
            Builtin::Max | Builtin::Min => ((1, 21), format!("built-in {}", b.name())),
            Builtin::Add | Builtin::Slice => ((1, 17), qualified_name(b)),
            Builtin::SliceData | Builtin::String | Builtin::StringData => {
                ((1, 20), qualified_name(b))
            }
            _ => return,
        };
        let fun = match &e.kind {
            ExprKind::Call { fun, .. } => fun.start(),
            _ => e.start(),
        };
        self.verify_version(self.gpos(fun), v, &what);
    }

    fn builtin_call(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        has_dots: bool,
    ) -> Operand<'a> {
        // append is the only builtin that permits ... on its last argument
        if has_dots && b != Builtin::Append {
            self.error(
                e,
                format!("{INVALID_OP}invalid use of ... with built-in {}", b.name()),
            );
            self.use_exprs(args);
            return Operand::invalid(Some(e));
        }
        let special = matches!(b, Builtin::Make | Builtin::New | Builtin::Offsetof);
        let mut ops = if special {
            Vec::new()
        } else {
            let ops = self.builtin_args(args);
            if ops.iter().any(Operand::is_invalid) {
                return Operand::invalid(Some(e));
            }
            ops
        };
        let nargs = if special { args.len() } else { ops.len() };
        let (min, variadic) = arity(b);
        if nargs < min || (!variadic && nargs > min) {
            let what = if nargs < min {
                "not enough"
            } else {
                "too many"
            };
            let es = expr_string(e);
            self.error(
                e,
                format!("{INVALID_OP}{what} arguments for {es} (expected {min}, found {nargs})"),
            );
            return Operand::invalid(Some(e));
        }
        self.verify_builtin_version(e, b);
        match b {
            Builtin::Append => self.builtin_append(e, args, ops, has_dots),
            Builtin::Len | Builtin::Cap => self.builtin_len_cap(e, b, &args[0], &ops[0]),
            Builtin::Clear => {
                let x = &ops[0];
                let ok = self.under_types(x.typ).iter().all(|u| {
                    u.is_some_and(|u| matches!(self.w.types.get(u), Type::Map(..) | Type::Slice(_)))
                });
                if ok {
                    return self.no_value(e);
                }
                let s = self.operand_str(x);
                self.err_at(x, e, format!("{INVALID_ARG}cannot clear {s}: argument must be (or constrained by) map or slice"));
                Operand::invalid(Some(e))
            }
            Builtin::Close => {
                let x = &ops[0];
                // Every type in the type set must be a channel that can send.
                let msg = self.under_types(x.typ).iter().find_map(|u| {
                    match u.map(|u| self.w.types.get(u)) {
                        Some(Type::Chan(ChanDir::Recv, _)) => {
                            Some("cannot close receive-only channel")
                        }
                        Some(Type::Chan(..)) => None,
                        _ => Some("cannot close non-channel"),
                    }
                });
                let Some(msg) = msg else {
                    return self.no_value(e);
                };
                let s = self.operand_str(x);
                self.err_at(x, e, format!("{INVALID_OP}{msg} {s}"));
                Operand::invalid(Some(e))
            }
            Builtin::Complex => {
                let y = ops.pop().expect("two arguments");
                let x = ops.pop().expect("two arguments");
                self.builtin_complex(e, x, y)
            }
            Builtin::Copy => {
                let y = ops.pop().expect("two arguments");
                let x = ops.pop().expect("two arguments");
                self.builtin_copy(e, x, y)
            }
            Builtin::Delete => {
                let mut key = ops.pop().expect("two arguments");
                let m = ops.pop().expect("two arguments");
                let k = match self.map_key(&m) {
                    Ok(k) => k,
                    Err(why) => {
                        self.err_at(&m, e, format!("{INVALID_ARG}{why}"));
                        return Operand::invalid(Some(e));
                    }
                };
                self.assignment(&mut key, Some(k), "argument to delete");
                if key.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                self.no_value(e)
            }
            Builtin::Real | Builtin::Imag => {
                let x = ops.pop().expect("one argument");
                self.builtin_real_imag(e, b, x)
            }
            Builtin::Make => self.builtin_make(e, args),
            Builtin::Max | Builtin::Min => self.builtin_min_max(e, b, ops),
            Builtin::New => self.builtin_new(e, &args[0]),
            Builtin::Panic => {
                let mut x = ops.pop().expect("one argument");
                let any = self.pre.any;
                self.assignment(&mut x, Some(any), "argument to panic");
                if x.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                self.no_value(e)
            }
            Builtin::Print | Builtin::Println => {
                let context = format!("argument to built-in {}", b.name());
                for mut x in ops {
                    self.assignment(&mut x, None, &context);
                    if x.is_invalid() {
                        return Operand::invalid(Some(e));
                    }
                }
                self.no_value(e)
            }
            Builtin::Recover => {
                // types2 types recover() as `interface{}`, not `any`.
                let empty = self.w.types.unalias(self.pre.any);
                Operand::new(Mode::Value, e, empty)
            }
            Builtin::Add => {
                let mut y = ops.pop().expect("two arguments");
                let mut x = ops.pop().expect("two arguments");
                let ptr = TypeId::basic(BasicKind::UnsafePointer);
                self.assignment(&mut x, Some(ptr), "argument to unsafe.Add");
                if x.is_invalid() || !self.valid_index(&mut y, e, "length", true) {
                    return Operand::invalid(Some(e));
                }
                Operand::new(Mode::Value, e, ptr)
            }
            Builtin::Alignof | Builtin::Sizeof => {
                let mut x = ops.pop().expect("one argument");
                let context = format!("argument to {}", qualified_name(b));
                self.assignment(&mut x, None, &context);
                if x.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                let uintptr = TypeId::basic(BasicKind::Uintptr);
                if self.w.has_var_size(x.typ) {
                    return Operand::new(Mode::Value, e, uintptr);
                }
                let n = if b == Builtin::Sizeof {
                    self.w.sizeof(x.typ)
                } else {
                    self.w.alignof(x.typ)
                };
                if n < 0 {
                    let s = self.operand_str(&x);
                    self.err_at(&x, e, format!("{s} is too large"));
                    return Operand::invalid(Some(e));
                }
                self.uintptr_const(e, n)
            }
            Builtin::Offsetof => self.builtin_offsetof(e, &args[0]),
            Builtin::Slice => {
                let mut y = ops.pop().expect("two arguments");
                let x = ops.pop().expect("two arguments");
                // type parameter: the result needs the core type
                if self.is_tparam(x.typ) {
                    return Operand::invalid(Some(e));
                }
                let Type::Pointer(base) = *self.under(x.typ) else {
                    let s = self.operand_str(&x);
                    self.err_at(&x, e, format!("{INVALID_ARG}{s} is not a pointer"));
                    return Operand::invalid(Some(e));
                };
                if !self.valid_index(&mut y, e, "length", false) {
                    return Operand::invalid(Some(e));
                }
                let t = self.w.types.add(Type::Slice(base));
                Operand::new(Mode::Value, e, t)
            }
            Builtin::SliceData => {
                let x = &ops[0];
                // type parameter: the result needs the core type
                if self.is_tparam(x.typ) {
                    return Operand::invalid(Some(e));
                }
                let Type::Slice(elem) = *self.under(x.typ) else {
                    let s = self.operand_str(x);
                    self.err_at(x, e, format!("{INVALID_ARG}{s} is not a slice"));
                    return Operand::invalid(Some(e));
                };
                let t = self.w.types.add(Type::Pointer(elem));
                Operand::new(Mode::Value, e, t)
            }
            Builtin::String => {
                let mut y = ops.pop().expect("two arguments");
                let mut x = ops.pop().expect("two arguments");
                let pbyte = self
                    .w
                    .types
                    .add(Type::Pointer(TypeId::basic(BasicKind::Byte)));
                self.assignment(&mut x, Some(pbyte), "argument to unsafe.String");
                if x.is_invalid() || !self.valid_index(&mut y, e, "length", false) {
                    return Operand::invalid(Some(e));
                }
                Operand::new(Mode::Value, e, TypeId::basic(BasicKind::String))
            }
            Builtin::StringData => {
                let mut x = ops.pop().expect("one argument");
                let string = TypeId::basic(BasicKind::String);
                self.assignment(&mut x, Some(string), "argument to unsafe.StringData");
                if x.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                let t = self
                    .w
                    .types
                    .add(Type::Pointer(TypeId::basic(BasicKind::Byte)));
                Operand::new(Mode::Value, e, t)
            }
        }
    }

    // ------------------------------------------------------------------
    // Helpers

    /// Evaluates the arguments of a builtin (types2's `exprList`): a
    /// single multi-valued call yields one operand per result, each named
    /// "1st function result", "2nd function result", ... in messages.
    fn builtin_args(&mut self, args: &'a [Expr]) -> Vec<Operand<'a>> {
        let mut ops = self.eval_args(args);
        if args.len() == 1 && ops.len() > 1 {
            let pos = args[0].start();
            for (i, x) in ops.iter_mut().enumerate() {
                let name = Name {
                    pos,
                    value: format!("{} function result", nth(i + 1)).into(),
                };
                // Messages must name each result as types2's dummy
                // expressions do, and operands borrow their expression
                // for the whole check; these few bytes are leaked (one
                // name per result of a multi-valued call passed directly
                // to a builtin, which is rare).
                let dummy: &'static Expr = Box::leak(Box::new(Expr::name(name)));
                x.expr = Some(dummy);
            }
        }
        ops
    }

    fn under(&self, t: TypeId) -> &Type {
        self.w.types.get(self.w.types.under(t))
    }

    /// The underlying types of the types in `t`'s type set (types2's
    /// `typeset`): `t`'s own for an ordinary type, None for a type
    /// parameter without specific types.
    fn under_types(&self, t: TypeId) -> Vec<Option<TypeId>> {
        if !self.is_tparam(t) {
            return vec![Some(self.w.types.under(t))];
        }
        match self.w.tparam_set(t).and_then(|s| s.terms) {
            Some(terms) => terms
                .iter()
                .map(|term| Some(self.w.types.under(term.typ)))
                .collect(),
            None => vec![None],
        }
    }

    fn is_tparam(&self, t: TypeId) -> bool {
        self.w.types.is_type_param(t)
    }

    /// Reports at operand `x` (at `fallback` if it has no expression).
    fn err_at(&mut self, x: &Operand<'a>, fallback: &'a Expr, msg: String) {
        self.error(x.expr.unwrap_or(fallback), msg);
    }

    fn no_value(&self, e: &'a Expr) -> Operand<'a> {
        Operand::new(Mode::NoValue, e, TypeId::INVALID)
    }

    fn uintptr_const(&self, e: &'a Expr, n: i64) -> Operand<'a> {
        let mut x = Operand::new(Mode::Constant, e, TypeId::basic(BasicKind::Uintptr));
        x.val = Value::from_i64(n);
        x
    }

    /// Whether `t` is exactly `byte` (uint8), not a type defined on it.
    fn is_byte(&self, t: TypeId) -> bool {
        matches!(
            self.w.types.get(self.w.types.unalias(t)),
            Type::Basic(k) if k.canonical() == BasicKind::Uint8
        )
    }

    /// The element type of slice operand `x`, or the reason it has none
    /// (types2's `sliceElem`).
    /// The element type of slice `x` (types2's `sliceElem`): every type in
    /// its type set must be a slice, all with the same element type.
    fn slice_elem(&self, x: &Operand<'a>) -> Result<TypeId, String> {
        let mut elem: Option<TypeId> = None;
        for u in self.under_types(x.typ) {
            let Some(&Type::Slice(e)) = u.map(|u| self.w.types.get(u)) else {
                if x.mode == Mode::Nil {
                    return Err("argument must be a slice; have untyped nil".to_string());
                }
                let xs = self.operand_str(x);
                return Err(format!("argument must be a slice; have {xs}"));
            };
            match elem {
                None => elem = Some(e),
                Some(prev) if !self.w.identical(prev, e) => {
                    let (ps, es, xs) = (self.type_str(prev), self.type_str(e), self.operand_str(x));
                    return Err(format!(
                        "mismatched slice element types {ps} and {es} in {xs}"
                    ));
                }
                Some(_) => {}
            }
        }
        elem.ok_or_else(|| "argument must be a slice".to_string())
    }

    /// The key type of map `m`: every type in its type set must be a map,
    /// all with the same key type.
    fn map_key(&self, m: &Operand<'a>) -> Result<TypeId, String> {
        let mut key: Option<TypeId> = None;
        for u in self.under_types(m.typ) {
            let Some(&Type::Map(k, _)) = u.map(|u| self.w.types.get(u)) else {
                return Err(format!("{} is not a map", self.operand_str(m)));
            };
            match key {
                Some(prev) if !self.w.identical(prev, k) => {
                    let ms = self.operand_str(m);
                    return Err(format!("maps of {ms} must have identical key types"));
                }
                _ => key = Some(k),
            }
        }
        key.ok_or_else(|| format!("{} is not a map", self.operand_str(m)))
    }

    /// Whether every type in `t`'s type set is a string.
    fn all_strings(&self, t: TypeId) -> bool {
        self.under_types(t)
            .iter()
            .all(|u| u.is_some_and(|u| self.w.is_string(u)))
    }

    /// types2's `isValidIndex`: an integer (an untyped constant becomes
    /// an int), and if constant, not negative (unless allowed) and
    /// representable as an int. `what` names it in messages.
    fn valid_index(
        &mut self,
        x: &mut Operand<'a>,
        e: &'a Expr,
        what: &str,
        allow_negative: bool,
    ) -> bool {
        if x.is_invalid() {
            return false;
        }
        self.convert_untyped(x, TypeId::basic(BasicKind::Int));
        if x.is_invalid() {
            return false;
        }
        // type parameter: integer type sets are not checked
        if self.is_tparam(x.typ) {
            return true;
        }
        if !self.w.is_integer(x.typ) {
            let s = self.operand_str(x);
            self.err_at(x, e, format!("{INVALID_ARG}{what} {s} must be integer"));
            return false;
        }
        if x.mode == Mode::Constant {
            if !allow_negative && x.val.sign() < 0 {
                let s = self.operand_str(x);
                self.err_at(
                    x,
                    e,
                    format!("{INVALID_ARG}{what} {s} must not be negative"),
                );
                return false;
            }
            match x
                .val
                .representable_as(BasicKind::Int, self.w.types.basic_kind(x.typ))
            {
                Ok(v) => x.val = v,
                Err(_) => {
                    let s = self.operand_str(x);
                    self.err_at(x, e, format!("{INVALID_ARG}{what} {s} overflows int"));
                    return false;
                }
            }
        }
        true
    }

    // ------------------------------------------------------------------
    // The builtins

    fn builtin_append(
        &mut self,
        e: &'a Expr,
        args: &'a [Expr],
        mut ops: Vec<Operand<'a>>,
        has_dots: bool,
    ) -> Operand<'a> {
        let s = ops[0].clone();
        let elem = match self.slice_elem(&s) {
            Ok(t) => t,
            Err(why) => {
                self.err_at(&s, e, format!("invalid append: {why}"));
                return Operand::invalid(Some(e));
            }
        };
        let nargs = ops.len();
        // append([]byte, string...): the string's bytes
        if nargs == 2 && has_dots && self.is_byte(elem) {
            let y = &ops[1];
            if self.w.is_string(y.typ) || self.is_tparam(y.typ) {
                return Operand::new(Mode::Value, e, s.typ);
            }
        }
        // The general case: a call of func(S, ...E) S.
        if has_dots && args.len() == 1 && nargs > 1 {
            let a = expr_string(&args[0]);
            self.error(e, format!("cannot use ... with {nargs}-valued {a}"));
            return Operand::new(Mode::Value, e, s.typ);
        }
        let dots_slice = has_dots.then(|| self.w.types.add(Type::Slice(elem)));
        if let Some(sl) = dots_slice
            && nargs != 2
        {
            let (what, at) = if nargs > 2 {
                ("too many", &ops[2])
            } else {
                ("not enough", &ops[0])
            };
            let at = at.expr.unwrap_or(e);
            let have: Vec<TypeId> = ops.iter().map(|x| x.typ).collect();
            let have = self.types_summary(&have, false, true);
            let want = self.types_summary(&[s.typ, sl], true, false);
            self.error(
                at,
                format!("{what} arguments in call to append\n\thave {have}\n\twant {want}"),
            );
            return Operand::new(Mode::Value, e, s.typ);
        }
        for x in ops.iter_mut().skip(1) {
            let t = dots_slice.unwrap_or(elem);
            self.assignment(x, Some(t), "argument to append");
        }
        Operand::new(Mode::Value, e, s.typ)
    }

    fn builtin_len_cap(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        arg: &'a Expr,
        x: &Operand<'a>,
    ) -> Operand<'a> {
        let int = TypeId::basic(BasicKind::Int);
        // A type parameter: every type in its type set must have a length
        // (capacity); the result is never constant.
        if self.is_tparam(x.typ) {
            let ok = self
                .w
                .tparam_all(x.typ, &|w, t| has_len_or_cap(w, w.types.under(t), b));
            if ok {
                return Operand::new(Mode::Value, e, int);
            }
            let s = self.operand_str(x);
            self.err_at(x, e, format!("{INVALID_ARG}{s} for built-in {}", b.name()));
            return Operand::invalid(Some(e));
        }
        // A pointer to an array stands for the array.
        let mut t = self.w.types.under(x.typ);
        if let Type::Pointer(base) = self.w.types.get(t) {
            let base = self.w.types.under(*base);
            if matches!(self.w.types.get(base), Type::Array(..)) {
                t = base;
            }
        }
        let mode = match self.w.types.get(t) {
            Type::Basic(k) if k.is_string() && b == Builtin::Len => {
                if x.mode == Mode::Constant {
                    let mut r = Operand::new(Mode::Constant, e, int);
                    r.val = Value::from_i64(x.val.str_len().unwrap_or(0) as i64);
                    return r;
                }
                Mode::Value
            }
            Type::Array(n, _) => {
                // spec: constant if the expression contains no function
                // calls or channel receives (it is then not evaluated)
                let n = *n;
                if self.has_call_or_recv(arg) {
                    Mode::Value
                } else {
                    let mut r = Operand::new(Mode::Constant, e, int);
                    r.val = if n >= 0 {
                        Value::from_i64(n)
                    } else {
                        Value::Unknown
                    };
                    return r;
                }
            }
            Type::Slice(_) | Type::Chan(..) => Mode::Value,
            Type::Map(..) if b == Builtin::Len => Mode::Value,
            _ => Mode::Invalid,
        };
        if mode == Mode::Invalid {
            if self.w.types.under(x.typ) != TypeId::INVALID {
                let s = self.operand_str(x);
                self.err_at(x, e, format!("{INVALID_ARG}{s} for built-in {}", b.name()));
            }
            return Operand::invalid(Some(e));
        }
        Operand::new(mode, e, int)
    }

    /// Whether checking `e` involved a function call (not a conversion,
    /// nor a builtin call with a constant result) or a channel receive
    /// (types2's `hasCallOrRecv`), decided from what the checker recorded
    /// for `e`'s subexpressions. Calls in function literal bodies do not
    /// count (types2 checks those bodies later).
    fn has_call_or_recv(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Call { fun, args, .. } => {
                let constant = self
                    .info
                    .types
                    .get(&(e as *const Expr as usize))
                    .is_some_and(|(_, v)| v.is_some());
                if constant {
                    return false;
                }
                if self.denotes_type(fun) {
                    args.iter().any(|a| self.has_call_or_recv(a))
                } else {
                    true
                }
            }
            ExprKind::Operation(Operator::Recv, _, None) => true,
            ExprKind::Operation(_, x, y) => {
                self.has_call_or_recv(x) || y.as_ref().is_some_and(|y| self.has_call_or_recv(y))
            }
            ExprKind::CompositeLit { elems, .. } => elems.iter().any(|x| self.has_call_or_recv(x)),
            ExprKind::KeyValue(k, v) => self.has_call_or_recv(k) || self.has_call_or_recv(v),
            ExprKind::Paren(x) | ExprKind::Selector(x, _) | ExprKind::Assert(x, _) => {
                self.has_call_or_recv(x)
            }
            ExprKind::Index(x, index) => {
                self.has_call_or_recv(x) || index.iter().any(|i| self.has_call_or_recv(i))
            }
            ExprKind::Slice { x, index, .. } => {
                self.has_call_or_recv(x) || index.iter().flatten().any(|i| self.has_call_or_recv(i))
            }
            _ => false,
        }
    }

    /// Whether `fun` (the function part of a checked call) denotes a type,
    /// so that the call is a conversion.
    fn denotes_type(&self, fun: &Expr) -> bool {
        let is_type_name = |pos| {
            let p = self.gpos(pos);
            self.info
                .uses
                .get(&p)
                .is_some_and(|&o| matches!(self.w.obj(o).kind, ObjKind::TypeName))
        };
        match &fun.unparen().kind {
            ExprKind::Name(_) => is_type_name(fun.unparen().pos),
            ExprKind::Selector(_, sel) => is_type_name(sel.pos),
            ExprKind::Index(x, _) => self.denotes_type(x),
            ExprKind::Operation(Operator::Mul, x, None) => self.denotes_type(x),
            ExprKind::ArrayType(..)
            | ExprKind::SliceType(_)
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => true,
            _ => false,
        }
    }

    fn builtin_complex(
        &mut self,
        e: &'a Expr,
        mut x: Operand<'a>,
        mut y: Operand<'a>,
    ) -> Operand<'a> {
        // type parameter: the result is a new type parameter whose type
        // set is derived from the argument's (and gc then reports that
        // this is not supported)
        if self.is_tparam(x.typ) || self.is_tparam(y.typ) {
            return Operand::invalid(Some(e));
        }
        let ux = self.w.is_untyped(x.typ);
        let uy = self.w.is_untyped(y.typ);
        match (ux, uy) {
            (false, false) => {}
            (true, false) => self.convert_untyped(&mut x, y.typ),
            (false, true) => self.convert_untyped(&mut y, x.typ),
            (true, true) => {
                if x.mode == Mode::Constant && y.mode == Mode::Constant {
                    // untyped numeric constants with a zero imaginary part
                    // are floats here
                    for z in [&mut x, &mut y] {
                        if self.w.is_numeric(z.typ) && z.val.imag().sign() == 0 {
                            z.typ = TypeId::basic(BasicKind::UntypedFloat);
                        }
                    }
                } else {
                    let f64 = TypeId::basic(BasicKind::Float64);
                    self.convert_untyped(&mut x, f64);
                    self.convert_untyped(&mut y, f64);
                }
            }
        }
        if x.is_invalid() || y.is_invalid() {
            return Operand::invalid(Some(e));
        }
        if !self.w.identical(x.typ, y.typ) {
            let (es, xs, ys) = (expr_string(e), self.type_str(x.typ), self.type_str(y.typ));
            self.err_at(
                &x,
                e,
                format!("{INVALID_OP}{es} (mismatched types {xs} and {ys})"),
            );
            return Operand::invalid(Some(e));
        }
        let res = match self.w.types.basic_kind(x.typ) {
            Some(BasicKind::Float32) => BasicKind::Complex64,
            Some(BasicKind::Float64) => BasicKind::Complex128,
            Some(BasicKind::UntypedFloat) => BasicKind::UntypedComplex,
            _ => {
                let xs = self.type_str(x.typ);
                self.err_at(
                    &x,
                    e,
                    format!("{INVALID_ARG}arguments have type {xs}, expected floating-point"),
                );
                return Operand::invalid(Some(e));
            }
        };
        let mut r = Operand::new(Mode::Value, e, TypeId::basic(res));
        if x.mode == Mode::Constant && y.mode == Mode::Constant {
            r.mode = Mode::Constant;
            let im = y.val.to_float().make_imag();
            r.val = x.val.to_float().binary(Operator::Add, &im);
        }
        r
    }

    fn builtin_real_imag(&mut self, e: &'a Expr, b: Builtin, mut x: Operand<'a>) -> Operand<'a> {
        // type parameter: as for complex
        if self.is_tparam(x.typ) {
            return Operand::invalid(Some(e));
        }
        if self.w.is_untyped(x.typ) {
            if x.mode == Mode::Constant {
                // an untyped numeric constant is a complex constant here
                if self.w.is_numeric(x.typ) {
                    x.typ = TypeId::basic(BasicKind::UntypedComplex);
                }
            } else {
                // (an untyped non-constant shift: an error as complex128)
                self.convert_untyped(&mut x, TypeId::basic(BasicKind::Complex128));
                if x.is_invalid() {
                    return Operand::invalid(Some(e));
                }
            }
        }
        let res = match self.w.types.basic_kind(x.typ) {
            Some(BasicKind::Complex64) => BasicKind::Float32,
            Some(BasicKind::Complex128) => BasicKind::Float64,
            Some(BasicKind::UntypedComplex) => BasicKind::UntypedFloat,
            _ => {
                let xs = self.type_str(x.typ);
                self.err_at(
                    &x,
                    e,
                    format!("{INVALID_ARG}argument has type {xs}, expected complex type"),
                );
                return Operand::invalid(Some(e));
            }
        };
        let mut r = Operand::new(Mode::Value, e, TypeId::basic(res));
        if x.mode == Mode::Constant {
            r.mode = Mode::Constant;
            r.val = if b == Builtin::Real {
                x.val.real()
            } else {
                x.val.imag()
            };
        }
        r
    }

    fn builtin_copy(&mut self, e: &'a Expr, x: Operand<'a>, y: Operand<'a>) -> Operand<'a> {
        let int = TypeId::basic(BasicKind::Int);
        let dst = match self.slice_elem(&x) {
            Ok(t) => t,
            Err(why) => {
                self.err_at(&x, e, format!("invalid copy: {why}"));
                return Operand::invalid(Some(e));
            }
        };
        // copy([]byte, string): every source type a string or byte slice
        let special = self.is_byte(dst)
            && self.under_types(y.typ).iter().all(|u| {
                u.is_some_and(|u| {
                    self.w.is_string(u)
                        || matches!(self.w.types.get(u), Type::Slice(b) if self.is_byte(*b))
                })
            });
        if !special {
            let src = match self.slice_elem(&y) {
                Ok(t) => t,
                // a string source: report the element types below
                Err(_) if self.all_strings(y.typ) => TypeId::basic(BasicKind::Byte),
                Err(why) => {
                    self.err_at(&y, e, format!("invalid copy: {why}"));
                    return Operand::invalid(Some(e));
                }
            };
            if !self.w.identical(dst, src) {
                let (xs, ys) = (self.operand_str(&x), self.operand_str(&y));
                let (ds, ss) = (self.type_str(dst), self.type_str(src));
                self.err_at(
                    &x,
                    e,
                    format!("invalid copy: arguments {xs} and {ys} have different element types {ds} and {ss}"),
                );
                return Operand::invalid(Some(e));
            }
        }
        Operand::new(Mode::Value, e, int)
    }

    fn builtin_make(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand<'a> {
        let arg0 = &args[0];
        let t = self.var_type(arg0);
        if t == TypeId::INVALID {
            return Operand::invalid(Some(e));
        }
        // All types in the type set must share one slice, map or channel
        // type as their underlying type.
        let makeable = |w: &super::object::World, _, u| {
            matches!(
                w.types.get(u),
                Type::Slice(_) | Type::Map(..) | Type::Chan(..)
            )
        };
        let min = match self.w.common_under(t, &makeable) {
            Ok(u) => match self.w.types.get(u) {
                Type::Slice(_) => Some(2),
                _ => Some(1),
            },
            Err(err) => {
                let cause =
                    self.under_error_str(err, &|_| "type must be slice, map, or channel".into());
                let ts = expr_string(arg0);
                self.error(arg0, format!("{INVALID_ARG}cannot make {ts}: {cause}"));
                return Operand::invalid(Some(e));
            }
        };
        let nargs = args.len();
        if let Some(min) = min
            && (nargs < min || nargs > min + 1)
        {
            let es = expr_string(e);
            self.error(
                e,
                format!(
                    "{INVALID_OP}{es} expects {min} or {} arguments; found {nargs}",
                    min + 1
                ),
            );
            return Operand::invalid(Some(e));
        }
        let mut sizes = Vec::new();
        for a in &args[1..] {
            let mut x = self.expr(a);
            if self.valid_index(&mut x, a, "index", false)
                && x.mode == Mode::Constant
                && let Some(v) = x.val.int64()
            {
                sizes.push(v);
            }
        }
        if sizes.len() == 2 && sizes[0] > sizes[1] {
            self.error(
                &args[1],
                format!("{INVALID_ARG}length and capacity swapped"),
            );
        }
        Operand::new(Mode::Value, e, t)
    }

    fn builtin_min_max(&mut self, e: &'a Expr, b: Builtin, ops: Vec<Operand<'a>>) -> Operand<'a> {
        let op = if b == Builtin::Min {
            Operator::Lss
        } else {
            Operator::Gtr
        };
        let mut x = ops[0].clone();
        for (i, a) in ops.iter().enumerate() {
            let mut a = a.clone();
            // (for a type parameter: every type in its type set)
            if !self.w.is_ordered(a.typ) {
                let s = self.operand_str(&a);
                self.err_at(&a, e, format!("{INVALID_ARG}{s} cannot be ordered"));
                return Operand::invalid(Some(e));
            }
            if i == 0 {
                continue;
            }
            self.match_types(&mut x, &mut a);
            if x.is_invalid() || a.is_invalid() {
                return Operand::invalid(Some(e));
            }
            if !self.w.identical(x.typ, a.typ) {
                let (xs, at) = (self.type_str(x.typ), self.type_str(a.typ));
                let ae = a.expr.map(expr_string).unwrap_or_default();
                self.err_at(
                    &a,
                    e,
                    format!("{INVALID_ARG}mismatched types {xs} (previous argument) and {at} (type of {ae})"),
                );
                return Operand::invalid(Some(e));
            }
            if x.mode == Mode::Constant && a.mode == Mode::Constant {
                if a.val.cmp_op(op, &x.val) {
                    x = a;
                }
            } else {
                x.mode = Mode::Value;
            }
        }
        if x.mode != Mode::Constant {
            x.mode = Mode::Value;
            // a value must not be untyped (an untyped shift gets its
            // default type)
            let any = self.w.types.unalias(self.pre.any);
            let context = format!("argument to built-in {}", b.name());
            self.assignment(&mut x, Some(any), &context);
            if x.is_invalid() {
                return Operand::invalid(Some(e));
            }
        }
        // All arguments have the result's type.
        if !self.w.is_untyped(x.typ) {
            for a in &ops {
                if self.w.is_untyped(a.typ)
                    && let Some(ae) = a.expr
                {
                    let val = (a.mode == Mode::Constant).then(|| a.val.clone());
                    self.record_type(ae, x.typ, val);
                }
            }
        }
        if x.mode != Mode::Constant {
            x.val = Value::Unknown;
        }
        x
    }

    fn builtin_new(&mut self, e: &'a Expr, arg: &'a Expr) -> Operand<'a> {
        let mut x = self.expr_or_type_non_generic(arg);
        if let Mode::Builtin(_) = x.mode {
            let s = self.operand_str(&x);
            self.error(arg, format!("{s} must be called"));
            return Operand::invalid(Some(e));
        }
        match x.mode {
            Mode::Invalid => return Operand::invalid(Some(e)),
            Mode::TypeExpr => self.valid_var_type(arg, x.typ),
            _ => {
                // Go 1.26: new(expr) allocates a variable initialized to
                // expr; an untyped expr gets its default type.
                if self.w.is_untyped(x.typ) {
                    self.assignment(&mut x, None, "argument to new");
                    if x.is_invalid() {
                        return Operand::invalid(Some(e));
                    }
                }
                // Reported only when there is no other error.
                let what = format!("new({})", expr_string(arg));
                self.verify_version(self.gpos(e.start()), (1, 26), &what);
            }
        }
        let t = self.w.types.add(Type::Pointer(x.typ));
        Operand::new(Mode::Value, e, t)
    }

    fn builtin_offsetof(&mut self, e: &'a Expr, arg: &'a Expr) -> Operand<'a> {
        let ExprKind::Selector(xe, sel) = &arg.unparen().kind else {
            let s = expr_string(arg);
            self.error(
                arg,
                format!("{INVALID_ARG}{s} is not a selector expression"),
            );
            self.use_exprs(std::slice::from_ref(arg));
            return Operand::invalid(Some(e));
        };
        let selx = arg.unparen();
        let x = self.expr(xe);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        // A pointer to a struct stands for the struct.
        let mut base = x.typ;
        if let Type::Pointer(p) = *self.under(x.typ)
            && matches!(self.under(p), Type::Struct(_))
        {
            base = p;
        }
        let name = &*sel.value;
        let (obj, path) = match self.lookup_field_or_method(base, name) {
            Found::Field {
                obj,
                path,
                indirect,
            } => {
                if indirect {
                    let bs = self.type_str(base);
                    self.err_at(
                        &x,
                        e,
                        format!("{INVALID_ARG}field {name} is embedded via a pointer in {bs}"),
                    );
                    return Operand::invalid(Some(e));
                }
                (obj, path)
            }
            Found::Method { .. } => {
                let s = expr_string(arg);
                self.error(arg, format!("{INVALID_ARG}{s} is a method value"));
                return Operand::invalid(Some(e));
            }
            Found::Missing | Found::Ambiguous => {
                let bs = self.type_str(base);
                self.err_at(
                    &x,
                    e,
                    format!("{INVALID_ARG}{bs} has no single field {name}"),
                );
                return Operand::invalid(Some(e));
            }
        };
        self.record_use(sel.pos, obj);
        let ft = self.w.type_of(obj);
        self.record_type(selx, ft, None);
        let uintptr = TypeId::basic(BasicKind::Uintptr);
        if self.w.has_var_size(base) {
            return Operand::new(Mode::Value, e, uintptr);
        }
        let offs = self.w.offsetof(base, &path);
        if offs < 0 {
            let s = self.operand_str(&x);
            self.err_at(&x, e, format!("{s} is too large"));
            return Operand::invalid(Some(e));
        }
        self.uintptr_const(e, offs)
    }
}

/// Whether values of underlying type `u` have a length (`len`) or
/// capacity (`cap`); a pointer to an array stands for the array.
fn has_len_or_cap(w: &super::object::World, u: TypeId, b: Builtin) -> bool {
    let u = match w.types.get(u) {
        Type::Pointer(base) if matches!(w.types.get(w.types.under(*base)), Type::Array(..)) => {
            w.types.under(*base)
        }
        _ => u,
    };
    match w.types.get(u) {
        Type::Basic(k) => k.is_string() && b == Builtin::Len,
        Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
        Type::Map(..) => b == Builtin::Len,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    //! End-to-end checks of small programs against real gc: each expected
    //! list is what `go build -o /dev/null NAME.go` (Go 1.27.3,
    //! linux/amd64, in a directory holding only NAME.go) printed for the
    //! program, minus the `# command-line-arguments` header line.
    use std::collections::HashMap;

    use crate::types::check::{Checker, PkgFiles};
    use crate::types::object::World;
    use crate::types::program::error_lines;
    use crate::types::version::GO_CURRENT;

    /// Checks `src` as file `name` of package main (with `unsafe`
    /// importable) and returns the lines gc would print.
    pub(crate) fn check(name: &str, src: &str) -> Vec<String> {
        let parsed = crate::syntax::parse_file(name, src.as_bytes());
        assert!(
            parsed.errors.is_empty(),
            "syntax errors: {:?}",
            parsed.errors
        );
        let file = parsed.file.expect("parsed");
        let (mut world, pre) = World::new();
        let mut imports = HashMap::new();
        imports.insert("unsafe".to_string(), pre.unsafe_pkg);
        let files = [&file];
        let (_, errors, _) = Checker::check_package(
            &mut world,
            pre,
            PkgFiles {
                path: "main",
                files: &files,
                imports: &imports,
                lang: Some(GO_CURRENT),
            },
        );
        error_lines(&world, &errors)
            .iter()
            .flat_map(|l| l.split('\n').map(str::to_string).collect::<Vec<_>>())
            .collect()
    }

    fn expect(name: &str, src: &str, want: &[&str]) {
        let got = check(name, src);
        assert_eq!(got, want, "\ngot:\n{}\n", got.join("\n"));
    }

    #[test]
    fn arg_counts() {
        expect(
            "./arg_counts.go",
            r#"package main

import "unsafe"

func f() (float64, float64) { return 1, 2 }

func main() {
	_ = len()
	_ = complex(1)
	_ = complex(1, 2, 3)
	_ = real()
	_ = unsafe.Sizeof()
	_ = unsafe.Offsetof(1, 2)
	_ = unsafe.Add(nil)
	_ = recover(1)
	_ = len(f())
	_ = complex(f())
}
"#,
            &[
                "./arg_counts.go:8:6: invalid operation: not enough arguments for len() (expected 1, found 0)",
                "./arg_counts.go:9:6: invalid operation: not enough arguments for complex(1) (expected 2, found 1)",
                "./arg_counts.go:10:6: invalid operation: too many arguments for complex(1, 2, 3) (expected 2, found 3)",
                "./arg_counts.go:11:6: invalid operation: not enough arguments for real() (expected 1, found 0)",
                "./arg_counts.go:12:6: invalid operation: not enough arguments for unsafe.Sizeof() (expected 1, found 0)",
                "./arg_counts.go:13:6: invalid operation: too many arguments for unsafe.Offsetof(1, 2) (expected 1, found 2)",
                "./arg_counts.go:14:6: invalid operation: not enough arguments for unsafe.Add(nil) (expected 2, found 1)",
                "./arg_counts.go:15:6: invalid operation: too many arguments for recover(1) (expected 0, found 1)",
                "./arg_counts.go:16:6: invalid operation: too many arguments for len(f()) (expected 1, found 2)",
            ],
        );
    }

    #[test]
    fn arg_counts2() {
        expect(
            "./arg_counts2.go",
            r#"package main

func main() {
	var x, y int
	_ = new(x, y)
	_ = make()
	var s []int
	_ = len(s, s...)
	_ = append(s, s...)
	print()
	println()
}
"#,
            &[
                "./arg_counts2.go:4:6: declared and not used: x",
                "./arg_counts2.go:4:9: declared and not used: y",
                "./arg_counts2.go:5:6: invalid operation: too many arguments for new(x, y) (expected 1, found 2)",
                "./arg_counts2.go:6:6: invalid operation: not enough arguments for make() (expected 1, found 0)",
                "./arg_counts2.go:8:6: invalid operation: invalid use of ... with built-in len",
            ],
        );
    }

    #[test]
    fn complex_real_imag() {
        expect(
            "./complex_real_imag.go",
            r#"package main

type F float32

func main() {
	var f32 float32
	var f64 float64
	var i int
	var c64 complex64
	var ff F
	var b bool
	const c1 = complex(1, 2)
	const c2 = complex(1.5, 0)
	const r = real(3 + 4i)
	const im = imag(2)
	var x64 complex64 = complex(f32, 1)
	var x128 complex128 = complex(1, f64)
	x64 = complex(ff, ff)
	x128 = complex(f32, f64)
	_ = complex(i, i)
	_ = complex(1, "a")
	_ = complex(1i, 2)
	_ = complex(c64, c64)
	_ = real(i)
	_ = imag("s")
	f64 = imag(c64)
	_, _, _ = x64, x128, b
}
"#,
            &[
                "./complex_real_imag.go:19:17: invalid operation: complex(f32, f64) (mismatched types float32 and float64)",
                "./complex_real_imag.go:20:14: invalid argument: arguments have type int, expected floating-point",
                "./complex_real_imag.go:21:14: invalid operation: complex(1, \"a\") (mismatched types untyped float and untyped string)",
                "./complex_real_imag.go:22:14: invalid operation: complex(1i, 2) (mismatched types untyped complex and untyped float)",
                "./complex_real_imag.go:23:14: invalid argument: arguments have type complex64, expected floating-point",
                "./complex_real_imag.go:24:11: invalid argument: argument has type int, expected complex type",
                "./complex_real_imag.go:25:11: invalid argument: argument has type untyped string, expected complex type",
                "./complex_real_imag.go:26:8: cannot use imag(c64) (value of type float32) as float64 value in assignment",
            ],
        );
    }

    #[test]
    fn complex_consts() {
        expect(
            "./complex_consts.go",
            r#"package main

func main() {
	var b bool
	const c1 = complex(1, 2)
	const c2 = complex(1.5, 0)
	const r = real(3 + 4i)
	const im = imag(2)
	b = c1
	b = c2 + r
	b = im
	b = complex(float32(1.5), 2)
	b = real(complex64(1 + 0.1i))
	b = imag(1e300i * 1e300)
	b = complex(0.1, 'a')
	b = real('a')
	_ = b
}
"#,
            &[
                "./complex_consts.go:9:6: cannot use c1 (untyped complex constant (1 + 2i)) as bool value in assignment",
                "./complex_consts.go:10:6: cannot use c2 + r (untyped complex constant (4.5 + 0i)) as bool value in assignment",
                "./complex_consts.go:11:6: cannot use im (untyped float constant 0) as bool value in assignment",
                "./complex_consts.go:12:6: cannot use complex(float32(1.5), 2) (constant (1.5 + 2i) of type complex64) as bool value in assignment",
                "./complex_consts.go:13:6: cannot use real(complex64(1 + 0.1i)) (constant 1 of type float32) as bool value in assignment",
                "./complex_consts.go:14:6: cannot use imag(1e300i * 1e300) (untyped float constant 1e+600) as bool value in assignment",
                "./complex_consts.go:15:6: cannot use complex(0.1, 'a') (untyped complex constant (0.1 + 97i)) as bool value in assignment",
                "./complex_consts.go:16:6: cannot use real('a') (untyped float constant 97) as bool value in assignment",
            ],
        );
    }

    #[test]
    fn len_cap() {
        expect(
            "./len_cap.go",
            r#"package main

func f() [3]int { return [3]int{} }
func g() int    { return 1 }

type S string

func main() {
	var a [4]int
	var pa *[5]int
	var ch chan int
	var cha chan [2]int
	var s string
	var b bool
	b = len(a)
	b = cap(pa)
	b = len("abc")
	const _ = len([2]int{g(), 1})
	const _ = len(f())
	const _ = len([2]int{len([]int{}), 1})
	const _ = len([2]int{len("x"), 1})
	const _ = len(<-cha)
	const _ = len([2]func(){func() { g() }, nil}) + len([2]int{int(1.0), 1}) + len([2]S{S("x"), "y"})
	const _ = len(s)
	b = len(ch)
	_ = b
}
"#,
            &[
                "./len_cap.go:15:6: cannot use len(a) (constant 4 of type int) as bool value in assignment",
                "./len_cap.go:16:6: cannot use cap(pa) (constant 5 of type int) as bool value in assignment",
                "./len_cap.go:17:6: cannot use len(\"abc\") (constant 3 of type int) as bool value in assignment",
                "./len_cap.go:18:12: len([2]int{…}) (value of type int) is not constant",
                "./len_cap.go:19:12: len(f()) (value of type int) is not constant",
                "./len_cap.go:20:12: len([2]int{…}) (value of type int) is not constant",
                "./len_cap.go:22:12: len(<-cha) (value of type int) is not constant",
                "./len_cap.go:24:12: len(s) (value of type int) is not constant",
                "./len_cap.go:25:6: cannot use len(ch) (value of type int) as bool value in assignment",
            ],
        );
    }

    #[test]
    fn len_cap2() {
        expect(
            "./len_cap2.go",
            r#"package main

func main() {
	var s string
	var m map[int]int
	var i int
	var p *[]int
	_ = cap(s)
	_ = cap(m)
	_ = len(nil)
	_ = len(i)
	_ = len(p)
	_ = cap("string")
	_ = len(m) + cap([]int{}) + len(make(chan int))
}
"#,
            &[
                "./len_cap2.go:8:10: invalid argument: s (variable of type string) for built-in cap",
                "./len_cap2.go:9:10: invalid argument: m (variable of type map[int]int) for built-in cap",
                "./len_cap2.go:10:10: invalid argument: nil for built-in len",
                "./len_cap2.go:11:10: invalid argument: i (variable of type int) for built-in len",
                "./len_cap2.go:12:10: invalid argument: p (variable of type *[]int) for built-in len",
                "./len_cap2.go:13:10: invalid argument: \"string\" (untyped string constant) for built-in cap",
            ],
        );
    }

    #[test]
    fn append() {
        expect(
            "./append.go",
            r#"package main

type B []byte
type S string

func main() {
	var b []byte
	var bb B
	var s string
	var ss S
	var is []int
	_ = append(b, s...)
	_ = append(bb, ss...)
	_ = append(b, "abc"...)
	_ = append(is, s...)
	_ = append(nil, 1)
	_ = append(nil, s...)
	_ = append(is, 1, "x")
	_ = append(is, is)
	_ = append(is, 1, is...)
	_ = append(is, b...)
	_ = append(is)
	_ = append(b, nil...)
	_ = append(is, nil...)
	_ = append(s, 1)
}
"#,
            &[
                "./append.go:15:17: cannot use s (variable of type string) as []int value in argument to append",
                "./append.go:16:13: invalid append: argument must be a slice; have untyped nil",
                "./append.go:17:13: invalid append: argument must be a slice; have untyped nil",
                "./append.go:18:20: cannot use \"x\" (untyped string constant) as int value in argument to append",
                "./append.go:19:17: cannot use is (variable of type []int) as int value in argument to append",
                "./append.go:20:20: too many arguments in call to append",
                "\thave ([]int, number, []int...)",
                "\twant ([]int, ...int)",
                "./append.go:21:17: cannot use b (variable of type []byte) as []int value in argument to append",
                "./append.go:25:13: invalid append: argument must be a slice; have s (variable of type string)",
            ],
        );
    }

    #[test]
    fn append2() {
        expect(
            "./append2.go",
            r#"package main

func f() ([]int, int) { return nil, 1 }

type B []byte

func main() {
	var bb B
	bb = append(bb, "x"...)
	var b bool
	b = append(f())
	_ = append(f()...)
	var is []int
	_ = append(is...)
	_, _ = b, bb
}
"#,
            &[
                "./append2.go:11:6: cannot use append(f()) (value of type []int) as bool value in assignment",
                "./append2.go:12:6: cannot use ... with 2-valued f()",
                "./append2.go:14:13: not enough arguments in call to append",
                "\thave ([]int...)",
                "\twant ([]int, ...int)",
            ],
        );
    }

    #[test]
    fn copy() {
        expect(
            "./copy.go",
            r#"package main

type B []byte
type S string

func main() {
	var b []byte
	var bb B
	var s string
	var ss S
	var is []int
	var r []rune
	_ = copy(b, s)
	_ = copy(bb, ss)
	_ = copy(b, "abc")
	_ = copy(is, s)
	_ = copy(r, s)
	_ = copy(nil, s)
	_ = copy(is, nil)
	_ = copy(is, 1)
	_ = copy(s, b)
	var x = copy(is, is)
	const _ = copy(is, is)
	copy(b, bb)
	_ = x
	var ar [3]int
	_ = copy(is, ar)
	_ = copy(b, is)
}
"#,
            &[
                "./copy.go:16:11: invalid copy: arguments is (variable of type []int) and s (variable of type string) have different element types int and byte",
                "./copy.go:17:11: invalid copy: arguments r (variable of type []rune) and s (variable of type string) have different element types rune and byte",
                "./copy.go:18:11: invalid copy: argument must be a slice; have untyped nil",
                "./copy.go:19:15: invalid copy: argument must be a slice; have untyped nil",
                "./copy.go:20:15: invalid copy: argument must be a slice; have 1 (untyped int constant)",
                "./copy.go:21:11: invalid copy: argument must be a slice; have s (variable of type string)",
                "./copy.go:23:12: copy(is, is) (value of type int) is not constant",
                "./copy.go:27:15: invalid copy: argument must be a slice; have ar (variable of type [3]int)",
                "./copy.go:28:11: invalid copy: arguments b (variable of type []byte) and is (variable of type []int) have different element types byte and int",
            ],
        );
    }

    #[test]
    fn delete_clear_close() {
        expect(
            "./delete_clear_close.go",
            r#"package main

type M map[string]int

func main() {
	var m M
	var s []int
	var a [3]int
	var ch chan int
	var rc <-chan int
	var sc chan<- int
	delete(m, "a")
	delete(m, 1)
	delete(s, 1)
	delete(nil, 1)
	clear(m)
	clear(s)
	clear(a)
	clear(&a)
	clear(nil)
	close(ch)
	close(rc)
	close(sc)
	close(s)
	close(nil)
}
"#,
            &[
                "./delete_clear_close.go:13:12: cannot use 1 (untyped int constant) as string value in argument to delete",
                "./delete_clear_close.go:14:9: invalid argument: s (variable of type []int) is not a map",
                "./delete_clear_close.go:15:9: invalid argument: nil is not a map",
                "./delete_clear_close.go:18:8: invalid argument: cannot clear a (variable of type [3]int): argument must be (or constrained by) map or slice",
                "./delete_clear_close.go:19:8: invalid argument: cannot clear &a (value of type *[3]int): argument must be (or constrained by) map or slice",
                "./delete_clear_close.go:20:8: invalid argument: cannot clear nil: argument must be (or constrained by) map or slice",
                "./delete_clear_close.go:22:8: invalid operation: cannot close receive-only channel rc (variable of type <-chan int)",
                "./delete_clear_close.go:24:8: invalid operation: cannot close non-channel s (variable of type []int)",
                "./delete_clear_close.go:25:8: invalid operation: cannot close non-channel nil",
            ],
        );
    }

    #[test]
    fn min_max() {
        expect(
            "./min_max.go",
            r#"package main

type T struct{}

func main() {
	var i int
	var f float64
	var s string
	_ = max(1, 2.5)
	const _ = max(1, 2, 'a')
	const _ = min("a", "b")
	_ = max(i, f)
	_ = max(i, 1.5)
	_ = min(T{})
	_ = min(s, 1)
	_ = max(1<<i, 2)
	_ = min(i)
	var _ float32 = max(1, 2)
	const _ = max(1, 2.5) + min(1<<70, 2)
	var _ = max(i, 2)
	_ = min(nil)
	_ = max(true, false)
	_ = min(f, 1e400)
}
"#,
            &[
                "./min_max.go:12:13: invalid argument: mismatched types int (previous argument) and float64 (type of f)",
                "./min_max.go:13:13: 1.5 (untyped float constant) truncated to int",
                "./min_max.go:14:10: invalid argument: T{} (value of struct type T) cannot be ordered",
                "./min_max.go:15:13: invalid argument: mismatched types string (previous argument) and untyped int (type of 1)",
                "./min_max.go:21:10: invalid argument: nil cannot be ordered",
                "./min_max.go:22:10: invalid argument: true (untyped bool constant) cannot be ordered",
                "./min_max.go:23:13: 1e400 (untyped float constant 1e+400) overflows float64",
            ],
        );
    }

    #[test]
    fn min_max2() {
        expect(
            "./min_max2.go",
            r#"package main

func main() {
	var b bool
	var i8 int8
	b = max(1, 2.5)
	b = max(1, 2, 'a')
	b = min("b", "a", "c")
	b = min(i8, 2)
	b = max(3)
	b = max(i8)
	_ = b
}
"#,
            &[
                "./min_max2.go:6:6: cannot use max(1, 2.5) (untyped float constant 2.5) as bool value in assignment",
                "./min_max2.go:7:6: cannot use max(1, 2, 'a') (untyped rune constant 97) as bool value in assignment",
                "./min_max2.go:8:6: cannot use min(\"b\", \"a\", \"c\") (untyped string constant \"a\") as bool value in assignment",
                "./min_max2.go:9:6: cannot use min(i8, 2) (value of type int8) as bool value in assignment",
                "./min_max2.go:10:6: cannot use max(3) (untyped int constant 3) as bool value in assignment",
                "./min_max2.go:11:6: cannot use max(i8) (value of type int8) as bool value in assignment",
            ],
        );
    }

    #[test]
    fn new_panic_print() {
        expect(
            "./new_panic_print.go",
            r#"package main

func v() {}

func main() {
	var x int
	var b bool
	_ = new(int)
	_ = new(x)
	b = new(1)
	_ = new(nil)
	_ = new(1 << 70)
	_ = new(v())
	_ = new(len)
	panic(nil)
	panic(v())
	b = recover()
}
"#,
            &[
                "./new_panic_print.go:7:6: declared and not used: b",
                "./new_panic_print.go:10:6: cannot use new(1) (value of type *int) as bool value in assignment",
                "./new_panic_print.go:11:10: use of untyped nil in argument to new",
                "./new_panic_print.go:12:10: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument to new (overflows)",
                "./new_panic_print.go:13:10: v() (no value) used as value or type",
                "./new_panic_print.go:14:10: len (built-in) must be called",
                "./new_panic_print.go:16:8: v() (no value) used as value",
                "./new_panic_print.go:17:6: cannot use recover() (value of type interface{}) as bool value in assignment: need type assertion",
            ],
        );
    }

    #[test]
    fn print() {
        expect(
            "./print.go",
            r#"package main

func v() {}

func f() (int, string) { return 1, "" }

func main() {
	println(nil)
	print(1, "a", nil)
	println(1 << 70)
	print(v())
	println(len)
	println(f())
	print(f())
	print(1, 2.5, "s", true, 'x', 1 == 1, 1.5i)
}
"#,
            &[
                "./print.go:8:10: use of untyped nil in argument to built-in println",
                "./print.go:9:16: use of untyped nil in argument to built-in print",
                "./print.go:10:10: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument to built-in println (overflows)",
                "./print.go:11:8: v() (no value) used as value",
                "./print.go:12:10: len (built-in) must be called",
            ],
        );
    }

    #[test]
    fn make() {
        expect(
            "./make.go",
            r#"package main

func main() {
	var x int
	_ = make([]int, 1.5)
	_ = make([]int, -1)
	_ = make([]int, x, 1<<70)
	_ = make(chan int, 1.0)
	_ = make([]int, 2.0, 1)
	_ = make(map[int]int, "a")
	_ = make()
	var fl float64
	_ = make([]int, fl)
	_ = make([]int, uint64(1<<63))
}
"#,
            &[
                "./make.go:5:18: 1.5 (untyped float constant) truncated to int",
                "./make.go:6:18: invalid argument: index -1 (constant of type int) must not be negative",
                "./make.go:7:21: 1 << 70 (untyped int constant 1180591620717411303424) overflows int",
                "./make.go:9:18: invalid argument: length and capacity swapped",
                "./make.go:10:24: cannot convert \"a\" (untyped string constant) to type int",
                "./make.go:11:6: invalid operation: not enough arguments for make() (expected 1, found 0)",
                "./make.go:13:18: invalid argument: index fl (variable of type float64) must be integer",
                "./make.go:14:18: invalid argument: index uint64(1 << 63) (constant 9223372036854775808 of type uint64) overflows int",
            ],
        );
    }

    #[test]
    fn unsafe_add_slice() {
        expect(
            "./unsafe_add_slice.go",
            r#"package main

import "unsafe"

func main() {
	var p unsafe.Pointer
	var i int
	var u8 uint8
	var is []int
	var s string
	_ = unsafe.Add(p, i)
	_ = unsafe.Add(p, u8)
	_ = unsafe.Add(p, -1)
	_ = unsafe.Add(&i, 1)
	_ = unsafe.Add(nil, 1)
	_ = unsafe.Add(p, 1.5)
	_ = unsafe.Add(p, "x")
	_ = unsafe.Add(p, 1<<70)
	_ = unsafe.Slice(&i, 3)
	_ = unsafe.Slice(i, 3)
	_ = unsafe.Slice(&i, -1)
	_ = unsafe.Slice(nil, 1)
	_ = unsafe.Slice(&i, 2.0)
	_ = unsafe.SliceData(is)
	_ = unsafe.SliceData(s)
	_ = unsafe.SliceData(nil)
}
"#,
            &[
                "./unsafe_add_slice.go:14:17: cannot use &i (value of type *int) as unsafe.Pointer value in argument to unsafe.Add",
                "./unsafe_add_slice.go:16:20: 1.5 (untyped float constant) truncated to int",
                "./unsafe_add_slice.go:17:20: cannot convert \"x\" (untyped string constant) to type int",
                "./unsafe_add_slice.go:18:20: 1 << 70 (untyped int constant 1180591620717411303424) overflows int",
                "./unsafe_add_slice.go:20:19: invalid argument: i (variable of type int) is not a pointer",
                "./unsafe_add_slice.go:21:23: invalid argument: length -1 (constant of type int) must not be negative",
                "./unsafe_add_slice.go:22:19: invalid argument: nil is not a pointer",
                "./unsafe_add_slice.go:25:23: invalid argument: s (variable of type string) is not a slice",
                "./unsafe_add_slice.go:26:23: invalid argument: nil is not a slice",
            ],
        );
    }

    #[test]
    fn unsafe_string() {
        expect(
            "./unsafe_string.go",
            r#"package main

import "unsafe"

func main() {
	var i int
	var b byte
	var s string
	var is []int
	_ = unsafe.String(&b, 2)
	_ = unsafe.String(&i, 2)
	_ = unsafe.String(nil, 2)
	_ = unsafe.String(&b, -2)
	_ = unsafe.StringData(s)
	_ = unsafe.StringData("abc")
	_ = unsafe.StringData(is)
	_ = unsafe.StringData(nil)
	var _ *byte = unsafe.StringData(s)
	var _ []int = unsafe.Slice(&i, b)
	var _ *int = unsafe.SliceData(is)
	var _ unsafe.Pointer = unsafe.Add(nil, b)
	_ = unsafe.Add(unsafe.Pointer(&i), uint64(1<<63))
}
"#,
            &[
                "./unsafe_string.go:11:20: cannot use &i (value of type *int) as *byte value in argument to unsafe.String",
                "./unsafe_string.go:13:24: invalid argument: length -2 (constant of type int) must not be negative",
                "./unsafe_string.go:16:24: cannot use is (variable of type []int) as string value in argument to unsafe.StringData",
                "./unsafe_string.go:17:24: cannot use nil as string value in argument to unsafe.StringData",
                "./unsafe_string.go:22:37: invalid argument: length uint64(1 << 63) (constant 9223372036854775808 of type uint64) overflows int",
            ],
        );
    }

    #[test]
    fn unsafe_types() {
        expect(
            "./unsafe_types.go",
            r#"package main

import "unsafe"

func main() {
	var b bool
	var i int
	var is []int
	b = unsafe.Add(nil, i)
	b = unsafe.Slice(&i, 1)
	b = unsafe.SliceData(is)
	b = unsafe.String(nil, 0)
	b = unsafe.StringData("")
	b = unsafe.Sizeof(i)
	b = unsafe.Alignof(i)
	_ = b
}
"#,
            &[
                "./unsafe_types.go:9:6: cannot use unsafe.Add(nil, i) (value of type unsafe.Pointer) as bool value in assignment",
                "./unsafe_types.go:10:6: cannot use unsafe.Slice(&i, 1) (value of type []int) as bool value in assignment",
                "./unsafe_types.go:11:6: cannot use unsafe.SliceData(is) (value of type *int) as bool value in assignment",
                "./unsafe_types.go:12:6: cannot use unsafe.String(nil, 0) (value of type string) as bool value in assignment",
                "./unsafe_types.go:13:6: cannot use unsafe.StringData(\"\") (value of type *byte) as bool value in assignment",
                "./unsafe_types.go:14:6: cannot use unsafe.Sizeof(i) (constant 8 of type uintptr) as bool value in assignment",
                "./unsafe_types.go:15:6: cannot use unsafe.Alignof(i) (constant 8 of type uintptr) as bool value in assignment",
            ],
        );
    }

    #[test]
    fn sizeof_errors() {
        expect(
            "./sizeof_errors.go",
            r#"package main

import "unsafe"

type T struct {
	a int8
	b int64
}

func main() {
	var t T
	var b bool
	_ = unsafe.Sizeof(nil)
	_ = unsafe.Sizeof(int)
	_ = unsafe.Sizeof(1 << 70)
	b = unsafe.Sizeof(1)
	b = unsafe.Sizeof(t)
	b = unsafe.Alignof("s")
	b = unsafe.Sizeof(1.5i)
	_ = unsafe.Alignof(main)
	_ = unsafe.Alignof(len)
	_ = b
}
"#,
            &[
                "./sizeof_errors.go:13:20: use of untyped nil in argument to unsafe.Sizeof",
                "./sizeof_errors.go:14:20: int (type) is not an expression",
                "./sizeof_errors.go:15:20: cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in argument to unsafe.Sizeof (overflows)",
                "./sizeof_errors.go:16:6: cannot use unsafe.Sizeof(1) (constant 8 of type uintptr) as bool value in assignment",
                "./sizeof_errors.go:17:6: cannot use unsafe.Sizeof(t) (constant 16 of type uintptr) as bool value in assignment",
                "./sizeof_errors.go:18:6: cannot use unsafe.Alignof(\"s\") (constant 8 of type uintptr) as bool value in assignment",
                "./sizeof_errors.go:19:6: cannot use unsafe.Sizeof(1.5i) (constant 16 of type uintptr) as bool value in assignment",
                "./sizeof_errors.go:21:21: len (built-in) must be called",
            ],
        );
    }

    #[test]
    fn too_large() {
        expect(
            "./too_large.go",
            r#"package main

import "unsafe"

type T struct {
	a int8
	b int64
}

func main() {
	var t T
	var big [1 << 60]int64
	_ = unsafe.Sizeof(big)
	_ = unsafe.Alignof(big)
	var big2 struct {
		a [1 << 62]int8
		b [1 << 62]int8
		c [1 << 62]int8
		d int64
	}
	_ = unsafe.Sizeof(big2)
	_ = unsafe.Offsetof(big2.d)
	_ = unsafe.Offsetof(big2.c)
	_ = unsafe.Offsetof(big2.b)
	_ = unsafe.Offsetof(t.b)
	_ = unsafe.Alignof(main)
	_ = unsafe.Offsetof(T.b)
	_ = unsafe.Offsetof((&t).b)
	_ = unsafe.Offsetof(t.(b))
}
"#,
            &[
                "./too_large.go:13:20: big (variable of type [1152921504606846976]int64) is too large",
                "./too_large.go:21:20: big2 (variable of type struct{a [4611686018427387904]int8; b [4611686018427387904]int8; c [4611686018427387904]int8; d int64}) is too large",
                "./too_large.go:22:22: big2 (variable of type struct{a [4611686018427387904]int8; b [4611686018427387904]int8; c [4611686018427387904]int8; d int64}) is too large",
                "./too_large.go:23:22: big2 (variable of type struct{a [4611686018427387904]int8; b [4611686018427387904]int8; c [4611686018427387904]int8; d int64}) is too large",
                "./too_large.go:27:22: T (type) is not an expression",
                "./too_large.go:29:22: invalid argument: t.(b) is not a selector expression",
                "./too_large.go:29:22: invalid operation: t (variable of struct type T) is not an interface",
            ],
        );
    }

    #[test]
    fn offsetof() {
        expect(
            "./offsetof.go",
            r#"package main

import "unsafe"

type S struct {
	a int8
	b int64
	c struct{}
}

type E struct{ S }
type P struct{ *S }

func (S) M() {}

func main() {
	var s S
	_ = unsafe.Offsetof(s)
	_ = unsafe.Offsetof(s.M)
	var p P
	_ = unsafe.Offsetof(p.a)
	_ = unsafe.Offsetof(s.z)
	var e E
	_ = unsafe.Offsetof(e.b)
	_ = unsafe.Offsetof((e.b))
	const _ = unsafe.Offsetof(e.c) + unsafe.Offsetof((&e).S) + unsafe.Sizeof(e) + unsafe.Alignof(p)
	_ = unsafe.Offsetof(1)
	_ = unsafe.Offsetof(x.y)
	_ = unsafe.Offsetof(s.b...)
}
"#,
            &[
                "./offsetof.go:18:22: invalid argument: s is not a selector expression",
                "./offsetof.go:19:22: invalid argument: s.M is a method value",
                "./offsetof.go:21:22: invalid argument: field a is embedded via a pointer in P",
                "./offsetof.go:22:22: invalid argument: S has no single field z",
                "./offsetof.go:27:22: invalid argument: 1 is not a selector expression",
                "./offsetof.go:28:22: undefined: x",
                "./offsetof.go:29:6: invalid operation: invalid use of ... with built-in Offsetof",
            ],
        );
    }

    #[test]
    fn type_params() {
        expect(
            "./type_params.go",
            r#"package main

import "unsafe"

type G[P any] struct {
	x int
	y P
}

func gen[P any, S ~[]int, M ~map[int]int, C ~chan int, I ~int](p P, q *P, g G[P], s S, m M, c C, i I) {
	const _ = unsafe.Sizeof(p)
	const _ = unsafe.Sizeof(q)
	const _ = unsafe.Alignof(g)
	const _ = unsafe.Offsetof(g.x)
	const _ = unsafe.Offsetof(g.y)
	var _ uintptr = unsafe.Sizeof(p)
	var _ = unsafe.Sizeof([2]P{})
	var _ = unsafe.Sizeof(struct{ a P }{}) + unsafe.Sizeof(G[int]{})
	var _ = len([unsafe.Sizeof(G[int]{})]int{})
	var _ int = len(s) + cap(s) + len(m) + len(c) + copy(s, s)
	s = append(s, 1)
	clear(m)
	delete(m, 1)
	close(c)
	_ = make(S, i)
	_ = make([]int, i)
	_ = make(M)
	_ = max(i, 1) + min(i, i)
	var _ unsafe.Pointer = unsafe.Add(nil, i)
}

func main() {}
"#,
            &[
                "./type_params.go:11:12: unsafe.Sizeof(p) (value of type uintptr) is not constant",
                "./type_params.go:13:12: unsafe.Alignof(g) (value of type uintptr) is not constant",
                "./type_params.go:14:12: unsafe.Offsetof(g.x) (value of type uintptr) is not constant",
                "./type_params.go:15:12: unsafe.Offsetof(g.y) (value of type uintptr) is not constant",
            ],
        );
    }

    #[test]
    fn edge_cases() {
        expect(
            "./edge_cases.go",
            r#"package main

import "unsafe"

type PA *[3]int

type MyByte uint8

func main() {
	var p PA
	var b bool
	var m map[string][4]int
	_ = len(p)
	b = len(m["a"])
	b = len([2]int{func() int { return 1 }(), 2})
	var mb []MyByte
	mb = append(mb, "abc"...)
	_ = copy(mb, "abc")
	var ch chan int
	b = len([1]int{<-ch})
	b = unsafe.Offsetof(struct{ a, b int8 }{}.b)
	_ = complex(1, 2) + real(3)
	_ = b
	var arr [3]int
	b = len(arr[:])
	b = cap(&arr)
}
"#,
            &[
                "./edge_cases.go:14:6: cannot use len(m[\"a\"]) (constant 4 of type int) as bool value in assignment",
                "./edge_cases.go:15:6: cannot use len([2]int{…}) (value of type int) as bool value in assignment",
                "./edge_cases.go:17:18: cannot use \"abc\" (untyped string constant) as []MyByte value in argument to append",
                "./edge_cases.go:18:11: invalid copy: arguments mb (variable of type []MyByte) and \"abc\" (untyped string constant) have different element types MyByte and byte",
                "./edge_cases.go:20:6: cannot use len([1]int{…}) (value of type int) as bool value in assignment",
                "./edge_cases.go:21:6: cannot use unsafe.Offsetof(struct{a, b int8}{}.b) (constant 1 of type uintptr) as bool value in assignment",
                "./edge_cases.go:25:6: cannot use len(arr[:]) (value of type int) as bool value in assignment",
                "./edge_cases.go:26:6: cannot use cap(&arr) (constant 3 of type int) as bool value in assignment",
            ],
        );
    }

    #[test]
    fn tuple_args() {
        expect(
            "./tuple_args.go",
            r#"package main

func f2() (int, int)             { return 1, 2 }
func h() ([]int, []string)       { return nil, nil }
func k() (map[int]int, string)   { return nil, "" }
func m() (float32, float64)      { return 1, 2 }
func n() ([]byte, string)        { return nil, "" }
func o() (chan int, chan string) { return nil, nil }

func main() {
	_ = append(f2())
	_ = copy(h())
	delete(k())
	_ = complex(m())
	_ = copy(n())
	_ = max(f2())
	_ = min(m())
	_ = len(o())
	println(f2())
}
"#,
            &[
                "./tuple_args.go:11:13: invalid append: argument must be a slice; have 1st function result (value of type int)",
                "./tuple_args.go:12:11: invalid copy: arguments 1st function result (value of type []int) and 2nd function result (value of type []string) have different element types int and string",
                "./tuple_args.go:13:9: cannot use 2nd function result (value of type string) as int value in argument to delete",
                "./tuple_args.go:14:14: invalid operation: complex(m()) (mismatched types float32 and float64)",
                "./tuple_args.go:17:10: invalid argument: mismatched types float32 (previous argument) and float64 (type of 2nd function result)",
                "./tuple_args.go:18:6: invalid operation: too many arguments for len(o()) (expected 1, found 2)",
            ],
        );
    }
}
