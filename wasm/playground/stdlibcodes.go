//go:build js && wasm && stdlibcodes

package main

import (
	_ "embed"

	"github.com/asobiba/asobiba/runtime/vm"
)

// stdlibCodes holds asyncio's modules and the ones they import, compiled at build time by
// wasm/stdlibcodes (make build writes the file and builds with -tags stdlibcodes; without the
// tag the engine compiles them from source on the first run, which takes seconds here).
//
//go:embed stdlib.codes
var stdlibCodes []byte

func init() {
	if err := vm.UseStdlibCodes(stdlibCodes); err != nil {
		println("asobiba: the precompiled standard library is unusable:", err.Error())
	}
}
