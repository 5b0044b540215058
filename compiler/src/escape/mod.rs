//! Escape analysis as gc does it (cmd/compile/internal/escape): which
//! variables and allocations of a package's functions must live on the
//! heap, and where each parameter's value leaks, with the `-m` lines gc
//! prints (`moved to heap: x`, `&T{...} escapes to heap`,
//! `leaking param: p to result ~r0 level=0`, `p does not escape`).
//!
//! Functions are analysed in gc's bottom-up order, each after the
//! inlining decisions ([`crate::inline`]): inlined calls are analysed as
//! copies of the callee's body, and calls that are not inlined use the
//! callee's parameter leaks. The graph and solver are in [`graph`], the
//! walk over bodies in [`build`].
//!
//! API: [`analyze`] gives an [`EscapeInfo`], which later phases read
//! (which variables and allocation sites go on the heap).

mod build;
mod capture;
pub mod graph;

use std::collections::{HashMap, HashSet};

use crate::inline::view::PkgView;
use crate::inline::{InlineInfo, Remark};
use crate::types::object::ObjId;

use build::{Builder, Site};
use graph::Leaks;

pub struct EscapeInfo {
    /// Variables of the functions' own bodies that live on the heap
    /// (gc's "moved to heap").
    pub heap_vars: HashSet<ObjId>,
    /// Allocation sites of the functions' own bodies (`new`, `&T{...}`,
    /// `make`, slice literals, closures, conversions, by the address of
    /// their expression in the syntax tree): true when the allocation
    /// escapes to the heap, false when it may live in the frame.
    pub allocs: HashMap<usize, bool>,
    /// For each function of the table (None if not analysed), where each
    /// parameter (receiver first) leaks.
    pub leaks: Vec<Option<Vec<Leaks>>>,
    /// The `-m` lines, in gc's order.
    pub remarks: Vec<Remark>,
}

/// Escape analysis of the package `view` shows, after inlining `inl`.
pub fn analyze(view: &PkgView, inl: &InlineInfo) -> EscapeInfo {
    let mut info = EscapeInfo {
        heap_vars: HashSet::new(),
        allocs: HashMap::new(),
        leaks: vec![None; view.funcs.funcs.len()],
        remarks: Vec::new(),
    };
    package_init(view, inl, &mut info);
    for block in &inl.order {
        for &f in block {
            analyze_func(view, inl, f, &mut info);
        }
    }
    info
}

/// The package's variable initializers, which gc analyses first (as its
/// package `init` function).
fn package_init(view: &PkgView, inl: &InlineInfo, info: &mut EscapeInfo) {
    let mut b = Builder::new(view, inl, &[], &inl.statics, usize::MAX);
    b.build_package_init();
    b.g.solve();
    report_sites(&b, info);
}

fn analyze_func(view: &PkgView, inl: &InlineInfo, f: usize, info: &mut EscapeInfo) {
    // The leaks of the functions analysed before (a copy: `info` takes
    // this function's verdicts meanwhile).
    let tags = info.leaks.clone();
    let mut b = Builder::new(view, inl, &tags, &inl.statics, f);
    b.build();
    let leaks = b.g.solve();
    let leak_of: HashMap<usize, Leaks> = leaks.into_iter().collect();
    let src = &view.funcs.funcs[f];
    let mut tags = Vec::new();
    for (loc, name, ptrs) in &b.params {
        let leak = leak_of.get(loc).cloned().unwrap_or_default();
        tags.push(leak.clone());
        let Some(name) = name else { continue };
        if !ptrs || name.value.as_ref() == "_" || b.g.locs[*loc].escapes {
            continue;
        }
        for text in param_lines(&name.value, &leak, &b.result_names) {
            info.remarks.push(Remark {
                file: src.file,
                pos: name.pos,
                text,
            });
        }
    }
    for (loc, name, _) in &b.params {
        if let Some(name) = name
            && b.g.locs[*loc].escapes
        {
            info.remarks.push(Remark {
                file: src.file,
                pos: name.pos,
                text: format!("moved to heap: {}", name.value),
            });
        }
    }
    report_sites(&b, info);
    info.leaks[f] = Some(tags);
}

/// The verdicts on the variables and allocation sites of a graph.
fn report_sites(b: &Builder, info: &mut EscapeInfo) {
    for site in &b.vars_order {
        if b.g.locs[site.loc].escapes {
            info.remarks
                .push(site_remark(site, format!("moved to heap: {}", site.text)));
            if site.own
                && let Some(obj) = site.var
            {
                info.heap_vars.insert(obj);
            }
        }
    }
    for site in &b.allocs {
        let escapes = b.g.locs[site.loc].escapes;
        let verdict = if escapes {
            "escapes to heap"
        } else {
            "does not escape"
        };
        info.remarks
            .push(site_remark(site, format!("{} {verdict}", site.text)));
        if !escapes && site.str_to_bytes {
            info.remarks.push(site_remark(
                site,
                "zero-copy string->[]byte conversion".to_string(),
            ));
        }
        if let Some(e) = site.expr {
            info.allocs.insert(e, escapes);
        }
    }
}

fn site_remark(site: &Site, text: String) -> Remark {
    Remark {
        file: site.file,
        pos: site.pos,
        text,
    }
}

/// gc's words for where parameter `p` leaks.
fn param_lines(p: &str, leak: &Leaks, results: &[String]) -> Vec<String> {
    match leak.heap {
        Some(0) => return vec![format!("leaking param: {p}")],
        Some(_) => return vec![format!("leaking param content: {p}")],
        None => {}
    }
    let to_results: Vec<String> = leak
        .results
        .iter()
        .zip(results)
        .filter_map(|(d, r)| d.map(|d| format!("leaking param: {p} to result {r} level={d}")))
        .collect();
    if to_results.is_empty() {
        vec![format!("{p} does not escape")]
    } else {
        to_results
    }
}
