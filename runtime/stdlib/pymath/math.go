// Package pymath implements Python's math module.
//
// Floating-point functions take any real number (float, int, or an object with __float__ or
// __index__) and follow CPython's error rules: a NaN result from a non-NaN argument is
// "ValueError: math domain error"; an infinite result from a finite argument is
// "OverflowError: math range error" for functions that can overflow (exp, cosh, ...) and a
// domain error for singularities (log(0), atanh(1)). Integer functions (factorial, gcd,
// comb, isqrt, ...) are exact on ints of any size.
//
// The elementary functions come from Go's math package. CPython calls the platform's libm,
// which is correctly rounded for most inputs; Go's implementations agree for the common
// cases but may differ in the last bit for some arguments of sin, cos, tan, exp, log, pow,
// gamma and lgamma. The package is named pymath so that it does not shadow Go's math.
package pymath

import (
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/internal/exactfloat"
	"github.com/asobiba/asobiba/runtime/internal/libm"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

func domainError() error { return vm.Errorf(vm.ValueErrorType, "math domain error") }
func rangeError() error  { return vm.Errorf(vm.OverflowErrorType, "math range error") }

// Load builds the math module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("math", "This module provides access to the mathematical functions\ndefined by the C standard.")
	modkit.Set(m, "pi", vm.Float(math.Pi))
	modkit.Set(m, "e", vm.Float(math.E))
	modkit.Set(m, "tau", vm.Float(2*math.Pi))
	modkit.Set(m, "inf", vm.Float(math.Inf(1)))
	modkit.Set(m, "nan", vm.Float(math.NaN()))

	one := func(name string, f func(float64) float64, canOverflow bool) {
		sig := modkit.NewSig("math."+name, "x, /")
		modkit.Func(m, name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			a, err := sig.Bind(args, kwnames)
			if err != nil {
				return nil, err
			}
			x, err := modkit.Float(th, a[0])
			if err != nil {
				return nil, err
			}
			return checked(x, f(x), canOverflow)
		})
	}
	one("acos", libm.Acos, false)
	one("acosh", libm.Acosh, false)
	one("asin", libm.Asin, false)
	one("asinh", libm.Asinh, false)
	one("atan", libm.Atan, false)
	one("atanh", math.Atanh, false)
	one("cbrt", math.Cbrt, false)
	one("cos", libm.Cos, false)
	one("cosh", libm.Cosh, true)
	one("erf", math.Erf, false)
	one("erfc", math.Erfc, false)
	one("exp", libm.Exp, true)
	one("exp2", libm.Exp2, true)
	one("expm1", math.Expm1, true)
	one("fabs", math.Abs, false)
	one("gamma", gamma, true)
	one("lgamma", lgamma, true)
	one("log1p", math.Log1p, false)
	one("sin", libm.Sin, false)
	one("sinh", libm.Sinh, true)
	one("sqrt", math.Sqrt, false)
	one("tan", libm.Tan, false)
	one("tanh", libm.Tanh, false)
	one("degrees", func(x float64) float64 { return x * (180.0 / math.Pi) }, true)
	one("radians", func(x float64) float64 { return x * (math.Pi / 180.0) }, true)

	pred := func(name string, f func(float64) bool) {
		sig := modkit.NewSig("math."+name, "x, /")
		modkit.Func(m, name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			a, err := sig.Bind(args, kwnames)
			if err != nil {
				return nil, err
			}
			x, err := modkit.Float(th, a[0])
			if err != nil {
				return nil, err
			}
			return vm.Bool(f(x)), nil
		})
	}
	pred("isfinite", func(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) })
	pred("isinf", func(x float64) bool { return math.IsInf(x, 0) })
	pred("isnan", math.IsNaN)

	two := func(name string, f func(x, y float64) (float64, error)) {
		modkit.Function(m, name, "x, y, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			x, err := modkit.Float(th, a[0])
			if err != nil {
				return nil, err
			}
			y, err := modkit.Float(th, a[1])
			if err != nil {
				return nil, err
			}
			r, err := f(x, y)
			if err != nil {
				return nil, err
			}
			return vm.Float(r), nil
		})
	}
	two("atan2", func(y, x float64) (float64, error) { return libm.Atan2(y, x), nil })
	two("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil })
	two("fmod", fmod)
	two("pow", pow)
	two("remainder", remainder)

	modkit.Func(m, "log", mathLog)
	logFn := func(name string, f func(float64) float64) {
		sig := modkit.NewSig("math."+name, "x, /")
		modkit.Func(m, name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			a, err := sig.Bind(args, kwnames)
			if err != nil {
				return nil, err
			}
			r, err := logHelper(th, a[0], f)
			if err != nil {
				return nil, err
			}
			return vm.Float(r), nil
		})
	}
	logFn("log2", libm.Log2)
	logFn("log10", libm.Log10)

	modkit.Function(m, "ceil", "x, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return rounding(th, a[0], "__ceil__", math.Ceil)
	})
	modkit.Function(m, "floor", "x, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return rounding(th, a[0], "__floor__", math.Floor)
	})
	modkit.Function(m, "trunc", "x, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if f, ok := a[0].(vm.Float); ok {
			return floatToInt(math.Trunc(float64(f)))
		}
		r, found, err := vm.CallSpecial(th, a[0], "__trunc__")
		if !found {
			return nil, vm.Errorf(vm.TypeErrorType, "type %s doesn't define __trunc__ method", a[0].Type().Name)
		}
		return r, err
	})
	modkit.Function(m, "frexp", "x, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		x, err := modkit.Float(th, a[0])
		if err != nil {
			return nil, err
		}
		if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
			return vm.Tuple{vm.Float(x), vm.Int(0)}, nil
		}
		fr, exp := math.Frexp(x)
		return vm.Tuple{vm.Float(fr), vm.Int(exp)}, nil
	})
	modkit.Function(m, "ldexp", "x, i, /", ldexp)
	modkit.Function(m, "modf", "x, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		x, err := modkit.Float(th, a[0])
		if err != nil {
			return nil, err
		}
		if math.IsInf(x, 0) {
			return vm.Tuple{vm.Float(math.Copysign(0, x)), vm.Float(x)}, nil
		}
		ip, fp := math.Modf(x)
		return vm.Tuple{vm.Float(fp), vm.Float(ip)}, nil
	})
	modkit.Function(m, "nextafter", "x, y, /, *, steps=", nextafter)
	modkit.Function(m, "ulp", "x, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		x, err := modkit.Float(th, a[0])
		if err != nil {
			return nil, err
		}
		return vm.Float(ulp(x)), nil
	})
	loadIntFunctions(m)
	loadSums(m)
	return m, nil
}

// checked applies CPython's math_1 error rules to r = f(x).
func checked(x, r float64, canOverflow bool) (vm.Value, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, domainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return nil, rangeError()
		}
		return nil, domainError()
	}
	return vm.Float(r), nil
}

// gamma is tgamma with CPython's domain: poles at zero and the negative integers are domain
// errors, gamma(-inf) is a domain error.
func gamma(x float64) float64 {
	if x == math.Floor(x) && x <= 0 || math.IsInf(x, -1) {
		return math.NaN()
	}
	return math.Gamma(x)
}

// lgamma is log|gamma(x)|, with the poles as domain errors.
func lgamma(x float64) float64 {
	if x == math.Floor(x) && x <= 0 && !math.IsInf(x, 0) {
		return math.NaN()
	}
	r, _ := math.Lgamma(x)
	return r
}

func fmod(x, y float64) (float64, error) {
	if math.IsInf(y, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		return x, nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, domainError()
	}
	return r, nil
}

func remainder(x, y float64) (float64, error) {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN(), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return 0, domainError()
	}
	if math.IsInf(y, 0) {
		return x, nil
	}
	return math.Remainder(x, y), nil
}

// pow is math.pow, with C99's special cases and CPython's errors.
func pow(x, y float64) (float64, error) {
	switch {
	case math.IsNaN(x):
		if y == 0 {
			return 1, nil
		}
		return x, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, nil
		}
		return y, nil
	case math.IsInf(x, 0) || math.IsInf(y, 0):
		return libm.Pow(x, y), nil
	}
	if x == 0 && y < 0 {
		return 0, domainError()
	}
	if x < 0 && y != math.Floor(y) {
		return 0, domainError()
	}
	r := libm.Pow(x, y)
	if math.IsInf(r, 0) {
		return 0, rangeError()
	}
	return r, nil
}

// logHelper computes f(x) for a positive real x, including ints too large for a float
// (through their binary mantissa and exponent, as CPython does).
func logHelper(th *vm.Thread, v vm.Value, f func(float64) float64) (float64, error) {
	if b, ok := v.(*vm.BigInt); ok {
		x := b.Big()
		if x.Sign() <= 0 {
			return 0, domainError()
		}
		if fx := exactfloat.ToFloat(x, 0); !math.IsInf(fx, 0) {
			return f(fx), nil
		}
		m, exp := mantExp(x)
		return f(m) + float64(exp)*f(2.0), nil
	}
	x, err := modkit.Float(th, v)
	if err != nil {
		return 0, err
	}
	if math.IsNaN(x) {
		return x, nil
	}
	if x <= 0 {
		return 0, domainError()
	}
	return f(x), nil
}

// mantExp splits a positive x as m * 2**exp with m in [0.5, 1), m rounded once to a float;
// when m rounds up to 1 it is 0.5 with exp one more, as CPython's _PyLong_Frexp has it (which
// log(2**2000 - 1) shows in its last digit).
func mantExp(x *big.Int) (m float64, exp int) {
	exp = x.BitLen()
	m = exactfloat.ToFloat(x, -exp)
	if m == 1 {
		return 0.5, exp + 1
	}
	return m, exp
}

func mathLog(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	if err := modkit.NoKwargs("log", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, vm.Errorf(vm.TypeErrorType, "math.log requires 1 to 2 arguments")
	}
	num, err := logHelper(th, args[0], libm.Log)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return vm.Float(num), nil
	}
	den, err := logHelper(th, args[1], libm.Log)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, vm.Errorf(vm.ZeroDivisionErrorType, "float division by zero")
	}
	return vm.Float(num / den), nil
}

// rounding implements ceil and floor: floats directly, ints unchanged, other objects
// through their dunder, falling back to float(x).
func rounding(th *vm.Thread, v vm.Value, dunder string, f func(float64) float64) (vm.Value, error) {
	switch x := v.(type) {
	case vm.Float:
		return floatToInt(f(float64(x)))
	case vm.Int, *vm.BigInt:
		return x, nil
	case vm.Bool:
		if x {
			return vm.Int(1), nil
		}
		return vm.Int(0), nil
	}
	if m := vm.LookupSpecial(v, dunder); m != nil {
		r, _, err := vm.CallSpecial(th, v, dunder)
		return r, err
	}
	x, err := modkit.Float(th, v)
	if err != nil {
		return nil, err
	}
	return floatToInt(f(x))
}

// floatToInt converts an integral float to an int, with CPython's errors for inf and NaN.
func floatToInt(x float64) (vm.Value, error) {
	if math.IsInf(x, 0) {
		return nil, vm.Errorf(vm.OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return nil, vm.Errorf(vm.ValueErrorType, "cannot convert float NaN to integer")
	}
	if x >= -(1<<63) && x < 1<<63 {
		return vm.Int(int64(x)), nil
	}
	return vm.MakeInt(exactfloat.Trunc(x)), nil
}

func ldexp(th *vm.Thread, a []vm.Value) (vm.Value, error) {
	x, err := modkit.Float(th, a[0])
	if err != nil {
		return nil, err
	}
	if !modkit.IsInt(a[1]) {
		return nil, vm.Errorf(vm.TypeErrorType, "Expected an int as second argument to ldexp.")
	}
	n, err := vm.Index(th, a[1])
	if err != nil {
		return nil, err
	}
	var e int64
	switch i := n.(type) {
	case vm.Int:
		e = int64(i)
	default:
		if i.(*vm.BigInt).Big().Sign() > 0 {
			e = math.MaxInt32
		} else {
			e = math.MinInt32
		}
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return vm.Float(x), nil
	}
	e = max(min(e, math.MaxInt32), math.MinInt32)
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return nil, rangeError()
	}
	return vm.Float(r), nil
}

func nextafter(th *vm.Thread, a []vm.Value) (vm.Value, error) {
	x, err := modkit.Float(th, a[0])
	if err != nil {
		return nil, err
	}
	y, err := modkit.Float(th, a[1])
	if err != nil {
		return nil, err
	}
	if a[2] == nil || a[2] == vm.None {
		return vm.Float(math.Nextafter(x, y)), nil
	}
	n, err := vm.Index(th, a[2])
	if err != nil {
		return nil, err
	}
	steps := modkit.BigOf(n)
	if steps.Sign() < 0 {
		return nil, vm.Errorf(vm.ValueErrorType, "steps must be a non-negative integer")
	}
	k := uint64(1 << 63)
	if steps.IsUint64() {
		k = steps.Uint64()
	}
	for i := uint64(0); i < k && x != y; i++ {
		if math.IsNaN(x) {
			break
		}
		x = math.Nextafter(x, y)
		if i > 1<<12 {
			// Far steps: jump through the bit representation instead of looping.
			return vm.Float(nextafterSteps(x, y, k-i-1)), nil
		}
	}
	return vm.Float(x), nil
}

// nextafterSteps moves x up to k representable floats towards y through the ordered
// integer representation of floats.
func nextafterSteps(x, y float64, k uint64) float64 {
	ord := func(f float64) int64 {
		b := int64(math.Float64bits(f))
		if b < 0 {
			return math.MinInt64 - b
		}
		return b
	}
	unord := func(i int64) float64 {
		if i < 0 {
			return math.Float64frombits(uint64(math.MinInt64 - i))
		}
		return math.Float64frombits(uint64(i))
	}
	ox, oy := ord(x), ord(y)
	if ox < oy {
		if uint64(oy-ox) <= k {
			return y
		}
		return unord(ox + int64(k))
	}
	if uint64(ox-oy) <= k {
		return y
	}
	return unord(ox - int64(k))
}

func ulp(x float64) float64 {
	if math.IsNaN(x) {
		return x
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return x
	}
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		x2 = math.Nextafter(x, 0)
		return x - x2
	}
	return x2 - x
}
