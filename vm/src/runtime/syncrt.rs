//! Natives behind `stdlib/sync`, `stdlib/sync/atomic` and the timers of
//! `stdlib/time` (issue 4). The Go side holds the algorithms (Go's own mutex,
//! RWMutex, WaitGroup, Once, Cond over semaphores; Timer/Ticker/AfterFunc over
//! runtime timers); these natives are what only the runtime can do:
//!
//! - semaphores that park with the wait reason Go reports in a deadlock
//!   (`sync.Mutex.Lock`, `sync.RWMutex.RLock`, `sync.RWMutex.Lock`,
//!   `sync.Cond.Wait`), LIFO for a mutex waiter that already waited;
//! - `sync.fatal`: Go's unrecoverable `fatal error: ...` (exit 2, no deferred
//!   calls, the running goroutine's trace);
//! - the atomics Go added after the first set (`And`/`Or`, the `Uintptr`
//!   variants) and the word operations `atomic.Value` is built from;
//! - runtime timers: `time.setTimer`/`stopTimer` and the ticker pair, keyed by the
//!   Go object's address and delivered by the scheduler (`sched::TimerWhat`).
//!   Stop and Reset also drop a tick still buffered in the channel, so no stale
//!   value is received after them (Go 1.23 semantics); they report whether the
//!   timer was pending (armed, or fired with the tick not yet received).
//!
//! All atomics are sequentially consistent (`SeqCst`). Pointer arguments are
//! checked for nil (Go's nil-dereference panic). Registered in
//! `natives::registry`.

use super::chan;
use super::goroutine::WaitReason;
use super::heap;
use super::interp::ParkReq;
use super::natives::{atomic_native, ptr_arg, NativeCtx, NativeDef, NativeResult};
use super::panic;
use super::sched::TimerWhat;
use crate::bytecode::isa::atomic;
use std::sync::atomic::Ordering::SeqCst;

/// Every native of this module.
pub const NATIVES: &[NativeDef] = &[
    NativeDef {
        name: "sync.runtime_SemacquireMutex",
        params: 3,
        results: 0,
        f: |c| {
            let lifo = c.arg(1) != 0;
            sema_wait(c, WaitReason::SyncMutexLock, lifo)
        },
    },
    NativeDef {
        name: "sync.runtime_SemacquireRWMutexR",
        params: 3,
        results: 0,
        f: |c| {
            let lifo = c.arg(1) != 0;
            sema_wait(c, WaitReason::SyncRWMutexRLock, lifo)
        },
    },
    NativeDef {
        name: "sync.runtime_SemacquireRWMutex",
        params: 3,
        results: 0,
        f: |c| {
            let lifo = c.arg(1) != 0;
            sema_wait(c, WaitReason::SyncRWMutexLock, lifo)
        },
    },
    NativeDef {
        name: "sync.runtime_SemacquireCond",
        params: 1,
        results: 0,
        f: |c| sema_wait(c, WaitReason::SyncCondWait, false),
    },
    NativeDef {
        name: "sync.runtime_nanotime",
        params: 0,
        results: 1,
        f: |c| {
            let t = c.ex.sched.now_ns();
            c.set(0, t);
            NativeResult::Ok
        },
    },
    NativeDef {
        name: "sync.fatal",
        params: 1,
        results: 0,
        f: fatal,
    },
    NativeDef {
        name: "sync/atomic.AddUintptr",
        params: 2,
        results: 1,
        f: |c| atomic_native(c, atomic::ADD64),
    },
    NativeDef {
        name: "sync/atomic.LoadUintptr",
        params: 1,
        results: 1,
        f: |c| atomic_native(c, atomic::LOAD),
    },
    NativeDef {
        name: "sync/atomic.StoreUintptr",
        params: 2,
        results: 0,
        f: |c| atomic_native(c, atomic::STORE),
    },
    NativeDef {
        name: "sync/atomic.SwapUintptr",
        params: 2,
        results: 1,
        f: |c| atomic_native(c, atomic::SWAP),
    },
    NativeDef {
        name: "sync/atomic.CompareAndSwapUintptr",
        params: 3,
        results: 1,
        f: |c| atomic_native(c, atomic::CAS),
    },
    NativeDef {
        name: "sync/atomic.AndInt32",
        params: 2,
        results: 1,
        f: |c| rmw(c, |old, m| old & m, true),
    },
    NativeDef {
        name: "sync/atomic.AndUint32",
        params: 2,
        results: 1,
        f: |c| rmw(c, |old, m| old & m, true),
    },
    NativeDef {
        name: "sync/atomic.AndInt64",
        params: 2,
        results: 1,
        f: |c| rmw(c, |old, m| old & m, true),
    },
    NativeDef {
        name: "sync/atomic.AndUint64",
        params: 2,
        results: 1,
        f: |c| rmw(c, |old, m| old & m, true),
    },
    NativeDef {
        name: "sync/atomic.AndUintptr",
        params: 2,
        results: 1,
        f: |c| rmw(c, |old, m| old & m, true),
    },
    NativeDef {
        name: "sync/atomic.OrInt32",
        params: 2,
        results: 1,
        f: |c| rmw(c, |old, m| old | m, true),
    },
    NativeDef {
        name: "sync/atomic.OrUint32",
        params: 2,
        results: 1,
        f: |c| rmw(c, |old, m| old | m, true),
    },
    NativeDef {
        name: "sync/atomic.OrInt64",
        params: 2,
        results: 1,
        f: |c| rmw(c, |old, m| old | m, true),
    },
    NativeDef {
        name: "sync/atomic.OrUint64",
        params: 2,
        results: 1,
        f: |c| rmw(c, |old, m| old | m, true),
    },
    NativeDef {
        name: "sync/atomic.OrUintptr",
        params: 2,
        results: 1,
        f: |c| rmw(c, |old, m| old | m, true),
    },
    // The words of atomic.Value: an interface reference in one slot.
    NativeDef {
        name: "sync/atomic.loadIface",
        params: 1,
        results: 1,
        f: |c| atomic_native(c, atomic::LOAD),
    },
    NativeDef {
        name: "sync/atomic.storeIface",
        params: 2,
        results: 0,
        f: |c| atomic_native(c, atomic::STORE),
    },
    NativeDef {
        name: "sync/atomic.swapIface",
        params: 2,
        results: 1,
        f: |c| atomic_native(c, atomic::SWAP),
    },
    NativeDef {
        name: "sync/atomic.casIface",
        params: 3,
        results: 1,
        f: |c| atomic_native(c, atomic::CAS),
    },
    NativeDef {
        name: "sync/atomic.sameType",
        params: 2,
        results: 1,
        f: same_type,
    },
    NativeDef {
        name: "time.setTimer",
        params: 5,
        results: 1,
        f: set_timer,
    },
    NativeDef {
        name: "time.stopTimer",
        params: 2,
        results: 1,
        f: stop_timer,
    },
    NativeDef {
        name: "time.startTicker",
        params: 3,
        results: 0,
        f: start_ticker,
    },
    NativeDef {
        name: "time.stopTicker",
        params: 2,
        results: 0,
        f: |c| {
            if let Err(e) = ptr_arg(c, 0) {
                return e;
            }
            c.ex.sched.timer_stop(c.arg(0));
            if c.arg(1) != 0 {
                chan::drain(c.arg(1));
            }
            NativeResult::Ok
        },
    },
];

// ---- sync ----------------------------------------------------------------------

/// Acquires the semaphore at pointer argument 0, parking with `reason`.
fn sema_wait(c: &mut NativeCtx, reason: WaitReason, lifo: bool) -> NativeResult {
    let s = match ptr_arg(c, 0) {
        Ok(s) => s,
        Err(e) => return e,
    };
    if super::natives::sema_try_acquire(s) {
        return NativeResult::Ok;
    }
    NativeResult::Park(ParkReq::Sema {
        addr: c.arg(0),
        reason,
        lifo,
    })
}

/// `fatal error: <msg>` with the running goroutine's trace; exit 2 (not a panic:
/// deferred calls do not run and it cannot be recovered).
fn fatal(c: &mut NativeCtx) -> NativeResult {
    // SAFETY: the parameter is a string reference.
    let msg = String::from_utf8_lossy(unsafe { heap::str_bytes(c.arg(0)) }).into_owned();
    let prog = c.ex.prog;
    let mut out = format!("fatal error: {msg}\n\n");
    out.push_str(&panic::goroutine_trace(
        prog,
        c.g.id,
        "running",
        &c.g.trace(),
        Some("sync.fatal"),
        c.g.created_by,
    ));
    c.ex.sched.finish(2, out);
    // Never runs again: the program is over.
    NativeResult::Park(ParkReq::Sleep { deadline: u64::MAX })
}

// ---- atomics -------------------------------------------------------------------

/// Read-modify-write with argument 1; the result is the old value (`old`) or the
/// new one. Operations here keep normalised 32-bit values normalised (and/or of
/// two sign-extended values is sign-extended).
fn rmw(c: &mut NativeCtx, f: fn(u64, u64) -> u64, old: bool) -> NativeResult {
    let s = match ptr_arg(c, 0) {
        Ok(s) => s,
        Err(e) => return e,
    };
    let a = c.arg(1);
    let prev = s
        .fetch_update(SeqCst, SeqCst, |v| Some(f(v, a)))
        .unwrap_or(0);
    c.set(0, if old { prev } else { f(prev, a) });
    NativeResult::Ok
}

/// Whether two non-nil interfaces have the same dynamic type (nil matches nil only).
fn same_type(c: &mut NativeCtx) -> NativeResult {
    let (a, b) = (c.arg(0), c.arg(1));
    let same = if a == 0 || b == 0 {
        a == b
    } else {
        // SAFETY: non-nil interface references are boxes made by the VM.
        unsafe { heap::kind_and_type(a).1 == heap::kind_and_type(b).1 }
    };
    c.set(0, same as u64);
    NativeResult::Ok
}

// ---- timers --------------------------------------------------------------------

/// The deadline `d` ns from now (now when `d <= 0`).
fn deadline_after(c: &NativeCtx, d: i64) -> u64 {
    c.ex.sched.now_ns().saturating_add(d.max(0) as u64)
}

/// `setTimer(t *Timer, c chan Time, f func(), d, period Duration) bool`: (re)arms
/// the timer of `t` to fire in `d` (sending on `c`, or starting `f` when `c` is
/// nil), every `period` after that when positive. Returns whether it was pending.
fn set_timer(c: &mut NativeCtx) -> NativeResult {
    if let Err(e) = ptr_arg(c, 0) {
        return e;
    }
    let (key, ch, f) = (c.arg(0), c.arg(1), c.arg(2));
    let (d, period) = (c.arg(3) as i64, c.arg(4) as i64);
    let sched = c.ex.sched;
    let was = sched.timer_stop(key);
    let drained = ch != 0 && chan::drain(ch);
    let what = if ch != 0 {
        TimerWhat::Chan {
            key,
            ch,
            period: period.max(0) as u64,
        }
    } else {
        TimerWhat::Func { key, f }
    };
    sched.timer_arm(key, deadline_after(c, d), what);
    c.set(0, (was || drained) as u64);
    NativeResult::Ok
}

/// `stopTimer(t *Timer, c chan Time) bool`: disarms and drops a
/// buffered tick; whether the timer was pending.
fn stop_timer(c: &mut NativeCtx) -> NativeResult {
    if let Err(e) = ptr_arg(c, 0) {
        return e;
    }
    let (key, ch) = (c.arg(0), c.arg(1));
    let was = c.ex.sched.timer_stop(key);
    let drained = ch != 0 && chan::drain(ch);
    c.set(0, (was || drained) as u64);
    NativeResult::Ok
}

/// `startTicker(t *Ticker, c chan Time, d Duration)`: ticks every `d` (> 0,
/// checked by the Go side) on `c`, dropping a stale tick.
fn start_ticker(c: &mut NativeCtx) -> NativeResult {
    if let Err(e) = ptr_arg(c, 0) {
        return e;
    }
    let (key, ch, d) = (c.arg(0), c.arg(1), c.arg(2) as i64);
    if ch != 0 {
        chan::drain(ch);
    }
    let what = TimerWhat::Chan {
        key,
        ch,
        period: d.max(1) as u64,
    };
    let at = deadline_after(c, d);
    c.ex.sched.timer_arm(key, at, what);
    NativeResult::Ok
}
