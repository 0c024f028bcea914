package vm

import (
	"math"
	"math/cmplx"
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/internal/libm"
	"github.com/asobiba/asobiba/runtime/internal/pyfmt"
)

// complexPart formats one part of a complex as CPython's 'r' format without a forced ".0".
func complexPart(f float64, sign bool) string {
	s := pyfmt.FloatRepr(f)
	s = strings.TrimSuffix(s, ".0")
	if sign && !strings.HasPrefix(s, "-") {
		s = "+" + s
	}
	return s
}

// complexRepr is repr(c): 2j, (1+2j), (-0-1j).
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return complexPart(im, false) + "j"
	}
	return "(" + complexPart(re, false) + complexPart(im, true) + "j)"
}

// complexSelf extracts the complex of a complex or complex-subclass instance.
func complexSelf(v Value) (complex128, bool) {
	switch x := v.(type) {
	case Complex:
		return complex128(x), true
	case *Instance:
		if c, ok := x.Base.(Complex); ok {
			return complex128(c), true
		}
	}
	return 0, false
}

// complexOperand converts the other operand of a complex dunder.
func complexOperand(v Value) (complex128, bool, error) {
	if c, ok := complexSelf(v); ok {
		return c, true, nil
	}
	f, ok, err := floatOperand(v)
	return complex(f, 0), ok, err
}

// complexQuot is CPython's c_quot (Smith's algorithm).
func complexQuot(a, b complex128) (complex128, error) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, Errorf(ZeroDivisionErrorType, "complex division by zero")
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), nil
	case absBi >= absBr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), nil
	}
	return complex(math.NaN(), math.NaN()), nil
}

func complexMul(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

// complexPow is CPython's complex_pow.
func complexPow(a, b complex128) (Value, error) {
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int(real(b))
		if n >= 0 {
			return Complex(complexPowU(a, n)), nil
		}
		r, err := complexQuot(1, complexPowU(a, -n))
		if err != nil {
			return nil, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
		}
		return Complex(r), nil
	}
	if b == 0 {
		return Complex(1), nil
	}
	if a == 0 {
		if imag(b) != 0 || real(b) < 0 {
			return nil, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
		}
		return Complex(0), nil
	}
	vabs := libm.Hypot(real(a), imag(a))
	length := libm.Pow(vabs, real(b))
	at := libm.Atan2(imag(a), real(a))
	phase := at * real(b)
	if imag(b) != 0 {
		length /= libm.Exp(at * imag(b))
		phase += imag(b) * libm.Log(vabs)
	}
	r := complex(length*libm.Cos(phase), length*libm.Sin(phase))
	inputsNaN := math.IsNaN(real(a)) || math.IsNaN(imag(a)) || math.IsNaN(real(b)) || math.IsNaN(imag(b))
	if !inputsNaN && (math.IsNaN(libm.Cos(phase)) || math.IsNaN(length)) {
		// C's cos/sin set errno to EDOM for infinite arguments; CPython reports that so.
		return nil, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, Errorf(OverflowErrorType, "complex exponentiation")
	}
	return Complex(r), nil
}

func complexPowU(x complex128, n int) complex128 {
	r := complex128(1)
	p := x
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexMul(r, p)
		}
		p = complexMul(p, p)
	}
	return r
}

func complexBinary(op compile.BinaryOp, a, b complex128) (Value, error) {
	switch op {
	case opAdd:
		return Complex(a + b), nil
	case opSub:
		return Complex(a - b), nil
	case opMul:
		return Complex(complexMul(a, b)), nil
	case opTrueDiv:
		r, err := complexQuot(a, b)
		if err != nil {
			return nil, err
		}
		return Complex(r), nil
	case opPow:
		return complexPow(a, b)
	}
	return NotImplemented, nil
}

func init() {
	t := ComplexType
	for _, op := range []compile.BinaryOp{opAdd, opSub, opMul, opTrueDiv, opPow} {
		op := op
		for _, reflected := range []bool{false, true} {
			reflected := reflected
			name := binops[op].name
			if reflected {
				name = binops[op].rname
			}
			t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
				n := 1
				if op == opPow && len(args) == 3 {
					n = 2
				}
				if err := checkSlotArgs(name, args, kwnames, n); err != nil {
					return nil, err
				}
				x, ok := complexSelf(args[0])
				if !ok {
					return nil, descrError(name, ComplexType, args[0])
				}
				y, ok, err := complexOperand(args[1])
				if err != nil || !ok {
					return NotImplemented, err
				}
				if n == 2 && args[2] != None {
					return nil, Errorf(ValueErrorType, "complex modulo")
				}
				if reflected {
					x, y = y, x
				}
				return complexBinary(op, x, y)
			})
		}
	}
	unary := func(name string, f func(c complex128) (Value, error)) {
		t.AddMethod(name, func(th *Thread, args []Value, kwnames []string) (Value, error) {
			if err := checkSlotArgs(name, args, kwnames, 0); err != nil {
				return nil, err
			}
			c, ok := complexSelf(args[0])
			if !ok {
				return nil, descrError(name, ComplexType, args[0])
			}
			return f(c)
		})
	}
	unary("__neg__", func(c complex128) (Value, error) { return Complex(-c), nil })
	unary("__pos__", func(c complex128) (Value, error) { return Complex(c), nil })
	unary("__abs__", func(c complex128) (Value, error) {
		r := libm.Hypot(real(c), imag(c))
		if math.IsInf(r, 0) && !math.IsInf(real(c), 0) && !math.IsInf(imag(c), 0) {
			return nil, Errorf(OverflowErrorType, "absolute value too large")
		}
		return Float(r), nil
	})
	unary("__bool__", func(c complex128) (Value, error) { return Bool(c != 0), nil })
	unary("__hash__", func(c complex128) (Value, error) { return Int(hashComplex(c)), nil })
	unary("__repr__", func(c complex128) (Value, error) { return Str(complexRepr(c)), nil })
	unary("__complex__", func(c complex128) (Value, error) { return Complex(c), nil })
	unary("__getnewargs__", func(c complex128) (Value, error) { return Tuple{Float(real(c)), Float(imag(c))}, nil })
	t.AddMethod("conjugate", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkNoArgs("complex.conjugate", args, kwnames); err != nil {
			return nil, err
		}
		c, ok := complexSelf(args[0])
		if !ok {
			return nil, descrError("conjugate", ComplexType, args[0])
		}
		return Complex(cmplx.Conj(c)), nil
	})
	addGetter(t, "real", func(th *Thread, self Value) (Value, error) {
		c, _ := complexSelf(self)
		return Float(real(c)), nil
	})
	addGetter(t, "imag", func(th *Thread, self Value) (Value, error) {
		c, _ := complexSelf(self)
		return Float(imag(c)), nil
	})
	t.AddMethod("__format__", func(th *Thread, args []Value, kwnames []string) (Value, error) {
		if err := checkArgRange("__format__", args, kwnames, 1, 1); err != nil {
			return nil, err
		}
		c, ok := complexSelf(args[0])
		if !ok {
			return nil, descrError("__format__", ComplexType, args[0])
		}
		spec, ok := strSelf(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "__format__() argument must be str, not %s", typeNameOf(args[1]))
		}
		if spec == "" {
			return Str(complexRepr(c)), nil
		}
		sp, err := pyfmt.ParseSpec(spec)
		if err != nil {
			return nil, fmtError(err)
		}
		s, err := pyfmt.FormatComplex(real(c), imag(c), sp)
		if err != nil {
			return nil, fmtError(err)
		}
		return Str(s), nil
	})
	t.AddStaticMethod("__new__", complexNew)
	addRichCompare(t, func(th *Thread, a, b Value, op compile.CompareOp) (Value, error) {
		if op != compile.CmpEQ && op != compile.CmpNE {
			return NotImplemented, nil
		}
		x, _ := complexSelf(a)
		var eq bool
		if y, ok := complexSelf(b); ok {
			eq = x == y
		} else if f, ok := floatSelf(b); ok {
			eq = imag(x) == 0 && real(x) == f
		} else if i, ok := intLike(b); ok {
			if imag(x) != 0 {
				eq = false
			} else {
				c, ok := compareIntFloat(i, real(x))
				eq = ok && c == 0
			}
		} else {
			return NotImplemented, nil
		}
		return Bool(eq == (op == compile.CmpEQ)), nil
	})
}

// complexNew is complex.__new__(cls, real=0, imag=0).
func complexNew(th *Thread, args []Value, kwnames []string) (Value, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeErrorType, "complex.__new__(): not enough arguments")
	}
	cls, ok := args[0].(*Type)
	if !ok || !cls.IsSubtype(ComplexType) {
		return nil, Errorf(TypeErrorType, "complex.__new__(X): X is not a subtype of complex")
	}
	spec := argSpec{fname: "complex", names: []string{"real", "imag"}, kwOnly: 2}
	a, err := spec.parse(args, kwnames, 1)
	if err != nil {
		return nil, err
	}
	var re, im float64
	rIsComplex := false
	if a[0] != nil {
		if s, ok := strSelf(a[0]); ok {
			if a[1] != nil {
				return nil, Errorf(TypeErrorType, "complex() can't take second arg if first is a string")
			}
			c, err := parseComplex(s)
			if err != nil {
				return nil, err
			}
			re, im = real(c), imag(c)
		} else {
			c, isC, err := toComplex(th, a[0], "first")
			if err != nil {
				return nil, err
			}
			re, im, rIsComplex = real(c), imag(c), isC
		}
	}
	if a[1] != nil {
		if _, ok := strSelf(a[1]); ok {
			return nil, Errorf(TypeErrorType, "complex() second arg can't be a string")
		}
		ci, iIsComplex, err := toComplex(th, a[1], "second")
		if err != nil {
			return nil, err
		}
		if iIsComplex {
			re -= imag(ci)
		}
		if rIsComplex {
			im += real(ci)
		} else {
			im = real(ci)
		}
	}
	c := complex(re, im)
	if cls == ComplexType {
		return Complex(c), nil
	}
	return newInstanceWithBase(cls, Complex(c)), nil
}

// toComplex converts a complex() argument; isComplex reports a complex value (whose
// imaginary part takes part in the result).
func toComplex(th *Thread, v Value, which string) (complex128, bool, error) {
	if c, ok := complexSelf(v); ok {
		return c, true, nil
	}
	if m := LookupSpecial(v, "__complex__"); m != nil {
		r, err := callDunder(th, m, v)
		if err != nil {
			return 0, false, err
		}
		if c, ok := complexSelf(r); ok {
			return c, true, nil
		}
		return 0, false, Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", typeNameOf(r))
	}
	if LookupSpecial(v, "__float__") == nil && LookupSpecial(v, "__index__") == nil {
		if _, ok := intLike(v); !ok {
			return 0, false, Errorf(TypeErrorType, "complex() %s argument must be a string or a number, not '%s'", which, typeNameOf(v))
		}
	}
	f, err := AsFloat(th, v)
	return complex(f, 0), false, err
}

// parseComplex parses complex("1+2j").
func parseComplex(s string) (complex128, error) {
	bad := Errorf(ValueErrorType, "complex() arg is a malformed string")
	t := strings.TrimSpace(s)
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		t = strings.TrimSpace(t[1 : len(t)-1])
	}
	if t == "" {
		return 0, bad
	}
	parseF := func(x string) (float64, bool) {
		if x == "" || x == "+" || x == "-" {
			if x == "-" {
				return -1, true
			}
			return 1, true
		}
		f, err := pyfmt.ParseFloat(x)
		return f, err == nil && !strings.ContainsAny(x, " \t")
	}
	if strings.HasSuffix(t, "j") || strings.HasSuffix(t, "J") {
		body := t[:len(t)-1]
		// Find the split between real and imaginary parts: the last sign not after an 'e'.
		split := -1
		for i := len(body) - 1; i > 0; i-- {
			if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
				split = i
				break
			}
		}
		if split < 0 {
			im, ok := parseF(body)
			if !ok {
				return 0, bad
			}
			return complex(0, im), nil
		}
		re, ok1 := parseF(body[:split])
		im, ok2 := parseF(body[split:])
		if !ok1 || !ok2 || body[:split] == "" {
			return 0, bad
		}
		return complex(re, im), nil
	}
	re, err := pyfmt.ParseFloat(t)
	if err != nil {
		return 0, bad
	}
	return complex(re, 0), nil
}
