//! The M:N scheduler (DESIGN §4): `GOMAXPROCS` worker threads run goroutines.
//!
//! Per worker: a `crossbeam-deque` FIFO plus a one-goroutine *run-next* slot for the
//! goroutine just spawned or woken (it inherits the rest of the time slice). A global
//! `Injector` (checked first every 61st pick, for fairness) takes goroutine 1,
//! `Gosched`ed goroutines and work from retired workers. Idle workers steal from a
//! random victim, spin a bounded number of rounds (`Backoff`), then park
//! (`Parker`); they are woken when work appears. Shared counters are `CachePadded`.
//!
//! Timers: an ordered map keyed by (deadline, sequence) of sleeping goroutines and
//! of the runtime timers behind `time.Timer`, `time.Ticker` and `time.AfterFunc`
//! (keyed by the Go object's address in `armed`, so `Stop`/`Reset` remove them
//! exactly). One idle worker at a time (the *timer waiter*) parks with a timeout
//! until the earliest deadline, so a sleeping program uses ~0 CPU; busy workers fire
//! due timers at every pick and every budget exhaustion, so a wake-up under load is
//! late by about one slice. A firing channel timer does a non-blocking send of the
//! current time on its channel (re-arming itself when periodic); an `AfterFunc`
//! timer starts a goroutine. Each firing holds one unit of `active` from the moment
//! it leaves the map (under the timer lock) until its delivery is done, so deadlock
//! detection never sees the gap.
//!
//! Blocking: a native or a channel instruction that must wait returns a park
//! request; the worker commits it after the goroutine left the interpreter,
//! re-checking the condition under the wait queue's lock, so no wake-up is lost.
//! Semaphores are keyed by slot address in a hashed table of locked buckets (Go's
//! semtable), with direct hand-off to the first waiter (FIFO, or LIFO for a
//! `sync.Mutex` waiter that waited before). Channel parks are committed by
//! `chan::commit` (the goroutine goes to the channel's queue); goroutines blocked
//! forever (nil channels, `select {}`) are kept in a list of their own.
//!
//! Deadlock detection is exact: `active` counts goroutines that are runnable or
//! running. It is incremented before a goroutine is made runnable (spawn, wake,
//! timer) by someone who is itself counted (or under the timer lock), and
//! decremented only after a park is committed or a goroutine exits. When it reaches
//! zero and the timer heap is empty (checked under the timer lock), nothing can ever
//! run again: Go's deadlock report, exit 2.
//!
//! Garbage collection (`gc.rs`): the top of the worker loop is the safepoint —
//! between two slices a worker holds no goroutine; it stops there when a
//! collection is requested, and collects itself when its program's heap asks for
//! one (pacing trigger, `GOVM_GCSTRESS`). Idle and retired workers count as stopped
//! while parked (`Stw::enter_safe`/`leave_safe`). `runtime.GC` parks its goroutine
//! with `ParkReq::Gc`; the worker collects and makes it runnable again. Workers
//! allocate into the program's heap (`heap::enter`); a fatal out-of-memory unwinds
//! the worker (`heap::OutOfMemory`), which ends the program with Go's message.
//! Roots besides the run queues and semaphore waiters: the timer map holds
//! channel, closure and key references (`TimerWhat`), `forever` holds goroutines
//! blocked on nil channels, and goroutines parked on channels are reached through
//! `chan::Chan::for_each_parked`.
//!
//! The scheduler is an instance ([`Sched`]), not global state, so tests can run
//! several programs in one process. Called by `runtime::run_program`; natives and
//! the interpreter call `spawn`, `sema_release`, `set_procs`, `now_ns`.

use super::chan;
use super::gc::{self, GcConfig, Stw};
pub use super::goroutine::GRef;
use super::goroutine::{CreatedBy, Goroutine, Status, WaitReason};
use super::interp::{self, Exec, Outcome, ParkReq, BUDGET};
use super::natives::sema_try_acquire;
use super::panic::{self, PanicVal};
use super::{heap, output, Program};
use crossbeam_deque::{Injector, Steal, Stealer, Worker};
use crossbeam_utils::sync::{Parker, Unparker};
use crossbeam_utils::{Backoff, CachePadded};
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::atomic::Ordering::{AcqRel, Acquire, Relaxed, SeqCst};
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, RwLock, Weak};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Most worker threads `runtime.GOMAXPROCS` may ask for.
pub const MAX_PROCS: usize = 256;
const NO_WORKER: usize = usize::MAX;
const SEMA_BUCKETS: usize = 251;

/// How a program is run.
#[derive(Clone, Debug)]
pub struct Config {
    /// Worker threads (GOMAXPROCS).
    pub procs: usize,
    /// Collect stdout and stderr in the result instead of writing them.
    pub capture: bool,
    /// The collector's settings (GOGC, memory limit, stress mode).
    pub gc: GcConfig,
}

impl Config {
    /// GOMAXPROCS from the environment (a positive integer), else the CPU count.
    pub fn from_env() -> Config {
        let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
        let procs = std::env::var("GOMAXPROCS")
            .ok()
            .and_then(|v| v.trim().parse::<usize>().ok())
            .filter(|&n| n >= 1)
            .unwrap_or(cpus)
            .min(MAX_PROCS);
        Config {
            procs,
            capture: false,
            gc: GcConfig::from_env(),
        }
    }
}

/// What a run produced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RunResult {
    pub code: i32,
    /// Captured stdout (empty unless `Config::capture`).
    pub stdout: Vec<u8>,
    /// Captured stderr: the panic or deadlock report (empty unless captured).
    pub stderr: String,
    /// The global slots when the program ended (for tests).
    pub globals: Vec<u64>,
    /// The program's heap, kept alive as long as the result: reference globals
    /// point into it.
    pub heap: Arc<heap::Heap>,
}

/// What happens when a timer fires.
pub(crate) enum TimerWhat {
    /// A sleeping goroutine becomes runnable.
    Wake(GRef),
    /// `time.Timer`/`time.Ticker` (Go object address `key`): send the current time
    /// on channel `ch` without blocking; re-arm every `period` ns when non-zero.
    Chan { key: u64, ch: u64, period: u64 },
    /// `time.AfterFunc` (Go object address `key`): start a goroutine running `f`.
    Func { key: u64, f: u64 },
}

/// A fired runtime timer's delivery, done after the timer lock is released.
enum Delivery {
    Chan(u64),
    Func(u64),
}

#[derive(Default)]
struct Timers {
    /// Pending timers by (deadline, sequence).
    queue: BTreeMap<(u64, u64), TimerWhat>,
    /// The queue key of each armed runtime timer, by Go object address.
    armed: HashMap<u64, (u64, u64)>,
    seq: u64,
}

#[derive(Default)]
struct SemBucket {
    waiters: HashMap<u64, VecDeque<GRef>>,
}

/// Where goroutine 1 last parked (for the deadlock report).
struct MainPark {
    reason: WaitReason,
    trace: Vec<(u32, u32)>,
    native: Option<String>,
    /// Parked while package initialization runs (not yet in `main.main`): Go's
    /// main goroutine is locked to its thread then, and says so in the report.
    in_init: bool,
}

/// A worker's own state, owned by its thread.
pub struct Local {
    id: usize,
    queue: Worker<GRef>,
    runnext: Option<GRef>,
    parker: Parker,
    rng: u64,
    tick: u32,
    budget: i64,
    spinning: bool,
    /// Goroutines that finished on this worker, kept (still registered, holding
    /// no roots) for the next `go` statements: spawning then allocates nothing.
    free: Vec<GRef>,
    /// This worker's share of the goroutine count (see `Sched::live`).
    live: Arc<CachePadded<AtomicI64>>,
    /// Units of `Sched::active` this worker added in advance and has not used:
    /// spawning takes one, a goroutine finishing here gives one back, so the
    /// spawn/finish cycle touches no shared counter. `active` overcounts by the
    /// credits held, so it reaches zero only when every worker gave them back,
    /// which a worker does before it parks: deadlock detection stays exact.
    credit: i64,
}

/// Units of `active` a worker takes at once (see `Local::credit`).
const CREDIT_BATCH: i64 = 32;

/// How many finished goroutines a worker keeps for reuse; half of them move to
/// the shared pool when it has more (goroutines often finish on another worker
/// than the one spawning: the pool carries them back).
const FREE_LOCAL: usize = 128;
/// The most finished goroutines the shared pool keeps (beyond: freed).
const FREE_SHARED: usize = 8192;

/// One running program's scheduler.
pub struct Sched {
    pub prog: Program,
    injector: Injector<GRef>,
    stealers: RwLock<Vec<Stealer<GRef>>>,
    unparkers: RwLock<Vec<Unparker>>,
    idle: Mutex<Vec<usize>>,
    nidle: CachePadded<AtomicUsize>,
    nspinning: CachePadded<AtomicUsize>,
    procs: CachePadded<AtomicUsize>,
    /// Goroutines alive (NumGoroutine): the sum of these counts, one per worker
    /// (each written by its worker only) and one for spawns from elsewhere.
    live: RwLock<Vec<Arc<CachePadded<AtomicI64>>>>,
    /// Goroutines runnable or running.
    active: CachePadded<AtomicI64>,
    next_goid: CachePadded<AtomicU64>,
    timers: Mutex<Timers>,
    /// Earliest timer deadline (ns on the scheduler clock), `u64::MAX` if none.
    next_deadline: CachePadded<AtomicU64>,
    timer_waiter: AtomicUsize,
    start: Instant,
    sema: Box<[CachePadded<Mutex<SemBucket>>]>,
    /// Finished goroutines shared between workers (see `FREE_LOCAL`).
    free: Mutex<Vec<GRef>>,
    shutdown: AtomicBool,
    exit: Mutex<Option<(i32, String)>>,
    exit_cv: Condvar,
    threads: Mutex<Vec<JoinHandle<()>>>,
    self_ref: Mutex<Weak<Sched>>,
    main_park: Mutex<Option<MainPark>>,
    capture: Option<Mutex<Vec<u8>>>,
    stw: Stw,
    /// Stress mode: the scheduler clock before which no stress collection starts.
    stress_next: AtomicU64,
    /// Goroutines blocked forever (nil channels, `select {}`); never woken.
    forever: Mutex<Vec<GRef>>,
    /// The main goroutine ended with `runtime.Goexit`: the program runs on until
    /// no goroutine can run, then dies of a deadlock.
    main_goexit: AtomicBool,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Sched {
    fn new(prog: Program, cfg: &Config) -> Sched {
        Sched {
            prog,
            injector: Injector::new(),
            stealers: RwLock::new(Vec::new()),
            unparkers: RwLock::new(Vec::new()),
            idle: Mutex::new(Vec::new()),
            nidle: CachePadded::new(AtomicUsize::new(0)),
            nspinning: CachePadded::new(AtomicUsize::new(0)),
            procs: CachePadded::new(AtomicUsize::new(cfg.procs.clamp(1, MAX_PROCS))),
            live: RwLock::new(vec![Arc::default()]),
            active: CachePadded::new(AtomicI64::new(0)),
            next_goid: CachePadded::new(AtomicU64::new(1)),
            timers: Mutex::new(Timers::default()),
            next_deadline: CachePadded::new(AtomicU64::new(u64::MAX)),
            timer_waiter: AtomicUsize::new(NO_WORKER),
            start: Instant::now(),
            free: Mutex::new(Vec::new()),
            sema: (0..SEMA_BUCKETS)
                .map(|_| CachePadded::new(Mutex::new(SemBucket::default())))
                .collect(),
            shutdown: AtomicBool::new(false),
            exit: Mutex::new(None),
            exit_cv: Condvar::new(),
            threads: Mutex::new(Vec::new()),
            self_ref: Mutex::new(Weak::new()),
            main_park: Mutex::new(None),
            capture: cfg.capture.then(|| Mutex::new(Vec::new())),
            stw: Stw::new(),
            stress_next: AtomicU64::new(0),
            forever: Mutex::new(Vec::new()),
            main_goexit: AtomicBool::new(false),
        }
    }

    /// Nanoseconds on the scheduler's monotonic clock.
    pub fn now_ns(&self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }

    pub fn next_goid(&self) -> u64 {
        self.next_goid.fetch_add(1, Relaxed)
    }

    pub fn is_shutdown(&self) -> bool {
        self.shutdown.load(Relaxed)
    }

    /// The stop-the-world rendezvous of this scheduler's workers.
    pub fn stw(&self) -> &Stw {
        &self.stw
    }

    /// Reports every heap reference the scheduler holds outside goroutines (which
    /// the collector scans through the goroutine registry) and heap objects: the
    /// runtime timers' Go objects, channels and `AfterFunc` closures. Whoever adds
    /// a place holding references reports it here.
    pub fn trace_roots(&self, visit: &mut dyn FnMut(u64)) {
        let t = lock(&self.timers);
        for what in t.queue.values() {
            match what {
                // Registered goroutines are roots by themselves.
                TimerWhat::Wake(_) => {}
                TimerWhat::Chan { key, ch, .. } => {
                    visit(*key);
                    visit(*ch);
                }
                TimerWhat::Func { key, f } => {
                    visit(*key);
                    visit(*f);
                }
            }
        }
    }

    pub fn num_goroutine(&self) -> u64 {
        let live = self.live.read().unwrap_or_else(|e| e.into_inner());
        live.iter().map(|c| c.load(Relaxed)).sum::<i64>().max(0) as u64
    }

    /// Program output of one `fmt.Print*` call, as one unit.
    pub fn write_stdout(&self, bytes: &[u8]) {
        if self.is_shutdown() {
            return;
        }
        match &self.capture {
            Some(c) => lock(c).extend_from_slice(bytes),
            None => output::write_stdout(bytes),
        }
    }

    // ---- making goroutines runnable ---------------------------------------------

    /// Starts a goroutine calling closure `c` with `args` (counted alive and
    /// active) in the run-next slot, reusing one that finished on this worker when
    /// there is one. Fails (nothing started) when `c` is not a function.
    pub fn spawn(
        &self,
        mut local: Option<&mut Local>,
        c: u64,
        args: &[u64],
        created_by: Option<CreatedBy>,
    ) -> Result<(), PanicVal> {
        let func = interp::closure_func(&self.prog, c)?;
        let nregs = self.prog.module.funcs[func as usize].nregs as usize;
        let id = self.next_goid();
        let mut g = match local.as_deref_mut().and_then(|l| self.reusable(l)) {
            Some(mut g) => {
                g.start(id, func, nregs, c);
                g
            }
            None => GRef::new(Goroutine::new(id, func, nregs, c), self.prog.heap.id()),
        };
        let n = args.len().min(nregs);
        g.regs[..n].copy_from_slice(&args[..n]);
        g.created_by = created_by;
        match local.as_deref_mut() {
            Some(l) => {
                l.live.store(l.live.load(Relaxed) + 1, Relaxed);
                if l.credit == 0 {
                    self.active.fetch_add(CREDIT_BATCH, AcqRel);
                    l.credit = CREDIT_BATCH;
                }
                l.credit -= 1;
            }
            None => {
                let live = self.live.read().unwrap_or_else(|e| e.into_inner());
                live[0].fetch_add(1, Relaxed);
                self.active.fetch_add(1, AcqRel);
            }
        }
        self.ready(local, g);
        Ok(())
    }

    /// A finished goroutine to reuse: this worker's, or a batch from the shared pool.
    fn reusable(&self, l: &mut Local) -> Option<GRef> {
        if l.free.is_empty() {
            let mut shared = lock(&self.free);
            let n = shared.len().min(FREE_LOCAL / 2);
            let from = shared.len() - n;
            l.free.extend(shared.drain(from..));
        }
        l.free.pop()
    }

    /// Keeps goroutine `g`, which returned, for reuse (see `FREE_LOCAL`).
    fn keep_for_reuse(&self, l: &mut Local, mut g: GRef) {
        g.finish();
        l.free.push(g);
        if l.free.len() > FREE_LOCAL {
            let half = l.free.split_off(FREE_LOCAL / 2);
            let mut shared = lock(&self.free);
            let room = FREE_SHARED.saturating_sub(shared.len());
            let mut half = half.into_iter();
            shared.extend(half.by_ref().take(room));
            drop(shared);
            drop(half.collect::<Vec<_>>());
        }
    }

    /// Puts an already-counted goroutine in `local`'s run-next slot (or the
    /// injector) and wakes an idle worker if there is one.
    fn ready(&self, local: Option<&mut Local>, mut g: GRef) {
        g.status = Status::Runnable;
        g.wait = WaitReason::None;
        match local {
            Some(l) => {
                if let Some(old) = l.runnext.replace(g) {
                    l.queue.push(old);
                }
            }
            None => self.injector.push(g),
        }
        self.notify();
    }

    /// Wakes one idle worker if any is idle and none is already looking for work.
    fn notify(&self) {
        if self.nidle.load(SeqCst) > 0 && self.nspinning.load(SeqCst) == 0 {
            self.wake_one();
        }
    }

    fn wake_one(&self) {
        let id = {
            let mut idle = lock(&self.idle);
            let id = idle.pop();
            if id.is_some() {
                self.nidle.fetch_sub(1, SeqCst);
            }
            id
        };
        if let Some(id) = id {
            if let Some(u) = self
                .unparkers
                .read()
                .unwrap_or_else(|e| e.into_inner())
                .get(id)
            {
                u.unpark();
            }
        }
    }

    fn unpark_all(&self) {
        for u in self
            .unparkers
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
        {
            u.unpark();
        }
    }

    fn dec_active(&self) {
        if self.active.fetch_sub(1, AcqRel) == 1 {
            self.check_deadlock();
        }
    }

    // ---- semaphores ---------------------------------------------------------------

    fn bucket(&self, addr: u64) -> &Mutex<SemBucket> {
        &self.sema[((addr >> 3) % SEMA_BUCKETS as u64) as usize]
    }

    /// `runtime_Semrelease`: hands the unit to the first waiter, or adds it.
    pub fn sema_release(&self, local: Option<&mut Local>, addr: u64) {
        let woken = {
            let mut b = lock(self.bucket(addr));
            let g = b.waiters.get_mut(&addr).and_then(|q| q.pop_front());
            if b.waiters.get(&addr).is_some_and(|q| q.is_empty()) {
                b.waiters.remove(&addr);
            }
            match g {
                Some(g) => {
                    self.active.fetch_add(1, AcqRel);
                    Some(g)
                }
                None => {
                    // SAFETY: `addr` is a non-nil VM-made slot address (checked by the native).
                    let s = unsafe { heap::slot(addr, 0) };
                    let _ =
                        s.fetch_update(SeqCst, SeqCst, |v| Some((v as u32).wrapping_add(1) as u64));
                    None
                }
            }
        };
        if let Some(g) = woken {
            self.ready(local, g);
        }
    }

    // ---- timers -------------------------------------------------------------------

    fn add_timer(&self, deadline: u64, key: Option<u64>, what: TimerWhat) {
        let earlier = {
            let mut t = lock(&self.timers);
            t.seq += 1;
            let seq = t.seq;
            t.queue.insert((deadline, seq), what);
            if let Some(key) = key {
                t.armed.insert(key, (deadline, seq));
            }
            let prev = self.next_deadline.load(SeqCst);
            if deadline < prev {
                self.next_deadline.store(deadline, SeqCst);
            }
            deadline < prev
        };
        if earlier {
            let w = self.timer_waiter.load(SeqCst);
            if w != NO_WORKER {
                if let Some(u) = self
                    .unparkers
                    .read()
                    .unwrap_or_else(|e| e.into_inner())
                    .get(w)
                {
                    u.unpark();
                }
            } else {
                self.notify();
            }
        }
    }

    /// Makes every goroutine whose deadline passed runnable (in deadline order).
    fn poll_timers(&self, mut local: Option<&mut Local>) {
        let next = self.next_deadline.load(SeqCst);
        // (No clock read when no timer is pending: this runs at every switch.)
        if next == u64::MAX {
            return;
        }
        let now = self.now_ns();
        if now < next {
            return;
        }
        let mut fired = Vec::new();
        let mut deliveries = Vec::new();
        {
            let mut t = lock(&self.timers);
            while let Some(e) = t.queue.first_entry() {
                if e.key().0 > now {
                    break;
                }
                let ((deadline, _), what) = e.remove_entry();
                // A unit of `active`: the woken goroutine's, or held by the
                // delivery until it is done.
                self.active.fetch_add(1, AcqRel);
                match what {
                    TimerWhat::Wake(g) => fired.push(g),
                    TimerWhat::Chan { key, ch, period } => {
                        if period > 0 {
                            let next = deadline.saturating_add(
                                period.saturating_mul(1 + (now - deadline) / period),
                            );
                            t.seq += 1;
                            let seq = t.seq;
                            t.queue
                                .insert((next, seq), TimerWhat::Chan { key, ch, period });
                            t.armed.insert(key, (next, seq));
                        } else {
                            t.armed.remove(&key);
                        }
                        deliveries.push(Delivery::Chan(ch));
                    }
                    TimerWhat::Func { key, f } => {
                        t.armed.remove(&key);
                        deliveries.push(Delivery::Func(f));
                    }
                }
            }
            let next = t.queue.keys().next().map_or(u64::MAX, |k| k.0);
            self.next_deadline.store(next, SeqCst);
        }
        for mut g in fired {
            g.status = Status::Runnable;
            g.wait = WaitReason::None;
            match local.as_deref_mut() {
                Some(l) => l.queue.push(g),
                None => self.injector.push(g),
            }
        }
        for d in deliveries {
            match d {
                Delivery::Chan(ch) => {
                    let v = self.time_value();
                    chan::timer_send(self, local.as_deref_mut(), ch, &v);
                }
                Delivery::Func(f) => {
                    // (A failure would be a non-function: nothing to run.)
                    let _ = self.spawn(local.as_deref_mut(), f, &[], None);
                }
            }
            self.dec_active();
        }
        self.notify();
    }

    /// The current time as a `time.Time` value: wall clock ns since the epoch and
    /// the monotonic reading (never 0).
    pub fn time_value(&self) -> [u64; 2] {
        let wall = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        [wall, self.now_ns() + 1]
    }

    // ---- parking --------------------------------------------------------------------

    /// Commits a park request for `g`, which has left the interpreter.
    fn commit_park(&self, local: &mut Local, mut g: GRef, req: ParkReq) {
        g.status = Status::Waiting;
        // a parked goroutine keeps only the register stack its frames use
        let top = interp::frames_top(&self.prog, &g);
        g.shrink_stack(top);
        match req {
            ParkReq::Sleep { deadline } => {
                g.wait = WaitReason::Sleep;
                self.note_main_park(&g);
                self.add_timer(deadline, None, TimerWhat::Wake(g));
                self.dec_active();
            }
            ParkReq::Sema { addr, reason, lifo } => {
                let mut b = lock(self.bucket(addr));
                // SAFETY: `addr` is a non-nil VM-made slot address (checked by the native).
                if sema_try_acquire(unsafe { heap::slot(addr, 0) }) {
                    drop(b);
                    g.status = Status::Runnable;
                    self.ready(Some(local), g);
                    return;
                }
                g.wait = reason;
                self.note_main_park(&g);
                let q = b.waiters.entry(addr).or_default();
                if lifo {
                    q.push_front(g);
                } else {
                    q.push_back(g);
                }
                drop(b);
                self.dec_active();
            }
            ParkReq::Gc => {
                // The goroutine is off the interpreter and registered: a root.
                gc::collect(self, true);
                g.status = Status::Runnable;
                self.ready(Some(local), g);
            }
            ParkReq::Chan => chan::commit(self, local, g),
        }
    }

    // ---- channel parks (called by `chan`) -------------------------------------------

    /// Makes a goroutine that was claimed from a wait queue runnable (in `local`'s
    /// run-next slot): counts it active first.
    pub(crate) fn wake(&self, local: Option<&mut Local>, g: GRef) {
        self.active.fetch_add(1, AcqRel);
        self.ready(local, g);
    }

    /// Makes the goroutine being committed runnable again (it is still counted
    /// active: its park did not happen).
    pub(crate) fn resume(&self, local: &mut Local, g: GRef) {
        self.ready(Some(local), g);
    }

    /// Marks `g` waiting for `reason` at the instruction its pc points at (for the
    /// deadlock report), before it is queued.
    pub(crate) fn prepare_park(&self, g: &mut Goroutine, reason: WaitReason) {
        g.status = Status::Waiting;
        g.wait = reason;
        if g.id == 1 {
            let mut trace = g.trace();
            if let (Some(first), Some(f)) = (trace.first_mut(), g.frames.last()) {
                first.1 = f.pc;
            }
            *lock(&self.main_park) = Some(MainPark {
                reason,
                trace,
                native: None,
                in_init: self.in_init(g),
            });
        }
    }

    /// A goroutine prepared with `prepare_park` was queued and its locks released:
    /// it no longer counts as active.
    pub(crate) fn parked(&self) {
        self.dec_active();
    }

    /// Parks `g` for good (a nil channel, `select {}`).
    pub(crate) fn park_forever(&self, mut g: GRef, reason: WaitReason) {
        self.prepare_park(&mut g, reason);
        lock(&self.forever).push(g);
        self.dec_active();
    }

    // ---- runtime timers (called by the time natives) ---------------------------------

    /// Arms the runtime timer of Go object `key` (disarming it first); returns
    /// whether it was armed.
    pub(crate) fn timer_arm(&self, key: u64, deadline: u64, what: TimerWhat) -> bool {
        let was = self.timer_stop(key);
        self.add_timer(deadline, Some(key), what);
        was
    }

    /// Disarms the runtime timer of Go object `key`; whether it was armed.
    pub(crate) fn timer_stop(&self, key: u64) -> bool {
        let mut t = lock(&self.timers);
        match t.armed.remove(&key) {
            Some(k) => {
                t.queue.remove(&k);
                let next = t.queue.keys().next().map_or(u64::MAX, |k| k.0);
                self.next_deadline.store(next, SeqCst);
                true
            }
            None => false,
        }
    }

    fn note_main_park(&self, g: &Goroutine) {
        if g.id != 1 {
            return;
        }
        let native = g.frames.last().and_then(|f| {
            let func = self.prog.module.funcs.get(f.func as usize)?;
            match func.code.get((f.pc as usize).checked_sub(1)?)? {
                crate::bytecode::Op::CallNative { native, .. } => self
                    .prog
                    .module
                    .natives
                    .get(*native as usize)
                    .map(|n| n.name.clone()),
                _ => None,
            }
        });
        *lock(&self.main_park) = Some(MainPark {
            reason: g.wait,
            trace: g.trace(),
            native,
            in_init: self.in_init(g),
        });
    }

    /// Whether the main goroutine `g` is still running package initialization:
    /// its bootstrap frame has not called `main.main` yet.
    fn in_init(&self, g: &Goroutine) -> bool {
        g.frames.first().is_some_and(|f| f.func == self.prog.boot)
            && g.frames
                .get(1)
                .is_some_and(|f| f.func != self.prog.module.entry)
    }

    fn check_deadlock(&self) {
        let t = lock(&self.timers);
        if !t.queue.is_empty() || self.active.load(SeqCst) != 0 || self.is_shutdown() {
            return;
        }
        drop(t);
        if self.main_goexit.load(SeqCst) && self.num_goroutine() == 0 {
            let msg = "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n";
            self.finish(2, msg.to_string());
            return;
        }
        let mut msg = String::from("fatal error: all goroutines are asleep - deadlock!\n\n");
        if let Some(mp) = lock(&self.main_park).as_ref() {
            let mut reason = mp.reason.as_str().to_string();
            if mp.in_init {
                reason.push_str(", locked to thread");
            }
            msg.push_str(&panic::goroutine_trace(
                &self.prog,
                1,
                &reason,
                &mp.trace,
                mp.native.as_deref(),
                None,
            ));
        }
        self.finish(2, msg);
    }

    /// Ends the program (the first call wins).
    pub(crate) fn finish(&self, code: i32, stderr: String) {
        {
            let mut e = lock(&self.exit);
            if e.is_none() {
                *e = Some((code, stderr));
            }
            self.shutdown.store(true, SeqCst);
            self.exit_cv.notify_all();
        }
        self.unpark_all();
    }

    // ---- workers --------------------------------------------------------------------

    /// `runtime.GOMAXPROCS`: sets the number of workers (`None` only queries) and
    /// returns the previous value. Growing starts threads; shrinking retires the
    /// highest-numbered workers, which hand their goroutines to the injector.
    pub fn set_procs(&self, n: Option<usize>) -> usize {
        let prev = self.procs.load(SeqCst);
        if let Some(n) = n {
            let n = n.clamp(1, MAX_PROCS);
            if n != prev {
                self.procs.store(n, SeqCst);
                if let Some(me) = lock(&self.self_ref).upgrade() {
                    Sched::start_workers(&me, n);
                }
                self.unpark_all();
            }
        }
        prev
    }

    /// Whether worker `l` is beyond the `GOMAXPROCS` setting (it retires at its
    /// next scheduling point).
    pub fn is_retired(&self, l: &Local) -> bool {
        l.id >= self.procs.load(SeqCst)
    }

    /// Starts workers until there are `n` of them.
    fn start_workers(me: &Arc<Sched>, n: usize) {
        let mut threads = lock(&me.threads);
        if me.is_shutdown() {
            return;
        }
        let mut stealers = me.stealers.write().unwrap_or_else(|e| e.into_inner());
        let mut unparkers = me.unparkers.write().unwrap_or_else(|e| e.into_inner());
        while stealers.len() < n {
            let id = stealers.len();
            let queue = Worker::new_fifo();
            let parker = Parker::new();
            stealers.push(queue.stealer());
            unparkers.push(parker.unparker().clone());
            let local = Local {
                id,
                queue,
                runnext: None,
                parker,
                rng: 0x9E37_79B9_7F4A_7C15 ^ (id as u64 + 1).wrapping_mul(0xA24B_AED4_963E_E407),
                tick: 0,
                budget: BUDGET,
                spinning: false,
                free: Vec::new(),
                live: {
                    let c = Arc::<CachePadded<AtomicI64>>::default();
                    me.live
                        .write()
                        .unwrap_or_else(|e| e.into_inner())
                        .push(Arc::clone(&c));
                    c
                },
                credit: 0,
            };
            let s = Arc::clone(me);
            me.stw.thread_started();
            let h = std::thread::Builder::new()
                .name(format!("govm-worker-{id}"))
                .spawn(move || s.worker_main(local));
            match h {
                Ok(h) => threads.push(h),
                Err(_) => {
                    me.stw.thread_failed();
                    stealers.pop();
                    unparkers.pop();
                    break;
                }
            }
        }
    }

    fn worker_main(&self, l: Local) {
        self.stw.leave_safe();
        let _in_heap = heap::enter(&self.prog.heap);
        let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.worker_loop(l)));
        if let Err(e) = run {
            if !e.is::<heap::OutOfMemory>() {
                self.stw.thread_exited();
                std::panic::resume_unwind(e);
            }
            self.finish(2, heap::OOM_MESSAGE.to_string());
        }
        self.stw.thread_exited();
    }

    fn worker_loop(&self, mut l: Local) {
        loop {
            if self.is_shutdown() {
                break;
            }
            // The safepoint: this worker holds no goroutine here.
            self.gc_safepoint();
            if l.id >= self.procs.load(Relaxed) {
                self.retire(&mut l);
                continue;
            }
            match self.find_work(&mut l) {
                Some((g, inherit)) => {
                    if l.spinning {
                        l.spinning = false;
                        if self.nspinning.fetch_sub(1, SeqCst) == 1 {
                            self.notify();
                        }
                    }
                    self.run_slice(&mut l, g, inherit);
                }
                None => self.park_worker(&mut l),
            }
        }
        if l.spinning {
            self.nspinning.fetch_sub(1, SeqCst);
        }
    }

    /// A GC safepoint (the worker holds no goroutine borrowed): stops while
    /// another worker collects; collects when the heap asks for it.
    fn gc_safepoint(&self) {
        self.stw.safepoint();
        let heap = &self.prog.heap;
        if heap.stress() {
            // Stress mode: every safepoint collects (and every allocation ends its
            // slice at the next budget check), except that collections never take
            // more than about half of the time (a big heap would make the stress
            // mode quadratic).
            let t0 = self.now_ns();
            if t0 >= self.stress_next.load(Relaxed) && gc::collect(self, false) {
                let t1 = self.now_ns();
                self.stress_next.store(t1 + (t1 - t0), Relaxed);
            }
        } else if heap.gc_wanted() {
            gc::collect(self, false);
        }
    }

    fn retire(&self, l: &mut Local) {
        self.return_credit(l);
        if let Some(g) = l.runnext.take() {
            self.injector.push(g);
        }
        while let Some(g) = l.queue.pop() {
            self.injector.push(g);
        }
        if l.spinning {
            l.spinning = false;
            self.nspinning.fetch_sub(1, SeqCst);
        }
        self.notify();
        if l.id >= self.procs.load(SeqCst) && !self.is_shutdown() {
            self.stw.enter_safe();
            l.parker.park();
            self.stw.leave_safe();
        }
    }

    fn xorshift(l: &mut Local) -> u64 {
        let mut x = l.rng;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        l.rng = x;
        x
    }

    /// The next goroutine to run and whether it inherits the current time slice.
    fn find_work(&self, l: &mut Local) -> Option<(GRef, bool)> {
        l.tick = l.tick.wrapping_add(1);
        if l.tick.is_multiple_of(61) {
            if let Steal::Success(g) = self.injector.steal() {
                return Some((g, false));
            }
        }
        self.poll_timers(Some(l));
        if let Some(g) = l.runnext.take() {
            return Some((g, true));
        }
        if let Some(g) = l.queue.pop() {
            return Some((g, false));
        }
        let backoff = Backoff::new();
        loop {
            let mut retry = false;
            match self.injector.steal_batch_and_pop(&l.queue) {
                Steal::Success(g) => return Some((g, false)),
                Steal::Retry => retry = true,
                Steal::Empty => {}
            }
            {
                let stealers = self.stealers.read().unwrap_or_else(|e| e.into_inner());
                let n = stealers.len();
                let start = Self::xorshift(l) as usize % n.max(1);
                for i in 0..n {
                    let v = (start + i) % n;
                    if v == l.id {
                        continue;
                    }
                    match stealers[v].steal_batch_and_pop(&l.queue) {
                        Steal::Success(g) => return Some((g, false)),
                        Steal::Retry => retry = true,
                        Steal::Empty => {}
                    }
                }
            }
            if self.is_shutdown() || backoff.is_completed() || self.stw.requested() {
                return None;
            }
            if !retry {
                backoff.snooze();
            }
            // A timer delivery may have readied a goroutine into run-next.
            self.poll_timers(Some(l));
            if let Some(g) = l.runnext.take() {
                return Some((g, true));
            }
            if let Some(g) = l.queue.pop() {
                return Some((g, false));
            }
        }
    }

    fn has_work(&self) -> bool {
        if !self.injector.is_empty() || self.now_ns() >= self.next_deadline.load(SeqCst) {
            return true;
        }
        let stealers = self.stealers.read().unwrap_or_else(|e| e.into_inner());
        stealers.iter().any(|s| !s.is_empty())
    }

    /// Gives this worker's unused units of `active` back (see `Local::credit`).
    fn return_credit(&self, l: &mut Local) {
        let c = std::mem::take(&mut l.credit);
        if c > 0 && self.active.fetch_sub(c, AcqRel) == c {
            self.check_deadlock();
        }
    }

    fn park_worker(&self, l: &mut Local) {
        self.return_credit(l);
        if l.spinning {
            l.spinning = false;
            self.nspinning.fetch_sub(1, SeqCst);
        }
        {
            lock(&self.idle).push(l.id);
            self.nidle.fetch_add(1, SeqCst);
        }
        self.stw.enter_safe();
        if !self.has_work() && !self.is_shutdown() && !self.stw.requested() {
            if self.capture.is_none() {
                output::flush_stdout();
            }
            let waiter = self.next_deadline.load(SeqCst) != u64::MAX
                && self
                    .timer_waiter
                    .compare_exchange(NO_WORKER, l.id, SeqCst, SeqCst)
                    .is_ok();
            if waiter {
                let next = self.next_deadline.load(SeqCst);
                let now = self.now_ns();
                if next > now {
                    l.parker.park_timeout(Duration::from_nanos(next - now));
                }
                self.timer_waiter.store(NO_WORKER, SeqCst);
            } else {
                l.parker.park();
            }
        }
        self.stw.leave_safe();
        {
            let mut idle = lock(&self.idle);
            if let Some(i) = idle.iter().position(|&x| x == l.id) {
                idle.swap_remove(i);
                self.nidle.fetch_sub(1, SeqCst);
            }
        }
        l.spinning = true;
        self.nspinning.fetch_add(1, SeqCst);
    }

    fn run_slice(&self, l: &mut Local, mut g: GRef, inherit: bool) {
        if !inherit || l.budget <= 0 {
            l.budget = BUDGET;
        }
        g.status = Status::Running;
        let (outcome, left) = {
            let budget = l.budget;
            let mut ex = Exec {
                prog: &self.prog,
                sched: self,
                local: Some(&mut *l),
                budget,
                gc_budget: None,
            };
            let mut o = interp::run(&mut ex, &mut g, 0);
            // Cut short for a collection: collect with the goroutine in hand
            // (it is registered, so a root), then let it go on with its budget.
            while o == (Outcome::Yield { global: false }) && !self.is_shutdown() {
                let Some(left) = ex.gc_budget.take() else {
                    break;
                };
                self.gc_safepoint();
                ex.budget = left;
                o = interp::run(&mut ex, &mut g, 0);
            }
            (o, ex.budget)
        };
        l.budget = left;
        match outcome {
            Outcome::Panic if g.panic.as_ref().is_some_and(|p| p.is_goexit()) => {
                // runtime.Goexit: the goroutine ends; for main, the program goes on
                if g.id == 1 {
                    *lock(&self.main_park) = None;
                    self.main_goexit.store(true, SeqCst);
                }
                self.goroutine_ended(l, g);
            }
            Outcome::Done => {
                if g.id == 1 {
                    self.finish(0, String::new());
                    return;
                }
                self.goroutine_ended(l, g);
            }
            Outcome::Yield { global } => {
                l.budget = BUDGET;
                g.status = Status::Runnable;
                if global {
                    self.injector.push(g);
                    self.notify();
                    return;
                }
                self.poll_timers(Some(l));
                if let Some(rn) = l.runnext.take() {
                    l.queue.push(rn);
                }
                l.queue.push(g);
                if l.queue.len() > 1 {
                    self.notify();
                }
            }
            Outcome::Park(req) => self.commit_park(l, g, req),
            Outcome::Panic => {
                let msg = self.panic_message(l, &mut g);
                self.finish(2, msg);
            }
        }
    }

    /// A goroutine that finished: uncounted and kept for reuse.
    fn goroutine_ended(&self, l: &mut Local, g: GRef) {
        l.live.store(l.live.load(Relaxed) - 1, Relaxed);
        self.keep_for_reuse(l, g);
        // Its unit of `active` becomes this worker's credit.
        l.credit += 1;
        if l.credit > 2 * CREDIT_BATCH {
            self.return_credit(l);
        }
    }

    /// The report of `g`'s unrecovered panic (calling `Error()`/`String()` on it).
    fn panic_message(&self, l: &mut Local, g: &mut Goroutine) -> String {
        let Some(state) = g.panic.take() else {
            return "panic: ?\n".to_string();
        };
        let mut ex = Exec {
            prog: &self.prog,
            sched: self,
            local: Some(l),
            budget: BUDGET,
            gc_budget: None,
        };
        let (goid, created_by) = (g.id, g.created_by);
        let mut call = |f: u32, b: u64| interp::call_nested(&mut ex, g, f, &[b], 1).map(|r| r[0]);
        panic::panic_report(&self.prog, &state, goid, created_by, &mut call)
    }
}

/// Runs a loaded program on a new scheduler until `main.main` returns, a panic or
/// a deadlock ends it.
pub fn run_program(prog: Program, cfg: Config) -> RunResult {
    let procs = cfg.procs.clamp(1, MAX_PROCS);
    prog.heap.set_gc_percent(cfg.gc.percent);
    prog.heap.set_limit(cfg.gc.limit);
    prog.heap.set_stress(cfg.gc.stress);
    prog.heap.set_trace(cfg.gc.trace);
    let boot = prog.boot;
    let boot_regs = prog.module.funcs[boot as usize].nregs as usize;
    let sched = Arc::new(Sched::new(prog, &cfg));
    *lock(&sched.self_ref) = Arc::downgrade(&sched);
    let g1 = GRef::new(
        Goroutine::new(sched.next_goid(), boot, boot_regs, 0),
        sched.prog.heap.id(),
    );
    sched.live.read().unwrap_or_else(|e| e.into_inner())[0].store(1, SeqCst);
    sched.active.store(1, SeqCst);
    sched.injector.push(g1);
    Sched::start_workers(&sched, procs);
    let (code, stderr) = {
        let mut e = lock(&sched.exit);
        while e.is_none() {
            e = sched.exit_cv.wait(e).unwrap_or_else(|p| p.into_inner());
        }
        e.take().unwrap_or((2, String::new()))
    };
    loop {
        let h = lock(&sched.threads).pop();
        match h {
            Some(h) => {
                let _ = h.join();
            }
            None => break,
        }
    }
    let globals = (0..sched.prog.module.globals as usize)
        // SAFETY: the globals box has `module.globals` slots.
        .map(|i| unsafe { heap::slot(sched.prog.globals, i) }.load(Acquire))
        .collect();
    let stdout = match &sched.capture {
        Some(c) => std::mem::take(&mut *lock(c)),
        None => {
            output::flush_stdout();
            Vec::new()
        }
    };
    let stderr = if cfg.capture {
        stderr
    } else {
        if !stderr.is_empty() {
            output::write_stderr(stderr.as_bytes());
        }
        String::new()
    };
    RunResult {
        code,
        stdout,
        stderr,
        globals,
        heap: Arc::clone(&sched.prog.heap),
    }
}
