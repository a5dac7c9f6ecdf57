//! Expression checking: operands, untyped constants and their conversion, operators,
//! calls (functions, methods, builtins, conversions), selectors with embedding,
//! composite literals, function literals, indexing and assignability.

use super::constant::{self, ConstError, ConstVal};
use super::decls::is_exported;
use super::types::{Basic, Dir, Member, Signature, Type, TypeId, INVALID};
use super::*;
use crate::syntax::ast::{BinOp, Expr, ExprKind, UnOp};
use num_bigint::BigInt;

/// The result of checking an expression.
#[derive(Clone, Debug)]
pub struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
}

impl Operand {
    pub fn invalid() -> Operand {
        Operand {
            mode: Mode::Value,
            ty: INVALID,
        }
    }
    fn value(ty: TypeId) -> Operand {
        Operand {
            mode: Mode::Value,
            ty,
        }
    }
    fn constant(ty: TypeId, v: ConstVal) -> Operand {
        Operand {
            mode: Mode::Const(v),
            ty,
        }
    }
}

impl<'a> Checker<'a> {
    /// Checks `e` and records its type and mode.
    pub(crate) fn expr(&mut self, e: &Expr) -> Operand {
        let op = self.expr_inner(e);
        self.record(e, op.ty, op.mode.clone());
        op
    }

    /// Requires a single value (not a type, not a tuple, not no-value).
    pub(crate) fn single_value(&mut self, e: &Expr, op: Operand) -> Operand {
        if op.ty == INVALID {
            return op;
        }
        match &op.mode {
            Mode::NoValue => {
                let msg = format!("{} (no value) used as value", self.expr_text(e));
                self.err("no-value", e.span, msg);
                Operand::invalid()
            }
            Mode::TypeExpr => {
                let msg = format!("{} (type) is not an expression", self.expr_text(e));
                self.err("not-expr", e.span, msg);
                Operand::invalid()
            }
            Mode::Builtin(_) => {
                let msg = format!("{} (built-in) must be called", self.expr_text(e));
                self.err("not-expr", e.span, msg);
                Operand::invalid()
            }
            Mode::Pkg => {
                let msg = format!("use of package {} without selector", self.expr_text(e));
                self.err("not-expr", e.span, msg);
                Operand::invalid()
            }
            _ => {
                if let Type::Tuple(ts) = self.tt.get(op.ty) {
                    let n = ts.len();
                    let msg = format!(
                        "multiple-value {} (value of type {}) in single-value context",
                        self.expr_text(e),
                        self.show(op.ty)
                    );
                    let _ = n;
                    self.err("multi-value", e.span, msg);
                    return Operand::invalid();
                }
                op
            }
        }
    }

    /// Checks `e` as a single value.
    pub(crate) fn value(&mut self, e: &Expr) -> Operand {
        let op = self.expr(e);
        self.single_value(e, op)
    }

    /// The source text of an expression (for messages).
    pub(crate) fn expr_text(&self, e: &Expr) -> String {
        expr_string(e)
    }

    /// Go's operand description: `x (variable of type int)`, `3 (untyped int constant)`.
    pub(crate) fn describe(&self, e: &Expr, op: &Operand) -> String {
        let text = self.expr_text(e);
        let t = self.show(op.ty);
        match &op.mode {
            Mode::Var => format!("{text} (variable of type {t})"),
            Mode::Const(v) => {
                if self.tt.is_untyped(op.ty) {
                    let lit = matches!(
                        e.kind,
                        ExprKind::IntLit(_)
                            | ExprKind::FloatLit(_)
                            | ExprKind::StringLit(_)
                            | ExprKind::RuneLit(_)
                    );
                    if lit || v.describe() == text {
                        format!("{text} ({t} constant)")
                    } else {
                        format!("{text} ({t} constant {})", v.describe())
                    }
                } else if v.describe() == text {
                    format!("{text} (constant of type {t})")
                } else {
                    format!("{text} (constant {} of type {t})", v.describe())
                }
            }
            Mode::NoValue => format!("{text} (no value)"),
            _ => {
                if self.tt.get(op.ty) == &Type::Basic(Basic::UntypedNil) {
                    "nil".into()
                } else {
                    format!("{text} (value of type {t})")
                }
            }
        }
    }

    pub(crate) fn default_type(&mut self, t: TypeId) -> TypeId {
        match self.tt.get(t) {
            Type::Basic(Basic::UntypedBool) => self.basic(Basic::Bool),
            Type::Basic(Basic::UntypedInt) => self.basic(Basic::Int),
            Type::Basic(Basic::UntypedRune) => self.basic(Basic::Int32),
            Type::Basic(Basic::UntypedFloat) => self.basic(Basic::Float64),
            Type::Basic(Basic::UntypedString) => self.basic(Basic::String),
            _ => t,
        }
    }

    /// Whether a value of type `from` (typed) is assignable to `to`.
    pub(crate) fn assignable_type(&mut self, from: TypeId, to: TypeId) -> bool {
        if from == to || from == INVALID || to == INVALID {
            return true;
        }
        let (uf, ut) = (self.tt.under(from), self.tt.under(to));
        if let Type::Basic(b) = self.tt.get(from).clone() {
            if b == Basic::UntypedNil {
                return matches!(
                    self.tt.get(ut),
                    Type::Pointer(_)
                        | Type::Slice(_)
                        | Type::Map(..)
                        | Type::Chan(..)
                        | Type::Func(_)
                        | Type::Interface(_)
                ) || self.tt.get(ut) == &Type::Basic(Basic::UnsafePointer);
            }
            if b.is_untyped() {
                let Some(tb) = self.tt.basic_of(to) else {
                    if !self.tt.is_interface(to) {
                        return false;
                    }
                    let d = self.default_type_const(from);
                    return self.implements(d, to).is_ok();
                };
                return match b {
                    Basic::UntypedBool => tb.is_boolean(),
                    Basic::UntypedString => tb.is_string(),
                    Basic::UntypedInt | Basic::UntypedRune | Basic::UntypedFloat => tb.is_numeric(),
                    _ => false,
                };
            }
        }
        if uf == ut && (!self.tt.is_named(from) || !self.tt.is_named(to)) {
            return true;
        }
        if self.tt.is_interface(to) {
            return self.implements(from, to).is_ok();
        }
        // channel direction: a bidirectional channel is assignable to a directional one
        if let (Type::Chan(Dir::Both, e1), Type::Chan(_, e2)) =
            (self.tt.get(uf).clone(), self.tt.get(ut).clone())
        {
            return e1 == e2 && (!self.tt.is_named(from) || !self.tt.is_named(to));
        }
        false
    }

    fn default_type_const(&mut self, t: TypeId) -> TypeId {
        self.default_type(t)
    }

    /// Checks that `op` (the operand of `e`) can be assigned to `target` and records
    /// the conversion of untyped constants. Reports Go's `cannot use` message.
    pub(crate) fn assign_to(
        &mut self,
        e: &Expr,
        op: &Operand,
        target: TypeId,
        context: &str,
    ) -> bool {
        if op.ty == INVALID || target == INVALID {
            return false;
        }
        if let Mode::Const(v) = &op.mode {
            if self.tt.is_untyped(op.ty) {
                if self.tt.basic_of(target).is_some() {
                    return self
                        .convert_const(e, op, v.clone(), target, context)
                        .is_some();
                }
                if self.tt.is_interface(target) {
                    // the constant takes its default type, which must hold it
                    let d = self.default_type(op.ty);
                    if self.implements(d, target).is_ok() {
                        return self.convert_const(e, op, v.clone(), d, context).is_some();
                    }
                }
            }
        }
        if self.assignable_type(op.ty, target) {
            if self.tt.is_untyped(op.ty) && self.tt.get(op.ty) != &Type::Basic(Basic::UntypedNil) {
                // untyped bool from a comparison etc.
                let t = if self.tt.is_interface(target) {
                    self.default_type(op.ty)
                } else {
                    target
                };
                self.record(e, t, op.mode.clone());
            } else if self.tt.get(op.ty) == &Type::Basic(Basic::UntypedNil) {
                self.record(e, target, Mode::Value);
            }
            return true;
        }
        // Go 1.19's compiler wording for a failed assignability check
        // ("as T value" for untyped operands, whose conversion fails first)
        let as_ = if self.tt.is_untyped(op.ty) {
            format!("{} value", self.show(target))
        } else {
            format!("type {}", self.show(target))
        };
        let mut msg = format!(
            "cannot use {} as {as_} in {}",
            self.describe(e, op),
            context
        );
        if self.tt.is_interface(target) {
            if let Err(why) = self.implements(op.ty, target) {
                msg.push_str(&format!(
                    ":\n\t{} does not implement {} {}",
                    self.show(op.ty),
                    self.show(target),
                    paren_cause(&why)
                ));
            }
        }
        self.err("type-mismatch", e.span, msg);
        false
    }

    /// Converts a constant to typed `target` (basic underlying), reporting overflow.
    pub(crate) fn convert_const(
        &mut self,
        e: &Expr,
        op: &Operand,
        v: ConstVal,
        target: TypeId,
        context: &str,
    ) -> Option<ConstVal> {
        let Some(tb) = self.tt.basic_of(target) else {
            let msg = format!(
                "cannot use {} as {} value in {}",
                self.describe(e, op),
                self.show(target),
                context
            );
            self.err("type-mismatch", e.span, msg);
            return None;
        };
        let kind_ok = match &v {
            ConstVal::Bool(_) => tb.is_boolean(),
            ConstVal::Str(_) => tb.is_string(),
            ConstVal::Int(_) | ConstVal::Float(_) => tb.is_numeric(),
        };
        if !kind_ok || (!self.tt.is_untyped(op.ty) && !self.assignable_type(op.ty, target)) {
            let as_ = if self.tt.is_untyped(op.ty) {
                format!("{} value", self.show(target))
            } else {
                format!("type {}", self.show(target))
            };
            let msg = format!(
                "cannot use {} as {as_} in {}",
                self.describe(e, op),
                context
            );
            self.err("type-mismatch", e.span, msg);
            return None;
        }
        match v.represent(tb) {
            Some(r) => {
                self.record(e, target, Mode::Const(r.clone()));
                Some(r)
            }
            None => {
                let msg = if matches!(v, ConstVal::Float(_))
                    && tb.is_integer()
                    && v.as_bigint().is_none()
                {
                    format!(
                        "cannot use {} as {} value in {} (truncated)",
                        self.describe(e, op),
                        self.show(target),
                        context
                    )
                } else if self.tt.is_untyped(op.ty) {
                    format!(
                        "cannot use {} as {} value in {} (overflows)",
                        self.describe(e, op),
                        self.show(target),
                        context
                    )
                } else {
                    format!("constant {} overflows {}", v.describe(), self.show(target))
                };
                self.err("overflow", e.span, msg);
                None
            }
        }
    }

    /// Go 1.19's `wrong type for M method` cause, with its `have`/`want` lines
    /// (written after the closing parenthesis: see [`paren_cause`]).
    fn wrong_method_type(&self, name: &str, have: TypeId, want: TypeId) -> String {
        let sig = |t: TypeId| {
            let s = self.show(t);
            format!("{name}{}", s.strip_prefix("func").unwrap_or(&s))
        };
        format!(
            "wrong type for {name} method\n\t\thave {}\n\t\twant {}",
            sig(have),
            sig(want)
        )
    }

    /// Whether type `t` implements interface `iface`; the error names the missing method.
    pub(crate) fn implements(&mut self, t: TypeId, iface: TypeId) -> Result<(), String> {
        let Type::Interface(methods) = self.tt.under_type(iface).clone() else {
            return Err("not an interface".into());
        };
        if t == INVALID {
            return Ok(());
        }
        let is_iface = self.tt.is_interface(t);
        for m in &methods {
            if is_iface {
                let Type::Interface(have) = self.tt.under_type(t).clone() else {
                    unreachable!()
                };
                match have.iter().find(|h| h.name == m.name) {
                    Some(h) if h.sig == m.sig => {}
                    Some(h) => return Err(self.wrong_method_type(&m.name, h.sig, m.sig)),
                    None => return Err(format!("missing {} method", m.name)),
                }
                continue;
            }
            match self.find_member(t, &m.name) {
                Some((Selection::IfaceMethod { .. }, mt)) => {
                    if mt != m.sig {
                        return Err(self.wrong_method_type(&m.name, mt, m.sig));
                    }
                }
                Some((Selection::Method { ptr_recv, .. }, mt)) => {
                    if mt != m.sig {
                        return Err(self.wrong_method_type(&m.name, mt, m.sig));
                    }
                    let through_ptr = self.method_via_pointer(t, &m.name);
                    if ptr_recv && !through_ptr {
                        return Err(format!("{} method has pointer receiver", m.name));
                    }
                }
                _ => return Err(format!("missing {} method", m.name)),
            }
        }
        Ok(())
    }

    /// Finds field or method `name` of type `t` (auto-dereferencing one pointer level
    /// and searching embedded fields breadth first). Returns the selection and the
    /// member's type (for methods: the signature without receiver).
    pub(crate) fn find_member(&mut self, t: TypeId, name: &str) -> Option<(Selection, TypeId)> {
        Some(match self.tt.lookup(t, name)? {
            Member::Field { path, derefs, ty } => (Selection::Field { path, derefs }, ty),
            Member::Method {
                func,
                path,
                derefs,
                ptr_recv,
                ..
            } => {
                let sig = self.info.funcs[func as usize].sig;
                (
                    Selection::Method {
                        func,
                        path,
                        derefs,
                        ptr_recv,
                    },
                    sig,
                )
            }
            Member::IfaceMethod { sig, path, derefs } => (
                Selection::IfaceMethod {
                    name: name.to_string(),
                    path,
                    derefs,
                },
                sig,
            ),
        })
    }

    /// Whether method `name` of `t` is reached through a pointer (so a pointer
    /// receiver is addressable), including through an embedded `*T`.
    pub(crate) fn method_via_pointer(&self, t: TypeId, name: &str) -> bool {
        matches!(
            self.tt.lookup(t, name),
            Some(Member::Method { via_ptr: true, .. })
        )
    }

    fn expr_inner(&mut self, e: &Expr) -> Operand {
        match &e.kind {
            ExprKind::Bad => Operand::invalid(),
            ExprKind::Ident(id) => self.ident(e, id),
            ExprKind::IntLit(s) => match parse_int_lit(s) {
                Some(v) => Operand::constant(self.basic(Basic::UntypedInt), ConstVal::Int(v)),
                None => {
                    self.err("syntax", e.span, format!("invalid integer literal {s}"));
                    Operand::invalid()
                }
            },
            ExprKind::FloatLit(s) => match parse_float_lit(s) {
                Some(v) => Operand::constant(self.basic(Basic::UntypedFloat), v),
                None => {
                    self.err(
                        "syntax",
                        e.span,
                        format!("invalid floating-point literal {s}"),
                    );
                    Operand::invalid()
                }
            },
            ExprKind::ImagLit(_) => {
                self.unsupported(e.span, "complex number");
                Operand::invalid()
            }
            ExprKind::RuneLit(c) => {
                Operand::constant(self.basic(Basic::UntypedRune), ConstVal::int(*c as i64))
            }
            ExprKind::StringLit(s) => {
                Operand::constant(self.basic(Basic::UntypedString), ConstVal::Str(s.clone()))
            }
            ExprKind::Paren(inner) => self.expr(inner),
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body),
            ExprKind::Composite { ty, elems } => self.composite(e, ty.as_deref(), elems, None),
            ExprKind::Selector(base, name) => self.selector(e, base, name),
            ExprKind::Index(base, idx) => self.index(e, base, idx),
            ExprKind::Slice { base, lo, hi, max } => {
                self.slice_expr(e, base, lo.as_deref(), hi.as_deref(), max.as_deref())
            }
            ExprKind::TypeAssert(x, t) => {
                let op = self.value(x);
                let Some(t) = t else {
                    self.err("syntax", e.span, "use of .(type) outside type switch");
                    return Operand::invalid();
                };
                let target = self.resolve_type(t);
                if op.ty == INVALID || target == INVALID {
                    return Operand::invalid();
                }
                if !self.tt.is_interface(op.ty) {
                    let msg = format!(
                        "invalid operation: {} is not an interface",
                        self.describe(x, &op)
                    );
                    self.err("type-assert", x.span, msg);
                    return Operand::invalid();
                }
                if !self.tt.is_interface(target) {
                    if let Err(why) = self.implements(target, op.ty) {
                        let msg = format!(
                            "impossible type assertion: {}\n\t{} does not implement {} {}",
                            self.expr_text(e),
                            self.show(target),
                            self.show(op.ty),
                            paren_cause(&why)
                        );
                        self.err("type-assert", e.span, msg);
                    }
                }
                Operand {
                    mode: Mode::CommaOk,
                    ty: target,
                }
            }
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call(e, func, args, *ellipsis),
            ExprKind::Unary(op, x) => self.unary(e, *op, x),
            ExprKind::Binary(op, a, b) => self.binary(e, *op, a, b),
            ExprKind::Type(t) => {
                let ty = self.resolve_type(t);
                Operand {
                    mode: Mode::TypeExpr,
                    ty,
                }
            }
        }
    }

    fn ident(&mut self, e: &Expr, id: &ast::Ident) -> Operand {
        if id.name == "_" {
            self.err("blank", e.span, "cannot use _ as value");
            return Operand::invalid();
        }
        if id.name == "iota" {
            if let Some(i) = self.iota {
                if self.lookup("iota", false).is_none() {
                    return Operand::constant(
                        self.basic(Basic::UntypedInt),
                        ConstVal::int(i as i64),
                    );
                }
            }
        }
        let Some(obj) = self.lookup(&id.name, true) else {
            self.err("undefined", id.span, format!("undefined: {}", id.name));
            return Operand::invalid();
        };
        self.resolve_obj(e, obj)
    }

    /// The operand an object denotes (records the use).
    fn resolve_obj(&mut self, e: &Expr, obj: Obj) -> Operand {
        let obj = match obj {
            Obj::LazyConst(i) => match self.eval_lazy_const(i) {
                Some((t, v)) => Obj::Const(t, v),
                None => return Operand::invalid(),
            },
            o => o,
        };
        self.info.uses.insert(e.id, obj.clone());
        match obj {
            Obj::Var(v) => {
                if let Some(&i) = self.spec_of_var.get(&v) {
                    if self.global_specs[i].state != 2 {
                        self.check_global_spec(i);
                    }
                }
                Operand {
                    mode: Mode::Var,
                    ty: self.info.vars[v as usize].ty,
                }
            }
            Obj::Const(t, v) => Operand::constant(t, v),
            Obj::Type(t) => Operand {
                mode: Mode::TypeExpr,
                ty: t,
            },
            Obj::Func(f) => Operand::value(self.info.funcs[f as usize].sig),
            Obj::Pkg(_) => Operand {
                mode: Mode::Pkg,
                ty: INVALID,
            },
            Obj::Builtin(b) => Operand {
                mode: Mode::Builtin(b),
                ty: INVALID,
            },
            Obj::Nil => Operand::value(self.basic(Basic::UntypedNil)),
            Obj::GenericFunc(_) | Obj::GenericType(_) => {
                self.info.uses.remove(&e.id);
                let what = if matches!(obj, Obj::GenericFunc(_)) {
                    "function"
                } else {
                    "type"
                };
                let msg = format!(
                    "cannot use generic {what} {} without instantiation",
                    self.expr_text(e)
                );
                self.err("generic", e.span, msg);
                Operand::invalid()
            }
            Obj::LazyConst(_) => unreachable!(),
        }
    }

    fn func_lit(&mut self, e: &Expr, sig: &ast::FuncType, body: &ast::Block) -> Operand {
        let st = self.func_type(sig, false);
        let parent = self.funcs.last().map(|f| f.func);
        let name = match parent {
            Some(p) => {
                // name after the outermost declared function, like Go (main.main.func1);
                // instances share their names, so the enclosing one is found on the stack
                let mut root = p;
                if let Some(r) =
                    self.funcs.iter().rev().map(|f| f.func).find(|&f| {
                        !matches!(self.info.funcs[f as usize].source, FuncSource::Lit(_))
                    })
                {
                    root = r;
                }
                while let FuncSource::Lit(_) = self.info.funcs[root as usize].source {
                    let n = &self.info.funcs[root as usize].name;
                    let Some(pos) = n.rfind(".func") else { break };
                    let prefix = n[..pos].to_string();
                    match self.info.funcs.iter().position(|f| f.name == prefix) {
                        Some(r) => root = r as FuncId,
                        None => break,
                    }
                }
                self.info.funcs[root as usize].lit_count += 1;
                format!(
                    "{}.func{}",
                    self.info.funcs[root as usize].name, self.info.funcs[root as usize].lit_count
                )
            }
            None => {
                let path = self.pkg_path().to_string();
                let n = self
                    .info
                    .funcs
                    .iter()
                    .filter(|f| f.name.starts_with(&format!("{path}.glob..func")))
                    .count();
                format!("{path}.glob..func{}", n + 1)
            }
        };
        let fid = self.info.funcs.len() as FuncId;
        self.info.funcs.push(FuncInfo {
            name,
            pkg: self.cur_pkg,
            sig: st,
            recv: None,
            params: vec![],
            results: vec![],
            named_results: sig.results.iter().any(|p| p.name.is_some()),
            captures: vec![],
            source: FuncSource::Lit(e.id),
            native: false,
            span: e.span,
            lit_count: 0,
        });
        self.info.lits.insert(e.id, fid);
        self.check_func_body(fid, None, sig, body);
        Operand::value(st)
    }

    fn selector(&mut self, e: &Expr, base: &Expr, name: &ast::Ident) -> Operand {
        // package-qualified identifier
        if let ExprKind::Ident(pid) = &base.kind {
            if let Some(Obj::Pkg(p)) = self.lookup(&pid.name, true) {
                self.record(base, INVALID, Mode::Pkg);
                let obj = self.scopes_pkg[p as usize].scope.get(&name.name).cloned();
                let exists = obj.is_some();
                let Some(obj) = obj.filter(|_| is_exported(&name.name)) else {
                    let msg = if exists {
                        format!("name {} not exported by package {}", name.name, pid.name)
                    } else {
                        format!("undefined: {}.{}", pid.name, name.name)
                    };
                    // at the name, as Go reports it
                    self.err("undefined", name.span, msg);
                    return Operand::invalid();
                };
                let saved = self.cur_pkg;
                let obj = match obj {
                    Obj::LazyConst(i) => match self.eval_lazy_const(i) {
                        Some((t, v)) => Obj::Const(t, v),
                        None => return Operand::invalid(),
                    },
                    o => o,
                };
                self.cur_pkg = saved;
                self.info.selections.insert(e.id, Selection::Qualified);
                return self.resolve_obj(e, obj);
            }
        }
        let op = self.expr(base);
        if op.ty == INVALID {
            return Operand::invalid();
        }
        if op.mode == Mode::TypeExpr {
            // method expression T.M: a function taking the receiver first
            let t = op.ty;
            let member = self.tt.lookup(t, &name.name);
            let (func, path, ptr_recv, via_ptr, msig) = match member {
                Some(Member::Method {
                    func,
                    path,
                    ptr_recv,
                    via_ptr,
                    ..
                }) => (
                    Some(func),
                    path,
                    ptr_recv,
                    via_ptr,
                    self.info.funcs[func as usize].sig,
                ),
                Some(Member::IfaceMethod { sig, path, derefs })
                    if self.tt.pointer_elem(t).is_none() =>
                {
                    let via = derefs.iter().any(|d| *d);
                    (None, path, false, via, sig)
                }
                _ => (None, vec![], false, false, INVALID),
            };
            if msig == INVALID {
                let msg = format!(
                    "{}.{} undefined (type {} has no method {})",
                    self.expr_text(base),
                    name.name,
                    self.show(t),
                    name.name
                );
                self.err("undefined", name.span, msg);
                return Operand::invalid();
            };
            let is_ptr = self.tt.pointer_elem(t).is_some();
            if ptr_recv && !via_ptr {
                let msg = format!(
                    "invalid method expression {}.{} (needs pointer receiver (*{}).{})",
                    self.expr_text(base),
                    name.name,
                    self.show(t),
                    name.name
                );
                self.err("method-expr", e.span, msg);
                return Operand::invalid();
            }
            let Some(sig) = self.tt.signature(msig).cloned() else {
                return Operand::invalid();
            };
            let mut params = vec![t];
            params.extend(sig.params.iter().copied());
            let ft = self.tt.intern(Type::Func(Signature {
                params,
                results: sig.results.clone(),
                variadic: sig.variadic,
            }));
            // the method itself when the receiver is exactly `t`; otherwise a
            // wrapper function reaching the receiver (deref, embedding, interface)
            if let Some(f) = func {
                self.deps.push(Obj::Func(f));
            }
            let direct = func.filter(|_| path.is_empty() && ptr_recv == is_ptr);
            self.info.selections.insert(
                e.id,
                Selection::MethodExpr {
                    func: direct,
                    recv: t,
                    name: name.name.clone(),
                },
            );
            return Operand::value(ft);
        }
        let op = self.single_value(base, op);
        if op.ty == INVALID {
            return op;
        }
        match self.find_member(op.ty, &name.name) {
            Some((sel, ty)) => {
                let mode = match &sel {
                    Selection::Field { derefs, .. } => {
                        if op.mode == Mode::Var || derefs.iter().any(|d| *d) {
                            Mode::Var
                        } else {
                            Mode::Value
                        }
                    }
                    _ => Mode::Value,
                };
                if let Selection::Method { ptr_recv: true, .. } = &sel {
                    let through_ptr = self.method_via_pointer(op.ty, &name.name);
                    if !through_ptr {
                        if op.mode != Mode::Var {
                            let msg = format!(
                                "cannot call pointer method {} on {}",
                                name.name,
                                self.show(op.ty)
                            );
                            self.err("addressable", e.span, msg);
                            return Operand::invalid();
                        }
                        self.mark_addressed(base);
                    }
                }
                if let Selection::Method { func, .. } = &sel {
                    // a method reference orders package initialisation like a
                    // function reference (Go spec, "Package initialization")
                    self.deps.push(Obj::Func(*func));
                }
                self.info.selections.insert(e.id, sel);
                Operand { mode, ty }
            }
            None => {
                // Go 1.19: a hint when the name with its first letter's case
                // flipped exists
                let mut chars = name.name.chars();
                let alt: String = match chars.next() {
                    Some(c) if c.is_uppercase() => c.to_lowercase().chain(chars).collect(),
                    Some(c) => c.to_uppercase().chain(chars).collect(),
                    None => String::new(),
                };
                let hint = if !alt.is_empty() && self.find_member(op.ty, &alt).is_some() {
                    format!(", but does have {alt}")
                } else {
                    String::new()
                };
                let what = format!(
                    "{}.{} undefined (type {} has no field or method {}{hint})",
                    self.expr_text(base),
                    name.name,
                    self.show(op.ty),
                    name.name
                );
                self.err("undefined", name.span, what);
                Operand::invalid()
            }
        }
    }

    /// The variable at the root of an addressable expression must live in a box.
    pub(crate) fn mark_addressed(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Ident(_) => {
                if let Some(Obj::Var(v)) = self.info.uses.get(&e.id) {
                    let v = *v;
                    if self.info.vars[v as usize].global_slot.is_none()
                        && self.info.vars[v as usize].owner.is_some()
                    {
                        self.info.vars[v as usize].boxed = true;
                    }
                }
            }
            ExprKind::Paren(x) => self.mark_addressed(x),
            ExprKind::Selector(x, _) => {
                if let Some(Selection::Field { derefs, .. }) = self.info.selections.get(&e.id) {
                    if derefs.iter().any(|d| *d) {
                        return;
                    }
                }
                self.mark_addressed(x)
            }
            ExprKind::Index(x, _) => {
                if let Some(info) = self.info.exprs.get(&x.id) {
                    if matches!(self.tt.under_type(info.ty), Type::Array(..)) {
                        self.mark_addressed(x)
                    }
                }
            }
            _ => {}
        }
    }

    fn index(&mut self, e: &Expr, base: &Expr, idx: &[Expr]) -> Operand {
        if let Some(op) = self.generic_index(e, base, idx) {
            return op;
        }
        let op = self.expr(base);
        if op.ty == INVALID {
            for i in idx {
                self.expr(i);
            }
            return Operand::invalid();
        }
        if op.mode == Mode::TypeExpr || idx.len() != 1 {
            self.unsupported(e.span, "generic instantiation");
            return Operand::invalid();
        }
        let op = self.single_value(base, op);
        let int = self.basic(Basic::Int);
        let (elem, mode, len) = match self.tt.under_type(op.ty).clone() {
            Type::Basic(b) if b.is_string() => (self.basic(Basic::Uint8), Mode::Value, None),
            Type::Slice(el) => (el, Mode::Var, None),
            Type::Array(n, el) => (
                el,
                if op.mode == Mode::Var {
                    Mode::Var
                } else {
                    Mode::Value
                },
                Some(n),
            ),
            Type::Pointer(p) => match self.tt.under_type(p).clone() {
                Type::Array(n, el) => (el, Mode::Var, Some(n)),
                _ => {
                    let msg = format!(
                        "invalid operation: cannot index {}",
                        self.describe(base, &op)
                    );
                    self.err("index", e.span, msg);
                    return Operand::invalid();
                }
            },
            Type::Map(k, v) => {
                let ko = self.value(&idx[0]);
                self.assign_to(&idx[0], &ko, k, "map index");
                return Operand {
                    mode: Mode::MapIndex,
                    ty: v,
                };
            }
            _ => {
                let msg = format!(
                    "invalid operation: cannot index {}",
                    self.describe(base, &op)
                );
                self.err("index", e.span, msg);
                return Operand::invalid();
            }
        };
        let i = self.value(&idx[0]);
        self.check_index(&idx[0], &i, len, int);
        // a variable array indexed at run time lives in memory
        if matches!(self.tt.under_type(op.ty), Type::Array(..)) && !matches!(i.mode, Mode::Const(_))
        {
            self.mark_addressed(base);
        }
        if let (Mode::Const(ConstVal::Str(s)), Mode::Const(ConstVal::Int(k))) = (&op.mode, &i.mode)
        {
            if let Some(b) = num_traits::ToPrimitive::to_usize(k).and_then(|k| s.get(k)) {
                let _ = b;
            }
        }
        Operand { mode, ty: elem }
    }

    /// Checks an index operand: integer type, non-negative constant, in range.
    fn check_index(&mut self, ie: &Expr, i: &Operand, len: Option<u64>, int: TypeId) {
        if i.ty == INVALID {
            return;
        }
        let is_int = self.tt.basic_of(i.ty).is_some_and(|b| b.is_integer())
            || matches!(&i.mode, Mode::Const(v) if v.as_bigint().is_some() && self.tt.is_untyped(i.ty));
        if !is_int {
            let msg = format!(
                "invalid argument: index {} must be integer",
                self.describe(ie, i)
            );
            self.err("index", ie.span, msg);
            return;
        }
        if let Mode::Const(v) = &i.mode {
            if let Some(k) = v.as_bigint() {
                if k < BigInt::from(0) {
                    let msg = format!(
                        "invalid argument: index {} must not be negative",
                        self.describe(ie, i)
                    );
                    self.err("index", ie.span, msg);
                    return;
                }
                if let Some(n) = len {
                    if k >= BigInt::from(n) {
                        let msg = format!(
                            "invalid argument: index {} out of bounds [0:{}]",
                            self.expr_text(ie),
                            n
                        );
                        self.err("index", ie.span, msg);
                        return;
                    }
                }
            }
            if self.tt.is_untyped(i.ty) {
                self.convert_const(ie, i, v.clone(), int, "index");
            }
        }
    }

    fn slice_expr(
        &mut self,
        e: &Expr,
        base: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
    ) -> Operand {
        let op = self.value(base);
        let int = self.basic(Basic::Int);
        for x in [lo, hi, max].into_iter().flatten() {
            let i = self.value(x);
            self.check_index(x, &i, None, int);
        }
        if op.ty == INVALID {
            return op;
        }
        match self.tt.under_type(op.ty).clone() {
            Type::Basic(b) if b.is_string() => {
                if max.is_some() {
                    self.err(
                        "slice",
                        e.span,
                        "invalid operation: 3-index slice of string",
                    );
                    return Operand::invalid();
                }
                let t = if self.tt.is_untyped(op.ty) {
                    self.basic(Basic::String)
                } else {
                    op.ty
                };
                Operand::value(t)
            }
            Type::Slice(_) => Operand::value(op.ty),
            Type::Array(_, el) => {
                if op.mode != Mode::Var {
                    let msg = format!(
                        "invalid operation: {} (slice of unaddressable value)",
                        self.expr_text(e)
                    );
                    self.err("slice", e.span, msg);
                    return Operand::invalid();
                }
                // the array must be a heap object the slice can share
                self.mark_addressed(base);
                Operand::value(self.tt.intern(Type::Slice(el)))
            }
            Type::Pointer(at) if matches!(self.tt.under_type(at), Type::Array(..)) => {
                let Type::Array(_, el) = self.tt.under_type(at).clone() else {
                    unreachable!("matched above")
                };
                Operand::value(self.tt.intern(Type::Slice(el)))
            }
            _ => {
                self.unsupported(e.span, "slicing of this type");
                Operand::invalid()
            }
        }
    }

    fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr) -> Operand {
        match op {
            UnOp::Addr => {
                if let ExprKind::Composite { ty, elems } = &strip_parens(x).kind {
                    let inner = strip_parens(x);
                    let o = self.composite(inner, ty.as_deref(), elems, None);
                    self.record(inner, o.ty, o.mode.clone());
                    if x.id != inner.id {
                        self.record(x, o.ty, o.mode.clone());
                    }
                    if o.ty == INVALID {
                        return o;
                    }
                    return Operand::value(self.tt.intern(Type::Pointer(o.ty)));
                }
                let o = self.value(x);
                if o.ty == INVALID {
                    return o;
                }
                if o.mode != Mode::Var {
                    let msg = format!(
                        "invalid operation: cannot take address of {}",
                        self.describe(x, &o)
                    );
                    self.err("addressable", x.span, msg);
                    return Operand::invalid();
                }
                self.mark_addressed(x);
                Operand::value(self.tt.intern(Type::Pointer(o.ty)))
            }
            UnOp::Deref => {
                let o = self.expr(x);
                if o.ty == INVALID {
                    return o;
                }
                if o.mode == Mode::TypeExpr {
                    return Operand {
                        mode: Mode::TypeExpr,
                        ty: self.tt.intern(Type::Pointer(o.ty)),
                    };
                }
                let o = self.single_value(x, o);
                if self.tt.get(o.ty) == &Type::Basic(Basic::UntypedNil) {
                    self.err("deref", x.span, "invalid operation: cannot indirect nil");
                    return Operand::invalid();
                }
                match self.tt.pointer_elem(o.ty) {
                    Some(el) => Operand {
                        mode: Mode::Var,
                        ty: el,
                    },
                    None => {
                        let msg = format!(
                            "invalid operation: cannot indirect {}",
                            self.describe(x, &o)
                        );
                        self.err("deref", x.span, msg);
                        Operand::invalid()
                    }
                }
            }
            UnOp::Recv => {
                let o = self.value(x);
                if o.ty == INVALID {
                    return o;
                }
                match self.tt.under_type(o.ty).clone() {
                    Type::Chan(Dir::Send, _) => {
                        let msg = format!(
                            "invalid operation: cannot receive from send-only channel {}",
                            self.describe(x, &o)
                        );
                        self.err("chan-dir", e.span, msg);
                        Operand::invalid()
                    }
                    Type::Chan(_, el) => Operand {
                        mode: Mode::CommaOk,
                        ty: el,
                    },
                    _ => {
                        let msg = format!(
                            "invalid operation: cannot receive from non-channel {}",
                            self.describe(x, &o)
                        );
                        self.err("chan", e.span, msg);
                        Operand::invalid()
                    }
                }
            }
            UnOp::Plus | UnOp::Neg | UnOp::Not | UnOp::BitNot => {
                let o = self.value(x);
                if o.ty == INVALID {
                    return o;
                }
                let b = self.tt.basic_of(o.ty);
                let ok = match (op, b) {
                    (UnOp::Not, Some(b)) => b.is_boolean(),
                    (UnOp::BitNot, Some(b)) => b.is_integer(),
                    (UnOp::Plus | UnOp::Neg, Some(b)) => b.is_numeric(),
                    _ => false,
                };
                if !ok {
                    let sym = match op {
                        UnOp::Not => "!",
                        UnOp::BitNot => "^",
                        UnOp::Neg => "-",
                        _ => "+",
                    };
                    let msg = format!(
                        "invalid operation: operator {} not defined on {}",
                        sym,
                        self.describe(x, &o)
                    );
                    self.err("operator", x.span, msg);
                    return Operand::invalid();
                }
                if let Mode::Const(v) = &o.mode {
                    let b = b.unwrap();
                    let r = match (op, v) {
                        (UnOp::Plus, _) => Some(v.clone()),
                        (UnOp::Neg, ConstVal::Int(i)) => Some(ConstVal::Int(-i)),
                        (UnOp::Neg, ConstVal::Float(f)) => Some(ConstVal::Float(-f.clone())),
                        (UnOp::Not, ConstVal::Bool(x)) => Some(ConstVal::Bool(!x)),
                        (UnOp::BitNot, ConstVal::Int(i)) => {
                            if b.is_unsigned() {
                                Some(ConstVal::Int(constant::wrap_to(&!i.clone(), b)))
                            } else {
                                Some(ConstVal::Int(!i.clone()))
                            }
                        }
                        _ => None,
                    };
                    if let Some(r) = r {
                        if !b.is_untyped() && r.represent(b).is_none() {
                            let msg =
                                format!("constant {} overflows {}", r.describe(), self.show(o.ty));
                            self.err("overflow", e.span, msg);
                            return Operand::invalid();
                        }
                        return Operand::constant(o.ty, r);
                    }
                }
                Operand::value(o.ty)
            }
        }
    }

    /// Why values of type `t` cannot be compared, in Go's words.
    pub(crate) fn incomparable_cause(&self, t: TypeId) -> String {
        match self.tt.under_type(t) {
            Type::Slice(_) => return "slice can only be compared to nil".into(),
            Type::Map(..) => return "map can only be compared to nil".into(),
            Type::Func(_) => return "func can only be compared to nil".into(),
            _ => {}
        }
        self.incomparable_part(t)
            .unwrap_or_else(|| "incomparable type".into())
    }

    fn incomparable_part(&self, t: TypeId) -> Option<String> {
        match self.tt.under_type(t) {
            Type::Struct(fields) => fields
                .iter()
                .find(|f| !self.tt.comparable(f.ty))
                .map(|f| format!("struct containing {} cannot be compared", self.show(f.ty))),
            Type::Array(_, el) if !self.tt.comparable(*el) => {
                Some(format!("{} cannot be compared", self.show(t)))
            }
            _ => None,
        }
    }

    /// Brings two operands to a common type for a binary operation (untyped
    /// conversion); returns the type, or None after reporting a mismatch.
    fn match_types(
        &mut self,
        e: &Expr,
        op: BinOp,
        a: &Expr,
        oa: &Operand,
        b: &Expr,
        ob: &Operand,
    ) -> Option<TypeId> {
        let (ua, ub) = (self.tt.is_untyped(oa.ty), self.tt.is_untyped(ob.ty));
        let nil = self.basic(Basic::UntypedNil);
        // an untyped constant meeting an interface outside == and != takes its
        // default type, which then mismatches (Go: `mismatched types any and int`)
        if !matches!(op, BinOp::Eq | BinOp::Ne) && ua != ub {
            let (u, t) = if ua { (oa.ty, ob.ty) } else { (ob.ty, oa.ty) };
            if u != nil && self.tt.is_interface(t) {
                let d = self.default_type(u);
                let (x, y) = if ua { (d, t) } else { (t, d) };
                let msg = format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    self.expr_text(e),
                    self.show(x),
                    self.show(y)
                );
                self.err("type-mismatch", e.span, msg);
                return None;
            }
        }
        if ua && !ub {
            if self.convert_untyped_to(a, oa, ob.ty) {
                return Some(ob.ty);
            }
        } else if ub && !ua {
            if self.convert_untyped_to(b, ob, oa.ty) {
                return Some(oa.ty);
            }
        } else if ua && ub {
            if oa.ty == nil || ob.ty == nil {
                if oa.ty == nil && ob.ty == nil {
                    let msg = format!(
                        "invalid operation: {} (operator {} not defined on untyped nil)",
                        self.expr_text(e),
                        op.as_str()
                    );
                    // Go: at the second operand
                    self.err("operator", b.span, msg);
                    return None;
                }
            } else {
                // both untyped: the "larger" kind wins
                let rank = |t: &Type| match t {
                    Type::Basic(Basic::UntypedInt) => 1,
                    Type::Basic(Basic::UntypedRune) => 2,
                    Type::Basic(Basic::UntypedFloat) => 3,
                    _ => 0,
                };
                let (ra, rb) = (rank(self.tt.get(oa.ty)), rank(self.tt.get(ob.ty)));
                if ra > 0 && rb > 0 {
                    return Some(if ra >= rb { oa.ty } else { ob.ty });
                }
                if oa.ty == ob.ty {
                    return Some(oa.ty);
                }
            }
        } else if self.tt.identical(oa.ty, ob.ty) {
            return Some(oa.ty);
        } else if matches!(op, BinOp::Eq | BinOp::Ne)
            && (self.assignable_type(oa.ty, ob.ty) || self.assignable_type(ob.ty, oa.ty))
        {
            // comparison of interface with concrete value
            return Some(if self.tt.is_interface(oa.ty) {
                oa.ty
            } else {
                ob.ty
            });
        }
        let msg = format!(
            "invalid operation: {} (mismatched types {} and {})",
            self.expr_text(e),
            self.show(oa.ty),
            self.show(ob.ty)
        );
        // Go reports a mismatched comparison at its second operand (only
        // known to mismatch once seen), other operations at the first
        let is_cmp = matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        );
        let at = if is_cmp { b.span } else { e.span };
        self.err("type-mismatch", at, msg);
        None
    }

    /// Converts an untyped operand to `target` in a binary operation.
    fn convert_untyped_to(&mut self, e: &Expr, op: &Operand, target: TypeId) -> bool {
        if self.tt.get(op.ty) == &Type::Basic(Basic::UntypedNil) {
            let ok = self.assignable_type(op.ty, target);
            if ok {
                self.record(e, target, Mode::Value);
            }
            return ok;
        }
        if let Mode::Const(v) = &op.mode {
            if self.tt.is_interface(target) {
                let d = self.default_type(op.ty);
                if let Some(rep) = v.represent(self.tt.basic_of(d).unwrap()) {
                    self.record(e, d, Mode::Const(rep));
                }
                return true;
            }
            let Some(tb) = self.tt.basic_of(target) else {
                return false;
            };
            let kind_ok = match v {
                ConstVal::Bool(_) => tb.is_boolean(),
                ConstVal::Str(_) => tb.is_string(),
                _ => tb.is_numeric(),
            };
            if !kind_ok {
                return false;
            }
            // an overflow was reported; the operand keeps its target type
            self.convert_const(e, op, v.clone(), target, "operation");
            return true;
        }
        // untyped non-constant (comparison result, shifted constant)
        let ok = self.assignable_type(op.ty, target);
        if ok {
            self.record(e, target, op.mode.clone());
        }
        ok
    }

    fn binary(&mut self, e: &Expr, op: BinOp, a: &Expr, b: &Expr) -> Operand {
        let oa = self.value(a);
        let ob = self.value(b);
        if oa.ty == INVALID || ob.ty == INVALID {
            return Operand::invalid();
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, a, &oa, b, &ob);
        }
        let Some(t) = self.match_types(e, op, a, &oa, b, &ob) else {
            return Operand::invalid();
        };
        let is_cmp = matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        );
        let bt = self.tt.basic_of(t);
        // operator applicability
        let ok = match op {
            BinOp::Eq | BinOp::Ne => {
                let nil = self.basic(Basic::UntypedNil);
                if oa.ty == nil || ob.ty == nil {
                    true
                } else {
                    self.tt.comparable(t)
                }
            }
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                bt.is_some_and(|b| b.is_numeric() || b.is_string())
            }
            BinOp::Add => bt.is_some_and(|b| b.is_numeric() || b.is_string()),
            BinOp::Sub | BinOp::Mul | BinOp::Div => bt.is_some_and(|b| b.is_numeric()),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => {
                bt.is_some_and(|b| b.is_integer())
            }
            BinOp::LAnd | BinOp::LOr => bt.is_some_and(|b| b.is_boolean()),
            BinOp::Shl | BinOp::Shr => unreachable!(),
        };
        if !ok {
            let what = if is_cmp && matches!(op, BinOp::Eq | BinOp::Ne) {
                let kind = self.incomparable_cause(t);
                format!("invalid operation: {} ({})", self.expr_text(e), kind)
            } else {
                format!(
                    "invalid operation: operator {} not defined on {}",
                    op.as_str(),
                    self.describe(a, &oa)
                )
            };
            self.err("operator", e.span, what);
            return Operand::invalid();
        }
        // constant folding
        let (ca, cb) = (self.const_of(a, &oa), self.const_of(b, &ob));
        if let (Some(va), Some(vb)) = (ca, cb) {
            let int_div = bt.is_some_and(|b| b.is_integer());
            match constant::binary(op, &va, &vb, int_div) {
                Ok(r) => {
                    if is_cmp {
                        return Operand::constant(self.basic(Basic::UntypedBool), r);
                    }
                    let r = match (&r, bt) {
                        (ConstVal::Int(i), Some(b)) if !b.is_untyped() && b.is_float() => {
                            ConstVal::Float(num_rational::BigRational::from_integer(i.clone()))
                        }
                        _ => r,
                    };
                    if let Some(b) = bt {
                        if !b.is_untyped() {
                            match r.represent(b) {
                                Some(rep) => return Operand::constant(t, rep),
                                None => {
                                    let msg = format!(
                                        "constant {} overflows {}",
                                        r.describe(),
                                        self.show(t)
                                    );
                                    self.err("overflow", e.span, msg);
                                    return Operand::invalid();
                                }
                            }
                        }
                    }
                    return Operand::constant(t, r);
                }
                Err(ConstError::DivByZero) => {
                    self.err("div-zero", b.span, "invalid operation: division by zero");
                    return Operand::invalid();
                }
                Err(_) => return Operand::invalid(),
            }
        }
        if matches!(op, BinOp::Div | BinOp::Rem) {
            if let Mode::Const(v) = &ob.mode {
                if v.as_f64() == Some(0.0) {
                    self.err("div-zero", b.span, "invalid operation: division by zero");
                    return Operand::invalid();
                }
            }
        }
        if is_cmp {
            return Operand::value(self.basic(Basic::UntypedBool));
        }
        Operand::value(t)
    }

    /// The constant value of an operand after conversion (re-read from the record).
    fn const_of(&self, e: &Expr, op: &Operand) -> Option<ConstVal> {
        match self.info.exprs.get(&e.id).map(|i| &i.mode) {
            Some(Mode::Const(v)) => Some(v.clone()),
            _ => match &op.mode {
                Mode::Const(v) => Some(v.clone()),
                _ => None,
            },
        }
    }

    fn shift(
        &mut self,
        e: &Expr,
        op: BinOp,
        a: &Expr,
        oa: &Operand,
        b: &Expr,
        ob: &Operand,
    ) -> Operand {
        let bb = self.tt.basic_of(ob.ty);
        let count_ok = bb.is_some_and(|b| b.is_integer())
            || matches!(&ob.mode, Mode::Const(v) if v.as_bigint().is_some());
        if !count_ok {
            let msg = format!(
                "invalid operation: shift count {} must be integer",
                self.describe(b, ob)
            );
            self.err("shift", b.span, msg);
            return Operand::invalid();
        }
        if let Mode::Const(v) = &ob.mode {
            if v.as_bigint().is_some_and(|k| k < BigInt::from(0)) {
                let msg = format!("invalid shift count {}", self.describe(b, ob));
                self.err("shift", b.span, msg);
                return Operand::invalid();
            }
            if self.tt.is_untyped(ob.ty) {
                let uint = self.basic(Basic::Uint);
                self.convert_const(b, ob, v.clone(), uint, "shift");
            }
        }
        let ab = self.tt.basic_of(oa.ty);
        let left_int = ab.is_some_and(|b| b.is_integer())
            || matches!(&oa.mode, Mode::Const(v) if v.as_bigint().is_some() && self.tt.is_untyped(oa.ty));
        if !left_int {
            let msg = format!(
                "invalid operation: shifted operand {} must be integer",
                self.describe(a, oa)
            );
            self.err("shift", a.span, msg);
            return Operand::invalid();
        }
        if let (Mode::Const(va), Mode::Const(vb)) = (&oa.mode, &ob.mode) {
            let va = ConstVal::Int(va.as_bigint().unwrap());
            match constant::binary(op, &va, vb, true) {
                Ok(r) => {
                    let t = if self.tt.get(oa.ty) == &Type::Basic(Basic::UntypedFloat) {
                        self.basic(Basic::UntypedInt)
                    } else {
                        oa.ty
                    };
                    if let Some(b) = self.tt.basic_of(t) {
                        if !b.is_untyped() && r.represent(b).is_none() {
                            let msg =
                                format!("constant {} overflows {}", r.describe(), self.show(t));
                            self.err("overflow", e.span, msg);
                            return Operand::invalid();
                        }
                    }
                    return Operand::constant(t, r);
                }
                Err(_) => {
                    self.err("shift", b.span, "invalid shift count");
                    return Operand::invalid();
                }
            }
        }
        if self.tt.is_untyped(oa.ty) {
            // A non-constant shift of an untyped constant takes the type the
            // constant would have in this context (spec): it stays an untyped
            // non-constant value until an assignment or operation types it.
            let ui = self.basic(Basic::UntypedInt);
            return Operand::value(ui);
        }
        Operand::value(oa.ty)
    }

    /// Checks a call expression: conversion, builtin, function or method call.
    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], ellipsis: bool) -> Operand {
        if let Some((g, targs)) = self.generic_callee(func) {
            return self.generic_call(e, func, g, targs, args, ellipsis);
        }
        let f = self.expr(func);
        if f.ty == INVALID && !matches!(f.mode, Mode::Builtin(_)) {
            for a in args {
                self.expr(a);
            }
            return Operand::invalid();
        }
        match f.mode.clone() {
            Mode::TypeExpr => return self.conversion(e, f.ty, args),
            Mode::Builtin(b) => return self.builtin(e, b, args, ellipsis),
            _ => {}
        }
        let f = self.single_value(func, f);
        let Some(sig) = self.tt.signature(f.ty).cloned() else {
            if f.ty != INVALID {
                let msg = format!(
                    "invalid operation: cannot call non-function {}",
                    self.describe(func, &f)
                );
                self.err("call", e.span, msg);
            }
            for a in args {
                self.expr(a);
            }
            return Operand::invalid();
        };
        let fname = self.expr_text(func);
        self.check_args(e, &fname, &sig, args, ellipsis, None);
        self.call_result(&sig)
    }

    /// The operand of a call of a function with signature `sig`.
    pub(crate) fn call_result(&mut self, sig: &Signature) -> Operand {
        match sig.results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                ty: self.tt.intern(Type::Tuple(vec![])),
            },
            1 => Operand::value(sig.results[0]),
            _ => Operand::value(self.tt.intern(Type::Tuple(sig.results.clone()))),
        }
    }

    /// Checks call arguments against a signature (counts, assignability, variadic).
    pub(crate) fn check_args(
        &mut self,
        e: &Expr,
        fname: &str,
        sig: &Signature,
        args: &[Expr],
        ellipsis: bool,
        pre: Option<Vec<Operand>>,
    ) {
        // f(g()) where g returns several values
        if args.len() == 1 && (sig.params.len() > 1 || sig.variadic) && !ellipsis {
            let op = match &pre {
                Some(ops) => ops[0].clone(),
                None => self.expr(&args[0]),
            };
            if let Type::Tuple(ts) = self.tt.get(op.ty).clone() {
                let need = sig.params.len();
                if ts.len() < need - usize::from(sig.variadic) || (!sig.variadic && ts.len() > need)
                {
                    self.arg_count_error(e, args, fname, sig, &ts, ts.len() < need);
                    return;
                }
                for (i, t) in ts.iter().enumerate() {
                    let pt = self.param_type(sig, i, false);
                    if !self.assignable_type(*t, pt) {
                        let msg = format!(
                            "cannot use {} (value of type {}) as type {} in argument to {}",
                            self.expr_text(&args[0]),
                            self.show(*t),
                            self.show(pt),
                            fname
                        );
                        self.err("type-mismatch", args[0].span, msg);
                    }
                }
                return;
            }
            let op = self.single_value(&args[0], op);
            self.check_rest_args(e, fname, sig, args, ellipsis, Some(vec![op]));
            return;
        }
        self.check_rest_args(e, fname, sig, args, ellipsis, pre);
    }

    pub(crate) fn param_type(&mut self, sig: &Signature, i: usize, spread: bool) -> TypeId {
        let n = sig.params.len();
        if sig.variadic && i >= n - 1 {
            let last = sig.params[n - 1];
            if spread {
                return last;
            }
            return match self.tt.get(last) {
                Type::Slice(el) => *el,
                _ => INVALID,
            };
        }
        sig.params.get(i).copied().unwrap_or(INVALID)
    }

    fn check_rest_args(
        &mut self,
        e: &Expr,
        fname: &str,
        sig: &Signature,
        args: &[Expr],
        ellipsis: bool,
        pre: Option<Vec<Operand>>,
    ) {
        let n = sig.params.len();
        let mut ops = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let op = match pre.as_ref().and_then(|p| p.get(i)) {
                Some(op) => op.clone(),
                None => self.value(a),
            };
            ops.push(op);
        }
        let too_few = if sig.variadic {
            args.len() + 1 < n
        } else {
            args.len() < n
        };
        let too_many = !sig.variadic && args.len() > n;
        if ellipsis && !sig.variadic {
            self.err(
                "variadic",
                e.span,
                format!("cannot use ... in call to non-variadic {fname}"),
            );
            return;
        }
        if ellipsis && args.len() != n {
            self.arg_count_error(
                e,
                args,
                fname,
                sig,
                &ops.iter().map(|o| o.ty).collect::<Vec<_>>(),
                args.len() < n,
            );
            return;
        }
        if too_few || too_many {
            let have: Vec<TypeId> = ops.iter().map(|o| o.ty).collect();
            self.arg_count_error(e, args, fname, sig, &have, too_few);
            return;
        }
        for (i, (a, op)) in args.iter().zip(&ops).enumerate() {
            let pt = self.param_type(sig, i, ellipsis);
            let ctx = format!("argument to {fname}");
            self.assign_to(a, op, pt, &ctx);
        }
    }

    pub(crate) fn arg_count_error(
        &mut self,
        e: &Expr,
        args: &[Expr],
        fname: &str,
        sig: &Signature,
        have: &[TypeId],
        too_few: bool,
    ) {
        let have_s = self.have_list(have);
        let n = sig.params.len();
        let want_s: Vec<String> = sig
            .params
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let s = self.show(*t);
                match (sig.variadic && i + 1 == n, s.strip_prefix("[]")) {
                    (true, Some(el)) => format!("...{el}"),
                    _ => s,
                }
            })
            .collect();
        let (head, at) = if too_few {
            // at the last argument, or the call
            let at = args.last().map(|a| a.span).unwrap_or(e.span);
            ("not enough arguments in call to", at)
        } else {
            let extra = if sig.variadic {
                n
            } else {
                n.min(args.len().saturating_sub(1))
            };
            (
                "too many arguments in call to",
                args.get(extra).map(|a| a.span).unwrap_or(e.span),
            )
        };
        let have_want = format!("have ({}), want ({})", have_s, want_s.join(", "));
        self.diags.push(
            Diagnostic::error(
                "arg-count",
                at,
                format!(
                    "{head} {fname}\n\thave ({})\n\twant ({})",
                    have_s,
                    want_s.join(", ")
                ),
            )
            .with_label(have_want),
        );
    }

    /// The `have (...)` list of Go's count errors: untyped numeric constants are
    /// spelt "number", other untyped kinds by their default type.
    pub(crate) fn have_list(&self, have: &[TypeId]) -> String {
        have.iter()
            .map(|t| match self.tt.get(*t) {
                Type::Invalid => "invalid type".to_string(),
                Type::Basic(Basic::UntypedInt | Basic::UntypedFloat | Basic::UntypedRune) => {
                    "number".to_string()
                }
                Type::Basic(Basic::UntypedString) => "string".to_string(),
                Type::Basic(Basic::UntypedBool) => "bool".to_string(),
                Type::Basic(Basic::UntypedNil) => "nil".to_string(),
                _ => self.show(*t),
            })
            .collect::<Vec<_>>()
            .join(", ")
    }

    fn conversion(&mut self, e: &Expr, t: TypeId, args: &[Expr]) -> Operand {
        if args.len() != 1 {
            let msg = if args.is_empty() {
                format!("missing argument in conversion to {}", self.show(t))
            } else {
                format!("too many arguments in conversion to {}", self.show(t))
            };
            self.err("conversion", e.span, msg);
            for a in args {
                self.expr(a);
            }
            return Operand::invalid();
        }
        self.info.conversions.insert(e.id);
        let x = &args[0];
        let op = self.value(x);
        if op.ty == INVALID || t == INVALID {
            return Operand::invalid();
        }
        let tb = self.tt.basic_of(t);
        // constant conversions
        if let Mode::Const(v) = &op.mode {
            if let Some(tb) = tb {
                let r = match (v, tb) {
                    (ConstVal::Int(i), b)
                        if b.is_string()
                            && self.tt.basic_of(op.ty).is_some_and(|b| b.is_integer()) =>
                    {
                        let c = num_traits::ToPrimitive::to_u32(i)
                            .and_then(char::from_u32)
                            .unwrap_or('\u{FFFD}');
                        Some(ConstVal::Str(c.to_string().into_bytes()))
                    }
                    (ConstVal::Int(_) | ConstVal::Float(_), b) if b.is_integer() => {
                        match v.represent(b) {
                            Some(r) => Some(r),
                            None => {
                                let msg = if v.as_bigint().is_none() {
                                    format!(
                                        "cannot convert {} to type {}",
                                        self.describe(x, &op),
                                        self.show(t)
                                    )
                                } else {
                                    format!(
                                        "cannot convert {} to type {} (overflows)",
                                        self.describe(x, &op),
                                        self.show(t)
                                    )
                                };
                                let _ = msg;
                                let msg2 =
                                    format!("constant {} overflows {}", v.describe(), self.show(t));
                                self.err(
                                    "overflow",
                                    x.span,
                                    if v.as_bigint().is_none() {
                                        format!(
                                            "cannot convert {} to type {}",
                                            self.describe(x, &op),
                                            self.show(t)
                                        )
                                    } else {
                                        msg2
                                    },
                                );
                                return Operand::invalid();
                            }
                        }
                    }
                    (ConstVal::Int(_) | ConstVal::Float(_), b) if b.is_float() => v.represent(b),
                    (ConstVal::Str(_), b) if b.is_string() => Some(v.clone()),
                    (ConstVal::Bool(_), b) if b.is_boolean() => Some(v.clone()),
                    _ => None,
                };
                if let Some(r) = r {
                    // record the operand's own type so lowering sees a typed constant
                    let d = if self.tt.is_untyped(op.ty) { t } else { op.ty };
                    self.record(x, d, Mode::Const(r.clone()));
                    return Operand::constant(t, r);
                }
            }
        }
        if self.convertible(op.ty, t, &op) {
            if self.tt.is_untyped(op.ty) {
                if let Mode::Const(v) = &op.mode {
                    let d = if self.tt.is_interface(t) {
                        self.default_type(op.ty)
                    } else {
                        t
                    };
                    let db = self.tt.basic_of(d);
                    if let Some(rep) = db.and_then(|b| v.represent(b)) {
                        self.record(x, d, Mode::Const(rep));
                    }
                } else if self.tt.get(op.ty) == &Type::Basic(Basic::UntypedNil) {
                    self.record(x, t, Mode::Value);
                } else {
                    let d = self.default_type(op.ty);
                    self.record(x, d, op.mode.clone());
                }
            }
            return Operand::value(t);
        }
        let msg = format!(
            "cannot convert {} to type {}",
            self.describe(x, &op),
            self.show(t)
        );
        self.err("conversion", x.span, msg);
        Operand::invalid()
    }

    fn convertible(&mut self, from: TypeId, to: TypeId, op: &Operand) -> bool {
        if self.assignable_type(from, to) {
            return true;
        }
        let (uf, ut) = (self.tt.under(from), self.tt.under(to));
        if uf == ut {
            return true;
        }
        if let (Type::Pointer(a), Type::Pointer(b)) =
            (self.tt.get(uf).clone(), self.tt.get(ut).clone())
        {
            if self.tt.under(a) == self.tt.under(b) {
                return true;
            }
        }
        let (bf, bt) = (self.tt.basic_of(from), self.tt.basic_of(to));
        if let (Some(bf), Some(bt)) = (bf, bt) {
            if bf.is_numeric() && bt.is_numeric() {
                return true;
            }
            if bf.is_integer() && bt.is_string() {
                return true;
            }
            if bf.is_string() && bt.is_string() {
                return true;
            }
        }
        // string <-> []byte / []rune
        let byte_or_rune = |tt: &types::TypeTable, t: TypeId| match tt.under_type(t) {
            Type::Slice(e) => matches!(tt.under_type(*e), Type::Basic(Basic::Uint8 | Basic::Int32)),
            _ => false,
        };
        if bt.is_some_and(|b| b.is_string()) && byte_or_rune(&self.tt, from) {
            return true;
        }
        if bf.is_some_and(|b| b.is_string()) && byte_or_rune(&self.tt, to) {
            return true;
        }
        let _ = op;
        false
    }

    fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: bool) -> Operand {
        let int = self.basic(Basic::Int);
        let name = format!("{b:?}").to_lowercase();
        let nargs = |c: &mut Self, min: usize, max: usize| -> bool {
            if args.len() < min {
                c.err(
                    "arg-count",
                    e.span,
                    format!(
                        "not enough arguments for {}() (expected {}, found {})",
                        name,
                        min,
                        args.len()
                    ),
                );
                for a in args {
                    c.expr(a);
                }
                false
            } else if args.len() > max {
                c.err(
                    "arg-count",
                    e.span,
                    format!(
                        "too many arguments for {}() (expected {}, found {})",
                        name,
                        max,
                        args.len()
                    ),
                );
                for a in args {
                    c.expr(a);
                }
                false
            } else {
                true
            }
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let op = self.value(&args[0]);
                if op.ty == INVALID {
                    return op;
                }
                if let (Builtin::Len, Mode::Const(ConstVal::Str(s))) = (b, &op.mode) {
                    return Operand::constant(int, ConstVal::int(s.len() as i64));
                }
                let ok = match self.tt.under_type(op.ty).clone() {
                    Type::Basic(bb) if bb.is_string() => b == Builtin::Len,
                    Type::Slice(_) | Type::Chan(..) => true,
                    Type::Map(..) => b == Builtin::Len,
                    Type::Array(n, _) => return Operand::constant(int, ConstVal::int(n as i64)),
                    Type::Pointer(p) => match self.tt.under_type(p) {
                        Type::Array(n, _) => {
                            return Operand::constant(int, ConstVal::int(*n as i64))
                        }
                        _ => false,
                    },
                    _ => false,
                };
                if !ok {
                    let msg = format!(
                        "invalid argument: {} for built-in {}",
                        self.describe(&args[0], &op),
                        name
                    );
                    self.err("builtin", args[0].span, msg);
                    return Operand::invalid();
                }
                if self.tt.is_untyped(op.ty) {
                    let s = self.basic(Basic::String);
                    self.assign_to(&args[0], &op, s, "argument");
                }
                Operand::value(int)
            }
            Builtin::Panic => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let op = self.value(&args[0]);
                let any = self.tt.intern(Type::Interface(vec![]));
                self.assign_to(&args[0], &op, any, "argument to panic");
                Operand {
                    mode: Mode::NoValue,
                    ty: self.tt.intern(Type::Tuple(vec![])),
                }
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let op = self.value(a);
                    if op.ty != INVALID && self.tt.is_untyped(op.ty) {
                        let d = self.default_type(op.ty);
                        self.assign_to(a, &op, d, "argument");
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: self.tt.intern(Type::Tuple(vec![])),
                }
            }
            Builtin::New => {
                if !nargs(self, 1, 1) {
                    return Operand::invalid();
                }
                let op = self.expr(&args[0]);
                if op.mode != Mode::TypeExpr {
                    if op.ty != INVALID {
                        let msg = format!("{} is not a type", self.expr_text(&args[0]));
                        self.err("not-type", args[0].span, msg);
                    }
                    return Operand::invalid();
                }
                Operand::value(self.tt.intern(Type::Pointer(op.ty)))
            }
            Builtin::Make => {
                if args.is_empty() {
                    self.err(
                        "arg-count",
                        e.span,
                        "not enough arguments for make() (expected 1, found 0)",
                    );
                    return Operand::invalid();
                }
                let op = self.expr(&args[0]);
                if op.mode != Mode::TypeExpr {
                    if op.ty != INVALID {
                        let msg = format!("{} is not a type", self.expr_text(&args[0]));
                        self.err("not-type", args[0].span, msg);
                    }
                    return Operand::invalid();
                }
                match self.tt.under_type(op.ty).clone() {
                    Type::Slice(_) => {
                        if args.len() < 2 {
                            let msg = format!(
                                "invalid operation: {} expects 2 or 3 arguments; found {}",
                                self.expr_text(e),
                                args.len()
                            );
                            self.err("arg-count", e.span, msg);
                            return Operand::invalid();
                        }
                        if args.len() > 3 {
                            let msg = format!(
                                "invalid operation: {} expects 2 or 3 arguments; found {}",
                                self.expr_text(e),
                                args.len()
                            );
                            self.err("arg-count", e.span, msg);
                            return Operand::invalid();
                        }
                        for a in &args[1..] {
                            let i = self.value(a);
                            self.check_index(a, &i, None, int);
                        }
                        Operand::value(op.ty)
                    }
                    Type::Map(..) | Type::Chan(..) => {
                        if args.len() > 2 {
                            let msg = format!(
                                "invalid operation: {} expects 1 or 2 arguments; found {}",
                                self.expr_text(e),
                                args.len()
                            );
                            self.err("arg-count", e.span, msg);
                            return Operand::invalid();
                        }
                        if let Some(a) = args.get(1) {
                            let i = self.value(a);
                            self.check_index(a, &i, None, int);
                        }
                        Operand::value(op.ty)
                    }
                    Type::Invalid => Operand::invalid(),
                    _ => {
                        let msg = format!(
                            "invalid argument: cannot make {}; type must be slice, map, or channel",
                            self.expr_text(&args[0])
                        );
                        self.err("builtin", args[0].span, msg);
                        Operand::invalid()
                    }
                }
            }
            Builtin::Append => {
                if args.is_empty() {
                    self.err(
                        "arg-count",
                        e.span,
                        "not enough arguments for append() (expected 1, found 0)",
                    );
                    return Operand::invalid();
                }
                let s = self.value(&args[0]);
                if s.ty == INVALID {
                    for a in &args[1..] {
                        self.expr(a);
                    }
                    return s;
                }
                let Type::Slice(el) = self.tt.under_type(s.ty).clone() else {
                    let msg = format!(
                        "invalid argument: {} is not a slice",
                        self.describe(&args[0], &s)
                    );
                    self.err("builtin", args[0].span, msg);
                    return Operand::invalid();
                };
                if ellipsis {
                    if args.len() != 2 {
                        self.err("arg-count", e.span, "can only use ... with final argument");
                        return Operand::invalid();
                    }
                    let op = self.value(&args[1]);
                    if op.ty != INVALID
                        && self.tt.basic_of(op.ty).is_some_and(|b| b.is_string())
                        && self.tt.under_type(el) == &Type::Basic(Basic::Uint8)
                    {
                        let st = self.basic(Basic::String);
                        self.assign_to(&args[1], &op, st, "append");
                    } else {
                        self.assign_to(&args[1], &op, s.ty, "append");
                    }
                } else {
                    for a in &args[1..] {
                        let op = self.value(a);
                        self.assign_to(a, &op, el, "argument to append");
                    }
                }
                Operand::value(s.ty)
            }
            Builtin::Copy => {
                if !nargs(self, 2, 2) {
                    return Operand::invalid();
                }
                let d = self.value(&args[0]);
                let s = self.value(&args[1]);
                if d.ty == INVALID || s.ty == INVALID {
                    return Operand::value(int);
                }
                let Type::Slice(de) = self.tt.under_type(d.ty).clone() else {
                    self.err(
                        "builtin",
                        args[0].span,
                        "invalid argument: copy expects slice arguments",
                    );
                    return Operand::invalid();
                };
                let ok = match self.tt.under_type(s.ty).clone() {
                    Type::Slice(se) => se == de,
                    Type::Basic(b) if b.is_string() => {
                        self.tt.under_type(de) == &Type::Basic(Basic::Uint8)
                    }
                    _ => false,
                };
                if !ok {
                    let msg = format!("invalid argument: arguments to copy {} and {} have different element types", self.describe(&args[0], &d), self.describe(&args[1], &s));
                    self.err("builtin", e.span, msg);
                }
                if self.tt.is_untyped(s.ty) {
                    let st = self.basic(Basic::String);
                    self.assign_to(&args[1], &s, st, "copy");
                }
                Operand::value(int)
            }
            Builtin::Min | Builtin::Max => {
                if args.is_empty() {
                    let msg = format!("not enough arguments for {}() (expected 1, found 0)", name);
                    self.err("arg-count", e.span, msg);
                    return Operand::invalid();
                }
                let mut acc = self.value(&args[0]);
                let mut acc_e = &args[0];
                for a in &args[1..] {
                    let op = self.value(a);
                    if acc.ty == INVALID || op.ty == INVALID {
                        acc = Operand::invalid();
                        continue;
                    }
                    let Some(t) = self.match_types(e, BinOp::Lt, acc_e, &acc, a, &op) else {
                        return Operand::invalid();
                    };
                    let (ca, cb) = (self.const_of(acc_e, &acc), self.const_of(a, &op));
                    acc = match (ca, cb) {
                        (Some(x), Some(y)) => {
                            let less = matches!(
                                constant::binary(BinOp::Lt, &y, &x, false),
                                Ok(ConstVal::Bool(true))
                            );
                            let pick = if (b == Builtin::Min) == less { y } else { x };
                            Operand::constant(t, pick)
                        }
                        _ => Operand::value(t),
                    };
                    acc_e = a;
                }
                if acc.ty != INVALID
                    && !self
                        .tt
                        .basic_of(acc.ty)
                        .is_some_and(|b| b.is_numeric() || b.is_string())
                {
                    let msg = format!(
                        "invalid argument: {} cannot be ordered",
                        self.describe(&args[0], &acc)
                    );
                    self.err("builtin", e.span, msg);
                    return Operand::invalid();
                }
                if !matches!(acc.mode, Mode::Const(_)) && self.tt.is_untyped(acc.ty) {
                    acc.ty = self.default_type(acc.ty);
                }
                if !matches!(acc.mode, Mode::Const(_)) {
                    // convert untyped constant arguments to the result type
                    for a in args {
                        if let Some(info) = self.info.exprs.get(&a.id).cloned() {
                            if let Mode::Const(v) = info.mode {
                                if self.tt.is_untyped(info.ty) {
                                    let op = Operand {
                                        mode: Mode::Const(v.clone()),
                                        ty: info.ty,
                                    };
                                    self.convert_const(a, &op, v, acc.ty, "argument");
                                }
                            }
                        }
                    }
                }
                acc
            }
            Builtin::Recover => {
                nargs(self, 0, 0);
                let any = self.tt.intern(Type::Interface(vec![]));
                Operand::value(any)
            }
            Builtin::Close | Builtin::Delete | Builtin::Clear => {
                let novalue = Operand {
                    mode: Mode::NoValue,
                    ty: self.tt.intern(Type::Tuple(vec![])),
                };
                let (min, max) = if b == Builtin::Delete { (2, 2) } else { (1, 1) };
                if !nargs(self, min, max) {
                    return novalue;
                }
                let o = self.value(&args[0]);
                if o.ty == INVALID {
                    return novalue;
                }
                match (b, self.tt.under_type(o.ty).clone()) {
                    (Builtin::Close, Type::Chan(Dir::Recv, _)) => {
                        let msg = format!(
                            "invalid operation: cannot close receive-only channel {}",
                            self.describe(&args[0], &o)
                        );
                        self.err("chan-dir", args[0].span, msg);
                    }
                    (Builtin::Close, Type::Chan(..)) => {}
                    (Builtin::Delete, Type::Map(k, _)) => {
                        let ko = self.value(&args[1]);
                        self.assign_to(&args[1], &ko, k, "argument to delete");
                    }
                    (Builtin::Clear, Type::Map(..) | Type::Slice(_)) => {}
                    _ => {
                        let what = match b {
                            Builtin::Close => "non-chan",
                            Builtin::Delete => "non-map",
                            _ => "argument",
                        };
                        let msg = format!(
                            "invalid argument: {} {} for built-in {}",
                            what,
                            self.describe(&args[0], &o),
                            name
                        );
                        self.err("builtin", args[0].span, msg);
                    }
                }
                novalue
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                for a in args {
                    self.expr(a);
                }
                self.unsupported(e.span, "complex number");
                Operand::invalid()
            }
        }
    }

    /// Checks a composite literal; `hint` is the element type when the literal's
    /// type is elided inside another literal.
    pub(crate) fn composite(
        &mut self,
        e: &Expr,
        ty: Option<&ast::TypeExpr>,
        elems: &[ast::Element],
        hint: Option<TypeId>,
    ) -> Operand {
        let t = match (ty, hint) {
            (Some(tx), _) => {
                if let ast::TypeExprKind::Array(None, el) = &tx.kind {
                    let el = self.resolve_type(el);
                    let n = self.literal_len(elems);
                    self.tt.intern(Type::Array(n, el))
                } else {
                    self.resolve_type(tx)
                }
            }
            (None, Some(h)) => h,
            (None, None) => {
                self.err(
                    "composite",
                    e.span,
                    "invalid composite literal type: missing type",
                );
                return Operand::invalid();
            }
        };
        if t == INVALID {
            for el in elems {
                self.expr_maybe_composite(&el.value, None);
            }
            return Operand::invalid();
        }
        self.info.composite_types.insert(e.id, t);
        let (base, through_ptr) = match (ty, self.tt.get(t).clone()) {
            (None, Type::Pointer(p)) => (p, true),
            _ => (t, false),
        };
        match self.tt.under_type(base).clone() {
            Type::Struct(fields) => {
                let keyed = elems.iter().any(|el| el.key.is_some());
                if keyed {
                    for el in elems {
                        let Some(ast::ElemKey::Expr(k)) = &el.key else {
                            self.err(
                                "composite",
                                el.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        };
                        let ExprKind::Ident(fname) = &k.kind else {
                            self.err(
                                "composite",
                                k.span,
                                format!(
                                    "invalid field name {} in struct literal",
                                    self.expr_text(k)
                                ),
                            );
                            continue;
                        };
                        match fields.iter().position(|f| f.name == fname.name) {
                            Some(i) => {
                                let ft = fields[i].ty;
                                let op = self.expr_maybe_composite(&el.value, Some(ft));
                                self.assign_to(&el.value, &op, ft, "struct literal");
                            }
                            None => {
                                let msg = format!(
                                    "unknown field {} in struct literal of type {}",
                                    fname.name,
                                    self.show(base)
                                );
                                self.err("composite", k.span, msg);
                                self.expr(&el.value);
                            }
                        }
                    }
                } else if !elems.is_empty() {
                    if elems.len() < fields.len() {
                        let msg = format!(
                            "too few values in struct literal of type {}",
                            self.show(base)
                        );
                        self.err("composite", e.span, msg);
                    } else if elems.len() > fields.len() {
                        let msg = format!(
                            "too many values in struct literal of type {}",
                            self.show(base)
                        );
                        self.err("composite", e.span, msg);
                    }
                    for (el, f) in elems.iter().zip(fields.iter()) {
                        let op = self.expr_maybe_composite(&el.value, Some(f.ty));
                        self.assign_to(&el.value, &op, f.ty, "struct literal");
                    }
                }
            }
            Type::Slice(el) | Type::Array(_, el) => {
                let int = self.basic(Basic::Int);
                let mut seen: HashSet<u64> = HashSet::new();
                let mut next = 0u64;
                for item in elems {
                    let mut at = item.value.span;
                    if let Some(ast::ElemKey::Expr(k)) = &item.key {
                        let i = self.value(k);
                        // Go: at the key's `:` (right after the key when gofmt'd)
                        at = Span {
                            file: k.span.file,
                            lo: k.span.hi,
                            hi: k.span.hi + 1,
                        };
                        if let Some(ix) = self
                            .const_of(k, &i)
                            .and_then(|v| v.as_bigint())
                            .and_then(|b| num_traits::ToPrimitive::to_u64(&b))
                        {
                            next = ix;
                        }
                        self.check_index(k, &i, None, int);
                        if !matches!(i.mode, Mode::Const(_)) && i.ty != INVALID {
                            self.err(
                                "composite",
                                k.span,
                                "index must be non-negative integer constant",
                            );
                        }
                    }
                    if !seen.insert(next) {
                        let msg = format!("duplicate index {next} in array or slice literal");
                        self.err("duplicate", at, msg);
                    }
                    next = next.saturating_add(1);
                    let op = self.expr_maybe_composite(&item.value, Some(el));
                    self.assign_to(&item.value, &op, el, "slice literal");
                }
                if let Type::Array(n, _) = self.tt.under_type(base).clone() {
                    if elems.len() as u64 > n && elems.iter().all(|x| x.key.is_none()) {
                        let msg = format!("array index {} out of bounds [0:{}]", n, n);
                        self.err("composite", e.span, msg);
                    }
                }
            }
            Type::Map(k, v) => {
                let mut seen: Vec<ConstVal> = Vec::new();
                for item in elems {
                    let Some(key) = &item.key else {
                        self.err("composite", item.span, "missing key in map literal");
                        continue;
                    };
                    let ke = match key {
                        ast::ElemKey::Expr(k) | ast::ElemKey::Composite(k) => k,
                    };
                    let ko = self.expr_maybe_composite(ke, Some(k));
                    if self.assign_to(ke, &ko, k, "map literal") {
                        if let Some(c) = self.const_of(ke, &ko) {
                            if seen.contains(&c) {
                                let msg =
                                    format!("duplicate key {} in map literal", self.expr_text(ke));
                                self.err("duplicate", ke.span, msg);
                            } else {
                                seen.push(c);
                            }
                        }
                    }
                    let vo = self.expr_maybe_composite(&item.value, Some(v));
                    self.assign_to(&item.value, &vo, v, "map literal");
                }
            }
            _ => {
                let msg = format!("invalid composite literal type {}", self.show(t));
                self.err("composite", e.span, msg);
                return Operand::invalid();
            }
        }
        if through_ptr {
            return Operand::value(t);
        }
        Operand::value(t)
    }

    /// The length of an array or slice literal: the largest index + 1, where keyed
    /// elements set the index and others follow the previous one. (Keys are checked
    /// again with their diagnostics when the elements are.)
    pub(crate) fn literal_len(&mut self, elems: &[ast::Element]) -> u64 {
        let (mut next, mut len) = (0u64, 0u64);
        for el in elems {
            if let Some(ast::ElemKey::Expr(k)) = &el.key {
                let n = self.diags.len();
                let op = self.expr(k);
                self.diags.truncate(n);
                if let Mode::Const(v) = &op.mode {
                    if let Some(i) = v
                        .as_bigint()
                        .and_then(|b| num_traits::ToPrimitive::to_u64(&b))
                    {
                        next = i;
                    }
                }
            }
            next += 1;
            len = len.max(next);
        }
        len
    }

    /// Checks an element value, allowing an elided composite literal type.
    fn expr_maybe_composite(&mut self, v: &Expr, hint: Option<TypeId>) -> Operand {
        if let ExprKind::Composite { ty: None, elems } = &v.kind {
            let op = self.composite(v, None, elems, hint);
            self.record(v, op.ty, op.mode.clone());
            return op;
        }
        if let (ExprKind::Unary(UnOp::Addr, inner), Some(h)) = (&v.kind, hint) {
            if let (ExprKind::Composite { ty: None, elems }, Some(p)) =
                (&inner.kind, self.tt.pointer_elem(h))
            {
                let op = self.composite(inner, None, elems, Some(p));
                self.record(inner, op.ty, op.mode.clone());
                let r = Operand::value(h);
                self.record(v, h, Mode::Value);
                return r;
            }
        }
        self.value(v)
    }

    /// Go 1.19's `assignment mismatch: 2 variables but f returns 1 value` (the
    /// callee as written, without the call parentheses).
    pub(crate) fn call_mismatch(&self, call: &Expr, n: usize, got: usize) -> String {
        let callee = match &strip_parens(call).kind {
            ExprKind::Call { func, .. } => self.expr_text(func),
            _ => self.expr_text(call),
        };
        format!(
            "assignment mismatch: {} variable{} but {} returns {} value{}",
            n,
            if n == 1 { "" } else { "s" },
            callee,
            got,
            if got == 1 { "" } else { "s" }
        )
    }

    /// Whether `op` is the multi-value result of a call (a tuple of 2 or more).
    pub(crate) fn is_multi_value(&self, op: &Operand) -> bool {
        matches!(self.tt.get(op.ty), Type::Tuple(ts) if ts.len() != 1)
    }

    /// Types of a multi-value expression used with `n` targets.
    pub(crate) fn tuple_types(
        &mut self,
        e: &Expr,
        op: &Operand,
        n: usize,
        span: Span,
    ) -> Vec<TypeId> {
        if op.ty == INVALID {
            return vec![INVALID; n];
        }
        if matches!(op.mode, Mode::CommaOk | Mode::MapIndex) && n == 2 {
            let b = self.basic(Basic::Bool);
            return vec![op.ty, b];
        }
        match self.tt.get(op.ty).clone() {
            Type::Tuple(ts) if ts.len() == n => ts,
            Type::Tuple(ts) => {
                let msg = self.call_mismatch(e, n, ts.len());
                self.err("assign-count", e.span, msg);
                vec![INVALID; n]
            }
            _ => {
                let _ = span;
                let msg = if matches!(strip_parens(e).kind, ExprKind::Call { .. }) {
                    self.call_mismatch(e, n, 1)
                } else {
                    format!("assignment mismatch: {} variables but 1 value", n)
                };
                self.err("assign-count", e.span, msg);
                vec![INVALID; n]
            }
        }
    }
}

/// `(cause)` for a Go message, with any continuation lines of the cause
/// (`\n\t\thave ...`) after the closing parenthesis, as Go prints them.
pub(crate) fn paren_cause(why: &str) -> String {
    match why.split_once('\n') {
        Some((first, rest)) => format!("({first})\n{rest}"),
        None => format!("({why})"),
    }
}

fn strip_parens(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip_parens(x),
        _ => e,
    }
}

/// Parses a Go integer literal (with prefixes and `_`).
pub fn parse_int_lit(s: &str) -> Option<BigInt> {
    let t: String = s.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if t.len() > 1 && t.starts_with('0') {
        (t[1..].to_string(), 8)
    } else {
        (t.clone(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Parses a Go floating-point literal exactly (decimal, or hex mantissa with a
/// binary exponent).
pub fn parse_float_lit(s: &str) -> Option<ConstVal> {
    use num_rational::BigRational;
    let t: String = s.chars().filter(|&c| c != '_').collect();
    let pow = |base: u32, e: i64| -> BigRational {
        let p = BigRational::from_integer(BigInt::from(base).pow(e.unsigned_abs() as u32));
        if e < 0 {
            p.recip()
        } else {
            p
        }
    };
    let (mant, exp, base, digit_base) =
        if let Some(h) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
            let (m, e) = h.split_once(['p', 'P'])?;
            (m.to_string(), e.parse::<i64>().ok()?, 2u32, 16u32)
        } else {
            match t.split_once(['e', 'E']) {
                Some((m, e)) => (m.to_string(), e.parse::<i64>().ok()?, 10, 10),
                None => (t.clone(), 0, 10, 10),
            }
        };
    if exp.abs() > 100_000 {
        return None;
    }
    let (ip, fp) = mant.split_once('.').unwrap_or((&mant, ""));
    let digits = format!("{ip}{fp}");
    let n = if digits.is_empty() {
        BigInt::from(0)
    } else {
        BigInt::parse_bytes(digits.as_bytes(), digit_base)?
    };
    let frac_scale = pow(digit_base, -(fp.len() as i64));
    Some(ConstVal::Float(
        BigRational::from_integer(n) * frac_scale * pow(base, exp),
    ))
}

/// Renders an expression back to Go source (for messages).
pub fn expr_string(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Ident(i) => i.name.clone(),
        ExprKind::IntLit(s) | ExprKind::FloatLit(s) | ExprKind::ImagLit(s) => s.clone(),
        ExprKind::RuneLit(c) => match char::from_u32(*c) {
            Some(ch) => format!("{ch:?}"),
            None => format!("{c}"),
        },
        ExprKind::StringLit(s) => format!("{:?}", String::from_utf8_lossy(s)),
        ExprKind::Composite { ty, elems, .. } => match ty {
            Some(t) if elems.is_empty() => format!("{}{{}}", type_expr_string(t)),
            Some(t) => format!("{}{{…}}", type_expr_string(t)),
            None if elems.is_empty() => "{}".into(),
            None => "{…}".into(),
        },
        ExprKind::FuncLit { .. } => "func literal".into(),
        ExprKind::Paren(x) => format!("({})", expr_string(x)),
        ExprKind::Selector(x, n) => format!("{}.{}", expr_string(x), n.name),
        ExprKind::Index(x, i) => format!(
            "{}[{}]",
            expr_string(x),
            i.iter().map(expr_string).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::Slice { base, lo, hi, max } => {
            let f = |x: &Option<Box<Expr>>| x.as_ref().map(|x| expr_string(x)).unwrap_or_default();
            match max {
                Some(m) => format!(
                    "{}[{}:{}:{}]",
                    expr_string(base),
                    f(lo),
                    f(hi),
                    expr_string(m)
                ),
                None => format!("{}[{}:{}]", expr_string(base), f(lo), f(hi)),
            }
        }
        ExprKind::TypeAssert(x, t) => match t {
            Some(t) => format!("{}.({})", expr_string(x), type_expr_string(t)),
            None => format!("{}.(type)", expr_string(x)),
        },
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => format!(
            "{}({}{})",
            expr_string(func),
            args.iter().map(expr_string).collect::<Vec<_>>().join(", "),
            if *ellipsis { "..." } else { "" }
        ),
        ExprKind::Unary(op, x) => {
            let s = match op {
                UnOp::Plus => "+",
                UnOp::Neg => "-",
                UnOp::Not => "!",
                UnOp::BitNot => "^",
                UnOp::Deref => "*",
                UnOp::Addr => "&",
                UnOp::Recv => "<-",
            };
            format!("{}{}", s, expr_string(x))
        }
        ExprKind::Binary(op, a, b) => {
            format!("{} {} {}", expr_string(a), op.as_str(), expr_string(b))
        }
        ExprKind::Type(t) => type_expr_string(t),
        ExprKind::Bad => "_".into(),
    }
}

pub fn type_expr_string(t: &ast::TypeExpr) -> String {
    use ast::TypeExprKind as K;
    match &t.kind {
        K::Name(n) => n.name.clone(),
        K::Qualified(p, n) => format!("{}.{}", p.name, n.name),
        K::Generic(b, a) => format!(
            "{}[{}]",
            type_expr_string(b),
            a.iter()
                .map(type_expr_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        K::Pointer(e) => format!("*{}", type_expr_string(e)),
        K::Slice(e) => format!("[]{}", type_expr_string(e)),
        K::Array(n, e) => match n {
            Some(n) => format!("[{}]{}", expr_string(n), type_expr_string(e)),
            None => format!("[...]{}", type_expr_string(e)),
        },
        K::Map(k, v) => format!("map[{}]{}", type_expr_string(k), type_expr_string(v)),
        K::Chan(d, e) => match d {
            ast::ChanDir::Both => format!("chan {}", type_expr_string(e)),
            ast::ChanDir::Send => format!("chan<- {}", type_expr_string(e)),
            ast::ChanDir::Recv => format!("<-chan {}", type_expr_string(e)),
        },
        K::Func(_) => "func(…)".into(),
        K::Struct(_) => "struct{…}".into(),
        K::Interface(e) if e.is_empty() => "interface{}".into(),
        K::Interface(_) => "interface{…}".into(),
        K::Paren(x) => format!("({})", type_expr_string(x)),
        K::Bad => "_".into(),
    }
}
