package asyncio

import (
	"embed"
	"strings"
)

//go:embed all:lib
var lib embed.FS

// Source returns the Python source of a module of the asyncio package ("asyncio",
// "asyncio.tasks", ...), its file name for tracebacks, and whether it is a package.
func Source(module string) (src []byte, filename string, isPackage bool, ok bool) {
	if module != "asyncio" && !strings.HasPrefix(module, "asyncio.") {
		return nil, "", false, false
	}
	path := "lib/" + strings.ReplaceAll(module, ".", "/")
	if b, err := lib.ReadFile(path + "/__init__.py"); err == nil {
		return b, "<stdlib>/" + strings.TrimPrefix(path, "lib/") + "/__init__.py", true, true
	}
	if b, err := lib.ReadFile(path + ".py"); err == nil {
		return b, "<stdlib>/" + strings.TrimPrefix(path, "lib/") + ".py", false, true
	}
	return nil, "", false, false
}
