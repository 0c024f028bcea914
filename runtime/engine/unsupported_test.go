package engine

import (
	"strings"
	"testing"
)

// TestUnsupportedFeaturesSaySo runs programs that use what Asobiba does not support and checks
// that each ends with a clear NotImplementedError instead of a silently different result.
func TestUnsupportedFeaturesSaySo(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"chr of a surrogate", "chr(0xd800)\n",
			"NotImplementedError: chr(0xd800): strings with lone surrogates (U+D800..U+DFFF) are not supported in Asobiba"},
		{"surrogateescape decoding", "b'\\xff'.decode('utf-8', 'surrogateescape')\n",
			"NotImplementedError: the 'surrogateescape' error handler: strings with lone surrogates"},
		{"bytes regular expression", "import re\nre.compile(b'a')\n",
			"NotImplementedError: bytes patterns are not supported in Asobiba\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errOut, res := runString(t, c.src, Options{})
			if res.ExitStatus != 1 || !strings.Contains(errOut, c.want) {
				t.Fatalf("status %d, stderr %q, want it to contain %q", res.ExitStatus, errOut, c.want)
			}
		})
	}
}

// Characters the surrogate handlers never need to touch behave as under CPython.
func TestSurrogateHandlersWithoutSurrogates(t *testing.T) {
	out, errOut, res := runString(t, "print(b'ok'.decode('utf-8', 'surrogateescape'), 'x'.encode('ascii', 'surrogatepass'))\n", Options{})
	if res.ExitStatus != 0 || out != "ok b'x'\n" {
		t.Fatalf("status %d, stdout %q, stderr %q", res.ExitStatus, out, errOut)
	}
}
