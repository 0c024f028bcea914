//go:build stdlibcodes

package main

import (
	_ "embed"
	"fmt"
	"os"

	"github.com/asobiba/asobiba/runtime/vm"
)

// stdlibCodes holds asyncio's modules and the ones they import, compiled when the binary
// was built (make bin/asobiba writes the git-ignored file with wasm/stdlibcodes and builds
// with -tags stdlibcodes), as CPython ships its standard library as .pyc files: a run then
// neither parses nor compiles them. Without the tag they are compiled on first import.
//
//go:embed stdlib.codes
var stdlibCodes []byte

func init() {
	if err := vm.UseStdlibCodes(stdlibCodes); err != nil {
		fmt.Fprintln(os.Stderr, "asobiba: the precompiled standard library is unusable:", err)
	}
}
