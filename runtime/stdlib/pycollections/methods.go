package pycollections

import (
	"math"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// noArgs adds a METH_NOARGS method; the receiver check and the argument count are done
// here without allocating.
func noArgs(name string, fn func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error)) {
	DequeType.AddMethod(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		d, err := modkit.Self[*Deque](DequeType, name, args)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "deque.%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeErrorType, "deque.%s() takes no arguments (%d given)", name, len(args)-1)
		}
		return fn(th, d, args[0])
	})
}

// oneArg adds a METH_O method.
func oneArg(name string, fn func(th *vm.Thread, d *Deque, self, arg vm.Value) (vm.Value, error)) {
	DequeType.AddMethod(name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		d, err := modkit.Self[*Deque](DequeType, name, args)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "deque.%s() takes no keyword arguments", name)
		}
		if len(args) != 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "deque.%s() takes exactly one argument (%d given)", name, len(args)-1)
		}
		return fn(th, d, args[0], args[1])
	})
}

// sameItem is PyObject_RichCompareBool(a, b, Py_EQ): identity first, then ==.
func sameItem(th *vm.Thread, a, b vm.Value) (bool, error) {
	if vm.Is(a, b) {
		return true, nil
	}
	return vm.Equal(th, a, b)
}

// indexArg converts a subscript to an int for item access.
func indexArg(th *vm.Thread, key vm.Value) (int64, error) {
	if i, ok := key.(vm.Int); ok {
		return int64(i), nil
	}
	if !modkit.IsInt(key) && vm.LookupSpecial(key, "__index__") == nil {
		return 0, vm.Errorf(vm.TypeErrorType, "sequence index must be integer, not '%s'", key.Type().Name)
	}
	x, err := vm.Index(th, key)
	if err != nil {
		return 0, err
	}
	if i, ok := x.(vm.Int); ok {
		return int64(i), nil
	}
	return 0, vm.Errorf(vm.IndexErrorType, "cannot fit 'int' into an index-sized integer")
}

// position resolves an item index (negative from the end).
func (d *Deque) position(th *vm.Thread, key vm.Value) (int, error) {
	i, err := indexArg(th, key)
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += int64(d.n)
	}
	if i < 0 || i >= int64(d.n) {
		return 0, vm.Errorf(vm.IndexErrorType, "deque index out of range")
	}
	return int(i), nil
}

// sliceIndex is _PyEval_SliceIndexNotNone: an index clamped to the C range.
func sliceIndex(th *vm.Thread, v vm.Value) (int64, error) {
	if i, ok := v.(vm.Int); ok {
		return int64(i), nil
	}
	if !modkit.IsInt(v) && vm.LookupSpecial(v, "__index__") == nil {
		return 0, vm.Errorf(vm.TypeErrorType, "slice indices must be integers or have an __index__ method")
	}
	x, err := vm.Index(th, v)
	if err != nil {
		return 0, err
	}
	if i, ok := x.(vm.Int); ok {
		return int64(i), nil
	}
	if b := modkit.BigOf(x); b.Sign() < 0 {
		return math.MinInt64, nil
	}
	return math.MaxInt64, nil
}

// construct is deque.__new__: an empty deque; __init__ fills it.
func construct(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	cls, ok := args[0].(*vm.Type)
	if !ok || !cls.IsSubtype(DequeType) {
		return nil, vm.Errorf(vm.TypeErrorType, "deque.__new__(X): X is not a subtype of deque")
	}
	return modkit.NewInstance(cls, New()), nil
}

var initSig = modkit.NewSig("deque", "iterable=, maxlen=")

func initDeque(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	d, err := modkit.Self[*Deque](DequeType, "__init__", args)
	if err != nil {
		return nil, err
	}
	a, err := initSig.Bind(args[1:], kwnames)
	if err != nil {
		return nil, err
	}
	maxlen := -1
	if a[1] != nil && a[1] != vm.None {
		if !modkit.IsInt(a[1]) {
			return nil, vm.Errorf(vm.TypeErrorType, "an integer is required")
		}
		m, err := modkit.Int64(th, a[1])
		if err != nil {
			return nil, vm.Errorf(vm.OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		if m < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "maxlen must be non-negative")
		}
		if m > math.MaxInt32 {
			m = math.MaxInt32
		}
		maxlen = int(m)
	}
	d.maxlen = maxlen
	if d.n > 0 {
		d.Clear()
	}
	if a[0] != nil {
		if err := d.extend(th, args[0], a[0]); err != nil {
			return nil, err
		}
	}
	return vm.None, nil
}

// newLike returns an empty deque of self's class with self's maxlen, as deque.copy builds
// it: a plain deque directly, a subclass through its constructor.
func newLike(th *vm.Thread, d *Deque, self vm.Value, withItems bool) (vm.Value, error) {
	cls := self.Type()
	if cls == DequeType {
		if withItems {
			return d.copyOf(), nil
		}
		return &Deque{maxlen: d.maxlen}, nil
	}
	var arg vm.Value = vm.Tuple{}
	if withItems {
		arg = self
	}
	args := []vm.Value{arg}
	if d.maxlen >= 0 {
		args = append(args, vm.Int(d.maxlen))
	}
	return vm.Call(th, cls, args, nil)
}

// compare implements the rich comparisons of two deques, item by item.
func compare(th *vm.Thread, a, b *Deque, op compile.CompareOp) (vm.Value, error) {
	if a.n != b.n && (op == compile.CmpEQ || op == compile.CmpNE) {
		return vm.Bool(op == compile.CmpNE), nil
	}
	x, y := a.Items(), b.Items()
	n := min(len(x), len(y))
	for i := 0; i < n; i++ {
		eq, err := sameItem(th, x[i], y[i])
		if err != nil {
			return nil, err
		}
		if eq {
			continue
		}
		switch op {
		case compile.CmpEQ:
			return vm.False, nil
		case compile.CmpNE:
			return vm.True, nil
		}
		return vm.RichCompare(th, x[i], y[i], op)
	}
	la, lb := len(x), len(y)
	var r bool
	switch op {
	case compile.CmpLT:
		r = la < lb
	case compile.CmpLE:
		r = la <= lb
	case compile.CmpEQ:
		r = la == lb
	case compile.CmpNE:
		r = la != lb
	case compile.CmpGT:
		r = la > lb
	case compile.CmpGE:
		r = la >= lb
	}
	return vm.Bool(r), nil
}

// repeatInPlace is deque *= n.
func (d *Deque) repeatInPlace(th *vm.Thread, nv vm.Value) error {
	n, err := modkit.Int64(th, nv)
	if err != nil {
		return err
	}
	items := d.Items()
	if n <= 0 || len(items) == 0 {
		d.Clear()
		return nil
	}
	if n == 1 {
		return nil
	}
	if d.maxlen >= 0 {
		if need := int64(d.maxlen); int64(len(items))*n > need {
			n = (need + int64(len(items)) - 1) / int64(len(items))
		}
	}
	if int64(len(items))*n > 1<<32 {
		return vm.Errorf(vm.MemoryErrorType, "")
	}
	for k := int64(1); k < n; k++ {
		for _, v := range items {
			d.Append(v)
		}
	}
	return nil
}

// find returns the position of the first item equal to v in [start, stop), or -1; it fails
// when the deque changes during a comparison.
func (d *Deque) find(th *vm.Thread, v vm.Value, start, stop int) (int, error) {
	state := d.state
	for i := start; i < stop && i < d.n; i++ {
		eq, err := sameItem(th, d.At(i), v)
		if err != nil {
			return -1, err
		}
		if d.state != state {
			return -1, vm.Errorf(vm.RuntimeErrorType, "deque mutated during iteration")
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// initDequeType gives deque its methods; setup calls it.
func initDequeType() {
	t := DequeType
	t.Dict.SetStr("__hash__", vm.None)
	t.AddStaticMethod("__new__", construct)
	t.AddMethod("__init__", initDeque)
	t.AddGetSet("maxlen", func(th *vm.Thread, v vm.Value) (vm.Value, error) {
		d := self(v)
		if d == nil {
			return nil, vm.Errorf(vm.TypeErrorType, "descriptor 'maxlen' for 'collections.deque' objects doesn't apply to a '%s' object", v.Type().Name)
		}
		if d.maxlen < 0 {
			return vm.None, nil
		}
		return vm.Int(d.maxlen), nil
	}, nil)
	t.AddClassMethod("__class_getitem__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if len(args) != 2 || len(kwnames) > 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "deque.__class_getitem__() takes exactly one argument (%d given)", len(args)-1)
		}
		return vm.MakeGenericAlias(args[0], args[1]), nil
	})

	oneArg("append", func(th *vm.Thread, d *Deque, self, v vm.Value) (vm.Value, error) {
		d.Append(v)
		return vm.None, nil
	})
	oneArg("appendleft", func(th *vm.Thread, d *Deque, self, v vm.Value) (vm.Value, error) {
		d.AppendLeft(v)
		return vm.None, nil
	})
	noArgs("pop", func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error) { return d.Pop() })
	noArgs("popleft", func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error) { return d.PopLeft() })
	oneArg("extend", func(th *vm.Thread, d *Deque, self, v vm.Value) (vm.Value, error) {
		return vm.None, d.extend(th, self, v)
	})
	oneArg("extendleft", func(th *vm.Thread, d *Deque, self, v vm.Value) (vm.Value, error) {
		return vm.None, d.extendLeft(th, self, v)
	})
	noArgs("clear", func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error) {
		d.Clear()
		return vm.None, nil
	})
	cp := func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error) { return newLike(th, d, self, true) }
	noArgs("copy", cp)
	noArgs("__copy__", cp)
	noArgs("reverse", func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error) {
		d.Reverse()
		return vm.None, nil
	})
	oneArg("count", func(th *vm.Thread, d *Deque, self, v vm.Value) (vm.Value, error) {
		state := d.state
		total := 0
		for i := 0; i < d.n; i++ {
			eq, err := sameItem(th, d.At(i), v)
			if err != nil {
				return nil, err
			}
			if d.state != state {
				return nil, vm.Errorf(vm.RuntimeErrorType, "deque mutated during iteration")
			}
			if eq {
				total++
			}
		}
		return vm.Int(total), nil
	})
	oneArg("remove", func(th *vm.Thread, d *Deque, self, v vm.Value) (vm.Value, error) {
		n := d.n
		for i := 0; i < n; i++ {
			item := d.At(i)
			eq, err := sameItem(th, item, v)
			if err != nil {
				return nil, err
			}
			if d.n != n {
				return nil, vm.Errorf(vm.IndexErrorType, "deque mutated during remove().")
			}
			if eq {
				d.removeAt(i)
				return vm.None, nil
			}
		}
		r, err := vm.Repr(th, v)
		if err != nil {
			return nil, err
		}
		return nil, vm.Errorf(vm.ValueErrorType, "%s is not in deque", r)
	})
	t.AddMethod("rotate", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		d, err := modkit.Self[*Deque](t, "rotate", args)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "deque.rotate() takes no keyword arguments")
		}
		if len(args) > 2 {
			return nil, vm.Errorf(vm.TypeErrorType, "deque.rotate expected at most 1 argument, got %d", len(args)-1)
		}
		k := int64(1)
		if len(args) == 2 {
			if k, err = modkit.Int64(th, args[1]); err != nil {
				return nil, err
			}
		}
		d.Rotate(k)
		return vm.None, nil
	})
	t.AddMethod("index", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		d, err := modkit.Self[*Deque](t, "index", args)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "index() takes no keyword arguments")
		}
		switch n := len(args) - 1; {
		case n < 1:
			return nil, vm.Errorf(vm.TypeErrorType, "index expected at least 1 argument, got 0")
		case n > 3:
			return nil, vm.Errorf(vm.TypeErrorType, "index expected at most 3 arguments, got %d", n)
		}
		start, stop := int64(0), int64(math.MaxInt64)
		if len(args) > 2 {
			if start, err = sliceIndex(th, args[2]); err != nil {
				return nil, err
			}
		}
		if len(args) > 3 {
			if stop, err = sliceIndex(th, args[3]); err != nil {
				return nil, err
			}
		}
		n := int64(d.n)
		if start < 0 {
			start = max(start+n, 0)
		}
		if stop < 0 {
			stop = max(stop+n, 0)
		}
		stop = min(stop, n)
		if start < stop {
			i, err := d.find(th, args[1], int(start), int(stop))
			if err != nil {
				return nil, err
			}
			if i >= 0 {
				return vm.Int(i), nil
			}
		}
		r, err := vm.Repr(th, args[1])
		if err != nil {
			return nil, err
		}
		return nil, vm.Errorf(vm.ValueErrorType, "%s is not in deque", r)
	})
	t.AddMethod("insert", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		d, err := modkit.Self[*Deque](t, "insert", args)
		if err != nil {
			return nil, err
		}
		if len(kwnames) > 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "insert() takes no keyword arguments")
		}
		if len(args) != 3 {
			return nil, vm.Errorf(vm.TypeErrorType, "insert expected 2 arguments, got %d", len(args)-1)
		}
		i, err := modkit.Int64(th, args[1])
		if err != nil {
			return nil, err
		}
		if d.maxlen >= 0 && d.n >= d.maxlen {
			return nil, vm.Errorf(vm.IndexErrorType, "deque already at its maximum size")
		}
		n := int64(d.n)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		d.insertAt(int(i), args[2])
		return vm.None, nil
	})

	noArgs("__len__", func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error) { return vm.Int(d.n), nil })
	noArgs("__bool__", func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error) { return vm.Bool(d.n > 0), nil })
	oneArg("__contains__", func(th *vm.Thread, d *Deque, self, v vm.Value) (vm.Value, error) {
		i, err := d.find(th, v, 0, d.n)
		return vm.Bool(i >= 0), err
	})
	oneArg("__getitem__", func(th *vm.Thread, d *Deque, self, key vm.Value) (vm.Value, error) {
		i, err := d.position(th, key)
		if err != nil {
			return nil, err
		}
		return d.At(i), nil
	})
	t.AddMethod("__setitem__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		d, err := modkit.Self[*Deque](t, "__setitem__", args)
		if err != nil {
			return nil, err
		}
		if len(args) != 3 {
			return nil, vm.Errorf(vm.TypeErrorType, "expected 2 arguments, got %d", len(args)-1)
		}
		i, err := d.position(th, args[1])
		if err != nil {
			return nil, err
		}
		d.set(i, args[2])
		return vm.None, nil
	})
	oneArg("__delitem__", func(th *vm.Thread, d *Deque, self, key vm.Value) (vm.Value, error) {
		i, err := d.position(th, key)
		if err != nil {
			return nil, err
		}
		d.removeAt(i)
		return vm.None, nil
	})
	noArgs("__iter__", func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error) {
		return &dequeIter{d: d, state: d.state, left: d.n}, nil
	})
	noArgs("__reversed__", func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error) {
		return &dequeIter{d: d, state: d.state, left: d.n, rev: true}, nil
	})
	oneArg("__add__", func(th *vm.Thread, d *Deque, self, other vm.Value) (vm.Value, error) {
		o, ok := modkit.Payload[*Deque](other)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "can only concatenate deque (not \"%s\") to deque", other.Type().Name)
		}
		r, err := newLike(th, d, self, true)
		if err != nil {
			return nil, err
		}
		rd, ok := modkit.Payload[*Deque](r)
		if !ok {
			return r, nil
		}
		items := o.Items()
		for _, v := range items {
			rd.Append(v)
		}
		return r, nil
	})
	oneArg("__iadd__", func(th *vm.Thread, d *Deque, self, other vm.Value) (vm.Value, error) {
		if err := d.extend(th, self, other); err != nil {
			return nil, err
		}
		return self, nil
	})
	mul := func(th *vm.Thread, d *Deque, self, n vm.Value) (vm.Value, error) {
		if !modkit.IsInt(n) && vm.LookupSpecial(n, "__index__") == nil {
			return vm.NotImplemented, nil
		}
		r, err := newLike(th, d, self, true)
		if err != nil {
			return nil, err
		}
		if rd, ok := modkit.Payload[*Deque](r); ok {
			if err := rd.repeatInPlace(th, n); err != nil {
				return nil, err
			}
		}
		return r, nil
	}
	oneArg("__mul__", mul)
	oneArg("__rmul__", mul)
	oneArg("__imul__", func(th *vm.Thread, d *Deque, self, n vm.Value) (vm.Value, error) {
		if !modkit.IsInt(n) && vm.LookupSpecial(n, "__index__") == nil {
			return vm.NotImplemented, nil
		}
		if err := d.repeatInPlace(th, n); err != nil {
			return nil, err
		}
		return self, nil
	})
	for name, op := range map[string]compile.CompareOp{"__lt__": compile.CmpLT, "__le__": compile.CmpLE,
		"__eq__": compile.CmpEQ, "__ne__": compile.CmpNE, "__gt__": compile.CmpGT, "__ge__": compile.CmpGE} {
		oneArg(name, func(th *vm.Thread, d *Deque, self, other vm.Value) (vm.Value, error) {
			o, ok := modkit.Payload[*Deque](other)
			if !ok {
				return vm.NotImplemented, nil
			}
			return compare(th, d, o, op)
		})
	}
	noArgs("__repr__", func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error) {
		s, err := d.repr(th, self.Type())
		return vm.Str(s), err
	})
	noArgs("__reduce__", func(th *vm.Thread, d *Deque, self vm.Value) (vm.Value, error) {
		var ml vm.Value = vm.None
		if d.maxlen >= 0 {
			ml = vm.Int(d.maxlen)
		}
		it, err := vm.Iter(th, vm.NewList(d.Items()))
		if err != nil {
			return nil, err
		}
		var state vm.Value = vm.None
		if inst, ok := self.(*vm.Instance); ok && inst.Dict != nil && inst.Dict.Len() > 0 {
			state = inst.Dict
		}
		return vm.Tuple{self.Type(), vm.Tuple{vm.Tuple{}, ml}, state, it}, nil
	})

	for _, it := range []*vm.Type{dequeIterType, dequeRevIterType} {
		it.AddMethod("__iter__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return args[0], nil
		})
		it.AddMethod("__next__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			x, ok := args[0].(*dequeIter)
			if !ok {
				return nil, vm.Errorf(vm.TypeErrorType, "descriptor '__next__' requires a deque iterator")
			}
			return x.next()
		})
		it.AddMethod("__length_hint__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			x, _ := args[0].(*dequeIter)
			if x == nil {
				return vm.Int(0), nil
			}
			return vm.Int(x.left), nil
		})
	}
}

// dequeIter iterates over a deque forwards or backwards, failing once the deque changes.
type dequeIter struct {
	d     *Deque
	state uint64
	pos   int
	left  int
	rev   bool
}

// Type returns the iterator's class.
func (x *dequeIter) Type() *vm.Type {
	if x.rev {
		return dequeRevIterType
	}
	return dequeIterType
}

func (x *dequeIter) next() (vm.Value, error) {
	if x.d.state != x.state {
		x.left = 0
		return nil, vm.Errorf(vm.RuntimeErrorType, "deque mutated during iteration")
	}
	if x.left == 0 {
		return nil, vm.NewException(vm.StopIterationType)
	}
	var v vm.Value
	if x.rev {
		v = x.d.At(x.d.n - 1 - x.pos)
	} else {
		v = x.d.At(x.pos)
	}
	x.pos++
	x.left--
	return v, nil
}
