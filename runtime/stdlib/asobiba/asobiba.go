// Package asobiba implements _asobiba, the private module through which the standard-library
// modules written in Python (runtime/stdlib/pylib) reach into the interpreter. Its functions
// are not part of Python and programs should not use them. The hooks of pylib's traceback
// and inspect modules are in traceback.go.
package asobiba

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Load builds the _asobiba module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("_asobiba", "Asobiba's private hooks for its Python-source standard library.")
	// caller_module(depth) returns the __name__ global of the Python frame depth levels above
	// the caller of caller_module (depth 1 is the caller's caller), or None.
	modkit.Function(m, "caller_module", "depth=, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		depth := int64(1)
		if a[0] != nil {
			d, err := modkit.Int64(th, a[0])
			if err != nil {
				return nil, err
			}
			depth = d
		}
		f := th.CurrentFrame()
		for ; depth > 0 && f != nil; depth-- {
			f = f.Back
		}
		if f == nil || f.Globals == nil {
			return vm.None, nil
		}
		if name, ok := f.Globals.GetStr("__name__"); ok {
			return name, nil
		}
		return vm.None, nil
	})
	addTracebackHooks(m)
	return m, nil
}
