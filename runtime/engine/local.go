package engine

import (
	"io/fs"
	"path"
	"strings"

	"github.com/asobiba/asobiba/runtime/vm"
)

// neverShadowed are the modules a program's own files cannot replace: those CPython 3.11
// builds into the interpreter (sys.builtin_module_names) and those it has already imported
// when the script starts (python3 -S, plus what site imports). A file named random.py next to
// the program shadows the standard random, as in CPython; one named sys.py or os.py does not.
var neverShadowed = setOf(
	"_abc", "_ast", "_codecs", "_collections", "_collections_abc", "_functools", "_imp",
	"_io", "_locale", "_operator", "_signal", "_sitebuiltins", "_sre", "_stat", "_string",
	"_symtable", "_thread", "_tokenize", "_tracemalloc", "_warnings", "_weakref", "abc",
	"atexit", "builtins", "codecs", "encodings", "errno", "faulthandler", "gc", "genericpath",
	"io", "itertools", "marshal", "os", "posix", "posixpath", "pwd", "site", "stat", "sys",
	"time", "xxsubtype", "zipimport",
	// Asobiba's own modules.
	"_asobiba", "_asyncio", "_vfs", "_hashlib",
)

func setOf(names ...string) map[string]bool {
	set := make(map[string]bool, len(names))
	for _, n := range names {
		set[n] = true
	}
	return set
}

// localFinder finds the modules and packages of the program's directory dir, whose path
// as python3 would show it is shown: "helper" is shown/helper.py, "pkg" is
// shown/pkg/__init__.py and "pkg.sub" is shown/pkg/sub.py. Files are read when imported.
// Namespace packages (a directory without __init__.py) are not found.
func localFinder(dir fs.FS, shown string) vm.SourceFinder {
	return func(name string) ([]byte, string, bool, bool) {
		top, _, _ := strings.Cut(name, ".")
		if neverShadowed[top] {
			return nil, "", false, false
		}
		rel := strings.ReplaceAll(name, ".", "/")
		if src, err := fs.ReadFile(dir, rel+"/__init__.py"); err == nil {
			return src, path.Join(shown, rel, "__init__.py"), true, true
		}
		if src, err := fs.ReadFile(dir, rel+".py"); err == nil {
			return src, path.Join(shown, rel+".py"), false, true
		}
		return nil, "", false, false
	}
}

// localSource is the finder of opts.ScriptDir, or nil when the program has no directory.
func localSource(opts Options, filename string) vm.SourceFinder {
	if opts.ScriptDir == nil {
		return nil
	}
	return localFinder(opts.ScriptDir, path.Dir(filename))
}

// setScriptPath makes sys.path[0] the program's directory, as python3 does for a script.
func setScriptPath(in *vm.Interp, opts Options, filename string) {
	if opts.ScriptDir == nil {
		return
	}
	sys, _ := in.Modules.GetStr("sys")
	m, ok := sys.(*vm.Module)
	if !ok {
		return
	}
	if p, ok := m.Dict.GetStr("path"); ok {
		if l, ok := p.(*vm.List); ok && len(l.Items) > 0 {
			l.Items[0] = vm.Str(path.Dir(filename))
		}
	}
}
