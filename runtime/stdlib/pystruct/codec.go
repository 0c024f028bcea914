package pystruct

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/asobiba/asobiba/runtime/vm"
)

// structError returns a struct.error exception with msg.
func structError(format string, a ...any) error {
	return vm.Errorf(ErrorType, format, a...)
}

// order returns the byte order of the layout.
func (l *layout) order() binary.ByteOrder {
	if l.big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// isUnsigned reports whether an integer format character is unsigned.
func isUnsigned(c byte) bool {
	switch c {
	case 'B', 'H', 'I', 'L', 'Q', 'N', 'P':
		return true
	}
	return false
}

// intRange returns the smallest and largest values an integer code of size bytes holds.
func intRange(size int, unsigned bool) (lo, hi *big.Int) {
	one := big.NewInt(1)
	if unsigned {
		hi = new(big.Int).Lsh(one, uint(8*size))
		return big.NewInt(0), hi.Sub(hi, one)
	}
	hi = new(big.Int).Lsh(one, uint(8*size-1))
	lo = new(big.Int).Neg(hi)
	return lo, hi.Sub(hi, one)
}

// intArg converts the value to pack with an integer code: an int, or an object with
// __index__.
func intArg(th *vm.Thread, v vm.Value) (*big.Int, error) {
	switch x := v.(type) {
	case vm.Int:
		return big.NewInt(int64(x)), nil
	case vm.Bool:
		if x {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *vm.BigInt:
		return new(big.Int).Set(x.Big()), nil
	}
	if !v.Type().IsSubtype(vm.IntType) && vm.LookupSpecial(v, "__index__") == nil {
		return nil, structError("required argument is not an integer")
	}
	x, err := vm.Index(th, v)
	if err != nil {
		return nil, err
	}
	return intArg(th, x)
}

// floatArg converts the value to pack with a float code, as PyFloat_AsDouble; any failure
// becomes "required argument is not a float", as in CPython.
func floatArg(th *vm.Thread, v vm.Value) (float64, error) {
	if f, ok := v.(vm.Float); ok {
		return float64(f), nil
	}
	f, err := vm.AsFloat(th, v)
	if err != nil {
		return 0, structError("required argument is not a float")
	}
	return f, nil
}

// bytesArg returns the content of a bytes or bytearray value (or of a subclass instance).
func bytesArg(v vm.Value) ([]byte, bool) {
	switch x := v.(type) {
	case vm.Bytes:
		return []byte(x), true
	case *vm.ByteArray:
		return x.B, true
	case *vm.Instance:
		switch b := x.Base.(type) {
		case vm.Bytes:
			return []byte(b), true
		case *vm.ByteArray:
			return b.B, true
		}
	}
	return nil, false
}

// packItem packs one value at buf[0:c.size] for the code c.
func (l *layout) packItem(th *vm.Thread, c code, buf []byte, v vm.Value) error {
	ord := l.order()
	switch c.char {
	case 'c':
		b, ok := v.(vm.Bytes)
		if inst, isInst := v.(*vm.Instance); isInst {
			b, ok = inst.Base.(vm.Bytes)
		}
		if !ok || len(b) != 1 {
			return structError("char format requires a bytes object of length 1")
		}
		buf[0] = b[0]
	case '?':
		t, err := vm.Truth(th, v)
		if err != nil {
			return err
		}
		buf[0] = 0
		if t {
			buf[0] = 1
		}
	case 'e':
		f, err := floatArg(th, v)
		if err != nil {
			return err
		}
		h, ok := packHalf(f)
		if !ok {
			return vm.Errorf(vm.OverflowErrorType, "float too large to pack with e format")
		}
		ord.PutUint16(buf, h)
	case 'f':
		f, err := floatArg(th, v)
		if err != nil {
			return err
		}
		y := float32(f)
		if !l.native && math.IsInf(float64(y), 0) && !math.IsInf(f, 0) {
			return vm.Errorf(vm.OverflowErrorType, "float too large to pack with f format")
		}
		ord.PutUint32(buf, math.Float32bits(y))
	case 'd':
		f, err := floatArg(th, v)
		if err != nil {
			return err
		}
		ord.PutUint64(buf, math.Float64bits(f))
	case 's', 'p':
		b, ok := bytesArg(v)
		if !ok {
			return structError("argument for '%c' must be a bytes object", c.char)
		}
		clear(buf)
		if c.char == 's' {
			copy(buf, b)
			return nil
		}
		if c.size == 0 {
			return nil
		}
		n := min(len(b), c.size-1)
		copy(buf[1:], b[:n])
		buf[0] = byte(min(n, 255))
	default:
		return l.packInt(th, c, buf, v)
	}
	return nil
}

// packInt packs an integer code.
func (l *layout) packInt(th *vm.Thread, c code, buf []byte, v vm.Value) error {
	x, err := intArg(th, v)
	if err != nil {
		return err
	}
	if c.char == 'P' {
		lo, hi := big.NewInt(math.MinInt64), new(big.Int).SetUint64(math.MaxUint64)
		if x.Cmp(lo) < 0 || x.Cmp(hi) > 0 {
			return vm.Errorf(vm.OverflowErrorType, "int too large to convert")
		}
	} else {
		lo, hi := intRange(c.size, isUnsigned(c.char))
		if x.Cmp(lo) < 0 || x.Cmp(hi) > 0 {
			return structError("'%c' format requires %s <= number <= %s", c.char, lo, hi)
		}
	}
	var u uint64
	if x.Sign() < 0 {
		u = uint64(x.Int64())
	} else {
		u = x.Uint64()
	}
	putUint(l.order(), buf[:c.size], u)
	return nil
}

// intTooLarge converts an OverflowError raised while packing an int into the struct.error
// CPython raises instead ("int too large to convert").
func intTooLarge(v vm.Value, err error) error {
	exc, ok := err.(*vm.Exception)
	if ok && exc.Class.IsSubtype(vm.OverflowErrorType) && v.Type().IsSubtype(vm.IntType) {
		return structError("int too large to convert")
	}
	return err
}

// putUint writes the low len(buf) bytes of u in the given order.
func putUint(ord binary.ByteOrder, buf []byte, u uint64) {
	n := len(buf)
	for i := 0; i < n; i++ {
		b := byte(u >> (8 * i))
		if ord == binary.BigEndian {
			buf[n-1-i] = b
		} else {
			buf[i] = b
		}
	}
}

// getUint reads an unsigned integer from all of buf in the given order.
func getUint(ord binary.ByteOrder, buf []byte) uint64 {
	var u uint64
	n := len(buf)
	for i := 0; i < n; i++ {
		b := buf[i]
		if ord == binary.BigEndian {
			b = buf[n-1-i]
		}
		u |= uint64(b) << (8 * i)
	}
	return u
}

// unpackItem unpacks one value of the code c from buf[0:c.size].
func (l *layout) unpackItem(c code, buf []byte) vm.Value {
	ord := l.order()
	switch c.char {
	case 'c':
		return vm.Bytes(buf[:1])
	case '?':
		return vm.Bool(buf[0] != 0)
	case 'e':
		return vm.Float(unpackHalf(ord.Uint16(buf)))
	case 'f':
		return vm.Float(float64(math.Float32frombits(ord.Uint32(buf))))
	case 'd':
		return vm.Float(math.Float64frombits(ord.Uint64(buf)))
	case 's':
		return vm.Bytes(buf[:c.size])
	case 'p':
		if c.size == 0 {
			return vm.Bytes("")
		}
		n := int(buf[0])
		if n >= c.size {
			n = c.size - 1
		}
		return vm.Bytes(buf[1 : 1+n])
	}
	u := getUint(ord, buf[:c.size])
	if isUnsigned(c.char) {
		return vm.MakeUint(u)
	}
	shift := 64 - 8*c.size
	return vm.Int(int64(u<<shift) >> shift)
}

// pack packs args into buf, which is l.size bytes long.
func (l *layout) pack(th *vm.Thread, buf []byte, args []vm.Value) error {
	if len(args) != l.nitems {
		return structError("pack expected %d items for packing (got %d)", l.nitems, len(args))
	}
	k := 0
	for _, c := range l.codes {
		switch c.char {
		case 'x':
			clear(buf[c.offset : c.offset+c.count])
			continue
		case 's', 'p':
			if err := l.packItem(th, c, buf[c.offset:c.offset+c.size], args[k]); err != nil {
				return err
			}
			k++
			continue
		}
		for i := 0; i < c.count; i++ {
			off := c.offset + i*c.size
			if err := l.packItem(th, c, buf[off:off+c.size], args[k]); err != nil {
				return intTooLarge(args[k], err)
			}
			k++
		}
	}
	return nil
}

// unpack unpacks buf, which is l.size bytes long, into a tuple.
func (l *layout) unpack(buf []byte) vm.Tuple {
	out := make(vm.Tuple, 0, l.nitems)
	for _, c := range l.codes {
		switch c.char {
		case 'x':
			continue
		case 's', 'p':
			out = append(out, l.unpackItem(c, buf[c.offset:c.offset+c.size]))
			continue
		}
		for i := 0; i < c.count; i++ {
			off := c.offset + i*c.size
			out = append(out, l.unpackItem(c, buf[off:off+c.size]))
		}
	}
	return out
}
