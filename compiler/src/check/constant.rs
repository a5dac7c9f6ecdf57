//! Compile-time constant values with Go's semantics: integer constants are exact
//! (arbitrary precision), floats are f64, and representability in a typed context is
//! checked when a constant meets a type.

use super::types::Basic;
use crate::syntax::ast::BinOp;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    Bool(bool),
    Int(BigInt),
    Float(f64),
    Str(Vec<u8>),
}

impl ConstVal {
    pub fn int(v: i64) -> ConstVal {
        ConstVal::Int(BigInt::from(v))
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            ConstVal::Int(i) => i.to_f64(),
            ConstVal::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The value as an exact integer, if it is one (floats with no fraction count).
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            ConstVal::Int(i) => Some(i.clone()),
            ConstVal::Float(f) if f.fract() == 0.0 && f.is_finite() => {
                Some(BigInt::from(*f as i128))
            }
            _ => None,
        }
    }

    /// Go's spelling of the value in messages (`300`, `1.5`, `"hi"`, `true`).
    pub fn describe(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 1e21 {
                    format!("{f:.0}")
                } else {
                    format!("{f}")
                }
            }
            ConstVal::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
        }
    }

    /// Converts to the representation of basic type `b`, or `None` if the value is
    /// not representable (overflow, truncation of a float to an integer type).
    pub fn represent(&self, b: Basic) -> Option<ConstVal> {
        if b.is_integer() {
            let i = self.as_bigint()?;
            if b.is_untyped() {
                return Some(ConstVal::Int(i));
            }
            let bits = b.bits();
            let (lo, hi) = if b.is_unsigned() {
                (BigInt::zero(), (BigInt::from(1) << bits) - 1)
            } else {
                (-(BigInt::from(1) << (bits - 1)), (BigInt::from(1) << (bits - 1)) - 1)
            };
            if i < lo || i > hi {
                return None;
            }
            return Some(ConstVal::Int(i));
        }
        if b.is_float() {
            let f = self.as_f64()?;
            if b == Basic::Float32 {
                if f.is_finite() && (f as f32).is_infinite() {
                    return None;
                }
                return Some(ConstVal::Float(f as f32 as f64));
            }
            if f.is_infinite() {
                return None;
            }
            return Some(ConstVal::Float(f));
        }
        match (self, b) {
            (ConstVal::Str(_), Basic::String | Basic::UntypedString) => Some(self.clone()),
            (ConstVal::Bool(_), Basic::Bool | Basic::UntypedBool) => Some(self.clone()),
            _ => None,
        }
    }

    /// The 64-bit pattern stored in a register for this constant of type `b`.
    pub fn bits(&self, b: Basic) -> u64 {
        match self {
            ConstVal::Bool(v) => *v as u64,
            ConstVal::Int(i) => {
                if b.is_float() {
                    let f = i.to_f64().unwrap_or(0.0);
                    return f.to_bits();
                }
                // two's complement truncation to 64 bits
                let m: BigInt = i & ((BigInt::from(1) << 64) - 1);
                m.to_u64().unwrap_or(0)
            }
            ConstVal::Float(f) => {
                if b.is_integer() {
                    *f as i64 as u64
                } else {
                    f.to_bits()
                }
            }
            ConstVal::Str(_) => 0,
        }
    }
}

/// Errors of constant arithmetic.
#[derive(Debug, PartialEq)]
pub enum ConstError {
    DivByZero,
    ShiftTooLarge,
    NegativeShift,
    Mismatch,
}

/// Evaluates `a op b` for constants of the same class. `int_div`: integer division
/// (both operands integer constants).
pub fn binary(op: BinOp, a: &ConstVal, b: &ConstVal, int_div: bool) -> Result<ConstVal, ConstError> {
    use ConstVal::*;
    Ok(match (a, b) {
        (Int(x), Int(y)) => match op {
            BinOp::Add => Int(x + y),
            BinOp::Sub => Int(x - y),
            BinOp::Mul => Int(x * y),
            BinOp::Div => {
                if y.is_zero() {
                    return Err(ConstError::DivByZero);
                }
                if int_div {
                    Int(x / y)
                } else {
                    Float(x.to_f64().unwrap_or(0.0) / y.to_f64().unwrap_or(1.0))
                }
            }
            BinOp::Rem => {
                if y.is_zero() {
                    return Err(ConstError::DivByZero);
                }
                Int(x % y)
            }
            BinOp::And => Int(x & y),
            BinOp::Or => Int(x | y),
            BinOp::Xor => Int(x ^ y),
            BinOp::AndNot => Int(x & !y),
            BinOp::Shl | BinOp::Shr => {
                if y.is_negative() {
                    return Err(ConstError::NegativeShift);
                }
                let n = y.to_u32().filter(|n| *n <= 10000).ok_or(ConstError::ShiftTooLarge)?;
                if op == BinOp::Shl {
                    Int(x << n)
                } else {
                    Int(x >> n)
                }
            }
            BinOp::Eq => Bool(x == y),
            BinOp::Ne => Bool(x != y),
            BinOp::Lt => Bool(x < y),
            BinOp::Le => Bool(x <= y),
            BinOp::Gt => Bool(x > y),
            BinOp::Ge => Bool(x >= y),
            _ => return Err(ConstError::Mismatch),
        },
        (Int(_), Float(_)) | (Float(_), Int(_)) | (Float(_), Float(_)) => {
            let (x, y) = (a.as_f64().unwrap_or(0.0), b.as_f64().unwrap_or(0.0));
            match op {
                BinOp::Add => Float(x + y),
                BinOp::Sub => Float(x - y),
                BinOp::Mul => Float(x * y),
                BinOp::Div => {
                    if y == 0.0 {
                        return Err(ConstError::DivByZero);
                    }
                    Float(x / y)
                }
                BinOp::Eq => Bool(x == y),
                BinOp::Ne => Bool(x != y),
                BinOp::Lt => Bool(x < y),
                BinOp::Le => Bool(x <= y),
                BinOp::Gt => Bool(x > y),
                BinOp::Ge => Bool(x >= y),
                _ => return Err(ConstError::Mismatch),
            }
        }
        (Str(x), Str(y)) => match op {
            BinOp::Add => {
                let mut s = x.clone();
                s.extend_from_slice(y);
                Str(s)
            }
            BinOp::Eq => Bool(x == y),
            BinOp::Ne => Bool(x != y),
            BinOp::Lt => Bool(x < y),
            BinOp::Le => Bool(x <= y),
            BinOp::Gt => Bool(x > y),
            BinOp::Ge => Bool(x >= y),
            _ => return Err(ConstError::Mismatch),
        },
        (Bool(x), Bool(y)) => match op {
            BinOp::LAnd => Bool(*x && *y),
            BinOp::LOr => Bool(*x || *y),
            BinOp::Eq => Bool(x == y),
            BinOp::Ne => Bool(x != y),
            _ => return Err(ConstError::Mismatch),
        },
        _ => return Err(ConstError::Mismatch),
    })
}

/// Truncates an integer constant to the width of `b` (two's complement), used for
/// `^x` on unsigned typed constants.
pub fn wrap_to(v: &BigInt, b: Basic) -> BigInt {
    let bits = b.bits();
    let m: BigInt = v & ((BigInt::from(1) << bits) - 1);
    if b.is_unsigned() {
        m
    } else if m >= (BigInt::from(1) << (bits - 1)) {
        m - (BigInt::from(1) << bits)
    } else {
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_integer_arithmetic() {
        let big = binary(BinOp::Shl, &ConstVal::int(1), &ConstVal::int(100), true).unwrap();
        let back = binary(BinOp::Shr, &big, &ConstVal::int(98), true).unwrap();
        assert_eq!(back, ConstVal::int(4));
        assert!(big.represent(Basic::Int64).is_none());
        assert_eq!(ConstVal::int(255).represent(Basic::Uint8), Some(ConstVal::int(255)));
        assert!(ConstVal::int(256).represent(Basic::Uint8).is_none());
        assert!(ConstVal::Float(1.5).represent(Basic::Int).is_none());
        assert_eq!(ConstVal::Float(2.0).represent(Basic::Int), Some(ConstVal::int(2)));
        assert_eq!(ConstVal::int(-1).bits(Basic::Int), u64::MAX);
        assert_eq!(
            binary(BinOp::Div, &ConstVal::int(7), &ConstVal::int(2), false).unwrap(),
            ConstVal::Float(3.5)
        );
        assert_eq!(wrap_to(&BigInt::from(-1), Basic::Uint8), BigInt::from(255));
    }
}
