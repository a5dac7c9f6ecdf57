//! A goroutine as plain data: its register stack, its frame stack, its deferred
//! calls, its panic state, its status and wait reason, and where it was created.
//!
//! Invariants:
//! - `frames` is the call stack, innermost last; frame `f` owns registers
//!   `f.base .. f.base + nregs(f.func)` of `regs`, and `regs.len()` always covers the
//!   innermost frame's window (a call reserves the callee's whole frame once, growing
//!   `regs` if needed; the interpreter re-derives its raw register pointer after that).
//! - The saved `pc` of every frame is the index of the *next* instruction to run in
//!   that frame (for a caller: the one after its call), so `pc - 1` is the
//!   instruction a trace reports.
//! - A goroutine is owned by exactly one place at a time: a worker running it, a run
//!   queue, a wait queue or the timer heap, through a [`GRef`]. It is never shared,
//!   so it needs no lock.
//! - Every `GRef` is also recorded in a process-wide registry under its heap's id, so
//!   the collector finds every goroutine of a program (its registers are roots)
//!   wherever it is parked — run queues, timers, semaphores, channel wait queues.
//!   The collector reads registered goroutines only with the world stopped, when no
//!   thread touches any goroutine; a `GRef` leaves the registry before it is freed.
//!
//! Created by `sched` (goroutine 1) and by the interpreter's `Go` instruction; run
//! by `interp::run`.

use super::panic::PanicState;
use std::collections::HashMap;
use std::ptr::NonNull;
use std::sync::{LazyLock, Mutex};

/// Returning from this frame ends a nested `interp::run` (a Go method called from a
/// native, e.g. `String()` called by `fmt`).
pub const FRAME_HOST: u8 = 1;
/// This frame is a deferred call run while panicking: when it returns, unwinding
/// goes on.
pub const FRAME_PANIC_DEFER: u8 = 2;

/// One activation record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    /// The closure the function was called through (0 for direct calls).
    pub closure: u64,
    pub func: u32,
    /// The next instruction to run in this frame (see the module docs).
    pub pc: u32,
    /// Absolute index of the frame's register 0 in `Goroutine::regs`.
    pub base: u32,
    pub flags: u8,
}

/// A deferred call: the closure, its argument slots copied at `defer` time, and the
/// depth of the frame that deferred it (`frames.len()` at that time).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deferred {
    pub closure: u64,
    pub args: DeferArgs,
    pub depth: u32,
}

/// The argument slots of a deferred call: inline when few (`defer mu.Unlock()`,
/// `defer wg.Done()`, `defer close(ch)`: no allocation), boxed beyond.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeferArgs {
    Inline { n: u8, slots: [u64; 4] },
    Boxed(Box<[u64]>),
}

impl From<&[u64]> for DeferArgs {
    fn from(a: &[u64]) -> DeferArgs {
        match a.len() {
            n @ 0..=4 => {
                let mut slots = [0; 4];
                slots[..n].copy_from_slice(a);
                DeferArgs::Inline { n: n as u8, slots }
            }
            _ => DeferArgs::Boxed(a.into()),
        }
    }
}

impl std::ops::Deref for DeferArgs {
    type Target = [u64];
    fn deref(&self) -> &[u64] {
        match self {
            DeferArgs::Inline { n, slots } => &slots[..(*n as usize).min(4)],
            DeferArgs::Boxed(b) => b,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Runnable,
    Running,
    Waiting,
}

/// Why a goroutine waits, printed in traces as Go does (`goroutine 1 [semacquire]:`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    None,
    Sleep,
    Semacquire,
    ChanReceive,
    ChanSend,
    Select,
    ChanReceiveNilChan,
    ChanSendNilChan,
    SelectNoCases,
    SyncMutexLock,
    SyncRWMutexRLock,
    SyncRWMutexLock,
    SyncCondWait,
    SyncWaitGroupWait,
}

impl WaitReason {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::None => "running",
            WaitReason::Sleep => "sleep",
            WaitReason::Semacquire => "semacquire",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::Select => "select",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::SyncMutexLock => "sync.Mutex.Lock",
            WaitReason::SyncRWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::SyncRWMutexLock => "sync.RWMutex.Lock",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
            WaitReason::SyncWaitGroupWait => "sync.WaitGroup.Wait",
        }
    }
}

/// Where a goroutine was created: the creating function, the pc of its `Go`
/// instruction and the creating goroutine's id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CreatedBy {
    pub func: u32,
    pub pc: u32,
    pub goid: u64,
}

pub struct Goroutine {
    pub id: u64,
    pub regs: Vec<u64>,
    pub frames: Vec<Frame>,
    pub defers: Vec<Deferred>,
    pub status: Status,
    pub wait: WaitReason,
    pub created_by: Option<CreatedBy>,
    /// Set while panicking (unwinding through deferred calls).
    pub panic: Option<Box<PanicState>>,
}

/// The smallest register stack a goroutine starts with.
pub const MIN_REGS: usize = 8;

/// A finished goroutine whose register stack is larger than this gives it back
/// before being kept for reuse.
pub const REUSE_MAX_REGS: usize = 256;

impl Goroutine {
    /// A goroutine about to run `func` (with `nregs` registers) through `closure`;
    /// the caller copies the arguments into `regs[0..]`.
    pub fn new(id: u64, func: u32, nregs: usize, closure: u64) -> Box<Goroutine> {
        let mut g = Box::new(Goroutine {
            id,
            regs: Vec::new(),
            frames: Vec::with_capacity(2),
            defers: Vec::new(),
            status: Status::Runnable,
            wait: WaitReason::None,
            created_by: None,
            panic: None,
        });
        g.start(id, func, nregs, closure);
        g
    }

    /// Makes a fresh or finished (see [`Goroutine::finish`]) goroutine ready to run
    /// `func` as goroutine `id`: one frame, registers `0..nregs` zero (the caller
    /// copies the arguments in), no deferred calls, no panic.
    pub fn start(&mut self, id: u64, func: u32, nregs: usize, closure: u64) {
        self.id = id;
        let n = nregs.max(MIN_REGS);
        if self.regs.len() < n {
            // (all zero, without zeroing the reused part twice)
            self.regs.clear();
            self.regs.resize(n, 0);
        } else {
            self.regs[..nregs].fill(0);
        }
        self.frames.clear();
        self.frames.push(Frame {
            closure,
            func,
            pc: 0,
            base: 0,
            flags: 0,
        });
        self.defers.clear();
        self.status = Status::Runnable;
        self.wait = WaitReason::None;
        self.created_by = None;
        self.panic = None;
    }

    /// Empties a goroutine that returned, so it can be kept for reuse by a later
    /// `go` statement (its allocations are what spawning would otherwise pay for).
    /// With no frames it holds no roots; a stack grown large is given back.
    pub fn finish(&mut self) {
        self.frames.clear();
        self.defers.clear();
        if self.defers.capacity() > 64 {
            self.defers.shrink_to(4);
        }
        self.panic = None;
        self.created_by = None;
        if self.regs.len() > REUSE_MAX_REGS {
            self.regs.truncate(MIN_REGS);
            self.regs.shrink_to_fit();
        }
        if self.frames.capacity() > 64 {
            self.frames.shrink_to(2);
        }
    }

    /// Makes sure `regs` has at least `need` slots (new slots are zero). Growth at
    /// least doubles, so a deep recursion costs amortised O(1) per call.
    #[inline]
    pub fn reserve_regs(&mut self, need: usize) {
        if need > self.regs.len() {
            self.grow_regs(need);
        }
    }

    #[cold]
    fn grow_regs(&mut self, need: usize) {
        let new_len = need.max(self.regs.len() * 2);
        self.regs.resize(new_len, 0);
    }

    /// Gives back register stack above `top` when most of it is unused, so a parked
    /// goroutine costs little memory (the stack grows again on demand). `top` must
    /// be the highest end of any frame's window (a caller's frame may extend past
    /// its callee's: see `interp::frames_top`).
    pub fn shrink_stack(&mut self, top: usize) {
        let keep = top.max(8);
        if self.regs.len() > 2 * keep {
            self.regs.truncate(keep);
            self.regs.shrink_to_fit();
        }
    }

    /// The call stack as (function, pc of the reported instruction), innermost first.
    pub fn trace(&self) -> Vec<(u32, u32)> {
        self.frames
            .iter()
            .rev()
            .map(|f| (f.func, f.pc.saturating_sub(1)))
            .collect()
    }

    /// Approximate bytes owned by this goroutine (for the memory budget in tests).
    pub fn footprint(&self) -> usize {
        std::mem::size_of::<Goroutine>()
            + self.regs.capacity() * 8
            + self.frames.capacity() * std::mem::size_of::<Frame>()
            + self.defers.capacity() * std::mem::size_of::<Deferred>()
    }
}

/// The owner of a goroutine (what run queues, wait queues and timers hold).
///
/// Like a `Box<Goroutine>`, but made from a raw pointer so that the collector may
/// also read the goroutine (through the registry) while the world is stopped,
/// without violating the uniqueness a `Box` asserts.
pub struct GRef {
    ptr: NonNull<Goroutine>,
}

// SAFETY: a `GRef` owns its goroutine like a `Box` does (Goroutine is Send); the
// registry's copies of the pointer are only dereferenced with the world stopped.
unsafe impl Send for GRef {}

const REGISTRY_SHARDS: usize = 64;

/// Hashes a goroutine address (keys are distinct heap addresses: a multiply
/// spreads them well, and SipHash would dominate the cost of a `go` statement).
#[derive(Default)]
struct AddrHasher(u64);

impl std::hash::Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

/// Goroutine address -> heap id, sharded by address.
type Shard = Mutex<HashMap<usize, u64, std::hash::BuildHasherDefault<AddrHasher>>>;
static REGISTRY: LazyLock<Box<[Shard]>> =
    LazyLock::new(|| (0..REGISTRY_SHARDS).map(|_| Mutex::default()).collect());

fn shard(addr: usize) -> &'static Shard {
    &REGISTRY[(addr >> 6) % REGISTRY_SHARDS]
}

impl GRef {
    /// Takes ownership of `g`, recording it under heap `heap_id` for the collector.
    pub fn new(g: Box<Goroutine>, heap_id: u64) -> GRef {
        let ptr = NonNull::from(Box::leak(g));
        shard(ptr.as_ptr() as usize)
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(ptr.as_ptr() as usize, heap_id);
        GRef { ptr }
    }
}

impl std::ops::Deref for GRef {
    type Target = Goroutine;
    fn deref(&self) -> &Goroutine {
        // SAFETY: `ptr` is the live allocation this GRef owns (freed only in drop).
        unsafe { self.ptr.as_ref() }
    }
}

impl std::ops::DerefMut for GRef {
    fn deref_mut(&mut self) -> &mut Goroutine {
        // SAFETY: as for Deref; `&mut self` makes this the only access (the
        // collector reads goroutines only while no thread runs Go code).
        unsafe { self.ptr.as_mut() }
    }
}

impl Drop for GRef {
    fn drop(&mut self) {
        let addr = self.ptr.as_ptr() as usize;
        shard(addr)
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&addr);
        // SAFETY: made by `Box::leak` in `new`, out of the registry, freed once.
        drop(unsafe { Box::from_raw(self.ptr.as_ptr()) });
    }
}

/// Calls `f` with every live goroutine registered under `heap_id`.
///
/// # Safety
/// The caller must guarantee that no thread accesses any goroutine of that heap
/// (the world is stopped) for the duration of the call.
pub unsafe fn for_each_goroutine(heap_id: u64, f: &mut dyn FnMut(&Goroutine)) {
    for s in REGISTRY.iter() {
        let s = s.lock().unwrap_or_else(|e| e.into_inner());
        for (&addr, &h) in s.iter() {
            if h == heap_id {
                // SAFETY: a registered address is a live goroutine (a GRef leaves
                // the registry before freeing it, under this shard's lock), and
                // the caller guarantees nobody mutates it meanwhile.
                f(unsafe { &*(addr as *const Goroutine) });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shrinking_keeps_every_register_below_top_and_regrows() {
        let mut g = Goroutine::new(1, 0, 4, 0);
        g.reserve_regs(1000);
        for (i, r) in g.regs.iter_mut().enumerate() {
            *r = i as u64;
        }
        g.shrink_stack(100);
        assert_eq!(g.regs.len(), 100);
        assert_eq!(g.regs[99], 99, "registers below top keep their values");
        g.shrink_stack(60);
        assert_eq!(
            g.regs.len(),
            100,
            "no churn when most of the stack is in use"
        );
        g.reserve_regs(300);
        assert!(
            g.regs.len() >= 300 && g.regs[200] == 0,
            "regrowth gives zeroed slots"
        );
    }

    #[test]
    fn grefs_are_registered_until_dropped() {
        let heap_id = u64::MAX - 7;
        let count = || {
            let mut n = 0;
            // SAFETY: these goroutines are only touched by this test thread.
            unsafe { for_each_goroutine(heap_id, &mut |g| n += g.id) };
            n
        };
        let a = GRef::new(Goroutine::new(3, 0, 2, 0), heap_id);
        let mut b = GRef::new(Goroutine::new(4, 0, 2, 0), heap_id);
        b.regs[0] = 9;
        assert_eq!(count(), 7);
        drop(a);
        assert_eq!(count(), 4);
        assert_eq!(b.regs[0], 9);
        drop(b);
        assert_eq!(count(), 0);
    }

    #[test]
    fn a_finished_goroutine_restarts_clean() {
        let mut g = Goroutine::new(1, 3, 4, 77);
        g.reserve_regs(40);
        g.regs.iter_mut().for_each(|r| *r = 5);
        g.frames.push(Frame {
            closure: 0,
            func: 4,
            pc: 9,
            base: 4,
            flags: FRAME_HOST,
        });
        g.defers.push(Deferred {
            closure: 1,
            args: [2u64].as_slice().into(),
            depth: 1,
        });
        g.finish();
        assert!(g.frames.is_empty() && g.defers.is_empty() && g.panic.is_none());
        g.start(2, 6, 20, 88);
        assert_eq!(g.id, 2);
        assert_eq!(
            g.frames,
            vec![Frame {
                closure: 88,
                func: 6,
                pc: 0,
                base: 0,
                flags: 0
            }]
        );
        assert!(
            g.regs[..20].iter().all(|&r| r == 0),
            "the new window is zero"
        );

        g.reserve_regs(REUSE_MAX_REGS + 1);
        g.finish();
        assert_eq!(g.regs.len(), MIN_REGS, "a big stack is given back");
    }

    #[test]
    fn deferred_arguments_inline_when_few() {
        for n in 0..8u64 {
            let a: Vec<u64> = (0..n).collect();
            let d = DeferArgs::from(a.as_slice());
            assert_eq!(&*d, a.as_slice());
            assert_eq!(matches!(d, DeferArgs::Inline { .. }), n <= 4);
        }
    }

    #[test]
    fn a_fresh_goroutine_is_small() {
        let g = Goroutine::new(7, 0, 3, 0);
        assert!(g.footprint() < 512, "footprint {}", g.footprint());
        assert_eq!(g.regs.len(), MIN_REGS);
        assert_eq!(g.frames.len(), 1);
    }

    #[test]
    fn registers_grow_at_least_double_and_keep_values() {
        let mut g = Goroutine::new(1, 0, 4, 0);
        g.regs[3] = 42;
        g.reserve_regs(9);
        assert!(g.regs.len() >= 16);
        assert_eq!(g.regs[3], 42);
        assert_eq!(g.regs[15], 0);
    }

    #[test]
    fn trace_reports_the_previous_instruction() {
        let mut g = Goroutine::new(1, 3, 4, 0);
        g.frames[0].pc = 5;
        g.frames.push(Frame {
            closure: 0,
            func: 4,
            pc: 1,
            base: 4,
            flags: 0,
        });
        assert_eq!(g.trace(), vec![(4, 0), (3, 4)]);
    }
}
