package libm

// Coefficient tables of the series, as double-double constants computed once at start-up
// (a few dozen divisions), so that the series are evaluated by Horner's rule with no division.

// invFactorial[n] is 1/n!.
var invFactorial [32]dd

// invOdd[k] is 1/(2k+1).
var invOdd [40]dd

func init() {
	f := dd{1, 0}
	invFactorial[0] = f
	for n := 1; n < len(invFactorial); n++ {
		f = f.mulFloat(float64(n))
		invFactorial[n] = dd{1, 0}.div(f)
	}
	for k := range invOdd {
		invOdd[k] = dd{1, 0}.divFloat(float64(2*k + 1))
	}
}
