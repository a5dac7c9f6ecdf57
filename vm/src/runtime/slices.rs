//! Slice and string operations that allocate or copy: `append` growth, re-slicing,
//! `copy`, string <-> `[]byte`/`[]rune` conversions and UTF-8 decoding. Called by
//! the interpreter; every access is checked against the backing array's own
//! length, so even a torn slice cannot reach outside its array.

use super::heap;
use super::panic::PanicVal;
use crate::bytecode::TypeDesc;
use std::sync::atomic::Ordering::Relaxed;

/// A slice value: `[array ref, offset, len, cap]`.
pub type Slice = [u64; 4];

fn elem_slots(types: &[TypeDesc], ty: u32) -> usize {
    types.get(ty as usize).map_or(1, |t| t.slots as usize)
}

/// Element count of the array `arr` (0 for nil or a non-array).
fn array_len(arr: u64) -> u64 {
    if arr == 0 {
        return 0;
    }
    // SAFETY: slice registers hold 0 or VM-made array references.
    let (kind, _) = unsafe { heap::kind_and_type(arr) };
    if kind != heap::Kind::Array as u8 {
        return 0;
    }
    // SAFETY: as above.
    unsafe { heap::obj_len(arr) }
}

/// Copies `n` elements' slots within or between arrays, as memmove.
fn copy_slots(dst: u64, dst_at: usize, src: u64, src_at: usize, n: usize) {
    let fwd = !(dst == src && dst_at > src_at);
    for k in 0..n {
        let i = if fwd { k } else { n - 1 - k };
        // SAFETY: callers check both ranges against the arrays' lengths.
        unsafe {
            let v = heap::slot(src, src_at + i).load(Relaxed);
            heap::slot(dst, dst_at + i).store(v, Relaxed);
        }
    }
}

/// `append` growth: room for `n` more elements of type `ty`.
pub fn grow(types: &[TypeDesc], s: Slice, n: i64, ty: u32) -> Result<Slice, PanicVal> {
    let [arr, off, len, cap] = s;
    let n = n.max(0) as u64;
    let new_len = len.checked_add(n).ok_or_else(|| PanicVal::Runtime("growslice: len out of range".into()))?;
    let alen = array_len(arr);
    if new_len <= cap && off.saturating_add(cap) <= alen {
        return Ok([arr, off, new_len, cap]);
    }
    // Go's growth: double small slices, then grow by 1.25x
    let mut new_cap = if cap < 256 { cap.saturating_mul(2) } else { cap + (cap + 3 * 256) / 4 };
    if new_cap < new_len {
        new_cap = new_len;
    }
    let es = elem_slots(types, ty);
    if new_cap.saturating_mul(es.max(1) as u64) > (1 << 40) {
        return Err(PanicVal::Runtime("growslice: len out of range".into()));
    }
    let na = heap::alloc_array(ty, es, new_cap as usize);
    let keep = len.min(alen.saturating_sub(off));
    copy_slots(na, 0, arr, off as usize * es, keep as usize * es);
    Ok([na, 0, new_len, new_cap])
}

/// `s[lo:hi:max]`.
pub fn reslice(s: Slice, lo: i64, hi: i64, max: i64) -> Result<Slice, PanicVal> {
    let [arr, off, _, cap] = s;
    let c = cap as i64;
    if max < 0 || max > c {
        return Err(PanicVal::slice_bounds(lo, max, cap, "capacity"));
    }
    if hi < 0 || hi > max {
        return Err(PanicVal::slice_bounds(lo, hi, max as u64, "capacity"));
    }
    if lo < 0 || lo > hi {
        return Err(PanicVal::slice_bounds(lo, hi, cap, "capacity"));
    }
    Ok([arr, off + lo as u64, (hi - lo) as u64, (max - lo) as u64])
}

/// `copy(a, b)`: the number of elements copied.
pub fn copy(types: &[TypeDesc], a: Slice, b: Slice) -> u64 {
    let n = a[2].min(b[2]);
    if n == 0 || a[0] == 0 || b[0] == 0 {
        return 0;
    }
    // SAFETY: non-nil slice arrays are VM-made references.
    let ty = unsafe { heap::kind_and_type(a[0]).1 };
    let es = elem_slots(types, ty);
    let n = n.min(array_len(a[0]).saturating_sub(a[1])).min(array_len(b[0]).saturating_sub(b[1]));
    copy_slots(a[0], a[1] as usize * es, b[0], b[1] as usize * es, n as usize * es);
    n
}

/// The elements of a `[]byte` (or `[]rune` when `runes`) slice.
fn elements(s: Slice) -> Vec<u64> {
    let [arr, off, len, _] = s;
    let n = len.min(array_len(arr).saturating_sub(off));
    // SAFETY: `off + n` is within the array (checked above).
    (0..n).map(|i| unsafe { heap::slot(arr, (off + i) as usize).load(Relaxed) }).collect()
}

/// A new slice of `vals` with element type `ty`.
fn make(ty: u32, vals: &[u64]) -> Slice {
    if vals.is_empty() {
        return [heap::alloc_array(ty, 1, 0), 0, 0, 0];
    }
    let arr = heap::alloc_array(ty, 1, vals.len());
    for (i, v) in vals.iter().enumerate() {
        // SAFETY: the array has `vals.len()` one-slot elements.
        unsafe { heap::slot(arr, i).store(*v, Relaxed) };
    }
    [arr, 0, vals.len() as u64, vals.len() as u64]
}

/// Decodes the rune at byte `i` of `s`: (rune, width); invalid gives (U+FFFD, 1).
pub fn decode_rune(s: &[u8], i: usize) -> (u32, usize) {
    let Some(&b0) = s.get(i) else { return (0xFFFD, 1) };
    if b0 < 0x80 {
        return (b0 as u32, 1);
    }
    let end = (i + 4).min(s.len());
    for w in 2..=4 {
        if i + w > end {
            break;
        }
        if let Ok(t) = std::str::from_utf8(&s[i..i + w]) {
            if let Some(c) = t.chars().next() {
                return (c as u32, w);
            }
        }
    }
    (0xFFFD, 1)
}

/// Appends the UTF-8 encoding of rune `r` (U+FFFD when invalid).
pub fn push_rune(out: &mut Vec<u8>, r: i64) {
    let c = u32::try_from(r).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
    let mut buf = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
}

/// The string conversions of `StrConv`: returns either a string ref or a slice.
pub enum Converted {
    Str(u64),
    Slice(Slice),
}

/// `kind`: 0 string(rune), 1 string(bytes), 2 []byte(string), 3 string(runes),
/// 4 []rune(string). `byte_ty`/`rune_ty` are the element type indices (any type
/// with one slot works; they label the array for `%T` and the collector).
pub fn convert(kind: u16, a: u64, s: Slice, byte_ty: u32, rune_ty: u32) -> Converted {
    match kind {
        0 => {
            let mut out = Vec::new();
            push_rune(&mut out, a as i64);
            Converted::Str(heap::alloc_string(&out))
        }
        1 => {
            let bytes: Vec<u8> = elements(s).iter().map(|&b| b as u8).collect();
            Converted::Str(heap::alloc_string(&bytes))
        }
        3 => {
            let mut out = Vec::new();
            for r in elements(s) {
                push_rune(&mut out, r as i32 as i64);
            }
            Converted::Str(heap::alloc_string(&out))
        }
        2 => {
            // SAFETY: `a` is a string register.
            let bytes = unsafe { heap::str_bytes(a) };
            let vals: Vec<u64> = bytes.iter().map(|&b| b as u64).collect();
            Converted::Slice(make(byte_ty, &vals))
        }
        _ => {
            // SAFETY: `a` is a string register.
            let bytes = unsafe { heap::str_bytes(a) };
            let mut vals = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                let (r, w) = decode_rune(bytes, i);
                vals.push(r as u64);
                i += w;
            }
            Converted::Slice(make(rune_ty, &vals))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_handles_ascii_multibyte_and_invalid() {
        let s = "aé😀".as_bytes();
        assert_eq!(decode_rune(s, 0), ('a' as u32, 1));
        assert_eq!(decode_rune(s, 1), ('é' as u32, 2));
        assert_eq!(decode_rune(s, 3), ('😀' as u32, 4));
        assert_eq!(decode_rune(&[0xff, b'a'], 0), (0xFFFD, 1));
    }

    #[test]
    fn grow_copy_and_reslice() {
        let types = vec![];
        let s = grow(&types, [0, 0, 0, 0], 3, 0).unwrap();
        assert_eq!(s[2], 3);
        assert!(s[3] >= 3);
        // SAFETY: `s` has 3 elements of one slot.
        unsafe { heap::slot(s[0], 2).store(7, Relaxed) };
        let t = grow(&types, s, 10, 0).unwrap();
        assert_eq!(t[2], 13);
        // SAFETY: as above.
        assert_eq!(unsafe { heap::slot(t[0], 2).load(Relaxed) }, 7);
        let sub = reslice(t, 1, 3, t[3] as i64).unwrap();
        assert_eq!(sub[1..3], [1, 2]);
        assert!(reslice(t, 0, 100, t[3] as i64).is_err());
        let n = copy(&types, sub, s);
        assert_eq!(n, 2);
        match convert(2, heap::alloc_string(b"hi"), [0; 4], 0, 0) {
            Converted::Slice(b) => match convert(1, 0, b, 0, 0) {
                // SAFETY: a string result.
                Converted::Str(r) => assert_eq!(unsafe { heap::str_bytes(r) }, b"hi"),
                _ => unreachable!(),
            },
            _ => unreachable!(),
        }
    }
}
