package vm

import (
	"sort"
	"sync/atomic"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/compile/codefile"
)

// StdlibCodes finds the compiled code of a standard-library module by its file name and
// source, or reports false when it has none for that very source (the module is then
// compiled as usual). A host installs one with SetStdlibCodes; it must be safe to call from
// several runs at once.
type StdlibCodes func(filename string, src []byte) (*compile.Code, bool)

var stdlibCodes atomic.Pointer[StdlibCodes]

// SetStdlibCodes installs, for the whole process, a source of standard-library modules
// compiled ahead of time. The browser engine ships the modules that `import asyncio` needs
// compiled at build time (see wasm/playground), which spares the first run their parsing and
// compiling. Such modules must compile without warnings, since none are shown for them.
func SetStdlibCodes(find StdlibCodes) { stdlibCodes.Store(&find) }

func precompiledStdlib(filename string, src []byte) (*compile.Code, bool) {
	find := stdlibCodes.Load()
	if find == nil || *find == nil {
		return nil, false
	}
	return (*find)(filename, src)
}

// EachCompiledStdlib calls f, in file-name order, for every standard-library module that
// this process has compiled (or found through SetStdlibCodes) and that had no warnings: the
// modules a build step can ship compiled.
func EachCompiledStdlib(f func(filename string, src []byte, code *compile.Code)) {
	var names []string
	stdlibCache.Range(func(k, _ any) bool {
		names = append(names, k.(string))
		return true
	})
	sort.Strings(names)
	for _, name := range names {
		e, _ := stdlibCache.Load(name)
		if e := e.(*stdlibEntry); len(e.warnings) == 0 {
			f(name, []byte(e.src), e.code)
		}
	}
}

// UseStdlibCodes installs a set file written by wasm/stdlibcodes (runtime/compile/codefile)
// as the process's source of precompiled standard-library modules (SetStdlibCodes). Modules
// whose source has changed since the file was written are compiled as usual.
func UseStdlibCodes(data []byte) error {
	set, err := codefile.OpenSet(data)
	if err != nil {
		return err
	}
	SetStdlibCodes(set.Find)
	return nil
}
