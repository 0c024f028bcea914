package vm

import (
	"math"

	"github.com/asobiba/asobiba/runtime/compile"
)

// Slice is a slice object: the key of x[a:b:c].
type Slice struct {
	Start, Stop, Step Value // None when omitted
}

// Type returns SliceType.
func (*Slice) Type() *Type { return SliceType }

// NewSlice returns slice(start, stop, step); nil arguments become None.
func NewSlice(start, stop, step Value) *Slice {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	return &Slice{Start: start, Stop: stop, Step: step}
}

// maxSeqLen bounds the length of sequences built by repetition and concatenation: beyond it
// we raise MemoryError instead of exhausting the host (CPython would try, and usually fail
// the same way).
const maxSeqLen = 1 << 28

// maxSeqBytes is the same bound for str and bytes, in bytes.
const maxSeqBytes = 1 << 28

func sliceIndex(th *Thread, v Value) (int, error) {
	if i, ok := v.(Int); ok {
		return int(i), nil
	}
	if LookupSpecial(v, "__index__") == nil {
		if _, ok := intLike(v); !ok {
			return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
	}
	return AsClampedIndex(th, v)
}

// Unpack returns the slice's start, stop and step before adjustment to a length (CPython's
// PySlice_Unpack).
func (s *Slice) Unpack(th *Thread) (start, stop, step int, err error) {
	step = 1
	if s.Step != None {
		if step, err = sliceIndex(th, s.Step); err != nil {
			return
		}
		if step == 0 {
			return 0, 0, 0, Errorf(ValueErrorType, "slice step cannot be zero")
		}
		if step < -math.MaxInt {
			step = -math.MaxInt
		}
	}
	if s.Start == None {
		if step < 0 {
			start = math.MaxInt
		}
	} else if start, err = sliceIndex(th, s.Start); err != nil {
		return
	}
	if s.Stop == None {
		if step < 0 {
			stop = math.MinInt
		} else {
			stop = math.MaxInt
		}
	} else if stop, err = sliceIndex(th, s.Stop); err != nil {
		return
	}
	return start, stop, step, nil
}

// adjustIndices clips unpacked slice bounds to a sequence length and returns the number of
// selected items (CPython's PySlice_AdjustIndices).
func adjustIndices(length int, start, stop, step int) (int, int, int) {
	adj := func(i int) int {
		if i < 0 {
			i += length
			if i < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		} else if i >= length {
			if step < 0 {
				return length - 1
			}
			return length
		}
		return i
	}
	start, stop = adj(start), adj(stop)
	if step < 0 {
		if stop < start {
			return start, stop, (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		return start, stop, (stop-start-1)/step + 1
	}
	return start, stop, 0
}

// Indices resolves the slice against a sequence length: start, stop, step and the number of
// items selected.
func (s *Slice) Indices(th *Thread, length int) (start, stop, step, n int, err error) {
	if start, stop, step, err = s.Unpack(th); err != nil {
		return
	}
	start, stop, n = adjustIndices(length, start, stop, step)
	return
}

func init() {
	t := SliceType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeErrorType, "slice() takes no keyword arguments")
		}
		switch len(args) - 1 {
		case 1:
			return NewSlice(None, args[1], None), nil
		case 2:
			return NewSlice(args[1], args[2], None), nil
		case 3:
			return NewSlice(args[1], args[2], args[3]), nil
		case 0:
			return nil, Errorf(TypeErrorType, "slice expected at least 1 argument, got 0")
		}
		return nil, Errorf(TypeErrorType, "slice expected at most 3 arguments, got %d", len(args)-1)
	})
	self := func(v Value) *Slice { return v.(*Slice) }
	addGetter(t, "start", func(th *Thread, v Value) (Value, error) { return self(v).Start, nil })
	addGetter(t, "stop", func(th *Thread, v Value) (Value, error) { return self(v).Stop, nil })
	addGetter(t, "step", func(th *Thread, v Value) (Value, error) { return self(v).Step, nil })
	t.AddMethod("__repr__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s := self(args[0])
		r, err := joinReprs(th, "slice(", []Value{s.Start, s.Stop, s.Step}, ")")
		return Str(r), err
	})
	t.AddMethod("indices", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg("slice.indices", args, kwnames); err != nil {
			return nil, err
		}
		s := self(args[0])
		n, err := AsIndex(th, args[1])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueErrorType, "length should not be negative")
		}
		start, stop, step, _, err := s.Indices(th, n)
		if err != nil {
			return nil, err
		}
		return Tuple{Int(start), Int(stop), Int(step)}, nil
	})
	t.AddMethod("__hash__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s := self(args[0])
		h, err := hashTuple(th, Tuple{s.Start, s.Stop, s.Step})
		return Int(h), err
	})
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		y, ok := b.(*Slice)
		if !ok {
			return NotImplemented, nil
		}
		x := a.(*Slice)
		return RichCompare(th, Tuple{x.Start, x.Stop, x.Step}, Tuple{y.Start, y.Stop, y.Step}, op)
	})
	guardReceivers(t)
}
