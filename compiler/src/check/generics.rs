//! Generics (type parameters) by monomorphisation.
//!
//! A generic function or type is not checked as such: each distinct list of type
//! arguments makes an *instance*, an ordinary function (`Obj::Func`) or named type
//! whose declaration is checked with the type parameters bound, as type names, to
//! the type arguments. Instance bodies are copies of the generic declaration with
//! fresh expression ids and spans tagged per copy (`Span::FILE_MASK`), kept in
//! `Info::inst_decls`, so every side table stays keyed exactly as for ordinary code
//! and `lower` compiles instances like any other function.
//!
//! Also here: constraints (method sets, `comparable`, type sets with unions and
//! `~`) and their satisfaction, function argument type inference (unification of
//! parameter types written with placeholder types against argument types, core
//! type inference from constraints, default types of untyped constants), and the
//! instantiation errors in Go 1.19's wording.
//!
//! Invariants: placeholder types (one named type per type parameter of each
//! generic function) only appear in generic signatures used for inference and in
//! messages; instances never have a placeholder among their type arguments except
//! named-type instances made while resolving such a signature, which get no
//! methods and no constraint check.
//!
//! Limitation: a generic body is checked per instance, with concrete types; a
//! generic function that is never instantiated is checked once with
//! representative type arguments (see `check_uninstantiated`).

use super::expr::{type_expr_string, Operand};
use super::types::{IfaceMethod, MethodDecl, Type, TypeId, INVALID};
use super::*;
use crate::syntax::ast::{Expr, ExprKind, TypeExprKind};

/// A generic function declaration.
pub(crate) struct GenericFunc<'a> {
    pub pkg: PkgId,
    pub file: usize,
    pub decl: &'a ast::FuncDecl,
    /// One placeholder type per type parameter, standing for it in `sig`.
    pub placeholders: Vec<TypeId>,
    /// The signature written with the placeholders (for inference and messages).
    pub sig: TypeId,
    /// The constraints, written with the placeholders.
    pub constraints: Vec<Constraint>,
    pub insts: HashMap<Vec<TypeId>, FuncId>,
}

/// A generic type declaration and the methods declared on it.
pub(crate) struct GenericType<'a> {
    pub pkg: PkgId,
    pub file: usize,
    pub spec: &'a ast::TypeSpec,
    /// (file, declaration) of each method.
    pub methods: Vec<(usize, &'a ast::FuncDecl)>,
    pub insts: HashMap<Vec<TypeId>, TypeId>,
}

/// An instance whose body is still to be checked.
pub(crate) struct PendingBody {
    func: FuncId,
    pkg: PkgId,
    file: usize,
    /// Index in `Info::inst_decls` where the checked copy goes.
    slot: usize,
    decl: ast::FuncDecl,
    binds: Vec<(String, TypeId)>,
}

/// What a constraint requires of a type argument.
#[derive(Clone, Debug)]
pub(crate) struct Constraint {
    /// The required methods (an interface type; `any` when none).
    pub methods: TypeId,
    pub comparable: bool,
    /// The type set as a union of terms `(tilde, type)`; `None`: all types.
    pub terms: Option<Vec<(bool, TypeId)>>,
    /// Written as an interface (as opposed to a plain type term like `int`).
    pub is_iface: bool,
}

/// An instance of a generic type made while package types are being resolved:
/// (generic type, type arguments, instance, spans of the arguments, position).
pub(crate) type EarlyInst = (u32, Vec<TypeId>, TypeId, Vec<Span>, Span);

/// (type argument, where it is written) of an explicit instantiation.
type TArg = (TypeId, Span);

impl<'a> Checker<'a> {
    /// Runs `f` in the scope of a generic declaration of package `pkg`, file
    /// `file`: no local scope but the type parameters bound to `binds`.
    fn with_bindings<R>(
        &mut self,
        pkg: PkgId,
        file: usize,
        binds: &[(String, TypeId)],
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_funcs = std::mem::take(&mut self.funcs);
        let saved = (
            self.cur_pkg,
            self.cur_file,
            self.iota.take(),
            self.in_constraint,
        );
        self.cur_pkg = pkg;
        self.cur_file = file;
        self.in_constraint = false;
        let mut scope = HashMap::new();
        for (n, t) in binds {
            if n != "_" {
                scope.insert(n.clone(), Obj::Type(*t));
            }
        }
        self.scopes.push(scope);
        let r = f(self);
        self.scopes = saved_scopes;
        self.funcs = saved_funcs;
        (self.cur_pkg, self.cur_file, self.iota, self.in_constraint) = saved;
        r
    }

    fn any_type(&mut self) -> TypeId {
        self.tt.intern(Type::Interface(vec![]))
    }

    /// The constraint a type expression denotes (in a type parameter list or a
    /// constraint interface declaration).
    pub(crate) fn constraint_of(&mut self, t: &ast::TypeExpr) -> Constraint {
        let any = self.any_type();
        match &t.kind {
            TypeExprKind::Paren(inner) => self.constraint_of(inner),
            TypeExprKind::Interface(elems) => {
                let mut ms: Vec<IfaceMethod> = Vec::new();
                let mut comparable = false;
                let mut terms: Option<Vec<(bool, TypeId)>> = None;
                for el in elems {
                    match el {
                        ast::InterfaceElem::Method { name, sig } => {
                            let s = self.func_type(sig, false);
                            ms.push(IfaceMethod {
                                name: name.name.clone(),
                                sig: s,
                            });
                        }
                        ast::InterfaceElem::Embed(list) => {
                            let set = if list.len() == 1 && !list[0].0 {
                                let c = self.constraint_of(&list[0].1);
                                comparable |= c.comparable;
                                if let Type::Interface(inner) =
                                    self.tt.under_type(c.methods).clone()
                                {
                                    for m in inner {
                                        if !ms.iter().any(|x| x.name == m.name) {
                                            ms.push(m);
                                        }
                                    }
                                }
                                c.terms
                            } else {
                                let mut u = Some(Vec::new());
                                for (tilde, te) in list {
                                    let c = if *tilde {
                                        let saved = self.in_constraint;
                                        self.in_constraint = true;
                                        let ty = self.resolve_type(te);
                                        self.in_constraint = saved;
                                        Constraint {
                                            methods: any,
                                            comparable: false,
                                            terms: Some(vec![(true, ty)]),
                                            is_iface: false,
                                        }
                                    } else {
                                        self.constraint_of(te)
                                    };
                                    if c.is_iface && c.methods != any {
                                        let msg = format!(
                                            "cannot use {} in union ({} contains methods)",
                                            type_expr_string(te),
                                            type_expr_string(te)
                                        );
                                        self.err("constraint", te.span, msg);
                                    }
                                    match (c.terms, &mut u) {
                                        (None, _) => u = None,
                                        (Some(ts), Some(v)) => v.extend(ts),
                                        (Some(_), None) => {}
                                    }
                                }
                                u
                            };
                            terms = self.intersect_terms(terms, set);
                        }
                    }
                }
                ms.sort_by(|a, b| a.name.cmp(&b.name));
                Constraint {
                    methods: self.tt.intern(Type::Interface(ms)),
                    comparable,
                    terms,
                    is_iface: true,
                }
            }
            _ => {
                let saved = self.in_constraint;
                self.in_constraint = true;
                let ty = self.resolve_type(t);
                self.in_constraint = saved;
                if let Some(c) = self.constraints.get(&ty) {
                    return c.clone();
                }
                if ty == INVALID || self.tt.is_interface(ty) {
                    return Constraint {
                        methods: if ty == INVALID { any } else { ty },
                        comparable: false,
                        terms: None,
                        is_iface: true,
                    };
                }
                Constraint {
                    methods: any,
                    comparable: false,
                    terms: Some(vec![(false, ty)]),
                    is_iface: false,
                }
            }
        }
    }

    fn intersect_terms(
        &self,
        a: Option<Vec<(bool, TypeId)>>,
        b: Option<Vec<(bool, TypeId)>>,
    ) -> Option<Vec<(bool, TypeId)>> {
        match (a, b) {
            (None, x) | (x, None) => x,
            (Some(a), Some(b)) => Some(
                a.into_iter()
                    .filter(|&(ta_tilde, ta)| {
                        b.iter().any(|&(tb_tilde, tb)| {
                            (ta == tb && (tb_tilde || !ta_tilde))
                                || (tb_tilde && !ta_tilde && self.tt.under(ta) == tb)
                        })
                    })
                    .collect(),
            ),
        }
    }

    /// Resolves the type of a non-generic package type declaration: interfaces
    /// with type sets (or embedding `comparable`) are recorded as constraints.
    pub(crate) fn resolve_type_decl(&mut self, t: &ast::TypeExpr, named: TypeId) -> TypeId {
        let mut inner = t;
        while let TypeExprKind::Paren(x) = &inner.kind {
            inner = x;
        }
        let has_embed = matches!(&inner.kind, TypeExprKind::Interface(elems)
            if elems.iter().any(|e| matches!(e, ast::InterfaceElem::Embed(_))));
        if !has_embed {
            return self.resolve_type(t);
        }
        let saved = self.in_constraint;
        self.in_constraint = true;
        let c = self.constraint_of(t);
        self.in_constraint = saved;
        if c.terms.is_some() || c.comparable {
            self.constraints.insert(named, c.clone());
        } else {
            self.constraints.remove(&named);
        }
        c.methods
    }

    /// A type named in an ordinary type position: constraint interfaces are refused.
    pub(crate) fn not_constraint(&mut self, ty: TypeId, name: &str, span: Span) -> TypeId {
        if self.in_constraint {
            return ty;
        }
        let Some(c) = self.constraints.get(&ty) else {
            return ty;
        };
        let why = if c.terms.is_some() {
            "interface contains type constraints"
        } else {
            "interface is (or embeds) comparable"
        };
        self.err(
            "constraint",
            span,
            format!("cannot use type {name} outside a type constraint: {why}"),
        );
        INVALID
    }

    /// An interface literal with a type set outside a constraint.
    pub(crate) fn outside_constraint(&mut self, t: &ast::TypeExpr) {
        if self.in_constraint {
            return;
        }
        let msg = format!(
            "cannot use type {} outside a type constraint: interface contains type constraints",
            type_expr_string(t)
        );
        self.err("constraint", t.span, msg);
    }

    /// The generic type a method declaration's receiver names, if any.
    pub(crate) fn generic_recv_base(&self, f: &ast::FuncDecl) -> Option<u32> {
        let recv = f.recv.as_ref()?;
        let mut t = &recv.ty;
        while let TypeExprKind::Paren(x) | TypeExprKind::Pointer(x) = &t.kind {
            t = x;
        }
        let name = match &t.kind {
            TypeExprKind::Generic(b, _) => match &b.kind {
                TypeExprKind::Name(id) => id,
                _ => return None,
            },
            TypeExprKind::Name(id) => id,
            _ => return None,
        };
        match self.scopes_pkg[self.cur_pkg as usize].scope.get(&name.name) {
            Some(Obj::GenericType(g)) => Some(*g),
            _ => None,
        }
    }

    /// Declares a generic function of the current package (file `fi`).
    pub(crate) fn declare_generic_func(&mut self, fi: usize, f: &'a ast::FuncDecl) {
        let path = self.pkg_path().to_string();
        if f.name.name == "main" || f.name.name == "init" {
            let msg = format!("func {} must have no type parameters", f.name.name);
            self.err("generic", f.name.span, msg);
            return;
        }
        if f.body.is_none() {
            self.err("missing-body", f.name.span, "missing function body");
        }
        let placeholders: Vec<TypeId> = f
            .type_params
            .iter()
            .map(|p| {
                let n = p.name.as_ref().map_or("_", |n| n.name.as_str());
                let t = self.tt.new_named(n, &path);
                self.placeholders.insert(t);
                t
            })
            .collect();
        let binds = param_binds(&f.type_params, &placeholders);
        let (sig, constraints) = self.with_bindings(self.cur_pkg, fi, &binds, |c| {
            let cs: Vec<Constraint> = f
                .type_params
                .iter()
                .map(|p| {
                    c.in_constraint = true;
                    let r = c.constraint_of(&p.ty);
                    c.in_constraint = false;
                    r
                })
                .collect();
            (c.func_type(&f.sig, false), cs)
        });
        for (&p, c) in placeholders.iter().zip(&constraints) {
            // a placeholder behaves like its constraint in messages and lookups
            self.tt.named_mut(p).unwrap().underlying = c.methods;
        }
        let g = self.generic_funcs.len() as u32;
        self.generic_funcs.push(GenericFunc {
            pkg: self.cur_pkg,
            file: fi,
            decl: f,
            placeholders,
            sig,
            constraints,
            insts: HashMap::new(),
        });
        self.declare_pkg(&f.name, Obj::GenericFunc(g));
    }

    /// Whether `t` mentions one of `ph` (all placeholders when `ph` is `None`).
    fn mentions(&self, t: TypeId, ph: Option<&[TypeId]>, depth: u32) -> bool {
        if depth > 16 {
            return false;
        }
        let is_ph = match ph {
            Some(ph) => ph.contains(&t),
            None => self.placeholders.contains(&t),
        };
        if is_ph {
            return true;
        }
        let m = |x: TypeId| self.mentions(x, ph, depth + 1);
        match self.tt.get(t) {
            Type::Pointer(e) | Type::Slice(e) | Type::Array(_, e) | Type::Chan(_, e) => m(*e),
            Type::Map(k, v) => m(*k) || m(*v),
            Type::Func(s) => s.params.iter().chain(&s.results).any(|x| m(*x)),
            Type::Struct(fs) => fs.iter().any(|f| m(f.ty)),
            Type::Tuple(ts) => ts.iter().any(|x| m(*x)),
            Type::Interface(ms) => ms.iter().any(|x| m(x.sig)),
            Type::Named(n) => self.tt.named[*n as usize].targs.iter().any(|x| m(*x)),
            _ => false,
        }
    }

    /// Unifies parameter type `p` (written with placeholders `ph`) with argument
    /// type `a`, binding placeholders. Inexact like Go's: a named argument type
    /// matches a type literal by its underlying type, channel directions are ignored.
    fn unify(&mut self, p: TypeId, a: TypeId, ph: &[TypeId], binds: &mut [Option<TypeId>]) -> bool {
        if let Some(i) = ph.iter().position(|&x| x == p) {
            return match binds[i] {
                None => {
                    binds[i] = Some(a);
                    true
                }
                Some(b) => {
                    b == a
                        || ((!self.tt.is_named(a) || !self.tt.is_named(b))
                            && self.tt.under(a) == self.tt.under(b))
                }
            };
        }
        if p == a {
            return true;
        }
        if !self.mentions(p, Some(ph), 0) {
            // no type parameter here: assignability is checked after instantiation
            return true;
        }
        match (self.tt.get(p).clone(), self.tt.get(a).clone()) {
            (Type::Pointer(x), Type::Pointer(y)) | (Type::Slice(x), Type::Slice(y)) => {
                self.unify(x, y, ph, binds)
            }
            (Type::Array(n, x), Type::Array(m, y)) => n == m && self.unify(x, y, ph, binds),
            (Type::Chan(_, x), Type::Chan(_, y)) => self.unify(x, y, ph, binds),
            (Type::Map(k1, v1), Type::Map(k2, v2)) => {
                self.unify(k1, k2, ph, binds) && self.unify(v1, v2, ph, binds)
            }
            (Type::Func(s1), Type::Func(s2)) => {
                s1.params.len() == s2.params.len()
                    && s1.results.len() == s2.results.len()
                    && s1.variadic == s2.variadic
                    && s1
                        .params
                        .iter()
                        .zip(&s2.params)
                        .chain(s1.results.iter().zip(&s2.results))
                        .all(|(&x, &y)| self.unify(x, y, ph, binds))
            }
            (Type::Struct(f1), Type::Struct(f2)) => {
                f1.len() == f2.len()
                    && f1
                        .iter()
                        .zip(&f2)
                        .all(|(x, y)| x.name == y.name && self.unify(x.ty, y.ty, ph, binds))
            }
            (Type::Named(n1), Type::Named(n2)) => {
                let (x, y) = (
                    self.tt.named[n1 as usize].clone(),
                    self.tt.named[n2 as usize].clone(),
                );
                x.name == y.name
                    && x.pkg == y.pkg
                    && x.targs.len() == y.targs.len()
                    && x.targs
                        .iter()
                        .zip(&y.targs)
                        .all(|(&s, &t)| self.unify(s, t, ph, binds))
            }
            (Type::Named(_), _) => false,
            (_, Type::Named(_)) => {
                let u = self.tt.under(a);
                u != a && self.unify(p, u, ph, binds)
            }
            _ => false,
        }
    }

    /// `t` with the bound placeholders replaced (type literals only); `None` when a
    /// placeholder is unbound or sits in a named type.
    fn subst(&mut self, t: TypeId, ph: &[TypeId], binds: &[Option<TypeId>]) -> Option<TypeId> {
        if let Some(i) = ph.iter().position(|&x| x == t) {
            return binds[i];
        }
        if !self.mentions(t, Some(ph), 0) {
            return Some(t);
        }
        let ty = match self.tt.get(t).clone() {
            Type::Pointer(e) => Type::Pointer(self.subst(e, ph, binds)?),
            Type::Slice(e) => Type::Slice(self.subst(e, ph, binds)?),
            Type::Array(n, e) => Type::Array(n, self.subst(e, ph, binds)?),
            Type::Chan(d, e) => Type::Chan(d, self.subst(e, ph, binds)?),
            Type::Map(k, v) => Type::Map(self.subst(k, ph, binds)?, self.subst(v, ph, binds)?),
            Type::Func(s) => {
                let mut s2 = s.clone();
                for x in s2.params.iter_mut().chain(s2.results.iter_mut()) {
                    *x = self.subst(*x, ph, binds)?;
                }
                Type::Func(s2)
            }
            _ => return None,
        };
        Some(self.tt.intern(ty))
    }

    /// Core type inference: a type parameter whose constraint has exactly one
    /// type term mentioning other type parameters (`S ~[]E`) is unified with it.
    fn core_inference(&mut self, g: u32, binds: &mut [Option<TypeId>]) {
        let ph = self.generic_funcs[g as usize].placeholders.clone();
        let cs = self.generic_funcs[g as usize].constraints.clone();
        for _ in 0..4 {
            let before = binds.to_vec();
            for (i, c) in cs.iter().enumerate() {
                let Some(terms) = &c.terms else { continue };
                let [(tilde, core)] = terms[..] else { continue };
                if !self.mentions(core, Some(&ph), 0) {
                    continue;
                }
                match binds[i] {
                    Some(b) => {
                        let target = if tilde { self.tt.under(b) } else { b };
                        self.unify(core, target, &ph, binds);
                    }
                    None => {
                        if let Some(t) = self.subst(core, &ph, binds) {
                            binds[i] = Some(t);
                        }
                    }
                }
            }
            if binds == before.as_slice() {
                break;
            }
        }
    }

    /// Whether `t` satisfies constraint `c` (spelled `cname`); Go 1.19's wording.
    fn satisfies(&mut self, t: TypeId, c: &Constraint, cname: &str) -> Result<(), String> {
        if t == INVALID {
            return Ok(());
        }
        let ts = self.show(t);
        if let Some(terms) = &c.terms {
            let ok = terms.iter().any(|&(tilde, x)| {
                x == INVALID
                    || if tilde {
                        self.tt.under(t) == self.tt.under(x)
                    } else {
                        t == x
                    }
            });
            if !ok {
                let set: Vec<String> = terms
                    .iter()
                    .map(|&(tilde, x)| format!("{}{}", if tilde { "~" } else { "" }, self.show(x)))
                    .collect();
                return Err(format!(
                    "{ts} does not implement {cname} ({ts} missing in {})",
                    set.join(" | ")
                ));
            }
        }
        if c.comparable && (self.tt.is_interface(t) || !self.tt.comparable(t)) {
            return Err(format!("{ts} does not implement comparable"));
        }
        if let Err(why) = self.implements(t, c.methods) {
            return Err(format!(
                "{ts} does not implement {cname} {}",
                super::expr::paren_cause(&why)
            ));
        }
        Ok(())
    }

    /// Checks type arguments `targs` against type parameter list `tps` (declared in
    /// `pkg`/`file`); errors at `spans[i]`, or `at` for inferred arguments.
    #[allow(clippy::too_many_arguments)]
    fn check_constraints(
        &mut self,
        pkg: PkgId,
        file: usize,
        tps: &[ast::Param],
        binds: &[(String, TypeId)],
        targs: &[TypeId],
        spans: &[Span],
        at: Span,
    ) {
        for (i, tp) in tps.iter().enumerate() {
            let c = self.with_bindings(pkg, file, binds, |c| {
                c.in_constraint = true;
                c.constraint_of(&tp.ty)
            });
            let cname = constraint_name(&tp.ty);
            if let Err(msg) = self.satisfies(targs[i], &c, &cname) {
                let sp = spans.get(i).copied().unwrap_or(at);
                self.err("constraint", sp, msg);
            }
        }
    }

    /// `G[A, B]` in a type position.
    pub(crate) fn instantiate_type_expr(
        &mut self,
        t: &ast::TypeExpr,
        base: &ast::TypeExpr,
        args: &[ast::TypeExpr],
    ) -> TypeId {
        let (obj, name) = match &base.kind {
            TypeExprKind::Name(id) => (self.lookup(&id.name, true), id.name.clone()),
            TypeExprKind::Qualified(p, n) => {
                let name = format!("{}.{}", p.name, n.name);
                match self.lookup(&p.name, true) {
                    Some(Obj::Pkg(pk)) if decls::is_exported(&n.name) => (
                        self.scopes_pkg[pk as usize].scope.get(&n.name).cloned(),
                        name,
                    ),
                    _ => (None, name),
                }
            }
            _ => (None, type_expr_string(base)),
        };
        let targs: Vec<TypeId> = args.iter().map(|a| self.resolve_type(a)).collect();
        match obj {
            Some(Obj::GenericType(g)) => {
                let spans: Vec<Span> = args.iter().map(|a| a.span).collect();
                self.instantiate_type(g, targs, &spans, base.span)
            }
            Some(Obj::Type(INVALID)) => INVALID,
            Some(_) => {
                self.err(
                    "generic",
                    base.span,
                    format!("{name} is not a generic type"),
                );
                INVALID
            }
            None => {
                self.err("undefined", t.span, format!("undefined: {name}"));
                INVALID
            }
        }
    }

    /// The instance of generic type `g` for `targs` (made on first use, with its
    /// methods).
    pub(crate) fn instantiate_type(
        &mut self,
        g: u32,
        targs: Vec<TypeId>,
        spans: &[Span],
        at: Span,
    ) -> TypeId {
        let (pkg, file, spec) = {
            let gt = &self.generic_types[g as usize];
            (gt.pkg, gt.file, gt.spec)
        };
        let n = spec.type_params.len();
        if targs.len() != n {
            let msg = format!("got {} arguments but {} type parameters", targs.len(), n);
            self.err("generic", at, msg);
            return INVALID;
        }
        if targs.contains(&INVALID) {
            return INVALID;
        }
        if let Some(&t) = self.generic_types[g as usize].insts.get(&targs) {
            return t;
        }
        if self.inst_depth > 40 {
            self.err("generic", at, "instantiation cycle");
            return INVALID;
        }
        let path = self.scopes_pkg[pkg as usize].path.clone();
        let named = self.tt.new_named(&spec.name.name, &path);
        self.tt.named_mut(named).unwrap().targs = targs.clone();
        self.generic_types[g as usize]
            .insts
            .insert(targs.clone(), named);
        let binds = param_binds(&spec.type_params, &targs);
        // an instance written with placeholders (in a generic signature) only
        // serves inference: no constraint check, no methods
        let abstract_ = targs.iter().any(|&t| self.mentions(t, None, 0));
        self.inst_depth += 1;
        let r = self.with_bindings(pkg, file, &binds, |c| c.resolve_type(&spec.ty));
        let u = self.tt.under(r);
        self.tt.named_mut(named).unwrap().underlying = u;
        if !abstract_ {
            if let Some(early) = &mut self.early_insts {
                early.push((g, targs.clone(), named, spans.to_vec(), at));
            } else {
                self.check_constraints(pkg, file, &spec.type_params, &binds, &targs, spans, at);
            }
            let methods = self.generic_types[g as usize].methods.clone();
            for (mfile, decl) in methods {
                self.instantiate_method(named, pkg, mfile, decl, &targs);
            }
        }
        self.inst_depth -= 1;
        named
    }

    /// Instances made while package types were being resolved: their underlying
    /// types again (now that every named type is resolved) and their constraints.
    pub(crate) fn finish_early_insts(&mut self) {
        let Some(early) = self.early_insts.take() else {
            return;
        };
        for (g, targs, named, spans, at) in early {
            let (pkg, file, spec) = {
                let gt = &self.generic_types[g as usize];
                (gt.pkg, gt.file, gt.spec)
            };
            let binds = param_binds(&spec.type_params, &targs);
            let r = self.with_bindings(pkg, file, &binds, |c| c.resolve_type(&spec.ty));
            let u = self.tt.under(r);
            self.tt.named_mut(named).unwrap().underlying = u;
            self.check_constraints(pkg, file, &spec.type_params, &binds, &targs, &spans, at);
        }
    }

    /// Makes the instance of method `decl` for instance `named` of its generic type.
    fn instantiate_method(
        &mut self,
        named: TypeId,
        pkg: PkgId,
        file: usize,
        decl: &'a ast::FuncDecl,
        targs: &[TypeId],
    ) {
        let Some(recv) = decl.recv.as_ref() else {
            return;
        };
        let mut rt = &recv.ty;
        let mut ptr = false;
        loop {
            match &rt.kind {
                TypeExprKind::Paren(x) => rt = x,
                TypeExprKind::Pointer(x) => {
                    ptr = true;
                    rt = x;
                }
                _ => break,
            }
        }
        let base_name = self
            .tt
            .named_of(named)
            .map(|n| n.name.clone())
            .unwrap_or_default();
        let TypeExprKind::Generic(_, params) = &rt.kind else {
            let msg = format!("cannot use generic type {base_name} without instantiation");
            self.err("generic", rt.span, msg);
            return;
        };
        if params.len() != targs.len() {
            let msg = format!(
                "got {} type parameter{}, but receiver base type declares {}",
                params.len(),
                if params.len() == 1 { "" } else { "s" },
                targs.len()
            );
            self.err("generic", rt.span, msg);
            return;
        }
        let mut binds = Vec::new();
        for (p, &t) in params.iter().zip(targs) {
            match &p.kind {
                TypeExprKind::Name(id) => binds.push((id.name.clone(), t)),
                _ => {
                    self.err(
                        "generic",
                        p.span,
                        "receiver type parameter must be an identifier",
                    );
                    return;
                }
            }
        }
        let mname = decl.name.name.clone();
        let dup = self
            .tt
            .named_of(named)
            .is_some_and(|n| n.methods.iter().any(|m| m.name == mname));
        if dup {
            let msg = format!("method {base_name}.{mname} already declared");
            self.err("redeclared", decl.name.span, msg);
            return;
        }
        if self
            .tt
            .struct_fields(named)
            .is_some_and(|fs| fs.iter().any(|f| f.name == mname))
        {
            let msg = format!("field and method with the same name {mname}");
            self.err("redeclared", decl.name.span, msg);
            return;
        }
        let (sig, recv_ty) = self.with_bindings(pkg, file, &binds, |c| {
            (c.func_type(&decl.sig, true), c.resolve_type(&recv.ty))
        });
        let path = self.scopes_pkg[pkg as usize].path.clone();
        let name = if ptr {
            format!("{path}.(*{base_name}[...]).{mname}")
        } else {
            format!("{path}.{base_name}[...].{mname}")
        };
        let fid = self.new_inst_func(name, pkg, file, sig, Some(recv_ty), decl, binds);
        self.tt.named_mut(named).unwrap().methods.push(MethodDecl {
            name: mname,
            func: fid,
            ptr_recv: ptr,
        });
    }

    /// Registers an instance function and queues its body.
    #[allow(clippy::too_many_arguments)]
    fn new_inst_func(
        &mut self,
        name: String,
        pkg: PkgId,
        file: usize,
        sig: TypeId,
        recv: Option<TypeId>,
        decl: &'a ast::FuncDecl,
        binds: Vec<(String, TypeId)>,
    ) -> FuncId {
        let fid = self.info.funcs.len() as FuncId;
        let slot = self.info.inst_decls.len();
        self.info.inst_decls.push(ast::Decl::Bad(Span::default()));
        self.inst_tag += 1;
        if self.inst_tag > 0xFFFF {
            self.unsupported(decl.name.span, "more than 65535 generic instances");
            self.inst_tag = 1;
        }
        let mut copy = decl.clone();
        refresh::func_decl(&mut copy, self.inst_tag << 16);
        self.info.funcs.push(FuncInfo {
            name,
            pkg,
            sig,
            recv,
            params: vec![],
            results: vec![],
            named_results: decl.sig.results.iter().any(|p| p.name.is_some()),
            captures: vec![],
            source: FuncSource::Inst(slot),
            native: false,
            span: decl.name.span,
            lit_count: 0,
        });
        self.pending_bodies.push(PendingBody {
            func: fid,
            pkg,
            file,
            slot,
            decl: copy,
            binds,
        });
        fid
    }

    /// The instance of generic function `g` for `targs`; `None` when the type
    /// arguments do not satisfy the constraints (reported).
    fn instantiate_func(
        &mut self,
        g: u32,
        targs: Vec<TypeId>,
        spans: &[Span],
        at: Span,
    ) -> Option<FuncId> {
        if let Some(&f) = self.generic_funcs[g as usize].insts.get(&targs) {
            self.deps.push(Obj::Func(f));
            return Some(f);
        }
        if targs.contains(&INVALID) {
            return None;
        }
        let (pkg, file, decl) = {
            let gf = &self.generic_funcs[g as usize];
            (gf.pkg, gf.file, gf.decl)
        };
        let binds = param_binds(&decl.type_params, &targs);
        let n = self.diags.len();
        self.check_constraints(pkg, file, &decl.type_params, &binds, &targs, spans, at);
        if self.diags.len() > n {
            return None;
        }
        let sig = self.with_bindings(pkg, file, &binds, |c| c.func_type(&decl.sig, false));
        let path = self.scopes_pkg[pkg as usize].path.clone();
        let name = format!("{path}.{}[...]", decl.name.name);
        let fid = self.new_inst_func(name, pkg, file, sig, None, decl, binds);
        self.generic_funcs[g as usize].insts.insert(targs, fid);
        self.deps.push(Obj::Func(fid));
        Some(fid)
    }

    /// Checks the queued instance bodies (which may queue more).
    pub(crate) fn check_pending_instances(&mut self) {
        loop {
            while let Some(p) = self.pending_bodies.pop() {
                let saved_deps = std::mem::take(&mut self.deps);
                let PendingBody {
                    func,
                    pkg,
                    file,
                    slot,
                    decl,
                    binds,
                } = p;
                if let Some(body) = &decl.body {
                    self.in_generic_body = true;
                    self.with_bindings(pkg, file, &binds, |c| {
                        c.check_func_body(func, decl.recv.as_ref(), &decl.sig, body)
                    });
                    self.in_generic_body = false;
                }
                let deps = std::mem::replace(&mut self.deps, saved_deps);
                self.func_deps.insert(func, deps);
                self.info.inst_decls[slot] = ast::Decl::Func(decl);
            }
            if !self.check_uninstantiated() {
                break;
            }
        }
    }

    /// Generic functions and types of the current package that no code
    /// instantiates are checked once with representative type arguments (a type of
    /// the constraint's type set, else the constraint's method interface), so that
    /// mistakes in their bodies are still reported. Returns whether it queued any.
    fn check_uninstantiated(&mut self) -> bool {
        let mut queued = false;
        for g in 0..self.generic_funcs.len() {
            let gf = &self.generic_funcs[g];
            if gf.pkg != self.cur_pkg || !gf.insts.is_empty() {
                continue;
            }
            let (ph, cs) = (gf.placeholders.clone(), gf.constraints.clone());
            let targs: Vec<TypeId> = cs.iter().map(|c| self.representative(c)).collect();
            // constraints written with other type parameters are not representable
            if cs.iter().any(|c| {
                c.terms
                    .as_ref()
                    .is_some_and(|ts| ts.iter().any(|t| self.mentions(t.1, Some(&ph), 0)))
            }) {
                continue;
            }
            let at = self.generic_funcs[g].decl.name.span;
            let n = self.diags.len();
            let fid = self.instantiate_func(g as u32, targs, &[], at);
            // a representative that does not fit is not the program's mistake
            self.diags.truncate(n);
            if fid.is_none() {
                self.generic_funcs[g].insts.insert(vec![], 0);
            }
            queued = true;
        }
        for g in 0..self.generic_types.len() {
            let gt = &self.generic_types[g];
            if gt.pkg != self.cur_pkg || !gt.insts.is_empty() {
                continue;
            }
            let (pkg, file, spec) = (gt.pkg, gt.file, gt.spec);
            let cs: Vec<Constraint> = self.with_bindings(pkg, file, &[], |c| {
                spec.type_params
                    .iter()
                    .map(|p| {
                        c.in_constraint = true;
                        let n = c.diags.len();
                        let r = c.constraint_of(&p.ty);
                        c.diags.truncate(n);
                        r
                    })
                    .collect()
            });
            let targs: Vec<TypeId> = cs.iter().map(|c| self.representative(c)).collect();
            let n = self.diags.len();
            self.instantiate_type(g as u32, targs.clone(), &[], spec.name.span);
            self.diags.truncate(n);
            self.generic_types[g].insts.entry(targs).or_insert(INVALID);
            queued = true;
        }
        queued
    }

    fn representative(&mut self, c: &Constraint) -> TypeId {
        if let Some(ts) = &c.terms {
            if let Some(&(_, t)) = ts.first() {
                return t;
            }
        }
        if c.comparable && self.tt.is_interface(c.methods) {
            return self.tt.basic(types::Basic::Int);
        }
        c.methods
    }

    /// If `func` (the callee of a call) names a generic function, possibly with
    /// explicit type arguments `F[int]`, returns it and those arguments.
    pub(crate) fn generic_callee(&mut self, func: &Expr) -> Option<(u32, Vec<TArg>)> {
        let f = strip(func);
        if let ExprKind::Index(b, idx) = &f.kind {
            let g = self.generic_func_named(b)?;
            let targs = self.type_args(idx);
            return Some((g, targs));
        }
        let g = self.generic_func_named(f)?;
        Some((g, vec![]))
    }

    fn generic_obj(&mut self, e: &Expr) -> Option<Obj> {
        match &strip(e).kind {
            ExprKind::Ident(id) => match self.lookup(&id.name, false) {
                Some(o @ (Obj::GenericFunc(_) | Obj::GenericType(_))) => {
                    self.lookup(&id.name, true);
                    Some(o)
                }
                _ => None,
            },
            ExprKind::Selector(b, name) => {
                let ExprKind::Ident(p) = &b.kind else {
                    return None;
                };
                match self.lookup(&p.name, false) {
                    Some(Obj::Pkg(pk)) if decls::is_exported(&name.name) => {
                        match self.scopes_pkg[pk as usize].scope.get(&name.name).cloned() {
                            Some(o @ (Obj::GenericFunc(_) | Obj::GenericType(_))) => {
                                self.lookup(&p.name, true);
                                Some(o)
                            }
                            _ => None,
                        }
                    }
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn generic_func_named(&mut self, e: &Expr) -> Option<u32> {
        match self.generic_obj(e)? {
            Obj::GenericFunc(g) => Some(g),
            _ => None,
        }
    }

    fn type_args(&mut self, idx: &[Expr]) -> Vec<TArg> {
        idx.iter()
            .map(|i| {
                let op = self.expr(i);
                if op.mode != Mode::TypeExpr {
                    if op.ty != INVALID {
                        let msg = format!("{} is not a type", self.expr_text(i));
                        self.err("not-type", i.span, msg);
                    }
                    return (INVALID, i.span);
                }
                (op.ty, i.span)
            })
            .collect()
    }

    /// `G[A]` in expression position: an instantiated type or function.
    pub(crate) fn generic_index(&mut self, e: &Expr, base: &Expr, idx: &[Expr]) -> Option<Operand> {
        let obj = self.generic_obj(base)?;
        let targs = self.type_args(idx);
        let (tys, spans): (Vec<TypeId>, Vec<Span>) = targs.into_iter().unzip();
        match obj {
            Obj::GenericType(g) => {
                let at = strip(base).span;
                let t = self.instantiate_type(g, tys, &spans, at);
                if t == INVALID {
                    return Some(Operand::invalid());
                }
                Some(Operand {
                    mode: Mode::TypeExpr,
                    ty: t,
                })
            }
            Obj::GenericFunc(g) => {
                let (n, decl) = {
                    let gf = &self.generic_funcs[g as usize];
                    (gf.placeholders.len(), gf.decl)
                };
                if tys.len() > n {
                    let msg = format!("got {} type arguments but want {}", tys.len(), n);
                    self.err("generic", spans[n], msg);
                    return Some(Operand::invalid());
                }
                if tys.len() < n {
                    self.cannot_infer(e.span, decl, tys.len());
                    return Some(Operand::invalid());
                }
                let Some(fid) = self.instantiate_func(g, tys, &spans, e.span) else {
                    return Some(Operand::invalid());
                };
                let sig = self.info.funcs[fid as usize].sig;
                self.record_callee(base, fid, sig);
                self.info.uses.insert(e.id, Obj::Func(fid));
                Some(Operand {
                    mode: Mode::Value,
                    ty: sig,
                })
            }
            _ => None,
        }
    }

    fn cannot_infer(&mut self, at: Span, decl: &ast::FuncDecl, k: usize) {
        let tp = &decl.type_params[k];
        let name = tp.name.as_ref().map_or("_", |n| n.name.as_str());
        self.diags.push(
            Diagnostic::error("cannot-infer", at, format!("cannot infer {name}"))
                .with_secondary(tp.span, format!("type parameter {name} declared here")),
        );
    }

    /// Records the callee expression of an instantiated generic call as naming
    /// instance `fid` (what `lower` sees for a direct call).
    fn record_callee(&mut self, f: &Expr, fid: FuncId, sig: TypeId) {
        self.record(f, sig, Mode::Value);
        match &f.kind {
            ExprKind::Paren(x) => self.record_callee(x, fid, sig),
            ExprKind::Ident(_) => {
                self.info.uses.insert(f.id, Obj::Func(fid));
            }
            ExprKind::Selector(b, _) => {
                self.record(b, INVALID, Mode::Pkg);
                self.info.selections.insert(f.id, Selection::Qualified);
                self.info.uses.insert(f.id, Obj::Func(fid));
            }
            ExprKind::Index(b, _) => {
                self.info.uses.insert(f.id, Obj::Func(fid));
                self.record_callee(b, fid, sig);
            }
            _ => {}
        }
    }

    /// A call of generic function `g`: infers the missing type arguments from the
    /// arguments, instantiates, and checks the call against the instance.
    pub(crate) fn generic_call(
        &mut self,
        e: &Expr,
        func: &Expr,
        g: u32,
        explicit: Vec<TArg>,
        args: &[Expr],
        ellipsis: bool,
    ) -> Operand {
        let (ph, gsig_id, decl) = {
            let gf = &self.generic_funcs[g as usize];
            (gf.placeholders.clone(), gf.sig, gf.decl)
        };
        let Some(gsig) = self.tt.signature(gsig_id).cloned() else {
            return Operand::invalid();
        };
        let n = ph.len();
        let fname = self.expr_text(strip(func));
        let fname = match fname.find('[') {
            Some(i) => fname[..i].to_string(),
            None => fname,
        };
        let tuple_arg = args.len() == 1 && (gsig.params.len() > 1 || gsig.variadic) && !ellipsis;
        let ops: Vec<Operand> = if tuple_arg {
            vec![self.expr(&args[0])]
        } else {
            args.iter().map(|a| self.value(a)).collect()
        };
        let lparen = Span {
            file: func.span.file,
            lo: func.span.hi,
            hi: func.span.hi + 1,
        };
        if explicit.len() > n {
            let msg = format!("got {} type arguments but want {}", explicit.len(), n);
            self.err("generic", explicit[n].1, msg);
            return Operand::invalid();
        }
        if explicit.iter().any(|t| t.0 == INVALID) || ops.iter().any(|o| o.ty == INVALID) {
            return Operand::invalid();
        }
        // the argument types, with the argument each comes from
        let mut arg_tys: Vec<(TypeId, usize)> = Vec::new();
        match (
            tuple_arg,
            self.tt.get(ops.first().map_or(INVALID, |o| o.ty)).clone(),
        ) {
            (true, Type::Tuple(ts)) => arg_tys.extend(ts.iter().map(|&t| (t, 0))),
            _ => arg_tys.extend(ops.iter().enumerate().map(|(i, o)| (o.ty, i))),
        }
        let np = gsig.params.len();
        let arity_ok = if ellipsis {
            gsig.variadic && arg_tys.len() == np
        } else if gsig.variadic {
            arg_tys.len() + 1 >= np
        } else {
            arg_tys.len() == np
        };
        if !arity_ok {
            // reported against the generic signature, as Go does
            self.check_args(e, &fname, &gsig, args, ellipsis, Some(ops));
            return Operand::invalid();
        }
        let mut binds: Vec<Option<TypeId>> = explicit.iter().map(|t| Some(t.0)).collect();
        binds.resize(n, None);
        let mut untyped = Vec::new();
        for (i, &(aty, ai)) in arg_tys.iter().enumerate() {
            let pt = self.param_type(&gsig, i, ellipsis);
            if self.tt.is_untyped(aty) {
                untyped.push((pt, aty, ai));
                continue;
            }
            if !self.unify(pt, aty, &ph, &mut binds) {
                let arg = &args[ai];
                let msg = match ph.iter().position(|&p| p == pt) {
                    Some(k) => format!(
                        "type {} of {} does not match inferred type {} for {}",
                        self.show(aty),
                        self.expr_text(arg),
                        self.show(binds[k].unwrap_or(INVALID)),
                        self.show(pt)
                    ),
                    None => format!(
                        "type {} of {} does not match {}",
                        self.show(aty),
                        self.expr_text(arg),
                        self.show(pt)
                    ),
                };
                self.err("type-mismatch", arg.span, msg);
                return Operand::invalid();
            }
        }
        self.core_inference(g, &mut binds);
        let mut from_untyped = vec![false; n];
        for (pt, aty, ai) in untyped {
            let Some(k) = ph.iter().position(|&p| p == pt) else {
                continue;
            };
            if self.tt.get(aty) == &Type::Basic(types::Basic::UntypedNil) {
                continue;
            }
            let d = self.default_type(aty);
            match binds[k] {
                None => {
                    binds[k] = Some(d);
                    from_untyped[k] = true;
                }
                Some(b) if from_untyped[k] && b != d => {
                    let msg = format!(
                        "default type {} of {} does not match inferred type {} for {}",
                        self.show(d),
                        self.expr_text(&args[ai]),
                        self.show(b),
                        self.show(pt)
                    );
                    self.err("type-mismatch", args[ai].span, msg);
                    return Operand::invalid();
                }
                _ => {}
            }
        }
        self.core_inference(g, &mut binds);
        if let Some(k) = binds.iter().position(|b| b.is_none()) {
            self.cannot_infer(lparen, decl, k);
            return Operand::invalid();
        }
        let targs: Vec<TypeId> = binds.into_iter().map(|b| b.unwrap_or(INVALID)).collect();
        let spans: Vec<Span> = (0..n)
            .map(|i| explicit.get(i).map_or(lparen, |t| t.1))
            .collect();
        let Some(fid) = self.instantiate_func(g, targs, &spans, lparen) else {
            return Operand::invalid();
        };
        let sig_id = self.info.funcs[fid as usize].sig;
        let Some(sig) = self.tt.signature(sig_id).cloned() else {
            return Operand::invalid();
        };
        self.record_callee(func, fid, sig_id);
        self.check_args(e, &fname, &sig, args, ellipsis, Some(ops));
        self.call_result(&sig)
    }
}

/// The bindings of type parameters `tps` to `targs`.
fn param_binds(tps: &[ast::Param], targs: &[TypeId]) -> Vec<(String, TypeId)> {
    tps.iter()
        .zip(targs)
        .map(|(p, &t)| (p.name.as_ref().map_or("_".into(), |n| n.name.clone()), t))
        .collect()
}

/// A constraint as Go's messages spell it.
fn constraint_name(t: &ast::TypeExpr) -> String {
    if let TypeExprKind::Interface(elems) = &t.kind {
        if let [ast::InterfaceElem::Embed(terms)] = &elems[..] {
            return terms
                .iter()
                .map(|(tilde, t)| {
                    format!("{}{}", if *tilde { "~" } else { "" }, type_expr_string(t))
                })
                .collect::<Vec<_>>()
                .join(" | ");
        }
    }
    type_expr_string(t)
}

fn strip(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Paren(x) => strip(x),
        _ => e,
    }
}

/// Copies of declarations for instances: every expression gets a fresh id and
/// every span the instance's tag.
mod refresh {
    use crate::syntax::ast::*;

    fn span(s: &mut Span, tag: u32) {
        s.file = (s.file & Span::FILE_MASK) | tag;
    }

    fn ident(i: &mut Ident, tag: u32) {
        span(&mut i.span, tag);
    }

    pub(super) fn func_decl(d: &mut FuncDecl, tag: u32) {
        ident(&mut d.name, tag);
        if let Some(r) = &mut d.recv {
            param(r, tag);
        }
        for p in &mut d.type_params {
            param(p, tag);
        }
        func_type(&mut d.sig, tag);
        if let Some(b) = &mut d.body {
            block(b, tag);
        }
        span(&mut d.span, tag);
    }

    fn param(p: &mut Param, tag: u32) {
        if let Some(n) = &mut p.name {
            ident(n, tag);
        }
        type_expr(&mut p.ty, tag);
        span(&mut p.span, tag);
    }

    fn func_type(f: &mut FuncType, tag: u32) {
        for p in f.params.iter_mut().chain(f.results.iter_mut()) {
            param(p, tag);
        }
        span(&mut f.span, tag);
    }

    fn type_expr(t: &mut TypeExpr, tag: u32) {
        span(&mut t.span, tag);
        match &mut t.kind {
            TypeExprKind::Name(i) => ident(i, tag),
            TypeExprKind::Qualified(a, b) => {
                ident(a, tag);
                ident(b, tag);
            }
            TypeExprKind::Generic(b, args) => {
                type_expr(b, tag);
                for a in args {
                    type_expr(a, tag);
                }
            }
            TypeExprKind::Pointer(e)
            | TypeExprKind::Slice(e)
            | TypeExprKind::Chan(_, e)
            | TypeExprKind::Paren(e) => type_expr(e, tag),
            TypeExprKind::Array(n, e) => {
                if let Some(n) = n {
                    expr(n, tag);
                }
                type_expr(e, tag);
            }
            TypeExprKind::Map(k, v) => {
                type_expr(k, tag);
                type_expr(v, tag);
            }
            TypeExprKind::Func(f) => func_type(f, tag),
            TypeExprKind::Struct(fields) => {
                for f in fields {
                    for n in &mut f.names {
                        ident(n, tag);
                    }
                    type_expr(&mut f.ty, tag);
                    span(&mut f.span, tag);
                }
            }
            TypeExprKind::Interface(elems) => {
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            ident(name, tag);
                            func_type(sig, tag);
                        }
                        InterfaceElem::Embed(terms) => {
                            for (_, t) in terms {
                                type_expr(t, tag);
                            }
                        }
                    }
                }
            }
            TypeExprKind::Bad => {}
        }
    }

    fn expr(e: &mut Expr, tag: u32) {
        e.id = ExprId::fresh();
        span(&mut e.span, tag);
        match &mut e.kind {
            ExprKind::Ident(i) => ident(i, tag),
            ExprKind::IntLit(_)
            | ExprKind::FloatLit(_)
            | ExprKind::ImagLit(_)
            | ExprKind::RuneLit(_)
            | ExprKind::StringLit(_)
            | ExprKind::Bad => {}
            ExprKind::Composite { ty, elems } => {
                if let Some(t) = ty {
                    type_expr(t, tag);
                }
                for el in elems {
                    match &mut el.key {
                        Some(ElemKey::Expr(k)) | Some(ElemKey::Composite(k)) => expr(k, tag),
                        None => {}
                    }
                    expr(&mut el.value, tag);
                    span(&mut el.span, tag);
                }
            }
            ExprKind::FuncLit { sig, body } => {
                func_type(sig, tag);
                block(body, tag);
            }
            ExprKind::Paren(x) | ExprKind::Unary(_, x) => expr(x, tag),
            ExprKind::Selector(x, name) => {
                expr(x, tag);
                ident(name, tag);
            }
            ExprKind::Index(x, idx) => {
                expr(x, tag);
                for i in idx {
                    expr(i, tag);
                }
            }
            ExprKind::Slice { base, lo, hi, max } => {
                expr(base, tag);
                for x in [lo, hi, max].into_iter().flatten() {
                    expr(x, tag);
                }
            }
            ExprKind::TypeAssert(x, t) => {
                expr(x, tag);
                if let Some(t) = t {
                    type_expr(t, tag);
                }
            }
            ExprKind::Call { func, args, .. } => {
                expr(func, tag);
                for a in args {
                    expr(a, tag);
                }
            }
            ExprKind::Binary(_, a, b) => {
                expr(a, tag);
                expr(b, tag);
            }
            ExprKind::Type(t) => type_expr(t, tag),
        }
    }

    fn block(b: &mut Block, tag: u32) {
        for s in &mut b.stmts {
            stmt(s, tag);
        }
        span(&mut b.span, tag);
    }

    fn stmts(ss: &mut [Stmt], tag: u32) {
        for s in ss {
            stmt(s, tag);
        }
    }

    fn var_spec(v: &mut VarSpec, tag: u32) {
        for n in &mut v.names {
            ident(n, tag);
        }
        if let Some(t) = &mut v.ty {
            type_expr(t, tag);
        }
        for x in &mut v.values {
            expr(x, tag);
        }
        span(&mut v.span, tag);
    }

    fn stmt(s: &mut Stmt, tag: u32) {
        span(&mut s.span, tag);
        match &mut s.kind {
            StmtKind::Empty
            | StmtKind::Fallthrough
            | StmtKind::Bad
            | StmtKind::Break(None)
            | StmtKind::Continue(None) => {}
            StmtKind::Break(Some(l)) | StmtKind::Continue(Some(l)) | StmtKind::Goto(l) => {
                ident(l, tag)
            }
            StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => expr(x, tag),
            StmtKind::Send(a, b) => {
                expr(a, tag);
                expr(b, tag);
            }
            StmtKind::IncDec(x, _) => expr(x, tag),
            StmtKind::Assign { lhs, rhs, .. } => {
                for x in lhs.iter_mut().chain(rhs.iter_mut()) {
                    expr(x, tag);
                }
            }
            StmtKind::Define { names, values } => {
                for n in names {
                    ident(n, tag);
                }
                for x in values {
                    expr(x, tag);
                }
            }
            StmtKind::Var(specs) => {
                for v in specs {
                    var_spec(v, tag);
                }
            }
            StmtKind::Const(specs) => {
                for c in specs {
                    for n in &mut c.names {
                        ident(n, tag);
                    }
                    if let Some(t) = &mut c.ty {
                        type_expr(t, tag);
                    }
                    for x in &mut c.values {
                        expr(x, tag);
                    }
                    span(&mut c.span, tag);
                }
            }
            StmtKind::Type(specs) => {
                for t in specs {
                    ident(&mut t.name, tag);
                    for p in &mut t.type_params {
                        param(p, tag);
                    }
                    type_expr(&mut t.ty, tag);
                    span(&mut t.span, tag);
                }
            }
            StmtKind::Return(xs) => {
                for x in xs {
                    expr(x, tag);
                }
            }
            StmtKind::Block(b) => block(b, tag),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    stmt(i, tag);
                }
                expr(cond, tag);
                block(then, tag);
                if let Some(e) = els {
                    stmt(e, tag);
                }
            }
            StmtKind::Switch {
                init,
                tag: t,
                clauses,
            } => {
                if let Some(i) = init {
                    stmt(i, tag);
                }
                if let Some(t) = t {
                    expr(t, tag);
                }
                for c in clauses {
                    for x in &mut c.exprs {
                        expr(x, tag);
                    }
                    stmts(&mut c.body, tag);
                    span(&mut c.span, tag);
                }
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                expr: x,
                clauses,
            } => {
                if let Some(i) = init {
                    stmt(i, tag);
                }
                if let Some(b) = bind {
                    ident(b, tag);
                }
                expr(x, tag);
                for c in clauses {
                    for t in &mut c.types {
                        type_expr(t, tag);
                    }
                    stmts(&mut c.body, tag);
                    span(&mut c.span, tag);
                }
            }
            StmtKind::Select { clauses } => {
                for c in clauses {
                    if let Some(s) = &mut c.comm {
                        stmt(s, tag);
                    }
                    stmts(&mut c.body, tag);
                    span(&mut c.span, tag);
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                if let Some(i) = init {
                    stmt(i, tag);
                }
                if let Some(c) = cond {
                    expr(c, tag);
                }
                if let Some(p) = post {
                    stmt(p, tag);
                }
                block(body, tag);
            }
            StmtKind::ForRange {
                key,
                value,
                expr: x,
                body,
                ..
            } => {
                for k in [key, value].into_iter().flatten() {
                    expr(k, tag);
                }
                expr(x, tag);
                block(body, tag);
            }
            StmtKind::Labeled(l, s) => {
                ident(l, tag);
                stmt(s, tag);
            }
        }
    }
}
