//! Package-level declarations: constants, variables, types, functions.
//!
//! `obj_decl` is re-entrant: checking one object may need another's type
//! first (a constant's initializer naming another constant, a signature
//! naming a type declared later), so the checker's per-declaration state is
//! saved and restored around it. A grey object met again is a cycle.

use super::check::{Checker, Color, DeclInfo, Delayed, FuncCtx};
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
                self.grey_object(o);
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
            self.cur_decl.take(),
            std::mem::replace(&mut self.in_tparam_list, false),
        );
        match decl {
            DeclInfo::Const {
                file,
                typ,
                init,
                iota,
            } => {
                self.enter_file(file);
                self.cur_decl = Some(o);
                self.const_decl(o, typ, init, iota);
            }
            DeclInfo::Var {
                file,
                lhs,
                typ,
                init,
            } => {
                self.enter_file(file);
                self.cur_decl = Some(lhs.first().copied().unwrap_or(o));
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
        (
            self.file,
            self.scope,
            self.iota,
            self.fctx,
            self.cur_decl,
            self.in_tparam_list,
        ) = saved;
        self.obj_path.pop();
        self.colors.insert(o, Color::Black);
    }

    fn enter_file(&mut self, file: usize) {
        self.file = file;
        self.scope = self.file_scopes[file];
    }

    /// `o` is met again while its declaration is being checked: a cycle,
    /// valid or not (types2's grey case of `objDecl`).
    pub(super) fn grey_object(&mut self, o: ObjId) {
        match self.w.obj(o).kind {
            ObjKind::Const(_) | ObjKind::Var { .. } => {
                if !self.valid_cycle(o) || self.w.obj(o).typ.is_none() {
                    self.w.obj_mut(o).typ = Some(TypeId::INVALID);
                }
            }
            ObjKind::TypeName => {
                if !self.valid_cycle(o) {
                    self.w.obj_mut(o).typ = Some(TypeId::INVALID);
                }
            }
            _ => {
                self.valid_cycle(o);
            }
        }
    }

    /// Whether the cycle of declarations starting at `o` is valid; reports
    /// it if not. Cycles of constants and variables only are reported by
    /// the initialization order computation; a cycle through a type
    /// definition (not only aliases) is fine.
    fn valid_cycle(&mut self, o: ObjId) -> bool {
        let Some(start) = self.obj_path.iter().position(|&p| p == o) else {
            return true;
        };
        let cycle: Vec<ObjId> = self.obj_path[start..].to_vec();
        let (mut nval, mut ndef) = (0, 0);
        for &c in &cycle {
            match self.w.obj(c).kind {
                ObjKind::Const(_) | ObjKind::Var { .. } => nval += 1,
                ObjKind::TypeName => {
                    let t = self.w.obj(c).typ;
                    if self.in_tparam_list && t.is_some_and(|t| self.is_generic_type(t)) {
                        return true;
                    }
                    let alias = match self.decls.get(&c) {
                        Some(DeclInfo::Type { decl, .. }) => decl.alias,
                        _ => t.is_some_and(|t| matches!(self.w.types.get(t), Type::Alias(_))),
                    };
                    if !alias {
                        ndef += 1;
                    }
                }
                _ => {}
            }
        }
        if nval == cycle.len() || (nval == 0 && ndef > 0) {
            return true;
        }
        let first = self.first_in_src(&cycle);
        self.cycle_error(&cycle, first);
        false
    }

    fn is_generic_type(&self, t: TypeId) -> bool {
        match self.w.types.get(t) {
            Type::Named(n) => !n.tparams.is_empty() && n.targs.is_empty(),
            Type::Alias(a) => !a.tparams.is_empty() && a.targs.is_empty(),
            _ => false,
        }
    }

    /// The index of the object declared first in the source.
    fn first_in_src(&self, cycle: &[ObjId]) -> usize {
        let mut first = 0;
        for (i, &c) in cycle.iter().enumerate() {
            if self.w.obj(c).pos < self.w.obj(cycle[first]).pos {
                first = i;
            }
        }
        first
    }

    /// The name of a cycle member as types2 prints it.
    fn cycle_name(&self, o: ObjId) -> String {
        if let Some(t) = self.w.obj(o).typ
            && let Type::Named(n) = self.w.types.get(t)
            && n.orig.is_some()
        {
            return self.type_str(t);
        }
        let obj = self.w.obj(o);
        match obj.pkg {
            Some(p) if p != self.pkg => format!("{}.{}", self.qualify(p), obj.name),
            _ => obj.name.clone(),
        }
    }

    /// Reports a declaration cycle starting at `cycle[start]` (types2's
    /// `cycleError`).
    pub(super) fn cycle_error(&mut self, cycle: &[ObjId], start: usize) {
        let o = cycle[start];
        let is_type = matches!(self.w.obj(o).kind, ObjKind::TypeName);
        let name = self.cycle_name(o);
        let pos = self.w.obj(o).pos;
        if cycle.len() == 1 {
            let msg = if is_type {
                format!("invalid recursive type: {name} refers to itself")
            } else {
                format!("invalid cycle in declaration: {name} refers to itself")
            };
            self.error_at(pos, msg);
            return;
        }
        let mut msg = if is_type {
            format!("invalid recursive type {name}")
        } else {
            format!("invalid cycle in declaration of {name}")
        };
        let mut cur = o;
        for i in 0..cycle.len() {
            let next = cycle[(start + i + 1) % cycle.len()];
            msg += &format!(
                "\n\t{}: {} refers to {}",
                self.pos_string(self.w.obj(cur).pos),
                self.cycle_name(cur),
                self.cycle_name(next)
            );
            cur = next;
        }
        self.error_at(pos, msg);
    }

    /// Checks constant `o` (package-level or local) with value `iota`.
    pub(super) fn const_decl(
        &mut self,
        o: ObjId,
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
        iota: i64,
    ) {
        let saved = self.iota.replace(Value::from_i64(iota));
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
        self.iota = saved;
    }

    pub(super) fn var_decl(
        &mut self,
        o: ObjId,
        lhs: &[ObjId],
        typ: Option<&'a Expr>,
        init: Option<&'a Expr>,
    ) {
        let t = typ.map(|t| self.var_type(t));
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
            let name = self.w.obj(o).name.clone();
            let mut x = self.expr_for_target(init, t, &name);
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
        self.verify_type_decl_version(decl);
        // Instantiations are verified once the declared type (and any
        // type declared while checking it) is complete: a constraint may
        // instantiate the type being declared.
        self.with_deferred_verify(|c| c.type_decl_now(o, decl));
    }

    fn type_decl_now(&mut self, o: ObjId, decl: &'a ast::TypeDecl) {
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
            let tparams = self.declare_type_params_of(&decl.tparams, Some(alias));
            let mut actual = self.typ_expr(&decl.typ);
            // The spec forbids `type A[P any] = P`.
            if let Type::TypeParam(p) = self.w.types.get(actual)
                && tparams.contains(&p.obj)
            {
                self.error(
                    &decl.typ,
                    "cannot use type parameter declared in alias declaration as RHS",
                );
                actual = TypeId::INVALID;
            }
            if let Type::Alias(a) = self.w.types.get_mut(alias) {
                a.actual = Some(actual);
                a.tparams = tparams;
            }
            if !decl.tparams.is_empty() {
                self.close_scope();
            }
            return;
        }
        let pkg_scope = self.w.pkg(self.pkg).scope;
        let is_pkg_level = self.w.obj(o).parent == Some(pkg_scope);
        let (methods, dups) = if is_pkg_level {
            self.unique_methods(o)
        } else {
            (Vec::new(), Vec::new())
        };
        let named = self.w.types.add(Type::Named(Named {
            obj: o,
            underlying: None,
            methods,
            tparams: Vec::new(),
            orig: None,
            targs: Vec::new(),
        }));
        self.w.obj_mut(o).typ = Some(named);
        self.delayed.push(Delayed::ValidType(named));
        if !decl.tparams.is_empty() {
            self.open_scope(decl.pos, decl.typ.pos, false);
            self.declare_type_params_of(&decl.tparams, Some(named));
        }
        let rhs = self.typ_expr(&decl.typ);
        self.named_rhs.insert(named, rhs);
        let under = self.w.types.under(rhs);
        self.w.set_underlying(named, under);
        if under == TypeId::INVALID && rhs != TypeId::INVALID {
            self.forward_chains.push(named);
        }
        self.resolve_forward_chains();
        if !decl.tparams.is_empty() {
            self.close_scope();
            self.complete_instances(named);
        }
        // types2's collectMethods, after the type is declared.
        if is_pkg_level {
            self.delayed.push(Delayed::FieldUniqueness(named));
            let tname = self.w.obj(o).name.clone();
            for (m, alt) in dups {
                let (mpos, mname) = (self.w.obj(m).pos, self.w.obj(m).name.clone());
                let at = self.pos_string(self.w.obj(alt).pos);
                self.error_at(
                    mpos,
                    format!("method {tname}.{mname} already declared at {at}"),
                );
            }
        }
    }

    /// Whether `t` is complete, i.e. has an underlying type by now: not a
    /// named type (or alias) whose declaration, or that of a type name on
    /// the way to its underlying type, is being checked. A value of an
    /// incomplete type cannot be made (`unsafe.Sizeof(T{})` in `T`'s own
    /// array length): that is an invalid cycle, reported here (types2's
    /// `isComplete`).
    pub(super) fn is_complete(&mut self, mut t: TypeId) -> bool {
        for _ in 0..100 {
            let (obj, rhs) = match self.w.types.get(t) {
                Type::Alias(a) => (a.obj, a.actual),
                Type::Named(n) => {
                    let orig = n.orig.unwrap_or(t);
                    (n.obj, self.named_rhs.get(&orig).copied())
                }
                _ => return true,
            };
            if let Some(start) = self.obj_path.iter().position(|&p| p == obj) {
                let cycle = self.obj_path[start..].to_vec();
                let first = self.first_in_src(&cycle);
                self.cycle_error(&cycle, first);
                return false;
            }
            match rhs {
                Some(r) => t = r,
                None => return true,
            }
        }
        true
    }

    /// Sets the underlying type of the named types of `forward_chains`
    /// whose right-hand side now has one. (Those in a cycle never do: they
    /// stay invalid, and the cycle is reported.)
    fn resolve_forward_chains(&mut self) {
        // One resolved type may resolve another of the list: repeat until
        // nothing changes.
        let mut progress = true;
        while progress {
            progress = false;
            let mut i = 0;
            while i < self.forward_chains.len() {
                let t = self.forward_chains[i];
                let rhs = self.named_rhs.get(&t).copied().unwrap_or(TypeId::INVALID);
                let under = self.w.types.under(rhs);
                if under == TypeId::INVALID {
                    i += 1;
                } else {
                    self.w.set_underlying(t, under);
                    self.forward_chains.swap_remove(i);
                    progress = true;
                }
            }
        }
    }

    /// Reports the first language feature of a type declaration that the
    /// current file's version does not have: for an alias, the newest one
    /// first (so one -lang change fixes it), for a generic type its type
    /// parameters.
    fn verify_type_decl_version(&mut self, decl: &ast::TypeDecl) {
        let tparam0 = decl.tparams.first().map(|f| self.gpos(f.pos));
        if decl.alias {
            if let Some(at) = tparam0
                && !self.verify_version(at, (1, 23), "generic type alias")
            {
                return;
            }
            self.verify_version(self.gpos(decl.pos), (1, 9), "type alias");
        } else if let Some(at) = tparam0 {
            self.verify_version(at, (1, 18), "type parameter");
        }
    }

    /// The methods declared for package-level type `o`, without
    /// duplicates, and the duplicates with the method they clash with.
    fn unique_methods(&self, o: ObjId) -> (Vec<ObjId>, Vec<(ObjId, ObjId)>) {
        let all = self
            .methods
            .get(&self.w.obj(o).name)
            .cloned()
            .unwrap_or_default();
        let mut unique: Vec<ObjId> = Vec::new();
        let mut dups = Vec::new();
        for m in all {
            let name = &self.w.obj(m).name;
            match unique.iter().find(|&&u| self.w.obj(u).name == *name) {
                Some(&alt) => dups.push((m, alt)),
                None => unique.push(m),
            }
        }
        (unique, dups)
    }

    /// Reports methods of a struct type named like one of its fields
    /// (types2's `checkFieldUniqueness`).
    pub(super) fn check_field_uniqueness(&mut self, named: TypeId) {
        let Type::Named(n) = self.w.types.get(named) else {
            return;
        };
        let methods = n.methods.clone();
        let Type::Struct(fields) = self.w.types.get(self.w.types.under(named)).clone() else {
            return;
        };
        for f in fields {
            let fname = self.w.obj(f.obj).name.clone();
            if fname == "_" {
                continue;
            }
            if let Some(&m) = methods.iter().find(|&&m| self.w.obj(m).name == fname) {
                let mpos = self.w.obj(m).pos;
                let other = self.pos_string(self.w.obj(f.obj).pos);
                self.error_at(
                    mpos,
                    format!(
                        "field and method with the same name {fname}\n\t{other}: other declaration of {fname}"
                    ),
                );
            }
        }
    }

    /// Reports a named type that contains itself (types2's `validType`).
    pub(super) fn valid_type(&mut self, t: TypeId) {
        let mut nest = Vec::new();
        let mut path = Vec::new();
        self.valid_type0(t, &mut nest, &mut path, 0);
    }

    /// The declared right-hand side of a named type (its underlying type
    /// for types not declared in this package).
    fn named_rhs_of(&self, t: TypeId) -> Option<TypeId> {
        if let Some(&r) = self.named_rhs.get(&t) {
            return Some(r);
        }
        match self.w.types.get(t) {
            Type::Named(n) => n.underlying,
            _ => None,
        }
    }

    fn valid_type0(
        &mut self,
        t: TypeId,
        nest: &mut Vec<TypeId>,
        path: &mut Vec<TypeId>,
        depth: usize,
    ) -> bool {
        if depth > 200 {
            return true;
        }
        let t = self.w.types.unalias(t);
        match self.w.types.get(t).clone() {
            Type::Array(_, e) => return self.valid_type0(e, nest, path, depth + 1),
            Type::Struct(fields) => {
                for f in fields {
                    let ft = self.w.type_of(f.obj);
                    if !self.valid_type0(ft, nest, path, depth + 1) {
                        return false;
                    }
                }
            }
            Type::Union(terms) => {
                for term in terms {
                    if !self.valid_type0(term.typ, nest, path, depth + 1) {
                        return false;
                    }
                }
            }
            Type::Interface(i) => {
                for e in i.embeddeds {
                    if !self.valid_type0(e, nest, path, depth + 1) {
                        return false;
                    }
                }
            }
            Type::Named(n) => {
                if nest
                    .iter()
                    .any(|&e| e == t || (n.orig.is_some() && self.w.identical(e, t)))
                {
                    let orig = n.orig.unwrap_or(t);
                    if self.w.obj(n.obj).pkg != Some(self.pkg) {
                        return true;
                    }
                    // Don't report the cycle again from another of its
                    // types. (The underlying type stays as declared: the
                    // size computation copes with recursive types and
                    // treats them as variable-sized.)
                    self.named_rhs.insert(orig, TypeId::INVALID);
                    let start = path
                        .iter()
                        .position(|&p| p == t || self.w.identical(p, t))
                        .unwrap_or(0);
                    let cycle: Vec<ObjId> = path[start..]
                        .iter()
                        .filter_map(|&p| match self.w.types.get(p) {
                            Type::Named(pn) => Some(pn.obj),
                            _ => None,
                        })
                        .collect();
                    if !cycle.is_empty() {
                        self.cycle_error(&cycle, 0);
                    }
                    return false;
                }
                let orig = n.orig.unwrap_or(t);
                let Some(rhs) = self.named_rhs_of(orig) else {
                    return true;
                };
                nest.push(t);
                path.push(t);
                let ok = self.valid_type0(rhs, nest, path, depth + 1);
                nest.pop();
                path.pop();
                if !ok {
                    return false;
                }
            }
            Type::TypeParam(p) => {
                if let Some(&inst) = nest.last()
                    && let Type::Named(inst_n) = self.w.types.get(inst).clone()
                    && let Some(orig) = inst_n.orig
                    && let Type::Named(orig_n) = self.w.types.get(orig)
                    && let Some(i) = orig_n.tparams.iter().position(|&tp| tp == p.obj)
                    && let Some(&targ) = inst_n.targs.get(i)
                {
                    let mut outer: Vec<TypeId> = nest[..nest.len() - 1].to_vec();
                    return self.valid_type0(targ, &mut outer, path, depth + 1);
                }
            }
            _ => {}
        }
        true
    }

    fn func_decl(&mut self, o: ObjId, decl: &'a ast::FuncDecl) {
        self.open_scope(
            decl.pos,
            decl.body.as_ref().map_or(decl.pos, |b| b.rbrace),
            true,
        );
        let fscope = self.scope;
        let sig = self.w.types.add(Type::Signature(Default::default()));
        self.w.obj_mut(o).typ = Some(sig);
        self.func_signature_in(sig, decl.recv.as_ref(), &decl.tparams, &decl.typ);
        self.declare_params(sig);
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
        let saved = (
            self.scope,
            std::mem::take(&mut self.fctx),
            self.cur_decl.replace(o),
        );
        self.scope = fscope;
        self.fctx = FuncCtx {
            sig,
            has_defer: false,
        };
        self.func_body_stmts(body, sig);
        (self.scope, self.fctx, self.cur_decl) = saved;
    }
}
