//go:build js && wasm && stdlibfetch

package main

import (
	_ "embed"
	"errors"
	"strings"

	"github.com/asobiba/asobiba/runtime/stdlib"
	"github.com/asobiba/asobiba/runtime/stdlib/pylib"
	"github.com/asobiba/asobiba/runtime/syntax"
	"github.com/asobiba/asobiba/runtime/vm"
	"github.com/hack-pad/safejs"
)

// pylibBundle lists the standard-library modules written in Python, written by
// wasm/stdlibcodes (make build runs it and builds with -tags stdlibfetch). Their text is not
// in the engine: the site serves them as files, and the engine fetches each one the first
// time a program imports it, except those that `import asyncio` needs, which the engine
// ships compiled (stdlib.codes) and whose text it fetches only for a traceback, as it does
// for asyncio's own modules.
//
//go:embed stdlib.pylib
var pylibBundle []byte

// fetchFunction is the worker script's function that downloads a source file: it takes a
// path such as "json/__init__.py" and returns the file's text, or throws. It must answer
// synchronously (a synchronous XMLHttpRequest, which a Web Worker may make), since an
// import cannot wait for a Promise.
const fetchFunction = "asobibaFetchSource"

func init() {
	if err := pylib.UseBundle(pylibBundle, fetchSource); err != nil {
		println("asobiba: the standard library's source bundle is unusable:", err.Error())
	}
	// The modules shipped compiled (asyncio's, and pylib's that the bundle defers) have their
	// text fetched only when a traceback shows one of their lines.
	vm.SetDeferredSource(func(filename string) ([]byte, error) {
		path, ok := strings.CutPrefix(filename, stdlib.StdlibPrefix)
		if !ok {
			return nil, errors.New("not a standard-library file: " + filename)
		}
		return fetchSource(path)
	})
	// The table of Unicode character names, which only \N{...} escapes need, is a file
	// beside the sources too.
	syntax.SetUnicodeNameSource(func() ([]byte, error) { return fetchSource(syntax.UnicodeNamesFile) })
}

// fetchSource asks the worker script for a source file.
func fetchSource(path string) ([]byte, error) {
	v, err := safejs.Global().Call(fetchFunction, path)
	if err != nil {
		return nil, err
	}
	if v.Type() != safejs.TypeString {
		return nil, errors.New(fetchFunction + " did not return a string")
	}
	s, err := v.String()
	return []byte(s), err
}
