//! Lowering of expressions to typed register code: constants, variables and
//! places (registers, heap slots, globals), operators with Go's wrap-around and
//! sized-integer semantics, conditions as fused compare-and-branch, calls (static,
//! native, method, interface, closure value, variadic), `go`/`defer` call set-up,
//! builtins, conversions, composite and function literals.

use super::func::{strip, FnBuilder, Loc};
use super::FuncKey;
use crate::check::constant::ConstVal;
use crate::check::types::{Basic, Type, TypeId};
use crate::check::{Builtin, Mode, Obj, Selection};
use crate::diag::Diagnostic;
use crate::syntax::ast::{self, BinOp, Expr, ExprKind, UnOp};
use govm::bytecode::{Const, Op};

/// An assignable location.
#[derive(Clone, Debug)]
pub(super) enum Place {
    /// Registers starting here.
    Regs(u16),
    /// Memory at pointer register + slot offset.
    Mem(u16, u16),
    /// Global slots starting here.
    Global(u32),
    /// Element `i` (index register) of the slice in `s..s+4`, not yet bounds
    /// checked (only the left sides of parallel assignments).
    Elem { s: u16, i: u16 },
    /// A map entry: the window `win` holds the map, then the key, then room for
    /// the value; `ty` is the map's runtime type, `kslots` the key's slot count.
    MapEntry { win: u16, ty: u16, kslots: u16 },
}

/// Where a call argument comes from: an expression, or a result of a multi-value call.
enum ArgSrc<'e> {
    Expr(&'e Expr),
    Reg(u16, TypeId),
}

/// What a call expression calls.
enum Callee {
    Static(crate::check::FuncId),
    Method { func: crate::check::FuncId },
    Iface { name: String },
    Value,
}

impl<'l, 'a> FnBuilder<'l, 'a> {
    /// The type the checker recorded for `e` (untyped defaults applied).
    pub(super) fn ty(&mut self, e: &Expr) -> TypeId {
        let t = self.l.info.exprs.get(&e.id).map(|i| i.ty).unwrap_or(0);
        match self.l.tt.get(t) {
            Type::Basic(Basic::UntypedBool) => self.l.tt.basic(Basic::Bool),
            Type::Basic(Basic::UntypedInt) => self.l.tt.basic(Basic::Int),
            Type::Basic(Basic::UntypedRune) => self.l.tt.basic(Basic::Int32),
            Type::Basic(Basic::UntypedFloat) => self.l.tt.basic(Basic::Float64),
            Type::Basic(Basic::UntypedString) => self.l.tt.basic(Basic::String),
            _ => t,
        }
    }

    fn mode(&self, e: &Expr) -> Option<Mode> {
        self.l.info.exprs.get(&e.id).map(|i| i.mode.clone())
    }

    pub(super) fn unsupported(&mut self, e: &Expr, what: &str) {
        self.l.diags.push(Diagnostic::error(
            "unsupported",
            e.span,
            format!("{what} is not supported yet"),
        ));
    }

    /// Evaluates `e` for its effects.
    pub(super) fn expr_discard(&mut self, e: &Expr) {
        let e = strip(e);
        if let ExprKind::Call { .. } = &e.kind {
            self.call_expr(e);
            return;
        }
        let t = self.ty(e);
        let r = self.alloc_ty(t);
        self.expr_into(e, r);
    }

    /// Evaluates `e` converted to `target` into registers `dst..`.
    pub(super) fn value_into(&mut self, e: &Expr, target: TypeId, dst: u16) {
        let t = self.ty(e);
        if self.needs_box(t, target) {
            if self.is_nil(e) {
                self.emit(Op::Zero { dst, n: 1 });
                return;
            }
            let r = self.expr_reg(e);
            self.box_value(dst, r, t);
            return;
        }
        self.expr_into(e, dst);
    }

    /// Evaluates `e` converted to `target`; the result may live in a variable's own
    /// registers (do not write to it).
    pub(super) fn value_as(&mut self, e: &Expr, target: TypeId) -> u16 {
        let t = self.ty(e);
        if self.needs_box(t, target) {
            let dst = self.refreg();
            self.value_into(e, target, dst);
            return dst;
        }
        self.expr_reg(e)
    }

    /// Converts a value already in registers (boxing into an interface if needed).
    pub(super) fn convert_value(&mut self, src: u16, from: TypeId, to: TypeId) -> u16 {
        if self.needs_box(from, to) {
            let dst = self.refreg();
            self.box_value(dst, src, from);
            return dst;
        }
        src
    }

    /// Whether assigning `e` to type `t` needs more than a copy (boxing).
    pub(super) fn needs_conversion(&mut self, e: &Expr, t: TypeId) -> bool {
        let from = self.ty(e);
        self.needs_box(from, t)
    }

    fn needs_box(&self, from: TypeId, to: TypeId) -> bool {
        self.l.tt.is_interface(to) && !self.l.tt.is_interface(from)
    }

    fn is_nil(&self, e: &Expr) -> bool {
        matches!(self.l.info.uses.get(&strip(e).id), Some(Obj::Nil))
    }

    fn box_value(&mut self, dst: u16, src: u16, t: TypeId) {
        let ty = self.l.rt_type(t);
        if ty > u16::MAX as u32 {
            self.unsupported_span("more than 65535 types");
        }
        // a zero-size value has no registers: name any register of the frame
        let src = if self.slots(t) == 0 { dst } else { src };
        self.emit(Op::Box {
            dst,
            src,
            ty: ty as u16,
        });
    }

    fn unsupported_span(&mut self, what: &str) {
        let span = crate::syntax::ast::Span::default();
        self.l.diags.push(Diagnostic::error(
            "unsupported",
            span,
            format!("{what} is not supported yet"),
        ));
    }

    /// Evaluates `e` into some registers and returns the first.
    pub(super) fn expr_reg(&mut self, e: &Expr) -> u16 {
        let s = strip(e);
        if let Some(r) = self.cached_const(e) {
            return r;
        }
        if let ExprKind::Call { func, .. } = &s.kind {
            let plain = !self.l.info.conversions.contains(&s.id)
                && !matches!(self.mode(func), Some(Mode::Builtin(_)));
            if plain {
                if let (Some(r), tys) = self.call_expr(s) {
                    if tys.len() == 1 {
                        return r;
                    }
                }
            }
        }
        if !matches!(self.mode(s), Some(Mode::Const(_))) {
            if let ExprKind::Ident(_) = &s.kind {
                if let Some(Loc::Regs(r)) = self.ident_loc(s) {
                    return r;
                }
            }
        }
        let t = self.ty(e);
        let r = self.alloc_ty(t);
        self.expr_into(e, r);
        r
    }

    /// The branch for `x == nil` / `x != nil` (either order; jump when it is
    /// `when`) for the types whose nil is a zero first slot: pointers, channels,
    /// maps, functions, interfaces and slices.
    fn nil_compare_jump(&mut self, op: BinOp, when: bool, a: &Expr, b: &Expr) -> Option<Op> {
        if !matches!(op, BinOp::Eq | BinOp::Ne) || self.code.len() >= 20000 {
            return None;
        }
        let x = match (self.is_nil(a), self.is_nil(b)) {
            (false, true) => a,
            (true, false) => b,
            _ => return None,
        };
        let t = self.ty(x);
        if !matches!(
            self.l.tt.under_type(t),
            Type::Pointer(_)
                | Type::Chan(..)
                | Type::Map(..)
                | Type::Func(_)
                | Type::Interface(_)
                | Type::Slice(_)
        ) {
            return None;
        }
        let mark = self.top;
        let r = self.expr_reg(x);
        self.top = mark;
        let (v, off) = (0, 0);
        Some(if (op == BinOp::Eq) == when {
            Op::JmpEqIImm { a: r, v, off }
        } else {
            Op::JmpNeIImm { a: r, v, off }
        })
    }

    /// The fused compare-with-constant branch for `a op b` (jump when it is
    /// `when`) if one operand is a small constant not already in a register.
    fn compare_imm_jump(&mut self, op: BinOp, when: bool, a: &Expr, b: &Expr) -> Option<Op> {
        let (x, v, op) = if let Some(v) = self.imm16_const(b) {
            (a, v, op)
        } else {
            // `v op x` is `x op' v` with the operator mirrored.
            let v = self.imm16_const(a)?;
            let mirrored = match op {
                BinOp::Lt => BinOp::Gt,
                BinOp::Le => BinOp::Ge,
                BinOp::Gt => BinOp::Lt,
                BinOp::Ge => BinOp::Le,
                o => o,
            };
            (b, v, mirrored)
        };
        let mark = self.top;
        let a = self.expr_reg(x);
        self.top = mark;
        let off = 0;
        Some(match (op, when) {
            (BinOp::Lt, true) | (BinOp::Ge, false) => Op::JmpLtIImm { a, v, off },
            (BinOp::Le, true) | (BinOp::Gt, false) => Op::JmpLeIImm { a, v, off },
            (BinOp::Gt, true) | (BinOp::Le, false) => Op::JmpGtIImm { a, v, off },
            (BinOp::Ge, true) | (BinOp::Lt, false) => Op::JmpGeIImm { a, v, off },
            (BinOp::Eq, true) | (BinOp::Ne, false) => Op::JmpEqIImm { a, v, off },
            _ => Op::JmpNeIImm { a, v, off },
        })
    }

    /// The immediate form of `dst = a op b` on integer type `t` when `b` is a
    /// constant that fits.
    pub(super) fn imm_binop(
        &mut self,
        op: BinOp,
        t: TypeId,
        b: &Expr,
        dst: u16,
        a: u16,
    ) -> Option<Op> {
        let bt = self.l.tt.basic_of(t).filter(|bt| bt.is_integer())?;
        let Some(Mode::Const(ConstVal::Int(v))) = self.mode(b) else {
            return None;
        };
        let v = i16::try_from(num_traits::ToPrimitive::to_i64(&v)?).ok()?;
        // signed division of zero-extended values is right below 64 bits only
        let signed_ok = !bt.is_unsigned() || bt.bits() < 64;
        let shift = (0..64).contains(&v);
        Some(match op {
            BinOp::Mul => Op::MulIImm { dst, a, v },
            BinOp::Div if v != 0 && signed_ok => Op::DivIImm { dst, a, v },
            BinOp::Rem if v != 0 && signed_ok => Op::RemIImm { dst, a, v },
            BinOp::And => Op::AndIImm { dst, a, v },
            BinOp::Or => Op::OrIImm { dst, a, v },
            BinOp::Xor => Op::XorIImm { dst, a, v },
            BinOp::Shl if shift => Op::ShlIImm { dst, a, v },
            BinOp::Shr if shift && bt.is_unsigned() => Op::ShrUImm { dst, a, v },
            BinOp::Shr if shift => Op::ShrIImm { dst, a, v },
            _ => return None,
        })
    }

    /// A signed integer (or boolean) constant that fits an `Imm16` and was not
    /// loaded into a register in the prologue.
    fn imm16_const(&mut self, e: &Expr) -> Option<i16> {
        if self.cached_const(e).is_some() {
            return None;
        }
        let v = match self.mode(e)? {
            Mode::Const(ConstVal::Int(v)) => num_traits::ToPrimitive::to_i64(&v)?,
            Mode::Const(ConstVal::Bool(b)) => b as i64,
            _ => return None,
        };
        i16::try_from(v).ok()
    }

    /// The value of a 64-bit integer constant expression, if it is one.
    pub(super) fn small_int_const(&mut self, e: &Expr) -> Option<i64> {
        let Some(Mode::Const(ConstVal::Int(v))) = self.mode(e) else {
            return None;
        };
        let t = self.ty(e);
        let b = self.l.tt.basic_of(t)?;
        if !b.is_integer() || b.bits() != 64 {
            return None;
        }
        num_traits::ToPrimitive::to_i64(&v)
    }

    /// The key under which a scalar or string constant expression is cached.
    pub(super) fn const_key(&mut self, e: &Expr) -> Option<(bool, u64)> {
        let Some(Mode::Const(v)) = self.mode(e) else {
            return None;
        };
        let t = self.ty(e);
        let b = self.l.tt.basic_of(t)?;
        match &v {
            ConstVal::Str(s) if !s.is_empty() => {
                let k = self.l.constant(Const::Str(s.clone()));
                Some((true, k as u64))
            }
            ConstVal::Str(_) => None,
            _ => Some((false, v.bits(b))),
        }
    }

    /// The register holding constant `e` if it was loaded in the prologue.
    fn cached_const(&mut self, e: &Expr) -> Option<u16> {
        if self.const_regs.is_empty() {
            return None;
        }
        let k = self.const_key(e)?;
        self.const_regs.get(&k).copied()
    }

    /// Emits a constant of type `t` into `dst`.
    fn constant_into(&mut self, t: TypeId, v: &ConstVal, dst: u16) {
        let b = self.l.tt.basic_of(t).unwrap_or(Basic::Int);
        match v {
            ConstVal::Str(s) => {
                if s.is_empty() {
                    self.emit(Op::Zero { dst, n: 1 });
                } else {
                    let k = self.l.constant(Const::Str(s.clone()));
                    self.emit(Op::LoadConst { dst, k });
                }
            }
            _ => {
                let bits = v.bits(b);
                if b.is_float() {
                    let f = f64::from_bits(bits);
                    let k = self.l.constant(Const::Float(f));
                    self.emit(Op::LoadConst { dst, k });
                } else if let Ok(i) = i32::try_from(bits as i64) {
                    self.emit(Op::LoadInt { dst, v: i });
                } else {
                    let k = self.l.constant(Const::Int(bits as i64));
                    self.emit(Op::LoadConst { dst, k });
                }
            }
        }
    }

    /// Evaluates `e` (with its own type) into `dst..`.
    pub(super) fn expr_into(&mut self, e: &Expr, dst: u16) {
        self.set_pos(e.span);
        if let Some(Mode::Const(v)) = self.mode(e) {
            let t = self.ty(e);
            self.constant_into(t, &v, dst);
            return;
        }
        let t = self.ty(e);
        match &e.kind {
            ExprKind::Paren(x) => self.expr_into(x, dst),
            ExprKind::Ident(_) => self.ident_into(e, dst),
            ExprKind::Selector(base, _) => match self.l.info.selections.get(&e.id).cloned() {
                Some(Selection::Qualified) => self.ident_into(e, dst),
                Some(Selection::Field { .. }) => {
                    let p = self.place(e);
                    let n = self.slots(t);
                    self.load_place_into(&p, n, dst);
                }
                Some(Selection::MethodExpr { func, recv, name }) => {
                    let idx = match func {
                        Some(f) => self.l.callable(f),
                        None => self.l.func_for(FuncKey::MethodExpr { recv, name }),
                    };
                    self.emit(Op::FuncRef { dst, func: idx });
                }
                Some(Selection::Method { func, .. }) => {
                    let rt = self.l.info.funcs[func as usize].recv.unwrap_or(t);
                    let r = self.alloc_ty(rt);
                    self.receiver_into(e, base, rt, r);
                    self.bind_receiver(FuncKey::Bound(func), rt, r, dst);
                }
                Some(Selection::IfaceMethod { name, .. }) => {
                    let any = self.l.tt.intern(Type::Interface(vec![]));
                    let r = self.refreg();
                    self.receiver_into(e, base, any, r);
                    self.bind_receiver(FuncKey::BoundIface(name, t), any, r, dst);
                }
                _ => {
                    let _ = base;
                    self.unsupported(e, "method value");
                }
            },
            ExprKind::Call { args, .. } if self.l.info.conversions.contains(&e.id) => {
                self.conversion_into(&args[0], t, dst)
            }
            ExprKind::Call { .. } => {
                let (r, _) = self.call_expr(e);
                let n = self.slots(t);
                if let Some(r) = r {
                    self.move_n(dst, r, n);
                }
            }
            ExprKind::Binary(op, a, b) => self.binary_into(e, *op, a, b, dst),
            ExprKind::Unary(op, x) => self.unary_into(e, *op, x, dst),
            ExprKind::Composite { elems, .. } => self.composite_into(e, elems, dst),
            ExprKind::FuncLit { .. } => {
                let fid = self.l.info.lits[&e.id];
                let caps = self.l.info.funcs[fid as usize].captures.clone();
                let idx = self.l.func_for(FuncKey::Func(fid));
                if caps.is_empty() {
                    self.emit(Op::FuncRef { dst, func: idx });
                } else {
                    let layout = vec![true; caps.len()];
                    let a = self.alloc(&layout);
                    for (i, v) in caps.iter().enumerate() {
                        match self.var_loc(*v) {
                            Loc::Boxed(b) => {
                                self.emit(Op::Move {
                                    dst: a + i as u16,
                                    src: b,
                                });
                            }
                            _ => unreachable!("captured variables are boxed"),
                        }
                    }
                    if idx > u16::MAX as u32 {
                        self.unsupported(e, "more than 65535 functions");
                    }
                    self.emit(Op::MakeClosure {
                        dst,
                        func: idx as u16,
                        a,
                    });
                }
            }
            ExprKind::Index(base, idx) => {
                let bt = self.ty(base);
                if let Some(Obj::Func(_)) = self.l.info.uses.get(&e.id) {
                    // an instantiated generic function `F[int]`
                    self.ident_into(e, dst);
                } else if self.l.tt.basic_of(bt).is_some_and(|b| b.is_string()) {
                    let s = self.expr_reg(base);
                    let i = self.index_reg(&idx[0]);
                    self.emit(Op::StrIndex { dst, s, i });
                } else if self.one_slot_slice(bt) {
                    let s = self.expr_reg(base);
                    let i = self.index_reg(&idx[0]);
                    self.emit(Op::LoadElem { dst, s, i });
                } else {
                    let p = self.place(e);
                    let n = self.slots(t);
                    self.load_place_into(&p, n, dst);
                }
            }
            ExprKind::Slice { base, lo, hi, max } => {
                self.slice_into(e, base, lo.as_deref(), hi.as_deref(), max.as_deref(), dst)
            }
            ExprKind::TypeAssert(x, _) => {
                let r = self.expr_reg(x);
                if self.l.tt.is_interface(t) {
                    let ty = self.l.rt_type(t) as u16;
                    self.emit(Op::AssertIface { dst, src: r, ty });
                    return;
                }
                let ty = self.l.rt_type(t) as u16;
                self.emit(Op::Unbox { dst, src: r, ty });
            }
            ExprKind::Type(_) => {}
            ExprKind::IntLit(_)
            | ExprKind::FloatLit(_)
            | ExprKind::RuneLit(_)
            | ExprKind::StringLit(_)
            | ExprKind::ImagLit(_)
            | ExprKind::Bad => {}
        }
    }

    /// Identifiers and qualified identifiers.
    fn ident_into(&mut self, e: &Expr, dst: u16) {
        let t = self.ty(e);
        let n = self.slots(t);
        match self.l.info.uses.get(&e.id).cloned() {
            Some(Obj::Var(v)) => match self.var_loc(v) {
                Loc::Regs(r) => self.move_n(dst, r, n),
                Loc::Boxed(b) => self.load_mem(dst, b, 0, n),
                Loc::Global(g) => self.load_global(dst, g, n),
            },
            Some(Obj::Func(f)) => {
                let idx = self.l.callable(f);
                self.emit(Op::FuncRef { dst, func: idx });
            }
            Some(Obj::Nil) if n > 0 => {
                self.emit(Op::Zero { dst, n });
            }
            Some(Obj::Const(ct, v)) => {
                let tt = if self.l.tt.is_untyped(ct) { t } else { ct };
                self.constant_into(tt, &v, dst);
            }
            _ => {}
        }
    }

    pub(super) fn load_place_into(&mut self, p: &Place, n: u16, dst: u16) {
        match *p {
            Place::Regs(r) => self.move_n(dst, r, n),
            Place::Mem(ptr, off) => self.load_mem(dst, ptr, off, n),
            Place::Global(g) => self.load_global(dst, g, n),
            Place::Elem { s, i } if n == 1 => {
                self.emit(Op::LoadElem { dst, s, i });
            }
            Place::Elem { s, i } => {
                let p = self.elem_ptr(s, i);
                self.load_mem(dst, p, 0, n);
            }
            Place::MapEntry { win, ty, .. } => {
                self.emit(Op::MapGet { dst, m: win, ty });
            }
        }
    }

    /// `s[i] = v` for a slice in `s..s+4` of elements taking `es` slots.
    pub(super) fn store_elem(&mut self, s: u16, i: u16, src: u16, es: u16) {
        if es == 1 {
            self.emit(Op::StoreElem { s, i, src });
        } else {
            let p = self.elem_ptr(s, i);
            self.store_mem(p, 0, src, es);
        }
    }

    /// Whether `t` is a slice type whose elements take one slot.
    pub(super) fn one_slot_slice(&self, t: TypeId) -> bool {
        match self.l.tt.under_type(t) {
            Type::Slice(el) => self.l.tt.slots(*el) == 1,
            _ => false,
        }
    }

    /// Loads a place's value; may return the place's own registers.
    pub(super) fn load_place(&mut self, p: &Place, t: TypeId) -> u16 {
        if let Place::Regs(r) = p {
            return *r;
        }
        let dst = self.alloc_ty(t);
        let n = self.slots(t);
        self.load_place_into(p, n, dst);
        dst
    }

    pub(super) fn store_place(&mut self, p: &Place, t: TypeId, src: u16) {
        let n = self.slots(t);
        match *p {
            Place::Regs(r) => {
                if r != src {
                    self.move_n(r, src, n)
                }
            }
            Place::Mem(ptr, off) => self.store_mem(ptr, off, src, n),
            Place::Global(g) => self.store_global(g, src, n),
            Place::Elem { s, i } => self.store_elem(s, i, src, n),
            Place::MapEntry { win, ty, kslots } => {
                self.move_n(win + 1 + kslots, src, n);
                self.emit(Op::MapSet { m: win, ty });
            }
        }
    }

    /// The location of an addressable (or field-of-value) expression.
    pub(super) fn place(&mut self, e: &Expr) -> Place {
        let e = strip(e);
        match &e.kind {
            ExprKind::Ident(_) => match self.l.info.uses.get(&e.id).cloned() {
                Some(Obj::Var(v)) => match self.var_loc(v) {
                    Loc::Regs(r) => Place::Regs(r),
                    Loc::Boxed(b) => Place::Mem(b, 0),
                    Loc::Global(g) => Place::Global(g),
                },
                _ => self.temp_place(e),
            },
            ExprKind::Selector(base, _) => match self.l.info.selections.get(&e.id).cloned() {
                Some(Selection::Field { path, derefs }) => self.field_place(base, &path, &derefs),
                Some(Selection::Qualified) => match self.l.info.uses.get(&e.id).cloned() {
                    Some(Obj::Var(v)) => match self.var_loc(v) {
                        Loc::Global(g) => Place::Global(g),
                        Loc::Regs(r) => Place::Regs(r),
                        Loc::Boxed(b) => Place::Mem(b, 0),
                    },
                    _ => self.temp_place(e),
                },
                _ => self.temp_place(e),
            },
            ExprKind::Unary(UnOp::Deref, x) => {
                let p = self.expr_reg(x);
                Place::Mem(p, 0)
            }
            ExprKind::Index(base, idx) => {
                let bt = self.ty(base);
                match self.l.tt.under_type(bt).clone() {
                    Type::Slice(_) => {
                        let s = self.expr_reg(base);
                        let i = self.index_reg(&idx[0]);
                        let p = self.refreg();
                        self.emit(Op::IndexAddr { dst: p, s, i });
                        Place::Mem(p, 0)
                    }
                    Type::Map(..) => self.map_place(base, &idx[0], bt),
                    Type::Array(..) => {
                        let bp = self.place(base);
                        self.array_elem(bp, bt, &idx[0])
                    }
                    Type::Pointer(at) if matches!(self.l.tt.under_type(at), Type::Array(..)) => {
                        let p = self.expr_reg(base);
                        self.array_elem(Place::Mem(p, 0), at, &idx[0])
                    }
                    _ => {
                        self.unsupported(e, "indexing this type");
                        let t = self.ty(e);
                        Place::Regs(self.alloc_ty(t))
                    }
                }
            }
            _ => self.temp_place(e),
        }
    }

    fn temp_place(&mut self, e: &Expr) -> Place {
        let r = self.expr_reg(e);
        Place::Regs(r)
    }

    /// A field reached from `base` through `path`.
    fn field_place(&mut self, base: &Expr, path: &[usize], derefs: &[bool]) -> Place {
        let mut ty = self.ty(base);
        let mut place = if derefs.first().copied().unwrap_or(false) {
            // base is a pointer value
            let p = self.expr_reg(base);
            ty = self.l.tt.pointer_elem(ty).unwrap_or(ty);
            Place::Mem(p, 0)
        } else {
            self.place(base)
        };
        if let Place::MapEntry { .. } = place {
            // a field of a map element is read from a copy of the element
            let t = self.load_place(&place, ty);
            place = Place::Regs(t);
        }
        for (k, &fi) in path.iter().enumerate() {
            if k > 0 && derefs[k] {
                // the previous field is a pointer: load it
                let pr = self.refreg();
                self.load_place_into(&place, 1, pr);
                ty = self.l.tt.pointer_elem(ty).unwrap_or(ty);
                place = Place::Mem(pr, 0);
            }
            let off = self.l.tt.field_offset(ty, fi) as u16;
            let fty = self.l.tt.struct_fields(ty).map(|f| f[fi].ty).unwrap_or(0);
            place = match place {
                Place::Regs(r) => Place::Regs(r + off),
                Place::Mem(p, o) => Place::Mem(p, o + off),
                Place::Global(g) => Place::Global(g + off as u32),
                Place::Elem { s, i } => Place::Mem(self.elem_ptr(s, i), off),
                Place::MapEntry { .. } => unreachable!("converted to registers above"),
            };
            ty = fty;
        }
        place
    }

    /// A pointer to a place.
    fn place_addr(&mut self, p: &Place, e: &Expr) -> u16 {
        match *p {
            Place::Mem(ptr, 0) => ptr,
            Place::Mem(ptr, off) => {
                let d = self.refreg();
                self.emit(Op::AddrOff {
                    dst: d,
                    p: ptr,
                    off,
                });
                d
            }
            Place::Global(g) => {
                let d = self.refreg();
                self.emit(Op::GlobalAddr { dst: d, g });
                d
            }
            Place::Elem { s, i } => self.elem_ptr(s, i),
            Place::Regs(_) | Place::MapEntry { .. } => {
                self.unsupported(e, "taking the address of this expression");
                self.refreg()
            }
        }
    }

    /// A pointer to element `i` of the slice in `s..s+4` (bounds checked now).
    fn elem_ptr(&mut self, s: u16, i: u16) -> u16 {
        let p = self.refreg();
        self.emit(Op::IndexAddr { dst: p, s, i });
        p
    }

    /// Whether `e` names a local variable that lives in its own heap box.
    fn is_var_box(&mut self, e: &Expr) -> bool {
        let e = strip(e);
        matches!(&e.kind, ExprKind::Ident(_)) && matches!(self.ident_loc(e), Some(Loc::Boxed(_)))
    }

    /// Element `idx` of the array of type `at` at `arr`.
    fn array_elem(&mut self, arr: Place, at: TypeId, idx: &Expr) -> Place {
        let es = match self.l.tt.under_type(at) {
            Type::Array(_, el) => self.slots(*el),
            _ => 1,
        };
        if let Some(Mode::Const(ConstVal::Int(k))) = self.mode(idx) {
            // in range: the checker rejects constant indexes out of bounds
            let off = num_traits::ToPrimitive::to_u16(&k)
                .unwrap_or(0)
                .saturating_mul(es);
            return match arr {
                Place::Regs(r) => Place::Regs(r + off),
                Place::Mem(p, o) => Place::Mem(p, o + off),
                Place::Global(g) => Place::Global(g + off as u32),
                Place::Elem { s, i } => Place::Mem(self.elem_ptr(s, i), off),
                Place::MapEntry { .. } => {
                    let t = self.load_place(&arr, at);
                    Place::Regs(t + off)
                }
            };
        }
        let i = self.expr_reg(idx);
        let q = self.refreg();
        match arr {
            Place::Mem(p, 0) => {
                self.emit(Op::Move { dst: q, src: p });
            }
            Place::Mem(p, off) => {
                self.emit(Op::AddrOff { dst: q, p, off });
            }
            Place::Global(g) => {
                self.emit(Op::GlobalAddr { dst: q, g });
            }
            Place::Elem { s, i: ei } => {
                self.emit(Op::IndexAddr { dst: q, s, i: ei });
            }
            Place::Regs(_) | Place::MapEntry { .. } => {
                // a value: index a copy of it in the heap
                let v = self.load_place(&arr, at);
                let rt = self.l.rt_type(at);
                self.emit(Op::New { dst: q, ty: rt });
                let n = self.slots(at);
                self.store_mem(q, 0, v, n);
            }
        }
        let ty = self.l.rt_type(at) as u16;
        self.emit(Op::ArrayAddr { p: q, i, ty });
        Place::Mem(q, 0)
    }

    /// `dst` = a closure of `key` (a bound-method function) capturing a new box that
    /// holds the receiver value in `r..` of type `rt`.
    fn bind_receiver(&mut self, key: FuncKey, rt: TypeId, r: u16, dst: u16) {
        let b = self.refreg();
        let ty = self.l.rt_type(rt);
        self.emit(Op::New { dst: b, ty });
        let n = self.slots(rt);
        self.store_mem(b, 0, r, n);
        let idx = self.l.func_for(key);
        self.emit(Op::MakeClosure {
            dst,
            func: idx as u16,
            a: b,
        });
    }

    /// Evaluates the map and the key of `m[key]` into a map window.
    fn map_place(&mut self, m: &Expr, key: &Expr, mt: TypeId) -> Place {
        let (kt, vt) = match self.l.tt.under_type(mt) {
            Type::Map(k, v) => (*k, *v),
            _ => (mt, mt),
        };
        let mut layout = vec![true];
        layout.extend(self.l.tt.layout(kt));
        layout.extend(self.l.tt.layout(vt));
        let win = self.alloc(&layout);
        self.expr_into(m, win);
        self.value_into(key, kt, win + 1);
        let ty = self.l.rt_type(mt) as u16;
        Place::MapEntry {
            win,
            ty,
            kslots: self.slots(kt),
        }
    }

    /// An index operand as an int register.
    pub(super) fn index_reg(&mut self, e: &Expr) -> u16 {
        self.expr_reg(e)
    }

    fn unary_into(&mut self, e: &Expr, op: UnOp, x: &Expr, dst: u16) {
        let t = self.ty(e);
        match op {
            UnOp::Addr => {
                let inner = strip(x);
                if let ExprKind::Composite { elems, .. } = &inner.kind {
                    let ct = self.ty(inner);
                    let rt = self.l.rt_type(ct);
                    self.emit(Op::New { dst, ty: rt });
                    if elems.is_empty() {
                        // `&T{}`: the new object is already the zero value
                        return;
                    }
                    let tmp = self.alloc_ty(ct);
                    self.composite_into(inner, elems, tmp);
                    let n = self.slots(ct);
                    self.store_mem(dst, 0, tmp, n);
                    return;
                }
                let p = self.place(x);
                let a = self.place_addr(&p, x);
                self.emit(Op::Move { dst, src: a });
            }
            UnOp::Deref => {
                let p = self.expr_reg(x);
                let n = self.slots(t);
                if n == 0 {
                    // still a nil check
                    let tmp = self.scalar();
                    let _ = tmp;
                    self.emit(Op::AddrOff {
                        dst: self.top.saturating_sub(0),
                        p,
                        off: 0,
                    });
                } else {
                    self.load_mem(dst, p, 0, n);
                }
            }
            UnOp::Plus => self.expr_into(x, dst),
            UnOp::Neg => {
                let a = self.expr_reg(x);
                if self.l.tt.basic_of(t).is_some_and(|b| b.is_float()) {
                    self.emit(Op::NegF { dst, a });
                } else {
                    self.emit(Op::NegI { dst, a });
                    self.wrap(t, dst);
                }
            }
            UnOp::Not => {
                let a = self.expr_reg(x);
                self.emit(Op::Not { dst, a });
            }
            UnOp::BitNot => {
                let a = self.expr_reg(x);
                self.emit(Op::BitNotI { dst, a });
                self.wrap(t, dst);
            }
            UnOp::Recv => {
                let ch = self.expr_reg(x);
                let ty = self.l.rt_type(t) as u16;
                self.emit(Op::ChanRecv { dst, ch, ty });
            }
        }
    }

    /// Re-normalises a sized integer or float32 result in `r`.
    pub(super) fn wrap(&mut self, t: TypeId, r: u16) {
        let Some(b) = self.l.tt.basic_of(t) else {
            return;
        };
        if b == Basic::Float32 {
            self.emit(Op::F32Round { dst: r, a: r });
            return;
        }
        if !b.is_integer() || b.bits() == 64 {
            return;
        }
        let bits = b.bits() as u16;
        if b.is_unsigned() {
            self.emit(Op::ZeroExt { dst: r, a: r, bits });
        } else {
            self.emit(Op::SignExt { dst: r, a: r, bits });
        }
    }

    fn binary_into(&mut self, e: &Expr, op: BinOp, a: &Expr, b: &Expr, dst: u16) {
        match op {
            BinOp::LAnd | BinOp::LOr => {
                let when = op == BinOp::LOr;
                let js = self.cond_jump(a, when);
                self.expr_into(b, dst);
                let end = self.jump();
                for j in js {
                    self.patch_here(j);
                }
                self.emit(Op::LoadInt {
                    dst,
                    v: when as i32,
                });
                self.patch_here(end);
            }
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
                let ct = self.operand_type(a, b);
                let ra = self.value_as(a, ct);
                let rb = self.value_as(b, ct);
                self.compare(op, ct, dst, ra, rb);
            }
            _ => {
                let t = self.ty(e);
                let int64 = self
                    .l
                    .tt
                    .basic_of(t)
                    .is_some_and(|bt| bt.is_integer() && bt.bits() == 64);
                if int64 && matches!(op, BinOp::Add | BinOp::Sub) {
                    let imm = self.small_int_const(b).and_then(|v| {
                        if op == BinOp::Sub {
                            v.checked_neg()
                        } else {
                            Some(v)
                        }
                    });
                    if let Some(v) = imm.and_then(|v| i16::try_from(v).ok()) {
                        let ra = self.expr_reg(a);
                        self.emit(Op::AddIImm { dst, a: ra, v });
                        return;
                    }
                }
                let ra = self.expr_reg(a);
                if let Some(o) = self.imm_binop(op, t, b, dst, ra) {
                    self.emit(o);
                    self.wrap(t, dst);
                    return;
                }
                let rt = if matches!(op, BinOp::Shl | BinOp::Shr) {
                    self.shift_count_type(b)
                } else {
                    t
                };
                let rb = self.expr_reg(b);
                self.binop(op, t, rt, dst, ra, rb);
            }
        }
    }

    /// The type both operands of a comparison are brought to.
    fn operand_type(&mut self, a: &Expr, b: &Expr) -> TypeId {
        let (ta, tb) = (self.ty(a), self.ty(b));
        if self.l.tt.is_interface(ta) {
            ta
        } else if self.l.tt.is_interface(tb) {
            tb
        } else {
            ta
        }
    }

    /// The type a shift count is treated as: its own, except that a constant
    /// count (never negative, checked) needs no clamping and is taken as `int`.
    pub(super) fn shift_count_type(&mut self, count: &Expr) -> TypeId {
        if matches!(self.mode(count), Some(Mode::Const(_))) {
            self.l.tt.basic(Basic::Int)
        } else {
            self.ty(count)
        }
    }

    /// `dst = a op b` for arithmetic and bitwise operators on type `t`; `rt` is
    /// the shift count's type (see `shift_count_type`).
    pub(super) fn binop(&mut self, op: BinOp, t: TypeId, rt: TypeId, dst: u16, a: u16, b: u16) {
        let bt = self.l.tt.basic_of(t).unwrap_or(Basic::Int);
        if bt.is_string() {
            self.emit(Op::Concat { dst, a, b });
            return;
        }
        if bt.is_float() {
            let o = match op {
                BinOp::Add => Op::AddF { dst, a, b },
                BinOp::Sub => Op::SubF { dst, a, b },
                BinOp::Mul => Op::MulF { dst, a, b },
                _ => Op::DivF { dst, a, b },
            };
            self.emit(o);
            self.wrap(t, dst);
            return;
        }
        let unsigned = bt.is_unsigned();
        let o = match op {
            BinOp::Add => Op::AddI { dst, a, b },
            BinOp::Sub => Op::SubI { dst, a, b },
            BinOp::Mul => Op::MulI { dst, a, b },
            BinOp::Div if unsigned => Op::DivU { dst, a, b },
            BinOp::Div => Op::DivI { dst, a, b },
            BinOp::Rem if unsigned => Op::RemU { dst, a, b },
            BinOp::Rem => Op::RemI { dst, a, b },
            BinOp::And => Op::AndI { dst, a, b },
            BinOp::Or => Op::OrI { dst, a, b },
            BinOp::Xor => Op::XorI { dst, a, b },
            BinOp::AndNot => Op::AndNotI { dst, a, b },
            BinOp::Shl | BinOp::Shr => {
                // a signed count must be checked for negativity (ShlI does); an
                // unsigned count register is reinterpreted: a huge count means >= 64
                let count_unsigned = self.l.tt.basic_of(rt).is_some_and(|b| b.is_unsigned());
                let cb = if count_unsigned {
                    // clamp: counts >= 2^63 would look negative
                    let c = self.scalar();
                    let big = self.scalar();
                    self.emit(Op::LoadInt { dst: big, v: 255 });
                    self.emit(Op::LtU { dst: c, a: big, b });
                    // if count > 255 (unsigned), use 255
                    let skip = self.emit(Op::JmpIfNot { c, off: 0 });
                    let tmp = self.scalar();
                    self.emit(Op::Move { dst: tmp, src: big });
                    let j = self.jump();
                    self.patch_here(skip);
                    self.emit(Op::Move { dst: tmp, src: b });
                    self.patch_here(j);
                    tmp
                } else {
                    b
                };
                if op == BinOp::Shl {
                    Op::ShlI { dst, a, b: cb }
                } else if unsigned {
                    Op::ShrU { dst, a, b: cb }
                } else {
                    Op::ShrI { dst, a, b: cb }
                }
            }
            _ => Op::AddI { dst, a, b },
        };
        self.emit(o);
        self.wrap(t, dst);
    }

    /// `dst = a == b` for values of type `t`.
    pub(super) fn equal(&mut self, t: TypeId, dst: u16, a: u16, b: u16) {
        self.compare(BinOp::Eq, t, dst, a, b);
    }

    fn compare(&mut self, op: BinOp, t: TypeId, dst: u16, a: u16, b: u16) {
        let (x, y, op) = match op {
            BinOp::Gt => (b, a, BinOp::Lt),
            BinOp::Ge => (b, a, BinOp::Le),
            _ => (a, b, op),
        };
        let u = self.l.tt.under(t);
        match self.l.tt.get(u).clone() {
            Type::Basic(bt) if bt.is_string() => {
                self.emit(match op {
                    BinOp::Eq => Op::EqS { dst, a: x, b: y },
                    BinOp::Ne => Op::NeS { dst, a: x, b: y },
                    BinOp::Lt => Op::LtS { dst, a: x, b: y },
                    _ => Op::LeS { dst, a: x, b: y },
                });
            }
            Type::Basic(bt) if bt.is_float() => {
                self.emit(match op {
                    BinOp::Eq => Op::EqF { dst, a: x, b: y },
                    BinOp::Ne => Op::NeF { dst, a: x, b: y },
                    BinOp::Lt => Op::LtF { dst, a: x, b: y },
                    _ => Op::LeF { dst, a: x, b: y },
                });
            }
            Type::Basic(bt) if bt.is_unsigned() => {
                self.emit(match op {
                    BinOp::Eq => Op::EqI { dst, a: x, b: y },
                    BinOp::Ne => Op::NeI { dst, a: x, b: y },
                    BinOp::Lt => Op::LtU { dst, a: x, b: y },
                    _ => Op::LeU { dst, a: x, b: y },
                });
            }
            Type::Interface(_) => {
                self.emit(Op::IfaceEq { dst, a: x, b: y });
                if op == BinOp::Ne {
                    self.emit(Op::Not { dst, a: dst });
                }
            }
            Type::Struct(_) | Type::Array(..) => {
                // all fields (elements) equal
                let parts: Vec<(u16, TypeId)> = match self.l.tt.get(u).clone() {
                    Type::Struct(fields) => fields
                        .iter()
                        .enumerate()
                        .map(|(i, f)| (self.l.tt.field_offset(u, i) as u16, f.ty))
                        .collect(),
                    Type::Array(n, el) => {
                        let es = self.slots(el);
                        (0..n as u16).map(|i| (i * es, el)).collect()
                    }
                    _ => vec![],
                };
                self.emit(Op::LoadInt { dst, v: 1 });
                let mut exits = Vec::new();
                for (off, ft) in parts {
                    let c = self.scalar();
                    self.equal(ft, c, x + off, y + off);
                    exits.push(self.emit(Op::JmpIfNot { c, off: 0 }));
                }
                let done = self.jump();
                for j in exits {
                    self.patch_here(j);
                }
                self.emit(Op::LoadInt { dst, v: 0 });
                self.patch_here(done);
                if op == BinOp::Ne {
                    self.emit(Op::Not { dst, a: dst });
                }
            }
            Type::Slice(_) => {
                // only comparison with nil is allowed: compare the array refs
                self.emit(match op {
                    BinOp::Eq => Op::EqI { dst, a: x, b: y },
                    _ => Op::NeI { dst, a: x, b: y },
                });
            }
            _ => {
                self.emit(match op {
                    BinOp::Eq => Op::EqI { dst, a: x, b: y },
                    BinOp::Ne => Op::NeI { dst, a: x, b: y },
                    BinOp::Lt => Op::LtI { dst, a: x, b: y },
                    _ => Op::LeI { dst, a: x, b: y },
                });
            }
        }
    }

    /// Emits jumps taken when `e` evaluates to `when`; returns them for patching.
    pub(super) fn cond_jump(&mut self, e: &Expr, when: bool) -> Vec<usize> {
        if let Some(Mode::Const(ConstVal::Bool(v))) = self.mode(e) {
            return if v == when { vec![self.jump()] } else { vec![] };
        }
        match &e.kind {
            ExprKind::Paren(x) => return self.cond_jump(x, when),
            ExprKind::Unary(UnOp::Not, x) => return self.cond_jump(x, !when),
            ExprKind::Binary(BinOp::LAnd, a, b) => {
                if !when {
                    let mut j = self.cond_jump(a, false);
                    j.extend(self.cond_jump(b, false));
                    return j;
                }
                let skip = self.cond_jump(a, false);
                let j = self.cond_jump(b, true);
                for s in skip {
                    self.patch_here(s);
                }
                return j;
            }
            ExprKind::Binary(BinOp::LOr, a, b) => {
                if when {
                    let mut j = self.cond_jump(a, true);
                    j.extend(self.cond_jump(b, true));
                    return j;
                }
                let skip = self.cond_jump(a, true);
                let j = self.cond_jump(b, false);
                for s in skip {
                    self.patch_here(s);
                }
                return j;
            }
            ExprKind::Binary(
                op @ (BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Eq | BinOp::Ne),
                a,
                b,
            ) => {
                if let Some(o) = self.nil_compare_jump(*op, when, a, b) {
                    return vec![self.emit(o)];
                }
                let ct = self.operand_type(a, b);
                // (Unsigned values narrower than 64 bits are zero-extended, so the
                // signed comparison orders them correctly.)
                let signed_int = self.l.tt.basic_of(ct).is_some_and(|bt| {
                    (bt.is_integer() && (!bt.is_unsigned() || bt.bits() < 64))
                        || (bt.is_boolean() && matches!(op, BinOp::Eq | BinOp::Ne))
                });
                if signed_int && self.code.len() < 20000 {
                    if let Some(o) = self.compare_imm_jump(*op, when, a, b) {
                        return vec![self.emit(o)];
                    }
                    let mark = self.top;
                    let ra = self.expr_reg(a);
                    let rb = self.expr_reg(b);
                    self.top = mark;
                    // jump if (a op b) == when
                    let o = match (op, when) {
                        (BinOp::Lt, true) | (BinOp::Ge, false) => Op::JmpLtI {
                            a: ra,
                            b: rb,
                            off: 0,
                        },
                        (BinOp::Le, true) | (BinOp::Gt, false) => Op::JmpLeI {
                            a: ra,
                            b: rb,
                            off: 0,
                        },
                        (BinOp::Gt, true) | (BinOp::Le, false) => Op::JmpLtI {
                            a: rb,
                            b: ra,
                            off: 0,
                        },
                        (BinOp::Ge, true) | (BinOp::Lt, false) => Op::JmpLeI {
                            a: rb,
                            b: ra,
                            off: 0,
                        },
                        (BinOp::Eq, true) | (BinOp::Ne, false) => Op::JmpEqI {
                            a: ra,
                            b: rb,
                            off: 0,
                        },
                        _ => Op::JmpNeI {
                            a: ra,
                            b: rb,
                            off: 0,
                        },
                    };
                    return vec![self.emit(o)];
                }
            }
            _ => {}
        }
        let mark = self.top;
        let c = self.expr_reg(e);
        self.top = mark;
        let j = if when {
            self.emit(Op::JmpIf { c, off: 0 })
        } else {
            self.emit(Op::JmpIfNot { c, off: 0 })
        };
        vec![j]
    }

    fn composite_into(&mut self, e: &Expr, elems: &[ast::Element], dst: u16) {
        let t = self
            .l
            .info
            .composite_types
            .get(&e.id)
            .copied()
            .unwrap_or_else(|| self.ty(e));
        let (base, ptr) = match self.l.tt.get(t).clone() {
            Type::Pointer(p) if !self.l.tt.is_named(t) && self.l.tt.struct_fields(p).is_some() => {
                (p, true)
            }
            _ => (t, false),
        };
        if ptr {
            // elided &T{...} inside another literal
            let rt = self.l.rt_type(base);
            self.emit(Op::New { dst, ty: rt });
            let tmp = self.alloc_ty(base);
            self.composite_into_value(base, elems, tmp);
            let n = self.slots(base);
            self.store_mem(dst, 0, tmp, n);
            return;
        }
        self.composite_into_value(base, elems, dst);
    }

    fn composite_into_value(&mut self, t: TypeId, elems: &[ast::Element], dst: u16) {
        let u = self.l.tt.under(t);
        match self.l.tt.get(u).clone() {
            Type::Struct(fields) => {
                let n = self.slots(t);
                // (every field given by position: each is written below)
                let all_given =
                    elems.len() == fields.len() && elems.iter().all(|e| e.key.is_none());
                if n > 0 && !all_given {
                    self.emit(Op::Zero { dst, n });
                }
                for (i, el) in elems.iter().enumerate() {
                    let fi = match &el.key {
                        Some(ast::ElemKey::Expr(k)) => {
                            let ExprKind::Ident(id) = &k.kind else {
                                continue;
                            };
                            fields.iter().position(|f| f.name == id.name).unwrap_or(0)
                        }
                        _ => i,
                    };
                    let off = self.l.tt.field_offset(u, fi) as u16;
                    let fty = fields[fi].ty;
                    let mark = self.top;
                    self.elem_into(&el.value, fty, dst + off);
                    self.top = mark;
                }
            }
            Type::Slice(el) => {
                // keyed elements set the index; the others follow the previous one
                let mut indexes = Vec::new();
                let mut next = 0i32;
                for item in elems {
                    if let Some(ast::ElemKey::Expr(k)) = &item.key {
                        if let Some(Mode::Const(ConstVal::Int(i))) = self.mode(k) {
                            next = num_traits::ToPrimitive::to_i32(&i).unwrap_or(0);
                        }
                    }
                    indexes.push(next);
                    next += 1;
                }
                let len = indexes.iter().map(|i| i + 1).max().unwrap_or(0);
                let n = self.alloc(&[false, false]);
                self.emit(Op::LoadInt { dst: n, v: len });
                self.emit(Op::LoadInt { dst: n + 1, v: len });
                let rt = self.l.rt_type(el) as u16;
                self.emit(Op::MakeSlice {
                    dst,
                    len: n,
                    ty: rt,
                });
                let es = self.slots(el);
                for (item, &at) in elems.iter().zip(&indexes) {
                    let mark = self.top;
                    let idx = self.scalar();
                    self.emit(Op::LoadInt { dst: idx, v: at });
                    let v = self.alloc_ty(el);
                    self.elem_into(&item.value, el, v);
                    self.store_elem(dst, idx, v, es);
                    self.top = mark;
                }
            }
            Type::Array(_, el) => {
                let n = self.slots(t);
                if n > 0 {
                    self.emit(Op::Zero { dst, n });
                }
                let es = self.slots(el);
                let mut next = 0u16;
                for item in elems {
                    if let Some(ast::ElemKey::Expr(k)) = &item.key {
                        if let Some(Mode::Const(ConstVal::Int(i))) = self.mode(k) {
                            next = num_traits::ToPrimitive::to_u16(&i).unwrap_or(0);
                        }
                    }
                    let mark = self.top;
                    self.elem_into(&item.value, el, dst + next * es);
                    self.top = mark;
                    next += 1;
                }
            }
            Type::Map(kt, vt) => {
                let hint = self.scalar();
                self.emit(Op::LoadInt {
                    dst: hint,
                    v: elems.len() as i32,
                });
                let ty = self.l.rt_type(t) as u16;
                self.emit(Op::MakeMap { dst, hint, ty });
                let mut layout = vec![true];
                layout.extend(self.l.tt.layout(kt));
                layout.extend(self.l.tt.layout(vt));
                let ks = self.slots(kt);
                for item in elems {
                    let mark = self.top;
                    let win = self.alloc(&layout);
                    self.emit(Op::Move { dst: win, src: dst });
                    if let Some(ast::ElemKey::Expr(k) | ast::ElemKey::Composite(k)) = &item.key {
                        self.elem_into(k, kt, win + 1);
                    }
                    self.elem_into(&item.value, vt, win + 1 + ks);
                    self.emit(Op::MapSet { m: win, ty });
                    self.top = mark;
                }
            }
            _ => {
                self.unsupported_span("this composite literal");
            }
        }
    }

    fn elem_into(&mut self, v: &Expr, ty: TypeId, dst: u16) {
        if let ExprKind::Composite { elems, ty: None } = &v.kind {
            self.composite_into(v, elems, dst);
            return;
        }
        self.value_into(v, ty, dst);
    }

    fn slice_into(
        &mut self,
        e: &Expr,
        base: &Expr,
        lo: Option<&Expr>,
        hi: Option<&Expr>,
        max: Option<&Expr>,
        dst: u16,
    ) {
        let bt = self.ty(base);
        let ptr_arr = self
            .l
            .tt
            .pointer_elem(bt)
            .filter(|&at| matches!(self.l.tt.under_type(at), Type::Array(..)));
        let s = if let Some(at) = ptr_arr {
            // `p[:]` of a `*[N]T`: a view of the array it points to
            let p = self.expr_reg(base);
            let v = self.alloc(&[true, false, false, false]);
            let ty = self.l.rt_type(at) as u16;
            self.emit(Op::SliceArray { dst: v, p, ty });
            v
        } else if let Type::Array(n, _) = self.l.tt.under_type(bt).clone() {
            // a boxed array variable: its box is an Array object; view it as a slice
            match self.place(base) {
                Place::Mem(p, 0) if self.is_var_box(base) => {
                    let v = self.alloc(&[true, false, false, false]);
                    self.emit(Op::Move { dst: v, src: p });
                    self.emit(Op::Zero { dst: v + 1, n: 1 });
                    self.emit(Op::LoadInt {
                        dst: v + 2,
                        v: n as i32,
                    });
                    self.emit(Op::LoadInt {
                        dst: v + 3,
                        v: n as i32,
                    });
                    v
                }
                place @ (Place::Mem(..) | Place::Global(_)) => {
                    // an array inside another object (a field, an element, a
                    // global): a view sharing its memory
                    let p = self.place_addr(&place, e);
                    let v = self.alloc(&[true, false, false, false]);
                    let ty = self.l.rt_type(bt) as u16;
                    self.emit(Op::SliceArray { dst: v, p, ty });
                    v
                }
                _ => {
                    self.unsupported(e, "slicing an array that is not in memory");
                    return;
                }
            }
        } else {
            self.expr_reg(base)
        };
        let is_str = self.l.tt.basic_of(bt).is_some_and(|b| b.is_string());
        let regs = self.alloc(&[false, false, false]);
        match lo {
            Some(x) => self.expr_into(x, regs),
            None => {
                self.emit(Op::Zero { dst: regs, n: 1 });
            }
        }
        match hi {
            Some(x) => self.expr_into(x, regs + 1),
            None if is_str => {
                self.emit(Op::StrLen {
                    dst: regs + 1,
                    a: s,
                });
            }
            None => {
                self.emit(Op::Move {
                    dst: regs + 1,
                    src: s + 2,
                });
            }
        }
        if is_str {
            self.emit(Op::StrSlice { dst, s, lo: regs });
            return;
        }
        match max {
            Some(x) => self.expr_into(x, regs + 2),
            None => {
                self.emit(Op::Move {
                    dst: regs + 2,
                    src: s + 3,
                });
            }
        }
        let _ = e;
        self.emit(Op::SliceSlice { dst, s, lo: regs });
    }

    /// Evaluates an expression with several values (a call, or a comma-ok form) and
    /// returns the first register and the value types.
    pub(super) fn multi_value(&mut self, e: &Expr, n: usize) -> (u16, Vec<TypeId>) {
        let e = strip(e);
        if let ExprKind::TypeAssert(x, _) = &e.kind {
            let t = self.ty(e);
            if self.l.tt.is_interface(t) {
                let dst = self.alloc(&[true, false]);
                let r = self.expr_reg(x);
                let ty = self.l.rt_type(t) as u16;
                self.emit(Op::AssertIfaceOk { dst, src: r, ty });
                let b = self.l.tt.basic(Basic::Bool);
                return (dst, vec![t, b]);
            }
            let mut layout = self.l.tt.layout(t);
            layout.push(false);
            let dst = self.alloc(&layout);
            let r = self.expr_reg(x);
            let ty = self.l.rt_type(t) as u16;
            self.emit(Op::UnboxOk { dst, src: r, ty });
            let b = self.l.tt.basic(Basic::Bool);
            return (dst, vec![t, b]);
        }
        let b = self.l.tt.basic(Basic::Bool);
        if let ExprKind::Unary(UnOp::Recv, ch) = &e.kind {
            let t = self.ty(e);
            let mut layout = self.l.tt.layout(t);
            layout.push(false);
            let dst = self.alloc(&layout);
            let c = self.expr_reg(ch);
            let ty = self.l.rt_type(t) as u16;
            self.emit(Op::ChanRecvOk { dst, ch: c, ty });
            return (dst, vec![t, b]);
        }
        if let ExprKind::Index(base, idx) = &e.kind {
            let bt = self.ty(base);
            if let Type::Map(_, vt) = self.l.tt.under_type(bt).clone() {
                let mut layout = self.l.tt.layout(vt);
                layout.push(false);
                let dst = self.alloc(&layout);
                if let Place::MapEntry { win, ty, .. } = self.map_place(base, &idx[0], bt) {
                    self.emit(Op::MapGetOk { dst, m: win, ty });
                }
                return (dst, vec![vt, b]);
            }
        }
        let (r, tys) = self.call_expr(e);
        let _ = n;
        (r.unwrap_or(0), tys)
    }

    /// Lowers a call; returns the register of its results (if any) and their types.
    pub(super) fn call_expr(&mut self, e: &Expr) -> (Option<u16>, Vec<TypeId>) {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &strip(e).kind
        else {
            let t = self.ty(e);
            let r = self.alloc_ty(t);
            self.expr_into(e, r);
            return (Some(r), vec![t]);
        };
        self.set_pos(e.span);
        if self.l.info.conversions.contains(&strip(e).id) {
            let t = self.ty(e);
            let r = self.alloc_ty(t);
            self.conversion_into(&args[0], t, r);
            return (Some(r), vec![t]);
        }
        if let Some(Mode::Builtin(b)) = self.mode(func) {
            return self.builtin(e, b, args, *ellipsis);
        }
        let ft = self.ty(func);
        let Some(sig) = self.l.tt.signature(ft).cloned() else {
            return (None, vec![]);
        };
        let callee = self.callee(func);
        // window: [receiver] params results
        let mut layout = Vec::new();
        let recv_ty = match &callee {
            Callee::Method { func: f } => self.l.info.funcs[*f as usize].recv,
            Callee::Iface { .. } => Some(self.l.tt.intern(Type::Interface(vec![]))),
            _ => None,
        };
        if let Some(rt) = recv_ty {
            layout.extend(self.l.tt.layout(rt));
        }
        let params_start = layout.len() as u16;
        for t in &sig.params {
            layout.extend(self.l.tt.layout(*t));
        }
        let results_start = layout.len() as u16;
        for t in &sig.results {
            layout.extend(self.l.tt.layout(*t));
        }
        // the callee value (for closures) is evaluated before the arguments
        let fval = match &callee {
            Callee::Value => Some(self.expr_reg(func)),
            _ => None,
        };
        let w = self.alloc(&layout);
        if let (Some(rt), ExprKind::Selector(base, _)) = (recv_ty, &strip(func).kind) {
            self.receiver_into(func, base, rt, w);
        }
        self.args_into(&sig, args, *ellipsis, w + params_start);
        self.set_pos(e.span);
        match callee {
            Callee::Static(f) | Callee::Method { func: f } => {
                if self.l.info.funcs[f as usize].native {
                    let n = self.l.native(f);
                    // sync/atomic on integers: one instruction, no native call
                    let name = &self.l.module.natives[n as usize].name;
                    match govm::bytecode::isa::atomic::kind_of(name) {
                        Some(kind) => self.emit(Op::Atomic { a: w, kind }),
                        None => self.emit(Op::CallNative { native: n, a: w }),
                    };
                } else {
                    let idx = self.l.callable(f);
                    self.emit(Op::Call { func: idx, a: w });
                }
            }
            Callee::Iface { name } => {
                let m = self.l.method_name(&name);
                self.emit(Op::CallMethod { a: w, m });
            }
            Callee::Value => {
                self.emit(Op::CallValue {
                    f: fval.unwrap(),
                    a: w,
                });
            }
        }
        let r = if sig.results.is_empty() {
            None
        } else {
            Some(w + results_start)
        };
        (r, sig.results.clone())
    }

    fn callee(&mut self, func: &Expr) -> Callee {
        let f = strip(func);
        match &f.kind {
            // `F[int]` is an instantiated generic function
            ExprKind::Ident(_) | ExprKind::Index(..) => {
                if let Some(Obj::Func(id)) = self.l.info.uses.get(&f.id) {
                    return Callee::Static(*id);
                }
            }
            ExprKind::Selector(..) => match self.l.info.selections.get(&f.id).cloned() {
                Some(Selection::Qualified) => {
                    if let Some(Obj::Func(id)) = self.l.info.uses.get(&f.id) {
                        return Callee::Static(*id);
                    }
                }
                Some(Selection::Method { func, .. }) => return Callee::Method { func },
                Some(Selection::IfaceMethod { name, .. }) => return Callee::Iface { name },
                _ => {}
            },
            _ => {}
        }
        Callee::Value
    }

    /// Evaluates the receiver of method call `sel` (= `base.M`) into `dst` as `rt`.
    fn receiver_into(&mut self, sel: &Expr, base: &Expr, rt: TypeId, dst: u16) {
        match self.l.info.selections.get(&strip(sel).id).cloned() {
            Some(Selection::IfaceMethod { path, derefs, .. }) => {
                if path.is_empty() {
                    self.expr_into(base, dst);
                } else {
                    let p = self.field_place(base, &path, &derefs);
                    self.load_place_into(&p, 1, dst);
                }
            }
            Some(Selection::Method {
                path,
                derefs,
                ptr_recv,
                ..
            }) => {
                // the embedded value (or the base itself) holding the method
                let (place, ty) = if path.is_empty() {
                    let bt = self.ty(base);
                    if ptr_recv && self.l.tt.pointer_elem(bt).is_none() {
                        (Some(self.place(base)), bt)
                    } else {
                        let r = self.expr_reg(base);
                        (Some(Place::Regs(r)), bt)
                    }
                } else {
                    let p = self.field_place(base, &path, &derefs);
                    let bt = self.ty(base);
                    let ft = self.embedded_type(bt, &path);
                    (Some(p), ft)
                };
                let place = place.unwrap();
                let is_ptr = self.l.tt.pointer_elem(ty).is_some();
                let n = self.slots(rt);
                match (ptr_recv, is_ptr) {
                    (true, true) | (false, false) => self.load_place_into(&place, n, dst),
                    (true, false) => {
                        let a = self.place_addr(&place, base);
                        self.emit(Op::Move { dst, src: a });
                    }
                    (false, true) => {
                        let p = self.load_place(&place, ty);
                        self.load_mem(dst, p, 0, n);
                    }
                }
            }
            _ => {}
        }
    }

    fn embedded_type(&mut self, mut t: TypeId, path: &[usize]) -> TypeId {
        for &i in path {
            let base = self.l.tt.pointer_elem(t).unwrap_or(t);
            t = self.l.tt.struct_fields(base).map(|f| f[i].ty).unwrap_or(0);
        }
        t
    }

    /// Evaluates call arguments into the parameter slots starting at `w` (packing
    /// the extra arguments of a variadic call into a new slice).
    fn args_into(
        &mut self,
        sig: &crate::check::types::Signature,
        args: &[Expr],
        ellipsis: bool,
        w: u16,
    ) {
        // f(g()) where g has several results: the results are the arguments
        let mut srcs: Vec<ArgSrc> = args.iter().map(ArgSrc::Expr).collect();
        if args.len() == 1 && !ellipsis {
            if let ExprKind::Call { .. } = &strip(&args[0]).kind {
                let ft = self.ty(&args[0]);
                if let Type::Tuple(ts) = self.l.tt.get(ft).clone() {
                    let (r, tys) = self.call_expr(&args[0]);
                    let r = r.unwrap_or(0);
                    let _ = ts;
                    srcs.clear();
                    let mut off = 0;
                    for t in tys {
                        srcs.push(ArgSrc::Reg(r + off, t));
                        off += self.slots(t);
                    }
                }
            }
        }
        let np = sig.params.len();
        let fixed = if sig.variadic && !ellipsis {
            np - 1
        } else {
            np
        };
        let mut off = 0u16;
        for (i, &pt) in sig.params.iter().enumerate().take(fixed) {
            if let Some(a) = srcs.get(i) {
                let mark = self.top;
                self.arg_into(a, pt, w + off);
                self.top = mark;
            }
            off += self.slots(pt);
        }
        if sig.variadic && !ellipsis {
            let st = sig.params[np - 1];
            let el = match self.l.tt.get(st) {
                Type::Slice(e) => *e,
                _ => st,
            };
            let extra = &srcs[fixed.min(srcs.len())..];
            if extra.is_empty() {
                self.emit(Op::Zero { dst: w + off, n: 4 });
                return;
            }
            let n = self.alloc(&[false, false]);
            self.emit(Op::LoadInt {
                dst: n,
                v: extra.len() as i32,
            });
            self.emit(Op::LoadInt {
                dst: n + 1,
                v: extra.len() as i32,
            });
            let rt = self.l.rt_type(el) as u16;
            self.emit(Op::MakeSlice {
                dst: w + off,
                len: n,
                ty: rt,
            });
            let es = self.slots(el);
            for (i, a) in extra.iter().enumerate() {
                let mark = self.top;
                let v = self.alloc_ty(el);
                self.arg_into(a, el, v);
                let idx = self.scalar();
                self.emit(Op::LoadInt {
                    dst: idx,
                    v: i as i32,
                });
                self.store_elem(w + off, idx, v, es);
                self.top = mark;
            }
        }
    }

    fn arg_into(&mut self, a: &ArgSrc, pt: TypeId, dst: u16) {
        match a {
            ArgSrc::Expr(e) => self.value_into(e, pt, dst),
            ArgSrc::Reg(r, t) => {
                let v = self.convert_value(*r, *t, pt);
                let n = self.slots(pt);
                self.move_n(dst, v, n);
            }
        }
    }

    /// `go f(x)` / `defer f(x)`: the closure and the arguments are evaluated now.
    pub(super) fn go_defer(&mut self, e: &Expr, is_go: bool) {
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &strip(e).kind
        else {
            return;
        };
        if let Some(Mode::Builtin(b)) = self.mode(func) {
            return self.go_defer_builtin(e, b, args, is_go);
        }
        let ft = self.ty(func);
        let Some(sig) = self.l.tt.signature(ft).cloned() else {
            return;
        };
        let callee = self.callee(func);
        if let (Callee::Iface { name }, ExprKind::Selector(base, _)) = (&callee, &strip(func).kind)
        {
            // through a thunk taking the interface and the arguments
            let idx = self
                .l
                .func_for(FuncKey::Thunk(super::Thunk::Method(name.clone(), ft)));
            let f = self.refreg();
            self.emit(Op::FuncRef { dst: f, func: idx });
            let mut layout = vec![true];
            for t in &sig.params {
                layout.extend(self.l.tt.layout(*t));
            }
            let w = self.alloc(&layout);
            self.expr_into(base, w);
            self.args_into(&sig, args, *ellipsis, w + 1);
            let n = layout.len() as u16;
            self.set_pos(e.span);
            self.emit(if is_go {
                Op::Go { f, a: w, n }
            } else {
                Op::Defer { f, a: w, n }
            });
            return;
        }
        let f = self.refreg();
        let mut layout = Vec::new();
        let recv_ty = match &callee {
            Callee::Method { func: m } => self.l.info.funcs[*m as usize].recv,
            _ => None,
        };
        match &callee {
            Callee::Static(id) | Callee::Method { func: id } => {
                let idx = self.l.callable(*id);
                self.emit(Op::FuncRef { dst: f, func: idx });
            }
            Callee::Iface { .. } => {
                self.unsupported(
                    e,
                    if is_go {
                        "go with an interface method call"
                    } else {
                        "defer of an interface method call"
                    },
                );
                return;
            }
            Callee::Value => {
                self.expr_into(func, f);
            }
        }
        if let Some(rt) = recv_ty {
            layout.extend(self.l.tt.layout(rt));
        }
        let ps = layout.len() as u16;
        for t in &sig.params {
            layout.extend(self.l.tt.layout(*t));
        }
        let w = self.alloc(&layout);
        if let (Some(rt), ExprKind::Selector(base, _)) = (recv_ty, &strip(func).kind) {
            self.receiver_into(func, base, rt, w);
        }
        self.args_into(&sig, args, *ellipsis, w + ps);
        let n = layout.len() as u16;
        self.set_pos(e.span);
        if is_go {
            self.emit(Op::Go { f, a: w, n });
        } else {
            self.emit(Op::Defer { f, a: w, n });
        }
    }

    /// `go`/`defer` of `close`, `panic` or `delete`: a thunk with the operands as
    /// arguments (evaluated now).
    fn go_defer_builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], is_go: bool) {
        let any = self.l.tt.intern(Type::Interface(vec![]));
        let (thunk, params) = match b {
            Builtin::Close => {
                let t = self.ty(&args[0]);
                (super::Thunk::Close(t), vec![t])
            }
            Builtin::Panic => (super::Thunk::Panic, vec![any]),
            Builtin::Delete => {
                let mt = self.ty(&args[0]);
                let kt = match self.l.tt.under_type(mt) {
                    Type::Map(k, _) => *k,
                    _ => mt,
                };
                (super::Thunk::Delete(mt), vec![mt, kt])
            }
            _ => {
                self.unsupported(e, "go or defer of this built-in function");
                return;
            }
        };
        let idx = self.l.func_for(FuncKey::Thunk(thunk));
        let f = self.refreg();
        self.emit(Op::FuncRef { dst: f, func: idx });
        let mut layout = Vec::new();
        for t in &params {
            layout.extend(self.l.tt.layout(*t));
        }
        let w = self.alloc(&layout);
        let mut off = 0;
        for (a, t) in args.iter().zip(&params) {
            self.value_into(a, *t, w + off);
            off += self.slots(*t);
        }
        let n = layout.len() as u16;
        self.set_pos(e.span);
        self.emit(if is_go {
            Op::Go { f, a: w, n }
        } else {
            Op::Defer { f, a: w, n }
        });
    }

    fn conversion_into(&mut self, x: &Expr, t: TypeId, dst: u16) {
        if let Some(Mode::Const(v)) = self.mode(x) {
            // constant conversions were folded by the checker into the operand
            let xt = self.ty(x);
            if !self.l.tt.is_interface(t) && self.l.tt.basic_of(xt) == self.l.tt.basic_of(t) {
                self.constant_into(t, &v, dst);
                return;
            }
        }
        let from = self.ty(x);
        if self.l.tt.is_interface(t) {
            self.value_into(x, t, dst);
            return;
        }
        let (bf, bt) = (self.l.tt.basic_of(from), self.l.tt.basic_of(t));
        match (bf, bt) {
            (Some(f), Some(to)) if f.is_numeric() && to.is_numeric() => {
                if f.is_float() == to.is_float() {
                    // Same representation: the value, then wrapped (or rounded)
                    // to the target type in place.
                    self.expr_into(x, dst);
                    self.wrap(t, dst);
                    return;
                }
                let a = self.expr_reg(x);
                let op = match (f.is_float(), f.is_unsigned(), to.is_unsigned()) {
                    (false, true, _) => Op::UToF { dst, a },
                    (false, false, _) => Op::IToF { dst, a },
                    (true, _, true) => Op::FToU { dst, a },
                    (true, _, false) => Op::FToI { dst, a },
                };
                self.emit(op);
                self.wrap(t, dst);
            }
            (Some(f), Some(to)) if f.is_integer() && to.is_string() => {
                let a = self.expr_reg(x);
                self.emit(Op::StrConv { dst, a, kind: 0 });
            }
            (Some(f), Some(to)) if f.is_string() && to.is_string() => self.expr_into(x, dst),
            (None, Some(to)) if to.is_string() => {
                let a = self.expr_reg(x);
                let kind = if self.is_byte_slice(from) { 1 } else { 3 };
                self.emit(Op::StrConv { dst, a, kind });
            }
            (Some(f), None) if f.is_string() => {
                let a = self.expr_reg(x);
                let kind = if self.is_byte_slice(t) { 2 } else { 4 };
                self.emit(Op::StrConv { dst, a, kind });
            }
            _ => self.expr_into(x, dst),
        }
    }

    fn is_byte_slice(&self, t: TypeId) -> bool {
        match self.l.tt.under_type(t) {
            Type::Slice(e) => self.l.tt.under_type(*e) == &Type::Basic(Basic::Uint8),
            _ => false,
        }
    }

    fn builtin(
        &mut self,
        e: &Expr,
        b: Builtin,
        args: &[Expr],
        ellipsis: bool,
    ) -> (Option<u16>, Vec<TypeId>) {
        let int = self.l.tt.basic(Basic::Int);
        let t = self.ty(e);
        match b {
            Builtin::Len | Builtin::Cap => {
                let dst = self.scalar();
                let at = self.ty(&args[0]);
                let under = self.l.tt.under_type(at).clone();
                if self.l.tt.basic_of(at).is_some_and(|b| b.is_string()) {
                    let a = self.expr_reg(&args[0]);
                    self.emit(Op::StrLen { dst, a });
                } else if let Type::Chan(..) = under {
                    let ch = self.expr_reg(&args[0]);
                    if b == Builtin::Len {
                        self.emit(Op::ChanLen { dst, ch });
                    } else {
                        self.emit(Op::ChanCap { dst, ch });
                    }
                } else if let Type::Map(..) = under {
                    let m = self.expr_reg(&args[0]);
                    self.emit(Op::MapLen { dst, m });
                } else {
                    let s = self.expr_reg(&args[0]);
                    let k = if b == Builtin::Len { 2 } else { 3 };
                    self.emit(Op::Move { dst, src: s + k });
                }
                (Some(dst), vec![int])
            }
            Builtin::New => {
                let dst = self.refreg();
                let pt = self.l.tt.pointer_elem(t).unwrap_or(t);
                let rt = self.l.rt_type(pt);
                self.emit(Op::New { dst, ty: rt });
                (Some(dst), vec![t])
            }
            Builtin::Make => {
                let dst = self.alloc_ty(t);
                let el = match self.l.tt.under_type(t).clone() {
                    Type::Slice(el) => el,
                    Type::Chan(_, el) => {
                        let size = self.scalar();
                        match args.get(1) {
                            Some(n) => self.expr_into(n, size),
                            None => {
                                self.emit(Op::Zero { dst: size, n: 1 });
                            }
                        }
                        let ty = self.l.rt_type(el) as u16;
                        self.emit(Op::MakeChan { dst, size, ty });
                        return (Some(dst), vec![t]);
                    }
                    Type::Map(..) => {
                        let hint = self.scalar();
                        match args.get(1) {
                            Some(n) => self.expr_into(n, hint),
                            None => {
                                self.emit(Op::Zero { dst: hint, n: 1 });
                            }
                        }
                        let ty = self.l.rt_type(t) as u16;
                        self.emit(Op::MakeMap { dst, hint, ty });
                        return (Some(dst), vec![t]);
                    }
                    _ => {
                        self.unsupported(e, "make of this type");
                        return (Some(dst), vec![t]);
                    }
                };
                let regs = self.alloc(&[false, false]);
                self.expr_into(&args[1], regs);
                match args.get(2) {
                    Some(c) => self.expr_into(c, regs + 1),
                    None => {
                        self.emit(Op::Move {
                            dst: regs + 1,
                            src: regs,
                        });
                    }
                }
                let rt = self.l.rt_type(el) as u16;
                self.emit(Op::MakeSlice {
                    dst,
                    len: regs,
                    ty: rt,
                });
                (Some(dst), vec![t])
            }
            Builtin::Append => {
                let st = self.ty(&args[0]);
                let el = match self.l.tt.under_type(st) {
                    Type::Slice(el) => *el,
                    _ => st,
                };
                let dst = self.alloc_ty(st);
                self.expr_into(&args[0], dst);
                if ellipsis {
                    let at = self.ty(&args[1]);
                    let src = if self.l.tt.basic_of(at).is_some_and(|b| b.is_string()) {
                        let s = self.expr_reg(&args[1]);
                        let bs = self.alloc(&[true, false, false, false]);
                        self.emit(Op::StrConv {
                            dst: bs,
                            a: s,
                            kind: 2,
                        });
                        bs
                    } else {
                        self.expr_reg(&args[1])
                    };
                    let old = self.alloc(&[false, false, false]);
                    self.emit(Op::Move {
                        dst: old,
                        src: dst + 2,
                    });
                    let ety = self.l.rt_type(el) as u16;
                    self.emit(Op::Grow {
                        s: dst,
                        n: src + 2,
                        ty: ety,
                    });
                    self.emit(Op::Move {
                        dst: old + 1,
                        src: dst + 2,
                    });
                    self.emit(Op::Move {
                        dst: old + 2,
                        src: dst + 3,
                    });
                    let sub = self.alloc(&[true, false, false, false]);
                    self.emit(Op::SliceSlice {
                        dst: sub,
                        s: dst,
                        lo: old,
                    });
                    let cnt = self.scalar();
                    self.emit(Op::CopySlice {
                        dst: cnt,
                        a: sub,
                        b: src,
                    });
                } else if args.len() > 1 {
                    let n = args.len() - 1;
                    let old = self.scalar();
                    self.emit(Op::Move {
                        dst: old,
                        src: dst + 2,
                    });
                    let nr = self.scalar();
                    self.emit(Op::LoadInt {
                        dst: nr,
                        v: n as i32,
                    });
                    let ety = self.l.rt_type(el) as u16;
                    self.emit(Op::Grow {
                        s: dst,
                        n: nr,
                        ty: ety,
                    });
                    let es = self.slots(el);
                    for (i, a) in args[1..].iter().enumerate() {
                        let mark = self.top;
                        let v = self.alloc_ty(el);
                        self.value_into(a, el, v);
                        let idx = self.scalar();
                        self.emit(Op::AddIImm {
                            dst: idx,
                            a: old,
                            v: i as i16,
                        });
                        self.store_elem(dst, idx, v, es);
                        self.top = mark;
                    }
                }
                (Some(dst), vec![st])
            }
            Builtin::Copy => {
                let a = self.expr_reg(&args[0]);
                let bt = self.ty(&args[1]);
                let bsrc = if self.l.tt.basic_of(bt).is_some_and(|b| b.is_string()) {
                    let s = self.expr_reg(&args[1]);
                    let bs = self.alloc(&[true, false, false, false]);
                    self.emit(Op::StrConv {
                        dst: bs,
                        a: s,
                        kind: 2,
                    });
                    bs
                } else {
                    self.expr_reg(&args[1])
                };
                let dst = self.scalar();
                self.emit(Op::CopySlice { dst, a, b: bsrc });
                (Some(dst), vec![int])
            }
            Builtin::Panic => {
                let any = self.l.tt.intern(Type::Interface(vec![]));
                let r = self.refreg();
                self.value_into(&args[0], any, r);
                self.emit(Op::Panic { v: r });
                (None, vec![])
            }
            Builtin::Close => {
                let ch = self.expr_reg(&args[0]);
                self.emit(Op::ChanClose { ch });
                (None, vec![])
            }
            Builtin::Delete => {
                let mt = self.ty(&args[0]);
                if let Place::MapEntry { win, ty, .. } = self.map_place(&args[0], &args[1], mt) {
                    self.emit(Op::MapDelete { m: win, ty });
                }
                (None, vec![])
            }
            Builtin::Clear => {
                let at = self.ty(&args[0]);
                match self.l.tt.under_type(at).clone() {
                    Type::Map(..) => {
                        let m = self.expr_reg(&args[0]);
                        self.emit(Op::MapClear { m });
                    }
                    Type::Slice(el) => {
                        // zero every element: copy from a fresh zeroed slice
                        let s = self.expr_reg(&args[0]);
                        let z = self.alloc(&[true, false, false, false]);
                        let lens = self.alloc(&[false, false]);
                        self.emit(Op::Move {
                            dst: lens,
                            src: s + 2,
                        });
                        self.emit(Op::Move {
                            dst: lens + 1,
                            src: s + 2,
                        });
                        let ty = self.l.rt_type(el) as u16;
                        self.emit(Op::MakeSlice {
                            dst: z,
                            len: lens,
                            ty,
                        });
                        let n = self.scalar();
                        self.emit(Op::CopySlice { dst: n, a: s, b: z });
                    }
                    _ => {}
                }
                (None, vec![])
            }
            Builtin::Recover => {
                let dst = self.refreg();
                self.emit(Op::Recover { dst });
                (Some(dst), vec![t])
            }
            Builtin::Print | Builtin::Println => {
                // runtime.printArgs(args []any, newline bool), Go's built-in format
                let any = self.l.tt.intern(Type::Interface(vec![]));
                let slice = self.l.tt.intern(Type::Slice(any));
                let bool_t = self.l.tt.basic(Basic::Bool);
                let sig = crate::check::types::Signature {
                    params: vec![slice],
                    results: vec![],
                    variadic: true,
                };
                let w = self.alloc(&[true, false, false, false, false]);
                self.args_into(&sig, args, false, w);
                self.emit(Op::LoadInt {
                    dst: w + 4,
                    v: (b == Builtin::Println) as i32,
                });
                let _ = bool_t;
                let native = self.l.native_by_name("runtime.printArgs", 5, 0);
                self.emit(Op::CallNative { native, a: w });
                (None, vec![])
            }
            Builtin::Min | Builtin::Max => {
                let dst = self.alloc_ty(t);
                self.value_into(&args[0], t, dst);
                for a in &args[1..] {
                    let mark = self.top;
                    let v = self.value_as(a, t);
                    let c = self.scalar();
                    // take v when v < dst (min) or dst < v (max)
                    let (x, y) = if b == Builtin::Min {
                        (v, dst)
                    } else {
                        (dst, v)
                    };
                    self.compare(BinOp::Lt, t, c, x, y);
                    let skip = self.emit(Op::JmpIfNot { c, off: 0 });
                    let n = self.slots(t);
                    self.move_n(dst, v, n);
                    self.patch_here(skip);
                    self.top = mark;
                }
                (Some(dst), vec![t])
            }
            _ => {
                self.unsupported(e, &format!("built-in {}", format!("{b:?}").to_lowercase()));
                (None, vec![])
            }
        }
    }
}
