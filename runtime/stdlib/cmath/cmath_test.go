package cmath

import (
	"math"
	"testing"

	"github.com/asobiba/asobiba/runtime/internal/libm"
)

// logLargeDouble is a constant so that the engine does not compute it at start-up.
func TestLogLargeDouble(t *testing.T) {
	if got := libm.Log(largeDouble); got != logLargeDouble {
		t.Errorf("libm.Log(largeDouble) = %v, logLargeDouble = %v", got, logLargeDouble)
	}
}

func same(a, b complex128) bool {
	eq := func(x, y float64) bool {
		if math.IsNaN(x) || math.IsNaN(y) {
			return math.IsNaN(x) && math.IsNaN(y)
		}
		return x == y && math.Signbit(x) == math.Signbit(y)
	}
	return eq(real(a), real(b)) && eq(imag(a), imag(b))
}

// The values were printed by CPython 3.12's cmath.
func TestExactValues(t *testing.T) {
	negZero := math.Copysign(0, -1)
	cases := []struct {
		name string
		fn   func(complex128) (complex128, errno)
		z    complex128
		want complex128
		err  errno
	}{
		{"sqrt", csqrt, -4, complex(0, 2), ok},
		{"sqrt", csqrt, 3 + 4i, 2 + 1i, ok},
		{"sqrt", csqrt, -3 - 4i, 1 - 2i, ok},
		{"sqrt", csqrt, complex(0, negZero), complex(0, negZero), ok},
		{"sqrt", csqrt, complex(math.Inf(-1), 1), complex(0, math.Inf(1)), ok},
		{"exp", cexp, 0, 1, ok},
		{"exp", cexp, 1000, 0, erange},
		{"exp", cexp, complex(math.Inf(-1), 2), complex(negZero, 0), ok},
		{"log", clog, 1, 0, ok},
		{"log", clog, -1, complex(0, math.Pi), ok},
		{"log", clog, 0, complex(math.Inf(-1), 0), edom},
		{"acos", cacos, 1, complex(0, negZero), ok},
		{"atanh", catanh, 1, complex(math.Inf(1), 0), edom},
		{"cosh", ccosh, complex(1, math.Inf(1)), complex(math.NaN(), math.NaN()), edom},
	}
	for _, c := range cases {
		got, e := c.fn(c.z)
		if e != c.err || (e != erange && !same(got, c.want)) {
			t.Errorf("%s(%v) = %v, %v; want %v, %v", c.name, c.z, got, e, c.want, c.err)
		}
	}
}

func TestRectAndQuot(t *testing.T) {
	if z, e := crect(2, math.Copysign(0, -1)); e != ok || !same(z, complex(2, math.Copysign(0, -1))) {
		t.Errorf("rect(2, -0.0) = %v, %v", z, e)
	}
	if _, e := crect(1, math.Inf(1)); e != edom {
		t.Errorf("rect(1, inf): errno %v; want EDOM", e)
	}
	if _, e := quot(1, 0); e != edom {
		t.Errorf("quot(1, 0): errno %v; want EDOM", e)
	}
	if z, _ := quot(3+4i, 1+2i); z != 2.2-0.4i {
		t.Errorf("quot(3+4j, 1+2j) = %v; want (2.2-0.4j)", z)
	}
}

func TestHypot(t *testing.T) {
	cases := [][3]float64{{3, 4, 5}, {0, -2, 2}, {1e308, 1e308, 1.4142135623730951e308}, {5e-324, 0, 5e-324}}
	for _, c := range cases {
		if got := hypot(c[0], c[1]); got != c[2] {
			t.Errorf("hypot(%v, %v) = %v; want %v", c[0], c[1], got, c[2])
		}
	}
	if !math.IsInf(hypot(math.NaN(), math.Inf(-1)), 1) {
		t.Errorf("hypot(nan, -inf) is not inf")
	}
}
