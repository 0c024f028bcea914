package warnings

import (
	"io"
	"strings"

	"github.com/asobiba/asobiba/runtime/internal/msgfmt"
	"github.com/asobiba/asobiba/runtime/stdlib/internal/modkit"
	"github.com/asobiba/asobiba/runtime/vm"
)

// CatchWarningsType is warnings.catch_warnings.
var CatchWarningsType = plainClass("catch_warnings")

var actions = map[string]bool{"error": true, "ignore": true, "always": true, "default": true, "module": true, "once": true}

// assertion returns the AssertionError warnings.py's asserts raise.
func assertion(format string, a ...any) error {
	return vm.Errorf(vm.AssertionErrorType, format, a...)
}

// checkAction validates a filter action as the asserts of filterwarnings do.
func checkAction(th *vm.Thread, v vm.Value) error {
	if s, ok := v.(vm.Str); ok && actions[string(s)] {
		return nil
	}
	r, err := vm.Repr(th, v)
	if err != nil {
		return err
	}
	return assertion("invalid action: %s", r)
}

// checkLineno validates a filter's line number.
func checkLineno(v vm.Value) (vm.Value, error) {
	if v == nil {
		return vm.Int(0), nil
	}
	if n, ok := v.(vm.Int); ok && n >= 0 {
		return n, nil
	}
	if b, ok := v.(vm.Bool); ok {
		return b, nil
	}
	return nil, assertion("lineno must be an int >= 0")
}

// addFilter is warnings._add_filter: a new filter goes first (replacing an equal one), or
// last with append unless an equal one exists.
func addFilter(th *vm.Thread, s *state, item vm.Tuple, appendIt bool) error {
	filters := s.attr("filters", s.filters)
	if !appendIt {
		if _, err := vm.CallMethod(th, filters, "remove", item); err != nil {
			if exc, ok := err.(*vm.Exception); !ok || !exc.Class.IsSubtype(vm.ValueErrorType) {
				return err
			}
		}
		if _, err := vm.CallMethod(th, filters, "insert", vm.Int(0), item); err != nil {
			return err
		}
	} else {
		in, err := vm.Contains(th, filters, item)
		if err != nil {
			return err
		}
		if !in {
			if _, err := vm.CallMethod(th, filters, "append", item); err != nil {
				return err
			}
		}
	}
	s.filtersMutated()
	return nil
}

// simplefilter is warnings.simplefilter(action, category=Warning, lineno=0, append=False).
func simplefilter(th *vm.Thread, s *state, a []vm.Value) error {
	if err := checkAction(th, a[0]); err != nil {
		return err
	}
	lineno, err := checkLineno(a[2])
	if err != nil {
		return err
	}
	appendIt, err := modkit.Truth(th, a[3])
	if err != nil {
		return err
	}
	item := vm.Tuple{a[0], vm.None, modkit.Or(a[1], vm.WarningType), vm.None, lineno}
	return addFilter(th, s, item, appendIt)
}

// filterwarnings is warnings.filterwarnings(action, message="", category=Warning,
// module="", lineno=0, append=False).
func filterwarnings(th *vm.Thread, s *state, a []vm.Value) error {
	if err := checkAction(th, a[0]); err != nil {
		return err
	}
	message, module := modkit.Or(a[1], vm.Str("")), modkit.Or(a[3], vm.Str(""))
	msg, ok := modkit.Str(message)
	if !ok {
		return assertion("message must be a string")
	}
	category := modkit.Or(a[2], vm.WarningType)
	cat, ok := category.(*vm.Type)
	if !ok {
		return assertion("category must be a class")
	}
	if !cat.IsSubtype(vm.WarningType) {
		return assertion("category must be a Warning subclass")
	}
	mod, ok := modkit.Str(module)
	if !ok {
		return assertion("module must be a string")
	}
	lineno, err := checkLineno(a[4])
	if err != nil {
		return err
	}
	appendIt, err := modkit.Truth(th, a[5])
	if err != nil {
		return err
	}
	var msgRe, modRe vm.Value = vm.None, vm.None
	if msg != "" || mod != "" {
		re, err := th.ImportModule("re")
		if err != nil {
			return err
		}
		if msg != "" {
			flag, err := vm.GetAttr(th, re, "I")
			if err != nil {
				return err
			}
			if msgRe, err = vm.CallMethod(th, re, "compile", message, flag); err != nil {
				return err
			}
		}
		if mod != "" {
			if modRe, err = vm.CallMethod(th, re, "compile", module); err != nil {
				return err
			}
		}
	}
	return addFilter(th, s, vm.Tuple{a[0], msgRe, category, modRe, lineno}, appendIt)
}

// lineOf returns the line number argument of warn_explicit.
func lineOf(th *vm.Thread, v vm.Value) (int, error) {
	n, err := vm.Call(th, vm.IntType, []vm.Value{v}, nil)
	if err != nil {
		return 0, err
	}
	return vm.AsIndex(th, n)
}

// Load builds the warnings module and installs the hook through which the VM reports
// never-awaited coroutines as RuntimeWarnings.
func Load(th *vm.Thread) (*vm.Module, error) {
	setup()
	s := stateOf(th)
	m := modkit.NewModule("warnings", "Python part of the warnings subsystem.")
	s.module = m
	modkit.Set(m, "__all__", vm.NewList([]vm.Value{vm.Str("warn"), vm.Str("warn_explicit"),
		vm.Str("showwarning"), vm.Str("formatwarning"), vm.Str("filterwarnings"),
		vm.Str("simplefilter"), vm.Str("resetwarnings"), vm.Str("catch_warnings")}))
	modkit.Set(m, "filters", s.filters)
	modkit.Set(m, "defaultaction", s.defaultAction)
	modkit.Set(m, "onceregistry", s.onceRegistry)
	modkit.Set(m, "WarningMessage", WarningMessageType)
	modkit.Set(m, "catch_warnings", CatchWarningsType)

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
	modkit.Function(m, "simplefilter", "action, category=, lineno=, append=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.None, simplefilter(th, s, a)
	})
	modkit.Function(m, "filterwarnings", "action, message=, category=, module=, lineno=, append=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.None, filterwarnings(th, s, a)
	})
	modkit.Function(m, "resetwarnings", "", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		err := vm.SetItem(th, s.attr("filters", s.filters), vm.NewSlice(vm.None, vm.None, vm.None), vm.NewList(nil))
		s.filtersMutated()
		return vm.None, err
	})
	sw := modkit.Function(m, "showwarning", "message, category, filename, lineno, file=, line=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		msg, err := vm.Call(th, WarningMessageType, []vm.Value{a[0], a[1], a[2], a[3], modkit.Or(a[4], vm.None), modkit.Or(a[5], vm.None)}, nil)
		if err != nil {
			return nil, err
		}
		impl, _ := m.Dict.GetStr("_showwarnmsg_impl")
		_, err = vm.Call(th, impl, []vm.Value{msg}, nil)
		return vm.None, err
	})
	fw := modkit.Function(m, "formatwarning", "message, category, filename, lineno, line=", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		msg, err := vm.Call(th, WarningMessageType, []vm.Value{a[0], a[1], a[2], a[3], vm.None, modkit.Or(a[4], vm.None)}, nil)
		if err != nil {
			return nil, err
		}
		s, err := formatImpl(th, msg)
		return vm.Str(s), err
	})
	modkit.Set(m, "_showwarning_orig", sw)
	modkit.Set(m, "_formatwarning_orig", fw)
	modkit.Function(m, "_showwarnmsg", "msg, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.None, showwarnmsg(th, m, a[0])
	})
	modkit.Function(m, "_showwarnmsg_impl", "msg, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return vm.None, showImpl(th, m, a[0])
	})
	modkit.Function(m, "_formatwarnmsg", "msg, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		return formatMsg(th, m, a[0])
	})
	modkit.Function(m, "_formatwarnmsg_impl", "msg, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		s, err := formatImpl(th, a[0])
		return vm.Str(s), err
	})
	modkit.Function(m, "_warn_unawaited_coroutine", "coro, /", func(th *vm.Thread, a []vm.Value) (vm.Value, error) {
		name := "?"
		if q, ok, _ := vm.GetAttrOK(th, a[0], "__qualname__"); ok {
			name, _ = modkit.Str(q)
		}
		msg := msgfmt.Sprintf("coroutine '%s' was never awaited", name)
		return vm.None, warn(th, vm.Str(msg), vm.RuntimeWarningType, 2, a[0], nil)
	})
	th.SetCoroutineWarningHook(coroutineHook)
	return m, nil
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

// initCatchWarnings gives catch_warnings its methods; setup calls it.
func initCatchWarnings() {
	t := CatchWarningsType
	sig := modkit.NewSig("catch_warnings", "*, record=, module=, action=, category=, lineno=, append=")
	t.AddMethod("__init__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		a, err := sig.Bind(args[1:], kwnames)
		if err != nil {
			return nil, err
		}
		self := args[0]
		record, err := modkit.Truth(th, a[0])
		if err != nil {
			return nil, err
		}
		module := a[1]
		if module == nil || module == vm.None {
			if module, err = th.ImportModule("warnings"); err != nil {
				return nil, err
			}
		}
		var filter vm.Value = vm.None
		if a[2] != nil && a[2] != vm.None {
			filter = vm.Tuple{a[2], modkit.Or(a[3], vm.WarningType), modkit.Or(a[4], vm.Int(0)), modkit.Or(a[5], vm.False)}
		}
		for name, v := range map[string]vm.Value{"_record": vm.Bool(record), "_module": module,
			"_entered": vm.False, "_filter": filter} {
			if err := vm.SetAttr(th, self, name, v); err != nil {
				return nil, err
			}
		}
		return vm.None, nil
	})
	t.AddMethod("__repr__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		var parts []string
		d, err := details(th, args[0], "_record", "_module")
		if err != nil {
			return nil, err
		}
		if rec, err := vm.Truth(th, d[0]); err != nil {
			return nil, err
		} else if rec {
			parts = append(parts, "record=True")
		}
		if w, err := th.ImportModule("warnings"); err != nil {
			return nil, err
		} else if !vm.Is(d[1], w) {
			r, err := vm.Repr(th, d[1])
			if err != nil {
				return nil, err
			}
			parts = append(parts, "module="+r)
		}
		return vm.Str(args[0].Type().Name + "(" + strings.Join(parts, ", ") + ")"), nil
	})
	t.AddMethod("__enter__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return enter(th, args[0])
	})
	t.AddMethod("__exit__", func(th *vm.Thread, args []vm.Value, kwnames []string) (vm.Value, error) {
		return vm.None, exit(th, args[0])
	})
}

// enter is catch_warnings.__enter__: it saves the module's filters and show functions,
// gives the module a copy of the filters, and with record=True makes warnings append to
// the list it returns.
func enter(th *vm.Thread, self vm.Value) (vm.Value, error) {
	d, err := details(th, self, "_entered", "_module", "_filter", "_record")
	if err != nil {
		return nil, err
	}
	if entered, err := vm.Truth(th, d[0]); err != nil {
		return nil, err
	} else if entered {
		r, err := vm.Repr(th, self)
		if err != nil {
			return nil, err
		}
		return nil, vm.Errorf(vm.RuntimeErrorType, "Cannot enter %s twice", r)
	}
	module := d[1]
	set := func(obj vm.Value, name string, v vm.Value) {
		if err == nil {
			err = vm.SetAttr(th, obj, name, v)
		}
	}
	get := func(obj vm.Value, name string) vm.Value {
		if err != nil {
			return nil
		}
		var v vm.Value
		v, err = vm.GetAttr(th, obj, name)
		return v
	}
	set(self, "_entered", vm.True)
	filters := get(module, "filters")
	set(self, "_filters", filters)
	if err != nil {
		return nil, err
	}
	cp, err := vm.GetItem(th, filters, vm.NewSlice(vm.None, vm.None, vm.None))
	set(module, "filters", cp)
	if err == nil {
		_, err = vm.CallMethod(th, module, "_filters_mutated")
	}
	set(self, "_showwarning", get(module, "showwarning"))
	set(self, "_showwarnmsg_impl", get(module, "_showwarnmsg_impl"))
	if err != nil {
		return nil, err
	}
	if f, ok := d[2].(vm.Tuple); ok {
		w, err := th.ImportModule("warnings")
		if err != nil {
			return nil, err
		}
		if _, err := vm.CallMethod(th, w, "simplefilter", f...); err != nil {
			return nil, err
		}
	}
	if rec, err := vm.Truth(th, d[3]); err != nil || !rec {
		return vm.None, err
	}
	log := vm.NewList(nil)
	set(module, "_showwarnmsg_impl", get(log, "append"))
	set(module, "showwarning", get(module, "_showwarning_orig"))
	return log, err
}

// exit is catch_warnings.__exit__: it restores what enter saved.
func exit(th *vm.Thread, self vm.Value) error {
	d, err := details(th, self, "_entered", "_module")
	if err != nil {
		return err
	}
	if entered, err := vm.Truth(th, d[0]); err != nil {
		return err
	} else if !entered {
		r, err := vm.Repr(th, self)
		if err != nil {
			return err
		}
		return vm.Errorf(vm.RuntimeErrorType, "Cannot exit %s without entering first", r)
	}
	saved, err := details(th, self, "_filters", "_showwarning", "_showwarnmsg_impl")
	if err != nil {
		return err
	}
	module := d[1]
	if err := vm.SetAttr(th, module, "filters", saved[0]); err != nil {
		return err
	}
	if _, err := vm.CallMethod(th, module, "_filters_mutated"); err != nil {
		return err
	}
	if err := vm.SetAttr(th, module, "showwarning", saved[1]); err != nil {
		return err
	}
	return vm.SetAttr(th, module, "_showwarnmsg_impl", saved[2])
}
