// Package traceback implements the common functions of Python's traceback module. Whole
// exceptions are formatted by the interpreter's own printer (the one that prints uncaught
// exceptions), so traceback.print_exc() shows exactly what an uncaught exception would;
// tracebacks and stacks alone are formatted by internal/tbfmt. extract_tb and extract_stack
// return StackSummary lists of FrameSummary objects; those classes (with format_list and
// walk_tb) are written in Python, in pylib's _traceback_summary.py, and re-exported here.
package traceback

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/tbfmt"
	"github.com/asobiba/asobiba/runtime/vm"
)

// exceptionArg picks the exception of format_exception(exc) or of the old signature
// format_exception(type, value, tb).
func exceptionArg(exc, value vm.Value) (*vm.Exception, bool) {
	if value != nil {
		exc = value
	}
	e, ok := exc.(*vm.Exception)
	return e, ok
}

// entries splits a formatted exception into the strings CPython's format_exception returns:
// one per frame (its "File" line with the source lines under it), one per chaining message
// (with the blank lines around it), and one per other line.
func entries(text string) vm.Value {
	var out []string
	raw := strings.SplitAfter(text, "\n")
	for i := 0; i < len(raw); i++ {
		line := raw[i]
		if line == "" {
			continue
		}
		switch {
		case strings.HasPrefix(line, "  File "):
			for i+1 < len(raw) && strings.HasPrefix(raw[i+1], "    ") {
				i++
				line += raw[i]
			}
		case line == "\n" && i+2 < len(raw) && raw[i+2] == "\n" && isChainMessage(raw[i+1]):
			line += raw[i+1] + raw[i+2]
			i += 2
		}
		out = append(out, line)
	}
	return strList(out)
}

func isChainMessage(line string) bool {
	return strings.HasPrefix(line, "The above exception was the direct cause") ||
		strings.HasPrefix(line, "During handling of the above exception")
}

func strList(ss []string) vm.Value {
	out := make([]vm.Value, len(ss))
	for i, s := range ss {
		out[i] = vm.Str(s)
	}
	return vm.NewList(out)
}

// formatted returns the text of an exception: the interpreter's printer, or tbfmt without
// chaining when chain is false.
func formatted(th *vm.Thread, e *vm.Exception, limit, chain vm.Value) (string, error) {
	n, err := limitArg(th, limit)
	if err != nil {
		return "", err
	}
	c := true
	if chain != nil {
		if c, err = modkit.Truth(th, chain); err != nil {
			return "", err
		}
	}
	return th.FormatExceptionLimit(e, n, c), nil
}

// withTraceback makes tb (the tb argument of format_exception and print_exception) the
// traceback shown for e, as CPython does when it differs from e.__traceback__, and returns
// the function that restores e's own traceback. A missing tb changes nothing.
func withTraceback(e *vm.Exception, tb vm.Value) func() {
	var t *vm.Traceback
	switch v := tb.(type) {
	case *vm.Traceback:
		t = v
	default:
		if tb != vm.None {
			return func() {}
		}
	}
	old := e.Traceback
	e.Traceback = t
	return func() { e.Traceback = old }
}

// write writes text to file, or to sys.stderr when file is missing or None.
func write(th *vm.Thread, file vm.Value, text string) error {
	if file == nil || file == vm.None {
		return vm.WriteStderr(th, text)
	}
	w, err := vm.GetAttr(th, file, "write")
	if err != nil {
		return err
	}
	_, err = vm.Call(th, w, []vm.Value{vm.Str(text)}, nil)
	return err
}

// limitArg converts a limit argument: vm.NoLimit for None, else the number (negative
// numbers count from the other end).
func limitArg(th *vm.Thread, v vm.Value) (int, error) {
	if v == nil || v == vm.None {
		return vm.NoLimit, nil
	}
	n, err := modkit.Int64(th, v)
	return int(max(n, -1<<31)), err
}

// stack returns the entries of the running Python stack, outermost first, starting at f
// (the caller when f is nil).
func stack(th *vm.Thread, f vm.Value) []tbfmt.Entry {
	frame, _ := f.(*vm.Frame)
	if frame == nil {
		frame = th.CurrentFrame()
	}
	var out []tbfmt.Entry
	for ; frame != nil; frame = frame.Back {
		out = append(out, tbfmt.Entry{Filename: frame.Code.Filename, Line: frame.Line(), Name: frame.Code.Name})
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// lastN applies a limit to stack entries (outermost first), as traceback.extract_stack does:
// n >= 0 keeps the n innermost, a negative n the -n outermost.
func lastN(entries []tbfmt.Entry, limit int) []tbfmt.Entry {
	switch {
	case limit == vm.NoLimit:
	case limit >= 0 && limit < len(entries):
		return entries[len(entries)-limit:]
	case limit < 0 && -limit < len(entries):
		return entries[:-limit]
	}
	return entries
}

// summary builds the StackSummary of entries with the classes of _traceback_summary.
func summary(th *vm.Thread, classes *vm.Module, entries []tbfmt.Entry) (vm.Value, error) {
	fs, err := vm.GetAttr(th, classes, "FrameSummary")
	if err != nil {
		return nil, err
	}
	ss, err := vm.GetAttr(th, classes, "StackSummary")
	if err != nil {
		return nil, err
	}
	frames := make([]vm.Value, len(entries))
	for i, e := range entries {
		line := vm.Str(tbfmt.SourceLine(th, e.Filename, e.Line))
		frames[i], err = vm.Call(th, fs, []vm.Value{vm.Str(e.Filename), vm.Int(e.Line), vm.Str(e.Name), line}, []string{"line"})
		if err != nil {
			return nil, err
		}
	}
	return vm.Call(th, ss, []vm.Value{vm.NewList(frames)}, nil)
}

// summaryExports are the names of _traceback_summary that the module re-exports.
var summaryExports = []string{"FrameSummary", "StackSummary", "format_list", "walk_tb"}

// Load builds the traceback module.
func Load(th *vm.Thread) (*vm.Module, error) {
	m := modkit.NewModule("traceback", "Extract, format and print information about Python stack traces.")
	imported, err := th.ImportModule("_traceback_summary")
	if err != nil {
		return nil, err
	}
	classes, ok := imported.(*vm.Module)
	if !ok {
		return nil, vm.Errorf(vm.ImportErrorType, "_traceback_summary is not a module")
	}
	for _, name := range summaryExports {
		v, err := vm.GetAttr(th, classes, name)
		if err != nil {
			return nil, err
		}
		modkit.Set(m, name, v)
	}
	modkit.Function(m, "_source_line", "filename, lineno", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		name, _ := modkit.Str(a[0])
		n, err := modkit.Int64(th, a[1])
		if err != nil {
			return nil, err
		}
		return vm.Str(tbfmt.SourceLine(th, name, int(n))), nil
	})
	modkit.Function(m, "format_exc", "limit=, chain=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		e := th.HandledException()
		if e == nil {
			return vm.Str("NoneType: None\n"), nil
		}
		s, err := formatted(th, e, a[0], a[1])
		return vm.Str(s), err
	})
	modkit.Function(m, "print_exc", "limit=, file=, chain=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		e := th.HandledException()
		if e == nil {
			return vm.None, write(th, a[1], "NoneType: None\n")
		}
		s, err := formatted(th, e, a[0], a[2])
		if err != nil {
			return nil, err
		}
		return vm.None, write(th, a[1], s)
	})
	modkit.Function(m, "format_exception", "exc, /, value=, tb=, limit=, chain=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		e, ok := exceptionArg(a[0], a[1])
		if !ok {
			return strList([]string{tbfmt.TypeName(a[0].Type()) + ": " + "None\n"}), nil
		}
		defer withTraceback(e, a[2])()
		s, err := formatted(th, e, a[3], a[4])
		return entries(s), err
	})
	modkit.Function(m, "print_exception", "exc, /, value=, tb=, limit=, file=, chain=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		e, ok := exceptionArg(a[0], a[1])
		if !ok {
			return vm.None, write(th, a[4], "NoneType: None\n")
		}
		defer withTraceback(e, a[2])()
		s, err := formatted(th, e, a[3], a[5])
		if err != nil {
			return nil, err
		}
		return vm.None, write(th, a[4], s)
	})
	modkit.Function(m, "format_exception_only", "exc, /, value=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		e, ok := exceptionArg(a[0], a[1])
		if !ok {
			return strList([]string{"NoneType: None\n"}), nil
		}
		return strList(tbfmt.FormatExceptionOnly(th, e)), nil
	})
	modkit.Function(m, "format_tb", "tb, limit=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		tb, _ := a[0].(*vm.Traceback)
		n, err := limitArg(th, a[1])
		if err != nil {
			return nil, err
		}
		return strList(tbfmt.FormatTraceback(th, tb, n)), nil
	})
	modkit.Function(m, "print_tb", "tb, limit=, file=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		tb, _ := a[0].(*vm.Traceback)
		n, err := limitArg(th, a[1])
		if err != nil {
			return nil, err
		}
		return vm.None, write(th, a[2], strings.Join(tbfmt.FormatTraceback(th, tb, n), ""))
	})
	modkit.Function(m, "extract_tb", "tb, limit=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		tb, _ := a[0].(*vm.Traceback)
		n, err := limitArg(th, a[1])
		if err != nil {
			return nil, err
		}
		return summary(th, classes, tbfmt.Limit(tbfmt.Entries(tb), n))
	})
	modkit.Function(m, "format_stack", "f=, limit=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		n, err := limitArg(th, a[1])
		if err != nil {
			return nil, err
		}
		return strList(tbfmt.FormatEntries(th, lastN(stack(th, a[0]), n))), nil
	})
	modkit.Function(m, "print_stack", "f=, limit=, file=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		n, err := limitArg(th, a[1])
		if err != nil {
			return nil, err
		}
		return vm.None, write(th, a[2], strings.Join(tbfmt.FormatEntries(th, lastN(stack(th, a[0]), n)), ""))
	})
	modkit.Function(m, "extract_stack", "f=, limit=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		n, err := limitArg(th, a[1])
		if err != nil {
			return nil, err
		}
		return summary(th, classes, lastN(stack(th, a[0]), n))
	})
	return m, nil
}
