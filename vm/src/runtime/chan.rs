//! Channels and `select` (issue 4): the channel object, its wait queues, and the
//! two halves of every blocking operation.
//!
//! **The object.** A channel is a `Kind::Native` heap object owning a [`Chan`]: the
//! element type (from `MakeChan`), its slot count and reference bits, the capacity,
//! and under one mutex the buffer (a FIFO of `count * slots` words), the closed
//! flag and two FIFO wait queues of parked goroutines (receivers, senders).
//! Every instruction checks that the channel's element type equals its own `ty`
//! operand and panics cleanly otherwise, so a forged file cannot make a value of one
//! shape travel as another.
//!
//! **Blocking without blocking a thread.** An operation runs in two halves:
//! 1. *Attempt* (`send`, `recv`, `select`, called by the interpreter arms): under
//!    the channel lock(s), complete the operation if it can; otherwise return
//!    [`Step::Block`]. The interpreter then rewinds its pc to the instruction and
//!    returns `Outcome::Park(ParkReq::Chan)`; nothing was changed.
//! 2. *Commit* ([`commit`], called by the scheduler once the goroutine is off the
//!    interpreter): decode the instruction at the goroutine's pc, take the lock(s)
//!    again and re-check; if the operation can complete now it does and the
//!    goroutine is made runnable at once, otherwise the goroutine itself (its `Box`)
//!    is queued on the channel(s) and the scheduler counts it as parked. No
//!    wake-up is lost because the re-check and the enqueue happen under the lock
//!    every waker takes.
//!
//! **Completion by the other side.** A parked goroutine's pc still points at its
//! instruction. Whoever completes its operation (holding the channel lock, so it
//! owns the queued goroutine) writes the result straight into the parked
//! goroutine's registers (an unbuffered send hands the value directly to the
//! receiver's registers; a receiver takes it from a parked sender's registers),
//! advances its pc past the instruction (past the case operands for a `select`)
//! and makes it runnable. A goroutine woken *without* completion — a sender whose
//! channel was closed — keeps its pc and re-executes the instruction, which then
//! panics `send on closed channel` with the right trace, as Go does.
//!
//! **select.** Cases are decoded from the `SelectRecv`/`SelectSend` operands that
//! follow the `Select` instruction. The distinct non-nil channels are locked in
//! address order (a global order, so selects over the same channels in different
//! orders cannot deadlock); among the ready cases one is chosen uniformly at random
//! (reservoir sampling over the cases, no allocation beyond the lock list). A parked
//! select registers one queue entry per case, all sharing one [`SelectWait`] that
//! owns the goroutine: the first completer takes the goroutine out of it (so a
//! select fires at most once). The select's other entries are then *dead*: they
//! are skipped and dropped by whoever meets them at the front of a queue, and each
//! channel counts its dead entries (`Chan::dead`, bumped by the completer without
//! taking that channel's lock) and compacts its queues when a new waiter is queued
//! and more than half of the entries are dead. Removal is thus amortised O(1) — a
//! thousand workers selecting on a shared `done` channel and their job channel do
//! not rescan `done`'s queue at every job — and a queue never holds more than about
//! twice its live waiters.
//!
//! **Nil channels** block forever: the commit hands the goroutine to the scheduler's
//! forever list (`chan send (nil chan)`, `chan receive (nil chan)`, `select (no
//! cases)`, or `select` when every case is nil); they never appear in a select.
//!
//! **Locks.** Order: channel locks (by address) before a `SelectWait` lock; no lock
//! of this module is held while calling into the scheduler's run queues except
//! through [`Sched::wake`] after all channel locks are released.
//!
//! **GC.** [`NativeObject::trace`] reports the references among buffered values.
//! Values being sent by parked senders live in those goroutines' registers; the
//! collector reaches them through [`Chan::for_each_parked`].
//!
//! Callers: `interp` (the `MakeChan`..`Select` arms), `sched` (commit, timer
//! delivery), the time natives (`drain` on `Timer.Stop`/`Reset`).

use super::goroutine::{Goroutine, WaitReason};
use super::heap::{self, NativeObject};
use super::interp::Exec;
use super::panic::PanicVal;
use super::sched::{GRef, Local, Sched};
use super::Program;
use crate::bytecode::Op;
use std::cell::Cell;
use std::collections::VecDeque;
use std::sync::atomic::AtomicUsize;
use std::sync::atomic::Ordering::Relaxed;
use std::sync::{Arc, Mutex, MutexGuard};

/// Largest buffer, in bytes of slots (Go's `maxAlloc` on 64-bit platforms).
const MAX_BUF_BYTES: u128 = 1 << 48;

/// The result of an attempt.
#[derive(Debug, PartialEq)]
pub enum Step {
    /// Completed; the results are in the registers.
    Done,
    /// Must wait: park the goroutine with `ParkReq::Chan` (nothing was changed).
    Block,
    Panic(PanicVal),
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

/// A channel (the Rust object behind a channel reference).
pub struct Chan {
    /// Element type index (the `ty` of `MakeChan`).
    pub elem_ty: u32,
    /// Slots per element.
    slots: usize,
    /// Reference bits of the element's slots.
    ref_bits: Vec<u64>,
    cap: usize,
    /// Roughly how many queue entries belong to selects that already fired.
    dead: AtomicUsize,
    inner: Mutex<Inner>,
}

struct Inner {
    /// Buffered elements, `slots` words each, oldest first.
    buf: VecDeque<u64>,
    /// Number of buffered elements (also right for zero-slot elements).
    count: usize,
    closed: bool,
    recvq: VecDeque<Waiter>,
    sendq: VecDeque<Waiter>,
}

/// A parked goroutine waiting on a channel.
enum Waiter {
    /// Parked in a `ChanSend`/`ChanRecv`/`ChanRecvOk`; owned by the queue.
    One {
        g: GRef,
        /// Absolute register of the value (sent from / received into).
        reg: usize,
        /// A receive that also writes `ok` after the value.
        with_ok: bool,
    },
    /// One case of a parked select.
    Case {
        sel: Arc<SelectWait>,
        case: u16,
        reg: usize,
        with_ok: bool,
    },
}

/// A parked select: owns the goroutine until one case takes it.
pub struct SelectWait {
    g: Mutex<Option<GRef>>,
    /// Absolute register receiving the chosen case index.
    dst: usize,
    ncases: u16,
    /// The distinct channels it registered on and how many entries on each (to
    /// count them dead after firing).
    chans: Vec<(u64, usize)>,
}

/// A parked goroutine taken off a queue by the one completing (or cancelling) its
/// operation; it is made runnable by [`finish`] once every channel lock is released.
struct Claimed {
    g: GRef,
    reg: usize,
    with_ok: bool,
    sel: Option<(Arc<SelectWait>, u16)>,
}

impl Claimed {
    /// Marks the operation complete: the pc moves past the instruction (and the
    /// select's case operands) and a select learns which case fired.
    fn advance(&mut self) {
        let skip = match &self.sel {
            Some((sel, case)) => {
                if let Some(r) = self.g.regs.get_mut(sel.dst) {
                    *r = *case as u64;
                }
                1 + sel.ncases as u32
            }
            None => 1,
        };
        if let Some(f) = self.g.frames.last_mut() {
            f.pc += skip;
        }
    }

    /// Completes a receive: the value (zeroes for `None`: closed) and `ok`.
    fn complete_recv(&mut self, value: Option<&[u64]>, slots: usize) {
        let ok = value.is_some();
        let n = slots + self.with_ok as usize;
        if let Some(out) = self.g.regs.get_mut(self.reg..self.reg + n) {
            match value {
                Some(v) => out[..slots].copy_from_slice(&v[..slots]),
                None => out[..slots].fill(0),
            }
            if self.with_ok {
                out[slots] = ok as u64;
            }
        }
        self.advance();
    }

    /// The value a parked sender is sending (from its registers).
    fn value(&self, slots: usize) -> Option<&[u64]> {
        self.g.regs.get(self.reg..self.reg + slots)
    }
}

impl Waiter {
    fn is_live(&self) -> bool {
        match self {
            Waiter::One { .. } => true,
            Waiter::Case { sel, .. } => lock(&sel.g).is_some(),
        }
    }
}

impl Inner {
    /// Queues a waiter, first dropping dead select entries when they are the
    /// majority (see the module docs).
    fn push(&mut self, c: &Chan, send: bool, w: Waiter) {
        let dead = c.dead.load(Relaxed);
        if dead > 16 && dead * 2 > self.recvq.len() + self.sendq.len() {
            self.recvq.retain(Waiter::is_live);
            self.sendq.retain(Waiter::is_live);
            // The count is a hint: start again from nothing.
            c.dead.store(0, Relaxed);
        }
        if send {
            self.sendq.push_back(w);
        } else {
            self.recvq.push_back(w);
        }
    }

    /// Takes the first waiter that is still waiting (dropping select entries whose
    /// select already fired).
    fn pop_live(q: &mut VecDeque<Waiter>) -> Option<Claimed> {
        while let Some(w) = q.pop_front() {
            match w {
                Waiter::One { g, reg, with_ok } => {
                    return Some(Claimed {
                        g,
                        reg,
                        with_ok,
                        sel: None,
                    })
                }
                Waiter::Case {
                    sel,
                    case,
                    reg,
                    with_ok,
                } => {
                    let g = lock(&sel.g).take();
                    if let Some(g) = g {
                        return Some(Claimed {
                            g,
                            reg,
                            with_ok,
                            sel: Some((sel, case)),
                        });
                    }
                }
            }
        }
        None
    }

    /// Whether a waiter is still waiting (dropping dead select entries in front).
    fn has_live(q: &mut VecDeque<Waiter>) -> bool {
        loop {
            match q.front() {
                None => return false,
                Some(w) if w.is_live() => return true,
                Some(_) => {
                    q.pop_front();
                }
            }
        }
    }
}

enum Sent {
    Done(Option<Claimed>),
    Closed,
    Block,
}

enum Recvd {
    Done { ok: bool, wake: Option<Claimed> },
    Block,
}

impl Chan {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        lock(&self.inner)
    }

    /// Elements in the buffer.
    pub fn len(&self) -> usize {
        self.lock().count
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn cap(&self) -> usize {
        self.cap
    }

    fn is_ref_slot(&self, i: usize) -> bool {
        self.ref_bits
            .get(i / 64)
            .is_some_and(|w| w & (1 << (i % 64)) != 0)
    }

    /// Entries in the wait queues, dead select entries included (for tests).
    pub fn queued(&self) -> usize {
        let inner = self.lock();
        inner.recvq.len() + inner.sendq.len()
    }

    /// Calls `f` with every goroutine parked on this channel (for the collector:
    /// their registers hold values being sent).
    pub fn for_each_parked(&self, f: &mut dyn FnMut(&Goroutine)) {
        let inner = self.lock();
        for w in inner.recvq.iter().chain(inner.sendq.iter()) {
            match w {
                Waiter::One { g, .. } => f(g),
                Waiter::Case { sel, .. } => {
                    if let Some(g) = lock(&sel.g).as_ref() {
                        f(g)
                    }
                }
            }
        }
    }

    /// Sends `val` (at least `slots` words) under the lock.
    fn send_locked(&self, inner: &mut Inner, val: &[u64]) -> Sent {
        if inner.closed {
            return Sent::Closed;
        }
        let val = &val[..self.slots.min(val.len())];
        if let Some(mut r) = Inner::pop_live(&mut inner.recvq) {
            // A receiver waits, so the buffer is empty: hand the value over.
            r.complete_recv(Some(val), val.len());
            return Sent::Done(Some(r));
        }
        if inner.count < self.cap {
            inner.buf.extend(val.iter().copied());
            inner.count += 1;
            return Sent::Done(None);
        }
        Sent::Block
    }

    /// Receives into `out[..slots]` under the lock.
    fn recv_locked(&self, inner: &mut Inner, out: &mut [u64]) -> Recvd {
        let slots = self.slots;
        // Callers pass at least `slots` registers; never index past what is there.
        let n = slots.min(out.len());
        if inner.count > 0 {
            for i in 0..slots {
                let v = inner.buf.pop_front().unwrap_or(0);
                if let Some(o) = out.get_mut(i) {
                    *o = v;
                }
            }
            inner.count -= 1;
            // A sender waits for room: its value goes to the back of the buffer.
            let wake = Inner::pop_live(&mut inner.sendq).map(|mut s| {
                match s.value(slots) {
                    Some(v) => inner.buf.extend(v.iter().copied()),
                    None => inner.buf.extend(std::iter::repeat_n(0, slots)),
                }
                inner.count += 1;
                s.advance();
                s
            });
            return Recvd::Done { ok: true, wake };
        }
        if let Some(mut s) = Inner::pop_live(&mut inner.sendq) {
            match s.value(n) {
                Some(v) => out[..n].copy_from_slice(v),
                None => out[..n].fill(0),
            }
            s.advance();
            return Recvd::Done {
                ok: true,
                wake: Some(s),
            };
        }
        if inner.closed {
            out[..n].fill(0);
            return Recvd::Done {
                ok: false,
                wake: None,
            };
        }
        Recvd::Block
    }
}

impl NativeObject for Chan {
    fn trace(&self, visit: &mut dyn FnMut(u64)) {
        if self.slots == 0 || self.ref_bits.iter().all(|&w| w == 0) {
            return;
        }
        let inner = self.lock();
        for (i, &v) in inner.buf.iter().enumerate() {
            if v != 0 && self.is_ref_slot(i % self.slots) {
                visit(v);
            }
        }
    }

    fn kind_name(&self) -> &'static str {
        "chan"
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The channel behind non-nil reference `r`, checking that it is one and, when
/// `ty` is given, that its element type is `ty`.
fn chan_of<'a>(r: u64, ty: Option<u32>) -> Result<&'a Chan, PanicVal> {
    // SAFETY: `r` comes from a reference register or a channel reference the
    // runtime stored; references are 0 or made by the VM.
    let obj = unsafe { heap::native(r) };
    let c = obj
        .and_then(|o| o.as_any().downcast_ref::<Chan>())
        .ok_or_else(|| PanicVal::Runtime("value used as a channel is not a channel".into()))?;
    match ty {
        Some(t) if t != c.elem_ty => Err(PanicVal::Runtime(
            "channel element type does not match the instruction".into(),
        )),
        _ => Ok(c),
    }
}

/// Go's plain (unprefixed) runtime panics.
fn plain(msg: &str) -> PanicVal {
    PanicVal::Conversion(msg.to_string())
}

// ---- randomness (select) -----------------------------------------------------

thread_local! {
    static RNG: Cell<u64> = Cell::new(seed());
}

fn seed() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(0x2545_F491_4F6C_DD1D);
    let t = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    (NEXT.fetch_add(0x9E37_79B9_7F4A_7C15, Ordering::Relaxed) ^ t) | 1
}

/// A uniformly distributed number below `n` (n > 0).
fn rand_below(n: u64) -> u64 {
    RNG.with(|c| {
        let mut x = c.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c.set(x);
        // Multiply-shift: unbiased enough for n far below 2^32.
        ((x >> 32) * n) >> 32
    })
}

// ---- operations --------------------------------------------------------------

/// `make(chan T, size)`: a new channel of elements of type `ty`.
pub fn make(prog: &Program, ty: u32, size: i64) -> Result<u64, PanicVal> {
    let Some(t) = prog.module.types.get(ty as usize) else {
        return Err(PanicVal::Runtime("makechan: bad element type".into()));
    };
    let slots = t.slots as usize;
    if size < 0 || (size as u128) * (slots as u128) * 8 > MAX_BUF_BYTES {
        return Err(plain("makechan: size out of range"));
    }
    let c = Chan {
        elem_ty: ty,
        slots,
        ref_bits: t.ref_slots.clone(),
        cap: size as usize,
        dead: AtomicUsize::new(0),
        inner: Mutex::new(Inner {
            buf: VecDeque::new(),
            count: 0,
            closed: false,
            recvq: VecDeque::new(),
            sendq: VecDeque::new(),
        }),
    };
    Ok(heap::alloc_native(ty, Box::new(c)))
}

/// Makes a claimed goroutine runnable; a fired select's remaining entries are
/// counted dead on every channel it waited on (`from`, the channel it was taken
/// from, has one entry fewer). Called with no channel lock held.
fn finish(sched: &Sched, local: Option<&mut Local>, w: Claimed, from: u64) {
    if let Some((sel, _)) = &w.sel {
        for &(ch, n) in &sel.chans {
            let n = if ch == from { n - 1 } else { n };
            if n > 0 {
                if let Ok(c) = chan_of(ch, None) {
                    c.dead.fetch_add(n, Relaxed);
                }
            }
        }
    }
    sched.wake(local, w.g);
}

/// Attempts `ch <- val` (`val` holds the element's slots).
pub fn send(ex: &mut Exec, ch: u64, ty: u32, val: &[u64]) -> Step {
    if ch == 0 {
        return Step::Block;
    }
    let c = match chan_of(ch, Some(ty)) {
        Ok(c) => c,
        Err(v) => return Step::Panic(v),
    };
    let r = c.send_locked(&mut c.lock(), val);
    match r {
        Sent::Done(w) => {
            if let Some(w) = w {
                finish(ex.sched, ex.local.as_deref_mut(), w, ch);
            }
            Step::Done
        }
        Sent::Closed => Step::Panic(plain("send on closed channel")),
        Sent::Block => Step::Block,
    }
}

/// Attempts a receive into `out` (the element's slots, then `ok` when `with_ok`).
pub fn recv(ex: &mut Exec, ch: u64, ty: u32, out: &mut [u64], with_ok: bool) -> Step {
    if ch == 0 {
        return Step::Block;
    }
    let c = match chan_of(ch, Some(ty)) {
        Ok(c) => c,
        Err(v) => return Step::Panic(v),
    };
    let r = c.recv_locked(&mut c.lock(), out);
    match r {
        Recvd::Done { ok, wake } => {
            if with_ok {
                if let Some(o) = out.get_mut(c.slots) {
                    *o = ok as u64;
                }
            }
            if let Some(w) = wake {
                finish(ex.sched, ex.local.as_deref_mut(), w, ch);
            }
            Step::Done
        }
        Recvd::Block => Step::Block,
    }
}

/// `close(ch)`: wakes every receiver (zero value, ok = false) and every sender
/// (which re-executes its send and panics).
pub fn close(ex: &mut Exec, ch: u64) -> Result<(), PanicVal> {
    if ch == 0 {
        return Err(plain("close of nil channel"));
    }
    let c = chan_of(ch, None)?;
    let mut woken = Vec::new();
    {
        let mut inner = c.lock();
        if inner.closed {
            return Err(plain("close of closed channel"));
        }
        inner.closed = true;
        while let Some(mut r) = Inner::pop_live(&mut inner.recvq) {
            r.complete_recv(None, c.slots);
            woken.push(r);
        }
        while let Some(s) = Inner::pop_live(&mut inner.sendq) {
            woken.push(s);
        }
    }
    for w in woken {
        finish(ex.sched, ex.local.as_deref_mut(), w, ch);
    }
    Ok(())
}

/// `len(ch)` (0 for nil).
pub fn len(ch: u64) -> Result<u64, PanicVal> {
    if ch == 0 {
        return Ok(0);
    }
    Ok(chan_of(ch, None)?.len() as u64)
}

/// `cap(ch)` (0 for nil).
pub fn cap(ch: u64) -> Result<u64, PanicVal> {
    if ch == 0 {
        return Ok(0);
    }
    Ok(chan_of(ch, None)?.cap as u64)
}

// ---- select --------------------------------------------------------------------

/// One decoded case.
struct Case<'a> {
    /// The channel reference (0 = nil: never ready) and object.
    ch: u64,
    chan: Option<&'a Chan>,
    send: bool,
    /// First register of the value (relative to the frame), `ok` after it for
    /// receives.
    reg: usize,
}

/// Decodes the case operands, reading channel registers from the frame `regs`.
fn cases_of<'a>(ops: &[Op], regs: &[u64]) -> Result<Vec<Case<'a>>, PanicVal> {
    ops.iter()
        .map(|op| {
            let (ch, val, ty, send) = match *op {
                Op::SelectRecv { ch, val, ty } => (ch, val, ty, false),
                Op::SelectSend { ch, val, ty } => (ch, val, ty, true),
                _ => return Err(PanicVal::Runtime("malformed select".into())),
            };
            let r = regs.get(ch as usize).copied().unwrap_or(0);
            let chan = if r == 0 {
                None
            } else {
                Some(chan_of(r, Some(ty as u32))?)
            };
            Ok(Case {
                ch: r,
                chan,
                send,
                reg: val as usize,
            })
        })
        .collect()
}

type Locked<'a> = Vec<(u64, &'a Chan, MutexGuard<'a, Inner>)>;

/// Locks the distinct channels of `cases` in address order.
fn lock_all<'a>(cases: &[Case<'a>]) -> Locked<'a> {
    let mut chans: Vec<(u64, &'a Chan)> = cases
        .iter()
        .filter_map(|c| c.chan.map(|ch| (c.ch, ch)))
        .collect();
    chans.sort_unstable_by_key(|c| c.0);
    chans.dedup_by_key(|c| c.0);
    chans.into_iter().map(|(r, c)| (r, c, c.lock())).collect()
}

enum Selected {
    Chosen {
        case: usize,
        wake: Option<Claimed>,
    },
    /// A send case on a closed channel was chosen: panic.
    Closed,
    None,
}

/// Chooses uniformly among the ready cases and performs it, with every channel
/// locked. `regs` is the frame (case registers are relative to it).
fn select_locked(cases: &[Case], locked: &mut Locked, regs: &mut [u64]) -> Selected {
    let find = |locked: &Locked, ch: u64| locked.binary_search_by_key(&ch, |l| l.0).ok();
    loop {
        let mut chosen = None;
        let mut ready = 0u64;
        for (i, c) in cases.iter().enumerate() {
            let Some(j) = find(locked, c.ch) else {
                continue;
            };
            let (_, chan, inner) = &mut locked[j];
            let is_ready = if c.send {
                inner.closed || Inner::has_live(&mut inner.recvq) || inner.count < chan.cap
            } else {
                inner.count > 0 || inner.closed || Inner::has_live(&mut inner.sendq)
            };
            if is_ready {
                ready += 1;
                if rand_below(ready) == 0 {
                    chosen = Some((i, j));
                }
            }
        }
        let Some((i, j)) = chosen else {
            return Selected::None;
        };
        let c = &cases[i];
        let (_, chan, inner) = &mut locked[j];
        let slots = chan.slots;
        if c.send {
            let Some(val) = regs.get(c.reg..c.reg + slots) else {
                return Selected::None;
            };
            match chan.send_locked(inner, val) {
                Sent::Done(wake) => return Selected::Chosen { case: i, wake },
                Sent::Closed => return Selected::Closed,
                // A select waiter that looked live fired meanwhile: choose again.
                Sent::Block => continue,
            }
        } else {
            let Some(out) = regs.get_mut(c.reg..c.reg + slots + 1) else {
                return Selected::None;
            };
            match chan.recv_locked(inner, out) {
                Recvd::Done { ok, wake } => {
                    out[slots] = ok as u64;
                    return Selected::Chosen { case: i, wake };
                }
                Recvd::Block => continue,
            }
        }
    }
}

/// Attempts a select over `ops` (the case operands) with the frame's registers;
/// writes the chosen case (or `ops.len()` for `default`) to `dst`.
pub fn select(ex: &mut Exec, frame: &mut [u64], ops: &[Op], dst: u16, block: bool) -> Step {
    let cases = match cases_of(ops, frame) {
        Ok(c) => c,
        Err(v) => return Step::Panic(v),
    };
    let mut locked = lock_all(&cases);
    let r = select_locked(&cases, &mut locked, frame);
    drop(locked);
    match r {
        Selected::Chosen { case, wake } => {
            if let Some(d) = frame.get_mut(dst as usize) {
                *d = case as u64;
            }
            if let Some(w) = wake {
                finish(ex.sched, ex.local.as_deref_mut(), w, cases[case].ch);
            }
            Step::Done
        }
        Selected::Closed => Step::Panic(plain("send on closed channel")),
        Selected::None if block => Step::Block,
        Selected::None => {
            if let Some(d) = frame.get_mut(dst as usize) {
                *d = ops.len() as u64;
            }
            Step::Done
        }
    }
}

// ---- commit (scheduler side) ---------------------------------------------------

/// Commits the park of `g`, whose innermost frame's pc is at a channel
/// instruction that could not complete: re-checks under the lock(s) and either
/// completes it (and makes `g` runnable) or queues `g` on the channel(s).
pub(crate) fn commit(sched: &Sched, local: &mut Local, mut g: GRef) {
    let prog = &sched.prog;
    let Some(frame) = g.frames.last().copied() else {
        sched.resume(local, g);
        return;
    };
    let base = frame.base as usize;
    let pc = frame.pc as usize;
    let Some(code) = prog.module.funcs.get(frame.func as usize).map(|f| &f.code) else {
        sched.resume(local, g);
        return;
    };
    let reg = |g: &Goroutine, r: u16| g.regs.get(base + r as usize).copied().unwrap_or(0);
    match code.get(pc).copied() {
        Some(Op::ChanSend { ch, src, ty }) => {
            let chref = reg(&g, ch);
            if chref == 0 {
                sched.park_forever(g, WaitReason::ChanSendNilChan);
                return;
            }
            let Ok(c) = chan_of(chref, Some(ty as u32)) else {
                // Re-executing the instruction panics with the reason.
                sched.resume(local, g);
                return;
            };
            let at = base + src as usize;
            let mut inner = c.lock();
            let sent = match g.regs.get(at..at + c.slots) {
                Some(val) => c.send_locked(&mut inner, val),
                None => Sent::Closed,
            };
            match sent {
                Sent::Done(w) => {
                    drop(inner);
                    if let Some(f) = g.frames.last_mut() {
                        f.pc += 1;
                    }
                    if let Some(w) = w {
                        finish(sched, Some(&mut *local), w, chref);
                    }
                    sched.resume(local, g);
                }
                Sent::Closed => {
                    drop(inner);
                    sched.resume(local, g);
                }
                Sent::Block => {
                    sched.prepare_park(&mut g, WaitReason::ChanSend);
                    inner.push(
                        c,
                        true,
                        Waiter::One {
                            g,
                            reg: at,
                            with_ok: false,
                        },
                    );
                    drop(inner);
                    sched.parked();
                }
            }
        }
        Some(Op::ChanRecv { dst, ch, ty }) | Some(Op::ChanRecvOk { dst, ch, ty }) => {
            let with_ok = matches!(code.get(pc), Some(Op::ChanRecvOk { .. }));
            let chref = reg(&g, ch);
            if chref == 0 {
                sched.park_forever(g, WaitReason::ChanReceiveNilChan);
                return;
            }
            let Ok(c) = chan_of(chref, Some(ty as u32)) else {
                sched.resume(local, g);
                return;
            };
            let at = base + dst as usize;
            let n = c.slots + with_ok as usize;
            let mut inner = c.lock();
            let got = match g.regs.get_mut(at..at + n) {
                Some(out) => {
                    let r = c.recv_locked(&mut inner, out);
                    if let Recvd::Done { ok, .. } = &r {
                        if with_ok {
                            out[c.slots] = *ok as u64;
                        }
                    }
                    r
                }
                None => Recvd::Done {
                    ok: false,
                    wake: None,
                },
            };
            match got {
                Recvd::Done { wake, .. } => {
                    drop(inner);
                    if let Some(f) = g.frames.last_mut() {
                        f.pc += 1;
                    }
                    if let Some(w) = wake {
                        finish(sched, Some(&mut *local), w, chref);
                    }
                    sched.resume(local, g);
                }
                Recvd::Block => {
                    sched.prepare_park(&mut g, WaitReason::ChanReceive);
                    inner.push(
                        c,
                        false,
                        Waiter::One {
                            g,
                            reg: at,
                            with_ok,
                        },
                    );
                    drop(inner);
                    sched.parked();
                }
            }
        }
        Some(Op::Select { dst, n, .. }) => {
            let n = n as usize;
            let Some(ops) = code.get(pc + 1..pc + 1 + n) else {
                sched.resume(local, g);
                return;
            };
            let nregs = prog.module.funcs[frame.func as usize].nregs as usize;
            let Some(frame_regs) = g.regs.get(base..base + nregs) else {
                sched.resume(local, g);
                return;
            };
            let Ok(cases) = cases_of(ops, frame_regs) else {
                sched.resume(local, g);
                return;
            };
            if cases.iter().all(|c| c.ch == 0) {
                let reason = if n == 0 {
                    WaitReason::SelectNoCases
                } else {
                    WaitReason::Select
                };
                sched.park_forever(g, reason);
                return;
            }
            let mut locked = lock_all(&cases);
            let r = select_locked(&cases, &mut locked, &mut g.regs[base..base + nregs]);
            match r {
                Selected::Chosen { case, wake } => {
                    drop(locked);
                    if let Some(d) = g.regs.get_mut(base + dst as usize) {
                        *d = case as u64;
                    }
                    if let Some(f) = g.frames.last_mut() {
                        f.pc += 1 + n as u32;
                    }
                    if let Some(w) = wake {
                        finish(sched, Some(&mut *local), w, cases[case].ch);
                    }
                    sched.resume(local, g);
                }
                Selected::Closed => {
                    drop(locked);
                    sched.resume(local, g);
                }
                Selected::None => {
                    sched.prepare_park(&mut g, WaitReason::Select);
                    let sel = Arc::new(SelectWait {
                        g: Mutex::new(None),
                        dst: base + dst as usize,
                        ncases: n as u16,
                        chans: locked
                            .iter()
                            .map(|l| (l.0, cases.iter().filter(|c| c.ch == l.0).count()))
                            .collect(),
                    });
                    *lock(&sel.g) = Some(g);
                    for (i, c) in cases.iter().enumerate() {
                        let Ok(j) = locked.binary_search_by_key(&c.ch, |l| l.0) else {
                            continue;
                        };
                        let w = Waiter::Case {
                            sel: Arc::clone(&sel),
                            case: i as u16,
                            reg: base + c.reg,
                            with_ok: !c.send,
                        };
                        let (_, chan, inner) = &mut locked[j];
                        inner.push(chan, c.send, w);
                    }
                    drop(locked);
                    sched.parked();
                }
            }
        }
        // Not a channel instruction: run it again.
        _ => sched.resume(local, g),
    }
}

// ---- timers --------------------------------------------------------------------

/// A timer's delivery: a non-blocking send of `val` on `ch` (dropped when the
/// buffer is full, the channel is closed, or the element is not `val`'s shape:
/// `val.len()` scalar slots).
pub(crate) fn timer_send(sched: &Sched, local: Option<&mut Local>, ch: u64, val: &[u64]) {
    let Ok(c) = chan_of(ch, None) else {
        return;
    };
    if c.slots != val.len() || c.ref_bits.iter().any(|&w| w != 0) {
        return;
    }
    let r = c.send_locked(&mut c.lock(), val);
    if let Sent::Done(Some(w)) = r {
        finish(sched, local, w, ch);
    }
}

/// Drops one buffered value of `ch` (a stale timer tick); whether there was one.
pub(crate) fn drain(ch: u64) -> bool {
    let Ok(c) = chan_of(ch, None) else {
        return false;
    };
    let mut inner = c.lock();
    if inner.count == 0 {
        return false;
    }
    for _ in 0..c.slots {
        inner.buf.pop_front();
    }
    inner.count -= 1;
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rand_below_covers_its_range_uniformly() {
        let mut hits = [0u32; 3];
        for _ in 0..30_000 {
            hits[rand_below(3) as usize] += 1;
        }
        for h in hits {
            assert!((9_000..11_000).contains(&h), "{hits:?}");
        }
        assert_eq!(rand_below(1), 0);
    }
}
