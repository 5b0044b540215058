//! The builtin functions (spec "Built-in functions") and package
//! `unsafe`'s functions.

use super::call::call_rparen;
use super::check::Checker;
use super::constant::Value;
use super::object::Builtin;
use super::operand::{Mode, Operand};
use super::ty::{BasicKind, Type, TypeId};
use super::values::ValueExt;
use crate::syntax::ast::Expr;
use crate::syntax::printer::expr_string;

impl<'a> Checker<'a, '_> {
    pub(super) fn builtin(
        &mut self,
        e: &'a Expr,
        b: Builtin,
        args: &'a [Expr],
        has_dots: bool,
    ) -> Operand<'a> {
        let name = b.name();
        if has_dots && b != Builtin::Append {
            self.error(
                e,
                format!("invalid operation: invalid use of ... with built-in {name}"),
            );
            self.use_exprs(args);
            return Operand::invalid(Some(e));
        }
        let (min, variadic) = match b {
            Builtin::Len
            | Builtin::Cap
            | Builtin::Close
            | Builtin::Real
            | Builtin::Imag
            | Builtin::Clear
            | Builtin::New
            | Builtin::Panic => (1, false),
            Builtin::Append | Builtin::Make | Builtin::Max | Builtin::Min => (1, true),
            Builtin::Copy | Builtin::Delete | Builtin::Complex => (2, false),
            Builtin::Print | Builtin::Println => (0, true),
            Builtin::Recover => (0, false),
            _ => (1, false),
        };
        let n = args.len();
        if n < min || (!variadic && n > min) {
            let msg = if n < min { "not enough" } else { "too many" };
            let at = if n < min { None } else { Some(&args[min]) };
            let es = expr_string(e);
            let m = format!("{msg} arguments for {es} (expected {min}, found {n})");
            match at {
                Some(a) => self.error(a, m),
                None => {
                    let p = call_rparen(e);
                    self.error_pos(p, m)
                }
            }
            self.use_exprs(args);
            return Operand::invalid(Some(e));
        }
        match b {
            Builtin::Len | Builtin::Cap => self.builtin_len_cap(e, b, &args[0]),
            Builtin::New => {
                let x = self.expr_or_type(&args[0], false);
                match x.mode {
                    Mode::Invalid => Operand::invalid(Some(e)),
                    Mode::TypeExpr => {
                        let t = self.w.types.add(Type::Pointer(x.typ));
                        Operand::new(Mode::Value, e, t)
                    }
                    _ => {
                        // Go 1.26: new(expr) allocates a variable initialised to expr.
                        let mut x = x;
                        self.assignment(&mut x, None, "argument to new");
                        if x.is_invalid() {
                            return Operand::invalid(Some(e));
                        }
                        let t = self.w.types.add(Type::Pointer(x.typ));
                        Operand::new(Mode::Value, e, t)
                    }
                }
            }
            Builtin::Panic => {
                let mut x = self.expr(&args[0]);
                let any = self.pre.any;
                self.assignment(&mut x, Some(any), "argument to panic");
                Operand::new(Mode::NoValue, e, TypeId::INVALID)
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.expr(a);
                    self.assignment(&mut x, None, &format!("argument to built-in {name}"));
                }
                Operand::new(Mode::NoValue, e, TypeId::INVALID)
            }
            Builtin::Recover => Operand::new(Mode::Value, e, self.pre.any),
            Builtin::Append => self.builtin_append(e, args, has_dots),
            Builtin::Make => self.builtin_make(e, args),
            Builtin::Delete => {
                let m = self.expr(&args[0]);
                if m.is_invalid() {
                    self.use_exprs(&args[1..]);
                    return Operand::invalid(Some(e));
                }
                let Type::Map(k, _) = self.w.types.get(self.w.types.under(m.typ)).clone() else {
                    let s = self.operand_str(&m);
                    self.error(&args[0], format!("invalid argument: {s} is not a map"));
                    self.use_exprs(&args[1..]);
                    return Operand::invalid(Some(e));
                };
                let mut key = self.expr(&args[1]);
                self.assignment(&mut key, Some(k), "argument to delete");
                Operand::new(Mode::NoValue, e, TypeId::INVALID)
            }
            Builtin::Close => {
                let c = self.expr(&args[0]);
                if c.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                match self.w.types.get(self.w.types.under(c.typ)) {
                    Type::Chan(super::ty::ChanDir::Recv, _) => {
                        let s = self.operand_str(&c);
                        self.error(
                            &args[0],
                            format!("invalid operation: cannot close receive-only channel {s}"),
                        );
                        Operand::invalid(Some(e))
                    }
                    Type::Chan(..) => Operand::new(Mode::NoValue, e, TypeId::INVALID),
                    _ => {
                        let s = self.operand_str(&c);
                        self.error(
                            &args[0],
                            format!("invalid operation: cannot close non-channel {s}"),
                        );
                        Operand::invalid(Some(e))
                    }
                }
            }
            Builtin::Copy => {
                let dst = self.expr(&args[0]);
                let src = self.expr(&args[1]);
                if dst.is_invalid() || src.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                Operand::new(Mode::Value, e, TypeId::basic(BasicKind::Int))
            }
            Builtin::Clear => {
                let x = self.expr(&args[0]);
                if x.is_invalid() {
                    return Operand::invalid(Some(e));
                }
                if !matches!(
                    self.w.types.get(self.w.types.under(x.typ)),
                    Type::Map(..) | Type::Slice(_)
                ) {
                    let s = self.operand_str(&x);
                    self.error(
                        &args[0],
                        format!("invalid argument: {s} must be a map or slice"),
                    );
                    return Operand::invalid(Some(e));
                }
                Operand::new(Mode::NoValue, e, TypeId::INVALID)
            }
            Builtin::Min | Builtin::Max => self.builtin_min_max(e, b, args),
            _ => {
                self.use_exprs(args);
                let es = expr_string(e);
                self.error(
                    e,
                    format!("goviz: built-in {name} not yet supported by the checker in {es}"),
                );
                Operand::invalid(Some(e))
            }
        }
    }

    fn builtin_len_cap(&mut self, e: &'a Expr, b: Builtin, a: &'a Expr) -> Operand<'a> {
        let x = self.expr(a);
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        let int = TypeId::basic(BasicKind::Int);
        let under = self.w.types.under(x.typ);
        let arr_len = |c: &Self, t: TypeId| match c.w.types.get(c.w.types.under(t)) {
            Type::Array(n, _) => Some(*n),
            Type::Pointer(p) => match c.w.types.get(c.w.types.under(*p)) {
                Type::Array(n, _) => Some(*n),
                _ => None,
            },
            _ => None,
        };
        let ok = match self.w.types.get(under) {
            Type::Basic(k) if k.is_string() => b == Builtin::Len,
            Type::Array(..) | Type::Slice(_) | Type::Chan(..) => true,
            Type::Pointer(_) => arr_len(self, x.typ).is_some(),
            Type::Map(..) => b == Builtin::Len,
            _ => false,
        };
        if !ok {
            let s = self.operand_str(&x);
            self.error(
                a,
                format!("invalid argument: {s} for built-in {}", b.name()),
            );
            return Operand::invalid(Some(e));
        }
        if x.mode == Mode::Constant && self.w.is_string(x.typ) {
            let mut op = Operand::new(Mode::Constant, e, int);
            op.val = Value::from_i64(x.val.str_len().unwrap_or(0) as i64);
            return op;
        }
        if let Some(n) = arr_len(self, x.typ)
            && !self.has_call_or_recv(a)
        {
            let mut op = Operand::new(Mode::Constant, e, int);
            op.val = Value::from_i64(n);
            return op;
        }
        Operand::new(Mode::Value, e, int)
    }

    /// Whether an expression contains a (non-constant) call or receive,
    /// which makes len/cap of an array non-constant.
    fn has_call_or_recv(&self, e: &Expr) -> bool {
        use crate::syntax::ast::ExprKind as K;
        match &e.kind {
            K::Call { .. } => true,
            K::Operation(crate::syntax::token::Operator::Recv, _, None) => true,
            K::Paren(x) | K::Selector(x, _) | K::Operation(_, x, None) => self.has_call_or_recv(x),
            K::Index(x, i) => {
                self.has_call_or_recv(x) || i.iter().any(|i| self.has_call_or_recv(i))
            }
            K::Operation(_, x, Some(y)) => self.has_call_or_recv(x) || self.has_call_or_recv(y),
            _ => false,
        }
    }

    fn builtin_append(&mut self, e: &'a Expr, args: &'a [Expr], has_dots: bool) -> Operand<'a> {
        let s = self.expr(&args[0]);
        if s.is_invalid() {
            self.use_exprs(&args[1..]);
            return Operand::invalid(Some(e));
        }
        let elem = match self.w.types.get(self.w.types.under(s.typ)) {
            Type::Slice(el) => *el,
            _ => {
                if s.mode == Mode::Nil {
                    self.error(&args[0], "invalid argument: first argument to append must be a typed slice; found untyped nil");
                } else {
                    let xs = self.operand_str(&s);
                    self.error(&args[0], format!("invalid argument: {xs} is not a slice"));
                }
                self.use_exprs(&args[1..]);
                return Operand::invalid(Some(e));
            }
        };
        if has_dots && args.len() == 2 {
            let mut x = self.expr(&args[1]);
            if self.w.is_string(x.typ)
                && matches!(
                    self.w.types.basic_kind(elem).map(BasicKind::canonical),
                    Some(BasicKind::Uint8)
                )
            {
                return Operand::new(Mode::Value, e, s.typ);
            }
            self.assignment(&mut x, Some(s.typ), "argument to append");
            return Operand::new(Mode::Value, e, s.typ);
        }
        for a in &args[1..] {
            let mut x = self.expr(a);
            self.assignment(&mut x, Some(elem), "argument to append");
        }
        Operand::new(Mode::Value, e, s.typ)
    }

    fn builtin_make(&mut self, e: &'a Expr, args: &'a [Expr]) -> Operand<'a> {
        let t = self.typ_expr(&args[0]);
        if t == TypeId::INVALID {
            self.use_exprs(&args[1..]);
            return Operand::invalid(Some(e));
        }
        let min = match self.w.types.get(self.w.types.under(t)) {
            Type::Slice(_) => 2,
            Type::Map(..) | Type::Chan(..) => 1,
            _ => {
                let ts = crate::syntax::printer::expr_string(&args[0]);
                self.error(
                    &args[0],
                    format!(
                        "invalid argument: cannot make {ts}; type must be slice, map, or channel"
                    ),
                );
                self.use_exprs(&args[1..]);
                return Operand::invalid(Some(e));
            }
        };
        let n = args.len();
        if n < min || n > min + 1 {
            let es = expr_string(e);
            self.error(
                e,
                format!(
                    "invalid operation: {es} expects {min} or {} arguments; found {n}",
                    min + 1
                ),
            );
            return Operand::invalid(Some(e));
        }
        let mut sizes = Vec::new();
        for a in &args[1..] {
            let mut x = self.expr(a);
            if x.is_invalid() {
                continue;
            }
            self.convert_untyped(&mut x, TypeId::basic(BasicKind::Int));
            if x.is_invalid() {
                continue;
            }
            if !self.w.is_integer(x.typ) {
                let s = self.operand_str(&x);
                self.error(a, format!("cannot convert {s} to type int"));
                continue;
            }
            if x.mode == Mode::Constant
                && let Some(v) = x.val.int64()
            {
                if v < 0 {
                    let s = self.operand_str(&x);
                    self.error(
                        a,
                        format!("invalid argument: index {s} must not be negative"),
                    );
                }
                sizes.push(v);
            }
        }
        if sizes.len() == 2 && sizes[0] > sizes[1] {
            self.error(&args[1], "invalid argument: length and capacity swapped");
        }
        Operand::new(Mode::Value, e, t)
    }

    fn builtin_min_max(&mut self, e: &'a Expr, b: Builtin, args: &'a [Expr]) -> Operand<'a> {
        let mut acc: Option<Operand<'a>> = None;
        for a in args {
            let mut x = self.expr(a);
            if x.is_invalid() {
                return Operand::invalid(Some(e));
            }
            let ordered = self
                .w
                .types
                .basic_kind(x.typ)
                .is_some_and(BasicKind::is_ordered);
            if !ordered {
                let s = self.operand_str(&x);
                self.error(a, format!("invalid argument: {s} cannot be ordered"));
                return Operand::invalid(Some(e));
            }
            acc = Some(match acc {
                None => x,
                Some(mut y) => {
                    self.match_types(&mut y, &mut x);
                    if y.is_invalid() || x.is_invalid() {
                        return Operand::invalid(Some(e));
                    }
                    if !self.w.identical(x.typ, y.typ) {
                        let es = expr_string(e);
                        let (ys, xs) = (self.type_str(y.typ), self.type_str(x.typ));
                        self.error(a, format!("invalid argument: mismatched types {ys} (previous argument) and {xs} (type of {})", expr_string(a)));
                        let _ = es;
                        return Operand::invalid(Some(e));
                    }
                    if y.mode == Mode::Constant && x.mode == Mode::Constant {
                        let take_x = match b {
                            Builtin::Min => {
                                x.val.cmp_op(crate::syntax::token::Operator::Lss, &y.val)
                            }
                            _ => x.val.cmp_op(crate::syntax::token::Operator::Gtr, &y.val),
                        };
                        if take_x {
                            y.val = x.val.clone();
                        }
                    } else {
                        y.mode = Mode::Value;
                    }
                    y
                }
            });
        }
        let mut r = acc.unwrap_or_else(|| Operand::invalid(Some(e)));
        r.expr = Some(e);
        r
    }
}
