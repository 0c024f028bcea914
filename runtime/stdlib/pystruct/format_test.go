package pystruct

import (
	"math"
	"testing"
)

// The sizes were printed by CPython's struct.calcsize on x86-64 Linux.
func TestParseFormatSizes(t *testing.T) {
	cases := map[string]int{
		"": 0, "@qc": 9, "@cq": 16, "@ce": 4, "@cd": 16, "@c?": 2, "@cP": 16, "@cn": 16,
		"@c3x i": 8, "=cq": 9, "\ti\n": 4, "i0q": 8, "c0q": 8, "<ci": 5, "0s": 0, "10s": 10,
		"@lLnNP": 40, "<lL": 8, "e f d ?": 17, ">hHiI": 12,
	}
	for f, want := range cases {
		l, err := parseFormat(f)
		if err != nil || l.size != want {
			t.Errorf("parseFormat(%q) size = %v, %v; want %d", f, l, err, want)
		}
	}
}

func TestParseFormatErrors(t *testing.T) {
	cases := map[string]error{
		"4": errRepeatCount, "4 i": errBadChar, "z": errBadChar, "<n": errBadChar, "i@": errBadChar,
		"99999999999999999999i": errTooLong, "i\x00": errNullChar,
	}
	for f, want := range cases {
		if _, err := parseFormat(f); err != want {
			t.Errorf("parseFormat(%q) error = %v; want %v", f, err, want)
		}
	}
}

func TestItemCounts(t *testing.T) {
	l, err := parseFormat("2h3s4x?5p")
	if err != nil {
		t.Fatal(err)
	}
	if l.nitems != 5 {
		t.Errorf("nitems = %d; want 5 (2 h, one s, one ?, one p)", l.nitems)
	}
}

// The bits were printed by CPython's struct.pack("<e", x).
func TestPackHalf(t *testing.T) {
	cases := []struct {
		x    float64
		bits uint16
	}{
		{1.0, 0x3c00}, {-2.5, 0xc100}, {1e-8, 0x0000}, {6.1e-5, 0x03ff}, {5.96e-8, 0x0001},
		{3e-8, 0x0001}, {2.98e-8, 0x0000}, {65519.99, 0x7bff}, {math.Inf(-1), 0xfc00},
		{math.Copysign(0, -1), 0x8000}, {0.1, 0x2e66}, {1.00048828125, 0x3c00},
		{1.0009765625 * 1.5, 0x3e02}, {65504, 0x7bff},
	}
	for _, c := range cases {
		got, ok := packHalf(c.x)
		if !ok || got != c.bits {
			t.Errorf("packHalf(%v) = %#04x, %v; want %#04x", c.x, got, ok, c.bits)
		}
	}
	if bits, _ := packHalf(math.NaN()); bits != 0x7e00 {
		t.Errorf("packHalf(nan) = %#04x", bits)
	}
	for _, x := range []float64{65520, 1e10, -1e300} {
		if _, ok := packHalf(x); ok {
			t.Errorf("packHalf(%v) did not overflow", x)
		}
	}
}

func TestUnpackHalf(t *testing.T) {
	cases := map[uint16]float64{0x3c00: 1, 0xc000: -2, 0x7bff: 65504, 0x0001: 5.960464477539063e-08, 0x7c00: math.Inf(1)}
	for bits, want := range cases {
		if got := unpackHalf(bits); got != want {
			t.Errorf("unpackHalf(%#04x) = %v; want %v", bits, got, want)
		}
	}
	if got := unpackHalf(0x8000); got != 0 || !math.Signbit(got) {
		t.Errorf("unpackHalf(0x8000) = %v; want -0", got)
	}
	if !math.IsNaN(unpackHalf(0xfe00)) {
		t.Errorf("unpackHalf(0xfe00) is not NaN")
	}
	for bits := uint16(0); bits < 0x7c00; bits++ {
		if back, ok := packHalf(unpackHalf(bits)); !ok || back != bits {
			t.Fatalf("round trip of %#04x gives %#04x", bits, back)
		}
	}
}
