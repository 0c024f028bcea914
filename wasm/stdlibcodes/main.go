// Command stdlibcodes compiles the standard-library Python modules that programs in the
// playground import at once (asyncio's, and what they import) and writes them as one set
// file (runtime/compile/codefile), which the browser engine embeds when built with the tag
// stdlibcodes (make build does both; the file is a build product, never committed):
//
//	go run ./wasm/stdlibcodes -o wasm/playground/stdlib.codes
//
// It finds the modules by running a program that imports them on the engine, so the set
// holds exactly what those imports compile, under the file names the importer uses.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/compile/codefile"
	"github.com/asobiba/asobiba/runtime/engine"
	"github.com/asobiba/asobiba/runtime/vm"
)

// warmUp imports the modules to ship compiled.
const warmUp = "import asyncio\n"

func main() {
	out := flag.String("o", "", "the set file to write")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: stdlibcodes -o FILE")
		os.Exit(2)
	}
	if err := run(*out); err != nil {
		fmt.Fprintln(os.Stderr, "stdlibcodes:", err)
		os.Exit(1)
	}
}

func run(out string) error {
	data, err := build()
	if err != nil {
		return err
	}
	return os.WriteFile(out, data, 0o644)
}

// build runs the warm-up program and returns the set of the modules it compiled.
func build() ([]byte, error) {
	var output strings.Builder
	res := engine.Run([]byte(warmUp), engine.Options{}, func(ev engine.Event) { output.WriteString(ev.Data) })
	if res.ExitStatus != 0 {
		return nil, fmt.Errorf("the warm-up program failed (exit status %d):\n%s", res.ExitStatus, output.String())
	}
	var modules []codefile.Module
	vm.EachCompiledStdlib(func(filename string, src []byte, code *compile.Code) {
		modules = append(modules, codefile.Module{Filename: filename, Source: src, Code: code})
	})
	if len(modules) == 0 {
		return nil, fmt.Errorf("the warm-up program compiled no standard-library module")
	}
	return codefile.EncodeSet(modules)
}
