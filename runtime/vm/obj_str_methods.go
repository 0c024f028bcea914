package vm

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
)

// strRecv checks a str method's receiver.
func strRecv(name string, args []Value) (string, error) {
	if len(args) == 0 {
		return "", Errorf(TypeErrorType, "unbound method str.%s() needs an argument", name)
	}
	s, ok := strSelf(args[0])
	if !ok {
		return "", descrError(name, StrType, args[0])
	}
	return s, nil
}

// strArg converts a str argument, with CPython's message for other types.
func strArg(fname string, v Value, pos int) (string, error) {
	if s, ok := strSelf(v); ok {
		return s, nil
	}
	return "", Errorf(TypeErrorType, "%s() argument %d must be str, not %s", fname, pos, typeNameOf(v))
}

// strArgNamed is strArg for the keyword-capable arguments that CPython's argument clinic
// names in its message: "encode() argument 'encoding' must be str, not int".
func strArgNamed(fname, name string, v Value) (string, error) {
	if s, ok := strSelf(v); ok {
		return s, nil
	}
	return "", Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fname, name, typeNameOf(v))
}

// adjustFind applies CPython's ADJUST_INDICES to optional start/end arguments for a string
// of n code points. Unlike slicing, a start beyond the end is kept (so nothing matches).
func adjustFind(th *Thread, args []Value, n int) (int, int, error) {
	start, end := 0, n
	var err error
	if len(args) > 0 && args[0] != None {
		if start, err = sliceIndex(th, args[0]); err != nil {
			return 0, 0, err
		}
	}
	if len(args) > 1 && args[1] != None {
		if end, err = sliceIndex(th, args[1]); err != nil {
			return 0, 0, err
		}
	}
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end, nil
}

// strFind implements find/rfind/index/rindex/count: it returns the code point index of the
// match (-1 when absent), or the count.
func strFind(th *Thread, s string, args []Value, which string) (int, error) {
	sub, ok := strSelf(args[0])
	if !ok {
		return 0, Errorf(TypeErrorType, "must be str, not %s", typeNameOf(args[0]))
	}
	n := th.strLength(s)
	start, end, err := adjustFind(th, args[1:], n)
	if err != nil {
		return 0, err
	}
	subLen := strLen(sub)
	if which == "count" {
		if end-start < 0 || start > n {
			return 0, nil
		}
		if subLen == 0 {
			return end - start + 1, nil
		}
	}
	if end-start < subLen {
		if which == "count" {
			return 0, nil
		}
		return -1, nil
	}
	lo, hi := th.strOffset(s, start), th.strOffset(s, end)
	seg := s[lo:hi]
	switch which {
	case "count":
		return strings.Count(seg, sub), nil
	case "rfind":
		i := strings.LastIndex(seg, sub)
		if i < 0 {
			return -1, nil
		}
		return start + cpIndex(seg, i), nil
	}
	i := strings.Index(seg, sub)
	if i < 0 {
		return -1, nil
	}
	return start + cpIndex(seg, i), nil
}

// strAffix implements startswith / endswith.
func strAffix(th *Thread, s string, args []Value, end bool, name string) (Value, error) {
	n := th.strLength(s)
	start, stop, err := adjustFind(th, args[1:], n)
	if err != nil {
		return nil, err
	}
	if start > n {
		return False, nil
	}
	seg := ""
	if stop > start {
		seg = s[th.strOffset(s, start):th.strOffset(s, stop)]
	}
	check := func(p string) bool {
		if stop < start {
			return false
		}
		if end {
			return strings.HasSuffix(seg, p)
		}
		return strings.HasPrefix(seg, p)
	}
	if t, ok := args[0].(Tuple); ok {
		for _, item := range t {
			p, ok := strSelf(item)
			if !ok {
				return nil, Errorf(TypeErrorType, "tuple for %s must only contain str, not %s", name, typeNameOf(item))
			}
			if check(p) {
				return True, nil
			}
		}
		return False, nil
	}
	p, ok := strSelf(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, typeNameOf(args[0]))
	}
	return Bool(check(p)), nil
}

// stripChars implements strip/lstrip/rstrip.
func stripChars(s string, chars Value, left, right bool, name string) (string, error) {
	var f func(r rune) bool
	if chars == nil || chars == None {
		f = isSpaceRune
	} else {
		cs, ok := strSelf(chars)
		if !ok {
			return "", Errorf(TypeErrorType, "%s arg must be None or str", name)
		}
		f = func(r rune) bool { return strings.ContainsRune(cs, r) }
	}
	if left {
		s = strings.TrimLeftFunc(s, f)
	}
	if right {
		s = strings.TrimRightFunc(s, f)
	}
	return s, nil
}

// fillChar parses the fillchar argument of center/ljust/rjust.
func fillChar(name string, v Value) (rune, error) {
	if v == nil {
		return ' ', nil
	}
	s, ok := strSelf(v)
	if !ok {
		return 0, Errorf(TypeErrorType, "The fill character must be a unicode character, not %s", typeNameOf(v))
	}
	if strLen(s) != 1 {
		return 0, Errorf(TypeErrorType, "The fill character must be exactly one character long")
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r, nil
}

func init() {
	t := StrType
	m := func(name string, min, max int, f func(th *Thread, s string, args []Value) (Value, error)) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			s, err := strRecv(name, args)
			if err != nil {
				return nil, err
			}
			if min == 1 && max == 1 {
				if err := checkOneArg("str."+name, args, kwnames); err != nil {
					return nil, err
				}
			} else if min == 0 && max == 0 {
				if err := checkNoArgs("str."+name, args, kwnames); err != nil {
					return nil, err
				}
			} else if err := checkArgRange(name, args, kwnames, min, max); err != nil {
				return nil, err
			}
			return f(th, s, args[1:])
		})
	}
	pure := func(name string, f func(s string) string) {
		m(name, 0, 0, func(th *Thread, s string, args []Value) (Value, error) { return Str(f(s)), nil })
	}
	pred := func(name string, f func(s string) bool) {
		m(name, 0, 0, func(th *Thread, s string, args []Value) (Value, error) { return Bool(f(s)), nil })
	}
	pure("upper", strUpper)
	pure("lower", strLower)
	pure("casefold", strCasefold)
	pure("title", strTitle)
	pure("capitalize", strCapitalize)
	pure("swapcase", strSwapcase)
	pred("isupper", strIsUpper)
	pred("islower", strIsLower)
	pred("istitle", strIsTitle)
	pred("isdigit", func(s string) bool { return allRunes(s, isDigitRune) })
	pred("isdecimal", func(s string) bool { return allRunes(s, isDecimalRune) })
	pred("isnumeric", func(s string) bool { return allRunes(s, isNumericRune) })
	pred("isalpha", func(s string) bool { return allRunes(s, isAlphaRune) })
	pred("isalnum", func(s string) bool { return allRunes(s, isAlnumRune) })
	pred("isspace", func(s string) bool { return allRunes(s, isSpaceRune) })
	pred("isascii", isASCII)
	pred("isidentifier", isIdentifier)
	pred("isprintable", func(s string) bool {
		for _, r := range s {
			if r != ' ' && !strPrintable(r) {
				return false
			}
		}
		return true
	})
	for _, which := range []string{"find", "rfind", "index", "rindex", "count"} {
		which := which
		m(which, 1, 3, func(th *Thread, s string, args []Value) (Value, error) {
			mode := which
			if mode == "index" {
				mode = "find"
			} else if mode == "rindex" {
				mode = "rfind"
			}
			i, err := strFind(th, s, args, mode)
			if err != nil {
				return nil, err
			}
			if i < 0 && (which == "index" || which == "rindex") {
				return nil, Errorf(ValueErrorType, "substring not found")
			}
			return Int(i), nil
		})
	}
	m("startswith", 1, 3, func(th *Thread, s string, args []Value) (Value, error) {
		return strAffix(th, s, args, false, "startswith")
	})
	m("endswith", 1, 3, func(th *Thread, s string, args []Value) (Value, error) {
		return strAffix(th, s, args, true, "endswith")
	})
	for _, kind := range []string{"strip", "lstrip", "rstrip"} {
		kind := kind
		m(kind, 0, 1, func(th *Thread, s string, args []Value) (Value, error) {
			var chars Value
			if len(args) > 0 {
				chars = args[0]
			}
			r, err := stripChars(s, chars, kind != "rstrip", kind != "lstrip", kind)
			return Str(r), err
		})
	}
	for _, kind := range []string{"center", "ljust", "rjust"} {
		kind := kind
		m(kind, 1, 2, func(th *Thread, s string, args []Value) (Value, error) {
			width, err := AsIndex(th, args[0])
			if err != nil {
				return nil, err
			}
			var fv Value
			if len(args) > 1 {
				fv = args[1]
			}
			fill, err := fillChar(kind, fv)
			if err != nil {
				return nil, err
			}
			n := strLen(s)
			if width <= n {
				return Str(s), nil
			}
			if width > maxSeqBytes || !fitsMemory(int64(width)) {
				return nil, NewException(MemoryErrorType)
			}
			f := string(fill)
			switch kind {
			case "ljust":
				return Str(s + strings.Repeat(f, width-n)), nil
			case "rjust":
				return Str(strings.Repeat(f, width-n) + s), nil
			}
			marg := width - n
			left := marg/2 + (marg & width & 1)
			return Str(strings.Repeat(f, left) + s + strings.Repeat(f, marg-left)), nil
		})
	}
	m("zfill", 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
		width, err := AsIndex(th, args[0])
		if err != nil {
			return nil, err
		}
		n := strLen(s)
		if width <= n {
			return Str(s), nil
		}
		pad := strings.Repeat("0", width-n)
		if len(s) > 0 && (s[0] == '+' || s[0] == '-') {
			return Str(s[:1] + pad + s[1:]), nil
		}
		return Str(pad + s), nil
	})
	t.AddMethod("expandtabs", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s, err := strRecv("expandtabs", args)
		if err != nil {
			return nil, err
		}
		spec := argSpec{fname: "expandtabs", names: []string{"tabsize"}, kwOnly: 1}
		a, err := spec.parse(args, kwnames, 1)
		if err != nil {
			return nil, err
		}
		ts := 8
		if a[0] != nil {
			if ts, err = AsIndex(th, a[0]); err != nil {
				return nil, err
			}
		}
		return Str(expandTabs(s, ts)), nil
	})
	for _, kind := range []string{"split", "rsplit"} {
		kind := kind
		t.AddMethod(kind, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			s, err := strRecv(kind, args)
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
			if a[0] == nil || a[0] == None {
				if kind == "split" {
					return NewList(splitWhitespace(s, maxsplit)), nil
				}
				return NewList(rsplitWhitespace(s, maxsplit)), nil
			}
			sep, ok := strSelf(a[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "must be str or None, not %s", typeNameOf(a[0]))
			}
			if sep == "" {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			var parts []string
			if kind == "split" {
				parts = strings.SplitN(s, sep, maxsplitN(maxsplit))
			} else {
				parts = rsplitN(s, sep, maxsplit)
			}
			out := make([]Value, len(parts))
			for i, p := range parts {
				out[i] = Str(p)
			}
			return NewList(out), nil
		})
	}
	t.AddMethod("splitlines", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s, err := strRecv("splitlines", args)
		if err != nil {
			return nil, err
		}
		spec := argSpec{fname: "splitlines", names: []string{"keepends"}, kwOnly: 1}
		a, err := spec.parse(args, kwnames, 1)
		if err != nil {
			return nil, err
		}
		keep := false
		if a[0] != nil {
			if keep, err = Truth(th, a[0]); err != nil {
				return nil, err
			}
		}
		return NewList(splitLines(s, keep)), nil
	})
	m("join", 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
		items, err := collect(th, args[0])
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeErrorType && LookupSpecial(args[0], "__iter__") == nil {
				return nil, Errorf(TypeErrorType, "can only join an iterable")
			}
			return nil, err
		}
		var b strings.Builder
		for i, it := range items {
			p, ok := strSelf(it)
			if !ok {
				return nil, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, typeNameOf(it))
			}
			if i > 0 {
				b.WriteString(s)
			}
			b.WriteString(p)
			if b.Len() > maxSeqBytes {
				return nil, NewException(MemoryErrorType)
			}
		}
		return Str(b.String()), nil
	})
	m("replace", 2, 3, func(th *Thread, s string, args []Value) (Value, error) {
		old, err := strArg("replace", args[0], 1)
		if err != nil {
			return nil, err
		}
		nw, err := strArg("replace", args[1], 2)
		if err != nil {
			return nil, err
		}
		count := -1
		if len(args) > 2 {
			if count, err = AsIndex(th, args[2]); err != nil {
				return nil, err
			}
		}
		if old != nw && strings.Count(s, old)*len(nw) > maxSeqBytes {
			return nil, NewException(MemoryErrorType)
		}
		return Str(strings.Replace(s, old, nw, count)), nil
	})
	for _, kind := range []string{"partition", "rpartition"} {
		kind := kind
		m(kind, 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
			sep, ok := strSelf(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "must be str, not %s", typeNameOf(args[0]))
			}
			if sep == "" {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			var i int
			if kind == "partition" {
				i = strings.Index(s, sep)
				if i < 0 {
					return Tuple{Str(s), Str(""), Str("")}, nil
				}
			} else {
				i = strings.LastIndex(s, sep)
				if i < 0 {
					return Tuple{Str(""), Str(""), Str(s)}, nil
				}
			}
			return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
		})
	}
	m("removeprefix", 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
		p, err := strArg("removeprefix", args[0], 1)
		if err != nil {
			return nil, err
		}
		return Str(strings.TrimPrefix(s, p)), nil
	})
	m("removesuffix", 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
		p, err := strArg("removesuffix", args[0], 1)
		if err != nil {
			return nil, err
		}
		return Str(strings.TrimSuffix(s, p)), nil
	})
	t.AddMethod("encode", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		s, err := strRecv("encode", args)
		if err != nil {
			return nil, err
		}
		enc, errs, err := codecArgs("encode", args, kwnames)
		if err != nil {
			return nil, err
		}
		b, err := EncodeStr(s, enc, errs)
		if err != nil {
			return nil, err
		}
		return Bytes(b), nil
	})
	t.AddStaticMethod("maketrans", strMaketrans)
	m("translate", 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
		var b strings.Builder
		for _, r := range s {
			v, err := GetItem(th, args[0], Int(r))
			if err != nil {
				if e, ok := err.(*Exception); ok && e.Class.IsSubtype(LookupErrorType) {
					b.WriteRune(r)
					continue
				}
				return nil, err
			}
			switch x := v.(type) {
			case *NoneType:
			case Int:
				if x < 0 || x > 0x10ffff {
					return nil, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
				}
				b.WriteRune(rune(x))
			default:
				str, ok := strSelf(v)
				if !ok {
					return nil, Errorf(TypeErrorType, "character mapping must return integer, None or str")
				}
				b.WriteString(str)
			}
		}
		return Str(b.String()), nil
	})
	t.AddMethod("format", strFormatMethod)
	m("format_map", 1, 1, func(th *Thread, s string, args []Value) (Value, error) {
		r, err := FormatString(th, s, nil, nil, args[0])
		return Str(r), err
	})
	strSlots(t)
}

func maxsplitN(maxsplit int) int {
	if maxsplit < 0 {
		return -1
	}
	return maxsplit + 1
}

// rsplitN splits from the right at most maxsplit times.
func rsplitN(s, sep string, maxsplit int) []string {
	var out []string
	for maxsplit < 0 || len(out) < maxsplit {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
	}
	out = append(out, s)
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// strPrintable is Python's isprintable for one code point.
func strPrintable(r rune) bool {
	if r < 0x20 || r == 0x7f {
		return false
	}
	return r < 0x7f || pyfmt.IsPrintable(r)
}

// strMaketrans is str.maketrans(x, y=None, z=None).
func strMaketrans(th *Thread, args []Value, kwnames []string) (Value, error) {
	if err := noKw("maketrans", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 3 {
		return nil, Errorf(TypeErrorType, "maketrans expected at least 1 argument, got %d", len(args))
	}
	out := NewDict()
	if len(args) == 1 {
		d, ok := dictSelf(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
		}
		var ferr error
		d.Items(func(k, v Value) bool {
			if s, ok := strSelf(k); ok {
				if strLen(s) != 1 {
					ferr = Errorf(ValueErrorType, "string keys in translate table must be of length 1")
					return false
				}
				r, _ := utf8.DecodeRuneInString(s)
				k = Int(r)
			} else if _, ok := intLike(k); !ok {
				ferr = Errorf(TypeErrorType, "keys in translate table must be strings or integers")
				return false
			}
			ferr = out.Set(th, k, v)
			return ferr == nil
		})
		return out, ferr
	}
	x, ok := strSelf(args[0])
	if !ok {
		return nil, Errorf(TypeErrorType, "maketrans() argument 1 must be str, not %s", typeNameOf(args[0]))
	}
	y, ok := strSelf(args[1])
	if !ok {
		return nil, Errorf(TypeErrorType, "maketrans() argument 2 must be str, not %s", typeNameOf(args[1]))
	}
	xr, yr := []rune(x), []rune(y)
	if len(xr) != len(yr) {
		return nil, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		if err := out.Set(th, Int(xr[i]), Int(yr[i])); err != nil {
			return nil, err
		}
	}
	if len(args) == 3 {
		z, ok := strSelf(args[2])
		if !ok {
			return nil, Errorf(TypeErrorType, "maketrans() argument 3 must be str, not %s", typeNameOf(args[2]))
		}
		for _, r := range z {
			if err := out.Set(th, Int(r), None); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

func strSlots(t *Type) {
	slot := func(name string, n int, f func(th *Thread, s string, args []Value) (Value, error)) *Builtin {
		return t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs(name, args, kwnames, n); err != nil {
				return nil, err
			}
			s, ok := strSelf(args[0])
			if !ok {
				return nil, descrError(name, StrType, args[0])
			}
			return f(th, s, args)
		})
	}
	slot("__len__", 0, func(th *Thread, s string, args []Value) (Value, error) { return Int(strLen(s)), nil })
	slot("__hash__", 0, func(th *Thread, s string, args []Value) (Value, error) { return Int(hashStr(s)), nil })
	slot("__str__", 0, func(th *Thread, s string, args []Value) (Value, error) { return Str(s), nil })
	slot("__repr__", 0, func(th *Thread, s string, args []Value) (Value, error) {
		r, err := Repr(th, Str(s))
		return Str(r), err
	})
	slot("__iter__", 0, func(th *Thread, s string, args []Value) (Value, error) { return newStrIter(s), nil })
	slot("__getitem__", 1, func(th *Thread, s string, args []Value) (Value, error) { return strGetItem(th, s, args[1]) })
	slot("__contains__", 1, func(th *Thread, s string, args []Value) (Value, error) {
		r, err := Contains(th, Str(s), args[1])
		return Bool(r), err
	})
	slot("__getnewargs__", 0, func(th *Thread, s string, args []Value) (Value, error) { return Tuple{Str(s)}, nil })
	slot("__sizeof__", 0, func(th *Thread, s string, args []Value) (Value, error) { return Int(49 + len(s)), nil })
	slot("__format__", 1, func(th *Thread, s string, args []Value) (Value, error) {
		spec, ok := strSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", typeNameOf(args[1]))
		}
		if spec == "" {
			if _, exact := args[0].(Str); !exact { // a subclass formats as its str()
				t, err := ToStr(th, args[0])
				return Str(t), err
			}
			return Str(s), nil
		}
		r, err := formatStr(s, spec)
		return Str(r), err
	})
	add := slot("__add__", 1, func(th *Thread, s string, args []Value) (Value, error) {
		o, ok := strSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "can only concatenate str (not \"%s\") to str", typeNameOf(args[1]))
		}
		return Str(s + o), nil
	})
	seqSlots[add] = func(th *Thread, a, b Value) (Value, error) {
		x, _ := strSelf(a)
		y, ok := strSelf(b)
		if !ok {
			return NotImplemented, nil
		}
		if len(x)+len(y) > maxSeqBytes || !fitsMemory(int64(len(x)+len(y))) {
			return nil, NewException(MemoryErrorType)
		}
		return Str(x + y), nil
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
			return Str(""), nil
		}
		if k > math.MaxInt64/strLen(s) {
			return nil, Errorf(OverflowErrorType, "repeated string is too long")
		}
		if k > maxSeqBytes/len(s) || !fitsMemory(int64(k*len(s))) {
			return nil, NewException(MemoryErrorType)
		}
		return Str(strings.Repeat(s, k)), nil
	}
	mul := slot("__mul__", 1, func(th *Thread, s string, args []Value) (Value, error) { return mulImpl(th, s, args[1], true) })
	rmul := slot("__rmul__", 1, func(th *Thread, s string, args []Value) (Value, error) { return mulImpl(th, s, args[1], true) })
	for _, b := range []*Builtin{mul, rmul} {
		seqSlots[b] = func(th *Thread, a, n Value) (Value, error) {
			s, _ := strSelf(a)
			return mulImpl(th, s, n, false)
		}
	}
	slot("__mod__", 1, func(th *Thread, s string, args []Value) (Value, error) {
		r, err := strPercent(th, s, args[1])
		return Str(r), err
	})
	slot("__rmod__", 1, func(th *Thread, s string, args []Value) (Value, error) { return NotImplemented, nil })
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		x, _ := strSelf(a)
		y, ok := strSelf(b)
		if !ok {
			return NotImplemented, nil
		}
		return Bool(cmpResult(strings.Compare(x, y), op)), nil
	})
	t.AddStaticMethod("__new__", strNew)
	t.Dict.SetStr("__doc__", Str("str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'."))
}

// strNew is str.__new__(cls, object=”, encoding='utf-8', errors='strict').
func strNew(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeErrorType, "str.__new__(): not enough arguments")
	}
	cls, ok := args[0].(*Type)
	if !ok || !cls.IsSubtype(StrType) {
		return nil, Errorf(TypeErrorType, "str.__new__(X): X is not a subtype of str")
	}
	spec := argSpec{fname: "str", names: []string{"object", "encoding", "errors"}, kwOnly: 3}
	a, err := spec.parse(args, kwnames, 1)
	if err != nil {
		return nil, err
	}
	s := ""
	if a[0] != nil {
		if a[1] != nil || a[2] != nil {
			b, ok := bytesLike(a[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", typeNameOf(a[0]))
			}
			enc, errs := "utf-8", "strict"
			if a[1] != nil {
				if enc, err = strArgNamed("str", "encoding", a[1]); err != nil {
					return nil, err
				}
			}
			if a[2] != nil {
				if errs, err = strArgNamed("str", "errors", a[2]); err != nil {
					return nil, err
				}
			}
			if s, err = DecodeBytes(string(b), enc, errs); err != nil {
				return nil, err
			}
		} else if s, err = ToStr(th, a[0]); err != nil {
			return nil, err
		}
	}
	if cls == StrType {
		return Str(s), nil
	}
	return newInstanceWithBase(cls, Str(s)), nil
}

// codecArgs parses the (encoding="utf-8", errors="strict") arguments of str.encode and
// bytes.decode; args[0] is the receiver.
func codecArgs(fname string, args []Value, kwnames []string) (enc, errs string, err error) {
	spec := argSpec{fname: fname, names: []string{"encoding", "errors"}, kwOnly: 2}
	a, err := spec.parse(args, kwnames, 1)
	if err != nil {
		return "", "", err
	}
	enc, errs = "utf-8", "strict"
	if a[0] != nil {
		if enc, err = strArgNamed(fname, "encoding", a[0]); err != nil {
			return "", "", err
		}
	}
	if a[1] != nil {
		if errs, err = strArgNamed(fname, "errors", a[1]); err != nil {
			return "", "", err
		}
	}
	return enc, errs, nil
}
