//! Go types as the checker sees them, interned in a [`TypeTable`] so that identical
//! types have one [`TypeId`] (named types are unique per declaration). Also knows each
//! type's register layout: how many 64-bit slots a value takes and which of them are
//! references (the contract with `govm`'s value model).

use std::collections::HashMap;

pub type TypeId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
}

impl Basic {
    pub fn name(self) -> &'static str {
        match self {
            Basic::Bool => "bool",
            Basic::Int => "int",
            Basic::Int8 => "int8",
            Basic::Int16 => "int16",
            Basic::Int32 => "int32",
            Basic::Int64 => "int64",
            Basic::Uint => "uint",
            Basic::Uint8 => "uint8",
            Basic::Uint16 => "uint16",
            Basic::Uint32 => "uint32",
            Basic::Uint64 => "uint64",
            Basic::Uintptr => "uintptr",
            Basic::Float32 => "float32",
            Basic::Float64 => "float64",
            Basic::String => "string",
            Basic::UnsafePointer => "unsafe.Pointer",
            Basic::UntypedBool => "untyped bool",
            Basic::UntypedInt => "untyped int",
            Basic::UntypedRune => "untyped rune",
            Basic::UntypedFloat => "untyped float",
            Basic::UntypedString => "untyped string",
            Basic::UntypedNil => "untyped nil",
        }
    }
    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Basic::Int
                | Basic::Int8
                | Basic::Int16
                | Basic::Int32
                | Basic::Int64
                | Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
                | Basic::UntypedInt
                | Basic::UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        matches!(
            self,
            Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
        )
    }
    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float()
    }
    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }
    pub fn is_boolean(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }
    pub fn is_untyped(self) -> bool {
        matches!(
            self,
            Basic::UntypedBool
                | Basic::UntypedInt
                | Basic::UntypedRune
                | Basic::UntypedFloat
                | Basic::UntypedString
                | Basic::UntypedNil
        )
    }
    /// Bit width of an integer or float type (64 for int/uint/uintptr).
    pub fn bits(self) -> u32 {
        match self {
            Basic::Int8 | Basic::Uint8 => 8,
            Basic::Int16 | Basic::Uint16 => 16,
            Basic::Int32 | Basic::Uint32 | Basic::Float32 => 32,
            _ => 64,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    /// The package that declared the field (for unexported-name matching).
    pub pkg: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T` (its type is `[]T`).
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct IfaceMethod {
    pub name: String,
    /// A `Type::Func`.
    pub sig: TypeId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dir {
    Both,
    Send,
    Recv,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Invalid,
    Basic(Basic),
    /// Index into `TypeTable::named`.
    Named(u32),
    Pointer(TypeId),
    Slice(TypeId),
    Array(u64, TypeId),
    Map(TypeId, TypeId),
    Chan(Dir, TypeId),
    Struct(Vec<Field>),
    Func(Signature),
    /// Methods sorted by name (embedded interfaces flattened).
    Interface(Vec<IfaceMethod>),
    /// The results of a multi-value call.
    Tuple(Vec<TypeId>),
}

/// What a selector `x.name` finds (see [`TypeTable::lookup`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Member {
    Field {
        path: Vec<usize>,
        derefs: Vec<bool>,
        ty: TypeId,
    },
    /// `via_ptr`: the value holding the method is reached through a pointer, so
    /// pointer-receiver methods are callable on it.
    Method {
        func: u32,
        path: Vec<usize>,
        derefs: Vec<bool>,
        ptr_recv: bool,
        via_ptr: bool,
    },
    /// A method of an interface value: the base itself (`path` empty) or an
    /// embedded interface field reached through `path`.
    IfaceMethod {
        sig: TypeId,
        path: Vec<usize>,
        derefs: Vec<bool>,
    },
}

/// A method declared on a named type.
#[derive(Clone, Debug)]
pub struct MethodDecl {
    pub name: String,
    /// Index of the function in the checker's function table.
    pub func: u32,
    pub ptr_recv: bool,
}

#[derive(Clone, Debug)]
pub struct Named {
    pub name: String,
    /// Package path (`main`, `time`, ...); empty for predeclared `error`.
    pub pkg: String,
    pub underlying: TypeId,
    pub methods: Vec<MethodDecl>,
    /// The type arguments of an instance of a generic type (`Pair[string,int]`).
    pub targs: Vec<TypeId>,
}

/// All types of a compilation.
#[derive(Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    ids: HashMap<Type, TypeId>,
    pub named: Vec<Named>,
}

pub const INVALID: TypeId = 0;

impl Default for TypeTable {
    fn default() -> Self {
        Self::new()
    }
}

impl TypeTable {
    pub fn new() -> TypeTable {
        let mut t = TypeTable {
            types: Vec::new(),
            ids: HashMap::new(),
            named: Vec::new(),
        };
        t.intern(Type::Invalid);
        t
    }

    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.ids.get(&ty) {
            return id;
        }
        let id = self.types.len() as TypeId;
        self.types.push(ty.clone());
        self.ids.insert(ty, id);
        id
    }

    pub fn basic(&mut self, b: Basic) -> TypeId {
        self.intern(Type::Basic(b))
    }

    /// A new named type (underlying set later with `set_underlying`).
    pub fn new_named(&mut self, name: &str, pkg: &str) -> TypeId {
        let idx = self.named.len() as u32;
        self.named.push(Named {
            name: name.to_string(),
            pkg: pkg.to_string(),
            underlying: INVALID,
            methods: Vec::new(),
            targs: Vec::new(),
        });
        self.intern(Type::Named(idx))
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id as usize]
    }

    pub fn named_of(&self, id: TypeId) -> Option<&Named> {
        match self.get(id) {
            Type::Named(n) => Some(&self.named[*n as usize]),
            _ => None,
        }
    }

    pub fn named_mut(&mut self, id: TypeId) -> Option<&mut Named> {
        match self.types[id as usize] {
            Type::Named(n) => Some(&mut self.named[n as usize]),
            _ => None,
        }
    }

    /// The underlying type (follows named types).
    pub fn under(&self, mut id: TypeId) -> TypeId {
        for _ in 0..100 {
            match self.get(id) {
                Type::Named(n) => id = self.named[*n as usize].underlying,
                _ => return id,
            }
        }
        INVALID
    }

    pub fn under_type(&self, id: TypeId) -> &Type {
        self.get(self.under(id))
    }

    pub fn basic_of(&self, id: TypeId) -> Option<Basic> {
        match self.under_type(id) {
            Type::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Basic(b) if b.is_untyped())
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.under_type(id), Type::Interface(_))
    }

    pub fn is_named(&self, id: TypeId) -> bool {
        matches!(self.get(id), Type::Named(_))
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.under_type(id) {
            Type::Func(s) => Some(s),
            _ => None,
        }
    }

    pub fn pointer_elem(&self, id: TypeId) -> Option<TypeId> {
        match self.under_type(id) {
            Type::Pointer(e) => Some(*e),
            _ => None,
        }
    }

    pub fn struct_fields(&self, id: TypeId) -> Option<&[Field]> {
        match self.under_type(id) {
            Type::Struct(f) => Some(f),
            _ => None,
        }
    }

    /// The register/heap layout: one entry per slot, `true` for a reference slot.
    pub fn layout(&self, id: TypeId) -> Vec<bool> {
        let mut out = Vec::new();
        self.layout_into(id, &mut out);
        out
    }

    fn layout_into(&self, id: TypeId, out: &mut Vec<bool>) {
        match self.under_type(id) {
            Type::Invalid => out.push(false),
            Type::Basic(b) => out.push(matches!(
                b,
                Basic::String | Basic::UntypedString | Basic::UnsafePointer | Basic::UntypedNil
            )),
            Type::Named(_) => unreachable!("under() never returns a named type"),
            Type::Pointer(_)
            | Type::Map(..)
            | Type::Chan(..)
            | Type::Func(_)
            | Type::Interface(_) => out.push(true),
            Type::Slice(_) => out.extend([true, false, false, false]),
            Type::Array(n, e) => {
                let el = self.layout(*e);
                for _ in 0..*n {
                    out.extend_from_slice(&el);
                }
            }
            Type::Struct(fields) => {
                for f in fields {
                    self.layout_into(f.ty, out);
                }
            }
            Type::Tuple(ts) => {
                for t in ts {
                    self.layout_into(*t, out);
                }
            }
        }
    }

    pub fn slots(&self, id: TypeId) -> usize {
        match self.under_type(id) {
            Type::Struct(_) | Type::Array(..) | Type::Tuple(_) => self.layout(id).len(),
            Type::Slice(_) => 4,
            _ => 1,
        }
    }

    /// Slot offset of field `idx` of struct type `id`.
    pub fn field_offset(&self, id: TypeId, idx: usize) -> usize {
        match self.under_type(id) {
            Type::Struct(fields) => fields[..idx].iter().map(|f| self.slots(f.ty)).sum(),
            _ => 0,
        }
    }

    /// Go's spelling of the type as in compiler messages, qualifying named types of
    /// packages other than `local`.
    pub fn display(&self, id: TypeId, local: &str) -> String {
        self.spell(id, Some(local))
    }

    /// The runtime name (`%T`): every named type qualified, `interface {}` style.
    pub fn runtime_name(&self, id: TypeId) -> String {
        self.spell(id, None)
    }

    fn spell(&self, id: TypeId, local: Option<&str>) -> String {
        let runtime = local.is_none();
        match self.get(id) {
            Type::Invalid => "invalid type".into(),
            Type::Basic(b) => {
                if runtime {
                    match b {
                        Basic::UntypedInt => "int".into(),
                        Basic::UntypedRune => "int32".into(),
                        Basic::UntypedFloat => "float64".into(),
                        Basic::UntypedString => "string".into(),
                        Basic::UntypedBool => "bool".into(),
                        _ => b.name().into(),
                    }
                } else {
                    b.name().into()
                }
            }
            Type::Named(n) => {
                let n = &self.named[*n as usize];
                let mut s = if n.pkg.is_empty() || Some(n.pkg.as_str()) == local {
                    n.name.clone()
                } else {
                    format!("{}.{}", n.pkg, n.name)
                };
                if !n.targs.is_empty() {
                    // Go spells instances `Pair[string,int]` (no space)
                    let args: Vec<String> = n.targs.iter().map(|t| self.spell(*t, local)).collect();
                    s = format!("{s}[{}]", args.join(","));
                }
                s
            }
            Type::Pointer(e) => format!("*{}", self.spell(*e, local)),
            Type::Slice(e) => format!("[]{}", self.spell(*e, local)),
            Type::Array(n, e) => format!("[{}]{}", n, self.spell(*e, local)),
            Type::Map(k, v) => format!("map[{}]{}", self.spell(*k, local), self.spell(*v, local)),
            Type::Chan(d, e) => match d {
                Dir::Both => format!("chan {}", self.spell(*e, local)),
                Dir::Send => format!("chan<- {}", self.spell(*e, local)),
                Dir::Recv => format!("<-chan {}", self.spell(*e, local)),
            },
            Type::Struct(fields) => {
                if fields.is_empty() {
                    return "struct {}".into();
                }
                let parts: Vec<String> = fields
                    .iter()
                    .map(|f| {
                        if f.embedded {
                            self.spell(f.ty, local)
                        } else {
                            format!("{} {}", f.name, self.spell(f.ty, local))
                        }
                    })
                    .collect();
                format!("struct {{ {} }}", parts.join("; "))
            }
            Type::Func(sig) => format!("func{}", self.spell_sig(sig, local)),
            Type::Interface(ms) => {
                if ms.is_empty() {
                    return if runtime {
                        "interface {}".into()
                    } else {
                        "interface{}".into()
                    };
                }
                let parts: Vec<String> = ms
                    .iter()
                    .map(|m| match self.get(m.sig) {
                        Type::Func(s) => format!("{}{}", m.name, self.spell_sig(s, local)),
                        _ => m.name.clone(),
                    })
                    .collect();
                format!("interface {{ {} }}", parts.join("; "))
            }
            Type::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|t| self.spell(*t, local)).collect();
                format!("({})", parts.join(", "))
            }
        }
    }

    fn spell_sig(&self, sig: &Signature, local: Option<&str>) -> String {
        let mut params: Vec<String> = sig.params.iter().map(|t| self.spell(*t, local)).collect();
        if sig.variadic {
            if let Some(last) = params.last_mut() {
                if let Some(rest) = last.strip_prefix("[]") {
                    *last = format!("...{rest}");
                }
            }
        }
        let mut s = format!("({})", params.join(", "));
        match sig.results.len() {
            0 => {}
            1 => {
                s.push(' ');
                s.push_str(&self.spell(sig.results[0], local));
            }
            _ => {
                let rs: Vec<String> = sig.results.iter().map(|t| self.spell(*t, local)).collect();
                s.push_str(&format!(" ({})", rs.join(", ")));
            }
        }
        s
    }

    /// Finds field or method `name` of type `t` (auto-dereferencing one pointer level
    /// and searching embedded fields breadth first, shallowest wins), Go's selector
    /// rule. `derefs[i]` tells whether the step into `path[i]` goes through a pointer.
    pub fn lookup(&self, t: TypeId, name: &str) -> Option<Member> {
        let mut level: Vec<(TypeId, Vec<usize>, Vec<bool>)> = vec![(t, vec![], vec![])];
        for _depth in 0..8 {
            let mut found: Option<Member> = None;
            let mut next = Vec::new();
            for (ty, path, derefs) in &level {
                let (base, is_ptr) = match self.get(*ty) {
                    Type::Pointer(e) => (*e, true),
                    _ => (*ty, false),
                };
                if let Some(n) = self.named_of(base) {
                    if let Some(m) = n.methods.iter().find(|m| m.name == name) {
                        if found.is_none() {
                            found = Some(Member::Method {
                                func: m.func,
                                path: path.clone(),
                                derefs: derefs.clone(),
                                ptr_recv: m.ptr_recv,
                                via_ptr: is_ptr || derefs.iter().any(|d| *d),
                            });
                        }
                        continue;
                    }
                }
                if let Type::Interface(ms) = self.under_type(base) {
                    if !is_ptr {
                        if let Some(m) = ms.iter().find(|m| m.name == name) {
                            if found.is_none() {
                                found = Some(Member::IfaceMethod {
                                    sig: m.sig,
                                    path: path.clone(),
                                    derefs: derefs.clone(),
                                });
                            }
                        }
                    }
                    continue;
                }
                if let Some(fields) = self.struct_fields(base) {
                    for (i, f) in fields.iter().enumerate() {
                        let mut p = path.clone();
                        p.push(i);
                        let mut d = derefs.clone();
                        d.push(is_ptr);
                        if f.name == name {
                            if found.is_none() {
                                found = Some(Member::Field {
                                    path: p,
                                    derefs: d,
                                    ty: f.ty,
                                });
                            }
                        } else if f.embedded {
                            next.push((f.ty, p, d));
                        }
                    }
                }
            }
            if found.is_some() {
                return found;
            }
            if next.is_empty() {
                return None;
            }
            level = next;
        }
        None
    }

    /// The names of the methods promoted into `t` from embedded fields (any depth).
    pub fn promoted_method_names(&self, t: TypeId) -> Vec<String> {
        let mut out = Vec::new();
        let mut stack = vec![(t, 0)];
        while let Some((ty, depth)) = stack.pop() {
            if depth > 8 {
                continue;
            }
            let base = self.pointer_elem(ty).unwrap_or(ty);
            if depth > 0 {
                if let Some(n) = self.named_of(base) {
                    out.extend(n.methods.iter().map(|m| m.name.clone()));
                }
                if let Type::Interface(ms) = self.under_type(base) {
                    out.extend(ms.iter().map(|m| m.name.clone()));
                }
            }
            if let Some(fields) = self.struct_fields(base) {
                for f in fields.iter().filter(|f| f.embedded) {
                    stack.push((f.ty, depth + 1));
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// Go's type identity (interning makes structural identity pointer-equal).
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        a == b
    }

    /// Whether values of this type can be compared with `==`.
    pub fn comparable(&self, id: TypeId) -> bool {
        match self.under_type(id) {
            Type::Slice(_) | Type::Map(..) | Type::Func(_) => false,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            Type::Array(_, e) => self.comparable(*e),
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interning_and_layout() {
        let mut t = TypeTable::new();
        let int = t.basic(Basic::Int);
        let s = t.basic(Basic::String);
        assert_eq!(t.basic(Basic::Int), int);
        let st = t.intern(Type::Struct(vec![
            Field {
                name: "a".into(),
                ty: int,
                embedded: false,
                pkg: "main".into(),
            },
            Field {
                name: "b".into(),
                ty: s,
                embedded: false,
                pkg: "main".into(),
            },
        ]));
        assert_eq!(t.layout(st), vec![false, true]);
        assert_eq!(t.field_offset(st, 1), 1);
        let p = t.new_named("Point", "main");
        t.named_mut(p).unwrap().underlying = st;
        assert_eq!(t.slots(p), 2);
        assert_eq!(t.display(p, "main"), "Point");
        assert_eq!(t.runtime_name(p), "main.Point");
        let pp = t.intern(Type::Pointer(p));
        assert_eq!(t.runtime_name(pp), "*main.Point");
        let sl = t.intern(Type::Slice(int));
        assert_eq!(t.layout(sl), vec![true, false, false, false]);
    }
}
