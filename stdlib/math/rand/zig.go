package rand

import "math"

// Normal and exponential variates by the ziggurat method (Marsaglia & Tsang,
// 2000), step for step as in Go so the sequences match. The tables are in
// zig_tables.go (tools/genzig).

const (
	rn = 3.442619855899       // start of the normal tail
	re = 7.69711747013104972 // start of the exponential tail
)

var wn, fn [128]float32
var we, fe [256]float32

func init() {
	for i := range wnBits {
		wn[i] = math.Float32frombits(wnBits[i])
		fn[i] = math.Float32frombits(fnBits[i])
	}
	for i := range weBits {
		we[i] = math.Float32frombits(weBits[i])
		fe[i] = math.Float32frombits(feBits[i])
	}
}

func absInt32(i int32) uint32 {
	if i < 0 {
		return uint32(-i)
	}
	return uint32(i)
}

// NormFloat64 returns a normally distributed float64 in the range
// [-math.MaxFloat64, +math.MaxFloat64] with standard normal distribution
// (mean = 0, stddev = 1).
func (r *Rand) NormFloat64() float64 {
	for {
		j := int32(r.Uint32()) // possibly negative
		i := j & 0x7F
		x := float64(j) * float64(wn[i])
		if absInt32(j) < kn[i] {
			return x // the common case: inside the strip's rectangle
		}
		if i == 0 {
			// The base strip: sample the tail beyond rn.
			for {
				x = -math.Log(r.Float64()) * (1.0 / rn)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return rn + x
			}
			return -rn - x
		}
		if fn[i]+float32(r.Float64())*(fn[i-1]-fn[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

// ExpFloat64 returns an exponentially distributed float64 in the range
// (0, +math.MaxFloat64] with rate parameter 1 and mean 1.
func (r *Rand) ExpFloat64() float64 {
	for {
		j := r.Uint32()
		i := j & 0xFF
		x := float64(j) * float64(we[i])
		if j < ke[i] {
			return x
		}
		if i == 0 {
			return re - math.Log(r.Float64())
		}
		if fe[i]+float32(r.Float64())*(fe[i-1]-fe[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}
