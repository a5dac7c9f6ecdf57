//! Go maps: a map value is one reference to a `Kind::Native` heap object whose
//! header type is the map's type index and whose Rust object is a [`GoMap`]; a
//! `range` over a map uses a [`MapIter`], another native object.
//!
//! A `GoMap` keeps its entries in a slab (`slots`, `key_slots + val_slots` words per
//! entry, key first) and a `hashbrown::HashTable` of slab indices keyed by a hash
//! computed from the key's `TypeDesc` (Go's rules: integers, bools, pointers and
//! channels by value/address; floats by value with `+0 == -0` and `NaN != NaN` (a
//! NaN key gets a random hash and never matches, so every `m[NaN] = v` adds an
//! entry); strings by content; interfaces by dynamic type and value, where a
//! dynamic type that is not comparable panics `runtime error: hash of unhashable
//! type T`; structs field by field; arrays element by element). Each entry's hash is
//! stored, so growing the table never recomputes hashes (and needs no type table).
//!
//! Invariants:
//! - `table` holds exactly the indices of live slab entries; `live[i]` says whether
//!   entry `i` is in use; a freed entry's slots are zeroed (so the collector sees no
//!   stale references) and its index goes on the free list for reuse.
//! - The slab only grows (like Go's buckets), except `clear`, which empties it.
//! - Every access takes the map's mutex: a racy Go program may see Go-like stale
//!   results but never undefined behaviour.
//!
//! Iteration visits slab positions from a random start, wrapping around, over the
//! slab length at the time the iterator was made: an entry deleted before being
//! reached is skipped (its slot is dead or reused), an entry added during iteration
//! may or may not be produced, as the spec allows.
//!
//! `NativeObject::trace` reports every reference slot of every live key and value
//! (and an iterator reports its map). Called by the interpreter's map instructions
//! and by `fmt` (which prints a [`GoMap::snapshot`] with sorted keys).

use super::heap::{self, NativeObject};
use super::panic::PanicVal;
use crate::bytecode::{Op, TypeDesc, TypeKind};
use hashbrown::HashTable;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering::Relaxed};
use std::sync::{Mutex, MutexGuard};

/// Nesting deeper than this in a key type is treated as unhashable (the verifier
/// rules out recursive value types, so this only bounds pathological files).
const MAX_KEY_DEPTH: u32 = 64;

/// A process-wide source of cheap random numbers (splitmix64 over an atomic
/// counter): map seeds, NaN hashes and iteration starts.
pub fn rand64() -> u64 {
    static STATE: AtomicU64 = AtomicU64::new(0);
    let mut s = STATE.load(Relaxed);
    if s == 0 {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(1, |d| d.as_nanos() as u64);
        let local = 0u8;
        let seed = (t ^ (&local as *const u8 as u64).rotate_left(32)) | 1;
        let _ = STATE.compare_exchange(0, seed, Relaxed, Relaxed);
    }
    s = STATE.fetch_add(0x9E37_79B9_7F4A_7C15, Relaxed);
    fmix(s)
}

/// Murmur3's 64-bit finaliser: every input bit affects every output bit.
#[inline]
fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ (h >> 33)
}

#[inline]
fn combine(h: u64, v: u64) -> u64 {
    (h.rotate_left(23) ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

fn hash_bytes(mut h: u64, b: &[u8]) -> u64 {
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = combine(h, u64::from_le_bytes(w));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = combine(h, u64::from_le_bytes(w));
    }
    combine(h, b.len() as u64)
}

/// Where a value's slots are: registers/a Rust buffer, or a heap payload.
#[derive(Clone, Copy)]
enum Loc<'a> {
    Buf(&'a [u64]),
    /// The address of the value's first slot inside a live heap object.
    Heap(u64),
}

impl Loc<'_> {
    #[inline]
    fn at(&self, i: usize) -> u64 {
        match *self {
            Loc::Buf(s) => s.get(i).copied().unwrap_or(0),
            // SAFETY: `Heap` locations are interface box payloads (or fields and
            // elements inside them) and `i` is below the slot count of the value's
            // type, which is the box's slot count (boxes are made with their type's
            // size by the VM).
            Loc::Heap(p) => unsafe { heap::slot(p, i) }.load(Relaxed),
        }
    }

    #[inline]
    fn off(&self, o: usize) -> Self {
        match *self {
            Loc::Buf(s) => Loc::Buf(s.get(o..).unwrap_or(&[])),
            Loc::Heap(p) => Loc::Heap(p + 8 * o as u64),
        }
    }
}

fn unhashable(types: &[TypeDesc], ty: u32) -> PanicVal {
    let name = types.get(ty as usize).map_or("?", |t| t.name.as_str());
    PanicVal::Runtime(format!("hash of unhashable type {name}"))
}

/// The dynamic type of non-nil interface reference `b`, checked to be a box of a
/// known type with enough slots.
fn iface_dyn(types: &[TypeDesc], b: u64) -> Option<u32> {
    // SAFETY: `b` is a non-nil interface reference: a VM-made heap object.
    let (kind, ty) = unsafe { heap::kind_and_type(b) };
    let t = types.get(ty as usize)?;
    // SAFETY: as above.
    let len = unsafe { heap::obj_len(b) };
    (kind == heap::Kind::Box as u8 && len >= t.slots as u64).then_some(ty)
}

fn hash_at(types: &[TypeDesc], ty: u32, v: Loc, h: u64, depth: u32) -> Result<u64, PanicVal> {
    let Some(t) = types.get(ty as usize) else {
        return Err(unhashable(types, ty));
    };
    if depth > MAX_KEY_DEPTH {
        return Err(unhashable(types, ty));
    }
    Ok(match &t.kind {
        TypeKind::Bool
        | TypeKind::Int { .. }
        | TypeKind::Pointer { .. }
        | TypeKind::Chan { .. }
        | TypeKind::Opaque => combine(h, v.at(0)),
        TypeKind::Float { .. } => {
            let f = f64::from_bits(v.at(0));
            if f.is_nan() {
                combine(h, rand64())
            } else if f == 0.0 {
                combine(h, 0)
            } else {
                combine(h, f.to_bits())
            }
        }
        TypeKind::String => {
            // SAFETY: a string-typed slot holds a string reference (or 0).
            let s = unsafe { heap::str_bytes(v.at(0)) };
            hash_bytes(h, s)
        }
        TypeKind::Interface { .. } => {
            let b = v.at(0);
            if b == 0 {
                return Ok(combine(h, 0x006e_696c));
            }
            let Some(dt) = iface_dyn(types, b) else {
                return Err(unhashable(types, ty));
            };
            hash_at(
                types,
                dt,
                Loc::Heap(b),
                combine(h, dt as u64 + 1),
                depth + 1,
            )?
        }
        TypeKind::Struct { fields } => {
            let mut h = h;
            for f in fields {
                h = hash_at(types, f.ty, v.off(f.offset as usize), h, depth + 1)?;
            }
            h
        }
        TypeKind::Array { elem, len } => {
            let es = types.get(*elem as usize).map_or(1, |e| e.slots) as usize;
            let mut h = h;
            for i in 0..*len as usize {
                h = hash_at(types, *elem, v.off(i * es), h, depth + 1)?;
            }
            h
        }
        TypeKind::Slice { .. } | TypeKind::Map { .. } | TypeKind::Func => {
            return Err(unhashable(types, ty))
        }
    })
}

fn eq_at(types: &[TypeDesc], ty: u32, a: Loc, b: Loc, depth: u32) -> bool {
    let Some(t) = types.get(ty as usize) else {
        return false;
    };
    if depth > MAX_KEY_DEPTH {
        return false;
    }
    match &t.kind {
        TypeKind::Float { .. } => f64::from_bits(a.at(0)) == f64::from_bits(b.at(0)),
        TypeKind::String => {
            let (x, y) = (a.at(0), b.at(0));
            // SAFETY: string-typed slots hold string references (or 0).
            x == y || unsafe { heap::str_bytes(x) == heap::str_bytes(y) }
        }
        TypeKind::Interface { .. } => {
            let (x, y) = (a.at(0), b.at(0));
            if x == 0 || y == 0 {
                return x == y;
            }
            match (iface_dyn(types, x), iface_dyn(types, y)) {
                (Some(tx), Some(ty2)) if tx == ty2 => {
                    eq_at(types, tx, Loc::Heap(x), Loc::Heap(y), depth + 1)
                }
                _ => false,
            }
        }
        TypeKind::Struct { fields } => fields.iter().all(|f| {
            let o = f.offset as usize;
            eq_at(types, f.ty, a.off(o), b.off(o), depth + 1)
        }),
        TypeKind::Array { elem, len } => {
            let es = types.get(*elem as usize).map_or(1, |e| e.slots) as usize;
            (0..*len as usize).all(|i| eq_at(types, *elem, a.off(i * es), b.off(i * es), depth + 1))
        }
        TypeKind::Slice { .. } | TypeKind::Map { .. } | TypeKind::Func => false,
        _ => a.at(0) == b.at(0),
    }
}

/// Go's hash of the key of type `ty` held in `key` (its slots), or the
/// `hash of unhashable type` panic.
pub fn hash_key(types: &[TypeDesc], ty: u32, key: &[u64], seed: u64) -> Result<u64, PanicVal> {
    hash_at(types, ty, Loc::Buf(key), seed, 0).map(fmix)
}

/// Go's `==` on two keys of type `ty` (false for uncomparable values).
pub fn keys_equal(types: &[TypeDesc], ty: u32, a: &[u64], b: &[u64]) -> bool {
    eq_at(types, ty, Loc::Buf(a), Loc::Buf(b), 0)
}

/// The mutable part of a map, behind its mutex.
#[derive(Default)]
struct Inner {
    table: HashTable<u32>,
    /// `stride` slots per entry: the key, then the value.
    slots: Vec<u64>,
    hashes: Vec<u64>,
    live: Vec<bool>,
    free: Vec<u32>,
    len: usize,
}

/// A Go map (see the module docs).
pub struct GoMap {
    /// The map type and its key and value types (indices into `Module::types`).
    pub map_ty: u32,
    pub key_ty: u32,
    pub val_ty: u32,
    pub key_slots: usize,
    pub val_slots: usize,
    /// Offsets within an entry of the slots that hold references.
    ref_offsets: Vec<usize>,
    seed: u64,
    inner: Mutex<Inner>,
}

/// Largest number of entries a `make(map, hint)` pre-allocates for.
const MAX_HINT: usize = 1 << 20;

impl GoMap {
    /// A new empty map of map type `map_ty` (which must be a `Map` type), sized for
    /// `hint` entries.
    pub fn new(types: &[TypeDesc], map_ty: u32, hint: usize) -> Option<GoMap> {
        let TypeKind::Map { key, value } = types.get(map_ty as usize)?.kind else {
            return None;
        };
        let (kt, vt) = (types.get(key as usize)?, types.get(value as usize)?);
        let (ks, vs) = (kt.slots as usize, vt.slots as usize);
        let mut ref_offsets: Vec<usize> = (0..ks).filter(|&i| kt.is_ref_slot(i)).collect();
        ref_offsets.extend((0..vs).filter(|&i| vt.is_ref_slot(i)).map(|i| ks + i));
        let hint = hint.min(MAX_HINT);
        let inner = Inner {
            table: HashTable::with_capacity(hint),
            ..Inner::default()
        };
        Some(GoMap {
            map_ty,
            key_ty: key,
            val_ty: value,
            key_slots: ks,
            val_slots: vs,
            ref_offsets,
            seed: rand64(),
            inner: Mutex::new(inner),
        })
    }

    fn stride(&self) -> usize {
        self.key_slots + self.val_slots
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn find(&self, types: &[TypeDesc], inner: &Inner, h: u64, key: &[u64]) -> Option<usize> {
        let st = self.stride();
        let ks = self.key_slots;
        inner
            .table
            .find(h, |&i| {
                let i = i as usize;
                inner.hashes[i] == h
                    && keys_equal(types, self.key_ty, &inner.slots[i * st..i * st + ks], key)
            })
            .map(|&i| i as usize)
    }

    /// Number of entries (`len(m)`).
    pub fn len(&self) -> usize {
        self.lock().len
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Copies the value for `key` into `out` (`val_slots` long); false (and `out`
    /// untouched) when absent.
    pub fn get(&self, types: &[TypeDesc], key: &[u64], out: &mut [u64]) -> Result<bool, PanicVal> {
        let h = hash_key(types, self.key_ty, key, self.seed)?;
        let inner = self.lock();
        if inner.len == 0 {
            return Ok(false);
        }
        match self.find(types, &inner, h, key) {
            Some(i) => {
                let st = self.stride();
                let v = &inner.slots[i * st + self.key_slots..(i + 1) * st];
                let n = out.len().min(v.len());
                out[..n].copy_from_slice(&v[..n]);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// `m[key] = val` (`key_slots` and `val_slots` long).
    pub fn set(&self, types: &[TypeDesc], key: &[u64], val: &[u64]) -> Result<(), PanicVal> {
        self.update(types, key, |dst| {
            let n = dst.len().min(val.len());
            dst[..n].copy_from_slice(&val[..n]);
        })
    }

    /// Applies `f` to the value slots of `key`'s entry, inserted with a zero
    /// value first when absent (one hash and one lookup: `m[k] = v`, `m[k] += d`).
    pub fn update(
        &self,
        types: &[TypeDesc],
        key: &[u64],
        f: impl FnOnce(&mut [u64]),
    ) -> Result<(), PanicVal> {
        let h = hash_key(types, self.key_ty, key, self.seed)?;
        let st = self.stride();
        let ks = self.key_slots;
        let mut guard = self.lock();
        let inner = &mut *guard;
        let idx = match self.find(types, inner, h, key) {
            Some(i) => i,
            None => {
                let i = match inner.free.pop() {
                    Some(i) => i as usize,
                    None => {
                        let i = inner.live.len();
                        inner.live.push(false);
                        inner.hashes.push(0);
                        inner.slots.resize((i + 1) * st, 0);
                        i
                    }
                };
                inner.live[i] = true;
                inner.hashes[i] = h;
                inner.len += 1;
                let hashes = &inner.hashes;
                inner
                    .table
                    .insert_unique(h, i as u32, |&j| hashes[j as usize]);
                i
            }
        };
        // Like Go (`needkeyupdate`), an assignment also stores the key: after
        // `m[+0] = 1; m[-0] = 2` the key prints as -0.
        let n = key.len().min(ks);
        inner.slots[idx * st..idx * st + n].copy_from_slice(&key[..n]);
        f(&mut inner.slots[idx * st + ks..(idx + 1) * st]);
        Ok(())
    }

    /// `delete(m, key)`.
    pub fn delete(&self, types: &[TypeDesc], key: &[u64]) -> Result<(), PanicVal> {
        let h = hash_key(types, self.key_ty, key, self.seed)?;
        let st = self.stride();
        let ks = self.key_slots;
        let mut guard = self.lock();
        let inner = &mut *guard;
        if inner.len == 0 {
            return Ok(());
        }
        let (slots, hashes) = (&inner.slots, &inner.hashes);
        let found = inner.table.find_entry(h, |&i| {
            let i = i as usize;
            hashes[i] == h && keys_equal(types, self.key_ty, &slots[i * st..i * st + ks], key)
        });
        if let Ok(e) = found {
            let (i, _) = e.remove();
            let i = i as usize;
            inner.live[i] = false;
            inner.slots[i * st..(i + 1) * st].fill(0);
            inner.free.push(i as u32);
            inner.len -= 1;
        }
        Ok(())
    }

    /// `clear(m)`.
    pub fn clear(&self) {
        let mut inner = self.lock();
        *inner = Inner::default();
    }

    /// The live entries (key slots then value slots each) and their count.
    pub fn snapshot(&self) -> (Vec<u64>, usize) {
        let inner = self.lock();
        let st = self.stride();
        let mut out = Vec::with_capacity(inner.len * st);
        for (i, _) in inner.live.iter().enumerate().filter(|(_, &l)| l) {
            out.extend_from_slice(&inner.slots[i * st..(i + 1) * st]);
        }
        (out, inner.len)
    }

    /// Number of slab positions (for iterators).
    fn slab_len(&self) -> usize {
        self.lock().live.len()
    }

    /// The entry at slab position `pos`, copied into `out` (`stride` long), if live.
    fn entry_at(&self, pos: usize, out: &mut [u64]) -> bool {
        let inner = self.lock();
        if !inner.live.get(pos).copied().unwrap_or(false) {
            return false;
        }
        let st = self.stride();
        let e = &inner.slots[pos * st..(pos + 1) * st];
        let n = out.len().min(e.len());
        out[..n].copy_from_slice(&e[..n]);
        true
    }
}

impl NativeObject for GoMap {
    fn trace(&self, visit: &mut dyn FnMut(u64)) {
        let inner = self.lock();
        let st = self.stride();
        for (i, _) in inner.live.iter().enumerate().filter(|(_, &l)| l) {
            for &o in &self.ref_offsets {
                let r = inner.slots[i * st + o];
                if r != 0 {
                    visit(r);
                }
            }
        }
    }
    fn kind_name(&self) -> &'static str {
        "map"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The map behind reference `m` (0 = nil map), checked to be a map of type `ty`
/// when `ty` is given.
pub fn map_ref<'a>(m: u64, ty: Option<u32>) -> Result<Option<&'a GoMap>, PanicVal> {
    if m == 0 {
        return Ok(None);
    }
    // SAFETY: `m` comes from a reference register: 0 or a VM-made reference.
    let obj = unsafe { heap::native(m) };
    match obj.and_then(|o| o.as_any().downcast_ref::<GoMap>()) {
        Some(gm) if ty.is_none_or(|t| t == gm.map_ty) => Ok(Some(gm)),
        _ => Err(PanicVal::Runtime(
            "map operation on a value that is not a map of this type".into(),
        )),
    }
}

/// A new map object of type `ty` (a reference), sized for `hint` (a negative hint
/// is treated as 0, as Go 1.19 does at run time); an error when `ty` is not a map
/// type.
pub fn make_map(types: &[TypeDesc], ty: u32, hint: i64) -> Result<u64, PanicVal> {
    let gm = GoMap::new(types, ty, hint.max(0) as usize).ok_or_else(|| {
        PanicVal::Runtime("make of a map with a type that is not a map type".into())
    })?;
    Ok(heap::alloc_native(ty, Box::new(gm)))
}

/// A `range` over a map: the map (0 for nil), a random start and the slab length
/// when the range began.
pub struct MapIter {
    map: u64,
    start: usize,
    limit: usize,
    step: AtomicUsize,
}

impl NativeObject for MapIter {
    fn trace(&self, visit: &mut dyn FnMut(u64)) {
        if self.map != 0 {
            visit(self.map)
        }
    }
    fn kind_name(&self) -> &'static str {
        "map iterator"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// A new iterator object over map `m` (0 = nil: yields nothing).
pub fn make_iter(m: u64) -> Result<u64, PanicVal> {
    let (limit, ty) = match map_ref(m, None)? {
        Some(gm) => (gm.slab_len(), gm.map_ty),
        None => (0, u32::MAX),
    };
    let start = if limit > 0 {
        (rand64() % limit as u64) as usize
    } else {
        0
    };
    let it = MapIter {
        map: m,
        start,
        limit,
        step: AtomicUsize::new(0),
    };
    Ok(heap::alloc_native(ty, Box::new(it)))
}

/// Advances iterator `it` over a map of type `ty`: the next entry (key slots then
/// value slots) into `out`, or false when done.
pub fn iter_next(it: u64, ty: u32, out: &mut [u64]) -> Result<bool, PanicVal> {
    // SAFETY: `it` comes from a reference register: 0 or a VM-made reference.
    let obj = unsafe { heap::native(it) };
    let Some(iter) = obj.and_then(|o| o.as_any().downcast_ref::<MapIter>()) else {
        return Err(PanicVal::Runtime(
            "map iteration over a value that is not a map iterator".into(),
        ));
    };
    let Some(gm) = map_ref(iter.map, Some(ty))? else {
        return Ok(false);
    };
    loop {
        let s = iter.step.load(Relaxed);
        if s >= iter.limit {
            return Ok(false);
        }
        iter.step.store(s + 1, Relaxed);
        let pos = (iter.start + s) % iter.limit;
        if gm.entry_at(pos, out) {
            return Ok(true);
        }
    }
}

/// A small scratch buffer of slots (inline up to 8).
struct SlotBuf {
    inline: [u64; 8],
    heap: Vec<u64>,
    n: usize,
}

impl SlotBuf {
    fn new(n: usize) -> SlotBuf {
        SlotBuf {
            inline: [0; 8],
            heap: if n > 8 { vec![0; n] } else { Vec::new() },
            n,
        }
    }

    fn from(src: &[u64]) -> SlotBuf {
        let mut b = SlotBuf::new(src.len());
        b.as_mut().copy_from_slice(src);
        b
    }

    fn as_ref(&self) -> &[u64] {
        if self.n > 8 {
            &self.heap
        } else {
            &self.inline[..self.n]
        }
    }

    fn as_mut(&mut self) -> &mut [u64] {
        if self.n > 8 {
            &mut self.heap
        } else {
            &mut self.inline[..self.n]
        }
    }
}

fn bad_frame() -> PanicVal {
    PanicVal::Runtime("map instruction operands outside the frame".into())
}

/// The key and value slot counts of map type `ty` (verified to be a map type).
fn shape(types: &[TypeDesc], ty: u32) -> Result<(u32, usize, usize), PanicVal> {
    match types.get(ty as usize).map(|t| &t.kind) {
        Some(TypeKind::Map { key, value }) => {
            let s = |t: u32| types.get(t as usize).map_or(0, |d| d.slots as usize);
            Ok((*key, s(*key), s(*value)))
        }
        _ => Err(PanicVal::Runtime(
            "map instruction with a non-map type".into(),
        )),
    }
}

fn regs(frame: &[u64], r: usize, n: usize) -> Result<&[u64], PanicVal> {
    frame.get(r..r + n).ok_or_else(bad_frame)
}

fn regs_mut(frame: &mut [u64], r: usize, n: usize) -> Result<&mut [u64], PanicVal> {
    frame.get_mut(r..r + n).ok_or_else(bad_frame)
}

/// Runs one map instruction (`MakeMap` .. `MapNext`) on the registers of the
/// current frame. The verifier has checked the spans and kinds; the slices are
/// still indexed with checks (these instructions are not the hot arithmetic path).
pub fn exec(types: &[TypeDesc], op: Op, frame: &mut [u64]) -> Result<(), PanicVal> {
    let reg = |frame: &[u64], r: u16| frame.get(r as usize).copied().ok_or_else(bad_frame);
    match op {
        Op::MakeMap { dst, hint, ty } => {
            let h = reg(frame, hint)? as i64;
            let m = make_map(types, ty as u32, h)?;
            regs_mut(frame, dst as usize, 1)?[0] = m;
        }
        Op::MapGet { dst, m, ty } | Op::MapGetOk { dst, m, ty } => {
            let (kty, ks, vs) = shape(types, ty as u32)?;
            let key = SlotBuf::from(regs(frame, m as usize + 1, ks)?);
            let mut val = SlotBuf::new(vs);
            let found = match map_ref(reg(frame, m)?, Some(ty as u32))? {
                Some(gm) => gm.get(types, key.as_ref(), val.as_mut())?,
                None => {
                    // Go hashes the key even for a nil map when hashing may panic.
                    hash_key(types, kty, key.as_ref(), 0)?;
                    false
                }
            };
            regs_mut(frame, dst as usize, vs)?.copy_from_slice(val.as_ref());
            if matches!(op, Op::MapGetOk { .. }) {
                regs_mut(frame, dst as usize + vs, 1)?[0] = found as u64;
            }
        }
        Op::MapSet { m, ty } => {
            let (_, ks, vs) = shape(types, ty as u32)?;
            let Some(gm) = map_ref(reg(frame, m)?, Some(ty as u32))? else {
                return Err(PanicVal::Plain("assignment to entry in nil map".into()));
            };
            let kv = regs(frame, m as usize + 1, ks + vs)?;
            gm.set(types, &kv[..ks], &kv[ks..])?;
        }
        Op::MapAddI { m, ty } => {
            let (_, ks, _) = shape(types, ty as u32)?;
            let Some(gm) = map_ref(reg(frame, m)?, Some(ty as u32))? else {
                return Err(PanicVal::Plain("assignment to entry in nil map".into()));
            };
            let kd = regs(frame, m as usize + 1, ks + 1)?;
            let delta = kd[ks];
            gm.update(types, &kd[..ks], |v| {
                if let Some(x) = v.first_mut() {
                    *x = x.wrapping_add(delta);
                }
            })?;
        }
        Op::MapDelete { m, ty } => {
            let (kty, ks, _) = shape(types, ty as u32)?;
            let key = regs(frame, m as usize + 1, ks)?;
            match map_ref(reg(frame, m)?, Some(ty as u32))? {
                Some(gm) => gm.delete(types, key)?,
                None => {
                    hash_key(types, kty, key, 0)?;
                }
            }
        }
        Op::MapLen { dst, m } => {
            let n = map_ref(reg(frame, m)?, None)?.map_or(0, |gm| gm.len());
            regs_mut(frame, dst as usize, 1)?[0] = n as u64;
        }
        Op::MapClear { m } => {
            if let Some(gm) = map_ref(reg(frame, m)?, None)? {
                gm.clear();
            }
        }
        Op::MapIter { dst, m } => {
            let it = make_iter(reg(frame, m)?)?;
            regs_mut(frame, dst as usize, 1)?[0] = it;
        }
        Op::MapNext { dst, it, ty } => {
            let (_, ks, vs) = shape(types, ty as u32)?;
            let mut kv = SlotBuf::new(ks + vs);
            let more = iter_next(reg(frame, it)?, ty as u32, kv.as_mut())?;
            regs_mut(frame, dst as usize, 1)?[0] = more as u64;
            if more {
                regs_mut(frame, dst as usize + 1, ks + vs)?.copy_from_slice(kv.as_ref());
            }
        }
        _ => {
            return Err(PanicVal::Runtime(format!(
                "{} is not a map instruction",
                op.name()
            )))
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::{Field, TypeDesc};

    fn ty(name: &str, kind: TypeKind, slots: u32, refs: u64) -> TypeDesc {
        TypeDesc {
            name: name.into(),
            named: false,
            kind,
            slots,
            ref_slots: if refs == 0 { vec![] } else { vec![refs] },
            methods: vec![],
        }
    }

    const INT: u32 = 0;
    const STR: u32 = 1;
    const F64: u32 = 2;
    const ANY: u32 = 3;
    const INTS: u32 = 4;
    const PAIR: u32 = 5;
    const M_INT_INT: u32 = 6;
    const M_STR_INT: u32 = 7;
    const M_ANY_STR: u32 = 8;
    const M_F_INT: u32 = 9;
    const M_PAIR_STR: u32 = 10;
    const ARR: u32 = 11;

    fn types() -> Vec<TypeDesc> {
        vec![
            ty(
                "int",
                TypeKind::Int {
                    bits: 64,
                    signed: true,
                },
                1,
                0,
            ),
            ty("string", TypeKind::String, 1, 1),
            ty("float64", TypeKind::Float { bits: 64 }, 1, 0),
            ty(
                "interface {}",
                TypeKind::Interface { methods: vec![] },
                1,
                1,
            ),
            ty("[]int", TypeKind::Slice { elem: INT }, 4, 1),
            ty(
                "main.P",
                TypeKind::Struct {
                    fields: vec![
                        Field {
                            name: "A".into(),
                            ty: INT,
                            offset: 0,
                            embedded: false,
                        },
                        Field {
                            name: "B".into(),
                            ty: STR,
                            offset: 1,
                            embedded: false,
                        },
                    ],
                },
                2,
                0b10,
            ),
            ty(
                "map[int]int",
                TypeKind::Map {
                    key: INT,
                    value: INT,
                },
                1,
                1,
            ),
            ty(
                "map[string]int",
                TypeKind::Map {
                    key: STR,
                    value: INT,
                },
                1,
                1,
            ),
            ty(
                "map[interface {}]string",
                TypeKind::Map {
                    key: ANY,
                    value: STR,
                },
                1,
                1,
            ),
            ty(
                "map[float64]int",
                TypeKind::Map {
                    key: F64,
                    value: INT,
                },
                1,
                1,
            ),
            ty(
                "map[main.P]string",
                TypeKind::Map {
                    key: PAIR,
                    value: STR,
                },
                1,
                1,
            ),
            ty("[2]int", TypeKind::Array { elem: INT, len: 2 }, 2, 0),
        ]
    }

    fn boxed(ty: u32, slots: &[u64]) -> u64 {
        let b = heap::alloc_box(ty, slots.len());
        for (i, &v) in slots.iter().enumerate() {
            // SAFETY: `b` has `slots.len()` slots.
            unsafe { heap::slot(b, i) }.store(v, Relaxed);
        }
        b
    }

    fn get1(m: &GoMap, t: &[TypeDesc], k: &[u64]) -> Option<u64> {
        let mut out = [0u64];
        m.get(t, k, &mut out).unwrap().then_some(out[0])
    }

    #[test]
    fn int_keys_set_get_delete_len() {
        let t = types();
        let m = GoMap::new(&t, M_INT_INT, 0).unwrap();
        for i in 0..1000u64 {
            m.set(&t, &[i], &[i * 2]).unwrap();
        }
        assert_eq!(m.len(), 1000);
        assert_eq!(get1(&m, &t, &[7]), Some(14));
        assert_eq!(get1(&m, &t, &[1000]), None);
        m.set(&t, &[7], &[70]).unwrap();
        assert_eq!((m.len(), get1(&m, &t, &[7])), (1000, Some(70)));
        for i in (0..1000u64).step_by(2) {
            m.delete(&t, &[i]).unwrap();
        }
        assert_eq!(m.len(), 500);
        assert_eq!(get1(&m, &t, &[4]), None);
        assert_eq!(get1(&m, &t, &[5]), Some(10));
        // freed entries are reused: the slab does not grow
        let slab = m.slab_len();
        for i in (0..1000u64).step_by(2) {
            m.set(&t, &[i], &[1]).unwrap();
        }
        assert_eq!((m.len(), m.slab_len()), (1000, slab));
        m.clear();
        assert_eq!((m.len(), get1(&m, &t, &[5])), (0, None));
    }

    #[test]
    fn strings_by_content() {
        let t = types();
        let m = GoMap::new(&t, M_STR_INT, 4).unwrap();
        let a1 = heap::alloc_string(b"apple");
        let a2 = heap::alloc_string(b"apple");
        assert_ne!(a1, a2);
        m.set(&t, &[a1], &[1]).unwrap();
        m.set(&t, &[0], &[9]).unwrap(); // the empty string is the nil reference
        assert_eq!(get1(&m, &t, &[a2]), Some(1));
        assert_eq!(get1(&m, &t, &[0]), Some(9));
        assert_eq!(get1(&m, &t, &[heap::alloc_string(b"apples")]), None);
    }

    #[test]
    fn floats_zero_and_nan() {
        let t = types();
        let m = GoMap::new(&t, M_F_INT, 0).unwrap();
        m.set(&t, &[0.0f64.to_bits()], &[1]).unwrap();
        m.set(&t, &[(-0.0f64).to_bits()], &[2]).unwrap();
        assert_eq!(m.len(), 1);
        assert_eq!(get1(&m, &t, &[0.0f64.to_bits()]), Some(2));
        assert_eq!(
            m.snapshot().0,
            vec![(-0.0f64).to_bits(), 2],
            "the key is updated"
        );
        let nan = f64::NAN.to_bits();
        m.set(&t, &[nan], &[3]).unwrap();
        m.set(&t, &[nan], &[4]).unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(get1(&m, &t, &[nan]), None);
        m.delete(&t, &[nan]).unwrap();
        assert_eq!(m.len(), 3);
    }

    #[test]
    fn interface_keys_by_type_and_value_and_unhashable() {
        let t = types();
        let m = GoMap::new(&t, M_ANY_STR, 0).unwrap();
        let one_int = boxed(INT, &[1]);
        let one_f = boxed(F64, &[1.0f64.to_bits()]);
        let s = heap::alloc_string(b"x");
        m.set(&t, &[one_int], &[s]).unwrap();
        m.set(&t, &[0], &[s]).unwrap();
        assert_eq!(get1(&m, &t, &[boxed(INT, &[1])]), Some(s));
        assert_eq!(get1(&m, &t, &[one_f]), None);
        assert_eq!(get1(&m, &t, &[0]), Some(s));
        let str_key = boxed(STR, &[heap::alloc_string(b"k")]);
        m.set(&t, &[str_key], &[0]).unwrap();
        assert_eq!(
            get1(&m, &t, &[boxed(STR, &[heap::alloc_string(b"k")])]),
            Some(0)
        );
        let sl = boxed(INTS, &[0, 0, 0, 0]);
        let e = m.set(&t, &[sl], &[s]).unwrap_err();
        assert_eq!(e, PanicVal::Runtime("hash of unhashable type []int".into()));
        assert!(m.get(&t, &[sl], &mut [0]).is_err());
        // structs inside interfaces compare field-wise
        let p1 = boxed(PAIR, &[3, heap::alloc_string(b"p")]);
        let p2 = boxed(PAIR, &[3, heap::alloc_string(b"p")]);
        m.set(&t, &[p1], &[s]).unwrap();
        assert_eq!(get1(&m, &t, &[p2]), Some(s));
        let a = boxed(ARR, &[1, 2]);
        m.set(&t, &[a], &[0]).unwrap();
        assert_eq!(get1(&m, &t, &[boxed(ARR, &[1, 2])]), Some(0));
        assert_eq!(get1(&m, &t, &[boxed(ARR, &[2, 1])]), None);
        assert_eq!(m.len(), 5);
    }

    #[test]
    fn struct_keys_and_trace() {
        let t = types();
        let m = GoMap::new(&t, M_PAIR_STR, 0).unwrap();
        let k = heap::alloc_string(b"key");
        let v = heap::alloc_string(b"val");
        m.set(&t, &[1, k], &[v]).unwrap();
        assert_eq!(get1(&m, &t, &[1, heap::alloc_string(b"key")]), Some(v));
        assert_eq!(get1(&m, &t, &[2, k]), None);
        let mut seen = vec![];
        m.trace(&mut |r| seen.push(r));
        seen.sort();
        let mut want = vec![k, v];
        want.sort();
        assert_eq!(seen, want);
        m.delete(&t, &[1, k]).unwrap();
        seen.clear();
        m.trace(&mut |r| seen.push(r));
        assert!(seen.is_empty());
    }

    fn drain(it: u64, ty: u32) -> Vec<u64> {
        let mut out = vec![];
        let mut e = [0u64; 2];
        while iter_next(it, ty, &mut e).unwrap() {
            out.push(e[0]);
        }
        out
    }

    #[test]
    fn iteration_visits_each_once_in_varying_order() {
        let t = types();
        let mr = make_map(&t, M_INT_INT, 0).unwrap();
        let m = map_ref(mr, Some(M_INT_INT)).unwrap().unwrap();
        for i in 0..50u64 {
            m.set(&t, &[i], &[i]).unwrap();
        }
        let mut orders = std::collections::HashSet::new();
        for _ in 0..20 {
            let got = drain(make_iter(mr).unwrap(), M_INT_INT);
            let mut sorted = got.clone();
            sorted.sort();
            assert_eq!(sorted, (0..50).collect::<Vec<_>>());
            orders.insert(got);
        }
        assert!(orders.len() > 1, "iteration order is not randomised");
        // a nil map yields nothing
        assert!(drain(make_iter(0).unwrap(), M_INT_INT).is_empty());
        // the wrong map type is refused
        assert!(iter_next(make_iter(mr).unwrap(), M_STR_INT, &mut [0, 0]).is_err());
    }

    #[test]
    fn deleting_during_iteration_skips_unreached_entries() {
        let t = types();
        let mr = make_map(&t, M_INT_INT, 0).unwrap();
        let m = map_ref(mr, None).unwrap().unwrap();
        for i in 0..100u64 {
            m.set(&t, &[i], &[i]).unwrap();
        }
        let it = make_iter(mr).unwrap();
        let mut e = [0u64; 2];
        let mut seen = std::collections::HashSet::new();
        while iter_next(it, M_INT_INT, &mut e).unwrap() {
            assert!(seen.insert(e[0]), "{} produced twice", e[0]);
            // delete the partner of every visited key
            m.delete(&t, &[e[0] ^ 1]).unwrap();
            assert!(!seen.contains(&(e[0] ^ 1)) || seen.contains(&e[0]));
        }
        // exactly one of each pair was produced
        for i in (0..100u64).step_by(2) {
            assert!(seen.contains(&i) ^ seen.contains(&(i + 1)));
        }
        // clear during iteration: nothing more is produced
        for i in 0..10u64 {
            m.set(&t, &[i], &[i]).unwrap();
        }
        let it = make_iter(mr).unwrap();
        assert!(iter_next(it, M_INT_INT, &mut e).unwrap());
        m.clear();
        assert!(!iter_next(it, M_INT_INT, &mut e).unwrap());
    }

    #[test]
    fn make_map_checks() {
        let t = types();
        assert!(make_map(&t, INT, 0).is_err());
        let neg = make_map(&t, M_INT_INT, -1).unwrap();
        assert!(map_ref(neg, None).unwrap().unwrap().is_empty());
        let r = make_map(&t, M_INT_INT, i64::MAX).unwrap();
        assert!(map_ref(r, Some(M_INT_INT)).unwrap().unwrap().is_empty());
        assert!(map_ref(r, Some(M_STR_INT)).is_err());
        assert!(map_ref(heap::alloc_string(b"x"), None).is_err());
        assert!(map_ref(0, None).unwrap().is_none());
    }
}
