//! Channel, select and timer tests on hand-built modules (every module passes the
//! verifier first, so the verifier rules for the channel instructions are
//! exercised too): ping-pong, buffered FIFO order, close semantics and every
//! panic, select fairness (statistically), select with default, nil channels,
//! deadlock reports, rings and select meshes of many goroutines under several
//! worker counts, multi-slot and zero-slot elements, forged element types, and the
//! runtime timers behind `time.Timer`/`Ticker`/`AfterFunc`. Every run is bounded
//! in time (`run_with`).

use super::tests::{module, run_with, T_INT, T_STRING};
use super::RunResult;
use crate::bytecode::verify::verify;
use crate::bytecode::{Const, Field, Function, LineEntry, Module, Op, TypeDesc, TypeKind};
use std::time::{Duration, Instant};

/// `struct { s string; n int }`
const T_PAIR: u32 = 3;
/// `time.Time` as the runtime builds it: `struct { wall, mono int64 }`
const T_TIME: u32 = 4;
/// `struct{}`
const T_EMPTY: u32 = 5;

const LIMIT: Duration = Duration::from_secs(30);

/// A function whose reference registers are exactly `refs`.
fn f(name: &str, params: u16, results: u16, nregs: u16, refs: &[u16], code: Vec<Op>) -> Function {
    let mut ref_regs = Vec::new();
    for &r in refs {
        crate::bytecode::set_bit(&mut ref_regs, r as usize);
    }
    Function {
        name: name.into(),
        file: 0,
        param_slots: params,
        result_slots: results,
        nregs,
        ncaptures: 0,
        ref_regs,
        lines: (0..code.len() as u32)
            .map(|pc| LineEntry {
                pc,
                line: pc + 1,
                col: 1,
            })
            .collect(),
        code,
    }
}

/// The test module with the extra types, verified; `ref_globals` are reference
/// globals.
fn prog(
    funcs: Vec<Function>,
    natives: &[(&str, u16, u16)],
    globals: u32,
    ref_globals: &[usize],
) -> Module {
    let mut m = module(funcs, natives, globals);
    let int = |name: &str, ty: u32, offset: u32| Field {
        name: name.into(),
        ty,
        offset,
        embedded: false,
    };
    m.types.push(TypeDesc {
        name: "main.pair".into(),
        named: true,
        kind: TypeKind::Struct {
            fields: vec![int("s", T_STRING, 0), int("n", T_INT, 1)],
        },
        slots: 2,
        ref_slots: vec![0b01],
        methods: vec![],
    });
    m.types.push(TypeDesc {
        name: "time.Time".into(),
        named: true,
        kind: TypeKind::Struct {
            fields: vec![int("wall", T_INT, 0), int("mono", T_INT, 1)],
        },
        slots: 2,
        ref_slots: vec![],
        methods: vec![],
    });
    m.types.push(TypeDesc {
        name: "struct {}".into(),
        named: false,
        kind: TypeKind::Struct { fields: vec![] },
        slots: 0,
        ref_slots: vec![],
        methods: vec![],
    });
    m.consts.push(Const::Int(3_600_000_000_000));
    for &g in ref_globals {
        crate::bytecode::set_bit(&mut m.global_refs, g);
    }
    if let Err(e) = verify(&m) {
        panic!("{e}");
    }
    m
}

/// Index of the `Const::Int` one hour constant added by `prog`.
const K_HOUR: u32 = 4;

fn ok(r: &RunResult) {
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
}

fn ret() -> Op {
    Op::Ret { a: 0, n: 0 }
}

// ---- ping-pong and rings -------------------------------------------------------------

fn ping_pong(n: i32) -> Module {
    // pong(in, out): for { v := <-in; out <- v+1 }
    let pong = f(
        "main.pong",
        2,
        0,
        3,
        &[0, 1],
        vec![
            Op::ChanRecv {
                dst: 2,
                ch: 0,
                ty: T_INT as u16,
            },
            Op::AddIImm { dst: 2, a: 2, v: 1 },
            Op::ChanSend {
                ch: 1,
                src: 2,
                ty: T_INT as u16,
            },
            Op::Jmp { off: -4 },
        ],
    );
    let main = f(
        "main.main",
        0,
        0,
        8,
        &[0, 1, 6],
        vec![
            Op::LoadInt { dst: 7, v: 0 },
            Op::MakeChan {
                dst: 0,
                size: 7,
                ty: T_INT as u16,
            },
            Op::MakeChan {
                dst: 1,
                size: 7,
                ty: T_INT as u16,
            },
            Op::FuncRef { dst: 6, func: 0 },
            Op::Go { f: 6, a: 0, n: 2 },
            Op::LoadInt { dst: 2, v: 0 },
            Op::LoadInt { dst: 3, v: n },
            Op::LoadInt { dst: 4, v: 0 },
            Op::ChanSend {
                ch: 0,
                src: 2,
                ty: T_INT as u16,
            },
            Op::ChanRecv {
                dst: 5,
                ch: 1,
                ty: T_INT as u16,
            },
            Op::AddI { dst: 4, a: 4, b: 5 },
            Op::AddIImm { dst: 2, a: 2, v: 1 },
            Op::JmpLtI {
                a: 2,
                b: 3,
                off: -5,
            },
            Op::StoreGlobal { g: 0, src: 4 },
            ret(),
        ],
    );
    prog(vec![pong, main], &[], 1, &[])
}

#[test]
fn ping_pong_hands_values_over() {
    for procs in [1, 2, 4] {
        let t = Instant::now();
        let r = run_with(ping_pong(20_000), procs, LIMIT);
        ok(&r);
        assert_eq!(r.globals[0], 20_000 * 20_001 / 2, "procs {procs}");
        eprintln!(
            "ping-pong 20000 round trips, procs {procs}: {:?}",
            t.elapsed()
        );
    }
}

/// A feeder sends 0..m into a ring of `k` relays (each adds 1) over channels of
/// capacity `size`; main sums what comes out of the last one.
fn ring(k: i32, m: i32, size: i32) -> Module {
    let t = T_INT as u16;
    let feeder = f(
        "main.feeder",
        2,
        0,
        3,
        &[0],
        vec![
            Op::LoadInt { dst: 2, v: 0 },
            Op::ChanSend {
                ch: 0,
                src: 2,
                ty: t,
            },
            Op::AddIImm { dst: 2, a: 2, v: 1 },
            Op::JmpLtI {
                a: 2,
                b: 1,
                off: -3,
            },
            ret(),
        ],
    );
    let relay = f(
        "main.relay",
        3,
        0,
        5,
        &[0, 1],
        vec![
            Op::LoadInt { dst: 3, v: 0 },
            Op::ChanRecv {
                dst: 4,
                ch: 0,
                ty: t,
            },
            Op::AddIImm { dst: 4, a: 4, v: 1 },
            Op::ChanSend {
                ch: 1,
                src: 4,
                ty: t,
            },
            Op::AddIImm { dst: 3, a: 3, v: 1 },
            Op::JmpLtI {
                a: 3,
                b: 2,
                off: -5,
            },
            ret(),
        ],
    );
    let main = f(
        "main.main",
        0,
        0,
        11,
        &[0, 2, 3, 5],
        vec![
            Op::LoadInt { dst: 7, v: size },
            Op::MakeChan {
                dst: 0,
                size: 7,
                ty: t,
            },
            Op::LoadInt { dst: 1, v: m },
            Op::FuncRef { dst: 5, func: 0 },
            Op::Go { f: 5, a: 0, n: 2 },
            Op::Move { dst: 2, src: 0 },
            Op::LoadInt { dst: 4, v: m },
            Op::FuncRef { dst: 5, func: 1 },
            Op::LoadInt { dst: 6, v: 0 },
            Op::LoadInt { dst: 8, v: k },
            // loop: next := make(chan int, size); go relay(prev, next, m); prev = next
            Op::MakeChan {
                dst: 3,
                size: 7,
                ty: t,
            },
            Op::Go { f: 5, a: 2, n: 3 },
            Op::Move { dst: 2, src: 3 },
            Op::AddIImm { dst: 6, a: 6, v: 1 },
            Op::JmpLtI {
                a: 6,
                b: 8,
                off: -5,
            },
            Op::LoadInt { dst: 6, v: 0 },
            Op::LoadInt { dst: 9, v: 0 },
            Op::ChanRecv {
                dst: 10,
                ch: 2,
                ty: t,
            },
            Op::AddI {
                dst: 9,
                a: 9,
                b: 10,
            },
            Op::AddIImm { dst: 6, a: 6, v: 1 },
            Op::JmpLtI {
                a: 6,
                b: 4,
                off: -4,
            },
            Op::StoreGlobal { g: 0, src: 9 },
            ret(),
        ],
    );
    prog(vec![feeder, relay, main], &[], 1, &[])
}

#[test]
fn rings_of_goroutines_pass_every_value_in_order() {
    let (k, m) = (100u64, 300u64);
    for procs in [1, 2, 4] {
        for size in [0, 1, 16] {
            let t = Instant::now();
            let r = run_with(ring(k as i32, m as i32, size), procs, LIMIT);
            ok(&r);
            assert_eq!(
                r.globals[0],
                m * (m - 1) / 2 + m * k,
                "procs {procs} size {size}"
            );
            eprintln!("ring {k}x{m}, cap {size}, procs {procs}: {:?}", t.elapsed());
        }
    }
}

// ---- buffered channels, close, panics ----------------------------------------------

#[test]
fn buffered_channels_are_fifo_and_closed_ones_drain_then_yield_zero() {
    let t = T_INT as u16;
    let mut code = vec![
        Op::LoadInt { dst: 1, v: 3 },
        Op::MakeChan {
            dst: 0,
            size: 1,
            ty: t,
        },
    ];
    for v in [10, 20, 30] {
        code.push(Op::LoadInt { dst: 2, v });
        code.push(Op::ChanSend {
            ch: 0,
            src: 2,
            ty: t,
        });
    }
    code.extend([
        Op::ChanLen { dst: 3, ch: 0 },
        Op::StoreGlobal { g: 0, src: 3 },
        Op::ChanCap { dst: 3, ch: 0 },
        Op::StoreGlobal { g: 1, src: 3 },
        // A full buffer: a non-blocking send takes the default.
        Op::Select {
            dst: 3,
            n: 1,
            block: 0,
        },
        Op::SelectSend {
            ch: 0,
            val: 2,
            ty: t,
        },
        Op::StoreGlobal { g: 2, src: 3 },
        Op::ChanClose { ch: 0 },
    ]);
    // Four receives with ok: 10, 20, 30 (ok) then 0 (not ok).
    for i in 0..4u32 {
        code.push(Op::ChanRecvOk {
            dst: 4,
            ch: 0,
            ty: t,
        });
        code.push(Op::StoreGlobal {
            g: 3 + 2 * i,
            src: 4,
        });
        code.push(Op::StoreGlobal {
            g: 4 + 2 * i,
            src: 5,
        });
    }
    code.extend([
        Op::ChanLen { dst: 3, ch: 0 },
        Op::StoreGlobal { g: 11, src: 3 },
        // len and cap of a nil channel
        Op::ChanLen { dst: 3, ch: 6 },
        Op::ChanCap { dst: 7, ch: 6 },
        Op::AddI { dst: 3, a: 3, b: 7 },
        Op::StoreGlobal { g: 12, src: 3 },
        ret(),
    ]);
    let main = f("main.main", 0, 0, 8, &[0, 6], code);
    let r = run_with(prog(vec![main], &[], 13, &[]), 1, LIMIT);
    ok(&r);
    assert_eq!(r.globals, vec![3, 3, 1, 10, 1, 20, 1, 30, 1, 0, 0, 0, 0]);
}

fn panics(code: Vec<Op>, refs: &[u16]) -> RunResult {
    let main = f("main.main", 0, 0, 4, refs, code);
    let r = run_with(prog(vec![main], &[], 1, &[]), 2, LIMIT);
    assert_eq!(r.code, 2, "{}", r.stderr);
    r
}

#[test]
fn send_on_closed_close_of_closed_and_of_nil_panic_like_go() {
    let t = T_INT as u16;
    let mk = [
        Op::LoadInt { dst: 1, v: 1 },
        Op::MakeChan {
            dst: 0,
            size: 1,
            ty: t,
        },
    ];
    let mut code = mk.to_vec();
    code.extend([
        Op::ChanClose { ch: 0 },
        Op::ChanSend {
            ch: 0,
            src: 1,
            ty: t,
        },
        ret(),
    ]);
    let r = panics(code, &[0]);
    assert!(
        r.stderr.starts_with(
            "panic: send on closed channel\n\ngoroutine 1 [running]:\nmain.main()\n\t/tmp/x.go:4 +0x0\n"
        ),
        "{}",
        r.stderr
    );
    let mut code = mk.to_vec();
    code.extend([Op::ChanClose { ch: 0 }, Op::ChanClose { ch: 0 }, ret()]);
    let r = panics(code, &[0]);
    assert!(
        r.stderr
            .starts_with("panic: close of closed channel\n\ngoroutine 1 [running]:\n"),
        "{}",
        r.stderr
    );
    let r = panics(vec![Op::ChanClose { ch: 0 }, ret()], &[0]);
    assert!(
        r.stderr.starts_with("panic: close of nil channel\n\n"),
        "{}",
        r.stderr
    );
    // A select whose only ready case sends on a closed channel.
    let mut code = mk.to_vec();
    code.extend([
        Op::ChanClose { ch: 0 },
        Op::Select {
            dst: 2,
            n: 1,
            block: 1,
        },
        Op::SelectSend {
            ch: 0,
            val: 1,
            ty: t,
        },
        ret(),
    ]);
    let r = panics(code, &[0]);
    assert!(
        r.stderr.starts_with("panic: send on closed channel\n"),
        "{}",
        r.stderr
    );
    // Negative and huge buffer sizes.
    for size in [-1, i32::MAX] {
        let mut code = vec![
            Op::LoadInt { dst: 1, v: size },
            Op::MakeChan {
                dst: 0,
                size: 1,
                ty: t,
            },
            ret(),
        ];
        if size > 0 {
            // 2^31 elements of 2^17 slots is past Go's limit; use a big struct-free
            // computation instead: size * size.
            code.insert(1, Op::MulI { dst: 1, a: 1, b: 1 });
        }
        let r = panics(code, &[0]);
        assert!(
            r.stderr.starts_with("panic: makechan: size out of range\n"),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn forged_element_types_panic_cleanly() {
    // A channel of int used as a channel of string, and a string used as a channel.
    let code = vec![
        Op::LoadInt { dst: 2, v: 1 },
        Op::MakeChan {
            dst: 0,
            size: 2,
            ty: T_INT as u16,
        },
        Op::ChanSend {
            ch: 0,
            src: 1,
            ty: T_STRING as u16,
        },
        ret(),
    ];
    let r = panics(code, &[0, 1]);
    assert!(
        r.stderr.starts_with(
            "panic: runtime error: channel element type does not match the instruction\n"
        ),
        "{}",
        r.stderr
    );
    let code = vec![
        Op::LoadConst { dst: 0, k: 0 },
        Op::ChanClose { ch: 0 },
        ret(),
    ];
    let r = panics(code, &[0]);
    assert!(
        r.stderr
            .starts_with("panic: runtime error: value used as a channel is not a channel\n"),
        "{}",
        r.stderr
    );
}

#[test]
fn close_wakes_every_receiver_and_panics_parked_senders() {
    let t = T_INT as u16;
    const K: i32 = 50;
    // worker(ch, done): v, ok := <-ch; done <- ok
    let worker = f(
        "main.worker",
        2,
        0,
        4,
        &[0, 1],
        vec![
            Op::ChanRecvOk {
                dst: 2,
                ch: 0,
                ty: t,
            },
            Op::ChanSend {
                ch: 1,
                src: 3,
                ty: t,
            },
            ret(),
        ],
    );
    let main = f(
        "main.main",
        0,
        0,
        9,
        &[0, 1, 2],
        vec![
            Op::LoadInt { dst: 7, v: 0 },
            Op::MakeChan {
                dst: 0,
                size: 7,
                ty: t,
            },
            Op::LoadInt { dst: 4, v: K },
            Op::MakeChan {
                dst: 1,
                size: 4,
                ty: t,
            },
            Op::FuncRef { dst: 2, func: 0 },
            Op::LoadInt { dst: 3, v: 0 },
            Op::Go { f: 2, a: 0, n: 2 },
            Op::AddIImm { dst: 3, a: 3, v: 1 },
            Op::JmpLtI {
                a: 3,
                b: 4,
                off: -3,
            },
            Op::LoadInt {
                dst: 8,
                v: 20_000_000,
            },
            Op::CallNative { native: 0, a: 8 },
            Op::ChanClose { ch: 0 },
            Op::LoadInt { dst: 3, v: 0 },
            Op::LoadInt { dst: 5, v: 0 },
            Op::ChanRecv {
                dst: 6,
                ch: 1,
                ty: t,
            },
            Op::AddI { dst: 5, a: 5, b: 6 },
            Op::AddIImm { dst: 3, a: 3, v: 1 },
            Op::JmpLtI {
                a: 3,
                b: 4,
                off: -4,
            },
            Op::StoreGlobal { g: 0, src: 5 },
            Op::StoreGlobal { g: 1, src: 3 },
            ret(),
        ],
    );
    for procs in [1, 2, 4] {
        let m = prog(
            vec![worker.clone(), main.clone()],
            &[("time.Sleep", 1, 0)],
            2,
            &[],
        );
        let r = run_with(m, procs, LIMIT);
        ok(&r);
        assert_eq!(&r.globals[..], &[0, K as u64], "procs {procs}");
    }

    // A sender parked on an unbuffered channel panics when it is closed.
    let sender = f(
        "main.sender",
        1,
        0,
        2,
        &[0],
        vec![
            Op::LoadInt { dst: 1, v: 5 },
            Op::ChanSend {
                ch: 0,
                src: 1,
                ty: t,
            },
            ret(),
        ],
    );
    let main = f(
        "main.main",
        0,
        0,
        4,
        &[0, 1],
        vec![
            Op::LoadInt { dst: 2, v: 0 },
            Op::MakeChan {
                dst: 0,
                size: 2,
                ty: t,
            },
            Op::FuncRef { dst: 1, func: 0 },
            Op::Go { f: 1, a: 0, n: 1 },
            Op::LoadInt {
                dst: 3,
                v: 20_000_000,
            },
            Op::CallNative { native: 0, a: 3 },
            Op::ChanClose { ch: 0 },
            Op::LoadInt {
                dst: 3,
                v: 1_000_000_000,
            },
            Op::CallNative { native: 0, a: 3 },
            ret(),
        ],
    );
    for procs in [1, 2] {
        let m = prog(
            vec![sender.clone(), main.clone()],
            &[("time.Sleep", 1, 0)],
            1,
            &[],
        );
        let r = run_with(m, procs, LIMIT);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(
            r.stderr.starts_with(
                "panic: send on closed channel\n\ngoroutine 2 [running]:\nmain.sender(...)\n\t/tmp/x.go:2 +0x0\ncreated by main.main"
            ),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn multi_slot_and_zero_slot_elements_travel_whole() {
    let p = T_PAIR as u16;
    let e = T_EMPTY as u16;
    let main = f(
        "main.main",
        0,
        0,
        10,
        &[0, 1, 3, 8],
        vec![
            Op::LoadInt { dst: 5, v: 2 },
            Op::MakeChan {
                dst: 0,
                size: 5,
                ty: p,
            },
            Op::LoadConst { dst: 1, k: 0 },
            Op::LoadInt { dst: 2, v: 7 },
            Op::ChanSend {
                ch: 0,
                src: 1,
                ty: p,
            },
            Op::LoadConst { dst: 1, k: 2 },
            Op::LoadInt { dst: 2, v: 9 },
            Op::ChanSend {
                ch: 0,
                src: 1,
                ty: p,
            },
            Op::ChanRecv {
                dst: 3,
                ch: 0,
                ty: p,
            },
            Op::LoadConst { dst: 1, k: 0 },
            Op::EqS { dst: 6, a: 3, b: 1 },
            Op::StoreGlobal { g: 0, src: 6 },
            Op::StoreGlobal { g: 1, src: 4 },
            Op::ChanRecv {
                dst: 3,
                ch: 0,
                ty: p,
            },
            Op::LoadConst { dst: 1, k: 2 },
            Op::EqS { dst: 6, a: 3, b: 1 },
            Op::StoreGlobal { g: 2, src: 6 },
            Op::StoreGlobal { g: 3, src: 4 },
            // chan struct{}: two sends, len 2, one receive, len 1.
            Op::MakeChan {
                dst: 8,
                size: 5,
                ty: e,
            },
            Op::ChanSend {
                ch: 8,
                src: 9,
                ty: e,
            },
            Op::ChanSend {
                ch: 8,
                src: 9,
                ty: e,
            },
            Op::ChanLen { dst: 7, ch: 8 },
            Op::StoreGlobal { g: 4, src: 7 },
            Op::ChanRecvOk {
                dst: 7,
                ch: 8,
                ty: e,
            },
            Op::StoreGlobal { g: 5, src: 7 },
            Op::ChanLen { dst: 7, ch: 8 },
            Op::StoreGlobal { g: 6, src: 7 },
            ret(),
        ],
    );
    let r = run_with(prog(vec![main], &[], 7, &[]), 1, LIMIT);
    ok(&r);
    assert_eq!(r.globals, vec![1, 7, 1, 9, 2, 1, 1]);
}

// ---- select --------------------------------------------------------------------

#[test]
fn select_chooses_uniformly_skips_nil_and_takes_default() {
    let t = T_INT as u16;
    const N: i32 = 20_000;
    let main = f(
        "main.main",
        0,
        0,
        12,
        &[0, 1, 11],
        vec![
            Op::LoadInt { dst: 10, v: 0 },
            Op::MakeChan {
                dst: 0,
                size: 10,
                ty: t,
            },
            Op::MakeChan {
                dst: 1,
                size: 10,
                ty: t,
            },
            Op::ChanClose { ch: 0 },
            Op::ChanClose { ch: 1 },
            Op::LoadInt { dst: 7, v: 0 },
            Op::LoadInt { dst: 8, v: N },
            Op::LoadInt { dst: 9, v: 0 },
            // loop: both closed channels are always ready, the nil one never.
            Op::Select {
                dst: 2,
                n: 3,
                block: 1,
            },
            Op::SelectRecv {
                ch: 0,
                val: 3,
                ty: t,
            },
            Op::SelectRecv {
                ch: 11,
                val: 3,
                ty: t,
            },
            Op::SelectRecv {
                ch: 1,
                val: 5,
                ty: t,
            },
            Op::AddI { dst: 9, a: 9, b: 2 },
            Op::AddIImm { dst: 7, a: 7, v: 1 },
            Op::JmpLtI {
                a: 7,
                b: 8,
                off: -7,
            },
            Op::StoreGlobal { g: 0, src: 9 },
            Op::StoreGlobal { g: 3, src: 6 },
            // An empty channel and a nil one: the default is taken (dst = n).
            Op::MakeChan {
                dst: 0,
                size: 10,
                ty: t,
            },
            Op::Select {
                dst: 2,
                n: 2,
                block: 0,
            },
            Op::SelectRecv {
                ch: 0,
                val: 3,
                ty: t,
            },
            Op::SelectSend {
                ch: 11,
                val: 3,
                ty: t,
            },
            Op::StoreGlobal { g: 1, src: 2 },
            // A buffered channel with room: the send case is ready.
            Op::LoadInt { dst: 10, v: 1 },
            Op::MakeChan {
                dst: 0,
                size: 10,
                ty: t,
            },
            Op::LoadInt { dst: 3, v: 42 },
            Op::Select {
                dst: 2,
                n: 1,
                block: 0,
            },
            Op::SelectSend {
                ch: 0,
                val: 3,
                ty: t,
            },
            Op::ChanRecv {
                dst: 4,
                ch: 0,
                ty: t,
            },
            Op::AddI { dst: 4, a: 4, b: 2 },
            Op::StoreGlobal { g: 2, src: 4 },
            ret(),
        ],
    );
    let r = run_with(prog(vec![main], &[], 4, &[]), 1, LIMIT);
    ok(&r);
    // Case 2 (index 2, the second closed channel) chosen about half the time: the
    // count of indices is 2 * hits; 4 standard deviations is about +-560.
    let hits = r.globals[0] / 2;
    assert!(r.globals[0].is_multiple_of(2), "the nil case was chosen");
    assert!(
        (N as u64 / 2 - 600..N as u64 / 2 + 600).contains(&hits),
        "{hits} of {N}"
    );
    assert_eq!(r.globals[3], 0, "ok of a closed channel's receive");
    assert_eq!(r.globals[1], 2, "default");
    assert_eq!(r.globals[2], 42, "send case then receive");
}

/// `P` pairs of producers and consumers select over two channels in opposite
/// orders (sends and receives); consumers report their sums on `done`.
fn select_mesh(pairs: i32, m: i32, size: i32) -> Module {
    let t = T_INT as u16;
    let prod = |name: &str, first: u16, second: u16| {
        f(
            name,
            3,
            0,
            6,
            &[0, 1],
            vec![
                Op::LoadInt { dst: 3, v: 0 },
                Op::LoadInt { dst: 4, v: 1 },
                Op::Select {
                    dst: 5,
                    n: 2,
                    block: 1,
                },
                Op::SelectSend {
                    ch: first,
                    val: 4,
                    ty: t,
                },
                Op::SelectSend {
                    ch: second,
                    val: 4,
                    ty: t,
                },
                Op::AddIImm { dst: 3, a: 3, v: 1 },
                Op::JmpLtI {
                    a: 3,
                    b: 2,
                    off: -5,
                },
                ret(),
            ],
        )
    };
    let cons = |name: &str, first: u16, second: u16| {
        f(
            name,
            4,
            0,
            9,
            &[0, 1, 3],
            vec![
                Op::LoadInt { dst: 4, v: 0 },
                Op::LoadInt { dst: 5, v: 0 },
                Op::Select {
                    dst: 6,
                    n: 2,
                    block: 1,
                },
                Op::SelectRecv {
                    ch: first,
                    val: 7,
                    ty: t,
                },
                Op::SelectRecv {
                    ch: second,
                    val: 7,
                    ty: t,
                },
                Op::AddI { dst: 5, a: 5, b: 7 },
                Op::AddIImm { dst: 4, a: 4, v: 1 },
                Op::JmpLtI {
                    a: 4,
                    b: 2,
                    off: -6,
                },
                Op::ChanSend {
                    ch: 3,
                    src: 5,
                    ty: t,
                },
                ret(),
            ],
        )
    };
    let main = f(
        "main.main",
        0,
        0,
        11,
        &[0, 1, 3, 4],
        vec![
            Op::LoadInt { dst: 7, v: size },
            Op::MakeChan {
                dst: 0,
                size: 7,
                ty: t,
            },
            Op::MakeChan {
                dst: 1,
                size: 7,
                ty: t,
            },
            Op::LoadInt { dst: 2, v: m },
            Op::LoadInt { dst: 10, v: 4 },
            Op::MakeChan {
                dst: 3,
                size: 10,
                ty: t,
            },
            Op::LoadInt { dst: 5, v: 0 },
            Op::LoadInt { dst: 6, v: pairs },
            Op::FuncRef { dst: 4, func: 0 },
            Op::Go { f: 4, a: 0, n: 3 },
            Op::FuncRef { dst: 4, func: 1 },
            Op::Go { f: 4, a: 0, n: 3 },
            Op::FuncRef { dst: 4, func: 2 },
            Op::Go { f: 4, a: 0, n: 4 },
            Op::FuncRef { dst: 4, func: 3 },
            Op::Go { f: 4, a: 0, n: 4 },
            Op::AddIImm { dst: 5, a: 5, v: 1 },
            Op::JmpLtI {
                a: 5,
                b: 6,
                off: -10,
            },
            Op::LoadInt { dst: 5, v: 0 },
            Op::LoadInt { dst: 8, v: 0 },
            Op::AddI {
                dst: 10,
                a: 6,
                b: 6,
            },
            Op::ChanRecv {
                dst: 9,
                ch: 3,
                ty: t,
            },
            Op::AddI { dst: 8, a: 8, b: 9 },
            Op::AddIImm { dst: 5, a: 5, v: 1 },
            Op::JmpLtI {
                a: 5,
                b: 10,
                off: -4,
            },
            Op::StoreGlobal { g: 0, src: 8 },
            ret(),
        ],
    );
    prog(
        vec![
            prod("main.prodA", 0, 1),
            prod("main.prodB", 1, 0),
            cons("main.consA", 0, 1),
            cons("main.consB", 1, 0),
            main,
        ],
        &[],
        1,
        &[],
    )
}

#[test]
fn selects_over_the_same_channels_in_any_order_never_deadlock() {
    let (pairs, m) = (8u64, 500u64);
    for procs in [1, 2, 4] {
        for size in [0, 2] {
            for _ in 0..3 {
                let t = Instant::now();
                let r = run_with(select_mesh(pairs as i32, m as i32, size), procs, LIMIT);
                ok(&r);
                assert_eq!(r.globals[0], 2 * pairs * m, "procs {procs} size {size}");
                eprintln!(
                    "select mesh {pairs} pairs x {m}, cap {size}, procs {procs}: {:?}",
                    t.elapsed()
                );
            }
        }
    }
}

// ---- deadlocks -------------------------------------------------------------------

fn deadlock_report(code: Vec<Op>, refs: &[u16]) -> String {
    let main = f("main.main", 0, 0, 6, refs, code);
    let m = prog(vec![main], &[], 1, &[]);
    let mut last = String::new();
    for procs in [1, 2] {
        let r = run_with(m.clone(), procs, LIMIT);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(
            r.stderr
                .starts_with("fatal error: all goroutines are asleep - deadlock!\n\n"),
            "{}",
            r.stderr
        );
        last = r.stderr;
    }
    last
}

#[test]
fn deadlocks_name_the_main_goroutines_channel_state() {
    let t = T_INT as u16;
    let mk = |size: i32| {
        vec![
            Op::LoadInt { dst: 5, v: size },
            Op::MakeChan {
                dst: 0,
                size: 5,
                ty: t,
            },
        ]
    };
    let case = |mut code: Vec<Op>, want: &str| {
        code.push(ret());
        let line = code.len() - 1; // the blocking instruction is the one before Ret
        let s = deadlock_report(code, &[0, 1]);
        let head = format!("goroutine 1 [{want}]:\nmain.main()\n\t/tmp/x.go:{line} +0x0\n");
        assert!(s.contains(&head), "want {head:?} in\n{s}");
    };
    let mut c = mk(0);
    c.push(Op::ChanRecv {
        dst: 2,
        ch: 0,
        ty: t,
    });
    case(c, "chan receive");
    let mut c = mk(1);
    c.push(Op::ChanSend {
        ch: 0,
        src: 2,
        ty: t,
    });
    c.push(Op::ChanSend {
        ch: 0,
        src: 2,
        ty: t,
    });
    case(c, "chan send");
    case(
        vec![Op::ChanRecvOk {
            dst: 2,
            ch: 1,
            ty: t,
        }],
        "chan receive (nil chan)",
    );
    case(
        vec![Op::ChanSend {
            ch: 1,
            src: 2,
            ty: t,
        }],
        "chan send (nil chan)",
    );
    let s = deadlock_report(
        vec![
            Op::Select {
                dst: 2,
                n: 0,
                block: 1,
            },
            ret(),
        ],
        &[],
    );
    assert!(s.contains("goroutine 1 [select (no cases)]:\n"), "{s}");
    let s = deadlock_report(
        vec![
            Op::Select {
                dst: 2,
                n: 1,
                block: 1,
            },
            Op::SelectRecv {
                ch: 1,
                val: 3,
                ty: t,
            },
            ret(),
        ],
        &[0, 1],
    );
    assert!(s.contains("goroutine 1 [select]:\n"), "{s}");
    let mut c = mk(0);
    c.extend([
        Op::Select {
            dst: 2,
            n: 2,
            block: 1,
        },
        Op::SelectRecv {
            ch: 0,
            val: 3,
            ty: t,
        },
        Op::SelectSend {
            ch: 0,
            val: 3,
            ty: t,
        },
    ]);
    c.push(ret());
    let s = deadlock_report(c, &[0, 1]);
    assert!(
        s.contains("goroutine 1 [select]:\nmain.main()\n\t/tmp/x.go:3 +0x0\n"),
        "{s}"
    );
}

// ---- timers --------------------------------------------------------------------

const SET: u32 = 0;
const STOP: u32 = 1;
const TICK: u32 = 2;
const UNTICK: u32 = 3;
const SLEEP: u32 = 4;

fn timer_natives() -> Vec<(&'static str, u16, u16)> {
    vec![
        ("time.setTimer", 5, 1),
        ("time.stopTimer", 2, 1),
        ("time.startTicker", 3, 0),
        ("time.stopTicker", 2, 0),
        ("time.Sleep", 1, 0),
    ]
}

#[test]
fn timers_tickers_and_after_funcs_deliver_on_time() {
    let tt = T_TIME as u16;
    let ms = |dst: u16, v: i32| Op::LoadInt {
        dst,
        v: v * 1_000_000,
    };
    // fire(): (<-chan in global 0) <- 7
    let fire = f(
        "main.fire",
        0,
        0,
        2,
        &[0],
        vec![
            Op::LoadGlobal { dst: 0, g: 0 },
            Op::LoadInt { dst: 1, v: 7 },
            Op::ChanSend {
                ch: 0,
                src: 1,
                ty: T_INT as u16,
            },
            ret(),
        ],
    );
    // Registers: r0 key, r1 ch, r2 f, r3 d, r4 period, r5 result (setTimer window);
    // r6..r8 a received Time and ok; r9 scratch; r10..r12 stopTimer window.
    let main = f(
        "main.main",
        0,
        0,
        14,
        &[0, 1, 2, 10, 11, 13],
        vec![
            Op::New { dst: 0, ty: T_INT },
            Op::LoadInt { dst: 9, v: 1 },
            Op::MakeChan {
                dst: 1,
                size: 9,
                ty: tt,
            },
            // A 10ms timer fires once.
            ms(3, 10),
            Op::LoadInt { dst: 4, v: 0 },
            Op::CallNative { native: SET, a: 0 },
            Op::StoreGlobal { g: 1, src: 5 },
            Op::ChanRecv {
                dst: 6,
                ch: 1,
                ty: tt,
            },
            Op::StoreGlobal { g: 2, src: 6 },
            // Reset after it fired and was received: not pending. Then stop it
            // before it fires: pending; nothing arrives afterwards.
            Op::CallNative { native: SET, a: 0 },
            Op::StoreGlobal { g: 3, src: 5 },
            Op::Move { dst: 10, src: 0 },
            Op::Move { dst: 11, src: 1 },
            Op::CallNative {
                native: STOP,
                a: 10,
            },
            Op::StoreGlobal { g: 4, src: 12 },
            ms(9, 30),
            Op::CallNative {
                native: SLEEP,
                a: 9,
            },
            Op::Select {
                dst: 9,
                n: 1,
                block: 0,
            },
            Op::SelectRecv {
                ch: 1,
                val: 6,
                ty: tt,
            },
            Op::StoreGlobal { g: 5, src: 9 },
            // A 5ms ticker ticks three times; after Stop nothing more arrives.
            Op::New { dst: 10, ty: T_INT },
            Op::Move { dst: 11, src: 1 },
            ms(12, 5),
            Op::CallNative {
                native: TICK,
                a: 10,
            },
            Op::ChanRecv {
                dst: 6,
                ch: 1,
                ty: tt,
            },
            Op::ChanRecv {
                dst: 6,
                ch: 1,
                ty: tt,
            },
            Op::ChanRecv {
                dst: 6,
                ch: 1,
                ty: tt,
            },
            Op::CallNative {
                native: UNTICK,
                a: 10,
            },
            ms(9, 20),
            Op::CallNative {
                native: SLEEP,
                a: 9,
            },
            Op::Select {
                dst: 9,
                n: 1,
                block: 0,
            },
            Op::SelectRecv {
                ch: 1,
                val: 6,
                ty: tt,
            },
            Op::StoreGlobal { g: 6, src: 9 },
            // AfterFunc: starts fire() in 5ms, which sends 7 on the channel in g0.
            Op::LoadInt { dst: 9, v: 1 },
            Op::MakeChan {
                dst: 2,
                size: 9,
                ty: T_INT as u16,
            },
            Op::StoreGlobal { g: 0, src: 2 },
            Op::New { dst: 0, ty: T_INT },
            Op::Move { dst: 1, src: 13 }, // r13 is never written: a nil channel
            Op::FuncRef { dst: 2, func: 0 },
            ms(3, 5),
            Op::CallNative { native: SET, a: 0 },
            Op::LoadGlobal { dst: 10, g: 0 },
            Op::ChanRecv {
                dst: 9,
                ch: 10,
                ty: T_INT as u16,
            },
            Op::StoreGlobal { g: 7, src: 9 },
            ret(),
        ],
    );
    for procs in [1, 2] {
        let m = prog(vec![fire.clone(), main.clone()], &timer_natives(), 8, &[0]);
        let t = Instant::now();
        let r = run_with(m, procs, LIMIT);
        let took = t.elapsed();
        ok(&r);
        let g = &r.globals;
        assert_eq!(g[1], 0, "a new timer was not pending");
        assert!(g[2] > 1_000_000_000_000_000_000, "wall clock {}", g[2]);
        assert_eq!(g[3], 0, "fired and received: not pending");
        assert_eq!(g[4], 1, "stopped before firing: pending");
        assert_eq!(g[5], 1, "a stopped timer sends nothing");
        assert_eq!(g[6], 1, "a stopped ticker sends nothing");
        assert_eq!(g[7], 7, "AfterFunc ran");
        assert!(took >= Duration::from_millis(75), "{took:?}");
        assert!(took < Duration::from_secs(5), "{took:?}");
    }
}

#[test]
fn a_pending_timer_is_not_a_deadlock_but_a_stopped_one_is() {
    let tt = T_TIME as u16;
    let code = |stop: bool, d: i32| {
        let mut c = vec![
            Op::New { dst: 0, ty: T_INT },
            Op::LoadInt { dst: 9, v: 1 },
            Op::MakeChan {
                dst: 1,
                size: 9,
                ty: tt,
            },
            Op::LoadInt {
                dst: 3,
                v: d * 1_000_000,
            },
            Op::LoadInt { dst: 4, v: 0 },
            Op::CallNative { native: SET, a: 0 },
        ];
        if stop {
            c.push(Op::LoadConst { dst: 3, k: K_HOUR });
            c.push(Op::CallNative { native: SET, a: 0 });
            c.push(Op::Move { dst: 10, src: 0 });
            c.push(Op::Move { dst: 11, src: 1 });
            c.push(Op::CallNative {
                native: STOP,
                a: 10,
            });
        }
        c.push(Op::ChanRecv {
            dst: 6,
            ch: 1,
            ty: tt,
        });
        c.push(ret());
        f("main.main", 0, 0, 13, &[0, 1, 2, 10, 11], c)
    };
    let r = run_with(
        prog(vec![code(false, 10)], &timer_natives(), 1, &[]),
        2,
        LIMIT,
    );
    ok(&r);
    let r = run_with(
        prog(vec![code(true, 10)], &timer_natives(), 1, &[]),
        2,
        LIMIT,
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.starts_with(
            "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:\n"
        ),
        "{}",
        r.stderr
    );
}

// ---- verifier ------------------------------------------------------------------

#[test]
fn the_verifier_guards_select_case_operands_and_kinds() {
    let t = T_INT as u16;
    let base = |code: Vec<Op>| {
        let main = f("main.main", 0, 0, 6, &[0, 1], code);
        let m = module(vec![main], &[], 1);
        verify(&m).map_err(|e| e.to_string())
    };
    let sel = |n: u16| Op::Select {
        dst: 2,
        n,
        block: 1,
    };
    let recv = Op::SelectRecv {
        ch: 0,
        val: 3,
        ty: t,
    };
    assert!(base(vec![sel(1), recv, ret()]).is_ok());
    let e = base(vec![sel(2), recv, ret()]).unwrap_err();
    assert!(
        e.contains("must be followed by 2 SelectRecv/SelectSend"),
        "{e}"
    );
    let e = base(vec![recv, ret()]).unwrap_err();
    assert!(e.contains("case operand outside a select"), "{e}");
    let e = base(vec![Op::Jmp { off: 1 }, sel(1), recv, ret()]).unwrap_err();
    assert!(e.contains("jump to 2, a select case operand"), "{e}");
    let e = base(vec![sel(1), recv, Op::Jmp { off: -2 }]).unwrap_err();
    assert!(e.contains("a select case operand"), "{e}");
    let e = base(vec![
        Op::Select {
            dst: 2,
            n: 0,
            block: 2,
        },
        ret(),
    ])
    .unwrap_err();
    assert!(e.contains("block flag 2"), "{e}");
    // The channel must be a reference register; the ok register a scalar.
    let e = base(vec![Op::ChanClose { ch: 2 }, ret()]).unwrap_err();
    assert!(
        e.contains("channel ch r2 must be a reference register"),
        "{e}"
    );
    let e = base(vec![
        Op::ChanRecvOk {
            dst: 5,
            ch: 0,
            ty: t,
        },
        ret(),
    ])
    .unwrap_err();
    assert!(e.contains("registers r5..r7 are out of range"), "{e}");
    let e = base(vec![
        Op::ChanRecv {
            dst: 1,
            ch: 0,
            ty: t,
        },
        ret(),
    ])
    .unwrap_err();
    assert!(
        e.contains("dst register r1 does not match slot 0 of type int"),
        "{e}"
    );
    let e = base(vec![
        Op::MakeChan {
            dst: 2,
            size: 3,
            ty: t,
        },
        ret(),
    ])
    .unwrap_err();
    assert!(e.contains("dst r2 must be a reference register"), "{e}");
}

#[test]
fn dead_select_entries_are_compacted_away() {
    let t = T_INT as u16;
    const W: i32 = 200;
    const N: i32 = 20_000;
    // worker(done, jobs, results): for { select { case <-done: return; case j := <-jobs: results <- j } }
    let worker = f(
        "main.worker",
        3,
        0,
        7,
        &[0, 1, 2],
        vec![
            Op::Select {
                dst: 3,
                n: 2,
                block: 1,
            },
            Op::SelectRecv {
                ch: 0,
                val: 4,
                ty: t,
            },
            Op::SelectRecv {
                ch: 1,
                val: 5,
                ty: t,
            },
            Op::LoadInt { dst: 4, v: 0 },
            Op::JmpEqI { a: 3, b: 4, off: 2 },
            Op::ChanSend {
                ch: 2,
                src: 5,
                ty: t,
            },
            Op::Jmp { off: -7 },
            ret(),
        ],
    );
    let main = f(
        "main.main",
        0,
        0,
        10,
        &[0, 1, 2, 3],
        vec![
            Op::LoadInt { dst: 4, v: 0 },
            Op::MakeChan {
                dst: 0,
                size: 4,
                ty: t,
            },
            Op::MakeChan {
                dst: 1,
                size: 4,
                ty: t,
            },
            Op::LoadInt { dst: 4, v: 16 },
            Op::MakeChan {
                dst: 2,
                size: 4,
                ty: t,
            },
            Op::StoreGlobal { g: 0, src: 0 },
            Op::FuncRef { dst: 3, func: 0 },
            Op::LoadInt { dst: 5, v: 0 },
            Op::LoadInt { dst: 6, v: W },
            Op::Go { f: 3, a: 0, n: 3 },
            Op::AddIImm { dst: 5, a: 5, v: 1 },
            Op::JmpLtI {
                a: 5,
                b: 6,
                off: -3,
            },
            Op::LoadInt { dst: 5, v: 0 },
            Op::LoadInt { dst: 6, v: N },
            Op::LoadInt { dst: 8, v: 0 },
            Op::ChanSend {
                ch: 1,
                src: 5,
                ty: t,
            },
            Op::ChanRecv {
                dst: 7,
                ch: 2,
                ty: t,
            },
            Op::AddI { dst: 8, a: 8, b: 7 },
            Op::AddIImm { dst: 5, a: 5, v: 1 },
            Op::JmpLtI {
                a: 5,
                b: 6,
                off: -5,
            },
            Op::StoreGlobal { g: 1, src: 8 },
            ret(),
        ],
    );
    for procs in [1, 2] {
        let m = prog(vec![worker.clone(), main.clone()], &[], 2, &[0]);
        let r = run_with(m, procs, LIMIT);
        ok(&r);
        assert_eq!(r.globals[1], (N as u64) * (N as u64 - 1) / 2);
        // SAFETY: global 0 holds the `done` channel made by MakeChan; nothing
        // frees objects.
        let obj = unsafe { super::heap::native(r.globals[0]) }.expect("a channel");
        let c = obj.as_any().downcast_ref::<super::chan::Chan>().unwrap();
        let mut parked = 0;
        c.for_each_parked(&mut |_| parked += 1);
        let queued = c.queued();
        assert!(parked <= W as usize, "{parked} parked");
        assert!(
            queued <= 2 * W as usize + 20,
            "{queued} entries queued on done after {N} selects by {W} workers"
        );
    }
}
