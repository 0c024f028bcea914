package array

import (
	"math"
	"slices"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// method adds a method of array.array bound against params (see modkit.NewSig).
func method(name, params string, fn func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error)) {
	modkit.Method(ArrayType, name, params, fn)
}

// find returns the index of the first item equal to v in [start, stop), or -1.
func (a *Array) find(th *vm.Thread, v vm.Value, start, stop int) (int, error) {
	for i := start; i < stop && i < a.Len(); i++ {
		eq, err := vm.Equal(th, a.Item(i), v)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// deleteRange removes items [i, j).
func (a *Array) deleteRange(i, j int) {
	a.buf = slices.Delete(a.buf, i*a.d.size, j*a.d.size)
}

// clampIndex turns a possibly negative index into a position in [0, n].
func clampIndex(i int64, n int) int {
	if i < 0 {
		i += int64(n)
		if i < 0 {
			return 0
		}
	}
	if i > int64(n) {
		return n
	}
	return int(i)
}

// initMethods gives array its construction and conversion methods; setup calls it.
func initMethods() {
	t := ArrayType
	t.AddStaticMethod("__new__", construct)
	t.AddMethod("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.None, nil
	})
	t.AddGetSet("typecode", func(th *vm.Thread, v vm.Value) (vm.Value, error) {
		return vm.Str(string(rune(self(v).d.code))), nil
	}, nil)
	t.AddGetSet("itemsize", func(th *vm.Thread, v vm.Value) (vm.Value, error) {
		return vm.Int(self(v).d.size), nil
	}, nil)
	method("append", "v, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return vm.None, a.appendValue(th, args[0])
	})
	method("extend", "bb, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return vm.None, a.extend(th, args[0])
	})
	method("insert", "i, v, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		i, err := modkit.Int64(th, args[0])
		if err != nil {
			return nil, err
		}
		u, err := a.d.conv(th, args[1])
		if err != nil {
			return nil, err
		}
		pos := clampIndex(i, a.Len())
		a.buf = slices.Insert(a.buf, pos*a.d.size, make([]byte, a.d.size)...)
		a.put(pos, u)
		return vm.None, nil
	})
	method("pop", "i=, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		i := int64(-1)
		if args[0] != nil {
			var err error
			if i, err = modkit.Int64(th, args[0]); err != nil {
				return nil, err
			}
		}
		n := int64(a.Len())
		if n == 0 {
			return nil, vm.Errorf(vm.IndexErrorType, "pop from empty array")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, vm.Errorf(vm.IndexErrorType, "pop index out of range")
		}
		v := a.Item(int(i))
		a.deleteRange(int(i), int(i)+1)
		return v, nil
	})
	method("remove", "v, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		i, err := a.find(th, args[0], 0, a.Len())
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "array.remove(x): x not in array")
		}
		a.deleteRange(i, i+1)
		return vm.None, nil
	})
	method("index", "v, start=, stop=, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		start, stop := int64(0), int64(math.MaxInt64)
		var err error
		if args[1] != nil {
			if start, err = modkit.Int64(th, args[1]); err != nil {
				return nil, err
			}
		}
		if args[2] != nil {
			if stop, err = modkit.Int64(th, args[2]); err != nil {
				return nil, err
			}
		}
		n := a.Len()
		i, err := a.find(th, args[0], clampIndex(start, n), clampIndex(stop, n))
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "array.index(x): x not in array")
		}
		return vm.Int(i), nil
	})
	method("count", "v, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		c := 0
		for i := 0; i < a.Len(); i++ {
			eq, err := vm.Equal(th, a.Item(i), args[0])
			if err != nil {
				return nil, err
			}
			if eq {
				c++
			}
		}
		return vm.Int(c), nil
	})
	method("reverse", "", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		for i, j := 0, a.Len()-1; i < j; i, j = i+1, j-1 {
			x, y := a.bits(i), a.bits(j)
			a.put(i, y)
			a.put(j, x)
		}
		return vm.None, nil
	})
	method("byteswap", "", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		for i := 0; i < len(a.buf); i += a.d.size {
			slices.Reverse(a.buf[i : i+a.d.size])
		}
		return vm.None, nil
	})
	method("buffer_info", "", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return vm.Tuple{vm.Int(vm.ObjectID(a)), vm.Int(a.Len())}, nil
	})
	method("tolist", "", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return vm.NewList(a.items()), nil
	})
	method("tobytes", "", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return vm.Bytes(a.buf), nil
	})
	method("frombytes", "buffer, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		b, ok := bytesOf(args[0])
		if !ok {
			if other, isArr := modkit.Payload[*Array](args[0]); isArr {
				b, ok = slices.Clone(other.buf), true
			}
		}
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "a bytes-like object is required, not '%s'", args[0].Type().Name)
		}
		return vm.None, a.fromBytes(b)
	})
	method("fromlist", "list, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		l, ok := args[0].(*vm.List)
		if !ok {
			if inst, isInst := args[0].(*vm.Instance); isInst {
				l, ok = inst.Base.(*vm.List)
			}
		}
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "arg must be list")
		}
		n := len(a.buf)
		for _, item := range slices.Clone(l.Items) {
			if err := a.appendValue(th, item); err != nil {
				a.buf = a.buf[:n]
				return nil, err
			}
		}
		return vm.None, nil
	})
	method("tounicode", "", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		if a.d.code != 'u' {
			return nil, vm.Errorf(vm.ValueErrorType, "tounicode() may only be called on unicode type arrays")
		}
		rs := make([]rune, a.Len())
		for i := range rs {
			rs[i] = rune(a.bits(i))
		}
		return vm.Str(string(rs)), nil
	})
	method("fromunicode", "ustr, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		s, ok := modkit.Str(args[0])
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "fromunicode() argument must be str, not %s", args[0].Type().Name)
		}
		if a.d.code != 'u' {
			return nil, vm.Errorf(vm.ValueErrorType, "fromunicode() may only be called on unicode type arrays")
		}
		a.fromUnicode(s)
		return vm.None, nil
	})
	method("tofile", "f, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		_, err := vm.CallMethod(th, args[0], "write", vm.Bytes(a.buf))
		return vm.None, err
	})
	method("fromfile", "f, n, /", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		n, err := modkit.Int64(th, args[1])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "negative count")
		}
		r, err := vm.CallMethod(th, args[0], "read", vm.Int(n*int64(a.d.size)))
		if err != nil {
			return nil, err
		}
		b, ok := bytesOf(r)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "read() didn't return bytes")
		}
		whole := len(b) / a.d.size * a.d.size
		a.buf = append(a.buf, b[:whole]...)
		if int64(len(b)) != n*int64(a.d.size) {
			return nil, vm.Errorf(vm.EOFErrorType, "read() didn't return enough bytes")
		}
		return vm.None, nil
	})
	copyFn := func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return &Array{d: a.d, buf: slices.Clone(a.buf)}, nil
	}
	method("__copy__", "", copyFn)
	method("__deepcopy__", "unused, /", copyFn)
	method("__sizeof__", "", func(th *vm.Thread, a *Array, args []vm.Value) (vm.Value, error) {
		return vm.Int(64 + len(a.buf)), nil
	})
}

// extend implements array.extend: another array of the same type code, or any iterable
// (items appended before a failing one stay, as in CPython).
func (a *Array) extend(th *vm.Thread, v vm.Value) error {
	if other, ok := modkit.Payload[*Array](v); ok {
		if other.d != a.d {
			return vm.Errorf(vm.TypeErrorType, "can only extend with array of same kind")
		}
		a.buf = append(a.buf, other.buf...)
		return nil
	}
	return modkit.Iterate(th, v, func(item vm.Value) (bool, error) {
		return true, a.appendValue(th, item)
	})
}
