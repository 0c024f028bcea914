package vm

import (
	"math/big"

	"github.com/asobiba/asobiba/runtime/compile"
)

// Range is a range object. Bounds are Go ints when the range's bounds and length fit;
// otherwise Big holds them (range(1 << 100) is legal, and iterable, though len() of it
// raises OverflowError as in CPython).
type Range struct {
	Start, Stop, Step int
	Len               int
	Big               *BigRange
}

// BigRange holds the bounds of a range that does not fit in Go ints.
type BigRange struct {
	Start, Stop, Step, Len *big.Int
}

// bigRangeIter iterates a big range.
type bigRangeIter struct {
	cur, step, left *big.Int
}

// Type returns LongRangeIterType.
func (*bigRangeIter) Type() *Type { return LongRangeIterType }

// LongRangeIterType is the class of iterators over big ranges.
var LongRangeIterType = newIterType("longrange_iterator")

func (it *bigRangeIter) next(th *Thread) (Value, bool, error) {
	if it.left.Sign() <= 0 {
		return nil, false, nil
	}
	v := MakeInt(new(big.Int).Set(it.cur))
	it.cur = new(big.Int).Add(it.cur, it.step)
	it.left = new(big.Int).Sub(it.left, big.NewInt(1))
	return v, true, nil
}

// newBigRange builds a range from int values that may not fit in Go ints.
func newBigRange(start, stop, step Value) *Range {
	b := &BigRange{Start: toBig(start), Stop: toBig(stop), Step: toBig(step)}
	n := new(big.Int)
	one := big.NewInt(1)
	if b.Step.Sign() > 0 && b.Start.Cmp(b.Stop) < 0 {
		n.Sub(b.Stop, b.Start).Sub(n, one).Quo(n, b.Step).Add(n, one)
	} else if b.Step.Sign() < 0 && b.Start.Cmp(b.Stop) > 0 {
		n.Sub(b.Start, b.Stop).Sub(n, one).Quo(n, new(big.Int).Neg(b.Step)).Add(n, one)
	}
	b.Len = n
	return &Range{Big: b}
}

// bigItem returns start + i*step for a big range.
func (b *BigRange) item(i *big.Int) Value {
	r := new(big.Int).Mul(i, b.Step)
	return MakeInt(r.Add(r, b.Start))
}

// Type returns RangeType.
func (*Range) Type() *Type { return RangeType }

// NewRange returns range(start, stop, step); step must not be zero.
func NewRange(start, stop, step int) *Range {
	r := &Range{Start: start, Stop: stop, Step: step}
	r.Len = rangeLen(start, stop, step)
	return r
}

func rangeLen(start, stop, step int) int {
	lo, hi, st := big.NewInt(int64(start)), big.NewInt(int64(stop)), big.NewInt(int64(step))
	if step > 0 && start < stop {
		n := new(big.Int).Sub(hi, lo)
		n.Sub(n, big.NewInt(1)).Quo(n, st).Add(n, big.NewInt(1))
		return int(n.Int64())
	}
	if step < 0 && start > stop {
		n := new(big.Int).Sub(lo, hi)
		n.Sub(n, big.NewInt(1)).Quo(n, new(big.Int).Neg(st)).Add(n, big.NewInt(1))
		return int(n.Int64())
	}
	return 0
}

// item returns the i-th element (0 <= i < Len).
func (r *Range) item(i int) int { return r.Start + i*r.Step }

// rangeIter iterates a range.
type rangeIter struct {
	cur, step int
	remaining int
}

// Type returns RangeIterType.
func (*rangeIter) Type() *Type { return RangeIterType }

func newRangeIter(r *Range) Value {
	if r.Big != nil {
		return &bigRangeIter{cur: r.Big.Start, step: r.Big.Step, left: r.Big.Len}
	}
	return &rangeIter{cur: r.Start, step: r.Step, remaining: r.Len}
}

func (it *rangeIter) next(th *Thread) (Value, bool, error) {
	if it.remaining <= 0 {
		return nil, false, nil
	}
	v := it.cur
	it.cur += it.step
	it.remaining--
	return Int(v), true, nil
}

func (it *rangeIter) lengthHint() int { return max(it.remaining, 0) }

// rangeContains is x in r: arithmetic for ints, equality search otherwise.
func rangeContains(th *Thread, r *Range, x Value) (bool, error) {
	if b := r.Big; b != nil {
		v, ok := intLike(x)
		if !ok {
			return false, nil
		}
		n := bigOf(v)
		if b.Len.Sign() == 0 {
			return false, nil
		}
		if b.Step.Sign() > 0 {
			if n.Cmp(b.Start) < 0 || n.Cmp(b.Stop) >= 0 {
				return false, nil
			}
		} else if n.Cmp(b.Start) > 0 || n.Cmp(b.Stop) <= 0 {
			return false, nil
		}
		d := new(big.Int).Sub(n, b.Start)
		return d.Rem(d, b.Step).Sign() == 0, nil
	}
	if v, ok := intLike(x); ok {
		i, ok := v.(Int)
		if !ok {
			return false, nil
		}
		n := int(i)
		if r.Step > 0 {
			if n < r.Start || n >= r.Stop {
				return false, nil
			}
		} else if n > r.Start || n <= r.Stop {
			return false, nil
		}
		return (n-r.Start)%r.Step == 0, nil
	}
	for i := 0; i < r.Len; i++ {
		eq, err := Equal(th, Int(r.item(i)), x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func rangeArg(th *Thread, v Value) (Value, error) {
	return Index(th, v)
}

func init() {
	t := RangeType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "range() takes no keyword arguments")
		}
		a := args[1:]
		var start, stop, step Value = Int(0), Int(0), Int(1)
		var err error
		switch len(a) {
		case 1:
			if stop, err = rangeArg(th, a[0]); err != nil {
				return nil, err
			}
		case 2, 3:
			if start, err = rangeArg(th, a[0]); err != nil {
				return nil, err
			}
			if stop, err = rangeArg(th, a[1]); err != nil {
				return nil, err
			}
			if len(a) == 3 {
				if step, err = rangeArg(th, a[2]); err != nil {
					return nil, err
				}
				if intSign(step) == 0 {
					return nil, Errorf(ValueErrorType, "range() arg 3 must not be zero")
				}
			}
		case 0:
			return nil, Errorf(TypeErrorType, "range expected at least 1 argument, got 0")
		default:
			return nil, Errorf(TypeErrorType, "range expected at most 3 arguments, got %d", len(a))
		}
		x, ok1 := start.(Int)
		y, ok2 := stop.(Int)
		z, ok3 := step.(Int)
		if ok1 && ok2 && ok3 && absU(int64(x)) < 1<<62 && absU(int64(y)) < 1<<62 && absU(int64(z)) < 1<<62 {
			return NewRange(int(x), int(y), int(z)), nil
		}
		r := newBigRange(start, stop, step)
		if r.Big.Start.IsInt64() && r.Big.Stop.IsInt64() && r.Big.Step.IsInt64() && r.Big.Len.IsInt64() &&
			absU(r.Big.Start.Int64()) < 1<<62 && absU(r.Big.Stop.Int64()) < 1<<62 && absU(r.Big.Step.Int64()) < 1<<62 {
			return NewRange(int(r.Big.Start.Int64()), int(r.Big.Stop.Int64()), int(r.Big.Step.Int64())), nil
		}
		return r, nil
	})
	self := func(v Value) *Range { return v.(*Range) }
	field := func(name string, small func(r *Range) int, large func(b *BigRange) *big.Int) {
		addGetter(t, name, func(th *Thread, v Value) (Value, error) {
			r := self(v)
			if r.Big != nil {
				return MakeInt(new(big.Int).Set(large(r.Big))), nil
			}
			return Int(small(r)), nil
		})
	}
	field("start", func(r *Range) int { return r.Start }, func(b *BigRange) *big.Int { return b.Start })
	field("stop", func(r *Range) int { return r.Stop }, func(b *BigRange) *big.Int { return b.Stop })
	field("step", func(r *Range) int { return r.Step }, func(b *BigRange) *big.Int { return b.Step })
	t.AddMethod("__len__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r := self(args[0])
		if r.Big != nil {
			return nil, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		return Int(r.Len), nil
	})
	t.AddMethod("__bool__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r := self(args[0])
		if r.Big != nil {
			return Bool(r.Big.Len.Sign() > 0), nil
		}
		return Bool(r.Len > 0), nil
	})
	t.AddMethod("__iter__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		return newRangeIter(self(args[0])), nil
	})
	t.AddMethod("__reversed__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r := self(args[0])
		if b := r.Big; b != nil {
			last := new(big.Int).Sub(b.Len, big.NewInt(1))
			return &bigRangeIter{cur: bigOf(b.item(last)), step: new(big.Int).Neg(b.Step), left: b.Len}, nil
		}
		return &rangeIter{cur: r.Start + (r.Len-1)*r.Step, step: -r.Step, remaining: r.Len}, nil
	})
	t.AddMethod("__contains__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		ok, err := rangeContains(th, self(args[0]), args[1])
		return Bool(ok), err
	})
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r := self(args[0])
		if b := r.Big; b != nil {
			s := "range(" + b.Start.String() + ", " + b.Stop.String()
			if b.Step.Cmp(big.NewInt(1)) != 0 {
				s += ", " + b.Step.String()
			}
			return Str(s + ")"), nil
		}
		if r.Step == 1 {
			return Str("range(" + itoa(r.Start) + ", " + itoa(r.Stop) + ")"), nil
		}
		return Str("range(" + itoa(r.Start) + ", " + itoa(r.Stop) + ", " + itoa(r.Step) + ")"), nil
	})
	t.AddMethod("__getitem__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r := self(args[0])
		if b := r.Big; b != nil {
			if sl, ok := args[1].(*Slice); ok {
				return bigRangeSlice(th, b, sl)
			}
			k, err := Index(th, args[1])
			if err != nil {
				return nil, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", typeNameOf(args[1]))
			}
			i := toBig(k)
			if i.Sign() < 0 {
				i.Add(i, b.Len)
			}
			if i.Sign() < 0 || i.Cmp(b.Len) >= 0 {
				return nil, Errorf(IndexErrorType, "range object index out of range")
			}
			return b.item(i), nil
		}
		if s, ok := args[1].(*Slice); ok {
			start, stop, step, n, err := s.Indices(th, r.Len)
			if err != nil {
				return nil, err
			}
			return &Range{Start: r.Start + start*r.Step, Stop: r.Start + stop*r.Step, Step: r.Step * step, Len: n}, nil
		}
		i, ok, err := seqIndex(th, args[1], r.Len)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", typeNameOf(args[1]))
		}
		if i < 0 || i >= r.Len {
			return nil, Errorf(IndexErrorType, "range object index out of range")
		}
		return Int(r.item(i)), nil
	})
	t.AddMethod("index", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("range.index", args, kwnames); err != nil {
			return nil, err
		}
		r := self(args[0])
		if v, ok := intLike(args[1]); ok {
			in, _ := rangeContains(th, r, v)
			if in && r.Big != nil {
				d := new(big.Int).Sub(bigOf(v), r.Big.Start)
				return MakeInt(d.Quo(d, r.Big.Step)), nil
			}
			if in {
				return Int((int(v.(Int)) - r.Start) / r.Step), nil
			}
		} else {
			for k := 0; k < r.Len; k++ {
				eq, err := Equal(th, Int(r.item(k)), args[1])
				if err != nil {
					return nil, err
				}
				if eq {
					return Int(k), nil
				}
			}
		}
		s, err := Repr(th, args[1])
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueErrorType, "%s is not in range", s)
	})
	t.AddMethod("count", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("range.count", args, kwnames); err != nil {
			return nil, err
		}
		r := self(args[0])
		if v, ok := intLike(args[1]); ok {
			in, _ := rangeContains(th, r, v)
			if in {
				return Int(1), nil
			}
			return Int(0), nil
		}
		n := 0
		for k := 0; k < r.Len; k++ {
			eq, err := Equal(th, Int(r.item(k)), args[1])
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return Int(n), nil
	})
	t.AddMethod("__hash__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		r := self(args[0])
		var tup Tuple
		switch r.Len {
		case 0:
			tup = Tuple{Int(0), None, None}
		case 1:
			tup = Tuple{Int(1), Int(r.Start), None}
		default:
			tup = Tuple{Int(r.Len), Int(r.Start), Int(r.Step)}
		}
		h, err := hashTuple(th, tup)
		return Int(h), err
	})
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		y, ok := b.(*Range)
		if !ok || (op != compile.CmpEQ && op != compile.CmpNE) {
			return NotImplemented, nil
		}
		x := a.(*Range)
		eq := x.Len == y.Len
		if eq && x.Len > 0 {
			eq = x.Start == y.Start && (x.Len == 1 || x.Step == y.Step)
		}
		return Bool(eq == (op == compile.CmpEQ)), nil
	})
	guardReceivers(t)
}

// bigRangeSlice is r[sl] for a big range, with the slice bounds clamped as CPython's
// _PySlice_GetLongIndices does.
func bigRangeSlice(th *Thread, b *BigRange, sl *Slice) (Value, error) {
	step := big.NewInt(1)
	if sl.Step != None {
		v, err := Index(th, sl.Step)
		if err != nil {
			return nil, err
		}
		if step = toBig(v); step.Sign() == 0 {
			return nil, Errorf(ValueErrorType, "slice step cannot be zero")
		}
	}
	lower, upper := big.NewInt(0), new(big.Int).Set(b.Len)
	if step.Sign() < 0 {
		lower, upper = big.NewInt(-1), upper.Sub(upper, big.NewInt(1))
	}
	bound := func(v Value, def *big.Int) (*big.Int, error) {
		if v == None {
			return def, nil
		}
		x, err := Index(th, v)
		if err != nil {
			return nil, err
		}
		n := new(big.Int).Set(toBig(x))
		if n.Sign() < 0 {
			if n.Add(n, b.Len); n.Cmp(lower) < 0 {
				n.Set(lower)
			}
		} else if n.Cmp(upper) > 0 {
			n.Set(upper)
		}
		return n, nil
	}
	defStart, defStop := lower, upper
	if step.Sign() < 0 {
		defStart, defStop = upper, lower
	}
	start, err := bound(sl.Start, defStart)
	if err != nil {
		return nil, err
	}
	stop, err := bound(sl.Stop, defStop)
	if err != nil {
		return nil, err
	}
	at := func(i *big.Int) Value { return MakeInt(new(big.Int).Add(b.Start, new(big.Int).Mul(i, b.Step))) }
	return newBigRange(at(start), at(stop), MakeInt(new(big.Int).Mul(step, b.Step))), nil
}
