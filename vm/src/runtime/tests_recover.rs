//! Runtime tests on hand-built modules for maps, `recover`, interface assertions
//! and fatal errors: the interpreter arms of the map instructions, Go's recovery
//! rules (only the deferred call run by the panic recovers; re-panics print
//! `[recovered]`; aborted panics are dropped by a later recovery), runtime errors
//! recovered as `runtime.Error` values, `AssertIface` messages and the stack
//! overflow report.

use super::tests::{func, module, run_with, T_ERR, T_INT, T_STRING};
use super::*;
use crate::bytecode::{Method, Module, Op, TypeDesc, TypeKind};
use std::time::Duration;

fn run(m: Module) -> RunResult {
    run_with(m, 2, Duration::from_secs(30))
}

/// Adds a type and returns its index.
fn add_type(m: &mut Module, name: &str, kind: TypeKind, refs: Vec<u64>) -> u16 {
    m.types.push(TypeDesc {
        name: name.into(),
        named: false,
        kind,
        slots: 1,
        ref_slots: refs,
        methods: vec![],
    });
    (m.types.len() - 1) as u16
}

fn global_str(r: &RunResult, g: usize) -> String {
    // SAFETY: the program stored a string reference in this global; the heap never
    // frees objects yet.
    String::from_utf8_lossy(unsafe { heap::str_bytes(r.globals[g]) }).into_owned()
}

#[test]
fn map_instructions_through_the_interpreter() {
    // m := make(map[int]int); for i := 0; i < 100; i++ { m[i] = i*i };
    // delete(m, 7); g0 = len(m); g1 = m[9]; g2, g3 = m[7] (comma ok);
    // g4 = sum of values over range; clear(m); g5 = len(m)
    // registers: r0 map, r1 key, r2 value, r3 limit, r4 hint/temp, r5 iter,
    // r6 more, r7 k, r8 v, r9 sum, r10 ok-pair (r10 value, r11 ok)
    let main_code = |mt: u16| {
        vec![
            Op::LoadInt { dst: 4, v: 0 },
            Op::MakeMap {
                dst: 0,
                hint: 4,
                ty: mt,
            },
            Op::LoadInt { dst: 1, v: 0 },
            Op::LoadInt { dst: 3, v: 100 },
            // loop: pc 4
            Op::MulI { dst: 2, a: 1, b: 1 },
            Op::MapSet { m: 0, ty: mt },
            Op::AddIImm { dst: 1, a: 1, v: 1 },
            Op::JmpLtI {
                a: 1,
                b: 3,
                off: -4,
            },
            Op::LoadInt { dst: 1, v: 7 },
            Op::MapDelete { m: 0, ty: mt },
            Op::MapLen { dst: 4, m: 0 },
            Op::StoreGlobal { g: 0, src: 4 },
            Op::LoadInt { dst: 1, v: 9 },
            Op::MapGet {
                dst: 4,
                m: 0,
                ty: mt,
            },
            Op::StoreGlobal { g: 1, src: 4 },
            Op::LoadInt { dst: 1, v: 7 },
            Op::MapGetOk {
                dst: 10,
                m: 0,
                ty: mt,
            },
            Op::StoreGlobal { g: 2, src: 10 },
            Op::StoreGlobal { g: 3, src: 11 },
            Op::LoadInt { dst: 9, v: 0 },
            Op::MapIter { dst: 5, m: 0 },
            // loop: pc 21
            Op::MapNext {
                dst: 6,
                it: 5,
                ty: mt,
            },
            Op::JmpIfNot { c: 6, off: 2 },
            Op::AddI { dst: 9, a: 9, b: 8 },
            Op::Jmp { off: -4 },
            Op::StoreGlobal { g: 4, src: 9 },
            Op::MapClear { m: 0 },
            Op::MapLen { dst: 4, m: 0 },
            Op::StoreGlobal { g: 5, src: 4 },
            Op::Ret { a: 0, n: 0 },
        ]
    };
    let mut m = module(vec![], &[], 6);
    let mt = add_type(
        &mut m,
        "map[int]int",
        TypeKind::Map {
            key: T_INT,
            value: T_INT,
        },
        vec![1],
    );
    let mut main = func("main.main", 0, 0, 12, main_code(mt));
    // only r0 (map) and r5 (iterator) hold references
    main.ref_regs = vec![0b10_0001];
    m.funcs.push(main);
    m.entry = 0;
    crate::bytecode::verify::verify(&m).unwrap();
    let r = run(m);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let sum: u64 = (0..100u64).map(|i| i * i).sum::<u64>() - 49;
    assert_eq!(r.globals, vec![99, 81, 0, 0, sum, 0]);
}

#[test]
fn nil_map_reads_are_zero_and_writes_panic() {
    let mut m = module(vec![], &[], 2);
    let mt = add_type(
        &mut m,
        "map[string]int",
        TypeKind::Map {
            key: T_STRING,
            value: T_INT,
        },
        vec![1],
    );
    let mut main = func(
        "main.main",
        0,
        0,
        4,
        vec![
            Op::Zero { dst: 0, n: 1 },
            Op::LoadConst { dst: 1, k: 0 },
            Op::MapGetOk {
                dst: 2,
                m: 0,
                ty: mt,
            },
            Op::StoreGlobal { g: 0, src: 3 },
            Op::MapLen { dst: 2, m: 0 },
            Op::StoreGlobal { g: 1, src: 2 },
            Op::MapDelete { m: 0, ty: mt },
            Op::LoadInt { dst: 2, v: 1 },
            Op::MapSet { m: 0, ty: mt },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    main.ref_regs = vec![0b11];
    m.funcs.push(main);
    crate::bytecode::verify::verify(&m).unwrap();
    let r = run(m);
    assert_eq!(r.code, 2);
    assert_eq!(&r.globals[..2], &[0, 0]);
    assert!(
        r.stderr.starts_with(
            "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/x.go:9 +0x0\n"
        ),
        "{}",
        r.stderr
    );
}

/// A deferred function that recovers: g0 = 1 if recover returned non-nil, g1 =
/// the recovered value's `Error()`.
fn recoverer() -> crate::bytecode::Function {
    let mut f = plain_recoverer();
    f.code.insert(5, Op::CallMethod { a: 0, m: 0 });
    f.code.insert(6, Op::StoreGlobal { g: 1, src: 1 });
    if let Op::JmpIfNot { off, .. } = &mut f.code[2] {
        *off += 2;
    }
    f.lines = crate::runtime::tests::func("x", 0, 0, 1, f.code.clone()).lines;
    f
}

/// A deferred function that recovers: g0 = 1 if recover returned non-nil.
fn plain_recoverer() -> crate::bytecode::Function {
    func(
        "main.f.func1",
        0,
        0,
        4,
        vec![
            Op::Recover { dst: 0 },
            Op::IfaceType { dst: 2, a: 0 },
            Op::JmpIfNot { c: 2, off: 2 },
            Op::LoadInt { dst: 3, v: 1 },
            Op::StoreGlobal { g: 0, src: 3 },
            Op::Ret { a: 0, n: 0 },
        ],
    )
}

/// `main.f() int` defers `deferred` (function index 0), then divides by zero; its
/// epilogue returns 42. main stores f's result in g2.
fn recover_module(
    deferred: crate::bytecode::Function,
    extra: Vec<crate::bytecode::Function>,
) -> Module {
    let f = func(
        "main.f",
        0,
        1,
        4,
        vec![
            Op::FuncRef { dst: 0, func: 0 },
            Op::Defer { f: 0, a: 1, n: 0 },
            Op::LoadInt { dst: 1, v: 0 },
            Op::DivI { dst: 2, a: 1, b: 1 },
            Op::RunDefers {},
            Op::LoadInt { dst: 3, v: 42 },
            Op::Ret { a: 3, n: 1 },
        ],
    );
    let main = func(
        "main.main",
        0,
        0,
        2,
        vec![
            Op::Call { func: 1, a: 0 },
            Op::StoreGlobal { g: 2, src: 0 },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    let mut funcs = vec![deferred, f, main];
    funcs.extend(extra);
    module(funcs, &[], 3)
}

#[test]
fn recover_stops_a_runtime_error_and_the_function_returns_normally() {
    let r = run(recover_module(recoverer(), vec![]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.globals[0], 1);
    assert_eq!(global_str(&r, 1), "runtime error: integer divide by zero");
    assert_eq!(r.globals[2], 42);
}

#[test]
fn recover_only_works_directly_in_the_deferred_call() {
    // The deferred function calls a helper that calls recover: nil, panic goes on.
    let deferred = func(
        "main.f.func1",
        0,
        0,
        1,
        vec![Op::Call { func: 3, a: 0 }, Op::Ret { a: 0, n: 0 }],
    );
    let helper = func(
        "main.helper",
        0,
        0,
        2,
        vec![
            Op::Recover { dst: 0 },
            Op::IfaceType { dst: 1, a: 0 },
            Op::StoreGlobal { g: 0, src: 1 },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    let r = run(recover_module(deferred, vec![helper]));
    assert_eq!(r.code, 2);
    assert_eq!(r.globals[0], 0);
    assert_eq!(
        r.stderr.lines().next(),
        Some("panic: runtime error: integer divide by zero")
    );

    // recover outside any panic returns nil
    let main = func(
        "main.main",
        0,
        0,
        2,
        vec![
            Op::Recover { dst: 0 },
            Op::IfaceType { dst: 1, a: 0 },
            Op::StoreGlobal { g: 0, src: 1 },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    let r = run(module(vec![main], &[], 1));
    assert_eq!((r.code, r.globals[0]), (0, 0));
}

#[test]
fn the_signal_line_follows_a_chain_holding_a_nil_dereference() {
    // func f() { defer func() { panic(recover()) }(); var p *int; _ = *p }
    // Go prints the SIGSEGV line after the whole chain, even though the
    // latest panic is not the fault itself.
    let deferred = func(
        "main.f.func1",
        0,
        0,
        1,
        vec![Op::Recover { dst: 0 }, Op::Panic { v: 0 }],
    );
    let f = func(
        "main.f",
        0,
        0,
        3,
        vec![
            Op::FuncRef { dst: 0, func: 0 },
            Op::Defer { f: 0, a: 1, n: 0 },
            Op::Zero { dst: 1, n: 1 },
            Op::Load {
                dst: 2,
                p: 1,
                off: 0,
            },
            Op::RunDefers {},
            Op::Ret { a: 0, n: 0 },
        ],
    );
    let main = func(
        "main.main",
        0,
        0,
        1,
        vec![Op::Call { func: 1, a: 0 }, Op::Ret { a: 0, n: 0 }],
    );
    let r = run(module(vec![deferred, f, main], &[], 0));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.starts_with(
            "panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n\
             \tpanic: runtime error: invalid memory address or nil pointer dereference\n\
             [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\n\
             goroutine 1 [running]:\n"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn a_repanic_after_recover_prints_recovered() {
    // defer func() { r := recover(); panic(r) }() on a nil-map-like runtime error,
    // then a second variant that panics with a new value.
    let deferred = func(
        "main.f.func1",
        0,
        0,
        1,
        vec![Op::Recover { dst: 0 }, Op::Panic { v: 0 }],
    );
    let r = run(recover_module(deferred, vec![]));
    assert_eq!(r.code, 2);
    let mut lines = r.stderr.lines();
    assert_eq!(
        lines.next(),
        Some("panic: runtime error: integer divide by zero [recovered]")
    );
    assert_eq!(
        lines.next(),
        Some("\tpanic: runtime error: integer divide by zero")
    );
    assert_eq!(lines.next(), Some(""));
    assert_eq!(lines.next(), Some("goroutine 1 [running]:"));
    assert_eq!(lines.next(), Some("main.f.func1()"));

    let deferred = func(
        "main.f.func1",
        0,
        0,
        2,
        vec![
            Op::Recover { dst: 0 },
            Op::LoadConst { dst: 1, k: 0 },
            Op::Box {
                dst: 0,
                src: 1,
                ty: T_STRING as u16,
            },
            Op::Panic { v: 0 },
        ],
    );
    let r = run(recover_module(deferred, vec![]));
    assert!(
        r.stderr.starts_with(
            "panic: runtime error: integer divide by zero [recovered]\n\tpanic: boom\n\n"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn a_panic_inside_a_deferred_call_recovered_there_lets_the_outer_one_go_on() {
    // f defers d1 and panics (divide by zero); d1 defers d2 (the recoverer) and
    // panics "boom"; d2 recovers "boom"; d1 returns normally; the outer panic goes
    // on and kills the program with only its own message.
    let d1 = func(
        "main.f.func1",
        0,
        0,
        3,
        vec![
            Op::FuncRef { dst: 0, func: 3 },
            Op::Defer { f: 0, a: 1, n: 0 },
            Op::LoadConst { dst: 1, k: 0 },
            Op::Box {
                dst: 2,
                src: 1,
                ty: T_STRING as u16,
            },
            Op::Panic { v: 2 },
        ],
    );
    let r = run(recover_module(d1, vec![plain_recoverer()]));
    assert_eq!(r.code, 2);
    assert_eq!(r.globals[0], 1, "d2 recovered");
    let mut lines = r.stderr.lines();
    assert_eq!(
        lines.next(),
        Some("panic: runtime error: integer divide by zero")
    );
    assert_eq!(lines.next(), Some(""));
    assert_eq!(lines.nth(1), Some("main.f()"), "{}", r.stderr);
}

#[test]
fn a_later_recovery_drops_the_panic_it_aborted() {
    // f defers the recoverer first, then d2 which panics "boom" while the divide
    // by zero unwinds; the recoverer stops "boom", which aborted the first panic:
    // the program goes on and f returns 42.
    let d2 = func(
        "main.f.func2",
        0,
        0,
        2,
        vec![
            Op::LoadConst { dst: 0, k: 0 },
            Op::Box {
                dst: 1,
                src: 0,
                ty: T_STRING as u16,
            },
            Op::Panic { v: 1 },
        ],
    );
    let f = func(
        "main.f",
        0,
        1,
        4,
        vec![
            Op::FuncRef { dst: 0, func: 0 },
            Op::Defer { f: 0, a: 1, n: 0 },
            Op::FuncRef { dst: 0, func: 3 },
            Op::Defer { f: 0, a: 1, n: 0 },
            Op::LoadInt { dst: 1, v: 0 },
            Op::DivI { dst: 2, a: 1, b: 1 },
            Op::RunDefers {},
            Op::LoadInt { dst: 3, v: 42 },
            Op::Ret { a: 3, n: 1 },
        ],
    );
    // main then panics itself: only its own panic is reported.
    let main = func(
        "main.main",
        0,
        0,
        3,
        vec![
            Op::Call { func: 1, a: 0 },
            Op::StoreGlobal { g: 2, src: 0 },
            Op::LoadConst { dst: 1, k: 2 },
            Op::Box {
                dst: 2,
                src: 1,
                ty: T_STRING as u16,
            },
            Op::Panic { v: 2 },
        ],
    );
    let mut m = recover_module(plain_recoverer(), vec![d2]);
    m.funcs[1] = f;
    m.funcs[2] = main;
    let r = run(m);
    assert_eq!(r.code, 2);
    assert_eq!((r.globals[0], r.globals[2]), (1, 42));
    assert!(
        r.stderr
            .starts_with("panic: abcd\n\ngoroutine 1 [running]:\nmain.main()\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn recovery_in_a_function_without_run_defers_returns_zero_results() {
    // f ends in a panic: the loader appends a recovery epilogue.
    let f = func(
        "main.f",
        0,
        1,
        4,
        vec![
            Op::FuncRef { dst: 0, func: 0 },
            Op::Defer { f: 0, a: 1, n: 0 },
            Op::LoadInt { dst: 1, v: 5 },
            Op::LoadInt { dst: 2, v: 0 },
            Op::DivI { dst: 1, a: 1, b: 2 },
            Op::Panic { v: 0 },
        ],
    );
    let mut m = recover_module(recoverer(), vec![]);
    m.funcs[1] = f;
    let r = run(m);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!((r.globals[0], r.globals[2]), (1, 0));
}

#[test]
fn recovered_runtime_errors_have_go_types() {
    let m = module(
        vec![func("main.main", 0, 0, 1, vec![Op::Ret { a: 0, n: 0 }])],
        &[],
        0,
    );
    let prog = Program::load(m, vec![]).unwrap();
    let types = &prog.module.types;
    let name = |v: &panic::PanicVal| {
        let b = prog.errors.value(types, v);
        // SAFETY: `value` returns a fresh box.
        let ty = unsafe { heap::kind_and_type(b).1 };
        types[ty as usize].name.clone()
    };
    use panic::PanicVal as P;
    assert_eq!(name(&P::index_out_of_range(5, 3)), "runtime.boundsError");
    assert_eq!(name(&P::NilDeref), "runtime.errorString");
    assert_eq!(
        name(&P::Runtime("integer divide by zero".into())),
        "runtime.errorString"
    );
    assert_eq!(
        name(&P::Plain("assignment to entry in nil map".into())),
        "runtime.plainError"
    );
    assert_eq!(
        name(&P::Conversion("interface conversion: x".into())),
        "*runtime.TypeAssertionError"
    );
    assert_eq!(prog.errors.value(types, &P::Value(0)), 0);
}

#[test]
fn assert_iface_checks_method_sets() {
    // type I interface { Error() string }; main.E has Error, int does not.
    let error = func(
        "main.E.Error",
        1,
        1,
        1,
        vec![Op::LoadConst { dst: 0, k: 1 }, Op::Ret { a: 0, n: 1 }],
    );
    let body = |src_ty: u32, ok_form: bool| {
        let mut code = vec![Op::LoadInt { dst: 0, v: 7 }];
        if src_ty == u32::MAX {
            code.push(Op::Zero { dst: 1, n: 1 });
        } else {
            code.push(Op::Box {
                dst: 1,
                src: 0,
                ty: src_ty as u16,
            });
        }
        if ok_form {
            code.push(Op::AssertIfaceOk {
                dst: 2,
                src: 1,
                ty: 3,
            });
            code.push(Op::StoreGlobal { g: 0, src: 3 });
        } else {
            code.push(Op::AssertIface {
                dst: 2,
                src: 1,
                ty: 3,
            });
            code.push(Op::LoadInt { dst: 3, v: 1 });
            code.push(Op::StoreGlobal { g: 0, src: 3 });
        }
        code.push(Op::Ret { a: 0, n: 0 });
        code
    };
    let build = |src_ty: u32, ok_form: bool| {
        let mut m = module(
            vec![
                error.clone(),
                func("main.main", 0, 0, 4, body(src_ty, ok_form)),
            ],
            &[],
            1,
        );
        m.types.push(TypeDesc {
            name: "main.I".into(),
            named: true,
            kind: TypeKind::Interface {
                methods: vec![Method { name: 0, func: 0 }],
            },
            slots: 1,
            ref_slots: vec![1],
            methods: vec![],
        });
        m
    };
    let r = run(build(T_ERR, false));
    assert_eq!((r.code, r.globals[0]), (0, 1), "{}", r.stderr);
    let r = run(build(T_ERR, true));
    assert_eq!(r.globals[0], 1);
    let r = run(build(T_INT, true));
    assert_eq!((r.code, r.globals[0]), (0, 0));
    let r = run(build(T_INT, false));
    assert_eq!(
        r.stderr.lines().next(),
        Some("panic: interface conversion: int is not main.I: missing method Error")
    );
    let r = run(build(u32::MAX, false));
    assert_eq!(
        r.stderr.lines().next(),
        Some("panic: interface conversion: interface is nil, not main.I")
    );
    let r = run(build(u32::MAX, true));
    assert_eq!((r.code, r.globals[0]), (0, 0));
}

#[test]
fn runaway_recursion_is_a_fatal_stack_overflow() {
    // func f(n int) int { return f(n+1) } with a deferred call in main that must
    // not run (a fatal error runs no deferred calls).
    let f = func(
        "main.f",
        1,
        1,
        3,
        vec![
            Op::AddIImm { dst: 1, a: 0, v: 1 },
            Op::Call { func: 0, a: 1 },
            Op::Ret { a: 2, n: 1 },
        ],
    );
    let d = func(
        "main.d",
        0,
        0,
        1,
        vec![
            Op::LoadInt { dst: 0, v: 1 },
            Op::StoreGlobal { g: 0, src: 0 },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    let main = func(
        "main.main",
        0,
        0,
        3,
        vec![
            Op::FuncRef { dst: 0, func: 1 },
            Op::Defer { f: 0, a: 1, n: 0 },
            Op::LoadInt { dst: 0, v: 0 },
            Op::Call { func: 0, a: 0 },
            Op::RunDefers {},
            Op::Ret { a: 0, n: 0 },
        ],
    );
    let r = run_with(
        module(vec![f, d, main], &[], 1),
        1,
        Duration::from_secs(120),
    );
    assert_eq!(r.code, 2);
    assert_eq!(
        r.globals[0], 0,
        "deferred calls do not run on a fatal error"
    );
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert_eq!(
        &lines[..5],
        &[
            "runtime: goroutine stack exceeds 1000000000-byte limit",
            "fatal error: stack overflow",
            "",
            "goroutine 1 [running]:",
            "main.f(...)",
        ]
    );
    // 100 frames, then the elision line
    assert_eq!(lines.iter().filter(|l| *l == &"main.f(...)").count(), 100);
    assert_eq!(lines.last(), Some(&"...additional frames elided..."));
}
