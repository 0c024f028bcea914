package libm

import (
	"math"
	"math/big"
	"testing"
)

// Decimal expansions the double-length constants must agree with.
const (
	ln2Decimal  = "0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542"
	ln10Decimal = "2.302585092994045684017991454684364207601101488628772976033327900967572609677352480235997205089598298342"
	piDecimal   = "3.141592653589793238462643383279502884197169399375105820974944592307816406286208998628034825342117067982"
)

func bigOf(t *testing.T, s string) *big.Float {
	f, _, err := big.ParseFloat(s, 10, 400, big.ToNearestEven)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func sumOf(parts ...float64) *big.Float {
	s := new(big.Float).SetPrec(400)
	for _, p := range parts {
		s.Add(s, new(big.Float).SetFloat64(p))
	}
	return s
}

// relErr returns |got - want| / want as a float64.
func relErr(got, want *big.Float) float64 {
	d := new(big.Float).SetPrec(400).Sub(got, want)
	d.Quo(d, want)
	f, _ := d.Float64()
	return math.Abs(f)
}

// scaled returns n * 2**-bits.
func scaled(n *big.Int, bits int) *big.Float {
	f := new(big.Float).SetInt(n)
	return f.SetMantExp(f, -bits)
}

func TestConstants(t *testing.T) {
	twoOverPi, halfPi := hugePi()
	pio2 := new(big.Float).SetPrec(400).Quo(bigOf(t, piDecimal), big.NewFloat(2))
	for _, c := range []struct {
		name  string
		got   *big.Float
		want  *big.Float
		bound float64
	}{
		{"ln2", sumOf(ln2Hi, ln2Mid, ln2Lo), bigOf(t, ln2Decimal), 0x1p-160},
		{"ln10", sumOf(ln10Hi, ln10Lo), bigOf(t, ln10Decimal), 0x1p-105},
		{"pi/2", sumOf(pio2A, pio2B, pio2C, pio2D), pio2, 0x1p-210},
		{"fixedPi", scaled(fixedPi(1664), 1664), bigOf(t, piDecimal), 0x1p-330},
		{"oracleBigPi", oracleBigPi(), scaled(fixedPi(1664), 1664), 0x1p-1390},
		{"2/pi", scaled(twoOverPi, hugeFracBits), new(big.Float).SetPrec(400).Quo(big.NewFloat(2), bigOf(t, piDecimal)), 0x1p-330},
		{"pi/2", scaled(halfPi, halfPiBits), pio2, 0x1p-330},
		{"2/pi * pi/2", scaled(new(big.Int).Mul(twoOverPi, halfPi), hugeFracBits+halfPiBits), big.NewFloat(1), 0x1p-508},
	} {
		if e := relErr(c.got, c.want); e > c.bound {
			t.Errorf("%s: relative error %g, want at most %g", c.name, e, c.bound)
		}
	}
}

// TestAgainstIdentities checks results that are exact, or that identities pin down, so that a
// broken series or reduction shows up even without CPython.
func TestAgainstIdentities(t *testing.T) {
	pi := math.Pi // a variable: Go folds constant expressions like math.Pi/6 exactly, Python does not
	exact := []struct {
		name string
		got  float64
		want float64
	}{
		{"exp(0)", Exp(0), 1},
		{"log(1)", Log(1), 0},
		{"log2(1024)", Log2(1024), 10},
		{"log10(1000)", Log10(1000), 3},
		{"log10(1e-5)", Log10(1e-5), -5},
		{"pow(2, 10)", Pow(2, 10), 1024},
		{"pow(2, -3)", Pow(2, -3), 0.125},
		{"pow(-2, 3)", Pow(-2, 3), -8},
		{"pow(9, 0.5)", Pow(9, 0.5), 3},
		{"pow(1.5, 2)", Pow(1.5, 2), 2.25},
		{"pow(0.5, 1074)", Pow(0.5, 1074), 5e-324},
		{"exp2(-1074)", Exp2(-1074), 5e-324},
		{"exp2(0.5)", Exp2(0.5), math.Sqrt2},
		{"sin(pi/6)", Sin(pi / 6), 0.49999999999999994},
		{"cos(pi/3)", Cos(pi / 3), 0.5000000000000001},
		{"tan(pi/4)", Tan(pi / 4), 0.9999999999999999},
		{"atan(1)", Atan(1), math.Pi / 4},
		{"atan2(1, -1)", Atan2(1, -1), 3 * math.Pi / 4},
		{"atan2(1, 1e-310)", Atan2(1, 1e-310), math.Pi / 2},
		{"atan2(-1, -1e-310)", Atan2(-1, -1e-310), -math.Pi / 2},
		{"acos(-0.5)", Acos(-0.5), 2.0943951023931957},
		{"asin(1)", Asin(1), math.Pi / 2},
		{"exp(1)", Exp(1), math.E},
		{"log(e)", Log(math.E), 1},
		{"sinh(0)", Sinh(0), 0},
		{"tanh(30)", Tanh(30), 1},
		{"exp(710)", Exp(710), math.Inf(1)},
		{"exp(-746)", Exp(-746), 0},
	}
	for _, c := range exact {
		if c.got != c.want {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
	for _, x := range []float64{0.1, 0.7, 1.3, 3, 10, 1e5, 1e9, 1e15, 1e22, 1e300} {
		s, c := Sin(x), Cos(x)
		if d := s*s + c*c - 1; math.Abs(d) > 4e-16 {
			t.Errorf("sin²+cos² of %g is off by %g", x, d)
		}
	}
	if !math.IsNaN(Pow(-2, 0.5)) || !math.IsNaN(Log(-1)) || !math.IsNaN(Sin(math.Inf(1))) {
		t.Error("domain errors must give NaN")
	}
}

// FuzzPow checks Pow against exact arithmetic for integer exponents (where math/big computes
// the power exactly, so Pow must return its correctly rounded value), against exp(y*log|x|)
// computed in doubles for the rest, and that it never panics.
func FuzzPow(f *testing.F) {
	f.Add(1.05, 10.0)
	f.Add(-1.5, 7.0)
	f.Add(1e-300, 0.5)
	f.Fuzz(func(t *testing.T, x, y float64) {
		got, want := Pow(x, y), math.Pow(x, y)
		if math.IsNaN(want) != math.IsNaN(got) {
			t.Fatalf("Pow(%g, %g) = %g, math.Pow gives %g", x, y, got, want)
		}
		if math.IsNaN(want) || math.IsInf(want, 0) || want == 0 || math.Abs(want) < 0x1p-1000 || math.Abs(want) > 0x1p1000 {
			return
		}
		if y == math.Trunc(y) && math.Abs(y) <= 200 {
			exact := new(big.Float).SetPrec(20000).SetFloat64(1)
			b := new(big.Float).SetPrec(20000).SetFloat64(x)
			for i := 0; i < int(math.Abs(y)); i++ {
				exact.Mul(exact, b)
			}
			if y < 0 {
				exact.Quo(new(big.Float).SetPrec(20000).SetFloat64(1), exact)
			}
			if cr, _ := exact.Float64(); got != cr {
				t.Fatalf("Pow(%g, %g) = %g, correctly rounded is %g", x, y, got, cr)
			}
			return
		}
		// Go's math.Pow can be off by many ulps; exp(y*log|x|) in plain doubles is off by about
		// |y*log|x|| ulps, a known bound that catches gross errors of the double-double path.
		t0 := y * math.Log(math.Abs(x))
		ref := math.Exp(t0)
		if rel := math.Abs(math.Abs(got)-ref) / ref; rel > 4e-16*(4+math.Abs(t0)) {
			t.Fatalf("Pow(%g, %g) = %g, exp(y*log|x|) gives %g", x, y, got, ref)
		}
	})
}
