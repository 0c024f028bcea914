package cmath

import (
	"math"
	"sync"
)

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
// parts.
type table [7][7]complex128

func (t *table) at(z complex128) complex128 {
	return t[kindOf(real(z))][kindOf(imag(z))]
}

var (
	inf = math.Inf(1)
	nan = math.NaN()
	p   = math.Pi
	p14 = 0.25 * math.Pi
	p12 = 0.5 * math.Pi
	p34 = 0.75 * math.Pi
	// u marks entries that are never used (finite arguments are computed).
	u = -9.5426319407711027e33
)

// lazyTable returns a function that builds a table the first time it is called and returns
// it from then on: the tables cost the engine's start-up time (NaN and the infinities are no
// constants, so they would be filled in by the package's initialisation) while few
// programs import cmath, fewer still with special values.
func lazyTable(build func() table) func() *table {
	return sync.OnceValue(func() *table {
		t := build()
		return &t
	})
}

// c builds a table entry.
func c(re, im float64) complex128 { return complex(re, im) }

var negZero = math.Copysign(0, -1)

var acosSpecial = lazyTable(func() table {
	return table{
		{c(p34, inf), c(p, inf), c(p, inf), c(p, -inf), c(p, -inf), c(p34, -inf), c(nan, inf)},
		{c(p12, inf), c(u, u), c(u, u), c(u, u), c(u, u), c(p12, -inf), c(nan, nan)},
		{c(p12, inf), c(u, u), c(p12, 0), c(p12, negZero), c(u, u), c(p12, -inf), c(p12, nan)},
		{c(p12, inf), c(u, u), c(p12, 0), c(p12, negZero), c(u, u), c(p12, -inf), c(p12, nan)},
		{c(p12, inf), c(u, u), c(u, u), c(u, u), c(u, u), c(p12, -inf), c(nan, nan)},
		{c(p14, inf), c(0, inf), c(0, inf), c(0, -inf), c(0, -inf), c(p14, -inf), c(nan, inf)},
		{c(nan, inf), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, -inf), c(nan, nan)},
	}
})

var acoshSpecial = lazyTable(func() table {
	return table{
		{c(inf, -p34), c(inf, -p), c(inf, -p), c(inf, p), c(inf, p), c(inf, p34), c(inf, nan)},
		{c(inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(0, -p12), c(0, p12), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(0, -p12), c(0, p12), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p14), c(inf, negZero), c(inf, negZero), c(inf, 0), c(inf, 0), c(inf, p14), c(inf, nan)},
		{c(inf, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(inf, nan), c(nan, nan)},
	}
})

var asinhSpecial = lazyTable(func() table {
	return table{
		{c(-inf, -p14), c(-inf, negZero), c(-inf, negZero), c(-inf, 0), c(-inf, 0), c(-inf, p14), c(-inf, nan)},
		{c(-inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(-inf, p12), c(nan, nan)},
		{c(-inf, -p12), c(u, u), c(negZero, negZero), c(negZero, 0), c(u, u), c(-inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p14), c(inf, negZero), c(inf, negZero), c(inf, 0), c(inf, 0), c(inf, p14), c(inf, nan)},
		{c(inf, nan), c(nan, nan), c(nan, negZero), c(nan, 0), c(nan, nan), c(inf, nan), c(nan, nan)},
	}
})

var atanhSpecial = lazyTable(func() table {
	return table{
		{c(negZero, -p12), c(negZero, -p12), c(negZero, -p12), c(negZero, p12), c(negZero, p12), c(negZero, p12), c(negZero, nan)},
		{c(negZero, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(negZero, p12), c(nan, nan)},
		{c(negZero, -p12), c(u, u), c(negZero, negZero), c(negZero, 0), c(u, u), c(negZero, p12), c(negZero, nan)},
		{c(0, -p12), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(0, p12), c(0, nan)},
		{c(0, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(0, p12), c(nan, nan)},
		{c(0, -p12), c(0, -p12), c(0, -p12), c(0, p12), c(0, p12), c(0, p12), c(0, nan)},
		{c(0, -p12), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(0, p12), c(nan, nan)},
	}
})

var coshSpecial = lazyTable(func() table {
	return table{
		{c(inf, nan), c(u, u), c(inf, 0), c(inf, negZero), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, 0), c(u, u), c(1, 0), c(1, negZero), c(u, u), c(nan, 0), c(nan, 0)},
		{c(nan, 0), c(u, u), c(1, negZero), c(1, 0), c(u, u), c(nan, 0), c(nan, 0)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(inf, nan), c(u, u), c(inf, negZero), c(inf, 0), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(nan, nan), c(nan, 0), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
	}
})

var expSpecial = lazyTable(func() table {
	return table{
		{c(0, 0), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(0, 0), c(0, 0)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(1, negZero), c(1, 0), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(1, negZero), c(1, 0), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(inf, nan), c(u, u), c(inf, negZero), c(inf, 0), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(nan, nan), c(nan, negZero), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
	}
})

var logSpecial = lazyTable(func() table {
	return table{
		{c(inf, -p34), c(inf, -p), c(inf, -p), c(inf, p), c(inf, p), c(inf, p34), c(inf, nan)},
		{c(inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(-inf, -p), c(-inf, p), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(-inf, negZero), c(-inf, 0), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p12), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, p12), c(nan, nan)},
		{c(inf, -p14), c(inf, negZero), c(inf, negZero), c(inf, 0), c(inf, 0), c(inf, p14), c(inf, nan)},
		{c(inf, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(inf, nan), c(nan, nan)},
	}
})

var sinhSpecial = lazyTable(func() table {
	return table{
		{c(inf, nan), c(u, u), c(-inf, negZero), c(-inf, 0), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(0, nan), c(u, u), c(negZero, negZero), c(negZero, 0), c(u, u), c(0, nan), c(0, nan)},
		{c(0, nan), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(0, nan), c(0, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(inf, nan), c(u, u), c(inf, negZero), c(inf, 0), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(nan, nan), c(nan, negZero), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
	}
})

var sqrtSpecial = lazyTable(func() table {
	return table{
		{c(inf, -inf), c(0, -inf), c(0, -inf), c(0, inf), c(0, inf), c(inf, inf), c(nan, inf)},
		{c(inf, -inf), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, inf), c(nan, nan)},
		{c(inf, -inf), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(inf, inf), c(nan, nan)},
		{c(inf, -inf), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(inf, inf), c(nan, nan)},
		{c(inf, -inf), c(u, u), c(u, u), c(u, u), c(u, u), c(inf, inf), c(nan, nan)},
		{c(inf, -inf), c(inf, negZero), c(inf, negZero), c(inf, 0), c(inf, 0), c(inf, inf), c(inf, nan)},
		{c(inf, -inf), c(nan, nan), c(nan, nan), c(nan, nan), c(nan, nan), c(inf, inf), c(nan, nan)},
	}
})

var tanhSpecial = lazyTable(func() table {
	return table{
		{c(-1, 0), c(u, u), c(-1, negZero), c(-1, 0), c(u, u), c(-1, 0), c(-1, 0)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(negZero, negZero), c(negZero, 0), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(nan, nan), c(nan, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(1, 0), c(u, u), c(1, negZero), c(1, 0), c(u, u), c(1, 0), c(1, 0)},
		{c(nan, nan), c(nan, nan), c(nan, negZero), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
	}
})

var rectSpecial = lazyTable(func() table {
	return table{
		{c(inf, nan), c(u, u), c(-inf, 0), c(-inf, negZero), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(0, 0), c(u, u), c(negZero, 0), c(negZero, negZero), c(u, u), c(0, 0), c(0, 0)},
		{c(0, 0), c(u, u), c(0, negZero), c(0, 0), c(u, u), c(0, 0), c(0, 0)},
		{c(nan, nan), c(u, u), c(u, u), c(u, u), c(u, u), c(nan, nan), c(nan, nan)},
		{c(inf, nan), c(u, u), c(inf, negZero), c(inf, 0), c(u, u), c(inf, nan), c(inf, nan)},
		{c(nan, nan), c(nan, nan), c(nan, 0), c(nan, 0), c(nan, nan), c(nan, nan), c(nan, nan)},
	}
})
