package vm

import (
	"bytes"
	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
	"math"
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
)

const asciiSpace = " \t\n\r\v\f"

func isASCIISpace(c byte) bool { return strings.IndexByte(asciiSpace, c) >= 0 }

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func asciiLower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

func mapBytes(s string, f func(c byte) byte) []byte {
	out := []byte(s)
	for i := range out {
		out[i] = f(out[i])
	}
	return out
}

func allBytes(s string, f func(c byte) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !f(s[i]) {
			return false
		}
	}
	return true
}

func isAlphaByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// initBytesMethods registers the read-only methods shared by bytes and bytearray.
func initBytesMethods(t *Type, mk func([]byte) Value) {
	name := t.Name
	recv := func(m string, args []Value) (string, error) {
		if len(args) == 0 {
			return "", Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", name, m)
		}
		if !args[0].Type().IsSubtype(t) {
			return "", descrError(m, t, args[0])
		}
		b, _ := bytesLike(args[0])
		return b, nil
	}
	m := func(mname string, min, max int, f func(th *Thread, s string, args []Value) (Value, error)) {
		t.AddMethod(mname, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			s, err := recv(mname, args)
			if err != nil {
				return nil, err
			}
			switch {
			case min == 0 && max == 0:
				err = checkNoArgs(name+"."+mname, args, kwnames)
			case min == 1 && max == 1:
				err = checkOneArg(name+"."+mname, args, kwnames)
			default:
				err = checkArgRange(mname, args, kwnames, min, max)
			}
			if err != nil {
				return nil, err
			}
			return f(th, s, args[1:])
		})
	}
	pure := func(mname string, f func(s string) []byte) {
		m(mname, 0, 0, func(th *Thread, s string, args []Value) (Value, error) { return mk(f(s)), nil })
	}
	pred := func(mname string, f func(s string) bool) {
		m(mname, 0, 0, func(th *Thread, s string, args []Value) (Value, error) { return Bool(f(s)), nil })
	}
	pure("upper", func(s string) []byte { return mapBytes(s, asciiUpper) })
	pure("lower", func(s string) []byte { return mapBytes(s, asciiLower) })
	pure("swapcase", func(s string) []byte {
		return mapBytes(s, func(c byte) byte {
			if c >= 'a' && c <= 'z' {
				return c - 32
			}
			return asciiLower(c)
		})
	})
	pure("capitalize", func(s string) []byte {
		out := mapBytes(s, asciiLower)
		if len(out) > 0 {
			out[0] = asciiUpper(out[0])
		}
		return out
	})
	pure("title", func(s string) []byte { return []byte(strTitle(s)) })
	pred("isalpha", func(s string) bool { return allBytes(s, isAlphaByte) })
	pred("isdigit", func(s string) bool { return allBytes(s, isDigitByte) })
	pred("isalnum", func(s string) bool { return allBytes(s, func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) }) })
	pred("isspace", func(s string) bool { return allBytes(s, isASCIISpace) })
	pred("isascii", isASCII)
	pred("isupper", func(s string) bool { return isASCII(s) && strIsUpper(s) })
	pred("islower", func(s string) bool { return isASCII(s) && strIsLower(s) })
	pred("istitle", func(s string) bool { return isASCII(s) && strIsTitle(s) })
	for _, which := range []string{"find", "rfind", "index", "rindex", "count"} {
		which := which
		m(which, 1, 3, func(th *Thread, s string, args []Value) (Value, error) {
			sub, err := bytesSubArg(th, args[0])
			if err != nil {
				return nil, err
			}
			start, end, err := adjustFind(th, args[1:], len(s))
			if err != nil {
				return nil, err
			}
			res := -1
			if which == "count" {
				if end-start < 0 || start > len(s) {
					return Int(0), nil
				}
				if sub == "" {
					return Int(end - start + 1), nil
				}
				return Int(strings.Count(s[start:end], sub)), nil
			}
			if end-start >= len(sub) {
				if which == "rfind" || which == "rindex" {
					res = strings.LastIndex(s[start:end], sub)
				} else {
					res = strings.Index(s[start:end], sub)
				}
				if res >= 0 {
					res += start
				}
			}
			if res < 0 && (which == "index" || which == "rindex") {
				return nil, Errorf(ValueErrorType, "subsection not found")
			}
			return Int(res), nil
		})
	}
	affix := func(mname string, end bool) {
		m(mname, 1, 3, func(th *Thread, s string, args []Value) (Value, error) {
			start, stop, err := adjustFind(th, args[1:], len(s))
			if err != nil {
				return nil, err
			}
			if start > len(s) || stop < start {
				return False, nil
			}
			seg := s[start:stop]
			check := func(p string) bool {
				if end {
					return strings.HasSuffix(seg, p)
				}
				return strings.HasPrefix(seg, p)
			}
			if tup, ok := args[0].(Tuple); ok {
				for _, it := range tup {
					p, ok := bytesLike(it)
					if !ok {
						return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", typeNameOf(it))
					}
					if check(p) {
						return True, nil
					}
				}
				return False, nil
			}
			p, ok := bytesLike(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", mname, typeNameOf(args[0]))
			}
			return Bool(check(p)), nil
		})
	}
	affix("startswith", false)
	affix("endswith", true)
	for _, kind := range []string{"strip", "lstrip", "rstrip"} {
		kind := kind
		m(kind, 0, 1, func(th *Thread, s string, args []Value) (Value, error) {
			chars := asciiSpace
			if len(args) > 0 && args[0] != None {
				c, err := bytesArgData(args[0])
				if err != nil {
					return nil, err
				}
				chars = c
			}
			if kind != "rstrip" {
				s = strings.TrimLeft(s, chars)
			}
			if kind != "lstrip" {
				s = strings.TrimRight(s, chars)
			}
			return mk([]byte(s)), nil
		})
	}
	for _, kind := range []string{"split", "rsplit"} {
		kind := kind
		t.AddMethod(kind, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			s, err := recv(kind, args)
			if err != nil {
				return nil, err
			}
			spec := argSpec{fname: kind, names: []string{"sep", "maxsplit"}, kwOnly: 2}
			a, err := spec.parse(args, kwnames, 1)
			if err != nil {
				return nil, err
			}
			maxsplit := -1
			if a[1] != nil {
				if maxsplit, err = AsIndex(th, a[1]); err != nil {
					return nil, err
				}
			}
			var parts []string
			if a[0] == nil || a[0] == None {
				var vals []Value
				// Reuse the str splitter: ASCII whitespace is a subset of Python's.
				if kind == "split" {
					vals = splitWhitespace(s, maxsplit)
				} else {
					vals = rsplitWhitespace(s, maxsplit)
				}
				for _, v := range vals {
					parts = append(parts, string(v.(Str)))
				}
			} else {
				sep, err := bytesArgData(a[0])
				if err != nil {
					return nil, err
				}
				if sep == "" {
					return nil, Errorf(ValueErrorType, "empty separator")
				}
				if kind == "split" {
					parts = strings.SplitN(s, sep, maxsplitN(maxsplit))
				} else {
					parts = rsplitN(s, sep, maxsplit)
				}
			}
			out := make([]Value, len(parts))
			for i, p := range parts {
				out[i] = mk([]byte(p))
			}
			return NewList(out), nil
		})
	}
	m("join", 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
		items, err := collect(th, args[0])
		if err != nil {
			return nil, err
		}
		var b bytes.Buffer
		for i, it := range items {
			p, ok := bytesLike(it)
			if !ok {
				return nil, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", i, typeNameOf(it))
			}
			if i > 0 {
				b.WriteString(s)
			}
			b.WriteString(p)
		}
		return mk(b.Bytes()), nil
	})
	m("replace", 2, 3, func(th *Thread, s string, args []Value) (Value, error) {
		old, err := bytesArgData(args[0])
		if err != nil {
			return nil, err
		}
		nw, err := bytesArgData(args[1])
		if err != nil {
			return nil, err
		}
		count := -1
		if len(args) > 2 {
			if count, err = AsIndex(th, args[2]); err != nil {
				return nil, err
			}
		}
		return mk([]byte(strings.Replace(s, old, nw, count))), nil
	})
	for _, kind := range []string{"partition", "rpartition"} {
		kind := kind
		m(kind, 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
			sep, err := bytesArgData(args[0])
			if err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			var i int
			if kind == "partition" {
				if i = strings.Index(s, sep); i < 0 {
					return Tuple{mk([]byte(s)), mk(nil), mk(nil)}, nil
				}
			} else if i = strings.LastIndex(s, sep); i < 0 {
				return Tuple{mk(nil), mk(nil), mk([]byte(s))}, nil
			}
			return Tuple{mk([]byte(s[:i])), mk([]byte(sep)), mk([]byte(s[i+len(sep):]))}, nil
		})
	}
	m("removeprefix", 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
		p, err := bytesArgData(args[0])
		if err != nil {
			return nil, err
		}
		return mk([]byte(strings.TrimPrefix(s, p))), nil
	})
	m("removesuffix", 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
		p, err := bytesArgData(args[0])
		if err != nil {
			return nil, err
		}
		return mk([]byte(strings.TrimSuffix(s, p))), nil
	})
	for _, kind := range []string{"center", "ljust", "rjust"} {
		kind := kind
		m(kind, 1, 2, func(th *Thread, s string, args []Value) (Value, error) {
			width, err := AsIndex(th, args[0])
			if err != nil {
				return nil, err
			}
			fill := byte(' ')
			if len(args) > 1 {
				f, ok := bytesLike(args[1])
				if !ok || len(f) != 1 {
					return nil, Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", kind, typeNameOf(args[1]))
				}
				fill = f[0]
			}
			if width <= len(s) {
				return mk([]byte(s)), nil
			}
			marg := width - len(s)
			f := string([]byte{fill})
			switch kind {
			case "ljust":
				return mk([]byte(s + strings.Repeat(f, marg))), nil
			case "rjust":
				return mk([]byte(strings.Repeat(f, marg) + s)), nil
			}
			left := marg/2 + (marg & width & 1)
			return mk([]byte(strings.Repeat(f, left) + s + strings.Repeat(f, marg-left))), nil
		})
	}
	m("zfill", 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
		width, err := AsIndex(th, args[0])
		if err != nil {
			return nil, err
		}
		if width <= len(s) {
			return mk([]byte(s)), nil
		}
		pad := strings.Repeat("0", width-len(s))
		if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
			return mk([]byte(s[:1] + pad + s[1:])), nil
		}
		return mk([]byte(pad + s)), nil
	})
	m("splitlines", 0, 1, func(th *Thread, s string, args []Value) (Value, error) {
		keep := false
		if len(args) > 0 {
			var err error
			if keep, err = Truth(th, args[0]); err != nil {
				return nil, err
			}
		}
		var out []Value
		start := 0
		for i := 0; i < len(s); i++ {
			if s[i] != '\n' && s[i] != '\r' {
				continue
			}
			end := i + 1
			if s[i] == '\r' && end < len(s) && s[end] == '\n' {
				end++
			}
			if keep {
				out = append(out, mk([]byte(s[start:end])))
			} else {
				out = append(out, mk([]byte(s[start:i])))
			}
			start = end
			i = end - 1
		}
		if start < len(s) {
			out = append(out, mk([]byte(s[start:])))
		}
		if out == nil {
			out = []Value{}
		}
		return NewList(out), nil
	})
	m("expandtabs", 0, 1, func(th *Thread, s string, args []Value) (Value, error) {
		ts := 8
		if len(args) > 0 {
			var err error
			if ts, err = AsIndex(th, args[0]); err != nil {
				return nil, err
			}
		}
		return mk([]byte(expandTabs(s, ts))), nil
	})
	t.AddMethod("decode", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s, err := recv("decode", args)
		if err != nil {
			return nil, err
		}
		enc, errs, err := codecArgs("decode", args, kwnames)
		if err != nil {
			return nil, err
		}
		r, err := DecodeBytes(s, enc, errs)
		return Str(r), err
	})
	t.AddMethod("hex", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s, err := recv("hex", args)
		if err != nil {
			return nil, err
		}
		return bytesHex(th, s, args, kwnames)
	})
	t.AddClassMethod("fromhex", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkOneArg(name+".fromhex", args, kwnames); err != nil {
			return nil, err
		}
		s, ok := strSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", typeNameOf(args[1]))
		}
		b, err := bytesFromHex(s)
		if err != nil {
			return nil, err
		}
		if args[0] == t {
			return mk(b), nil
		}
		return Call(th, args[0], []Value{mk(b)}, nil)
	})
	t.AddStaticMethod("maketrans", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "maketrans expected 2 arguments, got %d", len(args))
		}
		from, err := bytesArgData(args[0])
		if err != nil {
			return nil, err
		}
		to, err := bytesArgData(args[1])
		if err != nil {
			return nil, err
		}
		if len(from) != len(to) {
			return nil, Errorf(ValueErrorType, "maketrans arguments must have same length")
		}
		table := make([]byte, 256)
		for i := range table {
			table[i] = byte(i)
		}
		for i := 0; i < len(from); i++ {
			table[from[i]] = to[i]
		}
		return Bytes(table), nil
	})
	m("translate", 1, 2, func(th *Thread, s string, args []Value) (Value, error) {
		var table string
		if args[0] != None {
			tb, err := bytesArgData(args[0])
			if err != nil {
				return nil, err
			}
			if len(tb) != 256 {
				return nil, Errorf(ValueErrorType, "translation table must be 256 characters long")
			}
			table = tb
		}
		del := ""
		if len(args) > 1 {
			d, err := bytesArgData(args[1])
			if err != nil {
				return nil, err
			}
			del = d
		}
		var out []byte
		for i := 0; i < len(s); i++ {
			c := s[i]
			if strings.IndexByte(del, c) >= 0 {
				continue
			}
			if table != "" {
				c = table[c]
			}
			out = append(out, c)
		}
		return mk(out), nil
	})
	slot := func(sname string, n int, f func(th *Thread, s string, args []Value) (Value, error)) *Builtin {
		return t.AddMethod(sname, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs(sname, args, kwnames, n); err != nil {
				return nil, err
			}
			s, err := recv(sname, args)
			if err != nil {
				return nil, err
			}
			return f(th, s, args)
		})
	}
	slot("__len__", 0, func(th *Thread, s string, args []Value) (Value, error) { return Int(len(s)), nil })
	slot("__iter__", 0, func(th *Thread, s string, args []Value) (Value, error) { return &bytesIter{b: s}, nil })
	slot("__getitem__", 1, func(th *Thread, s string, args []Value) (Value, error) {
		return bytesGetItem(th, s, args[1], mk)
	})
	slot("__contains__", 1, func(th *Thread, s string, args []Value) (Value, error) {
		sub, err := bytesSubArg(th, args[1])
		if err != nil {
			return nil, err
		}
		return Bool(strings.Contains(s, sub)), nil
	})
	slot("__repr__", 0, func(th *Thread, s string, args []Value) (Value, error) {
		if name == "bytes" {
			return Str(pyfmt.BytesRepr(s)), nil
		}
		return Str(typeNameOf(args[0]) + "(" + pyfmt.ByteArrayRepr(s) + ")"), nil
	})
	slot("__mod__", 1, func(th *Thread, s string, args []Value) (Value, error) {
		r, err := bytesPercent(th, s, args[1])
		if err != nil {
			return nil, err
		}
		return mk([]byte(r)), nil
	})
	slot("__rmod__", 1, func(th *Thread, s string, args []Value) (Value, error) { return NotImplemented, nil })
	add := slot("__add__", 1, func(th *Thread, s string, args []Value) (Value, error) {
		o, ok := bytesLike(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "can't concat %s to %s", typeNameOf(args[1]), name)
		}
		return mk([]byte(s + o)), nil
	})
	seqSlots[add] = func(th *Thread, a, b Value) (Value, error) {
		x, _ := bytesLike(a)
		y, ok := bytesLike(b)
		if !ok {
			return NotImplemented, nil
		}
		if len(x)+len(y) > maxSeqBytes || !fitsMemory(int64(len(x)+len(y))) {
			return nil, NewException(MemoryErrorType)
		}
		return mk([]byte(x + y)), nil
	}
	mulImpl := func(th *Thread, s string, n Value, strict bool) (Value, error) {
		k, ok, err := repeatCount(th, n)
		if err != nil {
			return nil, err
		}
		if !ok {
			if strict {
				return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", typeNameOf(n))
			}
			return NotImplemented, nil
		}
		if k <= 0 || s == "" {
			return mk([]byte{}), nil
		}
		if k > math.MaxInt64/len(s) {
			return nil, Errorf(OverflowErrorType, "repeated bytes are too long")
		}
		if k > maxSeqBytes/len(s) || !fitsMemory(int64(k*len(s))) {
			return nil, NewException(MemoryErrorType)
		}
		return mk([]byte(strings.Repeat(s, k))), nil
	}
	mul := slot("__mul__", 1, func(th *Thread, s string, args []Value) (Value, error) { return mulImpl(th, s, args[1], true) })
	rmul := slot("__rmul__", 1, func(th *Thread, s string, args []Value) (Value, error) { return mulImpl(th, s, args[1], true) })
	for _, b := range []*Builtin{mul, rmul} {
		seqSlots[b] = func(th *Thread, a, n Value) (Value, error) {
			s, _ := bytesLike(a)
			return mulImpl(th, s, n, false)
		}
	}
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) { return bytesCompare(a, b, op) })
}

func init() {
	initBytesMethods(BytesType, func(b []byte) Value { return Bytes(b) })
	t := BytesType
	t.AddMethod("__hash__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		b, _ := bytesLike(args[0])
		return Int(hashBytes([]byte(b))), nil
	})
	t.AddMethod("__bytes__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		b, _ := bytesLike(args[0])
		return Bytes(b), nil
	})
	t.AddMethod("__getnewargs__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		b, _ := bytesLike(args[0])
		return Tuple{Bytes(b)}, nil
	})
	t.AddStaticMethod("__new__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		cls, err := iterNewCheck(args, BytesType)
		if err != nil {
			return nil, err
		}
		if len(args)-len(kwnames) == 2 && len(kwnames) == 0 {
			if b, ok := args[1].(Bytes); ok && cls == BytesType {
				return b, nil
			}
		}
		b, err := bytesNewArgs(th, "bytes", args, kwnames, 1)
		if err != nil {
			return nil, err
		}
		if cls == BytesType {
			return Bytes(b), nil
		}
		return newInstanceWithBase(cls, Bytes(b)), nil
	})
	addClassGetItem(t)
}
