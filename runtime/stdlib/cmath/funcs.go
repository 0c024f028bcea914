package cmath

import (
	"math"

	"github.com/asobiba/asobiba/runtime/internal/libm"
)

// errno is the error a function reports beside its result, as CPython's C functions set
// errno: none, EDOM (ValueError "math domain error") or ERANGE (OverflowError
// "math range error").
type errno int

const (
	ok errno = iota
	edom
	erange
)

const (
	largeDouble = math.MaxFloat64 / 4
	scaleUp     = 53  // 2*(53/2)+1: makes a subnormal normal
	scaleDown   = -27 // -(scaleUp+1)/2
	mantDig     = 53
)

// logLargeDouble is libm.Log(largeDouble), written out so that starting the engine does not
// run (and, in the browser, compile) the logarithm; a test checks the two agree.
const logLargeDouble = 708.3964185322641

var (
	sqrtLargeDouble = math.Sqrt(largeDouble)
	sqrtDblMin      = math.Sqrt(0x1p-1022)
	infinity        = math.Inf(1)
)

const dblMin = 0x1p-1022 // the smallest normal double

func finite(z complex128) bool {
	return !math.IsInf(real(z), 0) && !math.IsNaN(real(z)) && !math.IsInf(imag(z), 0) && !math.IsNaN(imag(z))
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// hypot is the C library's hypot, correctly rounded.
func hypot(x, y float64) float64 { return libm.Hypot(x, y) }

// cabs is abs() of a complex number (ERANGE when it overflows).
func cabs(z complex128) (float64, errno) {
	re, im := real(z), imag(z)
	if !finite(z) {
		switch {
		case math.IsInf(re, 0):
			return math.Abs(re), ok
		case math.IsInf(im, 0):
			return math.Abs(im), ok
		}
		return math.NaN(), ok
	}
	r := hypot(re, im)
	if !isFinite(r) {
		return r, erange
	}
	return r, ok
}

// atan2 is the phase of z, with C99's special cases.
func atan2(z complex128) float64 {
	re, im := real(z), imag(z)
	switch {
	case math.IsNaN(re) || math.IsNaN(im):
		return math.NaN()
	case math.IsInf(im, 0):
		if math.IsInf(re, 0) {
			if re > 0 {
				return math.Copysign(0.25*math.Pi, im)
			}
			return math.Copysign(0.75*math.Pi, im)
		}
		return math.Copysign(0.5*math.Pi, im)
	case math.IsInf(re, 0) || im == 0:
		if !math.Signbit(re) {
			return math.Copysign(0, im)
		}
		return math.Copysign(math.Pi, im)
	}
	return libm.Atan2(im, re)
}

func csqrt(z complex128) (complex128, errno) {
	if !finite(z) {
		return sqrtSpecial.at(z), ok
	}
	re, im := real(z), imag(z)
	if re == 0 && im == 0 {
		return complex(0, im), ok
	}
	ax, ay := math.Abs(re), math.Abs(im)
	var s float64
	if ax < dblMin && ay < dblMin {
		ax = math.Ldexp(ax, scaleUp)
		s = math.Ldexp(math.Sqrt(ax+hypot(ax, math.Ldexp(ay, scaleUp))), scaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if re >= 0 {
		return complex(s, math.Copysign(d, im)), ok
	}
	return complex(d, math.Copysign(s, im)), ok
}

// overflowCheck reports ERANGE when a computed result is infinite.
func overflowCheck(r complex128) (complex128, errno) {
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return r, erange
	}
	return r, ok
}

func cexp(z complex128) (complex128, errno) {
	re, im := real(z), imag(z)
	if !finite(z) {
		var r complex128
		if math.IsInf(re, 0) && isFinite(im) && im != 0 {
			if re > 0 {
				r = complex(math.Copysign(infinity, libm.Cos(im)), math.Copysign(infinity, libm.Sin(im)))
			} else {
				r = complex(math.Copysign(0, libm.Cos(im)), math.Copysign(0, libm.Sin(im)))
			}
		} else {
			r = expSpecial.at(z)
		}
		if math.IsInf(im, 0) && (isFinite(re) || math.IsInf(re, 1)) {
			return r, edom
		}
		return r, ok
	}
	if re > logLargeDouble {
		l := libm.Exp(re - 1)
		return overflowCheck(complex(l*libm.Cos(im)*math.E, l*libm.Sin(im)*math.E))
	}
	l := libm.Exp(re)
	return overflowCheck(complex(l*libm.Cos(im), l*libm.Sin(im)))
}

func clog(z complex128) (complex128, errno) {
	if !finite(z) {
		return logSpecial.at(z), ok
	}
	re, im := real(z), imag(z)
	ax, ay := math.Abs(re), math.Abs(im)
	var r float64
	switch {
	case ax > largeDouble || ay > largeDouble:
		r = libm.Log(hypot(ax/2, ay/2)) + math.Ln2
	case ax < dblMin && ay < dblMin:
		if ax > 0 || ay > 0 {
			r = libm.Log(hypot(math.Ldexp(ax, mantDig), math.Ldexp(ay, mantDig))) - mantDig*math.Ln2
		} else {
			return complex(math.Inf(-1), libm.Atan2(im, re)), edom
		}
	default:
		h := hypot(ax, ay)
		if 0.71 <= h && h <= 1.73 {
			am, an := max(ax, ay), min(ax, ay)
			r = math.Log1p((am-1)*(am+1)+an*an) / 2
		} else {
			r = libm.Log(h)
		}
	}
	return complex(r, libm.Atan2(im, re)), ok
}

// quot is complex division as CPython's _Py_c_quot computes it (EDOM for a zero divisor).
func quot(a, b complex128) (complex128, errno) {
	absBr, absBi := math.Abs(real(b)), math.Abs(imag(b))
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, edom
		}
		ratio := imag(b) / real(b)
		denom := real(b) + imag(b)*ratio
		return complex((real(a)+imag(a)*ratio)/denom, (imag(a)-real(a)*ratio)/denom), ok
	case absBi >= absBr:
		ratio := real(b) / imag(b)
		denom := real(b)*ratio + imag(b)
		return complex((real(a)*ratio+imag(a))/denom, (imag(a)*ratio-real(a))/denom), ok
	}
	return complex(math.NaN(), math.NaN()), ok
}

func ccosh(z complex128) (complex128, errno) {
	re, im := real(z), imag(z)
	if !finite(z) {
		var r complex128
		if math.IsInf(re, 0) && isFinite(im) && im != 0 {
			if re > 0 {
				r = complex(math.Copysign(infinity, libm.Cos(im)), math.Copysign(infinity, libm.Sin(im)))
			} else {
				r = complex(math.Copysign(infinity, libm.Cos(im)), -math.Copysign(infinity, libm.Sin(im)))
			}
		} else {
			r = coshSpecial.at(z)
		}
		if math.IsInf(im, 0) && !math.IsNaN(re) {
			return r, edom
		}
		return r, ok
	}
	if math.Abs(re) > logLargeDouble {
		x1 := re - math.Copysign(1, re)
		return overflowCheck(complex(libm.Cos(im)*libm.Cosh(x1)*math.E, libm.Sin(im)*libm.Sinh(x1)*math.E))
	}
	return overflowCheck(complex(libm.Cos(im)*libm.Cosh(re), libm.Sin(im)*libm.Sinh(re)))
}

func csinh(z complex128) (complex128, errno) {
	re, im := real(z), imag(z)
	if !finite(z) {
		var r complex128
		if math.IsInf(re, 0) && isFinite(im) && im != 0 {
			if re > 0 {
				r = complex(math.Copysign(infinity, libm.Cos(im)), math.Copysign(infinity, libm.Sin(im)))
			} else {
				r = complex(-math.Copysign(infinity, libm.Cos(im)), math.Copysign(infinity, libm.Sin(im)))
			}
		} else {
			r = sinhSpecial.at(z)
		}
		if math.IsInf(im, 0) && !math.IsNaN(re) {
			return r, edom
		}
		return r, ok
	}
	if math.Abs(re) > logLargeDouble {
		x1 := re - math.Copysign(1, re)
		return overflowCheck(complex(libm.Cos(im)*libm.Sinh(x1)*math.E, libm.Sin(im)*libm.Cosh(x1)*math.E))
	}
	return overflowCheck(complex(libm.Cos(im)*libm.Sinh(re), libm.Sin(im)*libm.Cosh(re)))
}

func ctanh(z complex128) (complex128, errno) {
	re, im := real(z), imag(z)
	if !finite(z) {
		var r complex128
		if math.IsInf(re, 0) && isFinite(im) && im != 0 {
			r = complex(math.Copysign(1, re), math.Copysign(0, 2*libm.Sin(im)*libm.Cos(im)))
		} else {
			r = tanhSpecial.at(z)
		}
		if math.IsInf(im, 0) && isFinite(re) {
			return r, edom
		}
		return r, ok
	}
	if math.Abs(re) > logLargeDouble {
		return complex(math.Copysign(1, re), 4*libm.Sin(im)*libm.Cos(im)*libm.Exp(-2*math.Abs(re))), ok
	}
	tx, ty := libm.Tanh(re), libm.Tan(im)
	cx := 1 / libm.Cosh(re)
	txty := tx * ty
	denom := 1 + txty*txty
	return complex(tx*(1+ty*ty)/denom, ((ty/denom)*cx)*cx), ok
}

func casinh(z complex128) (complex128, errno) {
	if !finite(z) {
		return asinhSpecial.at(z), ok
	}
	re, im := real(z), imag(z)
	if math.Abs(re) > largeDouble || math.Abs(im) > largeDouble {
		var r float64
		if im >= 0 {
			r = math.Copysign(libm.Log(hypot(re/2, im/2))+math.Ln2*2, re)
		} else {
			r = -math.Copysign(libm.Log(hypot(re/2, im/2))+math.Ln2*2, -re)
		}
		return complex(r, libm.Atan2(im, math.Abs(re))), ok
	}
	s1, _ := csqrt(complex(1+im, -re))
	s2, _ := csqrt(complex(1-im, re))
	return complex(libm.Asinh(real(s1)*imag(s2)-real(s2)*imag(s1)),
		libm.Atan2(im, real(s1)*real(s2)-imag(s1)*imag(s2))), ok
}

func cacos(z complex128) (complex128, errno) {
	if !finite(z) {
		return acosSpecial.at(z), ok
	}
	re, im := real(z), imag(z)
	if math.Abs(re) > largeDouble || math.Abs(im) > largeDouble {
		r := libm.Atan2(math.Abs(im), re)
		l := libm.Log(hypot(re/2, im/2)) + math.Ln2*2
		if re < 0 {
			return complex(r, -math.Copysign(l, im)), ok
		}
		return complex(r, math.Copysign(l, -im)), ok
	}
	s1, _ := csqrt(complex(1-re, -im))
	s2, _ := csqrt(complex(1+re, im))
	return complex(2*libm.Atan2(real(s1), real(s2)), libm.Asinh(real(s2)*imag(s1)-imag(s2)*real(s1))), ok
}

func cacosh(z complex128) (complex128, errno) {
	if !finite(z) {
		return acoshSpecial.at(z), ok
	}
	re, im := real(z), imag(z)
	if math.Abs(re) > largeDouble || math.Abs(im) > largeDouble {
		return complex(libm.Log(hypot(re/2, im/2))+math.Ln2*2, libm.Atan2(im, re)), ok
	}
	s1, _ := csqrt(complex(re-1, im))
	s2, _ := csqrt(complex(re+1, im))
	return complex(libm.Asinh(real(s1)*real(s2)+imag(s1)*imag(s2)), 2*libm.Atan2(imag(s1), real(s2))), ok
}

func catanh(z complex128) (complex128, errno) {
	if !finite(z) {
		return atanhSpecial.at(z), ok
	}
	re, im := real(z), imag(z)
	if re < 0 {
		r, e := catanh(-z)
		return -r, e
	}
	ay := math.Abs(im)
	switch {
	case re > sqrtLargeDouble || ay > sqrtLargeDouble:
		h := hypot(re/2, im/2)
		return complex(re/4/h/h, -math.Copysign(math.Pi/2, -im)), ok
	case re == 1 && ay < sqrtDblMin:
		if ay == 0 {
			return complex(infinity, im), edom
		}
		return complex(-libm.Log(math.Sqrt(ay)/math.Sqrt(hypot(ay, 2))), math.Copysign(libm.Atan2(2, -ay)/2, im)), ok
	}
	return complex(math.Log1p(4*re/((1-re)*(1-re)+ay*ay))/4, -libm.Atan2(-2*im, (1-re)*(1+re)-ay*ay)/2), ok
}

// rotate applies f to i*z and returns -i times the result (sin from sinh, tan from tanh,
// asin from asinh, atan from atanh); cos(z) is cosh(i*z).
func rotate(f func(complex128) (complex128, errno)) func(complex128) (complex128, errno) {
	return func(z complex128) (complex128, errno) {
		s, e := f(complex(-imag(z), real(z)))
		return complex(imag(s), -real(s)), e
	}
}

func ccos(z complex128) (complex128, errno) { return ccosh(complex(-imag(z), real(z))) }

func crect(r, phi float64) (complex128, errno) {
	if !isFinite(r) || !isFinite(phi) {
		var z complex128
		if math.IsInf(r, 0) && isFinite(phi) && phi != 0 {
			if r > 0 {
				z = complex(math.Copysign(infinity, libm.Cos(phi)), math.Copysign(infinity, libm.Sin(phi)))
			} else {
				z = complex(-math.Copysign(infinity, libm.Cos(phi)), -math.Copysign(infinity, libm.Sin(phi)))
			}
		} else {
			z = rectSpecial.entry(kindOf(r), kindOf(phi))
		}
		if r != 0 && !math.IsNaN(r) && math.IsInf(phi, 0) {
			return z, edom
		}
		return z, ok
	}
	if phi == 0 {
		return complex(r, r*phi), ok
	}
	return complex(r*libm.Cos(phi), r*libm.Sin(phi)), ok
}
