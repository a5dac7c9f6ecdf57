//! Parser tests: a program using every construct, precedence, the composite
//! literal rule in statement headers, recovery and gc's wording.

use super::ast::*;
use super::parse_file;

fn messages(src: &str) -> Vec<String> {
    parse_file(0, src)
        .1
        .into_iter()
        .map(|d| d.message)
        .collect()
}

/// Developer aid: `GOSRC=file.go [GOAST=1] cargo test -p goc debug_dump -- --nocapture`
/// prints the diagnostics (and the AST) of a file. Does nothing otherwise.
#[test]
fn debug_dump() {
    let src = std::env::var("GOSRC").unwrap_or_default();
    if src.is_empty() {
        return;
    }
    let text = std::fs::read_to_string(&src).unwrap();
    let (f, diags) = parse_file(0, &text);
    let sm = {
        let mut m = crate::source::SourceMap::default();
        m.add(src.clone(), text.clone());
        m
    };
    for d in &diags {
        let (l, c) = sm.file(0).line_col(d.span().lo as usize);
        println!("{src}:{l}:{c}: {}", d.message);
    }
    if std::env::var("GOAST").is_ok() {
        println!("{f:#?}");
    }
}

fn parse_ok(src: &str) -> File {
    let (f, diags) = parse_file(0, src);
    assert!(diags.is_empty(), "unexpected diagnostics: {diags:#?}");
    f
}

/// The body statements of the first function declaration.
fn body(f: &File) -> &[Stmt] {
    for d in &f.decls {
        if let Decl::Func(fd) = d {
            return &fd.body.as_ref().expect("body").stmts;
        }
    }
    panic!("no function")
}

fn func_body(src_body: &str) -> Vec<Stmt> {
    let src = format!("package p\nfunc f() {{\n{src_body}\n}}\n");
    let f = parse_ok(&src);
    body(&f).to_vec()
}

/// Prints an expression fully parenthesised, to check the tree's shape.
fn show(x: &Expr) -> String {
    match &x.kind {
        ExprKind::Ident(id) => id.name.clone(),
        ExprKind::IntLit(s) | ExprKind::FloatLit(s) | ExprKind::ImagLit(s) => s.clone(),
        ExprKind::RuneLit(r) => format!("'{r}'"),
        ExprKind::StringLit(b) => format!("{:?}", String::from_utf8_lossy(b)),
        ExprKind::Binary(op, l, r) => format!("({} {} {})", show(l), op.as_str(), show(r)),
        ExprKind::Unary(op, e) => format!("({op:?} {})", show(e)),
        ExprKind::Paren(e) => format!("[{}]", show(e)),
        ExprKind::Selector(e, id) => format!("{}.{}", show(e), id.name),
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => format!(
            "{}({}{})",
            show(func),
            args.iter().map(show).collect::<Vec<_>>().join(", "),
            if *ellipsis { "..." } else { "" }
        ),
        ExprKind::Index(b, i) => format!(
            "{}[{}]",
            show(b),
            i.iter().map(show).collect::<Vec<_>>().join(", ")
        ),
        ExprKind::Composite { ty, elems } => {
            format!("{}{{{}}}", if ty.is_some() { "T" } else { "" }, elems.len())
        }
        ExprKind::Type(_) => "type".to_string(),
        ExprKind::TypeAssert(e, t) => {
            format!("{}.({})", show(e), if t.is_some() { "T" } else { "type" })
        }
        other => format!("{other:?}"),
    }
}

fn expr_of(src: &str) -> String {
    let stmts = func_body(&format!("_ = {src}"));
    match &stmts[0].kind {
        StmtKind::Assign { rhs, .. } => show(&rhs[0]),
        k => panic!("not an assignment: {k:?}"),
    }
}

#[test]
fn representative_program_parses_without_diagnostics() {
    let src = include_str!("testdata/all.go");
    let f = parse_ok(src);
    assert_eq!(f.package.name, "main");
    assert_eq!(f.imports.len(), 5);
    assert_eq!(f.imports[2].name.as_ref().unwrap().name, "m");
    assert_eq!(f.imports[2].path, "math");
    assert_eq!(f.imports[3].name.as_ref().unwrap().name, ".");
    assert_eq!(f.imports[4].name.as_ref().unwrap().name, "_");
    let funcs: Vec<&FuncDecl> = f
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Func(fd) => Some(fd),
            _ => None,
        })
        .collect();
    let names: Vec<&str> = funcs.iter().map(|f| f.name.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "native",
            "String",
            "Move",
            "Push",
            "Map",
            "variadic",
            "control",
            "concurrency",
            "expressions",
            "main"
        ]
    );
    // A function without a body is a native.
    assert!(funcs[0].body.is_none());
    // Grouped parameters are expanded.
    assert_eq!(funcs[0].sig.params.len(), 2);
    // Methods keep their receiver; generics their type parameters.
    assert!(funcs[2].recv.is_some());
    assert_eq!(funcs[4].type_params.len(), 2);
    assert!(funcs[5].sig.params[1].variadic);
    assert_eq!(funcs[5].sig.results.len(), 2);
    // Constants: iota numbers the specs of a group.
    let consts: Vec<&Vec<ConstSpec>> = f
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Const(c) => Some(c),
            _ => None,
        })
        .collect();
    let iotas: Vec<u32> = consts[1].iter().map(|c| c.iota).collect();
    assert_eq!(iotas, [0, 1, 2, 3]);
    assert!(consts[1][1].values.is_empty());
    assert!(consts[1][3].ty.is_some());
    // Types: struct with embedded fields and a tag, alias, generic.
    let types: Vec<&TypeSpec> = f
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Type(t) => Some(&t[0]),
            _ => None,
        })
        .collect();
    let TypeExprKind::Struct(fields) = &types[0].ty.kind else {
        panic!()
    };
    assert_eq!(fields[0].names.len(), 2);
    assert_eq!(fields[0].tag.as_deref(), Some(r#"json:"x""#));
    assert!(fields[2].embedded && fields[3].embedded);
    assert!(types.iter().any(|t| t.alias));
    assert_eq!(types[4].type_params.len(), 1);
    let TypeExprKind::Array(Some(_), _) = &types[7].ty.kind else {
        panic!("{:?}", types[7].ty.kind)
    };
}

#[test]
fn binary_precedence_has_five_levels() {
    assert_eq!(
        expr_of("a || b && c == d + e * f"),
        "(a || (b && (c == (d + (e * f)))))"
    );
    assert_eq!(expr_of("a * b + c"), "((a * b) + c)");
    assert_eq!(expr_of("a - b - c"), "((a - b) - c)");
    assert_eq!(expr_of("a << 1 | b & c"), "((a << 1) | (b & c))");
    assert_eq!(expr_of("a &^ b ^ c"), "((a &^ b) ^ c)");
    assert_eq!(expr_of("a < b == c > d"), "(((a < b) == c) > d)");
    assert_eq!(
        expr_of("x % 2 == 0 && y != 1"),
        "(((x % 2) == 0) && (y != 1))"
    );
}

#[test]
fn unary_operators_bind_tighter_than_binary() {
    assert_eq!(expr_of("-a * b"), "((Neg a) * b)");
    assert_eq!(expr_of("!a && b"), "((Not a) && b)");
    assert_eq!(expr_of("*p.x + 1"), "((Deref p.x) + 1)");
    assert_eq!(expr_of("&T{1}"), "(Addr T{1})");
    assert_eq!(expr_of("<-ch + ^x"), "((Recv ch) + (BitNot x))");
    assert_eq!(expr_of("- -a"), "(Neg (Neg a))");
    assert_eq!(expr_of("f(a)(b).c[d]"), "f(a)(b).c[d]");
    assert_eq!(expr_of("f(xs...)"), "f(xs...)");
}

#[test]
fn composite_literals_in_statement_headers() {
    // `T {` in an if/for/switch header is the block, not a literal.
    let stmts = func_body("if x == T {\n}");
    let StmtKind::If { cond, then, .. } = &stmts[0].kind else {
        panic!()
    };
    assert_eq!(show(cond), "(x == T)");
    assert!(then.stmts.is_empty());
    let stmts = func_body("for x := range T {\n}");
    assert!(matches!(
        stmts[0].kind,
        StmtKind::ForRange { define: true, .. }
    ));
    let stmts = func_body("switch T {\n}");
    assert!(matches!(
        stmts[0].kind,
        StmtKind::Switch { tag: Some(_), .. }
    ));
    // Parenthesised, or inside a call, it is a literal again.
    let stmts = func_body("if x == (T{}) {\n}");
    let StmtKind::If { cond, .. } = &stmts[0].kind else {
        panic!()
    };
    assert_eq!(show(cond), "(x == [T{0}])");
    let stmts = func_body("if f(T{1, 2}) {\n}");
    let StmtKind::If { cond, .. } = &stmts[0].kind else {
        panic!()
    };
    assert_eq!(show(cond), "f(T{2})");
    // Literal types other than type names are fine in headers.
    let stmts = func_body("for _, v := range []int{1, 2} {\n}");
    let StmtKind::ForRange { expr, .. } = &stmts[0].kind else {
        panic!()
    };
    assert_eq!(show(expr), "T{2}");
    // Outside headers `T{}` and `pkg.T{}` are literals.
    assert_eq!(expr_of("pkg.T{a: 1}"), "T{1}");
    assert_eq!(expr_of("Pair[K, V]{}"), "T{0}");
}

#[test]
fn statement_forms() {
    let stmts =
        func_body("a, b := 1, 2\nx[i], y = y, x[i]\nx += 2\nx++\nch <- v\nL:\nfor {\nbreak L\n}");
    assert!(matches!(&stmts[0].kind, StmtKind::Define { names, .. } if names.len() == 2));
    assert!(matches!(&stmts[1].kind, StmtKind::Assign { op: None, lhs, .. } if lhs.len() == 2));
    assert!(matches!(
        &stmts[2].kind,
        StmtKind::Assign {
            op: Some(BinOp::Add),
            ..
        }
    ));
    assert!(matches!(&stmts[3].kind, StmtKind::IncDec(_, true)));
    assert!(matches!(&stmts[4].kind, StmtKind::Send(..)));
    assert!(
        matches!(&stmts[5].kind, StmtKind::Labeled(l, s) if l.name == "L" && matches!(s.kind, StmtKind::For { .. }))
    );
    let stmts = func_body("for range x {\n}\nfor i := range 10 {\n}\nfor k, v = range m {\n}");
    assert!(matches!(
        &stmts[0].kind,
        StmtKind::ForRange {
            key: None,
            define: false,
            ..
        }
    ));
    assert!(matches!(
        &stmts[1].kind,
        StmtKind::ForRange {
            key: Some(_),
            value: None,
            define: true,
            ..
        }
    ));
    assert!(matches!(
        &stmts[2].kind,
        StmtKind::ForRange {
            value: Some(_),
            define: false,
            ..
        }
    ));
    let stmts = func_body("switch v := x.(type) {\ncase int, *T:\ncase nil:\ndefault:\n}");
    let StmtKind::TypeSwitch { bind, clauses, .. } = &stmts[0].kind else {
        panic!()
    };
    assert_eq!(bind.as_ref().unwrap().name, "v");
    assert_eq!(clauses[0].types.len(), 2);
    assert!(matches!(
        &clauses[0].types[1].kind,
        TypeExprKind::Pointer(_)
    ));
    assert!(matches!(&clauses[1].types[0].kind, TypeExprKind::Name(n) if n.name == "nil"));
    assert!(clauses[2].is_default);
    let stmts = func_body("select {\ncase v, ok := <-ch:\ncase ch <- 1:\ncase <-ch:\ndefault:\n}");
    let StmtKind::Select { clauses } = &stmts[0].kind else {
        panic!()
    };
    assert!(matches!(
        clauses[0].comm.as_ref().unwrap().kind,
        StmtKind::Define { .. }
    ));
    assert!(matches!(
        clauses[1].comm.as_ref().unwrap().kind,
        StmtKind::Send(..)
    ));
    assert!(matches!(
        clauses[2].comm.as_ref().unwrap().kind,
        StmtKind::Expr(_)
    ));
    assert!(clauses[3].comm.is_none());
}

#[test]
fn recovery_three_errors_in_three_functions() {
    let src = "package main

func a() {
	x := 1
	fmt.Println(x, 2
	y := 2
}

func b() int {
	return 1 +
}

func c() {
	if x {
	}
	z := 3 4
}

func d() {
	ok()
}
";
    let (f, diags) = parse_file(0, src);
    let msgs: Vec<&str> = diags.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        msgs,
        [
            "syntax error: unexpected newline in argument list; possibly missing comma or )",
            "syntax error: unexpected }, expecting expression",
            "syntax error: unexpected literal 4 at end of statement",
        ]
    );
    // Every function is still there, with its good statements intact.
    assert_eq!(f.decls.len(), 4);
    let Decl::Func(a) = &f.decls[0] else { panic!() };
    let a = &a.body.as_ref().unwrap().stmts;
    assert_eq!(a.len(), 3);
    assert!(matches!(a[0].kind, StmtKind::Define { .. }));
    assert!(matches!(a[1].kind, StmtKind::Bad));
    assert!(matches!(a[2].kind, StmtKind::Define { .. }));
    let Decl::Func(c) = &f.decls[2] else { panic!() };
    let c = &c.body.as_ref().unwrap().stmts;
    assert!(matches!(c[0].kind, StmtKind::If { .. }));
    assert!(matches!(c[1].kind, StmtKind::Bad));
    let Decl::Func(d) = &f.decls[3] else { panic!() };
    assert_eq!(d.body.as_ref().unwrap().stmts.len(), 1);
    // Labels point at the offending token.
    assert_eq!(
        &src[diags[2].span().lo as usize..diags[2].span().hi as usize],
        "4"
    );
}

#[test]
fn gc_wording_of_common_errors() {
    assert_eq!(
        messages("package p\nx := 1\nfunc f() {}\n"),
        ["syntax error: non-declaration statement outside function body"]
    );
    assert_eq!(
        messages("package p\nfunc f() {\n\tif x\n\t{\n\t}\n}\n"),
        ["syntax error: unexpected newline, expecting { after if clause"]
    );
    assert_eq!(
        messages("package p\nfunc f() {\n\tfor i := 0; i < 3; i++\n\t{\n\t}\n}\n"),
        ["syntax error: unexpected newline, expecting { after for clause"]
    );
    assert_eq!(
        messages("package p\nfunc f() {\n\ta, b\n}\n"),
        ["syntax error: unexpected newline, expecting := or = or comma"]
    );
    assert_eq!(
        messages("package p\nfunc f(a int, b) {}\n"),
        ["syntax error: mixed named and unnamed parameters"]
    );
    assert_eq!(
        messages("package p\nfunc f(a int {}\nfunc g() {}\n"),
        ["syntax error: unexpected { in parameter list; possibly missing comma or )"]
    );
    assert_eq!(
        messages("package p\nfunc f() {\n\tx := []int{1, 2\n\t}\n}\n"),
        ["syntax error: unexpected newline in composite literal; possibly missing comma or }"]
    );
    assert_eq!(
        messages("package p\nfunc f() {\n\tif x {\n\t} else for {\n\t}\n}\n"),
        ["syntax error: else must be followed by if or statement block"]
    );
    assert_eq!(
        messages("package p\nfunc f() {\n\tif x := 1 {\n\t}\n}\n"),
        ["syntax error: cannot use x := 1 as value"]
    );
    assert_eq!(
        messages("package p\nfunc f() {\n\tx := y.(type)\n}\n"),
        ["syntax error: use of .(type) outside type switch"]
    );
    assert_eq!(
        messages("package p\nfunc f()\n{\n}\n"),
        ["syntax error: unexpected semicolon or newline before {"]
    );
    // `go f` parses: the checker reports it (and goes on, as Go does)
    assert!(messages("package p\nfunc f() {\n\tgo f\n}\n").is_empty());
    assert_eq!(
        messages("func f() {}\n"),
        ["syntax error: package statement must be first"]
    );
    assert_eq!(
        messages("package p\nfunc f() {\n\tfunc g() {}\n}\n"),
        ["syntax error: unexpected g, expecting ("]
    );
    assert_eq!(
        messages("package p\nfunc f() {\n\tx := 1\n"),
        ["syntax error: unexpected EOF, expecting }"]
    );
}

#[test]
fn no_panic_on_garbage() {
    for src in [
        "",
        "package",
        "package p\n}}}}",
        "package p\nfunc",
        "package p\nfunc f(",
        "package p\nfunc f() {",
        "package p\nfunc f() { case 1: }",
        "package p\nfunc f() { switch { case",
        "package p\nvar (",
        "package p\nimport (",
        "package p\ntype T struct {",
        "package p\nfunc f() { x := []int{1, 2, ",
        "package p\nfunc f() { for ;; ",
        "package p\nfunc f() { L: }",
        ")))(((",
        "package p\nfunc f() { a[::] }",
    ] {
        let (_f, _d) = parse_file(0, src);
    }
}

#[test]
fn parses_5000_lines_quickly() {
    let unit = include_str!("testdata/all.go");
    let body = unit.split_once("const Pi").unwrap().1;
    let mut src = unit.to_string();
    let mut i = 0;
    while src.lines().count() < 5000 {
        i += 1;
        src.push_str(&format!("const Pi{i}"));
        src.push_str(body);
    }
    // Best of three, so that a briefly busy machine does not fail the test.
    let mut took = std::time::Duration::MAX;
    for _ in 0..3 {
        let start = std::time::Instant::now();
        let (_f, diags) = parse_file(0, &src);
        took = took.min(start.elapsed());
        assert!(diags.is_empty(), "{:?}", &diags[..diags.len().min(3)]);
    }
    eprintln!("parsed {} lines in {took:?}", src.lines().count());
    assert!(took.as_millis() < 100, "parsing took {took:?}");
}

#[test]
fn no_panic_on_mutated_programs() {
    // Deterministic mutations of a valid program: drop, duplicate or swap bytes.
    let src = include_str!("testdata/all.go").as_bytes();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..300 {
        let mut v = src.to_vec();
        for _ in 0..(next() % 4 + 1) {
            let i = (next() as usize) % v.len();
            match next() % 3 {
                0 => {
                    v.remove(i);
                }
                1 => {
                    let b = v[i];
                    v.insert(i, b);
                }
                _ => {
                    let j = (next() as usize) % v.len();
                    v.swap(i, j);
                }
            }
        }
        let text = String::from_utf8_lossy(&v);
        let _ = parse_file(0, &text);
    }
}
