package cmath

import "math"

// The special-value tables of CPython's cmath module (C99 Annex G): for an argument whose
// real or imaginary part is infinite or NaN, the result is looked up by the kinds of the
// two parts instead of computed.

// kind classifies a float for the tables.
type kind int

const (
	kNegInf kind = iota
	kNeg
	kNegZero
	kPosZero
	kPos
	kPosInf
	kNaN
)

func kindOf(d float64) kind {
	switch {
	case math.IsNaN(d):
		return kNaN
	case math.IsInf(d, 1):
		return kPosInf
	case math.IsInf(d, -1):
		return kNegInf
	case d == 0 && math.Signbit(d):
		return kNegZero
	case d == 0:
		return kPosZero
	case d < 0:
		return kNeg
	}
	return kPos
}

// table is a 7x7 table of special values indexed by the kinds of the real and imaginary
// parts. Its entries are codes (see val), not floats, so that the tables are constant data:
// written with the floats, the eleven tables were a 60 KB function run at start-up in the
// browser engine.
type table [7][7][2]val

func (t *table) at(z complex128) complex128 {
	return t.entry(kindOf(real(z)), kindOf(imag(z)))
}

// entry returns the value at the given kinds of the real and imaginary parts.
func (t *table) entry(re, im kind) complex128 {
	e := &t[re][im]
	return complex(e[0].float(), e[1].float())
}

// val codes a float of the tables. The codes 0 and 1 stand for 0.0 and 1.0, and a negative
// code for the negation of the value of its opposite, so that an entry reads like the float
// it codes (-inf, -p12, -1).
type val int8

const (
	_       val = iota // 0.0
	_                  // 1.0
	inf                // +Inf
	nan                // NaN
	p                  // π
	p14                // π/4
	p12                // π/2
	p34                // 3π/4
	negZero            // -0.0
	// u marks entries that are never used (finite arguments are computed).
	u
)

// float returns the float v codes.
func (v val) float() float64 {
	if v < 0 {
		return -(-v).float()
	}
	switch v {
	case 0:
		return 0
	case 1:
		return 1
	case inf:
		return math.Inf(1)
	case nan:
		return math.NaN()
	case p:
		return math.Pi
	case p14:
		return 0.25 * math.Pi
	case p12:
		return 0.5 * math.Pi
	case p34:
		return 0.75 * math.Pi
	case negZero:
		return math.Copysign(0, -1)
	}
	return -9.5426319407711027e33
}

var acosSpecial = table{
	{{p34, inf}, {p, inf}, {p, inf}, {p, -inf}, {p, -inf}, {p34, -inf}, {nan, inf}},
	{{p12, inf}, {u, u}, {u, u}, {u, u}, {u, u}, {p12, -inf}, {nan, nan}},
	{{p12, inf}, {u, u}, {p12, 0}, {p12, negZero}, {u, u}, {p12, -inf}, {p12, nan}},
	{{p12, inf}, {u, u}, {p12, 0}, {p12, negZero}, {u, u}, {p12, -inf}, {p12, nan}},
	{{p12, inf}, {u, u}, {u, u}, {u, u}, {u, u}, {p12, -inf}, {nan, nan}},
	{{p14, inf}, {0, inf}, {0, inf}, {0, -inf}, {0, -inf}, {p14, -inf}, {nan, inf}},
	{{nan, inf}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, -inf}, {nan, nan}},
}

var acoshSpecial = table{
	{{inf, -p34}, {inf, -p}, {inf, -p}, {inf, p}, {inf, p}, {inf, p34}, {inf, nan}},
	{{inf, -p12}, {u, u}, {u, u}, {u, u}, {u, u}, {inf, p12}, {nan, nan}},
	{{inf, -p12}, {u, u}, {0, -p12}, {0, p12}, {u, u}, {inf, p12}, {nan, nan}},
	{{inf, -p12}, {u, u}, {0, -p12}, {0, p12}, {u, u}, {inf, p12}, {nan, nan}},
	{{inf, -p12}, {u, u}, {u, u}, {u, u}, {u, u}, {inf, p12}, {nan, nan}},
	{{inf, -p14}, {inf, negZero}, {inf, negZero}, {inf, 0}, {inf, 0}, {inf, p14}, {inf, nan}},
	{{inf, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {inf, nan}, {nan, nan}},
}

var asinhSpecial = table{
	{{-inf, -p14}, {-inf, negZero}, {-inf, negZero}, {-inf, 0}, {-inf, 0}, {-inf, p14}, {-inf, nan}},
	{{-inf, -p12}, {u, u}, {u, u}, {u, u}, {u, u}, {-inf, p12}, {nan, nan}},
	{{-inf, -p12}, {u, u}, {negZero, negZero}, {negZero, 0}, {u, u}, {-inf, p12}, {nan, nan}},
	{{inf, -p12}, {u, u}, {0, negZero}, {0, 0}, {u, u}, {inf, p12}, {nan, nan}},
	{{inf, -p12}, {u, u}, {u, u}, {u, u}, {u, u}, {inf, p12}, {nan, nan}},
	{{inf, -p14}, {inf, negZero}, {inf, negZero}, {inf, 0}, {inf, 0}, {inf, p14}, {inf, nan}},
	{{inf, nan}, {nan, nan}, {nan, negZero}, {nan, 0}, {nan, nan}, {inf, nan}, {nan, nan}},
}

var atanhSpecial = table{
	{{negZero, -p12}, {negZero, -p12}, {negZero, -p12}, {negZero, p12}, {negZero, p12}, {negZero, p12}, {negZero, nan}},
	{{negZero, -p12}, {u, u}, {u, u}, {u, u}, {u, u}, {negZero, p12}, {nan, nan}},
	{{negZero, -p12}, {u, u}, {negZero, negZero}, {negZero, 0}, {u, u}, {negZero, p12}, {negZero, nan}},
	{{0, -p12}, {u, u}, {0, negZero}, {0, 0}, {u, u}, {0, p12}, {0, nan}},
	{{0, -p12}, {u, u}, {u, u}, {u, u}, {u, u}, {0, p12}, {nan, nan}},
	{{0, -p12}, {0, -p12}, {0, -p12}, {0, p12}, {0, p12}, {0, p12}, {0, nan}},
	{{0, -p12}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {0, p12}, {nan, nan}},
}

var coshSpecial = table{
	{{inf, nan}, {u, u}, {inf, 0}, {inf, negZero}, {u, u}, {inf, nan}, {inf, nan}},
	{{nan, nan}, {u, u}, {u, u}, {u, u}, {u, u}, {nan, nan}, {nan, nan}},
	{{nan, 0}, {u, u}, {1, 0}, {1, negZero}, {u, u}, {nan, 0}, {nan, 0}},
	{{nan, 0}, {u, u}, {1, negZero}, {1, 0}, {u, u}, {nan, 0}, {nan, 0}},
	{{nan, nan}, {u, u}, {u, u}, {u, u}, {u, u}, {nan, nan}, {nan, nan}},
	{{inf, nan}, {u, u}, {inf, negZero}, {inf, 0}, {u, u}, {inf, nan}, {inf, nan}},
	{{nan, nan}, {nan, nan}, {nan, 0}, {nan, 0}, {nan, nan}, {nan, nan}, {nan, nan}},
}

var expSpecial = table{
	{{0, 0}, {u, u}, {0, negZero}, {0, 0}, {u, u}, {0, 0}, {0, 0}},
	{{nan, nan}, {u, u}, {u, u}, {u, u}, {u, u}, {nan, nan}, {nan, nan}},
	{{nan, nan}, {u, u}, {1, negZero}, {1, 0}, {u, u}, {nan, nan}, {nan, nan}},
	{{nan, nan}, {u, u}, {1, negZero}, {1, 0}, {u, u}, {nan, nan}, {nan, nan}},
	{{nan, nan}, {u, u}, {u, u}, {u, u}, {u, u}, {nan, nan}, {nan, nan}},
	{{inf, nan}, {u, u}, {inf, negZero}, {inf, 0}, {u, u}, {inf, nan}, {inf, nan}},
	{{nan, nan}, {nan, nan}, {nan, negZero}, {nan, 0}, {nan, nan}, {nan, nan}, {nan, nan}},
}

var logSpecial = table{
	{{inf, -p34}, {inf, -p}, {inf, -p}, {inf, p}, {inf, p}, {inf, p34}, {inf, nan}},
	{{inf, -p12}, {u, u}, {u, u}, {u, u}, {u, u}, {inf, p12}, {nan, nan}},
	{{inf, -p12}, {u, u}, {-inf, -p}, {-inf, p}, {u, u}, {inf, p12}, {nan, nan}},
	{{inf, -p12}, {u, u}, {-inf, negZero}, {-inf, 0}, {u, u}, {inf, p12}, {nan, nan}},
	{{inf, -p12}, {u, u}, {u, u}, {u, u}, {u, u}, {inf, p12}, {nan, nan}},
	{{inf, -p14}, {inf, negZero}, {inf, negZero}, {inf, 0}, {inf, 0}, {inf, p14}, {inf, nan}},
	{{inf, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {inf, nan}, {nan, nan}},
}

var sinhSpecial = table{
	{{inf, nan}, {u, u}, {-inf, negZero}, {-inf, 0}, {u, u}, {inf, nan}, {inf, nan}},
	{{nan, nan}, {u, u}, {u, u}, {u, u}, {u, u}, {nan, nan}, {nan, nan}},
	{{0, nan}, {u, u}, {negZero, negZero}, {negZero, 0}, {u, u}, {0, nan}, {0, nan}},
	{{0, nan}, {u, u}, {0, negZero}, {0, 0}, {u, u}, {0, nan}, {0, nan}},
	{{nan, nan}, {u, u}, {u, u}, {u, u}, {u, u}, {nan, nan}, {nan, nan}},
	{{inf, nan}, {u, u}, {inf, negZero}, {inf, 0}, {u, u}, {inf, nan}, {inf, nan}},
	{{nan, nan}, {nan, nan}, {nan, negZero}, {nan, 0}, {nan, nan}, {nan, nan}, {nan, nan}},
}

var sqrtSpecial = table{
	{{inf, -inf}, {0, -inf}, {0, -inf}, {0, inf}, {0, inf}, {inf, inf}, {nan, inf}},
	{{inf, -inf}, {u, u}, {u, u}, {u, u}, {u, u}, {inf, inf}, {nan, nan}},
	{{inf, -inf}, {u, u}, {0, negZero}, {0, 0}, {u, u}, {inf, inf}, {nan, nan}},
	{{inf, -inf}, {u, u}, {0, negZero}, {0, 0}, {u, u}, {inf, inf}, {nan, nan}},
	{{inf, -inf}, {u, u}, {u, u}, {u, u}, {u, u}, {inf, inf}, {nan, nan}},
	{{inf, -inf}, {inf, negZero}, {inf, negZero}, {inf, 0}, {inf, 0}, {inf, inf}, {inf, nan}},
	{{inf, -inf}, {nan, nan}, {nan, nan}, {nan, nan}, {nan, nan}, {inf, inf}, {nan, nan}},
}

var tanhSpecial = table{
	{{-1, 0}, {u, u}, {-1, negZero}, {-1, 0}, {u, u}, {-1, 0}, {-1, 0}},
	{{nan, nan}, {u, u}, {u, u}, {u, u}, {u, u}, {nan, nan}, {nan, nan}},
	{{nan, nan}, {u, u}, {negZero, negZero}, {negZero, 0}, {u, u}, {nan, nan}, {nan, nan}},
	{{nan, nan}, {u, u}, {0, negZero}, {0, 0}, {u, u}, {nan, nan}, {nan, nan}},
	{{nan, nan}, {u, u}, {u, u}, {u, u}, {u, u}, {nan, nan}, {nan, nan}},
	{{1, 0}, {u, u}, {1, negZero}, {1, 0}, {u, u}, {1, 0}, {1, 0}},
	{{nan, nan}, {nan, nan}, {nan, negZero}, {nan, 0}, {nan, nan}, {nan, nan}, {nan, nan}},
}

var rectSpecial = table{
	{{inf, nan}, {u, u}, {-inf, 0}, {-inf, negZero}, {u, u}, {inf, nan}, {inf, nan}},
	{{nan, nan}, {u, u}, {u, u}, {u, u}, {u, u}, {nan, nan}, {nan, nan}},
	{{0, 0}, {u, u}, {negZero, 0}, {negZero, negZero}, {u, u}, {0, 0}, {0, 0}},
	{{0, 0}, {u, u}, {0, negZero}, {0, 0}, {u, u}, {0, 0}, {0, 0}},
	{{nan, nan}, {u, u}, {u, u}, {u, u}, {u, u}, {nan, nan}, {nan, nan}},
	{{inf, nan}, {u, u}, {inf, negZero}, {inf, 0}, {u, u}, {inf, nan}, {inf, nan}},
	{{nan, nan}, {nan, nan}, {nan, 0}, {nan, 0}, {nan, nan}, {nan, nan}, {nan, nan}},
}
