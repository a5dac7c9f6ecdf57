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
//!   queue, a wait queue or the timer heap. It is never shared, so it needs no lock.
//!
//! Created by `sched` (goroutine 1) and by the interpreter's `Go` instruction; run
//! by `interp::run`.

use super::panic::PanicState;

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
    pub args: Box<[u64]>,
    pub depth: u32,
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

impl Goroutine {
    /// A goroutine about to run `func` (with `nregs` registers) through `closure`;
    /// the caller copies the arguments into `regs[0..]`.
    pub fn new(id: u64, func: u32, nregs: usize, closure: u64) -> Box<Goroutine> {
        let mut frames = Vec::with_capacity(2);
        frames.push(Frame {
            closure,
            func,
            pc: 0,
            base: 0,
            flags: 0,
        });
        Box::new(Goroutine {
            id,
            regs: vec![0; nregs.max(MIN_REGS)],
            frames,
            defers: Vec::new(),
            status: Status::Runnable,
            wait: WaitReason::None,
            created_by: None,
            panic: None,
        })
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

#[cfg(test)]
mod tests {
    use super::*;

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
