package pyfmt

import (
	"math/big"

	"github.com/asobiba/asobiba/runtime/internal/exactfloat"
)

// QuoFloat returns num/den rounded to the nearest float64 (ties to even, with subnormals
// and overflow to ±Inf as IEEE 754 has them), as big.Rat.Float64 does; den must not be 0.
//
// The quotient is taken to at least 65 bits, truncated and made odd when inexact ("round to
// odd"), which keeps enough of the lost bits that a single rounding to float64, which
// handles subnormals, rounds correctly. (big.Rat.Float64 would link fmt and big.Rat into the
// browser engine, issue #5.)
func QuoFloat(num, den *big.Int) float64 {
	if num.Sign() == 0 {
		return 0 // as a big.Rat's zero, which has no sign
	}
	a := new(big.Int).Abs(num)
	b := new(big.Int).Abs(den)
	shift := 65 - (a.BitLen() - b.BitLen())
	if shift > 0 {
		a.Lsh(a, uint(shift))
	} else {
		b.Lsh(b, uint(-shift))
	}
	q, r := a.QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 {
		q.SetBit(q, 0, 1)
	}
	if num.Sign() != den.Sign() {
		q.Neg(q)
	}
	return exactfloat.ToFloat(q, -shift)
}
