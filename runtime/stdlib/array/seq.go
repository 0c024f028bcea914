package array

import (
	"slices"
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// arrayIter is the live iterator over an array (CPython's arrayiterator): items appended
// while iterating are seen.
type arrayIter struct {
	a *Array
	i int
}

// Type returns the arrayiterator class.
func (*arrayIter) Type() *vm.Type { return arrayIterType }

// index converts a subscript that is not a slice, or fails with "array indices must be
// integers".
func index(th *vm.Thread, key vm.Value) (int64, error) {
	if !modkit.IsInt(key) && vm.LookupSpecial(key, "__index__") == nil {
		return 0, vm.Errorf(vm.TypeErrorType, "array indices must be integers")
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

// position resolves an item index (negative from the end), failing with msg when out of
// range.
func (a *Array) position(th *vm.Thread, key vm.Value, msg string) (int, error) {
	i, err := index(th, key)
	if err != nil {
		return 0, err
	}
	n := int64(a.Len())
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, vm.Errorf(vm.IndexErrorType, "%s", msg)
	}
	return int(i), nil
}

// sliceIndices returns the item indices a slice selects.
func (a *Array) sliceIndices(th *vm.Thread, s *vm.Slice) ([]int, int, error) {
	start, _, step, n, err := s.Indices(th, a.Len())
	if err != nil {
		return nil, 0, err
	}
	idx := make([]int, n)
	for k := range idx {
		idx[k] = start + k*step
	}
	return idx, step, nil
}

func (a *Array) getItem(th *vm.Thread, key vm.Value) (vm.Value, error) {
	if s, ok := key.(*vm.Slice); ok {
		idx, _, err := a.sliceIndices(th, s)
		if err != nil {
			return nil, err
		}
		out := newArray(a.d, 0)
		for _, i := range idx {
			out.buf = append(out.buf, a.buf[i*a.d.size:(i+1)*a.d.size]...)
		}
		return out, nil
	}
	i, err := a.position(th, key, "array index out of range")
	if err != nil {
		return nil, err
	}
	return a.Item(i), nil
}

func (a *Array) setItem(th *vm.Thread, key, v vm.Value) error {
	s, ok := key.(*vm.Slice)
	if !ok {
		i, err := a.position(th, key, "array assignment index out of range")
		if err != nil {
			return err
		}
		u, err := a.d.conv(th, v)
		if err != nil {
			return err
		}
		a.put(i, u)
		return nil
	}
	other, ok := modkit.Payload[*Array](v)
	if !ok {
		return vm.Errorf(vm.TypeErrorType, "can only assign array (not \"%s\") to array slice", v.Type().Name)
	}
	if other.d != a.d {
		return vm.Errorf(vm.TypeErrorType, "bad argument type for built-in operation")
	}
	src := slices.Clone(other.buf)
	start, stop, step, n, err := s.Indices(th, a.Len())
	if err != nil {
		return err
	}
	if step == 1 {
		stop = max(stop, start)
		a.buf = slices.Replace(a.buf, start*a.d.size, stop*a.d.size, src...)
		return nil
	}
	if other.Len() != n {
		return vm.Errorf(vm.ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", other.Len(), n)
	}
	for k := 0; k < n; k++ {
		i := start + k*step
		copy(a.buf[i*a.d.size:(i+1)*a.d.size], src[k*a.d.size:(k+1)*a.d.size])
	}
	return nil
}

func (a *Array) delItem(th *vm.Thread, key vm.Value) error {
	s, ok := key.(*vm.Slice)
	if !ok {
		i, err := a.position(th, key, "array assignment index out of range")
		if err != nil {
			return err
		}
		a.deleteRange(i, i+1)
		return nil
	}
	idx, _, err := a.sliceIndices(th, s)
	if err != nil {
		return err
	}
	drop := make(map[int]bool, len(idx))
	for _, i := range idx {
		drop[i] = true
	}
	kept := a.buf[:0:0]
	for i := 0; i < a.Len(); i++ {
		if !drop[i] {
			kept = append(kept, a.buf[i*a.d.size:(i+1)*a.d.size]...)
		}
	}
	a.buf = kept
	return nil
}

// repeat returns the array's bytes repeated n times (none for n <= 0).
func (a *Array) repeat(th *vm.Thread, nv vm.Value) ([]byte, error) {
	x, err := vm.Index(th, nv)
	if err != nil {
		return nil, err
	}
	n, ok := x.(vm.Int)
	if !ok || n > 1<<40 {
		return nil, vm.Errorf(vm.MemoryErrorType, "")
	}
	if n <= 0 {
		return nil, nil
	}
	if int64(len(a.buf))*int64(n) > 1<<34 {
		return nil, vm.Errorf(vm.MemoryErrorType, "")
	}
	return slices.Repeat(a.buf, int(n)), nil
}

// compare implements the rich comparisons of two arrays, item by item as CPython does.
func compare(th *vm.Thread, a, b *Array, op compile.CompareOp) (vm.Value, error) {
	if a.Len() != b.Len() && (op == compile.CmpEQ || op == compile.CmpNE) {
		return vm.Bool(op == compile.CmpNE), nil
	}
	n := min(a.Len(), b.Len())
	for i := 0; i < n; i++ {
		x, y := a.Item(i), b.Item(i)
		eq, err := vm.Equal(th, x, y)
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
		return vm.RichCompare(th, x, y, op)
	}
	la, lb := a.Len(), b.Len()
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

func (a *Array) repr(th *vm.Thread, cls *vm.Type) (string, error) {
	name := cls.Name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = name[i+1:]
	}
	if a.Len() == 0 {
		return name + "('" + string(rune(a.d.code)) + "')", nil
	}
	var body vm.Value = vm.NewList(a.items())
	if a.d.code == 'u' {
		rs := make([]rune, a.Len())
		for i := range rs {
			rs[i] = rune(a.bits(i))
		}
		body = vm.Str(string(rs))
	}
	r, err := vm.Repr(th, body)
	if err != nil {
		return "", err
	}
	return name + "('" + string(rune(a.d.code)) + "', " + r + ")", nil
}

// initSeq gives array its sequence methods; setup calls it.
func initSeq() {
	t := ArrayType
	t.Dict.SetStr("__hash__", vm.None)
	method("__len__", "", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return vm.Int(a.Len()), nil
	})
	method("__getitem__", "key, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return a.getItem(th, args[0])
	})
	method("__setitem__", "key, value, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return vm.None, a.setItem(th, args[0], args[1])
	})
	method("__delitem__", "key, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return vm.None, a.delItem(th, args[0])
	})
	method("__contains__", "value, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		i, err := a.find(th, args[0], 0, a.Len())
		return vm.Bool(i >= 0), err
	})
	method("__iter__", "", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return &arrayIter{a: a}, nil
	})
	method("__add__", "value, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		b, ok := modkit.Payload[*Array](args[0])
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "can only append array (not \"%s\") to array", args[0].Type().Name)
		}
		if b.d != a.d {
			return nil, vm.Errorf(vm.TypeErrorType, "bad argument type for built-in operation")
		}
		return &Array{d: a.d, buf: slices.Concat(a.buf, b.buf)}, nil
	})
	t.AddMethod("__iadd__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		a := self(args[0])
		b, ok := modkit.Payload[*Array](args[1])
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "can only extend array with array (not \"%s\")", args[1].Type().Name)
		}
		if b.d != a.d {
			return nil, vm.Errorf(vm.TypeErrorType, "can only extend with array of same kind")
		}
		a.buf = append(a.buf, b.buf...)
		return args[0], nil
	})
	mul := func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		b, err := a.repeat(th, args[0])
		if err != nil {
			return nil, err
		}
		return &Array{d: a.d, buf: b}, nil
	}
	method("__mul__", "value, /", mul)
	method("__rmul__", "value, /", mul)
	t.AddMethod("__imul__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		a := self(args[0])
		b, err := a.repeat(th, args[1])
		if err != nil {
			return nil, err
		}
		a.buf = b
		return args[0], nil
	})
	for name, op := range map[string]compile.CompareOp{"__lt__": compile.CmpLT, "__le__": compile.CmpLE,
		"__eq__": compile.CmpEQ, "__ne__": compile.CmpNE, "__gt__": compile.CmpGT, "__ge__": compile.CmpGE} {
		method(name, "value, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
			b, ok := modkit.Payload[*Array](args[0])
			if !ok {
				return vm.NotImplemented, nil
			}
			return compare(th, a, b, op)
		})
	}
	t.AddMethod("__repr__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		a, err := modkit.Self[*Array](t, "__repr__", args)
		if err != nil {
			return nil, err
		}
		s, err := a.repr(th, args[0].Type())
		return vm.Str(s), err
	})
	// bytes(array) reads an array's buffer in CPython; Asobiba has no buffer protocol, so
	// arrays offer __bytes__ instead.
	method("__bytes__", "", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return vm.Bytes(a.buf), nil
	})

	it := arrayIterType
	it.AddMethod("__iter__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return args[0], nil
	})
	modkit.Method(it, "__next__", "", func(th *vm.Thread, x *arrayIter, args []vm.Value) (vm.Value, error) {
		if x.a == nil || x.i >= x.a.Len() {
			x.a = nil
			return nil, vm.NewException(vm.StopIterationType)
		}
		v := x.a.Item(x.i)
		x.i++
		return v, nil
	})
}
