// Package gc implements Python's gc module. Asobiba's memory is managed by Go's collector,
// which Python code cannot drive: collect() reports that nothing was collected, and
// enable/disable only change what isenabled() reports.
package gc

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// Load builds the gc module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("gc", "This module provides access to the garbage collector for reference cycles.")
	enabled := true
	modkit.Function(m, "collect", "generation=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.Int(0), nil
	})
	modkit.Function(m, "enable", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		enabled = true
		return vm.None, nil
	})
	modkit.Function(m, "disable", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		enabled = false
		return vm.None, nil
	})
	modkit.Function(m, "isenabled", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.Bool(enabled), nil
	})
	modkit.Function(m, "get_count", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.Tuple{vm.Int(0), vm.Int(0), vm.Int(0)}, nil
	})
	modkit.Function(m, "get_threshold", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.Tuple{vm.Int(700), vm.Int(10), vm.Int(10)}, nil
	})
	modkit.Func(m, "set_threshold", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.None, nil
	})
	modkit.Function(m, "is_tracked", "obj, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		switch a[0].(type) {
		case vm.Int, vm.Float, vm.Str, vm.Bytes, vm.Bool, *vm.NoneType:
			return vm.False, nil
		}
		return vm.True, nil
	})
	for _, name := range []string{"get_objects", "get_referrers", "get_referents"} {
		modkit.Func(m, name, func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
			return vm.NewList(nil), nil
		})
	}
	modkit.Function(m, "freeze", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return vm.None, nil })
	modkit.Function(m, "unfreeze", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) { return vm.None, nil })
	modkit.Set(m, "garbage", vm.NewList(nil))
	modkit.Set(m, "callbacks", vm.NewList(nil))
	for name, v := range map[string]int64{"DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2, "DEBUG_UNCOLLECTABLE": 4, "DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38} {
		modkit.Set(m, name, vm.Int(v))
	}
	return m, nil
}
