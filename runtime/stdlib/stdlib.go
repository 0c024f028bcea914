// Package stdlib assembles Asobiba's standard library: the modules implemented in Go (one
// package per module under this folder) and the modules written in Python (package pylib).
//
// A host wires both into an interpreter:
//
//	in.Loaders = stdlib.Loaders()
//	in.FindSource = stdlib.FindSource
//
// Go packages are named after their module, except where that would shadow a Go standard
// package or is not a valid Go name: pymath (math), pytime (time), pyio (io) and asobiba
// (_asobiba). A Go core under a Python module of pylib drops the underscore: pyos (posix,
// under os.py and posixpath.py), weakref (_weakref, under weakref.py), hashlib (_hashlib),
// random (_random, under random.py) and warnings (_warnings, under warnings.py).
package stdlib

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/stdlib/asobiba"
	"github.com/asobiba/asobiba/runtime/stdlib/atexit"
	"github.com/asobiba/asobiba/runtime/stdlib/builtins"
	"github.com/asobiba/asobiba/runtime/stdlib/contextvars"
	"github.com/asobiba/asobiba/runtime/stdlib/errno"
	"github.com/asobiba/asobiba/runtime/stdlib/gc"
	"github.com/asobiba/asobiba/runtime/stdlib/hashlib"
	"github.com/asobiba/asobiba/runtime/stdlib/pycollections"
	"github.com/asobiba/asobiba/runtime/stdlib/pyio"
	"github.com/asobiba/asobiba/runtime/stdlib/pylib"
	"github.com/asobiba/asobiba/runtime/stdlib/pymath"
	"github.com/asobiba/asobiba/runtime/stdlib/pyos"
	"github.com/asobiba/asobiba/runtime/stdlib/pythread"
	"github.com/asobiba/asobiba/runtime/stdlib/pytime"
	"github.com/asobiba/asobiba/runtime/stdlib/random"
	"github.com/asobiba/asobiba/runtime/stdlib/re"
	"github.com/asobiba/asobiba/runtime/stdlib/sys"
	"github.com/asobiba/asobiba/runtime/stdlib/vfs"
	"github.com/asobiba/asobiba/runtime/stdlib/warnings"
	"github.com/asobiba/asobiba/runtime/stdlib/weakref"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Loaders returns the modules implemented in Go, by name. The map is new on every call, so
// a host may add or remove entries.
func Loaders() map[string]vm.ModuleLoader {
	return map[string]vm.ModuleLoader{
		"math":         pymath.Load,
		"re":           re.Load,
		"io":           pyio.Load,
		"gc":           gc.Load,
		"_hashlib":     hashlib.Load,
		"errno":        errno.Load,
		"builtins":     builtins.Load,
		"_asobiba":     asobiba.Load,
		"_random":      random.Load,
		"sys":          sys.Load,
		"time":         pytime.Load,
		"atexit":       atexit.Load,
		"_weakref":     weakref.Load,
		"_warnings":    warnings.Load,
		"posix":        pyos.Load,
		"_thread":      pythread.Load,
		"contextvars":  contextvars.Load,
		"_collections": pycollections.Load,
		"_vfs":         vfs.Load,
	}
}

// StdlibPrefix is the folder shown in tracebacks for standard-library sources, as the CPython
// oracle normalises its own library folder.
const StdlibPrefix = "<stdlib>/"

// FindSource finds the Python source of a standard-library module written in Python. It is a
// vm.SourceFinder; a host that also imports the user's own files chains it after its own.
func FindSource(name string) (src []byte, filename string, isPackage bool, ok bool) {
	src, ok = pylib.Source(name)
	if !ok {
		return nil, "", false, false
	}
	isPackage = pylib.IsPackage(name)
	path := strings.ReplaceAll(name, ".", "/")
	if isPackage {
		path += "/__init__.py"
	} else {
		path += ".py"
	}
	return src, StdlibPrefix + path, isPackage, true
}

var _ vm.SourceFinder = FindSource
