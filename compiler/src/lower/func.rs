//! Lowering of one function body: register allocation (a stack discipline where
//! every register keeps one reference/scalar kind for the whole function), variable
//! locations (registers, heap boxes for captured or address-taken variables,
//! globals), statements and control flow, returns with deferred calls, and the line
//! table. Also builds the synthetic functions: native trampolines, interface method
//! wrappers and the package initialiser.

use super::expr::Place;
use super::Lowerer;
use crate::check::types::{Type, TypeId};
use crate::check::{FuncId, Obj, VarId};
use crate::syntax::ast::{self, Span, Stmt, StmtKind};
use govm::bytecode::{module::set_bit, Function, LineEntry, Op};
use std::collections::HashMap;

/// Where a variable lives.
#[derive(Clone, Copy, Debug)]
pub(super) enum Loc {
    /// In registers starting here.
    Regs(u16),
    /// In a heap box whose reference (= pointer to the value) is in this register.
    Boxed(u16),
    /// In global slots starting here.
    Global(u32),
}

pub(super) struct LoopCtx {
    pub(super) label: Option<String>,
    /// Jumps to patch to the loop's exit.
    pub(super) breaks: Vec<usize>,
    /// Jumps to patch to the continue point (None for switch: continue not allowed).
    pub(super) continues: Option<Vec<usize>>,
}

pub(super) struct FnBuilder<'l, 'a> {
    pub(super) l: &'l mut Lowerer<'a>,
    name: String,
    span: Span,
    pub(super) code: Vec<Op>,
    lines: Vec<LineEntry>,
    kinds: Vec<Option<bool>>,
    pub(super) top: u16,
    param_slots: u16,
    result_slots: u16,
    ncaptures: u16,
    pub(super) vars: HashMap<VarId, Loc>,
    pub(super) loops: Vec<LoopCtx>,
    /// `goto` targets: label -> pc, and the gotos to patch at the end.
    label_pcs: HashMap<String, usize>,
    gotos: Vec<(String, usize)>,
    pending_label: Option<String>,
    has_defer: bool,
    result_vars: Vec<VarId>,
    result_types: Vec<TypeId>,
    /// Constants used inside loops, loaded once in the prologue: key -> register.
    pub(super) const_regs: HashMap<(bool, u64), u16>,
    cur_line: (u32, u32),
    too_many_regs: bool,
    /// The highest pc any jump targets (for `retarget_last`).
    max_target: usize,
}

impl<'l, 'a> FnBuilder<'l, 'a> {
    pub(super) fn new(l: &'l mut Lowerer<'a>, name: String, span: Span) -> FnBuilder<'l, 'a> {
        FnBuilder {
            l,
            name,
            span,
            code: Vec::new(),
            lines: Vec::new(),
            kinds: Vec::new(),
            top: 0,
            param_slots: 0,
            result_slots: 0,
            ncaptures: 0,
            vars: HashMap::new(),
            loops: Vec::new(),
            label_pcs: HashMap::new(),
            gotos: Vec::new(),
            pending_label: None,
            has_defer: false,
            result_vars: Vec::new(),
            result_types: Vec::new(),
            const_regs: HashMap::new(),
            cur_line: (0, 0),
            too_many_regs: false,
            max_target: 0,
        }
    }

    pub(super) fn finish(mut self) -> Function {
        for (label, at) in std::mem::take(&mut self.gotos) {
            if let Some(&target) = self.label_pcs.get(&label) {
                self.patch_to(at, target);
            }
        }
        let end = self.code.len() as i64;
        let jumps_to_end = self.code.iter().enumerate().any(|(pc, op)| {
            let off = match *op {
                Op::Jmp { off } | Op::JmpIf { off, .. } | Op::JmpIfNot { off, .. } => off as i64,
                Op::JmpLtI { off, .. }
                | Op::JmpLeI { off, .. }
                | Op::JmpEqI { off, .. }
                | Op::JmpNeI { off, .. }
                | Op::IncJmpLtI { off, .. }
                | Op::IncJmpLeI { off, .. }
                | Op::JmpLtIImm { off, .. }
                | Op::JmpLeIImm { off, .. }
                | Op::JmpGtIImm { off, .. }
                | Op::JmpGeIImm { off, .. }
                | Op::JmpEqIImm { off, .. }
                | Op::JmpNeIImm { off, .. } => off as i64,
                _ => return false,
            };
            pc as i64 + 1 + off == end
        });
        if self.has_defer {
            // The recovery epilogue (and the end of a void function): after a
            // recovered panic the VM resumes the function at its *last*
            // `RunDefers`, which must be followed by returning the result
            // variables (see `Op::Recover`). A bare `return` emits exactly that.
            self.ret(&[]);
        } else if jumps_to_end
            || !matches!(
                self.code.last(),
                Some(Op::Ret { .. } | Op::Jmp { .. } | Op::Panic { .. })
            )
        {
            // unreachable end (after a terminating statement) or a void function.
            // A function with results only gets here through unreachable code (the
            // checker proved every path returns): return the result window as is.
            let (a, n) = (self.param_slots, self.result_slots);
            self.emit(Op::Ret { a, n });
        }
        if self.too_many_regs {
            self.l.diags.push(crate::diag::Diagnostic::error(
                "limit",
                self.span,
                format!("function {} needs more than 65535 registers", self.name),
            ));
        }
        let nregs = (self.kinds.len() as u16)
            .max(self.param_slots + self.result_slots)
            .max(1);
        let mut ref_regs = Vec::new();
        for (i, k) in self.kinds.iter().enumerate() {
            if *k == Some(true) {
                set_bit(&mut ref_regs, i);
            }
        }
        let file = self.l.file(self.span.file);
        Function {
            name: self.name,
            file,
            param_slots: self.param_slots,
            result_slots: self.result_slots,
            nregs,
            ncaptures: self.ncaptures,
            ref_regs,
            code: self.code,
            lines: self.lines,
        }
    }

    // ---- emission -------------------------------------------------------------

    pub(super) fn set_pos(&mut self, span: Span) {
        if span == Span::default() {
            return;
        }
        let f = self.l.sources.file(span.file);
        self.cur_line = f.line_col(span.lo as usize);
    }

    pub(super) fn emit(&mut self, op: Op) -> usize {
        let pc = self.code.len();
        if self
            .lines
            .last()
            .is_none_or(|e| (e.line, e.col) != self.cur_line)
        {
            self.lines.push(LineEntry {
                pc: pc as u32,
                line: self.cur_line.0,
                col: self.cur_line.1,
            });
        }
        self.code.push(op);
        pc
    }

    /// Emits a forward jump to be patched; returns its pc.
    pub(super) fn jump(&mut self) -> usize {
        self.emit(Op::Jmp { off: 0 })
    }

    /// Points the jump at `at` to the current end of code.
    pub(super) fn patch_here(&mut self, at: usize) {
        let target = self.code.len();
        self.patch_to(at, target);
    }

    pub(super) fn patch_to(&mut self, at: usize, target: usize) {
        self.max_target = self.max_target.max(target);
        let off = target as i64 - (at as i64 + 1);
        match &mut self.code[at] {
            Op::Jmp { off: o } | Op::JmpIf { off: o, .. } | Op::JmpIfNot { off: o, .. } => {
                *o = off as i32
            }
            Op::JmpLtI { off: o, .. }
            | Op::JmpLeI { off: o, .. }
            | Op::JmpEqI { off: o, .. }
            | Op::JmpNeI { off: o, .. }
            | Op::IncJmpLtI { off: o, .. }
            | Op::IncJmpLeI { off: o, .. }
            | Op::JmpLtIImm { off: o, .. }
            | Op::JmpLeIImm { off: o, .. }
            | Op::JmpGtIImm { off: o, .. }
            | Op::JmpGeIImm { off: o, .. }
            | Op::JmpEqIImm { off: o, .. }
            | Op::JmpNeIImm { off: o, .. } => {
                if off < i16::MIN as i64 || off > i16::MAX as i64 {
                    // too far for a fused branch: the caller avoids fused branches in
                    // huge bodies; report rather than miscompile
                    self.too_many_regs = true;
                }
                *o = off as i16
            }
            _ => unreachable!("patching a non-jump"),
        }
    }

    /// Emits a backward jump to `target`.
    pub(super) fn jump_back(&mut self, target: usize) {
        let at = self.emit(Op::Jmp { off: 0 });
        self.patch_to(at, target);
    }

    // ---- registers ------------------------------------------------------------

    /// Allocates consecutive registers with the given kinds at or above `top`.
    pub(super) fn alloc(&mut self, layout: &[bool]) -> u16 {
        let mut p = self.top as usize;
        'search: loop {
            for (i, &k) in layout.iter().enumerate() {
                if let Some(Some(have)) = self.kinds.get(p + i) {
                    if *have != k {
                        p += 1;
                        continue 'search;
                    }
                }
            }
            break;
        }
        for (i, &k) in layout.iter().enumerate() {
            if self.kinds.len() <= p + i {
                self.kinds.resize(p + i + 1, None);
            }
            self.kinds[p + i] = Some(k);
        }
        let end = p + layout.len();
        if end > u16::MAX as usize - 8 {
            self.too_many_regs = true;
            self.top = 0;
            return 0;
        }
        self.top = end as u16;
        p as u16
    }

    pub(super) fn alloc_ty(&mut self, t: TypeId) -> u16 {
        let layout = self.l.tt.layout(t);
        self.alloc(&layout)
    }

    pub(super) fn scalar(&mut self) -> u16 {
        self.alloc(&[false])
    }

    pub(super) fn refreg(&mut self) -> u16 {
        self.alloc(&[true])
    }

    pub(super) fn slots(&self, t: TypeId) -> u16 {
        self.l.tt.slots(t) as u16
    }

    // ---- variables ------------------------------------------------------------

    /// Creates the location of a new local variable (zeroed unless `init` is false).
    pub(super) fn declare_var(&mut self, v: VarId, zero: bool) -> Loc {
        let vi = &self.l.info.vars[v as usize];
        let (ty, boxed) = (vi.ty, vi.boxed);
        let loc = if boxed {
            let r = self.refreg();
            let t = self.l.rt_type(ty);
            self.emit(Op::New { dst: r, ty: t });
            Loc::Boxed(r)
        } else {
            let r = self.alloc_ty(ty);
            let n = self.slots(ty);
            if zero && n > 0 {
                self.emit(Op::Zero { dst: r, n });
            }
            Loc::Regs(r)
        };
        self.vars.insert(v, loc);
        loc
    }

    pub(super) fn var_loc(&mut self, v: VarId) -> Loc {
        if let Some(l) = self.vars.get(&v) {
            return *l;
        }
        let vi = &self.l.info.vars[v as usize];
        if let Some(g) = vi.global_slot {
            return Loc::Global(g);
        }
        // a variable we have not seen declared (e.g. after an unsupported construct)
        self.declare_var(v, true)
    }

    // ---- function shapes -------------------------------------------------------

    /// Parameters, captures and result variables of checked function `f`.
    pub(super) fn begin_func(&mut self, f: FuncId) {
        let fi = self.l.info.funcs[f as usize].clone();
        self.set_pos(fi.span);
        // parameters occupy registers 0..param_slots
        let mut param_regs = Vec::new();
        for &p in &fi.params {
            let ty = self.l.info.vars[p as usize].ty;
            let r = self.alloc_ty(ty);
            param_regs.push((p, r, ty));
        }
        if fi.native {
            // a native has no body; its signature still defines the slots
        }
        self.param_slots = self.top;
        let sig = self.l.tt.signature(fi.sig).cloned().unwrap();
        self.result_types = sig.results.clone();
        self.result_slots = sig.results.iter().map(|t| self.l.tt.slots(*t) as u16).sum();
        // the result window sits right after the parameters, with the results' kinds
        let mut res_layout = Vec::new();
        for t in &sig.results {
            res_layout.extend(self.l.tt.layout(*t));
        }
        self.alloc(&res_layout);
        for (i, &v) in fi.captures.iter().enumerate() {
            let r = self.refreg();
            self.emit(Op::LoadCapture {
                dst: r,
                idx: i as u16,
            });
            self.vars.insert(v, Loc::Boxed(r));
        }
        self.ncaptures = fi.captures.len() as u16;
        for (p, r, ty) in param_regs {
            if self.l.info.vars[p as usize].boxed {
                let b = self.refreg();
                let t = self.l.rt_type(ty);
                self.emit(Op::New { dst: b, ty: t });
                let n = self.slots(ty);
                if n > 0 {
                    self.emit(Op::StoreN { p: b, src: r, n });
                }
                self.vars.insert(p, Loc::Boxed(b));
            } else {
                self.vars.insert(p, Loc::Regs(r));
            }
        }
        // (a new frame's registers are zeroed by the VM)
        for &v in &fi.results {
            self.declare_var(v, false);
        }
        self.result_vars = fi.results.clone();
    }

    pub(super) fn func_body(&mut self, _f: FuncId, body: &ast::Block) {
        self.has_defer = contains_defer(&body.stmts);
        self.preload_loop_constants(&body.stmts);
        self.block(&body.stmts);
    }

    /// Loads the scalar and string constants used inside loops into registers once,
    /// so loop bodies and conditions read them instead of reloading them.
    fn preload_loop_constants(&mut self, stmts: &[Stmt]) {
        let mut found: Vec<&ast::Expr> = Vec::new();
        fn visit<'t>(s: &'t Stmt, in_loop: bool, out: &mut Vec<&'t ast::Expr>) {
            let inner = |b: &'t ast::Block, in_loop: bool, out: &mut Vec<&'t ast::Expr>| {
                for s in &b.stmts {
                    visit(s, in_loop, out);
                }
            };
            match &s.kind {
                StmtKind::For { body, .. } | StmtKind::ForRange { body, .. } => {
                    super::walk_stmt(s, &mut |e| out.push(e));
                    inner(body, true, out);
                }
                StmtKind::Block(b) => inner(b, in_loop, out),
                StmtKind::If { then, els, .. } => {
                    if in_loop {
                        super::walk_stmt(s, &mut |e| out.push(e));
                    }
                    inner(then, in_loop, out);
                    if let Some(e) = els {
                        visit(e, in_loop, out);
                    }
                }
                StmtKind::Labeled(_, inner_s) => visit(inner_s, in_loop, out),
                StmtKind::Switch { clauses, .. } => {
                    for c in clauses {
                        for s in &c.body {
                            visit(s, in_loop, out);
                        }
                    }
                }
                _ => {
                    if in_loop {
                        super::walk_stmt(s, &mut |e| out.push(e));
                    }
                }
            }
        }
        for s in stmts {
            visit(s, false, &mut found);
        }
        for e in found {
            if self.const_regs.len() >= 32 {
                break;
            }
            let Some(key) = self.const_key(e) else {
                continue;
            };
            if self.const_regs.contains_key(&key) {
                continue;
            }
            let t = self.ty(e);
            let r = self.alloc_ty(t);
            self.expr_into(e, r);
            self.const_regs.insert(key, r);
        }
    }

    /// A bytecode function that forwards its arguments to native `native`.
    pub(super) fn trampoline(&mut self, f: FuncId, native: u32) {
        let fi = self.l.info.funcs[f as usize].clone();
        self.set_pos(fi.span);
        let n = &self.l.module.natives[native as usize];
        let (p, r) = (n.param_slots, n.result_slots);
        let sig = self.l.tt.signature(fi.sig).cloned().unwrap();
        // parameter layout: receiver (if any) then params
        let mut layout = Vec::new();
        if let Some(rt) = fi.recv {
            layout.extend(self.l.tt.layout(rt));
        }
        for t in &sig.params {
            layout.extend(self.l.tt.layout(*t));
        }
        let mut results = Vec::new();
        for t in &sig.results {
            results.extend(self.l.tt.layout(*t));
        }
        debug_assert_eq!(layout.len(), p as usize);
        self.alloc(&layout);
        self.param_slots = p;
        self.result_slots = r;
        self.alloc(&results);
        self.emit(Op::CallNative { native, a: 0 });
        self.emit(Op::Ret { a: p, n: r });
    }

    /// An interface method wrapper: parameter 0 is the interface box holding a value
    /// of type `recv`; calls `method` with the unboxed receiver and the arguments.
    pub(super) fn wrapper(&mut self, recv: TypeId, method: FuncId) {
        let fi = self.l.info.funcs[method as usize].clone();
        self.set_pos(fi.span);
        let sig = self.l.tt.signature(fi.sig).cloned().unwrap();
        let (boxr, args, args_layout, res_layout) = self.box_method_prologue(&sig);
        let recv_var_ty = fi.recv.unwrap_or(recv);
        // call window: receiver, args, results
        let mut win = self.l.tt.layout(recv_var_ty);
        let recv_slots = win.len() as u16;
        win.extend(args_layout.iter().copied());
        win.extend(res_layout.iter().copied());
        let a = self.alloc(&win);
        let method_is_ptr = self.l.tt.pointer_elem(recv_var_ty).is_some();
        let boxed_is_ptr = self.l.tt.pointer_elem(recv).is_some();
        match (boxed_is_ptr, method_is_ptr) {
            (true, true) | (false, false) => {
                // the box holds exactly the receiver value
                if recv_slots > 0 {
                    self.emit(Op::LoadN {
                        dst: a,
                        p: boxr,
                        n: recv_slots,
                    });
                }
            }
            (true, false) => {
                // box holds *T, method wants T
                let p = self.refreg();
                self.emit(Op::Load {
                    dst: p,
                    p: boxr,
                    off: 0,
                });
                if recv_slots > 0 {
                    self.emit(Op::LoadN {
                        dst: a,
                        p,
                        n: recv_slots,
                    });
                }
            }
            (false, true) => unreachable!("pointer method in a value's method table"),
        }
        let nargs = args_layout.len() as u16;
        if nargs > 0 {
            self.emit(Op::MoveN {
                dst: a + recv_slots,
                src: args,
                n: nargs,
            });
        }
        let target = self.l.callable(method);
        self.emit(Op::Call { func: target, a });
        let r = self.result_slots;
        self.emit(Op::Ret {
            a: a + recv_slots + nargs,
            n: r,
        });
    }

    /// Go's check in the `(*T).M` method-expression wrapper of a value method `M`
    /// of `T`: a nil receiver pointer panics `value method main.T.M called using
    /// nil *T pointer` (a plain runtime error) instead of a nil dereference. (Go
    /// 1.19 reports a nil dereference for the same call through an interface.)
    fn panicwrap_check(&mut self, p: u16, elem: TypeId, method: &str) {
        let j = self.emit(Op::JmpIf { c: p, off: 0 });
        let full = self.l.tt.runtime_name(elem);
        let short = full.split_once('.').map_or(full.as_str(), |(_, s)| s);
        let method = method.rsplit('.').next().unwrap_or(method);
        let msg = format!("value method {full}.{method} called using nil *{short} pointer");
        let r = self.refreg();
        let k = self
            .l
            .constant(govm::bytecode::Const::Str(msg.into_bytes()));
        self.emit(Op::LoadConst { dst: r, k });
        let native = self.l.native_by_name("runtime.panicwrap", 1, 0);
        self.emit(Op::CallNative { native, a: r });
        self.patch_here(j);
    }

    /// The register layout of values of `tys`, one after another.
    pub(super) fn layout_of(&self, tys: &[TypeId]) -> Vec<bool> {
        tys.iter().flat_map(|t| self.l.tt.layout(*t)).collect()
    }

    /// The frame of a method-table function: the interface box in register 0, then
    /// the method's arguments (the parameters), then the result window. Returns
    /// (box register, first argument register, argument layout, result layout).
    fn box_method_prologue(
        &mut self,
        sig: &crate::check::types::Signature,
    ) -> (u16, u16, Vec<bool>, Vec<bool>) {
        let boxr = self.refreg();
        let args_layout = self.layout_of(&sig.params);
        let args = self.alloc(&args_layout);
        self.param_slots = self.top;
        let res_layout = self.layout_of(&sig.results);
        self.result_slots = res_layout.len() as u16;
        self.alloc(&res_layout);
        (boxr, args, args_layout, res_layout)
    }

    /// An interface wrapper for method `name` promoted into `recv` (the boxed type)
    /// from an embedded field: walks the embedding path to the receiver, then calls.
    pub(super) fn promoted_wrapper(&mut self, recv: TypeId, name: &str) {
        self.forward_method(recv, name, true);
    }

    /// The function of a method expression `recv.name` (see `FuncKey::MethodExpr`):
    /// the receiver value in the first parameters, then the method's arguments.
    pub(super) fn method_expr(&mut self, recv: TypeId, name: &str) {
        self.forward_method(recv, name, false);
    }

    /// Calls method `name` of a value of type `recv` held in an interface box
    /// (register 0, `from_box`) or passed by value in the first parameters, walking
    /// pointers and embedded fields to the method's receiver.
    fn forward_method(&mut self, recv: TypeId, name: &str, from_box: bool) {
        use super::expr::Place;
        use crate::check::types::Member;
        let (func, path, ptr_recv, sig_ty) = match self.l.tt.lookup(recv, name) {
            Some(Member::Method {
                func,
                path,
                ptr_recv,
                ..
            }) => (
                Some(func),
                path,
                ptr_recv,
                self.l.info.funcs[func as usize].sig,
            ),
            Some(Member::IfaceMethod { sig, path, .. }) => (None, path, false, sig),
            _ => return,
        };
        let Some(sig) = self.l.tt.signature(sig_ty).cloned() else {
            return;
        };
        let (args, args_layout, res_layout, mut place, mut ty) = if from_box {
            let (boxr, args, args_layout, res_layout) = self.box_method_prologue(&sig);
            // the boxed value: a pointer, or the value itself in the box
            let (place, ty) = match self.l.tt.pointer_elem(recv) {
                Some(el) => {
                    let p = self.refreg();
                    self.emit(Op::Load {
                        dst: p,
                        p: boxr,
                        off: 0,
                    });
                    (Place::Mem(p, 0), el)
                }
                None => (Place::Mem(boxr, 0), recv),
            };
            (args, args_layout, res_layout, place, ty)
        } else {
            let rl = self.l.tt.layout(recv);
            let r0 = self.alloc(&rl);
            let args_layout = self.layout_of(&sig.params);
            let args = self.alloc(&args_layout);
            self.param_slots = self.top;
            let res_layout = self.layout_of(&sig.results);
            self.result_slots = res_layout.len() as u16;
            self.alloc(&res_layout);
            let (place, ty) = match self.l.tt.pointer_elem(recv) {
                Some(el) => {
                    if let (Some(f), false, true) = (func, ptr_recv, path.is_empty()) {
                        let mname = self.l.info.funcs[f as usize].name.clone();
                        self.panicwrap_check(r0, el, &mname);
                    }
                    (Place::Mem(r0, 0), el)
                }
                None => (Place::Regs(r0), recv),
            };
            (args, args_layout, res_layout, place, ty)
        };
        for &f in &path {
            if let Some(el) = self.l.tt.pointer_elem(ty) {
                let pr = self.refreg();
                self.load_place_into(&place, 1, pr);
                place = Place::Mem(pr, 0);
                ty = el;
            }
            let off = self.l.tt.field_offset(ty, f) as u16;
            let fty = self.l.tt.struct_fields(ty).map(|fs| fs[f].ty).unwrap_or(ty);
            place = match place {
                Place::Mem(p, o) => Place::Mem(p, o + off),
                Place::Regs(r) => Place::Regs(r + off),
                other => other,
            };
            ty = fty;
        }
        let rt = match func {
            Some(f) => self.l.info.funcs[f as usize].recv.unwrap_or(ty),
            None => ty,
        };
        let mut win = self.l.tt.layout(rt);
        let recv_slots = win.len() as u16;
        win.extend(args_layout.iter().copied());
        win.extend(res_layout.iter().copied());
        let a = self.alloc(&win);
        let holder_is_ptr = self.l.tt.pointer_elem(ty).is_some();
        match (ptr_recv, holder_is_ptr) {
            (true, true) | (false, false) => self.load_place_into(&place, recv_slots, a),
            (true, false) => {
                if let Place::Mem(p, o) = place {
                    if o == 0 {
                        self.emit(Op::Move { dst: a, src: p });
                    } else {
                        self.emit(Op::AddrOff { dst: a, p, off: o });
                    }
                }
            }
            (false, true) => {
                let p = self.refreg();
                self.load_place_into(&place, 1, p);
                self.load_mem(a, p, 0, recv_slots);
            }
        }
        let nargs = args_layout.len() as u16;
        self.move_n(a + recv_slots, args, nargs);
        match func {
            Some(f) => {
                let target = self.l.callable(f);
                self.emit(Op::Call { func: target, a });
            }
            None => {
                // an embedded interface: dispatch on its dynamic type
                let m = self.l.method_name(name);
                self.emit(Op::CallMethod { a, m });
            }
        }
        let r = self.result_slots;
        self.emit(Op::Ret {
            a: a + recv_slots + nargs,
            n: r,
        });
    }

    /// The body of a method value: capture 0 is a box holding the receiver (or the
    /// interface); the parameters are the method's; calls the method.
    pub(super) fn bound_method(&mut self, method: Option<FuncId>, iface: Option<(String, TypeId)>) {
        let any = self.l.tt.intern(Type::Interface(vec![]));
        let (recv_ty, sig) = match (&method, &iface) {
            (Some(m), _) => {
                let fi = &self.l.info.funcs[*m as usize];
                (
                    fi.recv.unwrap_or(any),
                    self.l.tt.signature(fi.sig).cloned().unwrap(),
                )
            }
            (None, Some((_, s))) => (any, self.l.tt.signature(*s).cloned().unwrap()),
            _ => return,
        };
        let mut params = Vec::new();
        for t in &sig.params {
            params.extend(self.l.tt.layout(*t));
        }
        let mut results = Vec::new();
        for t in &sig.results {
            results.extend(self.l.tt.layout(*t));
        }
        let args = self.alloc(&params);
        self.param_slots = self.top;
        self.result_slots = results.len() as u16;
        self.alloc(&results);
        self.ncaptures = 1;
        let cap = self.refreg();
        self.emit(Op::LoadCapture { dst: cap, idx: 0 });
        let mut win = self.l.tt.layout(recv_ty);
        let rs = win.len() as u16;
        win.extend(params.iter().copied());
        win.extend(results.iter().copied());
        let a = self.alloc(&win);
        self.load_mem(a, cap, 0, rs);
        self.move_n(a + rs, args, params.len() as u16);
        match (method, iface) {
            (Some(m), _) => {
                let f = self.l.callable(m);
                self.emit(Op::Call { func: f, a });
            }
            (None, Some((name, _))) => {
                let m = self.l.method_name(&name);
                self.emit(Op::CallMethod { a, m });
            }
            _ => {}
        }
        let n = self.result_slots;
        self.emit(Op::Ret {
            a: a + rs + params.len() as u16,
            n,
        });
    }

    /// The body of a `go`/`defer` thunk (see [`super::Thunk`]).
    pub(super) fn thunk(&mut self, t: &super::Thunk) {
        use super::Thunk;
        let any = self.l.tt.intern(Type::Interface(vec![]));
        match t {
            Thunk::Close(ct) => {
                let ch = self.alloc_ty(*ct);
                self.param_slots = self.top;
                self.emit(Op::ChanClose { ch });
            }
            Thunk::Panic => {
                let v = self.alloc_ty(any);
                self.param_slots = self.top;
                self.emit(Op::Panic { v });
                return;
            }
            Thunk::Delete(mt) => {
                let (kt, _) = match self.l.tt.under_type(*mt) {
                    Type::Map(k, v) => (*k, *v),
                    _ => (*mt, *mt),
                };
                let m = self.alloc_ty(*mt);
                self.alloc_ty(kt);
                self.param_slots = self.top;
                let ty = self.l.rt_type(*mt) as u16;
                self.emit(Op::MapDelete { m, ty });
            }
            Thunk::Method(name, sig) => {
                let sig = self.l.tt.signature(*sig).cloned().unwrap();
                let mut params = vec![true];
                for p in &sig.params {
                    params.extend(self.l.tt.layout(*p));
                }
                let mut win = params.clone();
                for r in &sig.results {
                    win.extend(self.l.tt.layout(*r));
                }
                self.alloc(&params);
                self.param_slots = self.top;
                let w = self.alloc(&win);
                self.move_n(w, 0, params.len() as u16);
                let m = self.l.method_name(name);
                self.emit(Op::CallMethod { a: w, m });
            }
        }
        let a = self.param_slots;
        self.emit(Op::Ret { a, n: 0 });
    }

    /// Initialises package variables in dependency order, then runs `init` functions.
    pub(super) fn package_init(&mut self) {
        let inits = self.l.info.var_inits.clone();
        let pkgs = self.l.pkgs;
        for (pkg, file, decl, spec) in inits {
            let ast::Decl::Var(specs) = &pkgs[pkg as usize].files[file].decls[decl] else {
                continue;
            };
            let spec = &specs[spec];
            self.set_pos(spec.span);
            let mark = self.top;
            self.var_spec(spec);
            self.top = mark;
        }
        for f in self.l.info.init_funcs.clone() {
            let idx = self.l.callable(f);
            let a = self.top;
            self.emit(Op::Call { func: idx, a });
        }
    }

    // ---- statements -----------------------------------------------------------

    pub(super) fn block(&mut self, stmts: &[Stmt]) {
        let mark = self.top;
        for s in stmts {
            self.stmt(s);
        }
        self.top = mark;
    }

    fn var_spec(&mut self, spec: &ast::VarSpec) {
        let vars: Vec<VarId> = spec
            .names
            .iter()
            .map(|n| self.l.info.defs[&n.span])
            .collect();
        if spec.values.is_empty() {
            for &v in &vars {
                if self.l.info.vars[v as usize].global_slot.is_none() {
                    self.declare_var(v, true);
                }
            }
            return;
        }
        self.define_like(&vars, &spec.values, true);
    }

    /// `vars = values` where new variables are declared first (`:=`, `var`).
    fn define_like(&mut self, vars: &[VarId], values: &[ast::Expr], all_new: bool) {
        let fresh: Vec<bool> = vars
            .iter()
            .map(|v| all_new || !self.vars.contains_key(v))
            .collect();
        if values.len() == 1 && vars.len() > 1 {
            // multi-value: call results or comma-ok
            let (r, tys) = self.multi_value(&values[0], vars.len());
            let mut off = 0;
            for (i, &v) in vars.iter().enumerate() {
                let n = self.slots(tys[i]);
                if self.is_blank(v) {
                    off += n;
                    continue;
                }
                let vt = self.l.info.vars[v as usize].ty;
                if fresh[i] && self.l.info.vars[v as usize].global_slot.is_none() {
                    self.declare_var(v, false);
                }
                let src = self.convert_value(r + off, tys[i], vt);
                self.store_var(v, src);
                off += n;
            }
            return;
        }
        if vars.len() == 1 {
            let v = vars[0];
            if self.is_blank(v) {
                let mark = self.top;
                self.expr_discard(&values[0]);
                self.top = mark;
                return;
            }
            let vt = self.l.info.vars[v as usize].ty;
            if fresh[0] && self.l.info.vars[v as usize].global_slot.is_none() {
                let loc = self.declare_var(v, false);
                if let Loc::Regs(r) = loc {
                    let mark = self.top;
                    self.value_into(&values[0], vt, r);
                    self.top = mark;
                    return;
                }
            }
            let mark = self.top;
            let src = self.value_as(&values[0], vt);
            self.store_var(v, src);
            self.top = mark;
            return;
        }
        // parallel into distinct one-slot register variables
        // (each: blank, or the variable with its register if it exists already)
        let mut plan: Vec<Option<(VarId, Option<u16>)>> = Vec::new();
        for (i, (&v, &new)) in vars.iter().zip(&fresh).enumerate() {
            if self.is_blank(v) {
                plan.push(None);
                continue;
            }
            let info = &self.l.info.vars[v as usize];
            if vars[..i].contains(&v) || self.slots(info.ty) != 1 || info.global_slot.is_some() {
                break;
            }
            match (new, self.vars.get(&v)) {
                (true, _) if !info.boxed => plan.push(Some((v, None))),
                (false, Some(Loc::Regs(r))) => plan.push(Some((v, Some(*r)))),
                _ => break,
            }
        }
        if plan.len() == vars.len() {
            let mut targets = Vec::new();
            for p in plan {
                targets.push(p.map(|(v, r)| {
                    let ty = self.l.info.vars[v as usize].ty;
                    let r = r.unwrap_or_else(|| {
                        // a new variable in a register (not boxed: checked above)
                        let r = self.alloc_ty(ty);
                        self.vars.insert(v, Loc::Regs(r));
                        r
                    });
                    (v, r, ty)
                }));
            }
            let mark = self.top;
            self.parallel_values(&targets, values);
            self.top = mark;
            return;
        }
        // parallel: evaluate all, then assign
        let mut temps = Vec::new();
        for (i, e) in values.iter().enumerate() {
            let v = vars[i];
            if self.is_blank(v) {
                self.expr_discard(e);
                temps.push(None);
                continue;
            }
            let vt = self.l.info.vars[v as usize].ty;
            let t = self.alloc_ty(vt);
            self.value_into(e, vt, t);
            temps.push(Some(t));
        }
        for (i, &v) in vars.iter().enumerate() {
            let Some(t) = temps[i] else { continue };
            if fresh[i] && self.l.info.vars[v as usize].global_slot.is_none() {
                self.declare_var(v, false);
            }
            self.store_var(v, t);
        }
    }

    fn is_blank(&self, v: VarId) -> bool {
        self.l.info.vars[v as usize].name == "_"
    }

    /// Stores the value in registers `src..` into variable `v`.
    pub(super) fn store_var(&mut self, v: VarId, src: u16) {
        let ty = self.l.info.vars[v as usize].ty;
        let n = self.slots(ty);
        match self.var_loc(v) {
            Loc::Regs(r) => {
                if r != src {
                    self.move_n(r, src, n);
                }
            }
            Loc::Boxed(b) => self.store_mem(b, 0, src, n),
            Loc::Global(g) => self.store_global(g, src, n),
        }
    }

    pub(super) fn move_n(&mut self, dst: u16, src: u16, n: u16) {
        match n {
            0 => {}
            1 => {
                self.emit(Op::Move { dst, src });
            }
            _ => {
                self.emit(Op::MoveN { dst, src, n });
            }
        }
    }

    pub(super) fn store_mem(&mut self, p: u16, off: u16, src: u16, n: u16) {
        match n {
            0 => {}
            1 => {
                self.emit(Op::Store { p, off, src });
            }
            _ => {
                let q = if off == 0 {
                    p
                } else {
                    let q = self.refreg();
                    self.emit(Op::AddrOff { dst: q, p, off });
                    q
                };
                self.emit(Op::StoreN { p: q, src, n });
            }
        }
    }

    pub(super) fn load_mem(&mut self, dst: u16, p: u16, off: u16, n: u16) {
        match n {
            0 => {}
            1 => {
                self.emit(Op::Load { dst, p, off });
            }
            _ => {
                let q = if off == 0 {
                    p
                } else {
                    let q = self.refreg();
                    self.emit(Op::AddrOff { dst: q, p, off });
                    q
                };
                self.emit(Op::LoadN { dst, p: q, n });
            }
        }
    }

    pub(super) fn store_global(&mut self, g: u32, src: u16, n: u16) {
        if n == 1 {
            self.emit(Op::StoreGlobal { g, src });
        } else if n > 1 {
            let p = self.refreg();
            self.emit(Op::GlobalAddr { dst: p, g });
            self.emit(Op::StoreN { p, src, n });
        }
    }

    pub(super) fn load_global(&mut self, dst: u16, g: u32, n: u16) {
        if n == 1 {
            self.emit(Op::LoadGlobal { dst, g });
        } else if n > 1 {
            let p = self.refreg();
            self.emit(Op::GlobalAddr { dst: p, g });
            self.emit(Op::LoadN { dst, p, n });
        }
    }

    pub(super) fn stmt(&mut self, s: &Stmt) {
        self.set_pos(s.span);
        let label = self.pending_label.take();
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Expr(e) => {
                let mark = self.top;
                self.expr_discard(e);
                self.top = mark;
            }
            StmtKind::Define { names, values } => {
                let vars: Vec<VarId> = names.iter().map(|n| self.l.info.defs[&n.span]).collect();
                self.define_like(&vars, values, false);
            }
            StmtKind::Var(specs) => {
                for spec in specs {
                    self.var_spec(spec);
                }
            }
            StmtKind::Const(_) | StmtKind::Type(_) => {}
            StmtKind::Assign { lhs, op: None, rhs } => {
                let mark = self.top;
                self.assign(lhs, rhs);
                self.top = mark;
            }
            StmtKind::Assign {
                lhs,
                op: Some(op),
                rhs,
            } => {
                let mark = self.top;
                self.op_assign(&lhs[0], *op, Some(&rhs[0]), s.span);
                self.top = mark;
            }
            StmtKind::IncDec(x, inc) => {
                let mark = self.top;
                let op = if *inc {
                    ast::BinOp::Add
                } else {
                    ast::BinOp::Sub
                };
                self.op_assign(x, op, None, s.span);
                self.top = mark;
            }
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let mark = self.top;
                self.go_defer(e, matches!(s.kind, StmtKind::Go(_)));
                self.top = mark;
            }
            StmtKind::Return(results) => {
                let mark = self.top;
                self.ret(results);
                self.top = mark;
            }
            StmtKind::Block(b) => self.block(&b.stmts),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                let mark = self.top;
                if let Some(i) = init {
                    self.stmt(i);
                }
                let to_else = self.cond_jump(cond, false);
                self.block(&then.stmts);
                match els {
                    Some(e) => {
                        let to_end = self.jump();
                        for j in to_else {
                            self.patch_here(j);
                        }
                        self.stmt(e);
                        self.patch_here(to_end);
                    }
                    None => {
                        for j in to_else {
                            self.patch_here(j);
                        }
                    }
                }
                self.top = mark;
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let mark = self.top;
                if let Some(i) = init {
                    self.stmt(i);
                }
                let loop_vars: Vec<VarId> = match init.as_deref() {
                    Some(Stmt {
                        kind: StmtKind::Define { names, .. },
                        ..
                    }) => names
                        .iter()
                        .map(|n| self.l.info.defs[&n.span])
                        .filter(|v| self.l.info.vars[*v as usize].boxed)
                        .collect(),
                    _ => vec![],
                };
                // Inverted: the condition is tested before the first iteration and
                // at the bottom after each one, so nothing jumps into the bottom
                // test and `i++; i < n` fuses (a function literal in the
                // condition is not lowered twice: jump to a single test instead).
                let mut exits = vec![];
                let mut to_cond = None;
                match cond {
                    Some(c) if !has_func_lit(c) => {
                        self.set_pos(c.span);
                        exits = self.cond_jump(c, false);
                    }
                    Some(_) => to_cond = Some(self.jump()),
                    None => {}
                }
                let body_start = self.code.len();
                self.loops.push(LoopCtx {
                    label,
                    breaks: vec![],
                    continues: Some(vec![]),
                });
                self.block(&body.stmts);
                let ctx = self.loops.pop().unwrap();
                for j in ctx.continues.unwrap_or_default() {
                    self.patch_here(j);
                }
                // per-iteration variables: the next iteration gets a fresh copy
                for v in loop_vars {
                    self.fresh_box(v);
                }
                if let Some(p) = post {
                    self.stmt(p);
                }
                if let Some(j) = to_cond {
                    self.patch_here(j);
                }
                match cond {
                    Some(c) => {
                        self.set_pos(c.span);
                        let jumps = self.cond_jump(c, true);
                        for j in jumps {
                            let j = self.fuse_increment(j);
                            self.patch_to(j, body_start);
                        }
                    }
                    None => self.jump_back(body_start),
                }
                for j in ctx.breaks.into_iter().chain(exits) {
                    self.patch_here(j);
                }
                self.top = mark;
            }
            StmtKind::ForRange {
                key,
                value,
                define,
                expr,
                body,
            } => {
                let mark = self.top;
                self.range(s, label, key.as_ref(), value.as_ref(), *define, expr, body);
                self.top = mark;
            }
            StmtKind::Switch { init, tag, clauses } => {
                let mark = self.top;
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.switch(label, tag.as_ref(), clauses);
                self.top = mark;
            }
            StmtKind::Labeled(l, inner) => {
                self.label_pcs.insert(l.name.clone(), self.code.len());
                self.pending_label = Some(l.name.clone());
                self.stmt(inner);
                self.pending_label = None;
            }
            StmtKind::Break(l) => {
                let idx = self.find_loop(l.as_ref().map(|x| x.name.as_str()), false);
                if let Some(i) = idx {
                    let j = self.jump();
                    self.loops[i].breaks.push(j);
                }
            }
            StmtKind::Continue(l) => {
                let idx = self.find_loop(l.as_ref().map(|x| x.name.as_str()), true);
                if let Some(i) = idx {
                    let j = self.jump();
                    if let Some(c) = self.loops[i].continues.as_mut() {
                        c.push(j);
                    }
                }
            }
            StmtKind::Fallthrough => {
                // handled by `switch`
            }
            StmtKind::Send(ch, v) => {
                let mark = self.top;
                self.send(ch, v);
                self.top = mark;
            }
            StmtKind::Select { clauses } => {
                let mark = self.top;
                self.select(label, clauses);
                self.top = mark;
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                expr,
                clauses,
            } => {
                let mark = self.top;
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.type_switch(label, bind.as_ref(), expr, clauses);
                self.top = mark;
            }
            StmtKind::Goto(l) => {
                let j = self.jump();
                self.gotos.push((l.name.clone(), j));
            }
        }
    }

    /// The innermost breakable (or, for `continue`, loop) statement with the label.
    fn find_loop(&mut self, label: Option<&str>, is_continue: bool) -> Option<usize> {
        let found = (0..self.loops.len()).rev().find(|&i| {
            let l = &self.loops[i];
            let label_ok = label.is_none() || l.label.as_deref() == label;
            let kind_ok = !is_continue || l.continues.is_some();
            label_ok && kind_ok
        });
        if found.is_none() {
            let what = if is_continue {
                "continue is not in a loop"
            } else {
                "break is not in a loop, switch, or select"
            };
            let msg = match label {
                Some(l) => format!(
                    "invalid {} label {l}",
                    if is_continue { "continue" } else { "break" }
                ),
                None => what.to_string(),
            };
            let span = self.span;
            self.l
                .diags
                .push(crate::diag::Diagnostic::error("branch", span, msg));
        }
        found
    }

    /// Gives a boxed loop variable a new box holding its current value.
    fn fresh_box(&mut self, v: VarId) {
        let Some(Loc::Boxed(b)) = self.vars.get(&v).copied() else {
            return;
        };
        let ty = self.l.info.vars[v as usize].ty;
        let n = self.slots(ty);
        let mark = self.top;
        let tmp = self.alloc_ty(ty);
        self.load_mem(tmp, b, 0, n);
        let t = self.l.rt_type(ty);
        self.emit(Op::New { dst: b, ty: t });
        self.store_mem(b, 0, tmp, n);
        self.top = mark;
    }

    fn assign(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr]) {
        if lhs.len() == 1 && rhs.len() == 1 {
            let ty = self.ty(&lhs[0]);
            if is_blank_expr(&lhs[0]) {
                self.expr_discard(&rhs[0]);
                return;
            }
            if let (Some(v), Some(Loc::Regs(r))) = (self.var_of(&lhs[0]), self.ident_loc(&lhs[0])) {
                if self.slots(ty) == 1 {
                    self.value_into_var(&rhs[0], ty, v, r);
                    return;
                }
            }
            // `s[i] = v`: the slice and index first, then the value, then the
            // bounds check and the store (Go evaluates the right side before an
            // out-of-range index panics).
            if let ast::ExprKind::Index(base, idx) = &strip(&lhs[0]).kind {
                let bt = self.ty(base);
                if matches!(self.l.tt.under_type(bt), Type::Slice(_)) {
                    let s = self.expr_reg(base);
                    let i = self.index_reg(&idx[0]);
                    let src = self.value_as(&rhs[0], ty);
                    let n = self.slots(ty);
                    self.store_elem(s, i, src, n);
                    return;
                }
            }
            let place = self.place(&lhs[0]);
            let (top, pc) = (self.top, self.code.len());
            let src = self.value_as(&rhs[0], ty);
            // `x = x*3 + i`: the last instruction computing the value writes x.
            if let super::expr::Place::Regs(r) = place {
                if r < top && src >= top && self.slots(ty) == 1 && self.retarget_last(pc, src, r) {
                    return;
                }
            }
            self.store_place(&place, ty, src);
            return;
        }
        if rhs.len() == lhs.len() && self.parallel_into_vars(lhs, rhs) {
            return;
        }
        let places: Vec<Option<(super::expr::Place, TypeId)>> = lhs
            .iter()
            .map(|l| {
                if is_blank_expr(l) {
                    None
                } else if rhs.len() == lhs.len() {
                    Some((self.parallel_place(l, lhs), self.ty(l)))
                } else {
                    Some((self.place(l), self.ty(l)))
                }
            })
            .collect();
        if rhs.len() == 1 {
            let (r, tys) = self.multi_value(&rhs[0], lhs.len());
            let mut off = 0;
            for (i, p) in places.iter().enumerate() {
                let n = self.slots(tys[i]);
                if let Some((p, t)) = p {
                    let src = self.convert_value(r + off, tys[i], *t);
                    self.store_place(p, *t, src);
                }
                off += n;
            }
            return;
        }
        let mut temps = Vec::new();
        for (i, e) in rhs.iter().enumerate() {
            match &places[i] {
                Some((_, t)) => {
                    let tmp = self.alloc_ty(*t);
                    self.value_into(e, *t, tmp);
                    temps.push(Some(tmp));
                }
                None => {
                    self.expr_discard(e);
                    temps.push(None);
                }
            }
        }
        for (p, t) in places.iter().zip(temps) {
            if let (Some((p, ty)), Some(t)) = (p, t) {
                // (a slice element's bounds are checked here, in phase two)
                self.store_place(p, *ty, t);
            }
        }
    }

    /// The place a left side of a parallel assignment names. A slice element
    /// is kept as its operands (slice and index, copied when another left side
    /// assigns their variable), so that its bounds are checked when it is
    /// assigned, after every right side was evaluated.
    fn parallel_place(&mut self, l: &ast::Expr, lhs: &[ast::Expr]) -> Place {
        if let ast::ExprKind::Index(base, idx) = &strip(l).kind {
            let bt = self.ty(base);
            if matches!(self.l.tt.under_type(bt), Type::Slice(_)) {
                let assigned: Vec<VarId> = lhs.iter().filter_map(|x| self.var_of(x)).collect();
                let reassigned =
                    |e: &ast::Expr, me: &Self| me.var_of(e).is_some_and(|v| assigned.contains(&v));
                let mut s = self.expr_reg(base);
                if reassigned(base, self) {
                    let copy = self.alloc_ty(bt);
                    self.move_n(copy, s, 4);
                    s = copy;
                }
                let mut i = self.index_reg(&idx[0]);
                if reassigned(&idx[0], self) {
                    let copy = self.scalar();
                    self.emit(Op::Move { dst: copy, src: i });
                    i = copy;
                }
                return Place::Elem { s, i };
            }
        }
        self.place(l)
    }

    /// Evaluates `e` (of type `t`) into the one-slot variable `v` living in
    /// register `r`: straight into it when `e` does not read `v` (`p = &T{next:
    /// p}` must read p first); otherwise into a temporary whose last instruction
    /// is made to write `r` when that is safe (`x = x*3 + i`).
    fn value_into_var(&mut self, e: &ast::Expr, t: TypeId, v: VarId, r: u16) {
        if !mentions_var(e, Some(v), self.l.info) {
            self.value_into(e, t, r);
            return;
        }
        let (top, pc) = (self.top, self.code.len());
        let src = self.value_as(e, t);
        if src >= top && self.retarget_last(pc, src, r) {
            return;
        }
        if src != r {
            self.emit(Op::Move { dst: r, src });
        }
    }

    /// `a, b = x, y` when every left side is blank or a distinct one-slot
    /// variable in a register: a value goes straight into its variable unless a
    /// later right side reads that variable (then through a temporary, stored
    /// after all are evaluated, as Go's two phases require). False (nothing
    /// emitted) for other shapes.
    fn parallel_into_vars(&mut self, lhs: &[ast::Expr], rhs: &[ast::Expr]) -> bool {
        let mut targets = Vec::new();
        for l in lhs {
            if is_blank_expr(l) {
                targets.push(None);
                continue;
            }
            let (Some(v), Some(Loc::Regs(r))) = (self.var_of(l), self.ident_loc(l)) else {
                return false;
            };
            let t = self.ty(l);
            if self.slots(t) != 1 || targets.iter().flatten().any(|&(u, _, _)| u == v) {
                return false;
            }
            targets.push(Some((v, r, t)));
        }
        self.parallel_values(&targets, rhs);
        true
    }

    /// Evaluates `rhs[k]` into one-slot register variable `targets[k]` (`None`:
    /// evaluated and discarded), directly unless a later right side reads the
    /// variable (see `parallel_into_vars`).
    fn parallel_values(&mut self, targets: &[Option<(VarId, u16, TypeId)>], rhs: &[ast::Expr]) {
        let mut later_stores = Vec::new();
        for (k, e) in rhs.iter().enumerate() {
            let Some((v, r, t)) = targets[k] else {
                self.expr_discard(e);
                continue;
            };
            if rhs[k + 1..]
                .iter()
                .any(|x| mentions_var(x, Some(v), self.l.info))
            {
                let tmp = self.alloc_ty(t);
                self.value_into(e, t, tmp);
                later_stores.push((r, tmp));
            } else {
                self.value_into_var(e, t, v, r);
            }
        }
        for (r, tmp) in later_stores {
            self.emit(Op::Move { dst: r, src: tmp });
        }
    }

    /// The register of the one-slot variable that `e` declares (`define`), if it
    /// lives in a register: declared now, for a value to be written into it.
    fn fresh_reg_var(&mut self, e: &ast::Expr, define: bool) -> Option<u16> {
        let ast::ExprKind::Ident(id) = &e.kind else {
            return None;
        };
        if !define || id.name == "_" {
            return None;
        }
        let v = *self.l.info.defs.get(&id.span)?;
        let info = &self.l.info.vars[v as usize];
        if info.boxed || self.slots(info.ty) != 1 {
            return None;
        }
        match self.declare_var(v, false) {
            Loc::Regs(r) => Some(r),
            _ => None,
        }
    }

    /// Fuses the loop's bottom test at `j` (the last instruction) with the
    /// `i++` just before it (`AddIImm i, i, 1` then `JmpLtI i, n` becomes
    /// `IncJmpLtI i, n`) when no jump lands on the test. Returns the pc of the
    /// jump to patch.
    fn fuse_increment(&mut self, j: usize) -> usize {
        if j == 0 || j + 1 != self.code.len() || self.max_target >= j {
            return j;
        }
        let fused = match (self.code[j - 1], self.code[j]) {
            (Op::AddIImm { dst, a, v: 1 }, Op::JmpLtI { a: i, b: n, off })
                if dst == a && a == i && n != i =>
            {
                Op::IncJmpLtI { i, n, off }
            }
            (Op::AddIImm { dst, a, v: 1 }, Op::JmpLeI { a: i, b: n, off })
                if dst == a && a == i && n != i =>
            {
                Op::IncJmpLeI { i, n, off }
            }
            _ => return j,
        };
        self.code.pop();
        self.code[j - 1] = fused;
        // The test's line entry (if it had its own) now points past the end.
        while self.lines.last().is_some_and(|e| e.pc as usize >= j) {
            self.lines.pop();
        }
        j - 1
    }

    /// Makes the last instruction, emitted since `since`, write register `dst`
    /// instead of `src` (a fresh temporary holding a one-slot value that nothing
    /// else reads), saving the move into `dst`. Only for instructions that write
    /// exactly their `dst` register, and only when no jump lands after that
    /// instruction (so every path to here went through it).
    fn retarget_last(&mut self, since: usize, src: u16, dst: u16) -> bool {
        if self.code.len() <= since || self.max_target >= self.code.len() {
            return false;
        }
        let Some(last) = self.code.last_mut() else {
            return false;
        };
        let Some(d) = last.sole_dst_mut() else {
            return false;
        };
        if *d != src {
            return false;
        }
        *d = dst;
        true
    }

    /// The variable an identifier expression names.
    fn var_of(&self, e: &ast::Expr) -> Option<VarId> {
        match self.l.info.uses.get(&strip(e).id) {
            Some(Obj::Var(v)) => Some(*v),
            _ => None,
        }
    }

    /// The register location of an identifier naming an unboxed local.
    pub(super) fn ident_loc(&mut self, e: &ast::Expr) -> Option<Loc> {
        let e = strip(e);
        if let ast::ExprKind::Ident(_) = &e.kind {
            if let Some(Obj::Var(v)) = self.l.info.uses.get(&e.id) {
                let v = *v;
                return Some(self.var_loc(v));
            }
        }
        None
    }

    fn op_assign(&mut self, lhs: &ast::Expr, op: ast::BinOp, rhs: Option<&ast::Expr>, span: Span) {
        let ty = self.ty(lhs);
        let int_like = self
            .l
            .tt
            .basic_of(ty)
            .is_some_and(|b| b.is_integer() && b.bits() == 64);
        let place = self.place(lhs);
        // `m[k] += d`, `m[k]++` on 64-bit integer values: one map lookup
        if let (
            &Place::MapEntry {
                win,
                ty: mty,
                kslots,
            },
            true,
            ast::BinOp::Add | ast::BinOp::Sub,
        ) = (&place, int_like, op)
        {
            let d = win + 1 + kslots;
            match rhs {
                Some(e) => {
                    self.value_into(e, ty, d);
                    if op == ast::BinOp::Sub {
                        self.emit(Op::NegI { dst: d, a: d });
                    }
                }
                None => {
                    let v = if op == ast::BinOp::Sub { -1 } else { 1 };
                    self.emit(Op::LoadInt { dst: d, v });
                }
            }
            self.set_pos(span);
            self.emit(Op::MapAddI { m: win, ty: mty });
            return;
        }
        let cur = self.load_place(&place, ty);
        // `x += c` / `x++` on a 64-bit integer: one immediate add
        let imm = match (rhs, op) {
            (None, ast::BinOp::Add) => Some(1i64),
            (None, ast::BinOp::Sub) => Some(-1),
            (Some(e), ast::BinOp::Add | ast::BinOp::Sub) => {
                self.small_int_const(e)
                    .map(|v| if op == ast::BinOp::Sub { -v } else { v })
            }
            _ => None,
        };
        // the result goes straight into a register variable
        let dst = match place {
            Place::Regs(r) => r,
            _ => self.alloc_ty(ty),
        };
        if let (true, Some(v)) = (int_like, imm.filter(|v| i16::try_from(*v).is_ok())) {
            self.set_pos(span);
            self.emit(Op::AddIImm {
                dst,
                a: cur,
                v: v as i16,
            });
            self.store_place(&place, ty, dst);
            return;
        }
        if let Some(o) = rhs.and_then(|e| self.imm_binop(op, ty, e, dst, cur)) {
            self.set_pos(span);
            self.emit(o);
            self.wrap(ty, dst);
            self.store_place(&place, ty, dst);
            return;
        }
        let r = match rhs {
            Some(e) => {
                let rt = if matches!(op, ast::BinOp::Shl | ast::BinOp::Shr) {
                    self.shift_count_type(e)
                } else {
                    ty
                };
                let t = self.value_as(e, rt);
                (t, rt)
            }
            None => {
                let t = self.scalar();
                let b = self.l.tt.basic_of(ty);
                if b.is_some_and(|b| b.is_float()) {
                    let k = self.l.constant(govm::bytecode::Const::Float(1.0));
                    self.emit(Op::LoadConst { dst: t, k });
                } else {
                    self.emit(Op::LoadInt { dst: t, v: 1 });
                }
                (t, ty)
            }
        };
        self.set_pos(span);
        self.binop(op, ty, r.1, dst, cur, r.0);
        self.store_place(&place, ty, dst);
    }

    fn ret(&mut self, results: &[ast::Expr]) {
        let rtypes = self.result_types.clone();
        let rvars = self.result_vars.clone();
        if !results.is_empty() {
            if self.has_defer || results.len() != rtypes.len() {
                // assign to the result variables, then run defers and return them
                if results.len() == 1 && rtypes.len() > 1 {
                    let (r, tys) = self.multi_value(&results[0], rtypes.len());
                    let mut off = 0;
                    for (i, &v) in rvars.iter().enumerate() {
                        let src = self.convert_value(r + off, tys[i], rtypes[i]);
                        self.store_var(v, src);
                        off += self.slots(tys[i]);
                    }
                } else {
                    let mut temps = Vec::new();
                    for (e, &t) in results.iter().zip(&rtypes) {
                        let tmp = self.alloc_ty(t);
                        self.value_into(e, t, tmp);
                        temps.push(tmp);
                    }
                    for (&v, t) in rvars.iter().zip(temps) {
                        self.store_var(v, t);
                    }
                }
            } else if rtypes.len() == 1 && !self.needs_conversion(&results[0], rtypes[0]) {
                let r = self.expr_reg(&results[0]);
                let n = self.result_slots;
                self.emit(Op::Ret { a: r, n });
                return;
            } else {
                // straight into a return window
                let mut layout = Vec::new();
                for t in &rtypes {
                    layout.extend(self.l.tt.layout(*t));
                }
                let w = self.alloc(&layout);
                let mut off = 0;
                for (e, &t) in results.iter().zip(&rtypes) {
                    self.value_into(e, t, w + off);
                    off += self.slots(t);
                }
                let n = self.result_slots;
                self.emit(Op::Ret { a: w, n });
                return;
            }
        }
        if self.has_defer {
            self.emit(Op::RunDefers {});
        }
        let mut layout = Vec::new();
        for t in &rtypes {
            layout.extend(self.l.tt.layout(*t));
        }
        let w = self.alloc(&layout);
        let mut off = 0;
        for (&v, &t) in rvars.iter().zip(&rtypes) {
            let n = self.slots(t);
            match self.var_loc(v) {
                Loc::Regs(r) => self.move_n(w + off, r, n),
                Loc::Boxed(b) => self.load_mem(w + off, b, 0, n),
                Loc::Global(g) => self.load_global(w + off, g, n),
            }
            off += n;
        }
        let n = self.result_slots;
        self.emit(Op::Ret { a: w, n });
    }

    fn switch(
        &mut self,
        label: Option<String>,
        tag: Option<&ast::Expr>,
        clauses: &[ast::CaseClause],
    ) {
        let tag_reg = tag.map(|t| {
            let ty = self.ty(t);
            let r = self.alloc_ty(ty);
            self.value_into(t, ty, r);
            (r, ty)
        });
        // dispatch: for each clause, jumps into its body
        let mut body_jumps: Vec<Vec<usize>> = vec![vec![]; clauses.len()];
        for (i, c) in clauses.iter().enumerate() {
            for x in &c.exprs {
                self.set_pos(x.span);
                let mark = self.top;
                match tag_reg {
                    Some((r, ty)) => {
                        let v = self.value_as(x, ty);
                        let b = self.scalar();
                        self.equal(ty, b, r, v);
                        let j = self.emit(Op::JmpIf { c: b, off: 0 });
                        body_jumps[i].push(j);
                    }
                    None => {
                        let js = self.cond_jump(x, true);
                        body_jumps[i].extend(js);
                    }
                }
                self.top = mark;
            }
        }
        let default = clauses.iter().position(|c| c.is_default);
        let to_default = self.jump();
        self.loops.push(LoopCtx {
            label,
            breaks: vec![],
            continues: None,
        });
        let mut fall: Option<usize> = None;
        let mut starts = vec![0; clauses.len()];
        for (i, c) in clauses.iter().enumerate() {
            starts[i] = self.code.len();
            for j in std::mem::take(&mut body_jumps[i]) {
                self.patch_here(j);
            }
            if let Some(f) = fall.take() {
                self.patch_here(f);
            }
            self.block(&c.body);
            if c.body
                .last()
                .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough))
            {
                fall = Some(self.jump());
            } else {
                let j = self.jump();
                self.loops.last_mut().unwrap().breaks.push(j);
            }
        }
        match default {
            Some(d) => self.patch_to(to_default, starts[d]),
            None => self.patch_here(to_default),
        }
        if let Some(f) = fall {
            self.patch_here(f);
        }
        let ctx = self.loops.pop().unwrap();
        for j in ctx.breaks {
            self.patch_here(j);
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn range(
        &mut self,
        s: &Stmt,
        label: Option<String>,
        key: Option<&ast::Expr>,
        value: Option<&ast::Expr>,
        define: bool,
        expr: &ast::Expr,
        body: &ast::Block,
    ) {
        let xty = self.ty(expr);
        let u = self.l.tt.under(xty);
        match self.l.tt.get(u) {
            Type::Chan(..) => return self.range_chan(label, key, define, expr, body),
            Type::Map(..) => return self.range_map(label, key, value, define, expr, body),
            _ => {}
        }
        let int = self.l.tt.basic(crate::check::types::Basic::Int);
        enum Kind {
            Int,
            Str,
            Slice(TypeId),
            /// (array type, length, element type)
            Array(TypeId, u64, TypeId),
        }
        let kind = match self.l.tt.get(u).clone() {
            Type::Basic(b) if b.is_string() => Kind::Str,
            Type::Basic(_) => Kind::Int,
            Type::Slice(el) => Kind::Slice(el),
            Type::Array(n, el) => Kind::Array(u, n, el),
            Type::Pointer(p) if matches!(self.l.tt.under_type(p), Type::Array(..)) => {
                let Type::Array(n, el) = self.l.tt.under_type(p).clone() else {
                    unreachable!()
                };
                Kind::Array(self.l.tt.under(p), n, el)
            }
            _ => {
                self.l.diags.push(crate::diag::Diagnostic::error(
                    "unsupported",
                    s.span,
                    "range over this type is not supported yet",
                ));
                return;
            }
        };
        // the range expression is evaluated once (an array is copied, as in Go; a
        // pointer to an array is not)
        let xr = if let Kind::Array(at, _, _) = kind {
            let q = self.refreg();
            if self.l.tt.pointer_elem(xty).is_some() {
                self.value_into(expr, xty, q);
            } else {
                let tmp = self.alloc_ty(at);
                self.value_into(expr, at, tmp);
                let rt = self.l.rt_type(at);
                self.emit(Op::New { dst: q, ty: rt });
                let n = self.slots(at);
                self.store_mem(q, 0, tmp, n);
            }
            q
        } else {
            let r = self.alloc_ty(xty);
            self.value_into(expr, xty, r);
            r
        };
        let len = match kind {
            Kind::Int => xr,
            Kind::Str => {
                let l = self.scalar();
                self.emit(Op::StrLen { dst: l, a: xr });
                l
            }
            Kind::Slice(_) => xr + 2,
            Kind::Array(_, n, _) => {
                let l = self.scalar();
                self.emit(Op::LoadInt {
                    dst: l,
                    v: n as i32,
                });
                l
            }
        };
        let idx = self.scalar();
        self.emit(Op::Zero { dst: idx, n: 1 });
        // string iteration decodes into (rune, width)
        let rw = if matches!(kind, Kind::Str) {
            Some(self.alloc(&[false, false]))
        } else {
            None
        };
        // Inverted like a `for` loop: `len <= idx` skips the loop.
        let skip = self.emit(Op::JmpLeI {
            a: len,
            b: idx,
            off: 0,
        });
        let body_start = self.code.len();
        let mark = self.top;
        // bind iteration variables (fresh per iteration)
        let key_ty = if matches!(kind, Kind::Int) { xty } else { int };
        let targets: Vec<(&ast::Expr, u16, TypeId)> = {
            let mut t = Vec::new();
            if let Some(k) = key {
                t.push((k, idx, key_ty));
            }
            if let Some(v) = value {
                match kind {
                    Kind::Str => {
                        let rune_t = self.l.tt.basic(crate::check::types::Basic::Int32);
                        self.emit(Op::StrDecodeRune {
                            dst: rw.unwrap(),
                            s: xr,
                            i: idx,
                        });
                        t.push((v, rw.unwrap(), rune_t));
                    }
                    Kind::Slice(el) if self.slots(el) == 1 => {
                        // Loaded straight into a variable declared here.
                        let var = self.fresh_reg_var(v, define);
                        let r = var.unwrap_or_else(|| self.alloc_ty(el));
                        self.emit(Op::LoadElem {
                            dst: r,
                            s: xr,
                            i: idx,
                        });
                        if var.is_none() {
                            t.push((v, r, el));
                        }
                    }
                    Kind::Slice(el) => {
                        let p = self.refreg();
                        self.emit(Op::IndexAddr {
                            dst: p,
                            s: xr,
                            i: idx,
                        });
                        let r = self.alloc_ty(el);
                        let n = self.slots(el);
                        self.load_mem(r, p, 0, n);
                        t.push((v, r, el));
                    }
                    Kind::Array(at, _, el) => {
                        let p = self.refreg();
                        self.emit(Op::Move { dst: p, src: xr });
                        let ty = self.l.rt_type(at) as u16;
                        self.emit(Op::ArrayAddr { p, i: idx, ty });
                        let r = self.alloc_ty(el);
                        let n = self.slots(el);
                        self.load_mem(r, p, 0, n);
                        t.push((v, r, el));
                    }
                    Kind::Int => {}
                }
            } else if let (Kind::Str, Some(_)) = (&kind, key) {
                self.emit(Op::StrDecodeRune {
                    dst: rw.unwrap(),
                    s: xr,
                    i: idx,
                });
            }
            t
        };
        for (e, src, ty) in targets {
            if is_blank_expr(e) {
                continue;
            }
            if define {
                let ast::ExprKind::Ident(id) = &e.kind else {
                    continue;
                };
                let v = self.l.info.defs[&id.span];
                self.declare_var(v, false);
                self.store_var(v, src);
            } else {
                let place = self.place(e);
                let et = self.ty(e);
                let src = self.convert_value(src, ty, et);
                self.store_place(&place, et, src);
            }
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
            self.patch_here(j);
        }
        match rw {
            Some(rw) if value.is_none() && key.is_none() => {
                // `for range s`: still advance by runes
                self.emit(Op::StrDecodeRune {
                    dst: rw,
                    s: xr,
                    i: idx,
                });
                self.emit(Op::AddI {
                    dst: idx,
                    a: idx,
                    b: rw + 1,
                });
            }
            Some(rw) => {
                self.emit(Op::AddI {
                    dst: idx,
                    a: idx,
                    b: rw + 1,
                });
            }
            None => {
                self.emit(Op::AddIImm {
                    dst: idx,
                    a: idx,
                    v: 1,
                });
            }
        }
        let j = self.emit(Op::JmpLtI {
            a: idx,
            b: len,
            off: 0,
        });
        let j = self.fuse_increment(j);
        self.patch_to(j, body_start);
        for j in ctx.breaks.into_iter().chain([skip]) {
            self.patch_here(j);
        }
    }
}

pub(super) fn strip(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ast::ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}

/// Whether expression `e` contains a function literal.
fn has_func_lit(e: &ast::Expr) -> bool {
    let mut found = false;
    super::walk_expr(e, &mut |x| {
        found |= matches!(x.kind, ast::ExprKind::FuncLit { .. });
    });
    found
}

/// Whether expression `e` refers to variable `v` anywhere.
fn mentions_var(e: &ast::Expr, v: Option<VarId>, info: &crate::check::Info) -> bool {
    let Some(v) = v else { return false };
    let mut found = false;
    super::walk_expr(e, &mut |x| {
        if let Some(Obj::Var(u)) = info.uses.get(&x.id) {
            found |= *u == v;
        }
    });
    found
}

pub(super) fn is_blank_expr(e: &ast::Expr) -> bool {
    matches!(&e.kind, ast::ExprKind::Ident(i) if i.name == "_")
}

/// Whether a function body contains a `defer` (not counting nested literals).
fn contains_defer(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Defer(_) => true,
        StmtKind::Block(b) => contains_defer(&b.stmts),
        StmtKind::If { then, els, .. } => {
            contains_defer(&then.stmts)
                || els
                    .as_ref()
                    .is_some_and(|e| contains_defer(std::slice::from_ref(e)))
        }
        StmtKind::For { body, .. } | StmtKind::ForRange { body, .. } => contains_defer(&body.stmts),
        StmtKind::Switch { clauses, .. } => clauses.iter().any(|c| contains_defer(&c.body)),
        StmtKind::TypeSwitch { clauses, .. } => clauses.iter().any(|c| contains_defer(&c.body)),
        StmtKind::Select { clauses } => clauses.iter().any(|c| contains_defer(&c.body)),
        StmtKind::Labeled(_, s) => contains_defer(std::slice::from_ref(s)),
        _ => false,
    })
}
