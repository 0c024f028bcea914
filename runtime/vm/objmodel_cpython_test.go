package vm

import (
	"encoding/hex"
	"encoding/json"
	"math"
	"math/big"
	"os"
	"regexp"
	"strconv"
	"testing"

	"github.com/asobiba/asobiba/runtime/compile"
)

// decodeValue rebuilds a value encoded by testdata/objmodel/gen.py.
func decodeValue(t *testing.T, raw json.RawMessage) Value {
	t.Helper()
	var parts []json.RawMessage
	if err := json.Unmarshal(raw, &parts); err != nil {
		t.Fatal(err)
	}
	var kind string
	_ = json.Unmarshal(parts[0], &kind)
	str := func(i int) string {
		var s string
		if err := json.Unmarshal(parts[i], &s); err != nil {
			t.Fatal(err)
		}
		return s
	}
	float := func(i int) float64 {
		f, err := strconv.ParseFloat(str(i), 64)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	items := func() []Value {
		var elems []json.RawMessage
		_ = json.Unmarshal(parts[1], &elems)
		out := make([]Value, len(elems))
		for i, e := range elems {
			out[i] = decodeValue(t, e)
		}
		return out
	}
	switch kind {
	case "none":
		return None
	case "bool":
		var b bool
		_ = json.Unmarshal(parts[1], &b)
		return Bool(b)
	case "int":
		n, ok := new(big.Int).SetString(str(1), 10)
		if !ok {
			t.Fatal("bad int")
		}
		return MakeInt(n)
	case "float":
		return Float(float(1))
	case "complex":
		return Complex(complex(float(1), float(2)))
	case "str":
		return Str(str(1))
	case "bytes":
		b, _ := hex.DecodeString(str(1))
		return Bytes(b)
	case "tuple":
		return Tuple(items())
	case "list":
		return NewList(items())
	case "frozenset":
		s := NewFrozenSet()
		for _, v := range items() {
			if err := s.Add(nil, v); err != nil {
				t.Fatal(err)
			}
		}
		return s
	}
	t.Fatalf("unknown kind %q", kind)
	return nil
}

func TestHashMatchesCPython(t *testing.T) {
	data, err := os.ReadFile("testdata/objmodel/hash_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Value json.RawMessage
		Hash  int64
		Repr  string
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		v := decodeValue(t, c.Value)
		var h int64
		if s, ok := v.(*Set); ok {
			h = s.frozenHash()
		} else {
			h, err = Hash(nil, v)
			if err != nil {
				t.Errorf("hash(%s): %v", c.Repr, err)
				continue
			}
		}
		if h != c.Hash {
			t.Errorf("hash(%s) = %d, want %d", c.Repr, h, c.Hash)
		}
	}
}

func TestSetOrderMatchesCPython(t *testing.T) {
	data, err := os.ReadFile("testdata/objmodel/set_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		Name  string
		Ops   [][]json.RawMessage
		Order []json.RawMessage
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		s := NewSet()
		var with *Set
		list := func(raw json.RawMessage) []Value {
			var elems []json.RawMessage
			_ = json.Unmarshal(raw, &elems)
			out := make([]Value, len(elems))
			for i, e := range elems {
				out[i] = decodeValue(t, e)
			}
			return out
		}
		for _, op := range c.Ops {
			var name string
			_ = json.Unmarshal(op[0], &name)
			var err error
			switch name {
			case "add":
				err = s.Add(nil, decodeValue(t, op[1]))
			case "discard":
				v := decodeValue(t, op[1])
				h, _ := Hash(nil, v)
				_, err = s.discardEntry(nil, v, h)
			case "pop":
				_, err = callDunder(nil, SetType.Dict.mustStr("pop"), s)
			case "set":
				s, err = NewSetFrom(nil, Tuple(list(op[1])))
			case "with":
				with, err = NewSetFrom(nil, Tuple(list(op[1])))
			case "fromdict":
				d := NewDict()
				for _, k := range list(op[1]) {
					d.SetStr(string(k.(Str)), None)
				}
				s, err = NewSetFrom(nil, d)
			case "union", "inter", "diff", "symdiff", "rinter", "rdiff":
				m := map[string]string{"union": "__or__", "inter": "__and__", "diff": "__sub__", "symdiff": "__xor__", "rinter": "__and__", "rdiff": "__sub__"}[name]
				x, y := s, with
				if name[0] == 'r' {
					x, y = y, x
				}
				var r Value
				r, err = callDunder(nil, SetType.Dict.mustStr(m), x, y)
				if err == nil {
					s = r.(*Set)
				}
			case "update":
				err = s.update(nil, with)
			default:
				t.Fatalf("unknown op %q", name)
			}
			if err != nil {
				t.Fatalf("%s: %v", c.Name, err)
			}
		}
		want := make([]Value, len(c.Order))
		for i, e := range c.Order {
			want[i] = decodeValue(t, e)
		}
		got := s.Items()
		gr, _ := Repr(nil, Tuple(got))
		wr, _ := Repr(nil, Tuple(want))
		if gr != wr {
			t.Errorf("%s: order %s, want %s", c.Name, gr, wr)
		}
	}
}

func TestArithmeticMatchesCPython(t *testing.T) {
	data, err := os.ReadFile("testdata/objmodel/arith_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		A, B json.RawMessage
		Op   string
		R    string
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	binops := map[string]compile.BinaryOp{"+": opAdd, "-": opSub, "*": opMul, "/": opTrueDiv, "//": opFloorDiv,
		"%": opMod, "**": opPow, "<<": opLShift, ">>": opRShift, "&": opAnd, "|": opOr, "^": opXor}
	cmps := map[string]compile.CompareOp{"<": compile.CmpLT, "<=": compile.CmpLE, "==": compile.CmpEQ,
		"!=": compile.CmpNE, ">": compile.CmpGT, ">=": compile.CmpGE}
	failures := 0
	for _, c := range cases {
		a, b := decodeValue(t, c.A), decodeValue(t, c.B)
		var r Value
		var err error
		if op, ok := binops[c.Op]; ok {
			r, err = BinaryOp(nil, op, a, b)
		} else if op, ok := cmps[c.Op]; ok {
			r, err = RichCompare(nil, a, b, op)
		} else {
			r, err = Divmod(nil, a, b)
		}
		got := resultString(r, err)
		if got != c.R && c.Op == "**" && closeNumbers(got, c.R) {
			// Go's math.Pow, Exp, Log, Sin and Cos are not correctly rounded as glibc's are;
			// non-integral powers may differ in the last digit (a known gap).
			continue
		}
		if got != c.R {
			ar, _ := Repr(nil, a)
			br, _ := Repr(nil, b)
			t.Errorf("%s %s %s = %s, want %s", ar, c.Op, br, got, c.R)
			if failures++; failures > 30 {
				t.Fatal("too many failures")
			}
		}
	}
}

var numberRE = regexp.MustCompile(`-?[0-9.]+(e[-+][0-9]+)?|nan|inf`)

// closeNumbers reports whether two rendered results differ only by rounding in the last
// digits of the numbers they contain.
func closeNumbers(got, want string) bool {
	if got[0] != '=' || want[0] != '=' {
		return false
	}
	g, w := numberRE.FindAllString(got, -1), numberRE.FindAllString(want, -1)
	if len(g) != len(w) || numberRE.ReplaceAllString(got, "#") != numberRE.ReplaceAllString(want, "#") {
		return false
	}
	for i := range g {
		x, err1 := strconv.ParseFloat(g[i], 64)
		y, err2 := strconv.ParseFloat(w[i], 64)
		if err1 != nil || err2 != nil {
			return false
		}
		if x != y && math.Abs(x-y) > 1e-13*math.Max(math.Abs(x), math.Abs(y)) {
			return false
		}
	}
	return true
}

// resultString renders a result the way gen.py does: "=repr" or "!Type: message".
func resultString(r Value, err error) string {
	if err != nil {
		e, ok := err.(*Exception)
		if !ok {
			return "!" + err.Error()
		}
		msg, _ := excStr(nil, e)
		return "!" + e.Class.Name + ": " + msg
	}
	s, err := Repr(nil, r)
	if err != nil {
		return "!repr failed: " + err.Error()
	}
	return "=" + s
}

func TestStrMethodsMatchCPython(t *testing.T) {
	data, err := os.ReadFile("testdata/objmodel/str_cases.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []struct {
		S      string
		Method string
		Args   []json.RawMessage
		R      string
	}
	if err := json.Unmarshal(data, &cases); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		args := []Value{Str(c.S)}
		for _, a := range c.Args {
			args = append(args, decodeValue(t, a))
		}
		m := StrType.Dict.mustStr(c.Method)
		r, err := callDunder(nil, m, args[0], args[1:]...)
		if got := resultString(r, err); got != c.R {
			t.Errorf("%q.%s%v = %s, want %s", c.S, c.Method, args[1:], got, c.R)
		}
	}
}
