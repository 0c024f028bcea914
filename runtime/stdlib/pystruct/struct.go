package pystruct

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// The classes of the module.
var (
	// ErrorType is struct.error.
	ErrorType = func() *vm.Type {
		t := vm.NewBuiltinType("error", vm.ExceptionType, vm.FlagBaseType)
		t.Module = "struct"
		return t
	}()
	// StructType is struct.Struct (whose module is _struct in CPython, as its repr shows).
	StructType       = modkit.NewClass("_struct", "Struct", nil)
	unpackIteratorTy = modkit.NewFinalClass("_struct", "unpack_iterator", nil)
)

// Struct is the payload of a struct.Struct object.
type Struct struct {
	l      *layout
	format vm.Str
}

// Type returns StructType.
func (*Struct) Type() *vm.Type { return StructType }

// unpackIterator is the iterator iter_unpack returns.
type unpackIterator struct {
	l   *layout
	buf []byte
	pos int
}

// Type returns the unpack_iterator class.
func (*unpackIterator) Type() *vm.Type { return unpackIteratorTy }

// compileFormat parses a format given as str or bytes; fname names the caller in the
// TypeError for other types.
func compileFormat(v vm.Value) (*Struct, error) {
	var f string
	if s, ok := modkit.Str(v); ok {
		f = s
	} else if b, ok := v.(vm.Bytes); ok {
		f = string(b)
	} else if inst, ok := v.(*vm.Instance); ok && inst.Base != nil {
		if b, ok := inst.Base.(vm.Bytes); ok {
			f = string(b)
		}
	}
	if f == "" && !isStrOrBytes(v) {
		return nil, vm.Errorf(vm.TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", v.Type().Name)
	}
	l, err := parseFormat(f)
	if err != nil {
		return nil, structError("%s", err.Error())
	}
	return &Struct{l: l, format: vm.Str(f)}, nil
}

func isStrOrBytes(v vm.Value) bool {
	t := v.Type()
	return t.IsSubtype(vm.StrType) || t.IsSubtype(vm.BytesType)
}

// readBuffer returns the bytes of a readable buffer argument: bytes, bytearray, or an
// object exposing its memory (array.array).
func readBuffer(v vm.Value) ([]byte, error) {
	if b, ok := bytesArg(v); ok {
		return b, nil
	}
	if bs, ok := v.(interface{ ByteSlice() []byte }); ok {
		return bs.ByteSlice(), nil
	}
	if inst, ok := v.(*vm.Instance); ok {
		if bs, ok := inst.Base.(interface{ ByteSlice() []byte }); ok {
			return bs.ByteSlice(), nil
		}
	}
	return nil, vm.Errorf(vm.TypeErrorType, "a bytes-like object is required, not '%s'", v.Type().Name)
}

// writeBuffer returns the memory of a writable buffer argument: bytearray or array.array.
func writeBuffer(v vm.Value) ([]byte, error) {
	if inst, ok := v.(*vm.Instance); ok && inst.Base != nil {
		v = inst.Base
	}
	switch x := v.(type) {
	case *vm.ByteArray:
		return x.B, nil
	case interface{ ByteSlice() []byte }:
		if _, isBytes := v.(vm.Bytes); !isBytes {
			return x.ByteSlice(), nil
		}
	}
	return nil, vm.Errorf(vm.TypeErrorType, "argument must be read-write bytes-like object, not %s", v.Type().Name)
}

func (s *Struct) pack(th *vm.Thread, args []vm.Value) (vm.Value, error) {
	buf := make([]byte, s.l.size)
	if err := s.l.pack(th, buf, args); err != nil {
		return nil, err
	}
	return vm.Bytes(buf), nil
}

func (s *Struct) unpack(v vm.Value) (vm.Value, error) {
	buf, err := readBuffer(v)
	if err != nil {
		return nil, err
	}
	if len(buf) != s.l.size {
		return nil, structError("unpack requires a buffer of %d bytes", s.l.size)
	}
	return s.l.unpack(buf), nil
}

func (s *Struct) unpackFrom(th *vm.Thread, bufArg, offArg vm.Value) (vm.Value, error) {
	buf, err := readBuffer(bufArg)
	if err != nil {
		return nil, err
	}
	off := int64(0)
	if offArg != nil {
		if off, err = modkit.Int64(th, offArg); err != nil {
			return nil, err
		}
	}
	size, n := int64(s.l.size), int64(len(buf))
	if off < 0 {
		if off+size > 0 {
			return nil, structError("not enough data to unpack %d bytes at offset %d", size, off)
		}
		if off+n < 0 {
			return nil, structError("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < size {
		return nil, structError("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", size+off, size, off, n)
	}
	return s.l.unpack(buf[off : off+size]), nil
}

func (s *Struct) packInto(th *vm.Thread, args []vm.Value) (vm.Value, error) {
	if len(args) < 2 {
		if len(args) == 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "pack_into expected buffer argument")
		}
		return nil, vm.Errorf(vm.TypeErrorType, "pack_into expected offset argument")
	}
	buf, err := writeBuffer(args[0])
	if err != nil {
		return nil, err
	}
	off, err := modkit.Int64(th, args[1])
	if err != nil {
		return nil, err
	}
	if len(args)-2 != s.l.nitems {
		return nil, structError("pack expected %d items for packing (got %d)", s.l.nitems, len(args)-2)
	}
	size, n := int64(s.l.size), int64(len(buf))
	if off < 0 {
		if off+size > 0 {
			return nil, structError("no space to pack %d bytes at offset %d", size, off)
		}
		if off+n < 0 {
			return nil, structError("offset %d out of range for %d-byte buffer", off, n)
		}
		off += n
	}
	if n-off < size {
		return nil, structError("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", size+off, size, off, n)
	}
	tmp := make([]byte, size)
	if err := s.l.pack(th, tmp, args[2:]); err != nil {
		return nil, err
	}
	copy(buf[off:], tmp)
	return vm.None, nil
}

func (s *Struct) iterUnpack(v vm.Value) (vm.Value, error) {
	buf, err := readBuffer(v)
	if err != nil {
		return nil, err
	}
	if s.l.size == 0 {
		return nil, structError("cannot iteratively unpack with a struct of length 0")
	}
	if len(buf)%s.l.size != 0 {
		return nil, structError("iterative unpacking requires a buffer of a multiple of %d bytes", s.l.size)
	}
	return &unpackIterator{l: s.l, buf: buf}, nil
}

// structArg returns the Struct for a format argument of a module-level function.
func structArg(v vm.Value) (*Struct, error) {
	if s, ok := modkit.Payload[*Struct](v); ok {
		return s, nil
	}
	return compileFormat(v)
}

// initStruct gives Struct its methods; setup calls it.
func initStruct() {
	t := StructType
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cls, ok := args[0].(*vm.Type)
		if !ok || !cls.IsSubtype(StructType) {
			return nil, vm.Errorf(vm.TypeErrorType, "Struct.__new__(X): X is not a subtype of Struct")
		}
		a, err := modkit.NewSig("Struct", "format").Bind(args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		s, err := compileFormat(a[0])
		if err != nil {
			return nil, err
		}
		return modkit.NewInstance(cls, s), nil
	})
	t.AddMethod("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.None, nil
	})
	t.AddGetSet("format", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		s, _ := modkit.Payload[*Struct](self)
		return s.format, nil
	}, nil)
	t.AddGetSet("size", func(th *vm.Thread, self vm.Value) (vm.Value, error) {
		s, _ := modkit.Payload[*Struct](self)
		return vm.Int(s.l.size), nil
	}, nil)
	t.AddMethod("pack", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		s, err := modkit.Self[*Struct](t, "pack", args)
		if err != nil {
			return nil, err
		}
		if err := modkit.NoKwargs("pack", kwnames); err != nil {
			return nil, err
		}
		return s.pack(th, args[1:])
	})
	t.AddMethod("pack_into", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		s, err := modkit.Self[*Struct](t, "pack_into", args)
		if err != nil {
			return nil, err
		}
		if err := modkit.NoKwargs("pack_into", kwnames); err != nil {
			return nil, err
		}
		return s.packInto(th, args[1:])
	})
	modkit.Method(t, "unpack", "buffer, /", func(th *vm.Thread, s *Struct, a []vm.Value) (vm.Value, error) {
		return s.unpack(a[0])
	})
	modkit.Method(t, "unpack_from", "buffer, offset=", func(th *vm.Thread, s *Struct, a []vm.Value) (vm.Value, error) {
		return s.unpackFrom(th, a[0], a[1])
	})
	modkit.Method(t, "iter_unpack", "buffer, /", func(th *vm.Thread, s *Struct, a []vm.Value) (vm.Value, error) {
		return s.iterUnpack(a[0])
	})

	it := unpackIteratorTy
	it.AddMethod("__iter__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return args[0], nil
	})
	modkit.Method(it, "__next__", "", func(th *vm.Thread, u *unpackIterator, a []vm.Value) (vm.Value, error) {
		if u.pos+u.l.size > len(u.buf) {
			return nil, vm.NewException(vm.StopIterationType)
		}
		v := u.l.unpack(u.buf[u.pos : u.pos+u.l.size])
		u.pos += u.l.size
		return v, nil
	})
	modkit.Method(it, "__length_hint__", "", func(th *vm.Thread, u *unpackIterator, a []vm.Value) (vm.Value, error) {
		return vm.Int((len(u.buf) - u.pos) / u.l.size), nil
	})
}

// Load builds the struct module.
func Load(th *vm.Thread) (*vm.Module, error) {
	setup()
	m := modkit.NewModule("struct", "Functions to convert between Python values and C structs.")
	modkit.Set(m, "Struct", StructType)
	modkit.Set(m, "error", ErrorType)
	modkit.Func(m, "pack", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := modkit.NoKwargs("pack", kwnames); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "missing format argument")
		}
		s, err := structArg(args[0])
		if err != nil {
			return nil, err
		}
		return s.pack(th, args[1:])
	})
	modkit.Func(m, "pack_into", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := modkit.NoKwargs("pack_into", kwnames); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "missing format argument")
		}
		s, err := structArg(args[0])
		if err != nil {
			return nil, err
		}
		return s.packInto(th, args[1:])
	})
	modkit.Function(m, "unpack", "format, buffer, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s, err := structArg(a[0])
		if err != nil {
			return nil, err
		}
		return s.unpack(a[1])
	})
	modkit.Function(m, "unpack_from", "format, /, buffer, offset=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s, err := structArg(a[0])
		if err != nil {
			return nil, err
		}
		return s.unpackFrom(th, a[1], a[2])
	})
	modkit.Function(m, "iter_unpack", "format, buffer, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s, err := structArg(a[0])
		if err != nil {
			return nil, err
		}
		return s.iterUnpack(a[1])
	})
	calcsize := modkit.NewSig("_struct.calcsize", "format, /", modkit.StyleOne)
	modkit.Func(m, "calcsize", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		a, err := calcsize.Bind(args, kwnames)
		if err != nil {
			return nil, err
		}
		s, err := structArg(a[0])
		if err != nil {
			return nil, err
		}
		return vm.Int(s.l.size), nil
	})
	modkit.Function(m, "_clearcache", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.None, nil
	})
	return m, nil
}
