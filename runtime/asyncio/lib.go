package asyncio

import (
	"bytes"
	"embed"
	"regexp"
	"strconv"
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
		return placeLines(b), "<stdlib>/" + strings.TrimPrefix(path, "lib/") + "/__init__.py", true, true
	}
	if b, err := lib.ReadFile(path + ".py"); err == nil {
		return placeLines(b), "<stdlib>/" + strings.TrimPrefix(path, "lib/") + ".py", false, true
	}
	return nil, "", false, false
}

// lineMarker ends a source line that must sit at a given line number.
var lineMarker = regexp.MustCompile(`#\s*CPython 3\.11: line (\d+)\s*$`)

// placeLines moves each line that ends with "# CPython 3.11: line N" down to line N by
// inserting blank lines before it, and drops the marker. The few lines of these modules that show in the
// tracebacks CPython prints in full (the standard-library frames of an uncaught exception
// group: asyncio.run, Runner.run, run_until_complete, TaskGroup.__aexit__) thus carry
// CPython 3.11's line numbers, and the traceback reads the same. A marker that cannot be
// reached (its line is already further down) is left where it is; TestLinePlacement catches it.
func placeLines(src []byte) []byte {
	if !bytes.Contains(src, []byte("CPython 3.11: line")) {
		return src
	}
	lines := strings.SplitAfter(string(src), "\n")
	var b strings.Builder
	n := 1 // the number of the next line written
	for _, line := range lines {
		if m := lineMarker.FindStringSubmatchIndex(strings.TrimRight(line, "\n")); m != nil {
			want, _ := strconv.Atoi(line[m[2]:m[3]])
			for ; n < want; n++ {
				b.WriteByte('\n')
			}
			// The marker is not part of the line a traceback shows.
			line = strings.TrimRight(line[:m[0]], " ") + "\n"
		}
		b.WriteString(line)
		n++
	}
	return []byte(b.String())
}
