// Package warnings implements the _warnings module, the core of Python's warnings machinery,
// split as CPython splits it between _warnings (C) and warnings.py (here pylib's
// warnings.py, which imports this module):
//
//   - The core (this file) decides what happens to a warning: it finds the caller's frame
//     for the stack level, keeps each module's __warningregistry__, walks the filters and
//     applies the action: "error" raises, "ignore" drops, "always" shows, "default" shows
//     once per (message, category, line) and module, "module" once per (message, category)
//     and module, "once" once per (message, category). Go code calls it through Warn and
//     WarnExplicit, so warnings the VM issues go through the same filters.
//   - Showing (show.go) builds a warnings.WarningMessage and passes it to
//     warnings._showwarnmsg, which honours a replaced showwarning or formatwarning and
//     writes "FILE:LINE: Category: message\n  source line\n" to sys.stderr. Before the
//     warnings module is imported the core writes that text itself. Source lines come from
//     the interpreter's record of the files it compiled.
//   - The module (module.go) offers warn, warn_explicit, filters, _defaultaction,
//     _onceregistry and _filters_mutated, as CPython's _warnings does, and _getline, which
//     stands in for linecache.getline.
//
// The state (the filter list, the once-registry, the default action and the filters'
// version) belongs to the interpreter and exists before any module is imported, so Go code
// may warn at any time; once the warnings module is imported, its attributes
// (warnings.filters, warnings.defaultaction, warnings.onceregistry, warnings.WarningMessage,
// warnings._showwarnmsg) are read on every warning, so programs that replace them are
// obeyed, as in CPython.
package warnings

import (
	"strings"

	"github.com/asobiba/asobiba/runtime/vm"
)

// state is one interpreter's warnings state.
type state struct {
	filters       *vm.List
	onceRegistry  *vm.Dict
	defaultAction vm.Value
	version       int64
}

type stateKey struct{}

// stateOf returns the interpreter's warnings state, creating it with CPython's default
// filters.
func stateOf(th *vm.Thread) *state {
	ip := th.Interp
	if ip.Ext == nil {
		ip.Ext = map[any]any{}
	}
	if s, ok := ip.Ext[stateKey{}].(*state); ok {
		return s
	}
	filter := func(action string, cat *vm.Type, module vm.Value) vm.Value {
		return vm.Tuple{vm.Str(action), vm.None, cat, module, vm.Int(0)}
	}
	s := &state{
		filters: vm.NewList([]vm.Value{
			filter("default", vm.DeprecationWarningType, vm.Str("__main__")),
			filter("ignore", vm.DeprecationWarningType, vm.None),
			filter("ignore", vm.PendingDeprecationWarningType, vm.None),
			filter("ignore", vm.ImportWarningType, vm.None),
			filter("ignore", vm.ResourceWarningType, vm.None),
		}),
		onceRegistry:  vm.NewDict(),
		defaultAction: vm.Str("default"),
	}
	ip.Ext[stateKey{}] = s
	return s
}

// warningsModule returns the warnings module when a program has imported it, else nil.
func warningsModule(th *vm.Thread) *vm.Module {
	if th.Interp.Modules == nil {
		return nil
	}
	v, ok := th.Interp.Modules.GetStr("warnings")
	if !ok {
		return nil
	}
	m, _ := v.(*vm.Module)
	return m
}

// attr returns an attribute of the warnings module when it is imported and has it, else
// the fallback (the core's own state).
func (s *state) attr(th *vm.Thread, name string, fallback vm.Value) vm.Value {
	if m := warningsModule(th); m != nil {
		if v, ok := m.Dict.GetStr(name); ok {
			return v
		}
	}
	return fallback
}

// Warn issues a warning of the given category from Go code, as warnings.warn(msg,
// category, stacklevel) would from the Python frame that is running: stacklevel 1 is the
// innermost Python frame. It returns the warning as an exception when a filter turns it
// into an error.
func Warn(th *vm.Thread, category *vm.Type, msg string, stacklevel int) error {
	return warn(th, vm.Str(msg), category, stacklevel, nil, nil)
}

// WarnExplicit issues a warning attributed to the given file and line, as
// warnings.warn_explicit does; the module name and the registry are those of the running
// frame's globals (the file name without ".py" and no registry when no frame runs). source,
// when not nil, is the object the warning is about (a never-awaited coroutine), which
// adds CPython's tracemalloc hint to the shown warning.
func WarnExplicit(th *vm.Thread, category *vm.Type, msg, filename string, lineno int, source vm.Value) error {
	var module vm.Value
	var registry *vm.Dict
	if f := th.CurrentFrame(); f != nil && f.Globals != nil {
		module, registry = contextOf(f.Globals)
	}
	return warnExplicit(th, vm.Str(msg), category, filename, lineno, module, registry, source)
}

// contextOf returns the module name and the __warningregistry__ of a frame's globals,
// creating the registry.
func contextOf(globals *vm.Dict) (vm.Value, *vm.Dict) {
	reg, ok := globals.GetStr("__warningregistry__")
	registry, isDict := reg.(*vm.Dict)
	if !ok || !isDict {
		registry = vm.NewDict()
		globals.SetStr("__warningregistry__", registry)
	}
	var module vm.Value = vm.Str("<string>")
	if name, ok := globals.GetStr("__name__"); ok {
		if _, isStr := name.(vm.Str); isStr || name == vm.None {
			module = name
		}
	}
	return module, registry
}

// warn is warnings.warn: it finds the frame stacklevel levels up (skipping frames of files
// starting with one of skipPrefixes) and warns from there.
func warn(th *vm.Thread, message, category vm.Value, stacklevel int, source vm.Value, skipPrefixes []string) error {
	cat, err := getCategory(th, message, category)
	if err != nil {
		return err
	}
	if len(skipPrefixes) > 0 && stacklevel < 2 {
		stacklevel = 2
	}
	f := th.CurrentFrame()
	for ; stacklevel > 1 && f != nil; stacklevel-- {
		f = f.Back
		for f != nil && hasPrefix(f.Code.Filename, skipPrefixes) {
			f = f.Back
		}
	}
	var globals *vm.Dict
	filename, lineno := "sys", 1
	if f != nil {
		globals, filename, lineno = f.Globals, f.Code.Filename, f.Line()
	} else if sys, ok := th.Interp.Modules.GetStr("sys"); ok {
		if m, isMod := sys.(*vm.Module); isMod {
			globals = m.Dict
		}
	}
	var module vm.Value
	var registry *vm.Dict
	if globals != nil {
		module, registry = contextOf(globals)
	}
	return warnExplicit(th, message, cat, filename, lineno, module, registry, source)
}

func hasPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// getCategory is CPython's get_category: the class of a Warning instance message, else
// the given category (UserWarning when None), which must be a Warning subclass.
func getCategory(th *vm.Thread, message, category vm.Value) (vm.Value, error) {
	if ok, err := vm.IsInstance(th, message, vm.WarningType); err != nil {
		return nil, err
	} else if ok {
		return message.Type(), nil
	}
	if category == nil || category == vm.None {
		return vm.UserWarningType, nil
	}
	if t, ok := category.(*vm.Type); !ok || !t.IsSubtype(vm.WarningType) {
		return nil, vm.Errorf(vm.TypeErrorType, "category must be a Warning subclass, not '%s'", category.Type().Name)
	}
	return category, nil
}

// normalizeModule turns a file name into a module name: "<unknown>" for none, without ".py".
func normalizeModule(filename string) vm.Value {
	if filename == "" {
		return vm.Str("<unknown>")
	}
	if n := len(filename); n >= 3 && strings.EqualFold(filename[n-3:], ".py") {
		return vm.Str(filename[:n-3])
	}
	return vm.Str(filename)
}

// warnExplicit is CPython's warn_explicit. registry may be nil.
func warnExplicit(th *vm.Thread, message, category vm.Value, filename string, lineno int, module vm.Value, registry *vm.Dict, source vm.Value) error {
	s := stateOf(th)
	if module == nil {
		module = normalizeModule(filename)
	}
	var text vm.Value
	if ok, err := vm.IsInstance(th, message, vm.WarningType); err != nil {
		return err
	} else if ok {
		str, err := vm.ToStr(th, message)
		if err != nil {
			return err
		}
		text, category = vm.Str(str), message.Type()
	} else {
		text = message
		if message, err = vm.Call(th, category, []vm.Value{message}, nil); err != nil {
			return err
		}
	}
	key := vm.Tuple{text, category, vm.Int(lineno)}
	if registry != nil {
		if done, err := s.alreadyWarned(th, registry, key, false); err != nil || done {
			return err
		}
	}
	action, item, err := s.getFilter(th, category, text, lineno, module)
	if err != nil {
		return err
	}
	if action == "error" {
		if exc, ok := message.(*vm.Exception); ok {
			return exc
		}
		return vm.Errorf(vm.TypeErrorType, "exceptions must derive from BaseException")
	}
	done := false
	if action != "always" {
		if registry != nil {
			if err := registry.Set(th, key, vm.True); err != nil {
				return err
			}
		}
		switch action {
		case "ignore":
			return nil
		case "once":
			reg := registry
			if reg == nil {
				once, ok := s.attr(th, "onceregistry", s.onceRegistry).(*vm.Dict)
				if !ok {
					return vm.Errorf(vm.TypeErrorType, "warnings.onceregistry must be a dict")
				}
				reg = once
			}
			done, err = s.alreadyWarned(th, reg, vm.Tuple{text, category}, true)
		case "module":
			if registry != nil {
				done, err = s.alreadyWarned(th, registry, vm.Tuple{text, category, vm.Int(0)}, true)
			}
		case "default":
		default:
			a, _ := vm.Repr(th, vm.Str(action))
			r, _ := vm.Repr(th, item)
			return vm.Errorf(vm.RuntimeErrorType, "Unrecognized action (%s) in warnings.filters:\n %s", a, r)
		}
	}
	if err != nil || done {
		return err
	}
	return s.show(th, message, category, filename, lineno, source)
}

// alreadyWarned reports whether key is set in a registry, first clearing a registry left
// from an older version of the filters; with set, it marks the key.
func (s *state) alreadyWarned(th *vm.Thread, registry *vm.Dict, key vm.Value, set bool) (bool, error) {
	v, ok := registry.GetStr("version")
	if ver, isInt := v.(vm.Int); !ok || !isInt || int64(ver) != s.version {
		registry.Clear()
		registry.SetStr("version", vm.Int(s.version))
	} else {
		seen, found, err := registry.Get(th, key)
		if err != nil {
			return false, err
		}
		if found {
			t, err := vm.Truth(th, seen)
			if err != nil || t {
				return t, err
			}
		}
	}
	if set {
		return false, registry.Set(th, key, vm.True)
	}
	return false, nil
}

// getFilter returns the action of the first filter matching the warning, or the default
// action.
func (s *state) getFilter(th *vm.Thread, category, text vm.Value, lineno int, module vm.Value) (string, vm.Value, error) {
	filters, ok := s.attr(th, "filters", s.filters).(*vm.List)
	if !ok {
		return "", nil, vm.Errorf(vm.ValueErrorType, "_warnings.filters must be a list")
	}
	for i := 0; i < len(filters.Items); i++ {
		item := filters.Items[i]
		tup, ok := item.(vm.Tuple)
		if !ok || len(tup) != 5 {
			return "", nil, vm.Errorf(vm.ValueErrorType, "_warnings.filters item %d isn't a 5-tuple", i)
		}
		action, ok := tup[0].(vm.Str)
		if !ok {
			return "", nil, vm.Errorf(vm.TypeErrorType, "action must be a string, not '%s'", tup[0].Type().Name)
		}
		goodMsg, err := checkMatched(th, tup[1], text)
		if err != nil {
			return "", nil, err
		}
		goodMod, err := checkMatched(th, tup[3], module)
		if err != nil {
			return "", nil, err
		}
		isSub, err := vm.IsSubclass(th, category, tup[2])
		if err != nil {
			return "", nil, err
		}
		ln, err := vm.AsIndex(th, tup[4])
		if err != nil {
			return "", nil, err
		}
		if goodMsg && isSub && goodMod && (ln == 0 || ln == lineno) {
			return string(action), item, nil
		}
	}
	action, ok := s.attr(th, "defaultaction", s.defaultAction).(vm.Str)
	if !ok {
		return "", nil, vm.Errorf(vm.TypeErrorType, "_warnings.defaultaction must be a string, not '%s'", s.attr(th, "defaultaction", s.defaultAction).Type().Name)
	}
	return string(action), vm.None, nil
}

// checkMatched is CPython's check_matched: None matches everything, a str must be equal,
// anything else is a compiled pattern whose match method decides.
func checkMatched(th *vm.Thread, filter, arg vm.Value) (bool, error) {
	if filter == vm.None {
		return true, nil
	}
	if s, ok := filter.(vm.Str); ok {
		a, isStr := arg.(vm.Str)
		return isStr && a == s, nil
	}
	r, err := vm.CallMethod(th, filter, "match", arg)
	if err != nil {
		return false, err
	}
	return vm.Truth(th, r)
}

// filtersMutated invalidates every registry, as warnings._filters_mutated does.
func (s *state) filtersMutated() { s.version++ }
