// Package random implements the _random module: the class _random.Random, CPython's
// Mersenne Twister core (seed, random, getrandbits, getstate and setstate) over the
// CPython-exact generator of runtime/internal/mt19937. As in CPython, everything else of the
// random module (randrange, shuffle, sample, choices and the distributions) is Python code:
// random.py in package pylib, whose Random class derives from this one.
//
// Seeding without a seed (Random(), random.seed() or seed(None), and so the module's
// generator at import) uses "the current time" as CPython does, and in Asobiba that is the
// virtual clock: seed(None) is seed(time.time_ns()) on the virtual clock. The clock reads 0
// when a program starts, so an unseeded program draws the same numbers on every run, the
// numbers of random.seed(0).
//
// seed also accepts bytes and bytearray, and seeds from them as random.seed does with
// version=2: from the int made of the bytes and their SHA-512 digest. CPython's C seed would
// hash them, but its random.py makes that int first; here the Go side makes it, so random.py
// passes a str's UTF-8 encoding, or the bytes, and need not import hashlib.
package random

import (
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/internal/mt19937"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// RandomType is the class _random.Random.
var RandomType = modkit.NewClass("_random", "Random", nil)

// generator is the Go payload of a Random instance. A new one is CPython's unseeded object
// (all zeros) until __init__ or seed seeds it.
type generator struct {
	mt mt19937.MT
}

// Type returns RandomType.
func (*generator) Type() *vm.Type { return RandomType }

// seed implements Random.seed(n=None, /).
func seed(th *vm.Thread, g *generator, a vm.Value) error {
	if a == nil || a == vm.None {
		ns := 0.0
		if c := th.Interp.Clock; c != nil {
			ns = math.Round(c.Now() * 1e9)
		}
		g.mt.Seed(big.NewInt(int64(ns)))
		return nil
	}
	if i, ok := a.(vm.Int); ok {
		g.mt.Seed(big.NewInt(int64(i)))
		return nil
	}
	if modkit.IsInt(a) {
		x, err := modkit.Big(th, a)
		if err != nil {
			return err
		}
		g.mt.Seed(x)
		return nil
	}
	if b, ok := modkit.Bytes(a); ok {
		g.mt.SeedBytes(b)
		return nil
	}
	// Any other object seeds with its hash, read as an unsigned word (C's size_t).
	h, err := vm.Hash(th, a)
	if err != nil {
		return err
	}
	g.mt.Seed(new(big.Int).SetUint64(uint64(h)))
	return nil
}

// Signatures, with the wording of CPython's argument errors.
var (
	seedSig        = modkit.NewSig("seed", "n=, /", modkit.StyleClinic)
	getrandbitsSig = modkit.NewSig("Random.getrandbits", "k, /", modkit.StyleOne)
	setstateSig    = modkit.NewSig("Random.setstate", "state, /", modkit.StyleOne)
	randomSig      = modkit.NewSig("Random.random", "", modkit.StyleNoArgs)
	getstateSig    = modkit.NewSig("Random.getstate", "", modkit.StyleNoArgs)
	randbelowSig   = modkit.NewSig("Random._randbelow", "n, /", modkit.StyleOne)
)

// method adds a method whose receiver is a generator and whose arguments bind to sig.
func method(name string, sig *modkit.Sig, fn func(th *vm.Thread, g *generator, a []vm.Value) (vm.Value, error)) *vm.Builtin {
	return RandomType.AddMethod(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		g, err := modkit.Self[*generator](RandomType, name, args)
		if err != nil {
			return nil, err
		}
		a, err := sig.Bind(args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		return fn(th, g, a)
	})
}

// initRandom gives Random its methods; setup calls it.
func initRandom() {
	t := RandomType
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cls, ok := args[0].(*vm.Type)
		if !ok || !cls.IsSubtype(RandomType) {
			return nil, vm.Errorf(vm.TypeErrorType, "Random.__new__(X): X is not a subtype of Random")
		}
		return modkit.NewInstance(cls, new(generator)), nil
	})
	t.AddMethod("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		g, err := modkit.Self[*generator](RandomType, "__init__", args)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "Random() takes no keyword arguments")
		}
		if len(args) > 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "Random() requires 0 or 1 argument")
		}
		var a vm.Value
		if len(args) == 2 {
			a = args[1]
		}
		return vm.None, seed(th, g, a)
	})
	method("seed", seedSig, func(th *vm.Thread, g *generator, a []vm.Value) (vm.Value, error) {
		return vm.None, seed(th, g, a[0])
	})
	method("random", randomSig, func(th *vm.Thread, g *generator, a []vm.Value) (vm.Value, error) {
		return vm.Float(g.mt.Random()), nil
	})
	getrandbits := method("getrandbits", getrandbitsSig, func(th *vm.Thread, g *generator, a []vm.Value) (vm.Value, error) {
		k, err := modkit.Int64(th, a[0])
		if err != nil {
			return nil, err
		}
		switch {
		case k < 0:
			return nil, vm.Errorf(vm.ValueErrorType, "number of bits must be non-negative")
		case k > math.MaxInt32:
			return nil, vm.Errorf(vm.OverflowErrorType, "Python int too large to convert to C int")
		case k <= 63:
			return vm.Int(g.mt.Bits64(int(k))), nil
		}
		return vm.MakeInt(g.mt.GetRandBits(int(k))), nil
	})
	// _randbelow(n) is random.py's _randbelow_with_getrandbits run in Go, for the common
	// case where getrandbits is this class's own: integers below n for randrange, choice,
	// shuffle and sample without a Python frame per draw. An object whose getrandbits is
	// another (a subclass's, or one set on the instance) draws through random.py's Python
	// version instead, so the result is always what CPython's random.py returns.
	RandomType.AddMethod("_randbelow", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		g, err := modkit.Self[*generator](RandomType, "_randbelow", args)
		if err != nil {
			return nil, err
		}
		if len(args) != 2 || len(kwnames) > 0 {
			if _, err := randbelowSig.Bind(args[1:], kwnames); err != nil {
				return nil, err
			}
		}
		n := args[1]
		if ownGetrandbits(args[0], getrandbits) {
			switch n := n.(type) {
			case vm.Int:
				return vm.Int(g.mt.RandBelow(int64(n))), nil
			case *vm.BigInt:
				return vm.MakeInt(g.mt.RandBelowBig(n.Big())), nil
			}
		}
		return vm.CallMethod(th, args[0], "_randbelow_with_getrandbits", n)
	})
	method("getstate", getstateSig, func(th *vm.Thread, g *generator, a []vm.Value) (vm.Value, error) {
		s := g.mt.State()
		items := make([]vm.Value, len(s))
		for i, w := range s {
			items[i] = vm.Int(w)
		}
		return vm.NewTuple(items...), nil
	})
	method("setstate", setstateSig, func(th *vm.Thread, g *generator, a []vm.Value) (vm.Value, error) {
		return vm.None, setState(th, g, a[0])
	})
}

// ownGetrandbits reports whether self.getrandbits is fn, the method of _random.Random.
func ownGetrandbits(self vm.Value, fn *vm.Builtin) bool {
	if inst, ok := self.(*vm.Instance); ok {
		if inst.Dict != nil {
			if _, found := inst.Dict.GetStr("getrandbits"); found {
				return false
			}
		}
		return inst.Class.Lookup("getrandbits") == vm.Value(fn)
	}
	return true
}

// setState implements Random.setstate(state, /) with CPython's checks: a tuple of 625 ints,
// the words read as C unsigned longs and truncated to 32 bits, and an index from 0 to 624.
func setState(th *vm.Thread, g *generator, v vm.Value) error {
	tup, ok := v.(vm.Tuple)
	if !ok {
		return vm.Errorf(vm.TypeErrorType, "state vector must be a tuple")
	}
	var s [mt19937.StateSize]uint32
	if len(tup) != len(s) {
		return vm.Errorf(vm.ValueErrorType, "state vector is the wrong size")
	}
	for i, item := range tup[:len(s)-1] {
		if !modkit.IsInt(item) {
			return vm.Errorf(vm.TypeErrorType, "an integer is required")
		}
		x, err := modkit.Big(th, item)
		if err != nil {
			return err
		}
		if x.Sign() < 0 {
			return vm.Errorf(vm.OverflowErrorType, "can't convert negative value to unsigned int")
		}
		if !x.IsUint64() {
			return vm.Errorf(vm.OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		s[i] = uint32(x.Uint64())
	}
	index, err := modkit.Int64(th, tup[len(s)-1])
	if err != nil {
		return err
	}
	if index < 0 || index > mt19937.StateSize-1 {
		return vm.Errorf(vm.ValueErrorType, "invalid state")
	}
	s[len(s)-1] = uint32(index)
	g.mt.SetState(s)
	return nil
}

// Load builds the _random module.
func Load(th *vm.Thread) (*vm.Module, error) {
	setup()
	m := modkit.NewModule("_random", "Module implements the Mersenne Twister random number generator.")
	modkit.Set(m, "Random", RandomType)
	return m, nil
}
