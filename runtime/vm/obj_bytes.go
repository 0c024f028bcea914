package vm

// bytes and bytearray. The read-only methods are shared: they work on the raw bytes and
// build results of the receiver's kind.

import (
	"encoding/hex"
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
)

// ByteArray is a Python bytearray.
type ByteArray struct {
	B []byte
}

// Type returns ByteArrayType.
func (*ByteArray) Type() *Type { return ByteArrayType }

// bytesLike returns the bytes of a bytes, bytearray or subclass instance.
func bytesLike(v Value) (string, bool) {
	switch x := v.(type) {
	case Bytes:
		return string(x), true
	case *ByteArray:
		return string(x.B), true
	case *Instance:
		switch b := x.Base.(type) {
		case Bytes:
			return string(b), true
		case *ByteArray:
			return string(b.B), true
		}
	}
	return "", false
}

// bytesFromValue builds the data for bytes(x) / bytearray(x).
func bytesFromValue(th *Thread, x Value, fname string) ([]byte, error) {
	if s, ok := bytesLike(x); ok {
		return []byte(s), nil
	}
	if _, ok := strSelf(x); ok {
		return nil, Errorf(TypeErrorType, "string argument without an encoding")
	}
	// bytes() asks __bytes__ first; then both ask a Python buffer (__buffer__), __index__ and
	// iteration, as in CPython, where bytearray() never asks __bytes__.
	if m := LookupSpecial(x, "__bytes__"); m != nil && fname == "bytes" {
		r, err := callDunder(th, m, x)
		if err != nil {
			return nil, err
		}
		b, ok := r.(Bytes)
		if !ok {
			return nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", typeNameOf(r))
		}
		return []byte(b), nil
	}
	if data, ok, err := PythonBuffer(th, x); ok || err != nil {
		return data, err
	}
	if _, isInt := intLike(x); isInt || LookupSpecial(x, "__index__") != nil {
		n, err := AsIndex(th, x)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueErrorType, "negative count")
		}
		if n > maxSeqBytes || !fitsMemory(int64(n)) {
			return nil, NewException(MemoryErrorType)
		}
		return make([]byte, n), nil
	}
	if LookupSpecial(x, "__iter__") == nil && LookupSpecial(x, "__getitem__") == nil {
		return nil, Errorf(TypeErrorType, "cannot convert '%s' object to %s", typeNameOf(x), fname)
	}
	var out []byte
	err := ForEach(th, x, func(item Value) (bool, error) {
		if _, ok := intLike(item); !ok && LookupSpecial(item, "__index__") == nil {
			return false, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeNameOf(item))
		}
		n, err := AsIndex(th, item)
		if err != nil {
			return false, err
		}
		if n < 0 || n > 255 {
			return false, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
		}
		out = append(out, byte(n))
		return true, nil
	})
	return out, err
}

// bytesNewArgs handles (source, encoding, errors) for bytes() and bytearray().
func bytesNewArgs(th *Thread, fname string, args []Value, kwnames []string, skip int) ([]byte, error) {
	spec := argSpec{fname: fname, names: []string{"source", "encoding", "errors"}, kwOnly: 3}
	a, err := spec.parse(args, kwnames, skip)
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		if a[1] != nil || a[2] != nil {
			return nil, Errorf(TypeErrorType, "encoding without a string argument")
		}
		return []byte{}, nil
	}
	if a[1] != nil || a[2] != nil {
		s, ok := strSelf(a[0])
		if !ok {
			if a[1] != nil {
				return nil, Errorf(TypeErrorType, "encoding without a string argument")
			}
			return nil, Errorf(TypeErrorType, "errors without a string argument")
		}
		enc, errs := "utf-8", "strict"
		if a[1] != nil {
			if enc, err = strArgNamed(fname, "encoding", a[1]); err != nil {
				return nil, err
			}
		}
		if a[2] != nil {
			if errs, err = strArgNamed(fname, "errors", a[2]); err != nil {
				return nil, err
			}
		}
		b, err := EncodeStr(s, enc, errs)
		return []byte(b), err
	}
	return bytesFromValue(th, a[0], fname)
}

// bytesHex is bytes.hex(sep=None, bytes_per_sep=1).
func bytesHex(th *Thread, data string, args []Value, kwnames []string) (Value, error) {
	spec := argSpec{fname: "hex", names: []string{"sep", "bytes_per_sep"}, kwOnly: 2}
	a, err := spec.parse(args, kwnames, 1)
	if err != nil {
		return nil, err
	}
	h := hex.EncodeToString([]byte(data))
	if a[0] == nil {
		return Str(h), nil
	}
	sep, ok := strSelf(a[0])
	if !ok {
		if b, ok := bytesLike(a[0]); ok {
			sep = b
		} else {
			return nil, Errorf(TypeErrorType, "sep must be str or bytes.")
		}
	}
	if len(sep) != 1 {
		return nil, Errorf(ValueErrorType, "sep must be length 1.")
	}
	per := 1
	if a[1] != nil {
		if per, err = AsIndex(th, a[1]); err != nil {
			return nil, err
		}
	}
	if per == 0 || len(data) == 0 {
		return Str(h), nil
	}
	n := per
	if n < 0 {
		n = -n
	}
	var groups []string
	if per > 0 {
		// Groups are counted from the right.
		first := len(data) % n
		if first > 0 {
			groups = append(groups, h[:2*first])
		}
		for i := first; i < len(data); i += n {
			groups = append(groups, h[2*i:2*(i+n)])
		}
	} else {
		for i := 0; i < len(data); i += n {
			groups = append(groups, h[2*i:2*min(i+n, len(data))])
		}
	}
	return Str(strings.Join(groups, sep)), nil
}

// hexDigit returns the value of the hexadecimal digit c, or 16 if c is not one.
func hexDigit(c byte) byte {
	switch {
	case '0' <= c && c <= '9':
		return c - '0'
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10
	}
	return 16
}

// bytesFromHex is bytes.fromhex(s).
func bytesFromHex(s string) ([]byte, error) {
	var out []byte
	i := 0
	for i < len(s) {
		if s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\v' || s[i] == '\f' {
			i++
			continue
		}
		if i+1 >= len(s) {
			return nil, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		// Not encoding/hex, whose error message reaches fmt (issue #5).
		hi, lo := hexDigit(s[i]), hexDigit(s[i+1])
		if hi > 15 || lo > 15 {
			pos := i
			if hi <= 15 {
				pos = i + 1
			}
			return nil, Errorf(ValueErrorType, "non-hexadecimal number found in fromhex() arg at position %d", pos)
		}
		out = append(out, hi<<4|lo)
		i += 2
	}
	return out, nil
}

// bytesCompare is the rich comparison of two byte strings.
func bytesCompare(a, b Value, op compile.CompareOp) (Value, error) {
	x, _ := bytesLike(a)
	y, ok := bytesLike(b)
	if !ok {
		return NotImplemented, nil
	}
	return Bool(cmpResult(strings.Compare(x, y), op)), nil
}

// bytesGetItem is b[key] for bytes data; mk builds a slice result of the right kind.
func bytesGetItem(th *Thread, data string, key Value, mk func([]byte) Value) (Value, error) {
	if s, ok := key.(*Slice); ok {
		items, err := sliceItems(th, []byte(data), s)
		if err != nil {
			return nil, err
		}
		return mk(items), nil
	}
	i, ok, err := seqIndex(th, key, len(data))
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "byte indices must be integers or slices, not %s", typeNameOf(key))
	}
	if i < 0 || i >= len(data) {
		return nil, Errorf(IndexErrorType, "index out of range")
	}
	return Int(data[i]), nil
}

// bytesArgData converts an argument that must be bytes-like (a subsequence, a separator).
func bytesArgData(v Value) (string, error) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	return "", Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", typeNameOf(v))
}

// bytesSubArg converts the sub argument of find/count/index (bytes or an int byte value).
func bytesSubArg(th *Thread, v Value) (string, error) {
	if b, ok := bytesLike(v); ok {
		return b, nil
	}
	if _, ok := intLike(v); ok || LookupSpecial(v, "__index__") != nil {
		n, err := AsIndex(th, v)
		if err != nil {
			return "", err
		}
		if n < 0 || n > 255 {
			return "", Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		return string([]byte{byte(n)}), nil
	}
	return "", Errorf(TypeErrorType, "argument should be integer or bytes-like object, not '%s'", typeNameOf(v))
}
