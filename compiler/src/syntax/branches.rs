//! Checks of labels, goto, break, continue and fallthrough in one function
//! body, as gc's parser does them (its `CheckBranches` mode): undefined and
//! unused labels, gotos into blocks or over variable declarations, breaks
//! and continues outside their statements, misplaced fallthrough.
//!
//! Run on each function body (function literals separately) that parsed
//! without errors; the messages and positions are gc's.

use std::collections::HashMap;

use super::Error;
use super::ast::*;
use super::pos::{LineTable, Pos};
use super::printer::expr_string;
use super::token::Token;

/// What a labeled statement is, for break/continue targets.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    For,
    Switch,
    Select,
    Other,
}

struct Label {
    block: usize,
    pos: Pos,
    kind: Kind,
    used: bool,
    /// The labeled statement that declared it (a redefinition does not
    /// replace the first declaration).
    stmt: usize,
}

struct LabelBlock {
    parent: Option<usize>,
    start: Pos,
    /// The labeled statement this block belongs to.
    label: Option<usize>,
}

/// Break/continue/fallthrough context of a statement list.
#[derive(Clone, Copy)]
struct Targets {
    breaks: Option<BreakTarget>,
    continues: bool,
    /// Index of the case clause of the immediately enclosing switch.
    case_index: Option<usize>,
}

#[derive(Clone, Copy)]
enum BreakTarget {
    Loop,
    Select,
    Switch { type_switch: bool, clauses: usize },
}

struct Goto {
    id: usize,
    name: String,
    pos: Pos,
}

struct Checker<'a> {
    file: &'a str,
    lines: &'a LineTable,
    labels: HashMap<String, Label>,
    /// Label names in declaration order (for deterministic reporting).
    order: Vec<String>,
    blocks: Vec<LabelBlock>,
    errors: Vec<Error>,
    next_goto: usize,
    /// Counter numbering labeled statements.
    next_stmt: usize,
}

/// Checks `body` and appends errors to `errors`. `file` is the file name as
/// shown in messages that mention another position.
pub fn check_branches(body: &Block, file: &str, lines: &LineTable, errors: &mut Vec<Error>) {
    let mut c = Checker {
        file,
        lines,
        labels: HashMap::new(),
        order: Vec::new(),
        blocks: Vec::new(),
        errors: Vec::new(),
        next_goto: 0,
        next_stmt: 0,
    };
    let top = Targets {
        breaks: None,
        continues: false,
        case_index: None,
    };
    let fwd = c.block_branches(None, top, None, body.pos, &body.stmts);
    for g in fwd {
        if let Some(l) = c.labels.get_mut(&g.name) {
            l.used = true;
            let start = c.blocks[l.block].start;
            let at = c.pos_string(start);
            c.err(
                g.pos,
                format!("goto {} jumps into block starting at {at}", g.name),
            );
        } else {
            c.err(g.pos, format!("label {} not defined", g.name));
        }
    }
    for name in std::mem::take(&mut c.order) {
        let l = &c.labels[&name];
        if !l.used {
            let pos = l.pos;
            c.err(pos, format!("label {name} defined and not used"));
        }
    }
    errors.append(&mut c.errors);
}

impl Checker<'_> {
    fn err(&mut self, pos: Pos, msg: String) {
        self.errors.push(Error { pos, msg });
    }

    fn pos_string(&self, pos: Pos) -> String {
        let lc = self.lines.line_col(pos);
        format!("{}:{}:{}", self.file, lc.line, lc.col)
    }

    /// Declares label `name` of labeled statement `stmt`.
    fn declare(&mut self, block: usize, name: &Name, kind: Kind, stmt: usize) {
        if let Some(alt) = self.labels.get(&*name.value) {
            let at = self.pos_string(alt.pos);
            self.err(
                name.pos,
                format!("label {} already defined at {at}", name.value),
            );
            return;
        }
        self.labels.insert(
            name.value.to_string(),
            Label {
                block,
                pos: name.pos,
                kind,
                used: false,
                stmt,
            },
        );
        self.order.push(name.value.to_string());
    }

    /// Whether label `name` is declared in `block` or an enclosing block.
    fn goto_target(&mut self, mut block: Option<usize>, name: &str) -> bool {
        let Some(l) = self.labels.get_mut(name) else {
            return false;
        };
        l.used = true;
        let target = l.block;
        while let Some(b) = block {
            if b == target {
                return true;
            }
            block = self.blocks[b].parent;
        }
        false
    }

    /// The kind of the enclosing statement labeled `name`: None if no such
    /// label, Some(None) if the label exists but does not enclose us.
    fn enclosing_target(&mut self, mut block: Option<usize>, name: &str) -> Option<Option<Kind>> {
        let l = self.labels.get_mut(name)?;
        l.used = true;
        let (kind, stmt) = (l.kind, l.stmt);
        while let Some(b) = block {
            if self.blocks[b].label == Some(stmt) {
                return Some(Some(kind));
            }
            block = self.blocks[b].parent;
        }
        Some(None)
    }

    fn block_branches(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        label: Option<usize>,
        start: Pos,
        body: &[Stmt],
    ) -> Vec<Goto> {
        super::parser::grow(|| self.block_branches_inner(parent, ctxt, label, start, body))
    }

    fn block_branches_inner(
        &mut self,
        parent: Option<usize>,
        ctxt: Targets,
        label: Option<usize>,
        start: Pos,
        body: &[Stmt],
    ) -> Vec<Goto> {
        self.blocks.push(LabelBlock {
            parent,
            start,
            label,
        });
        let b = self.blocks.len() - 1;
        let mut var_decl: Option<(Pos, String)> = None;
        let mut fwd: Vec<Goto> = Vec::new();
        let mut bad: Vec<usize> = Vec::new();

        let end = body
            .iter()
            .rposition(|s| !matches!(s.kind, StmtKind::Empty))
            .map_or(0, |i| i + 1);
        let list = &body[..end];
        for (index, stmt) in list.iter().enumerate() {
            // The label of this statement, owner of the blocks it contains.
            let mut lstmt = None;
            let mut s = stmt;
            // Unwrap labels, declaring them.
            while let StmtKind::Labeled(name, inner) = &s.kind {
                if &*name.value != "_" {
                    self.next_stmt += 1;
                    let stmt_id = self.next_stmt;
                    self.declare(b, name, kind_of(inner), stmt_id);
                    let mut kept = Vec::new();
                    for g in fwd.drain(..) {
                        if *g.name == *name.value {
                            if let Some(l) = self.labels.get_mut(&*name.value) {
                                l.used = true;
                            }
                            if let Some((vpos, vname)) = &var_decl
                                && bad.contains(&g.id)
                            {
                                let at = self.pos_string(*vpos);
                                self.err(
                                    g.pos,
                                    format!(
                                        "goto {} jumps over declaration of {vname} at {at}",
                                        g.name
                                    ),
                                );
                            }
                        } else {
                            kept.push(g);
                        }
                    }
                    fwd = kept;
                    lstmt = Some(stmt_id);
                }
                s = inner;
            }
            let inner_ctxt = |breaks, continues| Targets {
                breaks,
                continues,
                case_index: None,
            };
            match &s.kind {
                StmtKind::Decl(decls) => {
                    if let Some(Decl::Var(v)) = decls.iter().find(|d| matches!(d, Decl::Var(_))) {
                        var_decl = Some((v.pos, v.names[0].value.to_string()));
                        bad = fwd.iter().map(|g| g.id).collect();
                    }
                }
                StmtKind::Assign(AssignOp::Define, lhs, _) => {
                    let names = lhs.iter().map(expr_string).collect::<Vec<_>>().join(", ");
                    var_decl = Some((s.pos, names));
                    bad = fwd.iter().map(|g| g.id).collect();
                }
                StmtKind::Branch(tok, None) => {
                    self.unlabeled_branch(s.pos, *tok, ctxt, index, list.len())
                }
                StmtKind::Branch(tok, Some(name)) => match tok {
                    Token::Break => match self.enclosing_target(Some(b), &name.value) {
                        Some(Some(Kind::For | Kind::Switch | Kind::Select)) => {}
                        Some(_) => {
                            self.err(name.pos, format!("invalid break label {}", name.value))
                        }
                        None => {
                            self.err(name.pos, format!("break label not defined: {}", name.value))
                        }
                    },
                    Token::Continue => match self.enclosing_target(Some(b), &name.value) {
                        Some(Some(Kind::For)) => {}
                        Some(_) => {
                            self.err(name.pos, format!("invalid continue label {}", name.value))
                        }
                        None => self.err(
                            name.pos,
                            format!("continue label not defined: {}", name.value),
                        ),
                    },
                    Token::Goto if !self.goto_target(Some(b), &name.value) => {
                        self.next_goto += 1;
                        fwd.push(Goto {
                            id: self.next_goto,
                            name: name.value.to_string(),
                            pos: name.pos,
                        });
                    }
                    _ => {}
                },
                StmtKind::Block(blk) => {
                    let t = Targets {
                        case_index: None,
                        ..ctxt
                    };
                    fwd.extend(self.block_branches(Some(b), t, lstmt, blk.pos, &blk.stmts));
                }
                StmtKind::If(i) => {
                    let t = Targets {
                        case_index: None,
                        ..ctxt
                    };
                    fwd.extend(self.block_branches(Some(b), t, lstmt, i.then.pos, &i.then.stmts));
                    if let Some(e) = &i.els {
                        fwd.extend(self.block_branches(
                            Some(b),
                            t,
                            lstmt,
                            e.pos,
                            std::slice::from_ref(e),
                        ));
                    }
                }
                StmtKind::For(f) => {
                    let t = inner_ctxt(Some(BreakTarget::Loop), true);
                    fwd.extend(self.block_branches(Some(b), t, lstmt, f.body.pos, &f.body.stmts));
                }
                StmtKind::Range(r) => {
                    let t = inner_ctxt(Some(BreakTarget::Loop), true);
                    fwd.extend(self.block_branches(Some(b), t, lstmt, r.body.pos, &r.body.stmts));
                }
                StmtKind::Switch(sw) => {
                    let type_switch = matches!(
                        sw.tag.as_ref().map(|t| &t.kind),
                        Some(ExprKind::TypeSwitchGuard(..))
                    );
                    let target = BreakTarget::Switch {
                        type_switch,
                        clauses: sw.clauses.len(),
                    };
                    for (i, cc) in sw.clauses.iter().enumerate() {
                        let t = Targets {
                            breaks: Some(target),
                            continues: ctxt.continues,
                            case_index: Some(i),
                        };
                        fwd.extend(self.block_branches(Some(b), t, lstmt, cc.pos, &cc.body));
                    }
                }
                StmtKind::Select(sel) => {
                    let t = inner_ctxt(Some(BreakTarget::Select), ctxt.continues);
                    for cc in &sel.clauses {
                        fwd.extend(self.block_branches(Some(b), t, lstmt, cc.pos, &cc.body));
                    }
                }
                _ => {}
            }
        }
        fwd
    }

    fn unlabeled_branch(&mut self, pos: Pos, tok: Token, ctxt: Targets, index: usize, len: usize) {
        match tok {
            Token::Break if ctxt.breaks.is_none() => {
                self.err(pos, "break is not in a loop, switch, or select".into())
            }
            Token::Continue if !ctxt.continues => self.err(pos, "continue is not in a loop".into()),
            Token::Fallthrough => {
                let msg = match ctxt.breaks {
                    Some(BreakTarget::Switch {
                        type_switch: true, ..
                    }) => "cannot fallthrough in type switch",
                    Some(BreakTarget::Switch { clauses, .. }) => match ctxt.case_index {
                        Some(ci) if index + 1 == len => {
                            if ci + 1 == clauses {
                                "cannot fallthrough final case in switch"
                            } else {
                                return; // fallthrough ok
                            }
                        }
                        _ => "fallthrough statement out of place",
                    },
                    _ => "fallthrough statement out of place",
                };
                self.err(pos, msg.into());
            }
            _ => {}
        }
    }
}

fn kind_of(s: &Stmt) -> Kind {
    match &s.kind {
        StmtKind::For(_) | StmtKind::Range(_) => Kind::For,
        StmtKind::Switch(_) => Kind::Switch,
        StmtKind::Select(_) => Kind::Select,
        _ => Kind::Other,
    }
}
