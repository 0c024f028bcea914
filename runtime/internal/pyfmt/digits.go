package pyfmt

import (
	"math/big"
	"math/bits"
)

// ParseDigits returns the integer written with digits in base (2 to 36), or false if digits
// is empty or holds a character that is not a digit of base. It does what big.Int.SetString
// does with an explicit base and no sign, but without reaching fmt: SetString's scanner
// formats a message with fmt.Sprintf, which would link fmt and reflect into the browser
// engine (issue #5). Like SetString's scanner, it takes the digits a machine word at a time.
func ParseDigits(digits string, base int) (*big.Int, bool) {
	if len(digits) == 0 || base < 2 || base > 36 {
		return nil, false
	}
	// chunk is the most digits whose value fits in a word; scale is base**chunk.
	chunk, scale := 0, uint(1)
	for {
		hi, lo := bits.Mul(scale, uint(base))
		if hi != 0 {
			break
		}
		scale = lo
		chunk++
	}
	// Room for the result up front, so that the products do not reallocate as they grow; t,
	// distinct from z, lets Mul and Add work in place.
	words := len(digits)/chunk + 2
	z := new(big.Int).SetBits(make([]big.Word, 0, words))
	var word, step, t big.Int
	t.SetBits(make([]big.Word, 0, words))
	for i := 0; i < len(digits); i += chunk {
		part := digits[i:min(i+chunk, len(digits))]
		w, mul := uint(0), uint(1)
		for j := 0; j < len(part); j++ {
			d := digitValue(part[j])
			if d >= base {
				return nil, false
			}
			w = w*uint(base) + uint(d)
			mul *= uint(base)
		}
		if i == 0 {
			z.SetUint64(uint64(w))
			continue
		}
		step.SetUint64(uint64(mul))
		word.SetUint64(uint64(w))
		t.Mul(z, &step)
		z.Add(&t, &word)
	}
	return z, true
}

// digitValue returns the value of an ASCII digit or letter (a and A are 10), or 36 for any
// other byte.
func digitValue(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'a' <= c && c <= 'z':
		return int(c-'a') + 10
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	return 36
}
