package vm

// str.format / str.format_map (the replacement-field mini-language: field names with
// attributes and indices, conversions, nested format specs) and printf-style str % args,
// whose conversions live in pyfmt.

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
)

// strFormatMethod is str.format(*args, **kwargs).
func strFormatMethod(th *Thread, args []Value, kwnames []string) (Value, error) {
	s, err := strRecv("format", args)
	if err != nil {
		return nil, err
	}
	npos := len(args) - len(kwnames)
	var kw *Dict
	if len(kwnames) > 0 {
		kw = NewDict()
		for i, k := range kwnames {
			kw.SetStr(k, args[npos+i])
		}
	}
	r, err := FormatString(th, s, args[1:npos], kw, nil)
	return Str(r), err
}

// formatter holds the state of one str.format call.
type formatter struct {
	th      *Thread
	args    []Value
	kwargs  *Dict
	mapping Value
	auto    int // next automatic index; -1 once manual numbering was used
	manual  bool
}

// FormatString is fmt.format(*args, **kwargs) (mapping non-nil: fmt.format_map(mapping)).
func FormatString(th *Thread, format string, args []Value, kwargs *Dict, mapping Value) (string, error) {
	f := &formatter{th: th, args: args, kwargs: kwargs, mapping: mapping}
	return f.format(format, 2)
}

func (f *formatter) format(s string, depth int) (string, error) {
	if depth < 0 {
		return "", Errorf(ValueErrorType, "Max string recursion exceeded")
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '{':
			if i+1 < len(s) && s[i+1] == '{' {
				b.WriteByte('{')
				i += 2
				continue
			}
			if i+1 == len(s) {
				return "", Errorf(ValueErrorType, "Single '{' encountered in format string")
			}
			// Find the matching close brace.
			count, j := 1, i+1
			for ; j < len(s); j++ {
				if s[j] == '{' {
					count++
				} else if s[j] == '}' {
					count--
					if count == 0 {
						break
					}
				}
			}
			if count > 0 {
				return "", Errorf(ValueErrorType, "expected '}' before end of string")
			}
			out, err := f.field(s[i+1:j], depth)
			if err != nil {
				return "", err
			}
			b.WriteString(out)
			i = j + 1
		case '}':
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", Errorf(ValueErrorType, "Single '}' encountered in format string")
		default:
			j := i
			for j < len(s) && s[j] != '{' && s[j] != '}' {
				j++
			}
			b.WriteString(s[i:j])
			i = j
		}
		if b.Len() > maxSeqBytes {
			return "", NewException(MemoryErrorType)
		}
	}
	return b.String(), nil
}

// field formats one replacement field (the text between the braces).
func (f *formatter) field(text string, depth int) (string, error) {
	// Split off the field name: up to the first '!' or ':' outside brackets.
	i := 0
	for i < len(text) {
		c := text[i]
		if c == '[' {
			for i < len(text) && text[i] != ']' {
				i++
			}
			if i < len(text) {
				i++
			}
			continue
		}
		if c == '!' || c == ':' {
			break
		}
		if c == '{' {
			return "", Errorf(ValueErrorType, "unexpected '{' in field name")
		}
		i++
	}
	name := text[:i]
	rest := text[i:]
	conv := byte(0)
	if strings.HasPrefix(rest, "!") {
		if len(rest) < 2 {
			return "", Errorf(ValueErrorType, "end of string while looking for conversion specifier")
		}
		conv = rest[1]
		rest = rest[2:]
		if rest != "" && rest[0] != ':' {
			return "", Errorf(ValueErrorType, "expected ':' after conversion specifier")
		}
	}
	spec := strings.TrimPrefix(rest, ":")
	obj, err := f.lookup(name)
	if err != nil {
		return "", err
	}
	switch conv {
	case 0:
	case 'r':
		r, err := Repr(f.th, obj)
		if err != nil {
			return "", err
		}
		obj = Str(r)
	case 's':
		r, err := ToStr(f.th, obj)
		if err != nil {
			return "", err
		}
		obj = Str(r)
	case 'a':
		r, err := ASCII(f.th, obj)
		if err != nil {
			return "", err
		}
		obj = Str(r)
	default:
		return "", Errorf(ValueErrorType, "Unknown conversion specifier %c", conv)
	}
	if strings.ContainsAny(spec, "{}") {
		if spec, err = f.format(spec, depth-1); err != nil {
			return "", err
		}
	}
	return Format(f.th, obj, spec)
}

// lookup resolves a field name: an index or keyword, then .attr and [key] parts.
func (f *formatter) lookup(name string) (Value, error) {
	i := 0
	for i < len(name) && name[i] != '.' && name[i] != '[' {
		i++
	}
	first, rest := name[:i], name[i:]
	var obj Value
	if first == "" {
		if f.manual {
			return nil, Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
		}
		idx := f.auto
		f.auto++
		v, err := f.positional(idx)
		if err != nil {
			return nil, err
		}
		obj = v
	} else if n, err := strconv.Atoi(first); err == nil && n >= 0 && isDigits(first) {
		if f.auto > 0 {
			return nil, Errorf(ValueErrorType, "cannot switch from automatic field numbering to manual field specification")
		}
		f.manual = true
		v, err := f.positional(n)
		if err != nil {
			return nil, err
		}
		obj = v
	} else {
		var v Value
		var ok bool
		var err error
		switch {
		case f.mapping != nil:
			v, err = GetItem(f.th, f.mapping, Str(first))
			if err != nil {
				return nil, err
			}
			ok = true
		case f.kwargs != nil:
			v, ok = f.kwargs.GetStr(first)
		}
		if !ok {
			return nil, NewException(KeyErrorType, Str(first))
		}
		obj = v
	}
	for rest != "" {
		switch rest[0] {
		case '.':
			j := 1
			for j < len(rest) && rest[j] != '.' && rest[j] != '[' {
				j++
			}
			attr := rest[1:j]
			if attr == "" {
				return nil, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			v, err := GetAttr(f.th, obj, attr)
			if err != nil {
				return nil, err
			}
			obj, rest = v, rest[j:]
		case '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return nil, Errorf(ValueErrorType, "Missing ']' in format string")
			}
			key := rest[1:j]
			if key == "" {
				return nil, Errorf(ValueErrorType, "Empty attribute in format string")
			}
			var k Value = Str(key)
			if isDigits(key) {
				n, _ := strconv.Atoi(key)
				k = Int(n)
			}
			v, err := GetItem(f.th, obj, k)
			if err != nil {
				return nil, err
			}
			obj, rest = v, rest[j+1:]
			if rest != "" && rest[0] != '.' && rest[0] != '[' {
				return nil, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
			}
		default:
			return nil, Errorf(ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
		}
	}
	return obj, nil
}

func (f *formatter) positional(i int) (Value, error) {
	if f.mapping != nil {
		return nil, Errorf(ValueErrorType, "Format string contains positional fields")
	}
	if i >= len(f.args) {
		return nil, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", i)
	}
	return f.args[i], nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// pctValue adapts a Value to pyfmt's operand interface.
type pctValue struct {
	th *Thread
	v  Value
}

func (p pctValue) TypeName() string      { return typeNameOf(p.v) }
func (p pctValue) Str() (string, error)  { return ToStr(p.th, p.v) }
func (p pctValue) Repr() (string, error) { return Repr(p.th, p.v) }
func (p pctValue) Text() (string, bool)  { return strSelf(p.v) }
func (p pctValue) Float() (float64, bool, error) {
	switch p.v.(type) {
	case Float, Int, Bool, *BigInt:
		f, err := AsFloat(p.th, p.v)
		return f, true, err
	}
	if LookupSpecial(p.v, "__float__") == nil && LookupSpecial(p.v, "__index__") == nil {
		return 0, false, nil
	}
	f, err := AsFloat(p.th, p.v)
	return f, true, err
}

func (p pctValue) Int(index bool) (*big.Int, bool, error) {
	if x, ok := intLike(p.v); ok {
		return bigOf(x), true, nil
	}
	if LookupSpecial(p.v, "__index__") != nil {
		x, err := Index(p.th, p.v)
		if err != nil {
			return nil, true, err
		}
		return bigOf(x), true, nil
	}
	if index {
		return nil, false, nil
	}
	if f, ok := floatSelf(p.v); ok {
		n, err := pyfmt.FloatToInt(f)
		if err != nil {
			return nil, true, fmtError(err)
		}
		return n, true, nil
	}
	if LookupSpecial(p.v, "__int__") != nil {
		x, err := intFromValue(p.th, p.v, nil)
		if err != nil {
			return nil, true, err
		}
		return bigOf(x), true, nil
	}
	return nil, false, nil
}

// strPercent is format % operand.
func strPercent(th *Thread, format string, operand Value) (string, error) {
	op := pyfmt.Operand{}
	op.MaxStrDigits = maxStrDigits(th)
	if t, ok := tupleSelf(operand); ok {
		op.IsTuple = true
		op.Items = make([]pyfmt.Value, len(t))
		for i, v := range t {
			op.Items[i] = pctValue{th, v}
		}
	} else {
		op.Value = pctValue{th, operand}
		if _, isStr := strSelf(operand); !isStr && LookupSpecial(operand, "__getitem__") != nil {
			op.Lookup = func(key string) (pyfmt.Value, error) {
				v, err := GetItem(th, operand, Str(key))
				if err != nil {
					return nil, err
				}
				return pctValue{th, v}, nil
			}
		}
	}
	s, err := pyfmt.PercentFormat(format, op)
	if err != nil {
		return "", fmtError(err)
	}
	return s, nil
}
