package warnings

import (
	"io"
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// lineOf returns the line number argument of warn_explicit.
func lineOf(th *vm.Thread, v vm.Value) (int, error) {
	n, err := vm.Call(th, vm.IntType, []vm.Value{v}, nil)
	if err != nil {
		return 0, err
	}
	return vm.AsIndex(th, n)
}

// Load builds the _warnings module and installs the hook through which the VM reports
// never-awaited coroutines as RuntimeWarnings.
func Load(th *vm.Thread) (*vm.Module, error) {
	s := stateOf(th)
	m := modkit.NewModule("_warnings", "_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up.")
	modkit.Set(m, "filters", s.filters)
	modkit.Set(m, "_defaultaction", s.defaultAction)
	modkit.Set(m, "_onceregistry", s.onceRegistry)
	modkit.Function(m, "warn", "message, category=, stacklevel=, source=, *, skip_file_prefixes=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		level := 1
		if a[2] != nil {
			n, err := vm.AsIndex(th, a[2])
			if err != nil {
				return nil, err
			}
			level = n
		}
		var prefixes []string
		if a[4] != nil {
			items, err := modkit.Collect(th, a[4])
			if err != nil {
				return nil, err
			}
			for _, it := range items {
				p, ok := modkit.Str(it)
				if !ok {
					return nil, vm.Errorf(vm.TypeErrorType, "skip_file_prefixes must be a tuple of strs")
				}
				prefixes = append(prefixes, p)
			}
		}
		return vm.None, warn(th, a[0], a[1], level, a[3], prefixes)
	})
	modkit.Function(m, "warn_explicit", "message, category, filename, lineno, module=, registry=, module_globals=, source=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		cat, err := getCategory(th, a[0], a[1])
		if err != nil {
			return nil, err
		}
		filename, err := modkit.StrArg("warn_explicit", 3, a[2])
		if err != nil {
			return nil, err
		}
		lineno, err := lineOf(th, a[3])
		if err != nil {
			return nil, err
		}
		var module vm.Value
		if a[4] != nil && a[4] != vm.None {
			module = a[4]
		}
		var registry *vm.Dict
		if a[5] != nil && a[5] != vm.None {
			r, ok := a[5].(*vm.Dict)
			if !ok {
				return nil, vm.Errorf(vm.TypeErrorType, "'registry' must be a dict or None")
			}
			registry = r
		}
		if a[6] != nil && a[6] != vm.None {
			if _, ok := a[6].(*vm.Dict); !ok {
				return nil, vm.Errorf(vm.TypeErrorType, "module_globals must be a dict, not '%s'", a[6].Type().Name)
			}
		}
		return vm.None, warnExplicit(th, a[0], cat, filename, lineno, module, registry, modkit.Or(a[7], nil))
	})
	modkit.Function(m, "_filters_mutated", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s.filtersMutated()
		return vm.None, nil
	})
	// _getline(filename, lineno) stands in for linecache.getline, which warnings.py uses to
	// show a warning's source line: the line from the interpreter's record of the files it
	// compiled, or "" when there is none.
	modkit.Function(m, "_getline", "filename, lineno, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.Str(sourceLine(th, a[0], a[1])), nil
	})
	th.SetCoroutineWarningHook(coroutineHook)
	return m, nil
}

// sourceLine returns line lineno of the named file as the interpreter compiled it, or "".
func sourceLine(th *vm.Thread, filename, lineno vm.Value) string {
	name, ok := modkit.Str(filename)
	n, isInt := lineno.(vm.Int)
	if !ok || !isInt {
		return ""
	}
	if lines := th.SourceLines(name); n >= 1 && int(n) <= len(lines) {
		return lines[n-1]
	}
	return ""
}

// coroutineHook issues "coroutine 'f' was never awaited" through the filters when a
// statement drops a coroutine it never awaited. A warning turned into an error cannot
// propagate from there; it is reported as CPython reports exceptions in finalizers.
func coroutineHook(th *vm.Thread, c *vm.Generator, filename string, line int) {
	msg := msgfmt.Sprintf("coroutine '%s' was never awaited", c.QualName())
	if o := c.FormatOrigin(); o != "" {
		msg += "\n" + o
	}
	err := WarnExplicit(th, vm.RuntimeWarningType, msg, filename, line, c)
	exc, ok := err.(*vm.Exception)
	if !ok || th.Interp.Stderr == nil {
		return
	}
	r, rerr := vm.Repr(th, c)
	if rerr != nil {
		r = "<coroutine>"
	}
	text := th.FormatException(exc)
	if !strings.HasPrefix(text, "Traceback") {
		text = "Traceback (most recent call last):\n" + text
	}
	_, _ = io.WriteString(th.Interp.Stderr, "Exception ignored in: "+r+"\n"+text)
}
