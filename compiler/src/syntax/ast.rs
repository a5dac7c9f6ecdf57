//! The abstract syntax tree produced by the parser and consumed by the checker.
//!
//! Invariants:
//! - Every node carries a byte [`Span`] into its source file (`Span::file` indexes the
//!   [`crate::source::SourceMap`]).
//! - Every [`Expr`] has a process-unique [`ExprId`]; the checker records each
//!   expression's type, constant value and resolution in side tables keyed by it.
//! - The tree is exactly what was written: no desugaring happens here. Grouped
//!   parameters (`a, b int`) are the one exception: they are expanded into one
//!   [`Param`] per name, each with a clone of the type.
//! - Syntax errors are represented by `Bad` nodes so the checker can go on past them.

use std::sync::atomic::{AtomicU32, Ordering};

/// A byte range `lo..hi` in the file `file`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    pub file: u32,
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(file: u32, lo: usize, hi: usize) -> Span {
        Span {
            file,
            lo: lo as u32,
            hi: hi as u32,
        }
    }
    /// `file` keeps the source file index in its low 16 bits; the checker tags the
    /// spans of each instantiated copy of a generic declaration with a distinct
    /// value in the high bits, so span-keyed side tables stay distinct per copy.
    pub const FILE_MASK: u32 = 0xFFFF;

    /// The span with the instantiation tag removed (the position in the source).
    pub fn untagged(self) -> Span {
        Span {
            file: self.file & Span::FILE_MASK,
            ..self
        }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            file: self.file,
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

/// Identifies one expression node for the checker's side tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ExprId(pub u32);

static NEXT_EXPR_ID: AtomicU32 = AtomicU32::new(1);

impl ExprId {
    /// A fresh id, unique in this process.
    pub fn fresh() -> ExprId {
        ExprId(NEXT_EXPR_ID.fetch_add(1, Ordering::Relaxed))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// One parsed `.go` file.
#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Import {
    /// `import name "path"`; `_` and `.` are kept as names.
    pub name: Option<Ident>,
    /// The decoded import path.
    pub path: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
#[allow(clippy::large_enum_variant)]
pub enum Decl {
    Func(FuncDecl),
    Var(Vec<VarSpec>),
    Const(Vec<ConstSpec>),
    Type(Vec<TypeSpec>),
    /// A declaration that did not parse; its diagnostic was already reported.
    Bad(Span),
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub name: Ident,
    /// The receiver of a method.
    pub recv: Option<Param>,
    /// Type parameters (`func F[T any]`): the name and the constraint of each.
    pub type_params: Vec<Param>,
    pub sig: FuncType,
    /// `None` for a function declared without a body: a native bound by the VM.
    pub body: Option<Block>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Param>,
    pub results: Vec<Param>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: Option<Ident>,
    pub ty: TypeExpr,
    /// `...T` (only valid on the last parameter).
    pub variadic: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct VarSpec {
    pub names: Vec<Ident>,
    pub ty: Option<TypeExpr>,
    pub values: Vec<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ConstSpec {
    pub names: Vec<Ident>,
    pub ty: Option<TypeExpr>,
    /// Empty when the spec repeats the previous one's expressions (implicit repetition).
    pub values: Vec<Expr>,
    /// The spec's index in its `const (...)` group: the value of `iota`.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Vec<Param>,
    /// `type A = B`
    pub alias: bool,
    pub ty: TypeExpr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeExpr {
    pub kind: TypeExprKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChanDir {
    Both,
    /// `chan<- T`
    Send,
    /// `<-chan T`
    Recv,
}

#[derive(Clone, Debug)]
pub enum TypeExprKind {
    /// `T`
    Name(Ident),
    /// `pkg.T`
    Qualified(Ident, Ident),
    /// `T[A, B]` (generic type instantiation)
    Generic(Box<TypeExpr>, Vec<TypeExpr>),
    Pointer(Box<TypeExpr>),
    Slice(Box<TypeExpr>),
    /// `[N]T`; `None` for `[...]T` in a composite literal.
    Array(Option<Box<Expr>>, Box<TypeExpr>),
    Map(Box<TypeExpr>, Box<TypeExpr>),
    Chan(ChanDir, Box<TypeExpr>),
    Func(FuncType),
    Struct(Vec<FieldDecl>),
    Interface(Vec<InterfaceElem>),
    /// `(T)`
    Paren(Box<TypeExpr>),
    Bad,
}

#[derive(Clone, Debug)]
pub struct FieldDecl {
    /// Empty for an embedded field (`T` or `*T`).
    pub names: Vec<Ident>,
    pub ty: TypeExpr,
    pub embedded: bool,
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface or a type-set union (`int | ~string`): its terms, each
    /// with whether it is written with `~`.
    Embed(Vec<(bool, TypeExpr)>),
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: ExprId,
    pub kind: ExprKind,
    pub span: Span,
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr {
            id: ExprId::fresh(),
            kind,
            span,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnOp {
    /// `+x`
    Plus,
    /// `-x`
    Neg,
    /// `!x`
    Not,
    /// `^x`
    BitNot,
    /// `*x` (dereference, or a pointer type in expression position)
    Deref,
    /// `&x`
    Addr,
    /// `<-x`
    Recv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,
    Or,
    Xor,
    Shl,
    Shr,
    AndNot,
    LAnd,
    LOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    /// Go's spelling of the operator.
    pub fn as_str(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::AndNot => "&^",
            BinOp::LAnd => "&&",
            BinOp::LOr => "||",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
        }
    }
    /// Go's binary precedence (5 binds tightest).
    pub fn precedence(self) -> u8 {
        match self {
            BinOp::Mul
            | BinOp::Div
            | BinOp::Rem
            | BinOp::Shl
            | BinOp::Shr
            | BinOp::And
            | BinOp::AndNot => 5,
            BinOp::Add | BinOp::Sub | BinOp::Or | BinOp::Xor => 4,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => 3,
            BinOp::LAnd => 2,
            BinOp::LOr => 1,
        }
    }
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    /// A name: variable, constant, function, type, package or builtin.
    Ident(Ident),
    /// Integer literal as written (`0x1F`, `1_000`, `0o17`, `017`, `0b1`).
    IntLit(String),
    /// Float literal as written.
    FloatLit(String),
    /// Imaginary literal as written (not supported yet).
    ImagLit(String),
    /// Rune literal, decoded.
    RuneLit(u32),
    /// String literal (interpreted or raw), decoded to its bytes.
    StringLit(Vec<u8>),
    /// `T{...}`; `ty` is `None` for an elided type inside another literal.
    Composite {
        ty: Option<Box<TypeExpr>>,
        elems: Vec<Element>,
    },
    FuncLit {
        sig: FuncType,
        body: Block,
    },
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    /// `x[i]`; several indices only for generic instantiation.
    Index(Box<Expr>, Vec<Expr>),
    Slice {
        base: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `None` for `x.(type)` (only valid in a type switch header).
    TypeAssert(Box<Expr>, Option<Box<TypeExpr>>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        /// `f(xs...)`
        ellipsis: bool,
    },
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// Type syntax in expression position: `[]int`, `map[K]V`, `chan T`, `func(...)`,
    /// `struct{...}`, `interface{...}`, `[N]T` (as in conversions and `make`).
    Type(Box<TypeExpr>),
    /// An expression that did not parse; its diagnostic was already reported.
    Bad,
}

#[derive(Clone, Debug)]
pub struct Element {
    pub key: Option<ElemKey>,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ElemKey {
    /// A field name, or an expression key (the checker decides which for plain names).
    Expr(Expr),
    /// `{...}: v` a composite literal key with elided type.
    Composite(Expr),
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    /// `ch <- v`
    Send(Expr, Expr),
    /// `x++` (`true`) or `x--` (`false`)
    IncDec(Expr, bool),
    /// `lhs = rhs` (`op == None`) or `lhs op= rhs`.
    Assign {
        lhs: Vec<Expr>,
        op: Option<BinOp>,
        rhs: Vec<Expr>,
    },
    /// `a, b := x, y`
    Define {
        names: Vec<Ident>,
        values: Vec<Expr>,
    },
    Var(Vec<VarSpec>),
    Const(Vec<ConstSpec>),
    Type(Vec<TypeSpec>),
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// Either another `If` statement or a `Block`.
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        clauses: Vec<CaseClause>,
    },
    /// `switch [init;] [bind :=] x.(type) { ... }`
    TypeSwitch {
        init: Option<Box<Stmt>>,
        bind: Option<Ident>,
        expr: Expr,
        clauses: Vec<TypeCaseClause>,
    },
    Select {
        clauses: Vec<CommClause>,
    },
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    /// `for [key [, value] (:= | =)] range expr { ... }`
    ForRange {
        key: Option<Expr>,
        value: Option<Expr>,
        /// `:=` (the key/value are identifiers being declared)
        define: bool,
        expr: Expr,
        body: Block,
    },
    Labeled(Ident, Box<Stmt>),
    /// A statement that did not parse; its diagnostic was already reported.
    Bad,
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Empty for `default`.
    pub exprs: Vec<Expr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeCaseClause {
    /// Empty for `default`; `nil` appears as `TypeExprKind::Name("nil")`.
    pub types: Vec<TypeExpr>,
    pub is_default: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// `None` for `default`; otherwise a `Send`, an `Expr` (a receive), an `Assign`
    /// (`v, ok = <-ch`) or a `Define` (`v, ok := <-ch`) statement.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}
