// Command stdlibcodes compiles the standard-library Python modules that programs in the
// playground import at once (asyncio's, and what they import) and writes them as one set
// file (runtime/compile/codefile), which the browser engine embeds when built with the tag
// stdlibcodes (make build does both; the file is a build product, never committed):
//
//	go run ./wasm/stdlibcodes -o wasm/playground/stdlib.codes
//
// It finds the modules by running a program that imports them on the engine, so the set
// holds exactly what those imports compile, under the file names the importer uses.
//
// With -bundle and -sources it also prepares the Python sources of the engine built with the
// tag stdlibfetch, which embeds none of package pylib's and none of asyncio's: -bundle
// writes pylib's bundle (pylib.EncodeBundle), which lists the files and defers the text of
// the modules the set holds (the engine runs their compiled code, and fetches their text
// only when a traceback shows one of their lines), and -sources writes every pylib file and
// asyncio's modules (as asyncio.Source gives them) into a folder, for the site to serve and
// the engine to fetch, and beside them the table of Unicode character names
// (syntax.UnicodeNamesFile), which that engine fetches for the first \N{...} escape:
//
//	go run ./wasm/stdlibcodes -o wasm/playground/stdlib.codes \
//		-bundle wasm/playground/stdlib.pylib -sources bin/pylib
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/asobiba/asobiba/runtime/asyncio"
	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/compile/codefile"
	"github.com/asobiba/asobiba/runtime/engine"
	"github.com/asobiba/asobiba/runtime/stdlib"
	"github.com/asobiba/asobiba/runtime/stdlib/pylib"
	"github.com/asobiba/asobiba/runtime/syntax"
	"github.com/asobiba/asobiba/runtime/vm"
)

// warmUp imports the modules to ship compiled: asyncio's, including those that `import
// asyncio` leaves to a program's first use of them (locks, queues, task groups, timeouts,
// threads, streams, servers, datagrams, subprocesses, and traceback for printing a task's
// stack), and what they import.
const warmUp = "import asyncio\n" +
	"import asyncio.queues, asyncio.taskgroups, asyncio.timeouts, asyncio.threads\n" +
	"import asyncio.streams, asyncio._simudp, asyncio.subprocess, traceback\n"

func main() {
	out := flag.String("o", "", "the set file to write")
	bundle := flag.String("bundle", "", "also write pylib's source bundle here")
	sources := flag.String("sources", "", "also write every pylib source file into this folder")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || (*bundle == "") != (*sources == "") {
		fmt.Fprintln(os.Stderr, "usage: stdlibcodes -o FILE [-bundle FILE -sources DIR]")
		os.Exit(2)
	}
	if err := run(*out, *bundle, *sources); err != nil {
		fmt.Fprintln(os.Stderr, "stdlibcodes:", err)
		os.Exit(1)
	}
}

func run(out, bundle, sources string) error {
	data, shipped, err := build()
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	if bundle == "" {
		return nil
	}
	var deferred []string
	for _, filename := range shipped {
		if path, ok := strings.CutPrefix(filename, stdlib.StdlibPrefix); ok && pylibHas(path) {
			deferred = append(deferred, path)
		}
	}
	b, err := pylib.EncodeBundle(nil, deferred)
	if err != nil {
		return err
	}
	if err := os.WriteFile(bundle, b, 0o644); err != nil {
		return err
	}
	return writeSources(sources)
}

// pylibHas reports whether package pylib has a source file at this path.
func pylibHas(path string) bool {
	for _, p := range pylib.Paths() {
		if p == path {
			return true
		}
	}
	return false
}

// writeSources replaces dir with a folder holding every pylib source file, asyncio's
// modules and the table of Unicode character names.
func writeSources(dir string) error {
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, syntax.UnicodeNamesFile), []byte(syntax.UnicodeNameTable()), 0o644); err != nil {
		return err
	}
	files := map[string][]byte{}
	for _, p := range pylib.Paths() {
		data, err := pylib.ReadFile(p)
		if err != nil {
			return err
		}
		files[p] = data
	}
	for _, name := range asyncio.ModuleNames() {
		src, filename, _, ok := asyncio.Source(name)
		path, prefixed := strings.CutPrefix(filename, stdlib.StdlibPrefix)
		if !ok || src == nil || !prefixed {
			return fmt.Errorf("no source for %s", name)
		}
		if files[path] != nil {
			return fmt.Errorf("%s is both in pylib and in asyncio", path)
		}
		files[path] = src
	}
	for p, data := range files {
		file := filepath.Join(dir, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(file, data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// withoutPositions returns a copy of code and the code objects nested in it without the
// source spans of their instructions, which only the carets of tracebacks need: the engine
// compiles a module's source again for them when a traceback first passes through it (see
// vm.SetStdlibCodes), and the spans were the largest part of the set.
func withoutPositions(code *compile.Code) *compile.Code {
	c := *code
	c.Positions = nil
	c.Consts = slices.Clone(code.Consts)
	for i, k := range c.Consts {
		if sub, ok := k.(*compile.Code); ok {
			c.Consts[i] = withoutPositions(sub)
		}
	}
	return &c
}

// build runs the warm-up program and returns the set of the modules it compiled, and their
// file names.
func build() ([]byte, []string, error) {
	var output strings.Builder
	res := engine.Run([]byte(warmUp), engine.Options{}, func(ev engine.Event) { output.WriteString(ev.Data) })
	if res.ExitStatus != 0 {
		return nil, nil, fmt.Errorf("the warm-up program failed (exit status %d):\n%s", res.ExitStatus, output.String())
	}
	var modules []codefile.Module
	var names []string
	vm.EachCompiledStdlib(func(filename string, src []byte, code *compile.Code) {
		modules = append(modules, codefile.Module{Filename: filename, Source: src, Code: withoutPositions(code)})
		names = append(names, filename)
	})
	if len(modules) == 0 {
		return nil, nil, fmt.Errorf("the warm-up program compiled no standard-library module")
	}
	data, err := codefile.EncodeSet(modules)
	return data, names, err
}
