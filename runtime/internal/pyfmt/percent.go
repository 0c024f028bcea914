package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Value is one right-hand operand value of printf-style formatting (str % args), supplied by
// the VM. Methods return ok == false when the value has no such conversion (PercentFormat then
// raises CPython's TypeError); a non-nil error is raised as is.
type Value interface {
	// TypeName returns the Python type name, for example "str", for error messages.
	TypeName() string
	// Str returns str(v), used by %s.
	Str() (string, error)
	// Repr returns repr(v), used by %r and %a.
	Repr() (string, error)
	// Int converts v for the integer conversions. With index true (%o %x %X %c and the *
	// width and precision) only int and objects with __index__ qualify; with index false
	// (%d %i %u) any number qualifies and is truncated as int(v) would, so 3.7 gives 3 and
	// int(inf)'s OverflowError is returned as err.
	Int(index bool) (x *big.Int, ok bool, err error)
	// Float returns float(v) for %e %f %g and friends; ok is false for non-numbers.
	Float() (f float64, ok bool, err error)
	// Text returns the text of v and true when v is a str (for %c), else false.
	Text() (string, bool)
}

// Operand is the right operand of str % operand.
type Operand struct {
	// IsTuple reports that the operand is a tuple; its items are then in Items.
	IsTuple bool
	// Items are the tuple's items.
	Items []Value
	// Value is the operand itself when it is not a tuple.
	Value Value
	// Lookup is non-nil when the operand counts as a mapping in CPython's sense: it is not a
	// tuple or str and its type defines __getitem__ (so dicts, but also lists and bytes). It
	// returns operand[key] or the error (KeyError) to raise.
	Lookup func(key string) (Value, error)
	// Bytes selects bytes % operand: the format and the result hold one byte per rune
	// (latin-1), %b is %s, %s and %b take Text (the bytes-like operand's bytes), %r is %a,
	// and %c takes an int in range(256) or a single byte.
	Bytes bool
	// MaxStrDigits is the limit on decimal digits of %d %i %u (0: no limit).
	MaxStrDigits int
}

// percentState follows CPython's argument cursor: argIdx -2 means the non-tuple operand has
// not been used, -1 that it has.
type percentState struct {
	op     Operand
	args   []Value
	cur    Value // the current non-tuple operand (the whole operand, or a looked-up item)
	argLen int
	argIdx int
}

func (st *percentState) next() (Value, error) {
	if st.argLen < 0 {
		if st.argIdx == -2 {
			st.argIdx = -1
			return st.cur, nil
		}
	} else if st.argIdx < st.argLen {
		st.argIdx++
		return st.args[st.argIdx-1], nil
	}
	return nil, newError("TypeError", "not enough arguments for format string")
}

// percentFlags are the conversion flags and numbers of one %-conversion.
type percentFlags struct {
	left, plus, space, alt, zero bool
	width, prec                  int
	maxDigits                    int // the limit on decimal digits (Operand.MaxStrDigits)
}

// PercentFormat implements str % operand (printf-style formatting) with CPython's rules:
// conversions s r a d i u o x X e E f F g G c and %%, flags '#', '0', '-', ' ', '+',
// widths and precisions (also '*'), length modifiers h l L (ignored), and %(key) lookups.
func PercentFormat(format string, op Operand) (string, error) {
	st := &percentState{op: op, argLen: -1, argIdx: -2, cur: op.Value}
	if op.IsTuple {
		st.args, st.argLen, st.argIdx = op.Items, len(op.Items), 0
	}
	runes := []rune(format)
	var out strings.Builder
	out.Grow(len(format))
	for i := 0; i < len(runes); {
		if runes[i] != '%' {
			j := i
			for j < len(runes) && runes[j] != '%' {
				j++
			}
			out.WriteString(string(runes[i:j]))
			i = j
			continue
		}
		i++
		if i < len(runes) && runes[i] == '%' {
			out.WriteByte('%')
			i++
			continue
		}
		var err error
		if i, err = st.conversion(runes, i, &out); err != nil {
			return "", err
		}
	}
	if st.argIdx < st.argLen && op.Lookup == nil {
		what := "string"
		if op.Bytes {
			what = "bytes"
		}
		return "", newError("TypeError", "not all arguments converted during %s formatting", what)
	}
	return out.String(), nil
}

// conversion parses and formats the conversion starting at runes[i] (after the '%').
func (st *percentState) conversion(runes []rune, i int, out *strings.Builder) (int, error) {
	if i < len(runes) && runes[i] == '(' {
		if st.op.Lookup == nil {
			return i, newError("TypeError", "format requires a mapping")
		}
		depth, start := 1, i+1
		for i++; i < len(runes) && depth > 0; i++ {
			switch runes[i] {
			case '(':
				depth++
			case ')':
				depth--
			}
		}
		if depth > 0 {
			return i, valueError("incomplete format key")
		}
		v, err := st.op.Lookup(string(runes[start : i-1]))
		if err != nil {
			return i, err
		}
		st.cur, st.argLen, st.argIdx = v, -1, -2
	}
	f := percentFlags{width: -1, prec: -1, maxDigits: st.op.MaxStrDigits}
flags:
	for ; i < len(runes); i++ {
		switch runes[i] {
		case '-':
			f.left = true
		case '+':
			f.plus = true
		case ' ':
			f.space = true
		case '#':
			f.alt = true
		case '0':
			f.zero = true
		default:
			break flags
		}
	}
	var err error
	var given bool
	if i, f.width, given, err = st.number(runes, i, "width"); err != nil {
		return i, err
	}
	if !given {
		f.width = -1
	} else if f.width < 0 { // a negative '*' width means left-justify
		f.left, f.width = true, -f.width
	}
	if i < len(runes) && runes[i] == '.' {
		if i, f.prec, _, err = st.number(runes, i+1, "precision"); err != nil {
			return i, err
		}
		f.prec = max(f.prec, 0) // "%.f" and a negative '*' both mean 0
	}
	for i < len(runes) && (runes[i] == 'h' || runes[i] == 'l' || runes[i] == 'L') {
		i++
	}
	if i >= len(runes) {
		return i, valueError("incomplete format")
	}
	c := runes[i]
	v, err := st.next()
	if err != nil {
		return i, err
	}
	var text string
	if st.op.Bytes {
		text, err = formatOneBytes(c, v, &f)
	} else {
		text, err = formatOne(c, v, &f)
	}
	if err != nil {
		if e, ok := err.(*Error); ok && e.Type == "" {
			e.Type = "ValueError"
			e.Msg += " at index " + strconv.Itoa(i)
		}
		return i, err
	}
	out.WriteString(text)
	return i + 1, nil
}

// number reads a width or precision: digits, or '*' (the next argument, possibly negative).
// given is false when there is neither.
func (st *percentState) number(runes []rune, i int, what string) (next, n int, given bool, err error) {
	if i < len(runes) && runes[i] == '*' {
		v, err := st.next()
		if err != nil {
			return i, 0, false, err
		}
		x, ok, err := v.Int(true)
		if err != nil || !ok {
			return i, 0, false, newError("TypeError", "* wants int")
		}
		if !x.IsInt64() || x.Int64() > MaxWidth || x.Int64() < -MaxWidth {
			return i, 0, false, &Error{Type: "MemoryError"}
		}
		return i + 1, int(x.Int64()), true, nil
	}
	for ; i < len(runes) && runes[i] >= '0' && runes[i] <= '9'; i++ {
		given = true
		n = n*10 + int(runes[i]-'0')
		if n > MaxWidth {
			return i, 0, false, valueError("%s too big", what)
		}
	}
	return i, n, given, nil
}

// formatOne formats v for conversion c. An *Error with an empty Type asks the caller to add
// the position ("unsupported format character").
func formatOne(c rune, v Value, f *percentFlags) (string, error) {
	switch c {
	case 's', 'r', 'a':
		var text string
		var err error
		if c == 's' {
			text, err = v.Str()
		} else {
			text, err = v.Repr()
			if c == 'a' {
				text = ASCII(text)
			}
		}
		if err != nil {
			return "", err
		}
		return padText(truncate(text, f.prec), f), nil
	case 'c':
		if text, ok := v.Text(); ok {
			if utf8.RuneCountInString(text) != 1 {
				return "", newError("TypeError", "%%c requires int or char")
			}
			return padText(text, f), nil
		}
		x, ok, err := v.Int(true)
		if err != nil {
			return "", err
		}
		if !ok {
			return "", newError("TypeError", "%%c requires int or char")
		}
		if !x.IsInt64() || x.Int64() < 0 || x.Int64() > 0x10ffff {
			return "", newError("OverflowError", "%%c arg not in range(0x110000)")
		}
		return padText(string(rune(x.Int64())), f), nil
	case 'd', 'i', 'u', 'o', 'x', 'X':
		index := c == 'o' || c == 'x' || c == 'X'
		x, ok, err := v.Int(index)
		if err != nil {
			return "", err
		}
		if !ok {
			what := "a real number"
			if index {
				what = "an integer"
			}
			return "", newError("TypeError", "%%%c format: %s is required, not %s", c, what, v.TypeName())
		}
		if !index && !x.IsInt64() {
			if _, err := CheckDecimalDigits(x, 'd', f.maxDigits); err != nil {
				return "", err
			}
		}
		return percentInt(x, c, f), nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, ok, err := v.Float()
		if err != nil {
			return "", err
		}
		if !ok {
			return "", newError("TypeError", "must be real number, not %s", v.TypeName())
		}
		return percentFloat(x, c, f), nil
	}
	shown := '?'
	if c >= 32 && c <= 126 {
		shown = c
	}
	return "", &Error{Msg: "unsupported format character '" + string(shown) + "' (0x" + strconv.FormatInt(int64(c), 16) + ")"}
}

// padText pads a non-numeric conversion with spaces; the '0' flag does not apply.
func padText(text string, f *percentFlags) string {
	n := utf8.RuneCountInString(text)
	if f.width <= n {
		return text
	}
	if f.left {
		return text + strings.Repeat(" ", f.width-n)
	}
	return strings.Repeat(" ", f.width-n) + text
}

// padNumber assembles sign, prefix and body under the flags: zero padding goes between the
// sign and prefix and the digits.
func padNumber(sign, prefix, body string, f *percentFlags) string {
	n := len(sign) + len(prefix) + len(body)
	if f.width <= n {
		return sign + prefix + body
	}
	p := f.width - n
	switch {
	case f.left:
		return sign + prefix + body + strings.Repeat(" ", p)
	case f.zero:
		return sign + prefix + strings.Repeat("0", p) + body
	default:
		return strings.Repeat(" ", p) + sign + prefix + body
	}
}

func signOf(neg bool, f *percentFlags) string {
	switch {
	case neg:
		return "-"
	case f.plus:
		return "+"
	case f.space:
		return " "
	}
	return ""
}

// percentInt formats an int for %d %i %u %o %x %X.
func percentInt(x *big.Int, c rune, f *percentFlags) string {
	base, prefix := 10, ""
	switch c {
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !f.alt {
		prefix = ""
	}
	digits := new(big.Int).Abs(x).Text(base)
	if c == 'X' {
		digits = strings.ToUpper(digits)
	}
	if f.prec > len(digits) {
		digits = strings.Repeat("0", f.prec-len(digits)) + digits
	}
	return padNumber(signOf(x.Sign() < 0, f), prefix, digits, f)
}

// percentFloat formats a float for %e %E %f %F %g %G.
func percentFloat(x float64, c rune, f *percentFlags) string {
	prec := f.prec
	if prec < 0 {
		prec = 6
	}
	mode := byte(c)
	upper := c == 'E' || c == 'F' || c == 'G'
	if upper {
		mode += 'a' - 'A'
	}
	var body string
	switch {
	case math.IsNaN(x):
		body = "nan"
	case math.IsInf(x, 0):
		body = "inf"
	default:
		body = formatAbs(math.Abs(x), mode, prec, f.alt, false)
	}
	if upper {
		body = strings.ToUpper(body)
	}
	return padNumber(signOf(math.Signbit(x) && !math.IsNaN(x), f), "", body, f)
}

// formatOneBytes formats v for conversion c of bytes % operand; see Operand.Bytes.
func formatOneBytes(c rune, v Value, f *percentFlags) (string, error) {
	switch c {
	case 's', 'b':
		text, ok := v.Text()
		if !ok {
			return "", newError("TypeError", "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.TypeName())
		}
		return padText(truncate(text, f.prec), f), nil
	case 'r', 'a':
		return formatOne('a', v, f)
	case 'c':
		if text, ok := v.Text(); ok {
			if utf8.RuneCountInString(text) != 1 {
				return "", newError("TypeError", "%%c requires an integer in range(256) or a single byte")
			}
			return padText(text, f), nil
		}
		x, ok, err := v.Int(true)
		if err != nil {
			return "", err
		}
		if !ok {
			return "", newError("TypeError", "%%c requires an integer in range(256) or a single byte")
		}
		if !x.IsInt64() || x.Int64() < 0 || x.Int64() > 255 {
			return "", newError("OverflowError", "%%c arg not in range(256)")
		}
		return padText(string(rune(x.Int64())), f), nil
	}
	return formatOne(c, v, f)
}
