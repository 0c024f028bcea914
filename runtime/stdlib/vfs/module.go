package vfs

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// PathArg converts a path argument (str, bytes or os.PathLike) to a string.
func PathArg(th *vm.Thread, fname string, v vm.Value) (string, error) {
	switch x := v.(type) {
	case vm.Str:
		return string(x), nil
	case vm.Bytes:
		return string(x), nil
	}
	if s, ok := modkit.Str(v); ok {
		return s, nil
	}
	if fspath := vm.LookupSpecial(v, "__fspath__"); fspath != nil {
		r, err := vm.Call(th, fspath, []vm.Value{v}, nil)
		if err != nil {
			return "", err
		}
		if s, ok := modkit.Str(r); ok {
			return s, nil
		}
		if b, ok := r.(vm.Bytes); ok {
			return string(b), nil
		}
	}
	return "", vm.Errorf(vm.TypeErrorType, "%s: path should be string, bytes or os.PathLike, not %s", fname, v.Type().Name)
}

// Load builds the _vfs module: the primitives of _fileio's file objects.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("_vfs", "Asobiba's in-memory file system (primitives for open()).")
	fs := Of(th.Interp)
	modkit.Function(m, "kind", "path, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := PathArg(th, "kind", a[0])
		if err != nil {
			return nil, err
		}
		return vm.Str(fs.Kind(p)), nil
	})
	modkit.Function(m, "file", "path, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := PathArg(th, "open", a[0])
		if err != nil {
			return nil, err
		}
		data, e := fs.File(p)
		if e != nil {
			return nil, e.Raise(th, a[0])
		}
		return data, nil
	})
	modkit.Function(m, "create", "path, exclusive, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := PathArg(th, "open", a[0])
		if err != nil {
			return nil, err
		}
		excl, err := modkit.Truth(th, a[1])
		if err != nil {
			return nil, err
		}
		data, e := fs.Create(p, excl)
		if e != nil {
			return nil, e.Raise(th, a[0])
		}
		return data, nil
	})
	modkit.Function(m, "modified", "data, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		if data, ok := a[0].(*vm.ByteArray); ok {
			fs.Modified(data)
		}
		return vm.None, nil
	})
	modkit.Function(m, "abspath", "path, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		p, err := PathArg(th, "abspath", a[0])
		if err != nil {
			return nil, err
		}
		return vm.Str(Abs(p)), nil
	})
	return m, nil
}
