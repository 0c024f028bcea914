package pymath

import (
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// loadIntFunctions adds the integer functions: factorial, gcd, lcm, isqrt, comb and perm.
func loadIntFunctions(m *vm.Module) {
	modkit.Function(m, "factorial", "n, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		n, err := modkit.Big(th, a[0])
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "factorial() not defined for negative values")
		}
		if !n.IsInt64() {
			return nil, vm.Errorf(vm.OverflowErrorType, "factorial() argument should not exceed %d", int64(math.MaxInt64))
		}
		return vm.MakeInt(new(big.Int).MulRange(1, n.Int64())), nil
	})
	modkit.Func(m, "gcd", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := modkit.NoKwargs("gcd", kwnames); err != nil {
			return nil, err
		}
		g := new(big.Int)
		for _, v := range args {
			x, err := modkit.Big(th, v)
			if err != nil {
				return nil, err
			}
			g.GCD(nil, nil, g.Abs(g), x.Abs(x))
		}
		return vm.MakeInt(g), nil
	})
	modkit.Func(m, "lcm", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := modkit.NoKwargs("lcm", kwnames); err != nil {
			return nil, err
		}
		l := big.NewInt(1)
		for _, v := range args {
			x, err := modkit.Big(th, v)
			if err != nil {
				return nil, err
			}
			x.Abs(x)
			if x.Sign() == 0 || l.Sign() == 0 {
				l.SetInt64(0)
				continue
			}
			g := new(big.Int).GCD(nil, nil, l, x)
			l.Mul(l, x.Quo(x, g))
		}
		return vm.MakeInt(l), nil
	})
	modkit.Function(m, "isqrt", "n, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		n, err := modkit.Big(th, a[0])
		if err != nil {
			return nil, err
		}
		if n.Sign() < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "isqrt() argument must be nonnegative")
		}
		return vm.MakeInt(n.Sqrt(n)), nil
	})
	modkit.Function(m, "comb", "n, k, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		n, k, err := nk(th, a[0], a[1])
		if err != nil {
			return nil, err
		}
		if k.Cmp(n) > 0 {
			return vm.Int(0), nil
		}
		// comb(n, k) == comb(n, n-k): use the smaller k.
		if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
			k = nk
		}
		if !k.IsInt64() {
			return nil, vm.Errorf(vm.OverflowErrorType, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
		}
		return vm.MakeInt(fallingFactorial(n, k.Int64(), true)), nil
	})
	modkit.Function(m, "perm", "n, k=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if a[1] == nil || a[1] == vm.None {
			n, err := modkit.Big(th, a[0])
			if err != nil {
				return nil, err
			}
			if n.Sign() < 0 {
				return nil, vm.Errorf(vm.ValueErrorType, "n must be a non-negative integer")
			}
			if !n.IsInt64() {
				return nil, vm.Errorf(vm.OverflowErrorType, "n must not exceed %d", int64(math.MaxInt64))
			}
			return vm.MakeInt(new(big.Int).MulRange(1, n.Int64())), nil
		}
		n, k, err := nk(th, a[0], a[1])
		if err != nil {
			return nil, err
		}
		if k.Cmp(n) > 0 {
			return vm.Int(0), nil
		}
		if !k.IsInt64() {
			return nil, vm.Errorf(vm.OverflowErrorType, "k must not exceed %d", int64(math.MaxInt64))
		}
		return vm.MakeInt(fallingFactorial(n, k.Int64(), false)), nil
	})
}

// nk converts and checks the n and k arguments of comb and perm.
func nk(th *vm.Thread, nv, kv vm.Value) (n, k *big.Int, err error) {
	if n, err = modkit.Big(th, nv); err != nil {
		return nil, nil, err
	}
	if k, err = modkit.Big(th, kv); err != nil {
		return nil, nil, err
	}
	if n.Sign() < 0 {
		return nil, nil, vm.Errorf(vm.ValueErrorType, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, nil, vm.Errorf(vm.ValueErrorType, "k must be a non-negative integer")
	}
	return n, k, nil
}

// fallingFactorial returns n*(n-1)*...*(n-k+1), divided by k! when divide is set.
func fallingFactorial(n *big.Int, k int64, divide bool) *big.Int {
	if n.IsInt64() {
		nn := n.Int64()
		if divide {
			return new(big.Int).Binomial(nn, k)
		}
		return new(big.Int).MulRange(nn-k+1, nn)
	}
	r := big.NewInt(1)
	f := new(big.Int)
	for i := int64(0); i < k; i++ {
		f.Sub(n, big.NewInt(i))
		r.Mul(r, f)
		if divide {
			r.Quo(r, big.NewInt(i+1))
		}
	}
	return r
}

// prod is math.prod(iterable, *, start=1), using the generic multiplication.
func prod(th *vm.Thread, a []vm.Value) (vm.Value, error) {
	acc := modkit.Or(a[1], vm.Int(1))
	err := modkit.Iterate(th, a[0], func(item vm.Value) (bool, error) {
		r, err := vm.BinaryOp(th, compile.OpMul, acc, item)
		acc = r
		return true, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}
