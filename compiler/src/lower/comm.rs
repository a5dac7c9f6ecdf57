//! Lowering of the statements that communicate or dispatch on dynamic types:
//! channel sends, `select`, `for range` over channels and maps, and type switches.
//!
//! Register conventions follow the instruction set: a `Select` is followed by its
//! `SelectRecv`/`SelectSend` case operands and yields the chosen case index; a
//! receive's value lands in `val..` with `ok` right after it; map iteration yields
//! `ok`, then the key, then the value.

use super::func::{is_blank_expr, FnBuilder, LoopCtx};
use crate::check::types::{Type, TypeId};
use crate::check::VarId;
use crate::syntax::ast::{self, Expr, ExprKind, StmtKind, UnOp};
use govm::bytecode::Op;

impl<'l, 'a> FnBuilder<'l, 'a> {
    /// The element type of a channel-typed expression.
    fn chan_elem(&mut self, ch: &Expr) -> TypeId {
        let t = self.ty(ch);
        match self.l.tt.under_type(t) {
            Type::Chan(_, el) => *el,
            _ => t,
        }
    }

    /// `ch <- v`
    pub(super) fn send(&mut self, ch: &Expr, v: &Expr) {
        let el = self.chan_elem(ch);
        let c = self.expr_reg(ch);
        let src = self.value_as(v, el);
        let ty = self.l.rt_type(el) as u16;
        self.emit(Op::ChanSend { ch: c, src, ty });
    }

    /// Binds iteration or case values: declares (`define`) or assigns `e` from the
    /// value of type `ty` in `src..`.
    fn bind(&mut self, e: &Expr, src: u16, ty: TypeId, define: bool) {
        if is_blank_expr(e) {
            return;
        }
        if define {
            let ExprKind::Ident(id) = &e.kind else { return };
            let v: VarId = self.l.info.defs[&id.span];
            self.declare_var(v, false);
            let vt = self.l.info.vars[v as usize].ty;
            let s = self.convert_value(src, ty, vt);
            self.store_var(v, s);
        } else {
            let place = self.place(e);
            let et = self.ty(e);
            let s = self.convert_value(src, ty, et);
            self.store_place(&place, et, s);
        }
    }

    /// `for v := range ch`: receive until the channel is closed and drained.
    pub(super) fn range_chan(
        &mut self,
        label: Option<String>,
        key: Option<&Expr>,
        define: bool,
        expr: &Expr,
        body: &ast::Block,
    ) {
        let el = self.chan_elem(expr);
        let ch = self.refreg();
        self.expr_into(expr, ch);
        let mut layout = self.l.tt.layout(el);
        layout.push(false);
        let val = self.alloc(&layout);
        let n = self.slots(el);
        let ty = self.l.rt_type(el) as u16;
        let head = self.code.len();
        self.emit(Op::ChanRecvOk { dst: val, ch, ty });
        let done = self.emit(Op::JmpIfNot { c: val + n, off: 0 });
        let mark = self.top;
        if let Some(k) = key {
            self.bind(k, val, el, define);
        }
        self.loops.push(LoopCtx {
            label,
            breaks: vec![],
            continues: Some(vec![]),
        });
        self.block(&body.stmts);
        let ctx = self.loops.pop().unwrap();
        self.top = mark;
        for j in ctx.continues.unwrap_or_default() {
            self.patch_to(j, head);
        }
        self.jump_back(head);
        self.patch_here(done);
        for j in ctx.breaks {
            self.patch_here(j);
        }
    }

    /// `for k, v := range m`
    #[allow(clippy::too_many_arguments)]
    pub(super) fn range_map(
        &mut self,
        label: Option<String>,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        expr: &Expr,
        body: &ast::Block,
    ) {
        let mt = self.ty(expr);
        let (kt, vt) = match self.l.tt.under_type(mt) {
            Type::Map(k, v) => (*k, *v),
            _ => return,
        };
        let m = self.refreg();
        self.expr_into(expr, m);
        let it = self.refreg();
        self.emit(Op::MapIter { dst: it, m });
        let mut layout = vec![false];
        layout.extend(self.l.tt.layout(kt));
        layout.extend(self.l.tt.layout(vt));
        let kv = self.alloc(&layout);
        let ks = self.slots(kt);
        let ty = self.l.rt_type(mt) as u16;
        let head = self.code.len();
        self.emit(Op::MapNext { dst: kv, it, ty });
        let done = self.emit(Op::JmpIfNot { c: kv, off: 0 });
        let mark = self.top;
        if let Some(k) = key {
            self.bind(k, kv + 1, kt, define);
        }
        if let Some(v) = value {
            self.bind(v, kv + 1 + ks, vt, define);
        }
        self.loops.push(LoopCtx {
            label,
            breaks: vec![],
            continues: Some(vec![]),
        });
        self.block(&body.stmts);
        let ctx = self.loops.pop().unwrap();
        self.top = mark;
        for j in ctx.continues.unwrap_or_default() {
            self.patch_to(j, head);
        }
        self.jump_back(head);
        self.patch_here(done);
        for j in ctx.breaks {
            self.patch_here(j);
        }
    }

    /// `select { ... }`: evaluates every channel and sent value in source order,
    /// selects, then dispatches on the chosen case index.
    pub(super) fn select(&mut self, label: Option<String>, clauses: &[ast::CommClause]) {
        struct Case<'e> {
            send: bool,
            ch: u16,
            val: u16,
            el: TypeId,
            /// The receive's bindings: (value target, ok target, define).
            lhs: Option<(Option<&'e Expr>, Option<&'e Expr>, bool)>,
            clause: usize,
        }
        let mut cases: Vec<Case> = Vec::new();
        let mut default = None;
        for (i, c) in clauses.iter().enumerate() {
            let Some(comm) = &c.comm else {
                default = Some(i);
                continue;
            };
            self.set_pos(comm.span);
            let (recv, lhs): (Option<&Expr>, _) = match &comm.kind {
                StmtKind::Send(ch, v) => {
                    let el = self.chan_elem(ch);
                    let r = self.refreg();
                    self.expr_into(ch, r);
                    let val = self.alloc_ty(el);
                    self.value_into(v, el, val);
                    cases.push(Case {
                        send: true,
                        ch: r,
                        val,
                        el,
                        lhs: None,
                        clause: i,
                    });
                    continue;
                }
                StmtKind::Expr(e) => (Some(e), None),
                StmtKind::Assign { lhs, rhs, .. } => {
                    (rhs.first(), Some((lhs.first(), lhs.get(1), false)))
                }
                StmtKind::Define { names, values } => {
                    let _ = names;
                    (values.first(), None)
                }
                _ => (None, None),
            };
            let Some(re) = recv else { continue };
            let ExprKind::Unary(UnOp::Recv, ch) = &super::func::strip(re).kind else {
                continue;
            };
            let el = self.chan_elem(ch);
            let r = self.refreg();
            self.expr_into(ch, r);
            let mut layout = self.l.tt.layout(el);
            layout.push(false);
            let val = self.alloc(&layout);
            cases.push(Case {
                send: false,
                ch: r,
                val,
                el,
                lhs,
                clause: i,
            });
        }
        let n = cases.len() as u16;
        let dst = self.scalar();
        let block = u16::from(default.is_none());
        self.emit(Op::Select { dst, n, block });
        for c in &cases {
            let ty = self.l.rt_type(c.el) as u16;
            if c.send {
                self.emit(Op::SelectSend {
                    ch: c.ch,
                    val: c.val,
                    ty,
                });
            } else {
                self.emit(Op::SelectRecv {
                    ch: c.ch,
                    val: c.val,
                    ty,
                });
            }
        }
        // dispatch on the chosen index
        let mut entries = Vec::new();
        let k = self.scalar();
        for (i, _) in cases.iter().enumerate() {
            self.emit(Op::LoadInt {
                dst: k,
                v: i as i32,
            });
            entries.push(self.emit(Op::JmpEqI {
                a: dst,
                b: k,
                off: 0,
            }));
        }
        let to_default = self.jump();
        self.loops.push(LoopCtx {
            label,
            breaks: vec![],
            continues: None,
        });
        for (i, c) in cases.iter().enumerate() {
            self.patch_here(entries[i]);
            let clause = &clauses[c.clause];
            let mark = self.top;
            if !c.send {
                let ns = self.slots(c.el);
                let bool_t = self.l.tt.basic(crate::check::types::Basic::Bool);
                match (&clause.comm.as_deref().map(|s| &s.kind), c.lhs) {
                    (Some(StmtKind::Define { names, .. }), _) => {
                        let targets: Vec<VarId> =
                            names.iter().map(|n| self.l.info.defs[&n.span]).collect();
                        for (j, v) in targets.iter().enumerate() {
                            if self.l.info.vars[*v as usize].name == "_" {
                                continue;
                            }
                            self.declare_var(*v, false);
                            let (src, t) = if j == 0 {
                                (c.val, c.el)
                            } else {
                                (c.val + ns, bool_t)
                            };
                            let vt = self.l.info.vars[*v as usize].ty;
                            let s = self.convert_value(src, t, vt);
                            self.store_var(*v, s);
                        }
                    }
                    (_, Some((v, ok, _))) => {
                        if let Some(v) = v {
                            self.bind(v, c.val, c.el, false);
                        }
                        if let Some(ok) = ok {
                            self.bind(ok, c.val + ns, bool_t, false);
                        }
                    }
                    _ => {}
                }
            }
            self.block(&clause.body);
            self.top = mark;
            let j = self.jump();
            self.loops.last_mut().unwrap().breaks.push(j);
        }
        match default {
            Some(d) => {
                self.patch_here(to_default);
                self.block(&clauses[d].body);
            }
            None => self.patch_here(to_default),
        }
        let ctx = self.loops.pop().unwrap();
        for j in ctx.breaks {
            self.patch_here(j);
        }
    }

    /// `switch [v :=] x.(type) { ... }`
    pub(super) fn type_switch(
        &mut self,
        label: Option<String>,
        bind: Option<&ast::Ident>,
        expr: &Expr,
        clauses: &[ast::TypeCaseClause],
    ) {
        let expr = match &super::func::strip(expr).kind {
            ExprKind::TypeAssert(x, None) => &**x,
            _ => expr,
        };
        let xt = self.ty(expr);
        let x = self.refreg();
        self.expr_into(expr, x);
        let tag = self.scalar();
        self.emit(Op::IfaceType { dst: tag, a: x });
        let k = self.scalar();
        let mut entries: Vec<Vec<usize>> = vec![vec![]; clauses.len()];
        for (i, c) in clauses.iter().enumerate() {
            for t in &c.types {
                let ty = self.l.info.case_types.get(&t.span).copied().flatten();
                match ty {
                    None => {
                        // case nil
                        self.emit(Op::LoadInt { dst: k, v: 0 });
                        entries[i].push(self.emit(Op::JmpEqI {
                            a: tag,
                            b: k,
                            off: 0,
                        }));
                    }
                    Some(t) if self.l.tt.is_interface(t) => {
                        let tmp = self.alloc(&[true, false]);
                        let rt = self.l.rt_type(t) as u16;
                        self.emit(Op::AssertIfaceOk {
                            dst: tmp,
                            src: x,
                            ty: rt,
                        });
                        entries[i].push(self.emit(Op::JmpIf { c: tmp + 1, off: 0 }));
                    }
                    Some(t) => {
                        let rt = self.l.rt_type(t);
                        self.emit(Op::LoadInt {
                            dst: k,
                            v: rt as i32 + 1,
                        });
                        entries[i].push(self.emit(Op::JmpEqI {
                            a: tag,
                            b: k,
                            off: 0,
                        }));
                    }
                }
            }
        }
        let to_default = self.jump();
        let default = clauses.iter().position(|c| c.is_default);
        self.loops.push(LoopCtx {
            label,
            breaks: vec![],
            continues: None,
        });
        let mut starts = vec![0; clauses.len()];
        for (i, c) in clauses.iter().enumerate() {
            starts[i] = self.code.len();
            for j in std::mem::take(&mut entries[i]) {
                self.patch_here(j);
            }
            let mark = self.top;
            if bind.is_some() {
                if let Some(&v) = self.l.info.case_vars.get(&c.span) {
                    let vt = self.l.info.vars[v as usize].ty;
                    self.declare_var(v, false);
                    if self.l.tt.is_interface(vt) {
                        // the case's interface type (or the switch's): the same box
                        self.store_var(v, x);
                    } else {
                        let r = self.alloc_ty(vt);
                        let rt = self.l.rt_type(vt) as u16;
                        self.emit(Op::Unbox {
                            dst: r,
                            src: x,
                            ty: rt,
                        });
                        self.store_var(v, r);
                    }
                }
            }
            let _ = xt;
            self.block(&c.body);
            self.top = mark;
            let j = self.jump();
            self.loops.last_mut().unwrap().breaks.push(j);
        }
        match default {
            Some(d) => self.patch_to(to_default, starts[d]),
            None => self.patch_here(to_default),
        }
        let ctx = self.loops.pop().unwrap();
        for j in ctx.breaks {
            self.patch_here(j);
        }
    }
}
