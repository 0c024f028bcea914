// Package pylib holds the standard-library modules that Asobiba provides as Python source.
//
// Many Python modules (functools, collections, itertools, enum, typing, json, ...) are
// easiest to write, read and keep faithful to CPython when they are written in Python
// itself. Their sources live beside this file as <name>.py, or <name>/__init__.py plus
// submodules for packages, and are embedded into the binary. The importer asks Source for a
// module's text when no Go-implemented module of that name exists, compiles it, and runs it
// like any other module; nothing here depends on the VM.
//
// The sources are original code written for Asobiba. They may import only each other and the
// modules implemented in Go: sys, math and _asobiba. They never use exec, eval or frame
// inspection; when a module would need help from the interpreter it asks _asobiba for it
// and falls back to a portable behaviour when the hook is missing.
//
// Go hooks the sources use when present (all optional; each source works without them):
//
//   - _asobiba.caller_module(depth int) str: returns the __name__ global of the Python frame
//     depth levels above the caller of caller_module (depth 1 is the caller's caller), or
//     None when there is no such frame. namedtuple, Enum's functional API, TypedDict and
//     NamedTuple's functional forms and TypeVar use it to set __module__ the way CPython does
//     with sys._getframe; without it those classes report the defining pylib module.
//
// What the sources expect of the interpreter itself, beyond the core language:
//
//   - object.__new__(cls) raises TypeError("Can't instantiate abstract class C without an
//     implementation for abstract method 'f'") when cls.__abstractmethods__ is a non-empty
//     set, names sorted and joined with "', '" (CPython 3.12 wording). abc.ABCMeta also checks
//     this in its __call__, so programs see the error either way.
//   - The class statement honours __mro_entries__ (setting __orig_bases__), __class_getitem__,
//     __init_subclass__, __set_name__ and a metaclass's __prepare__; typing, enum and
//     dataclasses rely on them. type.__or__ returns NotImplemented for operands that are not
//     types, so that int | List[int] reaches typing's __ror__.
//   - dict subclasses call __missing__; type(type.__dict__) is a read-only mapping proxy (or
//     plain dict, in which case types supplies a Python mappingproxy); list[int] and int | str
//     give GenericAlias and UnionType objects (collections.abc subclasses GenericAlias when it
//     can).
//   - Modules: builtins, sys (modules, maxsize, exc_info, stdout/stderr assignable, optional
//     hash_info) and math (gcd, isqrt, fsum, exp, log, floor/ceil/trunc protocols).
//
// The checker testdata/check_under_cpython.py runs these sources under CPython and compares
// every observable result with CPython's own modules; see its doc string.
package pylib

import (
	"embed"
	"io/fs"
	"sort"
	"strings"
)

//go:embed *.py collections/*.py logging/*.py unittest/*.py html/*.py json/*.py concurrent/*.py concurrent/futures/*.py multiprocessing/*.py urllib/*.py asobiba/*.py
var sources embed.FS

// Source returns the Python source of the named module ("json", "collections.abc") and
// whether the module is provided here. A package's source is its __init__.py.
func Source(module string) ([]byte, bool) {
	if module == "" || strings.ContainsAny(module, "/\\") {
		return nil, false
	}
	path := strings.ReplaceAll(module, ".", "/")
	if data, err := sources.ReadFile(path + ".py"); err == nil {
		return data, true
	}
	if data, err := sources.ReadFile(path + "/__init__.py"); err == nil {
		return data, true
	}
	return nil, false
}

// IsPackage reports whether the named module is a package (a folder with an __init__.py),
// so that the importer can give it a __path__ and let its submodules be imported.
func IsPackage(module string) bool {
	_, err := fs.Stat(sources, strings.ReplaceAll(module, ".", "/")+"/__init__.py")
	return err == nil
}

// Names returns the dotted names of every module provided here, sorted. Packages appear
// under their own name, never as "name.__init__".
func Names() []string {
	var names []string
	fs.WalkDir(sources, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		name := strings.TrimSuffix(path, ".py")
		name = strings.TrimSuffix(name, "/__init__")
		names = append(names, strings.ReplaceAll(name, "/", "."))
		return nil
	})
	sort.Strings(names)
	return names
}
