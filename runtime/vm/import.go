package vm

// The import system: importlib._bootstrap's __import__ semantics, written in Go.
//
// A module is looked up in sys.modules (Interp.Modules); otherwise it is compiled from the
// program's own directory (Interp.LocalSource, python3's sys.path[0]), created by its Go
// loader (Interp.Loaders), or compiled from the Python source Interp.FindSource returns, and
// executed in a fresh namespace. Dotted names import their parents first; a submodule can
// only be found inside a package (a module with __path__), and becomes an attribute of its
// parent once loaded. While a module runs its body it is already in sys.modules, so circular
// imports see the partially initialized module, and `from m import x` failing on it says
// "cannot import name 'x' from partially initialized module 'm' (most likely due to a
// circular import)". A module whose body raises is removed from sys.modules.
//
// Modules get __name__, __doc__, __package__, __loader__ (None), __spec__ (None), __file__,
// __cached__ (None), __builtins__ and, for packages, __path__.

import (
	"path"
	"strings"
)

// ImportBuiltin is builtins.__import__.
var ImportBuiltin *Builtin

func init() {
	ImportBuiltin = NewBuiltin("builtins", "__import__", builtinImport)
	RegisterBuiltin("__import__", ImportBuiltin)
}

func builtinImport(th *Thread, args []Value, kwnames []string) (Value, error) {
	spec := argSpec{fname: "__import__", names: []string{"name", "globals", "locals", "fromlist", "level"}, kwOnly: 5, required: 1}
	a, err := spec.parse(args, kwnames, 0)
	if err != nil {
		return nil, err
	}
	name, ok := a[0].(Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "__import__() argument 1 must be str, not %s", typeName(a[0]))
	}
	var globals *Dict
	if d, ok := a[1].(*Dict); ok {
		globals = d
	}
	var fromlist Value = None
	if a[3] != nil {
		fromlist = a[3]
	}
	level := 0
	if a[4] != nil {
		l, ok := a[4].(Int)
		if !ok {
			return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(a[4]))
		}
		level = int(l)
	}
	if level < 0 {
		return nil, Errorf(ValueErrorType, "level must be >= 0")
	}
	return th.importWith(string(name), globals, fromlist, level)
}

// importName runs IMPORT_NAME: builtins.__import__ if the program replaced it, else the
// importer directly.
func (th *Thread) importName(f *Frame, name string, fromlist Value, level int) (Value, error) {
	if imp, ok := f.Builtins.GetStr("__import__"); ok && imp != Value(ImportBuiltin) {
		var locals Value = None
		if f.Locals != nil {
			locals = f.Locals
		}
		return Call(th, imp, []Value{Str(name), f.Globals, locals, fromlist, Int(level)}, nil)
	}
	return th.importWith(name, f.Globals, fromlist, level)
}

// ImportModule imports a module by its absolute dotted name and returns it (the leaf
// module, as importlib.import_module does).
func (th *Thread) ImportModule(name string) (Value, error) {
	return th.gcdImport(name)
}

// importWith is __import__(name, globals, None, fromlist, level).
func (th *Thread) importWith(name string, globals *Dict, fromlist Value, level int) (Value, error) {
	full := name
	if level > 0 {
		pkg, err := calcPackage(globals)
		if err != nil {
			return nil, err
		}
		if pkg == "" {
			return nil, Errorf(ImportErrorType, "attempted relative import with no known parent package")
		}
		bits := rsplit(pkg, ".", level-1)
		if len(bits) < level {
			return nil, Errorf(ImportErrorType, "attempted relative import beyond top-level package")
		}
		full = bits[0]
		if name != "" {
			full += "." + name
		}
	} else if name == "" {
		return nil, Errorf(ValueErrorType, "Empty module name")
	}
	module, err := th.gcdImport(full)
	if err != nil {
		return nil, err
	}
	if fromlist == nil || fromlist == None || isEmptySeq(fromlist) {
		if level == 0 {
			top, _, _ := strings.Cut(name, ".")
			return th.gcdImport(top)
		}
		if name == "" {
			return module, nil
		}
		first, _, _ := strings.Cut(name, ".")
		cut := len(name) - len(first)
		modName := moduleName(module)
		v, _ := th.Interp.Modules.GetStr(modName[:len(modName)-cut])
		if v == nil {
			return module, nil
		}
		return v, nil
	}
	if _, ok, err := GetAttrOK(th, module, "__path__"); err != nil {
		return nil, err
	} else if ok {
		return th.handleFromlist(module, fromlist, false)
	}
	return module, nil
}

func isEmptySeq(v Value) bool {
	switch x := v.(type) {
	case Tuple:
		return len(x) == 0
	case *List:
		return len(x.Items) == 0
	}
	return false
}

// calcPackage is importlib's _calc___package__.
func calcPackage(globals *Dict) (string, error) {
	if globals == nil {
		return "", nil
	}
	if p, ok := globals.GetStr("__package__"); ok && p != None {
		s, ok := p.(Str)
		if !ok {
			return "", Errorf(TypeErrorType, "package must be a string")
		}
		return string(s), nil
	}
	n, ok := globals.GetStr("__name__")
	if !ok {
		return "", Errorf(KeyErrorType, "'__name__' not in globals")
	}
	s, _ := n.(Str)
	pkg := string(s)
	if _, ok := globals.GetStr("__path__"); !ok {
		if i := strings.LastIndexByte(pkg, '.'); i >= 0 {
			pkg = pkg[:i]
		} else {
			pkg = ""
		}
	}
	return pkg, nil
}

// rsplit is str.rsplit(sep, maxsplit).
func rsplit(s, sep string, n int) []string {
	var parts []string
	for n > 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		parts = append([]string{s[i+len(sep):]}, parts...)
		s = s[:i]
		n--
	}
	return append([]string{s}, parts...)
}

func moduleName(m Value) string {
	if mod, ok := m.(*Module); ok {
		if n, ok := mod.Dict.GetStr("__name__"); ok {
			if s, ok := n.(Str); ok {
				return string(s)
			}
		}
		return mod.Name
	}
	return ""
}

// gcdImport returns sys.modules[name], importing it (and its parents) when needed.
func (th *Thread) gcdImport(name string) (Value, error) {
	if m, ok := th.Interp.Modules.GetStr(name); ok {
		if m == None {
			return nil, moduleNotFound("import of "+name+" halted; None in sys.modules", name)
		}
		return m, nil
	}
	return th.findAndLoad(name)
}

func moduleNotFound(msg, name string) *Exception {
	e := Errorf(ModuleNotFoundErrorType, "%s", msg)
	setExcField(e, "name", Str(name))
	setExcField(e, "path", None)
	return e
}

// findAndLoad imports a module that is not in sys.modules yet.
func (th *Thread) findAndLoad(name string) (Value, error) {
	parent, child := "", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		parent, child = name[:i], name[i+1:]
	}
	isSub := parent != ""
	if isSub {
		if _, ok := th.Interp.Modules.GetStr(parent); !ok {
			if _, err := th.gcdImport(parent); err != nil {
				return nil, err
			}
		}
		if m, ok := th.Interp.Modules.GetStr(name); ok {
			return m, nil
		}
		pm, _ := th.Interp.Modules.GetStr(parent)
		if _, ok, err := GetAttrOK(th, pm, "__path__"); err != nil {
			return nil, err
		} else if !ok {
			return nil, moduleNotFound("No module named '"+name+"'; '"+parent+"' is not a package", name)
		}
	}
	module, err := th.load(name)
	if err != nil {
		return nil, err
	}
	if isSub {
		if pm, ok := th.Interp.Modules.GetStr(parent); ok {
			_ = SetAttr(th, pm, child, module)
		}
	}
	return module, nil
}

// load creates and runs the module name: from the program's own directory
// (Interp.LocalSource), with its Go loader, or from the standard library's source.
func (th *Thread) load(name string) (Value, error) {
	ip := th.Interp
	if ip.LocalSource != nil {
		if src, filename, isPkg, ok := ip.LocalSource(name); ok {
			return th.loadSource(name, src, filename, isPkg)
		}
	}
	if loader, ok := ip.Loaders[name]; ok {
		m, err := loader(th)
		if err != nil {
			return nil, err
		}
		if existing, ok := ip.Modules.GetStr(name); ok {
			return existing, nil
		}
		ip.Modules.SetStr(name, m)
		return m, nil
	}
	if ip.FindSource == nil {
		return nil, moduleNotFound("No module named '"+name+"'", name)
	}
	src, filename, isPkg, ok := ip.FindSource(name)
	if !ok {
		return nil, moduleNotFound("No module named '"+name+"'", name)
	}
	return th.loadSource(name, src, filename, isPkg)
}

// loadSource compiles a module's source and runs its body in a fresh module, which is in
// sys.modules while the body runs and removed again if the body raises.
func (th *Thread) loadSource(name string, src []byte, filename string, isPkg bool) (Value, error) {
	ip := th.Interp
	var code *Code
	var err error
	if src == nil && strings.HasPrefix(filename, stdlibPrefix) {
		code, err = th.compileDeferred(filename) // its finder deferred the text
	} else {
		code, err = th.CompileModule(filename, src)
	}
	if err != nil {
		return nil, err
	}
	m := NewModule(name)
	d := m.Dict
	pkg := name
	if !isPkg {
		if i := strings.LastIndexByte(name, '.'); i >= 0 {
			pkg = name[:i]
		} else {
			pkg = ""
		}
	}
	d.SetStr("__package__", Str(pkg))
	d.SetStr("__loader__", None)
	d.SetStr("__spec__", None)
	if isPkg {
		d.SetStr("__path__", &List{Items: []Value{Str(path.Dir(filename))}})
	}
	d.SetStr("__file__", Str(filename))
	d.SetStr("__cached__", None)
	d.SetStr("__builtins__", ip.Builtins)
	ip.Modules.SetStr(name, m)
	sh := th.shared()
	sh.initializing[name]++
	_, err = th.ExecCode(code, d, d)
	sh.initializing[name]--
	if err != nil {
		ip.Modules.DelStr(name)
		return nil, err
	}
	if v, ok := ip.Modules.GetStr(name); ok {
		return v, nil
	}
	return nil, Errorf(ImportErrorType, "Loaded module %s not found in sys.modules", name)
}

// handleFromlist imports the submodules named in fromlist that the package lacks as
// attributes (importlib's _handle_fromlist).
func (th *Thread) handleFromlist(module, fromlist Value, recursive bool) (Value, error) {
	it, err := Iter(th, fromlist)
	if err != nil {
		return nil, err
	}
	for {
		x, ok, err := Next(th, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return module, nil
		}
		s, ok := x.(Str)
		if !ok {
			where := "``from list''"
			if recursive {
				where = "``" + moduleName(module) + ".__all__''"
			}
			return nil, Errorf(TypeErrorType, "Item in %s must be str, not %s", where, typeName(x))
		}
		if s == "*" {
			if !recursive {
				if all, ok, err := GetAttrOK(th, module, "__all__"); err != nil {
					return nil, err
				} else if ok {
					if _, err := th.handleFromlist(module, all, true); err != nil {
						return nil, err
					}
				}
			}
			continue
		}
		if _, ok, err := GetAttrOK(th, module, string(s)); err != nil {
			return nil, err
		} else if ok {
			continue
		}
		fromName := moduleName(module) + "." + string(s)
		if _, err := th.gcdImport(fromName); err != nil {
			if e, ok := err.(*Exception); ok && e.Class.IsSubtype(ModuleNotFoundErrorType) {
				if n, ok := excAttr(e, "name"); ok && n == Value(Str(fromName)) {
					if v, ok := th.Interp.Modules.GetStr(fromName); !ok || v != None {
						continue
					}
				}
			}
			return nil, err
		}
	}
}

// importFrom runs IMPORT_FROM: module.name, or the submodule module.name from sys.modules.
func (th *Thread) importFrom(module Value, name string) (Value, error) {
	v, ok, err := GetAttrOK(th, module, name)
	if err != nil || ok {
		return v, err
	}
	pkg, hasName, _ := GetAttrOK(th, module, "__name__")
	pkgName, isStr := pkg.(Str)
	if hasName && isStr {
		if m, ok := th.Interp.Modules.GetStr(string(pkgName) + "." + name); ok {
			return m, nil
		}
	}
	shown := "<unknown module name>"
	if hasName && isStr {
		shown = string(pkgName)
	}
	nameRepr, _ := Repr(th, Str(name))
	shownRepr, _ := Repr(th, Str(shown))
	var file Value
	if mod, ok := module.(*Module); ok {
		file, _ = mod.Dict.GetStr("__file__")
	}
	var e *Exception
	if fs, ok := file.(Str); ok {
		if th.shared().initializing[string(pkgName)] > 0 {
			e = Errorf(ImportErrorType, "cannot import name %s from partially initialized module %s (most likely due to a circular import) (%s)", nameRepr, shownRepr, string(fs))
		} else {
			e = Errorf(ImportErrorType, "cannot import name %s from %s (%s)", nameRepr, shownRepr, string(fs))
		}
		setExcField(e, "path", fs)
	} else {
		e = Errorf(ImportErrorType, "cannot import name %s from %s (unknown location)", nameRepr, shownRepr)
		setExcField(e, "path", None)
	}
	if isStr {
		setExcField(e, "name", pkgName)
	} else {
		setExcField(e, "name", None)
	}
	setExcField(e, "name_from", Str(name))
	return nil, e
}

// importStar runs IMPORT_STAR: copies the module's public names (or its __all__) into the
// current namespace.
func (th *Thread) importStar(f *Frame, module Value) error {
	if f.Locals == nil {
		return Errorf(SystemErrorType, "no locals found during 'import *'")
	}
	var names []Value
	all, hasAll, err := GetAttrOK(th, module, "__all__")
	if err != nil {
		return err
	}
	if hasAll {
		it, err := Iter(th, all)
		if err != nil {
			return err
		}
		for {
			v, ok, err := Next(th, it)
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			names = append(names, v)
		}
	} else {
		var dd *Dict
		if m, ok := module.(*Module); ok {
			dd = m.Dict
		} else if d, ok, err := GetAttrOK(th, module, "__dict__"); err != nil {
			return err
		} else if ok {
			dd, _ = d.(*Dict)
		}
		if dd == nil {
			return Errorf(ImportErrorType, "from-import-* object has no __dict__ and no __all__")
		}
		for _, k := range dd.Keys() {
			if s, ok := k.(Str); ok && !strings.HasPrefix(string(s), "_") {
				names = append(names, k)
			}
		}
	}
	for _, n := range names {
		s, ok := n.(Str)
		if !ok {
			where := "module.__dict__"
			if hasAll {
				where = "module.__all__"
			}
			return Errorf(TypeErrorType, "Item in %s must be str, not %s", where, typeName(n))
		}
		v, err := GetAttr(th, module, string(s))
		if err != nil {
			return err
		}
		if err := th.storeName(f, string(s), v); err != nil {
			return err
		}
	}
	return nil
}
