//! Native functions: the registry (qualified Go name -> function, parameter and
//! result slot counts) and the implementations for `time`, `runtime`, `sync`,
//! (the collector's natives for `runtime` and `runtime/debug` live in `gc.rs`),
//! `sync/atomic` and `fmt`.
//!
//! Calling convention (that of `Call`): a native sees the caller's registers `a..`
//! through [`NativeCtx`]: parameters in `arg(0..param_slots)`, results written with
//! `set(0..result_slots)` to the slots right after the parameters. A native never blocks a thread: one that
//! must wait returns [`NativeResult::Park`], and the scheduler commits the park once
//! the goroutine is off the interpreter, re-checking the condition under the wait
//! queue's lock. Natives never collect garbage and never panic in Rust; Go panics
//! are returned as [`NativeResult::Panic`].
//!
//! Binding happens at load ([`bind`]): every `Module::natives` entry must exist here
//! with the same slot counts, or the program is refused with one line.

use super::fmt as gofmt;
use super::gc;
use super::goroutine::{Goroutine, WaitReason};
use super::heap;
use super::interp::{call_nested_or_panic, Exec, ParkReq};
use super::panic::PanicVal;
use crate::bytecode::isa::atomic;
use crate::bytecode::Module;
use std::sync::atomic::{AtomicU64, Ordering::SeqCst};

/// What a native asks of the interpreter when it returns.
#[derive(Debug, PartialEq)]
pub enum NativeResult {
    Ok,
    /// Put the goroutine on the global queue (`runtime.Gosched`).
    Yield,
    Park(ParkReq),
    Panic(PanicVal),
}

/// The view a native has of the calling goroutine.
pub struct NativeCtx<'c, 'e> {
    pub ex: &'c mut Exec<'e>,
    pub g: &'c mut Goroutine,
    /// Absolute register index of the first argument slot.
    pub a: usize,
    /// Absolute register index of the first result slot: `a + param_slots` (results
    /// come back after the arguments, like bytecode calls).
    pub r: usize,
}

impl NativeCtx<'_, '_> {
    /// Argument slot `i`.
    pub fn arg(&self, i: usize) -> u64 {
        self.g.regs.get(self.a + i).copied().unwrap_or(0)
    }

    /// Sets result slot `i`.
    pub fn set(&mut self, i: usize, v: u64) {
        if let Some(r) = self.g.regs.get_mut(self.r + i) {
            *r = v;
        }
    }

    /// Calls a Go function returning one string from inside this native; a call
    /// that panicked gives its panic value (for fmt's `%!v(PANIC=...)`).
    pub fn call_string_method(
        &mut self,
        func: u32,
        boxed: u64,
    ) -> Result<u64, gofmt::MethodFailure> {
        use gofmt::MethodFailure;
        match call_nested_or_panic(self.ex, self.g, func, &[boxed], 1) {
            Ok(r) => Ok(r[0]),
            Err(Some(PanicVal::Value(b))) if b != 0 => Err(MethodFailure::Value(b)),
            Err(Some(PanicVal::Value(_))) | Err(None) => Err(MethodFailure::Other),
            Err(Some(v)) => {
                let text = super::panic::panic_value_text(self.ex.prog, &v, &mut |_, _| None);
                Err(MethodFailure::Text(text))
            }
        }
    }
}

pub type NativeFn = fn(&mut NativeCtx) -> NativeResult;

/// One registry entry.
#[derive(Clone, Copy)]
pub struct NativeDef {
    pub name: &'static str,
    pub params: u16,
    pub results: u16,
    pub f: NativeFn,
}

macro_rules! atomic_natives {
    ($($pre:literal),*) => {
        &[ $(
            NativeDef { name: concat!($pre, "AddInt32"), params: 2, results: 1, f: |c| atomic_native(c, atomic::ADD_I32) },
            NativeDef { name: concat!($pre, "AddUint32"), params: 2, results: 1, f: |c| atomic_native(c, atomic::ADD_U32) },
            NativeDef { name: concat!($pre, "AddInt64"), params: 2, results: 1, f: |c| atomic_native(c, atomic::ADD64) },
            NativeDef { name: concat!($pre, "AddUint64"), params: 2, results: 1, f: |c| atomic_native(c, atomic::ADD64) },
            NativeDef { name: concat!($pre, "LoadInt32"), params: 1, results: 1, f: |c| atomic_native(c, atomic::LOAD) },
            NativeDef { name: concat!($pre, "LoadUint32"), params: 1, results: 1, f: |c| atomic_native(c, atomic::LOAD) },
            NativeDef { name: concat!($pre, "LoadInt64"), params: 1, results: 1, f: |c| atomic_native(c, atomic::LOAD) },
            NativeDef { name: concat!($pre, "LoadUint64"), params: 1, results: 1, f: |c| atomic_native(c, atomic::LOAD) },
            NativeDef { name: concat!($pre, "StoreInt32"), params: 2, results: 0, f: |c| atomic_native(c, atomic::STORE) },
            NativeDef { name: concat!($pre, "StoreUint32"), params: 2, results: 0, f: |c| atomic_native(c, atomic::STORE) },
            NativeDef { name: concat!($pre, "StoreInt64"), params: 2, results: 0, f: |c| atomic_native(c, atomic::STORE) },
            NativeDef { name: concat!($pre, "StoreUint64"), params: 2, results: 0, f: |c| atomic_native(c, atomic::STORE) },
            NativeDef { name: concat!($pre, "SwapInt32"), params: 2, results: 1, f: |c| atomic_native(c, atomic::SWAP) },
            NativeDef { name: concat!($pre, "SwapUint32"), params: 2, results: 1, f: |c| atomic_native(c, atomic::SWAP) },
            NativeDef { name: concat!($pre, "SwapInt64"), params: 2, results: 1, f: |c| atomic_native(c, atomic::SWAP) },
            NativeDef { name: concat!($pre, "SwapUint64"), params: 2, results: 1, f: |c| atomic_native(c, atomic::SWAP) },
            NativeDef { name: concat!($pre, "CompareAndSwapInt32"), params: 3, results: 1, f: |c| atomic_native(c, atomic::CAS) },
            NativeDef { name: concat!($pre, "CompareAndSwapUint32"), params: 3, results: 1, f: |c| atomic_native(c, atomic::CAS) },
            NativeDef { name: concat!($pre, "CompareAndSwapInt64"), params: 3, results: 1, f: |c| atomic_native(c, atomic::CAS) },
            NativeDef { name: concat!($pre, "CompareAndSwapUint64"), params: 3, results: 1, f: |c| atomic_native(c, atomic::CAS) },
        )* ]
    };
}

const CORE: &[NativeDef] = &[
    NativeDef {
        name: "time.Sleep",
        params: 1,
        results: 0,
        f: time_sleep,
    },
    NativeDef {
        name: "time.now",
        params: 0,
        results: 2,
        f: time_now,
    },
    NativeDef {
        name: "time.Duration.String",
        params: 1,
        results: 1,
        f: duration_string,
    },
    NativeDef {
        name: "runtime.NumGoroutine",
        params: 0,
        results: 1,
        f: num_goroutine,
    },
    NativeDef {
        name: "runtime.Gosched",
        params: 0,
        results: 0,
        f: |_| NativeResult::Yield,
    },
    NativeDef {
        name: "runtime.Goexit",
        params: 0,
        results: 0,
        f: |_| NativeResult::Panic(PanicVal::Goexit),
    },
    NativeDef {
        name: "runtime.GOMAXPROCS",
        params: 1,
        results: 1,
        f: gomaxprocs,
    },
    NativeDef {
        name: "runtime.NumCPU",
        params: 0,
        results: 1,
        f: num_cpu,
    },
    NativeDef {
        name: "os.runtime_args",
        params: 0,
        results: 4,
        f: os_args,
    },
    NativeDef {
        name: "os.Exit",
        params: 1,
        results: 0,
        f: os_exit,
    },
    NativeDef {
        name: "os.Getenv",
        params: 1,
        results: 1,
        f: os_getenv,
    },
    NativeDef {
        name: "runtime.printArgs",
        params: 5,
        results: 0,
        f: print_args,
    },
    NativeDef {
        name: "runtime.panicwrap",
        params: 1,
        results: 0,
        f: panicwrap,
    },
    NativeDef {
        name: "runtime.GC",
        params: 0,
        results: 0,
        f: gc::native_gc,
    },
    NativeDef {
        name: "runtime.ReadMemStats",
        params: 1,
        results: 0,
        f: gc::native_read_mem_stats,
    },
    NativeDef {
        name: "runtime/debug.SetGCPercent",
        params: 1,
        results: 1,
        f: gc::native_set_gc_percent,
    },
    NativeDef {
        name: "runtime/debug.SetMemoryLimit",
        params: 1,
        results: 1,
        f: gc::native_set_memory_limit,
    },
    NativeDef {
        name: "runtime/debug.FreeOSMemory",
        params: 0,
        results: 0,
        f: gc::native_gc,
    },
    NativeDef {
        name: "sync.runtime_Semacquire",
        params: 1,
        results: 0,
        f: semacquire,
    },
    NativeDef {
        name: "sync.runtime_Semrelease",
        params: 3,
        results: 0,
        f: semrelease,
    },
    NativeDef {
        name: "fmt.Print",
        params: 4,
        results: 2,
        f: |c| fmt_print(c, Kind::Print),
    },
    NativeDef {
        name: "fmt.Println",
        params: 4,
        results: 2,
        f: |c| fmt_print(c, Kind::Println),
    },
    NativeDef {
        name: "fmt.Printf",
        params: 5,
        results: 2,
        f: |c| fmt_print(c, Kind::Printf),
    },
    NativeDef {
        name: "fmt.Sprint",
        params: 4,
        results: 1,
        f: |c| fmt_print(c, Kind::Sprint),
    },
    NativeDef {
        name: "fmt.Sprintln",
        params: 4,
        results: 1,
        f: |c| fmt_print(c, Kind::Sprintln),
    },
    NativeDef {
        name: "fmt.Sprintf",
        params: 5,
        results: 1,
        f: |c| fmt_print(c, Kind::Sprintf),
    },
];

/// `sync/atomic` functions under their Go names (`sync/atomic.AddInt64`) and the same
/// under `sync.atomic...` for the `sync` package's own bodiless declarations.
const ATOMICS: &[NativeDef] = atomic_natives!("sync/atomic.", "sync.atomic");

/// Every native this VM provides.
pub fn registry() -> impl Iterator<Item = &'static NativeDef> {
    CORE.iter()
        .chain(ATOMICS.iter())
        .chain(super::syncrt::NATIVES.iter())
        .chain(super::natives_std::registry())
}

/// Looks a native up by qualified name.
pub fn lookup(name: &str) -> Option<&'static NativeDef> {
    registry().find(|d| d.name == name)
}

/// Binds every import of `m`, in order; the error is one line (without `govm: `).
pub fn bind(m: &Module) -> Result<Vec<NativeFn>, String> {
    m.natives
        .iter()
        .map(|imp| match lookup(&imp.name) {
            Some(d) if d.params == imp.param_slots && d.results == imp.result_slots => Ok(d.f),
            Some(d) => Err(format!(
                "program declares native function {} with {} parameter and {} result slots, \
                 but this VM's takes {} and {}",
                imp.name, imp.param_slots, imp.result_slots, d.params, d.results
            )),
            None => Err(format!(
                "program needs native function {}, which this VM does not provide",
                imp.name
            )),
        })
        .collect()
}

// ---- time ----------------------------------------------------------------------

fn time_sleep(c: &mut NativeCtx) -> NativeResult {
    let d = c.arg(0) as i64;
    if d <= 0 {
        return NativeResult::Ok;
    }
    let deadline = c.ex.sched.now_ns().saturating_add(d as u64);
    NativeResult::Park(ParkReq::Sleep { deadline })
}

/// The `print`/`println` built-ins: each argument (an interface) in Go's
/// built-in format, to stderr; `println` separates with spaces and ends the line.
/// The panic of a `(*T).M` wrapper of a value method called with a nil pointer
/// (the compiler passes Go's message): a plain runtime error.
fn panicwrap(c: &mut NativeCtx) -> NativeResult {
    // SAFETY: the parameter is a string reference (the compiler loads a constant).
    let msg = unsafe { heap::str_bytes(c.arg(0)) };
    NativeResult::Panic(PanicVal::Plain(String::from_utf8_lossy(msg).into_owned()))
}

fn print_args(c: &mut NativeCtx) -> NativeResult {
    use crate::bytecode::TypeKind;
    let (arr, off, len) = (c.arg(0), c.arg(1), c.arg(2));
    let newline = c.arg(4) != 0;
    let types = &c.ex.prog.module.types;
    let mut out = String::new();
    for i in 0..len {
        if newline && i > 0 {
            out.push(' ');
        }
        // SAFETY: a []any slice built by the compiler: `arr` holds `off + len`
        // one-slot interface elements.
        let v = unsafe { heap::slot(arr, (off + i) as usize) }.load(SeqCst);
        if v == 0 {
            out.push_str("(0x0,0x0)");
            continue;
        }
        // SAFETY: a non-nil interface is a VM-made box.
        let (_, ty) = unsafe { heap::kind_and_type(v) };
        // SAFETY: the box holds the value's slots.
        let w = unsafe { heap::slot(v, 0) }.load(SeqCst);
        match types.get(ty as usize).map(|t| &t.kind) {
            Some(TypeKind::Bool) => out.push_str(if w != 0 { "true" } else { "false" }),
            Some(TypeKind::Int { signed: true, .. }) => out.push_str(&(w as i64).to_string()),
            Some(TypeKind::Int { .. }) => out.push_str(&w.to_string()),
            Some(TypeKind::Float { .. }) => out.push_str(&print_float(f64::from_bits(w))),
            // SAFETY: a string slot holds a string reference.
            Some(TypeKind::String) => {
                out.push_str(&String::from_utf8_lossy(unsafe { heap::str_bytes(w) }))
            }
            Some(
                TypeKind::Interface { .. }
                | TypeKind::Struct { .. }
                | TypeKind::Array { .. }
                | TypeKind::Slice { .. },
            ) => out.push_str(&format!("({:#x},{:#x})", ty, v)),
            _ => out.push_str(&format!("{w:#x}")),
        }
    }
    if newline {
        out.push('\n');
    }
    super::output::write_stderr(out.as_bytes());
    NativeResult::Ok
}

/// Go's built-in print format for floats: `+1.500000e+000`.
fn print_float(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 {
            "+Inf".into()
        } else {
            "-Inf".into()
        };
    }
    let s = format!("{:+.6e}", f);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = exp.parse().unwrap_or(0);
    format!("{mant}e{}{:03}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// `os.Args`: a `[]string` of the program's arguments.
fn os_args(c: &mut NativeCtx) -> NativeResult {
    let prog = c.ex.prog;
    let string_ty = prog
        .module
        .types
        .iter()
        .position(|t| t.name == "string")
        .unwrap_or(0) as u32;
    let n = prog.args.len();
    let arr = heap::alloc_array(string_ty, 1, n);
    for (i, a) in prog.args.iter().enumerate() {
        let s = heap::alloc_string(a.as_bytes());
        // SAFETY: `arr` has `n` one-slot elements.
        unsafe { heap::slot(arr, i) }.store(s, SeqCst);
    }
    for (i, v) in [arr, 0, n as u64, n as u64].into_iter().enumerate() {
        c.set(i, v);
    }
    NativeResult::Ok
}

/// `os.Exit`: ends the program at once with the code (deferred calls do not run).
fn os_exit(c: &mut NativeCtx) -> NativeResult {
    let code = c.arg(0) as i64 as i32;
    c.ex.sched.finish(code, String::new());
    NativeResult::Park(ParkReq::Sleep { deadline: u64::MAX })
}

fn os_getenv(c: &mut NativeCtx) -> NativeResult {
    // SAFETY: a string argument register.
    let key = unsafe { heap::str_bytes(c.arg(0)) };
    let v = std::str::from_utf8(key)
        .ok()
        .and_then(std::env::var_os)
        .map(|v| v.to_string_lossy().into_owned())
        .unwrap_or_default();
    c.set(0, heap::alloc_string(v.as_bytes()));
    NativeResult::Ok
}

fn time_now(c: &mut NativeCtx) -> NativeResult {
    let wall = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    let mono = c.ex.sched.now_ns() + 1;
    c.set(0, wall);
    c.set(1, mono);
    NativeResult::Ok
}

fn duration_string(c: &mut NativeCtx) -> NativeResult {
    let s = format_duration(c.arg(0) as i64);
    c.set(0, heap::alloc_string(s.as_bytes()));
    NativeResult::Ok
}

/// `time.Duration.String`, exactly as Go formats it: `1h2m3.5s`, `1.5s`, `100ms`,
/// `1µs`, `10ns`, `0s`.
pub fn format_duration(d: i64) -> String {
    let neg = d < 0;
    let u = d.unsigned_abs();
    let mut s = String::new();
    if u < 1_000_000_000 {
        let (unit, prec) = match u {
            0 => return "0s".to_string(),
            1..=999 => ("ns", 0),
            1_000..=999_999 => ("µs", 3),
            _ => ("ms", 6),
        };
        s.push_str(&frac(u, prec));
        s.push_str(unit);
    } else {
        let secs = u / 1_000_000_000;
        let h = secs / 3600;
        let m = secs / 60 % 60;
        if h > 0 {
            s.push_str(&format!("{h}h"));
        }
        if h > 0 || m > 0 {
            s.push_str(&format!("{m}m"));
        }
        s.push_str(&frac(u % 60_000_000_000, 9));
        s.push('s');
    }
    if neg {
        s.insert(0, '-');
    }
    s
}

/// `v / 10^prec` with the fraction's trailing zeros (and a bare point) dropped.
fn frac(v: u64, prec: u32) -> String {
    let p = 10u64.pow(prec);
    let (int, fr) = (v / p, v % p);
    if fr == 0 {
        return int.to_string();
    }
    let digits = format!("{:0width$}", fr, width = prec as usize);
    format!("{}.{}", int, digits.trim_end_matches('0'))
}

// ---- runtime -------------------------------------------------------------------

fn num_goroutine(c: &mut NativeCtx) -> NativeResult {
    let n = c.ex.sched.num_goroutine();
    c.set(0, n);
    NativeResult::Ok
}

fn gomaxprocs(c: &mut NativeCtx) -> NativeResult {
    let n = c.arg(0) as i64;
    let prev =
        c.ex.sched
            .set_procs(if n < 1 { None } else { Some(n as usize) });
    c.set(0, prev as u64);
    // Shrinking retires the highest-numbered workers: a caller running on one
    // of them moves to a remaining worker at once (as Go moves it to P0), so
    // from here on no more goroutines run in parallel than the new setting.
    if c.ex
        .local
        .as_deref()
        .is_some_and(|l| c.ex.sched.is_retired(l))
    {
        return NativeResult::Yield;
    }
    NativeResult::Ok
}

fn num_cpu(c: &mut NativeCtx) -> NativeResult {
    let n = std::thread::available_parallelism().map_or(1, |n| n.get());
    c.set(0, n as u64);
    NativeResult::Ok
}

// ---- sync ----------------------------------------------------------------------

/// The slot behind pointer argument `i`, or the nil-dereference panic.
pub(crate) fn ptr_arg<'a>(c: &NativeCtx, i: usize) -> Result<&'a AtomicU64, NativeResult> {
    let p = c.arg(i);
    if p == 0 {
        return Err(NativeResult::Panic(PanicVal::NilDeref));
    }
    // SAFETY: pointer parameters of these natives are pointer-typed Go values, i.e.
    // VM-made addresses of live slots.
    Ok(unsafe { heap::slot(p, 0) })
}

/// A `sync/atomic` operation of `kind` (see `isa::atomic`) on slot `s`, with
/// operand `i` read by `arg(i)` (only the operands the kind has): the offset
/// from the pointer operand at which the result goes, and the result (`None`
/// for a store or an unknown kind). Shared by the `Atomic` instruction and the
/// natives (called through function values).
pub(crate) fn atomic_op(
    kind: u16,
    s: &AtomicU64,
    arg: impl Fn(usize) -> u64,
) -> Option<(usize, u64)> {
    use crate::bytecode::isa::atomic::*;
    Some(match kind {
        LOAD => (1, s.load(SeqCst)),
        STORE => {
            s.store(arg(1), SeqCst);
            return None;
        }
        SWAP => (2, s.swap(arg(1), SeqCst)),
        CAS => (
            3,
            s.compare_exchange(arg(1), arg(2), SeqCst, SeqCst).is_ok() as u64,
        ),
        ADD_I32 | ADD_U32 => {
            // The slot keeps the 32-bit value normalised.
            let (d, mut new) = (arg(1), 0);
            let _ = s.fetch_update(SeqCst, SeqCst, |old| {
                let sum = old.wrapping_add(d) as u32;
                new = if kind == ADD_I32 {
                    sum as i32 as i64 as u64
                } else {
                    sum as u64
                };
                Some(new)
            });
            (2, new)
        }
        ADD64 => {
            let d = arg(1);
            (2, s.fetch_add(d, SeqCst).wrapping_add(d))
        }
        _ => return None,
    })
}

/// The native form of an atomic operation: the pointer is argument 0, the
/// result goes to result 0.
pub(crate) fn atomic_native(c: &mut NativeCtx, kind: u16) -> NativeResult {
    let s = match ptr_arg(c, 0) {
        Ok(s) => s,
        Err(e) => return e,
    };
    if let Some((_, v)) = atomic_op(kind, s, |i| c.arg(i)) {
        c.set(0, v);
    }
    NativeResult::Ok
}

/// Decrements the 32-bit semaphore in slot `s` if it is positive.
pub fn sema_try_acquire(s: &AtomicU64) -> bool {
    let mut v = s.load(SeqCst);
    loop {
        if v as u32 == 0 {
            return false;
        }
        match s.compare_exchange_weak(v, (v as u32 - 1) as u64, SeqCst, SeqCst) {
            Ok(_) => return true,
            Err(now) => v = now,
        }
    }
}

pub(crate) fn semacquire(c: &mut NativeCtx) -> NativeResult {
    let s = match ptr_arg(c, 0) {
        Ok(s) => s,
        Err(e) => return e,
    };
    if sema_try_acquire(s) {
        return NativeResult::Ok;
    }
    NativeResult::Park(ParkReq::Sema {
        addr: c.arg(0),
        reason: WaitReason::Semacquire,
        lifo: false,
    })
}

fn semrelease(c: &mut NativeCtx) -> NativeResult {
    if let Err(e) = ptr_arg(c, 0) {
        return e;
    }
    let addr = c.arg(0);
    let sched = c.ex.sched;
    sched.sema_release(c.ex.local.as_deref_mut(), addr);
    NativeResult::Ok
}

// ---- fmt -----------------------------------------------------------------------

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Print,
    Println,
    Printf,
    Sprint,
    Sprintln,
    Sprintf,
}

/// The interface references of a `...any` slice argument starting at slot `i`.
fn slice_refs(c: &NativeCtx, i: usize) -> Vec<u64> {
    let (arr, off, len) = (c.arg(i), c.arg(i + 1), c.arg(i + 2));
    // SAFETY: a slice's first slot is 0 or an Array/View reference made by the VM.
    let Some((base, _, alen)) = (unsafe { heap::backing(arr) }) else {
        return Vec::new();
    };
    (0..len)
        .map(|k| off.wrapping_add(k))
        .take_while(|&e| e < alen)
        // SAFETY: `e` is below the array's element count; elements are 1 slot.
        .map(|e| unsafe { heap::slot(base, e as usize) }.load(SeqCst))
        .collect()
}

struct Caller<'x, 'c, 'e> {
    cx: &'x mut NativeCtx<'c, 'e>,
}

impl gofmt::MethodCaller for Caller<'_, '_, '_> {
    fn call_string_method(&mut self, func: u32, boxed: u64) -> Result<u64, gofmt::MethodFailure> {
        self.cx.call_string_method(func, boxed)
    }
}

fn fmt_print(c: &mut NativeCtx, kind: Kind) -> NativeResult {
    let prog = c.ex.prog;
    let (format, args) = match kind {
        Kind::Printf | Kind::Sprintf => {
            // SAFETY: the format parameter is a string reference.
            let f = unsafe { heap::str_bytes(c.arg(0)) }.to_vec();
            (f, slice_refs(c, 1))
        }
        _ => (Vec::new(), slice_refs(c, 0)),
    };
    let text = {
        let mut caller = Caller { cx: c };
        match kind {
            Kind::Print | Kind::Sprint => gofmt::sprint(&prog.module, &mut caller, &args),
            Kind::Println | Kind::Sprintln => gofmt::sprintln(&prog.module, &mut caller, &args),
            _ => gofmt::sprintf(&prog.module, &mut caller, &format, &args),
        }
    };
    match kind {
        Kind::Print | Kind::Println | Kind::Printf => {
            c.ex.sched.write_stdout(&text);
            c.set(0, text.len() as u64);
            c.set(1, 0);
        }
        _ => c.set(0, heap::alloc_string(&text)),
    }
    NativeResult::Ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_print_like_go() {
        let cases: &[(i64, &str)] = &[
            (0, "0s"),
            (1, "1ns"),
            (999, "999ns"),
            (1_000, "1µs"),
            (1_500, "1.5µs"),
            (100_000_000, "100ms"),
            (1_500_000_000, "1.5s"),
            (
                2 * 3_600_000_000_000 + 3 * 60_000_000_000 + 4_500_000_000,
                "2h3m4.5s",
            ),
            (3_600_000_000_000, "1h0m0s"),
            (60_000_000_000, "1m0s"),
            (-1_500_000_000, "-1.5s"),
            (1_000_000_001, "1.000000001s"),
            (i64::MIN, "-2562047h47m16.854775808s"),
            (i64::MAX, "2562047h47m16.854775807s"),
        ];
        for &(d, want) in cases {
            assert_eq!(format_duration(d), want, "{d}");
        }
    }

    #[test]
    fn registry_names_are_unique() {
        let mut names: Vec<_> = registry().map(|d| d.name).collect();
        let n = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), n);
    }

    #[test]
    fn binding_refuses_unknown_and_mismatched_natives() {
        use crate::bytecode::NativeImport;
        let mut m = Module::default();
        m.natives.push(NativeImport {
            name: "time.Sleep".into(),
            param_slots: 1,
            result_slots: 0,
        });
        assert!(bind(&m).is_ok());
        m.natives.push(NativeImport {
            name: "os.Chdir".into(),
            param_slots: 1,
            result_slots: 0,
        });
        assert_eq!(
            bind(&m).err().unwrap(),
            "program needs native function os.Chdir, which this VM does not provide"
        );
        m.natives.pop();
        m.natives[0].param_slots = 2;
        assert!(bind(&m).is_err());
    }

    #[test]
    fn semaphore_counts_in_32_bits() {
        let s = AtomicU64::new(0);
        assert!(!sema_try_acquire(&s));
        s.store(2, SeqCst);
        assert!(sema_try_acquire(&s));
        assert!(sema_try_acquire(&s));
        assert!(!sema_try_acquire(&s));
    }

    #[test]
    fn atomic_adds_keep_32_bit_slots_normalised() {
        let s = AtomicU64::new(u32::MAX as u64);
        assert_eq!(atomic_op(atomic::ADD_U32, &s, |_| 1), Some((2, 0)));
        assert_eq!(s.load(SeqCst), 0);
        let s = AtomicU64::new(i32::MAX as u64);
        let min = i32::MIN as i64 as u64;
        assert_eq!(atomic_op(atomic::ADD_I32, &s, |_| 1), Some((2, min)));
        assert_eq!(s.load(SeqCst), min);
        assert_eq!(atomic_op(atomic::CAS, &s, |i| [0, min, 5][i]), Some((3, 1)));
        assert_eq!(atomic_op(atomic::STORE, &s, |_| 9), None);
        assert_eq!(
            atomic_op(atomic::LOAD, &s, |_| unreachable!()),
            Some((1, 9))
        );
        assert_eq!(atomic_op(99, &s, |_| 0), None);
    }
}
