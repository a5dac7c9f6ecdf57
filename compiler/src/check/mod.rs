//! The type checker: resolves names through scopes, computes the type (and constant
//! value) of every expression, checks Go's typing rules and reports every independent
//! error with Go's wording. Its output, [`Info`], is the "typed AST": side tables keyed
//! by `ExprId` (types, constants, resolutions, selections) plus the variables and
//! functions of the program, which `lower` turns into bytecode.
//!
//! Also decides which local variables live in heap boxes: those captured by a closure
//! or whose address is taken (explicitly with `&`, or implicitly by a pointer-receiver
//! method call).
//!
//! Checking goes on past errors: an expression that fails gets the invalid type, and
//! operations on invalid operands report nothing more, so one mistake is one diagnostic.

pub mod constant;
mod decls;
mod expr;
mod generics;
mod stmt;
pub mod types;

use crate::diag::Diagnostic;
use crate::syntax::ast::{self, ExprId, Span};
use constant::ConstVal;
use std::collections::{HashMap, HashSet};
use types::{Basic, Type, TypeId, TypeTable, INVALID};

pub type VarId = u32;
pub type FuncId = u32;
pub type PkgId = u32;

/// What a name denotes.
#[derive(Clone, Debug, PartialEq)]
pub enum Obj {
    Var(VarId),
    Const(TypeId, ConstVal),
    /// A constant not evaluated yet (package level).
    LazyConst(usize),
    Type(TypeId),
    /// A type declared at package level whose underlying type is not resolved yet.
    Func(FuncId),
    /// A generic function (index into the checker's generic functions); only its
    /// instances (`Obj::Func`) reach the tables given to `lower`.
    GenericFunc(u32),
    /// A generic type (index into the checker's generic types).
    GenericType(u32),
    Pkg(PkgId),
    Builtin(Builtin),
    Nil,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
}

#[derive(Clone, Debug)]
pub struct VarInfo {
    pub name: String,
    pub ty: TypeId,
    pub span: Span,
    /// Owning function; `None` for package-level variables.
    pub owner: Option<FuncId>,
    /// Lives in a heap box (captured by a closure or address taken).
    pub boxed: bool,
    pub used: bool,
    /// For package-level variables: the first global slot.
    pub global_slot: Option<u32>,
}

/// A function body to compile: a declared function, a method or a function literal.
#[derive(Clone, Debug)]
pub struct FuncInfo {
    /// Qualified name as in traces: `main.main`, `main.(*T).M`, `main.main.func1`.
    pub name: String,
    pub pkg: PkgId,
    /// The signature (a `Type::Func`).
    pub sig: TypeId,
    /// The receiver type of a method.
    pub recv: Option<TypeId>,
    /// Receiver (methods), then parameters; `_`/unnamed ones get anonymous variables.
    pub params: Vec<VarId>,
    /// Result variables (named or synthesized).
    pub results: Vec<VarId>,
    pub named_results: bool,
    /// Variables of enclosing functions used by this function literal, in capture order.
    pub captures: Vec<VarId>,
    /// Where the body is: a top-level declaration or a function literal.
    pub source: FuncSource,
    /// Declared without a body: bound by the VM as a native.
    pub native: bool,
    pub span: Span,
    /// Number of function literals inside (for `funcN` naming).
    pub lit_count: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FuncSource {
    /// `pkgs[pkg].files[file].decls[decl]`
    Decl { file: usize, decl: usize },
    /// The function literal expression with this id.
    Lit(ExprId),
    /// An instance of a generic function or of a method of a generic type: the
    /// declaration copy `Info::inst_decls[i]`.
    Inst(usize),
}

/// How an expression may be used.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// Not a value (a call of a function without results).
    NoValue,
    /// A computed value.
    Value,
    /// An addressable variable (or `*p`, `s[i]`, field of addressable).
    Var,
    Const(ConstVal),
    /// A type in expression position.
    TypeExpr,
    Builtin(Builtin),
    Pkg,
    /// `v, ok` capable: type assertion (map index and receive later).
    CommaOk,
    /// `m[k]`: assignable, not addressable, `v, ok` capable.
    MapIndex,
}

#[derive(Clone, Debug)]
pub struct ExprInfo {
    pub ty: TypeId,
    pub mode: Mode,
}

/// What `x.f` selects.
#[derive(Clone, Debug, PartialEq)]
pub enum Selection {
    /// A struct field reached through `path` (field indices; embedded fields first).
    /// `derefs[i]` says whether the step into `path[i]` goes through a pointer.
    Field { path: Vec<usize>, derefs: Vec<bool> },
    /// A method of a named type, reached through embedded `path`.
    Method {
        func: FuncId,
        path: Vec<usize>,
        derefs: Vec<bool>,
        ptr_recv: bool,
    },
    /// A method of an interface (dynamic dispatch).
    IfaceMethod {
        name: String,
        /// Path to an embedded interface field (empty: the base is the interface).
        path: Vec<usize>,
        derefs: Vec<bool>,
    },
    /// `pkg.Name`
    Qualified,
    /// A method expression `T.M` / `(*T).M`: the method as a function whose first
    /// parameter is the receiver. `func` is the method itself when its receiver is
    /// exactly `recv`; otherwise (through a pointer, an embedded field, or an
    /// interface type) the lowering makes a wrapper from `recv` and `name`.
    MethodExpr {
        func: Option<FuncId>,
        recv: TypeId,
        name: String,
    },
}

/// Everything the checker learnt, for `lower`.
#[derive(Debug, Default)]
pub struct Info {
    pub exprs: HashMap<ExprId, ExprInfo>,
    /// What each identifier expression (and qualified `pkg.Name`) refers to.
    pub uses: HashMap<ExprId, Obj>,
    /// Variables declared by an identifier, keyed by the identifier's span.
    pub defs: HashMap<Span, VarId>,
    pub selections: HashMap<ExprId, Selection>,
    /// Function literals.
    pub lits: HashMap<ExprId, FuncId>,
    /// Conversions `T(x)`: the call expression's id.
    pub conversions: HashSet<ExprId>,
    /// Type switch clause variables, keyed by the clause span.
    pub case_vars: HashMap<Span, VarId>,
    /// Resolved types of type expressions in type switch cases (by span).
    pub case_types: HashMap<Span, Option<TypeId>>,
    /// Resolved composite-literal types, keyed by the literal's expr id.
    pub composite_types: HashMap<ExprId, TypeId>,
    pub vars: Vec<VarInfo>,
    pub funcs: Vec<FuncInfo>,
    /// Package-level variable initialisations in execution order:
    /// (package, file, decl index, spec index).
    pub var_inits: Vec<(PkgId, usize, usize, usize)>,
    /// `init` functions in execution order.
    pub init_funcs: Vec<FuncId>,
    pub main_func: Option<FuncId>,
    pub global_slots: u32,
    pub global_refs: Vec<bool>,
    /// One copy of a generic declaration (an `ast::Decl::Func`) per instance, with
    /// fresh expression ids and tagged spans (see `Span::FILE_MASK`), checked with the
    /// type parameters bound to the type arguments.
    pub inst_decls: Vec<ast::Decl>,
}

/// A package to check: its import path and parsed files.
pub struct Package {
    pub path: String,
    pub files: Vec<ast::File>,
}

struct PkgScope {
    path: String,
    scope: HashMap<String, Obj>,
    /// Per file: import name -> (package, span, used).
    imports: Vec<HashMap<String, (PkgId, Span, bool)>>,
}

/// Labels and gotos of the function being checked (Go's label rules are checked
/// when its body is done).
#[derive(Default)]
pub(crate) struct Labels {
    /// name -> (span, block path, statement index, used)
    pub(crate) defined: HashMap<String, (Span, Vec<u32>, usize, bool)>,
    /// (label, span, block path, statement index) of each `goto`
    pub(crate) gotos: Vec<(String, Span, Vec<u32>, usize)>,
    /// The enclosing blocks of the statement being checked, and its index.
    pub(crate) path: Vec<u32>,
    pub(crate) index: usize,
    pub(crate) next_block: u32,
    /// Per block: (statement index, span) of its variable declarations.
    pub(crate) decls: HashMap<u32, Vec<(usize, Span)>>,
    /// The enclosing for/switch/select statements, innermost last: (label,
    /// is a loop), for Go's break/continue rules.
    pub(crate) targets: Vec<(Option<String>, bool)>,
    /// The label of the labeled statement being entered.
    pub(crate) pending: Option<String>,
}

struct FuncCtx {
    func: FuncId,
    results: Vec<TypeId>,
    labels: Labels,
}

/// Lazily evaluated package-level constant.
struct LazyConstDecl {
    pkg: PkgId,
    file: usize,
    /// The spec holding the expression (may be an earlier spec for implicit repetition).
    expr_spec: (usize, usize),
    index: usize,
    iota: u32,
    ty: Option<ast::TypeExpr>,
    state: u8, // 0 pending, 1 in progress, 2 done
    value: Option<(TypeId, ConstVal)>,
    name: String,
    span: Span,
}

/// A package-level `var` spec, checked on first use or in source order.
struct GlobalSpec<'a> {
    file: usize,
    key: (PkgId, usize, usize, usize),
    spec: &'a ast::VarSpec,
    vars: Vec<VarId>,
    /// 0 pending, 1 in progress, 2 done
    state: u8,
    deps: Vec<Obj>,
}

pub struct Checker<'a> {
    pub tt: TypeTable,
    pub info: Info,
    pub diags: Vec<Diagnostic>,
    pkgs: &'a [Package],
    universe: HashMap<String, Obj>,
    scopes_pkg: Vec<PkgScope>,
    cur_pkg: PkgId,
    cur_file: usize,
    scopes: Vec<HashMap<String, Obj>>,
    /// Where each package-level name was declared (package, name).
    pkg_decl_spans: HashMap<(PkgId, String), Span>,
    funcs: Vec<FuncCtx>,
    lazy_consts: Vec<LazyConstDecl>,
    /// `iota` in the constant declaration being checked.
    iota: Option<u32>,
    /// Package-level objects referenced while checking the current declaration.
    deps: Vec<Obj>,
    func_deps: HashMap<FuncId, Vec<Obj>>,
    global_specs: Vec<GlobalSpec<'a>>,
    spec_of_var: HashMap<VarId, usize>,
    generic_funcs: Vec<generics::GenericFunc<'a>>,
    generic_types: Vec<generics::GenericType<'a>>,
    /// Instance bodies still to be checked.
    pending_bodies: Vec<generics::PendingBody>,
    /// Type sets of constraint interfaces (named ones and `comparable`).
    constraints: HashMap<TypeId, generics::Constraint>,
    /// Resolving a constraint: interfaces with type sets are allowed.
    in_constraint: bool,
    /// Checking the body of an instance of a generic declaration.
    in_generic_body: bool,
    /// The placeholder types standing for type parameters in generic signatures.
    placeholders: HashSet<TypeId>,
    /// The last instantiation tag given to a declaration copy.
    inst_tag: u32,
    /// Nesting of type instantiations (stops infinite expansion).
    inst_depth: u32,
    /// Instances of generic types made while package types are still being resolved
    /// (their underlying types are computed again afterwards).
    early_insts: Option<Vec<generics::EarlyInst>>,
}

/// Checks `pkgs` (dependencies first, `main` last) and returns the tables, or the
/// diagnostics when there are errors.
pub fn check_program(pkgs: &[Package]) -> (TypeTable, Info, Vec<Diagnostic>) {
    let mut c = Checker::new(pkgs);
    c.run();
    // diagnostics in instantiated copies point at the generic source; several
    // instances report the same mistake once
    let mut seen = HashSet::new();
    let mut diags = Vec::new();
    for mut d in c.diags {
        for l in &mut d.labels {
            l.span = l.span.untagged();
        }
        let key = (d.span(), d.message.clone());
        if seen.insert(key) {
            diags.push(d);
        }
    }
    (c.tt, c.info, diags)
}

impl<'a> Checker<'a> {
    fn new(pkgs: &'a [Package]) -> Checker<'a> {
        let mut tt = TypeTable::new();
        let mut universe = HashMap::new();
        for (name, b) in [
            ("bool", Basic::Bool),
            ("int", Basic::Int),
            ("int8", Basic::Int8),
            ("int16", Basic::Int16),
            ("int32", Basic::Int32),
            ("int64", Basic::Int64),
            ("uint", Basic::Uint),
            ("uint8", Basic::Uint8),
            ("uint16", Basic::Uint16),
            ("uint32", Basic::Uint32),
            ("uint64", Basic::Uint64),
            ("uintptr", Basic::Uintptr),
            ("float32", Basic::Float32),
            ("float64", Basic::Float64),
            ("string", Basic::String),
            ("byte", Basic::Uint8),
            ("rune", Basic::Int32),
        ] {
            let t = tt.basic(b);
            universe.insert(name.to_string(), Obj::Type(t));
        }
        let any = tt.intern(Type::Interface(vec![]));
        universe.insert("any".into(), Obj::Type(any));
        // error: a named interface with Error() string
        let string = tt.basic(Basic::String);
        let err_sig = tt.intern(Type::Func(types::Signature {
            params: vec![],
            results: vec![string],
            variadic: false,
        }));
        let err_iface = tt.intern(Type::Interface(vec![types::IfaceMethod {
            name: "Error".into(),
            sig: err_sig,
        }]));
        let error_type = tt.new_named("error", "");
        tt.named_mut(error_type).unwrap().underlying = err_iface;
        universe.insert("error".into(), Obj::Type(error_type));
        let ub = tt.basic(Basic::UntypedBool);
        universe.insert("true".into(), Obj::Const(ub, ConstVal::Bool(true)));
        universe.insert("false".into(), Obj::Const(ub, ConstVal::Bool(false)));
        universe.insert("nil".into(), Obj::Nil);
        for (name, b) in [
            ("append", Builtin::Append),
            ("cap", Builtin::Cap),
            ("clear", Builtin::Clear),
            ("close", Builtin::Close),
            ("complex", Builtin::Complex),
            ("copy", Builtin::Copy),
            ("delete", Builtin::Delete),
            ("imag", Builtin::Imag),
            ("len", Builtin::Len),
            ("make", Builtin::Make),
            ("max", Builtin::Max),
            ("min", Builtin::Min),
            ("new", Builtin::New),
            ("panic", Builtin::Panic),
            ("print", Builtin::Print),
            ("println", Builtin::Println),
            ("real", Builtin::Real),
            ("recover", Builtin::Recover),
        ] {
            universe.insert(name.to_string(), Obj::Builtin(b));
        }
        for name in ["complex64", "complex128"] {
            universe.insert(name.to_string(), Obj::Type(INVALID));
        }
        let comparable = tt.new_named("comparable", "");
        tt.named_mut(comparable).unwrap().underlying = any;
        universe.insert("comparable".into(), Obj::Type(comparable));
        let mut constraints = HashMap::new();
        constraints.insert(
            comparable,
            generics::Constraint {
                methods: any,
                comparable: true,
                terms: None,
                is_iface: true,
            },
        );
        Checker {
            tt,
            info: Info::default(),
            diags: Vec::new(),
            pkgs,
            universe,
            scopes_pkg: Vec::new(),
            cur_pkg: 0,
            cur_file: 0,
            scopes: Vec::new(),
            pkg_decl_spans: HashMap::new(),
            funcs: Vec::new(),
            lazy_consts: Vec::new(),
            iota: None,
            deps: Vec::new(),
            func_deps: HashMap::new(),
            global_specs: Vec::new(),
            spec_of_var: HashMap::new(),
            generic_funcs: Vec::new(),
            generic_types: Vec::new(),
            pending_bodies: Vec::new(),
            constraints,
            in_constraint: false,
            in_generic_body: false,
            placeholders: HashSet::new(),
            inst_tag: 0,
            inst_depth: 0,
            early_insts: None,
        }
    }

    pub(crate) fn err(&mut self, code: &'static str, span: Span, msg: impl Into<String>) {
        self.diags.push(Diagnostic::error(code, span, msg));
    }

    pub(crate) fn unsupported(&mut self, span: Span, what: &str) {
        self.err("unsupported", span, format!("{what} is not supported yet"));
    }

    pub(crate) fn pkg_path(&self) -> &str {
        &self.scopes_pkg[self.cur_pkg as usize].path
    }

    pub(crate) fn show(&self, t: TypeId) -> String {
        let local = self.pkg_path().to_string();
        self.tt.display(t, &local)
    }

    pub(crate) fn basic(&mut self, b: Basic) -> TypeId {
        self.tt.basic(b)
    }

    pub(crate) fn record(&mut self, e: &ast::Expr, ty: TypeId, mode: Mode) {
        self.info.exprs.insert(e.id, ExprInfo { ty, mode });
    }

    pub(crate) fn new_var(&mut self, name: &str, ty: TypeId, span: Span) -> VarId {
        let id = self.info.vars.len() as VarId;
        self.info.vars.push(VarInfo {
            name: name.to_string(),
            ty,
            span,
            owner: self.funcs.last().map(|f| f.func),
            boxed: false,
            used: false,
            global_slot: None,
        });
        id
    }

    /// Declares a local name in the innermost scope.
    pub(crate) fn declare(&mut self, name: &str, obj: Obj) {
        if name == "_" {
            return;
        }
        if let Some(s) = self.scopes.last_mut() {
            s.insert(name.to_string(), obj);
        }
    }

    /// Declares `id` in the innermost scope, reporting Go's `x redeclared in this
    /// block` (the first declaration stays) when the scope has it already.
    pub(crate) fn declare_ident(&mut self, id: &ast::Ident, obj: Obj) {
        if id.name == "_" {
            return;
        }
        let prev = match self.scopes.last().and_then(|s| s.get(&id.name)) {
            Some(Obj::Var(v)) => Some(Some(self.info.vars[*v as usize].span)),
            Some(_) => Some(None),
            None => None,
        };
        if let Some(prev) = prev {
            let mut d = Diagnostic::error(
                "redeclared",
                id.span,
                format!("{} redeclared in this block", id.name),
            );
            if let Some(p) = prev {
                d = d.with_related(p, format!("other declaration of {}", id.name));
            }
            self.diags.push(d);
            return;
        }
        self.declare(&id.name, obj);
    }

    pub(crate) fn push_scope(&mut self) {
        self.scopes.push(HashMap::new());
    }

    /// Pops a scope, reporting its unused variables.
    pub(crate) fn pop_scope(&mut self) {
        if let Some(scope) = self.scopes.pop() {
            let mut unused: Vec<(Span, String)> = scope
                .values()
                .filter_map(|o| match o {
                    Obj::Var(v) => {
                        let vi = &self.info.vars[*v as usize];
                        (!vi.used && vi.global_slot.is_none()).then(|| (vi.span, vi.name.clone()))
                    }
                    _ => None,
                })
                .collect();
            unused.sort();
            for (span, name) in unused {
                self.diags.push(
                    Diagnostic::error("unused-var", span, format!("{name} declared but not used"))
                        .with_label("declared here and never used")
                        .with_help(format!("use `{name}` or rename it to `_`")),
                );
            }
        }
    }

    /// Looks a name up through local scopes, the package, the file's imports and the
    /// universe. Marks variables used when `mark_used` and records captures.
    pub(crate) fn lookup(&mut self, name: &str, mark_used: bool) -> Option<Obj> {
        for i in (0..self.scopes.len()).rev() {
            if let Some(o) = self.scopes[i].get(name).cloned() {
                if let Obj::Var(v) = o {
                    if mark_used {
                        self.info.vars[v as usize].used = true;
                    }
                    self.note_capture(v, i);
                }
                return Some(o);
            }
        }
        let pkg = self.cur_pkg as usize;
        if let Some(o) = self.scopes_pkg[pkg].scope.get(name).cloned() {
            if matches!(o, Obj::Var(_) | Obj::Func(_)) {
                self.deps.push(o.clone());
            }
            return Some(o);
        }
        let file = self.cur_file;
        if let Some(imp) = self.scopes_pkg[pkg]
            .imports
            .get_mut(file)
            .and_then(|m| m.get_mut(name))
        {
            imp.2 = true;
            return Some(Obj::Pkg(imp.0));
        }
        self.universe.get(name).cloned()
    }

    /// A variable found in scope `scope_idx` is captured by every function literal
    /// between its owner and the current function.
    fn note_capture(&mut self, v: VarId, scope_idx: usize) {
        let Some(owner) = self.info.vars[v as usize].owner else {
            return;
        };
        let n = self.funcs.len();
        if n == 0 || self.funcs[n - 1].func == owner {
            return;
        }
        let _ = scope_idx;
        self.info.vars[v as usize].boxed = true;
        for k in (0..n).rev() {
            if self.funcs[k].func == owner {
                break;
            }
            let f = self.funcs[k].func as usize;
            if !self.info.funcs[f].captures.contains(&v) {
                self.info.funcs[f].captures.push(v);
            }
        }
    }

    fn run(&mut self) {
        for (i, p) in self.pkgs.iter().enumerate() {
            self.scopes_pkg.push(PkgScope {
                path: p.path.clone(),
                scope: HashMap::new(),
                imports: Vec::new(),
            });
            let _ = i;
        }
        for i in 0..self.pkgs.len() {
            self.cur_pkg = i as PkgId;
            self.check_package();
        }
    }
}
