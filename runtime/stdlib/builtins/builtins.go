// Package builtins provides the builtins module object for `import builtins`: a module whose
// namespace is the interpreter's builtins dict itself, so that assigning builtins.print
// changes what every module sees, as in CPython.
package builtins

import "github.com/asobiba/asobiba/runtime/vm"

// Load returns the builtins module of th's interpreter.
func Load(th *vm.Thread) (*vm.Module, error) {
	d := th.Interp.Builtins
	if d == nil {
		d = vm.NewBuiltins()
		th.Interp.Builtins = d
	}
	return &vm.Module{Name: "builtins", Dict: d}, nil
}
