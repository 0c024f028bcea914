package asyncio

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// sourceEntry is a module's source as Source returns it.
type sourceEntry struct {
	src       []byte
	filename  string
	isPackage bool
}

// sources keeps what Source found, by module name: every run imports the same modules, and
// placing their lines once is enough.
var sources sync.Map // string -> *sourceEntry

// Source returns the Python source of a module of the asyncio package ("asyncio",
// "asyncio.tasks", ...), its file name for tracebacks, and whether it is a package. The
// runs of a process share the returned bytes, which nobody may change.
//
// Built with the tag stdlibfetch (the browser engine), the package holds no text: src is
// nil, which tells the importer to take the module's shipped compiled code and to fetch its
// text only if a traceback shows one of its lines (see vm.SetDeferredSource).
func Source(module string) (src []byte, filename string, isPackage bool, ok bool) {
	if module != "asyncio" && !strings.HasPrefix(module, "asyncio.") {
		return nil, "", false, false
	}
	if e, found := sources.Load(module); found {
		e := e.(*sourceEntry)
		return e.src, e.filename, e.isPackage, true
	}
	path := "lib/" + strings.ReplaceAll(module, ".", "/")
	var e *sourceEntry
	if b, ok := libFiles[path+"/__init__.py"]; ok {
		e = &sourceEntry{text(b), "<stdlib>/" + strings.TrimPrefix(path, "lib/") + "/__init__.py", true}
	} else if b, ok := libFiles[path+".py"]; ok {
		e = &sourceEntry{text(b), "<stdlib>/" + strings.TrimPrefix(path, "lib/") + ".py", false}
	} else {
		return nil, "", false, false
	}
	sources.Store(module, e)
	return e.src, e.filename, e.isPackage, true
}

// text returns a file's source with its lines placed, or nil for a file listed without
// its text.
func text(b *string) []byte {
	if b == nil {
		return nil
	}
	return placeLines([]byte(*b))
}

// ModuleNames returns the names of the asyncio package's modules ("asyncio",
// "asyncio.tasks", ...), sorted.
func ModuleNames() []string {
	var names []string
	for p := range libFiles {
		name := strings.TrimSuffix(strings.TrimPrefix(p, "lib/"), ".py")
		name = strings.TrimSuffix(name, "/__init__")
		names = append(names, strings.ReplaceAll(name, "/", "."))
	}
	slices.Sort(names)
	return names
}

// markerText is the fixed part of a line marker: "#", optional spaces, markerText, the line
// number, optional spaces, the end of the line.
const markerText = "CPython 3.11: line "

// spaces are the characters \s matches in a regular expression.
const spaces = " \t\n\f\r"

// lineMarker finds the marker that ends line (without its newline): at is where its "#"
// is, want the line number it names. It is hand-written rather than a regular expression,
// whose compilation would cost the browser engine's start-up more than the whole search.
func lineMarker(line string) (at, want int, ok bool) {
	rest := strings.TrimRight(line, spaces)
	digits := len(rest)
	for digits > 0 && rest[digits-1] >= '0' && rest[digits-1] <= '9' {
		digits--
	}
	if digits == len(rest) || !strings.HasSuffix(rest[:digits], markerText) {
		return 0, 0, false
	}
	want, err := strconv.Atoi(rest[digits:])
	if err != nil {
		return 0, 0, false
	}
	head := strings.TrimRight(rest[:digits-len(markerText)], spaces)
	if !strings.HasSuffix(head, "#") {
		return 0, 0, false
	}
	return len(head) - 1, want, true
}

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
		if at, want, ok := lineMarker(strings.TrimRight(line, "\n")); ok {
			for ; n < want; n++ {
				b.WriteByte('\n')
			}
			// The marker is not part of the line a traceback shows.
			line = strings.TrimRight(line[:at], " ") + "\n"
		}
		b.WriteString(line)
		n++
	}
	return []byte(b.String())
}
