//! Lowering: the checked program ([`check::Info`]) to a [`govm::bytecode::Module`].
//!
//! This module owns the program-wide tables: the runtime type descriptors (with the
//! method tables used for interface dispatch), the function index space (declared
//! functions, function literals, native trampolines, interface wrappers, the package
//! initialiser), the constant pool and the natives. `func` lowers one function body
//! to register code; `expr` lowers expressions.
//!
//! Register layout contract (shared with `govm`): a value of type T occupies
//! `TypeTable::slots(T)` consecutive registers whose reference kinds are
//! `TypeTable::layout(T)`; every register has one fixed kind for the whole function.

mod comm;
mod expr;
mod func;

use crate::check::types::{Type, TypeId, TypeTable};
use crate::check::{FuncId, FuncSource, Info, Package};
use crate::diag::Diagnostic;
use crate::source::SourceMap;
use crate::syntax::ast::{self, Span};
use govm::bytecode::{
    module::{set_bit, Field as RtField, Method as RtMethod, TypeKind},
    Const, Function, Module, NativeImport, TypeDesc,
};
use std::collections::HashMap;

/// What a module function index was made for.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum FuncKey {
    /// A checked function (declared or literal).
    Func(FuncId),
    /// A bytecode function that calls a native (so natives can be values, go'd, deferred).
    Trampoline(FuncId),
    /// Method `method` of type `recv` called through an interface box.
    Wrapper { recv: TypeId, method: FuncId },
    /// Method `name` promoted into `recv` from an embedded field, called through an
    /// interface box.
    Promoted { recv: TypeId, name: String },
    /// A method expression `recv.name` whose method does not take exactly `recv`
    /// (through a pointer, promoted, or of an interface type): a function taking
    /// the receiver value first, then the method's arguments.
    MethodExpr { recv: TypeId, name: String },
    /// The package initialiser.
    Init,
    /// A method value `x.M`: a closure capturing a box with the receiver (of the
    /// method's receiver type), calling the method.
    Bound(FuncId),
    /// A method value of an interface: captures a box holding the interface.
    BoundIface(String, TypeId),
    /// A small function that performs a call `go` and `defer` cannot name directly
    /// (a built-in, or an interface method), taking its operands as parameters.
    Thunk(Thunk),
}

/// What a thunk does with its parameters.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Thunk {
    /// `close(ch)`
    Close(TypeId),
    /// `panic(v)`
    Panic,
    /// `delete(m, k)` for map type `m`
    Delete(TypeId),
    /// `x.name(args...)` on an interface `x`; the signature type of the method.
    Method(String, TypeId),
}

pub struct Lowerer<'a> {
    pkgs: &'a [Package],
    tt: &'a mut TypeTable,
    info: &'a Info,
    sources: &'a SourceMap,
    module: Module,
    func_index: HashMap<FuncKey, u32>,
    /// Functions whose bodies still have to be generated.
    pending: Vec<FuncKey>,
    native_index: HashMap<FuncId, u32>,
    type_index: HashMap<TypeId, u32>,
    const_index: HashMap<ConstKey, u32>,
    method_index: HashMap<String, u16>,
    file_index: HashMap<u32, u32>,
    /// Every function literal of the program, by expression id.
    lits: HashMap<ast::ExprId, &'a ast::Expr>,
    pub diags: Vec<Diagnostic>,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum ConstKey {
    Int(i64),
    Float(u64),
    Str(Vec<u8>),
}

/// Lowers a checked program. Returns the module, or diagnostics for constructs the
/// code generator does not support yet.
pub fn lower(
    pkgs: &[Package],
    tt: &mut TypeTable,
    info: &Info,
    sources: &SourceMap,
) -> Result<Module, Vec<Diagnostic>> {
    let mut l = Lowerer {
        pkgs,
        tt,
        info,
        sources,
        module: Module::default(),
        func_index: HashMap::new(),
        pending: Vec::new(),
        native_index: HashMap::new(),
        type_index: HashMap::new(),
        const_index: HashMap::new(),
        method_index: HashMap::new(),
        file_index: HashMap::new(),
        lits: HashMap::new(),
        diags: Vec::new(),
    };
    let decls = pkgs
        .iter()
        .flat_map(|p| p.files.iter().flat_map(|f| f.decls.iter()))
        .chain(info.inst_decls.iter());
    for d in decls {
        walk_decl_ref(d, &mut |e: &ast::Expr| {
            if matches!(e.kind, ast::ExprKind::FuncLit { .. }) {
                l.lits.insert(e.id, e);
            }
        });
    }
    l.module.globals = info.global_slots;
    for (i, &r) in info.global_refs.iter().enumerate() {
        if r {
            set_bit(&mut l.module.global_refs, i);
        }
    }
    let init = l.func_for(FuncKey::Init);
    l.module.inits.push(init);
    let Some(main) = info.main_func else {
        return Err(vec![Diagnostic::error(
            "main",
            Span::default(),
            "function main is undeclared in the main package",
        )]);
    };
    l.module.entry = l.func_for(FuncKey::Func(main));
    while let Some(key) = l.pending.pop() {
        let idx = l.func_index[&key];
        let f = l.build(&key);
        l.module.funcs[idx as usize] = f;
    }
    if l.diags.is_empty() {
        Ok(l.module)
    } else {
        l.diags.sort_by_key(|d| d.span());
        l.diags.dedup();
        Err(l.diags)
    }
}

impl<'a> Lowerer<'a> {
    /// The module function index for `key`, queueing its body for generation.
    fn func_for(&mut self, key: FuncKey) -> u32 {
        if let Some(&i) = self.func_index.get(&key) {
            return i;
        }
        let i = self.module.funcs.len() as u32;
        self.module.funcs.push(Function {
            name: String::new(),
            file: 0,
            param_slots: 0,
            result_slots: 0,
            nregs: 0,
            ncaptures: 0,
            ref_regs: vec![],
            code: vec![],
            lines: vec![],
        });
        self.func_index.insert(key.clone(), i);
        self.pending.push(key);
        i
    }

    /// The function index to use when `f` is called or referenced as bytecode
    /// (natives go through a trampoline).
    fn callable(&mut self, f: FuncId) -> u32 {
        if self.info.funcs[f as usize].native {
            self.func_for(FuncKey::Trampoline(f))
        } else {
            self.func_for(FuncKey::Func(f))
        }
    }

    fn native(&mut self, f: FuncId) -> u32 {
        if let Some(&i) = self.native_index.get(&f) {
            return i;
        }
        let fi = &self.info.funcs[f as usize];
        let sig = self.tt.signature(fi.sig).cloned().unwrap();
        let mut param_slots: usize = sig.params.iter().map(|t| self.tt.slots(*t)).sum();
        if let Some(recv) = fi.recv {
            param_slots += self.tt.slots(recv);
        }
        let result_slots: usize = sig.results.iter().map(|t| self.tt.slots(*t)).sum();
        let i = self.module.natives.len() as u32;
        self.module.natives.push(NativeImport {
            name: fi.name.clone(),
            param_slots: param_slots as u16,
            result_slots: result_slots as u16,
        });
        self.native_index.insert(f, i);
        i
    }

    /// A native the compiler calls directly (no Go declaration), by name.
    fn native_by_name(&mut self, name: &str, param_slots: u16, result_slots: u16) -> u32 {
        if let Some(i) = self.module.natives.iter().position(|n| n.name == name) {
            return i as u32;
        }
        self.module.natives.push(NativeImport {
            name: name.to_string(),
            param_slots,
            result_slots,
        });
        (self.module.natives.len() - 1) as u32
    }

    fn file(&mut self, file: u32) -> u32 {
        let file = file & Span::FILE_MASK;
        if let Some(&i) = self.file_index.get(&file) {
            return i;
        }
        let i = self.module.files.len() as u32;
        self.module.files.push(self.sources.file(file).path.clone());
        self.file_index.insert(file, i);
        i
    }

    fn constant(&mut self, c: Const) -> u32 {
        let key = match &c {
            Const::Int(i) => ConstKey::Int(*i),
            Const::Float(f) => ConstKey::Float(f.to_bits()),
            Const::Str(s) => ConstKey::Str(s.clone()),
        };
        if let Some(&i) = self.const_index.get(&key) {
            return i;
        }
        let i = self.module.consts.len() as u32;
        self.module.consts.push(c);
        self.const_index.insert(key, i);
        i
    }

    fn method_name(&mut self, name: &str) -> u16 {
        if let Some(&i) = self.method_index.get(name) {
            return i;
        }
        let i = self.module.method_names.len() as u16;
        self.module.method_names.push(name.to_string());
        self.method_index.insert(name.to_string(), i);
        i
    }

    /// The runtime type descriptor index of `t`.
    pub(crate) fn rt_type(&mut self, t: TypeId) -> u32 {
        if let Some(&i) = self.type_index.get(&t) {
            return i;
        }
        let i = self.module.types.len() as u32;
        self.type_index.insert(t, i);
        self.module.types.push(TypeDesc {
            name: String::new(),
            named: false,
            kind: TypeKind::Opaque,
            slots: 0,
            ref_slots: vec![],
            methods: vec![],
        });
        let layout = self.tt.layout(t);
        let mut ref_slots = Vec::new();
        for (k, &r) in layout.iter().enumerate() {
            if r {
                set_bit(&mut ref_slots, k);
            }
        }
        let u = self.tt.under(t);
        let kind = match self.tt.get(u).clone() {
            Type::Basic(b) => {
                use crate::check::types::Basic as B;
                match b {
                    B::Bool | B::UntypedBool => TypeKind::Bool,
                    B::Float32 => TypeKind::Float { bits: 32 },
                    B::Float64 | B::UntypedFloat => TypeKind::Float { bits: 64 },
                    B::String | B::UntypedString => TypeKind::String,
                    B::UnsafePointer | B::UntypedNil => TypeKind::Opaque,
                    B::UntypedInt => TypeKind::Int {
                        bits: 64,
                        signed: true,
                    },
                    B::UntypedRune => TypeKind::Int {
                        bits: 32,
                        signed: true,
                    },
                    _ => TypeKind::Int {
                        bits: b.bits() as u8,
                        signed: !b.is_unsigned(),
                    },
                }
            }
            Type::Pointer(e) => TypeKind::Pointer {
                elem: self.rt_type(e),
            },
            Type::Slice(e) => TypeKind::Slice {
                elem: self.rt_type(e),
            },
            Type::Array(n, e) => TypeKind::Array {
                elem: self.rt_type(e),
                len: n,
            },
            Type::Map(k, v) => TypeKind::Map {
                key: self.rt_type(k),
                value: self.rt_type(v),
            },
            Type::Chan(d, e) => TypeKind::Chan {
                elem: self.rt_type(e),
                dir: match d {
                    crate::check::types::Dir::Both => 0,
                    crate::check::types::Dir::Send => 1,
                    crate::check::types::Dir::Recv => 2,
                },
            },
            Type::Func(_) => TypeKind::Func,
            Type::Struct(fields) => {
                let mut out = Vec::new();
                for (k, f) in fields.iter().enumerate() {
                    let off = self.tt.field_offset(u, k) as u32;
                    out.push(RtField {
                        name: f.name.clone(),
                        ty: self.rt_type(f.ty),
                        offset: off,
                        embedded: f.embedded,
                    });
                }
                TypeKind::Struct { fields: out }
            }
            Type::Interface(ms) => {
                let mut out = Vec::new();
                for m in &ms {
                    out.push(RtMethod {
                        name: self.method_name(&m.name),
                        func: 0,
                    });
                }
                out.sort_by_key(|m| m.name);
                TypeKind::Interface { methods: out }
            }
            Type::Tuple(_) | Type::Invalid | Type::Named(_) => TypeKind::Opaque,
        };
        let methods = self.method_table(t);
        let d = &mut self.module.types[i as usize];
        d.name = self.tt.runtime_name(t);
        d.named = self.tt.is_named(t);
        d.kind = kind;
        d.slots = layout.len() as u32;
        d.ref_slots = ref_slots;
        d.methods = methods;
        i
    }

    /// The methods callable on a value of type `t` stored in an interface box.
    fn method_table(&mut self, t: TypeId) -> Vec<RtMethod> {
        let (base, is_ptr) = match self.tt.get(t) {
            Type::Pointer(e) => (*e, true),
            _ => (t, false),
        };
        let Some(named) = self.tt.named_of(base) else {
            return vec![];
        };
        if self.tt.is_interface(base) {
            return vec![];
        }
        let methods = named.methods.clone();
        let one_slot = self.tt.layout(t).len() == 1;
        let mut out = Vec::new();
        for m in &methods {
            if m.ptr_recv && !is_ptr {
                continue;
            }
            // The box holds exactly the receiver, in one slot: the method itself
            // is the entry (the VM passes it the slot), no wrapper call.
            let direct =
                one_slot && m.ptr_recv == is_ptr && !self.info.funcs[m.func as usize].native;
            let func = if direct {
                self.callable(m.func) | govm::bytecode::module::METHOD_DIRECT
            } else {
                self.func_for(FuncKey::Wrapper {
                    recv: t,
                    method: m.func,
                })
            };
            out.push(RtMethod {
                name: self.method_name(&m.name),
                func,
            });
        }
        // methods promoted from embedded fields (not shadowed, in the method set)
        for name in self.tt.promoted_method_names(base) {
            if methods.iter().any(|m| m.name == name) {
                continue;
            }
            let callable = match self.tt.lookup(t, &name) {
                Some(crate::check::types::Member::Method {
                    ptr_recv, via_ptr, ..
                }) => !ptr_recv || via_ptr,
                Some(crate::check::types::Member::IfaceMethod { .. }) => true,
                _ => false,
            };
            if callable {
                let func = self.func_for(FuncKey::Promoted {
                    recv: t,
                    name: name.clone(),
                });
                out.push(RtMethod {
                    name: self.method_name(&name),
                    func,
                });
            }
        }
        out.sort_by_key(|m| m.name);
        out
    }

    fn build(&mut self, key: &FuncKey) -> Function {
        match key {
            FuncKey::Func(f) => self.build_func(*f),
            FuncKey::Trampoline(f) => self.build_trampoline(*f),
            FuncKey::Wrapper { recv, method } => self.build_wrapper(*recv, *method),
            FuncKey::Bound(m) => {
                let name = format!("{}-fm", self.info.funcs[*m as usize].name);
                let mut b = func::FnBuilder::new(self, name, Span::default());
                b.bound_method(Some(*m), None);
                b.finish()
            }
            FuncKey::BoundIface(name, sig) => {
                let mut b = func::FnBuilder::new(self, format!("{name}-fm"), Span::default());
                b.bound_method(None, Some((name.clone(), *sig)));
                b.finish()
            }
            FuncKey::Promoted { recv, name } => {
                let mut b = func::FnBuilder::new(
                    self,
                    format!("{}.{}-fm", self.tt.runtime_name(*recv), name),
                    Span::default(),
                );
                b.promoted_wrapper(*recv, name);
                b.finish()
            }
            FuncKey::MethodExpr { recv, name } => {
                let mut b = func::FnBuilder::new(
                    self,
                    format!("{}.{}", self.tt.runtime_name(*recv), name),
                    Span::default(),
                );
                b.method_expr(*recv, name);
                b.finish()
            }
            FuncKey::Init => self.build_init(),
            FuncKey::Thunk(t) => {
                let mut b = func::FnBuilder::new(self, "go.thunk".into(), Span::default());
                b.thunk(t);
                b.finish()
            }
        }
    }

    fn func_decl(
        &self,
        f: FuncId,
    ) -> (
        &'a ast::FuncType,
        Option<&'a ast::Param>,
        Option<&'a ast::Block>,
    ) {
        let fi = &self.info.funcs[f as usize];
        let pkgs: &'a [Package] = self.pkgs;
        match fi.source {
            FuncSource::Decl { file, decl } => {
                let ast::Decl::Func(d) = &pkgs[fi.pkg as usize].files[file].decls[decl] else {
                    unreachable!()
                };
                (&d.sig, d.recv.as_ref(), d.body.as_ref())
            }
            FuncSource::Inst(i) => {
                let info: &'a Info = self.info;
                let ast::Decl::Func(d) = &info.inst_decls[i] else {
                    unreachable!()
                };
                (&d.sig, d.recv.as_ref(), d.body.as_ref())
            }
            FuncSource::Lit(id) => {
                let e = self.lits[&id];
                let ast::ExprKind::FuncLit { sig, body } = &e.kind else {
                    unreachable!()
                };
                (sig, None, Some(body))
            }
        }
    }

    fn build_func(&mut self, f: FuncId) -> Function {
        let (_, _, body) = self.func_decl(f);
        let fi = self.info.funcs[f as usize].clone();
        let mut b = func::FnBuilder::new(self, fi.name.clone(), fi.span);
        b.begin_func(f);
        if let Some(body) = body {
            b.func_body(f, body);
        }
        b.finish()
    }

    fn build_trampoline(&mut self, f: FuncId) -> Function {
        let fi = self.info.funcs[f as usize].clone();
        let native = self.native(f);
        let mut b = func::FnBuilder::new(self, fi.name.clone(), fi.span);
        b.trampoline(f, native);
        b.finish()
    }

    fn build_wrapper(&mut self, recv: TypeId, method: FuncId) -> Function {
        let fi = self.info.funcs[method as usize].clone();
        let mut b = func::FnBuilder::new(self, format!("{}-fm", fi.name), fi.span);
        b.wrapper(recv, method);
        b.finish()
    }

    fn build_init(&mut self) -> Function {
        let mut b = func::FnBuilder::new(self, "main.init".into(), Span::default());
        b.package_init();
        b.finish()
    }
}

/// Calls `f` on every expression in a declaration (pre-order).
fn walk_decl_ref<'t>(d: &'t ast::Decl, f: &mut dyn FnMut(&'t ast::Expr)) {
    match d {
        ast::Decl::Func(fd) => {
            if let Some(b) = &fd.body {
                walk_block(b, f);
            }
        }
        ast::Decl::Var(specs) => {
            for s in specs {
                for v in &s.values {
                    walk_expr(v, f);
                }
            }
        }
        ast::Decl::Const(specs) => {
            for s in specs {
                for v in &s.values {
                    walk_expr(v, f);
                }
            }
        }
        _ => {}
    }
}

fn walk_block<'t>(b: &'t ast::Block, f: &mut dyn FnMut(&'t ast::Expr)) {
    for s in &b.stmts {
        walk_stmt(s, f);
    }
}

pub(super) fn walk_stmt<'t>(s: &'t ast::Stmt, f: &mut dyn FnMut(&'t ast::Expr)) {
    use ast::StmtKind as S;
    match &s.kind {
        S::Expr(e) | S::Go(e) | S::Defer(e) => walk_expr(e, f),
        S::Send(a, b) => {
            walk_expr(a, f);
            walk_expr(b, f);
        }
        S::IncDec(e, _) => walk_expr(e, f),
        S::Assign { lhs, rhs, .. } => {
            for e in lhs.iter().chain(rhs) {
                walk_expr(e, f);
            }
        }
        S::Define { values, .. } => {
            for e in values {
                walk_expr(e, f);
            }
        }
        S::Var(specs) => {
            for sp in specs {
                for v in &sp.values {
                    walk_expr(v, f);
                }
            }
        }
        S::Return(es) => {
            for e in es {
                walk_expr(e, f);
            }
        }
        S::Block(b) => walk_block(b, f),
        S::If {
            init,
            cond,
            then,
            els,
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            walk_expr(cond, f);
            walk_block(then, f);
            if let Some(e) = els {
                walk_stmt(e, f);
            }
        }
        S::Switch { init, tag, clauses } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            if let Some(t) = tag {
                walk_expr(t, f);
            }
            for c in clauses {
                for e in &c.exprs {
                    walk_expr(e, f);
                }
                for s in &c.body {
                    walk_stmt(s, f);
                }
            }
        }
        S::TypeSwitch {
            init,
            expr,
            clauses,
            ..
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            walk_expr(expr, f);
            for c in clauses {
                for s in &c.body {
                    walk_stmt(s, f);
                }
            }
        }
        S::Select { clauses } => {
            for c in clauses {
                if let Some(cm) = &c.comm {
                    walk_stmt(cm, f);
                }
                for s in &c.body {
                    walk_stmt(s, f);
                }
            }
        }
        S::For {
            init,
            cond,
            post,
            body,
        } => {
            if let Some(i) = init {
                walk_stmt(i, f);
            }
            if let Some(c) = cond {
                walk_expr(c, f);
            }
            if let Some(p) = post {
                walk_stmt(p, f);
            }
            walk_block(body, f);
        }
        S::ForRange {
            key,
            value,
            expr,
            body,
            ..
        } => {
            for e in key.iter().chain(value.iter()) {
                walk_expr(e, f);
            }
            walk_expr(expr, f);
            walk_block(body, f);
        }
        S::Labeled(_, s) => walk_stmt(s, f),
        _ => {}
    }
}

pub(super) fn walk_expr<'t>(e: &'t ast::Expr, f: &mut dyn FnMut(&'t ast::Expr)) {
    use ast::ExprKind as E;
    f(e);
    match &e.kind {
        E::Composite { elems, .. } => {
            for el in elems {
                if let Some(ast::ElemKey::Expr(k) | ast::ElemKey::Composite(k)) = &el.key {
                    walk_expr(k, f);
                }
                walk_expr(&el.value, f);
            }
        }
        E::FuncLit { body, .. } => walk_block(body, f),
        E::Paren(x) | E::Selector(x, _) | E::TypeAssert(x, _) | E::Unary(_, x) => walk_expr(x, f),
        E::Index(x, is) => {
            walk_expr(x, f);
            for i in is {
                walk_expr(i, f);
            }
        }
        E::Slice { base, lo, hi, max } => {
            walk_expr(base, f);
            for x in [lo, hi, max].into_iter().flatten() {
                walk_expr(x, f);
            }
        }
        E::Call { func, args, .. } => {
            walk_expr(func, f);
            for a in args {
                walk_expr(a, f);
            }
        }
        E::Binary(_, a, b) => {
            walk_expr(a, f);
            walk_expr(b, f);
        }
        _ => {}
    }
}
