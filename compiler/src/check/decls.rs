//! Package-level checking: imports, collecting declarations into the package scope,
//! resolving type expressions and signatures, lazy constant evaluation, package
//! variable initialisation order, and function bodies.

use super::constant::ConstVal;
use super::types::{Basic, Dir, Field, IfaceMethod, MethodDecl, Signature, Type, TypeId, INVALID};
use super::*;
use crate::syntax::ast::{Decl, TypeExprKind};

/// A package variable initialisation: its place, its variables and what it refers to.
type VarInit = ((PkgId, usize, usize, usize), Vec<VarId>, Vec<Obj>);

impl<'a> Checker<'a> {
    pub(super) fn check_package(&mut self) {
        let pkg = self.cur_pkg as usize;
        let pkgs = self.pkgs;
        let files = &pkgs[pkg].files;
        // imports
        for file in files.iter() {
            let mut map = HashMap::new();
            for imp in &file.imports {
                let Some(target) = pkgs.iter().position(|p| p.path == imp.path) else {
                    self.err(
                        "import",
                        imp.span,
                        if matches!(imp.path.as_str(), "unsafe" | "reflect") {
                            format!("package {} is not supported yet", imp.path)
                        } else {
                            format!("package {} is not in std", imp.path)
                        },
                    );
                    continue;
                };
                let name = match &imp.name {
                    Some(n) => n.name.clone(),
                    None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
                };
                if name == "_" {
                    continue;
                }
                if name == "." {
                    self.unsupported(imp.span, "dot import");
                    continue;
                }
                map.insert(name, (target as PkgId, imp.span, false));
            }
            self.scopes_pkg[pkg].imports.push(map);
        }
        // collect
        let mut type_specs = Vec::new();
        let mut func_decls = Vec::new();
        let mut var_specs = Vec::new();
        let path = self.pkgs[pkg].path.clone();
        for (fi, file) in files.iter().enumerate() {
            for (di, decl) in file.decls.iter().enumerate() {
                match decl {
                    Decl::Type(specs) => {
                        for spec in specs {
                            if !spec.type_params.is_empty() {
                                if spec.alias {
                                    self.err(
                                        "generic",
                                        spec.name.span,
                                        "generic type cannot be alias",
                                    );
                                    continue;
                                }
                                let g = self.generic_types.len() as u32;
                                self.generic_types.push(generics::GenericType {
                                    pkg: self.cur_pkg,
                                    file: fi,
                                    spec,
                                    methods: Vec::new(),
                                    insts: HashMap::new(),
                                });
                                self.declare_pkg(&spec.name, Obj::GenericType(g));
                                continue;
                            }
                            let t = if spec.alias {
                                INVALID
                            } else {
                                self.tt.new_named(&spec.name.name, &path)
                            };
                            self.declare_pkg(&spec.name, Obj::Type(t));
                            type_specs.push((fi, spec, t));
                        }
                    }
                    Decl::Func(f) => func_decls.push((fi, di, f)),
                    Decl::Var(specs) => {
                        for (si, spec) in specs.iter().enumerate() {
                            var_specs.push((fi, di, si, spec));
                            for name in &spec.names {
                                let v = self.new_var(&name.name, INVALID, name.span);
                                self.info.defs.insert(name.span, v);
                                self.declare_pkg(name, Obj::Var(v));
                            }
                        }
                    }
                    Decl::Const(specs) => {
                        let mut last_values = 0;
                        for (si, spec) in specs.iter().enumerate() {
                            if !spec.values.is_empty() {
                                last_values = si;
                            }
                            let src = &specs[last_values];
                            for (ni, name) in spec.names.iter().enumerate() {
                                let idx = self.lazy_consts.len();
                                self.lazy_consts.push(LazyConstDecl {
                                    pkg: self.cur_pkg,
                                    file: fi,
                                    expr_spec: (di, last_values),
                                    index: ni,
                                    iota: spec.iota,
                                    ty: if spec.values.is_empty() {
                                        src.ty.clone()
                                    } else {
                                        spec.ty.clone()
                                    },
                                    state: 0,
                                    value: None,
                                    name: name.name.clone(),
                                    span: name.span,
                                });
                                self.declare_pkg(name, Obj::LazyConst(idx));
                            }
                        }
                    }
                    Decl::Bad(_) => {}
                }
            }
        }
        // methods of generic types are instantiated with their types
        let mut generic_methods = HashSet::new();
        for &(fi, di, f) in &func_decls {
            if let Some(g) = self.generic_recv_base(f) {
                self.generic_types[g as usize].methods.push((fi, f));
                generic_methods.insert((fi, di));
            }
        }
        // resolve named types (a few passes so `type A B` sees B's underlying type)
        self.early_insts = Some(Vec::new());
        for pass in 0..3 {
            for &(fi, spec, t) in &type_specs {
                self.cur_file = fi;
                if spec.alias {
                    if pass == 0 {
                        let target = self.resolve_type(&spec.ty);
                        self.scopes_pkg[pkg]
                            .scope
                            .insert(spec.name.name.clone(), Obj::Type(target));
                    }
                    continue;
                }
                let n = self.diags.len();
                let r = self.resolve_type_decl(&spec.ty, t);
                if pass > 0 {
                    self.diags.truncate(n);
                }
                let u = self.tt.under(r);
                self.tt.named_mut(t).unwrap().underlying = u;
            }
        }
        self.report_type_cycles(&type_specs);
        self.finish_early_insts();
        // functions and methods: signatures
        let mut bodies = Vec::new();
        for &(fi, di, f) in &func_decls {
            self.cur_file = fi;
            if generic_methods.contains(&(fi, di)) {
                continue;
            }
            if !f.type_params.is_empty() {
                if f.recv.is_some() {
                    self.err(
                        "syntax",
                        f.name.span,
                        "syntax error: method must have no type parameters",
                    );
                    continue;
                }
                self.declare_generic_func(fi, f);
                continue;
            }
            let sig = self.func_type(&f.sig, f.recv.is_some());
            let mut name = format!("{}.{}", path, f.name.name);
            let fid = self.info.funcs.len() as FuncId;
            let mut recv_ty = None;
            if let Some(recv) = &f.recv {
                let rt = self.resolve_type(&recv.ty);
                recv_ty = Some(rt);
                let (base, ptr) = match self.tt.get(rt).clone() {
                    Type::Pointer(e) => (e, true),
                    _ => (rt, false),
                };
                // Go reports receiver errors at the receiver parameter
                let rspan = recv.span;
                let Some(named) = self.tt.named_of(base) else {
                    if rt != INVALID {
                        let msg = if matches!(self.tt.get(base), Type::Basic(_)) {
                            format!(
                                "cannot define new methods on non-local type {}",
                                self.show(base)
                            )
                        } else {
                            format!("invalid receiver type {}", self.show(rt))
                        };
                        self.err("receiver", rspan, msg);
                    }
                    continue;
                };
                let tname = named.name.clone();
                if named.pkg != path {
                    let msg = format!(
                        "cannot define new methods on non-local type {}",
                        self.show(base)
                    );
                    self.err("receiver", rspan, msg);
                    continue;
                }
                if let Some(prev) = named.methods.iter().find(|m| m.name == f.name.name) {
                    let prev_span = self.info.funcs[prev.func as usize].span;
                    self.diags.push(
                        Diagnostic::error(
                            "redeclared",
                            f.name.span,
                            format!("{}.{} redeclared in this block", tname, f.name.name),
                        )
                        .with_related(prev_span, format!("other declaration of {}", f.name.name)),
                    );
                    continue;
                }
                if matches!(
                    self.tt.under_type(base),
                    Type::Pointer(_) | Type::Interface(_)
                ) {
                    self.err(
                        "receiver",
                        rspan,
                        format!(
                            "invalid receiver type {} (pointer or interface type)",
                            self.show(base)
                        ),
                    );
                    continue;
                }
                if let Some(fields) = self.tt.struct_fields(base) {
                    if fields.iter().any(|fl| fl.name == f.name.name) {
                        self.err(
                            "redeclared",
                            f.name.span,
                            format!("field and method with the same name {}", f.name.name),
                        );
                        continue;
                    }
                }
                name = if ptr {
                    format!("{}.(*{}).{}", path, tname, f.name.name)
                } else {
                    format!("{}.{}.{}", path, tname, f.name.name)
                };
                self.tt.named_mut(base).unwrap().methods.push(MethodDecl {
                    name: f.name.name.clone(),
                    func: fid,
                    ptr_recv: ptr,
                });
            } else if f.name.name == "init" {
                if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                    self.err(
                        "init",
                        f.name.span,
                        "func init must have no arguments and no return values",
                    );
                }
                self.info.init_funcs.push(fid);
            } else if f.name.name == "main" && path == "main" {
                if !f.sig.params.is_empty() || !f.sig.results.is_empty() {
                    self.err(
                        "main",
                        f.name.span,
                        "func main must have no arguments and no return values",
                    );
                }
                self.info.main_func = Some(fid);
                self.declare_pkg(&f.name, Obj::Func(fid));
            } else {
                self.declare_pkg(&f.name, Obj::Func(fid));
            }
            if f.body.is_none() && path == "main" {
                self.err("missing-body", f.name.span, "missing function body");
            }
            self.info.funcs.push(FuncInfo {
                name,
                pkg: self.cur_pkg,
                sig,
                recv: recv_ty,
                params: vec![],
                results: vec![],
                named_results: f.sig.results.iter().any(|p| p.name.is_some()),
                captures: vec![],
                source: FuncSource::Decl { file: fi, decl: di },
                native: f.body.is_none(),
                span: f.name.span,
                lit_count: 0,
            });
            bodies.push((fi, fid, f));
        }
        // constants
        for i in 0..self.lazy_consts.len() {
            if self.lazy_consts[i].pkg == self.cur_pkg {
                self.eval_lazy_const(i);
            }
        }
        // package variables: checked in source order, or earlier on first use
        let first_spec = self.global_specs.len();
        for &(fi, di, si, spec) in &var_specs {
            let vars: Vec<VarId> = spec.names.iter().map(|n| self.info.defs[&n.span]).collect();
            for &v in &vars {
                self.spec_of_var.insert(v, self.global_specs.len());
            }
            self.global_specs.push(GlobalSpec {
                file: fi,
                key: (self.cur_pkg, fi, di, si),
                spec,
                vars,
                state: 0,
                deps: vec![],
            });
        }
        for i in first_spec..self.global_specs.len() {
            self.check_global_spec(i);
        }
        let mut inits = Vec::new();
        for g in &self.global_specs[first_spec..] {
            inits.push((g.key, g.vars.clone(), g.deps.clone()));
        }
        // function bodies
        for &(fi, fid, f) in &bodies {
            self.cur_file = fi;
            self.deps.clear();
            if let Some(body) = &f.body {
                self.check_func_body(fid, f.recv.as_ref(), &f.sig, body);
            }
            let deps = std::mem::take(&mut self.deps);
            self.func_deps.insert(fid, deps);
        }
        self.check_pending_instances();
        self.order_var_inits(inits);
        // unused imports
        let mut unused = Vec::new();
        for m in &self.scopes_pkg[pkg].imports {
            for (name, (target, span, used)) in m {
                if !used {
                    let p = &self.pkgs[*target as usize].path;
                    let msg = if p.rsplit('/').next() == Some(name.as_str()) {
                        format!("imported and not used: \"{p}\"")
                    } else {
                        format!("imported and not used: \"{p}\" as {name}")
                    };
                    unused.push((*span, msg));
                }
            }
        }
        unused.sort();
        for (span, msg) in unused {
            self.diags.push(
                Diagnostic::error("unused-import", span, msg)
                    .with_label("imported here")
                    .with_help("remove the import"),
            );
        }
    }

    /// Checks package-level var spec `i` if it has not been checked yet, and gives
    /// its variables their global slots.
    pub(super) fn check_global_spec(&mut self, i: usize) {
        match self.global_specs[i].state {
            2 => return,
            1 => {
                let v = self.global_specs[i].vars[0];
                let (span, name) = (
                    self.info.vars[v as usize].span,
                    self.info.vars[v as usize].name.clone(),
                );
                self.err(
                    "init-cycle",
                    span,
                    format!("initialization cycle or initialization loop involving {name}"),
                );
                return;
            }
            _ => {}
        }
        self.global_specs[i].state = 1;
        let (file, spec, vars) = {
            let g = &self.global_specs[i];
            (g.file, g.spec, g.vars.clone())
        };
        let saved_file = self.cur_file;
        let saved_deps = std::mem::take(&mut self.deps);
        let saved_scopes = std::mem::take(&mut self.scopes);
        let saved_funcs = std::mem::take(&mut self.funcs);
        self.cur_file = file;
        self.check_var_spec(spec, &vars);
        for &v in &vars {
            let ty = self.info.vars[v as usize].ty;
            let layout = self.tt.layout(ty);
            self.info.vars[v as usize].global_slot = Some(self.info.global_slots);
            self.info.vars[v as usize].used = true;
            self.info.global_slots += layout.len() as u32;
            self.info.global_refs.extend(layout);
        }
        self.global_specs[i].deps = std::mem::replace(&mut self.deps, saved_deps);
        self.global_specs[i].state = 2;
        self.cur_file = saved_file;
        self.scopes = saved_scopes;
        self.funcs = saved_funcs;
    }

    /// Orders package variable initialisations so each runs after the variables its
    /// initialiser (transitively, through functions) refers to; ties keep source order.
    fn order_var_inits(&mut self, inits: Vec<VarInit>) {
        let var_owner: HashMap<VarId, usize> = inits
            .iter()
            .enumerate()
            .flat_map(|(i, (_, vs, _))| vs.iter().map(move |v| (*v, i)))
            .collect();
        // transitive var deps of each init
        let mut needs: Vec<HashSet<usize>> = Vec::new();
        for (_, _, deps) in &inits {
            let mut seen_funcs = HashSet::new();
            let mut stack: Vec<Obj> = deps.clone();
            let mut out = HashSet::new();
            while let Some(o) = stack.pop() {
                match o {
                    Obj::Var(v) => {
                        if let Some(&i) = var_owner.get(&v) {
                            out.insert(i);
                        }
                    }
                    Obj::Func(f) if seen_funcs.insert(f) => {
                        if let Some(d) = self.func_deps.get(&f) {
                            stack.extend(d.iter().cloned());
                        }
                    }
                    _ => {}
                }
            }
            needs.push(out);
        }
        let mut done = vec![false; inits.len()];
        let mut order = Vec::new();
        while order.len() < inits.len() {
            let mut progressed = false;
            for i in 0..inits.len() {
                if !done[i] && needs[i].iter().all(|&j| done[j] || j == i) {
                    done[i] = true;
                    order.push(i);
                    progressed = true;
                    break;
                }
            }
            if !progressed {
                // an initialisation cycle: report once, keep source order
                let i = (0..inits.len()).find(|&i| !done[i]).unwrap();
                let v = inits[i].1.first().copied();
                if let Some(v) = v {
                    let vi = &self.info.vars[v as usize];
                    let (span, name) = (vi.span, vi.name.clone());
                    self.err(
                        "init-cycle",
                        span,
                        format!("initialization cycle or initialization loop involving {name}"),
                    );
                }
                for (j, d) in done.iter_mut().enumerate() {
                    if !*d {
                        *d = true;
                        order.push(j);
                    }
                }
            }
        }
        for i in order {
            self.info.var_inits.push(inits[i].0);
        }
    }

    /// Go's `invalid recursive type T`: a named type that contains itself by value
    /// (through struct fields and array elements, or as its own underlying type).
    /// Each cycle is reported once, at its first type in source order, with Go's
    /// `T refers to` lines; the underlying type of that type becomes invalid so
    /// that no later walk (sizes, comparability, layout) loops.
    fn report_type_cycles(&mut self, type_specs: &[(usize, &ast::TypeSpec, TypeId)]) {
        let specs: Vec<(TypeId, Span)> = type_specs
            .iter()
            .filter(|(_, spec, _)| !spec.alias)
            .map(|&(_, spec, t)| (t, spec.name.span))
            .collect();
        let span_of: HashMap<TypeId, Span> = specs.iter().copied().collect();
        // `type A B`: A stands for B itself (its underlying type is B's)
        let by_name: HashMap<&str, TypeId> = type_specs
            .iter()
            .filter(|(_, spec, _)| !spec.alias)
            .map(|&(_, spec, t)| (spec.name.name.as_str(), t))
            .collect();
        let renames: HashMap<TypeId, TypeId> = type_specs
            .iter()
            .filter_map(|&(_, spec, t)| match &spec.ty.kind {
                TypeExprKind::Name(n) if !spec.alias => {
                    by_name.get(n.name.as_str()).map(|&b| (t, b))
                }
                _ => None,
            })
            .collect();
        let mut reported: HashSet<TypeId> = HashSet::new();
        for &(start, _) in &specs {
            if reported.contains(&start) {
                continue;
            }
            let mut path = vec![start];
            if let Some(cycle) = self.value_cycle(start, &mut path, &span_of, &renames) {
                if cycle.iter().any(|t| reported.contains(t)) {
                    continue;
                }
                reported.extend(cycle.iter().copied());
                let first = cycle[0];
                let name = self.show(first);
                let mut d = Diagnostic::error(
                    "recursive-type",
                    span_of[&first],
                    format!("invalid recursive type {name}"),
                );
                for t in &cycle {
                    d = d.with_related(span_of[t], format!("{} refers to", self.show(*t)));
                }
                d = d.with_related(span_of[&first], name);
                self.diags.push(d);
                if let Some(n) = self.tt.named_mut(first) {
                    n.underlying = INVALID;
                }
            }
        }
    }

    /// Depth-first search for a value cycle back to a type on `path`; returns
    /// the cycle (starting at the type it closes on).
    fn value_cycle(
        &self,
        t: TypeId,
        path: &mut Vec<TypeId>,
        decl: &HashMap<TypeId, Span>,
        renames: &HashMap<TypeId, TypeId>,
    ) -> Option<Vec<TypeId>> {
        let mut direct = Vec::new();
        match renames.get(&t) {
            Some(&b) => direct.push(b),
            None => {
                let u = self.tt.named_of(t).map(|n| n.underlying)?;
                self.value_parts(u, &mut direct, 0);
            }
        }
        for d in direct {
            if !decl.contains_key(&d) {
                continue;
            }
            if let Some(i) = path.iter().position(|p| *p == d) {
                return Some(path[i..].to_vec());
            }
            if path.len() > 256 {
                return None;
            }
            path.push(d);
            if let Some(c) = self.value_cycle(d, path, decl, renames) {
                return Some(c);
            }
            path.pop();
        }
        None
    }

    /// The named types `t` holds by value (itself if named, else inside struct
    /// fields and array elements).
    fn value_parts(&self, t: TypeId, out: &mut Vec<TypeId>, depth: u32) {
        if depth > 64 {
            return;
        }
        match self.tt.get(t) {
            Type::Named(_) => out.push(t),
            Type::Struct(fields) => {
                for f in fields {
                    self.value_parts(f.ty, out, depth + 1);
                }
            }
            Type::Array(_, el) => self.value_parts(*el, out, depth + 1),
            _ => {}
        }
    }

    pub(super) fn declare_pkg(&mut self, name: &ast::Ident, obj: Obj) {
        if name.name == "_" {
            return;
        }
        let special = matches!(name.name.as_str(), "main" | "init");
        if special && !matches!(obj, Obj::Func(_)) && self.pkg_path() == "main" {
            let msg = format!("cannot declare {} - must be func", name.name);
            self.err("declare", name.span, msg);
            return;
        }
        let pkg = self.cur_pkg as usize;
        let key = (self.cur_pkg, name.name.clone());
        if self.scopes_pkg[pkg].scope.contains_key(&name.name) {
            let mut d = Diagnostic::error(
                "redeclared",
                name.span,
                format!("{} redeclared in this block", name.name),
            );
            if let Some(p) = self.pkg_decl_spans.get(&key) {
                d = d.with_related(*p, format!("other declaration of {}", name.name));
            }
            self.diags.push(d);
            return;
        }
        self.pkg_decl_spans.insert(key, name.span);
        self.scopes_pkg[pkg].scope.insert(name.name.clone(), obj);
    }

    /// Evaluates package-level constant `i` (recursively, for forward references).
    pub(super) fn eval_lazy_const(&mut self, i: usize) -> Option<(TypeId, ConstVal)> {
        match self.lazy_consts[i].state {
            2 => return self.lazy_consts[i].value.clone(),
            1 => {
                let (span, name) = (self.lazy_consts[i].span, self.lazy_consts[i].name.clone());
                self.err(
                    "init-cycle",
                    span,
                    format!("initialization cycle: {name} refers to itself"),
                );
                self.lazy_consts[i].state = 2;
                return None;
            }
            _ => {}
        }
        self.lazy_consts[i].state = 1;
        let (pkg, file, (di, si), index, iota, ty) = {
            let l = &self.lazy_consts[i];
            (l.pkg, l.file, l.expr_spec, l.index, l.iota, l.ty.clone())
        };
        let saved = (
            self.cur_pkg,
            self.cur_file,
            self.iota,
            std::mem::take(&mut self.scopes),
        );
        let saved_funcs = std::mem::take(&mut self.funcs);
        self.cur_pkg = pkg;
        self.cur_file = file;
        self.iota = Some(iota);
        let pkgs = self.pkgs;
        let Decl::Const(specs) = &pkgs[pkg as usize].files[file].decls[di] else {
            unreachable!()
        };
        let spec = &specs[si];
        let span = self.lazy_consts[i].span;
        let value = self.const_spec_value(spec, index, ty.as_ref(), span);
        self.cur_pkg = saved.0;
        self.cur_file = saved.1;
        self.iota = saved.2;
        self.scopes = saved.3;
        self.funcs = saved_funcs;
        self.lazy_consts[i].state = 2;
        self.lazy_consts[i].value = value.clone();
        value
    }

    /// The value of name `index` of a const spec (shared by package and local consts).
    pub(super) fn const_spec_value(
        &mut self,
        spec: &ast::ConstSpec,
        index: usize,
        ty: Option<&ast::TypeExpr>,
        name_span: Span,
    ) -> Option<(TypeId, ConstVal)> {
        let Some(e) = spec.values.get(index) else {
            self.err(
                "const",
                name_span,
                "missing init expr for const declaration",
            );
            return None;
        };
        let declared = ty.map(|t| self.resolve_type(t));
        let op = self.expr(e);
        let Mode::Const(v) = op.mode.clone() else {
            if op.ty != INVALID {
                self.err(
                    "const",
                    e.span,
                    format!("{} is not constant", self.describe(e, &op)),
                );
            }
            return None;
        };
        match declared {
            Some(t) => {
                if t == INVALID {
                    return None;
                }
                let v = self.convert_const(e, &op, v, t, "constant declaration")?;
                Some((t, v))
            }
            None => Some((op.ty, v)),
        }
    }

    /// Resolves a type expression.
    pub(crate) fn resolve_type(&mut self, t: &ast::TypeExpr) -> TypeId {
        match &t.kind {
            TypeExprKind::Name(id) => match self.lookup(&id.name, true) {
                Some(Obj::Type(ty)) => self.not_constraint(ty, &id.name, id.span),
                Some(Obj::GenericType(_)) => {
                    self.err(
                        "generic",
                        id.span,
                        format!("cannot use generic type {} without instantiation", id.name),
                    );
                    INVALID
                }
                Some(_) => {
                    self.err("not-type", id.span, format!("{} is not a type", id.name));
                    INVALID
                }
                None => {
                    self.err("undefined", id.span, format!("undefined: {}", id.name));
                    INVALID
                }
            },
            TypeExprKind::Qualified(p, n) => match self.lookup(&p.name, true) {
                Some(Obj::Pkg(pk)) => {
                    let o = self.scopes_pkg[pk as usize].scope.get(&n.name).cloned();
                    match o {
                        Some(Obj::Type(ty)) if is_exported(&n.name) => {
                            let name = format!("{}.{}", p.name, n.name);
                            self.not_constraint(ty, &name, t.span)
                        }
                        Some(Obj::GenericType(_)) if is_exported(&n.name) => {
                            self.err(
                                "generic",
                                t.span,
                                format!(
                                    "cannot use generic type {}.{} without instantiation",
                                    p.name, n.name
                                ),
                            );
                            INVALID
                        }
                        Some(_) if is_exported(&n.name) => {
                            self.err(
                                "not-type",
                                n.span,
                                format!("{}.{} is not a type", p.name, n.name),
                            );
                            INVALID
                        }
                        _ => {
                            self.err(
                                "undefined",
                                t.span,
                                format!("undefined: {}.{}", p.name, n.name),
                            );
                            INVALID
                        }
                    }
                }
                None => {
                    self.err("undefined", p.span, format!("undefined: {}", p.name));
                    INVALID
                }
                Some(_) => {
                    self.err(
                        "not-type",
                        t.span,
                        format!("{}.{} is not a type", p.name, n.name),
                    );
                    INVALID
                }
            },
            TypeExprKind::Generic(base, args) => self.instantiate_type_expr(t, base, args),
            TypeExprKind::Pointer(e) => {
                let e = self.resolve_type(e);
                self.tt.intern(Type::Pointer(e))
            }
            TypeExprKind::Slice(e) => {
                let e = self.resolve_type(e);
                self.tt.intern(Type::Slice(e))
            }
            TypeExprKind::Array(len, e) => {
                let el = self.resolve_type(e);
                let Some(len) = len else {
                    self.err(
                        "array",
                        t.span,
                        "invalid use of [...] array (outside a composite literal)",
                    );
                    return INVALID;
                };
                let op = self.expr(len);
                let n = match &op.mode {
                    Mode::Const(v) => v
                        .as_bigint()
                        .and_then(|b| num_traits::ToPrimitive::to_u64(&b)),
                    _ => None,
                };
                match n {
                    Some(n) => self.tt.intern(Type::Array(n, el)),
                    None => {
                        if op.ty != INVALID {
                            self.err(
                                "array",
                                len.span,
                                "array length must be a non-negative integer constant",
                            );
                        }
                        INVALID
                    }
                }
            }
            TypeExprKind::Map(kx, v) => {
                let k = self.resolve_type(kx);
                let v = self.resolve_type(v);
                if k != INVALID && self.tt.struct_fields(k).is_none() && !self.tt.comparable(k) {
                    let msg = format!("invalid map key type {}", self.show(k));
                    self.err("map-key", kx.span, msg);
                }
                self.tt.intern(Type::Map(k, v))
            }
            TypeExprKind::Chan(d, e) => {
                let e = self.resolve_type(e);
                let d = match d {
                    ast::ChanDir::Both => Dir::Both,
                    ast::ChanDir::Send => Dir::Send,
                    ast::ChanDir::Recv => Dir::Recv,
                };
                self.tt.intern(Type::Chan(d, e))
            }
            TypeExprKind::Func(ft) => self.func_type(ft, false),
            TypeExprKind::Struct(fields) => {
                let mut out: Vec<Field> = Vec::new();
                let pkg = self.pkg_path().to_string();
                for f in fields {
                    let ty = self.resolve_type(&f.ty);
                    if f.embedded {
                        let base = self.tt.pointer_elem(ty).unwrap_or(ty);
                        let name = match self.tt.named_of(base) {
                            Some(n) => n.name.clone(),
                            None => match self.tt.get(base) {
                                Type::Basic(b) => b.name().to_string(),
                                _ => "?".into(),
                            },
                        };
                        out.push(Field {
                            name,
                            ty,
                            embedded: true,
                            pkg: pkg.clone(),
                        });
                    } else {
                        for n in &f.names {
                            if n.name != "_" && out.iter().any(|x| x.name == n.name) {
                                self.err("redeclared", n.span, format!("{} redeclared", n.name));
                            }
                            out.push(Field {
                                name: n.name.clone(),
                                ty,
                                embedded: false,
                                pkg: pkg.clone(),
                            });
                        }
                    }
                }
                self.tt.intern(Type::Struct(out))
            }
            TypeExprKind::Interface(elems) => {
                let mut ms: Vec<IfaceMethod> = Vec::new();
                for el in elems {
                    match el {
                        ast::InterfaceElem::Method { name, sig } => {
                            let s = self.func_type(sig, false);
                            ms.push(IfaceMethod {
                                name: name.name.clone(),
                                sig: s,
                            });
                        }
                        ast::InterfaceElem::Embed(terms) => {
                            if terms.len() != 1 || terms[0].0 {
                                self.outside_constraint(t);
                                continue;
                            }
                            let e = self.resolve_type(&terms[0].1);
                            match self.tt.under_type(e).clone() {
                                Type::Interface(inner) => {
                                    for m in inner {
                                        if !ms.iter().any(|x| x.name == m.name) {
                                            ms.push(m);
                                        }
                                    }
                                }
                                Type::Invalid => {}
                                _ => self.outside_constraint(t),
                            }
                        }
                    }
                }
                ms.sort_by(|a, b| a.name.cmp(&b.name));
                self.tt.intern(Type::Interface(ms))
            }
            TypeExprKind::Paren(inner) => self.resolve_type(inner),
            TypeExprKind::Bad => INVALID,
        }
    }

    /// The `Type::Func` of a signature (receiver excluded).
    pub(crate) fn func_type(&mut self, ft: &ast::FuncType, _method: bool) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, p) in ft.params.iter().enumerate() {
            let mut ty = self.resolve_type(&p.ty);
            if p.variadic {
                if i + 1 != ft.params.len() {
                    self.err(
                        "variadic",
                        p.span,
                        "can only use ... with final parameter in list",
                    );
                }
                variadic = true;
                ty = self.tt.intern(Type::Slice(ty));
            }
            params.push(ty);
        }
        let results = ft
            .results
            .iter()
            .map(|p| self.resolve_type(&p.ty))
            .collect();
        self.tt.intern(Type::Func(Signature {
            params,
            results,
            variadic,
        }))
    }

    /// Checks a function or method body (also used for function literals).
    pub(crate) fn check_func_body(
        &mut self,
        fid: FuncId,
        recv: Option<&ast::Param>,
        ft: &ast::FuncType,
        body: &ast::Block,
    ) {
        let sig = self
            .tt
            .signature(self.info.funcs[fid as usize].sig)
            .cloned()
            .unwrap();
        self.funcs.push(FuncCtx {
            func: fid,
            results: sig.results.clone(),
            labels: Labels::default(),
        });
        self.push_scope();
        let mut params = Vec::new();
        if let Some(r) = recv {
            let ty = self.resolve_type(&r.ty);
            params.push(self.declare_param(r.name.as_ref(), ty, r.span));
        }
        for (p, &ty) in ft.params.iter().zip(&sig.params) {
            params.push(self.declare_param(p.name.as_ref(), ty, p.span));
        }
        let mut results = Vec::new();
        for (p, &ty) in ft.results.iter().zip(&sig.results) {
            results.push(self.declare_param(p.name.as_ref(), ty, p.span));
        }
        self.info.funcs[fid as usize].params = params;
        self.info.funcs[fid as usize].results = results;
        self.block_stmts(&body.stmts);
        self.check_labels();
        if !sig.results.is_empty() && !self.is_terminating_list(&body.stmts) {
            let close = Span {
                file: body.span.file,
                lo: body.span.hi.saturating_sub(1),
                hi: body.span.hi,
            };
            self.diags.push(
                Diagnostic::error("missing-return", close, "missing return")
                    .with_label("the function can reach its end without returning a value"),
            );
        }
        self.pop_scope();
        self.funcs.pop();
    }

    fn declare_param(&mut self, name: Option<&ast::Ident>, ty: TypeId, span: Span) -> VarId {
        let (n, sp) = match name {
            Some(id) => (id.name.as_str(), id.span),
            None => ("_", span),
        };
        let v = self.new_var(n, ty, sp);
        self.info.vars[v as usize].used = true;
        if let Some(id) = name {
            self.info.defs.insert(id.span, v);
        }
        self.declare(n, Obj::Var(v));
        v
    }

    /// Checks a `var` spec whose variables already exist (`vars`), setting their types.
    pub(crate) fn check_var_spec(&mut self, spec: &ast::VarSpec, vars: &[VarId]) {
        let declared = spec.ty.as_ref().map(|t| self.resolve_type(t));
        if spec.values.is_empty() {
            let t = declared.unwrap_or(INVALID);
            for &v in vars {
                self.info.vars[v as usize].ty = t;
            }
            return;
        }
        let types = self.assign_values(
            &spec.values,
            vars.len(),
            declared,
            "variable declaration",
            spec.span,
        );
        for (i, &v) in vars.iter().enumerate() {
            self.info.vars[v as usize].ty =
                declared.unwrap_or(types.get(i).copied().unwrap_or(INVALID));
        }
    }

    /// Checks the right-hand side of a declaration with `n` names. Returns the default
    /// types of the values (after conversion to `declared` when given).
    pub(crate) fn assign_values(
        &mut self,
        values: &[ast::Expr],
        n: usize,
        declared: Option<TypeId>,
        context: &str,
        span: Span,
    ) -> Vec<TypeId> {
        if values.len() == 1 && n > 1 {
            let op = self.expr(&values[0]);
            let tys = self.tuple_types(&values[0], &op, n, span);
            if let Some(d) = declared {
                for t in &tys {
                    if *t != INVALID && !self.assignable_type(*t, d) {
                        // Go 1.19 says "assignment" here whatever the context
                        let _ = context;
                        let msg = format!(
                            "cannot use {} (value of type {}) as type {} in assignment",
                            self.expr_text(&values[0]),
                            self.show(*t),
                            self.show(d)
                        );
                        self.err("type-mismatch", values[0].span, msg);
                    }
                }
            }
            return tys;
        }
        if values.len() != n {
            self.err(
                "assign-count",
                values.first().map_or(span, |v| v.span),
                format!(
                    "assignment mismatch: {} variable{} but {} value{}",
                    n,
                    if n == 1 { "" } else { "s" },
                    values.len(),
                    if values.len() == 1 { "" } else { "s" }
                ),
            );
            for v in values {
                self.expr(v);
            }
            return vec![INVALID; n];
        }
        let mut out = Vec::new();
        for v in values {
            let op = self.expr(v);
            if n == 1 && self.is_multi_value(&op) {
                if let Type::Tuple(ts) = self.tt.get(op.ty) {
                    let msg = self.call_mismatch(v, 1, ts.len());
                    self.err("assign-count", v.span, msg);
                }
                out.push(INVALID);
                continue;
            }
            let op = self.single_value(v, op);
            match declared {
                Some(d) => {
                    self.assign_to(v, &op, d, context);
                    out.push(d);
                }
                None => {
                    if op.mode == Mode::NoValue || op.ty == INVALID {
                        out.push(INVALID);
                        continue;
                    }
                    if matches!(op.mode, Mode::TypeExpr) {
                        out.push(INVALID);
                        continue;
                    }
                    if self.tt.get(op.ty) == &Type::Basic(Basic::UntypedNil) {
                        self.err("nil", v.span, format!("use of untyped nil in {context}"));
                        out.push(INVALID);
                        continue;
                    }
                    let t = self.default_type(op.ty);
                    self.assign_to(v, &op, t, context);
                    out.push(t);
                }
            }
        }
        out
    }
}

pub(crate) fn is_exported(name: &str) -> bool {
    name.chars().next().is_some_and(|c| c.is_uppercase())
}
