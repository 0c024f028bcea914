package vm

// memoryview over bytes and bytearray: one-dimensional views of unsigned bytes (format 'B'),
// with indexing, slicing (views of views), comparison, tobytes/tolist/hex and release. A
// view of a bytearray sees and makes changes to it.

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
)

// MemoryViewType is the class of memoryview objects.
var MemoryViewType = NewBuiltinType("memoryview", ObjectType, 0).SetSolid()

// MemoryView is a memoryview.
type MemoryView struct {
	obj      Value      // the exported object
	bytes    string     // the data, for read-only sources
	ba       *ByteArray // the data, for bytearrays
	start    int
	step     int
	n        int
	released bool
}

// Type returns MemoryViewType.
func (*MemoryView) Type() *Type { return MemoryViewType }

func (m *MemoryView) at(i int) byte {
	j := m.start + i*m.step
	if m.ba != nil {
		if j < len(m.ba.B) {
			return m.ba.B[j]
		}
		return 0
	}
	return m.bytes[j]
}

// data returns the viewed bytes.
func (m *MemoryView) data() []byte {
	out := make([]byte, m.n)
	for i := range out {
		out[i] = m.at(i)
	}
	return out
}

func (m *MemoryView) check() error {
	if m.released {
		return Errorf(ValueErrorType, "operation forbidden on released memoryview object")
	}
	return nil
}

// NewMemoryView is memoryview(obj).
func NewMemoryView(obj Value) (*MemoryView, error) {
	switch x := obj.(type) {
	case *MemoryView:
		if err := x.check(); err != nil {
			return nil, err
		}
		c := *x
		return &c, nil
	case *ByteArray:
		return &MemoryView{obj: obj, ba: x, step: 1, n: len(x.B)}, nil
	}
	if ba, ok := byteArraySelf(obj); ok {
		return &MemoryView{obj: obj, ba: ba, step: 1, n: len(ba.B)}, nil
	}
	if b, ok := bytesLike(obj); ok {
		return &MemoryView{obj: obj, bytes: b, step: 1, n: len(b)}, nil
	}
	return nil, Errorf(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", typeNameOf(obj))
}

func mvSelf(name string, v Value) (*MemoryView, error) {
	m, ok := v.(*MemoryView)
	if !ok {
		return nil, descrError(name, MemoryViewType, v)
	}
	return m, m.check()
}

func init() {
	t := MemoryViewType
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		spec := argSpec{fname: "memoryview", names: []string{"object"}, kwOnly: 1, required: 1}
		a, err := spec.parse(args, kwnames, 1)
		if err != nil {
			return nil, err
		}
		if view, err := pythonBufferView(th, a[0]); view != nil || err != nil {
			return view, err
		}
		return NewMemoryView(a[0])
	})
	meth := func(name string, f func(th *Thread, m *MemoryView, args []Value) (Value, error)) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if len(args) == 0 {
				return nil, Errorf(TypeErrorType, "unbound method memoryview.%s() needs an argument", name)
			}
			m, err := mvSelf(name, args[0])
			if err != nil {
				return nil, err
			}
			return f(th, m, args)
		})
	}
	meth("__len__", func(th *Thread, m *MemoryView, args []Value) (Value, error) { return Int(m.n), nil })
	meth("tobytes", func(th *Thread, m *MemoryView, args []Value) (Value, error) { return Bytes(m.data()), nil })
	meth("tolist", func(th *Thread, m *MemoryView, args []Value) (Value, error) {
		out := make([]Value, m.n)
		for i := range out {
			out[i] = Int(m.at(i))
		}
		return NewList(out), nil
	})
	meth("hex", func(th *Thread, m *MemoryView, args []Value) (Value, error) {
		return bytesHex(th, string(m.data()), args, nil)
	})
	meth("__iter__", func(th *Thread, m *MemoryView, args []Value) (Value, error) {
		return &bytesIter{b: string(m.data())}, nil
	})
	meth("__enter__", func(th *Thread, m *MemoryView, args []Value) (Value, error) { return m, nil })
	t.AddMethod("__exit__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		args[0].(*MemoryView).released = true
		return None, nil
	})
	t.AddMethod("release", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		args[0].(*MemoryView).released = true
		return None, nil
	})
	meth("__repr__", func(th *Thread, m *MemoryView, args []Value) (Value, error) {
		return Str(objectRepr(m)[:1] + "memory at " + strings.SplitN(objectRepr(m), " at ", 2)[1]), nil
	})
	meth("__getitem__", func(th *Thread, m *MemoryView, args []Value) (Value, error) {
		if s, ok := args[1].(*Slice); ok {
			start, _, step, n, err := s.Indices(th, m.n)
			if err != nil {
				return nil, err
			}
			c := *m
			c.start = m.start + start*m.step
			c.step = m.step * step
			c.n = n
			return &c, nil
		}
		i, ok, err := seqIndex(th, args[1], m.n)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "memoryview: invalid slice key")
		}
		if i < 0 || i >= m.n {
			return nil, Errorf(IndexErrorType, "index out of bounds on dimension 1")
		}
		return Int(m.at(i)), nil
	})
	meth("__setitem__", func(th *Thread, m *MemoryView, args []Value) (Value, error) {
		if m.ba == nil {
			return nil, Errorf(TypeErrorType, "cannot modify read-only memory")
		}
		if s, ok := args[1].(*Slice); ok {
			start, _, step, n, err := s.Indices(th, m.n)
			if err != nil {
				return nil, err
			}
			src, ok := bytesLike(args[2])
			if !ok {
				if mv, ok := args[2].(*MemoryView); ok {
					src = string(mv.data())
				} else {
					return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", typeNameOf(args[2]))
				}
			}
			if len(src) != n {
				return nil, Errorf(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
			}
			for k := 0; k < n; k++ {
				m.ba.B[m.start+(start+k*step)*m.step] = src[k]
			}
			return None, nil
		}
		i, ok, err := seqIndex(th, args[1], m.n)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeErrorType, "memoryview: invalid slice key")
		}
		if i < 0 || i >= m.n {
			return nil, Errorf(IndexErrorType, "index out of bounds on dimension 1")
		}
		c, err := byteValue(th, args[2])
		if err != nil {
			return nil, Errorf(TypeErrorType, "memoryview: invalid type for format 'B'")
		}
		m.ba.B[m.start+i*m.step] = c
		return None, nil
	})
	getter := func(name string, f func(m *MemoryView) Value) {
		addGetter(t, name, func(th *Thread, v Value) (Value, error) {
			m, err := mvSelf(name, v)
			if err != nil {
				return nil, err
			}
			return f(m), nil
		})
	}
	getter("obj", func(m *MemoryView) Value { return m.obj })
	getter("nbytes", func(m *MemoryView) Value { return Int(m.n) })
	getter("readonly", func(m *MemoryView) Value { return Bool(m.ba == nil) })
	getter("itemsize", func(m *MemoryView) Value { return Int(1) })
	getter("format", func(m *MemoryView) Value { return Str("B") })
	getter("ndim", func(m *MemoryView) Value { return Int(1) })
	getter("shape", func(m *MemoryView) Value { return Tuple{Int(m.n)} })
	getter("strides", func(m *MemoryView) Value { return Tuple{Int(m.step)} })
	getter("contiguous", func(m *MemoryView) Value { return Bool(m.step == 1) })
	getter("c_contiguous", func(m *MemoryView) Value { return Bool(m.step == 1) })
	getter("f_contiguous", func(m *MemoryView) Value { return Bool(m.step == 1) })
	addGetter(t, "released", func(th *Thread, v Value) (Value, error) { return Bool(v.(*MemoryView).released), nil })
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		if op != compile.CmpEQ && op != compile.CmpNE {
			return NotImplemented, nil
		}
		x := a.(*MemoryView)
		var other string
		if y, ok := b.(*MemoryView); ok {
			other = string(y.data())
		} else if s, ok := bytesLike(b); ok {
			other = s
		} else {
			return NotImplemented, nil
		}
		return Bool((string(x.data()) == other) == (op == compile.CmpEQ)), nil
	})
	t.Dict.SetStr("__hash__", None)
	guardReceivers(t)
}
