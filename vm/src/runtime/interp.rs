//! The stackless interpreter: runs a goroutine's innermost frame until the goroutine
//! finishes, yields (budget exhausted, `Gosched`), parks (a native asked to wait) or
//! dies of a panic. A bytecode->bytecode call pushes a `Frame` and never recurses on
//! the Rust stack, so a goroutine can be suspended at any safepoint and resumed on
//! any worker.
//!
//! Invariants relied on (established by the loader's verifier): every register
//! operand is `< nregs` of its function (multi-register operands included), every
//! jump lands on an instruction, the last instruction cannot fall through, every
//! constant/function/type/global index is in range, and operands used as objects
//! are reference registers. A call reserves the callee's whole window once, so the
//! hot loop reads registers through a raw base pointer without per-operand checks;
//! the `debug-checks` feature puts the checks back. Non-parameter registers of a new
//! frame are zeroed (the collector will scan reference registers).
//!
//! Preemption: `BUDGET` units per slice, charged at calls, backward jumps and `Go`.
//! After an allocating instruction or a native call, a pending garbage-collection
//! request (`heap::preempt_requested`) empties the budget, so the goroutine yields
//! at its next budget check and the worker reaches its GC safepoint.
//! When it runs out at top level the goroutine returns `Outcome::Yield`; in a nested
//! run (a Go method called from a native) the budget is refilled instead.
//!
//! Dispatch is `loop { match op }`; every handler is a self-contained arm that only
//! touches the frame locals below, so another dispatch technique can replace it.
//!
//! Panics: `begin_panic` records the value and the stack, then `unwind` runs the
//! deferred calls of the goroutine LIFO on top of the panicking frames (each in a
//! `FRAME_PANIC_DEFER` frame, whose index the panic records); when none is left
//! the run returns `Outcome::Panic` and the scheduler prints the report. `Recover`
//! in exactly that frame marks the panic recovered; when the frame returns, the
//! frames above the function that deferred it are dropped (with the panics they
//! were running, which the recovered one aborted) and that function resumes at its
//! last `RunDefers`, returning normally. A register stack beyond Go's 1 GB limit is
//! a fatal `stack overflow`: no deferred calls, no recovery. Map instructions are
//! delegated to `maps::exec`. Called by `sched` (top level) and by natives through
//! `call_nested`.

use super::chan::{self, Step};
use super::goroutine::{
    CreatedBy, Deferred, Frame, Goroutine, WaitReason, FRAME_HOST, FRAME_PANIC_DEFER,
};
use super::heap;
use super::maps;
use super::natives::{NativeCtx, NativeResult};
use super::panic::{PanicRec, PanicState, PanicVal, MAX_STACK_BYTES, MAX_TRACE_FRAMES, NO_FRAME};
use super::sched::{Local, Sched};
use super::Program;
use crate::bytecode::module::METHOD_DIRECT;
use crate::bytecode::{Op, TypeKind};
use std::sync::atomic::Ordering::Relaxed;

/// Units of work in one scheduling slice.
pub const BUDGET: i64 = 10_000;
/// What a `go` statement costs from the slice (bounds how far a spawning loop runs
/// ahead of the goroutines it starts).
const GO_COST: i64 = 40;

/// Why `run` returned.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    /// The run's bottom frame returned (at top level: the goroutine finished).
    Done,
    /// Budget exhausted (`global == false`) or `runtime.Gosched` (`global == true`).
    Yield { global: bool },
    /// A native asked the goroutine to wait; the scheduler commits the park.
    Park(ParkReq),
    /// An unrecovered panic; `Goroutine::panic` holds it, deferred calls have run.
    Panic,
}

/// A request to block, committed by the scheduler once the goroutine is off the
/// interpreter (re-checking the condition under the wait queue's lock).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParkReq {
    /// Sleep until the scheduler clock reads `deadline` (ns).
    Sleep { deadline: u64 },
    /// Acquire the semaphore at slot address `addr`, waiting for `reason` (queued
    /// at the front when `lifo`).
    Sema {
        addr: u64,
        reason: WaitReason,
        lifo: bool,
    },
    /// The channel instruction (`ChanSend`, `ChanRecv`, `ChanRecvOk`, `Select`) at
    /// the innermost frame's pc must wait: `chan::commit` re-checks and queues.
    Chan,
    /// Run a garbage collection (`runtime.GC`), then go on.
    Gc,
}

/// The context a goroutine runs in: the program, the scheduler, the worker's local
/// queues (absent when called from outside a worker) and the remaining budget.
pub struct Exec<'a> {
    pub prog: &'a Program,
    pub sched: &'a Sched,
    pub local: Option<&'a mut Local>,
    pub budget: i64,
    /// Set when the slice was cut short because a garbage collection is wanted:
    /// the budget that was left (the scheduler collects, then resumes the
    /// goroutine with it, so collections do not reorder goroutines).
    pub gc_budget: Option<i64>,
}

/// The highest end of any frame's register window: every register below it may be
/// live (a caller's frame can extend past its callee's window).
pub fn frames_top(prog: &Program, g: &Goroutine) -> usize {
    g.frames
        .iter()
        .map(|f| f.base as usize + prog.module.funcs[f.func as usize].nregs as usize)
        .max()
        .unwrap_or(0)
}

/// Index of the first register above the innermost frame's window.
pub fn stack_top(prog: &Program, g: &Goroutine) -> usize {
    match g.frames.last() {
        Some(f) => f.base as usize + prog.module.funcs[f.func as usize].nregs as usize,
        None => 0,
    }
}

/// Pushes a frame for `func` at absolute register `base`: reserves its window and
/// zeroes its non-parameter registers. False (and nothing pushed) when the stack
/// would outgrow Go's limit: the caller reports `fatal error: stack overflow`.
#[inline(always)]
#[must_use]
fn push_frame(
    g: &mut Goroutine,
    prog: &Program,
    func: u32,
    base: usize,
    closure: u64,
    flags: u8,
) -> bool {
    let f = &prog.module.funcs[func as usize];
    let end = base + f.nregs as usize;
    if end > g.regs.len() && stack_too_big(g, end) {
        return false;
    }
    g.reserve_regs(end);
    let first = (base + f.param_slots as usize).min(end);
    // SAFETY: `first <= end <= regs.len()` (reserved just above).
    unsafe { zero_regs(g.regs.as_mut_ptr().add(first), end - first) };
    g.frames.push(Frame {
        closure,
        func,
        pc: 0,
        base: base as u32,
        flags,
    });
    true
}

/// Zeroes `n` registers at `p`. Calls zero a handful of registers; a `memset` call
/// costs more than the stores themselves, so small windows are zeroed inline.
///
/// # Safety
/// `p .. p + n` must be inside one register stack.
#[inline(always)]
unsafe fn zero_regs(p: *mut u64, n: usize) {
    if n > 16 {
        // SAFETY: the caller's range.
        unsafe { std::ptr::write_bytes(p, 0, n) };
        return;
    }
    // Two registers per step; an odd count writes its last register first.
    // SAFETY (all writes): inside the caller's range (`i + 1 < n`, or `n >= 1`).
    unsafe {
        if n & 1 == 1 {
            p.add(n - 1).write(0);
        }
        let mut i = 0;
        while i + 1 < n {
            p.add(i).cast::<[u64; 2]>().write_unaligned([0, 0]);
            i += 2;
        }
    }
}

/// Element `idx` of the slice `[array, offset, len]`: the backing array's first
/// element, the element's index in it and the element type, or Go's index panic.
/// A torn or forged slice can never reach outside its backing array.
#[inline(always)]
fn element(slice: [u64; 3], idx: u64) -> Result<(u64, u64, u32), PanicVal> {
    let [arr, off, len] = slice;
    let idx = idx as i64;
    if idx < 0 || idx as u64 >= len {
        return Err(PanicVal::index_out_of_range(idx, len));
    }
    let e = off.wrapping_add(idx as u64);
    // SAFETY: `arr` is 0 or a VM-made reference (reference register).
    let (kind, ety) = if arr == 0 {
        (0, 0)
    } else {
        unsafe { heap::kind_and_type(arr) }
    };
    // SAFETY (both): as above; `backing` accepts any VM-made reference.
    if kind == heap::Kind::Array as u8 && e < unsafe { heap::obj_len(arr) } {
        return Ok((arr, e, ety));
    }
    match unsafe { heap::backing(arr) } {
        Some((b, _, n)) if kind == heap::Kind::View as u8 && e < n => Ok((b, e, ety)),
        _ => Err(PanicVal::index_out_of_range(idx, len)),
    }
}

/// An immediate divisor (verified non-zero; 1 stands in for a forged zero).
#[inline(always)]
fn nonzero(v: i16) -> i64 {
    if v == 0 {
        1
    } else {
        v as i64
    }
}

/// The function `CallMethod` calls for method `m` of interface value `b`, and
/// the receiver to pass instead of the box for a direct entry. Out of line: the
/// interpreter loop's code layout (and so its dispatch speed) stays as it was.
#[inline(never)]
fn method_target(prog: &Program, b: u64, m: u16) -> Result<(u32, Option<u64>), PanicVal> {
    if b == 0 {
        return Err(PanicVal::NilDeref);
    }
    // SAFETY: a non-nil interface register holds a box made by the VM.
    let (kind, ty) = unsafe { heap::kind_and_type(b) };
    let func = prog
        .module
        .types
        .get(ty as usize)
        .filter(|_| kind == heap::Kind::Box as u8)
        .and_then(|t| {
            t.methods
                .binary_search_by_key(&m, |mm| mm.name)
                .ok()
                .map(|i| t.methods[i].func)
        });
    let target = match func.and_then(|f| direct_receiver(f, &[b])) {
        Some((f, v)) => Some((f, Some(v))),
        None => func.map(|f| (f, None)),
    };
    match target.filter(|&(f, _)| (f as usize) < prog.module.funcs.len()) {
        Some(t) => Ok(t),
        None => Err(PanicVal::Runtime(format!(
            "method {} not found in type {}",
            prog.module
                .method_names
                .get(m as usize)
                .map_or("?", |s| s.as_str()),
            type_name(prog, ty)
        ))),
    }
}

/// For a method-table function with [`METHOD_DIRECT`] set and a non-nil box as
/// the first argument: the method itself and the box's one slot (its receiver).
#[inline]
fn direct_receiver(func: u32, args: &[u64]) -> Option<(u32, u64)> {
    if func & METHOD_DIRECT == 0 {
        return None;
    }
    let b = *args.first().filter(|&&b| b != 0)?;
    // SAFETY: the first argument of a method-table call is the interface box, a
    // VM-made object; a direct entry's type has one slot (verified).
    Some((
        func & !METHOD_DIRECT,
        unsafe { heap::slot(b, 0) }.load(Relaxed),
    ))
}

/// Copies `n` registers from `src` to `dst` (possibly overlapping); one register,
/// the common case of a return, without a `memmove` call.
///
/// # Safety
/// Both ranges must be inside one register stack.
#[inline(always)]
unsafe fn copy_regs(src: *const u64, dst: *mut u64, n: usize) {
    // SAFETY: the caller's ranges.
    unsafe {
        if n == 1 {
            dst.write(src.read());
        } else {
            std::ptr::copy(src, dst, n);
        }
    }
}

/// Whether a register stack of `end` slots (plus the frame records) exceeds
/// Go's goroutine stack limit. Checked only when the register stack grows; every
/// frame has at least one register (ensured at load), so this bounds frames too.
#[cold]
fn stack_too_big(g: &Goroutine, end: usize) -> bool {
    let frame_bytes = (g.frames.len() + 1) * std::mem::size_of::<super::goroutine::Frame>();
    end.saturating_mul(8).saturating_add(frame_bytes) > MAX_STACK_BYTES
}

/// The innermost frames as (function, pc), at most what a trace prints plus one
/// (so the printer knows to say that frames were elided).
fn short_trace(g: &Goroutine) -> Vec<(u32, u32)> {
    g.frames
        .iter()
        .rev()
        .take(MAX_TRACE_FRAMES + 1)
        .map(|f| (f.func, f.pc.saturating_sub(1)))
        .collect()
}

/// The function index of closure `c`, checking that it is a closure of a bytecode
/// function.
#[inline]
pub(crate) fn closure_func(prog: &Program, c: u64) -> Result<u32, PanicVal> {
    if c == 0 {
        return Err(PanicVal::NilDeref);
    }
    // SAFETY: `c` comes from a reference register (verifier kind check), so it is a
    // reference made by the VM; its header precedes it.
    let (kind, f) = unsafe { heap::kind_and_type(c) };
    if kind != heap::Kind::Closure as u8 || f as usize >= prog.module.funcs.len() {
        return Err(PanicVal::Runtime(
            "call of a value that is not a function".into(),
        ));
    }
    Ok(f)
}

/// Pushes the frame of a deferred call at register `top`, copying its arguments.
fn call_deferred(
    g: &mut Goroutine,
    prog: &Program,
    d: Deferred,
    top: usize,
    flags: u8,
) -> Result<(), PanicVal> {
    let f = closure_func(prog, d.closure)?;
    if !push_frame(g, prog, f, top, d.closure, flags) {
        return Err(PanicVal::StackOverflow);
    }
    let n = d
        .args
        .len()
        .min(prog.module.funcs[f as usize].nregs as usize);
    // SAFETY: `push_frame` reserved `top .. top + nregs` and `n <= nregs`; the
    // arguments live in `d`, not in the register stack.
    unsafe { copy_regs(d.args.as_ptr(), g.regs.as_mut_ptr().add(top), n) };
    Ok(())
}

/// Records a panic and starts unwinding. `None`: a deferred call was pushed, go on
/// running; `Some(outcome)`: nothing left to run. A stack overflow is fatal: no
/// deferred calls run.
#[cold]
fn begin_panic(prog: &Program, g: &mut Goroutine, v: PanicVal, stop: usize) -> Option<Outcome> {
    let fatal = v == PanicVal::StackOverflow;
    let rec = PanicRec::new(v, short_trace(g));
    match &mut g.panic {
        Some(p) => p.chain.push(rec),
        None => {
            g.panic = Some(Box::new(PanicState {
                chain: vec![rec],
                fatal: false,
            }))
        }
    }
    if fatal {
        if let Some(p) = &mut g.panic {
            p.fatal = true;
        }
        return Some(Outcome::Panic);
    }
    unwind(prog, g, stop)
}

/// Runs the next deferred call of a panicking goroutine (above depth `stop`),
/// recording it as the call the latest panic is running.
#[cold]
fn unwind(prog: &Program, g: &mut Goroutine, stop: usize) -> Option<Outcome> {
    loop {
        match g.defers.last() {
            Some(d) if d.depth as usize > stop => {}
            _ => return Some(Outcome::Panic),
        }
        let d = g.defers.pop()?;
        let top = stack_top(prog, g);
        let depth = d.depth as usize;
        match call_deferred(g, prog, d, top, FRAME_PANIC_DEFER) {
            Ok(()) => {
                let frame = g.frames.len() - 1;
                if let Some(p) = g.panic.as_mut().and_then(|p| p.chain.last_mut()) {
                    p.defer_frame = frame;
                    p.defer_depth = depth;
                }
                return None;
            }
            Err(v) => {
                let fatal = v == PanicVal::StackOverflow;
                let rec = PanicRec::new(v, short_trace(g));
                if let Some(p) = &mut g.panic {
                    p.chain.push(rec);
                    if fatal {
                        p.fatal = true;
                        return Some(Outcome::Panic);
                    }
                }
            }
        }
    }
}

/// `recover()` executed by frame `frame`: the value of the latest panic if that
/// frame is the deferred call the panic's unwinding is running and the panic is
/// not recovered yet (it becomes recovered); otherwise `None`.
fn recover_in(g: &mut Goroutine, frame: usize) -> Option<PanicVal> {
    let p = g.panic.as_mut()?;
    if p.fatal {
        return None;
    }
    let top = p.chain.last_mut()?;
    // recover returns nil during runtime.Goexit and does not stop it
    if top.recovered || top.defer_frame != frame || top.val == PanicVal::Goexit {
        return None;
    }
    top.recovered = true;
    Some(top.val.clone())
}

/// Called when the deferred call in frame `idx`, run by unwinding, has returned:
/// if it recovered its panic, that panic (and every earlier one whose deferred
/// call is being abandoned) is over, the frames above the function that deferred
/// the call are dropped, and that function resumes at its last `RunDefers`: it
/// runs its remaining deferred calls and returns its results normally. Returns
/// whether a recovery happened.
fn finish_recovery(prog: &Program, g: &mut Goroutine, idx: usize) -> bool {
    let Some(p) = g.panic.as_mut() else {
        return false;
    };
    let Some(top) = p.chain.last() else {
        return false;
    };
    if !top.recovered || top.defer_frame != idx || top.defer_depth == 0 {
        return false;
    }
    let resume = top.defer_depth - 1;
    p.chain.pop();
    while p
        .chain
        .last()
        .is_some_and(|q| q.defer_frame == NO_FRAME || q.defer_frame > resume)
    {
        p.chain.pop();
    }
    if p.chain.is_empty() {
        g.panic = None;
    }
    g.frames.truncate(resume + 1);
    while g
        .defers
        .last()
        .is_some_and(|d| d.depth as usize > resume + 1)
    {
        g.defers.pop();
    }
    if let Some(f) = g.frames.last_mut() {
        let code = &prog.module.funcs[f.func as usize].code;
        if let Some(pc) = code.iter().rposition(|op| matches!(op, Op::RunDefers {})) {
            f.pc = pc as u32;
        }
    }
    true
}

/// Whether dynamic type `dyn_ty` has every method of interface type `iface`; the
/// error names the first missing method (by name, as Go reports it).
fn implements(prog: &Program, dyn_ty: u32, iface: u32) -> Result<(), String> {
    let types = &prog.module.types;
    let (Some(t), Some(TypeKind::Interface { methods })) = (
        types.get(dyn_ty as usize),
        types.get(iface as usize).map(|t| &t.kind),
    ) else {
        return Err("?".into());
    };
    let names = &prog.module.method_names;
    methods
        .iter()
        .filter(|m| {
            t.methods
                .binary_search_by_key(&m.name, |tm| tm.name)
                .is_err()
        })
        .map(|m| names.get(m.name as usize).map_or("?", |s| s.as_str()))
        .min()
        .map_or(Ok(()), |missing| Err(missing.to_string()))
}

/// Calls bytecode function `func` with `args` on goroutine `g` from Rust (a native
/// calling a Go method) and returns its `nresults` result slots (which the callee
/// leaves after its parameters). This is the one
/// place the interpreter recurses. Returns `None` if the call panics or tries to
/// block; the goroutine's stack is restored either way.
pub fn call_nested(
    ex: &mut Exec,
    g: &mut Goroutine,
    func: u32,
    args: &[u64],
    nresults: usize,
) -> Option<Vec<u64>> {
    call_nested_or_panic(ex, g, func, args, nresults).ok()
}

/// [`call_nested`], telling why a call did not complete: `Err(Some(v))` when it
/// panicked with `v` (its deferred calls have run), `Err(None)` otherwise (it
/// could not start, blocked, called `runtime.Goexit`, overflowed its stack).
pub fn call_nested_or_panic(
    ex: &mut Exec,
    g: &mut Goroutine,
    func: u32,
    args: &[u64],
    nresults: usize,
) -> Result<Vec<u64>, Option<PanicVal>> {
    let prog = ex.prog;
    // A direct method-table entry takes the boxed value, not the box.
    let owned;
    let (func, args) = match direct_receiver(func, args) {
        Some((f, v)) => {
            let mut a = args.to_vec();
            a[0] = v;
            owned = a;
            (f, &owned[..])
        }
        None => (func, args),
    };
    let f = prog.module.funcs.get(func as usize).ok_or(None)?;
    if f.param_slots as usize != args.len() || f.result_slots as usize != nresults {
        return Err(None);
    }
    let depth = g.frames.len();
    let ndefers = g.defers.len();
    let top = stack_top(prog, g);
    let saved_panic = g.panic.take();
    if !push_frame(g, prog, func, top, 0, FRAME_HOST) {
        g.panic = saved_panic;
        return Err(None);
    }
    g.regs[top..top + args.len()].copy_from_slice(args);
    let out = run(ex, g, depth);
    let at = top + args.len();
    let result = match out {
        Outcome::Done => g
            .regs
            .get(at..at + nresults)
            .map(<[u64]>::to_vec)
            .ok_or(None),
        Outcome::Panic => Err(g.panic.as_ref().and_then(|p| {
            let last = p.chain.last()?;
            (!p.fatal && last.val != PanicVal::Goexit).then(|| last.val.clone())
        })),
        _ => Err(None),
    };
    g.frames.truncate(depth);
    g.defers.truncate(ndefers);
    g.panic = saved_panic;
    result
}

/// Whether two values of type `ty` at slot addresses `a` and `b` are equal (Go's
/// `==`); uncomparable types panic.
fn values_equal(prog: &Program, ty: u32, a: u64, b: u64) -> Result<bool, PanicVal> {
    let Some(t) = prog.module.types.get(ty as usize) else {
        return Ok(false);
    };
    // SAFETY: `a` and `b` address values of type `ty` inside live objects, which
    // have `t.slots` slots (boxes are allocated with their type's slot count).
    let ld = |p: u64, i: u64| unsafe { heap::slot(p, i as usize) }.load(Relaxed);
    match &t.kind {
        TypeKind::Float { .. } => Ok(f64::from_bits(ld(a, 0)) == f64::from_bits(ld(b, 0))),
        TypeKind::String => {
            // SAFETY: string slots hold string references.
            Ok(unsafe { heap::str_bytes(ld(a, 0)) == heap::str_bytes(ld(b, 0)) })
        }
        TypeKind::Struct { fields } => {
            for fl in fields {
                let off = 8 * fl.offset as u64;
                if !values_equal(prog, fl.ty, a + off, b + off)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        TypeKind::Array { elem, len } => {
            let es = prog.module.types.get(*elem as usize).map_or(1, |e| e.slots) as u64;
            for i in 0..*len {
                if !values_equal(prog, *elem, a + 8 * es * i, b + 8 * es * i)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        TypeKind::Interface { .. } => iface_equal(prog, ld(a, 0), ld(b, 0)),
        TypeKind::Slice { .. } | TypeKind::Map { .. } | TypeKind::Func => Err(PanicVal::Runtime(
            format!("comparing uncomparable type {}", t.name),
        )),
        _ => {
            for i in 0..t.slots as u64 {
                if ld(a, i) != ld(b, i) {
                    return Ok(false);
                }
            }
            Ok(true)
        }
    }
}

/// Go's `==` on two interface references.
fn iface_equal(prog: &Program, x: u64, y: u64) -> Result<bool, PanicVal> {
    if x == 0 || y == 0 {
        return Ok(x == y);
    }
    // SAFETY: non-nil interface references are boxes made by the VM.
    let (tx, ty) = unsafe { (heap::kind_and_type(x).1, heap::kind_and_type(y).1) };
    if tx != ty {
        return Ok(false);
    }
    values_equal(prog, tx, x, y)
}

fn type_name(prog: &Program, ty: u32) -> &str {
    prog.module
        .types
        .get(ty as usize)
        .map_or("?", |t| t.name.as_str())
}

/// Go's malloc size classes (bytes), used so `cap()` after `append` matches Go.
const SIZE_CLASSES: &[u64] = &[
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320, 352,
    384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728,
    10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
    32768,
];

/// The size in bytes Go gives a value of type `ty` (for capacity growth only).
fn go_size(prog: &Program, ty: u32, depth: u32) -> u64 {
    let Some(t) = prog.module.types.get(ty as usize) else {
        return 8;
    };
    if depth > 16 {
        return 8 * t.slots as u64;
    }
    match &t.kind {
        TypeKind::Bool => 1,
        TypeKind::Int { bits, .. } | TypeKind::Float { bits } => (*bits as u64 / 8).max(1),
        TypeKind::String | TypeKind::Interface { .. } => 16,
        TypeKind::Slice { .. } => 24,
        TypeKind::Array { elem, len } => go_size(prog, *elem, depth + 1).saturating_mul(*len),
        TypeKind::Struct { fields } => {
            let (mut size, mut align) = (0u64, 1u64);
            for f in fields {
                let fs = go_size(prog, f.ty, depth + 1);
                let fa = go_align(prog, f.ty, depth + 1);
                size = size.next_multiple_of(fa) + fs;
                align = align.max(fa);
            }
            size.next_multiple_of(align)
        }
        _ => 8,
    }
}

fn go_align(prog: &Program, ty: u32, depth: u32) -> u64 {
    match prog.module.types.get(ty as usize).map(|t| &t.kind) {
        Some(TypeKind::Bool) => 1,
        Some(TypeKind::Int { bits, .. }) | Some(TypeKind::Float { bits }) => {
            (*bits as u64 / 8).clamp(1, 8)
        }
        Some(TypeKind::Array { elem, .. }) if depth < 16 => go_align(prog, *elem, depth + 1),
        Some(TypeKind::Struct { fields }) if depth < 16 => fields
            .iter()
            .map(|f| go_align(prog, f.ty, depth + 1))
            .max()
            .unwrap_or(1),
        _ => 8,
    }
}

/// Go's `growslice` capacity for appending up to `new_len` elements of `elem_size`
/// bytes to a slice of capacity `old_cap`, rounded up to a malloc size class.
pub fn grow_cap(old_cap: u64, new_len: u64, elem_size: u64) -> u64 {
    let double = old_cap.saturating_mul(2);
    let mut cap = if new_len > double {
        new_len
    } else if old_cap < 256 {
        double
    } else {
        let mut c = old_cap;
        while c < new_len {
            c = c.saturating_add((c + 3 * 256) / 4);
        }
        c
    };
    if elem_size > 0 {
        let bytes = cap.saturating_mul(elem_size);
        let rounded = match SIZE_CLASSES.iter().find(|&&c| c >= bytes) {
            Some(&c) => c,
            None => bytes.next_multiple_of(8192),
        };
        cap = (rounded / elem_size).max(cap);
    }
    cap
}

/// The elements behind a slice's array register `arr` (an `Array` or a `View`;
/// 0 = nil): the address of element 0, the element type, its slot count and the
/// number of elements.
fn array_elem(prog: &Program, arr: u64) -> Option<(u64, u32, u64, u64)> {
    // SAFETY: `arr` comes from a slice's array register, a VM-made reference.
    let (base, ty, alen) = unsafe { heap::backing(arr) }?;
    let es = prog.module.types.get(ty as usize).map_or(1, |t| t.slots) as u64;
    Some((base, ty, es, alen))
}

/// The slots of elements `off..off+len` of array `arr` (clamped to the array).
fn slice_slots(prog: &Program, arr: u64, off: u64, len: u64) -> Vec<u64> {
    let Some((base, _, es, alen)) = array_elem(prog, arr) else {
        return Vec::new();
    };
    let end = off.saturating_add(len).min(alen);
    (off.min(end)..end)
        .map(|e| {
            // SAFETY: element `e < alen` of `es` slots; its first slot is in the
            // backing's elements.
            unsafe { heap::slot(base, (e * es) as usize) }.load(Relaxed)
        })
        .collect()
}

/// A new array of `vals.len()` one-slot elements of type `ty`, as slice slots.
fn new_slice_of(ty: u32, vals: &[u64]) -> [u64; 4] {
    if vals.is_empty() {
        return [0; 4];
    }
    let arr = heap::alloc_array(ty, 1, vals.len());
    for (i, &v) in vals.iter().enumerate() {
        // SAFETY: `arr` has `vals.len()` one-slot elements.
        unsafe { heap::slot(arr, i) }.store(v, Relaxed);
    }
    let n = vals.len() as u64;
    [arr, 0, n, n]
}

/// Decodes the UTF-8 rune at `i` of `b` as Go does: (U+FFFD, 1) when invalid.
pub fn decode_rune(b: &[u8], i: usize) -> (u32, usize) {
    let Some(&c) = b.get(i) else {
        return (0xFFFD, 1);
    };
    let w = match c {
        0x00..=0x7F => return (c as u32, 1),
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF7 => 4,
        _ => return (0xFFFD, 1),
    };
    match b.get(i..i + w).and_then(|s| std::str::from_utf8(s).ok()) {
        Some(s) => (s.chars().next().map_or(0xFFFD, |ch| ch as u32), w),
        None => (0xFFFD, 1),
    }
}

/// `string(rune)` bytes: invalid code points give U+FFFD.
fn rune_bytes(r: u64, out: &mut Vec<u8>) {
    let ch = u32::try_from(r as i64)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
}

/// Runs `StrConv` of `kind` on the slots at `a`; returns the result slots.
fn str_conv(prog: &Program, kind: u16, a: [u64; 4]) -> [u64; 4] {
    match kind {
        0 => {
            let mut v = Vec::new();
            rune_bytes(a[0], &mut v);
            [heap::alloc_string(&v), 0, 0, 0]
        }
        1 => {
            let bytes: Vec<u8> = slice_slots(prog, a[0], a[1], a[2])
                .iter()
                .map(|&b| b as u8)
                .collect();
            [heap::alloc_string(&bytes), 0, 0, 0]
        }
        2 => {
            // SAFETY: the operand is a string reference (verified kind).
            let b = unsafe { heap::str_bytes(a[0]) };
            let vals: Vec<u64> = b.iter().map(|&x| x as u64).collect();
            new_slice_of(prog.byte_ty, &vals)
        }
        3 => {
            let mut v = Vec::new();
            for r in slice_slots(prog, a[0], a[1], a[2]) {
                rune_bytes(r as u32 as i32 as i64 as u64, &mut v);
            }
            [heap::alloc_string(&v), 0, 0, 0]
        }
        _ => {
            // SAFETY: the operand is a string reference (verified kind).
            let b = unsafe { heap::str_bytes(a[0]) };
            let mut vals = Vec::new();
            let mut i = 0;
            while i < b.len() {
                let (r, w) = decode_rune(b, i);
                vals.push(r as u64);
                i += w;
            }
            new_slice_of(prog.rune_ty, &vals)
        }
    }
}

/// Runs `g` from its innermost frame until the frame stack drops to `stop` frames
/// (0 at top level) or the goroutine yields, parks or dies.
pub fn run(ex: &mut Exec, g: &mut Goroutine, stop: usize) -> Outcome {
    // The budget lives in a local (a register in the hot loop) and is written back
    // to `ex` whenever control leaves the loop (natives, returns).
    let mut budget = ex.budget;
    macro_rules! ret {
        ($o:expr) => {{
            let o = $o;
            ex.budget = budget;
            return o;
        }};
    }
    let prog: &Program = ex.prog;
    let funcs = &prog.module.funcs;
    let types = &prog.module.types;

    // Frame locals, re-derived by `load_frame!` after anything that may change the
    // frame stack or move the register stack.
    let mut fi: usize;
    let mut code: &[Op];
    let mut pc: usize;
    let mut base: usize;
    let mut regs: *mut u64;
    let mut closure: u64;
    let mut nparams: usize;
    #[cfg(feature = "debug-checks")]
    let mut nregs: usize;

    macro_rules! load_frame {
        () => {{
            let Some(f) = g.frames.last() else {
                ret!(Outcome::Done);
            };
            fi = f.func as usize;
            pc = f.pc as usize;
            base = f.base as usize;
            closure = f.closure;
            #[cfg(feature = "debug-checks")]
            let func = &funcs[fi];
            // SAFETY: a frame's function index was checked (indexed) when the frame
            // was pushed, and the module does not change while it runs.
            #[cfg(not(feature = "debug-checks"))]
            let func = unsafe { funcs.get_unchecked(fi) };
            code = &func.code;
            nparams = func.param_slots as usize;
            #[cfg(feature = "debug-checks")]
            {
                nregs = funcs[fi].nregs as usize;
                assert!(
                    base + nregs <= g.regs.len(),
                    "frame window outside the stack"
                );
            }
            // SAFETY: `base` is within `regs` (a call reserved the whole window).
            regs = unsafe { g.regs.as_mut_ptr().add(base) };
        }};
    }
    macro_rules! save_pc {
        () => {{
            if let Some(f) = g.frames.last_mut() {
                f.pc = pc as u32;
            }
        }};
    }
    // Register access. SAFETY (for every use): the verifier guarantees the index is
    // below the function's `nregs`, and the frame's whole window was reserved.
    macro_rules! r {
        ($i:expr) => {
            *{
                let i = $i as usize;
                #[cfg(feature = "debug-checks")]
                assert!(
                    i < nregs,
                    "register {} out of range in {}",
                    i,
                    funcs[fi].name
                );
                regs.add(i)
            }
        };
    }
    macro_rules! throw {
        ($v:expr) => {{
            let v = $v;
            save_pc!();
            match begin_panic(prog, g, v, stop) {
                Some(o) => ret!(o),
                None => {
                    load_frame!();
                    continue;
                }
            }
        }};
    }
    macro_rules! charge {
        ($n:expr) => {{
            budget -= $n;
            if budget <= 0 {
                if stop == 0 {
                    save_pc!();
                    ret!(Outcome::Yield { global: false });
                }
                budget = BUDGET;
                if ex.sched.is_shutdown() {
                    save_pc!();
                    ret!(Outcome::Yield { global: false });
                }
            }
        }};
    }
    // After an allocation: if a collection is wanted, end the slice at the next
    // budget check so this worker reaches its safepoint soon (bounds how far the
    // heap overshoots its trigger or limit).
    macro_rules! alloc_poll {
        () => {{
            if heap::preempt_requested() && budget > 0 {
                ex.gc_budget = Some(budget);
                budget = 0;
            }
        }};
    }
    macro_rules! jump {
        ($off:expr) => {{
            let off = $off as isize;
            pc = (pc as isize + off) as usize;
            if off < 0 {
                charge!(1);
            }
        }};
    }
    macro_rules! binop {
        ($dst:expr, $a:expr, $b:expr, |$x:ident, $y:ident| $e:expr) => {{
            // SAFETY: see `r!`.
            unsafe {
                let $x = r!($a);
                let $y = r!($b);
                r!($dst) = $e;
            }
        }};
    }
    macro_rules! fbinop {
        ($dst:expr, $a:expr, $b:expr, |$x:ident, $y:ident| $e:expr) => {
            binop!($dst, $a, $b, |p, q| {
                let $x = f64::from_bits(p);
                let $y = f64::from_bits(q);
                $e
            })
        };
    }
    // Element `$i` of the slice in registers `$s..$s+4`: (backing array, element
    // index in it, element type), or Go's index panic.
    macro_rules! element_of {
        ($s:expr, $i:expr) => {{
            // SAFETY: `s..s+4` and `i` are verified registers.
            let (slice, idx) =
                unsafe { ([r!($s), r!($s as usize + 1), r!($s as usize + 2)], r!($i)) };
            match element(slice, idx) {
                Ok(x) => x,
                Err(v) => throw!(v),
            }
        }};
    }
    macro_rules! strcmp {
        ($dst:expr, $a:expr, $b:expr, |$x:ident, $y:ident| $e:expr) => {
            binop!($dst, $a, $b, |p, q| {
                // SAFETY: string operands are string references (verifier kind check).
                let ($x, $y) = (heap::str_bytes(p), heap::str_bytes(q));
                ($e) as u64
            })
        };
    }

    load_frame!();
    loop {
        #[cfg(feature = "debug-checks")]
        let op = code[pc];
        // SAFETY: the verifier guarantees control never leaves the code.
        #[cfg(not(feature = "debug-checks"))]
        let op = unsafe { *code.get_unchecked(pc) };
        pc += 1;
        match op {
            Op::Nop {} => {}
            // SAFETY (all register arms): see `r!`.
            Op::Move { dst, src } => unsafe { r!(dst) = r!(src) },
            Op::MoveN { dst, src, n } => {
                #[cfg(feature = "debug-checks")]
                assert!(dst as usize + n as usize <= nregs && src as usize + n as usize <= nregs);
                // SAFETY: both ranges are inside the frame (verified); copy is a memmove.
                unsafe {
                    std::ptr::copy(regs.add(src as usize), regs.add(dst as usize), n as usize)
                }
            }
            Op::Zero { dst, n } => {
                #[cfg(feature = "debug-checks")]
                assert!(dst as usize + n as usize <= nregs);
                // SAFETY: the range is inside the frame (verified).
                unsafe { std::ptr::write_bytes(regs.add(dst as usize), 0, n as usize) }
            }
            Op::LoadInt { dst, v } => unsafe { r!(dst) = v as i64 as u64 },
            Op::LoadConst { dst, k } => unsafe { r!(dst) = prog.consts[k as usize] },
            Op::LoadGlobal { dst, g: gi } => {
                // SAFETY: `gi < globals` (verified) and the globals box has that many slots.
                unsafe { r!(dst) = heap::slot(prog.globals, gi as usize).load(Relaxed) }
            }
            Op::StoreGlobal { g: gi, src } => {
                // SAFETY: as for LoadGlobal.
                unsafe { heap::slot(prog.globals, gi as usize).store(r!(src), Relaxed) }
            }
            Op::GlobalAddr { dst, g: gi } => unsafe { r!(dst) = prog.globals + 8 * gi as u64 },

            Op::AddI { dst, a, b } => binop!(dst, a, b, |x, y| x.wrapping_add(y)),
            Op::SubI { dst, a, b } => binop!(dst, a, b, |x, y| x.wrapping_sub(y)),
            Op::MulI { dst, a, b } => binop!(dst, a, b, |x, y| x.wrapping_mul(y)),
            Op::DivI { dst, a, b }
            | Op::RemI { dst, a, b }
            | Op::DivU { dst, a, b }
            | Op::RemU { dst, a, b } => {
                // SAFETY: see `r!`.
                let (x, y) = unsafe { (r!(a), r!(b)) };
                if y == 0 {
                    throw!(PanicVal::Runtime("integer divide by zero".into()));
                }
                let v = match op {
                    Op::DivI { .. } => (x as i64).wrapping_div(y as i64) as u64,
                    Op::RemI { .. } => (x as i64).wrapping_rem(y as i64) as u64,
                    Op::DivU { .. } => x / y,
                    _ => x % y,
                };
                unsafe { r!(dst) = v }
            }
            Op::AndI { dst, a, b } => binop!(dst, a, b, |x, y| x & y),
            Op::OrI { dst, a, b } => binop!(dst, a, b, |x, y| x | y),
            Op::XorI { dst, a, b } => binop!(dst, a, b, |x, y| x ^ y),
            Op::AndNotI { dst, a, b } => binop!(dst, a, b, |x, y| x & !y),
            Op::ShlI { dst, a, b } | Op::ShrI { dst, a, b } | Op::ShrU { dst, a, b } => {
                // SAFETY: see `r!`.
                let (x, y) = unsafe { (r!(a), r!(b)) };
                if (y as i64) < 0 {
                    throw!(PanicVal::Runtime("negative shift amount".into()));
                }
                let v = match op {
                    Op::ShlI { .. } => {
                        if y >= 64 {
                            0
                        } else {
                            x << y
                        }
                    }
                    Op::ShrI { .. } => ((x as i64) >> y.min(63)) as u64,
                    _ => {
                        if y >= 64 {
                            0
                        } else {
                            x >> y
                        }
                    }
                };
                unsafe { r!(dst) = v }
            }
            Op::AddIImm { dst, a, v } => unsafe { r!(dst) = r!(a).wrapping_add(v as i64 as u64) },
            // SAFETY (the nine immediate arms): see `r!`; `v` is verified non-zero
            // for division and in 0..64 for shifts (`nonzero`/`& 63` only keep a
            // forged module from faulting).
            Op::MulIImm { dst, a, v } => unsafe { r!(dst) = r!(a).wrapping_mul(v as i64 as u64) },
            Op::DivIImm { dst, a, v } => unsafe {
                r!(dst) = (r!(a) as i64).wrapping_div(nonzero(v)) as u64
            },
            Op::RemIImm { dst, a, v } => unsafe {
                r!(dst) = (r!(a) as i64).wrapping_rem(nonzero(v)) as u64
            },
            Op::AndIImm { dst, a, v } => unsafe { r!(dst) = r!(a) & v as i64 as u64 },
            Op::OrIImm { dst, a, v } => unsafe { r!(dst) = r!(a) | v as i64 as u64 },
            Op::XorIImm { dst, a, v } => unsafe { r!(dst) = r!(a) ^ v as i64 as u64 },
            Op::ShlIImm { dst, a, v } => unsafe { r!(dst) = r!(a) << (v & 63) },
            Op::ShrIImm { dst, a, v } => unsafe { r!(dst) = ((r!(a) as i64) >> (v & 63)) as u64 },
            Op::ShrUImm { dst, a, v } => unsafe { r!(dst) = r!(a) >> (v & 63) },
            Op::NegI { dst, a } => unsafe { r!(dst) = (r!(a) as i64).wrapping_neg() as u64 },
            Op::BitNotI { dst, a } => unsafe { r!(dst) = !r!(a) },
            Op::Not { dst, a } => unsafe { r!(dst) = (r!(a) == 0) as u64 },
            Op::SignExt { dst, a, bits } => unsafe {
                let x = r!(a);
                r!(dst) = match bits {
                    0 => 0,
                    1..=63 => (((x << (64 - bits)) as i64) >> (64 - bits)) as u64,
                    _ => x,
                }
            },
            Op::ZeroExt { dst, a, bits } => unsafe {
                let x = r!(a);
                r!(dst) = if bits >= 64 {
                    x
                } else {
                    x & ((1u64 << bits) - 1)
                }
            },

            Op::AddF { dst, a, b } => fbinop!(dst, a, b, |x, y| (x + y).to_bits()),
            Op::SubF { dst, a, b } => fbinop!(dst, a, b, |x, y| (x - y).to_bits()),
            Op::MulF { dst, a, b } => fbinop!(dst, a, b, |x, y| (x * y).to_bits()),
            Op::DivF { dst, a, b } => fbinop!(dst, a, b, |x, y| (x / y).to_bits()),
            Op::NegF { dst, a } => unsafe { r!(dst) = (-f64::from_bits(r!(a))).to_bits() },
            Op::IToF { dst, a } => unsafe { r!(dst) = (r!(a) as i64 as f64).to_bits() },
            Op::FToI { dst, a } => unsafe { r!(dst) = f64::from_bits(r!(a)) as i64 as u64 },
            Op::UToF { dst, a } => unsafe { r!(dst) = (r!(a) as f64).to_bits() },
            Op::FToU { dst, a } => unsafe { r!(dst) = f64::from_bits(r!(a)) as u64 },
            Op::F32Round { dst, a } => unsafe {
                r!(dst) = (f64::from_bits(r!(a)) as f32 as f64).to_bits()
            },

            Op::EqI { dst, a, b } => binop!(dst, a, b, |x, y| (x == y) as u64),
            Op::NeI { dst, a, b } => binop!(dst, a, b, |x, y| (x != y) as u64),
            Op::LtI { dst, a, b } => binop!(dst, a, b, |x, y| ((x as i64) < (y as i64)) as u64),
            Op::LeI { dst, a, b } => binop!(dst, a, b, |x, y| ((x as i64) <= (y as i64)) as u64),
            Op::LtU { dst, a, b } => binop!(dst, a, b, |x, y| (x < y) as u64),
            Op::LeU { dst, a, b } => binop!(dst, a, b, |x, y| (x <= y) as u64),
            Op::EqF { dst, a, b } => fbinop!(dst, a, b, |x, y| (x == y) as u64),
            Op::NeF { dst, a, b } => fbinop!(dst, a, b, |x, y| (x != y) as u64),
            Op::LtF { dst, a, b } => fbinop!(dst, a, b, |x, y| (x < y) as u64),
            Op::LeF { dst, a, b } => fbinop!(dst, a, b, |x, y| (x <= y) as u64),
            Op::EqS { dst, a, b } => strcmp!(dst, a, b, |x, y| x == y),
            Op::NeS { dst, a, b } => strcmp!(dst, a, b, |x, y| x != y),
            Op::LtS { dst, a, b } => strcmp!(dst, a, b, |x, y| x < y),
            Op::LeS { dst, a, b } => strcmp!(dst, a, b, |x, y| x <= y),

            Op::Concat { dst, a, b } => {
                // SAFETY: see `r!`; operands are string references (verified kinds).
                unsafe {
                    let (x, y) = (r!(a), r!(b));
                    r!(dst) = if x == 0 {
                        y
                    } else if y == 0 {
                        x
                    } else {
                        let (p, q) = (heap::str_bytes(x), heap::str_bytes(y));
                        let mut v = Vec::with_capacity(p.len() + q.len());
                        v.extend_from_slice(p);
                        v.extend_from_slice(q);
                        heap::alloc_string(&v)
                    }
                }
                alloc_poll!();
            }
            // SAFETY: a string reference (verified kind).
            Op::StrLen { dst, a } => unsafe { r!(dst) = heap::obj_len(r!(a)) },
            Op::StrIndex { dst, s, i } => {
                // SAFETY: see `r!`; `s` holds a string reference.
                let (bytes, i) = unsafe { (heap::str_bytes(r!(s)), r!(i) as i64) };
                if i < 0 || i as u64 >= bytes.len() as u64 {
                    throw!(PanicVal::index_out_of_range(i, bytes.len() as u64));
                }
                unsafe { r!(dst) = bytes[i as usize] as u64 }
            }
            Op::StrSlice { dst, s, lo } => {
                // SAFETY: see `r!`; `lo` and `lo + 1` are verified registers.
                let (bytes, l, h) = unsafe {
                    (
                        heap::str_bytes(r!(s)),
                        r!(lo) as i64,
                        r!(lo as usize + 1) as i64,
                    )
                };
                let n = bytes.len() as u64;
                if h < 0 || h as u64 > n || l < 0 || l > h {
                    throw!(PanicVal::slice_bounds(l, h, n, "length"));
                }
                let v = heap::alloc_string(&bytes[l as usize..h as usize]);
                unsafe { r!(dst) = v }
                alloc_poll!();
            }

            Op::StrConv { dst, a, kind } => {
                let n_in = if kind == 1 || kind == 3 { 4 } else { 1 };
                let mut input = [0u64; 4];
                for (k, v) in input.iter_mut().enumerate().take(n_in) {
                    // SAFETY: the verifier checks the operand span for this kind.
                    *v = unsafe { r!(a as usize + k) };
                }
                let out = str_conv(prog, kind, input);
                alloc_poll!();
                let n_out = if kind == 2 || kind == 4 { 4 } else { 1 };
                for (k, &v) in out.iter().enumerate().take(n_out) {
                    // SAFETY: the verifier checks the result span for this kind.
                    unsafe { r!(dst as usize + k) = v }
                }
            }
            Op::StrDecodeRune { dst, s, i } => {
                // SAFETY: see `r!`; `s` holds a string reference.
                let (b, idx) = unsafe { (heap::str_bytes(r!(s)), r!(i) as i64) };
                if idx < 0 || idx as u64 >= b.len() as u64 {
                    throw!(PanicVal::index_out_of_range(idx, b.len() as u64));
                }
                let (rune, w) = decode_rune(b, idx as usize);
                // SAFETY: `dst` and `dst + 1` are verified registers.
                unsafe {
                    r!(dst) = rune as u64;
                    r!(dst as usize + 1) = w as u64;
                }
            }
            Op::Grow { s, n, ty } => {
                // SAFETY: `s..s+4` and `n` are verified registers.
                let (arr, off, len, cap, k) = unsafe {
                    (
                        r!(s),
                        r!(s as usize + 1),
                        r!(s as usize + 2),
                        r!(s as usize + 3),
                        r!(n) as i64,
                    )
                };
                if k < 0 {
                    throw!(PanicVal::Runtime("growslice: len out of range".into()));
                }
                let new_len = len.saturating_add(k as u64);
                let es = types.get(ty as usize).map_or(1, |t| t.slots) as u64;
                let (base, alen) = match array_elem(prog, arr) {
                    Some((base, _, _, alen)) => (base, alen),
                    None => (0, 0),
                };
                if new_len <= cap && off.saturating_add(new_len) <= alen {
                    // In place: the new elements are overwritten by the append
                    // that follows (not zeroed: `append(s[:i], s[i+1:]...)` reads
                    // them as its source).
                    unsafe { r!(s as usize + 2) = new_len }
                } else {
                    let new_cap = grow_cap(cap, new_len, go_size(prog, ty as u32, 0));
                    if new_cap > (1u64 << 40) / es.max(1) {
                        throw!(PanicVal::Runtime("growslice: len out of range".into()));
                    }
                    let na = heap::alloc_array(ty as u32, es as usize, new_cap as usize);
                    let keep = len.min(alen.saturating_sub(off));
                    for j in 0..keep * es {
                        // SAFETY: slot `off*es + j` is inside the old array (keep
                        // elements from `off` fit), and `j` inside the new one.
                        unsafe {
                            let v = heap::slot(base, (off * es + j) as usize).load(Relaxed);
                            heap::slot(na, j as usize).store(v, Relaxed);
                        }
                    }
                    unsafe {
                        r!(s) = na;
                        r!(s as usize + 1) = 0;
                        r!(s as usize + 2) = new_len;
                        r!(s as usize + 3) = new_cap;
                    }
                    alloc_poll!();
                }
            }
            Op::SliceSlice { dst, s, lo } => {
                // SAFETY: `s..s+4` and `lo..lo+3` are verified registers.
                let (arr, off, cap, l, h, m) = unsafe {
                    (
                        r!(s),
                        r!(s as usize + 1),
                        r!(s as usize + 3),
                        r!(lo) as i64,
                        r!(lo as usize + 1) as i64,
                        r!(lo as usize + 2) as i64,
                    )
                };
                let three = m as u64 != cap;
                if m < 0 || m as u64 > cap || h < 0 || h > m || l < 0 || l > h {
                    let msg = if !three {
                        PanicVal::slice_bounds(l, h, cap, "capacity")
                    } else if m < 0 {
                        PanicVal::Runtime(format!("slice bounds out of range [::{m}]"))
                    } else if m as u64 > cap {
                        PanicVal::Runtime(format!(
                            "slice bounds out of range [::{m}] with capacity {cap}"
                        ))
                    } else if h < 0 || h > m {
                        PanicVal::Runtime(format!("slice bounds out of range [:{h}:{m}]"))
                    } else {
                        PanicVal::Runtime(format!("slice bounds out of range [{l}:{h}:]"))
                    };
                    throw!(msg);
                }
                // SAFETY: `dst..dst+4` are verified registers.
                unsafe {
                    r!(dst) = arr;
                    r!(dst as usize + 1) = off.wrapping_add(l as u64);
                    r!(dst as usize + 2) = (h - l) as u64;
                    r!(dst as usize + 3) = (m - l) as u64;
                }
            }
            Op::CopySlice { dst, a, b } => {
                // SAFETY: `a..a+4`, `b..b+4` and `dst` are verified registers.
                let (aa, ao, al, ba, bo, bl) = unsafe {
                    (
                        r!(a),
                        r!(a as usize + 1),
                        r!(a as usize + 2),
                        r!(b),
                        r!(b as usize + 1),
                        r!(b as usize + 2),
                    )
                };
                let mut n = al.min(bl);
                let (ea, eb) = (array_elem(prog, aa), array_elem(prog, ba));
                let (pa, pb, la, lb, es) = match (ea, eb) {
                    (Some((pa, _, x, la)), Some((pb, _, y, lb))) if x == y => (pa, pb, la, lb, x),
                    _ => {
                        n = 0;
                        (0, 0, 0, 0, 1)
                    }
                };
                if n > 0 {
                    n = n.min(la.saturating_sub(ao)).min(lb.saturating_sub(bo));
                    let (src, dstp, total) = (bo * es, ao * es, n * es);
                    let copy_one = |j: u64| {
                        // SAFETY: `j < n*es`, and `n` elements fit in both arrays
                        // from their offsets (clamped above).
                        unsafe {
                            let v = heap::slot(pb, (src + j) as usize).load(Relaxed);
                            heap::slot(pa, (dstp + j) as usize).store(v, Relaxed);
                        }
                    };
                    // memmove: backwards when the destination starts later in memory
                    if pa + 8 * dstp > pb + 8 * src {
                        (0..total).rev().for_each(copy_one);
                    } else {
                        (0..total).for_each(copy_one);
                    }
                }
                unsafe { r!(dst) = n }
            }

            Op::Jmp { off } => jump!(off),
            Op::JmpIf { c, off } => {
                if unsafe { r!(c) } != 0 {
                    jump!(off)
                }
            }
            Op::JmpIfNot { c, off } => {
                if unsafe { r!(c) } == 0 {
                    jump!(off)
                }
            }
            Op::JmpLtI { a, b, off } => {
                if unsafe { (r!(a) as i64) < (r!(b) as i64) } {
                    jump!(off)
                }
            }
            Op::IncJmpLtI { i, n, off } => {
                // SAFETY: see `r!`.
                let v = unsafe {
                    let v = r!(i).wrapping_add(1);
                    r!(i) = v;
                    v
                };
                if unsafe { (v as i64) < (r!(n) as i64) } {
                    jump!(off)
                }
            }
            Op::IncJmpLeI { i, n, off } => {
                // SAFETY: see `r!`.
                let v = unsafe {
                    let v = r!(i).wrapping_add(1);
                    r!(i) = v;
                    v
                };
                if unsafe { (v as i64) <= (r!(n) as i64) } {
                    jump!(off)
                }
            }
            Op::JmpLeI { a, b, off } => {
                if unsafe { (r!(a) as i64) <= (r!(b) as i64) } {
                    jump!(off)
                }
            }
            Op::JmpEqI { a, b, off } => {
                if unsafe { r!(a) == r!(b) } {
                    jump!(off)
                }
            }
            Op::JmpNeI { a, b, off } => {
                if unsafe { r!(a) != r!(b) } {
                    jump!(off)
                }
            }
            // SAFETY (the six arms): see `r!`.
            Op::JmpLtIImm { a, v, off } => {
                if unsafe { (r!(a) as i64) < v as i64 } {
                    jump!(off)
                }
            }
            Op::JmpLeIImm { a, v, off } => {
                if unsafe { (r!(a) as i64) <= v as i64 } {
                    jump!(off)
                }
            }
            Op::JmpGtIImm { a, v, off } => {
                if unsafe { (r!(a) as i64) > v as i64 } {
                    jump!(off)
                }
            }
            Op::JmpGeIImm { a, v, off } => {
                if unsafe { (r!(a) as i64) >= v as i64 } {
                    jump!(off)
                }
            }
            Op::JmpEqIImm { a, v, off } => {
                if unsafe { r!(a) as i64 == v as i64 } {
                    jump!(off)
                }
            }
            Op::JmpNeIImm { a, v, off } => {
                if unsafe { r!(a) as i64 != v as i64 } {
                    jump!(off)
                }
            }

            Op::Call { func, a } => {
                save_pc!();
                let callee = base + a as usize;
                if !push_frame(g, prog, func, callee, 0, 0) {
                    throw!(PanicVal::StackOverflow);
                }
                // The frame just pushed (what `load_frame!` would read back).
                fi = func as usize;
                pc = 0;
                base = callee;
                closure = 0;
                // SAFETY: `push_frame` indexed `funcs[func]`, so it is in range.
                let f = unsafe { funcs.get_unchecked(fi) };
                code = &f.code;
                nparams = f.param_slots as usize;
                #[cfg(feature = "debug-checks")]
                {
                    nregs = f.nregs as usize;
                }
                // SAFETY: the callee's whole window was reserved by `push_frame`.
                regs = unsafe { g.regs.as_mut_ptr().add(base) };
                charge!(1);
            }
            Op::CallValue { f, a } => {
                let c = unsafe { r!(f) };
                let func = match closure_func(prog, c) {
                    Ok(func) => func,
                    Err(v) => throw!(v),
                };
                save_pc!();
                if !push_frame(g, prog, func, base + a as usize, c, 0) {
                    throw!(PanicVal::StackOverflow);
                }
                load_frame!();
                charge!(1);
            }
            Op::CallMethod { a, m } => {
                // SAFETY: `a` is a verified (interface) register.
                let b = unsafe { r!(a) };
                let func = match method_target(prog, b, m) {
                    Ok((func, None)) => func,
                    Ok((func, Some(recv))) => {
                        // A direct entry: the method takes the box's one slot.
                        unsafe { r!(a) = recv };
                        func
                    }
                    Err(v) => throw!(v),
                };
                save_pc!();
                if !push_frame(g, prog, func, base + a as usize, 0, 0) {
                    throw!(PanicVal::StackOverflow);
                }
                load_frame!();
                charge!(1);
            }
            Op::CallNative { native, a } => {
                save_pc!();
                let nf = prog.natives[native as usize];
                ex.budget = budget;
                let res = {
                    let mut cx = NativeCtx {
                        ex: &mut *ex,
                        g: &mut *g,
                        a: base + a as usize,
                        r: base
                            + a as usize
                            + prog.module.natives[native as usize].param_slots as usize,
                    };
                    nf(&mut cx)
                };
                budget = ex.budget;
                alloc_poll!();
                match res {
                    // A native leaves the frame stack as it found it (a Go call it
                    // makes through `call_nested` returns first), but the register
                    // stack may have moved.
                    // SAFETY: as in `load_frame!`.
                    NativeResult::Ok => regs = unsafe { g.regs.as_mut_ptr().add(base) },
                    NativeResult::Yield => ret!(Outcome::Yield { global: true }),
                    // (In a nested run, `call_nested` turns this into a clean failure.)
                    NativeResult::Park(req) => ret!(Outcome::Park(req)),
                    NativeResult::Panic(v) => throw!(v),
                }
            }
            Op::Ret { a, n } => {
                if n > 0 {
                    #[cfg(feature = "debug-checks")]
                    assert!(a as usize + n as usize <= nregs && nparams + n as usize <= nregs);
                    // SAFETY: `a + n <= nregs` (verified) and `param_slots + n <= nregs`
                    // (ensured at load); memmove within the frame. Results go after
                    // the parameters: the caller's result window.
                    unsafe { copy_regs(regs.add(a as usize), regs.add(nparams), n as usize) }
                }
                let popped = g.frames.pop();
                if popped.is_some_and(|f| f.flags & FRAME_PANIC_DEFER != 0) {
                    // A deferred call run by unwinding returned: either it
                    // recovered (resume its deferring function) or unwinding goes on.
                    let idx = g.frames.len();
                    if !finish_recovery(prog, g, idx) {
                        if let Some(o) = unwind(prog, g, stop) {
                            ret!(o);
                        }
                    }
                }
                if g.frames.len() <= stop {
                    ret!(Outcome::Done);
                }
                load_frame!();
            }
            Op::RunDefers {} => {
                let depth = g.frames.len();
                if g.defers.last().is_some_and(|d| d.depth as usize == depth) {
                    let Some(d) = g.defers.pop() else { continue };
                    if let Err(v) = closure_func(prog, d.closure) {
                        throw!(v);
                    }
                    // Come back to this RunDefers when the deferred call returns.
                    pc -= 1;
                    save_pc!();
                    let top = base + funcs[fi].nregs as usize;
                    if let Err(v) = call_deferred(g, prog, d, top, 0) {
                        throw!(v);
                    }
                    load_frame!();
                    charge!(1);
                }
            }
            Op::Go { f, a, n } => {
                let c = unsafe { r!(f) };
                #[cfg(feature = "debug-checks")]
                assert!(a as usize + n as usize <= nregs);
                // SAFETY: `a + n <= nregs` (verified).
                let args = unsafe { std::slice::from_raw_parts(regs.add(a as usize), n as usize) };
                let created = CreatedBy {
                    func: fi as u32,
                    pc: (pc - 1) as u32,
                    goid: g.id,
                };
                if let Err(v) = ex
                    .sched
                    .spawn(ex.local.as_deref_mut(), c, args, Some(created))
                {
                    throw!(v);
                }
                charge!(GO_COST);
            }
            Op::Defer { f, a, n } => {
                #[cfg(feature = "debug-checks")]
                assert!(a as usize + n as usize <= nregs);
                // SAFETY: `a + n <= nregs` (verified).
                let args = unsafe { std::slice::from_raw_parts(regs.add(a as usize), n as usize) };
                let d = Deferred {
                    closure: unsafe { r!(f) },
                    args: args.into(),
                    depth: g.frames.len() as u32,
                };
                g.defers.push(d);
            }

            Op::FuncRef { dst, func } => unsafe { r!(dst) = prog.static_closures[func as usize] },
            Op::MakeClosure { dst, func, a } => {
                let nc = funcs[func as usize].ncaptures as usize;
                #[cfg(feature = "debug-checks")]
                assert!(a as usize + nc <= nregs);
                // SAFETY: `a + ncaptures <= nregs` (verified).
                let caps = unsafe { std::slice::from_raw_parts(regs.add(a as usize), nc) };
                let c = heap::alloc_closure(func as u32, caps);
                unsafe { r!(dst) = c }
                alloc_poll!();
            }
            Op::LoadCapture { dst, idx } => {
                // SAFETY: a non-nil frame closure is a closure object made by the VM.
                if closure == 0 || idx as u64 >= unsafe { heap::obj_len(closure) } {
                    throw!(PanicVal::Runtime("closure has no such capture".into()));
                }
                // SAFETY: `idx` is below the closure's capture count (checked above).
                unsafe { r!(dst) = heap::slot(closure, idx as usize).load(Relaxed) }
            }

            Op::New { dst, ty } => {
                // An array is allocated as an Array object (same payload layout)
                // so that it can back slices of it.
                let b = match &types[ty as usize].kind {
                    TypeKind::Array { elem, len } => {
                        let es = types.get(*elem as usize).map_or(1, |e| e.slots) as usize;
                        heap::alloc_array(*elem, es, *len as usize)
                    }
                    _ => heap::alloc_box(ty, types[ty as usize].slots as usize),
                };
                unsafe { r!(dst) = b }
                alloc_poll!();
            }
            Op::Load { dst, p, off } => {
                let ptr = unsafe { r!(p) };
                if ptr == 0 {
                    throw!(PanicVal::NilDeref);
                }
                // SAFETY: `ptr` is a VM-made pointer (reference register) and the
                // compiler's offsets stay inside the pointee.
                unsafe { r!(dst) = heap::slot(ptr, off as usize).load(Relaxed) }
            }
            Op::Store { p, off, src } => {
                let ptr = unsafe { r!(p) };
                if ptr == 0 {
                    throw!(PanicVal::NilDeref);
                }
                // SAFETY: as for Load.
                unsafe { heap::slot(ptr, off as usize).store(r!(src), Relaxed) }
            }
            Op::LoadN { dst, p, n } => {
                let ptr = unsafe { r!(p) };
                if ptr == 0 {
                    throw!(PanicVal::NilDeref);
                }
                for i in 0..n as usize {
                    // SAFETY: as for Load; `dst + n <= nregs` (verified).
                    unsafe { r!(dst as usize + i) = heap::slot(ptr, i).load(Relaxed) }
                }
            }
            Op::StoreN { p, src, n } => {
                let ptr = unsafe { r!(p) };
                if ptr == 0 {
                    throw!(PanicVal::NilDeref);
                }
                for i in 0..n as usize {
                    // SAFETY: as for Load; `src + n <= nregs` (verified).
                    unsafe { heap::slot(ptr, i).store(r!(src as usize + i), Relaxed) }
                }
            }
            Op::AddrOff { dst, p, off } => {
                let ptr = unsafe { r!(p) };
                if ptr == 0 {
                    throw!(PanicVal::NilDeref);
                }
                unsafe { r!(dst) = ptr + 8 * off as u64 }
            }

            Op::Box { dst, src, ty } => {
                let slots = types[ty as usize].slots as usize;
                let b = heap::alloc_box(ty as u32, slots);
                for i in 0..slots {
                    // SAFETY: `b` has `slots` slots; `src + slots <= nregs` (verified).
                    unsafe { heap::slot(b, i).store(r!(src as usize + i), Relaxed) }
                }
                unsafe { r!(dst) = b }
                alloc_poll!();
            }
            Op::Unbox { dst, src, ty } | Op::UnboxOk { dst, src, ty } => {
                let b = unsafe { r!(src) };
                let slots = types[ty as usize].slots as usize;
                // SAFETY: a non-nil interface register holds a box made by the VM.
                let dyn_ty = (b != 0).then(|| unsafe { heap::kind_and_type(b).1 });
                let ok = dyn_ty == Some(ty as u32);
                let with_ok = matches!(op, Op::UnboxOk { .. });
                if !ok && !with_ok {
                    let have = match dyn_ty {
                        Some(t) => type_name(prog, t).to_string(),
                        None => "nil".to_string(),
                    };
                    throw!(PanicVal::Conversion(format!(
                        "interface conversion: interface {{}} is {}, not {}",
                        have,
                        type_name(prog, ty as u32)
                    )));
                }
                for i in 0..slots {
                    // SAFETY: the box holds a value of type `ty` with `slots` slots;
                    // `dst + slots (+1) <= nregs` (verified).
                    unsafe {
                        r!(dst as usize + i) = if ok {
                            heap::slot(b, i).load(Relaxed)
                        } else {
                            0
                        }
                    }
                }
                if with_ok {
                    unsafe { r!(dst as usize + slots) = ok as u64 }
                }
            }
            Op::IfaceEq { dst, a, b } => {
                let (x, y) = unsafe { (r!(a), r!(b)) };
                match iface_equal(prog, x, y) {
                    Ok(e) => unsafe { r!(dst) = e as u64 },
                    Err(v) => throw!(v),
                }
            }
            Op::IfaceType { dst, a } => {
                let b = unsafe { r!(a) };
                // SAFETY: a non-nil interface is a box made by the VM.
                let t = if b == 0 {
                    0
                } else {
                    (unsafe { heap::kind_and_type(b).1 }) as u64 + 1
                };
                unsafe { r!(dst) = t }
            }

            Op::MakeSlice { dst, len, ty } => {
                // SAFETY: `len` and `len + 1` are verified registers.
                let (l, c) = unsafe { (r!(len) as i64, r!(len as usize + 1) as i64) };
                let es = types[ty as usize].slots.max(1) as i64;
                if l < 0 || l > c {
                    throw!(PanicVal::Runtime("makeslice: len out of range".into()));
                }
                if c > (1i64 << 40) / es {
                    throw!(PanicVal::Runtime("makeslice: cap out of range".into()));
                }
                let arr =
                    heap::alloc_array(ty as u32, types[ty as usize].slots as usize, c as usize);
                // SAFETY: `dst..dst+4` are verified registers.
                unsafe {
                    r!(dst) = arr;
                    r!(dst as usize + 1) = 0;
                    r!(dst as usize + 2) = l as u64;
                    r!(dst as usize + 3) = c as u64;
                }
                alloc_poll!();
            }
            Op::IndexAddr { dst, s, i } => {
                let (base, e, ety) = element_of!(s, i);
                let es = types.get(ety as usize).map_or(1, |t| t.slots) as u64;
                unsafe { r!(dst) = base + 8 * e * es }
            }
            Op::Atomic { a, kind } => {
                // SAFETY: `a .. a + window(kind)` are verified registers.
                let p = unsafe { r!(a) };
                if p == 0 {
                    throw!(PanicVal::NilDeref);
                }
                // SAFETY: a non-nil pointer register holds a VM-made slot address;
                // `atomic_op` reads only the operands its kind has (verified).
                let s = unsafe { heap::slot(p, 0) };
                let arg = |i: usize| unsafe { *regs.add(a as usize + i) };
                if let Some((at, v)) = super::natives::atomic_op(kind, s, arg) {
                    unsafe { r!(a as usize + at) = v }
                }
            }
            Op::LoadElem { dst, s, i } => {
                let (base, e, _) = element_of!(s, i);
                // SAFETY: `element` checked `e` against the backing array's length,
                // which counts at least one slot per element.
                unsafe { r!(dst) = heap::slot(base, e as usize).load(Relaxed) }
            }
            Op::StoreElem { s, i, src } => {
                let (base, e, _) = element_of!(s, i);
                // SAFETY: as for LoadElem.
                unsafe { heap::slot(base, e as usize).store(r!(src), Relaxed) }
            }

            Op::MakeChan { dst, size, ty } => {
                let n = unsafe { r!(size) } as i64;
                match chan::make(prog, ty as u32, n) {
                    Ok(c) => unsafe { r!(dst) = c },
                    Err(v) => throw!(v),
                }
            }
            Op::ChanSend { ch, src, ty } => {
                let c = unsafe { r!(ch) };
                let slots = types[ty as usize].slots as usize;
                #[cfg(feature = "debug-checks")]
                assert!(src as usize + slots <= nregs);
                // SAFETY: `src + slots(ty) <= nregs` (verified); nothing else touches
                // the registers while the slice lives.
                let val = unsafe { std::slice::from_raw_parts(regs.add(src as usize), slots) };
                match chan::send(ex, c, ty as u32, val) {
                    Step::Done => {}
                    Step::Block => {
                        pc -= 1;
                        save_pc!();
                        ret!(Outcome::Park(ParkReq::Chan));
                    }
                    Step::Panic(v) => throw!(v),
                }
            }
            Op::ChanRecv { dst, ch, ty } | Op::ChanRecvOk { dst, ch, ty } => {
                let c = unsafe { r!(ch) };
                let with_ok = matches!(op, Op::ChanRecvOk { .. });
                let n = types[ty as usize].slots as usize + with_ok as usize;
                #[cfg(feature = "debug-checks")]
                assert!(dst as usize + n <= nregs);
                // SAFETY: `dst + slots(ty) (+1 for ok) <= nregs` (verified); nothing
                // else touches the registers while the slice lives.
                let out = unsafe { std::slice::from_raw_parts_mut(regs.add(dst as usize), n) };
                match chan::recv(ex, c, ty as u32, out, with_ok) {
                    Step::Done => {}
                    Step::Block => {
                        pc -= 1;
                        save_pc!();
                        ret!(Outcome::Park(ParkReq::Chan));
                    }
                    Step::Panic(v) => throw!(v),
                }
            }
            Op::ChanClose { ch } => {
                if let Err(v) = chan::close(ex, unsafe { r!(ch) }) {
                    throw!(v);
                }
            }
            Op::ChanLen { dst, ch } | Op::ChanCap { dst, ch } => {
                let c = unsafe { r!(ch) };
                let v = if matches!(op, Op::ChanLen { .. }) {
                    chan::len(c)
                } else {
                    chan::cap(c)
                };
                match v {
                    Ok(v) => unsafe { r!(dst) = v },
                    Err(v) => throw!(v),
                }
            }
            Op::Select { dst, n, block } => {
                // The verifier checked that `n` case operands follow.
                let ops = &code[pc..pc + n as usize];
                let nregs_f = funcs[fi].nregs as usize;
                // SAFETY: the frame's window `base..base+nregs` is reserved; nothing
                // else touches the registers while the slice lives.
                let frame = unsafe { std::slice::from_raw_parts_mut(regs, nregs_f) };
                match chan::select(ex, frame, ops, dst, block != 0) {
                    Step::Done => pc += n as usize,
                    Step::Block => {
                        pc -= 1;
                        save_pc!();
                        ret!(Outcome::Park(ParkReq::Chan));
                    }
                    Step::Panic(v) => throw!(v),
                }
            }
            Op::SelectRecv { .. } | Op::SelectSend { .. } => throw!(PanicVal::Runtime(
                "select case operand executed as an instruction".into()
            )),
            Op::ArrayAddr { p, i, ty } => {
                let (ptr, idx) = unsafe { (r!(p), r!(i) as i64) };
                let (len, es) = match types.get(ty as usize).map(|t| &t.kind) {
                    Some(TypeKind::Array { elem, len }) => (
                        *len,
                        types.get(*elem as usize).map_or(1, |e| e.slots) as u64,
                    ),
                    _ => (0, 1),
                };
                if idx < 0 || idx as u64 >= len {
                    throw!(PanicVal::index_out_of_range(idx, len));
                }
                if ptr == 0 {
                    throw!(PanicVal::NilDeref);
                }
                unsafe { r!(p) = ptr + 8 * es * idx as u64 }
            }
            Op::SliceArray { dst, p, ty } => {
                let ptr = unsafe { r!(p) };
                let (elem, len) = match types.get(ty as usize).map(|t| &t.kind) {
                    Some(TypeKind::Array { elem, len }) => (*elem, *len),
                    _ => (0, 0),
                };
                if ptr == 0 {
                    throw!(PanicVal::NilDeref);
                }
                let v = heap::alloc_view(elem, ptr, len as usize);
                // SAFETY: `dst..dst+4` are verified registers.
                unsafe {
                    r!(dst) = v;
                    r!(dst as usize + 1) = 0;
                    r!(dst as usize + 2) = len;
                    r!(dst as usize + 3) = len;
                }
                alloc_poll!();
            }
            Op::MakeMap { .. }
            | Op::MapGet { .. }
            | Op::MapGetOk { .. }
            | Op::MapSet { .. }
            | Op::MapAddI { .. }
            | Op::MapDelete { .. }
            | Op::MapLen { .. }
            | Op::MapClear { .. }
            | Op::MapIter { .. }
            | Op::MapNext { .. } => {
                let n = funcs[fi].nregs as usize;
                // SAFETY: the frame's window `base..base+nregs` was reserved when it
                // was pushed, and nothing else touches the registers while `exec`
                // runs (it only reads the module's types and map objects).
                let frame = unsafe { std::slice::from_raw_parts_mut(regs, n) };
                if let Err(v) = maps::exec(types, op, frame) {
                    throw!(v);
                }
            }
            Op::Recover { dst } => {
                let frame = g.frames.len() - 1;
                let v = match recover_in(g, frame) {
                    Some(v) => prog.errors.value(types, &v),
                    None => 0,
                };
                unsafe { r!(dst) = v }
            }
            Op::AssertIface { dst, src, ty } | Op::AssertIfaceOk { dst, src, ty } => {
                let b = unsafe { r!(src) };
                let res = if b == 0 {
                    Err(None)
                } else {
                    // SAFETY: a non-nil interface register holds a box made by the VM.
                    let dyn_ty = unsafe { heap::kind_and_type(b).1 };
                    implements(prog, dyn_ty, ty as u32).map_err(|m| Some((dyn_ty, m)))
                };
                match (res, op) {
                    (Ok(()), _) => unsafe { r!(dst) = b },
                    (Err(_), Op::AssertIfaceOk { .. }) => unsafe { r!(dst) = 0 },
                    (Err(why), _) => {
                        let want = type_name(prog, ty as u32);
                        throw!(PanicVal::Conversion(match why {
                            None => format!("interface conversion: interface is nil, not {want}"),
                            Some((t, missing)) => format!(
                                "interface conversion: {} is not {want}: missing method {missing}",
                                type_name(prog, t)
                            ),
                        }));
                    }
                }
                if let Op::AssertIfaceOk { .. } = op {
                    // SAFETY: `dst + 1` is a verified register.
                    unsafe { r!(dst as usize + 1) = (r!(dst) != 0) as u64 }
                }
            }

            Op::Panic { v } => throw!(PanicVal::Value(unsafe { r!(v) })),
        }
    }
}
