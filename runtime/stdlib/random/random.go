// Package random implements Python's random module over the CPython-exact Mersenne Twister
// of runtime/internal/mt19937: a program that calls random.seed(42) draws exactly the
// numbers CPython 3.12 draws.
//
// Seeding without a seed (the module's generator at import, Random(), random.seed() or
// seed(None)) uses "the current time" as CPython does, and in Asobiba that is the virtual
// clock: seed(None) is seed(time.time_ns()) on the virtual clock. The clock reads 0 when a
// program starts, so an unseeded program draws the same numbers on every run, the numbers of
// random.seed(0).
package random

import (
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/mt19937"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// RandomType is the class random.Random.
var RandomType = modkit.NewClass("random", "Random", nil)

// generator is the Go payload of a Random instance.
type generator struct {
	r *mt19937.Random
}

// Type returns RandomType.
func (*generator) Type() *vm.Type { return RandomType }

// state is the opaque object getstate returns.
type state struct{ r mt19937.Random }

var stateType = modkit.NewFinalClass("random", "_State", nil)

// Type returns the class of generator states.
func (*state) Type() *vm.Type { return stateType }

// convert turns an mt19937 error into the Python exception it names.
func convert(err error) error {
	e, ok := err.(*mt19937.Error)
	if !ok {
		return err
	}
	cls := map[string]*vm.Type{"ValueError": vm.ValueErrorType, "IndexError": vm.IndexErrorType,
		"TypeError": vm.TypeErrorType, "ZeroDivisionError": vm.ZeroDivisionErrorType}[e.Type]
	if cls == nil {
		cls = vm.ValueErrorType
	}
	return vm.Errorf(cls, "%s", e.Msg)
}

// seed implements Random.seed(a=None, version=2).
func seed(th *vm.Thread, g *generator, a vm.Value) error {
	switch {
	case a == nil || a == vm.None:
		ns := 0.0
		if c := th.Interp.Clock; c != nil {
			ns = math.Round(c.Now() * 1e9)
		}
		g.r.Seed(big.NewInt(int64(ns)))
		return nil
	case modkit.IsInt(a):
		x, err := modkit.Big(th, a)
		if err != nil {
			return err
		}
		g.r.Seed(x)
		return nil
	}
	if s, ok := modkit.Str(a); ok {
		g.r.SeedString(s)
		return nil
	}
	if b, ok := modkit.Bytes(a); ok {
		g.r.SeedBytes(b)
		return nil
	}
	if _, ok := a.(vm.Float); ok || a.Type().IsSubtype(vm.FloatType) {
		h, err := vm.Hash(th, a)
		if err != nil {
			return err
		}
		g.r.Seed(big.NewInt(h))
		return nil
	}
	return vm.Errorf(vm.TypeErrorType, "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
}

func newGenerator(th *vm.Thread, cls *vm.Type, a vm.Value) (vm.Value, error) {
	g := &generator{r: new(mt19937.Random)}
	if err := seed(th, g, a); err != nil {
		return nil, err
	}
	return &vm.Instance{Class: cls, Dict: vm.NewDict(), Base: g}, nil
}

// initRandom gives Random its methods; setup calls it.
func initRandom() {
	t := RandomType
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cls, ok := args[0].(*vm.Type)
		if !ok || !cls.IsSubtype(RandomType) {
			return nil, vm.Errorf(vm.TypeErrorType, "Random.__new__(X): X is not a subtype of Random")
		}
		var a vm.Value
		if len(args)-len(kwnames) > 1 {
			a = args[1]
		}
		return newGenerator(th, cls, a)
	})
	t.AddMethod("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.None, nil
	})
	method := func(name, params string, fn func(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error)) {
		modkit.Method(t, name, params, func(th *vm.Thread, g *generator, a []vm.Value) (vm.Value, error) {
			return fn(th, g.r, a)
		})
	}
	modkit.Method(t, "seed", "a=, version=", func(th *vm.Thread, g *generator, a []vm.Value) (vm.Value, error) {
		return vm.None, seed(th, g, a[0])
	})
	method("random", "", func(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
		return vm.Float(r.Random()), nil
	})
	method("getrandbits", "k, /", func(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
		k, err := modkit.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		if k < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "number of bits must be non-negative")
		}
		return vm.MakeInt(r.GetRandBits(int(k))), nil
	})
	method("randbytes", "n", func(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
		n, err := modkit.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "number of bits must be non-negative")
		}
		return vm.Bytes(r.RandBytes(int(n))), nil
	})
	method("randrange", "start, stop=, step=", randrange)
	method("randint", "a, b", func(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
		x, err := modkit.Big(th, a[0])
		if err != nil {
			return nil, err
		}
		y, err := modkit.Big(th, a[1])
		if err != nil {
			return nil, err
		}
		v, err := r.RandIntBig(x, y)
		if err != nil {
			return nil, convert(err)
		}
		return vm.MakeInt(v), nil
	})
	method("choice", "seq", func(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
		n, err := vm.Len(th, a[0])
		if err != nil {
			return nil, err
		}
		i, err := r.Choice(n)
		if err != nil {
			return nil, convert(err)
		}
		return vm.GetItem(th, a[0], vm.Int(i))
	})
	method("shuffle", "x", shuffle)
	method("sample", "population, k, *, counts=", sample)
	method("choices", "population, weights=, *, cum_weights=, k=", choices)
	floats := func(name, params string, defaults []float64, fn func(r *mt19937.Random, x []float64) (float64, error)) {
		method(name, params, func(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
			x := make([]float64, len(a))
			for i, v := range a {
				if v == nil {
					x[i] = defaults[i]
					continue
				}
				f, err := modkit.Float(th, v)
				if err != nil {
					return nil, err
				}
				x[i] = f
			}
			f, err := fn(r, x)
			if err != nil {
				return nil, convert(err)
			}
			return vm.Float(f), nil
		})
	}
	nan := math.NaN()
	floats("uniform", "a, b", []float64{nan, nan}, func(r *mt19937.Random, x []float64) (float64, error) {
		return r.Uniform(x[0], x[1]), nil
	})
	floats("gauss", "mu=, sigma=", []float64{0, 1}, func(r *mt19937.Random, x []float64) (float64, error) {
		return r.Gauss(x[0], x[1]), nil
	})
	floats("normalvariate", "mu=, sigma=", []float64{0, 1}, func(r *mt19937.Random, x []float64) (float64, error) {
		return r.NormalVariate(x[0], x[1]), nil
	})
	floats("lognormvariate", "mu, sigma", []float64{nan, nan}, func(r *mt19937.Random, x []float64) (float64, error) {
		return r.LogNormVariate(x[0], x[1]), nil
	})
	floats("expovariate", "lambd=", []float64{1}, func(r *mt19937.Random, x []float64) (float64, error) {
		if x[0] == 0 {
			r.Random()
			return 0, vm.Errorf(vm.ZeroDivisionErrorType, "float division by zero")
		}
		return r.ExpoVariate(x[0]), nil
	})
	floats("vonmisesvariate", "mu, kappa", []float64{nan, nan}, func(r *mt19937.Random, x []float64) (float64, error) {
		return r.VonMisesVariate(x[0], x[1]), nil
	})
	floats("gammavariate", "alpha, beta", []float64{nan, nan}, func(r *mt19937.Random, x []float64) (float64, error) {
		return r.GammaVariate(x[0], x[1])
	})
	floats("betavariate", "alpha, beta", []float64{nan, nan}, func(r *mt19937.Random, x []float64) (float64, error) {
		return r.BetaVariate(x[0], x[1])
	})
	floats("paretovariate", "alpha", []float64{nan}, func(r *mt19937.Random, x []float64) (float64, error) {
		return r.ParetoVariate(x[0]), nil
	})
	floats("weibullvariate", "alpha, beta", []float64{nan, nan}, func(r *mt19937.Random, x []float64) (float64, error) {
		return r.WeibullVariate(x[0], x[1]), nil
	})
	method("triangular", "low=, high=, mode=", func(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
		low, high, mode := 0.0, 1.0, 0.0
		var err error
		if a[0] != nil {
			if low, err = modkit.Float(th, a[0]); err != nil {
				return nil, err
			}
		}
		if a[1] != nil {
			if high, err = modkit.Float(th, a[1]); err != nil {
				return nil, err
			}
		}
		hasMode := a[2] != nil && a[2] != vm.None
		if hasMode {
			if mode, err = modkit.Float(th, a[2]); err != nil {
				return nil, err
			}
		}
		return vm.Float(r.Triangular(low, high, mode, hasMode)), nil
	})
	method("getstate", "", func(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
		return &state{r: *r}, nil
	})
	method("setstate", "state, /", func(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
		s, ok := a[0].(*state)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "state vector must be a state returned by getstate()")
		}
		*r = s.r
		return vm.None, nil
	})
}

// Load builds the random module: the Random class, and module functions bound to a hidden
// instance seeded from the virtual clock.
func Load(th *vm.Thread) (*vm.Module, error) {
	setup()
	m := modkit.NewModule("random", "Random variable generators.")
	modkit.Set(m, "Random", RandomType)
	inst, err := newGenerator(th, RandomType, nil)
	if err != nil {
		return nil, err
	}
	modkit.Set(m, "_inst", inst)
	for _, k := range RandomType.Dict.Keys() {
		name, _ := modkit.Str(k)
		if len(name) == 0 || name[0] == '_' {
			continue
		}
		if b, ok := RandomType.Dict.GetStr(name); ok {
			if bi, ok := b.(*vm.Builtin); ok {
				modkit.Set(m, name, bi.Bind(inst))
			}
		}
	}
	modkit.Set(m, "SystemRandom", RandomType)
	return m, nil
}

func randrange(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
	start, err := modkit.Big(th, a[0])
	if err != nil {
		return nil, err
	}
	var stop, step *big.Int
	if a[1] != nil && a[1] != vm.None {
		if stop, err = modkit.Big(th, a[1]); err != nil {
			return nil, err
		}
	}
	if a[2] != nil {
		if step, err = modkit.Big(th, a[2]); err != nil {
			return nil, err
		}
		if stop == nil && !(step.IsInt64() && step.Int64() == 1) {
			return nil, vm.Errorf(vm.TypeErrorType, "Missing a non-None stop argument")
		}
	}
	v, err := r.RandRangeBig(start, stop, step)
	if err != nil {
		return nil, convert(err)
	}
	return vm.MakeInt(v), nil
}

func shuffle(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
	if l, ok := a[0].(*vm.List); ok {
		r.Shuffle(len(l.Items), func(i, j int) { l.Items[i], l.Items[j] = l.Items[j], l.Items[i] })
		return vm.None, nil
	}
	n, err := vm.Len(th, a[0])
	if err != nil {
		return nil, err
	}
	var failed error
	r.Shuffle(n, func(i, j int) {
		if failed != nil {
			return
		}
		x, err := vm.GetItem(th, a[0], vm.Int(i))
		if err != nil {
			failed = err
			return
		}
		y, err := vm.GetItem(th, a[0], vm.Int(j))
		if err != nil {
			failed = err
			return
		}
		if err := vm.SetItem(th, a[0], vm.Int(i), y); err != nil {
			failed = err
			return
		}
		failed = vm.SetItem(th, a[0], vm.Int(j), x)
	})
	return vm.None, failed
}

// population returns the items of a sample or choices population, which must be a sequence.
func population(th *vm.Thread, v vm.Value) ([]vm.Value, error) {
	switch v.(type) {
	case *vm.Dict:
		return nil, vm.Errorf(vm.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	if v.Type().IsSubtype(vm.SetType) || v.Type().IsSubtype(vm.FrozenSetType) || vm.LookupSpecial(v, "__getitem__") == nil {
		return nil, vm.Errorf(vm.TypeErrorType, "Population must be a sequence.  For dicts or sets, use sorted(d).")
	}
	return vm.Collect(th, v)
}

func sample(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
	pop, err := population(th, a[0])
	if err != nil {
		return nil, err
	}
	k, err := modkit.Int64(th, a[1])
	if err != nil {
		return nil, err
	}
	var idx []int
	if a[2] != nil && a[2] != vm.None {
		cs, err := vm.Collect(th, a[2])
		if err != nil {
			return nil, err
		}
		if len(cs) != len(pop) {
			return nil, vm.Errorf(vm.ValueErrorType, "The number of counts does not match the population")
		}
		counts := make([]int, len(cs))
		for i, c := range cs {
			n, err := modkit.Int64(th, c)
			if err != nil {
				return nil, err
			}
			counts[i] = int(n)
		}
		if idx, err = r.SampleCounts(counts, int(k)); err != nil {
			return nil, convert(err)
		}
	} else if idx, err = r.Sample(len(pop), int(k)); err != nil {
		return nil, convert(err)
	}
	out := make([]vm.Value, len(idx))
	for i, j := range idx {
		out[i] = pop[j]
	}
	return vm.NewList(out), nil
}

func choices(th *vm.Thread, r *mt19937.Random, a []vm.Value) (vm.Value, error) {
	pop, err := vm.Collect(th, a[0])
	if err != nil {
		return nil, err
	}
	k := int64(1)
	if a[3] != nil {
		if k, err = modkit.Int64(th, a[3]); err != nil {
			return nil, err
		}
	}
	weights, cum := a[1], a[2]
	if weights == vm.None {
		weights = nil
	}
	if cum == vm.None {
		cum = nil
	}
	var idx []int
	switch {
	case weights == nil && cum == nil:
		idx = r.Choices(len(pop), int(k))
	case weights != nil && cum != nil:
		return nil, vm.Errorf(vm.TypeErrorType, "Cannot specify both weights and cumulative weights")
	default:
		var cw []vm.Value
		if cum != nil {
			if cw, err = vm.Collect(th, cum); err != nil {
				return nil, err
			}
		} else {
			ws, err := vm.Collect(th, weights)
			if err != nil {
				return nil, err
			}
			var acc vm.Value
			for i, w := range ws {
				if i == 0 {
					acc = w
				} else if acc, err = vm.BinaryOp(th, compile.OpAdd, acc, w); err != nil {
					return nil, err
				}
				cw = append(cw, acc)
			}
		}
		if len(cw) != len(pop) {
			return nil, vm.Errorf(vm.ValueErrorType, "The number of weights does not match the population")
		}
		fs := make([]float64, len(cw))
		for i, c := range cw {
			if fs[i], err = modkit.Float(th, c); err != nil {
				return nil, err
			}
		}
		if idx, err = r.ChoicesCum(fs, int(k)); err != nil {
			return nil, convert(err)
		}
	}
	out := make([]vm.Value, len(idx))
	for i, j := range idx {
		out[i] = pop[j]
	}
	return vm.NewList(out), nil
}
