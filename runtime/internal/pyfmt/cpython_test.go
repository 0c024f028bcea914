package pyfmt

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"os"
	"strconv"
	"strings"
	"testing"
)

// This file replays the tables CPython generated into testdata (see testdata/gen.py).

func loadRows(t *testing.T, name string) [][]json.RawMessage {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var rows [][]json.RawMessage
	if err := json.Unmarshal(data, &rows); err != nil {
		t.Fatal(err)
	}
	return rows
}

func str(t *testing.T, raw json.RawMessage) string {
	t.Helper()
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatalf("%s: %v", raw, err)
	}
	return s
}

func hexFloat(t *testing.T, s string) float64 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("bad float %q: %v", s, err)
	}
	return f
}

func bigInt(t *testing.T, s string) *big.Int {
	t.Helper()
	x, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("bad int %q", s)
	}
	return x
}

func errText(err error) string {
	if e, ok := err.(*Error); ok {
		return e.Type + ": " + e.Msg
	}
	return err.Error()
}

func TestFloatRepr(t *testing.T) {
	for _, row := range loadRows(t, "repr.json") {
		f := hexFloat(t, str(t, row[0]))
		if got, want := FloatRepr(f), str(t, row[1]); got != want {
			t.Errorf("FloatRepr(%s) = %q, CPython %q", row[0], got, want)
		}
	}
}

func TestFormat(t *testing.T) {
	failures := 0
	for _, row := range loadRows(t, "format.json") {
		kind, value, spec, want := str(t, row[0]), str(t, row[1]), str(t, row[2]), str(t, row[3])
		var got string
		sp, err := ParseSpec(spec)
		if err == nil {
			switch kind {
			case "int":
				got, err = FormatInt(bigInt(t, value), sp)
			case "float":
				got, err = FormatFloat(hexFloat(t, value), sp)
			case "str":
				got, err = FormatStr(value, sp)
			}
		}
		if err != nil {
			got = errText(err)
		}
		if got != want {
			failures++
			if failures < 40 {
				t.Errorf("format(%s %s, %q) = %q, CPython %q", kind, value, spec, got, want)
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d failures", failures)
	}
}

// pyValue is a test implementation of Value for the generated printf cases.
type pyValue struct {
	kind string
	text string
	list []pyValue
}

func decodeValue(t *testing.T, raw json.RawMessage) pyValue {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	for k, v := range m {
		switch k {
		case "none":
			return pyValue{kind: "NoneType"}
		case "bool":
			return pyValue{kind: "bool", text: string(v)}
		case "list":
			var items []json.RawMessage
			json.Unmarshal(v, &items)
			pv := pyValue{kind: "list"}
			for _, it := range items {
				pv.list = append(pv.list, decodeValue(t, it))
			}
			return pv
		default:
			return pyValue{kind: k, text: str(t, v)}
		}
	}
	t.Fatalf("bad value %s", raw)
	return pyValue{}
}

func (v pyValue) TypeName() string { return v.kind }

func (v pyValue) Str() (string, error) {
	switch v.kind {
	case "str":
		return v.text, nil
	case "bool":
		return map[string]string{"true": "True", "false": "False"}[v.text], nil
	}
	return v.Repr()
}

func (v pyValue) Repr() (string, error) {
	switch v.kind {
	case "str":
		return StrRepr(v.text), nil
	case "int":
		return v.text, nil
	case "bool":
		return v.Str()
	case "float":
		f, _ := strconv.ParseFloat(v.text, 64)
		return FloatRepr(f), nil
	case "NoneType":
		return "None", nil
	case "list":
		var parts []string
		for _, it := range v.list {
			r, _ := it.Repr()
			parts = append(parts, r)
		}
		return "[" + strings.Join(parts, ", ") + "]", nil
	case "dict":
		return v.text, nil
	}
	return "", fmt.Errorf("repr of %s", v.kind)
}

func (v pyValue) Int(index bool) (*big.Int, bool, error) {
	switch v.kind {
	case "int":
		x, _ := new(big.Int).SetString(v.text, 10)
		return x, true, nil
	case "bool":
		if v.text == "true" {
			return big.NewInt(1), true, nil
		}
		return big.NewInt(0), true, nil
	case "float":
		if index {
			return nil, false, nil
		}
		f, _ := strconv.ParseFloat(v.text, 64)
		x, err := FloatToInt(f)
		return x, err == nil, err
	}
	return nil, false, nil
}

func (v pyValue) Float() (float64, bool, error) {
	switch v.kind {
	case "float":
		f, _ := strconv.ParseFloat(v.text, 64)
		return f, true, nil
	case "int", "bool":
		x, _, _ := v.Int(true)
		f, ok := IntToFloat(x)
		if !ok {
			return 0, false, &Error{Type: "OverflowError", Msg: "int too large to convert to float"}
		}
		return f, true, nil
	}
	return 0, false, nil
}

func (v pyValue) Text() (string, bool) { return v.text, v.kind == "str" }

func TestPercentFormat(t *testing.T) {
	for _, row := range loadRows(t, "percent.json") {
		format, want := str(t, row[0]), str(t, row[2])
		var m map[string]json.RawMessage
		if err := json.Unmarshal(row[1], &m); err != nil {
			t.Fatal(err)
		}
		var op Operand
		if items, ok := m["tuple"]; ok {
			var raws []json.RawMessage
			json.Unmarshal(items, &raws)
			op.IsTuple = true
			for _, r := range raws {
				op.Items = append(op.Items, decodeValue(t, r))
			}
		} else if mapping, ok := m["mapping"]; ok {
			var entries map[string]json.RawMessage
			json.Unmarshal(mapping, &entries)
			var reprs []string
			for k, r := range entries {
				vr, _ := decodeValue(t, r).Repr()
				reprs = append(reprs, StrRepr(k)+": "+vr)
			}
			op.Value = pyValue{kind: "dict", text: "{" + strings.Join(reprs, ", ") + "}"}
			op.Lookup = func(key string) (Value, error) {
				r, ok := entries[key]
				if !ok {
					return nil, &Error{Type: "KeyError", Msg: StrRepr(key)}
				}
				return decodeValue(t, r), nil
			}
		} else {
			v := decodeValue(t, row[1])
			op.Value = v
			if v.kind == "list" {
				op.Lookup = func(string) (Value, error) {
					return nil, &Error{Type: "TypeError", Msg: "list indices must be integers or slices, not str"}
				}
			}
		}
		got, err := PercentFormat(format, op)
		if err != nil {
			got = errText(err)
		}
		if got != want {
			t.Errorf("%q %% %s = %q, CPython %q", format, row[1], got, want)
		}
	}
}

func TestParse(t *testing.T) {
	for _, row := range loadRows(t, "parse.json") {
		kind, s, want := str(t, row[0]), str(t, row[1]), str(t, row[3])
		var base int
		json.Unmarshal(row[2], &base)
		var got string
		switch kind {
		case "int":
			x, err := ParseInt(s, base)
			switch {
			case err != nil:
				got = errText(err)
			case strings.HasPrefix(want, "ok "):
				got = fmt.Sprintf("ok %d", x.BitLen())
			default:
				got = x.String()
			}
		case "float":
			f, err := ParseFloat(s)
			if err != nil {
				got = errText(err)
			} else {
				got = pyHex(f)
			}
		case "str":
			var sign, a, b, c int64
			fmt.Sscanf(s, "%d,%d,%d,%d", &sign, &a, &b, &c)
			x := new(big.Int).Exp(big.NewInt(a), big.NewInt(b), nil)
			x.Add(x, big.NewInt(c))
			x.Mul(x, big.NewInt(sign))
			out, err := IntToString(x, DefaultMaxStrDigits)
			if err != nil {
				got = errText(err)
			} else {
				got = fmt.Sprintf("ok %d", len(out))
			}
		}
		if got != want {
			if len(s) > 60 {
				s = s[:60] + "..."
			}
			t.Errorf("%s(%q, %d) = %q, CPython %q", kind, s, base, got, want)
		}
	}
}

// pyHex formats f as Python's float.hex does, for comparing with the tables.
func pyHex(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int(bits>>52) & 0x7ff
	mant := bits & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead, exp = 0, 1
	}
	return fmt.Sprintf("%s0x%d.%013xp%+d", sign, lead, mant, exp-1023)
}

func TestRoundAndDivmod(t *testing.T) {
	for _, row := range loadRows(t, "round.json") {
		kind := str(t, row[0])
		var got string
		switch kind {
		case "round":
			x := hexFloat(t, str(t, row[1]))
			if string(row[2]) == "null" {
				n, err := RoundToInt(x)
				if err != nil {
					got = errText(err)
				} else {
					got = n.String()
				}
			} else {
				var nd int
				json.Unmarshal(row[2], &nd)
				f, err := Round(x, nd)
				if err != nil {
					got = errText(err)
				} else {
					got = pyHex(f)
				}
			}
			if want := str(t, row[3]); got != want {
				t.Errorf("round(%s, %s) = %s, CPython %s", row[1], row[2], got, want)
			}
		case "roundint":
			var nd int
			json.Unmarshal(row[2], &nd)
			got = RoundInt(bigInt(t, str(t, row[1])), nd).String()
			if want := str(t, row[3]); got != want {
				t.Errorf("round(%s, %d) = %s, CPython %s", row[1], nd, got, want)
			}
		case "divmod":
			a, b := hexFloat(t, str(t, row[1])), hexFloat(t, str(t, row[2]))
			q, r, err := FloorDivMod(a, b)
			if err != nil {
				got = fmt.Sprintf("%q", errText(err))
			} else {
				got = fmt.Sprintf("[%q, %q]", pyHex(q), pyHex(r))
			}
			want := strings.ReplaceAll(string(row[3]), " ", "")
			if strings.ReplaceAll(got, " ", "") != want && !(strings.HasPrefix(want, `"`) && got == fmt.Sprintf("%q", strings.Trim(want, `"`))) {
				t.Errorf("divmod(%s, %s) = %s, CPython %s", row[1], row[2], got, want)
			}
		}
	}
}
