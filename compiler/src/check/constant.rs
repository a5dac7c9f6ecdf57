//! Compile-time constant values with Go's semantics: integer and floating-point
//! constants are exact (arbitrary-precision integers and rationals, so
//! `0.1 + 0.2 == 0.3` holds as in Go), typed float constants are rounded to their
//! type, and representability in a typed context is checked when a constant meets
//! a type.

use super::types::Basic;
use crate::syntax::ast::BinOp;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{Signed, ToPrimitive, Zero};

#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    Bool(bool),
    Int(BigInt),
    /// An exact rational value.
    Float(BigRational),
    Str(Vec<u8>),
}

impl ConstVal {
    pub fn int(v: i64) -> ConstVal {
        ConstVal::Int(BigInt::from(v))
    }

    /// A float constant from an f64 (exact).
    pub fn float(f: f64) -> ConstVal {
        ConstVal::Float(BigRational::from_float(f).unwrap_or_default())
    }

    pub fn as_f64(&self) -> Option<f64> {
        match self {
            ConstVal::Int(i) => i.to_f64(),
            ConstVal::Float(f) => f.to_f64(),
            _ => None,
        }
    }

    fn as_rational(&self) -> Option<BigRational> {
        match self {
            ConstVal::Int(i) => Some(BigRational::from_integer(i.clone())),
            ConstVal::Float(f) => Some(f.clone()),
            _ => None,
        }
    }

    /// The value as an exact integer, if it is one (floats with no fraction count).
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            ConstVal::Int(i) => Some(i.clone()),
            ConstVal::Float(f) if f.is_integer() => Some(f.to_integer()),
            _ => None,
        }
    }

    /// Go's spelling of the value in messages (`300`, `1.5`, `"hi"`, `true`).
    pub fn describe(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(r) => {
                if r.is_integer() {
                    r.to_integer().to_string()
                } else {
                    let f = r.to_f64().unwrap_or(0.0);
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
                (
                    -(BigInt::from(1) << (bits - 1)),
                    (BigInt::from(1) << (bits - 1)) - 1,
                )
            };
            if i < lo || i > hi {
                return None;
            }
            return Some(ConstVal::Int(i));
        }
        if b.is_float() {
            let f = self.as_f64()?;
            if b == Basic::UntypedFloat {
                return Some(ConstVal::Float(self.as_rational()?));
            }
            if b == Basic::Float32 {
                if f.is_finite() && (f as f32).is_infinite() {
                    return None;
                }
                return Some(ConstVal::float(f as f32 as f64));
            }
            if f.is_infinite() {
                return None;
            }
            return Some(ConstVal::float(f));
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
                    f.to_integer().to_i64().unwrap_or(0) as u64
                } else {
                    f.to_f64().unwrap_or(0.0).to_bits()
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
pub fn binary(
    op: BinOp,
    a: &ConstVal,
    b: &ConstVal,
    int_div: bool,
) -> Result<ConstVal, ConstError> {
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
                    Float(BigRational::new(x.clone(), y.clone()))
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
                let n = y
                    .to_u32()
                    .filter(|n| *n <= 10000)
                    .ok_or(ConstError::ShiftTooLarge)?;
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
            let (x, y) = (
                a.as_rational().unwrap_or_default(),
                b.as_rational().unwrap_or_default(),
            );
            match op {
                BinOp::Add => Float(x + y),
                BinOp::Sub => Float(x - y),
                BinOp::Mul => Float(x * y),
                BinOp::Div => {
                    if y.is_zero() {
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
        assert_eq!(
            ConstVal::int(255).represent(Basic::Uint8),
            Some(ConstVal::int(255))
        );
        assert!(ConstVal::int(256).represent(Basic::Uint8).is_none());
        assert!(ConstVal::float(1.5).represent(Basic::Int).is_none());
        assert_eq!(
            ConstVal::float(2.0).represent(Basic::Int),
            Some(ConstVal::int(2))
        );
        let tenth = crate::check::expr::parse_float_lit("0.1").unwrap();
        let sum = binary(
            BinOp::Add,
            &tenth,
            &crate::check::expr::parse_float_lit("0.2").unwrap(),
            false,
        )
        .unwrap();
        let three = crate::check::expr::parse_float_lit("0.3").unwrap();
        assert_eq!(
            binary(BinOp::Eq, &sum, &three, false).unwrap(),
            ConstVal::Bool(true)
        );
        assert_eq!(
            crate::check::expr::parse_float_lit("1e3").unwrap().as_f64(),
            Some(1000.0)
        );
        assert_eq!(
            crate::check::expr::parse_float_lit("0x1p-2")
                .unwrap()
                .as_f64(),
            Some(0.25)
        );
        assert_eq!(ConstVal::int(-1).bits(Basic::Int), u64::MAX);
        assert_eq!(
            binary(BinOp::Div, &ConstVal::int(7), &ConstVal::int(2), false).unwrap(),
            ConstVal::float(3.5)
        );
        assert_eq!(wrap_to(&BigInt::from(-1), Basic::Uint8), BigInt::from(255));
    }
}
