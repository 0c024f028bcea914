package msgfmt

import (
	"errors"
	"fmt"
	"io"
	"math"
	"testing"
)

// named is a Stringer, as the engine's opcodes and kinds are.
type named int

func (n named) String() string { return fmt.Sprint("named-", int(n)) }

// TestSameAsFmt checks every supported verb and flag against fmt.Sprintf itself.
func TestSameAsFmt(t *testing.T) {
	values := []any{
		0, 7, -7, 255, -255, 65536, math.MaxInt64, math.MinInt64,
		int8(-8), int16(300), int32(-70000), int64(1) << 40,
		uint(9), uint8(200), uint16(65535), uint32(1) << 31, uint64(math.MaxUint64), uintptr(0xdead),
		'é', '漢', rune(0x1F600),
	}
	formats := []string{
		"%d", "%v", "%x", "%X", "%o", "%#x", "%#X", "%#o", "%02d", "%2d", "%03d", "%06d", "%-5d|",
		"%+d", "% d", "%02x", "%04x", "%08x", "%04X", "%#08x", "%.3d", "%8.3d", "%c", "%q", "%+q", "%-4c|",
	}
	for _, f := range formats {
		for _, v := range values {
			check(t, f, v)
		}
	}
	strs := []any{"", "abc", "tab\there", "quote\"'", "漢字é", "\x00\xff bad", errors.New("an error"), named(3), io.EOF}
	for _, f := range []string{"%s", "%q", "%x", "%X", "%8s|"} {
		check(t, f, []byte("by\ntes\xff"))
	}
	for _, f := range []string{"%s", "%v", "%q", "%+q", "%x", "%X", "%8s|", "%-8s|", "%.2s", "%5.1q", "'%s'", "%-10v|"} {
		for _, v := range strs {
			check(t, f, v)
		}
	}
	floats := []any{0.0, 1.0, -1.5, 0.1, 1e6, 1e21, 1e-5, 123456789.125, 3.0e-7, math.Inf(1), math.Inf(-1),
		math.NaN(), math.Copysign(0, -1), float32(0.1), float32(16777216)}
	for _, f := range []string{"%v", "%g", "%e", "%f", "%.3f", "%.0f", "%.2g", "%8.3f|", "%-8.2f|", "%08.3f", "%+.1f", "% .2f", "%010v"} {
		for _, v := range floats {
			check(t, f, v)
		}
	}
	for _, f := range []string{"%v", "%6v|", "%-6v|"} {
		for _, v := range []any{true, false, nil} {
			check(t, f, v)
		}
	}
	check(t, "100%% of %s, at %d:%d", "it", 3, 4)
	check(t, "<%s object at %#x>", "coroutine", int64(0x7f0012345678))
	check(t, "%s:%d: %s: %s\n", "main.py", 10, "RuntimeWarning", "boo")
	check(t, "no verbs")
	check(t, "")
}

func check(t *testing.T, format string, args ...any) {
	t.Helper()
	want := fmt.Sprintf(format, args...)
	if got := Sprintf(format, args...); got != want {
		t.Errorf("Sprintf(%q, %#v) = %q, want %q", format, args, got, want)
	}
	if got := string(Appendf([]byte("x"), format, args...)); got != "x"+want {
		t.Errorf("Appendf(%q, %#v) = %q, want %q", format, args, got, "x"+want)
	}
}

// TestErrorf checks the message and the unwrapping of %w.
func TestErrorf(t *testing.T) {
	inner := errors.New("inner")
	err := Errorf("%s: %w", "outer", inner)
	if want := fmt.Errorf("%s: %w", "outer", inner).Error(); err.Error() != want {
		t.Errorf("Errorf = %q, want %q", err, want)
	}
	if !errors.Is(err, inner) {
		t.Errorf("Errorf(%%w) does not wrap its error")
	}
	if plain := Errorf("code %d", 3); errors.Unwrap(plain) != nil || plain.Error() != "code 3" {
		t.Errorf("Errorf without %%w = %q wrapping %v", plain, errors.Unwrap(plain))
	}
}

// TestUnsupported checks that what msgfmt cannot format shows in the text, without a panic.
func TestUnsupported(t *testing.T) {
	for _, c := range []struct {
		format string
		args   []any
		want   string
	}{
		{"%T", []any{1}, "%!T(unsupported)"},
		{"%d", []any{"s"}, "%!d(unsupported)"},
		{"%s", []any{struct{}{}}, "%!s(unsupported)"},
		{"%v", []any{[]int{1}}, "%!v(unsupported)"},
		{"%v", []any{[]byte("b")}, "%!v(unsupported)"},
		{"%d %d", []any{1}, "1 %!d(MISSING)"},
		{"%d", []any{1, 2}, "1%!(EXTRA)"},
		{"%w", []any{errors.New("e")}, "%!w(unsupported)"},
		{"end %", nil, "end %!(NOVERB)"},
		{"%#f", []any{1.0}, "%!f(unsupported)"},
	} {
		if got := Sprintf(c.format, c.args...); got != c.want {
			t.Errorf("Sprintf(%q, %v) = %q, want %q", c.format, c.args, got, c.want)
		}
	}
}
