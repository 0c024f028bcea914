package asobiba

import (
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// addTracebackHooks adds what the traceback and inspect modules (pylib's traceback.py and
// inspect.py) cannot do in Python: read the source lines the interpreter recorded, name a
// traceback's entries (some have no frame) and draw their carets, and format a whole exception with the interpreter's own
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
	// suggestion_hint(exc, tb) returns the "Did you mean" hint the traceback module appends
	// to exc's message line (". Did you mean: 'x'?"), or "", a NameError's looked for in the
	// innermost frame of tb (a traceback or None).
	modkit.Function(m, "suggestion_hint", "exc, tb, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		e, ok := a[0].(*vm.Exception)
		if !ok {
			return vm.Str(""), nil
		}
		tb, _ := a[1].(*vm.Traceback)
		return vm.Str(vm.SuggestionHint(th, e, tb, true)), nil
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
	// traceback_entries(tb, carets) returns a (filename, lineno, name, carets) tuple for
	// each entry of a traceback, outermost first, where carets is the ~~~^^^ line drawn under
	// the entry's source line (without its indent, "" when there is none) when carets is
	// true, else None. It also names the entries that have no frame (the asyncio loop's
	// stand-in for Handle._run), whose tb_frame is None.
	modkit.Function(m, "traceback_entries", "tb, carets, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		carets, err := modkit.Truth(th, a[1])
		if err != nil {
			return nil, err
		}
		var out []vm.Value
		for tb, _ := a[0].(*vm.Traceback); tb != nil; tb = tb.Next {
			var line vm.Value = vm.None
			if carets {
				line = vm.Str("")
				if lines := th.SourceLines(tb.Filename); tb.Line >= 1 && tb.Line <= len(lines) {
					line = vm.Str(tb.CaretLine(lines[tb.Line-1]))
				}
			}
			out = append(out, vm.Tuple{vm.Str(tb.Filename), vm.Int(tb.Line), vm.Str(tb.Name), line})
		}
		return vm.NewList(out), nil
	})
}
