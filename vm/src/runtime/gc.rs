//! The garbage collector: precise, tracing, non-moving mark-sweep with the world
//! stopped (DESIGN §3), its safepoint protocol, its roots, pacing configuration and
//! the `runtime`/`runtime/debug` natives that talk to it.
//!
//! # Stopping the world ([`Stw`])
//! A worker thread is either *running* (it may touch goroutines and the heap) or
//! *stopped* (it touches neither until the collection is over). Workers stop at
//! their safepoints: between two time slices (`Sched::worker_main` checks
//! [`Stw::requested`] before picking work — a running goroutine reaches the end of
//! its slice within one budget, and sooner when it allocates, see
//! `heap::preempt_requested`), and whenever they park idle or retire (they count as
//! stopped while parked and wait for the collection to end before running again).
//! Goroutines parked in wait queues, run queues or timers are stopped by
//! definition. The collecting worker requests the stop, waits until every other
//! worker thread is stopped, marks, sweeps and restarts the world. Two workers
//! asking at once: the second one just stops and finds the collection done.
//!
//! # Roots
//! - the program: the globals box (scanned with `Module::global_refs`), the
//!   string constants and the static closures;
//! - every goroutine of the program (`goroutine::for_each_goroutine`), wherever it
//!   is: frame `f`'s registers `f.base .. next.base` (the innermost frame's up to
//!   its `nregs`; a caller's argument window belongs to its callee) filtered by the
//!   frame function's reference map, each frame's closure, deferred calls (the
//!   closure, and the argument slots the callee's reference map marks among its
//!   parameter registers), and panic values;
//! - what the scheduler holds outside goroutines (`Sched::trace_roots`: timers'
//!   payloads); values in channel buffers, map entries etc. are reached through the
//!   channel or map object (`NativeObject::trace`).
//!
//! Marking never recurses on the Rust stack: an explicit stack of (object,
//! capacity) pairs. Every candidate reference goes through `Marker::mark`, which
//! finds the object containing an address (interior pointers keep their object
//! alive) and ignores anything that is not an allocated object of this heap, and
//! object scans never read past the object's allocated size — so a wrong
//! reference map can retain garbage but never make the collector read out of
//! bounds.
//!
//! # Pacing
//! Like Go: a collection is requested when the live-byte estimate reaches
//! `live_after_last_gc * (1 + GOGC/100)` (at least 4 MB × GOGC/100); `GOGC=off`
//! disables it; a memory limit (`GOMEMLIMIT`, `govm run --max-heap`) caps the
//! trigger, and a heap still above the limit after a collection is a fatal
//! `runtime: out of memory` (exit 2). `GOVM_GCSTRESS=1` collects at every
//! safepoint (CI runs the end-to-end suite once so, to catch a missing root).
//!
//! Called by `sched` (safepoints, `runtime.GC`), `natives` (registry entries) and
//! `mod.rs` (per-type reference offsets at load).

use super::goroutine::{self, Goroutine};
use super::heap::{self, Kind, Marker, MemStats};
use super::natives::{NativeCtx, NativeResult};
use super::panic::PanicVal;
use super::sched::Sched;
use super::Program;
use crate::bytecode::{Const, Module, TypeKind};
use std::sync::atomic::Ordering::Relaxed;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Instant;

// ---- configuration ---------------------------------------------------------------

/// How the collector of a run is set up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GcConfig {
    /// GOGC: negative means off.
    pub percent: i64,
    /// Memory limit in bytes, 0 for none.
    pub limit: u64,
    /// Collect at every safepoint.
    pub stress: bool,
    /// `GODEBUG=gctrace=1`: one line per collection on stderr.
    pub trace: bool,
}

impl Default for GcConfig {
    fn default() -> GcConfig {
        GcConfig {
            percent: 100,
            limit: 0,
            stress: false,
            trace: false,
        }
    }
}

impl GcConfig {
    /// `GOGC`, `GOMEMLIMIT` and `GOVM_GCSTRESS` from the environment (invalid
    /// values are ignored, as Go does).
    pub fn from_env() -> GcConfig {
        let mut c = GcConfig::default();
        if let Ok(v) = std::env::var("GOGC") {
            if let Some(p) = parse_gogc(&v) {
                c.percent = p;
            }
        }
        if let Ok(v) = std::env::var("GOMEMLIMIT") {
            if let Some(l) = parse_size(&v) {
                c.limit = l;
            }
        }
        c.stress = std::env::var("GOVM_GCSTRESS").is_ok_and(|v| !v.is_empty() && v != "0");
        c.trace =
            std::env::var("GODEBUG").is_ok_and(|v| v.split(',').any(|kv| kv.trim() == "gctrace=1"));
        c
    }
}

/// `GOGC`: an integer percentage or `off`.
pub fn parse_gogc(s: &str) -> Option<i64> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("off") {
        return Some(-1);
    }
    s.parse::<i64>().ok()
}

/// A byte size as `GOMEMLIMIT` writes it: digits with an optional `B`, `KiB`,
/// `MiB`, `GiB` or `TiB` suffix (also accepted: `K`/`KB`, `M`/`MB`, `G`/`GB`, `T`/`TB`
/// as powers of 1024). `off` or `0` is no limit (`Some(0)`).
pub fn parse_size(s: &str) -> Option<u64> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("off") {
        return Some(0);
    }
    let digits = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let n: u64 = s[..digits].parse().ok()?;
    let shift = match s[digits..].trim() {
        "" | "B" => 0,
        "KiB" | "K" | "KB" | "k" | "kB" => 10,
        "MiB" | "M" | "MB" | "m" => 20,
        "GiB" | "G" | "GB" | "g" => 30,
        "TiB" | "T" | "TB" => 40,
        _ => return None,
    };
    n.checked_mul(1u64 << shift)
}

// ---- per-type reference offsets -------------------------------------------------

/// The reference slots of every type of a module, computed once at load.
#[derive(Clone, Debug, Default)]
pub struct TypeRefs {
    /// `refs[ty]`: the slot offsets holding references in a value of type `ty`.
    refs: Vec<Box<[u32]>>,
    slots: Vec<u32>,
}

impl TypeRefs {
    pub fn new(m: &Module) -> TypeRefs {
        let refs = m
            .types
            .iter()
            .map(|t| {
                (0..t.slots as usize)
                    .filter(|&s| t.is_ref_slot(s))
                    .map(|s| s as u32)
                    .collect()
            })
            .collect();
        TypeRefs {
            refs,
            slots: m.types.iter().map(|t| t.slots).collect(),
        }
    }
}

// ---- stopping the world ------------------------------------------------------------

struct StwState {
    requested: bool,
    /// Worker threads currently stopped (parked idle or waiting at a safepoint).
    stopped: usize,
    /// Worker threads alive.
    threads: usize,
}

/// The stop-the-world rendezvous of one scheduler's workers.
pub struct Stw {
    flag: AtomicBool,
    st: Mutex<StwState>,
    cv: Condvar,
}

impl Default for Stw {
    fn default() -> Self {
        Stw::new()
    }
}

impl Stw {
    pub fn new() -> Stw {
        Stw {
            flag: AtomicBool::new(false),
            st: Mutex::new(StwState {
                requested: false,
                stopped: 0,
                threads: 0,
            }),
            cv: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, StwState> {
        self.st.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn wait<'a>(&self, g: MutexGuard<'a, StwState>) -> MutexGuard<'a, StwState> {
        self.cv.wait(g).unwrap_or_else(|e| e.into_inner())
    }

    /// Whether a collection wants the world stopped (a relaxed load).
    #[inline]
    pub fn requested(&self) -> bool {
        self.flag.load(Relaxed)
    }

    /// A worker thread is about to be started. It is born stopped: its first
    /// act is [`Stw::leave_safe`], so it never joins a collection in progress.
    pub fn thread_started(&self) {
        let mut s = self.lock();
        s.threads += 1;
        s.stopped += 1;
    }

    /// A thread announced with [`Stw::thread_started`] could not be started.
    pub fn thread_failed(&self) {
        let mut s = self.lock();
        s.threads -= 1;
        s.stopped -= 1;
        drop(s);
        self.cv.notify_all();
    }

    /// A worker thread ends (it holds no goroutine).
    pub fn thread_exited(&self) {
        let mut s = self.lock();
        s.threads = s.threads.saturating_sub(1);
        drop(s);
        self.cv.notify_all();
    }

    /// The calling worker stops touching goroutines and the heap (it is about to
    /// park) until [`Stw::leave_safe`].
    pub fn enter_safe(&self) {
        self.lock().stopped += 1;
        self.cv.notify_all();
    }

    /// Ends [`Stw::enter_safe`], first waiting for a collection in progress.
    pub fn leave_safe(&self) {
        let mut s = self.lock();
        while s.requested {
            s = self.wait(s);
        }
        s.stopped -= 1;
    }

    /// A safepoint: if a collection is requested, stop until it is over.
    #[inline]
    pub fn safepoint(&self) {
        if self.requested() {
            self.enter_safe();
            self.leave_safe();
        }
    }

    /// Stops every other worker. `false`: another worker was collecting; the
    /// caller stopped until it finished and must not collect.
    fn stop(&self) -> bool {
        let mut s = self.lock();
        if s.requested {
            s.stopped += 1;
            self.cv.notify_all();
            while s.requested {
                s = self.wait(s);
            }
            s.stopped -= 1;
            return false;
        }
        s.requested = true;
        self.flag.store(true, Ordering::SeqCst);
        while s.stopped + 1 < s.threads {
            s = self.wait(s);
        }
        true
    }

    fn restart(&self) {
        let mut s = self.lock();
        s.requested = false;
        self.flag.store(false, Ordering::SeqCst);
        drop(s);
        self.cv.notify_all();
    }
}

// ---- collection --------------------------------------------------------------------

/// Collects garbage: called by a worker at a safepoint (it holds no goroutine
/// borrowed). `forced`: `runtime.GC`. Returns whether this call collected.
pub fn collect(sched: &Sched, forced: bool) -> bool {
    let stw = sched.stw();
    if !stw.stop() {
        return false;
    }
    if sched.is_shutdown() {
        stw.restart();
        return false;
    }
    let prog = &sched.prog;
    let heap = &prog.heap;
    let t0 = Instant::now();
    {
        let mut t = Tracer {
            prog,
            m: heap.marker(),
            stack: Vec::with_capacity(256),
        };
        t.program_roots();
        // SAFETY: the world is stopped: every worker thread of this program is
        // parked or waiting at a safepoint and touches no goroutine.
        unsafe { goroutine::for_each_goroutine(heap.id(), &mut |g| t.goroutine(g)) };
        sched.trace_roots(&mut |r| t.root(r));
        t.drain();
    }
    let marked = heap.live_estimate();
    let swept = heap.sweep();
    let pause = t0.elapsed().as_nanos() as u64;
    heap.note_collection(pause, forced);
    if heap.trace() {
        // Not Go's gctrace format: the figures this collector has.
        let n = heap.mem_stats().num_gc;
        let line = format!(
            "gc {n} @{:.3}s: {} µs pause, {:.1}->{:.1} MB, {} objects live, {} freed, next {:.1} MB{}\n",
            sched.now_ns() as f64 / 1e9,
            pause / 1000,
            marked as f64 / 1048576.0,
            swept.live_bytes as f64 / 1048576.0,
            swept.live_objects,
            swept.freed_objects,
            heap.mem_stats().next_gc as f64 / 1048576.0,
            if forced { " (forced)" } else { "" },
        );
        super::output::write_stderr(line.as_bytes());
    }
    let limit = heap.limit();
    if limit != 0 && swept.live_bytes > limit {
        sched.finish(2, heap::OOM_MESSAGE.to_string());
    }
    stw.restart();
    true
}

/// The marking state: the marker and the explicit stack of objects to scan.
struct Tracer<'a> {
    prog: &'a Program,
    m: Marker<'a>,
    /// (object reference, allocated payload bytes) pairs, marked but not scanned.
    stack: Vec<(u64, u64)>,
}

impl Tracer<'_> {
    #[inline]
    fn root(&mut self, p: u64) {
        if let Some(o) = self.m.mark(p) {
            self.stack.push(o);
        }
    }

    fn program_roots(&mut self) {
        let prog = self.prog;
        self.root(prog.globals);
        for (c, &v) in prog.module.consts.iter().zip(&prog.consts) {
            if matches!(c, Const::Str(_)) {
                self.root(v);
            }
        }
        for &c in &prog.static_closures {
            self.root(c);
        }
    }

    fn goroutine(&mut self, g: &Goroutine) {
        let funcs = &self.prog.module.funcs;
        for (i, f) in g.frames.iter().enumerate() {
            self.root(f.closure);
            let Some(func) = funcs.get(f.func as usize) else {
                continue;
            };
            let base = f.base as usize;
            let end = match g.frames.get(i + 1) {
                Some(next) => next.base as usize,
                None => base + func.nregs as usize,
            }
            .min(g.regs.len());
            for r in base..end {
                if func.is_ref_reg(r - base) {
                    self.root(g.regs[r]);
                }
            }
        }
        for d in &g.defers {
            self.root(d.closure);
            // The callee's reference map says which argument slots are references;
            // without a valid closure every slot is a candidate (checked by `mark`).
            let callee = self.closure_func(d.closure);
            for (i, &a) in d.args.iter().enumerate() {
                if callee.is_none_or(|f| funcs[f as usize].is_ref_reg(i)) {
                    self.root(a);
                }
            }
        }
        if let Some(p) = &g.panic {
            for v in &p.chain {
                if let PanicVal::Value(r) = v.val {
                    self.root(r);
                }
            }
        }
    }

    /// The function of closure `c` if it is a closure object of this heap.
    fn closure_func(&self, c: u64) -> Option<u32> {
        // Only the start of an allocated object of this heap has a header to read.
        if self.m.lookup(c)?.0 != c {
            return None;
        }
        // SAFETY: `c` is the reference of an allocated object (checked above).
        let (kind, f) = unsafe { heap::kind_and_type(c) };
        (kind == Kind::Closure as u8 && (f as usize) < self.prog.module.funcs.len()).then_some(f)
    }

    /// Scans until the mark stack is empty. Objects go through a small FIFO
    /// whose entries are prefetched when they enter it: marking is bound by cache
    /// misses on object headers, and the FIFO overlaps them.
    fn drain(&mut self) {
        const AHEAD: usize = 16;
        let mut ring = [(0u64, 0u64); AHEAD];
        let (mut head, mut len) = (0usize, 0usize);
        loop {
            while len < AHEAD {
                let Some(e) = self.stack.pop() else { break };
                prefetch(e.0 - heap::HEADER_BYTES as u64);
                ring[(head + len) % AHEAD] = e;
                len += 1;
            }
            if len == 0 {
                break;
            }
            let (o, bytes) = ring[head];
            head = (head + 1) % AHEAD;
            len -= 1;
            self.scan(o, bytes / 8);
        }
    }

    /// Marks what object `o` (with room for `cap` slots) references.
    fn scan(&mut self, o: u64, cap: u64) {
        // SAFETY (every `slot` and header read below): `o` is an allocated object of
        // this heap (returned by `Marker::mark`) with `cap` payload slots, and every
        // slot index is checked against `cap`.
        let ((kind, ty), len) = unsafe { (heap::kind_and_type(o), heap::obj_len(o)) };
        let ld = |i: u64| unsafe { heap::slot(o, i as usize) }.load(Relaxed);
        let prog = self.prog;
        let tr = &prog.gc_types;
        match kind {
            k if k == Kind::Box as u8 => {
                let n = len.min(cap);
                if ty == u32::MAX {
                    for i in 0..n {
                        let bit = prog
                            .module
                            .global_refs
                            .get(i as usize / 64)
                            .is_some_and(|w| w & (1u64 << (i % 64)) != 0);
                        if bit {
                            self.root(ld(i));
                        }
                    }
                } else if let Some(refs) = tr.refs.get(ty as usize) {
                    for &s in refs.iter() {
                        if (s as u64) < n {
                            self.root(ld(s as u64));
                        }
                    }
                } else {
                    for i in 0..n {
                        self.root(ld(i));
                    }
                }
            }
            k if k == Kind::Array as u8 => match tr.refs.get(ty as usize) {
                Some(refs) if refs.is_empty() => {}
                Some(refs) => {
                    let es = tr.slots[ty as usize].max(1) as u64;
                    let n = len.min(cap / es);
                    for e in 0..n {
                        for &s in refs.iter() {
                            self.root(ld(e * es + s as u64));
                        }
                    }
                }
                None => {
                    for i in 0..len.min(cap) {
                        self.root(ld(i));
                    }
                }
            },
            // a View's slot 0 is an interior address: `root` finds its object
            k if k == Kind::View as u8 && cap >= 1 => self.root(ld(0)),
            k if k == Kind::Closure as u8 => {
                for i in 0..len.min(cap) {
                    self.root(ld(i));
                }
            }
            k if k == Kind::Native as u8 => {
                // SAFETY: `o` is a live Native object of this heap.
                if let Some(n) = unsafe { heap::native(o) } {
                    let (m, stack) = (&mut self.m, &mut self.stack);
                    n.trace(&mut |r| {
                        if let Some(x) = m.mark(r) {
                            stack.push(x);
                        }
                    });
                }
            }
            _ => {}
        }
    }
}

/// Hints the CPU to fetch the cache line at `addr` (no effect on other targets).
#[inline(always)]
fn prefetch(addr: u64) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch never faults and has no architectural effect, whatever
    // the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(addr as *const i8)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = addr;
}

/// Whether `ty` is a struct type (for the MemStats native).
fn struct_fields(m: &Module, ty: u32) -> Option<&[crate::bytecode::Field]> {
    match &m.types.get(ty as usize)?.kind {
        TypeKind::Struct { fields } => Some(fields),
        _ => None,
    }
}

// ---- natives ---------------------------------------------------------------------------

/// `runtime.GC`: parks the goroutine; the scheduler collects with it off the
/// interpreter, then resumes it.
pub fn native_gc(_: &mut NativeCtx) -> NativeResult {
    NativeResult::Park(super::interp::ParkReq::Gc)
}

/// `runtime.ReadMemStats(m *MemStats)`: fills the fields of `runtime.MemStats` it
/// knows by name.
pub fn native_read_mem_stats(c: &mut NativeCtx) -> NativeResult {
    let p = c.arg(0);
    if p == 0 {
        return NativeResult::Panic(PanicVal::NilDeref);
    }
    let prog = c.ex.prog;
    let Some(fields) = prog
        .module
        .types
        .iter()
        .position(|t| t.name == "runtime.MemStats")
        .and_then(|ty| struct_fields(&prog.module, ty as u32).map(|f| (ty, f)))
    else {
        return NativeResult::Ok;
    };
    let (ty, fields) = fields;
    let need = prog.module.types[ty].slots as u64 * 8;
    // The pointer must address `need` bytes inside one object of this heap.
    if !prog.heap.holds(p, need) {
        return NativeResult::Panic(PanicVal::Runtime(
            "ReadMemStats: pointer outside the heap".into(),
        ));
    }
    let s: MemStats = prog.heap.mem_stats();
    for f in fields {
        let v = match f.name.as_str() {
            "Alloc" | "HeapAlloc" => s.heap_alloc,
            "TotalAlloc" => s.total_alloc,
            "Sys" | "HeapSys" => s.heap_sys,
            "Mallocs" => s.mallocs,
            "Frees" => s.frees,
            "HeapIdle" => s.heap_sys.saturating_sub(s.heap_inuse),
            "HeapInuse" => s.heap_inuse,
            "HeapObjects" => s.heap_objects,
            "NextGC" => s.next_gc,
            "LastGC" => s.last_gc_unix_ns,
            "PauseTotalNs" => s.pause_total_ns,
            "NumGC" => s.num_gc & 0xffff_ffff,
            "NumForcedGC" => s.num_forced_gc & 0xffff_ffff,
            _ => continue,
        };
        // SAFETY: `p .. p + need` lies inside one allocated object (checked above)
        // and field offsets are below the struct's slot count.
        if (f.offset as u64) < need / 8 {
            unsafe { heap::slot(p, f.offset as usize) }.store(v, Relaxed);
        }
    }
    NativeResult::Ok
}

/// `debug.SetGCPercent(percent int) int`.
pub fn native_set_gc_percent(c: &mut NativeCtx) -> NativeResult {
    let old = c.ex.prog.heap.set_gc_percent(c.arg(0) as i64);
    c.set(0, old as u64);
    NativeResult::Ok
}

/// `debug.SetMemoryLimit(limit int64) int64`: a negative value only queries;
/// `math.MaxInt64` means no limit.
pub fn native_set_memory_limit(c: &mut NativeCtx) -> NativeResult {
    let heap = &c.ex.prog.heap;
    let old = match heap.limit() {
        0 => i64::MAX,
        l => l.min(i64::MAX as u64) as i64,
    };
    let new = c.arg(0) as i64;
    if new >= 0 {
        heap.set_limit(if new == i64::MAX { 0 } else { new as u64 });
    }
    c.set(0, old as u64);
    NativeResult::Ok
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::{Field, Op, TypeDesc};
    use crate::runtime::tests::{func, module};
    use crate::runtime::{run_program, Config};
    use std::sync::Arc;
    use std::time::Duration;

    const ACQ: &str = "sync.runtime_Semacquire";
    const REL: &str = "sync.runtime_Semrelease";

    /// Adds `main.pair` (`struct { next *pair; v int }`) to `m`; returns its index.
    fn add_pair_type(m: &mut Module) -> u32 {
        m.types.push(TypeDesc {
            name: "main.pair".into(),
            named: true,
            kind: TypeKind::Struct {
                fields: vec![
                    Field {
                        name: "next".into(),
                        ty: 0,
                        offset: 0,
                        embedded: false,
                    },
                    Field {
                        name: "v".into(),
                        ty: 0,
                        offset: 1,
                        embedded: false,
                    },
                ],
            },
            slots: 2,
            ref_slots: vec![1],
            methods: vec![],
        });
        m.types.len() as u32 - 1
    }

    /// Runs `m`, returning the result and the program's heap (still alive).
    fn run(m: Module, procs: usize, gc: GcConfig) -> (crate::runtime::RunResult, Arc<heap::Heap>) {
        let prog = Program::load(m, vec![]).expect("load");
        let heap = Arc::clone(&prog.heap);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let cfg = Config {
                procs,
                capture: true,
                gc,
            };
            let _ = tx.send(run_program(prog, cfg));
        });
        let r = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("program did not finish in time");
        (r, heap)
    }

    /// `for i := 0; i < n; i++ { a, b := &pair{}, &pair{}; a.next, b.next = b, a }`
    fn cycles_module(n: i32) -> Module {
        let main = func(
            "main.main",
            0,
            0,
            6,
            vec![
                Op::LoadInt { dst: 0, v: 0 },
                Op::LoadInt { dst: 1, v: n },
                Op::New { dst: 4, ty: 3 },
                Op::New { dst: 5, ty: 3 },
                Op::Store {
                    p: 4,
                    off: 0,
                    src: 5,
                },
                Op::Store {
                    p: 5,
                    off: 0,
                    src: 4,
                },
                Op::AddIImm { dst: 0, a: 0, v: 1 },
                Op::JmpLtI {
                    a: 0,
                    b: 1,
                    off: -6,
                },
                Op::Ret { a: 0, n: 0 },
            ],
        );
        let mut m = module(vec![main], &[], 0);
        assert_eq!(add_pair_type(&mut m), 3);
        m
    }

    #[test]
    fn cyclic_garbage_is_collected_and_the_heap_stays_bounded() {
        for procs in [1, 2] {
            // 1,000,000 pairs: 64 MB of allocation without a collector.
            let (r, heap) = run(cycles_module(500_000), procs, GcConfig::default());
            assert_eq!(r.code, 0, "{}", r.stderr);
            let s = heap.mem_stats();
            assert_eq!(s.mallocs - s.frees, s.heap_objects);
            assert!(s.num_gc >= 3, "{s:?}");
            assert!(s.frees >= 900_000, "{s:?}");
            assert!(s.heap_sys <= 4 * heap::ARENA_BYTES as u64, "{s:?}");
        }
    }

    #[test]
    fn a_heap_limit_below_the_live_heap_is_a_fatal_out_of_memory() {
        // A list that stays reachable: `head = &pair{next: head}` forever.
        let main = func(
            "main.main",
            0,
            0,
            6,
            vec![
                Op::New { dst: 4, ty: 3 },
                Op::Store {
                    p: 4,
                    off: 0,
                    src: 5,
                },
                Op::Move { dst: 5, src: 4 },
                Op::Jmp { off: -4 },
            ],
        );
        let mut m = module(vec![main], &[], 0);
        add_pair_type(&mut m);
        let gc = GcConfig {
            limit: 8 << 20,
            ..GcConfig::default()
        };
        let (r, heap) = run(m, 2, gc);
        assert_eq!((r.code, r.stderr.as_str()), (2, heap::OOM_MESSAGE));
        assert!(heap.mem_stats().heap_sys <= 3 * (8 << 20));
    }

    /// A goroutine makes a self-referencing pair holding 42, parks on a
    /// semaphore; `main` meanwhile allocates garbage and calls `runtime.GC` five
    /// times, then wakes it; it copies the pair's value to global 1.
    fn parked_module() -> Module {
        let keeper = func(
            "main.keeper",
            0,
            0,
            5,
            vec![
                Op::New { dst: 0, ty: 3 },
                Op::Store {
                    p: 0,
                    off: 0,
                    src: 0,
                },
                Op::LoadInt { dst: 1, v: 42 },
                Op::Store {
                    p: 0,
                    off: 1,
                    src: 1,
                },
                Op::GlobalAddr { dst: 2, g: 0 },
                Op::CallNative { native: 0, a: 2 },
                Op::Load {
                    dst: 3,
                    p: 0,
                    off: 1,
                },
                Op::StoreGlobal { g: 1, src: 3 },
                Op::GlobalAddr { dst: 2, g: 2 },
                Op::LoadInt { dst: 3, v: 0 },
                Op::LoadInt { dst: 4, v: 0 },
                Op::CallNative { native: 1, a: 2 },
                Op::Ret { a: 0, n: 0 },
            ],
        );
        let main = func(
            "main.main",
            0,
            0,
            11,
            vec![
                Op::FuncRef { dst: 2, func: 0 },
                Op::Go { f: 2, a: 3, n: 0 },
                Op::LoadInt {
                    dst: 3,
                    v: 20_000_000,
                },
                Op::CallNative { native: 3, a: 3 },
                Op::LoadInt { dst: 6, v: 0 },
                Op::LoadInt { dst: 7, v: 5 },
                Op::LoadInt { dst: 0, v: 0 },
                Op::LoadInt { dst: 1, v: 50_000 },
                Op::New { dst: 4, ty: 3 },
                Op::New { dst: 5, ty: 3 },
                Op::Store {
                    p: 4,
                    off: 0,
                    src: 5,
                },
                Op::Store {
                    p: 5,
                    off: 0,
                    src: 4,
                },
                Op::AddIImm { dst: 0, a: 0, v: 1 },
                Op::JmpLtI {
                    a: 0,
                    b: 1,
                    off: -6,
                },
                Op::CallNative { native: 2, a: 8 },
                Op::AddIImm { dst: 6, a: 6, v: 1 },
                Op::JmpLtI {
                    a: 6,
                    b: 7,
                    off: -11,
                },
                Op::GlobalAddr { dst: 8, g: 0 },
                Op::LoadInt { dst: 9, v: 0 },
                Op::LoadInt { dst: 10, v: 0 },
                Op::CallNative { native: 1, a: 8 },
                Op::GlobalAddr { dst: 8, g: 2 },
                Op::CallNative { native: 0, a: 8 },
                Op::Ret { a: 0, n: 0 },
            ],
        );
        let mut m = module(
            vec![keeper, main],
            &[
                (ACQ, 1, 0),
                (REL, 3, 0),
                ("runtime.GC", 0, 0),
                ("time.Sleep", 1, 0),
            ],
            3,
        );
        add_pair_type(&mut m);
        m
    }

    #[test]
    fn objects_only_a_parked_goroutine_references_survive() {
        for procs in [1, 2, 4] {
            for stress in [false, true] {
                let gc = GcConfig {
                    stress,
                    ..GcConfig::default()
                };
                let (r, heap) = run(parked_module(), procs, gc);
                assert_eq!(r.code, 0, "{}", r.stderr);
                assert_eq!(r.globals[1], 42, "procs {procs} stress {stress}");
                let s = heap.mem_stats();
                assert!(s.num_forced_gc == 5 && s.frees >= 400_000, "{s:?}");
            }
        }
    }

    #[test]
    fn sizes_and_gogc_parse_like_go() {
        assert_eq!(parse_size("64MiB"), Some(64 << 20));
        assert_eq!(parse_size("512M"), Some(512 << 20));
        assert_eq!(parse_size("1GiB"), Some(1 << 30));
        assert_eq!(parse_size("12345"), Some(12345));
        assert_eq!(parse_size("off"), Some(0));
        assert_eq!(parse_size("12 parsecs"), None);
        assert_eq!(parse_size("MiB"), None);
        assert_eq!(parse_gogc("off"), Some(-1));
        assert_eq!(parse_gogc(" 50 "), Some(50));
        assert_eq!(parse_gogc("lots"), None);
    }
}
