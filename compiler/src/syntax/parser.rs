//! The parser: a chumsky 0.13 grammar over the lexer's token slice, producing the
//! AST of [`crate::syntax::ast`] with error recovery and Go-worded diagnostics.
//!
//! Structure:
//! - Input: the token kinds as a `&[Tok]`, with spans mapped (`Input::map_span`)
//!   from token indices to byte offsets, so every `e.span()` is a byte range.
//! - Errors: [`SynErr`], a small allocation-free error type (a bit set of expected
//!   token kinds and of [`Lbl`] labels, or a custom message). [`render`] turns it
//!   into Go 1.19's gc wording: `syntax error: unexpected newline in argument
//!   list; possibly missing comma or )`, `unexpected b at end of statement`,
//!   `unexpected }, expecting expression`, ...
//! - Expressions: a Pratt parser (5 binary precedence levels, unary prefix
//!   operators) over primary expressions (operand + selector/index/slice/call/
//!   assertion suffixes). Two instances exist: the full one, and the one used in
//!   `if`/`for`/`switch` headers, where a composite literal whose type is a bare
//!   type name (`T{`, `pkg.T{`, `T[int]{`) is not recognised (Go spec); inside
//!   parentheses, brackets and braces the full one is used again.
//! - Recovery: a statement that fails is skipped up to the next `;` at brace depth
//!   0 (stopping before an unmatched `}` or, in case bodies, a `case`/`default`)
//!   and becomes `StmtKind::Bad`; a top-level declaration that fails is skipped up
//!   to a `;` at nesting depth 0 or one followed by `func` and becomes
//!   `Decl::Bad`. So an error inside one function does not disturb the others, and
//!   a missing `{` after an `if`/`for` clause is bridged to the next `{`.
//! - `x.(type)` is accepted as an expression and each occurrence is recorded; the
//!   ones that did not end up as a type switch guard are reported at the end.
//!
//! Invariant: never panics on any token sequence (every repeated item consumes
//! input; recovery parsers consume at least one token or fail).
//!
//! Caller: [`crate::syntax::parse_file`].

use std::cell::RefCell;

use chumsky::error::{Error as ChumskyError, LabelError};
use chumsky::input::{Emitter, MapExtra, ValueInput};
use chumsky::pratt::{infix, left, prefix};
use chumsky::prelude::*;
use chumsky::util::MaybeRef;
use chumsky::DefaultExpected;

use super::ast::*;
use super::lexer::{describe, semi_kind, unquote_rune, unquote_string, SemiKind, Tok, Token};
use crate::diag::Diagnostic;

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

/// Labels attached to sub-parsers; they select the wording of a syntax error.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lbl {
    Expr,
    Type,
    Name,
    EndStmt,
    EndDecl,
    InArgs,
    InParams,
    InCompLit,
    AssignOrComma,
    BraceAfterIf,
    BraceAfterFor,
    BraceAfterSwitch,
    BraceAfterSelect,
    /// The second `;` of a `for init; cond; post` header.
    ForSemi,
    /// The start of a statement: not named in messages (the tokens that could
    /// follow instead, typically `}`, are).
    Stmt,
}

/// A syntax error as tracked during parsing. Cheap to create and merge: chumsky
/// creates one for every failed alternative.
#[derive(Clone, Debug)]
pub(crate) struct SynErr {
    span: SimpleSpan,
    found: Option<Tok>,
    /// Bit `t as u8` set: token kind `t` was expected.
    expected: u128,
    /// Bit `l as u32` set: label `l` was expected.
    labels: u32,
    /// A complete message that overrides the expected/found wording.
    custom: Option<String>,
}

impl SynErr {
    fn custom(span: SimpleSpan, msg: impl Into<String>) -> SynErr {
        SynErr {
            span,
            found: None,
            expected: 0,
            labels: 0,
            custom: Some(msg.into()),
        }
    }

    fn has(&self, l: Lbl) -> bool {
        self.labels & (1 << l as u32) != 0
    }
}

impl<'a, I: Input<'a, Token = Tok, Span = SimpleSpan>> ChumskyError<'a, I> for SynErr {
    fn merge(mut self, other: Self) -> Self {
        if self.custom.is_some() {
            return self;
        }
        if other.custom.is_some() {
            return other;
        }
        self.expected |= other.expected;
        self.labels |= other.labels;
        self
    }
}

impl<'a, I: Input<'a, Token = Tok, Span = SimpleSpan>> LabelError<'a, I, DefaultExpected<'a, Tok>>
    for SynErr
{
    fn expected_found<E: IntoIterator<Item = DefaultExpected<'a, Tok>>>(
        expected: E,
        found: Option<MaybeRef<'a, Tok>>,
        span: SimpleSpan,
    ) -> Self {
        let mut bits = 0u128;
        for e in expected {
            if let DefaultExpected::Token(t) = e {
                bits |= 1u128 << (*t as u8);
            }
        }
        SynErr {
            span,
            found: found.as_deref().copied(),
            expected: bits,
            labels: 0,
            custom: None,
        }
    }
}

impl<'a, I: Input<'a, Token = Tok, Span = SimpleSpan>> LabelError<'a, I, Lbl> for SynErr {
    fn expected_found<E: IntoIterator<Item = Lbl>>(
        expected: E,
        found: Option<MaybeRef<'a, Tok>>,
        span: SimpleSpan,
    ) -> Self {
        let mut labels = 0u32;
        for l in expected {
            labels |= 1 << l as u32;
        }
        SynErr {
            span,
            found: found.as_deref().copied(),
            expected: 0,
            labels,
            custom: None,
        }
    }

    fn label_with(&mut self, label: Lbl) {
        if self.custom.is_none() {
            self.expected = 0;
            self.labels = 1 << label as u32;
        }
    }
}

/// gc's wording for a syntax error.
fn render(err: &SynErr, src: &str) -> String {
    if let Some(m) = &err.custom {
        return m.clone();
    }
    let found = describe(err.found, src, err.span.start, err.span.end);
    let tail = if err.has(Lbl::ForSemi) {
        ", expecting semicolon or newline".to_string()
    } else if err.has(Lbl::InArgs) {
        " in argument list; possibly missing comma or )".to_string()
    } else if err.has(Lbl::InParams) {
        " in parameter list; possibly missing comma or )".to_string()
    } else if err.has(Lbl::InCompLit) {
        " in composite literal; possibly missing comma or }".to_string()
    } else if err.has(Lbl::EndStmt) {
        " at end of statement".to_string()
    } else if err.has(Lbl::EndDecl) {
        " after top level declaration".to_string()
    } else if err.has(Lbl::BraceAfterIf) {
        ", expecting { after if clause".to_string()
    } else if err.has(Lbl::BraceAfterFor) {
        ", expecting { after for clause".to_string()
    } else if err.has(Lbl::BraceAfterSwitch) {
        ", expecting { after switch clause".to_string()
    } else if err.has(Lbl::BraceAfterSelect) {
        ", expecting { after select clause".to_string()
    } else if err.has(Lbl::AssignOrComma) {
        ", expecting := or = or comma".to_string()
    } else if err.has(Lbl::Expr) {
        ", expecting expression".to_string()
    } else if err.has(Lbl::Type) {
        ", expecting type".to_string()
    } else if err.has(Lbl::Name) {
        ", expecting name".to_string()
    } else {
        let mut expected = err.expected;
        // An optional `;` (statement separator) is not worth naming next to others.
        if expected & !(1u128 << Tok::Semi as u8) != 0 {
            expected &= !(1u128 << Tok::Semi as u8);
        }
        let toks: Vec<&str> = (0..super::lexer::TOK_COUNT as u8)
            .filter(|b| expected & (1u128 << b) != 0)
            .filter_map(tok_from_index)
            .map(|t| t.spelling())
            .collect();
        let only_semi = expected == 1u128 << Tok::Semi as u8;
        match toks.len() {
            // a token that cannot start a statement, where one could start: Go
            // ends the statement list there and wants the block's `}`
            1 if only_semi && at_stmt_start(src, err.span.start) => ", expecting }".to_string(),
            1 => format!(", expecting {}", toks[0]),
            2 => format!(", expecting {} or {}", toks[0], toks[1]),
            _ => String::new(),
        }
    };
    format!("syntax error: unexpected {found}{tail}")
}

/// Whether byte offset `at` starts a statement: the previous token is a `;`,
/// an explicit one or a newline that ended a line.
fn at_stmt_start(src: &str, at: usize) -> bool {
    let before = src.get(..at.min(src.len())).unwrap_or("");
    for c in before.chars().rev() {
        match c {
            ' ' | '\t' | '\r' => continue,
            '\n' | ';' => return true,
            _ => return false,
        }
    }
    false
}

fn tok_from_index(i: u8) -> Option<Tok> {
    // `Tok` is a dense `repr(u8)` enumeration listed in discriminant order
    super::lexer::ALL_TOKS.get(i as usize).copied()
}

// ---------------------------------------------------------------------------
// Parser context and intermediate forms
// ---------------------------------------------------------------------------

type Ex = extra::Err<SynErr>;

/// `x.(type)` occurrences, to report those outside a type switch header.
#[derive(Default)]
pub(crate) struct Guards {
    made: Vec<Span>,
    used: Vec<Span>,
}

#[derive(Clone, Copy)]
struct Cx<'a> {
    file: u32,
    src: &'a str,
    guards: &'a RefCell<Guards>,
}

impl<'a> Cx<'a> {
    fn sp(self, s: SimpleSpan) -> Span {
        Span::new(self.file, s.start, s.end)
    }
    fn text(self, s: SimpleSpan) -> &'a str {
        self.src.get(s.start..s.end).unwrap_or("")
    }
    fn text_of(self, s: Span) -> &'a str {
        self.src.get(s.lo as usize..s.hi as usize).unwrap_or("")
    }
}

fn simple_span(s: Span) -> SimpleSpan {
    SimpleSpan::from(s.lo as usize..s.hi as usize)
}

fn bad_expr(span: Span) -> Expr {
    Expr::new(ExprKind::Bad, span)
}

/// One entry of a parameter list before grouping (`a`, `a int`, `...T`, `int`).
#[derive(Clone)]
struct PEntry {
    name: Option<Ident>,
    variadic: bool,
    ty: TypeExpr,
    span: Span,
}

/// A simple statement, or a range clause (only valid in a `for` header).
#[derive(Clone)]
#[allow(clippy::large_enum_variant)] // short-lived parser intermediates
enum Simple {
    Stmt(Stmt),
    Range {
        lhs: Vec<Expr>,
        define: bool,
        expr: Expr,
        range_span: Span,
    },
}

#[derive(Clone)]
enum Rhs {
    Values(Vec<Expr>),
    Range(Span, Expr),
}

#[derive(Clone)]
enum Tail {
    Define(Rhs),
    Assign(Rhs),
    OpAssign(BinOp, Expr),
    Inc,
    Dec,
    Send(Expr),
}

/// A suffix of a primary expression.
#[allow(clippy::large_enum_variant)] // short-lived parser intermediate
enum Suffix {
    Sel(Ident),
    Assert(Option<TypeExpr>),
    Index {
        first: Option<Expr>,
        /// `[lo:hi]` or `[lo:hi:max]`.
        slice: Option<(Option<Expr>, Option<Option<Expr>>)>,
        more: Option<Vec<Expr>>,
    },
    Call(Vec<Expr>, bool),
}

#[derive(Clone)]
#[allow(clippy::large_enum_variant)] // short-lived parser intermediates
enum ForHead {
    Loop(Option<Stmt>, Option<Expr>, Option<Stmt>),
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        expr: Expr,
    },
}

#[derive(Clone)]
#[allow(clippy::large_enum_variant)] // short-lived parser intermediates
enum Top {
    Decl(Decl),
    Imports(Vec<Import>),
}

// ---------------------------------------------------------------------------
// Helpers used by the grammar
// ---------------------------------------------------------------------------

/// Expands grouped parameters (`a, b int`) and checks that names are used
/// consistently.
fn group_params(entries: Vec<PEntry>, emitter: &mut Emitter<SynErr>) -> Vec<Param> {
    let named = entries.iter().any(|p| p.name.is_some());
    if !named {
        return entries
            .into_iter()
            .map(|p| Param {
                name: None,
                ty: p.ty,
                variadic: p.variadic,
                span: p.span,
            })
            .collect();
    }
    let mut out = Vec::with_capacity(entries.len());
    let mut pending: Vec<Ident> = Vec::new();
    let mut reported = false;
    let mixed = "syntax error: mixed named and unnamed parameters";
    for p in entries {
        match p.name {
            Some(name) => {
                for n in pending.drain(..) {
                    out.push(Param {
                        span: n.span.to(p.ty.span),
                        name: Some(n),
                        ty: p.ty.clone(),
                        variadic: false,
                    });
                }
                out.push(Param {
                    name: Some(name),
                    ty: p.ty,
                    variadic: p.variadic,
                    span: p.span,
                });
            }
            None => match &p.ty.kind {
                TypeExprKind::Name(id) if !p.variadic => pending.push(id.clone()),
                _ => {
                    if !reported {
                        emitter.emit(SynErr::custom(simple_span(p.span), mixed));
                        reported = true;
                    }
                    out.push(Param {
                        name: None,
                        ty: p.ty,
                        variadic: p.variadic,
                        span: p.span,
                    });
                }
            },
        }
    }
    if let Some(first) = pending.first() {
        if !reported {
            emitter.emit(SynErr::custom(simple_span(first.span), mixed));
        }
    }
    for n in pending {
        out.push(Param {
            name: None,
            span: n.span,
            ty: TypeExpr {
                span: n.span,
                kind: TypeExprKind::Name(n),
            },
            variadic: false,
        });
    }
    out
}

fn apply_suffix(
    cx: Cx<'_>,
    lhs: Expr,
    suf: Suffix,
    sspan: SimpleSpan,
    emit: &mut dyn FnMut(SynErr),
) -> Expr {
    let span = cx.sp(sspan);
    let kind = match suf {
        Suffix::Sel(id) => ExprKind::Selector(Box::new(lhs), id),
        Suffix::Assert(t) => {
            if t.is_none() {
                cx.guards.borrow_mut().made.push(span);
            }
            ExprKind::TypeAssert(Box::new(lhs), t.map(Box::new))
        }
        Suffix::Call(args, ellipsis) => ExprKind::Call {
            func: Box::new(lhs),
            args,
            ellipsis,
        },
        Suffix::Index { first, slice, more } => match slice {
            Some((hi, max)) => {
                let max = match max {
                    None => None,
                    Some(m) => {
                        if hi.is_none() {
                            emit(SynErr::custom(
                                sspan,
                                "syntax error: middle index required in 3-index slice",
                            ));
                        }
                        if m.is_none() {
                            emit(SynErr::custom(
                                sspan,
                                "syntax error: final index required in 3-index slice",
                            ));
                        }
                        m
                    }
                };
                if more.is_some() {
                    emit(SynErr::custom(
                        sspan,
                        "syntax error: unexpected comma in slice expression",
                    ));
                }
                ExprKind::Slice {
                    base: Box::new(lhs),
                    lo: first.map(Box::new),
                    hi: hi.map(Box::new),
                    max: max.map(Box::new),
                }
            }
            None => match first {
                Some(f) => {
                    let mut v = vec![f];
                    v.extend(more.unwrap_or_default());
                    ExprKind::Index(Box::new(lhs), v)
                }
                None => {
                    emit(SynErr::custom(sspan, "syntax error: expected operand"));
                    ExprKind::Bad
                }
            },
        },
    };
    Expr::new(kind, span)
}

fn unary_fold(op: UnOp, rhs: Expr, span: Span) -> Expr {
    // `<-chan T` in expression position is a receive-only channel type.
    if op == UnOp::Recv {
        if let ExprKind::Type(t) = &rhs.kind {
            if let TypeExprKind::Chan(ChanDir::Both, elem) = &t.kind {
                let ty = TypeExpr {
                    kind: TypeExprKind::Chan(ChanDir::Recv, elem.clone()),
                    span,
                };
                return Expr::new(ExprKind::Type(Box::new(ty)), span);
            }
        }
    }
    Expr::new(ExprKind::Unary(op, Box::new(rhs)), span)
}

/// Builds a simple statement from its parsed pieces.
fn make_simple(
    cx: Cx<'_>,
    first: Expr,
    rest: Vec<Expr>,
    tail: Option<Tail>,
    span: Span,
    emitter: &mut Emitter<SynErr>,
) -> Simple {
    let mut lhs = Vec::with_capacity(1 + rest.len());
    lhs.push(first);
    lhs.extend(rest);
    let stmt = |kind| Simple::Stmt(Stmt { kind, span });
    let range =
        |lhs: Vec<Expr>, define: bool, rs: Span, expr: Expr, emitter: &mut Emitter<SynErr>| {
            if lhs.len() > 2 {
                emitter.emit(SynErr::custom(
                    simple_span(lhs[2].span),
                    "syntax error: range clause permits at most two iteration variables",
                ));
            }
            Simple::Range {
                lhs,
                define,
                expr,
                range_span: rs,
            }
        };
    match tail {
        None => {
            let x = lhs.into_iter().next().unwrap_or_else(|| bad_expr(span));
            stmt(StmtKind::Expr(x))
        }
        Some(Tail::Define(Rhs::Range(rs, x))) => range(lhs, true, rs, x, emitter),
        Some(Tail::Assign(Rhs::Range(rs, x))) => range(lhs, false, rs, x, emitter),
        Some(Tail::Define(Rhs::Values(values))) => {
            let mut names = Vec::with_capacity(lhs.len());
            for x in lhs {
                match x.kind {
                    ExprKind::Ident(id) => names.push(id),
                    _ => {
                        emitter.emit(SynErr::custom(
                            simple_span(x.span),
                            format!(
                                "syntax error: non-name {} on left side of :=",
                                cx.text_of(x.span)
                            ),
                        ));
                        names.push(Ident {
                            name: "_".to_string(),
                            span: x.span,
                        });
                    }
                }
            }
            stmt(StmtKind::Define { names, values })
        }
        Some(Tail::Assign(Rhs::Values(rhs))) => stmt(StmtKind::Assign { lhs, op: None, rhs }),
        Some(Tail::OpAssign(op, v)) => stmt(StmtKind::Assign {
            lhs,
            op: Some(op),
            rhs: vec![v],
        }),
        Some(Tail::Inc) | Some(Tail::Dec) | Some(Tail::Send(_)) => {
            let x = lhs.into_iter().next().unwrap_or_else(|| bad_expr(span));
            match tail {
                Some(Tail::Send(v)) => stmt(StmtKind::Send(x, v)),
                Some(Tail::Dec) => stmt(StmtKind::IncDec(x, false)),
                _ => stmt(StmtKind::IncDec(x, true)),
            }
        }
    }
}

/// A simple statement outside a `for` header: a range clause is an error there.
fn simple_to_stmt(s: Simple, span: Span, emitter: &mut Emitter<SynErr>) -> Stmt {
    match s {
        Simple::Stmt(s) => s,
        Simple::Range { range_span, .. } => {
            emitter.emit(SynErr::custom(
                simple_span(range_span),
                "syntax error: unexpected range, expecting expression",
            ));
            Stmt {
                kind: StmtKind::Bad,
                span,
            }
        }
    }
}

/// A header's simple statement used as a value (an `if` condition, a `for`
/// condition): it must be an expression.
fn simple_to_cond(cx: Cx<'_>, s: Simple, span: Span, emitter: &mut Emitter<SynErr>) -> Expr {
    match s {
        Simple::Stmt(Stmt {
            kind: StmtKind::Expr(x),
            ..
        }) => x,
        Simple::Stmt(st) => {
            emitter.emit(SynErr::custom(
                simple_span(st.span),
                format!("syntax error: cannot use {} as value", cx.text_of(st.span)),
            ));
            bad_expr(st.span)
        }
        Simple::Range { range_span, .. } => {
            emitter.emit(SynErr::custom(
                simple_span(range_span),
                "syntax error: unexpected range, expecting expression",
            ));
            bad_expr(span)
        }
    }
}

/// Reinterprets an expression written in a type switch case as a type.
fn expr_to_type(cx: Cx<'_>, x: Expr, emitter: &mut Emitter<SynErr>) -> TypeExpr {
    let span = x.span;
    let kind = match x.kind {
        ExprKind::Ident(id) => TypeExprKind::Name(id),
        ExprKind::Type(t) => return *t,
        ExprKind::Selector(base, name) => match base.kind {
            ExprKind::Ident(pkg) => TypeExprKind::Qualified(pkg, name),
            _ => {
                emitter.emit(SynErr::custom(
                    simple_span(span),
                    format!("syntax error: {} is not a type", cx.text_of(span)),
                ));
                TypeExprKind::Bad
            }
        },
        ExprKind::Unary(UnOp::Deref, inner) => {
            TypeExprKind::Pointer(Box::new(expr_to_type(cx, *inner, emitter)))
        }
        ExprKind::Paren(inner) => TypeExprKind::Paren(Box::new(expr_to_type(cx, *inner, emitter))),
        ExprKind::Index(base, args) => TypeExprKind::Generic(
            Box::new(expr_to_type(cx, *base, emitter)),
            args.into_iter()
                .map(|a| expr_to_type(cx, a, emitter))
                .collect(),
        ),
        ExprKind::Bad => TypeExprKind::Bad,
        _ => {
            emitter.emit(SynErr::custom(
                simple_span(span),
                format!("syntax error: {} is not a type", cx.text_of(span)),
            ));
            TypeExprKind::Bad
        }
    };
    TypeExpr { kind, span }
}

/// If `s` is a type switch guard (`x.(type)` or `v := x.(type)`), returns its parts.
fn as_guard(s: &Simple) -> Option<(Option<Ident>, Expr)> {
    let Simple::Stmt(st) = s else { return None };
    let is_guard = |x: &Expr| matches!(x.kind, ExprKind::TypeAssert(_, None));
    match &st.kind {
        StmtKind::Expr(x) if is_guard(x) => Some((None, x.clone())),
        StmtKind::Define { names, values }
            if names.len() == 1 && values.len() == 1 && is_guard(&values[0]) =>
        {
            Some((Some(names[0].clone()), values[0].clone()))
        }
        _ => None,
    }
}

fn make_switch(
    cx: Cx<'_>,
    a: Option<Simple>,
    b: Option<Option<Simple>>,
    clauses: Vec<CaseClause>,
    span: Span,
    emitter: &mut Emitter<SynErr>,
) -> StmtKind {
    // `switch a {` or `switch a; b {`
    let (init, head) = match b {
        None => (None, a),
        Some(b) => (a.map(|a| simple_to_stmt(a, span, emitter)), b),
    };
    let init = init.map(Box::new);
    if let Some((bind, expr)) = head.as_ref().and_then(as_guard) {
        cx.guards.borrow_mut().used.push(expr.span);
        let clauses = clauses
            .into_iter()
            .map(|c| TypeCaseClause {
                types: c
                    .exprs
                    .into_iter()
                    .map(|x| expr_to_type(cx, x, emitter))
                    .collect(),
                is_default: c.is_default,
                body: c.body,
                span: c.span,
            })
            .collect();
        return StmtKind::TypeSwitch {
            init,
            bind,
            expr,
            clauses,
        };
    }
    let tag = head.map(|h| simple_to_cond(cx, h, span, emitter));
    StmtKind::Switch { init, tag, clauses }
}

// ---------------------------------------------------------------------------
// Recovery parsers
// ---------------------------------------------------------------------------

/// Skips a broken statement: up to and including the next `;` at brace depth 0,
/// stopping before an unmatched `}` (and, in case bodies, before `case` or
/// `default`). Fails without consuming if there is nothing to skip.
fn skip_stmt<'a, I>(in_switch: bool) -> impl Parser<'a, I, (), Ex> + Clone
where
    I: ValueInput<'a, Token = Tok, Span = SimpleSpan>,
{
    custom(move |inp| {
        let start = inp.cursor();
        let mut depth = 0usize;
        let mut n = 0usize;
        while let Some(t) = inp.peek() {
            match t {
                Tok::LBrace => depth += 1,
                Tok::RBrace => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                }
                Tok::Case | Tok::Default if depth == 0 && in_switch => break,
                Tok::Semi if depth == 0 => {
                    inp.skip();
                    n += 1;
                    break;
                }
                _ => {}
            }
            inp.skip();
            n += 1;
        }
        if n == 0 {
            Err(SynErr::custom(inp.span_since(&start), ""))
        } else {
            Ok(())
        }
    })
}

/// Skips a broken top-level declaration: up to and including a `;` at nesting
/// depth 0, or a `;` followed by `func` (or by another declaration keyword
/// outside braces). Consumes at least one token or fails.
fn skip_top<'a, I>() -> impl Parser<'a, I, (), Ex> + Clone
where
    I: ValueInput<'a, Token = Tok, Span = SimpleSpan>,
{
    custom(move |inp| {
        let start = inp.cursor();
        let mut depth = 0usize;
        let mut braces = 0usize;
        let mut n = 0usize;
        while let Some(t) = inp.peek() {
            inp.skip();
            n += 1;
            match t {
                Tok::LParen | Tok::LBrack => depth += 1,
                Tok::LBrace => {
                    depth += 1;
                    braces += 1;
                }
                Tok::RParen | Tok::RBrack => depth = depth.saturating_sub(1),
                Tok::RBrace => {
                    depth = depth.saturating_sub(1);
                    braces = braces.saturating_sub(1);
                }
                Tok::Semi => {
                    let next = inp.peek();
                    if depth == 0
                        || next == Some(Tok::Func)
                        || (braces == 0
                            && matches!(
                                next,
                                Some(Tok::Var | Tok::Const | Tok::Type | Tok::Import)
                            ))
                    {
                        break;
                    }
                }
                _ => {}
            }
        }
        if n == 0 {
            Err(SynErr::custom(inp.span_since(&start), ""))
        } else {
            Ok(())
        }
    })
}

/// Recovery for a missing `{` after an `if`/`for`/`switch` clause: skips to the
/// next `{` if it comes before a `}` and within one more statement.
fn skip_to_lbrace<'a, I>() -> impl Parser<'a, I, (), Ex> + Clone
where
    I: ValueInput<'a, Token = Tok, Span = SimpleSpan>,
{
    custom(move |inp| {
        let start = inp.cursor();
        let mut semis = 0;
        loop {
            match inp.peek() {
                Some(Tok::LBrace) => return Ok(()),
                None | Some(Tok::RBrace) => break,
                Some(Tok::Semi) => {
                    semis += 1;
                    if semis > 1 {
                        break;
                    }
                }
                _ => {}
            }
            inp.skip();
        }
        Err(SynErr::custom(inp.span_since(&start), ""))
    })
}

// ---------------------------------------------------------------------------
// The grammar
// ---------------------------------------------------------------------------

type Bx<'a, I, O> = Boxed<'a, 'a, I, O, Ex>;

/// `spec` or `( spec; spec; ... )`.
fn group<'a, I, O: 'a>(spec: Bx<'a, I, O>) -> Bx<'a, I, Vec<O>>
where
    I: ValueInput<'a, Token = Tok, Span = SimpleSpan> + 'a,
{
    choice((
        spec.clone()
            .separated_by(just(Tok::Semi))
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(Tok::LParen), just(Tok::RParen)),
        spec.map(|s| vec![s]),
    ))
    .boxed()
}

#[allow(clippy::too_many_lines)]
fn file_parser<'a, I>(cx: Cx<'a>) -> impl Parser<'a, I, File, Ex> + 'a
where
    I: ValueInput<'a, Token = Tok, Span = SimpleSpan> + 'a,
{
    use Tok as T;

    let mut expr = Recursive::<chumsky::recursive::Indirect<'a, 'a, I, Expr, Ex>>::declare();
    let mut ty = Recursive::<chumsky::recursive::Indirect<'a, 'a, I, TypeExpr, Ex>>::declare();
    let mut block = Recursive::<chumsky::recursive::Indirect<'a, 'a, I, Block, Ex>>::declare();
    let mut stmt = Recursive::<chumsky::recursive::Indirect<'a, 'a, I, Stmt, Ex>>::declare();

    // ----- names and literals -----
    let ident: Bx<'a, I, Ident> = select! {
        T::Ident = e => {
            let s: SimpleSpan = e.span();
            Ident { name: cx.text(s).to_string(), span: cx.sp(s) }
        }
    }
    .labelled(Lbl::Name)
    .boxed();
    let ident_list = ident
        .clone()
        .separated_by(just(T::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();
    let string_lit = select! {
        T::Str = e => unquote_string(cx.text(e.span())),
    }
    .boxed();
    let basic_lit = select! {
        T::Int = e => ExprKind::IntLit(cx.text(e.span()).to_string()),
        T::Float = e => ExprKind::FloatLit(cx.text(e.span()).to_string()),
        T::Imag = e => ExprKind::ImagLit(cx.text(e.span()).to_string()),
        T::Rune = e => ExprKind::RuneLit(unquote_rune(cx.text(e.span()))),
        T::Str = e => ExprKind::StringLit(unquote_string(cx.text(e.span()))),
    }
    .map_with(move |k, e| Expr::new(k, cx.sp(e.span())))
    .boxed();
    let expr_list = expr
        .clone()
        .separated_by(just(T::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .boxed();

    // ----- signatures -----
    let param_entry = choice((
        ident
            .clone()
            .then(just(T::Ellipsis).or_not())
            .then(ty.clone())
            .map_with(move |((name, dots), ty), e| PEntry {
                name: Some(name),
                variadic: dots.is_some(),
                ty,
                span: cx.sp(e.span()),
            }),
        just(T::Ellipsis)
            .or_not()
            .then(ty.clone())
            .map_with(move |(dots, ty), e| PEntry {
                name: None,
                variadic: dots.is_some(),
                ty,
                span: cx.sp(e.span()),
            }),
    ));
    let params: Bx<'a, I, Vec<Param>> = just(T::LParen)
        .ignore_then(
            param_entry
                .separated_by(just(T::Comma))
                .allow_trailing()
                .collect::<Vec<_>>(),
        )
        .then_ignore(just(T::RParen).labelled(Lbl::InParams))
        .validate(|entries, _e, emitter| group_params(entries, emitter))
        .boxed();
    let result = choice((
        params.clone(),
        ty.clone().map(|t| {
            vec![Param {
                name: None,
                span: t.span,
                ty: t,
                variadic: false,
            }]
        }),
    ));
    let signature: Bx<'a, I, FuncType> = params
        .clone()
        .then(result.or_not())
        .map_with(move |(params, results), e| FuncType {
            params,
            results: results.unwrap_or_default(),
            span: cx.sp(e.span()),
        })
        .boxed();

    // ----- types -----
    let type_args = ty
        .clone()
        .separated_by(just(T::Comma))
        .allow_trailing()
        .at_least(1)
        .collect::<Vec<_>>()
        .delimited_by(just(T::LBrack), just(T::RBrack))
        .boxed();
    let type_name = ident
        .clone()
        .then(just(T::Dot).ignore_then(ident.clone()).or_not())
        .map_with(move |(a, b), e| TypeExpr {
            kind: match b {
                Some(b) => TypeExprKind::Qualified(a, b),
                None => TypeExprKind::Name(a),
            },
            span: cx.sp(e.span()),
        });
    let named_type: Bx<'a, I, TypeExpr> = type_name
        .then(type_args.or_not())
        .map_with(move |(t, args), e| match args {
            Some(args) => TypeExpr {
                kind: TypeExprKind::Generic(Box::new(t), args),
                span: cx.sp(e.span()),
            },
            None => t,
        })
        .boxed();

    let array_len = choice((
        just(T::Ellipsis).to(None),
        expr.clone().map(|x| Some(Box::new(x))),
    ));
    let slice_or_array = just(T::LBrack)
        .ignore_then(array_len.or_not())
        .then_ignore(just(T::RBrack))
        .then(ty.clone())
        .map(|(len, elem)| match len {
            None => TypeExprKind::Slice(Box::new(elem)),
            Some(n) => TypeExprKind::Array(n, Box::new(elem)),
        });
    let map_ty = just(T::Map)
        .ignore_then(ty.clone().delimited_by(just(T::LBrack), just(T::RBrack)))
        .then(ty.clone())
        .map(|(k, v)| TypeExprKind::Map(Box::new(k), Box::new(v)));
    let chan_ty = choice((
        just(T::Arrow)
            .ignore_then(just(T::Chan))
            .ignore_then(ty.clone())
            .map(|t| TypeExprKind::Chan(ChanDir::Recv, Box::new(t))),
        just(T::Chan)
            .ignore_then(just(T::Arrow))
            .ignore_then(ty.clone())
            .map(|t| TypeExprKind::Chan(ChanDir::Send, Box::new(t))),
        just(T::Chan)
            .ignore_then(ty.clone())
            .map(|t| TypeExprKind::Chan(ChanDir::Both, Box::new(t))),
    ));
    let tag = select! {
        T::Str = e => String::from_utf8_lossy(&unquote_string(cx.text(e.span()))).into_owned(),
    };
    let field = choice((
        ident_list
            .clone()
            .then(ty.clone())
            .then(tag.or_not())
            .map_with(move |((names, ty), tag), e| FieldDecl {
                names,
                ty,
                embedded: false,
                tag,
                span: cx.sp(e.span()),
            }),
        just(T::Star)
            .map_with(move |_, e| cx.sp(e.span()))
            .or_not()
            .then(named_type.clone())
            .then(tag.or_not())
            .map_with(move |((star, t), tag), e| FieldDecl {
                names: Vec::new(),
                ty: match star {
                    Some(s) => TypeExpr {
                        span: s.to(t.span),
                        kind: TypeExprKind::Pointer(Box::new(t)),
                    },
                    None => t,
                },
                embedded: true,
                tag,
                span: cx.sp(e.span()),
            }),
    ));
    let struct_ty = just(T::Struct)
        .ignore_then(
            field
                .separated_by(just(T::Semi))
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(just(T::LBrace), just(T::RBrace)),
        )
        .map(TypeExprKind::Struct);
    let iface_elem = choice((
        ident
            .clone()
            .then(signature.clone())
            .map(|(name, sig)| InterfaceElem::Method { name, sig }),
        just(T::Tilde)
            .or_not()
            .then(ty.clone())
            .map(|(tilde, t)| (tilde.is_some(), t))
            .separated_by(just(T::Pipe))
            .at_least(1)
            .collect::<Vec<_>>()
            .map(InterfaceElem::Embed),
    ));
    let iface_ty = just(T::Interface)
        .ignore_then(
            iface_elem
                .separated_by(just(T::Semi))
                .allow_trailing()
                .collect::<Vec<_>>()
                .delimited_by(just(T::LBrace), just(T::RBrace)),
        )
        .map(TypeExprKind::Interface);
    // Type literals that may start an operand in an expression.
    let type_lit: Bx<'a, I, TypeExpr> =
        choice((slice_or_array, map_ty, chan_ty, struct_ty, iface_ty))
            .map_with(move |k, e| TypeExpr {
                kind: k,
                span: cx.sp(e.span()),
            })
            .boxed();
    let other_ty = choice((
        just(T::Star)
            .ignore_then(ty.clone())
            .map(|t| TypeExprKind::Pointer(Box::new(t))),
        just(T::Func)
            .ignore_then(signature.clone())
            .map(TypeExprKind::Func),
        ty.clone()
            .delimited_by(just(T::LParen), just(T::RParen))
            .map(|t| TypeExprKind::Paren(Box::new(t))),
    ))
    .map_with(move |k, e| TypeExpr {
        kind: k,
        span: cx.sp(e.span()),
    });
    ty.define(
        choice((named_type.clone(), type_lit.clone(), other_ty))
            .labelled(Lbl::Type)
            .boxed(),
    );

    // Type parameters `[T any, K comparable, N int | float64]`.
    let constraint = just(T::Tilde)
        .or_not()
        .then(ty.clone())
        .separated_by(just(T::Pipe))
        .at_least(1)
        .collect::<Vec<_>>()
        .map_with(move |terms, e| {
            if terms.len() == 1 && terms[0].0.is_none() {
                if let Some((_, t)) = terms.into_iter().next() {
                    return t;
                }
                return TypeExpr {
                    kind: TypeExprKind::Bad,
                    span: cx.sp(e.span()),
                };
            }
            TypeExpr {
                kind: TypeExprKind::Interface(vec![InterfaceElem::Embed(
                    terms
                        .into_iter()
                        .map(|(tilde, t)| (tilde.is_some(), t))
                        .collect(),
                )]),
                span: cx.sp(e.span()),
            }
        });
    let type_params: Bx<'a, I, Vec<Param>> = ident_list
        .clone()
        .then(constraint)
        .separated_by(just(T::Comma))
        .allow_trailing()
        .at_least(1)
        .collect::<Vec<_>>()
        .delimited_by(just(T::LBrack), just(T::RBrack))
        .map(|groups| {
            groups
                .into_iter()
                .flat_map(|(names, c)| {
                    names.into_iter().map(move |n| Param {
                        span: n.span.to(c.span),
                        name: Some(n),
                        ty: c.clone(),
                        variadic: false,
                    })
                })
                .collect()
        })
        .boxed();

    // ----- composite literal values -----
    let lit_value: Bx<'a, I, Vec<Element>> = recursive(|lv| {
        let elided = lv.map_with(move |elems, e| {
            Expr::new(ExprKind::Composite { ty: None, elems }, cx.sp(e.span()))
        });
        let item = choice((elided, expr.clone()));
        let element = item
            .clone()
            .then(just(T::Colon).ignore_then(item).or_not())
            .map_with(move |(a, b), e| match b {
                Some(v) => {
                    let key = if matches!(a.kind, ExprKind::Composite { ty: None, .. }) {
                        ElemKey::Composite(a)
                    } else {
                        ElemKey::Expr(a)
                    };
                    Element {
                        key: Some(key),
                        value: v,
                        span: cx.sp(e.span()),
                    }
                }
                None => Element {
                    key: None,
                    value: a,
                    span: cx.sp(e.span()),
                },
            });
        element
            .separated_by(just(T::Comma))
            .allow_trailing()
            .collect::<Vec<_>>()
            .delimited_by(just(T::LBrace), just(T::RBrace).labelled(Lbl::InCompLit))
    })
    .boxed();

    // ----- expressions -----
    let build_expr = |header: bool| -> Bx<'a, I, Expr> {
        let type_operand =
            type_lit
                .clone()
                .then(lit_value.clone().or_not())
                .map_with(move |(t, elems), e| match elems {
                    Some(elems) => Expr::new(
                        ExprKind::Composite {
                            ty: Some(Box::new(t)),
                            elems,
                        },
                        cx.sp(e.span()),
                    ),
                    None => Expr::new(ExprKind::Type(Box::new(t)), cx.sp(e.span())),
                });
        let func_lit = just(T::Func)
            .ignore_then(signature.clone())
            .then(block.clone().or_not())
            .map_with(move |(sig, body), e| {
                let span = cx.sp(e.span());
                match body {
                    Some(body) => Expr::new(ExprKind::FuncLit { sig, body }, span),
                    None => Expr::new(
                        ExprKind::Type(Box::new(TypeExpr {
                            kind: TypeExprKind::Func(sig),
                            span,
                        })),
                        span,
                    ),
                }
            });
        let paren = expr
            .clone()
            .delimited_by(just(T::LParen), just(T::RParen))
            .map_with(move |x, e| Expr::new(ExprKind::Paren(Box::new(x)), cx.sp(e.span())));
        let ident_expr = ident.clone().map(|id| {
            let span = id.span;
            Expr::new(ExprKind::Ident(id), span)
        });
        let simple_operand = choice((ident_expr, basic_lit.clone(), paren, func_lit, type_operand));
        let operand: Bx<'a, I, Expr> = if header {
            simple_operand.boxed()
        } else {
            let named_composite =
                named_type
                    .clone()
                    .then(lit_value.clone())
                    .map_with(move |(t, elems), e| {
                        Expr::new(
                            ExprKind::Composite {
                                ty: Some(Box::new(t)),
                                elems,
                            },
                            cx.sp(e.span()),
                        )
                    });
            choice((named_composite, simple_operand)).boxed()
        };

        let sel_or_assert = just(T::Dot).ignore_then(choice((
            ident.clone().map(Suffix::Sel),
            just(T::LParen)
                .ignore_then(choice((just(T::Type).to(None), ty.clone().map(Some))))
                .then_ignore(just(T::RParen))
                .map(Suffix::Assert),
        )));
        let index = just(T::LBrack)
            .ignore_then(
                expr.clone()
                    .or_not()
                    .then(
                        just(T::Colon)
                            .ignore_then(expr.clone().or_not())
                            .then(just(T::Colon).ignore_then(expr.clone().or_not()).or_not())
                            .or_not(),
                    )
                    .then(
                        just(T::Comma)
                            .ignore_then(
                                expr.clone()
                                    .separated_by(just(T::Comma))
                                    .allow_trailing()
                                    .collect::<Vec<_>>(),
                            )
                            .or_not(),
                    ),
            )
            .then_ignore(just(T::RBrack))
            .map(|((first, slice), more)| Suffix::Index { first, slice, more });
        let call = just(T::LParen)
            .ignore_then(
                expr.clone()
                    .separated_by(just(T::Comma))
                    .allow_trailing()
                    .collect::<Vec<_>>()
                    .then(just(T::Ellipsis).then(just(T::Comma).or_not()).or_not()),
            )
            .then_ignore(just(T::RParen).labelled(Lbl::InArgs))
            .map(|(args, dots)| Suffix::Call(args, dots.is_some()));
        let suffix = choice((sel_or_assert, index, call));
        let primary = operand
            .labelled(Lbl::Expr)
            .foldl_with(suffix.repeated(), move |lhs, suf, e| {
                let sspan = e.span();
                let mut errs = Vec::new();
                let x = apply_suffix(cx, lhs, suf, sspan, &mut |err| errs.push(err));
                for err in errs {
                    e.emit(err);
                }
                x
            })
            .boxed();

        let unary = select! {
            T::Plus => UnOp::Plus,
            T::Minus => UnOp::Neg,
            T::Not => UnOp::Not,
            T::Caret => UnOp::BitNot,
            T::Star => UnOp::Deref,
            T::Amp => UnOp::Addr,
            T::Arrow => UnOp::Recv,
        };
        let mul = select! {
            T::Star => BinOp::Mul,
            T::Slash => BinOp::Div,
            T::Percent => BinOp::Rem,
            T::Shl => BinOp::Shl,
            T::Shr => BinOp::Shr,
            T::Amp => BinOp::And,
            T::AndNot => BinOp::AndNot,
        };
        let add = select! {
            T::Plus => BinOp::Add,
            T::Minus => BinOp::Sub,
            T::Pipe => BinOp::Or,
            T::Caret => BinOp::Xor,
        };
        let cmp = select! {
            T::EqEq => BinOp::Eq,
            T::NotEq => BinOp::Ne,
            T::Lt => BinOp::Lt,
            T::LtEq => BinOp::Le,
            T::Gt => BinOp::Gt,
            T::GtEq => BinOp::Ge,
        };
        let land = just(T::AndAnd).to(BinOp::LAnd);
        let lor = just(T::OrOr).to(BinOp::LOr);
        fn bin(l: Expr, op: BinOp, r: Expr, span: SimpleSpan, file: u32) -> Expr {
            Expr::new(
                ExprKind::Binary(op, Box::new(l), Box::new(r)),
                Span::new(file, span.start, span.end),
            )
        }
        let file = cx.file;
        primary
            .pratt((
                prefix(6, unary, move |op, rhs, e: &mut MapExtra<'a, '_, I, Ex>| {
                    unary_fold(op, rhs, cx.sp(e.span()))
                }),
                infix(
                    left(5),
                    mul,
                    move |l, op, r, e: &mut MapExtra<'a, '_, I, Ex>| bin(l, op, r, e.span(), file),
                ),
                infix(
                    left(4),
                    add,
                    move |l, op, r, e: &mut MapExtra<'a, '_, I, Ex>| bin(l, op, r, e.span(), file),
                ),
                infix(
                    left(3),
                    cmp,
                    move |l, op, r, e: &mut MapExtra<'a, '_, I, Ex>| bin(l, op, r, e.span(), file),
                ),
                infix(
                    left(2),
                    land,
                    move |l, op, r, e: &mut MapExtra<'a, '_, I, Ex>| bin(l, op, r, e.span(), file),
                ),
                infix(
                    left(1),
                    lor,
                    move |l, op, r, e: &mut MapExtra<'a, '_, I, Ex>| bin(l, op, r, e.span(), file),
                ),
            ))
            .labelled(Lbl::Expr)
            .boxed()
    };
    let expr_full = build_expr(false);
    let expr_h = build_expr(true);
    expr.define(expr_full);

    // ----- simple statements -----
    let build_simple = |x: Bx<'a, I, Expr>| -> Bx<'a, I, Simple> {
        let xs = x
            .clone()
            .separated_by(just(T::Comma))
            .at_least(1)
            .collect::<Vec<_>>();
        let rhs = choice((
            just(T::Range)
                .map_with(move |_, e| cx.sp(e.span()))
                .then(x.clone())
                .map(|(s, x)| Rhs::Range(s, x)),
            xs.clone().map(Rhs::Values),
        ));
        let multi_tail = choice((
            just(T::Define).ignore_then(rhs.clone()).map(Tail::Define),
            just(T::Assign).ignore_then(rhs).map(Tail::Assign),
        ))
        .boxed();
        let op_assign = select! {
            T::AddAssign => BinOp::Add,
            T::SubAssign => BinOp::Sub,
            T::MulAssign => BinOp::Mul,
            T::QuoAssign => BinOp::Div,
            T::RemAssign => BinOp::Rem,
            T::AndAssign => BinOp::And,
            T::OrAssign => BinOp::Or,
            T::XorAssign => BinOp::Xor,
            T::ShlAssign => BinOp::Shl,
            T::ShrAssign => BinOp::Shr,
            T::AndNotAssign => BinOp::AndNot,
        };
        let single_tail = choice((
            multi_tail.clone(),
            op_assign
                .then(x.clone())
                .map(|(op, v)| Tail::OpAssign(op, v)),
            just(T::Inc).to(Tail::Inc),
            just(T::Dec).to(Tail::Dec),
            just(T::Arrow).ignore_then(x.clone()).map(Tail::Send),
        ));
        x.then(choice((
            just(T::Comma)
                .ignore_then(xs)
                .then(multi_tail.labelled(Lbl::AssignOrComma))
                .map(|(rest, t)| (rest, Some(t))),
            single_tail.or_not().map(|t| (Vec::new(), t)),
        )))
        .validate(move |(first, (rest, tail)), e, emitter| {
            make_simple(cx, first, rest, tail, cx.sp(e.span()), emitter)
        })
        .boxed()
    };
    let simple = build_simple(expr.clone().boxed());
    let simple_h = build_simple(expr_h.clone());

    // ----- statement lists and blocks -----
    let stmt_end = choice((
        just(T::Semi).labelled(Lbl::EndStmt).ignored(),
        just(T::RBrace).rewind().ignored(),
    ));
    let stmt_list = |in_switch: bool| -> Bx<'a, I, Vec<Stmt>> {
        let item = stmt
            .clone()
            .then(
                stmt_end
                    .to(true)
                    .recover_with(via_parser(skip_stmt(in_switch).to(false))),
            )
            .map(|(s, ok)| {
                if ok {
                    s
                } else {
                    Stmt {
                        kind: StmtKind::Bad,
                        span: s.span,
                    }
                }
            })
            .recover_with(via_parser(skip_stmt(in_switch).map_with(move |_, e| {
                Stmt {
                    kind: StmtKind::Bad,
                    span: cx.sp(e.span()),
                }
            })));
        choice((just(T::Semi).to(None), item.map(Some)))
            .repeated()
            .collect::<Vec<_>>()
            .map(|v| v.into_iter().flatten().collect())
            .boxed()
    };
    block.define(
        stmt_list(false)
            .delimited_by(just(T::LBrace), just(T::RBrace))
            .map_with(move |stmts, e| Block {
                stmts,
                span: cx.sp(e.span()),
            }),
    );
    let block_after = |l: Lbl| {
        block
            .clone()
            .labelled(l)
            .recover_with(via_parser(skip_to_lbrace().ignore_then(block.clone())))
    };

    // ----- declarations (also statements) -----
    let var_spec: Bx<'a, I, VarSpec> = ident_list
        .clone()
        .then(choice((
            ty.clone()
                .then(just(T::Assign).ignore_then(expr_list.clone()).or_not())
                .map(|(t, v)| (Some(t), v.unwrap_or_default())),
            just(T::Assign)
                .ignore_then(expr_list.clone())
                .map(|v| (None, v)),
        )))
        .map_with(move |(names, (ty, values)), e| VarSpec {
            names,
            ty,
            values,
            span: cx.sp(e.span()),
        })
        .boxed();
    let var_decl = just(T::Var).ignore_then(group(var_spec)).boxed();
    let const_spec: Bx<'a, I, ConstSpec> = ident_list
        .clone()
        .then(
            ty.clone()
                .or_not()
                .then_ignore(just(T::Assign))
                .then(expr_list.clone())
                .or_not(),
        )
        .map_with(move |(names, tv), e| {
            let (ty, values) = match tv {
                Some((ty, values)) => (ty, values),
                None => (None, Vec::new()),
            };
            ConstSpec {
                names,
                ty,
                values,
                iota: 0,
                span: cx.sp(e.span()),
            }
        })
        .boxed();
    let const_decl = just(T::Const)
        .ignore_then(group(const_spec))
        .map(|mut specs: Vec<ConstSpec>| {
            for (i, s) in specs.iter_mut().enumerate() {
                s.iota = i as u32;
            }
            specs
        })
        .boxed();
    let type_spec: Bx<'a, I, TypeSpec> = choice((
        ident
            .clone()
            .then(type_params.clone())
            .then(ty.clone())
            .map(|((name, tps), ty)| (name, tps, false, ty)),
        ident
            .clone()
            .then(just(T::Assign).or_not())
            .then(ty.clone())
            .map(|((name, eq), ty)| (name, Vec::new(), eq.is_some(), ty)),
    ))
    .map_with(move |(name, type_params, alias, ty), e| TypeSpec {
        name,
        type_params,
        alias,
        ty,
        span: cx.sp(e.span()),
    })
    .boxed();
    let type_decl = just(T::Type).ignore_then(group(type_spec)).boxed();

    // ----- statements -----
    let if_header = choice((
        just(T::LBrace)
            .map_with(|_, e| e.span())
            .rewind()
            .validate(move |sp, _e, emitter| {
                emitter.emit(SynErr::custom(
                    sp,
                    "syntax error: missing condition in if statement",
                ));
                (None, bad_expr(cx.sp(sp)))
            }),
        simple_h
            .clone()
            .then(
                just(T::Semi)
                    .map_with(|_, e| e.span())
                    .then(expr_h.clone().or_not())
                    .or_not(),
            )
            .validate(move |(a, semi), e, emitter| {
                let span = cx.sp(e.span());
                match semi {
                    None => (None, simple_to_cond(cx, a, span, emitter)),
                    Some((_, Some(cond))) => (Some(simple_to_stmt(a, span, emitter)), cond),
                    Some((sp, None)) => {
                        let msg = if semi_kind(cx.src, sp.start, sp.end) == SemiKind::Newline {
                            "syntax error: unexpected newline, expecting { after if clause"
                        } else {
                            "syntax error: missing condition in if statement"
                        };
                        emitter.emit(SynErr::custom(sp, msg));
                        (Some(simple_to_stmt(a, span, emitter)), bad_expr(cx.sp(sp)))
                    }
                }
            }),
    ));
    let if_stmt = recursive(|if_stmt| {
        let else_part = just(T::Else).ignore_then(choice((
            if_stmt.map(Box::new),
            block.clone().map(|b| {
                Box::new(Stmt {
                    span: b.span,
                    kind: StmtKind::Block(b),
                })
            }),
            any().try_map(|_, sp| {
                Err::<Box<Stmt>, _>(SynErr::custom(
                    sp,
                    "syntax error: else must be followed by if or statement block",
                ))
            }),
        )));
        just(T::If)
            .ignore_then(if_header)
            .then(block_after(Lbl::BraceAfterIf))
            .then(else_part.or_not())
            .map_with(move |(((init, cond), then), els), e| Stmt {
                kind: StmtKind::If {
                    init: init.map(Box::new),
                    cond,
                    then,
                    els,
                },
                span: cx.sp(e.span()),
            })
    });

    let for_head = choice((
        just(T::LBrace).rewind().to(ForHead::Loop(None, None, None)),
        just(T::Range)
            .ignore_then(expr_h.clone())
            .map(|x| ForHead::Range {
                key: None,
                value: None,
                define: false,
                expr: x,
            }),
        simple_h
            .clone()
            .or_not()
            .then(
                just(T::Semi)
                    .ignore_then(expr_h.clone().or_not())
                    // after `init; cond` the second `;` is due: a missing one is
                    // reported there (as Go does) and the post statement parsed
                    .then_ignore(
                        just(T::Semi)
                            .labelled(Lbl::ForSemi)
                            .ignored()
                            .recover_with(via_parser(empty())),
                    )
                    .then(simple_h.clone().or_not())
                    .or_not(),
            )
            .validate(move |(first, rest), e, emitter| {
                let span = cx.sp(e.span());
                match (first, rest) {
                    (
                        Some(Simple::Range {
                            lhs, define, expr, ..
                        }),
                        None,
                    ) => {
                        let mut it = lhs.into_iter();
                        ForHead::Range {
                            key: it.next(),
                            value: it.next(),
                            define,
                            expr,
                        }
                    }
                    (Some(s), None) => {
                        ForHead::Loop(None, Some(simple_to_cond(cx, s, span, emitter)), None)
                    }
                    (None, None) => ForHead::Loop(None, None, None),
                    (first, Some((cond, post))) => ForHead::Loop(
                        first.map(|s| simple_to_stmt(s, span, emitter)),
                        cond,
                        post.map(|s| simple_to_stmt(s, span, emitter)),
                    ),
                }
            }),
    ));
    let for_stmt = just(T::For)
        .ignore_then(for_head)
        .then(block_after(Lbl::BraceAfterFor))
        .map(|(head, body)| match head {
            ForHead::Loop(init, cond, post) => StmtKind::For {
                init: init.map(Box::new),
                cond,
                post: post.map(Box::new),
                body,
            },
            ForHead::Range {
                key,
                value,
                define,
                expr,
            } => StmtKind::ForRange {
                key,
                value,
                define,
                expr,
                body,
            },
        });

    let case_clause = choice((
        just(T::Case)
            .ignore_then(expr_list.clone())
            .map(|xs| (xs, false)),
        just(T::Default).to((Vec::new(), true)),
    ))
    .then_ignore(just(T::Colon))
    .then(stmt_list(true))
    .map_with(move |((exprs, is_default), body), e| CaseClause {
        exprs,
        is_default,
        body,
        span: cx.sp(e.span()),
    });
    let switch_stmt = just(T::Switch)
        .ignore_then(simple_h.clone().or_not())
        .then(
            just(T::Semi)
                .ignore_then(simple_h.clone().or_not())
                .or_not(),
        )
        .then(case_clause.repeated().collect::<Vec<_>>().delimited_by(
            just(T::LBrace).labelled(Lbl::BraceAfterSwitch),
            just(T::RBrace),
        ))
        .validate(move |((a, b), clauses), e, emitter| {
            make_switch(cx, a, b, clauses, cx.sp(e.span()), emitter)
        });

    let comm_clause = choice((
        just(T::Case)
            .ignore_then(simple.clone())
            .validate(move |s, e, emitter| {
                Some(Box::new(simple_to_stmt(s, cx.sp(e.span()), emitter)))
            }),
        just(T::Default).to(None),
    ))
    .then_ignore(just(T::Colon))
    .then(stmt_list(true))
    .map_with(move |(comm, body), e| CommClause {
        comm,
        body,
        span: cx.sp(e.span()),
    });
    let select_stmt = just(T::Select)
        .ignore_then(comm_clause.repeated().collect::<Vec<_>>().delimited_by(
            just(T::LBrace).labelled(Lbl::BraceAfterSelect),
            just(T::RBrace),
        ))
        .map(|clauses| StmtKind::Select { clauses });

    let labeled = ident
        .clone()
        .then_ignore(just(T::Colon))
        .then(stmt.clone().or_not())
        .map_with(move |(label, s), e| {
            let span = cx.sp(e.span());
            let s = s.unwrap_or(Stmt {
                kind: StmtKind::Empty,
                span: Span::new(cx.file, span.hi as usize, span.hi as usize),
            });
            StmtKind::Labeled(label, Box::new(s))
        });

    let keyword_stmt = choice((
        just(T::Go)
            .ignore_then(expr.clone())
            // a non-call is reported by the checker, as Go's type checker
            // goes on after it
            .map(StmtKind::Go),
        just(T::Defer)
            .ignore_then(expr.clone())
            .map(StmtKind::Defer),
        just(T::Return)
            .ignore_then(expr_list.clone().or_not())
            .map(|v| StmtKind::Return(v.unwrap_or_default())),
        just(T::Break)
            .ignore_then(ident.clone().or_not())
            .map(StmtKind::Break),
        just(T::Continue)
            .ignore_then(ident.clone().or_not())
            .map(StmtKind::Continue),
        just(T::Goto).ignore_then(ident.clone()).map(StmtKind::Goto),
        just(T::Fallthrough).to(StmtKind::Fallthrough),
        var_decl.clone().map(StmtKind::Var),
        const_decl.clone().map(StmtKind::Const),
        type_decl.clone().map(StmtKind::Type),
        for_stmt,
        switch_stmt,
        select_stmt,
        block.clone().map(StmtKind::Block),
    ))
    .map_with(move |kind, e| Stmt {
        kind,
        span: cx.sp(e.span()),
    });
    stmt.define(
        choice((
            labeled.map_with(move |kind, e| Stmt {
                kind,
                span: cx.sp(e.span()),
            }),
            keyword_stmt,
            if_stmt,
            simple
                .clone()
                .validate(move |s, e, emitter| simple_to_stmt(s, cx.sp(e.span()), emitter)),
        ))
        .labelled(Lbl::Stmt)
        .boxed(),
    );

    // ----- top level -----
    let body = choice((
        block.clone().map(Some),
        just(T::Semi)
            .ignore_then(just(T::LBrace).map_with(|_, e| e.span()).rewind())
            .validate(|sp, _e, emitter| {
                emitter.emit(SynErr::custom(
                    sp,
                    "syntax error: unexpected semicolon or newline before {",
                ));
            })
            .ignore_then(block.clone())
            .map(Some),
        empty().to(None),
    ));
    let func_decl = just(T::Func)
        .ignore_then(params.clone().or_not())
        .then(ident.clone())
        .then(type_params.clone().or_not())
        .then(signature.clone())
        .then(body)
        .validate(move |((((recv, name), tps), sig), body), e, emitter| {
            let span = cx.sp(e.span());
            let recv = match recv {
                None => None,
                Some(mut ps) => {
                    if ps.is_empty() {
                        emitter.emit(SynErr::custom(
                            simple_span(name.span),
                            "method has no receiver",
                        ));
                        None
                    } else {
                        if ps.len() > 1 {
                            emitter.emit(SynErr::custom(
                                simple_span(ps[1].span),
                                "method has multiple receivers",
                            ));
                        }
                        Some(ps.swap_remove(0))
                    }
                }
            };
            FuncDecl {
                name,
                recv,
                type_params: tps.unwrap_or_default(),
                sig,
                body,
                span,
            }
        });
    let import_spec = choice((
        ident.clone().map(Some),
        just(T::Dot).map_with(move |_, e| {
            Some(Ident {
                name: ".".to_string(),
                span: cx.sp(e.span()),
            })
        }),
    ))
    .or_not()
    .map(Option::flatten)
    .then(string_lit.clone())
    .map_with(move |(name, path), e| Import {
        name,
        path: String::from_utf8_lossy(&path).into_owned(),
        span: cx.sp(e.span()),
    })
    .boxed();
    let import_decl = just(T::Import).ignore_then(group(import_spec)).boxed();
    let decl_end = choice((just(T::Semi).labelled(Lbl::EndDecl).ignored(), end()))
        .recover_with(via_parser(skip_top()))
        .boxed();
    let decl = choice((
        func_decl.map(|f| Top::Decl(Decl::Func(f))),
        var_decl.map(|v| Top::Decl(Decl::Var(v))),
        const_decl.map(|c| Top::Decl(Decl::Const(c))),
        type_decl.map(|t| Top::Decl(Decl::Type(t))),
        import_decl.clone().validate(|v, e, emitter| {
            emitter.emit(SynErr::custom(
                e.span(),
                "syntax error: imports must appear before other declarations",
            ));
            Top::Imports(v)
        }),
    ))
    .then_ignore(decl_end.clone())
    .recover_with(via_parser(
        skip_top().map_with(move |_, e| Top::Decl(Decl::Bad(cx.sp(e.span())))),
    ));
    let non_decl = none_of([T::Func, T::Var, T::Const, T::Type, T::Import, T::Semi])
        .map_with(|_, e| e.span())
        .rewind()
        .validate(|sp, _e, emitter| {
            emitter.emit(SynErr::custom(
                sp,
                "syntax error: non-declaration statement outside function body",
            ));
        })
        .ignore_then(skip_top())
        .map_with(move |_, e| Top::Decl(Decl::Bad(cx.sp(e.span()))));

    let package = choice((
        just(T::Package)
            .ignore_then(ident.clone())
            .then_ignore(decl_end.clone()),
        empty()
            .map_with(|_, e| e.span())
            .validate(move |sp, _e, emitter| {
                emitter.emit(SynErr::custom(
                    sp,
                    "syntax error: package statement must be first",
                ));
                Ident {
                    name: String::new(),
                    span: cx.sp(sp),
                }
            }),
    ));
    let imports = choice((
        just(T::Semi).to(Vec::new()),
        // Peek at `import` first: recovery must only apply to a started import.
        just(T::Import).rewind().ignore_then(
            import_decl
                .then_ignore(decl_end)
                .recover_with(via_parser(skip_top().to(Vec::new()))),
        ),
    ))
    .repeated()
    .collect::<Vec<Vec<Import>>>();
    let top = choice((just(T::Semi).to(None), non_decl.map(Some), decl.map(Some)))
        .repeated()
        .collect::<Vec<_>>();
    package.then(imports).then(top).then_ignore(end()).map_with(
        move |((package, imports), tops), e| {
            let mut imports: Vec<Import> = imports.into_iter().flatten().collect();
            let mut decls = Vec::new();
            for t in tops.into_iter().flatten() {
                match t {
                    Top::Decl(d) => decls.push(d),
                    Top::Imports(v) => imports.extend(v),
                }
            }
            File {
                package,
                imports,
                decls,
                span: cx.sp(e.span()),
            }
        },
    )
}

/// Parses the tokens of one file. Returns the AST (always, possibly with `Bad`
/// nodes) and the syntax diagnostics (unsorted).
pub(crate) fn parse_tokens(file: u32, src: &str, toks: &[Token]) -> (File, Vec<Diagnostic>) {
    let kinds: Vec<Tok> = toks.iter().map(|t| t.tok).collect();
    let spans: Vec<(usize, usize)> = toks
        .iter()
        .map(|t| (t.lo as usize, t.hi as usize))
        .collect();
    let eof = src.len();
    let spans_ref = &spans;
    let input = kinds.as_slice().map_span(move |s: SimpleSpan| {
        let lo = spans_ref.get(s.start).map(|p| p.0).unwrap_or(eof);
        let hi = if s.end > s.start {
            spans_ref.get(s.end - 1).map(|p| p.1).unwrap_or(eof)
        } else {
            lo
        };
        SimpleSpan::from(lo..hi.max(lo))
    });
    let guards = RefCell::new(Guards::default());
    let cx = Cx {
        file,
        src,
        guards: &guards,
    };
    let parser = file_parser(cx);
    let (out, errs) = parser.parse(input).into_output_errors();
    let mut diags: Vec<Diagnostic> = errs
        .iter()
        .map(|e| {
            let d = Diagnostic::error(
                "syntax",
                Span::new(file, e.span.start, e.span.end),
                render(e, src),
            );
            if e.custom.is_none() {
                d.with_label(format!(
                    "unexpected {}",
                    describe(e.found, src, e.span.start, e.span.end)
                ))
            } else {
                d
            }
        })
        .collect();
    {
        let g = guards.borrow();
        let mut reported: Vec<Span> = Vec::new();
        for m in &g.made {
            if !g.used.contains(m) && !reported.contains(m) {
                reported.push(*m);
                diags.push(Diagnostic::error(
                    "syntax",
                    *m,
                    "syntax error: use of .(type) outside type switch",
                ));
            }
        }
    }
    let file_ast = out.unwrap_or_else(|| File {
        package: Ident {
            name: String::new(),
            span: Span::new(file, 0, 0),
        },
        imports: Vec::new(),
        decls: Vec::new(),
        span: Span::new(file, 0, src.len()),
    });
    (file_ast, diags)
}
