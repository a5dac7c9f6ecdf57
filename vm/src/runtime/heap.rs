//! The object model: every heap object is a 16-byte [`Header`] followed by its
//! payload, and a reference (one 64-bit word, 0 = nil) points at the payload, so a
//! pointer to a boxed variable *is* the box's reference and `&s.f` is `ref + 8*off`.
//!
//! Object kinds:
//! - `Box`: `len` slots of a value of type `ty` (escaping variables, `new(T)`,
//!   interface boxes whose dynamic type is `ty`).
//! - `Array`: `len` elements of type `ty`, each `slots(ty)` words (slice backing).
//! - `Str`: `len` immutable bytes. The empty string is the nil reference.
//! - `Closure`: `len` captured references; `ty` is the function index.
//!
//! Payload slots are `AtomicU64` accessed with `Relaxed` ordering: racy Go programs
//! may observe Go-like stale values but never undefined behaviour. Synchronisation
//! between goroutines comes from the scheduler, channels and sync natives.
//!
//! Memory is not reclaimed yet: objects are allocated with the global allocator
//! (mimalloc) and the byte count is tracked for the collector that will sweep them.
//! This module is the narrow interface the collector plugs in behind.

use std::alloc::{alloc_zeroed, Layout};
use std::sync::atomic::{AtomicU64, Ordering};

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

/// The 16 bytes before every payload.
#[repr(C)]
pub struct Header {
    /// bits 0..8 kind, 8..16 GC flags, 32..64 type or function index.
    pub word: AtomicU64,
    /// Slots (Box), elements (Array), bytes (Str) or captures (Closure).
    pub len: u64,
}

pub const HEADER_BYTES: usize = std::mem::size_of::<Header>();

static ALLOCATED_BYTES: AtomicU64 = AtomicU64::new(0);
static ALLOCATED_OBJECTS: AtomicU64 = AtomicU64::new(0);

/// Total bytes and objects allocated since start (for pacing and `runtime` stats).
pub fn allocation_stats() -> (u64, u64) {
    (
        ALLOCATED_BYTES.load(Ordering::Relaxed),
        ALLOCATED_OBJECTS.load(Ordering::Relaxed),
    )
}

/// Allocates a zeroed object with `payload_bytes` of payload and returns its reference.
/// Aborts like Go's `fatal error: runtime: out of memory` if the allocator fails.
fn alloc_raw(kind: Kind, ty: u32, len: u64, payload_bytes: usize) -> u64 {
    let size = HEADER_BYTES + payload_bytes.next_multiple_of(8);
    let layout = match Layout::from_size_align(size, 16) {
        Ok(l) => l,
        Err(_) => out_of_memory(),
    };
    // SAFETY: `layout` has a non-zero size (at least the header).
    let base = unsafe { alloc_zeroed(layout) };
    if base.is_null() {
        out_of_memory();
    }
    ALLOCATED_BYTES.fetch_add(size as u64, Ordering::Relaxed);
    ALLOCATED_OBJECTS.fetch_add(1, Ordering::Relaxed);
    let header = base as *mut Header;
    // SAFETY: `base` is a fresh, suitably aligned allocation of at least HEADER_BYTES.
    unsafe {
        header.write(Header {
            word: AtomicU64::new(kind as u64 | ((ty as u64) << 32)),
            len,
        });
    }
    base as u64 + HEADER_BYTES as u64
}

fn out_of_memory() -> ! {
    crate::runtime::output::flush_stdout();
    eprintln!("fatal error: runtime: out of memory");
    std::process::exit(2);
}

/// A new zeroed `Box` of `slots` slots for a value of type `ty`.
pub fn alloc_box(ty: u32, slots: usize) -> u64 {
    alloc_raw(Kind::Box, ty, slots as u64, slots.max(1) * 8)
}

/// A new zeroed array of `len` elements of `elem_slots` slots each.
pub fn alloc_array(elem_ty: u32, elem_slots: usize, len: usize) -> u64 {
    let bytes = elem_slots
        .checked_mul(len)
        .and_then(|n| n.checked_mul(8))
        .unwrap_or_else(|| out_of_memory());
    alloc_raw(Kind::Array, elem_ty, len as u64, bytes.max(8))
}

/// A new closure of function `func` with the given captured references.
pub fn alloc_closure(func: u32, captures: &[u64]) -> u64 {
    let r = alloc_raw(
        Kind::Closure,
        func,
        captures.len() as u64,
        captures.len().max(1) * 8,
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
}
