//! Calls, conversions and the builtin functions.

use super::check::Checker;
use super::constant::Value;
use super::expr::INVALID_OP;
use super::infer::InferArg;
use super::operand::{Mode, Operand};
use super::ty::{BasicKind, Signature, Type, TypeId};
use super::values::ValueExt;
use crate::syntax::ast::Expr;
use crate::syntax::printer::expr_string;

impl<'a> Checker<'a, '_> {
    pub(super) fn call_expr(
        &mut self,
        e: &'a Expr,
        fun: &'a Expr,
        args: &'a [Expr],
        has_dots: bool,
    ) -> Operand<'a> {
        // f[A](args): explicit type arguments, possibly partial (the rest
        // inferred from the arguments).
        let mut explicit: Vec<TypeId> = Vec::new();
        let f = match &fun.unparen().kind {
            crate::syntax::ast::ExprKind::Index(base, index) => {
                let b = self.expr_or_type(base, false);
                if b.mode == Mode::Value && self.is_generic_func(b.typ) {
                    explicit = index.iter().map(|a| self.var_type(a)).collect();
                    if explicit.contains(&TypeId::INVALID) {
                        self.use_exprs(args);
                        return Operand::invalid(Some(e));
                    }
                    let mut b = b;
                    b.expr = Some(fun);
                    b
                } else {
                    self.expr_or_type(fun, false)
                }
            }
            _ => self.expr_or_type(fun, false),
        };
        let mut f = f;
        if f.mode == Mode::TypeExpr {
            // A conversion's type must be instantiated.
            self.non_generic(&mut f, None, "");
        }
        match f.mode {
            Mode::Invalid => {
                self.use_exprs(args);
                Operand::invalid(Some(e))
            }
            Mode::TypeExpr => self.conversion_call(e, f.typ, args, has_dots),
            Mode::Builtin(b) => self.builtin(e, b, args, has_dots),
            _ => self.func_call(e, f, args, has_dots, explicit),
        }
    }

    /// Reports a call of a generic function before Go 1.18 (with type
    /// arguments or without).
    fn verify_call_instantiation_version(&mut self, call: &Expr) {
        if self.allow_version((1, 18)) {
            return;
        }
        match &fun_expr_of(call).unparen().kind {
            crate::syntax::ast::ExprKind::Index(..) => {
                let at = self.gpos(fun_expr_of(call).unparen().pos);
                self.verify_version(at, (1, 18), "function instantiation")
            }
            _ => self.verify_version(
                self.gpos(call.pos),
                (1, 18),
                "implicit function instantiation",
            ),
        };
    }

    /// Evaluates expressions only for their side effects on "used" marks.
    pub(super) fn use_exprs(&mut self, args: &'a [Expr]) {
        for a in args {
            let _ = self.raw_expr(a, None, false);
        }
    }

    fn conversion_call(
        &mut self,
        e: &'a Expr,
        t: TypeId,
        args: &'a [Expr],
        has_dots: bool,
    ) -> Operand<'a> {
        // A conversion makes a value of type t: it must be complete.
        if !self.is_complete(t) {
            return Operand::invalid(Some(e));
        }
        let ts = self.type_str(t);
        match args.len() {
            0 => {
                self.error(e, format!("missing argument in conversion to {ts}"));
                return Operand::invalid(Some(e));
            }
            1 => {}
            n => {
                self.use_exprs(args);
                self.error(
                    &args[n - 1],
                    format!("too many arguments in conversion to {ts}"),
                );
                return Operand::invalid(Some(e));
            }
        }
        if has_dots {
            self.error(
                &args[0],
                format!("invalid use of ... in conversion to {ts}"),
            );
            return Operand::invalid(Some(e));
        }
        let mut x = self.expr_for_target(&args[0], Some(t), "conversion");
        if x.is_invalid() {
            return Operand::invalid(Some(e));
        }
        self.conversion(&mut x, t);
        x.expr = Some(e);
        if !x.is_invalid() {
            let val = (x.mode == Mode::Constant).then(|| x.val.clone());
            self.record_type(e, x.typ, val);
        }
        x
    }

    /// Converts `x` to type `t` (spec "Conversions"; types2's
    /// `conversion`). Errors are reported at x.
    pub(super) fn conversion(&mut self, x: &mut Operand<'a>, t: TypeId) {
        let const_arg = x.mode == Mode::Constant;
        let t_basic = self.w.types.basic_kind(self.w.types.under(t));
        let t_const_type = t_basic.is_some_and(|k| k.is_const_type());
        let mut cause = String::new();
        let ok = if const_arg && t_const_type {
            match self.const_convertible_to(x, t) {
                Some(v) => {
                    x.val = v;
                    true
                }
                None => {
                    // Integer to integer can only fail by overflow: a
                    // concise error (go.dev/issue/63563).
                    if self.w.is_integer(x.typ) && self.w.is_integer(t) {
                        let ts = self.type_str(t);
                        let msg = format!("constant {} overflows {ts}", x.val);
                        if let Some(e) = x.expr {
                            self.error(e, msg);
                        }
                        x.mode = Mode::Invalid;
                        return;
                    }
                    false
                }
            }
        } else if const_arg && self.w.types.is_type_param(t) {
            // Convertible to each specific type in t's type set.
            let terms = self.w.tparam_set(t).and_then(|s| s.terms);
            let ok = match terms {
                None => {
                    cause = format!("{} does not contain specific types", self.type_str(t));
                    false
                }
                Some(terms) => {
                    let mut ok = !terms.is_empty();
                    for term in terms {
                        let u = self.w.types.under(term.typ);
                        if self.w.is_string(x.typ) && self.is_bytes_or_runes(u) {
                            continue;
                        }
                        if self.const_convertible_to(x, u).is_none() {
                            let (us, ts) = (self.type_str(u), self.type_str(t));
                            cause = if self.w.is_integer(x.typ) && self.w.is_integer(u) {
                                format!("constant {} overflows {us} (in {ts})", x.val)
                            } else {
                                let s = self.operand_str(x);
                                format!("cannot convert {s} to type {us} (in {ts})")
                            };
                            ok = false;
                            break;
                        }
                    }
                    ok
                }
            };
            x.mode = Mode::Value;
            ok
        } else if self.convertible(x, t, &mut cause) {
            x.mode = Mode::Value;
            true
        } else {
            false
        };
        if !ok {
            let s = self.operand_str(x);
            let ts = self.type_str(t);
            let msg = if cause.is_empty() {
                format!("cannot convert {s} to type {ts}")
            } else {
                format!("cannot convert {s} to type {ts}: {cause}")
            };
            if let Some(e) = x.expr {
                self.error(e, msg);
            }
            x.mode = Mode::Invalid;
            return;
        }
        // An untyped argument gets its final type from the conversion.
        if self.w.is_untyped(x.typ) {
            let is_nil = x.typ == TypeId::basic(BasicKind::UntypedNil);
            let final_t = if is_nil {
                t
            } else if (self.w.types.is_interface(t) && !self.w.types.is_type_param(t))
                || (const_arg && !t_const_type)
            {
                super::expr::default_type(x.typ)
            } else if x.mode == Mode::Constant && self.w.is_integer(x.typ) && self.w.is_string(t) {
                x.typ
            } else {
                t
            };
            if let Some(e) = x.expr {
                self.update_expr_type(e, final_t);
            }
        }
        if x.mode != Mode::Constant {
            x.val = Value::Unknown;
        }
        x.typ = t;
    }

    /// The value of constant `x` converted to the constant type `t`, if
    /// it converts (types2's `constConvertibleTo`).
    fn const_convertible_to(&self, x: &Operand<'a>, t: TypeId) -> Option<Value> {
        let k = self.w.types.basic_kind(self.w.types.under(t))?;
        if let Ok(v) = x.val.representable_as(k, self.w.types.basic_kind(x.typ)) {
            return Some(v);
        }
        if self.w.is_integer(x.typ) && k.is_string() {
            let cp = x
                .val
                .uint64()
                .filter(|&v| v <= 0x10FFFF)
                .and_then(|v| char::from_u32(v as u32))
                .unwrap_or('\u{FFFD}');
            return Some(Value::from_string(cp.to_string()));
        }
        None
    }

    /// Non-constant convertibility.
    fn convertible(&mut self, x: &Operand<'a>, t: TypeId, cause: &mut String) -> bool {
        if self.assignable_to(x, t) {
            return true;
        }
        // With type parameters: every type of the set(s) must convert.
        let with_cause = |c: &mut String, msg: String| {
            *c = if c.is_empty() {
                msg
            } else {
                format!("{msg}\n\t{c}")
            };
        };
        let vp = self.w.types.is_type_param(x.typ);
        let tp = self.w.types.is_type_param(t);
        if vp {
            let vts = self
                .w
                .tparam_set(x.typ)
                .and_then(|s| s.terms)
                .unwrap_or_default();
            if vts.is_empty() {
                return false;
            }
            for vt in vts {
                let y = Operand {
                    mode: Mode::Value,
                    expr: x.expr,
                    typ: vt.typ,
                    val: Value::Unknown,
                };
                if tp {
                    let tts = self
                        .w
                        .tparam_set(t)
                        .and_then(|s| s.terms)
                        .unwrap_or_default();
                    if tts.is_empty() {
                        return false;
                    }
                    for tt in tts {
                        if !self.convertible(&y, tt.typ, cause) {
                            let msg = format!(
                                "cannot convert {} (in {}) to type {} (in {})",
                                self.type_str(vt.typ),
                                self.type_str(x.typ),
                                self.type_str(tt.typ),
                                self.type_str(t)
                            );
                            with_cause(cause, msg);
                            return false;
                        }
                    }
                } else if !self.convertible(&y, t, cause) {
                    let msg = format!(
                        "cannot convert {} (in {}) to type {}",
                        self.type_str(vt.typ),
                        self.type_str(x.typ),
                        self.type_str(t)
                    );
                    with_cause(cause, msg);
                    return false;
                }
            }
            return true;
        }
        if tp {
            let tts = self
                .w
                .tparam_set(t)
                .and_then(|s| s.terms)
                .unwrap_or_default();
            if tts.is_empty() {
                return false;
            }
            for tt in tts {
                if !self.convertible(x, tt.typ, cause) {
                    let msg = format!(
                        "cannot convert {} to type {} (in {})",
                        self.type_str(x.typ),
                        self.type_str(tt.typ),
                        self.type_str(t)
                    );
                    with_cause(cause, msg);
                    return false;
                }
            }
            return true;
        }
        let v = x.typ;
        let (vu, tu) = (self.w.types.under(v), self.w.types.under(t));
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) = (
            self.w.types.get(self.w.types.unalias(v)),
            self.w.types.get(self.w.types.unalias(t)),
        ) {
            let (a, b) = (self.w.types.under(*a), self.w.types.under(*b));
            if self.identical_ignore_tags(a, b) {
                return true;
            }
        }
        let (vk, tk) = (self.w.types.basic_kind(v), self.w.types.basic_kind(t));
        if let (Some(a), Some(b)) = (vk, tk) {
            if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) {
                return true;
            }
            if a.is_complex() && b.is_complex() {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
            if (a.is_integer() || a == BasicKind::UnsafePointer) && b == BasicKind::UnsafePointer {
                return true;
            }
            if a == BasicKind::UnsafePointer && b.canonical() == BasicKind::Uintptr {
                return true;
            }
        }
        if tk.is_some_and(|k| k.is_string()) && self.is_bytes_or_runes(vu) {
            return true;
        }
        if vk.is_some_and(|k| k.is_string()) && self.is_bytes_or_runes(tu) {
            return true;
        }
        if vk == Some(BasicKind::UnsafePointer) && matches!(self.w.types.get(tu), Type::Pointer(_))
        {
            return true;
        }
        if tk == Some(BasicKind::UnsafePointer) && matches!(self.w.types.get(vu), Type::Pointer(_))
        {
            return true;
        }
        // slice to array or array pointer
        if let Type::Slice(se) = self.w.types.get(vu) {
            let se = *se;
            match self.w.types.get(tu) {
                Type::Array(_, ae) => return self.w.identical(se, *ae),
                Type::Pointer(p) => {
                    if let Type::Array(_, ae) = self.w.types.get(self.w.types.under(*p)) {
                        return self.w.identical(se, *ae);
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.w.types.get(t) {
            Type::Slice(e) => matches!(
                self.w.types.basic_kind(*e).map(BasicKind::canonical),
                Some(BasicKind::Uint8 | BasicKind::Int32)
            ),
            _ => false,
        }
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if let (Type::Struct(f1), Type::Struct(f2)) = (self.w.types.get(a), self.w.types.get(b)) {
            return f1.len() == f2.len()
                && f1.iter().zip(f2).all(|(x, y)| {
                    x.embedded == y.embedded
                        && self.w.same_id(x.obj, y.obj)
                        && self
                            .w
                            .identical(self.w.type_of(x.obj), self.w.type_of(y.obj))
                });
        }
        self.w.identical(a, b)
    }

    fn func_call(
        &mut self,
        e: &'a Expr,
        f: Operand<'a>,
        args: &'a [Expr],
        has_dots: bool,
        explicit: Vec<TypeId>,
    ) -> Operand<'a> {
        let sig = match self.callee_signature(f.typ) {
            Ok(s) => s,
            Err(cause) => {
                let s = self.operand_str(&f);
                self.use_exprs(args);
                self.error(
                    f.expr.unwrap_or(e),
                    format!("{INVALID_OP}cannot call {s}: {cause}"),
                );
                return Operand::invalid(Some(e));
            }
        };
        let ops = self.eval_args_for(args, &sig);
        if !sig.tparams.is_empty() {
            self.verify_call_instantiation_version(e);
        }
        if explicit.len() > sig.tparams.len() {
            let at = match &fun_expr_of(e).unparen().kind {
                crate::syntax::ast::ExprKind::Index(_, index) if !index.is_empty() => {
                    &index[index.len() - 1]
                }
                _ => e,
            };
            self.error(
                at,
                format!(
                    "got {} type arguments but want {}",
                    explicit.len(),
                    sig.tparams.len()
                ),
            );
            return Operand::invalid(Some(e));
        }
        let was_generic = !sig.tparams.is_empty();
        let sig = self.arguments(e, &sig, &explicit, ops, args, has_dots);
        if was_generic
            && sig.tparams.is_empty()
            && let Some(fe) = f.expr
        {
            let inst = self.w.types.add(Type::Signature(sig.clone()));
            self.record_type(fe, inst, None);
        }
        match sig.results.len() {
            0 => Operand::new(Mode::NoValue, e, TypeId::INVALID),
            1 => {
                // The value made must be of a complete type.
                let t = self.w.type_of(sig.results[0]);
                if !self.is_complete(t) {
                    return Operand::invalid(Some(e));
                }
                self.call_result(e, &sig, t)
            }
            _ => {
                let t = self.w.types.add(Type::Tuple(sig.results.clone()));
                self.call_result(e, &sig, t)
            }
        }
    }

    /// A call's value of type `t`; invalid if `sig` is still generic (its
    /// inference failed) and `t` mentions its type parameters.
    fn call_result(&mut self, e: &'a Expr, sig: &Signature, t: TypeId) -> Operand<'a> {
        let tps: Vec<TypeId> = sig.tparams.iter().map(|&p| self.w.type_of(p)).collect();
        if !tps.is_empty() && self.is_parameterized(&tps, t) {
            return Operand::invalid(Some(e));
        }
        Operand::new(Mode::Value, e, t)
    }

    /// The common underlying signature of a callee's type (types2's
    /// `commonUnder` with a "not a function" condition), or the cause.
    fn callee_signature(&self, t: TypeId) -> Result<Signature, String> {
        let is_func = |w: &super::object::World, _, u| matches!(w.types.get(u), Type::Signature(_));
        match self.w.common_under(t, &is_func) {
            Ok(u) => match self.w.types.get(u) {
                Type::Signature(s) => Ok(s.clone()),
                _ => Err("no specific type".into()),
            },
            Err(e) => Err(self.under_error_str(e, &|t| format!("{t} is not a function"))),
        }
    }

    /// Evaluates call arguments, spreading a single multi-valued call.
    pub(super) fn eval_args(&mut self, args: &'a [Expr]) -> Vec<Operand<'a>> {
        if args.len() == 1 {
            let mut x = self.raw_expr(&args[0], None, false);
            if x.mode == Mode::Value
                && let Type::Tuple(vars) = self.w.types.get(x.typ).clone()
            {
                return vars
                    .iter()
                    .map(|&v| Operand {
                        mode: Mode::Value,
                        expr: Some(&args[0]),
                        typ: self.w.type_of(v),
                        val: Value::Unknown,
                    })
                    .collect();
            }
            self.exclude(&mut x);
            return vec![x];
        }
        args.iter()
            .map(|a| self.expr_allow_generic(a, None))
            .collect()
    }

    /// Evaluates call arguments; function literal arguments get their
    /// parameter types as hints.
    fn eval_args_for(&mut self, args: &'a [Expr], _sig: &Signature) -> Vec<Operand<'a>> {
        self.eval_args(args)
    }

    /// Checks the arguments of a call against `sig` (types2's
    /// `arguments`): the variadic parameter is spread over extra
    /// arguments, the count is checked, type arguments of a generic callee
    /// and of generic function arguments are inferred, then each argument
    /// is assigned to its parameter. Returns the instantiated signature
    /// (`sig` itself if inference failed).
    fn arguments(
        &mut self,
        call: &'a Expr,
        sig: &Signature,
        explicit: &[TypeId],
        mut ops: Vec<Operand<'a>>,
        args: &'a [Expr],
        has_dots: bool,
    ) -> Signature {
        let fun = match &call.kind {
            crate::syntax::ast::ExprKind::Call { fun, .. } => expr_string(fun),
            _ => String::new(),
        };
        let nargs = ops.len();
        let mut params: Vec<TypeId> = sig.params.iter().map(|&p| self.w.type_of(p)).collect();
        let npars = params.len();
        if has_dots {
            if !sig.variadic {
                self.error(
                    call,
                    format!("cannot use ... in call to non-variadic {fun}"),
                );
                return sig.clone();
            }
            if args.len() == 1 && nargs > 1 {
                self.error(
                    call,
                    format!(
                        "cannot use ... with {nargs}-valued {}",
                        expr_string(&args[0])
                    ),
                );
                return sig.clone();
            }
        } else if sig.variadic && nargs + 1 >= npars {
            // Spread the variadic parameter over the extra arguments.
            let last = params.pop().expect("variadic has a last parameter");
            let elem = match self.w.types.get(self.w.types.under(last)) {
                Type::Slice(e) => *e,
                _ => last,
            };
            while params.len() < nargs {
                params.push(elem);
            }
        }
        if nargs != params.len() {
            let (at, qualifier) = if nargs > params.len() {
                (ops[params.len()].expr.unwrap_or(call), "too many")
            } else if nargs > 0 {
                (ops[nargs - 1].expr.unwrap_or(call), "not enough")
            } else {
                (call, "not enough")
            };
            let have_types: Vec<TypeId> = ops.iter().map(|o| o.typ).collect();
            let want: Vec<TypeId> = sig.params.iter().map(|&p| self.w.type_of(p)).collect();
            let have = self.types_summary(&have_types, false, has_dots);
            let want = self.types_summary(&want, sig.variadic, false);
            let msg =
                format!("{qualifier} arguments in call to {fun}\n\thave {have}\n\twant {want}");
            self.error(at, msg);
            return sig.clone();
        }
        let mut rsig = sig.clone();
        let generic_arg = ops.iter().any(|o| self.is_generic_func(o.typ));
        if !sig.tparams.is_empty() || generic_arg {
            if ops.iter().any(|o| o.is_invalid()) {
                return rsig;
            }
            match self.infer_call(call, &fun, sig, explicit, &mut ops, &params) {
                Some((s, p)) => (rsig, params) = (s, p),
                None => return rsig,
            }
        }
        let context = format!("argument to {fun}");
        for (x, t) in ops.iter_mut().zip(params) {
            self.assignment(x, Some(t), &context);
        }
        rsig
    }

    /// Infers the type arguments of generic callee `sig` (with `explicit`
    /// ones given) and of generic functions among the arguments `ops`,
    /// all together; instantiates the arguments. Returns the instantiated
    /// signature and parameter types (`params` instantiated), or None
    /// after reporting why inference failed.
    fn infer_call(
        &mut self,
        call: &'a Expr,
        fun: &str,
        sig: &Signature,
        explicit: &[TypeId],
        ops: &mut [Operand<'a>],
        params: &[TypeId],
    ) -> Option<(Signature, Vec<TypeId>)> {
        let n = sig.tparams.len();
        let (mut tparams, rename) = self.rename_tparams(&sig.tparams);
        let params: Vec<TypeId> = params.iter().map(|&p| self.subst(p, &rename)).collect();
        let mut targs: Vec<Option<TypeId>> = explicit.iter().map(|&t| Some(t)).collect();
        targs.resize(n, None);
        // Generic function arguments get type parameters of their own
        // (`f(g, g)` infers each `g` separately).
        let mut generic_args: Vec<(usize, usize)> = Vec::new();
        for (i, o) in ops.iter_mut().enumerate() {
            if !self.is_generic_func(o.typ) {
                continue;
            }
            let known = self.partial_targs.get(&o.typ).cloned().unwrap_or_default();
            o.typ = self.rename_sig(o.typ);
            if let Type::Signature(s) = self.w.types.get(o.typ) {
                generic_args.push((i, tparams.len()));
                tparams.extend(s.tparams.iter().copied());
                targs.extend(known.iter().map(|&t| Some(t)));
                targs.resize(tparams.len(), None);
            }
        }
        targs.resize(tparams.len(), None);
        let infer_args: Vec<InferArg<'a>> = ops
            .iter()
            .map(|o| InferArg {
                typ: o.typ,
                expr: o.expr,
                label: None,
            })
            .collect();
        let targs = match self.infer_targs(&tparams, &targs, &params, &infer_args, false) {
            Ok(t) => t,
            Err(err) => {
                self.report_infer_error(call.pos, &format!("in call to {fun}, "), err);
                return None;
            }
        };
        let mut rsig = sig.clone();
        let mut params = params;
        if n > 0 {
            let written: &'a [Expr] = match &fun_expr_of(call).unparen().kind {
                crate::syntax::ast::ExprKind::Index(_, index) => index,
                _ => &[],
            };
            self.verify_targs(call.pos, written, &sig.tparams, &targs[..n]);
            let sig_t = self.w.types.add(Type::Signature(sig.clone()));
            let inst = self.instantiate_sig(sig_t, &targs[..n]);
            self.record_instance(fun_expr_of(call), &targs[..n]);
            if let Type::Signature(s) = self.w.types.get(inst) {
                rsig = s.clone();
            }
            let smap = self.tparam_map(&tparams[..n], &targs[..n]);
            params = params.iter().map(|&p| self.subst(p, &smap)).collect();
        }
        for &(i, start) in &generic_args {
            let Type::Signature(s) = self.w.types.get(ops[i].typ) else {
                continue;
            };
            let (end, atparams) = (start + s.tparams.len(), s.tparams.clone());
            self.verify_targs(call.pos, &[], &atparams, &targs[start..end]);
            let inst = self.instantiate_sig(ops[i].typ, &targs[start..end]);
            ops[i].typ = inst;
            if let Some(ae) = ops[i].expr {
                self.record_type(ae, inst, None);
                self.record_instance(ae, &targs[start..end]);
            }
        }
        Some((rsig, params))
    }

    /// types2's `typesSummary`: "(number, string)", "(...int)".
    pub(super) fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let n = list.len();
        let parts: Vec<String> = list
            .iter()
            .enumerate()
            .map(|(i, &t)| {
                let mut s = if t == TypeId::INVALID {
                    "unknown type".to_string()
                } else if self.w.is_untyped(t) {
                    if self.w.is_numeric(t) {
                        "number".to_string()
                    } else {
                        self.type_str(t).replace("untyped ", "")
                    }
                } else {
                    self.type_str(t)
                };
                if i + 1 == n {
                    if variadic {
                        if let Type::Slice(e) = self.w.types.get(t) {
                            s = self.type_str(*e);
                        }
                        s = format!("...{s}");
                    } else if has_dots {
                        s += "...";
                    }
                }
                s
            })
            .collect();
        format!("({})", parts.join(", "))
    }
}

/// The called expression of a call.
fn fun_expr_of(call: &Expr) -> &Expr {
    match &call.kind {
        crate::syntax::ast::ExprKind::Call { fun, .. } => fun,
        _ => call,
    }
}
