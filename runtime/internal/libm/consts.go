package libm

// Constants split into doubles whose sum is the exact value to about 160 bits or more.
var (
	ln2  = dd{0.6931471805599453, 2.3190468138462996e-17}
	ln10 = dd{2.302585092994046, -2.1707562233822494e-16}
	pio2 = dd{1.5707963267948966, 6.123233995736766e-17}
	pi   = dd{3.141592653589793, 1.2246467991473532e-16}

	// pio2Parts are four doubles summing to pi/2, for Cody-Waite reduction.
	pio2Parts = [4]float64{1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33, 5.562271104316826e-50}
)

// invFact[n] is 1/n! as a double-double.
var invFact [32]dd

func init() {
	f := 1.0
	for n := range invFact {
		if n > 0 {
			f *= float64(n)
		}
		// n! is exact in a double up to 22!; past that the terms are far below 2^-106.
		invFact[n] = div(ddFrom(1), ddFrom(f))
	}
}
