package vm

import (
	"sort"
	"sync"
	"sync/atomic"

	"github.com/asobiba/asobiba/runtime/compile"
	"github.com/asobiba/asobiba/runtime/compile/codefile"
	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/syntax"
)

// StdlibCodes finds the compiled code of a standard-library module by its file name and
// source, or reports false when it has none for that very source (the module is then
// compiled as usual). A host installs one with SetStdlibCodes; it must be safe to call from
// several runs at once. A nil src asks for the module by its file name alone, for a module
// whose text is deferred (see SetDeferredSource).
type StdlibCodes func(filename string, src []byte) (*compile.Code, bool)

var stdlibCodes atomic.Pointer[StdlibCodes]

// SetStdlibCodes installs, for the whole process, a source of standard-library modules
// compiled ahead of time. The browser engine ships the modules that `import asyncio` needs
// compiled at build time (see wasm/playground), which spares the first run their parsing and
// compiling. Such modules must compile without warnings, since none are shown for them.
// Their code objects may lack the source spans of their instructions (Positions): a
// traceback that needs them compiles the module's source again (see Code.positions).
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
		if e := e.(*stdlibEntry); len(e.warnings) == 0 && !e.deferred {
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

// deferredSource reads the text of a standard-library module whose source finder deferred it
// (see SetDeferredSource).
var deferredSource atomic.Pointer[func(filename string) ([]byte, error)]

// deferredTexts keeps, by file name, the process's one sourceText of each module whose text
// was deferred, so that the runs that show its lines read it once.
var deferredTexts sync.Map // filename -> *sourceText

// SetDeferredSource installs, for the whole process, the reader of the standard-library
// sources that a SourceFinder defers. A finder defers a module's text by returning a nil
// src (not an empty one) with ok: the module is then taken from the compiled code installed
// with SetStdlibCodes, found by its file name alone, and load reads its text only when a
// traceback, a warning or inspect first shows one of its lines (or, for a module the
// compiled code lacks, when it is imported). The browser engine defers the modules it ships
// compiled, so that their text is not part of its download: it is fetched from the site
// when needed. The compiled code and the texts load reads must come from the same build.
func SetDeferredSource(load func(filename string) ([]byte, error)) { deferredSource.Store(&load) }

// loadDeferred reads a deferred module's text.
func loadDeferred(filename string) ([]byte, error) {
	load := deferredSource.Load()
	if load == nil || *load == nil {
		return nil, msgfmt.Errorf("the source of %s is not available", filename)
	}
	return (*load)(filename)
}

// deferredText returns the process's sourceText of a module whose text is deferred.
func deferredText(filename string) *sourceText {
	if s, ok := deferredTexts.Load(filename); ok {
		return s.(*sourceText)
	}
	s, _ := deferredTexts.LoadOrStore(filename, &sourceText{load: func() ([]byte, error) { return loadDeferred(filename) }})
	return s.(*sourceText)
}

// compileDeferred returns the code of a standard-library module whose source finder deferred
// its text: the shipped code when there is one, or else the text, read at once, compiled.
func (th *Thread) compileDeferred(filename string) (*Code, error) {
	var cc *compile.Code
	if e, ok := stdlibCache.Load(filename); ok {
		// Compiled earlier, from the set or from the source.
		cc = e.(*stdlibEntry).code
	} else if found, ok := precompiledStdlib(filename, nil); ok {
		stdlibCache.Store(filename, &stdlibEntry{code: found, deferred: true})
		cc = found
	}
	if cc == nil {
		src, err := loadDeferred(filename)
		if err != nil {
			return nil, Errorf(ImportErrorType, "cannot read %s: %v", filename, err)
		}
		if src == nil {
			src = []byte{}
		}
		return th.CompileModule(filename, src)
	}
	th.init()
	text := deferredText(filename)
	th.exec.shared.sources[filename] = text
	code := th.Interp.Codes.code(cc)
	code.setSource(text)
	return code, nil
}

// A set of shipped modules may leave out the source spans of instructions (Code.Positions),
// which only the caret lines of tracebacks use and which were the largest part of the
// browser engine's compiled modules. A traceback through such a module compiles its source
// again, once per module and process, and takes the spans from there: the compiler makes
// the same instructions from the same source.

// spanTable holds the spans of a shipped module's code objects, found by compiling its source.
type spanTable struct {
	once  sync.Once
	spans map[*compile.Code][]syntax.Span
}

var spanTables sync.Map // filename -> *spanTable

// positions returns the source spans of c's instructions, compiling its module's source
// when c was shipped without them (nil when that fails).
func (c *Code) positions() []syntax.Span {
	if c.Positions != nil || len(c.Instrs) == 0 {
		return c.Positions
	}
	e, ok := stdlibCache.Load(c.Filename)
	if !ok {
		return nil
	}
	root := e.(*stdlibEntry).code
	t, _ := spanTables.LoadOrStore(c.Filename, &spanTable{})
	table := t.(*spanTable)
	table.once.Do(func() {
		text, ok := c.source.content()
		if !ok {
			return
		}
		fresh, _, err := compileModule(c.Filename, []byte(text), "exec")
		if err != nil {
			return
		}
		table.spans = map[*compile.Code][]syntax.Span{}
		if !matchSpans(root, fresh, table.spans) {
			table.spans = nil
		}
	})
	return table.spans[c.Code]
}

// matchSpans records, for shipped and each code object nested in it, the spans of the
// corresponding code object of fresh, and reports whether the two trees have the same
// instructions throughout.
func matchSpans(shipped, fresh *compile.Code, spans map[*compile.Code][]syntax.Span) bool {
	if len(shipped.Instrs) != len(fresh.Instrs) || len(shipped.Consts) != len(fresh.Consts) {
		return false
	}
	for i, in := range shipped.Instrs {
		if fresh.Instrs[i] != in {
			return false
		}
	}
	spans[shipped] = fresh.Positions
	for i, k := range shipped.Consts {
		if sub, ok := k.(*compile.Code); ok {
			freshSub, ok := fresh.Consts[i].(*compile.Code)
			if !ok || !matchSpans(sub, freshSub, spans) {
				return false
			}
		}
	}
	return true
}
