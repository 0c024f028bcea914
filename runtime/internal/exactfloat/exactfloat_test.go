package exactfloat

import (
	"math"
	"math/big"
	"math/rand"
	"testing"
)

// The oracles: what the engine computed with big.Float and big.Rat before this package.

func oracleToFloat(m *big.Int, exp int) float64 {
	f := new(big.Float).SetInt(m) // exact: SetInt gives f all the precision m needs
	f.SetMantExp(f, exp)
	v, _ := f.Float64()
	return v
}

func oracleRatio(x float64) (num, den *big.Int) {
	r := new(big.Rat).SetFloat64(x)
	return r.Num(), r.Denom()
}

func oracleTrunc(x float64) *big.Int {
	i, _ := big.NewFloat(x).Int(nil)
	return i
}

func oracleCmpInt(i *big.Int, x float64) int {
	return new(big.Rat).SetInt(i).Cmp(new(big.Rat).SetFloat64(x))
}

func checkToFloat(t *testing.T, m *big.Int, exp int) {
	t.Helper()
	want := oracleToFloat(m, exp)
	if got := ToFloat(m, exp); math.Float64bits(got) != math.Float64bits(want) {
		t.Errorf("ToFloat(%v, %d) = %v (%#x), want %v (%#x)", m, exp, got, math.Float64bits(got), want, math.Float64bits(want))
	}
}

func checkFloat(t *testing.T, x float64) {
	t.Helper()
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return
	}
	num, den := Ratio(x)
	wnum, wden := oracleRatio(x)
	if num.Cmp(wnum) != 0 || den.Cmp(wden) != 0 {
		t.Errorf("Ratio(%v) = %v/%v, want %v/%v", x, num, den, wnum, wden)
	}
	if got, want := Trunc(x), oracleTrunc(x); got.Cmp(want) != 0 {
		t.Errorf("Trunc(%v) = %v, want %v", x, got, want)
	}
	mant, exp := Parts(x)
	if back := ToFloat(big.NewInt(mant), exp); back != x || math.Signbit(back) != math.Signbit(x) && x != 0 {
		t.Errorf("Parts(%v) = %d, %d, which is %v", x, mant, exp, back)
	}
	if mant != 0 && mant%2 == 0 {
		t.Errorf("Parts(%v): mantissa %d is even", x, mant)
	}
	// Integers at, next to and far from x.
	tr := Trunc(x)
	for _, d := range []int64{-2, -1, 0, 1, 2} {
		i := new(big.Int).Add(tr, big.NewInt(d))
		if got, want := CmpInt(i, x), oracleCmpInt(i, x); got != want {
			t.Errorf("CmpInt(%v, %v) = %d, want %d", i, x, got, want)
		}
	}
}

func pow2(n int) *big.Int { return new(big.Int).Lsh(big.NewInt(1), uint(n)) }

// TestToFloatEdges covers ties, the largest float and overflow, and every way of rounding at
// the bottom of the subnormal range.
func TestToFloatEdges(t *testing.T) {
	one := big.NewInt(1)
	add := func(a, b *big.Int) *big.Int { return new(big.Int).Add(a, b) }
	sub := func(a, b *big.Int) *big.Int { return new(big.Int).Sub(a, b) }
	cases := []*big.Int{
		big.NewInt(0), one, big.NewInt(-1), big.NewInt(3), big.NewInt(-3),
		add(pow2(53), one), add(pow2(53), big.NewInt(3)), add(pow2(54), big.NewInt(2)),
		sub(pow2(53), one), pow2(63), sub(pow2(64), one), add(pow2(64), one), pow2(64),
		add(pow2(100), pow2(47)), add(add(pow2(100), pow2(47)), one), add(pow2(100), pow2(48)),
		sub(pow2(1024), pow2(970)), sub(pow2(1024), pow2(969)), sub(pow2(1024), pow2(971)),
		pow2(1024), sub(pow2(1024), one), pow2(5000),
	}
	for _, m := range cases {
		for _, exp := range []int{0, -1, 1, -1074, -1075, -1076, -1100, -1127, -1128, -1129, -2000, -1022, -1023, -52, -53, 970, 971, 1023, 1024} {
			checkToFloat(t, m, exp)
			checkToFloat(t, new(big.Int).Neg(m), exp)
		}
	}
	// Every m of a few bits at every exponent around the subnormal range and overflow.
	for m := int64(1); m < 64; m++ {
		for exp := -1085; exp < -1015; exp++ {
			checkToFloat(t, big.NewInt(m), exp)
			checkToFloat(t, big.NewInt(-m), exp)
		}
		for exp := 1015; exp < 1030; exp++ {
			checkToFloat(t, big.NewInt(m), exp)
		}
	}
}

// randomMantissa returns an integer of n bits whose low bits are often a tie, or just off one.
func randomMantissa(r *rand.Rand, n int) *big.Int {
	m := new(big.Int).Rand(r, pow2(n))
	m.SetBit(m, n-1, 1)
	if n > 56 && r.Intn(2) == 0 {
		cut := r.Intn(n - 2)
		m.Rsh(m, uint(cut)).Lsh(m, uint(cut)) // zeros below cut
		if cut > 0 && r.Intn(2) == 0 {
			m.SetBit(m, cut-1, 1) // a half, possibly exactly a tie
		}
		if r.Intn(4) == 0 {
			m.Add(m, big.NewInt(int64(r.Intn(3))-1))
		}
	}
	return m
}

func TestToFloatRandom(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for range 100000 {
		n := r.Intn(200) + 1
		if r.Intn(8) == 0 {
			n = r.Intn(3000) + 1
		}
		m := randomMantissa(r, n)
		if r.Intn(2) == 0 {
			m.Neg(m)
		}
		var exp int
		switch r.Intn(4) {
		case 0: // around the subnormal range
			exp = -1074 - n + r.Intn(120) - 60
		case 1: // around overflow
			exp = 1024 - n + r.Intn(10) - 5
		default:
			exp = r.Intn(2400) - 1200 - n/2
		}
		checkToFloat(t, m, exp)
	}
}

func TestFloatConversions(t *testing.T) {
	for _, x := range []float64{
		0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 1.5, -1.5, 2.5, 0.1, -0.1, 1e300, -1e300,
		math.MaxFloat64, -math.MaxFloat64, math.SmallestNonzeroFloat64, -math.SmallestNonzeroFloat64,
		0x1p-1022, 0x1p-1023, 0x1.fffffffffffffp-1023, 0x1p52, 0x1p52 + 0.5, 0x1p53, 0x1p63, -0x1p63,
		0x1p64, 9007199254740993, 4503599627370495.5, -4503599627370495.5, 1e-320,
	} {
		checkFloat(t, x)
	}
	r := rand.New(rand.NewSource(2))
	for range 100000 {
		checkFloat(t, math.Float64frombits(r.Uint64()))
	}
	for range 20000 {
		checkFloat(t, float64(r.Int63()>>r.Intn(63))*math.Pow(2, float64(r.Intn(80)-40)))
	}
}

// FuzzToFloat compares ToFloat with big.Float on any mantissa and exponent.
func FuzzToFloat(f *testing.F) {
	f.Add([]byte{1}, 0, false)
	f.Add([]byte{0x20, 0, 0, 0, 0, 0, 0, 1}, -1130, true)
	f.Add([]byte{0x1f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x80}, 960, false)
	f.Fuzz(func(t *testing.T, data []byte, exp int, neg bool) {
		if exp < -100000 || exp > 100000 || len(data) > 1000 {
			return
		}
		m := new(big.Int).SetBytes(data)
		if neg {
			m.Neg(m)
		}
		checkToFloat(t, m, exp)
	})
}

// FuzzFloat compares Ratio, Trunc, Parts and CmpInt with big.Rat and big.Float on any float.
func FuzzFloat(f *testing.F) {
	f.Add(uint64(0))
	f.Add(uint64(1))
	f.Add(math.Float64bits(-2.5))
	f.Fuzz(func(t *testing.T, b uint64) {
		checkFloat(t, math.Float64frombits(b))
	})
}
