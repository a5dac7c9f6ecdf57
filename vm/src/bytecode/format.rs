//! The `.gbc` file: the one definition of how a [`Module`] is laid out in bytes.
//! `goc` calls [`encode`]; `govm` calls [`decode`] and then `verify::verify`.
//!
//! Layout (all integers little-endian):
//!
//! ```text
//! header   MAGIC "GOBC" | VERSION u32 | body length u64 | FNV-1a 64 checksum of the body u64
//! body     files        u32 n, n × str
//!          constants    u32 n, n × (tag u8: 0 int i64 | 1 float f64 bits | 2 string str)
//!          types        u32 n, n × (name str, named u8, kind, slots u32, ref_slots bitmap,
//!                                   methods u32 n × (name u16, func u32))
//!          method names u32 n, n × str
//!          natives      u32 n, n × (name str, param_slots u16, result_slots u16)
//!          functions    u32 n, n × (name str, file u32, param_slots u16, result_slots u16,
//!                                   nregs u16, ncaptures u16, ref_regs bitmap,
//!                                   code: u32 byte length + `Op::encode` bytes,
//!                                   lines: u32 n × (pc u32, line u32, col u32))
//!          globals u32, global refs bitmap, inits u32 n × u32, entry u32
//! str      u32 length + bytes (UTF-8 for names; any bytes for string constants)
//! bitmap   u32 word count + u64 words
//! kind     tag u8 then: Bool 0 | Int 1 (bits u8, signed u8) | Float 2 (bits u8) | String 3
//!          | Pointer 4 (elem u32) | Struct 5 (u32 n × (name str, ty u32, offset u32,
//!          embedded u8)) | Func 6 | Slice 7 (elem u32) | Array 8 (elem u32, len u64)
//!          | Map 9 (key u32, value u32) | Chan 10 (elem u32, dir u8)
//!          | Interface 11 (u32 n × (name u16, func u32)) | Opaque 12
//! ```
//!
//! Invariants of [`decode`]: it never panics, never allocates more than a small
//! multiple of the input's size (every count is checked against the bytes that remain
//! before anything is allocated) and always terminates (every loop consumes input).
//! The checksum is checked before the body is parsed, so a damaged file reports
//! `corrupted file (checksum mismatch)` and a short one `truncated file (in ...)`
//! naming the part where the bytes ran out. The decoded module is *not* yet safe to
//! run: the caller must pass it to `verify::verify`.

use std::fmt;

use super::isa::{DecodeOpError, Op};
use super::module::{
    Const, Field, Function, LineEntry, Method, Module, NativeImport, TypeDesc, TypeKind,
};

/// The first four bytes of every bytecode file.
pub const MAGIC: [u8; 4] = *b"GOBC";
/// The format version this govm writes and reads. Version 2: fused and
/// immediate instructions (IncJmp*, Jmp*IImm, *IImm, LoadElem/StoreElem,
/// Atomic, MapAddI) and direct method-table entries (`METHOD_DIRECT`).
pub const VERSION: u32 = 2;
/// Magic, version, body length, checksum.
pub const HEADER_LEN: usize = 24;

/// Why a byte string is not a loadable module. `Display` is one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    Empty,
    BadMagic,
    UnsupportedVersion(u32),
    /// The bytes ran out; the string names where.
    Truncated(String),
    ChecksumMismatch,
    /// Bytes after the declared end of the module.
    TrailingBytes(u64),
    UnknownOpcode {
        code: u8,
        func: String,
        pc: usize,
    },
    /// Structurally invalid content behind a valid checksum (a forged file or an
    /// encoder bug); the string says what.
    Malformed(String),
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::Empty => write!(f, "empty file"),
            FormatError::BadMagic => write!(f, "not a govm bytecode file (bad magic)"),
            FormatError::UnsupportedVersion(v) => write!(
                f,
                "unsupported bytecode version {v} (this govm reads version {VERSION})"
            ),
            FormatError::Truncated(what) => write!(f, "truncated file (in {what})"),
            FormatError::ChecksumMismatch => write!(f, "corrupted file (checksum mismatch)"),
            FormatError::TrailingBytes(n) => {
                write!(f, "corrupted file ({n} unexpected bytes after the module)")
            }
            FormatError::UnknownOpcode { code, func, pc } => {
                write!(f, "unknown opcode {code:#04x} in function {func} at {pc}")
            }
            FormatError::Malformed(what) => write!(f, "malformed file ({what})"),
        }
    }
}

impl std::error::Error for FormatError {}

/// FNV-1a, 64 bit, over `bytes`.
pub fn checksum(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

// ---------------------------------------------------------------------------
// Encoding

struct Writer {
    out: Vec<u8>,
}

impl Writer {
    fn u8(&mut self, v: u8) {
        self.out.push(v);
    }
    fn u16(&mut self, v: u16) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
    fn u32(&mut self, v: u32) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
    /// A length or count. Module contents never exceed u32 counts in practice; a
    /// larger count is clamped, which `decode` would then reject, rather than panic.
    fn len(&mut self, n: usize) {
        self.u32(u32::try_from(n).unwrap_or(u32::MAX));
    }
    fn bytes(&mut self, b: &[u8]) {
        self.len(b.len());
        self.out.extend_from_slice(b);
    }
    fn bitmap(&mut self, words: &[u64]) {
        self.len(words.len());
        for &w in words {
            self.u64(w);
        }
    }
    fn methods(&mut self, ms: &[Method]) {
        self.len(ms.len());
        for m in ms {
            self.u16(m.name);
            self.u32(m.func);
        }
    }
    fn kind(&mut self, k: &TypeKind) {
        match k {
            TypeKind::Bool => self.u8(0),
            TypeKind::Int { bits, signed } => {
                self.u8(1);
                self.u8(*bits);
                self.u8(*signed as u8);
            }
            TypeKind::Float { bits } => {
                self.u8(2);
                self.u8(*bits);
            }
            TypeKind::String => self.u8(3),
            TypeKind::Pointer { elem } => {
                self.u8(4);
                self.u32(*elem);
            }
            TypeKind::Struct { fields } => {
                self.u8(5);
                self.len(fields.len());
                for fl in fields {
                    self.bytes(fl.name.as_bytes());
                    self.u32(fl.ty);
                    self.u32(fl.offset);
                    self.u8(fl.embedded as u8);
                }
            }
            TypeKind::Func => self.u8(6),
            TypeKind::Slice { elem } => {
                self.u8(7);
                self.u32(*elem);
            }
            TypeKind::Array { elem, len } => {
                self.u8(8);
                self.u32(*elem);
                self.u64(*len);
            }
            TypeKind::Map { key, value } => {
                self.u8(9);
                self.u32(*key);
                self.u32(*value);
            }
            TypeKind::Chan { elem, dir } => {
                self.u8(10);
                self.u32(*elem);
                self.u8(*dir);
            }
            TypeKind::Interface { methods } => {
                self.u8(11);
                self.methods(methods);
            }
            TypeKind::Opaque => self.u8(12),
        }
    }
}

/// Encodes `m` as a complete `.gbc` file (header and body).
pub fn encode(m: &Module) -> Vec<u8> {
    let mut w = Writer { out: Vec::new() };
    w.len(m.files.len());
    for f in &m.files {
        w.bytes(f.as_bytes());
    }
    w.len(m.consts.len());
    for c in &m.consts {
        match c {
            Const::Int(v) => {
                w.u8(0);
                w.u64(*v as u64);
            }
            Const::Float(v) => {
                w.u8(1);
                w.u64(v.to_bits());
            }
            Const::Str(s) => {
                w.u8(2);
                w.bytes(s);
            }
        }
    }
    w.len(m.types.len());
    for t in &m.types {
        w.bytes(t.name.as_bytes());
        w.u8(t.named as u8);
        w.kind(&t.kind);
        w.u32(t.slots);
        w.bitmap(&t.ref_slots);
        w.methods(&t.methods);
    }
    w.len(m.method_names.len());
    for n in &m.method_names {
        w.bytes(n.as_bytes());
    }
    w.len(m.natives.len());
    for n in &m.natives {
        w.bytes(n.name.as_bytes());
        w.u16(n.param_slots);
        w.u16(n.result_slots);
    }
    w.len(m.funcs.len());
    for f in &m.funcs {
        w.bytes(f.name.as_bytes());
        w.u32(f.file);
        w.u16(f.param_slots);
        w.u16(f.result_slots);
        w.u16(f.nregs);
        w.u16(f.ncaptures);
        w.bitmap(&f.ref_regs);
        let mut code = Vec::with_capacity(f.code.len() * 4);
        for op in &f.code {
            op.encode(&mut code);
        }
        w.bytes(&code);
        w.len(f.lines.len());
        for l in &f.lines {
            w.u32(l.pc);
            w.u32(l.line);
            w.u32(l.col);
        }
    }
    w.u32(m.globals);
    w.bitmap(&m.global_refs);
    w.len(m.inits.len());
    for &i in &m.inits {
        w.u32(i);
    }
    w.u32(m.entry);

    let body = w.out;
    let mut out = Vec::with_capacity(HEADER_LEN + body.len());
    out.extend_from_slice(&MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    out.extend_from_slice(&(body.len() as u64).to_le_bytes());
    out.extend_from_slice(&checksum(&body).to_le_bytes());
    out.extend_from_slice(&body);
    out
}

// ---------------------------------------------------------------------------
// Decoding

type Result<T> = std::result::Result<T, FormatError>;

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
    /// Which part of the module is being read, for error messages.
    ctx: String,
}

impl<'a> Reader<'a> {
    fn remaining(&self) -> usize {
        self.bytes.len() - self.pos
    }
    fn truncated(&self) -> FormatError {
        FormatError::Truncated(self.ctx.clone())
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8]> {
        if n > self.remaining() {
            return Err(self.truncated());
        }
        let s = &self.bytes[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn array<const N: usize>(&mut self) -> Result<[u8; N]> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
        Ok(a)
    }
    fn u8(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16> {
        Ok(u16::from_le_bytes(self.array()?))
    }
    fn u32(&mut self) -> Result<u32> {
        Ok(u32::from_le_bytes(self.array()?))
    }
    fn u64(&mut self) -> Result<u64> {
        Ok(u64::from_le_bytes(self.array()?))
    }
    fn bool(&mut self, what: &str) -> Result<bool> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            b => Err(FormatError::Malformed(format!(
                "{what} in {} is {b}, not 0 or 1",
                self.ctx
            ))),
        }
    }
    /// A count of elements each taking at least `min_size` bytes; rejected before
    /// anything is allocated if the remaining bytes cannot hold that many.
    fn count(&mut self, min_size: usize) -> Result<usize> {
        let n = self.u32()? as usize;
        if n.saturating_mul(min_size.max(1)) > self.remaining() {
            return Err(self.truncated());
        }
        Ok(n)
    }
    fn bytes(&mut self) -> Result<&'a [u8]> {
        let n = self.count(1)?;
        self.take(n)
    }
    fn string(&mut self, what: &str) -> Result<String> {
        let b = self.bytes()?;
        match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_owned()),
            Err(_) => Err(FormatError::Malformed(format!(
                "{what} in {} is not valid UTF-8",
                self.ctx
            ))),
        }
    }
    fn bitmap(&mut self) -> Result<Vec<u64>> {
        let n = self.count(8)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(self.u64()?);
        }
        Ok(v)
    }
    fn methods(&mut self) -> Result<Vec<Method>> {
        let n = self.count(6)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            let name = self.u16()?;
            let func = self.u32()?;
            v.push(Method { name, func });
        }
        Ok(v)
    }
    fn kind(&mut self) -> Result<TypeKind> {
        Ok(match self.u8()? {
            0 => TypeKind::Bool,
            1 => {
                let bits = self.u8()?;
                let signed = self.bool("integer signedness")?;
                TypeKind::Int { bits, signed }
            }
            2 => TypeKind::Float { bits: self.u8()? },
            3 => TypeKind::String,
            4 => TypeKind::Pointer { elem: self.u32()? },
            5 => {
                let n = self.count(13)?;
                let mut fields = Vec::with_capacity(n);
                for _ in 0..n {
                    let name = self.string("field name")?;
                    let ty = self.u32()?;
                    let offset = self.u32()?;
                    let embedded = self.bool("embedded flag")?;
                    fields.push(Field {
                        name,
                        ty,
                        offset,
                        embedded,
                    });
                }
                TypeKind::Struct { fields }
            }
            6 => TypeKind::Func,
            7 => TypeKind::Slice { elem: self.u32()? },
            8 => {
                let elem = self.u32()?;
                let len = self.u64()?;
                TypeKind::Array { elem, len }
            }
            9 => {
                let key = self.u32()?;
                let value = self.u32()?;
                TypeKind::Map { key, value }
            }
            10 => {
                let elem = self.u32()?;
                let dir = self.u8()?;
                TypeKind::Chan { elem, dir }
            }
            11 => TypeKind::Interface {
                methods: self.methods()?,
            },
            12 => TypeKind::Opaque,
            t => {
                return Err(FormatError::Malformed(format!(
                    "unknown type kind {t} in {}",
                    self.ctx
                )))
            }
        })
    }
}

/// Decodes a complete `.gbc` file. The result still has to be verified.
pub fn decode(bytes: &[u8]) -> Result<Module> {
    if bytes.is_empty() {
        return Err(FormatError::Empty);
    }
    let n = bytes.len().min(4);
    if bytes[..n] != MAGIC[..n] {
        return Err(FormatError::BadMagic);
    }
    if bytes.len() < 8 {
        return Err(FormatError::Truncated("header".into()));
    }
    let version = u32::from_le_bytes([bytes[4], bytes[5], bytes[6], bytes[7]]);
    if version != VERSION {
        return Err(FormatError::UnsupportedVersion(version));
    }
    if bytes.len() < HEADER_LEN {
        return Err(FormatError::Truncated("header".into()));
    }
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[8..16]);
    let body_len = u64::from_le_bytes(word);
    word.copy_from_slice(&bytes[16..24]);
    let sum = u64::from_le_bytes(word);
    let body = &bytes[HEADER_LEN..];
    if (body.len() as u64) < body_len {
        // Parse what is there to say where the bytes ran out.
        return Err(match decode_body(body) {
            Err(e @ FormatError::Truncated(_)) => e,
            _ => FormatError::Truncated(format!(
                "module body: {} of {body_len} bytes present",
                body.len()
            )),
        });
    }
    if body.len() as u64 > body_len {
        return Err(FormatError::TrailingBytes(body.len() as u64 - body_len));
    }
    if checksum(body) != sum {
        return Err(FormatError::ChecksumMismatch);
    }
    decode_body(body)
}

/// Parses the body (everything after the header). Never panics on any input.
fn decode_body(body: &[u8]) -> Result<Module> {
    let mut r = Reader {
        bytes: body,
        pos: 0,
        ctx: "file table".into(),
    };
    let mut m = Module::default();

    let n = r.count(4)?;
    m.files.reserve_exact(n);
    for i in 0..n {
        r.ctx = format!("file name {i}");
        m.files.push(r.string("file name")?);
    }

    r.ctx = "constant table".into();
    let n = r.count(5)?;
    m.consts.reserve_exact(n);
    for i in 0..n {
        r.ctx = format!("constant {i}");
        let c = match r.u8()? {
            0 => Const::Int(r.u64()? as i64),
            1 => Const::Float(f64::from_bits(r.u64()?)),
            2 => Const::Str(r.bytes()?.to_vec()),
            t => {
                return Err(FormatError::Malformed(format!(
                    "unknown constant tag {t} in constant {i}"
                )))
            }
        };
        m.consts.push(c);
    }

    r.ctx = "type table".into();
    let n = r.count(19)?;
    m.types.reserve_exact(n);
    for i in 0..n {
        r.ctx = format!("type {i}");
        let name = r.string("type name")?;
        let named = r.bool("named flag")?;
        let kind = r.kind()?;
        let slots = r.u32()?;
        let ref_slots = r.bitmap()?;
        let methods = r.methods()?;
        m.types.push(TypeDesc {
            name,
            named,
            kind,
            slots,
            ref_slots,
            methods,
        });
    }

    r.ctx = "method name table".into();
    let n = r.count(4)?;
    m.method_names.reserve_exact(n);
    for i in 0..n {
        r.ctx = format!("method name {i}");
        m.method_names.push(r.string("method name")?);
    }

    r.ctx = "native table".into();
    let n = r.count(8)?;
    m.natives.reserve_exact(n);
    for i in 0..n {
        r.ctx = format!("native {i}");
        let name = r.string("native name")?;
        let param_slots = r.u16()?;
        let result_slots = r.u16()?;
        m.natives.push(NativeImport {
            name,
            param_slots,
            result_slots,
        });
    }

    r.ctx = "function table".into();
    let n = r.count(28)?;
    m.funcs.reserve_exact(n);
    for i in 0..n {
        r.ctx = format!("function {i}");
        let name = r.string("function name")?;
        let file = r.u32()?;
        let param_slots = r.u16()?;
        let result_slots = r.u16()?;
        let nregs = r.u16()?;
        let ncaptures = r.u16()?;
        r.ctx = format!("function {i} reference map");
        let ref_regs = r.bitmap()?;
        r.ctx = format!("function {i} code");
        let code_bytes = r.bytes()?;
        let code = decode_code(code_bytes, &name)?;
        r.ctx = format!("function {i} line table");
        let nl = r.count(12)?;
        let mut lines = Vec::with_capacity(nl);
        for _ in 0..nl {
            let pc = r.u32()?;
            let line = r.u32()?;
            let col = r.u32()?;
            lines.push(LineEntry { pc, line, col });
        }
        m.funcs.push(Function {
            name,
            file,
            param_slots,
            result_slots,
            nregs,
            ncaptures,
            ref_regs,
            code,
            lines,
        });
    }

    r.ctx = "globals".into();
    m.globals = r.u32()?;
    m.global_refs = r.bitmap()?;
    r.ctx = "init list".into();
    let n = r.count(4)?;
    m.inits.reserve_exact(n);
    for _ in 0..n {
        m.inits.push(r.u32()?);
    }
    r.ctx = "entry".into();
    m.entry = r.u32()?;
    if r.remaining() != 0 {
        return Err(FormatError::TrailingBytes(r.remaining() as u64));
    }
    Ok(m)
}

/// Decodes one function's code bytes; every instruction takes at least one byte, so
/// the vector is at most as long as the input.
fn decode_code(mut bytes: &[u8], func: &str) -> Result<Vec<Op>> {
    let mut code = Vec::with_capacity(bytes.len().min(1 << 16));
    while !bytes.is_empty() {
        match Op::decode(bytes) {
            Ok((op, used)) => {
                code.push(op);
                bytes = &bytes[used..];
            }
            Err(DecodeOpError::UnknownOpcode(c)) => {
                return Err(FormatError::UnknownOpcode {
                    code: c,
                    func: func.to_owned(),
                    pc: code.len(),
                })
            }
            Err(DecodeOpError::Truncated) => {
                return Err(FormatError::Malformed(format!(
                    "the code of function {func} ends inside instruction {}",
                    code.len()
                )))
            }
        }
    }
    Ok(code)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::bytecode::module::set_bit;

    /// A small deterministic PRNG (xorshift64*), so the fuzz tests need no crate.
    pub(crate) struct Rng(pub u64);
    impl Rng {
        pub fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            self.0 = x;
            x.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        pub fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
    }

    /// A module using every section: two functions, a closure, constants of every
    /// kind, struct/pointer/slice/interface types, natives, globals and inits.
    pub(crate) fn sample_module() -> Module {
        let mut main_refs = Vec::new();
        for r in [1, 2, 3, 4, 8] {
            set_bit(&mut main_refs, r);
        }
        let main = Function {
            name: "main.main".into(),
            file: 0,
            param_slots: 0,
            result_slots: 0,
            nregs: 10,
            ncaptures: 0,
            ref_regs: main_refs,
            code: vec![
                Op::LoadInt { dst: 0, v: 10 },
                Op::LoadConst { dst: 1, k: 2 },
                Op::Box {
                    dst: 2,
                    src: 0,
                    ty: 0,
                },
                Op::MakeClosure {
                    dst: 3,
                    func: 1,
                    a: 2,
                },
                Op::LoadConst { dst: 5, k: 0 },
                Op::JmpLtI { a: 0, b: 5, off: 1 },
                Op::AddI { dst: 0, a: 0, b: 5 },
                Op::Move { dst: 4, src: 1 },
                Op::CallNative { native: 0, a: 4 },
                Op::Call { func: 2, a: 8 },
                Op::Ret { a: 0, n: 0 },
            ],
            lines: vec![
                LineEntry {
                    pc: 0,
                    line: 5,
                    col: 2,
                },
                LineEntry {
                    pc: 4,
                    line: 6,
                    col: 3,
                },
            ],
        };
        let mut lit_refs = Vec::new();
        set_bit(&mut lit_refs, 0);
        set_bit(&mut lit_refs, 1);
        let lit = Function {
            name: "main.main.func1".into(),
            file: 0,
            param_slots: 1,
            result_slots: 0,
            nregs: 3,
            ncaptures: 1,
            ref_regs: lit_refs,
            code: vec![
                Op::LoadCapture { dst: 1, idx: 0 },
                Op::Load {
                    dst: 2,
                    p: 1,
                    off: 0,
                },
                Op::Ret { a: 0, n: 0 },
            ],
            lines: vec![LineEntry {
                pc: 0,
                line: 9,
                col: 1,
            }],
        };
        let init = Function {
            name: "main.init".into(),
            file: 0,
            param_slots: 0,
            result_slots: 0,
            nregs: 0,
            ncaptures: 0,
            ref_regs: vec![],
            code: vec![Op::Ret { a: 0, n: 0 }],
            lines: vec![],
        };
        let string_method = Function {
            name: "main.Point.String".into(),
            file: 0,
            param_slots: 1,
            result_slots: 1,
            nregs: 2,
            ncaptures: 0,
            ref_regs: vec![0b11],
            code: vec![
                Op::Load {
                    dst: 1,
                    p: 0,
                    off: 1,
                },
                Op::Ret { a: 1, n: 1 },
            ],
            lines: vec![],
        };
        let mut str_ref = Vec::new();
        set_bit(&mut str_ref, 0);
        let mut point_refs = Vec::new();
        set_bit(&mut point_refs, 1);
        let mut globals = Vec::new();
        set_bit(&mut globals, 1);
        Module {
            files: vec!["/tmp/main.go".into()],
            consts: vec![
                Const::Int(42),
                Const::Float(3.25),
                Const::Str(b"hello\n\xff".to_vec()),
            ],
            types: vec![
                TypeDesc {
                    name: "int".into(),
                    named: false,
                    kind: TypeKind::Int {
                        bits: 64,
                        signed: true,
                    },
                    slots: 1,
                    ref_slots: vec![],
                    methods: vec![],
                },
                TypeDesc {
                    name: "string".into(),
                    named: false,
                    kind: TypeKind::String,
                    slots: 1,
                    ref_slots: str_ref.clone(),
                    methods: vec![],
                },
                TypeDesc {
                    name: "main.Point".into(),
                    named: true,
                    kind: TypeKind::Struct {
                        fields: vec![
                            Field {
                                name: "X".into(),
                                ty: 0,
                                offset: 0,
                                embedded: false,
                            },
                            Field {
                                name: "Name".into(),
                                ty: 1,
                                offset: 1,
                                embedded: false,
                            },
                        ],
                    },
                    slots: 2,
                    ref_slots: point_refs,
                    methods: vec![Method { name: 0, func: 3 }],
                },
                TypeDesc {
                    name: "*main.Point".into(),
                    named: false,
                    kind: TypeKind::Pointer { elem: 2 },
                    slots: 1,
                    ref_slots: str_ref.clone(),
                    methods: vec![],
                },
                TypeDesc {
                    name: "[]int".into(),
                    named: false,
                    kind: TypeKind::Slice { elem: 0 },
                    slots: 4,
                    ref_slots: str_ref.clone(),
                    methods: vec![],
                },
                TypeDesc {
                    name: "fmt.Stringer".into(),
                    named: true,
                    kind: TypeKind::Interface {
                        methods: vec![Method { name: 0, func: 0 }],
                    },
                    slots: 1,
                    ref_slots: str_ref,
                    methods: vec![],
                },
            ],
            method_names: vec!["String".into()],
            natives: vec![NativeImport {
                name: "fmt.Println".into(),
                param_slots: 4,
                result_slots: 2,
            }],
            funcs: vec![main, lit, init, string_method],
            globals: 2,
            global_refs: globals,
            inits: vec![2],
            entry: 0,
        }
    }

    /// Re-seals a body whose bytes were changed, so the parser sees them.
    pub(crate) fn reseal(bytes: &mut [u8]) {
        if bytes.len() < HEADER_LEN {
            return;
        }
        let len = (bytes.len() - HEADER_LEN) as u64;
        bytes[8..16].copy_from_slice(&len.to_le_bytes());
        let sum = checksum(&bytes[HEADER_LEN..]);
        bytes[16..24].copy_from_slice(&sum.to_le_bytes());
    }

    #[test]
    fn round_trip() {
        let m = sample_module();
        let bytes = encode(&m);
        assert_eq!(&bytes[..4], b"GOBC");
        assert_eq!(decode(&bytes), Ok(m.clone()));
        // Encoding is deterministic.
        assert_eq!(encode(&decode(&bytes).unwrap()), bytes);
        assert_eq!(decode(&encode(&Module::default())), Ok(Module::default()));
    }

    #[test]
    fn header_errors_have_clear_messages() {
        assert_eq!(decode(b"").unwrap_err().to_string(), "empty file");
        assert_eq!(
            decode(b"\x7fELF....").unwrap_err().to_string(),
            "not a govm bytecode file (bad magic)"
        );
        assert_eq!(
            decode(b"GO").unwrap_err().to_string(),
            "truncated file (in header)"
        );
        let mut bytes = encode(&sample_module());
        bytes[4..8].copy_from_slice(&9u32.to_le_bytes());
        assert_eq!(
            decode(&bytes).unwrap_err().to_string(),
            "unsupported bytecode version 9 (this govm reads version 2)"
        );
        let mut bytes = encode(&sample_module());
        let last = bytes.len() - 1;
        bytes[last] ^= 0x40;
        assert_eq!(
            decode(&bytes).unwrap_err().to_string(),
            "corrupted file (checksum mismatch)"
        );
        let mut bytes = encode(&sample_module());
        bytes.push(0);
        assert!(decode(&bytes)
            .unwrap_err()
            .to_string()
            .starts_with("corrupted file (1 unexpected bytes"));
    }

    #[test]
    fn truncation_at_every_offset_is_an_error_naming_the_place() {
        let bytes = encode(&sample_module());
        for cut in 0..bytes.len() {
            let e = decode(&bytes[..cut]).unwrap_err();
            let msg = e.to_string();
            assert!(!msg.contains('\n'));
            if cut == 0 {
                assert_eq!(e, FormatError::Empty);
            } else {
                assert!(msg.starts_with("truncated file (in "), "{cut}: {msg}");
            }
        }
        // In the middle of a function's code, the message names it.
        let m = sample_module();
        let mut code = Vec::new();
        for op in &m.funcs[1].code {
            op.encode(&mut code);
        }
        let pos = bytes
            .windows(code.len())
            .position(|w| w == code)
            .expect("code bytes");
        let msg = decode(&bytes[..pos + 2]).unwrap_err().to_string();
        assert_eq!(msg, "truncated file (in function 1 code)");
    }

    #[test]
    fn unknown_opcode_names_function_and_pc() {
        let mut m = sample_module();
        m.funcs[1].code = vec![Op::Nop {}, Op::Nop {}, Op::Ret { a: 0, n: 0 }];
        let mut bytes = encode(&m);
        // The second Nop (0x00) of function 1: find "00 00 54" (Nop Nop Ret).
        let pos = bytes
            .windows(3)
            .position(|w| w == [0, 0, 84])
            .expect("code bytes");
        bytes[pos + 1] = 0xfe;
        reseal(&mut bytes);
        assert_eq!(
            decode(&bytes).unwrap_err().to_string(),
            "unknown opcode 0xfe in function main.main.func1 at 1"
        );
    }

    #[test]
    fn huge_counts_do_not_allocate() {
        // A body claiming 4 billion files.
        let mut bytes = Vec::new();
        bytes.extend_from_slice(&MAGIC);
        bytes.extend_from_slice(&VERSION.to_le_bytes());
        bytes.extend_from_slice(&[0; 16]);
        bytes.extend_from_slice(&u32::MAX.to_le_bytes());
        reseal(&mut bytes);
        assert_eq!(
            decode(&bytes),
            Err(FormatError::Truncated("file table".into()))
        );
    }

    fn check_never_panics(bytes: &[u8]) {
        if let Ok(m) = decode(bytes) {
            // Whatever decodes must either verify or be rejected by the verifier,
            // and the disassembler must cope with anything that decodes.
            let _ = crate::bytecode::verify::verify(&m);
            let _ = crate::bytecode::disasm::disassemble(&m);
        }
    }

    #[test]
    fn random_bytes_are_rejected_without_panic() {
        let mut rng = Rng(0x1234_5678_9abc_def1);
        for i in 0..10_000 {
            let len = rng.below(200);
            let mut bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            if i % 2 == 0 && len >= HEADER_LEN {
                // Give half of them a valid header so the body parser is exercised.
                bytes[..4].copy_from_slice(&MAGIC);
                bytes[4..8].copy_from_slice(&VERSION.to_le_bytes());
                reseal(&mut bytes);
            }
            check_never_panics(&bytes);
        }
    }

    #[test]
    fn bit_flips_are_rejected_or_verify() {
        let good = encode(&sample_module());
        let mut rng = Rng(42);
        for i in 0..10_000 {
            let mut bytes = good.clone();
            for _ in 0..1 + rng.below(3) {
                let bit = rng.below(bytes.len() * 8);
                bytes[bit / 8] ^= 1 << (bit % 8);
            }
            if bytes == good {
                continue; // the same bit flipped twice
            }
            if i % 2 == 0 {
                // Without resealing, the checksum catches every flip in the body.
                let e = decode(&bytes);
                assert!(e.is_err(), "flip accepted without reseal");
            } else {
                reseal(&mut bytes);
                check_never_panics(&bytes);
            }
        }
    }
}
