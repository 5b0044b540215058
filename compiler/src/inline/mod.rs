//! Inlining decisions as gc makes them (inline/inl.go and the
//! interleaved inliner): which functions of a package can be inlined
//! (gc's budget of 80 IR nodes, see [`cost`]) and which calls are
//! inlined, including calls inside inlined bodies (mid-stack inlining),
//! with the `-m` lines gc prints for them, in gc's order.
//!
//! API: [`analyze`] gives an [`InlineInfo`]; [`remark_lines`] prints
//! remarks as gc does.

mod cost;
pub mod funcs;
mod scc;
pub mod view;
pub mod walk;

#[cfg(test)]
mod tests;

use std::collections::HashMap;

use crate::syntax::Pos;
use crate::syntax::ast::{Expr, ExprKind, Stmt, StmtKind};
use crate::types::object::ObjId;

use cost::{Coster, MAX_BUDGET};
use funcs::FuncId;
use view::{Callee, PkgView};
use walk::{Visit, walk_block};

/// One `-m` line: where (file index in the package, position) and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Remark {
    pub file: usize,
    pub pos: Pos,
    pub text: String,
}

/// A call that is inlined: where it is in the source (for a call inside
/// an inlined body, the outermost call it was copied to), the function
/// it calls, and the chain of inlined functions it sits in.
#[derive(Clone, Debug)]
pub struct InlinedCall {
    /// The call expression (its address in the syntax tree).
    pub call: usize,
    pub file: usize,
    pub pos: Pos,
    pub callee: FuncId,
    pub chain: Vec<FuncId>,
}

pub struct InlineInfo {
    /// The inlining cost of each function of the table, None when it
    /// cannot be inlined.
    pub cost: Vec<Option<i32>>,
    /// The inlined calls of each function (indexed like the table), in
    /// the order gc inlines them.
    pub calls: Vec<Vec<InlinedCall>>,
    /// The `-m` lines, in gc's order.
    pub remarks: Vec<Remark>,
    /// gc's bottom-up order of the functions (components).
    pub order: Vec<Vec<FuncId>>,
    /// Local variables that always hold one function literal.
    pub statics: HashMap<ObjId, FuncId>,
}

/// The inlining decisions for the package `view` shows.
pub fn analyze(view: &PkgView) -> InlineInfo {
    let n = view.funcs.funcs.len();
    let mut st = State {
        view,
        checked: vec![None; n],
        remarks: Vec::new(),
        statics: static_closures(view),
    };
    let order = scc::bottom_up(view);
    for block in &order {
        for &f in block {
            st.can_inline(f);
        }
    }
    let mut calls = vec![Vec::new(); n];
    for block in &order {
        for &f in block {
            calls[f] = st.inline_calls(f);
        }
    }
    InlineInfo {
        cost: st.checked.into_iter().map(Option::flatten).collect(),
        calls,
        remarks: st.remarks,
        order,
        statics: st.statics,
    }
}

/// The view of the main package of a checked program (None without one).
pub fn main_view<'a>(
    program: &'a crate::loader::Program,
    checked: &'a crate::types::program::CheckedProgram,
) -> Option<PkgView<'a>> {
    let pkg = &program.packages[program.main?];
    let cpkg = checked.packages.iter().find(|p| p.path == pkg.path)?;
    let files = pkg.files.iter().map(|f| &f.ast).collect();
    Some(PkgView::new(files, &cpkg.info, &checked.world))
}

/// Remarks as gc prints them: `./p.go:5:6: can inline add`.
pub fn remark_lines(view: &PkgView, remarks: &[Remark]) -> Vec<String> {
    remarks
        .iter()
        .map(|r| {
            let file = view.files[r.file];
            let lc = file.lines.line_col(r.pos);
            format!("{}:{}:{}: {}", file.name, lc.line, lc.col, r.text)
        })
        .collect()
}

struct State<'v, 'a> {
    view: &'v PkgView<'a>,
    /// None: not yet looked at; Some(None): cannot be inlined (or being
    /// looked at: a recursive call is a call); Some(Some(cost)).
    checked: Vec<Option<Option<i32>>>,
    remarks: Vec<Remark>,
    /// Local variables that always hold one function literal.
    statics: HashMap<ObjId, FuncId>,
}

/// A call site waiting for a decision.
struct Site<'a> {
    call: &'a Expr,
    file: usize,
    /// Where gc reports it: the outermost call it was copied into.
    report: Pos,
    chain: Vec<FuncId>,
    /// Parameters of inlined functions bound to known functions.
    env: HashMap<ObjId, FuncId>,
}

impl<'a> State<'_, 'a> {
    /// gc's CanInline: decides once, printing `can inline f`.
    fn can_inline(&mut self, f: FuncId) -> Option<i32> {
        if let Some(done) = self.checked[f] {
            return done;
        }
        self.checked[f] = Some(None);
        let src = &self.view.funcs.funcs[f];
        if src.noinline {
            return None;
        }
        let (file, body) = (src.file, src.body);
        let statics = std::mem::take(&mut self.statics);
        let cost = {
            let mut c = Coster {
                view: self.view,
                file,
                statics: &statics,
                callee_cost: |g| self.can_inline(g),
            };
            c.body(body)
        };
        self.statics = statics;
        let cost = cost.ok().filter(|&c| c <= MAX_BUDGET);
        self.checked[f] = Some(cost);
        if cost.is_some() {
            self.remark_can_inline(f);
        }
        cost
    }

    fn remark_can_inline(&mut self, f: FuncId) {
        let src = &self.view.funcs.funcs[f];
        self.remarks.push(Remark {
            file: src.file,
            pos: src.pos,
            text: format!("can inline {}", src.name),
        });
    }

    /// The interleaved inliner on `f`: the calls of its body, then, round
    /// by round, the calls of the bodies inlined in the previous round.
    fn inline_calls(&mut self, f: FuncId) -> Vec<InlinedCall> {
        let src = &self.view.funcs.funcs[f];
        let mut round: Vec<Site<'a>> = call_sites(src.body)
            .into_iter()
            .map(|call| Site {
                call,
                file: src.file,
                report: call.pos,
                chain: Vec::new(),
                env: HashMap::new(),
            })
            .collect();
        let mut done = Vec::new();
        while !round.is_empty() {
            let mut next = Vec::new();
            for site in &round {
                if let Some(g) = self.decide(site) {
                    done.push(InlinedCall {
                        call: site.call as *const Expr as usize,
                        file: site.file,
                        pos: site.report,
                        callee: g,
                        chain: site.chain.clone(),
                    });
                    next.extend(self.expand(site, g));
                }
            }
            round = next;
        }
        done
    }

    /// Whether `site` is inlined, and what it calls.
    fn decide(&mut self, site: &Site) -> Option<FuncId> {
        let g = self.resolve(site)?;
        let cost = self.checked[g].flatten()?;
        if cost > MAX_BUDGET || site.chain.contains(&g) {
            return None;
        }
        // A literal inside an inlined body is a new function to gc, whose
        // inlinability it decides (and prints) again.
        if let Some(&outer) = site.chain.last()
            && g != outer
            && self.view.funcs.is_within(g, outer)
        {
            self.remark_can_inline(g);
        }
        self.remarks.push(Remark {
            file: site.file,
            pos: site.report,
            text: format!("inlining call to {}", self.view.funcs.funcs[g].name),
        });
        Some(g)
    }

    fn resolve(&self, site: &Site) -> Option<FuncId> {
        let ExprKind::Call { fun, .. } = &site.call.kind else {
            return None;
        };
        let fun = fun.unparen();
        if matches!(fun.kind, ExprKind::Name(_))
            && let Some(obj) = self.view.obj_at(site.file, fun.pos)
            && let Some(&g) = site.env.get(&obj).or_else(|| self.statics.get(&obj))
        {
            return Some(g);
        }
        match self.view.callee(site.file, fun) {
            Callee::Func(g) => Some(g),
            _ => None,
        }
    }

    /// The call sites of `g`'s body, copied into `site`.
    fn expand(&self, site: &Site<'a>, g: FuncId) -> Vec<Site<'a>> {
        let src = &self.view.funcs.funcs[g];
        let mut chain = site.chain.clone();
        chain.push(g);
        let env = self.bind_params(site, g);
        call_sites(src.body)
            .into_iter()
            .map(|call| Site {
                call,
                file: src.file,
                report: site.report,
                chain: chain.clone(),
                env: env.clone(),
            })
            .collect()
    }

    /// The parameters of `g` whose arguments at `site` are known functions.
    fn bind_params(&self, site: &Site, g: FuncId) -> HashMap<ObjId, FuncId> {
        let mut env = HashMap::new();
        let ExprKind::Call { args, .. } = &site.call.kind else {
            return env;
        };
        let src = &self.view.funcs.funcs[g];
        let params = src.typ.params.iter().flat_map(|p| p.names.iter());
        for (name, arg) in params.zip(args) {
            let known = self.known_func(site, arg);
            if let (Some(obj), Some(h)) = (self.view.obj_at(src.file, name.pos), known) {
                env.insert(obj, h);
            }
        }
        env
    }

    fn known_func(&self, site: &Site, e: &Expr) -> Option<FuncId> {
        let e = e.unparen();
        match &e.kind {
            ExprKind::FuncLit(..) => self.view.funcs.by_lit(e),
            ExprKind::Name(_) => {
                let obj = self.view.obj_at(site.file, e.pos)?;
                site.env
                    .get(&obj)
                    .or_else(|| self.statics.get(&obj))
                    .copied()
                    .or_else(|| self.view.funcs.by_obj(obj))
            }
            _ => None,
        }
    }
}

/// The calls of a body in gc's order (children before their parent),
/// not inside function literals; conversions and builtins are not calls.
fn call_sites(body: &crate::syntax::ast::Block) -> Vec<&Expr> {
    struct Calls<'a>(Vec<&'a Expr>);
    impl<'a> Visit<'a> for Calls<'a> {
        fn expr(&mut self, e: &'a Expr) -> bool {
            !matches!(e.kind, ExprKind::FuncLit(..))
        }
        fn expr_post(&mut self, e: &'a Expr) {
            if matches!(e.kind, ExprKind::Call { .. }) {
                self.0.push(e);
            }
        }
        fn stmt(&mut self, _s: &'a Stmt) -> bool {
            true
        }
    }
    let mut c = Calls(Vec::new());
    walk_block(body, &mut c);
    c.0
}

/// Local variables defined as `x := func...` and never assigned again
/// or addressed: calls through them call that literal (gc's
/// `ir.StaticValue`).
fn static_closures(view: &PkgView) -> HashMap<ObjId, FuncId> {
    struct Scan<'v, 'a> {
        view: &'v PkgView<'a>,
        file: usize,
        defs: HashMap<ObjId, FuncId>,
        spoiled: Vec<ObjId>,
    }
    impl<'a> Visit<'a> for Scan<'_, '_> {
        fn expr(&mut self, e: &'a Expr) -> bool {
            if let ExprKind::Operation(crate::syntax::token::Operator::And, x, None) = &e.kind
                && let Some(obj) = self.view.obj_at(self.file, x.unparen().pos)
            {
                self.spoiled.push(obj);
            }
            true
        }
        fn stmt(&mut self, s: &'a Stmt) -> bool {
            if let StmtKind::Assign(op, lhs, rhs) = &s.kind {
                let define = matches!(op, crate::syntax::ast::AssignOp::Define);
                for (i, l) in lhs.iter().enumerate() {
                    let Some(obj) = self.view.obj_at(self.file, l.unparen().pos) else {
                        continue;
                    };
                    let lit = rhs.get(i).filter(|_| lhs.len() == rhs.len());
                    match lit.and_then(|r| self.view.funcs.by_lit(r.unparen())) {
                        Some(f) if define && self.view.defines(self.file, l.pos) => {
                            self.defs.insert(obj, f);
                        }
                        _ => self.spoiled.push(obj),
                    }
                }
            }
            true
        }
    }
    let mut all = HashMap::new();
    for src in &view.funcs.funcs {
        if src.parent.is_some() {
            continue; // literals are walked with their declaring function
        }
        let mut s = Scan {
            view,
            file: src.file,
            defs: HashMap::new(),
            spoiled: Vec::new(),
        };
        walk_block(src.body, &mut s);
        for o in &s.spoiled {
            s.defs.remove(o);
        }
        all.extend(s.defs);
    }
    all
}
