//! Package-level declarations: constants, variables, types, functions.
//!
//! `obj_decl` is re-entrant: checking one object may need another's type
//! first (a constant's initializer naming another constant, a signature
//! naming a type declared later), so the checker's per-declaration state is
//! saved and restored around it. A grey object met again is a cycle.

use super::check::{Checker, Color, DeclInfo, FuncCtx};
use super::constant::Value;
use super::object::{ObjId, ObjKind};
use super::operand::{Mode, Operand};
use super::ty::{Alias, Named, Type, TypeId};
use crate::syntax::ast::{self, Expr};

impl<'a> Checker<'a, '_> {
    /// Type-checks the declaration of package-level object `o` (once).
    pub(super) fn obj_decl(&mut self, o: ObjId) {
        match self.colors.get(&o) {
            Some(Color::Black) => return,
            Some(Color::Grey) => {
                self.cycle(o);
                return;
            }
            None => {}
        }
        let Some(decl) = self.decls.get(&o).cloned() else {
            return;
        };
        self.colors.insert(o, Color::Grey);
        self.obj_path.push(o);
        let saved = (
            self.file,
            self.scope,
            self.iota.take(),
            std::mem::take(&mut self.fctx),
        );
        match decl {
            DeclInfo::Const {
                file,
                typ,
                init,
                iota,
            } => {
                self.enter_file(file);
                self.const_decl(o, typ, init, iota);
            }
            DeclInfo::Var {
                file,
                lhs,
                typ,
                init,
            } => {
                self.enter_file(file);
                self.var_decl(o, &lhs, typ, init);
            }
            DeclInfo::Type { file, decl } => {
                self.enter_file(file);
                self.type_decl(o, decl);
            }
            DeclInfo::Func { file, decl } => {
                self.enter_file(file);
                self.func_decl(o, decl);
            }
        }
        (self.file, self.scope, self.iota, self.fctx) = saved;
        self.obj_path.pop();
        self.colors.insert(o, Color::Black);
    }

    fn enter_file(&mut self, file: usize) {
        self.file = file;
        self.scope = self.file_scopes[file];
    }

    /// Reports a declaration cycle through `o` (types2's `cycleError`).
    fn cycle(&mut self, o: ObjId) {
        if self.w.obj(o).typ.is_some() {
            return; // a named type refers to itself: fine here, validity checked later
        }
        let start = self.obj_path.iter().position(|&p| p == o).unwrap_or(0);
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        let name = self.w.obj(o).name.clone();
        let pos = self.w.obj(o).pos;
        let is_type = matches!(self.w.obj(o).kind, ObjKind::TypeName);
        let mut msg = if is_type {
            format!("invalid recursive type {name}")
        } else {
            format!("initialization cycle or invalid recursive reference: {name} refers to itself")
        };
        if cycle.len() > 1 || is_type {
            msg = if is_type {
                format!("invalid recursive type {name}")
            } else {
                format!("invalid cycle in declaration of {name}")
            };
            for (i, &c) in cycle.iter().enumerate() {
                let next = cycle[(i + 1) % cycle.len()];
                msg += &format!(
                    "\n\t{}: {} refers to {}",
                    self.pos_string(self.w.obj(c).pos),
                    self.w.obj(c).name,
                    self.w.obj(next).name
                );
            }
        }
        self.error_at(pos, msg);
        self.w.obj_mut(o).typ = Some(TypeId::INVALID);
    }

    fn const_decl(&mut self, o: ObjId, typ: Option<&'a Expr>, init: Option<&'a Expr>, iota: i64) {
        self.iota = Some(Value::from_i64(iota));
        let t = typ.map(|t| {
            let t = self.typ_expr(t);
            if t != TypeId::INVALID && !self.w.is_const_type(t) {
                let ts = self.type_str(t);
                self.error(typ.expect("typed"), format!("invalid constant type {ts}"));
                return TypeId::INVALID;
            }
            t
        });
        let mut x = match init {
            Some(e) => self.expr(e),
            None => Operand::invalid(None),
        };
        if !x.is_invalid() && x.mode != Mode::Constant {
            let s = self.operand_str(&x);
            if let Some(e) = x.expr {
                self.error(e, format!("{s} is not constant"));
            }
            x.mode = Mode::Invalid;
        }
        if let Some(t) = t
            && !x.is_invalid()
        {
            self.assignment(&mut x, Some(t), "constant declaration");
        }
        let (typ, val) = if x.is_invalid() {
            (t.unwrap_or(TypeId::INVALID), Value::Unknown)
        } else {
            (x.typ, x.val.clone())
        };
        let obj = self.w.obj_mut(o);
        obj.typ = Some(typ);
        obj.kind = ObjKind::Const(val);
        self.iota = None;
    }

    pub(super) fn var_decl(
        &mut self,
        o: ObjId,
        lhs: &[ObjId],
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
    ) {
        let t = typ.map(|t| self.typ_expr(t));
        if let Some(t) = t {
            for &v in lhs {
                self.w.obj_mut(v).typ = Some(t);
            }
        }
        let Some(init) = init else {
            if t.is_none() {
                self.w.obj_mut(o).typ = Some(TypeId::INVALID);
            }
            return;
        };
        if lhs.len() == 1 {
            let mut x = self.expr(init);
            self.init_var(o, &mut x, "variable declaration");
            return;
        }
        // n:1 — `var a, b = f()`: all variables are typed at once.
        self.init_vars(lhs, std::slice::from_ref(init), None);
        for &v in lhs {
            if v != o {
                self.colors.insert(v, Color::Black);
            }
        }
    }

    pub(super) fn type_decl(&mut self, o: ObjId, decl: &'a ast::TypeDecl) {
        if decl.alias {
            if !decl.tparams.is_empty() {
                self.open_scope(decl.pos, decl.typ.pos, false);
            }
            let alias = self.w.types.add(Type::Alias(Alias {
                obj: o,
                actual: None,
                tparams: Vec::new(),
                targs: Vec::new(),
                orig: None,
            }));
            self.w.obj_mut(o).typ = Some(alias);
            let tparams = self.declare_type_params(&decl.tparams);
            let actual = self.typ_expr(&decl.typ);
            if let Type::Alias(a) = self.w.types.get_mut(alias) {
                a.actual = Some(actual);
                a.tparams = tparams;
            }
            if !decl.tparams.is_empty() {
                self.close_scope();
            }
            return;
        }
        let named = self.w.types.add(Type::Named(Named {
            obj: o,
            underlying: None,
            methods: self
                .methods
                .get(&self.w.obj(o).name)
                .cloned()
                .unwrap_or_default(),
            tparams: Vec::new(),
            orig: None,
            targs: Vec::new(),
        }));
        self.w.obj_mut(o).typ = Some(named);
        if !decl.tparams.is_empty() {
            self.open_scope(decl.pos, decl.typ.pos, false);
            let tparams = self.declare_type_params(&decl.tparams);
            if let Type::Named(n) = self.w.types.get_mut(named) {
                n.tparams = tparams;
            }
        }
        let rhs = self.typ_expr(&decl.typ);
        let under = self.w.types.under(rhs);
        if under == TypeId::INVALID && rhs != TypeId::INVALID && self.is_cyclic_named(rhs, named) {
            let name = self.w.obj(o).name.clone();
            let p = self.w.obj(o).pos;
            let path = self.pos_string(p);
            self.error_at(
                p,
                format!("invalid recursive type {name}\n\t{path}: {name} refers to {name}"),
            );
        }
        self.w.set_underlying(named, under);
        if !decl.tparams.is_empty() {
            self.close_scope();
            self.complete_instances(named);
        }
    }

    /// Whether following named types from `t` leads back to `target`.
    fn is_cyclic_named(&self, t: TypeId, target: TypeId) -> bool {
        let mut t = self.w.types.unalias(t);
        for _ in 0..100 {
            if t == target {
                return true;
            }
            match self.w.types.get(t) {
                Type::Named(n) => match n.underlying {
                    Some(u) => t = self.w.types.unalias(u),
                    None => return false,
                },
                _ => return false,
            }
        }
        false
    }

    fn func_decl(&mut self, o: ObjId, decl: &'a ast::FuncDecl) {
        self.open_scope(
            decl.pos,
            decl.body.as_ref().map_or(decl.pos, |b| b.rbrace),
            true,
        );
        let fscope = self.scope;
        let sig = self.func_signature(decl.recv.as_ref(), &decl.tparams, &decl.typ);
        self.declare_params(sig);
        self.w.obj_mut(o).typ = Some(sig);
        if let Some(recv) = &decl.recv {
            let ptr = matches!(
                recv.typ.unparen().kind,
                ast::ExprKind::Operation(crate::syntax::token::Operator::Mul, _, None)
            );
            self.w.obj_mut(o).kind = ObjKind::Func { ptr_recv: ptr };
            self.check_receiver(o, sig, recv);
        }
        self.close_scope();
        if let Some(body) = &decl.body {
            self.bodies.push((o, self.file, body, Some(sig)));
            self.body_scopes.insert(o, fscope);
        }
    }

    /// Checks the body of function `o` (its parameters are declared in the
    /// function scope created by `func_decl`).
    pub(super) fn func_body(&mut self, o: ObjId, body: &'a ast::Block, sig: Option<TypeId>) {
        let Some(&fscope) = self.body_scopes.get(&o) else {
            return;
        };
        let saved = (self.scope, std::mem::take(&mut self.fctx));
        self.scope = fscope;
        self.fctx = FuncCtx {
            sig,
            has_defer: false,
        };
        self.func_body_stmts(body, sig);
        (self.scope, self.fctx) = saved;
    }
}
