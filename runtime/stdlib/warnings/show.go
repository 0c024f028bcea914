package warnings

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// plainClass makes a class of the warnings module whose instances are ordinary objects with
// a __dict__, as the classes warnings.py defines.
func plainClass(name string) *vm.Type {
	t := vm.NewBuiltinType(name, vm.ObjectType, vm.FlagBaseType)
	t.Module = "warnings"
	t.AddStaticMethod("__new__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		cls, ok := args[0].(*vm.Type)
		if !ok {
			return nil, vm.Errorf(vm.TypeErrorType, "%s.__new__(X): X is not a type object", name)
		}
		return &vm.Instance{Class: cls, Dict: vm.NewDict()}, nil
	})
	return t
}

// WarningMessageType is warnings.WarningMessage, what catch_warnings(record=True) records.
var WarningMessageType = plainClass("WarningMessage")

var warningDetails = []string{"message", "category", "filename", "lineno", "file", "line", "source"}

// initWarningMessage gives WarningMessage its methods; setup calls it.
func initWarningMessage() {
	sig := modkit.NewSig("WarningMessage", "message, category, filename, lineno, file=, line=, source=")
	t := WarningMessageType
	t.Dict.SetStr("_WARNING_DETAILS", vm.Tuple{vm.Str("message"), vm.Str("category"), vm.Str("filename"),
		vm.Str("lineno"), vm.Str("file"), vm.Str("line"), vm.Str("source")})
	t.AddMethod("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		a, err := sig.Bind(args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		for i, name := range warningDetails {
			if err := vm.SetAttr(th, args[0], name, modkit.Or(a[i], vm.None)); err != nil {
				return nil, err
			}
		}
		var catName vm.Value = vm.None
		if t, err := vm.Truth(th, a[1]); err != nil {
			return nil, err
		} else if t {
			if catName, err = vm.GetAttr(th, a[1], "__name__"); err != nil {
				return nil, err
			}
		}
		return vm.None, vm.SetAttr(th, args[0], "_category_name", catName)
	})
	t.AddMethod("__str__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var r [5]string
		for i, name := range []string{"message", "_category_name", "filename", "lineno", "line"} {
			v, err := vm.GetAttr(th, args[0], name)
			if err != nil {
				return nil, err
			}
			if name == "lineno" {
				r[i], err = vm.ToStr(th, v)
			} else {
				r[i], err = vm.Repr(th, v)
			}
			if err != nil {
				return nil, err
			}
		}
		return vm.Str(msgfmt.Sprintf("{message : %s, category : %s, filename : %s, lineno : %s, line : %s}",
			r[0], r[1], r[2], r[3], r[4])), nil
	})
}

// newMessage makes a WarningMessage with the module's class (which a program may replace).
func (s *state) newMessage(th *vm.Thread, message, category vm.Value, filename string, lineno int, source vm.Value) (vm.Value, error) {
	cls := s.attr("WarningMessage", WarningMessageType)
	return vm.Call(th, cls, []vm.Value{message, category, vm.Str(filename), vm.Int(lineno), vm.None, vm.None, modkit.Or(source, vm.None)}, nil)
}

// show passes a warning that is to be shown to warnings._showwarnmsg, or, before the
// module is imported, writes it to sys.stderr directly.
func (s *state) show(th *vm.Thread, message, category vm.Value, filename string, lineno int, source vm.Value) error {
	fn := s.attr("_showwarnmsg", nil)
	msg, err := s.newMessage(th, message, category, filename, lineno, source)
	if err != nil {
		return err
	}
	if fn == nil {
		return showImpl(th, nil, msg)
	}
	if !vm.IsCallable(fn) {
		return vm.Errorf(vm.TypeErrorType, "warnings._showwarnmsg() must be set to a callable")
	}
	_, err = vm.Call(th, fn, []vm.Value{msg}, nil)
	return err
}

// details reads the given attributes of a WarningMessage.
func details(th *vm.Thread, msg vm.Value, names ...string) ([]vm.Value, error) {
	out := make([]vm.Value, len(names))
	for i, n := range names {
		v, err := vm.GetAttr(th, msg, n)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// sysStderr returns sys.stderr (None when unset).
func sysStderr(th *vm.Thread) (vm.Value, error) {
	sys, err := th.ImportModule("sys")
	if err != nil {
		return nil, err
	}
	v, ok, err := vm.GetAttrOK(th, sys, "stderr")
	if err != nil || !ok {
		return vm.None, err
	}
	return v, nil
}

// showwarnmsg is warnings._showwarnmsg: a replaced warnings.showwarning is called with the
// message's fields; otherwise warnings._showwarnmsg_impl shows it.
func showwarnmsg(th *vm.Thread, m *vm.Module, msg vm.Value) error {
	sw, _ := m.Dict.GetStr("showwarning")
	orig, _ := m.Dict.GetStr("_showwarning_orig")
	if sw != nil && !vm.Is(sw, orig) {
		if !vm.IsCallable(sw) {
			return vm.Errorf(vm.TypeErrorType, "warnings.showwarning() must be set to a function or method")
		}
		a, err := details(th, msg, "message", "category", "filename", "lineno", "file", "line")
		if err != nil {
			return err
		}
		_, err = vm.Call(th, sw, a, nil)
		return err
	}
	impl, ok := m.Dict.GetStr("_showwarnmsg_impl")
	if !ok {
		return showImpl(th, m, msg)
	}
	_, err := vm.Call(th, impl, []vm.Value{msg}, nil)
	return err
}

// showImpl is warnings._showwarnmsg_impl: format the message and write it to its file, or
// to sys.stderr. m is nil before the module is imported.
func showImpl(th *vm.Thread, m *vm.Module, msg vm.Value) error {
	file, err := vm.GetAttr(th, msg, "file")
	if err != nil {
		return err
	}
	if file == vm.None {
		if file, err = sysStderr(th); err != nil || file == vm.None {
			return err
		}
	}
	text, err := formatMsg(th, m, msg)
	if err != nil {
		return err
	}
	if _, err := vm.CallMethod(th, file, "write", text); err != nil {
		if exc, ok := err.(*vm.Exception); ok && exc.Class.IsSubtype(vm.OSErrorType) {
			return nil
		}
		return err
	}
	return nil
}

// formatMsg is warnings._formatwarnmsg: a replaced warnings.formatwarning is called with
// the message's fields; otherwise the standard format.
func formatMsg(th *vm.Thread, m *vm.Module, msg vm.Value) (vm.Value, error) {
	if m != nil {
		fw, _ := m.Dict.GetStr("formatwarning")
		orig, _ := m.Dict.GetStr("_formatwarning_orig")
		if fw != nil && !vm.Is(fw, orig) {
			a, err := details(th, msg, "message", "category", "filename", "lineno", "line")
			if err != nil {
				return nil, err
			}
			return vm.Call(th, fw, a, nil)
		}
	}
	s, err := formatImpl(th, msg)
	return vm.Str(s), err
}

// formatImpl is warnings._formatwarnmsg_impl: "FILE:LINE: Category: message\n", the
// stripped source line indented by two spaces, and for a warning about an object (a
// never-awaited coroutine) CPython's hint that tracemalloc is off.
func formatImpl(th *vm.Thread, msg vm.Value) (string, error) {
	d, err := details(th, msg, "message", "category", "filename", "lineno", "line", "source")
	if err != nil {
		return "", err
	}
	nameV, err := vm.GetAttr(th, d[1], "__name__")
	if err != nil {
		return "", err
	}
	var parts [4]string
	for i, v := range []vm.Value{d[2], d[3], nameV, d[0]} {
		if parts[i], err = vm.Format(th, v, ""); err != nil {
			return "", err
		}
	}
	category := parts[2]
	s := msgfmt.Sprintf("%s:%s: %s: %s\n", parts[0], parts[1], category, parts[3])
	line := ""
	if d[4] == vm.None {
		filename, _ := modkit.Str(d[2])
		if n, ok := d[3].(vm.Int); ok {
			if lines := th.SourceLines(filename); n >= 1 && int(n) <= len(lines) {
				line = lines[n-1]
			}
		}
	} else if line, err = vm.ToStr(th, d[4]); err != nil {
		return "", err
	}
	if line = strings.TrimSpace(line); line != "" {
		s += "  " + line + "\n"
	}
	if d[5] != vm.None {
		s += category + ": Enable tracemalloc to get the object allocation traceback\n"
	}
	return s, nil
}
