// Package cmath implements Python's cmath module with CPython's algorithms: the same
// formulas (rescaling to avoid overflow and underflow, log1p near the unit circle), the
// same C99 Annex G tables for infinite and NaN arguments, and the same errors ("math domain
// error", "math range error"). Results may differ from CPython's in the last bit where Go's
// elementary functions (exp, sin, atan2, ...) round differently from the C library's.
package cmath

import (
	"math"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// toComplex converts an argument as PyComplex_AsCComplex: complex, __complex__, or a real
// number.
func toComplex(th *vm.Thread, v vm.Value) (complex128, error) {
	switch x := v.(type) {
	case vm.Complex:
		return complex128(x), nil
	case *vm.Instance:
		if c, ok := x.Base.(vm.Complex); ok && vm.LookupSpecial(v, "__complex__") == vm.ComplexType.Lookup("__complex__") {
			return complex128(c), nil
		}
	}
	if r, found, err := vm.CallSpecial(th, v, "__complex__"); found {
		if err != nil {
			return 0, err
		}
		c, ok := r.(vm.Complex)
		if inst, isInst := r.(*vm.Instance); isInst {
			c, ok = inst.Base.(vm.Complex)
		}
		if !ok {
			return 0, vm.Errorf(vm.TypeErrorType, "__complex__ returned non-complex (type %s)", r.Type().Name)
		}
		return complex128(c), nil
	}
	f, err := modkit.Float(th, v)
	return complex(f, 0), err
}

// result turns a computed value and its errno into the Python result or error.
func result(v vm.Value, e errno) (vm.Value, error) {
	switch e {
	case edom:
		return nil, vm.Errorf(vm.ValueErrorType, "math domain error")
	case erange:
		return nil, vm.Errorf(vm.OverflowErrorType, "math range error")
	}
	return v, nil
}

// oneArg adds a function of one complex argument, whose argument errors name it
// "cmath.name" as CPython's do.
func oneArg(m *vm.Module, name string, fn func(th *vm.Thread, z complex128) (vm.Value, error)) {
	sig := modkit.NewSig("cmath."+name, "z, /")
	modkit.Func(m, name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		a, err := sig.Bind(args, kwnames)
		if err != nil {
			return nil, err
		}
		z, err := toComplex(th, a[0])
		if err != nil {
			return nil, err
		}
		return fn(th, z)
	})
}

// Load builds the cmath module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("cmath", "This module provides access to mathematical functions for complex\nnumbers.")
	modkit.Set(m, "pi", vm.Float(math.Pi))
	modkit.Set(m, "e", vm.Float(math.E))
	modkit.Set(m, "tau", vm.Float(2*math.Pi))
	modkit.Set(m, "inf", vm.Float(math.Inf(1)))
	modkit.Set(m, "nan", vm.Float(math.NaN()))
	modkit.Set(m, "infj", vm.Complex(complex(0, math.Inf(1))))
	modkit.Set(m, "nanj", vm.Complex(complex(0, math.NaN())))
	unary := func(name string, fn func(complex128) (complex128, errno)) {
		oneArg(m, name, func(th *vm.Thread, z complex128) (vm.Value, error) {
			r, e := fn(z)
			return result(vm.Complex(r), e)
		})
	}
	unary("sqrt", csqrt)
	unary("exp", cexp)
	unary("log10", func(z complex128) (complex128, errno) {
		r, e := clog(z)
		return complex(real(r)/math.Ln10, imag(r)/math.Ln10), e
	})
	unary("cosh", ccosh)
	unary("sinh", csinh)
	unary("tanh", ctanh)
	unary("cos", ccos)
	unary("sin", rotate(csinh))
	unary("tan", rotate(ctanh))
	unary("acos", cacos)
	unary("acosh", cacosh)
	unary("asinh", casinh)
	unary("atanh", catanh)
	unary("asin", rotate(casinh))
	unary("atan", rotate(catanh))
	modkit.Function(m, "log", "x, base=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		x, err := toComplex(th, a[0])
		if err != nil {
			return nil, err
		}
		r, e := clog(x)
		if a[1] != nil {
			b, err := toComplex(th, a[1])
			if err != nil {
				return nil, err
			}
			lb, e2 := clog(b)
			q, e3 := quot(r, lb)
			r, e = q, max(e, e2, e3)
		}
		return result(vm.Complex(r), e)
	})
	oneArg(m, "phase", func(th *vm.Thread, z complex128) (vm.Value, error) {
		return vm.Float(atan2(z)), nil
	})
	oneArg(m, "polar", func(th *vm.Thread, z complex128) (vm.Value, error) {
		phi := atan2(z)
		r, e := cabs(z)
		return result(vm.Tuple{vm.Float(r), vm.Float(phi)}, e)
	})
	modkit.Function(m, "rect", "r, phi, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		r, err := modkit.Float(th, a[0])
		if err != nil {
			return nil, err
		}
		phi, err := modkit.Float(th, a[1])
		if err != nil {
			return nil, err
		}
		z, e := crect(r, phi)
		return result(vm.Complex(z), e)
	})
	predicate := func(name string, fn func(re, im float64) bool) {
		oneArg(m, name, func(th *vm.Thread, z complex128) (vm.Value, error) {
			return vm.Bool(fn(real(z), imag(z))), nil
		})
	}
	predicate("isfinite", func(re, im float64) bool { return isFinite(re) && isFinite(im) })
	predicate("isinf", func(re, im float64) bool { return math.IsInf(re, 0) || math.IsInf(im, 0) })
	predicate("isnan", func(re, im float64) bool { return math.IsNaN(re) || math.IsNaN(im) })
	isclose := modkit.NewSig("isclose", "a, b, *, rel_tol=, abs_tol=")
	modkit.Func(m, "isclose", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if n := len(args) - len(kwnames); n != 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "isclose() takes exactly 2 positional arguments (%d given)", n)
		}
		a, err := isclose.Bind(args, kwnames)
		if err != nil {
			return nil, err
		}
		x, err := toComplex(th, a[0])
		if err != nil {
			return nil, err
		}
		y, err := toComplex(th, a[1])
		if err != nil {
			return nil, err
		}
		rel, abs := 1e-9, 0.0
		if a[2] != nil {
			if rel, err = modkit.Float(th, a[2]); err != nil {
				return nil, err
			}
		}
		if a[3] != nil {
			if abs, err = modkit.Float(th, a[3]); err != nil {
				return nil, err
			}
		}
		if rel < 0 || abs < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "tolerances must be non-negative")
		}
		return vm.Bool(isClose(x, y, rel, abs)), nil
	})
	return m, nil
}

// isClose is cmath.isclose's test.
func isClose(a, b complex128, rel, abs float64) bool {
	if a == b {
		return true
	}
	if math.IsInf(real(a), 0) || math.IsInf(imag(a), 0) || math.IsInf(real(b), 0) || math.IsInf(imag(b), 0) {
		return false
	}
	diff, _ := cabs(a - b)
	ab, _ := cabs(a)
	bb, _ := cabs(b)
	return diff <= rel*bb || diff <= rel*ab || diff <= abs
}
