package pyos

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/stdlib/vfs"
	"github.com/asobiba/asobiba/runtime/vm"
)

// LoadPath builds os.path (the posixpath module), or returns it when os or posixpath was
// imported already: "os.path" and "posixpath" name the same module object.
func LoadPath(th *vm.Thread) (*vm.Module, error) {
	setup()
	for _, name := range []string{"posixpath", "os.path"} {
		if m, ok := th.Interp.Modules.GetStr(name); ok {
			if mod, isMod := m.(*vm.Module); isMod {
				return mod, nil
			}
		}
	}
	m := modkit.NewModule("posixpath", "Common operations on Posix pathnames.\n\n"+
		"The queries (exists, isfile, isdir, getsize) read Asobiba's in-memory file system\n"+
		"(see open()); file times come from the virtual clock. The working\n"+
		"directory is "+Cwd+".")
	for name, v := range map[string]string{"sep": "/", "extsep": ".", "pathsep": ":", "curdir": ".",
		"pardir": "..", "defpath": "/bin:/usr/bin", "devnull": "/dev/null"} {
		modkit.Set(m, name, vm.Str(v))
	}
	modkit.Set(m, "altsep", vm.None)
	modkit.Set(m, "supports_unicode_filenames", vm.False)
	one := func(name string, fn func(th *vm.Thread, p path) (vm.Value, error)) {
		modkit.Function(m, name, "p, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			p, err := fspath(th, a[0])
			if err != nil {
				return nil, err
			}
			return fn(th, p)
		}, modkit.StyleClinic)
	}
	one("basename", func(th *vm.Thread, p path) (vm.Value, error) {
		_, tail := splitTail(p.s)
		return p.value(tail), nil
	})
	one("dirname", func(th *vm.Thread, p path) (vm.Value, error) {
		head, _ := split(p.s)
		return p.value(head), nil
	})
	one("split", func(th *vm.Thread, p path) (vm.Value, error) {
		head, tail := split(p.s)
		return vm.Tuple{p.value(head), p.value(tail)}, nil
	})
	one("splitext", func(th *vm.Thread, p path) (vm.Value, error) {
		root, ext := splitext(p.s)
		return vm.Tuple{p.value(root), p.value(ext)}, nil
	})
	one("splitdrive", func(th *vm.Thread, p path) (vm.Value, error) {
		return vm.Tuple{p.value(""), p.value(p.s)}, nil
	})
	one("splitroot", func(th *vm.Thread, p path) (vm.Value, error) {
		s, root := p.s, ""
		switch {
		case len(s) >= 3 && s[:2] == "//" && s[2] != '/', len(s) == 2 && s == "//":
			root, s = "//", s[2:]
		case len(s) > 0 && s[0] == '/':
			root, s = "/", s[1:]
			for len(s) > 0 && s[0] == '/' {
				s = s[1:]
			}
		}
		return vm.Tuple{p.value(""), p.value(root), p.value(s)}, nil
	})
	one("normcase", func(th *vm.Thread, p path) (vm.Value, error) { return p.value(p.s), nil })
	one("normpath", func(th *vm.Thread, p path) (vm.Value, error) { return p.value(normpath(p.s)), nil })
	one("abspath", func(th *vm.Thread, p path) (vm.Value, error) { return p.value(abspath(p.s)), nil })
	one("isabs", func(th *vm.Thread, p path) (vm.Value, error) {
		return vm.Bool(len(p.s) > 0 && p.s[0] == '/'), nil
	})
	one("expanduser", func(th *vm.Thread, p path) (vm.Value, error) {
		return p.value(expandUser(p.s, environOf(th).d)), nil
	})
	one("expandvars", func(th *vm.Thread, p path) (vm.Value, error) {
		return p.value(expandVars(p.s, environOf(th).d)), nil
	})
	modkit.Function(m, "realpath", "filename, *, strict=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := fspath(th, a[0])
		if err != nil {
			return nil, err
		}
		return p.value(abspath(p.s)), nil
	})
	for _, name := range []string{"exists", "lexists", "isfile", "isdir", "islink", "ismount", "isjunction", "isdevdrive"} {
		modkit.Function(m, name, "path, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			if modkit.IsInt(a[0]) {
				return vm.False, nil
			}
			p, err := fspath(th, a[0])
			if err != nil {
				return nil, vm.Errorf(vm.TypeErrorType, "stat: path should be string, bytes, os.PathLike or integer, not %s", a[0].Type().Name)
			}
			kind := vfs.Of(th.Interp).Kind(p.s)
			switch name {
			case "exists", "lexists":
				return vm.Bool(kind != ""), nil
			case "isfile":
				return vm.Bool(kind == "file"), nil
			case "isdir":
				return vm.Bool(kind == "dir"), nil
			case "ismount":
				return vm.Bool(vfs.Abs(p.s) == "/"), nil
			}
			return vm.False, nil
		}, modkit.StyleClinic)
	}
	modkit.Function(m, "getsize", "filename, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := fspath(th, a[0])
		if err != nil {
			return nil, err
		}
		n, e := vfs.Of(th.Interp).Size(p.s)
		if e != nil {
			return nil, e.Raise(th, a[0])
		}
		return vm.Int(int64(n)), nil
	}, modkit.StyleClinic)
	for _, name := range []string{"getmtime", "getatime", "getctime"} {
		modkit.Function(m, name, "filename, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
			info, err := statOf(th, "stat", a[0])
			if err != nil {
				return nil, err
			}
			switch name {
			case "getmtime":
				return vm.Float(info.Mtime), nil
			case "getatime":
				return vm.Float(info.Atime), nil
			}
			return vm.Float(info.Ctime), nil
		}, modkit.StyleClinic)
	}
	modkit.Function(m, "samefile", "f1, f2, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		x, err := statOf(th, "stat", a[0])
		if err != nil {
			return nil, err
		}
		y, err := statOf(th, "stat", a[1])
		if err != nil {
			return nil, err
		}
		return vm.Bool(x.Ino == y.Ino), nil
	}, modkit.StyleClinic)
	modkit.Function(m, "samestat", "s1, s2, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		for _, field := range []string{"st_ino", "st_dev"} {
			x, err := vm.GetAttr(th, a[0], field)
			if err != nil {
				return nil, err
			}
			y, err := vm.GetAttr(th, a[1], field)
			if err != nil {
				return nil, err
			}
			if eq, err := vm.Equal(th, x, y); err != nil || !eq {
				return vm.False, err
			}
		}
		return vm.True, nil
	}, modkit.StyleClinic)
	modkit.Func(m, "join", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		if err := modkit.NoKwargs("join", kwnames); err != nil {
			return nil, err
		}
		if len(args) == 0 {
			return nil, vm.Errorf(vm.TypeErrorType, "join() missing 1 required positional argument: 'a'")
		}
		first, err := fspath(th, args[0])
		if err != nil {
			return nil, err
		}
		parts := []string{first.s}
		for _, v := range args[1:] {
			p, err := fspath(th, v)
			if err != nil {
				return nil, argTypes(th, "join", args)
			}
			if p.isBytes != first.isBytes {
				return nil, vm.Errorf(vm.TypeErrorType, "Can't mix strings and bytes in path components")
			}
			parts = append(parts, p.s)
		}
		return first.value(join(parts)), nil
	})
	modkit.Function(m, "relpath", "path, start=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if t, err := vm.Truth(th, a[0]); err != nil {
			return nil, err
		} else if !t {
			return nil, vm.Errorf(vm.ValueErrorType, "no path specified")
		}
		p, err := fspath(th, a[0])
		if err != nil {
			return nil, err
		}
		start := path{s: ".", isBytes: p.isBytes}
		if a[1] != nil && a[1] != vm.None {
			if start, err = fspath(th, a[1]); err != nil {
				return nil, err
			}
			if start.isBytes != p.isBytes {
				return nil, vm.Errorf(vm.TypeErrorType, "Can't mix strings and bytes in path components")
			}
		}
		return p.value(relpath(p.s, start.s)), nil
	})
	modkit.Function(m, "commonpath", "paths, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		ps, kind, err := paths(th, a[0])
		if err != nil {
			return nil, err
		}
		if len(ps) == 0 {
			return nil, vm.Errorf(vm.ValueErrorType, "commonpath() arg is an empty sequence")
		}
		s, err := commonpath(ps)
		return kind.value(s), err
	}, modkit.StyleClinic)
	modkit.Function(m, "commonprefix", "m, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		ps, kind, err := paths(th, a[0])
		if err != nil {
			return nil, err
		}
		return kind.value(commonprefix(ps)), nil
	}, modkit.StyleClinic)
	return m, nil
}

// splitTail returns the text before and after the last "/".
func splitTail(p string) (string, string) {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			return p[:i+1], p[i+1:]
		}
	}
	return "", p
}

// paths converts an iterable of path arguments, which must all be str or all bytes.
func paths(th *vm.Thread, v vm.Value) ([]string, path, error) {
	items, err := modkit.Collect(th, v)
	if err != nil {
		return nil, path{}, err
	}
	var out []string
	var kind path
	for i, it := range items {
		p, err := fspath(th, it)
		if err != nil {
			return nil, path{}, err
		}
		if i == 0 {
			kind = p
		} else if p.isBytes != kind.isBytes {
			return nil, path{}, vm.Errorf(vm.TypeErrorType, "Can't mix strings and bytes in path components")
		}
		out = append(out, p.s)
	}
	return out, kind, nil
}

// argTypes is genericpath._check_arg_types's error for an argument of the wrong type.
func argTypes(th *vm.Thread, fname string, args []vm.Value) error {
	for _, a := range args {
		if _, err := fspath(th, a); err != nil {
			return vm.Errorf(vm.TypeErrorType, "%s() argument must be str, bytes, or os.PathLike object, not '%s'", fname, a.Type().Name)
		}
	}
	return nil
}
