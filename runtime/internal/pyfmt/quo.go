package pyfmt

import "math/big"

// QuoFloat returns num/den rounded to the nearest float64 (ties to even, with subnormals
// and overflow to ±Inf as IEEE 754 has them), as big.Rat.Float64 does; den must not be 0.
//
// big.Rat.Float64 would do, but its internal consistency check formats a message with
// fmt.Sprintf, which would link fmt and reflect into the browser engine (issue #5). Here
// the quotient is taken to at least 65 bits, truncated and made odd when inexact ("round to
// odd"), which keeps enough of the lost bits that big.Float's single rounding to float64,
// which handles subnormals, rounds correctly.
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
	f := new(big.Float).SetInt(q) // exact: SetInt gives q all the precision it needs
	f.SetMantExp(f, -shift)
	if num.Sign() != den.Sign() {
		f.Neg(f)
	}
	v, _ := f.Float64()
	return v
}
