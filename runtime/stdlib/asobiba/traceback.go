package asobiba

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// addTracebackHooks adds what the traceback and inspect modules (pylib's traceback.py and
// inspect.py) cannot do in Python: read the source lines the interpreter recorded, name a
// traceback's entries (some have no frame), draw an entry's carets, and format a whole exception with the interpreter's own
// printer, so that traceback.print_exc() shows exactly what an uncaught exception would.
func addTracebackHooks(m *vm.Module) {
	// format_exception(exc, limit, chain) returns exc formatted with its chain (when chain
	// is true), as traceback.format_exception does; limit None keeps every entry.
	modkit.Function(m, "format_exception", "exc, limit, chain, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		e, ok := a[0].(*vm.Exception)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "format_exception() needs an exception, not %s", a[0].Type().Name)
		}
		limit := vm.NoLimit
		if a[1] != vm.None {
			n, err := modkit.Int64(th, a[1])
			if err != nil {
				return nil, err
			}
			limit = int(max(n, -1<<31))
		}
		chain, err := modkit.Truth(th, a[2])
		if err != nil {
			return nil, err
		}
		return vm.Str(th.FormatExceptionLimit(e, limit, chain)), nil
	})
	// source_line(filename, lineno) returns line lineno (1-based) of a file the interpreter
	// compiled, as the file has it (without its line end), or None.
	modkit.Function(m, "source_line", "filename, lineno, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		name, _ := modkit.Str(a[0])
		n, err := modkit.Int64(th, a[1])
		if err != nil {
			return nil, err
		}
		lines := th.SourceLines(name)
		if n < 1 || n > int64(len(lines)) {
			return vm.None, nil
		}
		return vm.Str(lines[n-1]), nil
	})
	// traceback_entries(tb) returns a (filename, lineno, name, entry) tuple for each entry
	// of a traceback, outermost first. It also names the entries that have no frame (the
	// asyncio loop's stand-in for Handle._run), whose tb_frame is None.
	modkit.Function(m, "traceback_entries", "tb, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		var out []vm.Value
		for tb, _ := a[0].(*vm.Traceback); tb != nil; tb = tb.Next {
			out = append(out, vm.Tuple{vm.Str(tb.Filename), vm.Int(tb.Line), vm.Str(tb.Name), tb})
		}
		return vm.NewList(out), nil
	})
	// caret_line(tb) returns the ~~~^^^ line drawn under a traceback entry's source line,
	// without its indent, or "".
	modkit.Function(m, "caret_line", "tb, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		tb, ok := a[0].(*vm.Traceback)
		if !ok {
			return vm.Str(""), nil
		}
		lines := th.SourceLines(tb.Filename)
		if tb.Line < 1 || tb.Line > len(lines) {
			return vm.Str(""), nil
		}
		return vm.Str(tb.CaretLine(lines[tb.Line-1])), nil
	})
}
