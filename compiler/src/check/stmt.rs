//! Statement checking: declarations and assignments, control flow (with labels),
//! `go`/`defer`, returns, and Go's terminating-statement analysis for `missing return`.

use super::expr::Operand;
use super::types::{Basic, Dir, Type, TypeId, INVALID};
use super::*;
use crate::syntax::ast::{ExprKind, Stmt, StmtKind, UnOp};

impl<'a> Checker<'a> {
    pub(crate) fn block_stmts(&mut self, stmts: &[Stmt]) {
        let id = self.funcs.last_mut().map(|f| {
            let l = &mut f.labels;
            l.next_block += 1;
            l.path.push(l.next_block);
            l.next_block
        });
        let saved = self.funcs.last().map(|f| f.labels.index).unwrap_or(0);
        for (i, s) in stmts.iter().enumerate() {
            if let Some(f) = self.funcs.last_mut() {
                f.labels.index = i;
                if let (Some(id), StmtKind::Var(_) | StmtKind::Define { .. }) = (id, &s.kind) {
                    f.labels.decls.entry(id).or_default().push((i, s.span));
                }
            }
            self.stmt(s);
        }
        if let Some(f) = self.funcs.last_mut() {
            if id.is_some() {
                f.labels.path.pop();
            }
            f.labels.index = saved;
        }
    }

    /// Marks label `name` as used by a break/continue.
    fn use_label(&mut self, name: &str) {
        if let Some(f) = self.funcs.last_mut() {
            if let Some(d) = f.labels.defined.get_mut(name) {
                d.3 = true;
            }
        }
    }

    /// Go's label rules, once the function body is checked: every label is used,
    /// every goto's label exists, is not inside a block the goto is outside of, and a
    /// forward goto does not jump over a variable declaration.
    pub(crate) fn check_labels(&mut self) {
        let Some(f) = self.funcs.last_mut() else {
            return;
        };
        let labels = std::mem::take(&mut f.labels);
        let mut defined = labels.defined;
        for (name, span, path, idx) in &labels.gotos {
            let Some(d) = defined.get_mut(name) else {
                self.err("label", *span, format!("label {name} not defined"));
                continue;
            };
            d.3 = true;
            let (lspan, lpath, lidx) = (d.0, d.1.clone(), d.2);
            if !path.starts_with(&lpath) {
                self.diags.push(
                    Diagnostic::error("label", *span, format!("goto {name} jumps into block"))
                        .with_secondary(lspan, "the label is inside a block the goto is not in"),
                );
                continue;
            }
            if lpath.len() == path.len() && lidx > *idx {
                let block = *lpath.last().unwrap_or(&0);
                let jumped = labels
                    .decls
                    .get(&block)
                    .and_then(|ds| ds.iter().find(|(i, _)| *i > *idx && *i < lidx))
                    .map(|(_, sp)| *sp);
                if let Some(sp) = jumped {
                    self.diags.push(
                        Diagnostic::error(
                            "label",
                            *span,
                            format!("goto {name} jumps over variable declaration"),
                        )
                        .with_secondary(sp, "this declaration is skipped"),
                    );
                }
            }
        }
        let mut unused: Vec<(Span, String)> = defined
            .iter()
            .filter(|(_, d)| !d.3)
            .map(|(n, d)| (d.0, n.clone()))
            .collect();
        unused.sort();
        for (span, name) in unused {
            self.err("label", span, format!("label {name} defined and not used"));
        }
    }

    fn block(&mut self, b: &ast::Block) {
        self.push_scope();
        self.block_stmts(&b.stmts);
        self.pop_scope();
    }

    pub(crate) fn stmt(&mut self, s: &Stmt) {
        let target = match &s.kind {
            StmtKind::For { .. } | StmtKind::ForRange { .. } => Some(true),
            StmtKind::Switch { .. } | StmtKind::TypeSwitch { .. } | StmtKind::Select { .. } => {
                Some(false)
            }
            _ => None,
        };
        let Some(is_loop) = target else {
            if !matches!(s.kind, StmtKind::Labeled(..)) {
                if let Some(f) = self.funcs.last_mut() {
                    f.labels.pending = None;
                }
            }
            return self.stmt_kind(s);
        };
        if let Some(f) = self.funcs.last_mut() {
            let label = f.labels.pending.take();
            f.labels.targets.push((label, is_loop));
        }
        self.stmt_kind(s);
        if let Some(f) = self.funcs.last_mut() {
            f.labels.targets.pop();
        }
    }

    /// Go's `duplicate case 2 (constant of type int) in expression switch`, with
    /// the previous case as a related position.
    fn duplicate_case(
        &mut self,
        x: &ast::Expr,
        tag_ty: TypeId,
        seen: &mut Vec<(ConstVal, TypeId, Span)>,
    ) {
        let Some(ExprInfo {
            mode: Mode::Const(v),
            ty,
        }) = self.info.exprs.get(&x.id).cloned()
        else {
            return;
        };
        let _ = tag_ty;
        let prev = seen
            .iter()
            .find(|(pv, pt, _)| *pv == v && self.tt.identical(*pt, ty))
            .map(|p| p.2);
        let Some(prev) = prev else {
            seen.push((v, ty, x.span));
            return;
        };
        let literal = matches!(
            strip(x).kind,
            ExprKind::IntLit(_)
                | ExprKind::FloatLit(_)
                | ExprKind::RuneLit(_)
                | ExprKind::StringLit(_)
        );
        let what = if literal {
            format!("constant of type {}", self.show(ty))
        } else {
            format!("constant {} of type {}", v.describe(), self.show(ty))
        };
        let msg = format!(
            "duplicate case {} ({what}) in expression switch",
            self.expr_text(x)
        );
        self.diags
            .push(Diagnostic::error("duplicate", x.span, msg).with_related(prev, "previous case"));
    }

    /// Go's rules for `break`/`continue` (with or without label).
    fn branch(&mut self, s: &Stmt, label: Option<&ast::Ident>, is_continue: bool) {
        let Some(f) = self.funcs.last() else { return };
        let kw = if is_continue { "continue" } else { "break" };
        let msg = match label {
            None => {
                let ok = if is_continue {
                    f.labels.targets.iter().any(|t| t.1)
                } else {
                    !f.labels.targets.is_empty()
                };
                if ok {
                    return;
                }
                if is_continue {
                    "continue is not in a loop".to_string()
                } else {
                    "break is not in a loop, switch, or select".to_string()
                }
            }
            Some(l) => {
                let found = f
                    .labels
                    .targets
                    .iter()
                    .find(|t| t.0.as_deref() == Some(l.name.as_str()));
                match found {
                    Some(t) if t.1 || !is_continue => return,
                    Some(_) => format!("invalid continue label {}", l.name),
                    None if f.labels.defined.contains_key(&l.name) => {
                        format!("invalid {kw} label {}", l.name)
                    }
                    None => format!("{kw} label not defined: {}", l.name),
                }
            }
        };
        let at = label.map_or(s.span, |l| l.span);
        self.err("branch", at, msg);
    }

    fn stmt_kind(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty | StmtKind::Bad => {}
            StmtKind::Expr(e) => {
                let op = self.expr(e);
                let is_call = matches!(strip(e).kind, ExprKind::Call { .. });
                if op.ty == INVALID {
                    return;
                }
                if is_call && !self.info.conversions.contains(&strip(e).id) {
                    if let Mode::Builtin(_) = op.mode {
                        return;
                    }
                    // builtin calls like len(x) used as statements
                    if let ExprKind::Call { func, .. } = &strip(e).kind {
                        if let Some(info) = self.info.exprs.get(&func.id) {
                            if let Mode::Builtin(b) = info.mode {
                                if !matches!(
                                    b,
                                    Builtin::Panic
                                        | Builtin::Print
                                        | Builtin::Println
                                        | Builtin::Copy
                                        | Builtin::Recover
                                        | Builtin::Close
                                        | Builtin::Delete
                                        | Builtin::Clear
                                ) {
                                    let msg = format!(
                                        "{} (value of type {}) is not used",
                                        self.expr_text(e),
                                        self.show(op.ty)
                                    );
                                    self.err("unused-value", e.span, msg);
                                }
                            }
                        }
                    }
                    return;
                }
                if matches!(strip(e).kind, ExprKind::Unary(UnOp::Recv, _)) {
                    return;
                }
                let msg = format!("{} is not used", self.describe(e, &op));
                self.err("unused-value", e.span, msg);
            }
            StmtKind::Send(ch, v) => {
                let c = self.value(ch);
                let vo = self.value(v);
                if c.ty == INVALID {
                    return;
                }
                match self.tt.under_type(c.ty).clone() {
                    Type::Chan(Dir::Recv, _) => {
                        let msg = format!(
                            "invalid operation: cannot send to receive-only channel {}",
                            self.describe(ch, &c)
                        );
                        self.err("chan-dir", s.span, msg);
                    }
                    Type::Chan(_, el) => {
                        self.assign_to(v, &vo, el, "send");
                    }
                    _ => {
                        let msg = format!(
                            "invalid operation: cannot send to non-channel {}",
                            self.describe(ch, &c)
                        );
                        self.err("chan", s.span, msg);
                    }
                }
            }
            StmtKind::IncDec(x, inc) => {
                let op = self.lhs_expr(x);
                // like gc, `x++` counts as a use of x
                if let Some(Obj::Var(v)) = self.info.uses.get(&x.id) {
                    self.info.vars[*v as usize].used = true;
                }
                if op.ty == INVALID {
                    return;
                }
                if !self.tt.basic_of(op.ty).is_some_and(|b| b.is_numeric()) {
                    let msg = format!(
                        "invalid operation: {}{} (non-numeric type {})",
                        self.expr_text(x),
                        if *inc { "++" } else { "--" },
                        self.show(op.ty)
                    );
                    self.err("operator", s.span, msg);
                }
            }
            StmtKind::Assign { lhs, op: None, rhs } => self.assign(s, lhs, rhs),
            StmtKind::Assign {
                lhs,
                op: Some(bop),
                rhs,
            } => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.err(
                        "assign",
                        s.span,
                        format!(
                            "assignment operation {}= requires single-valued expressions",
                            bop.as_str()
                        ),
                    );
                    return;
                }
                let l = self.lhs_expr(&lhs[0]);
                // check `l op r` as a binary expression for operator rules
                let bin = ast::Expr {
                    id: ast::ExprId::fresh(),
                    kind: ExprKind::Binary(
                        *bop,
                        Box::new(lhs[0].clone()),
                        Box::new(rhs[0].clone()),
                    ),
                    span: s.span,
                };
                // re-check via binary on clones: records for clones are harmless;
                // the original rhs is checked below so lowering finds its record.
                let n = self.diags.len();
                let r = self.expr(&bin);
                let _ = n;
                let ro = self.value(&rhs[0]);
                if l.ty == INVALID || r.ty == INVALID || ro.ty == INVALID {
                    return;
                }
                if matches!(bop, ast::BinOp::Shl | ast::BinOp::Shr) {
                    if let Mode::Const(v) = &ro.mode {
                        if self.tt.is_untyped(ro.ty) {
                            let uint = self.basic(Basic::Uint);
                            self.convert_const(&rhs[0], &ro, v.clone(), uint, "shift");
                        }
                    }
                } else {
                    self.assign_to(&rhs[0], &ro, l.ty, "assignment");
                }
            }
            StmtKind::Define { names, values } => self.define(s, names, values),
            StmtKind::Var(specs) => {
                for spec in specs {
                    let vars: Vec<VarId> = spec
                        .names
                        .iter()
                        .map(|n| {
                            let v = self.new_var(&n.name, INVALID, n.span);
                            self.info.defs.insert(n.span, v);
                            v
                        })
                        .collect();
                    self.check_var_spec(spec, &vars);
                    for &v in &vars {
                        let vi = &mut self.info.vars[v as usize];
                        vi.used |= vi.ty == INVALID;
                    }
                    for (n, v) in spec.names.iter().zip(vars) {
                        if self.scopes.last().is_some_and(|s| s.contains_key(&n.name)) {
                            // reported below; not a second "declared but not used"
                            self.info.vars[v as usize].used = true;
                        }
                        self.declare_ident(n, Obj::Var(v));
                    }
                }
            }
            StmtKind::Const(specs) => {
                let mut last = 0;
                for (si, spec) in specs.iter().enumerate() {
                    if !spec.values.is_empty() {
                        last = si;
                    }
                    let src = &specs[last];
                    let saved = self.iota;
                    self.iota = Some(spec.iota);
                    let mut vals = Vec::new();
                    for (i, n) in spec.names.iter().enumerate() {
                        let ty = if spec.values.is_empty() {
                            src.ty.as_ref()
                        } else {
                            spec.ty.as_ref()
                        };
                        let v = self.const_spec_value(src, i, ty, n.span);
                        vals.push(v);
                    }
                    self.iota = saved;
                    for (n, v) in spec.names.iter().zip(vals) {
                        if let Some((t, v)) = v {
                            self.declare_ident(n, Obj::Const(t, v));
                        }
                    }
                }
            }
            StmtKind::Type(specs) => {
                if self.in_generic_body {
                    // refused as by Go 1.19
                    self.err(
                        "unsupported",
                        s.span,
                        "type declarations inside generic functions are not currently supported",
                    );
                }
                let specs: &[ast::TypeSpec] = if self.in_generic_body { &[] } else { specs };
                for spec in specs {
                    if !spec.type_params.is_empty() {
                        self.err(
                            "generic",
                            spec.name.span,
                            "generic type cannot be declared inside a function",
                        );
                        continue;
                    }
                    if spec.alias {
                        let t = self.resolve_type(&spec.ty);
                        self.declare_ident(&spec.name, Obj::Type(t));
                        continue;
                    }
                    let path = self.pkg_path().to_string();
                    let t = self.tt.new_named(&spec.name.name, &path);
                    self.declare_ident(&spec.name, Obj::Type(t));
                    let r = self.resolve_type(&spec.ty);
                    let u = self.tt.under(r);
                    self.tt.named_mut(t).unwrap().underlying = u;
                }
            }
            StmtKind::Go(e) | StmtKind::Defer(e) => {
                let kw = if matches!(s.kind, StmtKind::Go(_)) {
                    "go"
                } else {
                    "defer"
                };
                let ExprKind::Call { func, .. } = &strip(e).kind else {
                    self.err(
                        "go-defer",
                        e.span,
                        format!("expression in {kw} must be function call"),
                    );
                    // Go's parser turns `defer x` into `defer x()`
                    let op = self.expr(e);
                    if op.ty != INVALID
                        && !matches!(op.mode, Mode::Builtin(_) | Mode::TypeExpr)
                        && self.tt.signature(op.ty).is_none()
                    {
                        let msg = format!(
                            "invalid operation: cannot call non-function {}",
                            self.describe(e, &op)
                        );
                        self.err("call", e.span, msg);
                    }
                    return;
                };
                self.expr(e);
                if self.info.conversions.contains(&strip(e).id) {
                    self.err(
                        "go-defer",
                        e.span,
                        format!("{kw} requires function call, not conversion"),
                    );
                    return;
                }
                if let Some(ExprInfo {
                    mode: Mode::Builtin(b),
                    ..
                }) = self.info.exprs.get(&func.id).cloned()
                {
                    if !matches!(
                        b,
                        Builtin::Panic
                            | Builtin::Print
                            | Builtin::Println
                            | Builtin::Copy
                            | Builtin::Close
                            | Builtin::Delete
                            | Builtin::Recover
                            | Builtin::Clear
                    ) {
                        self.err(
                            "go-defer",
                            e.span,
                            format!("{kw} discards result of {}", self.expr_text(e)),
                        );
                    } else if !matches!(b, Builtin::Close | Builtin::Delete | Builtin::Panic) {
                        self.unsupported(e.span, &format!("{kw} of a built-in function"));
                    }
                }
            }
            StmtKind::Return(results) => self.return_stmt(s, results),
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                self.branch(s, l.as_ref(), matches!(s.kind, StmtKind::Continue(_)));
                if let Some(l) = l {
                    self.use_label(&l.name.clone());
                }
            }
            StmtKind::Fallthrough => {}
            StmtKind::Goto(l) => {
                if let Some(f) = self.funcs.last_mut() {
                    let g = (
                        l.name.clone(),
                        s.span,
                        f.labels.path.clone(),
                        f.labels.index,
                    );
                    f.labels.gotos.push(g);
                }
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.condition(cond, "if statement");
                self.block(then);
                if let Some(e) = els {
                    self.stmt(e);
                }
                self.pop_scope();
            }
            StmtKind::Switch { init, tag, clauses } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                let tag_op = tag.as_ref().map(|t| {
                    let op = self.value(t);
                    if op.ty != INVALID && self.tt.is_untyped(op.ty) {
                        let d = self.default_type(op.ty);
                        self.assign_to(t, &op, d, "switch expression");
                        Operand {
                            mode: op.mode,
                            ty: d,
                        }
                    } else {
                        op
                    }
                });
                let mut seen_default = false;
                // constant cases so far: (value, type, span), for Go's duplicate check
                let mut consts: Vec<(ConstVal, TypeId, Span)> = Vec::new();
                for (ci, c) in clauses.iter().enumerate() {
                    if c.is_default {
                        if seen_default {
                            self.err("switch", c.span, "multiple defaults in switch");
                        }
                        seen_default = true;
                    }
                    for x in &c.exprs {
                        match (&tag_op, tag) {
                            (Some(t), Some(te)) => {
                                let op = self.value(x);
                                if op.ty == INVALID || t.ty == INVALID {
                                    continue;
                                }
                                // compare like `tag == x`
                                let cmp = ast::Expr {
                                    id: ast::ExprId::fresh(),
                                    kind: ExprKind::Binary(
                                        ast::BinOp::Eq,
                                        Box::new(te.clone()),
                                        Box::new(x.clone()),
                                    ),
                                    span: x.span,
                                };
                                let n = self.diags.len();
                                self.expr(&cmp);
                                if self.diags.len() > n {
                                    // re-word as Go does for switch cases
                                    let d = self.diags.pop().unwrap();
                                    let msg = d
                                        .message
                                        .replace("invalid operation: ", "invalid case ")
                                        .to_string();
                                    let msg = if msg.contains("mismatched types") {
                                        format!("invalid case {} in switch on {} (mismatched types {} and {})", self.expr_text(x), self.expr_text(te), self.show(op.ty), self.show(t.ty))
                                    } else {
                                        msg
                                    };
                                    self.err("type-mismatch", x.span, msg);
                                } else if self.assign_to(x, &op, t.ty, "switch case") {
                                    self.duplicate_case(x, t.ty, &mut consts);
                                }
                            }
                            _ => self.condition(x, "case"),
                        }
                    }
                    self.push_scope();
                    self.block_stmts(&c.body);
                    if let Some(last) = c.body.last() {
                        if matches!(last.kind, StmtKind::Fallthrough) && ci + 1 == clauses.len() {
                            self.err(
                                "fallthrough",
                                last.span,
                                "cannot fallthrough final case in switch",
                            );
                        }
                    }
                    self.pop_scope();
                }
                self.pop_scope();
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                expr,
                clauses,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                // the guard is `x.(type)`: check `x`
                let expr = match &strip(expr).kind {
                    ExprKind::TypeAssert(x, None) => &**x,
                    _ => expr,
                };
                let op = self.value(expr);
                if op.ty != INVALID && !self.tt.is_interface(op.ty) {
                    let msg = format!("{} is not an interface", self.describe(expr, &op));
                    self.err("type-switch", expr.span, msg);
                }
                let mut any_used = bind.is_none();
                let mut bind_vars = Vec::new();
                for c in clauses {
                    let mut single: Option<TypeId> = None;
                    for t in &c.types {
                        if let ast::TypeExprKind::Name(n) = &t.kind {
                            if n.name == "nil"
                                && matches!(self.lookup("nil", false), Some(Obj::Nil))
                            {
                                self.info.case_types.insert(t.span, None);
                                continue;
                            }
                        }
                        let ty = self.resolve_type(t);
                        self.info.case_types.insert(t.span, Some(ty));
                        if ty != INVALID && op.ty != INVALID && !self.tt.is_interface(ty) {
                            if let Err(why) = self.implements(ty, op.ty) {
                                let msg = format!(
                                    "impossible type switch case: {} cannot have dynamic type {} ({})",
                                    self.describe(expr, &op),
                                    self.show(ty),
                                    why
                                );
                                self.err("type-switch", t.span, msg);
                            }
                        }
                        single = Some(ty);
                    }
                    self.push_scope();
                    if let Some(b) = bind {
                        let vt = if c.types.len() == 1 {
                            single.unwrap_or(op.ty)
                        } else {
                            op.ty
                        };
                        let v = self.new_var(&b.name, vt, b.span);
                        self.info.case_vars.insert(c.span, v);
                        self.declare(&b.name, Obj::Var(v));
                        bind_vars.push(v);
                    }
                    self.block_stmts(&c.body);
                    if let Some(b) = bind {
                        if let Some(Obj::Var(v)) =
                            self.scopes.last().and_then(|s| s.get(&b.name)).cloned()
                        {
                            if self.info.vars[v as usize].used {
                                any_used = true;
                            }
                            self.info.vars[v as usize].used = true;
                        }
                    }
                    self.pop_scope();
                }
                if !any_used {
                    let b = bind.as_ref().unwrap();
                    self.err(
                        "unused-var",
                        b.span,
                        format!("{} declared but not used", b.name),
                    );
                }
                self.pop_scope();
            }
            StmtKind::Select { clauses } => {
                let mut defaults = 0;
                for c in clauses {
                    self.push_scope();
                    match &c.comm {
                        None => {
                            defaults += 1;
                            if defaults > 1 {
                                self.err("select", c.span, "multiple defaults in select");
                            }
                        }
                        Some(comm) => {
                            if !is_select_comm(comm) {
                                self.err(
                                    "select",
                                    comm.span,
                                    "select case must be receive, send or assign recv",
                                );
                            } else {
                                self.stmt(comm);
                            }
                        }
                    }
                    self.block_stmts(&c.body);
                    self.pop_scope();
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.condition(c, "for statement");
                }
                if let Some(p) = post {
                    if matches!(p.kind, StmtKind::Define { .. }) {
                        self.err(
                            "syntax",
                            p.span,
                            "cannot declare in post statement of for loop",
                        );
                    }
                    self.stmt(p);
                }
                self.block(body);
                self.pop_scope();
            }
            StmtKind::ForRange {
                key,
                value,
                define,
                expr,
                body,
            } => {
                self.push_scope();
                let op = self.value(expr);
                let int = self.basic(Basic::Int);
                let (kt, vt): (TypeId, Option<TypeId>) = if op.ty == INVALID {
                    (INVALID, Some(INVALID))
                } else {
                    match self.tt.under_type(op.ty).clone() {
                        Type::Basic(b) if b.is_integer() => {
                            let t = if self.tt.is_untyped(op.ty) {
                                let d = self.default_type(op.ty);
                                self.assign_to(expr, &op, d, "range");
                                d
                            } else {
                                op.ty
                            };
                            (t, None)
                        }
                        Type::Basic(b) if b.is_string() => {
                            if self.tt.is_untyped(op.ty) {
                                let st = self.basic(Basic::String);
                                self.assign_to(expr, &op, st, "range");
                            }
                            (int, Some(self.basic(Basic::Int32)))
                        }
                        Type::Slice(el) | Type::Array(_, el) => (int, Some(el)),
                        Type::Pointer(p) if matches!(self.tt.under_type(p), Type::Array(..)) => {
                            let Type::Array(_, el) = self.tt.under_type(p).clone() else {
                                unreachable!()
                            };
                            (int, Some(el))
                        }
                        Type::Map(k, v) => (k, Some(v)),
                        Type::Chan(Dir::Send, _) => {
                            let msg = format!(
                                "invalid operation: range {} receive from send-only channel",
                                self.expr_text(expr)
                            );
                            self.err("chan-dir", expr.span, msg);
                            (INVALID, None)
                        }
                        Type::Chan(_, el) => (el, None),
                        // Go 1.23's iterators (`func(yield func(...) bool)`) are
                        // not supported yet; any other function is not rangeable
                        Type::Func(sig)
                            if sig.results.is_empty()
                                && sig.params.len() == 1
                                && self.tt.signature(sig.params[0]).is_some() =>
                        {
                            self.unsupported(expr.span, "range over function");
                            (INVALID, Some(INVALID))
                        }
                        _ => {
                            let msg = format!("cannot range over {}", self.describe(expr, &op));
                            self.err("range", expr.span, msg);
                            (INVALID, Some(INVALID))
                        }
                    }
                };
                if value.is_some() && vt.is_none() {
                    let msg = format!(
                        "range over {} permits only one iteration variable",
                        self.describe(expr, &op)
                    );
                    self.err("range", value.as_ref().unwrap().span, msg);
                }
                let targets = [(key.as_ref(), kt), (value.as_ref(), vt.unwrap_or(INVALID))];
                if *define {
                    let mut new_vars = Vec::new();
                    for (t, ty) in targets {
                        let Some(t) = t else { continue };
                        let ExprKind::Ident(id) = &t.kind else {
                            self.err(
                                "syntax",
                                t.span,
                                format!("non-name {} on left side of :=", self.expr_text(t)),
                            );
                            continue;
                        };
                        let v = self.new_var(&id.name, ty, id.span);
                        self.info.defs.insert(id.span, v);
                        new_vars.push((id.name.clone(), v));
                    }
                    for (n, v) in new_vars {
                        self.declare(&n, Obj::Var(v));
                    }
                } else {
                    for (t, ty) in targets {
                        let Some(t) = t else { continue };
                        if matches!(&t.kind, ExprKind::Ident(i) if i.name == "_") {
                            continue;
                        }
                        let l = self.lhs_expr(t);
                        if l.ty != INVALID && ty != INVALID && !self.assignable_type(ty, l.ty) {
                            let msg = format!(
                                "cannot use {} (value of type {}) as type {} in range",
                                self.expr_text(t),
                                self.show(ty),
                                self.show(l.ty)
                            );
                            self.err("type-mismatch", t.span, msg);
                        }
                    }
                }
                self.block(body);
                self.pop_scope();
            }
            StmtKind::Labeled(l, inner) => {
                if let Some(f) = self.funcs.last_mut() {
                    let entry = (l.span, f.labels.path.clone(), f.labels.index, false);
                    if f.labels.defined.insert(l.name.clone(), entry).is_some() {
                        let name = l.name.clone();
                        self.err("label", l.span, format!("label {name} already defined"));
                    }
                }
                if let Some(f) = self.funcs.last_mut() {
                    f.labels.pending = Some(l.name.clone());
                }
                self.stmt(inner)
            }
        }
    }

    fn condition(&mut self, c: &ast::Expr, what: &str) {
        let op = self.value(c);
        if op.ty == INVALID {
            return;
        }
        if !self.tt.basic_of(op.ty).is_some_and(|b| b.is_boolean()) {
            let msg = format!("non-boolean condition in {what}");
            self.err("type-mismatch", c.span, msg);
            return;
        }
        if self.tt.is_untyped(op.ty) {
            let b = self.basic(Basic::Bool);
            self.assign_to(c, &op, b, what);
        }
    }

    /// Checks an assignment target (does not count as a use of a variable).
    fn lhs_expr(&mut self, x: &ast::Expr) -> Operand {
        if let ExprKind::Ident(id) = &x.kind {
            if id.name == "_" {
                return Operand {
                    mode: Mode::Var,
                    ty: INVALID,
                };
            }
            let Some(obj) = self.lookup(&id.name, false) else {
                self.err("undefined", id.span, format!("undefined: {}", id.name));
                return Operand::invalid();
            };
            if let Obj::Var(v) = obj {
                self.info.uses.insert(x.id, Obj::Var(v));
                let ty = self.info.vars[v as usize].ty;
                self.record(x, ty, Mode::Var);
                return Operand {
                    mode: Mode::Var,
                    ty,
                };
            }
            let op = self.expr(x);
            let msg = format!("cannot assign to {}", self.describe(x, &op));
            self.err("assign", x.span, msg);
            return Operand::invalid();
        }
        let op = self.expr(x);
        if op.ty == INVALID {
            return op;
        }
        if op.mode == Mode::MapIndex {
            return op;
        }
        if op.mode != Mode::Var {
            // Go 1.19: a field of a map element is named as such; anything else
            // is "cannot assign to x (value of type T)"
            let in_map = matches!(&x.kind, ExprKind::Selector(b, _)
                if self.info.exprs.get(&b.id).is_some_and(|i| i.mode == Mode::MapIndex));
            let msg = if in_map {
                format!("cannot assign to struct field {} in map", self.expr_text(x))
            } else {
                format!("cannot assign to {}", self.describe(x, &op))
            };
            self.err("assign", x.span, msg);
            return Operand::invalid();
        }
        op
    }

    fn assign(&mut self, s: &Stmt, lhs: &[ast::Expr], rhs: &[ast::Expr]) {
        let ltypes: Vec<Operand> = lhs.iter().map(|l| self.lhs_expr(l)).collect();
        if rhs.len() == 1 && lhs.len() > 1 {
            let op = self.expr(&rhs[0]);
            let tys = self.tuple_types(&rhs[0], &op, lhs.len(), s.span);
            for (l, (lt, t)) in lhs.iter().zip(ltypes.iter().zip(tys)) {
                if lt.ty != INVALID && t != INVALID && !self.assignable_type(t, lt.ty) {
                    let msg = format!(
                        "cannot use {} (value of type {}) as type {} in assignment",
                        self.expr_text(&rhs[0]),
                        self.show(t),
                        self.show(lt.ty)
                    );
                    let _ = l;
                    self.err("type-mismatch", rhs[0].span, msg);
                }
            }
            return;
        }
        if lhs.len() != rhs.len() {
            let msg = format!(
                "assignment mismatch: {} variable{} but {} value{}",
                lhs.len(),
                if lhs.len() == 1 { "" } else { "s" },
                rhs.len(),
                if rhs.len() == 1 { "" } else { "s" }
            );
            self.err("assign-count", rhs.first().map_or(s.span, |r| r.span), msg);
            for r in rhs {
                self.expr(r);
            }
            return;
        }
        for (r, lt) in rhs.iter().zip(&ltypes) {
            let op = self.expr(r);
            if rhs.len() == 1 && self.is_multi_value(&op) {
                if let Type::Tuple(ts) = self.tt.get(op.ty) {
                    let msg = self.call_mismatch(r, 1, ts.len());
                    self.err("assign-count", r.span, msg);
                }
                continue;
            }
            let op = self.single_value(r, op);
            if lt.ty == INVALID {
                // assignment to _: the value still needs a type
                if op.ty != INVALID && self.tt.is_untyped(op.ty) {
                    if self.tt.get(op.ty) == &Type::Basic(Basic::UntypedNil) {
                        self.err("nil", r.span, "use of untyped nil in assignment");
                    } else {
                        let d = self.default_type(op.ty);
                        self.assign_to(r, &op, d, "assignment");
                    }
                }
                continue;
            }
            self.assign_to(r, &op, lt.ty, "assignment");
        }
    }

    fn define(&mut self, s: &Stmt, names: &[ast::Ident], values: &[ast::Expr]) {
        // which names are new in this scope
        let mut any_new = false;
        let mut targets: Vec<(bool, Option<VarId>)> = Vec::new();
        for n in names {
            if n.name == "_" {
                targets.push((true, None));
                continue;
            }
            let existing = self.scopes.last().and_then(|sc| sc.get(&n.name)).cloned();
            match existing {
                Some(Obj::Var(v)) => targets.push((false, Some(v))),
                _ => {
                    any_new = true;
                    targets.push((true, None));
                }
            }
        }
        if !any_new {
            // Go reports it at the `:=`, which gofmt puts one space after the
            // last name (the AST keeps no position for the operator)
            let at = match (names.last(), values.first()) {
                (Some(n), Some(v)) if n.span.hi + 3 <= v.span.lo => Span {
                    file: n.span.file,
                    lo: n.span.hi + 1,
                    hi: n.span.hi + 3,
                },
                _ => s.span,
            };
            self.err("define", at, "no new variables on left side of :=");
        }
        let types = self.assign_values(values, names.len(), None, "assignment", s.span);
        let mut new = Vec::new();
        for (i, n) in names.iter().enumerate() {
            let t = types.get(i).copied().unwrap_or(INVALID);
            match targets[i] {
                (false, Some(v)) => {
                    self.info.defs.insert(n.span, v);
                    let vt = self.info.vars[v as usize].ty;
                    if t != INVALID && vt != INVALID && !self.assignable_type(t, vt) {
                        let msg = format!(
                            "cannot use {} value as {} value in assignment",
                            self.show(t),
                            self.show(vt)
                        );
                        self.err("type-mismatch", n.span, msg);
                    }
                }
                _ => {
                    let v = self.new_var(&n.name, t, n.span);
                    // Go: no "declared but not used" after a failed initialisation
                    self.info.vars[v as usize].used |= t == INVALID;
                    self.info.defs.insert(n.span, v);
                    if n.name != "_" {
                        new.push((n.name.clone(), v));
                    }
                }
            }
        }
        for (n, v) in new {
            self.declare(&n, Obj::Var(v));
        }
    }

    fn return_stmt(&mut self, s: &Stmt, results: &[ast::Expr]) {
        let Some(ctx) = self.funcs.last() else { return };
        let want = ctx.results.clone();
        let fid = ctx.func;
        if results.is_empty() {
            if !want.is_empty() && !self.info.funcs[fid as usize].named_results {
                self.err(
                    "return",
                    s.span,
                    format!(
                        "not enough return values\n\thave ()\n\twant ({})",
                        want.iter()
                            .map(|t| self.show(*t))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
            return;
        }
        if results.len() == 1 && want.len() > 1 {
            let op = self.expr(&results[0]);
            if let Type::Tuple(ts) = self.tt.get(op.ty).clone() {
                if ts.len() != want.len() {
                    let msg = if ts.len() < want.len() {
                        "not enough return values"
                    } else {
                        "too many return values"
                    };
                    self.err("return", results[0].span, msg);
                    return;
                }
                for (t, w) in ts.iter().zip(&want) {
                    if !self.assignable_type(*t, *w) {
                        let msg = format!(
                            "cannot use {} (value of type {}) as type {} in return statement",
                            self.expr_text(&results[0]),
                            self.show(*t),
                            self.show(*w)
                        );
                        self.err("type-mismatch", results[0].span, msg);
                    }
                }
                return;
            }
            if op.ty != INVALID {
                let have = self.have_list(&[op.ty]);
                self.err(
                    "return",
                    results[0].span,
                    format!(
                        "not enough return values\n\thave ({})\n\twant ({})",
                        have,
                        want.iter()
                            .map(|t| self.show(*t))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
            return;
        }
        if results.len() != want.len() {
            let ops: Vec<Operand> = results.iter().map(|r| self.value(r)).collect();
            let have = self.have_list(&ops.iter().map(|o| o.ty).collect::<Vec<_>>());
            // Go: at the first extra result, or at the last one when too few
            let at = if results.len() > want.len() {
                results[want.len()].span
            } else {
                results[results.len() - 1].span
            };
            let msg = if results.len() < want.len() {
                "not enough return values"
            } else {
                "too many return values"
            };
            let msg = format!(
                "{msg}\n\thave ({})\n\twant ({})",
                have,
                want.iter()
                    .map(|t| self.show(*t))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            self.err("return", at, msg);
            return;
        }
        for (r, w) in results.iter().zip(&want) {
            let op = self.value(r);
            self.assign_to(r, &op, *w, "return statement");
        }
    }

    /// Go's terminating statement rules (spec: "Terminating statements").
    pub(crate) fn is_terminating_list(&self, stmts: &[Stmt]) -> bool {
        // trailing empty statements don't count
        let last = stmts
            .iter()
            .rev()
            .find(|s| !matches!(s.kind, StmtKind::Empty));
        last.is_some_and(|s| self.is_terminating(s, None))
    }

    fn is_terminating(&self, s: &Stmt, label: Option<&str>) -> bool {
        match &s.kind {
            StmtKind::Return(_) | StmtKind::Goto(_) => true,
            StmtKind::Expr(e) => {
                if let ExprKind::Call { func, .. } = &strip(e).kind {
                    if let ExprKind::Ident(id) = &func.kind {
                        if id.name == "panic"
                            && matches!(
                                self.info.uses.get(&func.id),
                                Some(Obj::Builtin(Builtin::Panic)) | None
                            )
                        {
                            return matches!(
                                self.info.exprs.get(&func.id).map(|i| &i.mode),
                                Some(Mode::Builtin(Builtin::Panic))
                            );
                        }
                    }
                }
                false
            }
            StmtKind::Block(b) => self.is_terminating_list(&b.stmts),
            StmtKind::If {
                els: Some(e), then, ..
            } => self.is_terminating_list(&then.stmts) && self.is_terminating(e, None),
            StmtKind::For {
                cond: None, body, ..
            } => !has_break(&body.stmts, label, true),
            StmtKind::Labeled(l, inner) => self.is_terminating(inner, Some(&l.name)),
            StmtKind::Switch { clauses, .. } => {
                clauses.iter().any(|c| c.is_default)
                    && clauses.iter().all(|c| {
                        !has_break(&c.body, label, true)
                            && (self.is_terminating_list(&c.body)
                                || c.body
                                    .last()
                                    .is_some_and(|l| matches!(l.kind, StmtKind::Fallthrough)))
                    })
            }
            StmtKind::TypeSwitch { clauses, .. } => {
                clauses.iter().any(|c| c.is_default)
                    && clauses.iter().all(|c| {
                        !has_break(&c.body, label, true) && self.is_terminating_list(&c.body)
                    })
            }
            StmtKind::Select { clauses } => clauses
                .iter()
                .all(|c| !has_break(&c.body, label, true) && self.is_terminating_list(&c.body)),
            _ => false,
        }
    }
}

/// Whether a select case's statement has one of the allowed shapes: a send, a
/// receive, or an assignment/definition from a receive.
fn is_select_comm(s: &Stmt) -> bool {
    let is_recv = |e: &ast::Expr| matches!(strip(e).kind, ExprKind::Unary(UnOp::Recv, _));
    match &s.kind {
        StmtKind::Send(..) => true,
        StmtKind::Expr(e) => is_recv(e),
        StmtKind::Assign { lhs, op: None, rhs } => {
            rhs.len() == 1 && lhs.len() <= 2 && is_recv(&rhs[0])
        }
        StmtKind::Define { names, values } => {
            values.len() == 1 && names.len() <= 2 && is_recv(&values[0])
        }
        _ => false,
    }
}

/// Whether `stmts` contain a `break` that targets the enclosing statement (unlabeled
/// at this level, or labeled with `label`).
fn has_break(stmts: &[Stmt], label: Option<&str>, top: bool) -> bool {
    stmts.iter().any(|s| stmt_has_break(s, label, top))
}

fn stmt_has_break(s: &Stmt, label: Option<&str>, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => Some(l.name.as_str()) == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| stmt_has_break(e, label, top))
        }
        StmtKind::Labeled(_, inner) => stmt_has_break(inner, label, top),
        // nested breakable statements: only labeled breaks can escape
        StmtKind::For { body, .. } | StmtKind::ForRange { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::TypeSwitch { clauses, .. } => {
            clauses.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select { clauses } => clauses.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}

fn strip(e: &ast::Expr) -> &ast::Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}
