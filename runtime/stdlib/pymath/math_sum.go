package pymath

import (
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/exactfloat"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// loadSums adds the functions over many values: fsum, hypot, dist, prod, sumprod, isclose.
func loadSums(m *vm.Module) {
	modkit.Function(m, "fsum", "seq, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		var xs []float64
		err := modkit.Iterate(th, a[0], func(item vm.Value) (bool, error) {
			x, err := modkit.Float(th, item)
			xs = append(xs, x)
			return true, err
		})
		if err != nil {
			return nil, err
		}
		r, err := Fsum(xs)
		if err != nil {
			return nil, err
		}
		return vm.Float(r), nil
	})
	modkit.Func(m, "hypot", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := modkit.NoKwargs("hypot", kwnames); err != nil {
			return nil, err
		}
		vec := make([]float64, len(args))
		for i, v := range args {
			x, err := modkit.Float(th, v)
			if err != nil {
				return nil, err
			}
			vec[i] = x
		}
		return vm.Float(norm(vec)), nil
	})
	modkit.Function(m, "dist", "p, q, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := modkit.Collect(th, a[0])
		if err != nil {
			return nil, err
		}
		q, err := modkit.Collect(th, a[1])
		if err != nil {
			return nil, err
		}
		if len(p) != len(q) {
			return nil, vm.Errorf(vm.ValueErrorType, "both points must have the same number of dimensions")
		}
		vec := make([]float64, len(p))
		for i := range p {
			x, err := modkit.Float(th, p[i])
			if err != nil {
				return nil, err
			}
			y, err := modkit.Float(th, q[i])
			if err != nil {
				return nil, err
			}
			vec[i] = x - y
		}
		return vm.Float(norm(vec)), nil
	})
	modkit.Function(m, "prod", "iterable, /, *, start=", prod)
	modkit.Function(m, "sumprod", "p, q, /", sumprod)
	modkit.Function(m, "isclose", "a, b, *, rel_tol=, abs_tol=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		x, err := modkit.Float(th, a[0])
		if err != nil {
			return nil, err
		}
		y, err := modkit.Float(th, a[1])
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
		if x == y {
			return vm.True, nil
		}
		if math.IsInf(x, 0) || math.IsInf(y, 0) {
			return vm.False, nil
		}
		diff := math.Abs(y - x)
		return vm.Bool(diff <= math.Abs(rel*y) || diff <= math.Abs(rel*x) || diff <= abs), nil
	})
}

// Fsum returns the correctly rounded sum of xs, with CPython's errors, using the same
// algorithm as CPython's math.fsum (Shewchuk's exact partials with half-even correction).
func Fsum(xs []float64) (float64, error) {
	var p []float64
	specialSum, infSum := 0.0, 0.0
	for _, x := range xs {
		xsave := x
		i := 0
		for _, y := range p {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			lo := y - (hi - x)
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					return 0, vm.Errorf(vm.OverflowErrorType, "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return 0, vm.Errorf(vm.ValueErrorType, "-inf + inf in fsum")
		}
		return specialSum, nil
	}
	hi, lo := 0.0, 0.0
	n := len(p)
	if n > 0 {
		n--
		hi = p[n]
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			lo = y - (hi - x)
			if lo != 0 {
				break
			}
		}
		if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
			y := lo * 2
			x := hi + y
			if y == x-hi {
				hi = x
			}
		}
	}
	return hi, nil
}

// norm is CPython's vector_norm: the Euclidean norm with lossless scaling and a
// differential correction, so hypot and dist round like CPython's.
func norm(vec []float64) float64 {
	maxv, foundNaN := 0.0, false
	for i, x := range vec {
		x = math.Abs(x)
		vec[i] = x
		if math.IsNaN(x) {
			foundNaN = true
		}
		if x > maxv {
			maxv = x
		}
	}
	return vectorNorm(vec, maxv, foundNaN)
}

func vectorNorm(vec []float64, maxv float64, foundNaN bool) float64 {
	if math.IsInf(maxv, 0) {
		return maxv
	}
	if foundNaN {
		return math.NaN()
	}
	if maxv == 0 || len(vec) <= 1 {
		return maxv
	}
	_, maxE := math.Frexp(maxv)
	if maxE < -1023 {
		const dblMin = 2.2250738585072014e-308
		for i := range vec {
			vec[i] /= dblMin
		}
		return dblMin * vectorNorm(vec, maxv/dblMin, foundNaN)
	}
	scale := math.Ldexp(1.0, -maxE)
	csum, frac1, frac2 := 1.0, 0.0, 0.0
	for _, x := range vec {
		x *= scale
		prHi, prLo := dlMul(x, x)
		smHi, smLo := dlFastSum(csum, prHi)
		csum = smHi
		frac1 += prLo
		frac2 += smLo
	}
	h := math.Sqrt(csum - 1.0 + (frac1 + frac2))
	prHi, prLo := dlMul(-h, h)
	smHi, smLo := dlFastSum(csum, prHi)
	csum = smHi
	frac1 += prLo
	frac2 += smLo
	x := csum - 1.0 + (frac1 + frac2)
	h += x / (2.0 * h)
	return h / scale
}

func dlMul(x, y float64) (hi, lo float64) {
	hi = x * y
	lo = math.FMA(x, y, -hi)
	return
}

func dlFastSum(a, b float64) (hi, lo float64) {
	hi = a + b
	lo = (a - hi) + b
	return
}

// sumprod is math.sumprod(p, q): exact for ints, and for floats (and ints mixed with
// floats) an extended-precision sum of products rounded once, like CPython's.
func sumprod(th *vm.Thread, a []vm.Value) (vm.Value, error) {
	p, err := modkit.Collect(th, a[0])
	if err != nil {
		return nil, err
	}
	q, err := modkit.Collect(th, a[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, vm.Errorf(vm.ValueErrorType, "Inputs are not the same length")
	}
	allNumeric, anyFloat := true, false
	for _, v := range append(append([]vm.Value(nil), p...), q...) {
		switch v.(type) {
		case vm.Float:
			anyFloat = true
		case vm.Int, vm.Bool, *vm.BigInt:
		default:
			allNumeric = false
		}
	}
	if allNumeric && anyFloat {
		var acc exactSum
		special := 0.0
		for i := range p {
			x, _ := modkit.Float(th, p[i])
			y, _ := modkit.Float(th, q[i])
			prod := x * y
			if math.IsInf(prod, 0) || math.IsNaN(prod) || math.IsInf(x, 0) || math.IsInf(y, 0) {
				special += prod
				continue
			}
			acc.addProduct(x, y)
		}
		if special != 0 || math.IsNaN(special) {
			return vm.Float(special), nil
		}
		return vm.Float(acc.float()), nil
	}
	var total vm.Value = vm.Int(0)
	for i := range p {
		prod, err := vm.BinaryOp(th, compile.OpMul, p[i], q[i])
		if err != nil {
			return nil, err
		}
		if total, err = vm.BinaryOp(th, compile.OpAdd, total, prod); err != nil {
			return nil, err
		}
	}
	return total, nil
}

// exactSum is a sum of products of finite floats kept exactly, as the integer acc times
// 2**exp; exp only goes down, to the smallest product's.
type exactSum struct {
	acc, term big.Int
	exp       int
}

// addProduct adds x*y to the sum.
func (s *exactSum) addProduct(x, y float64) {
	mx, ex := exactfloat.Parts(x)
	my, ey := exactfloat.Parts(y)
	if mx == 0 || my == 0 {
		return
	}
	s.term.SetInt64(mx)
	s.term.Mul(&s.term, big.NewInt(my))
	e := ex + ey
	switch {
	case s.acc.Sign() == 0:
		s.acc.Set(&s.term)
		s.exp = e
		return
	case e < s.exp:
		s.acc.Lsh(&s.acc, uint(s.exp-e))
		s.exp = e
	default:
		s.term.Lsh(&s.term, uint(e-s.exp))
	}
	s.acc.Add(&s.acc, &s.term)
}

// float returns the sum rounded once to the nearest float (+0 when it is zero).
func (s *exactSum) float() float64 {
	return exactfloat.ToFloat(&s.acc, s.exp)
}
