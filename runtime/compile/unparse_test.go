package compile

import (
	"strings"
	"testing"

	"github.com/asobiba/asobiba/runtime/syntax"
)

// TestUnparse compares annotation strings with CPython's (testdata/unparse/gen.py generates
// the expectations with CPython 3.12).
func TestUnparse(t *testing.T) {
	for _, c := range readChunks(t, "testdata/unparse/exprs.txt") {
		src := strings.TrimSpace(c.src)
		e, _, err := syntax.ParseExpr("test.py", []byte(src))
		if err != nil {
			t.Errorf("%s: %v", src, err)
			continue
		}
		if got := unparse(e.Body); got != c.want {
			t.Errorf("unparse(%s) = %s, want %s", src, got, c.want)
		}
	}
}
