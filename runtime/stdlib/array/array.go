// Package array implements Python's array module: compact sequences of numbers of one C
// type, as CPython 3.12 lays them out on x86-64 Linux (long is 8 bytes, the 'u' type is a
// 4-byte wchar_t, native byte order is little-endian).
//
// An array keeps its items in a byte slice in exactly the layout CPython's array uses, so
// tobytes, frombytes, byteswap and the buffer the struct module reads are plain views of
// that memory. Items are converted when read and written, with CPython's messages for values
// that do not fit ("signed char is greater than maximum", "unsigned int is greater than
// maximum", "Python int too large to convert to C long", ...).
//
// buffer_info returns a made-up address (the object's id), as Asobiba has no raw memory.
package array

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Typecodes lists the type codes in CPython's order (array.typecodes).
const Typecodes = "bBuhHiIlLqQfd"

// ArrayType is the class array.array.
var ArrayType = modkit.NewClass("array", "array", nil)

var arrayIterType = modkit.NewFinalClass("array", "arrayiterator", nil)

// kind groups type codes that are read and written the same way.
type kind uint8

const (
	signedKind kind = iota
	unsignedKind
	floatKind
	unicodeKind
)

// typeDesc describes one type code.
type typeDesc struct {
	code byte
	size int
	kind kind
	// conv converts a Python value to the item's bits, with CPython's errors.
	conv func(th *vm.Thread, v vm.Value) (uint64, error)
}

var descs = map[byte]*typeDesc{}

// initDescs fills descs, the table of type codes; setup calls it.
func initDescs() {
	add := func(code byte, size int, k kind, conv func(th *vm.Thread, v vm.Value) (uint64, error)) {
		descs[code] = &typeDesc{code: code, size: size, kind: k, conv: conv}
	}
	add('b', 1, signedKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		x, err := asShort(th, v)
		if err == nil {
			err = checkRange(x, -128, 127, "signed char")
		}
		return uint64(x), err
	})
	add('B', 1, unsignedKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		x, err := asLong(th, v)
		if err == nil {
			err = checkRange(x, 0, 255, "unsigned byte integer")
		}
		return uint64(x), err
	})
	add('u', 4, unicodeKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		s, ok := modkit.Str(v)
		rs := []rune(s)
		if !ok || len(rs) != 1 {
			return 0, vm.Errorf(vm.TypeErrorType, "array item must be unicode character")
		}
		return uint64(rs[0]), nil
	})
	add('h', 2, signedKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		x, err := asShort(th, v)
		return uint64(x), err
	})
	add('H', 2, unsignedKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		x, err := asInt(th, v)
		if err == nil {
			err = checkRange(x, 0, math.MaxUint16, "unsigned short")
		}
		return uint64(x), err
	})
	add('i', 4, signedKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		x, err := asInt(th, v)
		return uint64(x), err
	})
	add('I', 4, unsignedKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		x, err := asULong(th, v)
		if err == nil && x > math.MaxUint32 {
			err = vm.Errorf(vm.OverflowErrorType, "unsigned int is greater than maximum")
		}
		return x, err
	})
	add('l', 8, signedKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		x, err := asLong(th, v)
		return uint64(x), err
	})
	add('L', 8, unsignedKind, asULong)
	add('q', 8, signedKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		x, err := bigIndex(th, v)
		if err != nil {
			return 0, err
		}
		if !x.IsInt64() {
			return 0, vm.Errorf(vm.OverflowErrorType, "int too big to convert")
		}
		return uint64(x.Int64()), nil
	})
	add('Q', 8, unsignedKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		x, err := bigIndex(th, v)
		switch {
		case err != nil:
			return 0, err
		case x.Sign() < 0:
			return 0, vm.Errorf(vm.OverflowErrorType, "can't convert negative int to unsigned")
		case !x.IsUint64():
			return 0, vm.Errorf(vm.OverflowErrorType, "int too big to convert")
		}
		return x.Uint64(), nil
	})
	add('f', 4, floatKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		f, err := vm.AsFloat(th, v)
		return uint64(math.Float32bits(float32(f))), err
	})
	add('d', 8, floatKind, func(th *vm.Thread, v vm.Value) (uint64, error) {
		f, err := vm.AsFloat(th, v)
		return math.Float64bits(f), err
	})
}

// bigIndex converts an integer item (an int or an object with __index__).
func bigIndex(th *vm.Thread, v vm.Value) (*big.Int, error) {
	x, err := vm.Index(th, v)
	if err != nil {
		return nil, err
	}
	return modkit.BigOf(x), nil
}

// asLong is PyLong_AsLong on an index.
func asLong(th *vm.Thread, v vm.Value) (int64, error) {
	x, err := bigIndex(th, v)
	if err != nil {
		return 0, err
	}
	if !x.IsInt64() {
		return 0, vm.Errorf(vm.OverflowErrorType, "Python int too large to convert to C long")
	}
	return x.Int64(), nil
}

// asShort is PyArg_Parse's "h" format.
func asShort(th *vm.Thread, v vm.Value) (int64, error) {
	x, err := asLong(th, v)
	if err == nil {
		err = checkRange(x, math.MinInt16, math.MaxInt16, "signed short integer")
	}
	return x, err
}

// asInt is PyArg_Parse's "i" format.
func asInt(th *vm.Thread, v vm.Value) (int64, error) {
	x, err := asLong(th, v)
	if err == nil {
		err = checkRange(x, math.MinInt32, math.MaxInt32, "signed integer")
	}
	return x, err
}

// asULong is PyLong_AsUnsignedLong on an index.
func asULong(th *vm.Thread, v vm.Value) (uint64, error) {
	x, err := bigIndex(th, v)
	switch {
	case err != nil:
		return 0, err
	case x.Sign() < 0:
		return 0, vm.Errorf(vm.OverflowErrorType, "can't convert negative value to unsigned int")
	case !x.IsUint64():
		return 0, vm.Errorf(vm.OverflowErrorType, "Python int too large to convert to C unsigned long")
	}
	return x.Uint64(), nil
}

// checkRange fails with CPython's "<what> is greater than maximum" or "is less than minimum".
func checkRange(x, lo, hi int64, what string) error {
	switch {
	case x > hi:
		return vm.Errorf(vm.OverflowErrorType, "%s is greater than maximum", what)
	case x < lo:
		return vm.Errorf(vm.OverflowErrorType, "%s is less than minimum", what)
	}
	return nil
}

// Array is the payload of an array.array object.
type Array struct {
	d   *typeDesc
	buf []byte
}

// Type returns ArrayType.
func (*Array) Type() *vm.Type { return ArrayType }

// ByteSlice returns the array's memory (the buffer that struct and bytes-like consumers
// read and write).
func (a *Array) ByteSlice() []byte { return a.buf }

// Len returns the number of items.
func (a *Array) Len() int { return len(a.buf) / a.d.size }

// Typecode returns the array's type code.
func (a *Array) Typecode() byte { return a.d.code }

func (a *Array) bits(i int) uint64 {
	p := a.buf[i*a.d.size : (i+1)*a.d.size]
	switch a.d.size {
	case 1:
		return uint64(p[0])
	case 2:
		return uint64(binary.LittleEndian.Uint16(p))
	case 4:
		return uint64(binary.LittleEndian.Uint32(p))
	}
	return binary.LittleEndian.Uint64(p)
}

func (a *Array) put(i int, u uint64) {
	p := a.buf[i*a.d.size : (i+1)*a.d.size]
	switch a.d.size {
	case 1:
		p[0] = byte(u)
	case 2:
		binary.LittleEndian.PutUint16(p, uint16(u))
	case 4:
		binary.LittleEndian.PutUint32(p, uint32(u))
	default:
		binary.LittleEndian.PutUint64(p, u)
	}
}

// Item returns the i-th item as a Python value.
func (a *Array) Item(i int) vm.Value {
	u := a.bits(i)
	switch a.d.kind {
	case signedKind:
		shift := 64 - 8*a.d.size
		return vm.Int(int64(u<<shift) >> shift)
	case unsignedKind:
		return vm.MakeUint(u)
	case unicodeKind:
		return vm.Str(string(rune(u)))
	}
	if a.d.size == 4 {
		return vm.Float(float64(math.Float32frombits(uint32(u))))
	}
	return vm.Float(math.Float64frombits(u))
}

// appendValue converts v and appends it.
func (a *Array) appendValue(th *vm.Thread, v vm.Value) error {
	u, err := a.d.conv(th, v)
	if err != nil {
		return err
	}
	a.buf = append(a.buf, make([]byte, a.d.size)...)
	a.put(a.Len()-1, u)
	return nil
}

// items returns all the items as Python values.
func (a *Array) items() []vm.Value {
	out := make([]vm.Value, a.Len())
	for i := range out {
		out[i] = a.Item(i)
	}
	return out
}

// newArray returns an empty array with the given type description.
func newArray(d *typeDesc, n int) *Array {
	return &Array{d: d, buf: make([]byte, n*d.size)}
}

// self returns the Array payload of a method's receiver.
func self(v vm.Value) *Array {
	a, _ := modkit.Payload[*Array](v)
	return a
}

// construct implements array.array(typecode[, initializer]).
func construct(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
	cls := args[0].(*vm.Type)
	args = args[1:]
	if len(kwnames) > 0 && cls == ArrayType {
		return nil, vm.Errorf(vm.TypeErrorType, "array.array() takes no keyword arguments")
	}
	// A subclass's keyword arguments are for its __init__.
	args = args[:len(args)-len(kwnames)]
	switch {
	case len(args) == 0:
		return nil, vm.Errorf(vm.TypeErrorType, "array() takes at least 1 argument (0 given)")
	case len(args) > 2:
		return nil, vm.Errorf(vm.TypeErrorType, "array() takes at most 2 arguments (%d given)", len(args))
	}
	s, ok := modkit.Str(args[0])
	rs := []rune(s)
	if !ok || len(rs) != 1 {
		return nil, vm.Errorf(vm.TypeErrorType, "array() argument 1 must be a unicode character, not %s", args[0].Type().Name)
	}
	d, ok := descs[byte(rs[0])]
	if rs[0] > 127 || !ok {
		return nil, vm.Errorf(vm.ValueErrorType, "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
	}
	a := newArray(d, 0)
	if len(args) == 2 {
		if err := initialize(th, a, args[1]); err != nil {
			return nil, err
		}
	}
	return modkit.NewInstance(cls, a), nil
}

// initialize fills a new array from the constructor's initializer.
func initialize(th *vm.Thread, a *Array, init vm.Value) error {
	if s, ok := modkit.Str(init); ok {
		if a.d.code != 'u' {
			return vm.Errorf(vm.TypeErrorType, "cannot use a str to initialize an array with typecode '%c'", a.d.code)
		}
		a.fromUnicode(s)
		return nil
	}
	if b, ok := bytesOf(init); ok {
		return a.fromBytes(b)
	}
	if other, ok := modkit.Payload[*Array](init); ok && other.d == a.d {
		a.buf = append(a.buf, other.buf...)
		return nil
	}
	return modkit.Iterate(th, init, func(item vm.Value) (bool, error) {
		return true, a.appendValue(th, item)
	})
}

// bytesOf returns the content of a bytes or bytearray value.
func bytesOf(v vm.Value) ([]byte, bool) {
	if inst, ok := v.(*vm.Instance); ok && inst.Base != nil {
		v = inst.Base
	}
	switch x := v.(type) {
	case vm.Bytes:
		return []byte(x), true
	case *vm.ByteArray:
		return x.B, true
	}
	return nil, false
}

func (a *Array) fromBytes(b []byte) error {
	if len(b)%a.d.size != 0 {
		return vm.Errorf(vm.ValueErrorType, "bytes length not a multiple of item size")
	}
	a.buf = append(a.buf, b...)
	return nil
}

func (a *Array) fromUnicode(s string) {
	for _, r := range s {
		a.buf = append(a.buf, 0, 0, 0, 0)
		a.put(a.Len()-1, uint64(r))
	}
}

// Load builds the array module.
func Load(th *vm.Thread) (*vm.Module, error) {
	setup()
	m := modkit.NewModule("array", "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.")
	modkit.Set(m, "array", ArrayType)
	modkit.Set(m, "ArrayType", ArrayType)
	modkit.Set(m, "typecodes", vm.Str(Typecodes))
	return m, nil
}
