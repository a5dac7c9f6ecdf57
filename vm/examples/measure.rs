//! Runtime measurements on hand-built modules (until `goc` produces them):
//! spawn + join of many trivial goroutines (time, peak RSS), a tight loop's
//! ns/iteration and recursive fib.
//!
//! `cargo run --release -p govm --example measure [GOROUTINES] [LOOP_ITERS]`
//! (GOMAXPROCS from the environment, as `govm run` does).

use govm::bytecode::{Function, LineEntry, Module, NativeImport, Op, TypeDesc, TypeKind};
use govm::runtime::{run_program, Config, Program};
use mimalloc::MiMalloc;
use std::time::Instant;

#[global_allocator]
static GLOBAL: MiMalloc = MiMalloc;

fn func(name: &str, params: u16, results: u16, nregs: u16, code: Vec<Op>) -> Function {
    Function {
        name: name.into(),
        file: 0,
        param_slots: params,
        result_slots: results,
        nregs,
        ncaptures: 0,
        ref_regs: vec![u64::MAX],
        lines: vec![LineEntry {
            pc: 0,
            line: 1,
            col: 1,
        }],
        code,
    }
}

fn module(funcs: Vec<Function>, natives: &[(&str, u16, u16)], globals: u32) -> Module {
    let entry = funcs
        .iter()
        .position(|f| f.name == "main.main")
        .unwrap_or(0) as u32;
    Module {
        files: vec!["measure.go".into()],
        consts: vec![],
        types: vec![TypeDesc {
            name: "int".into(),
            named: false,
            kind: TypeKind::Int {
                bits: 64,
                signed: true,
            },
            slots: 1,
            ref_slots: vec![0],
            methods: vec![],
        }],
        method_names: vec![],
        natives: natives
            .iter()
            .map(|&(n, p, r)| NativeImport {
                name: n.into(),
                param_slots: p,
                result_slots: r,
            })
            .collect(),
        funcs,
        globals,
        global_refs: vec![],
        inits: vec![],
        entry,
    }
}

/// Like a WaitGroup: global 0 = pending count (set to n first), global 1 = the
/// semaphore. Each goroutine decrements the count; the last one releases main.
fn spawn_join(n: i32) -> Module {
    let worker = func(
        "main.worker",
        0,
        0,
        4,
        vec![
            Op::GlobalAddr { dst: 0, g: 0 },
            Op::LoadInt { dst: 1, v: -1 },
            Op::CallNative { native: 0, a: 0 },
            Op::LoadInt { dst: 3, v: 0 },
            Op::JmpNeI { a: 2, b: 3, off: 4 },
            Op::GlobalAddr { dst: 0, g: 1 },
            Op::LoadInt { dst: 1, v: 0 },
            Op::LoadInt { dst: 2, v: 0 },
            Op::CallNative { native: 1, a: 0 },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    let main = func(
        "main.main",
        0,
        0,
        4,
        vec![
            Op::LoadInt { dst: 1, v: n },
            Op::StoreGlobal { g: 0, src: 1 },
            Op::LoadInt { dst: 0, v: 0 },
            Op::FuncRef { dst: 2, func: 0 },
            Op::Go { f: 2, a: 3, n: 0 },
            Op::AddIImm { dst: 0, a: 0, v: 1 },
            Op::JmpLtI {
                a: 0,
                b: 1,
                off: -3,
            },
            Op::GlobalAddr { dst: 3, g: 1 },
            Op::CallNative { native: 2, a: 3 },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    module(
        vec![worker, main],
        &[
            ("sync.atomicAddInt64", 2, 1),
            ("sync.runtime_Semrelease", 3, 0),
            ("sync.runtime_Semacquire", 1, 0),
        ],
        2,
    )
}

fn tight_loop(n: i32) -> Module {
    let main = func(
        "main.main",
        0,
        0,
        3,
        vec![
            Op::LoadInt { dst: 0, v: 0 },
            Op::LoadInt { dst: 1, v: n },
            Op::LoadInt { dst: 2, v: 0 },
            // sum += i; i++; loop while i < n
            Op::AddI { dst: 2, a: 2, b: 0 },
            Op::AddIImm { dst: 0, a: 0, v: 1 },
            Op::JmpLtI {
                a: 0,
                b: 1,
                off: -3,
            },
            Op::StoreGlobal { g: 0, src: 2 },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    module(vec![main], &[], 1)
}

fn fib(n: i32) -> Module {
    let fib = func(
        "main.fib",
        1,
        1,
        4,
        vec![
            Op::LoadInt { dst: 1, v: 2 },
            Op::JmpLtI { a: 0, b: 1, off: 6 },
            Op::AddIImm {
                dst: 2,
                a: 0,
                v: -1,
            },
            Op::Call { func: 0, a: 2 },
            Op::Move { dst: 1, src: 3 },
            Op::AddIImm {
                dst: 2,
                a: 0,
                v: -2,
            },
            Op::Call { func: 0, a: 2 },
            Op::AddI { dst: 0, a: 1, b: 3 },
            Op::Ret { a: 0, n: 1 },
        ],
    );
    let main = func(
        "main.main",
        0,
        0,
        2,
        vec![
            Op::LoadInt { dst: 0, v: n },
            Op::Call { func: 0, a: 0 },
            Op::StoreGlobal { g: 0, src: 1 },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    module(vec![fib, main], &[], 1)
}

/// Two goroutines each count to `n`; main waits for both on a semaphore.
fn two_cpu_bound(n: i32) -> Module {
    let worker = func(
        "main.spin",
        0,
        0,
        3,
        vec![
            Op::LoadInt { dst: 0, v: 0 },
            Op::LoadInt { dst: 1, v: n },
            Op::AddIImm { dst: 0, a: 0, v: 1 },
            Op::JmpLtI {
                a: 0,
                b: 1,
                off: -2,
            },
            Op::GlobalAddr { dst: 0, g: 0 },
            Op::LoadInt { dst: 1, v: 0 },
            Op::LoadInt { dst: 2, v: 0 },
            Op::CallNative { native: 0, a: 0 },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    let main = func(
        "main.main",
        0,
        0,
        2,
        vec![
            Op::FuncRef { dst: 0, func: 0 },
            Op::Go { f: 0, a: 1, n: 0 },
            Op::Go { f: 0, a: 1, n: 0 },
            Op::GlobalAddr { dst: 1, g: 0 },
            Op::CallNative { native: 1, a: 1 },
            Op::GlobalAddr { dst: 1, g: 0 },
            Op::CallNative { native: 1, a: 1 },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    module(
        vec![worker, main],
        &[
            ("sync.runtime_Semrelease", 3, 0),
            ("sync.runtime_Semacquire", 1, 0),
        ],
        1,
    )
}

/// main sleeps `ms` milliseconds ten times.
fn sleeper(ms: i32) -> Module {
    let main = func(
        "main.main",
        0,
        0,
        3,
        vec![
            Op::LoadInt { dst: 0, v: 0 },
            Op::LoadInt { dst: 1, v: 10 },
            Op::LoadInt {
                dst: 2,
                v: ms * 1_000_000,
            },
            Op::CallNative { native: 0, a: 2 },
            Op::AddIImm { dst: 0, a: 0, v: 1 },
            Op::JmpLtI {
                a: 0,
                b: 1,
                off: -4,
            },
            Op::Ret { a: 0, n: 0 },
        ],
    );
    module(vec![main], &[("time.Sleep", 1, 0)], 0)
}

/// User + system CPU seconds of this process.
fn cpu_seconds() -> f64 {
    let s = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = s.rsplit_once(')').map_or("", |x| x.1);
    let f: Vec<u64> = after
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0))
        .collect();
    // fields 14 and 15 of stat (utime, stime) are at 11 and 12 after the ")".
    (f.get(11).copied().unwrap_or(0) + f.get(12).copied().unwrap_or(0)) as f64 / 100.0
}

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

fn run(m: Module) -> (f64, Vec<u64>, i32) {
    let prog = Program::load(m, vec![]).expect("load");
    let t = Instant::now();
    let r = run_program(prog, Config::from_env());
    (t.elapsed().as_secs_f64(), r.globals, r.code)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: i32 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(1_000_000);
    let iters: i32 = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(500_000_000);
    let procs = Config::from_env().procs;
    println!("GOMAXPROCS={procs}");

    let rss0 = peak_rss_kb();
    let (t, g, code) = run(spawn_join(n));
    println!(
        "spawn+join {n} goroutines: {:.3} s ({:.0} ns/goroutine), peak RSS {} MiB (was {} MiB), exit {code}, pending {}",
        t,
        t * 1e9 / n as f64,
        peak_rss_kb() / 1024,
        rss0 / 1024,
        g[0]
    );

    let (t, g, _) = run(tight_loop(iters));
    println!(
        "tight loop (AddI, AddIImm, JmpLtI) x {iters}: {:.3} s, {:.2} ns/iteration (sum {})",
        t,
        t * 1e9 / iters as f64,
        g[0]
    );

    let (t, g, _) = run(fib(32));
    println!("fib(32) = {}: {:.3} s", g[0], t);

    let (t, _, _) = run(two_cpu_bound(iters / 2));
    println!(
        "two CPU-bound goroutines counting to {}: {:.3} s",
        iters / 2,
        t
    );

    let c0 = cpu_seconds();
    let (t, _, _) = run(sleeper(50));
    println!(
        "10 x time.Sleep(50ms): {:.3} s wall, {:.3} s CPU",
        t,
        cpu_seconds() - c0
    );
}
