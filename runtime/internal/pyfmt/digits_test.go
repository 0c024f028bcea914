package pyfmt

import (
	"math/big"
	"strings"
	"testing"
)

// TestParseDigits compares ParseDigits with big.Int.SetString.
func TestParseDigits(t *testing.T) {
	long := strings.Repeat("9876543210", 50)
	for _, c := range []struct {
		s    string
		base int
	}{
		{"0", 10}, {"7", 10}, {"18446744073709551615", 10}, {"18446744073709551616", 10},
		{"9999999999999999999", 10}, {"10000000000000000000", 10}, {long, 10}, {long + "1", 10},
		{"ff", 16}, {"FFffFFffFFffFFffFFffFFff", 16}, {"777", 8}, {"1010101010101010101010101010101010101010101010101010101010101010101", 2},
		{"zz", 36}, {"ZyX", 36}, {strings.Repeat("z", 40), 36}, {"000123", 10},
		{"", 10}, {"12a", 10}, {"8", 8}, {"2", 2}, {"g", 16}, {"1_0", 10}, {" 1", 10},
	} {
		want, wantOK := new(big.Int).SetString(c.s, c.base)
		got, ok := ParseDigits(c.s, c.base)
		if ok != wantOK || ok && got.Cmp(want) != 0 {
			t.Errorf("ParseDigits(%q, %d) = %v, %v; SetString gives %v, %v", c.s, c.base, got, ok, want, wantOK)
		}
	}
	// Unlike SetString, ParseDigits takes no sign: its callers have dealt with it.
	for _, s := range []string{"-1", "+1"} {
		if _, ok := ParseDigits(s, 10); ok {
			t.Errorf("ParseDigits(%q) accepted a sign", s)
		}
	}
}
