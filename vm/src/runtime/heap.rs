//! The object model and the allocator the collector sweeps: every heap object is a
//! 16-byte [`Header`] followed by its payload, and a reference (one 64-bit word,
//! 0 = nil) points at the payload, so a pointer to a boxed variable *is* the box's
//! reference and `&s.f` is `ref + 8*off`.
//!
//! Object kinds:
//! - `Box`: `len` slots of a value of type `ty` (escaping variables, `new(T)`,
//!   interface boxes whose dynamic type is `ty`; `ty == u32::MAX` is the globals box).
//! - `Array`: `len` elements of type `ty`, each `slots(ty)` words (slice backing).
//! - `Str`: `len` immutable bytes. The empty string is the nil reference.
//! - `Closure`: `len` captured references; `ty` is the function index.
//! - `Native`: a Rust object (channel, map, ...) the collector traces and drops.
//! - `View`: the backing of a slice of an array that lives inside another object
//!   (`s.arr[:]`, `p[:]` for a `*[N]T`): one payload slot holding the (possibly
//!   interior) address of the array's first element; `len` is the number of
//!   elements and `ty` their type, as for an `Array`. [`backing`] gives both kinds
//!   the same face.
//!
//! Payload slots are `AtomicU64` accessed with `Relaxed` ordering: racy Go programs
//! may observe Go-like stale values but never undefined behaviour. Synchronisation
//! between goroutines comes from the scheduler, channels and sync natives.
//!
//! # Allocation (one [`Heap`] per program)
//! Each running program owns a [`Heap`]; a thread allocates into the heap it
//! [`enter`]ed (workers enter their program's heap; a thread that entered none —
//! unit tests, tools — allocates into a process-wide heap that is never collected).
//! Small objects (header included, up to [`MAX_SMALL`] bytes) live in 64 KiB
//! *spans* of one size class, carved from 4 MiB *arenas*; each span has an
//! allocation bitmap and a mark bitmap (one bit per object). A thread allocates from
//! spans it holds in its thread-local cache (no lock; only the owner writes the
//! allocation bits of a cached span), taking spans from the heap's per-class partial
//! lists or its free-span list when one fills up. Larger objects are allocated one by
//! one and recorded in an ordered map by address.
//!
//! Non-moving: an object never moves, so any address inside an object (an interior
//! pointer `&a[i]`, `&s.f`) finds its object: the arena by binary search over the
//! arena bases, the span by division, the object by its size class
//! ([`Marker::mark`]); a large object by an ordered-map range query. An address one
//! past the end of an object (a zero-sized last field) counts for that object.
//!
//! Allocation only counts bytes (per thread, flushed to the heap every
//! [`FLUSH_BYTES`]) and, past the pacing trigger or the memory limit, *requests* a
//! collection ([`Heap::gc_wanted`], [`preempt_requested`]); it never collects. The
//! collector (`gc.rs`) runs with the world stopped: it marks with a [`Marker`],
//! then [`Heap::sweep`] turns each span's mark bits into its allocation bits,
//! returns empty spans to the free list, rebuilds the partial lists, drops dead
//! native objects, frees dead large objects and bumps the heap's *epoch*: every
//! thread cache sees the new epoch at its next allocation and lets go of the spans
//! it held (the sweep already listed them).
//!
//! Memory limit: an allocation that alone exceeds the limit, or that takes the
//! heap past the limit by more than a quarter (the limit asks for a collection well
//! before that), ends the program with `fatal error: runtime: out of memory`
//! (exit 2) through an [`OutOfMemory`] unwind the scheduler catches; so does a
//! failing system allocator.
//!
//! This module is the narrow interface a different collector could plug in behind:
//! `alloc_*`, `Marker::mark`, `Heap::sweep` and the statistics.

use std::alloc::{alloc, alloc_zeroed, dealloc, Layout};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock, RwLock, RwLockReadGuard};

/// Kinds of heap object (the low byte of the header's first word).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Box = 1,
    Array = 2,
    Str = 3,
    Closure = 4,
    /// A runtime-owned Rust object (channel, map, map iterator, ...): the payload's
    /// first word is a `Box<Box<dyn NativeObject>>` raw pointer (see
    /// [`alloc_native`]).
    Native = 5,
    /// A slice backing that aliases an array inside another object (see the module
    /// doc): slot 0 is the address of element 0, `len` the element count.
    View = 6,
}

/// The 16 bytes before every payload.
#[repr(C)]
pub struct Header {
    /// bits 0..8 kind, 8..16 GC flags, 32..64 type or function index.
    pub word: AtomicU64,
    /// Slots (Box), elements (Array), bytes (Str) or captures (Closure).
    pub len: u64,
}

pub const HEADER_BYTES: usize = std::mem::size_of::<Header>();

// ---- geometry --------------------------------------------------------------------

/// Bytes per span (all objects of a span have one size class).
pub const SPAN_BYTES: usize = 64 * 1024;
const ARENA_SPANS: usize = 64;
/// Bytes per arena (a block of spans obtained from the system allocator at once).
pub const ARENA_BYTES: usize = SPAN_BYTES * ARENA_SPANS;
/// Largest object (header included) allocated in spans.
pub const MAX_SMALL: usize = 8192;
/// Smallest object: the header and one slot, rounded to 16 bytes.
const MIN_OBJECT: usize = 32;
const BITMAP_WORDS: usize = SPAN_BYTES / MIN_OBJECT / 64;
/// Object sizes of the small classes (multiples of 16, so payloads stay
/// 16-byte aligned).
const CLASS_SIZES: [u32; 27] = [
    32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 1024, 1280,
    1536, 2048, 2560, 3072, 4096, 5120, 6144, 8192,
];
const NCLASSES: usize = CLASS_SIZES.len();
/// Bytes a thread allocates before it adds them to the heap's live count.
pub const FLUSH_BYTES: u64 = 32 * 1024;
/// The smallest heap the pacer lets grow before the first collection (Go's 4 MB).
pub const MIN_TRIGGER: u64 = 4 << 20;

/// `SIZE_TO_CLASS[(size + 15) / 16]` is the class of an object of `size` bytes.
const SIZE_TO_CLASS: [u8; MAX_SMALL / 16 + 1] = {
    let mut t = [0u8; MAX_SMALL / 16 + 1];
    let mut i = 0;
    let mut c = 0;
    while i < t.len() {
        while (CLASS_SIZES[c] as usize) < i * 16 {
            c += 1;
        }
        t[i] = c as u8;
        i += 1;
    }
    t
};

fn objects_per_span(class: usize) -> usize {
    SPAN_BYTES / CLASS_SIZES[class] as usize
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

// ---- spans and arenas ----------------------------------------------------------

/// One span's metadata (kept outside the arena memory).
struct Span {
    /// 0: free; otherwise the size class + 1.
    class: AtomicU8,
    /// Whether a native object was ever allocated here (sweep drops dead ones).
    has_native: AtomicBool,
    /// Objects allocated right after the last sweep (for Mallocs/TotalAlloc).
    swept_live: AtomicU64,
    /// One bit per object: allocated. Written only by the thread caching the span,
    /// or by the collector with the world stopped.
    alloc: [AtomicU64; BITMAP_WORDS],
    /// One bit per object: reached by the current marking (world stopped).
    mark: [AtomicU64; BITMAP_WORDS],
}

impl Span {
    fn new() -> Span {
        Span {
            class: AtomicU8::new(0),
            has_native: AtomicBool::new(false),
            swept_live: AtomicU64::new(0),
            alloc: std::array::from_fn(|_| AtomicU64::new(0)),
            mark: std::array::from_fn(|_| AtomicU64::new(0)),
        }
    }

    fn allocated(&self) -> u64 {
        self.alloc
            .iter()
            .map(|w| w.load(Ordering::Relaxed).count_ones() as u64)
            .sum()
    }
}

/// A block of `ARENA_SPANS` spans of memory from the system allocator.
struct Arena {
    base: u64,
    spans: Box<[Span]>,
}

const ARENA_LAYOUT: Layout = match Layout::from_size_align(ARENA_BYTES, 4096) {
    Ok(l) => l,
    Err(_) => panic!("arena layout"),
};

impl Arena {
    fn new() -> Option<Arena> {
        // SAFETY: the layout has a non-zero size. The memory is not zeroed (pages
        // stay untouched until used); every object is zeroed when allocated.
        let p = unsafe { alloc(ARENA_LAYOUT) };
        if p.is_null() {
            return None;
        }
        Some(Arena {
            base: p as u64,
            spans: (0..ARENA_SPANS).map(|_| Span::new()).collect(),
        })
    }

    fn span_base(&self, i: usize) -> u64 {
        self.base + (i * SPAN_BYTES) as u64
    }
}

impl Drop for Arena {
    fn drop(&mut self) {
        // SAFETY: `base` came from `alloc(ARENA_LAYOUT)` and is freed once, here.
        unsafe { dealloc(self.base as *mut u8, ARENA_LAYOUT) }
    }
}

/// A large object: its own allocation.
struct Large {
    layout: Layout,
    marked: bool,
    native: bool,
}

type SpanRef = (Arc<Arena>, usize);

#[derive(Default)]
struct Lists {
    partial: Vec<Vec<SpanRef>>,
    free: Vec<SpanRef>,
}

// ---- statistics -------------------------------------------------------------------

/// Cumulative figures kept by the collector.
#[derive(Clone, Debug, Default)]
pub struct GcStats {
    /// Objects and bytes allocated in spans up to the last sweep.
    pub swept_mallocs: u64,
    pub swept_alloc_bytes: u64,
    /// Objects freed so far (spans and large objects).
    pub frees: u64,
    pub num_gc: u64,
    pub num_forced_gc: u64,
    pub pause_total_ns: u64,
    /// The longest pause so far.
    pub pause_max_ns: u64,
    /// Unix time of the end of the last collection (ns), 0 before the first.
    pub last_gc_unix_ns: u64,
}

/// `runtime.MemStats`-like figures of one heap (see [`Heap::mem_stats`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemStats {
    pub heap_alloc: u64,
    pub heap_objects: u64,
    pub total_alloc: u64,
    pub mallocs: u64,
    pub frees: u64,
    /// Bytes obtained from the system for the heap (arenas + large objects).
    pub heap_sys: u64,
    /// Bytes in spans holding at least one object, plus large objects.
    pub heap_inuse: u64,
    pub next_gc: u64,
    pub num_gc: u64,
    pub num_forced_gc: u64,
    pub pause_total_ns: u64,
    pub pause_max_ns: u64,
    pub last_gc_unix_ns: u64,
}

/// What one sweep found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SweepStats {
    pub live_bytes: u64,
    pub live_objects: u64,
    pub freed_objects: u64,
}

/// The unwind payload of a fatal out-of-memory (caught by the scheduler's
/// workers, which end the program with Go's message and exit code 2).
#[derive(Debug)]
pub struct OutOfMemory;

/// Go's message for a heap past its limit.
pub const OOM_MESSAGE: &str = "fatal error: runtime: out of memory\n";

/// Heaps that currently want a collection (any of them): running goroutines poll
/// this after allocating and cut their time slice short.
static PREEMPT: AtomicUsize = AtomicUsize::new(0);

/// Whether some heap wants a collection: the interpreter ends the current slice
/// early so the worker reaches its safepoint (a cheap relaxed load).
#[inline]
pub fn preempt_requested() -> bool {
    PREEMPT.load(Ordering::Relaxed) != 0
}

// ---- the heap ---------------------------------------------------------------------

/// One program's garbage-collected heap.
pub struct Heap {
    id: u64,
    /// Sorted by base address; only ever grows.
    arenas: RwLock<Vec<Arc<Arena>>>,
    lists: Mutex<Lists>,
    /// Large objects by header address.
    large: Mutex<BTreeMap<u64, Large>>,
    /// Bumped by every sweep; thread caches drop their spans when it changes.
    epoch: AtomicU64,
    /// Estimate of the bytes in allocated objects (exact after a sweep).
    live: AtomicU64,
    /// `live` at which a collection is requested.
    trigger: AtomicU64,
    /// Pacing goal computed by the last collection (`NextGC`).
    next_gc: AtomicU64,
    wanted: AtomicBool,
    /// GOGC (negative: off).
    percent: AtomicI64,
    /// Memory limit in bytes (0: none).
    limit: AtomicU64,
    /// Collect at every safepoint.
    stress: AtomicBool,
    /// Print a line per collection.
    trace: AtomicBool,
    large_mallocs: AtomicU64,
    large_alloc_bytes: AtomicU64,
    large_live_bytes: AtomicU64,
    stats: Mutex<GcStats>,
    /// Set once the program ran out of memory.
    oom: AtomicBool,
}

static NEXT_HEAP_ID: AtomicU64 = AtomicU64::new(1);

impl std::fmt::Debug for Heap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Heap#{}", self.id)
    }
}

/// Heaps are equal when they are the same heap.
impl PartialEq for Heap {
    fn eq(&self, o: &Heap) -> bool {
        self.id == o.id
    }
}
impl Eq for Heap {}

impl Heap {
    /// An empty heap (GOGC 100, no limit).
    pub fn new() -> Arc<Heap> {
        Arc::new(Heap {
            id: NEXT_HEAP_ID.fetch_add(1, Ordering::Relaxed),
            arenas: RwLock::new(Vec::new()),
            lists: Mutex::new(Lists {
                partial: vec![Vec::new(); NCLASSES],
                free: Vec::new(),
            }),
            large: Mutex::new(BTreeMap::new()),
            epoch: AtomicU64::new(0),
            live: AtomicU64::new(0),
            trigger: AtomicU64::new(MIN_TRIGGER),
            next_gc: AtomicU64::new(MIN_TRIGGER),
            wanted: AtomicBool::new(false),
            percent: AtomicI64::new(100),
            limit: AtomicU64::new(0),
            stress: AtomicBool::new(false),
            trace: AtomicBool::new(false),
            large_mallocs: AtomicU64::new(0),
            large_alloc_bytes: AtomicU64::new(0),
            large_live_bytes: AtomicU64::new(0),
            stats: Mutex::new(GcStats::default()),
            oom: AtomicBool::new(false),
        })
    }

    /// A process-unique id (goroutines are registered under their heap's id).
    pub fn id(&self) -> u64 {
        self.id
    }

    // ---- configuration and pacing ----

    /// Sets GOGC (negative: off) and returns the previous value.
    pub fn set_gc_percent(&self, p: i64) -> i64 {
        let old = self.percent.swap(p, Ordering::SeqCst);
        let live = self.live.load(Ordering::Relaxed);
        self.set_goal(live);
        old
    }

    pub fn gc_percent(&self) -> i64 {
        self.percent.load(Ordering::SeqCst)
    }

    /// Sets the memory limit in bytes (0: none).
    pub fn set_limit(&self, bytes: u64) {
        self.limit.store(bytes, Ordering::SeqCst);
        let live = self.live.load(Ordering::Relaxed);
        self.set_goal(live);
    }

    pub fn limit(&self) -> u64 {
        self.limit.load(Ordering::SeqCst)
    }

    pub fn set_stress(&self, on: bool) {
        self.stress.store(on, Ordering::SeqCst);
    }

    pub fn stress(&self) -> bool {
        self.stress.load(Ordering::Relaxed)
    }

    pub fn set_trace(&self, on: bool) {
        self.trace.store(on, Ordering::SeqCst);
    }

    pub fn trace(&self) -> bool {
        self.trace.load(Ordering::Relaxed)
    }

    /// Computes the next trigger from the live heap after a collection: Go's
    /// `live * (1 + GOGC/100)`, at least [`MIN_TRIGGER`] scaled by GOGC, capped by
    /// the memory limit.
    fn set_goal(&self, live: u64) {
        let p = self.percent.load(Ordering::SeqCst);
        let mut goal = if p < 0 {
            u64::MAX
        } else {
            let min = MIN_TRIGGER.saturating_mul(p.max(1) as u64) / 100;
            live.saturating_add(live.saturating_mul(p as u64) / 100)
                .max(min.max(256 * 1024))
        };
        let limit = self.limit.load(Ordering::SeqCst);
        if limit != 0 {
            goal = goal.min(limit);
        }
        self.next_gc.store(goal, Ordering::SeqCst);
        self.trigger.store(goal, Ordering::SeqCst);
    }

    /// Whether a collection was requested (pacing trigger, limit, `runtime.GC`).
    #[inline]
    pub fn gc_wanted(&self) -> bool {
        self.wanted.load(Ordering::Relaxed)
    }

    /// Asks for a collection at the next safepoint.
    pub fn request_gc(&self) {
        if !self.wanted.swap(true, Ordering::SeqCst) {
            PREEMPT.fetch_add(1, Ordering::SeqCst);
        }
    }

    fn clear_request(&self) {
        if self.wanted.swap(false, Ordering::SeqCst) {
            PREEMPT.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// Whether the program ran out of memory.
    pub fn out_of_memory(&self) -> bool {
        self.oom.load(Ordering::SeqCst)
    }

    /// Adds `bytes` to the live estimate; requests a collection past the trigger;
    /// fails far past the limit.
    fn add_live(&self, bytes: u64) {
        let live = self.live.fetch_add(bytes, Ordering::Relaxed) + bytes;
        if live >= self.trigger.load(Ordering::Relaxed) {
            self.request_gc();
            let limit = self.limit.load(Ordering::Relaxed);
            if limit != 0 && live > limit.saturating_add(limit / 4) {
                self.fail_oom();
            }
        }
    }

    /// Checks a single allocation of `bytes` against the limit.
    fn check_limit(&self, bytes: u64) {
        let limit = self.limit.load(Ordering::Relaxed);
        if limit != 0 && bytes > limit {
            self.fail_oom();
        }
    }

    /// Ends the program: `fatal error: runtime: out of memory`.
    #[cold]
    fn fail_oom(&self) -> ! {
        self.oom.store(true, Ordering::SeqCst);
        std::panic::resume_unwind(Box::new(OutOfMemory))
    }

    // ---- spans ----

    /// A span of `class` with at least one free object, for a thread cache.
    fn take_span(&self, class: usize) -> SpanRef {
        loop {
            {
                let mut l = lock(&self.lists);
                if let Some(s) = l.partial[class].pop() {
                    return s;
                }
                if let Some((a, i)) = l.free.pop() {
                    let sp = &a.spans[i];
                    sp.class.store(class as u8 + 1, Ordering::Relaxed);
                    sp.swept_live.store(0, Ordering::Relaxed);
                    for w in 0..BITMAP_WORDS {
                        sp.alloc[w].store(0, Ordering::Relaxed);
                        sp.mark[w].store(0, Ordering::Relaxed);
                    }
                    return (a, i);
                }
            }
            self.grow();
        }
    }

    /// Adds an arena (its spans go to the free list).
    fn grow(&self) {
        let limit = self.limit.load(Ordering::Relaxed);
        if limit != 0 {
            let sys = self.arenas.read().unwrap_or_else(|e| e.into_inner()).len() as u64
                * ARENA_BYTES as u64;
            // Fragmentation never takes the heap's footprint past twice the limit.
            if sys > limit.saturating_mul(2).max(2 * ARENA_BYTES as u64) {
                self.fail_oom();
            }
        }
        let Some(arena) = Arena::new() else {
            self.fail_oom();
        };
        let arena = Arc::new(arena);
        {
            let mut v = self.arenas.write().unwrap_or_else(|e| e.into_inner());
            let at = v.partition_point(|a| a.base < arena.base);
            v.insert(at, Arc::clone(&arena));
        }
        let mut l = lock(&self.lists);
        for i in (0..ARENA_SPANS).rev() {
            l.free.push((Arc::clone(&arena), i));
        }
    }

    fn alloc_large(&self, size: usize) -> u64 {
        self.check_limit(size as u64);
        let Ok(layout) = Layout::from_size_align(size, 16) else {
            self.fail_oom();
        };
        // SAFETY: `layout` has a non-zero size (at least the header).
        let base = unsafe { alloc_zeroed(layout) };
        if base.is_null() {
            self.fail_oom();
        }
        lock(&self.large).insert(
            base as u64,
            Large {
                layout,
                marked: false,
                native: false,
            },
        );
        self.large_mallocs.fetch_add(1, Ordering::Relaxed);
        self.large_alloc_bytes
            .fetch_add(size as u64, Ordering::Relaxed);
        self.large_live_bytes
            .fetch_add(size as u64, Ordering::Relaxed);
        self.add_live(size as u64);
        base as u64
    }

    fn note_large_native(&self, r: u64) {
        if let Some(l) = lock(&self.large).get_mut(&(r - HEADER_BYTES as u64)) {
            l.native = true;
        }
    }

    // ---- collection ----

    /// Starts a marking (the world must be stopped): the returned marker holds the
    /// heap's structure locks until dropped.
    pub fn marker(&self) -> Marker<'_> {
        Marker {
            arenas: self.arenas.read().unwrap_or_else(|e| e.into_inner()),
            large: lock(&self.large),
            marked_objects: 0,
        }
    }

    /// Frees every object the last marking did not reach (the world must be
    /// stopped and the marker dropped), rebuilds the span lists, and sets the next
    /// trigger from the live bytes.
    pub fn sweep(&self) -> SweepStats {
        let mut out = SweepStats::default();
        let mut dead_natives: Vec<u64> = Vec::new();
        let (mut new_mallocs, mut new_bytes) = (0u64, 0u64);
        {
            let arenas = self.arenas.read().unwrap_or_else(|e| e.into_inner());
            let mut lists = lock(&self.lists);
            lists.free.clear();
            for p in lists.partial.iter_mut() {
                p.clear();
            }
            for arena in arenas.iter() {
                for (si, sp) in arena.spans.iter().enumerate() {
                    let c = sp.class.load(Ordering::Relaxed);
                    if c == 0 {
                        lists.free.push((Arc::clone(arena), si));
                        continue;
                    }
                    let class = c as usize - 1;
                    let size = CLASS_SIZES[class] as u64;
                    let natives = sp.has_native.load(Ordering::Relaxed);
                    let (mut allocated, mut live) = (0u64, 0u64);
                    for w in 0..BITMAP_WORDS {
                        let a = sp.alloc[w].load(Ordering::Relaxed);
                        let m = sp.mark[w].load(Ordering::Relaxed) & a;
                        allocated += a.count_ones() as u64;
                        live += m.count_ones() as u64;
                        if natives {
                            let mut dead = a & !m;
                            while dead != 0 {
                                let b = dead.trailing_zeros() as u64;
                                dead &= dead - 1;
                                let obj = arena.span_base(si) + (w as u64 * 64 + b) * size;
                                dead_natives.push(obj + HEADER_BYTES as u64);
                            }
                        }
                        sp.alloc[w].store(m, Ordering::Relaxed);
                        sp.mark[w].store(0, Ordering::Relaxed);
                    }
                    let before = sp.swept_live.load(Ordering::Relaxed);
                    new_mallocs += allocated.saturating_sub(before);
                    new_bytes += allocated.saturating_sub(before) * size;
                    out.freed_objects += allocated - live;
                    out.live_objects += live;
                    out.live_bytes += live * size;
                    sp.swept_live.store(live, Ordering::Relaxed);
                    if live == 0 {
                        sp.class.store(0, Ordering::Relaxed);
                        sp.has_native.store(false, Ordering::Relaxed);
                        lists.free.push((Arc::clone(arena), si));
                    } else if (live as usize) < objects_per_span(class) {
                        lists.partial[class].push((Arc::clone(arena), si));
                    }
                }
            }
            // Lowest addresses first: the free and partial lists are stacks.
            lists.free.reverse();
            for p in lists.partial.iter_mut() {
                p.reverse();
            }
        }
        let mut dead_large = Vec::new();
        {
            let mut large = lock(&self.large);
            large.retain(|&base, l| {
                if l.marked {
                    l.marked = false;
                    out.live_objects += 1;
                    out.live_bytes += l.layout.size() as u64;
                    true
                } else {
                    out.freed_objects += 1;
                    dead_large.push((base, l.layout, l.native));
                    false
                }
            });
        }
        let freed_large: u64 = dead_large.iter().map(|d| d.1.size() as u64).sum();
        self.large_live_bytes
            .fetch_sub(freed_large, Ordering::Relaxed);
        {
            let mut st = lock(&self.stats);
            st.swept_mallocs += new_mallocs;
            st.swept_alloc_bytes += new_bytes;
            st.frees += out.freed_objects;
        }
        self.live.store(out.live_bytes, Ordering::SeqCst);
        self.set_goal(out.live_bytes);
        self.clear_request();
        self.epoch.fetch_add(1, Ordering::SeqCst);
        // Drop the Rust objects of dead natives, then free dead large objects.
        for r in dead_natives {
            // SAFETY: `r` is an object the sweep just found allocated and unmarked
            // in a span that held natives; its header is intact (never reused
            // before the epoch change takes effect).
            unsafe { drop_if_native(r) };
        }
        for (base, layout, native) in dead_large {
            if native {
                // SAFETY: as above, for a large object not yet freed.
                unsafe { drop_if_native(base + HEADER_BYTES as u64) };
            }
            // SAFETY: `base` was allocated with `layout` and leaves the map here.
            unsafe { dealloc(base as *mut u8, layout) };
        }
        out
    }

    /// Records a finished collection's pause.
    pub fn note_collection(&self, pause_ns: u64, forced: bool) {
        let mut st = lock(&self.stats);
        st.num_gc += 1;
        st.num_forced_gc += forced as u64;
        st.pause_total_ns += pause_ns;
        st.pause_max_ns = st.pause_max_ns.max(pause_ns);
        st.last_gc_unix_ns = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
    }

    /// The heap's figures now (exact with the world stopped; a consistent
    /// approximation otherwise: other threads may be allocating).
    pub fn mem_stats(&self) -> MemStats {
        let st = lock(&self.stats).clone();
        let (mut objs, mut bytes, mut new_mallocs, mut new_bytes, mut inuse) =
            (0u64, 0u64, 0u64, 0u64, 0u64);
        let narenas;
        {
            let arenas = self.arenas.read().unwrap_or_else(|e| e.into_inner());
            narenas = arenas.len() as u64;
            for arena in arenas.iter() {
                for sp in arena.spans.iter() {
                    let c = sp.class.load(Ordering::Relaxed);
                    if c == 0 {
                        continue;
                    }
                    let size = CLASS_SIZES[c as usize - 1] as u64;
                    let n = sp.allocated();
                    let fresh = n.saturating_sub(sp.swept_live.load(Ordering::Relaxed));
                    objs += n;
                    bytes += n * size;
                    new_mallocs += fresh;
                    new_bytes += fresh * size;
                    inuse += SPAN_BYTES as u64;
                }
            }
        }
        let (nlarge, large_bytes) = {
            let l = lock(&self.large);
            (
                l.len() as u64,
                l.values().map(|x| x.layout.size() as u64).sum::<u64>(),
            )
        };
        let mallocs = st.swept_mallocs + new_mallocs + self.large_mallocs.load(Ordering::Relaxed);
        MemStats {
            heap_alloc: bytes + large_bytes,
            heap_objects: objs + nlarge,
            total_alloc: st.swept_alloc_bytes
                + new_bytes
                + self.large_alloc_bytes.load(Ordering::Relaxed),
            mallocs,
            frees: st.frees,
            heap_sys: narenas * ARENA_BYTES as u64 + large_bytes,
            heap_inuse: inuse + large_bytes,
            next_gc: self.next_gc.load(Ordering::Relaxed),
            num_gc: st.num_gc,
            num_forced_gc: st.num_forced_gc,
            pause_total_ns: st.pause_total_ns,
            pause_max_ns: st.pause_max_ns,
            last_gc_unix_ns: st.last_gc_unix_ns,
        }
    }

    /// The live-byte estimate the pacer works with.
    pub fn live_estimate(&self) -> u64 {
        self.live.load(Ordering::Relaxed)
    }
}

impl Drop for Heap {
    fn drop(&mut self) {
        // The program is over: drop the Rust side of every native object still
        // allocated (channel buffers, map tables, parked goroutines they hold).
        let arenas = std::mem::take(self.arenas.get_mut().unwrap_or_else(|e| e.into_inner()));
        for arena in &arenas {
            for (si, sp) in arena.spans.iter().enumerate() {
                let c = sp.class.load(Ordering::Relaxed);
                if c == 0 || !sp.has_native.load(Ordering::Relaxed) {
                    continue;
                }
                let size = CLASS_SIZES[c as usize - 1] as u64;
                for w in 0..BITMAP_WORDS {
                    let mut a = sp.alloc[w].load(Ordering::Relaxed);
                    while a != 0 {
                        let b = a.trailing_zeros() as u64;
                        a &= a - 1;
                        let obj = arena.span_base(si) + (w as u64 * 64 + b) * size;
                        // SAFETY: an allocated object of a live arena.
                        unsafe { drop_if_native(obj + HEADER_BYTES as u64) };
                    }
                }
            }
        }
        let large = std::mem::take(self.large.get_mut().unwrap_or_else(|e| e.into_inner()));
        for (base, l) in large {
            if l.native {
                // SAFETY: an allocated large object, freed right after.
                unsafe { drop_if_native(base + HEADER_BYTES as u64) };
            }
            // SAFETY: allocated with this layout, removed from the map.
            unsafe { dealloc(base as *mut u8, l.layout) };
        }
        self.lists
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .free
            .clear();
        drop(arenas);
    }
}

/// Drops the Rust object of `r` if it is a native object, and clears its pointer.
///
/// # Safety
/// `r` must be an allocated object that no one will use again.
unsafe fn drop_if_native(r: u64) {
    // SAFETY: forwarded to the caller.
    let (kind, _) = unsafe { kind_and_type(r) };
    if kind != Kind::Native as u8 {
        return;
    }
    // SAFETY: a Native object's first slot holds the pointer made by `alloc_native`.
    let raw = unsafe { slot(r, 0) }.swap(0, Ordering::AcqRel) as *mut Box<dyn NativeObject>;
    if !raw.is_null() {
        // SAFETY: made by `Box::into_raw` in `alloc_native`, taken out once (swap).
        drop(unsafe { Box::from_raw(raw) });
    }
}

// ---- marking ------------------------------------------------------------------------

/// Marks objects during a collection. Holds the heap's arena list and large-object
/// map for its lifetime (the world is stopped, so nobody else needs them).
pub struct Marker<'h> {
    arenas: RwLockReadGuard<'h, Vec<Arc<Arena>>>,
    large: MutexGuard<'h, BTreeMap<u64, Large>>,
    /// Objects marked so far.
    pub marked_objects: u64,
}

/// Where an object found from an address lives.
enum Loc<'a> {
    Small { span: &'a Span, idx: usize },
    Large(u64),
}

/// Finds the allocated object containing `p` (see [`Marker::mark`]): its
/// location, payload address and payload bytes.
fn locate<'a>(
    arenas: &'a [Arc<Arena>],
    large: &BTreeMap<u64, Large>,
    p: u64,
) -> Option<(Loc<'a>, u64, u64)> {
    if p == 0 {
        return None;
    }
    let ai = arenas.partition_point(|a| a.base <= p);
    if ai > 0 {
        let arena = &arenas[ai - 1];
        let off = (p - arena.base) as usize;
        if off < ARENA_BYTES {
            let si = off / SPAN_BYTES;
            let sp = &arena.spans[si];
            let c = sp.class.load(Ordering::Relaxed);
            if c == 0 {
                return None;
            }
            let size = CLASS_SIZES[c as usize - 1] as usize;
            let in_span = off % SPAN_BYTES;
            let mut idx = in_span / size;
            if in_span - idx * size < HEADER_BYTES {
                // In a header: one past the end of the previous object.
                idx = idx.checked_sub(1)?;
            }
            if idx >= objects_per_span(c as usize - 1) {
                return None;
            }
            if sp.alloc[idx / 64].load(Ordering::Relaxed) & (1u64 << (idx % 64)) == 0 {
                return None;
            }
            let payload = arena.span_base(si) + (idx * size + HEADER_BYTES) as u64;
            return Some((
                Loc::Small { span: sp, idx },
                payload,
                (size - HEADER_BYTES) as u64,
            ));
        }
    }
    let (&base, l) = large.range(..=p).next_back()?;
    let size = l.layout.size() as u64;
    if p < base + HEADER_BYTES as u64 || p > base + size {
        return None;
    }
    Some((
        Loc::Large(base),
        base + HEADER_BYTES as u64,
        size - HEADER_BYTES as u64,
    ))
}

impl Marker<'_> {
    /// Marks the object containing address `p` (a reference, an interior pointer,
    /// or one past an object's end). Returns the object's reference (payload
    /// address) and payload size in bytes if it was not marked yet; `None` for nil,
    /// an address outside this heap, a free slot, or an object already marked. Any
    /// value is safe to pass: nothing is read but the heap's own metadata.
    pub fn mark(&mut self, p: u64) -> Option<(u64, u64)> {
        let (loc, payload, bytes) = locate(&self.arenas, &self.large, p)?;
        match loc {
            Loc::Small { span, idx } => {
                let (w, bit) = (idx / 64, 1u64 << (idx % 64));
                let m = span.mark[w].load(Ordering::Relaxed);
                if m & bit != 0 {
                    return None;
                }
                span.mark[w].store(m | bit, Ordering::Relaxed);
            }
            Loc::Large(base) => {
                let l = self.large.get_mut(&base)?;
                if l.marked {
                    return None;
                }
                l.marked = true;
            }
        }
        self.marked_objects += 1;
        Some((payload, bytes))
    }

    /// The reference and payload bytes of the allocated object containing `p`,
    /// without marking it.
    pub fn lookup(&self, p: u64) -> Option<(u64, u64)> {
        locate(&self.arenas, &self.large, p).map(|(_, r, b)| (r, b))
    }
}

impl Heap {
    /// Whether `p .. p + bytes` lies inside one allocated object of this heap.
    pub fn holds(&self, p: u64, bytes: u64) -> bool {
        let arenas = self.arenas.read().unwrap_or_else(|e| e.into_inner());
        let large = lock(&self.large);
        locate(&arenas, &large, p)
            .is_some_and(|(_, r, b)| p >= r && p.saturating_add(bytes) <= r + b)
    }
}

// ---- thread caches ------------------------------------------------------------------

struct Cur {
    arena: Arc<Arena>,
    span: usize,
    /// First object index not yet looked at.
    next: usize,
}

/// A thread's allocation state for one heap.
struct Cache {
    heap: Arc<Heap>,
    epoch: u64,
    cur: [Option<Cur>; NCLASSES],
    unflushed: u64,
}

impl Cache {
    fn new(heap: Arc<Heap>) -> Cache {
        let epoch = heap.epoch.load(Ordering::SeqCst);
        Cache {
            heap,
            epoch,
            cur: std::array::from_fn(|_| None),
            unflushed: 0,
        }
    }

    /// The header address of a fresh object of `size` bytes (not zeroed).
    #[inline]
    fn alloc(&mut self, size: usize) -> u64 {
        if self.heap.stress.load(Ordering::Relaxed) {
            // Stress mode: every allocation asks for a collection, so the
            // allocating goroutine stops at its next budget check.
            self.heap.request_gc();
        }
        if size > MAX_SMALL {
            return self.heap.alloc_large(size);
        }
        let epoch = self.heap.epoch.load(Ordering::Relaxed);
        if epoch != self.epoch {
            // A sweep listed the spans we held; let go of them.
            self.epoch = epoch;
            self.cur = std::array::from_fn(|_| None);
            self.unflushed = 0;
        }
        let class = SIZE_TO_CLASS[size.div_ceil(16)] as usize;
        let osize = CLASS_SIZES[class] as usize;
        loop {
            if let Some(cur) = &mut self.cur[class] {
                if let Some(a) = take_free(cur, class) {
                    self.unflushed += osize as u64;
                    if self.unflushed >= FLUSH_BYTES {
                        let n = std::mem::take(&mut self.unflushed);
                        self.heap.add_live(n);
                    }
                    return a;
                }
            }
            let (arena, span) = self.heap.take_span(class);
            self.cur[class] = Some(Cur {
                arena,
                span,
                next: 0,
            });
        }
    }

    fn mark_native(&mut self, r: u64) {
        let h = r - HEADER_BYTES as u64;
        for cur in self.cur.iter().flatten() {
            let b = cur.arena.span_base(cur.span);
            if h >= b && h < b + SPAN_BYTES as u64 {
                cur.arena.spans[cur.span]
                    .has_native
                    .store(true, Ordering::Relaxed);
                return;
            }
        }
        self.heap.note_large_native(r);
    }
}

impl Drop for Cache {
    fn drop(&mut self) {
        if self.unflushed > 0 && self.epoch == self.heap.epoch.load(Ordering::Relaxed) {
            self.heap.live.fetch_add(self.unflushed, Ordering::Relaxed);
        }
    }
}

/// The next free object of the cached span, marked allocated.
#[inline]
fn take_free(cur: &mut Cur, class: usize) -> Option<u64> {
    let n = objects_per_span(class);
    let sp = &cur.arena.spans[cur.span];
    while cur.next < n {
        let w = cur.next / 64;
        let word = sp.alloc[w].load(Ordering::Relaxed);
        let free = !word & (u64::MAX << (cur.next % 64));
        if free != 0 {
            let b = free.trailing_zeros() as usize;
            let idx = w * 64 + b;
            if idx >= n {
                break;
            }
            // Only this thread writes this span's allocation bits until the next
            // sweep (the collector runs with every allocating thread stopped).
            sp.alloc[w].store(word | (1u64 << b), Ordering::Relaxed);
            cur.next = idx + 1;
            return Some(
                cur.arena.span_base(cur.span) + (idx * CLASS_SIZES[class] as usize) as u64,
            );
        }
        cur.next = (w + 1) * 64;
    }
    cur.next = n;
    None
}

thread_local! {
    static CACHE: RefCell<Option<Cache>> = const { RefCell::new(None) };
}

/// The heap of threads that entered none: never collected.
fn global_heap() -> Arc<Heap> {
    static G: OnceLock<Arc<Heap>> = OnceLock::new();
    let h = G.get_or_init(|| {
        let h = Heap::new();
        h.set_gc_percent(-1);
        h
    });
    Arc::clone(h)
}

/// Restores the previous heap of the thread when dropped (see [`enter`]).
pub struct EnterGuard {
    prev: Option<Option<Cache>>,
}

impl Drop for EnterGuard {
    fn drop(&mut self) {
        if let Some(prev) = self.prev.take() {
            let old = CACHE.with(|c| std::mem::replace(&mut *c.borrow_mut(), prev));
            drop(old);
        }
    }
}

/// Makes the calling thread allocate into `heap` until the guard is dropped.
pub fn enter(heap: &Arc<Heap>) -> EnterGuard {
    let prev = CACHE.with(|c| c.borrow_mut().replace(Cache::new(Arc::clone(heap))));
    EnterGuard { prev: Some(prev) }
}

/// The heap the calling thread allocates into.
pub fn current_heap() -> Arc<Heap> {
    CACHE
        .with(|c| c.borrow().as_ref().map(|c| Arc::clone(&c.heap)))
        .unwrap_or_else(global_heap)
}

/// Allocates a zeroed object with `payload_bytes` of payload and returns its reference.
fn alloc_raw(kind: Kind, ty: u32, len: u64, payload_bytes: usize) -> u64 {
    let size = match payload_bytes
        .max(8)
        .checked_add(HEADER_BYTES + 15)
        .filter(|&s| s < isize::MAX as usize / 2)
    {
        Some(s) => s & !15,
        None => out_of_memory(),
    };
    let base = CACHE.with(|c| {
        let mut c = c.borrow_mut();
        let cache = c.get_or_insert_with(|| Cache::new(global_heap()));
        let base = cache.alloc(size);
        if size <= MAX_SMALL {
            zero_small(base, size);
        }
        if kind == Kind::Native {
            cache.mark_native(base + HEADER_BYTES as u64);
        }
        base
    });
    let header = base as *mut Header;
    // SAFETY: `base` is a fresh, 16-byte aligned block of at least `size` bytes.
    unsafe {
        header.write(Header {
            word: AtomicU64::new(kind as u64 | ((ty as u64) << 32)),
            len,
        });
    }
    base + HEADER_BYTES as u64
}

/// Zeroes a fresh small object (`size` a multiple of 16): small ones word by
/// word (a `memset` call costs more than the stores), larger ones with `memset`.
#[inline(always)]
fn zero_small(base: u64, size: usize) {
    if size <= 128 {
        for i in 0..size / 16 {
            // SAFETY: `base` is a free, 16-byte aligned object of `size` bytes in a
            // span this thread owns; nobody else can see it yet.
            unsafe { (base as *mut u128).add(i).write(0) };
        }
    } else {
        // SAFETY: as above.
        unsafe { std::ptr::write_bytes(base as *mut u8, 0, size) };
    }
}

/// A failed allocation: unwinds like a heap past its limit.
#[cold]
fn out_of_memory() -> ! {
    current_heap().fail_oom()
}

/// Total bytes and objects allocated so far in the calling thread's heap.
pub fn allocation_stats() -> (u64, u64) {
    let s = current_heap().mem_stats();
    (s.total_alloc, s.mallocs)
}

/// A new zeroed `Box` of `slots` slots for a value of type `ty`.
pub fn alloc_box(ty: u32, slots: usize) -> u64 {
    alloc_raw(Kind::Box, ty, slots as u64, slots.saturating_mul(8))
}

/// A new zeroed array of `len` elements of `elem_slots` slots each.
pub fn alloc_array(elem_ty: u32, elem_slots: usize, len: usize) -> u64 {
    let bytes = elem_slots
        .checked_mul(len)
        .and_then(|n| n.checked_mul(8))
        .unwrap_or_else(|| out_of_memory());
    alloc_raw(Kind::Array, elem_ty, len as u64, bytes)
}

/// A new `View` of the `len` elements of type `elem_ty` starting at address `base`
/// (0 only when `len` is 0).
pub fn alloc_view(elem_ty: u32, base: u64, len: usize) -> u64 {
    let r = alloc_raw(Kind::View, elem_ty, len as u64, 8);
    // SAFETY: `r` is a fresh object with one payload slot.
    unsafe { slot(r, 0) }.store(base, Ordering::Relaxed);
    r
}

/// The elements behind a slice's array reference `r`: the address of element 0,
/// the element type and the element count, for an `Array` or a `View`; `None` for
/// nil or any other object.
///
/// # Safety
/// `r` must be 0 or a live VM-made reference.
#[inline]
pub unsafe fn backing(r: u64) -> Option<(u64, u32, u64)> {
    if r == 0 {
        return None;
    }
    // SAFETY: forwarded to the caller.
    let h = unsafe { header(r) };
    let w = h.word.load(Ordering::Relaxed);
    let ty = (w >> 32) as u32;
    match w as u8 {
        k if k == Kind::Array as u8 => Some((r, ty, h.len)),
        // SAFETY: a View's slot 0 is written once by `alloc_view`.
        k if k == Kind::View as u8 => {
            Some((unsafe { slot(r, 0) }.load(Ordering::Relaxed), ty, h.len))
        }
        _ => None,
    }
}

/// A new closure of function `func` with the given captured references.
pub fn alloc_closure(func: u32, captures: &[u64]) -> u64 {
    let r = alloc_raw(
        Kind::Closure,
        func,
        captures.len() as u64,
        captures.len() * 8,
    );
    for (i, &c) in captures.iter().enumerate() {
        // SAFETY: `r` is a fresh closure with `captures.len()` slots.
        unsafe { slot(r, i) }.store(c, Ordering::Relaxed);
    }
    r
}

/// A new string holding `bytes` (the nil reference for the empty string).
pub fn alloc_string(bytes: &[u8]) -> u64 {
    if bytes.is_empty() {
        return 0;
    }
    let r = alloc_raw(Kind::Str, 0, bytes.len() as u64, bytes.len());
    // SAFETY: the payload has room for `bytes.len()` bytes and nobody else sees it yet.
    unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), r as *mut u8, bytes.len()) };
    r
}

/// The byte buffer of a `strings.Builder`: a string object used as a mutable
/// buffer by the one builder that owns it (its length is the capacity; the Go
/// side keeps how much is used and never reads it as a string). Returns `buf`
/// or, when `used + extra` bytes do not fit, a new buffer (at least doubled)
/// holding the first `used` bytes.
pub fn builder_reserve(buf: u64, used: usize, extra: usize) -> u64 {
    // SAFETY: `buf` is 0 or a string reference (the builder's buffer field).
    let cap = unsafe { obj_len(buf) } as usize;
    let used = used.min(cap);
    let need = used.saturating_add(extra);
    if need <= cap {
        return buf;
    }
    let new_cap = need.max(cap.saturating_mul(2)).max(32);
    let r = alloc_raw(Kind::Str, 0, new_cap as u64, new_cap);
    // SAFETY: the old buffer has `cap >= used` bytes; the new one is fresh and
    // has room for `new_cap >= used` bytes.
    unsafe {
        if buf != 0 {
            std::ptr::copy_nonoverlapping(buf as *const u8, r as *mut u8, used);
        }
    }
    r
}

/// Writes `bytes` at offset `at` of builder buffer `buf` (see
/// [`builder_reserve`]); false (nothing written) when they do not fit.
pub fn builder_put(buf: u64, at: usize, bytes: &[u8]) -> bool {
    // SAFETY: `buf` is 0 or a string reference.
    let cap = unsafe { obj_len(buf) } as usize;
    if buf == 0 || at.checked_add(bytes.len()).is_none_or(|end| end > cap) {
        return bytes.is_empty();
    }
    // SAFETY: `at + len <= cap`, inside the buffer; only its builder writes it,
    // and `bytes` (another string) cannot overlap the range being written.
    unsafe { std::ptr::copy(bytes.as_ptr(), (buf as *mut u8).add(at), bytes.len()) };
    true
}

/// A runtime-owned object living behind a `Native` heap object. The collector calls
/// `trace` to find the references it holds and drops it when the object dies.
pub trait NativeObject: Send + Sync + 'static {
    /// Calls `visit` with every heap reference held (0 may be skipped).
    fn trace(&self, visit: &mut dyn FnMut(u64));
    /// For `%T`-less diagnostics and debugging.
    fn kind_name(&self) -> &'static str;
    /// Downcasting support.
    fn as_any(&self) -> &dyn std::any::Any;
}

/// A new `Native` object owning `obj`; `ty` is the Go type index (e.g. the channel
/// or map type).
pub fn alloc_native(ty: u32, obj: Box<dyn NativeObject>) -> u64 {
    let r = alloc_raw(Kind::Native, ty, 1, 8);
    let raw = Box::into_raw(Box::new(obj)) as u64;
    // SAFETY: `r` is a fresh object with one payload slot.
    unsafe { slot(r, 0) }.store(raw, Ordering::Release);
    r
}

/// The Rust object behind native reference `r`, if `r` is a `Native` object.
///
/// # Safety
/// `r` must be 0 or a live VM-made reference.
pub unsafe fn native<'a>(r: u64) -> Option<&'a dyn NativeObject> {
    if r == 0 {
        return None;
    }
    // SAFETY: forwarded to the caller.
    let (kind, _) = unsafe { kind_and_type(r) };
    if kind != Kind::Native as u8 {
        return None;
    }
    // SAFETY: a Native object's first slot holds the pointer made by `alloc_native`,
    // never changed until the collector frees the object.
    let raw = unsafe { slot(r, 0) }.load(Ordering::Acquire) as *const Box<dyn NativeObject>;
    if raw.is_null() {
        return None;
    }
    // SAFETY: as above.
    Some(unsafe { &**raw })
}

/// The header of the object whose reference is `r`.
///
/// # Safety
/// `r` must be a non-nil reference returned by one of the `alloc_*` functions.
pub unsafe fn header<'a>(r: u64) -> &'a Header {
    // SAFETY: guaranteed by the caller: the header sits just before the payload.
    unsafe { &*((r - HEADER_BYTES as u64) as *const Header) }
}

/// The kind and type/function index of the object `r`.
///
/// # Safety
/// As for [`header`].
pub unsafe fn kind_and_type(r: u64) -> (u8, u32) {
    // SAFETY: forwarded to the caller.
    let w = unsafe { header(r) }.word.load(Ordering::Relaxed);
    (w as u8, (w >> 32) as u32)
}

/// The payload slot at address `p + 8*i`.
///
/// # Safety
/// `p + 8*i` must be a slot inside a live object's payload (a pointer made by the VM
/// from a reference plus an in-range offset).
pub unsafe fn slot<'a>(p: u64, i: usize) -> &'a AtomicU64 {
    // SAFETY: guaranteed by the caller; AtomicU64 has the alignment of u64 and all
    // payloads are 16-byte aligned.
    unsafe { &*((p as usize + i * 8) as *const AtomicU64) }
}

/// The bytes of the string `r` (empty for nil).
///
/// # Safety
/// `r` must be 0 or a reference to a `Str` object.
pub unsafe fn str_bytes<'a>(r: u64) -> &'a [u8] {
    if r == 0 {
        return &[];
    }
    // SAFETY: `r` is a Str whose header records its length; strings are immutable.
    unsafe { std::slice::from_raw_parts(r as *const u8, header(r).len as usize) }
}

/// The length field of object `r` (0 for nil).
///
/// # Safety
/// `r` must be 0 or a live reference.
pub unsafe fn obj_len(r: u64) -> u64 {
    if r == 0 {
        return 0;
    }
    // SAFETY: forwarded to the caller.
    unsafe { header(r) }.len
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_round_trip_and_empty_is_nil() {
        assert_eq!(alloc_string(b""), 0);
        let r = alloc_string(b"hello, world");
        // SAFETY: `r` was just allocated as a string.
        unsafe {
            assert_eq!(str_bytes(r), b"hello, world");
            assert_eq!(kind_and_type(r).0, Kind::Str as u8);
            assert_eq!(str_bytes(0), b"");
        }
    }

    #[test]
    fn builder_buffers_grow_keep_their_bytes_and_refuse_overflow() {
        let b = builder_reserve(0, 0, 3);
        // SAFETY (all reads): `b`/`c` are builder buffers (string objects).
        assert!(unsafe { obj_len(b) } >= 32, "a first buffer is not tiny");
        assert!(builder_put(b, 0, b"abc"));
        assert_eq!(builder_reserve(b, 3, 10), b, "room left: same buffer");
        let cap = unsafe { obj_len(b) } as usize;
        assert!(!builder_put(b, cap - 1, b"xy"), "past the capacity");
        assert!(builder_put(b, cap - 1, b"z"));
        let c = builder_reserve(b, 3, cap);
        assert_ne!(c, b);
        assert!(unsafe { obj_len(c) } as usize >= 3 + cap);
        assert_eq!(&unsafe { str_bytes(c) }[..3], b"abc", "used bytes copied");
        assert!(builder_put(0, 0, b""), "nothing to write fits anywhere");
        assert!(!builder_put(0, 0, b"x"));
        assert!(!builder_put(c, usize::MAX, b"x"), "offset overflow");
    }

    #[test]
    fn boxes_are_zeroed_and_slots_addressable() {
        let b = alloc_box(7, 3);
        // SAFETY: `b` has 3 slots.
        unsafe {
            assert_eq!(kind_and_type(b), (Kind::Box as u8, 7));
            assert_eq!(obj_len(b), 3);
            for i in 0..3 {
                assert_eq!(slot(b, i).load(Ordering::Relaxed), 0);
            }
            slot(b, 2).store(42, Ordering::Relaxed);
            // an interior pointer to slot 1, then offset 1 from it
            assert_eq!(slot(b + 8, 1).load(Ordering::Relaxed), 42);
        }
    }

    #[test]
    fn closures_keep_their_captures() {
        let cap = alloc_box(0, 1);
        let c = alloc_closure(5, &[cap, 0]);
        // SAFETY: `c` is a closure with two captures.
        unsafe {
            assert_eq!(kind_and_type(c), (Kind::Closure as u8, 5));
            assert_eq!(slot(c, 0).load(Ordering::Relaxed), cap);
            assert_eq!(obj_len(c), 2);
        }
    }

    struct Holder(u64);
    impl NativeObject for Holder {
        fn trace(&self, visit: &mut dyn FnMut(u64)) {
            visit(self.0)
        }
        fn kind_name(&self) -> &'static str {
            "holder"
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }

    #[test]
    fn native_objects_are_reachable_and_downcast() {
        let s = alloc_string(b"x");
        let n = alloc_native(3, Box::new(Holder(s)));
        // SAFETY: `n` was just made by `alloc_native`.
        let obj = unsafe { native(n) }.unwrap();
        assert_eq!(obj.kind_name(), "holder");
        let mut seen = vec![];
        obj.trace(&mut |r| seen.push(r));
        assert_eq!(seen, vec![s]);
        assert_eq!(obj.as_any().downcast_ref::<Holder>().unwrap().0, s);
        // SAFETY: a string is not a native object.
        assert!(unsafe { native(s) }.is_none());
    }

    #[test]
    fn arrays_have_room_for_all_elements() {
        let a = alloc_array(1, 2, 10);
        // SAFETY: 10 elements of 2 slots each.
        unsafe {
            slot(a, 19).store(9, Ordering::Relaxed);
            assert_eq!(slot(a, 19).load(Ordering::Relaxed), 9);
            assert_eq!(obj_len(a), 10);
        }
        let stats = allocation_stats();
        assert!(stats.0 > 0 && stats.1 > 0);
    }

    // ---- the collector's side (a fresh heap per test; the world is "stopped"
    // because only the test thread uses that heap) ----

    /// Marks the objects in `roots` and everything their first `depth` slots
    /// reference, by hand (what `gc.rs` does with type information), then sweeps.
    fn collect_by_hand(h: &Heap, roots: &[u64], ref_slots: usize) -> SweepStats {
        {
            let mut m = h.marker();
            let mut stack: Vec<u64> = roots
                .iter()
                .filter_map(|&r| m.mark(r))
                .map(|x| x.0)
                .collect();
            while let Some(o) = stack.pop() {
                // SAFETY: `o` is an allocated object returned by `mark`.
                let (kind, _) = unsafe { kind_and_type(o) };
                if kind == Kind::Box as u8 {
                    // SAFETY: test boxes have at least `ref_slots` slots.
                    let n = unsafe { obj_len(o) }.min(ref_slots as u64);
                    for i in 0..n as usize {
                        // SAFETY: as above.
                        let r = unsafe { slot(o, i) }.load(Ordering::Relaxed);
                        if let Some((x, _)) = m.mark(r) {
                            stack.push(x);
                        }
                    }
                }
            }
        }
        h.sweep()
    }

    #[test]
    fn cycles_are_collected_and_memory_reused() {
        let h = Heap::new();
        let _in = enter(&h);
        let keep = alloc_box(0, 2);
        let mut first_round = Vec::new();
        for i in 0..10_000 {
            let a = alloc_box(0, 2);
            let b = alloc_box(0, 2);
            // SAFETY: fresh two-slot boxes.
            unsafe {
                slot(a, 0).store(b, Ordering::Relaxed);
                slot(b, 0).store(a, Ordering::Relaxed);
                slot(a, 1).store(i, Ordering::Relaxed);
            }
            first_round.push(a);
        }
        let st = collect_by_hand(&h, &[keep], 1);
        assert_eq!(st.live_objects, 1);
        assert_eq!(st.freed_objects, 20_000);
        let ms = h.mem_stats();
        assert_eq!((ms.heap_objects, ms.mallocs, ms.frees), (1, 20_001, 20_000));
        let sys = ms.heap_sys;
        // Freed memory is reused: a second round needs no new arena.
        for _ in 0..20_000 {
            let b = alloc_box(0, 2);
            // SAFETY: fresh boxes are zeroed even when their memory is reused.
            assert_eq!(unsafe { slot(b, 0) }.load(Ordering::Relaxed), 0);
        }
        assert_eq!(h.mem_stats().heap_sys, sys);
        assert!(first_round.iter().any(|&a| {
            // SAFETY: a dead object's address is inside a live span (never read).
            h.holds(a, 8)
        }));
    }

    #[test]
    fn interior_and_one_past_the_end_pointers_keep_objects_alive() {
        let h = Heap::new();
        let _in = enter(&h);
        let a = alloc_box(0, 4); // &a.f with f the third slot
        let arr = alloc_array(0, 1, 100_000); // a large object: &arr[5000]
        let s = alloc_box(0, 2); // one past the end of a 2-slot box
        let dead = alloc_box(0, 4);
        // SAFETY: fresh objects of the sizes above.
        unsafe {
            slot(a, 2).store(77, Ordering::Relaxed);
            slot(arr, 5000).store(88, Ordering::Relaxed);
            slot(s, 1).store(99, Ordering::Relaxed);
        }
        let st = collect_by_hand(&h, &[a + 16, arr + 8 * 5000, s + 16], 0);
        assert_eq!(st.live_objects, 3);
        assert_eq!(st.freed_objects, 1);
        assert!(!h.holds(dead, 8), "the unreferenced box was freed");
        // SAFETY: the three objects survived.
        unsafe {
            assert_eq!(slot(a, 2).load(Ordering::Relaxed), 77);
            assert_eq!(slot(arr, 5000).load(Ordering::Relaxed), 88);
            assert_eq!(slot(s, 1).load(Ordering::Relaxed), 99);
        }
        assert!(h.holds(arr + 8, 8 * 99_999) && !h.holds(arr + 8, 8 * 100_000));
        // Not objects of this heap: ignored, never read.
        let mut m = h.marker();
        for junk in [1u64, 8, 0xdead_beef, u64::MAX, a - 16, dead] {
            assert_eq!(m.mark(junk), None, "{junk:#x}");
        }
    }

    struct Counted(Arc<AtomicUsize>, u64);
    impl NativeObject for Counted {
        fn trace(&self, visit: &mut dyn FnMut(u64)) {
            visit(self.1)
        }
        fn kind_name(&self) -> &'static str {
            "counted"
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }
    impl Drop for Counted {
        fn drop(&mut self) {
            self.0.fetch_add(1, Ordering::SeqCst);
        }
    }

    #[test]
    fn dead_native_objects_are_dropped_once_and_live_ones_kept() {
        let drops = Arc::new(AtomicUsize::new(0));
        let h = Heap::new();
        let (live, dead) = {
            let _in = enter(&h);
            let live = alloc_native(0, Box::new(Counted(Arc::clone(&drops), 0)));
            let dead = alloc_native(0, Box::new(Counted(Arc::clone(&drops), 0)));
            (live, dead)
        };
        let st = collect_by_hand(&h, &[live], 0);
        assert_eq!((st.live_objects, st.freed_objects), (1, 1));
        assert_eq!(drops.load(Ordering::SeqCst), 1);
        assert!(!h.holds(dead, 8));
        // SAFETY: `live` survived.
        assert_eq!(unsafe { native(live) }.unwrap().kind_name(), "counted");
        collect_by_hand(&h, &[live], 0);
        assert_eq!(drops.load(Ordering::SeqCst), 1);
        drop(h); // the heap's end drops what is left
        assert_eq!(drops.load(Ordering::SeqCst), 2);
    }

    #[test]
    fn pacing_requests_a_collection_past_the_trigger() {
        let h = Heap::new();
        let _in = enter(&h);
        assert!(!h.gc_wanted());
        for _ in 0..(MIN_TRIGGER / 32 + FLUSH_BYTES) {
            alloc_box(0, 1);
        }
        assert!(h.gc_wanted());
        assert!(preempt_requested());
        let st = collect_by_hand(&h, &[], 0);
        assert_eq!(st.live_objects, 0);
        assert!(!h.gc_wanted());
        assert_eq!(h.set_gc_percent(-1), 100);
        for _ in 0..(2 * MIN_TRIGGER / 32) {
            alloc_box(0, 1);
        }
        assert!(!h.gc_wanted(), "GOGC=off never asks");
        collect_by_hand(&h, &[], 0);
        h.set_limit(MIN_TRIGGER);
        for _ in 0..(MIN_TRIGGER / 64) {
            alloc_box(0, 1);
        }
        assert!(!h.gc_wanted(), "below the limit");
        for _ in 0..(MIN_TRIGGER / 64 + FLUSH_BYTES / 32) {
            alloc_box(0, 1);
        }
        assert!(h.gc_wanted(), "past the limit");
    }

    #[test]
    fn an_allocation_past_the_limit_unwinds_with_out_of_memory() {
        let h = Heap::new();
        h.set_limit(1 << 20);
        let _in = enter(&h);
        let r = std::panic::catch_unwind(|| alloc_array(0, 1, 1 << 20));
        assert!(r.err().is_some_and(|e| e.is::<OutOfMemory>()));
        assert!(h.out_of_memory());
    }

    #[test]
    fn threads_allocate_concurrently_into_one_heap() {
        let h = Heap::new();
        let per = 20_000u64;
        let roots: Vec<u64> = std::thread::scope(|sc| {
            let hs: Vec<_> = (0..4)
                .map(|t| {
                    let h = &h;
                    sc.spawn(move || {
                        let _in = enter(h);
                        let mut head = 0;
                        for i in 0..per {
                            let b = alloc_box(0, 2);
                            // SAFETY: fresh two-slot box.
                            unsafe {
                                slot(b, 0).store(head, Ordering::Relaxed);
                                slot(b, 1).store(t * per + i, Ordering::Relaxed);
                            }
                            head = b;
                            alloc_string(b"garbage garbage");
                        }
                        head
                    })
                })
                .collect();
            hs.into_iter().map(|j| j.join().unwrap()).collect()
        });
        let st = collect_by_hand(&h, &roots, 1);
        assert_eq!(st.live_objects, 4 * per);
        assert_eq!(st.freed_objects, 4 * per);
        for (t, &r) in roots.iter().enumerate() {
            let (mut p, mut n) = (r, 0u64);
            while p != 0 {
                // SAFETY: every list node survived the collection.
                let v = unsafe { slot(p, 1) }.load(Ordering::Relaxed);
                assert_eq!(v, t as u64 * per + per - 1 - n);
                p = unsafe { slot(p, 0) }.load(Ordering::Relaxed);
                n += 1;
            }
            assert_eq!(n, per);
        }
    }
}
