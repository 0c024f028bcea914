package vm

// Builtins about iteration: iter, next, aiter, anext, all, any, sorted, sum, min and max.

import (
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/compile"
)

func builtinIter(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("iter", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return Iter(th, args[0])
	}
	if !IsCallable(args[0]) {
		return nil, Errorf(TypeErrorType, "iter(v, w): v must be callable")
	}
	return NewCallableIter(args[0], args[1]), nil
}

func builtinNext(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("next", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	it := args[0]
	if g, ok := it.(*Generator); ok && !g.IsCoroutine() && !g.IsAsyncGenerator() {
		v, done, err := g.Send(th, None)
		if err != nil {
			return nil, err
		}
		if !done {
			return v, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		if v == None {
			return nil, NewException(StopIterationType)
		}
		return nil, NewStopIteration(v)
	}
	m := LookupSpecial(it, "__next__")
	if m == nil {
		return nil, Errorf(TypeErrorType, "'%s' object is not an iterator", typeNameOf(it))
	}
	if len(args) == 1 {
		switch it.(type) {
		case *listIter, *tupleIter, *rangeIter, goIterator:
		default:
			// The StopIteration __next__ raises propagates as it is, with its value (a
			// future's iterator returns the result that way).
			return callDunder(th, m, it)
		}
	}
	v, ok, err := Next(th, it)
	if err != nil {
		return nil, err
	}
	if !ok {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, NewException(StopIterationType)
	}
	return v, nil
}

func builtinAiter(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("aiter", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	r, found, err := CallSpecial(th, args[0], "__aiter__")
	if !found {
		return nil, Errorf(TypeErrorType, "'%s' object is not an async iterable", typeNameOf(args[0]))
	}
	if err != nil {
		return nil, err
	}
	if LookupSpecial(r, "__anext__") == nil {
		return nil, Errorf(TypeErrorType, "aiter() returned not an async iterator of type '%s'", typeNameOf(r))
	}
	return r, nil
}

func builtinAnext(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinPosArgs("anext", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	r, found, err := CallSpecial(th, args[0], "__anext__")
	if !found {
		return nil, Errorf(TypeErrorType, "'%s' object is not an async iterator", typeNameOf(args[0]))
	}
	if err != nil || len(args) == 1 {
		return r, err
	}
	return &anextAwaitable{awaitable: r, dflt: args[1]}, nil
}

// anextAwaitableType is the class of anext(it, default)'s result: an awaitable that gives
// default instead of raising StopAsyncIteration.
var anextAwaitableType = NewBuiltinType("anext_awaitable", ObjectType, 0).SetSolid()

type anextAwaitable struct {
	awaitable Value
	dflt      Value
	// iter is the awaitable's __await__ iterator once awaiting has started.
	iter Value
}

func (*anextAwaitable) Type() *Type { return anextAwaitableType }

// step resumes the underlying awaitable by calling method on its iterator, turning
// StopAsyncIteration into StopIteration(default).
func (a *anextAwaitable) step(th *Thread, method string, args ...Value) (Value, error) {
	if a.iter == nil {
		if g, ok := a.awaitable.(*Generator); ok && g.IsCoroutine() {
			a.iter = g
		} else {
			it, found, err := CallSpecial(th, a.awaitable, "__await__")
			if !found {
				return nil, Errorf(TypeErrorType, "'%s' object is not awaitable", typeNameOf(a.awaitable))
			}
			if err != nil {
				return nil, err
			}
			a.iter = it
		}
	}
	r, err := CallMethod(th, a.iter, method, args...)
	if err != nil && ExceptionMatches(err, StopAsyncIterationType) {
		return nil, NewStopIteration(a.dflt)
	}
	return r, err
}

func init() {
	t := anextAwaitableType
	self := func(args []Value) *anextAwaitable { return args[0].(*anextAwaitable) }
	t.AddMethod("__await__", func(th *Thread, args []Value, kwnames []string) (Value, error) { return args[0], nil })
	t.AddMethod("__iter__", func(th *Thread, args []Value, kwnames []string) (Value, error) { return args[0], nil })
	t.AddMethod("__next__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return self(args).step(th, "send", None)
	})
	t.AddMethod("send", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("send", args, kwnames); err != nil {
			return nil, err
		}
		return self(args).step(th, "send", args[1])
	})
	t.AddMethod("throw", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return self(args).step(th, "throw", args[1:]...)
	})
	t.AddMethod("close", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return self(args).step(th, "close")
	})
}

func builtinAll(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinOneArg("all", args, kwnames); err != nil {
		return nil, err
	}
	result := true
	err := ForEach(th, args[0], func(item Value) (bool, error) {
		t, err := Truth(th, item)
		if err != nil {
			return false, err
		}
		result = t
		return t, nil
	})
	return Bool(result), err
}

func builtinAny(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := builtinOneArg("any", args, kwnames); err != nil {
		return nil, err
	}
	result := false
	err := ForEach(th, args[0], func(item Value) (bool, error) {
		t, err := Truth(th, item)
		if err != nil {
			return false, err
		}
		result = t
		return !t, nil
	})
	return Bool(result), err
}

var builtinSortedSpec = argSpec{fname: "sorted", names: []string{"iterable", "key", "reverse"}, posOnly: 1, kwOnly: 1, required: 1}

func builtinSorted(th *Thread, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		if npos == 0 {
			return nil, Errorf(TypeErrorType, "sorted expected 1 argument, got 0")
		}
		return nil, Errorf(TypeErrorType, "sorted expected 1 argument, got %d", npos)
	}
	items, err := Collect(th, args[0])
	if err != nil {
		return nil, err
	}
	l := NewList(items)
	sortMethod, _ := ListType.Dict.GetStr("sort")
	full := append([]Value{l}, args[1:]...)
	if _, err := Call(th, sortMethod, full, kwnames); err != nil {
		return nil, err
	}
	return l, nil
}

var builtinSumSpec = argSpec{fname: "sum", names: []string{"iterable", "start"}, posOnly: 1, kwOnly: 2, required: 1}

// builtinSum is sum(iterable, /, start=0), with CPython 3.12's fast paths: exact int
// accumulation, and Neumaier-compensated float accumulation, so sum([0.1] * 10) == 1.0.
func builtinSum(th *Thread, args []Value, kwnames []string) (Value, error) {
	a, err := builtinSumSpec.parse(args, kwnames, 0)
	if err != nil {
		return nil, err
	}
	result := a[1]
	if result == nil {
		result = Int(0)
	}
	switch result.Type() {
	case StrType:
		return nil, Errorf(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	case BytesType:
		return nil, Errorf(TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
	case ByteArrayType:
		return nil, Errorf(TypeErrorType, "sum() can't sum bytearray [use b''.join(seq) instead]")
	}
	it, err := Iter(th, a[0])
	if err != nil {
		return nil, err
	}
	// The int fast path.
	if _, isInt := result.(Int); isInt {
		acc := int64(result.(Int))
		var bigAcc *big.Int
		for {
			item, ok, err := Next(th, it)
			if err != nil {
				return nil, err
			}
			if !ok {
				if bigAcc != nil {
					return MakeInt(bigAcc), nil
				}
				return Int(acc), nil
			}
			var x int64
			switch v := item.(type) {
			case Int:
				x = int64(v)
			case Bool:
				if v {
					x = 1
				}
			case *BigInt:
				if bigAcc == nil {
					bigAcc = big.NewInt(acc)
				}
				bigAcc.Add(bigAcc, v.Big())
				continue
			default:
				if bigAcc != nil {
					result = MakeInt(bigAcc)
				} else {
					result = Int(acc)
				}
				if f, isFloat := item.(Float); isFloat {
					fr, err := intToFloat(result)
					if err != nil {
						return nil, err
					}
					return builtinSumFloats(th, it, float64(fr)+float64(f))
				}
				r, err := BinaryOp(th, opAdd, result, item)
				if err != nil {
					return nil, err
				}
				return builtinSumGeneric(th, it, r)
			}
			if bigAcc != nil {
				bigAcc.Add(bigAcc, big.NewInt(x))
				continue
			}
			s := acc + x
			if (s > acc) == (x > 0) {
				acc = s
				continue
			}
			bigAcc = big.NewInt(acc)
			bigAcc.Add(bigAcc, big.NewInt(x))
		}
	}
	if f, isFloat := result.(Float); isFloat {
		return builtinSumFloats(th, it, float64(f))
	}
	return builtinSumGeneric(th, it, result)
}

// builtinSumFloats continues a sum whose running total is the float f, with Neumaier compensation
// while the items are floats or small ints.
func builtinSumFloats(th *Thread, it Value, f float64) (Value, error) {
	c := 0.0
	for {
		item, ok, err := Next(th, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
				f += c
			}
			return Float(f), nil
		}
		switch v := item.(type) {
		case Float:
			x := float64(v)
			t := f + x
			if math.Abs(f) >= math.Abs(x) {
				c += (f - t) + x
			} else {
				c += (x - t) + f
			}
			f = t
			continue
		case Int:
			f += float64(v)
			continue
		case Bool:
			if v {
				f++
			}
			continue
		}
		if c != 0 && !math.IsInf(c, 0) && !math.IsNaN(c) {
			f += c
		}
		r, err := BinaryOp(th, opAdd, Float(f), item)
		if err != nil {
			return nil, err
		}
		return builtinSumGeneric(th, it, r)
	}
}

func builtinSumGeneric(th *Thread, it Value, result Value) (Value, error) {
	for {
		item, ok, err := Next(th, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return result, nil
		}
		if result, err = BinaryOp(th, opAdd, result, item); err != nil {
			return nil, err
		}
	}
}

func builtinMin(th *Thread, args []Value, kwnames []string) (Value, error) {
	return builtinMinMax(th, "min", args, kwnames, true)
}

func builtinMax(th *Thread, args []Value, kwnames []string) (Value, error) {
	return builtinMinMax(th, "max", args, kwnames, false)
}

// builtinMinMax is min and max: one iterable or several arguments, key= and default= (only with
// an iterable). Ties keep the first item, as in CPython.
func builtinMinMax(th *Thread, name string, args []Value, kwnames []string, isMin bool) (Value, error) {
	npos := len(args) - len(kwnames)
	var key, dflt Value
	for i, k := range kwnames {
		v := args[npos+i]
		switch k {
		case "key":
			key = v
		case "default":
			dflt = v
		default:
			return nil, Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	if key == None {
		key = nil
	}
	var items []Value
	switch {
	case npos == 0:
		return nil, Errorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
	case npos == 1:
		var err error
		if items, err = Collect(th, args[0]); err != nil {
			return nil, err
		}
		if len(items) == 0 {
			if dflt != nil {
				return dflt, nil
			}
			// CPython 3.12 says "%s() iterable argument is empty"; the oracle that
			// produces the expected outputs (3.11) says this.
			return nil, Errorf(ValueErrorType, "%s() arg is an empty sequence", name)
		}
	default:
		if dflt != nil {
			return nil, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args[:npos]
	}
	var best, bestKey Value
	for _, item := range items {
		k := item
		if key != nil {
			var err error
			if k, err = Call(th, key, []Value{item}, nil); err != nil {
				return nil, err
			}
		}
		if best == nil {
			best, bestKey = item, k
			continue
		}
		var better bool
		var err error
		if isMin {
			better, err = CompareBool(th, k, bestKey, compile.CmpLT)
		} else {
			better, err = CompareBool(th, k, bestKey, compile.CmpGT)
		}
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = item, k
		}
	}
	return best, nil
}
