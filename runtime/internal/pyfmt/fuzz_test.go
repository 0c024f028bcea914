package pyfmt

import (
	"math"
	"math/big"
	"testing"
)

// The fuzz targets check that untrusted specs, format strings and literals never panic.

func FuzzFormatSpec(f *testing.F) {
	for _, s := range []string{"", ">10,.2f", "0=+#20_x", "あ^9.3", "z.1%", "1.2.3", ",,", "c"} {
		f.Add(s, int64(-1234), 3.5, "日本")
	}
	f.Fuzz(func(t *testing.T, spec string, i int64, x float64, s string) {
		sp, err := ParseSpec(spec)
		if err != nil {
			return
		}
		if sp.Width > 10000 || sp.Precision > 10000 {
			return // valid, only slow
		}
		FormatInt64(i, sp)
		FormatInt(new(big.Int).Lsh(big.NewInt(i), 70), sp)
		FormatFloat(x, sp)
		FormatStr(s, sp)
	})
}

type fuzzValue struct{ s string }

func (v fuzzValue) TypeName() string      { return "str" }
func (v fuzzValue) Str() (string, error)  { return v.s, nil }
func (v fuzzValue) Repr() (string, error) { return StrRepr(v.s), nil }
func (v fuzzValue) Int(bool) (*big.Int, bool, error) {
	return big.NewInt(int64(len(v.s)) - 3), true, nil
}
func (v fuzzValue) Float() (float64, bool, error) { return float64(len(v.s)) / 3, true, nil }
func (v fuzzValue) Text() (string, bool)          { return v.s, len(v.s)%2 == 0 }

func FuzzPercentFormat(f *testing.F) {
	for _, s := range []string{"%s", "%(a)5.2f", "%*.*d", "%#-08x%%", "%c%r%a", "%(a"} {
		f.Add(s, "ab", true)
	}
	f.Fuzz(func(t *testing.T, format, arg string, tuple bool) {
		v := fuzzValue{arg}
		op := Operand{Value: v, Lookup: func(string) (Value, error) { return v, nil }}
		if tuple {
			op = Operand{IsTuple: true, Items: []Value{v, v, v}}
		}
		// Any input may be rejected with an error; none may panic.
		_, _ = PercentFormat(format, op)
	})
}

func FuzzParseNumbers(f *testing.F) {
	for _, s := range []string{"0x_1f", " -1_000 ", "１２３", "1e5", "-inf", "1__0", "0b", "."} {
		f.Add(s, 0)
	}
	f.Fuzz(func(t *testing.T, s string, base int) {
		if x, err := ParseInt(s, base); err == nil {
			if base == 10 || base == 0 {
				if y, err := ParseInt(x.String(), 10); err != nil || y.Cmp(x) != 0 {
					t.Fatalf("ParseInt(%q) = %s does not round-trip", s, x)
				}
			}
		}
		if x, err := ParseFloat(s); err == nil && !math.IsNaN(x) {
			if y, err := ParseFloat(FloatRepr(x)); err != nil || y != x {
				t.Fatalf("ParseFloat(%q) = %v does not round-trip through FloatRepr", s, x)
			}
		}
	})
}
