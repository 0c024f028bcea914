package engine

import (
	"strings"
	"testing"
)

// TestImportAsyncioStaysSmall guards the cost of a first run in the browser, where module
// bodies run ten times slower than natively: `import asyncio` must not import the modules
// that asyncio needs only for rarely used functions (inspect, socket, functools) or that
// cost much to create (enum, collections with its ABCs and namedtuple). CPython imports
// them all; Asobiba imports them when a program first needs them.
func TestImportAsyncioStaysSmall(t *testing.T) {
	src := "import asyncio, sys\nprint(' '.join(sorted(sys.modules)))\n"
	var out strings.Builder
	res := Run([]byte(src), Options{}, func(ev Event) { out.WriteString(ev.Data) })
	if res.ExitStatus != 0 {
		t.Fatalf("exit status %d: %s", res.ExitStatus, out.String())
	}
	loaded := map[string]bool{}
	for _, name := range strings.Fields(out.String()) {
		loaded[name] = true
	}
	if !loaded["asyncio.tasks"] {
		t.Fatalf("asyncio.tasks is not among the modules: %s", out.String())
	}
	for _, heavy := range []string{"inspect", "enum", "collections", "collections.abc", "socket", "os", "functools", "typing"} {
		if loaded[heavy] {
			t.Errorf("import asyncio imported %s", heavy)
		}
	}
}
