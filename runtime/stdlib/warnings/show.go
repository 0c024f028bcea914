package warnings

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// show shows a warning that the filters let through. Once the warnings module is imported,
// its _showwarnmsg receives a warnings.WarningMessage, as CPython's call_show_warning
// passes it; before that (or when a program deleted _showwarnmsg) the core writes the
// warning to sys.stderr itself, as CPython's show_warning does.
func (s *state) show(th *vm.Thread, message, category vm.Value, filename string, lineno int, source vm.Value) error {
	module := warningsModule(th)
	var fn vm.Value
	if module != nil {
		fn, _ = module.Dict.GetStr("_showwarnmsg")
	}
	if fn == nil {
		return showPlain(th, message, category, filename, lineno)
	}
	if !vm.IsCallable(fn) {
		return vm.Errorf(vm.TypeErrorType, "warnings._showwarnmsg() must be set to a callable")
	}
	cls, ok := module.Dict.GetStr("WarningMessage")
	if !ok {
		return vm.Errorf(vm.RuntimeErrorType, "unable to get warnings.WarningMessage")
	}
	msg, err := vm.Call(th, cls, []vm.Value{message, category, vm.Str(filename), vm.Int(lineno), vm.None, vm.None, modkit.Or(source, vm.None)}, nil)
	if err != nil {
		return err
	}
	_, err = vm.Call(th, fn, []vm.Value{msg}, nil)
	return err
}

// showPlain writes "FILE:LINE: Category: message\n" and the stripped source line, indented
// by two spaces, to sys.stderr.
func showPlain(th *vm.Thread, message, category vm.Value, filename string, lineno int) error {
	name, err := vm.GetAttr(th, category, "__name__")
	if err != nil {
		return err
	}
	nameText, err := vm.ToStr(th, name)
	if err != nil {
		return err
	}
	text, err := vm.ToStr(th, message)
	if err != nil {
		return err
	}
	out := msgfmt.Sprintf("%s:%d: %s: %s\n", filename, lineno, nameText, text)
	if line := strings.TrimSpace(sourceLine(th, vm.Str(filename), vm.Int(lineno))); line != "" {
		out += "  " + line + "\n"
	}
	sys, err := th.ImportModule("sys")
	if err != nil {
		return err
	}
	file, ok, err := vm.GetAttrOK(th, sys, "stderr")
	if err != nil || !ok || file == vm.None {
		return err
	}
	if _, err := vm.CallMethod(th, file, "write", vm.Str(out)); err != nil {
		if exc, ok := err.(*vm.Exception); ok && exc.Class.IsSubtype(vm.OSErrorType) {
			return nil
		}
		return err
	}
	return nil
}
